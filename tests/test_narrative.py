"""Narratives lead with what matters, in two to four plain sentences, in Chinese or English."""
import re

import xining
from xining.narrative import narrative


def _sentences(text: str, lang: str) -> int:
    return len(re.findall("。", text)) if lang == "zh" else len(re.findall(r"\.(?:\s|$)", text))


def test_industrial_article_leads_with_the_headline_figure(sample_page):
    text = narrative(sample_page.articles[3], "zh")
    assert text.startswith("1月—2月全市规上工业增加值同比增长9.0%。")
    assert "增速最高的是石墨及碳素制品（+1230%，增长12.3倍），最低的是铁合金（+3.9%）" in text  # growth as a multiple counts
    assert "2项核对提醒：" in text and "83.02%" in text and "91.2%" in text
    assert "统计数字" not in text and 2 <= _sentences(text, "zh") <= 4


def test_hotline_bulletin_names_its_top_issues_with_counts(sample_page):
    text = narrative(sample_page.articles[1], "en")
    assert text.startswith("On 25 Mar: 群众来电诉求 801件次, of which 直接办理 358件, 转交责任单位办理 443件.")
    assert "Items listed (热点问题): 物业服务 68件, 噪音问题 36件, 交通秩序 33件." in text
    assert text.endswith("None of the 2 checks failed or warned.") and 2 <= _sentences(text, "en") <= 4


def test_article_without_figures(sample_page):
    assert narrative(sample_page.articles[0], "zh") == "本文没有统计数字。"
    assert narrative(sample_page.articles[4], "en") == "This article prints no statistical figures."


def test_composed_article_with_a_decline_and_a_failed_check():
    art = xining.parse_text("全市共收到举报60件，其中热线70件、应急局5件。工业投资下降3.5%，消费增长6.0%，出口增长12.1%。\n").articles[0]
    en = narrative(art, "en")
    assert "The fastest growth is 出口 (+12.1%), the steepest decline 工业投资 (-3.5%)." in en
    assert en.endswith("1 check fails: the article prints 60件 (举报) and 70件, 5件, which do not add up (they come to 75件).")
    zh = narrative(art, "zh")
    assert "降幅最大的是工业投资（-3.5%）" in zh and zh.endswith("1项核对不符：文中举报60件与所列热线70件、应急局5件不相符（合计75件）。")


def test_nothing_to_check():
    art = xining.parse_text("全市工业投资增长3.5%。\n").articles[0]
    assert narrative(art, "en") == "全市工业投资 (增长): 3.5%. No relation between the figures could be checked."


def test_a_failed_sum_is_not_stated_as_fact():
    art = xining.parse_text("全市社会消费品零售总额186.4亿元，同比增长7.1%。按经营单位所在地分，城镇消费品零售额158.2亿元，"
                            "增长6.5%；乡村消费品零售额27.2亿元，增长8.9%。\n").articles[0]
    zh, en = narrative(art, "zh"), narrative(art, "en")
    assert "其中" not in zh and "不相符（合计185.4亿元）" in zh
    assert "of which" not in en and "which do not add up (they come to 185.4亿元)" in en


def test_a_count_in_words_is_never_the_lead():
    """`三个`, `两省` only say how many items a list has: stated alone they make no sentence (`方面加以落实三个。`)."""
    for text in ("推进绿色发展，要从三个方面加以落实。\n", "江苏、浙江两省联合发布倡议，共同推进长江保护。\n"):
        art = xining.parse_text(text).articles[0]
        zh, en = narrative(art, "zh"), narrative(art, "en")
        assert not any(f.text in zh.split("。")[0] for f in art.statistics), zh
        assert zh.endswith("。") and en.endswith(".") and "三个。" not in zh and "两省。" not in zh


def test_a_count_printed_in_digits_may_lead():
    art = xining.parse_text("本届大会吸引境内外旅行商代表380多名参会。\n").articles[0]
    assert "380多名" in narrative(art, "zh").split("。")[0] and "380多名" in narrative(art, "en").split(". ")[0]
