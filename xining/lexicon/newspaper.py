"""Newspaper forms: bylines, photo credits, list markers, datelines, genre words.

Data only; the rules that use them live in layout.py, bylines.py, articles.py and headlines.py.
"""
from __future__ import annotations

import re

from ..chinese import HAN, SMALL_NUMERALS

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
_CN_DIGITS = SMALL_NUMERALS
LIST_MARKER_RE = re.compile(
    rf"^(?:\d{{1,2}}[.．、](?![\d%％])|[{_CN_DIGITS}]{{1,3}}、|[（(](?:[{_CN_DIGITS}]{{1,3}}|\d{{1,2}})[）)])"
)
# A paragraph that opens with a date and a comma is a dateline lead (`3月25日，`, `3月26日上午，`).
DATE_LEAD_RE = re.compile(
    rf"^(?:(?:\d{{4}}|[{_CN_DIGITS}]{{4}})年)?(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})月"
    rf"(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})日(?:[上下]午|中午|晚间?|早上|凌晨|傍晚)?[，,]"
)

# Marks a headline never contains.
INTERNAL_HEADLINE_BREAKERS = "。；;"

# --- headlines -------------------------------------------------------------------------
# Headlines naming a recurring bulletin; they belong with the page's unsigned, dated bulletins.
BULLETIN_WORDS = ("日报", "周报", "月报", "快报", "通报", "简报", "播报")

# --- page furniture (the corpus reads a page's date, number and section from it) --------------
# Only the first lines of a dump are the masthead strip; furniture further down is not looked for.
FURNITURE_LINES = 8
# `2024 年 4 月 19 日 星期五`: the issue date as the strip prints it (spaces from the PDF allowed).
FURNITURE_DATE_RE = re.compile(r"^\s*(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:星期[一二三四五六日天])?\s*$")
WEEKDAY_RE = re.compile(r"^\s*星期[一二三四五六日天]\s*$")
# A page number alone (`7`, `A06`, `第7版`), or followed by the section's name (`7 理论`).
PAGE_NUMBER_RE = re.compile(rf"^\s*(?:第\s*)?(?P<n>[A-Za-z]?\d{{1,3}})\s*版?\s*(?P<section>[{HAN}]{{2,6}})?\s*$")
# A section name standing on its own line next to the page number: a few characters, no punctuation.
SECTION_RE = re.compile(rf"^\s*(?P<section>[{HAN}]{{2,6}})\s*$")
# Words of the strip that are not section names.
NOT_SECTIONS = ("星期", "责编", "美编", "校对", "统筹", "编辑", "中缝")
