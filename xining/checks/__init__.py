"""Checks: a reviewer's arithmetic over an article's figures, with verdicts that respect rounding.

Verdict discipline: **fail** only when the text asserts a relation unambiguously and the recomputed
interval misses the printed one beyond rounding; **warn** when the relation is likely but its reading
is uncertain (a soft definition such as current-price shares against comparable-price growth);
**info** for values that are only implied. A rule that cannot tell the parts from the whole does not
fire. Every rule takes the article's `ArticleIndex`; RULES lists them in the order they run (the
breakdown rules first: later rules read the wholes and parts they found).
"""
from __future__ import annotations

from collections.abc import Callable

from ..chinese import sentence_span
from ..model import Article, Check
from .base import ArticleIndex
from .rates import (
    compound_growth,
    contribution_from_share,
    growth_from_amounts,
    growth_of_whole,
    multiples,
    point_gaps,
    pull_product,
    ratios,
    share_change,
    two_year_average,
)
from .sums import contributions_sum, parts_and_whole, pulls_sum, share_of_whole, shares_sum
from .wording import approximation, granularity, headline, list_count, repeated, sign_range, threshold

__all__ = ["RULES", "ArticleIndex", "check", "sentence_span"]

RULES: tuple[Callable[[ArticleIndex], list[Check]], ...] = (
    parts_and_whole, share_of_whole, shares_sum, contributions_sum, pulls_sum, pull_product, contribution_from_share,
    point_gaps, two_year_average, compound_growth, growth_of_whole, growth_from_amounts, share_change, multiples, ratios, threshold,
    list_count, approximation, repeated, headline, sign_range, granularity,
)


def check(article: Article) -> tuple[Check, ...]:
    """Every rule over one article, in RULES order, sharing one index of the article."""
    ix = ArticleIndex(article)
    return tuple(c for rule in RULES for c in rule(ix))
