"""What the wording asserts: list counts, approximation words, thresholds, repeats, the headline,
signs and ranges, and whether a share of counted things is possible at all."""
from __future__ import annotations

from ..intervals import EPS, Interval
from ..lexicon import statistics as cx
from ..model import STATISTICAL, Check, Figure
from .base import ArticleIndex, fmt, interval, is_rate, qualified, signed
from .sums import compatible


# --- 14. counts of what is listed ------------------------------------------------------------
def list_count(ix: ArticleIndex) -> list[Check]:
    """江苏、浙江、广东三省; …等五大产业集群 (at least what is named); 以上七个行业; 五大传统行业合计."""
    checks = []
    for f in ix.of(("count",)):
        items, open_list = _listed_items(ix, f)
        if items is None:
            continue
        n = len(items)
        fits = int(f.value) >= n if open_list else int(f.value) in (n, n + sum("和" in i or "及" in i for i in items[-1:]))
        v = "pass" if fits else "fail"
        shown = "、".join(items)
        checks.append(ix.check("list_count", v, [f], Interval.point(n),
                               f"{f.text}：列出{n}项（{shown}）。", f"{f.text}: {n} items are named ({shown}) ({v}).",
                               printed_=f, recomputed=str(n)))
    return checks


def _listed_items(ix: ArticleIndex, f: Figure) -> tuple[list[str] | None, bool]:
    text = ix.text
    before = text[max(0, f.start - 80):f.start]
    if before.endswith(("以上", "上述")) or f.unit == "大" and text.startswith(("合计", "共"), _noun_end(text, f.end)):
        return _subjects_listed_before(ix, f), False
    after = _items_after(ix, f)
    if after is not None:
        return after
    m = cx.LIST_BEFORE_NUMBER.search(before)
    if not m or before.endswith("、"):
        return None, False
    items_start = f.start - len(before) + m.start()
    if any(items_start < g.end <= f.start for g in ix.between(items_start - 80, f.start) if g is not f):
        return None, False  # the "list" runs on from another figure: 37件、应急局…5件 are parallel parts
    items = [i for i in m.group("items").split("、") if i]
    items[0] = cx.LIST_VERBS.sub("", items[0].removeprefix("其中")) or items[0]
    return (items if len(items) >= 2 else None), before.endswith("等")


def _items_after(ix: ArticleIndex, f: Figure) -> tuple[list[str], bool] | None:
    """三大产业集群：光伏制造、锂电储能、特色化工: the list follows the count, after a colon or 包括."""
    text = ix.text
    m = cx.LIST_AFTER_NUMBER.match(text, f.end)
    if not m:
        return None
    _, end = ix.sentence(f.start)
    body = text[m.end():end]
    if ix.between(m.end(), end, STATISTICAL):
        return None  # figures inside: parts with their amounts, not a list of names
    open_list = body.rstrip().endswith("等")
    items = [i for i in cx.LIST_SEPARATORS.split(body.rstrip().removesuffix("等")) if i]
    return (items, open_list) if len(items) >= 2 else None


def _noun_end(text: str, pos: int) -> int:
    """After 五大传统行业: where the noun after a count ends (at a verb such as 合计)."""
    for i in range(pos, min(len(text), pos + 12)):
        if text.startswith(("合计", "共"), i):
            return i
    return pos


def _subjects_listed_before(ix: ArticleIndex, f: Figure) -> list[str] | None:
    """以上七个行业: the distinct subjects of the figures since the list began (其中, a colon, the sentence)."""
    text = ix.text
    start, _ = ix.sentence(f.start)
    opened = max(text.rfind(m, start, f.start) for m in ("其中", ":"))
    lo = opened if opened >= 0 else start
    subjects: list[str] = []
    for g in ix.between(lo, f.start, STATISTICAL):
        if g.subject and g.subject not in subjects:
            subjects.append(g.subject)
    return subjects if len(subjects) >= 2 else None


# --- 12. approximation words -----------------------------------------------------------------
def approximation(ix: ArticleIndex) -> list[Check]:
    """近六成 is just under 60%, 超过六成 just over; 约 within half a step. Against the counts printed
    (a subset, X中Y, in its sentence or the next): 近/超/不足/以上 that do not fit fail, 约 warns."""
    checks = []
    by_id = {f.id: f for f in ix.figs}
    for f in ix.of(("percent", "fraction")):
        if not f.qualifier or f.kind == "percent" and f.measure not in cx.SHARE_MEASURES:
            continue
        pair = _counted(ix, f, by_id)
        if pair is None:
            continue
        part, whole = pair
        ratio = part.normalized_value / whole.normalized_value * 100
        value = f.normalized_value * (100 if f.kind == "fraction" else 1)
        step = 10.0 if f.kind == "fraction" else max(5.0, 10.0 ** -f.decimals)
        fits = cx.QUALIFIER_FITS[f.qualifier](ratio, abs(value), step)
        v = "pass" if fits else ("warn" if f.qualifier == "about" else "fail")
        word = cx.QUALIFIER_WORDS[f.qualifier]
        checks.append(ix.check("approximation", v, [f, part, whole], Interval.point(ratio),
                               f"{part.text}/{whole.text}={fmt(ratio)}%，“{f.text}”（{word}）{'相符' if fits else '不符'}。",
                               f"{part.text} / {whole.text} = {fmt(ratio)}%: '{f.text}' ({f.qualifier}) "
                               f"{'fits' if fits else 'does not fit'}.",
                               whole=whole, parts=[part], printed_=f, recomputed=f"{fmt(ratio, 1)}%"))
    return checks


def _counted(ix: ArticleIndex, f: Figure, by_id: dict[str, Figure]) -> tuple[Figure, Figure] | None:
    start, end = ix.sentence(f.start)
    _, after_end = ix.sentence(end + 1) if end + 1 < len(ix.text) else (0, end)
    for g in ix.between(start, after_end, ("count",)):
        if g.id in ix.part_of and by_id[ix.part_of[g.id]].kind == "count":
            whole = by_id[ix.part_of[g.id]]
            if whole.normalized_value and compatible(g, whole) or whole.unit != g.unit:
                return g, whole
    before = ix.between(start, f.start, ("count",))
    if len(before) >= 2 and compatible(before[-2], before[-1]) and f.measure in cx.SHARE_MEASURES:
        part, whole = sorted(before[-2:], key=lambda c: c.normalized_value)
        return part, whole
    return None


# --- 11. thresholds --------------------------------------------------------------------------
def threshold(ix: ArticleIndex) -> list[Check]:
    """各项指标均超两成, 均在90%以上; N类商品增速超过10%。其中…: every listed value clears the bar."""
    checks = []
    text = ix.text
    for t in ix.of(("percent", "fraction")):
        if t.qualifier not in ("over", "at_least"):
            continue
        bar = t.normalized_value * (100 if t.kind == "fraction" else 1)
        clause = ix.clause_before(t, "，,；;。\n")
        start, end = ix.sentence(t.start)
        values: list[Figure] = []
        if clause.rstrip("在").endswith(cx.ALL_WORDS) and len(clause.rstrip("在")) <= 2:
            values = [v for v in ix.between(start, t.start, ("percent", "fraction")) if v.kind == t.kind or t.kind == "fraction"]
        elif text.startswith("其中", end + 1) and not text.startswith("其中", end + 1 + 2 + 60):
            _, next_end = ix.sentence(end + 1)
            values = [v for v in ix.between(end + 1, next_end, ("percent",)) if is_rate(v)]
        if len(values) < 2:
            continue
        def scale(v: Figure) -> float:
            return v.normalized_value * 100 if v.kind == "fraction" else signed(v).mid

        low = [v for v in values if (scale(v) <= bar + EPS if t.qualifier == "over" else scale(v) < bar - EPS)]
        v = "fail" if low else "pass"
        shown = "、".join(x.text for x in values)
        checks.append(ix.check("threshold", v, [t, *values], Interval.point(min(scale(x) for x in values)),
                               f"所列{shown}{'均' if not low else '并非都'}满足“{t.text}”。",
                               f"The values listed ({shown}) {'all' if not low else 'do not all'} clear '{t.text}' ({v}).",
                               parts=values, printed_=t, recomputed=fmt(min(scale(x) for x in values)) + "%"))
    return checks


# --- 15. repeated statements -----------------------------------------------------------------
def repeated(ix: ArticleIndex) -> list[Check]:
    """The same subject with the same figures printed twice in one article (warn)."""
    seen: dict[tuple, Figure] = {}
    repeats: dict[str, list[tuple[Figure, Figure]]] = {}
    for f in ix.of(STATISTICAL):
        if not f.subject:
            continue
        start = max(ix.text.rfind(c, max(0, f.start - 80), f.start) for c in "，,；;。：:\n") + 1
        key = (f.subject, f.kind, f.text, f.period, f.measure, ix.text[start:f.start])
        if key in seen:
            repeats.setdefault(f.subject, []).append((seen[key], f))
        else:
            seen[key] = f
    checks = []
    for subject, pairs in repeats.items():
        figs = [f for pair in pairs for f in pair]
        lines = sorted({f.line for f in figs})
        shown = "、".join(p[0].text for p in pairs)
        checks.append(ix.check("repeated", "warn", figs, None,
                               f"“{subject}”的{shown}重复刊出（第{'、'.join(map(str, lines))}行）。",
                               f"{subject}: {', '.join(p[0].text for p in pairs)} printed twice (lines {', '.join(map(str, lines))}).",
                               parts=figs))
    return checks


# --- 13. headline against body ---------------------------------------------------------------
def headline(ix: ArticleIndex) -> list[Check]:
    """A headline figure is printed in the body: the sign counts (增长2.3% is not 下降2.3%), units must
    be of one family, approximation words on either side are respected (2000多家 against 2315家)."""
    body = ix.of(STATISTICAL)
    checks = []
    for h in (f for f in ix.article.figures if f.in_headline and f.kind in STATISTICAL and f.value is not None):
        same_kind = [b for b in body if compatible(b, h)]
        equal = [b for b in same_kind if qualified(b).overlaps(qualified(h))]
        related = [b for b in same_kind if _same_subject(b, h)]
        if equal:
            b = min(equal, key=lambda b: (b not in related, b.start))
            checks.append(ix.check("headline", "pass", [h, b], interval(b),
                                   f"标题中的{h.text}见于正文第{b.line}行。", f"The headline's {h.text} is in the body (line {b.line}).",
                                   whole=b, printed_=h, recomputed=b.text))
        elif related:
            b = related[0]
            checks.append(ix.check("headline", "fail", [h, b], interval(b),
                                   f"标题为{h.text}，正文为{b.text}。", f"The headline says {h.text}, the body {b.text}.",
                                   whole=b, printed_=h, recomputed=b.text))
        else:
            checks.append(ix.check("headline", "warn", [h], None,
                                   f"标题中的{h.text}未见于正文。", f"The headline's {h.text} does not appear in the body.",
                                   printed_=h))
    return checks


def _same_subject(a: Figure, b: Figure) -> bool:
    """Subjects that name the same thing once their scope word is set aside (我市…, 全市…)."""
    if not a.subject or not b.subject:
        return False
    x, y = (cx.LEADING_SCOPE.sub("", s) for s in (a.subject, b.subject))
    return bool(x and y) and (x in y or y in x)


# --- signs and ranges, granularity ------------------------------------------------------------
def sign_range(ix: ArticleIndex) -> list[Check]:
    """增长 with a negative value, 下降 with a negative one, a share over 100% (fail)."""
    checks = []
    for f in ix.of(("percent", "percentage_point", "multiple")):
        problem = None
        if f.measure in cx.RISES and f.value < 0:
            problem = ("“增长”后为负值", "a rise printed with a negative value")
        elif f.measure in cx.FALLS and f.value < 0:
            problem = ("“下降”后为负值，方向重复", "a decline printed with a negative value (a double negative)")
        elif f.measure in cx.SHARE_MEASURES and f.kind == "percent" and f.value > 100:
            problem = ("比重超过100%", "a share over 100%")
        if problem:
            checks.append(ix.check("sign_range", "fail", [f], None, f"{f.subject or ''}{f.text}：{problem[0]}。",
                                   f"{f.subject or ''} {f.text}: {problem[1]}.", printed_=f))
    return checks


def granularity(ix: ArticleIndex) -> list[Check]:
    """GRIM: a percentage of n counted things must be k/n for some whole k, at the printed precision."""
    text = ix.text
    checks = []
    for f in ix.of(("percent",)):
        if f.qualifier or f.measure not in cx.SHARE_MEASURES:
            continue
        start, _ = ix.sentence(f.start)
        bases = [c for c in ix.between(start, f.start, ("count",)) if cx.BASE_MARKER.search(text[max(0, c.start - 4):c.end + 2])]
        if not bases:
            continue
        n = int(bases[-1].normalized_value)
        if n <= 0 or n > 100000:
            continue
        k = round(f.value * n / 100)
        possible = [kk for kk in (k - 1, k, k + 1) if 0 <= kk <= n and round(kk / n * 100, f.decimals) == round(f.value, f.decimals)]
        v = "pass" if possible else "fail"
        nearest = (possible[0] if possible else k) / n * 100
        checks.append(ix.check("granularity", v, [f, bases[-1]], Interval.point(nearest),
                               f"{f.text}相对{n}个单位{'可得' if possible else '不可能得到'}（{k}/{n}={fmt(k / n * 100)}%）。",
                               f"{f.text} of {n} {'is' if possible else 'is not'} a whole count ({k}/{n} = {fmt(k / n * 100)}%).",
                               whole=bases[-1], printed_=f, recomputed=f"{fmt(nearest, f.decimals)}%"))
    return checks
