"""`--format gitlab`: a GitLab Code Quality report (artifacts:reports:codequality).

    [{"description": "มาตรการที่ 2: ไม่ได้ทำเครื่องหมายสถานะ … วิธีแก้: …",
      "check_name": "status-box",
      "fingerprint": "5f0c…",
      "severity": "major",
      "location": {"path": "reports/o26.md", "lines": {"begin": 8}}}]

The fields GitLab documents (docs.gitlab.com, "Code Quality", the report format):
`description`, `check_name`, `fingerprint` (unique, used to compare the merge
request's report with the target branch's), `severity` (info, minor, major,
critical, blocker) and `location.path` + `location.lines.begin`. The fingerprint is
concise.fingerprints: it leaves the line out, so an issue a line moved is not
reported as fixed and new. error → major, warning → minor, info → info; a file that
could not be read is `critical`. Lines as in the other CI formats (line 1 with the
page said in the description for a PDF). A website's page keeps its URL as path.
"""

from __future__ import annotations

import hashlib
import json
from typing import Optional

from ita_lint.engine.loader import LoadedPack
from ita_lint.model import RunResult
from ita_lint.output.concise import file_position, fingerprints, one_line, relative_path
from ita_lint.output.labels import LABELS

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def _issue(description: str, check: str, fingerprint: str, severity: str, path: str, line: int) -> dict:
    return {"description": description, "check_name": check, "fingerprint": fingerprint, "severity": severity,
            "location": {"path": path, "lines": {"begin": line}}}


def build(run: RunResult, lang: str = "th", root: Optional[str] = None) -> list[dict]:
    words = LABELS["en" if lang == "en" else "th"]
    issues = []
    for result in run.documents:
        path = relative_path(result.report.document.path, root)
        for f, fingerprint in zip(result.findings, fingerprints(result.findings, path)):
            line, where = file_position(f.location, lang)
            text = f"{where}: {f.message}" if where else f.message
            if f.fix:
                text += f" {words['fix']}: {f.fix}"
            issues.append(_issue(one_line(text), f.rule, fingerprint, SEVERITIES.get(f.severity, "major"), path, line))
    for error in run.errors:
        path = relative_path(error.path, root)
        fingerprint = hashlib.sha256(f"input\x1f{path}".encode("utf-8")).hexdigest()[:32]
        issues.append(_issue(one_line(f"{words['input_error']}: {error.message}"), "input", fingerprint,
                             "critical", path, 1))
    return issues


def render(run: RunResult, pack: Optional[LoadedPack] = None, lang: str = "th", root: Optional[str] = None) -> str:
    return json.dumps(build(run, lang, root), ensure_ascii=False, indent=2) + "\n"
