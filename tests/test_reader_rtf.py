"""The RTF reader: Rich Text as Word and WordPad save it, under any name."""

from __future__ import annotations

from ita_lint.model import ELEMENTS
from ita_lint.readers import parse_bytes


def _cp874(text: str) -> str:
    return "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in text.encode("cp874"))


def _rtf(title: str, rows: list[list[str]], merged_up: tuple[int, int] | None = None) -> bytes:
    """A Word-style RTF: font and colour tables, a page header, a title paragraph, a table."""
    out = ["{\\rtf1\\ansi\\ansicpg874\\uc1\\deff0{\\fonttbl{\\f0\\froman\\fcharset222 TH SarabunPSK;}}",
           "{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Microsoft Word;}",
           "{\\header \\pard\\plain " + _cp874("หัวกระดาษ") + "\\par}",
           "\\pard\\plain\\qc " + _cp874(title) + "\\par"]
    for r, row in enumerate(rows):
        defs = "".join(("\\clvmrg" if merged_up == (r, c) else "") + f"\\cellx{(c + 1) * 1500}"
                       for c in range(len(row)))
        cells = "".join("\\pard\\intbl " + "\\par ".join(_cp874(p) for p in cell.split("\n")) + "\\cell "
                        for cell in row)
        out.append("\\trowd" + defs + cells + "\\row")
    out.append("\\pard\\par " + _cp874("ลงชื่อ") + " \\u3585?\\par}")
    return "\n".join(out).encode("ascii")


def test_an_rtf_saved_as_txt_is_read_as_its_table():
    data = _rtf("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569", [
        ["ที่", "มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ผลผลิต"],
        ["1", "เปิดเผยข้อมูลการจัดซื้อ", "1) จัดทำแผน\n2) เผยแพร่", "กองคลัง", "ครบ 12 เดือน"],
        ["2", "อบรมจริยธรรม", "จัดอบรม", "", "74 คน"],
    ], merged_up=(2, 3))
    document = parse_bytes("report.txt", data)
    assert document.format == "rtf"
    paragraphs = [b.text for b in document.blocks if b.type == "paragraph"]
    assert paragraphs[0].startswith("รายงานผลการดำเนินการ")
    assert "หัวกระดาษ" not in " ".join(paragraphs)  # the page header is not body text
    assert paragraphs[-1] == "ลงชื่อ ก"  # \u3585 is ก, its "?" fallback skipped
    table = next(b for b in document.blocks if b.type == "table")
    assert [c.text for c in table.rows[1].cells] == ["1", "เปิดเผยข้อมูลการจัดซื้อ", "1) จัดทำแผน\n2) เผยแพร่",
                                                     "กองคลัง", "ครบ 12 เดือน"]
    assert (table.rows[2].cells[3].text, table.rows[2].cells[3].span) == ("กองคลัง", "up")


def test_an_rtf_report_is_linted_like_its_docx():
    from tests.conftest import lint_text

    data = _rtf("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569", [
        ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ผลผลิต"],
        ["1", "เปิดเผยข้อมูลการจัดซื้อ", "กองคลัง", "ครบ 12 เดือน"],
        ["2", "อบรมจริยธรรม", "-", "74 คน"],
    ])
    result = lint_text("", document=parse_bytes("report.rtf", data))
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert [{e for e in ELEMENTS if m.has(e)} for m in result.report.measures] == [
        {"measure", "responsible", "output"}, {"measure", "output"}]
