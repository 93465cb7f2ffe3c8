"""The PDF reader, specified on e-paper pages composed here with reportlab (a CJK TrueType font that mplfonts ships),
and measured on the real pages in ../shared/realpages when they are there."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
reportlab = pytest.importorskip("reportlab")

from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import xining  # noqa: E402
from xining.cli import main  # noqa: E402
from xining.errors import InputError  # noqa: E402
from xining.io import dumps, page_to_dict, validate  # noqa: E402
from xining.pipeline import parse_bytes, read_page, read_pages  # noqa: E402

FONT = "CJK"
W, H = 600.0, 920.0  # the top 80 points or so are the masthead: articles start below it
BODY = 9.0
LEADING = 12.0


def _register() -> None:
    import mplfonts

    path = Path(mplfonts.__file__).parent / "fonts" / "SimHei.ttf"  # the bundled CJK font with TrueType outlines
    if not path.exists():
        pytest.skip("mplfonts ships no TrueType CJK font")
    pdfmetrics.registerFont(TTFont(FONT, str(path)))


_register()


# --- composing pages -------------------------------------------------------------------------------------------------

class Sheet:
    """A page being composed: text drawn at sizes and places, as a typesetter places it."""

    def __init__(self, pages: int = 1, encrypt: str | None = None):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=(W, H), encrypt=encrypt)
        self.c.setPageCompression(0)

    def text(self, x: float, y: float, s: str, size: float = BODY, spacing: float = 0.0) -> None:
        """`s` with its baseline at y; `spacing` adds that many points after each character (letter-spacing)."""
        t = self.c.beginText(x, y)
        t.setFont(FONT, size)
        t.setCharSpace(spacing)
        t.textOut(s)
        self.c.drawText(t)

    def chars_one_by_one(self, x: float, y: float, s: str, size: float = BODY) -> None:
        """Each character its own text object, as some typesetters place punctuation."""
        for i, ch in enumerate(s):
            self.text(x + i * size, y, ch, size)

    def vertical(self, x: float, y_top: float, s: str, size: float) -> None:
        """Display type set top to bottom, one character under the other, each centred on the column's axis."""
        for i, ch in enumerate(s):
            self.text(x + (size - pdfmetrics.stringWidth(ch, FONT, size)) / 2, y_top - (i + 1) * size * 1.1, ch, size)

    def headline(self, x: float, y: float, s: str, size: float = 26.0) -> None:
        self.text(x, y, s, size)

    def columns(self, paragraphs: list[str], cols: list[tuple[float, float, float]], size: float = BODY,
                bottom: float = 40) -> float:
        """Flow paragraphs down columns (x, y_top, width) to `bottom`, first lines indented two characters; the last y
        used."""
        cols = list(cols)
        x, y, width = cols.pop(0)
        per_line = int(width // size)
        for para in paragraphs:
            text, first = para, True
            while text:
                room = per_line - (2 if first else 0)
                line, text = text[:room], text[room:]
                if y < bottom:
                    x, y, width = cols.pop(0)
                    per_line = int(width // size)
                self.text(x + (2 * size if first else 0), y - size, line, size)
                y -= LEADING
                first = False
        return y

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.c.rect(x, y, w, h)

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A thin line, as pages rule articles and columns apart."""
        self.c.setLineWidth(0.6)
        self.c.line(x0, y0, x1, y1)

    def new_page(self) -> None:
        self.c.showPage()

    def save(self, path: Path | None = None) -> bytes:
        self.c.showPage()
        self.c.save()
        data = self.buf.getvalue()
        if path is not None:
            path.write_bytes(data)
        return data


# Sentences composed for these tests (no real article): long enough to fill columns.
CITY = ["本市今年新建口袋公园十二座，市民步行十分钟即可到达一处绿地。",
        "园林部门介绍，新建公园多数利用边角地块，种植乡土树种，设置健身步道和儿童游乐设施。",
        "下一步将继续推进城市更新，让更多居民在家门口享受绿色空间。"]
FARM = ["今年全县早稻种植面积稳定在三万亩以上，机插秧比例达到八成。",
        "农技人员深入田间地头，指导农户科学施肥、防治病虫害，确保粮食稳产增收。",
        "合作社负责人表示，订单收购价格已经敲定，种粮积极性明显提高。"]
RIVER = ["河道综合治理工程日前完工，沿岸十公里步道全线贯通。",
         "治理后水质稳定达到三类标准，白鹭等鸟类重新回到河畔栖息。",
         "附近居民说，傍晚沿河散步已经成为生活中的新习惯。"]


def body_of(article) -> str:
    return re.sub(r"\s+", "", "".join(p.text for p in article.paragraphs))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def parse(data: bytes) -> xining.Page:
    return parse_bytes(data, "composed.pdf")


# --- columns, headlines, reading order -----------------------------------------------------------------------------

@pytest.mark.parametrize("layout", ["side_by_side", "stacked", "three_columns"])
def test_each_headline_owns_the_columns_below_it(layout):
    s = Sheet()
    if layout == "side_by_side":
        s.headline(40, 760, "城区新建十二座口袋公园", 22)
        s.columns(CITY * 3, [(40, 740, 120), (170, 740, 120)])
        s.headline(320, 760, "早稻机插秧比例达八成", 22)
        s.columns(FARM * 3, [(320, 740, 110), (440, 740, 110)])
    elif layout == "stacked":
        s.headline(40, 790, "城区新建十二座口袋公园")
        s.columns(CITY * 2, [(40, 770, 250), (310, 770, 250)])
        s.headline(40, 520, "早稻机插秧比例达八成", 30)
        s.columns(FARM * 2, [(40, 500, 250), (310, 500, 250)])
    else:
        s.headline(40, 790, "城区新建十二座口袋公园", 28)
        s.columns(CITY * 6, [(40, 770, 160), (215, 770, 160), (390, 770, 160)])
    page = parse(s.save())
    expected = {"side_by_side": 2, "stacked": 2, "three_columns": 1}[layout]
    assert len(page.articles) == expected
    first = page.articles[0]
    assert squeeze(first.title) == "城区新建十二座口袋公园"
    # The body reads down the first column, then the next: the text as composed, whole and in order.
    assert body_of(first) == "".join(CITY * (3 if layout == "side_by_side" else 2 if layout == "stacked" else 6))
    if expected == 2:
        assert squeeze(page.articles[1].title) == "早稻机插秧比例达八成"
        assert body_of(page.articles[1]) == "".join(FARM * (3 if layout == "side_by_side" else 2))


def _hanging_column(s: "Sheet", x: float, top: float, text: str, per_line: int, size: float) -> list[str]:
    """`text` set `per_line` characters a line from `top` down at x, a closing mark after a full line hung past the
    column's edge (as typesetters hang `，` and `。` rather than begin a line with them); the lines as printed."""
    lines, k = [], 0
    while k < len(text):
        line = text[k:k + per_line]
        k += len(line)
        if k < len(text) and text[k] in "，。、；：”":
            line, k = line + text[k], k + 1
        lines.append(line)
    for n, line in enumerate(lines):
        s.text(x, top - n * size * 1.4, line, size)
    return lines


@pytest.mark.parametrize("gutter", [10.0, 12.0, 14.0])
@pytest.mark.parametrize("size", [9.0, 10.0])
@pytest.mark.parametrize("every", [1, 2])
def test_punctuation_hung_in_a_tight_gutter_does_not_join_the_next_columns_line(gutter, size, every):
    """Columns 15 characters wide, 1 to 1.5 ems apart, a comma or full stop hung in the gutter after a full line: each
    column's lines stay whole, and the article reads down the first column, then the second."""
    plain = re.sub("[，。、；：”“]", "", "".join(CITY + FARM))
    pieces = [plain[k:k + 15] for k in range(0, 15 * 8, 15)]
    marks = ["，" if k % every == 0 else "" for k in range(len(pieces))]
    marks[3] = marks[-1] = "。"
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 22)
    text = "".join(p + m for p, m in zip(pieces, marks))
    half = len("".join(p + m for p, m in zip(pieces[:4], marks[:4])))
    first = _hanging_column(s, 40, 770, text[:half], 15, size)
    second = _hanging_column(s, 40 + 15 * size + gutter, 770, text[half:], 15, size)
    page = parse(s.save())
    (article,) = page.articles
    assert body_of(article) == text
    assert [line for para in article.paragraphs for line in squeeze_lines(para)] == first + second


def squeeze_lines(para) -> list[str]:
    """A paragraph's printed lines (its text cut at its line map)."""
    offsets = [off for off, _ in para.line_map] + [len(para.text)]
    return [squeeze(para.text[a:b]) for a, b in zip(offsets, offsets[1:])]


def test_a_page_without_headlines_is_one_article_in_column_order():
    s = Sheet()
    s.columns(FARM * 4, [(40, 800, 250), (310, 800, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert article.headline is None and body_of(article) == "".join(FARM * 4)


def test_paragraphs_break_at_indents_and_keep_their_boxes():
    s = Sheet()
    s.headline(40, 790, "河道治理工程完工")
    s.columns(RIVER, [(40, 770, 200)])
    page = parse(s.save())
    paras = page.articles[0].paragraphs
    assert [p.text for p in paras] == RIVER
    for p in paras:
        assert p.boxes and all(b.page == 1 and b.x0 < b.x1 and b.y0 < b.y1 for b in p.boxes)
        assert len(p.boxes) == len(p.line_map)


@pytest.mark.parametrize("size", [20.0, 26.0, 40.0])
def test_headline_sizes(size):
    s = Sheet()
    s.headline(40, 790, "河道治理工程完工", size)
    s.columns(RIVER * 2, [(40, 790 - size * 1.4, 240)])
    page = parse(s.save())
    assert [squeeze(a.title) for a in page.articles] == ["河道治理工程完工"]


@pytest.mark.parametrize("columns", [2, 3, 4])
@pytest.mark.parametrize("centred", [False, True])
def test_a_short_headline_heads_every_column_its_text_starts_in(columns, centred):
    """A headline narrower than its article (flush left, or centred with the byline flush left) heads all the columns
    whose text starts at the level of its first line; the article above keeps its own columns."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园今年再添新绿地", 24)
    s.columns(CITY * 3, [(40, 780, 160), (215, 780, 160), (390, 780, 160)], bottom=660)
    s.rule(40, 560, 550, 560)
    width = (510 - (columns - 1) * 12) / columns
    x = 40 + (510 - 9 * 18) / 2 if centred else 40
    s.headline(x, 530, "早稻机插秧比例达八成", 18)
    s.text(40, 508, "本报记者 陈思远", BODY)
    s.columns(FARM * columns, [(40 + k * (width + 12), 500, width) for k in range(columns)], bottom=360)
    page = parse(s.save())
    assert [squeeze(a.title) for a in page.articles] == ["城区新建十二座口袋公园今年再添新绿地", "早稻机插秧比例达八成"]
    assert body_of(page.articles[0]) == "".join(CITY * 3)
    assert body_of(page.articles[1]) == "".join(FARM * columns)
    assert list(page.articles[1].byline.reporters) == ["陈思远"]


def test_a_headline_does_not_reach_over_a_column_another_headline_stands_above():
    s = Sheet()
    s.headline(40, 800, "城区新建口袋公园", 20)
    s.columns(CITY * 2, [(40, 775, 160), (215, 775, 160)], bottom=680)
    s.headline(390, 800, "早稻机插秧比例达八成", 15)
    s.columns(FARM * 2, [(390, 775, 160)])
    page = parse(s.save())
    assert [body_of(a) for a in page.articles] == ["".join(CITY * 2), "".join(FARM * 2)]


@pytest.mark.parametrize("right_title", ["1-10月全市工业增加值增长1.9%", "早稻机插秧比例达八成"])
@pytest.mark.parametrize("drop", [0.0, 1.0, 2.0])
def test_a_column_under_neither_of_two_headlines_on_one_row_is_the_left_ones(right_title, drop):
    """A flush-left headline over the first of its two columns, its neighbour's headline on the same row (its foot up
    to half an em lower) right of the second: the second column, and the signature that ends it, run on from the left
    headline, not back from the right one."""
    s = Sheet()
    title = "城区新建口袋公园"
    s.headline(40, 780, title, 16)
    y = s.columns(CITY * 2, [(40, 755, 126), (182, 755, 126)], bottom=600)
    s.text(308 - pdfmetrics.stringWidth("（李华）", FONT, BODY), y - BODY, "（李华）", BODY)
    s.headline(324, 780 - drop, right_title, 14)
    s.columns(FARM * 2, [(324, 755, 126), (462, 755, 126)], bottom=600)
    page = parse(s.save())
    got = {squeeze(a.title): (body_of(a), a.byline and list(a.byline.reporters)) for a in page.articles}
    assert got == {title: ("".join(CITY * 2), ["李华"]), squeeze(right_title): ("".join(FARM * 2), None)}


@pytest.mark.parametrize("label", ["快评", "观察"])
@pytest.mark.parametrize("left_top", [800.0, 812.0])
@pytest.mark.parametrize("hang_every", [1, 2, 3])
def test_punctuation_hanging_over_a_column_rule_does_not_let_a_headline_reach_across_it(label, left_top, hang_every):
    """A narrow column under a short label, ruled off, its commas hanging past its edge over the rule: the headline
    right of the rule (set lower, so nearer above the column's text) does not reach across it."""
    s = Sheet()
    s.headline(40, left_top, label, 18)
    words = "本市今年新建口袋公园十二座市民步行十分钟即可到达一处绿地园林部门介绍新建公园多数利用边角地块种植乡土树种"
    chunks = [words[k:k + 15] for k in range(0, len(words), 15)]
    printed = [c + ("，" if k % hang_every == 0 else "") for k, c in enumerate(chunks)]
    y = left_top - 30
    for line in printed:
        s.text(40, y, line, BODY)  # 15 characters fill the column; the comma hangs past it
        y -= LEADING
    s.rule(180, 820, 180, y - 20)
    s.headline(190, 795, "早稻机插秧比例达八成", 22)
    s.columns(FARM * 4, [(190, 770, 180), (382, 770, 178)], bottom=620)
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {label: "".join(printed),
                                                                      "早稻机插秧比例达八成": "".join(FARM * 4)}


@pytest.mark.parametrize("size", [15.0, 17.0, 19.0])
@pytest.mark.parametrize("parting", ["rule", "byline"])
def test_a_title_under_another_articles_text_opens_an_article_when_ruled_off_or_signed(size, parting):
    """A title set right under a column of text is a section title of that text, unless a rule is drawn between them
    or a byline line is set under the title: then it heads an article of its own."""
    s = Sheet()
    s.headline(40, 800, "河道治理工程完工", 26)
    y = s.columns(RIVER * 2, [(40, 770, 180)])
    if parting == "rule":
        s.rule(40, y - 2, 220, y - 2)
    s.headline(40, y - 2 * size, "早稻机插秧比例达八成", size)
    top = y - 2 * size - 10
    if parting == "byline":
        s.text(40, top - BODY, "■记者 张明", BODY)
        top -= 1.6 * BODY
    s.columns(FARM, [(40, top, 180)])
    page = parse(s.save())
    assert [squeeze(a.title) for a in page.articles] == ["河道治理工程完工", "早稻机插秧比例达八成"]
    assert [body_of(a) for a in page.articles] == ["".join(RIVER * 2), "".join(FARM)]


def test_a_title_under_its_own_articles_text_stays_a_section_title():
    s = Sheet()
    s.headline(40, 800, "河道治理工程完工", 26)
    y = s.columns(RIVER, [(40, 770, 180)])
    s.headline(40, y - 20, "下一步怎么干", 15)
    s.columns(FARM, [(40, y - 30, 180)])
    page = parse(s.save())
    (article,) = page.articles
    assert [p.kind for p in article.paragraphs if p.text == "下一步怎么干"] == ["section_title"]


@pytest.mark.parametrize("top", ["kicker", "headline"])
def test_what_stands_under_the_rule_closing_the_masthead_is_not_furniture(top):
    s = Sheet()
    s.text(40, 900, "7", 20)
    s.text(80, 902, "城市新闻", 14)
    s.rule(40, 885, 560, 885)
    if top == "kicker":
        s.text(40, 868, "奋力推进高质量发展", 13)
    s.headline(40, 838 if top == "kicker" else 858, "口袋公园开园", 26)
    s.columns(CITY * 2, [(40, 820, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "口袋公园开园" and body_of(article) == "".join(CITY * 2)
    kinds = {squeeze(b.text): b.kind for b in page.blocks}
    assert kinds["7"] == "furniture" and kinds["城市新闻"] == "furniture"
    if top == "kicker":
        assert kinds["奋力推进高质量发展"] == "kicker"


@pytest.mark.parametrize("section, size", [("城市新闻", 22), ("生活", 26), ("文体天地", 18)])
def test_a_section_name_set_across_the_masthead_rule_stays_in_the_head(section, size):
    """Large section names are printed over the rule that closes the head: they belong to the page, not to an article,
    and the article under the rule keeps its headline."""
    s = Sheet()
    s.text(40, 900, "7", 14)
    s.text(240, 880, section, size)  # the rule at 885 runs through the name
    s.rule(40, 885, 560, 885)
    s.headline(40, 850, "口袋公园开园", 26)
    s.columns(CITY * 2, [(40, 830, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "口袋公园开园" and body_of(article) == "".join(CITY * 2)
    assert {squeeze(b.text): b.kind for b in page.blocks}[section] == "furniture"


@pytest.mark.parametrize("lines", [1, 2, 3])
def test_a_headline_under_another_past_a_rule_is_another_headline(lines):
    """Display lines stacked close (a headline wrapped in a narrow column) are one headline, but not across a rule."""
    s = Sheet()
    title = "城区新建十二座口袋公园"
    per = -(-len(title) // lines)
    y = 800
    for k in range(0, len(title), per):
        y -= 26
        s.text(40, y, title[k:k + per], 22)
    y = min(y, s.columns(CITY, [(300, 800, 250)], bottom=400))
    s.rule(40, y - 8, 550, y - 8)
    s.headline(40, y - 34, "早稻机插秧比例达八成", 22)
    s.columns(FARM * 2, [(40, y - 50, 420)])
    page = parse(s.save())
    assert [squeeze(a.title) for a in page.articles] == [title, "早稻机插秧比例达八成"]


@pytest.mark.parametrize("number", ["A14", "7", "第3版"])
def test_a_page_number_in_display_type_right_over_a_headline_is_furniture(number):
    s = Sheet()
    s.text(40, 882, number, 22)
    s.rule(40, 874, 560, 874)
    s.headline(40, 848, "城区新建十二座口袋公园", 24)
    s.columns(CITY * 2, [(40, 830, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "城区新建十二座口袋公园"
    assert [b.kind for b in page.blocks if squeeze(b.text) == number] == ["furniture"]


@pytest.mark.parametrize("x", [40, 180, 330])
def test_a_subtitle_and_byline_between_a_headline_and_its_columns(x):
    """However the headline is set over its columns, its article is every column under it, and the byline line set flush
    left under its subtitle is its byline."""
    s = Sheet()
    s.headline(x, 800, "城区新建口袋公园", 26)
    s.text(x + 20, 775, "——来自老城区的报道", 13)
    s.text(40, 752, "本报记者 陈思远", BODY)
    s.columns(CITY * 3, [(40, 740, 160), (215, 740, 160), (390, 740, 160)], bottom=600)
    s.rule(40, 585, 560, 585)
    s.headline(40, 560, "早稻机插秧比例达八成", 18)
    s.columns(FARM * 3, [(40, 535, 160), (215, 535, 160), (390, 535, 160)], bottom=420)
    page = parse(s.save())
    assert [body_of(a) for a in page.articles] == ["".join(CITY * 3), "".join(FARM * 3)]
    assert list(page.articles[0].byline.reporters) == ["陈思远"]


@pytest.mark.parametrize("lines,repeat", [(6, 3), (9, 4)])
def test_a_story_continued_under_its_neighbour_past_a_rule(lines, repeat):
    """An L-shaped story: headline over two columns, text down both and on in the third column under the neighbour that
    stands at the top of it, ruled off."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 22)
    s.headline(390, 800, "河道治理完工", 16)
    y = s.columns(RIVER[:1], [(390, 780, 160)])
    s.rule(390, y - 2, 550, y - 2)
    bottom = y - 8 - lines * LEADING
    s.columns(CITY * repeat, [(40, 770, 160), (215, 770, 160), (390, y - 8, 160)], bottom=bottom)
    page = parse(s.save())
    assert [squeeze(a.title) for a in page.articles] == ["城区新建十二座口袋公园", "河道治理完工"]
    assert [body_of(a) for a in page.articles] == ["".join(CITY * repeat), RIVER[0]]


def _table(s: Sheet, top: float, ruled_rows: bool) -> float:
    """A table of figures across the page from `top`: a header and four rows, every row ruled or three rules only."""
    rows = [("指标", "绝对值", "增长"), ("地区生产总值", "512.3", "6.1%"), ("工业增加值", "201.8", "7.4"),
            ("零售总额", "188.0", "5.2"), ("固定资产投资", "96.5", "-2.3")]
    y = top
    s.rule(40, y, 550, y)
    for k, row in enumerate(rows):
        y -= 16
        for x, cell in zip((44, 250, 420), row):
            s.text(x, y + 4, cell, 8)
        if ruled_rows or k == 0 or k == len(rows) - 1:
            s.rule(40, y, 550, y)
    return y


@pytest.mark.parametrize("ruled_rows", [True, False])
def test_a_table_between_paragraphs_is_a_table_and_the_text_reads_around_it(ruled_rows):
    s = Sheet()
    s.headline(40, 800, "前三季度全市经济稳中有进", 24)
    s.columns(CITY, [(40, 770, 250), (310, 770, 250)], bottom=720)
    y = _table(s, 700, ruled_rows)
    s.columns(FARM, [(40, y - 14, 250), (310, y - 14, 250)], bottom=y - 60)
    page = parse(s.save())
    (article,) = page.articles
    assert body_of(article) == "".join(CITY + FARM)
    table = "".join(squeeze(b.text) for b in page.blocks if b.kind == "table")
    assert "地区生产总值" in table and "512.3" in table


@pytest.mark.parametrize("where", ["left", "right"])
def test_an_empty_drawn_box_is_a_picture_and_the_line_under_it_its_caption(where):
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 22)
    s.columns(CITY * 2, [(40, 775, 250), (310, 775, 250)], bottom=700)
    x = 40 if where == "left" else 310
    s.rect(x, 540, 250, 110)
    s.text(x, 528, "市民在新建的口袋公园内散步健身。", BODY)
    s.headline(40, 490, "早稻机插秧比例达八成", 18)
    s.columns(FARM * 2, [(40, 470, 250), (310, 470, 250)], bottom=400)
    page = parse(s.save())
    assert [body_of(a) for a in page.articles] == ["".join(CITY * 2), "".join(FARM * 2)]
    assert [b.kind for b in page.blocks if "散步健身" in b.text] == ["caption"]


def _lines_of(text: str, per: int) -> list[str]:
    return [text[:per - 2]] + [text[k:k + per] for k in range(per - 2, len(text), per)]


@pytest.mark.parametrize("photo_cols", [(0, 1), (1, 2)])
@pytest.mark.parametrize("above", [0, 4])
@pytest.mark.parametrize("caption", ["市民在新建的口袋公园内散步健身。 通讯员 周立新 摄", "本报记者 罗明文 摄"])
def test_a_captioned_photo_set_into_a_storys_columns_keeps_the_text_under_it_in_the_story(photo_cols, above, caption):
    """A photo with its caption set into two of a story's three columns (a few lines of text above it or none), the
    text going on under the caption: that text is the story's, read in its column; the next story under a rule keeps
    its own."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 26)
    lines = _lines_of("".join(CITY * 5), 16)
    xs, top, lead = (40, 220, 400), 770, 12.0
    k = 0
    for c, x in enumerate(xs):
        y = top
        if c in photo_cols:
            for _ in range(above):
                s.text(x + (2 * BODY if k == 0 else 0), y - BODY, lines[k], BODY)
                y, k = y - lead, k + 1
            if c == photo_cols[0]:
                s.rect(x, y - 154, 340, 150)
                s.text(x, y - 154 - 12, caption, BODY)
            y -= 154 + 24
        while y > 520 and k < len(lines):
            s.text(x + (2 * BODY if k == 0 else 0), y - BODY, lines[k], BODY)
            y, k = y - lead, k + 1
    assert k == len(lines)
    s.rule(40, 505, 560, 505)
    s.headline(40, 480, "早稻机插秧比例达八成", 20)
    s.columns(FARM * 2, [(40, 455, 250), (310, 455, 250)], bottom=300)
    page = parse(s.save())
    assert [body_of(a) for a in page.articles] == ["".join(CITY * 5), "".join(FARM * 2)]


def test_a_column_logo_without_a_caption_still_opens_the_next_story():
    """Coupling: a picture with no caption or credit under it, set in a column under a story's text, ends that story's
    reach there: the text under the picture is the next story's (a column logo opening it)."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 24)
    y = s.columns(CITY * 2, [(40, 775, 250)])
    s.rect(40, y - 70, 250, 60)
    s.headline(40, y - 95, "早稻机插秧比例达八成", 16)
    s.columns(FARM, [(40, y - 110, 250)])
    page = parse(s.save())
    assert [body_of(a) for a in page.articles] == ["".join(CITY * 2), "".join(FARM)]


@pytest.mark.parametrize("credit", ["通讯员 周立新 摄", "本报记者 罗明文 摄", "记者 陈思远/摄", "实习生 王小红 摄"])
@pytest.mark.parametrize("placed", ["own_line_right", "after_caption"])
def test_a_photo_credit_naming_roles_is_a_credit_not_the_byline(credit, placed):
    """`通讯员 X 摄` under a picture names who took it: a credit on the page, not a reporter of the article near it;
    the article's own byline line still signs it."""
    s = Sheet()
    s.rect(40, 640, 300, 140)
    if placed == "own_line_right":
        s.text(40, 628, "市民在新建的口袋公园内散步健身。", BODY)
        s.text(340 - pdfmetrics.stringWidth(credit, FONT, BODY), 616, credit, BODY)
    else:
        s.text(40, 628, "市民在新建的口袋公园内散步健身。 " + credit, BODY)
    s.rule(40, 605, 560, 605)
    s.headline(40, 575, "早稻机插秧比例达八成", 20)
    s.text(40, 555, "本报记者 张明", BODY)
    s.columns(FARM * 3, [(40, 545, 250), (310, 545, 250)], bottom=300)
    page = parse(s.save())
    (article,) = page.articles
    assert list(article.byline.reporters) == ["张明"] and not article.byline.correspondents
    assert body_of(article) == "".join(FARM * 3)
    name = credit.split()[1].removesuffix("/摄")
    assert [b.kind for b in page.blocks if name in squeeze(b.text)] == ["credit"]


@pytest.mark.parametrize("right_title", ["1-10月全市工业增加值增长1.9%", "早稻机插秧比例达八成"])
@pytest.mark.parametrize("left_width", [150.0, 190.0])
def test_two_headlines_on_one_row_each_keep_the_columns_under_them(right_title, left_width):
    """Two headlines side by side, the left one flush left over two columns and reaching into the second: the second
    column is the left article's, though the right headline's reach could cross the gutter to it and its foot (digits,
    a percent sign) sits a hair lower."""
    s = Sheet()
    title = "城区新建十二座口袋公园"
    s.headline(40, 780, title, left_width / (len(title) + 1))
    s.columns(CITY * 3, [(40, 755, 125), (177, 755, 125)], bottom=560)
    s.headline(320, 780, right_title, 16)
    s.columns(FARM * 3, [(320, 755, 110), (442, 755, 110)], bottom=560)
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {title: "".join(CITY * 3),
                                                                      squeeze(right_title): "".join(FARM * 3)}


BRIEFS = [("夜市街区示范点挂牌", "近日，全市首批十家夜市街区示范点挂牌，覆盖各区县。"),
          ("社区食堂建设提速", "全市社区食堂建设项目全面开工，年内建成三十家。"),
          ("职业技能培训班开班", "城东区举办职业技能专题培训班，两百名基层工作人员参加。")]


@pytest.mark.parametrize("label", ["简讯", "城事速览", "快讯"])
@pytest.mark.parametrize("title_size", [BODY, 10.0, 11.0])
def test_each_title_in_a_column_of_briefs_heads_a_brief(label, title_size):
    """Under a briefs label, each title (bold body size or a little larger: the PDF keeps only its size and place) heads
    an article of its own; the label heads none."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 24)
    s.columns(CITY * 3, [(40, 775, 160), (215, 775, 160)], bottom=500)
    s.text(400, 785, label, 18)
    y = 760
    for title, text in BRIEFS:
        s.text(400, y, title, title_size)
        y = s.columns([text], [(400, y - 4, 150)])
        y -= 10
    page = parse(s.save())
    assert [squeeze(a.title) for a in page.articles] == ["城区新建十二座口袋公园"] + [t for t, _ in BRIEFS]
    assert [body_of(a) for a in page.articles[1:]] == [text for _, text in BRIEFS]
    assert [b.kind for b in page.blocks if squeeze(b.text) == label] == ["furniture"]


def _brief_strip(s: Sheet, top: float, titles: int, title_size: float | tuple, text_size: float, label: str,
                 ruled: bool = True) -> None:
    """Briefs side by side in a strip from `top` down: a rule across, a label or none, each brief's title flush left
    over its indented text in a column of its own (`title_size`: one size, or each title's: some display type)."""
    width, gutter = (520 - (titles - 1) * 12) / titles, 12
    if ruled:
        s.rule(40, top, 560, top)
    y = top - 6
    if label:
        s.text(40, y - 14, label, 14)
        y -= 20
    for k, (title, text) in enumerate(BRIEFS[:titles] + [("城北新建停车场投用", "城北新建的停车场投入使用，新增车位四百个。")][:titles - 3]):
        x = 40 + k * (width + gutter)
        size = title_size[k] if isinstance(title_size, tuple) else title_size
        s.text(x, y - title_size_max(title_size), title, size)
        per = int(width // text_size)
        lines = [text[:per - 2]] + [text[i:i + per] for i in range(per - 2, len(text), per)]
        for n, line in enumerate(lines):
            s.text(x + (2 * text_size if n == 0 else 0), y - title_size_max(title_size) - 4 - (n + 1) * text_size * 1.35,
                   line, text_size)


def title_size_max(size) -> float:
    return max(size) if isinstance(size, tuple) else size


@pytest.mark.parametrize("titles", [3, 4])
@pytest.mark.parametrize("title_size,text_size", [(BODY, BODY), (10.0, BODY), (7.5, 7.5), (8.6, 7.5), (9.8, 7.5),
                                                  ((10.0, 12.0, 12.0, 12.0), BODY), ((12.0, 9.0, 9.0, 9.0), BODY)])
@pytest.mark.parametrize("label", ["", "简讯"])
def test_a_row_of_titles_under_a_rule_heads_one_brief_each(titles, title_size, text_size, label):
    """Briefs side by side across the foot of the page under a rule, each title flush left over its indented text (in
    the text's size or a little larger, the text in the page's size or smaller): each title heads a brief; two titles
    a word space apart are not one headline; a label between the rule and the titles is furniture."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 24)
    s.columns(CITY * 4, [(40, 775, 160), (215, 775, 160), (390, 775, 160)], bottom=560)
    _brief_strip(s, 400, titles, title_size, text_size, label)
    page = parse(s.save())
    briefs = (BRIEFS + [("城北新建停车场投用", "城北新建的停车场投入使用，新增车位四百个。")])[:titles]
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {"城区新建十二座口袋公园": "".join(CITY * 4),
                                                                      **dict(briefs)}
    assert len(page.articles) == titles + 1
    if label:
        assert [b.kind for b in page.blocks if squeeze(b.text) == label] == ["furniture"]


@pytest.mark.parametrize("case", ["no_rule", "text_between"])
def test_sub_heads_on_one_row_of_an_article_are_not_briefs(case):
    """Coupling: titles on one row over indented paragraphs are briefs only right under a rule drawn across them with
    nothing but a label between; sub-heads of one article on one row (no rule), or a row under a rule with text
    between, stay the article's."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 24)
    y = 770
    if case == "text_between":
        s.rule(40, 775, 560, 775)
        s.text(40, 760, "本报记者 张明", BODY)
        y = 745
    for x, (title, text) in zip((40, 215, 390), BRIEFS):
        s.text(x, y - BODY, title, BODY)
        s.columns([text] + CITY, [(x, y - BODY - 4, 160)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "城区新建十二座口袋公园"
    assert all(t in body_of(article) for t, _ in BRIEFS)


@pytest.mark.parametrize("head", ["既提高就业数量 又提高就业质量", "稳就业 促发展"])
@pytest.mark.parametrize("columns", [1, 2])
def test_display_type_split_at_a_word_space_is_one_headline_over_its_columns(head, columns):
    """Coupling: a headline set with a wide word space, centred over its columns, stays one headline (its halves are
    not titles of columns of their own: no column starts flush under each)."""
    s = Sheet()
    left, right = head.split()
    x = 300 - pdfmetrics.stringWidth(left + right, FONT, 22) / 2 - 11
    s.text(x, 790, left, 22)
    s.text(x + pdfmetrics.stringWidth(left, FONT, 22) + 22, 790, right, 22)
    width = 520 if columns == 1 else 254
    s.columns(CITY * 3, [(40 + k * (width + 12), 770, width) for k in range(columns)], bottom=650)
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == squeeze(head) and body_of(article) == "".join(CITY * 3)


@pytest.mark.parametrize("lines", [1, 2, 3])
@pytest.mark.parametrize("size", [7.0, 7.5, 8.0])
def test_small_type_right_under_a_headline_is_its_text_not_a_caption(lines, size):
    """A short item in type smaller than the page's text (7.5 pt on a 9 pt page), set right under its headline, is
    the article's text: a caption is small type under a picture, not under a headline."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 24)
    s.columns(CITY * 4, [(40, 775, 250), (310, 775, 250)], bottom=560)
    s.rule(40, 540, 560, 540)
    s.text(40, 520, "早稻机插秧比例达八成", 14)
    text = "".join(FARM)[: lines * 30 - 2]
    rows = [text[:28]] + [text[k:k + 30] for k in range(28, len(text), 30)]
    for n, row in enumerate(rows):
        s.text(40 + (2 * size if n == 0 else 0), 505 - n * size * 1.35, row, size)
    s.rect(310, 380, 250, 140)
    s.text(310, 370, "市民在新建的口袋公园内散步健身。", size)
    page = parse(s.save())
    assert [body_of(a) for a in page.articles] == ["".join(CITY * 4), text]
    assert [b.kind for b in page.blocks if "散步健身" in b.text] == ["caption"]


@pytest.mark.parametrize("tail", ["县。", "。", "业。"])
@pytest.mark.parametrize("size", [7.0, 7.5])
def test_a_last_line_shorter_than_the_first_lines_indent_stays_in_its_paragraph(tail, size):
    """A brief of two lines in small type whose last line, a character or two, ends before where its indented first
    line starts: the line stays in its paragraph (alone, it would read as a stray caption and be lost)."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 24)
    s.columns(CITY * 4, [(40, 775, 250), (310, 775, 250)], bottom=560)
    s.rule(40, 540, 560, 540)
    s.text(40, 520, "早稻机插秧比例达八成", 14)
    text = "全市首批十三家示范点挂牌覆盖全" + tail
    for n, row in enumerate((text[:13], text[13:])):
        s.text(40 + (2 * size if n == 0 else 0), 505 - n * size * 1.35, row, size)
    page = parse(s.save())
    assert [body_of(a) for a in page.articles] == ["".join(CITY * 4), text]


@pytest.mark.parametrize("lead_size", [9.5, 10.0, 11.0])
@pytest.mark.parametrize("small", [7.5, 8.0])
@pytest.mark.parametrize("gutter", [8.0, 12.0])
def test_a_lead_set_a_display_size_above_the_briefs_around_it_is_text(lead_size, small, gutter):
    """The lead in 10 pt over three articles in 7.5 pt (the most common size): the lead's lines, a display size above
    the page's most common size, are running text (many characters, full stops), not display type; they are not
    joined across a tight gutter as a headline split at a word space would be."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 26)
    width = (520 - gutter) / 2
    s.columns(CITY * 2, [(40, 770, width), (40 + width + gutter, 770, width)], size=lead_size, bottom=690)
    titles = ("早稻机插秧比例达八成", "河道治理工程完工", "新建停车场投用")
    for k, (title, text) in enumerate(zip(titles, (FARM, RIVER, FARM[::-1]))):
        x = 40 + k * 176
        s.headline(x, 640, title, 14)
        s.columns(text * 3, [(x, 625, 164)], size=small, bottom=100)
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {
        "城区新建十二座口袋公园": "".join(CITY * 2), titles[0]: "".join(FARM * 3), titles[1]: "".join(RIVER * 3),
        titles[2]: "".join(FARM[::-1] * 3)}


@pytest.mark.parametrize("size", [16.0, 18.0])
@pytest.mark.parametrize("drop", [0.0, 4.0])
def test_a_title_on_one_row_with_a_headline_heads_an_article_though_text_ends_right_above_it(size, drop):
    """Two titles on one row under a lead's columns, not ruled off, unsigned: the one right under the end of the lead's
    column is not the lead's section title, since a headline stands on its row (articles side by side)."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 26)
    y = s.columns(CITY * 2, [(40, 770, 250), (310, 770, 250)], bottom=700)
    top = y - 10 - size
    s.headline(40, top, "早稻机插秧比例达八成", size)
    s.text(40, top - 18, "■记者 张明", BODY)
    s.columns(FARM * 2, [(40, top - 28, 250)], bottom=100)
    s.headline(310, top - drop, "河道治理工程完工", size)
    s.columns(RIVER * 2, [(310, top - 28, 250)], bottom=100)
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {
        "城区新建十二座口袋公园": "".join(CITY * 2), "早稻机插秧比例达八成": "".join(FARM * 2),
        "河道治理工程完工": "".join(RIVER * 2)}


@pytest.mark.parametrize("jump", ["（下转第3版）", "下转第12版", "（上接第一版）", "转A05版"])
def test_a_jump_line_is_furniture_not_text(jump):
    s = Sheet()
    s.headline(40, 800, "河道治理工程完工", 24)
    y = s.columns(RIVER, [(40, 775, 250)])
    s.text(290 - len(jump) * BODY, y - BODY, jump, BODY)
    page = parse(s.save())
    (article,) = page.articles
    assert body_of(article) == "".join(RIVER)
    assert [b.kind for b in page.blocks if squeeze(b.text) == jump] == ["furniture"]


# --- kickers, subtitles, vertical headlines, letter-spacing -----------------------------------------------------------

@pytest.mark.parametrize("kicker,subtitle", [("全市推进城市更新", None), (None, "——来自老城区的报道"), ("全市推进城市更新", "——来自老城区的报道")])
def test_kickers_and_subtitles_frame_the_headline(kicker, subtitle):
    s = Sheet()
    y = 800
    if kicker:
        s.text(60, y, kicker, 14)
        y -= 32
    s.headline(60, y, "城区新建十二座口袋公园", 26)
    y -= 26
    if subtitle:
        s.text(80, y, subtitle, 13)
        y -= 24
    s.columns(CITY * 2, [(40, y - 6, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "城区新建十二座口袋公园"
    assert body_of(article) == "".join(CITY * 2)
    framing = {b.kind: squeeze(b.text) for b in page.blocks if b.group == 1}
    if kicker:
        assert framing["kicker"] == kicker
    if subtitle:
        assert framing["subtitle"] == squeeze(subtitle)


@pytest.mark.parametrize("indent", [28.0, 40.0, 70.0])
@pytest.mark.parametrize("kicker", [None, "优化营商环境"])
@pytest.mark.parametrize("subtitle", ["——来自基层一线的调查", "—— 一季度经济运行观察"])
def test_a_subtitle_opening_with_a_dash_is_the_subtitle_however_indented(indent, kicker, subtitle):
    """A wide headline set flush left, its `——` subtitle indented under it (neither centred nor flush): the subtitle
    frames the headline; it heads no article of its own and takes none of the text."""
    s = Sheet()
    title = "上半年全市一般公共预算收入完成八百亿元"
    y = 800
    if kicker:
        s.text(40, y, kicker, 13)
        y -= 30
    s.headline(40, y, title, 24)
    y -= 20
    s.text(40 + indent, y, subtitle, 14)
    s.text(40, y - 20, "本报记者 张明", BODY)
    s.columns(CITY * 4, [(40, y - 30, 250), (310, y - 30, 250)], bottom=500)
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == title and body_of(article) == "".join(CITY * 4)
    assert list(article.byline.reporters) == ["张明"]
    assert [b.kind for b in page.blocks if b.group == 1 and squeeze(b.text) == squeeze(subtitle)] == ["subtitle"]


@pytest.mark.parametrize("title", ["家门口的便民驿站变了样", "支持社区养老再出实招"])
@pytest.mark.parametrize("sub_size", [12.0, 16.0, 20.0])
@pytest.mark.parametrize("kicker", [None, "优化营商环境"])
def test_a_dash_subtitle_set_flush_right_past_a_short_headline_is_its_subtitle(title, sub_size, kicker):
    """A short headline flush left over four columns, its `——` subtitle set flush right on the next row, beyond the
    headline's end: the subtitle frames the headline, it heads no article of its own."""
    s = Sheet()
    y = 800
    if kicker:
        s.text(40, y, kicker, 13)
        y -= 32
    s.headline(40, y, title, 28)
    subtitle = "——来自基层一线的调查"
    y -= 8 + sub_size
    s.text(560 - pdfmetrics.stringWidth(subtitle, FONT, sub_size), y, subtitle, sub_size)
    s.columns(CITY * 4, [(40 + k * 133, y - 12, 121) for k in range(4)], bottom=560)
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == title and body_of(article) == "".join(CITY * 4)
    assert [b.kind for b in page.blocks if squeeze(b.text) == squeeze(subtitle)] == ["subtitle"]


@pytest.mark.parametrize("sub_size", [18.0, 22.0])
@pytest.mark.parametrize("decks", [1, 2])
def test_a_dash_subtitle_centred_under_a_narrower_headline_is_its_subtitle(sub_size, decks):
    """A headline centred over the page in one or two short decks, its `——` subtitle centred under it and wider than
    it: the subtitle frames the headline, it is not the article's title."""
    s = Sheet()
    title = "便民驿站里的烟火气"
    rows = [title] if decks == 1 else [title[:5], title[5:]]
    y = 800 + 36
    for row in rows:
        y -= 36
        s.text(300 - pdfmetrics.stringWidth(row, FONT, 32) / 2, y, row, 32)
    subtitle = "——南浦一季度经济运行观察"
    y -= 0.35 * 32 + sub_size  # the subtitle's baseline, as a typesetter sets it under the last deck
    s.text(300 - pdfmetrics.stringWidth(subtitle, FONT, sub_size) / 2, y, subtitle, sub_size)
    y -= 16
    s.columns(CITY * 4, [(40 + k * 133, y, 121) for k in range(4)], bottom=560)
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == title and body_of(article) == "".join(CITY * 4)


@pytest.mark.parametrize("drop", [0.0, 6.0])
def test_a_dash_subtitle_under_the_right_of_two_headlines_on_a_row_is_the_right_ones(drop):
    """Coupling: two headlines side by side, a `——` subtitle under the right one (past the left one's end): it frames
    the right headline, and each keeps its own columns."""
    s = Sheet()
    s.headline(40, 800, "城区新建口袋公园", 22)
    s.columns(CITY * 3, [(40, 770, 240)], bottom=200)
    s.headline(310, 800 - drop, "早稻机插秧比例达八成", 22)
    s.text(330, 776 - drop, "——来自田间地头的报道", 13)
    s.columns(FARM * 3, [(310, 760 - drop, 250)], bottom=200)
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {"城区新建口袋公园": "".join(CITY * 3),
                                                                      "早稻机插秧比例达八成": "".join(FARM * 3)}
    (sub,) = [b for b in page.blocks if squeeze(b.text) == "——来自田间地头的报道"]
    assert sub.kind == "subtitle" and sub.group == 2


@pytest.mark.parametrize("step", [2, 3, 4])
@pytest.mark.parametrize("decks", [("便民驿站里", "的烟火气"), ("支持社区养老", "青岚再出实招"), ("上半年外贸进出口总", "额同比增长11.5%")])
def test_a_headline_in_two_decks_the_second_stepped_in_is_one_headline(step, decks):
    """A headline set in two decks of one size, the second stepped in a few ems from the first: one headline."""
    s = Sheet()
    size = 26.0
    s.headline(40, 800, decks[0], size)
    s.headline(40 + step * size, 800 - 1.15 * size, decks[1], size)
    s.columns(CITY * 4, [(40 + k * 133, 800 - 1.15 * size - 20, 121) for k in range(4)], bottom=560)
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "".join(decks) and body_of(article) == "".join(CITY * 4)


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("title", ["意气风发向前进", "出台22条措施", "5G基站再添300座", "1-10月增长2.7%"])
def test_a_vertical_headline_reads_top_to_bottom_and_owns_the_text_beside_it(side, title):
    """Digits and Latin letters stacked in a vertical headline are part of it."""
    s = Sheet()
    text_x = 40 if side == "right" else 120
    head_x = 300 if side == "right" else 50
    s.vertical(head_x, 800, title, 30)
    s.columns(RIVER * 3, [(text_x, 790, 240)])
    page = parse(s.save())
    (article,) = page.articles
    assert article.title == title
    assert body_of(article) == "".join(RIVER * 3)


@pytest.mark.parametrize("title", ["城东区：菜市场焕新", "菜市场，焕新了", "“菜篮子”拎得更稳"])
@pytest.mark.parametrize("size", [18.0, 26.0])
def test_punctuation_in_a_vertical_headline_is_part_of_it(title, size):
    """A full-width colon, comma or quotation mark set in a vertical headline (not its vertical presentation form) does
    not cut the headline in two."""
    s = Sheet()
    s.vertical(50, 800, title, size)
    s.columns(RIVER * 3, [(50 + size + 20, 790, 240)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == title and body_of(article) == "".join(RIVER * 3)


@pytest.mark.parametrize("sides", [("right", "left"), ("left", "right"), ("right", "right"), ("left", "left")])
@pytest.mark.parametrize("ruled", [True, False])
def test_stacked_articles_under_vertical_headlines_each_keep_the_text_beside_their_headline(sides, ruled):
    """Two articles stacked, each headed by a tall vertical headline at its left or right edge: the second article's
    text, though it stands under the first headline's foot (or the first's, under the second's top), is the text
    beside the second headline; the first article's text is beside the first."""
    s = Sheet()
    titles = ("城区新建十二座口袋公园", "早稻机插秧比例达八成")
    y = 800
    for side, title, text in zip(sides, titles, (CITY, FARM)):
        head_x, text_x = (530, 40) if side == "right" else (40, 80)
        s.vertical(head_x, y, title, 24)  # 11 characters: 290 points tall, the text beside it much shorter
        s.columns(text * 2, [(text_x, y - 4, 220), (text_x + 232, y - 4, 220)], bottom=y - 80)
        y -= 320
        if ruled:
            s.rule(40, y + 12, 560, y + 12)
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {titles[0]: "".join(CITY * 2),
                                                                      titles[1]: "".join(FARM * 2)}


@pytest.mark.parametrize("gap", [12.0, 30.0])
@pytest.mark.parametrize("right_top", [800.0, 760.0])
def test_a_vertical_headline_does_not_take_the_text_of_a_headed_article_beside_it(gap, right_top):
    """Coupling: beside a vertical headline and its text stands another article under a headline of its own: that
    article's text, though beside the vertical headline, is its own headline's."""
    s = Sheet()
    s.vertical(40, 800, "城区新建十二座口袋公园", 24)
    s.columns(CITY * 3, [(80, 790, 200)])
    x = 280 + gap
    s.headline(x, right_top - 20, "早稻机插秧比例达八成", 20)
    s.columns(FARM * 3, [(x, right_top - 30, 560 - x)])
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {"城区新建十二座口袋公园": "".join(CITY * 3),
                                                                      "早稻机插秧比例达八成": "".join(FARM * 3)}


@pytest.mark.parametrize("gap", [10.0, 14.0, 20.0])
@pytest.mark.parametrize("size", [16.0, 24.0])
def test_two_vertical_headlines_stacked_at_one_x_are_two_headlines(gap, size):
    """Two stories stacked, each headed by a vertical headline at the same x, no rule between: a gap much wider than
    the even spacing of a headline's characters ends the first headline; each keeps the text beside it."""
    s = Sheet()
    titles = ("城区新建口袋公园", "早稻机插秧比例达八成")
    y = 800
    for title, text in zip(titles, (CITY, FARM)):
        s.vertical(40, y, title, size)
        s.columns(text, [(40 + size + 16, y - 4, 250)])
        y -= len(title) * size * 1.1 + gap
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {titles[0]: "".join(CITY), titles[1]: "".join(FARM)}


def test_letter_spaced_display_lines_close_up():
    s = Sheet()
    s.text(40, 790, "河道治理工程完工", 24, spacing=12)
    s.columns(RIVER, [(40, 760, 240)])
    page = parse(s.save())
    assert squeeze(page.articles[0].title) == "河道治理工程完工"


@pytest.mark.parametrize("line", ["治理后水质稳定达到三类标准，白鹭重新回到河畔。", "附近居民说，“傍晚散步”已成为新习惯。"])
def test_punctuation_placed_character_by_character_joins_its_line(line):
    s = Sheet()
    s.headline(40, 790, "河道治理工程完工")
    s.text(58, 760, RIVER[0], BODY)
    s.chars_one_by_one(40, 760 - LEADING, line)
    page = parse(s.save())
    assert line in body_of(page.articles[0])


# --- bylines and trailers -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("printed,reporters,correspondents", [
    ("■记者 张明 通讯员 李华", ["张明"], ["李华"]),
    ("记者 王小红 刘强", ["王小红", "刘强"], []),
    ("本报记者 陈思远", ["陈思远"], []),
    ("文/本报记者 张明 摄", ["张明"], []),  # a text mark: the byline, though it ends in 摄 as a photo credit does
    ("记者 张明 文 李华 摄", ["张明", "李华"], []),
])
def test_a_byline_line_under_the_headline(printed, reporters, correspondents):
    s = Sheet()
    s.headline(40, 790, "城区新建十二座口袋公园")
    s.text(40, 765, printed, BODY)
    s.columns(CITY * 2, [(40, 755, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert list(article.byline.reporters) == reporters
    assert list(article.byline.correspondents) == correspondents
    assert body_of(article) == "".join(CITY * 2)


@pytest.mark.parametrize("trailer", ["（作者为某大学经济学院教授）", "（作者单位：某市社会科学院）"])
def test_a_trailer_after_the_last_paragraph_is_not_body(trailer):
    s = Sheet()
    s.headline(40, 790, "早稻机插秧比例达八成")
    y = s.columns(FARM, [(40, 770, 250)])
    s.text(120, y - BODY, trailer, BODY)
    page = parse(s.save())
    (article,) = page.articles
    assert body_of(article) == "".join(FARM)
    assert [squeeze(b.text) for b in page.blocks if b.kind == "trailer" and b.group == 1] == [trailer]


@pytest.mark.parametrize("signature,reporters", [("（李 华）", ["李华"]), ("（记者 王明）", ["王明"]), ("（周江 张小北）", ["周江", "张小北"])])
def test_a_signature_after_the_last_paragraph_is_the_byline(signature, reporters):
    s = Sheet()
    s.headline(40, 790, "河道治理工程完工")
    y = s.columns(RIVER, [(40, 770, 250)])
    s.text(200, y - BODY, signature, BODY)
    page = parse(s.save())
    (article,) = page.articles
    assert body_of(article) == "".join(RIVER)
    assert list(article.byline.reporters) == reporters


def test_a_closing_parenthetical_is_not_a_signature():
    s = Sheet()
    s.headline(40, 790, "河道治理工程完工")
    y = s.columns(RIVER, [(40, 770, 250)])
    s.text(40, y - BODY, "（完）", BODY)
    page = parse(s.save())
    assert page.articles[0].byline is None


@pytest.mark.parametrize("name,expected", [("高兰艳", "高兰艳"), ("郑伟", "郑伟"), ("欧阳小华", "欧阳小华")])
@pytest.mark.parametrize("where", ["flush_right", "centred", "boxed"])
def test_a_name_alone_set_right_under_the_last_line_signs_the_article(name, expected, where):
    """A commentary signed by a name alone on the line after its last sentence, in the text's size and face, set flush
    right (or well into the column): the name is its byline, not the end of its text."""
    s = Sheet()
    s.headline(40, 800, "让政策红利真正落地", 22)
    y = s.columns(CITY, [(40, 775, 250)])
    width = pdfmetrics.stringWidth(name, FONT, BODY)
    x = 290 - width if where != "centred" else 165 - width / 2
    s.text(x, y - BODY, name, BODY)
    if where == "boxed":
        s.rect(34, y - BODY - 8, 262, 830 - y + BODY + 8)
    page = parse(s.save())
    (article,) = page.articles
    assert body_of(article) == "".join(CITY) and list(article.byline.reporters) == [expected]


@pytest.mark.parametrize("name", ["高峰芳", "郑伟"])
def test_a_signature_flush_right_past_a_short_last_column_signs_the_article(name):
    """The last column holds only the ends of two paragraphs (lines that stop short); the name set flush right at the
    column's edge, beyond every line of that column, still signs the article."""
    s = Sheet()
    s.headline(40, 800, "让政策红利真正落地", 22)
    s.columns(CITY[:2], [(40, 775, 250)])
    ends = ["好办事。", "是群众的获得感和满意度。"]
    s.text(310, 775 - BODY, ends[0], BODY)
    s.text(310 + 2 * BODY, 775 - BODY - LEADING, ends[1], BODY)
    s.text(560 - pdfmetrics.stringWidth(name, FONT, BODY), 775 - BODY - 2 * LEADING, name, BODY)
    page = parse(s.save())
    (article,) = page.articles
    assert body_of(article) == "".join(CITY[:2] + ends) and list(article.byline.reporters) == [name]


@pytest.mark.parametrize("gap", [8.0, 16.0])
@pytest.mark.parametrize("size", [14.0, 16.0])
def test_a_title_in_a_box_right_under_a_storys_text_heads_the_box(gap, size):
    """A boxed commentary set right under a story's column, its title a few points under the story's last line: the
    box's edge parts them as a rule would, so the title heads the box's text (not a section title of the story)."""
    s = Sheet()
    s.headline(40, 800, "城区新建十二座口袋公园", 24)
    y = s.columns(CITY * 2, [(40, 775, 250)])
    top = y - gap
    s.rect(34, top - 120, 262, 120)
    s.headline(46, top - 6 - size, "以实干回应期待", size)
    s.columns(FARM, [(46, top - 12 - size, 240)])
    page = parse(s.save())
    assert {squeeze(a.title): body_of(a) for a in page.articles} == {"城区新建十二座口袋公园": "".join(CITY * 2),
                                                                      "以实干回应期待": "".join(FARM)}


@pytest.mark.parametrize("name", ["高兰艳", "郑伟"])
@pytest.mark.parametrize("x", [40.0, 40.0 + 2 * BODY])
def test_a_name_at_the_start_of_a_line_under_the_text_is_not_a_signature(name, x):
    """Coupling: a line of names at the column's left edge or at a paragraph's indent, under text that ends a sentence,
    is not taken for a signature set flush right."""
    s = Sheet()
    s.headline(40, 800, "让政策红利真正落地", 22)
    y = s.columns(CITY, [(40, 775, 250)])
    s.text(x, y - BODY, name, BODY)
    page = parse(s.save())
    (article,) = page.articles
    assert article.byline is None or name not in article.byline.reporters


@pytest.mark.parametrize("label", ["今日快评", "新闻观察", "短评"])
@pytest.mark.parametrize("size", [13.0, 13.5, 14.0, 15.0])
def test_a_column_label_over_a_headline_in_its_size_is_not_part_of_it(label, size):
    """A column label of a few characters (14 pt) set over a headline of about its size, flush left with it (the label
    at most half the headline's width): the label frames the headline, which is the title alone."""
    s = Sheet()
    s.text(40, 800, label, 14.0)
    s.text(40, 800 - 1.5 * size, "把好事办到群众心坎上", size)
    s.columns(CITY * 2, [(40, 800 - 1.5 * size - 12, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "把好事办到群众心坎上" and body_of(article) == "".join(CITY * 2)


@pytest.mark.parametrize("rows", [("城区新建", "十二座口袋公园"), ("早稻机插秧", "比例达到八成以上")])
def test_a_headline_wrapped_with_a_first_row_over_half_the_second_stays_one_headline(rows):
    """Coupling: a headline wrapped flush left whose first row is more than half as wide as the second is one
    headline (only a shorter first row is taken for a label or kicker)."""
    s = Sheet()
    s.text(40, 800, rows[0], 20)
    s.text(40, 800 - 1.3 * 20, rows[1], 20)
    s.columns(CITY * 2, [(40, 800 - 1.3 * 20 - 14, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert squeeze(article.title) == "".join(rows) and body_of(article) == "".join(CITY * 2)


@pytest.mark.parametrize("name,expected", [("周 明", "周明"), ("欧阳华", "欧阳华")])
def test_a_name_set_apart_is_the_byline(name, expected):
    s = Sheet()
    s.headline(40, 790, "早稻机插秧比例达八成")
    s.text(120, 762, name, 10, spacing=6 if " " not in name else 0)
    s.columns(FARM * 2, [(40, 748, 250)])
    page = parse(s.save())
    (article,) = page.articles
    assert article.byline is not None and list(article.byline.reporters) == [expected]
    assert body_of(article) == "".join(FARM * 2)


# --- what is not an article ----------------------------------------------------------------------------------------

def test_page_furniture_is_kept_as_blocks_not_articles():
    s = Sheet()
    s.text(40, 815, "2024年4月19日 星期五", 9)
    s.text(480, 815, "责编 王明 美编 李红", 7)
    s.headline(40, 770, "城区新建十二座口袋公园")
    s.columns(CITY * 2, [(40, 745, 250)])
    page = parse(s.save())
    assert len(page.articles) == 1
    furniture = [squeeze(b.text) for b in page.blocks if b.kind == "furniture"]
    assert "2024年4月19日星期五" in furniture and any("责编" in f for f in furniture)


def test_an_ad_in_its_frame_is_an_ad():
    s = Sheet()
    s.headline(40, 790, "城区新建十二座口袋公园")
    s.columns(CITY * 2, [(40, 770, 250)])
    s.rect(320, 420, 240, 380)
    s.text(340, 760, "春季家电以旧换新", 28)
    s.columns(["凡在活动期间购买指定家电，均可享受补贴，详情请到门店咨询。"] * 3, [(340, 720, 200)])
    s.text(500, 430, "（广告）", 9)
    page = parse(s.save())
    assert [squeeze(a.title) for a in page.articles] == ["城区新建十二座口袋公园"]
    ads = [b for b in page.blocks if b.kind == "ad"]
    assert any("以旧换新" in b.text for b in ads) and any("（广告）" in b.text for b in ads)


@pytest.mark.parametrize("title", ["公告", "遗失声明", "公告专栏"])
def test_a_page_of_notices_has_no_articles(title):
    s = Sheet()
    for i, x in enumerate((40, 320)):
        s.text(x + 60, 790, title, 22)
        s.columns([f"某某有限公司遗失营业执照副本一份，统一社会信用代码编号第{i}号，声明作废。"] * 12, [(x, 760, 240)])
    page = parse(s.save())
    assert page.articles == ()
    assert [b.kind for b in page.blocks if squeeze(b.text) == title] == ["notice", "notice"]


@pytest.mark.parametrize("notice", [
    "张某：本院受理原告李某与你买卖合同纠纷一案，现依法向你公告送达起诉状副本，自公告之日起经过三十日即视为送达。",
    "某某商贸有限公司遗失公章一枚，声明作废。",
    "本公司股东会决议解散公司，请债权人自本公告之日起四十五日内向清算组申报债权。特此公告。",
])
def test_notices_without_a_headline_are_notices_not_an_article(notice):
    s = Sheet()
    s.columns([notice] * 20, [(40, 800, 160), (220, 800, 160), (400, 800, 160)], size=6)
    page = parse(s.save())
    assert page.articles == ()
    assert {b.kind for b in page.blocks} == {"notice"}


# --- files: several pages, refusals --------------------------------------------------------------------------------

def _two_pages() -> bytes:
    s = Sheet()
    s.headline(40, 790, "城区新建十二座口袋公园")
    s.columns(CITY, [(40, 770, 250)])
    s.new_page()
    s.headline(40, 790, "早稻机插秧比例达八成")
    s.columns(FARM, [(40, 770, 250)])
    return s.save()


def test_a_pdf_of_several_pages_gives_one_page_each(tmp_path):
    path = tmp_path / "paper.pdf"
    path.write_bytes(_two_pages())
    pages = read_pages(path)
    assert [p.source for p in pages] == [f"{path}#1", f"{path}#2"]
    assert [squeeze(p.articles[0].title) for p in pages] == ["城区新建十二座口袋公园", "早稻机插秧比例达八成"]
    assert read_page(f"{path}#2").articles[0].paragraphs[0].boxes[0].page == 2
    with pytest.raises(InputError, match="2 pages"):
        read_page(path)
    with pytest.raises(InputError, match="no page 3"):
        read_page(f"{path}#3")


def _strip_tounicode(data: bytes) -> bytes:
    pikepdf = pytest.importorskip("pikepdf")
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for font in page.Resources.Font.values():
            if "/ToUnicode" in font:
                del font["/ToUnicode"]
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _private_use_map(data: bytes) -> bytes:
    """The fonts' ToUnicode maps rewritten to send every glyph to a private-use code point, as some e-papers do."""
    pikepdf = pytest.importorskip("pikepdf")
    pdf = pikepdf.open(io.BytesIO(data))
    for page in pdf.pages:
        for font in page.Resources.Font.values():
            if "/ToUnicode" in font:
                cmap = font.ToUnicode.read_bytes().decode("latin-1")
                cmap = re.sub(r"^(<([0-9A-F]{2})> )<(?!0000)[0-9A-F]{4}>$", lambda m: f"{m.group(1)}<E0{m.group(2)}>", cmap, flags=re.M)
                font.ToUnicode.write(cmap.encode("latin-1"))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _wrong_characters_map(data: bytes) -> bytes:
    """The fonts' ToUnicode maps rewritten to send every Han glyph to another Han character (a broken or obfuscated
    map: the text layer reads as characters, none of them the page's)."""
    pikepdf = pytest.importorskip("pikepdf")
    pdf = pikepdf.open(io.BytesIO(data))

    def other(m: re.Match) -> str:
        code = int(m.group(2), 16)
        return m.group(0) if code < 0x4E00 else f"{m.group(1)}<{0x4E00 + (code - 0x4E00 + 0x2345) % 0x5000:04X}>"

    for page in pdf.pages:
        for font in page.Resources.Font.values():
            if "/ToUnicode" in font:
                cmap = font.ToUnicode.read_bytes().decode("latin-1")
                font.ToUnicode.write(re.sub(r"^(<[0-9A-F]{2}> )<([0-9A-F]{4})>$", other, cmap, flags=re.M).encode("latin-1"))
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


@pytest.mark.parametrize("spoil", [_strip_tounicode, _private_use_map, _wrong_characters_map])
def test_an_unusable_text_layer_is_refused_as_needing_ocr(tmp_path, capsys, spoil):
    s = Sheet()
    s.headline(40, 790, "城区新建十二座口袋公园")
    s.columns(CITY * 2, [(40, 770, 250)])
    path = tmp_path / "mojibake.pdf"
    path.write_bytes(spoil(s.save()))
    with pytest.raises(InputError, match="text layer unusable: needs OCR"):
        read_page(path)
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and str(path) in err[0] and "needs OCR" in err[0]


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_rotated_page_reads_as_the_same_articles(angle):
    pikepdf = pytest.importorskip("pikepdf")
    s = Sheet()
    s.text(40, 900, "7", 20)
    s.headline(40, 800, "城区新建十二座口袋公园")
    s.columns(CITY * 2, [(40, 770, 250)])
    pdf = pikepdf.open(io.BytesIO(s.save()))
    pdf.pages[0].Rotate = angle
    out = io.BytesIO()
    pdf.save(out)
    (article,) = parse(out.getvalue()).articles
    assert squeeze(article.title) == "城区新建十二座口袋公园" and body_of(article) == "".join(CITY * 2)


def test_text_drawn_as_outlines_only_is_refused_as_needing_ocr(tmp_path):
    """Text converted to outlines is drawings, not characters: nothing to read without OCR."""
    s = Sheet()
    for row in range(40):  # strokes where characters would be
        for col in range(30):
            x, y = 40 + col * 16, 800 - row * 18
            s.c.line(x, y, x + 10, y + 8)
            s.c.bezier(x, y + 8, x + 4, y, x + 8, y + 12, x + 12, y)
    path = tmp_path / "outlines.pdf"
    path.write_bytes(s.save())
    with pytest.raises(InputError, match="needs OCR"):
        read_page(path)


def test_a_pdf_without_text_is_refused_as_needing_ocr(tmp_path):
    s = Sheet()
    s.rect(40, 40, 500, 700)  # a scanned page is a picture: nothing to read
    path = tmp_path / "scan.pdf"
    path.write_bytes(s.save())
    with pytest.raises(InputError, match="needs OCR"):
        read_page(path)


def test_a_page_without_text_in_a_pdf_of_several_has_no_articles(tmp_path):
    s = Sheet()
    s.rect(40, 40, 500, 700)
    s.new_page()
    s.headline(40, 790, "早稻机插秧比例达八成")
    s.columns(FARM, [(40, 770, 250)])
    path = tmp_path / "two.pdf"
    path.write_bytes(s.save())
    first, second = read_pages(path)
    assert first.articles == () and squeeze(second.articles[0].title) == "早稻机插秧比例达八成"


@pytest.mark.parametrize("damage,reason", [("truncate", "broken PDF"), ("encrypt", "encrypted PDF")])
def test_broken_and_encrypted_pdfs_get_one_line(tmp_path, capsys, damage, reason):
    if damage == "encrypt":
        s = Sheet(encrypt="secret")
        s.headline(40, 790, "城区新建十二座口袋公园")
        data = s.save()
    else:
        data = _two_pages()[:400]
    path = tmp_path / "bad.pdf"
    path.write_bytes(data)
    assert main(["parse", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and reason in err[0] and "Traceback" not in err[0]


def test_json_of_one_pdf_of_several_pages_is_an_array_of_every_page(tmp_path, capsys):
    path = tmp_path / "paper.pdf"
    path.write_bytes(_two_pages())
    assert main(["parse", str(path), "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [d["source"] for d in docs] == [f"{path}#1", f"{path}#2"]


def test_out_names_each_page_of_a_pdf_by_its_number(tmp_path, capsys):
    path = tmp_path / "paper.pdf"
    path.write_bytes(_two_pages())
    assert main(["parse", str(path), "--out", str(tmp_path / "json")]) == 0
    assert sorted(p.name for p in (tmp_path / "json").iterdir()) == ["paper-p1.json", "paper-p2.json"]
    assert json.loads((tmp_path / "json" / "paper-p2.json").read_text("utf-8"))["source"] == f"{path}#2"


def test_one_page_of_a_pdf_is_named_on_the_command_line_as_the_outline_names_it(tmp_path, capsys):
    path = tmp_path / "paper.pdf"
    path.write_bytes(_two_pages())
    assert main(["parse", f"{path}#2", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["source"] == f"{path}#2" and squeeze(doc["articles"][0]["headline"]) == "早稻机插秧比例达八成"
    assert main(["parse", f"{path}#2", "--out", str(tmp_path / "json")]) == 0
    assert [p.name for p in (tmp_path / "json").iterdir()] == ["paper-p2.json"]
    capsys.readouterr()
    assert main(["figures", f"{path}#1", "--csv"]) == 0
    assert {line.split(",")[0] for line in capsys.readouterr().out.splitlines()[1:]} == {f"{path}#1"}


@pytest.mark.parametrize("suffix, message", [("#3", "paper.pdf: no page 3 (the PDF has 2)"),
                                             ("#x", "paper.pdf#x: no such file or folder")])
def test_a_page_a_pdf_does_not_have_is_one_line(tmp_path, capsys, suffix, message):
    path = tmp_path / "paper.pdf"
    path.write_bytes(_two_pages())
    assert main(["parse", f"{path}{suffix}"]) == 2
    assert capsys.readouterr().err == f"xining: {tmp_path}/{message}\n"


def test_a_corpus_stores_each_page_of_a_pdf_of_several_and_skips_the_file_once_stored(tmp_path):
    import xining.corpus as xc

    path = tmp_path / "paper_20240419.pdf"
    path.write_bytes(_two_pages())
    db = tmp_path / "c.duckdb"
    first = xc.build([str(path)], db, jobs=1, progress=False)
    with xc.open(db) as c:
        pages = c.pages.sort_values("source")
        titles = c.query("SELECT p.source, a.headline FROM articles a JOIN pages p USING (sha256) ORDER BY p.source")
    assert (first.pages, first.failed) == (2, 0)
    assert list(pages["source"]) == [f"{path}#1", f"{path}#2"] and set(pages["status"]) == {"ok"}
    assert pages["sha256"].nunique() == 2 and set(pages["paper"]) == {"paper"}
    assert [squeeze(t) for t in titles["headline"]] == ["城区新建十二座口袋公园", "早稻机插秧比例达八成"]
    again = xc.build([str(path)], db, jobs=1, progress=False)
    assert (again.pages, again.skipped) == (0, 1)  # the file is known by its first page
    forced = xc.build([str(path)], db, jobs=1, progress=False, force=True)
    with xc.open(db) as c:
        assert forced.pages == 2 and len(c.pages) == 2


def _parks_pdf(tmp_path: Path, first: str) -> Path:
    """A one-column parks article whose text opens with `first`, as parks.pdf."""
    s = Sheet()
    s.headline(40, 790, "城区新建十二座口袋公园")
    s.columns([first] + CITY, [(40, 770, 250)])
    path = tmp_path / "parks.pdf"
    path.write_bytes(s.save())
    return path


def test_the_figures_table_says_where_the_pdf_printed_each_figure(tmp_path, capsys):
    """A row of `xining figures --csv` leads back to the place on the PDF page, as the JSON's `box` does."""
    path = _parks_pdf(tmp_path, "今年新建口袋公园12座，总面积达3.5万平方米，比上年增长20%。")
    doc = page_to_dict(read_page(path))
    boxes = {f["id"]: f["box"] for f in doc["articles"][0]["figures"] if not f["in_headline"]}
    assert main(["figures", str(path), "--json"]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if not r["in_headline"]]
    assert rows and all([r["pdf_page"], r["x0"], r["y0"], r["x1"], r["y1"]] == boxes[r["id"]] for r in rows)
    area = next(r for r in rows if r["text"] == "3.5万平方米")
    assert area["pdf_page"] == 1 and area["x0"] < 60 and 700 < area["y0"] < area["y1"] < 770  # the first line of the column
    frame = read_page(path).figures_frame()
    assert str(frame["pdf_page"].dtype) == "Int64" and frame["x0"].dtype == "float64"


def test_check_lines_of_a_pdf_page_name_the_place_on_the_page(tmp_path, capsys):
    """A reader's line numbers are nowhere on a PDF page: `xining check` names the box its figures were printed in."""
    path = _parks_pdf(tmp_path, "今年新建口袋公园12座，其中城东5座、城西7座，总面积达3.5万平方米。")
    frame = read_page(path).figures_frame()
    parts = frame[frame["text"].isin(["12座", "5座", "7座"]) & ~frame["in_headline"]]
    assert main(["check", str(path), "--lang", "en"]) == 0
    line = next(ln for ln in capsys.readouterr().out.splitlines() if "parts_and_whole" in ln)
    x0, y0, x1, y1 = (round(parts[c].agg(f)) for c, f in (("x0", "min"), ("y0", "min"), ("x1", "max"), ("y1", "max")))
    assert "PASS" in line and line.endswith(f"[page 1, x {x0}-{x1}, y {y0}-{y1}]") and 700 < y0 < y1 < 770
    assert main(["check", str(path)]) == 0
    assert f"（第1页 x {x0}-{x1}、y {y0}-{y1}）" in capsys.readouterr().out


def test_a_folder_mixes_text_and_pdf_pages(tmp_path, capsys):
    (tmp_path / "a.pdf").write_bytes(_two_pages())
    (tmp_path / "b.txt").write_text("河道治理工程完工\n\n本报讯（记者 张明）河道综合治理工程日前完工，沿岸十公里步道全线贯通。\n", "utf-8")
    assert main(["parse", str(tmp_path), "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)
    assert [Path(d["source"]).name for d in docs] == ["a.pdf#1", "a.pdf#2", "b.txt"]


def test_the_json_has_boxes_validates_and_is_deterministic(tmp_path):
    s = Sheet()
    s.text(40, 815, "2024年4月19日 星期五", 9)
    s.headline(40, 770, "城区新建十二座口袋公园")
    s.columns(["今年新建口袋公园12座，总面积达3.5万平方米，比上年增长20%。"] + CITY, [(40, 745, 250)])
    data = s.save()
    first = dumps(page_to_dict(parse(data)))
    assert first == dumps(page_to_dict(parse(data)))
    doc = json.loads(first)
    validate(doc)
    article = doc["articles"][0]
    assert len(article["boxes"]) == len(article["paragraphs"])
    boxes = [f["box"] for f in article["figures"] if not f["in_headline"]]
    assert boxes and all(b is not None and b[0] == 1 and b[1] < b[3] for b in boxes)
    assert all(round(v, 1) == v for b in boxes for v in b[1:])
    assert any(b["kind"] == "furniture" for b in doc["blocks"])
    from xining.io import page_from_dict

    assert dumps(page_to_dict(page_from_dict(doc))) == first


# --- the real pages --------------------------------------------------------------------------------------------------

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "realpages"


def _real_pages():
    return sorted(REAL.glob("*.gold.json")) if REAL.is_dir() else []


@pytest.mark.skipif(not _real_pages(), reason="../shared/realpages is not here")
def test_real_pages_articles_by_geometry():
    """Per paper, the share of gold articles whose body starts and ends as printed: at least 0.9."""
    by_paper: dict[str, list[int]] = {}
    for gold_path in _real_pages():
        gold = json.loads(gold_path.read_text("utf-8"))
        page = read_page(gold_path.with_name(gold_path.name.replace(".gold.json", ".pdf")))
        bodies = [body_of(a) for a in page.articles]
        tally = by_paper.setdefault(gold.get("newspaper", gold_path.name), [0, 0])
        for g in gold["articles"]:
            first = squeeze(g.get("first_32") or g["first_chars"])
            tally[0] += any(b.startswith(first) and b.endswith(squeeze(g["last_chars"])) for b in bodies)
            tally[1] += 1
        assert len(page.articles) == len(gold["articles"])
    for paper, (exact, total) in by_paper.items():
        assert exact / total >= 0.9, paper


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realpages is not here")
def test_real_notices_page_has_no_articles():
    for stem, outcome in json.loads((REAL / "EXPECT.json").read_text("utf-8")).items():
        if outcome == "zero_articles":
            assert read_page(REAL / f"{stem}.pdf").articles == ()
