"""Lexicon of the number layer: character folding, multipliers, words that only look numeric."""
from __future__ import annotations

import re

# One character to one, so offsets in folded text are offsets in the original.
FOLD_TABLE: dict[str, str] = {chr(0xFF01 + i): chr(0x21 + i) for i in range(94)}
FOLD_TABLE.update({
    "\u3000": " ", "\uffe5": "¥",
    "萬": "万", "億": "亿", "兩": "两", "倆": "两", "俩": "两", "負": "负", "點": "点", "幾": "几", "個": "个",
    "壹": "一", "贰": "二", "貳": "二", "叁": "三", "參": "三", "肆": "四", "伍": "五", "陆": "六",
    "陸": "六", "對": "对", "柒": "七", "捌": "八", "玖": "九", "拾": "十", "佰": "百", "仟": "千", "幺": "一",
})

# Financial numerals that are also everyday characters (陆地, 拾取, 队伍, 放肆): alone, not numbers.
AMBIGUOUS_FINANCIAL = set("陆陸拾伍肆")

MULTIPLIERS = {"": 1.0, "十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8, "万万": 1e8, "万亿": 1e12, "兆": 1e12}

# 百分之X is X percent; 千分之X is X/10 percent; and so on.
PERCENT_DENOMINATORS = {"百": 1.0, "千": 0.1, "万": 0.01, "百万": 1e-4, "千万": 1e-5, "万万": 1e-6, "百万万": 1e-8}

# After 千 or 兆 these begin a unit (千克, 千米, 千瓦, 兆字节), so 千 is no multiplier there.
UNIT_STEMS_AFTER_PREFIX = ("克", "米", "瓦", "字节", "比特", "卡", "焦", "赫", "帕", "伏", "吨", "公里")

# Two neighbouring digits before a unit say "two or three tens", a range, not a number.
APPROX_RANGE = re.compile("(?:一二|二三|三四|四五|五六|六七|七八|八九)[十百千万亿]")

# Words written with numeral characters that are not numbers.
NOT_NUMBERS = (
    "一切", "一看", "四川", "万一", "统一", "唯一", "一些", "一样", "一起", "一直", "一定", "一般",
    "一致", "一体", "一旦", "一律", "一同", "一边", "一番", "一流", "一度", "进一步", "下一步",
    "一带一路", "无一", "两两", "一心", "一道", "一线", "第一时间", "千万不", "千万别", "万众",
    "一成不变", "三农", "五湖四海", "四面八方", "七上八下", "十分", "百姓", "千方百计", "万物",
    "十三五", "十四五", "十五五", "零碳", "零距离", "零容忍", "零售",  # plan names and 零 as "zero-"
    "三次产业", "三角洲", "长三角", "金三角", "千家万户", "一体化", "二级", "三级", "四级",  # fixed words, not counts (角 would read as money)
)

# Party congresses (党的十九大, 十八大以来, 二十大报告) are names, not counts of items (五大产业 is one): a congress is
# known by 党的 before it or by what a congress is said to have done after it, so `二十大重点项目` stays a count.
CONGRESSES = ("十二大", "十三大", "十四大", "十五大", "十六大", "十七大", "十八大", "十九大", "二十大", "二十一大")
CONGRESS_AFTER = ("以来", "以后", "之后", "报告", "精神", "代表", "召开", "胜利", "提出", "强调", "指出", "作出", "明确", "部署",
                  "确立", "擘画", "描绘", "闭幕", "开幕", "期间", "前夕", "上", "后", "中", "的", "所", "对", "都", "和", "、")
NOT_NUMBERS += tuple(f"党的{c}" for c in CONGRESSES) + tuple(f"{c}{w}" for c in CONGRESSES for w in CONGRESS_AFTER)
