"""The report runner: every page's notebooks executed by papermill, in parallel, incrementally, atomically.

For each page, `page.ipynb` once and `article.ipynb` once per article write
`<out>/<page>/<id>.ipynb` and an HTML rendering without code cells (`<id>.html`), and
`<out>/index.html` links them all. A report whose inputs are unchanged (page sha256, notebook
file hash, parameters, xining version: its cache key, stored in the output notebook's metadata)
is not executed again. Every file is written to a temporary name and renamed, so an interrupted
run leaves complete reports or none; stale temporary files are removed by the next run.
Notebooks run on a kernel of the interpreter running xining, whatever kernels the user has.
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .files import atomic_write_text
from .model import Page
from .names import page_dirs, safe_name

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
KERNEL_NAME = "xining-python"
PART_SUFFIX = ".part.ipynb"


@dataclass(frozen=True)
class Job:
    notebook: str  # template path
    output: str  # executed notebook path (.ipynb); the HTML sits beside it
    parameters: dict = field(hash=False)
    key: str
    label: str

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
    jobs = []
    dirs = page_dirs(pages)
    for page in pages:
        folder = out / dirs[page.source]
        params = {"page_path": page.source, "lang": lang}
        jobs.append(_job(page, notebooks / "page.ipynb", folder / "page.ipynb", params, f"{dirs[page.source]}/page"))
        for a in page.articles:
            params = {"page_path": page.source, "article_id": a.id, "lang": lang}
            name = safe_name(a.id, 16)
            jobs.append(_job(page, notebooks / "article.ipynb", folder / f"{name}.ipynb", params, f"{dirs[page.source]}/{name}"))
    return jobs


def _job(page: Page, notebook: Path, output: Path, params: dict, label: str) -> Job:
    return Job(str(notebook), str(output), params, cache_key(page, notebook, params), label)


def is_current(job: Job) -> bool:
    """Done before with the same inputs: the notebook carries the key and the HTML exists."""
    try:
        meta = json.loads(Path(job.output).read_text("utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return False
    return meta.get("xining", {}).get("cache_key") == job.key and Path(job.html).exists()


# --- running ----------------------------------------------------------------------------
def run(jobs: list[Job], workers: int | None = None, force: bool = False, progress: bool = True) -> list[Outcome]:
    """Execute what is not current, `workers` at a time; a failure never stops the others."""
    _remove_stale_parts({Path(j.output).parent for j in jobs})
    todo = [j for j in jobs if force or not is_current(j)]
    outcomes = [Outcome(j, "cached", 0.0) for j in jobs if j not in todo]
    if not todo:
        return outcomes
    kernels = _kernel_dir()
    workers = max(1, min(workers or os.cpu_count() or 1, len(todo)))
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(kernels,)) as pool:
        futures = [pool.submit(execute, j) for j in todo]
        bar = _progress(len(todo), progress)
        try:
            for future in as_completed(futures):
                outcomes.append(future.result())
                bar.update(1)
        except KeyboardInterrupt:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        finally:
            bar.close()
    order = {j: i for i, j in enumerate(jobs)}
    return sorted(outcomes, key=lambda o: order[o.job])


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, desc="notebooks", unit="nb", disable=not enabled, file=sys.stderr)


def _kernel_dir() -> str:
    """A kernelspec for this interpreter, in a private folder put first on JUPYTER_PATH for the workers."""
    root = Path(tempfile.mkdtemp(prefix="xining-kernel-"))
    spec = root / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}", "--IPKernelApp.log_level=CRITICAL"],
        "display_name": f"xining ({sys.executable})", "language": "python",
        "env": {"PYTHONHASHSEED": "0", "MPLBACKEND": "module://matplotlib_inline.backend_inline"},
    }), "utf-8")
    return str(root)


def _init_worker(kernels: str) -> None:
    os.environ["JUPYTER_PATH"] = os.pathsep.join(x for x in (kernels, os.environ.get("JUPYTER_PATH", "")) if x)


def execute(job: Job) -> Outcome:
    """Run one notebook with papermill; write the notebook and its HTML atomically."""
    import nbformat
    import papermill

    start = time.perf_counter()
    output = Path(job.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    part = output.with_name(f".{output.name}.{os.getpid()}{PART_SUFFIX}")
    try:
        nb = papermill.execute_notebook(
            job.notebook, str(part), parameters=job.parameters, kernel_name=KERNEL_NAME, progress_bar=False,
            log_output=False, request_save_on_cell_execute=False, cwd=os.getcwd())
    except Exception as error:  # papermill raises PapermillExecutionError, or any error of the machinery
        failed = output.with_suffix(".failed.ipynb")
        if part.exists():
            os.replace(part, failed)
        return Outcome(job, "failed", time.perf_counter() - start, _one_line(error), str(failed) if failed.exists() else None)
    finally:
        part.unlink(missing_ok=True)
    nb.metadata["xining"] = {"cache_key": job.key, "parameters": job.parameters, "version": __version__}
    _make_reproducible(nb, job)
    atomic_write_text(job.html, to_html(nb))
    atomic_write_text(output, nbformat.writes(nb))
    output.with_suffix(".failed.ipynb").unlink(missing_ok=True)
    return Outcome(job, "done", time.perf_counter() - start)


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


def to_html(nb) -> str:
    """The report as a reader sees it: outputs and prose, no code cells."""
    body, _ = _exporter().from_notebook_node(nb)
    return body


@functools.cache
def _exporter():
    """One exporter per worker: loading its templates costs more than converting a notebook."""
    from nbconvert import HTMLExporter

    return HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)


def _one_line(error: BaseException) -> str:
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
def write_index(pages: list[Page], outcomes: list[Outcome], out: Path) -> Path:
    """`<out>/index.html`: every page and article report, with headline and verdict summary."""
    from html import escape

    from .render import verdict_summary

    dirs = page_dirs(pages)
    failed = {o.job.output for o in outcomes if o.status == "failed"}
    parts = ["<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>xining reports</title>",
             "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}td,th{padding:2px 10px;text-align:left}"
             ".failed{color:#c53030}</style></head><body><h1>xining reports</h1>"]
    for page in pages:
        folder = dirs[page.source]
        parts.append(f"<h2><a href=\"{folder}/page.html\">{escape(page.source)}</a></h2>")
        parts.append("<table><tr><th>id</th><th>headline</th><th>verdicts</th></tr>")
        for a in page.articles:
            name = safe_name(a.id, 16)
            status = " <span class=\"failed\">(report failed)</span>" if str(out / folder / f"{name}.ipynb") in failed else ""
            parts.append(f"<tr><td>{escape(a.id)}</td><td><a href=\"{folder}/{name}.html\">"
                         f"{escape(a.title or '(no headline)')}</a>{status}</td><td>{escape(verdict_summary(a.checks))}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    index = out / "index.html"
    atomic_write_text(index, "\n".join(parts))
    return index
