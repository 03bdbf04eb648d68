"""Time the HTML and DOCX readers, and the libraries they could have used.

    python bench/bench_readers_html_docx.py [--repeat N]

Prints import times (each in a fresh interpreter, best of 5), milliseconds per
document for ita-lint's readers on the parity report and on a ~130 kB version
of it (the table's rows repeated), and for the alternatives:

- HTML: lxml.etree's HTMLParser (what the reader uses: it keeps source lines)
  against selectolax/Lexbor, parse plus a walk over every node, no reader logic.
- DOCX: ita-lint's reader (zipfile + lxml) against python-docx opening the
  package and walking its paragraphs and tables' cells.
"""

from __future__ import annotations

import argparse
import copy
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PARITY = ROOT / "tests" / "fixtures" / "parity"


def import_time(stmt: str, runs: int = 5) -> float | None:
    """Best of `runs` fresh interpreters, with byte code cached (outside the tree) as an install has it."""
    code = f"import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "ita-lint-bench-pycache")
    best = None
    for _ in range(runs + 1):  # the first run writes the byte code
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env)
        if r.returncode:
            return None
        v = float(r.stdout.strip())
        best = v if best is None else min(best, v)
    return best


def per_call_ms(fn, repeat: int) -> float:
    fn()  # warm up
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def big_html(src: bytes, target: int = 130_000) -> bytes:
    i = src.index(b"<tbody>") + len(b"<tbody>")
    j = src.index(b"</tbody>")
    rows = src[i:j]
    n = max(1, (target - len(src)) // len(rows) + 1)
    return src[:i] + rows * n + src[j:]


def big_docx(data: bytes, copies: int = 10) -> bytes:
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = etree.fromstring(z.read("word/document.xml"))
    tbl = doc.find(f"{w}body/{w}tbl")
    rows = tbl.findall(f"{w}tr")[1:]
    for _ in range(copies - 1):
        for tr in rows:
            tbl.append(copy.deepcopy(tr))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in z.infolist():
            blob = etree.tostring(doc, xml_declaration=True, encoding="UTF-8", standalone=True) \
                if info.filename == "word/document.xml" else z.read(info.filename)
            dst.writestr(info.filename, blob)
    return out.getvalue()


def walk_lxml(data: bytes) -> int:
    from lxml import etree

    root = etree.fromstring(data, etree.HTMLParser(encoding="utf-8", remove_comments=True))
    return sum(1 for el in root.iter() if el.sourceline)


def walk_selectolax(data: bytes) -> int:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(data.decode("utf-8"))
    return sum(1 for _ in tree.root.traverse(include_text=True))


def python_docx_walk(data: bytes) -> int:
    import docx

    d = docx.Document(io.BytesIO(data))
    n = sum(len(p.text) for p in d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            n += sum(len(c.text) for c in row.cells)
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()

    from ita_lint.readers import ReadOptions
    from ita_lint.readers import docx as docx_reader
    from ita_lint.readers import html as html_reader

    print("import time (fresh interpreter, best of 5)")
    imports = {
        "ita_lint.readers.html + .docx (no parser)": "import ita_lint.readers.html, ita_lint.readers.docx",
        "ita_lint.readers (the package, for reference)": "import ita_lint.readers",
        "lxml.etree": "import lxml.etree",
        "selectolax.lexbor": "import selectolax.lexbor",
        "python-docx (docx)": "import docx",
        "bs4": "import bs4",
    }
    found = {}
    for label, stmt in imports.items():
        v = import_time(stmt)
        found[label] = v
        print(f"  {label:45s} {'not installed' if v is None else f'{v * 1000:7.1f} ms'}")
    if found.get("lxml.etree") and found.get("python-docx (docx)"):
        print(f"  python-docx / lxml.etree import: {found['python-docx (docx)'] / found['lxml.etree']:.1f}x")

    html_small = (PARITY / "report.html").read_bytes()
    html_big = big_html(html_small)
    docx_small = (PARITY / "report.docx").read_bytes()
    docx_big = big_docx(docx_small)
    opts = ReadOptions()
    print(f"\nms per document (median of {args.repeat})")
    rows = []
    for name, data in (("report.html", html_small), (f"report.html x rows ({len(html_big) // 1000} kB)", html_big)):
        reader = per_call_ms(lambda: html_reader.read("x.html", data, "html", opts), args.repeat)
        lx = per_call_ms(lambda: walk_lxml(data), args.repeat)
        try:
            sx = per_call_ms(lambda: walk_selectolax(data), args.repeat)
        except ImportError:
            sx = None
        rows.append((name, reader, lx, sx))
        print(f"  {name:34s} ita-lint reader {reader:6.2f}   lxml parse+walk {lx:6.2f}   "
              f"selectolax parse+walk {'-' if sx is None else f'{sx:6.2f}'}"
              + ("" if sx is None else f"   lxml/selectolax {lx / sx:.1f}x, reader/lxml {reader / lx:.1f}x"))
    for name, data in (("report.docx", docx_small), (f"report.docx x rows ({len(docx_big) // 1000} kB)", docx_big)):
        reader = per_call_ms(lambda: docx_reader.read("x.docx", data, "docx", opts), args.repeat)
        try:
            pd = per_call_ms(lambda: python_docx_walk(data), args.repeat)
        except ImportError:
            pd = None
        print(f"  {name:34s} ita-lint reader {reader:6.2f}   python-docx open+walk "
              f"{'-' if pd is None else f'{pd:6.2f}'}"
              + ("" if pd is None else f"   python-docx/reader {pd / reader:.1f}x"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
