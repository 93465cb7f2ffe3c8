"""Score xining's number layer against Microsoft Recognizers-Text's Chinese specs.

Run: .venv/bin/python benchmarks/score_recognizers.py [SPEC_DIR]
(default SPEC_DIR: ../shared/peers/recognizers-text). Cases marked NotSupported for python are
skipped, `End` is inclusive, and a case passes when every expected result matches in text, type,
start/end and value. Cases that differ only by a stated upstream convention (N个百分点 resolved
as N%; 折 and 成 as percentages) are counted apart from failures.
"""
from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recognizers_adapter import MODELS  # noqa: E402

BASELINE = {"Number": (332, 359), "Percent": (139, 152), "Dimension": (10, 29), "Currency": (27, 29)}


def norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def same_value(got, want) -> bool:
    if want is None or got is None:
        return want == got
    try:
        g, w = float(str(got).rstrip("%")), float(str(want).rstrip("%"))
    except ValueError:
        return str(got) == str(want)
    return abs(g - w) <= 1e-9 * max(1.0, abs(w)) or abs(g - w) < 1e-6


def matches(got: dict, want: dict) -> bool:
    return (
        got["Text"] == want["Text"]
        and got["Start"] == want["Start"]
        and got["End"] == want["End"]
        and got["TypeName"] == want["TypeName"]
        and same_value(got["Resolution"].get("value"), want["Resolution"].get("value"))
        and got["Resolution"].get("unit") == want["Resolution"].get("unit")
    )


def score(name: str, spec_dir: Path, show: bool = False) -> tuple[int, int, int]:
    cases = json.loads((spec_dir / f"{name}Model.json").read_text("utf-8"))
    passed = convention = total = 0
    for case in cases:
        if "python" in case.get("NotSupported", "").lower():
            continue
        total += 1
        got = MODELS[name](case["Input"])
        want = case["Results"]
        if len(got) == len(want) and all(matches(g, w) for g, w in zip(got, want)):
            passed += 1
        elif MODELS.get(name + "-convention") and _convention_only(name, case, want):
            convention += 1
        elif show:
            print(f"  {name}: {case['Input'][:60]!r}\n     want {[(w['Text'], w['Resolution'].get('value'), w['Start']) for w in want]}"
                  f"\n     got  {[(g['Text'], g['Resolution'].get('value'), g['Start']) for g in got]}")
    return passed, convention, total


def _convention_only(name: str, case: dict, want: list[dict]) -> bool:
    got = MODELS[name + "-convention"](case["Input"])
    return len(got) == len(want) and all(matches(g, w) for g, w in zip(got, want))


def main() -> None:
    show = "--show" in sys.argv
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    spec_dir = Path(args[0]) if args else Path(__file__).resolve().parents[2] / "shared" / "peers" / "recognizers-text"
    print(f"{'spec':<10} {'passed':>9} {'convention':>11} {'failed':>7} {'baseline':>10}")
    for name, (base, base_total) in BASELINE.items():
        passed, convention, total = score(name, spec_dir, show)
        verdict = "beats" if passed + convention > base else "does not beat"
        print(f"{name:<10} {passed:>4}/{total:<4} {convention:>11} {total - passed - convention:>7} {base:>5}/{base_total:<4}"
              f" {verdict} the baseline")
    print("convention: right but for an upstream convention (N个百分点, 成 and 折 resolved as N%)")


if __name__ == "__main__":
    main()
