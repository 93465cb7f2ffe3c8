"""Every word a report shows exists in both languages; numbers and periods are written as a reader expects."""
import re
from pathlib import Path

import pytest

from xining import labels as L
from xining.model import KINDS, VERDICTS

CHECKS = Path(__file__).resolve().parent.parent / "xining" / "checks"


def test_both_languages_have_the_same_words():
    assert set(L.TEXT["zh"]) == set(L.TEXT["en"])
    assert not [k for k, v in L.TEXT["en"].items() if re.search("[\u4e00-\u9fff]", v)]


def test_every_kind_verdict_and_rule_has_a_name_in_both_languages():
    assert set(L.KIND_NAMES) == set(KINDS) and set(L.VERDICT_NAMES) == set(VERDICTS)
    source = "".join(p.read_text("utf-8") for p in CHECKS.glob("*.py"))
    rules = set(re.findall(r'\.check\(\s*"(\w+)"', source)) | set(re.findall(r'_check\(\s*"(\w+)"', source))
    assert rules and rules <= set(L.RULE_NAMES), rules - set(L.RULE_NAMES)
    assert [L.verdict_name(v, "zh") for v in ("pass", "warn", "fail", "info")] == ["通过", "提醒", "不符", "推算"]


@pytest.mark.parametrize("x, shown", [(15819999999.999998, "15820000000"), (1.526e10, "15260000000"), (3.8e8, "380000000"),
                                      (0.6, "0.6"), (-4.6, "-4.6"), (1e-7, "0.0000001"), (-0.0, "0")])
def test_plain_numbers_have_no_exponent_and_no_float_noise(x, shown):
    assert L.plain(x) == shown


@pytest.mark.parametrize("x, decimals, shown", [(9, 1, "+9.0"), (-4.6, 1, "-4.6"), (-0.04, 1, "+0.0"), (280, 0, "+280")])
def test_signed(x, decimals, shown):
    assert L.signed(x, decimals) == shown


@pytest.mark.parametrize("args, zh, en", [
    ((3.85, "亿元", 2), "3.85亿元", "3.85 (亿元)"), ((83.02, "%", 2), "83.02%", "83.02%"),
    ((7.71, "个百分点", 2), "7.71个百分点", "7.71 pp"), ((85, "件", 0), "85件", "85 (件)"),
])
def test_amounts_in_the_printed_unit(args, zh, en):
    assert L.amount(*args, "zh") == zh and L.amount(*args, "en") == en


@pytest.mark.parametrize("printed, en", [
    ("1月—2月", "Jan–Feb"), ("1-7月", "Jan–Jul"), ("3月25日", "25 Mar"), ("前两个月", "first two months"),
    ("一季度", "Q1"), ("2024年1月—2月", "Jan–Feb 2024"), ("2025年", "2025"), ("上半年", "first half"), ("3月份", "Mar"),
    ("春节期间", None),
])
def test_periods_in_english(printed, en):
    assert L.period(printed, "en") == en and L.period(printed, "zh") == printed


@pytest.mark.parametrize("lines, headline, zh, en", [
    ((70, 71), (), "（第70、71行）", " [lines 70, 71]"),  # a text dump: its lines
    ((12, 13), (), "（第1页 x 40-290、y 700-724）", " [page 1, x 40-290, y 700-724]"),  # one box around both lines
    ((3, 12), (3,), "（标题；第1页 x 40-250、y 712-724）", " [headline; page 1, x 40-250, y 712-724]"),
    ((12, 40), (), "（第1页 x 40-250、y 712-724；第2页 x 300-500、y 100-112）",
     " [page 1, x 40-250, y 712-724; page 2, x 300-500, y 100-112]"),  # a box per page
    ((12, 99), (), "（第1页 x 40-250、y 712-724；第99行）", " [page 1, x 40-250, y 712-724; line 99]"),
])
def test_a_check_names_its_lines_or_its_places_on_a_pdf_page(lines, headline, zh, en):
    from xining.model import Box

    boxes = {} if lines == (70, 71) else {12: Box(1, 40.0, 712.2, 250.0, 724.0), 13: Box(1, 42.0, 700.0, 290.4, 711.8),
                                          40: Box(2, 300.0, 100.0, 500.0, 112.0)}
    assert L.where(lines, "zh", boxes, headline) == zh
    assert L.where(lines, "en", boxes, headline) == en
