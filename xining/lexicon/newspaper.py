"""Newspaper forms: bylines, photo credits, list markers, datelines, genre words.

Data only; the rules that use them live in layout.py, bylines.py, articles.py and headlines.py.
"""
from __future__ import annotations

import re

from ..chinese import HAN, SMALL_NUMERALS

# --- bylines ---------------------------------------------------------------------------
# Agencies end in 讯 after 报/刊/社/台/网 (`本报讯`, `晚报讯`, `青海日报讯`), or stand in
# lenticular brackets (`【某某晚报讯】`), or are a wire dateline (`新华社北京3月25日电`).
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
#: News agencies and wire services whose staff file datelines (`新华社北京3月25日电`) and photos (`新华社记者 X摄`).
WIRES = ("新华社", "中新社", "中新网", "人民网")
_WIRE = "|".join(WIRES)
#: Labels of an editor's note or key points set above an article's lead (`编者按：`, `【编者按】`, `核心提示：`): the note is
#: that article's opening, never an agency in brackets nor an article of its own.
#: (The dump may lose the space after the label: `编者按 如何…` reads `编者按如何…`; no sentence opens on these words.)
EDITOR_NOTE_LABELS = ("编者按", "编者的话", "核心提示", "阅读提示", "内容提要")
_NOTE = "|".join(EDITOR_NOTE_LABELS)
EDITOR_NOTE_RE = re.compile(rf"^\s*[【\[]?\s*(?:{_NOTE})")
_AGENCY = (
    rf"【(?!\s*(?:{_NOTE})\s*】)(?P<bracketed>[^】]{{1,20}})】"
    rf"|(?P<agency>[{HAN}]{{0,10}}(?:报|刊|社|台|网)(?:[{HAN}]{{0,6}}?\s*{_DAY}\s*月\s*{_DAY}\s*日\s*)?讯)"
    rf"|(?P<wire>(?:{_WIRE})[^（(，。]{{0,16}}电)"
)
# A lead may quote the agency it took the report from (`据新华社北京3月25日电`, `据新华社电`): the agency is that one.
BYLINE_LEAD_RE = re.compile(
    rf"^\s*(?:据\s*)?(?:{_AGENCY})\s*(?:[（(【](?P<people>[^）)】]{{1,60}})[）)】])?"
)
REPORTER_ROLES = ("首席记者", "特约记者", "见习记者", "实习记者", "融媒记者", "融媒体记者", "全媒体记者", "记者", "实习生")
CORRESPONDENT_ROLES = ("特约通讯员", "通讯员")
#: How a paper names itself before a role inside a byline (`本报记者 X 本报通讯员 Y`, `本报全媒体记者 X`): no name.
SELF_OUTLETS = ("本报", "本刊", "本台", "本网")
#: Every role word, also with the paper's name for itself before it (`本报通讯员` is one role word), longest first.
ROLE_WORDS = tuple(sorted((o + r for o in ("", *SELF_OUTLETS) for r in REPORTER_ROLES + CORRESPONDENT_ROLES),
                          key=len, reverse=True))
#: A role word as a pattern (the paper's own name an optional prefix: one alternation of the roles, not of every pair).
ROLE_PATTERN = ("(?:" + "|".join(SELF_OUTLETS) + ")?(?:"
                + "|".join(sorted(REPORTER_ROLES + CORRESPONDENT_ROLES, key=len, reverse=True)) + ")")
_ROLE = ROLE_PATTERN
#: Marks set before a byline line (`■记者 X`).
BYLINE_MARKS = "■●▲◆□◇◎★☆▶►"
#: What says who wrote the text and who took the pictures, before or after the names (`文/本报记者 X`, `文/图 本报记者 X`,
#: `本报记者 X 文/图`, `文/X 图/Y`).
_TEXT_CREDIT = r"(?:文|图文|文图)\s*[/／]\s*|(?:文/图|图/文)\s+"
# `本报记者 张三 李四`, `■记者 X 通讯员 Y`, `<outlet>记者 X 见习记者 Y/文`, `<outlet> 见习记者X <place>报道`, `文/X 图/Y`:
# a byline on a line of its own (the outlet ends in 报, 刊, 社, 台, 网 or 新闻; names are 2-4 characters; right after
# `文/` a name needs no role word).
# A paper names itself `本报` with nothing before it (`…在接受本报记者专访时表` is the line of a sentence, not a byline).
_SELF = "|".join(SELF_OUTLETS)
STAFF_BYLINE_RE = re.compile(
    rf"^\s*[{BYLINE_MARKS}]?\s*(?:{_TEXT_CREDIT})?(?P<agency>{_SELF}|[{HAN}·A-Za-z]{{0,12}}?(?<!本)(?:报|刊|社|台|网|新闻|客户端))?\s*"
    rf"(?P<people>(?:{_ROLE}|(?<=[/／]))(?:[\s\u3000、]*(?:{_ROLE})?[\s\u3000]*(?![{HAN}]{{0,6}}报道)[{HAN}·]{{2,4}}(?![{HAN}]))+)"
    rf"\s*(?:文\s*[/／]\s*图|/?文|[{HAN}]{{0,6}}报道|摄影报道)?(?:\s+[{HAN}]{{2,8}}(?:供图|/?摄)|\s+图\s*[/／]\s*[{HAN}·]{{2,4}})?\s*$"
)
# What a byline line also needs, so that body text that merely starts with 记者 (`记者来到现场`) is no byline:
# a mark, an outlet, a space between the role and the name, or the credit of its text (`文/`).
STAFF_BYLINE_EVIDENCE_RE = re.compile(
    rf"^\s*[{BYLINE_MARKS}]|^\s*[^\s]*?(?:{_ROLE})[\s\u3000]+[{HAN}]|^\s*(?:{_TEXT_CREDIT})"
)
# Signed at the end, after the last full stop: `（记者 张三）`, `（李 华）`, `（作者：… 编辑：…）`, `（作者为…）`, `（作者系…）`,
# `（作者单位：…）`.
#: An agency's end mark (`（完）`, `（全文完）`): the article ends there; like a trailer it is no text of it.
END_MARKS = ("完", "全文完", "本文完")  # (printed in brackets)
_END = "|".join(END_MARKS)
TRAILER_RE = re.compile(
    rf"^[（(](?:(?:{_END})[）)]$|(?:本报)?(?:{_ROLE})[\s\u3000]*[{HAN}·\s、]{{2,30}}|作者[为系：:]|作者单位|编辑[：:]|来源[：:]"
    rf"|[{HAN}](?:[\s\u3000]*[{HAN}]){{1,3}}[）)]$)"
)
TRAILER_START_RE = re.compile(rf"^[（(](?:(?:{_END})[）)]|作者[为系：:]|作者单位|(?:本报)?(?:{_ROLE})[\s\u3000]*[{HAN}])")

# --- photo credits ---------------------------------------------------------------------
CREDIT_UNIT_RE = re.compile(
    rf"(?:(?:本报|{_WIRE})?(?:记者|通讯员)?\s*(?P<name>[{HAN}·]{{2,4}}?)\s*/?\s*(?:摄(?:影)?|[作绘](?=\s*[（(]新华社发[）)])))"
    rf"|(?P<plain>资料图片|资料图|新华社发|图片由[{HAN}]{{2,16}}提供)"
)
CREDIT_SEPARATORS = " \u3000，、,（）()"  # brackets too: an illustration's `X作（新华社发）`
#: Words that make a few lines above a photo credit the photo's caption (`…。图为…。 新华社记者 X摄`), not an article.
CAPTION_WORDS = ("图为", "左图", "右图", "上图", "下图")

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

# A paragraph that opens with a period and a comma is a lead too (`1-9月，`, `2023年1-5月，`, `今年以来，`).
_N = rf"(?:\d{{1,2}}|[{_CN_DIGITS}]{{1,3}})"
PERIOD_LEAD_RE = re.compile(
    rf"^(?:(?:\d{{4}}|[{_CN_DIGITS}]{{4}})年|今年|去年)?"
    rf"(?:{_N}[-—–~至]{_N}月(?:份)?|前{_N}个?月|前?{_N}季度|[上下]半年|全年|以来|年初以来|近年来)[，,]"
)

# How a section of an article opens under its sub-head: it goes on from the article's lead, naming no subject of its
# own, where a report (a brief) names its place or its subject, or dates itself. A period may come first
# (`一季度，全区…`); the whole the lead named (`全区`, `全市`), an aspect (`从投资看，`, `分行业看，`) or a connective
# (`其中，`, `此外，`) follows.
SECTION_OPENING_RE = re.compile(
    rf"^(?:{PERIOD_LEAD_RE.pattern[1:]})?"
    r"(?:全(?:市|区|县|省|州|盟|旗|镇|乡|国)|从[^，,。；]{1,8}(?:看|来看)[，,]|分[^，,。；]{1,6}看[，,]"
    r"|(?:其中|此外|同时|另外|与此同时|总体来看|总的来看)[，,])"
)

# A news lead that names its source or its day without a date (`记者从市统计局获悉，`, `近日，`, `昨日，`,
# `市统计局日前发布的数据显示，`)
# opens a report too.
NEWS_LEAD_RE = re.compile(
    r"^(?:(?:本报)?记者(?:近日|日前|昨天|昨日|今天|今日)?从[^，,。；]{2,24}(?:获悉|了解到|得知)"
    r"|据[^，,。；]{2,20}(?:数据|统计|消息)(?:显示)?|近日|日前|昨日|昨天"
    r"|[^，,。；“”]{2,16}(?:局|委|办|厅|院|中心)(?:近日|日前|今天|昨天)?(?:发布|公布)的(?:最新)?数据显示)[，,]"
)

# An office speaking for itself at a paragraph's opening (`市商务局介绍，`; never a person of it: `市商务局负责人介绍，`):
# under a headline, the opening of a report of its own (in running text it is only a source).
OFFICE_LEAD_RE = re.compile(r"^[^，,。；“”]{2,16}(?:局|委|办|厅|院|中心)(?:近日|日前)?(?:介绍|透露)[，,]")

# A figure shared by a headline and an article counts only as a whole unit-bearing token (`5.5%`, `35条`),
# never the digits of a date or a period (`2024年`, `3月`).
UNIT_FIGURE_RE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?:%|个百分点|[万亿千百]*[^\d\s.,，、。%年月日号时期届季度周天点-])")

# A sub-head inside an article: a numbered label (`亮点一：`, `亮点二 `, `（二）`, `一、`) before a title (the dump may drop
# the space after the label; `看点一览` is no label): set apart by blank lines it looks like a headline; it is the
# article's section title. A bullet mark (`■`, `◆`) before a title line inside the text makes a sub-head too, but a
# marked title set apart may be a brief's headline (`◆城东首个社区食堂投用` in a column of briefs): it stays a candidate.
NUMBERED_HEAD_RE = re.compile(
    rf"^\s*[{BYLINE_MARKS}]?\s*(?:(?:亮点|看点|关键词|特点|镜头|变化|举措)[{_CN_DIGITS}]{{1,3}}(?!览)"
    rf"|[{_CN_DIGITS}]{{1,3}}、|[（(][{_CN_DIGITS}]{{1,3}}[）)])"
)
SUBHEAD_RE = re.compile(rf"^\s*[{BYLINE_MARKS}]\s*(?=[^\s\d])|{NUMBERED_HEAD_RE.pattern[1:]}")

# Labels of a box inside an article (a sidebar): on a line of their own, the box's label, and the title under it its
# own; both are the article's section titles, never a headline of another article (a box printed away from its
# article goes back to the one it shares most with).
SIDEBAR_LABELS = ("相关链接", "新闻链接", "背景链接", "链接", "延伸阅读", "记者手记", "采访手记", "编后", "数读", "数说",
                  "小贴士", "名词解释", "新闻背景", "背景资料", "相关新闻")

# A subtitle opens with a dash (`——某某会议述要`).
SUBTITLE_DASHES = ("——", "--", "—", "－－")

# A one-line title with one of these, right above a shorter headline, is its deck (引题), not a headline.
DECK_MARKS = "，,"

# A kicker (引题) in the form `地名：短语` (`城东：民生为先`): a short label, a colon, a phrase; on the first line of
# a title run, over a line no narrower, it is the kicker of the headline set under it.
COLON_KICKER_RE = re.compile(r"^[^：:，,、\s]{2,8}[：:][^：:，,、\s]{2,12}$")

# A column's name set over its headline (`城事评论`, `今日快评`, `民生观察`): at most this many characters, ending in one
# of these words; over a title line it is that headline's kicker, never a headline of its own.
COLUMN_NAME_ENDINGS = ("评论", "快评", "时评", "短评", "锐评", "热评", "微评", "观察", "热议", "漫谈", "随笔", "杂谈",
                       "论坛", "视点", "评说")
COLUMN_NAME_LENGTH = 6
# A label over photo news (图片新闻) set on a line of its own above the item's headline: `图说`, `图片新闻`, `镜头`,
# `图说青岚` (a place after the first two forms only: `镜头里的变化` is a headline).
PHOTO_LABELS = ("图说", "图片新闻", "新闻图片", "图片报道", "镜头", "图闻", "看图")
PHOTO_LABEL_RE = re.compile(
    rf"^[{BYLINE_MARKS}【\[]?\s*(?:(?:图说|图片新闻)[{HAN}]{{0,4}}|{'|'.join(PHOTO_LABELS)})\s*[】\]]?$"
)

# Marks a headline never contains.
INTERNAL_HEADLINE_BREAKERS = "。；;"

# --- headlines -------------------------------------------------------------------------
# Headlines naming a recurring bulletin; they belong with the page's unsigned, dated bulletins.
BULLETIN_WORDS = ("日报", "周报", "月报", "快报", "通报", "简报", "播报")

# --- tables dumped as text ---------------------------------------------------------------
#: The heads of a statistics table's columns (`指标名称 单位 绝对值 增长（%）`): a run of lines under a header made of
#: these, with numbers in its rows and no sentence, is a table (kept on the page, never an article's text).
TABLE_HEADS = ("指标名称", "指标", "项目", "名称", "单位", "计量单位", "绝对值", "绝对量", "总量", "数值", "本期", "累计",
               "增长（%）", "增长(%)", "增速（%）", "增速(%)", "同比增长（%）", "比上年增长（%）", "比上年同期增长（%）",
               "同比（%）", "比重（%）", "占比（%）", "增长", "增速", "同比增长")

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

# --- people ----------------------------------------------------------------------------
# Common surnames, so that a lone line of two to four characters (`陈晓明`, `林 立`) reads as a signature
# and a kicker such as `请注意` does not. Compound surnames take two more characters at most.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛"
    "曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏"
    "席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀"
    "郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索"
    "宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯", "端木")

# --- page furniture --------------------------------------------------------------------
# Lines that belong to the page, not to an article: editors and proof-readers, contact lines, QR prompts.
FURNITURE_WORDS = (
    "责编", "责任编辑", "责任美编", "美编", "美术编辑", "校对", "统筹", "版式", "组版", "一审", "二审", "三审", "终审",
    "政审", "投稿邮箱", "新闻热线", "报料热线", "热线电话", "微信：", "微信:", "扫码", "中缝", "版面导读",
)
FURNITURE_RE = re.compile(
    rf"^(?:(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?:星期[一二三四五六日天])?"  # a date, with its weekday
    rf"|星期[一二三四五六日天]|周[一二三四五六日]"
    rf"|[A-Z]{{0,2}}\d{{1,3}}(?:[{HAN}]{{1,6}})?|[{HAN}]{{1,6}}[A-Z]{{0,2}}\d{{1,3}}"  # a page number and section
    rf"|\d{{1,2}}/\d{{1,2}}[{HAN}]{{0,4}}"
    rf"|第[{HAN}\d]{{1,4}}版)$"
)
# A jump line: where an article goes on (`（下转第3版）`, `转A05版`) or where the text under it comes from (`（上接第1版）`,
# `（紧接第一版）`). Set aside as furniture, in a dump or on a PDF page; `in` says the text after it goes on an article
# begun on another page.
_JUMP_OUT = "下转|转|续转|转至"
_JUMP_IN = "上接|接|紧接|续接|接上"
_JUMP_PAGE = r"第?\s*(?:[A-Za-z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版"
JUMP_RE = re.compile(rf"^[（(]?\s*(?:(?P<out>{_JUMP_OUT})|(?P<in>{_JUMP_IN}))\s*{_JUMP_PAGE}\s*[）)]?$")
# The same in brackets, or an agency's end mark (`（完）`), printed after the last characters of a line
# (`…短板。（下转第3版）`).
JUMP_TAIL_RE = re.compile(rf"[（(]\s*(?:(?:{_JUMP_OUT}|{_JUMP_IN})\s*{_JUMP_PAGE}|{_END})\s*[）)]\s*$")
# A furniture word or an editor's title opening the line; or a date with its weekday, which is furniture wherever it stands.
FURNITURE_LINE_RE = re.compile(
    "^(?:" + "|".join(re.escape(w) for w in FURNITURE_WORDS) + r"|(?:责编|美编|校对|编辑)[：:\s]"
    r"|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:星期|周)[一二三四五六日天]$|" + JUMP_RE.pattern[1:] + ")"
)

# --- blocks that are not articles ------------------------------------------------------
#: A paragraph with one of these is a paid notice (court summons, lost certificates, company notices).
NOTICE_WORDS = (
    "公告送达", "视为送达", "本院受理", "开庭传票", "缺席裁判", "缺席判决", "举证期限", "特此公告", "特此声明",
    "遗失声明", "声明作废", "清算组", "注销登记", "减资公告", "拍卖公告",
)
NOTICE_RE = re.compile("|".join(map(re.escape, NOTICE_WORDS)))
#: A paragraph with one of these is an advertisement.
AD_WORDS = ("（广告）", "(广告)", "广告热线", "市场价", "直销价", "优惠价", "折起售")
AD_RE = re.compile("|".join(map(re.escape, AD_WORDS)))
#: Headings of a column of notices or ads; on their own line they are page furniture.
COLUMN_LABELS = ("公告专栏", "广告专栏", "分类广告", "公告", "声明")
#: Labels over a column of briefs (`简讯`, `城事速览`); on a line of their own (at most six characters) they are page
#: furniture, never a signature (`简` is a surname too) or a headline.
BRIEF_LABELS = ("简讯", "快讯", "短讯", "资讯", "速览", "速递", "简明新闻")
