"""Every bad input gets one clear line naming the file and the problem, exit 2, and the rest goes on.

One test per input of the robustness issue; the library raises xining.InputError with the same message.
"""
import os
import time
from pathlib import Path

import pytest
from pages import SAMPLE_ARTICLES, squeeze

import xining
from xining.cli import main

SAMPLE_TEXT = (Path(__file__).resolve().parent.parent / "data" / "raw" / "sample-page.txt").read_text("utf-8")
HEADLINES = [h for h, _, _ in SAMPLE_ARTICLES]


def _run_cli(paths, capsys):
    code = main(["parse", *map(str, paths)])
    captured = capsys.readouterr()
    return code, [line for line in captured.err.splitlines() if line], captured.out


def _refused(tmp_path, capsys, name: str, data: bytes, problem: str) -> None:
    """The CLI names the file and the problem in one line, exits 2, and still parses a good page."""
    bad = tmp_path / name
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE_TEXT, encoding="utf-8")
    code, errors, out = _run_cli([bad, good], capsys)
    assert code == 2 and len(errors) == 1, errors
    assert errors[0].startswith(f"xining: {bad}: ") and problem in errors[0]
    assert "6 articles" in out and "Traceback" not in out
    with pytest.raises(xining.InputError, match=problem):
        xining.read_page(bad)


@pytest.mark.parametrize(
    "name, data, problem",
    [
        ("empty.txt", b"", "empty page"),
        ("blank.txt", " \n\t \r\n\u3000\n".encode(), "empty page"),
        ("headlines.txt", "市委审计委员会第七次会议召开\n\n铁路民航项目全面复工加快建设\n".encode(), "no article text"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + os.urandom(64), "a PNG image"),
        ("archive.txt", b"PK\x03\x04" + os.urandom(64), "a zip archive"),
        ("nul.txt", "本报讯正文\x00正文。".encode(), "NUL"),
        ("bytes.txt", b"\xc3\x28\xa0\xa1\xff\xfe\xfd", "undecodable"),
        ("lossy.txt", "全市工业增长\ufffd.0%。\n".encode(), "replacement characters"),
    ],
)
def test_refused_inputs(tmp_path, capsys, name, data, problem):
    _refused(tmp_path, capsys, name, data, problem)


def test_a_page_over_the_size_limit_is_refused_naming_the_limit(tmp_path, capsys):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB
    code, errors, _ = _run_cli([big], capsys)
    assert code == 2 and "16777216-byte page limit" in errors[0] and "XINING_MAX_BYTES" in errors[0]


def test_the_limit_can_be_raised(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text(SAMPLE_TEXT, encoding="utf-8")
    monkeypatch.setenv("XINING_MAX_BYTES", "100")
    with pytest.raises(xining.InputError, match="100-byte page limit"):
        xining.read_page(page)
    monkeypatch.setenv("XINING_MAX_BYTES", str(10**6))
    assert len(xining.read_page(page).articles) == 6


def test_a_single_line_of_one_megabyte(tmp_path):
    line = SAMPLE_TEXT.replace("\n", "")
    text = line * (1_000_000 // len(line.encode()) + 1)
    page = tmp_path / "line.txt"
    page.write_text(text, encoding="utf-8")
    assert page.stat().st_size >= 1_000_000 and "\n" not in text
    parsed = xining.read_page(page)
    assert parsed.articles and all(p.first_line == p.last_line == 1 for a in parsed.articles for p in a.paragraphs)


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16"])
def test_old_and_wide_encodings_give_the_same_articles(tmp_path, encoding):
    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE_TEXT.encode(encoding))
    assert [a.title for a in xining.read_page(page).articles] == HEADLINES


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_lone_cr(tmp_path, newline):
    page = tmp_path / "page.txt"
    page.write_bytes(SAMPLE_TEXT.replace("\n", newline).encode("utf-8"))
    parsed = xining.read_page(page)
    assert [a.title for a in parsed.articles] == HEADLINES
    assert parsed.articles[3].paragraphs[0].first_line == 97


def test_html_saved_as_text_is_stripped_cleanly(tmp_path):
    blocks = SAMPLE_TEXT.split("\n\n")
    html = ("<!DOCTYPE html>\n<html><head><title>第3版</title><style>p{color:red}</style></head><body>\n"
            + "\n".join("<p>" + b.replace("\n", "<br>\n") + "</p>" for b in blocks)
            + "\n<script>var x = '<p>12345件</p>';</script></body></html>\n")
    page = tmp_path / "saved.txt"
    page.write_text(html, encoding="utf-8")
    parsed = xining.read_page(page)
    plain = xining.parse_text(SAMPLE_TEXT)
    assert [a.text for a in parsed.articles] == [a.text for a in plain.articles]
    lines = html.split("\n")
    for a in parsed.articles:
        for p in a.paragraphs:  # line ranges point into the HTML file
            assert squeeze(p.text)[:4] in squeeze(lines[p.first_line - 1].replace("<p>", "").replace("<br>", ""))


def test_text_that_mentions_a_tag_is_not_taken_for_html():
    parsed = xining.parse_text("本报讯（记者 张三）文中写到<p>标签与<br>换行，全市工业增长9.0%。\n")
    assert "<p>标签与<br>换行" in parsed.articles[0].text


def test_half_width_punctuation_full_width_digits_and_traditional_characters():
    text = ("本報訊(記者 張三)１月—２月,全市規上工業增加值同比增長９.０%;其中:單晶矽3.6萬噸,增長69.0%.\n\n"
            "前兩個月我市規上工業增加值增長9.0%\n")
    [article] = xining.parse_text(text).articles
    assert article.byline.reporters == ("張三",) and article.title == "前兩個月我市規上工業增加值增長9.0%"
    figs = {f.text: f for f in article.figures}
    assert figs["９.０%"].normalized_value == 9.0 and figs["９.０%"].measure == "同比增长"
    assert figs["3.6萬噸"].normalized_value == 36000 and figs["3.6萬噸"].subject == "單晶矽"
    assert ("headline", "pass") in [(c.rule, c.verdict) for c in article.checks]


def test_thousands_of_numbers_take_linear_time():
    """Time for 4x the numbers, over time for 1x, measured in one run: linear is 4, quadratic 16."""
    para = "其中：钢材15.9万吨，增长79.9%；铝材14.3万吨，增长17.2%；水泥16.1万吨，下降2.8%。\n"

    def best_of_three(n: int) -> float:
        text = "本报讯（记者 张三）全市规上工业增加值增长9.0%。\n" + para * n
        times = []
        for _ in range(3):
            start = time.perf_counter()
            xining.parse_text(text)
            times.append(time.perf_counter() - start)
        return min(times)

    ratio = best_of_three(1600) / best_of_three(400)
    assert ratio < 8, ratio


def test_folders_with_other_files_unreadable_files_and_link_loops(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # not a page: ignored
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (folder / "locked.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    os.symlink("loop.txt", folder / "loop.txt")  # a link to itself
    (folder / "sub").mkdir()
    os.symlink("..", folder / "sub" / "up")  # a folder link back up: not followed
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "locked.txt":  # tests run as root, who may read anything: simulate the refusal
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, errors, out = _run_cli([folder], capsys)
    assert code == 2 and out.count("6 articles") == 1
    assert sorted(errors) == [f"xining: {folder / 'locked.txt'}: permission denied",
                              f"xining: {folder / 'loop.txt'}: symbolic link loop"]


def test_a_symlink_loop_given_by_name(tmp_path, capsys):
    os.symlink("a.txt", tmp_path / "a.txt")
    code, errors, _ = _run_cli([tmp_path / "a.txt"], capsys)
    assert code == 2 and errors == [f"xining: {tmp_path / 'a.txt'}: symbolic link loop"]
