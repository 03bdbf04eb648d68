"""Parts of a document that belong to another report.

A page may hold two reports: a measures document that opens with last year's results
("ส่วนที่ ๑ สรุปผลการดำเนินการตามมาตรการฯ ประจำปีงบประมาณ ๒๕๖๙" over a table, then this
year's measures). The measures of this document are the ones its title declares; a
measure table under a heading that names another kind of report and another fiscal
year is that other report's, and is said, not counted — as long as a table of the
document's own remains.
"""

from __future__ import annotations

from typing import Optional

from ita_lint.extract.layout import Layout
from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import Block, Note

# How many blocks above a table its heading may stand (a sentence or two between).
HEADING_REACH = 4


def other_parts(blocks: list[Block], layout: Layout, kind: str, year: Optional[int], lex: Lexicon) -> dict[int, Note]:
    """Block index of each measure table that belongs to another report, with the note
    that says so."""
    if kind == "unknown" or year is None:
        return {}
    found: dict[int, Note] = {}
    for bi, table in layout.measure_tables:
        heading = _heading_above(blocks, bi)
        if heading is None:
            continue
        other_kind = lex.kind_of(heading.text)
        years = {m.year for m in lex.calendar.fiscal_years(heading.text)}
        if other_kind and other_kind != kind and years and year not in years:
            found[bi] = Note("table-other-part", table.view.location,
                             {"table": table.view.index, "year": min(years), "heading": heading.text.split("\n")[0][:80]})
    if len(found) == len(layout.measure_tables):
        return {}  # the document's own table is one of them: the title may be what is off
    return found


def _heading_above(blocks: list[Block], bi: int) -> Optional[Block]:
    for k in range(bi - 1, max(bi - 1 - HEADING_REACH, -1), -1):
        if blocks[k].type == "table":
            return None
        if blocks[k].type == "heading":
            return blocks[k]
    return None
