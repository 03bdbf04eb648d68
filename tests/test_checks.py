"""Each check type on the cases its rule examples do not cover."""

from __future__ import annotations

from tests.conftest import lint_text

RESULTS = "# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"
MEASURES = "# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"


def rules(result, rule):
    return [f for f in result.findings if f.rule == rule]


# --- existence (placeholder) --------------------------------------------------------------

def test_placeholder_exemptions_and_hits():
    text = RESULTS + (
        "สารบัญ\nบทนำ .............................. ๑\n\n"
        "( ) ไม่อนุมัติ เนื่องจาก ....................\n\n"
        "☐ ไม่เห็นชอบ เพราะ ..........\n\n"
        "ลงชื่อ ..............................\n\n"
        "( .............................. )\n\n"
        "ผลการดำเนินการ: XXX\n"
    )
    found = rules(lint_text(text, select=["placeholder"]), "placeholder")
    assert [f.location.line for f in found] == [14]  # only the "XXX" line


def test_placeholder_inside_a_measure_names_it():
    text = RESULTS + "| มาตรการ | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|\n| ก | ............ | ข |\n"
    (f,) = rules(lint_text(text, select=["placeholder"]), "placeholder")
    assert f.measure == 1 and "มาตรการที่ 1" in f.message


# --- status-box ---------------------------------------------------------------------------

def test_box_lists_that_are_not_statuses_are_left_alone():
    text = RESULTS + "| มาตรการ | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|\n| ก | ☑ อนุมัติ ☑ ไม่อนุมัติ | ข |\n"
    assert rules(lint_text(text, select=["status-box"]), "status-box") == []


def test_status_boxes_in_labelled_measures():
    text = RESULTS + "๑. เผยแพร่แผน\n- ผลการดำเนินการ: ☑ อยู่ระหว่างการดำเนินการ ☑ ดำเนินการแล้วเสร็จ\n- ผลลัพธ์: ดี\n"
    (f,) = rules(lint_text(text), "status-box")
    assert f.measure == 1 and "อยู่ระหว่างการดำเนินการ, ดำเนินการแล้วเสร็จ" in f.message


# --- score-consistency --------------------------------------------------------------------

def test_band_on_the_old_scale():
    text = ("# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๕\n\n"
            "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๕ ได้คะแนน ๘๐.๕๐ คะแนน อยู่ในระดับ A\n")
    (f,) = rules(lint_text(text, select=["score-consistency"]), "score-consistency")
    assert '"A"' in f.message and '"B"' in f.message


def test_partial_scores_are_not_totals():
    text = RESULTS + "ผลการประเมิน EIT มีคะแนนเฉลี่ยอยู่ที่ ๗๐.๐๐ คะแนน ผลการประเมินอยู่ในระดับ ผ่าน\n"
    assert rules(lint_text(text, select=["score-consistency"]), "score-consistency") == []


def test_ocr_figures_are_ignored():
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Options, Selection, lint_report
    from ita_lint.extract import extract
    from ita_lint.model import Document
    from ita_lint.readers.text import parse

    blocks = parse(RESULTS + "ผลการประเมิน ITA ได้คะแนน ๘๒.๔๐ คะแนน อยู่ในระดับ ผ่าน\n")
    for b in blocks:
        b.from_ocr = True
    pack = load_pack("ita-2569")
    result = lint_report(extract(Document("x.pdf", "pdf", blocks), pack), pack,
                         Options(selection=Selection(select=frozenset({"score-consistency"}))))
    assert result.findings == []


# --- fiscal-year-periods --------------------------------------------------------------------

def test_citing_last_years_assessment_is_fine_but_this_year_is_not():
    ok = RESULTS + "| มาตรการ | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|\n| นำผลการประเมิน ITA ปีงบประมาณ ๒๕๖๗ มาวิเคราะห์ | ทำแล้ว | ดีขึ้นจากปีงบประมาณ ๒๕๖๗ |\n"
    assert rules(lint_text(ok), "fiscal-year-periods") == []
    bad = ok.replace("ดีขึ้นจากปีงบประมาณ ๒๕๖๗", "ในปีงบประมาณ ๒๕๖๗ นี้ ดีขึ้น")
    assert [f.measure for f in rules(lint_text(bad), "fiscal-year-periods")] == [1]


# --- section, measures-found, kind, fiscal-year-declared --------------------------------------

def test_section_heading_without_content_is_missing():
    text = MEASURES + "## ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน\n\n## ประเด็นที่จะต้องพัฒนาให้ดีขึ้น\n\nการสื่อสารกับประชาชนผ่านช่องทางออนไลน์ยังไม่ทั่วถึง\n"
    result = lint_text(text, select=["analysis-weaknesses", "analysis-improvements"])
    assert [f.rule for f in result.findings] == ["analysis-weaknesses"]


def test_section_as_a_table_column():
    text = MEASURES + "ตัวชี้วัด\tข้อบกพร่องหรือจุดอ่อน\tประเด็นที่จะต้องพัฒนาให้ดีขึ้น\nตัวชี้วัดที่ ๙\tข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบันหลายรายการ\tการปรับปรุงข้อมูลทุกเดือนอย่างสม่ำเสมอ\n"
    result = lint_text(text, select=["analysis-weaknesses", "analysis-improvements"])
    assert result.findings == []


def test_empty_text_is_never_a_silent_pass():
    result = lint_text("")
    assert not result.passed
    assert {f.rule for f in result.findings} >= {"measures-found", "kind-recognised"}
    assert result.score < 50


def test_unknown_kind_only_gets_document_rules():
    result = lint_text("# บันทึกการประชุม\n\n| มาตรการ | ผู้รับผิดชอบ |\n|---|---|\n| ก | - |\n")
    assert result.report.kind == "unknown"
    assert not [f for f in result.findings if f.category == "missing-element"]
    assert result.required == ()
