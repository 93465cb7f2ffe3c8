"""Tables for the command line: the figures of pages with their source file."""
from __future__ import annotations

import pandas as pd

from .frames import figures_frame
from .model import Page

TABLE_COLUMNS = ["source", "article", "headline", "id", "text", "kind", "value", "unit", "normalized_value",
                 "normalized_unit", "qualifier", "measure", "subject", "period", "scope", "line", "in_headline"]


def figures_table(page: Page) -> pd.DataFrame:
    frame = figures_frame(page)
    frame.insert(0, "source", page.source)
    return frame[TABLE_COLUMNS]


def readable(table: pd.DataFrame) -> str:
    """A terminal table: one block per page, the columns a reader scans first."""
    shown = ["article", "id", "text", "kind", "subject", "measure", "normalized_value", "normalized_unit", "period", "line"]
    blocks = []
    for source, rows in table.groupby("source", sort=False):
        body = rows[shown].fillna("").to_string(index=False)
        blocks.append(f"{source}\n{body}")
    return "\n\n".join(blocks)


def checks_report(page: Page, lang: str = "en") -> str:
    """Per article: one line per check, verdict first, then the message."""
    out = [page.source]
    for a in page.articles:
        if not a.checks:
            continue
        out.append(f"  {a.id}  {a.title or '(no headline)'}")
        for c in a.checks:
            message = c.message_zh if lang == "zh" else c.message_en
            out.append(f"    {c.verdict.upper():<5} {c.rule:<24} {message}")
    counts = verdict_counts(page)
    out.append("  " + ", ".join(f"{n} {v}" for v, n in counts.items()))
    return "\n".join(out)


def verdict_counts(page: Page) -> dict[str, int]:
    counts = {"pass": 0, "warn": 0, "fail": 0, "info": 0}
    for a in page.articles:
        for c in a.checks:
            counts[c.verdict] += 1
    return counts
