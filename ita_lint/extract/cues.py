"""Elements that no column or label holds, shown by the text itself.

- A cue (vocabulary `cues`) in one of a measure's own texts: "รายงานผลต่อนายก
  อบต. ทุกเดือน" in its steps states how it is monitored. Text that only looks
  like a cue, such as a unit named "กลุ่มนิเทศ ติดตาม และประเมินผล", is taken out
  first (`cue_exclusions`).
- A note that names a measure by its number ("หมายเหตุ มาตรการที่ ๗ …") and shows a
  cue states it for that measure.
- A section of the document for an element the pack marks `document_wide`: a
  heading such as "๓. การติดตามและรายงานผล", or a paragraph opening with its label
  ("หมายเหตุ การติดตามผล: …"), outside any measure, whose text shows one of the
  element's cues states it for every measure.
"""

from __future__ import annotations

import re

from typing import Container, Optional

from ita_lint.wrap import clip
from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import Block, ElementValue, Location, Measure
from ita_lint.thai import compact

# A heading longer than this is a sentence, not a section title.
SECTION_TITLE_CHARS = 60
# How many blocks under a section title are its text.
SECTION_BLOCKS = 3
# A table's own labels stand at most this many paragraphs above it.
TABLE_LABEL_BLOCKS = 2
CUE_REACH = 30


_BULLET = re.compile(r"^\s*[-*•●▪◦]\s")


def apply_cues(measure: Measure, lex: Lexicon) -> None:
    # a column's texts read as one: a sentence cut by a page break is whole again
    by_column: dict[str, list[tuple[str, Location]]] = {}
    for column, text, location in measure.texts:
        if column == "measure" and column not in by_column:
            # a title names what is done ("เผยแพร่รายงานการกำกับติดตาม…"), not how it is
            # followed up; the lines under it in its cell may say how, and so may the rest
            # of the cell cut by a page break ("…ต่อ" / "คณบดีทุกไตรมาส")
            text = "\n".join(text.split("\n")[1:])
        by_column.setdefault(column, []).append((text, location))
    for element in lex.cues:
        if measure.has(element) or element in by_column:
            # a column or label of its own left empty ("-", "ไม่มี"): the measure states
            # it has none, and a cue elsewhere ("…และรายงานผู้บริหาร" among its steps)
            # does not say otherwise
            continue
        for texts in by_column.values():
            found = find_cue("\n".join(t for t, _ in texts), element, lex)
            if found:
                measure.elements[element] = ElementValue(found, texts[0][1], "cue")
                break


def find_cue(text: str, element: str, lex: Lexicon) -> Optional[str]:
    """The words around the element's first cue in the text, or None. Lines are matched
    joined (extraction breaks phrases over lines), but one item of a list never runs into
    the next: "๑) สรุปรายรับรายจ่าย" and "๒) รายงานคณะกรรมการ" are two steps, not one
    summary put to a board."""
    for item in _items(text, lex):
        c = compact(item)
        for exclusion in lex.cue_exclusions.get(element, ()):
            c = exclusion.sub("", c)
        m = next((m for p in lex.cues.get(element, ()) if (m := p.search(c))), None)
        if m:
            return clip(c, m.start() - CUE_REACH, m.end() + CUE_REACH)
    return None


def _items(text: str, lex: Lexicon) -> list[str]:
    items: list[list[str]] = [[]]
    for line in text.split("\n"):
        if items[-1] and (lex.numbered.match(line.strip()) or _BULLET.match(line)):
            items.append([])
        items[-1].append(line)
    return ["\n".join(lines) for lines in items]


def referenced_elements(blocks: list[Block], lex: Lexicon, skip: Container[int],
                        measures: list[Measure]) -> None:
    """A note that names a measure by its number ("หมายเหตุ มาตรการที่ ๗ … รายงาน … ทุกไตรมาส")
    gives that measure what its words show, for the elements with cues."""
    by_number = {m.number: m for m in measures if m.number}
    for i, block in enumerate(blocks):
        if block.type == "table" or i in skip:
            continue
        refs = lex.numbering.referenced(block.text)
        for k, (number, at) in enumerate(refs):
            measure = by_number.get(number)
            if measure is None:
                continue
            end = refs[k + 1][1] if k + 1 < len(refs) else len(block.text)
            for element in lex.cues:
                if not measure.has(element):
                    found = find_cue(block.text[at:end], element, lex)
                    if found:
                        measure.elements[element] = ElementValue(found, block.location, "cue")
            # "ข้อ 3 ผู้รับผิดชอบ: กองช่าง": a label right after the measure's number
            element, value = lex.label(block.text[at:end].strip())
            if element and element != "measure" and not measure.has(element) and not lex.is_empty(value, "", element):
                measure.elements[element] = ElementValue(value, block.location, "label")


def document_elements(blocks: list[Block], lex: Lexicon, skip: Container[int]) -> dict[str, ElementValue]:
    """Elements stated once for the whole document, by a section of their own.
    `skip`: blocks that are page furniture or part of a measure."""
    wide = [e for e, ev in lex.vocabulary.elements.items() if ev.document_wide]
    found: dict[str, ElementValue] = {}
    for i, block in enumerate(blocks):
        if block.type == "table" or i in skip:
            continue
        for element in wide:
            if element in found:
                continue
            text = _section_text(blocks, i, element, lex, skip)
            if text is None and _general_note(blocks, i, lex, skip):
                text = block.text
            if text is not None:
                cue = find_cue(text, element, lex)
                if cue:
                    found[element] = ElementValue(cue, block.location, "document")
    return found


def table_elements(blocks: list[Block], bi: int, lex: Lexicon, skip: Container[int]) -> dict[str, ElementValue]:
    """Elements stated once right above the table at block `bi`, under its group's heading
    ("หน่วยงานผู้รับผิดชอบ : กลุ่มงานบริหาร" over one group's table): said of each of its
    measures. Only "label: value" lines of elements the pack marks `table_wide` count."""
    found: dict[str, ElementValue] = {}
    for j in range(bi - 1, max(-1, bi - 1 - TABLE_LABEL_BLOCKS), -1):
        block = blocks[j]
        if j in skip or block.type not in ("paragraph", "list_item"):
            break  # a heading, another table, a measure's own text
        for line in block.text.split("\n"):
            element, value = lex.label(line)
            if element in lex.table_wide and value and not lex.is_empty(value, element=element):
                found.setdefault(element, ElementValue(value, block.location, "document"))
    return found


def _general_note(blocks: list[Block], i: int, lex: Lexicon, skip: Container[int]) -> bool:
    """A note for the whole table: a paragraph opening with a note word ("หมายเหตุ …"), or
    standing right under a table, that names no measure by its number ("ผลการดำเนินการ
    รายไตรมาสรายงานกรม… ผ่านระบบติดตามผล" under the results table). What it says of how
    the work is followed up is said of every measure."""
    block = blocks[i]
    if block.type == "list_item" and not lex.numbering.referenced(block.text):
        # "หมายเหตุ 1) …" / "2) งานแผนงานติดตามความก้าวหน้า…ทุกไตรมาส": the note's later points
        j = i - 1
        while j >= 0 and (j in skip or blocks[j].type == "list_item"):
            j -= 1
        return j >= 0 and blocks[j].type == "paragraph" and bool(lex.note_lead.match(blocks[j].text))
    if block.type != "paragraph" or lex.numbering.referenced(block.text):
        return False
    if lex.note_lead.match(block.text) or lex.every_measure.search(compact(block.text)):
        return True
    above = next((j for j in range(i - 1, -1, -1) if j not in skip or blocks[j].type == "table"), None)
    return above is not None and blocks[above].type == "table"


def _section_text(blocks: list[Block], i: int, element: str, lex: Lexicon, skip: Container[int]) -> Optional[str]:
    """The text of a section headed by the element's name at block i, or None; or of a
    paragraph opening with the element's label ("หมายเหตุ การติดตามผล: …")."""
    block = blocks[i]
    labelled, value = lex.label(block.text.split("\n", 1)[0])
    if labelled == element and value:
        return "\n".join([value] + block.text.split("\n")[1:])
    first = lex.numbered.sub("", block.text.split("\n", 1)[0]).strip()
    if len(compact(first)) > SECTION_TITLE_CHARS:
        return None
    word = lex.header_word(first)
    if not word or word[0] != element or word[2] > 3:
        return None
    parts = [block.text.split("\n", 1)[1]] if "\n" in block.text else []
    for j in range(i + 1, min(i + 1 + SECTION_BLOCKS, len(blocks))):
        nxt = blocks[j]
        if j in skip:
            continue
        if nxt.type in ("heading", "table"):
            break
        parts.append(nxt.text)
    return "\n".join(parts) if parts else None


def plan_wide_elements(measures: list[Measure], lex: Lexicon) -> dict[str, ElementValue]:
    """Elements an activity of the plan states for all: "ติดตามและรายงานผลการดำเนินงาน
    ตามแผน…" as an activity of its own follows up every other (`whole_plan`)."""
    found: dict[str, ElementValue] = {}
    for element, ev in lex.vocabulary.elements.items():
        patterns = [re.compile(p) for p in ev.whole_plan]
        for measure in measures:
            title = compact(measure.title)
            if patterns and any(p.search(title) for p in patterns) and find_cue(measure.title, element, lex):
                found[element] = ElementValue(measure.title, measure.location, "document")
                break
    return found
