"""A `multipart/form-data` body (RFC 7578) split into its parts, without the removed `cgi` module.

The body is held in memory (its size was checked from Content-Length first) and
cut at its boundary lines with `bytes.find`, so a file's bytes come back exactly
as sent, whatever line endings or stray dashes they hold. Header parameters
(`boundary`, `name`, `filename`, also RFC 2231 `filename*`) are read by the
standard library's `email.message`; browsers send a file name's UTF-8 bytes
as they are, which are decoded as UTF-8.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from typing import Optional

MAX_PARTS = 32  # a form of ours has two or three fields
MAX_HEADER_BYTES = 8192  # the headers of one part


class MultipartError(ValueError):
    """The body is not a well-formed multipart/form-data body; the message says how."""


@dataclass
class Part:
    name: str
    filename: Optional[str]  # None for a plain field; "" for a file field sent with no file chosen
    content_type: str
    data: bytes


def _header(name: str, value: str) -> Message:
    msg = Message()
    msg[name] = value
    return msg


def boundary_of(content_type: str) -> str:
    """The boundary of a `multipart/form-data` Content-Type header, or MultipartError."""
    msg = _header("Content-Type", content_type or "")
    if msg.get_content_type() != "multipart/form-data":
        raise MultipartError(f"not multipart/form-data: {msg.get_content_type()}")
    boundary = msg.get_param("boundary")
    if not isinstance(boundary, str) or not 1 <= len(boundary) <= 70 or not boundary.isascii():
        raise MultipartError("no valid boundary in Content-Type")
    return boundary


def parse(body: bytes, boundary: str) -> list[Part]:
    """The parts of `body`, in order. The preamble before the first boundary line and the
    epilogue after the closing one are ignored, as RFC 2046 says."""
    delimiter = b"--" + boundary.encode("ascii")
    pos = body.find(delimiter)
    if pos < 0 or (pos > 0 and body[pos - 2:pos] != b"\r\n"):
        raise MultipartError("the body does not start with its boundary")
    pos += len(delimiter)
    parts: list[Part] = []
    while True:
        if body[pos:pos + 2] == b"--":
            return parts
        eol = body.find(b"\r\n", pos)
        if eol < 0 or body[pos:eol].strip(b" \t"):
            raise MultipartError("a boundary line is followed by other text")
        if body[eol:eol + 4] == b"\r\n\r\n":  # a part without headers
            head_end = eol
        else:
            head_end = body.find(b"\r\n\r\n", eol + 2)
        if head_end < 0 or head_end - eol > MAX_HEADER_BYTES:
            raise MultipartError("a part's headers do not end")
        end = body.find(b"\r\n" + delimiter, head_end + 4)
        if end < 0:
            raise MultipartError("the body ends before its closing boundary (upload cut short?)")
        parts.append(_part(body[eol + 2:head_end], body[head_end + 4:end]))
        if len(parts) > MAX_PARTS:
            raise MultipartError(f"more than {MAX_PARTS} parts")
        pos = end + 2 + len(delimiter)


def _part(head: bytes, data: bytes) -> Part:
    headers: dict[str, str] = {}
    for line in head.decode("utf-8", errors="replace").split("\r\n"):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise MultipartError(f"a part's header line has no colon: {line[:60]!r}")
        headers[key.strip().lower()] = value.strip()
    disposition = _header("Content-Disposition", headers.get("content-disposition", ""))
    if disposition.get_content_disposition() != "form-data":
        raise MultipartError("a part is not form-data")
    name = disposition.get_param("name", header="content-disposition")
    if not isinstance(name, str):
        raise MultipartError("a part has no name")
    filename = disposition.get_filename()
    content_type = headers.get("content-type", "text/plain" if filename is None else "application/octet-stream")
    return Part(name, filename, content_type, data)
