"""What a file is by its content, not its name.

Offices rename files: a DOCX saved as "report.doc", a PDF without an extension. The
first bytes (and a ZIP package's part names) say what the file really is, so a real
DOCX is read whatever it is called, and an old Word file, a workbook or a slide deck
gets a message saying how to save it, instead of a parser's complaint.
"""

from __future__ import annotations

import io
import zipfile
from typing import Optional

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, Excel 97-2003, PowerPoint 97-2003

# Office formats ita-lint does not read; a folder's files of these types are reported, not skipped.
OFFICE_SUFFIXES = frozenset({".doc", ".dot", ".xls", ".xlsx", ".xlsm", ".ppt", ".pptx", ".odt", ".ods", ".odp"})

# what each unread kind of file is, for the message (English; Thai in ita_lint.i18n)
UNREAD = {
    "ole": "a Word/Excel 97-2003 file (.doc/.xls)",
    "xlsx": "an Excel workbook",
    "pptx": "a PowerPoint file",
    "odf": "an OpenDocument file",
    "zip": "a ZIP archive",
}
SAVE_AS = "save it as .docx or PDF and check again"


def content_format(data: bytes) -> Optional[str]:
    """'pdf', 'docx', 'rtf', 'email', one of UNREAD's keys, or None when the bytes do not say
    (text, HTML …)."""
    head = data[:1024]
    if head.lstrip(b"\r\n\t ").startswith(b"%PDF-"):
        return "pdf"  # only at the start: a text report may quote "%PDF-1.7" in its first lines
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if head.startswith(b"PK\x03\x04"):
        return _package(data)
    if _mail_headers(data[:16384]):
        return "email"
    return None


def _mail_headers(head: bytes) -> bool:
    """The bytes open with a mail header block declaring MIME content: an e-mail's source."""
    headers = head.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0].lower()
    name = headers.split(b"\n", 1)[0].split(b":", 1)
    return len(name) == 2 and name[0].replace(b"-", b"").isalnum() \
        and b"\nmime-version:" in b"\n" + headers and b"\ncontent-type:" in b"\n" + headers


def _package(data: bytes) -> str:
    try:
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return "docx"  # a damaged package: the DOCX reader says what is wrong with it
    if "word/document.xml" in names or any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    if "content.xml" in names and "mimetype" in names:
        return "odf"
    return "zip"


def unread_message(kind: str) -> str:
    return f"{UNREAD[kind]}, which ita-lint does not read: {SAVE_AS}"
