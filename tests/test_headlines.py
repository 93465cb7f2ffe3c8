"""Rule 7: headlines go to articles by content, as one optimal assignment; poor matches get none."""
from pages import page

import xining
from xining.articles import Draft
from xining.headlines import assign
from xining.model import Byline, Headline, Paragraph

INDUSTRY = ["本报讯（记者 李四）前两个月，全市规上工", "业增加值同比增长9.0%，制造业增长10.3%。"]
RAIL = ["本报讯（记者 王五）铁路民航项目全面复工，", "西成铁路项目加快建设。"]


SIGNED = Byline("本报讯")


def _draft(text: str, byline: Byline | None = SIGNED) -> Draft:
    return Draft(byline, [Paragraph(text, "body", 1, 1, ((0, 1),))])


def test_headlines_gathered_in_a_block_find_their_articles():
    pg = xining.parse_text(page(INDUSTRY, RAIL, ["铁路民航项目全面复工"], ["前两个月我市规上工业增加值增长9.0%"]))
    assert [a.title for a in pg.articles] == ["前两个月我市规上工业增加值增长9.0%", "铁路民航项目全面复工"]


def test_the_assignment_is_optimal_not_greedy():
    """Greedy would give h1 to d1 (its best, 0.9) and leave h2 with d2 (0.2); optimal total is higher."""
    drafts = [_draft("甲乙丙丁戊己庚辛"), _draft("甲乙丙丁壬癸子丑")]
    heads = [Headline("甲乙丙丁", 1, 1), Headline("戊己庚辛", 2, 2)]
    chosen, leftover = assign(heads, drafts)
    assert chosen[0].text == "戊己庚辛" and chosen[1].text == "甲乙丙丁" and leftover == []


def test_a_poor_match_gets_no_headline():
    pg = xining.parse_text(page(INDUSTRY, RAIL, ["前两个月我市规上工业增加值增长9.0%"], ["春季植树造林活动启动"]))
    assert pg.articles[0].title == "前两个月我市规上工业增加值增长9.0%"
    assert pg.articles[1].headline is None
    assert [h.text for h in pg.unassigned] == ["春季植树造林活动启动"]


def test_shared_figure_decides_between_similar_articles():
    a = ["本报讯（记者 李四）一季度，全市规上工业增", "加值同比增长9.0%。"]
    b = ["本报讯（记者 王五）一季度，全省规上工业增", "加值同比增长5.4%。"]
    pg = xining.parse_text(page(a, b, ["规上工业增加值增长5.4%"], ["规上工业增加值增长9.0%"]))
    assert [art.title for art in pg.articles] == ["规上工业增加值增长9.0%", "规上工业增加值增长5.4%"]


def test_bulletin_headline_prefers_an_unsigned_dated_bulletin():
    bulletin = Draft(None, [Paragraph("3月25日，热线接听来电801件次。", "body", 1, 1, ((0, 1),))], dated_lead=True)
    signed = _draft("今年以来，全市工作扎实推进。")
    chosen, _ = assign([Headline("便民服务工作日报", 1, 1)], [signed, bulletin])
    assert list(chosen) == [1]


def test_no_headlines_means_no_titles():
    chosen, leftover = assign([], [_draft("甲乙")])
    assert chosen == {} and leftover == []
