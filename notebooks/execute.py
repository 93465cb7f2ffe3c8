"""Re-execute the committed notebooks in place, so their stored outputs are the nbval reference.

Run after changing what a notebook shows: .venv/bin/python notebooks/execute.py
The outputs are then reviewed in the diff and committed; `make test` compares against them.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from xining import runner  # noqa: E402

HERE = Path(__file__).resolve().parent


def main() -> None:
    os.environ["JUPYTER_PATH"] = runner._kernel_dir()
    for path in sorted(HERE.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, kernel_name=runner.KERNEL_NAME, record_timing=False, timeout=600,
                       resources={"metadata": {"path": str(HERE)}}).execute()
        nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        nbformat.write(nb, path)
        print(f"executed {path.name}")


if __name__ == "__main__":
    main()
