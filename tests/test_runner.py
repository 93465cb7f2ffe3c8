"""The report runner: parallel, incremental, atomic, and a failing notebook does not stop the rest."""
import json
import os
import sys
from pathlib import Path

import nbformat
import pytest
from pages import notebook_template

import xining
from xining import runner
from xining.labels import verdict_name

TWO_ARTICLES = ("本报讯（记者 张三）全市规上工业增加值增长9.0%。\n\n本报讯（记者 李四）全市共收到举报60件，"
                "其中热线37件、应急局23件。\n")


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A page, small notebook templates (the article one fails for a2 when FAIL_A2 exists), an output folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(TWO_ARTICLES, encoding="utf-8")
    templates = tmp_path / "nb"
    templates.mkdir()
    notebook_template(templates / "page.ipynb", "print('page', page_path)")
    notebook_template(templates / "article.ipynb",
              "import os, sys\nif article_id == 'a2' and os.path.exists('FAIL_A2'):\n    raise ValueError('boom')\n"
              "print(article_id, sys.executable)")
    page = xining.read_page("page.txt")
    return tmp_path, templates, page


def _jobs(workspace):
    root, templates, page = workspace
    return runner.plan([page], root / "out", "zh", notebooks=templates)


def test_plan_names_files_after_page_and_article_ids(workspace):
    assert [Path(j.output).relative_to(workspace[0]).as_posix() for j in _jobs(workspace)] == [
        "out/page/page.ipynb", "out/page/a1.ipynb", "out/page/a2.ipynb"]


def test_parallel_run_writes_notebooks_and_html_with_the_current_interpreter(workspace):
    outcomes = runner.run(_jobs(workspace), workers=2, progress=False)
    assert [o.status for o in outcomes] == ["done", "done", "done"]
    nb = nbformat.read(workspace[0] / "out/page/a1.ipynb", as_version=4)
    printed = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert printed.strip() == f"a1 {sys.executable}"
    assert nb.metadata["xining"]["cache_key"] == outcomes[1].job.key
    html = (workspace[0] / "out/page/a1.html").read_text("utf-8")
    assert "a1 " in html and "article_id ==" not in html  # outputs shown, code cells left out


def test_unchanged_inputs_are_not_executed_again_and_force_redoes_them(workspace):
    jobs = _jobs(workspace)
    runner.run(jobs, workers=2, progress=False)
    assert [o.status for o in runner.run(jobs, workers=2, progress=False)] == ["cached"] * 3
    assert [o.status for o in runner.run(jobs, workers=2, force=True, progress=False)] == ["done"] * 3


def test_a_changed_page_or_template_changes_the_key(workspace):
    root, templates, page = workspace
    before = {j.output: j.key for j in _jobs(workspace)}
    (root / "page.txt").write_text(TWO_ARTICLES.replace("9.0%", "9.1%"), encoding="utf-8")
    changed = runner.plan([xining.read_page("page.txt")], root / "out", "zh", notebooks=templates)
    assert all(before[j.output] != j.key for j in changed)


def test_a_failing_notebook_does_not_stop_the_others(workspace):
    root = workspace[0]
    (root / "FAIL_A2").touch()
    outcomes = runner.run(_jobs(workspace), workers=2, progress=False)
    assert [o.status for o in outcomes] == ["done", "done", "failed"]
    failed = outcomes[2]
    assert "ValueError: boom" in failed.error and Path(failed.failed_notebook).exists()
    assert not (root / "out/page/a2.ipynb").exists()
    (root / "FAIL_A2").unlink()
    assert [o.status for o in runner.run(_jobs(workspace), workers=2, progress=False)] == ["cached", "cached", "done"]
    assert not Path(failed.failed_notebook).exists()


def test_an_interrupted_write_is_not_taken_as_done(workspace):
    jobs = _jobs(workspace)
    runner.run(jobs, workers=2, progress=False)
    out = Path(jobs[1].output)
    out.write_text(out.read_text("utf-8")[:200], encoding="utf-8")  # a truncated notebook, as after a kill
    stale = out.with_name(f".{out.name}.123{runner.PART_SUFFIX}")
    stale.write_text("{", encoding="utf-8")  # a temporary file left by a killed worker
    assert [o.status for o in runner.run(jobs, workers=2, progress=False)] == ["cached", "done", "cached"]
    assert not stale.exists() and json.loads(out.read_text("utf-8"))["metadata"]["xining"]


def test_the_index_links_every_report_and_marks_failures(workspace):
    root, _, page = workspace
    (root / "FAIL_A2").touch()
    outcomes = runner.run(_jobs(workspace), workers=2, progress=False)
    html = runner.write_index([page], outcomes, root / "out").read_text("utf-8")
    assert 'href="page/page.html"' in html and 'href="page/a1.html"' in html and "（报告生成失败）" in html
    assert '<span class="xn-pass">通过 1</span>' in html


@pytest.mark.parametrize(
    "stem, expected",
    [("sample-page", "sample-page"), ("../etc/passwd", "etc-passwd"), (".hidden", "hidden"), ("西宁日报", "page"),
     ("a" * 80, "a" * 48)],
)
def test_safe_names(stem, expected):
    assert runner.safe_name(stem) == expected


def test_same_stem_in_two_folders_gets_two_folders(tmp_path):
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_text(TWO_ARTICLES, encoding="utf-8")
    pages = [xining.read_page(tmp_path / f / "page.txt") for f in ("x", "y")]
    names = list(runner.page_dirs(pages).values())
    assert len(set(names)) == 2 and all(n.startswith("page-") and "/" not in n and ".." not in n for n in names)


def test_a_later_run_never_reports_over_another_page_of_the_same_stem(workspace):
    """Day one's p07.txt, then day two's p07.txt, into one --out: day one's reports stay, and stay in the index."""
    root, templates, _ = workspace
    for day, text in (("day1", TWO_ARTICLES), ("day2", TWO_ARTICLES.replace("9.0%", "8.5%"))):
        (root / day).mkdir()
        (root / day / "p07.txt").write_text(text, encoding="utf-8")
    first, second = (xining.read_page(root / day / "p07.txt") for day in ("day1", "day2"))
    out = root / "out"
    runner.run(runner.plan([first], out, notebooks=templates), workers=1, progress=False)
    kept = (out / "p07" / "page.json").read_bytes()
    jobs = runner.plan([second], out, notebooks=templates)
    assert (out / "p07" / "page.json").read_bytes() == kept
    assert {Path(j.output).parent.name for j in jobs} == {runner.report_dirs([second], out)[second.source]}
    assert Path(jobs[0].output).parent.name.startswith("p07-")
    assert runner.report_dirs([first], out)[first.source] == "p07"  # day one again: its own folder, updated in place
    outcomes = runner.run(jobs, workers=1, progress=False)
    index = runner.write_index([second], outcomes, out).read_text("utf-8")
    assert 'href="p07/' in index and f'href="{Path(jobs[0].output).parent.name}/' in index


# --- a real report ----------------------------------------------------------------------
@pytest.fixture(scope="module")
def industrial_report(tmp_path_factory):
    """The committed article notebook run by the runner on the sample's industrial article."""
    root = Path(__file__).resolve().parent.parent
    out = tmp_path_factory.mktemp("reports")
    cwd = os.getcwd()
    os.chdir(root)
    try:
        page = xining.read_page("data/raw/sample-page.txt")
        job = next(j for j in runner.plan([page], out) if j.parameters.get("article_id") == "a4")
        [outcome] = runner.run([job], workers=1, progress=False)
    finally:
        os.chdir(cwd)
    assert outcome.status == "done", outcome.error
    return page.article("a4"), Path(job.output), Path(job.html)


def test_report_shows_every_figure_and_verdict(industrial_report):
    article, _, html_path = industrial_report
    html = html_path.read_text("utf-8")
    for f in article.figures:
        assert f.text in html
    for c in article.checks:
        assert c.message_zh.replace("“", "&ldquo;")[:12] in html or c.message_zh[:12] in html
        assert f">{verdict_name(c.verdict, 'zh')}<" in html


def test_report_charts_are_images_and_nothing_went_to_stderr(industrial_report):
    _, nb_path, _ = industrial_report
    nb = nbformat.read(nb_path, as_version=4)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert sum("image/png" in o.get("data", {}) for o in outputs) == 3
