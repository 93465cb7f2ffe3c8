"""HTML rendering: figures highlighted, and page text always escaped."""
import xining
from xining import render


def test_figures_are_marked_with_kind_and_value(sample_page):
    html = render.article_html(sample_page.articles[3])
    assert '<mark class="xn-percent" title="percent = 9 % · 同比增长 · 规上工业增加值">9.0%</mark>' in html
    assert html.count("<mark") == len([f for f in sample_page.articles[3].figures if not f.in_headline])


def test_page_text_never_becomes_markup():
    text = "本报讯（记者 张三）<script>alert(1)</script>增长<img src=x onerror=alert(2)>9.0%，{{ x }}。\n"
    art = xining.parse_text(text).articles[0]
    html = render.article_html(art) + render.figures_table(art) + render.checks_table(art)
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "{{ x }}" in html


def test_tables_are_deterministic(sample_page):
    assert render.figures_table(sample_page.articles[3]) == render.figures_table(sample_page.articles[3])
    assert "T_figures-a4" in render.figures_table(sample_page.articles[3])


def test_rich_display(sample_page):
    assert "西宁市安全隐患举报受理情况日报" in sample_page.articles[2]._repr_html_()
    assert "15 pass" not in sample_page._repr_html_() and "9 pass · 2 warn · 2 info" in sample_page._repr_html_()
    assert repr(sample_page) == f"Page({sample_page.source!r}, 6 articles)"
