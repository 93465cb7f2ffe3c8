"""Wholes and their parts: breakdowns that add up, subsets, shares of a whole, shares, contributions
and pulls that cover the whole."""
from __future__ import annotations

import functools
import itertools
import math

from ..chinese import WINDOW
from ..intervals import EPS, Interval, total
from ..lexicon import statistics as cx
from ..model import STATISTICAL, Check, Figure
from .base import (
    MAX_PARTS,
    NEAR_GROWTH,
    NEAR_HUNDRED,
    NEAR_SUBTOTAL,
    NEAR_WHOLE,
    PART_WINDOW,
    ZH_VERDICT,
    ArticleIndex,
    canonical,
    fmt,
    in_printed_unit,
    interval,
    is_change,
    non_additive,
    printed,
    signed,
    unit_step,
    verdict,
)

AMOUNTS = ("count", "quantity", "money")


def compatible(a: Figure, b: Figure) -> bool:
    """Same kind and base unit; a count's measure word may extend the other's (件次 and 件)."""
    if a.kind != b.kind:
        return False
    ua, ub = a.normalized_unit or "", b.normalized_unit or ""
    return ua == ub or a.kind == "count" and (ua.startswith(ub) or ub.startswith(ua))


@functools.lru_cache(maxsize=4096)
def member(subject: str | None, members: tuple[tuple[str, ...], ...]) -> int:
    """Which part of a breakdown a subject names (-1: none), scope words and 规上 set aside."""
    if not subject:
        return -1
    s = canonical(subject)
    for prefix in cx.SCOPES + ("规模以上", "规上", "限额以上", "其中"):
        if s.startswith(prefix):
            s = s[len(prefix):]
    return next((k for k, names in enumerate(members) if s.startswith(names)), -1)


# --- 1, 2. parts and whole ----------------------------------------------------------------
def parts_and_whole(ix: ArticleIndex) -> list[Check]:
    """Listed parts (parentheses, 其中, 分别, X中有Y) are at most the whole; complete breakdowns add up to it."""
    checks: list[Check] = []
    used: set[str] = set()
    amounts = ix.of(AMOUNTS)
    for whole in amounts:
        if whole.id in used or is_change(ix, whole):
            continue  # the change of a subset may exceed the change of the whole (比上年减少637个。其中…减少1686个)
        parts, how = _listed_parts(ix, whole, used)
        if parts and not any(non_additive(ix, f) for f in [whole, *parts]):
            checks.append(_record(ix, whole, parts, how, used))
    for whole, parts in _named_breakdowns(ix, used):
        checks.append(_record(ix, whole, parts, "named", used))
    order = {f.id: i for i, f in enumerate(ix.of(STATISTICAL))}
    for whole in amounts:
        if whole.id in used or _inside_breakdown(ix, whole):
            continue
        parts = _parallel_parts(ix, whole, used, order)
        if parts:
            checks.append(_record(ix, whole, parts, "parallel", used))
    return checks


def _record(ix: ArticleIndex, whole: Figure, parts: list[Figure], how: str, used: set[str]) -> Check:
    used |= {p.id for p in parts} | ({whole.id} if how != "named" else set())
    ix.breakdowns.append((whole, parts, how))
    for p in parts:
        ix.part_of.setdefault(p.id, whole.id)
    return _sum_check(ix, whole, parts, partial=how in ("其中", "中"))


def _listed_parts(ix: ArticleIndex, whole: Figure, used: set[str]) -> tuple[list[Figure], str]:
    text = ix.text
    if text[whole.end:whole.end + 1] in ("（", "("):
        hi = min(len(text), whole.end + 300)
        close = min(i for i in (text.find("）", whole.end, hi), text.find(")", whole.end, hi), hi) if i >= 0)
        return [f for f in ix.between(whole.end + 1, close) if compatible(f, whole)], "()"
    start, end = ix.sentence(whole.start)
    after = [f for f in ix.between(whole.end, end) if compatible(f, whole)]
    if after and cx.SUBSET_BETWEEN.match(text[whole.end:after[0].start]) and whole.kind == "count":
        return [after[0]], "中"
    marker = _marker_after(ix, whole)
    if marker is None:
        return [], ""
    at, word = marker
    _, stop = ix.sentence(at)
    nested = text.find("其中", at, stop)
    stop = nested if nested >= 0 else stop  # 第二产业65585万元，其中工业…: what follows is a part of a part
    candidates = [f for f in ix.between(at, stop) if compatible(f, whole) and f.id not in used
                  and not is_change(ix, f)][:MAX_PARTS]
    if not candidates:
        return [], ""
    if word == "分别":  # `respectively` distributes over two parts at least: one figure after it is no breakdown
        return (candidates, "分别") if len(candidates) >= 2 else ([], "")
    tight = all(text[a.end:b.start].strip() in ("、", "和", "及") or not any(c in text[a.end:b.start] for c in "，,；;")
                for a, b in zip(candidates, candidates[1:]))
    limit = interval(whole).hi
    if total([interval(p) for p in candidates]).lo <= limit + EPS or tight:
        return candidates, "其中"
    prefix: list[Figure] = []
    for p in candidates:  # separate clauses may run past the breakdown: keep what fits
        if total([interval(q) for q in prefix + [p]]).lo > limit + EPS:
            break
        prefix.append(p)
    return (prefix or candidates[:1]), "其中"


def _marker_after(ix: ArticleIndex, whole: Figure) -> tuple[int, str] | None:
    """其中/分别 after the whole in its sentence (rates may stand between), or opening the next sentence."""
    text = ix.text
    _, end = ix.sentence(whole.start)

    def level_between(lo: int, hi: int) -> bool:  # another level of the whole's kind (a change beside it is not)
        return any(compatible(f, whole) and not is_change(ix, f) for f in ix.between(lo, hi))

    for word in ("其中", "分别"):
        at = text.find(word, whole.end, end)
        if word == "分别" and at >= 0 and any(c in text[whole.end:at] for c in "；;"):
            continue  # 东盟835.9亿元…；对欧盟、美国分别进出口…: a new clause lists peers of the whole, not its parts
        if at >= 0 and not level_between(whole.end, at) and level_between(at, end):
            return at + len(word), word
    nxt = end + 1
    while nxt < len(text) and text[nxt] in " \t\n":
        nxt += 1
    if text.startswith("其中", nxt) and ix.paragraph(nxt) == ix.paragraph(whole.start) and not level_between(whole.end, nxt):
        return nxt + 2, "其中"
    return None


def _inside_breakdown(ix: ArticleIndex, f: Figure) -> bool:
    """A figure listed after 其中 or a colon in its sentence is a part, not a total."""
    start, _ = ix.sentence(f.start)
    return any(m in ix.text[start:f.start] for m in ("其中", ":", "："))


def _parallel_parts(ix: ArticleIndex, whole: Figure, used: set[str], order: dict[str, int]) -> list[Figure]:
    """Later figures of the sentence, adjacent (no other figure between), that add up to the whole within 5%."""
    _, end = ix.sentence(whole.end)
    later = [f for f in ix.between(whole.end + 1, end) if compatible(f, whole) and f.id not in used][:MAX_PARTS + 4]
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
        if gap <= NEAR_WHOLE * abs(target.mid) and (best is None or gap < best[0]):
            best = (gap, run)
    return best[1] if best else []


def partition_groups(ix: ArticleIndex, figs: list[Figure], same_kind: bool = True):
    """Runs of figures whose subjects name every part of a complete breakdown (in any order, close together)."""
    for members, whole_names in cx.PARTITIONS:
        taken: set[str] = set()
        for i, f in enumerate(figs):
            if f.id in taken or member(f.subject, members) < 0:
                continue
            group = {member(f.subject, members): f}
            last_index = i
            for j in range(i + 1, len(figs)):
                g = figs[j]
                if g.start > f.start + PART_WINDOW or len(group) == len(members):
                    break
                k = member(g.subject, members)
                if k < 0 or g.id in taken or (same_kind and not compatible(f, g)):
                    continue
                if k in group:
                    break
                group[k] = g
                last_index = j
            if len(group) == len(members):
                parts = sorted(group.values(), key=lambda p: p.start)
                if ix.paragraph(parts[0].start) != ix.paragraph(parts[-1].start) or \
                        ix.date_between(parts[0].start, parts[-1].start):
                    continue
                last = parts[-1]
                nxt = figs[last_index + 1] if last_index + 1 < len(figs) else None
                if nxt is not None and nxt.subject and nxt.subject.startswith(cx.OPTIONAL_PARTS) and nxt.start < last.end + 80:
                    parts.append(nxt)
                taken |= {p.id for p in parts}
                yield members, whole_names, parts


def _named_breakdowns(ix: ArticleIndex, used: set[str]):
    figs = [f for f in ix.of(AMOUNTS) if f.id not in used and f.subject]
    for members, names, parts in partition_groups(ix, figs):
        if any(non_additive(ix, p) for p in parts):
            continue
        computed = total([interval(p) for p in parts])
        first = parts[0]
        wholes = [w for w in ix.between(max(0, first.start - 3 * PART_WINDOW), first.start, AMOUNTS)
                  if w.id not in ix.part_of and compatible(w, first) and member(w.subject, members) < 0
                  and any(n in canonical(w.subject or "") for n in names)
                  and computed.gap(interval(w)) <= NEAR_WHOLE * abs(interval(w).mid)]
        if wholes:
            yield min(wholes, key=lambda w: (computed.gap(interval(w)), -w.start)), parts


def _digits_for(parts: list[Figure], whole: Figure) -> int:
    """Decimals that show a sum of parts in the whole's unit to the parts' last digit (81708人次 in 万人次: 8.1708),
    at most four."""
    scale = abs(whole.normalized_value / whole.value) if whole.value and whole.normalized_value else 1.0
    finest = min(unit_step(p) for p in parts) / scale
    return min(4, max(whole.decimals, max(p.decimals for p in parts) if finest <= 0 else math.ceil(-math.log10(finest) - 1e-9)))


def _sum_check(ix: ArticleIndex, whole: Figure, parts: list[Figure], partial: bool) -> Check:
    computed = total([interval(p) for p in parts])
    printed_ = interval(whole)
    names = " + ".join(p.text for p in parts)
    shown = in_printed_unit(computed.mid, whole, _digits_for(parts, whole))
    figs = [whole, *parts]
    bigger = [p for p in parts if interval(p).lo > printed_.hi + EPS]
    if bigger:
        return ix.check("parts_and_whole", "fail", figs, computed,
                        f"部分{bigger[0].text}大于整体{whole.text}。", f"A part ({bigger[0].text}) is larger than its whole ({whole.text}).",
                        whole=whole, parts=parts, printed_=whole, recomputed=shown)
    if partial and computed.lo <= printed_.hi + EPS and not printed_.overlaps(computed):
        over = computed.lo > printed_.hi + EPS
        v = "fail" if over else "pass"
        zh_ = f"所列部分{names}={shown}，{'超过' if over else '不超过'}总数{whole.text}。"
        en = f"The parts listed ({names} = {shown}) {'exceed' if over else 'stay within'} the whole, {whole.text} ({v})."
        return ix.check("parts_and_whole", v, figs, computed, zh_, en, whole=whole, parts=parts, printed_=whole, recomputed=shown)
    v = verdict(printed_, computed, unit_step(whole) / 2)
    if partial and v != "pass":
        v = "fail"  # listed parts that add up to more than the whole
    return ix.check("parts_and_whole", v, figs, computed,
                    f"分项{names}={shown}，与总数{whole.text}{ZH_VERDICT[v]}。",
                    f"The parts {names} add up to {shown}; the total printed is {whole.text} ({v}).",
                    whole=whole, parts=parts, printed_=whole, recomputed=shown)


# --- 3. a share recomputed from the amounts -------------------------------------------------
def is_share(ix: ArticleIndex, f: Figure) -> bool:
    """比重, 占比, 增长面, or a percent after 占 in its clause (占51.1%, 占总投资的32.1%)."""
    if f.kind != "percent" or f.qualifier:
        return False
    if f.measure in cx.SHARE_MEASURES:
        return True
    clause = ix.clause_before(f, "，,；;。\n")
    return (cx.SHARE_MARK in clause or any(w in clause for w in cx.SHARE_WORDS)) and not any(w in clause for w in ("贡献", "拉动"))


def share_of_whole(ix: ArticleIndex) -> list[Check]:
    """餐饮收入26.1亿元，占社会消费品零售总额的14.0%: with both amounts printed, 26.1/186.4 is recomputed."""
    checks = []
    by_id = {f.id: f for f in ix.figs}
    for s in ix.of(("percent",)):
        if not is_share(ix, s) or ix.text.startswith(cx.MOVED_TO, s.end):
            continue  # 比重由上年同期的53.8%下降至50.3%: the first is last year's share, not this part's
        found = _part_and_whole(ix, s, by_id)
        if found is None:
            continue
        part, whole = found
        if whole is None:
            continue
        try:
            computed = (interval(part) / interval(whole)).scaled(100)
        except ZeroDivisionError:
            continue
        shown = fmt(computed.mid, s.decimals) + "%"
        checks.append(ix.against("share_of_whole", [part, whole, s], computed, printed(s), s, shown,
            f"{part.text}÷{whole.text}={shown}，所报比重{s.text}",
            f"{part.text} / {whole.text} = {shown}; the share printed is {s.text}", verdict_after="", whole=whole, parts=[part]))
    return checks


def _part_and_whole(ix: ArticleIndex, s: Figure, by_id: dict[str, Figure]) -> tuple[Figure, Figure | None] | None:
    for whole, parts, how in ix.breakdowns:  # a structure's term: its part of a complete breakdown
        if s.unit == "" and how != "中":
            match = [p for p in parts if p.subject and s.subject and p.subject.startswith(s.subject)]
            if len(match) == 1:
                return match[0], whole
    if s.unit == "":
        return None
    start, _ = ix.sentence(s.start)
    before = [f for f in ix.between(start, s.start, AMOUNTS)]
    clause = ix.clause_before(s, "，,；;。\n")
    name = _named_whole(clause)
    part = before[-1] if before else None
    if part is None and s.subject:
        same = [f for f in ix.between(max(0, s.start - WINDOW), s.start, AMOUNTS) if f.subject and canonical(f.subject) == canonical(s.subject)]
        part = same[-1] if same else None
    if part is None:
        return None
    if name:
        key = canonical(name).lstrip("总")
        wholes = [w for w in ix.between(max(0, s.start - WINDOW), s.start, AMOUNTS) if w is not part and compatible(w, part) and w.subject
                  and key and (canonical(w.subject).endswith(key) or key in canonical(w.subject))
                  and interval(w).lo >= interval(part).lo and not _peers(part, w)]
        return (part, _one_whole(part, s, wholes, key)) if wholes else None
    if part.id in ix.part_of:
        return part, by_id[ix.part_of[part.id]]
    return None


def _peers(a: Figure, b: Figure) -> bool:
    """Two parts of one complete breakdown (第一产业 and 第二产业): neither is the other's whole."""
    return any(member(a.subject, m) >= 0 and member(b.subject, m) >= 0 for m, _ in cx.PARTITIONS)


def _one_whole(part: Figure, s: Figure, wholes: list[Figure], key: str) -> Figure | None:
    """The whole a share names, among the amounts whose names fit the name after 占 (占全市投资: 固定资产投资 and
    房地产开发投资 both end in 投资): the nearest when that is the only reading; when several amounts fit the name,
    one the share agrees with, else the one named exactly; none when the reading stays open."""
    if len({interval(w) for w in wholes}) == 1:
        return wholes[-1]
    for w in reversed(wholes):
        try:
            if printed(s).overlaps((interval(part) / interval(w)).scaled(100)):
                return w
        except ZeroDivisionError:
            continue
    exact = [w for w in wholes if canonical(w.subject or "") == key]
    return exact[-1] if len(exact) == 1 else None


def _named_whole(clause: str) -> str:
    """占社会消费品零售总额的比重为 -> 社会消费品零售总额; 占总投资的 -> 总投资; 占比 -> ''."""
    at = clause.rfind(cx.SHARE_MARK)
    if at < 0:
        return ""
    name = clause[at + 1:]
    for stop in ("的", "比重", "比例", "份额"):
        name = name.split(stop)[0]
    return name.strip()


# --- 4. shares, contributions and pulls that cover a whole ------------------------------
def shares_sum(ix: ArticleIndex) -> list[Check]:
    """Shares of parallel parts, printed side by side, that sum to about 100%."""
    shares = [f for f in ix.of(("percent",)) if is_share(ix, f)]
    return _subsets_near(ix, shares, Interval.point(100.0), NEAR_HUNDRED, "shares_sum", ("各部分比重之和", "100%"),
                         ("The shares of the parts", "100%"))


def contributions_sum(ix: ArticleIndex) -> list[Check]:
    """Contribution rates of the parts sum to 100%, or to the subtotal printed after them (三大行业贡献率达56.2%)."""
    contributions = [f for f in ix.of(("percent",)) if f.measure == "贡献率"]
    checks = _subsets_near(ix, contributions, Interval.point(100.0), NEAR_HUNDRED, "contributions_sum",
                           ("各部分贡献率之和", "100%"), ("The contribution rates of the parts", "100%"))
    used = {i for c in checks for i in c.figures}
    for k, total_ in enumerate(contributions):
        start, _ = ix.sentence(total_.start)
        before = [c for c in contributions[max(0, k - 2 * MAX_PARTS):k] if c.start >= start and c.id not in used]
        clause = ix.clause_before(total_, "，,；;。\n")
        if len(before) < 2 or not any(w in clause for w in ("合计", "共", "达", "累计")):
            continue
        checks += _subsets_near(ix, before, printed(total_), NEAR_SUBTOTAL * total_.value + 0.5, "contributions_sum",
                                ("各部分贡献率之和", f"合计{total_.text}"),
                                ("The contribution rates of the parts", f"the {total_.text} printed for them"),
                                whole=total_)
    return checks


def pulls_sum(ix: ArticleIndex) -> list[Check]:
    """Pulls (拉动…个百分点) of distinct parts sum to the growth of the whole they name."""
    from .rates import whole_growth

    pulls = [f for f in ix.of(("percentage_point",)) if f.measure in ("拉动", "上拉", "下拉")]
    groups: dict[str, tuple[Figure, list[Figure]]] = {}
    for f in pulls:
        found = whole_growth(ix, f)
        if found is not None and found[2]:
            whole = found[2][0]
            groups.setdefault(whole.id, (whole, []))[1].append(f)
    checks = []
    by_id = {f.id: f for f in ix.figs}
    for whole, group in groups.values():
        found = _subsets_near(ix, group, signed(whole), NEAR_GROWTH * abs(whole.value) + 0.5, "pulls_sum",
                              ("各部分拉动之和", f"{whole.subject}增速{whole.text}"),
                              ("The pulls of the parts", f"the growth of {whole.subject}, {whole.text}"), whole=whole)
        # the leading industries' pulls come near the whole's growth without covering it: a miss says something
        # only when the parts name every part of a complete breakdown (第一、二、三产业)
        checks += [c for c in found if c.verdict == "pass" or _complete([by_id[i] for i in c.parts])]
    return checks


def _complete(parts: list[Figure]) -> bool:
    """The parts name every member of one complete breakdown, once each."""
    return any(sorted(member(p.subject, m) for p in parts) == list(range(len(m))) for m, _ in cx.PARTITIONS)


def _subsets_near(ix: ArticleIndex, figs: list[Figure], target: Interval, window: float, rule: str,
                  zh_: tuple[str, str], en: tuple[str, str], whole: Figure | None = None) -> list[Check]:
    """Runs of figures printed side by side (two to MAX_PARTS, one paragraph, distinct subjects or one list)
    whose sum lies within `window` of the target; the longest runs first, none overlapping.

    Parts that cover a whole are not marked as such in print: a sum near the whole is the sign.
    """
    text = ix.text
    figs = [f for f in figs if f.subject]
    runs = [figs[i:j] for i in range(len(figs)) for j in range(i + 2, min(len(figs), i + MAX_PARTS) + 1)]
    runs.sort(key=lambda r: (-len(r), r[0].start))
    checks, used = [], set()
    for run in runs:
        if used & {f.id for f in run} or "\n" in text[run[0].start:run[-1].end]:
            continue
        joins = ("、", "和", "及", ":", "∶", "：")
        one_list = all(text[a.end:b.start] in joins for a, b in zip(run, run[1:]))
        if len({f.subject for f in run}) < len(run) and not one_list:
            continue
        prev, nxt = ix.next_figure_before(run[0]), ix.next_figure(run[-1])
        if prev is not None and text[prev.end:run[0].start] in joins or nxt is not None and text[run[-1].end:nxt.start] in joins:
            continue  # a run may not split a list printed as one (分别拉动1.3个、0.9个、1.8个百分点)
        if (run[0].unit == "") != (run[-1].unit == "") or any((f.unit == "") != (run[0].unit == "") for f in run):
            continue  # the terms of a structure ratio go together, and only together
        computed = total([signed(f) for f in run])
        if computed.gap(target) > window:
            continue
        used |= {f.id for f in run}
        v = verdict(target, computed, max(unit_step(f) for f in run) / 2)
        names = " + ".join(f.text for f in run)
        shown = fmt(computed.mid, max(f.decimals for f in run))
        involved = [*run, whole] if whole else run
        checks.append(ix.check(rule, v, involved, computed,
                               f"{zh_[0]}：{names}={shown}，与{zh_[1]}{ZH_VERDICT[v]}。",
                               f"{en[0]} add up to {names} = {shown}, against {en[1]} ({v}).",
                               whole=whole, parts=run, printed_=whole, recomputed=shown))
    return sorted(checks, key=lambda c: c.figures)
