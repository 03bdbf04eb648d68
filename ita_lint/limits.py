"""Bounds on the work one input may cause, each with a default and a name to raise it by.

A few kilobytes can ask for gigabytes: an HTML cell spanning 1000 columns on 100
rows, a DOCX grid of a million columns, a page of 200 × 200 inches to OCR. Each such
bound is checked before the work is done; going over it is a `LimitError` (ita_lint.readers), one line
naming the limit and how to raise it (`--limit NAME=N` or `limits:` in the
configuration), and the rest of the run goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    table_cells: int = 250_000  # one table's grid, spans counted (rows × columns)
    document_cells: int = 1_000_000  # every table of a document together
    docx_part_bytes: int = 32 * MB  # one XML part of a DOCX, uncompressed
    docx_total_bytes: int = 96 * MB  # every XML part read from one DOCX, uncompressed
    ocr_page_pixels: int = 40_000_000  # one page rendered for OCR (A4 at 300 dpi is 8.7 million)
    response_seconds: int = 120  # web: one response from its request to its last byte
    # one document read, extracted and checked (every regex, user rules' included), wall clock:
    # a PDF reads at about 12 ms a page, so 500 pages fit; OCR (3 s a page) of a long scan needs more
    document_seconds: int = 300


# the name a user gives (--limit max-table-cells=N, `limits: {max-table-cells: N}`) -> field
NAMES = {"max-" + f.name.replace("_", "-"): f.name for f in fields(Limits)}


def exceeded(name: str, what: str, limit: float):
    """`what` (e.g. "a table of 100 × 1000 cells") is over the limit `name` (a field of Limits):
    the LimitError (a ReadError) to raise."""
    from ita_lint.readers import LimitError

    return LimitError(message(name, what, limit))


def message(name: str, what: str, limit: float) -> str:
    """One line: what went over which limit, and the flag that raises it."""
    flag = "max-" + name.replace("_", "-")
    shown = f"{int(limit):,}" if limit == int(limit) else f"{limit:g}"
    return f"{what}, over the limit of {shown} ({flag}); raise it with --limit {flag}=N if the input is trusted"


def from_settings(pairs) -> Limits:
    """Limits from (user name, value) pairs already validated (`parse`)."""
    return Limits(**{NAMES[name]: value for name, value in pairs})


def parse(values) -> dict[str, int]:
    """`--limit NAME=N` values as {name: N}; ValueError naming the unknown or bad one."""
    out: dict[str, int] = {}
    for value in values:
        name, sep, number = value.partition("=")
        name = name.strip()
        if name not in NAMES or not sep:
            raise ValueError(f"--limit {value}: expected NAME=N with NAME one of {', '.join(sorted(NAMES))}")
        try:
            out[name] = int(number.replace("_", ""))
        except ValueError:
            raise ValueError(f"--limit {value}: {number!r} is not a whole number") from None
        if out[name] < 1:
            raise ValueError(f"--limit {value}: must be at least 1")
    return out


class CellBudget:
    """The cells a document's tables may take: each table's rows × columns, and all of them together.
    `spans` says in the message what was counted (a format's words for merged cells)."""

    def __init__(self, limits: Limits, spans: str):
        self.limits, self.spans, self.cells = limits, spans, 0

    def check(self, rows: int, columns: int, cells: int = 0) -> None:
        """A table of rows × columns within the bound, and `cells` more taken by the document."""
        self.cells += cells
        if rows * columns > self.limits.table_cells:
            raise exceeded("table_cells", f"a table of {rows:,} rows × {columns:,} columns ({self.spans} counted)",
                           self.limits.table_cells)
        if self.cells > self.limits.document_cells:
            raise exceeded("document_cells", f"tables of over {self.cells:,} cells in all ({self.spans} counted)",
                           self.limits.document_cells)
