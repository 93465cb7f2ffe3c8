"""The Chinese script, defined once: character ranges, digits, punctuation, script folding, spans.

Every stage imports these; none redefines a range, a digit set or a punctuation set.
"""
from __future__ import annotations

import functools
import re

# Characters that are "CJK" for spacing purposes: whitespace next to them is a PDF artifact.
CJK_CHARS = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
    "\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
)
HAN = "\u4e00-\u9fff"  # the unified ideographs, as a character-class range
HAN_RE = re.compile(f"[{HAN}]")

# Chinese digits: the ten values, their everyday variants, and what numbers use beside them.
DIGITS = "零一二三四五六七八九"
DIGIT_VALUE = {c: v for v, c in enumerate(DIGITS)} | {"〇": 0, "两": 2}
NUMERAL_DIGITS = "零〇一二两三四五六七八九"  # the digits a numeral may be written with
SMALL_NUMERALS = "一二三四五六七八九十两〇零"  # list markers and day/month numbers (一、, 十二月)

SENTENCE_FINAL = "。！？!?…"
# Closing marks that may follow a sentence-final mark: `“开门红”。` and `…效果。”` both end a sentence.
CLOSERS = "”’」』）)】》"
QUOTE_OPENERS = "“‘「『《"  # marks that open a quoted phrase or a title
QUOTE_CLOSERS = "”’」』》"
PAIRS = ("《》", "“”", "（）", "()", "【】", "「」")  # what a title that opens one also closes
CLAUSE_PUNCT = "，、；：,;:"
# Marks that end a clause, for subjects and measures; 、 splits only parallel figures (see figures.py).
CLAUSE_MARKS = "，,；;。：:（）()！？!?\n"
# Marks that end a sentence in running text (a newline ends a paragraph).
SENTENCE_MARKS = "。！？!?\n"


WINDOW = 3000  # characters: how far a sentence is looked for, so long lines stay linear


def is_han(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


#: What the last character of a text that ends a sentence can be (a text ending otherwise ends none).
MAY_END = SENTENCE_FINAL + CLOSERS + ".\n"


def ends_sentence(text: str) -> bool:
    """A sentence-final mark, then only closing marks (`。”`); a half-width `.` too, unless a number's (`第3.`, `1.`).

    String methods, not a regex search: a search anchored at `$` tries every position, and this runs per line."""
    last = text[-1:]
    if last and last not in MAY_END:
        return False  # the common case, a line that runs on
    if text.endswith("\n"):  # as a regex `$` would: a final newline is not looked at
        text = text[:-1]
    text = text.rstrip(CLOSERS)
    if not text:
        return False
    last = text[-1]
    return last in SENTENCE_FINAL or last == "." and not (len(text) > 1 and (text[-2] == "." or "0" <= text[-2] <= "9"))


def ends_title(text: str) -> bool:
    """A line ending in a colon introduces what follows (`热点问题：`)."""
    return text.endswith(("：", ":"))


def sentence_span(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the sentence around `pos`, looked for within WINDOW characters."""
    lo, hi = max(0, pos - WINDOW), min(len(text), pos + WINDOW)
    start = max(max(text.rfind(c, lo, pos) for c in SENTENCE_MARKS) + 1, lo)
    ends = [i for i in (text.find(c, pos, hi) for c in SENTENCE_MARKS) if i >= 0]
    return start, min(ends) if ends else hi


def display_width(text: str) -> float:
    """CJK characters and CJK punctuation take a full cell, ASCII half (counted in C: this runs per line)."""
    return len(text) - 0.5 * len(text.encode("ascii", "ignore"))


@functools.cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters seen as simplified, one character to one, so lexicons match either script.

    Only for matching: offsets stay valid, and what xining reports is sliced from the page as printed.
    """
    if text.isascii():
        return text
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    # A phrase conversion changed the length: fall back to characters, keeping those that would.
    return "".join(c if len(s := _converter().convert(c)) != 1 else s for c in text)


def to_simplified_lines(lines: list[str]) -> list[str]:
    """`to_simplified` of each line, in one call to the converter: a call per line costs more than converting."""
    joined = "\n".join(lines)
    if joined.isascii():
        return list(lines)
    out = _converter().convert(joined)  # phrases never span a line break, so each line converts as it would alone
    return out.split("\n") if len(out) == len(joined) else [to_simplified(line) for line in lines]
