"""Properties that hold for any input (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_lint.model import ELEMENTS
from tests.conftest import SAMPLES, lint_text

THAI = st.characters(min_codepoint=0x0E01, max_codepoint=0x0E5B)
ANY_TEXT = st.text(alphabet=st.one_of(THAI, st.characters(codec="utf-8"), st.sampled_from("\t\n|-:.*#<>/ ☐☑")),
                   max_size=400)
WORDS = st.sampled_from(["มาตรการ", "ผู้รับผิดชอบ", "ผลลัพธ์", "ต.ค.๖๗", "ปีงบประมาณ ๒๕๖๘", "-", "....",
                         "<p>", "</p>", "<input checked type=\"checkbox\"/>", "☑", "☐", "ตัวชี้วัดที่ ๑", "๙๙.๕",
                         "คะแนน", "รายงานผลการดำเนินการ", "(ระบุ)", "๑.", "x"])
CELL = st.lists(WORDS, max_size=4).map(" ".join)
TABLE = st.lists(st.lists(CELL, min_size=1, max_size=7).map("\t".join), min_size=1, max_size=8).map("\n".join)

COMMON = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@COMMON
@given(ANY_TEXT)
def test_never_crashes_and_score_in_range_on_any_text(text):
    result = lint_text(text)
    assert 0.0 <= result.score <= 100.0


@COMMON
@given(st.lists(TABLE, max_size=3).map("\n\n".join), st.sampled_from(["", "# รายงานผลการดำเนินการ ประจำปีงบประมาณ ๒๕๖๘\n\n",
                                                                        "# มาตรการส่งเสริมคุณธรรม ปีงบประมาณ ๒๕๖๙\n\n"]))
def test_never_crashes_on_table_shaped_text(tables, title):
    result = lint_text(title + tables, lang="en")
    assert 0.0 <= result.score <= 100.0
    for m in result.report.measures:
        assert m.index >= 1


HEADERS = ["มาตรการ/กิจกรรม", "ขั้นตอน/วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
           "การกำกับติดตาม", "ผลการดำเนินการ", "ผลลัพธ์"]
FILLED = ["เผยแพร่แผนการใช้จ่ายงบประมาณ", "จัดทำประกาศและเผยแพร่บนเว็บไซต์", "กองคลัง", "ต.ค. ๖๗ – ก.ย. ๖๘",
          "รายงานผลต่อนายกฯ ทุกไตรมาส", "เผยแพร่ครบทุกไตรมาส", "บุคลากรรับทราบแผน"]


def _report(kind_title: str, rows: list[list[bool]]) -> str:
    # the filled-in period lies in the fiscal year the title declares, as a right answer would
    filled = list(FILLED)
    if "๒๕๖๙" in kind_title:
        filled[3] = "ต.ค. ๖๘ – ก.ย. ๖๙"
    lines = [kind_title, "", "\t".join(HEADERS)]
    for row in rows:
        lines.append("\t".join(filled[i] if i == 0 or present else "-" for i, present in enumerate(row)))
    return "\n".join(lines) + "\n"


KIND_TITLES = ["# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
               "# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
               "# แผนการขับเคลื่อนการส่งเสริมคุณธรรม ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"]


@COMMON
@given(st.sampled_from(KIND_TITLES),
       st.lists(st.lists(st.booleans(), min_size=7, max_size=7), min_size=1, max_size=6),
       st.data())
def test_filling_in_a_missing_element_never_lowers_the_score(title, rows, data):
    before = lint_text(_report(title, rows))
    missing = [(r, c) for r, row in enumerate(rows) for c, present in enumerate(row) if c and not present]
    if not missing:
        return
    r, c = data.draw(st.sampled_from(missing))
    filled = [list(row) for row in rows]
    filled[r][c] = True
    after = lint_text(_report(title, filled))
    assert after.report.measures[r].has(ELEMENTS[c])
    assert after.score >= before.score


@settings(max_examples=15, deadline=None)
@given(st.permutations(sorted(str(p) for p in SAMPLES.glob("*.md") if p.name != "README.md")))
def test_results_do_not_depend_on_file_order(paths):
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Options
    from ita_lint.lint import check_paths
    from ita_lint.output import json as out_json

    pack = load_pack("ita-2569")
    assert out_json.render(check_paths(paths, pack, Options())) == out_json.render(check_paths(sorted(paths), pack, Options()))
