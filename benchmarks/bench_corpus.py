"""Corpus build benchmark: pages per second and memory peak for 250, 500 and 1,000 pages, in one run.

Run: .venv/bin/python benchmarks/bench_corpus.py [--sizes 250 500 1000] [--jobs N] [--dask]
Pages are variations of the sample page and, when ../shared/realpages is there, of the real pages (one in
five). Each size is built into a fresh store by `xining corpus build` in its own process; the memory peak is
that process's maximum resident size (the writer, which must not grow with the corpus) and its workers'.
Linear means pages/s stays flat as the corpus grows. Machines are shared and noisy: compare ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pages import real_pages, write_variations  # noqa: E402

MEASURE = """
import json, resource, sys, time
import xining.corpus
start = time.perf_counter()
r = xining.corpus.build([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), scheduler=sys.argv[4] or None, progress=False)
seconds = time.perf_counter() - start
print(json.dumps({"seconds": seconds, "pages": r.pages, "failed": r.failed,
                  "writer_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--jobs", type=int, default=os.cpu_count())
    parser.add_argument("--dask", action="store_true", help="build on a Dask LocalCluster of --jobs workers instead")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        pages = Path(tmp) / "pages"
        write_variations(pages, max(args.sizes))
        names = sorted(p.name for p in pages.iterdir())
        print(f"pages: variations of the sample page{' and of ' + str(len(real_pages())) + ' real pages (1 in 5)' if real_pages() else ''}"
              f"; jobs {args.jobs}{' on a Dask LocalCluster' if args.dask else ' (local processes)'}")
        print(f"{'pages':>6} {'seconds':>8} {'pages/s':>8} {'writer MB':>10} {'worker MB':>10} {'failed':>7}")
        rates = []
        for size in args.sizes:
            subset = Path(tmp) / f"set{size}"
            subset.mkdir()
            for name in names[:size]:
                os.link(pages / name, subset / name)
            db = Path(tmp) / f"c{size}.duckdb"
            out = subprocess.run([sys.executable, "-c", MEASURE, str(subset), str(db), str(args.jobs), "local" if args.dask else ""],
                                 check=True, capture_output=True, text=True).stdout
            m = json.loads(out.strip().splitlines()[-1])
            rates.append(m["pages"] / m["seconds"])
            print(f"{m['pages']:>6} {m['seconds']:>8.1f} {rates[-1]:>8.1f} {m['writer_mb']:>10.0f} {m['worker_mb']:>10.0f} {m['failed']:>7}")
        print(f"pages/s at {args.sizes[-1]} over pages/s at {args.sizes[0]}: {rates[-1] / rates[0]:.2f} (1.00 is linear)")


if __name__ == "__main__":
    t0 = time.perf_counter()
    main()
    print(f"benchmark wall time {time.perf_counter() - t0:.0f} s")
