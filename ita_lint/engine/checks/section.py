"""`section`: the document must hold an analysis section (vocabulary `sections`)."""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import NOWHERE, Report  # a missing part of the document is nowhere in it


class SectionCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        section = self.rule.section  # type: ignore[union-attr]
        if section in report.sections:
            return []
        return [Hit(NOWHERE, params={"section": section})]


CHECK = SectionCheck
