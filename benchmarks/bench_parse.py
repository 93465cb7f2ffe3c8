"""Parser benchmark: median time to parse the sample page, and how time grows with page size.

Run: .venv/bin/python benchmarks/bench_parse.py
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_ms  # noqa: E402

from xining.layout import layout  # noqa: E402
from xining.pipeline import parse_structure, parse_text  # noqa: E402
from xining.reading import decode  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw" / "sample-page.txt"


def main() -> None:
    data = SAMPLE.read_bytes()
    text = decode(data)
    print(f"decode        {median_ms(lambda: decode(data)):8.3f} ms")
    print(f"layout        {median_ms(lambda: layout(text)):8.3f} ms")
    print(f"parse (page)  {median_ms(lambda: parse_structure(text)):8.3f} ms  median of 200: articles of the sample page")
    print(f"+ figures     {median_ms(lambda: parse_text(text)):8.3f} ms  median of 200: the whole pipeline")
    base = None
    for copies in (1, 4, 16):
        big = "\n\n".join([text] * copies)
        ms = median_ms(lambda big=big: parse_text(big), repeat=max(5, 40 // copies))
        base = base or ms
        print(f"parse x{copies:<3}     {ms:8.2f} ms  ratio to x1 {ms / base:5.1f}")


if __name__ == "__main__":
    main()
