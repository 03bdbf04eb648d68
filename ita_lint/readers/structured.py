"""YAML and JSON reports: fields that map straight onto kinds, measures and elements.

    kind: results
    title: รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
    fiscal_year: 2568
    agency: องค์การบริหารส่วนตำบลหนองบัว
    measures:
      - measure: เผยแพร่แผนการใช้จ่ายงบประมาณ
        responsible: กองคลัง
        period: ต.ค. ๖๗ – ก.ย. ๖๘
        output: [เผยแพร่บนเว็บไซต์, ติดประกาศ]
        status: ดำเนินการแล้วเสร็จ
        outcome: บุคลากรรับทราบแผน

The file becomes the same Document a text report would: a title, the analysis
sections as headings, and one measures table whose columns are named by the
element ids — so every rule reads it as it reads any other report. A missing or
empty field is a missing element (a finding), not a schema error; a field of the
wrong shape is a schema error naming its path (`measures[3].responsible`) and line.
`ita-lint schema report` prints the JSON Schema.
"""

from __future__ import annotations

import json
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ita_lint.model import Block, Cell, Checkbox, Document, Location, Row
from ita_lint.readers import ReadError, ReadOptions
from ita_lint.readers.decode import decode_text
from ita_lint.thai import normalize

Text = Union[str, list[str], None]
SCHEMA_ID = "ita-lint/structured-report/v1"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StructuredMeasure(_Strict):
    measure: Text = Field(None, description="the measure or activity")
    steps: Text = Field(None, description="steps or methods")
    responsible: Text = Field(None, description="responsible unit or person")
    period: Text = Field(None, description="period, e.g. 'ต.ค. ๖๗ – ก.ย. ๖๘'")
    monitoring: Text = Field(None, description="how it is monitored and reported")
    output: Text = Field(None, description="what was done (results reports)")
    status: Optional[str] = Field(None, description="the ticked status, if the output is given as one")
    outcome: Text = Field(None, description="the outcome or success (results reports)")


class StructuredAnalysis(_Strict):
    weaknesses: Text = Field(None, description="weaknesses to fix urgently")
    improvements: Text = Field(None, description="issues to improve")


class StructuredReport(_Strict):
    schema_: Optional[str] = Field(None, alias="schema", description=f"'{SCHEMA_ID}'")
    kind: Optional[Literal["measures", "results", "plan"]] = None
    title: str = Field(description="the report's title, as published")
    fiscal_year: Optional[int] = Field(None, description="the fiscal year (BE) the report declares")
    agency: Optional[str] = None
    analysis: Optional[StructuredAnalysis] = None
    measures: list[StructuredMeasure] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


def json_schema() -> dict:
    schema = StructuredReport.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    return schema


# The columns of the table the report becomes: element ids, which the rule pack's
# vocabulary knows as synonyms ("measure", "responsible", …).
_COLUMNS = ("measure", "steps", "responsible", "period", "monitoring", "output", "outcome")


def read(path: str, data: bytes, fmt: str, options: ReadOptions) -> Document:
    text = decode_text(data)
    raw, lines = _load(text, fmt)
    if not isinstance(raw, dict):
        raise ReadError("a structured report is a mapping with at least 'title' and 'measures'")
    try:
        report = StructuredReport.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = _path(err["loc"])
        line = lines.get(tuple(err["loc"][:2])) or lines.get(tuple(err["loc"][:1]))
        if err["type"].endswith("_type") and isinstance(err.get("input"), (dict, list)):
            err["msg"] = "must be text or a list of texts" if err["loc"][-1] != "title" else "must be text"
        at = f"line {line}: " if line else ""
        raise ReadError(f"{at}{where}: {err['msg']}") from None
    from ita_lint.waivers import from_yaml

    waivers = from_yaml(text) if fmt == "yaml" else []  # JSON has no comments
    return Document(path=path, format=fmt, blocks=_blocks(report, lines), meta=_meta(report, lines),  # type: ignore[arg-type]
                    waivers=waivers)


def _fields() -> set[str]:
    names: set[str] = set()
    for model in (StructuredReport, StructuredMeasure, StructuredAnalysis):
        for name, f in model.model_fields.items():
            names.update({name, f.alias or name})
    return names


def _path(loc) -> str:
    """`measures[3].responsible`: pydantic's location without the union branch it tried."""
    fields = _fields()
    out = ""
    previous = None
    for part in loc:
        if isinstance(part, str) and previous in fields:
            break  # a union branch ("str", "list[str]") pydantic names after the field
        previous = part
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _load(text: str, fmt: str) -> tuple[object, dict]:
    """The data and the line of each top-level key and of each measure (for locations)."""
    import yaml

    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        if fmt == "json":
            try:
                return json.loads(text), {}
            except json.JSONDecodeError as jexc:
                raise ReadError(f"invalid JSON at line {jexc.lineno}: {jexc.msg}") from None
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReadError(f"invalid YAML{f' at line {mark.line + 1}' if mark else ''}: {problem}") from None
    lines: dict = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            lines[(key.value,)] = key.start_mark.line + 1
            if key.value == "measures" and isinstance(value, yaml.SequenceNode):
                for i, item in enumerate(value.value):
                    lines[("measures", i)] = item.start_mark.line + 1
    return data, lines


def _text(value: Text) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(f"- {normalize(str(v)).strip()}" for v in value if str(v).strip())
    return normalize(str(value)).strip()


def _meta(report: StructuredReport, lines: dict) -> dict:
    meta = {k: v for k, v in {"kind": report.kind, "fiscal_year": report.fiscal_year,
                              "agency": report.agency}.items() if v is not None}
    if report.analysis:
        meta["sections"] = {name: (_text(getattr(report.analysis, name)), lines.get(("analysis",)))
                            for name in ("weaknesses", "improvements") if _text(getattr(report.analysis, name))}
    return meta


def _blocks(report: StructuredReport, lines: dict) -> list[Block]:
    at = lambda *key: Location(line=lines.get(key))  # noqa: E731
    blocks = [Block("heading", normalize(report.title), at("title"), level=1)]
    if report.agency:
        blocks.append(Block("paragraph", normalize(report.agency), at("agency")))
    if report.analysis:
        for name in ("weaknesses", "improvements"):
            value = _text(getattr(report.analysis, name))
            if value:
                blocks.append(Block("paragraph", value, at("analysis")))
    if report.measures:
        # a leading "#" column keeps a measure with no `measure` field from reading as a
        # continuation row of the one before
        rows = [Row([Cell("#")] + [Cell(c) for c in _COLUMNS], at("measures"))]
        for i, m in enumerate(report.measures):
            cells = [Cell(str(i + 1))]
            for column in _COLUMNS:
                value = _text(getattr(m, column))
                boxes: list[Checkbox] = []
                if column == "output" and m.status:
                    status = normalize(m.status).strip()
                    boxes = [Checkbox(status, True)]
                    value = "\n".join(filter(None, (value, f"☑ {status}")))
                cells.append(Cell(value, boxes))
            rows.append(Row(cells, at("measures", i)))
        blocks.append(Block("table", location=at("measures"), rows=rows))
    return blocks
