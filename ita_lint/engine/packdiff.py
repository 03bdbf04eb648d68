"""What changed in a pack from the assessment year before: `ita-lint rules --year Y`.

An officer who knows last year's rules wants only the differences: a new item
number, another fiscal year to cover, a rule added, dropped or changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ita_lint.engine.cite import manual as cite_manual
from ita_lint.engine.loader import LoadedPack
from ita_lint.engine.schema import Reference

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


# a rule's fields, said in words (the listing is read by an officer, not a pack author)
_RULE_FIELDS = {
    "summary": {"th": "ตรวจอะไร", "en": "summary"}, "message": {"th": "ข้อความ", "en": "message"},
    "fix": {"th": "วิธีแก้", "en": "fix"}, "reference": {"th": "ที่มา", "en": "source"},
    "severity": {"th": "ความรุนแรง", "en": "severity"}, "weight": {"th": "น้ำหนัก", "en": "weight"},
    "kinds": {"th": "ประเภทเอกสาร", "en": "kinds"}, "category": {"th": "หมวด", "en": "category"},
    "cases": {"th": "ข้อความกรณีต่าง ๆ", "en": "case messages"},
}


# keys of the pack's own mappings (kinds, an item's number and title), said in words
_KEYS = {"th": {"measures": "มาตรการ", "results": "รายงานผล", "plan": "แผน", "code": "ข้อ", "title": "ชื่อข้อ"}}


def _show(value, lang: str = "th") -> str:
    if value is None:
        return "-"
    if isinstance(value, Reference):
        return value.source_in(lang)
    if hasattr(value, "model_dump"):
        value = value.model_dump(by_alias=True)
    if isinstance(value, dict):
        if set(value) >= {"th", "en"} and len(value) == 2:
            return value[lang]
        keys = _KEYS.get(lang, {})
        return ", ".join(f"{keys.get(k, k)}: {_show(v, lang)}" for k, v in value.items() if k != "reference")
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
        old_rule = old_rules[rule_id]
        fields = [k for k in rule.model_fields if k != "examples" and getattr(old_rule, k) != getattr(rule, k)
                  and not (k == "reference" and _same_citation(old_rule.reference, rule.reference, before, after))]
        if fields:
            changes.append(Change("changed", rule_id, _fields(old_rule, fields, lang), _fields(rule, fields, lang)))
    for rule_id, rule in old_rules.items():
        if rule_id not in new_rules:
            changes.append(Change("removed", rule_id, rule.summary.get(lang), "-"))
    return changes


def _fields(rule, fields: list[str], lang: str) -> str:
    return ", ".join(f"{_RULE_FIELDS.get(k, {}).get(lang, k)}: {_show(getattr(rule, k), lang)}" for k in fields)


def _same_citation(old: Reference, new: Reference, before: LoadedPack, after: LoadedPack) -> bool:
    """A shared rule citing each year's own manual and item is not a change of the rule: the
    items that changed are listed once, as a change of the pack."""
    def plain(ref: Reference, pack: LoadedPack) -> Reference:
        source = ref.source_in("en").replace(cite_manual(pack.meta, "en"), "{manual}")
        for item in pack.meta.items.values():
            source = source.replace(f"item {item.code} ({item.title})", "{item}")
        source = re.sub(r"the item on [\w ]+?(?= \(|\)|;|$)", "{item}", source)  # a year without item numbers
        return ref.model_copy(update={"source": source})

    return plain(old, before) == plain(new, after)


def field_name(name: str, lang: str) -> str:
    return _META_FIELDS[name][lang] if name in _META_FIELDS else name
