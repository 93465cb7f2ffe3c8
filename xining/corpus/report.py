"""What `notebooks/corpus.ipynb` shows, one function per section: the series of an indicator as a chart and a table,
and the checks between issues with links to their pages."""
from __future__ import annotations

import os
import posixpath
from html import escape

import pandas as pd

from .. import plots
from . import Corpus

LABELS = {
    "zh": {"value": "数值", "period": "时期", "issue": "报纸", "page": "版面", "verdict": "结论", "rule": "规则", "message": "说明",
           "none": "没有跨期核对发现问题。", "empty": "语料库中没有这个指标。", "title": "{} 的时间序列",
           "count": "规则与结论", "n": "条数"},
    "en": {"value": "value", "period": "period", "issue": "issue", "page": "page", "verdict": "verdict", "rule": "rule",
           "message": "message", "none": "No check between issues found a problem.", "empty": "The corpus has no such indicator.",
           "title": "Series of {}", "count": "rule and verdict", "n": "checks"},
}


def _html(markup: str) -> None:
    from IPython.display import HTML, display

    display(HTML(markup))


def _issue(row) -> str:
    date = row["date"].date().isoformat() if pd.notna(row["date"]) else "?"
    page = f" {row['page_no']}" if pd.notna(row["page_no"]) else ""
    return f"{row['paper'] if pd.notna(row['paper']) else ''} {date}{page}".strip()


def _link(source: str, label: str, base: str) -> str:
    href = source if os.path.isabs(source) else posixpath.join(base, source)
    return f"<a href=\"{escape(href)}\">{escape(label)}</a>"


def show_series(corpus: Corpus, indicator: str, period_type: str = "cumulative", lang: str = "zh", base: str = "."):
    """The printed values in period order, one row per issue that printed them; the chart is returned for display."""
    s = corpus.series(indicator, period_type)
    t = LABELS[lang]
    if s.empty:
        _html(f"<p>{escape(t['empty'])}</p>")
        return None
    rows = "".join(
        f"<tr><td>{escape(_period(r))}</td><td>{escape(r['text'])}</td><td>{_link(r['source'], _issue(r), base)}</td></tr>"
        for _, r in s.iterrows())
    _html(f"<table><tr><th>{t['period']}</th><th>{t['value']}</th><th>{t['issue']}</th></tr>{rows}</table>")
    return series_chart(s, indicator, lang)


def _period(r) -> str:
    start, end = r["period_start"].date(), r["period_end"].date()
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def series_chart(s: pd.DataFrame, indicator: str, lang: str = "zh"):
    """Values against the end of their period; two values printed for one period show as two points."""
    import matplotlib.pyplot as plt

    subject, measure, unit, scope = indicator.split("|")
    with plt.rc_context({**plots.STYLE, "font.family": [plots.cjk_font()]}):
        fig, ax = plt.subplots(figsize=(8, 3.6), layout="constrained")
        line = s.drop_duplicates("period_end")
        ax.plot(line["period_end"], line["value"].astype(float), color=plots.COLORS["whole"], marker="o", linewidth=1.5)
        twice = s[s.duplicated("period_end", keep=False)]
        if not twice.empty:
            ax.scatter(twice["period_end"], twice["value"].astype(float), color=plots.COLORS["down"], zorder=3, s=40)
        ax.set_title(LABELS[lang]["title"].format(f"{scope}{subject}{measure}"))
        ax.set_ylabel(unit)
        fig.autofmt_xdate()
        plt.close(fig)
    return fig


def show_checks(corpus: Corpus, lang: str = "zh", base: str = ".") -> None:
    """Fails and warnings between issues, each linked to the pages it rests on; then counts by rule and verdict."""
    t = LABELS[lang]
    checks = corpus.checks(("fail", "warn"))
    pages = corpus.query("SELECT sha256, source, paper, date, page_no FROM pages").set_index("sha256")
    if checks.empty:
        _html(f"<p>{escape(t['none'])}</p>")
    else:
        rows = []
        for _, c in checks.iterrows():
            links = "、".join(_link(pages.loc[p, "source"], _issue(pages.loc[p]), base) for p in c["pages"])
            rows.append(f"<tr><td>{escape(c['verdict'])}</td><td>{escape(c['rule'])}</td>"
                        f"<td>{escape(c['message_' + lang])}</td><td>{links}</td></tr>")
        _html(f"<table><tr><th>{t['verdict']}</th><th>{t['rule']}</th><th>{t['message']}</th><th>{t['page']}</th></tr>"
              + "".join(rows) + "</table>")


def check_counts(corpus: Corpus) -> pd.DataFrame:
    """How many cross-page checks each rule gave, by verdict."""
    counts = corpus.query("SELECT rule, verdict, count(*) AS n FROM corpus_checks GROUP BY ALL")
    if counts.empty:
        return pd.DataFrame()
    return counts.pivot(index="rule", columns="verdict", values="n").fillna(0).astype(int)
