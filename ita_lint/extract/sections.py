"""The analysis sections a measures document opens with.

A section is present when a block names it (vocabulary `sections`) and says
something: more text in the same block, or a block under it that is not the
next heading. A table column headed by the section's name counts when the
column holds text.
"""

from __future__ import annotations

from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import Block, Section
from ita_lint.thai import compact

# Text shorter than this (without spaces) is a heading or a stub, not an analysis.
MIN_CONTENT_CHARS = 15


def find_sections(blocks: list[Block], lex: Lexicon) -> dict[str, Section]:
    found: dict[str, Section] = {}
    for i, block in enumerate(blocks):
        for sid, patterns in lex.sections.items():
            if sid in found:
                continue
            if block.type == "table":
                section = _in_table(block, patterns, sid)
            else:
                section = _in_text(blocks, i, patterns, sid)
            if section:
                found[sid] = section
    return found


def _in_text(blocks: list[Block], i: int, patterns, sid: str) -> Section | None:
    block = blocks[i]
    c = compact(block.text)
    m = next((m for p in patterns if (m := p.search(c))), None)
    if not m:
        return None
    rest = len(c) - (m.end() - m.start())
    if rest >= MIN_CONTENT_CHARS + 20 and block.type != "heading":
        return Section(sid, block.text, block.location)
    for nxt in blocks[i + 1: i + 4]:
        if nxt.type == "heading":
            break
        if len(compact(nxt.plain_text())) >= MIN_CONTENT_CHARS:
            return Section(sid, nxt.plain_text(), block.location)
    return None


def _in_table(block: Block, patterns, sid: str) -> Section | None:
    if not block.rows:
        return None
    for col, cell in enumerate(block.rows[0].cells):
        if any(p.search(compact(cell.text)) for p in patterns):
            body = [r.cells[col].text for r in block.rows[1:] if col < len(r.cells)]
            text = "\n".join(t for t in body if t.strip())
            if len(compact(text)) >= MIN_CONTENT_CHARS:
                return Section(sid, text, block.location)
    return None
