"""Report templates (`ita-lint init`): a skeleton of one kind of document for one assessment
year, holding every element that year's pack requires and an instruction in each place to
fill, as Markdown, DOCX or YAML.

The words are package data (texts.yaml); the elements and sections come from the pack,
so a template always asks for what the checker checks. Instructions carry the pack's
marker (vocabulary `instruction`), which the placeholder rule reports until it is gone.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("md", "docx", "yaml")
KINDS = ("measures", "results", "plan")
_SUFFIX = {".md": "md", ".markdown": "md", ".docx": "docx", ".yaml": "yaml", ".yml": "yaml"}


class TemplateError(Exception):
    """The template cannot be made or written; the message is one line for the user."""


@dataclass
class Skeleton:
    """A template's content, whatever its format."""

    kind: str
    title: str
    fiscal_year: int
    agency: str  # an instruction
    intro: str  # an instruction
    analysis: str  # heading of the analysis (measures documents), or ""
    sections: list[tuple[str, str, str]]  # (section id, heading, instruction)
    table: str  # heading above the measures
    columns: list[tuple[str, str]]  # (element id, header)
    rows: list[list[str]]  # a row of instructions per measure, in column order
    note: str = ""  # how to use the template, for formats with comments


def texts() -> dict:
    import yaml

    return yaml.safe_load((Path(__file__).parent / "texts.yaml").read_text(encoding="utf-8"))


def format_for(path: str, given: str | None) -> str:
    if given:
        return given
    fmt = _SUFFIX.get(Path(path).suffix.lower())
    if fmt is None:
        raise TemplateError(f"{path}: cannot tell the format from the name; give --format md, docx or yaml")
    return fmt


def skeleton(kind: str, pack) -> Skeleton:
    """What a template of `kind` holds under `pack`: the elements and sections its rules require."""
    words = texts()
    marker = pack.vocabulary.instruction
    if not marker or "{text}" not in marker:
        raise TemplateError(f"rule pack {pack.id} has no vocabulary 'instruction' marker to write templates with")

    def ask(text: str) -> str:
        return marker.format(text=text)

    fy = pack.meta.expected_fiscal_year.get(kind, pack.assessment_year)
    fill = {"fiscal_year": fy, "previous": pack.assessment_year - 1}
    own = words["kinds"][kind]
    rules = [r for r in pack.rules if kind in r.kinds]
    required = {r.element for r in rules if r.type == "element"} | {"measure"}
    elements = [e for e in words["elements"] if e in required]
    sections = [(r.section, pack.vocabulary.sections[r.section].name.th, ask(words["sections"][r.section]))
                for r in rules if r.type == "section"]
    return Skeleton(
        kind=kind, title=own["title"].format(**fill), fiscal_year=fy, agency=ask(words["agency"]),
        intro=ask(own["intro"].format(**fill)), analysis=own.get("analysis", "").format(**fill) if sections else "",
        sections=sections, table=own["table"],
        columns=[(e, words["elements"][e]["header"]) for e in elements],
        rows=[[ask(words["elements"][e]["instruction"]) for e in elements] for _ in range(words["rows"])],
        note=words["note"].format(example=ask("…")))


def render(s: Skeleton, fmt: str) -> bytes:
    if fmt == "md":
        return _markdown(s).encode("utf-8")
    if fmt == "yaml":
        return _yaml(s).encode("utf-8")
    if fmt == "docx":
        from ita_lint.templates.docx import write

        return write(s)
    raise TemplateError(f"unknown template format '{fmt}' (md, docx, yaml)")


def _markdown(s: Skeleton) -> str:
    out = [f"# {s.title}", "", f"**{s.agency}**", "", s.intro, ""]
    if s.sections:
        out += [f"## {s.analysis}", ""]
        for _, heading, instruction in s.sections:
            out += [f"### {heading}", "", instruction, ""]
    out += [f"## {s.table}", "", "| " + " | ".join(h for _, h in s.columns) + " |",
            "| " + " | ".join("---" for _ in s.columns) + " |"]
    for n, row in enumerate(s.rows, 1):
        out.append("| " + " | ".join([f"{n}. {row[0]}", *row[1:]]) + " |")
    return "\n".join(out) + "\n"


def _yaml(s: Skeleton) -> str:
    import yaml

    data: dict = {"kind": s.kind, "title": s.title, "fiscal_year": s.fiscal_year, "agency": s.agency}
    if s.sections:
        data["analysis"] = {sid: instruction for sid, _, instruction in s.sections}
    data["measures"] = [{e: cell for (e, _), cell in zip(s.columns, row)} for row in s.rows]
    head = f"# {s.title}\n# {s.note}\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def write_new(path: str, data: bytes, force: bool) -> None:
    """Write `data` to `path` atomically: a reader never sees half a file, and an existing file
    is replaced only with `force` (never replaced by a race either)."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise TemplateError(f"{path}: cannot write: no such folder")
    if target.exists() and not force:
        raise TemplateError(f"{path} exists; give --force to replace it")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if force:
            os.replace(tmp, target)
        else:
            try:
                os.link(tmp, target)  # fails if the file appeared meanwhile
            except FileExistsError:
                raise TemplateError(f"{path} exists; give --force to replace it") from None
            except OSError:  # a file system without hard links
                if target.exists():
                    raise TemplateError(f"{path} exists; give --force to replace it") from None
                os.replace(tmp, target)
    except OSError as exc:
        raise TemplateError(f"{path}: cannot write: {exc.strerror or exc}") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
