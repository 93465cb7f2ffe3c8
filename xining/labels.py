"""Every word a reader of a report sees, in Chinese and English, and how numbers are written.

A report in one language is entirely in that language: headings, table headers, kind, verdict,
qualifier and rule names, narrative templates, periods. Page text (subjects, headlines, figures as
printed) stays as printed; the HTML marks it `lang="zh"`.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .model import Box

Lang = Literal["zh", "en"]
LANGS: tuple[str, ...] = ("zh", "en")


def _pairs(table: str) -> dict[str, tuple[str, str]]:
    """A name table written as `key | zh | en` lines: one rule per line reads better than a dict literal."""
    rows = (line.split("|") for line in table.strip().splitlines())
    return {key.strip(): (zh.strip(), en.strip()) for key, zh, en in rows}


TEXT: dict[str, dict[str, str]] = {
    "zh": {
        # headings and sections
        "article_report": "文章报告", "page_report": "版面报告", "index": "报告索引", "index_title": "xining 报告",
        "narrative": "概述", "figures": "数字", "charts": "图表", "checks": "核对", "text": "原文", "provenance": "出处",
        "downloads": "下载", "articles": "各篇文章", "by_kind": "各篇数字类型", "flagged": "需要留意的核对",
        "counts": "核对结论", "back_index": "返回索引", "back_page": "返回版面",
        # table headers
        "id": "编号", "subject": "对象", "measure": "指标", "printed": "原文", "kind": "类型", "value": "数值",
        "unit": "单位", "normalized": "换算值", "period": "时期", "scope": "范围", "qualifier": "限定", "line": "行",
        "lines": "所在行", "rule": "规则", "verdict": "结论", "figure_ids": "所涉数字", "expected": "复算值", "interval": "区间", "message": "说明",
        "sentence": "原句", "headline": "标题", "reporters": "记者", "n_figures": "统计数字", "n_checks": "核对",
        "summary": "结论汇总", "page": "版面", "article": "文章", "count": "个数", "report": "报告",
        "filter": "筛选文章…", "sha256": "文件校验值（SHA-256）", "version": "xining 版本", "parameters": "参数",
        # downloads
        "page_json": "版面数据（JSON）", "figures_csv": "数字表（CSV）", "checks_csv": "核对表（CSV）",
        # sentences
        "none": "（无标题）", "no_checks": "没有可核对的数字关系。", "no_statistics": "本文没有统计数字。",
        "no_charts": "本文没有统计数字，不作图。", "no_flagged": "所有核对均未发现问题。", "failed_report": "（报告生成失败）",
        "no_verdicts": "无核对", "correspondents": "通讯员", "reporter": "记者",
        "total": "总数", "parts": "分项", "now": "目前", "target": "目标", "other": "其他",
        "chart_growth": "各项增速", "chart_quantities": "产量与增速", "chart_parts": "总数与分项",
        "chart_decomposition": "增速的拉动分解", "chart_target": "现有产能与目标", "chart_kinds": "各篇数字类型",
        "axis_growth": "增速（%）", "axis_quantities": "数量", "axis_parts": "数量", "axis_decomposition": "拉动（百分点）",
        "axis_target": "", "axis_kinds": "数字个数", "not_drawn": "另有{n}项未画出。",
    },
    "en": {
        "article_report": "Article report", "page_report": "Page report", "index": "Index of reports",
        "index_title": "xining reports",
        "narrative": "Summary", "figures": "Figures", "charts": "Charts", "checks": "Checks", "text": "Text",
        "provenance": "Provenance", "downloads": "Downloads", "articles": "Articles", "by_kind": "Figures by kind per article",
        "flagged": "Checks to look at", "counts": "Verdicts", "back_index": "Back to the index", "back_page": "Back to the page",
        "id": "id", "subject": "subject", "measure": "measure", "printed": "printed", "kind": "kind", "value": "value",
        "unit": "unit", "normalized": "in base unit", "period": "period", "scope": "scope", "qualifier": "qualifier",
        "line": "line", "lines": "lines", "rule": "rule", "figure_ids": "figures", "verdict": "verdict", "expected": "recomputed",
        "interval": "interval", "message": "explanation", "sentence": "sentence", "headline": "headline",
        "reporters": "reporters", "n_figures": "statistics", "n_checks": "checks", "summary": "verdicts", "page": "page",
        "article": "article", "count": "count", "report": "report", "filter": "Filter articles…",
        "sha256": "file checksum (SHA-256)", "version": "xining version", "parameters": "parameters",
        "page_json": "page data (JSON)", "figures_csv": "figures (CSV)", "checks_csv": "checks (CSV)",
        "none": "(no headline)", "no_checks": "No relation between the figures could be checked.",
        "no_statistics": "This article prints no statistical figures.",
        "no_charts": "This article prints no statistical figures, so there is no chart.",
        "no_flagged": "No check failed or warned.", "failed_report": "(report failed)", "no_verdicts": "no checks",
        "correspondents": "correspondents", "reporter": "reporter",
        "total": "total", "parts": "parts", "now": "now", "target": "target", "other": "other",
        "chart_growth": "Growth rates", "chart_quantities": "Quantities and their growth", "chart_parts": "Totals and their parts",
        "chart_decomposition": "Decomposition of total growth", "chart_target": "Current capacity against the target",
        "chart_kinds": "Figures by kind per article",
        "axis_growth": "growth (%)", "axis_quantities": "quantity", "axis_parts": "amount",
        "axis_decomposition": "pull (percentage points)", "axis_target": "", "axis_kinds": "number of figures",
        "not_drawn": " {n} more not drawn.",
    },
}

#: (zh, en singular, en plural)
KIND_NAMES: dict[str, tuple[str, str, str]] = {
    "count": ("计数", "count", "counts"), "quantity": ("实物量", "quantity", "quantities"),
    "money": ("金额", "money", "money amounts"), "percent": ("百分比", "percentage", "percentages"),
    "percentage_point": ("百分点", "percentage points", "percentage-point figures"),
    "multiple": ("倍数", "multiple", "multiples"), "fraction": ("成数", "fraction", "fractions"),
    "date": ("日期", "date", "dates"), "period": ("时期", "period", "periods"), "year": ("年份", "year", "years"),
    "ordinal": ("序数", "ordinal", "ordinals"),
}
VERDICT_NAMES: dict[str, tuple[str, str]] = {
    "pass": ("通过", "pass"), "warn": ("提醒", "warning"), "fail": ("不符", "fail"), "info": ("推算", "derived"),
}
QUALIFIER_NAMES: dict[str, tuple[str, str]] = {
    "about": ("约", "about"), "nearly": ("接近", "nearly"), "over": ("超过", "over"), "at_least": ("不少于", "at least"),
    "under": ("不足", "under"),
}
#: Each check rule's name: `rule | zh | en`, one per line.
RULE_NAMES: dict[str, tuple[str, str]] = _pairs("""
parts_and_whole         | 分项之和 | parts add up
shares_sum              | 比重之和 | shares sum to 100%
contributions_sum       | 贡献率之和 | contributions sum to 100%
pulls_sum               | 拉动之和 | pulls add up
pull_product            | 拉动＝贡献率×增速 | pull = contribution × growth
contribution_from_share | 由比重推算贡献率 | contribution from share
implied_value           | 隐含数值 | implied value
list_count              | 列举个数 | items counted
approximation           | 约数用词 | approximation word
repeated                | 重复刊出 | printed twice
headline                | 标题数字 | headline figure
sign_range              | 符号与范围 | sign and range
granularity             | 整数可得性 | whole counts (GRIM)
point_gap               | 增速差 | gap in points
two_year_average        | 两年平均增速 | two-year average growth
growth_of_whole         | 整体增速与分项增速 | growth of the whole from its parts
growth_from_amounts     | 由增减量推算增速 | growth from the amounts
share_change            | 比重变化 | change of a share
multiple                | 倍数 | multiple
ratio                   | 两项之比 | ratio of two amounts
compound_growth         | 累计增速 | compound growth
share_of_whole          | 占比复算 | share of the whole
threshold               | 门槛用词 | threshold word
""")

#: Base units (`Figure.normalized_unit`) as each language writes them; others (counts' measure words) as printed.
BASE_UNITS: dict[str, tuple[str, str]] = {
    "t": ("吨", "t"), "kg": ("千克", "kg"), "m": ("米", "m"), "m2": ("平方米", "m²"), "m3": ("立方米", "m³"),
    "kW": ("千瓦", "kW"), "GWh": ("吉瓦时", "GWh"), "CNY": ("元", "yuan"), "USD": ("美元", "USD"), "EUR": ("欧元", "EUR"),
    "JPY": ("日元", "JPY"), "HKD": ("港元", "HKD"), "TWD": ("新台币", "TWD"), "%": ("%", "%"), "pp": ("个百分点", "pp"),
    "x": ("倍", "×"), "fraction": ("（比例）", "(share)"), "year": ("年", "year"),
}


def base_unit(unit: str | None, lang: str) -> str:
    names = BASE_UNITS.get(unit or "")
    return names[LANGS.index(lang)] if names else (unit or "")


def text(key: str, lang: str) -> str:
    return TEXT[lang][key]


def kind_name(kind: str, lang: str, plural: bool = False) -> str:
    zh, one, many = KIND_NAMES[kind]
    return zh if lang == "zh" else (many if plural else one)


def verdict_name(verdict: str, lang: str) -> str:
    return VERDICT_NAMES[verdict][LANGS.index(lang)]


def qualifier_name(qualifier: str | None, lang: str) -> str:
    return QUALIFIER_NAMES[qualifier][LANGS.index(lang)] if qualifier else ""


def rule_name(rule: str, lang: str) -> str:
    """The rule's name for readers; a rule without one is named by its identifier, spaced."""
    names = RULE_NAMES.get(rule)
    return names[LANGS.index(lang)] if names else rule.replace("_", " ")


# --- people -------------------------------------------------------------------------------
def byline(agency: str | None, reporters: tuple[str, ...], correspondents: tuple[str, ...], lang: str) -> str:
    """`本报讯 记者 张三 通讯员 李四` (names as printed; the words around them in the report's language)."""
    t = TEXT[lang]
    sep = "、" if lang == "zh" else ", "
    parts = [agency or ""] if lang == "zh" else []
    if reporters:
        parts.append(f"{t['reporter']} {sep.join(reporters)}")
    if correspondents:
        parts.append(f"{t['correspondents']} {sep.join(correspondents)}")
    return " ".join(p for p in parts if p)


def where(lines: tuple[int, ...], lang: str, boxes: Mapping[int, Box] | None = None,
          headline: tuple[int, ...] = ()) -> str:
    """The page lines a check rests on, as a note after its message: `（第70、71行）`, `[lines 70, 71]`. On a PDF page
    (`boxes`: where each line of text was printed) the places instead, a reader's line numbers being nowhere on the
    page: `[page 1, x 40-290, y 700-770]` (PDF points from the page's bottom-left corner, one box per page), and
    `headline` for the article's headline lines."""
    if not lines:
        return ""
    if boxes:
        places = []
        for page in sorted({boxes[n].page for n in lines if n in boxes}):
            on = [boxes[n] for n in lines if n in boxes and boxes[n].page == page]
            x0, y0 = round(min(b.x0 for b in on)), round(min(b.y0 for b in on))
            x1, y1 = round(max(b.x1 for b in on)), round(max(b.y1 for b in on))
            places.append(f"第{page}页 x {x0}-{x1}、y {y0}-{y1}" if lang == "zh" else f"page {page}, x {x0}-{x1}, y {y0}-{y1}")
        if any(n in headline for n in lines):
            places.insert(0, "标题" if lang == "zh" else "headline")
        rest = [n for n in lines if n not in boxes and n not in headline]
        if rest:
            places.append((f"第{'、'.join(map(str, rest))}行") if lang == "zh" else f"line{'s' if len(rest) > 1 else ''} "
                          + ", ".join(map(str, rest)))
        return "（" + "；".join(places) + "）" if lang == "zh" else " [" + "; ".join(places) + "]"
    if lang == "zh":
        return f"（第{'、'.join(map(str, lines))}行）"
    return f" [line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}]"


# --- numbers ------------------------------------------------------------------------------
def plain(x: float, digits: int = 12) -> str:
    """A number without an exponent and without float noise: 15819999999.999998 -> 15820000000."""
    shown = f"{x:.{digits}g}"
    if "e" in shown or "E" in shown:
        shown = format(Decimal(shown), "f")
    return "0" if shown == "-0" else shown


def fixed(x: float, decimals: int) -> str:
    """`x` with exactly `decimals` digits after the point (the printed precision), never an exponent."""
    shown = f"{x:.{max(decimals, 0)}f}"
    return shown[1:] if re.fullmatch(r"-0(\.0*)?", shown) else shown


def signed(x: float, decimals: int) -> str:
    """With its sign: `+9.0`, `-4.6` (a hyphen-minus, as a CSV reader expects)."""
    body = fixed(abs(x), decimals)
    return f"{'-' if x < 0 and float(body) else '+'}{body}"


def amount(x: float, unit: str, decimals: int, lang: str) -> str:
    """A value in a printed unit: `3.6亿元`; in English `3.6 (亿元)`, `9.0%`, `1.3 pp`."""
    number = fixed(x, decimals)
    if unit in ("%", "‰"):
        return f"{number}{unit}"
    if lang == "en" and unit in ("个百分点", "pp"):
        return f"{number} pp"
    if lang == "zh" or not unit:
        return f"{number}{unit}"
    return f"{number} ({unit})"


# --- periods ------------------------------------------------------------------------------
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
SMALL_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                 "十一": 11, "十二": 12}
ENGLISH_NUMBERS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_RANGE = "[—–\\-~～至到]"
_PERIODS: tuple[tuple[str, object], ...] = (
    (rf"(\d{{1,2}})月?{_RANGE}+(\d{{1,2}})月(份)?", lambda m: f"{_month(m[1])}–{_month(m[2])}"),
    (r"(\d{1,2})月(\d{1,2})日", lambda m: f"{int(m[2])} {_month(m[1])}"),
    (r"(\d{1,2})月(份)?", lambda m: _month(m[1])),
    (r"(第)?([一二三四1-4])季度", lambda m: f"Q{SMALL_NUMBERS.get(m[2]) or m[2]}"),
    (r"前(十[一二]|[一两二三四五六七八九十])个月", lambda m: f"first {ENGLISH_NUMBERS[SMALL_NUMBERS[m[1]]]} months"),
    (r"上半年", "first half"), (r"下半年", "second half"), (r"全年", "full year"),
    (r"今年", "this year"), (r"去年|上年", "last year"),
)


def _month(digits: str) -> str:
    n = int(digits)
    return MONTHS[n - 1] if 1 <= n <= 12 else digits


def period(printed: str | None, lang: str) -> str | None:
    """A period as the report's language writes it: `1月—2月` -> `Jan–Feb`; None when English has no form for it."""
    if not printed or lang == "zh":
        return printed
    match = re.fullmatch(r"(\d{4})年(.*)", printed)
    year, rest = (match[1], match[2]) if match else ("", printed)
    if not rest:
        return year or None
    for pattern, form in _PERIODS:
        m = re.fullmatch(pattern, rest)
        if m:
            shown = form(m) if callable(form) else form
            return f"{shown} {year}".strip()
    return None
