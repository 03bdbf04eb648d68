"""A rule's citation in the words of the pack it is checked under.

Rules shared by every year (`rules/common`) cite the manual as `{manual}` and an item as
`{item:KIND}`; each year's pack fills them with its own manual and that year's item
number, so the 2569 rules cite the 2569 manual, not the year the wording was first read in.
Each language is filled in its own words; a source given as one text (a user's pack) becomes
the same text in both, filled in each language.
"""

from __future__ import annotations

import re

from ita_lint.engine.schema import Text

_ITEM = re.compile(r"\{item:(\w+)\}")
_MANUAL = {"th": "คู่มือการประเมิน ITA ปี {year}", "en": "ITA assessment manual {year}"}
_ITEM_WORDS = {"th": ("ข้อ {code} {title}", "ข้อที่ว่าด้วย{kind}"),
               "en": ("item {code} ({title})", "the item on {kind}")}


def manual(meta, lang: str) -> str:
    """The manual of the pack's assessment year, named in `lang`."""
    return _MANUAL[lang].format(year=meta.assessment_year)


def cite(source: str, meta, kind_names: dict[str, str], lang: str = "th") -> str:
    """`source` with `{manual}` and `{item:KIND}` filled from the pack's `meta`, in `lang`."""
    if "{" not in source:
        return source
    known, unknown = _ITEM_WORDS[lang]

    def item(m: re.Match) -> str:
        found = meta.items.get(m.group(1))
        if found is not None:
            return known.format(code=found.code, title=found.title)
        # a year whose item numbers are not known: name the item by what it publishes
        return unknown.format(kind=kind_names.get(m.group(1), m.group(1)))

    if lang == "en":  # English runs the manual and its item together with a comma
        source = source.replace("{manual} {item:", "{manual}, {item:")
    return _ITEM.sub(item, source.replace("{manual}", manual(meta, lang)))


def cite_rules(rules: list, meta, vocabulary) -> list:
    """The rules with their reference sources cited for this pack, in Thai and English."""
    names = {lang: {k.id: k.name.get(lang) for k in vocabulary.kinds} for lang in ("th", "en")}
    out = []
    for rule in rules:
        ref = rule.reference
        texts = ref.source if isinstance(ref.source, Text) else Text(th=ref.source, en=ref.source)
        source = Text(th=cite(texts.th, meta, names["th"], "th"), en=cite(texts.en, meta, names["en"], "en"))
        if source != ref.source:
            rule = rule.model_copy(update={"reference": ref.model_copy(update={"source": source})})
        out.append(rule)
    return out
