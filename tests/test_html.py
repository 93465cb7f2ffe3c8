"""HTML: figures marked and flagged, checks linked to their lines, page text always escaped, snapshots reviewed."""
import re

import pytest

import xining
from xining import html

COMPOSED = ("本报讯（记者 张三）3月25日，全市共收到举报60件，其中热线接收举报37件、应急局接收举报5件、"
            "消防支队接收举报20件。全市工业增长9.0%，投资下降3.5%，消费增长6.0%。\n")


@pytest.fixture(scope="module")
def composed():
    return xining.parse_text(COMPOSED).articles[0]


def test_figures_are_marked_with_kind_and_value(sample_page):
    text = html.highlighted_text(sample_page.articles[3], "zh")
    assert re.search(r'<mark id="a4-t-f2" class="xn-percent xn-flag-warn" title="百分比 · 9 % · 同比增长 · 规上工业增加值">9\.0%</mark>', text)
    assert text.count("<mark") == len([f for f in sample_page.articles[3].figures if not f.in_headline])


def test_flagged_figures_carry_their_verdict(composed):
    [check] = [c for c in composed.checks if c.rule == "parts_and_whole"]
    assert check.verdict == "fail"  # 37 + 5 + 20 is not 60
    text = html.highlighted_text(composed, "zh")
    for fid in check.figures:
        assert re.search(f'<mark id="a1-t-{fid}" class="xn-count xn-flag-fail"', text)
    assert 'class="xn-row-fail"' in html.figures_table(composed, "zh")


def test_every_check_links_to_the_sentence_of_its_line(composed, sample_page):
    for article in (composed, sample_page.articles[3]):
        table = html.checks_table(article, "en")
        text = html.highlighted_text(article, "en")
        targets = re.findall(r'<a class="xn-line" href="#([^"]+)">(\d+)</a>', table)
        assert len(re.findall("<tr id=", table)) == len(article.checks) and targets
        for anchor, _ in targets:
            assert f'id="{anchor}"' in text or anchor.endswith("-headline")


def test_recomputed_values_in_the_printed_unit_with_one_more_digit(sample_page):
    table = html.checks_table(sample_page.articles[1], "zh")
    assert ">801件次<" in table and ">85件<" in table  # exact counts: recomputed in the whole's unit, no digit added
    en = html.checks_table(sample_page.articles[3], "en")
    assert "83.02%" in en and not re.search(r"\de[+-]?\d", en)


def test_page_text_never_becomes_markup():
    text = "本报讯（记者 张三）<script>alert(1)</script>增长<img src=x onerror=alert(2)>9.0%，{{ x }}，$x$。\n"
    art = xining.parse_text(text).articles[0]
    out = html.article_html(art) + html.figures_table(art) + html.checks_table(art)
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out and "&lt;img src=x onerror=alert(2)&gt;" in out
    assert "{{ x }}" in out and "$x$" in out


def test_rich_display(sample_page):
    assert "西宁市安全隐患举报受理情况日报" in sample_page.articles[2]._repr_html_()
    shown = sample_page._repr_html_()
    assert "提醒 2" in shown and "通过 9" in shown and "推算 2" in shown
    assert repr(sample_page) == f"Page({sample_page.source!r}, 6 articles)"


def test_documents_embed_a_font_subset_and_load_nothing_from_elsewhere():
    doc = html.document("标题", "<p>全市工业增长9.0%</p>", "zh")
    assert doc.count("@font-face") == 1 and "data:font/woff;base64," in doc
    assert not re.search(r"(src|href)=\"(https?:)?//", doc) and "@import" not in doc and "<script src" not in doc
    assert doc == html.document("标题", "<p>全市工业增长9.0%</p>", "zh")  # byte-identical: no timestamp in the font


def test_numbers_never_take_an_exponent():
    assert html.grouped(15819999999.999998) == "15,820,000,000" and html.grouped(3.8e8) == "380,000,000"
    assert html.grouped(-0.000012) == "-0.000012"


def test_a_year_in_the_figures_table_is_written_as_printed_and_amounts_are_grouped():
    article = xining.parse_text("本报讯（记者 张三）2024年全市完成投资1526万元，比上年增长9.0%。\n").articles[0]
    table = html.figures_table(article, "zh")
    assert "2024 年" in table and "2,024" not in table
    assert "15,260,000 元" in table


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_sections_snapshot(composed, lang, snapshot):
    """Reviewed HTML: a change shows as a diff of the snapshot (`pytest --snapshot-update`, then read it)."""
    assert html.article_html(composed, lang) == snapshot(name="article")
    assert html.figures_table(composed, lang) == snapshot(name="figures")
    assert html.checks_table(composed, lang) == snapshot(name="checks")


def test_sample_checks_snapshot(sample_page, snapshot):
    assert html.checks_table(sample_page.articles[3], "zh") == snapshot
