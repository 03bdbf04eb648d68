"""A rule's citation in the words of the pack it is checked under.

Rules shared by every year (`rules/common`) cite the manual as `{manual}` and an item as
`{item:KIND}`; each year's pack fills them with its own manual and that year's item
number, so the 2569 rules cite the 2569 manual, not the year the wording was first read in.
"""

from __future__ import annotations

import re

_ITEM = re.compile(r"\{item:(\w+)\}")


def cite(source: str, meta, kind_names: dict[str, str]) -> str:
    """`source` with `{manual}` and `{item:KIND}` filled from the pack's `meta`."""
    if "{" not in source:
        return source

    def item(m: re.Match) -> str:
        found = meta.items.get(m.group(1))
        if found is not None:
            return f"ข้อ {found.code} {found.title}"
        # a year whose item numbers are not known: name the item by what it publishes
        return f"ข้อที่ว่าด้วย{kind_names.get(m.group(1), m.group(1))}"

    return _ITEM.sub(item, source.replace("{manual}", f"คู่มือการประเมิน ITA ปี {meta.assessment_year}"))


def cite_rules(rules: list, meta, vocabulary) -> list:
    """The rules with their reference sources cited for this pack."""
    names = {k.id: k.name.th for k in vocabulary.kinds}
    out = []
    for rule in rules:
        source = cite(rule.reference.source, meta, names)
        if source != rule.reference.source:
            rule = rule.model_copy(update={"reference": rule.reference.model_copy(update={"source": source})})
        out.append(rule)
    return out
