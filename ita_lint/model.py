"""The data that flows through the pipeline.

readers produce a `Document` (blocks with source locations); extract turns it
into a `Report` (kind, fiscal year, measures with their elements); the rule
engine adds `Finding`s and a score, giving a `DocumentResult` that every
formatter prints without recomputing anything.

These are plain dataclasses: they are built by the thousand on a large run and
never validated from outside, so pydantic's cost buys nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal, Optional

# The JSON contract (README, "JSON output"): ita-lint/report/v1.
ELEMENTS: tuple[str, ...] = ("measure", "steps", "responsible", "period", "monitoring", "output", "outcome")
KINDS: tuple[str, ...] = ("measures", "results", "plan", "unknown")
CATEGORIES: tuple[str, ...] = (
    "missing-element",
    "missing-section",
    "fiscal-year",
    "consistency",
    "placeholder",
    "status",
    "traceability",
    "input",
    "quality",  # content quality: warnings that judge what an element says, not whether it is there
)
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")

Severity = Literal["info", "warning", "error"]


@dataclass(frozen=True)
class Location:
    """Where something is in its source: a line for text formats, a page for PDF.

    `paragraph`, `table` and `row` serve formats without lines (DOCX); formatters
    print whichever is set.
    """

    line: Optional[int] = None
    page: Optional[int] = None
    paragraph: Optional[int] = None
    table: Optional[int] = None
    row: Optional[int] = None

    def as_dict(self) -> dict:
        return {"page": self.page, "line": self.line}

    def describe(self, lang: str = "th") -> str:
        parts = []
        if self.page is not None:
            parts.append(("หน้า " if lang == "th" else "page ") + str(self.page))
        if self.line is not None:
            parts.append(("บรรทัด " if lang == "th" else "line ") + str(self.line))
        if not parts and self.table is not None:
            parts.append(("ตาราง " if lang == "th" else "table ") + str(self.table))
            if self.row is not None:
                parts.append(("แถว " if lang == "th" else "row ") + str(self.row))
        if not parts and self.paragraph is not None:
            parts.append(("ย่อหน้า " if lang == "th" else "paragraph ") + str(self.paragraph))
        return " ".join(parts)


NOWHERE = Location()


@dataclass
class Checkbox:
    """One status box: `☑ ดำเนินการแล้วเสร็จ`."""

    label: str
    checked: bool


@dataclass
class Cell:
    """A table cell as plain, normalised lines, with any status boxes it holds.

    `span` says how a merged cell was laid out on the grid: "left" is a slot covered
    by the cell to its left (a horizontal merge; its text is in that first slot),
    "up" a copy of the cell above that spans down into this row (a vertical merge;
    the value belongs to every row it spans).
    """

    text: str
    checkboxes: list[Checkbox] = field(default_factory=list)
    span: Literal["", "left", "up"] = ""

    @property
    def is_blank(self) -> bool:
        return not self.text.strip() and not self.checkboxes


@dataclass
class Row:
    cells: list[Cell]
    location: Location = NOWHERE
    # the format marks it as a header row: HTML th/thead, DOCX w:tblHeader, a
    # Markdown pipe table's first row, a bold or shaded PDF row
    header: bool = False


BlockType = Literal["heading", "paragraph", "list_item", "table"]


@dataclass
class Block:
    """A heading, paragraph, list item or table, with the place it starts."""

    type: BlockType
    text: str = ""
    location: Location = NOWHERE
    level: int = 0  # heading level, or list nesting
    # a table's rows; a paragraph read from one row of tab-separated cells keeps that row:
    # a label set with a tab stop, or a table's last row alone on a page (the layout tells)
    rows: list[Row] = field(default_factory=list)
    checkboxes: list[Checkbox] = field(default_factory=list)  # boxes in a paragraph or list item
    from_ocr: bool = False
    # drawn in the top or bottom margin of its page (PDF): where running headers,
    # footers and page numbers live
    margin: bool = False
    # the source line of each line of `text`, for formats with lines: a line of text is not
    # always a line of the source (an inline "<p>" or a box splits one, a comment is skipped)
    lines: list[int] = field(default_factory=list)

    def located_lines(self) -> list[tuple[str, Location]]:
        """Each line of `text` with where it is: its own source line when the reader said it,
        else the block's start (never a line guessed by counting, which may not exist)."""
        texts = self.text.split("\n")
        loc = self.location
        if loc.line is None or len(self.lines) != len(texts):
            return [(t, loc) for t in texts]
        return [(t, replace(loc, line=n)) for t, n in zip(texts, self.lines)]

    def plain_text(self) -> str:
        if self.type != "table":
            return self.text
        return "\n".join("\t".join(c.text.replace("\n", " ") for c in r.cells) for r in self.rows)


DocumentFormat = Literal["markdown", "text", "html", "docx", "rtf", "email", "pdf", "yaml", "json"]


@dataclass
class Note:
    """Something a stage could not place or read, said out loud: it becomes a finding.

    `code` names the case (the `layout` rule's message cases); `params` fill its message.
    """

    code: str
    location: Location = NOWHERE
    params: dict = field(default_factory=dict)


@dataclass
class Document:
    path: str
    format: DocumentFormat
    blocks: list[Block]
    # what a structured format declares outright (kind, fiscal_year, agency, sections),
    # so extract need not infer it from the title
    meta: dict = field(default_factory=dict)
    notes: list[Note] = field(default_factory=list)  # what the reader could not read (pages without text)
    # waivers written in the document itself (ita_lint.waivers.InlineWaiver)
    waivers: list = field(default_factory=list)

    def text(self) -> str:
        return "\n".join(b.plain_text() for b in self.blocks)


# --- extract's output -----------------------------------------------------------------


@dataclass
class ElementValue:
    text: str
    location: Location = NOWHERE
    source: Literal["column", "label", "cue", "document"] = "column"


@dataclass
class Measure:
    index: int
    title: str
    location: Location
    # the document's own number for it ("6", "1.2"; Thai digits made Arabic), which
    # findings name it by; None when the document does not number it
    number: Optional[str] = None
    elements: dict[str, ElementValue] = field(default_factory=dict)
    # every piece of text the measure holds, with where it came from: rules that
    # look inside a measure (dates, placeholders) read these.
    texts: list[tuple[str, str, Location]] = field(default_factory=list)  # (element or "", text, location)
    checkbox_groups: list[tuple[list[Checkbox], Location]] = field(default_factory=list)
    # text in columns whose header names no known element: (header, text)
    unrecognised: list[tuple[str, str]] = field(default_factory=list)

    def has(self, element: str) -> bool:
        return element in self.elements

    @property
    def label(self) -> str:
        """How findings name it: the document's own number, else its place in the document."""
        return self.number or str(self.index)


# --- how the document was understood: every table row and numbered item has a fate -----

# what became of a table row or a numbered item (ita-lint explain prints them)
FATES: tuple[str, ...] = (
    "header",  # a header row of its table
    "repeated-header",  # the header again, on a later page
    "measure",  # a measure of its own
    "continuation",  # the rest of the measure before it (cut by a page break, a sub-row, a wrapped line)
    "group",  # a heading that groups the measures under it
    "furniture",  # page numbers, running headers and footers
    "blank",  # nothing in it
    "text",  # prose, not a measure
    "unplaced",  # none of these: said as a finding
)


@dataclass
class Column:
    """A column of a measure table: the element its header names, and what decided it."""

    index: int
    header: str
    element: Optional[str] = None
    word: str = ""  # the header word that decided it
    # "row-id": numbers counting the rows, while the measure cells carry the measures' own
    how: Literal["header", "inferred", "number", "row-id", "other", "unknown"] = "unknown"
    also: Optional[str] = None  # a second element the header names ("ผู้รับผิดชอบ/ระยะเวลา")


@dataclass
class Placed:
    """A table row or a numbered item, with its fate and the reason for it."""

    location: Location
    text: str
    fate: str
    reason: str
    measure: Optional["Measure"] = None  # the measure it is, or continues


@dataclass
class TableView:
    """One table as extract understood it: its parts joined over pages, columns, row fates."""

    index: int
    location: Location
    role: Literal["measures", "labels", "details", "scores", "other"]
    header_by: str  # how the header was found: structure, vocabulary, or none
    columns: list[Column] = field(default_factory=list)
    rows: list[Placed] = field(default_factory=list)
    parts: int = 1


@dataclass
class Section:
    """An analysis section found in a measures document."""

    id: str
    text: str
    location: Location


@dataclass
class ScoreFigure:
    """A figure from a score table or sentence: indicator (None for the total), year, value."""

    indicator: Optional[int]
    year: Optional[int]
    value: float
    location: Location


@dataclass
class ScoreRow:
    """A score-table row with two years' figures and the change it states."""

    indicator: Optional[int]  # None: the total or average row
    values: dict[int, float]
    change: Optional[float]
    location: Location


@dataclass
class BandStatement:
    """A stated result ("อยู่ในระดับ ผ่าน") and the score the same sentence gives."""

    band: str
    score: float
    year: Optional[int]
    location: Location


@dataclass
class Report:
    document: Document
    kind: str
    title: str
    title_location: Location
    fiscal_year: Optional[int]
    fiscal_year_source: Literal["title", "body", "none"]
    agency: Optional[str]
    measures: list[Measure]
    sections: dict[str, Section]
    score_figures: list[ScoreFigure] = field(default_factory=list)
    score_rows: list[ScoreRow] = field(default_factory=list)
    bands: list[BandStatement] = field(default_factory=list)
    tables: list[TableView] = field(default_factory=list)
    items: list[Placed] = field(default_factory=list)  # numbered items and labelled measures outside tables
    notes: list[Note] = field(default_factory=list)  # what could not be placed, for the layout rules
    # where the kind comes from: the title, the document's own declaration (YAML/JSON),
    # what its measures state (the title names none), or nowhere
    kind_source: Literal["title", "declared", "content", "none"] = "title"


# --- the rule engine's output ---------------------------------------------------------


@dataclass
class Finding:
    rule: str
    category: str
    severity: Severity
    message: str
    location: Location = NOWHERE
    element: Optional[str] = None
    measure: Optional[int] = None
    fix: str = ""

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "message": self.message,
            "element": self.element,
            "measure": self.measure,
            "location": self.location.as_dict(),
        }


@dataclass
class DocumentResult:
    report: Report
    rulepack: str
    findings: list[Finding]
    score: float
    passed: bool
    required: tuple[str, ...] = ()
    rulepack_reason: str = ""  # why this assessment year's pack, in the officer's language


@dataclass
class InputError:
    path: str
    message: str


@dataclass
class RunResult:
    documents: list[DocumentResult]
    errors: list[InputError]
    score: Optional[float]
    passed: bool
    # measures documents paired with the results reports on them (ita_lint.trace.Traceability)
    traceability: list = field(default_factory=list)
    # files a folder walk passed over, and why: said when the run has nothing else to check
    skipped: list[InputError] = field(default_factory=list)
