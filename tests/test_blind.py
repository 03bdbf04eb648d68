"""The blind rounds' reports, held to every label (tests/blind/README.md).

Each round was measured before any change made for it; ACCURACY.md has those
figures. Here every document must read exactly as its assessor's label says:
the measures, their count, each element's state, the kind and the title's year.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("accuracy", ROOT / "bench" / "accuracy.py")
accuracy = sys.modules["accuracy"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(accuracy)  # type: ignore[union-attr]

CASES = [(folder.name, path, label) for folder in sorted((ROOT / "tests" / "blind").glob("round*"))
         for path, label in accuracy.documents(folder)]


@pytest.mark.parametrize("round_name,path,label", CASES, ids=[f"{r}/{p.name}" for r, p, _ in CASES])
def test_reads_as_labelled(round_name, path, label):
    score = accuracy.score_document(path, label)
    assert not score.error, score.error
    assert (score.lost, score.invented) == ([], [])
    assert score.tool_measures == score.truth_measures
    assert score.element_errors == []
    assert score.kind_ok and score.year_ok
