"""Score xining's checks against the hand-annotated relations of benchmarks/checks_corpus.

A relation is found when a check of the same rule names every printed figure of the relation
(by text); it is right when that check's verdict is the true one. A false alarm is a fail or
warn that matches no relation whose true verdict is fail or warn (a relation that holds, or no
relation at all). Development and held-out articles are scored apart.

    python benchmarks/score_checks.py [-v]
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

import xining
from xining.checks import check
from xining.figures import extract
from xining.model import Article

CORPUS = Path(__file__).parent / "checks_corpus"


def one_article(path: Path) -> Article:
    """A corpus file is one release: its paragraphs as one article (this scores the checks, not the
    segmentation, which may start a new article at a dateline lead such as `三季度，…`)."""
    page = xining.parse_text(path.read_text(encoding="utf-8"))
    headline = next((a.headline for a in page.articles if a.headline), None)
    art = Article("a1", headline, None, tuple(p for a in page.articles for p in a.paragraphs))
    art = replace(art, figures=extract(art))
    return replace(art, checks=check(art))


def checks_of(path: Path) -> list[tuple[str, str, list[str], str]]:
    """(rule, verdict, figure texts, message) for every check of a corpus file."""
    article = one_article(path)
    texts = {f.id: f.text for f in article.figures}
    return [(c.rule, c.verdict, [texts[i] for i in c.figures], c.message_en) for c in article.checks]


def covers(check_figs: list[str], rel_figs: list[str]) -> bool:
    have = Counter(check_figs)
    need = Counter(rel_figs)
    return all(have[t] >= n for t, n in need.items())


def score(names: list[str], relations: dict, verbose: bool) -> dict[str, int]:
    found = right = alarms = total = 0
    misses, wrong, false = [], [], []
    for name in names:
        rels = relations.get(name, [])
        checks = checks_of(CORPUS / f"{name}.txt")
        used: set[int] = set()
        for r in rels:
            total += 1
            matches = [i for i, c in enumerate(checks) if c[0] == r["rule"] and covers(c[2], r["figures"])]
            if not matches:
                misses.append((name, r))
                continue
            found += 1
            best = next((i for i in matches if checks[i][1] == r["verdict"]), matches[0])
            used.update(matches)
            if checks[best][1] == r["verdict"]:
                right += 1
            else:
                wrong.append((name, r, checks[best]))
                if checks[best][1] in ("fail", "warn") and r["verdict"] in ("pass", "info"):
                    alarms += 1
                    false.append((name, checks[best]))
        for i, c in enumerate(checks):
            if i not in used and c[1] in ("fail", "warn"):
                alarms += 1
                false.append((name, c))
    if verbose:
        for name, r in misses:
            print(f"  miss  {name} {r['rule']:24} {' '.join(r['figures'])}  ({r['verdict']})")
        for name, r, c in wrong:
            print(f"  wrong {name} {r['rule']:24} {' '.join(r['figures'])}  true {r['verdict']}, got {c[1]}: {c[3]}")
        for name, c in false:
            print(f"  alarm {name} {c[0]:24} {' '.join(c[2])}  {c[1]}: {c[3]}")
    return {"relations": total, "found": found, "right": right, "false_alarms": alarms}


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    data = json.loads((CORPUS / "relations.json").read_text(encoding="utf-8"))
    relations, held = data["articles"], set(data["held_out"])
    names = sorted(p.stem for p in CORPUS.glob("[0-9]*.txt"))
    for label, group in (("development", [n for n in names if n not in held]), ("held out", [n for n in names if n in held])):
        print(f"{label}: {len(group)} articles")
        s = score(group, relations, verbose)
        recall = s["right"] / s["relations"] if s["relations"] else 0.0
        print(f"  relations {s['relations']}, found {s['found']}, right verdict {s['right']}: "
              f"recall {recall:.3f}; false alarms {s['false_alarms']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
