"""Hostile-input benchmark: time to parse 0.25, 1 and 4 MB of each hostile shape, side by side, and what a
page at the 16 MiB limit takes (time and peak memory). Linear shapes take about 4x from 1 to 4 MB.

Each run is its own process (`read_page` on a file, as the CLI reads it), so peak memory is that run's, and
its time is CPU time (the machine may be shared); a run over BUDGET seconds of wall time is stopped and the
larger sizes of its shape are skipped.

Run: .venv/bin/python benchmarks/bench_hostile.py [--budget SECONDS] [--no-limit-page] [--shape NAME]...
[--limit-shape NAME]

Measured 2026-11-25 (CPU seconds, a 2-core machine shared with other work; 0.25 / 1 / 4 MB, then 4 MB over 1 MB):
unclosed `<p ` 0.60 / 1.45 / 5.56 (3.8x); unclosed `<!--` 0.80 / 2.60 / 8.16 (3.1x); unclosed `<script>` 0.05 /
0.15 / 0.57 (3.8x); closed `<p>` paragraphs all on one line 1.22 / 5.04 / 22.13 (4.4x; the column-width windows
keyed by line number took 1.57 / 9.43 / over 120 s before they were bounded, since every paragraph is on line 1);
datelines 3.40 / 14.09 / 58.55 (4.2x); headline/article pairs 2.68 / 9.49 / 29.43 (3.1x);
headlines, then articles 3.91 / 12.56 / 29.08 (2.3x); bulletin pairs 3.69 / 14.81 / 36.99 (2.5x); runs of 1万
0.33 / 1.22 / 5.14 (4.2x); runs of 1万， 1.75 / 4.60 / 15.27 (3.3x); Chinese numerals 0.30 / 0.98 / 4.08 (4.2x);
long digit runs 0.33 / 1.26 / 6.60 (5.2x; 4.4x and then 2.0x from 4 to 8 MB in one process: linear).
Measured 2026-11-26: sections under sub-heads 2.62 / 10.39 / 43.07 (4.1x; 2.3 s and 27 s at 0.25 and 1 MB before
the page-level review found headlines by line).
A 16 MiB page of the sample's paragraphs: 56 s, peak 344 MB; 16 MiB of headline/article pairs (156,104
articles): 129 s, peak 1.5 GB (`--limit-shape "headline/article pairs"`).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

MB = 1024 * 1024
SIZES = (MB // 4, MB, 4 * MB)
SAMPLE = Path(__file__).resolve().parent.parent / "data" / "raw" / "sample-page.txt"
HTML_HEAD = "<!DOCTYPE html><html><body><p>本报讯（记者 张三）全市工业增长9.0%。</p>\n"
LEAD = "本报讯（记者 张三）全市工业增长9.0%。\n"


def _repeat(head: str, unit: Callable[[int], str] | str, size: int) -> str:
    """`head`, then `unit` (or unit(i)) repeated until the UTF-8 text reaches `size` bytes."""
    parts, total, i = [head], len(head.encode()), 0
    while total < size:
        piece = unit(i) if callable(unit) else unit
        parts.append(piece)
        total += len(piece.encode())
        i += 1
    return "".join(parts)


def _headline(i: int) -> str:
    return f"第{i}号工作会议召开\n\n"


def _article(i: int) -> str:
    return f"本报讯（记者 张三）第{i}号会议当日召开，增长{i % 97}.0%。\n\n"


def _gathered(size: int) -> str:
    """Many headlines printed in one block, then as many articles, each sharing only its own words with its
    headline: the headline assignment has no position to go by, only content."""
    n = 1 + size // len((_headline(1000) + _article(1000)).encode())
    return "".join(map(_headline, range(n))) + "".join(map(_article, range(n)))


SHAPES: dict[str, Callable[[int], str]] = {
    "unclosed <p ": lambda n: _repeat(HTML_HEAD, "<p ", n),
    "unclosed <!--": lambda n: _repeat(HTML_HEAD, "<!--a", n),
    "unclosed <script>": lambda n: _repeat(HTML_HEAD, "<script>", n),
    "<p>s on one line": lambda n: _repeat(HTML_HEAD.rstrip("\n"), lambda i: f"<p>第{i}段，全市工业增长{i % 97}.0%。</p>", n),
    "datelines": lambda n: _repeat(LEAD, "本报3月25日讯\n", n),
    "headline/article pairs": lambda n: _repeat("", lambda i: _headline(i) + _article(i), n),
    "headlines, then articles": _gathered,
    "bulletin pairs": lambda n: _repeat("", lambda i: f"第{i}期便民服务工作日报\n\n3月25日，热线接听来电{i}件次。\n\n", n),
    "sections under sub-heads": lambda n: _repeat(LEAD + "\n", lambda i: f"指标{i % 97}加快\n\n一季度，全区指标{i}增长{i % 9}.0%。\n\n", n),
    "runs of 1万": lambda n: _repeat(LEAD, "1万", n),
    "runs of 1万，": lambda n: _repeat(LEAD, "1万，", n),
    "Chinese numerals": lambda n: _repeat(LEAD, "一二三四五六七八九十", n),
    "long digit runs": lambda n: _repeat(LEAD, "收入11111111111111111万1元，", n),
}

CHILD = """
import json, resource, sys, time, warnings
import xining
warnings.simplefilter("ignore")
t0 = time.process_time()
try:
    page = xining.read_page(sys.argv[1])
    result = f"{len(page.articles)} articles"
except xining.InputError as e:
    result = "refused: " + str(e).split(": ", 1)[1][:60]
seconds = time.process_time() - t0
print(json.dumps({"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "result": result}))
"""


def measure(text: str, budget: float) -> dict | None:
    """Parse `text` from a file in a fresh process; None when it takes over `budget` seconds."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write(text)
    try:
        done = subprocess.run([sys.executable, "-c", CHILD, f.name], capture_output=True, text=True, timeout=budget,
                              env={**os.environ, "XINING_MAX_BYTES": str(64 * MB)})
        if done.returncode != 0:
            return {"seconds": float("nan"), "peak_mb": float("nan"), "result": done.stderr.strip().splitlines()[-1][:80]}
        return json.loads(done.stdout)
    except subprocess.TimeoutExpired:
        return None
    finally:
        os.unlink(f.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", type=float, default=300.0, help="seconds a run may take (default 300)")
    parser.add_argument("--no-limit-page", action="store_true", help="skip the 16 MiB page")
    parser.add_argument("--shape", action="append", choices=SHAPES, help="run only this shape (repeatable)")
    parser.add_argument("--limit-shape", choices=SHAPES, help="make the 16 MiB page of this shape, not of the sample's paragraphs")
    args = parser.parse_args()
    header = f"{'shape':<24}" + "".join(f"{s / MB:>10.2f} MB" for s in SIZES) + "   4 MB / 1 MB"
    print(header)
    print("-" * len(header))
    for name, make in SHAPES.items():
        if args.shape and name not in args.shape:
            continue
        cells, times, over = [], [], False
        for size in SIZES:
            if over:
                cells.append(f"{'skipped':>13}")
                times.append(None)
                continue
            m = measure(make(size), args.budget)
            if m is None:
                over = True
                cells.append(f"{'>' + format(args.budget, '.0f') + ' s':>13}")
                times.append(None)
            else:
                cells.append(f"{m['seconds']:>11.2f} s")
                times.append(m["seconds"])
        ratio = f"{times[2] / times[1]:>8.1f}x" if times[1] and times[2] else f"{'-':>9}"
        print(f"{name:<24}" + "".join(cells) + "   " + ratio, flush=True)
    if not args.no_limit_page:
        print()
        if args.limit_shape:
            text = SHAPES[args.limit_shape](16 * MB - 256)
            what = f"a 16 MiB page ({len(text.encode()) / MB:.1f} MiB of {args.limit_shape})"
        else:
            body = "\n\n".join(b for b in SAMPLE.read_text("utf-8").split("\n\n") if len(b) > 60)  # the sample's paragraphs
            text = _repeat("今日要闻\n\n", "\n\n" + body, 16 * MB - 64)
            what = f"a 16 MiB page ({len(text.encode()) / MB:.1f} MiB of the sample's article paragraphs, one headline)"
        m = measure(text, max(args.budget, 1800))
        if m is None:
            print(f"{what}: over {max(args.budget, 1800):.0f} s")
        else:
            print(f"{what}: {m['seconds']:.1f} s, peak memory {m['peak_mb']:.0f} MB, {m['result']}")


if __name__ == "__main__":
    main()
