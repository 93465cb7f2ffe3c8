"""Score text-dump segmentation on composed pages: articles exact, headlines, reporters, extra articles, per layout style.

Run: .venv/bin/python benchmarks/score_composed.py [--pages N] [--seed S] [-v] [--style STYLE]
Pages are composed by `_composed.compose` (seeded: the same arguments give the same pages and scores). An article
is exact when one parsed body (whitespace removed) starts with the gold's first 32 characters and ends with its
last 12, as in ../shared/realpages/score.py.
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _composed import STYLES, compose  # noqa: E402

from xining.errors import InputError  # noqa: E402
from xining.pipeline import parse_structure  # noqa: E402


def sq(s: str | None) -> str:
    return "".join((s or "").split())


def score_page(gold: list[dict], arts) -> tuple[dict, list[str]]:
    bodies = [sq(a.text) for a in arts]
    used, s, notes = set(), dict(n=len(gold), exact=0, headlines=0, reporters=0), []
    for g in gold:
        hit = [i for i, b in enumerate(bodies) if b.startswith(g["first"]) and i not in used]
        ok = [i for i in hit if bodies[i].endswith(g["last"])]
        i = (ok or hit or [None])[0]
        s["exact"] += bool(ok)
        if not ok:
            notes.append(f"  not exact: {g['headline']!r} ({'end differs' if hit else 'start not found'})")
        if i is None:
            continue
        used.add(i)
        a = arts[i]
        if sq(a.title) == sq(g["headline"]):
            s["headlines"] += 1
        else:
            notes.append(f"  headline: got {a.title!r}, want {g['headline']!r}")
        by = a.byline
        got = sorted((by.reporters + by.correspondents) if by else ())
        if got == g["reporters"]:
            s["reporters"] += 1
        else:
            notes.append(f"  reporters: got {got}, want {g['reporters']} ({g['headline']!r})")
    s["extra"] = len(arts) - len(used)
    return s, notes


def report(styles, seed: int, pages: int, make, verbose: bool = False) -> None:
    """Print the scores of `pages` pages a style from `seed` on; `make(style, seed)` gives (articles, gold)."""
    total = defaultdict(int)
    print(f"{'style':18} {'pages':>5} {'exact':>6} {'heads':>6} {'reps':>6} {'extra':>5}")
    for style in styles:
        t = defaultdict(int)
        for sd in range(seed, seed + pages):
            arts, gold = make(style, sd)
            s, notes = score_page(gold, arts)
            for k, v in s.items():
                t[k] += v
            if verbose and (notes or s["extra"]):
                print(f"{style} seed {sd}: extra {s['extra']}\n" + "\n".join(notes))
        t["pages"] = pages
        for k, v in t.items():
            total[k] += v
        print(f"{style:18} {t['pages']:5} {t['exact'] / t['n']:6.2f} {t['headlines'] / t['n']:6.2f} "
              f"{t['reporters'] / t['n']:6.2f} {t['extra']:5}")
    print(f"{'overall':18} {total['pages']:5} {total['exact'] / total['n']:6.2f} {total['headlines'] / total['n']:6.2f} "
          f"{total['reporters'] / total['n']:6.2f} {total['extra']:5}")


def parsed(style: str, seed: int):
    """The articles of a composed dump, and its gold."""
    text, gold = compose(style, seed)
    try:
        return parse_structure(text, f"{style}-{seed}").articles, gold
    except InputError as e:
        print(f"{style} seed {seed}: refused: {e}")
        return (), gold


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=30, help="pages per style (default 30)")
    ap.add_argument("--seed", type=int, default=0, help="first seed (default 0)")
    ap.add_argument("--style", choices=STYLES, action="append", help="only these styles")
    ap.add_argument("-v", "--verbose", action="store_true", help="say what went wrong, page by page")
    args = ap.parse_args()
    report(args.style or STYLES, args.seed, args.pages, parsed, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
