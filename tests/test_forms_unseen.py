"""Forms met in the blind rounds, each reduced to the smallest text that shows it.

Every test states the measures a reader of the file would count and the elements each
states; the blind documents under tests/blind hold the full-size cases."""

from __future__ import annotations

import pytest

from ita_lint.extract.numbering import Numbering, sequence_problems
from ita_lint.model import ELEMENTS
from ita_lint.readers.html import read_html
from ita_lint.readers.text import parse
from tests.conftest import lint_text

RESULTS = "# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"
MEASURES = "# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"


def stated(result) -> list[set[str]]:
    return [{e for e in ELEMENTS if m.has(e)} for m in result.report.measures]


def codes(result) -> set[str]:
    return {n.code for n in result.report.notes}


# --- text: spreadsheets, converters, site generators -------------------------------------

def test_tab_separated_rows_with_quoted_cells_over_several_lines():
    text = ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2567\t\t\t\n"
            "ลำดับ\tมาตรการ\tขั้นตอน\tผู้รับผิดชอบ\n"
            '1\tเปิดเผยข้อมูล\t"1) ประชุม\n2) ประกาศ ""แผน"""\tกองช่าง\n'
            "2\tลดขั้นตอน\t-\tกองคลัง\n")
    result = lint_text(text)
    assert result.report.kind == "results"  # the title typed in the sheet's first cell
    assert [m.title for m in result.report.measures] == ["เปิดเผยข้อมูล", "ลดขั้นตอน"]
    assert "ประกาศ \"แผน\"" in result.report.measures[0].elements["steps"].text
    assert stated(result)[1] == {"measure", "responsible"}


def test_pandoc_grid_table():
    text = RESULTS + (
        "+----+------------------+--------------------+\n"
        "| ที่  | มาตรการ           | ผู้รับผิดชอบ           |\n"
        "+====+==================+====================+\n"
        "| 1  | เผยแพร่ข้อมูล       | งานประชาสัมพันธ์      |\n"
        "|    | ข่าวสาร            | (ครูผู้รับผิดชอบ)      |\n"
        "+----+------------------+--------------------+\n"
        "| 2  | ลดขั้นตอน          |                    |\n"
        "+----+------------------+--------------------+\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["เผยแพร่ข้อมูลข่าวสาร", "ลดขั้นตอน"]
    assert stated(result) == [{"measure", "responsible"}, {"measure"}]


def test_front_matter_title_and_shortcodes():
    text = ('---\ntitle: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2567"\n'
            "draft: false\n---\n\n{{< figure src=\"a.jpg\" >}}\n\n"
            "## ก. มาตรการเผยแพร่ข้อมูล\n\n**วิธีการดำเนินการ**\n\n1. แต่งตั้งครู\n2. ปรับปรุงเว็บไซต์\n\n"
            "**ผู้รับผิดชอบ** : งานประชาสัมพันธ์\n\n"
            "## ข. มาตรการรับนักเรียน\n\n**ผู้รับผิดชอบ** : กลุ่มบริหารวิชาการ\n")
    result = lint_text(text)
    assert (result.report.kind, result.report.fiscal_year) == ("results", 2567)
    assert [m.number for m in result.report.measures] == ["ก", "ข"]
    assert stated(result) == [{"measure", "steps", "responsible"}, {"measure", "responsible"}]


def test_blocks_between_rules_and_setext_headings():
    text = ("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568\n"
            "=============================\n"
            "มาตรการที่ 1\n-----------------------------\n"
            "ชื่อมาตรการ   : ป้องกันการเรียกรับผลประโยชน์\n"
            "ผู้รับผิดชอบ    : งานจราจร\n"
            "=============================\n"
            "มาตรการที่ 2\n-----------------------------\n"
            "ชื่อมาตรการ   : เปิดเผยข้อมูลคดี\n"
            "ระยะเวลาดำเนินการ : ตุลาคม 2567 - กันยายน 2568\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "responsible"}, {"measure", "period"}]


def test_unnumbered_titles_over_tab_stop_labels():
    text = MEASURES + ("มาตรการเผยแพร่ข้อมูลข่าวสาร\n\nขั้นตอนการดำเนินการ\n\nปรับปรุงเว็บไซต์ทุกเดือน\n\n"
                       "ผู้รับผิดชอบ\tสำนักปลัด\n\n"
                       "มาตรการป้องกันการรับสินบน\n\nผู้รับผิดชอบ\tกองคลัง\n\n"
                       "การติดตามและรายงานผล\tรายงานนายก อบต. ทุกเดือน\n")
    result = lint_text(text)
    assert len(result.report.measures) == 2
    assert stated(result) == [{"measure", "steps", "responsible"}, {"measure", "responsible", "monitoring"}]


def test_pdftotext_layout_counts_columns_in_characters():
    # pdftotext pads by characters, marks and all: the cells of a row start where the header's do
    rows = ["ที่   มาตรการ                 ระยะเวลา        ผู้รับผิดชอบ",
            "1.   ป้องกันการใช้ทรัพย์สิน       -               สว.อก.",
            "     ของทางราชการ                              เจ้าหน้ าที่พัสดุ",
            "2.   เผยแพร่ข้อมูล              ต.ค. ๖๗         งานอำนวยการ"]
    result = lint_text(RESULTS + "\n".join(rows) + "\n")
    first = result.report.measures[0]
    assert not first.has("period") and "พัสดุ" in first.elements["responsible"].text


def test_a_table_flattened_into_lines_is_read_and_said():
    text = MEASURES + ("ข้อ มาตรการ ขั้นตอน/วิธีการดำเนินการ ผู้รับผิดชอบ ระยะเวลา การติดตามและ\n"
                       "รายงานผล\n"
                       "ก. มาตรการเปิดเผยข้อมูล\nการจัดสรรเงินอุดหนุน\n"
                       "๑) ประกาศหลักเกณฑ์\n๒) แจ้งจำนวนเงิน\n"
                       "กลุ่มศาสนสมบัติ ต.ค. ๒๕๖๘\n– ก.ย. ๒๕๖๙\n"
                       "รายงานผลต่อผู้อำนวยการทุกไตรมาส\n"
                       "ข. มาตรการรับเรื่องร้องเรียน\n- ฝ่ายบริหารทั่วไป\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["ก", "ข"]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "monitoring"},
                              {"measure", "responsible"}]
    assert "table-flattened" in codes(result)


# --- tables ----------------------------------------------------------------------------------

def test_a_row_of_values_is_no_second_header_row():
    text = RESULTS + "แนวทางปรับปรุง\tระยะเวลา\nประเมินความเสี่ยง\tไตรมาส ๑ – ๔\nป้องกันผลประโยชน์ทับซ้อน\tธ.ค. ๒๕๖๘\n"
    assert len(lint_text(text).report.measures) == 2


def test_markdown_part_whose_first_row_is_a_cut_cell_goes_on():
    text = RESULTS + ("| มาตรการ | ระยะเวลา |\n|---|---|\n| 1. เผยแพร่แผน | ตุลาคม ๒๕๖๘ – |\n\n- ๒ -\n\n"
                      "|  | กันยายน ๒๕๖๙ |\n|---|---|\n| 2. สำรวจความพึงพอใจ | ธ.ค. ๒๕๖๘ |\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert "กันยายน" in result.report.measures[0].elements["period"].text


def test_a_column_for_two_elements_gives_each_its_lines():
    text = RESULTS + ("| มาตรการ | ผู้รับผิดชอบ/ระยะเวลา |\n|---|---|\n"
                      "| เผยแพร่ข้อมูล | สำนักปลัด<br>ต.ค. 67 – ก.ย. 68 |\n| ลดขั้นตอน | กองช่าง |\n")
    result = lint_text(text)
    assert stated(result) == [{"measure", "responsible", "period"}, {"measure", "responsible"}]


def test_scores_by_indicator_are_no_measures():
    text = MEASURES + "| ตัวชี้วัด | ประเด็น | คะแนน |\n|---|---|---|\n| 1 | การปฏิบัติหน้าที่ | 88.41 |\n| 2 | การใช้งบประมาณ | 85.37 |\n"
    assert lint_text(text).report.measures == []


def test_indicator_column_is_a_plans_outcome_not_an_itas_indicator_name():
    table = "| มาตรการ | ตัวชี้วัด |\n|---|---|\n| เผยแพร่ข้อมูล | ร้อยละ 100 |\n"
    assert stated(lint_text(MEASURES + table)) == [{"measure", "outcome"}]
    prose = MEASURES + "๑. เผยแพร่ข้อมูล\n\nตัวชี้วัดการเปิดเผยข้อมูล: ได้คะแนนต่ำ\n"
    assert all("outcome" not in s for s in stated(lint_text(prose)))


def test_activity_titles_under_a_merged_measure_cell():
    html = ("<h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569</h1><table>"
            "<tr><th>ที่</th><th>มาตรการ</th><th>กิจกรรม</th><th>วิธีดำเนินการ</th><th>ผู้รับผิดชอบ</th></tr>"
            "<tr><td>1.1</td><td rowspan=2>มาตรการที่ 1 เปิดเผยข้อมูล</td><td>ปรับปรุงเว็บไซต์</td><td>-</td>"
            "<td>กองคลัง</td></tr>"
            "<tr><td>1.2</td><td>เผยแพร่รายงาน</td><td>จัดทำรายงาน</td><td>สำนักปลัด</td></tr></table>")
    result = _lint_html(html)
    assert [m.title for m in result.report.measures] == ["ปรับปรุงเว็บไซต์", "เผยแพร่รายงาน"]


def test_published_sheet_chrome_is_not_content():
    html = ("<table><tr><th></th><th>A</th><th>B</th><th>C</th></tr>"
            "<tr><th>1</th><td colspan=3>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569</td></tr>"
            "<tr><th>2</th><td>มาตรการ</td><td>ผู้รับผิดชอบ</td><td>ผลการดำเนินงาน</td></tr>"
            "<tr><th>3</th><td>เผยแพร่ข้อมูล</td><td>กองคลัง</td><td>เผยแพร่แล้ว</td></tr></table>")
    result = _lint_html(html)
    assert (result.report.kind, result.report.fiscal_year) == ("results", 2569)
    assert stated(result) == [{"measure", "responsible", "output"}]


def test_accordion_headers_name_their_sections():
    html = ("<h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>"
            "<div class=accordion><h2><button aria-expanded=false>มาตรการที่ 1 : เปิดเผยรายได้</button></h2>"
            "<div class='collapse'><p>ผู้รับผิดชอบ</p><p>ฝ่ายการเงิน</p></div></div>")
    result = _lint_html(html)
    assert [m.number for m in result.report.measures] == ["1"]
    assert stated(result) == [{"measure", "responsible"}]


def _lint_html(html: str):
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Options, lint_report
    from ita_lint.extract import extract

    pack = load_pack("ita-2569")
    return lint_report(extract(read_html(html.encode("utf-8"), "<test>.html"), pack), pack, Options())


# --- cues and titles -------------------------------------------------------------------------

@pytest.mark.parametrize("steps, has_period", [
    ("๑) จัดประชุมชี้แจงระเบียบ (ก.พ. ๖๘)", True),
    ("๑) รายงานทุกเดือน (ดำเนินการ ต.ค. ๖๗ – ก.ย. ๖๘)", True),
    ("๑) ลดระยะเวลาการให้บริการเหลือ 3 วัน", False),
])
def test_a_period_written_in_the_steps(steps, has_period):
    text = RESULTS + f"| มาตรการ | ขั้นตอน |\n|---|---|\n| เผยแพร่ข้อมูล | {steps} |\n"
    assert lint_text(text).report.measures[0].has("period") is has_period


def test_a_title_naming_a_report_is_no_monitoring():
    text = "# แผนการขับเคลื่อนมาตรการ ประจำปีงบประมาณ พ.ศ. 2569\n\n| กิจกรรม | ผู้รับผิดชอบ |\n|---|---|\n| เผยแพร่รายงานการกำกับติดตามการใช้จ่ายงบประมาณ | กองคลัง |\n"
    assert not lint_text(text).report.measures[0].has("monitoring")


def test_a_web_pages_heading_over_the_documents_own_title():
    text = ("# O37 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n\nเผยแพร่เมื่อ: 28 ตุลาคม 2568\n\n"
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569\n")
    assert lint_text(text).report.fiscal_year == 2569


# --- numbering -------------------------------------------------------------------------------

def test_thai_letters_and_roman_numerals_number_measures():
    n = Numbering(("มาตรการที่", "Measure"))
    assert [n.leading(t) for t in ["ก. เผยแพร่", "(ค) ลด", "IV. Open", "Measure VII", "ก.พ. 2568"]] == \
        ["ก", "ค", "4", "7", None]
    gap, = sequence_problems(["ก", "ข", "ง"])
    assert gap.missing == ["ค"]


def test_parse_keeps_a_rules_line_out_of_the_text():
    blocks = parse("หัวข้อ\n=====\nย่อหน้า\n")
    assert [(b.type, b.text) for b in blocks] == [("heading", "หัวข้อ"), ("paragraph", "ย่อหน้า")]


# --- round 6: forms fixed by cause ----------------------------------------------------------

def test_steps_nested_under_a_markdown_list_item_are_not_measures():
    text = MEASURES + (
        "1. **เปิดเผยข้อมูลการอนุญาต**\n"
        "   - ขั้นตอน/วิธีการ:\n"
        "     1. ประกาศขั้นตอนบนเว็บไซต์\n"
        "     2. บันทึกคำขอในระบบทะเบียน\n"
        "     3. เผยแพร่รายชื่อทุกไตรมาส\n"
        "   - ผู้รับผิดชอบ: กลุ่มกำกับ\n"
        "2. **ป้องกันการเรียกรับผลประโยชน์**\n"
        "   - ขั้นตอน/วิธีการ:\n"
        "     1. จัดทำแผนการตรวจ\n"
        "     2. ออกตรวจเป็นคณะ\n"
        "   - ผู้รับผิดชอบ: ฝ่ายบริหารทั่วไป\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert "เผยแพร่รายชื่อ" in result.report.measures[0].elements["steps"].text
    assert stated(result) == [{"measure", "steps", "responsible"}] * 2


@pytest.mark.parametrize("title,year", [
    # a title of two parts: the analysis of one year's result, the measures of the next
    ("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส\n\nประจำปีงบประมาณ พ.ศ. 2569\n\n"
     "และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570", 2570),
    # one year, and a numbered section below naming the year analysed: the title's
    ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n\nประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
     "## ๑. การวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘", 2569),
])
def test_the_year_of_a_title_in_two_parts(title, year):
    assert lint_text(title + "\n\nข้อความ\n").report.fiscal_year == year


def test_word_save_as_plain_text_breaks_rows_at_cell_paragraphs():
    # Word writes a numbered paragraph as "๔.<TAB>…" and each paragraph of a cell on a line
    # of its own, unquoted; the last paragraph's line carries the row's remaining cells
    text = MEASURES + (
        "๔.\tมาตรการส่งเสริมคุณธรรมและความโปร่งใส\n"
        "ที่\tมาตรการ\tขั้นตอนการดำเนินการ\tระยะเวลา\tผู้รับผิดชอบ\n"
        "๑\tเผยแพร่ข้อมูลการใช้จ่าย\t๑) จัดทำแผน\n๒) เผยแพร่ทางเว็บไซต์\n"
        "๓) รายงานผลรายไตรมาส\tต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙\tกองคลัง\n"
        "๒\tป้องกันการใช้รถยนต์ส่วนกลาง\t\tต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙\tสำนักปลัด\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["เผยแพร่ข้อมูลการใช้จ่าย", "ป้องกันการใช้รถยนต์ส่วนกลาง"]
    assert "รายงานผลรายไตรมาส" in result.report.measures[0].elements["steps"].text
    assert stated(result) == [{"measure", "steps", "period", "responsible"}, {"measure", "period", "responsible"}]


def test_a_line_break_in_a_rows_last_cell_copied_from_a_browser():
    text = ("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569\n\n"
            "ที่\tโครงการ/กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\n"
            "1\tเปิดเผยข้อมูลข่าวสาร\tต.ค. 2568 – ก.ย. 2569\tงานประชาสัมพันธ์\n"
            "นางสาวอรอุมา ดุงใหม่\n"
            "2\tเผยแพร่แผนการจัดซื้อจัดจ้าง\tพ.ย. 2568\tงานพัสดุ\n"
            "การกำกับติดตาม\n"
            "ผู้รับผิดชอบรายงานความก้าวหน้าทุกไตรมาส\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["เปิดเผยข้อมูลข่าวสาร", "เผยแพร่แผนการจัดซื้อจัดจ้าง"]
    assert "ดุงใหม่" in result.report.measures[0].elements["responsible"].text
    assert "การกำกับติดตาม" not in result.report.measures[1].elements["responsible"].text


def test_an_aria_table_of_divs():
    html = ('<h1>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</h1>'
            '<div role="table"><div role="row"><div role="columnheader">ลำดับ</div>'
            '<div role="columnheader">กิจกรรม</div><div role="columnheader">ระยะเวลา</div>'
            '<div role="columnheader">ผู้รับผิดชอบ</div></div>'
            '<div role="row"><div role="cell">มาตรการที่ 1 เปิดเผยข้อมูล</div></div>'
            '<div role="row"><div role="cell">1.1</div><div role="cell">ประกาศอัตราค่าเข้าชม</div>'
            '<div role="cell">ต.ค. 2569</div><div role="cell">งานบริหารทั่วไป</div></div>'
            '<div role="row"><div role="cell">1.2</div><div role="cell">จำหน่ายบัตรผ่านระบบ e-Ticket</div>'
            '<div role="cell">ทุกเดือน</div><div role="cell"></div></div></div>')
    doc = read_html(html.encode())
    table = next(b for b in doc.blocks if b.type == "table")
    assert [c.text for c in table.rows[0].cells] == ["ลำดับ", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"]
    assert table.rows[0].header and [c.span for c in table.rows[1].cells[1:]] == ["left"] * 3
    result = lint_text("", document=doc)
    assert [m.number for m in result.report.measures] == ["1.1", "1.2"]
    first, second = stated(result)
    assert {"measure", "period", "responsible"} <= first and first - second == {"responsible"}


# --- round 7: forms fixed by cause ----------------------------------------------------------

def test_a_table_drawn_with_box_characters():
    text = RESULTS + (
        "┌────┬──────────────┬──────────────┬────────────┐\n"
        "│ที่  │มาตรการ        │ผลการดำเนินงาน  │ผลลัพธ์      │\n"
        "├────┴──────────────┴──────────────┴────────────┤\n"
        "│ด้านการเปิดเผยข้อมูล                               │\n"
        "├────┬──────────────┬──────────────┬────────────┤\n"
        "│1   │เผยแพร่หลักสูตร  │ประกาศ 12 หลักสูตร│ผู้สมัครเพิ่มขึ้น │\n"
        "│    │ฝึกอบรม        │              │ร้อยละ 15    │\n"
        "├────┼──────────────┼──────────────┼────────────┤\n"
        "│2   │ควบคุมการเบิกจ่าย │โอนเงินเข้าบัญชี  │-           │\n"
        "└────┴──────────────┴──────────────┴────────────┘\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["เผยแพร่หลักสูตรฝึกอบรม", "ควบคุมการเบิกจ่าย"]
    assert stated(result) == [{"measure", "output", "outcome"}, {"measure", "output"}]


def test_measures_quoted_in_an_email_numbered_with_kho():
    text = ("On 13/11/2568 10:05, สนง. wrote:\n"
            "> " + MEASURES.strip() + "\n>\n"
            "> ข้อ 1\n> เปิดเผยข้อมูลการออกใบอนุญาต\n> (ประมงพื้นบ้าน)\n"
            ">   - วิธีดำเนินการ: ประกาศขั้นตอนที่สำนักงาน\n"
            ">   - ผู้รับผิดชอบ: ประมงอำเภอ\n>\n"
            "> ข้อ 2\n> ป้องกันการเรียกรับผลประโยชน์\n"
            ">   - วิธีดำเนินการ: ออกตรวจเป็นทีม\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["เปิดเผยข้อมูลการออกใบอนุญาต (ประมงพื้นบ้าน)",
                                                          "ป้องกันการเรียกรับผลประโยชน์"]
    assert stated(result) == [{"measure", "steps", "responsible"}, {"measure", "steps"}]


def test_a_note_with_the_monitoring_label_states_it_for_every_measure():
    text = MEASURES + (
        "| ที่ | มาตรการ | ผู้รับผิดชอบ |\n|---|---|---|\n| 1 | เผยแพร่ข้อมูล | กองคลัง |\n\n"
        "หมายเหตุ การติดตามผล: ฝ่ายบริหารทั่วไปรวบรวมผลการดำเนินงาน รายงานผู้อำนวยการทุก 6 เดือน\n")
    assert "monitoring" in stated(lint_text(text))[0]


def test_a_to_do_list_under_the_steps_label_is_the_steps():
    text = MEASURES + ("### มาตรการที่ 1 เปิดเผยข้อมูลการจัดซื้อ\n\n- ผู้รับผิดชอบ:: งานพัสดุ\n\n"
                       "**ขั้นตอน**\n\n- [ ] ประกาศแผนการจัดซื้อ 📅 2026-11-30\n- [ ] สรุปผลรายเดือน\n")
    # the task's due date is a deadline: the period (as the assessor labelled round 7's m03)
    assert stated(lint_text(text)) == [{"measure", "steps", "responsible", "period"}]


def test_a_bulleted_label_over_its_indented_steps_and_status_boxes():
    text = RESULTS + "".join(
        f"<details>\n<summary><strong>มาตรการที่ {n} {title}</strong></summary>\n\n"
        "- **วิธีดำเนินการ**\n    1. มอบหมายผู้รับผิดชอบ\n    2. ตรวจสอบทุกเดือน\n"
        "- **ผลการดำเนินงาน:** เผยแพร่ครบ 33 ข้อ\n- **ผลลัพธ์:** คะแนนเพิ่มขึ้น\n\n</details>\n\n"
        for n, title in ((1, "ยกระดับการเปิดเผยข้อมูล"), (2, "ป้องกันผลประโยชน์ทับซ้อน")))
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "output", "outcome"}] * 2


def test_pandoc_table_rules_are_no_rows():
    text = ("# แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "-------------------------------------------------------------\n"
            "ลำดับ   กิจกรรม                 ระยะเวลา       ผู้รับผิดชอบ\n"
            "------ ---------------------- -------------- --------------\n"
            "1       ปรับปรุงข้อมูลบนเว็บไซต์     ต.ค. 69        สำนักปลัด\n\n"
            "2       เผยแพร่รายงานการเงิน      ม.ค. 70        กองคลัง\n"
            "-------------------------------------------------------------\n")
    result = lint_text(text, pack_id="ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]


@pytest.mark.parametrize("steps,monitored", [
    ("1) เปิดช่องทางร้องเรียน 2) สรุปผลรายงานกรมพัฒนาที่ดินรอบ 6 และ 12 เดือน", True),
    ("1) เปิดช่องทางร้องเรียน 2) รายงานผลรอบ 6 เดือน และรอบ 12 เดือน", True),
    ("1) เปิดช่องทางร้องเรียน 2) ตรวจสอบตู้รับความคิดเห็นทุกสัปดาห์", False),
])
def test_a_report_on_the_six_and_twelve_month_rounds_is_monitoring(steps, monitored):
    text = RESULTS + f"| ที่ | มาตรการ | ขั้นตอน | ผลการดำเนินงาน |\n|---|---|---|---|\n| 1 | รับเรื่องร้องเรียน | {steps} | รับ 3 เรื่อง |\n"
    assert ("monitoring" in stated(lint_text(text))[0]) is monitored


def test_a_note_typed_under_the_table_states_monitoring_for_every_activity():
    text = ("# แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "| ที่ | กิจกรรม | ผู้รับผิดชอบ | ต.ค. | พ.ย. |\n|---|---|---|---|---|\n"
            "| 1 | เผยแพร่ขั้นตอนการขออนุญาต | ฝ่ายอนุญาต | ■ | ■ |\n"
            "| 2 | ประกาศผลการพิจารณา | ฝ่ายอนุญาต | | ■ |\n| | | | | |\n"
            "| หมายเหตุ ช่องที่ระบายสีหมายถึงช่วงเวลา การติดตามผล : ฝ่ายบริหารติดตามความก้าวหน้าทุกกิจกรรมและรายงานป่าไม้จังหวัดทุกไตรมาส | | | | |\n")
    result = lint_text(text, pack_id="ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert all("monitoring" in s for s in stated(result))


def test_a_word_gantt_chart_of_shaded_cells_gives_the_period(tmp_path):
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from ita_lint.readers import read_document

    document = docx.Document()
    document.add_paragraph("แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569")
    table = document.add_table(rows=3, cols=5)
    for cell, text in zip(table.rows[0].cells, ["ที่", "กิจกรรม", "ผู้รับผิดชอบ", "ต.ค.", "พ.ย."]):
        cell.text = text
    for row, (n, title, shaded) in zip(table.rows[1:], [("1", "เผยแพร่ข้อมูล", True), ("2", "อบรมบุคลากร", False)]):
        row.cells[0].text, row.cells[1].text, row.cells[2].text = n, title, "กลุ่มอำนวยการ"
        if shaded:  # a bar over October, the empty cell filled with colour
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear")
            shd.set(qn("w:fill"), "9CC2E5")
            row.cells[3]._tc.get_or_add_tcPr().append(shd)
    path = tmp_path / "plan.docx"
    document.save(path)
    result = lint_text("", pack_id="ita-2570", document=read_document(path))
    assert [("period" in s) for s in stated(result)] == [True, False]


def test_an_activity_that_follows_up_the_plan_gives_monitoring_to_all():
    text = ("# แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569\n\n"
            "| ที่ | กิจกรรม | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|---|\n"
            "| 1 | เผยแพร่ข้อมูลสาธารณะ | กลุ่มอำนวยการ | ต.ค. 68 |\n"
            "| 2 | ติดตามและรายงานผลการดำเนินงานตามแผนปฏิบัติการ | กลุ่มพัฒนาองค์กร | มี.ค. – ก.ย. 69 |\n")
    assert all("monitoring" in s for s in stated(lint_text(text)))


def test_html_markup_lines_between_markdown_blocks_are_no_text():
    # a Notion export: each measure in a toggle; the closing tag is no output
    text = RESULTS + "".join(f"<details>\n<summary>มาตรการที่ {n} เผยแพร่ข้อมูล</summary>\n\n"
                             "- ผลลัพธ์: ประชาชนรับรู้ข้อมูล\n- ผลการดำเนินงาน:\n\n</details>\n\n" for n in (1, 2))
    assert stated(lint_text(text)) == [{"measure", "outcome"}] * 2


def test_quarter_ticks_drawn_as_pictures_give_the_period():
    html = ('<h1>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</h1>'
            '<table><tr><th>ที่</th><th>กิจกรรม</th><th>ผู้รับผิดชอบ</th><th>ไตรมาส 1</th><th>ไตรมาส 2</th></tr>'
            '<tr><td>1</td><td>เผยแพร่ขั้นตอน</td><td>ส่วนอำนวยการ</td><td><img src="tick.gif" alt=""></td><td></td></tr>'
            '<tr><td>2</td><td>อบรมเจ้าหน้าที่</td><td>ส่วนอำนวยการ</td><td></td><td></td></tr></table>')
    result = lint_text("", pack_id="ita-2570", document=read_html(html.encode()))
    assert [("period" in s) for s in stated(result)] == [True, False]


@pytest.mark.parametrize("steps,monitored", [
    ("จัดอบรม และสรุปผลรายงานสำนักงานศาลยุติธรรม", True),
    ("จัดอบรม และสรุปผลการอบรม", False),
])
def test_a_summary_put_to_the_agency_above_is_monitoring(steps, monitored):
    text = RESULTS + f"| ที่ | มาตรการ | ขั้นตอน | ผลการดำเนินงาน |\n|---|---|---|---|\n| 1 | อบรมเจ้าหน้าที่ | {steps} | อบรม 40 คน |\n"
    assert ("monitoring" in stated(lint_text(text))[0]) is monitored


def test_a_table_nested_in_each_measures_cell_states_its_columns():
    nested = ('<table><tr><td>ขั้นตอน</td><td>ช่วงเวลา</td><td>ผู้ดำเนินการ</td></tr>'
              '<tr><td>1. รวบรวมข้อมูล</td><td>{period}</td><td>{who}</td></tr></table>')
    html = ('<h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1>'
            '<table><tr><th>ที่</th><th>มาตรการ</th><th>รายละเอียดการดำเนินงาน</th><th>ผลการดำเนินงาน</th></tr>'
            f'<tr><td>1</td><td>เปิดเผยข้อมูล</td><td>{nested.format(period="ต.ค. 68", who="สำนักปลัด")}</td><td>ครบ 33 รายการ</td></tr>'
            f'<tr><td>2</td><td>ลดขั้นตอน</td><td>{nested.format(period="-", who="")}</td><td>86 ราย</td></tr></table>')
    result = lint_text("", document=read_html(html.encode()))
    assert stated(result) == [{"measure", "steps", "period", "responsible", "output"}, {"measure", "steps", "output"}]


def test_an_analysis_heading_of_last_year_under_the_title_keeps_the_titles_year():
    text = ("# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569\n\n"
            "## การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568\n\nข้อความ\n")
    assert lint_text(text).report.fiscal_year == 2569


@pytest.mark.parametrize("steps,monitored", [
    ("จัดเวทีประชาคม และสรุปความต้องการเสนอคณะกรรมการพัฒนาท้องถิ่น", False),  # what a hearing collects
    ("จัดเวทีประชาคม และสรุปผลเสนอคณะกรรมการบริหารทุกไตรมาส", True),
])
def test_needs_summed_up_for_a_plan_are_no_monitoring(steps, monitored):
    text = RESULTS + f"| ที่ | มาตรการ | ขั้นตอน | ผลการดำเนินงาน |\n|---|---|---|---|\n| 1 | ประชาคมหมู่บ้าน | {steps} | 11 หมู่บ้าน |\n"
    assert ("monitoring" in stated(lint_text(text))[0]) is monitored


_TABLE = "| ที่ | มาตรการ | ผลการดำเนินงาน |\n|---|---|---|\n| 1 | เปิดเผยข้อมูล | 33 รายการ |\n| 2 | ลดขั้นตอน | 86 ราย |\n"


@pytest.mark.parametrize("after,monitored", [
    ("หมายเหตุ ผลการดำเนินการรายไตรมาสรายงานกรมผ่านระบบติดตามผล (e-Report)", True),  # a note
    ("ผลการดำเนินการรายไตรมาสรายงานกรมผ่านระบบติดตามผล (e-Report)", True),  # right under the table
    ("หมายเหตุ มาตรการที่ 2 ติดตามผลทุกไตรมาส", None),  # names its measure: that one only
    ("หมายเหตุ ข้อมูล ณ วันที่ 30 กันยายน 2568", False),  # no cue
])
def test_a_general_note_under_the_table_states_monitoring_for_every_measure(after, monitored):
    result = lint_text(RESULTS + _TABLE + "\n" + after + "\n")
    states = ["monitoring" in s for s in stated(result)]
    assert states == ([False, True] if monitored is None else [monitored] * 2)


def test_a_note_row_across_the_table_is_no_group_and_states_monitoring():
    html = ('<h1>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</h1>'
            '<table><tr><th>ลำดับ</th><th>กิจกรรม</th><th>ผู้รับผิดชอบ</th></tr>'
            '<tr><td>1</td><td>เผยแพร่ขั้นตอน</td><td>ส่วนอำนวยการ</td></tr>'
            '<tr><td>2</td><td>อบรมเจ้าหน้าที่</td><td>ส่วนอำนวยการ</td></tr>'
            '<tr><td colspan="3">หมายเหตุ ฝ่ายบริหารทั่วไปติดตามความก้าวหน้าทุกเดือนและรายงานผู้อำนวยการ</td></tr></table>')
    result = lint_text("", pack_id="ita-2570", document=read_html(html.encode()))
    assert len(result.report.measures) == 2
    assert all("monitoring" in s for s in stated(result))


def test_thai_and_english_side_by_side_read_once_each_language_filling_the_other():
    head = "<tr><td>ภาษาไทย</td><td>English</td></tr>"
    html = ('<h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1>'
            f'<table>{head}'
            '<tr><td>มาตรการที่ ๑ เปิดเผยข้อมูลการรับนักศึกษา</td><td>Measure 1: Disclosure of admissions</td></tr>'
            '<tr><td>ผู้รับผิดชอบ: งานรับนักศึกษา</td><td>Responsible: Admissions Unit</td></tr>'
            '<tr><td>การติดตามผล:</td><td>Monitoring: reported to the College Board quarterly</td></tr>'
            '<tr><td>มาตรการที่ ๒ สื่อสารช่องทางร้องเรียน</td><td>Measure 2: Complaint channels</td></tr>'
            '<tr><td>ผู้รับผิดชอบ: สำนักงานคณบดี</td><td>Responsible: Office of the Dean</td></tr>'
            '<tr><td>การติดตามผล: -</td><td>Monitoring: -</td></tr></table>'
            '<p>หน้า / Page 1</p>'
            f'<table>{head}<tr><td>ผลลัพธ์: นักศึกษาต่างชาติรู้ช่องทางร้องเรียน ร้อยละ ๙๒ จากแบบสอบถาม</td>'
            '<td>Outcome: 92% of international students know the channels</td></tr></table>')
    result = lint_text("", document=read_html(html.encode()))
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "responsible", "monitoring"}, {"measure", "responsible", "outcome"}]


def test_a_score_opening_a_wrapped_line_is_no_measure_number():
    text = MEASURES + ("เทศบาลได้ผลการประเมิน ITA ปี 2569 จำนวน\n84.62 คะแนน อยู่ในระดับผ่าน จึงกำหนดมาตรการดังนี้\n\n"
                       "1. เผยแพร่ข้อมูล\nผู้รับผิดชอบ: สำนักปลัด\n")
    assert [m.number for m in lint_text(text).report.measures] == ["1"]
    assert Numbering(units=("คะแนน",)).leading("84.62 คะแนน อยู่ในระดับผ่าน") is None
    assert Numbering(units=("คะแนน",)).leading("1.2 จัดอบรม") == "1.2"


def test_stray_lines_in_a_scanned_header_and_its_repeat_on_the_next_page():
    # an OCR of a scanned header adds lines of noise to its cells; the header repeated on
    # the next page reads otherwise, but still names its measure column
    head = ("<tr><td>ลำ ย | ดับ</td><td>มาตรการ / กิจกรรม</td><td>aa 5 ๐ -<br>วิธีการดำเนินการ</td>"
            "<td>ผู้ รับผิด<br>| “<br>ชอบ</td><td>ระยะเวลา</td></tr>")
    again = ("<tr><td>ลา ย» | ดับ</td><td>มาตรการ / กิจกรรม</td><td>ae) 2a<br>วิธีการดำเนินการ</td>"
             "<td>ชอบ</td><td>ระยะเวลา</td></tr>")
    html = ('<h1>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</h1>'
            f'<table>{head}<tr><td>1</td><td>เผยแพร่ข้อมูล</td><td>1) ปรับปรุงเว็บไซต์</td><td>สำนักปลัด</td><td>ต.ค. 69</td></tr></table>'
            f'<p>- 1 -</p><table>{again}<tr><td>2</td><td>อบรมพนักงาน</td><td>1) อบรม 1 วัน</td><td>กองคลัง</td><td>มี.ค. 70</td></tr></table>')
    result = lint_text("", pack_id="ita-2570", document=read_html(html.encode()))
    assert [m.title for m in result.report.measures] == ["เผยแพร่ข้อมูล", "อบรมพนักงาน"]
    assert stated(result) == [{"measure", "steps", "responsible", "period"}] * 2


def test_bold_runs_side_by_side_are_one_bold_text_not_a_label():
    from ita_lint.readers.common import BOLD_END, BOLD_START, lead_in_label

    runs = "".join(BOLD_START + part + BOLD_END for part in ("ประจำปีงบประมาณ พ", ".", "ศ", ". 2570"))
    assert lead_in_label(runs) == "ประจำปีงบประมาณ พ.ศ. 2570"
    assert lead_in_label(BOLD_START + "ผู้รับผิดชอบ" + BOLD_END + " กองคลัง") == "ผู้รับผิดชอบ: กองคลัง"


def test_another_elements_label_in_a_column_cell_is_not_the_columns_value():
    # two status boxes ticked, then the outcome's own label: no output is reported
    text = RESULTS + ("| ที่ | มาตรการ | ผลการดำเนินงาน |\n|---|---|---|\n"
                      "| 1 | ตรวจสอบการใช้รถ | ☑ ดำเนินการแล้วเสร็จ<br>☑ อยู่ระหว่างดำเนินการ<br>Outcome: ค่าน้ำมันลดลงร้อยละ 8 |\n"
                      "| 2 | เผยแพร่ข้อมูล | ☑ ดำเนินการแล้วเสร็จ<br>☐ อยู่ระหว่างดำเนินการ<br>Outcome: - |\n")
    assert stated(lint_text(text)) == [{"measure", "outcome"}, {"measure", "output"}]


def test_a_site_menu_line_beside_a_heading_is_no_measure():
    # a web page printed to PDF: the sidebar's items share lines with the content
    text = RESULTS.replace("# ", "## O12 แผนการจัดซื้อจัดจ้าง ") + (
        "มาตรการส่งเสริมคุณธรรม\n\nตามที่เทศบาลได้ประกาศมาตรการ จึงขอรายงานผลการดำเนินการ ดังนี้\n\n"
        "| ที่ | มาตรการ | ผลการดำเนินงาน |\n|---|---|---|\n| 1 | เผยแพร่ข้อมูล | 33 รายการ |\n")
    assert [m.title for m in lint_text(text).report.measures] == ["เผยแพร่ข้อมูล"]


def test_results_in_a_table_of_their_own_go_to_the_measures_by_number():
    text = RESULTS + ("| ข้อ | มาตรการ | ผู้รับผิดชอบ |\n|---|---|---|\n| 1 | เผยแพร่ข้อมูล | กองคลัง |\n"
                      "| 2 | ลดขั้นตอน | สำนักปลัด |\n| 3 | อบรมพนักงาน | กองช่าง |\n\n"
                      "ส่วนที่ ๒ ผลการดำเนินการ\n\n"
                      "| ข้อ | ผลการดำเนินการ (Output) | ผลลัพธ์ (Outcome) |\n|---|---|---|\n"
                      "| 1 | 33 รายการ | ประชาชนเข้าถึงข้อมูล |\n| 3 | อบรม 40 คน | - |\n| 7 | ไม่มีมาตรการนี้ | - |\n")
    result = lint_text(text)
    assert stated(result) == [{"measure", "responsible", "output", "outcome"}, {"measure", "responsible"},
                              {"measure", "responsible", "output"}]
    assert "table-unread" in codes(result)  # the row numbered 7 is said, not dropped


def test_a_sheet_with_its_title_rows_and_a_parent_row_over_the_months():
    # LibreOffice Calc's "Export as HTML": the title typed across the sheet's first rows,
    # "พ.ศ. 2569 | พ.ศ. 2570" over the month columns, the other cells of that row blank
    months = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค."]
    html = ('<table><tr><td colspan="7">แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</td></tr>'
            '<tr><td colspan="7">สำนักงานพัฒนาชุมชนอำเภอโพนทรายทอง</td></tr>'
            '<tr><td></td><td></td><td></td><td colspan="3">พ.ศ. 2569</td><td>พ.ศ. 2570</td></tr>'
            '<tr><td>ที่</td><td>กิจกรรม</td><td>ผู้รับผิดชอบ</td>' + "".join(f"<td>{m}</td>" for m in months) + '</tr>'
            '<tr><td>1</td><td>ประชุมชี้แจง</td><td>ฝ่ายอำนวยการ</td><td>/</td><td></td><td></td><td></td></tr>'
            '<tr><td>2</td><td>รณรงค์ No Gift Policy</td><td>ฝ่ายอำนวยการ</td><td></td><td></td><td></td><td></td></tr></table>')
    result = lint_text("", pack_id="ita-2570", document=read_html(html.encode()))
    assert result.report.kind == "plan"
    assert stated(result) == [{"measure", "responsible", "period"}, {"measure", "responsible"}]


def test_an_aligned_header_over_three_lines_above_the_first_numbered_row():
    # `pdftotext -layout`: "ลำดับ" and "ผู้รับผิดชอบ" cut over lines, "ขั้นตอน" cut at its mark
    text = MEASURES + (
        "ลำดั     มาตรการ              ขัน\n"
        "                                ้ ตอนการดำเนิ นการ     ผู้รับผิด    ระยะเวลา     การติดตามและ\n"
        "    บ                                                 ชอบ                       รายงานผล\n"
        "1        เปิดเผยข้อมูลการ        1. ทบทวนคู่มือ           ฝ่ายทะเบียน   ต.ค. 69 –    รายงานผลต่อปลัด\n"
        "         ให้บริการ               2. ติดประกาศ                          ธ.ค. 69      จังหวัดทุกไตรมาส\n"
        "2        ป้องกันการเรียกรับ       1. ตรวจสอบคำขอ          ฝ่ายปกครอง    ต.ค. 69 –    -\n"
        "         ผลประโยชน์                                                    ก.ย. 70\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "monitoring"},
                              {"measure", "steps", "responsible", "period"}]


def test_a_table_copied_from_a_pdf_viewer_with_its_header_wrapped_over_lines():
    # every cell's lines on lines of their own; "ลำดับ" and "หน่วยงานรับผิดชอบ" cut; a figure
    # opening a cell's line ("30 วัน…") is no row
    text = RESULTS + ("ลำดั\nบ\nมาตรการ/กิจกรรม ขั้นตอน/วิธีการ หน่วยงานรับ\nผิดชอบ\n"
                      "ระยะเวลา ผลการดำเนินการ ผลลัพธ์ การติดตามผล\n"
                      "1 ประชุมชี้แจงประมวล\nจริยธรรม\n1) จัดทำเอกสาร\n2) ประชุมชี้แจง\nสำนักปลัด\n"
                      "2 จัดทำแผนการจัดซื้อ\nภายใน\n30 วันหลังได้รับงบ\n1) รวบรวมโครงการ\nกองคลัง\n"
                      "3 ปรับปรุงระบบรับเรื่อง\n1) เปิดช่องทาง LINE\nสำนักปลัด\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert "table-flattened" in codes(result)  # read approximately, said out loud


def test_rows_framed_by_bars_without_a_separator_line():
    # antiword's text of a Word 97 table: "|…|" rows padded to the column, no "|---|" line;
    # a cell too long goes on in the next row with the number cell empty
    text = ("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐\n\n"
            "|ที่  |กิจกรรม                      |ระยะเวลา        |ผู้รับผิดชอบ   |\n"
            "|๑   |จัดทำประกาศเจตนารมณ์           |ต.ค. 69         |สำนักปลัด     |\n"
            "|    |                              |                |(งานนิติการ)   |\n"
            "|๒   |เผยแพร่แผนการจัดซื้อจัดจ้าง      |-               |กองคลัง       |\n")
    result = lint_text(text, pack_id="ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "period", "responsible"}, {"measure", "responsible"}]


def test_last_years_results_above_this_years_measures_are_said_not_counted():
    text = ("# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "## ส่วนที่ 1 สรุปผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ พ.ศ. 2569\n\n"
            "| มาตรการ (ปี 2569) | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|\n| 1. เผยแพร่ราคายาง | 240 วัน | - |\n\n"
            "## ส่วนที่ 2 มาตรการ ปี 2570\n\n"
            "| มาตรการ | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|\n| 1. เปิดเผยหลักเกณฑ์ | ฝ่ายบริหาร | ต.ค. 69 |\n"
            "| 2. ป้องกันการเรียกรับ | ฝ่ายตรวจ | ตลอดปี |\n")
    result = lint_text(text, pack_id="ita-2570")
    assert [m.title for m in result.report.measures] == ["เปิดเผยหลักเกณฑ์", "ป้องกันการเรียกรับ"]
    assert "table-other-part" in codes(result)


def test_obsidian_inline_fields_and_task_dates():
    # Dataview's "key:: value" (a "-" value says nothing); Tasks' "📅 2026-10-31" is a deadline
    text = MEASURES + ("### มาตรการที่ 1 ป้องกันผลประโยชน์ทับซ้อน\n\n- ผู้รับผิดชอบ:: [[งานเทคโนโลยีสารสนเทศ]]\n"
                       "- การติดตามผล:: -\n\n**ขั้นตอน**\n\n- [ ] แต่งตั้งกรรมการ 📅 2026-12-20\n")
    assert stated(lint_text(text, pack_id="ita-2570")) == [{"measure", "responsible", "steps", "period"}]



def test_measures_as_prose_with_a_blank_line_between_all_lines():
    # `pdftotext -layout` of a Word page: every line its own paragraph; a value and a title
    # wrapped onto a line of their own; the steps label repeated on each page beside a
    # running header is a label, not page furniture
    measure = ("    มาตรการที่ {n} เปิดเผยข้อมูลค่าธรรมเนียมเข้าชม การจองค่าย\n\nวิทยาศาสตร์ และรายได้\n\n"
               "            วิธีการดำเนินการ :\n\n                 ๑) ทบทวนประกาศอัตรา\n\n"
               "            การติดตามและรายงานผล : ผู้อำนวยการศูนย์ตรวจสอบ\n\n"
               "รายงานรายเดือน และรายงานกรมทุก ๖ เดือน\n\n"
               "            ตัวชี้วัดความสำเร็จ : ผู้รับบริการตรวจสอบได้ครบ ๑๒ เดือน\n\n")
    page = "\n\n                                  - {n} -\n\f    มาตรการส่งเสริมคุณธรรมฯ ปี ๒๕๗๐ ศูนย์วิทยาศาสตร์\n\n"
    text = MEASURES + "".join(measure.format(n=n) + page.format(n=n) for n in (1, 2, 3))
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert "วิทยาศาสตร์ และ" in result.report.measures[0].title  # (shortened for messages)
    assert "ทุก ๖ เดือน" in result.report.measures[0].elements["monitoring"].text
    assert stated(result) == [{"measure", "steps", "monitoring", "outcome"}] * 3


def test_a_titles_second_line_names_the_year():
    text = ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n\n"
            "ของท่าอากาศยานลำภูทอง ประจำปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568 - 30 กันยายน 2569)\n\n"
            "ท่าอากาศยานได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ 2568 และกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส "
            "ในสามประเด็น รวมห้ามาตรการ ผลการดำเนินการเป็นดังตารางต่อไปนี้\n")
    report = lint_text(text).report
    assert (report.fiscal_year, report.fiscal_year_source) == (2569, "title")


def test_myst_list_table_and_directives_holding_markdown():
    text = MEASURES + (
        "```{admonition} หมายเหตุ\n:class: note\n\nข้อความในกรอบ\n```\n\n"
        "```{list-table} มาตรการ ปี 2569\n:header-rows: 1\n:widths: 5 30 20\n\n"
        "* - ที่\n  - มาตรการ\n  - วิธีการดำเนินการ\n  - ผู้รับผิดชอบ\n"
        "* - 1\n  - ยกระดับการเปิดเผยข้อมูล\n  - 1. รวบรวมประกาศ\n    2. เผยแพร่ผ่านเว็บไซต์\n  - กองคลัง\n"
        "* - 2\n  - ป้องกันการขัดกันแห่งผลประโยชน์\n  - -\n  - สถาบันวิจัย\n```\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["ยกระดับการเปิดเผยข้อมูล", "ป้องกันการขัดกันแห่งผลประโยชน์"]
    assert "เผยแพร่ผ่านเว็บไซต์" in result.report.measures[0].elements["steps"].text
    assert stated(result) == [{"measure", "steps", "responsible"}, {"measure", "responsible"}]
    assert not any("ข้อความในกรอบ" in t for m in result.report.measures for _, t, _ in m.texts)


def test_a_numbered_heading_wrapped_onto_a_heading_line_of_its_own():
    # a slide's title band: "มาตรการที่ 2 … ประกาศล่วง" / "หน้า", each line a heading
    text = MEASURES + "".join(
        f"## มาตรการที่ {n} ลดดุลยพินิจในการพิจารณาอุทธรณ์ด้วยเกณฑ์ที่ประกาศล่วง\n\n## หน้า\n\n"
        f"- แนวทางการดำเนินการ: ประชุมคณะทำงานทุกเดือน\n- ระยะเวลา: พ.ย. 2569\n\n" for n in (1, 2))
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert all(m.title.startswith("ลดดุลยพินิจ") for m in result.report.measures)


def test_a_short_word_pushed_over_a_columns_edge_by_thai_marks_stays_in_its_cell():
    # `pdftotext -layout` counts each Thai mark as a character: "ชี้แจงเจ้าหน้าที่ 74" ends
    # past the output column's edge, its "74" under the outcome's "-"
    text = RESULTS + (
        "ที่    มาตรการ              ผลการดำเนินงาน         ผลลัพธ์\n"
        "1     กำหนดแนวปฏิบัติ       ประกาศแนวปฏิบัติ 1 ฉบับ   -\n"
        "      การใช้รถ              ชี้แจงเจ้าหน้าที่ทุกคน 74\n"
        "2     ตรวจสอบพัสดุ          ตรวจนับครบ 1,902 รายการ  ไม่พบพัสดุสูญหาย\n")
    assert stated(lint_text(text)) == [{"measure", "output"}, {"measure", "output", "outcome"}]


def test_a_report_quoted_in_a_chat_export_is_read_as_a_document():
    # LINE's "Save chat": "HH:MM<TAB>name<TAB>message", the report one quoted message
    # numbered with keycaps; a later message names measure 2's unit by its number
    report = "\n".join(
        ["รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569", ""]
        + [line for n in (1, 2) for line in (
            f"{n}\ufe0f\u20e3 มาตรการที่ทดสอบ {n}",
            "   🔹 วิธีการ: รวบรวมข่าว ➡️ โพสต์เว็บไซต์",
            *(["   👤 ผู้รับผิดชอบ: สำนักปลัด"] if n == 1 else []),
            "   🗓 ระยะเวลา: ต.ค.68 - ก.ย.69", "   ✅ ผลการดำเนินงาน: โพสต์ข่าว 156 เรื่อง", "")])
    text = ("[LINE] ประวัติการแชท\n\n2026/10/08(พฤ.)\n08:31\tสุภาวดี\tอรุณสวัสดิ์ค่ะ\n"
            f'10:12\tธนากร\t"{report}"\n10:21\tธนากร\tรับทราบครับ ข้อ 2 ผู้รับผิดชอบ: กองช่าง\n')
    from ita_lint.thai import normalize

    result = lint_text(normalize(text))  # as the reader gets it: keycaps are numbers
    assert result.report.kind == "results" and result.report.fiscal_year == 2569
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "output"}] * 2


def _read_text(text: str, name: str = "<test>.txt"):
    from ita_lint.readers import ReadOptions
    from ita_lint.readers.text import read

    return read(name, text.encode("utf-8"), "text", ReadOptions())


def test_a_sheet_saved_as_csv_reads_as_the_same_sheet_saved_with_tabs():
    # Google Sheets' "Download as CSV" renamed .txt: every record padded to the sheet's
    # width, a cell with line breaks quoted over several lines, a signer's row at the end
    rows = [["ลำดับ", "มาตรการ/กิจกรรม", "ขั้นตอนการดำเนินงาน", "ผู้รับผิดชอบ", "ผลลัพธ์ (Outcome)"],
            ["1", "เปิดเผยข้อมูล", '"1. ประกาศ\n2. เผยแพร่ ""รายชื่อ"""', "กลุ่มยุทธศาสตร์", "ชุมชนตรวจสอบได้"],
            ["2", "ลดขั้นตอน", "-", "กลุ่มกำกับ", '"ลดลงจาก 15 วัน,\nเหลือ 6 วัน"'],
            ["3", "ไม่รับของขวัญ", "ประกาศนโยบาย", "", "ไม่พบการรับของขวัญ"]]
    title = "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569,,,,"
    csv_text = "\r\n".join([title, ",,,,"] + [",".join(r) for r in rows] + [",,,,", ",,ผู้รายงาน,นายชาญวิทย์ ศรีบุญเรือง,พลังงานจังหวัด"])
    document = _read_text(csv_text)
    result = lint_text("", document=document)
    assert result.report.kind == "results" and result.report.fiscal_year == 2569
    assert [m.title for m in result.report.measures] == ["เปิดเผยข้อมูล", "ลดขั้นตอน", "ไม่รับของขวัญ"]
    assert stated(result) == [{"measure", "steps", "responsible", "outcome"}, {"measure", "responsible", "outcome"},
                              {"measure", "steps", "outcome"}]
    assert 'เผยแพร่ "รายชื่อ"' in result.report.measures[0].elements["steps"].text
    assert [m.location.line for m in result.report.measures] == [4, 6, 8]  # the file's own lines
    assert not codes(result) & {"table-unread"}  # the signer's row is no measure


@pytest.mark.parametrize("text", [
    "เรียน ผู้อำนวยการ, รองผู้อำนวยการ, และหัวหน้ากลุ่ม\nขอรายงานผล, ดังนี้\n",  # prose with commas
    "ก,ข,ค\nง\nจ\nฉ\n",  # too few rows of one width
    "a\tb,c,d\n1\t2,3,4\n5\t6,7,8\n9\t1,2,3\n",  # tabs: a tab-separated sheet already
])
def test_text_that_is_no_csv_sheet_is_left_as_it_is(text):
    from ita_lint.readers.delimited import as_tab_separated

    assert as_tab_separated(text) is None


def test_a_plans_output_and_indicator_header_heads_the_indicator_it_expects():
    # a plan cannot yet say what was done: "ผลผลิต/ตัวชี้วัด" is the outcome it expects;
    # in a results report the same header is what was done
    table = ("| ที่ | กิจกรรม | ผู้รับผิดชอบ | ผลผลิต/ตัวชี้วัด |\n|---|---|---|---|\n"
             "| 1 | เผยแพร่ประกาศจัดซื้อ | งานพัสดุ | ประกาศครบร้อยละ 100 |\n")
    plan = lint_text("# แผนปฏิบัติการขับเคลื่อนคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n" + table)
    assert plan.report.kind == "plan" and stated(plan) == [{"measure", "responsible", "outcome"}]
    results = lint_text(RESULTS + table)
    assert stated(results) == [{"measure", "responsible", "output"}]


def test_a_table_read_column_by_column_without_layout_is_said_and_not_read():
    # `pdftotext` in its default mode: the column names one a line, the first row's number
    # among them, then the cells' lines in an order no row can be rebuilt from
    text = ("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\nที่\n1\n\nกิจกรรม\n\n"
            "วิธีการ\n\nผู้รับผิด\nชอบ\n\nเผยแพร่ข้อมูลพยากรณ์\n\n1) ส่งข้อมูลผ่าน LINE\n\nทุกวัน\n\n"
            "ไตร\n\nมาส\n\n1\n\n2\n\n✓\n\nการติดตามและ\n\nรายงานศูนย์\n\n2) ตรวจนับวัสดุ\n")
    result = lint_text(text)
    assert "table-scrambled" in codes(result)
    assert result.report.measures == []  # no measure made of column names and stray cells


def test_a_label_above_a_groups_table_states_it_for_each_of_its_measures():
    # "หน่วยงานผู้รับผิดชอบ : …" under each group's heading, over that group's table only
    def group(n, unit, rows):
        return (f"## ด้านที่ {n}\n\n" + (f"หน่วยงานผู้รับผิดชอบ : {unit}\n\n" if unit else "")
                + "| ที่ | มาตรการ | ผลการดำเนินการ |\n|---|---|---|\n"
                + "".join(f"| {k} | {t} | ดำเนินการแล้ว |\n" for k, t in rows) + "\n")
    text = RESULTS + group(1, "กองคลัง", [(1, "เปิดเผยข้อมูล"), (2, "ลดขั้นตอน")]) + group(2, "", [(3, "ไม่รับของขวัญ")])
    result = lint_text(text)
    assert [m.elements["responsible"].text if m.has("responsible") else None for m in result.report.measures] == \
        ["กองคลัง", "กองคลัง", None]


def test_a_closing_sentence_about_every_measure_is_no_part_of_the_last_one():
    # a page's post: the last measure's outcome is still pending, then a line on how all
    # of them are followed up
    text = RESULTS + (
        "1️⃣ มาตรการที่ 1 เปิดเผยข้อมูล\n✅ ผลการดำเนินงาน: ติดประกาศครบ 12 เดือน\n🎯 ผลลัพธ์: ประชาชนตรวจสอบได้\n"
        "2️⃣ มาตรการที่ 2 อบรมบุคลากร\n✅ ผลการดำเนินงาน: อบรม 1 ครั้ง\n🎯 ผลลัพธ์: อยู่ระหว่างดำเนินการ (รอสรุปผลแบบทดสอบ)\n"
        "📊 ทั้งนี้ ได้ติดตามความก้าวหน้าของทุกมาตรการในการประชุมประจำเดือน และรายงานผลต่ออำเภอทุกไตรมาส\n")
    from ita_lint.thai import normalize

    result = lint_text(normalize(text))
    assert stated(result) == [{"measure", "monitoring", "output", "outcome"}, {"measure", "monitoring", "output"}]


def test_a_status_list_cut_by_a_page_break_is_one_list():
    # "☐ … ☑ อยู่ระหว่าง…" on one page, "☑ ดำเนินการแล้วเสร็จ" on the next: two ticks, no status
    text = RESULTS + (
        "| ที่ | มาตรการ | สถานะ | ผลลัพธ์ |\n|---|---|---|---|\n"
        "| 1 | เปิดเผยข้อมูล | ☐ ไม่สามารถดำเนินการได้<br>☑ อยู่ระหว่างการดำเนินการ | ประชาชนตรวจสอบได้ |\n"
        "|  |  | ☑ ดำเนินการแล้วเสร็จ |  |\n"
        "| 2 | ลดขั้นตอน | ☐ ไม่สามารถดำเนินการได้<br>☐ อยู่ระหว่างการดำเนินการ<br>☑ ดำเนินการแล้วเสร็จ | ลดเวลารอ |\n")
    assert stated(lint_text(text)) == [{"measure", "outcome"}, {"measure", "output", "outcome"}]


def test_a_mermaid_gantt_gives_each_numbered_activity_its_period():
    text = ("# แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐\n\n"
            "| ที่ | กิจกรรม | ผู้รับผิดชอบ |\n|---|---|---|\n| 1 | ปรับปรุงเว็บไซต์ | สำนักปลัด |\n"
            "| 2 | อบรมบุคลากร | กองคลัง |\n\n```mermaid\ngantt\n    title แผนปี 2570\n    dateFormat YYYY-MM-DD\n"
            "    section กิจกรรมที่ 1\n    ปรับปรุงเว็บไซต์ :a1, 2026-10-01, 2027-03-31\n"
            "    section กิจกรรมที่ 2\n    อบรมบุคลากร :a2, after a1, 30d\n```\n")
    result = lint_text(text)
    assert stated(result) == [{"measure", "responsible", "period"}, {"measure", "responsible", "period"}]


def test_measures_side_by_side_as_cards_are_said_and_not_guessed():
    # an infographic's cards: a row of badges, each card's lines run across the row
    text = MEASURES + (
        "| มาตรการที่ 1 | มาตรการที่ 2 | มาตรการที่ 3 |\n|---|---|---|\n"
        "| เปิดเผยข้อมูล | ไม่รับของขวัญ | ลดดุลยพินิจ |\n"
        "| วิธีการ ปฏิทินผู้รับผิดชอบ ฝ่ายบริหาร | วิธีการ ประกาศผู้รับผิดชอบ คลังจังหวัด | วิธีการ checklist |\n")
    result = lint_text(text)
    assert result.report.measures == [] and "table-cards" in codes(result)


def test_a_group_heading_alone_between_blank_lines_stays_inside_an_aligned_table():
    # `pdftotext -layout`: header, blank, "ประเด็นที่ 1 …" at the table's left edge, blank, rows
    text = (RESULTS.lstrip("# ") +
            "ที่   มาตรการ           ผู้รับผิดชอบ     ผลการดำเนินงาน        ผลลัพธ์\n\n"
            "ประเด็นที่ 1 การเปิดเผยข้อมูล\n\n"
            "1     ปรับปรุงเว็บไซต์     สำนักปลัด        ปรับปรุงครบ 33 ข้อ     ประชาชนเข้าถึงได้\n"
            "2     เผยแพร่งบการเงิน     กองคลัง          ปิดประกาศแล้ว          ประชาชนตรวจสอบได้\n\n"
            "                                 หน้า 1\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["ปรับปรุงเว็บไซต์", "เผยแพร่งบการเงิน"]
    assert stated(result) == [{"measure", "responsible", "output", "outcome"}] * 2


def test_merged_cells_a_converter_wrote_out_in_every_row_are_one_measure():
    # Docling: the measure's number, title and outcome copied into each activity row
    text = RESULTS + (
        "| ที่ | มาตรการ | กิจกรรม | ผลการดำเนินงาน | ผลลัพธ์ |\n|---|---|---|---|---|\n"
        "| ด้านที่ 1 ความโปร่งใส | ด้านที่ 1 ความโปร่งใส | ด้านที่ 1 ความโปร่งใส | ด้านที่ 1 ความโปร่งใส | ด้านที่ 1 ความโปร่งใส |\n"
        "| 1 | เปิดเผยข้อมูล | 1.1 ประกาศแผน | ประกาศ 1 ฉบับ | ตรวจสอบได้ |\n"
        "| 1 | เปิดเผยข้อมูล | 1.2 สรุปผลรายเดือน | ครบ 12 เดือน | ตรวจสอบได้ |\n"
        "| 2 | ไม่รับของขวัญ | 2.1 ติดป้าย | ติดป้าย 11 จุด | - |\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["เปิดเผยข้อมูล", "ไม่รับของขวัญ"]
    assert stated(result) == [{"measure", "steps", "output", "outcome"}, {"measure", "steps", "output"}]


def test_a_measure_cell_cut_by_a_page_break_keeps_what_its_rest_says():
    # "- รายงานผล…ต่อ" / (page break) / "คณบดีทุกไตรมาส": the rest of the cell states monitoring
    text = RESULTS + (
        "| ที่ | มาตรการ/กิจกรรม | ผลการดำเนินงาน |\n|---|---|---|\n"
        "| 1 | จัดการเรื่องร้องเรียน<br>แนวทางดำเนินการ<br>- รับเรื่องทางอีเมล<br>- รายงานผลการจัดการเรื่องร้องเรียนต่อ | รับ 12 เรื่อง |\n"
        "|  | คณบดีทุกไตรมาส |  |\n")
    assert stated(lint_text(text)) == [{"measure", "steps", "monitoring", "output"}]


def test_a_sheet_written_out_by_pandas_reads_as_the_sheet():
    # markitdown turns an XLSX into Markdown with pandas: nameless columns, "NaN", "1.0"
    text = ("## แผน ITA\n\n"
            "| แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570 | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 |\n"
            "| --- | --- | --- | --- |\n| NaN | NaN | NaN | NaN |\n"
            "| ลำดับ | กิจกรรม | ผู้รับผิดชอบ | ตัวชี้วัดความสำเร็จ |\n"
            "| 1.0 | เผยแพร่ข้อมูลสาธารณะ | งานประชาสัมพันธ์ | เผยแพร่ครบทุกข้อ |\n"
            "| 2.0 | ประกาศ No Gift Policy | NaN | บุคลากรรับทราบ |\n")
    result = lint_text(text)
    assert result.report.kind == "plan" and result.report.fiscal_year == 2570
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "responsible", "outcome"}, {"measure", "outcome"}]


def test_a_group_row_naming_the_unit_states_it_for_the_measures_under_it():
    text = RESULTS + (
        "<table><tr><th>ที่</th><th>มาตรการ</th><th>ผลการดำเนินงาน</th></tr>"
        "<tr><td colspan='3'>หน่วยงานผู้รับผิดชอบ : กองช่าง</td></tr>"
        "<tr><td>1</td><td>ลดขั้นตอนการอนุญาต</td><td>ดำเนินการแล้ว</td></tr>"
        "<tr><td colspan='3'>หน่วยงานผู้รับผิดชอบ : (ระบุ)</td></tr>"
        "<tr><td>2</td><td>โรงเรียนสุจริต</td><td>ดำเนินการแล้ว</td></tr></table>\n")
    result = lint_text(text)
    assert stated(result) == [{"measure", "responsible", "output"}, {"measure", "output"}]


def test_a_thai_mark_left_alone_by_the_extractor_does_not_fill_a_cell():
    text = RESULTS + "| ที่ | มาตรการ | ผลลัพธ์ |\n|---|---|---|\n| 1 | อบรมบุคลากร | ...... ้ |\n"
    assert stated(lint_text(text)) == [{"measure"}]


def test_a_definition_list_gives_labels_and_their_values():
    # MkDocs / PHP Markdown Extra: "term" over ":   definition"
    text = MEASURES + ("### มาตรการที่ 1 เปิดเผยชุดข้อมูลการจัดซื้อจัดจ้าง\n\nขั้นตอนการดำเนินการ\n"
                       ":   1) จัดทำชุดข้อมูล\n    2) เผยแพร่ทุกเดือน\n\nผู้รับผิดชอบ\n:   ฝ่ายบริหารทั่วไป\n\n"
                       "การติดตามและรายงานผล\n:   รายงานคณะกรรมการรายไตรมาส\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1"]
    assert stated(result) == [{"measure", "steps", "responsible", "monitoring"}]


def test_a_page_saved_from_a_web_form_reads_what_was_filled_in():
    page = ("<html><body><h1>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>"
            "<div><label for='fy'>ปีงบประมาณ พ.ศ.</label><select id='fy'><option value='2568'>2568</option>"
            "<option value='2569' selected>2569</option></select></div><input type='hidden' value='token'>"
            "<fieldset><legend>มาตรการที่ 1</legend>"
            "<label for='t'>ชื่อมาตรการ/กิจกรรม</label><input type='text' id='t' value='เปิดเผยข้อมูลสัญญาเช่า'>"
            "<label for='u'>หน่วยงานผู้รับผิดชอบ</label><select id='u'><option value='' selected>-- เลือกหน่วยงาน --</option>"
            "<option value='1'>แผนกพัสดุ</option></select>"
            "<label>สถานะการดำเนินการ</label><div><input type='radio' name='s' id='s1'><label for='s1'>อยู่ระหว่างดำเนินการ</label>"
            "<input type='radio' name='s' id='s2' checked><label for='s2'>ดำเนินการแล้วเสร็จ</label></div>"
            "<label for='o'>ผลการดำเนินการ (Output)</label><textarea id='o'>เผยแพร่สัญญา 37 ฉบับ</textarea>"
            "<label for='c'>ผลลัพธ์ (Outcome)</label><textarea id='c'>ผู้ประกอบการเข้าถึงข้อมูลได้</textarea>"
            "</fieldset></body></html>").encode()
    document = read_html(page)
    result = lint_text("", document=document)
    assert result.report.kind == "results" and result.report.fiscal_year == 2569
    assert stated(result) == [{"measure", "output", "outcome"}]  # the unit left on its placeholder: none


def test_a_header_wrapped_onto_short_lines_over_a_blank_line_is_all_header():
    # `pdftotext -layout`: "ลำดั" / "บ", "การติดตามประเมิน" / "ผล", then a blank line, then row 1
    text = (RESULTS.lstrip("# ") +
            "ลำดั     โครงการ/กิจกรรม       ผู้รับผิดชอบ       การติดตามประเมิน\n"
            " บ                                              ผล\n\n"
            " 1      ประกาศนโยบายคุณธรรม    งานบริหารทั่วไป     รายงานผลต่อ สสจ.\n\n"
            " 2      เผยแพร่ข้อมูลจัดซื้อ      กลุ่มงานเภสัชกรรม    รายงานทุกเดือน\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]


def test_the_rest_of_a_cut_row_over_a_row_with_its_first_cell_alone_stays_in_the_table():
    # generated: a page break cuts row 1's period ("ไตรมาส" / "๑ – ๔"); the next part has no
    # header, and measure 2 has no period (its row ends with the empty cell's tab)
    text = ("แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
            "แนวทางปรับปรุง\tห้วงเวลา\nมาตรการที่ ๑ เผยแพร่แผนการใช้จ่ายงบประมาณ\tไตรมาส\n\n- ๒ -\n\n"
            "\t ๑ – ๔\nมาตรการที่ ๒ พัฒนาช่องทางรับเรื่องร้องเรียน\t\n"
            "มาตรการที่ ๓ ส่งเสริมการมีส่วนร่วม\tต.ค. ๖๘ – ก.ย. ๖๙\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "period"}, {"measure"}, {"measure", "period"}]


def test_a_tables_last_row_alone_on_its_page_stays_in_the_table():
    # generated: the table breaks before its last row, which stands alone under the running
    # header; one line of two tab-separated parts is that row, not a label set with a tab stop
    page_two = "- ๒ -\nองค์การบริหารส่วนตำบลหนองบัวแดง | รายงานประจำปีงบประมาณ ๒๕๖๘\n\n"
    text = ("องค์การบริหารส่วนตำบลหนองบัวแดง | รายงานประจำปีงบประมาณ ๒๕๖๘\n\n"
            "แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
            "แนวทางปรับปรุง\tห้วงเวลา\nมาตรการที่ ๑ เผยแพร่แผนการใช้จ่ายงบประมาณ\tธ.ค. ๒๕๖๘\n"
            "มาตรการที่ ๒ ป้องกันผลประโยชน์ทับซ้อน\t\n\n" + page_two +
            "มาตรการที่ ๓ จัดทำคู่มือการปฏิบัติงาน\tไตรมาส ๑ – ๔\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "period"}, {"measure"}, {"measure", "period"}]
    # a label set with a tab stop there is still a label, no row
    labelled = lint_text(text.replace("มาตรการที่ ๓ จัดทำคู่มือการปฏิบัติงาน\tไตรมาส ๑ – ๔",
                                      "ผู้รับผิดชอบ\tสำนักปลัด"))
    assert [m.number for m in labelled.report.measures] == ["1", "2"]


FRONT_MATTER_PLAN = """---
title: แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570
agency: องค์การบริหารส่วนตำบลหนองน้ำใส
columns:
- key: activity
  label: กิจกรรม
- key: owner
  label: ผู้รับผิดชอบ
- key: when
  label: ระยะเวลา
rows:
- activity: เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง
  owner: กองคลัง
  when: ต.ค. 2569 - ก.ย. 2570
- activity: อบรมป้องกันผลประโยชน์ทับซ้อน
  owner:
  - สำนักปลัด
  - กองการศึกษา
  when: ธ.ค. 2569
---

องค์การบริหารส่วนตำบลหนองน้ำใสจัดทำแผน ดังนี้

{{< plan-table data="rows" columns="columns" >}}

ประกาศ ณ วันที่ 10 พฤศจิกายน 2569
"""


def test_a_table_kept_as_data_in_the_front_matter_is_read_where_its_shortcode_draws_it():
    # Hugo: the records live in the front matter, a shortcode draws them; a list of
    # key/label pairs names the columns
    blocks = parse(FRONT_MATTER_PLAN)
    assert [b.type for b in blocks] == ["heading", "paragraph", "table", "paragraph"]
    table = blocks[2]
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["กิจกรรม", "ผู้รับผิดชอบ", "ระยะเวลา"],
        ["เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", "กองคลัง", "ต.ค. 2569 - ก.ย. 2570"],
        ["อบรมป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด\nกองการศึกษา", "ธ.ค. 2569"]]
    assert [r.location.line for r in table.rows] == [11, 12, 15]
    result = lint_text(FRONT_MATTER_PLAN)
    assert result.report.kind == "plan" and len(result.report.measures) == 2
    assert stated(result) == [{"measure", "responsible", "period"}] * 2


def test_front_matter_records_without_labels_are_headed_by_their_keys_and_never_blow_up():
    text = FRONT_MATTER_PLAN.split("rows:")[0].split("columns:")[0] + "rows:" + FRONT_MATTER_PLAN.split("rows:")[1]
    table = next(b for b in parse(text) if b.type == "table")
    assert [c.text for c in table.rows[0].cells] == ["activity", "owner", "when"]
    # aliases make a few lines a list of 9^6 values: a cell stays bounded
    bomb = ("---\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + "".join(f"{x}: &{x} [{', '.join([f'*{p}'] * 9)}]\n" for p, x in zip("abcde", "bcdef"))
            + "rows:\n- {x: *f, y: 1}\n- {x: *f, y: 2}\n---\nbody\n")
    table = next(b for b in parse(bomb) if b.type == "table")
    assert len(table.rows) == 3 and len(table.rows[1].cells[0].text) <= 20_000


def test_a_pipe_tables_delimiter_row_may_have_one_hyphen_a_cell():
    # GFM: ":-:" centres a column; the delimiter row is no row of the table
    text = (RESULTS + "| # | มาตรการ | ผลการดำเนินงาน | ผลลัพธ์ |\n|:-:|---|-|:-|\n"
            "| 1 | เปิดเผยข้อมูล | ประกาศ 12 ครั้ง | ประชาชนเข้าถึงข้อมูล |\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1"]
    assert stated(result) == [{"measure", "output", "outcome"}]


@pytest.mark.parametrize("title", ["แผนปฏิบัติการเพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA)",
                                   "แผนการดำเนินงานเพื่อการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใส"])
def test_a_plans_title_may_say_what_it_is_for(title):
    text = f"# {title} ประจำปีงบประมาณ พ.ศ. ๒๕๗๐\n\n| ที่ | กิจกรรม | ระยะเวลา |\n|---|---|---|\n| 1 | อบรม | ธ.ค. 69 |\n"
    assert lint_text(text, "ita-2570").report.kind == "plan"


def test_a_fixed_width_export_is_sliced_at_its_header_columns():
    # Excel's "Formatted Text (Space delimited)" (.prn) in cp874: every cell padded or cut
    # to its column's width in characters, so a full cell runs into the next one; the
    # number right-aligned under "ที่", one space from the next header word
    widths = [4, 24, 20, 14, 22, 18]
    header = ["ที่", "มาตรการ/กิจกรรม", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ผลการดำเนินงาน", "ผลลัพธ์"]
    records = [["1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน", "ประกาศผลทุกเดือนบนเว็บไซต์", "กองคลัง",
                "ประกาศครบ 12 เดือน ทุกโครงการ", "ไม่มีข้อร้องเรียน"],
               ["2", "ป้องกันผลประโยชน์ทับซ้อน", "กรรมการลงนามแบบแสดงตน", "งานพัสดุ",
                "ลงนามครบทุกครั้งที่มีการประชุม", "-"],
               ["3", "รับเรื่องร้องเรียนผ่านช่องทางออนไลน์", "เปิดช่องทาง LINE และเว็บไซต์", "",
                "รับเรื่อง 5 เรื่อง แจ้งผลครบ", "ผู้ร้องได้รับแจ้งผลภายใน 15 วัน"]]

    def line(cells, number_right=False):
        out = ""
        for k, (text, width) in enumerate(zip(cells, widths)):
            text = text[:width]
            out += text.rjust(width - 1) + " " if k == 0 and number_right else text.ljust(width)
        return out.rstrip()

    head = "ที่ " + "  ".join(h for h in header[1:])  # as typed: no column is full in the header
    starts = [0, 4]
    for h in header[1:-1]:
        starts.append(starts[-1] + len(h) + 2)
    widths = [b - a for a, b in zip(starts, starts[1:])] + [30]
    text = ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2569\r\n\r\n"
            + head + "\r\n" + "\r\n".join(line(r, number_right=True) for r in records) + "\r\n")
    document = _read_text(text.replace("\r\n", "\n"), "report.prn.txt")
    [table] = [b for b in document.blocks if b.type == "table"]
    assert [c.text for c in table.rows[0].cells] == header
    assert [r.cells[0].text for r in table.rows[1:]] == ["1", "2", "3"]
    assert table.rows[1].cells[1].text == records[0][1][:widths[1]]
    data = text.encode("cp874")
    from ita_lint.readers import ReadOptions
    from ita_lint.readers.text import read

    result = lint_text("", document=read("report.txt", data, "text", ReadOptions()))
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result)[2] == {"measure", "steps", "output", "outcome"}
    assert "outcome" not in stated(result)[1]


def test_a_larger_heading_naming_an_element_after_the_last_measure_is_the_documents():
    # measures titled in bold under "##" groups; a closing "## การติดตามผล" is as large as the
    # groups, larger than a measure's title: it follows up every measure, not the last one's label
    text = ("# แนวทางและมาตรการในการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "## แนวทางที่ 1 ยกระดับการเปิดเผยข้อมูล\n\n"
            "**1.1 ปรับปรุงเว็บไซต์**\n\n- ผู้รับผิดชอบ: งานประชาสัมพันธ์\n- ระยะเวลา: ต.ค. 2569 – ก.ย. 2570\n\n"
            "**1.2 เผยแพร่แผนการใช้จ่ายงบประมาณ**\n\n- ผู้รับผิดชอบ: กลุ่มบริหารงบประมาณ\n- ระยะเวลา: ต.ค. 2569\n\n"
            "## การติดตามผล\n\nรองผู้อำนวยการติดตามความก้าวหน้าของทุกกิจกรรมทุกสิ้นภาคเรียน และรายงานผู้อำนวยการ\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1.1", "1.2"]
    assert all("monitoring" in s for s in stated(result))
    # a bold label under a bold title is still that measure's label
    bold = text.replace("## การติดตามผล\n\n", "**การติดตามผล**\n\n")
    assert ["monitoring" in s for s in stated(lint_text(bold, "ita-2570"))] == [False, True]


def test_a_table_kept_in_toml_front_matter_is_read_as_the_yaml_one():
    # Hugo's default front matter is TOML: "+++" fences, records as [[rows]] tables
    pytest.importorskip("tomllib")
    text = ('+++\ntitle = "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570"\n\n'
            '[[columns]]\nkey = "activity"\nlabel = "กิจกรรม"\n[[columns]]\nkey = "owner"\nlabel = "ผู้รับผิดชอบ"\n'
            '[[columns]]\nkey = "when"\nlabel = "ระยะเวลา"\n\n'
            '[[rows]]\nactivity = "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง"\nowner = "กองคลัง"\nwhen = "ต.ค. 2569 - ก.ย. 2570"\n\n'
            '[[rows]]\nactivity = "อบรมป้องกันผลประโยชน์ทับซ้อน"\nowner = ["สำนักปลัด", "กองการศึกษา"]\n'
            'when = "ธ.ค. 2569"\n+++\n\n{{< plan-table data="rows" >}}\n')
    table = next(b for b in parse(text) if b.type == "table")
    yaml_table = next(b for b in parse(FRONT_MATTER_PLAN) if b.type == "table")
    assert [[c.text for c in r.cells] for r in table.rows] == [[c.text for c in r.cells] for r in yaml_table.rows]
    assert [r.location.line for r in table.rows] == [14, 14, 19]  # where each [[rows]] stands
    assert len(lint_text(text, "ita-2570").report.measures) == 2


def test_a_table_laid_out_with_spaces_in_a_plain_code_block_is_read_as_it_shows():
    # `pdftotext -layout` output pasted into a "```text" block: nothing in it is Markdown,
    # and what the page shows is the table
    table = ("ที่   มาตรการ                 ผู้รับผิดชอบ        ระยะเวลา\n"
             "1    เปิดเผยข้อมูลบุคลากร      กองบริหารงานบุคคล   ต.ค. 69 – ก.ย. 70\n"
             "2    ลดขั้นตอนการเบิกจ่าย      กองคลัง             ม.ค. – มี.ค. 70\n"
             "3    อบรมจริยธรรม             กองกลาง             ธ.ค. 69\n")
    text = MEASURES + "```text\n" + table + "```\n\nประกาศ ณ วันที่ 2 พฤศจิกายน 2569\n"
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "responsible", "period"}] * 3
    # code is code: the same lines in a Python block are no table
    code = lint_text(MEASURES + "```python\n" + table + "```\n")
    assert not [b for b in code.report.document.blocks if b.type == "table"]


def test_round20_forms_group_rows_named_by_approach_and_a_year_on_the_titles_second_line():
    # "แนวทางที่ 1 …" alone in a row heads the activities under it, numbered 1.1, 1.2
    plan = ("# แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "| ข้อ | แนวทาง / กิจกรรม | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|---|\n"
            "| | **แนวทางที่ 1 การเปิดเผยข้อมูล** | | |\n| 1.1 | เผยแพร่แผน | งานแผน | ธ.ค. 69 |\n"
            "| 1.2 | เปิดเผยผลการรับนักเรียน | งานวิชาการ | ก.พ. 70 |\n"
            "| | **แนวทางที่ 2 วัฒนธรรมสุจริต** | | |\n| 2.1 | ค่ายคนดี | งานกิจการนักเรียน | ม.ค. 70 |\n")
    assert [m.number for m in lint_text(plan, "ita-2570").report.measures] == ["1.1", "1.2", "2.1"]
    # the title's year on a line of its own in the block under it (agency, then the year)
    results = ("# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n\n"
               "**ด่านตรวจคนเข้าเมืองจังหวัดหนองใส**  \n**ประจำปีงบประมาณ พ.ศ. 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569)**\n\n"
               "| มาตรการ | ผลการดำเนินการ |\n|---|---|\n| 1. เปิดเผยค่าธรรมเนียม | ติดประกาศครบ |\n")
    report = lint_text(results).report
    assert (report.fiscal_year, report.fiscal_year_source) == (2569, "title")


def test_a_label_alone_at_the_foot_of_a_page_takes_its_value_from_the_next():
    # "วิธีการดำเนินการ" ends the page; the running header and page number stand before its steps
    text = (MEASURES + "มาตรการที่ ๑ เปิดเผยข้อมูล\n\nผู้รับผิดชอบ : กองคลัง\n\n"
            "มาตรการที่ ๒ ลดขั้นตอนการให้บริการ\n\nผู้รับผิดชอบ : กองช่าง\n\nวิธีการดำเนินการ\n\n"
            "- ๒ -\n\nเทศบาลตำบลหนองใส | มาตรการส่งเสริมคุณธรรม ๒๕๖๙\n\n"
            "๑) ประกาศขั้นตอน\n๒) รับคำขอออนไลน์\n\n- ๓ -\n\nเทศบาลตำบลหนองใส | มาตรการส่งเสริมคุณธรรม ๒๕๖๙\n\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert "steps" in stated(result)[1]


def test_an_org_mode_table_with_a_rule_under_each_record_is_a_grid():
    # Emacs org-mode saved as .txt: "|---+---|" rules, long cells carried on to the next line
    text = ("#+TITLE: แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "| ที่ | กิจกรรม          | ผู้รับผิดชอบ | ระยะเวลา  |\n"
            "|---+-----------------+-----------+----------|\n"
            "| 1 | จัดทำคู่มือการให้ | สำนักปลัด   | ต.ค. 69  |\n"
            "|   | บริการประชาชน     |           |          |\n"
            "|---+-----------------+-----------+----------|\n"
            "| 2 | ประกาศเจตนารมณ์   |           | ธ.ค. 69  |\n"
            "|---+-----------------+-----------+----------|\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert result.report.measures[0].elements["measure"].text.endswith("บริการประชาชน")
    assert stated(result) == [{"measure", "responsible", "period"}, {"measure", "period"}]


def test_an_org_mode_table_ruled_between_groups_keeps_each_numbered_line_a_row():
    # org-mode's "|---+---|" under the header and between groups only: each line is a record
    text = ("#+TITLE: แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "| ลำดับ | กิจกรรม | ผู้รับผิดชอบ | ระยะเวลา |\n"
            "|-----+--------+-----------+---------|\n"
            "| 1 | เผยแพร่ข้อมูล | ผอ.รพ.สต. | ต.ค. 69 |\n"
            "| 2 | อบรม | พยาบาลวิชาชีพ | |\n"
            "|-----+--------+-----------+---------|\n"
            "| 3 | ตู้รับเรื่อง | | ตลอดปี |\n"
            "|   | ร้องเรียน |  |  |\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "responsible", "period"}, {"measure", "responsible"}, {"measure", "period"}]
    assert result.report.measures[1].location.line == 6
    assert result.report.measures[2].elements["measure"].text == "ตู้รับเรื่องร้องเรียน"


def test_label_lines_set_out_with_tab_stops_are_lines_not_a_table():
    # Word's plain text of "ข้อ n." items whose labels are indented and aligned with tabs:
    # "<TAB>ผู้รับผิดชอบ<TAB>: …", steps under "<TAB>วิธีดำเนินการ<TAB>:" indented further;
    # "1.1 สรุปผล" is a step beside "1.2 เผยแพร่", though its words could make a label
    text = RESULTS + "\tได้ดำเนินการตามมาตรการ ดังนี้\n\n"
    for n, title, unit in (("1", "เปิดเผยข้อมูลการจัดซื้อ", "ส่วนคลัง"), ("2", "อบรมจริยธรรม", "")):
        text += (f"ข้อ {n}. {title}\n\tวิธีดำเนินการ\t:\n\t\t{n}.1 สรุปผล\n\t\t{n}.2 เผยแพร่\n"
                 f"\tผู้รับผิดชอบ\t: {unit}\n\tผลผลิต\t\t: เผยแพร่ 12 เดือน\n\tผลลัพธ์\t\t: ไม่มีข้อร้องเรียน\n\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "output", "outcome"},
                              {"measure", "steps", "output", "outcome"}]
    assert result.report.measures[0].elements["steps"].text.endswith("1.2 เผยแพร่")


def test_a_first_measure_numbered_2_says_measure_1_was_not_found():
    text = RESULTS + ("| ที่ | มาตรการ | ผลการดำเนินงาน |\n|---|---|---|\n"
                      "| 2 | อบรมจริยธรรม | 40 คน |\n| 3 | เปิดเผยข้อมูล | 12 เดือน |\n")
    result = lint_text(text)
    [note] = [f for f in result.findings if f.rule == "numbering" and "1" in f.message]
    assert "ไม่พบมาตรการที่ 1" in note.message
    assert not [f for f in lint_text(text.replace("| 2 |", "| 1 |").replace("| 3 |", "| 2 |")).findings
                if f.rule == "numbering"]


def test_a_number_column_headed_like_the_measure_column_holds_worded_numbers():
    # "มาตรการ | ชื่อมาตรการ" over "มาตรการที่ 1 | เปิดเผย…": the first column numbers the measures
    text = MEASURES + ("| มาตรการ | ชื่อมาตรการ | ผู้รับผิดชอบ |\n|---|---|---|\n"
                       "| มาตรการที่ 1 | เปิดเผยข้อมูล | กองคลัง |\n| มาตรการที่ 2 | อบรมจริยธรรม | สำนักปลัด |\n")
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เปิดเผยข้อมูล"), ("2", "อบรมจริยธรรม")]


def test_a_measure_numbered_in_brackets_after_its_word_keeps_its_steps():
    # "มาตรการ (๑) …" as "มาตรการที่ ๑ …": its "๑) … ๒) …" steps are no measures
    text = RESULTS
    for n, title in (("๑", "ประกาศขั้นตอนและค่าธรรมเนียม"), ("๒", "ให้บริการแจ้งที่พักออนไลน์")):
        text += (f"  มาตรการ ({n})  {title}\n        ขั้นตอน/วิธีการ\n            ๑) จัดทำป้าย\n"
                 f"            ๒) เผยแพร่ผ่านเว็บไซต์\n        ผู้รับผิดชอบ : งานอำนวยการ\n\n")
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "ประกาศขั้นตอนและค่าธรรมเนียม"), ("2", "ให้บริการแจ้งที่พักออนไลน์")]
    assert stated(result) == [{"measure", "steps", "responsible"}] * 2


def test_activities_whose_label_lines_are_indented_by_a_tab_without_colons():
    # Word's plain text: "กิจกรรมที่ n<TAB>title", then "<TAB>ผู้รับผิดชอบ<TAB>…" rows
    text = "# แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
    for n, title, unit in (("1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "แผนกบัญชี"), ("2", "ลดขั้นตอนการขอใช้ไฟฟ้า", "")):
        text += (f"กิจกรรมที่ {n}\t{title}\n\tวิธีการ\t1) สรุปผล  2) เผยแพร่\n\tผู้รับผิดชอบ\t{unit}\n"
                 f"\tระยะเวลา\tต.ค. 2569 – ก.ย. 2570\n\n")
    result = lint_text(text, "ita-2570")
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง"), ("2", "ลดขั้นตอนการขอใช้ไฟฟ้า")]
    assert stated(result) == [{"measure", "steps", "responsible", "period"}, {"measure", "steps", "period"}]


def test_label_lines_whose_values_open_with_column_words_are_no_flattened_header():
    # "การติดตามผล  กองช่างรายงานผล…" / "ผลที่คาดว่าจะได้รับ  โครงการก่อสร้างทุกโครงการ…" over the
    # next "ข้อ ๓": long phrases that open with column words, not a header wrapped over lines
    text = MEASURES
    for n, unit, outcome in (("๑", "กองคลัง", "ข้อมูลเผยแพร่ครบ ๑๒ เดือน"),
                             ("๒", "กองช่าง", "โครงการก่อสร้างทุกโครงการมีผู้แทนชุมชนร่วมตรวจรับ"),
                             ("๓", "กองสวัสดิการสังคม", "-")):
        text += (f"ข้อ {n}  มาตรการของ{unit}\n  ผู้รับผิดชอบ  {unit}\n"
                 f"  การติดตามผล  {unit}รายงานผลต่อที่ประชุมสภาเทศบาล\n  ผลที่คาดว่าจะได้รับ  {outcome}\n\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "responsible", "monitoring", "outcome"}] * 2 + [
        {"measure", "responsible", "monitoring"}]


def test_not_yet_done_with_a_space_an_extractor_put_inside_a_word_is_still_no_outcome():
    text = (RESULTS + "| มาตรการ | ผลการดำเนินงาน | ผลลัพธ์ |\n|---|---|---|\n"
            "| 1. ประเมินความเสี่ยง | จัดทำแผน 1 ฉบับ | อยู่ระหว่างดำเนิ นการ |\n")
    assert stated(lint_text(text)) == [{"measure", "output"}]


@pytest.mark.parametrize("layout", ["md", "txt-thai", "blank-lines"])
def test_steps_numbered_under_a_measures_title_before_its_labels(layout):
    # "มาตรการที่ ๑ …" / "๑) … ๒) …" / "ผู้รับผิดชอบ: …": the sub-steps are the measure's
    # steps, not measures of their own (each measure once, its steps stated)
    one, two = ("1)", "2)") if layout != "txt-thai" else ("๑)", "๒)")
    gap = "\n" if layout == "blank-lines" else ""
    text = MEASURES
    for n, title, unit in (("1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "กองคลัง"), ("2", "ป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด")):
        text += (f"มาตรการที่ {n} {title}\n{gap}{one} จัดทำประกาศเผยแพร่แผน\n{gap}{two} เผยแพร่ผลรายเดือน\n{gap}"
                 f"ผู้รับผิดชอบ: {unit}\nการติดตามผล: รายงานนายกทุกไตรมาส\n\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "monitoring"}] * 2
    assert "เผยแพร่ผลรายเดือน" in result.report.measures[1].elements["steps"].text


def test_a_numbered_item_under_a_title_with_labels_of_its_own_is_no_step():
    # activities with labels of their own under a measure's heading stay units of their own
    text = MEASURES + (
        "มาตรการที่ 1 เปิดเผยข้อมูล\n\n"
        "1) จัดทำประกาศ\nผู้รับผิดชอบ: กองคลัง\n\n"
        "2) เผยแพร่ผล\nผู้รับผิดชอบ: กองช่าง\n\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["จัดทำประกาศ", "เผยแพร่ผล"]


def test_mdx_components_props_are_labelled_fields_and_children_its_steps():
    # Docusaurus MDX: a measure is a <MeasureCard> whose props are its fields and whose
    # children list its steps; imports and inline components show nothing of themselves
    card = ('<MeasureCard\n  no="{n}"\n  title="{title}"\n  owner="{owner}"\n'
            '  output="{output}"\n  status="done"\n>\n\n1. ประชุมชี้แจง\n2. {step}\n\n</MeasureCard>\n\n')
    text = ("---\ntitle: รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569\n---\n\n"
            "import MeasureCard from '@site/src/components/MeasureCard';\n\n"
            "ได้คะแนน 88.10 คะแนน <Badge color=\"green\">ผ่าน</Badge>\n\n"
            + card.format(n=1, title="เปิดเผยข้อมูลการรับสมัคร", owner="งานทะเบียน", output="ประกาศ 4 รอบ", step="เผยแพร่ประกาศ")
            + card.format(n=2, title="ความโปร่งใสในการจัดซื้อ", owner="", output="เผยแพร่ TOR 7 โครงการ", step="ตอบคำถาม")
            + "_ปรับปรุงล่าสุด 9 ตุลาคม 2569_\n")
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการรับสมัคร"), ("2", "ความโปร่งใสในการจัดซื้อ")]
    assert stated(result) == [{"measure", "steps", "responsible", "output"}, {"measure", "steps", "output"}]
    assert result.report.measures[1].elements["steps"].text.endswith("ตอบคำถาม")
    assert result.report.measures[0].elements["responsible"].location.line == 12  # the owner="…" prop's own line


def test_an_asciidoc_table_with_group_rows_list_cells_and_spans():
    # Asciidoctor: one cell a line, "8+^|" a group row across the table, "a|" a cell of
    # AsciiDoc (a list), ".2+|" a cell down two rows, the header marked by options="header"
    text = ("= รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569\n:lang: th\n\n"
            ".ผลการดำเนินการ\n[cols=\"1,4,4a,3,3\", options=\"header\"]\n|===\n"
            "|ที่ |มาตรการ |ขั้นตอนการดำเนินงาน |ผู้รับผิดชอบ |ผลการดำเนินงาน\n\n"
            "5+^|*ด้านที่ 1 การเปิดเผยข้อมูล*\n\n"
            "|1\n|เปิดเผยขั้นตอนการขอใช้ไฟฟ้า\n|* ปรับปรุงเว็บไซต์\n* ติดประกาศ\n.2+|แผนกบริการลูกค้า\n|แจ้ง SMS 9,842 ครั้ง\n\n"
            "|2 |เผยแพร่แผนการดับไฟ |จัดทำแผนรายเดือน |ประกาศ 64 ครั้ง\n\n"
            "|3\n|ประกาศเจตนารมณ์\n|\n|\n|ประกาศแล้ว\n|===\n")
    blocks = parse(text)
    table = next(b for b in blocks if b.type == "table")
    assert table.rows[0].header and [c.text for c in table.rows[0].cells][:2] == ["ที่", "มาตรการ"]
    assert [c.text for c in table.rows[1].cells][0] == "ด้านที่ 1 การเปิดเผยข้อมูล"
    assert [c.span for c in table.rows[1].cells] == ["", "left", "left", "left", "left"]
    assert table.rows[2].cells[2].text == "* ปรับปรุงเว็บไซต์\n* ติดประกาศ"
    assert (table.rows[3].cells[3].text, table.rows[3].cells[3].span) == ("แผนกบริการลูกค้า", "up")
    assert not any(b.type == "paragraph" and b.text.startswith("[cols") for b in blocks)
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "steps", "responsible", "output"}] * 2 + [{"measure", "output"}]


@pytest.mark.parametrize("steps,monitored", [
    # two steps of a measure disclosing the accounts: a summary, then a report to the board
    ("1. สรุปรายรับ-รายจ่ายรายไตรมาส\n2. รายงานคณะกรรมการสถานศึกษาขั้นพื้นฐาน", False),
    # a report to one's superior after a check on a cycle follows the measure up
    ("1. ตรวจสมุดทุกสิ้นเดือนและรายงานปลัดเทศบาล", True),
    ("1. ติดตามประเมินผลหลังการอบรมและรายงานคณะกรรมการ", True),
])
def test_a_cue_for_monitoring_stays_within_one_step(steps, monitored):
    text = MEASURES + f"มาตรการที่ 1 เปิดเผยการใช้จ่ายเงิน\nวิธีดำเนินการ:\n{steps}\nผู้รับผิดชอบ: กลุ่มบริหารงบประมาณ\n"
    assert ("monitoring" in stated(lint_text(text))[0]) is monitored


def test_labels_set_apart_by_spaces_in_a_run_are_the_measures_fields():
    # no colon: "ผู้รับผิดชอบ  หัวหน้าหน่วย"; two or more such lines in a measure are its fields
    text = MEASURES + (
        "มาตรการที่ ๑ การตรวจยึดไม้ของกลาง\n\nวิธีการดำเนินการ\n\n๑) บันทึกการตรวจยึด\n\n"
        "ผู้รับผิดชอบ  หัวหน้าหน่วยป้องกันรักษาป่า\n\nระยะเวลาดำเนินการ  ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐\n\n"
        "ผลที่คาดว่าจะได้รับ  ของกลางครบถ้วนตรวจสอบได้\n\n"
        "มาตรการที่ ๒ การเปิดเผยผลการลาดตระเวน\n\nวิธีการดำเนินการ\n\n๑) สรุปผลรายเดือน\n\n"
        "ผู้รับผิดชอบ  เจ้าหน้าที่ธุรการ\n\nผลที่คาดว่าจะได้รับ  ชุมชนร่วมแจ้งเบาะแส\n\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result)[0] == {"measure", "steps", "responsible", "period", "outcome"}
    assert result.report.measures[0].elements["responsible"].text == "หัวหน้าหน่วยป้องกันรักษาป่า"
    assert stated(result)[1] == {"measure", "steps", "responsible", "outcome"}


def test_a_forms_numbered_fields_set_apart_by_spaces():
    # "ข้อ ๑." then "๑.๑ ขั้นตอนการดำเนินการ" over its (๑)(๒) steps and "๑.๒ ผู้รับผิดชอบ   …":
    # numbered fields of the measure, their values set apart by spaces
    text = RESULTS
    for n, unit, output in (("๑", "ส่วนคลังและพัสดุ", "เผยแพร่ครบ ๑๒ เดือน"), ("๒", "ส่วนหน้าบัลลังก์", "ไม่มี")):
        text += (f"ข้อ {n}. การเปิดเผยข้อมูลการจัดซื้อจัดจ้างข้อที่ {n}\n"
                 f"    {n}.๑ ขั้นตอนการดำเนินการ\n          (๑) สรุปผลรายเดือน\n          (๒) เผยแพร่บนเว็บไซต์\n"
                 f"    {n}.๒ ผู้รับผิดชอบ         {unit}\n    {n}.๓ ระยะเวลา             ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙\n"
                 f"    {n}.๔ ผลการดำเนินการ       {output}\n    {n}.๕ ผลลัพธ์              ประชาชนตรวจสอบได้\n\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "output", "outcome"},
                              {"measure", "steps", "responsible", "period", "outcome"}]


def test_a_column_headed_with_a_measures_number_word_holds_numbers():
    # "มาตรการที่" over "มาตรการที่ 1" cells, the names in "ชื่อมาตรการ" beside it
    text = (RESULTS + "| มาตรการที่ | ชื่อมาตรการ | ผู้รับผิดชอบ | ผลผลิต |\n|---|---|---|---|\n"
            "| มาตรการที่ 1 | เปิดเผยข้อมูลการจัดซื้อ | งานพัสดุ | ครบ 12 เดือน |\n"
            "| มาตรการที่ 2 | ป้องกันการรับผลประโยชน์ | เภสัชกรรม | 73 ครั้ง |\n")
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการจัดซื้อ"), ("2", "ป้องกันการรับผลประโยชน์")]


def test_confluence_wiki_markup():
    # a Confluence page exported as wiki markup: "h2." headings, "||head||" over "|cell|"
    # rows with "\\" line breaks, "# item" lists, macro lines that show nothing themselves
    text = ("{status:colour=Green|title=อนุมัติแล้ว}\n\n"
            "h1. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "{info:title=ผลคะแนน}\nได้คะแนน 90.47 คะแนน\n{info}\n\n"
            "h2. 2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน\n\n# ผู้รับบริการยังไม่ทราบอัตราค่าบริการ\n\n"
            "||ที่||มาตรการ||ขั้นตอน/วิธีการ||ผู้รับผิดชอบ||ผลที่คาดว่าจะได้รับ||\n"
            "|1|เผยแพร่ข้อมูลการจัดซื้อ|(1) สรุปผลรายเดือน \\\\ (2) เผยแพร่บนเว็บไซต์|งานพัสดุ|ข้อมูลครบถ้วน|\n"
            "|2|อบรมบุคลากรเรื่องจริยธรรม|(1) จัดอบรม|งานบุคคล| |\n")
    blocks = parse(text)
    assert [b.text for b in blocks if b.type == "heading"][0].startswith("มาตรการส่งเสริม")
    table = next(b for b in blocks if b.type == "table")
    assert table.rows[1].cells[2].text == "(1) สรุปผลรายเดือน\n(2) เผยแพร่บนเว็บไซต์"
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "outcome"}, {"measure", "steps", "responsible"}]


def test_a_setext_heading_is_as_large_as_its_atx_twin():
    # "การติดตามและรายงานผล" over "-----" closes a plan of "####" activities: a section of
    # the document said of every activity, not the last activity's label
    text = ("# แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "#### กิจกรรมที่ 1 : ปรับปรุงข้อมูลบนเว็บไซต์\n\n| หัวข้อ | รายละเอียด |\n| --- | --- |\n"
            "| ผู้รับผิดชอบ | สำนักปลัด |\n| ระยะเวลา | ต.ค. 2569 |\n\n"
            "#### กิจกรรมที่ 2 : อบรมพนักงาน\n\n| หัวข้อ | รายละเอียด |\n| --- | --- |\n"
            "| ผู้รับผิดชอบ | กองคลัง |\n| ระยะเวลา | ม.ค. 2570 |\n\n"
            "การติดตามและรายงานผล\n--------------------\n\n"
            "สำนักปลัดติดตามความก้าวหน้าของทุกกิจกรรมและรายงานต่อนายกเทศมนตรีรอบ 6 เดือน และ 12 เดือน\n")
    assert [b.level for b in parse(text) if b.type == "heading"][-1] == 2
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert all("monitoring" in s for s in stated(result))


def test_the_end_of_a_header_word_wrapped_alone_is_no_row():
    # `pdftotext -layout`: "ลำดับ" broken as "ลำดั" / "บ", the "บ" on a line of its own over row 1
    text = ("แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "ลำดั             กิจกรรม                ขัน\n"
            "                                          ้ ตอนการดำเนินงาน                ผู้รับผิดชอบ            ระยะเวลา\n"
            " บ\n"
            " 1     ปรับปรุงข้อมูลบน               - ตรวจสอบรายการข้อมูล             สำนักปลัด                 ต.ค. 69 -\n"
            "       เว็บไซต์ อบต.                  - มอบหมายผู้รับผิดชอบ                                       มี.ค. 70\n"
            " 2     จัดทำคู่มือการให้              - รวบรวมงานบริการ                 สำนักปลัด /               พ.ย. 69 -\n"
            "       บริการประชาชน                  - จัดทำคู่มือ                     กองคลัง                   ก.พ. 70\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]


def test_a_dash_and_a_placeholder_together_are_still_empty():
    text = (MEASURES + "| มาตรการ | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|\n"
            "| 1. เปิดเผยข้อมูล | กองคลัง | — (ระบุ) |\n| 2. ลดขั้นตอน | กองช่าง | ต.ค. 68 |\n")
    assert stated(lint_text(text)) == [{"measure", "responsible"}, {"measure", "responsible", "period"}]


def test_a_label_table_nested_in_a_cell_states_the_rows_elements():
    # Word's "Save as Web Page": each activity's details a two-column table in one cell,
    # "วิธีดำเนินการ | สรุปผลการจัดสรรรายไตรมาส" — its rows are labels, not a header over columns
    def details(rows):
        return "<table>" + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"
    html = ("<html><body><h1>แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1><table>"
            "<tr><th>ที่</th><th>โครงการ/กิจกรรม</th><th>รายละเอียดการดำเนินงาน</th><th>ตัวชี้วัด</th></tr>"
            "<tr><td>1</td><td>เผยแพร่ผลการจัดสรรงบประมาณ</td><td>"
            + details([("วิธีดำเนินการ", "สรุปผลการจัดสรรรายไตรมาส"), ("ผู้รับผิดชอบ", "กลุ่มนโยบายและแผน"),
                       ("ระยะเวลา", "ทุกไตรมาส")])
            + "</td><td>โรงเรียนตรวจสอบได้</td></tr>"
            "<tr><td>2</td><td>อบรมผู้บริหาร</td><td>"
            + details([("วิธีดำเนินการ", "จัดอบรม 1 วัน"), ("ผู้รับผิดชอบ", "(ระบุ)"), ("ระยะเวลา", "ก.พ. 2570")])
            + "</td><td>ผ่านร้อยละ 80</td></tr></table></body></html>")
    result = _lint_html(html)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "outcome"},
                              {"measure", "steps", "period", "outcome"}]


def test_spaced_labels_behind_icons_and_broken_by_spaces_and_a_closing_label_for_every_measure():
    # an infographic's card text: "👤 ผู้ รับผิดชอบ  …" (an icon, the label broken by an extractor's
    # space); the closing "การติดตามและรายงานผล : … ทุกมาตรการ …" is said of every measure
    text = MEASURES
    for n in ("1", "2"):
        text += (f"## มาตรการที่ {n} เปิดเผยข้อมูลข้อที่ {n}\n\n📝 วิธี การ  จัดทำปฏิทินการนำข้อมูลขึ้น\n\n"
                 "เว็บไซต์ทุกวันที่ 25\n\n👤 ผู้ รับผิดชอบ  ฝ่ายบริหารทั่วไป\n\n🗓 ช่วงเวลา  ต.ค. 69 – ก.ย. 70\n\n")
    text += "🔁 การติดตามและรายงานผล : ฝ่ายบริหารทั่วไปติดตามความก้าวหน้าทุกมาตรการรายไตรมาส\n"
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "monitoring"}] * 2


def test_labels_apart_by_a_dash_under_a_title_whose_paragraph_ends_with_the_steps_label():
    # "ข้อ ๑ …" with "ขั้นตอน/วิธีการ" as the last line of its paragraph, "(๑) (๒)" steps
    # indented under it, then "ผู้รับผิดชอบ - ส่วนคลัง" lines: a dash between label and value
    text = MEASURES
    for n in ("๑", "๒"):
        text += (f"ข้อ {n} เปิดเผยข้อมูลการจัดซื้อจัดจ้างข้อ {n}\n    ขั้นตอน/วิธีการ\n"
                 "        (๑) สรุปผลรายเดือน\n        (๒) เผยแพร่บนเว็บไซต์\n"
                 "    ผู้รับผิดชอบ - ส่วนคลัง\n    ระยะเวลา - ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐\n"
                 "    ผลที่คาดว่าจะได้รับ - เผยแพร่ครบทุกเดือน\n\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "outcome"}] * 2
    assert result.report.measures[0].elements["responsible"].text == "ส่วนคลัง"
    assert result.report.measures[0].title == "เปิดเผยข้อมูลการจัดซื้อจัดจ้างข้อ ๑"


def test_a_table_summing_up_the_measures_written_above_adds_none():
    # an LLM's draft: measures written out, then "สรุปมาตรการ" listing them again in a table;
    # a template's "[ระบุชื่อกอง/ฝ่าย]" left in place states nothing
    text = MEASURES
    for n, title, unit in (("1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้างอย่างครบถ้วน", "กองคลัง"),
                           ("2", "ส่งเสริมวัฒนธรรมองค์กรสุจริต", "[ระบุชื่อกอง/ฝ่ายที่รับผิดชอบ]")):
        text += (f"### มาตรการที่ {n}: {title}\n\n- **ขั้นตอน:** จัดทำแผน\n- **ผู้รับผิดชอบ:** {unit}\n"
                 "- **การติดตามผล:** รายงานนายกเทศมนตรีทุกไตรมาส\n\n")
    text += ("## สรุปมาตรการ\n\n| ที่ | มาตรการ | ผู้รับผิดชอบ | ระยะเวลา |\n|---|---|---|---|\n"
             "| 1 | เปิดเผยข้อมูลการจัดซื้อจัดจ้างอย่างครบถ้วน | กองคลัง | ต.ค. 2569 – ก.ย. 2570 |\n"
             "| 2 | ส่งเสริมวัฒนธรรมองค์กรสุจริต | [ระบุชื่อกอง/ฝ่ายที่รับผิดชอบ] | ม.ค. 2570 |\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    # the summary's period fills what the written measures left out
    assert stated(result) == [{"measure", "steps", "responsible", "monitoring", "period"},
                              {"measure", "steps", "monitoring", "period"}]
    rows = [p for t in result.report.tables for p in t.rows if p.fate == "continuation"]
    assert [p.reason for p in rows] == ["summary-row", "summary-row"]


def test_a_mediawiki_page_source():
    # "{| class=wikitable" … "|}": "!!" header cells, "||" cells on one line or a cell a line
    # with "# item" lines running on, a colspan group row, a withdrawn row in a comment
    text = ("{{กล่องเอกสาร\n| หน่วยงาน = การไฟฟ้า\n}}\n__TOC__\n\n"
            "== แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570 ==\n\n"
            "{| class=\"wikitable\"\n|+ ตารางที่ 1\n! ลำดับ !! กิจกรรม !! วิธีดำเนินการ !! ผู้รับผิดชอบ\n|-\n"
            "| colspan=\"4\" | '''ด้านที่ 1 ความโปร่งใส'''\n|-\n"
            "| style=\"text-align:center;\" | 1 || ประกาศขั้นตอนการขอใช้ไฟฟ้า || 1) ทบทวนคู่มือ<br />2) ติดป้าย || แผนกบริการลูกค้า\n|-\n"
            "| 2\n| ติดตามคำร้องด้วยระบบ Dashboard\n|\n# บันทึกคำร้อง\n# แจ้งสถานะ\n|\n"
            "<!-- |-\n| 3\n| กิจกรรมที่ตัดออก\n| -\n| - -->\n|}\n")
    blocks = parse(text)
    table = next(b for b in blocks if b.type == "table")
    assert table.rows[0].header
    assert table.rows[2].cells[2].text == "1) ทบทวนคู่มือ\n2) ติดป้าย"
    assert table.rows[3].cells[2].text == "# บันทึกคำร้อง\n# แจ้งสถานะ"
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible"}, {"measure", "steps"}]


def test_a_line_chat_log_with_the_report_posted_as_a_message():
    # LINE's "Save chat history": "13:05<TAB>sender<TAB>text", a message of several lines in
    # double quotes; the report's lines behind icons ("📌 มาตรการที่ 1", "▪️ ผู้รับผิดชอบ:")
    text = ("[LINE] ประวัติการแชทในกลุ่ม \"ITA\"\n\nพ., 30/09/2569\n08:31\tปลัด\tขอสรุปผลมาตรการ\n"
            "08:33\tนิตยา\tรับทราบค่ะ\n08:40\tนิตยา\t[สติกเกอร์]\n"
            "13:05\tนิตยา\t\"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569\n\n"
            "📌 มาตรการที่ 1 เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง\n▪️ ผู้รับผิดชอบ: กองคลัง\n▪️ ผลผลิต: ลงเว็บครบ 12 เดือน\n\n"
            "📌 มาตรการที่ 2 อบรมคุณธรรม\n▪️ ผู้รับผิดชอบ: สำนักปลัด\n▪️ ผลผลิต: -\"\n"
            "13:20\tปลัด\tมาตรการที่ 2 ผลผลิตยังไม่ได้ใส่นะครับ\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "responsible", "output"}, {"measure", "responsible"}]


def test_a_roman_looking_word_after_a_measure_word_is_no_number():
    # "ข้อ IIT …": the letters start a word, they number nothing (no crash on an empty numeral)
    from tests.conftest import lint_text as lint
    result = lint(MEASURES + "หมายเหตุ ข้อ IIT ได้คะแนนน้อย การติดตามผล: รายงานทุกไตรมาส\n\n"
                  "| มาตรการ | ผู้รับผิดชอบ |\n|---|---|\n| 1. เปิดเผยข้อมูล | กองคลัง |\n")
    assert [m.number for m in result.report.measures] == ["1"]


def test_an_empty_label_last_in_a_measure_takes_no_next_measure():
    # "- ผลที่คาดว่าจะได้รับ:" left empty, then "3. **…**" at the measures' own list level
    text = MEASURES
    for n, outcome in (("1", "ข้อมูลครบ"), ("2", ""), ("3", "ไม่มีการคัดค้าน")):
        text += (f"{n}. **มาตรการข้อที่ {n} เปิดเผยข้อมูล**\n   - ขั้นตอน/วิธีการ\n     1. สรุปผล\n     2. เผยแพร่\n"
                 f"   - ผู้รับผิดชอบ: กลุ่มงานบริหาร\n   - ผลที่คาดว่าจะได้รับ: {outcome}\n\n")
    result = lint_text(text, "ita-2570")
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert [("outcome" in s) for s in stated(result)] == [True, False, True]


def test_numbered_fields_under_a_measure_opened_by_its_label():
    # "1. มาตรการ: …" then "1.1 ขั้นตอน…" over (1)(2) steps and "1.2 ผู้รับผิดชอบ      …" fields
    text = RESULTS
    for n in ("1", "2"):
        text += (f"{n}. มาตรการ: เปิดเผยข้อมูลการจัดซื้อจัดจ้างข้อ {n}\n   {n}.1 ขั้นตอนการดำเนินงาน\n"
                 "         (1) สรุปผลรายเดือน\n         (2) เผยแพร่บนเว็บไซต์\n"
                 f"   {n}.2 ผู้รับผิดชอบ      ฝ่ายบริหารกลาง\n   {n}.3 ผลผลิต           เผยแพร่ครบ 12 เดือน\n\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert stated(result) == [{"measure", "steps", "responsible", "output"}] * 2


def test_a_comment_mark_set_in_a_cell_is_no_text():
    # Google Docs "Download as web page": a reviewer's comment leaves "[a]" after "(ระบุ)"
    html = ("<html><body><h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1><table>"
            "<tr><td>มาตรการ</td><td>ผู้รับผิดชอบ</td><td>ระยะเวลา</td></tr>"
            "<tr><td>1. เปิดเผยข้อมูล</td><td>กองช่าง</td><td><span>(ระบุ)</span>"
            "<sup><a href=\"#cmnt1\" id=\"cmnt_ref1\">[a]</a></sup></td></tr></table>"
            "<div><p><a href=\"#cmnt_ref1\" id=\"cmnt1\">[a]</a>ระบุเดือนให้ชัด</p></div></body></html>")
    assert stated(_lint_html(html)) == [{"measure", "responsible"}]


@pytest.mark.parametrize("first", ["๒. เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน", "(2) เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน"])
def test_a_tables_part_opening_with_a_row_whose_other_cells_are_empty(first):
    # a table cut by a page break, its second part without the header again, opening with a
    # numbered row whose period is empty: a row of the table, not a title typed above it
    second = first.replace("๒.", "๓.").replace("(2)", "(3)").replace("เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน", "สำรวจความพึงพอใจ")
    text = (MEASURES + "มาตรการ\tกำหนดแล้วเสร็จ\n" + first.replace("เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน", "ลดขั้นตอน")
            .replace("๒.", "๑.").replace("(2)", "(1)") + "\tต.ค. ๖๘\n\n- ๒ -\n\n" + first + "\t\n" + second + "\tธ.ค. ๒๕๖๘\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "period"}, {"measure"}, {"measure", "period"}]


def test_a_numbered_heading_and_a_caption_over_an_aligned_table_are_not_its_rows():
    # XeLaTeX's longtable ruled across only, or `pdftotext -layout`: "2.  ผลการดำเนินการ…"
    # and a caption set with a wide space stand over the header; the table starts at the
    # header, whose words set the columns
    from ita_lint.readers.aligned import find_regions
    from ita_lint.readers.text import _positioned

    lines = ["2.   ผลการดำเนินการตามมาตรการ", "",
             "                 ตารางที่ 1:   ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม",
             "                 ความโปร่งใส ปีงบประมาณ พ.ศ. 2569", "",
             "ที่   มาตรการ              ขั้นตอน           ผู้รับผิดชอบ      ระยะเวลา       ผลผลิต",
             "1    เปิดเผยข้อมูล          รวบรวมข้อมูล       กองคลัง          ต.ค. 68        12 เดือน",
             "2    อบรมจริยธรรม         จัดอบรม            สำนักปลัด        มี.ค. 69       40 คน"]
    [region] = find_regions([_positioned(k, line, set(), drawn=True) for k, line in enumerate(lines)])
    assert region.start == 5
    assert [c.text for c in region.rows[0].cells] == ["ที่", "มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา", "ผลผลิต"]


def test_an_obsidian_note_callouts_fields_and_comments():
    # callouts ("> [!example] มาตรการที่ 1 …"), Dataview fields ("ผู้รับผิดชอบ:: …"), task
    # steps, wikilinks by alias, block ids, and a "%% … %%" comment that shows nothing
    text = "---\ntags:\n  - ITA\n---\n\n" + MEASURES + "> [!info]- ผลการประเมิน\n> ได้ 88.92 คะแนน\n\n"
    for n, unit, hidden in (("1", "[[งานคลังและพัสดุ คณะ|งานคลังและพัสดุ]]", False), ("2", "สำนักงานคณบดี", True)):
        monitoring = "การติดตามผล:: รายงานคณบดีทุกไตรมาส"
        text += (f"> [!example] มาตรการที่ {n} มาตรการของหน่วยที่ {n}\n> **ขั้นตอน/วิธีการ**\n"
                 f"> - [ ] จัดทำแบบฟอร์ม\n> - [ ] เผยแพร่\n>\n> ผู้รับผิดชอบ:: {unit}\n"
                 + (f"> %% {monitoring} %%\n" if hidden else f"> {monitoring}\n")
                 + f"> ผลที่คาดว่าจะได้รับ:: ไม่มีข้อร้องเรียน\n> ^m{n}\n\n")
    text += "%% TODO: แนบไฟล์ที่ลงนาม\nมาตรการที่ 3 ที่ถอนแล้ว %%\n\n#ITA2570 #O37\n"
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "มาตรการของหน่วยที่ 1"),
                                                                      ("2", "มาตรการของหน่วยที่ 2")]
    assert stated(result) == [{"measure", "steps", "responsible", "monitoring", "outcome"},
                              {"measure", "steps", "responsible", "outcome"}]
    assert result.report.measures[0].elements["responsible"].text == "งานคลังและพัสดุ"
    assert result.report.measures[1].elements["outcome"].location.line == 28  # the source's line


def test_a_table_that_only_lays_out_cards_is_read_cell_by_cell():
    # a web page's grid (or a Word table used for layout): each cell a whole measure with
    # its labelled lines, no header naming columns
    card = ("<td><h3>มาตรการที่ {n}</h3><p>{title}</p><p>วิธีการดำเนินงาน</p><p>ประกาศหลักเกณฑ์</p>"
            "<p>เผยแพร่บนเว็บไซต์</p><p>ผู้รับผิดชอบ : {unit}</p>"
            "<p>ระยะเวลา : ต.ค. 2568 – ก.ย. 2569</p><p>ผลผลิต : เผยแพร่ 12 เดือน</p></td>")
    cells = [card.format(n=n, title=t, unit=u) for n, t, u in (
        ("1", "เปิดเผยข้อมูลการจัดซื้อ", "งานพัสดุ"), ("2", "ประกาศหลักเกณฑ์การรับสมัคร", "(ระบุ)"),
        ("3", "อบรมบุคลากร", "งานบุคคล"))]
    page = ("<html><body><h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569</h1>"
            f"<table><tr>{cells[0]}{cells[1]}</tr><tr>{cells[2]}<td></td></tr></table></body></html>")
    result = lint_text("", document=read_html(page.encode()))
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการจัดซื้อ"), ("2", "ประกาศหลักเกณฑ์การรับสมัคร"), ("3", "อบรมบุคลากร")]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "output"},
                              {"measure", "steps", "period", "output"},
                              {"measure", "steps", "responsible", "period", "output"}]
    assert result.report.measures[0].elements["steps"].text.endswith("เผยแพร่บนเว็บไซต์")


def test_measure_numbers_side_by_side_on_one_line_are_said():
    # cards with no box around each: their title bars run together on one line
    text = RESULTS + ("มาตรการที่ 3 มาตรการที่ 4\n"
                      "จัดทำทะเบียนครุภัณฑ์ อบรมบุคลากรเรื่องการขัดกัน\n"
                      "ผู้รับผิดชอบ : งานพัสดุ ผู้รับผิดชอบ : งานบุคคล\n")
    result = lint_text(text)
    assert any(f.rule == "table-unread" and "3, 4" in f.message for f in result.findings)


@pytest.mark.parametrize("period", ["ถึง", " ตั้งแต่  ถึง ", "to"])
def test_a_range_whose_dates_were_never_filled_names_no_period(period):
    # a Word form's two date pickers left at their placeholder, "ถึง" between them
    text = RESULTS + f"| ที่ | มาตรการ | ระยะเวลา |\n|---|---|---|\n| 1 | เปิดเผยข้อมูล | {period} |\n| 2 | อบรม | ต.ค. 68 ถึง ก.ย. 69 |\n"
    assert stated(lint_text(text)) == [{"measure"}, {"measure", "period"}]


def test_a_worded_number_in_square_brackets_opens_an_activity():
    # "[กิจกรรม 1] title" over "วิธีการ:" and its "- …" steps
    text = "# แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
    for n, title in (("1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง"), ("2", "กำหนดหลักเกณฑ์การจัดสรรทุน")):
        text += (f"[กิจกรรม {n}] {title}\n   วิธีการ:\n     - ประกาศหลักเกณฑ์\n     - ประกาศผล\n"
                 f"   ผู้รับผิดชอบ: งานคลัง\n   ระยะเวลา: ต.ค. 2569 - ก.ย. 2570\n\n")
    result = lint_text(text, "ita-2570")
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง"), ("2", "กำหนดหลักเกณฑ์การจัดสรรทุน")]
    assert stated(result) == [{"measure", "steps", "responsible", "period"}] * 2


def test_a_measures_title_with_a_colon_in_it_is_no_measure_label():
    # "๓.๔ มาตรการเสริมสร้างวัฒนธรรมสุจริต: อบรม…": a title and its subtitle, not the label
    # "มาตรการ:"; the "(๑) (๒) (๓)" steps under it stay steps, and the analysis's items no measures
    text = MEASURES + ("๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน\n\n(๑) ข้อมูลโครงการไม่เป็นปัจจุบัน\n\n"
                       "(๒) การจัดสรรแผงค้าไม่โปร่งใส\n\n๓. มาตรการส่งเสริมคุณธรรม\n\n")
    for n, title in (("๓.๑", "มาตรการเปิดเผยข้อมูลโครงการก่อสร้าง"),
                     ("๓.๒", "มาตรการเสริมสร้างวัฒนธรรมสุจริต: อบรมการขัดกันแห่งผลประโยชน์")):
        text += (f"{n}  {title}\n\nวิธีการดำเนินการ\n\n(๑) อบรม\n\n(๒) ประกาศนโยบาย\n\n(๓) รายงานผล\n\n"
                 "หน่วยงานรับผิดชอบ : สำนักปลัด\n\nการกำกับติดตาม : รายงานนายกเทศมนตรีทุกเดือน\n\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["3.1", "3.2"]
    assert result.report.measures[1].title.startswith("มาตรการเสริมสร้างวัฒนธรรมสุจริต")
    assert stated(result) == [{"measure", "steps", "responsible", "monitoring"}] * 2


def test_a_word_outline_of_headings_only():
    # every line a heading: the measure at level 2, its labels at 3, their values at 4; a
    # section heading named like an element over "### มาตรการที่ 1" is no label
    text = RESULTS + "## ผลการดำเนินการรายมาตรการ\n\n"
    for n, unit in (("1", "ฝ่ายบริหารทั่วไป"), ("2", "กลุ่มงานบริหารแรงงาน")):
        text += (f"### มาตรการที่ {n} มาตรการของ{unit}\n\n#### ขั้นตอน/วิธีการดำเนินการ\n\n##### 1) จัดทำสรุป\n\n"
                 f"##### 2) เผยแพร่\n\n#### ผู้รับผิดชอบ\n\n##### {unit}\n\n#### ผลลัพธ์ (Outcome)\n\n"
                 "##### อยู่ระหว่างดำเนินการ\n\n")
    text += "## 3. ปัญหา อุปสรรค และข้อเสนอแนะ\n\nผู้ยื่นคำขอบางส่วนยังไม่คุ้นเคยกับระบบ\n"
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "มาตรการของฝ่ายบริหารทั่วไป"), ("2", "มาตรการของกลุ่มงานบริหารแรงงาน")]
    assert stated(result) == [{"measure", "steps", "responsible"}] * 2  # not yet done: no outcome
    assert result.report.measures[0].elements["steps"].text.endswith("2) เผยแพร่")


def test_an_email_newsletters_measure_cards_inside_layout_tables():
    # a Mailchimp-style page: each measure a boxed table (a title row, then label | value
    # rows) nested two layout tables deep
    card = ('<table width="100%"><tr><td><table><tr><td><table>'
            '<tr><td colspan="2"><span>{n}</span>&nbsp; มาตรการที่ {n} {title}</td></tr>'
            '<tr><td>ผู้รับผิดชอบ</td><td>{unit}</td></tr><tr><td>ระยะเวลา</td><td>ต.ค. 2568 – ก.ย. 2569</td></tr>'
            '<tr><td>ผลการดำเนินงาน</td><td>เผยแพร่ครบ 12 เดือน</td></tr></table></td></tr></table></td></tr></table>')
    page = ("<html><body><table><tr><td>จดหมายข่าว ฉบับที่ 4/2569</td><td>ดูในเว็บเบราว์เซอร์</td></tr></table>"
            "<h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2569</h1>"
            + card.format(n=1, title="เปิดเผยข้อมูลการจัดซื้อ", unit="งานพัสดุ")
            + card.format(n=2, title="รับสมัครนักเรียนออนไลน์", unit="งานทะเบียน") + "</body></html>")
    result = lint_text("", document=read_html(page.encode()))
    assert [m.number for m in result.report.measures] == ["1", "2"]
    assert [m.title.endswith(t) for m, t in zip(result.report.measures, ("เปิดเผยข้อมูลการจัดซื้อ", "รับสมัครนักเรียนออนไลน์"))] \
        == [True, True]  # the badge's "1" before "มาตรการที่ 1" is the number's
    assert stated(result) == [{"measure", "responsible", "period", "output"}] * 2


def test_bootstrap_cards_a_page_header_title_and_badge_labels():
    # a page's <header> holding its <h1> is the report's title (a site's banner is not);
    # each card: its number in the card header, its title an <h5>, "ขั้นตอน" an <h6> over an
    # <ol>, labels in bold spans, the expected result after a badge
    card = ('<div class="card"><div class="card-header">มาตรการที่ {n}</div><div class="card-body">'
            '<h5 class="card-title">{title}</h5><h6 class="card-subtitle">ขั้นตอน/วิธีการ</h6>'
            '<ol><li>ประกาศหลักเกณฑ์</li><li>เผยแพร่ผล</li></ol></div><ul class="list-group">'
            '<li class="list-group-item"><span class="fw-semibold">ผู้รับผิดชอบ :</span> {unit}</li></ul>'
            '<div class="card-footer"><span class="badge">ผลที่คาดว่าจะได้รับ</span> {outcome}</div></div>')
    page = ('<html><body><nav><a href="/">หน้าแรก</a></nav><header class="hero"><h1>มาตรการส่งเสริมคุณธรรมและ'
            'ความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1></header><main>'
            '<p>มหาวิทยาลัยได้ 92.73 คะแนน ในปี 2569</p><div class="row">'
            + card.format(n=1, title="เปิดเผยข้อมูลการจัดซื้อ", unit="งานพัสดุ", outcome="ไม่มีข้อร้องเรียน")
            + card.format(n=2, title="บริหารการใช้เครื่องมือ", unit="งานคลัง", outcome="รายได้ตรงกับบันทึก")
            + "</div></main></body></html>")
    result = lint_text("", document=read_html(page.encode()), pack_id="ita-2570")
    assert (result.report.kind, result.report.fiscal_year) == ("measures", 2570)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการจัดซื้อ"), ("2", "บริหารการใช้เครื่องมือ")]
    assert stated(result) == [{"measure", "steps", "responsible", "outcome"}] * 2


def test_bold_runs_of_one_title_are_no_lead_in_label():
    # Word's web page: "ประจำปีงบประมาณ พ" "." "ศ" "." "2568" bold in runs of their own
    page = ("<html><body><p><b>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม</b></p><p><font><b>ประจำปีงบประมาณ\n"
            "พ</b></font><font><b>.</b></font><font><b>ศ</b></font><font><b>.\n2568</b></font></p></body></html>")
    texts = [b.text for b in read_html(page.encode()).blocks]
    assert texts[1] == "ประจำปีงบประมาณ พ.ศ. 2568"


def test_a_pandoc_span_with_attributes_shows_its_text():
    text = ("[]{#_Hlk181203114 .anchor}**แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570**\n\n"
            "ข้อความ [ขีดเส้นใต้]{.underline} ต่อ\n")
    blocks = parse(text)
    assert blocks[0].text == "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570"
    assert blocks[1].text == "ข้อความ ขีดเส้นใต้ ต่อ"


# --- round 31: numbering outside the text, a table drawn by a script, empty own fields ------

def test_a_heading_naming_the_measures_over_measures_numbered_in_words_is_no_label():
    # a Word multilevel list, as its text: the analysis items numbered "1." "2.", then
    # "มาตรการที่กำหนด" over "มาตรการที่ 1 …" with its "1.1 label : value" lines
    text = MEASURES + (
        "1. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน\n\n- ข้อมูลไม่เป็นปัจจุบัน\n\n2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น\n\n"
        "- ช่องทางร้องเรียน\n\nมาตรการที่กำหนด\n\n")
    for n, title in ((1, "ป้องกันผลประโยชน์ทับซ้อน"), (2, "ส่งเสริมวัฒนธรรมองค์กร")):
        text += (f"มาตรการที่ {n} {title}\n\n{n}.1 ขั้นตอน/วิธีการ : จัดทำคำสั่ง\n\n{n}.2 ผู้รับผิดชอบ : งานนิติการ\n\n"
                 f"{n}.3 การติดตามผล : รายงานผู้บริหารทุกไตรมาส\n\n")
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "ป้องกันผลประโยชน์ทับซ้อน"), ("2", "ส่งเสริมวัฒนธรรมองค์กร")]
    assert stated(result) == [{"measure", "steps", "responsible", "monitoring"}] * 2


@pytest.mark.parametrize("labels", [
    "ผู้รับผิดชอบ: {unit}\nระยะเวลา: ต.ค. 2569\n",
    "{n}.1 ผู้รับผิดชอบ: {unit}\n{n}.2 ระยะเวลา: ต.ค. 2569\n",
])
def test_plain_text_with_no_blank_line_between_measures(labels):
    # Notepad: every line under the one above, a measure's number in words opening a line
    text = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569\n"
    for n, title, unit in ((1, "เปิดเผยข้อมูล", "กองคลัง"), (2, "ป้องกันผลประโยชน์ทับซ้อน", "สำนักปลัด")):
        text += f"มาตรการที่ {n} {title}\n" + labels.format(n=n, unit=unit)
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูล"), ("2", "ป้องกันผลประโยชน์ทับซ้อน")]
    assert [m.elements["responsible"].text for m in result.report.measures] == ["กองคลัง", "สำนักปลัด"]


def test_a_measure_number_in_words_inside_prose_is_no_measure():
    text = MEASURES + ("มาตรการที่ 1 เปิดเผยข้อมูล\nผู้รับผิดชอบ: กองคลัง\nระยะเวลา: ต.ค. 2568\n"
                       "ขั้นตอน: ประชุมชี้แจงตาม\nมาตรการที่ 1 แล้วจึงประกาศ\n")
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["เปิดเผยข้อมูล"]
    assert "แล้วจึงประกาศ" in result.report.measures[0].elements["steps"].text


_SCRIPTED = ('<html><body><h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h1>'
             '<div id="t"><noscript>กรุณาเปิดใช้งาน JavaScript</noscript></div>{data}'
             "<script>var cols = [['no', 'ลำดับ'], ['measure', 'มาตรการ'], ['owner', 'ผู้รับผิดชอบ'], "
             "['watch', 'การติดตามผล']];</script></body></html>")


def test_a_table_a_script_draws_from_data_in_the_page_is_read_from_the_data_and_said():
    data = ('<script type="application/json" id="ita-data">[{"no": 1, "measure": "เปิดเผยข้อมูล", '
            '"owner": "กองคลัง", "watch": ["รายงานนายก", "ทุกไตรมาส"]}, {"no": 2, "measure": "ลดขั้นตอน", '
            '"owner": "", "watch": "รายงานทุกเดือน"}]</script>')
    document = read_html(_SCRIPTED.format(data=data).encode())
    [table] = [b for b in document.blocks if b.type == "table"]
    assert [c.text for c in table.rows[0].cells] == ["ลำดับ", "มาตรการ", "ผู้รับผิดชอบ", "การติดตามผล"]
    assert [(n.code, n.params["rows"]) for n in document.notes] == [("script-table", 2)]
    result = lint_text("", document=document)
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เปิดเผยข้อมูล"), ("2", "ลดขั้นตอน")]
    assert stated(result) == [{"measure", "responsible", "monitoring"}, {"measure", "monitoring"}]
    assert result.report.measures[0].elements["monitoring"].text == "รายงานนายก\nทุกไตรมาส"  # one line an item


@pytest.mark.parametrize("data", ["", '<script type="application/json">{"theme": "dark"}</script>'])
def test_a_page_that_shows_its_content_only_with_scripts_says_so(data):
    document = read_html(_SCRIPTED.format(data=data).encode())
    assert [(n.code, n.params["message"]) for n in document.notes] == [
        ("script-content", "กรุณาเปิดใช้งาน JavaScript")]
    assert not [b for b in document.blocks if b.type == "table"]


@pytest.mark.parametrize("monitoring, read", [("-", False), ("ไม่มี", False), ("รายงานนายกทุกเดือน", True)])
def test_a_cue_elsewhere_does_not_fill_the_measures_own_empty_field(monitoring, read):
    # "…และรายงานผู้บริหาร" among the steps is a monitoring cue, but the measure's own
    # monitoring column says it has none
    text = RESULTS + ("| มาตรการ | ขั้นตอน | การติดตามผล |\n|---|---|---|\n"
                      f"| เปิดเผยข้อมูล | 1. จัดทำคำสั่ง 2. สรุปผลและรายงานผู้บริหาร | {monitoring} |\n")
    assert lint_text(text).report.measures[0].has("monitoring") is read


def test_a_cue_in_the_steps_states_monitoring_when_no_field_names_it():
    text = RESULTS + ("| มาตรการ | ขั้นตอน |\n|---|---|\n| เปิดเผยข้อมูล | 1. จัดทำคำสั่ง 2. สรุปผลและรายงานผู้บริหาร |\n")
    assert lint_text(text).report.measures[0].has("monitoring")


def test_cards_in_a_frame_and_a_strip_of_named_columns_in_a_card():
    # a PDF's cells as the reader gives them (readers.pdf_strips): two cards side by side in
    # one frame, their columns nested under their numbers; a card boxed alone whose
    # responsible, period and monitoring stand side by side over what each holds
    from ita_lint.model import Block, Document, Row
    from ita_lint.readers.fragments import make_cell

    frame = ("มาตรการที่ 1 | มาตรการที่ 2\nเปิดเผยข้อมูล | ลดขั้นตอน\nวิธีการ | วิธีการ\nประกาศทางเว็บไซต์ | ประชุมชี้แจง\n"
             "ผู้รับผิดชอบ : กองคลัง | ผู้รับผิดชอบ : สำนักปลัด\nระยะเวลา : ต.ค. 2568 | ระยะเวลา : -")
    card = ("มาตรการที่ 3 ทบทวนคู่มือ\nผู้รับผิดชอบ | ระยะเวลา | การติดตามผล\nกองช่าง | ต.ค. 2568 – | รายงานนายก\n"
            " | ก.ย. 2569 | ทุกเดือน\nผลลัพธ์: ร้อยละ 90")
    document = Document("<test>.pdf", "pdf", [
        Block("heading", RESULTS.strip("# \n"), level=1),
        Block("table", rows=[Row([make_cell(frame), make_cell("■"), make_cell(card)])])])
    result = lint_text("", document=document)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูล"), ("2", "ลดขั้นตอน"), ("3", "ทบทวนคู่มือ")]
    assert stated(result) == [{"measure", "steps", "responsible", "period"}, {"measure", "steps", "responsible"},
                              {"measure", "responsible", "period", "monitoring", "outcome"}]
    third = result.report.measures[2].elements
    assert (third["period"].text, third["monitoring"].text) == ("ต.ค. 2568 – ก.ย. 2569", "รายงานนายกทุกเดือน")


# --- round 32: a list item with its own steps label, Notion's toggles, callouts --------------

def test_an_item_whose_own_labels_name_its_steps_is_a_measure_not_the_headings_steps():
    # "๒. มาตรการ…" is the document's part; "(๑) …" under it has labels of its own, its
    # steps among them: each "(n)" is a measure
    text = ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
            "๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใส\n\n")
    for n, title in (("๑", "เปิดเผยข้อมูลโครงการ"), ("๒", "ป้องกันผลประโยชน์ทับซ้อน")):
        text += (f"({n}) {title}\n    วิธีการ/ขั้นตอน     :\n        ๑. รวบรวมข้อมูล\n        ๒. เผยแพร่\n"
                 "    ผู้รับผิดชอบ        : กองช่าง\n    ระยะเวลา        : ธ.ค. ๒๕๖๘\n\n")
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลโครงการ"), ("2", "ป้องกันผลประโยชน์ทับซ้อน")]
    assert stated(result) == [{"measure", "steps", "responsible", "period"}] * 2


def test_notion_toggles_each_a_measure_with_a_callout_among_its_labels():
    text = MEASURES + "## 2. มาตรการส่งเสริมคุณธรรมและความโปร่งใส\n\n"
    for n, period in ((1, "ม.ค. 2569"), (2, "(ระบุ)\n    \n    <aside>\n    ⚠️ รอยืนยันช่วงเวลากับงานแผน\n    </aside>")):
        text += (f"- **มาตรการที่ {n}** เรื่องที่ {n}\n    \n    **ขั้นตอน/วิธีการ**\n    \n    1. ประกาศเกณฑ์\n"
                 f"    2. เผยแพร่ผล\n    \n    **ผู้รับผิดชอบ:** งานบริการการศึกษา\n    \n    **ระยะเวลา:** {period}\n"
                 "    \n    **การติดตามผล:** รายงานคณบดีทุกไตรมาส\n")
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เรื่องที่ 1"), ("2", "เรื่องที่ 2")]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "monitoring"},
                              {"measure", "steps", "responsible", "monitoring"}]


def test_a_line_numbered_as_a_measure_that_no_measure_was_read_from_is_said():
    # "มาตรการที่ 3 …" over prose the tool cannot place: no measure read bears its title
    head = RESULTS + "1. เปิดเผยข้อมูล\n\nผู้รับผิดชอบ: กองคลัง\n\n2. ลดขั้นตอน\n\nผู้รับผิดชอบ: สำนักปลัด\n\n"
    result = lint_text(head + "มาตรการที่ 3 ส่งเสริมวัฒนธรรมองค์กร\n\nดำเนินการตามแผนที่วางไว้ทุกประการ\n")
    assert [m.title for m in result.report.measures] == ["เปิดเผยข้อมูล", "ลดขั้นตอน"]
    assert [(n.code, n.params["text"]) for n in result.report.notes if n.code == "measure-unread"] == [
        ("measure-unread", "มาตรการที่ 3 ส่งเสริมวัฒนธรรมองค์กร")]
    # a line that names a measure read (a list of them above their details) is no loss
    listed = RESULTS + "มาตรการที่ 1 เปิดเผยข้อมูล\n\n" + head.replace(RESULTS, "")
    assert "measure-unread" not in codes(lint_text(listed))


# --- round 33: a chatbot's answer, headings numbered by a badge, a sheet's page, forms ---------

def test_a_tick_before_a_headings_measure_number_is_an_icon():
    # a chatbot's answer: "### ✅ มาตรการที่ 1: …" (a status box would be "☑")
    text = MEASURES + "".join(
        f"### ✅ มาตรการที่ {n}: เรื่องที่ {n}\n\n**🛠️ ขั้นตอน/วิธีการดำเนินการ**\n\n1. ประกาศ\n2. เผยแพร่\n\n"
        f"* **ผู้รับผิดชอบ:** งานทะเบียน\n* **ระยะเวลา:** ม.ค. 2570\n\n---\n\n" for n in (1, 2))
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เรื่องที่ 1"), ("2", "เรื่องที่ 2")]
    assert stated(result) == [{"measure", "steps", "responsible", "period"}] * 2


def test_a_heading_numbered_by_a_badge_keeps_its_numbered_steps_list():
    card = ('<section><h4><span class="badge">{n}</span> เรื่องที่ {n}</h4><p class="sub">แนวทางการดำเนินงาน</p>'
            '<ol><li>พัฒนาระบบ</li><li>เผยแพร่สถิติ</li><li>แจ้งผล</li></ol><table class="kv">'
            '<tr><th>หน่วยงานรับผิดชอบ</th><td>สำนักการช่าง</td></tr><tr><th>ระยะเวลาดำเนินการ</th><td>ต.ค. 2569</td></tr>'
            '</table></section>')
    page = ("<html><body><h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>"
            + card.format(n=1) + card.format(n=2) + "</body></html>")
    result = lint_text("", document=read_html(page.encode()), pack_id="ita-2570")
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เรื่องที่ 1"), ("2", "เรื่องที่ 2")]
    assert stated(result) == [{"measure", "steps", "responsible", "period"}] * 2


def test_a_sheet_published_as_a_web_page_shows_no_hidden_row_or_column():
    # Excel's "Publish as Web Page": the title and a line of facts above the header, a
    # cancelled activity in a hidden row, internal notes in a hidden column
    hidden = "<td style='display:none'>{}</td>"
    page = ("<html><body><table><tr><td colspan=4>แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2570</td></tr>"
            "<tr><td>ผลการประเมิน ITA ปี 2569</td><td>90.26</td><td>คะแนน</td><td>ผ่าน</td></tr>"
            "<tr><td>ลำดับ</td><td>กิจกรรม</td><td>ผู้รับผิดชอบ</td><td>ระยะเวลา</td>" + hidden.format("หมายเหตุ (ภายใน)") + "</tr>"
            "<tr><td>1</td><td>เผยแพร่ราคา</td><td>กลุ่มงานข้อมูล</td><td>ทุกวัน</td>" + hidden.format("") + "</tr>"
            "<tr style='height:0pt;display:none'><td>2</td><td>ตลาดนัด (ยกเลิก)</td><td>กลุ่มส่งเสริม</td><td>มี.ค.</td>"
            + hidden.format("ยกเลิก") + "</tr>"
            "<tr><td>3</td><td>อบรมเจ้าหน้าที่</td><td>กลุ่มบริหาร</td><td></td>" + hidden.format("เม.ย. 2570") + "</tr>"
            "</table></body></html>")
    result = lint_text("", document=read_html(page.encode()), pack_id="ita-2570")
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เผยแพร่ราคา"), ("3", "อบรมเจ้าหน้าที่")]
    assert stated(result)[1] == {"measure", "responsible"}  # the hidden note fills no period


def test_form_fields_lettered_in_thai_with_values_set_apart_by_spaces():
    text = RESULTS.replace("# ", "") + "".join(
        f"ข้อ {n}  เรื่องที่ {n}\n    (ก) ขั้นตอน/วิธีการ\n          ๑) ประกาศอัตรา\n          ๒) ออกใบเสร็จ\n"
        f"    (ข) ผู้รับผิดชอบ  กองคลัง\n    (ค) ระยะเวลา  ๑ ต.ค. ๒๕๖๗\n    (ง) ผลผลิต  {output}\n"
        f"    (จ) ผลลัพธ์  ไม่มีข้อร้องเรียน\n\n" for n, output in ((1, "ประกาศ ๓ จุด"), (2, "......")))
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เรื่องที่ 1"), ("2", "เรื่องที่ 2")]
    assert stated(result) == [{"measure", "steps", "responsible", "period", "output", "outcome"},
                              {"measure", "steps", "responsible", "period", "outcome"}]


def test_a_tab_table_goes_on_after_a_page_with_a_row_numbered_in_words_and_no_other_cell():
    # generated (seed 2576): the part after the page break opens "มาตรการที่ ๓ …<TAB>" with its
    # other cell empty; a Thai ordinal numbers the row as "๓." would: a row, no title
    text = ("องค์การบริหารส่วนตำบลหนองบัวแดง | รายงานประจำปี\n\n"
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
            "มาตรการ/กิจกรรม\tส่วนราชการที่รับผิดชอบ\nมาตรการที่ ๑ จัดทำคู่มือ\t-\nมาตรการที่ ๒ เผยแพร่แผน\t\n\n"
            "- ๒ -\nองค์การบริหารส่วนตำบลหนองบัวแดง | รายงานประจำปี\n\n"
            "มาตรการที่ ๓ ลดขั้นตอน\t\nมาตรการที่ ๔ เปิดเผยข้อมูล\tสำนักปลัด\n")
    from ita_lint.readers import parse_bytes

    result = lint_text("", document=parse_bytes("report.txt", text.encode()))
    assert [m.number for m in result.report.measures] == ["1", "2", "3", "4"]
    assert stated(result)[3] == {"measure", "responsible"}


# --- round 34: a filled form's fields set out by spaces, Sheets' web page, Confluence ----------

def test_a_filled_forms_fields_set_apart_by_spaces():
    # a PDF form filled in: "ชื่อมาตรการ  …" names the measure, a compound label
    # "ขั้นตอน/วิธีการดำเนินการ" opens a numbered list that goes on below it, an empty field
    # followed by the next, and "ผลผลิต (Output)" whose English name is the label's
    text = RESULTS.replace("# ", "") + "".join(
        f"มาตรการที่ {n}\n\nชื่อมาตรการ   เรื่องที่ {n}\n\nขั้นตอน/วิธีการดำเนินการ   1) ประกาศ\n\n2) เผยแพร่\n\n"
        f"ผู้รับผิดชอบ   กลุ่มตรวจการ\n\n{period}\n\nการติดตามผล   รายงานทุกเดือน\n\n"
        f"ผลผลิต (Output)   {output}\n\nผลลัพธ์ (Outcome)   ร้อยละ 87\n\n"
        for n, period, output in ((1, "ระยะเวลาดำเนินการ   ต.ค. 2568", "รายงาน 4 ฉบับ"), (2, "ระยะเวลาดำเนินการ", "-")))
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เรื่องที่ 1"), ("2", "เรื่องที่ 2")]
    every = {"measure", "steps", "responsible", "period", "monitoring", "output", "outcome"}
    assert stated(result) == [every, every - {"period", "output"}]


def test_a_google_sheets_web_page_without_its_column_letters_and_row_numbers():
    # "Download → Web page": column letters A B …, a row number in a <th> on every row,
    # an empty bar under the frozen rows, row 4 hidden (the numbers skip it)
    def row(n, *cells):
        return f"<tr><th>{n}</th>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
    page = ("<table><thead><tr><th></th><th>A</th><th>B</th><th>C</th></tr></thead><tbody>"
            + row(1, "แผนปฏิบัติการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. 2570", "", "")
            + row(2, "ลำดับ", "กิจกรรม", "ผู้รับผิดชอบ") + "<tr><th></th><td></td><td></td><td></td></tr>"
            + row(3, "1", "เผยแพร่ข้อมูลงบประมาณ", "กองคลัง") + row(5, "2", "อบรมเจ้าหน้าที่", "สำนักปลัด")
            + "</tbody></table>")
    result = lint_text("", document=read_html(page.encode()), pack_id="ita-2570")
    assert [(m.number, m.title) for m in result.report.measures] == [("1", "เผยแพร่ข้อมูลงบประมาณ"), ("2", "อบรมเจ้าหน้าที่")]


def test_a_step_that_sums_up_is_no_output_label_in_a_steps_cell():
    text = RESULTS + ("| มาตรการ | ขั้นตอน |\n|---|---|\n| รับฟังความคิดเห็น | จัดเวทีรับฟัง<br>สรุปผลและแจ้งกลับ<br>ชุมชน |\n")
    assert not lint_text(text).report.measures[0].has("output")


def test_a_pages_title_after_its_spaces_name_names_its_kind():
    text = ("# ITA คณะวิทยาศาสตร์ : แนวทางและมาตรการในการยกระดับคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "| ที่ | กิจกรรม | ผู้รับผิดชอบ |\n|---|---|---|\n| 1 | เผยแพร่ข้อมูล | งานคลัง |\n")
    assert lint_text(text, pack_id="ita-2570").report.kind == "plan"


@pytest.mark.parametrize("value, empty", [("[(ระบุ )]", True), ("[ - ]", True), ("[สำนักปลัด]", False)])
def test_a_blank_in_the_brackets_of_a_printed_comment_is_still_blank(value, empty):
    text = RESULTS + f"| มาตรการ | ระยะเวลา |\n|---|---|\n| เผยแพร่ข้อมูล | {value} |\n"
    assert lint_text(text).report.measures[0].has("period") is not empty


def test_labels_set_out_with_spaces_around_a_colon_are_lines_not_a_table():
    """Plain text typed in an editor: each field "ผู้รับผิดชอบ  :  กองคลัง", indented, the
    values' words falling under the columns of the lines above. Label lines, not a table."""
    measure = ("ข้อ {n}  {title}\n"
               "     ขั้นตอน/วิธีการดำเนินการ\n"
               "          ๑) ประกาศอัตราภาษีและกำหนดเวลาชำระ ณ สำนักงาน\n"
               "     ผู้รับผิดชอบ  :  {who}\n"
               "     ระยะเวลา  :  ๑ ต.ค. ๒๕๖๘ – ๓๐ ก.ย. ๒๕๖๙\n"
               "     การติดตามผล  :  ปลัดเทศบาลตรวจสอบรายงานทุกเดือน\n"
               "     ผลผลิต  :  ส่งแบบแจ้งการประเมิน ๒,๔๑๘ ราย สรุปผล ๔ ไตรมาส\n"
               "     ผลลัพธ์  :  จัดเก็บภาษีได้ร้อยละ ๙๖.๒ ของประมาณการ\n\n")
    text = ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
            + measure.format(n="๑", title="การเปิดเผยข้อมูลการจัดเก็บภาษี", who="กองคลัง (งานพัฒนาและจัดเก็บรายได้)")
            + measure.format(n="๒", title="การป้องกันการทุจริตในการจ่ายเบี้ยยังชีพ", who="(ระบุ)"))
    result = lint_text(text)
    assert [m.title for m in result.report.measures] == ["การเปิดเผยข้อมูลการจัดเก็บภาษี", "การป้องกันการทุจริตในการจ่ายเบี้ยยังชีพ"]
    assert stated(result) == [set(ELEMENTS), set(ELEMENTS) - {"responsible"}]


def test_a_label_value_table_nested_in_a_cell_keeps_a_field_left_empty():
    """Each measure's fields in a two-column table nested in its cell (WPS Office, Word):
    an empty value is that field left empty, not a line of the title, and a cue for the
    element in the label's own words does not fill it."""
    fields = ("<table><tr><td>ขั้นตอน/วิธีการดำเนินการ</td><td>1. รับคำขอผ่านระบบออนไลน์</td></tr>"
              "<tr><td>ผู้รับผิดชอบ</td><td>กลุ่มตรวจสอบมาตรฐาน</td></tr>"
              "<tr><td>การติดตามผล</td><td>{monitoring}</td></tr>"
              "<tr><td>ผลที่คาดว่าจะได้รับ</td><td>ผู้ขอรับรองได้รับผลภายในกำหนด</td></tr></table>")
    html = ('<h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>'
            '<table><tr><th>มาตรการที่</th><th>รายละเอียดมาตรการ</th></tr>'
            f'<tr><td>1</td><td>การตรวจรับรองผ้าไหม{fields.format(monitoring="รายงานผู้อำนวยการทุกเดือน")}</td></tr>'
            f'<tr><td>2</td><td>การเปิดเผยผลการคัดเลือก{fields.format(monitoring="")}</td></tr></table>')
    result = lint_text("", document=read_html(html.encode()))
    assert [m.title for m in result.report.measures] == ["การตรวจรับรองผ้าไหม", "การเปิดเผยผลการคัดเลือก"]
    assert [("monitoring" in s) for s in stated(result)] == [True, False]


def test_measures_in_tab_panels_are_read_the_hidden_ones_too():
    """A page builder's tabs (Elementor, Bootstrap): the tab titles in a tablist, the
    panels after them, all but the first hidden until their tab is clicked, and Elementor
    marks the panels' wrapper a "tablist" too. Every panel is the page's content."""
    panel = ('<div role="tabpanel" {hidden}><h4>มาตรการที่ {n} {title}</h4>'
             '<p><strong>ผู้รับผิดชอบ :</strong> กองคลัง</p><p><strong>ผลผลิต :</strong> เผยแพร่ 12 ครั้ง</p>'
             '<p><strong>ผลลัพธ์ :</strong> ไม่มีข้อร้องเรียน</p></div>')
    titles = ["เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "ลดขั้นตอนการขออนุญาต", "ป้องกันการรับสินบน"]
    html = ('<h1>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1>'
            '<div role="tablist">' + "".join(f'<div role="tab">มาตรการที่ {n}</div>' for n in (1, 2, 3)) + '</div>'
            '<div role="tablist">' + "".join(panel.format(n=n, title=t, hidden="" if n == 1 else 'hidden="hidden"')
                                             for n, t in enumerate(titles, 1)) + '</div>')
    result = _lint_html(html)
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert all(t in m.title for t, m in zip(titles, result.report.measures))
    assert stated(result) == [{"measure", "responsible", "output", "outcome"}] * 3


def test_a_gantt_charts_summary_tasks_are_the_activities_and_their_subtasks_the_steps():
    """Microsoft Project's table: task IDs counting the rows, the outline number in the
    task's name, the project's summary first. A summary task states its own dates, owners
    and indicator: it is the activity, the tasks numbered under it its steps."""
    rows = [("0", "แผนปฏิบัติการ ITA 2570", "261 วัน", "พฤ. 1/10/69", "พฤ. 30/9/70", "", ""),
            ("1", "1 เปิดเผยข้อมูลการระบายน้ำ", "195 วัน", "พฤ. 1/10/69", "พ. 30/6/70", "แผนกบริหารการผลิต",
             "ชุมชนได้รับแจ้งล่วงหน้าร้อยละ 100"),
            ("2", "1.1 ประชุมคณะกรรมการจัดการน้ำ", "22 วัน", "พฤ. 1/10/69", "ศ. 30/10/69", "", ""),
            ("3", "1.2 แจ้งแผนการระบายน้ำผ่านกำนัน", "173 วัน", "จ. 2/11/69", "พ. 30/6/70", "", ""),
            ("4", "2 ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อ", "217 วัน", "จ. 2/11/69", "อ. 31/8/70", "",
             "ไม่มีข้อร้องเรียน"),
            ("5", "2.1 กรรมการลงนามแบบแสดงความไม่มีส่วนได้เสีย", "43 วัน", "จ. 2/11/69", "พ. 30/12/69", "แผนกพัสดุ", ""),
            ("6", "2.2 เผยแพร่ราคากลาง", "217 วัน", "จ. 2/11/69", "อ. 31/8/70", "", "")]
    text = ("# แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "| รหัส | ชื่องาน | ระยะเวลา | เริ่ม | เสร็จสิ้น | ชื่อทรัพยากร | ตัวชี้วัด |\n|---|---|---|---|---|---|---|\n"
            + "".join("| " + " | ".join(r) + " |\n" for r in rows))
    result = lint_text(text)
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการระบายน้ำ"), ("2", "ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อ")]
    assert stated(result) == [{"measure", "steps", "period", "responsible", "outcome"}] * 2
    assert "ประชุมคณะกรรมการจัดการน้ำ" in result.report.measures[0].elements["steps"].text


def test_a_print_file_with_carriage_control_reads_as_printed():
    """A mainframe's report saved as text: "1" a new page, "0" / "-" one or two blank lines
    before, "+" printed over the line before (a heading twice, for bold; "___" under it).
    The page's header names its page ("PAGE: 2") and repeats on the next page."""
    from ita_lint.readers.print_control import as_printed

    header = ["1ITAR0200  กรมศุลกากร  CUSTOMS DEPARTMENT        PAGE:     {page}",
              " RUN DATE: 06/10/2569  08:41:17   USER: KY04020", " " + "-" * 60]
    measure = ["-มาตรการที่ : {n}   {title}", "+มาตรการที่ : {n}   {title}",
               "    ผู้รับผิดชอบ        : ฝ่ายบริการศุลกากร", "    ระยะเวลา        : {period}",
               "    ผลผลิต           : ตรวจปล่อยใบขนสินค้า 48,216 ฉบับ", "    ผลลัพธ์           : ไม่มีข้อร้องเรียน"]
    lines = ([h.format(page=1) for h in header]
             + ["0     รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569",
                "+     " + "_" * 40, " " + "=" * 60]
             + [m.format(n="001", title="การตรวจปล่อยสินค้าตามลำดับ", period="01/10/2568 - 30/09/2569") for m in measure]
             + [h.format(page=2) for h in header]
             + [m.format(n="002", title="การเปิดเผยข้อมูลการจัดเก็บอากร", period="-") for m in measure])
    printed, _ = as_printed(lines, list(range(1, len(lines) + 1)))
    assert "มาตรการที่ : 001   การตรวจปล่อยสินค้าตามลำดับ" in [p.strip() for p in printed]
    assert sum(1 for p in printed if "001" in p) == 1  # the bold overprint is one line
    result = lint_text("\n".join(lines))
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "การตรวจปล่อยสินค้าตามลำดับ"), ("2", "การเปิดเผยข้อมูลการจัดเก็บอากร")]
    assert stated(result) == [{"measure", "responsible", "period", "output", "outcome"},
                              {"measure", "responsible", "output", "outcome"}]
    assert result.report.fiscal_year == 2569
    # text whose lines merely open with those characters is no print file
    plain = ["1 เผยแพร่ข้อมูล", " ผู้รับผิดชอบ: กองคลัง", "0 ครั้ง", "- ขั้นตอน", "ผลผลิต: 3 ครั้ง"]
    assert as_printed(plain, [1, 2, 3, 4, 5]) == (plain, [1, 2, 3, 4, 5])


def test_a_to_do_notes_tasks_are_its_activities():
    """A Joplin or Obsidian note: each activity a task "- [ ] **กิจกรรมที่ n …**", its steps
    nested tasks ticked as done, its other fields nested bullets "ผู้รับผิดชอบ: …"."""
    item = ("- [ ] **กิจกรรมที่ {n} {title}**\n    - ขั้นตอน\n        - [x] {n}.1 ปรับปรุงหน้าเว็บไซต์\n"
            "        - [ ] {n}.2 อัปโหลดแผน\n    - ผู้รับผิดชอบ: กลุ่มบริหารงบประมาณ\n"
            "    - ระยะเวลา: ต.ค. 2569 – ก.ย. 2570\n    - ตัวชี้วัด: ข้อมูลครบร้อยละ 100\n\n")
    text = ("---\ntitle: แผน ITA 2570\n---\n\n"
            "# แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            "## กิจกรรมตามแผน\n\n" + item.format(n=1, title="เผยแพร่ข้อมูลพื้นฐาน") + item.format(n=2, title="ประกาศเจตจำนงสุจริต"))
    result = lint_text(text, pack_id="ita-2570")
    assert [m.title for m in result.report.measures] == ["เผยแพร่ข้อมูลพื้นฐาน", "ประกาศเจตจำนงสุจริต"]
    assert all({"steps", "responsible", "period", "outcome"} <= s for s in stated(result))


def test_a_forms_title_its_year_below_and_a_signature_after_an_empty_field():
    """An office's template filled in: "แบบฟอร์มการจัดทำมาตรการ…" over "ประจำปีงบประมาณ พ.ศ.
    2570"; the last field left empty (its dots were a tab leader), then who signs."""
    text = ("แบบฟอร์มการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\n\nประจำปีงบประมาณ พ.ศ.  2570\n\n"
            "ส่วนที่ 2 มาตรการส่งเสริมคุณธรรมและความโปร่งใส\n\n"
            "มาตรการที่  1   ชื่อมาตรการ  การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง\n\nผู้รับผิดชอบ  กองคลัง\n\n"
            "การติดตามผล  ปลัดเทศบาลตรวจสอบทุกเดือน\n\nผลที่คาดว่าจะได้รับ\n\n"
            "ลงชื่อ\tผู้จัดทำ\n\n( นางสาวปวีณา ศรีราชาสินธุ์ )\n\nตำแหน่ง  นักวิเคราะห์นโยบายและแผน\n")
    result = lint_text(text, pack_id="ita-2570")
    assert (result.report.kind, result.report.fiscal_year, result.report.fiscal_year_source) == ("measures", 2570, "title")
    assert len(result.report.measures) == 1
    assert "outcome" not in stated(result)[0] and "responsible" in stated(result)[0]


def test_a_plans_guidelines_numbered_in_words_are_its_activities():
    """"แนวทางและมาตรการในการยกระดับ…" written as text: each activity "แนวทางที่ n …", its
    steps "n.1 …" under a steps label, then its fields."""
    item = ("แนวทางที่ {n}  {title}\n    กิจกรรมที่ดำเนินการ\n        {n}.1  ประกาศหลักเกณฑ์ทางเว็บไซต์\n"
            "        {n}.2  รายงานผลหลังจบกิจกรรม\n    ผู้รับผิดชอบ        : งานส่งเสริมการตลาด\n"
            "    ห้วงเวลา            : ต.ค. 2569 – ก.ย. 2570\n    ตัวชี้วัดความสำเร็จ  : เผยแพร่ครบทุกกิจกรรม\n\n")
    text = ("แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2570\n\n"
            + item.format(n=1, title="เปิดเผยข้อมูลการสนับสนุนงบประมาณ") + item.format(n=2, title="ป้องกันผลประโยชน์ทับซ้อน"))
    result = lint_text(text, pack_id="ita-2570")
    assert [(m.number, m.title) for m in result.report.measures] == [
        ("1", "เปิดเผยข้อมูลการสนับสนุนงบประมาณ"), ("2", "ป้องกันผลประโยชน์ทับซ้อน")]
    assert all({"steps", "responsible", "period", "outcome"} <= s for s in stated(result))
