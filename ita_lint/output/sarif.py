"""`--format sarif`: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. `tool.driver.rules` lists every rule of the pack (and any other rule a
finding names), each with its summary, the kinds it applies to, its fix and its
source in the manual, its default level and its category as a tag. Each finding
is a result with exactly one physical location: the file's path relative to the
root (POSIX separators, percent-encoded as a URI reference, under the
`%SRCROOT%` base) and a start line. A finding without a line, or whose place is
not a line of the file (a PDF page, a DOCX table), is put on line 1, with its
place said before the message and kept in the region's properties.

`partialFingerprints["itaLint/v1"]` identifies a finding across runs without its
line, so an alert survives a line inserted above it (concise.fingerprints).

A page or document of the website gate is not a file of the repository: its
artifactLocation is the URL's path under a base id of its site (`WEBSITE`, then
`WEBSITE2` …) that `run.originalUriBaseIds` maps to the site's origin, and the full
URL is also in the location's `properties.url`; its region is as for a file.

Files that could not be read are error notifications of the invocation, which
is then `executionSuccessful: false`.
"""

from __future__ import annotations

import json
import os
from typing import Optional
from urllib.parse import quote, urlsplit

from ita_lint import __version__
from ita_lint.engine.loader import LoadedPack
from ita_lint.model import DocumentResult, Finding, RunResult
from ita_lint.output.concise import file_position, fingerprints, is_url, relative_path
from ita_lint.output.labels import LABELS

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/ita-lint/"
FINGERPRINT = "itaLint/v1"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}

_WORDS = {
    "th": {"applies": "ใช้กับ", "every_kind": "ทุกประเภท", "source": "ที่มา", "manual": "ข้อความในคู่มือ",
           "unconfirmed": "(ยังไม่ได้ยืนยันกับคู่มือ)", "category": "หมวด"},
    "en": {"applies": "Applies to", "every_kind": "every kind", "source": "Source", "manual": "Manual",
           "unconfirmed": "(not confirmed from the manual)", "category": "Category"},
}


def artifact_uri(path: str, root: Optional[str] = None) -> str:
    """The path relative to the root as a URI reference: POSIX separators, percent-encoded."""
    rel = relative_path(path, root)
    if is_url(rel):  # a URL from the website gate is already an absolute URI
        return rel
    if os.path.isabs(rel):  # not expressible relative to the root (another drive)
        from pathlib import Path

        return Path(rel).as_uri()
    return quote(os.fsencode(rel), safe="/")  # the name's own bytes, UTF-8 or not


class _Bases:
    """The base ids of the run: %SRCROOT% for files, one per website for URLs."""

    def __init__(self) -> None:
        self.sites: dict[str, str] = {}  # origin -> base id

    def location(self, uri: str) -> dict:
        """An artifactLocation: files relative to %SRCROOT%, a URL's path relative to its site."""
        if not is_url(uri):
            return {"uri": uri, "uriBaseId": SRCROOT}
        parts = urlsplit(uri)
        origin = f"{parts.scheme}://{parts.netloc}/"
        base = self.sites.setdefault(origin, "WEBSITE" + (str(len(self.sites) + 1) if self.sites else ""))
        rel = parts.path.lstrip("/") + (f"?{parts.query}" if parts.query else "")
        return {"uri": rel or ".", "uriBaseId": base, "properties": {"url": uri}}

    def original(self) -> dict:
        """run.originalUriBaseIds: where each website's base id points (files need none)."""
        return {base: {"uri": origin, "description": {"text": "a website checked by ita-lint"}}
                for origin, base in self.sites.items()}


def _rule_descriptor(rule, pack: LoadedPack, lang: str) -> dict:
    words, labels = _WORDS[lang], LABELS[lang]
    kind_names = {k.id: k.name.get(lang) for k in pack.vocabulary.kinds}
    kinds = ", ".join(kind_names.get(k, k) for k in rule.kinds) or words["every_kind"]
    summary, fix, ref = rule.summary.get(lang), rule.fix.get(lang), rule.reference
    source = ref.source_in(lang) + ("" if ref.confirmed else " " + words["unconfirmed"])
    help_text = f"{fix}\n\n{words['source']}: {source}"
    help_md = f"**{labels['fix']}:** {fix}\n\n**{words['source']}:** {source}"
    if ref.quote:
        help_text += f"\n{words['manual']}: {ref.quote}"
        help_md += f"\n\n> {ref.quote}"
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.id.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": f"{summary}\n{words['applies']}: {kinds}\n{words['category']}: {rule.category}"},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.category], "kinds": list(rule.kinds), "weight": rule.weight,
                       "confirmed": ref.confirmed},
    }


def _result(f: Finding, index: int, location: dict, fingerprint: str, lang: str) -> dict:
    line, where = file_position(f.location, lang)
    region: dict = {"startLine": line}
    if where:
        loc = f.location
        region["properties"] = {k: v for k, v in (("page", loc.page), ("lineOnPage", loc.line if loc.page else None),
                                                  ("paragraph", loc.paragraph), ("table", loc.table), ("row", loc.row))
                                if v is not None}
    properties: dict = {"category": f.category}
    if f.measure is not None:
        properties["measure"] = f.measure
    if f.element:
        properties["element"] = f.element
    if f.fix:
        properties["fix"] = f.fix
    return {
        "ruleId": f.rule,
        "ruleIndex": index,
        "level": LEVELS.get(f.severity, "error"),
        "message": {"text": f"{where}: {f.message}" if where else f.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": region}}],
        "partialFingerprints": {FINGERPRINT: fingerprint},
        "properties": properties,
    }


def _artifact(result: DocumentResult, location: dict) -> dict:
    report = result.report
    return {"location": location,
            "properties": {"format": report.document.format, "kind": report.kind, "fiscalYear": report.fiscal_year,
                           "rulepack": result.rulepack, "rulepackReason": result.rulepack_reason, "score": result.score, "passed": result.passed}}


def build(run: RunResult, pack: LoadedPack, lang: str = "th", root: Optional[str] = None) -> dict:
    """The SARIF log as a dict."""
    lang = "en" if lang == "en" else "th"
    rules = [_rule_descriptor(r, pack, lang) for r in pack.rules]
    index = {r["id"]: i for i, r in enumerate(rules)}
    results, artifacts = [], []
    bases = _Bases()
    for doc in run.documents:
        path = relative_path(doc.report.document.path, root)
        location = bases.location(artifact_uri(doc.report.document.path, root))
        artifacts.append(_artifact(doc, location))
        for f, fingerprint in zip(doc.findings, fingerprints(doc.findings, path)):
            if f.rule not in index:  # a rule the pack does not list: describe it from the finding
                index[f.rule] = len(rules)
                rules.append({"id": f.rule, "shortDescription": {"text": f.rule},
                              "defaultConfiguration": {"level": LEVELS.get(f.severity, "error")},
                              "properties": {"tags": [f.category]}})
            results.append(_result(f, index[f.rule], location, fingerprint, lang))
    notifications = [{
        "level": "error",
        "message": {"text": f"{LABELS[lang]['input_error']}: {e.message}"},
        "locations": [{"physicalLocation": {"artifactLocation": bases.location(artifact_uri(e.path, root))}}],
    } for e in run.errors]
    invocation: dict = {"executionSuccessful": not run.errors}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "ita-lint",
                "fullName": f"ita-lint {__version__} ({pack.id})",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": rules,
                "properties": {"rulepack": pack.id, "assessmentYear": pack.assessment_year},
            }},
            **({"originalUriBaseIds": bases.original()} if bases.sites else {}),
            "invocations": [invocation],
            "language": lang,
            "artifacts": artifacts,
            "results": results,
            "properties": {"score": run.score, "passed": run.passed},
        }],
    }


def render(run: RunResult, pack: LoadedPack, lang: str = "th", root: Optional[str] = None) -> str:
    return json.dumps(build(run, pack, lang, root), ensure_ascii=False, indent=2) + "\n"
