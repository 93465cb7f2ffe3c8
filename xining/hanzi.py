"""Traditional characters seen as simplified, one character to one, so lexicons match either script.

Only for matching: offsets stay valid, and what xining reports (names, subjects, text) is sliced
from the page as printed.
"""
from __future__ import annotations

import functools


@functools.cache
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    if text.isascii():
        return text
    out = _converter().convert(text)
    if len(out) == len(text):
        return out
    # A phrase conversion changed the length: fall back to characters, keeping those that would.
    return "".join(c if len(s := _converter().convert(c)) != 1 else s for c in text)
