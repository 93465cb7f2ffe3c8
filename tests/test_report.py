"""Reports a reader can hand on: plain numbers, one language, checks linked to lines, an index of warnings, downloads."""
import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import nbformat

from xining import report
from xining.io import page_from_dict
from xining.labels import TEXT

EXPONENT = re.compile(r"(?<![\w#.])[-+]?\d+(?:\.\d+)?[eE][-+]?\d+(?!\w)")
FLOAT_NOISE = re.compile(r"\d\.\d*(?:9{6,}|0{6,}[1-9])\d*")


class Reading(HTMLParser):
    """The text a reader sees, split into page text (inside `lang="zh"` elements) and the report's own words."""

    VOID = {"img", "br", "meta", "input", "hr", "link"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []
        self.own: list[str] = []
        self.page: list[str] = []
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.alts: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "img":
            self.alts.append(a.get("alt") or "")
        if tag not in self.VOID:
            quoted = tag == "code" or (tag != "html" and a.get("lang") == "zh")
            self.stack.append((tag, quoted or any(q for _, q in self.stack)))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        if any(tag in ("style", "script") for tag, _ in self.stack):
            return
        quoted = any(q for _, q in self.stack)
        (self.page if quoted else self.own).append(data)


def read(path: Path) -> Reading:
    r = Reading()
    r.feed(path.read_text("utf-8"))
    return r


def documents(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def test_every_report_and_download_is_written(sample_reports):
    folder = sample_reports / "sample-page"
    names = {p.name for p in folder.iterdir()}
    assert {"page.html", "page.json", "figures.csv", "checks.csv"} <= names
    assert {f"a{i}.html" for i in range(1, 7)} <= names and (sample_reports / "index.html").exists()


def test_downloads_open_in_excel_and_read_back(sample_reports, sample_page):
    folder = sample_reports / "sample-page"
    for name, first in (("figures.csv", "article"), ("checks.csv", "article")):
        raw = (folder / name).read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the Chinese right
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
        assert rows and next(iter(rows[0])) == first
    figures = list(csv.DictReader(io.StringIO((folder / "figures.csv").read_text("utf-8-sig"))))
    assert {r["normalized_value"] for r in figures if r["text"] == "32亿元"} == {"3200000000"}
    page = page_from_dict(json.loads((folder / "page.json").read_text("utf-8")))
    assert page.articles == sample_page.articles


def test_no_scientific_notation_or_float_noise_anywhere(sample_reports, english_reports):
    for root in (sample_reports, english_reports):
        for path in documents(root):
            r = read(path)
            shown = " ".join(r.own + r.page + r.alts)
            assert not EXPONENT.search(shown), (path, EXPONENT.search(shown))
            assert not FLOAT_NOISE.search(shown), path
        for path in root.rglob("*.csv"):
            text = path.read_text("utf-8-sig")
            assert not EXPONENT.search(text) and not FLOAT_NOISE.search(text), path


ALLOWED_LATIN = {"xining", "SHA", "JSON", "CSV", "GWh", "kW", "PVC"}


def test_a_chinese_report_is_in_chinese(sample_reports):
    for path in documents(sample_reports):
        own = re.sub(r"[\w./-]+\.(?:txt|json|csv|html)\b", "", " ".join(read(path).own))  # file names are not words
        words = set(re.findall(r"[A-Za-z]{2,}", own)) - ALLOWED_LATIN
        assert not words, (path.name, words)


def test_an_english_report_is_in_english(english_reports):
    for path in documents(english_reports):
        own = " ".join(read(path).own)
        assert not re.search("[\u4e00-\u9fff，。：；、（）]", own), (path.name, re.findall("[\u4e00-\u9fff，。：；、（）]+", own))
        assert "Checks" in own or "Articles" in own


def test_dollar_signs_stay_text(english_reports):
    [path] = [p for p in documents(english_reports) if "投资额为$" in p.read_text("utf-8")]
    assert "mathjax" not in path.read_text("utf-8").lower() and "<script" not in path.read_text("utf-8")


def test_every_check_links_to_its_line(sample_reports, sample_page):
    for article in sample_page.articles:
        r = read(sample_reports / "sample-page" / f"{article.id}.html")
        line_links = [h[1:] for h in r.links if h.startswith(f"#{article.id}-s") or h == f"#{article.id}-headline"]
        assert len(line_links) >= len(article.checks)
        assert all(target in r.ids for target in line_links)
        for c in article.checks:
            row = re.search(rf'<tr id="{article.id}-c\d+" class="xn-row-{c.verdict}">(.*?)</tr>',
                            (sample_reports / "sample-page" / f"{article.id}.html").read_text("utf-8"))
            assert row and 'class="xn-line"' in row.group(1)


def test_the_index_gathers_every_fail_and_warn(sample_reports, sample_page):
    index = sample_reports / "index.html"
    r = read(index)
    flagged = [(a, n, c) for a in sample_page.articles for n, c in enumerate(a.checks, 1) if c.verdict in ("fail", "warn")]
    assert flagged
    text = " ".join(r.page)
    for a, n, c in flagged:
        assert c.message_zh in text
        assert f"sample-page/{a.id}.html#{a.id}-c{n}" in r.links
        assert f"{a.id}-c{n}" in read(sample_reports / "sample-page" / f"{a.id}.html").ids
    markup = index.read_text("utf-8")
    assert '<span class="xn-warn">提醒 2</span>' in markup and '<span class="xn-pass">通过 15</span>' in markup
    assert 'class="xn-table xn-articles xn-sort"' in markup and 'class="xn-filter"' in markup


def test_every_report_links_back_and_to_its_downloads(sample_reports):
    for path in (sample_reports / "sample-page").glob("*.html"):
        links = read(path).links
        assert "../index.html" in links and {"page.json", "figures.csv", "checks.csv"} <= set(links)
        if path.name != "page.html":
            assert "page.html" in links


def test_every_chart_has_alt_text(sample_reports):
    a4 = read(sample_reports / "sample-page" / "a4.html")
    assert len(a4.alts) == 3 and all(alt.startswith(("各项增速", "产量与增速", "增速的拉动分解")) for alt in a4.alts)
    assert "钢材 +79.9%" in a4.alts[0]


def test_no_chart_line_only_without_statistics(sample_reports):
    none = TEXT["zh"]["no_charts"]
    for aid, expected in (("a1", True), ("a4", False), ("a5", True)):
        assert (none in (sample_reports / "sample-page" / f"{aid}.html").read_text("utf-8")) is expected


def test_notebooks_read_the_processed_json(sample_reports):
    nb = nbformat.read(sample_reports / "sample-page" / "a4.ipynb", as_version=4)
    params = nb.metadata["papermill"]["parameters"]
    assert params["page_json"].endswith("sample-page/page.json")
    page, article = report.load("no such file.txt", "a4", params["page_json"])  # the text is never read again
    assert article.id == "a4"


# --- the tour on the reader's own page ------------------------------------------------------------------------------
def _explore(page: Path, tmp_path: Path, monkeypatch) -> str:
    """notebooks/explore.ipynb run by papermill with `page_path`: the text of every output."""
    import papermill

    from xining import runner

    notebook = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
    out = tmp_path / "explore.ipynb"
    monkeypatch.setenv("JUPYTER_PATH", runner._kernel_dir())
    papermill.execute_notebook(str(notebook), str(out), parameters={"page_path": str(page)},
                               kernel_name=runner.KERNEL_NAME, progress_bar=False, cwd=str(notebook.parent))
    outputs = [o for c in nbformat.read(out, 4).cells for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    return "".join(o.get("text", "") + "".join(o.get("data", {}).get("text/html", "")) for o in outputs)


def test_the_tour_runs_on_a_page_of_ones_own_without_flags_or_charts(tmp_path, monkeypatch):
    """No a4, no failed check, no statistics to draw: the tour shows the article it has and says there is no chart."""
    page = tmp_path / "river.txt"
    page.write_text("河道治理工程完工\n\n本报讯（记者 张明）河道综合治理工程日前完工，沿岸十公里步道全线贯通。\n\n"
                    "早稻机插秧比例达八成\n\n本报讯（记者 李华）今年全县早稻种植面积稳定，机插秧比例达到八成。\n", "utf-8")
    text = _explore(page, tmp_path, monkeypatch)
    assert "河道治理工程完工" in text and "No chart: the article prints no statistics." in text
