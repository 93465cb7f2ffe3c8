"""A page as rows of the corpus tables: plain tuples, cheap to pickle from a worker (local or Dask) to the store.

`parse_batch` is the unit of work: a batch of pages in, their rows out; a page that fails becomes one
`pages` row with its error, so a batch never fails as a whole.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import traceback
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path

from .. import __version__
from ..errors import InputError
from ..io import page_to_dict
from ..model import Page
from ..pipeline import read_pages
from .indicators import indicator, place
from .metadata import PageMeta, from_furniture, page_meta, with_origin, with_printed

MAX_DECIMAL = Decimal(10) ** 25  # DECIMAL(38,12) holds 26 integer digits; larger printed values keep only their text


@dataclass
class PageRows:
    """Every row of one page, per table, in column order (see store.SCHEMA)."""

    sha256: str
    source: str
    tables: dict[str, list[tuple]] = field(default_factory=dict)
    file: str = ""  # the file's path and sha256, when the page is one of a PDF's several (else its own)
    file_sha256: str = ""


@dataclass(frozen=True)
class Task:
    """A page to parse, with what the command line says about it."""

    path: str
    sha256: str
    paper: str | None = None
    date: dt.date | None = None


def parse_batch(tasks: list[Task]) -> list[PageRows]:
    """Parse each file of the batch into rows, a PageRows per page; failures are rows too."""
    return [rows for t in tasks for rows in page_rows(t)]


def page_key(file_sha256: str, number: int) -> str:
    """The key of page `number` of a PDF of several pages (the file's sha256 keys a file of one page)."""
    return hashlib.sha256(f"{file_sha256}#{number}".encode()).hexdigest()


def page_rows(task: Task) -> list[PageRows]:
    """The rows of each page of the file (a PDF may hold several), or one failed row for the file."""
    path = Path(task.path)
    try:
        data = path.read_bytes()
        meta = page_meta(path, data, task.paper, task.date)
    except InputError as e:
        return [failed_rows(task.sha256, task.path, str(e))]
    except OSError as e:
        return [failed_rows(task.sha256, task.path, f"{task.path}: {e.strerror or e}")]
    try:
        pages = read_pages(path)
    except InputError as e:
        return [failed_rows(task.sha256, task.path, str(e), meta)]
    except Exception as e:  # a bug in xining must not stop a corpus: record it with where it happened
        where = traceback.extract_tb(e.__traceback__)[-1]
        return [failed_rows(task.sha256, task.path, f"{task.path}: internal error {type(e).__name__}: {e} "
                                                    f"({Path(where.filename).name}:{where.lineno})", meta)]
    out = []
    for number, page in enumerate(pages, 1):
        furniture = [b.text for b in getattr(page, "blocks", ()) if b.kind == "furniture"]
        key = task.sha256 if len(pages) == 1 else page_key(task.sha256, number)
        rows = rows_of(page, with_printed(meta, from_furniture(furniture)) if furniture else meta, key)
        out.append(replace(rows, file=task.path, file_sha256=task.sha256))
    return out


def failed_rows(sha256: str, source: str, error: str, meta: PageMeta | None = None) -> PageRows:
    meta = meta or PageMeta()
    page = (sha256, source, meta.paper, meta.date, meta.page_no, meta.section, with_origin(meta), "failed",
            error.splitlines()[0][:500], 0, 0, __version__)
    return PageRows(sha256, source, {"pages": [page]}, source, sha256)


def rows_of(page: Page, meta: PageMeta, sha256: str | None = None) -> PageRows:
    """The rows of a parsed page; the page's JSON document (xining.io) is the source of every value."""
    key = sha256 or page.sha256
    doc = page_to_dict(page)
    articles, paragraphs, figures, checks = [], [], [], []
    for a, art in zip(doc["articles"], page.articles):
        first, last = a["headline_lines"] or (None, None)
        byline = a["byline"] or {}
        articles.append((key, a["id"], a["headline"], first, last, byline.get("agency"), byline.get("reporters", []),
                         byline.get("correspondents", []), len(a["paragraphs"]), len(art.text)))
        for n, (text, kind, (lo, hi), para) in enumerate(zip(a["paragraphs"], a["kinds"], a["lines"], art.paragraphs), 1):
            boxes = [{"page": b.page, "x0": b.x0, "y0": b.y0, "x1": b.x1, "y1": b.y1} for b in getattr(para, "boxes", ())]
            paragraphs.append((key, a["id"], n, kind, text, lo, hi, boxes))
        for f, fig in zip(a["figures"], art.figures):
            figures.append(_figure_row(key, a["id"], f, fig, meta.date))
        for n, c in enumerate(a["checks"], 1):
            e = c["expected"] or {}
            checks.append((key, a["id"], n, c["rule"], c["verdict"], c["figures"], [_float(v) for v in c["values"]],
                           e.get("value"), e.get("lo"), e.get("hi"), c["message"]["zh"], c["message"]["en"]))
    credits = [(key, n, c["name"], c["text"], c["line"]) for n, c in enumerate(doc["credits"], 1)]
    page_row = (key, page.source, meta.paper, meta.date, meta.page_no, meta.section, with_origin(meta), "ok", None,
                len(articles), len(figures), __version__)
    return PageRows(key, page.source, {"pages": [page_row], "articles": articles, "paragraphs": paragraphs,
                                       "figures": figures, "checks": checks, "credits": credits}, page.source, key)


def _figure_row(key: str, article_id: str, f: dict, fig, issue: dt.date | None) -> tuple:
    ind = indicator(fig)
    period = place(fig.period, issue) if ind else None
    value = _decimal(f["value"], f["decimals"])
    negative = f["normalized_value"] is not None and f["normalized_value"] < 0 and value is not None and value > 0
    signed = -value if negative else value
    return (key, article_id, f["id"], f["text"], f["kind"], _str(value), _str(signed), f["decimals"], f["unit"],
            _float(f["normalized_value"]), f["normalized_unit"], f["qualifier"], f["measure"], f["subject"], f["period"],
            f["scope"], f["line"], f["start"], f["end"], f["in_headline"],
            ind.key if ind else None, ind.subject if ind else None, ind.measure if ind else None, ind.unit if ind else None,
            ind.scope if ind else None, period.type if period else None, period.start if period else None,
            period.end if period else None)


def _decimal(value, decimals: int) -> Decimal | None:
    """The printed value exactly, with the decimals it was printed with (9.0% -> 9.0, not 9)."""
    if value is None:
        return None
    d = Decimal(f"{float(value):.{max(0, min(int(decimals), 12))}f}")
    return d if abs(d) < MAX_DECIMAL else None


def _str(d: Decimal | None) -> str | None:
    return None if d is None else str(d)


def _float(v) -> float | None:
    return None if v is None else float(v)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()
