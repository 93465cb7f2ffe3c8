"""Data: what an e-paper page prints besides articles, and how its fonts and bylines read.

Font-name evidence, page furniture, ads and notices, trailers and signatures, byline marks and credits inside
byline lines. Data only; pdf.py and bylines.py use them.
"""
from __future__ import annotations

import re

from ..chinese import HAN

# --- font names -----------------------------------------------------------------------
# Chinese font names say what a face is for: bold flags are unreliable for CJK fonts, names are not.
# Founder (方正, FZ…) and other vendors' abbreviations, matched case-insensitively inside the base font name.
HEAVY_FONT_MARKS = ("hei", "ht", "dht", "xbs", "zdx", "cch", "song-bold", "bold", "黑", "标宋", "粗")
KAI_FONT_MARKS = ("kai", "kt", "xk", "楷")  # 楷体: bylines, intros, captions
FANG_FONT_MARKS = ("fang", "fs", "仿宋")

# --- page furniture -------------------------------------------------------------------
# Lines that run the page, not an article: staff credits, contacts, date lines, page labels.
FURNITURE_RE = re.compile(
    r"^(?:(?:统筹|责编|责任编辑|编辑|美编|责任美编|校对|一审|二审|三审|终审|版式|制图|组版|照排|设计|视觉)[\s:：]*[" + HAN + r"·\s]{1,12})+$"
    r"|投稿邮箱|新闻热线|报料热线|热线电话|邮箱[:：]|微信[:：]|电话[:：]|扫码|二维码"
    r"|^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*星期[一二三四五六日天])?$"
    r"|^星期[一二三四五六日天]$"
    r"|^(?:[A-Z]{0,2}\d{1,3}|第\s*\d{1,3}\s*版)$"
)
# Words that only ever label a section of the paper when they stand alone on a line in the top or bottom band.
# Labels over a column of briefs (简讯): each title under one heads a brief of its own.
BRIEFS_LABEL_RE = re.compile(rf"^[{HAN}]{{0,4}}(?:简讯|快讯|短讯|速览|速递|资讯|简报|一句话新闻|新闻早知道)$")
# --- ads and notices ------------------------------------------------------------------
AD_MARK_RE = re.compile(r"[（(]\s*广告\s*[）)]\s*$")
NOTICE_WORDS = ("公告", "声明", "遗失", "启事", "中缝", "通知书", "催告", "公示", "拍卖")
# What paid notices say: court and arbitration service by notice, lost papers, statements, calls of meetings.
NOTICE_TEXT_RE = re.compile(
    r"公告送达|特此公告|特此声明|声明作废|予以作废|遗失|本院受理|本委受理|本院已受理|视为送达|公告期满|公告之日起|债权人|清算组|注销登记|召开.{0,12}大会"
)
NOTICE_TITLE_RE = re.compile(rf"^[{HAN}\d/／·\s]*(?:{'|'.join(NOTICE_WORDS)})[{HAN}\s]{{0,4}}$")

# --- trailers and bylines -------------------------------------------------------------
# `（作者为…研究员）`, `（作者单位：…）`, `（作者系…）`: the author's note printed after the last paragraph.
TRAILER_RE = re.compile(r"^[（(]\s*作者(?:为|系|是|单位|简介)[^）)]*[）)]?$")
# `（李 华）`, `（记者 张三）`: a signature in parentheses after the last sentence.
SIGNATURE_RE = re.compile(
    rf"^[（(]\s*(?:(?:本报)?(?:记者|通讯员|见习记者|实习生)\s*)?[{HAN}](?:\s*[{HAN}]){{1,3}}(?:[\s、]+[{HAN}](?:\s*[{HAN}]){{1,3}})*\s*[）)]$"
)
# Short parentheticals that close an article but name nobody (`（完）`, `（下转第二版）`).
NOT_SIGNATURES = ("完", "待续", "续完", "未完", "图文", "上接", "下转", "转自", "接上", "有删节", "略")
# A name set apart: two to four Han characters, letter-spaced or not; several names separated by wider gaps.
NAME_RE = re.compile(rf"^[{HAN}·]{{2,4}}$")
# Roles a byline line may carry (`■记者 X 通讯员 Y`, `…记者 X 见习记者 Y/文`).
BYLINE_ROLES = ("特约记者", "见习记者", "实习记者", "记者", "通讯员", "实习生")
NAME_CHAR_RE = re.compile(rf"^[{HAN}]$")
# What a byline line may carry besides names: `/文`, `/摄`, `受访者供图`, `X 摄`.
BYLINE_CREDIT_RE = re.compile(rf"\s*/\s*(?:文|图|摄|文图|图文)|[{HAN}]{{0,6}}供图|[{HAN}]{{0,4}}摄影?$|报道$")
BYLINE_MARKS = "■□●◆▲▼★☆◎▶►|｜▎▍▌▋▊▉█"
# Credits printed inside a byline line or on their own (`受访者供图`, `X/摄`, `X 摄`, `资料图片`).
CREDIT_RE = re.compile(
    rf"(?:[{HAN}·]{{2,6}}\s*/?\s*摄(?:影)?|[{HAN}]{{0,6}}供图|资料图片|资料图|制图[:：]\s*[{HAN}·\s]{{2,8}}"
    rf"|[{HAN}\s]{{2,8}}作\s*[（(][{HAN}]{{2,6}}发[）)]|[{HAN}]{{0,6}}社发)$"
)

# A photo credit that names its roles (`本报记者 X 摄`, `通讯员 X/摄`): it ends in 摄 and carries no text mark
# (`文/摄`, `X 文 Y 摄`, `文图`: the writer is signed too, so it is a byline). Matched on the line as printed, spaces
# kept, so a name ending in 文 (`罗明文 摄`) is no text mark.
PHOTO_CREDIT_END_RE = re.compile(r"摄(?:影)?\s*$")
TEXT_MARK_RE = re.compile(r"(?:^|[\s/／])文(?=[\s/／]|$)|文图|图文")

# A subtitle (副题) opens with a dash: `——某地经济运行观察`. Set under its headline it is the subtitle, centred or not.
SUBTITLE_LEADS = ("——", "—", "－－", "--")

# --- vertical text --------------------------------------------------------------------
# Presentation forms that vertical setting prints for punctuation, read as their horizontal forms.
VERTICAL_FORMS = {
    "﹃": "“", "﹄": "”", "﹁": "‘", "﹂": "’", "︵": "（", "︶": "）", "︗": "【", "︘": "】", "︽": "《", "︾": "》",
    "︿": "〈", "﹀": "〉", "︐": "，", "︑": "、", "︒": "。", "︓": "：", "︔": "；", "︕": "！", "︖": "？", "︙": "…",
    "︱": "—", "︳": "|", "︴": "—", "︹": "〔", "︺": "〕", "︻": "【", "︼": "】", "﹇": "[", "﹈": "]",
}
