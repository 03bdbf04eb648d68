"""Settings that weaken the gate, said where a reviewer sees them.

A checked repository's configuration can ignore rules, lower their severities or
replace a bundled rule with its own (`rule-dirs`). Each is legitimate for a team,
but a failing report must not pass in silence because of it: every such setting
becomes a warning on each document it applies to, which no setting can ignore.
"""

from __future__ import annotations

from typing import Optional

from ita_lint.model import NOWHERE, SEVERITIES, Finding

RULE_ID = "config-weakened"
ELEMENT_CATEGORY = "missing-element"


def weakening_findings(pack, bundled, selection, asked, source: Optional[str], lang: str) -> list[Finding]:
    """Warnings for what a configuration file (`source`) turns off or lowers: what `selection` does
    that `asked` (the command line's own selection, the gate owner's choice) does not, and the
    rules its rule folders put in place of the bundled pack's of the same year (`bundled`)."""
    if source is None:
        return []
    said: list[str] = []
    elements = [r for r in pack.rules if r.category == ELEMENT_CATEGORY]
    if elements and not any(selection.wants(r) for r in elements) and any(asked.wants(r) for r in elements):
        said.append("every element rule is turned off (select/ignore)" if lang == "en"
                    else "ปิดกฎตรวจองค์ประกอบทุกข้อ (select/ignore)")
    lowered = [f"{r.id} {r.severity}→{selection.severity_of(r)}" for r in pack.rules
               if selection.wants(r) and SEVERITIES.index(selection.severity_of(r)) < SEVERITIES.index(r.severity)]
    if lowered:
        said.append(("severity lowered: " if lang == "en" else "ลดระดับความรุนแรง: ") + ", ".join(lowered))
    bundled_ids = {r.id for r in bundled.rules}
    replaced = sorted(r.id for r in pack.rules
                      if r.id in bundled_ids and pack.rule_sources[r.id] != bundled.rule_sources.get(r.id))
    if replaced:
        said.append(("bundled rules replaced by rule-dirs: " if lang == "en" else "กฎในชุดเกณฑ์ถูกแทนที่ด้วย rule-dirs: ")
                    + ", ".join(replaced))
    if not said:
        return []
    if lang == "en":
        message = f"the configuration in force ({source}) weakens the check: " + "; ".join(said)
        fix = "review these settings before trusting the verdict; a gate can run with --isolated and its own flags"
    else:
        message = f"ไฟล์ตั้งค่าที่ใช้ ({source}) ทำให้การตรวจหละหลวมลง: " + "; ".join(said)
        fix = "ตรวจสอบการตั้งค่าเหล่านี้ก่อนเชื่อผลการตรวจ การตรวจก่อนเผยแพร่ใช้ --isolated กับตัวเลือกของตนเองได้"
    return [Finding(RULE_ID, "input", "warning", message, NOWHERE, None, None, fix)]
