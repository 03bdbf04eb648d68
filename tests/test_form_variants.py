"""The same content in another form gives the same verdict (issue: 'when the form changes')."""

from __future__ import annotations

import re

import pytest

from ita_lint.model import ELEMENTS
from ita_lint.thai import to_arabic_digits
from tests.conftest import lint_text


def _provincial(corpus) -> str:
    return (corpus / "results-2568-provincial-admin.txt").read_text(encoding="utf-8")


def _presence(result):
    return [{e for e in ELEMENTS if m.has(e)} for m in result.report.measures]


def _header_lines(text):
    return [line for line in text.split("\n") if line.startswith("มาตรการ/")]


def test_other_header_wording(corpus):
    text = _provincial(corpus)
    for line in _header_lines(text):
        text = text.replace(line, "โครงการ/กิจกรรม\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tระยะเวลา\tสรุปผลการดำเนินการ\tผลลัพธ์หรือความสำเร็จของการดำเนินการ")
    base = lint_text(_provincial(corpus))
    variant = lint_text(text)
    assert _presence(variant) == _presence(base)
    assert len(variant.report.measures) == 6


def test_arabic_digits(corpus):
    variant = lint_text(to_arabic_digits(_provincial(corpus)))
    assert variant.report.fiscal_year == 2568
    assert len(variant.report.measures) == 6
    assert [f for f in variant.findings if f.category != "quality"] == []  # content-quality warnings aside
    base = lint_text(_provincial(corpus))
    assert [(f.rule, f.measure) for f in variant.findings] == [(f.rule, f.measure) for f in base.findings]


def test_pipe_tables(corpus):
    lines = []
    for line in _provincial(corpus).split("\n"):
        if "\t" in line:
            cells = [c.replace("|", "/") for c in line.split("\t")]
            lines.append("| " + " | ".join(cells) + " |")
            if line.startswith("มาตรการ/") or line.startswith("ตัวชี้วัดที่"):
                lines.append("|" + "---|" * len(cells))
        else:
            lines.append(line)
    variant = lint_text("\n".join(lines))
    assert len(variant.report.measures) == 6
    assert _presence(variant) == _presence(lint_text(_provincial(corpus)))


def test_labelled_paragraphs_instead_of_a_table(corpus):
    labels = ["มาตรการ", "ขั้นตอน/วิธีการดำเนินการ", "หน่วยงานผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
              "ผลการดำเนินการ", "ผลลัพธ์"]
    out = []
    for line in _provincial(corpus).split("\n"):
        if "\t" in line and re.match(r"^[๐-๙]+\.", line):
            cells = line.split("\t")
            out.append(cells[0])
            for label, cell in zip(labels[1:], cells[1:]):
                out.append(f"- {label}: {re.sub(r'<[^>]+>', ' ', cell).strip()}")
            out.append("")
        elif "\t" not in line:
            out.append(line)
    variant = lint_text("\n".join(out))
    assert len(variant.report.measures) == 6
    assert _presence(variant) == _presence(lint_text(_provincial(corpus)))
    assert not [f for f in variant.findings if f.category == "missing-element"]


@pytest.mark.parametrize("column,element", [(5, "outcome"), (4, "output"), (2, "responsible")])
def test_column_removed(corpus, column, element):
    out = []
    for line in _provincial(corpus).split("\n"):
        cells = line.split("\t")
        if len(cells) == 6:
            del cells[column]
        out.append("\t".join(cells))
    variant = lint_text("\n".join(out))
    assert len(variant.report.measures) == 6
    assert all(not m.has(element) for m in variant.report.measures)
    if element in ("outcome", "output"):  # required of a results report
        assert sorted(f.measure for f in variant.findings if f.rule == f"element-{element}") == [1, 2, 3, 4, 5, 6]


def test_subdistrict_in_arabic_digits_keeps_its_findings(corpus):
    text = (corpus / "results-2568-subdistrict-checkbox.txt").read_text(encoding="utf-8")
    base, variant = lint_text(text), lint_text(to_arabic_digits(text))
    assert [(f.rule, f.measure) for f in variant.findings] == [(f.rule, f.measure) for f in base.findings]
