"""Every bad input gets one clear line naming the file and the problem, exit 2, and the rest goes on.

One test per input of the robustness issue; the library raises xining.InputError with the same message.
"""
import json
import os
import re
from pathlib import Path

import pytest
from pages import SAMPLE_ARTICLES, squeeze

import xining
from xining.cli import main

SAMPLE_TEXT = (Path(__file__).resolve().parent.parent / "data" / "raw" / "sample-page.txt").read_text("utf-8")
HEADLINES = [h for h, _, _ in SAMPLE_ARTICLES]


def _deny(monkeypatch, name: str) -> None:
    """Tests run as root, who may read anything: opening `name` is refused as for another user."""
    real_open = os.open

    def fake_open(path, *args, **kwargs):
        if os.path.basename(os.fsdecode(path)) == name:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


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
    with pytest.raises(xining.InputError, match=re.escape(problem)):
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


def test_a_page_dumped_with_its_columns_side_by_side_is_refused(tmp_path, capsys):
    """`pdftotext -layout` prints a page's columns next to each other on each line: one line says so, exit 2."""
    left = ["本报讯（记者 王明）一季度，全区", "规模以上工业增加值同比增长", "6.2%，增速比上年同期加快", "1.1个百分点。其中，装备制造",
            "业增加值增长9.3%，新材料产"]
    right = ["本报讯（记者 李华）家门口的社", "区食堂本月正式开张。据介绍，", "河西区今年计划新建社区食堂", "12家，目前已建成7家，日均",
             "服务老年人1500人次。居民说，"]
    text = "\n".join(a.ljust(20, "\u3000") + "     " + b for a, b in zip(left, right)) + "\n"
    _refused(tmp_path, capsys, "layout.txt", text.encode(), "columns side by side on each line (pdftotext -layout?)")


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
    _deny(monkeypatch, "locked.txt")
    code, errors, out = _run_cli([folder], capsys)
    assert code == 2 and out.count("6 articles") == 1
    assert sorted(errors) == [f"xining: {folder / 'locked.txt'}: permission denied",
                              f"xining: {folder / 'loop.txt'}: symbolic link loop"]


def test_a_symlink_loop_given_by_name(tmp_path, capsys):
    os.symlink("a.txt", tmp_path / "a.txt")
    code, errors, _ = _run_cli([tmp_path / "a.txt"], capsys)
    assert code == 2 and errors == [f"xining: {tmp_path / 'a.txt'}: symbolic link loop"]


# --- 1. No exception of a dependency escapes: a numeral that cannot be read is skipped and counted --------
@pytest.mark.parametrize("numeral", ["11111111111111111万1", "3万11111111111111111", "百分之11111111111111111万1",
                                     "22222222222222222千零30万"])
def test_a_numeral_the_reader_cannot_read_is_skipped_not_the_page(numeral):
    text = f"本报讯（记者 张三）全市收入{numeral}元，增长9.0%。\n"
    with pytest.warns(xining.UnreadableNumber, match="number skipped"):
        [article] = xining.parse_text(text).articles
    assert [f.text for f in article.figures] == ["9.0%"]  # the readable figure is kept, no part of the other


def test_the_cli_counts_skipped_numbers_in_one_line_and_parses_every_page(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("本报讯（记者 张三）收入11111111111111111万1元，增长9.0%。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    code, errors, out = _run_cli([tmp_path], capsys)
    assert code == 0 and out.count(", sha256 ") == 2
    assert errors == [f"xining: {tmp_path / 'a.txt'}: 1 number(s) skipped, first: number skipped: "
                      "11111111111111111万1 (too many digits for the numeral reader)"]


def test_an_internal_error_loses_one_page_not_the_run(tmp_path, capsys, monkeypatch):
    import xining.cli

    (tmp_path / "a.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    real = xining.cli.read_pages
    monkeypatch.setattr(xining.cli, "read_pages", lambda p: (_ for _ in ()).throw(KeyError("x")) if p.name == "a.txt" else real(p))
    code, errors, out = _run_cli([tmp_path], capsys)
    assert code == 1 and out.count("6 articles") == 1
    assert errors == [f"xining: {tmp_path / 'a.txt'}: page skipped, internal error (KeyError: 'x')"]


# --- 2. Special files: only regular files are read, and never more than the limit ----------------------------
def test_a_fifo_named_like_a_page_is_refused_without_waiting(tmp_path, capsys):
    os.mkfifo(tmp_path / "x.txt")  # nobody writes to it: reading it would wait for ever
    _refused_path(tmp_path, capsys, tmp_path / "x.txt", "a FIFO, not a regular file")


@pytest.mark.parametrize("device, what", [("/dev/zero", "a character device, not a regular file"), ("/dev/urandom", "a character device, not a regular file")])
def test_a_link_to_an_endless_device_is_refused(tmp_path, capsys, device, what):
    os.symlink(device, tmp_path / "page.txt")  # st_size is 0 for a device: the size limit alone would read for ever
    _refused_path(tmp_path, capsys, tmp_path / "page.txt", what)


def test_a_fifo_in_a_folder_is_reported_and_the_folder_goes_on(tmp_path, capsys):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    code, errors, out = _run_cli([folder], capsys)
    assert code == 2 and out.count("6 articles") == 1
    assert errors == [f"xining: {folder / 'pipe.txt'}: a FIFO, not a regular file"]


def test_bytes_read_are_bounded_by_the_limit_not_by_st_size(tmp_path, monkeypatch):
    page = tmp_path / "page.txt"
    page.write_text(SAMPLE_TEXT, encoding="utf-8")
    monkeypatch.setenv("XINING_MAX_BYTES", "1000")
    real_fstat = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((*real_fstat(fd)[:6], 0, *real_fstat(fd)[7:])))  # a lying size
    with pytest.raises(xining.InputError, match="over the 1000-byte page limit"):
        xining.read_page(page)


def _refused_path(tmp_path, capsys, bad: Path, problem: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE_TEXT, encoding="utf-8")
    code, errors, out = _run_cli([bad, good], capsys)
    assert code == 2 and errors == [f"xining: {bad}: {problem}"] and "6 articles" in out
    with pytest.raises(xining.InputError, match=re.escape(problem)):
        xining.read_page(bad)


# --- 3. Decoded text must be Chinese enough, with or without a byte-order mark --------------------------------
KOREAN = "서울특별시는 올해 경제 성장률이 3.5%를 기록했다고 밝혔다. 시장은 이날 기자회견에서 일자리 창출과 물가 안정을 위해 노력하겠다고 말했다.\n"
JAPANESE = "東京都は今年の経済成長率が3.5%になったと発表した。知事は記者会見で、雇用の創出と物価の安定に努めると述べた。\n"
BIG5 = "本報訊（記者張三）全市規模以上工業增加值同比增長9.0%，其中製造業增長百分之十二。市政府表示將繼續推動經濟發展。\n"


@pytest.mark.parametrize("data, problem", [
    (KOREAN.encode("euc_kr"), "looks like EUC-KR (Korean)"),
    (JAPANESE.encode("shift_jis"), "looks like Shift-JIS (Japanese)"),
    (BIG5.encode("big5"), "looks like Big5 (traditional Chinese)"),
    (KOREAN.encode("utf-8"), "Korean text, not a Chinese page"),
    (JAPANESE.encode("utf-8"), "Japanese text, not a Chinese page"),
    (b"\xff\xfe" + "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(300)).encode("utf-16-le"), "not a Chinese page"),
    (b"\xef\xbb\xbf" + KOREAN.encode("euc_kr").decode("gb18030").encode("utf-8"), "not a Chinese page"),
    (b"\xfe\xff" + "".join(chr(0xA000 + i) for i in range(200)).encode("utf-16-be"), "characters a Chinese page does not use"),
], ids=["euc-kr", "shift-jis", "big5", "korean-utf8", "japanese-utf8", "utf16-bom-rare-han", "utf8-bom-mojibake", "utf16-bom-yi"])
def test_text_that_is_not_chinese_enough_is_refused_naming_the_likely_encoding(tmp_path, capsys, data, problem):
    _refused(tmp_path, capsys, "other.txt", data, problem)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "utf-16"])
def test_traditional_characters_and_latin_names_still_pass_the_plausibility_test(encoding):
    text = BIG5 + "“Made in China 2025”与GDP、CPI、PMI数据显示，α系数为0.5。\n"
    data = text.encode(encoding) if encoding != "gb18030" else text.encode("gb18030")
    assert xining.parse_bytes(data).articles


# --- 4. HTML entities are checked after they are decoded -----------------------------------------------------
@pytest.mark.parametrize("entity", ["&#0;", "&#xFFFD;", "&#65533;", "&#xD800;", "&#x110000;"])
def test_entities_that_decode_to_nothing_readable_are_refused(tmp_path, capsys, entity):
    html = ("<!DOCTYPE html><html><body><p>本报讯（记者 张三）全市工业增长9" + entity + ".0%。</p>"
            "<p>正文第二段。</p></body></html>\n")
    _refused(tmp_path, capsys, "saved.txt", html.encode("utf-8"), "replacement characters")


# --- 5. Valid JSON always: no NaN or Infinity, such a value is refused with its reason --------------------------
def test_a_value_beyond_a_double_is_null_with_its_reason_in_json(tmp_path, capsys):
    from xining.io import dumps, page_to_dict, validate

    page = xining.parse_text("本报讯（记者 张三）管道全长1e308公里，增长9.0%。\n")
    doc = page_to_dict(page)
    validate(doc)
    [huge, _] = doc["articles"][0]["figures"]
    assert huge["normalized_value"] is None and "not a finite number" in huge["refused"]["normalized_value"]
    text = dumps(doc)
    assert "Infinity" not in text and "NaN" not in text
    (tmp_path / "p.txt").write_text("本报讯（记者 张三）管道全长1e308公里，增长9.0%。\n", encoding="utf-8")
    for fmt in ("--json", "--csv"):
        assert main(["figures", str(tmp_path / "p.txt"), fmt]) == 0
        out = capsys.readouterr().out
        assert "inf" not in out.lower() and "nan" not in out.lower()
    json_rows = main(["figures", str(tmp_path / "p.txt"), "--json"])
    assert json_rows == 0 and '"normalized_value": null' in capsys.readouterr().out


def test_dumps_never_prints_nan_or_infinity():
    from xining.io import dumps

    assert dumps({"a": [float("inf"), float("-inf"), float("nan"), 1.5]}) == '{\n  "a": [\n    null,\n    null,\n    null,\n    1.5\n  ]\n}\n'


# --- 6. Paths: one line each, named safely; the other files go on -------------------------------------------------
def test_a_file_name_that_is_not_utf8_is_named_with_escapes(tmp_path, capsys):
    raw = os.fsencode(tmp_path) + b"/p\xff\xfe.txt"
    with open(raw, "wb") as f:
        f.write(SAMPLE_TEXT.encode("utf-8"))
    code, errors, out = _run_cli([os.fsdecode(raw)], capsys)
    assert code == 0 and f"{tmp_path}/p\\xff\\xfe.txt  (6 articles" in out
    code = main(["parse", os.fsdecode(raw), "--json"])
    assert code == 0 and json.loads(capsys.readouterr().out)["source"] == f"{tmp_path}/p\\xff\\xfe.txt"


def test_a_file_name_with_a_newline_keeps_the_error_on_one_line(tmp_path, capsys):
    bad = tmp_path / "two\nlines.txt"
    bad.write_bytes(b"")
    code, errors, _ = _run_cli([bad], capsys)
    assert code == 2 and errors == [f"xining: {tmp_path}/two\\nlines.txt: empty page (no text)"]


def test_a_name_over_255_bytes_and_a_name_with_nul(tmp_path, capsys):
    long_name = tmp_path / ("页" * 100 + ".txt")  # 300 bytes in UTF-8
    code, errors, _ = _run_cli([long_name, str(tmp_path) + "/a\x00b.txt"], capsys)
    assert code == 2 and errors == [f"xining: {long_name}: file name too long",
                                    f"xining: {tmp_path}/a\\x00b.txt: not a possible file name (embedded null byte)"]


def test_a_file_in_a_folder_without_search_permission(tmp_path, capsys, monkeypatch):
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "page.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    real_stat, real_open = os.stat, os.open

    def refuse(real):
        def call(path, *args, **kwargs):
            if "/closed/" in os.fsdecode(path):
                raise PermissionError(13, "Permission denied", os.fsdecode(path))
            return real(path, *args, **kwargs)
        return call

    monkeypatch.setattr(os, "stat", refuse(real_stat))
    monkeypatch.setattr(os, "open", refuse(real_open))
    good = tmp_path / "good.txt"
    good.write_text(SAMPLE_TEXT, encoding="utf-8")
    code, errors, out = _run_cli([tmp_path / "closed" / "page.txt", good], capsys)
    assert code == 2 and errors == [f"xining: {tmp_path / 'closed' / 'page.txt'}: permission denied"] and "6 articles" in out
    with pytest.raises(xining.InputError, match="permission denied"):
        xining.read_page(tmp_path / "closed" / "page.txt")


def test_an_unreadable_subfolder_is_reported_not_skipped(tmp_path, capsys, monkeypatch):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "good.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "hidden.txt").write_text(SAMPLE_TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fsdecode(path).endswith("/b"):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    code, errors, out = _run_cli([tmp_path], capsys)
    assert code == 2 and out.count("6 articles") == 1
    assert errors == [f"xining: {tmp_path / 'b'}: cannot list folder (permission denied)"]


@pytest.mark.parametrize("value", ["١٠٠٠", "²", "10MB", "-5", "1e6"])
def test_a_limit_that_is_not_ascii_digits_is_one_line_once(tmp_path, capsys, monkeypatch, value):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(SAMPLE_TEXT, encoding="utf-8")
    monkeypatch.setenv("XINING_MAX_BYTES", value)
    code, errors, out = _run_cli([tmp_path], capsys)
    assert code == 2 and out == "" and len(errors) == 1
    assert errors[0].startswith("xining: XINING_MAX_BYTES=") and "not a whole number of bytes" in errors[0]
    with pytest.raises(xining.InputError, match="XINING_MAX_BYTES"):
        xining.read_page(tmp_path / "a.txt")


# --- 12. The library raises InputError, never ValueError, OSError or UnicodeEncodeError ----------------------------
@pytest.mark.parametrize("path, problem", [
    ("a\x00b.txt", "not a possible file name"),
    ("x" * 300 + ".txt", "file name too long"),
    ("\ud800.txt", "not a possible file name"),
])
def test_read_page_raises_input_error_for_impossible_paths(tmp_path, monkeypatch, path, problem):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(xining.InputError, match=problem) as err:
        xining.read_page(path)
    assert "\n" not in str(err.value) and "\x00" not in str(err.value)


@pytest.mark.parametrize("text, problem", [
    ("本报讯（记者 张三）增长\ud800 9.0%。", "lone surrogate U+D800"),
    ("本报讯（记者 张三）增长\x00 9.0%。", "NUL"),
    ("本报讯（记者 张三）增长\x1b[31m 9.0%。", "control character U+001B"),
    ("本报讯（记者 张三）增长\ufffd9.0%。", "replacement characters"),
])
def test_parse_text_refuses_what_files_may_not_hold(text, problem):
    with pytest.raises(xining.InputError, match=re.escape(problem)):
        xining.parse_text(text)


@pytest.mark.parametrize("text, value", [("负3/4", -0.75), ("-3/4", -0.75), ("负0/0", None)])
def test_a_fraction_signed_with_fu_is_read_found_by_the_fuzz_target(text, value):
    [article] = xining.parse_text(f"本报讯（记者 张三）比例为{text}。\n").articles
    assert [f.value for f in article.figures if "/" in f.text] == ([] if value is None else [pytest.approx(value)])
