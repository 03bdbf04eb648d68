"""`--format json`: the stable `ita-lint/report/v1` contract (README, "JSON output")."""

from __future__ import annotations

import json

from ita_lint import __version__
from ita_lint.model import ELEMENTS, DocumentResult, RunResult

SCHEMA_ID = "ita-lint/report/v1"


def document_dict(result: DocumentResult) -> dict:
    report = result.report
    return {
        "path": report.document.path,
        "format": report.document.format,
        "kind": report.kind,
        "title": report.title,
        "fiscal_year": report.fiscal_year,
        "fiscal_year_source": report.fiscal_year_source,
        "agency": report.agency,
        "rulepack": result.rulepack,
        "rulepack_reason": result.rulepack_reason,
        "score": result.score,
        "passed": result.passed,
        "required_elements": list(result.required),
        "measures": [
            {
                "index": m.index,
                "title": m.title,
                "location": m.location.as_dict(),
                "elements": {e: ("present" if m.has(e) else "missing") for e in ELEMENTS},
                "evidence": {e: v.text for e, v in m.elements.items()},
            }
            for m in report.measures
        ],
        "findings": [dict(f.as_dict(), fix=f.fix) for f in result.findings],
    }


def render(run: RunResult) -> str:
    findings = [f for r in run.documents for f in r.findings]
    payload = {
        "schema": SCHEMA_ID,
        "tool": {"name": "ita-lint", "version": __version__},
        "summary": {
            "documents": len(run.documents),
            "errors": sum(1 for f in findings if f.severity == "error"),
            "warnings": sum(1 for f in findings if f.severity == "warning"),
            "score": run.score,
            "passed": run.passed,
        },
        "documents": [document_dict(r) for r in run.documents],
        # measures documents paired with their results reports (ita_lint.trace; README, "Measures and
        # results"): always present, empty when the run holds no such pair
        "traceability": [t.as_dict() for t in getattr(run, "traceability", [])],
        "errors": [{"path": e.path, "message": e.message} for e in run.errors],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
