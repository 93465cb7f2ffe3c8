"""Adapters from xining's number layer to the result format of Recognizers-Text's Chinese specs.

The English unit names below exist only to compare with the specs; xining itself reports
printed units and base units (see xining/units.py); currency symbols and minor units matter only here.
"""
from __future__ import annotations

import re
import unicodedata

from xining.lexicon.units import UNITS
from xining.model import Unit
from xining.numbers import Num, fold, scan
from xining.units import unit_at

ENGLISH_UNITS = {
    "亩": "Mu", "公斤": "Kilogram", "千克": "Kilogram", "kg": "Kilogram", "公分": "Centimeter", "厘米": "Centimeter",
    "cm": "Centimeter", "CM": "Centimeter", "KM": "Kilometer", "KG": "Kilogram", "吨": "Ton", "米": "Meter", "m": "Meter",
    "斤": "Jin", "千米": "Kilometer", "公里": "Kilometer",
    "km": "Kilometer", "克": "Gram", "微克": "Microgram", "两": "Liang", "千比特": "Kilobit", "比特": "Bit",
    "兆字节": "Megabyte", "千字节": "Kilobyte", "字节": "Byte", "平方米": "Square meter", "立方米": "Cubic meter",
}
ENGLISH_CURRENCIES = {
    "CNY": "Chinese yuan", "USD": "United States dollar", "EUR": "Euro", "HKD": "Hong Kong dollar",
    "TWD": "New Taiwan dollar", "JPY": "Japanese yen", "GBP": "British pound", "CHF": "Swiss franc",
    "NGN": "Nigerian naira", "BTC": "Bitcoin",
}
# Currency symbols printed before the amount.
CURRENCY_SYMBOLS = {"¥": "CNY", "￥": "CNY", "$": "USD", "€": "EUR", "£": "GBP"}

# A major currency unit may be followed by its minor unit: 五元三毛, 两美元又三美分, 10日元5日本銭.
MINOR_UNITS = {"元": ("角", "毛", "分"), "块": ("毛",), "美元": ("美分",), "欧元": ("欧分",), "日元": ("日本銭", "銭")}
CURRENCY_NAMES = {"人民币": "CNY", "美元": "USD", "欧元": "EUR", "日元": "JPY", "英镑": "GBP", "港元": "HKD"}


def _result(text: str, start: int, end: int, type_name: str, resolution: dict) -> dict:
    # The specs' Text is NFKC and lower case, except that the full-width yen sign stays.
    printed = unicodedata.normalize("NFKC", text[start:end].replace("￥", "\0")).lower().replace("\0", "￥")
    return {"Text": printed, "TypeName": type_name,
            "Resolution": resolution, "Start": start, "End": end - 1}


def _value(v: float) -> str:
    return repr(round(v, 10))


# Currencies and the dozen (打) that only the specs ask about: xining's lexicons leave them out.
EXTRA_UNITS = {"奈拉": Unit("奈拉", "money", "NGN", 1), "比特币": Unit("比特币", "money", "BTC", 1)}
_DOZEN = re.compile(r"[ \t]*打")


def _unit_at(folded: str, pos: int) -> Unit | None:
    extra = next((u for name, u in EXTRA_UNITS.items() if folded.startswith(name, pos)), None)
    return extra or unit_at(folded, pos)


def number_model(text: str) -> list[dict]:
    out = []
    for n in scan(text):
        dozen = _DOZEN.match(text, n.end) if n.kind == "number" and n.value == int(n.value) else None
        if dozen:
            out.append(_result(text, n.start, dozen.end(), "number", {"value": _value(n.value * 12)}))
        elif n.kind in ("number", "ratio"):
            out.append(_result(text, n.start, n.end, "number", {"value": _value(n.value)}))
        elif n.kind == "percentage_point" or (n.kind == "percent" and "分" in fold(n.text)):
            s, e = n.inner
            value = n.value if n.kind == "percentage_point" else _inner_value(n)
            out.append(_result(text, s, _strip_end(text, s, e), "number", {"value": _value(value)}))
    return out


def _inner_value(n: Num) -> float:
    return n.mantissa * (1e3 if re.search("[kK]$", n.text) else 1) if n.multiplier == "" else n.value


def _strip_end(text: str, s: int, e: int) -> int:
    while e > s and text[e - 1] in " \t\u3000":
        e -= 1
    return e


def percent_model(text: str, convention: bool = False) -> list[dict]:
    out = []
    for n in scan(text):
        if n.kind == "percent":
            out.append(_result(text, n.start, n.end, "percentage", {"value": f"{_value(n.value)}%"}))
        elif convention and n.kind in ("percentage_point", "discount"):
            out.append(_result(text, n.start, n.end, "percentage", {"value": f"{_value(n.value)}%"}))
        elif convention and n.kind == "fraction":
            out.append(_result(text, n.start, n.end, "percentage", {"value": f"{_value(n.value * 100)}%"}))
    return out


def _after_number(text: str, n: Num) -> tuple[int, object] | None:
    pos = n.end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    unit = unit_at(fold(text), pos)
    return (pos, unit) if unit else None


def dimension_model(text: str) -> list[dict]:
    out = []
    for n in scan(text):
        found = _after_number(text, n) if n.kind == "number" else None
        if not found or found[1].kind != "quantity" or found[1].text not in ENGLISH_UNITS:
            continue
        pos, unit = found
        end, value = pos + len(unit.text), n.value
        if text[end:end + 1] == "半" and value == int(value):
            end, value = end + 1, value + 0.5
        out.append(_result(text, n.start, end, "dimension", {"value": _value(value), "unit": ENGLISH_UNITS[unit.text]}))
    return out


def currency_model(text: str) -> list[dict]:
    out, nums, folded = [], scan(text), fold(text)
    used_until = -1
    for i, n in enumerate(nums):
        if n.start < used_until or n.kind != "number":
            continue
        symbol = folded[n.start - 1] if n.start else ""
        if symbol in CURRENCY_SYMBOLS:
            iso = "Dollar" if symbol == "$" else ENGLISH_CURRENCIES[CURRENCY_SYMBOLS[symbol]]
            out.append(_result(text, n.start - 1, n.end, "currency", {"value": _value(n.value), "unit": iso}))
            continue
        pos = n.end + (1 if folded[n.end:n.end + 1] == "个" else 0)
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        unit = _unit_at(folded, pos)
        if not unit or unit.kind != "money":
            continue
        end, value = pos + len(unit.text), n.value * unit.factor
        if folded.startswith("人民币", end) and unit.base == "CNY":
            end += 3
        end, value = _minor(folded, nums[i + 1:], unit, end, value)
        used_until = end
        name = ENGLISH_CURRENCIES[unit.base]
        res = {"value": _value(value), "unit": name}
        if unit.base in ("CNY", "USD", "EUR", "JPY", "HKD", "TWD", "CHF", "NGN", "GBP"):
            res = {"isoCurrency": unit.base, **res}
        out.append(_result(text, n.start, end, "currency", res))
    covered = {i for r in out for i in range(r["Start"], r["End"] + 1)}
    for m in re.finditer("|".join(CURRENCY_NAMES), text):
        if m.start() not in covered:
            name = ENGLISH_CURRENCIES[CURRENCY_NAMES[m.group(0)]]
            out.append(_result(text, m.start(), m.end(), "currency", {"value": None, "unit": name}))
    return sorted(out, key=lambda r: r["Start"])


def _minor(folded: str, rest: list[Num], unit, end: int, value: float) -> tuple[int, float]:
    minors = MINOR_UNITS.get(unit.text, ())
    pos = end + (1 if folded[end:end + 1] == "又" else 0)
    nxt = next((n for n in rest if n.start == pos), None)
    if nxt is None or not minors:
        return end, value
    minor = unit_at(folded, nxt.end)
    if minor is None or minor.text not in minors:
        return end, value
    return nxt.end + len(minor.text), value + nxt.value * UNITS[minor.text].factor / unit.factor


MODELS = {
    "Number": number_model,
    "Percent": percent_model,
    "Percent-convention": lambda t: percent_model(t, convention=True),
    "Dimension": dimension_model,
    "Currency": currency_model,
}
