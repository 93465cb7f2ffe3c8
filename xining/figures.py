"""Figures: every number of an article as a row, with kind, value, unit, subject and source.

Steps: find dates and periods; classify every other number by what follows it (a unit, %, 个百分点,
倍, 成) or precedes it (第); widen it by an adjacent approximation word (近六成, 88%以上); then
read its context within the clause: the statistic (measure), what is measured (subject), the
period and the scope in force.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import chinese as zh
from .lexicon import newspaper as lx
from .lexicon import numerals as nl
from .lexicon import statistics as fx
from .model import Article, Figure
from .numbers import Num, fold, scan
from .units import unit_at


def is_rate_of_change(f: Figure) -> bool:
    """A growth or decline rate: a percent whose measure says the value rose or fell."""
    return f.kind == "percent" and f.measure in fx.RATE_MEASURES




def extract(article: Article) -> tuple[Figure, ...]:
    """The figures of an article's body, then of its headline (ids f1… and h1…)."""
    body = _figures_in(article.text, article.line_at, "f", False)
    head = _figures_in(article.title, lambda _: article.headline.first_line, "h", True) if article.headline else []
    return tuple(body + head)


def figures_of_text(text: str, line: int = 1) -> tuple[Figure, ...]:
    """Figures of a bare text (for tests and notebooks)."""
    return tuple(_figures_in(text, lambda _: line, "f", False))


# --- finding ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Raw:
    start: int
    end: int
    kind: str
    value: float | None
    unit: str
    normalized_value: float | None
    normalized_unit: str | None
    decimals: int = 0


def _figures_in(text: str, line_at, prefix: str, in_headline: bool) -> list[Figure]:
    folded = fold(text)
    raws = _dates(folded)
    taken = {i for r in raws for i in range(r.start, r.end)}
    numbers = [n for n in scan(text) if not any(i in taken for i in range(n.start, n.end))]
    raws += [r for r in _classify_all(numbers, folded) if r is not None]
    raws += _bare_multipliers(folded, {i for r in raws for i in range(r.start, r.end)})
    raws.sort(key=lambda r: r.start)
    out: list[Figure] = []
    context = _Context(folded, text)
    for i, raw in enumerate(raws, 1):
        qualifier, start, end = _qualify(folded, raw)
        fig = Figure(
            f"{prefix}{i}", text[start:end], start, end, line_at(start), raw.kind, raw.value, raw.unit,
            raw.normalized_value, raw.normalized_unit, qualifier, None, None, None, None, in_headline, raw.decimals,
        )
        out.append(context.read(fig, raw))
    return _listed_subjects(_structure_subjects(out, folded), folded)


def _listed_subjects(figures: list[Figure], folded: str) -> list[Figure]:
    """装备制造业、高技术制造业增加值同比分别增长8.4%、5.9%: each figure of the list takes its own name."""
    out = list(figures)
    indices = [i for i, f in enumerate(out) if f.kind in ("percent", "percentage_point", "money", "quantity", "count")]
    for group in _parallel_groups(indices, out, folded):
        first = out[group[0]]
        if len(group) < 2 or any(out[k].kind != first.kind for k in group):
            continue
        start = max(folded.rfind(c, max(0, first.start - 80), first.start) for c in "，,；;。：:\n") + 1
        head, sep, _ = folded[start:first.start].rpartition("分别")
        if not sep:
            continue
        for short, long in fx.ENUMERATIONS.items():
            head = head.replace(short, long)
        items = [_trim(i) for i in re.split("[、和及]", head)]
        if len(items) == len(group) and all(items):
            for k, item in zip(group, items):
                out[k] = replace(out[k], subject=_whole_name(item))
    return out


def _bare_multipliers(folded: str, taken: set[int]) -> list[_Raw]:
    """不足千人, 近万家, 百万吨: a bare 百/千/万 before a unit or measure word is a number."""
    out = []
    for m in fx.BARE_MULTIPLIER.finditer(folded):
        if m.start() in taken or any(w in folded[max(0, m.start() - 3):m.end() + 3] for w in nl.NOT_NUMBERS):
            continue
        unit = unit_at(folded, m.end())
        if unit is None:
            continue
        value = 1.0
        for c in m.group(0):
            value *= nl.MULTIPLIERS[c]
        out.append(_Raw(m.start(), m.end() + len(unit.text), unit.kind, value, m.group(0) + unit.text,
                        value * unit.factor, unit.base or unit.text, 0))
    return out


def _structure_subjects(figures: list[Figure], folded: str) -> list[Figure]:
    """The terms of a structure (三次产业结构为7.7:57.5:34.8) are the shares of its parts, in order;
    a 分别 list of the same length later in that sentence speaks of the same parts."""
    out = list(figures)

    def term(k: int) -> bool:
        return out[k].kind == "percent" and out[k].unit == "" and out[k].normalized_unit == "%"

    for i, f in enumerate(out):
        if not term(i) or i and term(i - 1) and folded[out[i - 1].end:f.start] in _RATIO_SEPARATORS:
            continue
        run = [i]
        while run[-1] + 1 < len(out) and term(run[-1] + 1) and folded[out[run[-1]].end:out[run[-1] + 1].start] in _RATIO_SEPARATORS:
            run.append(run[-1] + 1)
        for j in run:
            out[j] = replace(out[j], measure="比重")
        lead = folded[max(0, f.start - 30):f.start]
        names = next((parts for word, parts in fx.STRUCTURE_PARTS.items() if word in lead), None)
        if names is None or len(names) != len(run):
            continue
        for j, name in zip(run, names):
            out[j] = replace(out[j], subject=name)
        _, end = zh.sentence_span(folded, f.start)
        listed = []
        for k in range(run[-1] + 1, len(out)):
            if out[k].start >= end:
                break
            if "分别" in folded[f.start:out[k].start]:
                listed.append(k)
        for group in _parallel_groups(listed, out, folded):
            if len(group) == len(names):
                for k, name in zip(group, names):
                    out[k] = replace(out[k], subject=name)
    return out


def _parallel_groups(indices: list[int], figures: list[Figure], folded: str) -> list[list[int]]:
    """Runs of figures joined by 、 or 和 (a 分别 list)."""
    groups: list[list[int]] = []
    for k in indices:
        if groups and folded[figures[groups[-1][-1]].end:figures[k].start] in ("、", "和", "及"):
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


_RATIO_SEPARATORS = (":", "∶", "：")


def _dates(folded: str) -> list[_Raw]:
    spans: list[_Raw] = []
    covered: set[int] = set()  # positions already in a span: the overlap test costs the match's length, not all spans

    def add(m: re.Match, kind: str) -> None:
        if not covered.intersection(range(m.start(), m.end())):
            spans.append(_Raw(m.start(), m.end(), kind, None, "", None, None))
            covered.update(range(m.start(), m.end()))

    for m in fx.PERIOD_RANGE.finditer(folded):
        add(m, "period")
    for m in fx.PERIOD_WORDS.finditer(folded):
        add(m, "period")
    for m in fx.FULL_DATE.finditer(folded):
        add(m, "date")
    for m in fx.MONTH.finditer(folded):
        add(m, "date")
    return spans


def _classify_all(numbers: list[Num], folded: str) -> list[_Raw | None]:
    out: list[_Raw | None] = []
    for i, n in enumerate(numbers):
        raw = _structure_term(numbers, i, folded) or _classify(n, folded)
        if raw is None and i + 1 < len(numbers):
            raw = _range_start(n, numbers[i + 1], folded)
        out.append(raw)
    for i in range(len(numbers) - 2, -1, -1):  # 0.7、1.4个百分点 and 1.3个、0.9个百分点 share the last unit
        shared = _shares_unit(numbers[i], out[i], numbers[i + 1], out[i + 1], folded)
        if shared is not None:
            out[i] = shared
    return out


def _shares_unit(n: Num, raw: _Raw | None, nxt: Num, after: _Raw | None, folded: str) -> _Raw | None:
    """A bare number (or N个) before 、/和 and a percent or percentage point takes that unit."""
    if after is None or after.kind not in ("percent", "percentage_point") or n.kind != "number":
        return None
    end = n.end + 1 if folded.startswith("个", n.end) else n.end
    if raw is not None and not (raw.kind == "count" and raw.unit == "个"):
        return None
    if folded[end:nxt.start] not in ("、", "和", "及"):
        return None
    if after.kind == "percent":
        return _Raw(n.start, end, "percent", n.value, "", n.value, "%", n.decimals)
    return _Raw(n.start, end, "percentage_point", n.value, "个" if end > n.end else "", n.value, "pp", n.decimals)


def _structure_term(numbers: list[Num], i: int, folded: str) -> _Raw | None:
    """A term of a ratio of three or more shares after a structure word (7.7:57.5:34.8): a share in percent."""
    n = numbers[i]
    if n.kind != "number":
        return None
    lo = i
    while lo > 0 and folded[numbers[lo - 1].end:numbers[lo].start] in _RATIO_SEPARATORS:
        lo -= 1
    hi = i
    while hi + 1 < len(numbers) and folded[numbers[hi].end:numbers[hi + 1].start] in _RATIO_SEPARATORS:
        hi += 1
    if hi - lo < 2 or not any(w in folded[max(0, numbers[lo].start - 20):numbers[lo].start] for w in fx.STRUCTURE_WORDS):
        return None
    if abs(sum(numbers[k].value for k in range(lo, hi + 1)) - 100) > 5:  # shares of a whole, near 100
        return None
    return _Raw(n.start, n.end, "percent", n.value, "", n.value, "%", n.decimals)


def _classify(n: Num, folded: str) -> _Raw | None:
    """What a number is, from what stands around it; None when it is no figure."""
    if _is_identifier(n, folded) or _is_list_marker(n, folded):
        return None
    if n.kind in ("percent", "percentage_point", "fraction", "ratio", "discount"):
        return _ratio_like(n)
    if n.start > 0 and folded[n.start - 1] == "第":
        return _Raw(n.start - 1, n.end, "ordinal", n.value, "", n.value, None, n.decimals)
    if folded[n.start - 1:n.start] == "前" and folded[n.end:n.end + 1] in ("名", "位"):
        return _Raw(n.start - 1, n.end + 1, "ordinal", n.value, "", n.value, None, n.decimals)  # 前十名 is a rank
    pos = _skip(folded, n.end, " \t多余")
    if folded.startswith("倍", pos):
        return _Raw(n.start, pos + 1, "multiple", n.mantissa, n.multiplier + "倍", n.value, "x", n.decimals)
    unit = unit_at(folded, pos)
    if unit is not None:
        if unit.kind == "count" and n.text == "一" and folded[n.start - 1:n.start] not in ("近", "约", "超"):
            return None  # 一个, 一支: the indefinite article, not a count
        normalized = n.value * unit.factor
        base = unit.base or unit.text
        return _Raw(n.start, pos + len(unit.text), unit.kind, n.mantissa, n.multiplier + unit.text, normalized, base, n.decimals)
    if _looks_like_year(n, folded):
        end = n.end + (2 if folded.startswith("年度", n.end) else 1 if folded.startswith("年", n.end) else 0)
        return _Raw(n.start, end, "year", n.value, "年" if end > n.end else "", n.value, "year", 0)
    return _ratio(n, folded)


#: A ratio written `2.02:1` is one when a ratio's name stands this many characters before it at most.
RATIO_REACH = 40


def is_ratio(f: Figure) -> bool:
    """A multiple read from a ratio (`1.54`, `2.02:1`), not from 倍: one amount over another, never a growth."""
    return f.kind == "multiple" and "倍" not in f.unit


def _ratio(n: Num, folded: str) -> _Raw | None:
    """One amount over another: `2.02:1`, or a bare number after a ratio's name (城乡居民收入比1.54), a multiple."""
    if n.kind != "number" or n.value <= 0:
        return None
    after = folded[n.end:n.end + 3]
    if after[:1] in _RATIO_SEPARATORS:
        named = fx.RATIO_NAME.search(folded, max(0, n.start - RATIO_REACH), n.start)  # (a score, 3:1, names none)
        if named and after[1:2] == "1" and not (after[2:3].isdigit() or after[2:3] == "."):
            return _Raw(n.start, n.end + 2, "multiple", n.value, ":1", n.value, "x", n.decimals)
        return None  # 1:5, a ratio written the other way round, a time, a score: not read
    if fx.RATIO_BEFORE.search(folded, max(0, n.start - 8), n.start):
        return _Raw(n.start, n.end, "multiple", n.value, "", n.value, "x", n.decimals)
    return None


def _ratio_like(n: Num) -> _Raw:
    if n.kind == "percent":
        return _Raw(n.start, n.end, "percent", n.mantissa, "%", n.value, "%", n.decimals)
    if n.kind == "percentage_point":
        return _Raw(n.start, n.end, "percentage_point", n.mantissa, "个百分点", n.value, "pp", n.decimals)
    if n.kind == "fraction":
        return _Raw(n.start, n.end, "fraction", n.mantissa, "成", n.value, "fraction", n.decimals)
    if n.kind == "discount":
        return _Raw(n.start, n.end, "fraction", n.mantissa, "折", n.value / 100, "fraction", n.decimals)
    return _Raw(n.start, n.end, "fraction", n.value, "", n.value, "fraction", n.decimals)


def _range_start(n: Num, nxt: Num, folded: str) -> _Raw | None:
    """8.5至10亿元: the first number of a range takes the unit (and multiplier) of the second."""
    between = folded[n.end:nxt.start].strip(" \t")
    if between not in ("至", "到", "~", "～", "-", "—", "－") or n.multiplier and nxt.multiplier != n.multiplier:
        return None
    second = _classify(nxt, folded)
    if second is None or second.kind not in ("count", "quantity", "money"):
        return None
    mult = nxt.multiplier if not n.multiplier else ""
    factor = (second.normalized_value / nxt.value) if nxt.value else 1.0
    value = n.value * nl.MULTIPLIERS[mult]
    return _Raw(n.start, n.end, second.kind, n.mantissa, second.unit, value * factor, second.normalized_unit, n.decimals)


def _skip(folded: str, pos: int, chars: str) -> int:
    while pos < len(folded) and folded[pos] in chars:
        pos += 1
    return pos


def _is_identifier(n: Num, folded: str) -> bool:
    """T3, G109, 5G, 109国道, 二五八: digits glued to Latin letters, road numbers and digit strings name things."""
    before = folded[n.start - 1:n.start]
    after = folded[n.end:n.end + 1]
    if folded.startswith(fx.IDENTIFIER_SUFFIXES, n.end):
        return True
    if len(n.text) >= 2 and all(c in zh.NUMERAL_DIGITS for c in n.text):
        return True  # 二五八: digits read one by one, a code or a name, not a number
    if before.isascii() and before.isalpha():
        return True
    if after.isascii() and after.isalpha() and unit_at(folded, n.end) is None:
        return True
    return False


def _is_list_marker(n: Num, folded: str) -> bool:
    line_start = n.start == 0 or folded[n.start - 1] == "\n"
    return line_start and bool(lx.LIST_MARKER_RE.match(folded, n.start)) and n.decimals == 0


def _looks_like_year(n: Num, folded: str) -> bool:
    if not (n.kind == "number" and n.decimals == 0 and re.fullmatch(r"(?:19|20)\d\d", n.text.strip())):
        return False
    after = folded[n.end:n.end + 1]
    return after in ("年", "") or zh.is_han(after) or folded[n.start - 1:n.start] == "《"


def _qualify(folded: str, raw: _Raw) -> tuple[str | None, int, int]:
    """Widen a figure by an adjacent approximation word; return the word's meaning."""
    if raw.kind in ("date", "period", "year", "ordinal"):
        return None, raw.start, raw.end
    for word in sorted(fx.QUALIFIERS_AFTER, key=len, reverse=True):
        if folded.startswith(word, raw.end) and word not in ("多", "余"):
            return fx.QUALIFIERS_AFTER[word], raw.start, raw.end + len(word)
    for word in sorted(fx.QUALIFIERS_BEFORE, key=len, reverse=True):
        if folded.endswith(word, 0, raw.start):
            return fx.QUALIFIERS_BEFORE[word], raw.start - len(word), raw.end
    inside = folded[raw.start:raw.end]
    if re.search(r"\d[多余]|[十百千万亿][多余]", inside):
        return "over", raw.start, raw.end
    return None, raw.start, raw.end


# --- context ---------------------------------------------------------------------------
class _Context:
    """Reads measure, subject, period and scope; remembers the last subject and period."""

    def __init__(self, folded: str, printed: str) -> None:
        self.folded = folded
        self.printed = printed
        self.subject: str | None = None
        self.period: str | None = None
        self.previous_end = -1
        self.previous: Figure | None = None

    def read(self, fig: Figure, raw: _Raw) -> Figure:
        if fig.kind in ("date", "period"):
            lo = max(0, fig.start - 30)
            clause = self.folded[max(max(self.folded.rfind(c, lo, fig.start) for c in "，,；;。\n") + 1, lo):fig.start]
            if not any(w in clause for w in ("比", "较", "与", "相比")):
                self.period = fig.text  # 比一季度加快, 比1-3月、1-6月分别回落: periods compared with, not in force
            self.previous_end = fig.end
            return replace(fig, period=fig.text)
        start = self._clause_start(fig.start)
        measure, measure_end = self._measure(start, fig)
        joined = self.previous is not None and self.previous.kind == fig.kind and \
            self.folded[self.previous.end:fig.start] in ("、", "和", "及")
        if measure is None and joined:
            measure = self.previous.measure  # 分别增长8.4%、5.9%: the list shares its measure
        subject = None if fig.kind in ("year", "ordinal") else self._subject(start, fig, measure_end)
        normalized = fig.normalized_value
        if measure in fx.DECLINES and normalized is not None and not is_ratio(fig):
            normalized = -abs(normalized)  # (a ratio fallen to 2.02:1 is still 2.02)
        self.previous_end = fig.end
        scope = _scope_of(subject) or self._scope(start, fig.start)
        out = replace(fig, measure=measure, subject=subject, period=self.period, scope=scope, normalized_value=normalized)
        self.previous = out
        return out

    def _clause_start(self, pos: int) -> int:
        """Back to the last clause mark, or to a 、 or 和 right after the previous figure (parallel clauses)."""
        start, floor = pos, max(0, pos - 200)  # a clause is short; a line without punctuation is not one clause
        while start > floor and self.folded[start - 1] not in zh.CLAUSE_MARKS:
            start -= 1
        if start <= self.previous_end < pos and self.folded[self.previous_end:self.previous_end + 1] in ("、", "和", "及"):
            start = self.previous_end + 1
        return start

    def _scope(self, clause_start: int, pos: int) -> str | None:
        """The nearest scope named before in the paragraph, but not a comparator's (高于全省, 占全市)."""
        paragraph = max(self.folded.rfind("\n", max(0, pos - 600), pos) + 1, pos - 600)
        text = _COMPARED.sub(lambda m: " " * len(m.group(0)), self.folded[paragraph:pos])
        text = re.sub(r"《[^》]*》", lambda m: " " * len(m.group(0)), text)
        found = [(text.rfind(w), w) for w in fx.SCOPE_WORDS if w in text]
        found += [(m.start(), m.group(0)) for m in fx.SCOPE_ZONE.finditer(text)]
        return max(found)[1] if found else None

    def _measure(self, start: int, fig: Figure) -> tuple[str | None, int]:
        """The statistic word before the figure in its clause, with no other figure in between."""
        lo = max(start, self.previous_end if self.previous_end < fig.start else start)
        before = self.folded[lo:fig.start]
        if fig.kind == "percentage_point":
            for word in fx.POINT_MEASURES:
                at = before.find(word)
                if at >= 0:
                    return word, lo + at + len(word)
        best: tuple[int, str] | None = None
        for word in fx.MEASURES:
            at = before.rfind(word)
            if at >= 0 and before.startswith(fx.NOT_A_MEASURE_BEFORE.get(word, ("\0",)), at + len(word)):
                at = before.rfind(word, 0, at)
            if at >= 0 and (best is None or at + len(word) > best[0] + len(best[1]) or
                            at + len(word) == best[0] + len(best[1]) and len(word) > len(best[1])):
                best = (at, word)
        return (best[1], lo + best[0] + len(best[1])) if best else (None, -1)

    def _subject(self, start: int, fig: Figure, measure_end: int) -> str | None:
        if fig.kind == "count":
            before = self.folded[start:fig.start]
            parallel = before.startswith("其中") or self.folded[start - 1:start] in ("、", "和", "及")
            subject = self._noun_after(fig.end) or _trim(before if parallel else self._agent_cut(before))
        elif is_ratio(fig):
            lo = self._sentence_start(fig.start)
            subject = next((m.group() for m in reversed(list(fx.RATIO_NAME.finditer(self.folded, lo, fig.start)))), "")
            subject = subject or self._ratio_subject(start, fig, measure_end)
        elif fig.kind in ("quantity", "money"):
            between = self.folded[measure_end:fig.start] if measure_end >= start else ""
            subject = _trim(between) if between and not re.search(r"\d", between) else ""
            subject = subject or self._noun_after(fig.end) or _trim(self.folded[start:fig.start])
        else:
            subject = self._ratio_subject(start, fig, measure_end)
        if not subject:
            subject = self._indicator_in_sentence(fig.start)
        if not subject:
            return self.subject
        self.subject = self._as_printed(_whole_name(subject), fig)
        return self.subject

    def _sentence_start(self, pos: int) -> int:
        lo = max(0, pos - 200)
        return max(max(self.folded.rfind(c, lo, pos) for c in zh.SENTENCE_MARKS) + 1, lo)

    def _indicator_in_sentence(self, pos: int) -> str | None:
        """全市规模以上工业增加值延续…趋势，同比增长9.6%: a standard indicator named earlier in the sentence."""
        lo = max(0, pos - 200)
        start = max(max(self.folded.rfind(c, lo, pos) for c in zh.SENTENCE_MARKS) + 1, lo)
        if self.previous is not None and self.previous.end > start:
            return None  # another figure of the sentence already spoke of something
        found = list(_INDICATOR_RE.finditer(self.folded, start, pos))
        if not found:
            return None
        m = found[-1]
        scope = next((w for w in fx.SCOPE_WORDS if self.folded.endswith(w, start, m.start())), "")
        return scope + m.group(0)

    def _as_printed(self, subject: str, fig: Figure) -> str:
        """The subject as the page prints it (folding is one character to one, so its span is known)."""
        lo, hi = max(0, fig.start - 300), min(len(self.folded), fig.end + 60)
        at = self.folded.rfind(subject, lo, fig.start)
        if at < 0:
            at = self.folded.find(subject, fig.end, hi)
        return self.printed[at:at + len(subject)] if at >= 0 else subject

    def _ratio_subject(self, start: int, fig: Figure, measure_end: int) -> str | None:
        if fig.kind == "percent" and self.folded.startswith("的", fig.end):
            return self._noun_after(fig.end + 1)  # 90%的产业集群
        stop = measure_end if measure_end >= start else fig.start
        text = self.folded[start:stop]
        for word in fx.MEASURES:
            if text.endswith(word):
                text = text[: -len(word)]
                break
        if (not text or text.startswith(fx.INHERIT_MARKERS)) and self.folded[start - 1:start] in ("（", "("):
            return self._before_parenthesis(start - 1)  # 电气机械和器材制造业（同比增长5.9%，贡献率为28.1%）
        if text.startswith(fx.INHERIT_MARKERS):
            return None
        if "占" in text:
            text = text.split("占")[0]
        if text.find("对") > 0 and fig.kind == "percent":
            text = text[:text.find("对")]  # 第一产业对全县地区生产总值的贡献率: the subject is 第一产业
        return _trim(text) or None

    def _before_parenthesis(self, pos: int) -> str | None:
        lo = max(0, pos - 60)
        start = max(max(self.folded.rfind(c, lo, pos) for c in zh.CLAUSE_MARKS) + 1, lo)
        return _trim(self.folded[start:pos]) or None

    def _agent_cut(self, text: str) -> str:
        """全市共收到投诉举报, 热线接听来电诉求: the subject is what the agent received."""
        for marker in fx.AGENT_MARKERS + fx.LEADING_VERBS:
            at = text.find(marker)
            if 0 < at < len(text) - len(marker) - 1:
                return text[at + len(marker):]
        return text

    def _noun_after(self, pos: int) -> str:
        if self.folded.startswith("的", pos):
            pos += 1
        end = pos
        while end < len(self.folded) and self.folded[end] not in zh.CLAUSE_MARKS + "、" and end - pos < 24:
            end += 1
        noun = self.folded[pos:end]
        stops = [noun.find(w) for w in fx.MEASURES + fx.NOUN_STOPS if w in noun]
        return _trim(noun[: min(stops)] if stops else noun)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


_TRIM_START = re.compile(f"^(?:{_alternation(fx.SUBJECT_PREFIXES + fx.LEADING_VERBS)})+")
_TRIM_END = re.compile(f"(?:{_alternation(fx.SUBJECT_SUFFIXES)})+$")


def _trim(text: str) -> str:
    """Strip list markers, periods, connectives, leading verbs and copulas from a subject's ends."""
    text = lx.LIST_MARKER_RE.sub("", text.strip(" \t、“”\".")).strip(" \t")
    text = fx.PERIOD_WORDS.sub("", fx.PERIOD_RANGE.sub("", text))
    text = _TRIM_END.sub("", _TRIM_START.sub("", text))
    head, sep, tail = text.rpartition("的")
    if sep and len(head) >= 3 and len(tail) >= 2:
        text = tail  # 以高端装备…为主的高端制造业
    return text.strip(" \t、")


_INDICATOR_RE = re.compile(_alternation(fx.INDICATORS))


def _whole_name(subject: str) -> str:
    """A subject that runs on past a standard indicator name ends with it (第一产业增加值完成 -> 第一产业增加值)."""
    found = list(_INDICATOR_RE.finditer(subject))
    return subject[:found[-1].end()] if found else subject


def _scope_of(subject: str | None) -> str | None:
    """A scope the subject names itself: 某经济开发区工业增加值, 县区工业增加值."""
    if not subject:
        return None
    m = fx.SCOPE_ZONE.search(subject)
    return m.group(0) if m else next((w for w in fx.SCOPE_WORDS if subject.startswith(w)), None)


_COMPARED = re.compile("(?:" + "|".join(fx.COMPARATOR_MARKERS) + ")[^，,；;。！？!?\n]*")
