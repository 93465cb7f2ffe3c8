"""Rule 7: headlines go to articles by content, as one optimal assignment; poor matches get none."""
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pages import page
from scipy.optimize import linear_sum_assignment

import xining
from xining import headlines as hl
from xining.articles import Draft
from xining.chinese import to_simplified
from xining.headlines import assign
from xining.model import Byline, Headline, Paragraph

INDUSTRY = ["本报讯（记者 李四）前两个月，全市规上工", "业增加值同比增长9.0%，制造业增长10.3%。"]
RAIL = ["本报讯（记者 王五）铁路民航项目全面复工，", "西成铁路项目加快建设。"]


SIGNED = Byline("本报讯")


def _draft(text: str, byline: Byline | None = SIGNED) -> Draft:
    return Draft(byline, [Paragraph(text, "body", 1, 1, ((0, 1),))])


def test_headlines_gathered_in_a_block_find_their_articles():
    pg = xining.parse_text(page(INDUSTRY, RAIL, ["铁路民航项目全面复工"], ["前两个月我市规上工业增加值增长9.0%"]))
    assert [a.title for a in pg.articles] == ["前两个月我市规上工业增加值增长9.0%", "铁路民航项目全面复工"]


def test_the_assignment_is_optimal_not_greedy():
    """Greedy would give h1 to d1 (its best, 0.9) and leave h2 with d2 (0.2); optimal total is higher."""
    drafts = [_draft("甲乙丙丁戊己庚辛"), _draft("甲乙丙丁壬癸子丑")]
    heads = [Headline("甲乙丙丁", 1, 1), Headline("戊己庚辛", 2, 2)]
    chosen, leftover = assign(heads, drafts)
    assert chosen[0].text == "戊己庚辛" and chosen[1].text == "甲乙丙丁" and leftover == []


def test_a_poor_match_gets_no_headline():
    pg = xining.parse_text(page(INDUSTRY, RAIL, ["前两个月我市规上工业增加值增长9.0%"], ["春季植树造林活动启动"]))
    assert pg.articles[0].title == "前两个月我市规上工业增加值增长9.0%"
    assert pg.articles[1].headline is None
    assert [h.text for h in pg.unassigned] == ["春季植树造林活动启动"]


def test_shared_figure_decides_between_similar_articles():
    a = ["本报讯（记者 李四）一季度，全市规上工业增", "加值同比增长9.0%。"]
    b = ["本报讯（记者 王五）一季度，全省规上工业增", "加值同比增长5.4%。"]
    pg = xining.parse_text(page(a, b, ["规上工业增加值增长5.4%"], ["规上工业增加值增长9.0%"]))
    assert [art.title for art in pg.articles] == ["规上工业增加值增长9.0%", "规上工业增加值增长5.4%"]


def test_bulletin_headline_prefers_an_unsigned_dated_bulletin():
    bulletin = Draft(None, [Paragraph("3月25日，热线接听来电801件次。", "body", 1, 1, ((0, 1),))], dated_lead=True)
    signed = _draft("今年以来，全市工作扎实推进。")
    chosen, _ = assign([Headline("便民服务工作日报", 1, 1)], [signed, bulletin])
    assert list(chosen) == [1]


def test_no_headlines_means_no_titles():
    chosen, leftover = assign([], [_draft("甲乙")])
    assert chosen == {} and leftover == []


# Random small pages: few characters, so headlines and articles share grams, figures and the bulletin genre often.
_PIECES = st.sampled_from([*"甲乙丙丁戊己庚辛，", "9%", "9.0%", "5条", "日报"])
_heads = st.lists(st.lists(_PIECES, min_size=1, max_size=5).map("".join), min_size=1, max_size=6)
_drafts = st.lists(st.tuples(st.lists(_PIECES, min_size=1, max_size=20).map("".join), st.booleans(), st.booleans(),
                             st.integers(-1, 5)), min_size=1, max_size=6)


def _page(head_texts, draft_specs):
    heads = [Headline(t, k, k) for k, t in enumerate(head_texts)]
    drafts = [Draft(None if unsigned else SIGNED, [Paragraph(t, "body", 10 + k, 10 + k, ((0, 1),))], dated_lead=dated,
                    near=[heads[n]] if 0 <= n < len(heads) else []) for k, (t, unsigned, dated, n) in enumerate(draft_specs)]
    return heads, drafts


def _total(scores, pairs):
    return sum(scores[i, j] for i, j in pairs)


@settings(max_examples=int(os.environ.get("XINING_HYPOTHESIS_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_heads, _drafts, st.booleans())
def test_the_sparse_assignment_is_the_dense_one(head_texts, draft_specs, sparse_solver):
    """Every pair left out scores 0, and matching the scored pairs (per group, or on the sparse graph) reaches the
    optimum of the full headlines x articles matrix; when that optimum is unique, the headlines chosen are its own."""
    heads, drafts = _page(head_texts, draft_specs)
    ev = hl.Evidence(heads, drafts)
    dense = np.array([[ev.score(i, j) for j in range(len(drafts))] for i in range(len(heads))])
    pairs = ev.candidates()
    scored = {(int(i), int(j)): s for i, j, s in zip(*pairs)}
    assert all(dense[i, j] == 0 for i in range(len(heads)) for j in range(len(drafts)) if (i, j) not in scored)
    assert all(dense[p] == s > 0 for p, s in scored.items())
    best = list(zip(*linear_sum_assignment(dense, maximize=True)))
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(hl, "DENSE_CELLS", 0 if sparse_solver else hl.DENSE_CELLS)
        got = hl.match(pairs, len(heads), len(drafts))
    assert len({i for i, _ in got}) == len({j for _, j in got}) == len(got)
    assert _total(dense, got) == pytest.approx(_total(dense, best), abs=1e-9)
    if all(_without(dense, p) < _total(dense, best) - 1e-9 for p in best if dense[p] > 0):  # a unique optimum
        assert {p for p in got if dense[p] >= hl.MIN_SCORE} == {p for p in best if dense[p] >= hl.MIN_SCORE}


@settings(max_examples=int(os.environ.get("XINING_HYPOTHESIS_EXAMPLES", "300")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(_heads, _drafts)
def test_the_shortcuts_of_a_small_page_find_what_the_full_searches_find(head_texts, draft_specs):
    """A small page's shortcuts (grams looked up where their characters are, figures looked for where they are written,
    groups found without scipy's graph) give the grams, the scored pairs and the matching that the paths for pages of
    any size give."""
    heads, drafts = _page(head_texts, draft_specs)
    fast = hl.Evidence(heads, drafts)
    with pytest.MonkeyPatch.context() as mp:
        for bound in ("FEW_GRAMS", "FEW_FIGURES", "FEW_PAIRS"):
            mp.setattr(hl, bound, -1)
        full = hl.Evidence(heads, drafts)
        full_pairs = full.candidates()
        full_match = hl.match(full_pairs, len(heads), len(drafts))
    wanted = set().union(*(hl._grams(h.text) for h in heads))
    assert fast.found == full.found == [{g for g in wanted if g in hl._squeeze(d.text)} for d in drafts]
    fast_pairs = fast.candidates()
    assert all(np.array_equal(a, b) for a, b in zip(fast_pairs, full_pairs))
    assert hl.match(fast_pairs, len(heads), len(drafts)) == full_match


# Texts of every kind of character a squeeze keeps or drops: Han (one of them also past the BMP), Latin, digits, the
# underscore (a word character that is not alphanumeric), punctuation of both widths, spaces, newlines, a surrogate.
_CHARS = st.sampled_from([*"甲乙丙丁戊", "\U00020000", *"aB_7９", *"，。、.%“”— \n", "\ud800"])


@settings(max_examples=int(os.environ.get("XINING_HYPOTHESIS_EXAMPLES", "300")), deadline=None)
@given(st.lists(st.text(_CHARS, max_size=12), min_size=1, max_size=4), st.lists(st.text(_CHARS, max_size=40), max_size=4),
       st.booleans())
def test_the_grams_found_are_those_a_search_of_each_squeezed_text_finds(heads, texts, bmp_only):
    """Whatever the characters, the lookups where a gram's characters are and the pass over each text find the grams
    that a substring search of each squeezed text finds."""
    if bmp_only:
        heads, texts = ([t.replace("\U00020000", "己") for t in ts] for ts in (heads, texts))
    wanted = set().union(*map(hl._grams, heads))
    squeezed = [hl._squeeze(t) for t in texts]
    expected = [{g for g in wanted if g in t} for t in squeezed]
    assert hl._found(squeezed, wanted, heads) == expected
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(hl, "FEW_GRAMS", -1)
        assert hl._found(squeezed, wanted, heads) == expected


_FIGURE_PIECES = st.sampled_from(["9", "0", ".", "9.0", "%", "条", "个百分点", "万", "年", "-", "增长", "，", " "])


@settings(max_examples=int(os.environ.get("XINING_HYPOTHESIS_EXAMPLES", "300")), deadline=None)
@given(st.lists(_FIGURE_PIECES, max_size=12).map("".join), st.lists(_FIGURE_PIECES, max_size=5).map("".join))
def test_a_figure_is_printed_where_findall_finds_it(text, head):
    """Looking for a headline's figures where they are written finds what every figure of the text, listed, finds."""
    wanted = set(hl._FIGURE.findall(head)) | set(hl._FIGURE.findall(text)[:1])
    assert hl._figures_printed([text], wanted) == [set(hl._FIGURE.findall(text)) & wanted]


@settings(max_examples=int(os.environ.get("XINING_HYPOTHESIS_EXAMPLES", "300")), deadline=None)
@given(st.lists(st.text(st.sampled_from([*"日報週簡快訊乾隆發展頭髮后皇后", "a", " ", "\n"]), max_size=8), max_size=5))
def test_headlines_simplified_in_one_call_read_as_each_alone(texts):
    """One call to the converter for all of a page's headlines gives what a call per headline gives."""
    assert hl._simplified(texts) == [to_simplified(t) for t in texts]


def _without(scores, pair):
    """The optimum when `pair` may not be matched."""
    forbidden = scores.copy()
    forbidden[pair] = -1.0
    return _total(scores, [p for p in zip(*linear_sum_assignment(forbidden, maximize=True)) if forbidden[p] > 0])


def test_a_pathological_page_is_bounded_not_quadratic():
    """A gram shared by more than SHARED_BY_AT_MOST articles alone makes no pair worth scoring; a rarer one does."""
    n = hl.SHARED_BY_AT_MOST + 1
    names = [chr(0x4E00 + 3 * k) + chr(0x4E01 + 3 * k) for k in range(n)]  # a two-character name of its own each
    heads, drafts = _page([f"工作会议召开{x}" for x in names], [(f"{x}工作会议今日召开", False, False, -1) for x in names])
    scored = set(zip(*hl.Evidence(heads, drafts).candidates()[:2]))
    assert (0, 0) in scored and (0, 1) not in scored
    chosen, leftover = assign(heads, drafts)
    assert all(chosen[k] is heads[k] for k in range(n)) and leftover == []


def test_a_headline_is_paired_with_the_articles_of_its_rarest_evidence_first(monkeypatch):
    """Past PER_HEADLINE candidates, a headline's commoner grams add no more articles to score it against."""
    monkeypatch.setattr(hl, "PER_HEADLINE", 1)
    heads, drafts = _page(["甲乙丙丁"], [("丙丁戊", False, False, -1), ("甲乙丙己", False, False, -1), ("丙丁庚", False, False, -1)])
    assert list(hl.Evidence(heads, drafts).candidates().cols) == [1]
    monkeypatch.setattr(hl, "PER_HEADLINE", 256)
    assert list(hl.Evidence(heads, drafts).candidates().cols) == [0, 1, 2]


def test_past_the_genre_bound_a_bulletin_headline_meets_the_nearest_bulletins(monkeypatch):
    """With more bulletin x unsigned dated pairs than GENRE_PAIRS, genre alone pairs a bulletin headline only with the
    GENRE_NEIGHBOURS such articles on each side of it."""
    monkeypatch.setattr(hl, "GENRE_PAIRS", 0)
    heads = [Headline("便民服务工作日报", 35, 35)]
    drafts = [Draft(None, [Paragraph("热线接听来电。", "body", 10 * k, 10 * k, ((0, 1),))], dated_lead=True) for k in range(8)]
    assert list(hl.Evidence(heads, drafts).candidates().cols) == [2, 3, 4, 5]
    monkeypatch.setattr(hl, "GENRE_PAIRS", 4096)
    assert list(hl.Evidence(heads, drafts).candidates().cols) == list(range(8))
