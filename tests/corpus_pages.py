"""Series of composed pages for corpus tests: twelve monthly issues of a city paper's economy page.

Each issue prints a masthead strip (`2024 年 6 月 14 日 星期五`, `3 经济`), a monthly statistics article
(cumulative growth of industrial value added, cumulative and single-month power generation) and a daily
hotline bulletin for the day before. `CONTRADICTED` plants one contradiction: the August issue recalls the
first half's growth with another value than the July issue printed.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from pages import page, wrap

WEEKDAYS = "一二三四五六日"
# Cumulative growth of 规模以上工业增加值 for 1..m months (m = 1..12), single-month generation (亿千瓦时).
GROWTH = ["5.1", "5.6", "6.0", "6.4", "6.2", "6.5", "6.3", "6.1", "6.0", "5.9", "5.8", "5.7"]
MONTHLY_POWER = ["31.2", "28.4", "30.9", "29.7", "30.5", "32.8", "35.1", "36.0", "31.4", "30.2", "29.9", "33.3"]
HOTLINE = [801, 765, 812, 790, 833, 847, 802, 779, 768, 851, 823, 799]
CONTRADICTED = {"issue": 7, "period": "上半年", "printed": "6.9", "original": GROWTH[5]}  # July's issue said 6.5


def issue_date(month: int) -> dt.date:
    """The issue reporting month `month` of 2024 appears mid-next-month."""
    return dt.date(2024 + month // 12, month % 12 + 1, 14)


def cumulative_power(month: int) -> str:
    return str(sum(Decimal(v) for v in MONTHLY_POWER[:month]))


def statistics_article(month: int) -> list[str]:
    span = f"1-{month}月" if month > 1 else "1月"
    body = [
        f"本报讯（记者 李明）记者从市统计局获悉，{span}，全市规模以上工业增加值同比增长{GROWTH[month - 1]}%，"
        f"工业生产总体平稳。",
        f"{span}，全市发电量{cumulative_power(month)}亿千瓦时。{month}月当月，全市发电量{MONTHLY_POWER[month - 1]}亿千瓦时。",
    ]
    if month == CONTRADICTED["issue"]:
        body.append(f"{CONTRADICTED['period']}，全市规模以上工业增加值同比增长{CONTRADICTED['printed']}%，"
                    "为全年目标打下基础。")
    lines = [f"{span}全市规上工业增加值增长{GROWTH[month - 1]}%", ""]
    for paragraph in body:
        lines += wrap(paragraph, 19) + [""]
    return lines


def bulletin(month: int) -> list[str]:
    day = issue_date(month) - dt.timedelta(days=1)
    calls = HOTLINE[month - 1]
    direct = calls // 2 - 40
    text = (f"{day.month}月{day.day}日，全市12345政务服务便民热线共受理群众来电诉求{calls}件次，"
            f"其中直接办理{direct}件，转交责任单位办理{calls - direct}件。")
    return ["12345热线日报", ""] + wrap(text, 19)


def issue_text(month: int) -> str:
    d = issue_date(month)
    strip = [f"{d.year} 年 {d.month} 月 {d.day} 日 星期{WEEKDAYS[d.weekday()]}", "3 经济"]
    return page(strip, statistics_article(month), bulletin(month))


def write_issues(folder: Path, months: range = range(1, 13)) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for m in months:
        p = folder / f"chengshibao_{issue_date(m):%Y%m%d}_p03.txt"
        p.write_text(issue_text(m), encoding="utf-8")
        paths.append(p)
    return paths
