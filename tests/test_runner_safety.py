"""The runner under attack and interruption: escaped reports, parameters as data, kills that lose nothing."""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
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


# The batch below is held by a gate, not by time: every article notebook writes `started-<id>` with its
# kernel's and worker's pids, then, while the file `hold` exists, reads the FIFO `gate`, which nobody
# writes to: it waits until it is stopped. A run that does not stop its workers would wait for ever
# (the test's timeout catches that); nothing depends on how long anything takes.
GATED = ("import os\n"
         "open(f'.started-{article_id}', 'w').write(f'{os.getpid()} {os.getppid()}')\n"
         "os.replace(f'.started-{article_id}', f'started-{article_id}')\n"  # the test sees the file whole or not at all
         "if os.path.exists('hold'):\n"
         "    open('gate').read()\n"
         "print('done', article_id)")


def _gated_batch(tmp_path: Path) -> list[str]:
    """A page of four articles whose notebooks wait at the gate: a batch worth stopping."""
    text = "\n\n".join(f"本报讯（记者 张{i}）第{i}篇：全市工业增长{i}.0%。" for i in "一二三四") + "\n"
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    templates = tmp_path / "nb"
    templates.mkdir()
    notebook_template(templates / "page.ipynb", "print('page')")
    notebook_template(templates / "article.ipynb", GATED)
    os.mkfifo(tmp_path / "gate")
    (tmp_path / "hold").write_text("")
    return [XINING, "report", "page.txt", "--out", "out", "--notebooks", "nb", "--jobs", "1", "--quiet"]


def _wait_for(path: Path, proc: subprocess.Popen, seconds: float = 120) -> None:
    """Until `path` exists (a condition, not a duration); fails if the run ended first or never got there."""
    end = time.monotonic() + seconds
    while not path.exists():
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < end, f"no {path.name} after {seconds}s"
        time.sleep(0.05)


def _gone(pid: int, seconds: float = 60) -> bool:
    """The process has exited (a zombie counts as exited), waiting at most `seconds` for it."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def _assert_nothing_half_written(out: Path) -> None:
    for nb in (p for p in out.rglob("*.ipynb") if not p.name.startswith(".")):
        assert json.loads(nb.read_text("utf-8"))["metadata"]["xining"]["cache_key"]
    for html in out.rglob("*.html"):
        assert html.read_text("utf-8").rstrip().endswith("</html>")
    assert not list(out.rglob(f"*{runner.PART_SUFFIX}")) and not list(out.rglob(".*.tmp"))


def _stop_and_resume(tmp_path: Path, send) -> tuple[subprocess.CompletedProcess, subprocess.Popen, str]:
    """Start the gated batch, stop it with `send(proc)` while a1 waits at the gate, then run it again ungated."""
    cmd = _gated_batch(tmp_path)
    proc = subprocess.Popen(cmd, cwd=tmp_path, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        _wait_for(tmp_path / "started-a1", proc)
        kernel, worker = map(int, (tmp_path / "started-a1").read_text().split())
        send(proc)
        _, err = proc.communicate(timeout=120) if send is not _kill_parent else ("", "")
        assert _gone(worker) and _gone(kernel), "a worker or kernel outlived the stop"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    out = tmp_path / "out"
    _assert_nothing_half_written(out)
    assert (out / "page" / "page.html").exists() and not (out / "page" / "a1.html").exists()
    assert not list(Path(tempfile.gettempdir()).glob(f"{runner.KERNEL_DIR_PREFIX}{proc.pid}-*"))
    (tmp_path / "hold").unlink()
    again = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert "4 executed, 1 current, 0 failed" in again.stdout
    _assert_nothing_half_written(out)
    assert (out / "index.html").read_text("utf-8").rstrip().endswith("</html>")
    return again, proc, err


def _kill_parent(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)  # the parent alone, as the OOM killer would: its workers are orphaned
    proc.wait()


def test_ctrl_c_stops_workers_and_kernels_at_once_with_one_line(tmp_path):
    _, proc, err = _stop_and_resume(tmp_path, lambda p: os.killpg(p.pid, signal.SIGINT))  # the terminal's Ctrl-C
    assert proc.returncode == 130
    assert err.splitlines() == ["xining: interrupted; complete reports are kept, none is half-written"]


def test_sigterm_of_the_parent_stops_workers_and_kernels_with_one_line(tmp_path):
    _, proc, err = _stop_and_resume(tmp_path, lambda p: os.kill(p.pid, signal.SIGTERM))
    assert proc.returncode == 128 + signal.SIGTERM
    assert err.splitlines() == ["xining: stopped by SIGTERM; complete reports are kept, none is half-written"]


def test_workers_and_kernels_exit_when_the_parent_is_killed(tmp_path):
    """SIGKILL of the parent: no worker goes on writing reports under another parent."""
    _stop_and_resume(tmp_path, _kill_parent)


def test_a_normal_run_removes_its_kernel_folder(tmp_path):
    cmd = _gated_batch(tmp_path)
    (tmp_path / "hold").unlink()
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert not list(Path(tempfile.gettempdir()).glob(f"{runner.KERNEL_DIR_PREFIX}{proc.pid}-*"))


def test_a_kernel_folder_left_by_a_killed_run_is_removed_by_the_next(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = Path(tempfile.mkdtemp(prefix=f"{runner.KERNEL_DIR_PREFIX}{dead.stdout.strip()}-"))
    runner._remove_stale_kernel_dirs()
    assert not stale.exists()


def test_a_full_disk_fails_each_report_in_one_line_and_leaves_nothing_truncated(tmp_path, small_disk, monkeypatch):
    disk = small_disk("256k")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(HOSTILE, encoding="utf-8")
    templates = tmp_path / "nb"
    templates.mkdir()
    notebook_template(templates / "page.ipynb", "print('x' * 2_000_000)")  # more output than the disk holds
    notebook_template(templates / "article.ipynb", "print('x' * 2_000_000)")
    done = subprocess.run([XINING, "report", "page.txt", "--out", str(disk / "out"), "--notebooks", "nb", "--quiet"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if "No space left" in line or "no space left" in line]
    assert len(done.stderr.splitlines()) <= 3  # one line per failed report (and one if the index could not be written)
    assert "kept: None" not in done.stderr  # a report that kept nothing says so in words
    assert "notebooks: 0 executed" in done.stdout  # the summary and the failures come before the index, which may fail too
    leftovers = [p for p in (disk / "out").rglob("*") if p.is_file() and p.name != "index.html"
                 and (p.name.startswith(".") or p.suffix in (".ipynb", ".html"))]
    assert leftovers == [], leftovers  # no empty or truncated a1.failed.ipynb, no partial file, no half a report


def test_two_runs_into_one_folder_index_every_complete_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    templates = tmp_path / "nb"
    templates.mkdir()
    notebook_template(templates / "page.ipynb", "print('page')")
    notebook_template(templates / "article.ipynb", "print(article_id)")
    (tmp_path / "first.txt").write_text("本报讯（记者 张三）全市工业增长9.0%。\n\n本报讯（记者 李四）全市投资增长5.0%。\n", encoding="utf-8")
    (tmp_path / "second.txt").write_text("本报讯（记者 王五）全市消费增长7.0%。\n", encoding="utf-8")
    for name in ("first.txt", "second.txt"):
        done = subprocess.run([XINING, "report", name, "--out", "out", "--notebooks", "nb", "--quiet"],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
    index = (tmp_path / "out" / "index.html").read_text("utf-8")
    for link in ("first/page.html", "first/a1.html", "first/a2.html", "second/page.html", "second/a1.html"):
        assert f'href="{link}"' in index, link
    assert "first.txt" in index and "second.txt" in index


MARKUP_FOR_OTHER_ENGINES = ("本报讯（记者 张三）$x^{$产量15.9万吨，增长79.9%；$\\frac{a}{$产量7.0万吨，增长12.3%；"
                            "钢$材产量3.0万吨，增长2.1%。\n")


def test_text_that_looks_like_math_is_shown_literally_and_offline(tmp_path, monkeypatch):
    """`$x^{$` in a subject: charts draw it as a label (no mathtext), the HTML loads no MathJax or any CDN script."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "math.txt").write_text(MARKUP_FOR_OTHER_ENGINES, encoding="utf-8")
    page = xining.read_page("math.txt")
    jobs = [j for j in runner.plan([page], tmp_path / "out") if j.parameters.get("article_id") == "a1"]
    [outcome] = runner.run(jobs, workers=1, progress=False)
    assert outcome.status == "done", outcome.error
    html = Path(jobs[0].html).read_text("utf-8")
    assert "$x^{$" in html and "mathjax" not in html.lower()
    assert not re.findall(r"<script[^>]+src=\"https?://", html)
    nb = nbformat.read(jobs[0].output, as_version=4)
    assert any("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))  # the chart was drawn


def test_charts_never_parse_page_text_as_math():
    import io

    import matplotlib

    matplotlib.use("Agg")
    from xining import plots

    [article] = xining.parse_text(MARKUP_FOR_OTHER_ENGINES).articles
    charts = plots.choose(article)
    assert charts
    for chart in charts:
        plots.draw(chart).savefig(io.BytesIO(), format="png")  # raised ValueError (mathtext) before
