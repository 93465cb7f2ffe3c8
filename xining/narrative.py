"""Narratives: two to four sentences about an article, written from its figures and checks.

Templates filled from data, in Chinese (`zh`) or English (`en`); nothing is written per article.
"""
from __future__ import annotations

from collections import Counter

from .figures import is_rate_of_change
from .lexicon.statistics import GROWTH_MEASURES
from .model import Article, Check, Figure

KIND_NAMES = {
    "count": ("计数", "count", "counts"), "quantity": ("实物量", "quantity", "quantities"),
    "money": ("金额", "money amount", "money amounts"), "percent": ("百分比", "percentage", "percentages"),
    "percentage_point": ("百分点", "percentage-point figure", "percentage-point figures"),
    "multiple": ("倍数", "multiple", "multiples"), "fraction": ("成数", "fraction", "fractions"),
}
VERDICT_NAMES = {"pass": ("通过", "passed"), "warn": ("提示", "warned"), "fail": ("不符", "failed"), "info": ("推算", "derived")}


def narrative(article: Article, lang: str = "zh") -> str:
    """The article's figures and checks in a few sentences."""
    figures = list(article.statistics)
    if not figures:
        return "本文没有统计数字。" if lang == "zh" else "This article prints no statistical figures."
    middle = [s for s in [_extremes(figures, lang), *_breakdowns(article, lang)] if s][:2]
    sentences = [_inventory(figures, lang), *middle, _verdicts(article.checks, lang)]
    return ("" if lang == "zh" else " ").join(sentences)


def _inventory(figures: list[Figure], lang: str) -> str:
    counts = Counter(f.kind for f in figures)
    kinds = [k for k in KIND_NAMES if counts[k]]
    if lang == "zh":
        parts = "、".join(f"{KIND_NAMES[k][0]}{counts[k]}个" for k in kinds)
        return f"本文共有{len(figures)}个统计数字：{parts}。"
    parts = ", ".join(f"{counts[k]} {KIND_NAMES[k][1] if counts[k] == 1 else KIND_NAMES[k][2]}" for k in kinds)
    return f"The article prints {len(figures)} statistical figures: {parts}."


def growth_percent(f: Figure) -> float | None:
    """A figure's growth in percent: 增长9.0% is +9.0, 下降3.5% is -3.5, 增长2.8倍 is +280."""
    if is_rate_of_change(f):
        return f.normalized_value
    if f.kind == "multiple" and f.measure in GROWTH_MEASURES and f.normalized_value is not None:
        return f.normalized_value * 100
    return None


def _extremes(figures: list[Figure], lang: str) -> str:
    rates = {}
    for f in figures:
        if growth_percent(f) is not None and f.subject:
            rates.setdefault(f.subject, f)
    if len(rates) < 2:
        return ""
    high = max(rates.values(), key=growth_percent)
    low = min(rates.values(), key=growth_percent)
    if lang == "zh":
        return f"增速最高的是{high.subject}（{_rate(high)}），最低的是{low.subject}（{_rate(low)}）。"
    return f"The fastest growth is {high.subject} ({_rate(high)}), the slowest {low.subject} ({_rate(low)})."


def _rate(f: Figure) -> str:
    if f.kind == "multiple":
        return f"{growth_percent(f):+.{max(0, f.decimals - 2)}f}%"
    return f"{f.normalized_value:+.{f.decimals}f}%"


def _breakdowns(article: Article, lang: str) -> list[str]:
    """One sentence per total and its parts, and per growth and the pulls that make it up. A relation
    a check failed is never stated as fact: the sentence says what was printed and that it does not add up."""
    by_id = {f.id: f for f in article.figures}
    out = []
    for c in article.checks:
        if c.rule not in ("parts_and_whole", "pulls_sum") or c.whole is None or c.verdict not in ("pass", "fail"):
            continue
        whole, parts = by_id[c.whole], [by_id[i] for i in c.parts]
        if c.verdict == "pass" and not complete(c, whole):
            continue  # a partial list (其中…) is not what the whole consists of
        if c.verdict == "fail":
            shown = "、".join(_named(p) for p in parts)
            out.append(f"文中{_named(whole)}与所列{shown}不相符（合计{c.recomputed}）。" if lang == "zh" else
                       f"The article prints {whole.text} ({whole.subject}) and {', '.join(p.text for p in parts)}, "
                       f"which do not add up (they come to {c.recomputed}).")
        elif c.rule == "parts_and_whole":
            out.append(f"{_named(whole)}由{'、'.join(_named(p) for p in parts)}构成。" if lang == "zh" else
                       f"{whole.text} ({whole.subject}) breaks down into {', '.join(f'{p.text} ({p.subject})' for p in parts)}.")
        else:
            out.append(f"{whole.subject}增长{whole.text}，其中{'、'.join(f'{p.subject}拉动{p.text}' for p in parts)}。"
                       if lang == "zh" else
                       f"{whole.subject} grew {whole.text}, of which "
                       f"{', '.join(f'{p.subject} pulled {p.value:g} points' for p in parts)}.")
    return out


def complete(c: Check, whole: Figure) -> bool:
    """The parts add up to the whole (not only stay within it)."""
    if c.expected is None or whole.normalized_value is None:
        return True
    half = 0.5 * 10.0 ** -whole.decimals * abs(whole.normalized_value / whole.value if whole.value else 1.0)
    value = abs(whole.normalized_value) if c.rule == "parts_and_whole" else whole.normalized_value
    return c.expected.lo - half <= value <= c.expected.hi + half


def _named(f: Figure) -> str:
    return f"{f.subject or ''}{f.text}"


def _verdicts(checks: tuple[Check, ...], lang: str) -> str:
    if not checks:
        return "没有可核对的数字关系。" if lang == "zh" else "No relation between the figures could be checked."
    counts = Counter(c.verdict for c in checks)
    flagged = [c for c in checks if c.verdict in ("warn", "fail")]
    if lang == "zh":
        tally = "，".join(f"{VERDICT_NAMES[v][0]}{counts[v]}项" for v in ("pass", "warn", "fail", "info") if counts[v])
        detail = "；".join(c.message_zh.rstrip("。") for c in flagged)
        return f"核对{len(checks)}项，{tally}" + (f"；需要留意：{detail}。" if detail else "。")
    tally = ", ".join(f"{counts[v]} {VERDICT_NAMES[v][1]}" for v in ("pass", "warn", "fail", "info") if counts[v])
    detail = "; ".join(c.message_en.rstrip(".") for c in flagged)
    noun = "check" if len(checks) == 1 else "checks"
    return f"Of {len(checks)} {noun}, {tally}" + (f"; to note: {detail}." if detail else ".")
