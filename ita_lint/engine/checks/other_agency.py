"""`other-agency`: the body speaks of another agency of its own kind as the one acting (a warning).

A report copied from another agency's keeps its name: "องค์การบริหารส่วนตำบลป่าแดงได้
ดำเนินการ…" or "ประกาศองค์การบริหารส่วนตำบลป่าแดง เรื่อง…" in the report of
องค์การบริหารส่วนตำบลหนองบัว. The report's agency (`Report.agency`, from its title) is
matched against the rule's `agencies`; only names of that same kind are compared, so a
district office or the provincial office that supervises it is never taken for the
reporting agency. A name counts only where a report names itself as the one acting or
owning: after an `actor_before` word ("ประกาศ", "นายก", "ปลัด", "ของ"), or followed by an
`actor_after` word ("ได้", "จึง"), and not shortly after an `exempt_before` word
("ร่วมกับ", "ดูงาน"). A name follows its kind's word directly, as written: "นายก อบต.
ทุกเดือน" uses the word alone. What follows the kind's word used alone ("นายกองค์การบริหารส่วน
ตำบลลงนาม…") is no name: the rule's `not_names`. Thai runs a name into the next word, so
two names are the same when one starts with the other. One finding per other name, where
it first stands so.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from ita_lint.engine.checks import Check, Hit
from ita_lint.model import Location, Report
from ita_lint.thai import compact, squash

# the shortest name compared, and how far before a name an exemption is looked for
MIN_NAME = 2
EXEMPT_WINDOW = 30
# how much of the name's line a message quotes, after the name
QUOTE_AFTER = 20


class OtherAgencyCheck(Check):
    def __init__(self, rule, pack):
        super().__init__(rule, pack)
        self.kinds = [[re.compile(p) for p in kind.patterns] for kind in rule.agencies]
        self.before = [re.compile(p) for p in rule.actor_before]
        self.after = [re.compile(p) for p in rule.actor_after]
        self.exempt = [re.compile(p) for p in rule.exempt_before]
        self.not_names = [re.compile(p) for p in rule.not_names]

    def run(self, report: Report) -> list[Hit]:
        own = self._own(report.agency)
        if own is None:
            return []
        kind, own_name = own
        measure_at = {loc: m.index for m in report.measures for _e, _t, loc in m.texts}
        found: dict[str, Hit] = {}
        counts: dict[str, int] = {}
        for text, location in _body(report):
            for name, quote in self._actors(text, kind):
                if _same(name, own_name):
                    continue
                key = next((k for k in found if _same(k, name)), name)
                counts[key] = counts.get(key, 0) + 1
                if key not in found:
                    measure = measure_at.get(location)
                    label = next((m.label for m in report.measures if m.index == measure), None)
                    where = ({"th": f"มาตรการที่ {label}", "en": f"Measure {label}"} if label
                             else {"th": "เนื้อหา", "en": "Text"})
                    found[key] = Hit(location, measure, None, None,
                                     {"found": quote, "agency": report.agency, "where": where})
        hits = []
        for key, hit in found.items():
            hit.params["count"] = counts[key]
            hit.params["others"] = counts[key] - 1
            hit.case = "repeated" if counts[key] > 1 else None
            hits.append(hit)
        return hits

    def _own(self, agency: Optional[str]) -> Optional[tuple[int, str]]:
        """The kind (index into `agencies`) and the name of the report's agency."""
        if not agency:
            return None
        c = compact(agency)
        for k, patterns in enumerate(self.kinds):
            for p in patterns:
                for m in p.finditer(c):
                    if len(m.group("name")) >= MIN_NAME and not any(n.match(c, m.start("name")) for n in self.not_names):
                        return k, m.group("name")
        return None

    def _actors(self, line: str, kind: int) -> Iterator[tuple[str, str]]:
        """(name, quote) of each name of `kind` in a line that stands as the actor.

        Names are found in the text as written, so a kind's word followed by a space
        ("นายก อบต. ทุกเดือน") is the word used alone, not a name; the words around a
        name are read `compact`, as the pack's patterns are written.
        """
        text = squash(line)
        for p in self.kinds[kind]:
            for m in p.finditer(text):
                run, start = m.group("name"), m.start("name")
                rest = compact(text[start:])
                if any(n.match(rest) for n in self.not_names):
                    continue  # the kind's word alone, then a verb: no name
                before = compact(text[: m.start()])
                if any(e.search(before[-EXEMPT_WINDOW:]) for e in self.exempt):
                    continue
                # the name ends where a word that makes it the subject begins
                cut = next((i for i in range(MIN_NAME, len(run) + 1)
                            if any(a.match(rest, i) for a in self.after)), None)
                if cut is not None:
                    name = run[:cut]
                elif any(b.search(before) for b in self.before):
                    name = run
                else:
                    continue
                if len(name) >= MIN_NAME:
                    end = start + len(name) + QUOTE_AFTER
                    yield name, text[m.start(): end].rstrip() + ("…" if end < len(text) else "")


def _same(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _body(report: Report) -> Iterator[tuple[str, Location]]:
    """Every line of text and every table cell, with where it is."""
    for block in report.document.blocks:
        if block.type == "table":
            for row in block.rows:
                for cell in row.cells:
                    if cell.span != "left":
                        for line in cell.text.split("\n"):
                            if line.strip():
                                yield line, row.location
            continue
        for line, loc in block.located_lines():
            if line.strip():
                yield line, loc


CHECK = OtherAgencyCheck
