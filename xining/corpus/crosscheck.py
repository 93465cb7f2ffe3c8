"""Checks across pages, with the verdicts of the article checks (a printed value is the interval its rounding allows).

- `contradiction`: one indicator, period and scope printed with different values in two issues.
- `cumulative_decrease`: a cumulative total (`1-7月`) below the total of a shorter period of the same year;
  it fails only for flows that cannot be negative (output, investment, cases received), else warns.
- `months_sum`: single months (`1月`, `2月`, ...) against the cumulative total over them, where all are printed.
Only figures with a scope, a placed period and no approximation word (`近`, `超`) take part: a fail must be
defensible to the paper's editor, and a figure whose scope is unknown is not known to be the same statistic.
"""
from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from ..checks.base import verdict
from ..intervals import Interval, total
from ..lexicon import statistics as sx

# The rows the checks read, ordered so that one indicator's rows come together.
ROWS_SQL = """
SELECT f.indicator, f.ind_measure, f.kind, f.period_type, f.period_start, f.period_end, f.signed_value, f.decimals,
       f.normalized_value, f.value, f.text, f.sha256, f.article_id, f.figure_id
FROM figures f JOIN pages p USING (sha256)
WHERE p.status = 'ok' AND f.indicator IS NOT NULL AND f.period_type IS NOT NULL AND f.ind_scope IS NOT NULL
  AND f.qualifier IS NULL AND f.signed_value IS NOT NULL AND NOT f.in_headline
ORDER BY f.indicator, f.period_start, f.period_end, f.sha256, f.article_id, f.figure_id
"""
LEVEL_MEASURES = (sx.LEVEL_CLASS, *sx.NON_NEGATIVE_FLOWS)


@dataclass(frozen=True)
class Value:
    """One printed value of an indicator, as an interval in the base unit."""

    key: str  # sha256:article:figure
    page: str
    text: str
    period: tuple  # (type, start, end)
    measure: str
    exact: Decimal
    interval: Interval
    half_unit: float


def values_of(row: tuple) -> Value:
    (_, measure, kind, ptype, start, end, signed, decimals, normalized, value, text, sha, aid, fid) = row
    scale = abs(normalized / float(value)) if value and normalized is not None else 1.0
    exact = kind == "count" and decimals == 0 and scale == 1.0
    return Value(f"{sha}:{aid}:{fid}", sha, text, (ptype, start, end), measure, signed,
                 Interval.printed(float(signed), decimals, scale, exact), 0.5 * 10.0 ** -decimals * scale)


def run(con) -> Iterator[tuple]:
    """Every cross-page check, as corpus_checks rows (without their number), indicator by indicator."""
    cursor = con.execute(ROWS_SQL)

    def rows():
        while chunk := cursor.fetchmany(10000):
            yield from chunk

    for indicator, group in itertools.groupby(rows(), key=lambda r: r[0]):
        values = [values_of(r) for r in group]
        yield from contradictions(indicator, values)
        if values[0].measure in LEVEL_MEASURES:
            yield from cumulative_decreases(indicator, values)
            yield from months_sums(indicator, values)


def _row(rule: str, v: str, indicator: str, period: tuple, values: list[Value], expected: Interval | None,
         zh: str, en: str) -> tuple:
    lo, hi = (expected.lo, expected.hi) if expected else (None, None)
    mid = expected.mid if expected else None
    return (rule, v, indicator, *period, [x.key for x in values], sorted({x.page for x in values}), [x.text for x in values],
            mid, lo, hi, zh, en)


def _label(period: tuple) -> str:
    ptype, start, end = period
    return start.isoformat() if start == end else f"{start.isoformat()}..{end.isoformat()}"


def contradictions(indicator: str, values: list[Value]) -> Iterator[tuple]:
    """Per period: one `pass` when every issue agrees, else a verdict for each pair of distinct values from two pages."""
    for period, group in itertools.groupby(values, key=lambda v: v.period):
        group = list(group)
        if len({v.page for v in group}) < 2:
            continue
        distinct: dict[Decimal, list[Value]] = defaultdict(list)
        for v in group:
            distinct[v.exact].append(v)
        name = indicator.split("|")[0]
        if len(distinct) == 1:
            yield _row("contradiction", "pass", indicator, period, group, group[0].interval,
                       f"{name}（{_label(period)}）在{len({v.page for v in group})}期报纸中数值一致。",
                       f"{name} ({_label(period)}) is printed alike in {len({v.page for v in group})} issues.", )
            continue
        for (_, xs), (_, ys) in itertools.combinations(sorted(distinct.items()), 2):
            x, y = xs[0], next((y for y in ys if y.page != xs[0].page), ys[0])
            if x.page == y.page:
                continue  # one page printing two values: a matter for that article's checks, not between issues
            v = verdict(x.interval, y.interval, max(x.half_unit, y.half_unit))
            yield _row("contradiction", v, indicator, period, [x, y], x.interval,
                       f"{name}（{_label(period)}）：一期为{x.text}，另一期为{y.text}" + ("，舍入范围内一致。" if v == "pass" else "，数值矛盾。"),
                       f"{name} ({_label(period)}): one issue prints {x.text}, another {y.text}"
                       + (", consistent within rounding." if v == "pass" else ": the issues contradict each other."))


def _hull(values: list[Value]) -> Interval:
    return Interval(min(v.interval.lo for v in values), max(v.interval.hi for v in values))


def cumulative_decreases(indicator: str, values: list[Value]) -> Iterator[tuple]:
    """Cumulative totals of one year in order of their end: each must be at least the one before."""
    by_year: dict[int, dict[tuple, list[Value]]] = defaultdict(lambda: defaultdict(list))
    for v in values:
        ptype, start, end = v.period
        if ptype in ("cumulative", "year") or (ptype == "month" and start.month == 1):
            by_year[start.year][v.period].append(v)
    name = indicator.split("|")[0]
    for year in sorted(by_year):
        periods = sorted(by_year[year], key=lambda p: p[2])
        for earlier, later in itertools.pairwise(periods):
            before, after = by_year[year][earlier], by_year[year][later]
            lo, hi = _hull(before), _hull(after)
            if hi.hi >= lo.lo:
                continue  # not lower: nothing to say (a pass on every pair would drown the table)
            half = max(v.half_unit for v in before + after)
            flow = before[0].measure in sx.NON_NEGATIVE_FLOWS or name.endswith(sx.NON_NEGATIVE_FLOWS)
            v = "fail" if flow and lo.lo - hi.hi >= half else "warn"
            yield _row("cumulative_decrease", v, indicator, later, [before[0], after[0]], lo,
                       f"{name}累计值{_label(later)}为{after[0].text}，低于{_label(earlier)}的{before[0].text}" +
                       ("；累计值不应下降。" if v == "fail" else "；请核对（该指标可能为负）。"),
                       f"{name} cumulative {_label(later)} is {after[0].text}, below {_label(earlier)}'s {before[0].text}" +
                       (": a cumulative total cannot fall." if v == "fail" else ": worth a look (the measure may be negative)."))


def months_sums(indicator: str, values: list[Value]) -> Iterator[tuple]:
    """A cumulative total against the sum of its single months, when every one of them is printed."""
    months: dict[tuple[int, int], list[Value]] = defaultdict(list)
    cumulative: dict[tuple, list[Value]] = defaultdict(list)
    for v in values:
        ptype, start, end = v.period
        if ptype == "month":
            months[(start.year, start.month)].append(v)
        elif ptype in ("cumulative", "year"):
            cumulative[v.period].append(v)
    name = indicator.split("|")[0]
    for period, cums in sorted(cumulative.items(), key=lambda kv: kv[0][2]):
        _, start, end = period
        parts = [months.get((start.year, m)) for m in range(start.month, end.month + 1)]
        if not all(parts) or any(len({v.exact for v in p}) > 1 for p in parts):
            continue  # a month missing, or printed with two values (that is a contradiction, reported as such)
        whole = cums[0]
        summed = total([p[0].interval for p in parts])
        half = max([whole.half_unit] + [p[0].half_unit for p in parts])
        v = verdict(whole.interval, summed, half)
        texts = "+".join(p[0].text for p in parts)
        yield _row("months_sum", v, indicator, period, [whole] + [p[0] for p in parts], summed,
                   f"{name}：各月{texts}，累计{_label(period)}为{whole.text}" + ("，相符。" if v == "pass" else "，不相符（除非某月数据经修订）。"),
                   f"{name}: months {texts} against the cumulative {whole.text} for {_label(period)}"
                   + (": they agree." if v == "pass" else ": they do not add up (unless a month was revised)."))
