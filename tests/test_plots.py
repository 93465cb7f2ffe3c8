"""Charts are chosen by the shape of the figures, and draw Chinese without missing glyphs."""
import warnings

import matplotlib
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
            assert any(chart.title[0] in t for t in titles) and texts
    assert dict(matplotlib.rcParams) == before  # the user's configuration is untouched


def test_font_is_the_bundled_cjk_font():
    assert plots.cjk_font() == "Noto Sans CJK SC"
