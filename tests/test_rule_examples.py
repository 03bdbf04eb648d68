"""Every rule ships pass/fail examples (as sqlfluff and Semgrep rules do); run them all."""

from __future__ import annotations

import pytest

from ita_lint.engine.loader import load_pack
from ita_lint.engine.packs import available_packs
from tests.conftest import lint_text

CASES = []
for pack_id in available_packs():
    for rule in load_pack(pack_id).rules:
        for i, text in enumerate(rule.examples.pass_):
            CASES.append(pytest.param(pack_id, rule.id, text, False, id=f"{pack_id}-{rule.id}-pass{i}"))
        for i, text in enumerate(rule.examples.fail):
            CASES.append(pytest.param(pack_id, rule.id, text, True, id=f"{pack_id}-{rule.id}-fail{i}"))


@pytest.mark.parametrize("pack_id,rule_id,text,should_fire", CASES)
def test_rule_example(pack_id, rule_id, text, should_fire):
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
