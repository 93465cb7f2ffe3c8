"""What the report notebooks show, one function per section, so notebooks stay a few calls long.

Each `show_*` displays its section's heading and content in the report's language; the runner
turns the executed notebook's outputs into the report file (`xining.html`).
"""
from __future__ import annotations

import base64
import io
import json
from pathlib import Path

from . import __version__, plots
from . import html as H
from . import labels as L
from .files import atomic_write_text
from .frames import checks_frame, figures_frame, to_csv
from .model import Article, Page
from .narrative import narrative


def _display(obj, raw: bool = False) -> None:
    from IPython.display import display

    display(obj, raw=raw)


def _html(markup: str) -> None:
    from IPython.display import HTML

    _display(HTML(markup))


def _heading(key: str, lang: str, level: int = 2) -> str:
    return f"<h{level}>{H.esc(L.text(key, lang))}</h{level}>"


def load(page_path: str, article_id: str | None = None, page_json: str | None = None) -> tuple[Page, Article | None]:
    """The page from its processed JSON when given (what `xining report` passes), else parsed from `page_path`."""
    if page_json:
        from .io import page_from_dict

        page = page_from_dict(json.loads(Path(page_json).read_text("utf-8")))
    else:
        from .pipeline import read_page

        page = read_page(page_path)
    return page, (page.article(article_id) if article_id else None)


def write_downloads(page: Page, folder: Path) -> Path:
    """Beside a page's reports: its JSON (which the report notebooks read), figures and checks as CSV; returns the JSON."""
    from .io import dumps, page_to_dict

    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(folder / "figures.csv", to_csv(figures_frame(page), bom=True))
    atomic_write_text(folder / "checks.csv", to_csv(checks_frame(page), bom=True))
    path = folder / "page.json"
    atomic_write_text(path, dumps(page_to_dict(page)))
    return path


def show_header(article: Article, lang: str = "zh") -> None:
    """Headline, byline, the periods and scopes in force, and the narrative."""
    t = L.TEXT[lang]
    stats = article.statistics
    periods = list(dict.fromkeys(f.period for f in stats if f.period))  # in order of first mention
    scopes = list(dict.fromkeys(f.scope for f in stats if f.scope))
    shown = [L.period(p, lang) for p in periods]
    period = H.esc(", ".join(s for s in shown if s)) if lang == "en" else H.src("、".join(periods))
    facts = [f"{H.esc(t['period'])}：{period}" if periods and period else "",
             f"{H.esc(t['scope'])}{'：' if lang == 'zh' else ': '}{H.src('、'.join(scopes))}" if scopes else ""]
    if lang == "en":
        facts = [x.replace("：", ": ") for x in facts]
    title = H.src(article.title) or H.esc(t["none"])
    story = narrative(article, lang)
    _html(f'<h1 id="{H.esc(article.id)}-headline">{title}</h1><p class="xn-byline">{H.byline_html(article, lang)}</p>'
          f'<p class="xn-muted">{" · ".join(x for x in facts if x)}</p>'
          f"{_heading('narrative', lang)}<p>{H.prose(story, lang)}</p>"
          f'<div class="xn-counts">{H.verdict_summary(article.checks, lang)}</div>')


def show_figures(article: Article, lang: str = "zh") -> None:
    _html(_heading("figures", lang) + (H.figures_table(article, lang) or f"<p>{H.esc(L.text('no_statistics', lang))}</p>"))


def show_charts(article: Article, lang: str = "zh") -> None:
    """Every chart the figures call for, each an image with alt text; one line and no chart when there are no statistics."""
    charts = plots.choose(article)
    _html(_heading("charts", lang) + ("" if charts else f"<p>{H.esc(L.text('no_charts', lang))}</p>"))
    for chart in charts:
        show_chart(chart, lang)


def show_chart(chart: plots.Chart, lang: str = "zh") -> None:
    """A chart as a PNG whose text form is its description (the report's alt text; what nbval compares)."""
    fig = plots.draw(chart, lang)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", metadata={"Software": None})
    png = base64.b64encode(buffer.getvalue()).decode("ascii")
    _display({"image/png": png, "text/plain": plots.describe(chart, lang)}, raw=True)


def show_checks(article: Article, lang: str = "zh") -> None:
    _html(_heading("checks", lang) + H.checks_table(article, lang))


def show_text(article: Article, lang: str = "zh") -> None:
    _html(_heading("text", lang) + f'<div class="xn-article">{H.highlighted_text(article, lang)}</div>')


def show_provenance(page: Page, lang: str = "zh", **parameters) -> None:
    """Page checksum, xining version and the notebook's parameters: enough to reproduce the report."""
    shown = json.dumps({**parameters, "lang": lang}, ensure_ascii=False, sort_keys=True)
    _html(_heading("provenance", lang) + H.provenance(page, __version__, shown, lang))


def show_page(page: Page, lang: str = "zh") -> None:
    """The page's articles, with links to their reports (which sit beside the page report), and the downloads."""
    _html(f"<h1>{H.esc(L.text('page_report', lang))}</h1><p><code>{H.esc(page.source)}</code></p>"
          + _heading("articles", lang) + H.articles_table(page, lang, links=True)
          + _heading("downloads", lang) + H.downloads(lang))


def show_kinds(page: Page, lang: str = "zh") -> None:
    """Statistical figures of each article by kind: a table and a stacked bar chart."""
    _html(_heading("by_kind", lang) + H.kinds_table(page, lang))
    chart = plots.kinds_chart(page)
    if chart.groups:
        show_chart(chart, lang)
