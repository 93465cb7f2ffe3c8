"""Properties over arbitrary text: a page or an InputError, nothing invented, nothing lost.

Examples per property: XINING_HYPOTHESIS_EXAMPLES (default 300 in CI); run longer locally with e.g.
XINING_HYPOTHESIS_EXAMPLES=20000 .venv/bin/python -m pytest tests/test_properties.py -p no:nbval
"""
import json
import os
import re
from collections import Counter

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import xining
from xining import chinese as zh
from xining.articles import NEW_TOPIC_COHESION, bigrams, coheres, cohesion
from xining.io import dumps, page_to_dict, validate
from xining.reading import decode

EXAMPLES = int(os.environ.get("XINING_HYPOTHESIS_EXAMPLES", "300"))
CHINESE = ("本报讯记者通讯员张三李四全市省县区增长下降比重占比贡献率拉动个百分点万亿千百十零一二两三四五六七八九件次家种项人吨元"
           "米亩成倍第年月日其中以上近超约多余的是在和与摄资料图片日报新华社电會議經濟長億萬")
DIGITS = "0123456789０１２３"
PUNCT = "，。、；：！？（）《》“”—…%.,;:()!?-~/【】"
WHITESPACE = " \t\n\r\u3000"
CONTROL = "\x00\x01\x07\x0b\x0c\x1b\x7f\ufffd"

chars = st.sampled_from(CHINESE + DIGITS + PUNCT + WHITESPACE + CONTROL)
free_text = st.text(chars, max_size=600)
line = st.text(st.sampled_from(CHINESE + DIGITS + PUNCT + " "), max_size=24)
page_like = st.lists(st.one_of(line, st.just(""), st.just("本报讯（记者 张三）"), st.just("黎晓刚摄")), max_size=40).map("\n".join)
texts = st.one_of(free_text, page_like)
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _parse(text: str):
    try:
        return xining.parse_bytes(text.encode("utf-8"), "prop.txt")
    except xining.InputError:
        return None


@SETTINGS
@given(texts)
def test_a_page_or_an_input_error(text):
    _parse(text)  # any other exception fails the test


@SETTINGS
@given(texts)
def test_nothing_invented_nothing_lost(text):
    page = _parse(text)
    if page is None:
        return
    lines = decode(text.encode("utf-8")).split("\n")
    credit_lines = {c.line for c in page.credits}
    expected = Counter(c for n, ln in enumerate(lines, 1) if n not in credit_lines for c in ln if not c.isspace())
    expected -= Counter(c for h in page.unassigned for c in h.text if not c.isspace())
    expected -= Counter(c for b in page.blocks for c in b.text if not c.isspace())  # furniture, bylines…
    got = Counter(c for a in page.articles for c in a.text + a.title if not c.isspace())
    assert got == expected


@SETTINGS
@given(texts)
def test_line_ranges_offsets_and_json(text):
    page = _parse(text)
    if page is None:
        return
    n_lines = decode(text.encode("utf-8")).count("\n") + 1
    for a in page.articles:
        for p in a.paragraphs:
            assert 1 <= p.first_line <= p.last_line <= n_lines
        for f in a.figures:
            assert (a.title if f.in_headline else a.text)[f.start:f.end] == f.text
    doc = page_to_dict(page)
    assert json.loads(dumps(doc)) == doc
    validate(doc)


# --- the fuzz target of the reliability issue: numerals, exponents, markup and raw bytes ----------------------------
NUMERAL_PARTS = st.sampled_from(["万", "亿", "兆", "千", "百", "十", "点", "零", "两", "余", "多", "e308", "E-5", "^9", "%", "‰",
                                  "个百分点", "倍", "成", "折", "分之", "又", "/", ".", ",", "-", "负", "k", "M",
                                  "公里", "元", "吨", "亿元", "万吨", "年", "月", "日"])
numeral = st.lists(st.one_of(st.text("0123456789", min_size=1, max_size=40), st.text("零一二三四五六七八九十百千万亿", min_size=1, max_size=30),
                             NUMERAL_PARTS), min_size=1, max_size=12).map("".join)
numeral_page = st.lists(st.one_of(numeral, line, st.sampled_from(["本报讯（记者 张三）", "，", "。", "\n", "&#0;", "<p>", "<!--", "$x^{$"])),
                        max_size=30).map("".join)


def _never_raises_but_input_error(page_text: str) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", xining.UnreadableNumber)  # skipped and counted: allowed
        page = _parse(page_text)
    if page is not None:
        text = dumps(page_to_dict(page))
        assert "Infinity" not in text and "NaN" not in text
        validate(json.loads(text))


@SETTINGS
@given(numeral_page)
def test_numerals_of_any_length_never_escape_as_an_exception(text):
    _never_raises_but_input_error("本报讯（记者 张三）" + text)


@SETTINGS
@given(st.binary(max_size=400))
def test_any_bytes_give_a_page_or_an_input_error(data):
    try:
        xining.parse_bytes(data, "fuzz.txt")
    except xining.InputError as e:
        assert "\n" not in str(e)


ENDING = st.text(st.sampled_from(zh.SENTENCE_FINAL + zh.CLOSERS + ".3a中，\n"), max_size=12)
# What ends a sentence, as a regex: a final mark or a half-width full stop that is no number's, then closing marks.
SENTENCE_END = re.compile(f"(?:[{re.escape(zh.SENTENCE_FINAL)}]|(?<![0-9.])\\.)[{re.escape(zh.CLOSERS)}]*$")


@SETTINGS
@given(st.tuples(free_text, ENDING).map("".join))
def test_a_sentence_end_is_found_where_a_search_of_the_whole_text_finds_it(text):
    """`ends_sentence` looks only at the end of a text: it says what a regex search of the whole text says."""
    assert zh.ends_sentence(text) == bool(SENTENCE_END.search(text))


@SETTINGS
@given(free_text)
def test_the_bigrams_of_a_text_are_its_pairs_of_adjacent_han_characters(text):
    assert bigrams(text) == {text[i:i + 2] for i in range(len(text) - 1) if zh.is_han(text[i]) and zh.is_han(text[i + 1])}


han_text = st.text(st.sampled_from("甲乙丙丁戊己庚辛，。 9"), max_size=80)


ELEVEN = "甲乙丙丁戊己庚辛壬癸子"  # eleven characters: ten bigrams
THIRTY_ONE = ELEVEN + "丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒"  # thirty bigrams


@SETTINGS
@given(han_text, han_text)
@example(ELEVEN, "甲乙")  # exactly one in ten: at the threshold
@example(THIRTY_ONE, "甲乙，丑寅，天地")  # three in thirty
def test_a_text_coheres_with_its_context_when_its_cohesion_reaches_the_threshold(text, context):
    """`coheres` counts shared bigrams only until the threshold is met: it says what the full cohesion says."""
    assert coheres(text, context) == (cohesion(text, context) >= NEW_TOPIC_COHESION)
