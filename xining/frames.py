"""pandas views of a page, one row per article (and later per figure and check)."""
from __future__ import annotations

import pandas as pd

from .io import box_to_list, figure_boxes
from .labels import plain
from .model import KINDS, VERDICTS, Page


def articles_frame(page: Page) -> pd.DataFrame:
    rows = [
        {
            "id": a.id,
            "headline": a.headline.text if a.headline else None,
            "agency": a.byline.agency if a.byline else None,
            "reporters": "、".join(a.byline.reporters) if a.byline else "",
            "paragraphs": len(a.paragraphs),
            "chars": len(a.text),
            "first_line": a.paragraphs[0].first_line,
            "last_line": a.paragraphs[-1].last_line,
        }
        for a in page.articles
    ]
    frame = pd.DataFrame(rows, columns=["id", "headline", "agency", "reporters", "paragraphs", "chars", "first_line", "last_line"])
    return frame.astype({"id": "string", "headline": "string", "agency": "string", "reporters": "string",
                         "paragraphs": "int64", "chars": "int64", "first_line": "int64", "last_line": "int64"})


FIGURE_COLUMNS = {
    "article": "string", "headline": "string", "id": "string", "text": "string", "kind": pd.CategoricalDtype(KINDS),
    "value": "float64", "unit": "string", "normalized_value": "float64", "normalized_unit": "string",
    "qualifier": "string", "measure": "string", "subject": "string", "period": "string", "scope": "string",
    "line": "int64", "start": "int64", "end": "int64", "in_headline": "bool",
    # where a PDF page printed the figure (its line's box, PDF points from the bottom left); empty for a text dump
    "pdf_page": "Int64", "x0": "float64", "y0": "float64", "x1": "float64", "y1": "float64",
}
BOX_COLUMNS = ("pdf_page", "x0", "y0", "x1", "y1")


def figures_frame(page: Page) -> pd.DataFrame:
    """One row per figure, with its article's id and headline; the tidy table notebooks and checks use."""
    rows = []
    for a in page.articles:
        boxes = figure_boxes(a)
        for f in a.figures:
            box = box_to_list(boxes[f.id]) if f.id in boxes else [None] * len(BOX_COLUMNS)
            rows.append({"article": a.id, "headline": a.title or None, **dict(zip(BOX_COLUMNS, box)),
                         **{c: getattr(f, c) for c in FIGURE_COLUMNS if c not in ("article", "headline", *BOX_COLUMNS)}})
    frame = pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))
    return frame.astype(FIGURE_COLUMNS)


CHECK_COLUMNS = {
    "article": "string", "headline": "string", "rule": "string",
    "verdict": pd.CategoricalDtype(VERDICTS), "figures": "string", "values": "string", "lines": "string",
    "expected": "float64", "expected_lo": "float64", "expected_hi": "float64", "message_zh": "string", "message_en": "string",
}


def checks_frame(page: Page) -> pd.DataFrame:
    """One row per check: rule, verdict, the figures involved and the page lines they were printed on, what was
    recomputed and why."""
    rows = [
        {
            "article": a.id, "headline": a.title or None, "rule": c.rule, "verdict": c.verdict,
            "figures": ",".join(c.figures), "values": ", ".join(plain(v) for v in c.values if v is not None),
            "lines": ",".join(str(n) for n in c.lines),  # where a reviewer finds the figures on the page
            "expected": c.expected.value if c.expected else None,
            "expected_lo": c.expected.lo if c.expected else None,
            "expected_hi": c.expected.hi if c.expected else None,
            "message_zh": c.message_zh, "message_en": c.message_en,
        }
        for a in page.articles
        for c in a.checks
    ]
    return pd.DataFrame(rows, columns=list(CHECK_COLUMNS)).astype(CHECK_COLUMNS)


def to_csv(frame: pd.DataFrame, bom: bool = False) -> str:
    """CSV with numbers as a reader writes them (no exponent, no float noise); a BOM lets Excel read Chinese as UTF-8."""
    shown = frame.copy()
    for column in shown.columns:
        if pd.api.types.is_float_dtype(shown[column]):
            shown[column] = [None if pd.isna(x) else plain(x) for x in shown[column]]
    return ("\ufeff" if bom else "") + shown.to_csv(index=False, lineterminator="\n")
