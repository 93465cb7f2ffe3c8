"""Checks benchmark: median time to run every rule over every article of the sample page.

Run: .venv/bin/python benchmarks/bench_checks.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_ms  # noqa: E402

from xining.checks import check  # noqa: E402
from xining.pipeline import read_page  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw" / "sample-page.txt"


def main() -> None:
    page = read_page(SAMPLE)
    count = sum(len(check(a)) for a in page.articles)
    ms = median_ms(lambda: [check(a) for a in page.articles])
    print(f"checks (page)  {ms:8.3f} ms  median of 200, {count} checks on the sample page")


if __name__ == "__main__":
    main()
