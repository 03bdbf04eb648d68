"""An e-mail saved as its MIME source (Outlook's or Thunderbird's "Save as", a .eml, or
the raw message pasted into a .txt): the message as a mail program shows it.

Its body is the part a mail program shows: the HTML alternative when there is one, else
the plain text, decoded from quoted-printable or base64 in its own charset. Headers are
no text of the report. An attached file is not read here: it is named in a note, to be
checked on its own.
"""

from __future__ import annotations

from email import message_from_bytes, policy
from email.message import EmailMessage

from ita_lint.model import Document, Note
from ita_lint.readers import ReadError, ReadOptions


def read(path: str, data: bytes, fmt: str = "email", options: ReadOptions = ReadOptions()) -> Document:
    message: EmailMessage = message_from_bytes(data, policy=policy.default)  # type: ignore[assignment]
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise ReadError("an e-mail with no text or HTML body to read")
    from ita_lint.readers.html import codec_for, read_html

    # in the part's own charset, by the names mail programs give Thai ones ("windows-874",
    # "tis-620"), which Python's e-mail package does not know
    charset = body.get_content_charset()
    codec = codec_for(charset) or "utf-8"
    try:
        text = (body.get_payload(decode=True) or b"").decode(codec, errors="replace")
    except LookupError:  # pragma: no cover - codec_for names only codecs Python has
        raise ReadError(f"an e-mail whose body cannot be decoded (charset {charset})") from None
    if body.get_content_subtype() == "html":
        # decoded already in the part's own charset: a BOM keeps the page's own <meta charset>
        # (Outlook writes the part's, windows-874) from decoding it a second time
        document = read_html(b"\xef\xbb\xbf" + text.encode("utf-8"), path, limits=options.limits)
    else:
        from ita_lint.readers.text import parse

        document = Document(path=path, format="email", blocks=parse(text))
    document.format = "email"
    document.notes = list(document.notes) + [
        Note("attachment-unread", params={"file": name}) for name in _attachments(message)]
    return document


def _attachments(message: EmailMessage) -> list[str]:
    return [part.get_filename() or part.get_content_type() for part in message.iter_attachments()]

