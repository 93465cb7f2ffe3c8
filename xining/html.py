"""All HTML xining writes: rich display, report sections, report documents and the index.

Everything taken from a page goes through `esc` (and page text through `src`, which also marks it
`lang="zh"`), so text from a page never becomes markup. Documents carry their own styles and a
subset of the bundled Noto Sans CJK, embedded: no network fonts, no scripts from elsewhere.
"""
from __future__ import annotations

import base64
import functools
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape as _escape

from . import labels as L
from .chinese import HAN, sentence_span
from .model import STATISTICAL, VERDICT_RANK, VERDICTS, Article, Check, Figure, Page
from .plots import font_path

VERDICT_COLOURS = {"pass": "#276749", "warn": "#b7791f", "fail": "#c53030", "info": "#2b6cb0"}
FLAGGING = ("fail", "warn")  # verdicts that mark their figures in the text, worst first
FONT_FAMILY = "XiningCJK"
DOWNLOADS = (("page.json", "page_json"), ("figures.csv", "figures_csv"), ("checks.csv", "checks_csv"))

CSS = """
.xn-article{line-height:1.8;max-width:46em}
.xn-article mark{padding:0 .15em;border-radius:.2em;color:inherit}
.xn-count,.xn-quantity,.xn-money{background:#e3effa}
.xn-percent,.xn-percentage_point,.xn-multiple,.xn-fraction{background:#fdebd3}
.xn-date,.xn-period,.xn-year,.xn-ordinal{background:#eeeeee}
mark.xn-flag-fail{outline:2px solid #c53030}mark.xn-flag-warn{outline:2px solid #b7791f}
.xn-byline,.xn-muted{color:#555}.xn-sentence:target{background:#fff5b1}
.xn-pass{color:#276749}.xn-warn{color:#b7791f}.xn-fail{color:#c53030}.xn-info{color:#2b6cb0}
.xn-verdict{font-weight:bold;white-space:nowrap}
table.xn-table{border-collapse:collapse;margin:.5em 0 1.2em}
.xn-table th{text-align:left;background:#f2f4f7;padding:3px 8px;white-space:nowrap}
.xn-nowrap{white-space:nowrap}
.xn-table td{padding:3px 8px;vertical-align:top;border-top:1px solid #e5e7eb}
.xn-table td.xn-num{text-align:right;white-space:nowrap}
.xn-table tr.xn-row-fail td:first-child{border-left:4px solid #c53030}
.xn-table tr.xn-row-warn td:first-child{border-left:4px solid #b7791f}
.xn-table tr:target{background:#fff5b1}
.xn-counts span{display:inline-block;margin-right:1em;font-weight:bold}
""".strip()

DOCUMENT_CSS = """
body{font-family:"XiningCJK","Noto Sans CJK SC","Source Han Sans SC",sans-serif;max-width:62em;margin:1.5em auto;
padding:0 1em;color:#1a202c;line-height:1.6}
nav{font-size:.95em;margin-bottom:1em}nav a{margin-right:1.2em}
img{max-width:100%;height:auto;display:block;margin:.6em 0}
h1{font-size:1.6em}h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #e5e7eb}
pre{white-space:pre-wrap}.xn-error{color:#c53030}
code,pre,kbd{font-family:"XiningCJK",monospace;font-size:.95em}
input.xn-filter{padding:4px 8px;margin:.5em 0;width:20em;font:inherit}
th.xn-sortable{cursor:pointer}
""".strip()

# Sorting and filtering the index's table of articles (inline: reports load nothing from elsewhere).
INDEX_SCRIPT = """
document.querySelectorAll('table.xn-sort').forEach(function(table){
  table.querySelectorAll('th').forEach(function(th, col){
    th.classList.add('xn-sortable');
    th.addEventListener('click', function(){
      var body = table.tBodies[0], rows = Array.from(body.rows), asc = th.dataset.order !== 'asc';
      rows.sort(function(a, b){
        var x = a.cells[col].dataset.sort || a.cells[col].textContent, y = b.cells[col].dataset.sort || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return asc ? c : -c;
      });
      th.dataset.order = asc ? 'asc' : 'desc';
      rows.forEach(function(r){ body.appendChild(r); });
    });
  });
});
document.querySelectorAll('input.xn-filter').forEach(function(input){
  var table = document.getElementById(input.dataset.table);
  input.addEventListener('input', function(){
    var q = input.value.toLowerCase();
    Array.from(table.tBodies[0].rows).forEach(function(r){
      r.style.display = r.textContent.toLowerCase().indexOf(q) >= 0 ? '' : 'none';
    });
  });
});
""".strip()


# --- the one place text becomes HTML ------------------------------------------------------
def esc(value: object) -> str:
    """Escape anything for HTML text or a quoted attribute."""
    return _escape("" if value is None else str(value), quote=True)


def src(text: str | None) -> str:
    """Page text as printed (a headline, a subject, a figure): escaped and marked as Chinese."""
    return f'<span lang="zh">{esc(text)}</span>' if text else ""


CJK_RUN = re.compile(f"[{HAN}][{HAN}0-9A-Za-z.%、，“”‘’（）《》—\\-]*")


def prose(text: str, lang: str) -> str:
    """Sentences written by xining around page text: in English, the Chinese quoted from the page is marked `lang="zh"`."""
    if lang == "zh":
        return src(text)
    out, cursor = [], 0
    for m in CJK_RUN.finditer(text):
        out += [esc(text[cursor:m.start()]), src(m.group())]
        cursor = m.end()
    return "".join(out) + esc(text[cursor:])


def amount(x: float, unit: str, decimals: int, lang: str) -> str:
    """A value in its printed unit; in English the Chinese unit is page text, marked as such."""
    shown = L.amount(x, unit, decimals, lang)
    if lang == "en" and unit and f"({unit})" in shown:
        return esc(shown[: -len(unit) - 2]) + f"({src(unit)})"
    return src(shown) if lang == "en" and re.search("[\u4e00-\u9fff]", shown) else esc(shown)


def grouped(x: float | None) -> str:
    """A base-unit value with thousands separators and no exponent: 15,260,000,000."""
    if x is None:
        return ""
    shown = L.plain(x)
    whole, _, frac = shown.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}" + (f".{frac}" if frac else "")


def verdict_badge(verdict: str, lang: str) -> str:
    return f'<span class="xn-verdict xn-{esc(verdict)}">{esc(L.verdict_name(verdict, lang))}</span>'


def verdict_summary(checks: Iterable[Check], lang: str = "zh") -> str:
    """Coloured counts, worst first: `不符 1 · 提醒 2 · 通过 8`; or `no checks`."""
    return _count_spans(Counter(c.verdict for c in checks), lang)


def _count_spans(counts: Mapping[str, object], lang: str) -> str:
    """Counts by verdict as coloured spans, worst first; `no checks` when there are none."""
    parts = [f'<span class="xn-{v}">{esc(L.verdict_name(v, lang))} {esc(counts[v])}</span>' for v in VERDICTS if counts.get(v)]
    return " · ".join(parts) if parts else esc(L.text("no_verdicts", lang))


def table(headers: Sequence[str], rows: Iterable[tuple[Sequence[str], str]], cls: str = "", table_id: str = "",
          numeric: Sequence[int] = ()) -> str:
    """A table of ready markup: headers are plain words (escaped here), rows are (cells, row attributes)."""
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = []
    for cells, attrs in rows:
        tds = "".join(f'<td class="xn-num">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(cells))
        body.append(f"<tr{attrs}>{tds}</tr>")
    ident = f' id="{esc(table_id)}"' if table_id else ""
    return f'<table class="xn-table {cls}"{ident}><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>'


# --- articles -----------------------------------------------------------------------------
def flags(article: Article) -> dict[str, str]:
    """Each figure in a failed or warned check, with the worst such verdict."""
    out: dict[str, str] = {}
    for verdict in reversed(FLAGGING):
        for c in article.checks:
            if c.verdict == verdict:
                out.update(dict.fromkeys(c.figures, verdict))
    return out


def _anchor(article: Article, what: str) -> str:
    return f"{article.id}-{what}"


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a text as (start, end) spans that cover it, end marks included."""
    spans, pos = [], 0
    while pos < len(text):
        start, end = sentence_span(text, pos)
        end = min(len(text), max(end + 1, pos + 1))
        spans.append((pos, end))
        pos = end
    return spans


def _figure_title(f: Figure, lang: str) -> str:
    parts = [L.kind_name(f.kind, lang)]
    if f.normalized_value is not None and f.kind in STATISTICAL:
        parts.append(f"{grouped(f.normalized_value)} {L.base_unit(f.normalized_unit, lang)}".strip())
    parts += [x for x in (f.measure, f.subject) if x]
    return " · ".join(parts)


def highlighted_text(article: Article, lang: str = "zh") -> str:
    """The article's paragraphs, sentence by sentence (each an anchor), every figure marked by kind and flag."""
    text = article.text
    figures = sorted((f for f in article.figures if not f.in_headline), key=lambda f: f.start)
    flagged = flags(article)
    out = []
    for start, p in zip(article.paragraph_offsets(), article.paragraphs):
        spans = [(max(s, start), min(e, start + len(p.text))) for s, e in sentences(text) if s < start + len(p.text) and e > start]
        html = []
        for s, e in spans:
            cursor, inner = s, []
            for f in (f for f in figures if s <= f.start < e and f.end <= e):
                inner.append(esc(text[cursor:f.start]))
                flag = f" xn-flag-{flagged[f.id]}" if f.id in flagged else ""
                inner.append(f'<mark id="{esc(_anchor(article, "t-" + f.id))}" class="xn-{esc(f.kind)}{flag}" '
                             f'title="{esc(_figure_title(f, lang))}">{esc(f.text)}</mark>')
                cursor = f.end
            inner.append(esc(text[cursor:e]))
            html.append(f'<span class="xn-sentence" id="{esc(_anchor(article, f"s{s}"))}">{"".join(inner)}</span>')
        out.append(f'<p lang="zh">{"".join(html)}</p>')
    return "\n".join(out)


def article_html(article: Article, lang: str = "zh") -> str:
    """Rich display of an article: headline, byline, coloured verdicts, text with figures marked."""
    head = src(article.title) or esc(L.text("none", lang))
    return (f'<style>{CSS}</style><div class="xn-article"><h3 id="{esc(_anchor(article, "headline"))}">{head}</h3>'
            f'<div class="xn-byline">{byline_html(article, lang)}</div>'
            f'<div class="xn-counts">{verdict_summary(article.checks, lang)}</div>'
            f"{highlighted_text(article, lang)}</div>")


def byline_html(article: Article, lang: str = "zh") -> str:
    b = article.byline
    if b is None:
        return ""
    shown = L.byline(b.agency, b.reporters, b.correspondents, lang)
    return src(shown) if lang == "zh" else esc(shown).replace(esc("、".join(b.reporters)), src("、".join(b.reporters)))


def figures_table(article: Article, lang: str = "zh") -> str:
    """Every figure as a row (statistics first), each row an anchor, flagged rows edged in their verdict colour."""
    t = L.TEXT[lang]
    flagged = flags(article)
    order = sorted(article.figures, key=lambda f: (f.kind not in STATISTICAL, f.in_headline, f.start))
    rows = []
    for f in order:
        target = _anchor(article, "headline") if f.in_headline else _anchor(article, "t-" + f.id)
        period = L.period(f.period, lang)
        cells = [esc(f.id), src(f.subject), src(f.measure), f'<a class="xn-nowrap" href="#{esc(target)}">{src(f.text)}</a>',
                 f'<span class="xn-nowrap">{esc(L.kind_name(f.kind, lang))}</span>',
                 esc("" if f.value is None else L.fixed(f.value, f.decimals)), src(f.unit),
                 _base_amount(f, lang),
                 f'<span class="xn-nowrap">{esc(period) if lang == "en" and period else src(f.period)}</span>',
                 esc(L.qualifier_name(f.qualifier, lang)), esc(f.line)]
        flag = f' class="xn-row-{flagged[f.id]}"' if f.id in flagged else ""
        rows.append((cells, f' id="{esc(_anchor(article, f.id))}"{flag}'))
    if not rows:
        return ""
    headers = [t[k] for k in ("id", "subject", "measure", "printed", "kind", "value", "unit", "normalized", "period",
                              "qualifier", "line")]
    return table(headers, rows, "xn-figures", numeric=(5, 7, 10))


def _base_amount(f: Figure, lang: str) -> str:
    """The normalized value in its base unit, the unit in the report's language (a count's measure word as printed)."""
    unit = L.base_unit(f.normalized_unit, lang)
    # a year is a name, not an amount: 2024, never 2,024
    shown = esc(L.plain(f.normalized_value) if f.kind == "year" and f.normalized_value is not None else grouped(f.normalized_value))
    return f"{shown} {src(unit) if unit == f.normalized_unit and lang == 'en' and unit not in L.BASE_UNITS else esc(unit)}".strip()


def printed_figure(check: Check, by_id: dict[str, Figure]) -> Figure | None:
    """The printed figure a check's recomputed value is compared with (None: e.g. a sum compared with 100%)."""
    return by_id.get(check.printed or check.whole or "")


def recomputed(check: Check, by_id: dict[str, Figure], lang: str) -> tuple[str, str]:
    """The recomputed value and its interval, in the printed unit at the printed precision plus one digit.

    The check states its recomputed value in the printed unit (`185.4亿元`): its number gives the scale
    from base units, its suffix the unit, its decimals the precision. Whole counts are exact: no digit is added.
    """
    e = check.expected
    if e is None:
        return "", ""
    figs = [by_id[i] for i in check.figures if i in by_id]
    exact = bool(figs) and all(g.kind == "count" and g.decimals == 0 for g in figs)
    m = re.fullmatch(r"\s*([-+]?\d+(?:\.(\d+))?)\s*(.*)", check.recomputed or "")
    f = printed_figure(check, by_id)
    if m and float(m.group(1)) and e.value:  # a power of ten: 万, 亿 (the printed number is rounded)
        scale, unit, decimals = 10.0 ** round(math.log10(abs(e.value / float(m.group(1))))), m.group(3), len(m.group(2) or "")
    else:
        scale = abs(f.normalized_value / f.value) if f and f.value and f.normalized_value else 1.0
        unit, decimals = "", max((g.decimals for g in figs), default=0)
    if not unit and f is not None and f.value is not None and _near(e.value / scale, f.value):
        unit = "个百分点" if f.kind == "percentage_point" else f.unit  # the printed figure's unit, when of its kind
    decimals += 0 if exact else 1
    value = amount(e.value / scale, unit, decimals, lang)
    interval = f"{amount(e.lo / scale, unit, decimals, lang)} ~ {amount(e.hi / scale, unit, decimals, lang)}"
    return value, interval if e.lo != e.hi else ""


def _near(a: float, b: float) -> bool:
    """Same order of magnitude: a recomputed value is shown in a figure's unit only when it is that figure's kind."""
    return abs(a - b) <= 0.5 * max(abs(a), abs(b), 1e-9)


def check_lines(article: Article, check: Check, by_id: dict[str, Figure]) -> str:
    """The lines a check rests on, each a link to its sentence in the text (or to the headline)."""
    links, seen = [], set()
    for f in sorted((by_id[i] for i in check.figures if i in by_id), key=lambda f: f.line):
        if f.line in seen:
            continue
        seen.add(f.line)
        target = _anchor(article, "headline") if f.in_headline else _anchor(article, f"s{sentence_span(article.text, f.start)[0]}")
        links.append(f'<a class="xn-line" href="#{esc(target)}">{esc(f.line)}</a>')
    return ", ".join(links)


def check_sentence(article: Article, check: Check, by_id: dict[str, Figure]) -> str:
    """The sentence of the check's first body figure, as printed (the headline for headline-only checks)."""
    body = [by_id[i] for i in check.figures if i in by_id and not by_id[i].in_headline]
    if not body:
        return src(article.title)
    start, end = sentence_span(article.text, body[0].start)
    return src(article.text[start:end + 1].strip())


def checks_table(article: Article, lang: str = "zh") -> str:
    """Each check: verdict, rule, figures (linked to their rows), recomputed value, message, and the line it rests on."""
    t = L.TEXT[lang]
    if not article.checks:
        return f"<p>{esc(t['no_checks'])}</p>"
    by_id = {f.id: f for f in article.figures}
    rows = []
    for n, c in sorted(enumerate(article.checks), key=lambda x: (VERDICT_RANK[x[1].verdict], x[0])):
        value, interval = recomputed(c, by_id, lang)
        figs = ", ".join(f'<a href="#{esc(_anchor(article, i))}">{esc(i)}</a>' for i in c.figures)
        message = c.message_zh if lang == "zh" else c.message_en
        cells = [verdict_badge(c.verdict, lang), esc(L.rule_name(c.rule, lang)), figs, value, interval,
                 prose(message, lang), check_lines(article, c, by_id), check_sentence(article, c, by_id)]
        rows.append((cells, f' id="{esc(_anchor(article, f"c{n + 1}"))}" class="xn-row-{esc(c.verdict)}"'))
    headers = [t[k] for k in ("verdict", "rule", "figure_ids", "expected", "interval", "message", "lines", "sentence")]
    return table(headers, rows, "xn-checks", numeric=(3,))


# --- pages --------------------------------------------------------------------------------
def articles_table(page: Page, lang: str = "zh", links: bool = False, prefix: str = "", table_id: str = "") -> str:
    """One row per article: id, headline (linked to its report), reporters, statistics, checks, verdicts."""
    t = L.TEXT[lang]
    rows = []
    for a in page.articles:
        title = src(a.title) or esc(t["none"])
        if links:
            title = f'<a href="{esc(prefix)}{esc(a.id)}.html">{title}</a>'
        worst = next((v for v in VERDICTS if any(c.verdict == v for c in a.checks)), "")
        cells = [esc(a.id), title, src("、".join(a.byline.reporters) if a.byline else ""), esc(len(a.statistics)),
                 esc(len(a.checks)), f'{verdict_summary(a.checks, lang)}']
        attrs = f' class="xn-row-{worst}"' if worst in FLAGGING else ""
        rows.append((cells, attrs))
    headers = [t[k] for k in ("id", "headline", "reporters", "n_figures", "n_checks", "summary")]
    return table(headers, rows, "xn-articles xn-sort", table_id, numeric=(3, 4))


def page_html(page: Page, lang: str = "zh", links: bool = False) -> str:
    """Rich display of a page: its source and checksum, and the table of its articles."""
    return (f'<style>{CSS}</style><div><code>{esc(page.source)}</code> · SHA-256 {esc(page.sha256[:12])}</div>'
            f"{articles_table(page, lang, links)}")


def kinds_table(page: Page, lang: str = "zh") -> str:
    """Statistical figures of each article counted by kind."""
    counts = {a.id: Counter(f.kind for f in a.statistics) for a in page.articles}
    kinds = [k for k in STATISTICAL if any(c[k] for c in counts.values())]
    rows = [([esc(a.id), src(a.title) or esc(L.text("none", lang)), *(esc(counts[a.id][k]) for k in kinds)], "")
            for a in page.articles]
    headers = [L.text("id", lang), L.text("headline", lang), *(L.kind_name(k, lang) for k in kinds)]
    return table(headers, rows, "xn-kinds", numeric=tuple(range(2, 2 + len(kinds))))


def downloads(lang: str = "zh", prefix: str = "") -> str:
    t = L.TEXT[lang]
    return "<ul>" + "".join(f'<li><a href="{esc(prefix + name)}" download>{esc(t[key])}</a></li>' for name, key in DOWNLOADS) + "</ul>"


def provenance(page: Page, version: str, parameters: str, lang: str = "zh") -> str:
    t = L.TEXT[lang]
    rows = [(t["page"], esc(page.source)), (t["sha256"], esc(page.sha256)), (t["version"], esc(version)),
            (t["parameters"], esc(parameters))]
    return "<table class=\"xn-table\">" + "".join(f"<tr><th>{esc(k)}</th><td><code>{v}</code></td></tr>" for k, v in rows) + "</table>"


# --- documents ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Report:
    """Where a page's reports are, for the index: the folder, and which reports failed."""

    page: Page
    folder: str
    failed: frozenset[str] = frozenset()  # article ids (or "page") whose notebook failed


@dataclass(frozen=True)
class Earlier:
    """Reports of an earlier run with no page JSON beside them: what their notebooks' metadata says."""

    folder: str
    source: str
    rows: tuple[tuple[str, str, str | None, object], ...]  # (article id, file stem, headline, verdict counts)


def _counts(counts: object, lang: str) -> str:
    return _count_spans(counts, lang) if isinstance(counts, dict) else ""


def index_html(reports: Sequence[Report], lang: str = "zh", earlier: Sequence[Earlier] = ()) -> str:
    """The index: coloured verdict counts, every fail and warn of every page, and a sortable, filterable table of articles."""
    t = L.TEXT[lang]
    checks = [c for r in reports for a in r.page.articles for c in a.checks]
    flagged_rows = []
    for r in reports:
        for a in r.page.articles:
            for n, c in sorted(enumerate(a.checks), key=lambda x: VERDICT_RANK[x[1].verdict]):
                if c.verdict not in FLAGGING:
                    continue
                link = f"{r.folder}/{a.id}.html#{a.id}-c{n + 1}"
                message = c.message_zh if lang == "zh" else c.message_en
                flagged_rows.append(([verdict_badge(c.verdict, lang), f'<a href="{esc(r.folder)}/page.html"><code>{esc(r.page.source)}</code></a>',
                                      f'<a href="{esc(link)}">{src(a.title) or esc(a.id)}</a>', esc(L.rule_name(c.rule, lang)),
                                      prose(message, lang)], f' class="xn-row-{c.verdict}"'))
    flagged = (table([t["verdict"], t["page"], t["article"], t["rule"], t["message"]], flagged_rows, "xn-flagged")
               if flagged_rows else f"<p>{esc(t['no_flagged'])}</p>")
    parts = [f"<h1>{esc(t['index_title'])}</h1>", f'<div class="xn-counts">{verdict_summary(checks, lang)}</div>',
             f"<h2>{esc(t['flagged'])}</h2>", flagged, f"<h2>{esc(t['articles'])}</h2>"]
    for k, r in enumerate(reports):
        failed = f' <span class="xn-fail">{esc(t["failed_report"])}</span>' if "page" in r.failed else ""
        parts.append(f'<h3><a href="{esc(r.folder)}/page.html"><code>{esc(r.page.source)}</code></a>{failed}</h3>')
        parts.append(f'<input class="xn-filter" type="search" placeholder="{esc(t["filter"])}" data-table="articles-{k}">')
        body = articles_table(r.page, lang, links=True, prefix=f"{r.folder}/", table_id=f"articles-{k}")
        for aid in sorted(r.failed - {"page"}):
            body = body.replace(f'href="{esc(r.folder)}/{esc(aid)}.html">', f'href="{esc(r.folder)}/{esc(aid)}.html" class="xn-fail">', 1)
            body = body.replace(f"<td>{esc(aid)}</td>", f'<td>{esc(aid)} <span class="xn-fail">{esc(t["failed_report"])}</span></td>', 1)
        parts.append(body)
    for e in earlier:
        parts.append(f'<h3><a href="{esc(e.folder)}/page.html"><code>{esc(e.source)}</code></a></h3>')
        rows = [([esc(aid), f'<a href="{esc(e.folder)}/{esc(stem)}.html">{src(title) or esc(t["none"])}</a>', _counts(counts, lang)], "")
                for aid, stem, title, counts in e.rows]
        parts.append(table([t["id"], t["headline"], t["summary"]], rows, "xn-articles"))
    return document(t["index"], "\n".join(parts), lang, script=INDEX_SCRIPT)


def nav(lang: str, page_link: bool) -> str:
    t = L.TEXT[lang]
    links = [f'<a href="../index.html">{esc(t["back_index"])}</a>']
    if page_link:
        links.append(f'<a href="page.html">{esc(t["back_page"])}</a>')
    links += [f'<a href="{esc(name)}" download>{esc(t[key])}</a>' for name, key in DOWNLOADS]
    return f"<nav>{''.join(links)}</nav>"


def notebook_body(nb) -> str:
    """An executed report notebook as a reader sees it: its outputs only (prose for programmers and code left out).

    Images carry their `text/plain` as alt text: the report notebooks put a description of each chart there.
    """
    out = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for o in cell.get("outputs", []):
            if o.output_type == "stream":
                out.append(f'<pre class="{"xn-error" if o.get("name") == "stderr" else ""}">{esc(o.get("text", ""))}</pre>')
            elif o.output_type == "error":
                out.append(f'<pre class="xn-error">{esc(o.get("ename", ""))}: {esc(o.get("evalue", ""))}</pre>')
            else:
                data = o.get("data", {})
                if "image/png" in data:
                    alt = data.get("text/plain", "")
                    b64 = "".join(str(data["image/png"]).split())
                    out.append(f'<img alt="{esc(alt)}" src="data:image/png;base64,{esc(b64)}">')
                elif "text/html" in data:
                    out.append(str(data["text/html"]))
                elif "text/plain" in data:
                    out.append(f"<pre>{esc(data['text/plain'])}</pre>")
    return "\n".join(out)


def notebook_document(nb, title: str, lang: str, page_link: bool) -> str:
    """A report file: navigation (index, page, downloads) above the notebook's outputs."""
    return document(title, nav(lang, page_link) + notebook_body(nb), lang)


def document(title: str, body: str, lang: str, script: str = "") -> str:
    """A complete, self-contained HTML file: styles, the CJK font subset it needs, the body, inline script."""
    font = font_face(_visible_text(title + body))
    js = f"<script>{script}</script>" if script else ""
    return (f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>'
            f"<style>{font}\n{DOCUMENT_CSS}\n{CSS}</style></head>\n<body>\n{body}\n{js}</body></html>\n")


def _visible_text(markup: str) -> str:
    """The characters a browser may draw: text and attribute values (titles, placeholders), entities decoded."""
    from html import unescape

    markup = re.sub(r'src="data:[^"]*"', "", markup)
    return unescape(re.sub(r"<[^>]*?>", " ", markup) + " ".join(re.findall(r'(?:title|placeholder|alt)="([^"]*)"', markup)))


def font_face(chars: str) -> str:
    """An @font-face with the bundled Noto Sans CJK SC subset to `chars` (plus ASCII), as an embedded WOFF."""
    wanted = "".join(sorted(set(chars) | {chr(c) for c in range(0x20, 0x7F)}))
    return (f'@font-face{{font-family:"{FONT_FAMILY}";src:url(data:font/woff;base64,{_subset(wanted)}) format("woff");'
            f"font-display:block}}")


@functools.lru_cache(maxsize=16)
def _subset(chars: str) -> str:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff"
    options.hinting = False
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    font = TTFont(str(font_path()), lazy=True, recalcTimestamp=False)  # the same text gives the same bytes
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return base64.b64encode(buffer.getvalue()).decode("ascii")

