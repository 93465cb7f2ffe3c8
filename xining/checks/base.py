"""What every rule shares: the per-article index, printed intervals, verdicts and the Check builder.

A value printed with d decimals stands for value ± 0.5·10^-d (`9.0%` is 8.95 to 9.05; a count printed
as a plain integer is exact). A relation passes when the recomputed interval overlaps the printed one.
"""
from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Iterable

from .. import chinese as zh
from ..intervals import EPS, Interval
from ..lexicon import statistics as cx
from ..model import STATISTICAL, Article, Check, Expected, Figure
from ..numbers import fold

_YEAR = re.compile(r"^(?:(?:19|20)\d\d年(?:度)?)?(?:\d{1,2}月份?)?")

# --- thresholds, each with why ----------------------------------------------------------
NEAR_WHOLE = 0.05  # parts found only by their names must come within 5% of a whole to be read as its parts
MAX_PARTS = 8  # a breakdown printed in running text has at most this many parts
SOFT_RELATIVE = 0.05  # current-price shares against comparable-price growth: contributions agree within 5% ...
SOFT_ABSOLUTE = 1.0  # ... or within one point, whichever is wider; outside it they warn, never fail
MIN_WHOLE_GROWTH = 1.0  # a contribution rebuilt from a whole growing under 1% divides by noise
MIN_GROWTH_GAP = 1.0  # a share moves with the growth gap only when the gap outweighs price effects (points)
SHARE_CHANGE_BAND = 0.5  # a share change rebuilt from growth agrees within half a point or half itself
PART_WINDOW = 600  # characters after a whole within which its named parts are looked for
NEAR_HUNDRED = 5.0  # shares or contributions of unmarked parts are read as covering a whole when within 5 points of 100
NEAR_SUBTOTAL = 0.05  # ... or within 5% (and half a point) of the subtotal printed after them
NEAR_GROWTH = 0.1  # pulls are read as the whole's decomposition within 10% (and half a point) of its growth
ADJACENT = 40  # characters: an amount and its rate, or a rate and the next, are printed this close together
SHARE_FLIP_GAP = 5.0  # a share said to move against a growth gap of 5 points or more is wrong whatever the prices did
DOUBLING_BAND = 0.05  # 翻番 is said of a doubling, not to the digit: within 5% of ×2 (or ×4)
LIST_ITEM_MAX = 12  # characters: a listed name is short (黑色金属冶炼和压延加工业); a longer item is a clause
LIST_MAX_MISSING = 2  # a count above the names fails only this close: 甲、乙二十个… counts what they hold
LIST_LAST_SLACK = 2  # characters: a list's last name may be this much longer than the others before a predicate is suspected


def interval(f: Figure) -> Interval:
    """A figure's interval in its base unit (counts printed as plain integers are exact)."""
    scale = f.normalized_value / f.value if f.value and f.normalized_value is not None else 1.0
    exact = f.kind == "count" and f.decimals == 0 and f.normalized_value == f.value
    return Interval.printed(f.value, f.decimals, abs(scale), exact)


def signed(f: Figure) -> Interval:
    """A rate or point figure's interval with the sign of its measure (下降3.5% is -3.5)."""
    i = Interval.printed(f.value, f.decimals)
    return i.scaled(-1.0) if f.normalized_value is not None and f.normalized_value < 0 < f.value else i


def printed(f: Figure) -> Interval:
    return Interval.printed(f.value, f.decimals)


def unit_step(f: Figure) -> float:
    return 10.0 ** -f.decimals * abs(f.normalized_value / f.value if f.value else 1.0)


def verdict(printed_: Interval, computed: Interval, half_unit: float) -> str:
    """pass on overlap; warn on a miss under half a printed unit; else fail."""
    if printed_.overlaps(computed):
        return "pass"
    return "warn" if printed_.gap(computed) < half_unit - EPS else "fail"


def fmt(x: float, decimals: int | None = None) -> str:
    if decimals is not None:
        return f"{x:.{decimals}f}"
    return f"{x:.4g}" if abs(x) < 1e6 else f"{x:.6g}"


def in_printed_unit(x: float, f: Figure, decimals: int | None = None) -> str:
    """A base-unit value written in the unit and precision `f` was printed in (185.4亿元)."""
    scale = abs(f.normalized_value / f.value) if f.value and f.normalized_value else 1.0
    return fmt(x / scale, f.decimals if decimals is None else decimals) + f.unit


@functools.lru_cache(maxsize=4096)
def canonical(name: str) -> str:
    """A name with scope words, years and synonyms set aside, for comparing what two figures measure."""
    name = _YEAR.sub("", name)
    for scope in cx.SCOPES:
        name = name.replace(scope, "")
    for word, same in cx.SYNONYMS:
        name = name.replace(word, same)
    return name.strip("的")


def family(name: str | None) -> str | None:
    """What kind of amount a subject names (增加值, 投资, 零售额…), from the end of its name."""
    c = canonical(name or "")
    return next((w for w in cx.FAMILIES if c.endswith(w)), None)


def qualified(f: Figure) -> Interval:
    """A figure's interval widened by its approximation word: 2000多 is 2000 to 3000, 近六成 50% to 60%."""
    base = interval(f)
    if f.normalized_value is not None and f.normalized_value < 0 < f.value:
        base = base.scaled(-1.0)  # 下降2.3% is not 增长2.3%
    if not f.qualifier or not f.value:
        return base
    scale = abs(f.normalized_value / f.value) if f.normalized_value else 1.0
    digits = f"{abs(f.value):.0f}"
    step = (10.0 ** (len(digits) - len(digits.rstrip("0"))) if f.decimals == 0 and f.value >= 10 else 10.0 ** -f.decimals) * scale
    if f.kind == "fraction":
        step = 0.1 if f.unit == "成" else step
    mid = f.normalized_value
    lo, hi = {"over": (mid, mid + step), "nearly": (mid - step, mid), "about": (mid - step / 2, mid + step / 2),
              "at_least": (mid, math.inf), "under": (-math.inf, mid)}[f.qualifier]
    return Interval(min(lo, hi), max(lo, hi))


def non_additive(ix: ArticleIndex, f: Figure) -> bool:
    """An amount per head, a median, a yield, a price or an index (named in its subject or the clause before it), or a
    rate per unit (5126公斤/公顷): such amounts do not add up across parts."""
    said = (f.subject or "") + ix.clause_before(f, "，,；;。\n")
    return any(w in said for w in cx.NON_ADDITIVE) or ix.text.startswith(cx.PER_UNIT_MARKS, f.end)


def is_change(ix: ArticleIndex, f: Figure) -> bool:
    """An amount printed as the change of a level (比上年增加984亿元, 减少637个), or restated in another unit right
    after one (增产131万吨（26亿斤）): never a whole of listed parts."""
    clause = ix.clause_before(f, "，,；;。\n")
    if clause.endswith(cx.MOVED_TO) or clause.endswith(("到", "至", "为")):
        return False  # 由12亿元增加到27.6亿元: the level reached
    if f.measure in ("增加", "减少") or clause.rstrip("了").endswith(cx.CHANGE_WORDS):
        return True
    before = ix.next_figure_before(f)
    return before is not None and ix.text[before.end:f.start] in ("（", "(") and is_change(ix, before)


def is_rate(f: Figure) -> bool:
    """A growth or decline rate (a percent whose measure says the value rose or fell)."""
    return f.kind == "percent" and f.measure in cx.RATE_MEASURES


class ArticleIndex:
    """One article's body figures sorted by offset, its folded text and sentence bounds: rules find
    neighbours by bisection, so checking stays linear in the article's length."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = fold(article.text)  # vocabulary matches either script; offsets are the article's
        self.figs = sorted((f for f in article.figures if not f.in_headline and f.value is not None), key=lambda f: f.start)
        self.starts = [f.start for f in self.figs]
        self.position = {f.id: i for i, f in enumerate(self.figs)}
        self._kinds: dict[tuple[str, ...], list[Figure]] = {}
        self._sentence_ends = [i for i, c in enumerate(self.text) if c in zh.SENTENCE_MARKS] + [len(self.text)]
        self._paragraph_ends = [i for i, c in enumerate(self.text) if c == "\n"] + [len(self.text)]
        self._dates = sorted(f.start for f in article.figures if not f.in_headline and f.kind in ("date", "period"))
        self.part_of: dict[str, str] = {}  # part id -> whole id, filled by the breakdown rules
        self.breakdowns: list[tuple[Figure, list[Figure], str]] = []  # (whole, parts, how) found so far

    def date_between(self, lo: int, hi: int) -> bool:
        """Whether a date or period is printed strictly between two offsets (12月份，城镇…)."""
        i = bisect.bisect_right(self._dates, lo)
        return i < len(self._dates) and self._dates[i] < hi

    def of(self, kinds: tuple[str, ...] = STATISTICAL) -> list[Figure]:
        if kinds not in self._kinds:
            self._kinds[kinds] = [f for f in self.figs if f.kind in kinds]
        return self._kinds[kinds]

    def between(self, lo: int, hi: int, kinds: tuple[str, ...] | None = None) -> list[Figure]:
        """Figures starting in [lo, hi)."""
        found = self.figs[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]
        return found if kinds is None else [f for f in found if f.kind in kinds]

    def sentence(self, pos: int) -> tuple[int, int]:
        """Start and end of the sentence around `pos` (the end is the sentence mark's offset), looked for
        within WINDOW characters so that a text without full stops stays linear."""
        i = bisect.bisect_left(self._sentence_ends, pos)
        start = self._sentence_ends[i - 1] + 1 if i else 0
        return max(start, pos - zh.WINDOW), min(self._sentence_ends[min(i, len(self._sentence_ends) - 1)], pos + zh.WINDOW)

    def paragraph(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_left(self._paragraph_ends, pos)
        start = self._paragraph_ends[i - 1] + 1 if i else 0
        return max(start, pos - zh.WINDOW), min(self._paragraph_ends[min(i, len(self._paragraph_ends) - 1)], pos + zh.WINDOW)

    def near(self, f: Figure, kinds: tuple[str, ...], window: int = zh.WINDOW) -> list[Figure]:
        """Figures of these kinds within `window` characters either side of `f`."""
        return self.between(max(0, f.start - window), f.end + window, kinds)

    def clause_before(self, f: Figure, marks: str = zh.CLAUSE_MARKS) -> str:
        lo = max(0, f.start - 300)
        start = max(max(self.text.rfind(c, lo, f.start) for c in marks) + 1, lo)
        return self.text[start:f.start]

    def next_figure_before(self, f: Figure) -> Figure | None:
        i = self.position.get(f.id, 0) - 1
        return self.figs[i] if i >= 0 else None

    def next_figure(self, f: Figure) -> Figure | None:
        i = self.position.get(f.id, -1) + 1
        return self.figs[i] if 0 < i < len(self.figs) else None

    def against(self, rule: str, figures: Iterable[Figure], computed: Interval, reads: Interval, printed_: Figure,
                shown: str, zh_: str, en: str, *, verdict_after: str | None = None, whole: Figure | None = None,
                parts: Iterable[Figure] = ()) -> Check:
        """The common relation: one value recomputed from other figures against one printed figure that reads
        as `reads`. The English ends with the verdict; the Chinese too when `verdict_after` (a separator) is given."""
        v = verdict(reads, computed, unit_step(printed_) / 2)
        zh_ = zh_ if verdict_after is None else f"{zh_}{verdict_after}{ZH_VERDICT[v]}。"
        return self.check(rule, v, figures, computed, zh_, f"{en} ({v}).", whole=whole, parts=parts, printed_=printed_,
                          recomputed=shown)

    def check(self, rule: str, v: str, figures: Iterable[Figure], expected: Interval | None, zh_: str, en: str, *,
              whole: Figure | None = None, parts: Iterable[Figure] = (), printed_: Figure | None = None,
              recomputed: str | None = None) -> Check:
        """A Check with its roles, the lines and sentences it rests on."""
        figs = list(figures)
        spans = sorted({self.sentence(f.start) for f in figs})
        return Check(rule, v, tuple(f.id for f in figs), tuple(f.value for f in figs),
                     Expected(_round(expected.mid), _round(expected.lo), _round(expected.hi)) if expected else None,
                     zh_, en, whole.id if whole else None, tuple(p.id for p in parts),
                     printed_.id if printed_ else None, recomputed, tuple(sorted({f.line for f in figs})),
                     tuple((a, b) for a, b in spans))


def _round(x: float) -> float:
    return float(f"{x:.10g}")


ZH_VERDICT = {"pass": "相符", "warn": "略有出入", "fail": "不符", "info": "推算"}
