"""The sheet an Excel workbook shows, as table rows.

Word embeds a worksheet as an object: the page shows a picture of it, and its data lives
in a workbook packed inside the document (word/embeddings/*.xlsx). What the object shows is
the workbook's active sheet, so that sheet is read here: its cells row by row (shared or
inline strings, numbers as written), a merged range given in its first cell with the rest
marked as spanned, rows and columns hidden in the sheet left out as Word leaves them out.
Other sheets are not shown, and not read.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from typing import Optional

from ita_lint.model import Cell, Location, Row
from ita_lint.readers.fragments import make_cell

_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"^([A-Z]+)([0-9]+)$")
# A sheet wider or longer than this is no table of measures: read no further.
MAX_SHEET_ROWS = 2000
MAX_SHEET_COLUMNS = 64


def shown_sheet_rows(data: bytes, location: Location, max_bytes: int) -> Optional[list[Row]]:
    """The rows of the sheet the workbook shows, or None when it cannot be read."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            def part(name: str):
                if name not in book.namelist() or book.getinfo(name).file_size > max_bytes:
                    return None
                return etree.fromstring(book.read(name), parser)

            workbook = part("xl/workbook.xml")
            rels = part("xl/_rels/workbook.xml.rels")
            if workbook is None or rels is None:
                return None
            # a target is relative to xl/, or absolute from the package's root ("/xl/…")
            targets = {r.get("Id"): posixpath.normpath(posixpath.join("xl", r.get("Target") or "")).lstrip("/")
                       for r in rels.iter(_PKG_REL + "Relationship")}
            sheets = [s for s in workbook.iter(_S + "sheet") if (s.get("state") or "visible") == "visible"]
            view = workbook.find(f"{_S}bookViews/{_S}workbookView")
            active = int(view.get("activeTab") or 0) if view is not None else 0
            if not sheets:
                return None
            sheet = part(targets.get(sheets[min(active, len(sheets) - 1)].get(_R + "id"), ""))
            shared = part("xl/sharedStrings.xml")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, etree.LxmlError):
        return None
    if sheet is None:
        return None
    strings = ["".join(t.text or "" for t in si.iter(_S + "t")) for si in shared.iter(_S + "si")] if shared is not None else []
    return _rows(sheet, strings, location)


def _rows(sheet, strings: list[str], location: Location) -> list[Row]:
    hidden_columns = set()
    for col in sheet.iter(_S + "col"):
        if col.get("hidden") in ("1", "true"):
            hidden_columns.update(range(int(col.get("min") or 1), min(int(col.get("max") or 1), MAX_SHEET_COLUMNS) + 1))
    grid: dict[int, dict[int, str]] = {}
    for row in sheet.iter(_S + "row"):
        r = int(row.get("r") or len(grid) + 1)
        if row.get("hidden") in ("1", "true") or r > MAX_SHEET_ROWS:
            continue
        for c in row.iter(_S + "c"):
            ref = _REF.match(c.get("r") or "")
            if not ref:
                continue
            column = _column_number(ref.group(1))
            if column <= MAX_SHEET_COLUMNS and column not in hidden_columns:
                grid.setdefault(r, {})[column] = _value(c, strings)
    spans: dict[tuple[int, int], str] = {}
    for merge in sheet.iter(_S + "mergeCell"):
        first, _, last = (merge.get("ref") or "").partition(":")
        a, b = _REF.match(first), _REF.match(last)
        if not (a and b):
            continue
        r0, c0, r1, c1 = int(a.group(2)), _column_number(a.group(1)), int(b.group(2)), _column_number(b.group(1))
        for rr in range(r0, min(r1, MAX_SHEET_ROWS) + 1):
            for cc in range(c0, min(c1, MAX_SHEET_COLUMNS) + 1):
                if (rr, cc) != (r0, c0):
                    spans[rr, cc] = "up" if cc == c0 else "left"
                    if cc == c0:
                        grid.setdefault(rr, {})[cc] = grid.get(r0, {}).get(c0, "")
    shown = sorted(c for cells in grid.values() for c in cells)
    if not shown:
        return []
    columns = sorted(set(shown))
    rows = []
    for r in sorted(grid):
        cells = [make_cell(grid[r].get(c, "")) for c in columns]
        for k, c in enumerate(columns):
            if (r, c) in spans:
                cells[k] = Cell(cells[k].text if spans[r, c] == "up" else "", cells[k].checkboxes, span=spans[r, c])
        if any(cell.text.strip() for cell in cells):
            rows.append(Row(cells, location))
    return rows


def _value(c, strings: list[str]) -> str:
    kind = c.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in c.iter(_S + "t"))
    v = c.find(_S + "v")
    text = v.text or "" if v is not None else ""
    if kind == "s":
        return strings[int(text)] if text.isdigit() and int(text) < len(strings) else ""
    if kind == "b":
        return "TRUE" if text == "1" else "FALSE"
    return text


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n
