"""`--format html`: one self-contained page to look at, tap through and print.

For each document: the verdict in plain words and the score; the measures ×
elements matrix in colour, each cell opening the text found for it (a `title`
for the mouse, a <details> popover for touch and keyboard); every finding with
where it is, the words of the document there, what to do and the rule's source.
Several documents get a summary table on top linking to each.

The page needs nothing from the network: inline CSS, a Thai font stack of fonts
Windows and Linux already have, no script but a few lines that close one
popover when another opens, and a Content-Security-Policy that forbids any
fetch. Everything taken from a document is escaped. Printing keeps the colours,
fits A4 and never cuts a table row or a finding across pages.

`ita-lint serve` reuses `page` and `report_body` with its upload form on top.
"""

from __future__ import annotations

import html
from string import Template
from typing import Optional

from ita_lint.i18n import say
from ita_lint import __version__
from ita_lint.model import ELEMENTS, DocumentResult, Finding, RunResult
from ita_lint.output.concise import relative_path
from ita_lint.output.excerpt import quote
from ita_lint.output.labels import LABELS, PAGE_LABELS, TRACE_LABELS

FONTS = 'Sarabun, "TH Sarabun New", Tahoma, "Noto Sans Thai", Loma, sans-serif'

CSS = """
:root { --ok: #1e7b34; --ok-bg: #e3f4e6; --bad: #b3261e; --bad-bg: #fde8e6; --warn: #8a5a00; --warn-bg: #fff3d6;
        --muted: #5f6368; --line: #d0d4d9; --absent-bg: #f3f4f6; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: FONTS; font-size: 17px; line-height: 1.55; color: #1f2328; margin: 0 auto; padding: 1rem 1.25rem 3rem;
       max-width: 72rem; background: #fff; }
h1 { font-size: 1.6rem; margin: .2rem 0 .8rem; }
h2 { font-size: 1.3rem; margin: 0 0 .4rem; overflow-wrap: anywhere; }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .4rem; }
a { color: #0b57d0; }
.tools { float: right; }
button.print { font: inherit; padding: .3rem .9rem; border: 1px solid var(--line); border-radius: .4rem; background: #fff; cursor: pointer; }
.doc { border-top: 3px solid var(--line); padding-top: 1rem; margin-top: 1.5rem; }
.verdict { border-radius: .6rem; padding: .8rem 1rem; margin: .6rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.5rem;
           align-items: baseline; break-inside: avoid; }
.verdict.ok { background: var(--ok-bg); border: 2px solid var(--ok); }
.verdict.bad { background: var(--bad-bg); border: 2px solid var(--bad); }
.verdict .word { font-size: 1.5rem; font-weight: bold; }
.verdict.ok .word { color: var(--ok); }
.verdict.bad .word { color: var(--bad); }
.verdict .score { font-size: 1.2rem; }
.verdict .why { flex-basis: 100%; font-weight: bold; }
.verdict .note { flex-basis: 100%; font-size: .9rem; color: #5f2120; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .4rem 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #f6f8fa; }
tr { break-inside: avoid; page-break-inside: avoid; }
table.matrix td.cell, table.matrix th.el { text-align: center; width: 5.2rem; }
table.matrix th.el.optional { color: var(--muted); font-weight: normal; }
table.matrix th.el small { display: block; font-size: .75rem; }
td.cell { position: relative; padding: 0; }
td.cell.present { background: var(--ok-bg); }
td.cell.missing { background: var(--bad-bg); }
td.cell.absent { background: var(--absent-bg); }
td.cell summary { list-style: none; cursor: pointer; padding: .3rem .2rem; font-weight: bold; font-size: 1.05rem; }
td.cell summary::-webkit-details-marker { display: none; }
td.cell summary:focus-visible { outline: 3px solid #0b57d0; outline-offset: -3px; }
td.cell.present summary { color: var(--ok); }
td.cell.missing summary { color: var(--bad); }
td.cell.absent summary { color: var(--muted); font-weight: normal; }
td.cell .pop { position: absolute; z-index: 5; top: 100%; left: 50%; transform: translateX(-50%); width: 20rem;
               max-width: 80vw; text-align: left; background: #fff; border: 1px solid #8c959f; border-radius: .4rem;
               box-shadow: 0 4px 14px rgba(0,0,0,.18); padding: .5rem .7rem; font-weight: normal; white-space: pre-line;
               max-height: 60vh; overflow-y: auto; }
td.cell:last-child .pop, td.cell:nth-last-child(2) .pop { left: auto; right: 0; transform: none; }
.legend { color: var(--muted); font-size: .95rem; margin: .3rem 0; }
.legend span { display: inline-block; margin-right: 1rem; }
.sym { display: inline-block; min-width: 1.6rem; text-align: center; border-radius: .25rem; font-weight: bold; }
.sym.present { background: var(--ok-bg); color: var(--ok); }
.sym.missing { background: var(--bad-bg); color: var(--bad); }
.sym.absent { background: var(--absent-bg); color: var(--muted); }
ol.findings { padding-left: 1.6rem; }
ol.findings > li { margin: .5rem 0 .9rem; padding: .5rem .7rem; border-left: 5px solid var(--line); background: #fafbfc;
                   break-inside: avoid; page-break-inside: avoid; }
ol.findings > li.error { border-left-color: var(--bad); }
ol.findings > li.warning { border-left-color: #d59b00; }
ol.findings > li.info { border-left-color: #3c7dd9; }
.badge { display: inline-block; font-size: .85rem; padding: 0 .45rem; border-radius: .3rem; margin-right: .4rem; font-weight: bold; }
.badge.error { background: var(--bad); color: #fff; }
.badge.warning { background: var(--warn-bg); color: var(--warn); border: 1px solid #d59b00; }
.badge.info { background: #e5efff; color: #174ea6; }
.where { color: var(--muted); }
.message { font-weight: bold; }
.fix::before { content: "→ "; }
.ref, .rule { color: var(--muted); font-size: .88rem; }
blockquote { margin: .4rem 0 0; padding: .35rem .6rem; border-left: 3px solid #8c959f; background: #fff;
             white-space: pre-line; overflow-wrap: anywhere; font-size: .95rem; }
blockquote .label { display: block; color: var(--muted); font-size: .8rem; }
.errors li { color: var(--bad); overflow-wrap: anywhere; }
.trace td.missing { color: var(--bad); font-weight: bold; }
.good { color: var(--ok); font-weight: bold; }
.badword { color: var(--bad); font-weight: bold; }
td.num { text-align: right; }
table.summary-table { table-layout: fixed; }
table.summary-table td { overflow-wrap: anywhere; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  table.matrix td.cell, table.matrix th.el { width: 3.4rem; }
  .tools, .noprint { display: none !important; }
  .scroll { overflow: visible; }
  td.cell .pop { display: none; }
  .doc { break-before: page; border-top: 0; margin-top: 0; }
  .doc:first-of-type { break-before: auto; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
""".replace("FONTS", FONTS)

# One popover open at a time, Escape closes it, and an open one is placed in the window (fixed)
# so that a table scrolled sideways on a phone does not clip it.
SCRIPT = """
function placePop(d) {
  var pop = d.querySelector('.pop'), r = d.querySelector('summary').getBoundingClientRect();
  pop.style.position = 'fixed'; pop.style.transform = 'none'; pop.style.right = 'auto';
  var w = pop.offsetWidth, h = pop.offsetHeight;
  pop.style.left = Math.max(8, Math.min(r.left + r.width / 2 - w / 2, window.innerWidth - w - 8)) + 'px';
  pop.style.top = (r.bottom + h + 8 > window.innerHeight ? Math.max(8, r.top - h - 4) : r.bottom + 4) + 'px';
}
function openPops() { return document.querySelectorAll('td.cell details[open]'); }
document.addEventListener('toggle', function (e) {
  if (!e.target.open || !e.target.closest('td.cell')) return;
  openPops().forEach(function (d) { if (d !== e.target) d.open = false; });
  placePop(e.target);
}, true);
document.addEventListener('keydown', function (e) {
  if (e.key === 'Escape') openPops().forEach(function (d) { d.open = false; });
});
['scroll', 'resize'].forEach(function (t) { window.addEventListener(t, function () { openPops().forEach(placePop); }, true); });
"""

# Nothing may be fetched: the page is one file, and a document's text must not reach the network.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; form-action 'self'"

SHELL = Template("""<!DOCTYPE html>
<html lang="$lang">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="$csp">
<title>$title</title>
<style>$css$extra_css</style>
</head>
<body>
$body
<script>$script</script>
</body>
</html>
""")

_SYMBOL = {"present": "✓", "missing": "✗", "absent": "·"}


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def page(body: str, lang: str = "th", title: Optional[str] = None, extra_css: str = "", script: str = "") -> str:
    """The whole page around `body` (already HTML)."""
    lang = "en" if lang == "en" else "th"
    return SHELL.substitute(lang=lang, csp=CSP, title=esc(title or PAGE_LABELS[lang]["title"]), css=CSS,
                            extra_css=extra_css, body=body, script=SCRIPT + script)


def render(run: RunResult, pack=None, lang: str = "th", root: Optional[str] = None) -> str:
    lang = "en" if lang == "en" else "th"
    return page(heading(lang) + report_body(run, lang, root, pack), lang)


def heading(lang: str) -> str:
    """The page's title, with a button to print it."""
    words = PAGE_LABELS[lang]
    return (f'<div class="tools"><button type="button" class="print" onclick="window.print()">{esc(words["print"])}'
            f"</button></div><h1>{esc(words['title'])}</h1>\n")


def report_body(run: RunResult, lang: str = "th", root: Optional[str] = None, pack=None) -> str:
    """The report: a summary table when there are several documents, each document, the
    measures ↔ results pairs, the files that could not be read."""
    lang = "en" if lang == "en" else "th"
    parts: list[str] = []
    if len(run.documents) + len(run.errors) > 1:
        parts.append(_summary(run, lang, root))
    for n, result in enumerate(run.documents, 1):
        parts.append(_document(result, n, lang, root, _pack_for(result.rulepack, pack)))
    for trace in getattr(run, "traceability", []):
        parts.append(_traceability(trace, lang))
    if run.errors:
        parts.append(_errors(run, lang, root))
    parts.append(f'<footer>{esc(PAGE_LABELS[lang]["made_by"].format(version=__version__))}</footer>')
    return "\n".join(parts)


def _pack_for(pack_id: str, given):
    """The pack a document was checked against, for its rules' sources; None when it cannot be
    loaded here (a pack of the user's own rule folders)."""
    if given is not None and getattr(given, "id", None) == pack_id:
        return given
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.packs import RulePackError

    try:
        return load_pack(pack_id)
    except RulePackError:
        return None


def _counts(result: DocumentResult) -> tuple[int, int]:
    return (sum(1 for f in result.findings if f.severity == "error"),
            sum(1 for f in result.findings if f.severity == "warning"))


def _summary(run: RunResult, lang: str, root: Optional[str]) -> str:
    words, labels = PAGE_LABELS[lang], LABELS[lang]
    rows = []
    for n, result in enumerate(run.documents, 1):
        errors, warnings = _counts(result)
        verdict = words["ready"] if result.passed else words["not_ready"]
        report = result.report
        rows.append(
            f'<tr class="{"ok" if result.passed else "bad"}">'
            f'<td><a href="#doc-{n}">{esc(relative_path(report.document.path, root))}</a></td>'
            f'<td>{esc(labels["kinds"].get(report.kind, report.kind))}</td>'
            f'<td>{esc(report.fiscal_year or labels["unknown"])}</td>'
            f'<td class="num">{result.score:.1f}</td>'
            f'<td><span class="{"good" if result.passed else "badword"}">{esc(verdict)}</span></td>'
            f'<td class="num">{errors} / {warnings}</td></tr>')
    for error in run.errors:
        rows.append(f'<tr class="bad"><td>{esc(relative_path(error.path, root))}</td>'
                    f'<td colspan="5">{esc(labels["input_error"])}: {esc(say(error.message, lang))}</td></tr>')
    head = "".join(f"<th>{esc(h)}</th>" for h in (words["file"], labels["kind"], labels["fiscal_year"], labels["score"],
                                                   words["result"], f'{labels["error"]} / {labels["warning"]}'))
    widths = "".join(f'<col style="width:{w}%">' for w in (30, 22, 13, 9, 16, 10))
    findings = [f for r in run.documents for f in r.findings]
    passed = sum(1 for r in run.documents if r.passed)
    line = labels["summary"].format(
        documents=len(run.documents) + len(run.errors), passed=passed, failed=len(run.documents) - passed,
        unreadable=len(run.errors), errors=sum(1 for f in findings if f.severity == "error"),
        warnings=sum(1 for f in findings if f.severity == "warning"),
        score="-" if run.score is None else f"{run.score:.1f}")
    return (f'<section class="summary"><h2>{esc(words["documents"])}</h2><p>{esc(line)}</p>'
            f'<div class="scroll"><table class="summary-table"><colgroup>{widths}</colgroup><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _verdict(result: DocumentResult, lang: str) -> str:
    words, labels = PAGE_LABELS[lang], LABELS[lang]
    errors, warnings = _counts(result)
    if result.passed:
        why = words["ready_with_warnings"].format(warnings=warnings) if warnings else labels["no_findings"]
    else:
        why = words["not_ready_why"].format(errors=errors) if errors else words["under_threshold"]
    return (f'<div class="verdict {"ok" if result.passed else "bad"}">'
            f'<span class="word">{esc(words["ready"] if result.passed else words["not_ready"])}</span>'
            f'<span class="score">{esc(labels["score"])} <b>{result.score:.1f}</b>/100</span>'
            f'<span class="why">{esc(why)}</span>'
            + (f'<span class="note">{esc(words["any_error_fails"])}</span>' if errors and not result.passed else "")
            + "</div>")


def _facts(result: DocumentResult, lang: str) -> str:
    labels = LABELS[lang]
    report = result.report
    fy = str(report.fiscal_year) if report.fiscal_year else labels["unknown"]
    if report.fiscal_year_source == "body":
        fy += " " + labels["from_body"]
    year = result.rulepack.removeprefix("ita-")
    rules = f"ITA {year}" + (f" ({result.rulepack_reason})" if result.rulepack_reason else "")
    rows = [(labels["kind"], labels["kinds"].get(report.kind, report.kind)), (labels["fiscal_year"], fy),
            (labels["agency"], report.agency or labels["unknown"]), (labels["rulepack"], rules)]
    if report.title:
        rows.insert(0, (PAGE_LABELS[lang]["doc_title"], report.title))
    return '<dl class="facts">' + "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows) + "</dl>"


def _cell_finding(result: DocumentResult, measure: int, element: str) -> Optional[Finding]:
    return next((f for f in result.findings if f.measure == measure and f.element == element
                 and f.category == "missing-element"), None)


def _matrix(result: DocumentResult, lang: str) -> str:
    words, labels = PAGE_LABELS[lang], LABELS[lang]
    report = result.report
    if not report.measures:
        return f'<p class="message">{esc(labels["no_measures"])}</p>'
    head = [f'<th>#</th><th>{esc(words["measure_name"])}</th>']
    for e in ELEMENTS:
        name = labels["elements"][e]
        if e in result.required:
            head.append(f'<th class="el" data-element="{e}">{esc(name)}</th>')
        else:
            head.append(f'<th class="el optional" data-element="{e}">{esc(name)}<small>{esc(words["not_required"])}</small></th>')
    rows = []
    for m in report.measures:
        cells = []
        for e in ELEMENTS:
            name = labels["elements"][e]
            if m.has(e):
                state, text = "present", m.elements[e].text
            elif e in result.required:
                state = "missing"
                finding = _cell_finding(result, m.index, e)
                text = words["missing"] + (f"\n{finding.message}\n{labels['fix']}: {finding.fix}" if finding else "")
            else:
                state, text = "absent", words["absent"]
            cells.append(
                f'<td class="cell {state}" data-element="{e}" data-state="{state}" title="{esc(name + ": " + text)}">'
                f'<details><summary aria-label="{esc(name + ": " + words[state])}">{_SYMBOL[state]}</summary>'
                f'<div class="pop" role="note"><b>{esc(name)}</b>: {esc(text)}</div></details></td>')
        rows.append(f'<tr data-measure="{m.index}"><td class="num">{esc(m.label)}</td>'
                    f'<td class="title">{esc(m.title)}</td>{"".join(cells)}</tr>')
    legend = "".join(f'<span><span class="sym {s}">{_SYMBOL[s]}</span> {esc(words[s])}</span>'
                     for s in ("present", "missing", "absent"))
    return (f'<p class="legend">{legend}</p><p class="legend noprint">{esc(words["matrix_help"])}</p>'
            f'<div class="scroll"><table class="matrix"><thead><tr>{"".join(head)}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _findings(findings: list[Finding], result: DocumentResult, lang: str, pack) -> str:
    """A numbered list of findings; the document's words at a place are quoted once, and a later
    finding at the same place points to the first."""
    quoted: dict = {}  # location -> the number of the finding that quotes it
    items = []
    for n, f in enumerate(findings, 1):
        same_as = quoted.get(f.location)
        text = "" if same_as else quote(result.report, f.location)
        if text:
            quoted[f.location] = n
        items.append(_finding(f, lang, pack, text, same_as))
    return '<ol class="findings">' + "".join(items) + "</ol>"


def _finding(f: Finding, lang: str, pack, excerpt: str, same_as: Optional[int]) -> str:
    words, labels = PAGE_LABELS[lang], LABELS[lang]
    where = f.location.describe(lang) or words["whole_document"]
    parts = [f'<span class="badge {f.severity}">{esc(labels[f.severity])}</span>',
             f'<span class="where">{esc(where)}</span>',
             f'<div class="message">{esc(f.message)}</div>']
    if f.fix:
        parts.append(f'<div class="fix">{esc(labels["fix"])}: {esc(f.fix)}</div>')
    rule = pack.rule(f.rule) if pack is not None else None
    if rule is not None:
        ref = rule.reference
        source = ref.source_in(lang) + ("" if ref.confirmed else f" ({words['unconfirmed']})")
        parts.append(f'<div class="ref">{esc(words["reference"])}: {esc(source)}</div>')
    if same_as:
        parts.append(f'<div class="ref">{esc(words["excerpt"])}: {esc(words["same_excerpt"].format(n=same_as))}</div>')
    elif excerpt:
        parts.append(f'<blockquote><span class="label">{esc(words["excerpt"])} ({esc(where)})</span>{esc(excerpt)}</blockquote>')
    parts.append(f'<div class="rule">{esc(words["rule"])}: {esc(f.rule)}</div>')
    return f'<li class="{f.severity}" data-rule="{esc(f.rule)}">{"".join(parts)}</li>'


def _document(result: DocumentResult, n: int, lang: str, root: Optional[str], pack) -> str:
    words, labels = PAGE_LABELS[lang], LABELS[lang]
    path = relative_path(result.report.document.path, root)
    errors = [f for f in result.findings if f.severity == "error"]
    others = [f for f in result.findings if f.severity != "error"]
    parts = [f'<section class="doc" id="doc-{n}" data-path="{esc(result.report.document.path)}">',
             f"<h2>{esc(path)}</h2>", _verdict(result, lang), _facts(result, lang),
             f'<h3>{esc(words["matrix"])}</h3>', _matrix(result, lang)]
    if errors:
        parts.append(f'<h3>{esc(words["to_fix"])} ({len(errors)})</h3>' + _findings(errors, result, lang, pack))
    if others:
        parts.append(f'<h3>{esc(words["to_review"])} ({len(others)})</h3>' + _findings(others, result, lang, pack))
    if not result.findings:
        parts.append(f'<p class="good">{esc(labels["no_findings"])}</p>')
    parts.append("</section>")
    return "\n".join(parts)


def _traceability(trace, lang: str) -> str:
    words = TRACE_LABELS[lang]
    agency = f", {trace.agency}" if trace.agency else ""
    title = words["title"].format(measures=trace.measures, results=trace.results, fy=trace.fiscal_year, agency=agency)
    rows = [(p.measure, p, None) for p in trace.pairs] + [(u.ref, None, u) for u in trace.unmatched_measures]
    out = []
    for ref, pair, unmatched in sorted(rows, key=lambda r: r[0].index):
        if pair is not None:
            out.append(f"<tr><td>{esc(ref.label)}</td><td>{esc(ref.title)}</td><td>{esc(pair.result.label)}</td>"
                       f"<td>{esc(pair.result.title)}</td><td>{pair.score:.0f}%</td></tr>")
        else:
            near = words["nearest"].format(score=f"{unmatched.score:.0f}") if unmatched.nearest else ""
            out.append(f'<tr class="bad"><td>{esc(ref.label)}</td><td>{esc(ref.title)}</td><td></td>'
                       f'<td class="missing">{esc(words["unreported"])}</td><td>{esc(near)}</td></tr>')
    for u in trace.unmatched_results:
        near = words["nearest"].format(score=f"{u.score:.0f}") if u.nearest else ""
        out.append(f'<tr><td></td><td>{esc(words["undeclared"])}</td><td>{esc(u.ref.label)}</td>'
                   f'<td>{esc(u.ref.title)}</td><td>{esc(near)}</td></tr>')
    head = "".join(f"<th>{esc(h)}</th>" for h in ("#", words["measure"], "#", words["result"], words["score"]))
    return (f'<section class="trace"><h3>{esc(title)}</h3><div class="scroll"><table><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(out)}</tbody></table></div>'
            f'<p class="legend">{esc(words["legend"].format(threshold=f"{trace.threshold:.0f}"))}</p></section>')


def _errors(run: RunResult, lang: str, root: Optional[str]) -> str:
    words, labels = PAGE_LABELS[lang], LABELS[lang]
    items = "".join(f"<li>{esc(relative_path(e.path, root))}: {esc(labels['input_error'])}: {esc(say(e.message, lang))}</li>"
                    for e in run.errors)
    return f'<section class="errors"><h3>{esc(words["unreadable"])}</h3><ul>{items}</ul></section>'
