"""What every reader shares: status boxes, bullets and list numbers, in one canonical form.

Every reader writes a status box as "☑ label" (ticked) or "☐ label" in the text
and lists it as a `Checkbox`; Word's private-use bullets become "- "; list items
keep their visible number. Later stages then read one shape whatever the format.
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.model import Checkbox
from ita_lint.thai import to_arabic_digits


# Every character taken as a status box, and whether it means "ticked".
# U+F0A8/U+F0FE/U+F0FD are Wingdings' ☐ ☑ ☒ as they come out of Word text.
BOX_CHARS: dict[str, bool] = {
    "\u2610": False,  # ☐
    "\u2611": True,  # ☑
    "\u2612": True,  # ☒
    "\U0001f5f9": True,  # 🗹
    "\U0001f5f7": True,  # 🗷
    "\uf0a8": False,
    "\uf0fe": True,
    "\uf0fd": True,
    "\u2705": True,  # ✅
    "\u2b1c": False,  # ⬜
}
TICKED, UNTICKED = "\u2611", "\u2610"
# What an empty cell filled with colour says (a Gantt chart's bar marks the months)
SHADED = "\u25a0"
# Between the cells of a table nested in a cell, written as one line of the cell's text
NESTED_CELLS = " | "


def nested_cells(line: str) -> list[str]:
    """The cells of a nested table's row written as one line by `nested_row_line` (an empty
    first cell leaves the line opening with the bar), each stripped."""
    return [c.strip() for c in line.split(NESTED_CELLS.strip())]


def nested_row_line(cells: list) -> str:
    """One row of a table nested in a cell, as a line of that cell's text: its cells in
    their places (an empty one too, so the columns line up), apart by NESTED_CELLS; a box
    alone in a cell stays with the label beside it ("☑ ดำเนินการแล้วเสร็จ")."""
    parts: list[str] = []
    for cell in cells:
        if cell.span == "left":
            continue
        text = cell.text.replace("\n", " ").strip()
        if parts and parts[-1] in (TICKED, UNTICKED):
            parts[-1] = f"{parts[-1]} {text}".strip()
        else:
            parts.append(text)
    if not any(parts):
        return ""
    # an empty cell at either end keeps its bar: "การติดตามผล |" is a field left empty
    return NESTED_CELLS.join(parts).strip()
# Markdown task boxes ("[ ]", "[x]") and the "[/]" some offices type count too.
_MARKDOWN_BOX = r"\[\s?\]|\[[xX✓/]\]"
_BOX = re.compile("[" + "".join(BOX_CHARS) + "]|" + _MARKDOWN_BOX)


# Boxes typed on a form: "( / ) ดำเนินการแล้วเสร็จ (   ) อยู่ระหว่างดำเนินการ". Two or more
# on one line, each before its label, make a set of options; a lone "( )" stays text.
_TYPED_BOX = re.compile(r"\(\s*([/✓✔xX]?)\s*\)(?=\s*[ก-๛A-Za-z])")


def typed_boxes(line: str) -> str:
    """The line with typed boxes as ☑ / ☐, when it holds two or more of them."""
    if line.count("(") < 2 or len(_TYPED_BOX.findall(line)) < 2:
        return line
    return _TYPED_BOX.sub(lambda m: TICKED if m.group(1) else UNTICKED, line)


def _is_ticked(mark: str) -> bool:
    return BOX_CHARS.get(mark, mark.replace(" ", "") != "[]")


# Private-use bullets of Word's Symbol/Wingdings fonts (U+F0B7 is Symbol's •),
# and common bullet characters, at the start of a line: they become "- ".
_PUA_BULLET = re.compile("[\uf0b7\uf0a7\uf076\uf0d8]\\s*")
_LEADING_BULLET = re.compile(r"^\s*(?:[-–—•●○▪■◦·*\u2043\u2219]|[\uf0b7\uf0a7\uf076\uf0d8])\s*")
_LEADING_NUMBER = re.compile(r"^\s*\(?(?:[0-9๐-๙]{1,3}(?:[.)]|\.[0-9๐-๙]{1,3}\.?)|[ก-ฮa-zA-Z][.)])\s")


# Symbol fonts: what their code points draw, for the characters that matter here.
_WINGDINGS = {
    0xA8: "\u2610", 0xFE: "\u2611", 0xFD: "\u2612", 0x6F: "\u2610", 0x78: "\u2612",
    0xFC: "\u2713", 0xFB: "\u2717", 0x9F: "\u2022", 0xA7: "\u25aa", 0x6C: "\u25cf", 0x6E: "\u25a0",
    0x71: "\u2751", 0x76: "\u2756", 0xD8: "\u27a2", 0xA1: "\u25cb",
}
_WINGDINGS2 = {0xA3: "\u2610", 0x52: "\u2611", 0x54: "\u2612", 0x53: "\u2612", 0x51: "\u2612", 0x50: "\u2713", 0x4F: "\u2717"}
_SYMBOL = {0xB7: "\u2022"}
SYMBOL_FONTS = {"wingdings": _WINGDINGS, "wingdings 2": _WINGDINGS2, "symbol": _SYMBOL}

def symbol_char(code: int, font: Optional[str]) -> str:
    """What a character of a symbol font (Wingdings, Wingdings 2, Symbol) draws."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    table = SYMBOL_FONTS.get((font or "").strip().lower())
    if table is not None and code in table:
        return table[code]
    if table is _SYMBOL and 0x20 <= code < 0x7F and not chr(code).isalpha():
        return chr(code)  # Symbol's digits and punctuation are the usual ones
    if code < 0x100 and table is not None:
        return ""  # some other symbol-font glyph: nothing readable
    return chr(code + 0xF000) if code < 0x100 else chr(code)


def clean_bullets(text: str) -> str:
    """Word's private-use bullet glyphs (U+F0B7 …) as "- "."""
    if "\uf0b7" in text or "\uf0a7" in text or "\uf076" in text or "\uf0d8" in text:
        text = _PUA_BULLET.sub("- ", text)
    return text


_BARE_BULLET = re.compile(r"[-*+•]")


def split_boxes(line: str) -> tuple[list[str], list[Checkbox]]:
    """One line's text before its first box, then "☑ label" / "☐ label" for each box in it."""
    line = typed_boxes(line)
    found = list(_BOX.finditer(line))
    if not found:
        return [line], []
    boxes: list[Checkbox] = []
    head = line[: found[0].start()].strip()
    # a list's bullet before a task's box ("- [ ] …") marks the item, not a text of its own
    pieces = [head] if head and not _BARE_BULLET.fullmatch(head) else []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(line)
        label = line[m.end() : end].strip()
        checked = _is_ticked(m.group(0))
        boxes.append(Checkbox(label, checked))
        pieces.append((TICKED if checked else UNTICKED) + (" " + label if label else ""))
    return pieces, boxes


def box_text(text: str) -> tuple[str, list[Checkbox]]:
    """Canonical box text and the boxes it holds.

    Each box becomes ☑ (ticked: ☑ ☒ [x] …) or ☐ followed by one space and its
    label, the text up to the next box or the end of the line; a line keeps its
    boxes together. Text without boxes is returned unchanged.
    """
    text = "\n".join(typed_boxes(line) for line in text.split("\n"))
    if not _BOX.search(text):
        return text, []
    boxes: list[Checkbox] = []
    lines = []
    for line in text.split("\n"):
        pieces, found = split_boxes(line)
        boxes.extend(found)
        lines.append(" ".join(pieces))
    return "\n".join(lines), boxes


def list_line(marker: str, text: str) -> str:
    """A list item as one cell line: "- text" for bullets, "1. text" for numbers.

    A bullet or number already typed into the text is not doubled.
    """
    if marker == "-":
        return "- " + _LEADING_BULLET.sub("", text, count=1)
    if not marker or _LEADING_NUMBER.match(text):
        return text
    return marker + " " + text


def item_text(marker: str, text: str) -> str:
    """A list item's own block text: ordered items keep their number, bullets lose theirs."""
    if marker == "-":
        return _LEADING_BULLET.sub("", text, count=1)
    return list_line(marker, text)


_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


# A line that opens with a few words in bold, then plain text, is written
# "label value" ("**ผู้รับผิดชอบ** กองคลัง", Word's bold run before the value): the
# bold words are a label, and every reader writes them as one, "ผู้รับผิดชอบ: กองคลัง".
LEAD_IN_CHARS = 40
BOLD_START, BOLD_END = "\x01", "\x02"  # marks around bold text while a line is built
# a label is words: Thai or Latin letters, spaces, "/" and brackets; no digits, no boxes
_WORDS = re.compile(r"[ก-๎A-Za-z][ก-๎A-Za-z /()&\-]*[ก-๎A-Za-z)]|[ก-๎A-Za-z]")


_BOLD_GAP = re.compile(re.escape(BOLD_END) + r"([ \t]*)" + re.escape(BOLD_START))


def lead_in_label(text: str) -> str:
    """Text whose bold parts are marked with BOLD_START/BOLD_END, with the marks gone and a
    colon after a bold lead-in that a plain value follows (a label written without one)."""
    if BOLD_START not in text:
        return text.replace(BOLD_END, "")
    # bold runs side by side are one bold text ("พ" "." "ศ" "." in runs of their own, with
    # a space between them or none: a line break of an HTML source reads as a space)
    text = _BOLD_GAP.sub(r"\1", text)
    out = []
    for line in text.split("\n"):
        stripped = line.lstrip()
        if stripped.startswith(BOLD_START) and BOLD_END in stripped:
            lead, rest = stripped[1:].split(BOLD_END, 1)
            lead = lead.replace(BOLD_START, "").replace(BOLD_END, "")
            plain = rest.replace(BOLD_START, "").replace(BOLD_END, "")
            label = lead.strip()
            if (plain.strip() and _WORDS.fullmatch(label) and len(label) <= LEAD_IN_CHARS
                    and not plain.lstrip().startswith((":", "："))):
                line = f"{label}: {plain.strip()}"
            else:
                line = lead + plain
        out.append(line.replace(BOLD_START, "").replace(BOLD_END, ""))
    return "\n".join(out)


def sheet_body(rows: list) -> list:
    """A spreadsheet page's rows without the sheet's own chrome: the row of column letters
    ("A | B | C …") and the column of row numbers (1, 2, 3 …) that a published sheet shows."""
    if len(rows) < 2:
        return rows
    first = [c.text.strip() for c in rows[0].cells]
    letters = [t for t in first if t]
    if not (len(letters) >= 2 and all(len(t) == 1 and "A" <= t <= "Z" for t in letters)
            and letters == [chr(ord("A") + k) for k in range(len(letters))]):
        return rows  # without the letters, a column of numbers is the table's own (measure numbers)
    # a row of nothing at all (Google Sheets' bar under its frozen rows) is chrome too
    rows = [r for r in rows[1:] if any(c.text.strip() for c in r.cells)]
    numbers = [r.cells[0].text.strip() if r.cells else "" for r in rows]
    # row numbers rise one by one, or skip a row the sheet hides
    if len(rows) >= 2 and all(t.isascii() and t.isdigit() for t in numbers) \
            and all(int(a) < int(b) for a, b in zip(numbers, numbers[1:])):
        rows = [type(r)(r.cells[1:], r.location, r.header) for r in rows]
    return rows


def title_rows(rows: list) -> tuple[list, list]:
    """(leading rows that are a title, the rest): rows above a table's header holding
    one text across the columns, as a sheet's or a form's title is typed into it."""
    if max((len(r.cells) for r in rows), default=0) < 2:
        return [], rows  # a table of one column is a list, not a titled sheet
    k = 0
    while k < len(rows) - 1 and _title_row(rows[k]) and not numbered_run(rows[k:]):
        k += 1
    return rows[:k], rows[k:]


def numbered_run(rows: list) -> bool:
    """The first row is numbered and the next carries its numbering on ("๒. …" with its
    other cells empty, over "๓. … | ธ.ค. ๖๘"): a row of the table, not a title over it."""
    if len(rows) < 2 or not rows[0].cells or not rows[1].cells:
        return False
    n, m = (_CELL_NUMBER.match(r.cells[0].text) for r in rows[:2])
    return bool(n and m) and int(to_arabic_digits(m.group(1))) == int(to_arabic_digits(n.group(1))) + 1  # type: ignore[union-attr]


# "๒.", "(2)", "2", or a Thai ordinal ("มาตรการที่ ๓", "ข้อที่ 2": the n-th of something)
_CELL_NUMBER = re.compile(r"^\s*(?:[\u0e01-\u0e4e]+ที่\s*)?\(?([0-9๐-๙]{1,3})(?:\.(?![0-9๐-๙])|\))?(?:\s|$)")


def _title_row(row) -> bool:
    """One text in the row, at its left or merged across most of it."""
    filled = [i for i, c in enumerate(row.cells) if not c.is_blank and c.span != "left"]
    if len(filled) != 1:
        return False
    i = filled[0]
    spans = sum(1 for c in row.cells[i + 1:] if c.span == "left")
    return (i == 0 and not any(c.text.strip() for c in row.cells[1:])) or spans + 1 >= max(2, len(row.cells) // 2 + 1)


def title_blocks(rows: list) -> list:
    """Title rows (see `title_rows`) as the paragraphs they are, each keeping its row: the
    layout may find it the first row of a table part cut by a page."""
    from ita_lint.model import Block

    out = []
    for row in rows:
        text = next((c.text for c in row.cells if not c.is_blank), "")
        if text:
            out.append(Block("paragraph", text=text, location=row.location, rows=[row]))
    return out
