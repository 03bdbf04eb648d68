"""Tables kept as data in a Markdown page's YAML front matter.

A static site (Hugo, Jekyll, Eleventy) may hold a page's table as records in its front
matter and draw it with a shortcode or a template ("{{< ita-plan data="activities" >}}"):
what a visitor sees is a table whose rows are the records. Each list of records (two or
more mappings) is read as a table, its columns the records' keys in order. A list that
maps those keys to column labels ("- key: owner / label: ผู้รับผิดชอบ") heads it; without
one, the keys themselves do. A record's list of values is a cell of several lines.
"""

from __future__ import annotations

from typing import Optional

from ita_lint.model import Block, Location, Row
from ita_lint.readers.fragments import make_cell

MIN_RECORDS = 2
MAX_CELL_CHARS = 20_000


def front_matter_tables(lines: list[str], end: int) -> list[tuple[str, Block]]:
    """(the key that holds them, the table) for each list of records in the YAML front
    matter that takes lines[0:end] ("---" … "---"); its rows keep their source lines (the
    front matter starts on the file's line 2, and yaml counts from 0)."""
    import yaml

    if not lines or lines[0].strip() != "---":
        return []
    try:
        root = yaml.compose("\n".join(lines[1:end - 1]), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return []  # front matter a site would not build either: left as it is
    if not isinstance(root, yaml.MappingNode):
        return []
    lists = {k.value: v for k, v in root.value if isinstance(k, yaml.ScalarNode) and _records(v)}
    key_lines = {k.value: k.start_mark.line + 2 for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
    labels_of: dict[str, dict[str, str]] = {}
    label_lists = set()
    for name, node in lists.items():
        for other, candidate in lists.items():
            labels = _labels(candidate, _keys(node)) if other != name else None
            if labels:
                labels_of[name] = labels
                label_lists.add(other)
                break
    tables = []
    for name, node in lists.items():
        if name in label_lists:
            continue
        keys = _keys(node)
        labels = labels_of.get(name, {})
        header = Row([make_cell(labels.get(k, k)) for k in keys], Location(line=key_lines[name]), header=True)
        rows = [header]
        for item in node.value:
            fields = {k.value: v for k, v in item.value if isinstance(k, yaml.ScalarNode)}
            rows.append(Row([make_cell(_text(fields[k]) if k in fields else "") for k in keys],
                            Location(line=item.start_mark.line + 2)))
        tables.append((name, Block("table", location=header.location, rows=rows)))
    return tables


def _records(node) -> bool:
    import yaml

    return (isinstance(node, yaml.SequenceNode) and len(node.value) >= MIN_RECORDS
            and all(isinstance(item, yaml.MappingNode) and item.value for item in node.value))


def _keys(node) -> list[str]:
    keys: list[str] = []
    for item in node.value:
        for k, _ in item.value:
            if k.value not in keys:
                keys.append(str(k.value))
    return keys


def _labels(node, keys: list[str]) -> Optional[dict[str, str]]:
    """key -> label, when every record of `node` has two scalar fields, the first naming
    one of `keys` and the second its label."""
    import yaml

    found = {}
    for item in node.value:
        if len(item.value) != 2 or not all(isinstance(v, yaml.ScalarNode) for _, v in item.value):
            return None
        (_, key), (_, label) = item.value
        found[key.value] = label.value
    return found if set(found) == set(keys) else None


def _text(node) -> str:
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
