"""The terminal view: per report, what was recognised, the score, a measures × elements
table, and every finding with where it is and what to add."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ita_lint.model import ELEMENTS, DocumentResult, RunResult
from ita_lint.output.labels import LABELS

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_ICON = {"error": "✗", "warning": "!", "info": "i"}


def render(run: RunResult, lang: str = "th", color: bool = False, width: int = 160, quiet: bool = False) -> str:
    """`quiet` (--quiet): each finding under its file's path, and nothing else."""
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=color, no_color=not color, width=width, highlight=False,
                      legacy_windows=False)
    words = LABELS[lang]
    if quiet:
        for result in run.documents:
            if result.findings:
                console.print(Text(result.report.document.path, style="bold underline"))
            for f in result.findings:
                _finding(console, f, words)
        for error in run.errors:
            _input_error(console, error, words)
        return buf.getvalue()
    for result in run.documents:
        _document(console, result, words)
    for trace in getattr(run, "traceability", []):
        _traceability(console, trace, lang)
    for error in run.errors:
        _input_error(console, error, words)
    if len(run.documents) + len(run.errors) > 1 or run.errors:
        findings = [f for r in run.documents for f in r.findings]
        passed = sum(1 for r in run.documents if r.passed)
        console.print(words["summary"].format(
            documents=len(run.documents) + len(run.errors), passed=passed, failed=len(run.documents) - passed,
            unreadable=len(run.errors), errors=sum(1 for f in findings if f.severity == "error"),
            warnings=sum(1 for f in findings if f.severity == "warning"),
            score="-" if run.score is None else f"{run.score:.1f}"))
    return buf.getvalue()


def _document(console: Console, result: DocumentResult, words: dict) -> None:
    report = result.report
    verdict = Text(words["passed"] if result.passed else words["failed"],
                   style="bold green" if result.passed else "bold red")
    console.print(Text.assemble((report.document.path, "bold underline"), "  ", verdict,
                                f"  {words['score']} {result.score:.1f}/100"))
    fy = str(report.fiscal_year) if report.fiscal_year else words["unknown"]
    if report.fiscal_year_source == "body":
        fy += " " + words["from_body"]
    console.print(f"  {words['kind']}: {words['kinds'].get(report.kind, report.kind)} | "
                  f"{words['fiscal_year']}: {fy} | {words['agency']}: {report.agency or words['unknown']}")
    year = result.rulepack.removeprefix("ita-")
    why = f" ({result.rulepack_reason})" if result.rulepack_reason else ""
    console.print(f"  {words['rulepack']}: ITA {year}{why}")
    if report.measures:
        table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, padding=(0, 1))
        table.add_column("#", justify="right")
        table.add_column(words["measures"], overflow="ellipsis", no_wrap=True, max_width=44)
        for e in ELEMENTS:
            table.add_column(words["elements"][e], justify="center")
        for m in report.measures:
            cells = []
            for e in ELEMENTS:
                if m.has(e):
                    cells.append(Text("✓", style="green"))
                elif e in result.required:
                    cells.append(Text("✗", style="bold red"))
                else:
                    cells.append(Text("·", style="dim"))
            table.add_row(str(m.index), m.title, *cells)
        console.print(table)
        console.print(Text("  " + words["legend"], style="dim"))
    else:
        console.print(Text(f"  {words['no_measures']}", style="bold red"))
    if not result.findings:
        console.print(Text(f"  {words['no_findings']}", style="green"))
    for f in result.findings:
        _finding(console, f, words)
    console.print()


def _finding(console: Console, f, words: dict) -> None:
    where = f.location.describe("en" if words is LABELS["en"] else "th")
    console.print(Text.assemble(
        ("  " + _ICON[f.severity] + " ", _STYLE[f.severity]),
        (f"{words[f.severity]} ", _STYLE[f.severity]),
        (f"[{f.rule}] ", "dim"),
        (f"{where}: " if where else "", "bold"),
        f.message,
    ))
    if f.fix:
        console.print(Text(f"      → {words['fix']}: {f.fix}", style="dim"))


def _input_error(console: Console, error, words: dict) -> None:
    console.print(Text.assemble((f"{error.path}: ", "bold"), (f"{words['input_error']}: {error.message}", "bold red")))


def _traceability(console: Console, trace, lang: str) -> None:
    """A measures document and its results report: each declared measure beside its result, then
    the results that match no declared measure."""
    from ita_lint.output.labels import TRACE_LABELS

    words = TRACE_LABELS["en" if lang == "en" else "th"]
    agency = f", {trace.agency}" if trace.agency else ""
    console.print(Text(words["title"].format(measures=trace.measures, results=trace.results, fy=trace.fiscal_year,
                                             agency=agency), style="bold"))
    table = Table(show_header=True, header_style="bold", box=None, pad_edge=False, padding=(0, 1))
    table.add_column("#", justify="right")
    table.add_column(words["measure"], overflow="ellipsis", no_wrap=True, max_width=60)
    table.add_column("#", justify="right")
    table.add_column(words["result"], overflow="ellipsis", no_wrap=True, max_width=60)
    table.add_column(words["score"], justify="right")
    rows = [(p.measure, p, None) for p in trace.pairs] + [(u.ref, None, u) for u in trace.unmatched_measures]
    for ref, pair, unmatched in sorted(rows, key=lambda r: r[0].index):
        if pair is not None:
            table.add_row(ref.label, ref.title, pair.result.label, pair.result.title, f"{pair.score:.0f}%")
        else:
            near = words["nearest"].format(score=f"{unmatched.score:.0f}") if unmatched.nearest else ""
            table.add_row(ref.label, ref.title, "", Text(words["unreported"], style="bold red"), Text(near, style="dim"))
    for u in trace.unmatched_results:
        near = words["nearest"].format(score=f"{u.score:.0f}") if u.nearest else ""
        table.add_row("", Text(words["undeclared"], style="yellow"), u.ref.label, u.ref.title, Text(near, style="dim"))
    console.print(table)
    console.print(Text("  " + words["legend"].format(threshold=f"{trace.threshold:.0f}"), style="dim"))
    console.print()
