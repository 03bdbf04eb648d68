"""The shape of rule packs, as pydantic models.

A pack is a folder: `pack.yaml` (what the pack is, which assessment year, the
vocabulary extract uses) and any number of rule files (`*.yaml`, a list of rules
under `rules:`). `ita-lint schema rules` prints the JSON Schema generated from
these models, for editors.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ita_lint.model import CATEGORIES, ELEMENTS, KINDS

Category = Literal["missing-element", "missing-section", "fiscal-year", "consistency", "placeholder", "status",
                   "traceability", "input"]
Severity = Literal["info", "warning", "error"]
Kind = Literal["measures", "results", "plan", "unknown"]
Element = Literal["measure", "steps", "responsible", "period", "monitoring", "output", "outcome"]

assert set(Category.__args__) == set(CATEGORIES) and set(Kind.__args__) == set(KINDS)  # type: ignore[attr-defined]
assert set(Element.__args__) == set(ELEMENTS)  # type: ignore[attr-defined]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A sentence in Thai and English. Messages may use {placeholders} filled by the check."""

    th: str
    en: str

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.th


class Reference(Strict):
    """Where a requirement comes from. `confirmed: false` marks what is not quoted from the manual itself."""

    source: str = Field(description="the manual, its year and item, e.g. 'คู่มือการประเมิน ITA 2569, o25'")
    quote: Optional[str] = Field(None, description="the manual's words, where quoted")
    confirmed: bool = Field(description="true only when `quote` is the manual's own text")


class Examples(Strict):
    """Reports (Markdown) on which the rule must stay silent (`pass`) and must fire (`fail`)."""

    pass_: list[str] = Field(alias="pass", min_length=1)
    fail: list[str] = Field(min_length=1)

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class RuleBase(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    category: Category
    severity: Severity
    weight: float = Field(ge=0, description="share of the score; 0 keeps the rule out of the score")
    kinds: list[Kind] = Field(default_factory=list, description="document kinds the rule applies to; empty: all")
    summary: Text = Field(description="one line: what the rule checks")
    message: Text = Field(description="the finding, for an officer; {measure}, {title}, {element}, … are filled in")
    fix: Text = Field(description="what to add or change")
    cases: dict[str, Text] = Field(default_factory=dict, description="messages for the check's named cases")
    reference: Reference
    examples: Examples


class ElementRule(RuleBase):
    """Every measure of the document must have the element."""

    type: Literal["element"]
    element: Element


class SectionRule(RuleBase):
    """The document must hold the analysis section (vocabulary `sections`)."""

    type: Literal["section"]
    section: str


class MeasuresFoundRule(RuleBase):
    """At least `minimum` measures must be found."""

    type: Literal["measures-found"]
    minimum: int = 1


class KindRule(RuleBase):
    """The document's title must say what kind of report it is."""

    type: Literal["kind"]


class FiscalYearDeclaredRule(RuleBase):
    """The title must declare the fiscal year."""

    type: Literal["fiscal-year-declared"]


class FiscalYearExpectedRule(RuleBase):
    """The declared fiscal year must be the one the pack's assessment year expects for the kind."""

    type: Literal["fiscal-year-expected"]


class FiscalYearPeriodsRule(RuleBase):
    """Periods and dated sentences inside measures must fall in the declared fiscal year."""

    type: Literal["fiscal-year-periods"]


class ScoreConsistencyRule(RuleBase):
    """Score figures must agree: changes add up, one figure per indicator and year, bands match scores."""

    type: Literal["score-consistency"]
    tolerance: float = 0.011


class StatusBoxRule(RuleBase):
    """A list of status boxes must have exactly one ticked, with a label naming one status."""

    type: Literal["status-box"]


class ExistenceRule(RuleBase):
    """Vale's existence: any match of `patterns` is a finding, unless an exemption matches around it."""

    type: Literal["existence"]
    patterns: list[str] = Field(min_length=1)
    exempt_before: list[str] = Field(default_factory=list, description="regexes matched against the text before the hit (same line)")
    exempt_after: list[str] = Field(default_factory=list, description="regexes matched against the text after the hit (same line)")
    exempt_under: list[str] = Field(default_factory=list, description="regexes (without spaces) of a heading under which matches are no findings, up to the next heading")


class NotesRule(RuleBase):
    """What extract could not place (extract's notes with these codes), each a finding; `cases` words each code."""

    type: Literal["notes"]
    codes: list[str] = Field(min_length=1, description="note codes: table-unread, column-unrecognised, numbering-gap, …")

    @model_validator(mode="after")
    def _every_code_has_a_message(self) -> "NotesRule":
        missing = [c for c in self.codes if c not in self.cases]
        if missing:
            raise ValueError(f"codes without a message in `cases`: {', '.join(missing)}")
        return self


Rule = Annotated[Union[ElementRule, SectionRule, MeasuresFoundRule, KindRule, FiscalYearDeclaredRule,
                       FiscalYearExpectedRule, FiscalYearPeriodsRule, ScoreConsistencyRule, StatusBoxRule,
                       ExistenceRule, NotesRule], Field(discriminator="type")]


class RuleFile(Strict):
    rules: list[Rule]


# --- the pack and its vocabulary ---------------------------------------------------------


class KindFromColumns(Strict):
    kind: Kind
    any: list[Element] = Field(description="the document is of this kind when its measures state any of these")


class KindVocabulary(Strict):
    id: Kind
    name: Text
    title_patterns: list[str] = Field(description="regexes matched against the title with spaces removed")
    extra_synonyms: dict[Element, list[str]] = Field(default_factory=dict, description="headers and labels that name an element only in documents of this kind")


class ElementVocabulary(Strict):
    name: Text
    synonyms: list[str] = Field(description="column headers and labels naming the element (matched without spaces)")
    cues: list[str] = Field(default_factory=list, description="regexes in a measure's text that show the element where no column or label holds it")
    cue_exclusions: list[str] = Field(default_factory=list, description="regexes (without spaces) of text that looks like a cue but is not one, such as a unit's name")
    empty_values: list[str] = Field(default_factory=list, description="regexes: a value of this element matching one whole says nothing (besides the common `empty_values`)")
    document_wide: bool = Field(False, description="a section headed by this element's name, whose text shows one of its cues, states it for every measure")
    value_patterns: list[str] = Field(default_factory=list, description="regexes (without spaces): a line that one matches is a value of this element by its form, such as a period \"ต.ค. 67 – ก.ย. 68\" under a header naming two elements")


class SectionVocabulary(Strict):
    name: Text
    patterns: list[str]


class Band(Strict):
    label: str
    minimum: float
    maximum: float = 100.0
    confirmed: bool = True


class ScoreScale(Strict):
    from_year: int = 0
    to_year: int = 9999
    bands: list[Band]


class ScoreVocabulary(Strict):
    indicator_patterns: list[str] = Field(description="regexes with groups `indicator` and `value`")
    total_patterns: list[str] = Field(description="regexes with group `value`: a total or average score in a sentence")
    context_markers: list[str] = Field(default_factory=list, description="a total in a sentence counts only with one of these before it in the same paragraph (ITA, ผลการประเมิน…)")
    partial_markers: list[str] = Field(default_factory=list, description="a sentence naming these speaks of a part (IIT, EIT…), not the total")
    total_row_words: list[str] = Field(description="first cell of a score table's total row")
    change_words: list[str] = Field(description="header of a score table's change column")
    score_column_words: list[str] = Field(default_factory=list, description="header of the score column of a table without years")
    band_patterns: list[str] = Field(description="regexes with group `band`")
    scales: list[ScoreScale]


class Vocabulary(Strict):
    kinds: list[KindVocabulary]
    title_lead_words: list[str] = Field(default_factory=list, description="words a title may open with before its kind's words (a memo's 'เรื่อง ขออนุมัติ')")
    kind_from_columns: list[KindFromColumns] = Field(default_factory=list, description="when the title names no kind: the first of these whose elements the measures state, in order")
    elements: dict[Element, ElementVocabulary]
    empty_values: list[str] = Field(description="regexes: a cell or value matching one whole is empty")
    statuses: list[str] = Field(description="the status-box labels (matched without spaces)")
    measure_number_words: list[str] = Field(default_factory=list, description="words before a measure's number that start a measure in prose ('มาตรการที่ ๑')")
    group_row_patterns: list[str] = Field(default_factory=list, description="regexes (without spaces) for a table row that heads a group of measures, not a measure")
    number_columns: list[str] = Field(default_factory=list, description="headers of a column holding the measures' numbers (matched without spaces, whole)")
    other_columns: list[str] = Field(default_factory=list, description="headers of columns that name no element, such as remarks or budget (matched without spaces, at the start)")
    page_furniture: list[str] = Field(default_factory=list, description="regexes (without spaces, whole) for page numbers and similar lines printed on every page")
    sections: dict[str, SectionVocabulary] = Field(default_factory=dict)
    agency_patterns: list[str]
    months: dict[int, list[str]]
    fiscal_words: list[str]
    era_words: list[str]
    current_year_markers: list[str] = Field(description="regexes right after a fiscal year that make it 'this year'")
    score: ScoreVocabulary

    @field_validator("months")
    @classmethod
    def _twelve_months(cls, v: dict[int, list[str]]) -> dict[int, list[str]]:
        if sorted(v) != list(range(1, 13)):
            raise ValueError("months must map 1..12")
        return v


class Pack(Strict):
    id: str
    assessment_year: int
    title: Text
    extends: Optional[str] = Field(None, description="a pack folder whose vocabulary this one starts from")
    expected_fiscal_year: dict[Kind, int] = Field(default_factory=dict)
    items: dict[Kind, str] = Field(default_factory=dict, description="the OIT item number of each kind this year")
    reference: Optional[Reference] = None
    vocabulary: dict = Field(default_factory=dict, description="keys of `Vocabulary`; replaces the extended pack's key")


class CommonVocabulary(Strict):
    id: str
    vocabulary: dict
