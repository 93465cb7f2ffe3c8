import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pages import SAMPLE  # noqa: E402

import xining  # noqa: E402


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_page() -> xining.Page:
    return xining.read_page(SAMPLE)


# A page composed for English reports: a bulletin with parts, growth rates with a decline, and text with `$`.
COMPOSED_PAGE = (
    "全市规上工业增加值增长6.5%\n\n"
    "本报讯（记者 张三）1月—2月，全市规上工业增加值同比增长6.5%。其中，钢材增长12.5%，水泥下降4.6%，"
    "铝材增长3.2%。投资额为$300万元的项目开工。\n\n"
    "举报受理日报\n\n"
    "3月25日，全市共收到举报60件，其中热线接收举报37件、应急局接收举报5件、消防支队接收举报18件。\n"
)


def _report(out: Path, page: Path, lang: str) -> Path:
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "xining.cli", "report", str(page), "--out", str(out), "--lang", lang,
                           "--jobs", "2", "--quiet"], capture_output=True, text=True, cwd=SAMPLE.parent.parent.parent)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.fixture(scope="session")
def sample_reports(tmp_path_factory) -> Path:
    """`xining report` on the sample page, in Chinese (the reports `make report` writes)."""
    return _report(tmp_path_factory.mktemp("reports-zh"), SAMPLE, "zh")


@pytest.fixture(scope="session")
def english_reports(tmp_path_factory) -> Path:
    """`xining report --lang en` on a composed page."""
    root = tmp_path_factory.mktemp("reports-en")
    page = root / "composed.txt"
    page.write_text(COMPOSED_PAGE, encoding="utf-8")
    return _report(root / "out", page, "en")


@pytest.fixture
def small_disk(tmp_path):
    """A folder on its own tiny tmpfs (mounted for the test, as root; skipped where mounting is not allowed)."""
    import subprocess

    mounts = []

    def mount(size: str = "64k", read_only: bool = False) -> Path:
        folder = tmp_path / f"disk{len(mounts)}"
        folder.mkdir()
        opts = f"size={size}" + (",ro" if read_only else "")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(folder)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
        mounts.append(folder)
        return folder

    yield mount
    for folder in mounts:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)
