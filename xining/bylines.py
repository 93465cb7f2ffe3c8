"""Bylines: the agency, reporters and correspondents named at the head of an article."""
from __future__ import annotations

import re

from .chinese import is_han, to_simplified
from .lexicon import epaper as plx
from .lexicon import newspaper as lx
from .model import Byline

_ROLES = frozenset(lx.ROLE_WORDS)
_ROLE_SPLIT = re.compile("(" + lx.ROLE_PATTERN + ")")
_NAME_SEP = re.compile(r"[\s\u3000、，,]+")


def parse_byline(head: str) -> Byline | None:
    """Read the byline at the start of `head` (raw text, spaces kept: they separate names).

    Patterns match the simplified form; names are taken from the text as printed.
    """
    printed = head.strip()
    text = to_simplified(printed)
    m = lx.BYLINE_LEAD_RE.match(text)
    if m and (m.group("bracketed") or m.group("agency") or m.group("wire")):
        group = next(g for g in ("bracketed", "agency", "wire") if m.group(g))
        reporters, correspondents = _people(text, printed, m, "people")
        return Byline(_squeeze(printed[m.start(group):m.end(group)]), reporters, correspondents)
    m = lx.STAFF_BYLINE_RE.match(text.split("\n")[0])
    if m:
        reporters, correspondents = _people(text, printed, m, "people")
        agency = printed[m.start("agency"):m.end("agency")] if m.group("agency") else None
        return Byline(agency, reporters, correspondents)
    return None


def parse_trailer(text: str) -> Byline | None:
    """Who signed an article at its end: `（记者 X）`, `（李 华）`, `（作者：X 编辑：Y）`; `（作者为…）` names no one."""
    printed = text.strip()
    inner = printed.strip("（）() \u3000")
    simple = to_simplified(inner)
    if simple.startswith(("作者为", "作者系", "作者单位", "来源")) or simple.replace(" ", "") in lx.END_MARKS:
        return None
    if simple.startswith(("作者：", "作者:")):
        names = re.split(r"[\s\u3000]*编辑[：:]", simple[3:])[0]
        return Byline(None, tuple(n for n in _NAME_SEP.split(inner[3:3 + len(names)]) if n)) if names.strip() else None
    m = lx.STAFF_BYLINE_RE.match(simple)
    if m:
        return Byline(None, *_people(simple, inner, m, "people"))
    squeezed = _squeeze(inner)
    if 2 <= len(squeezed) <= 4 and all(is_han(c) for c in squeezed):
        return Byline(None, (squeezed,))
    return None


def _people(text: str, printed: str, m: re.Match, group: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Names grouped by the role word before them; a name with no role word is a reporter."""
    if not m.group(group):
        return (), ()
    start, end = m.span(group)
    reporters: list[str] = []
    correspondents: list[str] = []
    target = reporters
    pos = start
    for piece in _ROLE_SPLIT.split(text[start:end]):
        if piece in _ROLES:
            target = correspondents if piece.endswith(lx.CORRESPONDENT_ROLES) else reporters
        else:
            target.extend(name for name in _NAME_SEP.split(printed[pos:pos + len(piece)]) if name)
        pos += len(piece)
    return tuple(reporters), tuple(correspondents)


_SPACES = re.compile(r"\s+")


def _squeeze(text: str) -> str:
    return _SPACES.sub("", text)


def byline_of_blocks(texts: list[str], lead: str) -> Byline | None:
    """The byline of an article laid out on a page: from its lead (`本报讯（记者 X）`), or from byline lines set apart
    (`■记者 X 通讯员 Y`, `…记者 X 见习记者 Y/文`, a name alone: `张晓明`, `王 五  李小红`) and signatures (`（李 华）`)."""
    found = parse_byline(lead)
    reporters = list(found.reporters) if found else []
    correspondents = list(found.correspondents) if found else []
    for text in texts:
        printed = to_simplified(text.strip().strip(plx.BYLINE_MARKS).strip())
        if plx.TRAILER_RE.match(_squeeze(printed)):
            continue
        printed = plx.BYLINE_CREDIT_RE.sub(" ", printed.strip("（()）")).strip()
        if _ROLE_SPLIT.search(printed) is not None:
            target: list[str] | None = None  # what precedes the first role is the outlet
            for piece in _ROLE_SPLIT.split(printed):
                if piece in _ROLES:
                    target = correspondents if piece.endswith(lx.CORRESPONDENT_ROLES) else reporters
                elif target is not None:
                    target.extend(_names(piece))
        else:
            reporters.extend(_names(printed))
    if not found and not reporters and not correspondents:
        return None
    return Byline(found.agency if found else None, tuple(dict.fromkeys(reporters)), tuple(dict.fromkeys(correspondents)))


def _names(piece: str) -> list[str]:
    """Names in a stretch of a byline: words of two to four Han characters; letter-spaced single characters close up."""
    words = [w for w in _NAME_SEP.split(piece) if w]
    out: list[str] = []
    run = ""
    for w in words + [""]:
        if len(w) == 1 and plx.NAME_CHAR_RE.match(w):
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        if w and plx.NAME_RE.match(w):
            out.append(w)
    return [n for n in out if 2 <= len(n) <= 4]
