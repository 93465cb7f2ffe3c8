"""One name for one statistic across pages: subject + measure + unit + scope, and the period placed in a calendar.

A page says `我市规上工业增加值增长6.2%` for `1月—2月`; another says `全市规模以上工业增加值增速6.2%` for
`前两个月`. Both are the indicator `规模以上工业增加值|增速|%|市`, cumulative from 2024-01-01 to 2024-02-29
when the pages are of 2024. A cumulative period (`1-7月`) is kept apart from a single month (`7月`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..chinese import to_simplified
from ..lexicon import statistics as sx
from ..model import Figure
from ..numbers import scan

PeriodType = str  # day | month | cumulative | year | range
LEVEL_KINDS = ("count", "quantity", "money")


@dataclass(frozen=True)
class Period:
    """A printed period placed in the calendar."""

    type: PeriodType
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class Indicator:
    subject: str
    measure: str
    unit: str
    scope: str | None

    @property
    def key(self) -> str:
        return "|".join((self.subject, self.measure, self.unit, self.scope or ""))


def indicator(f: Figure) -> Indicator | None:
    """The indicator a statistical figure reports, or None when it names no subject or is not a statistic."""
    if f.kind not in ("percent", "percentage_point", "multiple", *LEVEL_KINDS) or not f.subject or f.normalized_unit is None:
        return None
    scope = sx.SCOPE_FOLD.get(f.scope, f.scope) if f.scope else None
    return Indicator(_subject(f.subject), _measure(f), f.normalized_unit, scope)


def _subject(subject: str) -> str:
    s = to_simplified(re.sub(r"\s+", "", subject))
    s = sx.SUBJECT_PERIOD_PREFIX.sub("", sx.LEADING_SCOPE.sub("", s)) or s
    s = sx.LEADING_SCOPE.sub("", s) or s
    for short, full in sx.SUBJECT_SYNONYMS:
        if full not in s:
            s = s.replace(short, full)
    return s


def _measure(f: Figure) -> str:
    m = f.measure or ""
    if f.kind in LEVEL_KINDS:
        if m in sx.RATE_MEASURES or m == "增加":
            return sx.CHANGE_CLASS
        return m if m in sx.NON_NEGATIVE_FLOWS else sx.LEVEL_CLASS
    if f.kind == "percent" and m in sx.RATE_MEASURES:
        return sx.RATE_CLASS
    if m in sx.SHARE_MEASURES:
        return sx.SHARE_CLASS
    return m or f.kind  # a rate with no measure word: known only by its kind


# --- periods -------------------------------------------------------------------------------
def place(period: str | None, issue: dt.date | None) -> Period | None:
    """The calendar period of a printed period; the year is the issue's, or the year before when the
    period ends after the issue's date (a January issue reporting `1-12月`). None when it cannot be placed."""
    if not period:
        return None
    text = re.sub(r"\s+", "", to_simplified(period))
    if m := sx.PERIOD_DAY.match(text):
        month, day = _small(m["m"]), _small(m["d"])
        year = _year(m["y"], month, day, issue)
        if year is None or not month or not day or month > 12 or day > calendar.monthrange(year, month)[1]:
            return None
        d = dt.date(year, month, day)
        return Period("day", d, d)
    months = _months(text)
    if months is None:
        return None
    a, b, printed_year = months
    if not (1 <= a <= b <= 12):
        return None
    year = _year(printed_year, b, 1, issue)
    if year is None:
        return None
    kind = "month" if a == b else "year" if (a, b) == (1, 12) else "cumulative" if a == 1 else "range"
    return Period(kind, dt.date(year, a, 1), dt.date(year, b, calendar.monthrange(year, b)[1]))


def _months(text: str) -> tuple[int, int, str | None] | None:
    if m := sx.PERIOD_MONTHS.match(text):
        a = _small(m["a"])
        return a, _small(m["b"]) if m["b"] else a, m["y"]
    if m := sx.PERIOD_FIRST_MONTHS.match(text):
        return 1, _small(m["n"]), None
    if m := sx.PERIOD_QUARTER.match(text):
        lo, hi = sx.QUARTERS[m["q"]]
        return (1 if m["first"] else lo), hi, None
    if text in sx.HALVES:
        return (*sx.HALVES[text], None)
    return None


def _small(s: str) -> int:
    if s.isdigit():
        return int(s)
    found = scan(s)
    return int(found[0].value) if len(found) == 1 and found[0].end - found[0].start == len(s) else 0


def _year(printed: str | None, month: int, day: int, issue: dt.date | None) -> int | None:
    if printed:
        return int(printed)
    if issue is None:
        return None
    return issue.year if (month, day) <= (issue.month, issue.day) or month <= issue.month else issue.year - 1
