"""The pipeline from a page file to a `Page`: decode, lay out, assemble articles, attach headlines,
then extract each article's figures and run its checks. A PDF is laid out by its geometry (pdf.py) into typed
blocks already grouped into articles; both roads meet at the articles stage."""
from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from . import markup
from .articles import PARAGRAPH_KINDS, assemble, fold_orphans
from .checks import check
from .errors import InputError, shown
from .figures import extract
from .headlines import assign, kickers
from .layout import layout, side_by_side
from .model import Article, Block, Page
from .reading import check_text, decode, read_bytes


def read_page(path: str | os.PathLike) -> Page:
    """Parse the page at `path` (a text page, a one-page PDF, or `file.pdf#N` for page N of a PDF).

    Raises InputError for anything that is not a readable page."""
    source = str(path)
    wanted = None
    if "#" in source and not Path(source).exists():
        source, _, number = source.rpartition("#")
        wanted = int(number) if number.isdigit() else 0
    pages = read_pages(source)
    if wanted is None and len(pages) == 1:
        return pages[0]
    if wanted is None:
        raise InputError(f"{source}: PDF has {len(pages)} pages: name one as {source}#N, or use read_pages")
    if not 1 <= wanted <= len(pages):
        raise InputError(f"{source}: no page {wanted} (the PDF has {len(pages)})")
    return pages[wanted - 1]


def read_pages(path: str | os.PathLike) -> list[Page]:
    """Every page in the file at `path`: one for a text page, one per page of a PDF (`source` is `file.pdf#N`)."""
    data = read_bytes(path)
    source = shown(path)  # printable on one line, whatever bytes or controls the file name holds
    if _is_pdf(data):
        return parse_pdf(data, source)
    return [parse_text(decode(data, source), source=source, sha256=hashlib.sha256(data).hexdigest())]


def parse_pdf(data: bytes, source: str = "<pdf>") -> list[Page]:
    """A PDF's pages, each from the geometry of its text: typed blocks grouped into articles, then figures and checks."""
    from .pdf import read_pdf

    digest = hashlib.sha256(data).hexdigest()
    pdf_pages = read_pdf(data, source)
    pages = []
    for pp in pdf_pages:
        label = f"{source}#{pp.number}" if len(pdf_pages) > 1 else source
        page = page_from_blocks(pp.blocks, label, digest)
        pages.append(replace(page, articles=tuple(_review(a) for a in page.articles)))
    return pages


def page_from_blocks(blocks: Sequence[Block], source: str, sha256: str) -> Page:
    """Articles from typed blocks whose groups the layout already decided (a PDF); the other blocks stay on the page."""
    asm = assemble(blocks, by_geometry=True)
    articles = tuple(Article(f"a{i}", d.headline, d.byline, tuple(d.paragraphs)) for i, d in enumerate(asm.drafts, 1))
    return Page(source, sha256, articles, tuple(asm.credits), tuple(asm.headlines), tuple(asm.other))


def parse_bytes(data: bytes, source: str = "<bytes>") -> Page:
    """A page from bytes: a text page, or a one-page PDF."""
    if _is_pdf(data):
        pages = parse_pdf(data, source)
        if len(pages) > 1:
            raise InputError(f"{source}: PDF has {len(pages)} pages: use parse_pdf")
        return pages[0]
    return parse_text(decode(data, source), source=source, sha256=hashlib.sha256(data).hexdigest())


def _is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]


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
    if side_by_side(text):
        raise InputError(f"{source}: columns side by side on each line (pdftotext -layout?): give the PDF itself, "
                         "or plain pdftotext output")
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

