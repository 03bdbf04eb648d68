"""Bytes to text for the text formats: BOMs, UTF-8, then the older Thai encodings.

Older Thai documents are TIS-620 / Windows-874 (cp874 is a superset of TIS-620),
and Windows tools still write UTF-16 with a BOM; each is tried before giving up.
"""

from __future__ import annotations

import codecs
import re

from ita_lint.readers import ReadError

_THAI = re.compile("[\u0e01-\u0e5b]")
# C0 controls other than tab, newline, carriage return and form feed: text never holds many.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode a text file's bytes, or raise ReadError saying what is wrong."""
    if not data:
        raise ReadError("file is empty")
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[len(codecs.BOM_UTF8):], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    elif b"\x00" in data[:4096]:
        raise ReadError("binary file, not text (NUL bytes and no UTF-16 byte-order mark)")
    else:
        text = None
        for encoding in filter(None, (declared, "utf-8")):
            text = _try(data, encoding)
            if text is not None:
                break
        if text is None:
            text = _try(data, "cp874")
            if text is None or not _THAI.search(text):
                raise ReadError(_utf8_error(data))
    if text is None:
        raise ReadError("cannot decode the file as text")
    if looks_binary(text):
        raise ReadError("binary file, not text (control characters)")
    if not text.strip():
        raise ReadError("file holds only whitespace")
    return text


def looks_binary(text: str) -> bool:
    """Decoded bytes that were never text: control characters (or undecodable ones) by the dozen."""
    sample = text[:20000]
    odd = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bool(sample) and odd > max(8, len(sample) // 100)


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(f"invalid {encoding.upper()} at byte {exc.start}") from None


def _utf8_error(data: bytes) -> str:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return (f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}), "
                "nor TIS-620/Windows-874 or UTF-16 Thai text")
    return "cannot decode the file as text"
