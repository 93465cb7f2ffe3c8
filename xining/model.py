"""The data model: frozen dataclasses that every stage takes and returns."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cached_property


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
    kind: str  # lead | body | list_item | section_title
    first_line: int
    last_line: int
    line_map: tuple[tuple[int, int], ...]

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
    id: str
    text: str
    start: int  # offsets in the article's joined text (in the headline for headline figures)
    end: int
    line: int
    kind: str  # count quantity money percent percentage_point multiple fraction date period year ordinal
    value: float | None  # as printed: 3.6 for 3.6万吨
    unit: str  # as printed: 万吨
    normalized_value: float | None  # in the base unit, with the sign of the measure (下降3.5% -> -3.5)
    normalized_unit: str | None
    qualifier: str | None  # about | nearly | over | at_least | under
    measure: str | None
    subject: str | None
    period: str | None
    scope: str | None
    in_headline: bool = False
    decimals: int = 0


@dataclass(frozen=True)
class Expected:
    """What a check recomputed: the value and the interval that rounding of the inputs allows."""

    value: float
    lo: float
    hi: float


@dataclass(frozen=True)
class Check:
    """One reviewer's question about an article's figures, answered with a verdict."""

    rule: str
    verdict: str  # pass | warn | fail | info
    figures: tuple[str, ...]  # ids of the figures involved
    values: tuple[float | None, ...]  # their printed values, in order
    expected: Expected | None
    message_zh: str
    message_en: str

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
    def title(self) -> str:
        return self.headline.text if self.headline else ""

    def __repr__(self) -> str:
        return f"Article({self.id!r}, {self.title or None!r}, {len(self.paragraphs)} paragraphs, {len(self.figures)} figures)"

    def _repr_html_(self) -> str:
        """Rich display in JupyterLab: headline, byline, verdict summary, text with figures highlighted."""
        from .render import article_html

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

    def __repr__(self) -> str:
        return f"Page({self.source!r}, {len(self.articles)} articles)"

    def _repr_html_(self) -> str:
        """Rich display in JupyterLab: the articles with headline, reporters, counts and verdicts."""
        from .render import page_html

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
