"""The CI formatters (sarif, junit, github, gitlab, markdown, concise) on runs of the real pipeline over the samples."""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import quote, unquote

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import check_paths
from ita_lint.model import Finding, Location, RunResult
from ita_lint.output import concise, github, gitlab, junit, markdown, sarif
from tests.conftest import ROOT, SAMPLES

SCHEMA = Path(__file__).parent / "fixtures" / "sarif" / "sarif-schema-2.1.0.json"
STATUS = SAMPLES / "results-status-boxes.md"  # four errors
COMPLETE = SAMPLES / "results-complete.md"  # none
PERIODS = SAMPLES / "results-wrong-periods.md"  # two warnings, passes
MISSING = SAMPLES / "no-such-report.md"


@pytest.fixture(scope="module")
def pack():
    return load_pack("ita-2569")


def _run(pack, *paths, lang="th") -> RunResult:
    return check_paths([str(p) for p in paths], pack, Options(lang=lang))


@pytest.fixture(scope="module")
def run(pack):
    return _run(pack, STATUS, COMPLETE, PERIODS, MISSING)


@pytest.fixture(scope="module")
def run_en(pack):
    return _run(pack, STATUS, COMPLETE, PERIODS, MISSING, lang="en")


def _doc(run: RunResult, name: str):
    return next(d for d in run.documents if Path(d.report.document.path).name == name)


def _with_findings(run: RunResult, findings: list[Finding], name: str = STATUS.name, passed=None) -> RunResult:
    """The run with one document's findings replaced (for locations and texts the samples lack)."""
    doc = _doc(run, name)
    new = dataclasses.replace(doc, findings=findings, passed=doc.passed if passed is None else passed)
    return RunResult([new], [], run.score, run.passed and new.passed)


def _finding(message="ข้อความ", severity="error", location=Location(line=3), rule="status-box", measure=1):
    return Finding(rule, "status", severity, message, location, None, measure, "แก้ไข")


# --- the samples behave as this file assumes ----------------------------------------------------


def test_the_run_has_errors_warnings_a_clean_document_and_an_unreadable_file(run):
    assert [f.severity for f in _doc(run, STATUS.name).findings].count("error") == 5
    assert [f.severity for f in _doc(run, PERIODS.name).findings] == ["warning", "warning"]
    assert _doc(run, COMPLETE.name).findings == []
    assert [e.path for e in run.errors] == [str(MISSING)]


# --- SARIF ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator():
    import jsonschema  # the `test` extra; a missing one fails these tests instead of skipping them
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    cls = jsonschema.Draft7Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _errors(validator, log: dict) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(log)]


@pytest.mark.parametrize("lang", ["th", "en"])
def test_sarif_validates_against_the_official_schema(validator, pack, run, run_en, lang):
    log = json.loads(sarif.render(run if lang == "th" else run_en, pack, lang=lang, root=str(ROOT)))
    assert _errors(validator, log) == []
    assert log["runs"][0]["results"], "a run without results validates trivially"


def test_the_schema_check_catches_an_invalid_log(validator, pack, run):
    log = json.loads(sarif.render(run, pack, root=str(ROOT)))
    log["runs"][0]["results"][0]["level"] = "info"
    log["runs"][0]["results"][1]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    errors = _errors(validator, log)
    assert any("level" in e for e in errors) and any("startLine" in e for e in errors), errors


def test_sarif_page_and_docx_locations_validate(validator, pack, run):
    findings = [_finding(location=Location(page=3)), _finding(location=Location(page=4, line=12), measure=2),
                _finding(location=Location(table=2, row=5), measure=3), _finding(location=Location(), measure=None)]
    log = json.loads(sarif.render(_with_findings(run, findings), pack, root=str(ROOT)))
    assert _errors(validator, log) == []


def test_sarif_tool_and_rules(pack, run):
    log = json.loads(sarif.render(run, pack, root=str(ROOT)))
    assert log["version"] == "2.1.0" and log["$schema"].startswith("https://")
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "ita-lint" and driver["version"] == "0.1.0"
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [r.id for r in pack.rules]
    for descriptor, rule in zip(driver["rules"], pack.rules):
        assert descriptor["shortDescription"]["text"] == rule.summary.get("th")
        assert descriptor["fullDescription"]["text"].startswith(rule.summary.get("th"))
        assert rule.fix.get("th") in descriptor["help"]["text"]
        assert rule.reference.source_in("th") in descriptor["help"]["text"]
        assert descriptor["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning", "info": "note"}[rule.severity]
        assert descriptor["properties"]["tags"] == [rule.category]


def test_sarif_results(pack, run):
    log = json.loads(sarif.render(run, pack, root=str(ROOT)))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    results = log["runs"][0]["results"]
    findings = [f for d in run.documents for f in d.findings]
    assert len(results) == len(findings) == 7
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert len(result["locations"]) == 1
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    by_uri = {}
    for r in results:
        by_uri.setdefault(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], []).append(r)
    assert set(by_uri) == {"samples/results-status-boxes.md", "samples/results-wrong-periods.md"}
    status = by_uri["samples/results-status-boxes.md"]
    assert [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in status] == \
        [(f.rule, "error", f.location.line) for f in _doc(run, STATUS.name).findings]
    assert status[0]["message"]["text"] == _doc(run, STATUS.name).findings[0].message
    assert {r["level"] for r in by_uri["samples/results-wrong-periods.md"]} == {"warning"}


def test_sarif_info_is_note_and_unknown_rules_are_described(pack, run):
    findings = [_finding(severity="info", rule="traceability-link")]
    log = json.loads(sarif.render(_with_findings(run, findings), pack, root=str(ROOT)))
    result = log["runs"][0]["results"][0]
    assert result["level"] == "note"
    assert log["runs"][0]["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "traceability-link"


def test_sarif_uris_are_relative_posix_and_percent_encoded(pack, tmp_path):
    folder = tmp_path / "รายงาน ปี 2568"
    folder.mkdir()
    shutil.copy(STATUS, folder / "ผล#1 ,x.md")
    log = json.loads(sarif.render(_run(pack, folder / "ผล#1 ,x.md"), pack, root=str(tmp_path)))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {quote("รายงาน ปี 2568/ผล#1 ,x.md")}
    uri = uris.pop()
    assert " " not in uri and "#" not in uri and "\\" not in uri and not uri.startswith(("/", "file:"))
    assert unquote(uri) == "รายงาน ปี 2568/ผล#1 ,x.md"


def test_sarif_root_defaults_to_the_working_directory(pack, run, monkeypatch):
    monkeypatch.chdir(SAMPLES)
    log = json.loads(sarif.render(run, pack))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]}
    assert uris == {"results-status-boxes.md", "results-wrong-periods.md"}


def test_sarif_page_only_location_is_line_1_with_the_page_in_message_and_region(pack, run):
    findings = [_finding("ไม่พบผลลัพธ์", location=Location(page=3)),
                _finding("missing outcome", location=Location(page=4, line=12), measure=2)]
    log = json.loads(sarif.render(_with_findings(run, findings), pack, root=str(ROOT)))
    first, second = log["runs"][0]["results"]
    region = first["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["properties"] == {"page": 3}
    assert first["message"]["text"] == "หน้า 3: ไม่พบผลลัพธ์"
    region = second["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == 1 and region["properties"] == {"page": 4, "lineOnPage": 12}
    assert second["message"]["text"].startswith("หน้า 4 บรรทัด 12: ")
    en = json.loads(sarif.render(_with_findings(run, findings), pack, lang="en", root=str(ROOT)))
    assert en["runs"][0]["results"][0]["message"]["text"] == "page 3: ไม่พบผลลัพธ์"


def _fingerprints(log: dict) -> list[str]:
    return [r["partialFingerprints"]["itaLint/v1"] for r in log["runs"][0]["results"]]


def _lines(log: dict) -> list[int]:
    return [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in log["runs"][0]["results"]]


def test_sarif_fingerprints_survive_a_line_inserted_above(pack, tmp_path):
    text = STATUS.read_text(encoding="utf-8")
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    (tmp_path / "before" / "report.md").write_text(text, encoding="utf-8")
    (tmp_path / "after" / "report.md").write_text("\n" + text, encoding="utf-8")
    before = json.loads(sarif.render(_run(pack, tmp_path / "before" / "report.md"), pack, root=str(tmp_path / "before")))
    after = json.loads(sarif.render(_run(pack, tmp_path / "after" / "report.md"), pack, root=str(tmp_path / "after")))
    assert [line + 1 for line in _lines(before)] == _lines(after)  # the findings did move
    assert _fingerprints(before) == _fingerprints(after)
    assert all(re.fullmatch("[0-9a-f]{32}", fp) for fp in _fingerprints(before))


def test_sarif_fingerprints_are_distinct_and_depend_on_path_and_rule_not_language(pack, run, run_en, tmp_path):
    th = _fingerprints(json.loads(sarif.render(run, pack, root=str(ROOT))))
    en = _fingerprints(json.loads(sarif.render(run_en, pack, lang="en", root=str(ROOT))))
    assert th == en
    assert len(set(th)) == len(th)
    scores = _run(pack, SAMPLES / "results-score-table.md")  # three document-level score-consistency findings
    assert [f.rule for f in scores.documents[0].findings] == ["score-consistency"] * 3
    fps = _fingerprints(json.loads(sarif.render(scores, pack, root=str(ROOT))))
    assert len(set(fps)) == 3  # still three alerts
    shutil.copy(STATUS, tmp_path / "other.md")
    other = _fingerprints(json.loads(sarif.render(_run(pack, tmp_path / "other.md"), pack, root=str(tmp_path))))
    assert not set(other) & set(th)


def test_sarif_input_errors_are_notifications(pack, run):
    log = json.loads(sarif.render(run, pack, root=str(ROOT)))
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "samples/no-such-report.md"
    assert "no such file" in note["message"]["text"] and note["message"]["text"].startswith("อ่านไฟล์ไม่ได้")
    clean = json.loads(sarif.render(_run(pack, STATUS), pack, root=str(ROOT)))["runs"][0]["invocations"][0]
    assert clean == {"executionSuccessful": True}


# --- JUnit ---------------------------------------------------------------------------------------


def _parse(xml: str) -> ET.Element:
    assert xml.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(xml.encode("utf-8"))


def test_junit_one_testcase_per_document_and_rule_with_one_failure_each(pack, run):
    root = _parse(junit.render(run, pack, root=str(ROOT)))
    [suite] = root.findall("testsuite")
    assert suite.get("name") == "ita-lint"
    cases = suite.findall("testcase")
    status = _doc(run, STATUS.name).findings
    rules = list(dict.fromkeys(f.rule for f in status))
    assert len(rules) == 2 and len(status) == 5  # several findings per rule: still one failure per testcase
    expected = [("samples/results-status-boxes.md", r) for r in rules] + [("samples/results-status-boxes.md", "score")]
    expected += [("samples/results-complete.md", "score"), ("samples/results-wrong-periods.md", "fiscal-year-periods"),
                 ("samples/results-wrong-periods.md", "score"), ("samples/no-such-report.md", "input")]
    assert sorted((c.get("classname"), c.get("name")) for c in cases) == sorted(expected)
    for element in (root, suite):  # tests = testcases, failures = testcases with a failure
        assert (element.get("tests"), element.get("failures"), element.get("errors")) == ("7", "2", "1")
    for case in cases:
        assert case.get("file") == case.get("classname")
        assert len(case.findall("failure")) <= 1
    by_name = {(c.get("classname"), c.get("name")): c for c in cases}
    for rule in rules:
        mine = [f for f in status if f.rule == rule]
        case = by_name[("samples/results-status-boxes.md", rule)]
        [failure] = case.findall("failure")
        assert failure.get("type") == rule and case.get("line") == str(mine[0].location.line)
        assert failure.get("message").endswith(mine[0].message)
        for f in mine:  # every finding of the rule is in the one failure, with its line and fix
            assert f"samples/results-status-boxes.md:{f.location.line} {f.message}" in failure.text
            assert "วิธีแก้: " + f.fix in failure.text
    assert by_name[("samples/results-status-boxes.md", "score")].find("failure") is None  # the rules failed already
    assert by_name[("samples/results-complete.md", "score")].find("failure") is None
    periods = by_name[("samples/results-wrong-periods.md", "fiscal-year-periods")]
    assert periods.find("failure") is None
    out = periods.find("system-out").text
    for f in _doc(run, PERIODS.name).findings:
        assert f"คำเตือน [fiscal-year-periods] บรรทัด {f.location.line}: {f.message}" in out
    error = by_name[("samples/no-such-report.md", "input")].find("error")
    assert error.get("type") == "input" and "no such file" in error.get("message")


def test_junit_english(pack, run_en):
    root = _parse(junit.render(run_en, pack, lang="en", root=str(ROOT)))
    text = ET.tostring(root, encoding="unicode")
    assert "fix: " in text and "warning [fiscal-year-periods] line 10" in text and "cannot read" in text
    assert "วิธีแก้" not in text


def test_junit_escapes_markup_and_drops_characters_xml_cannot_hold(pack, run):
    nasty = 'a <b> & "c" \'d\' ]]> \x01\x0b end'
    root = _parse(junit.render(_with_findings(run, [_finding(nasty)]), pack, root=str(ROOT)))
    failure = root.find("testsuite/testcase/failure")
    assert failure.get("message") == 'a <b> & "c" \'d\' ]]>  end'


def test_junit_a_document_failing_without_errors_still_fails(pack, run):
    warning = _finding("คำเตือน", severity="warning")
    root = _parse(junit.render(_with_findings(run, [warning], passed=False), pack, root=str(ROOT)))
    assert root.get("failures") == "1"
    [failure] = root.findall("testsuite/testcase/failure")
    assert failure.get("type") == "score"
    assert [c.get("name") for c in root.findall("testsuite/testcase")] == ["status-box", "score"]
    passing = _parse(junit.render(_with_findings(run, [warning], passed=True), pack, root=str(ROOT)))
    assert passing.get("failures") == "0" and passing.find("testsuite/testcase/failure") is None


# --- GitHub workflow commands ----------------------------------------------------------------------


def test_github_one_command_per_finding_and_error(pack, run):
    lines = github.render(run, pack, root=str(ROOT)).splitlines()
    findings = _doc(run, STATUS.name).findings
    assert len(lines) == 5 + 2 + 1
    first = findings[0]
    assert lines[0] == (f"::error file=samples/results-status-boxes.md,line={first.location.line},title={first.rule}::"
                        f"{first.message}%0Aวิธีแก้: {first.fix}")
    assert sum(line.startswith("::warning file=samples/results-wrong-periods.md,line=") for line in lines) == 2
    assert lines[-1] == "::error file=samples/no-such-report.md,title=input::อ่านไฟล์ไม่ได้: no such file or directory"
    for line in lines:
        assert re.fullmatch(r"::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=[a-z-]+::\S.*", line)


def test_github_levels_line_1_and_escaping(pack, run):
    findings = [_finding("50% done: a, b\nnext\r", severity="info", location=Location()),
                _finding("page only", severity="warning", location=Location(page=2))]
    out = github.render(_with_findings(run, findings), pack, lang="en", root=str(ROOT))
    first, second = out.splitlines()
    assert first == ("::notice file=samples/results-status-boxes.md,line=1,title=status-box::"
                     "50%25 done: a, b%0Anext%0D%0Afix: แก้ไข")
    assert second.startswith("::warning file=samples/results-status-boxes.md,line=1,title=status-box::page 2: page only")


def test_github_escapes_property_values():
    assert github.escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert github.escape_data("a:b,c%d\r\ne") == "a:b,c%25d%0D%0Ae"
    assert github.command("error", {"file": "x,y:z.md", "line": 1}, "m") == "::error file=x%2Cy%3Az.md,line=1::m"


# --- concise --------------------------------------------------------------------------------------

CONCISE = re.compile(r"(?P<path>[^:]+):(?P<line>\d+):1: (?P<severity>error|warning|info) (?P<rule>[a-z-]+) (?P<message>.+)")


def test_concise_one_line_per_finding(pack, run):
    lines = concise.render(run, pack, root=str(ROOT)).splitlines()
    assert len(lines) == 8
    parsed = [CONCISE.fullmatch(line) for line in lines]
    assert all(parsed), lines
    status = _doc(run, STATUS.name).findings
    assert [(m["path"], int(m["line"]), m["severity"], m["rule"], m["message"]) for m in parsed[:5]] == \
        [("samples/results-status-boxes.md", f.location.line, "error", f.rule, f.message) for f in status]
    assert lines[-1] == "samples/no-such-report.md:1:1: error input อ่านไฟล์ไม่ได้: no such file or directory"


def test_concise_messages_follow_the_language(pack, run_en):
    lines = concise.render(run_en, pack, lang="en", root=str(ROOT)).splitlines()
    assert lines[1] == "samples/results-status-boxes.md:8:1: error status-box Measure 2: no status box is ticked"
    assert lines[-1] == "samples/no-such-report.md:1:1: error input cannot read: no such file or directory"


def test_concise_page_and_document_level_locations(pack, run):
    findings = [_finding("ไม่พบผลลัพธ์", location=Location(page=3)),
                _finding("ทั้งเอกสาร", location=Location(), measure=None),
                _finding("สองบรรทัด\nต่อกัน", location=Location(line=7))]
    th = concise.render(_with_findings(run, findings), pack, root=str(ROOT)).splitlines()
    assert th == ["samples/results-status-boxes.md:1:1: error status-box หน้า 3: ไม่พบผลลัพธ์",
                  "samples/results-status-boxes.md:1:1: error status-box ทั้งเอกสาร",
                  "samples/results-status-boxes.md:7:1: error status-box สองบรรทัด ต่อกัน"]
    en = concise.render(_with_findings(run, findings[:1]), pack, lang="en", root=str(ROOT))
    assert en == "samples/results-status-boxes.md:1:1: error status-box page 3: ไม่พบผลลัพธ์\n"


def test_concise_prints_nothing_for_a_clean_run(pack):
    assert concise.render(_run(pack, COMPLETE), pack, root=str(ROOT)) == ""
    assert github.render(_run(pack, COMPLETE), pack, root=str(ROOT)) == ""


# --- website findings: URLs are no files of the repository ----------------------------------------

PAGE = "https://www.example.go.th/ita/o26.html?lang=th"


def _on_website(run: RunResult, url: str = PAGE) -> RunResult:
    """The status sample's findings as the website gate reports them: against the page's URL."""
    doc = _doc(run, STATUS.name)
    document = dataclasses.replace(doc.report.document, path=url)
    new = dataclasses.replace(doc, report=dataclasses.replace(doc.report, document=document))
    return RunResult([new], [], run.score, False)


def test_sarif_puts_a_page_under_its_site_base_id_and_validates(validator, pack, run):
    web = _on_website(run)
    other = _on_website(run, "http://intranet.example.go.th:8080/r.pdf")
    both = RunResult(web.documents + other.documents, [], run.score, False)
    log = json.loads(sarif.render(both, pack, root=str(ROOT)))
    assert _errors(validator, log) == []
    bases = log["runs"][0]["originalUriBaseIds"]
    assert bases == {"WEBSITE": {"uri": "https://www.example.go.th/", "description": bases["WEBSITE"]["description"]},
                     "WEBSITE2": {"uri": "http://intranet.example.go.th:8080/",
                                  "description": bases["WEBSITE2"]["description"]}}
    locations = [r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]]
    assert locations[0] == {"uri": "ita/o26.html?lang=th", "uriBaseId": "WEBSITE", "properties": {"url": PAGE}}
    assert locations[-1]["uriBaseId"] == "WEBSITE2" and locations[-1]["uri"] == "r.pdf"
    files_only = json.loads(sarif.render(run, pack, root=str(ROOT)))
    assert "originalUriBaseIds" not in files_only["runs"][0]  # files resolve against %SRCROOT% as before


def test_github_says_a_page_without_a_fake_file(pack, run):
    lines = github.render(_on_website(run), pack, root=str(ROOT)).splitlines()
    first = _doc(run, STATUS.name).findings[0]
    assert lines[0] == f"::error title={first.rule}::{PAGE} {first.message}%0Aวิธีแก้: {first.fix}"
    assert all("file=" not in line for line in lines)
    errors = RunResult([], [dataclasses.replace(run.errors[0], path=PAGE)], None, False)
    assert github.render(errors, pack) == f"::error title=input::{PAGE} อ่านไฟล์ไม่ได้: no such file or directory\n"


# --- GitLab Code Quality -------------------------------------------------------------------------

# The report format as GitLab documents it (docs.gitlab.com/ci/testing/code_quality/, "Code Quality
# report format"): an array of objects with these fields, all required.
CODE_QUALITY_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {"type": "object", "required": ["path", "lines"],
                         "properties": {"path": {"type": "string", "minLength": 1},
                                        "lines": {"type": "object", "required": ["begin"],
                                                  "properties": {"begin": {"type": "integer", "minimum": 1}}}}},
        },
    },
}


def _code_quality_errors(report) -> list[str]:
    import jsonschema

    validator = jsonschema.Draft7Validator(CODE_QUALITY_SCHEMA)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(report)]


def test_gitlab_code_quality_validates_with_unique_fingerprints(pack, run, run_en):
    report = json.loads(gitlab.render(run, pack, root=str(ROOT)))
    assert _code_quality_errors(report) == []
    assert len(report) == 7 + 1
    fingerprints = [issue["fingerprint"] for issue in report]
    assert len(set(fingerprints)) == len(fingerprints)
    status = _doc(run, STATUS.name).findings
    first = report[0]
    assert first["check_name"] == status[0].rule and first["severity"] == "major"
    assert first["location"] == {"path": "samples/results-status-boxes.md", "lines": {"begin": status[0].location.line}}
    assert first["description"].startswith(status[0].message) and "วิธีแก้: " in first["description"]
    assert {i["severity"] for i in report if i["location"]["path"].endswith("wrong-periods.md")} == {"minor"}
    assert report[-1]["check_name"] == "input" and report[-1]["severity"] == "critical"
    en = json.loads(gitlab.render(run_en, pack, lang="en", root=str(ROOT)))
    assert [i["fingerprint"] for i in en] == fingerprints  # the language is no part of an issue's identity


def test_gitlab_catches_an_invalid_report_and_pages_validate(pack, run):
    report = json.loads(gitlab.render(run, pack, root=str(ROOT)))
    report[0]["severity"] = "error"
    del report[1]["location"]["lines"]
    errors = _code_quality_errors(report)
    assert any("severity" in e for e in errors) and any("lines" in e for e in errors), errors
    paged = _with_findings(run, [_finding(location=Location(page=3)), _finding(location=Location(), measure=None)])
    issues = json.loads(gitlab.render(paged, pack, root=str(ROOT)))
    assert _code_quality_errors(issues) == [] and [i["location"]["lines"]["begin"] for i in issues] == [1, 1]
    assert issues[0]["description"].startswith("หน้า 3: ")


def test_gitlab_fingerprints_survive_a_line_inserted_above(pack, tmp_path):
    text = STATUS.read_text(encoding="utf-8")
    for name, body in (("before", text), ("after", "\n\n" + text)):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.md").write_text(body, encoding="utf-8")
    before, after = (json.loads(gitlab.render(_run(pack, tmp_path / n / "report.md"), pack, root=str(tmp_path / n)))
                     for n in ("before", "after"))
    assert [i["location"]["lines"]["begin"] + 2 for i in before] == [i["location"]["lines"]["begin"] for i in after]
    assert [i["fingerprint"] for i in before] == [i["fingerprint"] for i in after]


# --- Markdown summary ------------------------------------------------------------------------------


def test_markdown_summary_table_and_findings(pack, run):
    text = markdown.render(run, pack, root=str(ROOT))
    lines = text.splitlines()
    assert lines[0] == "## ita-lint: ผ่าน 2 จาก 4 ไฟล์"
    rows = [line for line in lines if line.startswith("| `")]
    assert rows[0].startswith("| `samples/results-complete.md` | 100.0 | ✓ ผ่าน | 0 | 0 |")
    status = _doc(run, STATUS.name)
    assert f"| `samples/results-status-boxes.md` | {status.score:.1f} | ✗ ไม่ผ่าน | 5 | 0 |" in rows
    assert any(r.startswith("| `samples/no-such-report.md` |") for r in rows)
    assert "### `samples/results-status-boxes.md`" in lines
    bullets = [line for line in lines if line.startswith("- **บรรทัด")]
    assert len(bullets) == 5 + 2
    assert bullets[0].startswith(f"- **บรรทัด {status.findings[0].location.line}** `{status.findings[0].rule}` ข้อผิดพลาด: ")
    assert "— วิธีแก้: " in bullets[0]
    en = markdown.render(run, pack, lang="en", root=str(ROOT))
    assert en.startswith("## ita-lint: 2 of 4 reports pass") and "- **line " in en


def test_markdown_escapes_what_would_break_the_table_or_page(pack, run):
    nasty = "a | b <script>x</script> *c* `d`\nnext"
    text = markdown.render(_with_findings(run, [_finding(nasty)]), pack, root=str(ROOT))
    [bullet] = [line for line in text.splitlines() if line.startswith("- **")]
    assert r"a \| b \<script\>x\</script\> \*c\* \`d\` next" in bullet
    assert markdown.escape("ข้อ 1 | ข้อ 2") == r"ข้อ 1 \| ข้อ 2"
