"""What the document says it is: its title, kind, fiscal year and agency."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import NOWHERE, Block, Location
from ita_lint.thai import compact, squash

# The title is the opening text: the kind's block and a few blocks under it
# (agency, fiscal year), before the first table or list.
TITLE_BLOCKS_AFTER_KIND = 3
TITLE_SEARCH_BLOCKS = 6
SHORT_TITLE_LINE = 40


@dataclass
class TitleInfo:
    kind: str
    title: str
    location: Location
    fiscal_year: Optional[int]
    fiscal_year_source: str
    agency: Optional[str]


def _opening(blocks: list[Block]) -> list[Block]:
    opening = []
    for block in blocks:
        if block.type == "table" or len(opening) >= TITLE_SEARCH_BLOCKS:
            break
        opening.append(block)
    return opening


def read_title(blocks: list[Block], lex: Lexicon) -> TitleInfo:
    opening = _opening(blocks)
    kind, kind_at = "unknown", None
    for i, block in enumerate(opening):
        found = lex.kind_of(block.text)
        if found:
            kind, kind_at = found, i
            break
    if kind_at is None:
        first = next((b for b in blocks if b.type != "table" and b.text.strip()), None)
        title_blocks = [first] if first else []
    else:
        title_blocks = [opening[kind_at]]
        for block in opening[kind_at + 1: kind_at + 1 + TITLE_BLOCKS_AFTER_KIND]:
            if block.type == "list_item":
                break
            title_blocks.append(block)
    head = title_blocks[0] if title_blocks else None
    title_text = squash(head.text) if head else ""
    before = opening[:kind_at] if kind_at else []
    region = "\n".join(b.text for b in before + title_blocks)

    # the year belongs to the title when it is in the kind's block, a heading, or a
    # short line under it ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘"), not in the first paragraph
    year_region = "\n".join(b.text for b in title_blocks
                             if b is title_blocks[0] or b.type == "heading" or len(compact(b.text)) <= SHORT_TITLE_LINE)
    fiscal_year, source = _title_year(year_region, lex), "title"
    if fiscal_year is None:
        fiscal_year, source = _body_year(blocks, lex), "body"
        if fiscal_year is None:
            source = "none"
    agency = _agency(region, lex) or _agency("\n".join(b.text for b in blocks[:40] if b.type != "table"), lex)
    return TitleInfo(kind, title_text, head.location if head else NOWHERE, fiscal_year, source, agency)


def _title_year(text: str, lex: Lexicon) -> Optional[int]:
    mentions = lex.calendar.fiscal_years(text) or lex.calendar.era_years(text)
    return mentions[0].year if mentions else None


def _body_year(blocks: list[Block], lex: Lexicon) -> Optional[int]:
    """The fiscal year the body names most often, for documents whose title has none."""
    counts: Counter[int] = Counter()
    for block in blocks:
        for m in lex.calendar.fiscal_years(block.plain_text()):
            counts[m.year] += 1
    if not counts:
        return None
    (year, _), = counts.most_common(1)
    return year


def _agency(text: str, lex: Lexicon) -> Optional[str]:
    flat = squash(text)
    for pattern in lex.agencies:
        m = pattern.search(flat)
        if m:
            return m.group(0).strip()
    return None
