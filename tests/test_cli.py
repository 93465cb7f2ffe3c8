"""The command line: outline, JSON, JSON files, and one-line errors with exit 2."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from xining import cli
from xining.cli import main


def test_help_lists_the_subcommands(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--help"])
    assert exit_.value.code == 0
    assert "parse" in capsys.readouterr().out


def test_outline(sample_path, capsys):
    assert main(["parse", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert "6 articles" in out and "a4   前两个月我市规上工业增加值增长9.0%" in out
    assert "记者 张弘靓" in out and "lines 97-104" in out and "credit: 黎晓刚摄 (line 210)" in out


def test_json_for_one_page_is_a_document(sample_path, capsys):
    assert main(["parse", str(sample_path), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert len(doc["articles"]) == 6


def test_json_for_several_pages_is_an_array(sample_path, capsys):
    assert main(["parse", str(sample_path), str(sample_path), "--json"]) == 0
    assert [len(d["articles"]) for d in json.loads(capsys.readouterr().out)] == [6, 6]


def test_out_writes_one_json_per_page(sample_path, tmp_path, capsys):
    assert main(["parse", str(sample_path), "--out", str(tmp_path)]) == 0
    assert json.loads((tmp_path / "sample-page.json").read_text("utf-8"))["articles"][0]["id"] == "a1"
    assert [p.name for p in tmp_path.iterdir()] == ["sample-page.json"]  # no temporary file left


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "latin1.txt").write_bytes("grüße aus köln, señor".encode("latin-1"))
    (tmp_path / "nothing").mkdir()
    return {
        "empty.txt": "empty page",
        "blank.txt": "empty page",
        "image.txt": "binary file",
        "latin1.txt": "undecodable",
        "nothing": "no .txt or .pdf pages",
        "missing.txt": "no such file",
    }


def test_bad_inputs_get_one_line_each_and_exit_2(sample_path, tmp_path, capsys):
    problems = _bad_inputs(tmp_path)
    args = [str(tmp_path / name) for name in problems] + [str(sample_path)]
    assert main(["parse", *args]) == 2
    captured = capsys.readouterr()
    errors = captured.err.strip().split("\n")
    assert len(errors) == len(problems)
    for line, (name, problem) in zip(errors, problems.items()):
        assert line.startswith(f"xining: {tmp_path / name}: ") and problem in line
    assert "6 articles" in captured.out  # the good page is still parsed


def test_console_script_exits_2_without_traceback(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02")
    proc = subprocess.run([sys.executable, "-m", "xining.cli", "parse", str(bad)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_check_prints_verdicts(sample_path, capsys):
    assert main(["check", str(sample_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "WARN  repeated" in out and "15 pass, 2 warn, 0 fail, 2 info" in out
    assert main(["check", str(sample_path)]) == 0  # Chinese by default, as the reports
    out = capsys.readouterr().out
    assert "提醒  重复刊出" in out and "通过15项，提醒2项，不符0项，推算2项" in out


def test_each_check_line_names_the_page_lines_it_rests_on(sample_path, capsys):
    """A reviewer reading the terminal finds every verdict's figures on the page without opening a report."""
    assert main(["check", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert "分项74件 + 11件=85件，与总数85件相符。（第70、71行）" in out
    assert main(["check", str(sample_path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "so 上年同期 was -11.9%. [line 115]" in out and "(pass). [lines 70, 71]" in out


def test_check_exports_csv_and_json(sample_path, capsys):
    assert main(["check", str(sample_path), "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("source,article,headline,rule,verdict,figures,values,lines,expected,expected_lo,expected_hi,"
                        "message_zh,message_en")
    assert len(lines) == 20 and any(",a4," in line and ",repeated,warn," in line and ',"144,145,149",' in line
                                    for line in lines)
    assert main(["check", str(sample_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 19 and {r["verdict"] for r in rows} == {"pass", "warn", "info"}


def test_check_strict_exits_1_on_a_failed_check(tmp_path, capsys):
    page = tmp_path / "bad.txt"
    page.write_text("全市共收到举报60件，其中热线70件、应急局5件。\n", encoding="utf-8")
    assert main(["check", str(page), "--lang", "en"]) == 0
    assert main(["check", str(page), "--strict", "--lang", "en"]) == 1
    assert "FAIL  parts_and_whole" in capsys.readouterr().out


@pytest.mark.parametrize("command, empty", [
    (["check", "--json"], "[]\n"),
    (["figures", "--json"], "[]\n"),
    (["parse", "--json"], "[]\n"),
    (["check", "--csv"], "source,article,headline,rule,verdict,figures,values,lines,expected,expected_lo,expected_hi,"
                         "message_zh,message_en\n"),
    (["figures", "--csv"], "source,article,headline,id,text,kind,value,unit,normalized_value,normalized_unit,qualifier,"
                           "measure,subject,period,scope,line,in_headline,pdf_page,x0,y0,x1,y1\n"),
])
def test_machine_output_is_a_document_when_every_page_fails(command, empty, tmp_path, capsys):
    binary, blank = tmp_path / "binary.txt", tmp_path / "blank.txt"
    binary.write_bytes(b"\x00\x01page")
    blank.write_text("\n \n", encoding="utf-8")
    assert main([command[0], str(binary), str(blank), *command[1:]]) == 2
    out, err = capsys.readouterr()
    assert out == empty  # a reader of the output gets an empty table, not nothing
    assert len(err.strip().splitlines()) == 2 and "Traceback" not in err


def test_json_of_one_failed_page_is_no_document(tmp_path, capsys):
    blank = tmp_path / "blank.txt"
    blank.write_text("\n", encoding="utf-8")
    assert main(["parse", str(blank), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.startswith("xining: ")


def test_figures_csv(sample_path, capsys):
    assert main(["figures", str(sample_path), "--csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("source,article,headline,id,text,kind")
    assert any(",a2,西宁市党建引领“有诉必应马上办”机制创新工作日报,f2,801件次,count," in line for line in lines)


def test_out_keeps_pages_with_the_same_stem_apart(sample_path, tmp_path, capsys):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_bytes(sample_path.read_bytes())
    out = tmp_path / "out"
    assert main(["parse", str(tmp_path / "x"), str(tmp_path / "y"), "--out", str(out)]) == 0
    assert len(list(out.glob("page-*.json"))) == 2


def test_out_never_overwrites_the_json_of_another_page_of_the_same_stem(sample_path, tmp_path, capsys):
    """Two issues' p07.txt parsed one after the other into one --out: both JSONs are kept; a page parsed again
    replaces its own."""
    for day, text in (("day1", sample_path.read_text("utf-8")), ("day2", "本报讯（记者 张三）全市规上工业增加值增长9.0%。\n")):
        (tmp_path / day).mkdir()
        (tmp_path / day / "p07.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["parse", str(tmp_path / "day1" / "p07.txt"), "--out", str(out)]) == 0
    first = (out / "p07.json").read_bytes()
    assert main(["parse", str(tmp_path / "day2" / "p07.txt"), "--out", str(out)]) == 0
    assert (out / "p07.json").read_bytes() == first
    [second] = [p for p in out.glob("p07-*.json")]
    assert json.loads(second.read_text("utf-8"))["source"] == str(tmp_path / "day2" / "p07.txt")
    assert main(["parse", str(tmp_path / "day1" / "p07.txt"), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(["p07.json", second.name])


def test_out_keeps_the_pages_parsed_before_an_interrupt(sample_path, tmp_path, monkeypatch, capsys):
    """Ctrl-C on the third page of a folder: the JSON of the first two is written, exit 130."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in ("a", "b", "c", "d"):
        (folder / f"{name}.txt").write_bytes(sample_path.read_bytes())
    real = cli.read_pages

    def interrupted(path):
        if Path(path).name == "c.txt":
            raise KeyboardInterrupt
        return real(path)

    monkeypatch.setattr(cli, "read_pages", interrupted)
    assert main(["parse", str(folder), "--out", str(tmp_path / "out")]) == 130
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.json"]
    assert capsys.readouterr().err == "xining: interrupted\n"


# --- output: one line and a non-zero exit, nothing truncated left behind, the umask respected ----------------------
def test_out_naming_a_file_is_one_line(sample_path, tmp_path, capsys):
    (tmp_path / "taken").write_text("x")
    assert main(["parse", str(sample_path), "--out", str(tmp_path / "taken")]) == 1
    err = capsys.readouterr().err
    assert err == f"xining: {tmp_path / 'taken'}: --out names a file, not a folder\n"


def test_out_on_a_read_only_disk_is_one_line(sample_path, small_disk, capsys):
    disk = small_disk(read_only=True)
    assert main(["parse", str(sample_path), "--out", str(disk / "json")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"xining: {disk / 'json'}: cannot create the --out folder (Read-only file system") and err.count("\n") == 1


def test_a_full_disk_is_one_line_and_leaves_no_partial_file(sample_path, small_disk, capsys):
    disk = small_disk("64k")  # room for no JSON of the sample page (about 200 KB)
    assert main(["parse", str(sample_path), "--out", str(disk)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"xining: {disk}/") and "cannot write (No space left on device)" in err and err.count("\n") == 1
    assert list(disk.iterdir()) == []


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_respect_the_umask(sample_path, tmp_path, capsys, umask, mode):
    old = os.umask(umask)
    try:
        assert main(["parse", str(sample_path), "--out", str(tmp_path)]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / "sample-page.json").stat().st_mode & 0o777 == mode


def test_the_figures_table_pads_chinese_columns_by_display_width(tmp_path, capsys):
    """The last column (line) is right-aligned and never empty: every row ends at the same terminal cell."""
    from xining.chinese import display_width

    page = tmp_path / "p.txt"
    page.write_text("本报讯（记者 张三）全市钢材产量15.9万吨，增长79.9%；石墨及碳素制品7.0万吨，增长12.3倍。\n", encoding="utf-8")
    assert main(["figures", str(page)]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert len(lines) == 5 and "石墨及碳素制品" in lines[3]
    assert len({round(2 * display_width(line)) for line in lines}) == 1, lines


def test_out_on_a_read_only_disk_names_the_file_not_a_temporary_one(sample_path, small_disk, capsys):
    disk = small_disk(read_only=True)  # the folder exists, so the first write is what fails
    assert main(["parse", str(sample_path), "--out", str(disk)]) == 1
    assert capsys.readouterr().err == f"xining: {disk / 'sample-page.json'}: cannot write (Read-only file system)\n"


def test_report_into_a_read_only_folder_is_one_line(sample_path, small_disk, capsys):
    """The downloads written before any notebook runs fail on one line too, not with a traceback."""
    disk = small_disk(read_only=True)
    assert main(["report", str(sample_path), "--out", str(disk), "--quiet"]) == 1
    assert capsys.readouterr().err == f"xining: {disk / 'sample-page'}: cannot write (Read-only file system)\n"


def test_the_outline_counts_in_the_singular_and_names_a_single_line(tmp_path, capsys):
    page = tmp_path / "p.txt"
    page.write_text("河道治理工程完工\n\n本报讯（记者 张明）河道综合治理工程日前完工，沿岸十公里步道全线贯通。\n", "utf-8")
    assert main(["parse", str(page)]) == 0
    out = capsys.readouterr().out
    assert "(1 article, sha256" in out and "· 1 paragraph · line 3\n" in out
    assert "1 articles" not in out and "1 paragraphs" not in out and "3-3" not in out


def test_the_outline_shows_one_line_paragraphs_as_their_line(sample_path, capsys):
    assert main(["parse", str(sample_path)]) == 0
    out = capsys.readouterr().out
    assert "5 paragraphs · lines 68-73, 75, 76-79, 81-83, 85-87" in out and "1 paragraph · lines 89-95" in out


def test_a_failed_atomic_write_names_the_file_asked_for(small_disk):
    from xining.files import atomic_write_text

    disk = small_disk(read_only=True)
    with pytest.raises(OSError) as caught:
        atomic_write_text(disk / "page.json", "{}")
    assert caught.value.filename == str(disk / "page.json")


@pytest.mark.parametrize("argv", [["report", "p.txt", "--jobs", "0"], ["report", "p.txt", "--jobs", "-3"],
                                  ["corpus", "build", "p.txt", "--batch", "0"], ["corpus", "build", "p.txt", "--jobs", "٣"]])
def test_a_count_of_workers_or_pages_below_one_is_refused(argv, tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "is not a whole number of at least 1" in capsys.readouterr().err and not list(tmp_path.iterdir())


def test_report_without_pages_outside_a_project_says_what_to_give(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["report"]) == 2
    assert capsys.readouterr().err == "xining: data/raw: no such folder here; name the pages to report (xining report PATH...)\n"


def test_corpus_build_names_the_flag_of_a_bad_date(sample_path, tmp_path, capsys):
    assert main(["corpus", "build", str(sample_path), "--db", str(tmp_path / "c.duckdb"), "--date", "2024-13-45"]) == 2
    assert capsys.readouterr().err == "xining: --date: not a date (YYYY-MM-DD): '2024-13-45'\n"
    assert not (tmp_path / "c.duckdb").exists()
