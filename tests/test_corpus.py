"""The real published documents in ../shared/corpus (skipped when the folder is absent)."""

from __future__ import annotations

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import check_paths
from ita_lint.model import ELEMENTS


def _check(path):
    run = check_paths([str(path)], load_pack("ita-2569"), Options())
    assert not run.errors
    return run.documents[0]


@pytest.mark.parametrize("name,kind,fy,measures", [
    ("results-2568-provincial-admin.txt", "results", 2568, 6),
    ("results-2568-subdistrict-checkbox.txt", "results", 2568, 8),
    ("results-guidance-2566-examples.txt", "results", 2566, 6),
    ("plan-2567-province.txt", "plan", 2567, 5),
])
def test_kind_year_and_measures(corpus, name, kind, fy, measures):
    result = _check(corpus / name)
    assert result.report.kind == kind
    assert result.report.fiscal_year == fy
    assert len(result.report.measures) == measures


def test_provincial_report_every_column_present_and_consistent(corpus):
    result = _check(corpus / "results-2568-provincial-admin.txt")
    for m in result.report.measures:
        assert all(m.has(e) for e in ("measure", "steps", "responsible", "period", "output", "outcome")), m.index
    assert result.report.agency == "องค์การบริหารส่วนจังหวัดสมุทรปราการ"
    assert len(result.report.score_rows) == 11  # ten indicators and the average, each adding up
    assert not [f for f in result.findings if f.category == "consistency"]
    # its outputs state what was done without a figure, date or link: content-quality warnings only
    assert [f for f in result.findings if f.category != "quality"] == [] and result.score == 100.0
    assert {f.rule for f in result.findings} <= {"output-no-evidence"}


def test_subdistrict_continuation_row_is_one_measure_and_boxes_are_flagged(corpus):
    result = _check(corpus / "results-2568-subdistrict-checkbox.txt")
    measures = result.report.measures
    for m in measures:
        assert all(m.has(e) for e in ("measure", "steps", "responsible", "period", "output", "outcome")), m.index
    # the row cut by the page break continues measure 2's outcome
    assert "แหล่งข้อมูลดังกล่าว" in measures[1].elements["outcome"].text
    status = [(f.measure, f.location.line) for f in result.findings if f.rule == "status-box"]
    assert status == [(2, 19), (3, 23)]
    this_year = [f for f in result.findings if f.rule == "fiscal-year-periods"]
    assert [(f.measure, f.location.line) for f in this_year] == [(2, 19)]
    assert "๒๕๖๗" in this_year[0].message


def test_guidance_three_columns(corpus):
    result = _check(corpus / "results-guidance-2566-examples.txt")
    assert result.report.fiscal_year_source == "body"
    for m in result.report.measures:
        assert {e for e in ELEMENTS if m.has(e)} == {"measure", "output", "outcome"}
    assert not [f for f in result.findings if f.category == "missing-element"]
    assert any(f.rule == "fiscal-year-title" for f in result.findings)


def test_plan_activities(corpus):
    result = _check(corpus / "plan-2567-province.txt")
    assert result.report.agency == "จังหวัดสมุทรปราการ"
    for m in result.report.measures:
        assert m.has("period") and m.has("responsible")
    # activity 1 (August 2566) lies before FY 2567 began
    assert [f.measure for f in result.findings if f.rule == "fiscal-year-periods"] == [1]


def test_corpus_order_does_not_matter(corpus):
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    pack = load_pack("ita-2569")
    a = check_paths(files, pack, Options())
    b = check_paths(list(reversed(files)), pack, Options())
    assert [(r.report.document.path, r.score, [f.message for f in r.findings]) for r in a.documents] == \
           [(r.report.document.path, r.score, [f.message for f in r.findings]) for r in b.documents]


@pytest.mark.parametrize("name,pack", [
    ("results-2568-provincial-admin.txt", "ita-2569"),
    ("results-2568-subdistrict-checkbox.txt", "ita-2569"),
    ("results-guidance-2566-examples.txt", "ita-2567"),  # FY 2566 results: o35 of 2567
    ("plan-2567-province.txt", "ita-2567"),
])
def test_each_document_is_checked_against_its_own_year_without_flags(corpus, name, pack):
    from ita_lint.lint import RunRequest, lint_paths

    run = lint_paths(RunRequest([str(corpus / name)], use_cache=False))
    result = run.documents[0]
    assert result.rulepack == pack, result.rulepack_reason
    assert not [f for f in result.findings if f.rule == "fiscal-year-expected"]
