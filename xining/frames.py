"""pandas views of a page, one row per article (and later per figure and check)."""
from __future__ import annotations

import pandas as pd

from .model import Page


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
