"""The pipeline end to end: paths -> files -> Document -> Report -> findings and score."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from ita_lint.engine.loader import LoadedPack
from ita_lint.engine.run import Options, lint_report, run_score
from ita_lint.extract import extract
from ita_lint.model import Document, DocumentResult, InputError, RunResult
from ita_lint.readers import FORMATS, ReadError, ReadOptions, read_document

# Walking a folder skips these: they describe a folder of reports, they are not reports.
# A file named on the command line is always checked.
SKIPPED_NAMES = ("readme", "changelog", "license", "contributing")


def discover(paths: Iterable[str]) -> tuple[list[str], list[InputError]]:
    """Files to check, in a stable order, and the paths that do not exist."""
    files: list[str] = []
    errors: list[InputError] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")) and d != "node_modules")
                for name in sorted(names):
                    stem = name.rsplit(".", 1)[0].lower()
                    if Path(name).suffix.lower() in FORMATS and stem not in SKIPPED_NAMES and not name.startswith("."):
                        files.append(str(Path(root) / name))
        elif p.exists():
            files.append(str(p))
        else:
            errors.append(InputError(str(raw), "no such file or directory"))
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]
    return unique, errors


def check_document(document: Document, pack: LoadedPack, options: Options) -> DocumentResult:
    return lint_report(extract(document, pack), pack, options)


def check_paths(paths: Iterable[str], pack: LoadedPack, options: Options = Options(),
                read_options: ReadOptions = ReadOptions()) -> RunResult:
    files, errors = discover(paths)
    results: list[DocumentResult] = []
    for path in files:
        try:
            document = read_document(path, read_options)
        except ReadError as exc:
            errors.append(InputError(path, str(exc)))
            continue
        if not any(b.plain_text().strip() for b in document.blocks):
            errors.append(InputError(path, "no text found in the document"))
            continue
        results.append(check_document(document, pack, options))
    # results do not depend on the order paths were given in
    results.sort(key=lambda r: r.report.document.path)
    errors.sort(key=lambda e: e.path)
    passed = not errors and all(r.passed for r in results)
    return RunResult(results, errors, run_score(results), passed)
