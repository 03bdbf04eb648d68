"""The same report as Markdown, HTML, DOCX and PDF reaches the same verdict.

The fixtures are made by tests/fixtures/parity/make_parity.py (python-docx, then
LibreOffice with Debian's Thai TLWG fonts for the PDF): a 6-measure results report
whose table spans several PDF pages with its header repeated, rows cut by page
breaks, a vertically merged cell and ticked status boxes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import check_paths
from ita_lint.model import ELEMENTS
from tests.test_cli import run

PARITY = Path(__file__).parent / "fixtures" / "parity"
PDFS = Path(__file__).parent / "fixtures" / "pdf"


def _summary(path: Path):
    result = check_paths([str(path)], load_pack("ita-2569"), Options())
    assert not result.errors, result.errors
    doc = result.documents[0]
    r = doc.report
    presence = [tuple(m.has(e) for e in ELEMENTS) for m in r.measures]
    return (r.kind, r.fiscal_year, r.agency, len(r.measures), presence,
            sorted((f.rule, f.measure) for f in doc.findings))


def test_all_four_formats_agree():
    md, html, docx, pdf = (_summary(PARITY / f"report.{ext}") for ext in ("md", "html", "docx", "pdf"))
    assert md[:4] == ("results", 2568, "องค์การบริหารส่วนตำบลหนองบัว", 6)
    assert md == html == docx == pdf


def test_pdf_table_over_pages_gives_each_measure_once():
    """The PDF's table spans several pages, header repeated, with rows cut by page breaks."""
    from ita_lint.readers import read_document

    doc = read_document(PARITY / "report.pdf")
    pages = {b.location.page for b in doc.blocks if b.type == "table"}
    assert len(pages) >= 3
    result = check_paths([str(PARITY / "report.pdf")], load_pack("ita-2569"), Options()).documents[0]
    assert [m.index for m in result.report.measures] == [1, 2, 3, 4, 5, 6]
    assert all(m.location.page for m in result.report.measures)


@pytest.mark.parametrize("name,problem", [
    ("encrypted.pdf", "password"),
    ("truncated.pdf", "PDF"),
    ("results-2568-scanned.pdf", "no text layer"),
])
def test_bad_pdfs_are_one_line_errors_and_the_run_goes_on(name, problem):
    proc = run("check", PDFS / name, PARITY / "report.md", "--no-cache", "--lang", "en")
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr
    (line,) = [line for line in proc.stdout.splitlines() if name in line]
    assert problem.lower() in line.lower()
    assert "report.md" in proc.stdout


def test_page_and_size_limits(tmp_path):
    proc = run("check", PDFS / "many-pages.pdf", "--no-cache", "--max-pages", "100", "--lang", "en")
    assert proc.returncode == 2 and "100" in proc.stdout
    proc = run("check", PARITY / "report.pdf", "--no-cache", "--max-bytes", "1000", "--lang", "en")
    assert proc.returncode == 2 and "limit" in proc.stdout


@pytest.mark.parametrize("data,problem", [(b"not a zip at all", "zip"), (b"PK\x03\x04truncated", "")])
def test_bad_docx(tmp_path, data, problem):
    p = tmp_path / "o26.docx"
    p.write_bytes(data)
    proc = run("check", p, "--no-cache", "--lang", "en")
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr
    (line,) = [line for line in proc.stdout.splitlines() if "o26.docx" in line]
    assert problem in line.lower()


def test_truncated_docx(tmp_path):
    p = tmp_path / "cut.docx"
    data = (PARITY / "report.docx").read_bytes()
    p.write_bytes(data[: len(data) // 2])
    proc = run("check", p, "--no-cache")
    assert proc.returncode == 2 and "Traceback" not in proc.stdout + proc.stderr and "cut.docx" in proc.stdout


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
def test_ocr_findings_say_the_text_came_from_ocr():
    proc = run("check", PDFS / "results-2568-scanned.pdf", "--ocr", "--no-cache", "--format", "json")
    assert proc.returncode in (0, 1), proc.stdout + proc.stderr
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["kind"] == "results" and doc["measures"]  # OCR loses some rows; what it reads is checked
    read = [f for f in doc["findings"] if f["rule"] != "rulepack-provisional"]  # about the rules, not the text
    assert read and all("OCR" in f["message"] for f in read)
    assert not [f for f in doc["findings"] if f["rule"] == "score-consistency"]
