"""What changed in a pack from the assessment year before: `ita-lint rules --year Y`.

An officer who knows last year's rules wants only the differences: a new item
number, another fiscal year to cover, a rule added, dropped or changed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ita_lint.engine.loader import LoadedPack

# what a change of each pack field means, for the listing
_META_FIELDS = {
    "expected_fiscal_year": {"th": "ปีงบประมาณที่เอกสารแต่ละประเภทต้องครอบคลุม", "en": "fiscal year each kind covers"},
    "items": {"th": "ข้อการประเมิน (OIT)", "en": "OIT items"},
    "grading": {"th": "เกณฑ์การให้คะแนน", "en": "grading scale"},
    "provisional": {"th": "สถานะของเกณฑ์ (ยังไม่มีคู่มือ)", "en": "provisional status (manual not published)"},
}


@dataclass(frozen=True)
class Change:
    what: str  # "pack", "added", "removed", "changed"
    name: str  # the pack field or the rule id
    before: str
    after: str


def _show(value, lang: str = "th") -> str:
    if value is None:
        return "-"
    if hasattr(value, "model_dump"):
        value = value.model_dump(by_alias=True)
    if isinstance(value, dict):
        if set(value) >= {"th", "en"} and len(value) == 2:
            return value[lang]
        return ", ".join(f"{k}: {_show(v, lang)}" for k, v in value.items() if k != "reference")
    return str(value)


def differences(before: LoadedPack, after: LoadedPack, lang: str = "th") -> list[Change]:
    changes: list[Change] = []
    for name in _META_FIELDS:
        old, new = getattr(before.meta, name), getattr(after.meta, name)
        if _show(old, lang) != _show(new, lang):
            changes.append(Change("pack", name, _show(old, lang), _show(new, lang)))
    old_rules = {r.id: r for r in before.rules}
    new_rules = {r.id: r for r in after.rules}
    for rule_id, rule in new_rules.items():
        if rule_id not in old_rules:
            changes.append(Change("added", rule_id, "-", rule.summary.get(lang)))
            continue
        old = old_rules[rule_id].model_dump(by_alias=True, exclude={"examples"})
        new = rule.model_dump(by_alias=True, exclude={"examples"})
        fields = [k for k in new if old.get(k) != new.get(k)]
        if fields:
            changes.append(Change("changed", rule_id, ", ".join(f"{k}: {_show(old.get(k), lang)}" for k in fields),
                                  ", ".join(f"{k}: {_show(new.get(k), lang)}" for k in fields)))
    for rule_id, rule in old_rules.items():
        if rule_id not in new_rules:
            changes.append(Change("removed", rule_id, rule.summary.get(lang), "-"))
    return changes


def field_name(name: str, lang: str) -> str:
    return _META_FIELDS[name][lang] if name in _META_FIELDS else name
