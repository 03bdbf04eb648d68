"""The items of a measures document's weaknesses section, and the measure nearest each.

The manual asks a measures document to analyse last year's result — the
weaknesses to fix urgently (vocabulary section `weaknesses`) — and to set
measures from that analysis. An item of the weaknesses that no measure
resembles is a weakness the document names and then leaves alone.

`weakness_items` reads the section as a person does: from its heading (a
heading, a short line naming it, a table column or row named by it) to the next
heading, the next analysis section, the measures or a table; each list item,
paragraph, line or inline item ("(๑) … (๒) …", "- …", "• …") is one weakness.
Items that say nothing ("- ไม่มี -") are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ita_lint.model import Block, Location, Report
from ita_lint.thai import compact, join_wrapped, squash, to_arabic_digits

# A heading names the section and says little else: at most this many characters
# (without spaces) beside the words that named it.
HEADING_EXTRA_CHARS = 40
# Most blocks read after the heading before giving up (a section runs on for a page at most).
MAX_BLOCKS = 25
# An item needs at least this many characters (without spaces) to be a weakness.
MIN_ITEM_CHARS = 12

# Item marks: "(๑)", "(1)", "1)", "๑.", "1.", "•" at the start of a line or after a space; a dash
# or a letter ("ก.") only at the start of a line ("(o12 – o17)" is no list).
_ITEM_START = re.compile(r"^\s*(?:[-–*•▪●]|[ก-ฮ][.)](?=\s)|\(\s*\d{1,2}\s*\)|\d{1,2}(?:\.\d{1,2})*[.)](?!\d))")
# a part of the document, or the first measure written as prose
_PART = re.compile(r"^(?:ส่วนที่|ตอนที่|บทที่|มาตรการที่)[0-9๐-๙IVX]")
# "ก. …", "ข) …", "1.2 …": the numbering of a heading beside the weaknesses' own
_SUBHEADING = re.compile(r"^(?:[ก-ฮ][.)]|\d{1,2}\.\d{1,2}\.?)\s")
_ITEM_MARK = re.compile(r"^\s*(?:[-–*]|[ก-ฮ]\.(?=\s))\s*"
                        r"|(?:^|(?<=\s))(?:\(\s*\d{1,2}\s*\)|\d{1,2}\)|\d{1,2}\.(?!\d)|[•▪●])\s*")


@dataclass(frozen=True)
class Issue:
    text: str
    location: Location


def weakness_items(report: Report, lex) -> list[Issue]:
    """The weaknesses the section lists. Every block that heads the section is tried in turn (a
    table of contents or a memo names it too, with nothing under it); the first with items wins."""
    blocks = report.document.blocks
    patterns = lex.sections.get("weaknesses", [])
    if not patterns or "weaknesses" not in report.sections:
        return []
    section = report.sections["weaknesses"]
    if "weaknesses" in report.document.meta.get("sections", {}):  # a YAML/JSON report states it as a field
        others = [p for sid, ps in lex.sections.items() if sid != "weaknesses" for p in ps]
        return [Issue(t, section.location) for t in _items(section.text, others, lex)[0]]
    for start in _starts(blocks, patterns, section.location):
        items = _items_from(report, start, patterns, lex)
        if items:
            return items
    return []


def _items_from(report: Report, start: int, patterns, lex) -> list[Issue]:
    blocks = report.document.blocks
    others = [p for sid, ps in lex.sections.items() if sid != "weaknesses" for p in ps]
    block = blocks[start]
    if block.type == "table":
        return _from_table(block, patterns, lex)
    measure_starts = {m.location for m in report.measures}
    # the heading block's own lines after the one naming the section, then the blocks after it
    lines = block.text.split("\n")
    at = next((i for i, line in enumerate(lines) if _span(line, patterns)), None)
    if at is None:  # the block extract found the section in, naming it nowhere: its text only
        return [Issue(t, block.location) for t in _items(block.text, others, lex)[0]]
    head = _after_name(lines[at], patterns)
    texts: list[tuple[str, Location]] = [("\n".join(([head] if len(compact(head)) > HEADING_EXTRA_CHARS else [])
                                                  + lines[at + 1:]), block.location)]
    # a line printed on every page (a running header: "มหาวิทยาลัย… · มาตรการ… ๒๕๗๐") is no weakness
    seen = Counter(compact(b.plain_text()) for b in blocks if b.type != "table")
    for nxt in blocks[start + 1: start + 1 + MAX_BLOCKS]:
        if nxt.margin or (nxt.type != "table" and seen[compact(nxt.plain_text())] > 1):
            continue
        if _ends_section(nxt, others, lex, measure_starts):
            break
        texts.append((nxt.plain_text(), nxt.location))
    items: list[Issue] = []
    for text, location in texts:
        pieces, stop = _items(text, others, lex)
        items += [Issue(t, location) for t in pieces]
        if stop:
            break
    return items


def _span(text: str, patterns) -> Optional[tuple[int, int]]:
    """Where the words naming the section run in the text without spaces: from the first match's
    start to the last one's end ("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน…แก้ไขโดยเร่งด่วน" is one name)."""
    c = compact(text)
    spans = [(m.start(), m.end()) for p in patterns for m in p.finditer(c)]
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _names(text: str, patterns) -> bool:
    """The text names the section and says little else (a heading, a column header)."""
    span = _span(text, patterns)
    return span is not None and len(compact(text)) - (span[1] - span[0]) <= HEADING_EXTRA_CHARS


def _starts(blocks: list[Block], patterns, fallback: Location) -> list[int]:
    """The blocks that may head the section, in order: those that name it and are heading-like
    (a table whose header or first column names it), then the block extract found it in."""
    out = []
    for i, b in enumerate(blocks):
        if b.type == "table":
            if b.rows and (any(_names(c.text, patterns) for c in b.rows[0].cells)
                           or any(r.cells and _names(r.cells[0].text, patterns) for r in b.rows)):
                out.append(i)
        elif any(_names(line, patterns) for line in b.text.split("\n")):
            out.append(i)
    out += [i for i, b in enumerate(blocks) if b.location == fallback and i not in out][:1]
    return out


def _after_name(line: str, patterns) -> str:
    """The text of a line after the words that name the section."""
    span = _span(line, patterns)
    if span is None:
        return line
    count = 0
    for i, ch in enumerate(to_arabic_digits(line)):
        if not ch.isspace():
            count += 1
            if count == span[1]:
                return line[i + 1:].lstrip(" :：-–")
    return ""


def _ends_section(block: Block, others, lex, measure_starts) -> bool:
    if block.type in ("heading", "table") or block.location in measure_starts:
        return True
    first = compact(next((line for line in block.text.split("\n") if line.strip()), ""))
    if any(p.search(first) for p in others):
        return True
    if _PART.match(first):  # "ส่วนที่ ๒ …", "มาตรการที่ ๑ …"
        return True
    # the measures' own title ("๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส…")
    return len(first) <= 120 and lex.kind_of(lex.numbered.sub("", first), within=10) == "measures"


def _from_table(block: Block, patterns, lex) -> list[Issue]:
    items: list[Issue] = []
    header = block.rows[0].cells if block.rows else []
    columns = [i for i, c in enumerate(header) if _names(c.text, patterns)]
    if columns:
        for row in block.rows[1:]:
            for col in columns:
                if col < len(row.cells):
                    items += [Issue(t, row.location) for t in _split(row.cells[col].text, lex)]
        return items
    for row in block.rows:
        if row.cells and _names(row.cells[0].text, patterns):
            for cell in row.cells[1:]:
                items += [Issue(t, row.location) for t in _split(cell.text, lex)]
    return items


def _items(text: str, others, lex) -> tuple[list[str], bool]:
    """The weaknesses a block's text lists, and whether the section ends inside it (a line naming
    the next analysis section). A line that starts with no item mark continues the item before
    it: PDF text breaks lines inside words ("ตัวชีว\n้ ัดที่ ๓")."""
    joined: list[str] = []
    stop = False
    for line in text.split("\n"):
        if not line.strip():
            continue
        if any(p.search(compact(line)) for p in others) or _sibling_heading(line, lex):
            stop = True
            break
        if joined and not _ITEM_START.match(to_arabic_digits(line)):
            joined[-1] = join_wrapped([joined[-1], line])
        else:
            joined.append(line)
    return [piece for line in joined for piece in _split(line, lex)], stop


def _sibling_heading(line: str, lex) -> bool:
    """"ข. …" or "๑.๒ …": a heading numbered as the analysis headings are, naming no weakness
    (short, and a heading of another section or a broken one such as "ข. ประเด็นที่จะต้องพัฒนาให้ดีขน")."""
    c = compact(line)
    return bool(_SUBHEADING.match(to_arabic_digits(line.strip()))) and len(c) <= HEADING_EXTRA_CHARS and "ประเด็น" in c


def _split(text: str, lex) -> list[str]:
    """A line or cell cut at its item marks; each piece that says something."""
    out = []
    for line in text.split("\n"):
        # marks are found with Arabic digits; the pieces keep the document's own
        pieces, pos = [], 0
        for m in _ITEM_MARK.finditer(to_arabic_digits(line)):
            pieces.append(line[pos:m.start()])
            pos = m.end()
        pieces.append(line[pos:])
        for piece in pieces:
            piece = squash(piece)
            if len(compact(piece)) >= MIN_ITEM_CHARS and not lex.is_empty(piece):
                out.append(piece)
    return out


# --- which measure takes each weakness up -------------------------------------------------------


def measure_texts(measure) -> list[str]:
    """What a measure says that may take up a weakness: its name, each of its texts (not its
    period or responsible unit), and all of them together."""
    from ita_lint.trace.match import name_of

    name = name_of(measure)
    pieces = [t for e, t, _ in measure.texts if e not in ("period", "responsible") and t.strip()]
    return [name, *pieces, "\n".join([name, *pieces])]


def uncovered_weaknesses(report: Report, lex, pack, threshold: float) -> list[tuple[Issue, Optional[object], float]]:
    """The weaknesses no measure resembles: (item, nearest measure, its score 0–100), for each
    item whose best score against any measure's texts is below `threshold`."""
    if not report.measures or "weaknesses" not in report.sections:
        return []
    items = weakness_items(report, lex)
    if not items:
        return []
    from ita_lint.words import content_words, dictionary_for, similarity

    extra = dictionary_for(pack)
    measures = [(m, [w for w in (content_words(t, extra) for t in measure_texts(m)) if w]) for m in report.measures]
    out = []
    for issue in items:
        words = content_words(issue.text, extra)
        if not words:
            continue
        best, measure = max(((max((similarity(words, s) for s in sets), default=0.0), m) for m, sets in measures),
                            key=lambda x: x[0])
        if best < threshold:
            out.append((issue, measure, best))
    return out
