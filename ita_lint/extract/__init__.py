"""Extract: Document -> Report.

What kind of report it is, the fiscal year and agency its title declares, every
measure with the text taken as each of its elements, the analysis sections, and
the score figures it states. What counts as which element is the rule pack's
vocabulary; this package only knows the shapes reports come in.
"""

from __future__ import annotations

from ita_lint.engine.loader import LoadedPack
from ita_lint.extract.labelled import measures_from_labels
from ita_lint.extract.lexicon import Lexicon, lexicon_for
from ita_lint.extract.scores import find_scores
from ita_lint.extract.sections import find_sections
from ita_lint.extract.tables import measures_from_tables
from ita_lint.extract.title import read_title
from ita_lint.model import Document, ElementValue, Location, Measure, Report, Section
from ita_lint.thai import compact

__all__ = ["extract"]


def extract(document: Document, pack: LoadedPack) -> Report:
    lex = lexicon_for(pack.vocabulary, pack.calendar)
    blocks = document.blocks
    info = read_title(blocks, lex)
    declared = document.meta
    if declared.get("kind"):
        info.kind = declared["kind"]
    if declared.get("fiscal_year"):
        info.fiscal_year, info.fiscal_year_source = declared["fiscal_year"], "title"
    if declared.get("agency"):
        info.agency = declared["agency"]
    found = measures_from_tables(blocks, lex) + measures_from_labels(blocks, lex)
    found.sort(key=lambda t: t[0])  # document order; sort is stable within a block
    measures = [m for _, m in found]
    for i, measure in enumerate(measures, 1):
        measure.index = i
        _apply_cues(measure, lex)
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
    )


def _apply_cues(measure: Measure, lex: Lexicon) -> None:
    """Elements no column or label holds, shown by their content (vocabulary `cues`)."""
    for element, patterns in lex.cues.items():
        if measure.has(element):
            continue
        for _, text, location in measure.texts:
            c = compact(text)
            m = next((m for p in patterns if (m := p.search(c))), None)
            if m:
                measure.elements[element] = ElementValue(_around(c, m.start(), m.end()), location, "cue")
                break


def _around(text: str, start: int, end: int, reach: int = 30) -> str:
    return ("…" if start > reach else "") + text[max(0, start - reach): end + reach] + ("…" if end + reach < len(text) else "")
