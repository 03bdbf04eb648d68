"""RTF, as Word and WordPad save it: paragraphs and tables.

Offices still save reports as Rich Text (an e-office system's export, WordPad), and upload
them under any name (".txt" too): the content says what the file is. The reader walks the
RTF's groups and control words: text in the document's code page ("\\'a1", `\\ansicpg874`)
or as Unicode ("\\u3585?"), `\\par` ends a paragraph, `\\cell` a table cell and `\\row` its
row (`\\clvmrg` a cell merged with the one above, `\\clmrg` with the one to its left);
font tables, styles, pictures, page headers and footers, field instructions and every
`\\*` destination are not shown, so not read.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Optional

from ita_lint.model import Block, Cell, Document, Location, Row
from ita_lint.readers import ReadError, ReadOptions
from ita_lint.readers.fragments import make_cell
from ita_lint.thai import normalize

# destinations whose text the page does not show
_HIDDEN = frozenset("""fonttbl colortbl stylesheet info pict header headerl headerr headerf footer footerl
    footerr footerf object themedata colorschememapping datastore latentstyles rsidtbl mmathPr listtable
    listoverridetable generator xmlnstbl fldinst bkmkstart bkmkend footnote annotation atnid atnauthor
    filetbl revtbl pgdsctbl userprops docvar template field_instruction""".split())
_TOKEN = re.compile(rb"\\([a-zA-Z]+)(-?\d+)? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)")


@dataclass
class _State:
    hidden: bool = False
    skip_next: int = 0  # the fallback characters after a \uN still to skip
    uc: int = 1  # how many fallback characters follow each \uN


@dataclass
class _Reader:
    encoding: str = "cp1252"
    blocks: list[Block] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # the paragraph being read
    in_table: bool = False
    cell_lines: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)
    rows: list[list[Cell]] = field(default_factory=list)
    merges: list[str] = field(default_factory=list)  # this row's cell definitions' merge flags
    cell_merge: str = ""  # the merge flag of the cell being defined ("up", "left")
    paragraphs: int = 0
    tables: int = 0
    pending: bytearray = field(default_factory=bytearray)  # code-page bytes not yet decoded

    def flush_bytes(self) -> None:
        if self.pending:
            self.text.append(codecs.decode(bytes(self.pending), self.encoding, errors="replace"))
            self.pending.clear()

    def end_paragraph(self) -> None:
        self.flush_bytes()
        line = "".join(self.text).strip()
        self.text = []
        if self.in_table:
            self.cell_lines.append(line)
            return
        self.close_table()
        if line:
            self.paragraphs += 1
            self.blocks.append(Block("paragraph", normalize(line), Location(paragraph=self.paragraphs)))

    def end_cell(self) -> None:
        self.flush_bytes()
        tail = "".join(self.text).strip()
        self.text = []
        lines = [ln for ln in self.cell_lines + [tail] if ln]
        self.cells.append(normalize("\n".join(lines)))
        self.cell_lines = []

    def end_row(self) -> None:
        row: list[Cell] = []
        for k, text in enumerate(self.cells):
            merge = self.merges[k] if k < len(self.merges) else ""
            if merge == "up" and self.rows and k < len(self.rows[-1]):
                above = self.rows[-1][k]
                row.append(Cell(above.text, list(above.checkboxes), span="up"))
            elif merge == "left":
                row.append(Cell("", span="left"))
            else:
                row.append(make_cell(text))
        self.rows.append(row)
        self.cells, self.merges = [], []
        self.in_table = False

    def close_table(self) -> None:
        if not self.rows:
            return
        self.tables += 1
        width = max(len(r) for r in self.rows)
        rows = [Row(r + [Cell("")] * (width - len(r)), Location(table=self.tables, row=n))
                for n, r in enumerate(self.rows, 1)]
        self.blocks.append(Block("table", location=Location(table=self.tables, paragraph=self.paragraphs), rows=rows))
        self.rows = []


def read(path: str, data: bytes, fmt: str = "rtf", options: ReadOptions = ReadOptions()) -> Document:
    if not data.lstrip().startswith(b"{\\rtf"):
        raise ReadError("not an RTF file")
    reader = _Reader()
    stack: list[_State] = []
    state = _State()
    ignorable = False  # a "\*" opened this group: a destination a reader may skip
    group_start = False
    for m in _TOKEN.finditer(data):
        word, param, hexa, symbol, brace, newline, plain = m.groups()
        if brace == b"{":
            stack.append(state)
            state = _State(state.hidden, 0, state.uc)
            group_start, ignorable = True, False
            continue
        if brace == b"}":
            reader.flush_bytes()
            if not stack:
                break
            state = stack.pop()
            group_start = False
            continue
        if newline:
            continue
        if symbol is not None:
            if symbol == b"*":
                ignorable = True
                continue
            if state.hidden:
                continue
            if symbol in (b"\\", b"{", b"}"):
                _text(reader, symbol.decode())
            elif symbol == b"~":
                _text(reader, "\u00a0")
            elif symbol in (b"\n", b"\r"):
                reader.end_paragraph()
            elif symbol == b"_":
                _text(reader, "-")
            group_start = False
            continue
        if hexa is not None:
            if not state.hidden:
                if state.skip_next:
                    state.skip_next -= 1
                else:
                    reader.pending.append(int(hexa, 16))
            group_start = False
            continue
        if word is not None:
            name = word.decode()
            if group_start and (ignorable or name in _HIDDEN):
                state.hidden = True
            group_start, ignorable = False, False
            _control(reader, state, name, int(param) if param is not None else None)
            continue
        if plain and not state.hidden:
            text = plain.decode("latin-1")
            if state.skip_next:
                skip = min(state.skip_next, len(text))
                text, state.skip_next = text[skip:], state.skip_next - skip
            reader.flush_bytes()
            # plain bytes above 127 are in the document's code page too
            reader.text.append(codecs.decode(text.encode("latin-1"), reader.encoding, errors="replace"))
        group_start = False
    reader.end_paragraph()
    reader.close_table()
    return Document(path=path, format="rtf", blocks=reader.blocks)  # type: ignore[arg-type]


def _text(reader: _Reader, text: str) -> None:
    reader.flush_bytes()
    reader.text.append(text)


def _control(reader: _Reader, state: _State, name: str, param: Optional[int]) -> None:
    if name == "ansicpg" and param:
        try:
            codecs.lookup(f"cp{param}")
            reader.encoding = f"cp{param}"
        except LookupError:
            pass
        return
    if name == "uc" and param is not None:
        state.uc = param
        return
    if name == "trowd":
        reader.merges = []
        return
    if name == "clvmrg":
        reader.cell_merge = "up"
        return
    if name == "clmrg":
        reader.cell_merge = "left"
        return
    if name == "cellx":
        reader.merges.append(reader.cell_merge)
        reader.cell_merge = ""
        return
    if state.hidden:
        return
    if name == "u" and param is not None:
        _text(reader, chr(param % 65536))
        state.skip_next = state.uc
    elif name in ("par", "sect", "page"):
        reader.end_paragraph()
    elif name == "line":
        reader.flush_bytes()
        reader.text.append("\n")
    elif name == "tab":
        _text(reader, "\t")
    elif name == "intbl":
        reader.in_table = True
    elif name in ("cell", "nestcell"):
        reader.in_table = True
        reader.end_cell()
    elif name in ("row", "nestrow"):
        reader.end_row()
