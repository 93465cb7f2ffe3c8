"""Read an e-paper PDF page by its geometry: characters with boxes -> lines -> column fragments -> typed blocks
grouped into articles.

A text dump throws away where each line sits and how big its type is; this reader keeps both. Decisions, in order:
1. characters with their boxes (pdfium's loose box: its height is the type size, whatever the font size says),
   minus generated spaces and duplicates printed twice on the same spot; fonts named by their base name;
2. lines by baseline: characters whose centres share a band are split where the gap exceeds the type size;
   letter-spaced names close up, single characters stacked at one x are a vertical line;
3. fragments: lines of one size and font family that follow each other down one column;
4. types: body text has the page's most common size; larger fragments are headlines, or section titles when body
   text of their column runs just above them; a smaller or equal title touching a headline is its kicker (above) or
   subtitle (below); bylines, trailers, credits, captions, furniture, ads and notices by their forms (pdf_lexicon);
5. articles: a headline owns the text below it within its horizontal extent until the next headline, trailer or
   byline that closes the column; text owned by none joins the headline beside it, the article of its left
   neighbour, or the headline below it (an intro set above the headline), in that order.
"""
from __future__ import annotations

import bisect
import ctypes
import functools
import re
import statistics
from collections import Counter, deque
from dataclasses import dataclass, field
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

from .chinese import CJK_CHARS, CLAUSE_PUNCT, CLOSERS, HAN_RE, SENTENCE_FINAL, ends_sentence
from .errors import InputError
from .lexicon import epaper as plx
from .lexicon import newspaper as lx
from .model import Block, Box
from .reading import implausible

_HAN_RE = HAN_RE
_CJK_RE = re.compile(f"[{CJK_CHARS}]")
_HANGING = set(SENTENCE_FINAL + CLOSERS + CLAUSE_PUNCT) - set("…")  # what a typesetter hangs past a column's edge
_PUNCT = set(SENTENCE_FINAL + CLOSERS + CLAUSE_PUNCT + "“‘「『（(【《—…·")
#: Share of unusable characters (private use, U+FFFD, unmapped glyphs) above which a page is refused.
MAX_BAD_SHARE = 0.02
#: Every how many characters pdfium is asked whether the font maps the glyph to Unicode.
UNICODE_CHECK_EVERY = 4
#: Type this much larger than body text is display type (headlines, kickers, section titles).
DISPLAY_RATIO = 1.25
#: Display type this much larger than body text is a headline even where body text runs just above it.
HEADLINE_RATIO = 2.2
MAX_PAGES = 500
#: How many of a page's characters are tested for reading as Chinese (wrong ToUnicode maps give rare characters in no
#: Chinese order: `reading.implausible`).
PLAUSIBLE_SAMPLE = 1000
#: Shares of the page height where its head and foot (page furniture) are printed.
TOP_BAND, BOTTOM_BAND = 0.08, 0.03
#: Rules of one width at most `TABLE_ROW_GAP` ems apart, three or more, with figures between them, are a table's
#: (or a top rule, the header's rule and a foot rule at most `TABLE_DEPTH` ems under it: a three-line table).
TABLE_ROW_GAP, TABLE_DEPTH = 4.0, 30.0
#: A table cell holds at most this many characters.
TABLE_CELL = 16
#: An empty band this many lines high across all of an article's columns parts text read before from text read after.
BAND_GAP = 2.5
#: A brief's title set in body size is at most this many characters.
BRIEF_TITLE = 24
#: A rule this share of the page wide or wider, drawn inside the head or foot band, closes the band there.
ACROSS_RULE = 0.6
#: Characters closer than this (in ems) are one line whatever order they were printed in; a column gutter is wider.
TIGHT_GAP = 0.3
#: Text starting this many ems under a headline's foot, or less, is the first row of its article's columns (a subtitle
#: and a byline line may stand between).
REACH_DEPTH = 10.0
#: A headline's reach crosses gutters up to this many ems (a gutter and a first line's two-em indent) to the columns of
#: its first row; a wider gap parts two stories.
REACH_GUTTER = 4.5
#: Characters, with three full stops, that make a size larger than the text's a text size too (`text_sizes`).
TEXT_AT_SIZE = 60
#: Headlines whose feet are this many ems apart or less stand on one row: text both reach goes to the one over it (or
#: the nearer one), not to whichever foot is a hair lower.
HEAD_ROW = 0.5


class Char(NamedTuple):
    """One printed character and its loose box (a tuple: a page has thousands, made in one call)."""

    ch: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    font: str
    order: int  # position in the content stream: a line's characters are printed one after another
    han: bool  # a Han character (every stage asks)


@dataclass
class Line:
    chars: list[Char]
    vertical: bool = False
    text: str = ""
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0
    size: float = 0.0
    font: str = ""
    number: int = 0

    def finish(self) -> Line:
        cs = self.chars
        self.x0, self.x1 = min([c.x0 for c in cs]), max([c.x1 for c in cs])
        self.y0, self.y1 = min([c.y0 for c in cs]), max([c.y1 for c in cs])
        han = [c for c in cs if c.han] or cs
        sizes = sorted([c.size for c in han])
        self.size = sizes[len(sizes) // 2]
        self.font = _main_font(han)
        self.text = _line_text(cs, self.vertical)
        return self


class Fragment:
    """Lines that follow each other down one column in one size and face; its extent is kept as lines are added."""

    __slots__ = ("lines", "kind", "group", "frame", "x0", "x1", "top", "bottom")

    def __init__(self, lines: list[Line], kind: str = "body"):
        self.lines: list[Line] = []
        self.kind = kind
        self.group: int | None = None
        self.frame: tuple | None = None  # the drawn box it sits in
        self.x0, self.x1 = float("inf"), float("-inf")
        self.top, self.bottom = float("-inf"), float("inf")
        for ln in lines:
            self.add(ln)

    def add(self, ln: Line) -> None:
        self.lines.append(ln)
        self.x0, self.x1 = min(self.x0, ln.x0), max(self.x1, ln.x1)
        self.top, self.bottom = max(self.top, ln.y1), min(self.bottom, ln.y0)

    def remove(self, ln: Line) -> None:
        rest = [x for x in self.lines if x is not ln]
        self.__init__(rest, self.kind)

    @property
    def size(self) -> float:
        return statistics.median(ln.size for ln in self.lines)

    @property
    def font(self) -> str:
        return Counter(ln.font for ln in self.lines).most_common(1)[0][0]

    @property
    def text(self) -> str:
        return "".join(ln.text for ln in self.lines)

    @property
    def vertical(self) -> bool:
        return self.lines[0].vertical


@dataclass
class PdfPage:
    """One page of a PDF as typed blocks in article reading order."""

    number: int
    width: float
    height: float
    blocks: list[Block] = field(default_factory=list)


# --- 1. characters -----------------------------------------------------------------------------------------------

def open_pdf(data: bytes, source: str):
    """Open a PDF from bytes; encrypted or broken files raise a one-line InputError."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        reason = str(e).lower()
        if "password" in reason or "security" in reason:
            raise InputError(f"{source}: encrypted PDF (needs a password)") from None
        raise InputError(f"{source}: broken PDF ({str(e).splitlines()[0] if str(e) else 'cannot be opened'})") from None
    if len(doc) == 0:
        raise InputError(f"{source}: PDF has no pages")
    if len(doc) > MAX_PAGES:
        raise InputError(f"{source}: PDF has {len(doc)} pages (more than {MAX_PAGES})")
    return doc


def page_chars(page, source: str) -> list[Char]:
    """Every printed character of a pdfium page with its loose box; refuses unusable text layers."""
    import pypdfium2.raw as raw

    tp = raw.FPDFText_LoadPage(page.raw)
    try:
        n = raw.FPDFText_CountChars(tp)
        if n <= 0:
            return []
        buf = ctypes.create_string_buffer((n + 1) * 2)
        raw.FPDFText_GetText(tp, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
        text = buf.raw[: n * 2].decode("utf-16-le", errors="replace")
        return _read_chars(tp, text, source)
    finally:
        raw.FPDFText_ClosePage(tp)


@functools.cache
def _char_calls() -> tuple:
    """pdfium's per-character functions declared with plain pointers (`void *`): ctypes then checks no handle types
    and builds no pointer objects, which halves the cost of calls made for every character of a page."""
    import pypdfium2.raw as raw

    p, i, d = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
    return (_plain(raw.FPDFText_GetLooseCharBox, i, p, i, p), _plain(raw.FPDFText_GetTextObject, ctypes.c_size_t, p, i),
            _plain(raw.FPDFText_HasUnicodeMapError, i, p, i), _plain(raw.FPDFText_GetCharOrigin, i, p, i, p, p),
            _plain(raw.FPDFText_GetMatrix, i, p, i, p), _plain(raw.FPDFText_GetFontSize, d, p, i),
            _plain(raw.FPDFTextObj_GetFont, p, p), _plain(raw.FPDFFont_GetBaseFontName, ctypes.c_size_t, p, p, ctypes.c_size_t))


@functools.cache
def _object_calls() -> tuple:
    """FPDFPage_GetObject and FPDFPageObj_GetType with plain pointers (see `_char_calls`)."""
    import pypdfium2.raw as raw

    p, i = ctypes.c_void_p, ctypes.c_int
    return _plain(raw.FPDFPage_GetObject, p, p, i), _plain(raw.FPDFPageObj_GetType, i, p)


def _plain(fn, restype, *argtypes):
    """pdfium function `fn` declared anew with these types (handles as `void *`)."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(fn, ctypes.c_void_p).value)


def _read_chars(tp, text: str, source: str) -> list[Char]:
    """The characters of text page `tp` (`text`: its text, one code unit per character index). pdfium is asked once
    per character for its box and text object, once per text object for its size and font; the rest is done on
    arrays."""
    import numpy as np
    import pypdfium2.raw as raw

    loose_box, text_object, map_error, char_origin, get_matrix, font_size, get_font, font_name = _char_calls()
    page = ctypes.cast(tp, ctypes.c_void_p).value
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    distinct = set(text)

    def among(chars: set[str]):
        return np.isin(codes, np.array([ord(c) for c in chars], dtype=np.uint32))

    # Generated spaces and line ends go: lines are rebuilt from positions.
    idx = np.flatnonzero(~among({c for c in distinct if c.isspace()}))
    unusable = among({c for c in distinct if _unusable(c)})[idx]
    checked = (idx % UNICODE_CHECK_EVERY == 0) | unusable  # a sample is enough to tell a mapped text layer
    asked = idx[checked & ~unusable].tolist()
    unmapped = np.zeros(len(idx), dtype=bool)
    unmapped[np.flatnonzero(checked & ~unusable)] = np.array(list(map(map_error, repeat(page), asked)), dtype=np.int64) != 0
    bad = int((unusable | unmapped).sum())
    if checked.any() and bad / int(checked.sum()) > MAX_BAD_SHARE:
        raise InputError(f"{source}: text layer unusable: needs OCR ({bad} of {int(checked.sum())} characters checked unmapped or private)")
    idx = idx[~(unusable | unmapped)]
    rects = (ctypes.c_float * (4 * len(idx) or 1))()
    addresses = (ctypes.addressof(rects) + 16 * np.arange(len(idx))).tolist()
    deque(map(loose_box, repeat(page), idx.tolist(), addresses), maxlen=0)  # pdfium fills `rects`, a call a character
    # FS_RECTF is (left, top, right, bottom).
    x0, y1, x1, y0 = np.frombuffer(rects, dtype=np.float32)[: 4 * len(idx)].reshape(-1, 4).astype(np.float64).T
    drawn = (x1 > x0) & (y1 > y0)
    idx, x0, y0, x1, y1 = idx[drawn], x0[drawn], y0[drawn], x1[drawn], y1[drawn]
    order = idx.tolist()
    objs = np.fromiter(map(text_object, repeat(page), order), dtype=np.uint64, count=len(order))  # 0: none
    # One lookup per text object (pdfium's font size is often 1.0: the text matrix's scale makes the type size).
    keys, first, which = np.unique(objs, return_index=True, return_inverse=True)
    sizes, names = [], []
    fonts: dict[int, str] = {}
    matrix = raw.FS_MATRIX()
    matrix_at = ctypes.addressof(matrix)
    name = ctypes.create_string_buffer(256)
    height = (y1 - y0)[first].tolist()
    for obj, j, loose in zip(keys.tolist(), first.tolist(), height):
        i = order[j]
        get_matrix(page, i, matrix_at)
        scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
        font = (get_font(obj) if obj else None) or 0
        if font not in fonts:
            length = font_name(font, ctypes.addressof(name), 256) if font else 0
            fonts[font] = name.value.decode("latin-1").split("+")[-1] if length else ""
        sizes.append(font_size(page, i) * scale or loose)
        names.append(fonts[font])
    size = np.array(sizes)[which]
    han = among(set(_HAN_RE.findall(text)))[idx]
    latin = np.flatnonzero(~han)
    if len(latin):  # Latin fonts' boxes follow their own ascent: place them on the baseline
        ox, oy = ctypes.c_double(), ctypes.c_double()
        ox_at, oy_at = ctypes.addressof(ox), ctypes.addressof(oy)
        base_y = []
        for j in latin.tolist():
            char_origin(page, order[j], ox_at, oy_at)
            base_y.append(oy.value)
        base_y = np.array(base_y)
        y0[latin], y1[latin] = base_y - 0.28 * size[latin], base_y + 0.86 * size[latin]
    ratio = (y1 - y0) / size
    loose = han & ~((0.5 < ratio) & (ratio < 2))
    size[loose] = (y1 - y0)[loose]
    # A character printed twice on the same spot (a shadow or an overprint) counts once: its first print is kept.
    rx, ry, code = np.round(x0), np.round(y0), codes[idx].astype(np.int64)
    by_key = np.lexsort((np.arange(len(order)), ry, rx, code))
    step = np.diff(code[by_key]) != 0
    step |= (np.diff(rx[by_key]) != 0) | (np.diff(ry[by_key]) != 0)
    keep = np.sort(by_key[np.concatenate(([True], step))]) if len(order) else by_key
    font_of = [names[w] for w in which[keep].tolist()]
    make = functools.partial(tuple.__new__, Char)  # a Char per character, without a Python call each
    return list(map(make, zip([text[i] for i in idx[keep].tolist()], x0[keep].tolist(), y0[keep].tolist(),
                              x1[keep].tolist(), y1[keep].tolist(), size[keep].tolist(), font_of,
                              idx[keep].tolist(), han[keep].tolist())))


def page_shapes(page) -> tuple[list, list, list]:
    """Drawn rules (thin horizontal or vertical paths), frames (drawn boxes) and images, as (x0, y0, x1, y1)."""
    import pypdfium2.raw as raw

    get_object, get_type = _object_calls()
    handle = ctypes.cast(page.raw, ctypes.c_void_p).value
    objects = list(map(get_object, repeat(handle), range(raw.FPDFPage_CountObjects(page.raw))))
    rules, frames, images = [], [], []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for obj, kind in zip(objects, map(get_type, objects)):  # thousands of text objects: one cheap call each
        if kind not in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE):
            continue
        raw.FPDFPageObj_GetBounds(ctypes.cast(obj, raw.FPDF_PAGEOBJECT), left, bottom, right, top)
        box = (left.value, bottom.value, right.value, top.value)
        w, h = box[2] - box[0], box[3] - box[1]
        if kind == raw.FPDF_PAGEOBJ_PATH and (w > 40 and h < 3 or h > 40 and w < 3):
            rules.append(box)
        elif kind == raw.FPDF_PAGEOBJ_PATH and w > 40 and h > 40:
            frames.append(box)
        elif kind == raw.FPDF_PAGEOBJ_IMAGE and w > 20 and h > 20:
            images.append(box)
    return rules, frames, images


def _unusable(ch: str) -> bool:
    o = ord(ch)
    return o == 0xFFFD or 0xE000 <= o <= 0xF8FF or 0xF0000 <= o or (o < 32 and ch not in "\t\r\n")


# --- 2. lines ----------------------------------------------------------------------------------------------------

def build_lines(chars: list[Char]) -> list[Line]:
    """Characters into lines: each joins its nearest right-hand neighbour on the same baseline band, within the type
    size; then vertical runs and letter-spaced names are joined."""
    if not chars:
        return []
    import numpy as np

    n = len(chars)
    x0, y0, x1, y1, size = (np.fromiter(map(itemgetter(k), chars), dtype=np.float64, count=n) for k in range(1, 6))
    han = np.fromiter(map(itemgetter(8), chars), dtype=bool, count=n)
    yc = (y0 + y1) / 2
    # Most characters are printed right after their left neighbour: that pair is tested on arrays, no search needed.
    small, large = np.minimum(size[:-1], size[1:]), np.maximum(size[:-1], size[1:])
    follows = (x0[:-1] < x0[1:]) & (x0[1:] - x1[:-1] <= TIGHT_GAP * small) & (np.abs(yc[1:] - yc[:-1]) <= 0.3 * small) \
        & ~(han[:-1] & han[1:] & (large > 1.3 * small))
    run = np.concatenate(([0], np.cumsum(~follows)))  # runs of characters printed one after the other on one line
    parent = list(range(int(run[-1]) + 1))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # A line ending in punctuation hung past its column's edge (`，` `。` set in the gutter) stops there: its last run
    # does not cross to a run that starts the next column's line, printed elsewhere in the stream.
    runs = np.bincount(run)
    starts = np.concatenate(([True], ~follows))
    hanging = np.fromiter((c.ch in _HANGING for c in chars), dtype=bool, count=n)
    band = _Bands(np.trunc(yc / 2), x0)
    for i in np.flatnonzero(np.append(~follows, True)).tolist():  # the others look for their right-hand neighbour
        c = chars[i]
        yc_i, best, best_x = (c.y0 + c.y1) / 2, None, None
        reach = int(0.3 * c.size / 2) + 1
        for key in range(int(yc_i / 2) - reach, int(yc_i / 2) + reach + 1):
            xs, ids = band.cell(key)
            if not xs:
                continue
            j0 = bisect.bisect_left(xs, c.x0)
            for x, j in zip(xs[j0:], ids[j0:]):
                if x > c.x1 + 0.9 * c.size:
                    break
                if j == i or (x == c.x0 and j < i):
                    continue
                d = chars[j]
                s = min(c.size, d.size)
                if abs((d.y0 + d.y1) / 2 - yc_i) > 0.3 * s or d.x0 - c.x1 > 0.9 * s:
                    continue
                if d.x0 - c.x1 > TIGHT_GAP * s and abs(d.order - c.order) > 2:
                    continue  # a wider gap is crossed only by characters printed one after the other
                if hanging[i] and starts[j] and abs(d.order - c.order) > 2 and runs[run[i]] > 1 and runs[run[j]] > 1:
                    continue
                if max(c.size, d.size) > 1.3 * s and c.han and d.han:
                    continue
                if best_x is None or x < best_x:
                    best, best_x = j, x
        if best is not None:
            parent[find(int(run[i]))] = find(int(run[best]))
    root = np.array([find(r) for r in range(len(parent))])[run]
    # Lines in the order of their first character, each left to right (a stable sort: ties keep the print order).
    _, first, which = np.unique(root, return_index=True, return_inverse=True)
    line_of = np.argsort(np.argsort(first))[which]
    order = np.lexsort((x0, line_of))
    lines = _finished_lines(chars, order, line_of[order], x0, x1, y0, y1, size, han)
    lines = _vertical_runs(lines)
    return _close_letter_spacing(lines)


class _Bands:
    """Characters by baseline band, each band's x0 and indices sorted by x0, made only for the bands searched."""

    def __init__(self, keys, x0):
        import numpy as np

        self.order = np.lexsort((np.arange(len(x0)), x0, keys))
        sorted_keys = keys[self.order]
        starts = np.flatnonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))
        ends = np.append(starts[1:], len(keys))
        self.span = dict(zip(sorted_keys[starts].astype(np.int64).tolist(), zip(starts.tolist(), ends.tolist())))
        self.x0 = x0
        self.cells: dict[int, tuple[list[float], list[int]]] = {}

    def cell(self, key: int) -> tuple[list[float], list[int]]:
        if key not in self.cells:
            start, end = self.span.get(key, (0, 0))
            members = self.order[start:end]
            self.cells[key] = (self.x0[members].tolist(), members.tolist())
        return self.cells[key]


def _finished_lines(chars: list[Char], order, line, x0, x1, y0, y1, size, han) -> list[Line]:
    """`Line.finish` for all lines at once: `order` lists the characters line by line, left to right; `line` gives
    each one's line."""
    import numpy as np

    starts = np.flatnonzero(np.concatenate(([True], line[1:] != line[:-1])))
    ends = np.append(starts[1:], len(order)).tolist()
    bounds = [np.minimum.reduceat(x0[order], starts), np.minimum.reduceat(y0[order], starts),
              np.maximum.reduceat(x1[order], starts), np.maximum.reduceat(y1[order], starts)]
    han_o, size_o = han[order], size[order]
    # A line's size and face are those of its Han characters (all of them in a line without any).
    any_han = np.maximum.reduceat(han_o.astype(np.int8), starts).astype(bool)
    sel = han_o | ~any_han[line]
    picked = np.flatnonzero(sel)
    by_size = picked[np.lexsort((size_o[picked], line[picked]))]
    counts = np.bincount(line[picked], minlength=len(starts))
    first_sel = np.concatenate(([0], np.cumsum(counts)[:-1]))
    line_size = size_o[by_size[first_sel + counts // 2]].tolist()
    ordered = list(map(chars.__getitem__, order.tolist()))
    names = list(map(itemgetter(6), ordered))  # fonts
    face_ids: dict[str, int] = {}
    face = np.array([face_ids.setdefault(f, len(face_ids)) for f in names])
    sel_face = np.where(sel, face, -1)
    lo = np.minimum.reduceat(np.where(sel, face, len(face_ids)), starts)
    one_face = (lo == np.maximum.reduceat(sel_face, starts)).tolist()
    first_chosen = np.minimum.reduceat(np.where(sel, np.arange(len(order)), len(order)), starts).tolist()
    # Text: a space is considered only where two neighbours stand apart (see `_line_text`).
    pieces = list(map(itemgetter(0), ordered))  # characters
    x0_o, x1_o = x0[order], x1[order]
    small = np.minimum(size_o[:-1], size_o[1:])
    gap = x0_o[1:] - x1_o[:-1]
    apart = ((gap > 0.2 * small) | (gap > 0.45 * small)) & (line[1:] == line[:-1])
    for k in np.flatnonzero(apart).tolist():
        if _space_between(ordered[k], ordered[k + 1]):
            pieces[k + 1] = " " + pieces[k + 1]
    x0_l, y0_l, x1_l, y1_l = (b.tolist() for b in bounds)
    lines = []
    for n, (s, e) in enumerate(zip(starts.tolist(), ends)):
        if one_face[n]:
            font = names[first_chosen[n]]
        else:
            font = _main_font([c for c, chosen in zip(ordered[s:e], sel[s:e].tolist()) if chosen])
        lines.append(Line(ordered[s:e], False, "".join(pieces[s:e]), x0_l[n], y0_l[n], x1_l[n], y1_l[n],
                          line_size[n], font))
    return lines


def _main_font(cs: list[Char]) -> str:
    """The most common font of these characters; the first one printed of equally common ones."""
    fonts: dict[str, int] = {}
    for c in cs:
        fonts[c.font] = fonts.get(c.font, 0) + 1
    return max(fonts, key=fonts.__getitem__)


def _vertical_runs(lines: list[Line]) -> list[Line]:
    """Single Han characters stacked at one x, one under the next, read as one vertical line; a name of two to four
    characters may be spaced out further (`杨   义`)."""
    lines = _stack(lines, 1.2, 99)
    return _stack(lines, 3.0, 4)


def _stack(lines: list[Line], max_gap: float, max_len: int) -> list[Line]:
    singles = sorted((ln for ln in lines if len(ln.chars) == 1 and (ln.chars[0].han or ln.chars[0].ch in plx.VERTICAL_FORMS
                                                                      or ln.chars[0].ch in _PUNCT
                                                                      or ln.chars[0].ch.isascii() and ln.chars[0].ch.isprintable())),
                     key=lambda ln: -ln.y1)
    used: set[int] = set()
    out: list[Line] = []
    by_x: dict[int, list[Line]] = {}
    for ln in singles:
        by_x.setdefault(round((ln.x0 + ln.x1) / 2 / 2), []).append(ln)
    for ln in singles:
        if id(ln) in used:
            continue
        run, widest = [ln], 0.0
        while len(run) <= max_len:
            last = run[-1]
            xc, s = (last.x0 + last.x1) / 2, last.size
            nxt = None
            for key in (round(xc / 2) - 1, round(xc / 2), round(xc / 2) + 1):
                for cand in by_x.get(key, ()):
                    if id(cand) in used or cand is last or abs((cand.x0 + cand.x1) / 2 - xc) > 0.2 * s:
                        continue
                    if abs(cand.size - s) > 0.1 * s or cand.font != last.font:
                        continue
                    gap = last.y0 - cand.y1
                    # characters set evenly: a gap much wider than those above ends the run (the next headline)
                    even = len(run) < 2 or gap <= max(0.3 * s, 2.5 * widest)
                    if -0.5 * s <= gap <= max_gap * s and even and (nxt is None or cand.y1 > nxt.y1):
                        nxt = cand
            if nxt is None:
                break
            widest = max(widest, last.y0 - nxt.y1)
            run.append(nxt)
        if 2 <= len(run) <= max_len and sum(r.chars[0].han for r in run) >= 2:
            used.update(id(r) for r in run)
            out.append(Line([c for r in run for c in r.chars], vertical=True).finish())
    return [ln for ln in lines if id(ln) not in used] + out


def _close_letter_spacing(lines: list[Line]) -> list[Line]:
    """Runs of short all-Han pieces on one baseline (`张 晓 明`, `王 五  李小红`) are one line."""
    def short_name(ln: Line) -> bool:
        return not ln.vertical and len(ln.chars) <= 4 and all(c.han for c in ln.chars)

    rows: dict[tuple[int, int], list[Line]] = {}
    for ln in lines:
        if short_name(ln):
            rows.setdefault((round((ln.y0 + ln.y1) / 2 / 3), round(ln.size)), []).append(ln)
    merged: set[int] = set()
    out: list[Line] = []
    for row in rows.values():
        row.sort(key=lambda ln: ln.x0)
        i = 0
        while i < len(row):
            run = [row[i]]
            while i + 1 < len(row):
                a, b = run[-1], row[i + 1]
                if b.x0 - a.x1 <= 4 * a.size and abs(b.size - a.size) <= 0.1 * a.size and b.font == a.font \
                        and abs((a.y0 + a.y1) - (b.y0 + b.y1)) / 2 <= 0.3 * a.size:
                    run.append(b)
                    i += 1
                else:
                    break
            i += 1
            if len(run) >= 2 and any(len(r.chars) == 1 for r in run):
                merged.update(id(r) for r in run)
                line = Line([c for r in run for c in r.chars]).finish()
                # Names stay apart where the gap is wider than the letter-spacing within them.
                line.text = _spaced_names(run)
                out.append(line)
    return [ln for ln in lines if id(ln) not in merged] + out


def _spaced_names(run: list[Line]) -> str:
    chars = [c for r in run for c in r.chars]
    gaps = [b.x0 - a.x1 for a, b in zip(chars, chars[1:])]
    if not gaps:
        return chars[0].ch
    small = min(gaps)
    out = [chars[0].ch]
    for g, c in zip(gaps, chars[1:]):
        out.append((" " if g > small + 0.5 * c.size else "") + c.ch)
    return "".join(out)


def _line_text(cs: list[Char], vertical: bool) -> str:
    """Characters in order; a space only between Latin letters or digits set apart."""
    if vertical:
        return "".join(plx.VERTICAL_FORMS.get(c.ch, c.ch) for c in cs)
    out = [cs[0].ch]
    for a, b in zip(cs, cs[1:]):
        gap = b.x0 - a.x1
        if (gap > 0.2 * min(a.size, b.size) or gap > 0.45 * min(a.size, b.size)) and _space_between(a, b):
            out.append(" ")
        out.append(b.ch)
    return "".join(out)


def _space_between(a: Char, b: Char) -> bool:
    """Neighbours set apart: Latin letters or digits, or a word space (`新起点 新征程`, `记者 王五`); body text drops
    the latter next to CJK later."""
    gap, small = b.x0 - a.x1, min(a.size, b.size)
    if gap > 0.2 * small and not _CJK_RE.match(a.ch) and not _CJK_RE.match(b.ch):
        return True
    return gap > 0.45 * small and not (a.ch in _PUNCT or b.ch in _PUNCT)


# --- 3. fragments ------------------------------------------------------------------------------------------------

def join_display_pieces(lines: list[Line], body: float, texts: tuple[float, ...] = ()) -> list[Line]:
    """Display type split at a wide word space (`既提高就业数量  又提高就业质量`) is one line."""
    display = sorted((ln for ln in lines if _display(ln.size, body, texts) and not ln.vertical), key=lambda ln: (round(ln.y0), ln.x0))
    out, used = [], set()
    for i, a in enumerate(display):
        if id(a) in used:
            continue
        run = [a]
        for b in display[i + 1:]:
            last = run[-1]
            if id(b) in used or abs(b.y0 - last.y0) > 0.15 * last.size or abs(b.size - last.size) > 0.05 * last.size:
                continue
            if b.font == last.font and 0 <= b.x0 - last.x1 <= 1.5 * last.size and not (
                    _heads_column(last, lines) and _heads_column(b, lines)):
                run.append(b)
        if len(run) > 1:
            used.update(id(r) for r in run)
            line = Line([c for r in run for c in r.chars]).finish()
            line.text = " ".join(r.text for r in run)
            out.append(line)
    return [ln for ln in lines if id(ln) not in used] + out


def _heads_column(piece: Line, lines: list[Line]) -> bool:
    """Text of a column starts right under `piece`, flush with its left edge (or two ems in, a paragraph's indent):
    the piece is the title of that column (titles side by side over their briefs), not half of a headline."""
    for ln in lines:
        if ln is piece or ln.vertical or ln.size >= 0.9 * piece.size or not 0 <= piece.y0 - ln.y1 <= 1.5 * piece.size:
            continue
        if abs(ln.x0 - piece.x0) <= 0.3 * ln.size or abs(ln.x0 - piece.x0 - 2 * ln.size) <= 0.3 * ln.size:
            return True
    return False


def build_fragments(lines: list[Line], body: float, rules: list | None = None, texts: tuple[float, ...] = ()) -> list[Fragment]:
    """Lines that follow each other down one column in one size and face are a fragment; display lines do not join
    across a rule drawn between them (two headlines, one over the other)."""
    lines = sorted(join_display_pieces(lines, body, texts), key=lambda ln: (-ln.y1, ln.x0))
    flat = [r for r in rules or [] if r[2] - r[0] > r[3] - r[1]]
    open_: list[Fragment] = []
    frags: list[Fragment] = []
    for ln in lines:
        best, best_gap = None, None
        for f in open_:
            last = f.lines[-1]
            if last.vertical or ln.vertical:
                continue
            s = max(ln.size, last.size)
            if abs(ln.size - last.size) > 0.12 * s or _family(ln.font) != _family(last.font) and ln.size > body * 1.1:
                continue
            gap = last.y0 - ln.y1
            if not (-0.3 * s <= gap <= 1.0 * s):
                continue
            if _display(ln.size, body, texts):  # display lines are centred (overlap is enough) or stepped in
                overlap = min(ln.x1, f.x1) - max(ln.x0, f.x0)
                stepped = overlap > 0 and ln.x0 > f.x0 + 0.5 * ln.size  # a second deck stepped in from the first
                ok = (overlap > 0.5 * min(ln.x1 - ln.x0, f.x1 - f.x0) or stepped) and not any(
                    ln.y1 - 1 <= r[1] <= last.y0 + 1 and r[0] < min(ln.x1, last.x1) and r[2] > max(ln.x0, last.x0) for r in flat)
            else:
                # (a paragraph's last line of a character or two may end before its first line's indent)
                ok = abs(ln.x0 - f.x0) <= 2.6 * s and ln.x1 <= f.x1 + 1.2 * s and (ln.x1 > f.x0 or ln.x0 < f.x0 - 0.5 * s)
                ok = ok and (_family(ln.font) == _family(last.font) or _is_body_face(ln, last))
            if ok and (best_gap is None or gap < best_gap):
                best, best_gap = f, gap
        if best is None:
            best = Fragment([ln])
            frags.append(best)
            open_.append(best)
        else:
            best.add(ln)
        open_ = [f for f in open_ if f.bottom - ln.y1 < 3 * f.lines[-1].size]
    return frags


def split_closers(frags: list[Fragment]) -> list[Fragment]:
    """A body fragment whose paragraph is a trailer or a signature (`（作者为…）`, `（李 华）`) is cut around it."""
    out: list[Fragment] = []
    for f in frags:
        paras = _paragraphs(f)
        if len(paras) == 1:
            out.append(f)
            continue
        run: list[Line] = []
        for para in paras:
            spaced = " ".join(ln.text for ln in para).strip()
            if plx.TRAILER_RE.match(re.sub(r"\s+", "", spaced)) or _signature(spaced):
                if run:
                    out.append(Fragment(run))
                out.append(Fragment(list(para)))
                run = []
            else:
                run.extend(para)
        if run:
            out.append(Fragment(run))
    return out


def _paragraphs(f: Fragment) -> list[list[Line]]:
    """A column fragment's paragraphs: a new one at an indented line or after a line that stops short."""
    paras: list[list[Line]] = []
    left, right = f.x0, f.x1
    for ln in f.lines:
        s = ln.size
        if not paras or ln.x0 > left + 1.2 * s or paras[-1][-1].x1 < right - 1.5 * s:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras


@functools.lru_cache(maxsize=256)
def _family(font: str) -> str:
    f = font.lower()
    for name, marks in (("kai", plx.KAI_FONT_MARKS), ("fang", plx.FANG_FONT_MARKS), ("heavy", plx.HEAVY_FONT_MARKS)):
        if any(m in f for m in marks):
            return name
    return "plain"


def _is_body_face(a: Line, b: Line) -> bool:
    """A body line that opens with a lead-in in another face (`绿色成为普遍形态的发展。`, `福州晚报讯`) still belongs to
    its column: both lines run to the column's right edge."""
    return abs(a.x1 - b.x1) <= a.size and len(a.chars) >= 6 and len(b.chars) >= 6



# --- 4. types ----------------------------------------------------------------------------------------------------

def body_size(chars: list[Char]) -> float:
    """The most common size of Han characters, to half a point (of equally common ones, the first printed)."""
    import numpy as np

    sizes = np.array([c.size for c in chars if c.han])
    if not len(sizes):
        return 10.0
    values, first, counts = np.unique(np.round(sizes * 2) / 2, return_index=True, return_counts=True)
    best = np.lexsort((first, -counts))[0]
    return float(values[best])


def text_sizes(chars: list[Char], body: float) -> tuple[float, ...]:
    """Sizes a display size above the page's text size that set running text (`TEXT_AT_SIZE` characters or more, with
    full stops): a lead set in 10 pt over briefs in 7.5 pt. Lines in them are text, not display type."""
    counts = Counter(round(c.size * 2) / 2 for c in chars if c.han and c.size >= DISPLAY_RATIO * body)
    stops = Counter(round(c.size * 2) / 2 for c in chars if c.ch == "。" and c.size >= DISPLAY_RATIO * body)
    return tuple(sorted(size for size, n in counts.items() if n >= TEXT_AT_SIZE and stops[size] >= 3))


def _display(size: float, body: float, texts: tuple[float, ...]) -> bool:
    """Display type: a display size above the text's, and not a size that sets running text."""
    return size >= DISPLAY_RATIO * body and not any(abs(size - t) <= 0.06 * t for t in texts)


def classify(frags: list[Fragment], body: float, width: float, height: float, rules: list, images: list | None = None,
             texts: tuple[float, ...] = (), frames: list | None = None) -> None:
    """Give each fragment a kind by its size, face, place and form."""
    faces = Counter(_family(ln.font) for f in frags for ln in f.lines if abs(ln.size - body) < 0.1 * body)
    body_family = faces.most_common(1)[0][0] if faces else "plain"
    head, foot = _bands(width, height, rules)
    for f in frags:
        f.kind = _form_kind(f, body, body_family, head, foot, height, texts)
    full = [ln.x1 - ln.x0 for f in frags if f.kind == "body" for ln in f.lines if len(ln.chars) >= 8]
    column = max(full, default=0.0)  # the widest column of text on the page
    for f in frags:  # a name alone set flush right under the last line of text signs it
        if f.kind == "body" and _name_line(f) and any(_signs(f, t, column) for t in frags if t.kind == "body" and t is not f):
            f.kind = "byline"
    display = [f for f in frags if f.kind == "display"]
    texts = [f for f in frags if f.kind == "body" and not (len(f.lines) <= 5 and _under_picture(f, images or [], body))]
    bylines = [f for f in frags if f.kind == "byline"]
    edges = rules + [(b[0], y, b[2], y) for b in frames or [] for y in (b[1], b[3])]  # a box's edges part as rules do
    for f in display:
        f.kind = "section_title" if _inside_column(f, texts, body, edges) and not _signed_under(f, bylines, body) else "headline"
    row = [h for h in display if h.kind == "headline" and not h.vertical]
    for f in display:  # titles on one row with a headline head articles side by side
        if f.kind == "section_title" and not f.vertical and any(
                abs(h.top - f.top) <= 0.5 * min(h.size, f.size) and abs(h.size - f.size) <= 0.25 * max(h.size, f.size)
                and (h.x0 >= f.x1 or h.x1 <= f.x0) for h in row):
            f.kind = "headline"
    styles = {(round(f.size), f.font) for f in display if f.kind == "section_title"}
    for f in display:  # section titles share one style: one set at the top of a column is one too
        if f.kind == "headline" and (round(f.size), f.font) in styles and not f.vertical:
            f.kind = "section_title"
    for f in [f for f in frags if f.kind == "headline" and len(f.lines) >= 2 and not f.vertical]:
        first, second = f.lines[0], f.lines[1]
        if first.x1 - first.x0 <= 0.5 * (second.x1 - second.x0):  # a short line set over the headline: its kicker
            above = first.y0 > head or plx.FURNITURE_RE.search(re.sub(r"\s+", "", first.text))  # a page number over it
            frags.append(Fragment([first], "furniture" if above else "kicker"))
            f.remove(first)
    heads = [f for f in frags if f.kind == "headline"]
    for f in heads:
        partner = _touching_larger(f, heads, rules)
        if partner is not None:
            f.kind = "kicker" if f.bottom >= partner.top - 0.2 * f.size else "subtitle"
        elif any(_dash_subtitle(h, f, rules, heads) for h in heads):
            f.kind = "subtitle"
    for f in frags:
        if f.kind == "body" and f.text.startswith("——") and len(f.lines) <= 2 and any(
                _touches(h, f, rules) for h in frags if h.kind == "headline"):
            f.kind = "subtitle"


def _signs(f: Fragment, t: Fragment, column: float) -> bool:
    """`f`, a line of names, is set right under `t`, text whose last line ends a sentence, starting well past where a
    line of `t` starts (flush right, not at the column's edge or a paragraph's indent) and within a column's width of
    `t`'s left edge (`column`: the page's widest line of text; `t`'s own lines may all stop short): a signature."""
    s = f.size
    return (0 <= t.bottom - f.top <= 1.5 * s and t.x0 + 4 * s <= f.x0 and f.x1 <= max(t.x1, t.x0 + column) + s
            and ends_sentence(re.sub(r"\s+", "", t.lines[-1].text)))


def _bands(width: float, height: float, rules: list) -> tuple[float, float]:
    """Where the page's head strip ends and its foot strip starts: `TOP_BAND` and `BOTTOM_BAND` of the height, or the
    rule drawn across the page that closes the strip, when one is drawn inside the band (what stands under the
    masthead's rule is the page's first article, not furniture)."""
    head, foot = height - TOP_BAND * height, BOTTOM_BAND * height
    across = [r for r in rules if r[2] - r[0] >= ACROSS_RULE * width]
    head = max([head] + [r[3] for r in across if r[1] >= head])
    foot = min([foot] + [r[1] for r in across if r[3] <= foot])
    return head, foot


def _in_strip(f: Fragment, head: float, foot: float, height: float) -> bool:
    """In the page's head or foot strip: wholly beyond where the strip ends, or, where a rule closes the strip, set
    across that rule from the strip's side (a section name printed over the masthead's rule) within the band."""
    return (f.bottom > head or f.top > head and f.bottom > height - TOP_BAND * height
            or f.top < foot or f.bottom < foot and f.top < BOTTOM_BAND * height)


def _form_kind(f: Fragment, body: float, body_family: str, head: float, foot: float, height: float,
               texts: tuple[float, ...] = ()) -> str:
    text = f.text
    plain = re.sub(r"\s+", "", text)
    if not plain:
        return "furniture"
    if plx.AD_MARK_RE.search(plain):
        return "ad"
    if plx.FURNITURE_RE.search(plain) or plx.FURNITURE_RE.search(text) or lx.JUMP_RE.match(plain):
        return "furniture"
    if _in_strip(f, head, foot, height) and len(plain) <= 12 and not ends_sentence(plain):
        return "furniture"  # page number, section name, date in the head or foot of the page
    if plx.TRAILER_RE.match(plain) or (len(plain) <= 6 and plain.endswith(("）", ")")) and "（" not in plain and "(" not in plain):
        return "trailer"  # the note, or the tail of one set flush right on a line of its own
    if _photo_credit(text):
        return "credit"
    if _is_byline(plain) or _signature(text.strip()):
        return "byline"
    if plx.CREDIT_RE.search(plain) and len(plain) <= 24 and not ends_sentence(plain):
        return "credit"
    set_apart = f.vertical or _family(f.font) != body_family or abs(f.size - body) > 0.05 * body
    if len(plain) <= 16 and f.size < 1.2 * body and _name_line(f) and set_apart:
        return "byline"  # names alone on a line, in another face or size than the text
    if f.size < 0.9 * body and len(f.lines) <= 3 and not f.vertical:
        return "caption" if len(plain) > 6 else "small"
    if any(abs(f.size - t) <= 0.06 * t for t in texts) and not f.vertical:
        return "body"  # the page's larger text (a lead set larger than the briefs around it)
    if f.size >= DISPLAY_RATIO * body and len(plain) <= 80 and not re.search("[。；]", plain[:-1]):
        return "display"
    if f.vertical:
        return "display" if f.size >= DISPLAY_RATIO * body else "small"
    if f.size >= 1.1 * body and len(f.lines) <= 2 and 4 <= len(plain) <= 40 and not re.search("[。；！？]", plain):
        return "section_title"  # a head set a little larger than the text of its column
    return "body"


def _photo_credit(text: str) -> bool:
    """A short line of roles and names ending in 摄 with no text mark (`通讯员 X 摄`, `本报记者 X/摄`) credits a picture:
    its names took photos, they did not write the article under it."""
    plain = re.sub(r"\s+", "", text)
    return (len(plain) <= 24 and bool(plx.PHOTO_CREDIT_END_RE.search(text)) and not plx.TEXT_MARK_RE.search(text)
            and not ends_sentence(plain) and not re.search("[，。；：]", plain))


def _signature(plain: str) -> bool:
    """A name in parentheses after the last sentence (`（李 华）`, `（记者 王明）`), not `（完）` or `（下转第二版）`."""
    return bool(plx.SIGNATURE_RE.match(plain)) and not any(w in plain for w in plx.NOT_SIGNATURES)


def _is_byline(plain: str) -> bool:
    """A short line naming roles (`■记者 X 通讯员 Y`, `…记者 X 见习记者 Y/文`), not a sentence or an agency lead."""
    core = plain.lstrip(plx.BYLINE_MARKS)
    if not core or len(core) > 40 or ends_sentence(core) or lx.BYLINE_LEAD_RE.match(core):
        return False
    return any(r in core for r in plx.BYLINE_ROLES) and not re.search("[，。；：]", core)


def _inside_column(f: Fragment, texts: list[Fragment], body: float, rules: list) -> bool:
    """A title with body text of its column just above it, and no wider than that column, is a section title; a rule
    drawn between them closes that text's article, so the title opens another."""
    if f.size >= HEADLINE_RATIO * body or f.vertical:
        return False
    for t in texts:
        overlap = min(t.x1, f.x1) - max(t.x0, f.x0)
        if overlap > 0.5 * (f.x1 - f.x0) and 0 <= t.bottom - f.top <= 3 * body and f.x1 - f.x0 <= 1.3 * (t.x1 - t.x0):
            return not _ruled_off(t, f, rules)
    return False


def _signed_under(f: Fragment, bylines: list[Fragment], body: float) -> bool:
    """A byline line set right under a title makes it a headline: section titles are not signed."""
    return any(0 <= f.bottom - b.top <= 2 * body and b.x0 < f.x1 and b.x1 > f.x0 - 4 * body for b in bylines)


def _touches(a: Fragment, b: Fragment, rules: list) -> bool:
    """`b` is set right above or below `a`, within its width and centred or aligned on it, as a kicker or subtitle is
    set to its headline, with no rule between them."""
    overlap = min(a.x1, b.x1) - max(a.x0, b.x0)
    near = min(abs(a.bottom - b.top), abs(b.bottom - a.top)) <= 1.2 * min(a.size, b.size)
    aligned = abs((a.x0 + a.x1) - (b.x0 + b.x1)) / 2 <= 0.15 * (a.x1 - a.x0) or abs(a.x0 - b.x0) <= a.size
    upper, lower = (a, b) if a.top > b.top else (b, a)
    return overlap > 0.6 * (b.x1 - b.x0) and near and aligned and not _ruled_off(upper, lower, rules)


def _dash_subtitle(h: Fragment, f: Fragment, rules: list, heads: list[Fragment] = ()) -> bool:
    """`f` opens with a dash (`——…观察`, `SUBTITLE_LEADS`) and stands right under headline `h`, in smaller type, within
    its width and not ruled off: its subtitle, though indented rather than centred or flush with it; or centred on it
    though wider; or set flush right past its end, under no other headline."""
    if h is f or h.vertical or f.vertical or h.size <= 1.15 * f.size or not f.text.lstrip().startswith(plx.SUBTITLE_LEADS):
        return False
    overlap = min(h.x1, f.x1) - max(h.x0, f.x0)
    right = f.x0 > h.x0 and not any(o is not h and o is not f and not o.vertical and o.x0 < f.x1 and o.x1 > f.x0
                                    and f.top - 0.2 * f.size <= o.bottom <= f.top + 3 * f.size for o in heads)
    centred = overlap > 0 and abs((h.x0 + h.x1) - (f.x0 + f.x1)) / 2 <= 0.1 * (f.x1 - f.x0)  # wider than it, centred
    return ((overlap > 0.6 * (f.x1 - f.x0) or centred or right and heads) and -0.2 * f.size <= h.bottom - f.top <= 1.2 * f.size
            and not _ruled_off(h, f, rules))


def _touching_larger(f: Fragment, heads: list[Fragment], rules: list) -> Fragment | None:
    for h in heads:
        if h is not f and h.size > 1.15 * f.size and _touches(h, f, rules) and not h.vertical:
            return h
    return None


# --- 5. articles -------------------------------------------------------------------------------------------------

_TEXT_KINDS = ("body", "section_title", "byline", "trailer", "small")


def group_articles(frags: list[Fragment], body: float, rules: list, images: list | None = None,
                   columns: list | None = None) -> list[list[Fragment]]:
    """Assign each text fragment to a headline by geometry; return the groups in page order of their headlines."""
    heads = sorted((f for f in frags if f.kind == "headline"), key=lambda h: (-h.top, h.x0))
    for i, h in enumerate(heads):
        h.group = i
    texts = [f for f in frags if f.kind in _TEXT_KINDS]
    closers = [f for f in frags if f.kind == "trailer" or f.kind == "ad"]
    reach = {id(h): _reach(h, texts, heads, body, columns or []) for h in heads}
    # Pictures without a caption or credit under them (a column logo); a captioned photo is set into its article.
    bare = [b for b in images or [] if not any(f.kind in ("caption", "credit") and 0 <= b[1] - f.top <= 2 * body
                                               and min(f.x1, b[2]) > max(f.x0, b[0]) for f in frags)]
    for t in texts:
        owner = None
        for h in heads:
            if h.frame != t.frame and (h.frame is not None or t.frame is not None):
                continue  # a boxed article owns what is in its box, and only that
            if h.vertical:  # the text beside it, or under its foot
                inside = _beside_vertical(h, t, heads, columns or []) or (
                    t.x0 < h.x1 and t.x1 > h.x0 and t.top <= h.top + body)
            else:  # a byline is often set flush left under a centred headline: any overlap will do
                share = 0.0 if t.kind == "byline" else 0.3
                x0, x1 = reach[id(h)]
                inside = min(t.x1, x1) - max(t.x0, x0) > share * min(t.x1 - t.x0, x1 - x0) and t.top <= h.bottom + body
            if not inside:
                continue
            if any(c is not t and _between(c, h, t) for c in closers) or _picture_between(h, t, bare, texts) \
                    or _rule_between(h, t, rules, texts):
                continue
            if owner is None or _lower_head(h, owner, t, body, heads, columns or []):
                owner = h
        if owner is not None and not any(
                o is not owner and o.bottom < owner.bottom and o.top > t.top and _overlaps_x(o, t) for o in heads):
            t.group = owner.group
    # Text owned by no headline: the headline beside it, its left neighbour's article, or the headline below.
    for t in sorted((t for t in texts if t.group is None), key=lambda t: (t.x0, -t.top)):
        above = [o for o in texts if o.group is not None and o.kind in ("body", "section_title") and _overlaps_x(o, t)
                 and 0 <= o.bottom - t.top <= 3 * body and not _ruled_off(o, t, rules)]
        if above:  # the column goes on below text the geometry already placed
            t.group = min(above, key=lambda o: o.bottom - t.top).group
            continue
        beside = [h for h in heads if min(t.top, h.top) - max(t.bottom, h.bottom) > 0 and h.frame == t.frame]
        if beside:
            t.group = min(beside, key=lambda h: min(abs(h.x0 - t.x1), abs(t.x0 - h.x1))).group
            continue
        left = [o for o in texts if o.group is not None and o.x1 <= t.x0 + body and min(t.top, o.top) - max(t.bottom, o.bottom) > 0]
        if left:
            t.group = max(left, key=lambda o: (min(t.top, o.top) - max(t.bottom, o.bottom), o.x1)).group
            continue
        below = [h for h in heads if h.top <= t.bottom + body and min(h.x1, t.x1) > max(h.x0, t.x0)]
        if below:  # an intro set above its headline
            t.group = max(below, key=lambda h: h.top).group
            continue
        near = [h for h in heads if h.frame == t.frame]
        if near:  # a column cut off from its headline by a picture: the nearest headline
            t.group = min(near, key=lambda h: _distance(h, t)).group
    for f in frags:  # kickers and subtitles go with the headline they touch
        if f.kind in ("kicker", "subtitle"):
            near = [h for h in heads if _touches(h, f, rules) or _dash_subtitle(h, f, rules, heads)]
            if near:  # the one over it, then the nearest
                f.group = min(near, key=lambda h: (not _overlaps_x(h, f), min(abs(h.bottom - f.top), abs(f.bottom - h.top)))).group
    groups: list[list[Fragment]] = [[] for _ in heads]
    for f in frags:
        if f.group is not None:
            groups[f.group].append(f)
    return groups


def _reach(h: Fragment, texts: list[Fragment], heads: list[Fragment], body: float, columns: list) -> tuple[float, float]:
    """The width a headline heads: its own, widened to the columns its text starts in and to those beside them whose
    text starts at the same level (a short headline set flush left over several columns heads them all), up to a
    column rule, a gutter wider than `REACH_GUTTER` ems, or a column another headline stands right above."""
    if h.vertical:
        return h.x0, h.x1
    under = [t for t in texts if t.kind == "body" and t.frame == h.frame and min(t.x1, h.x1) > max(t.x0, h.x0)
             and h.bottom - REACH_DEPTH * body <= t.top <= h.bottom + body]
    if not under:
        return h.x0, h.x1
    level = max(t.top for t in under)
    row = sorted((t for t in texts if t.kind == "body" and t.frame == h.frame and abs(t.top - level) <= 1.5 * body),
                 key=lambda t: t.x0)
    x0, x1 = min(h.x0, *(t.x0 for t in under if abs(t.top - level) <= 1.5 * body)), \
        max(h.x1, *(t.x1 for t in under if abs(t.top - level) <= 1.5 * body))

    def free(t: Fragment, gap: tuple[float, float]) -> bool:
        if gap[1] - gap[0] > REACH_GUTTER * body:
            return False
        mid = (t.x0 + t.x1) / 2  # punctuation hanging past a column's edge may cross the rule: look to t's middle
        if any(min(gap[0], mid) - 2 <= c[0] <= max(gap[1], mid) + 2 and c[1] <= t.top and c[3] >= t.top - body
               for c in columns):
            return False  # a column rule between them
        return not any(o is not h and not o.vertical and min(o.x1, t.x1) - max(o.x0, t.x0) > 0.3 * (t.x1 - t.x0)
                       and t.top - body <= o.bottom <= t.top + REACH_DEPTH * body for o in heads)

    grown = True
    while grown:
        grown = False
        for t in row:
            if t.x1 > x1 + body and t.x0 > x0 and free(t, (x1, max(x1, t.x0))):
                x1, grown = t.x1, True
            elif t.x0 < x0 - body and t.x1 < x1 and free(t, (min(x0, t.x1), x0)):
                x0, grown = t.x0, True
    return x0, x1


def _beside_vertical(h: Fragment, t: Fragment, heads: list[Fragment], columns: list) -> bool:
    """`t` stands beside vertical headline `h`, at the height of part of it, with no other headline and no column rule
    between them across the page, and no other headline over it set lower than `h`'s top (that one heads it)."""
    if not (h.vertical and t.top > h.bottom and t.bottom < h.top and (t.x0 >= h.x1 - 1 or t.x1 <= h.x0 + 1)):
        return False
    lo, hi = (h.x1, t.x0) if t.x0 >= h.x1 - 1 else (t.x1, h.x0)
    return not any(o is not h and o.x0 < hi and o.x1 > lo and o.top > t.bottom and o.bottom < t.top for o in heads) \
        and not any(lo - 1 <= c[0] <= hi + 1 and c[1] < t.top and c[3] > t.bottom for c in columns) \
        and not any(o is not h and not o.vertical and t.top <= o.bottom < h.top and _overlaps_x(o, t) for o in heads)


def _lower_head(h: Fragment, owner: Fragment, t: Fragment, body: float, heads: list[Fragment] = (),
                columns: list = ()) -> bool:
    """Headline `h` heads `t` rather than `owner`: a vertical headline `t` stands beside (not under its foot or under
    another headline), or it stands nearer above it, or, both on one row (`HEAD_ROW`), it is over more of `t`, or, over
    none of it, stands to its left (text runs on to the right of a headline, as a flush-left headline heads the columns
    after its own), or nearer it."""
    beside = _beside_vertical(h, t, heads, columns), _beside_vertical(owner, t, heads, columns)
    if beside[0] != beside[1]:
        return beside[0]
    if beside[0]:  # beside two vertical headlines: the nearer
        return _distance(h, t) < _distance(owner, t)
    if abs(h.bottom - owner.bottom) > HEAD_ROW * body:
        return h.bottom < owner.bottom

    def away(o: Fragment) -> tuple[float, bool, float]:
        return (-max(0.0, min(o.x1, t.x1) - max(o.x0, t.x0)), o.x1 > t.x0, max(0.0, o.x0 - t.x1, t.x0 - o.x1))
    return away(h) < away(owner)


def _distance(a: Fragment, b: Fragment) -> float:
    dx = max(0.0, a.x0 - b.x1, b.x0 - a.x1)
    dy = max(0.0, a.bottom - b.top, b.bottom - a.top)
    return dx + dy


def _picture_between(h: Fragment, t: Fragment, images: list, texts: list[Fragment]) -> bool:
    """A picture across `t`'s column with text of that column above it, below headline `h` (a column logo opening the
    next article), ends the headline's reach; a picture right under the headline belongs to its article."""
    if h.vertical:
        return False
    for b in images:
        if min(b[2], t.x1) - max(b[0], t.x0) > 0.5 * (t.x1 - t.x0) and b[1] >= t.top - 2 and b[3] <= h.bottom + 2:
            if any(o is not t and _overlaps_x(o, t) and o.bottom >= b[3] - 2 and o.top <= h.bottom + 2 for o in texts):
                return True
    return False


def _rule_between(h: Fragment, t: Fragment, rules: list, texts: list[Fragment]) -> bool:
    """A rule across `t`'s column under text that headline `h` heads, and above `t`, ends the headline's reach there:
    what follows in that column is another article's (a story continued under its neighbour)."""
    if h.vertical:
        return False
    for r in rules:
        if r[1] >= t.top - 2 and r[3] <= h.bottom and min(r[2], t.x1) - max(r[0], t.x0) > 0.6 * (t.x1 - t.x0):
            if any(o is not t and _overlaps_x(o, t) and o.bottom >= r[3] - 2 and o.top <= h.bottom + 2 and o.kind == "body"
                   for o in texts):
                return True
    return False


def _overlaps_x(a: Fragment, b: Fragment) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0.3 * min(a.x1 - a.x0, b.x1 - b.x0)


def _between(c: Fragment, h: Fragment, t: Fragment) -> bool:
    """Closer `c` stands in `t`'s column between headline `h` and `t`."""
    return _overlaps_x(c, t) and c.bottom >= t.top - 1 and c.top <= h.bottom + 1


def order_group(group: list[Fragment], top: float | None) -> list[Fragment]:
    """Reading order inside an article: what stands wholly above its headline (top edge `top`) first, then columns left
    to right, each top to bottom."""
    above = [f for f in group if top is not None and f.bottom >= top]
    rest = [f for f in group if f not in above]
    return sorted(above, key=lambda f: (-f.top, f.x0)) + [
        f for band in _bands_across(rest) for col in _columns(band) for f in sorted(col, key=lambda f: -f.top)]


def _bands_across(frags: list[Fragment]) -> list[list[Fragment]]:
    """An article's text cut where an empty band `BAND_GAP` lines high runs across all its columns (a table or a picture
    set across them): the text above is read before the text below."""
    bands: list[list[Fragment]] = []
    low = None
    for f in sorted(frags, key=lambda f: -f.top):
        if low is None or f.top < low - BAND_GAP * f.lines[0].size:
            bands.append([])
            low = f.bottom
        bands[-1].append(f)
        low = min(low, f.bottom)
    return bands


def _columns(frags: list[Fragment]) -> list[list[Fragment]]:
    """Fragments clustered into columns by horizontal overlap, left to right; the longest runs of body text set the
    columns, so a stray line, a byline or a wide head joins the column it stands in."""
    cols: list[tuple[float, float, list[Fragment]]] = []
    for f in sorted(frags, key=lambda f: (f.kind != "body", -len(f.lines), f.x1 - f.x0, f.x0)):
        size = f.lines[0].size
        for x0, x1, members in cols:
            if min(x1, f.x1) - max(x0, f.x0) > 0.5 * min(x1 - x0, f.x1 - f.x0) or x0 - 2.6 * size <= f.x0 <= x1 - size:
                members.append(f)
                break
        else:
            cols.append((f.x0, f.x1, [f]))
    return [members for _, _, members in sorted(cols, key=lambda c: c[0])]


# --- blocks ------------------------------------------------------------------------------------------------------

def read_pdf(data: bytes, source: str) -> list[PdfPage]:
    """Every page of a PDF as typed blocks grouped into articles. A PDF with no text at all (scanned pages) is refused:
    it needs OCR; in a PDF of several pages, a page without text (a full-page picture) is a page without articles."""
    doc = open_pdf(data, source)
    pages = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            label = f"{source}#{index + 1}" if len(doc) > 1 else source
            width, height = page.get_size()
            if page.get_rotation() in (90, 270):  # characters come in the page's own space, before it is turned
                width, height = height, width
            chars = page_chars(page, label)
            problem = implausible("".join(c.ch for c in chars[:PLAUSIBLE_SAMPLE])) if chars else None
            if problem is not None and problem.startswith("undecodable"):  # glyphs mapped to the wrong characters
                raise InputError(f"{label}: text layer unusable: needs OCR (the fonts map glyphs to rare characters in no "
                                 "Chinese order)")
            if problem is not None:
                raise InputError(f"{label}: {problem}")
            shapes = page_shapes(page) if chars else ([], [], [])
            pages.append(PdfPage(index + 1, width, height, page_blocks(chars, index + 1, width, height, *shapes)))
            page.close()
    finally:
        doc.close()
    if not any(p.blocks for p in pages):
        raise InputError(f"{source}: text layer unusable: needs OCR (no text in the PDF, only pictures or drawings)")
    return pages


def page_blocks(chars: list[Char], number: int, width: float, height: float,
                rules: list | None = None, frames: list | None = None, images: list | None = None) -> list[Block]:
    if not chars:
        return []
    body = body_size(chars)
    lines = build_lines(chars)
    texts = text_sizes(chars, body)
    frags = split_closers(build_fragments(lines, body, rules, texts))
    columns = [r for r in rules or [] if r[2] - r[0] <= r[3] - r[1]]  # vertical rules between columns
    rules = [r for r in rules or [] if r[2] - r[0] > r[3] - r[1]]  # horizontal rules
    tables = _tables(frags, rules, body)
    if tables:  # a table's rules part its rows, not articles
        rules = [r for r in rules if not any(_within(r, box) for box in tables)]
        columns = [r for r in columns if not any(_within(r, box) for box in tables)]
    frames = [b for b in frames or [] if (b[2] - b[0]) * (b[3] - b[1]) < 0.5 * width * height]
    images = [b for b in images or [] if (b[2] - b[0]) * (b[3] - b[1]) < 0.5 * width * height]
    # A drawn box with no text in it is a picture (some e-papers flatten photos and graphics to paths).
    empty = [b for b in frames if not any(min(f.x1, b[2]) > max(f.x0, b[0]) and min(f.top, b[3]) > max(f.bottom, b[1])
                                          for f in frags)]
    frames, images = [b for b in frames if b not in empty], images + empty
    classify(frags, body, width, height, rules, images, texts, frames)
    for f in frags:
        if any(_inside(f, box) for box in tables):
            f.kind = "table"
    _mark_ads(frags, frames + images)
    _mark_captions(frags, images, body)
    for f in frags:
        f.frame = _container(f, frames)
    _title_rows(frags, rules, body)
    _text_under_titles(frags, images, body)
    groups = _split_briefs(group_articles(frags, body, rules, images, columns), frags)
    _retype_groups(groups)
    blocks: list[Block] = []
    counter = [0]
    placed: set[int] = set()
    for gi, group in enumerate(groups):
        heads = sorted((f for f in group if f.kind in ("kicker", "headline", "subtitle")), key=lambda f: -f.top)
        top = min((f.top for f in heads), default=None)
        for f in heads + order_group([f for f in group if f not in heads], top):
            placed.add(id(f))
            blocks.extend(_fragment_blocks(f, gi, number, counter))
    rest = sorted((f for f in frags if id(f) not in placed), key=lambda f: (-f.top, f.x0))
    text = [f for f in rest if f.kind in _TEXT_KINDS]
    if _notices(text):
        for f in text:
            f.kind = "notice"
    elif not groups and any(f.kind == "body" for f in text):  # no headline on the page: its text goes on from another page
        for f in order_group(text, None):
            blocks.extend(_fragment_blocks(f, 0, number, counter))
        rest = [f for f in rest if f not in text]
    for f in rest:
        kind = f.kind if f.kind not in _TEXT_KINDS + ("headline", "kicker", "subtitle") else (
            "caption" if f.kind in ("small", "body") else "furniture" if f.kind == "section_title" else f.kind)
        blocks.extend(_fragment_blocks(f, None, number, counter, kind))
    return blocks


def _tables(frags: list[Fragment], rules: list, body: float) -> list[tuple[float, float, float, float]]:
    """Ruled tables: at least three horizontal rules of one width stacked close (`TABLE_ROW_GAP` ems at most apart; a
    three-line table has a top rule, one under its header and one at its foot) with figures between them: most of the
    lines there are short cells, many of them numbers."""
    by_width: dict[tuple[int, int], list] = {}
    long_lines = [ln for f in frags for ln in f.lines if len(ln.chars) > TABLE_CELL]  # a line of text ends a table
    for r in rules:
        by_width.setdefault((round(r[0] / 3), round(r[2] / 3)), []).append(r)
    out = []
    for same in by_width.values():
        same.sort(key=lambda r: -r[1])
        run = [same[0]]
        for r in same[1:] + [None]:
            if r is not None and run[-1][1] - r[1] <= (TABLE_ROW_GAP if len(run) != 2 else TABLE_DEPTH) * body \
                    and not any(len(ln.chars) > TABLE_CELL and r[1] <= ln.y0 and ln.y1 <= run[-1][3]
                                and ln.x0 >= r[0] - 1 and ln.x1 <= r[2] + 1 for ln in long_lines):
                run.append(r)  # (a three-line table: rows of text between the header's rule and the foot's)
                continue
            if len(run) >= 3:
                box = (min(x[0] for x in run), run[-1][1], max(x[2] for x in run), run[0][3])
                inside = [ln for f in frags for ln in f.lines if box[0] - 1 <= ln.x0 and ln.x1 <= box[2] + 1
                          and box[1] - 1 <= ln.y0 and ln.y1 <= box[3] + 1]
                cells = [ln for ln in inside if len(ln.chars) <= TABLE_CELL]
                numbers = [ln for ln in cells if _NUMBER_CELL.match(ln.text.strip())]
                if inside and len(cells) >= 0.8 * len(inside) and len(numbers) >= 0.3 * len(inside):
                    out.append(box)
            if r is not None:
                run = [r]
    return out


_NUMBER_CELL = re.compile(r"^[-+−]?\d[\d,.，]*\s*%?$")


def _within(r: tuple, box: tuple) -> bool:
    return box[0] - 2 <= r[0] and r[2] <= box[2] + 2 and box[1] - 2 <= r[1] and r[3] <= box[3] + 2


def _inside(f: Fragment, box: tuple[float, float, float, float]) -> bool:
    """Most of the fragment lies in the box."""
    w = min(f.x1, box[2]) - max(f.x0, box[0])
    h = min(f.top, box[3]) - max(f.bottom, box[1])
    return w > 0 and h > 0 and w * h >= 0.7 * (f.x1 - f.x0) * (f.top - f.bottom)


def _container(f: Fragment, frames: list) -> tuple | None:
    """The smallest drawn box the fragment sits in (a column box, a boxed feature), if any."""
    around = [b for b in frames if _inside(f, b)]
    return min(around, key=lambda b: (b[2] - b[0]) * (b[3] - b[1])) if around else None


def _mark_captions(frags: list[Fragment], images: list, body: float) -> None:
    """A few lines of text set right under a picture and within its width are its caption."""
    for f in frags:
        if (f.kind == "body" and len(f.lines) <= 5 or f.kind == "byline" and _name_line(f)) and _under_picture(f, images, body):
            f.kind = "caption"


def _under_picture(f: Fragment, images: list, body: float) -> bool:
    """Set right under a picture and within its width (where its caption goes)."""
    return any(0 <= b[1] - f.top <= 2 * body and f.x0 >= b[0] - body and f.x1 <= b[2] + body for b in images)


def _mark_ads(frags: list[Fragment], frames: list) -> None:
    """Everything in the largest frame around an ad mark (`（广告）`) is the ad."""
    for mark in [f for f in frags if f.kind == "ad"]:
        around = [b for b in frames if _inside(mark, b)]
        if not around:
            continue
        box = max(around, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
        for f in frags:
            if _inside(f, box):
                f.kind = "ad"


def _ruled_off(upper: Fragment, lower: Fragment, rules: list) -> bool:
    """A horizontal rule drawn between `upper` and `lower`, across the width they share."""
    lo, hi = lower.top, upper.bottom
    x0, x1 = max(upper.x0, lower.x0), min(upper.x1, lower.x1)
    return x1 > x0 and any(lo - 1 <= r[1] <= hi + 1 and r[0] <= x0 + 2 and r[2] >= x1 - 2 for r in rules)


def _notices(frags: list[Fragment]) -> bool:
    """Most of this text (by paragraphs) says what paid notices say."""
    paras = [re.sub(r"\s+", "", "".join(ln.text for ln in p)) for f in frags if f.kind == "body" for p in _paragraphs(f)]
    return bool(paras) and sum(bool(plx.NOTICE_TEXT_RE.search(p)) for p in paras) >= 0.5 * len(paras)


def _split_briefs(groups: list[list[Fragment]], frags: list[Fragment]) -> list[list[Fragment]]:
    """A column headed by a briefs label (`简讯`, `快讯`…) holds one brief under each of its titles: a section title, or
    a line of body size flush left, short and without a full stop, over an indented paragraph (its bold face is not in
    the PDF). Each becomes an article; the label stays on the page."""
    out: list[list[Fragment]] = []
    for group in groups:
        heads = [f for f in group if f.kind == "headline"]
        if len(heads) != 1 or not plx.BRIEFS_LABEL_RE.match(re.sub(r"\s+", "", heads[0].text)):
            out.append(group)
            continue
        label = heads[0]
        rest, whole = [], [f for f in group if f is not label]
        for f in order_group(whole, None):  # a title of body size opens a paragraph: the pieces stand for the fragment
            for para in (_paragraphs(f) if f.kind == "body" else [f.lines]):
                piece = Fragment(list(para), f.kind)
                piece.frame = f.frame
                rest.append(piece)
        briefs: list[list[Fragment]] = []
        for k, f in enumerate(rest):
            plain = re.sub(r"\s+", "", f.text)
            titled = f.kind == "section_title" or (
                f.kind == "body" and len(f.lines) == 1 and len(plain) <= BRIEF_TITLE and not re.search("[。；！？，]", plain)
                and k + 1 < len(rest) and rest[k + 1].kind == "body" and rest[k + 1].lines[0].x0 > f.x0 + 0.5 * f.size)
            if titled:
                f.kind = "headline"
                briefs.append([f])
            elif briefs:
                briefs[-1].append(f)
        if len(briefs) < 2:
            for f in rest:
                if f.kind == "headline":
                    f.kind = "section_title"
            out.append(group)
            continue
        label.kind, label.group = "furniture", None
        gone = {id(f) for f in whole}
        frags[:] = [f for f in frags if id(f) not in gone] + rest
        for f in rest:
            if not any(f in b for b in briefs):
                f.group = None
        for b in briefs:
            for f in b:
                f.group = len(out)
            out.append(b)
    for i, group in enumerate(out):
        for f in group:
            f.group = i
    return out


def _title_rows(frags: list[Fragment], rules: list, body: float) -> None:
    """Two or more short titles on one row right under a rule drawn across them, each flush left over an indented
    paragraph of its own column (briefs side by side in a strip, their titles in body size or a little larger), each
    head an article: they become headlines. Only a briefs label (`简讯`) may stand between the rule and the row; it is
    furniture."""
    titles: list[tuple[Fragment, Line]] = []
    for f in frags:
        if f.kind not in ("body", "section_title", "caption", "small", "headline") or f.vertical or (
                f.kind in ("section_title", "headline") and len(f.lines) > 1):
            continue  # (a headline already may stand in the row: a title large enough to be display type)
        first = f.lines[0]
        plain = re.sub(r"\s+", "", first.text)
        if not 2 <= len(plain) <= BRIEF_TITLE or re.search("[。；！？，、]", plain):
            continue
        nxt = f.lines[1] if len(f.lines) > 1 else max(
            (ln for g in frags if g.kind in ("body", "small", "caption") and g is not f for ln in g.lines[:1]
             if 0 <= first.y0 - ln.y1 <= body and min(ln.x1, first.x1) > max(ln.x0, first.x0)),
            key=lambda ln: ln.y1, default=None)
        if nxt is not None and nxt.x0 > first.x0 + 0.5 * nxt.size:
            titles.append((f, first))
    titles.sort(key=lambda t: -t[1].y1)
    rows: list[list[tuple[Fragment, Line]]] = []
    for t in titles:
        if rows and abs(rows[-1][0][1].y1 - t[1].y1) <= 0.5 * body:
            rows[-1].append(t)
        else:
            rows.append([t])
    for row in rows:
        row.sort(key=lambda t: t[1].x0)
        if len(row) < 2 or any(a[1].x1 > b[1].x0 for a, b in zip(row, row[1:])) or all(
                t[0].kind == "headline" for t in row):
            continue
        x0, x1, top = row[0][1].x0, max(t[1].x1 for t in row), max(t[1].y1 for t in row)
        over = [r for r in rules if r[0] <= x0 + 2 and r[2] >= x1 - 2 and top - 1 <= r[1] <= top + 6 * body]
        if not over:
            continue
        rule = min(over, key=lambda r: r[1])
        between = [g for g in frags if g.bottom >= top - 1 and g.top <= rule[1] + 1 and min(g.x1, x1) > max(g.x0, x0)
                   and g.kind not in ("furniture",) and all(g is not t[0] for t in row)]
        labels = [g for g in between if plx.BRIEFS_LABEL_RE.match(re.sub(r"\s+", "", g.text))]
        if len(labels) != len(between):
            continue
        for g in labels:
            g.kind = "furniture"
        for f, first in row:
            if len(f.lines) == 1:
                f.kind = "headline"
                continue
            f.remove(first)
            title = Fragment([first], "headline")
            title.frame = f.frame
            frags.append(title)


def _text_under_titles(frags: list[Fragment], images: list, body: float) -> None:
    """Small type set right under a headline, within its width and under no picture, is that article's text (briefs
    set smaller than the page's lead), not a caption: headlines are not set over captions."""
    heads = [h for h in frags if h.kind == "headline" and not h.vertical]
    for f in frags:
        if f.kind == "caption" and not _under_picture(f, images, body) and any(
                0 <= h.bottom - f.top <= 1.5 * body
                and min(h.x1, f.x1) - max(h.x0, f.x0) > 0.5 * min(h.x1 - h.x0, f.x1 - f.x0)
                for h in heads):
            f.kind = "body"


def _retype_groups(groups: list[list[Fragment]]) -> None:
    """A group marked as an ad, or headed by a notice title, or whose text is mostly notices, is an ad or a notice."""
    for group in groups:
        heads = [f for f in group if f.kind == "headline"]
        kind = None
        if any(f.kind == "ad" for f in group):
            kind = "ad"
        elif any(plx.NOTICE_TITLE_RE.match(re.sub(r"\s+", "", h.text)) for h in heads) or _notices(group):
            kind = "notice"
        if kind:
            for f in group:
                f.kind = kind
                f.group = None


def _fragment_blocks(f: Fragment, group: int | None, page: int, counter: list[int], kind: str | None = None) -> list[Block]:
    """A fragment's paragraphs as blocks (text fragments split at indents and short last lines)."""
    kind = kind or f.kind
    if kind == "small":
        kind = "byline" if _name_line(f) else "caption"
    paras = _paragraphs(f) if kind == "body" else [f.lines]
    out = []
    for para in paras:
        text, offsets = "", []
        for ln in para:
            counter[0] += 1
            ln.number = counter[0]
            offsets.append((len(text), ln.number))
            piece = ln.text if kind in _SPACED_KINDS else _SPACE_NEXT_TO_CJK.sub("", ln.text)
            text = text + piece if kind in _SPACED_KINDS or not text else _join(text, piece)
        if kind in ("headline", "kicker", "subtitle") and len(para) > 1:
            text = "".join(ln.text for ln in para)
        boxes = tuple(Box(page, round(ln.x0, 1), round(ln.y0, 1), round(ln.x1, 1), round(ln.y1, 1)) for ln in para)
        out.append(Block(kind, text, tuple(offsets), boxes, group))
    return out


_SPACED_KINDS = ("headline", "kicker", "subtitle", "byline", "trailer", "credit", "furniture")
_SPACE_NEXT_TO_CJK = re.compile(f"\\s+(?=[{CJK_CHARS}])|(?<=[{CJK_CHARS}])\\s+")


def _join(text: str, nxt: str) -> str:
    return text + (" " if text[-1:].isascii() and text[-1:].isalnum() and nxt[:1].isascii() and nxt[:1].isalnum() else "") + nxt


def _name_line(f: Fragment) -> bool:
    """One line of names only: `张晓明`, `王 五  李小红  赵六` (a two-character name spaced out to three)."""
    if len(f.lines) != 1:
        return False
    words, run = [], ""
    for w in f.text.split() + [""]:
        if len(w) == 1:
            run += w
            continue
        if run:
            words.append(run)
            run = ""
        if w:
            words.append(w)
    return bool(words) and all(plx.NAME_RE.match(w) for w in words)
