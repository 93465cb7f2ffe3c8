"""Interval arithmetic: a printed value stands for the interval its decimals allow."""
import pytest

from xining.intervals import Interval, total


def test_printed_value_interval():
    i = Interval.printed(40.0, 1)
    assert (i.lo, i.hi) == pytest.approx((39.95, 40.05))


def test_multiplier_scales_the_interval():
    i = Interval.printed(1.2, 1, scale=1e4)  # 1.2万
    assert (i.lo, i.hi) == pytest.approx((11500, 12500))


def test_exact_counts_have_no_width():
    assert Interval.printed(801, 0, exact=True) == Interval(801, 801)


def test_sums_add_half_widths():
    s = total([Interval.printed(7.7, 1), Interval.printed(1.3, 1)])
    assert (s.lo, s.hi) == pytest.approx((8.9, 9.1))


def test_products_and_ratios_take_corners():
    p = Interval(2, 3) * Interval(-1, 4)
    assert (p.lo, p.hi) == (-3, 12)
    q = Interval(1, 2) / Interval(4, 8)
    assert (q.lo, q.hi) == (0.125, 0.5)
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2) / Interval(-1, 1)


def test_gap_and_overlap():
    assert Interval(0, 1).gap(Interval(1.5, 2)) == pytest.approx(0.5)
    assert Interval(0, 1).overlaps(Interval(1, 2))
    assert not Interval(0, 1).overlaps(Interval(1.01, 2))
