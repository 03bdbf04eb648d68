"""An e-mail's MIME source (Outlook's "Save as", a .eml, the raw message in a .txt): read
as a mail program shows it."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from ita_lint.readers import ReadError, parse_bytes
from tests.conftest import lint_text
from tests.test_forms_unseen import stated

TITLE = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569"
MEASURES = [("1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "งานบริหารทั่วไป", "ไม่มีข้อร้องเรียน"),
            ("2", "ลดขั้นตอนการขอติดตั้งประปา", "งานบริการ", "อยู่ระหว่างดำเนินการ")]


def _plain() -> str:
    lines = ["เรียน ผู้ดูแลเว็บไซต์", "", "ขอส่งรายงานตามด้านล่างนี้ค่ะ", "", TITLE, ""]
    for n, title, unit, outcome in MEASURES:
        lines += [f"มาตรการที่ {n}  {title}", f"   - ผู้รับผิดชอบ : {unit}", f"   - ผลลัพธ์ : {outcome}", ""]
    return "\r\n".join(lines + ["ขอบคุณค่ะ"])


def _html() -> str:
    paragraphs = "".join(f'<p class="MsoNormal">{line or "&nbsp;"}<o:p></o:p></p>' for line in _plain().split("\r\n"))
    return f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang="TH">{paragraphs}</body></html>'


def _message(html: bool = True, attachment: bool = False, charset: str = "utf-8") -> bytes:
    """The message's source; "windows-874", Outlook's name for Thai, is a name Python's
    e-mail package cannot write with, so the message is written as cp874 and renamed."""
    if charset == "windows-874":
        return _message(html, attachment, "cp874").replace(b"cp874", b"windows-874")
    msg = EmailMessage()
    msg["From"] = "กัญญารัตน์ <kanyarat@example.go.th>"
    msg["To"] = "admin@example.go.th"
    msg["Subject"] = "RE: ขอรายงานผลมาตรการ ITA ปี 68"  # a subject is no title: its year is not the report's
    msg.set_content(_plain(), charset=charset, cte="quoted-printable")
    if html:
        page = _html().replace("<html ", f'<html><head><meta http-equiv="Content-Type" content="text/html; '
                                        f'charset={charset}"></head><html ', 1)
        msg.add_alternative(page, subtype="html", charset=charset, cte="quoted-printable")
    if attachment:
        msg.add_attachment(b"%PDF-1.7\n", maintype="application", subtype="pdf", filename="รายงานลงนาม.pdf")
    return msg.as_bytes()


@pytest.mark.parametrize("html,charset", [(True, "utf-8"), (False, "utf-8"), (True, "windows-874")],
                         ids=["html-and-plain", "plain-only", "windows-874"])
def test_an_email_saved_as_txt_is_read_once_as_its_mail_program_shows_it(html, charset):
    data = _message(html, charset=charset)
    assert data.isascii()  # no Thai readable in the file itself
    document = parse_bytes("report.txt", data)
    assert document.format == "email"
    result = lint_text("", document=document)
    assert result.report.kind == "results" and result.report.fiscal_year == 2569
    assert [m.number for m in result.report.measures] == ["1", "2"]  # once, not once per alternative
    assert stated(result) == [{"measure", "responsible", "outcome"}, {"measure", "responsible"}]


def test_an_attachment_is_named_not_read():
    document = parse_bytes("report.eml", _message(attachment=True))
    assert [(n.code, n.params) for n in document.notes] == [("attachment-unread", {"file": "รายงานลงนาม.pdf"})]
    result = lint_text("", document=document)
    assert any(f.rule == "table-unread" and "รายงานลงนาม.pdf" in f.message for f in result.findings)


def test_an_email_with_nothing_to_read_is_a_clear_error():
    data = b"From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: image/png\r\n\r\n\x89PNG"
    with pytest.raises(ReadError, match="no text or HTML body"):
        parse_bytes("report.txt", data)
