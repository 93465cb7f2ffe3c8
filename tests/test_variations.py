"""Variations of the sample page that must still parse into the same six articles."""
import pytest
from pages import SAMPLE_ARTICLES, SAMPLE_HEADLINE_LINES, line_range, sample_lines, squeeze, wrap

import xining

EXPECTED = [(h, r) for h, r, _ in SAMPLE_ARTICLES]


def _bodies() -> list[list[str]]:
    lines = sample_lines()
    return [line_range(lines, *rng) for _, _, rng in SAMPLE_ARTICLES]


def _headline(index: int) -> list[str]:
    return line_range(sample_lines(), *SAMPLE_HEADLINE_LINES[index])


def _summary(page: xining.Page):
    return [(a.title, list(a.byline.reporters) if a.byline else []) for a in page.articles]


def _assert_same_articles(page: xining.Page) -> None:
    assert _summary(page) == EXPECTED
    for article, body in zip(page.articles, _bodies()):
        assert squeeze(article.text) == squeeze("".join(body))


def test_headlines_before_their_articles():
    blocks = []
    for i, body in enumerate(_bodies()):
        blocks += _headline(i) + [""] + body + [""]
    _assert_same_articles(xining.parse_text("\n".join(blocks)))


def test_all_headlines_in_one_block_at_the_end():
    blocks = []
    for body in _bodies():
        blocks += body + [""]
    for i in (3, 0, 5, 2, 4, 1):  # in no particular order
        blocks += _headline(i) + [""]
    _assert_same_articles(xining.parse_text("\n".join(blocks)))


def test_all_headlines_in_one_block_at_the_top():
    blocks = []
    for i in (5, 1, 3, 0, 2, 4):
        blocks += _headline(i) + [""]
    for body in _bodies():
        blocks += body + [""]
    _assert_same_articles(xining.parse_text("\n".join(blocks)))


@pytest.mark.parametrize("column", [13, 15, 22, 26])
def test_rewrapped_to_another_column_width(sample_page, column):
    """Re-wrap every paragraph; break the column mid-sentence every 11 lines with a blank line."""
    out = []
    for article in sample_page.articles:
        out += [article.title, ""]
        n = 0
        for paragraph in article.paragraphs:
            for line in wrap(paragraph.text, column):
                out.append(line)
                n += 1
                if n % 11 == 0 and not line.endswith("。"):
                    out.append("")  # a column break in the middle of a sentence
        out.append("")
    page = xining.parse_text("\n".join(out))
    _assert_same_articles(page)
    assert [len(a.paragraphs) for a in page.articles] == [len(a.paragraphs) for a in sample_page.articles]


def test_windows_line_ends_and_bom(sample_path):
    data = b"\xef\xbb\xbf" + sample_path.read_bytes().replace(b"\n", b"\r\n")
    _assert_same_articles(xining.parse_bytes(data))


def test_gb18030_page_gives_the_same_articles(sample_path):
    data = sample_path.read_text(encoding="utf-8").encode("gb18030")
    _assert_same_articles(xining.parse_bytes(data))


def test_utf16_page_gives_the_same_articles(sample_path):
    data = sample_path.read_text(encoding="utf-8").encode("utf-16")  # with BOM
    _assert_same_articles(xining.parse_bytes(data))
