"""What the wording asserts: list counts, approximation words, thresholds, repeats, the headline,
signs and ranges, and whether a share of counted things is possible at all."""
from __future__ import annotations

import re

from .. import chinese as zh
from ..intervals import EPS, Interval
from ..lexicon import statistics as cx
from ..model import STATISTICAL, Check, Figure
from .base import LIST_ITEM_MAX, LIST_LAST_SLACK, LIST_MAX_MISSING, ArticleIndex, fmt, interval, is_rate, qualified, signed
from .sums import compatible

# --- 14. counts of what is listed ------------------------------------------------------------
# A reading of a count: the items it counts, whether the list is open (等, 包括: at least these), and
# whether a count below / above the items named would be a defensible fail (else only a pass is said).
Listing = tuple[list[str], bool, bool, bool]
POINT_NUMERALS = zh.DIGITS[1:] + "十"  # 一是 … 十是: points are numbered in order from one
_PLACES_LONGEST_FIRST = tuple(sorted(cx.PLACE_LEVELS, key=len, reverse=True))  # 自治区 before 区


def list_count(ix: ArticleIndex) -> list[Check]:
    """江苏、浙江、广东三省; …等五大产业集群 (at least what is named); 三大产业集群：…; 以上七个行业;
    三条：一是…二是…三是…. A fail only on a plain reading: short names, the count's noun their kind."""
    checks = []
    for f in ix.of(("count",)):
        if f.value is None or f.value != int(f.value) or f.value < 2 or _in_a_run_of_counts(ix, f):
            continue  # 同属一类: a list names two or more
        listing = _listing(ix, f)
        if listing is None:
            continue
        items, open_list, fail_fewer, fail_more = listing
        m = int(f.value)
        joined = _split_last(items[-1])  # 特色化工和合金新材料: one cluster or two, as the count says
        if len(joined) > 1 and m == len(items) + 1:
            items = items[:-1] + joined
        n = len(items)
        if f.qualifier:
            fail_fewer = fail_more = False  # 近60处: not a count to compare item by item
        if open_list or m <= n:
            fits, defensible = (m >= n if open_list else m == n), fail_fewer
        else:
            fits, defensible = False, fail_more and m - n - (len(joined) - 1) <= LIST_MAX_MISSING
        if not fits and not defensible:
            continue
        v = "pass" if fits else "fail"
        shown = "、".join(items)
        checks.append(ix.check("list_count", v, [f], Interval.point(n),
                               f"{f.text}：列出{n}项（{shown}）。", f"{f.text}: {n} items are named ({shown}) ({v}).",
                               printed_=f, recomputed=str(n)))
    return checks


def _listing(ix: ArticleIndex, f: Figure) -> Listing | None:
    """The first reading that applies: figures summed up (以上七个行业), numbered points, a list after, a list before."""
    text = ix.text
    before = text[max(0, f.start - 80):f.start]
    noun = _counted_noun(text, f)
    pointer = before.endswith(("以上", "上述"))
    if pointer and any(g.end >= f.start - 2 for g in ix.between(f.start - 40, f.start) if g is not f):
        return None  # 5000万元以上三家: 以上 qualifies the figure before it and points at no list
    if pointer or f.unit == "大" and text.startswith(("合计", "共"), _noun_end(text, f.end)):
        return _subjects_listed_before(ix, f)
    starts_points, points = _points_after(ix, f, noun)
    if starts_points:
        return points
    after = _items_after(ix, f)
    if after is not None:
        return after
    return _items_before(ix, f, noun, before)


def _split_last(item: str) -> list[str]:
    """农副产品、金属产品以及能源产品: the last item split at its joiner (以及, 和, 及, 与)."""
    for j in cx.LIST_JOINERS:
        left, _, right = item.partition(j)
        if left and right:
            return [left, right]
    return [item]


def _in_a_run_of_counts(ix: ArticleIndex, f: Figure) -> bool:
    """三省一市, 四位一体, 11个乡镇40个村: a count next to another counts a part of a whole, not a list."""
    text = ix.text
    follows = text[f.end:f.end + 1]
    if follows and (follows in POINT_NUMERALS + "两" or follows.isdigit()):
        return True
    noun_end = f.end + len(_counted_noun(text, f)) if f.unit not in cx.PLACE_LEVELS else f.end
    return any(g.start == noun_end for g in ix.between(noun_end, noun_end + 1, ("count",)))


def _counted_noun(text: str, f: Figure) -> str:
    """The noun a count counts: its unit when the unit is one (两省), else the word after it (三大产业集群)."""
    if f.unit in cx.PLACE_LEVELS:
        return f.unit
    m = re.match(rf"[{zh.HAN}]{{1,6}}", text[f.end:f.end + 6])
    noun = m.group() if m else ""
    for stop in cx.LIST_NOUN_STOPS:
        if stop in noun:
            noun = noun[:noun.index(stop)]
    return noun


def _items_before(ix: ArticleIndex, f: Figure, noun: str, before: str) -> Listing | None:
    """江苏、浙江、广东三省; 光伏制造、锂电储能等三大产业集群: the names enumerated right before the count."""
    m = cx.LIST_BEFORE_NUMBER.search(before)
    if not m or before.endswith("、"):
        return None
    items_start = f.start - len(before) + m.start()
    if any(items_start < g.end <= f.start for g in ix.between(items_start - 80, f.start) if g is not f):
        return None  # the "list" runs on from another figure: 37件、应急局…5件 are parallel parts
    items = m.group("items").split("、")
    for back in cx.LIST_BACK_REFERENCES:
        items[-1] = items[-1].removesuffix(back)
    last = items[-1]
    if last.endswith(cx.LIST_RELATING_WORDS) or last.endswith(cx.LIST_AMONG) and len(last) > len(cx.LIST_AMONG) + 1:
        return None  # 甲、乙、丙分属两类; 甲、乙各三家: the count is of something else
    first = cx.LIST_OPENERS.sub("", items[0])
    items[0] = first if first else items[0]
    if not all(_plain(i) for i in items):
        return None  # 把事办好、让诉求有回应这两件事: clauses, not names
    agreement = _agreement(f, noun, items)
    if agreement is None:
        return None
    return items, before.endswith("等"), *agreement


def _items_after(ix: ArticleIndex, f: Figure) -> Listing | None:
    """三大产业集群：光伏制造、锂电储能、特色化工: the list follows the count, after a colon or 包括."""
    text = ix.text
    m = cx.LIST_AFTER_NUMBER.match(text, f.end)
    if not m:
        return None
    _, end = ix.sentence(f.start)
    stop = next((i for i in range(m.end(), end) if text[i] in zh.CLAUSE_MARKS), end)
    if ix.between(m.end(), stop, STATISTICAL):
        return None  # figures inside: parts with their amounts, not a list of names
    body = text[m.end():stop].strip()
    open_list = bool(m.group("open")) or body.endswith("等")
    items = [i.strip(zh.QUOTE_OPENERS + zh.QUOTE_CLOSERS) for i in body.removesuffix("等").split("、")]
    if len(items) < 2 or not all(_plain(i) for i in items) or cx.LIST_OPENERS.match(items[0]):
        return None  # 三大集群：其中光伏、…: a sentence about some of them, not the list
    if len(items[-1]) > max(len(i) for i in items[:-1]) + LIST_LAST_SLACK:
        return None  # 三个情况：甲、乙、丙三地受灾: the last name carries a predicate, a sentence follows the colon
    whole_sentence = stop >= end or text[stop] in "；;"  # 三大任务：甲、乙，丙…: more may follow a comma
    return items, open_list, True, whole_sentence


def _points_after(ix: ArticleIndex, f: Figure, noun: str) -> tuple[bool, Listing | None]:
    """三条：一是…二是…三是…; 三大任务。第一，…第二，…: (whether points follow the count, and the points
    when every one the count promises is found in order; a count of them is said only then)."""
    text = ix.text
    m = cx.POINTS_AFTER_NUMBER.match(text, f.end)
    if not m:
        return False, None
    for form in cx.POINT_MARKERS:
        unit = f"(?:{re.escape(f.unit)})?" if f.unit else ""
        marker = re.compile(form.format(n=f"(?P<n>[{POINT_NUMERALS}])", unit=unit, noun=re.escape(noun)))
        first = marker.match(text, m.end())
        if not first or first.group("n") != POINT_NUMERALS[0]:
            continue
        found = [first.group()]
        for p in marker.finditer(text, first.end(), min(len(text), first.end() + zh.WINDOW)):
            if not _opens_clause(text, p.start()):
                continue
            k = POINT_NUMERALS.index(p.group("n")) + 1
            if k == 1:
                break  # a new enumeration starts
            if k != len(found) + 1:
                return True, None  # points out of order: not read
            found.append(p.group())
        if len(found) < int(f.value):
            return True, None  # a point not found (numbered otherwise, or not printed): nothing is said
        return True, (found, False, True, True)
    return False, None


def _opens_clause(text: str, pos: int) -> bool:
    """A point marker opens a clause: it follows a clause mark (or starts the text), spaces aside."""
    i = pos - 1
    while i >= 0 and text[i] in " \u3000":
        i -= 1
    return i < 0 or text[i] in zh.CLAUSE_MARKS


def _plain(item: str) -> bool:
    """A short name, not a clause: 光伏制造, 江苏, 黑色金属冶炼和压延加工业."""
    return (0 < len(item) <= LIST_ITEM_MAX and re.fullmatch(rf"[{zh.HAN}A-Za-z0-9·]+", item) is not None
            and not any(c in item for c in cx.LIST_ITEM_CLAUSE_CHARS))


def _place_level(word: str, *, suffix: bool) -> int | None:
    """The administrative level a name ends with (临江市 -> 市), or a noun names (乡镇, 省份; not 城市群)."""
    for place in _PLACES_LONGEST_FIRST:
        if suffix and word.endswith(place) and len(word) > len(place):
            return cx.PLACE_LEVELS[place]
        if not suffix and word.startswith(place):
            after = word[len(place):len(place) + 1]
            return None if after and after in cx.NOT_A_PLACE_AFTER else cx.PLACE_LEVELS[place]
    return None


def _agreement(f: Figure, noun: str, items: list[str]) -> tuple[bool, bool] | None:
    """Whether the count's noun is the kind of the names listed: (a count below them is a defensible fail,
    a count above them is), or None when the count is of something the names hold (甲市、乙区11个乡镇)."""
    kind = next((k for k in cx.LIST_CATEGORY_NOUNS if items[-1].endswith(k) and len(items[-1]) > len(k)), None)
    if kind and kind not in noun:
        return None  # 钢铁、水泥行业三大企业: the names are industries, the count is of firms in them
    named = {lvl for i in items if (lvl := _place_level(i, suffix=True)) is not None}
    generic = noun.startswith(cx.GENERIC_PLACES)
    level = None if generic else _place_level(noun, suffix=False)
    if named:
        return (True, True) if generic or named == {level} else None
    if generic:
        return True, True
    if level is not None:
        return True, level <= cx.TOP_PLACE_LEVEL  # 甲、乙四市 may be the cities in two provinces
    if f.unit in cx.LIST_KIND_UNITS or any(c in noun for c in cx.LIST_CATEGORY_NOUNS):
        return True, True
    return False, False


def _noun_end(text: str, pos: int) -> int:
    """After 五大传统行业: where the noun after a count ends (at a verb such as 合计)."""
    for i in range(pos, min(len(text), pos + 12)):
        if text.startswith(("合计", "共"), i):
            return i
    return pos


def _subjects_listed_before(ix: ArticleIndex, f: Figure) -> Listing | None:
    """以上七个行业: the distinct subjects of the figures since the list began (其中, a colon, the sentence).
    A fail only when the list is opened (其中, a colon) and each subject has one figure: a clean run."""
    text = ix.text
    start, _ = ix.sentence(f.start)
    opened = max(text.rfind(m, start, f.start) for m in ("其中", ":", "："))
    lo = opened if opened >= 0 else start
    figures = ix.between(lo, f.start, STATISTICAL)
    subjects: list[str] = []
    for g in figures:
        if g.subject and g.subject not in subjects:
            subjects.append(g.subject)
    if len(subjects) < 2:
        return None
    clean = opened >= 0 and len(figures) == len(subjects)
    return subjects, False, clean, clean


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
    if ix.between(start, f.start, ("money", "quantity")):
        return None  # 投资4327.61亿元，占固定资产投资额的比重近40%: a share of amounts, not of the things counted nearby
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
        marks = "，,；;。：:\n"
        start = max(ix.text.rfind(c, max(0, f.start - 80), f.start) for c in marks) + 1
        stop = min([i for i in (ix.text.find(c, f.end, f.end + 80) for c in marks) if i >= 0] or [f.end + 80])
        said = ix.text[start:f.start]
        if said.startswith(cx.SPEAKS_OF_BEFORE):  # 鸡蛋…，影响CPI上涨约0.01个百分点 is not 粮食…，影响CPI上涨约0.01个百分点
            said = ix.text[max(ix.text.rfind(c, max(0, start - 81), start - 1) for c in marks) + 1:f.start]
        key = (f.subject, f.kind, f.text, f.period, f.measure, said, ix.text[f.end:stop])  # 4个省份增速提高 is not …回落
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
