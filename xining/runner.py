"""The report runner: every page's notebooks executed by papermill, in parallel, incrementally, atomically.

For each page, `page.ipynb` once and `article.ipynb` once per article write
`<out>/<page>/<id>.ipynb` and an HTML rendering without code cells (`<id>.html`), and
`<out>/index.html` links them all. A report whose inputs are unchanged (page sha256, notebook
file hash, parameters, xining version: its cache key, stored in the output notebook's metadata)
is not executed again. Every file is written to a temporary name and renamed, so an interrupted
run leaves complete reports or none; stale temporary files are removed by the next run.
Notebooks run on a kernel of the interpreter running xining, whatever kernels the user has.

Ctrl-C or SIGTERM stops the workers and their kernels at once (the workers ignore the terminal's
Ctrl-C: the parent stops them); a worker whose parent dies, even by SIGKILL, stops too.
"""
from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .files import atomic_write_text
from .model import Page
from .names import page_dirs, safe_name

NOTEBOOKS = Path(__file__).resolve().parent / "templates"  # package data: a wheel install runs them too
KERNEL_NAME = "xining-python"
PART_SUFFIX = ".part.ipynb"
KERNEL_DIR_PREFIX = "xining-kernel-"
STOP_GRACE = 2.0  # seconds a worker has to remove its partial file after SIGTERM, before SIGKILL


class Stopped(KeyboardInterrupt):
    """The run was stopped by a signal (Ctrl-C or SIGTERM); workers and kernels are gone, no partial file is left."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


@dataclass(frozen=True)
class Job:
    notebook: str  # template path
    output: str  # executed notebook path (.ipynb); the HTML sits beside it
    parameters: dict = field(hash=False)
    key: str
    label: str
    #: What the index shows for this report (page source, article id, headline, verdicts), kept in its metadata.
    summary: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def html(self) -> str:
        return str(Path(self.output).with_suffix(".html"))


@dataclass(frozen=True)
class Outcome:
    job: Job
    status: str  # done | cached | failed
    seconds: float
    error: str | None = None
    failed_notebook: str | None = None


# --- planning ---------------------------------------------------------------------------
def cache_key(page: Page, notebook: Path, parameters: dict) -> str:
    material = {"page": page.sha256, "notebook": hashlib.sha256(notebook.read_bytes()).hexdigest(),
                "parameters": parameters, "xining": __version__}
    return hashlib.sha256(json.dumps(material, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def plan(pages: list[Page], out: Path, lang: str = "zh", notebooks: Path = NOTEBOOKS) -> list[Job]:
    """The jobs for these pages; writes each page's downloads first (its JSON is what the notebooks read)."""
    from .report import write_downloads

    jobs = []
    dirs = report_dirs(pages, out)
    for page in pages:
        folder = out / dirs[page.source]
        page_json = {"page_json": str(write_downloads(page, folder))}
        params = {"page_path": page.source, **(page_json if _declares(notebooks / "page.ipynb", "page_json") else {}),
                  "lang": lang}
        jobs.append(_job(page, notebooks / "page.ipynb", folder / "page.ipynb", params, f"{dirs[page.source]}/page",
                         {"page": page.source}))
        for a in page.articles:
            params = {"page_path": page.source, **(page_json if _declares(notebooks / "article.ipynb", "page_json") else {}),
                      "article_id": a.id, "lang": lang}
            name = safe_name(a.id, 16)
            summary = {"page": page.source, "article": a.id, "title": a.title, "verdicts": _verdicts(a)}
            jobs.append(_job(page, notebooks / "article.ipynb", folder / f"{name}.ipynb", params, f"{dirs[page.source]}/{name}",
                             summary))
    return jobs


def report_dirs(pages: list[Page], out: Path) -> dict[str, str]:
    """Each page's report folder under `out`: its stem, or the stem and a hash when the stem is shared, unsafe, or
    names the reports of another page an earlier run wrote (they are kept, and stay in the index)."""
    from .io import holds_another_page

    return page_dirs(pages, lambda page, name: holds_another_page(out / name / "page.json", page))


def _declares(notebook: Path, name: str) -> bool:
    """Whether a template's parameters cell assigns `name`: a parameter it does not declare is not passed
    (papermill would warn about it on stderr); templates of `--notebooks DIR` may predate `page_json`."""
    try:
        cells = json.loads(notebook.read_text("utf-8")).get("cells", [])
    except (OSError, ValueError):
        return False
    sources = ["".join(c.get("source", "")) for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    return any(re.search(rf"^{re.escape(name)}\s*=", src, re.M) for src in sources)


def _job(page: Page, notebook: Path, output: Path, params: dict, label: str, summary: dict) -> Job:
    return Job(str(notebook), str(output), params, cache_key(page, notebook, params), label, summary)


def _verdicts(article) -> dict[str, int]:
    """Verdict counts, language-neutral: the index of a later run shows them in its own language."""
    counts: dict[str, int] = {}
    for c in article.checks:
        counts[c.verdict] = counts.get(c.verdict, 0) + 1
    return counts


def is_current(job: Job) -> bool:
    """Done before with the same inputs: the notebook carries the key and the HTML exists."""
    try:
        meta = json.loads(Path(job.output).read_text("utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return False
    return meta.get("xining", {}).get("cache_key") == job.key and Path(job.html).exists()


# --- running ----------------------------------------------------------------------------
def run(jobs: list[Job], workers: int | None = None, force: bool = False, progress: bool = True) -> list[Outcome]:
    """Execute what is not current, `workers` at a time; a failure never stops the others.

    Ctrl-C or SIGTERM raises `Stopped` within about STOP_GRACE seconds, with workers and kernels stopped.
    """
    folders = {Path(j.output).parent for j in jobs}
    _remove_stale_parts(folders)
    todo = [j for j in jobs if force or not is_current(j)]
    outcomes = [Outcome(j, "cached", 0.0) for j in jobs if j not in todo]
    if not todo:
        return outcomes
    _remove_stale_kernel_dirs()
    kernels = _kernel_dir()
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo)))
    try:
        with _signals_stop():
            pool = ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(kernels, os.getpid()))
            bar = _progress(len(todo), progress)
            try:
                futures = [pool.submit(execute, j) for j in todo]
                for future in as_completed(futures):
                    outcomes.append(future.result())
                    bar.update(1)
            except BaseException:
                _stop_workers(pool)
                raise
            finally:
                bar.close()
            pool.shutdown()
    finally:
        shutil.rmtree(kernels, ignore_errors=True)
        _remove_stale_parts(folders)
    order = {j: i for i, j in enumerate(jobs)}
    return sorted(outcomes, key=lambda o: order[o.job])


@contextlib.contextmanager
def _signals_stop():
    """While the pool runs, SIGINT and SIGTERM raise Stopped in the main thread (elsewhere: nothing changes)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise Stopped(signum)

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stop_workers(pool: ProcessPoolExecutor) -> None:
    """SIGTERM each worker (it kills its kernel and removes its partial file), then SIGKILL what is left."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for p in processes:
        with contextlib.suppress(OSError):
            os.kill(p.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE
    for p in processes:
        p.join(max(0.0, deadline - time.monotonic()))
        if p.is_alive():
            with contextlib.suppress(OSError):
                os.kill(p.pid, signal.SIGKILL)
            p.join(STOP_GRACE)
    pool.shutdown(wait=False, cancel_futures=True)


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="notebooks", unit="nb", disable=not enabled, file=sys.stderr)


def _kernel_dir() -> str:
    """A kernelspec for this interpreter, in a private folder put first on JUPYTER_PATH for the workers.

    Its name holds our pid, so that a later run removes it if we were killed before we could.
    """
    root = Path(tempfile.mkdtemp(prefix=f"{KERNEL_DIR_PREFIX}{os.getpid()}-"))
    spec = root / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}", "--IPKernelApp.log_level=CRITICAL"],
        "display_name": f"xining ({sys.executable})", "language": "python",
        "env": {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"},
    }), "utf-8")
    return str(root)


def _remove_stale_kernel_dirs() -> None:
    """Kernel folders of runs whose process is gone (killed by SIGKILL before it could clean up)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{KERNEL_DIR_PREFIX}*-*"):
        pid = folder.name[len(KERNEL_DIR_PREFIX):].split("-")[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


_PART: Path | None = None  # the partial notebook this worker is writing, removed if it is stopped
_KERNELS: str = ""


def _init_worker(kernels: str, parent: int) -> None:
    """Worker setup: our kernelspec first; Ctrl-C is the parent's to handle; SIGTERM stops us cleanly; die with the parent."""
    global _KERNELS
    _KERNELS = kernels
    os.environ["JUPYTER_PATH"] = os.pathsep.join(x for x in (kernels, os.environ.get("JUPYTER_PATH", "")) if x)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _worker_stop)
    _die_with_parent(parent)


def _die_with_parent(parent: int) -> None:
    """Ask Linux for SIGTERM when the parent dies (prctl PR_SET_PDEATHSIG); elsewhere the kernel's own poller remains."""
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
    if os.getppid() != parent:  # the parent died before the request took effect
        _worker_stop(signal.SIGTERM, None)


def _worker_stop(signum, frame) -> None:
    """Kill this worker's kernels, remove its partial file and the run's kernel folder, exit now."""
    for child in _children():
        with contextlib.suppress(OSError):
            os.kill(child, signal.SIGKILL)
    if _PART is not None:
        with contextlib.suppress(OSError):
            _PART.unlink()
    if _KERNELS:  # the run is ending; if the parent died it cannot clean up (getppid may not show it yet: threads)
        shutil.rmtree(_KERNELS, ignore_errors=True)
    os._exit(128 + signum)


def _children() -> list[int]:
    """Pids of this process's children (its kernels), from /proc."""
    pids: list[int] = []
    with contextlib.suppress(OSError):
        for task in os.listdir("/proc/self/task"):
            with open(f"/proc/self/task/{task}/children") as f:
                pids.extend(int(x) for x in f.read().split())
    return pids


def execute(job: Job) -> Outcome:
    """Run one notebook with papermill; write the notebook and its HTML atomically.

    Any failure, a full disk included, is an Outcome "failed" with one line; a failed notebook is kept
    (as `<id>.failed.ipynb`) only when it is complete JSON, never a truncated file.
    """
    import nbformat

    from . import kernels

    global _PART
    start = time.perf_counter()
    output = Path(job.output)
    failed = output.with_suffix(".failed.ipynb")
    part = output.with_name(f".{output.name}.{os.getpid()}{PART_SUFFIX}")
    _PART = part
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        nb = kernels.execute_notebook(  # on this worker's warm kernel (xining/kernels.py)
            job.notebook, str(part), parameters=job.parameters, kernel_name=KERNEL_NAME, progress_bar=False,
            log_output=False, request_save_on_cell_execute=False, cwd=os.getcwd())
        nb.metadata["xining"] = {"cache_key": job.key, "parameters": job.parameters, "version": __version__,
                                 "summary": job.summary}
        _make_reproducible(nb, job)
        atomic_write_text(job.html, to_html(nb, job))
        atomic_write_text(output, nbformat.writes(nb))
    except Exception as error:  # papermill raises PapermillExecutionError, or any error of the machinery or the disk
        _keep_if_complete(part, failed)
        return Outcome(job, "failed", time.perf_counter() - start, _one_line(error), str(failed) if failed.exists() else None)
    finally:
        part.unlink(missing_ok=True)
        _PART = None
    failed.unlink(missing_ok=True)
    return Outcome(job, "done", time.perf_counter() - start)


def _keep_if_complete(part: Path, failed: Path) -> None:
    """The partial notebook of a failed run becomes `failed` if it is whole JSON (a cell's error is in it)."""
    try:
        json.loads(part.read_text("utf-8"))
        os.replace(part, failed)
    except (OSError, ValueError):
        part.unlink(missing_ok=True)


def _make_reproducible(nb, job: Job) -> None:
    """Identical inputs give identical reports: no clock readings, temporary names, random ids or absolute paths."""
    meta = nb.metadata.setdefault("papermill", {})
    for k in ("start_time", "end_time", "duration"):
        meta.pop(k, None)
    meta["input_path"] = Path(job.notebook).name
    meta["output_path"] = job.output
    for cell in nb.cells:
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell["id"] = "injected-parameters"
        for k in ("start_time", "end_time", "duration"):
            cell.metadata.get("papermill", {}).pop(k, None)
        cell.metadata.pop("execution", None)


def to_html(nb, job: Job) -> str:
    """The report as a reader sees it: the outputs, in the report's language, with links to the index and downloads."""
    from . import html
    from .labels import text

    lang = job.parameters.get("lang", "zh")
    article = job.parameters.get("article_id")
    title = text("article_report" if article else "page_report", lang)
    return html.notebook_document(nb, f"{title} · {article or Path(job.parameters.get('page_path', '')).name}", lang,
                                  page_link=bool(article))


def _one_line(error: BaseException) -> str:
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return f"no space left on device ({error.filename or 'writing the report'})"
    text = str(error).strip().splitlines()
    name = getattr(error, "ename", type(error).__name__)
    value = getattr(error, "evalue", text[-1] if text else "")
    return f"{name}: {value}"[:300]


def _remove_stale_parts(folders: set[Path]) -> None:
    for folder in folders:
        if folder.is_dir():
            for stale in folder.glob(f".*{PART_SUFFIX}"):
                stale.unlink(missing_ok=True)


# --- the index --------------------------------------------------------------------------
def write_index(pages: list[Page], outcomes: list[Outcome], out: Path, lang: str = "zh") -> Path:
    """`<out>/index.html`: every fail and warn, verdict counts, and every page and article report, earlier runs' too."""
    from .html import Earlier, Report, index_html

    dirs = report_dirs(pages, out)
    failed = {o.job.output for o in outcomes if o.status == "failed"}
    reports, earlier = [], []
    for page in pages:
        folder = dirs[page.source]
        names = {"page": "page", **{a.id: safe_name(a.id, 16) for a in page.articles}}
        bad = frozenset(k for k, name in names.items() if str(out / folder / f"{name}.ipynb") in failed)
        reports.append(Report(page, folder, bad))
    for folder, (source, rows) in sorted(_earlier_reports(out, set(dirs.values())).items()):
        page = _earlier_page(out / folder / "page.json")
        if page is not None:
            reports.append(Report(page, folder))
        else:
            earlier.append(Earlier(folder, source, tuple(rows)))
    index = out / "index.html"
    atomic_write_text(index, index_html(reports, lang, earlier))
    return index


def _earlier_page(path: Path) -> Page | None:
    """The page of an earlier run's reports, from the JSON written beside them (None when absent or unreadable)."""
    from .io import page_from_dict

    try:
        return page_from_dict(json.loads(path.read_text("utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _earlier_reports(out: Path, skip: set[str]) -> dict[str, tuple[str, list[tuple[str, str, str, str]]]]:
    """Complete reports in `out` of pages not in this run (an earlier run into the same folder), from their metadata.

    Folder -> (page source, [(article id, file stem, headline, verdicts)]), articles in page order.
    """
    found: dict[str, tuple[str, list[tuple[str, str, str, str]]]] = {}
    for nb_path in sorted(out.glob("*/*.ipynb")):
        folder = nb_path.parent.name
        if folder in skip or nb_path.name.startswith(".") or nb_path.name.endswith(".failed.ipynb"):
            continue
        meta = _report_meta(nb_path)
        if meta is None:
            continue
        summary, params = meta.get("summary", {}), meta.get("parameters", {})
        source, rows = found.setdefault(folder, (summary.get("page") or params.get("page_path") or folder, []))
        article = summary.get("article") or params.get("article_id")
        if article:
            rows.append((article, nb_path.stem, summary.get("title"), summary.get("verdicts", "")))
    for _, rows in found.values():
        rows.sort(key=lambda r: (len(r[0]), r[0]))  # a2 before a10
    return {folder: v for folder, v in found.items() if (out / folder / "page.html").exists() or v[1]}


def _report_meta(nb_path: Path) -> dict | None:
    """The xining metadata of a complete report (notebook with a cache key, its HTML beside it), else None."""
    try:
        meta = json.loads(nb_path.read_text("utf-8")).get("metadata", {}).get("xining")
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict) or not meta.get("cache_key") or not nb_path.with_suffix(".html").exists():
        return None
    return meta
