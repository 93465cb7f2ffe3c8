"""The readable outline of a page that `xining parse` prints."""
from __future__ import annotations

from .model import Article, Page


def outline(page: Page) -> str:
    out = [f"{page.source}  ({len(page.articles)} articles, sha256 {page.sha256[:12]})"]
    for a in page.articles:
        out.append(f"  {a.id:<4} {a.headline.text if a.headline else '(no headline)'}")
        out.append(f"       {_signature(a)} · {len(a.paragraphs)} paragraphs · lines {_ranges(a)}")
    for c in page.credits:
        out.append(f"  credit: {c.text} (line {c.line})")
    for h in page.unassigned:
        out.append(f"  unassigned headline: {h.text} (lines {h.first_line}-{h.last_line})")
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


def _ranges(a: Article) -> str:
    return ", ".join(f"{p.first_line}-{p.last_line}" for p in a.paragraphs)
