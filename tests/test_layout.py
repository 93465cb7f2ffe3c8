"""Rules 2-5: line joining, justified lines, paragraphs and column breaks, block kinds."""
import pytest
from pages import page, squeeze

import xining
from xining.articles import PARAGRAPH_KINDS
from xining.layout import clean_line, credits_of, layout, paragraph_of


class _Lay:
    """The blocks of a page, sorted by what a test asks about."""

    def __init__(self, text: str):
        self.blocks = layout(text)
        self.paragraphs = [paragraph_of(b) for b in self.blocks if b.kind in PARAGRAPH_KINDS]
        self.headlines = tuple(b for b in self.blocks if b.kind == "headline")
        self.credits = [c for b in self.blocks if b.kind == "credit" for c in credits_of(b)]


@pytest.mark.parametrize(
    "raw, clean",
    [
        ("3 月 25 日，热线接听 801 件次", "3月25日，热线接听801件次"),
        ("PVC 8.1万吨，增", "PVC 8.1万吨，增"),
        ("宁 经 济 开 发 区 规 上 工 业 增 加 值 增 速", "宁经济开发区规上工业增加值增速"),
        ("标不断迈进。 近年来", "标不断迈进。近年来"),
        ("《2024 中国民营经济", "《2024中国民营经济"),
        ("\u3000\u3000全市工业  经济", "全市工业经济"),
        ("GDP  增长 and  Wh", "GDP增长and Wh"),
        ("Li  ion  battery", "Li ion battery"),
        ("1 0 . 2 % ， 增 速", "10.2%，增速"),
    ],
)
def test_clean_line(raw, clean):
    assert clean_line(raw) == clean


def _paragraphs(text):
    return [p.text for p in _Lay(text).paragraphs]


BODY = [
    "本报讯（记者 张三）今年以来，全市",
    "工业经济保持平稳增长，规上工业增加",
    "值同比增长9.0%，增速高于全省。",
]


def test_lines_join_without_spaces():
    assert _paragraphs(page(BODY)) == ["本报讯（记者张三）今年以来，全市工业经济保持平稳增长，规上工业增加值同比增长9.0%，增速高于全省。"]


def test_blank_line_inside_a_sentence_is_a_column_break():
    text = page(["本报讯（记者 张三）全力奋战首季"], ["“开门红”。目前项目已复工。"])
    assert _paragraphs(text) == ["本报讯（记者张三）全力奋战首季“开门红”。目前项目已复工。"]


def test_column_break_across_a_credit_or_headline():
    text = page(["本报讯（记者 张三）重点研究项目要素保"], ["王五摄"], ["障问题等，推动项目建设。"])
    pg = xining.parse_text(text)
    assert [p.text for p in pg.articles[0].paragraphs] == ["本报讯（记者张三）重点研究项目要素保障问题等，推动项目建设。"]
    assert [c.name for c in pg.credits] == ["王五"]


def test_blank_line_after_a_sentence_ends_the_paragraph():
    text = page(["本报讯（记者 张三）今年以来，全市工业经", "济平稳增长。"], ["会议指出，要扛牢审计监督责任。"])
    assert len(_paragraphs(text)) == 2


def test_short_line_ending_a_sentence_ends_the_paragraph():
    lines = ["本报讯（记者 张三）今年以来，全市", "工业经济保持平稳增长，规上工业增加", "值增长9.0%。"]
    text = page(lines + ["会议指出，李强总理听取审计工作汇", "报时的讲话具有很强的政治性和针对", "性。"])
    assert len(_paragraphs(text)) == 2


def test_indented_line_after_a_full_line_opens_a_paragraph():
    lines = [
        "本报讯（记者 张三）今年以来，全市工业经济",
        "保持平稳增长，规上工业增加值增长九成。",  # full width, ends a sentence
        "会议指出，李强总理听取审计工作汇",  # two characters short: an indent
        "报时的讲话，具有很强的政治性、思想",
        "性、指导性和针对性。",
    ]
    assert len(_paragraphs(page(lines))) == 2


def test_full_line_ending_a_sentence_does_not_end_the_paragraph():
    lines = [
        "本报讯（记者 张三）今年以来，全市工业经济",
        "保持平稳增长，规上工业增加值增长九成。",
        "省委审计委员会第五次会议特别是省委书记",
        "的讲话，要求明确，部署具体。",
    ]
    assert len(_paragraphs(page(lines))) == 1


@pytest.mark.parametrize("marker", ["1.", "1．", "一、", "（一）", "(2)"])
def test_list_items_open_paragraphs(marker):
    text = page(["3月25日，热线接听群众来电诉求801件次。", "热点问题：", f"{marker}物业服务68件，无集中反映", "地址，已联系县区政府核实处理。"])
    lay = _Lay(text)
    assert [p.kind for p in lay.paragraphs] == ["body", "section_title", "list_item"]


def test_decimal_is_not_a_list_marker():
    lay = _Lay(page(["3月25日，全市工业经济保持平稳增长，", "1.5万吨钢材出厂，同比增长9.0%。"]))
    assert [p.kind for p in lay.paragraphs] == ["body"]


def test_headline_wrapped_over_two_lines_is_one_headline():
    lay = _Lay(page(BODY, ["西宁市安全隐患", "举报受理情况日报"]))
    assert [h.text for h in lay.headlines] == ["西宁市安全隐患举报受理情况日报"]


def test_headline_directly_above_the_lead_without_a_blank_line():
    lay = _Lay(page(["全市工业经济平稳增长"] + BODY))
    assert [h.text for h in lay.headlines] == ["全市工业经济平稳增长"]
    assert len(lay.paragraphs) == 1


@pytest.mark.parametrize(
    "credit, names",
    [
        ("黎晓刚摄黎晓刚摄", ["黎晓刚", "黎晓刚"]),
        ("本报记者 王五 摄", ["王五"]),
        ("资料图片", [None]),
        ("张三摄 李四摄", ["张三", "李四"]),
    ],
)
def test_photo_credits(credit, names):
    lay = _Lay(page(BODY, [credit]))
    assert [c.name for c in lay.credits] == names
    assert lay.headlines == ()


def test_paragraphs_keep_their_line_ranges():
    lay = _Lay("\n" + page(BODY, ["会议指出，要扛牢审计", "监督责任。"]))
    assert [(p.first_line, p.last_line) for p in lay.paragraphs] == [(2, 4), (6, 7)]
    second = lay.paragraphs[1]
    assert second.line_at(0) == 6 and second.line_at(second.text.index("监督")) == 7


def test_half_width_punctuation_page():
    text = page(["本报讯(记者 张三)今年以来,全市工业经", "济平稳增长,增速9.0%."], ["会议指出,要扛牢审计监督责任."])
    pg = xining.parse_text(text)
    assert pg.articles[0].byline.reporters == ("张三",)
    assert [p.text for p in pg.articles[0].paragraphs] == ["本报讯(记者张三)今年以来,全市工业经济平稳增长,增速9.0%.", "会议指出,要扛牢审计监督责任."]


# --- lines wrapped at a column, or whole paragraphs (one decision per page) -------------------------------------------
STATS = ("本报讯（记者 王晓明）记者从城东区统计局获悉，一季度，全区规模以上工业增加值同比增长6.2%，增速比上年同期加快1.1个"
         "百分点。其中，装备制造业增加值增长9.3%，新材料产业增长7.8%。")
STATS_MORE = "分行业看，全区35个行业大类中有24个行业增加值保持增长，增长面为68.6%。"
STATS_END = "区统计局相关负责人表示，下一步将继续加强运行监测，推动工业经济稳中向好。"
CANTEEN = ("本报讯（记者 李华 通讯员 张敏）家门口的社区食堂本月正式开张。据介绍，河西区今年计划新建社区食堂12家，"
           "目前已建成7家，日均服务老年人1500人次。")
CANTEEN_QUOTE = "“饭菜可口，价格实惠。”居民刘大爷说，他现在每天都来这里吃午饭。"


def _whole(text: str) -> bool:
    from xining import chinese as zh
    from xining.layout import _line, whole_paragraphs
    raws = text.split("\n")
    return whole_paragraphs([_line(n, r, s) for n, (r, s) in enumerate(zip(raws, zh.to_simplified_lines(raws)), 1)])


def _wrap(text: str, column: float = 17) -> list[str]:
    from pages import wrap
    return wrap(text, column)


@pytest.mark.parametrize("sep", ["\n", "\n\n"])
@pytest.mark.parametrize("indent", ["", "\u3000\u3000", "  "])
def test_lines_that_are_whole_paragraphs_are_each_a_paragraph(sep, indent):
    text = sep.join(["城东区一季度规上工业增加值增长6.2%", *(indent + p for p in (STATS, STATS_MORE, STATS_END)),
                     "河西区社区食堂开进老小区", indent + CANTEEN, indent + CANTEEN_QUOTE]) + "\n"
    assert _whole(text)
    lay = _Lay(text)
    assert [p.text for p in lay.paragraphs] == [squeeze(p) for p in (STATS, STATS_MORE, STATS_END, CANTEEN, CANTEEN_QUOTE)]
    assert [h.text for h in lay.headlines] == ["城东区一季度规上工业增加值增长6.2%", "河西区社区食堂开进老小区"]


@pytest.mark.parametrize("column", [13, 17, 21, 25])
def test_a_wrapped_dump_is_no_page_of_whole_paragraphs(column):
    text = page(["城东区一季度规上工业增加值增长6.2%"], _wrap(STATS + STATS_MORE, column), _wrap(STATS_END, column),
                ["河西区社区食堂开进老小区"], _wrap(CANTEEN, column), _wrap(CANTEEN_QUOTE, column))
    assert not _whole(text)


def test_a_wrapped_dump_with_one_long_line_in_it_is_still_a_wrapped_dump():
    """Coupling: one paragraph copied as one long line does not turn the page's column lines into paragraphs."""
    text = page(["城东区一季度规上工业增加值增长6.2%"], _wrap(STATS, 17), [STATS_MORE + STATS_END],
                ["河西区社区食堂开进老小区"], _wrap(CANTEEN + CANTEEN_QUOTE, 17))
    assert not _whole(text)
    assert _paragraphs(text)[0] == squeeze(STATS)  # its lines still join


@pytest.mark.parametrize("short", ["“饭菜可口。”他说。", "记者了解到，食堂已开张。", "这只是一个缩影。"])
def test_a_page_of_whole_paragraphs_with_a_short_one_is_still_one(short):
    """Coupling: a paragraph shorter than a column would be does not make the page a dump (nor join with the next)."""
    text = "\n".join(["城东区一季度规上工业增加值增长6.2%", STATS, short, STATS_MORE, STATS_END]) + "\n"
    assert _whole(text)
    assert _paragraphs(text) == [squeeze(STATS), short, STATS_MORE, STATS_END]


def test_a_page_of_short_paragraphs_whose_widths_spread_is_one_of_whole_paragraphs():
    """No line beyond a column, but every sentence line ends a sentence and they are not set to one width."""
    lines = ["城东社区食堂开张", "家门口的社区食堂本月正式开张。", "据介绍，河西区今年计划新建社区食堂12家，目前已建成7家。",
             "“饭菜可口，价格实惠。”居民刘大爷说。", "食堂日均服务老年人1500人次，还提供送餐上门服务。"]
    assert _whole("\n".join(lines))
    assert _paragraphs("\n".join(lines)) == lines[1:]


@pytest.mark.parametrize("trailer", ["（记者 王明）", "（王明）", "（作者单位：城东区社会科学院）"])
def test_a_trailer_after_the_last_full_stop_of_a_whole_paragraph_is_a_trailer(trailer):
    text = "\n".join(["城东区一季度规上工业增加值增长6.2%", STATS.split("）", 1)[1], STATS_MORE, STATS_END + trailer]) + "\n"
    kinds = [(b.kind, b.text) for b in layout(text)]
    assert kinds[-2:] == [("body", STATS_END), ("trailer", trailer.replace(" ", ""))]


def test_a_bracket_inside_a_whole_paragraph_is_its_text():
    """Coupling: only a trailer after the last full stop is split off; a bracket that closes a sentence stays."""
    last = "区统计局相关负责人表示，将推动工业经济稳中向好（详见附表）。"
    text = "\n".join(["城东区一季度规上工业增加值增长6.2%", STATS, STATS_MORE, last]) + "\n"
    assert _paragraphs(text)[-1] == last


def test_title_lines_in_a_row_stay_together_and_a_credit_stays_under_its_caption():
    text = "\n".join(["城东：民生为先", "城东区社区食堂开进老小区", CANTEEN, CANTEEN_QUOTE,
                      "图为城东区社区食堂一角。", "本报记者 王明 摄", STATS, STATS_MORE]) + "\n"
    kinds = [(b.kind, b.text) for b in layout(text) if b.kind not in ("body", "lead")]
    assert ("kicker", "城东：民生为先") in kinds and ("headline", "城东区社区食堂开进老小区") in kinds
    assert ("caption", "图为城东区社区食堂一角。") in kinds and ("credit", "本报记者王明摄") in kinds


# --- columns side by side on each line (`pdftotext -layout`) -----------------------------------------------------------
def _side_by_side(columns: list[list[str]], gap: int = 4) -> str:
    """Columns printed next to each other, each padded to its width, as `pdftotext -layout` prints a page."""
    from pages import width
    rows = max(map(len, columns))
    cols = [c + [""] * (rows - len(c)) for c in columns]
    span = [max(width(ln) for ln in c) for c in cols]
    return "\n".join(
        (" " * gap).join(ln + " " * int(2 * (span[k] - width(ln))) for k, ln in enumerate(row)).rstrip() for row in zip(*cols)
    ) + "\n"


@pytest.mark.parametrize("gap", [3, 4, 8])
@pytest.mark.parametrize("n", [2, 3])
def test_columns_side_by_side_are_refused_in_one_line(gap, n):
    texts = [STATS + STATS_MORE, STATS_END + CANTEEN, CANTEEN_QUOTE + STATS][:n]
    text = _side_by_side([_wrap(t, 15) for t in texts], gap)
    with pytest.raises(xining.InputError, match="side by side.*pdftotext -layout.*PDF itself"):
        xining.parse_text(text)


def test_a_table_aligned_by_spaces_in_a_dump_is_no_page_of_columns():
    """Coupling: a table's rows set apart by runs of spaces (a name, a unit, numbers) are not columns of text."""
    table = ["指标名称            单位      绝对值    增长（%）", "规模以上工业增加值  亿元      176.7     11.3",
             "固定资产投资        亿元      861.8     2.7", "社会消费品零售总额  亿元      95.8      6.5",
             "外贸进出口总额      亿元      234.9     8.7"]
    text = page(["城东区一季度规上工业增加值增长6.2%"], _wrap(STATS + STATS_MORE, 17), table, _wrap(STATS_END, 17))
    assert xining.parse_text(text).articles


def test_a_few_lines_with_wide_gaps_do_not_make_a_page_of_columns():
    """Coupling: two lines of a dump spaced out (a justified title, a signature set apart) are no `-layout` page."""
    text = page(["城东区一季度规上工业增加值增长6.2%", "城东区统计局    数据发布"], _wrap(STATS + STATS_MORE, 17),
                ["区统计局供稿        本报记者 王明 摄"], _wrap(STATS_END, 17))
    assert xining.parse_text(text).articles
