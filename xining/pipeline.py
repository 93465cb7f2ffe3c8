"""The pipeline from a page file to a `Page`: decode, lay out, assemble articles, attach headlines,
then extract each article's figures and run its checks."""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace

from . import markup
from .articles import PARAGRAPH_KINDS, assemble, fold_orphans
from .checks import check
from .errors import InputError, shown
from .figures import extract
from .headlines import assign, kickers
from .layout import layout
from .model import Article, Block, Page
from .reading import check_text, decode, read_bytes


def read_page(path: str | os.PathLike) -> Page:
    """Parse the page at `path`. Raises InputError for anything that is not a readable page."""
    data = read_bytes(path)
    source = shown(path)  # printable on one line, whatever bytes or controls the file name holds
    return parse_text(decode(data, source), source=source, sha256=hashlib.sha256(data).hexdigest())


def parse_bytes(data: bytes, source: str = "<bytes>") -> Page:
    return parse_text(decode(data, source), source=source, sha256=hashlib.sha256(data).hexdigest())


def parse_text(text: str, source: str = "<text>", sha256: str | None = None) -> Page:
    """The whole pipeline on decoded text: articles, then their figures, then the checks."""
    page = parse_structure(text, source, sha256)
    return replace(page, articles=tuple(_review(a) for a in page.articles))


def _review(article: Article) -> Article:
    with_figures = replace(article, figures=extract(article))
    return replace(with_figures, checks=check(with_figures))


def parse_structure(text: str, source: str = "<text>", sha256: str | None = None) -> Page:
    """Articles, headlines, bylines and credits, without figures."""
    check_text(text, source)
    numbers = None
    if markup.looks_like_html(text):
        text, numbers = markup.strip(text)
        if not text.strip():
            raise InputError(f"{source}: HTML page with no text")
        check_text(text, source, "after decoding HTML entities")
    blocks = layout(text, numbers)
    if not any(b.kind in PARAGRAPH_KINDS + ("notice", "ad") for b in blocks):
        raise InputError(f"{source}: no article text (only headlines or credits)")
    asm = assemble(blocks)
    # Pieces with neither a byline, nor a headline printed above them, nor a lead of their own are displaced
    # parts of another article; then every headline is assigned, one to one, over the articles that remain.
    drafts, _ = fold_orphans(asm.drafts, set())
    chosen, leftover = assign(asm.headlines, drafts)
    side = kickers(drafts, chosen, leftover)
    other = list(asm.other) + [_headline_block(h, side[id(h)]) for h in leftover if id(h) in side]
    other.sort(key=lambda b: b.lines[0][1] if b.lines else 0)
    articles = tuple(Article(f"a{i}", chosen.get(i - 1), d.byline, tuple(d.paragraphs)) for i, d in enumerate(drafts, 1))
    digest = sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest()
    unassigned = tuple(h for h in leftover if id(h) not in side)
    return Page(source, digest, articles, tuple(asm.credits), unassigned, tuple(other))


def _headline_block(h, kind: str) -> Block:
    return Block(kind, h.text, ((0, h.first_line),))  # type: ignore[arg-type]

