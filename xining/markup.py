"""Pages saved as HTML: strip the markup, keep the text and the raw line each piece came from."""
from __future__ import annotations

import html
import re

_BLOCK_TAGS = "p|div|br|h[1-6]|li|tr|table|section|article|header|footer|blockquote|title"
_HTML_SIGNS = re.compile(rf"<!doctype html|<html[\s>]|<body[\s>]|</?(?:{_BLOCK_TAGS})(?:\s[^>]*)?/?>", re.IGNORECASE)
_DROPPED = re.compile(r"<(script|style|head)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK = re.compile(rf"</?(?:{_BLOCK_TAGS})(?:\s[^>]*)?/?>", re.IGNORECASE)
_TOKENS = re.compile(rf"(<br\s*/?>|</?(?:{_BLOCK_TAGS})(?:\s[^>]*)?/?>)", re.IGNORECASE)
_TAG = re.compile(r"<![^>]*>|</?[A-Za-z][^>]*>")


def looks_like_html(text: str) -> bool:
    """Three or more structural tags (or a doctype): a page saved from a browser, not text that mentions a tag."""
    return len(_HTML_SIGNS.findall(text, 0, 200_000)) >= 3


def strip(text: str) -> tuple[str, list[int]]:
    """Plain text and the 1-based raw line number of each of its lines.

    `<br>` ends a line; a block tag (`<p>`, `<div>`, headings, list items) ends a paragraph, which
    becomes a blank line; other tags go; entities are decoded; scripts, styles and comments are dropped.
    """
    text = _DROPPED.sub(lambda m: "\n" * m.group(0).count("\n"), text)
    out = _Lines()
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw.strip():
            out.blank(number)
            continue
        current = ""
        for token in _TOKENS.split(raw):
            if _BREAK.fullmatch(token):
                out.line(current, number)
                current = ""
            elif _BLOCK.fullmatch(token):
                out.line(current, number)
                out.blank(number)
                current = ""
            else:
                current += html.unescape(_TAG.sub("", token))
        out.line(current, number)
    return "\n".join(out.lines), out.numbers


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.numbers: list[int] = []

    def line(self, text: str, number: int) -> None:
        if text.strip():
            self.lines.append(text)
            self.numbers.append(number)

    def blank(self, number: int) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.numbers.append(number)
