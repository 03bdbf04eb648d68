"""reStructuredText source (Sphinx, Read the Docs) saved as .txt: its tables, titles and
the markup that shows no text."""

from __future__ import annotations

from ita_lint.readers.text import parse
from tests.conftest import lint_text
from tests.test_forms_unseen import stated

TITLE = ("=" * 60 + "\nรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569\n"
         + "=" * 60 + "\n\n:หน่วยงาน: เทศบาลตำบลหนองโพธิ์ทอง\n\n.. contents:: สารบัญ\n   :depth: 2\n\n")

LIST_TABLE = """.. list-table:: ตารางที่ 1 ผลการดำเนินการ
   :header-rows: 1
   :widths: 5 20 25 15 15 15

   * - ที่
     - มาตรการ
     - ขั้นตอน/วิธีการ
     - ผู้รับผิดชอบ
     - ผลผลิต
     - ผลลัพธ์
   * - 1
     - เปิดเผยข้อมูลการจัดซื้อจัดจ้าง
     - - รวบรวมข้อมูล
       - เผยแพร่บนเว็บไซต์
     - กองคลัง
     - เผยแพร่ครบ 12 เดือน
     - ประชาชนตรวจสอบได้
   * - 2
     - อบรมจริยธรรมบุคลากร
     - จัดอบรม
     - ``-``
     - ผู้เข้าอบรม 74 คน
     -
   * - 3
     - ป้องกันผลประโยชน์ทับซ้อน
     - จัดทำคู่มือ
     - สำนักปลัด
     - คู่มือ 1 เล่ม
     - ไม่พบเรื่องร้องเรียน
"""


def test_a_list_table_is_read_row_by_row_a_list_in_a_cell_staying_in_it():
    result = lint_text(TITLE + "ผลการดำเนินการ\n--------------\n\n" + LIST_TABLE + "\nลงชื่อ ผู้รายงาน\n")
    assert [m.number for m in result.report.measures] == ["1", "2", "3"]
    assert stated(result) == [{"measure", "steps", "responsible", "output", "outcome"},
                              {"measure", "steps", "output"},  # ``-`` and a bare "-" are empty
                              {"measure", "steps", "responsible", "output", "outcome"}]
    assert result.report.measures[0].elements["steps"].text.endswith("เผยแพร่บนเว็บไซต์")
    assert result.report.measures[1].location.line == 30  # the source's own line, options and all
    assert result.report.agency == "เทศบาลตำบลหนองโพธิ์ทอง"  # a docinfo field is a label


def test_titles_take_their_level_from_the_order_their_adornments_are_first_used():
    text = TITLE + "ส่วนที่ 1\n~~~~~~~~~\n\nข้อความ\n\nข้อ 1.1\n^^^^^^^\n\nข้อความ\n\nส่วนที่ 2\n~~~~~~~~~\n"
    headings = [(b.level, b.text) for b in parse(text) if b.type == "heading"]
    assert [level for level, _ in headings] == [1, 2, 3, 2]  # "~~~" opens no code block
    assert headings[0][1].startswith("รายงานผลการดำเนินการ")


def test_a_csv_table_a_grid_in_a_table_directive_and_a_comment_that_shows_nothing():
    grid = ("   +----+--------------+-----------------+-------------+\n"
            "   | ที่ | มาตรการ      | ผู้รับผิดชอบ     | ผลลัพธ์       |\n"
            "   +====+==============+=================+=============+\n"
            "   | 1  | เปิดเผยข้อมูล   | ผอ.รพ.สต.        | ประชาชนเข้าถึง |\n"
            "   +----+--------------+-----------------+-------------+\n"
            "   | 2  | ช่องทางร้องเรียน | ``(ระบุ)``       | แก้ไขเรื่อง    |\n"
            "   +----+--------------+-----------------+-------------+\n")
    text = (TITLE + ".. table:: ตารางที่ 1\n\n" + grid + "\n"
            ".. csv-table:: ตารางที่ 2\n   :header: \"ที่\", \"มาตรการ\", \"ผู้รับผิดชอบ\", \"ผลลัพธ์\"\n\n"
            "   3, \"อบรมจริยธรรม\", \"พยาบาลวิชาชีพ\", \"ร้อยละ 80 ผ่านเกณฑ์\"\n"
            "   4, \"ป้องกันผลประโยชน์ทับซ้อน\", \"จพ.สาธารณสุข\", \"\"\n\n"
            "..\n   5, มาตรการที่ถอนแล้ว: ความเห็นภายใน ไม่แสดงบนหน้าเว็บ\n\n"
            ".. note::\n\n   ทุกมาตรการรายงานผลต่อสาธารณสุขอำเภอทุกไตรมาส\n")
    result = lint_text(text)
    assert [m.number for m in result.report.measures] == ["1", "2", "3", "4"]
    assert stated(result) == [{"measure", "responsible", "outcome", "monitoring"},
                              {"measure", "outcome", "monitoring"},
                              {"measure", "responsible", "outcome", "monitoring"},
                              {"measure", "responsible", "monitoring"}]
    assert "ถอนแล้ว" not in " ".join(b.text for b in parse(text))


def test_an_auto_numbered_list_counts_as_the_page_shows_it():
    text = TITLE + "#. จัดทำคู่มือ\n#. เผยแพร่คู่มือ\n\nข้อความ\n\n#. อีกรายการ\n"
    items = [b.text for b in parse(text) if b.type == "list_item"]
    assert items == ["1. จัดทำคู่มือ", "2. เผยแพร่คู่มือ", "1. อีกรายการ"]
