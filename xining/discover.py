"""Which files on the command line are pages: `.txt` files, found in folders without following link loops."""
from __future__ import annotations

import errno
import os
from pathlib import Path

from .errors import InputError


def find_pages(paths: list[str]) -> list[Path | InputError]:
    """Each argument becomes its pages, or an InputError saying why it gives none."""
    found: list[Path | InputError] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            pages = _pages_in(p)
            found.extend(pages or [InputError(f"{p}: folder has no .txt pages")])
        elif p.exists():
            found.append(p)
        elif p.is_symlink():
            found.append(InputError(f"{p}: {_link_problem(p)}"))
        else:
            found.append(InputError(f"{p}: no such file or folder"))
    return found


def _link_problem(p: Path) -> str:
    try:
        os.stat(p)
    except OSError as e:
        return "symbolic link loop" if e.errno == errno.ELOOP else "broken symbolic link"
    return "unreadable symbolic link"


def _pages_in(folder: Path) -> list[Path]:
    pages = []
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        pages.extend(Path(root) / f for f in sorted(files) if f.endswith(".txt") and not f.startswith("."))
    return pages
