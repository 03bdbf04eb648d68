"""Configuration: `[tool.ita-lint]` in pyproject.toml or `.ita-lint.yaml`, found per checked file.

As in ruff, the closest configuration file above a checked path wins (in one
folder `.ita-lint.yaml` beats `.ita-lint.yml` beats `pyproject.toml`, and a
pyproject.toml without `[tool.ita-lint]` is passed over). Command-line flags
override the file; `overrides` apply to paths matching their globs (relative to
the file's folder). A broken file is a `ConfigError` naming the file and key.

    [tool.ita-lint]
    year = 2569
    select = ["missing-element", "status"]
    ignore = ["placeholder"]
    severity = { fiscal-year-periods = "error" }
    fail-under = 85
    lang = "en"
    rule-dirs = ["ita-rules"]
    [[tool.ita-lint.overrides]]
    paths = ["archive/**"]
    year = 2568
    [[tool.ita-lint.waivers]]
    path = "reports/o26.pdf"
    rule = "placeholder"
    reason = "signature blanks in the scanned memo"
    expires = 2026-12-31
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import functools
import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath
from typing import Optional

CONFIG_NAMES = (".ita-lint.yaml", ".ita-lint.yml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file is invalid; the message names the file and the key."""


DEFAULTS = {"year": None, "select": [], "ignore": [], "severity": {}, "fail_under": 0.0, "lang": "th",
            "rule_dirs": [], "max_bytes": None, "max_pages": None, "limits": {}}


@dataclass(frozen=True)
class Waiver:
    path: str
    rule: str
    reason: str
    expires: Optional[dt.date] = None


@dataclass(frozen=True)
class Effective:
    """The settings in force for one file, and where they came from.

    A plain dataclass: resolving settings must stay cheap, since a run served
    from the cache does little else (pydantic is imported only to validate a file).
    """

    source: Optional[str]
    year: Optional[int]
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    severity: tuple[tuple[str, str], ...]
    fail_under: float
    lang: str
    rule_dirs: tuple[str, ...]
    max_bytes: Optional[int]
    max_pages: Optional[int]
    waivers: tuple[Waiver, ...] = ()
    limits: tuple[tuple[str, int], ...] = ()  # (--limit name, value) raised or lowered from ita_lint.limits

    def as_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = dict(self.severity)
        data["limits"] = dict(self.limits)
        data["waivers"] = [dict(asdict(w), expires=w.expires.isoformat() if w.expires else None) for w in self.waivers]
        return data

    def fingerprint(self) -> str:
        data = self.as_dict()
        data.pop("source")
        return hashlib.sha256(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _load_toml(path: Path) -> Optional[dict]:
    try:
        import tomllib  # type: ignore[import-not-found]
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    tool = data.get("tool", {})
    return tool.get("ita-lint") if isinstance(tool, dict) else None


def _load_yaml(path: Path) -> dict:
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: invalid YAML: {str(exc).splitlines()[0]}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of settings")
    return data


@functools.lru_cache(maxsize=256)
def load_config(path: str):
    """The validated ConfigFile (pydantic) of a configuration file."""
    from pydantic import ValidationError

    from ita_lint.config_schema import ConfigFile

    p = Path(path)
    raw = _load_toml(p) if p.name == "pyproject.toml" else _load_yaml(p)
    try:
        return ConfigFile.model_validate(raw or {})
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(x) for x in err["loc"]) or "(top level)"
        where = "[tool.ita-lint] " if p.name == "pyproject.toml" else ""
        raise ConfigError(f"{path}: {where}key '{key}': {err['msg']}") from None


@functools.lru_cache(maxsize=1024)
def find_config(folder: str) -> Optional[str]:
    """The closest configuration file at or above `folder`."""
    d = Path(folder).resolve()
    for candidate in (d, *d.parents):
        for name in CONFIG_NAMES:
            f = candidate / name
            if f.is_file():
                if name == "pyproject.toml" and _load_toml(f) is None:
                    continue
                return str(f)
    return None


def _matches(path: Path, base: Path, patterns: list[str]) -> bool:
    try:
        rel = PurePosixPath(path.resolve().relative_to(base).as_posix())
    except ValueError:
        return False
    s = str(rel)
    return any(fnmatch.fnmatch(s, pat) or rel.match(pat) or fnmatch.fnmatch(rel.name, pat) for pat in patterns)


def effective_for(path: str, cli: Optional[dict] = None, config_path: Optional[str] = None,
                  isolated: bool = False) -> Effective:
    """Settings for one checked file: defaults < config file < its matching overrides < command line.
    `isolated` reads no configuration file from the checked tree: only `config_path`, if given."""
    from ita_lint.i18n import locale_lang

    values = dict(DEFAULTS, lang=locale_lang())  # Thai, or English under an English locale
    target = Path(path)
    source = config_path or (None if isolated else find_config(str(target if target.is_dir() else target.parent)))
    waivers: tuple[Waiver, ...] = ()
    if source:
        conf = load_config(source)
        base = Path(source).resolve().parent
        _apply(values, conf, base, source)
        for override in conf.overrides:
            if _matches(target, base, override.paths):
                _apply(values, override, base, source)
        waivers = tuple(Waiver(str(base / w.path), w.rule, w.reason, w.expires) for w in conf.waivers)
    cli = dict(cli or {})
    extend = {key: cli.pop(f"extend_{key}", None) or () for key in ("select", "ignore")}
    for key, value in cli.items():
        if value is not None and value != () and value != [] and value != {}:
            values[key] = {**values["limits"], **value} if key == "limits" else value
    _extend(values, extend["select"], extend["ignore"])
    return Effective(
        source=source, year=values["year"], select=tuple(values["select"]), ignore=tuple(values["ignore"]),
        severity=tuple(sorted(values["severity"].items())), fail_under=float(values["fail_under"]),
        lang=values["lang"], rule_dirs=tuple(values["rule_dirs"]), max_bytes=values["max_bytes"],
        max_pages=values["max_pages"], waivers=waivers, limits=tuple(sorted(values["limits"].items())))


def _apply(values: dict, conf, base: Path, source: str) -> None:
    for key in DEFAULTS:
        value = getattr(conf, key)
        if value is None:
            continue
        if key == "rule_dirs":
            value = [_rule_dir(d, base, source) for d in value]
        if key in ("severity", "limits"):
            value = {**values[key], **value}
        values[key] = value
    _extend(values, conf.extend_select or (), conf.extend_ignore or ())


def _extend(values: dict, select, ignore) -> None:
    """`extend-select` / `extend-ignore`, as in ruff: added to what is selected or ignored. An empty
    `select` already means every rule, so extending it changes nothing."""
    if select and values["select"]:
        values["select"] = list(values["select"]) + [s for s in select if s not in values["select"]]
    if ignore:
        values["ignore"] = list(values["ignore"]) + [i for i in ignore if i not in values["ignore"]]


def _rule_dir(folder: str, base: Path, source: str) -> str:
    """A rule folder of a configuration file, which must lie inside the file's own folder: the
    configuration of a checked tree may not load rules from anywhere else on the machine."""
    resolved = (base / folder).resolve()  # symlinks resolved too: a link out of the folder is out
    if Path(folder).is_absolute() or not resolved.is_relative_to(base):
        raise ConfigError(f"{source}: key 'rule-dirs': '{folder}' is outside the configuration's folder {base}; "
                          "rule folders must lie inside it (move the rules there, or name another file with --config)")
    return str(resolved)


def waiver_applies(waiver: Waiver, path: str) -> bool:
    p = str(Path(path).resolve())
    return fnmatch.fnmatch(p, str(Path(waiver.path).resolve())) or p == str(Path(waiver.path).resolve())


def today() -> dt.date:
    return dt.date.today()
