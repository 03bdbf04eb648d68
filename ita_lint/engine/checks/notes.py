"""`notes`: what extract could not place, said out loud.

Extract never drops content in silence: a table whose rows look like measures
but whose header names no measure column, a column whose header it does not know,
numbering that skips or repeats, pages without text — each is a `Note` on the
report. A rule of this type turns the notes whose codes it lists into findings;
its `cases` give each code's message.
"""

from __future__ import annotations

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Note, Report


class NotesCheck(Check):
    def run(self, report: Report) -> list[Hit]:
        codes = set(self.rule.codes)  # type: ignore[union-attr]
        return [Hit(note.location, case=note.code, params=self._params(note, report))
                for note in report.notes if note.code in codes]

    def _params(self, note: Note, report: Report) -> dict:
        params = dict(note.params)
        if note.code == "column-unrecognised":
            params["missing_hint"] = self._missing_hint(note, report)
        return params

    def _missing_hint(self, note: Note, report: Report) -> dict:
        """The elements this kind requires that no column of the table names: what the
        unknown column may be meant as."""
        table = next((t for t in report.tables if t.index == note.params.get("table")), None)
        named = {c.element for c in table.columns if c.element} if table else set()
        required = [r.element for r in self.pack.rules  # type: ignore[union-attr]
                    if r.type == "element" and (not r.kinds or report.kind in r.kinds)]
        missing = [e for e in required if e not in named]
        if not missing:
            return {"th": "", "en": ""}
        vocab = self.pack.vocabulary.elements
        th = " หรือ ".join(f'{vocab[e].name.th} (เช่น "{vocab[e].synonyms[0]}")' for e in missing)
        en = " or ".join(f'the {vocab[e].name.en} (e.g. "{vocab[e].synonyms[0]}")' for e in missing)
        return {"th": f"; หากคอลัมน์นี้คือ{th} ให้ตั้งหัวคอลัมน์ตามนั้น",
                "en": f"; if it holds {en}, head it so"}


CHECK = NotesCheck
