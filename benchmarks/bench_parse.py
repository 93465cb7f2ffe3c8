"""Parser benchmark: median time to parse the sample page, and how time grows with page size.

Run: .venv/bin/python benchmarks/bench_parse.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_ms, times_ms  # noqa: E402

from xining.articles import assemble, fold_orphans  # noqa: E402
from xining.headlines import assign  # noqa: E402
from xining.layout import layout  # noqa: E402
from xining.pipeline import parse_structure, parse_text  # noqa: E402
from xining.reading import decode  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw" / "sample-page.txt"


def main() -> None:
    data = SAMPLE.read_bytes()
    text = decode(data)
    blocks = layout(text)
    asm = assemble(blocks)
    drafts, _ = fold_orphans(asm.drafts, set())  # what `assign` is given, as parse_structure gives it
    print("                  wall ms    CPU ms   fastest  (medians of 200, and the fastest wall time; CPU time is steadier"
          " on a shared machine)")
    for name, fn in (("decode", lambda: decode(data)), ("layout", lambda: layout(text)),
                     ("assemble", lambda: assemble(blocks)), ("assign", lambda: assign(asm.headlines, drafts)),
                     ("parse (page)", lambda: parse_structure(text)), ("+ figures", lambda: parse_text(text))):
        wall = times_ms(fn)
        print(f"{name:<14}  {statistics.median(wall):8.3f}  {median_ms(fn, clock=time.process_time):8.3f}  {wall[0]:8.3f}")
    print("assemble: the laid-out page to articles; assign: its headlines to them (both stages of parse (page))")
    print("parse (page): the sample page to its articles; + figures: the whole pipeline, checks included")
    base = None
    for copies in (1, 4, 16):
        big = "\n\n".join([text] * copies)
        ms = median_ms(lambda big=big: parse_text(big), repeat=max(5, 40 // copies), clock=time.process_time)
        base = base or ms
        print(f"parse x{copies:<3}     {ms:8.2f} CPU ms  ratio to x1 {ms / base:5.1f}")

if __name__ == "__main__":
    main()
