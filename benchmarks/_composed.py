"""Composed text-dump pages with their gold: articles written here from templates, laid out as a PDF tool dumps them.

Nothing comes from a real page: places, indicators, names and sentences are composed from the lists below.
`compose(style, seed)` gives (text, gold); the same style and seed give the same page.
"""
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from pages import page, squeeze, wrap  # noqa: E402

CITIES = ("江宁", "临川", "白河", "青岚", "石门", "东川", "南浦", "北岭", "云溪", "安平", "长汀", "柳城")
DISTRICTS = ("城东区", "河西区", "新港区", "高新区", "老城区", "滨湖区", "北站片区", "南湖新区")
OUTLETS = ("城东晚报", "临川日报", "白河商报", "青岚都市报", "南浦早报")
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高梁宋郑谢韩唐冯"
GIVEN = "晓明华伟芳敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英玉兰红建国志文海波宁峰亮"
INDICATORS = (
    ("规模以上工业增加值", "亿元"), ("社会消费品零售总额", "亿元"), ("固定资产投资", "亿元"),
    ("外贸进出口总额", "亿元"), ("一般公共预算收入", "亿元"), ("城镇居民人均可支配收入", "元"),
)
SECTORS = ("装备制造业", "新材料产业", "食品加工业", "电子信息产业", "生物医药产业", "文化旅游业")
FIELDS = ("小微企业", "夜间经济", "老旧小区改造", "职业技能培训", "乡村物流", "社区养老")
THINGS = ("菜市场", "社区食堂", "口袋公园", "共享书屋", "便民驿站", "夜市街区")
PERIODS = (("一季度", 3), ("前两个月", 2), ("1-5月", 5), ("上半年", 6), ("前三季度", 9), ("1-10月", 10))
SOURCES = ('记者从{}市统计局获悉，', '据{}市统计局最新数据，', '{}市统计局日前发布的数据显示，')
SUBHEADS = ("产业结构持续优化", "服务水平稳步提升", "群众获得感更强", "下一步怎么干", "项目建设提速", "消费市场回暖")
BRANDS = ("好家居", "顺达汽车", "百福家电", "安居地产")


@dataclass
class Art:
    """One composed article: what is printed above its text, its byline line, its paragraphs, what is printed after."""
    headline: str
    paragraphs: list[str]
    reporters: list[str]
    kicker: str = ""
    subtitle: str = ""
    byline_line: str = ""  # printed on its own line between headline and text
    trailer: str = ""  # printed after the last full stop
    isolate: str = ""  # a name the dump prints on a line of its own, inside its sentence
    injected: str = ""  # a furniture line the dump emits in the middle of the text
    wrap_head: int = 0  # the headline set in lines of this width
    subheads: list[tuple[int, str, bool]] = field(default_factory=list)  # (before paragraph k, sub-head, set apart)
    topic: str = ""  # what it is about (an indicator, a field, a place)

    def text_parts(self) -> list[str]:
        """The paragraphs with the sub-heads printed between them, in reading order."""
        heads = {k: h for k, h, _ in self.subheads}
        return [x for k, p in enumerate(self.paragraphs) for x in ([heads[k]] if k in heads else []) + [p]]

    def gold(self) -> dict:
        body = squeeze("".join(self.text_parts()))
        return {"headline": self.headline, "first": body[:32], "last": body[-12:], "reporters": sorted(self.reporters)}


class Writer:
    """Articles from templates, every choice drawn from one seeded generator."""

    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used: set[str] = set()

    def name(self) -> str:
        while True:
            n = self.r.choice(SURNAMES) + "".join(self.r.choice(GIVEN) for _ in range(self.r.choice((1, 2, 2))))
            if n not in self.used:
                self.used.add(n)
                return n

    def num(self, lo: float, hi: float, nd: int = 1) -> str:
        return f"{self.r.uniform(lo, hi):.{nd}f}"

    def signed_lead(self, people: list[tuple[str, str]], outlet: str, city: str) -> str:
        """The opening of a lead that names its reporters (`本报讯（记者 X 通讯员 Y）`, `<outlet><place>M月D日讯（记者 X）`)."""
        who = " ".join(f"{role} {n}" for role, n in people)
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        return self.r.choice((f"本报讯（{who}）", f"{outlet}{city}{m}月{d}日讯（{who}）", f"{outlet}讯（{who}）"))

    def stats(self, city: str, lead: str = "", period_lead: bool = False) -> Art:
        (period, _), (ind, unit) = self.r.choice(PERIODS), self.r.choice(INDICATORS)
        if period_lead:  # the lead opens on its period (`1-5月，`, `2023年1-5月，`, `今年以来，`)
            period = self.r.choice((period, period, f"{self.r.choice((2023, 2024))}年{period}", "今年以来"))
        ind2, unit2 = self.r.choice([i for i in INDICATORS if i[0] != ind])
        val, g = self.num(80, 900), self.num(1.5, 12.0)
        s1, s2 = self.r.sample(SECTORS, 2)
        paras = [
            f"{lead}{'' if period_lead else self.r.choice(SOURCES).format(city)}"
            f"{period}，全市{ind}{val}{unit}，同比增长{g}%，增速比上年同期提高"
            f"{self.num(0.2, 2.0)}个百分点。",
            f"分行业看，{s1}增长{self.num(3, 20)}%，{s2}增长{self.num(1, 15)}%，两者合计拉动全市增长"
            f"{self.num(1, 5)}个百分点。{ind2}完成{self.num(50, 600)}{unit2}，增长{self.num(1, 9)}%。",
            f"市统计局有关负责人表示，{period}全市经济运行总体平稳，主要指标好于预期，为完成全年目标打下了基础。",
        ]
        head = self.r.choice((f"{period}{city}{ind}增长{g}%", f"{city}{period}{ind}同比增长{g}%",
                              f"{period}全市{ind}完成{val}{unit}"))
        return Art(head, paras[: self.r.choice((2, 3, 3))], [], topic=ind)

    def policy(self, city: str, lead: str = "") -> Art:
        f, n = self.r.choice(FIELDS), self.r.randint(8, 30)
        paras = [
            f"{lead}日前，{city}市政府办公室印发《关于支持{f}发展的若干措施》，从资金、用地、人才等方面提出{n}条具体举措。",
            f"措施明确，对符合条件的项目给予最高{self.r.randint(20, 300)}万元补助，并在审批环节开通绿色通道，"
            f"办理时限压缩至{self.r.randint(3, 15)}个工作日以内。",
            "市发展改革委相关负责人介绍，下一步将会同各区县建立工作台账，逐项抓好落实，确保政策红利尽快惠及市场主体。",
        ]
        head = self.r.choice((f"{city}出台{n}条措施支持{f}发展", f"{n}条新举措助力{f}", f"支持{f}{city}再出实招"))
        return Art(head, paras[: self.r.choice((2, 3))], [], topic=f)

    def brief(self, city: str, topic: str = "") -> Art:
        m, d = self.r.randint(1, 12), self.r.randint(1, 28)
        t = topic or self.r.choice(THINGS)
        dist = self.r.choice(DISTRICTS)
        paras = [f"{m}月{d}日，{city}市{dist}首个{t}正式投用，可同时服务周边{self.r.randint(3, 12)}个社区约"
                 f"{self.r.randint(1, 9)}万名居民。"]
        if self.r.random() < 0.5:
            paras.append(f"据了解，{dist}计划年内再建成{self.r.randint(2, 6)}处{t}。")
        head = self.r.choice((f"{dist}首个{t}投用", f"{t}开进{dist}", f"{city}{dist}{t}迎客"))
        return Art(head, paras, [], topic=t)

    def feature(self, city: str, lead: str = "") -> Art:
        t, dist = self.r.choice(THINGS), self.r.choice(DISTRICTS)
        who = self.name()
        paras = [
            f"{lead}清晨六点半，{dist}的{t}里已经热闹起来。摊主们忙着整理货架，前来采购的居民络绎不绝。",
            f"“以前买菜要走二十多分钟，现在下楼就到。”住在附近的居民{who}一边挑选蔬菜一边说，改造后的{t}"
            f"干净整洁，价格也实惠。",
            f"据{dist}有关负责人介绍，今年以来，{city}市已完成{self.r.randint(5, 40)}处{t}的提升改造，"
            f"下一步还将结合居民需求，继续补齐社区服务短板。",
        ]
        head = self.r.choice((f"{t}里的烟火气", f"家门口的{t}变了样", f"{dist}：{t}焕新"))
        return Art(head, paras, [], topic=t)


# --- laying the articles out as a dump -------------------------------------------------------------------
def furniture(r: random.Random) -> list[str]:
    m, d = r.randint(1, 12), r.randint(1, 28)
    wd = "一二三四五六日"[r.randint(0, 6)]
    sec = r.choice(("城市新闻", "经济观察", "民生", "综合新闻", "区县"))
    return r.choice((
        [str(r.randint(2, 16)), "", sec, "", f"{2024} 年 {m} 月 {d} 日", f"星期{wd}", "", "责编 林一 美编 陈二"],
        [f"A{r.randint(2, 16):02d}", f"2024年{m}月{d}日 星期{wd}", "责编 孙三 校对 吴五"],
        [f"{2023} 年 {m} 月 {d} 日 星期{wd}", "", f"{r.randint(2, 16)} {sec}"],
    ))


def sign(w: Writer, art: Art, form: str, outlet: str, city: str) -> None:
    """Sign `art` with the byline form `form` (changes its lead, byline line or trailer; fills its reporters)."""
    r = w.r
    a, b = w.name(), w.name()
    if form == "lead":
        people = [("记者", a)] + ([("通讯员", b)] if r.random() < 0.5 else [])
        art.paragraphs[0] = w.signed_lead(people, outlet, city) + art.paragraphs[0]
        art.reporters = [n for _, n in people]
    elif form == "mark_line":
        art.byline_line = f"■记者 {a} 通讯员 {b}" if r.random() < 0.6 else f"■记者 {a}"
        art.reporters = [a, b] if "通讯员" in art.byline_line else [a]
    elif form == "staff_line":
        art.byline_line = r.choice((f"本报记者 {a}", f"{outlet}记者 {a}", f"本报记者 {a} {b}"))
        art.reporters = [a, b] if art.byline_line.endswith(b) else [a]
    elif form == "trailer":
        art.trailer = r.choice((f"（记者 {a}）", f"（{a}）", f"（{' '.join(a)}）"))
        art.reporters = [a]
    elif form == "bracket_lead":
        art.paragraphs[0] = f"本报讯 【记者 {a}】" + art.paragraphs[0]
        art.reporters = [a]
    elif form == "chief_lead":
        art.paragraphs[0] = f"本报讯（首席记者 {a} 见习记者 {b}）" + art.paragraphs[0]
        art.reporters = [a, b]
    elif form == "trainee_line":
        art.byline_line = f"{outlet} 见习记者{a} {city}报道"
        art.reporters = [a]
    elif form == "author_trailer":
        art.trailer = f"（作者：{a} 编辑：{b}）"
        art.reporters = [a]
    elif form == "unit":
        art.byline_line = f"本报记者 {a}"
        art.trailer = f"（作者单位：{city}市社会科学院）"
        art.reporters = [a]


def lines_of(art: Art, column: float, r: random.Random, breaks: int = 0, noise: bool = False) -> list[str]:
    """The article's printed lines: kicker, headline, subtitle, byline line, text wrapped at `column` (with
    `breaks` column breaks mid-sentence as blank lines), trailer."""
    head = wrap(art.headline, art.wrap_head, 0) if art.wrap_head else [art.headline]
    top = ([art.kicker] if art.kicker else []) + head + ([art.subtitle] if art.subtitle else [])
    body: list[str] = []
    heads = {k: (h, apart) for k, h, apart in art.subheads}
    for k, p in enumerate(art.paragraphs):
        if k in heads:
            h, apart = heads[k]
            body += ["", h, ""] if apart else [h]
        body += wrap(p, column, hang=True)
    if noise:
        body = add_noise(body, r)
    if art.isolate:
        k = next((k for k, ln in enumerate(body) if art.isolate in ln), None)
        if k is not None:
            pre, post = body[k].split(art.isolate, 1)
            body[k:k + 1] = [x for x in (pre, art.isolate, post) if x]
    if art.injected and len(body) > 4:
        k = r.randint(2, len(body) - 2)
        body[k:k] = [art.injected]
    if art.trailer:
        body.append(art.trailer)
    chunks = [body]
    for _ in range(breaks):
        last = chunks.pop()
        cut = cut_point(last, r)
        chunks += [last[:cut], last[cut:]] if cut else [last]
    out = top + [""] + ([art.byline_line, ""] if art.byline_line else [])
    for c in chunks:
        out += c + [""]
    return out


def cut_point(lines: list[str], r: random.Random) -> int:
    """A column break after a full line that does not end a sentence (mid-sentence), away from the ends."""
    ok = [k for k in range(2, len(lines) - 1) if lines[k - 1][-1] not in "。！？”）" and not lines[k].startswith(("（", "■"))]
    return r.choice(ok) if ok else 0


def add_noise(body: list[str], r: random.Random) -> list[str]:
    """Letter-spaced lines and a line broken into fragments at a comma, as typesetting software emits them."""
    out = []
    for ln in body:
        x = r.random()
        if x < 0.12 and len(ln) > 6:
            out.append(" ".join(ln))
        elif x < 0.2 and "，" in ln[1:-1]:
            k = ln.index("，", 1)
            out += [ln[:k], "，", ln[k + 1:]]
        else:
            out.append(ln)
    return out


#: Styles of the fourth round: see `compose_fourth`.
NEW_STYLES4 = ("feature_subheads", "qa_caption", "notice_list", "photo_news", "opinion", "data_box", "bottom_byline",
               "banner_two", "profile_quote", "county_page", "traditional", "latin_heads")
#: Styles of the third round: see `compose_third`.
NEW_STYLES3 = ("interview_qa", "editor_note", "wire_copy", "jump_lines", "sidebars", "numbered_subheads",
               "role_variants", "credit_lines", "commentary", "text_table")
#: Styles added in the second round (each combines variations the first eighteen do not): see `compose_new`.
NEW_STYLES = ("furniture_between", "byline_forms", "briefs_page", "end_head_block", "kicker_subtitle",
              "letter_spaced", "long_column_breaks", "caption_credits", "wrapped_names")

#: The styles of three signed articles, and the byline forms each article's is drawn from.
THREE_SIGNED = {
    "plain": ("lead",), "headline_block": ("lead", "lead", "trailer"), "column_breaks": ("lead", "mark_line"),
    "trailers": ("trailer", "unit", "lead"), "noisy": ("lead", "mark_line", "staff_line"),
    "furniture_mid": ("lead", "mark_line", "staff_line", "trailer"), "wrapped_heads": ("lead", "mark_line", "trailer"),
    "name_line": ("lead", "mark_line"),
}
#: Styles of text whose lines are whole paragraphs (web pages, archives, copy-paste): see `compose_lines`.
LINE_STYLES = ("para_lines", "para_blank", "para_indent", "para_mixed", "para_short")
STYLES = ("plain", "headline_block", "column_breaks", "byline_lines", "noisy", "signed_plus_brief",
          "same_city_stats", "comma_brief", "name_line", "trailers", "furniture_mid", "wrapped_heads",
          "sub_heads", "bulletins", "last_line_head", "captions_ads", "more_bylines", "same_city_block",
          *NEW_STYLES, *NEW_STYLES3, *LINE_STYLES, *NEW_STYLES4)


def compose(style: str, seed: int) -> tuple[str, list[dict]]:
    """One page of `style`: its dump text and its gold articles (headline, first 32 / last 12 body characters,
    reporters)."""
    w = Writer(seed * 1009 + STYLES.index(style))
    r = w.r
    city, outlet = r.choice(CITIES), r.choice(OUTLETS)
    column = r.choice((14, 15, 17, 19, 21))
    kinds = [w.stats, w.policy, w.feature]
    arts: list[Art] = []
    blocks: list[list[str]] = [furniture(r)]
    breaks, noise = 0, False
    if style in NEW_STYLES:
        return compose_new(style, w, city, outlet, column, blocks)
    if style in NEW_STYLES3:
        return compose_third(style, w, city, outlet, column, blocks)
    if style in LINE_STYLES:
        return compose_lines(style, w, city, outlet)
    if style in NEW_STYLES4:
        return compose_fourth(style, w, city, outlet, column, blocks)
    forms = THREE_SIGNED.get(style)
    if forms is not None:  # three articles of different kinds, each signed in one of the style's forms
        for make in r.sample(kinds, 3):
            a = make(r.choice(CITIES))
            sign(w, a, r.choice(forms) if len(forms) > 1 else forms[0], outlet, city)
            if style == "column_breaks":
                if r.random() < 0.3:
                    a.kicker = f"{city}：" + r.choice(("稳中有进", "民生为先", "项目建设一线"))
                if r.random() < 0.3:
                    a.subtitle = "——" + r.choice(("来自基层一线的报道", "一线调查", "走基层"))
            elif style == "wrapped_heads":
                a.wrap_head = r.choice((8, 9, 10, 11))
            arts.append(a)
    if style == "column_breaks":
        breaks = r.choice((1, 2))
    elif style == "noisy":
        noise = True
    elif style == "byline_lines":
        for form, make in zip(r.sample(("mark_line", "staff_line", "lead", "unit"), 3), r.sample(kinds, 3)):
            a = make(r.choice(CITIES))
            sign(w, a, form, outlet, city)
            arts.append(a)
    elif style == "signed_plus_brief":
        for make in r.sample(kinds, r.choice((2, 3))):
            a = make(city)
            sign(w, a, r.choice(("lead", "mark_line", "staff_line")), outlet, city)
            arts.append(a)
        topic = r.choice(THINGS)
        b = w.brief(city, topic)
        # No date: a brief with no lead of its own, on the topic of the page.
        opening = r.choice(("记者从{}市商务局了解到，", "记者近日从{}市商务局获悉，", "{}市商务局介绍，"))
        b.paragraphs[0] = opening.format(city) + b.paragraphs[0].split("，", 1)[1]
        arts.insert(r.randint(1, len(arts)), b)
    elif style in ("same_city_stats", "same_city_block"):  # (the second with the headlines gathered in a block)
        for _ in range(2):
            a = w.stats(city)
            sign(w, a, r.choice(("lead", "trailer", "none")), outlet, city)
            arts.append(a)
        x = w.policy(r.choice(CITIES))
        sign(w, x, "lead", outlet, city)
        arts.append(x)
    elif style == "comma_brief":
        a = w.stats(city)
        sign(w, a, "lead", outlet, city)
        arts.append(a)
        for _ in range(r.choice((1, 2))):
            b = w.brief(r.choice(CITIES))
            arts.append(b)
        x = w.policy(city)
        sign(w, x, r.choice(("lead", "mark_line")), outlet, city)
        arts.append(x)
    elif style == "furniture_mid":
        arts[r.randint(0, 2)].injected = r.choice(("一审 李六 二审 王七 政审 张八", "投稿邮箱:news@example.com",
                                                   "2024年4月19日星期五", "新闻热线:12345678"))
    elif style == "sub_heads":  # three-paragraph articles with a sub-head before their second or third paragraph
        arts = []
        for make in r.sample(kinds, 3):
            a = make(r.choice(CITIES))
            while len(a.paragraphs) < 3:
                a.paragraphs.append(f"据介绍，{a.topic}相关工作已列入全市年度重点任务清单，将按季度通报进展。")
            sign(w, a, r.choice(("lead", "mark_line", "staff_line", "trailer")), outlet, city)
            a.subheads = [(k, r.choice(SUBHEADS), r.random() < 0.5) for k in r.sample((1, 2), r.choice((1, 2)))]
            arts.append(a)
    elif style == "bulletins":  # unsigned reports one after another, leads on their period or date, one city
        arts = [w.stats(city, period_lead=True) for _ in range(2)] + [w.brief(city)]
        r.shuffle(arts)
    elif style == "last_line_head":  # signed articles; the last one's headline printed as the page's last line
        arts = []
        for make in r.sample(kinds, 3):
            a = make(r.choice(CITIES))
            sign(w, a, r.choice(("lead", "mark_line", "staff_line")), outlet, city)
            arts.append(a)
    elif style == "captions_ads":  # a photo caption and an advertisement between signed articles
        arts = []
        for make in r.sample(kinds, 3):
            a = make(r.choice(CITIES))
            sign(w, a, r.choice(("lead", "mark_line", "trailer")), outlet, city)
            arts.append(a)
    elif style == "more_bylines":  # bracketed leads, role qualifiers, an outlet's trainee line, an author's trailer
        arts = []
        for form, make in zip(r.sample(("bracket_lead", "chief_lead", "trainee_line", "author_trailer"), 3), r.sample(kinds, 3)):
            a = make(r.choice(CITIES))
            sign(w, a, form, outlet, city)
            arts.append(a)
    elif style == "name_line":
        # A person's name set on a line of its own inside a sentence of the second article.
        a, who = arts[1], w.name()
        a.paragraphs.insert(1, f"在现场，{who}向记者介绍了近期的工作安排和下一步打算，相关工作正在有序推进。")
        a.isolate = who
    for a in arts:
        blocks.append(lines_of(a, column, r, breaks, noise))
    if style == "last_line_head":
        blocks[-1] = strip_headline(blocks[-1], arts[-1])
        blocks.append([arts[-1].headline])
    if style == "bulletins" and r.random() < 0.5:  # the headlines gathered in a block
        heads = [a.headline for a in arts]
        blocks = [blocks[0], sum(([h, ""] for h in heads), [])] + [strip_headline(b, a) for b, a in zip(blocks[1:], arts)]
    if style == "captions_ads":
        t, dist = r.choice(THINGS), r.choice(DISTRICTS)
        caption = [*wrap(f"图为{city}市{dist}新建的{t}，居民正在体验。", column, 0), f"本报记者 {w.name()}摄"]
        ad = [f"{r.choice(BRANDS)} 以旧换新", f"全场直销价 电话 {r.randint(10000000, 99999999)}", "（广告）"]
        blocks.insert(r.randint(2, len(blocks)), caption)
        blocks.insert(r.randint(2, len(blocks)), ad)
    if style in ("headline_block", "same_city_block"):
        heads = [a.headline for a in arts]
        r.shuffle(heads)
        blocks = [blocks[0], sum(([h, ""] for h in heads), [])] + [strip_headline(b, a) for b, a in zip(blocks[1:], arts)]
    if r.random() < 0.4 and style not in ("headline_block", "last_line_head", "captions_ads", "same_city_block"):
        blocks.insert(r.randint(2, len(blocks)), [f"{w.name()}/摄" if r.random() < 0.5 else f"本报记者 {w.name()}摄"])
    if style == "furniture_mid" and r.random() < 0.5:
        blocks.append(["新闻热线:12345678", "投稿邮箱:news@example.com"])
    text = page(*blocks)
    return text, [a.gold() for a in arts]


def strip_headline(block: list[str], art: Art) -> list[str]:
    return [ln for ln in block if ln != art.headline]


# --- the second round of styles ------------------------------------------------------------------------------
KICKERS = ("聚焦民生实事", "奋力推进高质量发展", "一线观察", "优化营商环境", "惠民生 暖民心")
SUBTITLES = ("——{}推进民生实事工作综述", "——来自{}基层一线的调查", "——{}一季度经济运行观察")
CAPTIONS = (
    "{m}月{d}日，市民在{city}市{dist}新建的{t}内选购商品。",
    "{city}市{dist}的{t}内，志愿者为居民提供服务。",
    "图为{city}市{dist}{t}一角。",
)
BRIEF_OPENINGS = ("{m}月{d}日，", "近日，", "为方便周边居民就近办事，", "", "记者从{city}市{dist}获悉，")


def sign_new(w: Writer, art: Art, form: str, outlet: str, city: str) -> None:
    """Byline forms of the second round: a staff line with a correspondent, `… 报道`, `文/X 图/Y`, `■本报记者 X`,
    a trailing `（本报记者 X）`; names wrapped at the margin."""
    r = w.r
    a, b = w.name(), w.name()
    if form == "staff_corr_line":
        art.byline_line, art.reporters = f"本报记者 {a} 通讯员 {b}", [a, b]
    elif form == "report_line":
        art.byline_line = r.choice((f"本报记者 {a} 报道", f"{outlet}记者 {a} {b} 报道", f"记者 {a} 通讯员 {b} 报道"))
        art.reporters = [a, b] if b in art.byline_line else [a]
    elif form == "wen_tu":
        art.byline_line = r.choice((f"文/{a} 图/{b}", f"文/本报记者 {a}", f"本报记者 {a} 文/图", f"文/图 本报记者 {a}"))
        art.reporters = [a]
    elif form == "mark_staff":
        art.byline_line = r.choice((f"■本报记者 {a}", f"●本报记者 {a} 通讯员 {b}", f"■本报首席记者 {a}"))
        art.reporters = [a, b] if b in art.byline_line else [a]
    elif form == "staff_trailer":
        art.trailer = r.choice((f"（本报记者 {a}）", f"（本报记者 {a} 通讯员 {b}）", f"（记者 {a} 通讯员 {b}）"))
        art.reporters = [a, b] if b in art.trailer else [a]
    else:
        sign(w, art, form, outlet, city)


def spaced(text: str) -> str:
    """Every character of a line set apart, as a justified title prints in the dump."""
    return " ".join(text)


def spaced_numbers(line: str) -> str:
    """Half-width numbers with a space on either side (`全市 102 座`), as a PDF tool emits them next to CJK."""
    return _spaced_runs(line, str.isdigit, lambda c: c.isdigit() or c == ".")


def _spaced_runs(text: str, opens: Callable[[str], bool], goes_on: Callable[[str], bool]) -> str:
    """`text` with a space on either side of each run that a character `opens` and characters that `goes_on` make."""
    out, k = [], 0
    while k < len(text):
        if opens(text[k]):
            j = k
            while j < len(text) and goes_on(text[j]):
                j += 1
            out.append(f" {text[k:j]} ")
            k = j
        else:
            out.append(text[k])
            k += 1
    return "".join(out).strip()


def long_feature(w: Writer, city: str) -> Art:
    """A long feature of five or six paragraphs, several opening on a long clause with no mark in its first lines."""
    r = w.r
    f, dist, t = r.choice(FIELDS), r.choice(DISTRICTS), r.choice(THINGS)
    who = w.name()
    paras = [
        f"今年以来，{city}市把{f}作为为民办实事的重要内容，先后投入资金{w.num(1, 9)}亿元，惠及群众{r.randint(3, 40)}万人次。",
        f"走进{dist}新近改造完成的{t}记者看到整洁明亮的通道和崭新的便民设施让这里彻底换了模样，前来办事的居民络绎不绝。",
        f"“现在办事方便多了，不用再来回跑。”居民{who}说。据了解，{dist}今年已建成{r.randint(3, 20)}处{t}。",
        f"市发展改革委相关负责人在接受记者采访时表示全市将在现有基础上继续加大{f}方面的投入力度，"
        f"力争到年底新增服务网点{r.randint(20, 90)}个。",
        "围绕群众反映集中的急难愁盼问题各区县也在积极探索适合本地实际的好做法好经验并及时总结推广，形成了一批可复制的经验。",
        f"下一步，{city}市将建立健全长效管理机制，推动{f}从“有没有”向“好不好”转变，让群众获得感成色更足。",
    ]
    head = r.choice((f"{city}：{f}跑出加速度", f"让{f}更有温度", f"{city}全力推进{f}提质增效"))
    return Art(head, paras[: r.choice((5, 6))], [], topic=f)


def brief_item(w: Writer, city: str) -> Art:
    """A brief (简讯): one or two sentences under a bold headline, no byline, its opening drawn from several forms."""
    r = w.r
    m, d = r.randint(1, 12), r.randint(1, 28)
    dist, t = r.choice(DISTRICTS), r.choice(THINGS + FIELDS)
    opening = r.choice(BRIEF_OPENINGS).format(m=m, d=d, city=city, dist=dist)
    what, head = r.choice((
        (f"{city}市{dist}启动{t}提升行动，计划年内完成{r.randint(3, 30)}个点位建设。", f"{dist}{t}提升行动启动"),
        (f"{dist}举办{t}专题培训班，{r.randint(50, 300)}名基层工作人员参加。", f"{dist}开展{t}专题培训"),
        (f"{city}市首批{r.randint(5, 40)}家{t}示范点挂牌，覆盖全市{r.randint(3, 12)}个区县。", f"{t}示范点挂牌"),
        (f"{city}市{t}建设项目全面开工，总投资{r.randint(2, 30)}亿元。", f"{city}{t}建设提速"),
    ))
    paras = [opening + what]
    if r.random() < 0.4:
        paras.append(f"据悉，相关工作将于{r.randint(6, 12)}月底前全部完成。")
    return Art(head, paras, [], topic=t)


def caption_block(w: Writer, city: str, column: float) -> list[str]:
    """A photo caption with its credit, in one of the forms pages print (credit on its own line, at the end of the
    caption's line, in brackets)."""
    r = w.r
    m, d = r.randint(1, 12), r.randint(1, 28)
    text = r.choice(CAPTIONS).format(m=m, d=d, city=city, dist=r.choice(DISTRICTS), t=r.choice(THINGS))
    who = w.name()
    credit = r.choice((f"本报记者 {who} 摄", f"{who}/摄", f"（本报记者 {who} 摄）", f"通讯员 {who} 摄"))
    lines = wrap(text, column, 0, hang=True)
    return lines + [credit] if r.random() < 0.6 else lines[:-1] + [f"{lines[-1]} {credit}"]


def title_fragment_breaks(body: list[str], r: random.Random) -> list[list[str]]:
    """Column breaks that leave the first two or three lines of a paragraph alone between two columns: a piece
    that looks like a title (no mark in it) after a chunk that ended its sentence."""
    ok = [k for k in range(2, len(body) - 4) if body[k - 1].endswith("。")
          and not any(c in "".join(body[k:k + 2]) for c in "，。、；：！？“”")]
    if not ok:
        return [body]
    k = r.choice(ok)
    n = r.choice((2, 2, 3)) if not any(c in body[k + 2] for c in "，。、；：！？“”") else 2
    return [body[:k], body[k:k + n], body[k + n:]]


def compose_new(style: str, w: Writer, city: str, outlet: str, column: float,
                blocks: list[list[str]]) -> tuple[str, list[dict]]:
    """A page of one of NEW_STYLES."""
    r = w.r
    kinds = [w.stats, w.policy, w.feature]
    arts: list[Art] = []
    old_forms = ("lead", "mark_line", "staff_line", "trailer")
    new_forms = ("staff_corr_line", "report_line", "wen_tu", "mark_staff", "staff_trailer")
    if style == "briefs_page":  # four or five briefs, each under its headline, no byline, one city
        arts = [brief_item(w, city) for _ in range(r.choice((4, 5)))]
        heads = {a.headline for a in arts}
        while len(heads) < len(arts):  # headlines differ on a page
            arts = [brief_item(w, city) for _ in range(len(arts))]
            heads = {a.headline for a in arts}
        if r.random() < 0.5:
            blocks.append([r.choice(("简讯", "城事速览", "资讯"))])
        for a in arts:
            blocks.append([a.headline, *[ln for p in a.paragraphs for ln in wrap(p, column, hang=True)]]
                          if r.random() < 0.3 else [a.headline])
            if len(blocks[-1]) == 1:
                blocks.append([ln for p in a.paragraphs for ln in wrap(p, column, hang=True)])
        return page(*blocks), [a.gold() for a in arts]
    if style == "long_column_breaks":  # a long feature cut into columns, a title-like piece between two, and two more
        a = long_feature(w, r.choice(CITIES))
        sign_new(w, a, r.choice(old_forms + new_forms), outlet, city)
        arts.append(a)
        for make in r.sample(kinds, 2):
            x = make(r.choice(CITIES))
            sign_new(w, x, r.choice(old_forms + new_forms), outlet, city)
            arts.append(x)
        r.shuffle(arts)
        for x in arts:
            lines = lines_of(x, column, r)
            if x.topic == a.topic and x is a:
                k = lines.index("")  # the title and byline end at a blank line; the text follows in one chunk
                rest = lines[k + 1:]
                if x.byline_line:
                    rest = rest[2:]
                    k += 2
                text = rest[:-1]
                trailer = [text.pop()] if x.trailer else []
                pieces = title_fragment_breaks(text, r)
                lines = lines[:k + 1] + sum((p + [""] for p in pieces), [])[:-1] + trailer + [""]
            blocks.append(lines)
        return page(*blocks), [x.gold() for x in arts]
    for make in r.sample(kinds, 3):
        a = make(r.choice(CITIES))
        if style == "byline_forms":
            sign_new(w, a, r.choice(new_forms), outlet, city)
        elif style == "wrapped_names":
            sign_new(w, a, r.choice(("lead", "mark_line", "staff_line", "staff_corr_line", "report_line", "mark_staff")),
                     outlet, city)
        else:
            sign_new(w, a, r.choice(old_forms + new_forms), outlet, city)
        if style == "kicker_subtitle":
            if r.random() < 0.6:
                a.kicker = r.choice(KICKERS)
            if r.random() < 0.6 or not a.kicker:
                a.subtitle = r.choice(SUBTITLES).format(r.choice(CITIES))
        arts.append(a)
    if style == "furniture_between" and r.random() < 0.5:  # a page number and an editor's line inside an article
        arts[r.randint(0, 2)].injected = f"{r.randint(2, 16)}\n责编 林一"
    for a in arts:
        lines = lines_of(a, column, r)
        if style == "letter_spaced":  # spaced titles and names, numbers set off by spaces
            lines = [spaced_numbers(ln) if any(c.isdigit() for c in ln) and ln != a.headline else ln for ln in lines]
            lines = [spaced(ln) if ln == a.headline and r.random() < 0.7 else ln for ln in lines]
            lines = [" ".join(ln.rsplit(" ", 1)[0:1] + [spaced(ln.rsplit(" ", 1)[1])]) if ln == a.byline_line and " " in ln
                     else ln for ln in lines]
        if style == "wrapped_names" and a.byline_line:  # the byline line wrapped inside its last name
            k = lines.index(a.byline_line)
            cut = len(a.byline_line) - r.choice((1, 2))
            if a.byline_line.rsplit(" ", 1)[-1] in a.reporters and a.byline_line[cut - 1] != " ":
                lines[k:k + 1] = [a.byline_line[:cut], a.byline_line[cut:]]
        blocks.append(lines)
    if style == "furniture_between":  # the page's furniture between two articles and at the bottom
        m, d = r.randint(1, 12), r.randint(1, 28)
        mid = r.choice(([str(r.randint(2, 16)), "责编 林一 美编 陈二"], [f"A{r.randint(2, 16):02d}", "责编 孙三 校对 吴五"],
                        ["责编 林一 美编 陈二", f"2024年{m}月{d}日 星期三"], [f"{r.randint(2, 16)} 城市新闻"]))
        blocks.insert(r.randint(2, len(blocks) - 1), mid)
        if r.random() < 0.5:
            blocks.append([r.choice(("一审 李六 二审 王七 政审 张八", "新闻热线:12345678")), str(r.randint(2, 16))])
    if style == "end_head_block":  # the headlines gathered at the very end of the page
        heads = [a.headline for a in arts]
        r.shuffle(heads)
        blocks = [blocks[0]] + [strip_headline(b, a) for b, a in zip(blocks[1:], arts)] + [sum(([h, ""] for h in heads), [])[:-1]]
    if style == "caption_credits":
        for _ in range(r.choice((1, 2))):
            blocks.insert(r.randint(2, len(blocks)), caption_block(w, city, column))
    return page(*blocks), [a.gold() for a in arts]


# --- the third round of styles: forms real pages print that the rounds above do not compose -------------------
OFFICES = ("发展改革委", "商务局", "统计局", "人社局", "住建局")
NOTE_HEADS = ("编者按：", "【编者按】", "核心提示：", "编者按 ")
SIDEBARS = ("相关链接", "延伸阅读", "记者手记", "数读", "■记者手记", "【相关链接】")
COLUMNS = ("城事评论", "今日快评", "民生观察", "市井热议", "{}时评")
NUMBERED = (("一、", "二、", "三、"), ("（一）", "（二）", "（三）"), ("■亮点一：", "■亮点二：", "■亮点三："),
            ("◆", "◆", "◆"))
ROLE_FORMS = ("全媒体记者 {a}", "融媒体记者 {a}", "本报全媒体记者 {a} 通讯员 {b}", "通讯员 {b} 记者 {a}",
              "本报记者 {a} 本报通讯员 {b}", "记者 {a} 实习生 {b}", "首席记者 {a}")
ROLE_MARKS = ("□", "◎", "★", "")
RECENT_LEADS = ("昨日，", "昨天，", "日前，", "记者近日从{city}市{office}获悉，", "近日，记者从{city}市{office}了解到，")


def interview(w: Writer, city: str) -> tuple[Art, str]:
    """An interview: an introduction, then questions and answers, each a paragraph opening on who speaks
    (`记者：` / `X：`, `问：` / `答：`): a paragraph opening on 记者 that asks is no byline."""
    r = w.r
    f, office, who = r.choice(FIELDS), r.choice(OFFICES), w.name()
    q, a = r.choice((("记者：", f"{who}："), ("问：", "答："), ("记者：", "答："), ("■记者：", f"■{who}："), ("◆问：", "◆答：")))
    n, m = r.randint(8, 30), r.randint(20, 300)
    paras = [
        f"日前，{city}市出台支持{f}发展的新举措。围绕政策亮点和落实安排，记者专访了{city}市{office}主要负责人{who}。",
        f"{q}此次出台的措施有哪些亮点？",
        f"{a}措施共{n}条，重点在资金扶持、用地保障和人才引进三个方面下功夫，对符合条件的项目最高给予{m}万元补助。",
        f"{q}如何确保政策尽快落地见效？",
        f"{a}我们将建立工作台账，每季度通报一次进展，对落实不力的单位及时督办，让企业和群众真正得到实惠。",
    ]
    if r.random() < 0.5:
        paras += [f"{q}下一步还有哪些打算？", f"{a}我们将继续听取各方意见，适时对政策进行评估和完善。"]
    head = r.choice((f"让{f}政策红利加快释放", f"{f}新政如何落地", f"为{f}发展添动力"))
    return Art(head, paras, [], subtitle=f"——访{city}市{office}主要负责人{who}", topic=f), who


def table_lines(w: Writer, city: str, period: str) -> list[str]:
    """A statistics table dumped line by line: a title, a header, one row per indicator (name, unit, value,
    growth), the cells on one line set apart by spaces, or each on a line of its own."""
    r = w.r
    rows = [("指标名称", "单位", "绝对值", "增长（%）")]
    for ind, unit in r.sample(INDICATORS, r.choice((3, 4))):
        rows.append((ind, unit, w.num(50, 900), w.num(-3, 12)))
    title = f"{period}{city}市主要经济指标"
    if r.random() < 0.5:
        return [title] + [" ".join(row) for row in rows]
    return [title] + [c for row in rows for c in row]


def compose_third(style: str, w: Writer, city: str, outlet: str, column: float,
                  blocks: list[list[str]]) -> tuple[str, list[dict]]:
    """A page of one of NEW_STYLES3: two or three articles, one (or all) printed in the style's form."""
    r = w.r
    kinds = [w.stats, w.policy, w.feature]
    old = ("lead", "mark_line", "staff_line", "trailer", "staff_corr_line", "report_line", "mark_staff")
    arts: list[Art] = []
    displaced: list[str] = []  # a sidebar's lines, printed after the page's last article
    two = r.sample(kinds, 2)
    for make in two:
        a = make(r.choice(CITIES))
        sign_new(w, a, r.choice(old), outlet, city)
        arts.append(a)
    spare = next(make for make in kinds if make not in two)  # the style's article is of the third kind
    k = r.randint(0, 2)  # where the style's article stands among the others
    if style == "interview_qa":
        a, _ = interview(w, city)
        sign_new(w, a, r.choice(("lead", "staff_line", "mark_staff", "report_line")), outlet, city)
        arts.insert(k, a)
    elif style == "editor_note":  # an editor's note (or key points) above an article's lead, set apart or not
        a = spare(city)
        sign_new(w, a, r.choice(("lead", "staff_line", "mark_line", "lead")), outlet, city)
        t = a.topic
        note = r.choice(NOTE_HEADS) + r.choice((
            f"{t}关系千家万户。今起本报推出“{t}进行时”系列报道，记录{city}市的做法和成效，敬请关注。",
            f"如何把{t}办到群众心坎上？本报记者深入{city}市多个区县，探访一线的新做法。",
        ))
        if note.startswith("【编者按】") and r.random() < 0.5:  # the label on a line of its own
            a.paragraphs[0:0] = ["【编者按】", note.removeprefix("【编者按】")]
        else:
            a.paragraphs.insert(0, note)
        arts.insert(k, a)
    elif style == "wire_copy":  # agency copy: `新华社<place>M月D日电（记者 X、Y）` … `（完）`; `据…报道` leads
        a = spare(r.choice(CITIES))
        x, y = w.name(), w.name()
        m, d = r.randint(1, 12), r.randint(1, 28)
        place = r.choice(CITIES)
        form = r.randint(0, 3)
        if form == 0:
            a.paragraphs[0] = f"新华社{place}{m}月{d}日电（记者{x}、{y}）" + a.paragraphs[0]
            a.reporters = [x, y]
        elif form == 1:
            a.paragraphs[0] = f"新华社{place}{m}月{d}日电 （记者 {x}）" + a.paragraphs[0]
            a.reporters = [x]
        elif form == 2:
            a.paragraphs[0] = f"据新华社{place}{m}月{d}日电 " + a.paragraphs[0]
        else:
            a.paragraphs[0] = r.choice(("据新华社电 ", f"据《{r.choice(OUTLETS)}》报道，")) + a.paragraphs[0]
        if r.random() < 0.5 and form < 2:
            a.trailer = "（完）"
        arts.insert(k, a)
    elif style == "jump_lines":  # `（下转第N版）` at an article's end; `（上接第1版）` at a continued one's start
        a = arts[0]
        if a.trailer:  # its signature is printed where the article ends, on the other page
            a.reporters = []
        a.trailer = f"（下转第{r.randint(2, 8)}版）"
        if r.random() < 0.5:  # the page ends the article in the middle of a sentence, the rest is elsewhere
            last = a.paragraphs[-1]
            a.paragraphs[-1] = last[:r.randint(len(last) // 3, len(last) - 4)].rstrip("，。、；：“”《》（）")
        c = w.stats(r.choice(CITIES))
        c.paragraphs = c.paragraphs[1:] or c.paragraphs
        if r.random() < 0.5:  # the continued text opens in the middle of a sentence
            first = c.paragraphs[0]
            c.paragraphs[0] = first[r.randint(4, len(first) // 2):].lstrip("，。、；：”）》%.0123456789")
        c.kicker = "（上接第1版）"  # printed between the jump headline and the text: placed below
        arts.insert(k, c)
    elif style == "sidebars":  # a box with its own small heading inside an article, after its text
        a = spare(city)
        sign_new(w, a, r.choice(("lead", "staff_line", "mark_line")), outlet, city)
        t, label = a.topic, r.choice(SIDEBARS)
        if r.random() < 0.4:  # the box's own small title under its label
            label = f"{label}\n{r.choice(('小', '家门口的'))}{t}里的大民生"
        box = r.choice((
            [f"据了解，{city}市自{r.randint(2015, 2022)}年起推进{t}工作，累计投入资金{w.num(1, 9)}亿元。"],
            [f"采访中，记者发现{t}虽小，却连着群众的日常。", "让好事办好，还要在长效管理上多下功夫。"],
            [f"{r.randint(3, 40)}处：今年新建{t}数量。", f"{r.randint(10, 90)}%：居民满意度。"],
        ))
        a.subheads.append((len(a.paragraphs), label, True))
        a.paragraphs += box
        if "记者手记" in label and r.random() < 0.5:  # the reporter's notes signed at their end
            a.trailer = f"（记者 {a.reporters[0]}）" if a.reporters else ""
        arts.insert(k, a)
    elif style == "numbered_subheads":
        a = w.stats(city)
        while len(a.paragraphs) < 3:
            a.paragraphs.append(f"据介绍，{a.topic}相关工作已列入全市年度重点任务清单，将按季度通报进展。")
        a.paragraphs.append(f"下一步，{city}市将继续加强经济运行监测调度，推动各项政策措施落地见效。")
        sign_new(w, a, r.choice(("lead", "staff_line", "mark_line")), outlet, city)
        marks = r.choice(NUMBERED)
        heads = r.sample(SUBHEADS, 3)
        apart = r.random() < 0.5  # the sub-heads after the opening paragraph, set apart by blank lines or not
        a.subheads = [(j + 1, marks[j] + heads[j], apart) for j in range(3)]
        arts.insert(k, a)
    elif style == "role_variants":  # role words and marks: 全媒体记者, 融媒体记者, 实习生, 通讯员 before 记者, □ ◎ ★
        arts = [make(r.choice(CITIES)) for make in r.sample(kinds, 2)]
        for a in arts:
            x, y = w.name(), w.name()
            who = r.choice(ROLE_FORMS).format(a=x, b=y)
            if r.random() < 0.5:
                a.paragraphs[0] = f"本报讯（{who}）" + a.paragraphs[0]
            else:
                a.byline_line = r.choice(ROLE_MARKS) + who
            a.reporters = [x, y] if y in who else [x]
        b = w.brief(city)
        office = r.choice(OFFICES)
        b.paragraphs[0] = r.choice(RECENT_LEADS).format(city=city, office=office) + b.paragraphs[0].split("，", 1)[1]
        arts.insert(k, b)
    elif style == "credit_lines":  # photo credits and page credits in the forms pages print
        a = spare(city)
        sign_new(w, a, "wen_tu", outlet, city)
        arts.insert(k, a)
    elif style == "commentary":  # a signed column: its label, headline, text, and `■ X` or `（作者系…）`
        a = w.policy(city)
        x = w.name()
        a.paragraphs = [
            f"{a.topic}看似小事，却是群众日常生活中绕不开的大事。一项政策好不好，群众最有发言权。",
            f"办好{a.topic}，既要舍得投入，更要用心经营。只有把群众的意见当作“指挥棒”，才能少走弯路。",
            "说到底，民生工作没有终点，只有连续不断的新起点。期待更多这样的实招落地生根。",
        ][: r.choice((2, 3))]
        a.headline = r.choice((f"把{a.topic}办到群众心坎上", f"{a.topic}贵在用心", f"从{a.topic}看治理温度"))
        a.kicker = r.choice(COLUMNS).format(city)
        a.reporters = [x]
        form = r.randint(0, 2)
        if form == 0:
            a.byline_line = r.choice(("■ ", "□", "◎")) + x
        elif form == 1:
            a.trailer = f"（作者系{city}市社会科学院研究员）"
            a.byline_line = x
        else:
            a.trailer = r.choice((f"■ {x}", f"（{x}）"))
        arts.insert(k, a)
    elif style == "text_table":  # a statistics report with its table dumped after its text (a block of the page)
        a = w.stats(city)
        sign_new(w, a, r.choice(("lead", "staff_line")), outlet, city)
        arts.insert(k, a)
        table = table_lines(w, city, r.choice(PERIODS)[0])
    for a in arts:
        lines = lines_of(a, column, r)
        if style == "jump_lines" and a.kicker == "（上接第1版）":
            lines = [ln for ln in lines if ln != a.kicker]
            j = lines.index("")
            lines[j + 1:j + 1] = [a.kicker] + ([""] if r.random() < 0.5 else [])
        if a.trailer.startswith(("（下转", "（完")) and r.random() < 0.4:
            j = len(lines) - 2  # printed at the end of the last line
            lines[j - 1:j + 1] = [lines[j - 1] + lines[j]]
        if style == "text_table" and a is arts[k]:
            lines = lines[:-1] + [""] + table + [""]
        if style == "sidebars" and a is arts[k] and not a.trailer and r.random() < 0.3:
            # the box printed out of reading order, after the page's last article
            label = a.subheads[-1][1]
            at = max(j for j, ln in enumerate(lines) if ln == label)
            displaced = lines[at:]
            lines = lines[:at - 1]
        blocks.append(lines)
    if style == "sidebars" and displaced:
        blocks.append(displaced)
    if style == "credit_lines":  # photo credits with no name, and the page's own credits
        for _ in range(r.choice((1, 2))):
            blocks.insert(r.randint(2, len(blocks)), [r.choice(("图/受访者供图", "（受访者供图）", "资料图片",
                                                                 f"图/{city}市{r.choice(OFFICES)}提供"))])
        blocks.append([r.choice((f"本版图片由{city}市{r.choice(OFFICES)}提供", f"本版统筹 {w.name()}",
                                 f"本版撰文 {w.name()} {w.name()}", f"版式设计 {w.name()}"))])
    # A trailer (a jump line, an agency's `（完）`) is no text of the article, and a table is kept on the page apart.
    return page(*blocks), [a.gold() for a in arts]


# --- text whose lines are whole paragraphs: what archives, web pages and copy-paste out of a viewer keep ----------
SHORT_PARAS = ("“现在方便多了。”居民{who}说。", "记者了解到，相关工作已全面启动。", "{who}对此深有感触。",
               "这只是一个缩影。", "据悉，项目将于年底前完工。", "“我们会一直做下去。”{who}说。")


def compose_lines(style: str, w: Writer, city: str, outlet: str) -> tuple[str, list[dict]]:
    """A page of LINE_STYLES: every paragraph on one line (no column, nothing wrapped), headlines and bylines on lines of
    their own; `para_blank` puts a blank line after every line, `para_indent` opens paragraphs with `　　`,
    `para_mixed` adds byline lines, sub-heads, trailers, photo captions and briefs, `para_short` one-sentence paragraphs."""
    r = w.r
    kinds = [w.stats, w.policy, w.feature]
    arts: list[Art] = []
    makes: list = r.sample(kinds, 3)
    if style == "para_mixed" and r.random() < 0.6:
        makes.insert(r.randint(0, 3), None)  # and a brief: no byline
    for make in makes:
        if make is None:
            a = brief_item(w, city)
        else:
            a = make(r.choice(CITIES))
            forms = ("lead", "staff_line", "mark_line", "trailer", "staff_trailer", "report_line") if style == "para_mixed" \
                else ("lead", "lead", "trailer")
            sign_new(w, a, r.choice(forms), outlet, city)
        if style == "para_short":  # one-sentence paragraphs, shorter than any column, among the others
            for short in r.sample(SHORT_PARAS, r.choice((1, 2))):
                a.paragraphs.insert(r.randint(1, len(a.paragraphs)), short.format(who=w.name()))
        if style == "para_mixed" and len(a.paragraphs) >= 3 and r.random() < 0.5:
            a.subheads = [(r.randint(1, len(a.paragraphs) - 1), r.choice(SUBHEADS), False)]
        arts.append(a)
    blocks: list[list[str]] = []
    for a in arts:
        lines = [a.headline] + ([a.byline_line] if a.byline_line else [])
        heads = {k: h for k, h, _ in a.subheads}
        for k, p in enumerate(a.paragraphs):
            if k in heads:
                lines.append(heads[k])
            lines.append(("\u3000\u3000" if style == "para_indent" else "") + p)
        if a.trailer:  # after the last full stop, on its line or on a line of its own
            if r.random() < 0.5:
                lines[-1] += a.trailer
            else:
                lines.append(a.trailer)
        blocks.append(lines)
    if style == "para_mixed":  # a photo caption, its credit on its line or after its sentence
        cap = r.choice(CAPTIONS).format(m=r.randint(1, 12), d=r.randint(1, 28), city=city, dist=r.choice(DISTRICTS),
                                        t=r.choice(THINGS))
        credit = r.choice((f"本报记者 {w.name()} 摄", f"{w.name()}/摄"))
        blocks.insert(r.randint(1, len(blocks)), [cap, credit] if r.random() < 0.6 else [f"{cap} {credit}"])
    lines = [ln for b in blocks for ln in b]
    if style == "para_blank":
        text = "\n\n".join(lines) + "\n"
    else:
        text = "\n".join(lines) + "\n"
    return text, [a.gold() for a in arts]


# --- the fourth round: genres and forms of real pages the first three rounds do not compose ---------------------
VILLAGES = ("柳树湾", "石桥", "杏花", "大坪", "河口", "青山", "桃源", "双井")
TOWNS = ("龙泉", "白沙", "新安", "黄桥", "清水", "马坊", "金鸡", "太平")
FEATURE_HEADS = ("从“要我干”到“我要干”", "小院里的大变化", "老手艺有了新门路", "家门口就业不是梦", "一张网管到底",
                 "好风景变成好“钱景”", "夜色里的新活力", "民生小事无小事", "把办公桌搬到田间", "守住群众的“菜篮子”")
QUOTES = ("干一行就要爱一行", "群众的事再小也是大事", "能帮一把是一把", "手艺不能在我手里断了", "把每一件小事做好",
          "只要大家需要，我就一直干下去")
AWARDS = ("优秀志愿服务项目", "文明单位", "“专精特新”中小企业", "放心消费示范单位", "绿色社区", "星级农家乐")
FIRM_WORDS = ("恒通", "瑞丰", "华信", "宏达", "兴业", "鼎盛", "远航", "金穗", "新源", "博雅")
FIRM_KINDS = ("科技有限公司", "食品有限公司", "机械制造有限公司", "物流有限公司", "农业专业合作社", "社区居民委员会")
ROADS = ("人民路", "解放路", "建设大道", "滨河路", "文化路")
PHOTO_NEWS = (
    ("夏粮开镰", "{m}月{d}日，{city}市{town}镇的麦田里，农机手驾驶收割机抢收小麦。今年全市{n}万亩小麦陆续进入收获期。"),
    ("{t}里的欢乐时光", "{m}月{d}日，{city}市{dist}{t}内，孩子们在志愿者带领下做手工、读绘本，度过愉快的周末。"),
    ("银发课堂", "近日，在{city}市{dist}老年大学，学员们跟着老师学习智能手机使用技巧。该校今年新开课程{n}门。"),
    ("荷花映新城", "{m}月{d}日，{city}市{dist}湿地公园内荷花竞相绽放，吸引众多市民前来观赏拍照。"),
    ("抢抓晴好天气施工", "{m}月{d}日，{city}市{dist}重点项目建设现场，工人们抢抓晴好天气加紧施工。"),
)
PHOTO_LABELS = ("图说", "图片新闻", "图说{city}", "镜头")
OPINION_COLUMNS = ("{city}专栏", "周末随笔", "品读{city}", "名家专栏", "草木人间")
ESSAY_THINGS = ("老街", "外婆的菜园", "故乡的河", "旧书摊", "小城的秋天", "父亲的自行车")
BANNERS = ("奋战二季度 确保双过半", "聚力{f} 共建美好{city}", "学习贯彻全会精神", "项目建设攻坚年", "优化营商环境 {city}在行动")
LATIN = (
    ("5G基站", "个", "全市新建5G基站{n}个", "截至目前，{city}市累计建成5G基站{n}个，实现城区和乡镇5G网络全覆盖，"
     "5G用户突破{x}万户。"),
    ("PM2.5", "微克/立方米", "PM2.5平均浓度同比下降{g}%", "{period}，{city}市PM2.5平均浓度为{x}微克/立方米，"
     "同比下降{g}%，空气质量优良天数比例达到{y}%。"),
    ("APP", "项", "“i{city}”APP上线{s}项服务", "日前，“i{city}”APP完成升级，新上线社保查询、公积金提取等{s}项服务，"
     "注册用户已超过{x}万人。"),
    ("GDP", "亿元", "{period}{city}GDP增长{g}%", "{period}，{city}市实现地区生产总值（GDP）{x}亿元，同比增长{g}%，"
     "增速比上年同期提高{y}个百分点。"),
    ("CPI", "%", "{period}{city}CPI同比上涨{g}%", "{period}，{city}市居民消费价格指数（CPI）同比上涨{g}%，"
     "其中食品价格上涨{f1}%，非食品价格上涨{f2}%。"),
    ("ETC", "万", "ETC用户突破{x}万", "记者从{city}市交通运输局获悉，截至{m}月底，全市ETC用户突破{x}万，"
     "高速公路ETC使用率达到{y}%。"),
)
LATIN_HEADS_SPACED = 0.3  # the share of Latin headlines a PDF tool printed with spaces around the Latin


def body_parts(a: Art, column: float) -> list[list[str]]:
    """The article's text as printed, paragraph by paragraph (a sub-head set inline is a part of its own)."""
    heads = {k: (h, apart) for k, h, apart in a.subheads}
    out: list[list[str]] = []
    for k, p in enumerate(a.paragraphs):
        if k in heads:
            h, apart = heads[k]
            out.append(["", h, ""] if apart else [h])
        out.append(wrap(p, column, hang=True))
    return out


def sectioned_feature(w: Writer, city: str) -> Art:
    """A long feature (通讯) in sections under unnumbered sub-heads, each section opening on its own subject: a
    time, a quote, a person, a place (never `全市…`, `分行业看，`)."""
    r = w.r
    v, dist, f = r.choice(VILLAGES), r.choice(DISTRICTS), r.choice(FIELDS)
    who, who2 = w.name(), w.name()
    age = r.randint(35, 72)
    sections = [
        [f"清晨七点，{v}村的文化广场上已经有了人气。{who}把自家种的蔬菜摆上摊位，不到一个小时就卖了大半。",
         f"“以前这里是一片荒地，下雨天连路都走不了。”{who}说，村里把闲置地块改造成广场和集市后，"
         f"她每个月能多收入{r.randint(8, 30)}00元。"],
        [f"今年{age}岁的{who2}是{v}村的老党员。{r.randint(3, 9)}年前，他带头成立了村民议事会，大事小情都拿到会上商量。",
         f"“事情大家定，干起来就有劲。”在{who2}的带动下，村里先后办成了修路、通水、装路灯等{r.randint(5, 20)}件实事。"],
        [f"在{v}村党群服务中心，一块电子屏实时显示着全村的网格信息。哪家老人需要帮助，哪段路灯坏了，一目了然。",
         f"据{dist}有关负责人介绍，目前全区已有{r.randint(10, 60)}个村推广了这一做法，群众满意度明显提升。"],
        [f"“{r.choice(QUOTES)}。”这是{v}村驻村第一书记常说的一句话。两年来，他走遍了全村{r.randint(100, 600)}户人家。",
         f"{v}村的变化，是{city}市推进{f}的一个缩影。下一步，{city}市将总结推广基层经验，让更多村庄焕发新活力。"],
    ]
    lead = (f"初夏时节，走进{city}市{dist}{v}村，平整的水泥路通到家家户户门口，房前屋后花木扶疏，"
            f"一幅宜居宜业的美丽画卷徐徐展开。")
    n = r.choice((3, 3, 4))
    picked = sections[:n - 1] + [sections[3]]
    heads = r.sample(FEATURE_HEADS, n)
    paras = [lead]
    subheads = []
    apart = r.random() < 0.5
    for h, sec in zip(heads, picked):
        subheads.append((len(paras), h, apart))
        paras += sec[: r.choice((1, 2, 2))]
    head = r.choice((f"{v}村的“蝶变”之路", f"{f}绘就幸福新图景", f"走进{v}村看变化"))
    a = Art(head, paras, [], subheads=subheads, topic=f)
    if r.random() < 0.5:
        a.subtitle = r.choice(("——{}推进{}见闻", "——来自{}基层一线的{}观察")).format(city, f)
    return a


def qa_interview(w: Writer, city: str) -> tuple[Art, str]:
    """An interview in questions and answers, the speaker opening each paragraph in forms pages print: `记者：`/`答：`,
    `问：`/`X：`, `Q：`/`A：`, the speaker's name set bold with only a space after it (`记者 此次…`)."""
    a, who = interview(w, city)
    r = w.r
    q, ans = r.choice((("记者：", "答："), ("问：", f"{who}："), ("Q：", "A："), ("记者 ", f"{who} "),
                       ("本报记者：", f"{who}：")))
    old = [p.split("：", 1)[0] + "：" if "：" in p[:8] else "" for p in a.paragraphs]
    paras = [a.paragraphs[0]]
    for k, p in enumerate(a.paragraphs[1:], 1):
        body = p[len(old[k]):] if old[k] else p
        paras.append((q if k % 2 else ans) + body)
    a.paragraphs = paras
    return a, who


def notice(w: Writer, city: str) -> Art:
    """A public notice (公示): a title, a sentence that introduces numbered items, the items, the objection period,
    contact lines, the office and the date it is issued (all its text)."""
    r = w.r
    year, m, d = r.choice((2023, 2024)), r.randint(1, 12), r.randint(1, 20)
    award, office = r.choice(AWARDS), r.choice(OFFICES + ("民政局", "市场监管局", "文明办"))
    n = r.randint(3, 6)
    marks = r.choice(("{}.", "{}、", "（{}）"))
    items = [marks.format(k + 1) + f"{city}市{r.choice(FIRM_WORDS)}{r.choice(FIRM_KINDS)}" for k in range(n)]
    head = r.choice((f"关于{year}年度{city}市{award}拟命名对象的公示", f"{city}市{year}年{award}名单公示",
                     f"关于拟认定{city}市{award}的公示"))
    paras = [f"根据《{city}市{award}评选管理办法》，经单位申报、资格审查、实地核查和专家评审，拟命名以下{n}家单位为"
             f"{year}年度{city}市{award}，现予以公示：", *items,
             f"公示期为{year}年{m}月{d}日至{m}月{d + 6}日。公示期间，如对公示对象有异议，请以书面形式向{city}市{office}反映。"
             "单位反映情况须加盖公章，个人反映情况须署真实姓名。",
             f"联系电话：0{r.randint(100, 999)}-{r.randint(1000000, 9999999)}",
             f"联系地址：{city}市{r.choice(ROADS)}{r.randint(1, 300)}号",
             f"{city}市{office}", f"{year}年{m}月{d}日"]
    return Art(head, paras, [], topic=award)


def photo_item(w: Writer, city: str, column: float) -> tuple[Art, list[str]]:
    """A photo-news item (图片新闻): a headline, one or two caption sentences, the photographer's credit (a credit, not a
    byline: the gold names no reporter)."""
    r = w.r
    head, text = r.choice(PHOTO_NEWS)
    t = r.choice(THINGS)
    fill = dict(m=r.randint(1, 12), d=r.randint(1, 28), city=city, dist=r.choice(DISTRICTS), town=r.choice(TOWNS),
                t=t, n=r.randint(3, 60))
    a = Art(head.format(**fill), [text.format(**fill)], [], topic=t)
    who = w.name()
    credit = r.choice((f"本报记者 {who} 摄", f"{who} 摄", f"通讯员 {who} 摄", f"本报记者 {who}/摄", f"（{who} 摄）"))
    lines = wrap(a.paragraphs[0], column, hang=True)
    lines = lines + [credit] if r.random() < 0.6 else lines[:-1] + [f"{lines[-1]}{r.choice(('', ' '))}{credit}"]
    return a, [a.headline] + ([""] if r.random() < 0.5 else []) + lines


def commentator(w: Writer, city: str) -> tuple[Art, str]:
    """A commentator's article (评论员文章): signed `本报评论员` (no one named) or by a named guest commentator, text with
    no lead form."""
    r = w.r
    f = r.choice(FIELDS)
    paras = [
        f"民生无小事，枝叶总关情。{f}连着千家万户，是群众最关心、最直接、最现实的利益问题。",
        f"近年来，{city}市坚持以人民为中心的发展思想，把{f}摆在更加突出的位置，一批惠民举措落地见效，"
        "群众的获得感、幸福感、安全感持续增强。",
        "也要清醒看到，与群众的期盼相比，一些领域还存在短板弱项。越是任务繁重，越要保持定力，一步一个脚印向前走。",
        f"做好{f}工作，关键在落实。各级各部门要拿出“钉钉子”精神，既尽力而为、又量力而行，把好事办好、实事办实。",
        "蓝图已经绘就，奋进正当其时。让我们凝心聚力、真抓实干，以实际行动书写无愧于时代的新答卷。",
    ]
    a = Art(r.choice((f"用心用情办好{f}", f"让{f}成果更多惠及群众", f"以实干担当推动{f}提质")),
            paras[: r.choice((3, 4, 5))], [], topic=f)
    if r.random() < 0.5:
        a.subtitle = r.choice((f"——论推动{f}高质量发展", f"——{r.choice('一二三')}论做好{f}工作"))
    x = w.name()
    form = r.randint(0, 3)
    if form == 0:
        a.byline_line = "本报评论员"
    elif form == 1:
        a.byline_line = r.choice(("□本报评论员", "■本报评论员", "◎本报评论员"))
    elif form == 2:
        a.byline_line, a.reporters = f"本报特约评论员 {x}", [x]
    else:
        a.trailer = "（本报评论员）"
    return a, x


def column_essay(w: Writer, city: str) -> tuple[Art, list[str]]:
    """A signed column (专栏): the column's name over its headline, `文/X`, `■X` or `◎X`, an essay, and the author's bio
    (`作者简介：…` after the text or under the byline, or `（作者系…）`): the bio is no text of the essay."""
    r = w.r
    t = r.choice(ESSAY_THINGS)
    x = w.name()
    paras = [
        f"小时候，总觉得{t}很大，大得装得下整个童年。后来离开了家，才知道它不过是{city}城里一个不起眼的角落。",
        f"那时的日子过得慢。放学回家，把书包往门口一扔，就跑去{t}边玩到天黑，直到母亲在巷口一遍遍喊我的名字。",
        f"如今再回{city}，{t}早已变了模样，可每次经过，我还是会停下脚步，站上一会儿。",
        "原来，人这一生走得再远，心里总有一个地方，是用来安放乡愁的。",
    ]
    a = Art(r.choice((f"又见{t}", f"{t}记忆", f"我的{t}")), paras[: r.choice((3, 4))], [x], topic=t)
    a.kicker = r.choice(OPINION_COLUMNS).format(city=city)
    a.byline_line = r.choice((f"文/{x}", f"■{x}", f"◎ {x}", f"文/ {x}"))
    bio = r.choice((f"作者简介：{x}，{city}市作家协会会员，著有散文集《{t}》等。",
                    f"（作者系{city}市作家协会会员）", f"{x}，{city}市人，中学教师，业余从事散文创作。"))
    return a, bio


def data_box(w: Writer, city: str, a: Art) -> list[str]:
    """A box of figures (`数读`) one per line: a big figure on its line, what it counts on the next."""
    r = w.r
    label = r.choice(("数读", "【数读】", f"数读{city}", "■数读", "数说"))
    rows = [(f"{w.num(80, 900)}亿元", r.choice(INDICATORS)[0]), (f"{w.num(1, 12)}%", "同比增速"),
            (f"{r.randint(20, 300)}个", "新开工重大项目"), (f"{r.randint(2, 40)}万人", "城镇新增就业")]
    rows = rows[: r.choice((2, 3, 4))]
    form = r.randint(0, 2)
    if form == 0:  # figure over words
        lines = [x for row in rows for x in row]
    elif form == 1:  # figure and words on one line
        lines = [f"{n} {what}" for n, what in rows]
    else:  # a mark before each figure
        lines = [x for n, what in rows for x in (f"▲{n}", what)]
    return [label] + lines


def county_item(w: Writer, county: str, town: str) -> Art:
    """A county paper's report on a township: `全县`, `我县`, `该镇` instead of a city's words."""
    r = w.r
    f = r.choice(FIELDS)
    paras = [
        f"今年以来，{town}镇把{f}作为为民办实事的重点，整合资金{w.num(50, 900, 0)}万元，新建改建服务点位{r.randint(3, 20)}个。",
        f"“以前办事要跑县城，现在在镇上就能办好。”{town}镇{r.choice(VILLAGES)}村村民{w.name()}说。",
        f"据了解，我县已在{r.randint(5, 16)}个乡镇推广这一做法，全县{f}服务覆盖率达到{r.randint(70, 99)}%。",
    ]
    head = r.choice((f"{town}镇：{f}惠民生", f"{town}镇{f}跑出加速度", f"{county}县{f}服务延伸到村"))
    return Art(head, paras[: r.choice((2, 3))], [], topic=f)


def county_brief(w: Writer, county: str, town: str, mark: str) -> Art:
    """One item of a county page's brief column: it opens on its township's name set bold (no headline of its own)."""
    r = w.r
    m, d = r.randint(1, 12), r.randint(1, 28)
    t = r.choice(THINGS + FIELDS)
    what = r.choice((f"近日，该镇举办{t}专题培训班，{r.randint(30, 200)}名村组干部参加培训。",
                     f"{m}月{d}日，该镇首个{t}建成投用，可服务周边{r.randint(2, 9)}个村{r.randint(1, 8)}千余名群众。",
                     f"日前，该镇组织志愿者开展{t}入户走访，收集群众意见建议{r.randint(10, 90)}条。"))
    label = mark.format(f"{town}镇")
    return Art("", [label + what], [], topic=t)


def latin_article(w: Writer, city: str) -> Art:
    r = w.r
    key, _, head, lead = r.choice(LATIN)
    period = r.choice(PERIODS)[0]
    fill = dict(city=city, period=period, n=r.randint(200, 9000), x=w.num(10, 900), y=w.num(50, 99), g=w.num(0.5, 9),
                m=r.randint(1, 12), f1=w.num(0.5, 6), f2=w.num(0.2, 3), s=r.randint(12, 90))
    paras = [lead.format(**fill),
             f"记者了解到，{city}市将{key}相关工作纳入年度民生实事清单，由市有关部门牵头，按月调度推进。",
             f"下一步，{city}市将继续加大投入，推动{key}相关指标持续向好，更好满足群众需求。"]
    return Art(head.format(**fill), paras[: r.choice((2, 3))], [], topic=key)


def latin_spaced(text: str) -> str:
    """Spaces around half-width runs (`全市新建 5G 基站 1200 个`), as a PDF tool emits Latin next to CJK."""
    return _spaced_runs(text, lambda c: c.isascii() and c not in "“”", str.isascii)


def to_traditional(a: Art, conv) -> Art:
    """The article in traditional characters, quotes as 「」 (as Hong Kong and Taiwan pages set them) or kept."""
    c = conv.convert
    a.headline, a.kicker, a.subtitle = c(a.headline), c(a.kicker), c(a.subtitle)
    a.byline_line, a.trailer = c(a.byline_line), c(a.trailer)
    a.paragraphs = [c(p) for p in a.paragraphs]
    a.reporters = [c(x) for x in a.reporters]
    a.subheads = [(k, c(h), apart) for k, h, apart in a.subheads]
    return a


def compose_fourth(style: str, w: Writer, city: str, outlet: str, column: float,
                   blocks: list[list[str]]) -> tuple[str, list[dict]]:
    """A page of one of NEW_STYLES4: most pages hold one or two ordinary signed articles around the style's own."""
    r = w.r
    kinds = [w.stats, w.policy, w.feature]
    old = ("lead", "mark_line", "staff_line", "trailer", "staff_corr_line", "report_line", "mark_staff")

    def others(n: int) -> list[Art]:
        out = []
        for make in r.sample(kinds, n):
            a = make(r.choice(CITIES))
            sign_new(w, a, r.choice(old), outlet, city)
            out.append(a)
        return out

    arts = others(r.choice((1, 2)))
    k = r.randint(0, len(arts))  # where the style's article stands among the others
    lines_for: dict[int, list[str]] = {}  # article id -> its printed lines, when not `lines_of`
    if style == "feature_subheads":
        a = sectioned_feature(w, city)
        sign_new(w, a, r.choice(("staff_line", "staff_corr_line", "report_line", "mark_staff", "lead")), outlet, city)
        arts.insert(k, a)
    elif style == "qa_caption":
        a, who = qa_interview(w, city)
        sign_new(w, a, r.choice(("lead", "staff_line", "mark_staff", "report_line")), outlet, city)
        arts.insert(k, a)
        parts = body_parts(a, column)
        j = r.randint(2, len(parts) - 1)  # a photo of the interviewee between two paragraphs
        cap = r.choice((f"图为{who}接受记者采访。", f"{who}（右）向记者介绍政策落实情况。", f"{who}在接受本报记者专访时表示，"
                        "政策的生命力在于落实。"))
        shooter = w.name()
        credit = r.choice((f"本报记者 {shooter} 摄", f"{shooter}/摄", f"（本报记者 {shooter} 摄）"))
        cap_lines = wrap(cap, column, 0, hang=True)
        cap_lines = cap_lines + [credit] if r.random() < 0.6 else cap_lines[:-1] + [f"{cap_lines[-1]} {credit}"]
        top = lines_of(Art(a.headline, [], [], kicker=a.kicker, subtitle=a.subtitle, byline_line=a.byline_line), column, r)
        text = [ln for p in parts[:j] for ln in p] + [""] + cap_lines + [""] + [ln for p in parts[j:] for ln in p]
        lines_for[id(a)] = top[:-1] + text + ([a.trailer] if a.trailer else []) + [""]
    elif style == "notice_list":
        a = notice(w, city)
        arts.insert(k, a)
        parts = [[ln for ln in wrap(p, column, hang=True)] for p in a.paragraphs]
        lines_for[id(a)] = [a.headline, ""] + sum(parts, []) + [""]
    elif style == "photo_news":
        label = [r.choice(PHOTO_LABELS).format(city=city)] if r.random() < 0.5 else []
        for j in range(r.choice((1, 2))):
            a, lines = photo_item(w, r.choice(CITIES), column)
            while any(x.headline == a.headline for x in arts):
                a, lines = photo_item(w, r.choice(CITIES), column)
            arts.insert(k, a)
            lines_for[id(a)] = (label if j == 0 else []) + lines + [""]
    elif style == "opinion":
        arts = []
        a, _ = commentator(w, city)
        arts.append(a)
        b, bio = column_essay(w, city)
        form = r.randint(0, 2)
        lines = lines_of(b, column, r)
        if bio.startswith("（"):
            b.trailer = bio
            lines = lines_of(b, column, r)
        elif form == 0:  # the bio under the byline line
            j = lines.index(b.byline_line)
            lines[j + 1:j + 1] = wrap(bio, column, 0, hang=True) + [""]
        else:  # the bio after the text, set apart
            lines = lines + wrap(bio, column, 0, hang=True) + [""]
        lines_for[id(b)] = lines
        arts.insert(r.randint(0, 1), b)
        if r.random() < 0.5:  # and a short news item on the page
            arts += others(1)
    elif style == "data_box":
        a = w.stats(city)
        sign_new(w, a, r.choice(("lead", "staff_line", "mark_staff")), outlet, city)
        box = data_box(w, city, a)
        lines = lines_of(a, column, r)
        lines = lines[:-1] + [""] + box[:1] + ([""] if r.random() < 0.3 else []) + box[1:] + [""]
        a.subheads.append((len(a.paragraphs), box[0], True))
        a.paragraphs.append("".join(box[1:]))  # the gold: the box's lines are the article's, after its text
        lines_for[id(a)] = lines
        arts.insert(k, a)
    elif style == "bottom_byline":
        a = kinds[r.randint(0, 2)](r.choice(CITIES))
        x, y, ed = w.name(), w.name(), w.name()
        form = r.randint(0, 4)
        tail = [
            [f"责任编辑：{ed}", f"本报记者 {x}"],
            [f"编辑 {ed}", f"记者 {x} 通讯员 {y}"],
            [f"编辑：{ed} 校对：{w.name()}", f"记者：{x} 通讯员：{y}"],
            [f"责编 {ed}", f"文/{x}"],
            [f"（编辑 {ed}）", f"（记者 {x}）"],
        ][form]
        a.reporters = [x, y] if y in tail[1] else [x]
        lines = lines_of(a, column, r)
        lines = lines[:-1] + ([""] if r.random() < 0.4 else []) + tail + [""]
        lines_for[id(a)] = lines
        arts.insert(k, a)
    elif style == "banner_two":
        f = r.choice(FIELDS)
        banner = r.choice(BANNERS).format(f=f, city=city)
        if r.random() < 0.3:
            banner = spaced(banner.replace(" ", ""))
        arts = []
        for make in r.sample((w.brief, w.policy, w.stats), 2):
            a = make(city)
            a.paragraphs = a.paragraphs[:2]
            if r.random() < 0.7:
                sign_new(w, a, r.choice(("lead", "lead", "mark_line", "staff_trailer")), outlet, city)
            arts.append(a)
        blocks.append([banner] + ([f"——{city}市{f}工作综述"] if r.random() < 0.3 else []))
    elif style == "profile_quote":
        a = w.feature(city)
        who, t = w.name(), a.topic
        quote = r.choice(QUOTES)
        age = r.randint(40, 70)
        lead = r.choice((
            [f"“{quote}。”这是{who}常挂在嘴边的一句话。"],
            [f"“{quote}！”", f"这句话，{who}说了{r.randint(10, 30)}年，也做了{r.randint(10, 30)}年。"],
            [f"“{quote}。”{age}岁的{who}说这话时，眼里闪着光。"],
        ))
        a.paragraphs = lead + [
            f"{who}是{city}市{r.choice(DISTRICTS)}{t}的负责人。{r.randint(10, 30)}年来，他风雨无阻，"
            f"把{t}打理得井井有条，被街坊们亲切地称为“{who[0]}师傅”。",
            f"去年，{who}被评为“{city}好人”。面对荣誉，他说：“我只是做了自己该做的事。”",
        ]
        a.headline = r.choice((f"{who}：把{t}当成自己的家", f"“{quote}”", f"{who}的{t}情缘"))
        a.kicker = r.choice(("人物", "身边的好人", f"最美{city}人", "凡人善举"))
        if r.random() < 0.5:
            a.subtitle = f"——记{city}市{t}负责人{who}"
        sign_new(w, a, r.choice(("staff_line", "staff_corr_line", "mark_staff", "wen_tu")), outlet, city)
        arts.insert(k, a)
    elif style == "county_page":
        county = city
        towns = r.sample(TOWNS, 6)
        arts = []
        for j in range(2):
            a = county_item(w, county, towns[j])
            x, y = w.name(), w.name()
            form = r.randint(0, 5)
            if form == 0:
                a.paragraphs[0] = f"本报讯（通讯员 {x}）" + a.paragraphs[0]
            elif form == 1:
                a.paragraphs[0] = f"本报讯（通讯员 {x} {y}）" + a.paragraphs[0]
            elif form == 2:
                a.byline_line = r.choice((f"■通讯员 {x}", f"本报通讯员 {x}", f"通讯员 {x} {y}"))
            elif form == 3:
                a.trailer = r.choice((f"（通讯员 {x}）", f"（通讯员 {x} {y}）"))
            elif form == 4:
                a.paragraphs[0] = f"本报讯（通讯员 {x} 特约记者 {y}）" + a.paragraphs[0]
            else:
                a.byline_line = f"通讯员 {x} 报道"
            people = (a.paragraphs[0][:30] + a.byline_line + a.trailer)
            a.reporters = [n for n in (x, y) if n in people]
            arts.append(a)
        mark = r.choice(("【{}】", "▲{}", "{} ", "◆{}　", "{}讯 "))
        briefs = [county_brief(w, county, tw, mark) for tw in towns[2:2 + r.choice((3, 4))]]
        together = r.random() < 0.5  # the items in one chunk, or each set apart
        for j, b in enumerate(briefs):
            lines_for[id(b)] = ([r.choice(("简讯", "乡镇快讯", "基层动态"))] if j == 0 else []) + \
                wrap(b.paragraphs[0], column, hang=True) + ([] if together else [""])
            if together and j:  # printed in the first item's chunk
                lines_for[id(briefs[0])] += lines_for[id(b)]
                lines_for[id(b)] = []
        arts += briefs
    elif style == "traditional":
        import opencc
        conv = opencc.OpenCC(r.choice(("s2t", "s2hk", "s2tw")))
        arts = others(2)
        a = r.choice(kinds)(r.choice(CITIES))
        sign_new(w, a, r.choice(old), outlet, city)
        arts.insert(k, a)
        quotes = r.random() < 0.5
        for a in arts:
            to_traditional(a, conv)
            if quotes:
                a.paragraphs = [p.replace("“", "「").replace("”", "」") for p in a.paragraphs]
                a.headline = a.headline.replace("“", "「").replace("”", "」")
        blocks[0] = [conv.convert(x) for x in blocks[0]]
    elif style == "latin_heads":
        a = latin_article(w, city)
        sign_new(w, a, r.choice(old), outlet, city)
        arts.insert(k, a)
        if r.random() < 0.5:
            b = latin_article(w, r.choice(CITIES))
            while b.topic == a.topic:
                b = latin_article(w, r.choice(CITIES))
            sign_new(w, b, r.choice(old), outlet, city)
            arts.insert(r.randint(0, len(arts)), b)
        for x in arts:
            if x.topic in [t for t, *_ in LATIN] and r.random() < 0.3:
                x.wrap_head = r.choice((8, 9, 10))
    for a in arts:
        lines = lines_for[id(a)] if id(a) in lines_for else lines_of(a, column, r)
        if not lines:
            continue
        if style == "latin_heads" and a.topic in [t for t, *_ in LATIN] and r.random() < LATIN_HEADS_SPACED:
            lines = [latin_spaced(ln) if ln in wrap(a.headline, a.wrap_head, 0) or ln == a.headline else ln
                     for ln in lines]
        blocks.append(lines)
    if style == "banner_two" and r.random() < 0.3:  # and a caption under the banner's two items
        blocks.append(caption_block(w, city, column))
    text = page(*blocks)
    return text, [a.gold() for a in arts]
