"""The DOCX reader: Word reports with Thai tables, merged cells, lists, text boxes and status boxes.

Documents are built here with python-docx; what python-docx cannot write
(content controls, text boxes, legacy form fields, tracked changes) is added
as WordprocessingML.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import docx  # python-docx: a test dependency only; the reader itself does not use it
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from ita_lint.model import Checkbox
from ita_lint.readers import ReadError, ReadOptions, read_document
from ita_lint.readers.docx import read

PARITY = Path(__file__).parent / "fixtures" / "parity"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W_NS}" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
HEADERS = ["มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "ผลการดำเนินการ", "ผลลัพธ์"]
STATUSES = ["ไม่สามารถดำเนินการได้", "อยู่ระหว่างการดำเนินการ", "ดำเนินการแล้วเสร็จ"]


def xml(fragment: str):
    """One WordprocessingML element, with the namespaces these tests use."""
    tag_end = fragment.index(">")
    if fragment[tag_end - 1] == "/":
        tag_end -= 1
    name_end = min(i for i in (fragment.find(" "), tag_end) if i > 0)
    return parse_xml(fragment[:name_end] + " " + NS + fragment[name_end:])


def save(d) -> bytes:
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def read_doc(d):
    data = d if isinstance(d, bytes) else save(d)
    return read("report.docx", data, "docx", ReadOptions())


def tables(doc):
    return [b for b in doc.blocks if b.type == "table"]


def grid(block):
    return [[c.text for c in r.cells] for r in block.rows]


def sdt_checkbox(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (
        f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f"<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )


def text_box(*paragraphs: str) -> str:
    """A DrawingML text box with its VML fallback, as Word writes it: the text appears twice in the XML."""
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


# --- paragraphs, headings, lists ---------------------------------------------------------------


def test_headings_by_style_and_paragraph_locations():
    d = docx.Document()
    d.add_heading("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส", 0)  # Title
    d.add_heading("ส่วนที่ ๑ ผลการประเมิน", 1)
    d.add_paragraph("")  # empty: no block, but still counted
    d.add_heading("๑.๑ จุดอ่อน", 2)
    d.add_paragraph("องค์การบริหารส่วนตำบลหนองบัว")
    doc = read_doc(d)
    assert [(b.type, b.level, b.text) for b in doc.blocks] == [
        ("heading", 1, "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส"),
        ("heading", 1, "ส่วนที่ ๑ ผลการประเมิน"),
        ("heading", 2, "๑.๑ จุดอ่อน"),
        ("paragraph", 0, "องค์การบริหารส่วนตำบลหนองบัว"),
    ]
    assert [b.location.paragraph for b in doc.blocks] == [1, 2, 4, 5]
    for b in doc.blocks:  # the index is python-docx's doc.paragraphs index, 1-based
        assert d.paragraphs[b.location.paragraph - 1].text == b.text


def test_thai_style_name_and_style_based_on_heading():
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    thai = d.styles.add_style("หัวเรื่อง 2", WD_STYLE_TYPE.PARAGRAPH)
    custom = d.styles.add_style("หัวข้อรายงาน", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = d.styles["Heading 3"]
    outlined = d.styles.add_style("ระดับเค้าร่าง", WD_STYLE_TYPE.PARAGRAPH)
    ppr = outlined.element.get_or_add_pPr()
    ppr.append(xml('<w:outlineLvl w:val="3"/>'))
    d.add_paragraph("ผลการดำเนินการ", style="หัวเรื่อง 2")
    d.add_paragraph("มาตรการที่ ๑", style="หัวข้อรายงาน")
    d.add_paragraph("ระดับสี่", style="ระดับเค้าร่าง")
    d.add_paragraph("เนื้อหา", style="List Paragraph")
    assert [(b.type, b.level) for b in read_doc(d).blocks] == [
        ("heading", 2), ("heading", 3), ("heading", 4), ("paragraph", 0),
    ]


def test_bulleted_and_numbered_lists():
    d = docx.Document()
    d.add_paragraph("สร้างการรับรู้", style="List Bullet")
    d.add_paragraph("เผยแพร่ข้อมูล", style="List Number")
    d.add_paragraph("จัดทำคู่มือ", style="List Number")
    bullets = add_numbering(d, "bullet", "\uf0b7")
    numbered(d, "ข้อย่อย", bullets, ilvl=1)
    # the template's "List Number" list defines level 0 only; level 3 is numbered like it
    numbered(d, "ข้อย่อยที่ไม่มีระดับกำหนด", str(d.styles["List Number"].element.pPr.numPr.numId.val), ilvl=3)
    doc = read_doc(d)
    assert [(b.type, b.level, b.text) for b in doc.blocks] == [
        ("list_item", 0, "สร้างการรับรู้"),
        ("list_item", 0, "1. เผยแพร่ข้อมูล"),
        ("list_item", 0, "2. จัดทำคู่มือ"),
        ("list_item", 1, "ข้อย่อย"),
        ("list_item", 3, "1. ข้อย่อยที่ไม่มีระดับกำหนด"),
    ]


def add_numbering(d, fmt: str, text: str, num_id: int = 90) -> str:
    numbering = d.part.numbering_part.element
    abstract = xml(
        f'<w:abstractNum w:abstractNumId="{num_id}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
        f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1.%2"/></w:lvl>'
        "</w:abstractNum>"
    )
    numbering.insert(0, abstract)
    numbering.append(xml(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))
    return str(num_id)


def numbered(d, text: str, num_id: str, ilvl: int = 0):
    p = d.add_paragraph(text)
    p._p.get_or_add_pPr().append(xml(f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))
    return p


def test_thai_numbering_keeps_the_visible_number():
    d = docx.Document()
    nid = add_numbering(d, "thaiNumbers", "%1.")
    numbered(d, "สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณ", nid)
    numbered(d, "ผู้รับผิดชอบเผยแพร่แผน", nid, ilvl=1)
    numbered(d, "ผู้รับผิดชอบรายงานผล", nid, ilvl=1)
    numbered(d, "จัดทำคู่มือการปฏิบัติงาน", nid)
    numbered(d, "ขั้นแรก", nid, ilvl=1)
    letters = add_numbering(d, "thaiLetters", "(%1)", num_id=91)
    numbered(d, "ข้อ ก", letters)
    numbered(d, "ข้อ ข", letters)
    assert [b.text for b in read_doc(d).blocks] == [
        "๑. สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณ",
        "๑.๑ ผู้รับผิดชอบเผยแพร่แผน",
        "๑.๒ ผู้รับผิดชอบรายงานผล",
        "๒. จัดทำคู่มือการปฏิบัติงาน",
        "๒.๑ ขั้นแรก",
        "(ก) ข้อ ก",
        "(ข) ข้อ ข",
    ]


def test_word_private_use_bullet_is_a_dash():
    d = docx.Document()
    d.add_paragraph("\uf0b7 ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)")
    assert read_doc(d).blocks[0].text == "- ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)"


def test_thai_text_is_normalised():
    d = docx.Document()
    d.add_paragraph("สำานักปลัด เเผนการดำเนินงาน\u200b")
    assert read_doc(d).blocks[0].text == "สำนักปลัด แผนการดำเนินงาน"


def test_line_breaks_tabs_hyperlinks_and_runs():
    d = docx.Document()
    p = d.add_paragraph("ผู้รับผิดชอบ")
    p._p.append(xml("<w:r><w:tab/><w:t>กองคลัง</w:t><w:br/><w:t xml:space=\"preserve\">ระยะเวลา </w:t></w:r>"))
    p._p.append(xml('<w:hyperlink r:id="rId99" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                    "<w:r><w:t>ต.ค. ๖๗</w:t></w:r></w:hyperlink>"))
    assert read_doc(d).blocks[0].text == "ผู้รับผิดชอบ\tกองคลัง\nระยะเวลา ต.ค. ๖๗"


def test_deleted_hidden_and_field_code_text_is_not_read():
    d = docx.Document()
    p = d.add_paragraph("ผลการดำเนินการ")
    p._p.append(xml('<w:del w:id="1" w:author="a"><w:r><w:delText>ข้อความที่ลบ</w:delText></w:r></w:del>'))
    p._p.append(xml('<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> เพิ่มเติม</w:t></w:r></w:ins>'))
    p._p.append(xml("<w:r><w:rPr><w:vanish/></w:rPr><w:t>ซ่อน</w:t></w:r>"))
    p._p.append(xml('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'))
    p._p.append(xml('<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
    p._p.append(xml('<w:r><w:fldChar w:fldCharType="separate"/></w:r>'))
    p._p.append(xml('<w:r><w:t xml:space="preserve"> หน้า ๓</w:t></w:r>'))
    p._p.append(xml('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    assert read_doc(d).blocks[0].text == "ผลการดำเนินการ เพิ่มเติม หน้า ๓"


# --- tables -----------------------------------------------------------------------------------


def measures_table(d, rows: int = 3):
    t = d.add_table(rows=rows, cols=len(HEADERS))
    for i, h in enumerate(HEADERS):
        t.cell(0, i).text = h
    return t


def test_table_with_thai_header_row_and_document_order():
    d = docx.Document()
    d.add_paragraph("ก่อนตาราง")
    t = measures_table(d, rows=2)
    for i, v in enumerate(["๑. สร้างการรับรู้", "กองคลัง", "ต.ค. ๖๗ – ก.ย. ๖๘", "ดำเนินการแล้ว", "บุคลากรรับทราบ"]):
        t.cell(1, i).text = v
    d.add_paragraph("ระหว่างตาราง")
    t2 = d.add_table(rows=1, cols=2)
    t2.cell(0, 0).text = "ตัวชี้วัดที่"
    t2.cell(0, 1).text = "คะแนน"
    d.add_paragraph("หลังตาราง")
    doc = read_doc(d)
    assert [b.type for b in doc.blocks] == ["paragraph", "table", "paragraph", "table", "paragraph"]
    t1b, t2b = tables(doc)
    assert grid(t1b) == [HEADERS, ["๑. สร้างการรับรู้", "กองคลัง", "ต.ค. ๖๗ – ก.ย. ๖๘", "ดำเนินการแล้ว", "บุคลากรรับทราบ"]]
    assert grid(t2b) == [["ตัวชี้วัดที่", "คะแนน"]]
    assert (t1b.location.table, t2b.location.table) == (1, 2)
    assert [(r.location.table, r.location.row) for r in t1b.rows] == [(1, 1), (1, 2)]
    assert [b.location.paragraph for b in doc.blocks if b.type == "paragraph"] == [1, 2, 3]


def test_vertical_merge_value_on_every_row_it_spans():
    d = docx.Document()
    t = measures_table(d, rows=5)
    for r in range(1, 5):
        t.cell(r, 0).text = f"มาตรการ {r}"
    merged = t.cell(1, 1).merge(t.cell(3, 1))
    merged.paragraphs[0].text = "สำนักปลัด"
    for extra in merged.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    t.cell(4, 1).text = "กองคลัง"
    rows = grid(tables(read_doc(d))[0])
    assert [r[1] for r in rows] == ["ผู้รับผิดชอบ", "สำนักปลัด", "สำนักปลัด", "สำนักปลัด", "กองคลัง"]
    assert all(len(r) == 5 for r in rows)


def test_horizontal_merge_text_once_then_empty():
    d = docx.Document()
    t = d.add_table(rows=2, cols=4)
    t.cell(0, 0).merge(t.cell(0, 2)).text = "ผลการดำเนินการตามมาตรการ"
    t.cell(0, 3).text = "หมายเหตุ"
    for i in range(4):
        t.cell(1, i).text = str(i)
    assert grid(tables(read_doc(d))[0]) == [["ผลการดำเนินการตามมาตรการ", "", "", "หมายเหตุ"], ["0", "1", "2", "3"]]


def test_python_docx_repeats_merged_cells_but_the_reader_does_not():
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(1, 1)).text = "กลุ่มงาน"  # a 2 x 2 block
    for i in range(3):
        t.cell(2, i).text = "abc"[i]
    t.cell(0, 2).text = "x"
    t.cell(1, 2).text = "y"
    assert [c.text for c in t.rows[0].cells] == ["กลุ่มงาน", "กลุ่มงาน", "x"]  # python-docx: once per grid column
    assert grid(tables(read_doc(d))[0]) == [["กลุ่มงาน", "", "x"], ["กลุ่มงาน", "", "y"], ["a", "b", "c"]]


def test_grid_before_and_after_give_empty_cells():
    d = docx.Document()
    t = d.add_table(rows=2, cols=3)
    for i in range(3):
        t.cell(0, i).text = "abc"[i]
    tr = t.rows[1]._tr
    for tc in tr.findall(qn("w:tc"))[1:]:
        tr.remove(tc)
    tr.get_or_add_trPr().append(xml('<w:gridBefore w:val="1"/>'))
    tr.findall(qn("w:tc"))[0].append(xml("<w:p><w:r><w:t>กลาง</w:t></w:r></w:p>"))
    assert grid(tables(read_doc(d))[0]) == [["a", "b", "c"], ["", "กลาง", ""]]


def test_cell_lines_paragraphs_and_list_items():
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    c = t.cell(0, 0)
    c.paragraphs[0].text = "๑. ผู้รับผิดชอบจัดทำคู่มือ"
    c.add_paragraph("")
    c.add_paragraph("บุคลากรรับทราบ", style="List Bullet")
    c.add_paragraph("ประกาศนโยบาย", style="List Bullet")
    c.add_paragraph("ขั้นแรก", style="List Number")
    c.add_paragraph("\uf0b7ข้อความจาก PDF")
    assert tables(read_doc(d))[0].rows[0].cells[0].text == (
        "๑. ผู้รับผิดชอบจัดทำคู่มือ\n- บุคลากรรับทราบ\n- ประกาศนโยบาย\n1. ขั้นแรก\n- ข้อความจาก PDF"
    )


def test_nested_table_is_flattened_into_its_cell():
    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "มาตรการ ๑"
    inner = t.cell(0, 1).add_table(rows=3, cols=2)
    for i, label in enumerate(STATUSES):
        inner.cell(i, 0).text = "☑" if i == 2 else "☐"
        inner.cell(i, 1).text = label
    doc = read_doc(d)
    assert len(tables(doc)) == 1
    cell = tables(doc)[0].rows[0].cells[1]
    assert cell.text == "☐ ไม่สามารถดำเนินการได้\n☐ อยู่ระหว่างการดำเนินการ\n☑ ดำเนินการแล้วเสร็จ"
    assert [b.checked for b in cell.checkboxes] == [False, False, True]


# --- check boxes ------------------------------------------------------------------------------


def status_cell(cell, ticked: int, form: str):
    for i, label in enumerate(STATUSES):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        on = i == ticked
        if form == "chars":
            para.add_run(("☑" if on else "☐") + " " + label)
        elif form == "x-char":
            para.add_run(("☒" if on else "☐") + label)
        elif form == "content-control":
            para._p.append(xml(sdt_checkbox(on)))
            para.add_run(" " + label)
        elif form == "wingdings":
            para._p.append(xml(f'<w:r><w:sym w:font="Wingdings" w:char="{"F0FE" if on else "F0A8"}"/></w:r>'))
            para.add_run(" " + label)
        elif form == "wingdings-2-text":
            para._p.append(xml(f'<w:r><w:rPr><w:rFonts w:ascii="Wingdings 2" w:hAnsi="Wingdings 2"/></w:rPr>'
                               f'<w:t>{"R" if on else chr(0xA3)}</w:t></w:r>'))
            para.add_run(" " + label)
        elif form == "symex":  # Word 2016+: the symbol in the Choice, plain text in the Fallback
            glyph = "2611" if on else "2610"
            para._p.append(xml(
                '<w:r><mc:AlternateContent><mc:Choice Requires="w16se">'
                f'<w16se:symEx xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
                f'w16se:font="Segoe UI Emoji" w16se:char="{glyph}"/></mc:Choice>'
                f"<mc:Fallback><w:t>{chr(int(glyph, 16))}</w:t></mc:Fallback></mc:AlternateContent></w:r>"
            ))
            para.add_run(" " + label)
        elif form == "unknown-choice":  # a Choice this reader does not understand: the Fallback is read
            para._p.append(xml(
                '<w:r><mc:AlternateContent><mc:Choice Requires="w99"><w99:future xmlns:w99="urn:example"/></mc:Choice>'
                f'<mc:Fallback><w:t>{"☑" if on else "☐"}</w:t></mc:Fallback></mc:AlternateContent></w:r>'
            ))
            para.add_run(" " + label)
        elif form == "form-field":
            state = '<w:checked/>' if on else '<w:default w:val="0"/>'
            para._p.append(xml('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
                               f"<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>"))
            para._p.append(xml('<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'))
            para._p.append(xml('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
            para.add_run(" " + label)


@pytest.mark.parametrize(
    "form", ["chars", "x-char", "content-control", "wingdings", "wingdings-2-text", "symex", "unknown-choice", "form-field"]
)
@pytest.mark.parametrize("ticked", [0, 2])
def test_status_boxes_in_a_cell(form, ticked):
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "มาตรการ/กิจกรรม"
    t.cell(0, 1).text = "ผลการดำเนินการ"
    t.cell(1, 0).text = "๔. เปิดช่องทางการร้องเรียน"
    status_cell(t.cell(1, 1), ticked, form)
    cell = tables(read_doc(d))[0].rows[1].cells[1]
    expected = [Checkbox(label, i == ticked) for i, label in enumerate(STATUSES)]
    assert cell.checkboxes == expected
    assert cell.text == "\n".join(("☑ " if b.checked else "☐ ") + b.label for b in expected)


def test_content_control_checkbox_value_wins_over_its_glyph():
    # the glyph inside the control is whatever the control's states say; w14:checked decides
    d = docx.Document()
    p = d.add_paragraph()
    p._p.append(xml(sdt_checkbox(True).replace("<w:t>☒</w:t>", "<w:t>X</w:t>")))
    p.add_run(" ดำเนินการแล้วเสร็จ")
    block = read_doc(d).blocks[0]
    assert block.text == "☑ ดำเนินการแล้วเสร็จ"
    assert block.checkboxes == [Checkbox("ดำเนินการแล้วเสร็จ", True)]


def test_boxes_in_a_paragraph_fill_block_checkboxes():
    d = docx.Document()
    d.add_paragraph("ผลการดำเนินการ ☐ ไม่สามารถดำเนินการได้ ☑ ดำเนินการแล้วเสร็จ")
    block = read_doc(d).blocks[0]
    assert block.type == "paragraph"
    assert block.checkboxes == [Checkbox("ไม่สามารถดำเนินการได้", False), Checkbox("ดำเนินการแล้วเสร็จ", True)]


def test_vertically_merged_box_cell_copies_its_boxes():
    d = docx.Document()
    t = d.add_table(rows=3, cols=2)
    t.cell(1, 0).text = "มาตรการ ๑"
    t.cell(2, 0).text = "มาตรการ ๒"
    merged = t.cell(1, 1).merge(t.cell(2, 1))
    merged.paragraphs[0].text = "☑ ดำเนินการแล้วเสร็จ"
    rows = tables(read_doc(d))[0].rows
    assert rows[1].cells[1].checkboxes == rows[2].cells[1].checkboxes == [Checkbox("ดำเนินการแล้วเสร็จ", True)]
    assert rows[1].cells[1].checkboxes is not rows[2].cells[1].checkboxes


# --- text boxes -------------------------------------------------------------------------------


def test_text_box_read_once_after_its_anchor():
    d = docx.Document()
    d.add_paragraph("ย่อหน้าแรก")
    anchor = d.add_paragraph("ย่อหน้าที่มีกล่อง")
    anchor._p.append(xml(text_box("รายงานผลการดำเนินการ", "ประจำปีงบประมาณ ๒๕๖๘")))
    d.add_paragraph("ย่อหน้าสุดท้าย")
    doc = read_doc(d)
    assert [(b.text, b.location.paragraph) for b in doc.blocks] == [
        ("ย่อหน้าแรก", 1),
        ("ย่อหน้าที่มีกล่อง", 2),
        ("รายงานผลการดำเนินการ", 2),
        ("ประจำปีงบประมาณ ๒๕๖๘", 2),
        ("ย่อหน้าสุดท้าย", 3),
    ]


def test_text_box_in_an_empty_paragraph_and_vml_only_box():
    d = docx.Document()
    d.add_paragraph()._p.append(xml(text_box("กล่องข้อความ")))
    d.add_paragraph()._p.append(xml(
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>กล่องแบบ VML</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    ))
    assert [b.text for b in read_doc(d).blocks] == ["กล่องข้อความ", "กล่องแบบ VML"]


def test_text_box_in_a_cell_joins_the_cell():
    d = docx.Document()
    t = d.add_table(rows=1, cols=1)
    t.cell(0, 0).paragraphs[0].text = "ผลลัพธ์"
    t.cell(0, 0).paragraphs[0]._p.append(xml(text_box("☑ ดำเนินการแล้วเสร็จ")))
    cell = tables(read_doc(d))[0].rows[0].cells[0]
    assert cell.text == "ผลลัพธ์\n☑ ดำเนินการแล้วเสร็จ"
    assert cell.checkboxes == [Checkbox("ดำเนินการแล้วเสร็จ", True)]


def test_block_content_control_paragraphs_and_tables_are_read():
    d = docx.Document()
    d.add_paragraph("ก่อน")
    body = d.element.body
    body.insert(len(body) - 1, xml(
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>ในตัวควบคุมเนื้อหา</w:t></w:r></w:p>"
        "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>เซลล์</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        "</w:sdtContent></w:sdt>"
    ))
    doc = read_doc(d)
    assert [b.type for b in doc.blocks] == ["paragraph", "paragraph", "table"]
    assert doc.blocks[1].text == "ในตัวควบคุมเนื้อหา"
    assert grid(doc.blocks[2]) == [["เซลล์"]]


# --- bad input --------------------------------------------------------------------------------


def good_bytes() -> bytes:
    d = docx.Document()
    d.add_paragraph("รายงานผลการดำเนินการ " * 200)
    return save(d)


def rezip(data: bytes, drop=(), replace=None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            blob = (replace or {}).get(info.filename, src.read(info.filename))
            dst.writestr(info.filename, blob)
    return out.getvalue()


def corrupt_member(data: bytes, name: str) -> bytes:
    """Flip bytes inside a member's compressed data (the CRC or inflate then fails)."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    buf = bytearray(data)
    for i in range(start + 5, start + min(info.compress_size, 40)):
        buf[i] ^= 0xFF
    return bytes(buf)


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504


@pytest.mark.parametrize(
    "name,data,message",
    [
        ("empty", b"", "empty file"),
        ("text", "รายงานผล".encode(), "not a ZIP"),
        ("pdf", b"%PDF-1.7\n...", "PDF"),
        ("rtf", b"{\\rtf1\\ansi ...}", "RTF"),
        ("doc-97", OLE + b"W\x00o\x00r\x00d\x00D\x00o\x00c\x00u\x00m\x00e\x00n\x00t\x00", "Word 97-2003"),
        ("encrypted", OLE + "EncryptionInfo".encode("utf-16-le") + "EncryptedPackage".encode("utf-16-le"), "password"),
        ("truncated", "TRUNCATE", "truncated"),
        ("no-document", "NODOC", "word/document.xml"),
        ("xlsx", "XLSX", "Excel"),
        ("bad-xml", "BADXML", "not well-formed"),
        ("crc", "CRC", "corrupted DOCX"),
        ("not-wordml", "NOTWML", "not WordprocessingML"),
    ],
)
def test_bad_input_raises_read_error_with_one_line(name, data, message, tmp_path):
    good = good_bytes()
    if data == "TRUNCATE":
        data = good[: len(good) // 2]
    elif data == "NODOC":
        data = rezip(good, drop={"word/document.xml"})
    elif data == "XLSX":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("xl/workbook.xml", "<workbook/>")
        data = buf.getvalue()
    elif data == "BADXML":
        data = rezip(good, replace={"word/document.xml": b"<w:document xmlns:w='x'><w:body><w:p>"})
    elif data == "CRC":
        data = corrupt_member(good, "word/document.xml")
    elif data == "NOTWML":
        data = rezip(good, replace={"word/document.xml": b"<html><body/></html>"})
    with pytest.raises(ReadError) as info:
        read("bad.docx", data, "docx", ReadOptions())
    msg = str(info.value)
    assert message in msg and "\n" not in msg and "Traceback" not in msg
    # and through the registry, from a file
    f = tmp_path / f"{name}.docx"
    f.write_bytes(data)
    with pytest.raises(ReadError):
        read_document(f)


def test_broken_styles_part_still_reads_the_text():
    data = rezip(good_bytes(), replace={"word/styles.xml": b"<not-closed"})
    assert read_doc(data).blocks[0].text.startswith("รายงานผลการดำเนินการ")


def test_document_part_found_through_package_relationships():
    good = good_bytes()
    src = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            name = info.filename
            if name == "word/document.xml":
                name = "word/main.xml"
            elif name == "word/_rels/document.xml.rels":
                name = "word/_rels/main.xml.rels"
            elif name == "_rels/.rels":
                blob = blob.replace(b"word/document.xml", b"word/main.xml")
            dst.writestr(name, blob)
    assert read_doc(out.getvalue()).blocks[0].text.startswith("รายงานผลการดำเนินการ")


def test_styles_shortcut_changes_nothing():
    from lxml import etree

    from ita_lint.readers.docx import _paragraph_styles, _Styles

    d = docx.Document()
    raw = zipfile.ZipFile(io.BytesIO(save(d))).read("word/styles.xml")
    cut = _paragraph_styles(raw)
    assert len(cut) < len(raw) // 5 and b'w:type="table"' not in cut and b"latentStyles" not in cut
    w = "{%s}" % W_NS
    full, short = _Styles(etree.fromstring(raw), w), _Styles(etree.fromstring(cut), w)
    assert set(full.styles) == set(short.styles) and short.default == full.default == "Normal"
    assert {s: full.heading_level(s) for s in full.styles} == {s: short.heading_level(s) for s in full.styles}
    assert {s: full.numbering(s) for s in full.styles} == {s: short.numbering(s) for s in full.styles}
    # single quotes, self-closing elements, another prefix: kept or left whole
    odd = (b"<w:styles xmlns:w='%s'><w:style w:type='table' w:styleId='T'><w:name w:val='t'/></w:style>"
           b"<w:style w:type='paragraph' w:styleId='H'><w:name w:val='heading 2'/></w:style>"
           b"<w:style w:type='character' w:styleId='C'/></w:styles>") % W_NS.encode()
    assert _paragraph_styles(odd) == (
        b"<w:styles xmlns:w='%s'><w:style w:type='paragraph' w:styleId='H'><w:name w:val='heading 2'/></w:style>"
        b"</w:styles>"
    ) % W_NS.encode()
    other = raw.replace(b"<w:", b"<x:").replace(b"</w:", b"</x:")
    assert _paragraph_styles(other) == other


# --- contracts and parity ---------------------------------------------------------------------


def test_module_import_does_not_load_lxml_or_python_docx():
    code = "import sys, ita_lint.readers.docx; print('lxml' in sys.modules, 'docx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_registry_reads_docx(tmp_path):
    d = docx.Document()
    d.add_heading("ผลการดำเนินการ", 2)
    f = tmp_path / "o26.docx"
    d.save(str(f))
    doc = read_document(f)
    assert doc.format == "docx" and doc.path == str(f)
    assert [(b.type, b.level, b.text) for b in doc.blocks] == [("heading", 2, "ผลการดำเนินการ")]


def test_parity_fixture_docx_matches_html():
    from ita_lint.readers.html import read_html

    d = read_document(PARITY / "report.docx")
    h = read_html((PARITY / "report.html").read_bytes(), "report.html")
    (dt,), (ht,) = tables(d), [b for b in h.blocks if b.type == "table"]
    assert grid(dt) == grid(ht)
    assert [[c.checkboxes for c in r.cells] for r in dt.rows] == [[c.checkboxes for c in r.cells] for r in ht.rows]
    assert [(b.type, b.level, b.text) for b in d.blocks if b.type != "table"] == [
        (b.type, b.level, b.text) for b in h.blocks if b.type != "table"
    ]
    # measures 5 and 6 share one vertically merged responsible cell
    assert len(dt.rows) == 7 and [r.cells[2].text for r in dt.rows[5:7]] == ["กองยุทธศาสตร์และงบประมาณ"] * 2
    boxes = [[b.checked for b in r.cells[4].checkboxes] for r in dt.rows[4:6]]
    assert boxes == [[False, False, True], [False, True, False]]


def test_parity_fixture_docx_repeats_its_header_row():
    z = zipfile.ZipFile(PARITY / "report.docx")
    body = z.read("word/document.xml")
    assert body.count(b"<w:tblHeader/>") == 1 and body.count(b"<w:vMerge") == 2
    assert b"w14:checkbox" in body


def test_parity_pdf_spans_at_least_three_pages():
    import re

    pdf = (PARITY / "report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 3


def test_a_content_control_showing_its_placeholder_is_blank():
    # a ministry's Word template filled in part: "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ" is Word's
    # grey prompt where nothing was typed
    d = docx.Document()
    d.add_heading("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569", 1)
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("มาตรการ", "ระยะเวลา", "ผลลัพธ์")):
        cell.text = text
    table.rows[1].cells[0].text = "เผยแพร่ข้อมูล"
    for k, (shown, text) in enumerate(((True, "คลิกหรือแตะที่นี่เพื่อใส่ข้อความ"), (False, "ต.ค. 68"))):
        flag = "<w:showingPlcHdr/>" if shown else ""
        table.rows[1].cells[1 + k].paragraphs[0]._p.append(xml(
            f'<w:sdt><w:sdtPr>{flag}<w:text/></w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt>'))
    doc = read_doc(d)
    [tbl] = [b for b in doc.blocks if b.type == "table"]
    assert [c.text for c in tbl.rows[1].cells] == ["เผยแพร่ข้อมูล", "", "ต.ค. 68"]


def _with_chunks(outer: bytes, chunks: dict[str, bytes]) -> bytes:
    """The document with an altChunk at its end for each part (name -> bytes), as an
    e-office system's merge writes them: w:altChunk r:id → an aFChunk relationship."""
    src = zipfile.ZipFile(io.BytesIO(outer))
    out = io.BytesIO()
    rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                marks = "".join(f'<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
                                f'r:id="rIdChunk{k}"/>' for k in range(len(chunks)))
                data = data.replace(b"<w:sectPr", marks.encode() + b"<w:sectPr", 1)
            if item.filename == "word/_rels/document.xml.rels":
                rels = "".join(f'<Relationship Id="rIdChunk{k}" Type="{rel_type}" Target="{name}"/>'
                               for k, name in enumerate(chunks))
                data = data.replace(b"</Relationships>", rels.encode() + b"</Relationships>")
            z.writestr(item, data)
        for name, data in chunks.items():
            z.writestr("word/" + name, data)
    return out.getvalue()


def test_documents_merged_in_with_alt_chunks_are_read_in_place():
    outer = docx.Document()
    outer.add_paragraph("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569")
    parts = {}
    for k, title in enumerate(["เปิดเผยข้อมูล", "ลดขั้นตอน"], start=1):
        inner = docx.Document()
        inner.add_paragraph("หน่วยงานผู้รับผิดชอบ : กองคลัง")
        table = inner.add_table(rows=2, cols=2)
        table.rows[0].cells[0].text, table.rows[0].cells[1].text = "มาตรการ", "ผลลัพธ์"
        table.rows[1].cells[0].text, table.rows[1].cells[1].text = f"{k}. {title}", "ประชาชนพึงพอใจ"
        parts[f"chunk{k}.docx"] = save(inner)
    parts["chunk3.rtf"] = rb"{\rtf1 \b ITA\b0}"
    document = read_doc(_with_chunks(save(outer), parts))
    tables = [b for b in document.blocks if b.type == "table"]
    assert [t.rows[1].cells[0].text for t in tables] == ["1. เปิดเผยข้อมูล", "2. ลดขั้นตอน"]
    assert [t.location.table for t in tables] == [1, 2]  # one count over the whole document
    assert [b.text for b in document.blocks if b.type == "paragraph"][1] == "หน่วยงานผู้รับผิดชอบ : กองคลัง"
    # a part in a format ita-lint does not read is said, not dropped
    assert [(n.code, n.params) for n in document.notes] == [("part-unread", {"part": "word/chunk3.rtf"})]


def test_alt_chunks_nested_deeper_than_the_limit_are_said():
    from ita_lint.readers.docx import MAX_CHUNK_DEPTH

    data = save(docx.Document())
    for _ in range(MAX_CHUNK_DEPTH + 1):
        data = _with_chunks(save(docx.Document()), {"chunk.docx": data})
    assert [n.code for n in read_doc(data).notes] == ["part-unread"]


def _framed(d, x: int, y: int, text: str, bold: bool = False) -> None:
    """A paragraph in a frame placed on its page, as "PDF to Word" converters write lines."""
    p = d.add_paragraph()
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:framePr {NS} w:wrap="around" w:vAnchor="page" w:hAnchor="page" w:x="{x}" w:y="{y}"/>'))
    run = p.add_run(text)
    run.bold = bold


def test_lines_placed_in_frames_read_as_the_page_they_came_from():
    # an online "PDF to Word" converter: no Word table, each line of each cell a framed
    # paragraph, written across the row line by line; a second page starts at the top again
    d = docx.Document()
    _framed(d, 3000, 700, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", bold=True)
    columns = [700, 1300, 4500, 8000]
    header = ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน"]
    for x, text in zip(columns, header):
        _framed(d, x, 2000, text, bold=True)
    rows = [["๑", "เปิดเผยข้อมูล", "งานพัสดุ", "เผยแพร่ครบ ๑๒ เดือน"], ["๒", "อบรมบุคลากร", "งานบุคคล", "อบรม ๑ ครั้ง"],
            ["๓", "ลดขั้นตอนการบริการ", "งานบริการ", "ลดเหลือ ๓ ขั้นตอน"]]
    y = 2400
    for row in rows:
        for x, text in zip(columns, row):
            _framed(d, x, y, text)
        _framed(d, columns[1], y + 280, "(ต่อ)")  # the cell's second line
        y += 700
    for x, text in zip(columns, header):  # page 2, header repeated
        _framed(d, x, 900, text, bold=True)
    for x, text in zip(columns, ["๔", "ประเมินความเสี่ยง", "งานแผน", "ประเมินครบ ๕ งาน"]):
        _framed(d, x, 1300, text)
    doc = read_doc(d)
    assert doc.blocks[0].text.startswith("รายงานผลการดำเนินการ")
    cells = [[c.text for c in r.cells] for b in tables(doc) for r in b.rows]
    assert cells[0] == header and cells[1] == ["๑", "เปิดเผยข้อมูล (ต่อ)", "งานพัสดุ", "เผยแพร่ครบ ๑๒ เดือน"]
    assert [r[0] for r in cells if r != header] == ["๑", "๒", "๓", "๔"]
    assert {b.location.page for b in tables(doc)} == {1, 2}


def test_a_tables_header_row_kept_in_the_page_header_heads_the_body_table():
    # the title and the column names typed in Word's page header (printed over the table on
    # every page); the body's table holds data rows only
    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ ๒๕๖๙"
    names = ["ลำดับ", "มาตรการ", "ผลการดำเนินการ"]
    head = header.add_table(rows=1, cols=3, width=docx.shared.Cm(16))
    for cell, name in zip(head.rows[0].cells, names):
        cell.text = name
    body = d.add_table(rows=2, cols=3)
    for row, values in zip(body.rows, [["๑", "เปิดเผยข้อมูล", "ประกาศครบ"], ["๒", "อบรม", "อบรม ๑ ครั้ง"]]):
        for cell, value in zip(row.cells, values):
            cell.text = value
    doc = read_doc(d)
    assert doc.blocks[0].text.startswith("รายงานผลการดำเนินการ")
    [table] = tables(doc)
    assert grid(table)[0] == names and table.rows[0].header
    assert [r[0] for r in grid(table)[1:]] == ["๑", "๒"]
    # a page header of other width (a letterhead's table) heads nothing
    head.add_column(docx.shared.Cm(2))
    assert grid(tables(read_doc(d))[0])[0] == ["๑", "เปิดเผยข้อมูล", "ประกาศครบ"]


def _with_footnotes(data: bytes, notes: dict[int, str]) -> bytes:
    """Add a footnotes part (Word's two separator notes, then `notes`) to a saved document."""
    body = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t>'
                   f"</w:r></w:p></w:footnote>" for n, text in notes.items())
    footnotes = (f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/>'
                 '</w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                 f"<w:continuationSeparator/></w:r></w:p></w:footnote>{body}</w:footnotes>").encode()
    src = zipfile.ZipFile(io.BytesIO(data))
    rels = src.read("word/_rels/document.xml.rels").decode().replace(
        "</Relationships>", '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    return _add_part(rezip(data, replace={"word/_rels/document.xml.rels": rels.encode()}), "word/footnotes.xml", footnotes)


def _add_part(data: bytes, name: str, blob: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as z:
        z.writestr(name, blob)
    return out.getvalue()


def _footnote_mark(paragraph, note_id: int) -> None:
    paragraph._p.append(xml(f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            f'<w:footnoteReference w:id="{note_id}"/></w:r>'))


def test_a_footnote_is_read_where_its_mark_points_to_it():
    # outcomes kept only as footnotes on each measure's output cell; a note on the intro
    # cites a source; Word's separator notes are no text
    d = docx.Document()
    d.add_paragraph("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569")
    _footnote_mark(d.add_paragraph("ได้คะแนน ITA 86.48 คะแนน"), 1)
    table = d.add_table(rows=3, cols=3)
    for c, text in enumerate(["ที่", "มาตรการ", "ผลการดำเนินงาน"]):
        table.cell(0, c).text = text
    for r, (title, output) in enumerate([("เปิดเผยข้อมูล", "เผยแพร่ 12 เดือน"), ("อบรมจริยธรรม", "ผู้เข้าอบรม 40 คน")], 1):
        table.cell(r, 0).text, table.cell(r, 1).text, table.cell(r, 2).text = str(r), title, output
    _footnote_mark(table.cell(1, 2).paragraphs[0], 2)
    data = _with_footnotes(save(d), {1: "ที่มา: ผลการประเมินจากระบบ ITAS", 2: "ผลลัพธ์มาตรการที่ 1 : ไม่มีข้อร้องเรียน"})
    document = read_doc(data)
    [block] = tables(document)
    assert block.rows[1].cells[2].text == "เผยแพร่ 12 เดือน\nผลลัพธ์มาตรการที่ 1 : ไม่มีข้อร้องเรียน"
    assert block.rows[2].cells[2].text == "ผู้เข้าอบรม 40 คน"
    text = " ".join(b.text for b in document.blocks if b.type == "paragraph")
    assert "ที่มา: ผลการประเมินจากระบบ ITAS" in text and "separator" not in text


def _workbook(sheets: list[str], active: int = 0, shared: list[str] = ()) -> bytes:
    """A minimal .xlsx: each sheet's <sheetData> and what follows it, as given."""
    import io
    import zipfile

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("xl/workbook.xml", f'<workbook {ns} {rel}><bookViews><workbookView activeTab="{active}"/></bookViews>'
                   "<sheets>" + "".join(f'<sheet name="s{k}" sheetId="{k + 1}" r:id="rId{k + 1}"/>' for k in range(len(sheets)))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{k + 1}" Target="/xl/worksheets/sheet{k + 1}.xml" Type="ws"/>'
                             for k in range(len(sheets))) + "</Relationships>")
        for k, body in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{k + 1}.xml", f"<worksheet {ns}>{body}</worksheet>")
        if shared:
            z.writestr("xl/sharedStrings.xml", f"<sst {ns}>" + "".join(f"<si><t>{t}</t></si>" for t in shared) + "</sst>")
    return out.getvalue()


def test_the_sheet_a_workbook_shows_is_read_without_its_hidden_rows_and_columns():
    from ita_lint.model import Location
    from ita_lint.readers.sheet import shown_sheet_rows

    def cell(ref, text):
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'

    shown = ('<cols><col min="3" max="3" hidden="1"/></cols><sheetData>'
             f'<row r="1">{cell("A1", "มาตรการ")}{cell("B1", "ผู้รับผิดชอบ")}{cell("C1", "หมายเหตุ")}</row>'
             f'<row r="2"><c r="A2" t="s"><v>0</v></c>{cell("B2", "กองคลัง")}{cell("C2", "ภายใน")}</row>'
             f'<row r="3" hidden="1">{cell("A3", "ยกเลิก")}</row>'
             f'<row r="4">{cell("A4", "ลดขั้นตอน")}<c r="B4"><v>12</v></c></row>'
             f'<row r="5">{cell("A5", "รวมทั้งสิ้น")}</row></sheetData>'
             '<mergeCells><mergeCell ref="A5:B5"/></mergeCells>')
    other = f'<sheetData><row r="1">{cell("A1", "ปีที่แล้ว")}</row></sheetData>'
    rows = shown_sheet_rows(_workbook([other, shown], active=1, shared=["เปิดเผยข้อมูล"]), Location(), 10**6)
    assert [[c.text for c in r.cells] for r in rows] == [
        ["มาตรการ", "ผู้รับผิดชอบ"], ["เปิดเผยข้อมูล", "กองคลัง"], ["ลดขั้นตอน", "12"], ["รวมทั้งสิ้น", ""]]
    assert rows[-1].cells[1].span == "left"
    assert shown_sheet_rows(b"not a zip", Location(), 10**6) is None


def test_a_worksheet_embedded_as_an_object_is_read_as_the_table_it_shows():
    path = Path(__file__).parent / "blind" / "round33" / "r02_ieat_maptaphutwari_results_2569.docx"
    doc = read_document(path)
    [table] = [b for b in doc.blocks if b.type == "table"]
    assert [c.text for c in table.rows[0].cells][:3] == ["ลำดับ", "มาตรการ", "ขั้นตอนการดำเนินการ"]
    assert len(table.rows) == 5
    assert [(n.code, n.params["part"]) for n in doc.notes] == [
        ("object-sheet", "word/embeddings/Microsoft_Excel_Worksheet.xlsx")]
