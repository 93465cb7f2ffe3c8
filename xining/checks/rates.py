"""Rates against rates: pulls and contributions, percentage-point gaps, two-year averages, the growth
of a whole from its parts, growth from amounts, share changes, multiples and ratios of two amounts."""
from __future__ import annotations

import math

from ..chinese import WINDOW
from ..figures import is_ratio
from ..intervals import Interval, total
from ..lexicon import statistics as cx
from ..model import Check, Figure
from .base import (
    ADJACENT,
    DOUBLING_BAND,
    MIN_GROWTH_GAP,
    MIN_WHOLE_GROWTH,
    PART_WINDOW,
    SHARE_CHANGE_BAND,
    SHARE_FLIP_GAP,
    SOFT_ABSOLUTE,
    SOFT_RELATIVE,
    ZH_VERDICT,
    ArticleIndex,
    canonical,
    family,
    fmt,
    interval,
    is_rate,
    printed,
    qualified,
    signed,
)
from .sums import AMOUNTS, compatible, is_share, member, partition_groups

PULLS = ("拉动", "上拉", "下拉")
_NAME_OPENERS = ("上拉", "下拉", "拉动", "对", "占")
_NAME_CLOSERS = ("增长", "增速", "的", "比重", "贡献", "增加值增速")


def _same(a: str | None, b: str | None) -> bool:
    """Two subjects that name the same thing, scope words and synonyms set aside (第一产业 and 第一产业增加值)."""
    if not a or not b:
        return False
    x, y = canonical(a), canonical(b)
    return bool(x and y) and (x.startswith(y) or y.startswith(x))


def growth_of(ix: ArticleIndex, subject: str | None, before: int) -> Figure | None:
    """The latest growth rate printed for a subject before an offset."""
    rates = [g for g in ix.between(max(0, before - WINDOW), before, ("percent",))
             if is_rate(g) and _same(g.subject, subject) and not variant(ix, g)]
    return rates[-1] if rates else None


def _named(ix: ArticleIndex, f: Figure) -> str | None:
    """What whole a pull, contribution or share refers to: 拉动GDP增长 -> GDP; 对全市规上工业增长的贡献率 -> 全市规上工业."""
    start, _ = ix.sentence(f.start)
    text = ix.text[start:f.start]
    at = max((text.rfind(w), w) for w in _NAME_OPENERS)
    if at[0] < 0:
        return "生产总值" if "经济增长" in text else None
    name = text[at[0] + len(at[1]):]
    cut = min([i for i in (name.find(w) for w in _NAME_CLOSERS) if i > 0] or [len(name)])
    name = name[:cut].strip()
    if name and not canonical(name) and "经济" in name:
        return "生产总值"  # 对经济增长的贡献率: the economy's growth is GDP's
    return name or None


def whole_growth(ix: ArticleIndex, f: Figure) -> tuple[Interval, list[Figure], list[Figure]] | None:
    """The growth of the whole a pull, contribution or share refers to: (interval, figures it rests on,
    the printed whole if there is one). When only implied (增幅比全市平均水平高14.2个百分点), it is the
    part's growth less the gap."""
    name = _named(ix, f)
    if name:
        key = canonical(name)
        candidates = [g for g in ix.between(max(0, f.start - WINDOW), f.start, ("percent",)) if is_rate(g) and g.subject
                      and not _same(g.subject, f.subject) and key and canonical(g.subject)
                      and (canonical(g.subject).startswith(key) or key.startswith(canonical(g.subject)))]
        if candidates:
            g = candidates[0]
            return signed(g), [g], [g]
    own = growth_of(ix, f.subject, f.start)
    if own is None:
        return None
    pp = ix.next_figure(own)
    if pp is None or pp.kind != "percentage_point" or ix.sentence(pp.start) != ix.sentence(own.start):
        return None
    clause = ix.clause_before(pp, "，,；;。\n")
    word = _comparison(clause)
    if word and "平均" in clause and not cx.EARLIER.search(clause) and not any(w in clause for w in ("占", "比重", "贡献")):
        return signed(own) - printed(pp).scaled(cx.COMPARISONS[word]), [own, pp], []
    return None


# --- 9. pull = contribution x growth -----------------------------------------------------
def pull_product(ix: ArticleIndex) -> list[Check]:
    """拉动 = 贡献率/100 × the whole's growth, also when the whole's growth is only implied."""
    checks = []
    for pull in ix.of(("percentage_point",)):
        if pull.measure not in PULLS:
            continue
        start, end = ix.sentence(pull.start)
        near = [c for c in ix.near(pull, ("percent", "fraction"), PART_WINDOW) if c.measure == "贡献率" and _same(c.subject, pull.subject)]
        if not near:
            continue
        c = min(near, key=lambda c: abs(c.start - pull.start))
        found = whole_growth(ix, pull) or whole_growth(ix, c)
        if found is None:
            continue
        g, used, _ = found
        share = qualified(c).scaled(100 if c.kind == "fraction" else 1) if c.qualifier or c.kind == "fraction" else printed(c)
        computed = share.scaled(0.01) * g  # 贡献率超过四成: over 40%, up to 50%
        shown = fmt(computed.mid, pull.decimals) + "个百分点"
        gtext = "、".join(u.text for u in used) if len(used) == 1 else "（" + "、".join(u.text for u in used) + "）"
        checks.append(ix.against("pull_product", [pull, c, *used], computed, signed(pull), pull, shown,
            f"{pull.subject}：贡献率{c.text}×增速{gtext}={fmt(computed.mid)}个百分点，所报拉动为{pull.text}。",
            f"{pull.subject}: contribution {c.text} x growth {gtext} = {fmt(computed.mid)} points; the pull printed is {pull.text}",
            whole=used[0] if len(used) == 1 else None, parts=[c]))
    return checks


# --- contribution from share and growth (soft) ---------------------------------------------
def contribution_from_share(ix: ArticleIndex) -> list[Check]:
    """s0 = s1(1+g)/(1+gp); contribution = s0·gp/g. Shares at current prices, growth at comparable: soft."""
    checks = []
    shares = {s.id for s in ix.of(("percent",)) if is_share(ix, s) or s.unit == "" and s.measure == "比重"}
    for c in (f for f in ix.of(("percent",)) if f.measure == "贡献率"):
        share = next((s for s in reversed(ix.near(c, ("percent",), PART_WINDOW)) if s.id in shares and _same(s.subject, c.subject)), None)
        growth = growth_of(ix, c.subject, c.start + 1)
        found = whole_growth(ix, c)
        if share is None or growth is None or found is None or share is growth:
            continue
        g_i, used, _ = found
        if abs(g_i.mid) < MIN_WHOLE_GROWTH:
            continue
        one = Interval.point(1.0)
        s1, gp, g = printed(share).scaled(0.01), signed(growth).scaled(0.01), g_i.scaled(0.01)
        computed_i = ((s1 * (one + g) / (one + gp)) * gp / g).scaled(100)
        computed = computed_i.mid
        ok = abs(computed - c.value) <= max(SOFT_RELATIVE * abs(computed), SOFT_ABSOLUTE)
        v = "pass" if ok else "warn"
        gtext = "、".join(u.text for u in used) if len(used) == 1 else "（" + "、".join(u.text for u in used) + "）"
        checks.append(ix.check("contribution_from_share", v, [c, share, growth, *used], computed_i,
                               f"{c.subject}：由比重{share.text}、增速{growth.text}和总增速{gtext}推算贡献率约{fmt(computed)}%，"
                               f"所报为{c.text}。",
                               f"{c.subject}: share {share.text}, growth {growth.text} and total growth {gtext} imply a "
                               f"contribution of about {fmt(computed)}%; {c.text} is printed ({v}).",
                               whole=used[0] if len(used) == 1 else None, parts=[share, growth], printed_=c,
                               recomputed=fmt(computed, c.decimals) + "%"))
    return checks


# --- 5. percentage-point gaps, and the values they imply --------------------------------------
def _comparison(clause: str) -> str | None:
    """The comparison word of a clause (快于, 高, 回落…), the last one printed."""
    best = None
    for word in cx.COMPARISONS:
        at = clause.rfind(word)
        if at >= 0 and (best is None or (at + len(word), len(word)) > (best[0] + len(best[1]), len(best[1]))):
            best = (at, word)
    return best[1] if best else None


def point_gaps(ix: ArticleIndex) -> list[Check]:
    """`增速比全省高1.2个百分点`: with both rates printed the gap is recomputed (point_gap); with the
    other rate only implied, the implied value is given (implied_value, info)."""
    checks = []
    text = ix.text
    pps = [p for p in ix.of(("percentage_point",)) if p.measure not in PULLS
           and not any(w in ix.clause_before(p, "，,；;。\n") for w in cx.EFFECT_WORDS)]
    done: set[str] = set()
    for pp in pps:
        if pp.id in done:
            continue
        group = [pp]
        while True:
            nxt = ix.next_figure(group[-1])
            if nxt is None or nxt.kind != "percentage_point" or text[group[-1].end:nxt.start] not in ("、", "和", "及"):
                break
            group.append(nxt)
        done |= {p.id for p in group}
        sent_start, _ = ix.sentence(pp.start)
        clause_start = max(max(text.rfind(c, sent_start, pp.start) for c in "，,；;") + 1, sent_start)
        word = _comparison(text[clause_start:pp.start])
        if word is None:
            continue
        sign = cx.COMPARISONS[word]
        if "降幅" in text[sent_start:pp.start] and word == "扩大":
            sign = -1
        earlier = [f for f in ix.between(sent_start, pp.start, ("percent", "percentage_point")) if not _in_parentheses(text, f)]
        bases = [b for b in earlier if b.start < clause_start or b.kind == "percent"]  # 增长11.1%、较一季度提升0.4个百分点
        bases = [b for b in bases if not (b.kind == "percentage_point" and _comparison(ix.clause_before(b, "，,；;。\n")))]
        bases = [b for b in bases if b.start < pp.start and not any(g.kind == "percentage_point" and b.start < g.start < pp.start
                                                                     and g not in group for g in earlier)] or bases[-1:]
        opening = text[sent_start:pp.start]
        listed = False  # bases read from the sentences before, one to each gap, in the order the sentence names them
        if not bases and any(w in opening for w in cx.RATE_WORDS) and not any(w in opening for w in cx.NOT_RATE_WORDS):
            bases = _rates_before_sentence(ix, sent_start, len(group))
            if len(group) > 1:
                listed = _named_in_order(ix, opening, bases)
                if not listed:
                    continue  # which gap goes with which rate is not said plainly
        if not bases:
            continue
        lo = max([g.end for g in earlier if g.kind == "percentage_point" and g.start < pp.start and g not in group] +
                 [bases[-1].end])
        others = [f for f in ix.between(lo, pp.start, ("percent",)) if _in_parentheses(text, f)]
        before_word, _, after_word = text[max(lo, clause_start):pp.start].rpartition(word)
        comparator = after_word.strip() if word.endswith(("于", "出")) else _after_marker(before_word)
        if listed or len(group) > 1 and len(bases) >= len(group) and _one_list(text, bases[-len(group):]):
            pairs = list(zip(bases[-len(group):], [None] * len(group), group))
        elif others and len(others) == len(group):
            pairs = [(bases[-1], o, p) for o, p in zip(others, group)]
        elif not others and len(group) > 1 and len(bases) == len(group) and "分别" in text[clause_start:pp.start]:
            pairs = list(zip(bases, [None] * len(group), group))  # 甲增长9.4%，乙增长10.2%，增速分别高于…4.9个、3.3个百分点
        elif not others:
            pairs = [(bases[-1], None, p) for p in group]
        else:
            continue
        if any(b.unit == "" for b, _, _ in pairs):
            pairs = _structure_terms(ix, pairs, text[clause_start:pp.start])
        for base, other, p in pairs:
            if other is None and not others:
                other = _named_rate(ix, comparator, base)
            checks.append(_gap_check(ix, base, other, p, sign, comparator, word))
    return checks


def _structure_terms(ix: ArticleIndex, pairs: list, clause: str) -> list:
    """结构为25.7:26.8:47.5，第一产业比重上升3.8个百分点: a gap after a structure goes to the term its clause names
    (each term carries its part's name), and to none when the clause names no term, or several gaps follow."""
    base = pairs[0][0]
    start, _ = ix.sentence(base.start)
    terms = [t for t in ix.between(start, base.end, ("percent",)) if t.unit == "" and t.subject]
    named = [t for t in terms if t.subject in clause]
    return [(named[0], None, pairs[0][2])] if len(pairs) == 1 and len(named) == 1 else []


def _rates_before_sentence(ix: ArticleIndex, start: int, k: int) -> list[Figure]:
    """增速比1—2月（55.4%）回落37.4个百分点 opens a sentence: the rate compared is the last plain one before
    it (or the last k, for a list of gaps: 进出口、出口、进口增幅分别高于全国…)."""
    para, _ = ix.paragraph(start - 1) if start else (0, 0)
    rates = [r for r in ix.between(max(para, start - WINDOW), start, ("percent",)) if is_rate(r) and not variant(ix, r)]
    if k > 1:
        last = rates[-k:]
        return last if len(last) == k else []
    return rates[-1:]


def _named_in_order(ix: ArticleIndex, opening: str, rates: list[Figure]) -> bool:
    """进出口、出口、进口增速分别较全国高…: the names listed before 分别 name `rates`, one by one, in order (each is
    printed between the rate before it, or its sentence's start, and itself)."""
    head, found, _ = opening.rpartition("分别")
    head = head[max(head.rfind(c) for c in "，,；;") + 1:] if found else ""
    for w in cx.RATE_WORDS + ("增长",):
        head = head.replace(w, "")
    names = [cx.SUBJECT_PERIOD_PREFIX.sub("", canonical(n)).replace("累计", "").replace("当月", "")
             for n in head.replace("和", "、").replace("及", "、").split("、")]  # 1-5月全省进出口 -> 进出口
    if not len(names) == len(rates) > 1:
        return False
    starts = [max(ix.sentence(r.start)[0], prev.end if prev else 0) for prev, r in zip([None, *rates], rates)]
    return all(n and n in ix.text[a:r.start] for n, a, r in zip(names, starts, rates))


def _in_parentheses(text: str, f: Figure) -> bool:
    """全省（7.7%）: a rate printed in parentheses names what another is compared with."""
    return text[f.start - 1:f.start] in ("（", "(") and text[f.end:f.end + 1] in ("）", ")")


def _after_marker(text: str) -> str:
    """增速分别比规模以上工业 -> 规模以上工业: what follows the last 比, 较 or 与 (the 比 of 比重, 比例, 同比 or 环比
    compares nothing: 比重提升4.5个百分点 names no comparator)."""
    marks = [i for i, c in enumerate(text) if c in "比较与" and not (c == "比" and (text[i + 1:i + 2] in ("重", "例")
                                                                               or text[i - 1:i] in ("同", "环")))]
    at = marks[-1] if marks else -1
    return (text[at + 1:] if at >= 0 else "" if "比" in text else text).replace("分别", "").strip()


def _one_list(text: str, figs: list[Figure]) -> bool:
    return all(text[a.end:b.start] in ("、", "和", "及") for a, b in zip(figs, figs[1:]))


def _named_rate(ix: ArticleIndex, comparator: str, base: Figure) -> Figure | None:
    """The printed rate a comparison names: 快于全市经济增速 -> the article's main rate; 低于采矿业增加值增速 -> that rate."""
    if cx.EARLIER.search(comparator) or base.kind != "percent" or not is_rate(base):
        return None
    name = comparator.lstrip("比较与").replace("增速", "").replace("增长", "").replace("速度", "").strip()
    scope = next((w for w in cx.SCOPES if w in name), None)
    noun = canonical(name).replace("平均水平", "").replace("平均", "").strip()
    if not noun and "经济" in name:
        noun = "生产总值"  # 快于全市经济增速: the growth of the economy is GDP's
    rates = [g for g in ix.between(max(0, base.start - WINDOW), base.start, ("percent",)) if is_rate(g) and g is not base and g.subject]
    if noun:
        named = [g for g in rates if (noun in canonical(g.subject) or canonical(g.subject) in noun) and canonical(g.subject)
                 and (scope is None or g.scope == scope or g.subject.startswith(scope))]
        return named[0] if named else None
    if scope is None or family(base.subject) is None:
        return None
    para, _ = ix.paragraph(base.start)
    rates = [g for g in rates if family(g.subject) == family(base.subject)]
    same_para = [g for g in rates if g.start >= para and g.subject.startswith(scope)]
    if same_para:
        return same_para[0]
    named = [g for g in rates if g.subject.startswith(scope)]
    return named[0] if named else None


def _gap_check(ix: ArticleIndex, base: Figure, other: Figure | None, pp: Figure, sign: int, comparator: str, word: str) -> Check:
    b = signed(base)
    if other is not None:
        computed = (b - signed(other)).scaled(sign)
        shown = fmt(computed.mid, max(base.decimals, other.decimals)) + "个百分点"
        return ix.against("point_gap", [base, other, pp], computed, printed(pp), pp, shown,
            f"{base.text}与{other.text}相差{shown}，所报为{word}{pp.text}。",
            f"{base.text} against {other.text} is {shown.replace('个百分点', '')} points apart; {pp.text} is printed",
            whole=other, parts=[base])
    computed = b - printed(pp).scaled(sign)
    what = comparator.lstrip("比较与于").strip() or "比较对象"
    said = f"{word}{what}{pp.text}" if word.endswith(("于", "出")) else f"较{what}{word}{pp.text}"
    implied = fmt(computed.mid, max(base.decimals, pp.decimals))
    unit = "%" if base.kind == "percent" else "个百分点"
    en_word = cx.EN_MEASURE.get(word) or ("above" if sign > 0 else "below")
    rate = "增速" if is_rate(base) else "比重" if is_share(ix, base) else ""
    return ix.check("implied_value", "info", [base, pp], computed,
                    f"{base.subject or ''}{rate}{base.text}，{said}，可推知{what}为{implied}{unit}。" if unit == "%" else
                    f"{base.subject or ''}{base.text}，{said}，可推知{what}为{implied}{unit}。",
                    f"{base.subject or ''} grew {base.text}, {fmt(pp.value, pp.decimals)} points {en_word} "
                    f"{what}: so {what} was {implied}{'%' if unit == '%' else ' points'}.",
                    parts=[base], printed_=pp, recomputed=implied + unit)


# --- 6. two-year average growth ----------------------------------------------------------------
def two_year_average(ix: ArticleIndex) -> list[Check]:
    """比2019年同期增长12.4%，两年平均增长6.0%: sqrt(1.124) - 1 = 6.02%."""
    checks = []
    text = ix.text
    for r in ix.of(("percent",)):
        if not is_rate(r) or not cx.TWO_YEARS_BACK.search(ix.clause_before(r, "，,；;。\n")):
            continue
        avg = ix.next_figure(r)
        _, end = ix.sentence(r.start)
        if avg is None or avg.kind != "percent" or avg.start > end or not cx.TWO_YEAR_AVERAGE.search(text[r.end:avg.start]):
            continue
        two = signed(r).scaled(0.01)
        computed = Interval((math.sqrt(1 + two.lo) - 1) * 100, (math.sqrt(1 + two.hi) - 1) * 100)
        shown = fmt(computed.mid, avg.decimals) + "%"
        checks.append(ix.against("two_year_average", [r, avg], computed, signed(avg), avg, shown,
            f"两年累计{r.text}，年均应为{shown}，所报两年平均为{avg.text}。",
            f"{r.text} over two years is {shown} a year; the two-year average printed is {avg.text}", parts=[r]))
    return checks


# --- 7. the growth of a whole from its parts ------------------------------------------------------
#: Figures that say when, not how much: an amount's rate may be printed after them (…亿元，比2020年同期增长26.5%).
_WHEN = ("year", "date", "period")


def _rate_after(ix: ArticleIndex, f: Figure) -> Figure | None:
    nxt = ix.next_figure(f)
    while nxt is not None and nxt.kind in _WHEN:
        nxt = ix.next_figure(nxt)
    _, end = ix.sentence(f.start)
    return nxt if nxt is not None and is_rate(nxt) and nxt.start < end and nxt.start - f.end < ADJACENT else None


def _amount_before(ix: ArticleIndex, r: Figure) -> Figure | None:
    i = ix.position[r.id]
    prev = ix.figs[i - 1] if i else None
    return prev if prev is not None and prev.kind in AMOUNTS and r.start - prev.end < ADJACENT and \
        not any(c in ix.text[prev.end:r.start] for c in "。；;") else None


def variant(ix: ArticleIndex, r: Figure) -> str:
    """What kind of rate this is beside plain year-on-year growth: 两年平均, 环比, 实际, 比2019年…"""
    before = ix.clause_before(r, "，,；;。\n")
    word = next((w for w in cx.RATE_VARIANTS if w in before), "")
    versus = list(cx.VERSUS_YEAR.finditer(before))
    if word or not versus:
        return word
    # 比2020年同期 is last year's when the sentence reports on 2021 (the last other year it names before the rate)
    start, _ = ix.sentence(r.start)
    compared = versus[-1]
    said = ix.text[start:r.start]
    years = [int(m.group(1)) for m in cx.YEAR.finditer(said) if m.start(1) != len(said) - len(before) + compared.start(1)]
    return "" if years and years[-1] == int(compared.group(1)) + 1 else compared.group()


def growth_of_whole(ix: ArticleIndex) -> list[Check]:
    """A whole grows between its parts' rates; a nominal whole (sales, trade) grows at the mean of
    its parts' rates weighted by their base amounts (amount/(1+rate))."""
    checks = []
    by_id = {f.id: f for f in ix.figs}
    rates = [r for r in ix.of(("percent",)) if is_rate(r) and r.subject and not variant(ix, r)]
    for members, names, parts in partition_groups(ix, rates, same_kind=False):
        amounts = [_amount_before(ix, p) for p in parts]
        whole = None
        if all(amounts):
            owners = {ix.part_of.get(a.id) for a in amounts}
            if len(owners) == 1 and None not in owners:
                whole_amount = by_id[owners.pop()]
                whole = _rate_after(ix, whole_amount)
                if whole is not None and variant(ix, whole):
                    continue  # the whole's rate spans other years than its parts'
                if whole is not None:
                    checks.append(_growth_check(ix, whole, parts, amounts, whole_amount))
                    continue
        whole = _whole_rate(ix, members, names, parts)
        if whole is None:
            continue
        found = _growth_check(ix, whole, parts, None, None)
        if found.verdict != "pass":  # 国有投资 and 固定资产投资 both end in 投资: another reading the parts fit
            candidates = _whole_candidates(names, _stem(members, parts[0]), _rates_before(ix, members, parts[0]))
            others = [r for r in candidates if canonical(r.subject) != canonical(whole.subject)]
            fits = [c for c in (_growth_check(ix, r, parts, None, None) for r in others) if c.verdict == "pass"]
            found = fits[0] if fits else (None if others else found)
        if found is not None:
            checks.append(found)
    return checks


def _stem(members, first: Figure) -> str:
    """What a part's name says after its member name (第一产业投资 -> 投资): the family of the whole."""
    stem = ""
    s = first.subject or ""
    for prefix in cx.SCOPES + ("规模以上", "规上"):
        s = s.removeprefix(prefix)
    for alternatives in members:
        for name in alternatives:
            if s.startswith(name):
                stem = s[len(name):]
    return stem.removeprefix("完成").removeprefix("实现")


def _rates_before(ix: ArticleIndex, members, first: Figure) -> list[Figure]:
    return [r for r in ix.between(max(0, first.start - 3 * PART_WINDOW), first.start, ("percent",))
            if is_rate(r) and r.subject and member(r.subject, members) < 0 and not variant(ix, r)
            and (first.period is None or r.period is None or r.period == first.period)]


def _whole_candidates(names, core: str, before: list[Figure]) -> list[Figure]:
    """The rates of `before` whose name could be the whole's: it ends in the parts' stem `core` (when the stem names
    no part), or names the whole."""
    if core and not any(core in n or n in core for n in names):
        return [r for r in before if canonical(r.subject).endswith(core)]
    return [r for r in before if any(n in canonical(r.subject) for n in names)]


def _whole_rate(ix: ArticleIndex, members, names, parts: list[Figure]) -> Figure | None:
    first = parts[0]
    core = _stem(members, first)
    before = _rates_before(ix, members, first)
    para, _ = ix.paragraph(first.start)

    def earliest(cands: list[Figure]) -> Figure | None:
        if not cands:
            return None
        here = [r for r in cands if r.start >= para]
        if here:
            return here[0]
        last_para = ix.paragraph(cands[-1].start)[0]
        return next(r for r in cands if r.start >= last_para)

    if not core:
        here = [r for r in before if r.start >= para and all(member(r.subject, m) < 0 for m, _ in cx.PARTITIONS)]
        if here:
            return here[-1]
    return earliest(_whole_candidates(names, core, before))


def _growth_check(ix: ArticleIndex, whole: Figure, parts: list[Figure], amounts: list[Figure] | None,
                  whole_amount: Figure | None) -> Check:
    real = any(n in (whole.subject or "") for n in cx.REAL_GROWTH) or amounts is None
    shown_parts = "、".join(p.text for p in parts)
    if real:
        lo = min(signed(p).lo for p in parts)
        hi = max(signed(p).hi for p in parts)
        computed = Interval(lo, hi)
        ok = signed(whole).overlaps(computed)
        v = "pass" if ok else ("fail" if amounts else "warn")
        return ix.check("growth_of_whole", v, [whole, *parts], computed,
                        f"整体增速{whole.text}应介于各部分增速（{shown_parts}）之间：{ZH_VERDICT[v]}。",
                        f"The whole's growth, {whole.text}, should lie between its parts' ({shown_parts}) ({v}).",
                        whole=whole, parts=parts, printed_=whole, recomputed=f"{fmt(lo)}…{fmt(hi)}%")
    base_lo = sum(interval(a).lo / (1 + signed(p).hi / 100) for a, p in zip(amounts, parts))
    base_hi = sum(interval(a).hi / (1 + signed(p).lo / 100) for a, p in zip(amounts, parts))
    now = total([interval(a) for a in amounts])
    computed = Interval((now.lo / base_hi - 1) * 100, (now.hi / base_lo - 1) * 100)
    v = "pass" if signed(whole).overlaps(computed) else "warn"  # bases may be revised (同口径): never fail
    shown = fmt(computed.mid, whole.decimals) + "%"
    figs = [whole] + [x for pair in zip(amounts, parts) for x in pair]
    return ix.check("growth_of_whole", v, figs, computed,
                    f"由各部分金额和增速（{shown_parts}）推算整体增速为{shown}，所报为{whole.text}。",
                    f"The parts' amounts and growth ({shown_parts}) give the whole a growth of {shown}; "
                    f"{whole.text} is printed ({v}).", whole=whole, parts=parts, printed_=whole, recomputed=shown)


def growth_from_amounts(ix: ArticleIndex) -> list[Check]:
    """比上年减少162万吨，下降1.2%: the change over the level before it gives the rate."""
    checks = []
    for change in ix.of(AMOUNTS):
        if change.measure not in ("增加", "减少"):
            continue
        i = ix.position[change.id]
        start, end = ix.sentence(change.start)
        level = ix.figs[i - 1] if i else None
        rate = _rate_after(ix, change)
        if level is None or level.start < start or not compatible(level, change) or rate is None:
            continue
        delta = interval(change).scaled(-1 if change.measure == "减少" else 1)
        base = interval(level) - delta
        if base.lo <= 0:
            continue
        computed = (delta / base).scaled(100)
        shown = fmt(computed.mid, rate.decimals) + "%"
        checks.append(ix.against("growth_from_amounts", [level, change, rate], computed, signed(rate), rate, shown,
            f"{change.text}÷（{level.text}∓{change.text}）={shown}，所报为{rate.text}。",
            f"A change of {change.text} on {level.text} is {shown}; {rate.text} is printed", whole=level, parts=[change]))
    return checks


# --- 8. share change from the growth gap -------------------------------------------------------------
def share_change(ix: ArticleIndex) -> list[Check]:
    """A part growing faster than the whole raises its share: 占比提高1.3个百分点 against both rates."""
    checks = []
    shares = {s.id for s in ix.of(("percent",)) if is_share(ix, s) or s.unit == "" and s.measure == "比重"}
    for pp in ix.of(("percentage_point",)):
        clause = ix.clause_before(pp, "，,；;。\n")
        word = _comparison(clause)
        if word is None or pp.measure in PULLS:
            continue
        sign = cx.COMPARISONS[word]
        start, _ = ix.sentence(pp.start)
        share = next((s for s in reversed(ix.between(max(0, pp.start - PART_WINDOW), pp.start, ("percent",))) if s.id in shares
                      and (s.start >= start or _same(s.subject, pp.subject))), None)
        if share is None:
            continue
        gp = growth_of(ix, share.subject, pp.start)
        found = whole_growth(ix, share)
        if gp is None or found is None:
            continue
        g_i, used, _ = found
        g, gpv = g_i.mid, signed(gp).mid
        if abs(gpv - g) < MIN_GROWTH_GAP:
            continue
        s1 = share.value
        expected = s1 - s1 * (1 + g / 100) / (1 + gpv / 100)
        change = sign * pp.value
        if expected * change > 0 and abs(expected - change) <= max(SHARE_CHANGE_BAND, 0.5 * abs(expected)):
            v = "pass"
        elif expected * change < 0 and abs(gpv - g) >= SHARE_FLIP_GAP and abs(change) >= 1:
            v = "fail"
        else:
            v = "warn"
        shown = f"{expected:+.{pp.decimals}f}个百分点"
        checks.append(ix.check("share_change", v, [pp, share, gp, *used], Interval.point(expected),
                               f"{share.subject}增速{gp.text}、整体增速（{'、'.join(u.text for u in used)}），比重{share.text}应变动约{shown}，"
                               f"所报为{word}{pp.text}。",
                               f"{share.subject} grew {gp.text} against the whole's {used[0].text}: its {share.text} share should "
                               f"move about {expected:+.2f} points; {word} {pp.text} is printed ({v}).",
                               whole=used[0], parts=[share, gp], printed_=pp, recomputed=shown))
    return checks


# --- 10. multiples --------------------------------------------------------------------------------
def multiples(ix: ArticleIndex) -> list[Check]:
    """增长1.3倍 is ×2.3 and 是上年的2.3倍 is ×2.3: against the two amounts printed before it."""
    checks = _doublings(ix)
    text = ix.text
    for m in ix.of(("multiple",)):
        if is_ratio(m):
            continue  # a ratio of two amounts (see `ratios`), no growth
        start, _ = ix.sentence(m.start)
        amounts = ix.between(start, m.start, AMOUNTS)
        if len(amounts) < 2 or not compatible(amounts[-2], amounts[-1]):
            continue
        base, now = amounts[-2], amounts[-1]
        if ix.between(base.end, now.start, ("percent", "multiple")):
            continue  # 投资50.63亿元，增长3.94倍，其中房地产21.77亿元，增长3.74倍: two amounts, each with its own rate
        clause = ix.clause_before(m, "，,；;。\n")
        factor = printed(m) if ("是" in clause or "为" in clause) and "的" in clause else printed(m) + Interval.point(1.0)
        if not any(w in text[start:base.start + 2] + text[base.end:now.start] for w in ("由", "从", "比", "上年", "增加到", "增至", "达到", "到")):
            continue
        try:
            computed = interval(now) / interval(base)
        except ZeroDivisionError:
            continue
        shown = fmt(computed.mid, m.decimals + 1) + "倍"
        checks.append(ix.against("multiple", [base, now, m], computed, factor, m, shown,
            f"{now.text}÷{base.text}={shown}，“{clause[-4:]}{m.text}”即×{fmt(factor.mid)}",
            f"{now.text} / {base.text} = x{fmt(computed.mid)}; '{m.text}' means x{fmt(factor.mid)}", verdict_after="：",
            whole=now, parts=[base]))
    return checks


def ratios(ix: ArticleIndex) -> list[Check]:
    """城乡居民收入比1.54 (or 2.02:1): the amount of the pair's first side over its second's, both printed before it
    under the measure the ratio names (城镇…可支配收入69410元, 农村…可支配收入45071元). Silent unless each side has one
    amount (an earlier period's ratio, `由上年同期的2.05:1`, is not this period's amounts')."""
    checks = []
    amounts = ix.of(("money", "quantity", "count"))
    for m in ix.of(("multiple",)):
        if not is_ratio(m) or cx.RATIO_EARLIER.search(ix.clause_before(m, "，,；;。\n")):
            continue
        start, _ = ix.sentence(m.start)
        named = ix.text[start:m.start]  # (城乡收入比持续缩小，由…下降为2.02:1: the name may stand a clause before)
        pair = next((sides for name, sides in cx.RATIO_PAIRS.items() if name in named), None)
        measure = next((w for w in cx.RATIO_MEASURES if w in named), None)
        if pair is None or measure is None:
            continue
        sides = [[a for a in amounts if a.start < m.start and a.subject and measure in a.subject
                  and any(w in a.subject for w in words)] for words in pair]
        if any(len({a.normalized_value for a in side}) != 1 for side in sides):
            continue  # a side with no amount, or with amounts of several periods or places
        first, second = sides[0][-1], sides[1][-1]
        if not compatible(first, second) or not second.value:
            continue
        computed = interval(first) / interval(second)
        shown = fmt(computed.mid, m.decimals + 1)
        checks.append(ix.against("ratio", [first, second, m], computed, printed(m), m, shown,
                                 f"{first.text}÷{second.text}={shown}，印为{m.text}", f"{first.text} / {second.text} = "
                                 f"{shown}; {m.text} is printed", verdict_after="：", whole=first, parts=[second]))
    return checks


def _doublings(ix: ArticleIndex) -> list[Check]:
    """由12亿元增加到24.5亿元，实现翻番: the later amount is about twice the earlier one (翻两番: four times)."""
    checks = []
    text = ix.text
    for word, factor in sorted(cx.DOUBLINGS.items(), key=lambda kv: -len(kv[0])):
        at = text.find(word)
        while at >= 0:
            start, _ = ix.sentence(at)
            amounts = ix.between(start, at, AMOUNTS)
            if len(amounts) >= 2 and compatible(amounts[-2], amounts[-1]) and not any(c.sentences and c.sentences[0][0] == start for c in checks):
                base, now = amounts[-2], amounts[-1]
                computed = interval(now) / interval(base)
                band = Interval(factor * (1 - DOUBLING_BAND), factor * (1 + DOUBLING_BAND))
                v = "pass" if band.overlaps(computed) else "fail"
                checks.append(ix.check("multiple", v, [base, now], computed,
                                       f"{now.text}÷{base.text}={fmt(computed.mid)}倍，“{word}”即约{fmt(factor)}倍：{ZH_VERDICT[v]}。",
                                       f"{now.text} / {base.text} = x{fmt(computed.mid)}; '{word}' means about x{fmt(factor)} ({v}).",
                                       whole=now, parts=[base], recomputed=f"{fmt(computed.mid, 2)}倍"))
            at = text.find(word, at + len(word))
    return checks


# --- 7. compound growth over consecutive periods --------------------------------------------------
def compound_growth(ix: ArticleIndex) -> list[Check]:
    """2022年增长10.0%，2023年增长8.0%，两年累计增长18.8%: (1+g1)(1+g2) - 1."""
    checks = []
    for total_ in ix.of(("percent",)):
        clause = ix.clause_before(total_, "，,；;。\n")
        if not is_rate(total_) or "累计" not in clause:
            continue
        start, _ = ix.sentence(total_.start)
        steps = [r for r in ix.between(start, total_.start, ("percent",)) if is_rate(r) and cx.PERIOD_BEFORE_RATE.search(
                 ix.clause_before(r, "，,；;。\n"))]
        if len(steps) < 2:
            continue
        product = Interval.point(1.0)
        for r in steps:
            product = product * (Interval.point(1.0) + signed(r).scaled(0.01))
        computed = (product - Interval.point(1.0)).scaled(100)
        shown = fmt(computed.mid, total_.decimals) + "%"
        names = "、".join(r.text for r in steps)
        checks.append(ix.against("compound_growth", [*steps, total_], computed, signed(total_), total_, shown,
            f"逐期增长{names}，累计应为{shown}，所报为{total_.text}。",
            f"Growth of {names} in turn compounds to {shown}; {total_.text} is printed", parts=steps))
    return checks
