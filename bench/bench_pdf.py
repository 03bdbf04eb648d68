"""Compare PDF extractors on the reader's fixtures: table cells right, Thai
artifacts, speed and import time. Prints a Markdown table for the README.

    python bench/bench_pdf.py [--repeat N]

Libraries that are not installed are skipped. Only pypdfium2 is a dependency
of ita-lint; PyMuPDF (AGPL) and pdfplumber are measured for comparison only:
    pip install pymupdf pdfplumber

Quality is measured on tests/fixtures/pdf/results-2568.pdf, whose 6-column
table of seven measures spans three pages (expected text: MEASURES in
make_pdf_fixtures.py). Each method's per-page tables are joined the same way
(repeated header dropped, a cut row merged into the row before), then every
body cell is compared with the expected text: "exact" (line breaks included),
"same" (ignoring whitespace). "ำา" counts doubled ำ in the whole text.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
sys.path.insert(0, str(ROOT))

_WS = re.compile(r"\s+")


def _generator():
    spec = importlib.util.spec_from_file_location("make_pdf_fixtures", FIXTURES / "make_pdf_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()
EXPECTED = [["\n".join(GEN.cell_lines(c)) for c in m] for m in GEN.MEASURES]
_MEASURE_START = re.compile(r"^[0-9๐-๙]+\.")


def compact(s: str) -> str:
    return _WS.sub("", s or "")


def join(pages: list[list[list[str]]]) -> list[list[str]]:
    rows: list[list[str]] = []
    header = None
    for table in pages:
        table = [[(c or "").strip() for c in r] for r in table if r]
        if not table:
            continue
        if header is None:
            header = table[0]
            rows.extend(table)
            continue
        if compact("".join(table[0])) == compact("".join(header)):
            table = table[1:]
        if table and rows:
            first = table[0][0] if table[0] else ""
            if not first or (not _MEASURE_START.match(first) and _MEASURE_START.match(rows[-1][0] if rows[-1] else "")):
                prev = rows[-1]
                rows[-1] = ["\n".join(t for t in (a, b) if t) for a, b in zip(prev, table[0])]
                table = table[1:]
        rows.extend(table)
    return rows


def score(rows: list[list[str]]) -> tuple[int, int]:
    body = [r for r in rows if r and _MEASURE_START.match(r[0])]
    exact = same = 0
    for want in EXPECTED:
        got = next((r for r in body if compact(r[0])[:12] == compact(want[0])[:12]), None)
        if got is None:
            continue
        for g, w in zip(got, want):
            exact += g == w
            same += compact(g) == compact(w)
    return exact, same


# --- the methods: each returns (per-page tables, full text) --------------------------------


def ita_lint_reader(path: Path):
    from ita_lint.readers import ReadOptions
    from ita_lint.readers import pdf as reader

    doc = reader.read(str(path), path.read_bytes(), "pdf", ReadOptions())
    pages = [[[c.text for c in r.cells] for r in b.rows] for b in doc.blocks if b.type == "table"]
    return pages, doc.text()


def pypdfium2_text(path: Path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return None, text


def pymupdf_text(path: Path):
    import fitz

    doc = fitz.open(str(path))
    return None, "\n".join(p.get_text() for p in doc)


def pymupdf_tables(path: Path):
    import fitz

    doc = fitz.open(str(path))
    pages, text = [], []
    for p in doc:
        for t in p.find_tables().tables:
            pages.append(t.extract())
        text.append(p.get_text())
    return pages, "\n".join(text)


def pymupdf_cells_clipped(path: Path):
    """The research note's best: cell boxes from find_tables, text clipped to each."""
    import fitz

    doc = fitz.open(str(path))
    pages, text = [], []
    for p in doc:
        for t in p.find_tables().tables:
            rows = []
            for row in t.rows:
                rows.append([p.get_text("text", clip=fitz.Rect(c)).strip() if c else "" for c in row.cells])
            pages.append(rows)
        text.append(p.get_text())
    return pages, "\n".join(text)


def pdfplumber_tables(path: Path):
    import pdfplumber

    pages, text = [], []
    with pdfplumber.open(str(path)) as pdf:
        for p in pdf.pages:
            pages.extend(p.extract_tables())
            text.append(p.extract_text() or "")
    return pages, "\n".join(text)


def pdfplumber_text(path: Path):
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return None, "\n".join(p.extract_text() or "" for p in pdf.pages)


METHODS = [
    ("ita-lint reader (pypdfium2: ruling-line grid, chars to cells)", "pypdfium2", ita_lint_reader),
    ("pypdfium2 page text", "pypdfium2", pypdfium2_text),
    ("PyMuPDF page text", "fitz", pymupdf_text),
    ("PyMuPDF find_tables cell text", "fitz", pymupdf_tables),
    ("PyMuPDF find_tables boxes + clipped text", "fitz", pymupdf_cells_clipped),
    ("pdfplumber extract_tables", "pdfplumber", pdfplumber_tables),
    ("pdfplumber page text", "pdfplumber", pdfplumber_text),
]


def import_time(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    times = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        if out.returncode:
            return float("nan")
        times.append(float(out.stdout))
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    path = FIXTURES / "results-2568.pdf"
    import pypdfium2 as pdfium

    n_pages = len(pdfium.PdfDocument(str(path)))
    cells = len(EXPECTED) * 6
    print(f"fixture: {path.name}, {n_pages} pages, {cells} body cells; Python {sys.version.split()[0]}")
    print()
    print("| method | cells exact | cells same text | ำา | ms/page | pages/s | import s |")
    print("|---|---|---|---|---|---|---|")
    for name, module, fn in METHODS:
        if importlib.util.find_spec(module) is None:
            print(f"| {name} | (not installed) | | | | | |")
            continue
        pages, text = fn(path)  # warm-up, and the output scored
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            fn(path)
            times.append(time.perf_counter() - t)
        ms = statistics.median(times) * 1000 / n_pages
        if pages is None:
            exact = same = "–"
        else:
            e, s = score(join(pages))
            exact, same = f"{e}/{cells}", f"{s}/{cells}"
        doubled = text.count("ำา")
        imp = import_time("ita_lint.readers.pdf; import pypdfium2" if fn is ita_lint_reader else module)
        print(f"| {name} | {exact} | {same} | {doubled} | {ms:.1f} | {1000 / ms:.0f} | {imp:.2f} |")
    from ita_lint.readers import ReadOptions, ocr
    from ita_lint.readers import pdf as reader

    if ocr.available():
        scan = FIXTURES / "results-2568-scanned.pdf"
        t = time.perf_counter()
        doc = reader.read(str(scan), scan.read_bytes(), "pdf", ReadOptions(ocr=True))
        dt = time.perf_counter() - t
        tables = sum(1 for b in doc.blocks if b.type == "table")
        print()
        print(f"OCR (tesseract tha+eng, 300 dpi, rules found and erased): {dt:.1f} s for 1 page, {tables} table found")
    print()
    print("Import of the word list for Thai repairs (pythainlp corpus, once per process):", end=" ")
    code = "import time; t=time.perf_counter(); from ita_lint import thai_dict; thai_dict._load(); print(round(time.perf_counter()-t, 2))"
    print(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT).stdout.strip(), "s")


if __name__ == "__main__":
    main()
