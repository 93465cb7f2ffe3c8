"""`xining corpus build|export|query`: the corpus commands, added to the `xining` parser by `add_parser`."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..errors import InputError, OutputError
from ..io import dumps

DEFAULT_DB = "corpus.duckdb"
EXIT_BAD_INPUT = 2
EXIT_FAILED = 1


def add_parser(sub) -> None:
    """The `corpus` command and its three subcommands, on the `xining` subparsers `sub`."""
    corpus = sub.add_parser("corpus", help="a corpus of pages in one DuckDB file: build it, export it, query it")
    commands = corpus.add_subparsers(dest="corpus_command", required=True, metavar="SUBCOMMAND")

    b = commands.add_parser("build", help="parse pages into the store (pages already stored are skipped)")
    b.add_argument("paths", nargs="+", metavar="PATH", help="page files (.txt or .pdf) or folders of them")
    _db(b)
    b.add_argument("--force", action="store_true", help="parse and store again pages the store holds")
    b.add_argument("--paper", metavar="NAME", help="the newspaper of every page (overrides furniture, sidecar and file name)")
    b.add_argument("--date", metavar="YYYY-MM-DD", help="the issue date of every page (overrides what the pages say)")
    b.add_argument("--jobs", type=at_least_one, default=None, metavar="N", help="worker processes (default: CPUs)")
    add_dask_options(b)
    b.add_argument("--batch", type=at_least_one, default=None, metavar="N", help="pages per task (default 16)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.set_defaults(run=_cmd_build)

    e = commands.add_parser("export", help="every table as Parquet, partitioned by paper/year/month")
    e.add_argument("--parquet", required=True, metavar="DIR", help="folder to write DIR/<table>/paper=…/year=…/month=…/")
    _db(e)
    e.set_defaults(run=_cmd_export)

    q = commands.add_parser("query", help="run SQL over the store: tables pages, articles, paragraphs, figures, checks, "
                                          "credits, corpus_checks and the view series")
    q.add_argument("sql", metavar="SQL")
    _db(q)
    fmt = q.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    fmt.add_argument("--json", action="store_true", help="a JSON array of rows")
    q.set_defaults(run=_cmd_query)


def add_dask_options(p: argparse.ArgumentParser) -> None:
    """`--scheduler ADDRESS` or `--dask`: batches of pages on a Dask cluster (corpus build and report)."""
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="run the batches on this Dask scheduler (tcp://host:8786)")
    where.add_argument("--dask", action="store_true", help="run the batches on a Dask LocalCluster of --jobs workers")


def run_reports(jobs: list, args: argparse.Namespace) -> list:
    """The report jobs on the local runner, or on a Dask cluster when `--scheduler`/`--dask` says so."""
    from .. import runner

    scheduler = args.scheduler or ("local" if args.dask else None)
    if scheduler is None:
        return runner.run(jobs, args.jobs, args.force, progress=not args.quiet)
    from .. import dask_reports

    try:
        return dask_reports.run(jobs, scheduler, args.jobs, args.force, progress=not args.quiet)
    except InputError as e:
        print(f"xining: {e}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT) from None


def at_least_one(text: str) -> int:
    """A count of workers or pages given on the command line: `--jobs 0` or `--jobs -3` is refused, not run."""
    if not text.strip().isascii() or not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB, metavar="FILE", help=f"the corpus store (default: {DEFAULT_DB})")


def _cmd_build(args: argparse.Namespace) -> int:
    from .build import build
    from .metadata import parse_date

    failures = []

    def report(message: str) -> None:
        failures.append(message)
        print(f"xining: {message}", file=sys.stderr)

    try:
        date = parse_date(args.date) if args.date else None
    except InputError as e:
        print(f"xining: --date: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        scheduler = args.scheduler or ("local" if args.dask else None)
        result = build(args.paths, args.db, paper=args.paper, date=date, force=args.force, jobs=args.jobs,
                       scheduler=scheduler, progress=not args.quiet, on_error=report, **({"batch": args.batch} if args.batch else {}))
    except InputError as e:
        print(f"xining: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{args.db}: {result.pages} page{'' if result.pages == 1 else 's'} stored ({result.failed} failed), {result.skipped} already there; "
          f"{result.corpus_checks} cross-page checks")
    return EXIT_BAD_INPUT if failures else 0


def _cmd_export(args: argparse.Namespace) -> int:
    from . import store

    try:
        with store.opened(args.db, read_only=True) as con:
            written = store.export_parquet(con, Path(args.parquet))
    except InputError as e:
        print(f"xining: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OutputError as e:
        print(f"xining: {e}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{len(written)} tables under {args.parquet}")
    return 0


def _cmd_query(args: argparse.Namespace) -> int:
    from . import store

    try:
        with store.opened(args.db, read_only=True) as con:
            frame = store.query(con, args.sql)
    except InputError as e:
        print(f"xining: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.csv:
        sys.stdout.write(frame.to_csv(index=False, lineterminator="\n"))
    elif args.json:
        sys.stdout.write(dumps(json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))))
    else:
        print(frame.fillna("").to_string(index=False) if len(frame) else "(no rows)")
    return 0
