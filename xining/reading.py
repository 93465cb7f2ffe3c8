"""Bytes to text: read only regular files, decide the encoding, refuse what is not a Chinese text page."""
from __future__ import annotations

import errno
import functools
import os
import re
import stat
import unicodedata

from .chinese import to_simplified
from .errors import InputError, shown
from .lexicon.frequent import FREQUENT_HAN

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
# Control characters other than \t \n \v \f \r, and surrogates (no character at all, e.g. from a bad str).
_FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SPECIAL = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
            (stat.S_ISSOCK, "a socket"))
_OS_REASONS = {
    errno.ENOENT: "no such file", errno.EACCES: "permission denied", errno.EPERM: "permission denied",
    errno.ELOOP: "symbolic link loop", errno.ENAMETOOLONG: "file name too long",
    errno.ENOTDIR: "a part of the path is not a folder", errno.EISDIR: "is a directory, not a page",
}
# Plausibility of a Chinese page (see `implausible`): shares of its Han characters, and how many make a sample.
MIN_COMMON_SHARE = 0.8  # in GB2312's first level (3755 common characters): real pages ~0.99, Japanese mojibake ~0
MIN_FREQUENT_SHARE = 0.15  # among the ~300 most frequent: real pages ~0.5, Korean mojibake ~0.05
MIN_SAMPLE = 20
_OTHER_ENCODINGS = (("shift_jis", "Shift-JIS (Japanese)"), ("euc_kr", "EUC-KR (Korean)"), ("big5", "Big5 (traditional Chinese)"))


def max_bytes() -> int:
    """The page size limit in bytes: XINING_MAX_BYTES if set (ASCII digits only), else 16 MiB."""
    value = os.environ.get("XINING_MAX_BYTES", "")
    if not value:
        return DEFAULT_MAX_BYTES
    if not (value.isascii() and value.isdigit()):
        raise InputError(f"XINING_MAX_BYTES={shown(value)!s}: not a whole number of bytes (ASCII digits)")
    return int(value)


def read_bytes(path: str | os.PathLike) -> bytes:
    """A page file's bytes: a regular file only (never a FIFO or a device), at most the size limit actually read."""
    limit = max_bytes()
    name = shown(path)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)  # a FIFO must not block here
    except (ValueError, UnicodeError) as e:  # a NUL in the path; a lone surrogate that is no file name
        raise InputError(f"{name}: not a possible file name ({e})") from None
    except OSError as e:
        raise InputError(f"{name}: {os_reason(e)}") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: is a directory, not a page")
        kind = next((what for test, what in _SPECIAL if test(info.st_mode)), None)
        if kind or not stat.S_ISREG(info.st_mode):
            raise InputError(f"{name}: {kind or 'a special file'}, not a regular file")
        if info.st_size > limit:
            raise InputError(f"{name}: {info.st_size} bytes is over the {limit}-byte page limit (set XINING_MAX_BYTES to raise it)")
        os.set_blocking(fd, True)
        data = _read_at_most(fd, limit + 1)
        if len(data) > limit:  # the file grew while we read it
            raise InputError(f"{name}: over the {limit}-byte page limit (set XINING_MAX_BYTES to raise it)")
        if os.fsdecode(path).lower().endswith(".pdf") and b"%PDF-" not in data[:1024]:
            raise InputError(f"{name}: not a PDF ({_not_pdf(data)})")
        return data
    except OSError as e:
        raise InputError(f"{name}: {os_reason(e)}") from None
    finally:
        os.close(fd)


def _not_pdf(data: bytes) -> str:
    """What a file named .pdf holds instead: a failed e-paper download is often the site's HTML error page."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:64].lower()
    if not head:
        return "an empty file"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "an HTML page, perhaps a failed download"
    kind = next((what for magic, what in _MAGIC.items() if data.startswith(magic)), None)
    return kind or "no %PDF- header"


def _read_at_most(fd: int, n: int) -> bytes:
    chunks, got = [], 0
    while got < n:
        chunk = os.read(fd, min(1 << 20, n - got))
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def os_reason(error: OSError) -> str:
    """The few words that say why a path could not be read."""
    return _OS_REASONS.get(error.errno, f"cannot read ({error.strerror or error})")


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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    check_text(text, source)
    if (problem := implausible(text)) is not None:
        raise InputError(f"{source}: {_likely_encoding(data) or problem}")
    return text


def check_text(text: str, source: str, after: str = "") -> None:
    """What no page may hold, however it arrived (bytes, HTML entities, a str): raise InputError if it does.

    `after` says what was done to the text first (e.g. decoding HTML entities), for the message.
    """
    problem = _forbidden(text)
    if problem:
        raise InputError(f"{source}: {problem}{f' ({after})' if after else ''}")


def _forbidden(text: str) -> str | None:
    found = _FORBIDDEN.search(text)
    if found and found.group(0) == "\x00":
        return "binary file (contains NUL), not a text page"
    if found and "\ud800" <= found.group(0) <= "\udfff":
        return f"lone surrogate U+{ord(found.group(0)):04X} (not a character), not a text page"
    if found:
        return f"binary file (control character U+{ord(found.group(0)):04X}), not a text page"
    if not text.strip():
        return "empty page (no text)"
    if "\ufffd" in text:  # a digit may have been lost: refuse rather than report wrong figures
        line = text.count("\n", 0, text.index("\ufffd")) + 1
        return (f"{text.count(chr(0xFFFD))} replacement characters (U+FFFD) from a lossy "
                f"conversion, first on line {line}; convert the original file again")
    return None


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
            return data.decode("gb18030")
        except UnicodeDecodeError:
            raise InputError(f"{source}: " + (_likely_encoding(data) or f"undecodable bytes at offset {utf8_error.start} "
                                              "(not UTF-8, GB18030/GBK or UTF-16)")) from None


_NON_ASCII = re.compile(r"[^\x00-\x7F\s]")  # the characters that tell a Chinese page from mojibake


def implausible(text: str) -> str | None:
    """Why `text` is not Chinese enough to be a Chinese page, or None. GB18030 and UTF-16 decode almost any bytes."""
    sample = text[:65_536]  # enough characters to judge; bounded, so large pages stay cheap
    non_ascii = _NON_ASCII.findall(sample)
    if not non_ascii:
        return None  # ASCII only: numbers and Latin names, nothing to misread
    scripts = list(map(_script, non_ascii))
    for script in ("KANA", "HANGUL"):
        if scripts.count(script) > 0.1 * len(non_ascii):
            return f"{'Japanese' if script == 'KANA' else 'Korean'} text, not a Chinese page"
    if scripts.count("other") > 0.1 * len(non_ascii):
        return "undecodable bytes (they decode only to characters a Chinese page does not use)"
    han = [c for c in to_simplified("".join(c for c, s in zip(non_ascii, scripts) if s == "HAN"))]
    if len(han) >= MIN_SAMPLE:
        common = sum(map(_gb2312_level1, han)) / len(han)
        frequent = sum(map(FREQUENT_HAN.__contains__, han)) / len(han)
        if common < MIN_COMMON_SHARE or frequent < MIN_FREQUENT_SHARE:
            return "undecodable bytes (they decode to rare characters in no Chinese order, not a Chinese page)"
    return None


@functools.lru_cache(maxsize=1 << 16)
def _script(c: str) -> str:
    """HAN, KANA, HANGUL, punct (CJK or general punctuation, symbols, full-width forms) or other."""
    name = unicodedata.name(c, "")
    if name.startswith("CJK UNIFIED") or name.startswith("CJK COMPATIBILITY IDEOGRAPH"):
        return "HAN"
    if name.startswith(("HIRAGANA", "KATAKANA")) and "MIDDLE DOT" not in name and "PROLONGED" not in name:
        return "KANA"
    if name.startswith("HANGUL"):
        return "HANGUL"
    if unicodedata.category(c)[0] in "PSNZ" or name.startswith(("FULLWIDTH", "HALFWIDTH", "IDEOGRAPHIC")):
        return "punct"
    if unicodedata.category(c).startswith("L") and unicodedata.name(c, "").startswith(("LATIN", "GREEK", "CYRILLIC")):
        return "punct"  # a name or unit in Latin, Greek or Cyrillic letters: rare, harmless
    return "other"


@functools.lru_cache(maxsize=1 << 16)
def _gb2312_level1(c: str) -> bool:
    """In GB2312's first level: the 3755 characters of everyday Chinese."""
    try:
        b = c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(b) == 2 and 0xB0 <= b[0] <= 0xD7


def _other(label: str) -> str:
    return f"looks like {label}, not UTF-8, GB18030 or UTF-16: convert it to UTF-8"


def _likely_encoding(data: bytes) -> str:
    """`looks like Shift-JIS (Japanese) ...` when the bytes read cleanly and plausibly in another encoding, else ''."""
    for codec, label in _OTHER_ENCODINGS:
        try:
            text = data[:200_000].decode(codec)
        except UnicodeDecodeError:
            continue
        non_ascii = [c for c in text if ord(c) > 0x7F and not c.isspace()]
        scripts = [_script(c) for c in non_ascii]
        if not non_ascii or scripts.count("other") > 0.1 * len(non_ascii):
            continue
        if codec == "shift_jis" and scripts.count("KANA") > 0.1 * len(non_ascii):
            return _other(label)
        if codec == "euc_kr" and scripts.count("HANGUL") > 0.5 * len(non_ascii):
            return _other(label)
        if codec == "big5" and implausible(text) is None and scripts.count("HAN") > 0.5 * len(non_ascii):
            return _other(label)
    return ""
