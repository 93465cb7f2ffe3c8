"""Charts are chosen by the shape of the figures, and draw Chinese without missing glyphs."""
import warnings

import matplotlib
import matplotlib.figure
import matplotlib.text
import pytest

import xining
from xining import plots


def _kinds(text: str) -> list[str]:
    return [c.kind for c in plots.choose(xining.parse_text(text).articles[0])]


def test_growth_rates_of_several_subjects():
    assert _kinds("钢材增长79.9%，铝材增长17.2%，水泥下降2.8%。\n") == ["growth"]


def test_two_growth_rates_are_not_enough():
    assert _kinds("钢材增长79.9%，铝材增长17.2%。\n") == []


def test_quantities_with_their_growth():
    assert _kinds("其中：钢材15.9万吨，增长79.9%；铝材14.3万吨，增长17.2%。\n") == ["quantities"]


def test_total_and_parts():
    assert _kinds("热线接听来电801件次，直接办理358件，转交办理443件。\n") == ["parts"]


def test_decomposition_of_growth():
    text = ("全市规上工业增加值同比增长9.0%。开发区拉动全市规上工业增加值增速7.7个百分点，"
            "县区拉动全市规上工业增加值增速1.3个百分点。\n")
    assert _kinds(text) == ["decomposition"]


def test_capacity_against_target():
    text = "目前，已形成年产32.5GWh动力电池的规模。\n\n到2025年末，将形成年产各类电池50吉瓦时的产能。\n"
    [chart] = plots.choose(xining.parse_text(text).articles[0])
    assert chart.kind == "target" and [b.text for b in chart.groups[0][1]] == ["32.5GWh", "50吉瓦时"]


def test_no_statistics_no_chart(sample_page):
    assert plots.choose(sample_page.articles[0]) == [] and plots.choose(sample_page.articles[4]) == []


def test_sample_charts(sample_page):
    assert [[c.kind for c in plots.choose(a)] for a in sample_page.articles] == [
        [], ["parts"], ["parts"], ["growth", "quantities", "decomposition"], [], ["target"]]


@pytest.mark.parametrize("index", [1, 3, 5])
def test_drawing_has_titles_labels_and_no_missing_glyph(sample_page, index):
    before = dict(matplotlib.rcParams)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a "Glyph missing" warning would raise here
        for chart in plots.choose(sample_page.articles[index]):
            fig = plots.draw(chart, "zh")
            fig.canvas.draw()
            texts = [t.get_text() for ax in fig.axes for t in ax.texts]
            titles = [ax.get_title() for ax in fig.axes] + [fig._suptitle.get_text() if fig._suptitle else ""]
            assert any(plots.title(chart, "zh") in t for t in titles) and texts
    assert dict(matplotlib.rcParams) == before  # the user's configuration is untouched


def test_font_is_the_bundled_cjk_font():
    assert plots.cjk_font() == "Noto Sans CJK SC"


def _overlaps(fig) -> list[tuple[str, str]]:
    """Pairs of drawn texts (annotations, tick labels, titles, legend entries) whose boxes intersect."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text().strip()]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    return [(a, b) for i, (a, ba) in enumerate(boxes) for b, bb in boxes[i + 1:]
            if ba.width and bb.width and ba.overlaps(bb) and (ba.intersection(ba, bb).width > 1 and ba.intersection(ba, bb).height > 1)]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_label_overlaps_another(sample_page, lang):
    charts = [c for a in sample_page.articles for c in plots.choose(a)] + [plots.kinds_chart(sample_page)]
    for chart in charts:
        assert _overlaps(plots.draw(chart, lang)) == [], chart.kind


def test_signs_are_kept_and_multiples_converted():
    text = "钢材增长12.5%，水泥下降4.6%，石墨制品增长2.8倍，铝材增长3.2%。\n"
    [chart] = plots.choose(xining.parse_text(text).articles[0])
    bars = {b.label: b for b in chart.groups[0][1]}
    assert bars["水泥"].text == "-4.6%" and bars["水泥"].value == -4.6
    assert bars["石墨制品"].value == 280 and bars["石墨制品"].text == "+280%（2.8倍）"
    assert [b.label for b in chart.groups[0][1]] == ["水泥", "铝材", "钢材", "石墨制品"]


def test_money_parts_in_their_printed_unit_without_offset():
    text = "全市完成投资3.8亿元，其中工业投资2.5亿元、基建投资1.3亿元。\n"
    [chart] = plots.choose(xining.parse_text(text).articles[0])
    assert chart.groups[0][0].endswith("（亿元）") and [b.value for b in chart.groups[0][1]] == [3.8, 2.5, 1.3]
    fig = plots.draw(chart, "zh")
    fig.canvas.draw()
    ax = fig.axes[0]
    assert ax.xaxis.get_offset_text().get_text() == ""
    assert not any("e" in t.get_text() for t in ax.get_xticklabels())


def test_alt_text_says_what_the_chart_shows():
    text = "钢材增长12.5%，水泥下降4.6%，铝材增长3.2%。\n"
    [chart] = plots.choose(xining.parse_text(text).articles[0])
    assert plots.describe(chart, "zh") == "各项增速：水泥 -4.6%、铝材 +3.2%、钢材 +12.5%。"
    assert plots.describe(chart, "en") == "Growth rates: 水泥 -4.6%, 铝材 +3.2%, 钢材 +12.5%."


def test_kinds_have_distinct_colours():
    assert len(set(plots.KIND_COLORS.values())) == len(plots.KIND_COLORS) == 7


@pytest.mark.parametrize("label, lines", [
    ("计算机、通信和其他电子设备制造业增加值", ["计算机、", "通信和其他电子设备制造业增加值"]),
    ("industrial value added of large firms", ["industrial value added of", "large firms"]),
    ("单晶硅", ["单晶硅"]),
])
def test_labels_break_only_between_words(label, lines):
    assert plots.wrap(label, 14).split("\n") == lines


def test_the_overlap_detector_sees_an_overlap():
    fig = matplotlib.figure.Figure()
    ax = fig.add_subplot()
    ax.text(0.5, 0.5, "steel +79.9%")
    ax.text(0.52, 0.5, "aluminium +17.2%")
    assert _overlaps(fig) == [("steel +79.9%", "aluminium +17.2%")]


# --- an article of very many figures: a chart of bounded size, the rest said in words ------------------------
DISTRICTS = [a + b for a in "东西南北中" for b in ("城区", "郊区", "园区", "新区", "港区", "林区", "牧区", "矿区")]


def test_a_bar_chart_draws_the_first_bars_in_reading_order_and_says_how_many_are_left_out():
    text = "，".join(f"{name}增长{i + 1}.5%" for i, name in enumerate(DISTRICTS)) + "。\n"
    [chart] = plots.choose(xining.parse_text(text).articles[0])
    bars = chart.groups[0][1]
    assert len(bars) == plots.MAX_BARS and chart.omitted == len(DISTRICTS) - plots.MAX_BARS
    assert {b.label for b in bars} == set(DISTRICTS[:plots.MAX_BARS]) and [b.value for b in bars] == sorted(b.value for b in bars)
    assert plots.describe(chart, "zh").endswith("。另有10项未画出。")
    assert plots.describe(chart, "en").endswith(". 10 more not drawn.")


def test_a_chart_of_many_breakdowns_draws_the_first_groups_at_a_bounded_height():
    text = "".join(f"{name}完成投资{i + 3}亿元，其中工业投资{i + 2}亿元、基建投资1亿元。" for i, name in enumerate(DISTRICTS[:15])) + "\n"
    [chart] = plots.choose(xining.parse_text(text).articles[0])
    assert chart.kind == "parts" and len(chart.groups) == plots.MAX_GROUPS and chart.omitted == 3
    assert chart.groups[0][0].startswith(DISTRICTS[0]) and chart.groups[-1][0].startswith(DISTRICTS[plots.MAX_GROUPS - 1])
    assert plots.describe(chart, "zh").endswith("另有3项未画出。")
    assert plots.draw(chart, "zh").get_size_inches()[1] <= 2.3 * plots.MAX_GROUPS + 0.8


def test_a_chart_within_the_bounds_says_nothing_of_omissions():
    text = "钢材增长12.5%，水泥下降4.6%，铝材增长3.2%。\n"
    [chart] = plots.choose(xining.parse_text(text).articles[0])
    assert chart.omitted == 0 and "未画出" not in plots.describe(chart, "zh")
