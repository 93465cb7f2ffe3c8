"""Which paper, issue date, page number and section a page is: from the page's own furniture, else a
sidecar `<stem>.meta.json`, else the file name; options given on the command line override all.

Furniture is the masthead strip of a dump (`2024 年 4 月 19 日 星期五`, `7 理论` or `7` / `生活服务`);
a file name such as `fuzhouwb_20240419_p07.txt` gives paper `fuzhouwb`, date 2024-04-19 and page 7.
Each field records where it came from (`origin`), so a researcher can tell a printed date from a guess.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..lexicon import newspaper as nx
from ..reading import decode

FIELDS = ("paper", "date", "page_no", "section")
SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class PageMeta:
    paper: str | None = None
    date: dt.date | None = None
    page_no: str | None = None
    section: str | None = None
    origin: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def over(self, fallback: PageMeta) -> PageMeta:
        """This metadata where it has a field, `fallback` where it has not."""
        values, origin = {}, {}
        for name in FIELDS:
            mine = getattr(self, name)
            values[name] = mine if mine is not None else getattr(fallback, name)
            source = self if mine is not None else fallback
            if values[name] is not None:
                origin[name] = source.origin.get(name, "")
        return PageMeta(**values, origin=origin)


def _meta(origin: str, **values) -> PageMeta:
    return PageMeta(**values, origin={k: origin for k, v in values.items() if v is not None})


def page_meta(path: Path, data: bytes, paper: str | None = None, date: dt.date | None = None) -> PageMeta:
    """Metadata of the page at `path` whose bytes are `data`; `paper`/`date` override what the page says."""
    options = _meta("option", paper=paper, date=date)
    return options.over(from_furniture(_head(data, path))).over(from_sidecar(path)).over(from_file_name(path))


def _head(data: bytes, path: Path) -> list[str]:
    """The first lines of a text page; nothing for a page that is not text (a PDF's strip is read by its reader)."""
    try:
        text = decode(data, str(path))
    except (InputError, UnicodeError):
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    return lines[:nx.FURNITURE_LINES]


def from_furniture(lines: list[str]) -> PageMeta:
    """Date, page number and section printed in the masthead strip."""
    date = number = section = None
    for i, line in enumerate(lines):
        if date is None and (m := nx.FURNITURE_DATE_RE.match(line)):
            date = _date(int(m["y"]), int(m["m"]), int(m["d"]))
        elif number is None and (m := nx.PAGE_NUMBER_RE.match(line)):
            number = m["n"].upper()
            section = _section(m["section"]) or _neighbour_section(lines, i)
    return _meta("furniture", date=date, page_no=number, section=section)


def with_printed(meta: PageMeta, printed: PageMeta) -> PageMeta:
    """`meta` with what the parsed page's furniture blocks print (a PDF's strip), unless an option or the text's strip said it."""
    values, origin = {}, {}
    for name in FIELDS:
        mine, theirs = getattr(meta, name), getattr(printed, name)
        keep = theirs is None or meta.origin.get(name) in ("option", "furniture")
        values[name] = mine if keep else theirs
        if values[name] is not None:
            origin[name] = meta.origin.get(name, "") if keep else "furniture"
    return PageMeta(**values, origin=origin)


def _section(word: str | None) -> str | None:
    return word if word and not any(w in word for w in nx.NOT_SECTIONS) else None


def _neighbour_section(lines: list[str], i: int) -> str | None:
    """A section name printed on the line just after the page number, or just before it."""
    for j in (i + 1, i - 1):
        if 0 <= j < len(lines) and (m := nx.SECTION_RE.match(lines[j])) and not nx.FURNITURE_DATE_RE.match(lines[j]):
            if name := _section(m["section"]):
                return name
    return None


def from_sidecar(path: Path) -> PageMeta:
    """`<stem>.meta.json` beside the page: {"paper", "date": "YYYY-MM-DD", "page", "section"}; bad ones are refused."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return PageMeta()
    try:
        doc = json.loads(sidecar.read_text("utf-8"))
        if not isinstance(doc, dict):
            raise ValueError("not a JSON object")
        date = parse_date(doc["date"]) if doc.get("date") else None
    except (OSError, ValueError, InputError) as e:
        raise InputError(f"{sidecar}: bad page metadata ({str(e).splitlines()[0][:120]})") from None
    page = doc.get("page")
    return _meta("sidecar", paper=_text(doc.get("paper")), date=date, page_no=_text(page), section=_text(doc.get("section")))


def _text(value) -> str | None:
    return None if value is None or value == "" else str(value)


_STEM_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?!\d)")
_STEM_PAGE = re.compile(r"^(?:p|page|pg)?0*(\d{1,3})$|^([A-Za-z])(\d{1,3})$", re.IGNORECASE)
_STEM_PAPER = re.compile(r"^[A-Za-z][A-Za-z]+$")


def from_file_name(path: Path) -> PageMeta:
    """`paper_YYYYMMDD_pNN` and the like: a date of 8 digits, a page token, and the first word of letters."""
    stem = path.name.split(".")[0]
    date = None
    if m := _STEM_DATE.search(stem):
        date = _date(int(m[1]), int(m[2]), int(m[3]))
    tokens = [t for t in re.split(r"[_\-\s.]+", _STEM_DATE.sub(" ", stem)) if t]
    page = paper = None
    for t in tokens:
        if page is None and (m := _STEM_PAGE.match(t)) and (m[1] or m[2]):
            page = m[1] if m[1] else f"{m[2].upper()}{m[3]}"
        elif paper is None and _STEM_PAPER.match(t) and not _STEM_PAGE.match(t):
            paper = t.lower()
    return _meta("file name", paper=paper, date=date if date else None, page_no=page)


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date:
    """An ISO date (`2024-04-19`) given by a user; InputError otherwise."""
    try:
        return dt.date.fromisoformat(str(text).strip())
    except ValueError:
        raise InputError(f"not a date (YYYY-MM-DD): {text!r}") from None


def with_origin(meta: PageMeta) -> str:
    """`date:furniture,page_no:furniture,paper:file name`: where each field came from, stable order."""
    return ",".join(f"{k}:{meta.origin[k]}" for k in FIELDS if k in meta.origin)

