"""YAML/JSON reports: mapped onto measures and elements; schema errors name the field's path."""

from __future__ import annotations

import json

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import check_paths
from ita_lint.readers import ReadError, ReadOptions, read_document
from tests.test_cli import run

REPORT = {
    "schema": "ita-lint/structured-report/v1",
    "kind": "measures",
    "title": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
    "fiscal_year": 2569,
    "agency": "เทศบาลตำบลบ้านใหม่",
    "analysis": {"weaknesses": "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูลได้คะแนนต่ำ เพราะข้อมูลไม่เป็นปัจจุบัน",
                 "improvements": ["การสื่อสารผ่านช่องทางออนไลน์", "การรับฟังความคิดเห็นของประชาชน"]},
    "measures": [
        {"measure": "เผยแพร่แผนการใช้จ่ายงบประมาณ", "steps": ["จัดทำประกาศ", "เผยแพร่บนเว็บไซต์"],
         "responsible": "กองคลัง", "period": "ต.ค. 68 – ก.ย. 69", "monitoring": "รายงานผลต่อนายกเทศมนตรีทุกไตรมาส"},
        {"measure": "ทบทวนคู่มือการปฏิบัติงาน", "steps": "ทบทวนและประกาศใช้", "responsible": None,
         "period": "ม.ค. 69", "monitoring": "ติดตามผลรายไตรมาส"},
    ],
}


def _check(path):
    result = check_paths([str(path)], load_pack("ita-2569"), Options())
    assert not result.errors, result.errors
    return result.documents[0]


@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_structured_report_maps_onto_measures(tmp_path, fmt):
    import yaml

    p = tmp_path / f"o25.{fmt}"
    p.write_text(yaml.safe_dump(REPORT, allow_unicode=True) if fmt == "yaml" else json.dumps(REPORT, ensure_ascii=False),
                 encoding="utf-8")
    result = _check(p)
    r = result.report
    assert (r.kind, r.fiscal_year, r.agency, len(r.measures)) == ("measures", 2569, "เทศบาลตำบลบ้านใหม่", 2)
    assert set(r.sections) == {"weaknesses", "improvements"}
    assert [(f.rule, f.measure) for f in result.findings if f.category != "traceability"] == [("element-responsible", 2)]
    # its one weakness (data not kept up to date) is taken up by neither measure
    assert [f.rule for f in result.findings if f.category == "traceability"] == ["weakness-unaddressed"]
    assert r.measures[0].elements["steps"].text == "- จัดทำประกาศ\n- เผยแพร่บนเว็บไซต์"
    if fmt == "yaml":
        assert r.measures[1].location.line is not None and r.measures[1].location.line > r.measures[0].location.line


def test_status_field_is_a_ticked_box(tmp_path):
    data = {"kind": "results", "title": "รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2568",
            "measures": [{"measure": "ก", "status": "อยู่ระหว่างการดำเนินการดำเนินการแล้วเสร็จ", "outcome": "ข"}]}
    p = tmp_path / "r.json"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = _check(p)
    assert result.report.measures[0].has("output")
    assert [f.rule for f in result.findings if f.category != "quality"] == ["status-box"]


@pytest.mark.parametrize("content,expect", [
    ("title: x\nmeasures:\n  - measure: a\n  - measure: b\n  - measure: c\n  - measure: d\n    responsible: {unit: x}\n",
     "line 6: measures[3].responsible: must be text or a list of texts"),
    ("title: x\nmeasures:\n  - measure: a\n    budget: 100\n", "measures[0].budget: Extra inputs are not permitted"),
    ("title: x\nkind: report\n", "kind: Input should be"),
    ("measures: []\n", "title: Field required"),
    ("- a\n- b\n", "a mapping"),
    ("title: [unclosed\n", "invalid YAML"),
])
def test_schema_errors_name_the_path(tmp_path, content, expect):
    p = tmp_path / "bad.yaml"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(ReadError) as err:
        read_document(p, ReadOptions())
    assert expect in str(err.value)


def test_bad_json_names_the_line(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"title": "x",\n "measures": [\n}', encoding="utf-8")
    proc = run("check", p, "--no-cache")
    assert proc.returncode == 2 and "bad.json" in proc.stdout and "line" in proc.stdout and "Traceback" not in proc.stderr


def test_schema_command_prints_report_schema():
    schema = json.loads(run("schema", "report").stdout)
    assert schema["$id"] == "ita-lint/structured-report/v1"
    assert "measures" in schema["properties"] and "title" in schema["required"]
