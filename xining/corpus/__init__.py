"""A corpus of pages in one DuckDB file: pages, articles, paragraphs, figures and checks as tables, the same
statistic followed across issues, and checks between issues.

    import xining.corpus
    xining.corpus.build(["pages/"], "corpus.duckdb")
    with xining.corpus.open("corpus.duckdb") as c:
        c.series("规模以上工业增加值|增速|%|市", period_type="cumulative")
        c.contradictions()
"""
from __future__ import annotations

import os

import pandas as pd

from . import store
from .build import BuildResult, build

__all__ = ["BuildResult", "Corpus", "build", "open"]


class Corpus:
    """A read-only view of a corpus store; every method returns a pandas DataFrame."""

    def __init__(self, db: str | os.PathLike):
        self.db = str(db)
        self.con = store.connect(db, read_only=True)

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def query(self, sql: str, params: list | None = None) -> pd.DataFrame:
        return store.query(self.con, sql, params)

    def table(self, name: str) -> pd.DataFrame:
        if name not in store.SCHEMA and name != "series":
            raise KeyError(f"no table {name!r}; tables are: {', '.join([*store.SCHEMA, 'series'])}")
        return self.query(f"SELECT * FROM {name}")

    @property
    def pages(self) -> pd.DataFrame:
        return self.query("SELECT * FROM pages ORDER BY date NULLS LAST, paper, page_no, source")

    @property
    def figures(self) -> pd.DataFrame:
        return self.table("figures")

    def indicators(self) -> pd.DataFrame:
        """Every indicator with the number of periods and issues that print it, most printed first."""
        return self.query("SELECT indicator, period_type, count(DISTINCT period_end) AS periods, count(DISTINCT sha256) AS pages "
                          "FROM series GROUP BY ALL ORDER BY pages DESC, periods DESC, indicator, period_type")

    def series(self, indicator: str, period_type: str | None = None) -> pd.DataFrame:
        """The printed values of one indicator in period order, with the issue each was printed in."""
        sql = "SELECT * FROM series WHERE indicator = ?" + (" AND period_type = ?" if period_type else "")
        params = [indicator] + ([period_type] if period_type else [])
        return self.query(sql + " ORDER BY period_end, period_start, date, sha256, article_id, figure_id", params)

    def checks(self, verdicts: tuple[str, ...] = ("fail", "warn", "pass", "info")) -> pd.DataFrame:
        """The cross-page checks with the verdicts asked for, fails first."""
        return self.query("SELECT * FROM corpus_checks WHERE list_contains(?, verdict) "
                          "ORDER BY array_position(['fail','warn','pass','info'], verdict), n", [list(verdicts)])

    def contradictions(self) -> pd.DataFrame:
        """Values of one indicator, period and scope that disagree between issues (fail and warn)."""
        return self.query("SELECT * FROM corpus_checks WHERE rule = 'contradiction' AND verdict IN ('fail', 'warn') ORDER BY n")


def open(db: str | os.PathLike) -> Corpus:  # noqa: A001 - the name the issue asks for: xining.corpus.open(db)
    return Corpus(db)
