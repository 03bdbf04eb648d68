"""Measures ↔ results traceability across documents, and the weaknesses no measure takes up.

The sample pair (samples/traceability/) is read as a user runs it: both files on the
command line, the folder, the JSON contract and its schema, English, the terminal
table, the cache. A hypothesis property holds the matching to generated lists whose
truth is known: every measure pairs with its own reworded result, whatever the order,
and taking one result away leaves exactly that measure unreported.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options, Selection
from ita_lint.lint import check_paths
from ita_lint.model import NOWHERE, Document, DocumentResult, ElementValue, Location, Measure, Report, RunResult
from ita_lint.trace import normalise_agency, trace_run
from ita_lint.words import content_words, normalise, similarity
from tests.conftest import ROOT, SAMPLES, lint_text
from tests.test_cli import run

PAIR = SAMPLES / "traceability"
MEASURES, RESULTS = PAIR / "measures-2568.md", PAIR / "results-2568.md"
SCHEMA = ROOT / "ita_lint" / "output" / "report-v1.schema.json"
TRACE_RULES = {"traceability-unreported", "traceability-undeclared"}


def _check(*paths, **options):
    return check_paths([str(p) for p in paths], load_pack("ita-2569"), Options(**options))


def _doc(run_result, name: str) -> DocumentResult:
    return next(d for d in run_result.documents if Path(d.report.document.path).name == name)


def _trace_findings(result: DocumentResult):
    return [f for f in result.findings if f.rule in TRACE_RULES]


# --- the sample pair -------------------------------------------------------------------------


def test_sample_pair_is_matched_as_written():
    result = _check(PAIR)
    (trace,) = result.traceability
    assert Path(trace.measures).name == "measures-2568.md" and Path(trace.results).name == "results-2568.md"
    assert trace.fiscal_year == 2568 and trace.agency == "เทศบาลตำบลลำห้วยทอง"
    assert {(p.measure.index, p.result.index) for p in trace.pairs} == {(1, 1), (2, 2), (3, 3), (5, 4), (6, 5)}
    assert all(p.score >= trace.threshold for p in trace.pairs)
    (unreported,) = trace.unmatched_measures
    assert unreported.ref.index == 4 and "ผลประโยชน์ทับซ้อน" in unreported.ref.title
    assert unreported.nearest is not None and unreported.score < trace.threshold
    (undeclared,) = trace.unmatched_results
    assert undeclared.ref.index == 6 and "อบรม" in undeclared.ref.title


def test_findings_go_on_the_results_report_naming_both_sides():
    result = _check(PAIR)
    assert _trace_findings(_doc(result, "measures-2568.md")) == []
    assert [f for f in _doc(result, "measures-2568.md").findings if f.category == "traceability"] == []
    results = _doc(result, "results-2568.md")
    unreported, undeclared = sorted(_trace_findings(results), key=lambda f: f.rule, reverse=True)
    assert (unreported.rule, unreported.severity, unreported.category) == ("traceability-unreported", "error", "traceability")
    assert unreported.message.startswith("มาตรการที่ 4 ‘มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง’ ในเอกสารมาตรการ (measures-2568.md)")
    assert "ไม่พบผลการดำเนินการในรายงานผล (ใกล้เคียงที่สุด: ‘เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง" in unreported.message
    assert unreported.message.endswith("%)") and unreported.location == NOWHERE and unreported.fix
    assert (undeclared.rule, undeclared.severity, undeclared.measure) == ("traceability-undeclared", "warning", 6)
    assert "มาตรการที่ 6 ‘โครงการอบรมเสริมสร้างคุณธรรมจริยธรรม" in undeclared.message
    assert "(measures-2568.md)" in undeclared.message and undeclared.location.line == 14
    assert results.passed is False and results.score == 100.0  # an error fails it; weight 0 keeps the score
    assert result.passed is False


@pytest.mark.parametrize("path", [MEASURES, RESULTS])
def test_either_document_alone_does_nothing(path):
    result = _check(path)
    assert result.traceability == []
    assert [f for d in result.documents for f in d.findings if f.category == "traceability"] == []


def test_samples_folder_pairs_only_the_pair():
    # measures-complete.md (เทศบาลตำบลบ้านใหม่, FY 2569) and results-wrong-periods.md (the same
    # agency, FY 2568) are no pair: a results report of 2568 reports on the measures of 2568
    result = _check(SAMPLES)
    assert [(Path(t.measures).name, Path(t.results).name) for t in result.traceability] == [
        ("measures-2568.md", "results-2568.md")]
    others = [d for d in result.documents if d.report.document.path.count("traceability") == 0]
    assert [f for d in others for f in d.findings if f.category == "traceability"] == []


# --- pairing documents -------------------------------------------------------------------------


def _copy(text: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_both_files_on_the_command_line_in_different_folders(tmp_path):
    m = _copy(MEASURES.read_text(encoding="utf-8"), tmp_path / "ประกาศ" / "m.md")
    r = _copy(RESULTS.read_text(encoding="utf-8"), tmp_path / "รายงาน" / "r.md")
    proc = run("check", m, r, "--format", "json", "--no-cache")
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    (trace,) = data["traceability"]
    assert (trace["measures"], trace["results"]) == (str(m), str(r))
    rules = [f["rule"] for d in data["documents"] for f in d["findings"] if f["category"] == "traceability"]
    assert sorted(rules) == ["traceability-undeclared", "traceability-unreported"]


def test_without_an_agency_the_same_folder_is_enough(tmp_path):
    nameless = RESULTS.read_text(encoding="utf-8").replace("**เทศบาลตำบลลำห้วยทอง**", "")
    nameless = nameless.replace("เทศบาลตำบลลำห้วยทอง", "เทศบาล")
    r = _copy(nameless, tmp_path / "b" / "r.md")
    m = _copy(MEASURES.read_text(encoding="utf-8"), tmp_path / "a" / "m.md")
    apart = _check(m, r)
    assert _doc(apart, "r.md").report.agency is None
    assert apart.traceability == []  # no agency to compare, and another folder
    shutil.move(str(r), str(tmp_path / "a" / "r.md"))
    together = _check(tmp_path / "a")
    assert len(together.traceability) == 1 and len(together.traceability[0].pairs) == 5


def test_several_agencies_in_one_folder_pair_by_agency_then_year(tmp_path):
    measures, results = MEASURES.read_text(encoding="utf-8"), RESULTS.read_text(encoding="utf-8")
    other = "เทศบาลตำบลหนองหญ้าขาว"
    _copy(measures, tmp_path / "a-measures.md")
    _copy(results, tmp_path / "a-results.md")
    _copy(measures.replace("เทศบาลตำบลลำห้วยทอง", other).replace("ลำห้วยทอง", "หนองหญ้าขาว"), tmp_path / "b-measures.md")
    # the other agency's results report leaves out a different measure
    b_results = results.replace("เทศบาลตำบลลำห้วยทอง", other).replace("ลำห้วยทอง", "หนองหญ้าขาว")
    b_results = "\n".join(line for line in b_results.splitlines() if "ลดขั้นตอนการขออนุญาต" not in line) + "\n"
    _copy(b_results, tmp_path / "b-results.md")
    # a results report of another year, same agency: not this measures document's report
    _copy(results.replace("พ.ศ. ๒๕๖๘", "พ.ศ. ๒๕๖๗", 1), tmp_path / "a-results-2567.md")
    result = _check(tmp_path)
    pairs = sorted((Path(t.measures).name, Path(t.results).name) for t in result.traceability)
    assert pairs == [("a-measures.md", "a-results.md"), ("b-measures.md", "b-results.md")]
    b = next(t for t in result.traceability if t.results.endswith("b-results.md"))
    assert sorted(u.ref.index for u in b.unmatched_measures) == [4, 5]
    assert [f for f in _doc(result, "a-results-2567.md").findings if f.category == "traceability"] == []


def test_agency_names_compare_as_officers_write_them():
    assert normalise_agency("อบต.หนองบัว") == normalise_agency("องค์การบริหารส่วนตำบล หนองบัว")
    assert normalise_agency("ทต. บ้านใหม่") == normalise_agency("เทศบาลตำบลบ้านใหม่")
    assert normalise_agency("องค์การบริหารส่วนตำบลหนองบัว") != normalise_agency("องค์การบริหารส่วนตำบลหนองบัวแดง")
    assert normalise_agency(None) is None and normalise_agency("  ") is None


# --- selection, cache, language, outputs ---------------------------------------------------------


def test_selection_ignore_and_severity_apply():
    ignored = _check(PAIR, selection=Selection(ignore=frozenset({"traceability"})))
    assert [f for d in ignored.documents for f in d.findings if f.category == "traceability"] == []
    assert len(ignored.traceability) == 1  # the pairing is still shown
    assert _doc(ignored, "results-2568.md").passed is True
    softer = _check(PAIR, selection=Selection(severity={"traceability-unreported": "warning"}))
    assert {f.severity for f in _trace_findings(_doc(softer, "results-2568.md"))} == {"warning"}
    assert _doc(softer, "results-2568.md").passed is True


def test_cli_ignore_and_exit_codes():
    assert run("check", PAIR, "--no-cache").returncode == 1
    assert run("check", PAIR, "--no-cache", "--ignore", "traceability").returncode == 0
    assert run("check", RESULTS, "--no-cache").returncode == 0


def test_cached_run_recomputes_traceability_and_never_caches_it(tmp_path):
    cache = tmp_path / "cache"
    first = run("check", PAIR, "--format", "json", "--cache-dir", cache)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 2
    for entry in entries:
        assert "traceability-" not in entry.read_text(encoding="utf-8")
    second = run("check", PAIR, "--format", "json", "--cache-dir", cache)
    fresh = run("check", PAIR, "--format", "json", "--no-cache")
    assert first.stdout == second.stdout == fresh.stdout
    assert first.returncode == second.returncode == 1
    assert sorted(cache.rglob("*.json")) == entries
    terminal = [run("check", PAIR, "--cache-dir", cache).stdout for _ in range(2)]
    assert terminal[0] == terminal[1] == run("check", PAIR, "--no-cache").stdout


def test_json_output_follows_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for args in ((PAIR,), (RESULTS,), (SAMPLES,)):
        data = json.loads(run("check", *args, "--format", "json", "--no-cache").stdout)
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], args
    data = json.loads(run("check", PAIR, "--format", "json", "--no-cache").stdout)
    (trace,) = data["traceability"]
    assert set(trace) >= {"measures", "results", "pairs", "unmatched_measures", "unmatched_results"}
    pair = trace["pairs"][0]
    assert set(pair) == {"measure", "result", "score"} and set(pair["measure"]) >= {"number", "title"}
    assert pair["measure"]["number"] == "1" and pair["measure"]["title"].startswith("มาตรการเผยแพร่ข้อมูล")
    (unmatched,) = trace["unmatched_measures"]
    assert unmatched["number"] == "4" and unmatched["nearest"]["number"] == "1" and 0 < unmatched["nearest_score"] < 60
    assert json.loads(run("check", RESULTS, "--format", "json", "--no-cache").stdout)["traceability"] == []


def test_english():
    proc = run("check", PAIR, "--no-cache", "--lang", "en")
    out = " ".join(proc.stdout.split())
    assert ("Measure 4 ‘มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง’ of the measures document "
            "(measures-2568.md) has no result in this results report (nearest: ‘") in out
    assert "The result of measure 6 ‘โครงการอบรม" in out and "matches no measure of the measures document" in out
    assert "Measures ↔ results:" in out and "no result" in out and "not declared" in out
    assert "names paired one to one when their words are at least 60% similar" in out


def test_terminal_table():
    lines = run("check", PAIR, "--no-cache").stdout.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("มาตรการ ↔ ผลการดำเนินการ:"))
    # the heading names both files by path: a long path wraps it onto the next line
    heading = "".join("".join(lines[start:start + 3]).split())  # folded where it falls: compared without spaces
    assert "measures-2568.md↔" in heading and "(ปีงบประมาณ2568,เทศบาลตำบลลำห้วยทอง)" in heading
    first = next(i for i in range(start, len(lines)) if "มาตรการในเอกสารมาตรการ" in lines[i])
    table = lines[first: first + 9]
    assert "มาตรการในเอกสารมาตรการ" in table[0] and "ผลการดำเนินการในรายงานผล" in table[0] and "ความคล้าย" in table[0]
    row = {line.split()[0]: line for line in table[1:7]}
    assert "ลดขั้นตอนการขออนุญาตก่อสร้างอาคาร" in row["5"] and row["5"].rstrip().endswith("100%")
    assert "✗ ไม่พบผลการดำเนินการ" in row["4"] and "ใกล้เคียงที่สุด" in row["4"]
    assert any("! ไม่มีในเอกสารมาตรการ" in line and "โครงการอบรม" in line for line in table)
    assert lines[-1].startswith("สรุป: ตรวจ 2 ไฟล์")


def test_other_formats_carry_the_findings(tmp_path):
    concise = run("check", PAIR, "--no-cache", "--format", "concise").stdout
    assert "results-2568.md:1:1: error traceability-unreported มาตรการที่ 4" in concise
    assert "results-2568.md:14:1: warning traceability-undeclared" in concise
    sarif_file = tmp_path / "r.sarif"
    run("check", PAIR, "--no-cache", "--format", "sarif", "-o", sarif_file)
    log = json.loads(sarif_file.read_text(encoding="utf-8"))
    assert {"traceability-unreported", "traceability-undeclared"} <= {r["ruleId"] for r in log["runs"][0]["results"]}


def test_rule_command_shows_a_pair_example():
    proc = run("rule", "traceability-unreported", "--lang", "en")
    assert proc.returncode == 0 and "--- measures ---" in proc.stdout and "--- results ---" in proc.stdout


# --- start-up: nothing heavy without words to compare ---------------------------------------------


def _imports_after_check(path: Path) -> list[str]:
    code = ("import sys; sys.argv=['ita-lint','check',%r,'--no-cache']\n"
            "from ita_lint import cli\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "print('LOADED', [m for m in ('pythainlp.tokenize','rapidfuzz','ita_lint.words') if m in sys.modules])"
            % str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8").stdout
    return json.loads(out.rsplit("LOADED", 1)[1].strip().replace("'", '"'))


def test_checking_markdown_without_traceability_does_not_load_the_tokeniser():
    assert _imports_after_check(SAMPLES / "results-complete.md") == []


def test_a_pair_loads_it():
    assert "pythainlp.tokenize" in _imports_after_check(PAIR)


def test_version_loads_no_words():
    code = ("import sys; sys.argv=['ita-lint','--version']\nfrom ita_lint import cli\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "print('LOADED', [m for m in ('rapidfuzz','ita_lint.words','ita_lint.trace','pythainlp') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "LOADED []" in out


# --- words ------------------------------------------------------------------------------------


def test_normalise_drops_numbering_and_punctuation_and_makes_digits_arabic():
    assert normalise("มาตรการที่ ๓ การเปิดเผยข้อมูล (ครบถ้วน)") == "การเปิดเผยข้อมูล ครบถ้วน"
    assert normalise("(๑) เผยแพร่ข้อมูล ๑๒ เดือน") == "เผยแพร่ข้อมูล 12 เดือน"
    assert normalise("1.2 มาตรการป้องกัน “No Gift”") == "ป้องกัน no gift"


def test_words_not_characters():
    # the pack's words stay whole, function words and "มาตรการ" go, "การเปิดเผย" is "เปิดเผย"
    pack = load_pack("ita-2569")
    from ita_lint.words import dictionary_for

    extra = dictionary_for(pack)
    assert "ผู้รับผิดชอบ" in extra and "ตัวชี้วัด" in extra
    words = content_words("๑. มาตรการการเปิดเผยข้อมูลสาธารณะให้ครบถ้วนและเป็นปัจจุบัน", extra)
    assert words == ["เปิดเผย", "ข้อมูล", "สาธารณะ", "ครบถ้วน", "ปัจจุบัน"]
    assert "ตัวชี้วัด" in content_words("ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล", extra)
    a = content_words("มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้าง", extra)
    assert similarity(a, content_words("เผยแพร่ข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์เทศบาล", extra)) == 100
    assert similarity(a, content_words("ป้องกันผลประโยชน์ทับซ้อน", extra)) < 40


# --- the weaknesses no measure takes up ------------------------------------------------------------


def test_weakness_rule_on_the_samples_stays_silent():
    result = _check(SAMPLES, selection=Selection(select=frozenset({"weakness-unaddressed"})))
    assert [f.message for d in result.documents for f in d.findings] == []


def test_weakness_rule_names_the_item_and_the_nearest_measure():
    text = load_pack("ita-2569").rule("weakness-unaddressed").examples.fail[0]
    (finding,) = lint_text(text, select=["weakness-unaddressed"]).findings
    assert finding.severity == "warning" and finding.location.line == 6
    assert finding.message.startswith("ประเด็นข้อบกพร่องหรือจุดอ่อน ‘ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ยังมีการนำรถยนต์ส่วนกลาง")
    assert "ไม่มีมาตรการใดรองรับ (ใกล้เคียงที่สุด: มาตรการที่ 2 ‘มาตรการจัดการเรื่องร้องเรียนการทุจริต’ " in finding.message
    (english,) = lint_text(text, select=["weakness-unaddressed"], lang="en").findings
    assert "is taken up by no measure (nearest: measure 2 ‘" in english.message


def test_weakness_items_are_read_from_every_layout():
    from ita_lint.extract.lexicon import lexicon_for
    from ita_lint.trace.weaknesses import weakness_items

    pack = load_pack("ita-2569")
    lex = lexicon_for(pack.vocabulary, pack.calendar)

    def items(text: str) -> list[str]:
        return [i.text for i in weakness_items(lint_text(text).report, lex)]

    head = "# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙\n\n"
    measures = ("\n\n| มาตรการ | ผู้รับผิดชอบ |\n|---|---|\n| ๑. มาตรการเปิดเผยข้อมูลสาธารณะ | สำนักปลัด |\n")
    inline = head + ("๑.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน\n\n"
                     "(๑) ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน (๒) บุคลากรไม่ทราบขั้นตอนการยืมทรัพย์สิน\n\n"
                     "๑.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น\n\nการสื่อสารกับประชาชนผ่านช่องทางออนไลน์" + measures)
    assert items(inline) == ["ข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน", "บุคลากรไม่ทราบขั้นตอนการยืมทรัพย์สิน"]
    nothing = head + ("## ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน\n\n- ไม่มี -\n\n"
                      "## ประเด็นที่จะต้องพัฒนาให้ดีขึ้น\n\nการสื่อสารกับประชาชนผ่านช่องทางออนไลน์ยังไม่ทั่วถึง" + measures)
    assert items(nothing) == []
    table = head + ("| เครื่องมือ | ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน |\n|---|---|\n"
                    "| IIT | • บุคลากรไม่ทราบขั้นตอนการยืมทรัพย์สิน • ใช้รถยนต์ส่วนกลางโดยไม่ขออนุญาต |\n| OIT | - |\n" + measures)
    assert items(table) == ["บุคลากรไม่ทราบขั้นตอนการยืมทรัพย์สิน", "ใช้รถยนต์ส่วนกลางโดยไม่ขออนุญาต"]


# --- generated lists whose truth is known ------------------------------------------------------------

# Distinct things a measure is about, ways to act on them, and words an agency adds or drops
# between its measures and its results report.
TOPICS = ["ข้อมูลสาธารณะบนเว็บไซต์", "การจัดซื้อจัดจ้าง", "ทรัพย์สินของทางราชการ", "เรื่องร้องเรียนการทุจริต",
          "ผลประโยชน์ทับซ้อน", "การรับของขวัญและของกำนัล", "การขออนุญาตก่อสร้างอาคาร", "ความเสี่ยงการทุจริต",
          "คู่มือสำหรับประชาชน", "การเบิกจ่ายงบประมาณ", "ความพึงพอใจของผู้รับบริการ", "วัฒนธรรมองค์กรสุจริต",
          "ประมวลจริยธรรมของพนักงาน", "ภาษีที่ดินและสิ่งปลูกสร้าง", "รถยนต์ส่วนกลาง", "การสรรหาบุคลากร",
          "ข้อตกลงคุณธรรม", "การจองคิวรับบริการ"]
VERBS = ["เปิดเผย", "ป้องกัน", "พัฒนา", "ส่งเสริม", "กำกับ", "ปรับปรุง", "ควบคุม", "ประเมิน", "ทบทวน"]
EXTRAS = ["ให้ครบถ้วน", "อย่างโปร่งใส", "ผ่านระบบออนไลน์", "ของเทศบาล", "ทุกไตรมาส", "ให้เป็นปัจจุบัน",
          "ตรวจสอบได้", "แก่บุคลากร", "ตามเกณฑ์ OIT"]
THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


@st.composite
def measure_lists(draw):
    """(declared names, reported names in the report's own order, which declared each report is)."""
    n = draw(st.integers(2, 8))
    topics = draw(st.permutations(TOPICS))[:n]
    declared, reported = [], []
    for topic in topics:
        verb = draw(st.sampled_from(VERBS))
        kept = draw(st.lists(st.sampled_from(EXTRAS), max_size=2, unique=True))
        declared.append("มาตรการ" + verb + topic + "".join(kept))
        # the report keeps the measure's core and rewords around it: drops "มาตรการ" or a
        # word it had, adds up to two of its own
        dropped = draw(st.sets(st.sampled_from(kept), max_size=1)) if kept else set()
        added = draw(st.lists(st.sampled_from([e for e in EXTRAS if e not in kept]), max_size=2, unique=True))
        prefix = draw(st.sampled_from(["", "มาตรการ", "การ"]))
        reported.append(prefix + verb + topic + "".join(k for k in kept if k not in dropped) + "".join(added))
    order = draw(st.permutations(list(range(n))))
    return declared, [reported[i] for i in order], order


def _report(path: str, kind: str, names: list[str], numbered: bool) -> DocumentResult:
    measures = []
    for i, name in enumerate(names, 1):
        title = name if len(name) <= 60 else name[:59] + "…"
        m = Measure(index=i, title=title, location=Location(line=10 + i), number=str(i))
        text = (f"{str(i).translate(THAI)}. " if numbered else "") + name
        m.elements["measure"] = ElementValue(text, Location(line=10 + i))
        measures.append(m)
    report = Report(Document(path, "markdown", []), kind, "…", NOWHERE, 2568, "title", "เทศบาลตำบลทดสอบ",
                    measures, {})
    return DocumentResult(report, "ita-2569", [], 100.0, True)


def _trace(declared: list[str], reported: list[str]):
    pack = load_pack("ita-2569")
    run_result = RunResult([_report("/r/measures.md", "measures", declared, False),
                            _report("/r/results.md", "results", reported, True)], [], 100.0, True)
    return trace_run(run_result, lambda doc: (pack, Options()))


PROPERTY = settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(measure_lists())
def test_every_measure_pairs_with_its_own_reworded_result(case):
    declared, reported, order = case
    (trace,) = _trace(declared, reported).traceability
    assert trace.unmatched_measures == [] and trace.unmatched_results == []
    # result j (1-based) is declared measure order[j-1] (0-based)
    assert {(p.measure.index, p.result.index) for p in trace.pairs} == {(order[j] + 1, j + 1) for j in range(len(order))}


@PROPERTY
@given(measure_lists(), st.data())
def test_removing_one_result_gives_exactly_one_finding_naming_it(case, data):
    declared, reported, order = case
    gone = data.draw(st.integers(0, len(reported) - 1))
    missing = order[gone]  # the declared measure whose result is taken away
    result = _trace(declared, reported[:gone] + reported[gone + 1:])
    (trace,) = result.traceability
    assert [u.ref.index for u in trace.unmatched_measures] == [missing + 1]
    assert trace.unmatched_results == []
    findings = [f for d in result.documents for f in d.findings]
    assert [f.rule for f in findings] == ["traceability-unreported"]
    (finding,) = findings
    name = declared[missing]
    assert finding.message.startswith(f"มาตรการที่ {missing + 1} ‘{name if len(name) <= 70 else name[:69] + '…'}’")
    assert result.documents[1].passed is False and result.documents[0].passed is True


def test_the_order_of_the_results_never_changes_the_pairs():
    declared = ["มาตรการ" + v + t for v, t in zip(VERBS, TOPICS)]
    rng = random.Random(7)
    reported = [d.replace("มาตรการ", "") + " ประจำปี" for d in declared]
    expected = {(p.measure.title, p.result.title) for p in _trace(declared, reported).traceability[0].pairs}
    for _ in range(5):
        rng.shuffle(reported)
        assert {(p.measure.title, p.result.title) for p in _trace(declared, reported).traceability[0].pairs} == expected
