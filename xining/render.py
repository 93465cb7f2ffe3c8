"""HTML for notebooks and reports: articles with highlighted figures, tables, verdict summaries.

Everything taken from a page is escaped: text from a page never becomes markup.
"""
from __future__ import annotations

from collections import Counter
from html import escape

import pandas as pd

from .model import STATISTICAL, Article, Check, Figure, Page

CSS = """<style>
.xn-article{font-family:"Noto Sans CJK SC","Source Han Sans SC",sans-serif;line-height:1.7;max-width:46em}
.xn-article mark{padding:0 .15em;border-radius:.2em}
.xn-count,.xn-quantity,.xn-money{background:#e3effa}
.xn-percent,.xn-percentage_point,.xn-multiple,.xn-fraction{background:#fdebd3}
.xn-date,.xn-period,.xn-year,.xn-ordinal{background:#eeeeee}
.xn-byline{color:#555}.xn-summary{color:#333;font-size:.95em}
.xn-pass{color:#276749}.xn-warn{color:#b7791f}.xn-fail{color:#c53030}.xn-info{color:#2b6cb0}
</style>"""

LABELS = {
    "zh": {"subject": "对象", "measure": "指标", "text": "原文", "kind": "类型", "value": "数值", "unit": "单位",
           "normalized": "换算值", "base": "基本单位", "period": "时期", "qualifier": "限定", "line": "行",
           "rule": "规则", "verdict": "结论", "expected": "复算值", "range": "区间", "message": "说明",
           "id": "编号", "headline": "标题", "reporters": "记者", "figures": "数字", "checks": "核对",
           "summary": "结论汇总", "report": "报告", "none": "（无标题）", "no_checks": "没有可核对的数字关系。"},
    "en": {"subject": "subject", "measure": "measure", "text": "printed", "kind": "kind", "value": "value", "unit": "unit",
           "normalized": "normalized", "base": "base unit", "period": "period", "qualifier": "qualifier", "line": "line",
           "rule": "rule", "verdict": "verdict", "expected": "recomputed", "range": "interval", "message": "message",
           "id": "id", "headline": "headline", "reporters": "reporters", "figures": "figures", "checks": "checks",
           "summary": "verdicts", "report": "report", "none": "(no headline)", "no_checks": "No relation could be checked."},
}


def verdict_summary(checks: tuple[Check, ...] | list[Check]) -> str:
    """`8 pass · 2 warn · 2 info`, or `no checks`."""
    counts = Counter(c.verdict for c in checks)
    parts = [f"{counts[v]} {v}" for v in ("pass", "warn", "fail", "info") if counts[v]]
    return " · ".join(parts) if parts else "no checks"


def byline_text(article: Article) -> str:
    b = article.byline
    if b is None:
        return ""
    people = "、".join(b.reporters)
    extra = f" 通讯员 {'、'.join(b.correspondents)}" if b.correspondents else ""
    return f"{b.agency or ''}" + (f" 记者 {people}" if people else "") + extra


def highlighted_paragraphs(article: Article) -> str:
    """The article's paragraphs with every figure marked and titled with its kind and value."""
    figures = sorted((f for f in article.figures if not f.in_headline), key=lambda f: f.start)
    out = []
    for start, p in zip(article.paragraph_offsets(), article.paragraphs):
        end = start + len(p.text)
        html, cursor = [], start
        for f in (f for f in figures if start <= f.start < end):
            html.append(escape(article.text[cursor:f.start]))
            html.append(f'<mark class="xn-{f.kind}" title="{escape(_title(f))}">{escape(f.text)}</mark>')
            cursor = f.end
        html.append(escape(article.text[cursor:end]))
        out.append(f"<p>{''.join(html)}</p>")
    return "\n".join(out)


def _title(f: Figure) -> str:
    value = "" if f.normalized_value is None else f" = {f.normalized_value:g} {f.normalized_unit or ''}".rstrip()
    return f"{f.kind}{value}" + (f" · {f.measure}" if f.measure else "") + (f" · {f.subject}" if f.subject else "")


def article_html(article: Article, lang: str = "zh") -> str:
    t = LABELS[lang]
    head = escape(article.title or t["none"])
    byline = escape(byline_text(article))
    summary = escape(verdict_summary(article.checks))
    return (f'{CSS}<div class="xn-article"><h3>{head}</h3>'
            f'<div class="xn-byline">{byline}</div>'
            f'<div class="xn-summary">{t["summary"]}: {summary}</div>'
            f"{highlighted_paragraphs(article)}</div>")


def page_html(page: Page, lang: str = "zh", links: bool = False) -> str:
    return f"<div><b>{escape(page.source)}</b> · sha256 {page.sha256[:12]}</div>{articles_table(page, lang, links)}"


def articles_table(page: Page, lang: str = "zh", links: bool = False) -> str:
    t = LABELS[lang]
    rows = []
    for a in page.articles:
        title = escape(a.title or t["none"])
        if links:
            title = f'<a href="{escape(a.id)}.html">{title}</a>'
        stats = len(a.statistics)
        reporters = escape("、".join(a.byline.reporters) if a.byline else "")
        rows.append(f"<tr><td>{escape(a.id)}</td><td>{title}</td><td>{reporters}</td><td>{stats}</td>"
                    f"<td>{len(a.checks)}</td><td>{escape(verdict_summary(a.checks))}</td></tr>")
    header = "".join(f"<th>{t[k]}</th>" for k in ("id", "headline", "reporters", "figures", "checks", "summary"))
    return f'<table class="xn-table"><thead><tr>{header}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def figures_table(article: Article, lang: str = "zh") -> str:
    """The figures table, styled: statistical figures first, dates and periods after."""
    t = LABELS[lang]
    rows = [{t["id"]: f.id, t["subject"]: f.subject or "", t["measure"]: f.measure or "", t["text"]: f.text,
             t["kind"]: f.kind, t["value"]: _printed(f), t["unit"]: f.unit, t["normalized"]: f.normalized_value,
             t["base"]: f.normalized_unit or "", t["period"]: f.period or "", t["qualifier"]: f.qualifier or "",
             t["line"]: f.line}
            for f in sorted(article.figures, key=lambda f: (f.kind not in STATISTICAL, f.in_headline, f.start))]
    frame = pd.DataFrame(rows)
    if frame.empty:
        return ""
    styler = (frame.style.set_uuid(f"figures-{article.id}").hide(axis="index")
              .format({t["normalized"]: _number}, escape="html")
              .format(escape="html", subset=[c for c in frame.columns if c != t["normalized"]])
              .set_table_styles([{"selector": "th", "props": "text-align:left;background:#f2f4f7"},
                                 {"selector": "td", "props": "padding:2px 8px"}])
              .map(_kind_style, subset=[t["kind"]]))
    return styler.to_html()


def _printed(f: Figure) -> str:
    """The value with the decimals it was printed with (9.0, not 9): the precision a reviewer relies on."""
    return "" if f.value is None else f"{f.value:.{f.decimals}f}"


def _number(x) -> str:
    if x is None or pd.isna(x):
        return ""
    return f"{x:,.10g}" if abs(x) >= 1e4 else f"{x:g}"


def _kind_style(kind: str) -> str:
    if kind in ("count", "quantity", "money"):
        return "background:#e3effa"
    if kind in ("percent", "percentage_point", "multiple", "fraction"):
        return "background:#fdebd3"
    return "color:#666"


def checks_table(article: Article, lang: str = "zh") -> str:
    t = LABELS[lang]
    if not article.checks:
        return f"<p>{t['no_checks']}</p>"
    rows = [{t["rule"]: c.rule, t["verdict"]: c.verdict, t["figures"]: ", ".join(c.figures),
             t["expected"]: c.expected.value if c.expected else None,
             t["range"]: f"{c.expected.lo:g} … {c.expected.hi:g}" if c.expected else "",
             t["message"]: c.message_zh if lang == "zh" else c.message_en}
            for c in article.checks]
    frame = pd.DataFrame(rows)
    colours = {"pass": "#276749", "warn": "#b7791f", "fail": "#c53030", "info": "#2b6cb0"}
    styler = (frame.style.set_uuid(f"checks-{article.id}").hide(axis="index")
              .format({t["expected"]: _number}, escape="html")
              .format(escape="html", subset=[c for c in frame.columns if c != t["expected"]])
              .map(lambda v: f"color:{colours.get(v, '#000')};font-weight:bold", subset=[t["verdict"]])
              .set_table_styles([{"selector": "th", "props": "text-align:left;background:#f2f4f7"},
                                 {"selector": "td", "props": "padding:2px 8px;vertical-align:top"}]))
    return styler.to_html()
