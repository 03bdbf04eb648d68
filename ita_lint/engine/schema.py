"""The shape of rule packs, as pydantic models.

A pack is a folder: `pack.yaml` (what the pack is, which assessment year, the
vocabulary extract uses) and any number of rule files (`*.yaml`, a list of rules
under `rules:`). `ita-lint schema rules` prints the JSON Schema generated from
these models, for editors.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ita_lint.model import CATEGORIES, ELEMENTS, KINDS

Category = Literal["missing-element", "missing-section", "fiscal-year", "consistency", "placeholder", "status",
                   "traceability", "input", "quality"]
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

    # shipped packs say it in both languages; a user's pack may give one text, shown in either
    source: Union[Text, str] = Field(description="the manual, its year and item, in Thai and English "
                                                 "({th: …, en: …}) or one text, e.g. '{manual} {item:measures}'")
    quote: Optional[str] = Field(None, description="the manual's words, where quoted")
    confirmed: bool = Field(description="true only when `quote` is the manual's own text")

    def source_in(self, lang: str) -> str:
        return self.source.get(lang) if isinstance(self.source, Text) else self.source


class ExamplePair(Strict):
    """Two reports checked together, for a rule across documents: a measures document and the
    results report on it (Markdown)."""

    measures: str
    results: str


class Examples(Strict):
    """Reports (Markdown) on which the rule must stay silent (`pass`) and must fire (`fail`);
    a rule across documents (`traceability`) gives pairs of reports instead."""

    pass_: list[Union[str, ExamplePair]] = Field(alias="pass", min_length=1)
    fail: list[Union[str, ExamplePair]] = Field(min_length=1)

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


def _compiled(patterns: list[str], group: Optional[str] = None) -> list[str]:
    """Patterns that compile (and have `group`, when named): a broken one names itself at load time."""
    for pattern in patterns:
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"bad regex {pattern!r}: {exc}") from None
        if group and group not in compiled.groupindex:
            raise ValueError(f"regex {pattern!r} has no group `{group}`")
    return patterns


class ElementContentRule(RuleBase):
    """A present element must say something of substance (content quality, a warning).

    The value is read as `compact` text, each line's leading list number dropped. With
    every `filler` match removed, something must be left (else case `vague`), and the
    value must match one of `require`, when given (else case `no-evidence`). When
    nothing is left and `or_element` is set, that element must match `require` instead
    (case `only-status`): a ticked status box is the whole output in the common form,
    whose details stand in the outcome. A value matching an `exempt` pattern is not judged.
    """

    type: Literal["element-content"]
    element: Element
    filler: list[str] = Field(default_factory=list, description="regexes (without spaces) removed from the value first: words that name or show nothing on their own")
    require: list[str] = Field(default_factory=list, description="regexes (without spaces): the value must match one (empty: anything left once the filler is gone will do)")
    exempt: list[str] = Field(default_factory=list, description="regexes (without spaces): a value matching one is not judged")
    or_element: Optional[Element] = Field(None, description="when the filler is all the value says, look in this element for `require`")

    @field_validator("filler", "require", "exempt")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        return _compiled(v)


class ElementRepeatsRule(RuleBase):
    """A measure's `element` must not merely repeat its `other` element (content quality, a warning).

    Both values are compared as `compact` lower-case text, with `ignore`
    matches removed; a similarity (difflib ratio) of at least `similarity` is a finding,
    unless one holds the other whole and `more_chars` more: then it says more.
    """

    type: Literal["element-repeats"]
    element: Element
    other: Element
    similarity: float = Field(0.85, gt=0, le=1, description="0–1: how alike the two must be to count as the same")
    more_chars: int = Field(8, ge=1, description="when one value holds the other whole and this many characters more, it says more: no finding (a cell holding both the output and its labelled outcome)")
    ignore: list[str] = Field(default_factory=list, description="regexes (without spaces) removed from both values before comparing: list marks, status boxes")

    @field_validator("ignore")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        return _compiled(v)


class AgencyKind(Strict):
    """One kind of agency whose names are compared (องค์การบริหารส่วนตำบล…, อบต.…)."""

    name: Text
    patterns: list[str] = Field(min_length=1, description="regexes (on the text as written), each with a group `name`: the kind's word and the name right after it")

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        return _compiled(v, "name")


class OtherAgencyRule(RuleBase):
    """The body must not speak of another agency of the report's own kind as the one acting.

    The report's agency (from its title) is matched against `agencies`; every other name of
    the same kind that stands where a report names itself — after an `actor_before` word
    ("ประกาศ", "นายก", "ของ"), or with an `actor_after` word after it ("ได้", "จึง") — is a
    finding, once per name, unless an `exempt_before` word comes shortly before it
    ("ร่วมกับ", "ดูงาน"), and unless the name starts with one of `not_names` (the kind's word
    used alone, then a verb). Names are found line by line and cell by cell in the text as
    written, so a name follows its kind's word directly ("นายก อบต. ทุกเดือน" uses the word
    alone); the words around it are matched on `compact` text. Names are compared by their
    start, since Thai runs a name into the next word.
    """

    type: Literal["other-agency"]
    agencies: list[AgencyKind] = Field(min_length=1)
    actor_before: list[str] = Field(min_length=1, description="regexes (without spaces), matched against the text right before the kind's word (end with $)")
    actor_after: list[str] = Field(min_length=1, description="regexes (without spaces), matched (anchored) at each place the name may end: a word that makes it the subject")
    exempt_before: list[str] = Field(default_factory=list, description="regexes (without spaces) searched in the 30 characters before the kind's word")
    not_names: list[str] = Field(default_factory=list, description="regexes (without spaces) matched where a name starts: words after a kind's word used alone, which are no name (\"นายกองค์การบริหารส่วนตำบลลงนาม…\")")

    @field_validator("actor_before", "actor_after", "exempt_before", "not_names")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        return _compiled(v)


class ThisYearRule(RuleBase):
    """Text that speaks of a fiscal year as "this year" must name the document's own.

    `patterns` (regexes with a group `year`, on the text as written) find what puts the
    marker before the year ("ในปีงบประมาณนี้ (พ.ศ. ๒๕๖๗)"), everywhere; a fiscal year
    followed by the vocabulary's `current_year_markers` ("ปีงบประมาณ ๒๕๖๗ นี้") is looked
    for outside the measures, inside which `fiscal-year-periods` reports it.
    """

    type: Literal["this-year"]
    patterns: list[str] = Field(min_length=1, description="regexes with a group `year`, matched on the text as written (\\s* between words)")
    vocabulary_markers: bool = Field(True, description="also a fiscal year followed by vocabulary `current_year_markers`, outside the measures")
    earlier_only: bool = Field(False, description="only a year before the document's: a later one may be the year the report is written in")

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, v: list[str]) -> list[str]:
        return _compiled(v, "year")


class TraceabilityRule(RuleBase):
    """Across documents: a measures document and the results report of the same agency and fiscal
    year, their measures paired by the words of their names (ita_lint/trace). `side` says which
    unpaired measure the rule reports: a declared measure the results report does not report on,
    or a reported result no declared measure matches. Findings go on the results report."""

    type: Literal["traceability"]
    side: Literal["declared-unreported", "reported-undeclared"]

    @model_validator(mode="after")
    def _examples_are_pairs(self) -> "TraceabilityRule":
        if not all(isinstance(e, ExamplePair) for e in (*self.examples.pass_, *self.examples.fail)):
            raise ValueError("examples of a traceability rule are pairs: {measures: …, results: …}")
        return self


class WeaknessCoverageRule(RuleBase):
    """Each item of the weaknesses analysis (vocabulary section `weaknesses`) must resemble some
    measure: its words against the measure's name and texts, rapidfuzz's token-set ratio."""

    type: Literal["weakness-coverage"]
    threshold: float = Field(40, ge=0, le=100, description="0–100: an item whose best measure scores below this is addressed by none")


class UnusedWaiverRule(RuleBase):
    """A waiver written in the report (ita_lint/waivers.py) that suppresses nothing: it names no
    rule, a rule the pack does not have, or a rule that found nothing where it points. Its cases:
    `unnamed`, `unknown`, `unused`."""

    type: Literal["unused-waiver"]


Rule = Annotated[Union[ElementRule, SectionRule, MeasuresFoundRule, KindRule, FiscalYearDeclaredRule,
                       FiscalYearExpectedRule, FiscalYearPeriodsRule, ScoreConsistencyRule, StatusBoxRule,
                       ExistenceRule, NotesRule, ElementContentRule, ElementRepeatsRule, OtherAgencyRule,
                       ThisYearRule, TraceabilityRule, WeaknessCoverageRule, UnusedWaiverRule],
                 Field(discriminator="type")]


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
    outranks: dict[Element, list[Element]] = Field(default_factory=dict, description="in one header naming two elements, this kind's own word for the key element wins over a word for these (a plan's \"ผลผลิต/ตัวชี้วัด\" is the indicator it expects)")
    activity_units: bool = Field(False, description="each activity is a unit of its own, also under a numbered measure that holds only its title (\"มาตรการที่ ๑ …\" over \"1.1\", \"1.2\"): a plan lists activities")


class ElementVocabulary(Strict):
    name: Text
    synonyms: list[str] = Field(description="column headers and labels naming the element (matched without spaces)")
    cues: list[str] = Field(default_factory=list, description="regexes in a measure's text that show the element where no column or label holds it")
    cue_exclusions: list[str] = Field(default_factory=list, description="regexes (without spaces) of text that looks like a cue but is not one, such as a unit's name")
    empty_values: list[str] = Field(default_factory=list, description="regexes: a value of this element matching one whole says nothing (besides the common `empty_values`)")
    table_wide: bool = Field(False, description="a \"label: value\" line right above a table of measures (under its group's heading) states it for every measure of that table")
    document_wide: bool = Field(False, description="a section headed by this element's name, whose text shows one of its cues, states it for every measure")
    whole_plan: list[str] = Field(default_factory=list, description="regexes: a measure whose title shows one of this element's cues and one of these (\"ติดตามและรายงานผลการดำเนินงานตามแผน\") states the element for every measure")
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
    instruction: Optional[str] = Field(None, description="how a template marks an instruction, '{text}' for its words; the placeholder rule must find it")
    measure_number_words: list[str] = Field(default_factory=list, description="words before a measure's number that start a measure in prose ('มาตรการที่ ๑')")
    quantity_units: list[str] = Field(default_factory=list, description="units after a figure that make it a quantity, not a measure's number ('84.62 คะแนน')")
    group_row_patterns: list[str] = Field(default_factory=list, description="regexes (without spaces) for a table row that heads a group of measures, not a measure")
    number_columns: list[str] = Field(default_factory=list, description="headers of a column holding the measures' numbers (matched without spaces, whole)")
    other_columns: list[str] = Field(default_factory=list, description="headers of columns that name no element, such as remarks or budget (matched without spaces, at the start)")
    note_words: list[str] = Field(default_factory=list, description="words that open a note (\"หมายเหตุ\"): a note's label (\"หมายเหตุ การติดตามผล: …\") is read without them")
    part_words: list[str] = Field(default_factory=list, description="words that number a part of a document (\"ส่วนที่ ๑\"): a heading opening with one is a section, not the title")
    signature_words: list[str] = Field(default_factory=list, description="labels that open a signature (\"ลงชื่อ\", \"ผู้รายงาน\"): a row opening with one under a table is the signer, not a measure")
    every_measure_words: list[str] = Field(default_factory=list, description="words that speak of every measure (\"ทุกมาตรการ\"): a sentence with one states what it says (how the work is followed up) for them all")
    period_columns: list[str] = Field(default_factory=list, description="regexes (without spaces, whole) for a column header naming a slot of time, as a quarter (\"Q1\", \"ไตรมาส ๒\"): ticks under it lay out the period")
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


class Item(Strict):
    """An OIT item of the assessment: its number that year and its title in the manual."""

    code: str = Field(description="the item's number that year, e.g. 'o25'")
    title: str = Field(description="the item's title as the manual words it")
    reference: Reference


class Pack(Strict):
    id: str
    assessment_year: int
    title: Text
    extends: Optional[str] = Field(None, description="a pack folder whose vocabulary this one starts from")
    expected_fiscal_year: dict[Kind, int] = Field(default_factory=dict, description="the fiscal year a document of each kind submitted in this assessment covers")
    items: dict[Kind, Item] = Field(default_factory=dict, description="the OIT item each kind is submitted under this year")
    grading: Optional[Text] = Field(None, description="the grading scale in force this year, in words (the figures are in vocabulary `score.scales`)")
    provisional: Optional[Text] = Field(None, description="set while this year's manual is not published: what the pack assumes; said in every output")
    reference: Optional[Reference] = None
    vocabulary: dict = Field(default_factory=dict, description="keys of `Vocabulary`; replaces the extended pack's key")


class CommonVocabulary(Strict):
    id: str
    vocabulary: dict
