"""Headlines to articles: one optimal one-to-one assignment by content, over the whole page.

PDF dumps displace headlines: after their article, or gathered in a block. Position is no
guide, so each (headline, article) pair is scored by what they share: character bigrams and
trigrams weighted by how rare they are on the page, printed figures (`9.0%`), and the bulletin
genre (`…日报` headlines go with unsigned, dated bulletins), and position: a headline printed right
above an article's opening (its byline, its lead) is likely its own. The Hungarian algorithm
(scipy's linear_sum_assignment) then maximises the page's total score, and a pair scoring below
MIN_SCORE is dropped: no headline beats a wrong one.

Only pairs that share some evidence are scored (an inverted index of the grams and figures), and the
assignment is solved per connected group of such pairs, so thousands of headlines and articles cost
time near-linear in the page, not headlines x articles.
"""
from __future__ import annotations

import bisect
import itertools
import math
import operator
import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import numpy as np

from .articles import Draft
from .chinese import to_simplified, to_simplified_lines
from .lexicon import newspaper as lx
from .model import Headline

MIN_SCORE = 0.2
FIGURE_BONUS = 0.3
GENRE_BONUS = 0.3
POSITION_BONUS = 1.0
_FIGURE = lx.UNIT_FIGURE_RE  # a whole unit-bearing token (`5.5%`, `35条`), never a date's or a period's digits
# Bounds that only hostile pages reach (a real page has tens of headlines and articles, far below them):
SHARED_BY_AT_MOST = 64  # a gram or figure in more articles than this singles none out: it adds to a pair's
# score, but alone never makes a pair worth scoring
PER_HEADLINE = 256  # a headline is paired with the articles of its rarest grams and figures until it has this many
GENRE_NEIGHBOURS = 2  # with more bulletin headlines x unsigned dated articles than GENRE_PAIRS, a bulletin
GENRE_PAIRS = 4096  # headline is paired by genre alone with the nearest few, before and after it
DENSE_CELLS = 250_000  # a group of headlines x articles larger than this is matched on its sparse graph


def assign(headlines: Sequence[Headline], drafts: Sequence[Draft]) -> tuple[dict[int, Headline], list[Headline]]:
    """Map draft index -> headline; return the headlines left over. A draft whose headline geometry decided keeps it."""
    fixed = {i: d.headline for i, d in enumerate(drafts) if getattr(d, "headline", None) is not None}
    if fixed:
        rest = [i for i in range(len(drafts)) if i not in fixed]
        chosen, leftover = assign(headlines, [drafts[i] for i in rest])
        return fixed | {rest[j]: h for j, h in chosen.items()}, leftover
    if not headlines or not drafts:
        return {}, list(headlines)
    ev = Evidence(headlines, drafts)
    chosen = {j: headlines[i] for i, j in match(ev.candidates(), len(headlines), len(drafts)) if ev.score(i, j) >= MIN_SCORE}
    used = {id(h) for h in chosen.values()}
    return chosen, [h for h in headlines if id(h) not in used]


class Evidence:
    """What a page's headlines and articles share, indexed once; `score` rates one pair, `candidates` the pairs
    that share anything (every other pair scores 0)."""

    def __init__(self, headlines: Sequence[Headline], drafts: Sequence[Draft]) -> None:
        self.headlines, self.drafts = headlines, drafts
        head_grams = [_grams(h.text) for h in headlines]
        wanted = set().union(*head_grams)
        texts = [d.text for d in drafts]
        # the headline grams each article contains
        self.found = _found([_squeeze(t) for t in texts], wanted, [h.text for h in headlines])
        self.gram_posts = _postings(self.found)
        n, posts = len(drafts), self.gram_posts
        # Smoothed idf: rare n-grams weigh more, and with one article on the page none weighs nothing.
        by_df = [math.log(1 + (n + 1) / (k + 1)) for k in range(n + 1)]  # the idf of a gram in k articles
        self.grams = [tuple(sorted(grams)) for grams in head_grams]  # sorted: sums alike in every run
        self.weights = [tuple([by_df[len(posts.get(g, ()))] for g in grams]) for grams in self.grams]  # of each gram
        self.totals = [sum(weights) or 1.0 for weights in self.weights]
        self.head_figures = [set(_FIGURE.findall(h.text)) for h in headlines]
        self.draft_figures = _figures_printed(texts, set().union(*self.head_figures))
        self.figure_posts = _postings(self.draft_figures)
        simple = _simplified([h.text for h in headlines])
        self.bulletin = [any(w in s for w in lx.BULLETIN_WORDS) for s in simple]
        self.unsigned_dated = [d.byline is None and d.dated_lead for d in drafts]
        self.last_near = [near[-1] if (near := getattr(d, "near", ())) else None for d in drafts]  # its nearest headline

    def score(self, i: int, j: int) -> float:
        """How well headline i fits article j: shared rare grams, a shared figure, position, genre.

        A term that can be positive when the two share no gram or figure needs its pairs in `candidates`."""
        return self.scores(i, (j,))[0]

    def scores(self, i: int, js: Iterable[int]) -> list[float]:
        """`score(i, j)` for each j of `js`: what headline i brings is looked up once, not once a pair."""
        h, grams, weights, total = self.headlines[i], self.grams[i], self.weights[i], self.totals[i]
        figures, bulletin = self.head_figures[i], self.bulletin[i]
        out = []
        for j in js:
            score = sum(itertools.compress(weights, map(self.found[j].__contains__, grams))) / total
            if not figures.isdisjoint(self.draft_figures[j]):
                score += FIGURE_BONUS
            if self.last_near[j] is h and score >= MIN_SCORE / 2:  # position settles between plausible headlines
                score += POSITION_BONUS
            if bulletin and self.unsigned_dated[j]:
                score += GENRE_BONUS
            out.append(score)
        return out

    def candidates(self) -> Pairs:
        """The pairs that share a gram, a figure or the bulletin genre, scored, in order of headline then article."""
        genre = self._by_genre()
        # the grams and figures that single articles out, with the articles they are in (on a page of at most
        # SHARED_BY_AT_MOST articles, all of them)
        grams, figures = self.gram_posts, self.figure_posts
        if len(self.drafts) > SHARED_BY_AT_MOST:
            grams = {g: p for g, p in grams.items() if len(p) <= SHARED_BY_AT_MOST}
            figures = {f: p for f, p in figures.items() if len(p) <= SHARED_BY_AT_MOST}
        rows, cols, scores = array("q"), array("q"), array("d")
        for i, head_grams in enumerate(self.grams):
            found: set[int] = set().union(*filter(None, map(grams.get, head_grams)),
                                          *filter(None, map(figures.get, self.head_figures[i])))
            if len(found) > PER_HEADLINE:  # too many: the articles of its rarest evidence first, up to the bound
                shared = [(g, p) for g in head_grams if (p := grams.get(g))]
                shared += [(f, p) for f in self.head_figures[i] if (p := figures.get(f))]
                found = set()
                for _, _, posts in sorted((len(p), k, p) for k, p in shared):
                    if len(found) >= PER_HEADLINE:
                        break
                    found.update(posts)
            found.update(genre.get(i, ()))
            js = sorted(found)
            rows.extend(itertools.repeat(i, len(js)))
            cols.extend(js)
            scores.extend(self.scores(i, js))
        return Pairs(np.array(rows, np.int64), np.array(cols, np.int64), np.array(scores, float))

    def _by_genre(self) -> dict[int, list[int]]:
        heads = [i for i, b in enumerate(self.bulletin) if b]
        bulletins = [j for j, u in enumerate(self.unsigned_dated) if u]
        if len(heads) * len(bulletins) <= GENRE_PAIRS:
            return {i: bulletins for i in heads}
        line = {j: self.drafts[j].paragraphs[0].first_line if self.drafts[j].paragraphs else 0 for j in bulletins}
        bulletins.sort(key=line.__getitem__)
        lines = [line[j] for j in bulletins]
        at = {i: bisect.bisect_left(lines, self.headlines[i].first_line) for i in heads}
        return {i: bulletins[max(0, at[i] - GENRE_NEIGHBOURS):at[i] + GENRE_NEIGHBOURS] for i in heads}


class Pairs(NamedTuple):
    """Scored (headline, article) pairs as parallel arrays: millions of them fit where tuples would not."""

    rows: np.ndarray
    cols: np.ndarray
    scores: np.ndarray


def match(pairs: Pairs, n_rows: int, n_cols: int) -> list[tuple[int, int]]:
    """The one-to-one pairs of maximum total score, solved per connected group of scored pairs."""
    from scipy.optimize import linear_sum_assignment  # imported when needed: it is slow to import

    out: list[tuple[int, int]] = []
    for edges in _groups(pairs, n_rows, n_cols):
        rows, cols, scores = pairs.rows[edges], pairs.cols[edges], pairs.scores[edges]
        r, c = np.unique(rows), np.unique(cols)
        a, b = np.searchsorted(r, rows), np.searchsorted(c, cols)
        if len(r) * len(c) <= DENSE_CELLS:
            sub = np.zeros((len(r), len(c)))
            sub[a, b] = scores
            got = zip(*linear_sum_assignment(sub, maximize=True))
            out += [(int(r[x]), int(c[y])) for x, y in got if sub[x, y] > 0]
        else:
            out += [(int(r[x]), int(c[y])) for x, y in _sparse_match(a, b, scores, len(r), len(c))]
    return sorted(out)


#: Up to this many scored pairs (a real page has tens), their groups are found in Python: building scipy's graph
#: costs more than the whole search.
FEW_PAIRS = 1024


def _groups(pairs: Pairs, n_rows: int, n_cols: int) -> list[np.ndarray]:
    """The indices of the pairs of each connected group (pairs that share a headline or an article, transitively)."""
    if len(pairs.rows) <= FEW_PAIRS:
        parent: dict[int, int] = {}  # union-find; headline i is node i, article j node -1 - j

        def root(x: int) -> int:
            while parent.setdefault(x, x) != x:
                parent[x] = x = parent[parent[x]]
            return x

        rows = pairs.rows.tolist()
        for i, j in zip(rows, pairs.cols.tolist()):
            parent[root(i)] = root(-1 - j)
        groups: dict[int, list[int]] = defaultdict(list)
        for k, i in enumerate(rows):
            groups[root(i)].append(k)
        return [np.array(g, np.int64) for g in groups.values()]
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    graph = coo_matrix((np.ones(len(pairs.rows)), (pairs.rows, n_rows + pairs.cols)), shape=(n_rows + n_cols,) * 2)
    _, label = connected_components(graph, directed=False)
    group = label[pairs.rows]
    order = np.argsort(group, kind="stable")
    return np.split(order, np.flatnonzero(np.diff(group[order])) + 1)


def _sparse_match(a: np.ndarray, b: np.ndarray, w: np.ndarray, nr: int, nc: int) -> list[tuple[int, int]]:
    """Maximum-weight matching on the sparse graph: each headline may also take a dummy article and each article a
    dummy headline (a pair (i, j) lets dummy j meet dummy i), so a full matching always exists; every edge weighs
    one more than its score, and all full matchings have the same number of edges."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    rows = np.concatenate([a, nr + b, np.arange(nr), nr + np.arange(nc)])
    cols = np.concatenate([b, nc + a, nc + np.arange(nr), np.arange(nc)])
    weights = np.concatenate([w + 1, np.ones(len(w) + nr + nc)])
    graph = coo_matrix((weights, (rows, cols)), shape=(nr + nc, nc + nr)).tocsr()
    got_r, got_c = min_weight_full_bipartite_matching(graph, maximize=True)
    return [(int(x), int(y)) for x, y in zip(got_r, got_c) if x < nr and y < nc]


#: Up to this many figures in the headlines, an article is searched for figures only if it contains one of them.
FEW_FIGURES = 16


def _figures_printed(texts: Sequence[str], wanted: set[str]) -> list[set[str]]:
    """The figures of `wanted` (the headlines') that each text prints: the only ones a pair can share."""
    if len(wanted) <= FEW_FIGURES:  # each is looked for where it is written, not every figure of every text
        return [{f for f in wanted if _prints(t, f)} for t in texts]
    return [set(_FIGURE.findall(t)) & wanted for t in texts]


def _prints(text: str, figure: str) -> bool:
    """Whether `_FIGURE.findall(text)` has `figure`: whether the pattern matches exactly `figure` where it is written.

    A match of the pattern may start only after a character that is not a digit or a point, and the digits of a
    match are its first characters: no match covers the place where another may start, so findall, scanning left
    to right, finds every match that a place where `figure` is written starts."""
    at = text.find(figure)
    while at >= 0:
        if (m := _FIGURE.match(text, at)) and m.end() == at + len(figure):
            return True
        at = text.find(figure, at + 1)
    return False


def _simplified(texts: list[str]) -> list[str]:
    """`to_simplified` of each text, in one call to the converter (a call per text costs more than converting).

    `to_simplified` keeps a text's phrase conversion only when it keeps its length, so one call's result is kept only
    when every text kept its length (a text with a line break in it comes back as two: each is then converted alone)."""
    out = to_simplified_lines(texts)
    return out if list(map(len, out)) == list(map(len, texts)) else [to_simplified(t) for t in texts]


def _postings(keys: Sequence[set[str]]) -> dict[str, list[int]]:
    posts: dict[str, list[int]] = defaultdict(list)
    for j, ks in enumerate(keys):
        for k in ks:
            posts[k].append(j)
    return posts


_WORD = re.compile(r"\w+")


def _squeeze(text: str) -> str:
    """The text without its spaces and punctuation."""
    return "".join(_WORD.findall(text))


def _grams(text: str) -> set[str]:
    text = _squeeze(text)
    return {text[i:i + k] for k in (2, 3) for i in range(len(text) - k + 1)}


#: Up to this many headline grams, each is looked up in the text (a substring search in C), which beats listing
#: the text's grams; past it (a hostile page of thousands of headlines), one pass over the text's grams stays linear.
FEW_GRAMS = 256


def _found(texts: Sequence[str], wanted: set[str], heads: Sequence[str]) -> list[set[str]]:
    """The grams of `wanted` (made from the texts `heads`) that occur in each squeezed text.

    A bigram is looked for only where both its characters are (a character is found faster than a pair), a trigram
    only where both its bigrams are (they are headline grams too)."""
    if len(wanted) > FEW_GRAMS:
        return [_found_in_one_pass(t, wanted) for t in texts]
    chars = set("".join(heads))  # every character of the grams, and a few more
    twos = [(g, g[0], g[1]) for g in wanted if len(g) == 2]
    threes = [(g, g[:2], g[1:]) for g in wanted if len(g) == 3]
    out = []
    for text in texts:
        present = {c for c in chars if c in text}
        two = {g for g, a, b in twos if a in present and b in present and g in text}
        out.append(two.union([g for g, a, b in threes if a in two and b in two and g in text]))
    return out


def _found_in_one_pass(text: str, wanted: set[str]) -> set[str]:
    two = map(operator.add, text, text[1:])
    three = map(operator.add, map(operator.add, text, text[1:]), text[2:])
    return wanted.intersection(itertools.chain(two, three))


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
