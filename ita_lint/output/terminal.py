"""The terminal view: per report, what was recognised, the score, a measures × elements
table, and every finding with where it is and what to add.

It fits the window: the width is rich's own (the terminal's, or COLUMNS); when the
measures × elements table does not fit, each measure becomes a short block saying what it
lacks. Long lines are folded by ita_lint.wrap, never inside a Thai syllable.
"""

from __future__ import annotations

import io
import os
from typing import Optional

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ita_lint.i18n import say
from ita_lint.model import ELEMENTS, DocumentResult, RunResult
from ita_lint.output.labels import LABELS
from ita_lint.wrap import breakable, cell_width, wrap

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_ICON = {"error": "✗", "warning": "!", "info": "i"}
_TITLE_MIN = 16  # the narrowest measure column worth a table
_TITLE_MAX = 44
PIPE_WIDTH = 160


def wants_color(flag: Optional[bool], stream) -> bool:
    """--color/--no-color when given; else NO_COLOR (any value) turns colour off, FORCE_COLOR
    (any value) on, and otherwise colour is used when `stream` is a terminal."""
    if flag is not None:
        return flag
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def width_for(stream) -> Optional[int]:
    """The width to render for `stream`: rich's detection (the terminal's width, or COLUMNS) on a
    terminal or when COLUMNS is set; else PIPE_WIDTH, so a piped report keeps its lines whole
    for grep and scripts, as before."""
    if os.environ.get("COLUMNS", "").isdigit() or getattr(stream, "isatty", lambda: False)():
        return None
    return PIPE_WIDTH


def render(run: RunResult, lang: str = "th", color: bool = False, width: Optional[int] = None,
           quiet: bool = False) -> str:
    """The report as text `width` cells wide (default: rich's detection — the terminal's
    width, COLUMNS, or 80). `quiet` (--quiet): each finding under its file's path, and nothing else."""
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False,
                      legacy_windows=False, color_system="standard" if color else None)
    words = LABELS["en" if lang == "en" else "th"]
    if quiet:
        for result in run.documents:
            if result.findings:
                _say(console, result.report.document.path, "", "  ", style="bold underline")
            for f in result.findings:
                _finding(console, f, words, lang)
        for error in run.errors:
            _input_error(console, error, words, lang)
        return buf.getvalue()
    for result in run.documents:
        _document(console, result, words, lang)
    for trace in getattr(run, "traceability", []):
        _traceability(console, trace, lang)
    for error in run.errors:
        _input_error(console, error, words, lang)
    if len(run.documents) + len(run.errors) > 1 or run.errors:
        findings = [f for r in run.documents for f in r.findings]
        passed = sum(1 for r in run.documents if r.passed)
        _say(console, words["summary"].format(
            documents=len(run.documents) + len(run.errors), passed=passed, failed=len(run.documents) - passed,
            unreadable=len(run.errors), errors=sum(1 for f in findings if f.severity == "error"),
            warnings=sum(1 for f in findings if f.severity == "warning"),
            score="-" if run.score is None else f"{run.score:.1f}"), "", "  ")
    return buf.getvalue()


def _say(console: Console, text: str, indent: str, subsequent: str, styles=(), style: str = "") -> None:
    """`text` folded to the console's width; `styles` are (start, end, style) spans of its
    first line (a line's lead-in: icon, severity, rule, place)."""
    for n, line in enumerate(wrap(text, console.width, indent, subsequent)):
        out = Text(line, style=style)
        if n == 0:
            for start, end, span_style in styles:
                out.stylize(span_style, len(indent) + start, len(line) if end is None else len(indent) + end)
        console.print(out, no_wrap=True, overflow="ignore", crop=False)


def truncate(text: str, width: int) -> str:
    """`text` cut to `width` cells with "…", at a point that splits no Thai syllable."""
    text = " ".join(text.split())
    if cell_width(text) <= width:
        return text
    cut = 0
    for i in range(1, len(text) + 1):
        if cell_width(text[:i]) > width - 1:
            break
        if breakable(text, i):
            cut = i
    return text[:cut].rstrip() + "…"


def _document(console: Console, result: DocumentResult, words: dict, lang: str) -> None:
    report = result.report
    path = report.document.path
    verdict = words["passed"] if result.passed else words["failed"]
    head = f"{path}  {verdict}  {words['score']} {result.score:.1f}/100"
    _say(console, head, "", "  ", [(0, len(path), "bold underline"),
                                   (len(path) + 2, len(path) + 2 + len(verdict),
                                    "bold green" if result.passed else "bold red")])
    fy = str(report.fiscal_year) if report.fiscal_year else words["unknown"]
    if report.fiscal_year_source == "body":
        fy += " " + words["from_body"]
    _say(console, f"{words['kind']}: {words['kinds'].get(report.kind, report.kind)} | "
                  f"{words['fiscal_year']}: {fy} | {words['agency']}: {report.agency or words['unknown']}", "  ", "    ")
    pack = words["pack_name"].format(year=result.rulepack.removeprefix("ita-"))
    why = f" ({result.rulepack_reason})" if result.rulepack_reason else ""
    _say(console, f"{words['rulepack']}: {pack}{why}", "  ", "    ")
    if report.measures:
        table = _matrix(console, result, words)
        if table is not None:
            console.print(table)
            _say(console, words["legend"], "  ", "  ", style="dim")
        else:
            _blocks(console, result, words)
    else:
        _say(console, words["no_measures"], "  ", "  ", style="bold red")
    if not result.findings:
        _say(console, words["no_findings"], "  ", "  ", style="green")
    for f in result.findings:
        _finding(console, f, words, lang)
    console.print()


def _finding(console: Console, f, words: dict, lang: str) -> None:
    where = f.location.describe("en" if lang == "en" else "th") or words["whole_document"]
    lead = [(_ICON[f.severity] + " " + words[f.severity] + " ", _STYLE[f.severity]), (f"[{f.rule}] ", "dim"),
            (f"{where}: ", "bold")]
    spans, at = [], 0
    for piece, style in lead:
        spans.append((at, at + len(piece), style))
        at += len(piece)
    _say(console, "".join(p for p, _ in lead) + f.message, "  ", "      ", spans)
    if f.fix:
        _say(console, f"→ {words['fix']}: {f.fix}", "      ", "        ", style="dim")


def _input_error(console: Console, error, words: dict, lang: str) -> None:
    _say(console, f"{error.path}: {words['input_error']}: {say(error.message, lang)}", "", "    ",
         [(0, len(error.path) + 1, "bold"), (len(error.path) + 1, None, "bold red")])


def _matrix(console: Console, result: DocumentResult, words: dict) -> Optional[Table]:
    """The measures × elements table, or None when it does not fit the console's width."""
    from rich.measure import Measurement

    for room in (_TITLE_MAX, 32, 24, _TITLE_MIN):
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, padding=(0, 1))
        table.add_column("#", justify="right", no_wrap=True)
        table.add_column(words["measures"], no_wrap=True, overflow="ignore")
        for e in ELEMENTS:
            table.add_column(words["elements"][e], justify="center", no_wrap=True)
        for m in result.report.measures:
            table.add_row(str(m.index), truncate(m.title, room), *(_mark(m, e, result) for e in ELEMENTS))
        if Measurement.get(console, console.options.update_width(10_000), table).maximum <= console.width:
            return table
    return None


def _mark(measure, element: str, result: DocumentResult) -> Text:
    if measure.has(element):
        return Text("✓", style="green")
    if element in result.required:
        return Text("✗", style="bold red")
    return Text("·", style="dim")


def _blocks(console: Console, result: DocumentResult, words: dict) -> None:
    """The narrow form of the table: each measure, then what it lacks."""
    for m in result.report.measures:
        missing = [words["elements"][e] for e in ELEMENTS if not m.has(e) and e in result.required]
        name = words["measure_no"].format(label=m.index)
        _say(console, f"{name} {m.title}", "  ", "    ", [(0, len(name), "bold")])
        if missing:
            _say(console, f"{words['missing']}: {', '.join(missing)}", "    ", "      ", style="bold red")
        else:
            _say(console, words["complete"], "    ", "      ", style="green")


def _traceability(console: Console, trace, lang: str) -> None:
    """A measures document and its results report: each declared measure beside its result, then
    the results that match no declared measure."""
    from ita_lint.output.labels import TRACE_LABELS

    words = TRACE_LABELS["en" if lang == "en" else "th"]
    agency = f", {trace.agency}" if trace.agency else ""
    _say(console, words["title"].format(measures=trace.measures, results=trace.results, fy=trace.fiscal_year,
                                        agency=agency), "", "  ", style="bold")
    # two title columns share what the numbers and the score leave
    room = max(8, min(60, (console.width - 6 - 6 - cell_width(words["score"]) - 4) // 2))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, padding=(0, 1))
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(truncate(words["measure"], room), no_wrap=True, overflow="ignore", max_width=room)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(truncate(words["result"], room), no_wrap=True, overflow="ignore", max_width=room)
    table.add_column(words["score"], justify="right", no_wrap=True)
    rows = [(p.measure, p, None) for p in trace.pairs] + [(u.ref, None, u) for u in trace.unmatched_measures]
    for ref, pair, unmatched in sorted(rows, key=lambda r: r[0].index):
        if pair is not None:
            table.add_row(ref.label, truncate(ref.title, room), pair.result.label, truncate(pair.result.title, room),
                          f"{pair.score:.0f}%")
        else:
            near = words["nearest"].format(score=f"{unmatched.score:.0f}") if unmatched.nearest else ""
            table.add_row(ref.label, truncate(ref.title, room), "",
                          Text(truncate(words["unreported"], room), style="bold red"), Text(near, style="dim"))
    for u in trace.unmatched_results:
        near = words["nearest"].format(score=f"{u.score:.0f}") if u.nearest else ""
        table.add_row("", Text(truncate(words["undeclared"], room), style="yellow"), u.ref.label,
                      truncate(u.ref.title, room), Text(near, style="dim"))
    console.print(table)
    _say(console, words["legend"].format(threshold=f"{trace.threshold:.0f}"), "  ", "  ", style="dim")
    console.print()
