"""Reports nobody wrote, generated with the truth known by construction (tests/reportgen.py).

Properties, in every format the generator writes (Markdown, text, a sheet saved as CSV, HTML, DOCX):
- the measure count is exact, and so is each element's state;
- the missing-element findings are exactly the required elements the truth lacks
  (so a complete report has none);
- removing one element from one measure gives exactly that finding more;
- the verdict is the same in every format.

A small budget runs here; `python bench/generated.py` runs the large one (and PDF).
"""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ita_lint.engine.loader import load_pack
from ita_lint.engine.run import Options, lint_report
from ita_lint.extract import extract
from ita_lint.model import ELEMENTS
from ita_lint.readers import parse_bytes
from tests.reportgen import EXTENSIONS, FORMATS, REQUIRED, expected_missing, render, reports, truth

BUDGET = settings(max_examples=25, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _lint(spec, fmt: str):
    pack = load_pack("ita-2569")
    document = parse_bytes("generated" + EXTENSIONS[fmt], render(spec, fmt))
    return lint_report(extract(document, pack), pack, Options())


def _verdict(result) -> tuple:
    states = [{e: m.has(e) for e in ELEMENTS} for m in result.report.measures]
    missing = {(f.rule, f.measure) for f in result.findings if f.category == "missing-element"}
    return states, missing


@BUDGET
@given(reports())
def test_every_format_reads_the_truth(spec):
    want = (truth(spec), expected_missing(spec))
    for fmt in FORMATS:
        assert _verdict(_lint(spec, fmt)) == want, fmt


@BUDGET
@given(reports(), st.data())
def test_removing_one_element_gives_exactly_that_finding(spec, data):
    present = [(i, e) for i, states in enumerate(truth(spec)) for e in REQUIRED[spec.kind]
               if e != "measure" and states[e] and not spec.measures[i].sub_rows and e in spec.columns]
    if not present:
        return
    i, element = data.draw(st.sampled_from(present))
    fewer = copy.deepcopy(spec)
    fewer.measures[i].values[element] = None
    fewer.measures[i].empty[element] = "-"
    fmt = data.draw(st.sampled_from(FORMATS))
    before = _verdict(_lint(spec, fmt))[1]
    after = _verdict(_lint(fewer, fmt))[1]
    assert after - before == {(f"element-{element}", i + 1)}
    assert before <= after
