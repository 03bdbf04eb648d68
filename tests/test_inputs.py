"""Nothing to check is not a pass, and formats are known by content, not only by name."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ita_lint.readers import ReadError, parse_bytes
from ita_lint.readers.sniff import OLE_MAGIC, content_format

ROOT = Path(__file__).resolve().parent.parent
DOCX = ROOT / "tests" / "fixtures" / "parity" / "report.docx"
PDF = ROOT / "tests" / "fixtures" / "parity" / "report.pdf"
SAVE_AS_TH = "บันทึกเป็น .docx หรือ PDF แล้วตรวจอีกครั้ง"


def run(*args):
    return subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, env={**os.environ, "NO_COLOR": "1"})


def _xlsx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


def test_an_empty_folder_is_exit_2_not_a_silent_pass(tmp_path):
    proc = run("check", tmp_path)
    assert proc.returncode == 2, proc
    assert f"ไม่มีเอกสารให้ตรวจใน {tmp_path}" in proc.stderr and "ไม่พบไฟล์รายงาน" in proc.stderr


def test_a_folder_of_non_reports_says_what_was_found_and_why_each_was_skipped(tmp_path):
    (tmp_path / "README.md").write_text("# about\n", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n")
    proc = run("check", tmp_path)
    assert proc.returncode == 2 and "พบ 2 ไฟล์" in proc.stderr, proc.stderr
    assert f"{tmp_path / 'README.md'}: เป็นคำอธิบายโฟลเดอร์" in proc.stderr
    assert f"{tmp_path / 'logo.png'}: ไม่ใช่ไฟล์รายงาน ('.png')" in proc.stderr
    en = run("check", tmp_path, "--lang", "en")
    assert en.returncode == 2 and "nothing to check" in en.stderr and "not a report format" in en.stderr


def test_a_folder_of_old_office_files_gets_save_as_and_exit_2(tmp_path):
    (tmp_path / "o26.doc").write_bytes(OLE_MAGIC + b"\x00" * 600)
    (tmp_path / "scores.xlsx").write_bytes(_xlsx())
    proc = run("check", tmp_path, "--format", "concise")  # unreadable files: one line each on stderr
    assert proc.returncode == 2
    lines = [line for line in proc.stderr.splitlines() if str(tmp_path) in line]
    assert len(lines) == 2 and all(SAVE_AS_TH in line for line in lines), proc.stderr
    assert "Word/Excel รุ่น 97-2003" in lines[0] and "ไฟล์ Excel" in lines[1]


def test_a_docx_named_doc_is_read_as_docx(tmp_path):
    renamed = tmp_path / "report.doc"
    shutil.copy(DOCX, renamed)
    proc = run("check", renamed, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr
    import json

    [doc] = json.loads(proc.stdout)["documents"]
    assert doc["format"] == "docx" and doc["measures"]


def test_a_pdf_without_an_extension_is_read_as_pdf(tmp_path):
    bare = tmp_path / "download"
    shutil.copy(PDF, bare)
    proc = run("check", bare, "--format", "json")
    assert proc.returncode in (0, 1), proc.stderr


@pytest.mark.parametrize("data,expected", [
    (b"%PDF-1.7\n", "pdf"), (OLE_MAGIC + b"\x00" * 16, "ole"), (b"{\\rtf1 hello", "rtf"),
    (_xlsx(), "xlsx"), (b"# report\n", None), (b"<html><body>%PDF-</body></html>", None),
    (b"# how to export: the file starts with %PDF-1.7\n", None),
    (b"From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhi", "email"),
    (b"Subject: x\n\nMIME-Version: 1.0\nContent-Type: text/plain\n", None),  # no header block declares MIME
    ("ผู้รับผิดชอบ: กองคลัง\nMIME-Version: 1.0\nContent-Type: text/plain\n".encode(), None),
])
def test_content_format(data, expected):
    assert content_format(data) == expected


def test_parse_bytes_refuses_an_xlsx_whatever_its_name():
    with pytest.raises(ReadError, match="save it as .docx or PDF"):
        parse_bytes("report.docx.xlsx", _xlsx())
    with pytest.raises(ReadError, match="save it as .docx or PDF"):
        parse_bytes("report.doc", OLE_MAGIC + b"\x00" * 600)
