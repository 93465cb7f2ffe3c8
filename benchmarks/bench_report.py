"""Report benchmark, in one run: the runner on warm kernels, the runner on a kernel per notebook (`XINING_KERNELS=cold`,
the runner before warm kernels), and a plain sequential loop of `papermill` commands.

Run: .venv/bin/python benchmarks/bench_report.py [--pages 20] [--jobs N] [--loop-every K]
Pages are variations of the sample page (each with its own masthead strip, so its own reports). The runners
execute every notebook of every page (forced, with HTML and index); the loop runs one `papermill` command per
notebook, same kernel, no HTML. `--loop-every K` times only every K-th notebook of the loop and scales the sum
by the number of notebooks (the loop's cost per notebook is its start-up, nearly constant): a shorter run on a
shared machine, said in the output. Machines are shared and noisy: compare the ratios, not seconds.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import ROOT, write_variations  # noqa: E402

BIN = Path(sys.executable).parent


def timed(cmd: list[str], env: dict | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--loop-every", type=int, default=1, metavar="K", help="time every K-th notebook of the loop and scale")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import xining
    from xining import kernels, runner

    with tempfile.TemporaryDirectory() as tmp:
        pages = [xining.read_page(p) for p in write_variations(Path(tmp) / "pages", args.pages, real_every=10**9)]
        report = [str(BIN / "xining"), "report", str(Path(tmp) / "pages"), "--quiet", "--jobs", str(args.jobs)]
        warm_s = timed(report + ["--out", str(Path(tmp) / "warm")], {**os.environ, kernels.MODE_VARIABLE: "warm"})
        cold_s = timed(report + ["--out", str(Path(tmp) / "cold")], {**os.environ, kernels.MODE_VARIABLE: "cold"})
        again_s = timed(report + ["--out", str(Path(tmp) / "warm")])  # nothing changed: every report is current
        identical = all((Path(tmp) / "warm" / p.relative_to(Path(tmp) / "cold")).read_bytes() == p.read_bytes()
                        for p in (Path(tmp) / "cold").rglob("*.html"))
        env = {**os.environ, "JUPYTER_PATH": runner._kernel_dir()}
        jobs = runner.plan(pages, Path(tmp) / "loop")
        sampled = jobs[::args.loop_every]
        loop_sampled = 0.0
        for job in sampled:
            params = [x for k, v in job.parameters.items() for x in ("-p", k, v)]
            Path(job.output).parent.mkdir(parents=True, exist_ok=True)
            loop_sampled += timed([str(BIN / "papermill"), job.notebook, job.output, *params, "-k", runner.KERNEL_NAME,
                                   "--cwd", str(ROOT), "--no-progress-bar"], env)
        loop_s = loop_sampled * len(jobs) / len(sampled)
    print(f"pages {args.pages}, notebooks {len(jobs)}, jobs {args.jobs}")
    print(f"runner, warm kernels    {warm_s:7.1f} s  (with HTML and index)")
    print(f"runner, cold kernels    {cold_s:7.1f} s  (XINING_KERNELS=cold: one kernel per notebook, the runner before warm kernels)")
    loop_note = "" if args.loop_every == 1 else f", {len(sampled)} of {len(jobs)} timed ({loop_sampled:.1f} s) and scaled"
    print(f"papermill loop          {loop_s:7.1f} s  (sequential, one command per notebook, no HTML{loop_note})")
    print(f"ratio warm/loop         {warm_s / loop_s:7.3f}")
    print(f"ratio cold/loop         {cold_s / loop_s:7.3f}")
    print(f"ratio warm/cold         {warm_s / cold_s:7.3f}")
    print(f"HTML reports warm = cold, byte for byte: {identical}")
    print(f"second run, current     {again_s:7.1f} s")


if __name__ == "__main__":
    main()
