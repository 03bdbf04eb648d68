"""Tables a web page draws with a script from data it carries.

A page built this way holds its measures as JSON in a data island
(`<script type="application/json">[{"measure": …, "owner": …}, …]</script>`) and a
script that turns each record into a table row when a browser runs it; read without
running the script, the page shows nothing where the table stands. The data island
is read here as that table: one row a record, one column a key, each column named as
the page's own script names it where it pairs the key with a heading
(`['owner', 'ผู้รับผิดชอบ']`, DataTables' `{data: 'owner', title: 'ผู้รับผิดชอบ'}`),
else by the key itself. A list in a record is the lines of its cell.
"""

from __future__ import annotations

import json
import re
from typing import Optional

from ita_lint.model import Location, Row
from ita_lint.readers.fragments import make_cell

DATA_TYPES = ("application/json",)

# The heading a script pairs with a key: the next quoted string holding Thai letters
# within this many characters after the quoted key.
_HEADING_REACH = 80
_THAI = re.compile("[\u0e01-\u0e4f]")
_QUOTED = re.compile(r"""(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1""")


def is_data_island(script) -> bool:
    return (script.get("type") or "").strip().lower() in DATA_TYPES


def records(text: str) -> Optional[list[dict]]:
    """The records a data island holds: a list of objects, or the one list of objects
    under a key of a top-level object ({"measures": [...]}); None for anything else."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if isinstance(data, dict):
        lists = [v for v in data.values() if _record_list(v)]
        data = lists[0] if len(lists) == 1 else None
    return data if _record_list(data) else None


def _record_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(r, dict) and r for r in value)


def headings(keys: list[str], scripts: list[str]) -> dict[str, str]:
    """Each key's heading as the page's scripts pair it, where they do."""
    found: dict[str, str] = {}
    for source in scripts:
        for m in _QUOTED.finditer(source):
            key = m.group(2)
            if key not in keys or key in found:
                continue
            for later in _QUOTED.finditer(source, m.end(), min(len(source), m.end() + _HEADING_REACH)):
                if later.group(2) in keys:
                    break  # the next key comes first: this one is paired with no heading
                if _THAI.search(later.group(2)):
                    found[key] = later.group(2).strip()
                    break
    return found


def table_rows(items: list[dict], scripts: list[str], line: Optional[int]) -> list[Row]:
    """The table a script would draw from `items`: a header row, then one row a record."""
    keys: list[str] = []
    for item in items:
        keys += [str(k) for k in item if str(k) not in keys]
    names = headings(keys, scripts)
    location = Location(line=line)
    rows = [Row([make_cell(names.get(k, k)) for k in keys], location, header=True)]
    for item in items:
        rows.append(Row([make_cell(_cell_text(item.get(k))) for k in keys], location))
    return rows


def _cell_text(value) -> str:
    if value is None or value is False:
        return ""
    if isinstance(value, list):
        return "\n".join(_cell_text(v) for v in value if _cell_text(v))
    if isinstance(value, dict):
        return "\n".join(f"{k}: {_cell_text(v)}" for k, v in value.items() if _cell_text(v))
    return str(value)
