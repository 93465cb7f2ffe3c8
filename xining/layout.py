"""From raw lines to paragraphs, headlines and credits: undoing the column layout of a PDF dump.

The decisions, in order:
1. each line is cleaned (spaces next to CJK go, justified lines collapse) and measured in
   display width (CJK = 1, ASCII = 0.5), so the local column width can be estimated;
2. runs of non-blank lines (chunks) are classed as photo credits, headlines or text;
3. text chunks are stitched into one stream: a chunk that does not end a sentence continues
   in the next text chunk (a column break), whatever stands between them;
4. the stream is cut into paragraphs where a sentence ends on a short line, where the next
   line is indented (about two characters short of the column), or where a byline, list item
   or section title begins.
"""
from __future__ import annotations

import bisect
import re
import statistics
from dataclasses import dataclass

from . import chinese as zh
from .chinese import display_width, to_simplified
from .lexicon import newspaper as lx
from .model import Credit, Headline, Paragraph

_CJK = f"[{zh.CJK_CHARS}]"
_SPACE_NEXT_TO_CJK = re.compile(rf"\s+(?={_CJK})|(?<={_CJK})\s+")
_SPACES = re.compile(r"\s+")
_SHORT_BY = 1.5  # a line this much narrower than expected is short
_INDENT = 2.0  # first lines of paragraphs lost a two-character indent


@dataclass(frozen=True)
class Line:
    number: int
    raw: str
    text: str
    width: float
    opens: bool = False  # begins with a byline, a staff byline or a list marker
    staff_byline: bool = False  # is a byline of its own (`本报记者 张三`)


def _line(number: int, raw: str) -> Line:
    text = clean_line(raw)
    if not text:
        return Line(number, raw, text, 0.0)
    simple = to_simplified(raw)
    staff = bool(lx.STAFF_BYLINE_RE.match(simple.strip()))
    return Line(number, raw, text, display_width(text), starts_block(simple, to_simplified(text)), staff)


@dataclass(frozen=True)
class Chunk:
    lines: tuple[Line, ...]
    kind: str  # text | headline | credit

    @property
    def text(self) -> str:
        return join_lines([ln.text for ln in self.lines])


@dataclass(frozen=True)
class Layout:
    paragraphs: tuple[Paragraph, ...]
    raw_heads: tuple[str, ...]  # each paragraph's first two raw lines, spaces kept (for bylines)
    after_gap: tuple[bool, ...]  # a headline or credit stands between it and the previous paragraph
    headlines: tuple[Headline, ...]
    credits: tuple[Credit, ...]


def clean_line(raw: str) -> str:
    """Strip PDF spacing artifacts from one line, keeping single spaces between Latin or digits."""
    text = raw.replace("\u3000", " ").replace("\u00a0", " ").strip()
    if " " not in text and "\t" not in text:
        return text
    tokens = text.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.75 * len(tokens):
        return "".join(tokens)  # a justified line: every character spread apart
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    return _SPACES.sub(" ", text)


def _needs_space(left: str, right: str) -> bool:
    """Wrapped lines join with no space, except between two Latin letters (a word wrapped at the margin)."""
    return bool(left and right) and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha()


def join_lines(parts: list[str]) -> str:
    out: list[str] = []
    for part in parts:
        if out and _needs_space(out[-1], part):
            out.append(" ")
        out.append(part)
    return "".join(out)


def layout(text: str, numbers: list[int] | None = None) -> Layout:
    """Paragraphs, headlines and credits of a page; `numbers` gives each line's raw line number (default 1, 2, …)."""
    raws = text.split("\n")
    lines = [_line(n, raw) for n, raw in zip(numbers or range(1, len(raws) + 1), raws)]
    chunks = _classify(_chunks(lines))
    col = _column_widths(chunks)
    groups, after_gap = _paragraph_lines(chunks, col)
    paragraphs = tuple(_paragraph(g, col) for g in groups)
    heads = tuple(" ".join(ln.raw.strip() for ln in g[:2]) for g in groups)
    headlines = tuple(Headline(c.text, c.lines[0].number, c.lines[-1].number) for c in chunks if c.kind == "headline")
    credits = tuple(cr for c in chunks if c.kind == "credit" for cr in _credits(c))
    return Layout(paragraphs, heads, tuple(after_gap), headlines, credits)


# --- chunks ----------------------------------------------------------------------------
def _chunks(lines: list[Line]) -> list[list[Line]]:
    chunks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            chunks.append(current)
            current = []
    if current:
        chunks.append(current)
    return chunks


def _classify(raw_chunks: list[list[Line]]) -> list[Chunk]:
    out: list[Chunk] = []
    prev_text_ends_mid = False
    for lines in raw_chunks:
        for chunk in _split_leading_headline(lines):
            kind = _chunk_kind(chunk.lines, prev_text_ends_mid)
            out.append(Chunk(chunk.lines, kind))
            if kind == "text":
                prev_text_ends_mid = not _ends_unit(chunk.lines[-1].text)
    return out


def _split_leading_headline(lines: list[Line]) -> list[Chunk]:
    """A headline printed directly above its byline lead, with no blank line, is its own chunk."""
    for k in range(1, min(4, len(lines))):
        if lines[k].opens and looks_like_headline(join_lines([ln.text for ln in lines[:k]])):
            return [Chunk(tuple(lines[:k]), "headline"), Chunk(tuple(lines[k:]), "text")]
    return [Chunk(tuple(lines), "text")]


def _chunk_kind(lines: tuple[Line, ...], prev_text_ends_mid: bool) -> str:
    text = join_lines([ln.text for ln in lines])
    if all(is_credit(ln.text) for ln in lines):  # every line a credit: each dropped line is reported
        return "credit"
    if len(lines) <= 3 and looks_like_headline(text) and not lines[0].opens:
        # After a sentence cut by a column break, a comma-bearing line is its continuation.
        if not (prev_text_ends_mid and any(c in text for c in "，,、")):
            return "headline"
    return "text"


def looks_like_headline(text: str) -> bool:
    text = to_simplified(text)
    return (
        0 < display_width(text) <= 60
        and not any(c in text for c in lx.INTERNAL_HEADLINE_BREAKERS)
        and not text.endswith(tuple(zh.CLAUSE_PUNCT))
        and not re.search(r"[。.][”’」』）)】》]*$", text)  # headlines never end with a full stop
        and not lx.DATE_LEAD_RE.match(text)
        and not lx.LIST_MARKER_RE.match(text)
    )


def is_credit(text: str) -> bool:
    text = to_simplified(text)
    rest = lx.CREDIT_UNIT_RE.sub("", text.replace(" ", ""))
    return text != "" and rest.strip(lx.CREDIT_SEPARATORS) == "" and lx.CREDIT_UNIT_RE.search(text) is not None


def _credits(chunk: Chunk) -> list[Credit]:
    credits = []
    for line in chunk.lines:
        printed = line.text.replace(" ", "")
        for m in lx.CREDIT_UNIT_RE.finditer(to_simplified(printed)):
            name = printed[m.start("name"):m.end("name")] if m.group("name") else None
            credits.append(Credit(name, printed[m.start():m.end()], line.number))
    return credits


def starts_block(raw: str, clean: str | None = None) -> bool:
    """A byline lead, a staff byline or a list marker opens a new paragraph whatever precedes it."""
    text = raw.strip()
    return _has_agency(text) or bool(
        lx.STAFF_BYLINE_RE.match(text) or lx.LIST_MARKER_RE.match(clean if clean is not None else clean_line(text))
    )


def _has_agency(text: str) -> bool:
    m = lx.BYLINE_LEAD_RE.match(text)
    return bool(m and (m.group("bracketed") or m.group("agency") or m.group("wire")))


def _ends_unit(text: str) -> bool:
    return zh.ends_sentence(text) or zh.ends_title(text)


# --- column width ----------------------------------------------------------------------
def _column_widths(chunks: list[Chunk]) -> dict[int, float]:
    """Each text line's local column width: the median width of full body lines within 12 lines."""
    body = [ln for c in chunks if c.kind == "text" for ln in c.lines[:-1]]  # last lines run short
    everything = [ln for c in chunks if c.kind == "text" for ln in c.lines]
    if not body:
        body = everything
    numbers = [b.number for b in body]
    col: dict[int, float] = {}
    for ln in everything:
        lo = bisect.bisect_left(numbers, ln.number - 12)
        hi = bisect.bisect_right(numbers, ln.number + 12)
        window = [b.width for b in body[lo:hi]] or [ln.width]
        col[ln.number] = statistics.median(window)
    return col


# --- paragraphs ------------------------------------------------------------------------
def _paragraph_lines(chunks: list[Chunk], col: dict[int, float]) -> tuple[list[list[Line]], list[bool]]:
    groups: list[list[Line]] = []
    after_gap: list[bool] = []
    prev: Line | None = None
    gap = False
    for chunk in chunks:
        if chunk.kind != "text":
            gap = bool(groups)
            continue
        for j, line in enumerate(chunk.lines):
            nxt = chunk.lines[j + 1] if j + 1 < len(chunk.lines) else None
            if prev is None:
                new = True
            elif j == 0:  # across a blank line (or a headline or credit): a column break unless a unit ended
                titled = zh.ends_title(prev.text) and prev.width <= col[prev.number] - _SHORT_BY
                new = zh.ends_sentence(prev.text) or titled or line.opens or prev.staff_byline
            else:
                new = _breaks_between(prev, line, nxt, col, prev_opens=len(groups[-1]) == 1)
            if new:
                groups.append([line])
                after_gap.append(gap)
            else:
                groups[-1].append(line)
            gap = False
            prev = line
    return groups, after_gap


def _breaks_between(prev: Line, line: Line, nxt: Line | None, col: dict[int, float], prev_opens: bool) -> bool:
    """Does a paragraph end between `prev` and `line` (same chunk)? `prev_opens`: prev is a first line."""
    if line.opens or prev.staff_byline:
        return True
    expected = col[prev.number] - (_INDENT if prev_opens else 0)
    prev_short = prev.width <= expected - _SHORT_BY
    if zh.ends_title(prev.text) and prev_short:
        return True
    if not zh.ends_sentence(prev.text):
        return False
    indented = nxt is not None and line.width <= col[line.number] - _SHORT_BY and not zh.ends_sentence(line.text)
    return prev_short or indented


def _paragraph(lines: list[Line], col: dict[int, float]) -> Paragraph:
    parts: list[str] = []
    line_map: list[tuple[int, int]] = []
    length = 0
    for ln in lines:
        if parts and _needs_space(parts[-1], ln.text):
            parts.append(" ")
            length += 1
        line_map.append((length, ln.number))
        parts.append(ln.text)
        length += len(ln.text)
    text = "".join(parts)
    return Paragraph(text, _paragraph_kind(lines, text, col), lines[0].number, lines[-1].number, tuple(line_map))


def _paragraph_kind(lines: list[Line], text: str, col: dict[int, float]) -> str:
    head = to_simplified(" ".join(ln.raw.strip() for ln in lines[:2]))
    if lines[0].staff_byline:
        return "byline"
    if lx.BYLINE_LEAD_RE.match(head) and _has_agency(head):
        return "lead"
    if lx.LIST_MARKER_RE.match(to_simplified(text)):
        return "list_item"
    short = lines[0].width <= col[lines[0].number] - _SHORT_BY
    if len(lines) == 1 and short and (zh.ends_title(text) or not any(c in text for c in zh.SENTENCE_FINAL + zh.CLAUSE_PUNCT)):
        return "section_title"
    return "body"
