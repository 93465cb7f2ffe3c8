"""Charts chosen by the shape of an article's figures, drawn with a bundled CJK font.

`choose(article)` decides which charts the figures call for (pure data, unit-tested);
`draw(chart, lang)` draws one with matplotlib. The Noto Sans CJK font that `mplfonts` ships is
registered with matplotlib's font manager on first use, and every chart is drawn inside an
`rc_context`, so the user's global matplotlib configuration is never touched.
"""
from __future__ import annotations

import functools
import textwrap
from dataclasses import dataclass
from pathlib import Path

from .chinese import sentence_span
from .figures import is_rate_of_change
from .narrative import complete
from .lexicon import statistics as fx
from .model import Article, Figure

STYLE = {
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.titlesize": 13,
    "axes.labelsize": 11,
    "axes.unicode_minus": True,
    "svg.fonttype": "none",
}
COLORS = {"up": "#2b6cb0", "down": "#c53030", "part": ["#2b6cb0", "#68a0d8", "#a9c8ea", "#dd8452", "#55a868", "#8172b3"],
          "whole": "#4a5568", "current": "#68a0d8", "target": "#2b6cb0"}


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value label printed on the bar


@dataclass(frozen=True)
class Chart:
    kind: str  # growth | quantities | parts | decomposition | target
    title: tuple[str, str]  # (zh, en)
    axis: tuple[str, str]  # value axis label with its unit (zh, en)
    groups: tuple[tuple[str, tuple[Bar, ...]], ...]  # (group label, bars)


# --- choosing -------------------------------------------------------------------------
def choose(article: Article) -> list[Chart]:
    """The charts an article's figures call for, in reading order of the report."""
    body = [f for f in article.figures if not f.in_headline and f.value is not None]
    candidates = [_growth(body), _quantities(article, body), _parts(article), _decomposition(article), _target(article, body)]
    return [c for c in candidates if c is not None]


def _growth(body: list[Figure]) -> Chart | None:
    """Growth rates of three or more subjects: a sorted horizontal bar chart."""
    seen: dict[str, Figure] = {}
    for f in body:
        if is_rate_of_change(f) and f.subject and f.subject not in seen:
            seen[f.subject] = f
    if len(seen) < 3:
        return None
    bars = sorted((Bar(s, f.normalized_value, f.text) for s, f in seen.items()), key=lambda b: b.value)
    return Chart("growth", ("各项增速", "Growth rates"), ("增速（%）", "growth (%)"), (("", tuple(bars)),))


def _quantities(article: Article, body: list[Figure]) -> Chart | None:
    """Quantities in one unit, each with its growth rate: bars labelled with both."""
    rows: dict[str, Bar] = {}
    unit = None
    for q in (f for f in body if f.kind == "quantity" and f.subject):
        growth = next((g for g in body if is_rate_of_change(g) and g.subject == q.subject and g.start > q.start), None)
        if growth is None or q.subject in rows or (unit and q.normalized_unit != unit[0]):
            continue
        unit = unit or (q.normalized_unit, q.unit, q.normalized_value / q.value)
        rows[q.subject] = Bar(q.subject, q.normalized_value / unit[2], f"{q.text}  {_signed(growth)}")
    if len(rows) < 2:
        return None
    bars = tuple(sorted(rows.values(), key=lambda b: b.value))
    return Chart("quantities", ("产量与增速", "Quantities and their growth"), (f"数量（{unit[1]}）", f"quantity ({unit[1]})"),
                 (("", bars),))


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
        bars = (Bar(whole.subject or whole.text, whole.normalized_value, whole.text),) + tuple(
            Bar(p.subject or p.text, p.normalized_value, p.text) for p in parts)
        groups.append((whole.subject or whole.text, bars))
    if not groups:
        return None
    return Chart("parts", ("总数与分项", "Totals and their parts"), ("数量", "amount"), tuple(groups))


def _decomposition(article: Article) -> Chart | None:
    """Pulls of the parts stacked against the total growth they explain."""
    by_id = {f.id: f for f in article.figures}
    for c in article.checks:
        if c.rule == "pulls_sum" and c.verdict != "fail":
            whole, pulls = by_id[c.whole], [by_id[i] for i in c.parts]
            contributions = {f.subject: f for f in article.figures if f.measure == "贡献率"}
            bars = (Bar(whole.subject or "", whole.normalized_value, whole.text),) + tuple(
                Bar(p.subject or "", p.normalized_value,
                    f"{p.text}" + (f"（贡献率{contributions[p.subject].text}）" if p.subject in contributions else ""))
                for p in pulls)
            return Chart("decomposition", ("增速的拉动分解", "Decomposition of total growth"),
                         ("百分点", "percentage points"), ((whole.subject or "", bars),))
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
        groups.append((f"{label}（{goal.unit}）", (Bar("目前", now.value * _factor(now, goal), now.text),
                                                   Bar("目标", goal.value, goal.text))))
    if not groups:
        return None
    return Chart("target", ("现有产能与目标", "Current capacity against the target"), ("", ""), tuple(groups))


def _factor(f: Figure, into: Figure) -> float:
    """Scale `f`'s printed value into the printed unit of `into` (1.5亿平方米 into 亿平方米)."""
    return (f.normalized_value / f.value) / (into.normalized_value / into.value) if f.value and into.value else 1.0


def _signed(f: Figure) -> str:
    return f"{f.normalized_value:+.{f.decimals}f}%"


# --- drawing --------------------------------------------------------------------------
@functools.cache
def cjk_font() -> str:
    """Register the bundled Noto Sans CJK SC with matplotlib (once) and return its family name."""
    import mplfonts
    from matplotlib import font_manager

    path = Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def draw(chart: Chart, lang: str = "zh"):
    """A matplotlib Figure for one chart (closed from pyplot's registry: display it, then let it go)."""
    import matplotlib.pyplot as plt

    with plt.rc_context({**STYLE, "font.family": [cjk_font()]}):
        drawer = {"growth": _draw_bars, "quantities": _draw_bars, "parts": _draw_parts,
                  "decomposition": _draw_parts, "target": _draw_target, "stacked": _draw_stacked}[chart.kind]
        fig = drawer(plt, chart, 0 if lang == "zh" else 1)
        plt.close(fig)
    return fig


def _wrap(label: str, width: int = 12) -> str:
    return "\n".join(textwrap.wrap(label, width)) or label


def _draw_bars(plt, chart: Chart, i: int):
    bars = chart.groups[0][1]
    fig, ax = plt.subplots(figsize=(8, 0.45 * len(bars) + 1.4), layout="constrained")
    colors = [COLORS["down"] if b.value < 0 else COLORS["up"] for b in bars]
    ax.barh([_wrap(b.label) for b in bars], [b.value for b in bars], color=colors)
    for y, b in enumerate(bars):
        ax.annotate(b.text, (b.value, y), xytext=(4 if b.value >= 0 else -4, 0), textcoords="offset points",
                    ha="left" if b.value >= 0 else "right", va="center", fontsize=9)
    ax.axvline(0, color="#333333", linewidth=0.8)
    ax.margins(x=0.25)
    ax.set_title(chart.title[i])
    ax.set_xlabel(chart.axis[i])
    return fig


def _draw_parts(plt, chart: Chart, i: int):
    """Per group: the total as one bar, its parts stacked in a second bar beside it."""
    n = len(chart.groups)
    fig, axes = plt.subplots(n, 1, figsize=(8, 1.9 * n + 0.6), layout="constrained", squeeze=False)
    for ax, (_, bars) in zip(axes[:, 0], chart.groups):
        whole, parts = bars[0], bars[1:]
        ax.barh([1], [whole.value], color=COLORS["whole"])
        ax.annotate(f"{_wrap(whole.label, 16)}  {whole.text}", (whole.value, 1), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=9)
        left = 0.0
        span = sum(p.value for p in parts) or 1.0
        for k, p in enumerate(parts):
            ax.barh([0], [p.value], left=left, color=COLORS["part"][k % len(COLORS["part"])], edgecolor="white")
            if p.value / span >= 0.2:
                ax.annotate(f"{_wrap(p.label, 8)}\n{p.text}", (left + p.value / 2, 0), ha="center", va="center",
                            fontsize=8, color="white" if k < 2 else "black")
            else:  # too narrow to hold its label: write it beside the bar
                ax.annotate(f"{_wrap(p.label, 10)}  {p.text}", (left + p.value, -0.1), xytext=(4, 0),
                            textcoords="offset points", ha="left", va="center", fontsize=8)
            left += p.value
        ax.set_yticks([1, 0], ["总数" if i == 0 else "total", "分项" if i == 0 else "parts"])
        ax.margins(x=0.3)
        ax.set_xlabel(chart.axis[i])
    axes[0, 0].set_title(chart.title[i])
    return fig


def _draw_target(plt, chart: Chart, i: int):
    n = len(chart.groups)
    fig, axes = plt.subplots(1, n, figsize=(2.6 * n + 1, 3.4), layout="constrained", squeeze=False)
    for ax, (label, bars) in zip(axes[0], chart.groups):
        names = [b.label if i == 0 else {"目前": "now", "目标": "target"}[b.label] for b in bars]
        ax.bar(names, [b.value for b in bars], color=[COLORS["current"], COLORS["target"]])
        for x, b in enumerate(bars):
            ax.annotate(b.text, (x, b.value), xytext=(0, 3), textcoords="offset points", ha="center", fontsize=9)
        ax.set_title(_wrap(label, 10), fontsize=10)
        ax.margins(y=0.2)
        ax.set_ylabel(label.split("（")[-1].rstrip("）") if "（" in label else "")
    fig.suptitle(chart.title[i])
    return fig


def _draw_stacked(plt, chart: Chart, i: int):
    """One horizontal bar per group, stacked by its bars' labels (figures by kind per article)."""
    labels = [g for g, _ in chart.groups]
    kinds = [b.label for b in chart.groups[0][1]] if chart.groups else []
    fig, ax = plt.subplots(figsize=(8, 0.5 * len(labels) + 1.6), layout="constrained")
    left = [0.0] * len(labels)
    for k, kind in enumerate(kinds):
        values = [g[1][k].value for g in chart.groups]
        ax.barh(labels, values, left=left, label=kind, color=COLORS["part"][k % len(COLORS["part"])])
        left = [a + b for a, b in zip(left, values)]
    for y, total in enumerate(left):
        ax.annotate(f"{total:g}", (total, y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=9)
    ax.invert_yaxis()
    ax.set_title(chart.title[i])
    ax.set_xlabel(chart.axis[i])
    if kinds:
        ax.legend(loc="lower right", fontsize=8, frameon=False)
    return fig
