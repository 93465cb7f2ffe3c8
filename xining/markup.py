"""Pages saved as HTML: strip the markup, keep the text and the raw line each piece came from."""
from __future__ import annotations

import html
import re

_BLOCK_TAGS = "p|div|br|h[1-6]|li|tr|table|section|article|header|footer|blockquote|title"
# A tag's attributes never hold `<` or `>` here ([^<>]*): every scan stops at the next `<`, so an unclosed
# `<p ` repeated thousands of times costs linear time, not a scan to the end of the line per tag.
_HTML_SIGNS = re.compile(rf"<!doctype html|<html[\s>]|<body[\s>]|</?(?:{_BLOCK_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_HIDDEN_OPEN = re.compile(r"<!--|<(script|style|head)\b[^<>]*>", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK = re.compile(rf"</?(?:{_BLOCK_TAGS})(?:\s[^<>]*)?/?>", re.IGNORECASE)
_TOKENS = re.compile(rf"(<br\s*/?>|</?(?:{_BLOCK_TAGS})(?:\s[^<>]*)?/?>)", re.IGNORECASE)
_TAG = re.compile(r"<![^<>]*>|</?[A-Za-z][^<>]*>")


def looks_like_html(text: str) -> bool:
    """Three or more structural tags (or a doctype): a page saved from a browser, not text that mentions a tag."""
    return len(_HTML_SIGNS.findall(text, 0, 200_000)) >= 3


def strip(text: str) -> tuple[str, list[int]]:
    """Plain text and the 1-based raw line number of each of its lines.

    `<br>` ends a line; a block tag (`<p>`, `<div>`, headings, list items) ends a paragraph, which
    becomes a blank line; other tags go; entities are decoded; scripts, styles and comments are dropped.
    """
    text = _drop_hidden(text)
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


def _drop_hidden(text: str) -> str:
    """Scripts, styles, the head and comments become the newlines they held (line numbers stay right).

    One pass: a closing mark searched for and not found is never searched for again, so unclosed
    `<!--` or `<script>` repeated thousands of times stay linear; an unclosed one is left to `_TAG`.
    """
    out, pos, unclosed = [], 0, set()
    for m in _HIDDEN_OPEN.finditer(text):
        if m.start() < pos:
            continue
        name = (m.group(1) or "--").lower()
        if name in unclosed:
            continue
        if name == "--":
            end = text.find("-->", m.end())
            end = -1 if end < 0 else end + 3
        else:
            close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(text, m.end())
            end = -1 if close is None else close.end()
        if end < 0:
            unclosed.add(name)
            continue
        out.append(text[pos:m.start()])
        out.append("\n" * text.count("\n", m.start(), end))
        pos = end
    out.append(text[pos:])
    return "".join(out)


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
