"""Figures: every statistical figure of the sample page, and composed sentences for each rule."""
import pytest

import xining
from xining.figures import figures_of_text
from xining.model import STATISTICAL

# (article, text, kind, value, unit, normalized_value, normalized_unit, qualifier, measure, subject)
SAMPLE_FIGURES = [
    ("a2", "801件次", "count", 801, "件次", 801, "件次", None, None, '群众来电诉求'),
    ("a2", "85件", "count", 85, "件", 85, "件", None, None, '网民留言'),
    ("a2", "74件", "count", 74, "件", 74, "件", None, None, '西宁12345微信公众号'),
    ("a2", "11件", "count", 11, "件", 11, "件", None, None, '青海12345政务服务网站'),
    ("a2", "358件", "count", 358, "件", 358, "件", None, None, '直接办理'),
    ("a2", "443件", "count", 443, "件", 443, "件", None, None, '转交责任单位办理'),
    ("a2", "83件", "count", 83, "件", 83, "件", None, None, '回访量'),
    ("a2", "68件", "count", 68, "件", 68, "件", None, None, '物业服务'),
    ("a2", "36件", "count", 36, "件", 36, "件", None, None, '噪音问题'),
    ("a2", "33件", "count", 33, "件", 33, "件", None, None, '交通秩序'),
    ("a3", "60件", "count", 60, "件", 60, "件", None, None, '安全隐患举报'),
    ("a3", "37件", "count", 37, "件", 37, "件", None, None, '12345政务服务便民热线接收举报'),
    ("a3", "5件", "count", 5, "件", 5, "件", None, None, '西宁市应急管理局接收举报'),
    ("a3", "18件", "count", 18, "件", 18, "件", None, None, '西宁市消防救援支队接收举报'),
    ("a4", "9.0%", "percent", 9, "%", 9, "%", None, '同比增长', '规上工业增加值'),
    ("a4", "13.7个百分点", "percentage_point", 13.7, "个百分点", 13.7, "pp", None, '高于', '规上工业增加值'),
    ("a4", "49.2%", "percent", 49.2, "%", 49.2, "%", None, '比重', '规上工业增加值'),
    ("a4", "10.2%", "percent", 10.2, "%", 10.2, "%", None, '增速', '西宁经济开发区规上工业增加值'),
    ("a4", "85.7%", "percent", 85.7, "%", 85.7, "%", None, '贡献率', '西宁经济开发区规上工业增加值'),
    ("a4", "7.7个百分点", "percentage_point", 7.7, "个百分点", 7.7, "pp", None, '拉动', '西宁经济开发区规上工业增加值'),
    ("a4", "5.4%", "percent", 5.4, "%", 5.4, "%", None, '增速', '县区规上工业增加值'),
    ("a4", "17.3个百分点", "percentage_point", 17.3, "个百分点", 17.3, "pp", None, '提高', '县区规上工业增加值'),
    ("a4", "14.3%", "percent", 14.3, "%", 14.3, "%", None, '贡献率', '县区规上工业增加值'),
    ("a4", "1.3个百分点", "percentage_point", 1.3, "个百分点", 1.3, "pp", None, '拉动', '县区规上工业增加值'),
    ("a4", "73.4%", "percent", 73.4, "%", 73.4, "%", None, '比重', '制造业增加值'),
    ("a4", "10.3%", "percent", 10.3, "%", 10.3, "%", None, '同比增长', '制造业增加值'),
    ("a4", "91.2%", "percent", 91.2, "%", 91.2, "%", None, '贡献率', '制造业增加值'),
    ("a4", "8.2个百分点", "percentage_point", 8.2, "个百分点", 8.2, "pp", None, '拉动', '制造业增加值'),
    ("a4", "31.6%", "percent", 31.6, "%", 31.6, "%", None, '增长', '计算机、通信和其他电子设备制造业增加值'),
    ("a4", "12.0%", "percent", 12, "%", 12, "%", None, '增长', '燃气生产和供应业'),
    ("a4", "28.3%", "percent", 28.3, "%", 28.3, "%", None, '增长', '水的生产和供应业'),
    ("a4", "2.8倍", "multiple", 2.8, "倍", 2.8, "x", None, '增长', '非金属矿物制品业'),
    ("a4", "9.6%", "percent", 9.6, "%", 9.6, "%", None, '增长', '黑色金属冶炼和压延加工业'),
    ("a4", "5.0%", "percent", 5, "%", 5, "%", None, '增长', '有色金属冶炼和压延加工业'),
    ("a4", "50.2%", "percent", 50.2, "%", 50.2, "%", None, '增长', '金属制品、机械和设备修理业'),
    ("a4", "七个", "count", 7, "个", 7, "个", None, None, '行业'),
    ("a4", "70.6%", "percent", 70.6, "%", 70.6, "%", None, '比重', '七个行业规上工业增加值'),
    ("a4", "76种", "count", 76, "种", 76, "种", None, None, '工业产品'),
    ("a4", "42种", "count", 42, "种", 42, "种", None, None, '产品'),
    ("a4", "近六成", "fraction", 6, "成", 0.6, "fraction", 'nearly', '占比', '产品'),
    ("a4", "3.6万吨", "quantity", 3.6, "万吨", 36000, "t", None, None, '单晶硅'),
    ("a4", "69.0%", "percent", 69, "%", 69, "%", None, '增长', '单晶硅'),
    ("a4", "3.3万吨", "quantity", 3.3, "万吨", 33000, "t", None, None, '多晶硅'),
    ("a4", "18.8%", "percent", 18.8, "%", 18.8, "%", None, '增长', '多晶硅'),
    ("a4", "15.9万吨", "quantity", 15.9, "万吨", 159000, "t", None, None, '钢材'),
    ("a4", "79.9%", "percent", 79.9, "%", 79.9, "%", None, '增长', '钢材'),
    ("a4", "12.1万吨", "quantity", 12.1, "万吨", 121000, "t", None, None, '铁合金'),
    ("a4", "3.9%", "percent", 3.9, "%", 3.9, "%", None, '增长', '铁合金'),
    ("a4", "14.3万吨", "quantity", 14.3, "万吨", 143000, "t", None, None, '铝材'),
    ("a4", "17.2%", "percent", 17.2, "%", 17.2, "%", None, '增长', '铝材'),
    ("a4", "1.6万吨", "quantity", 1.6, "万吨", 16000, "t", None, None, '乳制品'),
    ("a4", "13.2%", "percent", 13.2, "%", 13.2, "%", None, '增长', '乳制品'),
    ("a4", "7.0万吨", "quantity", 7, "万吨", 70000, "t", None, None, '石墨及碳素制品'),
    ("a4", "12.3倍", "multiple", 12.3, "倍", 12.3, "x", None, '增长', '石墨及碳素制品'),
    ("a4", "8.1万吨", "quantity", 8.1, "万吨", 81000, "t", None, None, 'PVC'),
    ("a4", "13.3%", "percent", 13.3, "%", 13.3, "%", None, '增长', 'PVC'),
    ("a4", "16.1万吨", "quantity", 16.1, "万吨", 161000, "t", None, None, '水泥'),
    ("a4", "42.8%", "percent", 42.8, "%", 42.8, "%", None, '增长', '水泥'),
    ("a4", "12.1万吨", "quantity", 12.1, "万吨", 121000, "t", None, None, '铁合金'),
    ("a4", "3.9%", "percent", 3.9, "%", 3.9, "%", None, '增长', '铁合金'),
    ("a4", "2.6万吨", "quantity", 2.6, "万吨", 26000, "t", None, None, '电解铜'),
    ("a4", "33.0%", "percent", 33, "%", 33, "%", None, '增长', '电解铜'),
    ("a4", "9.0%", "percent", 9, "%", 9, "%", None, '增长', '我市规上工业增加值'),
    ("a6", "三省", "count", 3, "省", 3, "省", None, None, '江苏、浙江、广东'),
    ("a6", "45%", "percent", 45, "%", 45, "%", None, '占比', '江苏、浙江、广东三省'),
    ("a6", "近70%", "percent", 70, "%", 70, "%", 'nearly', '占比', '高端制造业'),
    ("a6", "88%以上", "percent", 88, "%", 88, "%", 'at_least', '覆盖率', '百强集群产业链'),
    ("a6", "超92%", "percent", 92, "%", 92, "%", 'over', '覆盖度', '生物医药、动力电池、新能源、纺织服装等重点行业产业链'),
    ("a6", "90%", "percent", 90, "%", 90, "%", None, None, '产业集群'),
    ("a6", "48.7万件", "count", 48.7, "万件", 487000, "件", None, None, '专利'),
    ("a6", "五大", "count", 5, "大", 5, "大", None, None, '产业集群专利授权量'),
    ("a6", "近五成", "fraction", 5, "成", 0.5, "fraction", 'nearly', '占比',
     '新能源汽车、装备工业、集成电路、新型显示、生物医药等五大产业集群专利授权量'),
    ("a6", "三个", "count", 3, "个", 3, "个", None, None, '中心城市'),
    ("a6", "三大", "count", 3, "大", 3, "大", None, None, '产业集群'),
    ("a6", "32.5GWh", "quantity", 32.5, "GWh", 32.5, "GWh", None, '年产', '动力及储能电池'),
    ("a6", "1.5亿平方米", "quantity", 1.5, "亿平方米", 150000000, "m2", None, '年产', '锂电池隔膜'),
    ("a6", "2.3万吨", "quantity", 2.3, "万吨", 23000, "t", None, '年产', '正极材料'),
    ("a6", "4000万套", "quantity", 4000, "万套", 40000000, "套", None, None, '锂电池壳体'),
    ("a6", "32亿元", "money", 32, "亿元", 3200000000, "CNY", None, '投资', '海得20GWh储能电池机柜组装生产线'),
    ("a6", "20GWh", "quantity", 20, "GWh", 20, "GWh", None, None, '储能电池机柜组装生产线'),
    ("a6", "50亿元", "money", 50, "亿元", 5000000000, "CNY", None, '投资', '中国电建10GWh短时高频储能示范'),
    ("a6", "10GWh", "quantity", 10, "GWh", 10, "GWh", None, None, '短时高频储能示范'),
    ("a6", "50吉瓦时", "quantity", 50, "吉瓦时", 50, "GWh", None, '年产', '各类电池'),
    ("a6", "25万吨", "quantity", 25, "万吨", 250000, "t", None, None, '正负极材料'),
    ("a6", "10亿平方米", "quantity", 10, "亿平方米", 1000000000, "m2", None, None, '电池隔膜'),
    ("a6", "10000吨", "quantity", 10000, "吨", 10000, "t", None, None, '电解液锂盐'),
    ("a6", "7000万套", "quantity", 7000, "万套", 70000000, "套", None, None, '电池壳体'),
]


def _stat_rows(page):
    return [
        (a.id, f.text, f.kind, f.value, f.unit, f.normalized_value, f.normalized_unit, f.qualifier, f.measure, f.subject)
        for a in page.articles
        for f in a.figures
        if f.kind in STATISTICAL
    ]


def test_every_statistical_figure_of_the_sample(sample_page):
    assert _stat_rows(sample_page) == SAMPLE_FIGURES


def test_counts_per_article(sample_page):
    kinds = {a.id: [f.kind for f in a.figures if not f.in_headline] for a in sample_page.articles}
    assert kinds["a2"].count("count") == 10 and kinds["a3"].count("count") == 4
    assert [k for k in kinds["a5"] if k in STATISTICAL] == []  # the rail article prints no statistics


def test_repeated_statement_gives_two_rows(sample_page):
    rows = [f for f in sample_page.articles[3].figures if f.subject == "铁合金"]
    assert [(f.text, f.line) for f in rows] == [("12.1万吨", 144), ("3.9%", 145), ("12.1万吨", 149), ("3.9%", 149)]


def test_not_figures(sample_page):
    texts = [f.text for a in sample_page.articles for f in a.figures]
    for bogus in ("12345", "3", "十四", "五", "一", "1", "2", "3.", "T3"):
        assert bogus not in texts
    assert not any("12345" in t or "十四五" in t for t in texts)


def test_years_dates_periods_and_ordinals(sample_page):
    a1, a4, a6 = sample_page.articles[0], sample_page.articles[3], sample_page.articles[5]
    assert [(f.text, f.kind) for f in a1.figures if not f.in_headline] == [
        ("3月26日上午", "date"), ("第七", "ordinal"), ("第五", "ordinal"), ("2024年度", "year"), ("第五", "ordinal")]
    assert [f.text for f in a6.figures if f.kind == "year"] == ["2024", "2024", "2024"]
    assert {f.period for f in a4.figures if f.kind in STATISTICAL and not f.in_headline} == {"1月—2月"}


def test_headline_figures(sample_page):
    head = [f for f in sample_page.articles[3].figures if f.in_headline]
    assert [(f.id, f.text, f.kind, f.period) for f in head] == [("h1", "前两个月", "period", "前两个月"), ("h2", "9.0%", "percent", "前两个月")]


def test_scope(sample_page):
    a4 = {f.text: f for f in sample_page.articles[3].figures if not f.in_headline}
    assert a4["9.0%"].scope == "全市" and a4["13.7个百分点"].scope == "全市"
    assert a4["10.2%"].scope == "西宁经济开发区" and a4["5.4%"].scope == "县区"


def test_offsets_and_lines(sample_page):
    for a in sample_page.articles:
        for f in a.figures:
            source = a.title if f.in_headline else a.text
            assert source[f.start:f.end] == f.text
            assert f.line == (a.headline.first_line if f.in_headline else a.line_at(f.start))


# --- composed sentences ----------------------------------------------------------------
def _one(sentence, **expected):
    figs = [f for f in figures_of_text(sentence) if f.kind not in ("date", "period")]
    assert len(figs) == 1, [(f.text, f.kind) for f in figs]
    got = {k: getattr(figs[0], k) for k in expected}
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全市共受理投诉120件。", dict(text="120件", kind="count", value=120, unit="件")),
        ("全市新增企业3.5万户。", dict(kind="count", unit="万户", normalized_value=35000, normalized_unit="户")),
        ("涉及七个行业。", dict(text="七个", kind="count", value=7)),
        ("粮食产量12.3万吨。", dict(kind="quantity", value=12.3, unit="万吨", normalized_value=123000, normalized_unit="t")),
        ("建成厂房1.5亿平方米。", dict(kind="quantity", normalized_value=1.5e8, normalized_unit="m2")),
        ("新增耕地2000亩。", dict(kind="quantity", normalized_unit="m2")),
        ("储能规模达50 吉瓦时。", dict(text="50 吉瓦时", kind="quantity", normalized_value=50, normalized_unit="GWh")),
        ("签约投资32亿元。", dict(kind="money", value=32, unit="亿元", normalized_value=3.2e9, normalized_unit="CNY", measure="投资")),
        ("社会消费品零售总额增长8.2%。", dict(kind="percent", value=8.2, unit="%", measure="增长", subject="社会消费品零售总额")),
        ("工业投资下降3.5%。", dict(kind="percent", value=3.5, normalized_value=-3.5, measure="下降", subject="工业投资")),
        ("增速提高1.2个百分点。", dict(kind="percentage_point", value=1.2, normalized_unit="pp")),
        ("出口增长2.8倍。", dict(kind="multiple", value=2.8, unit="倍", normalized_unit="x")),
        ("占比近六成。", dict(text="近六成", kind="fraction", value=6, normalized_value=0.6, qualifier="nearly")),
        ("百分之五十的企业参与。", dict(kind="percent", value=50, subject="企业")),
        ("召开第三次会议。", dict(text="第三", kind="ordinal", value=3)),
    ],
)
def test_kinds(text, expected):
    _one(text, **expected)


@pytest.mark.parametrize(
    "text, qualifier, printed",
    [
        ("投资约20亿元。", "about", "约20亿元"),
        ("投资20亿元左右。", "about", "20亿元左右"),
        ("占比近70%。", "nearly", "近70%"),
        ("覆盖率超92%。", "over", "超92%"),
        ("投资超过5亿元。", "over", "超过5亿元"),
        ("逾300人参加。", "over", "逾300人"),
        ("覆盖率达88%以上。", "at_least", "88%以上"),
        ("不少于10家企业。", "at_least", "不少于10家"),
        ("不足5%的企业。", "under", "不足5%"),
        ("不到3万人。", "under", "不到3万人"),
        ("500多人参加。", "over", "500多人"),
    ],
)
def test_qualifiers(text, qualifier, printed):
    _one(text, qualifier=qualifier, text=printed)


@pytest.mark.parametrize(
    "text",
    [
        "拨打12345政务服务便民热线。",
        "新建T3航站楼。",
        "沿G109国道行驶。",
        "“十四五”时期，推进“一带一路”建设。",
        "做到无一遗漏，打造一支铁军，研究部署下一步工作。",
        "1.物业服务问题，已联系处理。",
    ],
)
def test_not_figures_in_composed_text(text):
    assert [f.text for f in figures_of_text(text) if f.kind in STATISTICAL] == []


def test_subject_inherited_by_a_clause_without_its_own():
    figs = figures_of_text("其中：钢材15.9万吨，增长79.9%；水泥16.1万吨，下降2.0%。")
    assert [(f.text, f.subject, f.normalized_value) for f in figs] == [
        ("15.9万吨", "钢材", 159000), ("79.9%", "钢材", 79.9), ("16.1万吨", "水泥", 161000), ("2.0%", "水泥", -2.0)]


def test_noun_after_the_number():
    figs = figures_of_text("目前，已形成年产32.5GWh动力电池、年产2.3万吨正极材料的规模。")
    assert [(f.text, f.subject, f.measure) for f in figs] == [("32.5GWh", "动力电池", "年产"), ("2.3万吨", "正极材料", "年产")]


@pytest.mark.parametrize(
    "text, period",
    [("1-7月，全市工业增长5.0%。", "1-7月"), ("1~5月份，全市工业增长5.0%。", "1~5月份"),
     ("一季度，全市工业增长5.0%。", "一季度"), ("前两个月，全市工业增长5.0%。", "前两个月")],
)
def test_periods_in_other_styles(text, period):
    figs = figures_of_text(text)
    assert [(f.kind, f.text) for f in figs][0] == ("period", period)
    assert figs[-1].period == period and figs[-1].scope == "全市"


def test_half_width_punctuation():
    figs = figures_of_text("1-2月,全市规上工业增加值增长9.0%,其中制造业增长10.3%;水泥16.1万吨.")
    assert [(f.text, f.subject) for f in figs if f.kind in STATISTICAL] == [
        ("9.0%", "全市规上工业增加值"), ("10.3%", "制造业"), ("16.1万吨", "水泥")]


def test_a_range_gives_two_figures():
    figs = figures_of_text("预计投资8.5亿元至10亿元。")
    assert [(f.text, f.normalized_value, f.normalized_unit) for f in figs] == [("8.5亿元", 8.5e8, "CNY"), ("10亿元", 1e9, "CNY")]


def test_a_range_sharing_its_unit():
    figs = figures_of_text("预计投资8.5至10亿元。")
    assert [(f.text, f.normalized_value) for f in figs] == [("8.5", 8.5e8), ("10亿元", 1e9)]


def test_figures_frame_dtypes(sample_page):
    frame = sample_page.figures_frame()
    assert str(frame["kind"].dtype) == "category" and frame["line"].dtype == "int64"
    assert frame["normalized_value"].dtype == "float64"
    assert len(frame) == sum(len(a.figures) for a in sample_page.articles)


# --- figures the checks depend on (issue 10) ----------------------------------------------------
def _stat(text):
    return [f for f in figures_of_text(text) if f.kind not in ("date", "period", "year", "ordinal")]


@pytest.mark.parametrize("text", ["沿S203省道行驶。", "109国道改建完工。", "G6京藏高速。", "代号二五八。", "社会消费品零售额增长。",
                                  "推动长三角一体化。", "珠江三角洲。", "三次产业协调发展。"])
def test_identifiers_and_fixed_words_are_not_figures(text):
    assert _stat(text) == []


def test_a_rank_is_not_a_count():
    assert [f.kind for f in figures_of_text("销量进入全国前十名。")] == ["ordinal"]


@pytest.mark.parametrize("text, kind, value, unit, qualifier", [
    ("年产能突破百万吨。", "quantity", 1e6, "t", None), ("参会人数不足千人。", "count", 1000, "人", "under"),
    ("签约金额超千万元。", "money", 1e7, "CNY", "over")])
def test_a_bare_hundred_thousand_or_ten_thousand_before_a_unit_is_a_number(text, kind, value, unit, qualifier):
    [f] = _stat(text)
    assert (f.kind, f.normalized_value, f.normalized_unit) == (kind, value, unit)


@pytest.mark.parametrize("word", ["台", "辆", "架", "艘", "所", "名", "堂", "册", "座", "栋", "批"])
def test_measure_words_count(word):
    [f] = _stat(f"新增12{word}。")
    assert f.kind == "count" and f.unit == word


def test_a_list_shares_its_last_unit():
    figs = _stat("分别高0.7、1.4个百分点，分别拉动1.3个、0.9个、1.8个百分点。")
    assert [(f.text, f.kind) for f in figs] == [("0.7", "percentage_point"), ("1.4个百分点", "percentage_point"),
                                               ("1.3个", "percentage_point"), ("0.9个", "percentage_point"),
                                               ("1.8个百分点", "percentage_point")]


def test_a_structure_ratio_gives_each_part_its_share():
    figs = _stat("三次产业结构为7.7:57.5:34.8，对经济增长的贡献率分别为6%、41.4%、52.6%。")
    assert [(f.text, f.kind, f.measure, f.subject) for f in figs[:3]] == [
        ("7.7", "percent", "比重", "第一产业"), ("57.5", "percent", "比重", "第二产业"), ("34.8", "percent", "比重", "第三产业")]
    assert [f.subject for f in figs[3:]] == ["第一产业", "第二产业", "第三产业"]


def test_a_list_named_before_fenbie_names_each_figure():
    figs = _stat("装备制造业、高技术制造业增加值同比分别增长8.4%、5.9%。")
    assert [f.subject for f in figs] == ["装备制造业", "高技术制造业增加值"]


@pytest.mark.parametrize("text, subject, measure", [
    ("第一产业增加值完成18.3亿元。", "第一产业增加值", "增加值"),
    ("城镇消费品零售额158.2亿元。", "城镇消费品零售额", None),
    ("全体居民人均生活消费支出36201元。", "全体居民人均生活消费支出", None),
    ("全市规模以上工业增加值延续平稳向好趋势，同比增长9.6%。", "全市规模以上工业增加值", "同比增长")])
def test_subjects_are_whole_indicator_names(text, subject, measure):
    f = _stat(text)[0]
    assert (f.subject, f.measure) == (subject, measure)


def test_a_period_compared_with_is_not_the_period_in_force():
    figs = _stat("上半年，全市生产总值增长12.8%，比一季度回落4.8个百分点；第一产业增长8.1%。")
    assert {f.period for f in figs} == {"上半年"}


@pytest.mark.parametrize("text", [
    "习近平同志在党的十九大报告中强调：“伟大斗争，伟大工程，伟大事业，伟大梦想，紧密联系、相互贯通、相互作用。”",
    "十八大以来，我们坚持稳中求进，推动发展、改革、民生三方面工作。十八大以来的成就举世瞩目。",
    "学习贯彻党的二十大精神，落实二十大部署，推动高质量发展。",
    "党的十七大、十八大、十九大都对生态文明建设作出部署。",
])
def test_a_party_congress_is_a_name_not_a_count(text):
    """`十九大` names a congress: no count, so no list_count or repeated verdict rests on it."""
    article = xining.parse_text(text + "\n").articles[0]
    assert not [f for f in article.figures if "大" in f.text], [f.text for f in article.figures]
    assert not [c for c in article.checks if c.verdict in ("fail", "warn")]


@pytest.mark.parametrize("text, count", [
    ("全市二十大重点项目完成投资32亿元。", "二十大"),
    ("我省着力打造五大产业集群，包括新能源、新材料、装备制造、生物医药、数字经济。", "五大"),
    ("今年十大民生实事全部完成。", "十大"),
])
def test_a_count_of_n_big_things_stays_a_count(text, count):
    article = xining.parse_text(text + "\n").articles[0]
    assert count in [f.text for f in article.figures if f.kind == "count"]
