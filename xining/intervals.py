"""Interval arithmetic for printed numbers: a value printed with d decimals is v ± 0.5·10^-d."""
from __future__ import annotations

from dataclasses import dataclass

EPS = 1e-9  # floating-point slack when comparing interval ends


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    @classmethod
    def printed(cls, value: float, decimals: int, scale: float = 1.0, exact: bool = False) -> Interval:
        """The interval a printed value stands for, in units of `scale` per printed unit."""
        half = 0.0 if exact else 0.5 * 10.0 ** -decimals
        lo, hi = (value - half) * scale, (value + half) * scale
        return cls(min(lo, hi), max(lo, hi))

    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def __add__(self, other: Interval) -> Interval:
        return Interval(self.lo + other.lo, self.hi + other.hi)

    def __sub__(self, other: Interval) -> Interval:
        return Interval(self.lo - other.hi, self.hi - other.lo)

    def __mul__(self, other: Interval) -> Interval:
        corners = [a * b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(corners), max(corners))

    def __truediv__(self, other: Interval) -> Interval:
        if other.lo <= 0 <= other.hi:
            raise ZeroDivisionError("interval divisor spans zero")
        corners = [a / b for a in (self.lo, self.hi) for b in (other.lo, other.hi)]
        return Interval(min(corners), max(corners))

    def scaled(self, factor: float) -> Interval:
        return self * Interval.point(factor)

    def widened(self, relative: float) -> Interval:
        """Widen by a relative tolerance of each end's magnitude (a soft tolerance)."""
        return Interval(self.lo - abs(self.lo) * relative, self.hi + abs(self.hi) * relative)

    def gap(self, other: Interval) -> float:
        """How far apart two intervals are; 0 when they overlap."""
        return max(0.0, self.lo - other.hi, other.lo - self.hi)

    def overlaps(self, other: Interval) -> bool:
        return self.gap(other) <= EPS


def total(intervals: list[Interval]) -> Interval:
    out = Interval.point(0.0)
    for i in intervals:
        out = out + i
    return out
