"""Charts chosen by the shape of an article's figures, drawn with a bundled CJK font.

`choose(article)` decides which charts the figures call for (pure data, unit-tested);
`draw(chart, lang)` draws one with matplotlib. The Noto Sans CJK font that `mplfonts` ships is
registered with matplotlib's font manager on first use, and every chart is drawn inside an
`rc_context`, so the user's global matplotlib configuration is never touched.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from . import labels as L
from .chinese import display_width, sentence_span
from .figures import is_rate_of_change
from .lexicon import statistics as fx
from .model import STATISTICAL, Article, Figure, Page
from .narrative import complete, growth_percent

STYLE = {
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 13,
    "axes.labelsize": 11,
    "axes.unicode_minus": True,
    "svg.fonttype": "none",
    "text.usetex": False,
}
COLORS = {"up": "#2b6cb0", "down": "#c53030", "whole": "#4a5568", "current": "#68a0d8", "target": "#2b6cb0"}
#: Parts of a stack, in order: distinct hues, so neighbours never look alike.
PALETTE = ("#2b6cb0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c", "#ccb974", "#64b5cd")
#: One colour per statistical kind, the same in every chart.
KIND_COLORS = dict(zip(STATISTICAL, PALETTE))
MAX_LABEL = 14  # display width (CJK 1) past which a label is wrapped, at a space or a list mark only
#: Bars in one bar chart and panels (groups) in one chart, at most: an article of thousands of figures (a 1 MB page on
#: one line) drew a chart 57,000 pixels tall in minutes; past these a chart is unreadable anyway, and the figures table
#: lists every figure. The first ones in reading order are drawn, and the description says how many are not.
MAX_BARS = 30
MAX_GROUPS = 12


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value label printed on the bar


@dataclass(frozen=True)
class Chart:
    kind: str  # growth | quantities | parts | decomposition | target | kinds
    unit: str  # the printed unit of the value axis ("" when the groups carry their own)
    groups: tuple[tuple[str, tuple[Bar, ...]], ...]  # (group label, bars)
    omitted: int = 0  # bars (bar charts) or groups (the others) left out past MAX_BARS or MAX_GROUPS


# --- choosing -------------------------------------------------------------------------
def choose(article: Article) -> list[Chart]:
    """The charts an article's figures call for, in reading order of the report."""
    body = [f for f in article.figures if not f.in_headline and f.value is not None]
    candidates = [_growth(body), _quantities(article, body), _parts(article), _decomposition(article), _target(article, body)]
    return [c for c in candidates if c is not None]


def _growth(body: list[Figure]) -> Chart | None:
    """Growth rates of three or more subjects: a sorted horizontal bar chart, signed, multiples converted."""
    seen: dict[str, Bar] = {}
    for f in body:
        rate = growth_percent(f)
        if rate is not None and f.subject and f.subject not in seen:
            shown = f"{L.signed(rate, f.decimals if f.kind == 'percent' else max(f.decimals - 2, 0))}%"
            seen[f.subject] = Bar(f.subject, rate, shown if f.kind == "percent" else f"{shown}（{f.text}）")
    if len(seen) < 3:
        return None
    return _sorted_bars("growth", "%", list(seen.values()))


def _quantities(article: Article, body: list[Figure]) -> Chart | None:
    """Quantities in one unit, each with its growth rate: bars labelled with both."""
    rows: dict[str, Bar] = {}
    unit = None
    rates: dict[str, list[Figure]] = {}  # each subject's rates of change in reading order: one pass, not one per quantity
    for g in body:
        if g.subject and is_rate_of_change(g):
            rates.setdefault(g.subject, []).append(g)
    for q in (f for f in body if f.kind == "quantity" and f.subject):
        growth = next((g for g in rates.get(q.subject, ()) if g.start > q.start), None)
        if growth is None or q.subject in rows or (unit and q.normalized_unit != unit[0]):
            continue
        unit = unit or (q.normalized_unit, q.unit, q.normalized_value / q.value)
        rows[q.subject] = Bar(q.subject, q.normalized_value / unit[2], f"{q.text}  {_signed(growth)}")
    if len(rows) < 2:
        return None
    return _sorted_bars("quantities", unit[1], list(rows.values()))


def _sorted_bars(kind: str, unit: str, bars: list[Bar]) -> Chart:
    """The first MAX_BARS bars in reading order, sorted by value."""
    shown = sorted(bars[:MAX_BARS], key=lambda b: b.value)
    return Chart(kind, unit, (("", tuple(shown)),), max(0, len(bars) - MAX_BARS))


def _capped(kind: str, unit: str, groups: list) -> Chart:
    """The first MAX_GROUPS groups in reading order."""
    return Chart(kind, unit, tuple(groups[:MAX_GROUPS]), max(0, len(groups) - MAX_GROUPS))


def _parts(article: Article) -> Chart | None:
    """Totals and their breakdowns, from the parts-and-whole checks: total bar beside stacked parts."""
    by_id = {f.id: f for f in article.figures}
    groups = []
    for c in article.checks:
        if c.rule != "parts_and_whole":
            continue
        if c.whole is None or c.verdict == "fail" or not complete(c, by_id[c.whole]):
            continue  # a failed sum is not drawn as a breakdown, nor a partial list as the whole's make-up
        whole, parts = by_id[c.whole], [by_id[i] for i in c.parts]
        scale = _scale(whole)  # values in the whole's printed unit: 万元, 亿元, not 1e8 on the axis
        bars = (Bar(whole.subject or whole.text, whole.normalized_value / scale, whole.text),) + tuple(
            Bar(p.subject or p.text, p.normalized_value / scale, p.text) for p in parts)
        groups.append((f"{whole.subject or whole.text}（{whole.unit}）", bars))
    if not groups:
        return None
    return _capped("parts", "", groups)


def _scale(f: Figure) -> float:
    """Base units per printed unit (10000 for 万元)."""
    return abs(f.normalized_value / f.value) if f.value and f.normalized_value else 1.0


def _decomposition(article: Article) -> Chart | None:
    """Pulls of the parts stacked against the total growth they explain."""
    by_id = {f.id: f for f in article.figures}
    for c in article.checks:
        if c.rule == "pulls_sum" and c.verdict != "fail" and c.whole:
            whole, pulls = by_id[c.whole], [by_id[i] for i in c.parts]
            contributions = {f.subject: f for f in article.figures if f.measure == "贡献率"}
            bars = (Bar(whole.subject or "", whole.normalized_value, whole.text),) + tuple(
                Bar(p.subject or "", p.normalized_value,
                    f"{p.text}" + (f"（贡献率{contributions[p.subject].text}）" if p.subject in contributions else ""))
                for p in pulls)
            return Chart("decomposition", "个百分点", ((whole.subject or "", bars),))
    return None


def _target(article: Article, body: list[Figure]) -> Chart | None:
    """Current capacity against a target, when both are printed in the same unit."""
    text = article.text
    current: dict[str, Figure] = {}
    target: dict[str, Figure] = {}
    for f in (f for f in body if f.kind == "quantity"):
        sentence = text[slice(*sentence_span(text, f.start))]
        tense = "target" if any(m in sentence for m in fx.FUTURE_MARKERS) else (
            "current" if any(m in sentence for m in fx.PRESENT_MARKERS) else None)
        bucket = {"current": current, "target": target}.get(tense)
        if bucket is not None:
            bucket.setdefault(f.normalized_unit, f)
    groups = []
    for unit in (u for u in current if u in target):
        now, goal = current[unit], target[unit]
        label = goal.subject or now.subject or unit
        groups.append((f"{label}（{goal.unit}）", (Bar("now", now.value * _factor(now, goal), now.text),
                                                   Bar("target", goal.value, goal.text))))
    if not groups:
        return None
    return _capped("target", "", groups)


def _factor(f: Figure, into: Figure) -> float:
    """Scale `f`'s printed value into the printed unit of `into` (1.5亿平方米 into 亿平方米)."""
    return (f.normalized_value / f.value) / (into.normalized_value / into.value) if f.value and into.value else 1.0


def _signed(f: Figure) -> str:
    return f"{L.signed(f.normalized_value, f.decimals)}%"


def kinds_chart(page: Page) -> Chart:
    """Statistical figures of each article by kind, one stacked bar per article (bars labelled by kind)."""
    from collections import Counter

    counts = {a.id: Counter(f.kind for f in a.statistics) for a in page.articles}
    kinds = [k for k in STATISTICAL if any(c[k] for c in counts.values())]
    groups = [(a, tuple(Bar(k, float(c[k]), str(c[k])) for k in kinds)) for a, c in counts.items() if sum(c.values())]
    return _capped("kinds", "", groups)


def title(chart: Chart, lang: str) -> str:
    return L.text(f"chart_{chart.kind}", lang)


def axis_label(chart: Chart, lang: str) -> str:
    """The value axis with its unit: `增速（%）`, `数量（万吨）`, `percentage points`."""
    name = L.text(f"axis_{chart.kind}", lang)
    if not chart.unit or chart.kind in ("growth", "decomposition"):
        return name
    return f"{name}（{chart.unit}）" if lang == "zh" else f"{name} ({chart.unit})"


def describe(chart: Chart, lang: str = "zh") -> str:
    """What a chart shows, in words: its alt text (and its text form in a notebook)."""
    sep, colon = ("、", "：") if lang == "zh" else (", ", ": ")
    groups = []
    for label, bars in chart.groups:
        items = sep.join(f"{_bar_name(chart, b.label, lang)} {b.text}" for b in bars if b.value or chart.kind != "kinds")
        groups.append(f"{label}{colon}{items}" if label else items)
    joiner = "；" if lang == "zh" else "; "
    more = L.text("not_drawn", lang).format(n=chart.omitted) if chart.omitted else ""
    return f"{title(chart, lang)}{colon}{joiner.join(groups)}" + ("。" if lang == "zh" else ".") + more


def _bar_name(chart: Chart, label: str, lang: str) -> str:
    if chart.kind == "kinds":
        return L.kind_name(label, lang)
    if chart.kind == "target":
        return L.text(label, lang)
    return label


# --- drawing --------------------------------------------------------------------------
def font_path() -> Path:
    """Noto Sans CJK SC as the `mplfonts` package ships it: the one CJK font of charts and HTML documents."""
    import mplfonts

    return Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"


@functools.cache
def cjk_font() -> str:
    """Register the bundled Noto Sans CJK SC with matplotlib (once) and return its family name."""
    from matplotlib import font_manager

    path = font_path()
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def draw(chart: Chart, lang: str = "zh"):
    """A matplotlib Figure for one chart (closed from pyplot's registry: display it, then let it go)."""
    import matplotlib.pyplot as plt

    chart = _literal(chart)
    with plt.rc_context({**STYLE, "font.family": [cjk_font()]}):
        drawer = {"growth": _draw_bars, "quantities": _draw_bars, "parts": _draw_parts,
                  "decomposition": _draw_parts, "target": _draw_target, "kinds": _draw_kinds}[chart.kind]
        fig = drawer(plt, chart, lang)
        plt.close(fig)
    return fig


def _literal(chart: Chart) -> Chart:
    """Every string of the chart with `$` escaped: tick labels are drawn after the rc context ends, and
    matplotlib reads text between two `$` as mathtext (`$x^{$` failed the whole report)."""
    def esc(text: str) -> str:
        return text.replace("$", r"\$")

    groups = tuple((esc(label), tuple(replace(b, label=esc(b.label), text=esc(b.text)) for b in bars)) for label, bars in chart.groups)
    return replace(chart, unit=esc(chart.unit), groups=groups)


def wrap(label: str, width: float = MAX_LABEL) -> str:
    """Lines of at most `width`, broken only at spaces or after a list mark (、，,): never inside a word."""
    pieces = re.findall(r"[^\s、，,]+[\s、，,]*", label) or [label]
    lines, line = [], ""
    for piece in pieces:
        if line and display_width(line + piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip())
    return "\n".join(lines)


def _plain_axis(ax, which: str = "x") -> None:
    """Ticks as plain numbers: no `1e8` offset, no scientific notation."""
    from matplotlib.ticker import FuncFormatter

    formatter = FuncFormatter(lambda x, _: L.plain(round(x, 6)))
    (ax.xaxis if which == "x" else ax.yaxis).set_major_formatter(formatter)


def _draw_bars(plt, chart: Chart, lang: str):
    bars = chart.groups[0][1]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(bars) + 1.4), layout="constrained")
    colors = [COLORS["down"] if b.value < 0 else COLORS["up"] for b in bars]
    ax.barh([wrap(b.label) for b in bars], [b.value for b in bars], color=colors)
    for y, b in enumerate(bars):
        ax.annotate(b.text, (b.value, y), xytext=(4 if b.value >= 0 else -4, 0), textcoords="offset points",
                    ha="left" if b.value >= 0 else "right", va="center", fontsize=9)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.margins(x=0.3)
    _plain_axis(ax)
    ax.set_title(title(chart, lang))
    ax.set_xlabel(axis_label(chart, lang))
    return fig


def _draw_parts(plt, chart: Chart, lang: str):
    """Per group: the total as one bar, its parts stacked in a second bar beside it, named in a legend (no label overlaps)."""
    n = len(chart.groups)
    fig, axes = plt.subplots(n, 1, figsize=(8, 2.3 * n + 0.8), layout="constrained", squeeze=False)
    for ax, (label, bars) in zip(axes[:, 0], chart.groups):
        whole, parts = bars[0], bars[1:]
        ax.barh([1], [whole.value], color=COLORS["whole"])
        ax.annotate(whole.text, (whole.value, 1), xytext=(4, 0), textcoords="offset points", va="center", fontsize=9)
        left = 0.0
        for k, p in enumerate(parts):
            ax.barh([0], [p.value], left=left, color=PALETTE[k % len(PALETTE)], edgecolor="white",
                    label=f"{wrap(p.label, 24)}  {p.text}")
            left += p.value
        ax.set_yticks([1, 0], [L.text("total", lang), L.text("parts", lang)])
        ax.margins(x=0.15)
        _plain_axis(ax)
        ax.set_xlabel(wrap(label, 40) if chart.kind == "parts" else axis_label(chart, lang))
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    axes[0, 0].set_title(title(chart, lang))
    return fig


def _draw_target(plt, chart: Chart, lang: str):
    n = len(chart.groups)
    fig, axes = plt.subplots(1, n, figsize=(2.8 * n + 1, 3.6), layout="constrained", squeeze=False)
    for ax, (label, bars) in zip(axes[0], chart.groups):
        ax.bar([L.text(b.label, lang) for b in bars], [b.value for b in bars], color=[COLORS["current"], COLORS["target"]])
        for x, b in enumerate(bars):
            ax.annotate(b.text, (x, b.value), xytext=(0, 3), textcoords="offset points", ha="center", fontsize=9)
        ax.set_title(wrap(label, 12), fontsize=10)
        ax.margins(y=0.2)
        _plain_axis(ax, "y")
    fig.suptitle(title(chart, lang))
    return fig


def _draw_kinds(plt, chart: Chart, lang: str):
    """One horizontal bar per article, stacked by kind, a colour per kind, totals at the end."""
    labels = [g for g, _ in chart.groups]
    kinds = [b.label for b in chart.groups[0][1]] if chart.groups else []
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(labels) + 1.8), layout="constrained")
    left = [0.0] * len(labels)
    for k, kind in enumerate(kinds):
        values = [g[1][k].value for g in chart.groups]
        ax.barh(labels, values, left=left, label=L.kind_name(kind, lang), color=KIND_COLORS[kind])
        left = [a + b for a, b in zip(left, values)]
    for y, total in enumerate(left):
        ax.annotate(L.plain(total), (total, y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=9)
    ax.invert_yaxis()
    ax.margins(x=0.1)
    _plain_axis(ax)
    ax.set_title(title(chart, lang))
    ax.set_xlabel(axis_label(chart, lang))
    if kinds:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, frameon=False)
    return fig
