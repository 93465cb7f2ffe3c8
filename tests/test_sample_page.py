"""The sample page parses into exactly its six articles, whole, in order, with the right headlines."""
import re

import pytest
from pages import SAMPLE_ARTICLES, SAMPLE_CREDIT_LINES, SAMPLE_HEADLINE_LINES, line_range, sample_lines, squeeze

from xining.chinese import CJK_CHARS, ends_sentence, ends_title


def test_six_articles_in_page_order(sample_page):
    assert [a.title for a in sample_page.articles] == [h for h, _, _ in SAMPLE_ARTICLES]


@pytest.mark.parametrize("index", range(6))
def test_reporters(sample_page, index):
    article = sample_page.articles[index]
    reporters = SAMPLE_ARTICLES[index][1]
    if reporters:
        assert article.byline.agency == "本报讯"
        assert list(article.byline.reporters) == reporters
        assert article.byline.correspondents == ()
    else:
        assert article.byline is None


@pytest.mark.parametrize("index", range(6))
def test_each_article_holds_exactly_its_lines(sample_page, index):
    """No text lost, none duplicated, none in the wrong article: compare with the raw lines."""
    first, last = SAMPLE_ARTICLES[index][2]
    expected = squeeze("".join(line_range(sample_lines(), first, last)))
    assert squeeze(sample_page.articles[index].text) == expected


def test_every_character_is_accounted_for(sample_page):
    lines = sample_lines()
    headlines = "".join(squeeze("".join(line_range(lines, *r))) for r in SAMPLE_HEADLINE_LINES.values())
    credits = squeeze("".join(line_range(lines, *SAMPLE_CREDIT_LINES)))
    parsed = "".join(squeeze(a.text) + squeeze(a.title) for a in sample_page.articles)
    assert sorted(parsed + credits) == sorted(squeeze("".join(lines)))
    assert sorted(squeeze("".join(a.title for a in sample_page.articles))) == sorted(headlines)


def test_no_paragraph_ends_mid_sentence(sample_page):
    for a in sample_page.articles:
        for p in a.paragraphs:
            assert ends_sentence(p.text) or (p.kind == "section_title" and ends_title(p.text)), p.text[-20:]


def test_no_space_next_to_chinese(sample_page):
    stray = re.compile(rf"\s[{CJK_CHARS}]|[{CJK_CHARS}]\s")
    for a in sample_page.articles:
        for p in a.paragraphs:
            assert not stray.search(p.text), stray.search(p.text)


def test_column_breaks_are_repaired(sample_page):
    text = "\n".join(a.text for a in sample_page.articles)
    for joined in ("全力奋战首季“开门红”。", "要素保障问题等", "增速10.2%", "多频次对接协调", "覆盖率达88%以上", "特色化工和合金"):
        assert joined in text


def test_justified_line_collapses(sample_page):
    assert "西宁经济开发区规上工业增加值增速10.2%" in sample_page.articles[3].text


def test_space_between_latin_and_digits_stays(sample_page):
    assert "PVC 8.1万吨" in sample_page.articles[3].text


def test_two_credits_of_the_same_photographer(sample_page):
    assert [(c.name, c.text, c.line) for c in sample_page.credits] == [("黎晓刚", "黎晓刚摄", 210)] * 2


def test_nothing_unassigned(sample_page):
    assert sample_page.unassigned == ()


def test_paragraph_line_ranges(sample_page):
    a4 = sample_page.articles[3]
    assert [(p.first_line, p.last_line) for p in a4.paragraphs] == [(97, 104), (106, 118), (120, 124), (126, 136), (138, 150)]
    assert a4.paragraphs[1].line_at(a4.paragraphs[1].text.index("10.2%")) == 109


def test_bulletin_structure(sample_page):
    kinds = [p.kind for p in sample_page.articles[1].paragraphs]
    assert kinds == ["body", "section_title", "list_item", "list_item", "list_item"]


def test_ids_are_short_safe_and_stable(sample_page):
    import xining

    again = xining.read_page(sample_page.source)
    assert [a.id for a in sample_page.articles] == [a.id for a in again.articles]
    assert all(re.fullmatch(r"[a-z0-9-]{1,16}", a.id) for a in sample_page.articles)
    assert len({a.id for a in sample_page.articles}) == 6
