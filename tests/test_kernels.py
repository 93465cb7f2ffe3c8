"""Warm kernels: reports byte-identical to a cold run, no state carried from one notebook to the next, a dead kernel replaced."""
import shutil
from pathlib import Path

import nbformat
import pytest
from pages import notebook_template, page, wrap

import xining
from xining import kernels, runner

ARTICLE = ("本报讯（记者 王芳）1-5月，全市规模以上工业增加值同比增长6.2%，其中制造业增长7.1%，采矿业增长3.4%，"
           "电力行业增长5.0%。全市发电量152.3亿千瓦时，增长4.1%。")


def _outputs(path: Path, stream: str = "stdout") -> list[str]:
    nb = nbformat.read(path, as_version=4)
    return ["".join(o.get("text", "")) for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("name") == stream]


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_real_reports_are_byte_identical_to_a_cold_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("p.txt").write_text(page(["全市工业平稳增长", ""] + wrap(ARTICLE, 19)), "utf-8")
    pages = [xining.read_page("p.txt")]
    jobs = runner.plan(pages, tmp_path / "out")
    monkeypatch.setenv(kernels.MODE_VARIABLE, "cold")
    assert {o.status for o in runner.run(jobs, workers=1, progress=False)} == {"done"}
    cold = _files(tmp_path / "out")
    shutil.rmtree(tmp_path / "out")
    jobs = runner.plan(pages, tmp_path / "out")  # planning writes the page's downloads (page.json) again
    monkeypatch.setenv(kernels.MODE_VARIABLE, "warm")
    # twice on one warm kernel: the second run of each notebook follows other notebooks on that kernel
    assert {o.status for o in runner.run(jobs, workers=1, progress=False)} == {"done"}
    assert {o.status for o in runner.run(jobs, workers=1, force=True, progress=False)} == {"done"}
    warm = _files(tmp_path / "out")
    assert warm == cold and any(name.endswith(".html") for name in warm)


@pytest.fixture
def templates(tmp_path, monkeypatch):
    """a1 leaves everything dirty it can; a2 reports what it finds; a3 kills its kernel."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(kernels.MODE_VARIABLE, "warm")
    Path("page.txt").write_text("本报讯（记者 张三）全市增长9.0%。\n\n本报讯（记者 李四）全市收到举报60件。\n\n"
                                "本报讯（记者 王五）全省增长5.0%。\n", "utf-8")
    folder = tmp_path / "nb"
    folder.mkdir()
    notebook_template(folder / "page.ipynb", "import os\nprint(os.getpid())")
    notebook_template(folder / "article.ipynb", """
import os, warnings, matplotlib, matplotlib.pyplot as plt
if article_id == "a1":
    leak = 1
    matplotlib.rcParams["lines.linewidth"] = 9
    plt.figure()
    os.makedirs("elsewhere", exist_ok=True); os.chdir("elsewhere")
    warnings.warn("once only", UserWarning)
    print("dirty", os.getpid())
elif article_id == "a2":
    warnings.warn("once only", UserWarning)
    print("leak" in globals(), matplotlib.rcParams["lines.linewidth"] == matplotlib.rcParamsDefault["lines.linewidth"], plt.get_fignums(), os.path.basename(os.getcwd()), os.getpid())
else:
    os._exit(1)
""")
    return folder


def test_no_state_carries_over_from_one_notebook_to_the_next(templates, tmp_path):
    jobs = runner.plan([xining.read_page("page.txt")], tmp_path / "out", notebooks=templates)
    outcomes = runner.run(jobs, workers=1, progress=False)
    assert [o.status for o in outcomes] == ["done", "done", "done", "failed"]
    page_pid = _outputs(tmp_path / "out/page/page.ipynb")[0].strip()
    dirty = _outputs(tmp_path / "out/page/a1.ipynb")
    clean = _outputs(tmp_path / "out/page/a2.ipynb")
    warned = [_outputs(tmp_path / f"out/page/{a}.ipynb", "stderr") for a in ("a1", "a2")]
    assert all("once only" in "".join(w) for w in warned)  # the warning shows again
    assert clean[-1].split() == ["False", "True", "[]", tmp_path.name, page_pid]  # one kernel, reset between notebooks
    assert dirty[-1].split()[-1] == page_pid


def test_a_notebook_that_kills_its_kernel_fails_alone(templates, tmp_path):
    jobs = runner.plan([xining.read_page("page.txt")], tmp_path / "out", notebooks=templates)
    order = [jobs[3], jobs[2], jobs[0]]  # a3 kills the kernel first; a2 and the page run on a new one
    outcomes = runner.run(order, workers=1, progress=False)
    assert [o.status for o in outcomes] == ["failed", "done", "done"]
    assert _outputs(tmp_path / "out/page/a2.ipynb")[-1].split()[0] == "False"


def test_cold_mode_starts_a_kernel_per_notebook(templates, tmp_path, monkeypatch):
    monkeypatch.setenv(kernels.MODE_VARIABLE, "cold")
    jobs = runner.plan([xining.read_page("page.txt")], tmp_path / "out", notebooks=templates)[:3]
    runner.run(jobs, workers=1, progress=False)
    pids = {_outputs(tmp_path / "out/page/page.ipynb")[0].strip(), _outputs(tmp_path / "out/page/a2.ipynb")[-1].split()[-1]}
    assert len(pids) == 2


def test_report_batches_on_a_dask_local_cluster_write_the_same_reports(tmp_path, monkeypatch):
    from xining import dask_reports

    monkeypatch.chdir(tmp_path)
    Path("page.txt").write_text("本报讯（记者 张三）全市增长9.0%。\n\n本报讯（记者 李四）全市收到举报60件。\n", "utf-8")
    folder = tmp_path / "nb"
    folder.mkdir()
    notebook_template(folder / "page.ipynb", "print('page', page_path)")
    notebook_template(folder / "article.ipynb", "print(article_id, lang)")
    pages = [xining.read_page("page.txt")]
    local = runner.run(runner.plan(pages, tmp_path / "local", notebooks=folder), workers=1, progress=False)
    dask = dask_reports.run(runner.plan(pages, tmp_path / "dask", notebooks=folder), "local", workers=1, progress=False)
    assert [o.status for o in dask] == [o.status for o in local] == ["done"] * 3
    assert {k: v for k, v in _files(tmp_path / "dask").items() if k.endswith(".html")} == \
        {k: v for k, v in _files(tmp_path / "local").items() if k.endswith(".html")}
    again = dask_reports.run(runner.plan(pages, tmp_path / "dask", notebooks=folder), "local", workers=1, progress=False)
    assert [o.status for o in again] == ["cached"] * 3


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    from xining.cli import main

    monkeypatch.chdir(tmp_path)
    Path("page.txt").write_text("本报讯（记者 张三）全市增长9.0%。\n", "utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["report", "page.txt", "--scheduler", "tcp://127.0.0.1:9", "--quiet"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot reach the Dask scheduler" in err[0]
