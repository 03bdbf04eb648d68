"""The words of a document at a place a finding points to, for a reader who has not the file open.

Readers give every block (and every table row) the place it starts; a finding's
location is one of those places, or a line inside a block that starts above it.
A table row is given as its non-empty cells joined by " │ ", as it reads across.
"""

from __future__ import annotations

from typing import Iterator, Optional

from ita_lint.model import Document, DocumentResult, Location, Measure, Report

MAX_CHARS = 400


def places(document: Document) -> Iterator[tuple[Location, str]]:
    """Every block and table row of the document with its text, in reading order."""
    for block in document.blocks:
        if block.type == "table":
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells if c.span != "left" and not c.is_blank]
                yield row.location, " │ ".join(dict.fromkeys(cells))  # a merged cell copied down counts once
        else:
            yield block.location, block.text


def excerpt_at(document: Document, location: Location, max_chars: int = MAX_CHARS) -> str:
    """The text at `location`: the block or row that starts there, else the block a line falls in
    (the last one starting above it on the same page); "" for a place the document has no text at."""
    if location == Location():
        return ""
    best: Optional[tuple[int, str]] = None
    for where, text in places(document):
        if where == location:
            return _shorten(text, max_chars)
        if (location.line is not None and where.line is not None and where.page == location.page
                and where.line <= location.line and (best is None or where.line >= best[0])):
            best = (where.line, text)
    return _shorten(best[1], max_chars) if best else ""


def excerpt_of(document: Document, measure: Measure, max_chars: int = MAX_CHARS) -> str:
    """A measure's own words: every block or row it was read from (its title, its labelled lines,
    the rest of a row cut by a page break), in reading order."""
    own = {measure.location} | {where for _, _, where in measure.texts}
    found = [text for where, text in places(document) if where in own]
    return _shorten("\n".join(found), max_chars) if found else excerpt_at(document, measure.location, max_chars)


def quote(report: Report, location: Location) -> str:
    """What the report page quotes for a finding at `location`: the measure that starts there,
    whole; else the text there."""
    measure = next((m for m in report.measures if m.location == location), None) if location != Location() else None
    return excerpt_of(report.document, measure) if measure else excerpt_at(report.document, location)


def quotes(result: DocumentResult) -> dict[Location, str]:
    """Every quote a page of this result can show: at its title, its measures and its findings
    (findings added later, across documents, are placed on its measures or nowhere). The result
    cache keeps these in place of the document's text."""
    report = result.report
    places = [report.title_location, *(m.location for m in report.measures), *(f.location for f in result.findings)]
    found = {where: quote(report, where) for where in dict.fromkeys(places) if where != Location()}
    return {where: text for where, text in found.items() if text}


def _shorten(text: str, max_chars: int) -> str:
    text = "\n".join(line.rstrip() for line in text.strip().splitlines() if line.strip())
    return text if len(text) <= max_chars else text[: max_chars - 1].rstrip() + "…"
