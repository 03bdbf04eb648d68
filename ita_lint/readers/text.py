"""Markdown and plain text, including text extracted from PDFs by other tools.

What it understands, all seen in published reports:
- tab-separated rows (one table row a line; cells may hold HTML fragments),
- GitHub pipe tables,
- `#` headings and paragraphs written wholly in bold (titles),
- list items: `-`, `*`, `+`, `1.`, `๑.`, `1)`, `(1)`, `(๑)`, with lazy continuation lines,
- paragraphs, whose line breaks are kept (labelled "label: value" lines live there),
- tables laid out with spaces (`aligned`), or cut to fixed widths (`fixed_width`), and
  tables kept as records in a page's front matter (`front_matter`).

Every block keeps the line it starts on. Tables are emitted as they appear;
joining a table split over pages is extract's job, the same for every format.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from datetime import date, timedelta

from ita_lint.model import Block, Cell, Document, Location, Row
from ita_lint.readers import ReadOptions
from typing import Optional

from ita_lint.readers import asciidoc, mediawiki, obsidian, restructured
from ita_lint.readers.aligned import PLine, Region, Segment, find_regions, join_cell_lines
from ita_lint.readers.common import BOLD_END, BOLD_START, lead_in_label, numbered_run
from ita_lint.readers.decode import decode_text
from ita_lint.readers.fixed_width import fixed_width_tables
from ita_lint.readers.fragments import boxes_of, located_fragment_lines, make_cell
from ita_lint.readers.front_matter import front_matter_tables
from ita_lint.thai import normalize, to_arabic_digits

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST = re.compile(r"^(\s*)(?:[-*+•]\s+|(?:[0-9๐-๙]+(?:\.[0-9๐-๙]+)*[.)]|\([0-9๐-๙]+\))\s*)(?=\S)")
# GFM's delimiter row: one hyphen or more in each cell, with its alignment colons ("|:-:|---|")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^)\n]*)\)")  # keeps every line break: lines are counted after
_BOLD = re.compile(r"\*\*|__")
_FENCE = re.compile(r"^\s*(```|~~~)")
_PLAIN_FENCE = re.compile(r"^\s*(?:```|~~~)\s*(?:text|txt|plain|plaintext|none)?\s*$", re.I)
_DEFINITION = re.compile(r"^:[ \t]+(\S.*)$")
_MERMAID_GANTT = re.compile(r"^\s*(```|~~~)\s*mermaid\s+gantt\b", re.I)
_GANTT_SETTINGS = {"gantt", "dateformat", "axisformat", "tickinterval", "todaymarker", "excludes", "includes",
                   "weekday", "inclusiveenddates", "topaxis", "displaymode", "%%"}
_GANTT_TAGS = {"done", "active", "crit", "milestone"}
_GANTT_START = re.compile(r"^(?:\d{4}-\d{2}-\d{2}|after\s)", re.I)
_GANTT_LENGTH = re.compile(r"^(\d+)\s*([dwhms]|ms)$", re.I)  # days and weeks count; hours and less do not
# A grid table's rule line (pandoc writes one where cells hold several lines):
# "+-----+------+", "+=====+======+" under the header.
_GRID_RULE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")


def read(path: str, data: bytes, fmt: str, options: ReadOptions) -> Document:
    from ita_lint.waivers import from_comments

    from ita_lint.readers.delimited import as_tab_separated

    text = normalize(decode_text(data))
    text = as_tab_separated(text) or text  # a sheet saved as CSV reads as the same sheet saved with tabs
    return Document(path=path, format=fmt, blocks=parse(text), waivers=from_comments(text))  # type: ignore[arg-type]


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)


def parse(text: str) -> list[Block]:
    from ita_lint.readers.components import as_shown
    from ita_lint.readers.chat import as_messages
    from ita_lint.readers.print_control import as_printed
    from ita_lint.readers.wiki_markup import as_markdown

    lines, numbers = as_messages(*as_printed(*_source_lines(text)))
    lines, numbers = mediawiki.as_markdown(*obsidian.as_markdown(*as_markdown(*as_shown(lines, numbers))))
    lines, numbers = restructured.as_markdown(lines, numbers)
    blocks = _parse_lines(lines)
    if numbers != list(range(1, len(numbers) + 1)):  # lines split or left out: counted as the source's
        for block in blocks:
            _renumbered(block, numbers)
    return blocks


def _source_lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines, and the source line of each. A page break (form feed, which
    `pdftotext` writes before each page's first line) parts text as a line break does,
    but an editor counts no line for it: the text after it is on the same source line."""
    lines: list[str] = []
    numbers: list[int] = []
    for n, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        for piece in line.split("\f"):
            lines.append(piece)
            numbers.append(n)
    return lines, numbers


def _renumbered(block: Block, numbers: list[int]) -> None:
    def source(line: Optional[int]) -> Optional[int]:
        return numbers[line - 1] if line is not None and 1 <= line <= len(numbers) else line

    block.location = replace(block.location, line=source(block.location.line))
    block.lines = [source(n) for n in block.lines]  # type: ignore[misc]
    for row in block.rows:
        row.location = replace(row.location, line=source(row.location.line))


def _parse_lines(lines: list[str]) -> list[Block]:
    lines, hidden = _without_comments(lines)
    shortcodes = [(k, m.group(0)) for k, line in enumerate(lines) for m in _SHORTCODE.finditer(line)]
    lines = [_box_drawn(_PANDOC_SPAN.sub(r"\1", _SHORTCODE.sub("", _QUOTE.sub("", line, count=1)))) for line in lines]
    front = _front_matter(lines)
    hidden |= set(range(front[0])) if front else set()
    blocks = _Parser(lines, hidden, _aligned_tables(lines, hidden)).run()
    for key, table in front_matter_tables(lines, front[0]) if front else []:
        # drawn where a shortcode names its data ({{< table data="activities" >}}), else first
        at = next((k for k, code in shortcodes if re.search(r"\b%s\b" % re.escape(key), code)), None)
        where = next((i for i, b in enumerate(blocks) if at is not None and (b.location.line or 0) > at + 1),
                     len(blocks) if at is not None else 0)
        blocks.insert(where, table)
    if front and front[1]:
        # a static site's page title lives in its front matter ("title: …"), shown as its heading
        blocks.insert(0, Block("heading", normalize(front[1]), Location(line=front[2]), level=1))
    return blocks


_TAGS_ONLY = re.compile(r"^\s*(?:</?[A-Za-z][^<>]*>\s*)+$")
_DASHES = re.compile(r"[-=─━\s]*")
# Quoting marks ("> ", "> > "): a quoted e-mail or a Markdown block quote holds text of
# its own, read as if unquoted.
_QUOTE = re.compile(r"^ {0,3}(?:>[ \t]?)+")
# A table drawn with box-drawing characters (w3m, lynx and `tabulate` dumps): its rules
# become a grid table's "+---+", its bars "|".
_BOX_BARS = str.maketrans({ch: "|" for ch in "│┃║"})
_BOX_RULE = re.compile(r"^\s*[┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛][─━═┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛]+\s*$")
_BOX_RULE_CHARS = str.maketrans({**{ch: "-" for ch in "─━"}, "═": "=",
                                 **{ch: "+" for ch in "┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝╒╤╕╞╪╡╘╧╛╓╥╖╟╫╢╙╨╜┏┳┓┣╋┫┗┻┛"}})


def _box_drawn(line: str) -> str:
    if _BOX_RULE.match(line):
        return line.translate(_BOX_RULE_CHARS)
    if _ORG_RULE.match(line):
        # an org-mode (Emacs) table's rule "|---+---|": a grid table's "+---+---+"
        return line.replace("|", "+")
    return line.translate(_BOX_BARS) if line.lstrip()[:1] in "│┃║" else line


_ORG_RULE = re.compile(r"^\s*\|-[-+]*\+[-+]*\|?\s*$")


# Pandoc's bracketed span with attributes ("[]{#_Hlk181203114 .anchor}", "[text]{.underline}",
# left by a Word bookmark or underline): its text, without the marks.
_PANDOC_SPAN = re.compile(r"\[([^\]\n]*)\]\{[#.][^}\n]*\}")
# Site generators' shortcodes ("{{< figure … >}}", "{{% alert %}}") are markup, not text.
_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}")
# A line of ===, ---, ___ or *** (three or more): a rule between parts, or a setext
# heading's underline when right under one line of text.
_RULE = re.compile(r"^\s*([=\-_*~])(?:\s*\1){2,}\s*$")
_FRONT_TITLE = re.compile(r"^title\s*[:=]\s*[\"']?(?P<title>.*?)[\"']?\s*$")


def _front_matter(lines: list[str]) -> Optional[tuple[int, str, int]]:
    """(lines it takes, its title, the title's line) when the file opens with a YAML or
    TOML front matter block ("---" … "---", "+++" … "+++"), else None."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return None
    fence = lines[0].strip()
    end = next((k for k in range(1, min(len(lines), 200)) if lines[k].strip() == fence), None)
    if end is None:
        return None
    title, where = "", 0
    for k in range(1, end):
        m = _FRONT_TITLE.match(lines[k].strip())
        if m:
            title, where = m.group("title"), k + 1
            break
    return end + 1, title, where


_WORD = re.compile(r"\S+")
_MARK = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_CANNOT_START = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")


def _aligned_tables(lines: list[str], hidden: set[int]) -> dict[int, Region]:
    """Tables laid out with spaces, by the line they start on. Columns are counted two
    ways: as drawn, where Thai vowels and tone marks above and below take no column
    (a table typed in an editor), and in characters, marks and all (`pdftotext -layout`
    pads so). The count under which more cells start where a cell above started wins.
    A fixed-width export (cells cut to their width and run together) is sliced instead."""
    fixed = fixed_width_tables(lines, hidden)
    hidden = hidden | {k for r in fixed.values() for k in range(r.start, r.end)}
    shown = [_positioned(k, line, hidden, drawn=True) for k, line in enumerate(lines)]
    counted = [_positioned(k, line, hidden, drawn=False) for k, line in enumerate(lines)]
    plines = shown if _aligned_starts(shown) >= _aligned_starts(counted) else counted
    regions = [r for r in find_regions(plines)
               if not _colon_labels([[c.text.strip() for c in row.cells if c.text.strip()] for row in r.rows])]
    return {**{r.start: r for r in regions}, **fixed}


def _positioned(k: int, line: str, hidden: set[int], drawn: bool) -> PLine:
    if k in hidden or "\t" in line or line.lstrip().startswith("|"):
        return PLine([], Location(line=k + 1))
    words: list[Segment] = []
    # where the combining marks are, found once: counting them again for every word is
    # quadratic on a long line
    marks = [m.start() for m in _MARK.finditer(line)] if drawn else []
    for m in _WORD.finditer(line):
        x0, width = m.start(), len(m.group(0))
        if drawn:
            before = bisect.bisect_left(marks, m.start())
            x0 -= before
            width -= bisect.bisect_left(marks, m.end(), before) - before
        if words and _CANNOT_START.match(m.group(0)) and m.start() > 0 and line[m.start() - 2] != " ":
            # "เจ้าหน้ าที่": no word starts with a vowel or mark; extraction put the
            # space there, and the two halves stay one word, in one cell
            words[-1] = Segment(words[-1].x0, x0 + width, words[-1].text + " " + m.group(0))
            continue
        words.append(Segment(x0, x0 + width, m.group(0)))
    return PLine(words, Location(line=k + 1))


def _aligned_starts(plines: list[PLine]) -> int:
    """How many cells (text after a wide space) start where one starts on the line above."""
    hits = 0
    for above, line in zip(plines, plines[1:]):
        starts = {s.x0 for s in above.segments[1:]}
        hits += sum(1 for s in line.segments[1:] if s.x0 in starts)
    return hits


def _without_comments(lines: list[str]) -> tuple[list[str], set[int]]:
    """HTML comments (<!-- … -->, over several lines too) are not shown, so they are not
    text: each is cut out, and a line that held nothing else is skipped as if absent
    (a comment line inside a table does not end the table). Line numbers stay."""
    text = "\n".join(lines)
    if "<!--" not in text:
        return lines, set()
    hidden: set[int] = set()
    out = list(lines)
    for m in _COMMENT.finditer(text):
        first = text.count("\n", 0, m.start())
        last = first + m.group(0).count("\n")
        for k in range(first, last + 1):
            hidden.add(k)
    cleaned = _COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), text).split("\n")
    for k in list(hidden):
        if cleaned[k].strip():
            hidden.discard(k)  # the line holds text besides the comment
        out[k] = cleaned[k]
    return out, hidden


_LEAD_BOLD = re.compile(r"^(\s*(?:[-*+]\s+)?)(\*\*|__)(?P<lead>[^*_\n]+?)\2(?=\s*\S)", re.M)


def _inline(text: str) -> str:
    # "**ผู้รับผิดชอบ** กองคลัง": a bold lead-in is a label (readers.common.lead_in_label)
    text = _LEAD_BOLD.sub(lambda m: m.group(1) + BOLD_START + m.group("lead") + BOLD_END, text)
    return lead_in_label(_BOLD.sub("", _LINK.sub(r"\1", text)))


def _split_pipe_row(line: str) -> list[str]:
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|") and not s.endswith("\\|"):
        s = s[:-1]
    cells = re.split(r"(?<!\\)\|", s)
    return [c.replace("\\|", "|").strip() for c in cells]


class _Parser:
    def __init__(self, lines: list[str], hidden: set[int] = frozenset(),  # type: ignore[assignment]
                 aligned: Optional[dict[int, Region]] = None):
        self.lines = lines
        self.hidden = hidden
        self.aligned = aligned or {}
        self.blocks: list[Block] = []
        self.para: list[str] = []
        self.para_lines: list[int] = []  # the source line of each of para (a hidden line may fall between)
        self.para_type = "paragraph"
        self.para_level = 0
        self.directive_ends: set[int] = set()  # the closing fences of MyST directives holding Markdown

    def run(self) -> list[Block]:
        i = 0
        n = len(self.lines)
        in_fence = False
        plain_fence = False  # the open code block holds plain text, not code
        while i < n:
            if i in self.hidden:
                i += 1
                continue
            if self.lines[i].lstrip().lower().startswith("<table") and not in_fence:
                i = self.html_table(i)
                continue
            if i in self.aligned and (not in_fence or plain_fence and not any(
                    _FENCE.match(line) for line in self.lines[i:self.aligned[i].end])):
                # a code block of plain text shows a table laid out with spaces as it is
                # (`pdftotext -layout` output pasted into "```text"): read as the table it shows
                self.flush()
                region = self.aligned[i]
                # a line of dashes under the header or around the table (pandoc's simple and
                # multiline tables) rules the columns: it is no row
                rows = [Row([make_cell(c.text) for c in r.cells], r.location) for r in region.rows
                        if not all(_DASHES.fullmatch(c.text) for c in r.cells)]
                self.blocks.append(Block("table", location=Location(line=i + 1), rows=rows))
                i = region.end
                continue
            raw = self.lines[i].rstrip()
            lineno = i + 1
            directive = _DIRECTIVE.match(raw) if not in_fence else None
            if directive and directive.group("name") == "list-table":
                i = self.list_table(i)
                continue
            if directive and directive.group("name") not in _CODE_DIRECTIVES:
                # a MyST directive ("```{table}", "```{note}") holds Markdown: read on, its
                # options (":name: …") and its closing fence are markup
                self.flush()
                i += 1
                while i < n and _DIRECTIVE_OPTION.match(self.lines[i]):
                    i += 1
                self.directive_ends.add(_closing_fence(self.lines, i, directive.group("fence")))
                continue
            if i in self.directive_ends:
                self.flush()
                i += 1
                continue
            if _FENCE.match(raw) and not in_fence and _MERMAID_GANTT.match(" ".join(self.lines[i:i + 2])):
                i = self.gantt(i)
                continue
            if _FENCE.match(raw):
                self.flush()
                in_fence = not in_fence
                plain_fence = in_fence and _PLAIN_FENCE.match(raw) is not None
                i += 1
                continue
            if not in_fence and _TAGS_ONLY.match(raw) and not raw.lstrip().lower().startswith("<table"):
                raw = ""  # "<details>", "</aside>": HTML markup between Markdown blocks, a break
            if in_fence or not raw.strip():
                self.flush()
                if in_fence and raw.strip():
                    self.blocks.append(Block("paragraph", raw.strip(), Location(line=lineno)))
                i += 1
                continue
            if "\t" in self.lines[i].rstrip(" \r"):  # a row whose last cells are empty still has tabs
                i = self.tab_table(i)
                continue
            end = (mediawiki.table_end(self.lines, i) if raw.lstrip().startswith("{|") and not in_fence
                   else asciidoc.table_end(self.lines, i) if asciidoc.DELIMITER.match(raw) else None)
            if end is not None:
                i = self.markup_table(i, end)
                continue
            if _GRID_RULE.match(raw) and i + 1 < n and self.lines[i + 1].lstrip().startswith("|"):
                i = self.grid_table(i)
                continue
            if raw.lstrip().startswith("|") and i + 1 < n and _GRID_RULE.match(self.lines[i + 1]):
                # a grid without its top rule (org-mode's tables): the first row is the header
                i = self.grid_table(i, headed=True)
                continue
            if raw.lstrip().startswith("|") and i + 1 < n and _PIPE_SEPARATOR.match(self.lines[i + 1]):
                i = self.pipe_table(i)
                continue
            if _bar_rows(self.lines, i) >= MIN_BAR_ROWS:
                i = self.bar_table(i)
                continue
            if _RULE.match(raw):
                if self.para and len(self.para) == 1 and self.para_type == "paragraph" and raw.strip()[0] in "=-":
                    self.para_type = "heading"  # "มาตรการที่ 1" over "-----": a setext heading
                    self.para_level = 1 if raw.strip()[0] == "=" else 2  # as "#" and "##"
                self.flush()
                i += 1
                continue
            m = _HEADING.match(raw)
            if m:
                self.flush()
                self.add_text_block("heading", m.group(2), lineno, level=len(m.group(1)))
                i += 1
                continue
            d = _DEFINITION.match(raw)
            if d and self.para and self.para_type == "paragraph":
                # a definition list (PHP Markdown Extra, MkDocs, pandoc): "term" over ":   its
                # definition" is the label and its value
                self.para[-1] = self.para[-1].rstrip() + ": " + d.group(1).strip()
                i += 1
                continue
            m = _LIST.match(raw)
            if m:
                self.flush()
                self.start("list_item", raw.strip(), lineno, level=len(m.group(1).expandtabs(4)) // 2)
                i += 1
                continue
            if not self.para:
                self.start("paragraph", raw.strip(), lineno)
            else:
                self.para.append(raw.strip())
                self.para_lines.append(lineno)
            i += 1
        self.flush()
        return self.blocks

    # --- paragraphs and list items ---------------------------------------------------

    def start(self, type_: str, text: str, lineno: int, level: int = 0) -> None:
        self.para = [text]
        self.para_lines = [lineno]
        self.para_type = type_
        self.para_level = level

    def flush(self) -> None:
        if not self.para:
            return
        text = "\n".join(self.para)
        type_ = self.para_type
        stripped = text.strip()
        # a paragraph written wholly in bold is a title, as Word-to-text tools emit them
        if type_ == "paragraph" and stripped.startswith("**") and stripped.endswith("**") and len(stripped) > 4 \
                and "**" not in stripped[2:-2]:
            type_ = "heading"
        self.add_text_block(type_, text, self.para_lines, level=self.para_level)
        self.para = []

    def add_text_block(self, type_: str, text: str, lineno, level: int = 0) -> None:
        """`lineno`: the source line of each line of `text` (a list), or the one line all are on."""
        sources = lineno if isinstance(lineno, list) else [lineno] * (text.count("\n") + 1)
        located = located_fragment_lines(_inline(text), keep_breaks=True)
        if not located:
            return
        lines = [line for line, _ in located]
        numbers = [sources[min(k, len(sources) - 1)] for _, k in located]
        self.blocks.append(Block(type_, "\n".join(lines), Location(line=numbers[0]), level=level,  # type: ignore[arg-type]
                                 checkboxes=boxes_of(lines), lines=numbers))

    # --- tables ------------------------------------------------------------------------

    def gantt(self, i: int) -> int:
        """A Mermaid Gantt chart (GitLab, GitHub and Obsidian draw it from a fenced block):
        each task a line of text, its section and its dates together ("กิจกรรมที่ 1
        ปรับปรุงข้อมูล… 2026-10-01 – 2027-03-31"), as a schedule states each activity's period."""
        self.flush()
        end = _closing_fence(self.lines, i + 1, self.lines[i].strip()[:3])
        section = ""
        ends: dict[str, date] = {}  # each task's end, by its id, for "after a1"
        last: Optional[date] = None
        for k in range(i + 1, end):
            line = self.lines[k].strip()
            key = line.split(None, 1)[0].lower() if line else ""
            if key == "section":
                section = line[len("section"):].strip()
            elif key == "title":
                self.add_text_block("paragraph", line[len("title"):].strip(), k + 1)
            elif ":" in line and key not in _GANTT_SETTINGS:
                name, _, spec = line.partition(":")
                start, finish, task = _gantt_dates(spec, ends, last)
                last = finish or last
                if task and finish:
                    ends[task] = finish
                # dates in another dateFormat stay as written
                when = " – ".join(d.isoformat() for d in (start, finish) if d) or spec.strip()
                self.add_text_block("paragraph", " ".join(filter(None, [section, name.strip(), when])), k + 1)
        return end + 1

    def tab_table(self, i: int) -> int:
        """Rows of tab-separated cells, as a spreadsheet saves them: a cell holding line
        breaks or tabs is quoted ("…", a quote doubled inside), so one row may take
        several lines. Lines above the first row of two cells or more are text (a sheet's
        title typed in its first cell)."""
        self.flush()
        start = i
        rows: list[Row] = []
        raw: list[list[str]] = []  # each row's cells as written, for a message read as a document
        while i < len(self.lines) and (i in self.hidden or ("\t" in self.lines[i] and self.lines[i].strip("\t ").strip())):
            if i in self.hidden:
                i += 1
                continue
            first = i
            record = self.lines[i]
            while _open_quote(record) and i + 1 < len(self.lines):
                i += 1
                record += "\n" + self.lines[i]
            width = next((len(r.cells) for r in rows if not _list_row(r)), None)
            if width and len(_tab_cells(record)) < width:
                i, record = self.unquoted_breaks(i, record, width)
            i, record = self.spilled_lines(i, record)
            cells = [make_cell(_inline(c)) for c in _tab_cells(record)]
            rows.append(Row(cells, Location(line=first + 1)))
            raw.append(_tab_cells(record))
            i += 1
        if i == start:  # a line of tabs only: a blank line
            return i + 1
        if _tab_stopped_labels(raw) and not any("\n" in cell for cells in raw for cell in cells):
            # "<TAB>ผู้รับผิดชอบ<TAB>: กองคลัง": label lines set out with tab stops, not a
            # table: read again as the lines of text they are
            for k in range(start, i):
                self.lines[k] = self.lines[k].replace("\t", " ")
            return start
        if max(len(r.cells) for r in rows) <= MESSAGE_COLUMNS and \
                any(c.count("\n") + 1 >= MESSAGE_LINES for cells in raw for c in cells):
            # a chat's or a log's export ("08:45<TAB>name<TAB>message"), one message a whole
            # report quoted over many lines: each message is read as text, that one as a document
            for row, cells in zip(rows, raw):
                text = cells[-1]
                if text.count("\n") + 1 >= MESSAGE_LINES:
                    self.add_text_block("paragraph", " ".join(c for c in cells[:-1] if c.strip()), row.location.line)
                    self.blocks += [_shifted(b, row.location.line - 1) for b in parse(text)]
                else:
                    self.add_text_block("paragraph", " ".join(c for c in cells if c.strip()), row.location.line)
            return i
        listed = next((k for k, row in enumerate(rows) if not _list_row(row)), len(rows))
        if listed and (listed == len(rows) or len(rows[listed].cells) != 2):
            # "๔.<TAB>มาตรการ…", "-<TAB>ตัวชี้วัดที่ ๒ …": Word's numbered and bulleted
            # paragraphs saved as text, a tab after the number, above a table or alone
            for row in rows[:listed]:
                self.add_text_block("list_item", " ".join(c.text for c in row.cells), row.location.line)
            rows = rows[listed:]
        while rows and sum(1 for c in rows[0].cells if not c.is_blank) <= 1 and not _cut_tail(rows) \
                and not numbered_run(rows):
            # a title or an indented line, not a row (text in a later cell alone, after
            # the tabs of empty ones, is the rest of a row cut by the page above)
            row = rows.pop(0)
            self.add_text_block("paragraph", "\n".join(c.text for c in row.cells if not c.is_blank), row.location.line)
            self.blocks[-1].rows = [row]  # … or the first row of a table part cut by a page
        if len(rows) == 1 and len(rows[0].cells) == 2 and not any(c.is_blank for c in rows[0].cells):
            # one line of two parts: text set with a tab stop ("ผู้รับผิดชอบ<tab>กองคลัง"),
            # a label and its value as a word processor lays them out (a row whose last
            # cells are empty keeps their tabs: it is a table's row)
            self.add_text_block("paragraph", ": ".join(c.text for c in rows[0].cells if not c.is_blank),
                                rows[0].location.line)
            self.blocks[-1].rows = rows  # … or a table's last row, alone on its page
            rows = []
        if rows:
            self.blocks.append(Block("table", location=rows[0].location, rows=rows))
        return i

    def unquoted_breaks(self, i: int, record: str, width: int) -> tuple[int, str]:
        """A row cut over several lines by the paragraphs inside its cells, unquoted (Word's
        "Save as Plain Text"): "๑<TAB>title<TAB>๑) step" / "๒) step" / "๓) step<TAB>period<TAB>…".
        The lines below carry on the row's last cell when, joined, they give exactly the
        table's width; otherwise the row stays as it is (a short row is common)."""
        joined, have = record, len(_tab_cells(record))
        for j in range(i + 1, min(i + 1 + MAX_CELL_LINES, len(self.lines))):
            line = self.lines[j]
            if j in self.hidden or not line.strip(" \t\r"):
                break
            joined += "\n" + line
            have += line.count("\t")
            if have == width:
                return j, joined
            if have > width:
                break
        return i, record

    def spilled_lines(self, i: int, record: str) -> tuple[int, str]:
        """Lines without a tab between two numbered rows of the table (row n, then row n + 1)
        carry on the last cell of row n: a line break inside it, copied from a browser
        ("งานประชาสัมพันธ์" / "นางสาวอรอุมา ดุงใหม่"). Between anything else they are text
        (a heading between two tables); a blank line or a page break ends the table."""
        j = i + 1
        while j < len(self.lines) and j - i <= MAX_CELL_LINES and j not in self.hidden:
            line = self.lines[j]
            if "\t" in line or not line.strip() or line.startswith("\f"):
                break
            j += 1
        nxt = self.lines[j] if j < len(self.lines) else ""
        if j == i + 1 or "\t" not in nxt or len(_tab_cells(record)) < 2 \
                or _row_number(nxt) is None or _row_number(nxt) != (_row_number(record) or -1) + 1:
            return i, record
        return j - 1, "\n".join([record] + self.lines[i + 1:j])

    def html_table(self, i: int) -> int:
        """An HTML table written into Markdown (pandoc writes one where a pipe table cannot
        hold the cells): read by the HTML reader, its lines counted from here."""
        from ita_lint.readers.html import read_html

        self.flush()
        start = i
        depth = 0
        while i < len(self.lines):
            lower = self.lines[i].lower()
            depth += lower.count("<table") - lower.count("</table")
            i += 1
            if depth <= 0:
                break
        fragment = "\n".join(self.lines[start:i])
        for block in read_html(fragment.encode("utf-8"), "<markdown>").blocks:
            self.blocks.append(_shifted(block, start))
        return i

    def grid_table(self, i: int, headed: bool = False) -> int:
        """A grid table: rule lines part the rows, "|" the cells, a "+===+" rule ends the
        header. A cell's lines are one text; a row whose rule leaves a column open (a rule
        line starting "|") continues that column's cell from the row above. `headed`: the
        table starts with its header row, no rule above it (org-mode)."""
        self.flush()
        start = i
        width = self.lines[i + 1 if headed else i].strip().count("+") - 1
        if headed:
            i -= 1  # as if its top rule stood on the line above
        rows: list[Row] = []
        parts: list[list[str]] = []
        open_columns: set[int] = set()  # columns whose cell goes on from the row above
        row_line = i + 2

        def close(header: bool) -> None:
            nonlocal parts
            if parts and any(any(p.strip() for p in cell) for cell in parts):
                cells = [make_cell(_inline(join_cell_lines(cell))) for cell in parts]
                for j in open_columns:
                    if j < len(cells) and rows:
                        cells[j].span = "up"
                rows.append(Row(cells, Location(line=row_line), header=header))
            parts = []

        i += 1
        while i < len(self.lines):
            line = self.lines[i].strip()
            if _GRID_RULE.match(line):
                header = ("=" in line or headed) and not any(r.header for r in rows) and not rows
                close(header)
                open_columns = set()
                row_line = i + 2
                i += 1
                if i >= len(self.lines) or not self.lines[i].strip().startswith("|"):
                    break
                continue
            if not line.startswith("|"):
                break
            cells = line[1:-1].split("|") if line.endswith("|") else line[1:].split("|")
            if "+" in line and all(re.fullmatch(r"\s*|[-=:+]+", c.strip("+ ")) for c in cells) and parts:
                # a rule across some columns only: those start a new row, the others go on
                kept = {j for j, c in enumerate(cells) if not re.fullmatch(r"[-=:+]+", c.strip())}
                close(False)
                open_columns = kept
                row_line = i + 2
                i += 1
                continue
            if parts and _next_record(parts[0], cells[0]):
                close(False)  # "| 1 | … |" then "| 2 | … |" with no rule between: two records
                open_columns = set()
                row_line = i + 1
            if not parts:
                parts = [[] for _ in range(width)]
            for j, text in enumerate(cells[:width]):
                parts[j].append(text.strip())
            if len(cells) > width:  # a "|" inside a cell's text
                parts[width - 1][-1] += " | " + " | ".join(c.strip() for c in cells[width:])
            i += 1
        close(False)
        if rows:
            self.blocks.append(Block("table", location=Location(line=start + 1), rows=rows))
        return i

    def markup_table(self, i: int, end: int) -> int:
        """A table between the delimiters of a markup of its own (AsciiDoc "|===", MediaWiki
        "{|" … "|}"), read by that markup's module."""
        if asciidoc.DELIMITER.match(self.lines[i]):
            attributes = asciidoc.attributes_above(self.lines, i)
            if attributes and self.para and self.para[-1].startswith("["):
                self.para.pop()  # "[cols=…, options="header"]": the table's attributes are markup
                self.para_lines.pop()
            rows = asciidoc.rows(self.lines, i, end, attributes)
            shown = _inline  # AsciiDoc's bold and italics, as Markdown's
        else:
            rows = mediawiki.rows(self.lines, i, end)
            shown = str  # the wiki's own marks are gone already
        self.flush()
        for row in rows:
            row.cells = [replace(make_cell(shown(c.text)), span=c.span) for c in row.cells]
        self.blocks.append(Block("table", location=Location(line=i + 1), rows=rows))
        return end + 1

    def list_table(self, i: int) -> int:
        """A MyST/reStructuredText list table: "* - cell" opens a row, "  - cell" the next
        cell, deeper lines go on in the cell; ":header-rows: N" marks the header."""
        self.flush()
        start, fence = i, _DIRECTIVE.match(self.lines[i]).group("fence")  # type: ignore[union-attr]
        end = _closing_fence(self.lines, i + 1, fence)
        header_rows = 0
        rows: list[tuple[int, list[list[str]]]] = []
        cell_column = None  # where a row's cells set their "-": a "-" set deeper is a list in a cell
        for k in range(i + 1, end):
            line = self.lines[k]
            option = _DIRECTIVE_OPTION.match(line)
            if option and not rows:
                if option.group("key") == "header-rows" and option.group("value").strip().isdigit():
                    header_rows = int(option.group("value"))
                continue
            m = _LIST_TABLE_CELL.match(line)
            if m and m.group("row"):
                cell_column = m.start("dash")
                rows.append((k, [[m.group("text") or ""]]))
            elif m and rows and m.start("dash") == cell_column:
                rows[-1][1].append([m.group("text") or ""])
            elif line.strip() and rows:
                rows[-1][1][-1].append(line.strip())
        self.blocks.append(Block("table", location=Location(line=start + 1), rows=[
            Row([make_cell(_inline("\n".join(part for part in cell if part))) for cell in cells], Location(line=k + 1),
                header=n < header_rows)
            for n, (k, cells) in enumerate(rows)]))
        return min(end + 1, len(self.lines))

    def pipe_table(self, i: int) -> int:
        self.flush()
        start = i
        # the row above the |---| line is the header, by the format's own rule
        rows = [Row([make_cell(_inline(c)) for c in _split_pipe_row(self.lines[i])], Location(line=i + 1), header=True)]
        i += 2  # the header and its separator
        while i < len(self.lines) and self.lines[i].strip().startswith("|"):
            cells = [make_cell(_inline(c)) for c in _split_pipe_row(self.lines[i])]
            rows.append(Row(cells, Location(line=i + 1)))
            i += 1
        self.blocks.append(Block("table", location=Location(line=start + 1), rows=_from_pandas(rows)))
        return i


    def bar_table(self, i: int) -> int:
        """Rows written "|ที่ |กิจกรรม |…|" with no "|---|" line under the first (antiword's
        text of a Word table): a table whose header, if any, extract finds by its words."""
        self.flush()
        start, end = i, i + _bar_rows(self.lines, i)
        rows = [Row([make_cell(_inline(c)) for c in _split_pipe_row(self.lines[k])], Location(line=k + 1))
                for k in range(start, end)]
        self.blocks.append(Block("table", location=Location(line=start + 1), rows=rows))
        return end


# Lines framed by bars, with the same number of cells, this many at least, make a table.
MIN_BAR_ROWS = 3


def _bar_rows(lines: list[str], i: int) -> int:
    """How many lines from i are framed "|…|" with as many cells as the first (three or more)."""
    def width(line: str) -> int:
        s = line.strip()
        return len(_split_pipe_row(s)) if len(s) > 2 and s[0] == "|" and s[-1] == "|" else 0

    first = width(lines[i])
    if first < 3:
        return 0
    k = i
    while k < len(lines) and width(lines[k]) == first:
        k += 1
    return k - i


# MyST's directives in a fence ("```{list-table} title", "```{table}"): their content is
# Markdown, unless they hold code
_DIRECTIVE = re.compile(r"^\s*(?P<fence>```+|~~~+)\{(?P<name>[a-z][a-z-]*)\}")
_CODE_DIRECTIVES = {"code", "code-block", "code-cell", "math", "mermaid", "raw", "literalinclude"}
_DIRECTIVE_OPTION = re.compile(r"^\s*:(?P<key>[a-z][a-z-]*):(?P<value>.*)$")
_LIST_TABLE_CELL = re.compile(r"^\s*(?P<row>\*\s+)?(?P<dash>-)(?:\s+(?P<text>.*))?$")


def _gantt_dates(spec: str, ends: dict[str, date], last: Optional[date]
                 ) -> tuple[Optional[date], Optional[date], Optional[str]]:
    """(start, end, id) of a Mermaid task ("a1, 2026-10-01, 2027-03-31", "after a1, 30d",
    "crit, 2w"): a start is a date, "after" other tasks, or the task before's end; an end
    is a date or a length from the start."""
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    parts = [p for p in parts if p.lower() not in _GANTT_TAGS]
    task = parts.pop(0) if len(parts) == 3 or (parts and not _GANTT_START.match(parts[0])
                                                and not _GANTT_LENGTH.match(parts[0])) else None
    start: Optional[date] = last
    if len(parts) == 2:
        first = parts.pop(0)
        after = [ends[t] for t in first.split()[1:] if t in ends] if first.lower().startswith("after") else []
        start = max(after) if after else _iso(first)
    finish = None
    if parts:
        length = _GANTT_LENGTH.match(parts[0])
        if length and start:
            n, unit = int(length.group(1)), length.group(2).lower()
            finish = start + timedelta(days=n * {"d": 1, "w": 7}.get(unit, 0))
        else:
            finish = _iso(parts[0])
    return start, finish, task


def _iso(text: str) -> Optional[date]:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


_PANDAS_NAMELESS = re.compile(r"^Unnamed: \d+$")
_PANDAS_EMPTY = {"NaN", "nan", "None", "NaT"}
_PANDAS_INTEGER = re.compile(r"^(\d+)\.0$")


def _from_pandas(rows: list[Row]) -> list[Row]:
    """A sheet written out by pandas (markitdown turns an XLSX into Markdown so): a column
    without a name is headed "Unnamed: 3", an empty cell says "NaN", and a column of whole
    numbers with an empty cell in it prints them "1.0". Blank cells and whole numbers again."""
    if not any(_PANDAS_NAMELESS.match(c.text) for c in rows[0].cells) \
            and not any(c.text in _PANDAS_EMPTY for r in rows for c in r.cells):
        return rows
    nameless = any(_PANDAS_NAMELESS.match(c.text) for c in rows[0].cells)
    # columns without names: the sheet's first row was a title typed in its first cell, no header
    return [Row([Cell("") if c.text in _PANDAS_EMPTY or (k == 0 and _PANDAS_NAMELESS.match(c.text))
                 else Cell(_PANDAS_INTEGER.sub(r"\1", c.text), c.checkboxes, c.span) for c in r.cells],
                r.location, r.header and not nameless) for k, r in enumerate(rows)]


def _closing_fence(lines: list[str], i: int, fence: str) -> int:
    """Index of the line closing a fence opened with `fence` (the end of the text if none)."""
    return next((k for k in range(i, len(lines)) if lines[k].strip() == fence), len(lines))


# Lines set out with spaces are label lines, not a table, when this share of those with
# several parts have a colon after the first (`_colon_labels`).
COLON_SHARE = 0.75

# A message of this many lines in a log of at most this many columns is a document of its own.
MESSAGE_LINES = 12
MESSAGE_COLUMNS = 3

# A cell broken over lines by its own paragraphs spans at most this many lines.
MAX_CELL_LINES = 40


# A list's number or bullet alone in a cell: "๔.", "(1)", "1.2", "-", "•".
_LIST_MARK = re.compile(r"^\s*(?:\(?[0-9๐-๙]{1,3}(?:\.[0-9๐-๙]{1,3})*[.)]|[-–•●○▪■◦·*])\s*$")


_ROW_NUMBER = re.compile(r"^\s*([0-9๐-๙]{1,3})\.?\s*\t")


def _row_number(record: str) -> Optional[int]:
    """The number in a row's first cell ("3<TAB>…", "๓.<TAB>…"), or None."""
    m = _ROW_NUMBER.match(record)
    return int(to_arabic_digits(m.group(1))) if m else None


def _next_record(first_column: list[str], cell: str) -> bool:
    """A grid line whose first cell is the number after the one that opened the row being
    read: a record of its own (org-mode rules only some groups of rows), not a wrapped line."""
    opened = _RECORD_NUMBER.fullmatch(first_column[0].strip()) if first_column else None
    this = _RECORD_NUMBER.fullmatch(cell.strip())
    return bool(opened and this and not any(part.strip() for part in first_column[1:])
                and int(to_arabic_digits(this.group(1))) == int(to_arabic_digits(opened.group(1))) + 1)


_RECORD_NUMBER = re.compile(r"([0-9๐-๙]{1,3})\.?")


def _list_row(row: Row) -> bool:
    """Two cells, a list's number or bullet and its text: a list item saved with a tab."""
    return len(row.cells) == 2 and bool(_LIST_MARK.match(row.cells[0].text)) and not row.cells[1].is_blank


def _cut_tail(rows: list[Row]) -> bool:
    """The first row holds text in one later cell only, after the tabs of empty ones, and
    a row as wide follows: the rest of a row cut by the page above, not an indented line."""
    first = rows[0].cells
    filled = [i for i, c in enumerate(first) if not c.is_blank]
    if not filled or filled[0] == 0:
        return False
    # a row as wide follows: two cells of text, or its first cell alone (a row whose later
    # cells are empty, as a measure without a period: "มาตรการที่ ๒ …<TAB>")
    return filled[0] >= 2 or (len(rows) > 1 and len(rows[1].cells) == len(first)
                              and (sum(1 for c in rows[1].cells if not c.is_blank) >= 2
                                   or not rows[1].cells[0].is_blank))


def _open_quote(record: str) -> bool:
    """A quoted cell of the record is still open: its row goes on on the next line."""
    state = "start"  # start of a cell, plain text, inside quotes, a quote inside quotes
    for ch in record:
        if state == "start":
            state = "quoted" if ch == '"' else "start" if ch == "\t" else "plain"
        elif state == "plain":
            state = "start" if ch == "\t" else "plain"
        elif state == "quoted":
            state = "quote" if ch == '"' else "quoted"
        else:  # a quote doubled stays inside; anything else closes the cell
            state = "quoted" if ch == '"' else "start" if ch == "\t" else "plain"
    return state == "quoted"


def _tab_stopped_labels(records: list[list[str]]) -> bool:
    """Records of at most two parts, each pair a label and its value set apart by a tab and
    a colon ("ระยะเวลา<TAB>: ต.ค. 2568"), the others a line indented by tabs: text."""
    parts = [[c.strip() for c in cells if c.strip()] for cells in records]
    pairs = [p for p in parts if len(p) == 2]
    return bool(pairs) and all(len(p) <= 2 for p in parts) and all(_colon_after_first(p) for p in pairs)


def _colon_labels(parts: list[list[str]]) -> bool:
    """Lines set out with spaces whose first part is a label and the next its value, a
    colon between them ("ผู้รับผิดชอบ  :  กองคลัง"), the value's words falling under the
    columns of the lines above: label lines, not a table. Most lines of several parts
    (COLON_SHARE, two at least) have the colon; the rest are headings among them that the
    columns happened to cut."""
    several = [p for p in parts if len(p) >= 2]
    colons = sum(1 for p in several if _colon_after_first(p))
    return colons >= 2 and colons >= COLON_SHARE * len(several)


def _colon_after_first(parts: list[str]) -> bool:
    return parts[1][0] in ":：" or parts[0][-1] in ":："


def _tab_cells(record: str) -> list[str]:
    """The cells of one tab-separated record, quoted cells unquoted."""
    if '"' not in record:
        return record.rstrip("\r").split("\t")
    import csv

    try:
        return next(csv.reader([record.replace("\r", "")], delimiter="\t", strict=False))
    except (csv.Error, StopIteration):
        return record.split("\t")


def _shifted(block: Block, offset: int) -> Block:
    """A block read from a fragment that starts on line offset + 1, with its lines counted from there."""
    def shift(loc: Location) -> Location:
        return Location(line=loc.line + offset) if loc.line is not None else Location(line=offset + 1)

    block.location = shift(block.location)
    block.lines = [n + offset for n in block.lines]
    for row in block.rows:
        row.location = shift(row.location)
    return block
