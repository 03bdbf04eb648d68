"""`--format junit`: JUnit XML for CI test reports (GitLab, Jenkins, Azure, …).

    <testsuites name="ita-lint" tests="4" failures="2" errors="1">
      <testsuite name="ita-lint" tests="4" failures="2" errors="1" skipped="0" time="0">
        <properties> rule pack, version, mean score </properties>
        <testcase classname="samples/results-status-boxes.md" name="status-box"
                  file="samples/results-status-boxes.md" line="8" time="0">
          <failure message="3 × status-box: มาตรการที่ 2 …" type="status-box">samples/…md:8 มาตรการที่ 2 …
    วิธีแก้: …
    samples/…md:9 มาตรการที่ 3 …</failure>
        </testcase>
        <testcase classname="samples/results-status-boxes.md" name="score" file="…" time="0">
          <system-out>คะแนน 90.67/100 ไม่ผ่าน</system-out>
        </testcase>
        <testcase classname="missing.md" name="input" file="missing.md" time="0"><error … type="input"/></testcase>
      </testsuite>
    </testsuites>

One testcase per document × rule that found something (classname and `file`: the
document's path relative to the root; name: the rule id; `line`: its first
finding's line), with at most one <failure>, since GitLab and most readers show one
per test case: it lists every error-severity finding of that rule, with where it is
and the fix. A rule with only warnings or notes passes and says them in
<system-out>. Every document also has a `score` testcase: its score, failing when the
document did not pass and no rule's testcase failed (a score under --fail-under), so
the report agrees with the exit code and a clean document still shows as a test. A
file that could not be read is a testcase `input` with an <error>.

Counts follow the JUnit schema: `tests` is the number of testcases, `failures`
the number of testcases with a failure, `errors` the number with an error.
The XML is built with ElementTree; characters XML 1.0 cannot hold are dropped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Optional

from ita_lint import __version__
from ita_lint.engine.loader import LoadedPack
from ita_lint.model import DocumentResult, RunResult
from ita_lint.output.concise import file_position, relative_path
from ita_lint.output.labels import LABELS

_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

_WORDS = {
    "th": {"document": "ทั้งเอกสาร", "not_passed": "เอกสารไม่ผ่านเกณฑ์: คะแนน {score}/100"},
    "en": {"document": "whole document", "not_passed": "the document does not pass: score {score}/100"},
}


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _where(path: str, location, lang: str) -> str:
    line, place = file_position(location, lang)
    return f"{path}:{line}" + (f" ({place})" if place else "")


def _case(suite: ET.Element, path: str, name: str, line: Optional[int] = None) -> ET.Element:
    attrs = {"classname": _clean(path), "name": name, "file": _clean(path)}
    if line is not None:
        attrs["line"] = str(line)
    return ET.SubElement(suite, "testcase", attrs, time="0")


def _document(suite: ET.Element, result: DocumentResult, lang: str, root: Optional[str]) -> int:
    """The document's testcases; returns how many failed."""
    words, extra = LABELS[lang], _WORDS[lang]
    path = relative_path(result.report.document.path, root)
    by_rule: dict[str, list] = {}
    for f in result.findings:
        by_rule.setdefault(f.rule, []).append(f)
    failed = 0
    for rule, findings in by_rule.items():
        case = _case(suite, path, rule, file_position(findings[0].location, lang)[0])
        errors = [f for f in findings if f.severity == "error"]
        if errors:
            text = []
            for f in errors:
                text.append(f"{_where(path, f.location, lang)} {f.message}")
                if f.fix:
                    text.append(f"    {words['fix']}: {f.fix}")
            count = f"{len(errors)} × {rule}: " if len(errors) > 1 else ""
            failure = ET.SubElement(case, "failure", message=_clean(count + errors[0].message), type=rule)
            failure.text = _clean("\n".join(text))
            failed += 1
        others = []
        for f in findings:
            if f.severity != "error":
                place = f.location.describe(lang) or extra["document"]
                others.append(f"{words[f.severity]} [{f.rule}] {place}: {f.message}")
                if f.fix:
                    others.append(f"    → {words['fix']}: {f.fix}")
        if others:
            ET.SubElement(case, "system-out").text = _clean("\n".join(others) + "\n")
    case = _case(suite, path, "score")
    verdict = f"{words['score']} {result.score:.2f}/100 {words['passed'] if result.passed else words['failed']}"
    if not result.passed and not failed:
        message = extra["not_passed"].format(score=f"{result.score:.2f}")
        ET.SubElement(case, "failure", message=message, type="score").text = _clean(f"{path}\n{message}")
        failed += 1
    ET.SubElement(case, "system-out").text = _clean(verdict + "\n")
    return failed


def render(run: RunResult, pack: LoadedPack, lang: str = "th", root: Optional[str] = None) -> str:
    lang = "en" if lang == "en" else "th"
    words = LABELS[lang]
    suites = ET.Element("testsuites", name="ita-lint")
    suite = ET.SubElement(suites, "testsuite", name="ita-lint")
    props = ET.SubElement(suite, "properties")
    for name, value in (("tool", f"ita-lint {__version__}"), ("rulepack", pack.id), ("lang", lang),
                        ("score", "" if run.score is None else f"{run.score:.2f}"), ("passed", str(run.passed).lower())):
        ET.SubElement(props, "property", name=name, value=value)
    failures = sum(_document(suite, result, lang, root) for result in run.documents)
    for error in run.errors:
        path = relative_path(error.path, root)
        case = _case(suite, path, "input")
        message = _clean(f"{words['input_error']}: {error.message}")
        ET.SubElement(case, "error", message=message, type="input").text = _clean(f"{path}\n{message}")
    counts = {"tests": str(len(suite.findall("testcase"))), "failures": str(failures), "errors": str(len(run.errors))}
    suites.attrib.update(counts)
    suite.attrib.update(counts, skipped="0", time="0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
