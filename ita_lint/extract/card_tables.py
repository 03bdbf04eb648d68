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
from ita_lint.readers.common import NESTED_CELLS, SHADED, nested_cells
from ita_lint.thai import join_wrapped

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
        # a cell only filled with colour (a card's coloured bar) is the drawing, not a card
        cells = [(row, piece) for row in block.rows for cell in row.cells
                 if not cell.is_blank and cell.span not in ("up", "left") and cell.text.strip() != SHADED
                 for piece in _side_by_side_cards(cell.text, lex)] if block.type == "table" else []
        is_card = [_is_card(text, lex) for _, text in cells]
        if any(is_card) and 2 * sum(is_card) >= len(cells) and not header_rows(block.rows, lex)[0]:
            for (row, text), card in zip(cells, is_card):
                parts = _parts(text, lex)
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
    for line in _named_columns(text, lex).split("\n"):
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
    stated = {lex.label(line, in_cell=True)[0] for line in _named_columns(text, lex).split("\n")}
    return len(stated - {None, "measure"}) >= CARD_LABELS


def _side_by_side_cards(text: str, lex: Lexicon) -> list[str]:
    """A cell's text, each card set beside others in it a text of its own: a strip of
    columns nested in the cell (readers' NESTED_CELLS) headed by measure numbers alone
    ("มาตรการที่ 3 | มาตรการที่ 4") holds one card a column, read down the column."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        heads = nested_cells(line)
        if len(heads) < 2 or any(lex.numbering.bare(h) is None for h in heads):
            continue
        end = i + 1
        while end < len(lines) and len(nested_cells(lines[end])) == len(heads):
            end += 1
        rows = [nested_cells(row) for row in lines[i:end]]
        cards = ["\n".join(r[k] for r in rows if r[k]) for k in range(len(heads))]
        before, after = "\n".join(lines[:i]).strip(), "\n".join(lines[end:]).strip()
        return [t for t in [before] + cards if t] + (_side_by_side_cards(after, lex) if after else [])
    return [text]


def _named_columns(text: str, lex: Lexicon) -> str:
    """A cell's text with each strip of named columns nested in it (a row of element
    names alone, "ผู้รับผิดชอบ | ระยะเวลา | ติดตามผล", over rows of as many cells) written
    as "name: what stands under it" lines, a column's wrapped lines joined."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        names = nested_cells(lines[i])
        elements = [lex.label(n, alone=True)[0] for n in names]
        under = 0
        while len(names) > 1 and i + 1 + under < len(lines) and len(nested_cells(lines[i + 1 + under])) == len(names):
            under += 1
        if len(names) < 2 or not under or any(e in (None, "measure") for e in elements):
            out.append(lines[i])
            i += 1
            continue
        rows = [nested_cells(line) for line in lines[i + 1:i + 1 + under]]
        out += [f"{name}: {join_wrapped([row[k] for row in rows])}" for k, name in enumerate(names)]
        i += 1 + under
    return "\n".join(out)


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
