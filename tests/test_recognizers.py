"""The number layer keeps beating the published Recognizers-Text baseline on every spec file."""
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SPECS = Path(__file__).resolve().parents[2] / "shared" / "peers" / "recognizers-text"
sys.path.insert(0, str(BENCHMARKS))

score_recognizers = pytest.importorskip("score_recognizers")


@pytest.mark.skipif(not SPECS.is_dir(), reason="the Recognizers-Text specs are not beside this checkout")
@pytest.mark.parametrize("spec", list(score_recognizers.BASELINE))
def test_beats_the_baseline(spec):
    passed, convention, total = score_recognizers.score(spec, SPECS)
    baseline, baseline_total = score_recognizers.BASELINE[spec]
    assert total == baseline_total
    assert passed + convention > baseline, f"{spec}: {passed} + {convention} convention vs {baseline}"
