"""Rule 8: bylines name the agency, reporters and correspondents."""
import pytest

from xining.bylines import parse_byline, parse_trailer
from xining.model import Byline


@pytest.mark.parametrize(
    "head, byline",
    [
        ("本报讯（记者 施翔）3月26日上午，市委", Byline("本报讯", ("施翔",))),
        ("晚报讯(记者 王小明 通讯员 李四)近日", Byline("晚报讯", ("王小明",), ("李四",))),
        ("【西宁晚报讯】近日，记者从", Byline("西宁晚报讯")),
        ("本报讯（记者 张三 李四 通讯员 王五、赵六）", Byline("本报讯", ("张三", "李四"), ("王五", "赵六"))),
        ("青海日报讯（记者 张三）今年以来", Byline("青海日报讯", ("张三",))),
        ("新华社西宁3月25日电（记者 张三）", Byline("新华社西宁3月25日电", ("张三",))),
        ("本报记者 张三 李四", Byline("本报", ("张三", "李四"))),
        ("本报记者 张三", Byline("本报", ("张三",))),
        ("本报讯 近日，全市", Byline("本报讯")),
        ("本报讯（本报记者 张三 本报通讯员 李四）近日", Byline("本报讯", ("张三",), ("李四",))),
        ("本报讯（融媒体记者 张三）近日", Byline("本报讯", ("张三",))),
        ("据新华社西宁3月25日电 近日", Byline("新华社西宁3月25日电")),
        ("新华社西宁3月25日电（记者张三、李四）", Byline("新华社西宁3月25日电", ("张三", "李四"))),
    ],
)
def test_parse_byline(head, byline):
    assert parse_byline(head) == byline


@pytest.mark.parametrize("head", ["通讯设备制造业增长31.6%", "记者从市统计局获悉，全市", "会议指出，要扛牢", "【编者按】近日，全市",
                                  "编者按：近日"])
def test_body_text_is_not_a_byline(head):
    assert parse_byline(head) is None


@pytest.mark.parametrize("trailer", ["（作者系城东大学教授）", "（完）", "（全文完）", "（作者为城东大学教授）"])
def test_trailers_that_name_no_one(trailer):
    assert parse_trailer(trailer) is None
