"""Which paths on the command line are pages: `.txt` and `.pdf` files, found in folders without following link loops.

Shared by the CLI and the runner; it returns paths and errors, and prints nothing.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import InputError, shown
from .reading import os_reason

#: File name endings that are pages when found in a folder.
PAGE_SUFFIXES = (".txt", ".pdf")


def find_pages(paths: list[str]) -> list[Path | InputError]:
    """Each argument becomes its pages, or an InputError per path that gives none (and why)."""
    found: list[Path | InputError] = []
    for arg in paths:
        p = Path(arg)
        try:
            info = os.stat(p)
        except (ValueError, UnicodeError) as e:
            found.append(InputError(f"{shown(arg)}: not a possible file name ({e})"))
            continue
        except OSError as e:
            found.append(InputError(f"{shown(arg)}: {_missing(p, e)}"))
            continue
        if stat.S_ISDIR(info.st_mode):
            pages = _pages_in(p)
            if not any(isinstance(x, Path) for x in pages):
                pages.append(InputError(f"{shown(p)}: folder has no .txt or .pdf pages"))
            found.extend(pages)
        else:
            found.append(p)  # read_bytes refuses what is not a regular file, naming what it is
    return found


def _missing(p: Path, error: OSError) -> str:
    if os.path.islink(p):
        return "symbolic link loop" if os_reason(error) == "symbolic link loop" else "broken symbolic link"
    reason = os_reason(error)
    return "no such file or folder" if reason == "no such file" else reason


def _pages_in(folder: Path) -> list[Path | InputError]:
    """The .txt and .pdf files under `folder` in name order; a subfolder that cannot be listed is reported, not skipped."""
    out: list[Path | InputError] = []

    def unlistable(error: OSError) -> None:
        out.append(InputError(f"{shown(error.filename or folder)}: cannot list folder ({os_reason(error)})"))

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=unlistable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out.extend(Path(root) / f for f in sorted(files) if f.lower().endswith(PAGE_SUFFIXES) and not f.startswith("."))
    return out
