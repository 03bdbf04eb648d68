"""The data that flows through the pipeline.

readers produce a `Document` (blocks with source locations); extract turns it
into a `Report` (kind, fiscal year, measures with their elements); the rule
engine adds `Finding`s and a score, giving a `DocumentResult` that every
formatter prints without recomputing anything.

These are plain dataclasses: they are built by the thousand on a large run and
never validated from outside, so pydantic's cost buys nothing here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional

# The contract of DESIGN.md section 5.
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
    """A table cell as plain, normalised lines, with any status boxes it holds."""

    text: str
    checkboxes: list[Checkbox] = field(default_factory=list)

    @property
    def is_blank(self) -> bool:
        return not self.text.strip() and not self.checkboxes


@dataclass
class Row:
    cells: list[Cell]
    location: Location = NOWHERE


BlockType = Literal["heading", "paragraph", "list_item", "table"]


@dataclass
class Block:
    """A heading, paragraph, list item or table, with the place it starts."""

    type: BlockType
    text: str = ""
    location: Location = NOWHERE
    level: int = 0  # heading level, or list nesting
    rows: list[Row] = field(default_factory=list)  # tables only
    checkboxes: list[Checkbox] = field(default_factory=list)  # boxes in a paragraph or list item
    from_ocr: bool = False

    def plain_text(self) -> str:
        if self.type != "table":
            return self.text
        return "\n".join("\t".join(c.text.replace("\n", " ") for c in r.cells) for r in self.rows)


DocumentFormat = Literal["markdown", "text", "html", "docx", "pdf", "yaml", "json"]


@dataclass
class Document:
    path: str
    format: DocumentFormat
    blocks: list[Block]
    # what a structured format declares outright (kind, fiscal_year, agency, sections),
    # so extract need not infer it from the title
    meta: dict = field(default_factory=dict)

    def text(self) -> str:
        return "\n".join(b.plain_text() for b in self.blocks)


# --- extract's output -----------------------------------------------------------------


@dataclass
class ElementValue:
    text: str
    location: Location = NOWHERE
    source: Literal["column", "label", "cue"] = "column"


@dataclass
class Measure:
    index: int
    title: str
    location: Location
    elements: dict[str, ElementValue] = field(default_factory=dict)
    # every piece of text the measure holds, with where it came from: rules that
    # look inside a measure (dates, placeholders) read these.
    texts: list[tuple[str, str, Location]] = field(default_factory=list)  # (element or "", text, location)
    checkbox_groups: list[tuple[list[Checkbox], Location]] = field(default_factory=list)

    def has(self, element: str) -> bool:
        return element in self.elements


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
