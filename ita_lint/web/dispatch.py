"""Fetched bytes -> Document: the reader is chosen by Content-Type, then by the
file name a Content-Disposition header gives, then by the URL's extension, then
by the bytes' signature (for servers that send every file as octet-stream)."""

from __future__ import annotations

import codecs
import importlib
import posixpath
import re
from typing import Optional

from ita_lint.model import Document
from ita_lint.readers import FORMATS, ReadError, ReadOptions
from ita_lint.web.urls import extension

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# media type -> (format id, reader module), as in ita_lint.readers.FORMATS
MEDIA_TYPES: dict[str, tuple[str, str]] = {
    "application/pdf": ("pdf", "pdf"),
    "application/x-pdf": ("pdf", "pdf"),
    "application/acrobat": ("pdf", "pdf"),
    DOCX_TYPE: ("docx", "docx"),
    "text/html": ("html", "html"),
    "application/xhtml+xml": ("html", "html"),
    "text/markdown": ("markdown", "text"),
    "text/x-markdown": ("markdown", "text"),
    "application/json": ("json", "structured"),
    "application/yaml": ("yaml", "structured"),
    "application/x-yaml": ("yaml", "structured"),
    "text/yaml": ("yaml", "structured"),
    "text/x-yaml": ("yaml", "structured"),
}
# Types that say nothing about the file: the name or the bytes decide.
GENERIC_TYPES = frozenset({
    "", "application/octet-stream", "binary/octet-stream", "application/force-download", "application/download",
    "application/x-download", "application/unknown", "application/zip", "application/x-zip-compressed",
    "application/vnd.ms-word", "application/msword", "text/plain",
})
_FILENAME = re.compile(r"""filename\*?\s*=\s*(?:[\w-]+'[\w-]*')?["']?([^"';]+)""", re.I)


def _disposition_extension(disposition: str) -> str:
    m = _FILENAME.search(disposition or "")
    if not m:
        return ""
    return posixpath.splitext(m.group(1).strip())[1].lower()


def _sniff(data: bytes) -> Optional[tuple[str, str]]:
    if data[:1024].lstrip().startswith(b"%PDF-") or b"%PDF-" in data[:1024]:
        return FORMATS[".pdf"]
    if data.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return FORMATS[".docx"]
    return None


def reader_for(content_type: str, url: str, disposition: str = "", data: bytes = b"") -> Optional[tuple[str, str]]:
    """(format id, reader module) for a fetched resource, or None when ita-lint reads no such thing."""
    media = content_type.split(";", 1)[0].strip().lower()
    if media in MEDIA_TYPES:
        return MEDIA_TYPES[media]
    if media not in GENERIC_TYPES:
        return None  # image/png, text/css … say plainly what they are
    for ext in (_disposition_extension(disposition), extension(url)):
        if ext in FORMATS:
            return FORMATS[ext]
    if media == "text/plain":
        return FORMATS[".txt"]
    return _sniff(data) if data else None


def is_document_type(media: str) -> bool:
    """Whether a probed link's Content-Type is worth downloading."""
    return media in MEDIA_TYPES or media in GENERIC_TYPES


_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_LATIN = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}


def _as_utf8(data: bytes, content_type: str) -> bytes:
    """Text in the charset its Content-Type declares, as UTF-8 for the text reader.

    Kept as is when there is a BOM, when the charset is unknown or already UTF-8,
    when the bytes do not decode with it, or when a Latin charset is declared for
    non-ASCII bytes (a server default: Thai cannot be written in Latin-1).
    """
    m = _CHARSET.search(content_type or "")
    if not m or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data
    try:
        name = codecs.lookup(m.group(1)).name
    except LookupError:
        label = m.group(1).lower()
        name = "cp874" if label.replace("_", "-") in ("tis-620", "windows-874", "x-windows-874") else ""
    if not name or name == "utf-8" or (name in _LATIN and not data.isascii()):
        return data
    try:
        return data.decode(name).encode("utf-8")
    except (UnicodeDecodeError, LookupError):
        return data


def read_fetched(url: str, data: bytes, content_type: str, disposition: str,
                 read_options: ReadOptions = ReadOptions()) -> Document:
    """Read fetched bytes into a Document whose path is `url`, or raise ReadError."""
    found = reader_for(content_type, url, disposition, data)
    if found is None:
        media = content_type.split(";", 1)[0].strip() or "none"
        raise ReadError(f"not a document ita-lint reads (Content-Type {media})")
    fmt, module_name = found
    try:
        module = importlib.import_module(f"ita_lint.readers.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("ita_lint."):
            raise ReadError(f"this version of ita-lint cannot read {fmt.upper()} yet") from None
        raise ReadError(f"reading {fmt.upper()} needs the '{exc.name}' package (pip install ita-lint)") from None
    try:
        if module_name == "html" and hasattr(module, "read_html"):
            # the charset the HTTP header declares is one of the page's encoding clues
            return module.read_html(data, url, declared_encoding=content_type or None, limits=read_options.limits)
        if module_name == "text":
            data = _as_utf8(data, content_type)
        return module.read(url, data, fmt, read_options)
    except ImportError as exc:  # a parser imported on first use is not installed
        raise ReadError(f"reading {fmt.upper()} needs the '{exc.name or exc}' package") from None
