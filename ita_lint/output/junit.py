"""`--format junit`: JUnit XML for CI test reports (GitLab, Jenkins, Azure, …).

    <testsuites name="ita-lint" tests="3" failures="1" errors="1">
      <testsuite name="ita-lint" tests="3" failures="1" errors="1" skipped="0" time="0">
        <properties> rule pack, version, mean score </properties>
        <testcase classname="ita-2569" name="samples/results-missing-outcome.md" time="0">
          <failure message="มาตรการที่ 2 … ไม่มีผลลัพธ์" type="element-outcome">samples/…md:10 (บรรทัด 10)
    วิธีแก้: …</failure>
          <system-out>คะแนน 94.67/100 … and one line per warning or info finding</system-out>
        </testcase>
        <testcase classname="ita-2569" name="missing.md" time="0"><error message="…" type="input">…</error></testcase>
      </testsuite>
    </testsuites>

One testcase per document (classname: the rule pack, name: the path relative to
the root), one <failure> per error-severity finding (message: the finding,
type: the rule id, text: where it is and the fix). A document that did not pass
without any error-severity finding (a score under --fail-under, or a lower
failing severity) gets one <failure type="score"> so the report agrees with the
exit code. Warnings and notes are lines of <system-out>. A file that could not be
read is a testcase with an <error>.

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


def _testcase(suite: ET.Element, result: DocumentResult, lang: str, root: Optional[str]) -> bool:
    words, extra = LABELS[lang], _WORDS[lang]
    path = relative_path(result.report.document.path, root)
    case = ET.SubElement(suite, "testcase", classname=result.rulepack, name=_clean(path), time="0")
    failed = False
    out = [f"{words['score']} {result.score:.2f}/100 {words['passed'] if result.passed else words['failed']}"]
    for f in result.findings:
        if f.severity == "error":
            text = _where(path, f.location, lang)
            if f.fix:
                text += f"\n{words['fix']}: {f.fix}"
            failure = ET.SubElement(case, "failure", message=_clean(f.message), type=f.rule)
            failure.text = _clean(text)
            failed = True
        else:
            place = f.location.describe(lang) or extra["document"]
            out.append(f"{words[f.severity]} [{f.rule}] {place}: {f.message}")
            if f.fix:
                out.append(f"    → {words['fix']}: {f.fix}")
    if not result.passed and not failed:
        message = extra["not_passed"].format(score=f"{result.score:.2f}")
        failure = ET.SubElement(case, "failure", message=message, type="score")
        failure.text = _clean(f"{path}\n{message}")
        failed = True
    ET.SubElement(case, "system-out").text = _clean("\n".join(out) + "\n")
    return failed


def render(run: RunResult, pack: LoadedPack, lang: str = "th", root: Optional[str] = None) -> str:
    lang = "en" if lang == "en" else "th"
    words = LABELS[lang]
    tests = len(run.documents) + len(run.errors)
    suites = ET.Element("testsuites", name="ita-lint")
    suite = ET.SubElement(suites, "testsuite", name="ita-lint")
    props = ET.SubElement(suite, "properties")
    for name, value in (("tool", f"ita-lint {__version__}"), ("rulepack", pack.id), ("lang", lang),
                        ("score", "" if run.score is None else f"{run.score:.2f}"), ("passed", str(run.passed).lower())):
        ET.SubElement(props, "property", name=name, value=value)
    failures = sum(1 for result in run.documents if _testcase(suite, result, lang, root))
    for error in run.errors:
        path = relative_path(error.path, root)
        case = ET.SubElement(suite, "testcase", classname=pack.id, name=_clean(path), time="0")
        message = _clean(f"{words['input_error']}: {error.message}")
        ET.SubElement(case, "error", message=message, type="input").text = _clean(f"{path}\n{message}")
    counts = {"tests": str(tests), "failures": str(failures), "errors": str(len(run.errors))}
    suites.attrib.update(counts)
    suite.attrib.update(counts, skipped="0", time="0")
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
