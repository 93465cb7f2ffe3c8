"""Median timing for the benchmark scripts (no thresholds: numbers to report, not to assert)."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(fn: Callable[[], object], repeat: int = 200, warmup: int = 5,
              clock: Callable[[], float] = time.perf_counter) -> float:
    """Median of `repeat` runs after `warmup`; `clock=time.process_time` gives CPU time, steadier on a shared machine."""
    return statistics.median(times_ms(fn, repeat, warmup, clock))


def times_ms(fn: Callable[[], object], repeat: int = 200, warmup: int = 5,
             clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Each of `repeat` runs after `warmup`, in ms, sorted: the fastest says what the code costs, the median what a
    busy shared machine made of it."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return sorted(t * 1000 for t in times)
