"""The corpus store: one DuckDB file, a table per kind of row, keyed by page sha256 + article id + figure id.

A page's rows are written in one transaction that first deletes what the store held for that page,
so writing the same page twice leaves the same tables (a killed build resumes; `--force` redoes).
"""
from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd

from ..errors import InputError, OutputError, shown
from .rows import PageRows

# table -> [(column, DuckDB type)]: the schema, in column order (rows.py builds tuples in this order).
SCHEMA: dict[str, list[tuple[str, str]]] = {
    "pages": [("sha256", "VARCHAR"), ("source", "VARCHAR"), ("paper", "VARCHAR"), ("date", "DATE"), ("page_no", "VARCHAR"),
              ("section", "VARCHAR"), ("meta_origin", "VARCHAR"), ("status", "VARCHAR"), ("error", "VARCHAR"),
              ("articles", "INTEGER"), ("figures", "INTEGER"), ("xining", "VARCHAR")],
    "articles": [("sha256", "VARCHAR"), ("article_id", "VARCHAR"), ("headline", "VARCHAR"), ("headline_first_line", "INTEGER"),
                 ("headline_last_line", "INTEGER"), ("agency", "VARCHAR"), ("reporters", "VARCHAR[]"),
                 ("correspondents", "VARCHAR[]"), ("paragraphs", "INTEGER"), ("chars", "INTEGER")],
    "paragraphs": [("sha256", "VARCHAR"), ("article_id", "VARCHAR"), ("n", "INTEGER"), ("kind", "VARCHAR"), ("text", "VARCHAR"),
                   ("first_line", "INTEGER"), ("last_line", "INTEGER"),
                   ("boxes", "STRUCT(page INTEGER, x0 DOUBLE, y0 DOUBLE, x1 DOUBLE, y1 DOUBLE)[]")],
    "figures": [("sha256", "VARCHAR"), ("article_id", "VARCHAR"), ("figure_id", "VARCHAR"), ("text", "VARCHAR"),
                ("kind", "VARCHAR"), ("value", "DECIMAL(38,12)"), ("signed_value", "DECIMAL(38,12)"), ("decimals", "INTEGER"),
                ("unit", "VARCHAR"), ("normalized_value", "DOUBLE"), ("normalized_unit", "VARCHAR"), ("qualifier", "VARCHAR"),
                ("measure", "VARCHAR"), ("subject", "VARCHAR"), ("period", "VARCHAR"), ("scope", "VARCHAR"), ("line", "INTEGER"),
                ("start", "INTEGER"), ("end", "INTEGER"), ("in_headline", "BOOLEAN"), ("indicator", "VARCHAR"),
                ("ind_subject", "VARCHAR"), ("ind_measure", "VARCHAR"), ("ind_unit", "VARCHAR"), ("ind_scope", "VARCHAR"),
                ("period_type", "VARCHAR"), ("period_start", "DATE"), ("period_end", "DATE")],
    "checks": [("sha256", "VARCHAR"), ("article_id", "VARCHAR"), ("n", "INTEGER"), ("rule", "VARCHAR"), ("verdict", "VARCHAR"),
               ("figures", "VARCHAR[]"), ("values", "DOUBLE[]"), ("expected", "DOUBLE"), ("expected_lo", "DOUBLE"),
               ("expected_hi", "DOUBLE"), ("message_zh", "VARCHAR"), ("message_en", "VARCHAR")],
    "credits": [("sha256", "VARCHAR"), ("n", "INTEGER"), ("name", "VARCHAR"), ("text", "VARCHAR"), ("line", "INTEGER")],
    "corpus_checks": [("n", "INTEGER"), ("rule", "VARCHAR"), ("verdict", "VARCHAR"), ("indicator", "VARCHAR"),
                      ("period_type", "VARCHAR"), ("period_start", "DATE"), ("period_end", "DATE"), ("figures", "VARCHAR[]"),
                      ("pages", "VARCHAR[]"), ("texts", "VARCHAR[]"), ("expected", "DOUBLE"), ("expected_lo", "DOUBLE"),
                      ("expected_hi", "DOUBLE"), ("message_zh", "VARCHAR"), ("message_en", "VARCHAR")],
}
PAGE_TABLES = ("pages", "articles", "paragraphs", "figures", "checks", "credits")
# The series of every indicator: one row per printed value, with the issue it was printed in.
SERIES_VIEW = """
CREATE OR REPLACE VIEW series AS
SELECT f.indicator, f.ind_subject AS subject, f.ind_measure AS measure, f.ind_unit AS unit, f.ind_scope AS scope,
       f.period_type, f.period_start, f.period_end, f.signed_value AS value, f.decimals, f.text, f.qualifier,
       p.paper, p.date, p.page_no, f.sha256, f.article_id, f.figure_id, p.source
FROM figures f JOIN pages p USING (sha256)
WHERE f.indicator IS NOT NULL AND f.period_type IS NOT NULL AND NOT f.in_headline AND p.status = 'ok'
"""


def connect(db: str | os.PathLike, read_only: bool = False):
    """A connection to the store; a new store gets the schema. InputError for a file that is not one."""
    import duckdb

    path = Path(db)
    if path.is_dir():
        raise InputError(f"{db}: a folder, not a corpus file (--db names the .duckdb file)")
    if read_only and not path.is_file():
        raise InputError(f"{db}: no such corpus (build it with `xining corpus build`)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as e:
        raise InputError(f"{db}: cannot open the corpus ({_first_line(e)})") from None
    if not read_only:
        for table, columns in SCHEMA.items():
            cols = ", ".join(f'"{name}" {kind}' for name, kind in columns)
            con.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        con.execute(SERIES_VIEW)
    elif not _has_tables(con):
        con.close()
        raise InputError(f"{db}: not a xining corpus (no pages table)")
    return con


def _has_tables(con) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'pages'").fetchone()[0])


def _first_line(e: BaseException) -> str:
    return (str(e).strip().splitlines() or [type(e).__name__])[0][:200]


def known(con, shas: Iterable[str]) -> set[str]:
    """Which of these pages the store holds already."""
    shas = list(shas)
    if not shas:
        return set()
    return {r[0] for r in con.execute("SELECT sha256 FROM pages WHERE sha256 IN (SELECT unnest(?))", [shas]).fetchall()}


def write(con, batch: list[PageRows]) -> None:
    """Replace the stored rows of each page of the batch, in one transaction."""
    if not batch:
        return
    shas = [p.sha256 for p in batch]
    sources = [p.file or p.source for p in batch]
    con.execute("BEGIN TRANSACTION")
    try:
        for table in PAGE_TABLES:
            con.execute(f"DELETE FROM {table} WHERE sha256 IN (SELECT unnest(?))", [shas])
        # a page that failed before under another key (it could not be read) is replaced by its new outcome
        con.execute("DELETE FROM pages WHERE status <> 'ok' AND source IN (SELECT unnest(?))", [sources])
        for table in PAGE_TABLES:
            insert(con, table, [row for p in batch for row in p.tables.get(table, ())])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def insert(con, table: str, rows: list[tuple]) -> None:
    """Insert rows through a DataFrame (one scan, not one statement per row), casting to the table's types."""
    if not rows:
        return
    columns = SCHEMA[table]
    frame = pd.DataFrame(rows, columns=[c for c, _ in columns], dtype=object)
    select = ", ".join(f'CAST("{c}" AS {kind})' for c, kind in columns)
    con.register("_rows", frame)
    try:
        con.execute(f"INSERT INTO {table} SELECT {select} FROM _rows")
    finally:
        con.unregister("_rows")


def replace_corpus_checks(con, rows: Iterator[tuple]) -> int:
    """The cross-page checks are recomputed from the whole store after each build."""
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM corpus_checks")
        n, chunk = 0, []
        for row in rows:
            n += 1
            chunk.append((n, *row))
            if len(chunk) >= 5000:
                insert(con, "corpus_checks", chunk)
                chunk = []
        insert(con, "corpus_checks", chunk)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return n


def query(con, sql: str, params: list | None = None) -> pd.DataFrame:
    """Any SQL over the store as a DataFrame; SQL errors are InputErrors (one line)."""
    import duckdb

    try:
        return con.execute(sql, params or []).df()
    except duckdb.Error as e:
        raise InputError(f"query failed: {_first_line(e)}") from None


@contextlib.contextmanager
def opened(db: str | os.PathLike, read_only: bool = False):
    con = connect(db, read_only)
    try:
        yield con
    finally:
        con.close()


def export_parquet(con, out: Path) -> list[Path]:
    """Every table as Parquet under `out/<table>/`, partitioned by paper, year and month of the issue.

    Each table is written to a temporary folder then renamed over the old one, so a reader never sees half an export;
    a folder that cannot be written (read-only, full, a file in its place) is an OutputError of one line."""
    import duckdb

    if out.exists() and not out.is_dir():
        raise OutputError(f"{shown(out)}: --parquet names a file, not a folder")
    written = []
    tmp = None
    try:
        out.mkdir(parents=True, exist_ok=True)
        for table in (*PAGE_TABLES, "corpus_checks"):
            tmp = out / f".{table}.tmp"
            written.append(_export_table(con, table, out, tmp))
    except (OSError, duckdb.Error) as e:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        reason = e.strerror if isinstance(e, OSError) and e.strerror else _first_line(e)
        raise OutputError(f"{shown(out)}: cannot write the Parquet export ({reason})") from None
    return written


def _export_table(con, table: str, out: Path, tmp: Path) -> Path:
    """One table into `tmp`, then renamed to `out/<table>` in place of the old export."""
    if table == "corpus_checks":
        source = "SELECT *, 'all' AS paper, coalesce(year(period_end), 0) AS year, coalesce(month(period_end), 0) AS month " \
                 "FROM corpus_checks"
    elif table == "pages":
        source = "SELECT * EXCLUDE (paper), coalesce(paper, 'unknown') AS paper, coalesce(year(date), 0) AS year, " \
                 "coalesce(month(date), 0) AS month FROM pages"
    else:
        source = f"SELECT t.*, coalesce(p.paper, 'unknown') AS paper, coalesce(year(p.date), 0) AS year, " \
                 f"coalesce(month(p.date), 0) AS month FROM {table} t JOIN pages p USING (sha256)"
    shutil.rmtree(tmp, ignore_errors=True)
    con.execute(f"COPY ({source}) TO '{_sql_path(tmp)}' (FORMAT PARQUET, PARTITION_BY (paper, year, month))")
    final = out / table
    old = out / f".{table}.old"
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        os.replace(final, old)
    os.replace(tmp, final)
    shutil.rmtree(old, ignore_errors=True)
    return final


def _sql_path(p: Path) -> str:
    return str(p).replace("'", "''")
