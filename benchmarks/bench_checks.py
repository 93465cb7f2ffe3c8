"""Checks benchmark: time to run every rule over the sample page, and how it grows with article length.

Long articles are made by joining the paragraphs of the checks corpus (benchmarks/checks_corpus) into
one article, 1 to 32 times over; the time per thousand characters should stay flat (linear growth).
Run: .venv/bin/python benchmarks/bench_checks.py
"""
from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_ms  # noqa: E402

import xining  # noqa: E402
from xining.checks import check  # noqa: E402
from xining.figures import extract  # noqa: E402
from xining.model import Article, Paragraph  # noqa: E402
from xining.pipeline import read_page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "sample-page.txt"
CORPUS = ROOT / "benchmarks" / "checks_corpus"


def corpus_paragraphs() -> list[Paragraph]:
    out = []
    for path in sorted(CORPUS.glob("[0-9]*.txt")):
        for article in xining.parse_text(path.read_text(encoding="utf-8")).articles:
            out += article.paragraphs
    return out


def long_article(paragraphs: list[Paragraph], times: int) -> Article:
    art = Article("a1", None, None, tuple(paragraphs * times))
    return replace(art, figures=extract(art))


def seconds(article: Article, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        check(article)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    page = read_page(SAMPLE)
    count = sum(len(check(a)) for a in page.articles)
    ms = median_ms(lambda: [check(a) for a in page.articles], repeat=50)
    print(f"checks (sample page)  {ms:8.3f} ms  median of 50, {count} checks")
    paragraphs = corpus_paragraphs()
    base = None
    for times in (1, 2, 4, 8, 16, 32):
        art = long_article(paragraphs, times)
        s = seconds(art)
        per_k = s * 1000 / (len(art.text) / 1000)
        base = base or per_k
        print(f"article of {len(art.text):8d} chars, {len(art.figures):6d} figures: {s * 1000:9.1f} ms, "
              f"{per_k:6.2f} ms per 1000 chars, ratio to the smallest {per_k / base:5.2f}")


if __name__ == "__main__":
    main()
