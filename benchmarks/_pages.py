"""Pages for the benchmarks: variations of the sample page, and of the real pages when ../shared/realpages is there.

A variation is the page under a masthead strip of its own (a date, a page number, a section), so every
page has its own sha256 and its own metadata; real pages keep their own strip and get trailing blank lines.
Pages are written to a folder the caller owns (never into the repository: the real pages are not ours).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "raw" / "sample-page.txt"
REAL = ROOT.parent / "shared" / "realpages"
SECTIONS = ("要闻", "经济", "城市", "民生", "综合", "理论", "文化", "体育")
WEEKDAYS = "一二三四五六日"


def real_pages() -> list[Path]:
    return sorted(REAL.glob("*.txt")) if REAL.is_dir() else []


def write_variations(folder: Path, n: int, real_every: int = 5) -> list[Path]:
    """`n` distinct pages: every `real_every`-th one a real page (when there are real pages), the rest the sample."""
    folder.mkdir(parents=True, exist_ok=True)
    sample = SAMPLE.read_text("utf-8")
    reals = [p.read_text("utf-8") for p in real_pages()]
    paths = []
    for i in range(n):
        day = dt.date(2023, 1, 1) + dt.timedelta(days=i)
        if reals and i % real_every == real_every - 1:
            text = reals[i % len(reals)] + "\n" * (i + 1)
            name = f"real{i:05d}.txt"
        else:
            strip = f"{day.year} 年 {day.month} 月 {day.day} 日 星期{WEEKDAYS[day.weekday()]}\n{i % 8 + 1} {SECTIONS[i % 8]}\n\n"
            text = strip + sample
            name = f"bench_{day:%Y%m%d}_p{i % 8 + 1:02d}.txt"
        path = folder / name
        path.write_text(text, "utf-8")
        paths.append(path)
    return paths
