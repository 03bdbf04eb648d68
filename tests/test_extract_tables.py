"""Measure tables: pages joined, cut rows merged, group rows skipped."""

from __future__ import annotations

import pytest

from tests.conftest import lint_text

TITLE = "# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"
HEADER = "มาตรการ/กิจกรรม\tผู้รับผิดชอบ\tผลการดำเนินการ\tผลลัพธ์\n"


def titles(result):
    return [m.title for m in result.report.measures]


def test_group_row_is_not_a_measure():
    text = TITLE + HEADER + "ด้านที่ ๑ การเปิดเผยข้อมูล\t\t\t\n๑. เผยแพร่แผน\tกองคลัง\tเผยแพร่แล้ว\tรับทราบ\n"
    result = lint_text(text)
    assert titles(result) == ["เผยแพร่แผน"]
    assert [f for f in result.findings if f.category != "quality"] == []  # "เผยแพร่แล้ว" shows no evidence: a warning


def test_a_one_cell_row_that_is_not_a_group_is_a_measure_with_missing_elements():
    text = TITLE + HEADER + "๑. เผยแพร่แผน\t\t\t\n"
    result = lint_text(text)
    assert titles(result) == ["เผยแพร่แผน"]
    assert {f.rule for f in result.findings} == {"element-output", "element-outcome"}


def test_cut_row_whose_first_cell_carries_over_is_joined_in_a_numbered_table():
    text = (TITLE + HEADER + "๑. เผยแพร่แผนการใช้จ่าย\tกองคลัง\tเผยแพร่\tรับทราบ\n\n"
            + HEADER + "งบประมาณประจำปี\t\tแล้ว\t\n๒. จัดทำคู่มือ\tสำนักปลัด\tจัดทำแล้ว\tใช้งาน\n")
    result = lint_text(text)
    assert titles(result) == ["เผยแพร่แผนการใช้จ่าย", "จัดทำคู่มือ"]
    assert any("งบประมาณประจำปี" in t for _, t, _ in result.report.measures[0].texts)


def test_unnumbered_rows_after_a_repeated_header_stay_measures():
    text = (TITLE + HEADER + "เผยแพร่แผน\tกองคลัง\tเผยแพร่\tรับทราบ\n\n"
            + HEADER + "จัดทำคู่มือ\tสำนักปลัด\tจัดทำแล้ว\tใช้งาน\n")
    assert titles(lint_text(text)) == ["เผยแพร่แผน", "จัดทำคู่มือ"]


def test_a_table_after_prose_is_a_new_table_not_a_continuation():
    text = (TITLE + HEADER + "๑. เผยแพร่แผน\tกองคลัง\tเผยแพร่\tรับทราบ\n\n"
            "ตารางต่อไปนี้แสดงมาตรการของปีงบประมาณเดียวกันที่ดำเนินการโดยกองช่าง\n\n"
            + HEADER + "\t\t\tต่อเนื่อง\n")
    result = lint_text(text)
    assert len(result.report.measures) == 2  # the empty-leading row starts a measure of the new table


def test_measures_numbered_with_words_in_prose():
    text = ("# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
            "มาตรการที่ ๑ เผยแพร่แผนการใช้จ่ายงบประมาณ\nผู้รับผิดชอบ: กองคลัง\n\n"
            "มาตรการที่ ๒ ทบทวนคู่มือ\nผู้รับผิดชอบ: สำนักปลัด\n")
    result = lint_text(text)
    # the number is the measure's own (its label), not part of its title
    assert titles(result) == ["เผยแพร่แผนการใช้จ่ายงบประมาณ", "ทบทวนคู่มือ"]
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert all(m.has("responsible") and m.has("measure") for m in result.report.measures)


# --- a page cut an unnumbered table, and the next part opens with a row whose later cells are empty

_CUT_ROWS = [("ลดขั้นตอนการขออนุญาตก่อสร้างอาคาร", "ต.ค. ๖๗ – ก.ย. ๖๘"),
             ("พัฒนาช่องทางรับเรื่องร้องเรียนออนไลน์", "ไตรมาส ๑ – ๔")]
_NEXT_ROWS = [("ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน", ""),  # its period left blank: no title
              ("อบรมเสริมสร้างคุณธรรมจริยธรรมแก่บุคลากร", "ไม่มี")]
_SIGNER = ["ลงชื่อ ........................................ ผู้รายงาน", "(นางสาวพิมพ์ใจ ดีงาม)"]


def _cut_table(fmt: str) -> bytes:
    title = TITLE.lstrip("# ").strip()
    if fmt in ("text", "csv"):
        sep = "\t" if fmt == "text" else ","
        lines = [title, "", sep.join(("ชื่อมาตรการ", "ไตรมาส"))] + [sep.join(r) for r in _CUT_ROWS]
        lines += ["", "- ๒ -", ""] + [sep.join(r) for r in _NEXT_ROWS] + [""] + _SIGNER
        if fmt == "csv":  # a sheet saved as CSV pads every record to its width
            lines = [line if sep in line else line + sep for line in lines]
        return "\n".join(lines).encode("utf-8")
    if fmt == "html":
        def table(rows, head=""):
            return "<table>" + head + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
        return (f"<html><body><h1>{title}</h1>" + table(_CUT_ROWS, "<tr><th>ชื่อมาตรการ</th><th>ไตรมาส</th></tr>")
                + "<p>- ๒ -</p>" + table(_NEXT_ROWS) + "".join(f"<p>{s}</p>" for s in _SIGNER)
                + "</body></html>").encode("utf-8")
    import io

    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    d.add_paragraph(title)
    for rows, head in ((_CUT_ROWS, True), (_NEXT_ROWS, False)):
        table = d.add_table(rows=0, cols=2)
        for a, b in ([("ชื่อมาตรการ", "ไตรมาส")] if head else []) + rows:
            cells = table.add_row().cells
            cells[0].text, cells[1].text = a, b
        if head:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for s in _SIGNER:
        d.add_paragraph(s)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["text", "csv", "html", "docx"])
def test_a_cut_tables_next_part_opening_with_an_empty_cell_is_no_title(fmt):
    from ita_lint.readers import parse_bytes

    name = {"text": "report.txt", "csv": "sheet.txt", "html": "report.html", "docx": "report.docx"}[fmt]
    result = lint_text("", document=parse_bytes(name, _cut_table(fmt)))
    assert titles(result) == [r[0] for r in _CUT_ROWS + _NEXT_ROWS]
    assert [m.has("period") for m in result.report.measures] == [True, True, False, False]


def test_a_small_table_printed_on_every_page_is_furniture():
    """A Gantt chart's legend box at the foot of each page: the same few cells on every
    page, like a running footer; the measure table's parts differ and stay."""
    from ita_lint.engine.loader import load_pack
    from ita_lint.extract.layout import find_furniture
    from ita_lint.extract.lexicon import lexicon_for
    from ita_lint.model import Block, Cell, Location, Row

    pack = load_pack("ita-2569")
    lex = lexicon_for(pack.vocabulary, pack.calendar)

    def table(page, *rows):
        return Block("table", location=Location(page=page),
                     rows=[Row([Cell(t) for t in r], Location(page=page)) for r in rows])

    legend = ("โครงการ: แผน ITA 2570", "งาน", "แยก", "เหตุการณ์สำคัญ")
    blocks = [table(1, ("ที่", "กิจกรรม"), ("1", "เผยแพร่ข้อมูล")), table(1, legend),
              table(2, ("ที่", "กิจกรรม"), ("2", "ลดขั้นตอน")), table(2, legend)]
    assert find_furniture(blocks, lex) == {1: "running-table", 3: "running-table"}
    # a measure table's header read apart from each page's rows is no legend
    header = ("ที่", "มาตรการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน")
    parted = [table(1, header), table(1, ("1", "เผยแพร่ข้อมูล", "กองคลัง", "ครบ")),
              table(2, header), table(2, ("2", "ลดขั้นตอน", "กองช่าง", "ครบ"))]
    assert find_furniture(parted, lex) == {}
