"""Report benchmark: the runner against a plain sequential loop of `papermill` commands, in one run.

Run: .venv/bin/python benchmarks/bench_report.py [--jobs N]
Prints the runner's time (all notebooks of data/raw, forced, with HTML), the loop's time (one
`papermill` command per notebook, same kernel, no HTML), their ratio, and the time of a second
runner pass with nothing changed. Machines are shared and noisy: compare the ratio, not seconds.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def timed(cmd: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from xining.page import read_page

    from xining import runner

    os.chdir(ROOT)
    pages = [read_page(p) for p in sorted(Path("data/raw").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as out:
        runner_s = timed([str(BIN / "xining"), "report", "data/raw", "--out", out, "--force", "--quiet", "--jobs", str(args.jobs)])
        again_s = timed([str(BIN / "xining"), "report", "data/raw", "--out", out, "--quiet"])
        env = {**os.environ, "JUPYTER_PATH": runner._kernel_dir()}
        jobs = runner.plan(pages, Path(out) / "loop")
        loop_s = 0.0
        for job in jobs:
            params = [x for k, v in job.parameters.items() for x in ("-p", k, v)]
            Path(job.output).parent.mkdir(parents=True, exist_ok=True)
            loop_s += timed([str(BIN / "papermill"), job.notebook, job.output, *params, "-k", runner.KERNEL_NAME,
                             "--cwd", str(ROOT), "--no-progress-bar"], env)
    print(f"notebooks            {len(jobs)}")
    print(f"runner (--jobs {args.jobs})     {runner_s:6.2f} s  (with HTML and index)")
    print(f"papermill loop       {loop_s:6.2f} s  (sequential, one command per notebook, no HTML)")
    print(f"ratio runner/loop    {runner_s / loop_s:6.2f}")
    print(f"second run, current  {again_s:6.2f} s")


if __name__ == "__main__":
    main()
