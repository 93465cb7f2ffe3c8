"""Checks: a reviewer's arithmetic over an article's figures, with verdicts that respect rounding.

Each printed value stands for the interval its decimals allow (`9.0%` is 8.95 to 9.05; a plain
integer count is exact). A check passes when the recomputed interval overlaps the printed one,
warns when they miss by less than half a unit of the last printed digit or when the rule is only
approximate by nature, fails when they clearly disagree, and is info when it only derives a value.
Every rule is a function `rule(article) -> list[Check]`; RULES lists them in the order they run.
"""
from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable

from .chinese import WINDOW, sentence_span
from .intervals import EPS, Interval, total
from .lexicon import statistics as cx
from .model import STATISTICAL, Article, Check, Expected, Figure
from .numbers import fold

GROWTH = cx.GROWTH_MEASURES


# --- helpers ---------------------------------------------------------------------------
def interval(f: Figure) -> Interval:
    """A figure's interval in its base unit (counts printed as plain integers are exact)."""
    scale = f.normalized_value / f.value if f.value and f.normalized_value is not None else 1.0
    exact = f.kind == "count" and f.decimals == 0 and f.normalized_value == f.value
    return Interval.printed(f.value, f.decimals, abs(scale), exact)


def _printed(f: Figure) -> Interval:
    return Interval.printed(f.value, f.decimals)


def _unit_step(f: Figure) -> float:
    return 10.0 ** -f.decimals * abs(f.normalized_value / f.value if f.value else 1.0)


def verdict(printed: Interval, computed: Interval, half_unit: float, soft: float = 0.0) -> str:
    """pass on overlap; warn on a miss under half a printed unit (or inside the soft band); else fail."""
    if printed.overlaps(computed):
        return "pass"
    if soft and printed.overlaps(computed.widened(soft)):
        return "pass"
    if printed.gap(computed) < half_unit - EPS:
        return "warn"
    return "fail"


def _expected(i: Interval) -> Expected:
    return Expected(_round(i.mid), _round(i.lo), _round(i.hi))


def _round(x: float) -> float:
    return float(f"{x:.10g}")


def _fmt(x: float, decimals: int | None = None) -> str:
    if decimals is not None:
        return f"{x:.{decimals}f}"
    return f"{x:.4g}" if abs(x) < 1e6 else f"{x:.6g}"


def _in_printed_unit(i: Interval, f: Figure) -> float:
    scale = abs(f.normalized_value / f.value) if f.value and f.normalized_value else 1.0
    return i.mid / scale


def _check(rule: str, v: str, figs: Iterable[Figure], expected: Interval | None, zh: str, en: str) -> Check:
    figs = list(figs)
    return Check(rule, v, tuple(f.id for f in figs), tuple(f.value for f in figs),
                 _expected(expected) if expected else None, zh, en)


class _Index:
    """An article's body figures sorted by offset, so rules find neighbours by bisection, not by scans."""

    def __init__(self, article: Article) -> None:
        self.text = fold(article.text)  # vocabulary matches either script; offsets are the article's
        self.figs = sorted((f for f in article.figures if not f.in_headline and f.value is not None), key=lambda f: f.start)
        self.starts = [f.start for f in self.figs]
        self._kinds: dict[tuple[str, ...], list[Figure]] = {}

    def of(self, kinds: tuple[str, ...]) -> list[Figure]:
        if kinds not in self._kinds:
            self._kinds[kinds] = [f for f in self.figs if f.kind in kinds]
        return self._kinds[kinds]

    def between(self, lo: int, hi: int, kinds: tuple[str, ...] | None = None) -> list[Figure]:
        """Figures starting in [lo, hi)."""
        found = self.figs[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]
        return found if kinds is None else [f for f in found if f.kind in kinds]


_last: tuple[Article, _Index] | None = None


def _index(article: Article) -> _Index:
    """The index of the article being checked (rules run one article at a time)."""
    global _last
    if _last is None or _last[0] is not article:
        _last = (article, _Index(article))
    return _last[1]


def _stats(article: Article, kinds: tuple[str, ...]) -> list[Figure]:
    return _index(article).of(kinds)


def _compatible(a: Figure, b: Figure) -> bool:
    """Same kind and base unit; a count's measure word may extend the other's (件次 and 件)."""
    if a.kind != b.kind:
        return False
    ua, ub = a.normalized_unit or "", b.normalized_unit or ""
    return ua == ub or ua.startswith(ub) or ub.startswith(ua)


def _is_growth(f: Figure) -> bool:
    return f.kind == "percent" and f.measure in GROWTH


def _clause_before(text: str, f: Figure) -> str:
    lo = max(0, f.start - 300)
    start = max(max(text.rfind(c, lo, f.start) for c in "，,；;。：:\n") + 1, lo)
    return text[start:f.start]


def _whole_growth(article: Article, f: Figure) -> Figure | None:
    """The growth of the whole a share, contribution or pull refers to (对全市规上工业增加值增速的…)."""
    clause = _clause_before(_index(article).text, f)
    nearby = _index(article).between(f.start - WINDOW, f.start, ("percent",))
    candidates = [g for g in nearby if _is_growth(g) and g.subject and g.subject in clause and g.subject != f.subject]
    return max(candidates, key=lambda g: (len(g.subject or ""), -g.start)) if candidates else None


# --- 1. parts and whole ----------------------------------------------------------------
def parts_and_whole(article: Article) -> list[Check]:
    text = _index(article).text
    figs = _stats(article, ("count", "quantity", "money"))
    checks: list[Check] = []
    used: set[str] = set()
    for whole in figs:
        parts, how = _listed_parts(article, whole, used)
        if len(parts) >= 2:
            used |= {p.id for p in parts} | {whole.id}
            checks.append(_sum_check(whole, parts, partial=how == "其中"))
    order = {f.id: i for i, f in enumerate(_stats(article, STATISTICAL))}
    for whole in figs:
        if whole.id in used or _inside_breakdown(text, whole):
            continue
        parts = _parallel_parts(article, whole, used, order)
        if parts:
            used |= {p.id for p in parts} | {whole.id}
            checks.append(_sum_check(whole, parts, partial=False))
    return checks


def _listed_parts(article: Article, whole: Figure, used: set[str]) -> tuple[list[Figure], str]:
    """Parts in parentheses right after the whole, or after 其中/分别 in the same sentence."""
    index = _index(article)
    text = index.text
    if text[whole.end:whole.end + 1] in ("（", "("):
        hi = min(len(text), whole.end + WINDOW)
        close = min(i for i in (text.find("）", whole.end, hi), text.find(")", whole.end, hi), hi) if i >= 0)
        return [f for f in index.between(whole.end + 1, close) if _compatible(f, whole)], "()"
    _, end = sentence_span(text, whole.end)
    m = cx.BREAKDOWN_MARKER.match(text, whole.end)
    if not m:
        return [], ""
    parts = [f for f in index.between(m.end(), end) if _compatible(f, whole) and f.id not in used]
    return parts, m.group("marker")


def _inside_breakdown(text: str, f: Figure) -> bool:
    """A figure listed after 其中 or a colon in its sentence is a part, not a total."""
    start, _ = sentence_span(text, f.start)
    return any(m in text[start:f.start] for m in ("其中", ":", "："))


MAX_PARTS = 8  # a breakdown printed in running text has at most this many parts


def _parallel_parts(article: Article, whole: Figure, used: set[str], order: dict[str, int]) -> list[Figure]:
    """Later figures of the sentence, adjacent (no other figure between), that add up to the whole within 5%."""
    _, end = sentence_span(_index(article).text, whole.end)
    later = [f for f in _index(article).between(whole.end + 1, end) if _compatible(f, whole) and f.id not in used]
    later = later[:MAX_PARTS + 4]
    target = interval(whole)
    best: tuple[float, list[Figure]] | None = None
    for i, j in itertools.combinations(range(len(later) + 1), 2):
        run = later[i:j]
        if len(run) < 2 or len(run) > MAX_PARTS:
            continue
        positions = [order[f.id] for f in run]
        if positions != list(range(positions[0], positions[0] + len(run))):
            continue
        gap = total([interval(f) for f in run]).gap(target)
        if gap <= 0.05 * abs(target.mid) and (best is None or gap < best[0]):
            best = (gap, run)
    return best[1] if best else []


def _sum_check(whole: Figure, parts: list[Figure], partial: bool) -> Check:
    computed = total([interval(p) for p in parts])
    printed = interval(whole)
    names = " + ".join(p.text for p in parts)
    shown = _fmt(_in_printed_unit(computed, whole), max(p.decimals for p in parts)) + whole.unit
    bigger = [p for p in parts if interval(p).lo > printed.hi + EPS]
    if bigger:
        return _check("parts_and_whole", "fail", [whole, *parts], computed,
                      f"部分{bigger[0].text}大于整体{whole.text}。", f"A part ({bigger[0].text}) is larger than its whole ({whole.text}).")
    v = verdict(printed, computed, _unit_step(whole) / 2)
    if partial and v != "pass" and computed.hi < printed.lo:
        return _check("parts_and_whole", "info", [whole, *parts], computed,
                      f"“其中”所列{names}={shown}，只是{whole.text}的一部分。",
                      f"The parts listed after 其中 ({names} = {shown}) cover only part of {whole.text}.")
    return _check("parts_and_whole", v, [whole, *parts], computed,
                  f"分项{names}={shown}，与总数{whole.text}{_ZH_VERDICT[v]}。",
                  f"The parts {names} add up to {shown}; the total printed is {whole.text} ({v}).")


_ZH_VERDICT = {"pass": "相符", "warn": "略有出入", "fail": "不符"}


# --- 2. shares, contribution rates and pulls that cover a whole -------------------------
def shares_of_a_whole(article: Article) -> list[Check]:
    """Shares (比重/占比) of parallel parts, printed side by side, that sum to about 100%."""
    shares = [f for f in _stats(article, ("percent",)) if f.measure in cx.SHARE_MEASURES and not f.qualifier]
    return _subsets_near(shares, Interval.point(100.0), 5.0, "shares_sum", ("各部分比重之和", "100%"),
                         ("The shares of the parts", "100%"), text=article.text)


def contributions_cover_the_whole(article: Article) -> list[Check]:
    contributions = [f for f in _stats(article, ("percent",)) if f.measure == "贡献率"]
    return _subsets_near(contributions, Interval.point(100.0), 5.0, "contributions_sum",
                         ("各部分贡献率之和", "100%"), ("The contribution rates of the parts", "100%"), text=article.text)


def pulls_add_to_growth(article: Article) -> list[Check]:
    pulls = [f for f in _stats(article, ("percentage_point",)) if f.measure == "拉动"]
    checks = []
    for whole, group in _group_by_whole(article, pulls).items():
        checks += _subsets_near(group, interval(whole), 0.1 * abs(whole.value) + 0.5, "pulls_sum",
                                ("各部分拉动之和", f"{whole.subject}增速{whole.text}"),
                                ("The pulls of the parts", f"the growth of {whole.subject}, {whole.text}"), whole=whole,
                                text=article.text)
    return checks


def _group_by_whole(article: Article, figs: list[Figure]) -> dict[Figure, list[Figure]]:
    groups: dict[Figure, list[Figure]] = {}
    for f in figs:
        whole = _whole_growth(article, f)
        if whole is not None:
            groups.setdefault(whole, []).append(f)
    return groups


def _subsets_near(figs: list[Figure], target: Interval, window: float, rule: str, zh: tuple[str, str],
                  en: tuple[str, str], whole: Figure | None = None, text: str = "") -> list[Check]:
    """Runs of figures printed side by side (two to MAX_PARTS, one paragraph, distinct subjects) whose
    sum lies within `window` of the target; the longest runs first, none overlapping.

    Parts that cover a whole are not marked as such in print: a sum near the whole is the sign.
    """
    figs = [f for f in figs if f.subject]
    runs = [figs[i:j] for i in range(len(figs)) for j in range(i + 2, min(len(figs), i + MAX_PARTS) + 1)]
    runs.sort(key=lambda r: (-len(r), r[0].start))
    checks, used = [], set()
    for run in runs:
        if used & {f.id for f in run} or len({f.subject for f in run}) < len(run) or "\n" in text[run[0].start:run[-1].end]:
            continue
        computed = total([interval(f) for f in run])
        if computed.gap(target) > window:
            continue
        used |= {f.id for f in run}
        v = verdict(target, computed, _unit_step(run[0]) / 2)
        names = " + ".join(f.text for f in run)
        shown = _fmt(computed.mid, max(f.decimals for f in run))
        involved = [*run, whole] if whole else run
        checks.append(_check(rule, v, involved, computed,
                             f"{zh[0]}：{names}={shown}，与{zh[1]}{_ZH_VERDICT[v]}。",
                             f"{en[0]} add up to {names} = {shown}, against {en[1]} ({v})."))
    return sorted(checks, key=lambda c: c.figures)


# --- 3. pull = contribution rate x total growth -----------------------------------------
def pull_is_contribution_times_growth(article: Article) -> list[Check]:
    contributions = {f.subject: f for f in _stats(article, ("percent",)) if f.measure == "贡献率"}
    checks = []
    for pull in _stats(article, ("percentage_point",)):
        c = contributions.get(pull.subject)
        whole = _whole_growth(article, pull)
        if pull.measure != "拉动" or c is None or whole is None:
            continue
        computed = _printed(c).scaled(0.01) * _printed(whole)
        v = verdict(_printed(pull), computed, _unit_step(pull) / 2)
        checks.append(_check("pull_product", v, [pull, c, whole], computed,
                             f"{pull.subject}：贡献率{c.text}×增速{whole.text}={_fmt(computed.mid)}个百分点，所报拉动为{pull.text}。",
                             f"{pull.subject}: contribution {c.text} x growth {whole.text} = {_fmt(computed.mid)} points; "
                             f"the pull printed is {pull.text} ({v})."))
    return checks


# --- 4. contribution from share and growth ----------------------------------------------
def contribution_from_share_and_growth(article: Article) -> list[Check]:
    """s0 = s1(1+g)/(1+gp); contribution = s0·gp/g. Shares at current prices, growth at comparable: soft."""
    stats = _stats(article, ("percent",))
    shares, growths = {}, {}
    for f in stats:
        if f.measure in cx.SHARE_MEASURES:
            shares.setdefault(f.subject, f)
        elif _is_growth(f):
            growths.setdefault(f.subject, f)
    checks = []
    for c in (f for f in stats if f.measure == "贡献率"):
        share, growth = shares.get(c.subject), growths.get(c.subject)
        whole = _whole_growth(article, c)
        if share is None or growth is None or whole is None or abs(whole.value) < 1:
            continue
        s1, gp, g = _printed(share).scaled(0.01), _printed(growth).scaled(0.01), _printed(whole).scaled(0.01)
        one = Interval.point(1.0)
        s0 = s1 * (one + g) / (one + gp)
        computed = (s0 * gp / g).scaled(100)
        v = "pass" if _printed(c).overlaps(computed.widened(cx.SOFT_TOLERANCE)) else "warn"
        checks.append(_check("contribution_from_share", v, [c, share, growth, whole], computed,
                             f"{c.subject}：由比重{share.text}、增速{growth.text}和总增速{whole.text}推算贡献率约{_fmt(computed.mid)}%，"
                             f"所报为{c.text}。",
                             f"{c.subject}: share {share.text}, growth {growth.text} and total growth {whole.text} imply a "
                             f"contribution of about {_fmt(computed.mid)}%; {c.text} is printed ({v})."))
    return checks


# --- 5. implied values ------------------------------------------------------------------
def implied_values(article: Article) -> list[Check]:
    index = _index(article)
    checks = []
    for pp in _stats(article, ("percentage_point",)):
        sign = cx.IMPLIED_SIGN.get(pp.measure or "")
        before = index.between(pp.start - WINDOW, pp.start, ("percent",))
        base = next((f for f in reversed(before) if f.subject == pp.subject and _is_growth(f)), None)
        if sign is None or base is None:
            continue
        computed = _printed(base) - _printed(pp).scaled(sign)
        before, other = _compared_with(_index(article).text, pp)
        said = f"{pp.measure}{other}{pp.text}" if other else f"较{before}{pp.measure}{pp.text}"
        implied = _fmt(computed.mid, max(base.decimals, pp.decimals))
        what = other or before
        checks.append(_check("implied_value", "info", [base, pp], computed,
                             f"{base.subject}增速{base.text}，{said}，可推知{what}为{implied}%。",
                             f"{base.subject} grew {base.text}, {_fmt(pp.value, pp.decimals)} points "
                             f"{cx.EN_MEASURE.get(pp.measure or '', pp.measure)} {what}: so {what} was {implied}%."))
    return checks


def _compared_with(text: str, pp: Figure) -> tuple[str, str]:
    """What the rate is compared with: after 高于 (高于全省…增速) or after 较 (较上年同期提高)."""
    before, _, after = _clause_before(text, pp).partition(pp.measure or "")
    return before.strip().lstrip("较比").strip(), after.strip()


# --- 6. counts of what is listed --------------------------------------------------------
def counts_of_listed_items(article: Article) -> list[Check]:
    checks = []
    for f in _stats(article, ("count",)):
        items = _listed_items(article, f)
        if items is None:
            continue
        n = len(items)
        fits = int(f.value) in (n, n + sum("和" in i or "及" in i for i in items[-1:]))
        v = "pass" if fits else "fail"
        shown = "、".join(items)
        checks.append(_check("list_count", v, [f], Interval.point(n),
                             f"{f.text}：列出{n}项（{shown}）。", f"{f.text}: {n} items are named ({shown}) ({v})."))
    return checks


def _listed_items(article: Article, f: Figure) -> list[str] | None:
    text = _index(article).text
    before = text[max(0, f.start - 80):f.start]
    if before.endswith(("以上", "上述")):
        return _subjects_listed_before(article, f)
    m = cx.LIST_BEFORE_NUMBER.search(before)
    if not m or before.endswith("、"):
        return None
    items_start = f.start - len(before) + m.start()
    if any(items_start < g.end <= f.start for g in _index(article).between(items_start - 80, f.start) if g is not f):
        return None  # the "list" runs on from another figure: 37件、应急局…5件 are parallel parts
    items = [i for i in m.group("items").split("、") if i]
    items[0] = cx.LIST_VERBS.sub("", items[0]) or items[0]
    return items if len(items) >= 2 else None


def _subjects_listed_before(article: Article, f: Figure) -> list[str] | None:
    """以上七个行业: the distinct subjects of the figures since the list began (其中, a colon)."""
    text = _index(article).text
    start, _ = sentence_span(text, f.start)
    opened = max(text.rfind(m, start, f.start) for m in ("其中", ":"))
    lo = opened if opened >= 0 else start
    subjects: list[str] = []
    for g in _index(article).between(lo, f.start, STATISTICAL):
        if g.subject and g.subject not in subjects:
            subjects.append(g.subject)
    return subjects if len(subjects) >= 2 else None


# --- 7. approximation words -------------------------------------------------------------
def approximation_words(article: Article) -> list[Check]:
    text = _index(article).text
    checks = []
    for f in _stats(article, ("percent", "fraction")):
        if not f.qualifier or f.measure not in cx.SHARE_MEASURES:
            continue
        start, _ = sentence_span(text, f.start)
        before = _index(article).between(start, f.start, ("count",))
        if len(before) < 2 or not _compatible(before[-2], before[-1]):
            continue
        part, whole = sorted(before[-2:], key=lambda c: c.normalized_value)
        ratio = part.normalized_value / whole.normalized_value * 100
        printed = f.normalized_value * (100 if f.kind == "fraction" else 1)
        step = 10.0 if f.kind == "fraction" else max(5.0, 10.0 ** -f.decimals)
        fits = cx.QUALIFIER_FITS[f.qualifier](ratio, printed, step)
        v = "pass" if fits else "warn"
        word = cx.QUALIFIER_WORDS[f.qualifier]
        checks.append(_check("approximation", v, [f, part, whole], Interval.point(ratio),
                             f"{part.text}/{whole.text}={_fmt(ratio)}%，“{f.text}”（{word}）{'相符' if fits else '不符'}。",
                             f"{part.text} / {whole.text} = {_fmt(ratio)}%: '{f.text}' ({f.qualifier}) "
                             f"{'fits' if fits else 'does not fit'}."))
    return checks


# --- 8. repeated statements -------------------------------------------------------------
def repeated_statements(article: Article) -> list[Check]:
    seen: dict[tuple, Figure] = {}
    repeats: dict[str, list[tuple[Figure, Figure]]] = {}
    for f in _stats(article, STATISTICAL):
        if not f.subject:
            continue
        key = (f.subject, f.kind, f.text, f.period)
        if key in seen:
            repeats.setdefault(f.subject, []).append((seen[key], f))
        else:
            seen[key] = f
    checks = []
    for subject, pairs in repeats.items():
        figs = [f for pair in pairs for f in pair]
        lines = sorted({f.line for f in figs})
        shown = "、".join(p[0].text for p in pairs)
        checks.append(_check("repeated", "warn", figs, None,
                             f"“{subject}”的{shown}重复刊出（第{'、'.join(map(str, lines))}行）。",
                             f"{subject}: {', '.join(p[0].text for p in pairs)} printed twice (lines {', '.join(map(str, lines))})."))
    return checks


# --- 9. headline against body -----------------------------------------------------------
def headline_against_body(article: Article) -> list[Check]:
    body = _stats(article, STATISTICAL)
    checks = []
    for h in (f for f in article.figures if f.in_headline and f.kind in STATISTICAL):
        same_kind = [b for b in body if b.kind == h.kind and _compatible(b, h)]
        equal = [b for b in same_kind if interval(b).overlaps(interval(h))]
        related = [b for b in same_kind if _same_subject(b, h)]
        if equal:
            b = min(equal, key=lambda b: (b not in related, b.start))
            checks.append(_check("headline", "pass", [h, b], interval(b),
                                 f"标题中的{h.text}见于正文第{b.line}行。", f"The headline's {h.text} is in the body (line {b.line})."))
        elif related:
            b = related[0]
            checks.append(_check("headline", "fail", [h, b], interval(b),
                                 f"标题为{h.text}，正文为{b.text}。", f"The headline says {h.text}, the body {b.text}."))
        else:
            checks.append(_check("headline", "warn", [h], None,
                                 f"标题中的{h.text}未见于正文。", f"The headline's {h.text} does not appear in the body."))
    return checks


def _same_subject(a: Figure, b: Figure) -> bool:
    """Subjects that name the same thing once their scope word is set aside (我市…, 全市…)."""
    if not a.subject or not b.subject:
        return False
    x, y = (cx.LEADING_SCOPE.sub("", s) for s in (a.subject, b.subject))
    return bool(x and y) and (x in y or y in x)


# --- 10. signs and ranges ---------------------------------------------------------------
def signs_and_ranges(article: Article) -> list[Check]:
    checks = []
    for f in _stats(article, ("percent", "percentage_point", "multiple")):
        problem = None
        if f.measure in cx.RISES and f.value < 0:
            problem = ("“增长”后为负值", "a rise printed with a negative value")
        elif f.measure in cx.FALLS and f.value < 0:
            problem = ("“下降”后为负值，方向重复", "a decline printed with a negative value (a double negative)")
        elif f.measure in cx.SHARE_MEASURES and f.kind == "percent" and f.value > 100:
            problem = ("比重超过100%", "a share over 100%")
        if problem:
            checks.append(_check("sign_range", "fail", [f], None, f"{f.subject or ''}{f.text}：{problem[0]}。",
                                 f"{f.subject or ''} {f.text}: {problem[1]}."))
    return checks


# --- 11. granularity (GRIM) -------------------------------------------------------------
def granularity(article: Article) -> list[Check]:
    """A percentage of n counted things must be k/n for some whole k, at the printed precision."""
    text = _index(article).text
    checks = []
    for f in _stats(article, ("percent",)):
        if f.qualifier or f.measure not in cx.SHARE_MEASURES:
            continue
        start, _ = sentence_span(text, f.start)
        bases = [c for c in _index(article).between(start, f.start, ("count",))
                 if cx.BASE_MARKER.search(text[max(0, c.start - 4):c.end + 2])]
        if not bases:
            continue
        n = int(bases[-1].normalized_value)
        if n <= 0 or n > 100000:
            continue
        k = round(f.value * n / 100)
        possible = [kk for kk in (k - 1, k, k + 1) if 0 <= kk <= n and round(kk / n * 100, f.decimals) == round(f.value, f.decimals)]
        v = "pass" if possible else "fail"
        nearest = (possible[0] if possible else k) / n * 100
        checks.append(_check("granularity", v, [f, bases[-1]], Interval.point(nearest),
                             f"{f.text}相对{n}个单位{'可得' if possible else '不可能得到'}（{k}/{n}={_fmt(k / n * 100)}%）。",
                             f"{f.text} of {n} {'is' if possible else 'is not'} a whole count ({k}/{n} = {_fmt(k / n * 100)}%)."))
    return checks


RULES: tuple[Callable[[Article], list[Check]], ...] = (
    parts_and_whole, shares_of_a_whole, contributions_cover_the_whole, pulls_add_to_growth,
    pull_is_contribution_times_growth, contribution_from_share_and_growth, implied_values,
    counts_of_listed_items, approximation_words, repeated_statements, headline_against_body,
    signs_and_ranges, granularity,
)


def check(article: Article) -> tuple[Check, ...]:
    """Every rule over one article, in RULES order."""
    return tuple(c for rule in RULES for c in rule(article))
