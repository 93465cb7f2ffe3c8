"""Checks: each rule passes, warns or fails on composed sentences, and stays silent where it must."""
import pytest

import xining
from xining import checks as rules


def article(*paragraphs: str, headline: str | None = None):
    """A one-article page: paragraphs separated by blank lines, an optional headline after them."""
    blocks = list(paragraphs) + ([headline] if headline else [])
    return xining.parse_text("\n\n".join(blocks) + "\n").articles[0]


def verdicts(rule, art):
    return [(c.rule, c.verdict) for c in rule(art)]


# --- 1. parts and whole ------------------------------------------------------------------
class TestPartsAndWhole:
    def test_parallel_clauses_split_the_total(self):
        art = article("3月25日，热线接听来电801件次，直接办理358件，转交办理443件。")
        assert verdicts(rules.parts_and_whole, art) == [("parts_and_whole", "pass")]

    def test_parentheses_after_a_total(self):
        art = article("网民留言85件（微信公众号74件、网站11件），已全部办理。")
        [c] = rules.parts_and_whole(art)
        assert c.verdict == "pass" and c.values == (85, 74, 11) and c.expected.value == 85

    def test_parentheses_that_do_not_add_up(self):
        art = article("网民留言85件（微信公众号74件、网站12件），已全部办理。")
        assert verdicts(rules.parts_and_whole, art) == [("parts_and_whole", "fail")]

    def test_qizhong_complete(self):
        art = article("全市共收到举报60件，其中热线37件、应急局5件、消防支队18件。")
        assert verdicts(rules.parts_and_whole, art) == [("parts_and_whole", "pass")]

    def test_qizhong_partial_is_info(self):
        art = article("全市共收到举报60件，其中热线37件、应急局5件。")
        assert verdicts(rules.parts_and_whole, art) == [("parts_and_whole", "info")]

    def test_part_larger_than_whole_fails(self):
        art = article("全市共收到举报60件，其中热线70件、应急局5件。")
        [c] = rules.parts_and_whole(art)
        assert c.verdict == "fail" and "larger" in c.message_en

    def test_rounded_parts_in_ten_thousands(self):
        art = article("全年粮食产量12.3万吨，其中小麦4.1万吨、玉米8.2万吨。")
        assert verdicts(rules.parts_and_whole, art) == [("parts_and_whole", "pass")]

    def test_silent_on_a_list_of_separate_products(self):
        art = article("其中：钢材15.9万吨，增长79.9%；铝材14.3万吨，增长17.2%；乳制品1.6万吨，增长13.2%。")
        assert rules.parts_and_whole(art) == []


# --- 2. shares, contributions and pulls that cover a whole -------------------------------
class TestCoverTheWhole:
    def test_contribution_rates_sum_to_100(self):
        art = article("全市规上工业增加值增长9.0%。开发区对全市规上工业增加值增速的贡献率为85.7%；"
                      "县区对全市规上工业增加值增速的贡献率为14.3%。")
        assert verdicts(rules.contributions_cover_the_whole, art) == [("contributions_sum", "pass")]

    def test_contribution_rates_that_miss_100(self):
        art = article("全市规上工业增加值增长9.0%。开发区对全市规上工业增加值增速的贡献率为85.7%；"
                      "县区对全市规上工业增加值增速的贡献率为12.3%。")
        assert verdicts(rules.contributions_cover_the_whole, art) == [("contributions_sum", "fail")]

    @pytest.mark.parametrize("county, verdict", [("1.3", "pass"), ("1.5", "fail")])
    def test_pulls_sum_to_the_total_growth(self, county, verdict):
        """7.7 + 1.3 = 9.0 passes; 7.7 + 1.5 = 9.2 against 9.0 fails: rounding allows 9.1 at most."""
        art = article(f"全市规上工业增加值同比增长9.0%。开发区拉动全市规上工业增加值增速7.7个百分点，"
                      f"县区拉动全市规上工业增加值增速{county}个百分点。")
        assert verdicts(rules.pulls_add_to_growth, art) == [("pulls_sum", verdict)]

    def test_silent_on_a_lone_contribution_rate(self):
        art = article("全市规上工业增加值增长9.0%。制造业对全市规上工业增加值的贡献率为91.2%。")
        assert rules.contributions_cover_the_whole(art) == []

    def test_silent_on_pulls_without_the_growth_they_pull(self):
        art = article("开发区拉动增速7.7个百分点，县区拉动增速1.3个百分点。")
        assert rules.pulls_add_to_growth(art) == []

    def test_shares_of_parallel_parts(self):
        art = article("第一产业占比10.2%，第二产业占比39.5%，第三产业占比50.3%。")
        assert verdicts(rules.shares_of_a_whole, art) == [("shares_sum", "pass")]

    def test_shares_that_miss_100(self):
        art = article("第一产业占比10.2%，第二产业占比39.5%，第三产业占比52.3%。")
        assert verdicts(rules.shares_of_a_whole, art) == [("shares_sum", "fail")]

    def test_silent_on_unrelated_shares(self):
        art = article("全市工业占全省比重49.2%，制造业占比73.4%。")
        assert rules.shares_of_a_whole(art) == []


# --- 3. pull = contribution x growth ------------------------------------------------------
class TestPullProduct:
    BASE = "全市规上工业增加值同比增长9.0%。开发区对全市规上工业增加值增速的贡献率为85.7%，拉动全市规上工业增加值增速{}个百分点。"

    def test_consistent(self):
        [c] = rules.pull_is_contribution_times_growth(article(self.BASE.format("7.7")))
        assert c.verdict == "pass" and c.expected.value == pytest.approx(7.713, abs=1e-3)

    def test_inconsistent(self):
        assert verdicts(rules.pull_is_contribution_times_growth, article(self.BASE.format("6.7"))) == [("pull_product", "fail")]

    def test_silent_without_a_contribution(self):
        art = article("全市规上工业增加值同比增长9.0%。开发区拉动全市规上工业增加值增速7.7个百分点。")
        assert rules.pull_is_contribution_times_growth(art) == []


# --- 4. contribution from share and growth ------------------------------------------------
class TestContributionFromShare:
    TEXT = "全市规上工业增加值同比增长9.0%。制造业增加值占全市规上工业增加值比重73.4%，同比增长10.3%，对全市规上工业增加值的贡献率为{}%。"

    def test_reconciles(self):
        assert verdicts(rules.contribution_from_share_and_growth, article(self.TEXT.format("83.0"))) == [("contribution_from_share", "pass")]

    def test_does_not_reconcile_warns_never_fails(self):
        [c] = rules.contribution_from_share_and_growth(article(self.TEXT.format("91.2")))
        assert c.verdict == "warn" and "83.02" in c.message_en and "91.2" in c.message_en

    def test_skipped_when_total_growth_is_near_zero(self):
        art = article(self.TEXT.format("91.2").replace("同比增长9.0%", "同比增长0.5%"))
        assert rules.contribution_from_share_and_growth(art) == []


# --- 5. implied values --------------------------------------------------------------------
class TestImpliedValues:
    def test_higher_than_the_province(self):
        art = article("全市规上工业增加值同比增长9.0%，增速高于全省规上工业增加值增速13.7个百分点。")
        [c] = rules.implied_values(art)
        assert c.verdict == "info" and c.expected.value == pytest.approx(-4.7) and "-4.7%" in c.message_zh

    def test_up_on_last_year(self):
        art = article("县区规上工业增加值增速5.4%，较上年同期提高17.3个百分点。")
        [c] = rules.implied_values(art)
        assert c.expected.value == pytest.approx(-11.9) and "上年同期" in c.message_zh

    def test_silent_without_a_base_rate(self):
        assert rules.implied_values(article("增速高于全省13.7个百分点。")) == []


# --- 6. counts of what is listed ----------------------------------------------------------
class TestListCounts:
    @pytest.mark.parametrize("text", ["江苏、浙江、广东三省占比45%。", "打造光伏制造、锂电储能、特色化工和合金新材料三大产业集群。",
                                      "新能源汽车、装备工业、集成电路、新型显示、生物医药等五大产业集群。"])
    def test_counts_that_agree(self, text):
        assert verdicts(rules.counts_of_listed_items, article(text)) == [("list_count", "pass")]

    def test_count_that_disagrees(self):
        assert verdicts(rules.counts_of_listed_items, article("江苏、浙江、广东四省占比45%。")) == [("list_count", "fail")]

    def test_listed_industries_before_yishang(self):
        text = "其中：甲业增长3.1%，乙业增长4.2%，丙业增长5.0%，以上三个行业合计占比40.0%。"
        assert verdicts(rules.counts_of_listed_items, article(text)) == [("list_count", "pass")]
        assert verdicts(rules.counts_of_listed_items, article(text.replace("三个", "四个"))) == [("list_count", "fail")]

    def test_silent_on_parallel_parts_and_slogans(self):
        assert rules.counts_of_listed_items(article("其中热线接收37件、应急局接收5件。")) == []
        assert rules.counts_of_listed_items(article("推进“一个创新基地、三个中心城市”建设。")) == []


# --- 7. approximation words ---------------------------------------------------------------
class TestApproximation:
    @pytest.mark.parametrize("word, verdict", [("近六成", "pass"), ("超五成", "pass"), ("近五成", "warn"), ("超六成", "warn"),
                                               ("约六成", "pass"), ("约五成", "warn")])
    def test_42_of_76(self, word, verdict):
        art = article(f"在统的76种工业产品中，42种产品产量保持增长，占比{word}。")
        assert verdicts(rules.approximation_words, art) == [("approximation", verdict)]

    def test_silent_without_counts(self):
        assert rules.approximation_words(article("高端制造业占比近70%。")) == []


# --- 8. repeated statements ---------------------------------------------------------------
class TestRepeated:
    def test_same_statement_twice(self):
        art = article("其中：铁合金12.1万吨，增长3.9%；铝材14.3万吨，增长17.2%；铁合金12.1万吨，增长3.9%。")
        [c] = rules.repeated_statements(art)
        assert c.verdict == "warn" and len(c.figures) == 4

    def test_same_value_for_different_subjects_is_not_a_repeat(self):
        assert rules.repeated_statements(article("钢材增长3.9%，铝材增长3.9%。")) == []


# --- 9. headline against body -------------------------------------------------------------
class TestHeadline:
    BODY = "本报讯（记者 张三）1月—2月，全市规上工业增加值同比增长9.0%。"

    def test_headline_figure_in_body(self):
        art = article(self.BODY, headline="前两个月我市规上工业增加值增长9.0%")
        assert verdicts(rules.headline_against_body, art) == [("headline", "pass")]

    def test_headline_figure_differs(self):
        art = article(self.BODY, headline="前两个月我市规上工业增加值增长9.5%")
        assert verdicts(rules.headline_against_body, art) == [("headline", "fail")]

    def test_silent_without_headline_figures(self):
        assert rules.headline_against_body(article(self.BODY, headline="全市工业经济平稳增长")) == []


# --- 10. signs and ranges -----------------------------------------------------------------
class TestSignsAndRanges:
    @pytest.mark.parametrize("text", ["工业投资增长-3.5%。", "工业投资下降-3.5%。", "制造业占比103.5%。"])
    def test_fails(self, text):
        assert verdicts(rules.signs_and_ranges, article(text)) == [("sign_range", "fail")]

    @pytest.mark.parametrize("text", ["工业投资增长3.5%。", "工业投资下降3.5%。", "制造业占比73.4%。", "增速为-4.7%。"])
    def test_silent_on_sound_figures(self, text):
        assert rules.signs_and_ranges(article(text)) == []


# --- 11. granularity (GRIM) ---------------------------------------------------------------
class TestGranularity:
    def test_possible_percentage(self):
        art = article("共调查企业76家，其中盈利企业占比55.3%。")
        assert verdicts(rules.granularity, art) == [("granularity", "pass")]

    def test_impossible_percentage(self):
        art = article("共调查企业76家，其中盈利企业占比55.0%。")
        assert verdicts(rules.granularity, art) == [("granularity", "fail")]

    def test_silent_without_a_base_count(self):
        assert rules.granularity(article("盈利企业占比55.0%。")) == []


# --- the sample page ------------------------------------------------------------------------
EXPECTED_ON_SAMPLE = [
    ("a2", "parts_and_whole", "pass", ("f3", "f4", "f5")),
    ("a2", "parts_and_whole", "pass", ("f2", "f6", "f7")),
    ("a3", "parts_and_whole", "pass", ("f2", "f3", "f4", "f5")),
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
    assert got == EXPECTED_ON_SAMPLE


def test_sample_checks_show_their_numbers(sample_page):
    a4 = {c.rule: c for c in sample_page.articles[3].checks}
    assert a4["contribution_from_share"].expected.value == pytest.approx(83.02, abs=0.01)
    assert "83.02" in a4["contribution_from_share"].message_zh and "91.2" in a4["contribution_from_share"].message_zh
    implied = [c.expected.value for c in sample_page.articles[3].checks if c.rule == "implied_value"]
    assert implied == [pytest.approx(-4.7), pytest.approx(-11.9)]


def test_checks_frame(sample_page):
    frame = sample_page.checks_frame()
    assert len(frame) == len(EXPECTED_ON_SAMPLE)
    assert frame["verdict"].value_counts().to_dict() == {"pass": 14, "warn": 2, "info": 2, "fail": 0}
