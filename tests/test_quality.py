"""Content-quality warnings (category `quality`) on realistic Thai text, false positives included.

Each rule's pass/fail examples run in test_rule_examples.py; here are the cases around
them: the wordings each rule must let be, the decisions documented in
rules/common/quality.yaml (a person's name is a responsible party; a ticked status box
is judged with its outcome; a later year may be "this year"), and that none of them
touches the score.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_lint.engine.checks import check_for
from ita_lint.engine.loader import load_pack
from ita_lint.engine.packs import RulePackError
from ita_lint.engine.run import Options, Selection, lint_report
from ita_lint.extract import extract
from ita_lint.model import Document, ElementValue, Location, Measure
from ita_lint.readers.text import parse
from tests.conftest import SAMPLES, lint_text

RESULTS = "# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"
MEASURES = "# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
PLAN = "# แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
QUALITY = ("outcome-repeats-output", "responsible-vague", "output-no-evidence", "other-agency", "this-year-mismatch")


def fired(text: str, rule: str, lang: str = "th"):
    return [f for f in lint_text(text, select=[rule], lang=lang).findings if f.rule == rule]


def results_row(output: str, outcome: str, measure: str = "เผยแพร่แผนการใช้จ่ายงบประมาณ") -> str:
    return RESULTS + ("| มาตรการ/กิจกรรม | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|\n"
                      f"| {measure} | {output} | {outcome} |\n")


BOXES_DONE = "☐ ไม่สามารถดำเนินการได้ ☐ อยู่ระหว่างการดำเนินการ ☑ ดำเนินการแล้วเสร็จ"


# --- the rules as a family ----------------------------------------------------------------

def test_every_quality_rule_is_a_weightless_warning_with_its_examples():
    pack = load_pack("ita-2569")
    for rule_id in QUALITY:
        rule = pack.rule(rule_id)
        assert rule is not None, rule_id
        assert (rule.category, rule.severity, rule.weight) == ("quality", "warning", 0), rule_id
        assert len(rule.examples.pass_) >= 2 and len(rule.examples.fail) >= 2, rule_id
        assert rule.reference.confirmed is False, rule_id


def test_warnings_never_change_the_score_or_the_verdict():
    text = results_row("ดำเนินการแล้ว", "ดำเนินการแล้ว")
    result = lint_text(text)
    assert {f.rule for f in result.findings} >= {"outcome-repeats-output", "output-no-evidence"}
    assert all(f.severity == "warning" for f in result.findings if f.category == "quality")
    quiet = lint_text(text, select=["element-measure", "element-output", "element-outcome"])
    assert result.score == quiet.score == 100.0
    assert result.passed


def test_ignore_quality_turns_them_all_off():
    pack = load_pack("ita-2569")
    report = extract(Document("<test>.md", "markdown", parse(results_row("ดำเนินการแล้ว", "ดำเนินการแล้ว"))), pack)
    result = lint_report(report, pack, Options(selection=Selection(ignore=frozenset({"quality"}))))
    assert not [f for f in result.findings if f.category == "quality"]


def test_the_samples_stay_quiet():
    # each sample shows other defects (samples/README.md); their contents are sound
    for path in sorted(SAMPLES.rglob("*.md")):
        if path.name == "README.md":
            continue
        result = lint_text(path.read_text(encoding="utf-8"), select=QUALITY)
        assert result.findings == [], (path.name, [f.message for f in result.findings])


def test_a_broken_pattern_names_the_rule_and_field(tmp_path: Path):
    (tmp_path / "mine.yaml").write_text(
        "rules:\n"
        "  - id: my-evidence\n"
        "    type: element-content\n"
        "    element: output\n"
        "    kinds: [results]\n"
        "    category: quality\n"
        "    severity: warning\n"
        "    weight: 0\n"
        "    require: ['(ตัวเลข']\n"
        "    summary: {th: ก, en: a}\n"
        "    message: {th: ก, en: a}\n"
        "    fix: {th: ก, en: a}\n"
        "    reference: {source: mine, confirmed: false}\n"
        "    examples: {pass: ['# ก'], fail: ['# ข']}\n", encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_pack("ita-2569", (str(tmp_path),))
    assert "my-evidence" in str(err.value) and "require" in str(err.value)


def test_a_name_pattern_without_its_group_is_refused(tmp_path: Path):
    (tmp_path / "mine.yaml").write_text(
        "rules:\n"
        "  - id: my-agency\n"
        "    type: other-agency\n"
        "    kinds: []\n"
        "    category: quality\n"
        "    severity: warning\n"
        "    weight: 0\n"
        "    agencies: [{name: {th: ก, en: a}, patterns: ['เทศบาลตำบล[ก-๛]+']}]\n"
        "    actor_before: ['ของ$']\n"
        "    actor_after: ['ได้']\n"
        "    summary: {th: ก, en: a}\n"
        "    message: {th: ก, en: a}\n"
        "    fix: {th: ก, en: a}\n"
        "    reference: {source: mine, confirmed: false}\n"
        "    examples: {pass: ['# ก'], fail: ['# ข']}\n", encoding="utf-8")
    with pytest.raises(RulePackError) as err:
        load_pack("ita-2569", (str(tmp_path),))
    assert "my-agency" in str(err.value) and "group `name`" in str(err.value)


# --- outcome-repeats-output ---------------------------------------------------------------

@pytest.mark.parametrize("output,outcome", [
    ("เผยแพร่แผนบนเว็บไซต์ของหน่วยงานแล้ว", "เผยแพร่แผนบนเว็บไซต์ของหน่วยงานแล้ว"),
    ("จัดประชุมชี้แจงบุคลากร ๒ ครั้ง", "- จัดประชุมชี้แจงบุคลากรแล้ว ๒ ครั้ง"),  # near-identical counts too
    ("๑. จัดอบรมคุณธรรมจริยธรรม", "ผลลัพธ์: จัดอบรมคุณธรรม จริยธรรม"),  # list number, label, stray space
    (BOXES_DONE, "ดำเนินการแล้วเสร็จ"),  # a ticked box, and the outcome only says the same status
])
def test_outcome_that_repeats_the_output(output, outcome):
    (f,) = fired(results_row(output, outcome), "outcome-repeats-output")
    assert f.element == "outcome" and f.measure == 1 and f.severity == "warning"
    assert "ซ้ำกับผลการดำเนินการ" in f.message and "มาตรการที่ 1" in f.message


@pytest.mark.parametrize("output,outcome", [
    ("จัดอบรม ๒ ครั้ง ผู้เข้าร่วม ๔๕ คน", "ผู้เข้าอบรมร้อยละ ๙๐ ผ่านแบบทดสอบหลังการอบรม"),
    # the outcome builds on the output's words and says what came of it
    ("เผยแพร่แผนการใช้จ่ายงบประมาณบนเว็บไซต์", "บุคลากรและประชาชนรับรู้แผนการใช้จ่ายงบประมาณและตรวจสอบการเบิกจ่ายได้"),
    (BOXES_DONE, "บุคลากรลงลายมือชื่อรับทราบนโยบายครบทุกคน จำนวน ๔๘ คน"),
    # one cell holding both, the outcome labelled inside it: the output says more than its outcome
    ("ผลผลิต : ผู้ตอบแบบสอบถาม 412 ราย<br>ผลลัพธ์ : ความพึงพอใจเฉลี่ยร้อยละ 88.75 นำข้อเสนอแนะไปปรับปรุงการบริการ 3 เรื่อง",
     "ความพึงพอใจเฉลี่ยร้อยละ 88.75 นำข้อเสนอแนะไปปรับปรุงการบริการ 3 เรื่อง"),
])
def test_outcome_that_says_more_is_left_alone(output, outcome):
    assert fired(results_row(output, outcome), "outcome-repeats-output") == []


def test_a_missing_outcome_is_the_element_rules_not_this_one():
    text = results_row("เผยแพร่แผนบนเว็บไซต์แล้ว", "-")
    assert fired(text, "outcome-repeats-output") == []
    assert [f.measure for f in lint_text(text).findings if f.rule == "element-outcome"] == [1]


def test_repeat_message_in_english():
    (f,) = fired(results_row("เผยแพร่แผนแล้ว", "เผยแพร่แผนแล้ว"), "outcome-repeats-output", lang="en")
    assert f.message.startswith("Measure 1 ") and "repeats the output" in f.message


# --- responsible-vague --------------------------------------------------------------------

def measures_row(responsible: str) -> str:
    return MEASURES + ("| มาตรการ | ขั้นตอนหรือวิธีการปฏิบัติ | ผู้รับผิดชอบ | การกำกับติดตาม |\n|---|---|---|---|\n"
                       f"| ป้องกันผลประโยชน์ทับซ้อน | จัดทำคู่มือและชี้แจงบุคลากร | {responsible} | รายงานผลต่อนายกฯ ทุกไตรมาส |\n")


@pytest.mark.parametrize("responsible", [
    "ทุกคน", "เจ้าหน้าที่", "เจ้าหน้าที่ทุกคน", "บุคลากรทุกคน", "เจ้าหน้าที่ผู้รับผิดชอบ", "ผู้รับผิดชอบโครงการ",
    "หน่วยงานที่เกี่ยวข้อง", "ทุกฝ่ายที่เกี่ยวข้อง", "ผู้ที่เกี่ยวข้อง", "ข้าราชการและพนักงานทุกคน",
    "บุคลากรในหน่วยงาน", "All staff",
])
def test_responsible_that_names_no_one(responsible):
    (f,) = fired(measures_row(responsible), "responsible-vague")
    assert f.element == "responsible" and f.measure == 1
    assert responsible in f.message and "ไม่ระบุหน่วยงานหรือตำแหน่ง" in f.message


@pytest.mark.parametrize("responsible", [
    "กองคลัง", "สำนักปลัด (งานนิติการ)", "สำนักปลัดเทศบาล กองคลัง กองช่าง", "กลุ่มงานบริหารทั่วไป",
    "เจ้าหน้าที่การเงิน", "เจ้าหน้าที่พัสดุ / กองคลัง", "ครูประจำชั้น", "หัวหน้าสำนักปลัด", "ปลัด อบต.",
    "ผอ.รพ.สต.", "นายกเทศมนตรี / ปลัดเทศบาล", "คณะกรรมการตรวจรับพัสดุ", "หน่วยตรวจสอบภายใน",
    # posts and units outside any list of unit words, from published reports
    "พยาบาลวิชาชีพ", "นักวิชาการสาธารณสุข", "นายด่านศุลกากร", "ร้านค้าสงเคราะห์ผู้ต้องขัง", "ผกก.สภ.โคกสำราญ",
    # every division: units, all of them
    "ทุกกอง", "ทุกส่วนราชการ", "ทุกกอง โดยมีงานประชาสัมพันธ์เป็นผู้ประสานงาน",
    # a person's name is someone to hold to account (documented in quality.yaml)
    "นางสาวสมศรี ใจดี", "นายธนพล บุญมา / เจ้าพนักงานสาธารณสุข",
    "Finance Division", "Director of Administration",
])
def test_responsible_that_names_a_unit_post_or_person(responsible):
    assert fired(measures_row(responsible), "responsible-vague") == []


def test_responsible_dash_is_a_missing_element_not_a_vague_one():
    result = lint_text(measures_row("-"))
    assert [f.rule for f in result.findings if f.measure == 1 and f.element == "responsible"] == ["element-responsible"]


def test_responsible_in_a_plan_and_not_in_a_results_report():
    plan = PLAN + "| กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ |\n|---|---|---|\n| ประชุมทบทวนผล ITA | พ.ย. ๖๘ | เจ้าหน้าที่ |\n"
    assert [f.measure for f in fired(plan, "responsible-vague")] == [1]
    results = RESULTS + ("| มาตรการ | ผู้รับผิดชอบ | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|---|\n"
                         "| เผยแพร่แผน | เจ้าหน้าที่ | เผยแพร่ ๔ ไตรมาส | บุคลากรรับทราบ |\n")
    assert fired(results, "responsible-vague") == []  # not an element a results report must show


# --- output-no-evidence -------------------------------------------------------------------

@pytest.mark.parametrize("output", [
    "จัดอบรม ๒ ครั้ง ผู้เข้าร่วม ๔๕ คน",
    "เผยแพร่แผนเมื่อเดือนพฤศจิกายน",
    "ประกาศองค์การบริหารส่วนตำบลหนองบัว เรื่อง นโยบายไม่รับของขวัญ",
    "แต่งตั้งคณะทำงานตามคำสั่งที่ ๑๒/๒๕๖๘",
    "เผยแพร่บนเว็บไซต์ www.nongbua.go.th",
    "เผยแพร่ครบทุกไตรมาส",
    "ไม่มีเรื่องร้องเรียนการทุจริตตลอดปีงบประมาณ",
    "จัดกิจกรรมแล้ว รายละเอียดตามเอกสารแนบ",
    # not carried out, or not yet due: nothing to show
    "ไม่สามารถดำเนินการได้ เนื่องจากไม่ได้รับจัดสรรงบประมาณ",
    "ยังไม่ถึงกำหนดดำเนินการ",
])
def test_output_with_evidence(output):
    assert fired(results_row(output, "บุคลากรรับทราบ"), "output-no-evidence") == []


@pytest.mark.parametrize("output", [
    "เผยแพร่ข้อมูลบนเว็บไซต์ของหน่วยงานเรียบร้อยแล้ว",
    "๑. ตรวจสอบข้อมูลบนเว็บไซต์และปรับปรุงให้เป็นปัจจุบัน",  # a list number is no figure
    "ประกาศแนวปฏิบัติการยืมทรัพย์สินและแจ้งเวียนบุคลากร",  # a document, but neither its number nor its subject
])
def test_output_without_evidence(output):
    (f,) = fired(results_row(output, "บุคลากรรับทราบ"), "output-no-evidence")
    assert f.element == "output" and f.measure == 1
    assert "ไม่มีตัวเลข วันที่ ชื่อเอกสาร หรือลิงก์" in f.message and "เพียงสถานะ" not in f.message


def test_a_status_alone_is_judged_with_its_outcome():
    # the common form: the output column holds the ticked box, the outcome the details
    assert fired(results_row(BOXES_DONE, "บุคลากรลงลายมือชื่อรับทราบ ๔๘ คน"), "output-no-evidence") == []
    assert fired(results_row("ดำเนินการแล้วเสร็จ", "ไม่พบการเรียกรับเงินนอกระบบ ผู้ค้า ๘๔ ราย"), "output-no-evidence") == []
    (f,) = fired(results_row(BOXES_DONE, "ตัวแทนชุมชนเข้าร่วมตรวจรับงาน"), "output-no-evidence")
    assert "เพียงสถานะ" in f.message
    (f,) = fired(results_row("☑ อยู่ระหว่างการดำเนินการ", "-"), "output-no-evidence")
    assert "เพียงสถานะ" in f.message


def test_an_unticked_not_done_box_does_not_excuse_the_output():
    boxes = "☐ ไม่สามารถดำเนินการได้ ☑ อยู่ระหว่างการดำเนินการ ☐ ดำเนินการแล้วเสร็จ"
    assert len(fired(results_row(boxes, "อยู่ระหว่างพัฒนาระบบ"), "output-no-evidence")) == 1
    ticked = "☑ ไม่สามารถดำเนินการได้ ☐ อยู่ระหว่างการดำเนินการ ☐ ดำเนินการแล้วเสร็จ"
    assert fired(results_row(ticked, "ไม่ได้รับจัดสรรงบประมาณ"), "output-no-evidence") == []


def test_output_evidence_only_in_results_reports():
    text = PLAN + ("| กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ | ผลการดำเนินการ |\n|---|---|---|---|\n"
                   "| ประชุมทบทวนผล ITA | พ.ย. ๖๘ | สำนักปลัด | ดำเนินการแล้ว |\n")
    assert fired(text, "output-no-evidence") == []


def test_output_message_in_english():
    (f,) = fired(results_row("เผยแพร่ข้อมูลบนเว็บไซต์แล้ว", "ประชาชนเข้าถึงข้อมูล"), "output-no-evidence", lang="en")
    assert "gives no figure, date, document or link" in f.message


# --- other-agency -------------------------------------------------------------------------

OWN = RESULTS + "**องค์การบริหารส่วนตำบลหนองบัว**\n\n"


@pytest.mark.parametrize("sentence,name", [
    ("ตามที่องค์การบริหารส่วนตำบลป่าแดงได้ประกาศมาตรการส่งเสริมคุณธรรม บัดนี้ได้ดำเนินการครบแล้ว", "ป่าแดง"),
    ("องค์การบริหารส่วนตำบลป่าแดง จึงขอรายงานผลการดำเนินการ ดังนี้", "ป่าแดง"),
    ("เผยแพร่ประกาศองค์การบริหารส่วนตำบลป่าแดง เรื่อง นโยบายไม่รับของขวัญ", "ป่าแดง"),
    ("(นายสมชาย ใจดี)\nนายกองค์การบริหารส่วนตำบลป่าแดง", "ป่าแดง"),
    ("บุคลากรของ อบต.ป่าแดงทุกคนลงนามรับทราบ", "ป่าแดง"),
])
def test_another_agency_of_the_same_kind_as_the_actor(sentence, name):
    (f,) = fired(OWN + sentence + "\n", "other-agency")
    assert name in f.message and "องค์การบริหารส่วนตำบลหนองบัว" in f.message
    assert f.severity == "warning" and f.category == "quality"


@pytest.mark.parametrize("sentence", [
    # its own name, in full, abbreviated, run into the next words
    "องค์การบริหารส่วนตำบลหนองบัวได้ดำเนินการครบทุกมาตรการ",
    "ปลัด อบต.หนองบัว รายงานผลต่อนายก อบต.หนองบัวทุกไตรมาส",
    "ประกาศองค์การบริหารส่วนตำบลหนองบัวอำเภอเมืองขอนแก่น เรื่อง มาตรการป้องกันการทุจริต",
    # the kind's word used alone: no name
    "นายก อบต. ลงนามประกาศ และรายงานผลต่อนายก อบต. ภายใน ๑๕ วัน",
    "เผยแพร่บนเว็บไซต์ขององค์การบริหารส่วนตำบล เมื่อวันที่ ๓๐ ตุลาคม ๒๕๖๗",
    "นายกองค์การบริหารส่วนตำบลลงนามในประกาศนโยบาย No Gift Policy",
    "ปลัดองค์การบริหารส่วนตำบล ปฏิบัติหน้าที่ นายกองค์การบริหารส่วนตำบลหนองบัว",
    # partners and places visited
    "จัดประชุมร่วมกับองค์การบริหารส่วนตำบลโนนทองเพื่อแลกเปลี่ยนแนวทาง",
    "ศึกษาดูงานการเปิดเผยข้อมูลที่องค์การบริหารส่วนตำบลป่าแดง",
    "ประสานงานกับ อบต.ป่าแดงได้ข้อมูลครบถ้วน",
    # the offices that supervise it, and other kinds of body
    "ที่ว่าการอำเภอเมืองขอนแก่นได้ตรวจติดตามการดำเนินงาน",
    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดขอนแก่นได้แจ้งแนวทางการประเมิน",
    "เทศบาลตำบลบ้านเป็ดได้เข้าร่วมโครงการด้วย",
    # named, but not as the one acting
    "ผู้แทนจากองค์การบริหารส่วนตำบลป่าแดงเข้าร่วมเป็นวิทยากร",
])
def test_names_that_are_not_the_reporting_agency(sentence):
    assert fired(OWN + sentence + "\n", "other-agency") == []


def test_one_finding_per_other_agency_counting_the_rest():
    text = OWN + ("ตามที่องค์การบริหารส่วนตำบลป่าแดงได้ประกาศมาตรการ\n\n"
                  "องค์การบริหารส่วนตำบลป่าแดงจึงขอรายงานผล\n\n"
                  "(นายสมชาย ใจดี)\nนายกองค์การบริหารส่วนตำบลป่าแดง\n")
    (f,) = fired(text, "other-agency")
    assert "พบอีก 2 แห่ง" in f.message and f.location.line == 5


def test_other_agency_inside_a_measure_names_the_measure():
    text = OWN + ("| มาตรการ/กิจกรรม | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|\n"
                  "| ไม่รับของขวัญ | เผยแพร่ประกาศองค์การบริหารส่วนตำบลป่าแดง เรื่อง No Gift Policy | บุคลากรรับทราบ ๔๘ คน |\n")
    (f,) = fired(text, "other-agency")
    assert f.measure == 1 and f.message.startswith("มาตรการที่ 1")


def test_municipalities_compare_with_municipalities():
    own = MEASURES + "**เทศบาลตำบลบ้านใหม่**\n\n"
    (f,) = fired(own + "ทต.บ้านเก่าได้จัดทำมาตรการฉบับนี้\n", "other-agency")
    assert "บ้านเก่า" in f.message
    # a subdistrict administrative organisation is another kind: never the reporting one
    assert fired(own + "องค์การบริหารส่วนตำบลป่าแดงได้จัดทำมาตรการฉบับนี้\n", "other-agency") == []


def test_without_an_agency_in_the_title_the_first_one_named_is_the_reporting_one():
    # no other name to contradict it: the one the body names first is taken as the agency
    text = RESULTS + "ตามที่องค์การบริหารส่วนตำบลป่าแดงได้ประกาศมาตรการ\n\nองค์การบริหารส่วนตำบลป่าแดงจึงขอรายงาน\n"
    assert fired(text, "other-agency") == []


def test_a_misspelt_own_name_in_a_published_report(corpus):
    text = (corpus / "results-2568-subdistrict-checkbox.txt").read_text(encoding="utf-8")
    found = fired(text, "other-agency")
    assert len(found) == 1 and "สบบอง" in found[0].message and "สบป่อง" in found[0].message


# --- this-year-mismatch -------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "ในปีงบประมาณนี้ (พ.ศ. ๒๕๖๗) หน่วยงานได้ดำเนินการครบทุกมาตรการ",
    "ปีงบประมาณ พ.ศ. ๒๕๖๗ นี้ หน่วยงานได้ดำเนินการครบทุกมาตรการ",
    "ในปีนี้ (พ.ศ. 2567) หน่วยงานได้รับผลการประเมิน ๘๗.๕๔ คะแนน",
    "ผลการดำเนินงานในปีงบประมาณปัจจุบัน พ.ศ. ๒๕๖๗ เป็นไปตามแผน",
    "ซึ่งในรอบปีนี้ (๒๕๖๗) ไม่มีเรื่องร้องเรียน",
])
def test_another_year_called_this_year(sentence):
    (f,) = fired(RESULTS + sentence + "\n", "this-year-mismatch")
    assert "2567" in f.message and "2568" in f.message and f.message.startswith("เนื้อหา")
    quoted = f.message.split('"')[1]
    assert quoted.count("(") == quoted.count(")")  # the quote keeps its brackets whole


@pytest.mark.parametrize("sentence", [
    "ในปีงบประมาณ พ.ศ. ๒๕๖๘ นี้ หน่วยงานได้ดำเนินการครบทุกมาตรการ",
    "ในปีงบประมาณนี้ (พ.ศ. ๒๕๖๘) หน่วยงานได้ดำเนินการครบทุกมาตรการ",
    # last year named as last year
    "เมื่อเทียบกับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ คะแนนเพิ่มขึ้น",
    # a later year: the report is written in it (earlier_only)
    "ในปีงบประมาณ พ.ศ. ๒๕๖๙ นี้ จะนำผลไปปรับปรุงมาตรการ",
    # a number that is no year
    "ในปีนี้ มีผู้รับบริการ 2,000 คน",
])
def test_this_year_that_is_right(sentence):
    assert fired(RESULTS + sentence + "\n", "this-year-mismatch") == []


def test_inside_a_measure_no_double_finding_with_fiscal_year_periods():
    after = results_row("จัดอบรม ๒ ครั้ง", "ในปีงบประมาณ พ.ศ. ๒๕๖๗ นี้ ผู้เข้าอบรมผ่านแบบทดสอบ ๙๐%")
    result = lint_text(after)
    assert [f.rule for f in result.findings if "๒๕๖๗" in f.message or "2567" in f.message] == ["fiscal-year-periods"]
    before = results_row("จัดอบรม ๒ ครั้ง", "ในปีงบประมาณนี้ (พ.ศ. ๒๕๖๗) ผู้เข้าอบรมผ่านแบบทดสอบ ๙๐%")
    result = lint_text(before)
    (f,) = [f for f in result.findings if "๒๕๖๗" in f.message or "2567" in f.message]
    assert f.rule == "this-year-mismatch" and f.measure == 1 and f.message.startswith("มาตรการที่ 1")


def test_this_year_only_in_results_reports():
    assert fired(MEASURES + "ในปีงบประมาณนี้ (พ.ศ. ๒๕๖๗) หน่วยงานได้ดำเนินการ\n", "this-year-mismatch") == []


# --- properties ---------------------------------------------------------------------------

WORD = st.sampled_from(["จัดอบรม", "บุคลากร", "เผยแพร่", "ข้อมูล", "เว็บไซต์", "ประชาชน", "รับทราบ", "ผ่าน",
                        "แผน", "ครั้ง", "คน", "ร้อยละ", "โครงการ", "ดำเนินการ", "แล้ว", " ", "\n", "-", "๑.", "☑"])
PHRASE = st.lists(WORD, min_size=1, max_size=12).map("".join)
PROPS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _measure(output: str, outcome: str) -> Measure:
    return Measure(1, "เผยแพร่แผน", Location(line=3), elements={
        "measure": ElementValue("เผยแพร่แผน"), "output": ElementValue(output), "outcome": ElementValue(outcome)})


def _check(rule_id: str):
    pack = load_pack("ita-2569")
    return check_for(pack.rule(rule_id), pack)


EVIDENCE = _check("output-no-evidence")
REPEATS = _check("outcome-repeats-output")


@PROPS
@given(PHRASE, PHRASE, st.integers(min_value=1, max_value=9999))
def test_a_figure_in_the_output_is_always_evidence(output, outcome, n):
    assert EVIDENCE.judge(f"{output} {n} ครั้ง", _measure(output, outcome)) is None


@PROPS
@given(PHRASE)
def test_an_outcome_equal_to_its_output_always_repeats_it(text):
    m = _measure(text, text)
    if REPEATS.read(text):  # something is left once marks and labels are dropped
        report = type("R", (), {"measures": [m]})()
        assert [h.measure for h in REPEATS.run(report)] == [1]


@PROPS
@given(PHRASE, PHRASE)
def test_repeats_is_symmetric(a, b):
    forward = REPEATS.run(type("R", (), {"measures": [_measure(a, b)]})())
    backward = REPEATS.run(type("R", (), {"measures": [_measure(b, a)]})())
    assert bool(forward) == bool(backward)
