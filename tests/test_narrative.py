"""Narratives say the right numbers, in two to four sentences, in Chinese or English."""
import re

import xining
from xining.narrative import narrative


def _sentences(text: str, lang: str) -> int:
    return len(re.findall("。", text)) if lang == "zh" else len(re.findall(r"\.(?:\s|$)", text))


def test_industrial_article_zh(sample_page):
    text = narrative(sample_page.articles[3], "zh")
    assert text.startswith("本文共有48个统计数字：计数3个、实物量11个、百分比26个、百分点5个、倍数2个、成数1个。")
    assert "增速最高的是石墨及碳素制品（+1230%），最低的是铁合金（+3.9%）" in text  # 增长12.3倍 ranks with percentages
    assert "规上工业增加值增长9.0%，其中西宁经济开发区规上工业增加值拉动7.7个百分点、县区规上工业增加值拉动1.3个百分点" in text
    assert "核对13项，通过9项，提示2项，推算2项" in text and "83.02%" in text and "91.2%" in text
    assert 2 <= _sentences(text, "zh") <= 4


def test_hotline_in_english(sample_page):
    text = narrative(sample_page.articles[1], "en")
    assert "801件次 (群众来电诉求) breaks down into 358件 (直接办理), 443件 (转交责任单位办理)" in text
    assert text.endswith("Of 2 checks, 2 passed.") and 2 <= _sentences(text, "en") <= 4


def test_article_without_figures(sample_page):
    assert narrative(sample_page.articles[0], "zh") == "本文没有统计数字。"
    assert narrative(sample_page.articles[4], "en") == "This article prints no statistical figures."


def test_composed_article_with_a_decline():
    art = xining.parse_text("工业投资下降3.5%，消费增长6.0%，出口增长12.1%。\n").articles[0]
    text = narrative(art, "en")
    assert "The fastest growth is 出口 (+12.1%), the slowest 工业投资 (-3.5%)." in text
    assert "No relation between the figures could be checked." in text


def test_a_failed_sum_is_not_stated_as_fact():
    art = xining.parse_text("全市社会消费品零售总额186.4亿元，同比增长7.1%。按经营单位所在地分，城镇消费品零售额158.2亿元，"
                            "增长6.5%；乡村消费品零售额27.2亿元，增长8.9%。\n").articles[0]
    zh, en = narrative(art, "zh"), narrative(art, "en")
    assert "构成" not in zh and "不相符（合计185.4亿元）" in zh
    assert "breaks down" not in en and "which do not add up (they come to 185.4亿元)" in en
