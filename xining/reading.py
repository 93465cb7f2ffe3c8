"""Bytes to text: decide the encoding, refuse what is not a text page."""
from __future__ import annotations

import errno
import os
import unicodedata
from pathlib import Path

from .errors import InputError

#: Pages larger than this are refused; raise it with the XINING_MAX_BYTES environment variable.
DEFAULT_MAX_BYTES = 16 * 1024 * 1024

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"PK\x03\x04": "a zip archive",
    b"%PDF": "a PDF (extract its text first, e.g. with pdftotext)",
    b"\x1f\x8b": "a gzip archive",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def max_bytes() -> int:
    value = os.environ.get("XINING_MAX_BYTES", "")
    return int(value) if value.isdigit() else DEFAULT_MAX_BYTES


def read_text(path: str | os.PathLike) -> str:
    """Read a page file and return its text with LF line ends."""
    return decode(read_bytes(path), str(path))


def read_bytes(path: str | os.PathLike) -> bytes:
    """A page file's bytes, after the checks that need no decoding (a folder, the size limit, access)."""
    p = Path(path)
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a page")
    try:
        size = p.stat().st_size
        if size > max_bytes():
            raise InputError(
                f"{p}: {size} bytes is over the {max_bytes()}-byte page limit "
                "(set XINING_MAX_BYTES to raise it)"
            )
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except OSError as e:
        reason = "symbolic link loop" if e.errno == errno.ELOOP else f"cannot read ({e.strerror or e})"
        raise InputError(f"{p}: {reason}") from None


def decode(data: bytes, source: str = "<bytes>") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK; refuse anything else."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{source}: binary file ({what}), not a text page")
    text = _decode_with_bom(data, source)
    if text is None:
        if b"\x00" in data:
            raise InputError(f"{source}: binary file (contains NUL bytes), not a text page")
        text = _decode_without_bom(data, source)
    bad = next((c for c in text if unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS), None)
    if bad is not None:
        raise InputError(f"{source}: binary file (control character U+{ord(bad):04X}), not a text page")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{source}: empty page (no text)")
    if "\ufffd" in text:  # a digit may have been lost: refuse rather than report wrong figures
        line = text.count("\n", 0, text.index("\ufffd")) + 1
        raise InputError(f"{source}: {text.count(chr(0xFFFD))} replacement characters (U+FFFD) from a lossy "
                         f"conversion, first on line {line}; convert the original file again")
    return text


def _decode_with_bom(data: bytes, source: str) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as e:
                raise InputError(f"{source}: undecodable bytes at offset {e.start + len(bom)} ({codec} with BOM)") from None
    return None


def _decode_without_bom(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(
                f"{source}: undecodable bytes at offset {utf8_error.start} (not UTF-8, GB18030/GBK or UTF-16)"
            ) from None
    if not _looks_like_chinese(text):
        raise InputError(f"{source}: undecodable bytes (decodes as GB18030 only to unlikely characters)")
    return text


def _looks_like_chinese(text: str) -> bool:
    """GB18030 decodes almost any bytes; real pages decode to common CJK, ASCII and punctuation."""
    non_ascii = [c for c in text if ord(c) > 0x7F]
    if not non_ascii:
        return True
    common = sum(1 for c in non_ascii if "\u4e00" <= c <= "\u9fff" or "\u3000" <= c <= "\u303f"
                 or "\uff00" <= c <= "\uffef" or "\u2010" <= c <= "\u206f")
    return common / len(non_ascii) >= 0.9
