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
    message = message_from_bytes(data, policy=policy.default)
    body = message.get_body(preferencelist=("html", "plain"))
    if body is None:
        raise ReadError("an e-mail with no text or HTML body to read")
    try:
        text = body.get_content()
    except (LookupError, ValueError, AssertionError) as exc:  # an unknown charset, a broken encoding
        raise ReadError(f"an e-mail whose body cannot be decoded ({exc})") from None
    if body.get_content_subtype() == "html":
        from ita_lint.readers.html import read_html

        document = read_html(text.encode("utf-8"), path, declared_encoding="utf-8", limits=options.limits)
    else:
        from ita_lint.readers.text import parse

        document = Document(path=path, format="email", blocks=parse(text))
    document.format = "email"
    document.notes = list(document.notes) + [
        Note("attachment-unread", params={"file": name}) for name in _attachments(message)]
    return document


def _attachments(message: EmailMessage) -> list[str]:
    return [part.get_filename() or part.get_content_type() for part in message.iter_attachments()]

