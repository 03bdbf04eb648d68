"""Tables kept as data in a Markdown page's front matter.

A static site (Hugo, Jekyll, Eleventy) may hold a page's table as records in its front
matter and draw it with a shortcode or a template ("{{< ita-plan data="activities" >}}"):
what a visitor sees is a table whose rows are the records. Each list of records (two or
more mappings) is read as a table, its columns the records' keys in order. A list that
maps those keys to column labels ("- key: owner / label: ผู้รับผิดชอบ") heads it; without
one, the keys themselves do. A record's list of values is a cell of several lines.

YAML front matter ("---" … "---") is read with PyYAML, TOML ("+++" … "+++", Hugo's
default) with the standard library's tomllib where Python has it (3.11 and later).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ita_lint.model import Block, Location, Row
from ita_lint.readers.fragments import make_cell

MIN_RECORDS = 2
MAX_CELL_CHARS = 20_000


@dataclass
class _Records:
    """One list of records: where its key stands, and each record's fields (name -> text)
    with the line it starts on."""

    line: int
    records: list[tuple[dict[str, str], int]]

    @property
    def keys(self) -> list[str]:
        keys: list[str] = []
        for fields, _ in self.records:
            keys += [k for k in fields if k not in keys]
        return keys


def front_matter_tables(lines: list[str], end: int) -> list[tuple[str, Block]]:
    """(the key that holds them, the table) for each list of records in the front matter
    that takes lines[0:end]; its rows keep their source lines."""
    fence = lines[0].strip() if lines else ""
    lists = _yaml_records(lines, end) if fence == "---" else _toml_records(lines, end) if fence == "+++" else {}
    labels_of: dict[str, dict[str, str]] = {}
    label_lists = set()
    for name, found in lists.items():
        for other, candidate in lists.items():
            labels = _labels(candidate, found.keys) if other != name else None
            if labels:
                labels_of[name] = labels
                label_lists.add(other)
                break
    tables = []
    for name, found in lists.items():
        if name in label_lists:
            continue
        keys = found.keys
        labels = labels_of.get(name, {})
        header = Row([make_cell(labels.get(k, k)) for k in keys], Location(line=found.line), header=True)
        rows = [header] + [Row([make_cell(fields.get(k, "")) for k in keys], Location(line=line))
                           for fields, line in found.records]
        tables.append((name, Block("table", location=header.location, rows=rows)))
    return tables


def _labels(found: _Records, keys: list[str]) -> Optional[dict[str, str]]:
    """key -> label, when every record of `found` has two fields, the first naming one of
    `keys` and the second its label."""
    labels = {}
    for fields, _ in found.records:
        if len(fields) != 2:
            return None
        key, label = fields.values()
        labels[key] = label
    return labels if set(labels) == set(keys) else None


# --- YAML ------------------------------------------------------------------------------------


def _yaml_records(lines: list[str], end: int) -> dict[str, _Records]:
    """Lines are the file's: the front matter starts on line 2, and yaml counts from 0."""
    import yaml

    try:
        root = yaml.compose("\n".join(lines[1:end - 1]), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return {}  # front matter a site would not build either: left as it is
    if not isinstance(root, yaml.MappingNode):
        return {}
    found = {}
    for key, value in root.value:
        if not (isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.SequenceNode)
                and len(value.value) >= MIN_RECORDS
                and all(isinstance(item, yaml.MappingNode) and item.value for item in value.value)):
            continue
        records = [({str(k.value): _yaml_text(v) for k, v in item.value if isinstance(k, yaml.ScalarNode)},
                    item.start_mark.line + 2) for item in value.value]
        found[str(key.value)] = _Records(key.start_mark.line + 2, records)
    return found


def _yaml_text(node) -> str:
    """A field's text: a list's values one a line, a mapping's "key: value" lines — at most
    MAX_CELL_CHARS (YAML aliases can make a small file's list enormous)."""
    import yaml

    parts: list[str] = []
    size = 0
    stack = [(node, "")]
    while stack and size < MAX_CELL_CHARS:
        item, prefix = stack.pop()
        if isinstance(item, yaml.ScalarNode):
            parts.append(prefix + str(item.value))
            size += len(parts[-1]) + 1
        elif isinstance(item, yaml.SequenceNode):
            stack.extend((v, prefix) for v in reversed(item.value))
        elif isinstance(item, yaml.MappingNode):
            stack.extend((v, f"{k.value}: ") for k, v in reversed(item.value))
    return "\n".join(parts)[:MAX_CELL_CHARS]


# --- TOML ------------------------------------------------------------------------------------


def _toml_records(lines: list[str], end: int) -> dict[str, _Records]:
    """Hugo's TOML: `[[activities]]` tables, or `activities = [{…}, {…}]`. tomllib keeps
    no positions: a record's line is where its `[[name]]` stands, else the key's."""
    try:
        import tomllib
    except ImportError:  # Python 3.10: TOML front matter is left as it is
        return {}
    try:
        data = tomllib.loads("\n".join(lines[1:end - 1]))
    except (tomllib.TOMLDecodeError, ValueError, RecursionError):
        return {}
    found = {}
    for name, value in data.items():
        if not (isinstance(value, list) and len(value) >= MIN_RECORDS
                and all(isinstance(item, dict) and item for item in value)):
            continue
        opens = [k + 1 for k in range(1, end - 1)
                 if re.fullmatch(r"\s*\[\[\s*" + re.escape(name) + r"\s*\]\]\s*", lines[k])]
        key_line = next((k + 1 for k in range(1, end - 1) if re.match(r"\s*" + re.escape(name) + r"\s*=", lines[k])),
                        opens[0] if opens else 1)
        try:
            records = [({str(k): _toml_text(v) for k, v in item.items()}, opens[i] if i < len(opens) else key_line)
                       for i, item in enumerate(value)]
        except RecursionError:  # arrays nested deeper than any page draws
            continue
        found[name] = _Records(opens[0] if opens else key_line, records)
    return found


def _toml_text(value) -> str:
    if isinstance(value, list):
        return "\n".join(_toml_text(v) for v in value)[:MAX_CELL_CHARS]
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_toml_text(v)}" for k, v in value.items())[:MAX_CELL_CHARS]
    return str(value)
