"""A spreadsheet saved as comma-separated text (CSV) under a text file's name.

Google Sheets' and Excel's "Download as CSV" pads every record to the sheet's width
(",,,,,,," for a title row) and quotes a cell holding line breaks, so one record may
take several lines. Such a file is rewritten as the tab-separated text a spreadsheet
saves, which the text reader already reads as a table, keeping every line where it was
so that findings still name the file's own lines.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from typing import Optional

# A sheet, not prose that happens to hold commas: most records (three or more) of one
# width, one of them (the header) with text in two cells or more. A sheet two columns wide must be
# that wide in every record and show the padding of an empty cell ("title,"): prose
# with a comma on each line looks like it otherwise.
MIN_SHARE = 0.7
MIN_RECORDS = 3


def as_tab_separated(text: str) -> Optional[str]:
    """The text with each comma-separated record on tabs instead, or None when the text
    is not a sheet saved as CSV (prose, a tab-separated sheet, Markdown)."""
    if "\t" in text or "," not in text:
        return None
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error:
        return None
    filled = [r for r in records if any(c.strip() for c in r)]
    if not filled:
        return None
    width, count = Counter(len(r) for r in filled).most_common(1)[0]
    rows = sum(1 for r in filled if len(r) == width and sum(1 for c in r if c.strip()) >= 2)
    if width < 2 or count < max(MIN_RECORDS, MIN_SHARE * len(filled)) or not rows:
        return None
    if width == 2 and (count < len(filled) or not any(not r[-1].strip() for r in filled)):
        return None
    return "\n".join("\t".join(_tab_cell(c) for c in r) for r in records)


def _tab_cell(cell: str) -> str:
    """One cell as a tab-separated sheet writes it: quoted when it holds a line break."""
    cell = cell.replace("\r\n", "\n").replace("\r", "\n")
    if "\n" in cell or '"' in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell
