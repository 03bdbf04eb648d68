"""`--format markdown`: a summary for `$GITHUB_STEP_SUMMARY` and merge-request comments.

    ## ita-lint: 1 of 2 reports pass

    | report | score | result | errors | warnings |
    |---|---:|---|---:|---:|
    | `reports/o26.md` | 90.7 | ✗ ไม่ผ่าน | 4 | 0 |

    ### `reports/o26.md`
    - **บรรทัด 8** `status-box` มาตรการที่ 2: … — วิธีแก้: …

A table of the documents, then each document's findings (a file that could not be
read is said under the table). Text from the reports is escaped so that a `|`, `*`
or `<tag>` in a measure's title cannot break the table or the page.
"""

from __future__ import annotations

import re
from typing import Optional

from ita_lint.engine.loader import LoadedPack
from ita_lint.model import RunResult
from ita_lint.output.concise import one_line, relative_path
from ita_lint.output.labels import LABELS

_WORDS = {
    "th": {"title": "ita-lint: ผ่าน {passed} จาก {total} ไฟล์", "report": "ไฟล์", "result": "ผล",
           "document": "ทั้งเอกสาร", "unreadable": "อ่านไม่ได้"},
    "en": {"title": "ita-lint: {passed} of {total} reports pass", "report": "report", "result": "result",
           "document": "whole document", "unreadable": "unreadable"},
}
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def escape(text: str) -> str:
    """Text as Markdown shows it literally, on one line."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _code(text: str) -> str:
    return "`" + one_line(text).replace("`", "'") + "`"


def render(run: RunResult, pack: Optional[LoadedPack] = None, lang: str = "th", root: Optional[str] = None) -> str:
    lang = "en" if lang == "en" else "th"
    words, extra = LABELS[lang], _WORDS[lang]
    passed = sum(1 for r in run.documents if r.passed)
    lines = [f"## {extra['title'].format(passed=passed, total=len(run.documents) + len(run.errors))}", "",
             f"| {extra['report']} | {words['score']} | {extra['result']} | {words['error']} | {words['warning']} |",
             "|---|---:|---|---:|---:|"]
    for r in run.documents:
        path = relative_path(r.report.document.path, root)
        errors = sum(1 for f in r.findings if f.severity == "error")
        warnings = sum(1 for f in r.findings if f.severity == "warning")
        verdict = f"✓ {words['passed']}" if r.passed else f"✗ {words['failed']}"
        lines.append(f"| {_code(path)} | {r.score:.1f} | {verdict} | {errors} | {warnings} |")
    for e in run.errors:
        lines.append(f"| {_code(relative_path(e.path, root))} | – | ✗ {extra['unreadable']} | 1 | 0 |")
    for e in run.errors:
        lines += ["", f"- {_code(relative_path(e.path, root))}: {escape(words['input_error'] + ': ' + e.message)}"]
    for r in run.documents:
        if not r.findings:
            continue
        lines += ["", f"### {_code(relative_path(r.report.document.path, root))}", ""]
        for f in r.findings:
            where = f.location.describe(lang) or extra["document"]
            fix = f" — {escape(words['fix'])}: {escape(f.fix)}" if f.fix else ""
            lines.append(f"- **{escape(where)}** {_code(f.rule)} {words[f.severity]}: {escape(f.message)}{fix}")
    return "\n".join(lines) + "\n"
