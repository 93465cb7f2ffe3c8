"""What the `xining` command prints: the outline of a page, the terminal table of figures, the checks report.

The library returns data (pages, frames); only the command line turns it into lines for a terminal.
"""
from __future__ import annotations

import math

import pandas as pd

from . import labels as L
from .chinese import display_width
from .frames import figures_frame
from .io import line_boxes
from .model import Article, Page, Paragraph

TABLE_COLUMNS = ["source", "article", "headline", "id", "text", "kind", "value", "unit", "normalized_value",
                 "normalized_unit", "qualifier", "measure", "subject", "period", "scope", "line", "in_headline",
                 "pdf_page", "x0", "y0", "x1", "y1"]
#: The columns a reader scans first, in the terminal table.
SHOWN = ["article", "id", "text", "kind", "subject", "measure", "normalized_value", "normalized_unit", "period", "line"]
NUMERIC = {"normalized_value", "line"}


def outline(page: Page) -> str:
    out = [f"{page.source}  ({_count(len(page.articles), 'article')}, sha256 {page.sha256[:12]})"]
    for a in page.articles:
        out.append(f"  {a.id:<4} {a.headline.text if a.headline else '(no headline)'}")
        out.append(f"       {_signature(a)} · {_count(len(a.paragraphs), 'paragraph')} · {_lines(a.paragraphs)}")
    for c in page.credits:
        out.append(f"  credit: {c.text} (line {c.line})")
    for h in page.unassigned:
        out.append(f"  unassigned headline: {h.text} ({_span(h.first_line, h.last_line)})")
    return "\n".join(out)


def _signature(a: Article) -> str:
    if a.byline is None:
        return "unsigned"
    parts = [a.byline.agency or ""]
    if a.byline.reporters:
        parts.append("记者 " + "、".join(a.byline.reporters))
    if a.byline.correspondents:
        parts.append("通讯员 " + "、".join(a.byline.correspondents))
    return " ".join(p for p in parts if p)


def _count(n: int, noun: str) -> str:
    """`1 article`, `6 articles`: the outline is read as English."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _span(first: int, last: int) -> str:
    """`line 75` for one line, `lines 97-104` for several."""
    return f"line {first}" if first == last else f"lines {first}-{last}"


def _lines(paragraphs: tuple[Paragraph, ...]) -> str:
    """The paragraphs' line ranges, `lines 68-73, 75, 76-79`; a one-line paragraph is its line."""
    if not paragraphs:
        return "no lines"
    ranges = [str(p.first_line) if p.first_line == p.last_line else f"{p.first_line}-{p.last_line}" for p in paragraphs]
    single = len(paragraphs) == 1 and paragraphs[0].first_line == paragraphs[0].last_line
    return f"line{'' if single else 's'} {', '.join(ranges)}"


def figures_table(page: Page) -> pd.DataFrame:
    """The figures of a page with its source file first: the rows of `xining figures`."""
    frame = figures_frame(page)
    frame.insert(0, "source", page.source)
    return frame[TABLE_COLUMNS].replace([math.inf, -math.inf], None)  # no Infinity in any output: an empty cell


def readable(table: pd.DataFrame) -> str:
    """A terminal table, one block per page; columns padded by display width, so Chinese text lines up."""
    blocks = []
    for source, rows in table.groupby("source", sort=False):
        cells = [[_cell(v) for v in row] for row in rows[SHOWN].itertuples(index=False)]
        blocks.append(f"{source}\n{_aligned(SHOWN, cells)}")
    return "\n\n".join(blocks)


def _cell(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.12g}"
    return str(value).replace("\n", " ")


def _cells(text: str) -> int:
    """Terminal cells taken by `text`: two per CJK character, one per ASCII character."""
    return round(2 * display_width(text))


def _aligned(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([_cells(h)] + [_cells(r[i]) for r in rows]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        padded = []
        for name, value, width in zip(header, values, widths):
            gap = " " * (width - _cells(value))
            padded.append(gap + value if name in NUMERIC else value + gap)
        return "  ".join(padded).rstrip()

    return "\n".join([line(header)] + [line(r) for r in rows])


def checks_report(page: Page, lang: str = "zh") -> str:
    """Per article: one line per check, verdict first, then the message and the page lines it rests on; in Chinese,
    verdicts and rules by their names."""
    out = [page.source]
    for a in page.articles:
        if not a.checks:
            continue
        out.append(f"  {a.id}  {a.title or L.text('none', lang)}")
        boxes = line_boxes(a)  # a PDF page's: the checks name places on the page, not a reader's lines
        head = tuple(range(a.headline.first_line, a.headline.last_line + 1)) if a.headline and boxes else ()
        for c in a.checks:
            if lang == "zh":
                verdict, rule = L.verdict_name(c.verdict, lang), L.rule_name(c.rule, lang)
                out.append(f"    {verdict}  {rule}{' ' * max(1, 18 - math.ceil(2 * display_width(rule)))}{c.message_zh}"
                           f"{L.where(c.lines, lang, boxes, head)}")
            else:
                out.append(f"    {c.verdict.upper():<5} {c.rule:<24} {c.message_en}{L.where(c.lines, lang, boxes, head)}")
    counts = verdict_counts(page)
    if lang == "zh":
        out.append("  " + "，".join(f"{L.verdict_name(v, lang)}{n}项" for v, n in counts.items()))
    else:
        out.append("  " + ", ".join(f"{n} {v}" for v, n in counts.items()))
    return "\n".join(out)


def verdict_counts(page: Page) -> dict[str, int]:
    counts = {"pass": 0, "warn": 0, "fail": 0, "info": 0}
    for a in page.articles:
        for c in a.checks:
            counts[c.verdict] += 1
    return counts
