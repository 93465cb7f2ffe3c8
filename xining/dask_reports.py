"""Report batches on a Dask cluster: each task executes the notebooks of a few pages on its worker's warm kernel.

The same jobs, cache keys and atomic writes as the local runner (`runner.execute`), so a batch killed
half-way leaves complete reports and the next run executes only what is missing. Workers make their own
private kernelspec (the client's temporary folder is not on their machine).
"""
from __future__ import annotations

import os
from itertools import groupby
from pathlib import Path

from . import runner

PAGES_PER_TASK = 2  # one task: every notebook of this many pages


def run(jobs: list[runner.Job], scheduler: str | None, workers: int | None = None, force: bool = False,
        progress: bool = True) -> list[runner.Outcome]:
    """Like `runner.run`, with the notebooks executed on the Dask cluster at `scheduler` (`local`: a LocalCluster)."""
    from distributed import as_completed

    from .corpus.build import dask_client

    todo = [j for j in jobs if force or not runner.is_current(j)]
    outcomes = [runner.Outcome(j, "cached", 0.0) for j in jobs if j not in todo]
    if todo:
        by_page = [list(g) for _, g in groupby(todo, key=lambda j: Path(j.output).parent)]
        tasks = [sum(by_page[i:i + PAGES_PER_TASK], []) for i in range(0, len(by_page), PAGES_PER_TASK)]
        bar = runner._progress(len(todo), progress)
        try:
            with dask_client(scheduler, workers) as client:
                for future in as_completed([client.submit(execute_batch, t, pure=False) for t in tasks]):
                    done = future.result()
                    outcomes.extend(done)
                    bar.update(len(done))
        finally:
            bar.close()
    order = {j: i for i, j in enumerate(jobs)}
    return sorted(outcomes, key=lambda o: order[o.job])


_kernelspec: str | None = None


def execute_batch(jobs: list[runner.Job]) -> list[runner.Outcome]:
    """On a worker: its private kernelspec once, then each notebook on its warm kernel."""
    global _kernelspec
    if _kernelspec is None:  # only the kernelspec: a Dask worker keeps its own signal handling
        _kernelspec = runner._kernel_dir()
        os.environ["JUPYTER_PATH"] = os.pathsep.join(x for x in (_kernelspec, os.environ.get("JUPYTER_PATH", "")) if x)
    runner._remove_stale_parts({Path(j.output).parent for j in jobs})
    return [runner.execute(j) for j in jobs]

