"""The number layer: every number written in a Chinese text, with its value and printed precision.

Handles Arabic numbers (decimals, thousands separators, full-width digits, signs, exponents,
k/M suffixes, the multipliers 千/万/亿/万亿 after them), Chinese numerals (through cn2an's
`normal` mode, after normalising the forms it rejects: 兆, 万万, leading 百/千, 百零十), financial
and traditional forms (壹贰叁, 萬億), fractions (三分之一, 3又一千分之23, 3/5), percent
(9.0%, 百分之五十, 千分之三), percentage points (13.7个百分点), 成 and 折.

`scan(text)` never runs cn2an over running text: only over spans already known to be numerals.
Offsets index the text as given (folding full-width and traditional forms is one character to one).
"""
from __future__ import annotations

import functools
import math
import re
import warnings
from dataclasses import dataclass

import cn2an

from .chinese import DIGIT_VALUE, NUMERAL_DIGITS, to_simplified
from .errors import UnreadableNumber
from .lexicon import numerals as nl
from .model import Num

FOLD = str.maketrans({k: v for k, v in nl.FOLD_TABLE.items() if k != "，"})


def fold(text: str) -> str:
    """Full-width to ASCII, traditional and financial numerals to plain ones: one character to one.

    A full-width comma separates thousands only between full-width digits (１，１２３); elsewhere it
    is a clause mark (2成，3成) and stays.
    """
    if "，" in text:
        text = _FULLWIDTH_THOUSANDS.sub(",", text)
    return to_simplified(text).translate(FOLD)


_FULLWIDTH_THOUSANDS = re.compile("(?<=[０-９])，(?=[０-９]{3})")


# --- patterns over folded text ----------------------------------------------------------
_D = NUMERAL_DIGITS
_SP = r"[ \t]*"
_UNIT_STEM = "|".join(nl.UNIT_STEMS_AFTER_PREFIX)
# A dotted chain (2222.2222.222) is separate numbers, not decimals.
_AR = r"(?>\d{1,3}(?:,\d{3})+(?![\d])(?:\.\d+)?|(?<![\d.])\d+\.\d+(?![.\d])|\d++|(?<![\d.])\.\d+)"
_CN = rf"(?:[{_D}十百万亿]|[千兆](?!{_SP}(?:{_UNIT_STEM})))"
_ATOM = rf"(?:{_AR}|{_CN})"
# Atoms are atomic and the repetition possessive: a long digit string must not be re-split
# every possible way when a construct fails to match after it (exponential backtracking).
_RUN = (
    rf"(?:{_ATOM}(?:{_SP}(?>{_AR}|{_CN}|[余多几](?={_SP}[十百千万亿])|点(?={_SP}[零〇一二三四五六七八九])))*+)"
)
_SIGN = r"(?:(?<![0-9A-Za-z.%)\-])-(?!-)|负)"  # after a digit or letter a dash is a range: 5-20%
_SIGNED = rf"(?:{_SIGN}{_SP})?{_RUN}"

_PATTERNS = [
    ("url", r"https?://\S+|www\.\S+"),
    ("pctword", rf"(?<![{_D}\d十百千万亿])(?P<pw_den>百万万|百万|千万|万万|百|千|万){_SP}分{_SP}之{_SP}"
                rf"(?P<pw_num>{_SIGNED}(?:{_SP}[kK](?![a-zA-Z]))?)"),
    ("frac", rf"(?:(?P<fr_int>{_SIGNED}){_SP}又{_SP})?(?P<fr_den>{_SIGNED}){_SP}分{_SP}之{_SP}(?P<fr_num>{_SIGNED})"),
    ("slash", rf"(?:(?P<sl_int>{_SIGN}?\d+)[ \t]+)?(?P<sl_num>{_SIGN}?\d+){_SP}/{_SP}(?P<sl_den>\d+)(?![\d/])"),
    ("points", rf"(?P<pt_num>{_SIGNED}(?:{_SP}[kK](?![a-zA-Z]))?){_SP}个{_SP}百{_SP}分{_SP}点"),
    ("percent", rf"(?P<pc_num>{_SIGNED}){_SP}%"),
    ("cheng", rf"(?P<ch_num>{_SIGNED}|半){_SP}成(?:(?P<ch_half>{_SP}半)|(?P<ch_dig>{_SP}[一二三四五六七八九])(?![{_D}十百千万亿成折]))?"),
    ("zhe", rf"(?:(?<=打)(?P<zh_dui>对)|(?P<zh_num>{_SIGNED}|半)){_SP}折"),
    ("plain", rf"(?P<run>{_SIGNED})(?P<suffix>(?<=\d)[eE][-+]?\d+|{_SP}\^{_SP}[-+]*\d+(?:\.\d+)?|{_SP}[kK](?![a-zA-Z])|{_SP}M(?![a-zA-Z]))?"),
]
# Every construct starts with one of these characters; the lookahead lets the engine skip the rest fast.
_FIRST = rf"(?=[\d.\-负半对hw{_D}十百千万亿兆])"
_MASTER = re.compile(_FIRST + "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _PATTERNS) + ")")
_STOP = re.compile("|".join(sorted(map(re.escape, nl.NOT_NUMBERS), key=len, reverse=True)))


def scan(text: str) -> list[Num]:
    """All numbers in `text`, left to right, without overlaps."""
    folded = fold(text)
    blocked = _blocked(folded)
    out: list[Num] = []
    for m in _MASTER.finditer(folded):
        kind = m.lastgroup
        if kind == "url":
            continue
        found = _HANDLERS[kind](m, folded)
        if found is None:
            found = _runs(folded, m.start(), m.end())
        out.extend(n for n in found if not _is_blocked(n, text, blocked))
    return [_with_text(n, text) for n in out]


def _with_text(n: Num, text: str) -> Num:
    return n if n.text == text[n.start:n.end] else Num(**{**n.__dict__, "text": text[n.start:n.end]})


def _blocked(text: str) -> dict[int, tuple[int, int]]:
    """Each position inside a word that only looks numeric, mapped to that word's span."""
    return {i: m.span() for m in _STOP.finditer(text) for i in range(m.start(), m.end())}


def _is_blocked(n: Num, text: str, blocked: dict[int, tuple[int, int]]) -> bool:
    """In a word that only looks numeric (一切, 四川), unless the number holds the whole word (一百零一万一千)."""
    for i in range(n.start, n.end):
        span = blocked.get(i)
        if span and not (n.start <= span[0] and span[1] <= n.end):
            return True
    return n.end - n.start == 1 and text[n.start] in nl.AMBIGUOUS_FINANCIAL


# --- evaluation -------------------------------------------------------------------------
@dataclass(frozen=True)
class _Value:
    value: float
    mantissa: float
    multiplier: str
    decimals: int
    approx: bool


class _Unreadable(Exception):
    """A well-formed numeral that the numeral reader (cn2an) cannot read: skipped whole, and counted."""


#: What `_evaluate` returns for a numeral the reader failed on (cached like any other answer).
UNREADABLE = object()


@functools.lru_cache(maxsize=4096)
def _evaluate(s: str) -> _Value | None | object:
    """Value of one numeral span (folded text); None when it is not a number, UNREADABLE when cn2an failed."""
    s = re.sub(r"[ \t]", "", s)
    approx = bool(re.search("[余多几]", s))
    s = re.sub("零?[余多几]", "", s)
    sign = 1.0
    if s[:1] in ("-", "负"):
        sign, s = -1.0, s[1:]
    if s == "半百":
        return _Value(50.0, 50.0, "", 0, approx)
    if not s or s in ("万", "亿", "兆", "万万", "百", "千", "点"):
        return None
    if nl.APPROX_RANGE.search(s):
        return None  # 二三十: "twenty or thirty", not a number
    try:
        parsed = _arabic(s) if re.search(r"\d", s) else _chinese(s)
    except OverflowError:
        return None
    except _Unreadable:
        return UNREADABLE
    if parsed is None or not all(math.isfinite(x) for x in parsed[:2]):
        return None
    value, mantissa, multiplier, decimals = parsed
    return _Value(sign * value, sign * mantissa, multiplier, decimals, approx)


_AR_WITH_MULT = re.compile(rf"^(?P<m>{_AR})(?P<mult>万亿|万万|亿|万|千|百|十|兆)?$")


def _arabic(s: str) -> tuple[float, float, str, int] | None:
    m = _AR_WITH_MULT.match(s)
    if m:
        digits = m.group("m")
        if "," in digits and not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", digits):
            return None
        mantissa = float(digits.replace(",", ""))
        mult = m.group("mult") or ""
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        return mantissa * nl.MULTIPLIERS.get(mult, 1), mantissa, mult, decimals
    if "." in s or "," in s:
        return None  # digits mixed with Chinese units only as whole numbers: 3万4000, 2千零30万
    chinese = re.sub(r"\d+", lambda d: _an2cn(d.group(0)), s)
    parsed = _chinese(chinese)
    return None if parsed is None else (parsed[0], parsed[0], "", 0)


def _an2cn(digits: str) -> str:
    """Digits to a Chinese numeral, for mixed forms like 3万4000; cn2an reads at most 16 digits."""
    try:
        return cn2an.an2cn(digits)
    except Exception as error:  # cn2an raises ValueError today; no exception of a dependency may escape
        raise _Unreadable(digits) from error


def _chinese(s: str) -> tuple[float, float, str, int] | None:
    """Pure Chinese numeral: cn2an normal mode, after normalising the forms it does not accept."""
    if not re.search(f"[{_D}十]", s) or re.search(".两$", s):
        return None  # a trailing 两 after other numerals is the unit liang (三十两), not a digit
    s = s.replace("〇", "零").replace("万万", "亿")
    s = re.sub(r"^零+(?=[十百千])", "", s)
    s = re.sub(r"^([百千])", r"一\1", s)
    s = s.replace("百零十", "百一十")
    integer, _, fraction = s.partition("点")
    if fraction and not re.fullmatch(f"[{_D}]+", fraction):
        return None
    total = _chinese_integer(integer)
    if total is None:
        return None
    decimals = len(fraction)
    value = total + (float("0." + "".join(str(DIGIT_VALUE[c]) for c in fraction)) if fraction else 0.0)
    mult = ""
    mantissa = value
    m = re.search("(万亿|亿|万)$", integer)
    if m and not fraction and not re.search("[万亿兆]", integer[: m.start()]):
        head = _chinese_integer(integer[: m.start()]) if m.start() else None
        if head:
            mult, mantissa = m.group(1), head
    return value, mantissa, mult, decimals


def _chinese_integer(s: str) -> float | None:
    if not s:
        return None
    for big in ("兆", "万亿"):  # cn2an mishandles a trillion followed by a 亿 section
        if big in s:
            head, _, tail = s.partition(big)
            left = _chinese_integer(head) if head else 1.0
            right = _chinese_integer(tail.lstrip("零")) if tail.strip("零") else 0.0
            if left is None or right is None:
                return None
            return left * 1e12 + right
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError, OverflowError):
        return None  # cn2an rejects what is not a numeral; so do we


# --- handlers per construct ------------------------------------------------------------
def _num(start: int, end: int, v: _Value, kind: str = "number", inner: tuple[int, int] | None = None,
         value: float | None = None) -> Num:
    return Num(start, end, "", v.value if value is None else value, kind, v.mantissa, v.multiplier,
               v.decimals, v.approx, inner)


MAX_NUMERAL = 32  # characters; a longer run of digits is an identifier, not a quantity


def _longest(folded: str, start: int, end: int) -> tuple[int, _Value] | None:
    """The longest prefix of folded[start:end] that is a well-formed number (at most MAX_NUMERAL long)."""
    if nl.APPROX_RANGE.search(folded, start, end):
        return None
    for stop in range(min(end, start + MAX_NUMERAL), start, -1):
        if folded[stop - 1] in " \t":
            continue
        v = _evaluate(folded[start:stop])
        if v is UNREADABLE:  # the longest numeral here cannot be read: none of its prefixes is its value
            _skipped(folded[start:stop])
            return stop, v
        if v is not None:
            return stop, v
    return None


def _read(s: str) -> _Value | None:
    """`_evaluate` for handlers of one whole span: an unreadable numeral is counted and gives no value."""
    v = _evaluate(s)
    if v is UNREADABLE:
        _skipped(s)
        return None
    return v


def _skipped(numeral: str) -> None:
    warnings.warn(UnreadableNumber(f"number skipped: {numeral} (too many digits for the numeral reader)"), stacklevel=3)


def _runs(folded: str, start: int, end: int) -> list[Num]:
    """Split a span into the numbers it holds, each the longest well-formed prefix of what is left."""
    out = []
    pos = start
    while pos < end:
        while pos < end and not re.match(rf"{_SIGN}|[\d.{_D}十百千万亿兆]", folded[pos:end]):
            pos += 1
        if pos >= end:
            break
        found = _longest(folded, pos, end)
        if found is None:
            pos += 1
            continue
        stop, v = found
        if v is not UNREADABLE:
            out.append(_num(pos, stop, v))
        pos = stop
    return out


def _run(m: re.Match, folded: str) -> list[Num] | None:
    start, end = m.span("run")
    if end - start > MAX_NUMERAL and not re.search(r"[ \t,]", folded[start:end]):
        return []  # an unbroken run longer than any numeral: an identifier or noise, not a number
    found = _longest(folded, start, end)
    if found is None:
        return None
    stop, v = found
    if v is UNREADABLE:
        return _runs(folded, stop, m.end())
    if stop < end:
        return [_num(start, stop, v)] + _runs(folded, stop, m.end())
    suffix = (m.group("suffix") or "").strip(" \t")
    if not suffix:
        return [_num(start, stop, v)]
    value = _apply_suffix(v.value, suffix)
    if value is None:
        return [_num(start, stop, v)]
    return [_num(start, m.end(), v, value=value)]


def _apply_suffix(value: float, suffix: str) -> float | None:
    try:
        result = _suffixed(value, suffix)
    except (OverflowError, ZeroDivisionError, ValueError):
        return None
    return result if result is None or (isinstance(result, float) and math.isfinite(result)) else None


def _suffixed(value: float, suffix: str) -> float | None:
    if suffix[0] in "eE":
        return value * 10.0 ** int(suffix[1:])
    if suffix[0] == "^":
        exponent = suffix[1:].strip(" \t")
        sign = -1 if exponent.lstrip("+").count("-") % 2 else 1
        result = value ** (sign * float(exponent.lstrip("+-")))
        return result if isinstance(result, float) else None  # a negative base to a fraction is complex
    if suffix in ("k", "K"):
        return value * 1e3
    if suffix == "M":
        return value * 1e6
    return None


def _span_value(m: re.Match, group: str, folded: str) -> tuple[tuple[int, int], _Value] | None:
    start, end = m.span(group)
    text = folded[start:end]
    k = re.search(r"[ \t]*[kK]$", text)
    if k:
        v = _read(text[: k.start()])
        return None if v is None else ((start, end), _Value(v.value * 1e3, v.mantissa * 1e3, v.multiplier, v.decimals, v.approx))
    v = _read(text)
    return None if v is None else ((start, end), v)


def _pctword(m: re.Match, folded: str) -> list[Num] | None:
    if re.sub(r"[ \t]", "", m.group("pw_num")) == "百":  # 百分之百
        return [Num(m.start(), m.end(), "", 100.0, "percent", 100.0, "", 0, inner=m.span("pw_num"))]
    found = _longest_group(m, "pw_num", folded)
    if found is None:
        return None
    (start, stop), v = found
    scale = nl.PERCENT_DENOMINATORS[re.sub(r"[ \t]", "", m.group("pw_den"))]
    return [_num(m.start(), stop, v, "percent", inner=(start, stop), value=v.value * scale)]


def _longest_group(m: re.Match, group: str, folded: str) -> tuple[tuple[int, int], _Value] | None:
    start, end = m.span(group)
    exact = _span_value(m, group, folded)
    if exact is not None:
        return exact
    found = _longest(folded, start, end)
    return None if found is None or found[1] is UNREADABLE else ((start, found[0]), found[1])


def _frac(m: re.Match, folded: str) -> list[Num] | None:
    den, num = _span_value(m, "fr_den", folded), _span_value(m, "fr_num", folded)
    if den is None or num is None or den[1].value == 0:
        return None
    value = num[1].value / den[1].value
    if m.group("fr_int"):
        whole = _span_value(m, "fr_int", folded)
        if whole is None:
            return None
        value = whole[1].value + (value if whole[1].value >= 0 else -value)
    return [Num(m.start(), m.end(), "", value, "ratio", value, "", 0)]


def _signed_int(s: str) -> float:
    """`-3`, `负3` or `3` as a float: the sign may be written 负, which float() does not read."""
    return -float(s[1:]) if s[:1] in ("-", "负") else float(s)


def _slash(m: re.Match, folded: str) -> list[Num] | None:
    num, den = _signed_int(m.group("sl_num")), float(m.group("sl_den"))
    if den == 0:
        return None
    value = num / den
    if m.group("sl_int"):
        whole = _signed_int(m.group("sl_int"))
        value = whole + (value if whole >= 0 else -value)
    return [Num(m.start(), m.end(), "", value, "ratio", value, "", 0)]


def _marked(group: str, kind: str):
    """A handler for a number followed by its mark: 9.0% (percent), 13.7个百分点 (percentage points)."""
    def handle(m: re.Match, folded: str) -> list[Num] | None:
        found = _span_value(m, group, folded)
        if found is None:
            return None
        span, v = found
        return [_num(m.start(), m.end(), v, kind, inner=span)]
    return handle


def _cheng(m: re.Match, folded: str) -> list[Num] | None:
    v = _half_or_value(m, "ch_num", folded)
    if v is None or not 0 < v.value <= 10:
        return None
    tenths = v.value
    if m.group("ch_half"):
        tenths += 0.5
    elif m.group("ch_dig"):
        tenths += DIGIT_VALUE[m.group("ch_dig").strip(" \t")] / 10
    return [_num(m.start(), m.end(), v, "fraction", inner=m.span("ch_num"), value=tenths / 10)]


def _zhe(m: re.Match, folded: str) -> list[Num] | None:
    if m.group("zh_dui") or m.group("zh_num") == "半":  # 对折, 半折: half price
        return [Num(m.start(), m.end(), "", 50.0, "discount", 5.0, "", 0)]
    text = re.sub(r"[ \t]", "", m.group("zh_num"))
    if re.fullmatch(r"\d{2}", text) or re.fullmatch(f"[{_D}]{{2}}", text):  # 75折, 三八折: two digits
        v = _read(text) if not text.isdigit() else _Value(float(text), float(text), "", 0, False)
        return None if v is None else [_num(m.start(), m.end(), v, "discount", value=v.value)]
    v = _half_or_value(m, "zh_num", folded)
    if v is None or not 0 < v.value < 10:
        return None
    return [_num(m.start(), m.end(), v, "discount", value=v.value * 10)]


def _half_or_value(m: re.Match, group: str, folded: str) -> _Value | None:
    if m.group(group) == "半":
        return _Value(0.5, 0.5, "", 1, False)
    found = _span_value(m, group, folded)
    return None if found is None else found[1]


_HANDLERS = {
    "pctword": _pctword, "frac": _frac, "slash": _slash,
    "points": _marked("pt_num", "percentage_point"), "percent": _marked("pc_num", "percent"),
    "cheng": _cheng, "zhe": _zhe, "plain": _run,
}
