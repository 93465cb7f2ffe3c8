"""PDF reader benchmark: the time to read one real e-paper page from PDF to articles, against `pdftotext` on the
same page in the same run, and how time grows with the number of pages.

Per-page times are taken in a warm process: xining, numpy and pypdfium2 are imported and one page was read before
timing starts. Importing them is timed apart, in fresh interpreters (it is paid once per process, not per page).
Each repeat reads the page with xining, then runs `pdftotext` on it, back to back, so that both meet the same load
on a shared machine; the medians of the repeats are compared. Wall time is what a user waits (pdftotext's includes
starting its process); CPU time (ours: this process's; pdftotext's: its own, from the kernel's account of children)
is disturbed less by other work on the machine.

Run: .venv/bin/python benchmarks/bench_pdf.py [DIR] [REPEATS]   (DIR: real pages, default ../shared/realpages)
"""
from __future__ import annotations

import io
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_ms  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "realpages"
IMPORT = "import time; t = time.perf_counter(); {}; print((time.perf_counter() - t) * 1000)"


def import_ms(statement: str, repeat: int = 3) -> float:
    """Median time to run `statement` in a fresh interpreter (imports only)."""
    out = [float(subprocess.run([sys.executable, "-c", IMPORT.format(statement)], capture_output=True, text=True,
                                check=True, cwd=ROOT).stdout) for _ in range(repeat)]
    return statistics.median(out)


def to_articles(data: bytes, source: str) -> int:
    """PDF bytes to articles (layout, blocks, articles; no figures): what the reader itself costs."""
    from xining.pdf import read_pdf
    from xining.pipeline import page_from_blocks

    return sum(len(page_from_blocks(p.blocks, source, "0" * 64).articles) for p in read_pdf(data, source))


def side_by_side(data: bytes, path: Path, repeat: int) -> tuple[float, float, float, float]:
    """Median wall and CPU milliseconds of xining and of pdftotext on one page, run alternately."""
    ours, ours_cpu, theirs, theirs_cpu = [], [], [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        to_articles(data, str(path))
        ours.append(time.perf_counter() - w)
        ours_cpu.append(time.process_time() - c)
        if shutil.which("pdftotext"):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            w = time.perf_counter()
            subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
            theirs.append(time.perf_counter() - w)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            theirs_cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    med = [statistics.median(v) * 1000 if v else float("nan") for v in (ours, ours_cpu, theirs, theirs_cpu)]
    return med[0], med[1], med[2], med[3]


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
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    pages = sorted(folder.glob("*.pdf"))
    if not pages:
        print(f"no PDF pages in {folder}: nothing to measure")
        return
    print(f"import, fresh interpreter (once per process): xining {import_ms('import xining'):.0f} ms; "
          f"xining.pdf + numpy + pypdfium2 alone {import_ms('import xining.pdf, numpy, pypdfium2'):.0f} ms")
    print(f"per page, warm process, median of {repeat} alternating repeats (CPU time in brackets)")
    print(f"{'page':40} {'xining ms':>15} {'pdftotext ms':>15} {'ratio':>11}  articles")
    rows = []
    to_articles(pages[0].read_bytes(), str(pages[0]))  # warm: modules imported, lexicons compiled
    for path in pages:
        data = path.read_bytes()
        n = to_articles(data, str(path))
        ours, ours_cpu, theirs, theirs_cpu = side_by_side(data, path, repeat)
        rows.append((ours, ours_cpu, theirs, theirs_cpu))
        print(f"{path.stem:40} {ours:7.1f} ({ours_cpu:5.1f}) {theirs:7.1f} ({theirs_cpu:5.1f}) "
              f"{ours / theirs:4.2f} ({ours_cpu / theirs_cpu:4.2f})  {n}")
    med = [statistics.median(r[k] for r in rows) for k in range(4)]
    print(f"{'median over ' + str(len(pages)) + ' pages':40} {med[0]:7.1f} ({med[1]:5.1f}) {med[2]:7.1f} ({med[3]:5.1f}) "
          f"{med[0] / med[2]:4.2f} ({med[1] / med[3]:4.2f})")
    from xining.pipeline import parse_pdf

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
