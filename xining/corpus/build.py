"""Building a corpus: pages stream through workers in batches, and their rows land in the store as batches finish.

Workers are local processes, or a Dask cluster (`scheduler="tcp://host:8786"`, or `"local"` for a
LocalCluster on this machine). A task is a batch of pages, never one page. At most a few batches are in
flight, so memory stays bounded whatever the corpus size; a page whose sha256 the store holds is skipped
(`force` redoes it), so a killed build resumes where it stopped.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from . import crosscheck, store
from .rows import PageRows, Task, failed_rows, file_sha256, page_key, parse_batch

BATCH = 16  # pages per task: enough to pay for a task's overhead, few enough to keep workers busy


@dataclass(frozen=True)
class BuildResult:
    pages: int  # pages parsed and stored by this build
    failed: int  # of which failed (recorded with their error)
    skipped: int  # already in the store
    corpus_checks: int


def find_corpus_pages(paths: Iterable[str]) -> Iterator[Path | InputError]:
    """The pages under each path, as every command finds them (`discover.find_pages`): files named, and a folder's pages."""
    from ..discover import find_pages

    for arg in paths:
        yield from find_pages([arg])


def build(paths: Iterable[str], db: str | os.PathLike, *, paper: str | None = None, date: dt.date | None = None,
          force: bool = False, jobs: int | None = None, scheduler: str | None = None, batch: int = BATCH,
          progress: bool = True, on_error: Callable[[str], None] | None = None) -> BuildResult:
    """Parse every page under `paths` into the store at `db`, then recompute the cross-page checks."""
    with store.opened(db) as con:
        tasks = _Batches(con, find_corpus_pages(paths), paper, date, force, batch, on_error)
        counts = {"pages": 0, "failed": 0}
        bar = _progress(progress)

        def land(rows: list[PageRows]) -> None:
            store.write(con, rows)
            for r in rows:
                status = r.tables["pages"][0][7]
                counts["pages"] += 1
                if status != "ok":
                    counts["failed"] += 1
                    if on_error:
                        on_error(r.tables["pages"][0][8])
            bar.update(len(rows))

        try:
            runner = _run_dask if scheduler else _run_local
            runner(tasks, land, jobs=jobs, scheduler=scheduler)
        finally:
            bar.close()
        n_checks = store.replace_corpus_checks(con, crosscheck.run(con))
    return BuildResult(counts["pages"], counts["failed"], tasks.skipped, n_checks)


class _Batches:
    """Batches of tasks from a stream of paths, skipping pages the store holds (the store is asked per batch)."""

    def __init__(self, con, found, paper, date, force, size, on_error):
        self.con, self.found, self.paper, self.date, self.force, self.size = con, found, paper, date, force, size
        self.on_error = on_error
        self.skipped = 0
        self.unreadable: list[PageRows] = []
        self.pending: set[str] = set()  # sha256 of pages handed out and not yet written

    def __iter__(self) -> Iterator[list[Task]]:
        chunk: list[tuple[Path, str]] = []
        for item in self.found:
            if isinstance(item, InputError):
                if self.on_error:
                    self.on_error(str(item))
                continue
            try:
                chunk.append((item, file_sha256(item)))
            except OSError as e:
                self.unreadable.append(failed_rows(file_sha256_of_path(item), str(item), f"{item}: {e.strerror or e}"))
                continue
            if len(chunk) >= self.size:
                yield from self._tasks(chunk)
                chunk = []
        if chunk:
            yield from self._tasks(chunk)

    def _tasks(self, chunk: list[tuple[Path, str]]) -> Iterator[list[Task]]:
        # a file is stored under its sha256, or (a PDF of several pages) its first page under page_key(sha256, 1)
        firsts = {page_key(s, 1): s for _, s in chunk}
        have = set() if self.force else {firsts.get(k, k) for k in store.known(self.con, [s for _, s in chunk] + list(firsts))}
        tasks = []
        for path, sha in chunk:
            if sha in have or sha in self.pending:
                self.skipped += 1
                continue
            self.pending.add(sha)
            tasks.append(Task(str(path), sha, self.paper, self.date))
        if tasks:
            yield tasks


def file_sha256_of_path(path: Path) -> str:
    """The key of a page that cannot be read: the sha256 of its path (its bytes are unknown)."""
    import hashlib

    return hashlib.sha256(f"unreadable:{path}".encode()).hexdigest()


def _progress(enabled: bool):
    from tqdm import tqdm

    return tqdm(desc="pages", unit="page", disable=not enabled, file=sys.stderr)


def _land_all(tasks: _Batches, land: Callable[[list[PageRows]], None], results: list[PageRows]) -> None:
    land(results)
    for r in results:
        tasks.pending.discard(r.file_sha256)
    if tasks.unreadable:
        land(tasks.unreadable)
        tasks.unreadable = []


def _run_local(tasks: _Batches, land, jobs: int | None = None, scheduler: str | None = None) -> None:
    workers = max(1, jobs or os.cpu_count() or 1)
    if workers == 1:
        for t in tasks:
            _land_all(tasks, land, parse_batch(t))
        _land_all(tasks, land, [])
        return
    with ProcessPoolExecutor(workers) as pool:
        inflight = set()
        for t in tasks:
            inflight.add(pool.submit(parse_batch, t))
            if len(inflight) >= 2 * workers:  # bounded: a few batches ahead of the writer, never the whole corpus
                done, inflight = wait(inflight, return_when=FIRST_COMPLETED)
                for f in done:
                    _land_all(tasks, land, f.result())
        for f in inflight:
            _land_all(tasks, land, f.result())
        _land_all(tasks, land, [])


def _run_dask(tasks: _Batches, land, jobs: int | None = None, scheduler: str | None = None) -> None:
    from distributed import as_completed

    with dask_client(scheduler, jobs) as client:
        window = 2 * max(1, sum(client.nthreads().values()))
        inflight = as_completed()
        for t in tasks:
            inflight.add(client.submit(parse_batch, t, pure=False))
            if inflight.count() >= window:
                _land_all(tasks, land, next(inflight).result())
        for f in inflight:
            _land_all(tasks, land, f.result())
        _land_all(tasks, land, [])


class dask_client:
    """A Dask client for `scheduler`: an address (`tcp://host:8786`), or `local` for a LocalCluster of `jobs` workers."""

    def __init__(self, scheduler: str | None, jobs: int | None = None):
        self.scheduler, self.jobs = scheduler, jobs
        self.cluster = self.client = None

    def __enter__(self):
        from distributed import Client, LocalCluster

        try:
            if self.scheduler in (None, "local"):
                self.cluster = LocalCluster(n_workers=max(1, self.jobs or os.cpu_count() or 1), threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError) as e:
            self.__exit__(None, None, None)
            raise InputError(f"cannot reach the Dask scheduler {self.scheduler}: {store._first_line(e)}") from None
        return self.client

    def __exit__(self, *exc) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
