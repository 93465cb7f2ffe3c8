"""The corpus: twelve composed issues in, the series of a statistic and the planted contradiction out."""
import datetime as dt
import json
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from corpus_pages import CONTRADICTED, GROWTH, HOTLINE, MONTHLY_POWER, cumulative_power, issue_date, issue_text, write_issues
from pages import page, wrap

import xining
import xining.corpus as xc
from xining.cli import main
from xining.corpus import store
from xining.corpus.indicators import indicator, place
from xining.corpus.metadata import from_file_name, from_furniture
from xining.corpus.rows import rows_of
from xining.model import Box, Page, Paragraph

GROWTH_KEY = "规模以上工业增加值|增速|%|市"
POWER_KEY = "发电量|总量|GWh|市"
REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "realpages"


@pytest.fixture(scope="module")
def issues(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("issues")
    write_issues(folder)
    return folder


@pytest.fixture(scope="module")
def db(issues, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("db") / "corpus.duckdb"
    result = xc.build([str(issues)], path, jobs=1, progress=False)
    assert (result.pages, result.failed, result.skipped) == (12, 0, 0)
    return path


def tables(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows in a stable order: what two builds must agree on."""
    with store.opened(db, read_only=True) as con:
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in store.SCHEMA}


# --- the series of one statistic --------------------------------------------------------------
def test_series_of_cumulative_growth_in_period_order(db):
    with xc.open(db) as c:
        s = c.series(GROWTH_KEY, "cumulative")
    assert sorted({d.month for d in s["period_end"]}) == list(range(2, 12))  # 1月 is a month; 1-12月 the year
    by_month = {}
    for end, text in zip(s["period_end"], s["text"]):
        by_month.setdefault(end.month, []).append(text)
    assert {m: t for m, t in by_month.items() if m != 6} == {m: [f"{GROWTH[m - 1]}%"] for m in range(2, 12) if m != 6}
    assert by_month[6] == [f"{GROWTH[5]}%", f"{CONTRADICTED['printed']}%"]  # printed by two issues
    assert sorted(set(s["scope"])) == ["市"] and set(s["measure"]) == {"增速"}


def test_single_months_are_a_series_apart_from_the_cumulative(db):
    with xc.open(db) as c:
        months = c.series(POWER_KEY, "month").drop_duplicates(["period_end", "value"])
        cumulative = c.series(POWER_KEY, "cumulative")
    assert [f"{v:.1f}" for v in months["value"]] == MONTHLY_POWER
    assert [f"{v:.1f}" for v in cumulative["value"]] == [cumulative_power(m) for m in range(2, 12)]


def test_the_series_in_sql(db):
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT period_end, value, date FROM series WHERE indicator = ? AND period_type = 'day' "
                       "ORDER BY period_end", ["群众来电诉求|总量|件次|市"]).fetchall()
    con.close()
    assert [r[1] for r in rows] == [Decimal(n) for n in HOTLINE]
    assert all(r[2] - r[0] == dt.timedelta(days=1) for r in rows)  # each bulletin reports the day before its issue


def test_values_are_exact_decimals_with_their_printed_text(db):
    con = duckdb.connect(str(db), read_only=True)
    kind, value, decimals, text = con.execute(
        "SELECT typeof(value), value, decimals, text FROM figures WHERE indicator = ? AND text = '6.0%' LIMIT 1", [GROWTH_KEY]).fetchone()
    con.close()
    assert kind == "DECIMAL(38,12)" and value == Decimal("6.0") and decimals == 1 and text == "6.0%"


# --- checks between issues ------------------------------------------------------------------------
def test_the_planted_contradiction_fails_naming_both_issues(db):
    with xc.open(db) as c:
        found = c.contradictions()
        pages = c.pages.set_index("sha256")
    assert len(found) == 1
    row = found.iloc[0]
    assert row["verdict"] == "fail" and row["indicator"] == GROWTH_KEY
    assert (row["period_start"].date(), row["period_end"].date()) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert list(row["texts"]) == [f"{CONTRADICTED['original']}%", f"{CONTRADICTED['printed']}%"]
    assert sorted(pages.loc[list(row["pages"]), "date"].dt.date) == [issue_date(6), issue_date(7)]
    assert "contradict" in row["message_en"] and "矛盾" in row["message_zh"]


def test_single_months_add_up_to_every_cumulative_total(db):
    with xc.open(db) as c:
        sums = c.checks()
    sums = sums[sums["rule"] == "months_sum"]
    assert len(sums) == 11 and set(sums["verdict"]) == {"pass"}  # 1-2月 ... 1-12月
    assert not len(c_rule(db, "cumulative_decrease"))


def c_rule(db, rule):
    with xc.open(db) as c:
        return c.query("SELECT * FROM corpus_checks WHERE rule = ?", [rule])


def _power_issue(month: int, cumulative: str, single: str) -> str:
    d = issue_date(month)
    text = f"1-{month}月，全市发电量{cumulative}亿千瓦时。{month}月当月，全市发电量{single}亿千瓦时。"
    return page([f"{d.year} 年 {d.month} 月 {d.day} 日 星期{'一二三四五六日'[d.weekday()]}", "3 经济"],
                ["全市发电量平稳", ""] + ["本报讯（记者 王芳）" + wrap(text, 19)[0], *wrap(text, 19)[1:]])


def test_a_cumulative_total_that_falls_fails_and_months_that_do_not_add_up_fail(tmp_path):
    (tmp_path / "p").mkdir()
    for month, cumulative, single in ((1, "31.2", "31.2"), (2, "59.6", "28.4"), (3, "55.0", "30.9")):
        (tmp_path / "p" / f"chengshibao_{issue_date(month):%Y%m%d}_p03.txt").write_text(_power_issue(month, cumulative, single), "utf-8")
    xc.build([str(tmp_path / "p")], tmp_path / "c.duckdb", jobs=1, progress=False)
    falls = c_rule(tmp_path / "c.duckdb", "cumulative_decrease")
    assert list(falls["verdict"]) == ["fail"] and list(falls["texts"].iloc[0]) == ["59.6亿千瓦时", "55.0亿千瓦时"]
    sums = c_rule(tmp_path / "c.duckdb", "months_sum").sort_values("period_end")
    assert list(sums["verdict"]) == ["pass", "fail"]  # 31.2+28.4 = 59.6; 31.2+28.4+30.9 = 90.5, not 55.0


def test_a_difference_within_rounding_is_no_contradiction(tmp_path):
    """20.5亿 and 20.48亿 can be the same figure printed at two precisions: pass, not fail."""
    (tmp_path / "p").mkdir()
    for month, value in ((2, "20.5"), (3, "20.48")):
        d = issue_date(month)
        text = f"本报讯（记者 王芳）1-2月，全市发电量{value}亿千瓦时，运行平稳。"
        (tmp_path / "p" / f"x_{d:%Y%m%d}.txt").write_text(page([f"{d.year} 年 {d.month} 月 {d.day} 日", "3 经济"], wrap(text, 19)), "utf-8")
    xc.build([str(tmp_path / "p")], tmp_path / "c.duckdb", jobs=1, progress=False)
    assert list(c_rule(tmp_path / "c.duckdb", "contradiction")["verdict"]) == ["pass"]


# --- indicators and periods ---------------------------------------------------------------------
@pytest.mark.parametrize("printed, issue, expected", [
    ("1-7月", dt.date(2024, 8, 15), ("cumulative", dt.date(2024, 1, 1), dt.date(2024, 7, 31))),
    ("7月", dt.date(2024, 8, 15), ("month", dt.date(2024, 7, 1), dt.date(2024, 7, 31))),
    ("1月—2月", dt.date(2024, 3, 26), ("cumulative", dt.date(2024, 1, 1), dt.date(2024, 2, 29))),
    ("前两个月", dt.date(2024, 3, 26), ("cumulative", dt.date(2024, 1, 1), dt.date(2024, 2, 29))),
    ("一季度", dt.date(2024, 4, 20), ("cumulative", dt.date(2024, 1, 1), dt.date(2024, 3, 31))),
    ("二季度", dt.date(2024, 7, 20), ("range", dt.date(2024, 4, 1), dt.date(2024, 6, 30))),
    ("上半年", dt.date(2024, 7, 20), ("cumulative", dt.date(2024, 1, 1), dt.date(2024, 6, 30))),
    ("1-12月", dt.date(2025, 1, 20), ("year", dt.date(2024, 1, 1), dt.date(2024, 12, 31))),  # a January issue: last year
    ("12月31日", dt.date(2025, 1, 2), ("day", dt.date(2024, 12, 31), dt.date(2024, 12, 31))),
    ("3月25日", dt.date(2024, 3, 26), ("day", dt.date(2024, 3, 25), dt.date(2024, 3, 25))),
    ("2023年1-6月", dt.date(2024, 3, 26), ("cumulative", dt.date(2023, 1, 1), dt.date(2023, 6, 30))),
])
def test_periods_are_placed_in_the_calendar(printed, issue, expected):
    p = place(printed, issue)
    assert (p.type, p.start, p.end) == expected


def test_a_period_without_a_year_is_not_placed_without_an_issue_date():
    assert place("1-7月", None) is None and place("2024年7月", None).type == "month"
    assert place("今年以来", dt.date(2024, 5, 1)) is None and place("2月30日", dt.date(2024, 5, 1)) is None


@pytest.mark.parametrize("sentence", [
    "1-5月，全市规上工业增加值同比增长6.2%。",
    "1-5月，我市规模以上工业增加值增长6.2%。",
    "1-5月，本市规模以上工业增加值增速为6.2%。",
])
def test_one_indicator_whatever_the_page_wrote(sentence):
    article = xining.parse_text(page(wrap("本报讯（记者 王芳）" + sentence, 19))).articles[0]
    [f] = [f for f in article.figures if f.kind == "percent"]
    assert indicator(f).key == GROWTH_KEY


# --- page metadata ----------------------------------------------------------------------------------
def test_metadata_from_the_masthead_strip(db):
    with xc.open(db) as c:
        pages = c.pages
    assert list(pages["date"].dt.date) == [issue_date(m) for m in range(1, 13)]
    assert set(pages["page_no"]) == {"3"} and set(pages["section"]) == {"经济"} and set(pages["paper"]) == {"chengshibao"}
    assert set(pages["meta_origin"]) == {"paper:file name,date:furniture,page_no:furniture,section:furniture"}


@pytest.mark.parametrize("strip, expected", [
    (["2024 年 4 月 19 日", "星期五", "7", "生活服务"], (dt.date(2024, 4, 19), "7", "生活服务")),
    (["城市", "A06", "2024 年 6 月 4 日 星期二"], (dt.date(2024, 6, 4), "A06", "城市")),
    (["7 理论", "2018 年 1 月 10 日 星期三"], (dt.date(2018, 1, 10), "7", "理论")),
    (["第5版", "2023年12月1日"], (dt.date(2023, 12, 1), "5", None)),
    (["责编 张三", "2024 年 2 月 30 日"], (None, None, None)),  # no such day: no date
])
def test_furniture_variations(strip, expected):
    meta = from_furniture(strip)
    assert (meta.date, meta.page_no, meta.section) == expected


@pytest.mark.parametrize("name, expected", [
    ("fuzhouwb_20240419_p07.txt", ("fuzhouwb", dt.date(2024, 4, 19), "7")),
    ("henanshangbao_20240604_a06.pdf", ("henanshangbao", dt.date(2024, 6, 4), "A06")),
    ("2024-03-26-xnwb-page2.txt", ("xnwb", dt.date(2024, 3, 26), "2")),
    ("notes.txt", ("notes", None, None)),
])
def test_metadata_from_file_names(name, expected):
    meta = from_file_name(Path(name))
    assert (meta.paper, meta.date, meta.page_no) == expected


def test_sidecar_then_options_override(tmp_path):
    (tmp_path / "p").mkdir()
    body = page(wrap("本报讯（记者 王芳）1-2月，全市发电量59.6亿千瓦时，运行平稳。", 19))
    (tmp_path / "p" / "a.txt").write_text(body, "utf-8")
    (tmp_path / "p" / "a.meta.json").write_text(json.dumps({"paper": "某某日报", "date": "2024-03-14", "page": 4}), "utf-8")
    xc.build([str(tmp_path / "p")], tmp_path / "c.duckdb", jobs=1, progress=False)
    xc.build([str(tmp_path / "p")], tmp_path / "d.duckdb", jobs=1, progress=False, paper="别的报", date=dt.date(2024, 5, 1))
    with xc.open(tmp_path / "c.duckdb") as c, xc.open(tmp_path / "d.duckdb") as d:
        a, b = c.pages.iloc[0], d.pages.iloc[0]
        s = c.series(POWER_KEY)
    assert (a["paper"], a["date"].date(), a["page_no"], a["meta_origin"]) == (
        "某某日报", dt.date(2024, 3, 14), "4", "paper:sidecar,date:sidecar,page_no:sidecar")
    assert (b["paper"], b["date"].date(), b["meta_origin"]) == ("别的报", dt.date(2024, 5, 1), "paper:option,date:option,page_no:sidecar")
    assert s["period_end"].iloc[0].date() == dt.date(2024, 2, 29)  # the sidecar's year places 1-2月


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realpages absent")
def test_metadata_of_real_pages_from_their_furniture(tmp_path):
    pages = [REAL / "fuzhouwb_20240419_p07.txt", REAL / "henanshangbao_20240604_a06.txt", REAL / "rmrb_20180110_p07.txt"]
    xc.build([str(p) for p in pages], tmp_path / "c.duckdb", jobs=1, progress=False)
    with xc.open(tmp_path / "c.duckdb") as c:
        got = {(r.date.date(), r.page_no, r.section) for r in c.pages.itertuples()}
    assert got == {(dt.date(2024, 4, 19), "7", "生活服务"), (dt.date(2024, 6, 4), "A06", "城市"), (dt.date(2018, 1, 10), "7", "理论")}


@pytest.mark.skipif(not (REAL / "fuzhouwb_20240419_p07.pdf").is_file(), reason="../shared/realpages absent")
def test_metadata_of_a_pdf_page_from_its_furniture_blocks(tmp_path):
    pdf = tmp_path / "page.pdf"  # a name that says nothing: what is stored comes from the page itself
    pdf.write_bytes((REAL / "fuzhouwb_20240419_p07.pdf").read_bytes())
    xc.build([str(pdf)], tmp_path / "c.duckdb", jobs=1, progress=False)
    with xc.open(tmp_path / "c.duckdb") as c:
        row = c.pages.iloc[0]
        boxed = c.query("SELECT count(*) FILTER (WHERE len(boxes) > 0) = count(*) AS all_boxed FROM paragraphs")["all_boxed"][0]
    assert (row["status"], row["date"].date(), row["page_no"], row["section"]) == ("ok", dt.date(2024, 4, 19), "7", "生活服务")
    assert row["meta_origin"] == "paper:file name,date:furniture,page_no:furniture,section:furniture" and boxed


# --- building: incremental, failures, Dask, resuming -------------------------------------------------------
def test_a_second_build_skips_known_pages_and_force_redoes_them(issues, db, tmp_path):
    copy = tmp_path / "c.duckdb"
    copy.write_bytes(db.read_bytes())
    again = xc.build([str(issues)], copy, jobs=1, progress=False)
    assert (again.pages, again.skipped) == (0, 12)
    forced = xc.build([str(issues)], copy, jobs=1, progress=False, force=True)
    assert (forced.pages, forced.skipped) == (12, 0)
    assert tables(copy) == tables(db)


def test_a_failed_page_is_recorded_and_does_not_stop_the_build(tmp_path, capsys):
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "a_20240314.txt").write_text(issue_text(2), "utf-8")
    (tmp_path / "p" / "b_20240314.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (tmp_path / "p" / "c_20240314.txt").write_text("   \n", "utf-8")
    code = main(["corpus", "build", str(tmp_path / "p"), "--db", str(tmp_path / "c.duckdb"), "--quiet", "--jobs", "1"])
    captured = capsys.readouterr()
    assert code == 2 and "3 pages stored (2 failed)" in captured.out
    assert len(captured.err.strip().splitlines()) == 2 and "Traceback" not in captured.err
    with xc.open(tmp_path / "c.duckdb") as c:
        pages = c.pages.set_index("source")
    failed = pages[pages["status"] == "failed"]
    assert sorted(Path(s).name for s in failed.index) == ["b_20240314.txt", "c_20240314.txt"]
    assert failed["error"].str.contains("binary file|empty page").all()


def test_a_dask_local_cluster_builds_the_same_tables(issues, db, tmp_path):
    result = xc.build([str(issues)], tmp_path / "dask.duckdb", jobs=2, scheduler="local", batch=5, progress=False)
    assert result.pages == 12
    assert tables(tmp_path / "dask.duckdb") == tables(db)


def test_a_local_pool_builds_the_same_tables(issues, db, tmp_path):
    xc.build([str(issues)], tmp_path / "pool.duckdb", jobs=2, batch=3, progress=False)
    assert tables(tmp_path / "pool.duckdb") == tables(db)


def test_a_killed_build_resumes_to_the_same_tables(issues, db, tmp_path, monkeypatch):
    calls = []
    real_write = store.write

    def dies_after_the_first_batch(con, batch):
        if calls:
            raise KeyboardInterrupt  # what SIGINT does between two batches
        calls.append(len(batch))
        real_write(con, batch)

    monkeypatch.setattr(store, "write", dies_after_the_first_batch)
    with pytest.raises(KeyboardInterrupt):
        xc.build([str(issues)], tmp_path / "c.duckdb", jobs=1, batch=4, progress=False)
    monkeypatch.setattr(store, "write", real_write)
    resumed = xc.build([str(issues)], tmp_path / "c.duckdb", jobs=1, batch=4, progress=False)
    assert (resumed.skipped, resumed.pages) == (4, 8)
    assert tables(tmp_path / "c.duckdb") == tables(db)


def test_a_killed_process_leaves_whole_pages(issues, db, tmp_path):
    """SIGKILL mid-build: every stored page is complete (its rows were written in one transaction); the next build completes."""
    import re
    import time

    path, log = tmp_path / "c.duckdb", tmp_path / "err.log"
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "xining.cli", "corpus", "build", str(issues), "--db", str(path),
                                 "--jobs", "1", "--batch", "1"], stdout=subprocess.DEVNULL, stderr=err)
        deadline = time.monotonic() + 120
        while proc.poll() is None and not re.search(r"pages: ([3-9]|1[01])page", log.read_text("utf-8", "replace")):
            assert time.monotonic() < deadline
            time.sleep(0.02)
        proc.kill()
        proc.wait()
    con = duckdb.connect(str(path), read_only=True)
    stored, whole = con.execute("SELECT count(*), count(*) FILTER (WHERE figures = (SELECT count(*) FROM figures f "
                                "WHERE f.sha256 = p.sha256)) FROM pages p").fetchone()
    con.close()
    assert 3 <= stored < 12 and whole == stored
    resumed = xc.build([str(issues)], path, jobs=1, progress=False)
    assert resumed.skipped == stored and tables(path) == tables(db)


# --- paragraphs keep their boxes ----------------------------------------------------------------------
def test_paragraph_boxes_are_stored_when_the_model_has_them(sample_page, tmp_path):
    from xining.corpus.metadata import PageMeta

    a = sample_page.articles[0]
    boxed = replace(a.paragraphs[0], boxes=(Box(1, 10.0, 700.0, 300.0, 712.5),))
    page_ = Page(sample_page.source, sample_page.sha256, (replace(a, paragraphs=(boxed, *a.paragraphs[1:])),))
    rows = rows_of(page_, PageMeta())
    con = store.connect(tmp_path / "c.duckdb")
    store.write(con, [rows])
    boxes = con.execute("SELECT boxes FROM paragraphs WHERE n = 1").fetchone()[0]
    con.close()
    assert boxes == [{"page": 1, "x0": 10.0, "y0": 700.0, "x1": 300.0, "y1": 712.5}]
    assert isinstance(boxed, Paragraph)


# --- the command line -------------------------------------------------------------------------------
def test_query_as_csv_and_json(db, capsys):
    sql = f"SELECT period_end, value, text FROM series WHERE indicator = '{GROWTH_KEY}' AND period_type = 'cumulative' ORDER BY 1, 3 LIMIT 2"
    assert main(["corpus", "query", sql, "--db", str(db), "--csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["period_end,value,text", f"2024-02-29,{GROWTH[1]},{GROWTH[1]}%",
                                                    f"2024-03-31,{GROWTH[2]},{GROWTH[2]}%"]
    assert main(["corpus", "query", sql, "--db", str(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["text"] == f"{GROWTH[1]}%"


@pytest.mark.parametrize("argv, message", [
    (["corpus", "query", "SELECT nothing FROM nowhere"], "query failed: Catalog Error"),
    (["corpus", "query", "SELECT 1", "--db", "missing.duckdb"], "no such corpus"),
    (["corpus", "build", "no/such/folder", "--date", "2024-13-01"], "not a date"),
])
def test_bad_input_is_one_line_and_exit_2(db, argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    if "--db" not in argv:
        argv = argv + ["--db", str(db)] if argv[1] == "query" else argv
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and message in err[0]


@pytest.mark.parametrize("command", [["query", "SELECT 1"], ["export", "--parquet", "pq"], ["build", "pages"]])
def test_a_folder_given_as_the_corpus_is_named_as_one(tmp_path, capsys, command):
    (tmp_path / "pages").mkdir()
    assert main(["corpus", *[str(tmp_path / a) if a in ("pq", "pages") else a for a in command], "--db", str(tmp_path)]) == 2
    assert capsys.readouterr().err.endswith(f"xining: {tmp_path}: a folder, not a corpus file (--db names the .duckdb file)\n")


def test_a_file_that_is_not_a_corpus_is_refused(tmp_path, capsys):
    (tmp_path / "x.duckdb").write_text("not a database")
    assert main(["corpus", "query", "SELECT 1", "--db", str(tmp_path / "x.duckdb")]) == 2
    assert "cannot open the corpus" in capsys.readouterr().err


def test_export_to_parquet_partitioned_by_paper_year_month(db, tmp_path):
    assert main(["corpus", "export", "--parquet", str(tmp_path / "pq"), "--db", str(db)]) == 0
    assert (tmp_path / "pq" / "figures" / "paper=chengshibao" / "year=2024" / "month=8").is_dir()
    con = duckdb.connect()
    n = con.execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/pq/figures/**/*.parquet', hive_partitioning=true) "
                    "WHERE year = 2024 AND month = 8").fetchone()[0]
    with xc.open(db) as c:
        expected = c.query("SELECT count(*) AS n FROM figures JOIN pages USING (sha256) WHERE month(date) = 8")["n"][0]
    assert n == expected > 0
    assert not list((tmp_path / "pq").glob(".*"))  # no temporary folder left



def test_export_into_a_read_only_folder_is_one_line_and_exit_1(db, small_disk, capsys):
    disk = small_disk(read_only=True)
    for target in (disk, disk / "sub"):  # the folder exists (DuckDB fails), or cannot be made (Python fails)
        assert main(["corpus", "export", "--parquet", str(target), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.startswith(f"xining: {target}: cannot write the Parquet export (") and "Read-only file system" in err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_export_onto_a_full_disk_leaves_no_partial_table(db, small_disk, capsys):
    disk = small_disk("32k")  # room for a few partition files, not for every table
    assert main(["corpus", "export", "--parquet", str(disk), "--db", str(db)]) == 1
    assert "cannot write the Parquet export" in capsys.readouterr().err
    assert not list(disk.glob(".*"))  # the table being written is removed, never left half-written


def test_export_naming_a_file_is_one_line(db, tmp_path, capsys):
    (tmp_path / "taken").write_text("x")
    assert main(["corpus", "export", "--parquet", str(tmp_path / "taken"), "--db", str(db)]) == 1
    assert capsys.readouterr().err == f"xining: {tmp_path / 'taken'}: --parquet names a file, not a folder\n"

# --- the corpus notebook -------------------------------------------------------------------------------
def test_the_corpus_notebook_runs_under_papermill_with_its_parameters(db, tmp_path, monkeypatch):
    import nbformat
    import papermill

    from xining import runner

    monkeypatch.setenv("JUPYTER_PATH", runner._kernel_dir())
    template = Path(__file__).resolve().parent.parent / "notebooks" / "corpus.ipynb"
    out = tmp_path / "corpus.ipynb"
    papermill.execute_notebook(str(template), str(out), parameters={"db": str(db), "indicator": POWER_KEY,
                                                                    "period_type": "month", "lang": "en"},
                               kernel_name=runner.KERNEL_NAME, progress_bar=False, cwd=str(tmp_path))
    html = "".join(o.get("data", {}).get("text/html", "") for c in nbformat.read(out, 4).cells for o in c.get("outputs", []))
    assert f"<td>{MONTHLY_POWER[6]}亿千瓦时</td>" in html and "one issue prints 6.5%, another 6.9%" in html


def test_the_readme_series_query_works_as_printed(db, capsys):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    start = readme.index('xining corpus query "SELECT period_end')
    sql = readme[start:readme.index('" --db corpus.duckdb', start)].split('"', 1)[1]
    assert main(["corpus", "query", " ".join(sql.split()), "--db", str(db), "--csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "period_end,value,text,date" and len(rows) == 1 + 11  # 1-2月 … 1-11月, June printed twice


def test_an_unreachable_scheduler_stops_the_build_with_one_line(issues, tmp_path, capsys):
    code = main(["corpus", "build", str(issues), "--db", str(tmp_path / "c.duckdb"), "--scheduler", "tcp://127.0.0.1:9", "--quiet"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "cannot reach the Dask scheduler" in err[0]
