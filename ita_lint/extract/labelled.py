"""Measures written as prose: a numbered line or heading, then "label: value" lines.

    ๑. สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณ
       - ผู้รับผิดชอบ: กองคลัง
       - ผลการดำเนินการ:
         - เผยแพร่แผนบนเว็บไซต์
         - ติดประกาศที่บอร์ด

A label names an element when one of the element's synonyms starts it (the same
vocabulary as column headers). A label with no value takes the lines under it.
A numbered line with no labels under it is prose, not a measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ita_lint.extract.lexicon import MAX_LABEL_CHARS, Lexicon
from ita_lint.extract.tables import short_title, value_text
from ita_lint.model import Block, Cell, ElementValue, Location, Measure
from ita_lint.readers.fragments import boxes_of

_LABEL = re.compile(r"^\s*(?:[-*•+]\s*)?(?P<label>[^:：\n]{1,80}?)\s*[:：]\s*(?P<value>.*)$")


@dataclass
class _Line:
    text: str
    location: Location
    starts_block: bool
    block_type: str
    block_index: int


@dataclass
class _Candidate:
    title: Optional[str]
    location: Location
    block_index: int
    values: dict[str, list[str]] = field(default_factory=dict)
    value_locations: dict[str, Location] = field(default_factory=dict)
    texts: list[tuple[str, str, Location]] = field(default_factory=list)

    @property
    def labelled(self) -> bool:
        return bool(self.values)


def _lines(blocks: list[Block]) -> list[_Line]:
    out = []
    for bi, block in enumerate(blocks):
        if block.type == "table":
            continue
        for j, text in enumerate(block.text.split("\n")):
            loc = block.location
            if loc.line is not None and j:
                loc = Location(line=loc.line + j, page=loc.page, paragraph=loc.paragraph)
            out.append(_Line(text, loc, j == 0, block.type, bi))
    return out


def _label(line: str, lex: Lexicon) -> tuple[Optional[str], str]:
    m = _LABEL.match(line)
    if not m:
        return None, ""
    label = m.group("label").strip()
    # a label starts the line: "๑. มาตรการ: …" is allowed, "ผลคือ … ได้แก่: …" is a sentence
    label = lex.numbered.sub("", label).strip()
    element = lex.element_of(label, MAX_LABEL_CHARS)
    if element is None:
        return None, ""
    return element, m.group("value").strip()


def measures_from_labels(blocks: list[Block], lex: Lexicon, skip_blocks: int = 0) -> list[tuple[int, Measure]]:
    found: list[tuple[int, Measure]] = []
    current: Optional[_Candidate] = None
    pending: Optional[str] = None

    def finish() -> None:
        nonlocal current
        if current is not None and current.labelled:
            found.append((current.block_index, _to_measure(current, lex, len(found) + 1)))
        current = None

    for line in _lines(blocks):
        if line.block_index < skip_blocks or not line.text.strip():
            continue
        element, value = _label(line.text, lex)
        if element:
            if current is None or (element in current.values) or (element == "measure" and current.labelled):
                # a repeated label, or a second "มาตรการ:", begins the next measure
                finish()
                current = _Candidate(None, line.location, line.block_index)
            if value:
                current.values.setdefault(element, []).append(value)
                current.texts.append((element, value, line.location))
            else:
                current.values.setdefault(element, [])
            current.value_locations.setdefault(element, line.location)
            pending = element
            continue
        starts_measure = line.starts_block and (line.block_type == "heading" or lex.numbered.match(line.text))
        if starts_measure:
            finish()
            current = _Candidate(line.text, line.location, line.block_index)
            pending = None
            continue
        if current is not None and pending is not None:
            current.values[pending].append(line.text.strip())
            current.texts.append((pending, line.text.strip(), line.location))
            continue
        if current is not None and current.labelled and line.starts_block:
            # prose after a measure's labels ends it
            finish()
            pending = None
    finish()
    return found


def _to_measure(c: _Candidate, lex: Lexicon, index: int) -> Measure:
    measure_values = [v for v in c.values.get("measure", []) if v]
    title_source = c.title or (measure_values[0] if measure_values else "")
    measure = Measure(index=index, title=short_title(title_source), location=c.location)
    if c.title and not lex.is_empty(short_title(c.title)):
        measure.elements["measure"] = ElementValue(short_title(c.title), c.location, "label")
        measure.texts.append(("measure", c.title, c.location))
    for element, values in c.values.items():
        lines = [v for v in values if v]
        # the lines under a label read as one table cell would
        cell = Cell("\n".join(lines), boxes_of(lines))
        if cell.checkboxes:
            measure.checkbox_groups.append((cell.checkboxes, c.value_locations[element]))
        if not lex.cell_is_empty(cell) and element not in measure.elements:
            measure.elements[element] = ElementValue(value_text(cell), c.value_locations[element], "label")
    measure.texts.extend(c.texts)
    return measure
