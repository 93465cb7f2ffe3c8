"""PDF reader benchmark: median time to read one real e-paper page from PDF to articles, against `pdftotext` on the
same page in the same run, and how time grows with the number of pages.

Run: .venv/bin/python benchmarks/bench_pdf.py [DIR]   (DIR: real pages, default ../shared/realpages)
"""
from __future__ import annotations

import io
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_ms  # noqa: E402

from xining.pdf import read_pdf  # noqa: E402
from xining.pipeline import page_from_blocks, parse_pdf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "realpages"


def to_articles(data: bytes, source: str) -> int:
    """PDF bytes to articles (layout, blocks, articles; no figures): what the reader itself costs."""
    return sum(len(page_from_blocks(p.blocks, source, "0" * 64).articles) for p in read_pdf(data, source))


def pdftotext_ms(path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def repeated(data: bytes, copies: int) -> bytes:
    """One PDF holding `copies` copies of a page (pypdfium2 imports the pages)."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    for _ in range(copies):
        out.import_pages(src)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else REAL
    pages = sorted(folder.glob("*.pdf"))
    if not pages:
        print(f"no PDF pages in {folder}: nothing to measure")
        return
    have_pdftotext = shutil.which("pdftotext") is not None
    ours_all, theirs_all = [], []
    print(f"{'page':40} {'xining ms':>10} {'pdftotext ms':>13} {'ratio':>6}  articles")
    for path in pages:
        data = path.read_bytes()
        n = to_articles(data, str(path))
        ours = median_ms(lambda data=data, path=path: to_articles(data, str(path)), repeat=9, warmup=1)
        theirs = pdftotext_ms(path, 9) if have_pdftotext else float("nan")
        ours_all.append(ours)
        theirs_all.append(theirs)
        print(f"{path.stem:40} {ours:10.1f} {theirs:13.1f} {ours / theirs:6.2f}  {n}")
    ours_med, theirs_med = statistics.median(ours_all), statistics.median(theirs_all)
    print(f"{'median over ' + str(len(pages)) + ' pages':40} {ours_med:10.1f} {theirs_med:13.1f} {ours_med / theirs_med:6.2f}")
    sample = max(pages, key=lambda p: p.stat().st_size if "notices" not in p.stem else 0)
    data = sample.read_bytes()
    full = median_ms(lambda: parse_pdf(data, str(sample)), repeat=5, warmup=1)
    print(f"whole pipeline (figures and checks too) on {sample.stem}: {full:.1f} ms")
    base = None
    for copies in (1, 4, 16):
        many = repeated(data, copies)
        ms = median_ms(lambda many=many: to_articles(many, "many.pdf"), repeat=max(3, 12 // copies), warmup=1)
        base = base or ms
        print(f"{copies:3} pages of {sample.stem}: {ms:8.1f} ms  {ms / copies:6.1f} ms a page  ratio to 1 page {ms / base:5.1f}")


if __name__ == "__main__":
    main()
