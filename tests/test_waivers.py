"""Inline waivers, read from each format by the real readers and applied by the engine:
Markdown and HTML comments, YAML comments, Word comments; unused ones are `unused-waiver`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options, Selection
from ita_lint.lint import check_paths
from ita_lint.waivers import from_comments, from_yaml
from tests.conftest import SAMPLES

MISSING = SAMPLES / "results-missing-outcome.md"  # element-outcome on lines 10 and 12 (measures 2 and 4)
PLACEHOLDERS = SAMPLES / "results-placeholders.md"  # placeholder on lines 9, 10, 11; element-outcome on 11


@pytest.fixture(scope="module")
def pack():
    return load_pack("ita-2569")


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _check(pack, path: Path, lang="th", **selection):
    run = check_paths([str(path)], pack, Options(lang=lang, selection=Selection(**selection)))
    assert not run.errors, run.errors
    [doc] = run.documents
    return doc


def _found(doc) -> list[tuple[str, int]]:
    return [(f.rule, f.location.line) for f in doc.findings]


def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_markdown_disable_next_line_waives_that_line_only_and_the_score_follows(pack, tmp_path):
    before = _check(pack, MISSING)
    assert _found(before) == [("element-outcome", 10), ("element-outcome", 12)]
    lines = _lines(MISSING)
    lines.insert(9, "<!-- ita-lint-disable-next-line element-outcome -->")  # above line 10, inside the table
    doc = _check(pack, _write(tmp_path, "r.md", lines))
    assert _found(doc) == [("element-outcome", 13)]  # measure 4, one line lower now
    assert doc.score > before.score  # a waived measure does not cost the score


def test_markdown_range_by_category_until_enable(pack, tmp_path):
    lines = _lines(PLACEHOLDERS)
    lines.insert(8, "<!-- ita-lint-disable placeholder -->")  # before line 9
    lines.insert(11, "<!-- ita-lint-enable placeholder -->")  # after the old line 10
    doc = _check(pack, _write(tmp_path, "r.md", lines))
    # the placeholders of lines 9 and 10 (now 10, 11) are waived; the one after enable is not
    assert _found(doc) == [("element-outcome", 13), ("placeholder", 13)]
    lines = _lines(MISSING)
    lines.insert(0, "<!-- ita-lint-disable missing-element -->")  # a category, never re-enabled
    assert _found(_check(pack, _write(tmp_path, "all.md", lines))) == []


def test_a_range_to_the_end_also_waives_document_level_findings(pack, tmp_path):
    lines = _lines(SAMPLES / "measures-missing-analysis.md")
    doc = _check(pack, _write(tmp_path, "m.md", ["<!-- ita-lint-disable missing-section -->", *lines]))
    assert [f.rule for f in doc.findings] == ["element-monitoring"]
    ended = ["<!-- ita-lint-disable missing-section -->", "<!-- ita-lint-enable -->", *lines]
    doc = _check(pack, _write(tmp_path, "m2.md", ended))
    assert {"analysis-weaknesses", "analysis-improvements", "unused-waiver"} <= {f.rule for f in doc.findings}


def test_unused_unnamed_and_unknown_waivers_are_warnings_at_their_line(pack, tmp_path):
    lines = _lines(MISSING)
    lines.insert(8, "<!-- ita-lint-disable-next-line element-outcome -->")  # above measure 1, which is complete
    lines.insert(0, "<!-- ita-lint-disable -->")
    lines.insert(0, "<!-- ita-lint-disable-next-line elemnt-outcome, placeholder -->")
    doc = _check(pack, _write(tmp_path, "r.md", lines))
    unused = [f for f in doc.findings if f.rule == "unused-waiver"]
    assert [(f.location.line, f.severity) for f in unused] == [(1, "warning")] * 2 + [(2, "warning"), (11, "warning")]
    first = sorted(f.message for f in unused[:2])  # line 1: one unknown name, one that found nothing
    assert any(m.endswith("ระบุกฎที่ไม่มีอยู่: elemnt-outcome") for m in first), first
    assert any(m.endswith("เพราะกฎ placeholder ไม่พบปัญหาในตำแหน่งนั้น") for m in first), first
    assert "ไม่ได้ระบุกฎ" in unused[2].message
    assert "element-outcome" in unused[3].message and "ไม่ได้ยกเว้นสิ่งใด" in unused[3].message
    assert [f.rule for f in doc.findings if f.rule != "unused-waiver"] == ["element-outcome", "element-outcome"]
    en = _check(pack, _write(tmp_path, "r.md", lines), lang="en")
    assert "names no rule" in [f for f in en.findings if f.rule == "unused-waiver"][2].message
    quiet = _check(pack, tmp_path / "r.md", ignore=frozenset(["unused-waiver"]))
    assert "unused-waiver" not in {f.rule for f in quiet.findings}
    # a waiver of a rule that did not run (here: deselected) is left alone, as the rule could not use it
    only = _check(pack, tmp_path / "r.md", select=frozenset(["unused-waiver"]))
    assert [f.location.line for f in only.findings] == [1, 2]


def test_html_comments(pack, tmp_path):
    rows = ["<tr><td>๑. เผยแพร่แผนการใช้จ่ายงบประมาณ</td><td>เผยแพร่ครบทุกไตรมาส</td><td>ประชาชนตรวจสอบได้</td></tr>",
            "<!-- ita-lint-disable-next-line element-outcome -->",
            "<tr><td>๒. จัดทำคู่มือการปฏิบัติงาน</td><td>จัดทำคู่มือครบทุกงาน</td><td></td></tr>",
            "<tr><td>๓. ประชุมชี้แจงบุคลากร</td><td>ประชุม ๒ ครั้ง</td><td></td></tr>"]
    page = ["<html><body>",
            "<h1>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</h1>",
            "<table><tr><th>มาตรการ</th><th>ผลการดำเนินการ</th><th>ผลลัพธ์</th></tr>", *rows, "</table></body></html>"]
    doc = _check(pack, _write(tmp_path, "r.html", page))
    outcome = [line for rule, line in _found(doc) if rule == "element-outcome"]
    assert outcome == [7] and "unused-waiver" not in {f.rule for f in doc.findings}


YAML = """\
kind: results
title: รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
fiscal_year: 2568
agency: องค์การบริหารส่วนตำบลหนองบัว
measures:
  - measure: เผยแพร่แผนการใช้จ่ายงบประมาณ
    output: เผยแพร่ครบทุกไตรมาส
    outcome: ประชาชนตรวจสอบได้
  # ita-lint: disable element-outcome
  - measure: จัดทำคู่มือการปฏิบัติงาน
    output: จัดทำคู่มือครบทุกงาน
  - measure: ประชุมชี้แจงบุคลากร
    output: ประชุม ๒ ครั้ง   # ita-lint: disable element-outcome, missing-element
  - measure: จัดทำช่องทางร้องเรียน
    output: เปิดช่องทางออนไลน์
"""


def test_yaml_comments_cover_the_measure_they_are_on_or_above(pack, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(YAML, encoding="utf-8")
    doc = _check(pack, path)
    assert [(f.rule, f.measure) for f in doc.findings if f.rule == "element-outcome"] == [("element-outcome", 4)]
    assert "unused-waiver" not in {f.rule for f in doc.findings}
    waivers = from_yaml(YAML)
    assert [(w.names, w.first, w.last) for w in waivers] == [
        (("element-outcome",), 10, 11), (("element-outcome", "missing-element"), 12, 13)]


def test_yaml_unused_waiver_names_a_clean_measure(pack, tmp_path):
    text = YAML.replace("  - measure: เผยแพร่แผนการใช้จ่ายงบประมาณ\n",
                        "  - measure: เผยแพร่แผนการใช้จ่ายงบประมาณ  # ita-lint: disable element-outcome\n")
    path = tmp_path / "r.yaml"
    path.write_text(text, encoding="utf-8")
    unused = [f for f in _check(pack, path).findings if f.rule == "unused-waiver"]
    assert [f.location.line for f in unused] == [6]


def _docx_report(path: Path, comment_on_row: int | None, comment_on_paragraph: bool, text: str) -> None:
    import docx  # python-docx, a test dependency: Word documents with real comments

    d = docx.Document()
    title = d.add_paragraph("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")
    table = d.add_table(rows=1, cols=3)
    for cell, header in zip(table.rows[0].cells, ("มาตรการ", "ผลการดำเนินการ", "ผลลัพธ์")):
        cell.text = header
    for values in (("๑. เผยแพร่แผนการใช้จ่ายงบประมาณ", "เผยแพร่ครบทุกไตรมาส", "ประชาชนตรวจสอบได้"),
                   ("๒. จัดทำคู่มือการปฏิบัติงาน", "จัดทำคู่มือครบทุกงาน", ""),
                   ("๓. ประชุมชี้แจงบุคลากร", "ประชุม ๒ ครั้ง", "")):
        row = table.add_row()
        for cell, value in zip(row.cells, values):
            cell.text = value
    if comment_on_row is not None:
        run = table.rows[comment_on_row].cells[0].paragraphs[0].runs[0]
        d.add_comment(run, text=text, author="เจ้าหน้าที่", initials="จ")
    if comment_on_paragraph:
        d.add_comment(title.runs[0], text=text, author="เจ้าหน้าที่", initials="จ")
    d.save(str(path))


def test_docx_comment_on_a_table_cell_waives_that_row(pack, tmp_path):
    path = tmp_path / "r.docx"
    _docx_report(path, None, False, "")
    base = [(f.rule, f.location.table, f.location.row) for f in _check(pack, path).findings]
    assert base == [("element-outcome", 1, 3), ("element-outcome", 1, 4)]
    _docx_report(path, 2, False, "ita-lint: disable element-outcome")
    doc = _check(pack, path)
    assert [(f.rule, f.location.row) for f in doc.findings] == [("element-outcome", 4)]
    _docx_report(path, 1, False, "ita-lint: disable element-outcome")  # a complete row: unused
    doc = _check(pack, path)
    unused = [f for f in doc.findings if f.rule == "unused-waiver"]
    assert len(unused) == 1 and (unused[0].location.table, unused[0].location.row) == (1, 2)
    _docx_report(path, 2, False, "ถูกต้องแล้ว ไม่ต้องแก้")  # an ordinary comment is no waiver
    assert len(_check(pack, path).findings) == 2


def test_docx_comment_on_a_paragraph(pack, tmp_path):
    path = tmp_path / "r.docx"
    _docx_report(path, None, True, "ita-lint: disable fiscal-year")
    doc = _check(pack, path)
    unused = [f for f in doc.findings if f.rule == "unused-waiver"]
    assert [(f.location.paragraph, "fiscal-year" in f.message) for f in unused] == [(1, True)]


def test_comment_scanning_counts_lines_as_the_readers_do():
    text = "a\r\n<!--\r\n ita-lint-disable-next-line\r\n placeholder -->\r\n\r\n b\r\n<!-- ita-lint-disable x --> c"
    waivers = from_comments(text)
    assert [(w.names, w.location.line, w.first, w.last) for w in waivers] == [
        (("placeholder",), 2, 6, 6), (("x",), 7, 7, None)]
    assert from_comments("<!-- ita-lint-disabled x -->") == [] and from_comments("no waivers") == []


def test_command_line_shows_the_unused_waiver_and_never_writes_the_report(tmp_path):
    lines = _lines(MISSING)
    lines.insert(8, "<!-- ita-lint-disable-next-line element-outcome -->")
    path = _write(tmp_path, "r.md", lines)
    before = path.read_bytes()
    proc = subprocess.run([sys.executable, "-m", "ita_lint", "check", str(path), "--format", "json", "--no-cache"],
                          capture_output=True, text=True, encoding="utf-8", env={**os.environ, "NO_COLOR": "1"})
    data = json.loads(proc.stdout)
    assert [f["rule"] for f in data["documents"][0]["findings"]] == ["unused-waiver", "element-outcome",
                                                                      "element-outcome"]
    assert path.read_bytes() == before
