"""The pipeline end to end: paths -> files -> Document -> Report -> findings and score.

`check_paths` runs one pack and one set of options over files (the library
entry point); `lint_paths` is what the command line runs: settings resolved per
file from the closest configuration file, waivers, and the result cache.
"""

from __future__ import annotations

import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

from ita_lint.deadline import deadline
from ita_lint.discover import discover, find_inputs
from ita_lint.model import NOWHERE, Document, DocumentResult, Finding, InputError, RunResult
from ita_lint.readers import DEFAULT_MAX_BYTES, ReadError, ReadOptions, check_given_bytes, parse_bytes, read_bytes


def check_document(document: Document, pack, options) -> DocumentResult:
    from ita_lint.engine.run import lint_report
    from ita_lint.extract import extract

    return lint_report(extract(document, pack), pack, options)


def read_for_check(path: str, read_options: ReadOptions = ReadOptions()) -> Document:
    """One file as the checker reads it, or ReadError (a missing file, no text, a parser's failure)."""
    files, errors = discover([path])
    if errors:
        raise ReadError(errors[0].message)
    return _read(files[0], read_options)


def _read(path: str, read_options: ReadOptions, data: Optional[bytes] = None) -> Document:
    try:
        document = parse_bytes(path, read_bytes(path, read_options) if data is None else data, read_options)
    except ReadError:
        raise
    except Exception as exc:  # a parser's own failure on strange input is still a one-line error
        raise ReadError(f"cannot be read ({type(exc).__name__}: {exc})") from None
    if not any(b.plain_text().strip() for b in document.blocks):
        raise ReadError("no text found in the document")
    return document


def _finish(results: list[DocumentResult], errors: list[InputError], skipped: list[InputError] = ()) -> RunResult:
    # results do not depend on the order paths were given in
    results.sort(key=lambda r: r.report.document.path)
    errors.sort(key=lambda e: e.path)
    passed = not errors and all(r.passed for r in results)
    score = round(sum(r.score for r in results) / len(results), 2) if results else None  # the run's: the mean
    return RunResult(results, errors, score, passed, skipped=list(skipped))


def check_paths(paths: Iterable[str], pack, options=None, read_options: ReadOptions = ReadOptions()) -> RunResult:
    from ita_lint.engine.run import Options

    options = options or Options()
    found = find_inputs(paths)
    files, errors = found.files, found.errors
    results: list[DocumentResult] = []
    for path in files:
        try:
            with deadline(read_options.limits.document_seconds):
                results.append(check_document(_read(path, read_options), pack, options))
        except ReadError as exc:
            errors.append(InputError(path, str(exc)))
    from ita_lint.trace import trace_run

    return trace_run(_finish(results, errors, found.skipped), lambda result: (pack, options))


# --- the command line's run: settings per file, waivers, cache ---------------------------------


@dataclass
class RunRequest:
    paths: list[str]
    cli: dict = field(default_factory=dict)  # settings given on the command line (config keys)
    config_path: Optional[str] = None
    use_cache: bool = True
    cache_dir: Optional[str] = None
    ocr: bool = False
    isolated: bool = False  # no configuration file from the checked tree (only `config_path`, if given)
    verbose: bool = False  # a bug's traceback on stderr
    jobs: int = 1  # documents checked at once, each in a worker process (ita_lint.jobs)
    # standard input (`-`): the name it goes by (its extension decides the format; settings
    # are those of that path, as ruff's --stdin-filename) and its bytes
    stdin: Optional[tuple[str, bytes]] = None
    progress: Optional[Callable[[int, Optional[int], str], None]] = None  # (done, total, path), e.g. progress.Bar


class SettingsError(Exception):
    """A setting names something that does not exist (rule, category, year)."""

    def __init__(self, message: str, names: tuple[str, ...] = ()):
        super().__init__(message)
        self.names = names  # the unknown rule ids or categories


def lint_paths(request: RunRequest) -> RunResult:
    from functools import partial

    from ita_lint.cache import Cache, default_dir
    from ita_lint.engine.packs import RulePackError, available_packs, pack_id_for_year, rules_root
    from ita_lint.jobs import run_each

    found = find_inputs(request.paths)
    files, errors = found.files, found.errors
    results: list[DocumentResult] = []
    root = str(rules_root())
    year = request.cli.get("year")
    if year and pack_id_for_year(year) not in available_packs():  # bad usage, the same for every file
        raise RulePackError(f"no rule pack '{pack_id_for_year(year)}' (available: {', '.join(available_packs())})")
    cache = Cache(Path(request.cache_dir) if request.cache_dir else default_dir()) if request.use_cache else None
    given: dict[str, bytes] = dict([request.stdin]) if request.stdin else {}
    inputs = [*files, *given]
    tick = request.progress or (lambda done, total, path: None)
    if inputs:
        tick(0, len(inputs), inputs[0])
    work = partial(_outcome, request, cache, root, given)
    outcomes = run_each(work, inputs, request.jobs,
                        done=lambda k, path: tick(k + 1, len(inputs), inputs[k + 1] if k + 1 < len(inputs) else ""),
                        broken=lambda path, exc: ("bug", _bug(exc), ""))
    asked = {name for key in ("select", "ignore", "extend_select", "extend_ignore") for name in request.cli.get(key, ())}
    for path, outcome in zip(inputs, outcomes):
        if outcome[0] == "result":
            results.append(outcome[1])
            continue
        if outcome[0] == "settings" and set(outcome[2]) & asked:
            raise SettingsError(outcome[1], outcome[2])  # bad usage of the command line, the same for every file: said once
        if outcome[0] == "bug" and request.verbose:
            sys.stderr.write(outcome[2])
        errors.append(InputError(path, outcome[1]))
    tick(len(inputs), len(inputs), "")
    return _traceability(_finish(results, errors, found.skipped), request)


def _bug(exc: BaseException) -> str:
    from ita_lint.bugs import bug_message

    return bug_message(exc)


def _outcome(request: RunRequest, cache, root: str, given: dict, path: str) -> tuple:
    """One file's outcome as data (a worker process returns it): ("result", DocumentResult),
    ("settings", message, unknown names), ("error", message) or ("bug", message, traceback)."""
    from ita_lint.config import ConfigError
    from ita_lint.engine.packs import RulePackError

    try:
        return ("result", _check_file(path, request, cache, root, given.get(path)))
    except SettingsError as exc:
        return ("settings", str(exc), exc.names)
    except (ReadError, ConfigError, RulePackError) as exc:
        return ("error", str(exc))
    except Exception as exc:  # a bug: this document's error line, and the others are still checked
        return ("bug", _bug(exc), traceback.format_exc())


def _check_file(path: str, request: RunRequest, cache, root: str, given: Optional[bytes] = None) -> DocumentResult:
    """One file's result, from the cache or fresh; ReadError, ConfigError or SettingsError when it has none."""
    from ita_lint.cache import key, pack_fingerprint
    from ita_lint.config import effective_for
    from ita_lint.limits import from_settings

    eff = effective_for(path, request.cli, request.config_path, request.isolated)
    read_options = ReadOptions(max_bytes=eff.max_bytes or DEFAULT_MAX_BYTES, max_pages=eff.max_pages or ReadOptions.max_pages,
                               ocr=request.ocr, limits=from_settings(eff.limits))
    k = None
    with deadline(read_options.limits.document_seconds):  # reading, extraction, every rule
        data = check_given_bytes(path, given, read_options) if given is not None else read_bytes(path, read_options)
        if cache is not None:
            k = key(data, path, pack_fingerprint(root, eff.rule_dirs) + str(request.ocr), eff.fingerprint())
            hit = cache.get(k)
            if hit is not None:
                return hit
        result = _lint_one(_read(path, read_options, data), eff, request.cli)
    if cache is not None and k is not None:
        cache.put(k, result)
    return result


def _traceability(run: RunResult, request: RunRequest) -> RunResult:
    """Measures documents paired with the results reports on them (ita_lint.trace), once every
    document has been read. Computed on every run from the documents' results, cached ones
    included, and never cached itself: its findings go on the results report, under that
    document's own pack, selection, severities and waivers."""
    from ita_lint.config import effective_for, today, waiver_applies
    from ita_lint.trace import trace_run

    def rules_for(result: DocumentResult):
        path = result.report.document.path
        eff = effective_for(path, request.cli, request.config_path, request.isolated)
        waived = frozenset(w.rule for w in eff.waivers if waiver_applies(w, path)
                           and (w.expires is None or w.expires >= today()))
        return pack_and_options(eff, waived, result.rulepack)

    return trace_run(run, rules_for)


def _pack_id(year: Optional[int]) -> str:
    from ita_lint.engine.packs import default_pack_id, pack_id_for_year

    return pack_id_for_year(year) if year else default_pack_id()


def choose_pack(document: Document, eff) -> tuple[str, dict]:
    """The pack for one document and why: the year the settings name, or else the one whose
    assessment asks for the document's own kind and fiscal year (engine/choose.py)."""
    from ita_lint.engine.choose import choose
    from ita_lint.engine.loader import load_pack
    from ita_lint.extract import extract

    if eff.year:
        where = f" ({eff.source})" if eff.source else ""
        return _pack_id(eff.year), {"th": f"กำหนดปีการประเมินด้วย --year หรือไฟล์ตั้งค่า{where}",
                                    "en": f"the assessment year is set by --year or the configuration{where}"}
    newest = load_pack(_pack_id(None), eff.rule_dirs)
    report = extract(document, newest)
    kind = next((k.name for k in newest.vocabulary.kinds if k.id == report.kind), None)
    choice = choose(report.kind, report.fiscal_year, {"th": kind.th, "en": kind.en} if kind else {})
    return choice.pack_id, choice.reason


def pack_and_options(eff, waived: frozenset[str] = frozenset(), pack_id: Optional[str] = None):
    """The rule pack and engine options that effective settings name; SettingsError if they name
    a rule or category the pack does not have."""
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Options, Selection

    pack = load_pack(pack_id or _pack_id(eff.year), eff.rule_dirs)
    known = {r.id for r in pack.rules} | {r.category for r in pack.rules}
    unknown = sorted((set(eff.select) | set(eff.ignore) | {k for k, _ in eff.severity}) - known)
    if unknown:
        where = f" (in {eff.source})" if eff.source else ""
        raise SettingsError(f"unknown rule id or category: {', '.join(unknown)}{where}; see `ita-lint rules`",
                            tuple(unknown))
    options = Options(lang=eff.lang, selection=Selection(frozenset(eff.select), frozenset(eff.ignore) | waived,
                                                           dict(eff.severity)), fail_under=eff.fail_under)
    return pack, options


def _lint_one(document: Document, eff, cli: dict) -> DocumentResult:
    from ita_lint.config import today, waiver_applies
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.run import Selection
    from ita_lint.engine.weakened import weakening_findings

    waived, expired = set(), []
    for w in eff.waivers:
        if waiver_applies(w, document.path):
            if w.expires is not None and w.expires < today():
                expired.append(w)
            else:
                waived.add(w.rule)
    pack_id, reason = choose_pack(document, eff)
    pack, options = pack_and_options(eff, frozenset(waived), pack_id)
    result = check_document(document, pack, options)
    result.rulepack_reason = reason[eff.lang]
    bundled = load_pack(pack_id) if eff.rule_dirs else pack
    asked = Selection(frozenset(cli.get("select") or ()), frozenset(cli.get("ignore") or ()))
    result.findings[0:0] = weakening_findings(pack, bundled, options.selection, asked, eff.source, eff.lang)
    if pack.meta.provisional is not None:
        title = pack.meta.title.get(eff.lang)
        message = (f"{title}: its manual is not published yet; {pack.meta.provisional.en}" if eff.lang == "en" else
                   f"{title}: ยังไม่มีคู่มือของปีนี้ {pack.meta.provisional.th}")
        fix = ("check again when the manual is published and ita-lint's rules for this year are updated"
               if eff.lang == "en" else "ตรวจอีกครั้งเมื่อคู่มือของปีนี้ประกาศและเกณฑ์ของ ita-lint ปรับตามแล้ว")
        result.findings.insert(0, Finding("rulepack-provisional", "fiscal-year", "info", message, NOWHERE, None, None, fix))
    for w in expired:
        message = (f"waiver for '{w.rule}' expired on {w.expires.isoformat()} ({w.reason}); the rule applies again"
                   if eff.lang == "en" else
                   f"การยกเว้นกฎ '{w.rule}' หมดอายุเมื่อ {w.expires.isoformat()} ({w.reason}) จึงตรวจกฎนี้ตามปกติ")
        fix = ("renew the waiver in the configuration with a new date, or fix the report" if eff.lang == "en"
               else "ต่ออายุการยกเว้นในไฟล์ตั้งค่า หรือแก้ไขรายงาน")
        result.findings.insert(0, Finding("waiver-expired", "input", "warning", message, NOWHERE, None, None, fix))
    return result


def check_bytes(name: str, data: bytes, eff, read_options: ReadOptions = ReadOptions()) -> RunResult:
    """One file given as its bytes (a page's upload), checked as the command line checks a file
    with the settings `eff`; nothing is cached or written. `name` gives the format and the path shown."""
    try:
        with deadline(read_options.limits.document_seconds):
            results, errors = [_lint_one(_read(name, read_options, data), eff, {})], []
    except ReadError as exc:
        results, errors = [], [InputError(name, str(exc))]
    return _finish(results, errors)
