"""The HTML reader: agency pages with Thai tables, lists, headings and status boxes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint.model import Checkbox
from ita_lint.readers import ReadError, ReadOptions, read_document
from ita_lint.readers.html import box_text, decode_html, read, read_html

PARITY = Path(__file__).parent / "fixtures" / "parity"

HEADERS = ["มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "ผลการดำเนินการ", "ผลลัพธ์"]


def page(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html>\n<html lang=\"th\"><head>{head}</head>\n<body>\n{body}\n</body></html>\n".encode("utf-8")


def blocks(body: str, **kw):
    return read_html(page(body), "page.html", **kw).blocks


def texts(doc_blocks, kind=None):
    return [b.text for b in doc_blocks if kind is None or b.type == kind]


def grid(block):
    return [[c.text for c in r.cells] for r in block.rows]


def tables(doc_blocks):
    return [b for b in doc_blocks if b.type == "table"]


# --- headings, paragraphs, lists -------------------------------------------------------------


def test_headings_paragraphs_and_levels():
    bs = blocks(
        "<h1>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>\n"
        "<h3>ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h3>\n"
        "<p>องค์การบริหารส่วนตำบลหนองบัว</p>\n"
        "<div>ข้อความใน div <b>ตัวหนา</b> ต่อกัน</div>"
    )
    assert [(b.type, b.level) for b in bs] == [("heading", 1), ("heading", 3), ("paragraph", 0), ("paragraph", 0)]
    assert bs[0].text == "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
    assert bs[3].text == "ข้อความใน div ตัวหนา ต่อกัน"


def test_locations_are_source_lines():
    src = (
        b"<html>\n<body>\n"  # lines 1-2
        b"<h1>\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xa7</h1>\n"  # 3
        b"\n"
        b"<p>a</p>\n"  # 5
        b"<table>\n<tr><td>x</td></tr>\n\n<tr><td>y</td></tr>\n</table>\n"  # 6-10
        b"</body></html>"
    )
    bs = read_html(src).blocks
    assert [b.location.line for b in bs] == [3, 5, 6]
    assert [r.location.line for r in bs[2].rows] == [7, 9]


def test_lines_past_libxml2_16_bit_counter():
    filler = "<p>x</p>\n" * 70000
    bs = read_html(page(filler + "<h2>ท้ายเอกสาร</h2>\n<table><tr><td>a</td></tr></table>")).blocks
    heading = [b for b in bs if b.type == "heading"][0]
    # page(): line 1 doctype, line 2 html/head, line 3 <body>, filler from line 4
    assert heading.location.line == 4 + 70000
    assert tables(bs)[0].location.line == 4 + 70001


def test_whitespace_and_nbsp_collapse_and_br_splits_lines():
    bs = blocks("<p>ตามมาตรการ \n   ส่งเสริม&nbsp;&nbsp;คุณธรรม<br>บรรทัดใหม่<br><br>  </p>")
    assert bs[0].text == "ตามมาตรการ ส่งเสริม คุณธรรม\nบรรทัดใหม่"


def test_control_characters_are_dropped():
    bs = blocks("<p>☐ \x01 ไม่สามารถ\x07ดำเนินการได้</p>")
    assert bs[0].text == "☐ ไม่สามารถดำเนินการได้"
    assert bs[0].checkboxes == [Checkbox("ไม่สามารถดำเนินการได้", False)]


def test_thai_text_is_normalised_once():
    # ำ written as ำา, เเ for แ, a zero-width space: thai.normalize's repairs
    bs = blocks("<p>สำานักปลัด เเผนงาน\u200bประจำปี</p>")
    assert bs[0].text == "สำนักปลัด แผนงานประจำปี"


def test_lists_nested_and_ordered():
    bs = blocks(
        "<ul><li>ข้อแรก<ul><li>ข้อย่อย</li></ul></li><li>ข้อสอง</li></ul>\n"
        '<ol start="3"><li>สาม</li><li>สี่</li><li value="10">สิบ</li></ol>\n'
        '<ol type="a"><li>ก</li><li>ข</li></ol>'
    )
    items = [(b.type, b.level, b.text) for b in bs]
    assert items == [
        ("list_item", 0, "ข้อแรก"),
        ("list_item", 1, "ข้อย่อย"),
        ("list_item", 0, "ข้อสอง"),
        ("list_item", 0, "3. สาม"),
        ("list_item", 0, "4. สี่"),
        ("list_item", 0, "10. สิบ"),
        ("list_item", 0, "a. ก"),
        ("list_item", 0, "b. ข"),
    ]


def test_list_item_with_typed_number_is_not_numbered_twice():
    bs = blocks("<ol><li>๑. สร้างการรับรู้</li><li>2) เผยแพร่</li></ol><ul><li>- ขีดอยู่แล้ว</li></ul>")
    assert texts(bs) == ["๑. สร้างการรับรู้", "2) เผยแพร่", "ขีดอยู่แล้ว"]


def test_word_private_use_bullet_becomes_dash():
    bs = blocks("<p>\uf0b7 จัดทำคู่มือการปฏิบัติงาน</p>")
    assert bs[0].text == "- จัดทำคู่มือการปฏิบัติงาน"


# --- what is ignored --------------------------------------------------------------------------


def test_scripts_styles_navigation_and_hidden_content_ignored():
    bs = blocks(
        "<script>document.write('<p>สคริปต์</p>')</script><style>p { color: red }</style>"
        "<noscript>เปิด JavaScript</noscript><template><p>แม่แบบ</p></template>"
        "<header><a href='/'>หน้าแรก</a><ul><li>เมนูบน</li></ul></header>"
        "<nav><ul><li>เกี่ยวกับเรา</li></ul></nav>"
        "<div role='navigation'>เมนูข้าง</div><div class='breadcrumb'>หน้าแรก &gt; ITA</div>"
        "<div id='menu'>เมนูหลัก</div><div hidden>ซ่อน</div><p style='display: none'>ซ่อนด้วย style</p>"
        "<span aria-hidden='true'>ไอคอน</span>"
        "<form><input type='hidden' name='csrf' value='abc'><input type='text' value='ค้นหา'>"
        "<select><option>ตัวเลือก</option></select><button>ส่ง</button>"
        "<textarea>พิมพ์ที่นี่</textarea></form>"
        "<main><article><header><h1>หัวเรื่องของบทความ</h1></header><p>เนื้อหา</p>"
        "<footer>ท้ายบทความ</footer></article></main>"
        "<footer>ติดต่อเรา โทร ๐๒</footer>"
    )
    assert texts(bs) == ["หัวเรื่องของบทความ", "เนื้อหา", "ท้ายบทความ"]
    assert bs[0].type == "heading"


def test_head_and_title_are_not_content():
    bs = read_html(b"<html><head><title>ITA o26</title><meta name='x' content='y'></head><body><p>body</p></body></html>").blocks
    assert texts(bs) == ["body"]


# --- tables -----------------------------------------------------------------------------------


def test_table_with_thai_header_row():
    head = "".join(f"<th>{h}</th>" for h in HEADERS)
    bs = blocks(
        f"<table><thead><tr>{head}</tr></thead><tbody>"
        "<tr><td>๑. สร้างการรับรู้</td><td>กองคลัง</td><td>ต.ค. ๖๗ – ก.ย. ๖๘</td><td>ดำเนินการแล้ว</td><td>บุคลากรรับทราบ</td></tr>"
        "</tbody></table>"
    )
    (t,) = tables(bs)
    assert grid(t) == [HEADERS, ["๑. สร้างการรับรู้", "กองคลัง", "ต.ค. ๖๗ – ก.ย. ๖๘", "ดำเนินการแล้ว", "บุคลากรรับทราบ"]]


def test_rowspan_value_on_every_row_and_colspan_once():
    bs = blocks(
        "<table>"
        "<tr><th>มาตรการ/กิจกรรม</th><th>ผู้รับผิดชอบ</th><th colspan='2'>ระยะเวลาดำเนินการ</th></tr>"
        "<tr><td>มาตรการ ๑</td><td rowspan='3'>สำนักปลัด</td><td>ต.ค. ๖๗</td><td>ก.ย. ๖๘</td></tr>"
        "<tr><td>มาตรการ ๒</td><td colspan='2'>ตลอดปีงบประมาณ</td></tr>"
        "<tr><td>มาตรการ ๓</td><td>ม.ค. ๖๘</td><td>มี.ค. ๖๘</td></tr>"
        "<tr><td>มาตรการ ๔</td><td>กองคลัง</td><td>-</td><td>-</td></tr>"
        "</table>"
    )
    assert grid(tables(bs)[0]) == [
        ["มาตรการ/กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", ""],
        ["มาตรการ ๑", "สำนักปลัด", "ต.ค. ๖๗", "ก.ย. ๖๘"],
        ["มาตรการ ๒", "สำนักปลัด", "ตลอดปีงบประมาณ", ""],
        ["มาตรการ ๓", "สำนักปลัด", "ม.ค. ๖๘", "มี.ค. ๖๘"],
        ["มาตรการ ๔", "กองคลัง", "-", "-"],
    ]


def test_block_spanning_rows_and_columns():
    bs = blocks(
        "<table>"
        "<tr><td rowspan=2 colspan=2>ผลการดำเนินการ</td><td>a</td></tr>"
        "<tr><td>b</td></tr>"
        "<tr><td>c</td><td>d</td><td>e</td></tr>"
        "</table>"
    )
    assert grid(tables(bs)[0]) == [
        ["ผลการดำเนินการ", "", "a"],
        ["ผลการดำเนินการ", "", "b"],
        ["c", "d", "e"],
    ]


def test_rowspan_zero_and_overlong_rowspan_stop_at_table_end():
    bs = blocks(
        "<table><tr><td rowspan=0>ทุกแถว</td><td>1</td></tr><tr><td>2</td></tr></table>"
        "<table><tr><td rowspan=99>ยาว</td><td>1</td></tr><tr><td>2</td></tr></table>"
    )
    t1, t2 = tables(bs)
    assert grid(t1) == [["ทุกแถว", "1"], ["ทุกแถว", "2"]]
    assert grid(t2) == [["ยาว", "1"], ["ยาว", "2"]]


def test_short_rows_are_padded_to_the_grid():
    bs = blocks("<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>")
    assert grid(tables(bs)[0]) == [["a", "b", "c"], ["d", "", ""]]


def test_cell_lines_from_paragraphs_lists_and_breaks():
    bs = blocks(
        "<table><tr><td>"
        "<p>๑. ผู้รับผิดชอบจัดทำคู่มือ</p><p>๒. เผยแพร่บนเว็บไซต์</p>"
        "<ul><li>บุคลากรรับทราบ</li><li>- ประกาศนโยบาย</li></ul>"
        "<ol><li>ขั้นแรก</li></ol>"
        "บรรทัด<br>ถัดไป"
        "</td></tr></table>"
    )
    assert tables(bs)[0].rows[0].cells[0].text == (
        "๑. ผู้รับผิดชอบจัดทำคู่มือ\n๒. เผยแพร่บนเว็บไซต์\n- บุคลากรรับทราบ\n- ประกาศนโยบาย\n1. ขั้นแรก\nบรรทัด\nถัดไป"
    )


def test_nested_table_is_flattened_into_its_cell():
    bs = blocks(
        "<table><tr><td>มาตรการ ๑</td><td>"
        "<table><tr><td>☐</td><td>ไม่สามารถดำเนินการได้</td></tr>"
        "<tr><td>☑</td><td>ดำเนินการแล้วเสร็จ</td></tr></table>"
        "</td></tr></table>"
    )
    (t,) = tables(bs)
    cell = t.rows[0].cells[1]
    assert cell.text == "☐ ไม่สามารถดำเนินการได้\n☑ ดำเนินการแล้วเสร็จ"
    assert cell.checkboxes == [Checkbox("ไม่สามารถดำเนินการได้", False), Checkbox("ดำเนินการแล้วเสร็จ", True)]


def test_layout_table_is_read_as_page_flow():
    head = "".join(f"<th>{h}</th>" for h in HEADERS[:3])
    bs = blocks(
        "<table width='100%'><tr>"
        "<td><a href='/'>หน้าหลัก</a></td>"
        "<td><h1>รายงานผลการดำเนินการ</h1><p>ประจำปีงบประมาณ ๒๕๖๘</p>"
        f"<table><tr>{head}</tr><tr><td>มาตรการ ๑</td><td>กองคลัง</td><td>ต.ค. ๖๗</td></tr></table>"
        "</td></tr></table>"
    )
    assert [b.type for b in bs] == ["paragraph", "heading", "paragraph", "table"]
    assert grid(bs[3]) == [HEADERS[:3], ["มาตรการ ๑", "กองคลัง", "ต.ค. ๖๗"]]


def test_caption_becomes_a_paragraph_before_the_table():
    bs = blocks("<table><caption>ตารางที่ ๑ ผลการดำเนินการ</caption><tr><td>a</td></tr></table>")
    assert [(b.type, b.text) for b in bs] == [("paragraph", "ตารางที่ ๑ ผลการดำเนินการ"), ("table", "")]


def test_one_table_block_per_physical_table_in_document_order():
    bs = blocks("<p>ก่อน</p><table><tr><td>1</td></tr></table><p>ระหว่าง</p><table><tr><td>2</td></tr></table>")
    assert [(b.type, b.text or grid(b)[0][0]) for b in bs] == [
        ("paragraph", "ก่อน"), ("table", "1"), ("paragraph", "ระหว่าง"), ("table", "2"),
    ]


# --- check boxes ------------------------------------------------------------------------------


def test_input_checkboxes_in_a_cell():
    bs = blocks(
        "<table><tr><td>"
        '<p><input type="checkbox"/> ไม่สามารถดำเนินการได้</p>'
        '<p><input type="checkbox"/> อยู่ระหว่างการดำเนินการ</p>'
        '<p><input checked="" type="checkbox"/> ดำเนินการแล้วเสร็จ</p>'
        "</td></tr></table>"
    )
    cell = tables(bs)[0].rows[0].cells[0]
    assert cell.text == "☐ ไม่สามารถดำเนินการได้\n☐ อยู่ระหว่างการดำเนินการ\n☑ ดำเนินการแล้วเสร็จ"
    assert cell.checkboxes == [
        Checkbox("ไม่สามารถดำเนินการได้", False),
        Checkbox("อยู่ระหว่างการดำเนินการ", False),
        Checkbox("ดำเนินการแล้วเสร็จ", True),
    ]


def test_several_boxes_on_one_line_split_their_labels():
    bs = blocks('<p><INPUT TYPE="CHECKBOX" CHECKED> เสร็จ <input type=checkbox>ไม่เสร็จ</p>')
    assert bs[0].text == "☑ เสร็จ ☐ ไม่เสร็จ"
    assert bs[0].checkboxes == [Checkbox("เสร็จ", True), Checkbox("ไม่เสร็จ", False)]


def test_box_characters_in_text_and_x_box_means_ticked():
    bs = blocks("<p>☐ไม่สามารถดำเนินการได้ ☒ อยู่ระหว่างการดำเนินการ</p><p>&#9745; ดำเนินการแล้วเสร็จ</p>")
    assert texts(bs) == ["☐ ไม่สามารถดำเนินการได้ ☑ อยู่ระหว่างการดำเนินการ", "☑ ดำเนินการแล้วเสร็จ"]
    assert bs[0].checkboxes == [Checkbox("ไม่สามารถดำเนินการได้", False), Checkbox("อยู่ระหว่างการดำเนินการ", True)]
    assert bs[1].checkboxes == [Checkbox("ดำเนินการแล้วเสร็จ", True)]


def test_radio_and_text_inputs_are_not_boxes():
    bs = blocks("<p><input type=radio checked> ตัวเลือก <input type=text value=x></p>")
    assert bs[0].text == "ตัวเลือก" and bs[0].checkboxes == []


def test_box_text_helper():
    assert box_text("ไม่มีกล่อง") == ("ไม่มีกล่อง", [])
    text, boxes = box_text("ผล: \uf0fe เสร็จ\n\uf0a8")
    assert text == "ผล: ☑ เสร็จ\n☐"
    assert boxes == [Checkbox("เสร็จ", True), Checkbox("", False)]


# --- encodings --------------------------------------------------------------------------------

THAI = "รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ กองคลัง"


def test_tis620_meta_charset_page():
    data = ("<html><head><meta charset=\"tis-620\"></head><body><p>" + THAI + "</p></body></html>").encode("cp874")
    assert texts(read_html(data).blocks) == [THAI]


def test_windows_874_http_equiv_meta():
    data = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">'
        "</head><body><h1>" + THAI + "</h1></body></html>"
    ).encode("cp874")
    assert texts(read_html(data).blocks) == [THAI]


def test_declared_header_charset_without_meta():
    data = ("<p>" + THAI + "</p>").encode("tis-620")
    assert texts(read_html(data, declared_encoding="text/html; charset=TIS-620").blocks) == [THAI]
    assert decode_html(data, "tis-620")[1] == "cp874"


def test_latin1_header_is_not_believed_for_thai_bytes():
    data = ("<p>" + THAI + "</p>").encode("cp874")
    assert texts(read_html(data, declared_encoding="text/html; charset=ISO-8859-1").blocks) == [THAI]


def test_undeclared_tis620_falls_back_after_utf8():
    data = ("<html><body><p>" + THAI + "</p></body></html>").encode("cp874")
    assert texts(read_html(data).blocks) == [THAI]


def test_utf8_page_with_wrong_tis620_meta():
    data = ("<html><head><meta charset=tis-620></head><body><p>" + THAI + "</p></body></html>").encode("utf-8")
    assert texts(read_html(data).blocks) == [THAI]


@pytest.mark.parametrize("codec,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_bom(codec, bom):
    data = bom + ("<html><head><meta charset='tis-620'></head><body><p>" + THAI + "</p></body></html>").encode(codec)
    assert texts(read_html(data).blocks) == [THAI]


def test_invalid_bytes_never_crash():
    data = b"<p>\xe0\xb8\xa3\xe0\xb8\xb2\xff\xfe\x00\x81 abc</p>"
    bs = read_html(data).blocks
    assert len(bs) == 1 and "abc" in bs[0].text


@pytest.mark.parametrize("data", [b"", b"   \n", b"\x00\x00", b"<", b"</table></td><td>", b"<table><tr><td rowspan=abc colspan=-4>x"])
def test_odd_input_gives_a_document(data):
    doc = read_html(data, "odd.html")
    assert doc.format == "html" and isinstance(doc.blocks, list)


def test_binary_data_is_not_an_html_document():
    with pytest.raises(ReadError, match="not an HTML document"):
        read_html(bytes(range(256)) * 4, "noise.html")


def test_empty_page_has_no_blocks():
    assert read_html(b"").blocks == []
    assert read_html(page("<script>x()</script>")).blocks == []


# --- contracts --------------------------------------------------------------------------------


def test_read_contract_and_registry(tmp_path):
    f = tmp_path / "o26.html"
    f.write_bytes(page("<h2>ผลการดำเนินการ</h2>"))
    doc = read_document(f)
    assert doc.format == "html" and doc.path == str(f)
    assert [(b.type, b.level, b.text) for b in doc.blocks] == [("heading", 2, "ผลการดำเนินการ")]
    assert read(str(f), f.read_bytes(), "html", ReadOptions()).blocks == doc.blocks


def test_module_import_does_not_load_the_parser():
    code = "import sys, ita_lint.readers.html; print('lxml' in sys.modules, 'selectolax' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_parity_fixture_html():
    doc = read_document(PARITY / "report.html")
    heads = [b for b in doc.blocks if b.type == "heading"]
    assert heads[0].text.startswith("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม") and heads[0].level == 1
    assert "ไม่ใช่เนื้อหา" not in doc.text() and "ข่าวประชาสัมพันธ์" not in doc.text()
    (t,) = tables(doc.blocks)
    assert len(t.rows) == 7 and all(len(r.cells) == 6 for r in t.rows)
    assert [r.cells[2].text for r in t.rows[5:7]] == ["กองยุทธศาสตร์และงบประมาณ"] * 2  # rowspan="2"
    ticked = [[b.checked for b in r.cells[4].checkboxes] for r in t.rows[4:6]]
    assert ticked == [[False, False, True], [False, True, False]]


def _placed(pieces: list[tuple[int, int, int, str, bool]]) -> bytes:
    """A page as poppler's pdftohtml writes it: each piece of text a <p> placed by position."""
    pages: dict[int, list[str]] = {}
    for page, top, left, text, bold in pieces:
        inner = f"<b>{text}</b>" if bold else text
        pages.setdefault(page, []).append(
            f'<p style="position:absolute;top:{top}px;left:{left}px;white-space:nowrap" class="ft1">{inner}</p>')
    body = "".join(f'<div id="page{n}-div" style="position:relative;width:1262px;height:892px;">{"".join(ps)}</div>'
                   for n, ps in sorted(pages.items()))
    return (f'<html><head><meta name="generator" content="pdftohtml 0.36"/><style>.ft1{{font-size:16px;}}</style>'
            f"</head><body>{body}</body></html>").encode()


def test_text_placed_by_position_reads_as_lines_and_tables():
    # a header centred over two lines ("ลำ" / "ดับ", "ผู้รับผิด" / "ชอบ"), as Word centres it
    header = [(71, 68, "ลำ"), (71, 160, "มาตรการ"), (71, 515, "หน่วยงานรับผิด"), (71, 882, "ผลการดำเนินงาน"),
              (98, 67, "ดับ"), (98, 551, "ชอบ"), (98, 905, "(Output)")]
    pieces = [(1, 20, 200, "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569", True)]
    pieces += [(1, top, x, t, True) for top, x, t in header]
    for k, (title, unit) in enumerate([("เผยแพร่ข้อมูลสาธารณะ", "กองนโยบายและแผน"), ("ป้องกันผลประโยชน์ทับซ้อน", "กองคลัง"),
                                       ("พัฒนาระบบร้องเรียน", "ศูนย์ปฏิบัติการ")], start=1):
        top = 86 + 40 * k
        pieces += [(1, top, 64, str(k), False), (1, top, 107, title, False), (1, top, 510, unit, False),
                   (1, top, 876, "ดำเนินการแล้ว", False)]
    # the next page: the header again, over rows of its own
    pieces += [(2, top, x, t, True) for top, x, t in header]
    pieces += [(2, 126, 64, "4", False), (2, 126, 107, "ตรวจสอบการใช้ทรัพย์สิน", False), (2, 126, 510, "งานยานพาหนะ", False),
               (2, 126, 876, "-", False), (2, 160, 64, "5", False), (2, 160, 107, "อบรมบุคลากร", False),
               (2, 160, 510, "กองบริหารงานบุคคล", False), (2, 160, 880, "อบรม 3 รุ่น", False)]
    document = read_html(_placed(pieces))
    assert document.blocks[0].type == "heading" and "ประจำปีงบประมาณ" in document.blocks[0].text
    tables = [b for b in document.blocks if b.type == "table"]
    assert [[c.text for c in r.cells] for r in tables[1].rows] == [
        ["ลำดับ", "มาตรการ", "หน่วยงานรับผิดชอบ", "ผลการดำเนินงาน (Output)"], ["4", "ตรวจสอบการใช้ทรัพย์สิน", "งานยานพาหนะ", "-"],
        ["5", "อบรมบุคลากร", "กองบริหารงานบุคคล", "อบรม 3 รุ่น"]]
    assert [r.cells[1].text for r in tables[0].rows[1:]] == ["เผยแพร่ข้อมูลสาธารณะ", "ป้องกันผลประโยชน์ทับซ้อน",
                                                            "พัฒนาระบบร้องเรียน"]


def test_a_page_with_a_few_placed_elements_is_read_as_html():
    page = ('<html><body><h1>รายงานผล</h1><div style="position:absolute;top:10px;left:10px">โลโก้</div>'
            "<table><tr><th>มาตรการ</th><th>ผลการดำเนินงาน</th></tr><tr><td>เปิดเผยข้อมูล</td><td>ดำเนินการแล้ว</td></tr>"
            "</table></body></html>").encode()
    assert [b.type for b in read_html(page).blocks] == ["heading", "paragraph", "table"]


def test_a_page_whose_text_is_mostly_in_a_table_is_not_read_as_placed_text():
    # a site's banner pieces placed by position over a report in an ordinary table
    banner = "".join(f'<div style="position:absolute;top:{5 + k}px;left:{40 * k}px">เมนู{k}</div>' for k in range(25))
    rows = "".join(f"<tr><td>{k}</td><td>มาตรการเปิดเผยข้อมูลสาธารณะของหน่วยงานข้อที่ {k}</td><td>ดำเนินการแล้ว</td></tr>"
                   for k in range(1, 9))
    page = (f"<html><body>{banner}<h1>รายงานผลการดำเนินการ</h1><table><tr><th>ที่</th><th>มาตรการ</th>"
            f"<th>ผลการดำเนินงาน</th></tr>{rows}</table></body></html>").encode()
    tables = [b for b in read_html(page).blocks if b.type == "table"]
    assert len(tables) == 1 and len(tables[0].rows) == 9


def test_a_page_embedded_in_an_iframes_srcdoc_is_read_where_the_iframe_stands():
    # a site builder's "Embed HTML" block: the whole table escaped inside an attribute
    import html as html_lib

    inner = ("<table><tr><th>มาตรการ</th><th>ผลการดำเนินงาน</th></tr>"
             "<tr><td>1. เปิดเผยข้อมูล</td><td>ประกาศครบ 12 เดือน</td></tr></table>")
    nested = f'<p>ชั้นใน</p><iframe srcdoc="{html_lib.escape("<p>ลึก</p>")}"></iframe>'
    page = (f'<html><body>\n<h1>รายงานผล</h1>\n<iframe srcdoc="{html_lib.escape(inner)}"></iframe>\n'
            f'<p>หลังตาราง</p>\n<iframe hidden srcdoc="{html_lib.escape("<p>ซ่อน</p>")}"></iframe>\n'
            f'<iframe srcdoc="{html_lib.escape(nested)}"></iframe>\n<iframe src="other.html"></iframe>\n'
            '</body></html>').encode("utf-8")
    doc = read_html(page)
    assert [(b.type, b.plain_text()) for b in doc.blocks] == [
        ("heading", "รายงานผล"),
        ("table", "มาตรการ\tผลการดำเนินงาน\n1. เปิดเผยข้อมูล\tประกาศครบ 12 เดือน"),
        ("paragraph", "หลังตาราง"), ("paragraph", "ชั้นใน"), ("paragraph", "ลึก")]
    table = doc.blocks[1]
    assert table.location.line == 3 and all(r.location.line == 3 for r in table.rows)


CSS_GRID = """<html><head><style>
.g{display:grid;grid-template-columns:40px repeat(2, 2fr) 1fr}
.c{border:1px solid #ccc} .h{font-weight:bold}
.wide{grid-column:1 / -1}
@media (max-width:768px){.g{grid-template-columns:1fr} .h{display:none}}
</style></head><body>
<div class="g">
  <div class="c h">ที่</div><div class="c h">มาตรการ</div><div class="c h">ผู้รับผิดชอบ</div><div class="c h">ผลลัพธ์</div>
  <div class="c wide">ด้านการเปิดเผยข้อมูล</div>
  <div class="c">1</div><div class="c">เปิดเผยข้อมูล<br>ทุกเดือน</div><div class="c">กองคลัง</div><div class="c">ครบ</div>
  <div class="c">2</div><div class="c">อบรม</div><div class="c" style="grid-column: span 2">สำนักปลัด</div>
</div>
<div class="g">
  <div class="c"><h3>มาตรการที่ 1</h3><p>ผู้รับผิดชอบ: กองคลัง</p></div><div class="c"><h3>มาตรการที่ 2</h3></div>
  <div class="c"><h3>มาตรการที่ 3</h3></div><div class="c"><h3>มาตรการที่ 4</h3></div>
  <div class="c">ก</div><div class="c">ข</div><div class="c">ค</div><div class="c">ง</div>
</div></body></html>"""


def test_a_table_drawn_with_css_grid_is_a_table_and_a_grid_of_cards_is_text():
    doc = read_html(CSS_GRID.encode("utf-8"))
    [table] = [b for b in doc.blocks if b.type == "table"]
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ผลลัพธ์"],
        ["ด้านการเปิดเผยข้อมูล", "", "", ""],
        ["1", "เปิดเผยข้อมูล\nทุกเดือน", "กองคลัง", "ครบ"],
        ["2", "อบรม", "สำนักปลัด", ""]]
    assert table.rows[0].header and not table.rows[2].header
    assert [c.span for c in table.rows[1].cells] == ["", "left", "left", "left"]
    # the cards' grid: headings and paragraphs in each cell, read as the page's text
    assert "มาตรการที่ 1" in [b.text for b in doc.blocks if b.type == "heading"]


@pytest.mark.parametrize("columns, count", [("48px 2fr 1fr", 3), ("repeat(3, 1fr 2fr)", 6),
                                            ("[a] minmax(0, 1fr) [b] 2fr 1fr", 3),
                                            ("repeat(auto-fill, minmax(200px, 1fr))", None)])
def test_css_grid_column_tracks(columns, count):
    from ita_lint.readers.css_grid import _count_tracks

    assert _count_tracks(columns) == count


def test_a_table_drawn_in_an_inline_svg_is_read_by_where_its_text_is_drawn():
    # diagrams.net exported as SVG: each cell a box and a <text> of <tspan> lines, no <table>
    heads = ["ที่", "มาตรการ", "ผู้รับผิดชอบ", "ระยะเวลา"]
    xs = [30, 150, 330, 470]
    rows = [["1", "เปิดเผยข้อมูลการจัดซื้อ", "กองคลัง", "ต.ค. 69"], ["2", "ลดขั้นตอนการอนุญาต", "กองช่าง", "ม.ค. 70"],
            ["3", "อบรมจริยธรรม", "สำนักปลัด", "ธ.ค. 69"], ["4", "รับเรื่องร้องเรียน", "สำนักปลัด", "ทุกเดือน"],
            ["5", "สำรวจความพึงพอใจ", "สำนักปลัด", "ก.ค. 70"]]
    texts = []
    for r, row in enumerate([heads] + rows):
        for x, cell in zip(xs, row):
            texts.append(f'<text x="{x}" y="{30 + 40 * r}" font-size="14" text-anchor="middle">'
                         f'<tspan x="{x}" dy="0">{cell}</tspan></text>')
    page = ('<html><body><h1>มาตรการ</h1><svg xmlns="http://www.w3.org/2000/svg" width="600" height="300">'
            + "".join(texts) + '</svg><svg width="20" height="20"><text x="2" y="10">โลโก้</text></svg></body></html>')
    doc = read_html(page.encode("utf-8"))
    [table] = [b for b in doc.blocks if b.type == "table"]
    assert [[c.text for c in r.cells] for r in table.rows] == [heads] + rows
    assert "โลโก้" not in "".join(b.plain_text() for b in doc.blocks)  # an icon's text is no page
