"""Extract: Document -> Report.

What kind of report it is, the fiscal year and agency its title declares, every
measure with the text taken as each of its elements, the analysis sections, and
the score figures it states. What counts as which element is the rule pack's
vocabulary; this package only knows the shapes reports come in.
"""

from __future__ import annotations

import re

from ita_lint.engine.loader import LoadedPack
from ita_lint.extract.card_tables import cards_as_text, side_by_side
from ita_lint.extract.cues import apply_cues, document_elements, plan_wide_elements, referenced_elements, table_elements
from ita_lint.extract.flattened import flattened_measures
from ita_lint.extract.labelled import measures_from_labels
from ita_lint.extract.layout import lay_out, preview, with_title_rows
from ita_lint.extract.lexicon import Lexicon, lexicon_for
from ita_lint.extract.numbering import Gap, sequence_problems
from ita_lint.extract.parts import other_parts
from ita_lint.extract.scores import find_scores
from ita_lint.extract.sections import find_sections
from ita_lint.extract.tables import measures_of, short_title
from ita_lint.extract.title import read_title
from ita_lint.model import Block, Document, Location, Measure, Note, Report, Section
from ita_lint.thai import compact

__all__ = ["extract"]


# the place before a "label :" inside a line of text
_LABEL_INSIDE = re.compile(r"\s+(?=[^\s:：]{2,30}\s*[:：]\s)")


def extract(document: Document, pack: LoadedPack) -> Report:
    lex = lexicon_for(pack.vocabulary, pack.calendar)
    blocks = cards_as_text(document.blocks, lex)
    info = read_title(with_title_rows(blocks, lex), lex)
    declared = document.meta
    kind_source = "title" if info.kind != "unknown" else "none"
    if declared.get("kind"):
        info.kind, kind_source = declared["kind"], "declared"
    if declared.get("fiscal_year"):
        info.fiscal_year, info.fiscal_year_source = declared["fiscal_year"], "title"
    if declared.get("agency"):
        info.agency = declared["agency"]
    # the kind decides a few words: an expected result is a measure's planned outcome
    lex = lexicon_for(pack.vocabulary, pack.calendar, info.kind)
    layout = lay_out(blocks, lex)
    others = other_parts(blocks, layout, info.kind, info.fiscal_year, lex)
    for bi, table in layout.measure_tables:
        if bi in others:
            table.view.role = "other-part"
    kept = [(bi, table) for bi, table in layout.measure_tables if bi not in others]
    runs: list[list[Measure]] = [measures_of(table, lex) for _, table in kept]
    found = [(bi, m) for (bi, _), run in zip(kept, runs) for m in run]
    flat = flattened_measures(blocks, lex, set(layout.furniture) | layout.row_paragraphs)
    prose = measures_from_labels(blocks, lex, set(layout.furniture) | layout.row_paragraphs | layout.detail_parts
                                 | flat.used_blocks,
                                 layout.label_tables, layout.details,
                                 [bi for bi, _ in kept] + sorted(layout.card_tables))
    for k in _summaries(kept, runs, [m for _, m in prose.measures]):
        # a table that lists again the measures written out above: no measures of its own
        found = [(bi, m) for bi, m in found if m not in runs[k]]
        runs[k] = []
    runs.append([m for _, m in prose.measures])
    runs.append([m for _, m in flat.measures])
    found += prose.measures + flat.measures
    found.sort(key=lambda t: t[0])  # document order; sort is stable within a block
    measures = [m for _, m in found]
    if info.kind == "unknown" and measures:
        info.kind = _kind_from_content(measures, lex)
        kind_source = "content" if info.kind != "unknown" else "none"
    outside = set(layout.furniture) | layout.row_paragraphs | prose.used_blocks | flat.used_blocks
    # text typed under a table, in its cells, is the document's too: each "label : …" in it
    # a part of its own ("หมายเหตุ ช่องที่ระบายสี … การติดตามผล : ฝ่ายบริหาร…")
    below = [Block("paragraph", part.strip(), row.location)
             for _, table in layout.measure_tables for row in table.below for c in row.cells
             for part in _LABEL_INSIDE.split(c.text) if part.strip()]
    stated_once = document_elements(blocks + below + prose.general, lex, outside)
    for element, value in plan_wide_elements(measures, lex).items():
        stated_once.setdefault(element, value)
    for (bi, table), run in zip(kept, runs):
        # each part of the table takes what is stated right above it, for its own measures
        starts = [(bi, 0)] + table.later_parts
        for (part, first), (_, end) in zip(starts, starts[1:] + [(None, len(run))]):
            for element, value in table_elements(blocks, part, lex, outside).items():
                for measure in run[first:end]:
                    measure.elements.setdefault(element, value)
    for i, measure in enumerate(measures, 1):
        measure.index = i
        apply_cues(measure, lex)
        for element, value in stated_once.items():
            measure.elements.setdefault(element, value)
    referenced_elements(blocks, lex, outside, measures)
    notes = list(document.notes) + layout.notes + list(others.values()) + flat.notes + [n for run in runs for n in _numbering_notes(run)]
    notes += _numbering_start(measures) + side_by_side(blocks, lex) + _worded_unread([b for bi, b in enumerate(blocks) if bi not in layout.furniture], measures, lex)
    figures, rows, bands = find_scores(blocks, lex, info.fiscal_year)
    return Report(
        document=document,
        kind=info.kind,
        title=info.title,
        title_location=info.location,
        fiscal_year=info.fiscal_year,
        fiscal_year_source=info.fiscal_year_source,  # type: ignore[arg-type]
        agency=info.agency,
        measures=measures,
        sections={**find_sections(blocks, lex),
                  **{sid: Section(sid, text, Location(line=line)) for sid, (text, line) in declared.get("sections", {}).items()}},
        score_figures=figures,
        score_rows=rows,
        bands=bands,
        tables=layout.tables,
        items=prose.items + flat.items,
        notes=notes,
        kind_source=kind_source,  # type: ignore[arg-type]
    )


def _summaries(kept: list, runs: list[list[Measure]], written: list[Measure]) -> list[int]:
    """The tables (their places in `kept`) that sum up measures written out above them: two
    rows or more, each with the number and title of one written measure ("สรุปมาตรการ
    (สำหรับแนบท้ายประกาศ)" under the measures). Their rows continue those measures, and
    what they state fills what the written measure left out."""
    by_number = {m.number: m for m in written if m.number}
    out = []
    for k, ((_, table), run) in enumerate(zip(kept, runs)):
        pairs = [(m, by_number.get(m.number)) for m in run]
        if len(run) < MIN_SUMMARY_ROWS or any(w is None or not _same_title(m.title, w.title) for m, w in pairs):
            continue
        for (m, w), placed in zip(pairs, table.placed):
            for element, value in m.elements.items():
                w.elements.setdefault(element, value)  # type: ignore[union-attr]
            w.texts.extend(m.texts)  # type: ignore[union-attr]
            for p in placed:
                p.fate, p.reason, p.measure = "continuation", "summary-row", w
        out.append(k)
    return out


# A table sums up the measures above it with this many rows or more.
MIN_SUMMARY_ROWS = 2


def _same_title(a: str, b: str) -> bool:
    ca, cb = compact(a).rstrip("…"), compact(b).rstrip("…")
    n = min(len(ca), len(cb), SAME_TITLE_CHARS)
    return n > 0 and ca[:n] == cb[:n]


# Two titles that agree on this many letters from their start name one measure.
SAME_TITLE_CHARS = 30


def _kind_from_content(measures: list[Measure], lex: Lexicon) -> str:
    """The kind the measures' own elements show, for a title that names none."""
    stated = {e for m in measures for e in m.elements}
    return next((rule.kind for rule in lex.vocabulary.kind_from_columns if stated & set(rule.any)), "unknown")


def _numbering_start(measures: list[Measure]) -> list[Note]:
    """The document's first measure is numbered 2 or 3 and none is numbered 1: the first
    may be lost (a part of a table the tool could not read), or left out."""
    first = measures[0].number if measures else None
    if first not in ("2", "3") or any(m.number == "1" for m in measures):
        return []
    return [Note("numbering-start", measures[0].location, {
        "missing": ", ".join(str(k) for k in range(1, int(first))), "number": measures[0].label})]


def _worded_unread(blocks: list[Block], measures: list[Measure], lex: Lexicon) -> list[Note]:
    """A note for each line outside tables numbered as a measure ("มาตรการที่ 2 …") whose
    title no measure read bears: the surest sign of a measure lost in a form the tool
    could not place."""
    names = [m.title for m in measures] + [m.elements["measure"].text for m in measures if m.has("measure")]
    notes = []
    for block in blocks:
        if block.type == "table":
            continue
        for text, location in block.located_lines():
            if not lex.numbering.worded(text) or not lex.numbering.named_rest(text):
                continue  # (numbers alone, "มาตรการที่ 3 มาตรการที่ 4": cards' headers, said elsewhere)
            if not any(_same_title(short_title(text, lex), name) for name in names):
                notes.append(Note("measure-unread", location, {"text": preview(text)}))
    return notes


def _numbering_notes(run: list[Measure]) -> list[Note]:
    """Numbers that skip or repeat within one table or list of measures."""
    notes = []
    for problem in sequence_problems([m.number for m in run]):
        measure = run[problem.position]
        if isinstance(problem, Gap):
            notes.append(Note("numbering-gap", measure.location, {
                "after": problem.after, "missing": ", ".join(problem.missing), "number": measure.label}))
        else:
            notes.append(Note("numbering-repeat", measure.location, {"number": problem.number}))
    return notes
