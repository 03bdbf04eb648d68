"""Measures written as prose: a numbered line or heading, then "label: value" lines.

    ๑. สร้างการรับรู้เกี่ยวกับแผนการใช้จ่ายงบประมาณ
       - ผู้รับผิดชอบ: กองคลัง
       - ขั้นตอนการดำเนินการ:
         ๑) เผยแพร่แผนบนเว็บไซต์
         ๒) ติดประกาศที่บอร์ด

A label names an element when one of the element's synonyms starts it (the same
vocabulary as column headers). A label with no value takes the lines under it,
numbered sub-steps included: a numbered line under a label starts the next
measure only when labels of its own follow it. A numbered line with no labels
under it is prose, not a measure. Two-column "label | value" tables read as
label lines. Every numbered item and heading that opened a candidate is kept
with its fate, for `ita-lint explain`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Container, Optional

from ita_lint.extract.layout import preview, same_row
from ita_lint.extract.numbering import named_like, ordinal
from ita_lint.extract.lexicon import Lexicon
from ita_lint.extract.tables import short_title, value_text
from ita_lint.model import Block, Cell, ElementValue, Location, Measure, Placed, Row
from ita_lint.readers.common import split_boxes
from ita_lint.readers.fragments import boxes_of
from ita_lint.thai import compact, squash


@dataclass
class _Line:
    text: str
    location: Location
    starts_block: bool
    block_type: str
    block_index: int
    level: int = 0  # list nesting; for a heading, its level (0: a paragraph set in bold)
    ends_block: bool = True
    iconic: bool = False  # led by an icon ("⚠️ รอยืนยัน…", a callout): a line of its own


@dataclass
class _Candidate:
    title: Optional[str]
    location: Location
    block_index: int
    reason: str
    level: int = 0
    block_type: str = ""  # of the line that opened it
    values: dict[str, list[str]] = field(default_factory=dict)
    blocks: set[int] = field(default_factory=set)
    sibling: bool = False  # numbered among labelled measures, though it has no labels
    status: list[str] = field(default_factory=list)  # "☑ label" lines of a status-box line
    status_location: Optional[Location] = None
    value_locations: dict[str, Location] = field(default_factory=dict)
    texts: list[tuple[str, str, Location]] = field(default_factory=list)
    alone: set[str] = field(default_factory=set)  # elements whose label was a short line alone, no colon
    spaced: set[str] = field(default_factory=set)  # elements whose label was set apart by spaces
    number: Optional[str] = None  # the number on the line of a "มาตรการ:" label that opened it

    @property
    def labelled(self) -> bool:
        return bool(self.values)

    @property
    def is_measure(self) -> bool:
        """Labels under a title, or a "มาตรการ:" label among them: labels alone
        ("ผู้รับผิดชอบ: …" in a closing section) are no measure. A line alone that only
        names a measure ("มาตรการส่งเสริมคุณธรรม", a site's menu beside a heading) is no
        label of one."""
        if set(self.values) <= {"measure"} and "measure" in self.alone:
            return False
        return self.labelled and (self.title is not None or "measure" in self.values)


def _lines(blocks: list[Block], skip: Container[int], label_tables: Container[int],
           details: Optional[dict[int, tuple[list[str], list[Row]]]] = None,
           lex: Optional[Lexicon] = None) -> list[_Line]:
    out = []
    details = details or {}
    parallel_heads: list[Row] = []  # the first rows of parallel tables: a part under one is one too
    for bi, block in enumerate(blocks):
        if bi in skip:
            continue
        if bi in details:
            # one measure's details table: each column is a label, its cells the value
            headers, rows = details[bi]
            for col, header in enumerate(headers):
                values = [r.cells[col].text for r in rows if col < len(r.cells) and r.cells[col].text.strip()]
                loc = rows[0].location if rows else block.location
                out.append(_Line(f"{squash(header)}:", loc, col == 0, "paragraph", bi))
                out += [_Line(v, loc, False, "paragraph", bi) for value in values for v in value.split("\n")]
            continue
        if block.type == "table":
            if bi in label_tables:
                # a two-column table of "label | value" rows reads as "label: value" lines
                parallel = lex is not None and (_parallel(block.rows, lex)
                                                or any(same_row(block.rows[0], h) for h in parallel_heads))
                if parallel:
                    parallel_heads.append(block.rows[0])
                for j, row in enumerate(block.rows):
                    # from the first filled cell: a tab that indents the line leaves one empty before it
                    cells = row.cells[next((k for k, c in enumerate(row.cells) if c.text.strip()), 0):]
                    label, value = cells[0].text if cells else "", "\n".join(c.text for c in cells[1:] if c.text.strip())
                    # (a row holding a measure's number alone, "มาตรการที่ 2", heads the next measure)
                    text = f"{squash(label)}: {value}" if label.strip() and (value or not (
                        lex is not None and lex.numbering.worded(label))) else label.strip() or value
                    if parallel:
                        text = _first_language(row, lex)  # type: ignore[arg-type]
                    for k, line in enumerate(text.split("\n")):
                        # in a parallel table each row is a paragraph: measures follow one another in it
                        out.append(_Line(line, row.location, (j == 0 or parallel) and k == 0, "paragraph", bi))
            continue
        texts = block.located_lines()
        for j, (text, loc) in enumerate(texts):
            plain = _DECORATION.sub("", text, count=1)
            if block.type == "heading":
                # a heading states no status: a box or tick before it ("✅ มาตรการที่ 1") is an icon
                plain = _DECORATION.sub("", _HEADING_BOX.sub("", plain, count=1), count=1)
            out.append(_Line(plain, loc, j == 0, block.type, bi, block.level if block.type in ("list_item", "heading") else 0,
                             j == len(texts) - 1, iconic=plain != text))
    return out


def _worded_openers(lines: list[_Line], lex: Lexicon) -> list[_Line]:
    """The lines, those that open with a measure's worded number made to lead with it:
    a bullet before it dropped ("- **มาตรการที่ 1** …", Notion's toggle), and one inside a
    block, with a label right under it ("มาตรการที่ 2 …" / "ผู้รับผิดชอบ: …"), made the
    start of a block of its own: a plain text file sets its lines one under the other
    with no blank line between, and its paragraphs run on from one measure into the next."""
    out = list(lines)
    for i, line in enumerate(lines):
        # (or a task's box: "- [ ] **กิจกรรมที่ 1** …", a to-do note's item, says where it stands)
        bullet = (_BULLET_MARK.match(line.text) or _HEADING_BOX.match(line.text)) \
            if line.block_type == "list_item" and line.starts_block else None
        if bullet and lex.numbering.worded(line.text[bullet.end():]):
            out[i] = line = replace(line, text=line.text[bullet.end():])
        if line.starts_block or not lex.numbering.worded(line.text):
            continue
        nxt = next((x for x in lines[i + 1:] if x.text.strip()), None)
        if nxt is not None and (_label(nxt.text, lex)[0] not in (None, "measure") or lex.spaced_label(nxt.text)[0]):
            out[i] = replace(line, starts_block=True)
            if i and out[i - 1].block_index == line.block_index:
                out[i - 1] = replace(out[i - 1], ends_block=True)
    return out


# The dots or underscores a form leaves to fill in, at the end of a line
_LEADER_END = re.compile(r"(?:\.{3,}|…+|_{3,})\s*$")
# Boxes and ticks that lead a heading
_HEADING_BOX = re.compile("^\\s*[☐☑☒✓✔✅]\ufe0f?\\s*(?=\\S)")
# A bullet list item's mark, when the item's text is a measure's title
_BULLET_MARK = re.compile(r"^\s*[-*+•●▪◦]\s+")


# An icon set before a line's words ("📌 มาตรการที่ 1", "▪️ ขั้นตอน:", "➤ ผู้รับผิดชอบ:"), as chat
# posts and slides mark their lines: decoration, so the number or label after it leads the
# line. Status boxes and ticks (☐ ☑ ☒ ✓ ✔ ✗ ✘) say something, and stay.
_DECORATION = re.compile("^\\s*(?:[\U0001F300-\U0001FAFF\u2190-\u21FF\u25A0-\u25FF\u2600-\u260F"
                         "\u2613-\u2712\u2715\u2716\u2719-\u27BF\u2B00-\u2BFF]\ufe0f?\\s*)+(?=\\S)")


def _parallel(rows: list[Row], lex: Lexicon) -> bool:
    """A table of one text in two languages side by side ("ภาษาไทย | English"): its cells
    are "label: value" lines themselves, in each column, rather than label | value."""
    both = sum(1 for r in rows if len(r.cells) >= 2
               and all(lex.label(c.text.split("\n", 1)[0])[0] for c in r.cells[:2]))
    return both >= 2


def _first_language(row: Row, lex: Lexicon) -> str:
    """A row of a parallel table as one text: the first column's, its label's value taken
    from the other column where the first leaves it empty ("การติดตามผล:" beside
    "Monitoring: reported to the Board quarterly"); the other column's title of the
    same measure says it again."""
    first = row.cells[0].text
    element, value = lex.label(first.split("\n", 1)[0])
    if not element or len(row.cells) < 2 or not lex.is_empty(value) or "\n" in first.strip():
        return first
    other_element, other = lex.label(row.cells[1].text.split("\n", 1)[0])
    rest = row.cells[1].text.split("\n", 1)[1:]
    other = "\n".join([other] + rest).strip()
    if other_element != element or lex.is_empty(other):
        return first
    return first.rstrip() + " " + other


def _status_line(text: str) -> bool:
    """A line holding a set of status boxes (two or more)."""
    return len(split_boxes(text)[1]) >= 2


def _label(line: str, lex: Lexicon) -> tuple[Optional[str], str]:
    return lex.label(line)


def _opens(line: _Line, lex: Lexicon, lines: list[_Line] = (), i: int = 0,
           current: Optional["_Candidate"] = None) -> Optional[str]:
    """Why a line may open a measure (a heading, a numbered line, a bullet with labels
    nested under it or beside the bullet that opened the measure before), or None."""
    if not line.starts_block:
        return None
    if line.block_type == "heading":
        # the document's own title ("รายงานผลการดำเนินการตามมาตรการ…") heads no measure,
        # whatever metadata lines ("สถานะ: เผยแพร่แล้ว") follow it
        titled = lex.kind_of(line.text, TITLE_KIND_LEAD) and not lex.numbered.match(line.text)
        return None if titled else "heading"
    if lex.numbered.match(line.text):
        return "numbered-item"
    if line.block_type == "paragraph" and lines and _titled(line, lines, i, lex):
        return "titled-paragraph"
    if line.block_type == "list_item" and lines:
        nxt = next((x for x in lines[i + 1:] if x.text.strip()), None)
        if nxt is not None and _label(nxt.text, lex)[0] and nxt.level > line.level:
            return "list-item"
        if current is not None and current.reason == "list-item" and current.level == line.level:
            return "list-item"
    return None


def _under_heading(line: _Line, current: "_Candidate", tables: set[int]) -> bool:
    """A heading below the measure's own ("**วิธีการดำเนินการ**" in bold, or "###" under
    a "##" measure), with no table between: a label of the measure, not the next part
    of the document."""
    if current.reason != "heading" or any(max(current.blocks) < t < line.block_index for t in tables):
        return False
    return line.level == 0 and current.level > 0 or line.level > current.level > 0


def _label_heading(line: _Line, current: "_Candidate", lex: Lexicon, tables: set[int]) -> bool:
    """A heading that is an element's name and nothing else ("ขั้นตอนการดำเนินการ" set
    in bold, as large as the measure's own heading in a PDF) right under a measure's title
    or labels (one paragraph between at most, no table), where the measure has not stated
    that element yet: the measure's label, not the next part of the document."""
    element = lex.label(line.text, alone=True)[0]
    last = max(current.blocks)
    return (element not in (None, "measure") and current.title is not None and element not in current.values
            and _rank(line.level) >= _rank(current.level) and not lex.numbered.match(line.text)
            and line.block_index - last <= LABEL_HEADING_REACH and not any(last < t < line.block_index for t in tables))


def _rank(level: int) -> int:
    """A heading's size, largest first: "#" 1 … "######" 6, then a paragraph set in bold
    (level 0), the smallest. A larger heading than the measure's own is the document's."""
    return level or 7


# A heading naming an element is the measure's label when at most this many blocks after it.
LABEL_HEADING_REACH = 2


def _bare_number(text: str, lex: Lexicon) -> bool:
    """A line that is a measure's number and nothing else ("Measure V", "มาตรการที่ ๕")."""
    return lex.numbering.worded(text) and len(text.split()) <= 2


def _titled(line: _Line, lines: list[_Line], i: int, lex: Lexicon) -> bool:
    """A paragraph of one line that starts with a measure's word ("มาตรการเผยแพร่ข้อมูล…"),
    a label right under it: a measure whose number was lost (Word's automatic numbering
    dropped on the way to text)."""
    if not line.ends_block:
        return False
    word = lex.header_word(line.text, MAX_TITLE_CHARS)
    if word is None or word[0] != "measure" or word[2] != 0 or lex.label(line.text)[0]:
        return False
    nxt = next((x for x in lines[i + 1:] if x.text.strip()), None)
    return nxt is not None and bool(lex.label(nxt.text)[0] or lex.label(nxt.text, alone=True)[0])


# A heading naming a document kind within this many characters is a document's title.
TITLE_KIND_LEAD = 8
# A measure's title on a line of its own is no longer than this.
MAX_TITLE_CHARS = 200


def _value_follows(lines: list[_Line], i: int, lex: Lexicon, skip: Container[int] = (),
                   title: Optional[str] = None, title_type: str = "") -> bool:
    """Whether the next line, in the very next block (page furniture, `skip`, aside: a page
    may turn between a label and its value), reads as a value: not a heading, not a label,
    not a numbered line opening a measure of the same style as ours (`title`'s; an item of
    a list under a measure titled by a heading is none: "1 …" in an <h4> over "1. …")."""
    nxt = next((x for x in lines[i + 1:] if x.text.strip()), None)
    own = lex.numbering.style(title) if title and not (title_type == "heading" and nxt is not None
                                                        and nxt.block_type == "list_item") else None
    # a heading set deeper than a heading label is its value (a Word outline: "ผู้รับผิดชอบ"
    # in Heading 3 over "ฝ่ายบริหารทั่วไป" in Heading 4)
    deeper = nxt is not None and nxt.block_type == "heading" and lines[i].block_type == "heading" \
        and nxt.level > lines[i].level and not lex.numbering.worded(nxt.text)
    return (nxt is not None and (nxt.block_type != "heading" or deeper) and not _label(nxt.text, lex)[0]
            and not (own is not None and lex.numbering.style(nxt.text) == own
                     and not (nxt.block_type == "list_item" and nxt.level > lines[i].level))
            and all(k in skip for k in range(lines[i].block_index + 1, nxt.block_index)))


def _plain_list_item(lines: list[_Line], i: int, lex: Lexicon) -> bool:
    """Whether numbered line i ("1.1 สรุปผล") stands next to a line numbered alike that is no
    label ("1.2 เผยแพร่"): an item of a list of steps, whatever words it holds."""
    style = lex.numbering.style(lines[i].text)
    if style is None:
        return False
    before = next((x for x in reversed(lines[:i]) if x.text.strip()), None)
    after = next((x for x in lines[i + 1:] if x.text.strip()), None)
    return any(x is not None and lex.numbering.style(x.text) == style and not _label(x.text, lex)[0]
               and not lex.label(x.text, alone=True)[0] for x in (before, after))


def _labels_follow(lines: list[_Line], i: int, lex: Lexicon) -> bool:
    """Whether label lines follow line i before the next line that could open a measure."""
    for line in lines[i + 1:]:
        if not line.text.strip():
            continue
        if _label(line.text, lex)[0] or (line.starts_block and line.ends_block and lex.label(line.text, alone=True)[0]):
            return True  # "ผู้รับผิดชอบ: …", or "- วิธีดำเนินการ" over its steps
        if _opens(line, lex):
            return False
    return False


def _new_label_next(lines: list[_Line], i: int, current: _Candidate, lex: Lexicon) -> bool:
    """Whether line i, a block of one line, is followed at once by a label the measure has
    not stated yet, in the next block."""
    if not (lines[i].starts_block and lines[i].ends_block):
        return False
    nxt = next((x for x in lines[i + 1:] if x.text.strip()), None)
    if nxt is None or nxt.block_index != lines[i].block_index + 1 or not nxt.starts_block:
        return False
    element = _label(nxt.text, lex)[0] or (lex.spaced_label(nxt.text)[0] if current.spaced else None)
    return bool(element) and element != "measure" and element not in current.values


def _new_labels_in_block(lines: list[_Line], i: int, current: _Candidate, lex: Lexicon) -> bool:
    """Whether the rest of line i's block holds a label the measure has not stated yet."""
    for line in lines[i + 1:]:
        if line.block_index != lines[i].block_index:
            return False
        element = _label(line.text, lex)[0]
        if element and element != "measure" and element not in current.values:
            return True
    return False


def _next_measure(current: _Candidate, line: _Line, lines: list[_Line], i: int, lex: Lexicon,
                  under_open_label: bool) -> bool:
    """Whether a heading or numbered line after a measure's labels opens the next measure
    (or a group heading), rather than being a line of the last label's value.

    A heading always does. A numbered line does when it is numbered as the measure
    was ("๑.๒" after "๑.๑") — under a label still waiting for its value ("ขั้นตอน:"),
    only if labels of its own follow it — or when it is numbered one level up ("๒."
    after "๑.๑": a group heading). Sub-steps ("๑) … ๒) …") under "ขั้นตอน:" are
    numbered otherwise, and stay the label's value.
    """
    if line.block_type == "heading" and not lex.numbered.match(line.text):
        return True
    if line.block_type == "list_item" and line.level > (current.level if current.block_type == "list_item" else 0):
        return False  # nested under the measure's own list item, or indented under its title: its steps
    if _bare_number(line.text, lex):
        return True  # "Measure V", "มาตรการที่ ๕" on a line of its own: the next measure's number
    if current.reason == "list-item" and line.block_type == "list_item" and not lex.numbered.match(line.text):
        return line.level <= current.level
    # a measure titled by a heading ("<h4>1 …</h4>") is numbered apart from the lists in it
    own = lex.numbering.style(current.title) if current.title and not (
        current.block_type == "heading" and line.block_type == "list_item") else None
    style = lex.numbering.style(line.text)
    if own is None and style is not None and current.title is None:
        # labels with no title of their own above (the rest of a measure cut by a page
        # break): a numbered line with labels under it is the next measure, not a value
        return _labels_follow(lines, i, lex)
    if own is None or style is None:
        return line.block_type == "heading"
    if style == own:
        if not under_open_label:
            return True
        if current.block_type == "list_item" and line.block_type == "list_item" and line.level == current.level:
            return True  # an item of the measures' own list, a label still open above it: the next measure
        # under "ขั้นตอน:" a list numbered like the measures is its steps, unless the
        # line carries on the measures' numbering and labels of its own follow it
        number, mine = lex.numbering.leading(line.text), lex.numbering.leading(current.title or "")
        follows = bool(number and mine) and ordinal(number.split(".")[-1]) == ordinal(mine.split(".")[-1]) + 1
        steps_so_far = [v for vs in current.values.values() for v in vs if lex.numbering.style(v) == style]
        return follows and not steps_so_far and _labels_follow(lines, i, lex)
    return style[0] == own[0] and style[1] < own[1]


def _spaced_labels(lines: list[_Line], i: int, lex: Lexicon, current: _Candidate) -> bool:
    """Whether line i is a label set apart from its value by spaces, in a measure that
    sets another element's label so: one such line alone may be prose ("ผลการดำเนินงาน
    พบว่า…"), a run of them is the measure's fields."""
    element, value = lex.spaced_label(lines[i].text)
    if element is None or element in current.values:
        return False
    if current.spaced - {element}:
        return True
    listed = lex.numbering.style(value)  # "ขั้นตอน  1) …" over "2) …": the value's list goes on
    for later in lines[i + 1:i + 1 + SPACED_LABEL_REACH]:
        other = lex.spaced_label(later.text)[0]
        if other is not None and other != element:
            return True
        if later.starts_block and listed is not None and lex.numbering.style(later.text) == listed:
            continue
        if later.starts_block and (_opens(later, lex) or lex.label(later.text)[0] == "measure"):
            return False
    return False


# Lines after a label set apart by spaces within which the measure's next such label is looked for.
SPACED_LABEL_REACH = 12


def _listed_steps(current: _Candidate, line: _Line, lines: list[_Line], i: int, lex: Lexicon,
                  label_done: bool) -> bool:
    """Whether line i opens a numbered list of the measure's steps that no label names:
    its first item ("๑)", "1.") either right under the measure's title, numbered
    otherwise than the title or nested under it, with the measure's labels right after
    the list ("มาตรการที่ ๑ …" / "๑) … ๒) …" / "ผู้รับผิดชอบ: …"); or nested under the
    measure's finished labels, a list of its own after them."""
    if not line.starts_block or current.title is None:
        return False
    number = lex.numbering.leading(line.text)
    style, own = lex.numbering.style(line.text), lex.numbering.style(current.title)
    if (number is None or style is None or style[0] == "word" or style[1] != 1 or ordinal(number) != 1
            or lex.label(line.text)[0]):
        return False  # "มาตรการที่ ๑" numbers a measure, never a step
    nested = line.block_type == "list_item" and line.level > (current.level if current.block_type == "list_item" else 0)
    if current.labelled:
        return nested and label_done
    if line.block_index > max(current.blocks | {current.block_index}) + 1 or (
            not nested and (own is None or own[0] == style[0])):
        return False
    # labels must follow the list's last item, and none come between its items (items
    # with labels of their own are units of their own)
    labelled = False
    spaced: set[str] = set()  # labels set apart by spaces count two or more at a time
    for later in lines[i + 1:]:
        if not later.text.strip():
            continue
        element = lex.label(later.text)[0]
        apart = lex.spaced_label(later.text)[0] if element is None else None
        if apart is not None:  # never "measure": spaced_label names no measure
            spaced.add(apart)
            continue
        if element in ("measure", "steps"):
            return False  # the item's own labels, its steps among them: a unit of its own
        if element is not None:
            labelled = True
        elif later.starts_block and lex.numbering.style(later.text) == style:
            if labelled or spaced:
                return False
        elif later.starts_block:
            break
    return labelled or len(spaced) >= 2


@dataclass
class Prose:
    """What the prose holds: its measures (with the block each starts in), every item
    that opened a candidate with its fate, and the blocks the measures took."""

    measures: list[tuple[int, Measure]] = field(default_factory=list)
    items: list[Placed] = field(default_factory=list)
    used_blocks: set[int] = field(default_factory=set)
    general: list[Block] = field(default_factory=list)  # lines among the measures said of them all


def measures_from_labels(blocks: list[Block], lex: Lexicon, skip: Container[int] = (),
                         label_tables: Container[int] = (),
                         details: Optional[dict[int, tuple[list[str], list[Row]]]] = None,
                         measure_tables: Container[int] = ()) -> Prose:
    """The measures written as prose. `measure_tables`: where tables of measures start; a
    title above one takes no label below it (the table's own measures stand between)."""
    prose = Prose()
    current: Optional[_Candidate] = None
    pending: Optional[str] = None
    pending_inline = False  # the label above had its value on its own line
    label_level = 0  # the heading level of the open label, when it is a heading (a Word outline)
    listed: Optional[tuple[str, int, bool]] = None  # how the steps listed with no label are numbered

    closed: list[_Candidate] = []

    def finish() -> None:
        nonlocal current
        if current is not None:
            closed.append(current)
        current = None

    lines = _worded_openers(_lines(blocks, skip, label_tables, details, lex), lex)
    tables = {bi for bi, b in enumerate(blocks) if b.type == "table" and bi not in label_tables}
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        if current is not None and any(max(current.blocks | {current.block_index}) < t < line.block_index
                                       for t in measure_tables):
            finish()  # "การติดตามและรายงานผล" under the table is not the heading's above it
            pending = None
        element, value = _label(line.text, lex)
        alone = False
        # a label alone on a line of its own paragraph, or last in the title's paragraph
        # ("ข้อ ๑ เปิดเผยข้อมูล…" / "ขั้นตอน/วิธีการ" over its steps)
        if (not element and current is not None and line.ends_block
                and (line.starts_block or (not current.labelled and current.title is not None
                                           and line.block_index == current.block_index))
                and (line.block_type != "heading" or _under_heading(line, current, tables)
                     or _label_heading(line, current, lex, tables))
                and _value_follows(lines, i, lex, skip, current.title, current.block_type)
                and not _plain_list_item(lines, i, lex)):
            element, value = lex.label(line.text, alone=True)
            nxt = next((x for x in lines[i + 1:] if x.text.strip()), None)
            if element == "measure" and nxt is not None and lex.numbering.worded(nxt.text):
                # "มาตรการที่กำหนด" over "มาตรการที่ 1 …": the heading of the measures that
                # follow, each numbered in words, not a label waiting for its value
                element, value = None, ""
            alone = bool(element)
            if alone and nxt is not None and lex.spaced_label(line.text)[0] == element and (
                    lex.spaced_label(nxt.text)[0] not in (None, element) or current.spaced - {element}):
                # "ผู้รับผิดชอบ  กองคลัง" over "ผลที่คาดว่าจะได้รับ  …", or among other fields set
                # out so: a label with its value on its line, not one waiting for the next line's
                element, value, alone = None, "", False
        if not element and current is not None and (current.title is not None or "measure" in current.values) \
                and not (pending is not None and not current.values.get(pending) and not current.spaced - {pending}) \
                and not split_boxes(line.text)[1] and _spaced_labels(lines, i, lex, current):
            # "ผู้รับผิดชอบ  หัวหน้าหน่วย": labels set apart by spaces, two or more in the measure;
            # under a label still waiting for its value only where the measure's other fields
            # are set out so ("ระยะเวลาดำเนินการ" left empty on a form)
            element, value = lex.spaced_label(line.text)
            current.spaced.add(element)  # type: ignore[arg-type]
        if element and value and current is not None and current.labelled and element not in current.values \
                and lex.every_measure.search(compact(value)):
            # "การติดตามและรายงานผล : …ติดตามความก้าวหน้าทุกมาตรการ…" after the last measure:
            # said of every measure, not the last one's label
            finish()
            pending = None
            prose.general.append(Block("paragraph", line.text.strip(), line.location))
            continue
        if element:
            # a status's boxes and then the output in words ("สถานะ ☑ …" / "ผลการดำเนินการ: …")
            # are one output, not the label repeated by the next measure
            boxes_only = element in (current.values if current else {}) and all(
                v.lstrip().startswith(("☐", "☑", "☒")) for v in current.values[element])  # type: ignore[union-attr]
            # …and so is a label said twice in the paragraph of the measure's own title
            # ("status: done" after "output: …" in one card)
            in_title_block = (current is not None and current.title is not None and not line.starts_block
                              and line.block_index == current.block_index and element != "measure")
            if current is None or (element in current.values and not boxes_only and not in_title_block) \
                    or (element == "measure" and current.labelled):
                # a repeated label, or a second "มาตรการ:", begins the next measure
                finish()
                current = _Candidate(None, line.location, line.block_index, "label")
                if element == "measure":  # "1. มาตรการ: …": the label's line carries the number
                    current.number = lex.numbering.leading(line.text)
            if alone:
                current.alone.add(element)
            if not value and _LEADER_END.search(line.text):
                # "ผลผลิต  ......": a form's field left unfilled, its dots the (empty) value;
                # the next line is no value of it
                value = _LEADER_END.search(line.text).group(0).strip()
            if value:
                current.values.setdefault(element, []).append(value)
                current.texts.append((element, value, line.location))
            else:
                current.values.setdefault(element, [])
            current.value_locations.setdefault(element, line.location)
            current.blocks.add(line.block_index)
            pending, listed = element, None
            label_level = line.level if line.block_type == "heading" else 0
            pending_inline = bool(value) and not value.rstrip().endswith(("ดังนี้", ":", "："))
            continue
        if current is not None and current.labelled and _status_line(line.text):
            # a line of status boxes ("สถานะ ☐ ยังไม่ดำเนินการ ☑ ดำเนินการแล้วเสร็จ") reports
            # how the work went, as a status cell does: the output's, not the label's above
            current.blocks.add(line.block_index)
            current.status.extend(split_boxes(line.text)[0][1:])
            current.texts.append(("output", line.text.strip(), line.location))
            current.status_location = current.status_location or line.location
            pending = None
            continue
        if current is not None and not current.labelled and current.title is not None \
                and line.block_index == current.block_index and not line.starts_block:
            # the title goes on in its paragraph: "ข้อ 1" / "เปิดเผยข้อมูล…" / "(GAP)"
            current.title = current.title.rstrip() + " " + line.text.strip()
            continue
        if current is not None and not current.labelled and current.title is not None \
                and line.block_type == "paragraph" and line.block_index == max(current.blocks | {current.block_index}) + 1 \
                and _new_label_next(lines, i, current, lex) and not _opens(line, lex, lines, i, current):
            # …or in a paragraph of its own right above the first label (a blank line set
            # between every line of the page)
            current.title = current.title.rstrip() + " " + line.text.strip()
            current.blocks.add(line.block_index)
            continue
        if current is not None and "steps" not in current.values \
                and _listed_steps(current, line, lines, i, lex, pending_inline):
            # a numbered list that no label names, right under a measure's title or nested
            # under its labels: what is done, step by step — the measure's steps
            current.values["steps"] = [line.text.strip()]
            current.texts.append(("steps", line.text.strip(), line.location))
            current.value_locations["steps"] = line.location
            current.blocks.add(line.block_index)
            pending, pending_inline = "steps", False
            listed = lex.numbering.style(line.text)
            continue
        why = _opens(line, lex, lines, i, current)
        if not why and current is not None and current.labelled and line.starts_block and line.text.split() \
                and lex.signature.match(compact(line.text.split()[0])):
            # "ลงชื่อ … ผู้จัดทำ" after the last measure's labels: who signs, not the value
            # of a label left empty above it
            finish()
            pending = None
            continue
        if not why and current is not None and current.labelled and lex.every_measure.search(compact(line.text)):
            # "ทั้งนี้ ได้ติดตามความก้าวหน้าของทุกมาตรการ…" after the last measure's labels:
            # said of every measure, not the last label's value going on
            finish()
            pending = None
            prose.general.append(Block("paragraph", line.text.strip(), line.location))
            continue
        if why == "heading" and current is not None and not current.labelled and current.title \
                and (_bare_number(current.title, lex)
                     or (current.block_type == "heading" and lex.numbering.leading(current.title) is not None
                         and lex.numbering.leading(line.text) is None and line.level == current.level)) \
                and max(current.blocks) == line.block_index - 1:
            # (or the end of a numbered heading wrapped onto a heading line of its own: "หน้า")
            # "Measure V" over the heading that names it: one title, as large as that heading
            current.title = current.title.strip() + " " + line.text.strip()
            current.blocks.add(line.block_index)
            current.level = max(current.level, line.level)
            continue
        if why == "heading" and pending is not None and label_level:
            if line.level > label_level and not lex.numbering.worded(line.text):
                why = None  # a heading set deeper than the open label's heading is its value
            else:
                pending = None  # …one as large as it, or larger, is the document's next part
        if why and (current is None or not current.labelled or why == "titled-paragraph"
                    or _next_measure(current, line, lines, i, lex,
                                     under_open_label=not pending_inline and not current.values.get(pending or ""))):
            finish()
            current = _Candidate(line.text, line.location, line.block_index, why, line.level, line.block_type)
            current.blocks.add(line.block_index)
            pending = None
            continue
        if current is not None and pending == "steps" and listed is not None and line.starts_block \
                and line.block_type != "list_item" and lex.numbering.style(line.text) != listed:
            # a paragraph after the listed steps, neither an item of the list nor a label
            finish()
            pending = listed = None
            continue
        if current is not None and pending is not None and pending_inline and line.starts_block \
                and line.block_type in ("paragraph", "heading"):
            if _new_labels_in_block(lines, i, current, lex):
                # a stray first line (OCR noise, a title's wrapped end) over the measure's
                # other labels: the measure goes on below it
                continue
            if line.block_type == "paragraph" and _new_label_next(lines, i, current, lex):
                if line.iconic:
                    continue  # a note led by an icon among the labels (a callout): aside
                # one line between two labels, a paragraph of its own (`pdftotext -layout`
                # sets a blank line between all lines): the wrapped end of the value above
                current.blocks.add(line.block_index)
                current.values[pending].append(line.text.strip())
                current.texts.append((pending, line.text.strip(), line.location))
                continue
            # a paragraph of its own after "label: value" is not that value: the measure ends
            finish()
            pending = None
            continue
        if current is not None and pending is not None:
            current.blocks.add(line.block_index)
            # the value of the label above, sub-steps ("๑) …") included; its first line
            # may open with the label's colon, set apart from the label by the layout
            value = line.text.strip()
            if not current.values[pending]:
                value = value.lstrip(":：").strip()
            current.values[pending].append(value)
            current.texts.append((pending, value, line.location))
            continue
        if current is not None and current.labelled and line.starts_block:
            # prose after a measure's labels ends it
            finish()
            pending = None
    finish()
    _promote_siblings(closed, lex)
    for c in closed:
        text = preview(c.title or "")
        if c.values and set(c.values) <= lex.table_wide and max(c.blocks | {c.block_index}) + 1 in measure_tables:
            # "ด้านที่ ๑" / "หน่วยงานผู้รับผิดชอบ : กองคลัง" right over a table of measures: the
            # group's heading and what it states for the table's measures, no measure of its own
            prose.items.append(Placed(c.location, text, "text", "labels-over-table"))
            continue
        if c.is_measure or c.sibling:
            measure = _to_measure(c, lex)
            prose.measures.append((c.block_index, measure))
            reason = c.reason + ("-with-labels" if c.is_measure else "-among-measures")
            prose.items.append(Placed(c.location, text, "measure", reason, measure))
            prose.used_blocks |= c.blocks
        elif c.reason == "numbered-item":
            prose.items.append(Placed(c.location, text, "text", c.reason + "-without-labels"))
    return prose


def _promote_siblings(candidates: list[_Candidate], lex: Lexicon) -> None:
    """A numbered item without labels, numbered in the same style as the labelled measures
    around it and in sequence with them ("๑." between "…" and "๒." with labels), is a
    measure that states nothing: it is counted, not dropped."""
    def key(c: _Candidate):
        return lex.numbering.style(c.title) if c.title and c.reason == "numbered-item" else None

    changed = True
    while changed:
        changed = False
        measures = [c for c in candidates if c.is_measure or c.sibling]
        for c in candidates:
            if c.is_measure or c.sibling or c.reason != "numbered-item" or key(c) is None:
                continue
            number = lex.numbering.leading(c.title or "")
            if not number or "." in number:
                continue
            n = ordinal(number)  # "๒" or "ข": lettered items are numbered too
            before = [m for m in measures if key(m) == key(c) and m.block_index < c.block_index]
            after = [m for m in measures if key(m) == key(c) and m.block_index > c.block_index]
            near = [(before[-1], n - 1)] if before else []
            near += [(after[0], n + 1)] if after else []
            if any(lex.numbering.leading(m.title or "") == named_like(want, number) for m, want in near):
                c.sibling = True
                changed = True


def _to_measure(c: _Candidate, lex: Lexicon) -> Measure:
    measure_values = [v for v in c.values.get("measure", []) if v]
    title_source = c.title or (measure_values[0] if measure_values else "")
    number = (lex.numbering.leading(title_source) if title_source else None) or c.number
    if measure_values and not short_title(title_source, lex):
        title_source = measure_values[0]  # "มาตรการที่ 1" over "ชื่อมาตรการ  …": the label names it
    measure = Measure(index=0, title=short_title(title_source, lex), location=c.location, number=number)
    if c.title and not lex.is_empty(short_title(c.title, lex)):
        measure.elements["measure"] = ElementValue(short_title(c.title, lex), c.location, "label")
        measure.texts.append(("measure", c.title, c.location))
    values_of = dict(c.values)
    if c.status:  # status boxes read with the output, as in a table's output cell
        values_of["output"] = list(values_of.get("output", [])) + c.status
        c.value_locations.setdefault("output", c.status_location or c.location)
    for element, values in values_of.items():
        lines = [v for v in values if v]
        # the lines under a label read as one table cell would
        cell = Cell("\n".join(lines), boxes_of(lines))
        if cell.checkboxes:
            measure.checkbox_groups.append((cell.checkboxes, c.value_locations[element]))
        if not lex.cell_is_empty(cell, "", element) and element not in measure.elements:
            measure.elements[element] = ElementValue(value_text(cell), c.value_locations[element], "label")
    measure.texts.extend(c.texts)
    return measure
