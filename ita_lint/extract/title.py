"""What the document says it is: its title, kind, fiscal year and agency."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import NOWHERE, Block, Location
from ita_lint.thai import compact, squash

# The title is the first heading naming a kind (a web page's <h1> comes after its
# menus and sidebar), else the first short paragraph near the top naming one. The
# blocks right under it that are headings, short, or start with the fiscal year
# belong to it.
TITLE_SEARCH_BLOCKS = 40
# A title names its kind at its start (after the pack's `title_lead_words`), give or
# take a number or an item code ("O25", "๒.").
TITLE_LEAD = 8
TITLE_HEADING_LEAD = 20
TITLE_HEADING_BLOCKS = 60
TITLE_CHARS = 200
TITLE_BLOCKS_AFTER_KIND = 3
SHORT_TITLE_LINE = 40
# A title's second line, wrapped from the first, is no longer than this.
TITLE_SECOND_LINE = 90


@dataclass
class TitleInfo:
    kind: str
    title: str
    location: Location
    fiscal_year: Optional[int]
    fiscal_year_source: str
    agency: Optional[str]


def _kind_block(blocks: list[Block], lex: Lexicon) -> tuple[Optional[int], str]:
    """Where the title is and the kind it names: the first heading naming a kind, else the
    first short paragraph near the top naming one (a menu's list items are no title)."""
    text_blocks = [(i, b) for i, b in enumerate(blocks) if b.type != "table" and b.text.strip()]
    heading = next(((i, kind) for i, block in text_blocks[:TITLE_HEADING_BLOCKS]
                    if block.type == "heading" and len(compact(block.text)) <= TITLE_CHARS
                    and (kind := lex.kind_of(block.text, TITLE_HEADING_LEAD))), None)
    paragraph = next(((i, kind) for i, kind in _kind_paragraphs(text_blocks[:TITLE_SEARCH_BLOCKS], lex)), None)
    if heading and paragraph and paragraph[0] < heading[0] and (
            lex.numbering.leading(blocks[heading[0]].text) or lex.part_heading.match(compact(blocks[heading[0]].text))):
        # "3. มาตรการ…", "ส่วนที่ ๑ การวิเคราะห์…": a section of the document the paragraph above titles
        return paragraph
    return heading or paragraph or (None, "unknown")


def _kind_paragraphs(text_blocks: list[tuple[int, Block]], lex: Lexicon):
    """(index, kind) of each paragraph that starts with a kind's words."""
    for i, block in text_blocks:
        if block.type == "list_item":
            continue
        lines = block.text.split("\n")
        # a title starts with its kind's words; a line may carry on onto the next
        for line, nxt in zip(lines, lines[1:] + [""]):
            kind = lex.kind_of(line + nxt, TITLE_LEAD) if len(compact(line)) <= TITLE_CHARS else None
            if kind:
                yield i, kind
                break


def read_title(blocks: list[Block], lex: Lexicon) -> TitleInfo:
    kind_at, kind = _kind_block(blocks, lex)
    before: list[Block] = []
    if kind_at is None:
        # no title names a kind: the title is what the document starts with
        kind_at = next((i for i, b in enumerate(blocks) if b.type != "table" and b.text.strip()), None)
    else:
        before = [b for b in blocks[:kind_at] if b.type != "table"][-TITLE_SEARCH_BLOCKS:]
    title_blocks = []
    if kind_at is not None:
        title_blocks = [blocks[kind_at]]
        for block in blocks[kind_at + 1: kind_at + 1 + TITLE_BLOCKS_AFTER_KIND]:
            if block.type in ("list_item", "table"):
                break
            title_blocks.append(block)
    head = title_blocks[0] if title_blocks else None
    title_text = squash(head.text) if head else ""
    region = "\n".join(b.text for b in before + title_blocks)

    # the year belongs to the title when it is in the kind's block, a heading, a short
    # line under it ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘") or a line that starts with the fiscal
    # year ("ปีงบประมาณ 2567 (1 ตุลาคม 2566 – 30 กันยายน 2567)", on a line of its own in a
    # block of the agency's name and the year) or a second part of the
    # title naming a kind ("และมาตรการส่งเสริม… ประจำปี 2570"), not in the first paragraph
    in_title = [b for b in title_blocks
                if b is title_blocks[0] or b.type == "heading" or len(compact(b.text)) <= SHORT_TITLE_LINE
                or any(_starts_with_year(line, lex) for line in b.text.split("\n")) or _second_part(b, lex)
                or (len(title_blocks) > 1 and b is title_blocks[1] and _title_goes_on(title_blocks[0], b, lex))]
    year_region = "\n".join(b.text for b in in_title)
    parts = "\n".join(b.text for b in in_title if b is title_blocks[0] or not _section(b, lex))
    fiscal_year, source = _kind_led_year(parts, lex, kind) or _title_year(year_region, lex), "title"
    if fiscal_year is None and kind_at is not None:
        # a web page's heading ("O37 มาตรการ…") over the document's own title, which
        # names the year ("มาตรการ… ประจำปีงบประมาณ พ.ศ. 2569")
        fiscal_year = next((mentions[0].year for b in blocks[kind_at + 1: kind_at + 1 + TITLE_SEARCH_BLOCKS]
                            if b.type != "table" and lex.kind_of(b.text, TITLE_LEAD)
                            and (mentions := lex.calendar.fiscal_years(b.text))), None)
    if fiscal_year is None:
        fiscal_year, source = _body_year(blocks, lex), "body"
        if fiscal_year is None:
            source = "none"
    agency = _agency(region, lex) or _agency("\n".join(b.text for b in blocks[:40] if b.type != "table"), lex)
    return TitleInfo(kind, title_text, head.location if head else NOWHERE, fiscal_year, source, agency)


def _title_goes_on(head: Block, block: Block, lex: Lexicon) -> bool:
    """The line under a title that names no year is the title's second line when it is
    short and names the fiscal year ("ของท่าอากาศยาน… ประจำปีงบประมาณ พ.ศ. 2569 (1 ต.ค. …)"),
    as a centred title wraps; a first paragraph runs longer."""
    return not lex.calendar.fiscal_years(head.text) and len(compact(block.text)) <= TITLE_SECOND_LINE \
        and bool(lex.calendar.fiscal_years(block.text)) and not _section(block, lex)


def _second_part(block: Block, lex: Lexicon) -> bool:
    """A line under the title naming a kind of its own ("และมาตรการส่งเสริม… ๒๕๗๐"): the
    title's second part — not a numbered section or a part ("ส่วนที่ ๑ การวิเคราะห์…")."""
    return bool(lex.kind_of(block.text, TITLE_LEAD)) and not _section(block, lex)


def _section(block: Block, lex: Lexicon) -> bool:
    """A numbered section or a part of the document ("๑. การวิเคราะห์…", "ส่วนที่ ๑ …")."""
    return bool(lex.numbering.leading(block.text) or lex.part_heading.match(compact(block.text)))


def _starts_with_year(text: str, lex: Lexicon) -> bool:
    mentions = lex.calendar.fiscal_years(text[:60])
    return bool(mentions) and mentions[0].start <= 12


def _title_year(text: str, lex: Lexicon) -> Optional[int]:
    """The fiscal year the title names; a year in the era ("พ.ศ. 2568") only on a line of
    its own, not a date (a web page's "เผยแพร่เมื่อ: 28 ตุลาคม 2568")."""
    mentions = lex.calendar.fiscal_years(text)
    if not mentions:
        mentions = [m for line in text.split("\n") if not lex.calendar.dates(line)
                    for m in lex.calendar.era_years(line)]
    return mentions[0].year if mentions else None


def _kind_led_year(parts: str, lex: Lexicon, kind: Optional[str]) -> Optional[int]:
    """A title of two parts names two years ("การวิเคราะห์ผล… ปี 2569 และมาตรการ… ปี 2570",
    or "มาตรการ… ปี 2569" over "การวิเคราะห์ผล… ปี 2568"): the document's year is the one
    its kind's first words lead to (the text between it and the year before says them),
    an analysis being of the year before. None when the title names one year or none."""
    mentions = lex.calendar.fiscal_years(parts)
    if kind is None or len({m.year for m in mentions}) < 2:
        return None
    starts = [0] + [m.end for m in mentions]
    leads = [compact(parts[start:m.start]) for m, start in zip(mentions, starts)]
    for pattern in next((patterns for k, patterns in lex.kind_patterns if k == kind), []):
        led = [m for m, lead in zip(mentions, leads) if pattern.search(lead)]
        if led:
            return led[-1].year
    return None


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
