"""From paragraphs to articles: where one article ends and the next begins.

An article starts at a byline (`本报讯（记者 X）`, `本报记者 X`). Unsigned articles, such as
daily bulletins, start at a dateline lead (`3月25日，`) when the article before them has no
byline itself (bulletins follow bulletins), when a headline or credit stands between them and
the previous paragraph, or when the lead shares little vocabulary with the article so far.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .bylines import byline_of_blocks, parse_byline
from .chinese import is_han, to_simplified
from .layout import Layout
from .lexicon import newspaper as lx
from .model import Block, Byline, Headline, Paragraph

#: Below this share of a lead's character bigrams found in the article so far, the lead opens a new topic.
NEW_TOPIC_COHESION = 0.1


@dataclass
class Draft:
    byline: Byline | None
    paragraphs: list[Paragraph] = field(default_factory=list)
    dated_lead: bool = False

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.paragraphs)


def assemble(lay: Layout) -> list[Draft]:
    drafts: list[Draft] = []
    for para, head, gap in zip(lay.paragraphs, lay.raw_heads, lay.after_gap):
        current = drafts[-1] if drafts else None
        if para.kind in ("lead", "byline"):
            if current is not None and current.paragraphs and _only_byline(current):
                current.paragraphs.append(para)  # `本报记者 X` on its own line, then the lead
                continue
            drafts.append(Draft(parse_byline(head), [para]))
        elif current is None or _opens_new_article(para, current, gap):
            drafts.append(Draft(None, [para], dated_lead=bool(lx.DATE_LEAD_RE.match(to_simplified(para.text)))))
        else:
            current.paragraphs.append(para)
    return drafts


def _only_byline(draft: Draft) -> bool:
    return len(draft.paragraphs) == 1 and draft.paragraphs[0].kind == "byline"


def _opens_new_article(para: Paragraph, current: Draft, after_gap: bool) -> bool:
    if para.kind != "body" or not lx.DATE_LEAD_RE.match(to_simplified(para.text)):
        return after_gap and para.kind == "body" and cohesion(para.text, current.text) < NEW_TOPIC_COHESION
    return current.byline is None or after_gap or cohesion(para.text, current.text) < NEW_TOPIC_COHESION


def bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if is_han(text[i]) and is_han(text[i + 1])}


def cohesion(text: str, context: str) -> float:
    """Share of the text's Han bigrams that the context already uses."""
    grams = bigrams(text)
    return len(grams & bigrams(context)) / len(grams) if grams else 1.0


#: Block kinds that are an article's paragraphs; the others (headline, kicker, trailer…) frame it or stand apart.
PARAGRAPH_KINDS = ("lead", "body", "list_item", "section_title")


@dataclass
class GroupedArticle:
    """An article whose blocks were grouped by the page's geometry (a PDF): its draft, headline and framing blocks."""

    draft: Draft
    headline: Headline | None
    framing: list[Block]


def assemble_groups(blocks: Sequence[Block]) -> tuple[list[GroupedArticle], list[Block]]:
    """Honour `Block.group`: the blocks of one group form one article, in the order given.

    Paragraph blocks are its paragraphs; a headline block is its headline; byline and trailer blocks feed its
    byline; kickers, subtitles and trailers are kept as its framing. A group without paragraphs is no article:
    its blocks are returned with the page's other blocks (those without a group).
    """
    by_group: dict[int, list[Block]] = {}
    loose: list[Block] = []
    for b in blocks:
        (by_group.setdefault(b.group, []) if b.group is not None else loose).append(b)
    articles: list[GroupedArticle] = []
    for members in by_group.values():
        paras = [_paragraph(b) for b in members if b.kind in PARAGRAPH_KINDS]
        if not paras:
            loose.extend(members)
            continue
        heads = [b for b in members if b.kind == "headline"]
        headline = Headline(" ".join(b.text for b in heads), heads[0].lines[0][1], heads[-1].lines[-1][1]) if heads else None
        byline = byline_of_blocks([b.text for b in members if b.kind in ("byline", "trailer")], paras[0].text)
        if byline is not None and lx.BYLINE_LEAD_RE.match(to_simplified(paras[0].text)):
            paras[0] = replace(paras[0], kind="lead")
        articles.append(GroupedArticle(Draft(byline, paras), headline, [b for b in members if b.kind not in PARAGRAPH_KINDS]))
    return articles, loose


def _paragraph(b: Block) -> Paragraph:
    numbers = [n for _, n in b.lines] or [1]
    return Paragraph(b.text, b.kind, numbers[0], numbers[-1], b.lines, b.boxes)
