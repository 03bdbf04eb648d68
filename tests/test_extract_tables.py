"""Measure tables: pages joined, cut rows merged, group rows skipped."""

from __future__ import annotations

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
