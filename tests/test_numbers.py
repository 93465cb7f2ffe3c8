"""The number layer: what each written number is worth, and what is not a number at all."""
import pytest

from xining.numbers import fold, scan


def _one(text):
    found = scan(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, value, mantissa, multiplier, decimals",
    [
        ("9.0", 9.0, 9.0, "", 1),
        ("1,050", 1050, 1050, "", 0),
        ("１２３", 123, 123, "", 0),
        ("-3.5", -3.5, -3.5, "", 1),
        ("负3", -3, -3, "", 0),
        ("3.6万", 36000, 3.6, "万", 1),
        ("4.78万亿", 4.78e12, 4.78, "万亿", 2),
        ("1.5亿", 1.5e8, 1.5, "亿", 1),
        ("1.2千", 1200, 1.2, "千", 1),
        ("七", 7, 7, "", 0),
        ("两千零五", 2005, 2005, "", 0),
        ("一千二百三十四", 1234, 1234, "", 0),
        ("十四", 14, 14, "", 0),
        ("三十万", 300000, 30, "万", 0),
        ("十余万", 100000, 10, "万", 0),
        ("二〇二四", 2024, 2024, "", 0),
        ("3万4000", 34000, 34000, "", 0),
        ("五兆六十二亿", 5.0062e12, 5.0062e12, "", 0),
        ("壹佰贰拾", 120, 120, "", 0),
        ("十点二三三", 10.233, 10.233, "", 3),
    ],
)
def test_numbers(text, value, mantissa, multiplier, decimals):
    n = _one(text)
    assert (n.text, n.kind) == (text, "number")
    assert n.value == pytest.approx(value) and n.mantissa == pytest.approx(mantissa)
    assert (n.multiplier, n.decimals) == (multiplier, decimals)


@pytest.mark.parametrize(
    "text, kind, value",
    [
        ("9.0%", "percent", 9.0),
        ("百分之五十", "percent", 50.0),
        ("千分之三", "percent", 0.3),
        ("13.7个百分点", "percentage_point", 13.7),
        ("六成", "fraction", 0.6),
        ("三成半", "fraction", 0.35),
        ("三分之一", "ratio", 1 / 3),
        ("3/5", "ratio", 0.6),
        ("八五折", "discount", 85.0),
        ("负3.9%", "percent", -3.9),
    ],
)
def test_percent_and_fractions(text, kind, value):
    n = _one(text)
    assert (n.text, n.kind) == (text, kind) and n.value == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    ["一带一路", "无一遗漏", "下一步", "进一步", "一切", "四川", "陆地", "收拾", "队伍", "“十四五”", "零碳产业园", "两两相对", "百强", "万一"],
)
def test_words_that_only_look_numeric(text):
    assert scan(text) == []


def test_offsets_index_the_original_text():
    text = "增长９．０％，共计１，０５０件，达4.78万亿元"
    assert [(text[n.start:n.end], n.value) for n in scan(text)] == [("９．０％", 9.0), ("１，０５０", 1050), ("4.78万亿", 4.78e12)]


def test_a_range_dash_is_not_a_minus_sign():
    assert [n.value for n in scan("酒精量在5-20%之间")] == [5, 20]


def test_full_width_comma_between_clauses_is_not_a_thousands_separator():
    assert [n.value for n in scan("$20，300美圆")] == [20, 300]
    assert fold("１，１２３") == "1,123"


def test_urls_hold_no_numbers():
    assert scan("见 https://example.com/a?q=30%25 页") == []


def test_kilo_before_a_unit_is_part_of_the_unit():
    assert [(n.text, n.value) for n in scan("12千米，3万千瓦")] == [("12", 12), ("3万", 30000)]


def test_never_runs_cn2an_over_running_text():
    assert [n.text for n in scan("一带一路建设中，七个行业增长")] == ["七"]


def test_colloquial_and_traditional_forms_of_two():
    assert [n.value for n in scan("倆千两百贰拾二，俩万，兩百")] == [2222, 20000, 200]
