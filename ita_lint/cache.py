"""A result cache, as ruff's: a second run over an unchanged tree reads results instead of
recomputing them.

The key is the file's content hash, its path, the rule pack (a hash of its YAML
files, so an edited rule invalidates it), the effective settings and the
ita-lint version. The value is JSON — never pickle, since a cache folder can
come from someone else's repository. A cached result holds everything the
formatters print, so output from it is byte-identical to a fresh run's.
A cache that cannot be read or written is ignored: it only ever saves time.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Optional

from ita_lint import __version__
from ita_lint.model import (NOWHERE, Block, Document, DocumentResult, ElementValue, Finding, Location, Measure,
                            Report)

CACHE_DIR_NAME = ".ita-lint-cache"
# what a cached result holds; a new one makes older entries misses (2: the quotes of the report page)
ENTRY_FORMAT = "2"


def default_dir(config_source: Optional[str]) -> Path:
    env = os.environ.get("ITA_LINT_CACHE_DIR")
    if env:
        return Path(env)
    base = Path(config_source).parent if config_source else Path.cwd()
    return base / CACHE_DIR_NAME


@functools.lru_cache(maxsize=16)
def pack_fingerprint(root: str, rule_dirs: tuple[str, ...]) -> str:
    """A hash of every YAML file any pack could be built from (cheap: no parsing). Every pack,
    since a document's own year chooses its pack, and packs extend one another."""
    h = hashlib.sha256()
    folders = [*sorted(p for p in Path(root).iterdir() if p.is_dir()), *map(Path, rule_dirs)]
    for folder in folders:
        if folder.is_dir():
            for f in sorted(folder.glob("*.y*ml")):
                h.update(f.name.encode())
                h.update(f.read_bytes())
    return h.hexdigest()[:16]


def key(data: bytes, path: str, pack_print: str, settings_print: str) -> str:
    h = hashlib.sha256()
    for part in (__version__, ENTRY_FORMAT, path, pack_print, settings_print):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    h.update(data)
    return h.hexdigest()


class Cache:
    def __init__(self, directory: Path):
        self.directory = directory

    def _file(self, k: str) -> Path:
        return self.directory / k[:2] / f"{k}.json"

    def get(self, k: str) -> Optional[DocumentResult]:
        try:
            return from_dict(json.loads(self._file(k).read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, k: str, result: DocumentResult) -> None:
        target = self._file(k)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            if not (self.directory / "CACHEDIR.TAG").exists():
                (self.directory / "CACHEDIR.TAG").write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n# ita-lint result cache; safe to delete\n")
                (self.directory / ".gitignore").write_text("*\n")
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(to_dict(result), ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, target)
        except OSError:
            pass


def _loc(d: Optional[dict]) -> Location:
    return Location(**d) if d else NOWHERE


def _loc_dict(loc: Location) -> dict:
    return {k: v for k, v in vars(loc).items() if v is not None}


def to_dict(r: DocumentResult) -> dict:
    from ita_lint.output.excerpt import quotes

    rep = r.report
    return {
        "rulepack": r.rulepack, "rulepack_reason": r.rulepack_reason, "score": r.score, "passed": r.passed, "required": list(r.required),
        "path": rep.document.path, "format": rep.document.format, "kind": rep.kind, "title": rep.title,
        "title_location": _loc_dict(rep.title_location), "fiscal_year": rep.fiscal_year,
        "fiscal_year_source": rep.fiscal_year_source, "agency": rep.agency,
        "measures": [{"index": m.index, "number": m.number, "title": m.title, "location": _loc_dict(m.location),
                      "elements": {e: [v.text, _loc_dict(v.location), v.source] for e, v in m.elements.items()}}
                     for m in rep.measures],
        "findings": [{"rule": f.rule, "category": f.category, "severity": f.severity, "message": f.message,
                      "location": _loc_dict(f.location), "element": f.element, "measure": f.measure, "fix": f.fix}
                     for f in r.findings],
        # the document's words the report page quotes (ita_lint.output.excerpt), in place of its text
        "quotes": [[_loc_dict(where), text] for where, text in quotes(r).items()],
    }


def from_dict(d: dict) -> DocumentResult:
    measures = []
    for m in d["measures"]:
        measure = Measure(index=m["index"], title=m["title"], location=_loc(m["location"]), number=m.get("number"))
        for e, (text, loc, source) in m["elements"].items():
            measure.elements[e] = ElementValue(text, _loc(loc), source)
        measures.append(measure)
    blocks = [Block("paragraph", text, _loc(where)) for where, text in d.get("quotes", [])]
    report = Report(document=Document(d["path"], d["format"], blocks), kind=d["kind"], title=d["title"],
                    title_location=_loc(d["title_location"]), fiscal_year=d["fiscal_year"],
                    fiscal_year_source=d["fiscal_year_source"], agency=d["agency"], measures=measures, sections={})
    findings = [Finding(f["rule"], f["category"], f["severity"], f["message"], _loc(f["location"]), f["element"],
                        f["measure"], f["fix"]) for f in d["findings"]]
    return DocumentResult(report, d["rulepack"], findings, d["score"], d["passed"], tuple(d["required"]),
                          d.get("rulepack_reason", ""))
