"""Checks, one relation at a time: composed sentences in, the checks a careful reviewer would make out.

Every relation has a sentence where it holds (pass or info), one where it does not (fail, or warn
where the reading is soft), and one that only looks like it and must not fire.
"""
import pytest

import xining
from xining.checks import RULES, ArticleIndex, check


def article(*paragraphs: str, headline: str | None = None):
    """A one-article page: paragraphs separated by blank lines, an optional headline before them."""
    blocks = ([headline] if headline else []) + list(paragraphs)
    return xining.parse_text("\n\n".join(blocks) + "\n").articles[0]


def found(rule: str, *paragraphs: str, headline: str | None = None):
    """The checks of one rule over a composed article (all rules run: later ones read what earlier found)."""
    return [c for c in article(*paragraphs, headline=headline).checks if c.rule == rule]


def verdicts(rule: str, *paragraphs: str, headline: str | None = None) -> list[str]:
    return [c.verdict for c in found(rule, *paragraphs, headline=headline)]


def texts(art, c) -> list[str]:
    by_id = {f.id: f.text for f in art.figures}
    return [by_id[i] for i in c.figures]


# --- 1. subset, not sum ------------------------------------------------------------------------
class TestSubset:
    def test_listed_parts_within_the_whole_pass_as_a_partial_breakdown(self):
        [c] = found("parts_and_whole", "全市共受理投诉2140件，其中甲区612件、乙县305件。")
        assert c.verdict == "pass" and "stay within" in c.message_en

    def test_listed_parts_that_exceed_the_whole_fail(self):
        assert verdicts("parts_and_whole", "全市共受理投诉2140件，其中甲区1612件、乙县805件。") == ["fail"]
        [c] = found("parts_and_whole", "全市共收到举报60件，其中热线70件、应急局5件。")
        assert c.verdict == "fail" and "larger" in c.message_en

    def test_other_products_after_qizhong_are_not_parts(self):
        """猪肉 is part of 猪牛羊禽肉; 牛奶 and 禽蛋 that follow in their own clauses are not."""
        [c] = found("parts_and_whole", "猪牛羊禽肉产量2.6万吨，增长13.3%。其中，猪肉产量1.8万吨，增长25.5%；"
                                       "牛奶产量2万吨，增长88.1%；禽蛋产量3.6万吨，增长14.2%。")
        assert c.verdict == "pass" and c.parts == (c.figures[1],) and len(c.figures) == 2

    def test_a_subset_of_counted_things(self):
        assert verdicts("parts_and_whole", "32个大类行业中有25个行业增加值保持同比增长。") == ["pass"]
        assert verdicts("parts_and_whole", "32个大类行业中有35个行业增加值保持同比增长。") == ["fail"]

    def test_amounts_per_head_never_add_up(self):
        assert found("parts_and_whole", "全体居民人均可支配收入60925元，其中，城镇居民人均可支配收入69410元，"
                                        "农村居民人均可支配收入45071元。") == []


# --- 2. sum of parts ------------------------------------------------------------------------------
RETAIL = ("全市社会消费品零售总额186.4亿元，同比增长7.1%。按经营单位所在地分，城镇消费品零售额{}亿元，增长6.5%；"
          "乡村消费品零售额27.2亿元，增长8.9%。")


class TestSumOfParts:
    def test_parts_in_the_next_sentence_with_growth_interleaved(self):
        [c] = found("parts_and_whole", RETAIL.format("159.2"))
        assert c.verdict == "pass" and c.recomputed == "186.4亿元"

    def test_parts_that_miss_the_total_fail(self):
        """158.2 + 27.2 = 185.4 against 186.4: a miss of a whole unit of the last digit."""
        [c] = found("parts_and_whole", RETAIL.format("158.2"))
        assert c.verdict == "fail" and c.recomputed == "185.4亿元"
        assert c.whole == c.figures[0] and len(c.parts) == 2 and c.printed == c.whole

    def test_three_industries_after_the_total(self):
        text = ("上半年，全市生产总值735.4亿元，同比增长12.8%。分产业看，第一产业增加值31.4亿元，增长8.1%；"
                "第二产业增加值{}亿元，增长11.1%；第三产业增加值326.0亿元，增长15.3%。")
        assert verdicts("parts_and_whole", text.format("378.0")) == ["pass"]
        assert verdicts("parts_and_whole", text.format("376.0")) == ["fail"]

    def test_parentheses_after_a_total(self):
        [c] = found("parts_and_whole", "网民留言85件（微信公众号74件、网站11件），已全部办理。")
        assert c.verdict == "pass" and c.values == (85, 74, 11) and c.expected.value == 85
        assert verdicts("parts_and_whole", "网民留言85件（微信公众号74件、网站12件），已全部办理。") == ["fail"]

    def test_parallel_clauses_split_the_total(self):
        assert verdicts("parts_and_whole", "3月25日，热线接听来电801件次，直接办理358件，转交办理443件。") == ["pass"]

    def test_rounded_parts_in_ten_thousands(self):
        assert verdicts("parts_and_whole", "全年粮食产量12.3万吨，其中小麦4.1万吨、玉米8.2万吨。") == ["pass"]

    @pytest.mark.parametrize("text", ["新建绿道3.4公里，分别是东段2.2公里。", "今年新增监控设备10处，总长3.4公里，分别位于：东环路口北向2.2公里处。",
                                      "全年完成投资86.5亿元，分别用于城区道路建设42.1亿元。"])
    def test_one_figure_after_fenbie_is_no_breakdown(self, text):
        """分别 distributes over two parts at least: with one figure after it the parts are not all printed."""
        assert found("parts_and_whole", text) == []

    def test_two_parts_after_fenbie_are_a_breakdown(self):
        assert verdicts("parts_and_whole", "新建绿道3.4公里，分别是东段2.2公里、西段1.2公里。") == ["pass"]
        assert verdicts("parts_and_whole", "新建绿道3.4公里，分别是东段2.2公里、西段1.0公里。") == ["fail"]

    def test_silent_on_separate_products_and_on_parts_far_from_any_whole(self):
        assert found("parts_and_whole", "其中：钢材15.9万吨，增长79.9%；铝材14.3万吨，增长17.2%；乳制品1.6万吨，增长13.2%。") == []
        assert found("parts_and_whole", "全市生产总值900.0亿元。第一产业投资27.6亿元，第二产业投资255.5亿元，第三产业投资307.5亿元。") == []


# --- 3. share from amounts ----------------------------------------------------------------------------
class TestShareOfWhole:
    TEXT = "全市社会消费品零售总额186.4亿元，同比增长7.1%。其中，餐饮收入26.1亿元，占社会消费品零售总额的{}%。"

    def test_share_recomputed_from_the_amounts(self):
        [c] = found("share_of_whole", self.TEXT.format("14.0"))
        assert c.verdict == "pass" and c.recomputed == "14.0%"

    def test_share_that_does_not_match_fails(self):
        [c] = found("share_of_whole", self.TEXT.format("15.0"))
        assert c.verdict == "fail" and c.printed == c.figures[-1]

    def test_share_of_a_whole_not_printed_is_silent(self):
        assert found("share_of_whole", "餐饮收入26.1亿元，占社会消费品零售总额的14.0%。") == []

    def test_share_of_counted_things(self):
        assert verdicts("share_of_whole", "37个大类行业中21个行业生产实现增长，增长面为56.8%。") == ["pass"]
        assert verdicts("share_of_whole", "37个大类行业中21个行业生产实现增长，增长面为58.6%。") == ["fail"]


# --- 4. shares summing ---------------------------------------------------------------------------------
class TestSharesSum:
    @pytest.mark.parametrize("text", ["第一产业占比10.2%，第二产业占比39.5%，第三产业占比50.3%。",
                                      "三次产业结构为10.2:39.5:50.3。",
                                      "农业产值11.4亿元，占51.1%；林业产值1.3亿元，占5.8%，畜牧业产值9.5亿元，占42.6%，渔业产值0.1亿元，占0.5%。",
                                      "关中、陕北、陕南占全省县域生产总值的比重分别为35.7%、46.7%、17.6%。"])
    def test_shares_in_every_wording(self, text):
        assert verdicts("shares_sum", text) == ["pass"]

    @pytest.mark.parametrize("text", ["第一产业占比10.2%，第二产业占比39.5%，第三产业占比52.3%。", "三次产业结构为10.2:39.5:52.3。"])
    def test_shares_that_miss_100(self, text):
        assert verdicts("shares_sum", text) == ["fail"]

    def test_silent_on_unrelated_shares(self):
        assert found("shares_sum", "全市工业占全省比重49.2%，制造业占比73.4%。") == []
        assert found("shares_sum", "全县生产总值占全市的比重为54.2%。三次产业结构为11.0:39.0:50.0。") == [] or \
            verdicts("shares_sum", "全县生产总值占全市的比重为54.2%。三次产业结构为11.0:39.0:50.0。") == ["pass"]


# --- 5. percentage-point gaps -------------------------------------------------------------------------
class TestPointGaps:
    @pytest.mark.parametrize("text", [
        "全市生产总值增长8.4%，比全省（7.7%）和全国（7.0%）分别高0.7、1.4个百分点。",
        "全市生产总值同比增长6.7%。第三产业增加值增长7.6%，快于全市经济增速0.9个百分点。",
        "规模以上工业增加值同比增长4.8%。装备制造业和高技术制造业增加值同比分别增长13.0%、9.8%，快于规模以上工业8.2、5.0个百分点。",
        "全市规上工业增加值增长29%。六大主导产业增加值增长33.3%，高于全市平均水平4.3个百分点。",
        "限上单位消费品零售额26.65亿元，同比增长18.0%。增速比1—2月（55.4%）回落37.4个百分点。",
    ])
    def test_both_rates_printed(self, text):
        assert verdicts("point_gap", text) == ["pass"] * len(found("point_gap", text)) and found("point_gap", text)

    def test_a_gap_that_does_not_match_fails(self):
        assert verdicts("point_gap", "全市生产总值增长8.4%，比全省（7.7%）高0.9个百分点。") == ["fail"]
        assert verdicts("point_gap", "全市规上工业增加值增长29%。六大主导产业增加值增长33.3%，高于全市平均水平5.3个百分点。") == ["fail"]

    @pytest.mark.parametrize("text, implied", [("全市规上工业增加值同比增长9.0%，增速高于全省规上工业增加值增速13.7个百分点。", -4.7),
                                               ("县区规上工业增加值增速5.4%，较上年同期提高17.3个百分点。", -11.9),
                                               ("全市规上工业增加值同比增长6.4%，比6月份回落1.9个百分点。", 8.3),
                                               ("全市规上工业增加值增长8.1%，快了1.2个百分点。", 6.9)])
    def test_one_rate_implied_is_info(self, text, implied):
        [c] = found("implied_value", text)
        assert c.verdict == "info" and c.expected.value == pytest.approx(implied)

    def test_an_average_of_another_indicator_is_not_compared(self):
        """全省平均水平 of 第一产业 is the province's primary-industry rate, not the counties' total."""
        text = "全省县域实现生产总值11268.4亿元，同比增长6.3%。其中，第一产业增加值1238.2亿元，同比增长4.3%，比全省平均水平快0.5个百分点。"
        assert found("point_gap", text) == [] and verdicts("implied_value", text) == ["info"]

    def test_silent_without_a_base_rate(self):
        assert found("implied_value", "增速高于全省13.7个百分点。") == [] and found("point_gap", "增速高于全省13.7个百分点。") == []

    @pytest.mark.parametrize("opening", ["进出口、出口、进口增速分别较全国高", "1-8月全市进出口、出口、进口累计增幅分别高于全国平均水平"])
    def test_gaps_listed_after_their_rates_go_to_the_rates_their_names_name(self, opening):
        """The rates stand in the sentences before, one clause each; the names before 分别 say which gap is whose."""
        text = ("全市进出口总值620.4亿元，增长26.5%。其中，出口368.1亿元，增长27.5%；进口252.3亿元，增长25.1%。"
                f"{opening}4.5、5.7和2.9个百分点。")
        implied = sorted((c.expected.value, c.values[-1]) for c in found("implied_value", text))
        assert implied == [(pytest.approx(21.8), 5.7), (pytest.approx(22.0), 4.5), (pytest.approx(22.2), 2.9)]

    @pytest.mark.parametrize("opening", ["增速分别较全国高", "出口、进口增速分别较全国高", "进口、出口、进出口增速分别较全国高"])
    def test_gaps_whose_rates_are_not_named_in_order_are_silent(self, opening):
        """Without the names, or with names that do not follow the rates' order, which gap is whose is a guess."""
        text = ("全市进出口总值620.4亿元，增长26.5%。其中，出口368.1亿元，增长27.5%；进口252.3亿元，增长25.1%。"
                f"{opening}4.5、5.7和2.9个百分点。")
        assert found("implied_value", text) == [] and found("point_gap", text) == []


# --- 6. two-year average ------------------------------------------------------------------------------
class TestTwoYearAverage:
    @pytest.mark.parametrize("text", ["全市GDP增长18.4%，比2019年同期增长12.4%，两年平均增长6.0%。",
                                      "第一产业增加值增长6.2%，比2019年同期下降3.7%，两年平均下降1.9%。",
                                      "6月份，社会消费品零售总额同比增长12.1%；比2019年6月份增长10.0%，两年平均增速为4.9%。"])
    def test_square_root_of_two_years(self, text):
        assert verdicts("two_year_average", text) == ["pass"]

    def test_a_wrong_average_fails(self):
        [c] = found("two_year_average", "全市GDP增长18.4%，比2019年同期增长12.4%，两年平均增长6.2%。")
        assert c.verdict == "fail" and c.recomputed == "6.0%"

    def test_silent_without_the_rate_against_two_years_before(self):
        assert found("two_year_average", "全市GDP同比增长12.8%，两年平均增长6.0%。") == []


# --- 7. growth of a whole from its parts, compound growth ---------------------------------------------
class TestGrowthOfWhole:
    def test_nominal_whole_is_the_weighted_mean_of_its_parts(self):
        text = ("全市社会消费品零售总额52130亿元，同比下降20.5%。按经营单位所在地分，城镇消费品零售额44881亿元，同比下降20.7%；"
                "乡村消费品零售额7249亿元，下降19.0%。")
        [c] = found("growth_of_whole", text)
        assert c.verdict == "pass" and c.recomputed == "-20.5%"

    def test_weights_that_do_not_reconcile_warn(self):
        """Bases may be revised for comparability (同口径): a miss warns, it does not fail."""
        text = "全市社会消费品零售总额251.12亿元，同比增长7.3%。按消费类型分，商品零售210.05亿元，增长6.1%；实现餐饮收入41.07亿元，增长15.8%。"
        assert verdicts("growth_of_whole", text) == ["warn"]

    def test_real_growth_lies_between_the_parts(self):
        text = ("上半年，全市生产总值735.4亿元，同比增长12.8%。分产业看，第一产业增加值31.4亿元，增长8.1%；"
                "第二产业增加值378.0亿元，增长11.1%；第三产业增加值326.0亿元，增长15.3%。")
        assert verdicts("growth_of_whole", text) == ["pass"]
        assert verdicts("growth_of_whole", text.replace("同比增长12.8%", "同比增长16.8%")) == ["fail"]

    def test_rates_only_lie_between(self):
        assert verdicts("growth_of_whole", "全市固定资产投资增长5.8%。分产业看，第一产业增长9.1%；第二产业增长10.3%；第三产业增长2.6%。") == ["pass"]

    @pytest.mark.parametrize("year, period", [(2021, "2021年1-11月，"), (2024, "2024年前三季度，"), (2019, "2019年，")])
    def test_a_rate_against_last_year_named_by_its_number_is_plain_growth(self, year, period):
        """比2020年同期 in a sentence on 2021 is last year's: the whole's rate is read with its parts'."""
        text = (f"{period}全市进出口总值6252.3亿元，比{year - 1}年同期增长26.5%。其中，出口3671.3亿元，增长27.5%；"
                "进口2581亿元，增长25.1%。")
        [c] = found("growth_of_whole", text)
        assert c.verdict == "pass" and c.recomputed == "26.5%"

    @pytest.mark.parametrize("period", ["2021年1-11月，", "前11个月，", ""])
    def test_a_rate_against_a_year_further_back_is_not_plain_growth(self, period):
        """比2019年同期 in 2021 (or in a sentence that names no year) spans two years: it is no whole of yearly parts."""
        text = (f"{period}全市进出口总值6252.3亿元，比2019年同期增长36.5%。其中，出口3671.3亿元，增长27.5%；"
                "进口2581亿元，增长25.1%。")
        assert found("growth_of_whole", text) == []

    def test_two_year_averages_do_not_mix_with_plain_rates(self):
        text = "城镇消费品零售额184098亿元，同比增长23.3%，两年平均增长4.4%；乡村消费品零售额27807亿元，增长21.4%，两年平均增长4.0%。"
        assert found("growth_of_whole", "社会消费品零售总额211904亿元，同比增长23.0%。" + text) == \
            found("growth_of_whole", "社会消费品零售总额211904亿元，同比增长23.0%。" + text)
        assert all(c.verdict == "pass" for c in found("growth_of_whole", "社会消费品零售总额211904亿元，同比增长23.0%。" + text))

    def test_compound_growth_over_consecutive_years(self):
        assert verdicts("compound_growth", "全市生产总值2022年增长10.0%，2023年增长8.0%，两年累计增长18.8%。") == ["pass"]
        assert verdicts("compound_growth", "全市生产总值2022年增长10.0%，2023年增长8.0%，两年累计增长18.0%。") == ["fail"]
        assert found("compound_growth", "全市生产总值2022年增长10.0%，2023年增长8.0%。") == []


# --- 8. share change from the growth gap ----------------------------------------------------------------
class TestShareChange:
    TEXT = "全市生产总值同比增长3.4%。服务业增加值同比增长5.3%，占全市生产总值的比重为55.3%，同比{}。"

    def test_faster_part_raises_its_share(self):
        assert verdicts("share_change", self.TEXT.format("提高1.2个百分点")) == ["pass"]

    def test_a_share_said_to_fall_while_the_part_grows_much_faster_fails(self):
        text = "全市生产总值同比增长3.4%。服务业增加值同比增长12.3%，占全市生产总值的比重为55.3%，同比下降1.5个百分点。"
        assert verdicts("share_change", text) == ["fail"]

    def test_silent_when_the_growth_gap_is_small(self):
        text = "全市生产总值同比增长3.4%。服务业增加值同比增长3.8%，占全市生产总值的比重为55.3%，同比提高1.2个百分点。"
        assert found("share_change", text) == []


# --- 9. pull = contribution x growth ------------------------------------------------------------------------
class TestPullProduct:
    BASE = "全市规上工业增加值同比增长9.0%。开发区对全市规上工业增加值增速的贡献率为85.7%，拉动全市规上工业增加值增速{}个百分点。"

    def test_consistent(self):
        [c] = found("pull_product", self.BASE.format("7.7"))
        assert c.verdict == "pass" and c.expected.value == pytest.approx(7.713, abs=1e-3)

    def test_inconsistent(self):
        assert verdicts("pull_product", self.BASE.format("6.7")) == ["fail"]

    def test_growth_of_the_whole_only_implied(self):
        """29.8% is 14.2 points above the average, so the whole grew 15.6%: 13.7% of it is 2.1 points."""
        text = ("国有控股企业工业总产值可比增长29.8%，增幅比全市平均水平高14.2个百分点，"
                "对规模以上工业经济增长的贡献率达13.7%，拉动规模以上工业经济增长{}个百分点。")
        assert verdicts("pull_product", text.format("2.1")) == ["pass"]
        assert verdicts("pull_product", text.format("3.1")) == ["fail"]

    def test_contribution_printed_as_an_approximation(self):
        text = "全市规上工业增加值同比增长10.0%。制造业增加值对全市规上工业增长的贡献率超过四成，拉动全市规上工业增长{}个百分点。"
        assert verdicts("pull_product", text.format("4.5")) == ["pass"]
        assert verdicts("pull_product", text.format("6.5")) == ["fail"]

    def test_silent_without_a_contribution(self):
        assert found("pull_product", "全市规上工业增加值同比增长9.0%。开发区拉动全市规上工业增加值增速7.7个百分点。") == []


class TestCoverTheWhole:
    def test_contribution_rates_sum_to_100(self):
        text = "全市规上工业增加值增长9.0%。开发区对全市规上工业增加值增速的贡献率为85.7%；县区对全市规上工业增加值增速的贡献率为{}%。"
        assert verdicts("contributions_sum", text.format("14.3")) == ["pass"]
        assert verdicts("contributions_sum", text.format("12.3")) == ["fail"]

    def test_contribution_rates_sum_to_a_printed_subtotal(self):
        text = ("其中电气机械和器材制造业（同比增长5.9%，贡献率为28.1%），计算机制造业（同比增长7.0%，贡献率为15.9%），"
                "文教用品制造业（同比增长20.1%，贡献率为12.2%），三大行业贡献率达{}%。")
        assert verdicts("contributions_sum", text.format("56.2")) == ["pass"]
        assert verdicts("contributions_sum", text.format("57.2")) == ["fail"]

    @pytest.mark.parametrize("county, verdict", [("1.3", ["pass"]), ("1.5", [])])
    def test_pulls_of_parts_not_known_to_cover_the_whole_only_pass(self, county, verdict):
        """Two zones may or may not be the whole city: their pulls adding up is said, a miss is not (the leading
        industries' pulls come near the whole's growth without covering it)."""
        text = f"全市规上工业增加值同比增长9.0%。开发区拉动全市规上工业增加值增速7.7个百分点，县区拉动全市规上工业增加值增速{county}个百分点。"
        assert verdicts("pulls_sum", text) == verdict

    @pytest.mark.parametrize("tertiary, verdict", [("2.9", "pass"), ("3.4", "fail")])
    def test_pulls_of_a_complete_breakdown_sum_to_the_total_growth(self, tertiary, verdict):
        text = (f"全县地区生产总值同比增长6.5%。第一产业拉动地区生产总值增长0.4个百分点，第二产业拉动地区生产总值增长3.2个百分点，"
                f"第三产业拉动地区生产总值增长{tertiary}个百分点。")
        assert verdicts("pulls_sum", text) == [verdict]

    def test_leading_industries_pulls_short_of_the_growth_say_nothing(self):
        text = ("前三季度，全市规模以上工业增加值同比增长6.4%。其中，化工行业同比增长5.2%，拉动全市规模以上工业2.1个百分点；"
                "有色行业同比增长9.8%，拉动全市规模以上工业1.6个百分点；电子行业同比增长12.4%，拉动全市规模以上工业1.3个百分点；"
                "纺织行业同比增长3.1%，拉动全市规模以上工业0.5个百分点。")
        assert found("pulls_sum", text) == []

    def test_pulls_of_sub_parts_are_not_added_to_their_parent(self):
        text = ("全市规上工业增加值同比增长10.2%。制造业增加值同比增长10.5%，拉动全市规上工业增长9.2个百分点。食品制造业、纺织业、农副食品加工业"
                "分别拉动全市规上工业增长1.3个、0.9个、1.8个百分点。")
        assert found("pulls_sum", text) == []

    def test_silent_on_a_lone_contribution_rate_and_on_pulls_without_their_growth(self):
        assert found("contributions_sum", "全市规上工业增加值增长9.0%。制造业对全市规上工业增加值的贡献率为91.2%。") == []
        assert found("pulls_sum", "开发区拉动增速7.7个百分点，县区拉动增速1.3个百分点。") == []


class TestContributionFromShare:
    TEXT = "全市规上工业增加值同比增长9.0%。制造业增加值占全市规上工业增加值比重73.4%，同比增长10.3%，对全市规上工业增加值的贡献率为{}%。"

    def test_reconciles(self):
        assert verdicts("contribution_from_share", self.TEXT.format("83.0")) == ["pass"]

    def test_does_not_reconcile_warns_never_fails(self):
        [c] = found("contribution_from_share", self.TEXT.format("91.2"))
        assert c.verdict == "warn" and "83.02" in c.message_en and "91.2" in c.message_en

    def test_skipped_when_total_growth_is_near_zero(self):
        assert found("contribution_from_share", self.TEXT.format("91.2").replace("同比增长9.0%", "同比增长0.5%")) == []


# --- 10. multiples ------------------------------------------------------------------------------------------
class TestMultiples:
    @pytest.mark.parametrize("text", ["全市光伏产值由上年的12亿元增加到27.6亿元，增长1.3倍。",
                                      "全市光伏产值由上年的12亿元增至27.6亿元，是上年的2.3倍。"])
    def test_the_two_readings_of_bei(self, text):
        assert verdicts("multiple", text) == ["pass"]

    def test_a_multiple_that_does_not_match_fails(self):
        assert verdicts("multiple", "全市光伏产值由上年的12亿元增加到27.6亿元，增长2.3倍。") == ["fail"]

    def test_doubling(self):
        assert verdicts("multiple", "全市光伏产值由上年的12亿元增加到24.5亿元，实现翻番。") == ["pass"]
        assert verdicts("multiple", "全市光伏产值由上年的12亿元增加到18.5亿元，实现翻番。") == ["fail"]

    def test_silent_on_a_multiple_without_two_amounts(self):
        assert found("multiple", "光电子器件增长4.7倍，铝材增长164.5%。") == []

    def test_fastest_growth_ranks_multiples_with_percentages(self):
        from xining.narrative import narrative

        text = narrative(article("新能源汽车产量增长2.8倍，工业机器人产量增长42.3%，集成电路产量增长41.3%。"), "en")
        assert "fastest growth is 新能源汽车产量 (+280%, 增长2.8倍)" in text  # ranked as +280%, printed form beside


# --- 10b. ratios of two amounts ---------------------------------------------------------------------------------
URBAN_RURAL = "全年城镇居民人均可支配收入{u}元，增长3.2%；农村居民人均可支配收入{r}元，增长5.2%。"


class TestRatio:
    @pytest.mark.parametrize("ratio", ["城乡居民收入比1.54，较上年下降0.03。", "城乡居民收入比为1.54。",
                                       "城乡收入比持续缩小，由上年同期的1.58:1下降为1.54:1。", "城乡居民收入之比为1.54∶1。"])
    def test_a_ratio_of_the_pairs_amounts_that_holds_passes(self, ratio):
        art = article(URBAN_RURAL.format(u=69410, r=45071) + ratio)
        [c] = [c for c in art.checks if c.rule == "ratio"]  # (the earlier period's 1.58:1 is not this period's)
        assert c.verdict == "pass" and texts(art, c)[:2] == ["69410元", "45071元"] and c.recomputed == "1.540"

    @pytest.mark.parametrize("ratio, verdict", [("1.64", "fail"), ("1.5", "pass"), ("1.6", "warn"), ("1.545", "fail"),
                                                ("2.5", "fail")])
    def test_a_ratio_beyond_rounding_fails(self, ratio, verdict):
        """Within half a printed unit of the recomputed 1.540 a miss is a warn (1.6), beyond it a fail."""
        assert verdicts("ratio", URBAN_RURAL.format(u=69410, r=45071) + f"城乡居民收入比{ratio}。") == [verdict]

    def test_a_ratio_of_spending_reads_the_spending_amounts(self):
        text = "城镇居民人均消费支出30000元，农村居民人均消费支出15000元，城乡居民消费支出比2.5:1。"
        assert verdicts("ratio", "城镇居民人均可支配收入52000元，农村居民人均可支配收入20800元。" + text) == ["fail"]

    @pytest.mark.parametrize("text", [
        "上半年城镇居民人均可支配收入26000元，全年城镇居民人均可支配收入52000元，农村居民人均可支配收入26000元，城乡居民收入比2.0。",
        "城镇居民人均可支配收入52000元，城乡居民收入比2.0。",  # one side only
        "主队以3:1战胜客队，城镇居民人均可支配收入52000元，农村居民人均可支配收入26000元。",  # a score is no ratio
        "全市投入产出比为1:5，城镇居民人均可支配收入52000元，农村居民人均可支配收入26000元。",
    ])
    def test_silent_when_a_side_is_missing_or_ambiguous(self, text):
        assert found("ratio", text) == [] and found("multiple", text) == []

    def test_a_ratio_is_a_figure_of_its_own_and_no_growth(self):
        art = article(URBAN_RURAL.format(u=69410, r=45071) + "城乡收入比由上年同期的1.58:1下降为1.54:1。")
        ratios = [(f.text, f.kind, f.subject, f.normalized_value) for f in art.figures if f.normalized_unit == "x"]
        assert ratios == [("1.58:1", "multiple", "城乡收入比", 1.58), ("1.54:1", "multiple", "城乡收入比", 1.54)]
        assert found("multiple", URBAN_RURAL.format(u=69410, r=45071) + "城乡居民收入比1.54。") == []


# --- 11. thresholds --------------------------------------------------------------------------------------------
class TestThreshold:
    def test_every_value_listed_clears_the_bar(self):
        assert verdicts("threshold", "甲、乙、丙三项指标分别增长25.1%、30.2%、21.0%，均超两成。") == ["pass"]
        assert verdicts("threshold", "7类商品同比增速超过10%。其中，饮料类同比增长60.4%，汽车类同比增长24.9%，服装类同比增长15.7%。") == ["pass"]

    def test_a_value_below_the_bar_fails(self):
        assert verdicts("threshold", "甲、乙、丙三项指标分别增长25.1%、30.2%、19.0%，均超两成。") == ["fail"]
        assert verdicts("threshold", "三个县区的覆盖率分别为95.2%、91.0%、88.5%，均在90%以上。") == ["fail"]

    def test_a_bar_about_another_measure_is_silent(self):
        """两年平均增速均超过14% speaks of averages that are not printed, not of the year-on-year rates listed."""
        text = "新能源汽车、工业机器人、集成电路产量同比分别增长162.7%、42.3%、10.3%，两年平均增速均超过14%。"
        assert found("threshold", text) == []


# --- 12. approximation words -------------------------------------------------------------------------------------
class TestApproximation:
    @pytest.mark.parametrize("word, verdict", [("近六成", "pass"), ("超五成", "pass"), ("近五成", "fail"), ("超六成", "fail"),
                                               ("约六成", "pass"), ("约五成", "warn")])
    def test_42_of_76(self, word, verdict):
        assert verdicts("approximation", f"在统的76种工业产品中，42种产品产量保持增长，占比{word}。") == [verdict]

    def test_counts_in_the_next_sentence(self):
        assert verdicts("approximation", "近六成行业实现增长。37个大类行业中21个行业生产实现增长。") == ["pass"]
        assert verdicts("approximation", "超过六成行业实现增长。486个企业中252个企业实现增长。") == ["fail"]

    def test_silent_without_counts(self):
        assert found("approximation", "高端制造业占比近70%。") == []


# --- 13. headline against body -------------------------------------------------------------------------------------
class TestHeadline:
    BODY = "本报讯（记者 张三）1月—2月，全市规上工业增加值同比增长9.0%。"

    def test_headline_figure_in_body(self):
        assert verdicts("headline", self.BODY, headline="前两个月我市规上工业增加值增长9.0%") == ["pass"]

    def test_headline_figure_differs(self):
        assert verdicts("headline", self.BODY, headline="前两个月我市规上工业增加值增长9.5%") == ["fail"]

    def test_the_sign_counts(self):
        body = "本报讯（记者 张三）前三季度，全市规上工业企业营业收入同比下降2.3%。"
        assert verdicts("headline", body, headline="我市规上工业企业营业收入增长2.3%") == ["fail"]

    def test_qualifiers_on_both_sides(self):
        body = "本报讯（记者 张三）截至目前，全市共有科技型企业2315家。"
        assert verdicts("headline", body, headline="我市科技型企业达2000多家") == ["pass"]

    def test_silent_without_headline_figures(self):
        assert found("headline", self.BODY, headline="全市工业经济平稳增长") == []


# --- 14. list counts ----------------------------------------------------------------------------------------------
class TestListCounts:
    """A fail only on a plain reading: short names enumerated with 、 right by the count, the count's noun
    their kind. Numbered points are counted as points, and only when every point the count promises is found."""

    @pytest.mark.parametrize("text", ["江苏、浙江、广东三省占比45%。", "打造光伏制造、锂电储能、特色化工和合金新材料三大产业集群。",
                                      "新能源汽车、装备工业、集成电路、新型显示、生物医药等五大产业集群。",
                                      "农副食品加工业增长28.9%，食品制造业增长15.9%，仪器仪表制造业增长12.7%，三大传统行业合计贡献率达到47.7%。",
                                      "钢材、水泥、平板玻璃三类产品产量增长。", "农产品、工业品以及服务业三大门类。",
                                      "东山县、西山县两个县率先试点。", "会议研究了稳增长、调结构两个方面的工作。",
                                      "主要产品分为三类：钢材、水泥、平板玻璃。", "北京、上海两个城市参加试点。", "江苏、浙江两省占比30%。",
                                      "江苏、浙江、广东共三省。", "高中、初中两类学校。", "有色金属、黑色金属两大类。"])
    def test_counts_that_agree(self, text):
        assert verdicts("list_count", text) == ["pass"]

    def test_an_open_list_names_at_least_what_is_listed(self):
        assert verdicts("list_count", "新能源汽车、装备工业、集成电路等五个方面。") == ["pass"]
        assert verdicts("list_count", "新能源汽车、装备工业、集成电路、新型显示、生物医药、新材料等五个方面。") == ["fail"]
        assert verdicts("list_count", "光伏制造、锂电储能、特色化工等两大产业产值增长。") == ["fail"]
        assert verdicts("list_count", "钢材、水泥、平板玻璃、铝材等三类产品产量增长。") == ["fail"]
        assert verdicts("list_count", "东湖、西山、南塘等近10处景点免费开放。") == ["pass"]

    def test_a_count_before_its_list(self):
        assert verdicts("list_count", "我市形成三大产业集群：光伏制造、锂电储能、特色化工。") == ["pass"]
        assert verdicts("list_count", "我市形成四大产业集群：光伏制造、锂电储能、特色化工。") == ["fail"]
        assert verdicts("list_count", "我市形成两大产业集群：光伏制造、锂电储能、特色化工。") == ["fail"]
        assert verdicts("list_count", "主要产品分为四类：钢材、水泥、平板玻璃。") == ["fail"]
        assert verdicts("list_count", "重点抓好五个方面，包括稳投资、促消费、扩开放等。") == ["pass"]
        assert verdicts("list_count", "重点抓好五个方面，包括稳投资、促消费、扩开放。") == ["pass"]  # 包括: some of them
        assert verdicts("list_count", "重点抓好五个方面，包括稳投资、促消费、扩开放、保就业、惠民生、防风险。") == ["fail"]

    @pytest.mark.parametrize("text", ["江苏、浙江、广东四省占比45%。", "江苏、浙江三省占比45%。", "江苏、浙江、广东两省占比45%。",
                                      "美国、日本、德国两国企业参展。", "钢材、水泥、平板玻璃两类产品产量增长。",
                                      "北京市、上海市、天津市两个城市率先试点。", "东山县、西山县三个县率先试点。",
                                      "会议研究了稳增长、调结构、惠民生两个方面的工作。"])
    def test_count_that_disagrees(self, text):
        assert verdicts("list_count", text) == ["fail"]

    def test_listed_industries_before_yishang(self):
        text = "其中：甲业增长3.1%，乙业增长4.2%，丙业增长5.0%，以上三个行业合计占比40.0%。"
        assert verdicts("list_count", text) == ["pass"]
        assert verdicts("list_count", text.replace("三个", "四个")) == ["fail"]

    def test_where_the_figures_summed_up_begin_is_unclear(self):
        """Without 其中 or a colon the total before the parts may be counted with them: no fail."""
        text = "全市规上工业增长5.0%，甲业增长3.1%，乙业增长4.2%，丙业增长5.0%，以上三个行业合计占比40.0%。"
        assert "fail" not in verdicts("list_count", text)

    @pytest.mark.parametrize("text", ["线路途经临江市、北岸区11个乡镇40个村。", "线路途经临江市、北岸区11个乡镇。",
                                      "项目覆盖东山县、西山县8个乡镇。", "志愿服务走进南湖区、北湖区20个社区。",
                                      "北京、上海20个城市参加试点。", "江苏、浙江四市联合开展试点。",
                                      "钢铁、水泥行业三大企业。", "纺织、服装行业两个项目。", "东村、西村、南村中两个村试点。",
                                      "甲、乙、丙分属两类。", "甲、乙、丙各两类。", "甲、乙、丙同属一类。"])
    def test_names_that_hold_what_is_counted_are_not_its_list(self, text):
        """A count of townships after two districts counts what lies in them; so may cities after two provinces,
        firms after two industries, and a count after 分属, 各 or 中 (what the names fall into, each, among them)."""
        assert found("list_count", text) == []

    POINTS_OF_FIRST = "今年重点抓好{}大任务：第一，稳定工业增长。第二，扩大有效投资。第三，提振居民消费。"

    @pytest.mark.parametrize("count, expected", [("三", ["pass"]), ("两", ["fail"]), ("四", [])])
    def test_points_numbered_first_second_across_sentences(self, count, expected):
        """第一/第二/第三 open sentences: three points; 四大 with three found says nothing (one may be numbered otherwise)."""
        assert verdicts("list_count", self.POINTS_OF_FIRST.format(count)) == expected

    def test_points_across_paragraphs(self):
        paragraphs = ["今年重点抓好三大任务。", "第一，稳定工业增长，扶持甲、乙、丙等骨干企业。", "第二，扩大有效投资。",
                      "第三，提振居民消费。"]
        assert verdicts("list_count", *paragraphs) == ["pass"]
        assert verdicts("list_count", *paragraphs[:3]) == []

    @pytest.mark.parametrize("text, expected", [
        ("项目建设分三个时期：第一个时期是规划设计。第二个时期是施工建设。第三个时期是验收运营。", ["pass"]),
        ("工作分为三个部分：（一）摸底调研；（二）分析研判；（三）总结推广。", ["pass"]),
        ("工作分为两个部分：（一）摸底调研；（二）分析研判；（三）总结推广。", ["fail"]),
        ("考核分两个层次：其一，对部门考核；其二，对个人考核。", ["pass"]),
        ("主要有三条措施：第一条措施是加快建设。第二条措施是强化服务。第三条措施是完善机制。", ["pass"]),
    ])
    def test_other_numberings_of_points(self, text, expected):
        assert verdicts("list_count", text) == expected

    ROUTES = ("稳岗措施有{}条：一是减负稳岗，落实社保减免、失业保险返还、培训补贴、贷款贴息、税费缓缴等政策。"
              "二是扩岗增岗。{}")

    @pytest.mark.parametrize("count, third, expected", [("三", "三是兜底安置。", ["pass"]), ("三", "", []),
                                                         ("两", "三是兜底安置。", ["fail"]), ("两", "", ["pass"])])
    def test_points_whose_first_holds_a_list(self, count, third, expected):
        """一是…二是…三是 are the points; the names with 、 inside the first one are not what 三条 counts."""
        assert verdicts("list_count", self.ROUTES.format(count, third)) == expected

    def test_points_stop_where_a_new_enumeration_starts(self):
        text = ("重点做好{}个方面工作：一是稳投资，扩大有效投资、优化投资结构；二是促消费；三是扩开放；四是保民生。"
                "会议要求，一是压实责任，二是强化督导。")
        assert verdicts("list_count", text.format("四")) == ["pass"]
        assert verdicts("list_count", text.format("三")) == ["fail"]
        assert verdicts("list_count", text.format("五")) == []

    @pytest.mark.parametrize("text", ["把群众最关心的事办好、让企业的诉求有回应这三件事要抓实。",  # clauses, not names
                                      "我市形成三大产业集群：其中光伏制造、锂电储能发展迅速。",  # some of them, in a sentence
                                      "我市形成三大产业集群：光伏制造、锂电储能发展迅速。",  # the last carries the predicate
                                      "我市形成三大产业集群：光伏制造、锂电储能，特色化工紧随其后。",  # more after the comma
                                      "通报了两个情况：东村、西村、南村三地受灾严重。",  # a sentence after the colon
                                      "东湖、西山、南塘近10处景点免费开放。",  # an approximate count of a closed list
                                      "其中，产值1亿元以上企业12家，5000万元以上三家企业增长较快。"])  # 以上 of a figure
    def test_uncertain_readings_say_nothing(self, text):
        assert found("list_count", text) == []

    @pytest.mark.parametrize("text", ["其中热线接收37件、应急局接收5件。", "推进“一个创新基地、三个中心城市”建设。",
                                      "长江、珠江三角洲地区。", "成渝、关中二级城市群。", "推动长三角一体化发展。",
                                      "销量进入全国前十名。", "客商来自四面八方。", "上海、江苏、浙江、安徽三省一市联合发布。",
                                      "推动规划、标准、监管三位一体的衔接。"])
    def test_words_that_only_look_like_counts_never_fire(self, text):
        assert found("list_count", text) == []


# --- 15. repeated statements ----------------------------------------------------------------------------------------
class TestRepeated:
    def test_same_statement_twice(self):
        [c] = found("repeated", "其中：铁合金12.1万吨，增长3.9%；铝材14.3万吨，增长17.2%；铁合金12.1万吨，增长3.9%。")
        assert c.verdict == "warn" and len(c.figures) == 4

    def test_same_value_for_different_subjects_is_not_a_repeat(self):
        assert found("repeated", "钢材增长3.9%，铝材增长3.9%。") == []
        assert found("repeated", "全市生产总值增长6.0%，两年平均增长4.1%；第三产业增加值增长6.6%，两年平均增长4.1%。") == []


# --- signs, ranges and granularity ----------------------------------------------------------------------------------
class TestSignsAndRanges:
    @pytest.mark.parametrize("text", ["工业投资增长-3.5%。", "工业投资下降-3.5%。", "制造业占比103.5%。"])
    def test_fails(self, text):
        assert verdicts("sign_range", text) == ["fail"]

    @pytest.mark.parametrize("text", ["工业投资增长3.5%。", "工业投资下降3.5%。", "制造业占比73.4%。", "增速为-4.7%。"])
    def test_silent_on_sound_figures(self, text):
        assert found("sign_range", text) == []


class TestGranularity:
    def test_possible_and_impossible_percentages(self):
        assert verdicts("granularity", "共调查企业76家，其中盈利企业占比55.3%。") == ["pass"]
        assert verdicts("granularity", "共调查企业76家，其中盈利企业占比55.0%。") == ["fail"]

    def test_silent_without_a_base_count(self):
        assert found("granularity", "盈利企业占比55.0%。") == []


# --- readings that looked like relations on unseen releases ----------------------------------------------------------
class TestBreakdownReadings:
    """Which amount is a whole: a level, not the change printed beside it; not a peer listed after a semicolon;
    not an amount per head, a median or a yield per hectare."""

    @pytest.mark.parametrize("tax, verdict", [("610", "pass"), ("630", "fail")])
    def test_parts_after_a_change_go_to_the_level_before_it(self, tax, verdict):
        text = f"全市财政收入860亿元，比上年增加52亿元，增长6.4%。其中，税收收入{tax}亿元、非税收入250亿元。"
        [c] = found("parts_and_whole", text)
        assert c.verdict == verdict and c.values[0] == 860

    def test_the_change_of_a_subset_may_exceed_the_change_of_the_whole(self):
        text = "全市在建项目1200个，比上年减少80个。其中，新开工项目700个，比上年减少150个。"
        assert [(c.values[0], c.verdict) for c in found("parts_and_whole", text)] == [(1200, "pass")]
        restated = "全县粮食产量42万吨，比上年增产1.2万吨（2.4亿斤），增长2.9%。其中，秋粮产量30万吨，增长3.1%。"
        assert all(c.verdict == "pass" for c in found("parts_and_whole", restated))

    @pytest.mark.parametrize("urban, verdict", [("19.4", "pass"), ("21.4", "fail")])
    def test_a_level_reached_is_a_whole_not_a_change(self, urban, verdict):
        text = f"全市旅游收入由上年的12亿元增加到27.6亿元，其中乡村旅游收入8.2亿元、城市旅游收入{urban}亿元。"
        [c] = found("parts_and_whole", text)
        assert c.verdict == verdict and c.values[0] == 27.6

    @pytest.mark.parametrize("imports, verdict", [("210", "pass"), ("230", "fail")])
    def test_respectively_in_the_whole_s_clause_lists_its_parts(self, imports, verdict):
        text = f"全市外贸进出口总值520亿元，出口、进口分别为310亿元、{imports}亿元。"
        assert verdicts("parts_and_whole", text) == [verdict]

    def test_respectively_after_a_semicolon_lists_peers_of_the_whole(self):
        text = "对甲国进出口300亿元，增长5.0%；对乙国、丙国分别进出口280亿元、250亿元，分别增长3.1%、2.4%。"
        assert found("parts_and_whole", text) == []

    def test_medians_per_head_and_yields_per_hectare_do_not_add_up(self):
        median = "上半年，全市居民人均可支配收入中位数16800元，增长6.1%。其中，城镇居民人均可支配收入中位数24100元，增长5.2%。"
        yields = "全县粮食单位面积产量6100公斤/公顷，比上年增加120公斤/公顷。其中，水稻产量7300公斤/公顷，玉米产量6600公斤/公顷。"
        assert found("parts_and_whole", median) == [] and found("parts_and_whole", yields) == []


class TestWholeOfAShare:
    """占全市投资比重: the whole is among the amounts the name fits; a peer part is none of them, and a share said to
    have moved (由上年同期的48.2%下降至45.1%) is recomputed at its new value only."""

    AMOUNTS = "全市固定资产投资80.5亿元，同比增长9.1%，其中房地产开发投资32.6亿元。"

    def test_the_amount_the_share_agrees_with_among_those_its_name_fits(self):
        [c] = found("share_of_whole", self.AMOUNTS + "第一产业完成投资2.4亿元，占全市投资比重为3.0%。")
        assert c.verdict == "pass" and c.whole is not None and 80.5 in c.values

    def test_a_share_of_the_one_amount_its_name_fits_fails_when_it_misses(self):
        text = "全市固定资产投资80.5亿元，同比增长9.1%。第一产业完成投资2.4亿元，占全市投资比重为4.0%。"
        assert verdicts("share_of_whole", text) == ["fail"]

    def test_silent_when_no_amount_the_name_fits_agrees(self):
        assert found("share_of_whole", self.AMOUNTS + "第一产业完成投资2.4亿元，占全市投资比重为5.0%。") == []

    def test_a_peer_part_is_not_the_whole(self):
        text = "全市固定资产投资80.5亿元。第一产业完成投资32.4亿元，增长3.0%；第二产业完成投资30.1亿元，占全市投资比重为37.4%。"
        assert [c.values for c in found("share_of_whole", text)] == [(30.1, 80.5, 37.4)]

    @pytest.mark.parametrize("now, verdict", [("45.1", ["pass"]), ("47.0", ["fail"])])
    def test_a_share_that_moved_is_recomputed_at_its_new_value(self, now, verdict):
        text = (f"全市固定资产投资900亿元，增长8.0%。制造业完成投资406亿元，增长2.0%，"
                f"制造业投资占全市固定资产投资的比重由上年同期的48.2%下降至{now}%。")
        assert verdicts("share_of_whole", text) == verdict


class TestRateReadings:
    @pytest.mark.parametrize("times, verdict", [("1.3", "pass"), ("1.6", "fail")])
    def test_a_multiple_of_one_amount_from_then_to_now(self, times, verdict):
        text = f"全市新能源汽车产量由上年的1.2万辆增加到2.8万辆，增长{times}倍。"
        assert verdicts("multiple", text) == [verdict]

    def test_two_amounts_each_with_its_own_multiple_are_not_then_and_now(self):
        text = "全市投资52.4亿元，同比增长2.1倍，其中房地产投资20.3亿元，同比增长1.8倍。"
        assert found("multiple", text) == []

    def test_an_approximate_share_of_an_amount_is_not_checked_against_counts(self):
        text = ("全区基础设施投资完成432亿元，占固定资产投资额的比重近40%，达到39.6%。从项目个数看，全区施工项目1800个，"
                "其中新开工项目1400个。")
        assert found("approximation", text) == []

    PARTS = "分产业看，第一产业投资增长20.1%，第二产业投资增长17.3%，第三产业投资增长19.4%。"

    def test_the_whole_s_growth_among_rates_of_the_same_family(self):
        text = "全市固定资产投资增长18.5%。国有投资增长9.2%。" + self.PARTS
        [c] = found("growth_of_whole", text)
        assert c.verdict == "pass" and c.values[0] == 18.5

    def test_a_whole_outside_its_parts_rates_warns_when_it_is_the_only_reading(self):
        assert verdicts("growth_of_whole", "全市固定资产投资增长12.5%。" + self.PARTS) == ["warn"]

    def test_silent_when_the_whole_is_not_plain(self):
        assert found("growth_of_whole", "全市固定资产投资增长12.5%。国有投资增长9.2%。" + self.PARTS) == []

    def test_a_gap_after_a_structure_goes_to_the_term_it_names(self):
        text = "全县三次产业结构为9.8:40.3:49.9，与上年相比，第一产业比重下降0.6个百分点，第二、第三产业比重分别提高0.2和0.4个百分点。"
        assert [(c.values, c.expected.value) for c in found("implied_value", text)] == [((9.8, 0.6), pytest.approx(10.4))]

    def test_a_share_that_rose_is_named_a_share(self):
        [c] = found("implied_value", "民营企业进出口120亿元，占全市外贸总值的36.2%，比重提升4.5个百分点。")
        assert "比重36.2%" in c.message_zh and "较重" not in c.message_zh


class TestListedReadings:
    def test_gaps_listed_after_as_many_rates_go_to_them_in_order(self):
        text = "全省规上工业中，采矿业利润增长9.4%，制造业增长10.2%，增速分别高于去年同期4.9个、3.3个百分点。"
        assert [(c.values, c.expected.value) for c in found("implied_value", text)] == [
            ((9.4, 4.9), pytest.approx(4.5)), ((10.2, 3.3), pytest.approx(6.9))]

    def test_gaps_of_one_rate_against_two_places(self):
        text = "全市地区生产总值同比增长4.2%，增速分别高于全国、全省1.2个、0.5个百分点。"
        assert [c.expected.value for c in found("implied_value", text)] == [pytest.approx(3.0), pytest.approx(3.7)]

    @pytest.mark.parametrize("total", ["244394", "150000"])
    def test_a_part_s_own_breakdown_is_not_listed_with_the_parts(self, total):
        """Counting 工业 and 建筑业 beside 第二产业 would put 194027万元 against 150000万元."""
        text = (f"全县地区生产总值{total}万元，增长8.1%。其中：第一产业增加值62857万元，增长4.3%；第二产业增加值65585万元，"
                f"增长9.5%，其中工业增加值40653万元，增长11.5%；建筑业增加值24932万元，增长3.7%。")
        [c] = found("parts_and_whole", text)
        assert c.verdict == "pass" and c.values == (float(total), 62857, 65585)

    def test_a_sum_is_shown_to_its_parts_last_digit_in_the_whole_s_unit(self):
        [c] = found("parts_and_whole", "景区共接待游客137.88万人次，其中甲景区81708人次。")
        assert "8.1708万人次" in c.message_zh


class TestRepeatReadings:
    def test_one_effect_said_of_two_items_is_no_repeat(self):
        text = "牛肉价格上涨2.6%，影响CPI上涨约0.01个百分点；大米价格上涨0.4%，影响CPI上涨约0.01个百分点。"
        assert found("repeated", text) == []
        twice = "牛肉价格上涨2.6%，影响CPI上涨约0.01个百分点。另外，牛肉价格上涨2.6%，影响CPI上涨约0.01个百分点。"
        assert verdicts("repeated", twice) == ["warn", "warn"]  # the rise and its effect, each printed twice

    def test_an_effect_on_the_index_is_no_gap_between_rates(self):
        text = "鲜果价格下降1.4%，影响CPI下降约0.03个百分点。"
        assert found("implied_value", text) == [] and found("point_gap", text) == []

    def test_one_count_said_of_two_movements_is_no_repeat(self):
        text = "与上年同期相比，4个地区增速提高，2个地区增速回落；与上月相比，3个地区增速提高，4个地区增速回落。"
        assert found("repeated", text) == []


# --- what every check carries ------------------------------------------------------------------------------------------
def test_checks_name_their_roles_lines_and_sentences():
    art = article(RETAIL.format("158.2"))
    [c] = [c for c in art.checks if c.rule == "parts_and_whole"]
    assert set(c.parts) | {c.whole} == set(c.figures)
    assert c.lines and all(isinstance(n, int) for n in c.lines)
    assert len(c.sentences) == 2 and all(art.text[a:b] for a, b in c.sentences)


def test_rules_take_an_explicit_index():
    art = article(RETAIL.format("158.2"))
    ix = ArticleIndex(art)
    assert [c.rule for rule in RULES for c in rule(ix)] == [c.rule for c in check(art)]


# --- the sample page ---------------------------------------------------------------------------------------------------
EXPECTED_ON_SAMPLE = [
    ("a2", "parts_and_whole", "pass", ("f3", "f4", "f5")),
    ("a2", "parts_and_whole", "pass", ("f2", "f6", "f7")),
    ("a3", "parts_and_whole", "pass", ("f2", "f3", "f4", "f5")),
    ("a4", "parts_and_whole", "pass", ("f29", "f30")),  # 在统的76种工业产品中，42种: a subset, new with issue 10
    ("a4", "contributions_sum", "pass", ("f7", "f12")),
    ("a4", "pulls_sum", "pass", ("f8", "f13", "f2")),
    ("a4", "pull_product", "pass", ("f8", "f7", "f2")),
    ("a4", "pull_product", "pass", ("f13", "f12", "f2")),
    ("a4", "pull_product", "pass", ("f17", "f16", "f2")),
    ("a4", "contribution_from_share", "warn", ("f16", "f14", "f15", "f2")),
    ("a4", "implied_value", "info", ("f2", "f3")),
    ("a4", "implied_value", "info", ("f10", "f11")),
    ("a4", "list_count", "pass", ("f26",)),
    ("a4", "approximation", "pass", ("f31", "f30", "f29")),
    ("a4", "repeated", "warn", ("f38", "f50", "f39", "f51")),
    ("a4", "headline", "pass", ("h2", "f2")),
    ("a6", "list_count", "pass", ("f4",)),
    ("a6", "list_count", "pass", ("f11",)),
    ("a6", "list_count", "pass", ("f14",)),
]


def test_every_relation_on_the_sample(sample_page):
    got = [(a.id, c.rule, c.verdict, c.figures) for a in sample_page.articles for c in a.checks]
    assert sorted(got) == sorted(EXPECTED_ON_SAMPLE)


def test_sample_checks_show_their_numbers(sample_page):
    a4 = {c.rule: c for c in sample_page.articles[3].checks}
    assert a4["contribution_from_share"].expected.value == pytest.approx(83.02, abs=0.01)
    assert "83.02" in a4["contribution_from_share"].message_zh and "91.2" in a4["contribution_from_share"].message_zh
    implied = [c.expected.value for c in sample_page.articles[3].checks if c.rule == "implied_value"]
    assert implied == [pytest.approx(-4.7), pytest.approx(-11.9)]


def test_checks_frame(sample_page):
    frame = sample_page.checks_frame()
    assert len(frame) == len(EXPECTED_ON_SAMPLE)
    assert frame["verdict"].value_counts().to_dict() == {"pass": 15, "warn": 2, "info": 2, "fail": 0}
