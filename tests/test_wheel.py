"""A wheel-installed xining runs its reports: the notebook templates ship inside the package."""
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from pages import ROOT, SAMPLE

pytestmark = pytest.mark.wheel


def _run(args, **kw) -> subprocess.CompletedProcess:
    proc = subprocess.run(args, capture_output=True, text=True, **kw)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """A wheel built from a copy of the project (the work tree is left alone)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    shutil.copytree(ROOT / "xining", src / "xining", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "--quiet", "-w", str(dist)])
    [built] = dist.glob("xining-*.whl")
    return built


def test_the_wheel_holds_the_templates_and_the_schema(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert {"xining/templates/article.ipynb", "xining/templates/page.ipynb", "xining/schema/page.schema.json"} <= set(names)


def test_a_wheel_install_writes_the_reports(wheel, tmp_path):
    """A fresh venv with the wheel installed (its dependencies lent by this environment, to stay fast) reports the sample page."""
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    python = venv / "bin" / "python"
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    (site / "lent-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    _run([str(python), "-m", "pip", "install", "--no-deps", "--quiet", str(wheel)])
    where = _run([str(python), "-c", "import xining; print(xining.__file__)"], cwd=tmp_path).stdout.strip()
    assert Path(where).is_relative_to(venv)  # the installed wheel, not the work tree
    work = tmp_path / "elsewhere"  # no notebooks/ folder around
    work.mkdir()
    shutil.copy(SAMPLE, work / "page.txt")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "JUPYTER_PATH")}
    proc = _run([str(venv / "bin" / "xining"), "report", "page.txt", "--out", "out", "--jobs", "2", "--quiet"], cwd=work, env=env)
    assert "7 notebooks: 7 executed, 0 current, 0 failed" in proc.stdout
    report = (work / "out" / "page" / "a4.html").read_text("utf-8")
    assert "前两个月我市规上工业增加值增长9.0%" in report and report.count("<img alt=") == 3
    assert (work / "out" / "index.html").exists() and (work / "out" / "page" / "checks.csv").exists()
