"""Readers: one per format, each turning a file's bytes into the same `Document`.

A reader module exposes `read(path: str, data: bytes, fmt: str, options: ReadOptions) -> Document`
and raises `ReadError` with a one-line, user-facing message when the input cannot
be read. Reader modules are imported only when a file of their format is seen, so
that heavy parsers (PDF, DOCX) cost nothing to a run that does not need them.
"""

from __future__ import annotations

import importlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ita_lint.limits import Limits
from ita_lint.model import Document
from ita_lint.readers.sniff import OFFICE_SUFFIXES, SAVE_AS, UNREAD, content_format, unread_message

# extension -> (format id, reader module)
FORMATS: dict[str, tuple[str, str]] = {
    ".md": ("markdown", "text"),
    ".markdown": ("markdown", "text"),
    ".txt": ("text", "text"),
    ".text": ("text", "text"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".docx": ("docx", "docx"),
    ".rtf": ("rtf", "rtf"),
    ".eml": ("email", "mime"),
    ".pdf": ("pdf", "pdf"),
    ".yaml": ("yaml", "structured"),
    ".yml": ("yaml", "structured"),
    ".json": ("json", "structured"),
}

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class ReadError(Exception):
    """The input cannot be read; the message is shown to the user on one line."""

    def __str__(self) -> str:
        # a library's multi-line complaint still makes one line of ours
        return " ".join(super().__str__().split())


class LimitError(ReadError):
    """An input asks for more work than a bound of ita_lint.limits allows."""


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_pages: int = 500
    ocr: bool = False
    limits: Limits = Limits()


def supported(path: str | os.PathLike) -> bool:
    return Path(path).suffix.lower() in FORMATS


def read_document(path: str | os.PathLike, options: ReadOptions = ReadOptions()) -> Document:
    """Read one file into a Document, or raise ReadError."""
    return parse_bytes(path, read_bytes(path, options), options)


def _check_type(path: str | os.PathLike, head: Optional[bytes] = None) -> None:
    """A format ita-lint reads or tells how to save (by the name), or bytes that say what they
    are (`head`: the first bytes; read from the file when not given)."""
    suffix = Path(path).suffix.lower()
    if suffix in FORMATS or suffix in OFFICE_SUFFIXES:
        return
    if (_sniff_file(Path(path)) if head is None else _sniff(head)) is None:
        known = " ".join(sorted(FORMATS))
        raise ReadError(f"unknown file type '{suffix or '(none)'}'; ita-lint reads {known}")


def _check_size(size: int, options: ReadOptions) -> None:
    if size > options.max_bytes:
        raise ReadError(f"file is {size / 1e6:.1f} MB, over the limit of {options.max_bytes / 1e6:.0f} MB (--max-bytes)")


def check_given_bytes(name: str, data: bytes, options: ReadOptions = ReadOptions()) -> bytes:
    """Bytes that did not come from a file (standard input), checked as read_bytes checks a file's."""
    _check_type(name, data[:1024])
    _check_size(len(data), options)
    return data


def read_bytes(path: str | os.PathLike, options: ReadOptions = ReadOptions()) -> bytes:
    """A file's bytes, after checking its type and size; or ReadError."""
    p = Path(path)
    _check_type(p)
    try:
        # non-blocking, so a FIFO or device put in a report's place cannot hang the run
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ReadError("no such file") from None
    except OSError as exc:
        raise ReadError(f"cannot open: {exc.strerror or exc}") from None
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise ReadError("not a regular file; not read")
        _check_size(info.st_size, options)
        try:
            data = fh.read(options.max_bytes + 1)  # a file growing while read stops at the limit
        except OSError as exc:
            raise ReadError(f"cannot read: {exc.strerror or exc}") from None
    _check_size(len(data), options)
    return data


def _sniff_file(p: Path):
    try:
        with p.open("rb") as fh:
            head = fh.read(1024)
    except OSError:
        return None
    return _sniff(head)


def _sniff(head: bytes):
    # a ZIP package's parts are listed at its end: its first bytes say only that it is one
    return content_format(head) if not head.startswith(b"PK") else "zip"


def parse_bytes(path: str | os.PathLike, data: bytes, options: ReadOptions = ReadOptions()) -> Document:
    """The Document in `data`, read by the reader of its format: the content's when the bytes
    say (a DOCX named .doc is a DOCX), else the extension's."""
    fmt, module_name = reader_for(Path(path).suffix.lower(), data)
    module = importlib.import_module(f"ita_lint.readers.{module_name}")
    return module.read(str(path), data, fmt, options)


def reader_for(suffix: str, data: bytes) -> tuple[str, str]:
    """(format id, reader module) for a file, or ReadError for a format ita-lint does not read."""
    found = content_format(data)
    if suffix == ".docx" or found == "docx":
        return FORMATS[".docx"]  # a damaged or mislabelled .docx: its reader says what is wrong
    if found == "pdf":
        return FORMATS[".pdf"]
    if found == "rtf":
        return FORMATS[".rtf"]  # Rich Text saved under another name (".txt", ".doc")
    if found == "email":
        return FORMATS[".eml"]  # an e-mail's source saved as .txt
    if found in UNREAD:
        raise ReadError(unread_message(found))
    if suffix in OFFICE_SUFFIXES:
        raise ReadError(f"a {suffix} file, which ita-lint does not read: {SAVE_AS}")
    if suffix not in FORMATS:
        raise ReadError(f"unknown file type '{suffix or '(none)'}'")
    return FORMATS[suffix]
