"""The runner under attack and interruption: escaped reports, parameters as data, kills that lose nothing."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
from pages import notebook_template

import xining
from xining import runner

ROOT = Path(__file__).resolve().parent.parent
XINING = str(Path(sys.executable).parent / "xining")
HOSTILE = ("本报讯（记者 张三）<script>alert(1)</script>全市规上工业增加值增长9.0%，"
           "<img src=x onerror=alert(2)>占比45.0%，{{ config }}。\n")


def test_article_text_renders_as_text_in_html_reports(tmp_path, monkeypatch):
    page_path = tmp_path / "hostile.txt"
    page_path.write_text(HOSTILE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    page = xining.read_page("hostile.txt")
    jobs = [j for j in runner.plan([page], tmp_path / "out") if j.parameters.get("article_id") == "a1"]
    [outcome] = runner.run(jobs, workers=1, progress=False)
    assert outcome.status == "done", outcome.error
    html = Path(jobs[0].html).read_text("utf-8")
    assert "<script>alert(1)" not in html and "<img src=x onerror" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "{{ config }}" in html


def test_parameters_reach_notebooks_as_data(tmp_path, monkeypatch):
    """A page name with quotes and backslashes arrives intact: papermill injects it, nothing formats code."""
    monkeypatch.chdir(tmp_path)
    odd = "it's \"odd\" \\ page.txt"
    (tmp_path / odd).write_text(HOSTILE, encoding="utf-8")
    templates = tmp_path / "nb"
    templates.mkdir()
    notebook_template(templates / "page.ipynb", "print(repr(page_path))")
    notebook_template(templates / "article.ipynb", "print(repr(page_path), article_id)")
    page = xining.read_page(odd)
    outcomes = runner.run(runner.plan([page], tmp_path / "out", notebooks=templates), workers=1, progress=False)
    assert [o.status for o in outcomes] == ["done", "done"]
    nb = nbformat.read(outcomes[0].job.output, as_version=4)
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert printed.strip() == repr(odd)
    folder = Path(outcomes[0].job.output).parent.name
    assert "/" not in folder and ".." not in folder and not folder.startswith(".") and len(folder) <= 57


def _slow_batch(tmp_path: Path) -> list[str]:
    """A page of four articles and templates that take a while: a batch worth interrupting."""
    text = "\n\n".join(f"本报讯（记者 张{i}）第{i}篇：全市工业增长{i}.0%。" for i in "一二三四") + "\n"
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    templates = tmp_path / "nb"
    templates.mkdir()
    for name in ("page.ipynb", "article.ipynb"):
        notebook_template(templates / name, "import time\ntime.sleep(1.5)\nprint('done')")
    return [XINING, "report", "page.txt", "--out", "out", "--notebooks", "nb", "--jobs", "1", "--quiet"]


def _wait_for(path_glob, root: Path, seconds: float = 90) -> None:
    end = time.time() + seconds
    while time.time() < end:
        if list(root.glob(path_glob)):
            return
        time.sleep(0.1)
    raise AssertionError(f"no {path_glob} after {seconds}s")


def _assert_nothing_half_written(out: Path) -> None:
    for nb in (p for p in out.rglob("*.ipynb") if not p.name.startswith(".")):
        assert json.loads(nb.read_text("utf-8"))["metadata"]["xining"]["cache_key"]
    for html in out.rglob("*.html"):
        assert html.read_text("utf-8").rstrip().endswith("</html>")


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_killing_the_runner_loses_nothing_and_the_next_run_completes_only_what_is_missing(tmp_path, sig):
    cmd = _slow_batch(tmp_path)
    proc = subprocess.Popen(cmd, cwd=tmp_path, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        _wait_for("out/page/*.html", tmp_path)
        os.killpg(proc.pid, sig)  # the whole job, as a terminal's Ctrl-C or a kill -9 of the group would
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode != 0
    if sig == signal.SIGINT:
        assert b"Traceback" not in err and b"interrupted" in err
    out = tmp_path / "out"
    _assert_nothing_half_written(out)
    finished = {p.stem for p in (out / "page").glob("*.ipynb") if not p.name.startswith(".")}
    assert 1 <= len(finished) < 5
    again = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert f"{5 - len(finished)} executed, {len(finished)} current, 0 failed" in again.stdout
    _assert_nothing_half_written(out)
    assert not list(out.rglob(f"*{runner.PART_SUFFIX}"))
    assert (out / "index.html").read_text("utf-8").rstrip().endswith("</html>")
