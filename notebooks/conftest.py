"""nbval runs `corpus.ipynb` on a small corpus that the tests make: the twelve composed issues of tests/corpus_pages.py."""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_CORPUS = "data/processed/corpus-test.duckdb"  # the notebook's default `db`, relative to the repository
TEST_PAGES = "data/processed/corpus-test"


def pytest_sessionstart(session) -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from corpus_pages import write_issues

    import xining.corpus

    here = os.getcwd()
    os.chdir(ROOT)  # sources are stored relative to the repository, so the notebook's output never names a temporary path
    try:
        write_issues(Path(TEST_PAGES))
        xining.corpus.build([TEST_PAGES], TEST_CORPUS, jobs=1, progress=False)
    finally:
        os.chdir(here)
