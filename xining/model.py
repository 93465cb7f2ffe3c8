"""The data model: frozen dataclasses that every stage takes and returns, and the words that type them.

No xining module is imported here at module level, so every stage can import the model.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, get_args

# --- the vocabulary of the model ---------------------------------------------------------
FigureKind = Literal[
    "count", "quantity", "money", "percent", "percentage_point", "multiple", "fraction", "date", "period", "year", "ordinal"
]
KINDS: tuple[str, ...] = get_args(FigureKind)
#: Kinds that state a statistic (dates, periods, years and ordinals only place it).
STATISTICAL: tuple[str, ...] = KINDS[:7]
ParagraphKind = Literal["lead", "byline", "body", "list_item", "section_title"]
#: Kinds of block a layout stage hands the articles stage: paragraph kinds, then the page's other pieces.
BlockKind = Literal[
    "lead", "byline", "body", "list_item", "section_title",
    "headline", "kicker", "subtitle", "trailer", "credit", "caption", "furniture", "ad", "notice", "table",
]
Verdict = Literal["pass", "warn", "fail", "info"]
VERDICTS: tuple[str, ...] = ("fail", "warn", "pass", "info")  # the order a reader wants them in
VERDICT_RANK: dict[str, int] = {v: i for i, v in enumerate(VERDICTS)}  # sort key for that order
Qualifier = Literal["about", "nearly", "over", "at_least", "under"]
NumKind = Literal["number", "ratio", "percent", "percentage_point", "fraction", "discount"]
UnitKind = Literal["count", "quantity", "money"]


# --- what the number layer finds ----------------------------------------------------------
@dataclass(frozen=True)
class Num:
    """A number found in text. `end` is exclusive; `value` is the full value (3.6万 -> 36000)."""

    start: int
    end: int
    text: str
    value: float
    kind: NumKind
    mantissa: float  # the number as printed before a trailing multiplier (3.6 for 3.6万)
    multiplier: str  # the trailing multiplier as printed (万, 亿, 万亿, 千) or ""
    decimals: int  # digits printed after the decimal point
    approx: bool = False  # 余, 多 or 几 inside (十余万)
    inner: tuple[int, int] | None = None  # the bare number inside 百分之X or X个百分点


@dataclass(frozen=True)
class Unit:
    """A unit or measure word as printed, and how it converts to its base unit."""

    text: str
    kind: UnitKind
    base: str
    factor: float  # one printed unit in base units


# --- where things were printed ---------------------------------------------------------------
@dataclass(frozen=True)
class Box:
    """Where something was printed on a PDF page: user space points, origin bottom-left."""

    page: int  # 1-based page of the PDF file
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Block:
    """A typed piece of the page in reading order: what the articles stage consumes, from a dump or a PDF."""

    kind: BlockKind
    text: str  # cleaned text, lines joined
    lines: tuple[tuple[int, int], ...]  # (offset in text, line number): the raw line of a dump, a running index in a PDF
    boxes: tuple[Box, ...] = ()  # each line's box (PDF only)
    group: int | None = None  # its article by geometry (PDF); None: no article on a PDF page, the articles stage decides on a dump
    raw: str = ""  # its first lines as printed, spaces kept: they tell the names of a byline apart
    # Its text in simplified characters, as the layout stage made it for its lexicons (empty: not made; the PDF reader
    # leaves it so). Only for matching: not shown, not compared.
    simple: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True)
class Byline:
    """Who signed an article: the agency (`本报讯`), reporters and correspondents (通讯员)."""

    agency: str | None
    reporters: tuple[str, ...] = ()
    correspondents: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of clean text and where it came from in the raw file.

    `line_map` pairs each offset where a new raw line starts with that line's 1-based
    number, so any character can be traced back to its line.
    """

    text: str
    kind: ParagraphKind
    first_line: int
    last_line: int
    line_map: tuple[tuple[int, int], ...]
    boxes: tuple[Box, ...] = ()  # where its lines were printed (PDF only)
    simple: str = field(default="", repr=False, compare=False)  # as Block.simple: for the lexicons, when made

    def line_at(self, offset: int) -> int:
        """The raw line number of the character at `offset`."""
        line = self.first_line
        for start, number in self.line_map:
            if start > offset:
                break
            line = number
        return line


@dataclass(frozen=True)
class Headline:
    """A headline as printed, and the raw lines it stood on (it may stand far from its article)."""

    text: str
    first_line: int
    last_line: int


@dataclass(frozen=True)
class Credit:
    """A photo credit, kept at page level: credits float free of the articles in a dump."""

    name: str | None
    text: str
    line: int


@dataclass(frozen=True)
class Figure:
    """A number printed in an article, read as a statistic: what, how much, in what unit, when, where."""

    id: str
    text: str
    start: int  # offsets in the article's joined text (in the headline for headline figures)
    end: int
    line: int
    kind: FigureKind
    value: float | None  # as printed: 3.6 for 3.6万吨
    unit: str  # as printed: 万吨
    normalized_value: float | None  # in the base unit, with the sign of the measure (下降3.5% -> -3.5)
    normalized_unit: str | None
    qualifier: Qualifier | None
    measure: str | None
    subject: str | None
    period: str | None
    scope: str | None
    in_headline: bool = False
    decimals: int = 0


@dataclass(frozen=True)
class Expected:
    """What a check recomputed: the value and the interval that rounding of the inputs allows."""

    value: float  # the midpoint of the recomputed interval
    lo: float  # the recomputation's lowest value, from the inputs' printed precision
    hi: float  # and its highest: a printed figure in [lo, hi] agrees with it


@dataclass(frozen=True)
class Check:
    """One reviewer's question about an article's figures, answered with a verdict.

    The figures play named roles: `whole` (a total, or the growth of the whole), `parts` (what
    makes it up, or the inputs of a recomputation) and `printed` (the figure whose printed value
    is tested; often the whole itself). `figures` is their union in the order the message reads.
    """

    rule: str
    verdict: Verdict
    figures: tuple[str, ...]  # ids of the figures involved, in the order the message names them
    values: tuple[float | None, ...]  # their printed values, in that order
    expected: Expected | None
    message_zh: str
    message_en: str
    whole: str | None = None
    parts: tuple[str, ...] = ()
    printed: str | None = None
    recomputed: str | None = None  # the recomputed value in the printed unit and precision (185.4亿元)
    lines: tuple[int, ...] = ()  # the raw lines of the page the figures were printed on
    sentences: tuple[tuple[int, int], ...] = ()  # the sentences it rests on, as offsets in the article's text

    @property
    def message(self) -> dict[str, str]:
        return {"zh": self.message_zh, "en": self.message_en}


@dataclass(frozen=True, repr=False)
class Article:
    id: str
    headline: Headline | None
    byline: Byline | None
    paragraphs: tuple[Paragraph, ...]
    figures: tuple[Figure, ...] = ()
    checks: tuple[Check, ...] = ()

    @property
    def text(self) -> str:
        """The article's joined text: paragraphs separated by newlines; figure offsets index it."""
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def statistics(self) -> tuple[Figure, ...]:
        """The body's statistical figures: what narratives, charts and counts are about."""
        return tuple(f for f in self.figures if f.kind in STATISTICAL and not f.in_headline)

    @property
    def title(self) -> str:
        return self.headline.text if self.headline else ""

    def __repr__(self) -> str:
        return f"Article({self.id!r}, {self.title or None!r}, {len(self.paragraphs)} paragraphs, {len(self.figures)} figures)"

    def _repr_html_(self) -> str:
        """Rich display in JupyterLab: headline, byline, verdict summary, text with figures highlighted."""
        from .html import article_html

        return article_html(self)

    def paragraph_offsets(self) -> list[int]:
        """Start offset of each paragraph in `text`."""
        starts, pos = [], 0
        for p in self.paragraphs:
            starts.append(pos)
            pos += len(p.text) + 1
        return starts

    @cached_property
    def _line_index(self) -> tuple[list[int], list[int]]:
        """Offsets in `text` where a raw line starts, and those lines' numbers (for bisection)."""
        starts, lines = [], []
        for base, p in zip(self.paragraph_offsets(), self.paragraphs):
            for offset, number in p.line_map:
                starts.append(base + offset)
                lines.append(number)
        return starts, lines

    def line_at(self, offset: int) -> int:
        """The raw line number of the character at `offset` in `text`."""
        starts, lines = self._line_index
        i = bisect.bisect_right(starts, offset) - 1
        return lines[max(i, 0)] if lines else 1


@dataclass(frozen=True, repr=False)
class Page:
    source: str
    sha256: str
    articles: tuple[Article, ...]
    credits: tuple[Credit, ...] = ()
    unassigned: tuple[Headline, ...] = ()
    blocks: tuple[Block, ...] = ()  # what is printed besides article text: furniture, kickers, bylines as printed, ads, notices, captions

    def __repr__(self) -> str:
        return f"Page({self.source!r}, {len(self.articles)} articles)"

    def _repr_html_(self) -> str:
        """Rich display in JupyterLab: the articles with headline, reporters, counts and verdicts."""
        from .html import page_html

        return page_html(self)

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        ids = ", ".join(a.id for a in self.articles)
        raise KeyError(f"no article {article_id!r} on {self.source}; ids are: {ids}")

    def articles_frame(self):
        """pandas DataFrame, one row per article."""
        from .frames import articles_frame

        return articles_frame(self)

    def figures_frame(self):
        """pandas DataFrame, one row per figure (article id and headline included)."""
        from .frames import figures_frame

        return figures_frame(self)

    def checks_frame(self):
        """pandas DataFrame, one row per check."""
        from .frames import checks_frame

        return checks_frame(self)
