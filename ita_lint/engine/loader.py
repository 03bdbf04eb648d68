"""Find, read and validate rule packs.

Packs ship inside the wheel (`ita_lint/_rules`, copied from the repository's
`rules/` at build time); a source checkout reads `rules/` directly. A pack folder
holds `pack.yaml` and rule files; `extends:` names a pack whose vocabulary and
rules it starts from, and a rule with the same id replaces the inherited one.
Every problem is reported as a `RulePackError` naming the file, the rule id and
the field.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import yaml
from pydantic import TypeAdapter, ValidationError

from ita_lint.engine.packs import RulePackError, available_packs, rules_root
from ita_lint.engine.regex_safety import nested_quantifier
from ita_lint.engine.schema import Pack, Rule, RuleFile, Vocabulary
from ita_lint.thai import Calendar

try:  # the C loader is several times faster where libyaml is present
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader  # type: ignore[misc]


@dataclass
class LoadedPack:
    id: str
    assessment_year: int
    meta: Pack
    vocabulary: Vocabulary
    rules: list[Rule]
    rule_sources: dict[str, Path]
    calendar: Calendar = field(repr=False)

    def rule(self, rule_id: str) -> Optional[Rule]:
        return next((r for r in self.rules if r.id == rule_id), None)


def _read_yaml(path: Path) -> object:
    try:
        with path.open("rb") as fh:
            return yaml.load(fh, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RulePackError(f"{path}{where}: invalid YAML: {problem}") from None
    except OSError as exc:
        raise RulePackError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _describe(exc: ValidationError, path: Path, data: object, list_key: Optional[str] = None) -> str:
    lines = []
    for err in exc.errors()[:5]:
        loc = list(err["loc"])
        rule_id = ""
        if list_key and len(loc) >= 2 and loc[0] == list_key and isinstance(loc[1], int):
            try:
                rule_id = str(data[list_key][loc[1]].get("id", f"#{loc[1] + 1}"))  # type: ignore[index]
            except Exception:
                rule_id = f"#{loc[1] + 1}"
            # drop the list index and the discriminator tag pydantic adds after it
            loc = loc[3:] if len(loc) > 2 and loc[2] in _RULE_TYPES else loc[2:]
        field_path = ".".join(str(x) for x in loc) or "(top level)"
        who = f"rule '{rule_id}', " if rule_id else ""
        lines.append(f"{path}: {who}field '{field_path}': {err['msg']}")
    return "\n".join(lines)


_RULE_TYPES = {"element", "section", "measures-found", "kind", "fiscal-year-declared", "fiscal-year-expected",
               "fiscal-year-periods", "score-consistency", "status-box", "existence", "notes",
               "element-content", "element-repeats", "other-agency", "this-year",
               "traceability", "weakness-coverage"}


def load_rule_file(path: Path) -> list[Rule]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or "rules" not in data:
        raise RulePackError(f"{path}: a rule file holds a mapping with a 'rules:' list")
    try:
        parsed = RuleFile.model_validate(data)
    except ValidationError as exc:
        raise RulePackError(_describe(exc, path, data, "rules")) from None
    for rule in parsed.rules:
        _check_patterns(rule, path)
    return list(parsed.rules)


def _check_patterns(rule: Rule, path: Path) -> None:
    for name in ("patterns", "exempt_before", "exempt_after", "exempt_under"):
        for pattern in getattr(rule, name, []) or []:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RulePackError(f"{path}: rule '{rule.id}', field '{name}': bad regex {pattern!r}: {exc}") from None
            if nested_quantifier(pattern):
                raise RulePackError(f"{path}: rule '{rule.id}', field '{name}': regex {pattern!r} nests an unbounded "
                                    "repeat inside another (as (a+)+), which can take exponential time on one line; "
                                    "bound the inner repeat (a{1,20}) or write it without the nesting")


def _pack_chain(root: Path, pack_id: str, extra: Iterable[Path]) -> list[Path]:
    chain: list[Path] = []
    current: Optional[str] = pack_id
    while current:
        folder = root / current
        if not (folder / "pack.yaml").is_file():
            if current == pack_id:
                known = ", ".join(available_packs(root)) or "none"
                raise RulePackError(f"no rule pack '{pack_id}' (available: {known})")
            raise RulePackError(f"{chain[-1] / 'pack.yaml'}: extends unknown pack '{current}'")
        if folder in chain:
            raise RulePackError(f"{folder / 'pack.yaml'}: 'extends' loops back to '{current}'")
        chain.append(folder)
        meta = _read_yaml(folder / "pack.yaml")
        current = meta.get("extends") if isinstance(meta, dict) else None
    return list(reversed(chain))


@functools.lru_cache(maxsize=8)
def load_pack(pack_id: str, extra_dirs: tuple[str, ...] = (), root: Optional[str] = None) -> LoadedPack:
    """The pack with its inherited vocabulary and rules, validated. Cached per process."""
    base = Path(root) if root else rules_root()
    chain = _pack_chain(base, pack_id, ())
    vocabulary: dict = {}
    rules: dict[str, Rule] = {}
    sources: dict[str, Path] = {}
    meta: Optional[Pack] = None
    folders = chain + [Path(d) for d in extra_dirs]
    for folder in folders:
        pack_file = folder / "pack.yaml"
        if folder in chain and pack_file.is_file():
            raw = _read_yaml(pack_file)
            try:
                meta = Pack.model_validate(raw)
            except ValidationError as exc:
                raise RulePackError(_describe(exc, pack_file, raw)) from None
            vocabulary.update(meta.vocabulary)
        elif folder in chain:
            raise RulePackError(f"{pack_file}: missing")
        if not folder.is_dir():
            raise RulePackError(f"{folder}: rule directory does not exist")
        for path in sorted(folder.glob("*.y*ml")):
            if path.name == "pack.yaml":
                continue
            for rule in load_rule_file(path):
                if rule.id in rules and sources[rule.id].parent == folder:
                    raise RulePackError(f"{path}: rule '{rule.id}' is defined twice (also in {sources[rule.id]})")
                rules[rule.id] = rule
                sources[rule.id] = path
    assert meta is not None
    try:
        vocab = Vocabulary.model_validate(vocabulary)
    except ValidationError as exc:
        raise RulePackError(_describe(exc, chain[-1] / "pack.yaml", vocabulary).replace("field '", "field 'vocabulary.")) from None
    calendar = Calendar(vocab.months, vocab.fiscal_words, vocab.era_words)
    from ita_lint.engine.cite import cite_rules

    return LoadedPack(id=meta.id, assessment_year=meta.assessment_year, meta=meta, vocabulary=vocab,
                      rules=cite_rules(list(rules.values()), meta, vocab), rule_sources=sources, calendar=calendar)


def rule_json_schema() -> dict:
    """The JSON Schema of a rule file, for editors."""
    schema = TypeAdapter(RuleFile).json_schema(by_alias=True)
    schema["$id"] = "ita-lint/rules/v1"
    schema["title"] = "ita-lint rule file"
    return schema
