"""Where rule packs live, and which exist: cheap (no YAML parsing, no pydantic), for start-up paths."""

from __future__ import annotations

from pathlib import Path
from typing import Optional


class RulePackError(Exception):
    """A rule pack or rule file is invalid; the message names file, rule and field."""


def rules_root() -> Path:
    """`ita_lint/_rules` in an installed wheel; the repository's `rules/` in a source checkout."""
    here = Path(__file__).resolve().parent.parent
    installed = here / "_rules"
    if installed.is_dir():
        return installed
    return here.parent / "rules"


def available_packs(root: Optional[Path] = None) -> list[str]:
    root = root or rules_root()
    return sorted(p.name for p in root.iterdir() if (p / "pack.yaml").is_file() and p.name.startswith("ita-"))


def default_pack_id() -> str:
    """The newest assessment year's pack."""
    packs = available_packs()
    if not packs:
        raise RulePackError(f"no rule packs found under {rules_root()}")
    return packs[-1]


def pack_id_for_year(year: int | str) -> str:
    return f"ita-{year}"


def shown_path(path: Path) -> str:
    """A rule file as a user names it: a bundled one by its place among the rule packs
    ("rules/common/elements.yaml", whichever folder the package is installed in), a user's
    own rule file by its path."""
    try:
        return "rules/" + Path(path).resolve().relative_to(rules_root().resolve()).as_posix()
    except ValueError:
        return str(path)
