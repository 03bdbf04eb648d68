"""Every rule ships pass/fail examples (as sqlfluff and Semgrep rules do); run them all."""

from __future__ import annotations

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.packs import available_packs
from ita_lint.engine.run import Options, Selection
from ita_lint.engine.schema import ExamplePair
from ita_lint.lint import check_paths
from tests.conftest import lint_text

CASES = []
for pack_id in available_packs():
    for rule in load_pack(pack_id).rules:
        for i, text in enumerate(rule.examples.pass_):
            CASES.append(pytest.param(pack_id, rule.id, text, False, id=f"{pack_id}-{rule.id}-pass{i}"))
        for i, text in enumerate(rule.examples.fail):
            CASES.append(pytest.param(pack_id, rule.id, text, True, id=f"{pack_id}-{rule.id}-fail{i}"))


@pytest.mark.parametrize("pack_id,rule_id,text,should_fire", CASES)
def test_rule_example(pack_id, rule_id, text, should_fire, tmp_path):
    if isinstance(text, ExamplePair):  # a rule across documents: both reports, checked in one run
        (tmp_path / "measures.md").write_text(text.measures, encoding="utf-8")
        (tmp_path / "results.md").write_text(text.results, encoding="utf-8")
        options = Options(selection=Selection(select=frozenset([rule_id])))
        run = check_paths([str(tmp_path)], load_pack(pack_id), options)
        assert len(run.traceability) == 1, "the example's two reports were not paired"
        fired = [f for r in run.documents for f in r.findings if f.rule == rule_id]
    else:
        result = lint_text(text, pack_id, select=[rule_id])
        fired = [f for f in result.findings if f.rule == rule_id]
    if should_fire:
        assert fired, f"{rule_id} stayed silent on its failing example"
    else:
        assert not fired, f"{rule_id} fired on its passing example: {[f.message for f in fired]}"


def test_every_rule_has_examples_of_both_kinds():
    for pack_id in available_packs():
        for rule in load_pack(pack_id).rules:
            assert rule.examples.pass_ and rule.examples.fail, rule.id
            assert rule.message.th and rule.message.en and rule.fix.th and rule.fix.en, rule.id
