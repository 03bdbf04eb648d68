"""Rule packs load, and a broken rule file is an error naming file, rule id and field."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint.engine.loader import RulePackError, load_pack
from ita_lint.engine.packs import available_packs, rules_root


def test_bundled_packs_load():
    assert {"ita-2568", "ita-2569"} <= set(available_packs())
    pack = load_pack("ita-2569")
    assert pack.meta.expected_fiscal_year["results"] == 2568
    assert len({r.id for r in pack.rules}) == len(pack.rules)


def _pack_with(tmp_path: Path, extra: str) -> str:
    root = tmp_path / "rules"
    shutil.copytree(rules_root(), root)
    (root / "ita-2569" / "broken.yaml").write_text(extra, encoding="utf-8")
    return str(root)


# the fields every rule needs, which the broken rules below do not get wrong
VALID_FIELDS = """    severity: error
    weight: 1
    summary: {th: ก, en: a}
    message: {th: ก, en: a}
    fix: {th: ก, en: a}
    reference: {source: x, confirmed: false}
"""


def test_bad_field_names_file_rule_and_field(tmp_path):
    root = _pack_with(tmp_path, """rules:
  - id: my-rule
    type: element
    element: budget
    category: missing-element
""" + VALID_FIELDS + """    examples: {pass: [x], fail: [y]}
""")
    with pytest.raises(RulePackError) as err:
        load_pack("ita-2569", root=root)
    text = str(err.value)
    assert "broken.yaml" in text and "rule 'my-rule'" in text and "field 'element'" in text


def test_missing_examples_are_an_error(tmp_path):
    root = _pack_with(tmp_path, """rules:
  - id: no-examples
    type: kind
    category: missing-section
""" + VALID_FIELDS)
    with pytest.raises(RulePackError, match="rule 'no-examples', field 'examples'"):
        load_pack("ita-2569", root=root)


def test_bad_regex_and_bad_yaml(tmp_path):
    root = _pack_with(tmp_path, """rules:
  - id: bad-regex
    type: existence
    patterns: ['(unclosed']
    category: placeholder
""" + VALID_FIELDS + """    examples: {pass: [x], fail: [y]}
""")
    with pytest.raises(RulePackError, match="rule 'bad-regex', field 'patterns': bad regex"):
        load_pack("ita-2569", root=root)
    root2 = _pack_with(tmp_path / "b", "rules: [\n  - {id: x\n")
    with pytest.raises(RulePackError, match=r"broken.yaml:\d+: invalid YAML"):
        load_pack("ita-2569", root=root2)


def test_unknown_pack():
    with pytest.raises(RulePackError, match="no rule pack 'ita-1999'"):
        load_pack("ita-1999")


def test_rules_ship_inside_the_wheel(tmp_path):
    """Build the wheel and look: the YAML rule packs must be inside it."""
    pytest.importorskip("build", reason="needs the 'build' package") if False else None
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "dist"
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", str(out), str(root)],
                          capture_output=True, text=True)
    if proc.returncode != 0 and "hatchling" in proc.stderr:
        proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(out), str(root)],
                              capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    import zipfile

    (wheel,) = out.glob("ita_lint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ita_lint/_rules/ita-2569/pack.yaml" in names
    assert "ita_lint/_rules/common/elements.yaml" in names
