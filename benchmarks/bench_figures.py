"""Figures benchmark: median time to extract every figure of the sample page (parsing excluded).

Run: .venv/bin/python benchmarks/bench_figures.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_ms  # noqa: E402

from xining import numbers  # noqa: E402
from xining.figures import extract  # noqa: E402
from xining.pipeline import read_page  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw" / "sample-page.txt"


def main() -> None:
    page = read_page(SAMPLE)

    def all_figures():
        numbers._evaluate.cache_clear()  # time the cold path, not a warm cache
        return [extract(a) for a in page.articles]

    count = sum(len(f) for f in all_figures())
    print(f"figures (page)  {median_ms(all_figures):8.3f} ms  median of 200, {count} figures on the sample page")
    texts = "\n".join(a.text for a in page.articles)
    print(f"numbers.scan    {median_ms(lambda: (numbers._evaluate.cache_clear(), numbers.scan(texts))):8.3f} ms")


if __name__ == "__main__":
    main()
