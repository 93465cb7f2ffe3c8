"""Lexicons of newspaper layout: punctuation, bylines, credits, list markers, genre words.

Data only; the rules that use them live in layout.py, articles.py and headlines.py.
"""
from __future__ import annotations

import re

# Characters that are "CJK" for spacing purposes: whitespace next to them is a PDF artifact.
CJK_CHARS = (
    "\u2e80-\u2fff\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
    "\u2014\u2026\u201c\u201d\u2018\u2019\u00b7"
)
HAN = "\u4e00-\u9fff"

SENTENCE_FINAL = "。！？!?…"
# Closing marks that may follow a sentence-final mark: `“开门红”。` and `…效果。”` both end a sentence.
CLOSERS = "”’」』）)】》"
CLAUSE_PUNCT = "，、；：,;:"
INTERNAL_HEADLINE_BREAKERS = "。；;"

# A half-width full stop ends a sentence too, unless it belongs to a number (`第3.`, `1.`).
_SENTENCE_END_RE = re.compile(f"(?:[{re.escape(SENTENCE_FINAL)}]|(?<![0-9.])\\.)[{re.escape(CLOSERS)}]*$")


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END_RE.search(text))


def ends_title(text: str) -> bool:
    """A line ending in a colon introduces what follows (`热点问题：`)."""
    return text.endswith(("：", ":"))


# --- bylines ---------------------------------------------------------------------------
# Agencies end in 讯 after 报/刊/社/台/网 (`本报讯`, `晚报讯`, `青海日报讯`), or stand in
# lenticular brackets (`【某某晚报讯】`), or are a wire dateline (`新华社北京3月25日电`).
_AGENCY = (
    rf"【(?P<bracketed>[^】]{{1,20}})】"
    rf"|(?P<agency>[{HAN}]{{0,10}}(?:报|刊|社|台|网)讯)"
    rf"|(?P<wire>(?:新华社|中新社|中新网)[^（(，。]{{0,16}}电)"
)
BYLINE_LEAD_RE = re.compile(
    rf"^\s*(?:{_AGENCY})\s*(?:[（(](?P<people>[^）)]{{1,60}})[）)])?"
)
# `本报记者 张三 李四` on a line of its own, or before the body.
STAFF_BYLINE_RE = re.compile(
    rf"^\s*(?P<agency>本报|本刊)?(?P<people>(?:特约|见习)?(?:记者|通讯员|实习生)"
    rf"(?:[\s\u3000、]*(?:(?:特约|见习)?(?:记者|通讯员|实习生))?[\s\u3000]*[{HAN}·]{{2,4}})+)"
    rf"\s*(?:报道|摄影报道)?\s*$"
)
REPORTER_ROLES = ("特约记者", "见习记者", "记者", "实习生")
CORRESPONDENT_ROLES = ("通讯员",)

# --- photo credits ---------------------------------------------------------------------
CREDIT_UNIT_RE = re.compile(
    rf"(?:(?:本报)?(?:记者|通讯员)?\s*(?P<name>[{HAN}·]{{2,4}}?)\s*/?\s*摄(?:影)?)"
    rf"|(?P<plain>资料图片|资料图|新华社发|图片由[{HAN}]{{2,16}}提供)"
)
CREDIT_SEPARATORS = " \u3000，、,"

# --- structure -------------------------------------------------------------------------
_CN_DIGITS = "一二三四五六七八九十两〇零"
LIST_MARKER_RE = re.compile(
    rf"^(?:\d{{1,2}}[.．、](?![\d%％])|[{_CN_DIGITS}]{{1,3}}、|[（(](?:[{_CN_DIGITS}]{{1,3}}|\d{{1,2}})[）)])"
)
# A paragraph that opens with a date and a comma is a dateline lead (`3月25日，`, `3月26日上午，`).
DATE_LEAD_RE = re.compile(
    rf"^(?:(?:\d{{4}}|[{_CN_DIGITS}]{{4}})年)?(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})月"
    rf"(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})日(?:[上下]午|中午|晚间?|早上|凌晨|傍晚)?[，,]"
)

# --- headlines -------------------------------------------------------------------------
# Headlines naming a recurring bulletin; they belong with the page's unsigned, dated bulletins.
BULLETIN_WORDS = ("日报", "周报", "月报", "快报", "通报", "简报", "播报")
