"""File names from pages and articles: safe characters only, distinct for distinct pages."""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from .model import Page


def safe_name(text: str, limit: int = 48) -> str:
    """A file name from a page stem or an id: ASCII letters, digits, - and _; no dots leading; bounded."""
    name = re.sub(r"[^A-Za-z0-9_-]+", "-", text).strip("-_.")[:limit]
    return name or "page"


def page_dirs(pages: list[Page], taken: Callable[[Page, str], bool] | None = None) -> dict[str, str]:
    """A distinct folder name per page source; stems that are unsafe or shared get a hash of their path, and so do
    names `taken(page, name)` says hold another page's output already (an earlier run's page of the same stem)."""
    stems = [_stem(p.source) for p in pages]
    out = {}
    for page, stem in zip(pages, stems):
        name = safe_name(stem)
        if name != stem or stems.count(stem) > 1 or (taken is not None and taken(page, name)):
            name = f"{name}-{hashlib.sha256(str(Path(page.source).resolve()).encode()).hexdigest()[:8]}"
        out[page.source] = name
    return out


def _stem(source: str) -> str:
    """A page's stem; page N of a PDF of several (`paper.pdf#2`) is `paper-p2`, so its files say which page they hold."""
    file, sep, number = source.rpartition("#")
    if sep and number.isdigit() and file.lower().endswith(".pdf"):
        return f"{Path(file).stem}-p{int(number)}"
    return Path(source).stem
