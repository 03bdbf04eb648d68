"""The command line as a user runs it: a real subprocess, real files, exit codes."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLES


def run(*args, cwd=None):
    proc = subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", cwd=cwd, env={**os.environ, "NO_COLOR": "1"})
    return proc


def test_version_does_not_import_the_pipeline():
    code = ("import sys; sys.argv=['ita-lint','--version']\n"
            "from ita_lint import cli\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('pydantic','rich','yaml','ita_lint.engine','pypdfium2','docx','selectolax','pythainlp') if m in sys.modules]\n"
            "print('HEAVY', heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "HEAVY []" in out


def test_complete_sample_passes_exit_0():
    proc = run("check", SAMPLES / "results-complete.md")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "ผ่าน" in proc.stdout and "100.0/100" in proc.stdout


def test_incomplete_sample_exit_1_names_measure_element_and_fix_in_thai():
    proc = run("check", SAMPLES / "results-missing-outcome.md")
    assert proc.returncode == 1
    assert "มาตรการที่ 2" in proc.stdout and "ผลลัพธ์" in proc.stdout and "วิธีแก้" in proc.stdout
    assert "บรรทัด" in proc.stdout


def test_english():
    proc = run("check", SAMPLES / "results-missing-outcome.md", "--lang", "en")
    assert proc.returncode == 1
    assert "Measure 2" in proc.stdout and "no outcome" in proc.stdout and "line" in proc.stdout


def test_folder_run_ends_with_summary_and_skips_readme():
    proc = run("check", SAMPLES)
    assert proc.returncode == 1
    assert proc.stdout.strip().splitlines()[-1].startswith("สรุป: ตรวจ 17 ไฟล์")
    assert "README.md" not in proc.stdout


def test_fail_under():
    assert run("check", SAMPLES / "results-complete.md", "--fail-under", "100").returncode == 0
    proc = run("check", SAMPLES / "results-wrong-periods.md", "--fail-under", "99", "--format", "json")
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["documents"][0]["passed"] is False
    assert run("check", SAMPLES / "results-wrong-periods.md").returncode == 0  # warnings only


def test_json_contract():
    proc = run("check", SAMPLES / "results-status-boxes.md", "--format", "json")
    data = json.loads(proc.stdout)
    assert data["schema"] == "ita-lint/report/v1"
    assert data["tool"]["name"] == "ita-lint"
    assert set(data["summary"]) == {"documents", "errors", "warnings", "score", "passed"}
    doc = data["documents"][0]
    for key in ("path", "format", "kind", "fiscal_year", "agency", "rulepack", "score", "passed", "measures", "findings"):
        assert key in doc
    assert doc["format"] == "markdown" and doc["kind"] == "results" and doc["fiscal_year"] == 2568
    m = doc["measures"][0]
    assert set(m["elements"]) == {"measure", "steps", "responsible", "period", "monitoring", "output", "outcome"}
    assert set(m["elements"].values()) <= {"present", "missing"}
    assert m["location"] == {"page": None, "line": m["location"]["line"]} and m["location"]["line"] >= 1
    f = doc["findings"][0]
    for key in ("rule", "category", "severity", "message", "element", "measure", "location"):
        assert key in f
    assert data["errors"] == []
    assert data["summary"]["errors"] == sum(1 for f in doc["findings"] if f["severity"] == "error")


def test_select_and_ignore():
    data = json.loads(run("check", SAMPLES / "results-status-boxes.md", "--format", "json", "--select", "status-box").stdout)
    assert {f["rule"] for f in data["documents"][0]["findings"]} == {"status-box"}
    data = json.loads(run("check", SAMPLES / "results-status-boxes.md", "--format", "json", "--ignore", "status,missing-element").stdout)
    assert data["documents"][0]["findings"] == []
    proc = run("check", SAMPLES / "results-status-boxes.md", "--select", "no-such-rule")
    assert proc.returncode == 2 and "no-such-rule" in proc.stderr and "Traceback" not in proc.stderr


def _bad(tmp_path: Path, name: str, data: bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


@pytest.mark.parametrize("name,data,problem", [
    ("empty.md", b"", "empty"),
    ("blank.md", b"  \n\t\n  ", "whitespace"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("bad.md", b"report \xc3\x28 \x81\xfc", "UTF-8"),
    ("bad16.md", b"\xff\xfe\x00\xd8", "UTF-16"),
    ("report.odt", b"whatever", "save it as .docx or PDF"),
    ("report.xyz", b"whatever", "unknown file type"),
])
def test_bad_input_one_line_exit_2_and_others_still_checked(tmp_path, name, data, problem):
    bad = _bad(tmp_path, name, data)
    proc = run("check", bad, SAMPLES / "results-complete.md", "--lang", "en")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stdout + proc.stderr
    lines = [line for line in proc.stdout.splitlines() if str(bad) in line]
    assert len(lines) == 1 and problem in lines[0]
    assert "results-complete.md" in proc.stdout  # the other file was still checked


def test_missing_path(tmp_path):
    proc = run("check", tmp_path / "nope.md", "--lang", "en")
    assert proc.returncode == 2 and "no such file" in proc.stdout and "Traceback" not in proc.stderr


def test_missing_path_json(tmp_path):
    proc = run("check", tmp_path / "nope.md", "--format", "json")
    assert proc.returncode == 2
    assert json.loads(proc.stdout)["errors"][0]["message"] == "no such file or directory"


@pytest.mark.parametrize("encoding,bom", [("cp874", b""), ("tis-620", b""), ("utf-16-le", codecs.BOM_UTF16_LE),
                                          ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-8", codecs.BOM_UTF8)])
def test_older_thai_encodings_are_read(tmp_path, encoding, bom):
    text = (SAMPLES / "results-complete.md").read_text(encoding="utf-8")
    # TIS-620 has no box characters and no dashes
    text = text.replace("☑", "[x]").replace("☐", "[ ]").replace("–", "-").replace("—", "-")
    p = tmp_path / "legacy.md"
    p.write_bytes(bom + text.encode(encoding))
    proc = run("check", p, "--format", "json")
    assert proc.returncode == 0, proc.stdout
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["fiscal_year"] == 2568 and len(doc["measures"]) == 6


def test_never_writes_to_checked_files(tmp_path):
    p = tmp_path / "r.md"
    p.write_bytes((SAMPLES / "results-placeholders.md").read_bytes())
    before = (p.read_bytes(), p.stat().st_mtime_ns)
    run("check", p)
    run("check", p, "--format", "json")
    assert (p.read_bytes(), p.stat().st_mtime_ns) == before
    assert sorted(os.listdir(tmp_path)) == ["r.md"]


def test_rules_and_rule_explanation():
    proc = run("rules", "--format", "json")
    ids = {r["id"] for r in json.loads(proc.stdout)["rules"]}
    assert {"element-outcome", "status-box", "placeholder", "score-consistency"} <= ids
    proc = run("rule", "status-box", "--lang", "en")
    assert proc.returncode == 0
    assert "Passing example" in proc.stdout and "Failing example" in proc.stdout and "Fix:" in proc.stdout
    assert run("rule", "nope").returncode == 2


def test_year_selects_pack_and_unknown_year_is_usage_error():
    data = json.loads(run("check", SAMPLES / "results-2567-title.md", "--format", "json", "--year", "2568").stdout)
    assert data["documents"][0]["rulepack"] == "ita-2568"
    assert not [f for f in data["documents"][0]["findings"] if f["rule"] == "fiscal-year-expected"]
    proc = run("check", SAMPLES / "results-complete.md", "--year", "2501")
    assert proc.returncode == 2 and "ita-2501" in proc.stderr and "Traceback" not in proc.stderr


def test_rule_schema_is_json_schema():
    schema = json.loads(run("schema", "rules").stdout)
    assert schema["title"] == "ita-lint rule file" and "rules" in schema["properties"]


def test_runs_from_any_directory(tmp_path):
    proc = run("check", SAMPLES / "results-complete.md", cwd=tmp_path)
    assert proc.returncode == 0


def test_several_formats_in_one_run(tmp_path):
    out = tmp_path / "report.json"
    proc = run("check", SAMPLES / "results-status-boxes.md", "--format", "json", "-o", out, "--format", "terminal")
    assert proc.returncode == 1
    assert json.loads(out.read_text(encoding="utf-8"))["schema"] == "ita-lint/report/v1"
    assert "มาตรการที่ 2" in proc.stdout
    proc = run("check", SAMPLES / "results-complete.md", "--format", "json", "--format", "terminal")
    assert proc.returncode == 2 and "ส่งออกทางหน้าจอได้เพียงรูปแบบเดียว" in proc.stderr


def test_ci_formats_written_to_files_in_one_run(tmp_path):
    import xml.etree.ElementTree as ET

    sarif, junit = tmp_path / "r.sarif", tmp_path / "r.xml"
    proc = run("check", SAMPLES / "results-status-boxes.md", SAMPLES / "results-complete.md", "--no-cache",
               "--format", "sarif", "-o", sarif, "--format", "junit", "-o", junit, "--format", "concise")
    assert proc.returncode == 1
    log = json.loads(sarif.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0" and log["runs"][0]["results"]
    suite = ET.parse(junit).getroot()
    assert suite.find(".//testcase") is not None and suite.find(".//failure") is not None
    lines = proc.stdout.splitlines()  # concise: path:line:col: severity rule message
    assert lines and all(line.split(":")[0].endswith("results-status-boxes.md") and line.split(":")[1].isdigit()
                         for line in lines)
