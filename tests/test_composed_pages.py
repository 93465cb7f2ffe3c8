"""What real dumps contain that the sample does not: one section per item of the segmentation issue,
each on pages composed here (several variations per rule), with the coupling cases: fixing one rule
must not merge two articles that another rule keeps apart."""
import json
from pathlib import Path

import pytest
from pages import page, squeeze, width, wrap

import xining
from xining.bylines import parse_byline, parse_trailer
from xining.layout import layout

# Two articles of one city on different topics, and one more; wrapped at a 17-character column.
PARK = (
    "本报讯（记者 张明）近日，市园林部门在城东新建三座口袋公园，总面积约两万平方米，"
    "附近居民步行五分钟即可到达。公园内设有儿童游乐区和健身步道，夜间照明也已全部安装到位。"
)
PARK_MORE = "园林部门表示，今年还将在老城区改造十处街角绿地，让居民出门见绿。"
WATER = (
    "本报讯（记者 王芳）记者从市水务局获悉，今年全市新建供水管网一百二十公里，"
    "老旧小区二次供水改造全部完成，城区供水普及率达到百分之百。"
)
BUS = (
    "本报讯（记者 赵磊）自下月起，市公交集团将新开三条夜班线路，覆盖火车站、"
    "大学城和两个大型居住区，末班车延长至凌晨一点。"
)


def col(text: str, column: float = 17) -> list[str]:
    return wrap(text, column)


def articles(text: str) -> tuple[xining.Article, ...]:
    return xining.parse_text(text).articles


def bodies(pg: xining.Page) -> list[str]:
    return [squeeze(a.text) for a in pg.articles]


# --- 1. page furniture -------------------------------------------------------------------
TOP = ["7", "", "城市新闻", "", "2024 年 4 月 19 日", "星期五", "", "责编 刘一 美编 陈二"]


@pytest.mark.parametrize(
    "furniture",
    [
        TOP,
        ["A06", "2024年6月4日 星期二", "统筹 孙三 责编 周四 校对 吴五"],
        ["2018 年 1 月 2 日 星期二", "", "7 理论"],
        ["5", "", "区县", "", "2024 年 4 月 19 日", "星期五"],  # a section name that reads like a name, among furniture
    ],
)
def test_furniture_at_the_top_is_set_aside(furniture):
    pg = xining.parse_text(page(furniture, col(PARK), col(WATER)))
    assert bodies(pg) == [squeeze(PARK), squeeze(WATER)]
    kept = "".join(b.text for b in pg.blocks if b.kind == "furniture")
    assert squeeze("".join(furniture)) == squeeze(kept)


def test_furniture_at_the_bottom_and_a_form_feed():
    pg = xining.parse_text(page(col(PARK), col(WATER), ["投稿邮箱:news@example.com", "新闻热线:12345678"]) + "\f")
    assert bodies(pg) == [squeeze(PARK), squeeze(WATER)]
    assert [b.kind for b in pg.blocks if b.kind == "furniture"] == ["furniture", "furniture"]


@pytest.mark.parametrize("injected", ["一审 李六 二审 王七 政审 张八", "微信：城市新闻", "2024年4月19日星期五"])
def test_furniture_injected_mid_article_does_not_cut_its_sentence(injected):
    lines = col(PARK)
    text = page(lines[:2] + [injected] + lines[2:], col(WATER))
    pg = xining.parse_text(text)
    assert bodies(pg) == [squeeze(PARK), squeeze(WATER)]


def test_a_signature_at_the_top_is_no_furniture():
    """Coupling: short labels at the top are furniture, a lone name under a headline is a byline."""
    body = "近日，市园林部门在城东新建三座口袋公园，附近居民步行五分钟即可到达。公园内设有儿童游乐区。"
    pg = xining.parse_text(page(TOP, ["城东新建三座口袋公园", "陈晓明"], col(body)))
    assert pg.articles[0].byline.reporters == ("陈晓明",)
    assert pg.articles[0].title == "城东新建三座口袋公园"


def test_a_dated_line_of_text_is_no_furniture():
    body = "3月25日，市园林部门在城东新建三座口袋公园，附近居民步行五分钟即可到达。"
    pg = xining.parse_text(page(col(body), col(WATER)))
    assert squeeze(pg.articles[0].text) == squeeze(body)


# --- 2. fragment lines ---------------------------------------------------------------------
FRAGMENTED = [
    "本报讯（记者 张明）市民使用",
    "“城市一卡通”",
    "乘车，",
    "每",
    "单随机立减，最高可享受五折票价。",
    "使用前，",
    "乘客要在",
    "“城市出行”",
    "手机应用上完成设",
    "置，",
    "即可开通账户。",
]


def test_fragment_lines_rejoin_into_the_line_they_were_cut_from():
    pg = xining.parse_text(page(FRAGMENTED, col(WATER)))
    assert len(pg.articles) == 2
    assert squeeze(pg.articles[0].text) == squeeze("".join(FRAGMENTED))
    # the pieces were measured as the lines they were cut from: no paragraph ends at a lone quote or comma
    assert all(len(p.text) > 12 for p in pg.articles[0].paragraphs)


def test_a_lone_comma_line_is_rejoined():
    lines = ["本报讯（记者 张明）请及时关闭", "“刷卡模式”", "，", "以免账户被他人使用，造成财产损失。"]
    pg = xining.parse_text(page(lines))
    assert [p.text for p in pg.articles[0].paragraphs] == ["本报讯（记者张明）请及时关闭“刷卡模式”，以免账户被他人使用，造成财产损失。"]


def test_a_short_last_line_is_not_rejoined_with_the_next_paragraph():
    """Coupling: a paragraph's last line of two characters ends a sentence; it stays the end of its paragraph."""
    lines = [
        "本报讯（记者 张明）今年以来，全市新",
        "建口袋公园三十座，居民出门即可见绿。",
        "好。",  # the first paragraph's last line: a fragment by width, but it ends a sentence
        "园林部门表示，今年还将改造十处街",
        "角绿地，让居民出门见绿。",
    ]
    pg = xining.parse_text(page(lines))
    assert len(pg.articles[0].paragraphs) == 2


# --- 3. letter-spaced lines ----------------------------------------------------------------
@pytest.mark.parametrize(
    "spaced, clean",
    [
        ("省 102 座火车站启用", "省102座火车站启用"),
        ("从 2024 年 5 月 1 日至 12 月 31 日，", "从2024年5月1日至12月31日，"),
        ("发 展 带 建 设 的 标 志 性 项", "发展带建设的标志性项"),
        ("据 了 解 ，项 目 一 期 总 投 资 约", "据了解，项目一期总投资约"),
    ],
)
def test_letter_spaced_lines_close_up(spaced, clean):
    assert layout(page([spaced]))[0].text == clean


@pytest.mark.parametrize("name, want", [("李 华", "李华"), ("欧阳 明", "欧阳明"), ("林 立", "林立")])
def test_letter_spaced_signatures(name, want):
    body = "文化是一个城市的灵魂，也是它走向未来的底气。我们要守护老街巷，让历史与今天对话。"
    pg = xining.parse_text(page(["守护老街巷的文化记忆", name], col(body)))
    assert pg.articles[0].byline.reporters == (want,)
    assert parse_trailer(f"（{name}）").reporters == (want,)


# --- 4. column-break fragments are not headlines ---------------------------------------------
def test_a_column_wide_line_after_a_cut_sentence_is_text():
    first = col("本报讯（记者 张明）近日，全市口袋公园建设进入收尾阶段，这些公园") + ["离不开附近居民和志愿者的长期"]
    text = page(first, ["维护和支持。"], col(WATER))
    pg = xining.parse_text(text)
    assert pg.unassigned == () and len(pg.articles) == 2
    assert squeeze(pg.articles[0].text).endswith("长期维护和支持。")


def test_a_headline_wider_than_the_column_after_a_cut_sentence_stays_a_headline():
    """Coupling: only a line at column width continues a cut sentence; a wider one is set in headline type."""
    first = col("本报讯（记者 张明）近日，全市口袋公园建设进入收尾阶段，公园的日常维护离不开附近居民和志愿者的")
    text = page(first, ["让口袋公园成为居民家门口的美好生活空间"], ["长期支持。"], col(WATER))
    pg = xining.parse_text(text)
    assert "让口袋公园成为居民家门口的美好生活空间" in [a.title for a in pg.articles] + [h.text for h in pg.unassigned]
    assert squeeze(pg.articles[0].text).endswith("志愿者的长期支持。")


def test_two_clause_marks_make_text_not_a_title():
    text = page(col(PARK), ["居民、游客和志愿者，共同维护公园"], col(WATER))
    pg = xining.parse_text(text)
    assert all("志愿者" not in h.text for h in pg.unassigned)


def test_a_real_headline_between_two_articles_is_still_a_headline():
    """Coupling: the continuation rule must not eat the short title that stands between two articles."""
    pg = xining.parse_text(page(col(PARK), ["全市供水管网更新完成"], col(WATER)))
    assert [a.title for a in pg.articles] == ["", "全市供水管网更新完成"] or pg.articles[1].title == "全市供水管网更新完成"


# --- 5. bylines in every position and form ----------------------------------------------------
@pytest.mark.parametrize(
    "head, reporters, correspondents, agency",
    [
        ("■记者 张明 通讯员 李青 王红", ("张明",), ("李青", "王红"), None),
        ("城东晚报讯 记者 张明", (), (), "城东晚报讯"),
        ("城东晚报西宁3月25日讯(记者 张明)", ("张明",), (), "城东晚报西宁3月25日讯"),
        ("本报讯 【记者 张明】近日", ("张明",), (), "本报讯"),
        ("城东晚报 见习记者张明 西宁报道", ("张明",), (), "城东晚报"),
        ("城东晚报记者 张明", ("张明",), (), "城东晚报"),
        ("城东新闻·城东晚报记者 张明 见习记者 李青/文 受访者供图", ("张明", "李青"), (), "城东新闻·城东晚报"),
        ("本报首席记者 张明", ("张明",), (), "本报"),
        ("特约记者 张明 通讯员 李青", ("张明",), ("李青",), None),
    ],
)
def test_byline_forms(head, reporters, correspondents, agency):
    b = parse_byline(head)
    assert (b.reporters, b.correspondents, b.agency) == (reporters, correspondents, agency)


@pytest.mark.parametrize(
    "trailer, reporters",
    [("（记者 张明）", ("张明",)), ("（李 华）", ("李华",)), ("（作者：张明 编辑：李青）", ("张明",)), ("（作者为某大学教授）", None),
     ("（作者单位：某研究院）", None)],
)
def test_trailers(trailer, reporters):
    b = parse_trailer(trailer)
    assert (b.reporters if b else None) == reporters


def test_byline_line_between_headline_and_lead():
    pg = xining.parse_text(page(["城东新建三座口袋公园", "■记者 张明 通讯员 李青"] + col(PARK.replace("（记者 张明）", "")), col(WATER)))
    assert pg.articles[0].title == "城东新建三座口袋公园"
    assert (pg.articles[0].byline.reporters, pg.articles[0].byline.correspondents) == (("张明",), ("李青",))
    assert squeeze(pg.articles[0].text).startswith("本报讯近日")  # the byline line is not body


def test_a_trailing_byline_ends_its_article():
    """Coupling (items 5 and 8): after `（记者 X）` the next unsigned text is another article, not more of this one."""
    first = "今年以来，全市新建口袋公园三十座，居民出门见绿。园林部门表示，还将改造十处街角绿地。"
    second = "全市新建供水管网一百二十公里，老旧小区二次供水改造全部完成，城区供水普及率达到百分之百。"
    pg = xining.parse_text(page(col(first) + ["（记者 张明）"], col(second)))
    assert len(pg.articles) == 2
    assert pg.articles[0].byline.reporters == ("张明",)
    assert pg.articles[1].byline is None


def test_a_signature_after_the_text_signs_the_article_above():
    body = "文化是一个城市的灵魂，也是它走向未来的底气。我们要守护老街巷，让历史与今天对话。"
    pg = xining.parse_text(page(["守护老街巷的文化记忆"], col(body), ["孙立平"], col(WATER)))
    assert pg.articles[0].byline.reporters == ("孙立平",)
    assert pg.articles[1].byline.reporters == ("王芳",)


def test_a_second_signature_splits_two_articles_that_ran_together():
    """A signature after a trailer that names someone else than the article's own byline: the second
    article began at the last paragraph kept across a headline (here a banner), and is signed by it."""
    first = "文化是一个城市的灵魂，也是它走向未来的底气。我们要守护老街巷，让历史与今天对话。"
    second = "依法治理和以德治理相结合，是城市治理的一个鲜明特点。二者相辅相成，不能偏废。"
    pg = xining.parse_text(page(["守护老街巷的文化记忆", "孙立平"], col(first), ["认真学习宣传城市精神"], col(second) + ["（作者为某大学教授）"], ["钱中和"]))
    assert [a.byline.reporters for a in pg.articles] == [("孙立平",), ("钱中和",)]
    assert [squeeze(a.text) for a in pg.articles] == [squeeze(first), squeeze(second)]


def test_a_name_wrapped_over_two_lines_is_one_name():
    body = "文化是一个城市的灵魂，也是它走向未来的底气。我们要守护老街巷，让历史与今天对话。" * 2
    lines = col(body)
    pg = xining.parse_text(page(["守护老街巷的文化记忆", "孙"], lines[:3], ["立"], lines[3:]))
    assert pg.articles[0].byline.reporters == ("孙立",)
    assert squeeze(pg.articles[0].text) == squeeze(body)


@pytest.mark.parametrize("signature", [["孙"], ["孙立平"], ["■记者 孙立平"]])
@pytest.mark.parametrize("heads", [["守护老街巷的文化记忆"], ["认真学习宣传城市精神", "", "守护老街巷的文化记忆"]])
def test_a_sentence_cut_by_a_column_break_does_not_run_on_under_a_signed_headline(signature, heads):
    """A column that breaks off mid-sentence, then a headline and a signature (even one character of it): the text
    under them opens another article; the cut sentence runs on elsewhere."""
    cut = "本报讯（记者 张明）近日，市园林部门在城东新建三座口袋公园，附近居民步行五分钟即可"
    body = "文化是一个城市的灵魂，也是它走向未来的底气。我们要守护老街巷，让历史与今天对话。" * 2
    lines = col(body)
    tail = [lines[:3], ["立"], lines[3:]] if signature == ["孙"] else [lines]
    pg = xining.parse_text(page(col(cut), heads, signature, *tail))
    assert [squeeze(a.text) for a in pg.articles] == [squeeze(cut), squeeze(body)]


@pytest.mark.parametrize("names", [["王海峰"], ["王海峰", "欧阳明"]])
def test_a_name_printed_inside_a_sentence_of_the_article_is_a_co_author(names):
    body = "口袋公园建设要因地制宜。城东口袋公园利用街角空地和拆违地块，配套建设健身步道和儿童游乐区，居民步行五分钟即可到达口袋公园。"
    lines = col(body)
    pg = xining.parse_text(page(["城东口袋公园建设观察", "张明远"], lines[:3], *[[n] for n in names], lines[3:]))
    assert len(pg.articles) == 1 and squeeze(pg.articles[0].text) == squeeze(body)
    assert pg.articles[0].byline.reporters == ("张明远", *names)


def test_a_name_inside_a_sentence_before_another_topic_is_no_co_author():
    """Coupling: after the name, text on another topic is not the article's own: the name adds no author to it."""
    body = "口袋公园建设要因地制宜。城东口袋公园利用街角空地和拆违地块，配套建设健身步道和儿童游乐区。"
    other = "供水管网是城市的生命线，今年全市新建供水管网一百二十公里，老旧小区二次供水改造全部完成。"
    lines = col(body)
    pg = xining.parse_text(page(["城东口袋公园建设观察", "张明远"], lines[:-1], ["王海峰"], col(other)))
    assert pg.articles[0].byline.reporters == ("张明远",)


@pytest.mark.parametrize("line", ["记者来到位于城东的口袋公园，", "记者从市水务局获悉，", "记者 张明来到现场，看到"])
def test_a_line_that_starts_with_the_word_reporter_is_no_byline(line):
    pg = xining.parse_text(page(col(PARK) + [line, "居民正在晨练。"]))
    assert len(pg.articles) == 1 and pg.articles[0].byline.reporters == ("张明",)


@pytest.mark.parametrize("piece", [["附近居民步行五分钟即可到", "达，"], ["公园内设有儿童游乐区和健身步道。"]])
def test_a_column_piece_between_a_byline_line_and_its_lead_stays_in_its_article(piece):
    lead = "城东晚报讯 近日，市园林部门在城东新建三座口袋公园，总面积约两万平方米。"
    pg = xining.parse_text(page(["城东新建三座口袋公园", "■记者 张明"], piece + col(lead), ["全市供水管网更新完成"], col(WATER)))
    assert len(pg.articles) == 2
    park = pg.articles[0]
    assert squeeze(park.text) == squeeze(lead) + squeeze("".join(piece))
    assert park.byline.reporters == ("张明",) and park.byline.agency == "城东晚报讯"
    assert park.title == "城东新建三座口袋公园"


@pytest.mark.parametrize("between", [[], ["全市供水管网更新完成"]])
def test_a_lead_naming_its_reporter_or_under_a_headline_opens_its_own_article(between):
    """Coupling: after a byline line's text, a lead that names someone, or a lead under a headline, is another article."""
    lead = "城东晚报讯 近日，市水务局在城东新建供水管网一百二十公里，老旧小区二次供水改造全部完成。"
    if not between:
        lead = lead.replace("城东晚报讯", "城东晚报讯（记者 王芳）")
    pg = xining.parse_text(page(["城东新建三座口袋公园", "■记者 张明"], col(PARK.replace("本报讯（记者 张明）", "")), *([between] if between else []), col(lead)))
    assert len(pg.articles) == 2
    assert squeeze(pg.articles[1].text) == squeeze(lead)


# --- 6. paragraph boundaries without a blank line or an indent ---------------------------------
def test_a_clearly_short_line_ends_its_paragraph_whatever_its_last_mark():
    lines = col("本报讯（记者 张明）市民可以通过以下方式咨询：城市服务热线") + ["（工作日）"] + wrap("园林部门表示，今年还将改造十处街角绿地，让居民出门见绿。", 17, indent=0)
    pg = xining.parse_text(page(lines))
    assert len(pg.articles[0].paragraphs) == 2


def test_full_lines_with_half_width_digits_do_not_end_paragraphs():
    """Coupling: lines made narrower by half-width digits are not short lines."""
    text = "本报讯（记者 张明）2024年1-9月，全市完成投资1234.5亿元，同比增长12.3%，其中工业投资567.8亿元，增长15.6%，基础设施投资345.6亿元，增长8.9%。"
    pg = xining.parse_text(page(col(text, 19)))
    assert len(pg.articles[0].paragraphs) == 1


# --- 7. sub-heads inside an article --------------------------------------------------------------
def test_section_titles_inside_an_article():
    body1 = "本报讯（记者 张明）近日，市园林部门在城东新建三座口袋公园，附近居民步行五分钟即可到达。"
    body2 = "公园内设有儿童游乐区和健身步道，夜间照明也已全部安装到位，居民纷纷点赞。"
    pg = xining.parse_text(page(col(body1) + ["设施齐全"] + col(body2), col(WATER)))
    assert len(pg.articles) == 2
    kinds = [p.kind for p in pg.articles[0].paragraphs]
    assert kinds == ["lead", "section_title", "body"]
    assert pg.unassigned == ()


def test_a_section_title_at_the_top_of_a_column():
    body1 = "本报讯（记者 张明）近日，市园林部门在城东新建三座口袋公园，附近居民步行五分钟即可到达。"
    body2 = "公园内设有儿童游乐区和健身步道，夜间照明也已全部安装到位，居民纷纷点赞。"
    pg = xining.parse_text(page(col(body1), ["设施齐全"] + col(body2)))
    assert len(pg.articles) == 1
    assert [p.kind for p in pg.articles[0].paragraphs] == ["lead", "section_title", "body"]


# Sub-heads set apart by blank lines over sections that repeat their words: headlines to the eye, sections by their
# openings (they go on from the lead: `一季度，全区`, `从投资看，`), where briefs name their place or subject.
GROWTH_LEAD = ("本报讯（记者 王明）记者从城东区统计局获悉，一季度全区经济运行总体平稳，主要指标稳中有进，"
               "地区生产总值同比增长6.1%，增速高于全市平均水平0.4个百分点。")
GROWTH_SECTIONS = [
    ("工业生产加快恢复", "一季度，全区规模以上工业增加值同比增长7.2%，比上年全年加快1.5个百分点，工业生产加快恢复。"),
    ("消费市场持续回暖", "全区社会消费品零售总额达到85.6亿元，同比增长8.9%，餐饮收入增长15.2%，消费市场持续回暖。"),
    ("投资结构不断优化", "从投资看，全区固定资产投资同比增长5.3%，其中高技术产业投资增长20.1%，投资结构不断优化。"),
    ("外贸进出口增长", "分贸易方式看，一般贸易进出口增长9.4%，占全区外贸总额的比重提高2.1个百分点，外贸进出口增长。"),
]
NAMED_BRIEFS = [
    ("城东区菜市场提升行动启动", "城东市城东区启动菜市场提升行动，计划年内完成十二个建设项目。"),
    ("社区食堂示范点挂牌", "城东市城东区首批二十家社区食堂建设项目完成，覆盖全区八个街道。"),
    ("口袋公园建设提速", "城东市城东区口袋公园建设项目全面开工，总投资三亿元，年底前建成开放。"),
]
GROWTH_TITLE = "城东区一季度经济运行稳中向好"


def _sections(sections, end: list[str] = ()) -> list[list[str]]:
    blocks = [x for h, t in sections for x in ([h], col(t))]
    return blocks[:-1] + [blocks[-1] + list(end)]


@pytest.mark.parametrize("first, n", [(0, 2), (0, 3), (1, 3), (0, 4)])
def test_sub_heads_set_apart_over_sections_that_go_on_from_the_lead_keep_one_article(first, n):
    sections = GROWTH_SECTIONS[first:first + n]
    pg = xining.parse_text(page([GROWTH_TITLE], col(GROWTH_LEAD), *_sections(sections)))
    (art,) = pg.articles
    assert art.title == GROWTH_TITLE and art.byline.reporters == ("王明",) and pg.unassigned == ()
    assert [p.text for p in art.paragraphs if p.kind == "section_title"] == [h for h, _ in sections]
    assert squeeze(art.text) == squeeze(GROWTH_LEAD + "".join(h + t for h, t in sections))


@pytest.mark.parametrize("period", ["一季度，", "今年以来，", "1-3月，"])
def test_sections_that_each_open_on_a_period_keep_one_article(period):
    """Each section opening `一季度，全区…` reads as a lead of its own one by one; the run of them under sub-heads, going
    on the lead's topic, is the article's."""
    sections = [(h, period + t.split("，", 1)[1] if t.startswith(("一季度，", "从投资看，", "分贸易方式看，")) else period + t)
                for h, t in GROWTH_SECTIONS[:3]]
    pg = xining.parse_text(page([GROWTH_TITLE], col(GROWTH_LEAD), *_sections(sections)))
    (art,) = pg.articles
    assert [p.text for p in art.paragraphs if p.kind == "section_title"] == [h for h, _ in sections]
    assert squeeze(art.text) == squeeze(GROWTH_LEAD + "".join(h + t for h, t in sections))


@pytest.mark.parametrize("lead_signed, end", [(False, ["（记者 王明）"]), (False, []), (True, ["（记者 王明）"])])
def test_sections_signed_at_the_end_or_not_at_all_keep_one_article(lead_signed, end):
    lead = GROWTH_LEAD if lead_signed else GROWTH_LEAD.replace("本报讯（记者 王明）", "")
    pg = xining.parse_text(page([GROWTH_TITLE], col(lead), *_sections(GROWTH_SECTIONS[:3], end)))
    (art,) = pg.articles
    assert art.title == GROWTH_TITLE and len([p for p in art.paragraphs if p.kind == "section_title"]) == 3
    assert (art.byline.reporters if art.byline else ()) == (("王明",) if lead_signed or end else ())


@pytest.mark.parametrize("label", [[], ["简讯"]])
@pytest.mark.parametrize("dated", ["", "近日，", "3月25日，"])
def test_briefs_that_name_their_subject_after_a_signed_article_stay_articles_each(label, dated):
    """Coupling: short titles over unsigned text after a signed article, like sections; each brief names its place."""
    briefs = [x for h, t in NAMED_BRIEFS for x in ([h], col(dated + t, 14))]
    pg = xining.parse_text(page([GROWTH_TITLE], col(GROWTH_LEAD), *([label] if label else []), *briefs))
    assert [a.title for a in pg.articles] == [GROWTH_TITLE] + [h for h, _ in NAMED_BRIEFS]
    assert bodies(pg)[1:] == [squeeze(dated + t) for _, t in NAMED_BRIEFS]


def test_briefs_that_open_on_a_period_and_the_whole_city_after_a_signed_article_stay_apart():
    """Coupling: two short titles over `今年一季度，全市…` on topics of their own open like sections but change the topic."""
    briefs = [("不动产登记提速", "今年一季度，全市新办理不动产登记业务两万件，办结率达到百分之九十八，群众满意度持续提升。"),
              ("抵押登记网上办", "今年一季度，全市不动产抵押登记网上办理一万件，登记业务平均办结时间缩短至一个工作日。")]
    pg = xining.parse_text(page([GROWTH_TITLE], col(GROWTH_LEAD), *_sections(briefs)))
    assert [a.title for a in pg.articles] == [GROWTH_TITLE] + [h for h, _ in briefs]
    assert bodies(pg)[1:] == [squeeze(t) for _, t in briefs]


def test_sections_closed_by_another_reporter_are_not_the_signed_article_before():
    """Coupling: two signatures naming different people are two articles, whatever the openings say."""
    pg = xining.parse_text(page([GROWTH_TITLE], col(GROWTH_LEAD), *_sections(GROWTH_SECTIONS[:3], ["（记者 李华）"])))
    assert [a.byline.reporters for a in pg.articles] == [("王明",), ("李华",)]
    assert squeeze(pg.articles[0].text) == squeeze(GROWTH_LEAD)


@pytest.mark.parametrize("title", ["城西区工业投资双提速", "城西区消费市场持续回暖"])
def test_a_headline_above_the_first_sub_head_heads_an_article_in_sections(title):
    pg = xining.parse_text(page([GROWTH_TITLE], col(GROWTH_LEAD), [title], *_sections(GROWTH_SECTIONS[:3])))
    assert [a.title for a in pg.articles] == [GROWTH_TITLE, title] and pg.unassigned == ()
    assert [p.text for p in pg.articles[1].paragraphs if p.kind == "section_title"] == [h for h, _ in GROWTH_SECTIONS[:3]]


def test_titles_too_long_for_sub_heads_stay_headlines():
    """Coupling: a sub-head is short; a report's title over `全区…` text runs longer and is not folded."""
    long_titles = [("全区工业生产加快恢复势头明显", GROWTH_SECTIONS[0][1]), ("全区消费市场持续回暖态势巩固", GROWTH_SECTIONS[1][1])]
    pg = xining.parse_text(page([GROWTH_TITLE], col(GROWTH_LEAD), *_sections(long_titles)))
    assert len(pg.articles) >= 2 and squeeze(pg.articles[0].text) == squeeze(GROWTH_LEAD)


# --- 8. unsigned articles ------------------------------------------------------------------------
@pytest.mark.parametrize("lead", ["1-9月，", "2023年1-5月，", "今年以来，", "前三季度，", "今年一季度，"])
def test_period_leads_open_unsigned_articles(lead):
    bulletin = lead + "全市规上工业增加值同比增长5.5%，其中制造业增长6.1%，高技术制造业增长9.8%。"
    pg = xining.parse_text(page(col(PARK), col(bulletin)))
    assert len(pg.articles) == 2 and squeeze(pg.articles[1].text) == squeeze(bulletin)


def test_a_period_paragraph_on_the_same_topic_stays():
    """Coupling: a paragraph opening with a period inside a signed article on its topic is not a new article."""
    more = "今年以来，市园林部门已在城东新建口袋公园五座，附近居民步行五分钟即可到达公园。"
    pg = xining.parse_text(page(col(PARK), col(more)))
    assert len(pg.articles) == 1


def test_two_statistics_bulletins_of_one_city_stay_apart():
    a = "1-9月，全市规上工业增加值同比增长5.5%，其中制造业增长6.1%。"
    b = "1-9月，全市社会消费品零售总额同比增长4.2%，其中网上零售额增长8.7%。"
    pg = xining.parse_text(page(col(a), col(b)))
    assert len(pg.articles) == 2


# --- 9. headlines far from their articles ----------------------------------------------------------
@pytest.mark.parametrize("where", ["before", "after", "block", "last_line"])
def test_headlines_find_their_articles_wherever_they_stand(where):
    heads = {"park": ["城东新建三座口袋公园"], "water": ["全市供水管网一百二十公里更新完成"]}
    if where == "before":
        text = page(heads["park"], col(PARK), heads["water"], col(WATER))
    elif where == "after":
        text = page(col(PARK), heads["park"], col(WATER), heads["water"])
    elif where == "block":
        text = page(heads["water"], heads["park"], col(PARK), col(WATER))
    else:
        text = page(col(PARK), heads["water"], col(WATER)) + heads["park"][0]
    pg = xining.parse_text(text)
    assert [a.title for a in pg.articles] == ["城东新建三座口袋公园", "全市供水管网一百二十公里更新完成"]


def test_kicker_and_headline_above_a_byline():
    pg = xining.parse_text(page(["市园林部门新建三座口袋公园", "居民出门见绿"], ["城东公园步行五分钟可达", "■记者 张明"] + col(PARK.replace("（记者 张明）", "")), col(WATER)))
    assert pg.articles[0].title == "城东公园步行五分钟可达"
    assert [b.text for b in pg.blocks if b.kind == "kicker"] == ["市园林部门新建三座口袋公园居民出门见绿"]


def test_subtitle_under_a_headline():
    pg = xining.parse_text(page(["城东口袋公园建设回顾", "——市园林工作座谈会述要", "孙立平"], col("座谈会上，园林部门介绍了城东新建口袋公园的经验，居民代表提出了建议。")))
    assert pg.articles[0].title == "城东口袋公园建设回顾"
    assert [b.kind for b in pg.blocks if b.text.startswith("——")] == ["subtitle"]


def test_headline_whose_first_word_is_printed_twice():
    body = "新阶段的城市治理要以人民为中心，这是一座城市发展的出发点和落脚点。"
    pg = xining.parse_text(page(["新城市：", "新城市", "：治理新方位 发展新目标", "孙立平"], col(body)))
    assert squeeze(pg.articles[0].title) == "新城市：治理新方位发展新目标"
    assert [b.text for b in pg.blocks if b.kind == "kicker"] == ["新城市："] and pg.unassigned == ()


def test_the_printed_copy_of_a_headline_word_names_no_other_article():
    """Coupling: the copy (`新城市：`) shares its words with every article of the page, yet titles none of them."""
    body = "新阶段的城市治理要以人民为中心，这是一座城市发展的出发点和落脚点。"
    other = "城市更新要留住城市的记忆，老街区的改造让新城市和老城市各美其美。"
    pg = xining.parse_text(page(["新城市：", "新城市", "：治理新方位 发展新目标", "孙立平"], col(body), ["（作者为某大学教授）"],
                                ["城市更新留住记忆"], ["李明远"], col(other)))
    assert [squeeze(a.title) for a in pg.articles] == ["新城市：治理新方位发展新目标", "城市更新留住记忆"]


def test_shared_figure_counts_only_as_a_whole_unit_bearing_token():
    a = "本报讯（记者 张明）2024年，全市新建口袋公园35座，总面积约两万平方米。"
    b = "本报讯（记者 王芳）2024年，全市供水普及率达到98.5%，较上年提高2个百分点。"
    pg = xining.parse_text(page(col(a), col(b), ["供水普及率达98.5%"], ["2024年全市公园建设"]))
    assert pg.articles[1].title == "供水普及率达98.5%"


# A feature opened by an intro above its byline, a deck, a display headline, and a sub-head over its first column.
INTRO = "口袋公园，是城市里离居民最近的绿地。城东新建的口袋公园正在走进居民家门口，改变人们的出门方式。"
FEATURE = "近日，记者走访城东新建的三座口袋公园，附近居民步行五分钟即可到达，公园走进家门口，健身步道人气很旺。"


@pytest.mark.parametrize(
    "headline, subhead",
    [
        (["城东的新打算", "让公园走进家门口"], ["三座公园已开放", "十处绿地在规划"]),
        (["城东的新打算", "让公园", "“走进家门口”"], ["三座公园已开放", "十处绿地在规划"]),
        (["城东的新打算", "让公园走进", "居民家门口"], ["三座公园已开放", "十处绿地在规划"]),
    ],
)
def test_deck_display_headline_and_first_sub_head_of_a_feature(headline, subhead):
    deck = ["城东新建口袋公园总面积约两万平方米，今年还将改造十处街角绿地"]
    pg = xining.parse_text(page(col(INTRO, 22), ["某某新闻·城东晚报记者 张明 见习记者 王芳/文"], deck, headline + subhead, col(FEATURE)))
    assert len(pg.articles) == 1
    a = pg.articles[0]
    assert squeeze(a.title) == squeeze("".join(headline))
    assert squeeze(a.text).startswith(squeeze(INTRO)) and squeeze(a.text).endswith(squeeze(FEATURE))
    assert [b.text for b in pg.blocks if b.kind == "kicker"] == [deck[0]]
    assert a.byline.reporters == ("张明", "王芳")
    assert [p.text for p in a.paragraphs if p.kind == "section_title"] == ["".join(subhead)]


def test_a_long_sub_head_inside_an_article_is_no_headline():
    """Coupling: four title lines between two paragraphs of one article are its sub-head, not a headline and a second one."""
    body1 = "本报讯（记者 张明）近日，市园林部门在城东新建三座口袋公园，附近居民步行五分钟即可到达。"
    body2 = "公园内设有儿童游乐区和健身步道，夜间照明也已全部安装到位，居民纷纷点赞。"
    pg = xining.parse_text(page(col(body1), ["让口袋公", "园成为居民家门口", "的健身场所和休闲", "空间"], col(body2), col(WATER)))
    assert len(pg.articles) == 2 and pg.unassigned == ()
    assert squeeze(pg.articles[0].text) == squeeze(body1) + "让口袋公园成为居民家门口的健身场所和休闲空间" + squeeze(body2)


def test_a_title_with_a_comma_above_text_is_a_headline():
    """Coupling: a one-line title with a comma is a deck only right above another headline; over text it is the headline."""
    pg = xining.parse_text(page(["城东新建三座口袋公园，居民步行五分钟可达"], col(PARK), ["全市供水管网一百二十公里更新完成"], col(WATER)))
    assert [a.title for a in pg.articles] == ["城东新建三座口袋公园，居民步行五分钟可达", "全市供水管网一百二十公里更新完成"]
    assert not any(b.kind == "kicker" for b in pg.blocks)


# A lead article whose first column the dump emits last, after another article and its trailer.
OPENING = "口袋公园是居民家门口的绿地。近年来，城东口袋公园建设步伐加快，居民步行五分钟即可到达公园。"
SECOND_COLUMN = "口袋公园建设要因地制宜。城东口袋公园利用街角空地和拆违地块，建设健身步道和儿童游乐区，居民纷纷点赞。"
PIPES = "供水管网是城市的生命线。今年全市新建供水管网一百二十公里，老旧小区二次供水改造全部完成，城区供水普及率达到百分之百。"


@pytest.mark.parametrize("subhead", [["因地制宜建公园"], ["因地制宜", "建好口袋公园"]])
@pytest.mark.parametrize("trailer", [["（作者为某大学教授）"], ["（作者为某大学教授）", "", "王海峰"]])
def test_a_first_column_emitted_last_goes_before_the_sub_head(subhead, trailer):
    pg = xining.parse_text(page(["张明远"], subhead + col(SECOND_COLUMN), ["供水管网更新完成"], ["王海峰"], col(PIPES),
                                "\n".join(trailer), col(OPENING), ["让口袋公园走进居民家门口"]))
    assert len(pg.articles) == 2
    park = pg.articles[0]
    assert squeeze(park.text) == squeeze(OPENING) + squeeze("".join(subhead)) + squeeze(SECOND_COLUMN)
    assert park.title == "让口袋公园走进居民家门口" and park.byline.reporters == ("张明远",)
    assert squeeze(pg.articles[1].text) == squeeze(PIPES)


def test_a_displaced_piece_of_an_article_that_opens_on_its_lead_stays_in_line_order():
    """Coupling: only an article whose text opens on a sub-head takes a later piece as its opening."""
    lead = "本报讯（记者 张明）" + SECOND_COLUMN
    pg = xining.parse_text(page(col(lead), ["供水管网更新完成"], ["王海峰"], col(PIPES), ["（作者为某大学教授）"], col(OPENING)))
    assert len(pg.articles) == 2
    assert squeeze(pg.articles[0].text) == squeeze(lead) + squeeze(OPENING)


# A signed article whose column broke off before a sub-head; the dump emits that column later, under a sub-head.
CUT = "口袋公园建设要因地制宜。城东口袋公园利用街角空地和拆违地块，为周边的居民们配套建设好了"
CUT_REST = "健身步道和儿童游乐区，居民步行五分钟即可到达口袋公园，纷纷点赞。"
LATER = "口袋公园建成后还要管好。城东街道组建了志愿者队伍，定期维护口袋公园的绿地和设施。"


def _signed_page(piece_title: list[str], piece: str) -> str:
    """Two signed articles, then a piece under a title."""
    return page(["城东口袋公园建设观察"], ["张明远"], col(CUT), ["建好管好"] + col(LATER),
                ["全市供水管网更新完成"], ["王海峰"], col(PIPES), ["（作者为某大学教授）"], piece_title, col(piece))


@pytest.mark.parametrize("title", [["因地制宜建公园"], ["因地制宜建设", "城东口袋公园"]])
def test_a_column_under_a_sub_head_emitted_late_rejoins_its_signed_article(title):
    pg = xining.parse_text(_signed_page(title, CUT_REST))
    assert len(pg.articles) == 2 and pg.unassigned == ()
    park = pg.articles[0]
    assert park.title == "城东口袋公园建设观察" and park.byline.reporters == ("张明远",)
    assert squeeze(park.text) == squeeze(CUT + CUT_REST + "".join(title) + "建好管好" + LATER)
    assert squeeze(pg.articles[1].text) == squeeze(PIPES)


@pytest.mark.parametrize("other", [
    "今年一季度，全市新办理不动产登记业务两万件，办结率达到百分之九十八，群众满意度持续提升。",
    "市图书馆新馆下月开馆，馆藏图书一百万册，设有少儿阅览区、数字阅读区和古籍修复室。",
])
def test_an_unsigned_article_under_its_headline_on_a_signed_page_stays_apart(other):
    """Coupling: an unsigned piece with a lead of its own, or sharing no vocabulary, keeps its headline and stays apart."""
    pg = xining.parse_text(_signed_page(["图书馆新馆开馆" if "图书" in other else "不动产登记业务办结"], other))
    assert len(pg.articles) == 3
    assert squeeze(pg.articles[2].text) == squeeze(other) and pg.articles[2].title is not None


# --- 10. non-article blocks --------------------------------------------------------------------------
def test_an_advertisement_is_set_aside():
    ad = ["人参 西洋参等2折起售", "", "市场价：", "1.2元/克", "直销价：0.4元/克", "", "某某参茸馆：城东大街一号", "可乘1、2路公交车到站下。", "（广告）"]
    pg = xining.parse_text(page(col(PARK), ad, col(WATER)))
    assert bodies(pg) == [squeeze(PARK), squeeze(WATER)]
    assert {b.kind for b in pg.blocks} >= {"ad"}


def test_a_page_of_notices_has_no_articles():
    notice = (
        "张某某：本院受理原告李某某与你离婚纠纷一案，由于无法向你直接送达，现依法向你公告送达起诉状及开庭传票。"
        "自公告之日起经30日视为送达。逾期将依法缺席裁判。"
    )
    pg = xining.parse_text(page(["公告专栏"], col(notice, 22), ["某县人民法院"], col(notice.replace("张某某", "王某某"), 22), ["某县人民法院"]))
    assert pg.articles == ()
    assert any(b.kind == "notice" for b in pg.blocks)


def test_a_caption_set_in_a_narrow_box():
    pg = xining.parse_text(page(col(PARK), ["城东公"], ["园新"], ["景色"], ["图"], col(WATER)))
    assert bodies(pg) == [squeeze(PARK), squeeze(WATER)]
    assert [b.kind for b in pg.blocks if b.kind == "caption"] == ["caption"] * 4


@pytest.mark.parametrize("credit, name", [("本报记者 李华摄", "李华"), ("新华社记者 林 立摄", "林立"), ("王 五 摄", "王五")])
def test_a_photo_caption_above_its_credit_is_no_article(credit, name):
    caption = "城东口袋公园成为居民休闲的好去处。图为居民在公园内健身。"
    pg = xining.parse_text(page(col(PARK), col(caption, 30) + [credit], col(WATER)))
    assert bodies(pg) == [squeeze(PARK), squeeze(WATER)]
    assert [squeeze(b.text) for b in pg.blocks if b.kind == "caption"] == [squeeze(caption)]
    assert [c.name for c in pg.credits] == [name]


def test_a_paragraph_that_mentions_a_picture_without_a_credit_stays_text():
    """Coupling: the caption words alone make no caption; a credit must close the lines."""
    text = "本报讯（记者 张明）市园林部门发布城东公园规划，图为规划中的三座口袋公园，附近居民步行五分钟即可到达。"
    pg = xining.parse_text(page(col(text), col(WATER)))
    assert bodies(pg) == [squeeze(text), squeeze(WATER)]


# --- columns interleaved line by line -------------------------------------------------------------------
def _interleaved(columns: list[str], width: float = 12) -> list[str]:
    """Columns as a dump interleaves them: one line of each in turn, each a chunk of its own, while every column
    has lines; then the bottoms of the longer columns, each as a block."""
    cols = [wrap(c, width, indent=0) for c in columns]
    rows = min(len(c) for c in cols)
    blocks: list[str | list[str]] = [[c[i]] for i in range(rows) for c in cols]
    return blocks + [c[rows:] for c in cols if len(c) > rows]


INTERLEAVED = [
    "近日，城东的口袋公园，建在街角，建在河边，也建在老旧小区旁，附近居民步行五分钟，就能走进公园，散步、健身、下棋，"
    "孩子们在游乐区玩耍，老人们在树荫下聊天，园林部门还在公园里，配套建设了",
    "健身步道，安装了夜间照明，居民们说，出门就能见绿，日子更舒心。",
]


@pytest.mark.parametrize("columns", [
    INTERLEAVED,
    [INTERLEAVED[0][:40], INTERLEAVED[0][40:] + INTERLEAVED[1][:4], INTERLEAVED[1][4:]],
])
def test_column_bottoms_after_interleaved_lines_precede_the_articles_last_line(columns):
    pg = xining.parse_text(page(["城东新建三座口袋公园"], ["■记者 张明"], *_interleaved(columns), ["全市供水管网更新完成"], col(WATER)))
    assert len(pg.articles) == 2
    park = squeeze(pg.articles[0].text)
    assert park.startswith("近日，城东的口袋公园") and park.endswith(wrap(columns[-1], 12, indent=0)[-1])
    assert sorted(park) == sorted(squeeze("".join(columns)))
    assert squeeze(pg.articles[1].text) == squeeze(WATER)


def test_column_bottoms_that_end_the_article_stay_last():
    """Coupling: when the longest column is the article's last, its bottom ends with a full stop and is the end."""
    columns = [INTERLEAVED[0][:40], INTERLEAVED[0][40:] + INTERLEAVED[1]]
    pg = xining.parse_text(page(["城东新建三座口袋公园"], ["■记者 张明"], *_interleaved(columns), ["全市供水管网更新完成"], col(WATER)))
    bottom = wrap(columns[1], 12, indent=0)[len(wrap(columns[0], 12, indent=0)):]
    assert squeeze(pg.articles[0].text).endswith(squeeze("".join(bottom)))


def test_one_line_paragraphs_of_a_copied_page_keep_their_order():
    """Coupling: paragraphs copied as one long line each, blank lines between, are no interleaved columns, even when
    the last breaks off before a headline."""
    paras = [PARK[:60] + "。", PARK_MORE, "公园开放以来，每天有上千名居民来这里散步、健身和下棋，孩子们最喜欢游乐区。",
             "附近的老人说，以前出门只能在马路边走走，现在家门口就有了公园。",
             "园林部门表示，明年还将在城西新建两座口袋公园，让更多居民出门见绿，"]
    pg = xining.parse_text(page(*[[p] for p in paras], ["全市供水管网更新完成"], col(WATER)))
    assert squeeze(pg.articles[0].text) == squeeze("".join(paras))


def test_a_title_with_a_comma_in_a_block_of_headlines_is_a_headline():
    """Coupling: the deck rule holds only at an article's opening; in a block of gathered headlines a title with a
    comma is a headline like the others."""
    heads = ["城东新建三座口袋公园，居民步行五分钟可达", "全市供水管网一百二十公里更新完成"]
    pg = xining.parse_text(page(col(PARK), col(WATER), [heads[0]], [heads[1]]))
    assert [a.title for a in pg.articles] == heads
    assert not any(b.kind == "kicker" for b in pg.blocks)


# --- the PDF reader's groups ---------------------------------------------------------------------------
def test_groups_from_geometry_decide_the_articles():
    from xining.articles import assemble
    from xining.model import Block

    def blk(kind, text, line, group):
        return Block(kind, text, ((0, line),), group=group)

    blocks = [
        blk("headline", "城东新建口袋公园", 1, 1), blk("body", "近日，城东新建三座口袋公园。", 2, 1),
        blk("body", "记者从市水务局获悉，管网更新完成。", 3, 2), blk("furniture", "7", 4, None),
        blk("body", "居民步行五分钟即可到达。", 5, 1), blk("trailer", "（记者 张明）", 6, 1), blk("headline", "供水管网更新完成", 7, 2),
    ]
    asm = assemble(blocks)
    assert [squeeze(d.text) for d in asm.drafts] == ["近日，城东新建三座口袋公园。居民步行五分钟即可到达。", "记者从市水务局获悉，管网更新完成。"]
    assert [d.headline.text for d in asm.drafts] == ["城东新建口袋公园", "供水管网更新完成"]
    assert asm.drafts[0].byline.reporters == ("张明",)
    # The trailer signs its article and stays on the page as printed, numbered with it; the furniture belongs to none.
    assert [(b.kind, b.group) for b in asm.other] == [("trailer", 1), ("furniture", None)]


# --- real pages, when present (never copied into the repository) ----------------------------------------
REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "realpages"


@pytest.mark.skipif(not (REAL / "EXPECT.json").exists(), reason="real pages not present")
def test_real_pages_expected_to_hold_no_articles():
    expect = json.loads((REAL / "EXPECT.json").read_text(encoding="utf-8"))
    for stem, outcome in expect.items():
        if outcome == "zero_articles" and (REAL / f"{stem}.txt").exists():
            assert xining.read_page(REAL / f"{stem}.txt").articles == ()


# --- generality: forms measured by benchmarks/score_composed.py ------------------------------------------
REPORT_A = "市统计局日前发布数据，一季度全市社会消费品零售总额三百二十亿元，同比增长百分之六，餐饮收入增长较快。"
PLAIN_B = "城西新开一座社区图书馆，藏书两万册，周末还为孩子们开设绘本阅读课，附近居民纷纷前来借阅。"


@pytest.mark.parametrize("trailer", ["（孙 芳）", "（林 立 新）", "（周晓明）"])
def test_a_bracketed_name_after_the_last_full_stop_ends_its_article(trailer):
    """`（林 立）` on a line of its own is a trailer: the text after it is the next article, not its continuation."""
    pg = xining.parse_text(page(col(REPORT_A) + [trailer], col(PLAIN_B)))
    assert bodies(pg) == [squeeze(REPORT_A), squeeze(PLAIN_B)]
    assert pg.articles[0].byline.reporters == (squeeze(trailer)[1:-1],)


@pytest.mark.parametrize("trailer", ["（记者 马强明）", "（林 立）", "（作者单位：城东大学经济学院）"])
def test_a_title_after_a_trailer_is_the_next_headline(trailer):
    """A trailer's closing bracket ends a sentence's run: the title under it is a headline, not the text's continuation."""
    """The title here is as wide as the column, as a continuation of a broken sentence would be."""
    title = "一季度社会消费品零售总额同比增长"
    pg = xining.parse_text(page([title], col(REPORT_A) + [trailer], ["城西社区图书馆开放"], col(PLAIN_B)))
    assert [a.title for a in pg.articles] == [title, "城西社区图书馆开放"]
    assert bodies(pg) == [squeeze(REPORT_A), squeeze(PLAIN_B)]


@pytest.mark.parametrize("lead, first, people", [
    ("本报讯（记者 何英杰 通讯员 李波）", "本报讯（记者 何英", ("何英杰", "李波")),
    ("本报讯（记者 何英杰 通讯员 李波）", "本报讯（记者 何英杰 通", ("何英杰", "李波")),
    ("本报讯（记者 张明 李华）", "本报讯（记者 张明", ("张明", "李华")),
    ("城东晚报南浦10月26日讯（记者 刘明 通讯员 赵亮）", "城东晚报南浦10月26日讯", ("刘明", "赵亮")),
    ("本报讯（首席记者 何英 见习记者 李波）", "本报讯（首席记者 何英 见", ("何英", "李波")),  # a role word wrapped
    ("本报讯（首席记者 何英 见习记者 李波）", "本报讯（首席记者 何英 见习记", ("何英", "李波")),
    ("本报讯（首席记者 何英杰）", "本报讯（首席记", ("何英杰",)),
    ("本报讯（记者 何英 李波）", "本报讯（记者 何英 李", ("何英", "李波")),  # a name, not a role, wrapped
])
def test_a_byline_lead_wrapped_across_lines_names_its_people_whole(lead, first, people):
    """A name or role word wrapped at the margin is one word; two whole names meeting at the break are two; a dateline
    alone on its line goes on into its bracket of names."""
    rest = "近日，城西新开一座社区图书馆，藏书两万册，周末还为孩子们开设绘本阅读课，附近居民纷纷前来借阅。"
    lines = wrap(lead + rest, width(first) + 2, hang=True)
    assert lines[0] == first
    pg = xining.parse_text(page(["城西社区图书馆开放"], lines))
    (art,) = pg.articles
    assert tuple(art.byline.reporters + art.byline.correspondents) == people
    assert art.title == "城西社区图书馆开放" and pg.unassigned == ()


def test_a_letter_spaced_lead_is_read_without_its_spaces():
    rest = "近日，城西新开一座社区图书馆，藏书两万册，周末还为孩子们开设绘本阅读课，附近居民纷纷前来借阅。"
    pg = xining.parse_text(page(["城西社区图书馆开放"], ["城 东 晚 报 讯 （ 记 者 孙 一 鸣 ）"] + wrap(rest, 14, 0)))
    (art,) = pg.articles
    assert art.byline.agency == "城东晚报讯" and art.byline.reporters == ("孙一鸣",)


def _signed_with_brief(brief_lead: str) -> tuple[str, str]:
    park = "近日，城东新建三座口袋公园，总面积约两万平方米，附近居民步行五分钟即可到达，夜间照明已全部安装到位。"
    market = "城东农贸市场改造完成，新设摊位两百个，统一安装了电子秤和溯源屏，居民买菜更放心，摊主收入也有提高。"
    brief = brief_lead + "城东农贸市场旁的社区食堂正式投用，居民买菜后就近就餐，摊主和居民都说方便，老人就餐享受优惠。"
    text = page(["城东新建三座口袋公园"], ["■记者 张明远 通讯员 刘一"], col(park),
                ["农贸市场焕新"], ["本报记者 王海峰"], col(market),
                ["城东首个社区食堂投用"], col(brief))
    return text, brief


@pytest.mark.parametrize("lead", ["记者从城东区商务局了解到，", "据城东区商务局统计数据显示，", "近日，"])
def test_an_unsigned_brief_under_its_headline_beside_whole_signed_articles_stays_apart(lead):
    """Coupling with the displaced-column rule: when every signed article reads whole, a titled brief on a related
    topic is an article of its own under its own headline."""
    text, brief = _signed_with_brief(lead)
    pg = xining.parse_text(text)
    assert [a.title for a in pg.articles] == ["城东新建三座口袋公园", "农贸市场焕新", "城东首个社区食堂投用"]
    assert squeeze(pg.articles[2].text) == squeeze(brief)


def test_two_reports_of_one_city_under_their_headlines_stay_apart():
    """A fixed cohesion threshold cannot part them; the headline between, printing the second report's figure, can."""
    a = "据城东市统计局数据，一季度全市规模以上工业增加值三百亿元，同比增长5.5%，制造业增长6.1%，增速高于全省。"
    b = "据城东市统计局数据，一季度全市社会消费品零售总额两百亿元，同比增长4.2%，网上零售额增长8.7%，增速高于全省。"
    pg = xining.parse_text(page(["一季度工业增加值增长5.5%"], col(a), ["一季度消费品零售总额增长4.2%"], col(b) + ["（记者 李伟海）"]))
    assert bodies(pg) == [squeeze(a), squeeze(b)]
    assert [a.title for a in pg.articles] == ["一季度工业增加值增长5.5%", "一季度消费品零售总额增长4.2%"]
    assert pg.articles[0].byline is None and pg.articles[1].byline.reporters == ("李伟海",)


def test_a_sub_head_without_the_next_texts_figure_keeps_one_article():
    """Coupling: a sub-head between two paragraphs of one report prints no figure of its own: one article."""
    a = "据城东市统计局数据，一季度全市规模以上工业增加值三百亿元，同比增长5.5%，制造业增长6.1%，增速高于全省。"
    b = "据统计部门分析，一季度全市工业增加值增长较快，主要得益于新能源汽车产能释放，全市工业投资增长8.7%。"
    pg = xining.parse_text(page(["一季度工业增加值增长5.5%"], col(a), ["新能源汽车带动增长"], col(b)))
    assert bodies(pg) == [squeeze(a + b)]


def test_a_closing_signature_of_another_reporter_splits_at_the_second_reports_lead():
    """Two reports printed with no headline between: the second signed only at its end, opening on its source."""
    a = "本报讯（记者 何涛）近日，城东区首个便民驿站投用，可同时服务周边五个社区，居民办事不出小区。"
    b = "据城东区统计局最新数据，一季度全区社会消费品零售总额两百亿元，同比增长4.2%，增速高于全市。"
    pg = xining.parse_text(page(["城东首个便民驿站投用"], ["一季度消费品零售总额增长4.2%"], col(a), col(b) + ["（陈 刚）"]))
    assert bodies(pg) == [squeeze(a), squeeze(b)]
    assert [x.byline.reporters for x in pg.articles] == [("何涛",), ("陈刚",)]


@pytest.mark.parametrize("head", [["城西社区图书馆开", "放"], ["城西新开一座社区图书", "馆"], ["周末绘本阅读课受欢", "迎"]])
def test_a_headline_wrapped_onto_a_last_character_keeps_it(head):
    """Coupling with split signatures: only a surname under a headline waits for the rest of a name."""
    pg = xining.parse_text(page(head, col(PLAIN_B)))
    assert pg.articles[0].title == "".join(head) and pg.articles[0].byline is None


@pytest.mark.parametrize("title, opening", [
    ("社区养老再出实招", ["日前，市政府办公室印发", "《关于支持社区养老发展"]),  # leaves 《 open
    ("城东首个社区食堂投用", ["近日，城东区首个社区食", "堂正式投用，附近居民"]),  # opens as a report's lead
])
def test_an_opening_cut_by_a_column_break_under_a_byline_line_is_text(title, opening):
    """Coupling with titles under a byline line: two lines of text cut off by a column break are no headline."""
    rest = "的若干措施》，可同时服务周边五个社区，老人就餐享受优惠。"
    pg = xining.parse_text(page([title], ["■记者 张明远 通讯员 刘一"], opening, col(rest)))
    (art,) = pg.articles
    assert art.title == title and squeeze(art.text) == squeeze("".join(opening) + rest)


@pytest.mark.parametrize("cut", ["，", "", "："])
def test_no_article_begins_in_the_middle_of_a_sentence(cut):
    """A period lead (`1-5月，`) after a paragraph that breaks off (a comma set apart, a short line) goes on with it."""
    head = wrap("本报讯（记者 何涛）据城东区统计局最新数据", 17) + ([cut] if cut else [])
    rest = "1-5月，全区社会消费品零售总额两百亿元，同比增长4.2%，增速高于全市，餐饮收入增长较快。"
    pg = xining.parse_text(page(["1-5月消费品零售总额增长4.2%"], head + wrap(rest, 17, 0)))
    assert bodies(pg) == [squeeze("".join(head) + rest)]
    assert pg.articles[0].byline.reporters == ("何涛",)


@pytest.mark.parametrize("kicker", [["城东：民生为先"], ["城东：民生为先", "——一线调查"]])
def test_a_kicker_and_a_headline_each_with_a_colon_are_titles(kicker):
    """Two colons are no clause marks of a sentence: a `地名：…` kicker over a `地名：…` headline stays a title run."""
    head = ["城西：社区图书馆开放"]
    lines = kicker[:1] + head + kicker[1:]
    pg = xining.parse_text(page(TOP, lines, ["■记者 张明远"], col(PLAIN_B)))
    (art,) = pg.articles
    assert squeeze(art.text) == squeeze(PLAIN_B) and art.byline.reporters == ("张明远",)
    assert "城西：社区图书馆开放" in art.title


# --- kickers in the form `地名：短语` set right above their headline ------------------------------------------
@pytest.mark.parametrize("kicker, headline", [
    ("城东：民生为先", "城东新建三座口袋公园"),
    ("城东区：项目建设一线", "三座口袋公园开园"),  # the kicker wider than its headline
    ("城东：稳中有进", "城东区：三座口袋公园开园"),  # a kicker over a `地名：…` headline
])
def test_a_colon_kicker_over_its_headline_is_no_part_of_it(kicker, headline):
    pg = xining.parse_text(page([kicker, headline], col(PARK), ["全市供水管网更新完成"], col(WATER)))
    assert [a.title for a in pg.articles] == [headline, "全市供水管网更新完成"]
    assert [b.text for b in pg.blocks if b.kind == "kicker"] == [kicker]


def test_a_colon_kicker_over_a_headline_and_its_subtitle():
    pg = xining.parse_text(page(["城东：民生为先", "城东新建三座口袋公园", "——来自社区一线的报道"], col(PARK)))
    assert pg.articles[0].title == "城东新建三座口袋公园"
    assert sorted(b.kind for b in pg.blocks if b.kind in ("kicker", "subtitle")) == ["kicker", "subtitle"]


@pytest.mark.parametrize("head", [
    ["城东区：三座口袋公", "园开园"],  # wrapped at the margin: the rest of the line is short
    ["新城市：治理新方位", "发展新目标"],  # a headline set on two lines, its second much shorter
    ["城东新建三座口袋公园", "居民出门见绿"],  # no colon: a headline on two lines
])
def test_a_headline_on_two_lines_keeps_its_first_line(head):
    """Coupling: only a `地名：短语` line over a title about as wide is a kicker; a wrapped headline stays whole."""
    blocks = layout(page(head, col(PARK)))
    assert [(b.kind, b.text) for b in blocks if b.kind in ("headline", "kicker")] == [("headline", "".join(head))]


# --- a closing signature of another reporter, no second lead: the cut is where the vocabulary changes ------------
STATS_SIGNED = ["本报讯（记者 何涛）据城东区统计局最新数据，一季度全区社会消费品零售总额两百亿元，同比增长4.2%，增速高于全市。",
                "分行业看，餐饮收入增长6.1%，网上零售额增长8.7%，两者合计拉动全区增长2.3个百分点。"]
CANTEEN = ["清晨六点半，城西的社区食堂里已经热闹起来，老人们排队取餐，志愿者忙着擦桌子。",
           "“以前做饭要花一上午，现在下楼就能吃上热乎饭。”住在附近的老人一边吃一边说。"]


@pytest.mark.parametrize("trailer, name", [("（记者 陈刚）", "陈刚"), ("（陈 刚）", "陈刚"), ("（周晓明）", "周晓明")])
def test_a_closing_signature_of_another_reporter_splits_where_the_topic_changes(trailer, name):
    """Headlines gathered in a block; a signed report, then a feature that opens on no lead and is signed at its end."""
    heads = ["城西社区食堂里的烟火气", "一季度全区消费品零售总额增长4.2%"]
    pg = xining.parse_text(page(*[[h] for h in heads], *[col(p) for p in STATS_SIGNED], *[col(p) for p in CANTEEN[:-1]],
                                col(CANTEEN[-1]) + [trailer]))
    assert bodies(pg) == [squeeze("".join(STATS_SIGNED)), squeeze("".join(CANTEEN))]
    assert [a.byline.reporters for a in pg.articles] == [("何涛",), (name,)]
    assert [a.title for a in pg.articles] == heads[::-1]


@pytest.mark.parametrize("tail", [
    "市统计局有关负责人表示，一季度全区消费品市场运行平稳，餐饮收入和网上零售额增长较快。",  # the report goes on
    "据了解，全区餐饮收入增长较快，网上零售额占社会消费品零售总额的比重继续提高。",
])
def test_a_closing_signature_after_text_on_the_same_topic_adds_an_author(tail):
    """Coupling: the text after the last full stop stays on the report's topic: one article, signed by both."""
    pg = xining.parse_text(page(["一季度全区消费品零售总额增长4.2%"], *[col(p) for p in STATS_SIGNED], col(tail) + ["（记者 陈刚）"]))
    assert bodies(pg) == [squeeze("".join(STATS_SIGNED) + tail)]
    assert pg.articles[0].byline.reporters == ("何涛", "陈刚")


# --- an office's own report under its headline ---------------------------------------------------------------------
CANTEEN_OPENS = "城东区首个社区食堂正式投用，可同时服务周边五个社区，老人就餐享受优惠，居民买菜后就近就餐。"
MARKET = ("本报讯（记者 何涛）近日，城东区农贸市场改造完成，新设摊位两百个，统一安装了电子秤和溯源屏，"
          "附近社区居民买菜更放心，老人买菜也更方便。")


@pytest.mark.parametrize("office", ["城东区商务局介绍，", "城东区民政局日前介绍，", "市商务局透露，"])
def test_an_office_lead_under_a_headline_opens_a_brief_of_its_own(office):
    """The brief shares the page's vocabulary (城东区, 社区, 居民) with the signed report above it; its headline and its
    office lead make it an article of its own."""
    pg = xining.parse_text(page(["城东农贸市场焕新"], col(MARKET), ["城东首个社区食堂投用"], col(office + CANTEEN_OPENS)))
    assert bodies(pg) == [squeeze(MARKET), squeeze(office + CANTEEN_OPENS)]
    assert [a.title for a in pg.articles] == ["城东农贸市场焕新", "城东首个社区食堂投用"]


@pytest.mark.parametrize("source", ["城东区商务局负责人介绍，", "城东区商务局介绍，"])
def test_an_office_named_as_a_source_in_running_text_opens_nothing(source):
    """Coupling: without a headline above it, a paragraph quoting an office (or a person of it) goes on the article."""
    more = source + "农贸市场改造由区财政补贴，今年还将改造三处农贸市场，覆盖更多社区居民。"
    pg = xining.parse_text(page(["城东农贸市场焕新"], col(MARKET), col(more)))
    assert bodies(pg) == [squeeze(MARKET + more)]


# --- a byline line after a full stop, above text on a new topic, with the headline printed elsewhere -----------------
MARKET_UNSIGNED = "城东区农贸市场改造完成，新设摊位两百个，统一安装了电子秤和溯源屏，附近居民买菜更放心。"
STATS_UNSIGNED = "据城西区统计局最新数据，一季度全区规模以上工业增加值三百亿元，同比增长5.5%，增速高于全省。"


@pytest.mark.parametrize("line, names", [
    ("本报记者 刘一鸣", ("刘一鸣",)), ("■记者 刘一鸣 通讯员 赵亮", ("刘一鸣", "赵亮")), ("城东晚报记者 刘一鸣", ("刘一鸣",)),
])
@pytest.mark.parametrize("where", ["last line", "block"])
def test_a_byline_line_above_a_new_topic_opens_its_article(line, names, where):
    heads = ["城东农贸市场焕新", "一季度城西工业增加值增长5.5%"]
    body = [["■记者 何涛"], col(MARKET_UNSIGNED), [line], col(STATS_UNSIGNED)]
    text = page(heads[:1], *body, heads[1:]) if where == "last line" else page(*[[h] for h in heads], *body)
    pg = xining.parse_text(text)
    assert bodies(pg) == [squeeze(MARKET_UNSIGNED), squeeze(STATS_UNSIGNED)]
    assert [a.byline.reporters + a.byline.correspondents for a in pg.articles] == [("何涛",), names]
    assert [a.title for a in pg.articles] == heads


@pytest.mark.parametrize("line", ["本报记者 刘一鸣", "刘一鸣"])
def test_a_byline_line_above_a_signed_lead_closes_the_article_before(line):
    """Coupling: above a lead that names its own reporter, the byline line signs the text before it."""
    lead = "本报讯（记者 王芳）" + STATS_UNSIGNED
    pg = xining.parse_text(page(["城东农贸市场焕新"], col(MARKET_UNSIGNED), [line], col(lead), ["一季度城西工业增加值增长5.5%"]))
    assert [a.byline.reporters for a in pg.articles] == [("刘一鸣",), ("王芳",)]


# --- a sub-head set apart by blank lines, saying nothing of the text under it ------------------------------------------
POLICY = ["日前，城东区政府办公室印发《关于支持社区养老发展的若干措施》，从资金、用地、人才等方面提出十二条具体举措。",
          "措施明确，对符合条件的养老服务项目给予最高五十万元补助，审批时限压缩至十个工作日以内。",
          "区民政局相关负责人介绍，下一步将建立工作台账，逐项抓好落实，确保政策红利尽快惠及养老机构。"]


@pytest.mark.parametrize("subhead", ["下一步怎么干", "群众获得感更强", "项目建设提速"])
@pytest.mark.parametrize("signed", ["trailer", "lead"])
def test_a_sub_head_set_apart_inside_an_article_keeps_it_whole(subhead, signed):
    paras = list(POLICY)
    if signed == "lead":
        paras[0] = "本报讯（记者 何涛）" + paras[0]
    end = ["（记者 何涛）"] if signed == "trailer" else []
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], col(paras[0]), [subhead], col(paras[1]),
                                col(paras[2]) + end, ["城西社区图书馆开放"], col(PLAIN_B)))
    assert bodies(pg) == [squeeze(paras[0] + subhead + paras[1] + paras[2]), squeeze(PLAIN_B)]
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老", "城西社区图书馆开放"]
    assert pg.articles[0].byline.reporters == ("何涛",)
    assert [p.text for p in pg.articles[0].paragraphs if p.kind == "section_title"] == [subhead]


def test_a_banner_between_two_signed_articles_parts_them():
    """Coupling: a title between a signed article and text a different author signs at its end stays a boundary,
    even when it says nothing of the text under it (a page banner)."""
    first = "本报讯（记者 何涛）" + POLICY[0]
    second = "文化是一个城市的灵魂，也是它走向未来的底气。我们要守护老街巷，让历史与今天对话。"
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], col(first), ["认真学习贯彻会议精神"], col(second),
                                ["（作者为某大学教授）"], ["孙立平"], ["守护老街巷的文化记忆"]))
    assert bodies(pg) == [squeeze(first), squeeze(second)]
    assert [a.byline.reporters for a in pg.articles] == [("何涛",), ("孙立平",)]


def test_a_titled_brief_after_a_closed_article_stays_apart():
    """Coupling: a trailer closed the article before; the text under the next title is another article."""
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], col(POLICY[0]) + ["（记者 何涛）"], ["周末好去处"], col(PLAIN_B)))
    assert bodies(pg) == [squeeze(POLICY[0]), squeeze(PLAIN_B)]


@pytest.mark.parametrize("credit", ["孙立平作（新华社发）", "孙立平 绘（新华社发）"])
def test_an_illustration_credit_is_a_credit(credit):
    """`X作（新华社发）` under an illustration is a credit like `X摄`: never a headline, never text."""
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], col(POLICY[0]), [credit], col(POLICY[1])))
    assert "".join(bodies(pg)) == squeeze(POLICY[0] + POLICY[1])
    assert pg.credits[0].name == "孙立平" and pg.unassigned == ()


@pytest.mark.parametrize("subhead", ["下一步怎么干", "消费市场回暖"])
def test_a_sub_head_kept_inside_an_article_is_its_section_title_not_a_headline(subhead):
    """The paragraph under the sub-head goes on the article's topic (it stays in the article); the sub-head says nothing
    of it, so it is a `section_title` of the article and competes with no headline (the same sub-head printed in
    another article does not take that article's headline)."""
    market = ["本报讯（记者 何涛）" + MARKET_UNSIGNED, "城东区农贸市场还开设了便民服务点，附近居民买菜更方便，摊主收入也有提高。"]
    pg = xining.parse_text(page(["城东农贸市场焕新"], col(market[0]), [subhead], col(market[1]),
                                ["城东出台十二条措施支持社区养老"], col(POLICY[0]), [subhead], col(POLICY[1]) + ["（记者 王芳）"]))
    assert bodies(pg) == [squeeze(market[0] + subhead + market[1]), squeeze(POLICY[0] + subhead + POLICY[1])]
    assert [a.title for a in pg.articles] == ["城东农贸市场焕新", "城东出台十二条措施支持社区养老"]
    assert pg.unassigned == ()


# --- two reports of one city run together, their headlines gathered in a block ---------------------------------------
REPORT_1 = ["本报讯（记者 何涛）据城东市统计局最新数据，上半年，全市城镇居民人均可支配收入两万元，同比增长5.0%。",
            "分行业看，制造业增长6.1%，服务业增长4.2%，增速均高于全省。"]
REPORT_2 = ["城东市统计局日前发布的数据显示，上半年，全市城镇居民人均消费支出一万二千元，同比增长8.7%。",
            "分项目看，教育文化娱乐支出增长12.3%，交通通信支出增长9.6%，服务消费占比提高。"]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
@pytest.mark.parametrize("second_lead", ["城东市统计局日前发布的数据显示，", "据城东市统计局数据，", "记者从城东市统计局获悉，"])
def test_two_reports_of_one_city_with_their_headlines_in_a_block_stay_apart(order, second_lead):
    """No headline stands between them and they share the city's vocabulary; the second opens on a source lead, and each
    headline prints a figure of one report only: two articles."""
    second = [second_lead + REPORT_2[0].split("，", 1)[1], REPORT_2[1]]
    heads = ["上半年城东居民收入增长5.0%", "上半年城东居民消费支出增长8.7%"]
    pg = xining.parse_text(page(*[[heads[i]] for i in order], *[col(p) for p in REPORT_1], *[col(p) for p in second]))
    assert bodies(pg) == [squeeze("".join(REPORT_1)), squeeze("".join(second))]
    assert [a.title for a in pg.articles] == heads
    assert pg.articles[0].byline.reporters == ("何涛",) and pg.articles[1].byline is None


def test_a_source_paragraph_in_one_report_with_one_headline_keeps_it_whole():
    """Coupling: one headline, whose figure is in the first part only: the source paragraph goes on the report."""
    second = ["据城东市统计局数据，" + REPORT_2[0].split("，", 1)[1], REPORT_2[1]]
    pg = xining.parse_text(page(["上半年城东居民收入增长5.0%"], *[col(p) for p in REPORT_1], *[col(p) for p in second]))
    assert bodies(pg) == [squeeze("".join(REPORT_1 + second))]


# --- second round: layouts of the composed styles `byline_forms`, `wrapped_names`, `letter_spaced` ------------------
POLICY_TEXT = ("日前，城东市政府办公室印发《关于支持社区养老发展的若干措施》，从资金、用地、人才等方面提出十二条具体举措。"
               "措施明确，对符合条件的项目给予最高一百万元补助。")
MARKET_TEXT = "清晨六点半，城东区的农贸市场里已经热闹起来。摊主们忙着整理货架，前来采购的居民络绎不绝。"


@pytest.mark.parametrize("printed, reporters, correspondents", [
    (["■记者 杨红", "洋"], ("杨红洋",), ()),
    (["■本报记者 张", "志波"], ("张志波",), ()),
    (["本报记者 李桂霞 通讯员 孙", "超晓"], ("李桂霞",), ("孙超晓",)),
    (["本报记者 郑宁 通讯员 胡伟", "明"], ("郑宁",), ("胡伟明",)),
])
def test_a_byline_line_wrapped_inside_its_last_name_names_it_whole(printed, reporters, correspondents):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], printed, col(POLICY_TEXT), ["城东农贸市场焕新"], col(MARKET_TEXT)))
    a = pg.articles[0]
    assert (a.byline.reporters, a.byline.correspondents) == (reporters, correspondents)
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]
    assert [x.title for x in pg.articles] == ["城东出台十二条措施支持社区养老", "城东农贸市场焕新"]


def test_two_whole_names_on_a_byline_line_and_the_next_stay_two():
    """Coupling: what ends the byline line and opens the next makes four characters: two names, not one."""
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王明", "李华"], col(POLICY_TEXT)))
    assert set(pg.articles[0].byline.reporters) == {"王明", "李华"}


def test_a_headline_wrapped_onto_a_last_character_under_a_byline_is_no_name():
    """Coupling: a single character under a headline with no byline line above it stays the headline's (`…烟火` / `气`)."""
    pg = xining.parse_text(page(["农贸市场里的烟火", "气"], col(MARKET_TEXT)))
    assert pg.articles[0].title == "农贸市场里的烟火气"


@pytest.mark.parametrize("line, reporters", [
    ("文/王海峰 图/李青", ("王海峰",)),
    ("文/本报记者 王海峰", ("王海峰",)),
    ("本报记者 王海峰 文/图", ("王海峰",)),
    ("文/图 本报记者 王海峰", ("王海峰",)),
    ("本报记者 王海峰 报道", ("王海峰",)),
    ("城东晚报记者 王海峰 李青 报道", ("王海峰", "李青")),
    ("■本报记者 王海峰", ("王海峰",)),
])
def test_byline_lines_with_the_credit_of_their_text(line, reporters):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], [line], col(POLICY_TEXT), ["城东农贸市场焕新"], col(MARKET_TEXT)))
    assert pg.articles[0].byline.reporters == reporters
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]


@pytest.mark.parametrize("line", ["文章/王海峰", "文/化是城市的灵魂", "记者来到现场"])
def test_lines_that_only_look_like_a_text_credit_are_no_byline(line):
    assert parse_byline(line) is None or not parse_byline(line).reporters or line.startswith("记者")
    from xining.layout import is_byline_line
    assert not is_byline_line(line)


@pytest.mark.parametrize("dateline", ["城东晚报城东 3 月 25 日讯", "城东晚报 3 月 25 日讯", "城东晚报城东3月25日讯"])
def test_a_dateline_with_spaces_around_its_numbers_is_a_lead(dateline):
    text = f"{dateline}（记者 王海峰）{MARKET_TEXT}"
    pg = xining.parse_text(page(["城东农贸市场焕新"], col(text), ["城东出台十二条措施支持社区养老"], col(POLICY_TEXT)))
    assert pg.articles[0].byline.reporters == ("王海峰",)
    assert squeeze(pg.articles[0].text).startswith(squeeze(dateline))
    assert len(pg.articles) == 2


# --- a page of briefs (简讯): headlines and text, no bylines, one city's vocabulary throughout --------------------------
BRIEFS = [
    ("城东区菜市场提升行动启动", "城东市城东区启动菜市场提升行动，计划年内完成十二个建设项目。"),
    ("社区食堂示范点挂牌", "城东市城东区首批二十家社区食堂建设项目完成，覆盖全区八个街道。"),
    ("城东区口袋公园建设提速", "城东市城东区口袋公园建设项目全面开工，总投资三亿元，年底前建成开放。"),
    ("城东区开展养老护理专题培训", "城东市城东区举办养老护理专题培训班，两百名基层工作人员参加。"),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("label", [[], ["简讯"]])
def test_briefs_separated_only_by_their_headlines_are_articles_each(n, label):
    """No byline, no lead of their own, one city's words in all: the headline printed between two briefs titles the
    one below it (it shares more with it than with the one above), and the page has more headlines than articles
    would otherwise take."""
    blocks = [TOP] + ([label] if label else []) + [x for h, t in BRIEFS[:n] for x in ([h], col(t, 14))]
    pg = xining.parse_text(page(*blocks))
    assert bodies(pg) == [squeeze(t) for _, t in BRIEFS[:n]]
    assert [a.title for a in pg.articles] == [h for h, _ in BRIEFS[:n]]


@pytest.mark.parametrize("lead", ["3月25日，", "近日，", "记者从城东市商务局获悉，"])
def test_a_headline_printed_right_above_a_report_lead_is_its_headline(lead):
    """No blank line between a title and its text: title lines with no mark over a line that opens a report's lead."""
    first, (head, text) = BRIEFS[0], BRIEFS[1]
    pg = xining.parse_text(page([first[0]], col(first[1], 14), [head] + col(lead + text, 14)))
    assert bodies(pg) == [squeeze(first[1]), squeeze(lead + text)]
    assert [a.title for a in pg.articles] == [first[0], head]


@pytest.mark.parametrize("subhead", ["今年以来，", "据介绍，"])
def test_an_inline_sub_head_over_a_paragraph_that_is_no_report_lead_stays_a_section_title(subhead):
    """Coupling: a period (`今年以来，`) or a source inside an article opens paragraphs under sub-heads too: the title
    line right above it stays the article's sub-head."""
    second = subhead + "全市新建口袋公园三十座，公园的日常维护离不开附近居民和志愿者的长期支持。"
    lines = col(PARK) + ["口袋公园越建越多"] + col(second)
    pg = xining.parse_text(page(["城东新建三座口袋公园"], lines))
    assert bodies(pg) == [squeeze(PARK + "口袋公园越建越多" + second)]


def test_a_signed_article_keeps_a_sub_head_that_titles_its_next_part():
    """Coupling: the page has more headlines than articles, but a signed article's sub-head is no boundary."""
    tail = "口袋公园建成后，城东区还将在公园里增设健身器材和儿童游乐设施，方便居民休闲。"
    pg = xining.parse_text(page(["城东新建三座口袋公园"], col(PARK), ["口袋公园增设健身器材"], col(tail),
                                ["全市供水管网更新完成"], col(WATER)))
    assert bodies(pg) == [squeeze(PARK + tail), squeeze(WATER)]


# --- photo captions with their credits between articles ----------------------------------------------------------------
@pytest.mark.parametrize("caption", [
    ["3月5日，市民在城东区新建的农贸市场内", "选购商品。", "本报记者 李青 摄"],
    ["城东区的口袋公园内，志愿者为居民", "提供服务。", "（本报记者 李青 摄）"],
    ["城东区的口袋公园内，志愿者为居民", "提供服务。 通讯员 李青 摄"],
    ["图为城东区口袋公园一角。李青/摄"],
])
def test_a_caption_ending_on_its_credit_between_articles_is_no_article(caption):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], col(POLICY_TEXT) + ["（记者 王芳）"], caption,
                                ["城东农贸市场焕新"], col(MARKET_TEXT)))
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老", "城东农贸市场焕新"]
    assert any(b.kind == "caption" for b in pg.blocks)


def test_a_column_piece_that_runs_on_and_ends_on_a_credit_stays_text():
    """Coupling: after text cut off mid-sentence, the lines are that sentence's continuation, credit or not."""
    first = col("本报讯（记者 张明）近日，全市口袋公园建设进入收尾阶段，这些公园") + ["离不开附近居民和志愿者的长期"]
    pg = xining.parse_text(page(first, ["维护和支持。", "本报记者 李青 摄"], col(WATER)))
    assert squeeze(pg.articles[0].text).endswith("长期维护和支持。")
    assert len(pg.articles) == 2


def test_a_lead_is_no_caption_even_over_a_credit():
    """Coupling: a chunk that opens with a byline lead is an article's text, whatever credit ends it."""
    text = "本报讯（记者 王海峰）城东区农贸市场昨日开业。"
    pg = xining.parse_text(page(["城东农贸市场开业"], [text, "本报记者 李青 摄"], ["城东出台十二条措施支持社区养老"], col(POLICY_TEXT)))
    assert squeeze(pg.articles[0].text) == squeeze(text)


# --- letter-spaced names on byline lines; a byline line after a trailer that named its authors -------------------------
@pytest.mark.parametrize("line, reporters, correspondents", [
    ("本报记者 林霞艳 通讯员 何 娟", ("林霞艳",), ("何娟",)),
    ("本报记者 罗文 杨 文 国", ("罗文", "杨文国"), ()),
    ("●本报记者 孙艳伟 通讯员 吴 英", ("孙艳伟",), ("吴英",)),
    ("本报记者 郭 文 伟", ("郭文伟",), ()),
])
def test_letter_spaced_names_on_a_byline_line_close_up(line, reporters, correspondents):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], [line], col(POLICY_TEXT), ["城东农贸市场焕新"], col(MARKET_TEXT)))
    assert (pg.articles[0].byline.reporters, pg.articles[0].byline.correspondents) == (reporters, correspondents)


def test_a_run_of_single_characters_that_could_be_two_names_is_left_as_printed():
    """Coupling: `王 五 李 华` is two names or one of four characters: text alone cannot tell, nothing is closed up."""
    from xining.layout import _close_names
    assert _close_names("记者 王 五 李 华") == "记者 王 五 李 华"


@pytest.mark.parametrize("line", ["●本报记者 梁桂波 通讯员 陈芳磊", "■记者 梁桂波"])
def test_a_byline_line_after_a_trailer_that_named_its_authors_opens_the_next_article(line):
    """The headlines are printed elsewhere (at the page's end); the trailer signed the article above, so the byline line
    under it is the next article's."""
    pg = xining.parse_text(page(col(POLICY_TEXT) + ["（记者 黄文 通讯员 李文华）"], [line], col(MARKET_TEXT),
                                ["城东出台十二条措施支持社区养老"], ["城东农贸市场焕新"]))
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]
    assert pg.articles[0].byline.reporters == ("黄文",) and pg.articles[1].byline.reporters == ("梁桂波",)
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老", "城东农贸市场焕新"]


def test_a_lone_name_after_a_trailer_that_named_no_one_signs_the_article_it_closed():
    """Coupling: `（作者为…）` names no one; the signature under it is the same article's author."""
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], col(POLICY_TEXT) + ["（作者为城东大学教授）"], ["王海峰"],
                                ["城东农贸市场焕新"], col(MARKET_TEXT)))
    assert pg.articles[0].byline.reporters == ("王海峰",)
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]


# --- kickers with no colon ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kicker", ["聚焦民生实事", "一线观察", "惠民生 暖民心"])
@pytest.mark.parametrize("byline", [["■记者 王海峰"], []])
def test_a_narrow_title_line_over_a_wide_headline_line_is_its_kicker(kicker, byline):
    head = "城东出台十二条措施支持社区养老"
    lead = "" if byline else "本报讯（记者 王海峰）"
    blocks = [[kicker, head]] + ([byline] if byline else []) + [col(lead + POLICY_TEXT), ["城东农贸市场焕新"], col(MARKET_TEXT)]
    pg = xining.parse_text(page(*blocks))
    assert [a.title for a in pg.articles] == [head, "城东农贸市场焕新"]
    assert pg.articles[0].byline.reporters == ("王海峰",)


@pytest.mark.parametrize("lines", [
    ["城东出台十二条措施支持社区养", "老服务"],  # wrapped at the margin: the first line is full
    ["城东十二条措施", "支持社区养老发展"],  # set as two lines of a headline, nearly as wide
    ["社区养老", "十二条措施出台"],  # a narrow headline line under it: too short to tell
])
def test_a_headline_set_on_two_lines_stays_whole(lines):
    """Coupling: only a line much narrower than a wide headline line under it is a kicker."""
    pg = xining.parse_text(page(lines, ["■记者 王海峰"], col(POLICY_TEXT), ["城东农贸市场焕新"], col(MARKET_TEXT)))
    assert pg.articles[0].title == "".join(lines)


def test_a_title_broken_before_its_colon_is_no_kicker():
    """Coupling: `新城市` / `：治理…` is one title the text layer broke at its colon, however narrow its first line."""
    body = "新阶段的城市治理要以人民为中心，这是一座城市发展的出发点和落脚点。"
    pg = xining.parse_text(page(["新城市", "：治理新方位 发展新目标", "孙立平"], col(body)))
    assert squeeze(pg.articles[0].title) == "新城市：治理新方位发展新目标"


@pytest.mark.parametrize("furniture", [["14", "责编 林一"], ["责编 林一 美编 陈二", "A07"], ["2024年4月19日", "责编 林一"]])
def test_a_page_number_printed_against_an_editors_line_inside_an_article_is_furniture(furniture):
    lines = col(POLICY_TEXT)
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], lines[:2] + furniture + lines[2:], ["城东农贸市场焕新"],
                                col(MARKET_TEXT)))
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老", "城东农贸市场焕新"]


def test_a_number_in_the_text_next_to_no_furniture_stays_text():
    """Coupling: a line of digits alone inside the text (a figure wrapped onto its own line) is furniture only beside
    an editor's or contact line."""
    lines = col(POLICY_TEXT)
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], lines[:2] + ["14"] + lines[2:]))
    assert "14" in squeeze(pg.articles[0].text)


# === third round: forms of real pages the first two rounds did not compose ====================================
STATS_TEXT = ("记者从城东市统计局获悉，前三季度，全市社会消费品零售总额三百二十亿元，同比增长百分之六。"
              "分行业看，餐饮收入增长较快，汽车类零售额保持稳定。")
SCHOOL_TEXT = "秋季学期开学前，城西区新建的两所小学完成验收，可提供学位两千四百个，周边孩子上学不再跑远路。"


# --- role words: the paper's own name before a role, 全媒体/融媒体, marks ----------------------------------------
@pytest.mark.parametrize("head, reporters, correspondents", [
    ("本报讯（本报记者 张明 本报通讯员 李青）近日", ("张明",), ("李青",)),
    ("本报讯（本报全媒体记者 张明 通讯员 李青）近日", ("张明",), ("李青",)),
    ("本报讯（融媒体记者 张明）近日", ("张明",), ()),
    ("本报讯（通讯员 李青 记者 张明）近日", ("张明",), ("李青",)),
])
def test_role_words_with_the_papers_own_name_are_no_names(head, reporters, correspondents):
    by = parse_byline(head)
    assert (by.reporters, by.correspondents) == (reporters, correspondents)


@pytest.mark.parametrize("line, reporters", [
    ("★本报记者 张明 本报通讯员 李青", ["张明", "李青"]),
    ("◎记者 张明", ["张明"]),
    ("□全媒体记者 张明", ["张明"]),
    ("融媒体记者 张明", ["张明"]),
    ("通讯员 李青 记者 张明", ["张明", "李青"]),
])
def test_byline_lines_with_role_variants_and_marks(line, reporters):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], [line], col(POLICY_TEXT), ["城东农贸市场焕新"],
                                ["本报记者 王海峰"], col(MARKET_TEXT)))
    by = pg.articles[0].byline
    assert sorted(by.reporters + by.correspondents) == sorted(reporters)
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]


def test_a_role_with_the_papers_name_wrapped_at_the_margin_is_one_role():
    lines = ["本报讯（本报记者 王华娟 本", "报通讯员 李青）" + POLICY_TEXT[:12], *col(POLICY_TEXT[12:])]
    by = xining.parse_text(page(lines)).articles[0].byline
    assert (by.reporters, by.correspondents) == (("王华娟",), ("李青",))


@pytest.mark.parametrize("lead", ["昨日，", "昨天，", "近日，记者从城西区教育局了解到，"])
def test_a_brief_opening_on_yesterday_after_a_signed_article_is_its_own(lead):
    pg = xining.parse_text(page(["城东农贸市场焕新"], ["■记者 王海峰"], col(MARKET_TEXT), ["城西两所新小学通过验收"],
                                col(lead + SCHOOL_TEXT)))
    assert bodies(pg) == [squeeze(MARKET_TEXT), squeeze(lead + SCHOOL_TEXT)]
    assert pg.articles[1].byline is None


# --- commentary columns: a column's name over the headline, a signature after a mark, `（作者系…）` ------------------------
COMMENT_TEXT = ("社区养老看似小事，却是群众日常生活中绕不开的大事。办好社区养老，贵在用心经营。"
                "说到底，民生工作没有终点，只有连续不断的新起点。")


@pytest.mark.parametrize("column", ["城事评论", "今日快评", "民生观察", "城东时评"])
@pytest.mark.parametrize("signature, at_end", [("■ 王海峰", False), ("◎王海峰", False), ("■ 王海峰", True), ("（王海峰）", True)])
def test_a_signed_column_under_its_name(column, signature, at_end):
    head = "社区养老贵在用心"
    blocks = [[column, head]] + ([] if at_end else [[signature]]) + [col(COMMENT_TEXT) + ([signature] if at_end else [])]
    pg = xining.parse_text(page(*blocks, ["城东农贸市场焕新"], ["本报记者 李青"], col(MARKET_TEXT)))
    assert [a.title for a in pg.articles] == [head, "城东农贸市场焕新"]
    assert pg.articles[0].byline.reporters == ("王海峰",)
    assert bodies(pg) == [squeeze(COMMENT_TEXT), squeeze(MARKET_TEXT)]


def test_an_authors_note_with_xi_closes_the_column():
    pg = xining.parse_text(page(["社区养老贵在用心", "王海峰"], col(COMMENT_TEXT) + ["（作者系城东市社会科学院研究员）"],
                                col(STATS_TEXT)))
    assert bodies(pg) == [squeeze(COMMENT_TEXT), squeeze(STATS_TEXT)]
    assert pg.articles[0].byline.reporters == ("王海峰",)


@pytest.mark.parametrize("title", ["城事评论员", "专家评论员", "城东区将出台新的养老服务评论"])
def test_a_title_that_is_no_columns_name_stays_in_the_headline(title):
    """Coupling: only a short line ending in a column word, over a line at least as wide, is a column's name."""
    pg = xining.parse_text(page([title, "社区养老贵在用心"], ["王海峰"], col(COMMENT_TEXT)))
    assert squeeze(pg.articles[0].title) == title + "社区养老贵在用心"


# --- jump lines -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("inline", [False, True])
@pytest.mark.parametrize("cut", [None, 30])  # the whole text, or its sentence cut where the page ends it
def test_a_jump_line_ends_its_article_on_this_page(inline, cut):
    text = POLICY_TEXT[:cut] if cut else POLICY_TEXT
    lines = col(text)
    lines = lines[:-1] + [lines[-1] + "（下转第3版）"] if inline else lines + ["（下转第3版）"]
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王海峰"], lines, ["城东农贸市场焕新"],
                                ["■记者 李青"], col(MARKET_TEXT)))
    assert bodies(pg) == [squeeze(text), squeeze(MARKET_TEXT)]
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老", "城东农贸市场焕新"]
    assert any(b.kind == "furniture" and "下转" in b.text for b in pg.blocks)


@pytest.mark.parametrize("rest", [STATS_TEXT[30:], "分行业看，餐饮收入增长较快，汽车类零售额保持稳定。"])
@pytest.mark.parametrize("blank", [True, False])
def test_the_text_under_a_jump_line_from_another_page_is_an_article_under_its_headline(rest, blank):
    jump = ["（上接第1版）"] + ([""] if blank else [])
    pg = xining.parse_text(page(["城东农贸市场焕新"], ["本报记者 李青"], col(MARKET_TEXT),
                                ["前三季度城东消费市场稳中有升"], jump + col(rest)))
    assert bodies(pg) == [squeeze(MARKET_TEXT), squeeze(rest)]
    assert [a.title for a in pg.articles] == ["城东农贸市场焕新", "前三季度城东消费市场稳中有升"]


def test_a_column_break_with_no_jump_line_still_joins_the_sentence():
    """Coupling: a sentence cut by a column break (no jump line) runs on into the next chunk, whatever stands between."""
    lines = col(POLICY_TEXT)
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王海峰"], lines[:3], ["资料图片"], lines[3:]))
    assert bodies(pg) == [squeeze(POLICY_TEXT)]


# --- editor's notes ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("note", [
    ["编者按：社区养老关系千家万户。今起本报推出系列报道，敬请关注。"],
    ["【编者按】社区养老关系千家万户。今起本报推出系列报道，敬请关注。"],
    ["【编者按】", "社区养老关系千家万户。今起本报推出系列报道，敬请关注。"],
    ["核心提示：全市新建养老服务站点四十个，覆盖所有街道。"],
    ["编者按 如何把养老服务办到群众心坎上？本报记者深入多个社区探访。"],
])
@pytest.mark.parametrize("signed", ["lead", "line"])
def test_an_editors_note_opens_the_article_of_the_lead_under_it(note, signed):
    lead = "本报讯（记者 王海峰）" if signed == "lead" else ""
    byline = [["本报记者 王海峰"]] if signed == "line" else []
    note_lines = [ln for p in note for ln in col(p)]
    pg = xining.parse_text(page(["城东农贸市场焕新"], ["■记者 李青"], col(MARKET_TEXT), ["城东出台十二条措施支持社区养老"],
                                *byline, note_lines, col(lead + POLICY_TEXT)))
    assert bodies(pg) == [squeeze(MARKET_TEXT), squeeze("".join(note) + lead + POLICY_TEXT)]
    assert pg.articles[1].byline.reporters == ("王海峰",)
    assert pg.articles[1].title == "城东出台十二条措施支持社区养老"


def test_a_bracketed_agency_is_still_a_lead_and_a_note_needs_its_label():
    """Coupling: `【城东晚报讯】` stays an agency; text that merely mentions 编者 is no note."""
    assert parse_byline("【城东晚报讯】近日，").agency == "城东晚报讯"
    assert parse_byline("【编者按】近日，") is None
    pg = xining.parse_text(page(["城东农贸市场焕新"], col("本报讯（记者 李青）" + MARKET_TEXT),
                                ["城东出台十二条措施支持社区养老"], col("本报讯（记者 王海峰）" + POLICY_TEXT)))
    assert len(pg.articles) == 2


# --- a table dumped line by line ----------------------------------------------------------------------------------
@pytest.mark.parametrize("table", [
    ["前三季度城东市主要经济指标", "指标名称 单位 绝对值 增长（%）", "社会消费品零售总额 亿元 320.5 6.0",
     "固定资产投资 亿元 410.2 4.5", "一般公共预算收入 亿元 88.1 3.2"],
    ["前三季度城东市主要经济指标", "指标名称", "单位", "绝对值", "增长（%）", "社会消费品零售总额", "亿元", "320.5", "6.0",
     "固定资产投资", "亿元", "410.2", "4.5"],
])
def test_a_dumped_table_is_set_apart_from_the_articles(table):
    pg = xining.parse_text(page(["前三季度城东消费市场稳中有升"], ["本报记者 王海峰"], col(STATS_TEXT), table,
                                ["城东农贸市场焕新"], ["■记者 李青"], col(MARKET_TEXT)))
    assert bodies(pg) == [squeeze(STATS_TEXT), squeeze(MARKET_TEXT)]
    assert [b.kind for b in pg.blocks if "指标名称" in b.text] == ["table"]
    assert pg.articles[1].byline.reporters == ("李青",)


def test_a_paragraph_that_opens_on_a_table_word_is_no_table():
    """Coupling: sentences are never a table, whatever word opens their lines."""
    text = "指标名称统一后，全市统计口径更加一致。单位负责人表示，数据质量明显提高，增长情况也更清楚。"
    pg = xining.parse_text(page(["城东统计工作再上台阶"], ["本报记者 王海峰"], wrap(text, 8)))
    assert bodies(pg) == [squeeze(text)]


# --- marked and numbered sub-heads ------------------------------------------------------------------------------
SUB_PARAS = [STATS_TEXT, "城东市商务部门表示，将继续举办促消费活动。", "下一步，城东市将继续加强经济运行监测调度。"]


@pytest.mark.parametrize("marks, apart", [(("■亮点一：", "■亮点二："), True), (("亮点一 ", "亮点二 "), True),
                                          (("（一）", "（二）"), True), (("◆", "◆"), False), (("■亮点一：", "■亮点二："), False)])
def test_numbered_sub_heads_are_section_titles(marks, apart):
    """Set apart by blank lines, a numbered sub-head (`亮点一`, `（一）`) is no headline; inside the text, a marked one
    (`◆…`) is a sub-head too."""
    heads = [marks[0] + "消费市场回暖", marks[1] + "下一步怎么干"]
    paras = SUB_PARAS
    if apart:
        blocks = [col(paras[0]), [heads[0]], col(paras[1]), [heads[1]], col(paras[2])]
    else:
        blocks = [col(paras[0]) + [heads[0]] + col(paras[1]) + [heads[1]] + col(paras[2])]
    pg = xining.parse_text(page(["前三季度城东消费市场稳中有升"], ["本报记者 王海峰"], *blocks, ["城东农贸市场焕新"],
                                ["■记者 李青"], col(MARKET_TEXT)))
    assert len(pg.articles) == 2
    kind = "list_item" if marks[0].startswith("（") else "section_title"  # (a list marker keeps its kind)
    assert [p.kind for p in pg.articles[0].paragraphs if p.text in map(squeeze, heads)] == [kind] * 2
    assert squeeze(pg.articles[0].text) == squeeze(paras[0] + heads[0] + paras[1] + heads[1] + paras[2])


@pytest.mark.parametrize("mark", ["◆", "■", "●"])
def test_marked_headlines_of_briefs_stay_headlines(mark):
    """Coupling: a bullet mark before a title set apart may be a brief's headline in a column of briefs."""
    briefs = ["3月5日，城东区首个社区食堂正式投用，可同时服务周边六个社区约两万名居民。",
              "近日，城西区举办职业技能专题培训班，两百名基层工作人员参加。",
              "记者从城南区获悉，城南区首批十家便民驿站示范点挂牌，覆盖全区八个街道。"]
    heads = ["城东首个社区食堂投用", "城西开展职业技能培训", "城南便民驿站示范点挂牌"]
    pg = xining.parse_text(page(["简讯"], *[b for h, t in zip(heads, briefs) for b in ([mark + h], col(t))]))
    assert bodies(pg) == [squeeze(t) for t in briefs]
    assert [squeeze(a.title).lstrip(mark) for a in pg.articles] == heads


# --- wire copy ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("dateline, reporters", [
    ("新华社南浦5月2日电（记者 张明、李青）", ["张明", "李青"]),
    ("据新华社南浦5月2日电 ", []),
    ("据新华社电 ", []),
])
@pytest.mark.parametrize("end", ["", "（完）", "inline"])
def test_wire_copy_and_its_end_mark(dateline, reporters, end):
    lines = col(dateline + POLICY_TEXT)
    if end == "inline":
        lines[-1] += "（完）"
    elif end:
        lines.append(end)
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], lines, ["城东农贸市场焕新"], col(MARKET_TEXT)))
    assert bodies(pg) == [squeeze(dateline + POLICY_TEXT), squeeze(MARKET_TEXT)]
    by = pg.articles[0].byline
    assert sorted(by.reporters if by else ()) == reporters


def test_a_wire_dateline_alone_on_its_line_is_no_headline():
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["据新华社南浦5月2日电", *col(POLICY_TEXT)]))
    assert pg.articles[0].title == "城东出台十二条措施支持社区养老" and pg.unassigned == ()


# --- boxes inside an article (sidebars) ------------------------------------------------------------------------------
BOX_TEXT = "采访中，记者发现社区养老虽小，却连着群众的日常。让好事办好，还要在长效管理上多下功夫。"


@pytest.mark.parametrize("label", [["相关链接"], ["延伸阅读", "社区养老里的大民生"], ["■记者手记"], ["【数读】"]])
def test_a_box_under_its_label_after_its_article_is_the_articles(label):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王海峰"], col(POLICY_TEXT), label, col(BOX_TEXT),
                                ["城东农贸市场焕新"], ["■记者 李青"], col(MARKET_TEXT)))
    assert bodies(pg) == [squeeze(POLICY_TEXT + "".join(label) + BOX_TEXT), squeeze(MARKET_TEXT)]
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老", "城东农贸市场焕新"]
    assert {p.kind for p in pg.articles[0].paragraphs if p.text in map(squeeze, label)} == {"section_title"}


@pytest.mark.parametrize("label", [["相关链接"], ["延伸阅读", "社区养老里的大民生"]])
def test_a_box_printed_after_another_article_goes_back_to_the_one_it_shares_most_with(label):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王海峰"], col(POLICY_TEXT),
                                ["城东农贸市场焕新"], ["■记者 李青"], col(MARKET_TEXT), label, col(BOX_TEXT)))
    assert bodies(pg) == [squeeze(POLICY_TEXT + "".join(label) + BOX_TEXT), squeeze(MARKET_TEXT)]


def test_a_box_on_its_own_articles_topic_stays_where_it_is_printed():
    """Coupling: a box goes elsewhere only when another article shares more of its words than its own."""
    box = "清晨的农贸市场里，摊主们说，改造后生意更好做了，居民买菜也更方便。"
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王海峰"], col(POLICY_TEXT),
                                ["城东农贸市场焕新"], ["■记者 李青"], col(MARKET_TEXT), ["记者手记"], col(box)))
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT + "记者手记" + box)]


def test_a_note_followed_by_its_text_does_not_wait_for_the_next_articles_lead():
    """Coupling: once a note has its article's text under it, a lead that follows opens another article."""
    note = "编者按：社区养老关系千家万户。今起本报推出系列报道，敬请关注。"
    pg = xining.parse_text(page(["城东农贸市场焕新"], col(note), col(MARKET_TEXT), col("本报讯（记者 王海峰）" + POLICY_TEXT)))
    assert bodies(pg) == [squeeze(note + MARKET_TEXT), squeeze("本报讯（记者 王海峰）" + POLICY_TEXT)]


# === text whose lines are whole paragraphs (archives, web pages, copy-paste out of a viewer) =========================
FACTORY_HEAD = "城东区一季度规上工业增加值增长6.2%"
FACTORY = [
    "本报讯（记者 王晓明）记者从城东区统计局获悉，一季度，全区规模以上工业增加值同比增长6.2%，增速比上年同期加快1.1个"
    "百分点。其中，装备制造业增加值增长9.3%，新材料产业增长7.8%。",
    "分行业看，全区35个行业大类中有24个行业增加值保持增长，增长面为68.6%。",
    "区统计局相关负责人表示，下一步将继续加强运行监测，推动工业经济稳中向好。",
]
MEALS_HEAD = "河西区社区食堂开进老小区"
MEALS = [
    "本报讯（记者 李华 通讯员 张敏）家门口的社区食堂本月正式开张。据介绍，河西区今年计划新建社区食堂12家，目前已建成7家，"
    "日均服务老年人1500人次。",
    "“饭菜可口，价格实惠。”居民刘大爷说，他现在每天都来这里吃午饭。",
]
BOOKS_HEAD = "共享书屋进社区"
BOOKS = [
    "近日，南湖新区首批8家共享书屋向居民开放，藏书总量超过2万册，居民凭身份证即可免费借阅。",
    "记者了解到，书屋全部由社区闲置用房改造而成。",
    "据介绍，南湖新区计划年内再建成共享书屋12家，实现社区全覆盖。",
]


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000"])
def test_a_page_of_whole_paragraph_lines_gives_its_articles(sep, indent):
    text = sep.join([FACTORY_HEAD, *(indent + p for p in FACTORY), MEALS_HEAD, *(indent + p for p in MEALS)]) + "\n"
    arts = articles(text)
    assert [a.title for a in arts] == [FACTORY_HEAD, MEALS_HEAD]
    assert [squeeze(a.text) for a in arts] == [squeeze("".join(FACTORY)), squeeze("".join(MEALS))]
    assert [len(a.paragraphs) for a in arts] == [3, 2]
    assert [a.byline.reporters for a in arts] == [("王晓明",), ("李华",)]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_whole_paragraph_lines_with_an_unsigned_brief_in_any_place(order):
    items = [(FACTORY_HEAD, FACTORY), (MEALS_HEAD, MEALS), (BOOKS_HEAD, BOOKS)]
    items = [items[k] for k in order]
    text = "\n".join(ln for head, paras in items for ln in [head, *paras]) + "\n"
    arts = articles(text)
    assert [a.title for a in arts] == [head for head, _ in items]
    assert [squeeze(a.text) for a in arts] == [squeeze("".join(paras)) for _, paras in items]


@pytest.mark.parametrize("byline, names", [("本报记者 王晓明", ("王晓明",)), ("■记者 王晓明 通讯员 赵敏", ("王晓明",)),
                                           ("本报记者 王晓明 报道", ("王晓明",))])
def test_whole_paragraph_lines_with_a_byline_on_its_own_line(byline, names):
    first = FACTORY[0].split("）", 1)[1]
    text = "\n".join([FACTORY_HEAD, byline, first, *FACTORY[1:], BOOKS_HEAD, *BOOKS]) + "\n"
    arts = articles(text)
    assert [a.title for a in arts] == [FACTORY_HEAD, BOOKS_HEAD]
    assert arts[0].byline.reporters == names
    assert squeeze(arts[0].text) == squeeze(first + "".join(FACTORY[1:]))


@pytest.mark.parametrize("trailer, names", [("（记者 王晓明）", ("王晓明",)), ("（王晓明）", ("王晓明",)),
                                            ("（记者 王晓明 通讯员 赵敏）", ("王晓明",))])
@pytest.mark.parametrize("inline", [True, False])
def test_whole_paragraph_lines_signed_by_a_trailer(trailer, names, inline):
    first = FACTORY[0].split("）", 1)[1]
    body = [first, *FACTORY[1:]]
    body = body[:-1] + [body[-1] + trailer] if inline else body + [trailer]
    text = "\n".join([FACTORY_HEAD, *body, BOOKS_HEAD, *BOOKS]) + "\n"
    arts = articles(text)
    assert [a.title for a in arts] == [FACTORY_HEAD, BOOKS_HEAD]
    assert squeeze(arts[0].text) == squeeze(first + "".join(FACTORY[1:]))
    assert arts[0].byline.reporters == names


@pytest.mark.parametrize("caption", [["图为河西区社区食堂一角。", "本报记者 王明 摄"], ["河西区社区食堂内，志愿者为老人打饭。 王明/摄"]])
def test_whole_paragraph_lines_with_a_photo_caption_between_articles(caption):
    text = "\n".join([FACTORY_HEAD, *FACTORY, *caption, MEALS_HEAD, *MEALS]) + "\n"
    pg = xining.parse_text(text)
    assert [squeeze(a.text) for a in pg.articles] == [squeeze("".join(FACTORY)), squeeze("".join(MEALS))]
    assert squeeze(caption[0]).split("王明")[0] in "".join(squeeze(b.text) for b in pg.blocks if b.kind == "caption")


@pytest.mark.parametrize("subhead", ["产业结构持续优化", "新动能加快成长"])
def test_a_sub_head_between_whole_paragraph_lines_stays_in_its_article(subhead):
    text = "\n".join([FACTORY_HEAD, FACTORY[0], subhead, *FACTORY[1:], MEALS_HEAD, *MEALS]) + "\n"
    arts = articles(text)
    assert [a.title for a in arts] == [FACTORY_HEAD, MEALS_HEAD]
    assert [p.kind for p in arts[0].paragraphs][:2] == ["lead", "section_title"]


def test_a_wrapped_dump_with_one_paragraph_copied_as_a_long_line_keeps_its_columns():
    """Coupling: one long line in a dump is no evidence that the dump's column lines are paragraphs."""
    text = page([FACTORY_HEAD], col(FACTORY[0]), [FACTORY[1]], col(FACTORY[2]), [MEALS_HEAD], col("".join(MEALS)))
    arts = articles(text)
    assert [squeeze(a.text) for a in arts] == [squeeze("".join(FACTORY)), squeeze("".join(MEALS))]
    assert len(arts[1].paragraphs) == 1  # the column lines of one paragraph join


# --- photo news (a headline over a few sentences closed by a credit); interviews cut by a photo ------------------------
@pytest.mark.parametrize("line", ["王峰兰在接受本报记者专访时表", "李青在接受本报记者采访", "罗玉对本刊记者介绍"])
def test_a_sentence_line_with_the_papers_own_name_inside_is_no_byline_line(line):
    """`本报` names the paper itself with nothing before it: a line where it stands inside a sentence signs nothing."""
    from xining.layout import is_byline_line
    assert not is_byline_line(line)


@pytest.mark.parametrize("line, reporters", [("本报记者王海峰", ("王海峰",)), ("城东晚报记者 王海峰", ("王海峰",)),
                                             ("本刊记者 王海峰", ("王海峰",)), ("城东日报社记者 王海峰", ("王海峰",))])
def test_outlets_before_a_role_still_sign(line, reporters):
    """Coupling: an outlet's own name (`本报`, `城东晚报`, `…日报社`) before the role is still a byline line."""
    from xining.layout import is_byline_line
    assert is_byline_line(line)
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], [line], col(POLICY_TEXT)))
    assert pg.articles[0].byline.reporters == reporters


@pytest.mark.parametrize("first, rest", [("王峰兰在接受本报记者专访时表", "示，政策的生命力在于落实。"),
                                         ("李青在接受本报记者采访", "时说，社区养老要办实办好。")])
def test_a_caption_wrapped_like_a_byline_line_names_no_reporter(first, rest):
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王芳"], col(POLICY_TEXT), [first, rest, "本报记者 李华 摄"],
                                ["城东农贸市场焕新"], ["■记者 何涛"], col(MARKET_TEXT)))
    assert [a.byline.reporters for a in pg.articles] == [("王芳",), ("何涛",)]
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]


WHEAT_HEAD = "夏粮开镰"
WHEAT = "6月10日，城东区金鸡镇的麦田里，农机手驾驶收割机抢收小麦。"
LOTUS_HEAD = "荷花映新城"
LOTUS = "近日，城西区湿地公园内荷花竞相绽放，吸引众多市民前来观赏拍照。"
CLASS_HEAD = "银发课堂"
CLASS = "在城东区老年大学，学员们跟着老师学习智能手机使用技巧。该校今年新开课程十二门。"


def photo(head: str, text: str, credit: str, *, blank: bool = True, inline: bool = False, label: str = "") -> list[str]:
    """A photo-news item as a dump prints it: a label, its headline, its caption sentences, the credit."""
    lines = col(text)
    lines = lines[:-1] + [f"{lines[-1]} {credit}"] if inline else lines + [credit]
    return ([label] if label else []) + [head] + ([""] if blank else []) + lines


@pytest.mark.parametrize("item", [
    photo(WHEAT_HEAD, WHEAT, "本报记者 李青 摄"),
    photo(WHEAT_HEAD, WHEAT, "（李青 摄）", blank=False, inline=True),
    photo(LOTUS_HEAD, LOTUS, "李青/摄", inline=True),
    photo(LOTUS_HEAD, LOTUS, "通讯员 李青 摄", blank=False),
    photo(CLASS_HEAD, CLASS, "李青 摄", label="图说"),  # no lead: the label says what it is
    photo(CLASS_HEAD, CLASS, "（李青 摄）", blank=False, inline=True, label="图片新闻"),
    photo(WHEAT_HEAD, WHEAT + "今年全区十二万亩小麦陆续进入收获期，预计六月下旬基本收尾。", "本报记者 李青 摄"),  # five lines
])
def test_a_photo_news_item_under_its_headline_is_an_article(item):
    """A headline right above a few sentences closed by a photo credit is photo news: an article whose text is the
    sentences, whose headline is its own (it may share no word with them), signed by no one (the credit is a credit)."""
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王芳"], col(POLICY_TEXT), item,
                                ["城东农贸市场焕新"], ["■记者 何涛"], col(MARKET_TEXT)))
    head = next(h for h in (WHEAT_HEAD, LOTUS_HEAD, CLASS_HEAD) if h in item)
    text = {WHEAT_HEAD: WHEAT, LOTUS_HEAD: LOTUS, CLASS_HEAD: CLASS}[head]
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老", head, "城东农贸市场焕新"]
    assert squeeze(text) in squeeze(pg.articles[1].text) and "李青" not in pg.articles[1].text
    assert pg.articles[1].byline is None and [c.name for c in pg.credits] == ["李青"]
    assert pg.unassigned == ()


def test_two_photo_news_items_in_a_row_and_one_at_the_top_of_the_page():
    """A short title at the top of the page, right above an item's lead closed by a credit, is its headline, not a
    section name among the page furniture."""
    pg = xining.parse_text(page(TOP, photo(WHEAT_HEAD, WHEAT, "本报记者 李青 摄"), [""],
                                photo(LOTUS_HEAD, LOTUS, "（王明 摄）", blank=False, inline=True, label="镜头"),
                                ["城东农贸市场焕新"], ["■记者 何涛"], col(MARKET_TEXT)))
    assert [a.title for a in pg.articles] == [WHEAT_HEAD, LOTUS_HEAD, "城东农贸市场焕新"]
    assert bodies(pg)[:2] == [squeeze(WHEAT), squeeze(LOTUS)]
    assert [c.name for c in pg.credits] == ["李青", "王明"]
    assert "镜头" in [b.text for b in pg.blocks if b.kind == "kicker"]


@pytest.mark.parametrize("caption", [
    ["6月10日，市民在城东区新建的农贸市场内", "选购商品。", "本报记者 李青 摄"],
    ["近日，城东区的口袋公园内，志愿者为居民", "提供服务。 通讯员 李青 摄"],
])
def test_a_dated_caption_between_articles_stays_a_caption(caption):
    """Coupling: with no headline right above it, a caption that opens like a lead is still a caption."""
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王芳"], col(POLICY_TEXT), caption,
                                ["城东农贸市场焕新"], ["■记者 何涛"], col(MARKET_TEXT)))
    assert bodies(pg) == [squeeze(POLICY_TEXT), squeeze(MARKET_TEXT)]
    assert any(b.kind == "caption" for b in pg.blocks)


@pytest.mark.parametrize("caption", [
    ["当前，城东区居民对美好环境的要求日益增长。图为", "保洁人员在河道内巡查。", "新华社记者 李青摄"],  # `图为`
    ["城东区的口袋公园内，志愿者为居民", "提供服务。", "本报记者 李青 摄"],  # no lead, no label
])
def test_a_caption_under_headlines_with_no_lead_of_its_own_stays_a_caption(caption):
    """Coupling: a caption saying `图为…`, or one that neither opens as a lead nor stands under a photo label, stays a
    caption under a headline; the headline stays a candidate for its article."""
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], caption, ["本报记者 王芳"], col(POLICY_TEXT)))
    assert bodies(pg) == [squeeze(POLICY_TEXT)]
    assert pg.articles[0].title == "城东出台十二条措施支持社区养老"


@pytest.mark.parametrize("opener", [["本报记者 王芳"], []])
def test_a_dated_caption_over_the_byline_or_lead_of_the_headlines_article_stays_a_caption(opener):
    """Coupling: a photo under an article's headline, over its byline line or lead, is that article's photo."""
    lead = col(POLICY_TEXT) if opener else col("本报讯（记者 王芳）" + POLICY_TEXT)
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], photo("", WHEAT, "本报记者 李青 摄")[2:], opener or lead,
                                *([lead] if opener else [])))
    assert [a.title for a in pg.articles] == ["城东出台十二条措施支持社区养老"]
    assert bodies(pg) == [squeeze(POLICY_TEXT if opener else "本报讯（记者 王芳）" + POLICY_TEXT)]
    assert pg.articles[0].byline.reporters == ("王芳",)


INTERVIEW_HEAD = "社区养老新政如何落地"
INTERVIEW_INTRO = "日前，城东市出台支持社区养老发展的新举措。围绕政策亮点和落实安排，记者专访了城东市民政局主要负责人罗玉。"
INTERVIEW_TURNS = ["此次出台的措施有哪些亮点？", "措施共十二条，重点在资金扶持、用地保障和人才引进三个方面下功夫。",
                   "如何确保政策尽快落地见效？", "我们将建立工作台账，每季度通报一次进展，让企业和群众真正得到实惠。"]
INTERVIEW_CAPTION = ["罗玉（右）向记者介绍政策落实情况。", "本报记者 李青 摄"]


def interview(q: str, a: str, cut: int) -> tuple[list[str], list[str]]:
    """An interview's lines with a photo caption and its credit after its `cut` first turns, and its gold paragraphs."""
    paras = [INTERVIEW_INTRO] + [(q if k % 2 == 0 else a) + t for k, t in enumerate(INTERVIEW_TURNS)]
    lines = [ln for p in paras[:cut + 1] for ln in col(p)] + [""] + INTERVIEW_CAPTION + [""]
    return lines + [ln for p in paras[cut + 1:] for ln in col(p)], paras


@pytest.mark.parametrize("q, a, cut", [
    ("记者：", "答：", 1),  # after a question: the answer goes on
    ("记者：", "答：", 2),  # the question after the photo opens on a label used before it
    ("问：", "罗玉：", 1),
    ("Q：", "A：", 3),
    ("记者 ", "罗玉 ", 1),  # the speaker set bold, then a space
    ("记者 ", "罗玉 ", 2),
])
def test_an_interview_cut_by_a_photo_caption_stays_one_article(q, a, cut):
    """The part after the photo shares few words with the part before (answers, questions): the speakers' labels tie it
    back to the interview."""
    lines, paras = interview(q, a, cut)
    pg = xining.parse_text(page([INTERVIEW_HEAD], ["本报记者 王芳"], lines, ["城东农贸市场焕新"], ["■记者 何涛"], col(MARKET_TEXT)))
    assert [a.title for a in pg.articles] == [INTERVIEW_HEAD, "城东农贸市场焕新"]
    assert squeeze(pg.articles[0].text) == squeeze("".join(paras))
    assert [a.byline.reporters for a in pg.articles] == [("王芳",), ("何涛",)]


SECOND_TURNS = ["托育机构从哪里来？", "利用闲置校舍和厂房改建，每个街道至少一所。", "收费贵不贵？", "普惠托位每月不超过一千二百元。"]


@pytest.mark.parametrize("q, a", [("记者：", "答："), ("问：", "罗玉：")])
def test_a_second_interview_under_its_own_headline_and_byline_stays_apart(q, a):
    """Coupling: the same labels under a headline and byline of their own open another article."""
    first, paras = interview(q, a, 1)
    second = [ln for k, t in enumerate(SECOND_TURNS) for ln in col((q if k % 2 == 0 else a) + t)]
    pg = xining.parse_text(page([INTERVIEW_HEAD], ["本报记者 王芳"], first, ["托育机构收费贵不贵"], ["■记者 何涛"], second))
    assert [a.title for a in pg.articles] == [INTERVIEW_HEAD, "托育机构收费贵不贵"]
    assert squeeze(pg.articles[0].text) == squeeze("".join(paras))


def test_questions_and_answers_after_a_photo_under_an_interview_its_trailer_closed_stay_apart():
    """Coupling: a trailer ended the interview; labels after the photo do not reopen it."""
    first = [ln for p in [INTERVIEW_INTRO, "记者：" + INTERVIEW_TURNS[0], "答：" + INTERVIEW_TURNS[1]] for ln in col(p)]
    second = [ln for k, t in enumerate(SECOND_TURNS) for ln in col(("记者：", "答：")[k % 2] + t)]
    pg = xining.parse_text(page([INTERVIEW_HEAD], first + ["（记者 王芳）"], INTERVIEW_CAPTION, second))
    assert len(pg.articles) == 2 and pg.articles[0].byline.reporters == ("王芳",)
    assert squeeze(pg.articles[1].text) == squeeze("".join(("记者：", "答：")[k % 2] + t for k, t in enumerate(SECOND_TURNS)))


def test_a_brief_after_a_photo_under_an_article_that_asks_stays_apart():
    """Coupling: text after a photo, opening on no speaker's label, does not go on an article that ended on a question."""
    asks = POLICY_TEXT + "政策红利如何尽快惠及群众？"
    brief = "城西区新开一座社区图书馆，藏书两万册，周末还为孩子们开设绘本阅读课，附近居民纷纷前来借阅。"
    pg = xining.parse_text(page(["城东出台十二条措施支持社区养老"], ["本报记者 王芳"], col(asks), ["图为城东区口袋公园一角。", "李青/摄"],
                                col(brief)))
    assert bodies(pg) == [squeeze(asks), squeeze(brief)]
