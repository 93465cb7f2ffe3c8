"""Median timing for the benchmark scripts (no thresholds: numbers to report, not to assert)."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], repeat: int = 200, warmup: int = 5,
              clock: Callable[[], float] = time.perf_counter) -> float:
    """Median of `repeat` runs after `warmup`; `clock=time.process_time` gives CPU time, steadier on a shared machine."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return statistics.median(times) * 1000
