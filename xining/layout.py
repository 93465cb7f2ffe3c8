"""From raw lines to typed blocks: undoing the column layout of a PDF text dump.

The decisions, in order:
0. once per page: are the lines wrapped at a column (a PDF dump) or whole paragraphs (an archive, a web page,
   copy-paste)? With whole paragraphs each line stands alone and the column rules (3, 4, column widths) do not apply;
1. each line is cleaned (spaces next to CJK go, justified lines collapse) and measured in
   display width (CJK = 1, ASCII = 0.5); page furniture (page number, date, editors, contact
   lines, and the short labels that sit with them at the top) is set aside wherever it stands;
2. runs of non-blank lines (chunks) are split where a byline line stands (`■记者 X`, `本报记者 X`,
   a lone signature `陈晓明`), and classed as photo credits, headlines, bylines or text;
3. fragment lines (one to three characters, a lone quoted phrase) that typesetting put apart
   are rejoined with their neighbours when together they fit the column;
4. text chunks are stitched into one stream: a chunk that does not end a sentence continues
   in the next text chunk (a column break), whatever headline or credit stands between them, unless
   a signature under a headline opens another article; after columns interleaved line by line, the
   bottoms of the longer columns go before the line that ended the shortest;
5. the stream is cut into paragraphs where a sentence ends on a short line, where the next
   line is indented, where a byline, list item, trailer or section title begins.
The result is a sequence of `Block`s in dump order, with no `group`: the articles stage decides.
"""
from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import numpy as np

from . import chinese as zh
from .chinese import display_width, to_simplified
from .lexicon import newspaper as lx
from .model import Block, Credit, Headline, Paragraph

_CJK = f"[{zh.CJK_CHARS}]"
#: Spaces before or after a CJK character: `\s+(?=CJK)|(?<=CJK)\s+`, written to open with the space (a pattern that opens
#: with a character class is scanned for it in C; one that opens with a lookbehind is tried at every position).
_SPACE_NEXT_TO_CJK = re.compile(rf"\s(?:\s*(?={_CJK})|(?<={_CJK}\s)\s*)")
_SPACES = re.compile(r"\s+")
_SHORT_BY = 1.5  # a line this much narrower than expected is short
_INDENT = 2.0  # first lines of paragraphs lost a two-character indent
_FRAGMENT = 3.0  # a line this narrow is a piece of a line
_CLEARLY_SHORT = 4.0  # a line this much narrower than its column ends a paragraph, whatever its last mark
_HAN_NAME = re.compile(rf"[{zh.HAN}]+")
_TOP_LABEL = re.compile(rf"^[{zh.HAN}]{{2,6}}$")


class Line(NamedTuple):
    """One printed line (or pieces of one rejoined), measured once. A NamedTuple: a page makes hundreds."""

    number: int
    raw: str
    text: str
    width: float
    opens: bool = False  # begins with a byline, a staff byline, a list marker or a trailer
    staff_byline: bool = False  # is a byline of its own (`本报记者 张三`, `■记者 X`, `陈晓明`)
    parts: tuple[tuple[int, int], ...] = ()  # (offset, raw line) of each raw line joined into this one
    simple: str = ""  # the cleaned text in simplified characters, for the lexicons (computed once)
    simple_raw: str = ""  # the raw line in simplified characters, spaces kept


#: `Line(...)` without the Python-level `__new__` of a NamedTuple (every field given): a page makes hundreds of lines.
_new_line = functools.partial(tuple.__new__, Line)


def _line(number: int, raw: str, simple_raw: str) -> Line:
    if not raw:
        return _new_line((number, raw, raw, 0.0, False, False, (), "", ""))  # a blank line (as `clean_line` would make it)
    if raw is simple_raw or raw == simple_raw:
        if raw.isprintable() and " " not in raw and _HINT.search(raw) is None:
            # Most lines: no space of any kind (nothing to clean), simplified already, neither a role nor a lead's hint.
            opens = lx.LIST_MARKER_RE.match(raw) is not None or raw[:1] in _BRACKETS_OPEN and _trailer_start(raw)
            return _new_line((number, raw, raw, display_width(raw), opens, False, ((0, number),), raw, raw))
    text = clean_line(raw)
    if not text:
        return _new_line((number, raw, text, 0.0, False, False, (), "", ""))
    if " " in simple_raw:
        simple_raw = _closed_up(simple_raw)
    simple = to_simplified(text) if simple_raw != raw else text
    hint = _HINT.search(simple_raw) is not None  # most lines have neither a role word nor a lead's: one search tells
    role = hint and _ROLE_HINT.search(simple_raw) is not None
    if role and " " in simple_raw:
        simple_raw = _close_names(simple_raw)
    staff = role and is_byline_line(simple_raw) and not is_credit(simple)
    return _new_line((number, raw, text, display_width(text), _opens(simple_raw, simple, role, hint), staff, ((0, number),),
                      simple, simple_raw))


class Chunk(NamedTuple):
    lines: tuple[Line, ...]
    kind: str  # text | headline | kicker | subtitle | section_title | credit | byline | name_piece | furniture | caption | ad


def clean_line(raw: str) -> str:
    """Strip PDF spacing artifacts from one line, keeping single spaces between Latin or digits."""
    text = raw.replace("\u3000", " ").replace("\u00a0", " ").strip()
    if " " not in text and "\t" not in text:
        return text
    tokens = text.split()
    if _justified(tokens):
        return "".join(tokens)  # a justified line: every character spread apart
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    return _SPACES.sub(" ", text)


def _justified(tokens: list[str]) -> bool:
    return len(tokens) >= 4 and list(map(len, tokens)).count(1) >= 0.75 * len(tokens)  # (counted in C)


def _closed_up(raw: str) -> str:
    """A line whose spaces spread every character apart, without them (they separate no words or names)."""
    return "".join(raw.split()) if " " in raw and _justified(raw.split()) else raw


#: Two or three single Han characters set apart by single spaces, between spaces or brackets: one letter-spaced name
#: (`通讯员 何 娟`, `本报记者 罗文 杨 文 国`); names are two characters at least, so no run of them is two names.
_SPACED_NAME = re.compile(rf"(?:(?<=[\s（(【])|^)[{zh.HAN}](?:[ \u3000][{zh.HAN}])+(?=[\s）)】]|$)")


def _close_names(raw: str) -> str:
    """A byline's letter-spaced names closed up (`记者 李 华` → `记者 李华`), the spaces between names kept; a run of four
    or more single characters (two names? one?) is left as printed."""
    return _SPACED_NAME.sub(lambda m: m.group().replace(" ", "").replace("\u3000", "") if len(m.group()) <= 5 else m.group(), raw)


def _needs_space(left: str, right: str) -> bool:
    """Wrapped lines join with no space, except between two Latin letters (a word wrapped at the margin)."""
    return bool(left and right) and left[-1].isascii() and left[-1].isalpha() and right[0].isascii() and right[0].isalpha()


#: Two Latin letters meeting at a line break: the one place wrapped lines join with a space.
#: (The newline comes first, the letter before it looked behind: a literal first is found by a fast scan.)
_WRAPPED_WORD = re.compile("\n(?<=[A-Za-z]\n)[A-Za-z]")


def join_lines(parts: list[str]) -> str:
    joined = "\n".join(parts)
    if _WRAPPED_WORD.search(joined) is None:
        return joined.replace("\n", "")
    out: list[str] = []
    for part in parts:
        if out and _needs_space(out[-1], part):
            out.append(" ")
        out.append(part)
    return "".join(out)


def layout(text: str, numbers: list[int] | None = None) -> tuple[Block, ...]:
    """The page's blocks in dump order; `numbers` gives each line's raw line number (default 1, 2, …)."""
    raws = text.split("\n")
    lines = [_line(n, raw, simple) for n, raw, simple in zip(numbers or range(1, len(raws) + 1), raws, zh.to_simplified_lines(raws))]
    if _TAIL_IN_RAW.search(text) is not None and any(ln.text.endswith(_TAIL_ENDS) for ln in lines):
        lines = _split_jumps(lines)
    whole = whole_paragraphs(lines)
    if whole:
        lines = _split_trailers(lines)
    runs = _paragraph_runs(_chunks(lines)) if whole else _chunks(lines)
    chunks = _classify(_split_openers(_set_aside_tables(_set_aside_furniture(runs))))
    if whole:  # no columns: nothing interleaved, no fragment of a line
        col = _column_widths(chunks)
        return tuple(_blocks(chunks, col, whole))
    chunks = _column_bottoms_first(chunks)
    col = _column_widths(chunks)
    rejoined = [_rejoin_fragments(c, col) if c.kind == "text" else c for c in chunks]
    if any(a is not b for a, b in zip(rejoined, chunks)):
        chunks, col = rejoined, _column_widths(rejoined)
    return tuple(_blocks(chunks, col))


# --- lines wrapped at a column, or whole paragraphs ------------------------------------------------------------
#: A line this wide is beyond any newspaper column a dump keeps (columns run 10 to 30 characters wide).
BEYOND_COLUMN = 40.0
#: Lines narrower than this are left out of the evidence (titles, names, page numbers).
_EVIDENCE_WIDTH = 8.0
#: Of the lines that hold a sentence mark, at most this share may break off mid-clause on a page of whole paragraphs
#: (on a dump the lines inside a paragraph do: 79% to 94% of them on real newspaper pages, 38% or more on composed ones).
WHOLE_MID_SHARE = 0.25
_SENTENCE_MARK_RE = re.compile(f"[{re.escape(zh.SENTENCE_FINAL)}，,；;、]")
#: How a line that ends a sentence, a trailer or a quote ends: the cheap test, one character per line.
_ENDS = frozenset(zh.SENTENCE_FINAL + zh.CLOSERS)


def whole_paragraphs(lines: Sequence[Line]) -> bool:
    """Are the page's lines whole paragraphs (text kept by an archive, a web page, copy-paste out of a viewer) rather than
    lines a PDF tool broke at a column's width? Evidence over the page: nearly every line that holds a sentence ends one
    (few break off mid-clause), and the lines are not set to one width (some run far beyond any column, or their widths
    spread). A dump of a newspaper breaks most of its lines mid-clause at one width."""
    wide = [ln for ln in lines if ln.width >= _EVIDENCE_WIDTH]
    if len(wide) < 3 or 2 * len([ln for ln in wide if ln.text[-1] in _ENDS]) < len(wide):
        return False  # most lines run on (the common case, decided by one character a line)
    sentences = [ln for ln in wide if _SENTENCE_MARK_RE.search(ln.text) is not None]  # (a title's colon is none)
    if len(sentences) < 3:
        return False
    mid = sum(not (zh.ends_sentence(ln.text) or zh.ends_title(ln.text) or ln.text.endswith(_BRACKETS_CLOSE)) for ln in sentences)
    if mid > WHOLE_MID_SHARE * len(sentences):
        return False
    widths = sorted(ln.width for ln in sentences)
    median = widths[len(widths) // 2]
    at_one_width = sum(abs(w - median) <= _SHORT_BY for w in widths) >= 0.5 * len(widths)
    return widths[-1] > BEYOND_COLUMN or not at_one_width


#: A run of spaces this long sets two columns apart on one line (`pdftotext -layout`).
_COLUMN_GAP = re.compile(r"[ \t]{3,}")
#: Each side of a gap holds a column's line, at least this wide (a table's cells are narrower: a unit, a number).
_SIDE_WIDTH = 6.0
#: Lines holding columns side by side make at least this share of the page's lines (0.31 to 0.90 on real pages
#: dumped with `-layout`; none on a plain dump).
SIDE_BY_SIDE_SHARE = 0.25


def side_by_side(text: str) -> bool:
    """Columns printed side by side on each line, set apart by runs of spaces (`pdftotext -layout`): no line is one
    column's text, so nothing here can read the page. A few aligned lines (a table's rows) are not enough."""
    if "   " not in text and "\t" not in text:  # (the common case: one scan in C)
        return False
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    cut = 0
    for ln in lines:
        if _COLUMN_GAP.search(ln) is not None:
            cut += len([s for s in _COLUMN_GAP.split(ln) if display_width(s) >= _SIDE_WIDTH]) >= 2
    return cut >= 4 and cut >= SIDE_BY_SIDE_SHARE * len(lines)


def _split_trailers(lines: list[Line]) -> list[Line]:
    """A trailer printed after the last full stop of a whole paragraph (`…短板。（记者 王明）`) stands on a line of its own
    (the same line number), as a dump prints it: it signs the article, it is not its text."""
    out: list[Line] = []
    for ln in lines:
        raw = ln.raw.rstrip()
        k = max(raw.rfind("（"), raw.rfind("(")) if raw.endswith(_BRACKETS_CLOSE) else -1
        head, tail = raw[:k], raw[k:]
        if k > 0 and zh.ends_sentence(head.rstrip()) and _trailer_start(to_simplified(clean_line(tail))):
            out += [_line(ln.number, head, to_simplified(head)), _line(ln.number, tail, to_simplified(tail))]
        else:
            out.append(ln)
    return out


_BRACKETS_CLOSE = ("）", ")")


def _paragraph_runs(chunks: list[list[Line]]) -> list[list[Line]]:
    """On a page of whole paragraphs each line stands alone, as if a blank line followed it; only title lines in a row
    (a kicker over its headline), a credit under its caption and a bare dateline over its names stay together."""
    out: list[list[Line]] = []
    for lines in chunks:
        run = [lines[0]]
        credits = [ln.text.endswith(_CREDIT_ENDS) and is_credit(ln.text) for ln in lines]
        for k, (prev, ln) in enumerate(zip(lines, lines[1:])):
            title = not credits[k] and not credits[k + 1] and not prev.opens and _is_title_text(ln) and looks_like_headline(
                prev.text, prev.simple)
            if not (title or credits[k + 1] and not credits[k] or _bare_dateline(prev)):
                out.append(run)
                run = []
            run.append(ln)
        out.append(run)
    return out


#: How a jump line ends (`（下转第3版）`): the cheap test before the pattern.
_JUMP_ENDS = ("版）", "版)")
#: ... and how a jump line or an end mark (`（完）`) printed at the end of a line of text ends.
_TAIL_ENDS = _JUMP_ENDS + ("完）", "完)")
#: Where a line can end so in the page as printed (cleaning takes out spaces only): one scan of the page, which finds
#: none on most pages, spares looking at the end of every line.
_TAIL_IN_RAW = re.compile("|".join(r"\s*".join(map(re.escape, end)) for end in _TAIL_ENDS))


def _split_jumps(lines: list[Line]) -> list[Line]:
    """A jump line or an end mark printed after the last characters of a line (`…短板。（下转第3版）`, `…短板。（完）`)
    stands on a line of its own (the same line number): page furniture or a trailer, never the article's text."""
    out: list[Line] = []
    for ln in lines:
        simple = zh.to_simplified(ln.raw) if ln.text.endswith(_TAIL_ENDS) else ""  # (one to one: offsets kept)
        m = lx.JUMP_TAIL_RE.search(simple) if simple else None
        if m is None or not simple[:m.start()].strip():
            out.append(ln)
            continue
        head, tail = ln.raw[:m.start()], ln.raw[m.start():]
        out += [_line(ln.number, head, zh.to_simplified(head)), _line(ln.number, tail, zh.to_simplified(tail))]
    return out


def is_jump(text: str) -> bool:
    """A jump line (`（下转第3版）`, `（上接第1版）`)."""
    return lx.JUMP_RE.match(text.replace(" ", "")) is not None


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


def is_furniture(simple: str, alone: bool = False) -> bool:
    """Editors, contact lines, a date with its weekday: the page's, never an article's. `alone`: the line is
    at the top of the page or a chunk of its own, where a bare page number or date is furniture too.
    `simple`: the line in simplified characters."""
    if _furniture_line(simple):
        return True
    simple = simple.replace(" ", "")
    return alone and (bool(lx.FURNITURE_RE.match(simple)) or simple in lx.COLUMN_LABELS
                      or len(simple) <= 6 and simple.endswith(lx.BRIEF_LABELS))


def _furniture_line(simple: str) -> bool:
    """Furniture wherever it stands: an editor's line, a contact line, a date with its weekday."""
    return lx.FURNITURE_LINE_RE.match(simple.replace(" ", "") if " " in simple else simple) is not None


def _set_aside_furniture(chunks: list[list[Line]]) -> list[tuple[str, list[Line]]]:
    """Furniture lines become chunks of their own; the short labels at the top of the page go with them."""
    out: list[tuple[str, list[Line]]] = []
    top = True
    for i, lines in enumerate(chunks):
        alone = top or len(lines) == 1
        furn = [is_furniture(ln.simple, True) for ln in lines] if alone else [_furniture_line(ln.simple) for ln in lines]
        if not alone and any(furn):  # a page number or bare date printed against an editor's line is furniture too
            furn = [f or ((k > 0 and furn[k - 1]) or (k + 1 < len(furn) and furn[k + 1])) and is_furniture(ln.simple, alone=True)
                    for k, (f, ln) in enumerate(zip(furn, lines))]
        if top and all(f or _is_label(ln) for f, ln in zip(furn, lines)) and not (
                not any(furn) and _opens_photo_item(chunks[i + 1:i + 2], lines[-1])):
            out.append(("furniture", lines))
            continue
        if top and out and len(lines) == 1 and _TOP_LABEL.match(lines[0].text) and _all_furniture(chunks[i + 1:i + 2]):
            out.append(("furniture", lines))  # a section name that reads like a name (`区县`), between page furniture
            continue
        top = False
        if not any(furn):  # (most chunks: nothing to set aside)
            out.append(("", list(lines)))
            continue
        run: list[Line] = []
        for f, ln in zip(furn, lines):
            if f:
                if run:
                    out.append(("", run))
                    run = []
                out.append(("furniture", [ln]))
            else:
                run.append(ln)
        if run:
            out.append(("", run))
    # Labels at the top are furniture only when real furniture stands among them.
    first_text = next((i for i, (k, _) in enumerate(out) if k != "furniture"), len(out))
    if not any(is_furniture(ln.simple, alone=True) for _, ls in out[:first_text] for ln in ls):
        out = [("", ls) if i < first_text else (k, ls) for i, (k, ls) in enumerate(out)]
    return out


#: A table's header is among its first lines (its title above it).
_TABLE_HEAD_LINES = 6
_TABLE_HEADS = frozenset(lx.TABLE_HEADS)
_TABLE_HEAD_STARTS = frozenset(h[:2] for h in lx.TABLE_HEADS)  # the cheap test: few lines of text open so
_DIGIT = re.compile(r"\d")


def _set_aside_tables(chunks: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """A statistics table dumped line by line (a title, a header of column heads, rows of names and numbers, the cells on
    one line or each on its own) is a `table` chunk: kept on the page, never text, a headline or a signature (`单位`)."""
    return [("table", lines) if not kind and len(lines) >= 4 and _is_table(lines) else (kind, lines) for kind, lines in chunks]


def _is_table(lines: list[Line]) -> bool:
    """Two column heads among the first lines (on one line or on two), numbers in at least two lines, no sentence."""
    heads = 0
    for ln in lines[:_TABLE_HEAD_LINES]:
        if ln.text[:2] not in _TABLE_HEAD_STARTS:
            continue
        cells = ln.simple_raw.split()
        if all(c in _TABLE_HEADS for c in cells):
            heads += len(cells)
    if heads < 2:
        return False
    if any(c in ln.text for ln in lines for c in "，。；"):
        return False
    return sum(_DIGIT.search(ln.text) is not None for ln in lines) >= 2


def _opens_photo_item(chunks: list[list[Line]], title: Line) -> bool:
    """Is the chunk after `title` (at most one blank line under it) a photo-news item's text: a report's lead (`6月10日，`,
    `近日，`) closed by a photo credit? The short title at the top of the page is then its headline, no section name."""
    if not chunks or chunks[0][0].number - title.number > _PHOTO_HEAD_GAP or not _REPORT_LEAD_RE.match(chunks[0][0].simple):
        return False
    last = chunks[0][-1]
    m = _INLINE_CREDIT.match(last.text)
    return is_credit(last.text) or m is not None and is_credit(m.group("credit"))


def _all_furniture(chunks: list[list[Line]]) -> bool:
    return bool(chunks) and all(is_furniture(ln.simple, alone=True) for lines in chunks for ln in lines)


def _is_label(line: Line) -> bool:
    return bool(_TOP_LABEL.match(line.text)) and not is_name_line(line.raw)


#: A lone signature is at most this wide (four characters): wider lines need not be read as one.
_NAME_WIDTH = 4.0


def is_name_line(raw: str) -> bool:
    """A lone signature: a surname and one to two characters (`陈晓明`, `林 立`, after a byline mark: `■ 陈晓明`, a column's
    signature), or a compound surname and one or two."""
    text = raw.replace(" ", "").replace("\u3000", "").strip().lstrip(lx.BYLINE_MARKS)
    if not 2 <= len(text) <= 4:
        return False
    text = to_simplified(text)
    if not _HAN_NAME.fullmatch(text) or is_credit(text):
        return False
    if text[:2] in lx.COMPOUND_SURNAMES and 3 <= len(text) <= 4:
        return True
    return 2 <= len(text) <= 3 and text[0] in lx.SURNAMES


def is_name_piece(raw: str) -> bool:
    """One character of a signature set apart from the rest (vertical bylines: `林` … `立`)."""
    text = raw.strip()
    return len(text) == 1 and zh.is_han(text)


def is_byline_line(simple: str) -> bool:
    """A byline standing on its own line: `■记者 X 通讯员 Y`, `本报记者 X`, `<outlet>记者 X/文`; a box's label that reads
    like one (`■记者手记`) is none."""
    text = simple.strip()
    m = lx.STAFF_BYLINE_RE.match(text)
    if m is not None and is_box_label(text):
        return False
    return m is not None and (bool(m.group("agency")) or bool(lx.STAFF_BYLINE_EVIDENCE_RE.match(text)))


def _split_openers(chunks: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """Byline lines, lone signatures and single name characters stand apart; title lines above them are a headline.
    A byline line takes with it the next line when that is the rest of its last name (`■记者 杨红` / `洋`)."""
    out: list[tuple[str, list[Line]]] = []
    for kind, lines in chunks:
        if kind:
            out.append((kind, lines))
            continue
        start = 0
        for k, ln in enumerate(lines):
            if ln.width > _NAME_WIDTH and not ln.staff_byline:
                continue  # the common case: too wide for a signature or a piece of one
            if ln.width <= 2 and k and _name_rest(lines[k - 1], ln):  # (looked for from the narrow line: most have none)
                by = lines[k - 1]
                if start == k and out and out[-1][0] == "byline" and out[-1][1] == [by]:
                    out[-1] = ("byline", [by, ln])  # a byline line already set apart: its name goes on here
                    start = k + 1
                    continue
                if start <= k - 1:  # a line that is a byline line with the rest of its name
                    _title_above(out, lines[start:k - 1])
                    out.append(("byline", [by, ln]))
                    start = k + 1
                    continue
            name = ln.width <= _NAME_WIDTH and is_name_line(ln.raw)
            sig = ln.staff_byline or (name and (k == len(lines) - 1 or k > 0 and _title_run(lines[start:k])))
            piece = ln.width <= 1 and is_name_piece(ln.raw) and (k == 0 or k == len(lines) - 1 or _title_run(lines[start:k]))
            if piece and k > start and not zh.ends_sentence(lines[k - 1].text) and not _title_run(lines[start:k]):
                piece = False  # the last character of a sentence cut there (`…一季度全市` / `经`, a column or jump line after)
            if piece and k > start and _title_run(lines[start:k]) and to_simplified(ln.raw.strip()) not in lx.SURNAMES:
                piece = False  # the last character of a headline wrapped onto a line of its own (`…烟火` / `气`)
            if not (sig or piece):
                continue
            if k > start:
                above = lines[start:k]
                if sig:
                    _title_above(out, above)
                else:
                    out.append(("", above))
            out.append(("byline" if sig else "name_piece", [ln]))
            start = k + 1
        if start < len(lines):
            rest = lines[start:]
            out.extend(_split_leading_headline(rest))
    return out


def _title_above(out: list[tuple[str, list[Line]]], above: list[Line]) -> None:
    """The lines above a signature: its headline when they read as one, else text."""
    if above:
        out.extend(_dedupe_heading(above) if _heading_lines(above) else [("", above)])


def _name_rest(byline: Line, nxt: Line) -> bool:
    """The next line is the rest of the byline line's last name, wrapped at the margin (`■记者 杨红` / `洋`, `■本报记者 张`
    / `志波`): one or two Han characters that with the name's start make at most NAME_LENGTH (`本报记者 王明` / `李华`
    are two names), after a line that is a byline line, or becomes one with them."""
    if nxt.width > 2 or not _HAN_NAME.fullmatch(nxt.text) or _ROLE_HINT.search(byline.simple_raw) is None:
        return False
    tail = _TAIL_HAN.search(byline.simple_raw.rstrip())
    word = _ROLE_WORD.split(tail.group())[-1] if tail else ""
    if not word or len(word) + len(nxt.text) > NAME_LENGTH:
        return False
    return byline.staff_byline or is_byline_line(byline.simple_raw.rstrip() + nxt.simple) and not is_credit(byline.simple)


def _heading_lines(lines: list[Line]) -> bool:
    """Lines right above a signature that read as a headline: short, no sentence inside, a colon allowed."""
    return 0 < len(lines) <= 4 and all(
        ln.width <= 30 and not any(c in ln.text for c in zh.SENTENCE_FINAL + "，,；;") for ln in lines
    )


def _dedupe_heading(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """A headline's first word printed twice by the text layer (`新城市：` / `新城市` / `：治理…`): the copy
    stands apart above it (kept on the page as its kicker, never a headline of its own), the headline reads once."""
    for k in range(len(lines) - 1):
        if lines[k].text != lines[k + 1].text and lines[k].text.rstrip("：:") == lines[k + 1].text:
            return [("kicker", lines[:k + 1]), ("headline", lines[k + 1:])]
    return [("headline", lines)]


def _title_run(lines: list[Line]) -> bool:
    return 0 < len(lines) <= 4 and all(looks_like_headline(ln.text, ln.simple) for ln in lines)


def _split_leading_headline(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """A headline printed directly above its byline lead, with no blank line, is its own chunk."""
    if lines[0].opens:
        return [("", lines)]
    if len(lines) > 2 and is_photo_label(lines[0]) and _is_title_text(lines[1]):
        return [("headline", lines[:2]), ("", lines[2:])]  # `图说` over a photo-news item's headline, over its text
    titled = len(lines) > 2 and _MARK_RE.search(lines[0].text) is None  # a title carries no mark: this settles most chunks
    for k in range(1, min(4, len(lines))):
        if lines[k].opens and looks_like_headline(join_lines([ln.text for ln in lines[:k]]), join_lines([ln.simple for ln in lines[:k]])):
            return [("headline", lines[:k]), ("", lines[k:])]
        if titled and lines[k].width > lines[k - 1].width and k < len(lines) - 1 \
                and _REPORT_LEAD_RE.match(lines[k].simple) and all(_is_title_text(ln) for ln in lines[:k]):
            # Title lines with no mark right above a line that opens a report (`3月25日，`, `近日，`, `记者从…获悉，`): no
            # paragraph ends without a mark, so they are the report's headline, printed with no blank line under it.
            return [("headline", lines[:k]), ("", lines[k:])]
    return [("", lines)]


#: What opens a report's lead on a line of its own: a date or its source or day (not a period: `今年以来，` opens
#: paragraphs under sub-heads too).
_REPORT_LEAD_RE = re.compile(f"{lx.DATE_LEAD_RE.pattern}|{lx.NEWS_LEAD_RE.pattern}")


def _classify(raw_chunks: list[tuple[str, list[Line]]]) -> list[Chunk]:
    raw_chunks = _captions(raw_chunks)
    # A chunk is searched for an advertisement's word only when the page's text holds one: one search of all the
    # chunks' lines, which hold each chunk's lines in a row (most pages print no ad).
    ads = lx.AD_RE.search("\n".join([ln.simple for _, lines in raw_chunks for ln in lines])) is not None
    out: list[Chunk] = []
    prev_text_ends_mid = False
    measure = 0.0
    for at, (kind, lines) in enumerate(raw_chunks):
        if kind in ("", "headline") and lines[0].width <= _SIDEBAR_WIDTH and is_box_label(lines[0].simple):
            out.append(Chunk((lines[0],), "section_title"))  # a box's label (`相关链接`): a sub-head, its title too
            lines = lines[1:]
            if not lines:
                continue
            if len(lines) <= 2 and all(looks_like_headline(ln.text, ln.simple) for ln in lines):
                out.append(Chunk(tuple(lines), "section_title"))
                continue
            kind = ""
        if ads and kind in ("", "headline") and lx.AD_RE.search("\n".join([ln.simple for ln in lines])):
            kind = "ad"  # prices, `（广告）`: the whole run of lines is the advertisement's
        credit = None
        if not kind and lines[-1].text.endswith(_CREDIT_ENDS):  # (a credit ends so: most chunks stop here)
            if _is_photo_caption(lines):
                out += [Chunk(tuple(lines[:-1]), "caption"), Chunk((lines[-1],), "credit")]
                continue
            credited = _credited_caption(lines) if len(lines) <= _CAPTION_LINES - 1 and not prev_text_ends_mid else ""
            if credited and _photo_news(out, lines, raw_chunks[at + 1:at + 2]):
                out += _photo_item(lines, credited)  # its own headline right above: photo news, an article
                prev_text_ends_mid, measure = False, _measure(out[-2])
                continue
            if credited:
                out += [Chunk(tuple(lines[:-1]), "caption"), Chunk((lines[-1],), "credit")] if credited == "apart" \
                    else [Chunk(tuple(lines), "caption")]
                continue
            if len(lines) >= 2 and is_credit(lines[-1].text):
                credit, lines = lines[-1], lines[:-1]  # a photo credit under the text is never the text's (`本报记者 X 摄`)
        if not kind:
            kind = _chunk_kind(tuple(lines), prev_text_ends_mid, measure)
        if kind == "headline":  # a line opening with a dash under a headline is its subtitle (`——…述要`)
            cut = next((k for k, ln in enumerate(lines) if k and ln.text.startswith(lx.SUBTITLE_DASHES)), len(lines))
            if len(lines) == 1 and is_photo_label(lines[0]):
                out.append(Chunk(tuple(lines), "kicker"))  # `图说` on a line of its own, over the item's headline
                continue
            if _colon_kicker(lines[:cut]) or _short_kicker(lines[:cut]) or _column_kicker(lines[:cut]) or (
                    cut >= 2 and is_photo_label(lines[0])):
                # `城东：民生为先`, `今日快评` over the headline: its kicker
                out.append(Chunk(tuple(lines[:1]), "kicker"))
                lines, cut = lines[1:], cut - 1
            if cut < len(lines):
                out += [Chunk(tuple(lines[:cut]), "headline"), Chunk(tuple(lines[cut:]), "subtitle")]
                out += [Chunk((credit,), "credit")] if credit is not None else []
                continue
            if lines[0].text.startswith(lx.SUBTITLE_DASHES):
                kind = "subtitle"
        out.append(Chunk(tuple(lines), kind))
        if kind == "furniture" and lines[0].text.endswith(_JUMP_ENDS) and is_jump(lines[0].simple):
            prev_text_ends_mid = False  # the sentence a jump line cut goes on on another page, not under the next title
        if kind == "text":
            prev_text_ends_mid = not (_ends_unit(lines[-1].text) or _ends_trailer(lines))
            measure = _measure(out[-1])
        if credit is not None:
            out.append(Chunk((credit,), "credit"))
    return _last_line_headline(_display_titles(out))


#: A box's label is at most this wide (`相关链接`, `■记者手记`, `【延伸阅读】`).
_SIDEBAR_WIDTH = 8.0
_SIDEBAR_LABELS = frozenset(lx.SIDEBAR_LABELS)


def is_box_label(text: str) -> bool:
    """A box's label, with or without a mark or brackets (`相关链接`, `■记者手记`, `【延伸阅读】`)."""
    return text.strip(_LABEL_FRAME) in _SIDEBAR_LABELS


_LABEL_FRAME = lx.BYLINE_MARKS + "【】[] "  # what may stand around a box's label


def _colon_kicker(lines: list[Line]) -> bool:
    """The first of two or three title lines is a kicker when it reads `地名：短语` and the line under it is a title of
    its own, nearly as wide or wider (a headline wrapped at the margin leaves a short rest: `北站片区：便民驿` /
    `站焕新` stays one headline, and so does `新城区：治理新路径` / `民生新答卷`)."""
    return (2 <= len(lines) <= 3 and lines[1].width >= max(KICKER_UNDER * lines[0].width, 6)
            and bool(lx.COLON_KICKER_RE.match(lines[0].simple)))


def _short_kicker(lines: list[Line]) -> bool:
    """The first of two title lines is a kicker when it is much narrower than the headline line under it (`聚焦民生实事`
    over `城东出台十二条措施支持社区养老`): a headline wrapped at the margin fills its first line, the rest runs short."""
    return (len(lines) == 2 and lines[1].width >= _KICKER_HEADLINE and lines[0].width <= SHORT_KICKER * lines[1].width
            and lines[1].text[:1] not in _RUNS_ON)  # (`新城市` / `：治理新方位…` is one title the text layer broke)


def _column_kicker(lines: list[Line]) -> bool:
    """The first of two or three title lines is a kicker when it is a column's name (`城事评论`, `今日快评`) over a line
    at least as wide: a headline wrapped at the margin never leaves a column's name on its first line."""
    first = lines[0].simple if len(lines) in (2, 3) else ""
    return (0 < len(first) <= lx.COLUMN_NAME_LENGTH and first.endswith(lx.COLUMN_NAME_ENDINGS)
            and lines[1].width >= lines[0].width)


#: A line that opens with one of these runs on from the line above it.
_RUNS_ON = zh.CLOSERS + zh.CLAUSE_PUNCT


#: A kicker with no colon is at most this share of the headline line's width, and that line is at least this wide.
SHORT_KICKER = 0.6
_KICKER_HEADLINE = 10.0

#: A kicker's headline line is at least this share of the kicker's width.
KICKER_UNDER = 0.8


#: A title run longer than this many lines (quoted pieces of a line not counted) is a headline and a sub-head.
_HEADLINE_LINES = 3


def _display_titles(chunks: list[Chunk]) -> list[Chunk]:
    """At an article's opening (after its byline or a headline, before its text), a run of more title lines than a
    headline takes is the headline and, in its last two lines, the sub-head of the first column; a one-line title
    with a comma right above a headline is its deck (`kicker`), not a headline of its own."""
    out: list[Chunk] = []
    for chunk in chunks:
        opening = bool(out) and out[-1].kind in ("headline", "byline")
        whole = [k for k, ln in enumerate(chunk.lines) if not _is_quoted_piece(ln)] if chunk.kind == "text" and opening else []
        if _HEADLINE_LINES < len(whole) <= _HEADLINE_LINES + 2 and all(_is_title_text(ln) for ln in chunk.lines):
            cut = whole[-2]
            out += [Chunk(chunk.lines[:cut], "headline"), Chunk(chunk.lines[cut:], "section_title")]
            continue
        out.append(chunk)
    for k in range(len(out) - 1):
        first, nxt = out[k], out[k + 1]
        # Only at an article's opening (under its byline line, or over a headline set on its byline): in a block of
        # gathered headlines, a title with a comma is a headline like the others.
        opening = k > 0 and out[k - 1].kind == "byline" or k + 2 < len(out) and out[k + 2].kind == "byline"
        if opening and first.kind == "headline" and nxt.kind == "headline" and len(first.lines) == 1 and any(
            c in first.lines[0].text for c in lx.DECK_MARKS
        ) and first.lines[0].width > max(ln.width for ln in nxt.lines):
            out[k] = Chunk(first.lines, "kicker")
    return out


def _is_quoted_piece(line: Line) -> bool:
    """A quoted phrase set on a line of its own (`“城市一卡通”`): part of the line above it."""
    t = line.text
    return line.width <= _QUOTED_PIECE and t[:1] in zh.QUOTE_OPENERS and t[-1:] in zh.QUOTE_CLOSERS


#: A quoted phrase on a line of its own is at most this wide.
_QUOTED_PIECE = 10.0


def _is_title_text(line: Line) -> bool:
    """A line of a title: no sentence or clause mark, not a byline or list item."""
    return looks_like_headline(line.text, line.simple) and not line.opens and not any(
        c in line.text for c in zh.SENTENCE_FINAL + zh.CLAUSE_PUNCT
    )


#: Single-line chunks in a row, right before a line ending a sentence, that show columns interleaved line by line.
_INTERLEAVED_RUN = 3
#: Lines of an interleaved column are at most this wide (a paragraph copied as one long line is no column line).
_COLUMN_LINE = 40


def _column_bottoms_first(chunks: list[Chunk]) -> list[Chunk]:
    """Columns interleaved line by line (one-line chunks alternating between columns) end where the shortest
    column ends; the dump then gives the bottoms of the longer columns as blocks. When the last of those blocks
    breaks off mid-sentence (its column runs on elsewhere), the bottoms precede, in reading order, the line that
    ended the interleaved run with a full stop: that line ends the article."""
    out = list(chunks)
    end = len(out)
    while end > 0:
        start = end
        while start > 0 and out[start - 1].kind == "text":
            start -= 1
        run = out[start:end]
        if run and not zh.ends_sentence(run[-1].lines[-1].text):
            last = _last_interleaved_line(run)
            if last is not None and last < len(run) - 1:
                out[start:end] = run[:last] + run[last + 1:] + [run[last]]
        end = start - 1
    return out


def _last_interleaved_line(run: list[Chunk]) -> int | None:
    """The last one-line chunk of `run` that ends a sentence after a row of one-line chunks (interleaved columns)."""
    for k in range(len(run) - 1, _INTERLEAVED_RUN - 1, -1):
        row = run[k - _INTERLEAVED_RUN:k + 1]
        if not all(len(c.lines) == 1 and c.lines[0].width <= _COLUMN_LINE for c in row):
            continue
        cut = sum(not _ends_unit(c.lines[0].text) for c in row[:-1])  # lines of columns break off mid-sentence
        if cut >= _INTERLEAVED_RUN - 1 and zh.ends_sentence(run[k].lines[0].text):
            return k
    return None


#: A photo caption runs a few lines at most.
_CAPTION_LINES = 5


def _is_photo_caption(lines: list[Line]) -> bool:
    """A few lines that say what a photo shows (`图为…`) above its credit (`新华社记者 X摄`): a caption, no article."""
    return 2 <= len(lines) <= _CAPTION_LINES and is_credit(lines[-1].text) and any(
        w in ln.simple for ln in lines[:-1] for w in lx.CAPTION_WORDS
    )


#: A photo credit printed after the caption's last sentence, on the same line (`…提供服务。 通讯员 赵强 摄`).
_INLINE_CREDIT = re.compile(r"^(?P<text>.*[。！？!?])\s*(?P<credit>[^。！？!?]+)$")


def _credited_caption(lines: list[Line]) -> str:
    """A few lines of whole sentences that end on a photo credit, after text that ended a sentence (or none): a caption
    even without `图为` (`3月5日，市民在…选购商品。` / `本报记者 X 摄`). `apart`: the credit is a line of its own; `inline`: it
    ends the caption's last line; "" otherwise. (No article puts a photo credit under its own last sentence.)"""
    if lines[0].opens:
        return ""
    if len(lines) >= 2 and is_credit(lines[-1].text):
        return "apart" if zh.ends_sentence(lines[-2].text) else ""
    m = _INLINE_CREDIT.match(lines[-1].text)
    return "inline" if m and is_credit(m.group("credit")) else ""


def is_photo_label(line: Line) -> bool:
    """A label over photo news on a line of its own (`图说`, `图片新闻`, `镜头`): the item's kicker, not its headline."""
    return line.width <= _PHOTO_LABEL_WIDTH and lx.PHOTO_LABEL_RE.match(line.simple) is not None


_PHOTO_LABEL_WIDTH = 8.0


#: A photo-news item's headline stands at most this many lines above its text (one blank line between).
_PHOTO_HEAD_GAP = 2


def _photo_news(out: list[Chunk], lines: list[Line], after: list[tuple[str, list[Line]]]) -> bool:
    """Is a caption closed by its credit (`_credited_caption`) a photo-news item (图片新闻), an article: its own headline
    printed right above it (with at most one blank line between), and its text opening as a report's lead does
    (`6月10日，`, `近日，`) or the headline under a photo label (`图说`)? A plain caption stands between articles, after
    text; a caption saying `图为…` is one under any headline, and so is one over the byline or lead of the headline's
    article (`after`: the chunk after it)."""
    if not out or out[-1].kind != "headline" or lines[0].number - out[-1].lines[-1].number > _PHOTO_HEAD_GAP:
        return False
    if after and (after[0][0] == "byline" or after[0][1][0].opens):
        return False
    labelled = len(out) >= 2 and out[-2].kind == "kicker" and is_photo_label(out[-2].lines[0])
    return labelled or _REPORT_LEAD_RE.match(lines[0].simple) is not None


def _photo_item(lines: list[Line], credited: str) -> list[Chunk]:
    """A photo-news item's text and its credit, the credit cut off its last line when printed there (the same line
    number)."""
    if credited == "apart":
        return [Chunk(tuple(lines[:-1]), "text"), Chunk((lines[-1],), "credit")]
    last = lines[-1]
    m = _INLINE_CREDIT.match(last.raw.strip())
    if m is None:  # (the raw line reads otherwise than its clean text: keep the item whole)
        return [Chunk(tuple(lines), "text")]
    head, tail = m.group("text"), m.group("credit")
    text = Chunk((*lines[:-1], _line(last.number, head, zh.to_simplified(head))), "text")
    return [text, Chunk((_line(last.number, tail, zh.to_simplified(tail)),), "credit")]


def _last_line_headline(chunks: list[Chunk]) -> list[Chunk]:
    """The very last line of the page, a title after a full stop, is a headline (dumps put some there)."""
    if chunks and chunks[-1].kind == "text" and len(chunks[-1].lines) >= 2:
        *body, last = chunks[-1].lines
        if zh.ends_sentence(body[-1].text) and looks_like_headline(last.text, last.simple) and not any(
            c in last.text for c in zh.CLAUSE_PUNCT
        ) and last.width <= 0.75 * _measure(Chunk(tuple(body), "text")) and not last.opens:
            return chunks[:-1] + [Chunk(tuple(body), "text"), Chunk((last,), "headline")]
    return chunks


def _captions(raw_chunks: list[tuple[str, list[Line]]]) -> list[tuple[str, list[Line]]]:
    """A run of three or more chunks of a few characters each is a caption set in a narrow box (`郑州国` / `际大宗` …)."""
    tiny = [len(ls) <= 2 and all(ln.width <= _FRAGMENT for ln in ls) and kind in ("", "name_piece", "byline") for kind, ls in raw_chunks]
    out = list(raw_chunks)
    i = 0
    while i < len(out):
        j = i
        while j < len(out) and tiny[j]:
            j += 1
        if j - i >= 3:
            for k in range(i, j):
                out[k] = ("caption", out[k][1])
        i = max(j, i + 1)
    return out


def _chunk_kind(lines: tuple[Line, ...], prev_text_ends_mid: bool, measure: float) -> str:
    # Every line a credit: each dropped line is reported. (Each line's hint first: one without it is no credit, and
    # a chunk of text is then told without converting a line.)
    if all(_CREDIT_HINT.search(ln.text) for ln in lines) and all(is_credit(ln.text) for ln in lines):
        return "credit"
    if len(lines) > 3 or lines[0].opens:
        return "text"
    text = join_lines([ln.text for ln in lines])
    if looks_like_headline(text, join_lines([ln.simple for ln in lines])) and not _opens_a_pair(text):
        clauses = len(_CLAUSE_RE.findall(text))
        colons = text.count("：") + text.count(":")  # `地名：标题` over `地名：标题`: a kicker and its headline
        # After a sentence cut by a column break, a comma-bearing line, or a line as wide as the column,
        # is its continuation; two clause marks (colons aside) make text, not a title.
        full = measure > 0 and all(abs(ln.width - measure) <= _SHORT_BY for ln in lines)  # at column width, not wider
        if clauses - colons >= 2 or (prev_text_ends_mid and (clauses or full)):
            return "text"
        return "headline"
    return "text"


_FULL_STOPS = ("。", ".")
_CLAUSE_ENDS = tuple(zh.CLAUSE_PUNCT)
# Character classes: one search instead of a test per mark (this runs per chunk and per short line).
_BREAKER_RE = re.compile(f"[{re.escape(lx.INTERNAL_HEADLINE_BREAKERS)}]")
_CLAUSE_RE = re.compile(f"[{re.escape(zh.CLAUSE_PUNCT)}]")
_MARK_RE = re.compile(f"[{re.escape(zh.SENTENCE_FINAL + zh.CLAUSE_PUNCT)}]")
_PAIR_OPENER_RE = re.compile(f"[{re.escape(''.join(a for a, _ in zh.PAIRS))}]")


def looks_like_headline(text: str, simple: str | None = None) -> bool:
    """`simple`: the text in simplified characters, when the lines already carry it (of the same width)."""
    if not 0 < display_width(text) <= 60:
        return False
    text = to_simplified(text) if simple is None else simple
    return (
        _BREAKER_RE.search(text) is None
        and not text.endswith(_CLAUSE_ENDS)
        and not text.rstrip(zh.CLOSERS).endswith(_FULL_STOPS)  # headlines never end with a full stop
        and not lx.DATE_LEAD_RE.match(text)
        and not lx.NEWS_LEAD_RE.match(text)
        and not lx.LIST_MARKER_RE.match(text)
        and not lx.NUMBERED_HEAD_RE.match(text)
    )


def _opens_a_pair(text: str) -> bool:
    """A title closes what it opens; lines that leave `《`, `“` or `（` open are a sentence running on (one line of
    a narrow sub-head may leave a quote open for the next: the whole run is judged)."""
    if _PAIR_OPENER_RE.search(text) is None:
        return False
    for a, b in zh.PAIRS:  # (a loop, not a generator: this runs per chunk)
        if a in text and text.count(a) > text.count(b):
            return True
    return False


#: How every credit ends (`X摄`, `摄影`, `资料图片`, `新华社发`, `图片由…提供`, `（X摄）`): the cheap test before `is_credit`.
_CREDIT_ENDS = ("摄", "攝", "影", "图", "圖", "片", "发", "發", "供", "）", ")")
#: A credit names a photo, a picture, material or an agency (a regex class: a set's isdisjoint makes a string per character).
_CREDIT_HINT = re.compile("[摄攝资資图圖社提]")


def is_credit(text: str) -> bool:
    if _CREDIT_HINT.search(text) is None:
        return False
    text = to_simplified(text).replace(" ", "")
    rest = lx.CREDIT_UNIT_RE.sub("", text)
    return text != "" and rest.strip(lx.CREDIT_SEPARATORS) == "" and lx.CREDIT_UNIT_RE.search(text) is not None


def credits_of(block: Block) -> list[Credit]:
    """The photo credits printed in a credit block, one per `X摄` (`王明摄王明摄` is two)."""
    credits = []
    for (start, number), end in zip(block.lines, [s for s, _ in block.lines[1:]] + [len(block.text)]):
        printed = block.text[start:end].strip().replace(" ", "")
        for m in lx.CREDIT_UNIT_RE.finditer(to_simplified(printed)):
            name = printed[m.start("name"):m.end("name")] if m.group("name") else None
            credits.append(Credit(name, printed[m.start():m.end()], number))
    return credits


_ROLE_HINT = re.compile("记者|通讯员|实习生|文[/／]")  # (with the credit of a byline's text, `文/X 图/Y`: a role of its own)
# What every byline lead holds near the start of its line (`…讯`, `【…】`, a wire's name before its `电`): the cheap test
# before the full form is tried.
_LEAD_HINT = re.compile("|".join(("讯", "【") + lx.WIRES))
#: Either hint, anywhere in the line.
_HINT = re.compile(f"{_ROLE_HINT.pattern}|{_LEAD_HINT.pattern}")


def _opens(raw: str, clean: str, role: bool, hint: bool = True) -> bool:
    """A byline lead, a staff byline, a trailer or a list marker opens a new paragraph whatever precedes it.
    `raw`: the line in simplified characters with its spaces; `clean`: without them; `role`: it names a role (记者);
    `hint`: it holds a role word or a lead's hint somewhere (False: neither is looked for)."""
    text = raw.strip()
    return (
        (hint and _LEAD_HINT.search(text, 0, 40) is not None and _has_agency(text))  # (the hint first: no call for most lines)
        or (role and lx.STAFF_BYLINE_RE.match(text) is not None)
        or lx.LIST_MARKER_RE.match(clean) is not None
        or clean[:1] in _BRACKETS_OPEN and _trailer_start(clean)  # (`clean` is stripped)
    )


_BRACKETS_OPEN = ("（", "(")


def _trailer_start(clean: str) -> bool:
    """A trailer opens here: `（作者为…`, `（记者 X…`, or a whole line that is a signature in brackets (`（林 立）`)."""
    inner = clean.strip()
    if inner[:1] not in _BRACKETS_OPEN:
        return False  # every trailer opens with a bracket
    if lx.TRAILER_START_RE.match(clean):
        return True
    return inner[-1:] in "）)" and is_name_line(inner[1:-1])


_DATELINE_ENDS = ("讯", "电", "】")


def _bare_dateline(line: Line) -> bool:
    """A line that is an outlet's dateline and nothing more (`城东晚报讯`, `<outlet><place>3月25日讯`): its people and
    text follow on the next line."""
    text = line.simple_raw.rstrip()
    if not text.endswith(_DATELINE_ENDS):
        return False
    text = text.lstrip()
    m = lx.BYLINE_LEAD_RE.match(text)
    return bool(m and (m.group("agency") or m.group("wire")) and not m.group("people") and m.end() == len(text))


def _has_agency(text: str) -> bool:
    """A byline lead with its outlet, wire or bracket (`text` stripped: its hint is then within 40 characters)."""
    if _LEAD_HINT.search(text, 0, 40) is None:
        return False
    m = lx.BYLINE_LEAD_RE.match(text)
    return bool(m and (m.group("bracketed") or m.group("agency") or m.group("wire")))


def _ends_unit(text: str) -> bool:
    return zh.ends_sentence(text) or zh.ends_title(text)


def _ends_trailer(lines: Sequence[Line]) -> bool:
    """The lines end on a trailer's closing bracket (`（记者 X）`, `（作者单位：…）` over two lines): the article ended."""
    return lines[-1].text.endswith(("）", ")")) and any(_trailer_start(ln.simple) for ln in lines[-3:])


# --- fragments -------------------------------------------------------------------------
def _is_fragment(line: Line) -> bool:
    """A piece of a line: one to three characters, or a quoted phrase, or a lone mark."""
    return line.width <= _FRAGMENT or _is_quoted_piece(line)


def _rejoin_fragments(chunk: Chunk, col: dict[int, float]) -> Chunk:
    """Lines that typesetting broke at quote marks and commas join back while together they fit the column."""
    if not any(ln.width <= _QUOTED_PIECE and _is_fragment(ln) for ln in chunk.lines):  # (a fragment is that narrow)
        return chunk
    lines = list(chunk.lines)
    out: list[Line] = [lines[0]]
    for ln in lines[1:]:
        prev = out[-1]
        pieces = ln.width <= _QUOTED_PIECE and _is_fragment(ln) or (
            prev.width <= _QUOTED_PIECE and _is_fragment(prev) and not zh.ends_sentence(prev.text))  # (fragments are that narrow)
        if pieces and not ln.opens and not prev.staff_byline and \
                prev.width + ln.width <= col.get(prev.parts[0][1], col.get(prev.number, 0.0)) + 1:  # together they fit
            sep = " " if _needs_space(prev.text, ln.text) else ""
            text = prev.text + sep + ln.text
            parts = prev.parts + ((len(prev.text) + len(sep), ln.number),)
            out[-1] = Line(prev.number, prev.raw + " " + ln.raw, text, display_width(text), prev.opens, prev.staff_byline, parts,
                           prev.simple + sep + ln.simple, prev.simple_raw + " " + ln.simple_raw)
        else:
            out.append(ln)
    return Chunk(tuple(out), chunk.kind) if len(out) < len(lines) else chunk


# --- column width ----------------------------------------------------------------------
def _column_widths(chunks: list[Chunk]) -> dict[int, float]:
    """Each text line's local column width: the median width of full body lines within 12 lines.

    All windows at once in numpy (a page has hundreds of lines, each window tens of widths)."""
    body = [ln for c in chunks if c.kind == "text" for ln in c.lines[:-1]]  # last lines run short
    everything = [ln for c in chunks if c.kind == "text" for ln in c.lines]
    if not everything:
        return {}
    body = sorted(body or everything, key=_NUMBER)  # chunks may stand out of line order
    # (Read with itemgetters into `fromiter`: no list of Python numbers is made first.)
    numbers = np.fromiter(map(_NUMBER, body), np.int64, len(body))
    widths = np.fromiter(itertools.chain(map(_WIDTH, body), (np.inf,)), float, len(body) + 1)  # the pad sorts last
    at = np.fromiter(map(_NUMBER, everything), np.int64, len(everything))
    # At most _WINDOW body lines on either side: with unique line numbers that is what the numbers allow anyway; where
    # numbers repeat (all of an HTML page on one raw line) it keeps the windows, and the time, bounded.
    here = np.searchsorted(numbers, at, "left")
    lo = np.maximum(np.searchsorted(numbers, at - _WINDOW, "left"), here - _WINDOW)
    hi = np.minimum(np.searchsorted(numbers, at + _WINDOW, "right"), here + _WINDOW + 1)
    size = hi - lo
    index = lo[:, None] + np.arange(max(int(size.max()), 1))[None, :]
    window = np.sort(widths[np.where(index < hi[:, None], index, len(body))], axis=1)
    rows = np.arange(len(at))
    half = size // 2
    upper = window[rows, half]
    lower = window[rows, np.maximum(half - 1, 0)]
    median = np.where(size % 2 == 1, upper, (lower + upper) / 2)
    if not size.all():  # a line with no body line near it: its own width
        median = np.where(size > 0, median, np.array([ln.width for ln in everything]))
    return dict(zip(at.tolist(), median.tolist()))


_NUMBER = operator.itemgetter(0)  # a Line's number (its first field), as a sort key in C
_WIDTH = operator.itemgetter(3)  # a Line's width, read in C


#: Lines on either side that make a line's column-width window.
_WINDOW = 12


# --- paragraphs ------------------------------------------------------------------------
def _blocks(chunks: list[Chunk], col: dict[int, float], whole: bool = False) -> list[Block]:
    """Blocks in dump order: each paragraph where its first line stands, the other chunks where they stand. `whole`: the
    lines are whole paragraphs, so no paragraph runs on into the next chunk."""
    out: list[Block] = []
    group: list[Line] | None = None
    group_at = -1
    prev: Line | None = None

    def flush() -> None:
        nonlocal group
        if group:
            out.insert(group_at, _paragraph_block(group, col))
        group = None

    measure = 0.0  # the width of the last text chunk's lines
    before = ""  # the kind of the last chunk that is not furniture
    for chunk in chunks:
        if chunk.kind != "text":
            # A byline ends the paragraph, unless it stands in the middle of a sentence (a signature's
            # second character, furniture injected mid-article): the sentence goes on after it. A signature
            # under a headline always opens an article: no sentence runs on across it.
            piece = len(chunk.lines) == 1 and is_name_piece(chunk.lines[0].raw)
            under_headline = chunk.kind in ("byline", "name_piece") and before == "headline"
            # A jump line (`（下转第3版）`) ends its article's text on this page, even in the middle of a sentence.
            jump = chunk.kind == "furniture" and chunk.lines[0].text.endswith(_JUMP_ENDS) and is_jump(chunk.lines[0].simple)
            if under_headline or jump or chunk.kind == "byline" and not (piece and group and prev and not zh.ends_sentence(prev.text)):
                flush()
                prev = None
            out.append(_chunk_block(chunk))
            if chunk.kind != "furniture":
                before = chunk.kind
            continue
        before = "text"
        chunk_measure = _measure(chunk)
        lines = chunk.lines
        last = len(lines) - 1
        for j, line in enumerate(lines):
            nxt = lines[j + 1] if j < last else None
            if prev is None or group is None or whole and j == 0:
                new = True
            elif j == 0:  # across a blank line (or a headline or credit): a column break unless a unit ended
                titled = (zh.ends_title(prev.text) or len(group) == 1 and _is_subhead(prev)) and prev.width <= col[prev.number] - _SHORT_BY
                new = zh.ends_sentence(prev.text) or titled or line.opens or prev.staff_byline or _is_title_line(line, nxt, col)
                new = new or _closes_trailer(group, prev) or _other_column(measure, chunk_measure)
            elif not line.opens and not prev.staff_byline and prev.text[-1:] not in zh.MAY_END and \
                    prev.width > col[prev.number] - _SHORT_BY:
                # The common case, told without the calls below: a full line that ends on no mark (so on no sentence
                # and no trailer's bracket) runs on into the next, as `_breaks_between` would say.
                new = False
            else:
                new = _breaks_between(prev, line, nxt, col, len(group) == 1) or _closes_trailer(group, prev)
            if new:
                flush()
                group, group_at = [line], len(out)
                if nxt is not None and _is_title_line(line, nxt, col):
                    flush()  # a section title stands alone
            else:
                group.append(line)
            prev = line
        measure = chunk_measure
    flush()
    return out


#: Columns whose widths differ by more than this ratio belong to different boxes: no sentence runs between them.
COLUMN_RATIO = 1.3


def _measure(chunk: Chunk) -> float:
    """The width a chunk's lines are set to: the widest but one of its lines (its last runs short)."""
    widths = sorted(map(_WIDTH, chunk.lines))
    return widths[-2] if len(widths) >= 3 else 0.0  # two lines or one tell nothing


def _other_column(before: float, after: float) -> bool:
    return min(before, after) >= 6 and max(before, after) > COLUMN_RATIO * min(before, after)


def _closes_trailer(group: list[Line], prev: Line) -> bool:
    """A trailer (`（作者为…）`) ends at its closing bracket."""
    return prev.text.endswith(("）", ")")) and _trailer_start(group[0].simple)


def _is_title_line(line: Line, nxt: Line | None, col: dict[int, float], first: bool = True) -> bool:
    """A sub-head inside an article: a short line with no punctuation, opening a group, with text after it."""
    return (
        first
        and nxt is not None
        and line.width <= min(col[line.number] - 4, 0.75 * col[line.number])
        and _is_title_text(line)
    )


def _breaks_between(prev: Line, line: Line, nxt: Line | None, col: dict[int, float], prev_opens: bool) -> bool:
    """Does a paragraph end between `prev` and `line` (same chunk)? `prev_opens`: prev is a first line.
    Never after a bare dateline (`<outlet><place>M月D日讯` / `（记者 X）…`): the lead goes on."""
    return _ends_paragraph(prev, line, nxt, col, prev_opens) and not _bare_dateline(prev)


def _is_subhead(line: Line) -> bool:
    """A marked or numbered sub-head (`■亮点一：消费市场回暖`, `◆…`): it stands alone, the text under it is a paragraph."""
    return lx.SUBHEAD_RE.match(line.simple) is not None and not zh.ends_sentence(line.text) and not line.staff_byline


def _ends_paragraph(prev: Line, line: Line, nxt: Line | None, col: dict[int, float], prev_opens: bool) -> bool:
    if line.opens or prev.staff_byline:
        return True
    expected = col[prev.number] - (_INDENT if prev_opens else 0)
    prev_short = prev.width <= expected - _SHORT_BY
    if prev_short and (zh.ends_title(prev.text) or prev_opens and _is_subhead(prev)):
        return True
    if not zh.ends_sentence(prev.text):
        # A line clearly shorter than the column, between full ones, ends its paragraph whatever its last mark.
        return prev.width <= expected - _CLEARLY_SHORT and nxt is not None and line.width >= col[line.number] - _INDENT - 1
    indented = nxt is not None and line.width <= col[line.number] - _SHORT_BY and not zh.ends_sentence(line.text)
    return prev_short or indented or _is_title_line(line, nxt, col)


def _joined(lines: Sequence[Line]) -> tuple[str, tuple[tuple[int, int], ...], str]:
    """The lines' text joined as one block, where each raw line starts in it, and the block in simplified
    characters (the same length: `to_simplified` keeps offsets)."""
    texts = [ln.text for ln in lines]
    if _WRAPPED_WORD.search("\n".join(texts)) is None:  # no space to put back: offsets are the running lengths
        starts = itertools.accumulate(map(len, texts), initial=0)
        line_map = [(start + off, number) for ln, start in zip(lines, starts) for off, number in ln.parts]
        return "".join(texts), tuple(line_map), "".join([ln.simple for ln in lines])
    texts = []
    simple: list[str] = []
    line_map = []
    length = 0
    for ln in lines:
        text = ln.text
        if texts and _needs_space(texts[-1], text):
            texts.append(" ")
            simple.append(" ")
            length += 1
        if len(ln.parts) == 1:
            line_map.append((length, ln.parts[0][1]))
        else:
            line_map += [(length + off, number) for off, number in ln.parts]
        texts.append(text)
        simple.append(ln.simple)
        length += len(text)
    return "".join(texts), tuple(line_map), "".join(simple)


_TAIL_HAN = re.compile(rf"[{zh.HAN}]+$")
_HEAD_HAN = re.compile(rf"^[{zh.HAN}]+")
_ROLE_WORD = re.compile(lx.ROLE_PATTERN)
#: A name runs on across a line break when what ends one line and opens the next makes at most this many characters.
NAME_LENGTH = 3


_ROLES = lx.ROLE_WORDS
_ROLE_PREFIXES = frozenset(r[:k] for r in _ROLES for k in range(1, len(r)))


def _role_across(tail: str, head: str) -> bool:
    """A role word wrapped at the margin (`见` / `习记者`, `首席记` / `者`): the line ends on its first characters."""
    return tail in _ROLE_PREFIXES and (tail + head).startswith(_ROLES)


def _raw_joined(lines: Sequence[Line]) -> str:
    """The lines as printed, for reading names: a name (or role word) wrapped across a line break is one word
    (`（记者 林` / `立）`, `通` / `讯员`, `见` / `习记者`); two whole names meeting at the break (`张三` / `李四`) stay two."""
    out = ""
    for ln in lines:
        raw = _closed_up(ln.raw.strip())
        if out:
            tail = _TAIL_HAN.search(out) if zh.is_han(out[-1]) else None  # (a search for `…$` tries every start)
            head = _HEAD_HAN.match(raw)
            word = _ROLE_WORD.split(tail.group())[-1] if tail else ""
            joined = (len(word) + len(head.group()) <= NAME_LENGTH or _role_across(word, head.group())) if tail and head and word \
                else bool(tail and head)
            out += "" if joined else " "
        out += raw
    return out


def _paragraph_block(lines: list[Line], col: dict[int, float]) -> Block:
    text, line_map, simple = _joined(lines)
    raw = _raw_joined(lines[:2])
    kind = _paragraph_kind(lines, text, simple, col)
    if kind in _NAMING and " " in raw:
        raw = _close_names(raw)  # its letter-spaced names read whole (`（记者 李 华）`)
    return Block(kind, text, line_map, raw=raw, simple=simple)


#: Blocks whose names are read from their raw text.
_NAMING = ("lead", "byline", "trailer")


def _chunk_block(chunk: Chunk) -> Block:
    kind = {"name_piece": "byline"}.get(chunk.kind, chunk.kind)
    text, line_map, simple = _joined(chunk.lines)
    raw = _raw_joined(chunk.lines)
    if kind == "byline" and " " in raw:
        raw = _close_names(raw)  # its letter-spaced names read whole (`通讯员 何 娟`)
    return Block(kind, text, line_map, raw=raw, simple=simple)  # type: ignore[arg-type]


#: A notice's word or an advertisement's, in one pattern.
_NOTICE_OR_AD = re.compile("|".join(map(re.escape, (*lx.NOTICE_WORDS, *lx.AD_WORDS))))


def _paragraph_kind(lines: list[Line], text: str, simple: str, col: dict[int, float]) -> str:
    if lines[0].staff_byline:
        return "byline"
    if _has_agency(" ".join([ln.simple_raw.strip() for ln in lines[:2]])):
        return "lead"
    if lx.TRAILER_RE.match(simple) and simple.endswith(("）", ")")) and len(simple) <= 80:
        return "trailer"
    if _NOTICE_OR_AD.search(simple) is not None:  # (one scan of the paragraph: most are neither)
        if lx.NOTICE_RE.search(simple):
            return "notice"
        if lx.AD_RE.search(simple):
            return "ad"
    if lx.LIST_MARKER_RE.match(simple):
        return "list_item"
    short = lines[0].width <= col[lines[0].number] - _SHORT_BY
    if len(lines) == 1 and short and _is_subhead(lines[0]):
        return "section_title"  # `■亮点一：…`, `◆…`: a marked or numbered sub-head
    if len(lines) == 1 and short and (zh.ends_title(text) or not any(c in text for c in zh.SENTENCE_FINAL + zh.CLAUSE_PUNCT)):
        return "section_title"
    return "body"


# --- for readers of blocks -------------------------------------------------------------
def paragraph_of(block: Block) -> Paragraph:
    """The paragraph a text block makes in an article."""
    first, last = block.lines[0][1], max(map(_LINE_NUMBER, block.lines))
    return Paragraph(block.text, block.kind, first, last, block.lines, block.boxes, block.simple)  # type: ignore[arg-type]


def headline_of(block: Block) -> Headline:
    return Headline(block.text, block.lines[0][1], max(map(_LINE_NUMBER, block.lines)))


_LINE_NUMBER = operator.itemgetter(1)  # the raw line number of a (offset, line) pair of a block's `lines`
