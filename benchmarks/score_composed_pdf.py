"""Score the PDF reader on composed e-paper pages: articles exact, headlines, reporters, extra articles, per layout style.

Run: .venv/bin/python benchmarks/score_composed_pdf.py [--pages N] [--seed S] [-v] [--style STYLE] [--round R] [--save DIR]
Pages are composed by `_composed_pdf.compose_pdf` (seeded: the same arguments give the same pages and scores) and read
by `xining.pdf` into articles, then scored as `score_composed.py` scores dumps: an article is exact when one parsed
body (whitespace removed) starts with the gold's first 32 characters and ends with its last 12.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _composed_pdf import STYLES, THIRD, compose_pdf  # noqa: E402
from score_composed import report  # noqa: E402

from xining.errors import InputError  # noqa: E402
from xining.pdf import read_pdf  # noqa: E402
from xining.pipeline import page_from_blocks  # noqa: E402


def read(data: bytes, source: str):
    """The articles the PDF reader makes of a one-page PDF (no figures or checks: they do not change segmentation)."""
    (pp,) = read_pdf(data, source)
    return page_from_blocks(pp.blocks, source, "0" * 64).articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=10, help="pages per style (default 10)")
    ap.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    ap.add_argument("--style", choices=STYLES, action="append", help="only these styles")
    ap.add_argument("--round", choices=("earlier", "third"),
                    help="only the first two rounds' twelve styles, or only the third round's")
    ap.add_argument("--save", type=Path, help="also write each page as DIR/<style>-<seed>.pdf")
    ap.add_argument("-v", "--verbose", action="store_true", help="say what went wrong, page by page")
    args = ap.parse_args()

    def make(style: str, seed: int):
        data, gold = compose_pdf(style, seed)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{style}-{seed}.pdf").write_bytes(data)
        try:
            return read(data, f"{style}-{seed}.pdf"), gold
        except InputError as e:
            print(f"{style} seed {seed}: refused: {e}")
            return (), gold

    chosen = {"earlier": [s for s in STYLES if s not in THIRD], "third": list(THIRD), None: list(STYLES)}[args.round]
    report(args.style or chosen, args.seed, args.pages, make, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
