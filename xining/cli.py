"""The `xining` command: parses arguments and calls the library, nothing more."""
from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from . import __version__
from .cli_format import TABLE_COLUMNS, checks_report, figures_table, outline, readable, verdict_counts
from .corpus import cli as corpus_cli
from .discover import find_pages
from .errors import InputError, OutputError, UnreadableNumber, shown
from .files import atomic_write_text
from .frames import CHECK_COLUMNS, checks_frame, to_csv
from .io import dumps, holds_another_page, page_to_dict
from .model import Page
from .names import page_dirs
from .pipeline import read_page, read_pages
from .reading import max_bytes

EXIT_BAD_INPUT = 2


EXIT_FAILED = 1


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # page text and odd file names never stop a print
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    try:
        max_bytes()  # a bad XINING_MAX_BYTES is one line, once, not one per page
        return args.run(args)
    except InputError as e:
        print(f"xining: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OutputError as e:
        print(f"xining: {e}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt as e:  # Ctrl-C, or the runner's Stopped (SIGINT or SIGTERM): workers are already gone
        signum = getattr(e, "signum", None)
        what = "interrupted" if signum in (None, signal.SIGINT) else f"stopped by {signal.Signals(signum).name}"
        reports = "; complete reports are kept, none is half-written" if signum is not None else ""
        print(f"xining: {what}{reports}", file=sys.stderr)
        return 128 + (signum or signal.SIGINT)
    except BrokenPipeError:
        return 0


def _write(path: Path, text: str) -> None:
    """Write one output file atomically, or raise OutputError in one line (read-only folder, full disk...)."""
    try:
        atomic_write_text(path, text)
    except OSError as e:
        raise OutputError(f"{shown(path)}: cannot write ({e.strerror or e})") from None  # the file asked for, not its temporary name


def _out_folder(out: str) -> Path:
    """The --out folder, created if missing; a file in its place, or an unwritable parent, is one line."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{shown(out)}: --out names a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"{shown(e.filename or out)}: cannot create the --out folder ({e.strerror or e})") from None
    return folder


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xining", description="Chinese newspaper pages to articles, figures and checks.")
    parser.add_argument("--version", action="version", version=f"xining {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="split pages into articles; print an outline or JSON")
    p.add_argument("paths", nargs="+", metavar="PATH", help="page files (.txt or .pdf) or folders of them")
    p.add_argument("--json", action="store_true", help="print one JSON document per page (an array for several)")
    p.add_argument("--out", metavar="DIR", help="also write each page's JSON to DIR/<page>.json")
    p.set_defaults(run=_cmd_parse)

    f = sub.add_parser("figures", help="the tidy table of figures, one row per figure")
    f.add_argument("paths", nargs="+", metavar="PATH", help="page files (.txt or .pdf) or folders of them")
    fmt = f.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="CSV with a header row")
    fmt.add_argument("--json", action="store_true", help="a JSON array of rows")
    f.set_defaults(run=_cmd_figures)

    c = sub.add_parser("check", help="a reviewer's arithmetic: every check of every article, with verdicts")
    c.add_argument("paths", nargs="+", metavar="PATH", help="page files (.txt or .pdf) or folders of them")
    c.add_argument("--strict", action="store_true", help="exit 1 when any check fails")
    cfmt = c.add_mutually_exclusive_group()
    cfmt.add_argument("--csv", action="store_true", help="the checks as CSV, one row per check (messages in both languages)")
    cfmt.add_argument("--json", action="store_true", help="the checks as a JSON array of rows")
    c.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the messages (default zh, as reports)")
    c.set_defaults(run=_cmd_check)

    r = sub.add_parser("report", help="execute the report notebooks for pages: reports/<page>/<article>.html and an index")
    r.add_argument("paths", nargs="*", metavar="PATH", help="page files or folders (default: data/raw)")
    r.add_argument("--out", default="reports", metavar="DIR", help="where reports go (default: reports)")
    r.add_argument("--jobs", type=corpus_cli.at_least_one, default=None, metavar="N", help="notebooks run at once (default: CPUs)")
    r.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the reports (default zh)")
    r.add_argument("--force", action="store_true", help="execute every notebook, even those that are current")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.add_argument("--notebooks", metavar="DIR", help="folder with page.ipynb and article.ipynb (default: the templates shipped in xining)")
    corpus_cli.add_dask_options(r)
    r.set_defaults(run=_cmd_report)
    corpus_cli.add_parser(sub)
    return parser


def _pages(paths: list[str], status: list[int]) -> Iterator[Page]:
    """Parse each page, reporting bad ones on stderr (one line each) and going on with the rest."""
    for item in _find(paths):
        yield from _page(item, status)


def _find(paths: list[str]) -> list[Path | InputError]:
    """The pages under the paths; `paper.pdf#2`, as outlines and JSON name page 2 of a PDF, is that page alone."""
    found: list[Path | InputError] = []
    for arg in paths:
        file, sep, number = arg.rpartition("#")
        if sep and number.isascii() and number.isdigit() and file.lower().endswith(".pdf") and not os.path.lexists(arg) \
                and os.path.isfile(file):
            found.append(Path(arg))  # read by read_page, which takes the page number after `#`
        else:
            found.extend(find_pages([arg]))
    return found


def _page(item: Path | InputError, status: list[int]) -> list[Page]:
    """The file's pages (one, or one per page of a PDF), or none after one line on stderr; numbers that could not be
    read are counted in one line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", UnreadableNumber)
        try:
            if isinstance(item, InputError):
                raise item
            pages = read_pages(item) if os.path.lexists(item) else [read_page(item)]
        except InputError as e:
            print(f"xining: {e}", file=sys.stderr)
            status[0] = EXIT_BAD_INPUT
            return []
        except Exception as e:  # a defect of xining or a dependency: lose this page, never the run
            print(f"xining: {shown(item)}: page skipped, internal error ({type(e).__name__}: {_one_line(e)})", file=sys.stderr)
            status[0] = EXIT_FAILED
            return []
    skipped = [str(w.message) for w in caught if issubclass(w.category, UnreadableNumber)]
    if skipped:
        source = pages[0].source.rpartition("#")[0] if len(pages) > 1 else pages[0].source
        print(f"xining: {source}: {len(skipped)} number(s) skipped, first: {_one_line(skipped[0])}", file=sys.stderr)
    return pages


def _one_line(error: object) -> str:
    return " ".join(str(error).split())[:200]


def _cmd_parse(args: argparse.Namespace) -> int:
    """Outlines (or JSON) as pages are parsed; with --out each page's JSON is written as soon as its name is sure, so
    an interrupted run keeps what it parsed (only pages whose stem another file may share wait for the end)."""
    status = [0]
    docs = []
    out = _out_folder(args.out) if args.out else None
    items = _find(args.paths)
    stems = [_stems(item) for item in items]
    pages, waiting = [], []
    for i, item in enumerate(items):
        for page in _page(item, status):
            pages.append(page)
            doc = page_to_dict(page)
            if out and any(stems[i] & other for j, other in enumerate(stems) if j != i):
                waiting.append((page, doc))
            elif out:
                _write_json(out, page, doc, [page])
            if args.json:
                docs.append(doc)
            else:
                print(outline(page), flush=True)
    for page, doc in waiting:
        _write_json(out, page, doc, pages)
    if args.json:
        many = len(args.paths) > 1 or len(pages) > 1 or any(Path(p).is_dir() for p in args.paths)
        if many:  # every page failed: still an array, empty (one page asked for and failed: no document, the error)
            sys.stdout.write(dumps(docs))
        elif docs:
            sys.stdout.write(dumps(docs[0]))
    return status[0]


def _stems(item: Path | InputError) -> set[str]:
    """The stems a file's pages may be named by (`paper`, and `paper-p2` names page 2 of paper.pdf, or paper-p2.txt)."""
    if isinstance(item, InputError):
        return set()
    stem = item.stem
    return {stem, re.sub(r"-p\d+$", "", stem)}


def _write_json(out: Path, page: Page, doc: dict, pages: list[Page]) -> None:
    """DIR/<page>.json, named among `pages` as the reports are; a name holding another page's JSON is not reused."""
    name = page_dirs(pages, lambda p, n: holds_another_page(out / f"{n}.json", p))[page.source]
    _write(out / f"{name}.json", dumps(doc))


def _cmd_report(args: argparse.Namespace) -> int:
    from . import runner

    status = [0]
    if not args.paths and not Path("data/raw").is_dir():
        print("xining: data/raw: no such folder here; name the pages to report (xining report PATH...)", file=sys.stderr)
        return EXIT_BAD_INPUT
    pages = list(_pages(args.paths or ["data/raw"], status))
    if not pages:
        return status[0] or EXIT_BAD_INPUT
    out = _out_folder(args.out)
    templates = Path(args.notebooks) if args.notebooks else runner.NOTEBOOKS
    missing = [t for t in ("page.ipynb", "article.ipynb") if not (templates / t).is_file()]
    if missing:
        print(f"xining: {templates}: no {' or '.join(missing)} to run", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:  # the downloads (page.json, figures.csv, checks.csv) are written while planning
        jobs = runner.plan(pages, out, args.lang, templates)
    except OSError as e:
        raise OutputError(f"{shown(e.filename or out)}: cannot write ({e.strerror or e})") from None
    outcomes = corpus_cli.run_reports(jobs, args)
    counts = {s: sum(o.status == s for o in outcomes) for s in ("done", "cached", "failed")}
    print(f"{len(outcomes)} notebooks: {counts['done']} executed, {counts['cached']} current, {counts['failed']} failed")
    for o in (o for o in outcomes if o.status == "failed"):  # listed before the index, which may fail in turn
        kept = f"kept: {o.failed_notebook}" if o.failed_notebook else "nothing kept"
        print(f"  failed: {o.job.label}: {o.error} ({kept})", file=sys.stderr)
    try:
        index = runner.write_index(pages, outcomes, out, args.lang)
    except OSError as e:
        raise OutputError(f"{shown(e.filename or out / 'index.html')}: cannot write the index ({e.strerror or e})") from None
    print(f"index: {index}")
    return 1 if counts["failed"] else status[0]


def _cmd_check(args: argparse.Namespace) -> int:
    status = [0]
    failed = False
    frames = []
    for page in _pages(args.paths, status):
        if args.csv or args.json:
            frame = checks_frame(page)
            frame.insert(0, "source", page.source)
            frames.append(frame)
        else:
            print(checks_report(page, args.lang))
        failed = failed or verdict_counts(page)["fail"] > 0
    if args.csv or args.json:  # every page failed: still a document, with no rows
        _write_rows(pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["source", *CHECK_COLUMNS]),
                    args.csv)
    if status[0]:
        return status[0]
    return 1 if args.strict and failed else 0


def _cmd_figures(args: argparse.Namespace) -> int:
    status = [0]
    frames = [figures_table(page) for page in _pages(args.paths, status)]
    table = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=TABLE_COLUMNS)
    if args.csv or args.json:  # every page failed: still a document, with no rows
        _write_rows(table, args.csv)
    elif frames:
        print(readable(table))
    return status[0]


def _write_rows(table: pd.DataFrame, csv: bool) -> None:
    """A table on stdout as CSV (numbers written plainly, never with an exponent) or as a JSON array of rows."""
    if csv:
        sys.stdout.write(to_csv(table))
    else:
        sys.stdout.write(dumps(json.loads(table.to_json(orient="records", force_ascii=False, double_precision=15))))


if __name__ == "__main__":
    sys.exit(main())
