"""Statistics vocabulary: measures, qualifiers, scopes, periods, and the words the checks rely on."""
from __future__ import annotations

import re

from ..chinese import HAN

# Statistic words, longest first when matched. Declines carry a negative sign.
MEASURES = (
    "同比增长", "环比增长", "同比下降", "环比下降", "增长", "增加", "增幅", "增速", "上涨", "上升", "提高", "提升",
    "下降", "减少", "降低", "下滑", "回落", "降幅", "比重", "占比", "贡献率", "拉动", "高于", "低于", "快于", "慢于",
    "产量", "产值", "投资", "营收", "收入", "利润", "覆盖率", "覆盖度", "年产", "产能", "规模", "总量", "增加值",
    "销售额", "出口", "进口", "消费", "用电量", "上拉", "下拉",
)
DECLINES = ("下降", "减少", "降低", "下滑", "回落", "降幅", "同比下降", "环比下降", "下拉")
# A measure word that is only part of a longer name when this follows it (消费品 is a noun, not 消费).
NOT_A_MEASURE_BEFORE = {"消费": ("品", "支出"), "出口": ("交货值",)}
# Measures whose percent is a rate of change: growth words, and the words of a fall.
GROWTH_MEASURES = ("增长", "增速", "同比增长", "环比增长", "增幅")
FALLS = ("下降", "减少", "降低", "下滑", "回落", "同比下降", "环比下降")
RATE_MEASURES = GROWTH_MEASURES + FALLS
# For percentage points, these outrank the measure word nearest the number:
# 拉动全市…增速7.7个百分点 is a pull, 高于全省…增速13.7个百分点 a comparison.
POINT_MEASURES = ("上拉", "下拉", "拉动", "高于", "低于", "快于", "慢于", "高出", "提高", "降低", "下降", "回落", "上升")
# After these, scope words name what is compared with, not the scope (高于全省, 占全省, 对全市).
COMPARATOR_MARKERS = ("高于", "低于", "快于", "慢于", "占", "对", "较", "拉动")

# Approximation words and what they mean.
QUALIFIERS_BEFORE = {
    "约": "about", "大约": "about", "约为": "about", "近": "nearly", "将近": "nearly", "接近": "nearly",
    "超": "over", "超过": "over", "逾": "over", "突破": "over", "不足": "under", "不到": "under",
    "不少于": "at_least", "至少": "at_least", "不低于": "at_least",
}
QUALIFIERS_AFTER = {"左右": "about", "上下": "about", "以上": "at_least", "多": "over", "余": "over", "以下": "under", "以内": "under"}

SCOPE_WORDS = ("全市", "全省", "全国", "全区", "全县", "我市", "我省", "本市", "本省", "县区", "各县区", "市本级", "市区")
SCOPE_ZONE = re.compile(rf"[{HAN}]{{2,8}}?(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|高新区|工业园区|产业园区|新区)")

# Trimmed from the ends of a subject: connectives, adverbs, copulas.
SUBJECT_PREFIXES = ("其中", "总量", "以上", "同时", "另外", "此外", "目前", "累计", "共计", "合计", "共", "并", "均", "已", "在统的", "在统", "配套")
SUBJECT_SUFFIXES = (
    "同比", "环比", "分别", "合计", "共计", "累计", "保持", "实现", "达到", "达", "为", "约", "的", "中",
    "生产规模", "产能规模", "规模", "生产", "等项目", "项目",
)
# A noun read after a figure stops at these (90%的产业集群参与了…).
NOUN_STOPS = ("参与", "了", "为", "是", "达", "有", "将", "在", "保持", "实现", "和", "”", "规上", "规模以上")
# A subject that starts with these is a prepositional phrase: the real subject is the previous one.
INHERIT_MARKERS = ("对", "占", "较", "比", "与", "拉动", "增速", "增长", "同比", "环比", "两年平均", "三年平均")
# Verbs that open a clause (收到安全隐患举报60件): the subject is what follows them.
LEADING_VERBS = ("共收到", "收到", "接听", "受理", "接收", "形成", "完成", "实现", "建成", "累计授权", "授权", "签约引进", "引进")
# An agent followed by these (某市共收到…) is where the subject starts, not the subject.
AGENT_MARKERS = ("共", "累计", "合计")

# Periods and dates.
_M = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
PERIOD_RANGE = re.compile(rf"{_M}月?\s*[—–\-~～至到]\s*{_M}月份?")
PERIOD_WORDS = re.compile(
    r"前[两二三四五六七八九十\d]{1,2}个月|前[一二三四]季度|[一二三四第]季度|上半年|下半年|全年|今年以来|年初以来"
)
FULL_DATE = re.compile(rf"(?:(?:\d{{4}}|[〇零一二三四五六七八九]{{4}})年)?{_M}月{_M}[日号](?:[上下]午|中午|晚间?|凌晨)?")
MONTH = re.compile(rf"(?:(?:\d{{4}})年)?{_M}月份?(?![\d日号])")
YEAR = re.compile(rf"(?:19|20)\d{{2}}(?=年|\s*[{HAN}《》]|$)")
ORDINAL = re.compile(r"第(?P<n>[\d一二三四五六七八九十百]+)")

# Tense of a sentence, for capacity against target: 目前已形成… versus 到…末将形成….
FUTURE_MARKERS = ("将", "规划", "目标", "预计", "力争", "计划", "到2", "末")
PRESENT_MARKERS = ("目前", "已形成", "已建成", "现有", "已达", "已")


# --- the checks ------------------------------------------------------------------------
SHARE_MEASURES = ("比重", "占比")
RISES = ("增长", "同比增长", "环比增长", "上涨", "上升")

EN_MEASURE = {"高于": "above", "快于": "faster than", "提高": "up on", "上升": "up on", "低于": "below",
              "慢于": "slower than", "降低": "down on", "回落": "down on", "下降": "down on", "加快": "up on",
              "提升": "up on", "回升": "up on", "高出": "above", "快": "faster than", "慢": "slower than"}

# --- list counts: 江苏、浙江、广东三省; 三大产业集群：光伏制造、锂电储能、特色化工; 三条：一是…二是…三是… ---
# A list right before a count (its first item runs back to the clause's start; see LIST_OPENERS).
LIST_BEFORE_NUMBER = re.compile(rf"(?P<items>(?:[{HAN}A-Za-z]{{1,14}}、)+[{HAN}A-Za-z]{{1,14}}?)等?$")
# A list right after a count and the noun it counts: after a colon it names them all; after 包括 some of them.
LIST_AFTER_NUMBER = re.compile(rf"[{HAN}]{{0,8}}?(?:(?P<closed>：|:|，即|，分别是|分别是|，分别为|分别为)|(?P<open>，包括|包括))")
# Numbered points after a count (三条：一是…; 三大任务。第一，…): the noun, then a mark, then the first point.
POINTS_AFTER_NUMBER = re.compile(rf"[{HAN}]{{0,8}}?(?:[：:，,。；;]|，?即|，?分别是|，?包括)\s*")
# How points are numbered ({n} the numeral, {unit} and {noun} the count's: 三个时期 -> 第一个时期是).
POINT_MARKERS = (r"{n}是", r"第{n}(?:{unit}{noun})?(?=[，,、：:；;是])", r"其{n}(?=[，,、：:；;是])", r"[（(]{n}[）)]")
# Words that join the last two items (特色化工和合金新材料): the last item may name one thing or two.
LIST_JOINERS = ("以及", "和", "及", "与")
# A demonstrative or a total between a list and its count (甲、乙这两项, 甲、乙共两省) refers back to the
# list; it is no item's.
LIST_BACK_REFERENCES = ("这些", "这", "此", "共计", "合计", "总计", "共")
# The first item starts after the last of these (打造光伏制造、… -> 光伏制造; 新建的甲、乙 -> 甲).
LIST_OPENERS = re.compile(r"^.*(?:其中|的|是|了|打造|形成|包括|涵盖|推进|推动|培育|壮大|聚焦|围绕|覆盖|涉及|分为|分成|位于|来自|集中在)")
# An item holding one of these is a clause, not a name: copulas, particles, aspect marks, demonstratives,
# degree adverbs (锂电储能发展最快).
LIST_ITEM_CLAUSE_CHARS = "是的了着把被让也而这最较很"
# Units that count kinds (三大产业, 两类产品, 三种类别): the names before them are those kinds.
LIST_KIND_UNITS = ("大", "类", "种")
# Levels of places, highest first, by suffix or noun: a count of a lower level than the names before it
# counts what lies in them (甲市、乙区11个乡镇), not the names. A place unit is its own noun (两省, 3市).
PLACE_LEVELS = {
    "国": 0, "国家": 0, "省": 1, "省份": 1, "自治区": 1, "直辖市": 1, "特别行政区": 1,
    "市": 2, "城市": 2, "地市": 2, "城": 2, "州": 2, "盟": 2, "县": 3, "区": 3, "县区": 3, "区县": 3, "县市区": 3,
    "旗": 3, "乡": 4, "镇": 4, "乡镇": 4, "街道": 4, "村": 5, "行政村": 5, "社区": 5,
}
TOP_PLACE_LEVEL = 1  # nothing named in a list holds provinces or countries: 甲、乙四省 miscounts
GENERIC_PLACES = ("地区", "地方", "区域")  # 两个地区: places of any level
# A place noun followed by these names something else (城市群, 都市圈, 市场, 市民, 县级, 村委).
NOT_A_PLACE_AFTER = "群带圈场长民级委"
# Nouns that name a kind of thing: after a count (五个方面, 三种类别) the names before are of that kind.
LIST_CATEGORY_NOUNS = (
    "产业", "行业", "领域", "方面", "类别", "门类", "板块", "集群", "品种", "品类", "环节", "业态", "赛道", "链条", "产业链",
    "任务", "目标", "工程", "行动", "战略", "机制", "体系", "要素", "功能", "优势", "特色", "类型", "模式", "方向", "重点",
)
# Words between the last name and a count that relate the names to what is counted instead of naming it:
# 甲、乙、丙分属两类; 甲、乙各三家; 甲、乙、丙中两个 (中 after a name of two or more characters: not 华中).
LIST_RELATING_WORDS = ("各", "分别", "均", "同属", "分属", "均属", "属于", "隶属", "分为", "分成", "划分为", "划为", "归为",
                       "合为", "合并为", "列为", "成为", "变为", "组成", "构成", "之中", "其中")
LIST_AMONG = "中"
# Words that end the noun read after a count (三大产业集群合计…).
LIST_NOUN_STOPS = ("的", "合计", "共", "占", "分别", "均", "都", "是", "为", "和")

# A count that is a base for shares: 在统的76种工业产品中, 共调查200户, 全部120家.
BASE_MARKER = re.compile(r"在统|共|全部|调查|样本|中[，,]")

# What an approximation word allows, given the true ratio r, the printed value p and the step s.
QUALIFIER_FITS = {
    "nearly": lambda r, p, s: p - s <= r < p,
    "over": lambda r, p, s: p < r <= p + s,
    "at_least": lambda r, p, s: r >= p,
    "under": lambda r, p, s: r < p,
    "about": lambda r, p, s: abs(r - p) <= s / 2,
}
QUALIFIER_WORDS = {"nearly": "近", "over": "超", "at_least": "以上", "under": "不足", "about": "约"}

# Scope words that may open a subject without changing what it names.
LEADING_SCOPE = re.compile(r"^(?:全市|全省|全国|我市|我省|本市|本省)")


# --- figures the checks depend on --------------------------------------------------------
# Standard indicator names (the national statistics bureau's wording and its common short forms),
# matched longest first: a subject that runs on past one is cut at its end (第一产业增加值完成 -> 第一产业增加值).
INDICATORS = (
    "地区生产总值", "国内生产总值", "生产总值", "GDP", "第一产业增加值", "第二产业增加值", "第三产业增加值",
    "服务业增加值", "工业增加值", "规模以上工业增加值", "规上工业增加值", "制造业增加值", "采矿业增加值",
    "农林牧渔业总产值", "农林牧渔业增加值", "社会消费品零售总额", "城镇消费品零售额", "乡村消费品零售额",
    "限额以上单位消费品零售额", "商品零售", "餐饮收入", "网上零售额", "实物商品网上零售额",
    "固定资产投资", "工业投资", "民间投资", "房地产开发投资", "基础设施投资", "制造业投资",
    "一般公共预算收入", "一般公共预算支出", "税收收入", "财政总收入",
    "进出口总额", "进出口总值", "出口总额", "居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入",
    "城镇常住居民人均可支配收入", "农村常住居民人均可支配收入", "居民人均消费支出", "居民人均生活消费支出",
    "居民消费价格指数", "利润总额", "营业收入", "存款余额", "贷款余额", "消费券",
)
# Road numbers and the like: digits followed by these name a thing (109国道, 3号线), they count nothing.
IDENTIFIER_SUFFIXES = ("国道", "省道", "县道", "乡道", "号线", "号楼", "号院", "号地块")
# A structure printed as a ratio of shares (三次产业结构为7.7:57.5:34.8): the word before it, and the
# parts in order when the structure names a standard breakdown.
STRUCTURE_WORDS = ("结构", "比重", "占比", "构成", "之比")
STRUCTURE_PARTS = {"三次产业": ("第一产业", "第二产业", "第三产业"), "产业": ("第一产业", "第二产业", "第三产业")}
# A qualifier before a bare 百/千/万 and a unit makes it a number (不足千人, 近万家); so does a pair (百万吨).
BARE_MULTIPLIER = re.compile(r"(?<![\d一二三四五六七八九十两百千万亿])(?:百万|千万|百亿|千亿|万亿)|"
                             r"(?:(?<=不足)|(?<=不到)|(?<=近)|(?<=超)|(?<=逾)|(?<=约)|(?<=上))[百千万](?=[^\d])")
# A list named before 分别 gives each figure of the list its subject (装备制造业、高技术制造业增加值同比分别增长…);
# abbreviated enumerations are spelled out first.
ENUMERATIONS = {"第一、二、三产业": "第一产业、第二产业、第三产业", "一、二、三产业": "第一产业、第二产业、第三产业"}

# --- the checks: breakdowns, comparisons, wording ------------------------------------------
# Complete breakdowns: each part (a part's subject starts with one of its names, scope words and
# 规上/规模以上 set aside), and names the whole's subject contains. Parts of one breakdown add up
# to the whole, and the whole's growth lies between the parts' growths.
PARTITIONS = (
    ((("第一产业",), ("第二产业",), ("第三产业", "服务业")), ("生产总值", "GDP", "增加值")),
    ((("城镇",), ("乡村", "农村")), ("零售总额", "零售额", "全体居民", "居民人均")),
    ((("商品零售",), ("餐饮收入", "餐饮")), ("零售总额", "零售额")),
    ((("出口",), ("进口",)), ("进出口",)),
    ((("农业",), ("林业",), ("牧业", "畜牧业"), ("渔业",)), ("总产值",)),
    ((("采矿业",), ("制造业",), ("电力",)), ("工业",)),
    ((("国有",), ("非国有",)), ("投资",)),
    ((("公有制",), ("非公有制",)), ("工业", "增加值")),
    ((("中省",), ("地方",)), ("工业", "增加值")),
    ((("大中型",), ("中小微",)), ("工业", "增加值")),
    ((("大型",), ("中型",), ("小型",)), ("工业", "增加值")),
)
# Parts a complete breakdown may add beyond its named ones (农林牧渔专业及辅助性活动).
OPTIONAL_PARTS = ("农林牧渔专业及辅助性活动", "专业及辅助性活动")
# Amounts per head, medians, yields, prices and indices do not add up across parts (matched in the subject or in
# the clause before the figure: 城镇居民人均可支配收入中位数19536元).
NON_ADDITIVE = ("人均", "平均", "中位数", "价格", "指数", "率", "单产", "亩产", "单位面积产量")
# A unit followed by one of these is a rate per something (5126公斤/公顷, 300元每吨): it does not add up.
PER_UNIT_MARKS = ("/", "／", "每")
# An amount printed right after these words is the change of a level, not a level (比上年增加984亿元, 减少637个,
# 增产131万吨): it is never the whole of the parts listed after it.
CHANGE_WORDS = ("增加", "减少", "增产", "减产", "增收", "减收", "多增", "少增", "增长", "下降", "上升", "提高", "降低")
# A value that says where a share or rate moved to: the figure before it (由上年同期的53.8%下降至50.3%) is the earlier one.
MOVED_TO = ("下降至", "下降到", "降至", "降到", "提高至", "提高到", "提升至", "提升到", "上升至", "上升到", "升至", "升到",
            "增加到", "增至", "扩大到", "扩大至", "缩小到", "缩小至", "变化为", "变为", "调整为", "转为")
# Growth at comparable prices (value added, output): the whole's growth is between its parts' but is not
# their amount-weighted mean; growth of nominal amounts (sales, trade, revenue) is that mean exactly.
REAL_GROWTH = ("生产总值", "GDP", "增加值", "总产值", "产值")
# The family of an indicator (what kind of amount its rate is of): a rate is compared with an average of its own family.
FAMILIES = ("生产总值", "总产值", "增加值", "产值", "投资", "零售总额", "零售额", "收入", "支出", "进出口", "出口", "进口", "利润")
# Names that mean the same whole, for finding the growth a pull or contribution refers to.
SYNONYMS = (("国内生产总值", "生产总值"), ("地区生产总值", "生产总值"), ("GDP", "生产总值"), ("规模以上", ""),
            ("规上", ""), ("经济增长", "生产总值"), ("经济", ""), ("完成", ""), ("实现", ""), ("服务业", "第三产业"), ("总量", ""))
# Scope words set aside when names are compared.
SCOPES = ("全市", "全省", "全国", "全区", "全县", "我市", "我省", "本市", "本省", "全州", "全盟")

# A percentage-point figure after one of these compares the rate before it with another: +1 when the
# rate is the higher, -1 when lower. 降幅收窄 means a smaller fall, so the rate is higher.
COMPARISONS = {
    "高于": 1, "高出": 1, "快于": 1, "高": 1, "快": 1, "提高": 1, "加快": 1, "上升": 1, "回升": 1, "提升": 1,
    "扩大": 1, "收窄": 1, "超": 1, "超出": 1,
    "低于": -1, "慢于": -1, "低": -1, "慢": -1, "回落": -1, "下降": -1, "降低": -1, "放缓": -1, "回调": -1,
}
# ... and whether what the rate is compared with is another place or group (全省) or an earlier period (上月).
EARLIER = re.compile(r"上月|上年|去年|同期|季度|[0-9一二三四五六七八九十]+月|前[0-9一二三四五六七八九十两]+个月|年初|上半年|一季度")

# Rates that are not plain year-on-year growth: they do not mix with plain ones in one breakdown.
RATE_VARIANTS = ("两年平均", "三年平均", "环比", "实际", "扣除价格")
# A rate against a named year (比2019年同期增长…) is plain year-on-year growth only when that year is the one before the
# year the sentence reports on (2021年1-11月…比2020年同期); otherwise it spans several years.
VERSUS_YEAR = re.compile(r"(?:相比|比|较|与|同)((?:19|20)\d\d)年")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)年")
# A sentence that opens with a rate word (增速比1—2月回落…) compares the rate printed just before it;
# one that names a share or contribution (比重提高…) does not.
RATE_WORDS = ("增速", "增幅", "涨幅", "降幅")
NOT_RATE_WORDS = ("比重", "占比", "贡献")
# A rate of one period in a run of periods (2022年增长10.0%，2023年增长8.0%): its clause names the period.
PERIOD_BEFORE_RATE = re.compile(r"(?:19|20)\d\d年|[一二三四]季度|上半年|下半年|\d{1,2}月")
# The two-year average growth: a rate against two years before, then 两年平均.
TWO_YEARS_BACK = re.compile(r"(?:比|相比|较)(?:19|20)\d\d年")
TWO_YEAR_AVERAGE = re.compile(r"两年平均(?:增长|增速为|增速|下降)")

# A subset: 32个大类行业中有25个, 在统的76种产品中42种.
SUBSET_BETWEEN = re.compile(rf"^[{HAN}（）()、]{{0,14}}中[，,]?(?:有|共有)?$")
# Thresholds: every listed value above (or at least) the printed one.
ALL_WORDS = ("均", "全部", "都")

# Shares: a percent after 占 (占51.1%, 占总投资的32.1%) is a share as much as 比重 and 占比.
SHARE_MARK = "占"
SHARE_WORDS = ("增长面", "比重", "占比")
# Multiples: 增长1.3倍 is ×2.3; 是上年的2.3倍 is ×2.3; 翻一番 ×2, 翻两番 ×4.
DOUBLINGS = {"翻一番": 2.0, "翻番": 2.0, "翻两番": 4.0, "翻了一番": 2.0, "翻了两番": 4.0}
# Ratios of two amounts: a bare number after a ratio's name (城乡居民收入比1.54, 收入之比为2.5) or written `2.02:1` is
# one amount over the other, a multiple (x1.54).
RATIO_NAMES = ("之比", "比值", "收入比", "支出比", "消费比")
RATIO_BEFORE = re.compile(f"(?:{'|'.join(RATIO_NAMES)})" r"(?:为|是|达到?|降至|降为|下降为|下降到|缩小到|缩小至|缩小为"
                          r"|扩大到|扩大至|扩大为|由)?$")
# A ratio's name, as its subject (`城乡居民收入比`): the last in its sentence before it.
RATIO_NAME = re.compile(f"[{HAN}]{{0,8}}(?:{'|'.join(RATIO_NAMES)})")
# A ratio named by a pair of one-character names (城乡 = 城镇 : 农村): the words each side's amount is named by.
RATIO_PAIRS = {"城乡": (("城镇", "城市"), ("农村", "乡村"))}
# What a pair's ratio compares: the amounts' measure is named in the ratio's clause and in each amount's subject.
RATIO_MEASURES = ("可支配收入", "消费支出", "收入", "支出")
# A ratio of an earlier period (由上年同期的2.05:1下降为2.02:1): the amounts printed are the current period's.
RATIO_EARLIER = re.compile(r"(?:上年|去年|同期|上月)[^，,；;。为至到]{0,4}$")
# --- indicators across pages (the corpus): one name for one statistic, whatever the page wrote -----
# Scope words that name the same area from the paper's own point of view (我市 in a city paper is 全市).
SCOPE_FOLD = {"全市": "市", "我市": "市", "本市": "市", "全省": "省", "我省": "省", "本省": "省",
              "全区": "区", "全县": "县", "各县区": "县区"}
# A clause opening with these speaks of the clause before it (鲜菜价格上涨17.4%，影响CPI上涨约0.43个百分点): a repeat must
# repeat that clause too.
SPEAKS_OF_BEFORE = INHERIT_MARKERS + ("影响",)
# Points after these are an effect on a whole (影响CPI下降约0.03个百分点), like a pull: no gap between two rates.
EFFECT_WORDS = ("影响",)
# Abbreviations folded to the full name inside a subject (规上 is 规模以上).
SUBJECT_SYNONYMS = (("规上", "规模以上"),)
# The class of a measure word, by what the figure's unit is: a rate of change, a share, a contribution...
RATE_CLASS = "增速"
SHARE_CLASS = "比重"
LEVEL_CLASS = "总量"
CHANGE_CLASS = "增减"  # a level printed as the amount of a change (增加3万吨)
# Measures of flows that cannot be negative: their cumulative total over a year can only grow.
NON_NEGATIVE_FLOWS = ("产量", "产值", "投资", "营收", "收入", "销售额", "出口", "进口", "消费", "用电量", "发电量", "年产", "受理",
                      "接收", "收到", "办理", "办结", "完成", "接听", "客运量", "货运量", "吞吐量")
# A subject that opens with its period (`5月发电量`, `1-5月发电量`, `当月`) names the same statistic without it.
SUBJECT_PERIOD_PREFIX = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月?\s*[—–\-~～至到]\s*\d{1,2}月份?|(?:\d{4}年)?\d{1,2}月份?|前[两二三四五六七八九十\d]{1,2}个月"
    r"|上半年|下半年|[一二三四]季度|当月|累计|全年)+")
# Periods: quarters and halves as month ranges; month numbers as printed in Chinese.
QUARTERS = {"一": (1, 3), "二": (4, 6), "三": (7, 9), "四": (10, 12)}
HALVES = {"上半年": (1, 6), "下半年": (7, 12)}
PERIOD_DAY = re.compile(r"^(?:(?P<y>\d{4})年)?(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})[日号]")
PERIOD_MONTHS = re.compile(
    r"^(?:(?P<y>\d{4})年)?(?P<a>\d{1,2}|[一二三四五六七八九十]{1,3})月?\s*(?:[—–\-~～至到]\s*(?P<b>\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?$")
PERIOD_FIRST_MONTHS = re.compile(r"^前(?P<n>[两二三四五六七八九十\d]{1,2})个月$")
PERIOD_QUARTER = re.compile(r"^(?P<first>前)?第?(?P<q>[一二三四])季度$")
