"""Units and measure words: what a number counts or measures, and its base unit.

Base units (`normalized_unit`): mass `t`, length `m`, area `m2`, volume `m3`, power `kW`,
energy `GWh`, data `B`, money `CNY` (other currencies keep their ISO code); count units
(件, 个, 人…) and piece units (头, 只, 套) are their own base. A printed multiplier
(万, 亿, 万亿, 千) is folded into the normalized value: 3.6万吨 -> 36000 t.
"""
from __future__ import annotations

import re

from .lexicon.units import UNITS
from .model import Unit

_UNIT_RE = re.compile("|".join(sorted(map(re.escape, UNITS), key=len, reverse=True)))
_ASCII_UNIT_END = re.compile(r"[A-Za-z0-9]")


def unit_at(text: str, pos: int) -> Unit | None:
    """The longest unit printed at `pos` (a Latin unit must not run on into a longer word)."""
    m = _UNIT_RE.match(text, pos)
    if not m:
        return None
    unit = UNITS[m.group(0)]
    if unit.text[-1].isascii() and m.end() < len(text) and _ASCII_UNIT_END.match(text, m.end()):
        return None
    return unit
