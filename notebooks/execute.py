"""Re-execute the committed notebooks in place, so their stored outputs are the nbval reference.

Run after changing what a notebook shows: .venv/bin/python notebooks/execute.py
It runs the notebooks of notebooks/ (corpus.ipynb on the test corpus nbval uses) and the report templates in xining/templates/ (with their default
parameters), each in its own folder. The outputs are then reviewed in the diff and committed;
`make test` compares against them.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from xining import runner  # noqa: E402

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb")) + sorted((ROOT / "xining" / "templates").glob("*.ipynb"))


def main() -> None:
    _corpus_for_nbval()
    kernels = runner._kernel_dir()
    os.environ["JUPYTER_PATH"] = kernels
    try:
        _execute_all()
    finally:
        shutil.rmtree(kernels, ignore_errors=True)


def _corpus_for_nbval() -> None:
    """corpus.ipynb reads the test corpus that notebooks/conftest.py builds for nbval: build it the same way."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("notebooks_conftest", ROOT / "notebooks" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.pytest_sessionstart(None)


def _execute_all() -> None:
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, kernel_name=runner.KERNEL_NAME, record_timing=False, timeout=600,
                       resources={"metadata": {"path": str(path.parent)}}).execute()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        for cell in nb.cells:
            cell.metadata.pop("execution", None)
        nbformat.write(nb, path)
        print(f"executed {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
