"""Helpers to compose pages for tests: wrap text at a column width as a PDF dump would."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_notebook

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "sample-page.txt"

# What the sample page holds: headline, reporters, and the raw line range of each article's body.
SAMPLE_ARTICLES = [
    ("市委审计委员会第七次会议召开", ["施翔"], (1, 64)),
    ("西宁市党建引领“有诉必应马上办”机制创新工作日报", [], (68, 87)),
    ("西宁市安全隐患举报受理情况日报", [], (89, 95)),
    ("前两个月我市规上工业增加值增长9.0%", ["张弘靓"], (97, 150)),
    ("铁路民航项目全面复工加快建设", ["啸宇"], (152, 199)),
    ("全国百强！西宁锂电产业集群上榜", ["樊娅楠"], (212, 263)),
]
SAMPLE_HEADLINE_LINES = {0: (66, 66), 1: (208, 208), 2: (201, 202), 3: (206, 206), 4: (204, 204), 5: (265, 265)}
SAMPLE_CREDIT_LINES = (210, 210)


def sample_lines() -> list[str]:
    return SAMPLE.read_text(encoding="utf-8").split("\n")


def line_range(lines: list[str], first: int, last: int) -> list[str]:
    return lines[first - 1:last]


def squeeze(text: str) -> str:
    """The non-whitespace characters of a text, in order."""
    return "".join(text.split())


def width(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in text)


def wrap(paragraph: str, column: float, indent: float = 2, hang: bool = False) -> list[str]:
    """Hard-wrap a paragraph as a narrow column would, the first line short by its lost indent; with `hang`, closing
    punctuation never opens a line (it hangs at the end of the one before, as typesetters set it)."""
    lines, current, limit = [], "", column - indent
    for ch in paragraph:
        if current and width(current + ch) > limit and not (hang and ch in "，。、；：！？”）》"):
            lines.append(current)
            current, limit = "", column
        current += ch
    if current:
        lines.append(current)
    return lines


def page(*blocks: str | list[str]) -> str:
    """Blocks separated by blank lines; a list is a block of lines."""
    return "\n\n".join(b if isinstance(b, str) else "\n".join(b) for b in blocks) + "\n"


def notebook_template(path: Path, body: str) -> None:
    """A small report template: a parameters cell like the real notebooks', then `body`."""
    params = new_code_cell('page_path = ""\npage_json = ""\narticle_id = ""\nlang = "zh"')
    params.metadata["tags"] = ["parameters"]
    nb = new_notebook(cells=[params, new_code_cell(body)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
