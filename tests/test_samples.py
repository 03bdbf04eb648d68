"""The bundled samples give exactly the findings samples/README.md says they give."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options
from ita_lint.lint import check_paths
from tests.conftest import SAMPLES


def _expectations():
    rows = []
    for line in (SAMPLES / "README.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\| ([\w.-]+\.md) \| (\w+) \| (\d+) \| (\d+) \| (.+?) \|$", line)
        if m:
            rows.append(m.groups())
    return rows


def _parse_findings(spec: str) -> Counter:
    expected: Counter = Counter()
    if spec.strip() == "none":
        return expected
    for part in spec.split(";"):
        part = part.strip()
        m = re.match(r"^([\w-]+)(?::\s*(.+)| x(\d+))?$", part)
        assert m, part
        rule, measures, times = m.groups()
        if measures:
            for n in re.findall(r"\d+", measures):
                expected[(rule, int(n))] += 1
        else:
            expected[(rule, None)] += int(times or 1)
    return expected


EXPECTED = _expectations()


def test_readme_lists_every_sample():
    listed = {row[0] for row in EXPECTED}
    present = {p.name for p in SAMPLES.glob("*.md") if p.name != "README.md"}
    assert listed == present


@pytest.mark.parametrize("name,kind,fy,measures,spec", EXPECTED, ids=[r[0] for r in EXPECTED])
def test_sample(name, kind, fy, measures, spec):
    run = check_paths([str(SAMPLES / name)], load_pack("ita-2569"), Options())
    assert not run.errors
    (result,) = run.documents
    assert result.report.kind == kind
    assert result.report.fiscal_year == int(fy)
    assert len(result.report.measures) == int(measures)
    got = Counter((f.rule, f.measure) for f in result.findings)
    assert got == _parse_findings(spec), [f.message for f in result.findings]
    assert result.passed == (not any(f.severity == "error" for f in result.findings))
    if spec.strip() == "none":
        assert result.score == 100.0
    else:
        assert result.score < 100.0


def test_complete_samples_have_every_required_element_present():
    for name in ("results-complete.md", "measures-complete.md", "plan-complete.md", "measures-labelled.md"):
        run = check_paths([str(SAMPLES / name)], load_pack("ita-2569"), Options())
        result = run.documents[0]
        for m in result.report.measures:
            for element in result.required:
                assert m.has(element), (name, m.index, element)
