"""The articles stage for blocks a PDF reader grouped by geometry: one stage (`articles.assemble`) for dumps and PDFs,
its `_by_group` branch honouring the groups. Composed blocks in, articles and kept blocks out."""
from __future__ import annotations

from xining.articles import assemble
from xining.model import Block, Box
from xining.pipeline import page_from_blocks

_line = [0]


def block(kind: str, text: str, group: int | None, lines: int = 1) -> Block:
    """A block as the PDF reader makes it: lines numbered in reading order, a box per line."""
    numbers = []
    for i in range(lines):
        _line[0] += 1
        numbers.append((i * len(text) // lines, _line[0]))
    boxes = tuple(Box(1, 10.0, 700.0 - n, 200.0, 710.0 - n) for _, n in numbers)
    return Block(kind, text, tuple(numbers), boxes, group)


def page_blocks() -> list[Block]:
    """Two articles, a group with a headline and no text, and blocks of no article."""
    return [
        block("furniture", "2024年3月5日 星期二", None),
        block("kicker", "春耕时节走田间", 7),
        block("headline", "新区粮食种植面积稳中有增", 7),
        block("byline", "■记者 张晓明 通讯员 李小红", 7),
        block("body", "今年全区粮食种植面积达到12.5万亩，比上年增加0.3万亩。", 7, lines=2),
        block("credit", "王五 摄", 7),
        block("body", "其中小麦8.1万亩，玉米4.4万亩。", 7),
        block("headline", "社区食堂开进老小区", 9),
        block("body", "本报讯（记者 赵六）家门口的社区食堂本月开张。", 9),
        block("trailer", "（作者为区民政局干部）", 9),
        block("headline", "图片新闻", 11),
        block("caption", "市民在公园赏花。", None),
        block("headline", "更多报道见第三版", None),
    ]


def test_pdf_blocks_take_the_one_articles_stage_by_group():
    asm = assemble(page_blocks(), by_geometry=True)
    assert [d.headline.text for d in asm.drafts] == ["新区粮食种植面积稳中有增", "社区食堂开进老小区"]
    first, second = asm.drafts
    assert [p.text for p in first.paragraphs] == ["今年全区粮食种植面积达到12.5万亩，比上年增加0.3万亩。", "其中小麦8.1万亩，玉米4.4万亩。"]
    assert (first.byline.reporters, first.byline.correspondents) == (("张晓明",), ("李小红",))
    assert second.paragraphs[0].kind == "lead" and second.byline.agency == "本报讯" and second.byline.reporters == ("赵六",)
    # Framing blocks stay on the page numbered with their article; a group without text and loose blocks are no article.
    assert [(b.kind, b.group) for b in asm.other] == [
        ("kicker", 1), ("byline", 1), ("credit", 1), ("trailer", 2),
        ("furniture", None), ("caption", None)]
    assert [h.text for h in asm.headlines] == ["更多报道见第三版", "图片新闻"]  # loose blocks, then groups without text


def test_a_pdf_page_without_groups_has_no_article_even_with_text_that_would_open_one_in_a_dump():
    blocks = [block("headline", "公告", None), block("byline", "■记者 张晓明", None),
              block("caption", "本报讯（记者 赵六）3月5日，新区召开会议。", None)]
    page = page_from_blocks(blocks, "p.pdf", "0" * 64)
    assert page.articles == ()
    assert [h.text for h in page.unassigned] == ["公告"]
    assert [b.kind for b in page.blocks] == ["byline", "caption"]


def test_page_from_blocks_numbers_articles_in_group_order_and_keeps_boxes():
    page = page_from_blocks(page_blocks(), "p.pdf", "0" * 64)
    assert [a.id for a in page.articles] == ["a1", "a2"]
    assert all(p.boxes and p.boxes[0].page == 1 for a in page.articles for p in a.paragraphs)
    assert page.credits == ()
    assert [b.text for b in page.blocks if b.group == 1] == ["春耕时节走田间", "■记者 张晓明 通讯员 李小红", "王五 摄"]
