"""Headlines to articles: one optimal one-to-one assignment by content, over the whole page.

PDF dumps displace headlines: after their article, or gathered in a block. Position is no
guide, so each (headline, article) pair is scored by what they share: character bigrams and
trigrams weighted by how rare they are on the page, printed figures (`9.0%`), and the bulletin
genre (`…日报` headlines go with unsigned, dated bulletins), and position: a headline printed right
above an article's opening (its byline, its lead) is likely its own. The Hungarian algorithm
(scipy's linear_sum_assignment) then maximises the page's total score, and a pair scoring below
MIN_SCORE is dropped: no headline beats a wrong one.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from .articles import Draft
from .chinese import to_simplified
from .lexicon import newspaper as lx
from .model import Headline

MIN_SCORE = 0.2
FIGURE_BONUS = 0.3
GENRE_BONUS = 0.3
POSITION_BONUS = 1.0
# A figure shared by a headline and an article counts only as a whole unit-bearing token (`5.5%`, `35条`),
# never the digits of a date or a period (`2024年`, `3月`).
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:%|个百分点|[万亿千百]*[^\d\s.,，、。%年月日号时期届季度周天点-])")


def assign(headlines: Sequence[Headline], drafts: Sequence[Draft]) -> tuple[dict[int, Headline], list[Headline]]:
    """Map draft index -> headline; return the headlines left over. A draft whose headline geometry decided keeps it."""
    fixed = {i: d.headline for i, d in enumerate(drafts) if getattr(d, "headline", None) is not None}
    if fixed:
        rest = [i for i in range(len(drafts)) if i not in fixed]
        chosen, leftover = assign(headlines, [drafts[i] for i in rest])
        return fixed | {rest[j]: h for j, h in chosen.items()}, leftover
    if not headlines or not drafts:
        return {}, list(headlines)
    from scipy.optimize import linear_sum_assignment  # imported when needed: it is slow to import

    scores = score_matrix(headlines, drafts)
    rows, cols = linear_sum_assignment(scores, maximize=True)
    chosen = {int(c): headlines[r] for r, c in zip(rows, cols) if scores[r, c] >= MIN_SCORE}
    used = {id(h) for h in chosen.values()}
    return chosen, [h for h in headlines if id(h) not in used]


def score_matrix(headlines: Sequence[Headline], drafts: Sequence[Draft]) -> np.ndarray:
    texts = [_squeeze(d.text) for d in drafts]
    head_grams = [_grams(h.text) for h in headlines]
    # Which headline n-grams each article contains (substring tests, no full n-gram index).
    contains = {g: [g in t for t in texts] for g in set().union(*head_grams)}
    n = len(texts)
    draft_figures = [set(_FIGURE.findall(d.text)) for d in drafts]
    scores = np.zeros((len(headlines), n))
    for i, (h, grams) in enumerate(zip(headlines, head_grams)):
        # Smoothed idf: rare n-grams weigh more, and with one article on the page none weighs nothing.
        weights = {g: math.log(1 + (n + 1) / (sum(contains[g]) + 1)) for g in grams}
        total = sum(weights.values()) or 1.0
        figures = set(_FIGURE.findall(h.text))
        bulletin = any(w in to_simplified(h.text) for w in lx.BULLETIN_WORDS)
        for j, d in enumerate(drafts):
            score = sum(w for g, w in weights.items() if contains[g][j]) / total
            if figures and figures & draft_figures[j]:
                score += FIGURE_BONUS
            near = getattr(d, "near", ())
            if near and near[-1] is h and score >= MIN_SCORE / 2:  # position settles between plausible headlines
                score += POSITION_BONUS
            if bulletin and d.byline is None and d.dated_lead:
                score += GENRE_BONUS
            scores[i, j] = score
    return scores


def _squeeze(text: str) -> str:
    return re.sub(r"[\s\W]", "", text)


def _grams(text: str) -> set[str]:
    text = _squeeze(text)
    return {text[i:i + k] for k in (2, 3) for i in range(len(text) - k + 1)}


def kickers(drafts: Sequence[Draft], chosen: dict[int, Headline], leftover: Sequence[Headline]) -> dict[int, str]:
    """Title lines printed with an article's headline that are not it: `kicker` above it, `subtitle` below.

    Returns id(headline) -> kind for the leftover headlines that sit in the same run as a chosen one.
    """
    kinds: dict[int, str] = {}
    left = {id(h) for h in leftover}
    for i, d in enumerate(drafts):
        h = chosen.get(i)
        near = list(getattr(d, "near", ()))
        if h is None or not any(x is h for x in near):
            continue
        at = next(k for k, x in enumerate(near) if x is h)
        for k, x in enumerate(near):
            if id(x) in left:
                kinds[id(x)] = "kicker" if k < at else "subtitle"
    return kinds
