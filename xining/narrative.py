"""Narratives: two to four plain sentences about an article, leading with what matters.

The headline figure (or the largest total and its parts), the largest changes (or the items a
bulletin lists, with their counts), then any failed or warned check. Templates filled from data,
in Chinese (`zh`) or English (`en`); nothing is written per article.
"""
from __future__ import annotations

from . import labels as L
from .figures import is_rate_of_change, is_ratio
from .lexicon import statistics as fx
from .model import Article, Check, Figure

MAX_FLAGGED = 2  # flagged checks quoted in full; more are counted
MAX_ITEMS = 3  # items of a listed bulletin named, largest first


def narrative(article: Article, lang: str = "zh") -> str:
    """The article's figures and checks in a few sentences."""
    figures = list(article.statistics)
    if not figures:
        return L.text("no_statistics", lang)
    middle = [s for s in (_changes(figures, lang), _listed(article, lang)) if s]
    sentences = [_lead(article, figures, lang), *middle, _flagged(article, lang)]
    return ("" if lang == "zh" else " ").join(s for s in sentences if s)


def _when(f: Figure, lang: str) -> str:
    period = L.period(f.period, lang) if f.period else None
    return (period or f.period or "") if lang == "zh" else (period or "")


def _lead(article: Article, figures: list[Figure], lang: str) -> str:
    """The headline figure as the body states it; else the largest total with its parts; else the first statistic
    with a subject and a measure, or a count printed in digits; else nothing."""
    by_id = {f.id: f for f in article.figures}
    for h in (f for f in article.figures if f.in_headline and f.kind != "date"):
        twin = next((f for f in figures if f.kind == h.kind and f.value == h.value and f.subject), None)
        if twin:
            return _statement(twin, lang)
    # A total with its parts, only when a check found they add up: a failed or partial sum is never stated as fact.
    wholes = [c for c in article.checks if c.rule == "parts_and_whole" and c.whole and c.verdict == "pass"
              and complete(c, by_id[c.whole])]
    if wholes:
        check = max(wholes, key=lambda c: by_id[c.whole].normalized_value or 0)
        whole, parts = by_id[check.whole], [by_id[i] for i in check.parts]
        when = _when(whole, lang)
        if lang == "zh":
            return f"{when}{'，' if when else ''}{_named(whole)}，其中{'、'.join(_named(p) for p in parts)}。"
        named = ", ".join(f"{p.subject or ''} {p.text}".strip() for p in parts)
        return f"{'On ' + when + ': ' if when else ''}{whole.subject or ''} {whole.text}, of which {named}.".replace("  ", " ")
    first = next((f for f in figures if f.subject and f.measure and f.kind != "count"), None)
    first = first or next((f for f in figures if f.subject and (f.measure or _counted(f))), None)
    return _statement(first, lang) if first else ""


def _counted(f: Figure) -> bool:
    """A count printed with digits (`380多名`, `11个`) states an amount; one in words with no measure (`三省`, `五大`,
    `七个`) names how many items a list has, and alone makes no sentence: it is never the lead."""
    return f.kind == "count" and any(c.isdigit() for c in f.text)


def _statement(f: Figure, lang: str) -> str:
    when = _when(f, lang)
    if lang == "zh":
        return f"{when}{f.scope or ''}{f.subject or ''}{f.measure or ''}{f.text}。"
    measure = f" ({f.measure})" if f.measure else ""
    return f"{f.subject or ''}{measure}: {f.text}" + (f", {when}." if when else ".")


def _named(f: Figure) -> str:
    return f"{f.subject or ''}{f.text}"


def growth_percent(f: Figure) -> float | None:
    """A figure's growth in percent: 增长9.0% is +9.0, 下降3.5% is -3.5, 增长2.8倍 is +280."""
    if is_rate_of_change(f):
        return f.normalized_value
    if f.kind == "multiple" and not is_ratio(f) and f.measure in fx.GROWTH_MEASURES and f.normalized_value is not None:
        return f.normalized_value * 100
    return None


def _rate(f: Figure, lang: str) -> str:
    """Signed percent; growth printed as a multiple is converted, with the printed form beside it."""
    if f.kind == "multiple":
        return f"{L.signed(growth_percent(f), max(0, f.decimals - 2))}%{'，' if lang == 'zh' else ', '}{f.measure}{f.text}"
    return f"{L.signed(f.normalized_value, f.decimals)}%"


def complete(c: Check, whole: Figure) -> bool:
    """The parts add up to the whole (not only stay within it)."""
    if c.expected is None or whole.normalized_value is None:
        return True
    half = 0.5 * 10.0 ** -whole.decimals * abs(whole.normalized_value / whole.value if whole.value else 1.0)
    value = abs(whole.normalized_value) if c.rule == "parts_and_whole" else whole.normalized_value
    return c.expected.lo - half <= value <= c.expected.hi + half


def _changes(figures: list[Figure], lang: str) -> str:
    """The fastest and slowest growth (and the steepest decline) among rates of change of distinct subjects."""
    rates: dict[str, Figure] = {}
    for f in figures:
        if growth_percent(f) is not None and f.subject:
            rates.setdefault(f.subject, f)
    if len(rates) < 2:
        return ""
    high = max(rates.values(), key=growth_percent)
    low = min(rates.values(), key=growth_percent)
    if lang == "zh":
        lowest = "降幅最大的是" if growth_percent(low) < 0 else "最低的是"
        return f"增速最高的是{high.subject}（{_rate(high, lang)}），{lowest}{low.subject}（{_rate(low, lang)}）。"
    lowest = "the steepest decline" if growth_percent(low) < 0 else "the slowest"
    return f"The fastest growth is {high.subject} ({_rate(high, lang)}), {lowest} {low.subject} ({_rate(low, lang)})."


def _listed(article: Article, lang: str) -> str:
    """A bulletin's listed items (list paragraphs) with their counts, largest first, under the list's title."""
    offsets = article.paragraph_offsets()
    title, items = "", []
    for start, p in zip(offsets, article.paragraphs):
        if p.kind == "section_title":
            title = p.text.rstrip("：:")
        elif p.kind == "list_item":
            item = next((f for f in article.statistics if start <= f.start < start + len(p.text) and f.kind == "count" and f.subject), None)
            if item:
                items.append(item)
    if len(items) < 2:
        return ""
    top = sorted(items, key=lambda f: -(f.normalized_value or 0))[:MAX_ITEMS]
    if lang == "zh":
        return f"{title or '列出的事项'}：{'、'.join(_named(f) for f in top)}。"
    return f"Items listed{' (' + title + ')' if title else ''}: {', '.join(f'{f.subject} {f.text}' for f in top)}."


def _failed_relation(c: Check, by_id: dict[str, Figure], lang: str) -> str | None:
    """A failed sum in words that state only what was printed and that it does not add up."""
    if c.rule not in ("parts_and_whole", "pulls_sum") or not c.whole or not c.recomputed:
        return None
    whole, parts = by_id[c.whole], [by_id[i] for i in c.parts]
    if lang == "zh":
        return f"文中{_named(whole)}与所列{'、'.join(_named(p) for p in parts)}不相符（合计{c.recomputed}）"
    return (f"the article prints {whole.text} ({whole.subject}) and {', '.join(p.text for p in parts)}, "
            f"which do not add up (they come to {c.recomputed})")


def _flagged(article: Article, lang: str) -> str:
    """Failed and warned checks in their own words (the first few); otherwise one clause saying none was found."""
    checks = article.checks
    by_id = {f.id: f for f in article.figures}
    if not checks:
        return L.text("no_checks", lang)
    n = len(checks)
    groups = [(v, [c for c in checks if c.verdict == v]) for v in ("fail", "warn")]
    groups = [(v, cs) for v, cs in groups if cs]
    if not groups:
        if lang == "zh":
            return f"{n}项核对{'均' if n > 1 else ''}未发现问题。"
        return f"None of the {n} checks failed or warned." if n > 1 else "The one check found no problem."
    budget, parts = MAX_FLAGGED, []
    for v, cs in groups:
        shown, budget = cs[:max(budget, 1)], budget - len(cs[:max(budget, 1)])
        more = len(cs) - len(shown)
        if lang == "zh":
            detail = "；".join(_failed_relation(c, by_id, lang) or c.message_zh.rstrip("。") for c in shown)
            detail += f"；另有{more}项" if more else ""
            parts.append(f"{len(cs)}项核对{L.verdict_name(v, lang)}：{detail}")
        else:
            detail = "; ".join(_failed_relation(c, by_id, lang) or c.message_en.rstrip(".") for c in shown)
            detail += f"; and {more} more" if more else ""
            verb = {"fail": "fail", "warn": "warn"}[v] if len(cs) > 1 else {"fail": "fails", "warn": "warns"}[v]
            parts.append(f"{len(cs)} check{'s' if len(cs) > 1 else ''} {verb}: {detail}")
    return ("。".join(parts) + "。") if lang == "zh" else (". ".join(parts) + ".")
