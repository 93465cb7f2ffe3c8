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
