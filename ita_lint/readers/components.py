"""MDX components (Docusaurus, Nextra, Astro) in a Markdown source: what the page shows.

A site built from MDX draws a measure as a component whose fields are props:
`<MeasureCard no="1" title="…" owner="…" period="…">` with its steps as children. The
page shows each prop as a labelled field of the card, so a block component with a title
prop reads as a numbered item "1. …" with one "owner: …" line per prop nested under it,
and its children nested under that. Other tags (`<Badge>ผ่าน</Badge>`) show only their
children; the module's `import`/`export` lines show nothing.
"""

from __future__ import annotations

import re

# props that name the card and number it, as components are commonly written
TITLE_PROPS = ("title", "name", "heading", "label")
NUMBER_PROPS = ("no", "num", "number", "index", "order", "seq")

_OPEN = re.compile(r"^\s*<(?P<name>[A-Z][\w.]*)(?=[\s>/]|$)")
_PROP = re.compile(r"""(?P<name>[A-Za-z_][\w-]*)\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|\{\s*["'`](?P<ex>[^"'`]*)["'`]\s*\})""")
_TAG = re.compile(r"</?[A-Z][\w.]*(?:\s[^<>]*)?/?>")
_MODULE_LINE = re.compile(r"""^(?:import\s.+\sfrom\s+["'][^"']+["'];?|import\s+["'][^"']+["'];?|export\s+(?:const|default|function)\b.*)\s*$""")
_INDENT = "   "


def as_shown(lines: list[str], numbers: list[int]) -> tuple[list[str], list[int]]:
    """The lines as the built page shows them, each with the source line it came from."""
    if not any("<" in line and _OPEN.match(line) or _MODULE_LINE.match(line) for line in lines):
        return lines, numbers
    out: list[str] = []
    where: list[int] = []
    open_cards: list[str] = []  # names of the titled components we are inside
    k = 0
    while k < len(lines):
        line, n = lines[k], numbers[k]
        depth = _INDENT * len(open_cards)
        m = _OPEN.match(line)
        if _MODULE_LINE.match(line):
            out.append("")
            where.append(n)
            k += 1
            continue
        if m:
            end = _tag_end(lines, k)
            if end is not None:
                tag = "\n".join(lines[k:end + 1])
                closed = tag.rstrip().endswith("/>")
                props = _props(tag)
                title = next((props.pop(p)[0] for p in TITLE_PROPS if p in props), None)
                if title is not None:
                    number = next((props.pop(p)[0] for p in NUMBER_PROPS if p in props), None)
                    out.append(depth + (f"{number}. {title}" if number else title))
                    where.append(n)
                    for name, (value, offset) in props.items():
                        out.append(depth + _INDENT + f"{name}: {value}")
                        where.append(numbers[k + offset])
                    out.append("")
                    where.append(numbers[end])
                    if not closed:
                        open_cards.append(m.group("name"))
                    k = end + 1
                    continue
        stripped = line.strip()
        if open_cards and stripped == f"</{open_cards[-1]}>":
            open_cards.pop()
            out.append("")
        else:
            shown = _TAG.sub("", line)
            out.append(depth + shown if stripped and open_cards else shown if shown.strip() else "")
        where.append(n)
        k += 1
    return out, where


def _tag_end(lines: list[str], k: int) -> int | None:
    """The line on which the opening tag started on line k ends (its '>' outside quotes)."""
    quote = ""
    for j in range(k, min(len(lines), k + 60)):
        start = lines[k].index("<") + 1 if j == k else 0
        for ch in lines[j][start:]:
            if quote:
                quote = "" if ch == quote else quote
            elif ch in "\"'":
                quote = ch
            elif ch == ">":
                return j
    return None


def _props(tag: str) -> dict[str, tuple[str, int]]:
    """Each string prop's value, and the line of the tag it is written on (from 0)."""
    props: dict[str, tuple[str, int]] = {}
    for m in _PROP.finditer(tag):
        value = next(v for v in (m.group("dq"), m.group("sq"), m.group("ex")) if v is not None)
        if value.strip():
            props[m.group("name")] = (" ".join(value.split()), tag.count("\n", 0, m.start()))
    return props
