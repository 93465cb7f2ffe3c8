"""What the report notebooks show, one function per section, so notebooks stay a few calls long."""
from __future__ import annotations

import json
from collections import Counter
from html import escape

from . import __version__, plots, render
from .model import STATISTICAL, Article, Page
from .narrative import narrative
from .pipeline import read_page

HEADINGS = {
    "zh": {"period": "时期", "scope": "范围", "no_charts": "本文没有统计数字，不作图。", "by_kind": "各篇数字类型"},
    "en": {"period": "period", "scope": "scope", "no_charts": "This article prints no statistical figures: no chart.",
           "by_kind": "Figures by kind per article"},
}


def _display(obj) -> None:
    from IPython.display import display

    display(obj)


def _html(markup: str) -> None:
    from IPython.display import HTML

    _display(HTML(markup))


def load(page_path: str, article_id: str | None = None) -> tuple[Page, Article | None]:
    page = read_page(page_path)
    return page, (page.article(article_id) if article_id else None)


def show_header(article: Article, lang: str = "zh") -> None:
    """Headline, byline, the period and scope in force, and the narrative."""
    h = HEADINGS[lang]
    stats = list(article.statistics)
    periods = list(dict.fromkeys(f.period for f in stats if f.period))  # in order of first mention
    scopes = list(dict.fromkeys(f.scope for f in stats if f.scope))
    facts = [f"{h['period']}：{'、'.join(periods)}" if periods else "", f"{h['scope']}：{'、'.join(scopes)}" if scopes else ""]
    _html(f"<h2>{escape(article.title or render.LABELS[lang]['none'])}</h2>"
          f"<p>{escape(render.byline_text(article))}</p>"
          f"<p>{escape(' · '.join(x for x in facts if x))}</p>"
          f"<p><b>{escape(narrative(article, lang))}</b></p>")


def show_figures(article: Article, lang: str = "zh") -> None:
    _html(render.figures_table(article, lang) or f"<p>{HEADINGS[lang]['no_charts']}</p>")


def show_charts(article: Article, lang: str = "zh") -> None:
    """Every chart the figures call for; one line and no chart when there are no statistics."""
    charts = plots.choose(article)
    if not charts:
        _html(f"<p>{HEADINGS[lang]['no_charts']}</p>")
        return
    for chart in charts:
        _display(plots.draw(chart, lang))


def show_checks(article: Article, lang: str = "zh") -> None:
    _html(render.checks_table(article, lang))


def show_text(article: Article, lang: str = "zh") -> None:
    _html(render.article_html(article, lang))


def show_provenance(page: Page, **parameters) -> None:
    """Page checksum, xining version and the notebook's parameters: enough to reproduce the report."""
    rows = {"page": page.source, "sha256": page.sha256, "xining": __version__,
            "parameters": json.dumps(parameters, ensure_ascii=False, sort_keys=True)}
    body = "".join(f"<tr><th>{escape(k)}</th><td><code>{escape(v)}</code></td></tr>" for k, v in rows.items())
    _html(f"<table>{body}</table>")


def show_page(page: Page, lang: str = "zh") -> None:
    """The page's articles, with links to their reports (which sit beside the page report)."""
    _html(render.page_html(page, lang, links=True))


def figures_by_kind(page: Page):
    """Counts of statistical figures by kind per article, as a DataFrame (rows: articles)."""
    import pandas as pd

    counts = {a.id: Counter(f.kind for f in a.statistics) for a in page.articles}
    frame = pd.DataFrame(counts).T.reindex(columns=[k for k in STATISTICAL]).fillna(0).astype(int)
    return frame.loc[:, frame.sum() > 0]


def show_kinds_chart(page: Page, lang: str = "zh") -> None:
    frame = figures_by_kind(page)
    rows = tuple((a, tuple(plots.Bar(k, float(frame.loc[a, k]), str(int(frame.loc[a, k]))) for k in frame.columns))
                 for a in frame.index)
    chart = plots.Chart("stacked", ("各篇数字类型", "Figures by kind per article"), ("数字个数", "number of figures"), rows)
    _display(plots.draw(chart, lang))
