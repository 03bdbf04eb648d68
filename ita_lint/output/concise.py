"""`--format concise`: one line per finding, `path:line:col: severity rule message`.

    samples/results-missing-outcome.md:10:1: error element-outcome มาตรการที่ 2 …
    report.pdf:1:1: error element-outcome หน้า 3 บรรทัด 12: มาตรการที่ 2 …
    missing.md:1:1: error input อ่านไฟล์ไม่ได้: no such file or directory

The column is always 1; a finding with no line is put on line 1. A location that
is not a line of the file itself (a PDF page, a line counted on a PDF page, a
DOCX paragraph or table) is also put on line 1, and said before the message in
the requested language. Severity and rule are tokens for tools, never translated.
Nothing else is printed: no header, no summary.

This module also holds what the CI formatters (sarif, junit, github) share: the
path relative to the root and the line a finding is put on.
"""

from __future__ import annotations

import hashlib
import os
from typing import Optional

from ita_lint.engine.loader import LoadedPack
from ita_lint.model import Location, RunResult
from ita_lint.output.labels import LABELS


def relative_path(path: str, root: Optional[str] = None) -> str:
    """`path` relative to `root` (default: the current directory), with `/` separators.

    A path outside the root keeps its `..` parts; one that cannot be made
    relative (another drive on Windows) stays absolute.
    """
    if is_url(path):  # a URL checked by the website gate stays as it is
        return path
    base = os.path.abspath(root if root is not None else os.getcwd())
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, base)
    except ValueError:
        rel = full
    return rel.replace(os.sep, "/") if os.sep != "/" else rel


def file_position(location: Location, lang: str = "th") -> tuple[int, str]:
    """The line of the file a finding is put on, and where it really is when that is not a line.

    A line of a text format is used as it is. A PDF line counts from the top of
    its page, so it is not a line of the file: page and line go into the words.
    Without any line (a document-level finding, a DOCX table) the line is 1.
    """
    if location.line is not None and location.page is None and location.line >= 1:
        return location.line, ""
    return 1, location.describe(lang)


def is_url(path: str) -> bool:
    """A document of the website gate: its location is a page, not a file of the repository."""
    return "://" in path


def fingerprints(findings, path: str) -> list[str]:
    """One stable identifier per finding, without its line, so it survives a line inserted above
    it: a hash of the rule id, the relative path, the measure and element, and the finding's rank
    among the document's findings that share all of those. SARIF and GitLab use it."""
    seen: dict[tuple, int] = {}
    prints = []
    for f in findings:
        rank = seen[(f.rule, f.measure, f.element)] = seen.get((f.rule, f.measure, f.element), -1) + 1
        key = "\x1f".join((f.rule, path, str(f.measure or 0), f.element or "", str(rank)))
        prints.append(hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32])
    return prints


def one_line(text: str) -> str:
    """`text` with its line breaks turned into spaces."""
    return " ".join(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def _words(lang: str) -> dict:
    return LABELS["en" if lang == "en" else "th"]


def render(run: RunResult, pack: Optional[LoadedPack] = None, lang: str = "th", root: Optional[str] = None) -> str:
    words = _words(lang)
    lines: list[str] = []
    for result in run.documents:
        path = relative_path(result.report.document.path, root)
        for f in result.findings:
            line, where = file_position(f.location, lang)
            message = one_line(f"{where}: {f.message}" if where else f.message)
            lines.append(f"{path}:{line}:1: {f.severity} {f.rule} {message}")
    for error in run.errors:
        path = relative_path(error.path, root)
        lines.append(f"{path}:1:1: error input {one_line(words['input_error'] + ': ' + error.message)}")
    return "".join(line + "\n" for line in lines)
