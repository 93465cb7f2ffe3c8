"""The exception and warning types that callers of xining need, and how a path is named in one line."""
from __future__ import annotations

import os
import unicodedata


class InputError(ValueError):
    """Input that xining cannot read as a page; the message is one line naming the file and the problem."""


class OutputError(Exception):
    """A file or folder xining was asked to write could not be written; the message is one line naming it (exit 1)."""


class UnreadableNumber(UserWarning):
    """A numeral in the page that could not be read (e.g. more digits than the reader takes): skipped, not the page."""


def shown(path: str | bytes | os.PathLike) -> str:
    """A path as printable text on one line: undecodable bytes as \\xNN, control and format characters escaped."""
    text = os.fsdecode(path)
    return "".join(_escaped(c) if unicodedata.category(c)[0] in "CZ" and c != " " else c for c in text)


def _escaped(c: str) -> str:
    if "\udc80" <= c <= "\udcff":  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{ord(c) - 0xDC00:02x}"
    return c.encode("unicode_escape").decode("ascii")
