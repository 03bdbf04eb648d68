"""Measures set side by side as cards.

A table may only lay out cards: each cell holds a whole measure, its title and its
labelled lines ("ผู้รับผิดชอบ : …", "ระยะเวลา : …"), as a web page's grid or a Word table
used for layout sets them. Such a table has no header naming its columns, and its cells
are read as the text they hold, row by row and left to right.

Cards drawn with no box around each run their lines together across the page: a line of
measure numbers alone ("มาตรการที่ 3 มาตรการที่ 4") is their title bars side by side. What
follows cannot be told apart card by card, and is said (`cards-in-text`), not guessed.
"""

from __future__ import annotations

from ita_lint.extract.layout import header_rows
from ita_lint.extract.lexicon import Lexicon
from ita_lint.model import Block, Note
from ita_lint.readers.common import NESTED_CELLS

# A cell is a card when it states at least this many elements by their labels. A table whose
# filled cells are cards for half or more (one card boxed alone, as an e-mail lays out each
# measure, is one too) only lays them out.
CARD_LABELS = 2
# The heading level a card's title is given: below the document's own headings.
CARD_TITLE_LEVEL = 4


def cards_as_text(blocks: list[Block], lex: Lexicon) -> list[Block]:
    """The blocks, each card table replaced by its cells as paragraphs."""
    out: list[Block] = []
    for block in blocks:
        cells = [(row, cell) for row in block.rows for cell in row.cells
                 if not cell.is_blank and cell.span not in ("up", "left")] if block.type == "table" else []
        is_card = [_is_card(c.text, lex) for _, c in cells]
        if any(is_card) and 2 * sum(is_card) >= len(cells) and not header_rows(block.rows, lex)[0]:
            for (row, cell), card in zip(cells, is_card):
                parts = _parts(cell.text, lex)
                titled = bool(parts) and card and not lex.label(parts[0].split("\n")[0])[0]
                # a card's title, over its labels, heads it as a heading would
                out += [Block("heading" if titled and k == 0 else "paragraph", part, row.location,
                              level=CARD_TITLE_LEVEL if titled and k == 0 else 0) for k, part in enumerate(parts)]
        else:
            out.append(block)
    return out


def _parts(text: str, lex: Lexicon) -> list[str]:
    """A card's text as paragraphs: its title, then each label with what follows it, a
    label alone on its line ("วิธีการดำเนินงาน" over its steps) a paragraph of its own.
    A label and its value in two cells of a table nested in the card ("ผู้รับผิดชอบ | …")
    read as "label: value"."""
    parts: list[list[str]] = [[]]
    for line in text.split("\n"):
        element, value = lex.label(line)
        if not element and NESTED_CELLS in line and lex.label(line, in_cell=True)[0]:
            line = line.replace(NESTED_CELLS, ": ", 1)
            element, value = lex.label(line)
        alone = not element and lex.label(line, alone=True)[0]
        if (element or alone) and parts[-1]:
            parts.append([])
        parts[-1].append(line)
        if alone:
            parts.append([])
    return ["\n".join(p) for p in parts if p]


def _is_card(text: str, lex: Lexicon) -> bool:
    stated = {lex.label(line, in_cell=True)[0] for line in text.split("\n")}
    return len(stated - {None, "measure"}) >= CARD_LABELS


def side_by_side(blocks: list[Block], lex: Lexicon) -> list[Note]:
    """A note for each line of text that is two or more measure numbers alone."""
    notes = []
    for block in blocks:
        texts = [c.text for r in block.rows for c in r.cells] if block.type == "table" else [block.text]
        for line in (line for text in texts for line in text.split("\n")):
            numbers = lex.numbering.referenced(line)
            if len({n for n, _ in numbers}) >= 2 and not lex.numbering.named_rest(line):
                notes.append(Note("cards-in-text", block.location, {"numbers": ", ".join(n for n, _ in numbers)}))
                break
    return notes
