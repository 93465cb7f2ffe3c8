"""Rule 6: where articles begin."""
from pages import page

import xining

AUDIT = ["本报讯（记者 张三）3月26日上午，市委召开审计", "委员会会议，研究部署下一步审计工作。"]
AUDIT_MORE = ["会议指出，要扛牢审计监督责任，强化审", "计监督质效。"]
HOTLINE = ["3月25日，政务服务便民热线接听群众来电", "诉求801件次，直接办理358件。"]
SAFETY = ["3月25日，全市共收到安全隐患举报60件，", "已及时联系相应县区政府核实处理。"]
INDUSTRY = ["本报讯（记者 李四）前两个月，全市规上工", "业增加值同比增长9.0%。"]


def _articles(*blocks):
    return xining.parse_text(page(*blocks)).articles


def test_each_byline_starts_an_article():
    assert [a.byline.reporters for a in _articles(AUDIT, INDUSTRY)] == [("张三",), ("李四",)]


def test_bulletins_start_at_their_dated_leads():
    arts = _articles(HOTLINE, SAFETY)
    assert [a.paragraphs[0].text[:8] for a in arts] == ["3月25日，政务", "3月25日，全市"]
    assert all(a.byline is None for a in arts)


def test_dated_lead_on_a_new_topic_after_a_signed_article():
    arts = _articles(AUDIT, AUDIT_MORE, HOTLINE)
    assert len(arts) == 2 and len(arts[0].paragraphs) == 2


def test_dated_paragraph_on_the_same_topic_stays_in_the_signed_article():
    dated_more = ["3月27日，市委审计委员会召开会议，研究部", "署审计工作。"]
    arts = _articles(AUDIT, dated_more)
    assert len(arts) == 1 and len(arts[0].paragraphs) == 2


def test_article_without_byline_at_the_top_of_the_page():
    arts = _articles(["今年以来，全市工业经济保持平稳增长，规", "上工业增加值同比增长9.0%。"], INDUSTRY)
    assert [a.byline for a in arts][0] is None and len(arts) == 2


def test_staff_byline_on_its_own_line():
    arts = _articles(["本报记者 王五", "今年以来，全市工业经济保持平稳增长，规", "上工业增加值同比增长9.0%。"], AUDIT)
    assert arts[0].byline.reporters == ("王五",)
    assert [p.kind for p in arts[0].paragraphs] == ["body"]  # the byline line signs the article, it is not its text
    assert len(arts) == 2
