"""Check types: one small module each, in the spirit of Vale's existence, occurrence, …

A check is built once per rule from its validated YAML (compiling any patterns
then) and `run(report)` returns `Hit`s: where, which measure and element, which
of the rule's message `cases`, and the values its message needs. The engine
turns hits into findings and scores; checks never format text or score.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import ClassVar, Literal, Optional

from ita_lint.engine.loader import LoadedPack
from ita_lint.engine.schema import Rule
from ita_lint.extract.lexicon import Lexicon, lexicon_for
from ita_lint.model import NOWHERE, Location, Report


@dataclass
class Hit:
    location: Location = NOWHERE
    measure: Optional[int] = None
    element: Optional[str] = None
    case: Optional[str] = None
    params: dict = field(default_factory=dict)


class Check:
    """Base of every check type. `unit` says what the score counts: each measure, or the document."""

    unit: ClassVar[Literal["measure", "document"]] = "document"

    def __init__(self, rule: Rule, pack: LoadedPack):
        self.rule = rule
        self.pack = pack
        self.lex: Lexicon = lexicon_for(pack.vocabulary, pack.calendar)

    def run(self, report: Report) -> list[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError


# rule `type` -> module defining `CHECK`
_MODULES = {
    "element": "element",
    "section": "section",
    "measures-found": "measures_found",
    "kind": "kind",
    "fiscal-year-declared": "fiscal_year_declared",
    "fiscal-year-expected": "fiscal_year_expected",
    "fiscal-year-periods": "fiscal_year_periods",
    "score-consistency": "score_consistency",
    "status-box": "status_box",
    "existence": "existence",
    "notes": "notes",
    "element-content": "element_content",
    "element-repeats": "element_repeats",
    "other-agency": "other_agency",
    "this-year": "this_year",
    "traceability": "traceability",
    "weakness-coverage": "weakness_coverage",
    "unused-waiver": "unused_waiver",
}


def check_for(rule: Rule, pack: LoadedPack) -> Check:
    module = importlib.import_module(f"ita_lint.engine.checks.{_MODULES[rule.type]}")
    return module.CHECK(rule, pack)
