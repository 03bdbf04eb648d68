"""DOCX reader: a Word file → `Document`.

The body is walked as XML in document order (python-docx's `doc.paragraphs`
misses tables, and its `row.cells` repeats a merged cell once per grid column
it spans), so this module reads the package with zipfile and lxml directly:

- paragraphs: headings by style (Heading N / หัวเรื่อง N / Title, a style based
  on one of them, or an outline level), list items from numbering (w:numPr on
  the paragraph or its style; level from w:ilvl; numbered items keep their
  visible number, computed from numbering.xml, bullets are "- " in cells),
  plain paragraphs otherwise. Content controls, hyperlinks, tracked insertions
  and fields' results are read; deletions, field codes and hidden text are not.
- tables: one Cell per grid column. A horizontally merged cell (gridSpan) gives
  its text in its first column and "" in the others; a vertically merged cell
  (vMerge) gives its value to every row it spans. Nested tables are flattened
  into the containing cell, one line per nested row.
- text boxes (DrawingML or VML; the VML fallback of a DrawingML box is not read
  twice) follow the paragraph that anchors them, or their lines join the cell.
- check boxes: ☐ ☑ ☒ typed as text, Wingdings / Wingdings 2 symbols, Word
  content controls (w14:checkbox with w14:checked) and legacy form fields
  (FORMCHECKBOX) become "☑ label" / "☐ label" in the text and `checkboxes`.

Locations: `paragraph` is the 1-based index among body paragraphs (those not
in a table, counted whether empty or not; for a document without content
controls around paragraphs this is python-docx's `doc.paragraphs` index);
`table` is the 1-based index among top-level tables and `row` the 1-based row.
Blocks read from a text box carry the location of the paragraph that anchors it.
"""

from __future__ import annotations

import io
import itertools
import posixpath
import re
import zipfile
import zlib
from typing import Optional

from ita_lint.limits import CellBudget, exceeded
from ita_lint.model import Block, Cell, Checkbox, Document, Location, Note, Row
from ita_lint.readers import ReadError, ReadOptions
from ita_lint.readers.common import (nested_row_line, SHADED, BOLD_END, BOLD_START, SYMBOL_FONTS, title_blocks, title_rows, TICKED, UNTICKED, box_text, clean_bullets,
                                     item_text, lead_in_label, list_line, roman, symbol_char)
from ita_lint.thai import normalize

_W_TRANSITIONAL = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_MATH = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_W16SE = "{http://schemas.microsoft.com/office/word/2015/wordml/symex}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_O = "{urn:schemas-microsoft-com:office:office}"
# Documents inside documents (w:altChunk) are read this deep, no deeper.
MAX_CHUNK_DEPTH = 3

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_HEADING_NAME = re.compile(r"^(?:heading|หัวเรื่อง|หัวข้อ|überschrift|titre)\s*([1-9])$", re.I)
_HEADING_ID = re.compile(r"^heading([1-9])$", re.I)
_TITLE_NAMES = {"title", "ชื่อเรื่อง", "ชื่อเรื่องหลัก"}

_THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ"
_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
def _format_number(n: int, fmt: str) -> str:
    if fmt in ("thaiNumbers", "thaiCounting"):
        return str(n).translate(_THAI_DIGITS)
    if fmt == "thaiLetters":
        k = len(_THAI_LETTERS)
        return _THAI_LETTERS[(n - 1) % k] * ((n - 1) // k + 1) if n > 0 else str(n)
    if fmt in ("lowerLetter", "upperLetter"):
        s = chr(97 + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = roman(n) if n > 0 else str(n)
        return s.upper() if fmt == "upperRoman" else s
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _filled(tcpr, t) -> bool:
    """The cell is filled with a colour (w:shd with a fill other than none, auto or white)."""
    shd = tcpr.find(t["shd"]) if tcpr is not None else None
    if shd is None:
        return False
    fill = (shd.get(t["fill"]) or "").strip().lower()
    return fill not in ("", "auto", "ffffff", "none") and (shd.get(t["val"]) or "clear").lower() != "nil"


class _Package:
    """The parts of the package that the reader needs."""

    def __init__(self, data: bytes, options: ReadOptions, depth: int = 0, unpacked: int = 0) -> None:
        self.options = options
        self.depth = depth  # how deep inside other documents' altChunk parts this package is
        try:
            from lxml import etree  # heavy: imported on first use
        except ImportError:  # pragma: no cover - lxml is a dependency
            raise ReadError("reading DOCX needs lxml, which is not installed (pip install lxml)") from None

        self.etree = etree
        # no huge_tree: libxml2's own caps on depth and node size stay on
        self.parser = etree.XMLParser(resolve_entities=False, no_network=True,
                                      remove_comments=True, remove_pis=True)
        self.limits = options.limits
        self.unpacked = unpacked  # bytes unpacked so far, the documents around this one's included (ita_lint.limits)
        _check_magic(data)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            names = set(self.zip.namelist())
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
            raise ReadError("corrupted or truncated DOCX: the ZIP package cannot be opened") from None
        self.names = names
        self.main = self._main_part()
        rels = self._rels(self.main)
        self.styles = self._xml(rels.get("styles"), _paragraph_styles) if rels.get("styles") else None
        self.numbering = self._xml(rels.get("numbering")) if rels.get("numbering") else None
        self.document = self._xml(self.main, required=True)
        self.comments = self._xml(rels.get("comments")) if rels.get("comments") else None
        # a footnote or endnote shows at the page's or document's foot, where its mark points to
        self.note_parts = {kind: self._xml(rels[kind]) for kind in ("footnotes", "endnotes") if rels.get(kind)}
        self.chunks = self._targets(self.main, "aFChunk")  # relationship id -> part, for w:altChunk
        self.headers = self._targets(self.main, "header")  # relationship id -> part, for page headers
        # relationship id -> part, for objects embedded in the text (a worksheet shown as a picture)
        self.embedded = self._targets(self.main, "package", "oleObject")

    def _main_part(self) -> str:
        target = None
        if "_rels/.rels" in self.names:
            try:
                root = self._parse("_rels/.rels")
            except ReadError:
                root = None
            if root is not None:
                for rel in root.iter(_PKG_REL + "Relationship"):
                    if (rel.get("Type") or "").endswith("/officeDocument"):
                        target = (rel.get("Target") or "").lstrip("/")
                        break
        if target and target in self.names:
            return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        if any(n.startswith("xl/") for n in self.names) or any(n.startswith("ppt/") for n in self.names):
            raise ReadError("not a Word document: this ZIP package is an Excel or PowerPoint file")
        raise ReadError("not a Word document: the ZIP package has no word/document.xml")

    def _rels(self, part: str) -> dict[str, str]:
        """The styles, numbering, comments and notes parts of `part`, by kind."""
        found: dict[str, str] = {}
        if posixpath.join(posixpath.split(part)[0], "_rels", posixpath.split(part)[1] + ".rels") not in self.names:
            for kind in _PARTS:  # a package without relationships
                guess = posixpath.join(posixpath.split(part)[0], kind + ".xml")
                if guess in self.names:
                    found[kind] = guess
            return found
        for _, kind, path in self._relationships(part):
            if kind in _PARTS:
                found[kind] = path
        return found

    def _targets(self, part: str, *kinds: str) -> dict[str, str]:
        """The parts that `part` relates to as one of `kinds`, by relationship id."""
        return {rid: path for rid, k, path in self._relationships(part) if k in kinds}

    def _relationships(self, part: str) -> list[tuple[str, str, str]]:
        """(id, kind, part) of each relationship of `part` to a part inside the package."""
        folder, name = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", name + ".rels")
        if rels_name not in self.names:
            return []
        try:
            root = self._parse(rels_name)
        except ReadError:
            return []
        found = []
        for rel in root.iter(_PKG_REL + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            if path in self.names:
                found.append((rel.get("Id") or "", (rel.get("Type") or "").rsplit("/", 1)[-1], path))
        return found

    def part_bytes(self, name: str) -> bytes:
        """A part's bytes, within the limits on what the package may unpack."""
        info = self.zip.getinfo(name)  # zipfile never unpacks more than this size says
        if info.file_size > self.limits.docx_part_bytes:
            raise exceeded("docx_part_bytes", f"DOCX part {name} is {info.file_size / 1e6:.1f} MB uncompressed",
                           self.limits.docx_part_bytes)
        self.unpacked += info.file_size
        if self.unpacked > self.limits.docx_total_bytes:
            raise exceeded("docx_total_bytes", f"the DOCX's XML parts unpack to over {self.unpacked / 1e6:.1f} MB",
                           self.limits.docx_total_bytes)
        try:
            return self.zip.read(name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError) as exc:
            raise ReadError(f"corrupted DOCX: cannot unpack {name} ({_first_line(exc)})") from None

    def _parse(self, name: str, prefilter=None):
        raw = self.part_bytes(name)
        if prefilter is not None:
            raw = prefilter(raw)
        try:
            return self.etree.fromstring(raw, self.parser)
        except self.etree.XMLSyntaxError as exc:
            raise ReadError(f"corrupted DOCX: {name} is not well-formed XML ({_first_line(exc)})") from None

    def _xml(self, name: str, prefilter=None, required: bool = False):
        try:
            return self._parse(name, prefilter)
        except ReadError:
            if required:
                raise
            return None  # broken styles or numbering: read the text without them


_PARTS = ("styles", "numbering", "comments", "footnotes", "endnotes")
_STYLE_TYPE = re.compile(rb"""w:type\s*=\s*["']([a-zA-Z]+)""")


def _paragraph_styles(raw: bytes) -> bytes:
    """styles.xml without its table, numbering and character styles and latent styles.

    A shortcut for speed: python-docx's template writes a 350 kB styles.xml,
    nearly all table styles, which took half the time of reading a document.
    Only paragraph styles matter here. The cut is made on the bytes, so it only
    happens for the usual "w:" prefix; with any other prefix, or anything it
    does not recognise, the part is left whole and parsed as before, so the
    shortcut can cost time but never change the result.
    """
    start = raw.find(b"<w:latentStyles")
    if start >= 0:
        end = raw.find(b"</w:latentStyles>", start)
        if end >= 0:
            raw = raw[:start] + raw[end + len(b"</w:latentStyles>") :]
    out = []
    pos = 0
    while True:
        i = raw.find(b"<w:style ", pos)
        if i < 0:
            break
        head_end = raw.find(b">", i)
        if head_end < 0:
            return raw
        head = raw[i:head_end]
        if head.endswith(b"/"):
            j = head_end + 1
        else:
            j = raw.find(b"</w:style>", head_end)
            if j < 0:
                return raw
            j += len(b"</w:style>")
        m = _STYLE_TYPE.search(head)
        out.append(raw[pos:i])
        if m is None or m.group(1) == b"paragraph":
            out.append(raw[i:j])
        pos = j
    if not out:
        return raw
    out.append(raw[pos:])
    return b"".join(out)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _check_magic(data: bytes) -> None:
    if not data:
        raise ReadError("empty file")
    if data.startswith(_OLE_MAGIC):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00i\x00o\x00n\x00I\x00n\x00f\x00o" in data:
            raise ReadError("password-protected (encrypted) Word file: remove the password in Word and save again")
        raise ReadError("a Word 97-2003 (.doc) or other OLE file, not DOCX: save it as .docx")
    if data.startswith(b"%PDF"):
        raise ReadError("not a DOCX file: this is a PDF (rename it to .pdf)")
    if data.lstrip()[:5] == b"{\\rtf":
        raise ReadError("not a DOCX file: this is an RTF file (save it as .docx)")
    if not data.startswith(b"PK"):
        raise ReadError("not a DOCX file (not a ZIP package)")


class _Styles:
    """Heading levels and numbering that paragraph styles give."""

    def __init__(self, root, w: str) -> None:
        self.w = w
        self.styles: dict[str, tuple[str, Optional[str], object]] = {}  # id -> (name, basedOn, pPr)
        self.default: Optional[str] = None
        self._level: dict[str, int] = {}
        self._num: dict[str, tuple[Optional[str], Optional[int]]] = {}
        if root is None:
            return
        for st in root.iter(w + "style"):
            if st.get(w + "type", "paragraph") != "paragraph":
                continue
            sid = st.get(w + "styleId")
            if sid is None:
                continue
            name_el = st.find(w + "name")
            based = st.find(w + "basedOn")
            self.styles[sid] = (
                (name_el.get(w + "val") or "") if name_el is not None else "",
                based.get(w + "val") if based is not None else None,
                st.find(w + "pPr"),
            )
            if st.get(w + "default") in ("1", "true", "on"):
                self.default = sid

    def _chain(self, sid: Optional[str]):
        seen = set()
        while sid is not None and sid in self.styles and sid not in seen and len(seen) < 20:
            seen.add(sid)
            yield sid, self.styles[sid]
            sid = self.styles[sid][1]

    def heading_level(self, sid: Optional[str]) -> int:
        """1-6 (capped) for a heading style, 0 otherwise."""
        sid = sid if sid is not None else self.default
        if sid is None:
            return 0
        if sid in self._level:
            return self._level[sid]
        level = 0
        if sid not in self.styles:  # a style id without a definition
            m = _HEADING_ID.match(sid)
            level = int(m.group(1)) if m else (1 if sid.lower() == "title" else 0)
        for cid, (name, _, ppr) in self._chain(sid):
            low = name.strip().lower()
            m = _HEADING_NAME.match(low) or _HEADING_ID.match(cid)
            if m:
                level = int(m.group(1))
                break
            if low in _TITLE_NAMES or cid.lower() == "title":
                level = 1
                break
            if ppr is not None:
                ol = ppr.find(self.w + "outlineLvl")
                if ol is not None:
                    level = _outline(ol.get(self.w + "val"))
                    break
        self._level[sid] = min(level, 6)
        return self._level[sid]

    def numbering(self, sid: Optional[str]) -> tuple[Optional[str], Optional[int]]:
        """(numId, ilvl) a style's numbering gives, (None, None) without."""
        sid = sid if sid is not None else self.default
        if sid is None:
            return None, None
        if sid not in self._num:
            num_id: Optional[str] = None
            ilvl: Optional[int] = None
            for _, (_, _, ppr) in self._chain(sid):
                numpr = ppr.find(self.w + "numPr") if ppr is not None else None
                if numpr is None:
                    continue
                if num_id is None:
                    el = numpr.find(self.w + "numId")
                    num_id = el.get(self.w + "val") if el is not None else None
                if ilvl is None:
                    el = numpr.find(self.w + "ilvl")
                    ilvl = _int(el.get(self.w + "val") if el is not None else None, None)
            self._num[sid] = (num_id, ilvl)
        return self._num[sid]


def _outline(val: Optional[str]) -> int:
    n = _int(val, 9)
    return n + 1 if n is not None and 0 <= n <= 8 else 0


def _int(val: Optional[str], default):
    if val is None:
        return default
    m = re.match(r"-?\d+", val.strip())
    return int(m.group(0)) if m else default


class _Numbering:
    """numbering.xml: each list level's format, and the running counters."""

    def __init__(self, root, w: str) -> None:
        self.w = w
        self.abstract: dict[str, dict[int, tuple[str, str, int]]] = {}  # id -> ilvl -> (fmt, lvlText, start)
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}  # numId -> (abstractId, start overrides)
        self.counters: dict[object, list[Optional[int]]] = {}
        if root is None:
            return
        for an in root.iter(w + "abstractNum"):
            levels = {}
            for lvl in an.iter(w + "lvl"):
                il = _int(lvl.get(w + "ilvl"), 0)
                fmt_el, text_el, start_el = lvl.find(w + "numFmt"), lvl.find(w + "lvlText"), lvl.find(w + "start")
                levels[il] = (
                    (fmt_el.get(w + "val") or "decimal") if fmt_el is not None else "decimal",
                    (text_el.get(w + "val") or "") if text_el is not None else "",
                    _int(start_el.get(w + "val") if start_el is not None else None, 1),
                )
            self.abstract[an.get(w + "abstractNumId") or ""] = levels
        for num in root.iter(w + "num"):
            ref = num.find(w + "abstractNumId")
            overrides = {}
            for ov in num.iter(w + "lvlOverride"):
                so = ov.find(w + "startOverride")
                if so is not None:
                    overrides[_int(ov.get(w + "ilvl"), 0)] = _int(so.get(w + "val"), 1)
            self.nums[num.get(w + "numId") or ""] = ((ref.get(w + "val") or "") if ref is not None else "", overrides)

    def marker(self, num_id: str, ilvl: int) -> Optional[str]:
        """The visible marker of the next item: "-" for a bullet, "1." etc., "" for none; None if not a list."""
        if num_id not in self.nums:
            return None
        abstract_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abstract_id)
        if not levels:
            return None
        ilvl = max(0, min(8, ilvl))
        if ilvl not in levels:  # a level the list does not define: like the nearest one above it
            below = [k for k in levels if k < ilvl]
            lf, lt, ls = levels[max(below)] if below else ("decimal", "", 1)
            levels = {**levels, ilvl: (lf, lt.replace(f"%{max(below) + 1}" if below else "", f"%{ilvl + 1}"), ls)}
        fmt, text, start = levels[ilvl]
        if fmt == "bullet":
            return "-"
        key: object = ("num", num_id) if overrides else abstract_id
        counts = self.counters.setdefault(key, [None] * 9)
        counts[ilvl] = (overrides.get(ilvl, start) if counts[ilvl] is None else counts[ilvl] + 1)  # type: ignore[operator]
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = None
        if fmt == "none" or not text:
            return ""

        def level_value(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lf, _, ls = levels.get(k, ("decimal", "", 1))
            value = counts[k] if counts[k] is not None else overrides.get(k, ls)
            return _format_number(value, "decimal" if lf == "bullet" else lf)  # type: ignore[arg-type]

        return re.sub(r"%([1-9])", level_value, text).strip()


class _Reader:
    def __init__(self, pkg: _Package) -> None:
        root = pkg.document
        ns = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
        if ns not in (_W_TRANSITIONAL, _W_STRICT):
            raise ReadError("not a Word document: word/document.xml is not WordprocessingML")
        w = "{" + ns + "}"
        self.w = w
        self.root = root
        self.styles = _Styles(pkg.styles, w)
        self.numbering = _Numbering(pkg.numbering, w)
        self.pkg = pkg
        self.notes: list[Note] = []  # parts that could not be read (an altChunk of another format)
        self.limits = pkg.limits
        self.budget = CellBudget(pkg.limits, "gridCol, gridSpan and vMerge")
        self.blocks: list[Block] = []
        self.paragraphs = 0
        self.tables = 0
        self.anchor: Optional[Location] = None  # set while reading a text box in the body
        self.commented: dict[str, Location] = {}  # Word comment id -> the paragraph or table row it is on
        self.comment_marks = (w + "commentRangeStart", w + "commentReference") if pkg.comments is not None else ()
        self.note_texts = _note_texts(pkg.note_parts, w)  # (w:footnoteReference or w:endnoteReference, id) -> text
        t = {name: w + name for name in (
            "p", "r", "t", "tbl", "tr", "tc", "sdt", "sdtContent", "sdtPr", "showingPlcHdr", "customXml", "hyperlink", "smartTag",
            "ins", "moveTo", "fldSimple", "dir", "bdo", "del", "moveFrom", "tab", "ptab", "br", "cr", "sym",
            "noBreakHyphen", "softHyphen", "fldChar", "drawing", "pict", "object", "ruby", "rubyBase", "rPr",
            "pPr", "vanish", "rFonts", "txbxContent", "tcPr", "gridSpan", "vMerge", "hMerge", "trPr", "tblHeader",
            "gridBefore", "gridAfter", "tblGrid", "gridCol", "pStyle", "numPr", "numId", "ilvl", "outlineLvl",
            "ffData", "checkBox", "checked", "default", "val", "type", "char", "font", "ascii", "hAnsi",
            "cs", "body", "b", "bCs", "shd", "fill", "altChunk", "sectPr", "id",
        )}
        self.t = t

    # Document ------------------------------------------------------------------------

    def read(self) -> list[Block]:
        body = self.root.find(self.t["body"])
        if body is None:
            raise ReadError("corrupted DOCX: word/document.xml has no body")
        placed = self.framed(body)
        if placed is not None:
            return placed
        self.body(body)
        self.header_over_table(body)
        return self.blocks

    def header_over_table(self, body) -> None:
        """A page header that holds the table's column names (a table drawn in the page
        header, as wide as the body's first table, which has no header row of its own):
        Word prints it over the table on every page, so it is the table's header, and the
        title above it in the page header is the document's."""
        first = next((b for b in self.blocks if b.type == "table"), None)
        sect = body.find(self.t["sectPr"])
        if first is None or any(r.header for r in first.rows) or sect is None:
            return
        ref = next((h for h in sect.iter(self.w + "headerReference")
                    if h.get(self.w + "type", "default") in ("default", "first")), None)
        part = self.pkg.headers.get(ref.get(_R + "id") or "") if ref is not None else None
        root = self.pkg._xml(part) if part else None
        if root is None:
            return
        body_blocks, self.blocks = self.blocks, []
        try:
            self.body(root)
            header_blocks = self.blocks
        finally:
            self.blocks = body_blocks
        table = next((b for b in header_blocks if b.type == "table"), None)
        if table is None or len(table.rows[0].cells) != len(first.rows[0].cells):
            return
        for row in table.rows:
            row.header, row.location = True, first.rows[0].location
        first.rows[:0] = table.rows
        title = [b for b in header_blocks if b.type != "table" and b.text.strip()]
        for b in title:
            b.location = Location(paragraph=1)
        self.blocks[:0] = title

    def framed(self, body) -> Optional[list[Block]]:
        """A "PDF to Word" converter's output: every line a paragraph in a frame placed on
        its page (w:framePr x, y in twips), a table's cells among them line by line, and no
        Word table. Read by position, as the PDF it came from (readers.positioned); None
        when most paragraphs are not so placed."""
        from ita_lint.readers.positioned import MIN_PLACED, MIN_PLACED_SHARE, Piece, placed_blocks

        w = self.w
        paragraphs = [c for c in body if c.tag == self.t["p"]]
        size = body.find(f"{w}sectPr/{w}pgSz")
        third = _int(size.get(w + "h") if size is not None else None, 16838) / 3
        pieces: list[Piece] = []
        page, last_y = 1, 0
        for p in paragraphs:
            frame = p.find(f"{w}pPr/{w}framePr")
            x = _int(frame.get(w + "x"), None) if frame is not None else None
            y = _int(frame.get(w + "y"), None) if frame is not None else None
            if x is None or y is None or frame.get(w + "vAnchor") == "text":  # type: ignore[union-attr]
                continue
            if y < last_y and y < third:  # back at the top: the next page
                page += 1
            last_y = y
            self.paragraphs += 1
            text = self.paragraph_parts(p)[3].strip()
            if not text:
                continue
            sizes = [_int(el.get(w + "val"), 0) for el in p.iter(w + "sz")]
            bolds = [el.get(w + "val") not in ("0", "false", "off") for el in p.iter(w + "b")]
            pieces.append(Piece(page, y / 20, x / 20, (max(sizes) / 2 if sizes and max(sizes) else 11.0), text,
                                bool(bolds) and all(bolds)))
        if len(pieces) < MIN_PLACED or len(pieces) < MIN_PLACED_SHARE * len(paragraphs):
            return None
        return placed_blocks(pieces)

    def body(self, container) -> None:
        t = self.t
        for child in container:
            tag = child.tag
            if tag == t["p"]:
                self.paragraph(child)
            elif tag == t["tbl"]:
                self.tables += 1
                loc = self.anchor if self.anchor is not None else Location(table=self.tables)
                titles, rows = title_rows(self.table_rows(child, self.tables, merge_copies=True))
                self.blocks += title_blocks(titles)
                if rows:
                    self.blocks.append(Block("table", location=Location(table=self.tables, paragraph=loc.paragraph),
                                             rows=rows))
            elif tag == t["sdt"]:
                content = child.find(t["sdtContent"])
                if content is not None and not self.placeholder(child):
                    self.body(content)
            elif tag == t["customXml"]:
                self.body(child)
            elif tag == _MC + "AlternateContent":
                self.body(_alternate(child))
            elif tag == t["altChunk"]:
                self.alt_chunk(child)

    def alt_chunk(self, el) -> None:
        """A document merged in at this place (w:altChunk: an e-office system's or a mail
        merge's way of assembling a report from parts), read in place: Word shows it here."""
        name = self.pkg.chunks.get(el.get(_R + "id") or "")
        if name is None:
            return
        suffix = posixpath.splitext(name)[1].lower()
        loc = Location(paragraph=self.paragraphs + 1)
        if suffix in (".docx", ".docm", ".dotx", ".dotm") and self.pkg.depth < MAX_CHUNK_DEPTH:
            inner = _Package(self.pkg.part_bytes(name), self.pkg.options, self.pkg.depth + 1, self.pkg.unpacked)
            try:
                sub = _Reader(inner)
                sub.paragraphs, sub.tables = self.paragraphs, self.tables  # one count over the whole document
                self.blocks += sub.read()
                self.paragraphs, self.tables = sub.paragraphs, sub.tables
                self.notes += sub.notes
            finally:
                inner.zip.close()
                self.pkg.unpacked = inner.unpacked
            return
        if suffix in (".htm", ".html", ".xhtml", ".txt"):
            if suffix == ".txt":
                from ita_lint.readers.text import read as read_part
            else:
                from ita_lint.readers.html import read as read_part
            for block in read_part(name, self.pkg.part_bytes(name), "text", self.pkg.options).blocks:
                block.location = loc  # the part's own lines mean nothing in the Word file
                block.lines = []
                for row in block.rows:
                    row.location = loc
                self.blocks.append(block)
            return
        self.notes.append(Note("part-unread", loc, {"part": name}))

    def _note_comments(self, el, loc: Location) -> None:
        if self.comment_marks:  # a document without comments costs nothing here
            for mark in el.iter(*self.comment_marks):
                self.commented.setdefault(mark.get(self.w + "id") or "", loc)

    def paragraph(self, p) -> None:
        if self.anchor is None:
            self.paragraphs += 1
            loc = Location(paragraph=self.paragraphs)
            self._note_comments(p, loc)
        else:
            loc = self.anchor
        kind, level, marker, text, boxes_in = self.paragraph_parts(p)
        if text:
            if kind == "list_item":
                text = item_text(marker, text)
            elif marker and marker != "-":
                text = marker + " " + text
            if kind == "heading":
                text = text.replace("\t", " ")
            text, boxes = box_text(text)
            self.blocks.append(Block(kind, text=text, location=loc, level=level, checkboxes=boxes))  # type: ignore[arg-type]
        if boxes_in:
            outer, self.anchor = self.anchor, loc
            try:
                for content in boxes_in:
                    self.body(content)
            finally:
                self.anchor = outer
        for obj in p.iter(self.t["object"]):
            self.embedded_object(obj, loc)

    def embedded_object(self, obj, loc: Location) -> None:
        """An object embedded in the text: a worksheet (the page shows a picture of it) is
        read from its workbook as the table it shows, and said; any other is said unread."""
        ole = obj.find(_O + "OLEObject")
        name = self.pkg.embedded.get(ole.get(_R + "id") or "") if ole is not None else None
        if name is None:
            return
        rows = None
        if (ole.get("ProgID") or "").startswith("Excel.Sheet") and name.lower().endswith((".xlsx", ".xlsm")):
            from ita_lint.readers.sheet import shown_sheet_rows

            rows = shown_sheet_rows(self.pkg.part_bytes(name), loc, self.pkg.limits.docx_part_bytes)
        if not rows:
            self.notes.append(Note("part-unread", loc, {"part": name}))
            return
        self.tables += 1
        titles, rows = title_rows(rows)
        self.blocks += title_blocks(titles)
        if rows:
            self.blocks.append(Block("table", location=Location(table=self.tables, paragraph=loc.paragraph), rows=rows))
        self.notes.append(Note("object-sheet", loc, {"part": name}))

    def paragraph_parts(self, p) -> tuple[str, int, str, str, list]:
        """(kind, level, marker, normalised text, text boxes anchored here)."""
        t = self.t
        ppr = p.find(t["pPr"])
        style = None
        num_id: Optional[str] = None
        ilvl: Optional[int] = None
        outline = 0
        if ppr is not None:
            ps = ppr.find(t["pStyle"])
            style = ps.get(t["val"]) if ps is not None else None
            numpr = ppr.find(t["numPr"])
            if numpr is not None:
                el = numpr.find(t["numId"])
                num_id = el.get(t["val"]) if el is not None else None
                el = numpr.find(t["ilvl"])
                ilvl = _int(el.get(t["val"]) if el is not None else None, None)
            ol = ppr.find(t["outlineLvl"])
            if ol is not None:
                outline = _outline(ol.get(t["val"]))
        if num_id is None or ilvl is None:
            s_num, s_ilvl = self.styles.numbering(style)
            num_id = num_id if num_id is not None else s_num
            ilvl = ilvl if ilvl is not None else s_ilvl
        ilvl = ilvl or 0
        heading = self.styles.heading_level(style) or min(outline, 6)
        out: list[str] = []
        boxes: list = []
        self.inline(p, out, boxes)
        raw = lead_in_label("".join(out))
        lines = (ln.strip() for ln in raw.split("\n"))
        text = "\n".join(ln for ln in lines if ln)
        marker = ""
        is_list = False
        if num_id not in (None, "0"):
            # counted even when empty: Word numbers an empty list paragraph too
            found = self.numbering.marker(num_id, ilvl)  # type: ignore[arg-type]
            if found is not None:
                marker, is_list = found, True
        if text:
            text = clean_bullets(normalize(text))
        if heading:
            return "heading", heading, marker, text, boxes
        if is_list:
            return "list_item", ilvl, marker, text, boxes
        return "paragraph", 0, "", text, boxes

    # Runs ----------------------------------------------------------------------------

    def inline(self, el, out: list[str], boxes: list) -> None:
        t = self.t
        for child in el:
            tag = child.tag
            if tag == t["r"]:
                self.run(child, out, boxes)
            elif tag in (t["hyperlink"], t["smartTag"], t["customXml"], t["ins"], t["moveTo"], t["fldSimple"],
                         t["dir"], t["bdo"], t["sdtContent"]):
                self.inline(child, out, boxes)
            elif tag == t["sdt"]:
                self.inline_sdt(child, out, boxes)
            elif tag == _MC + "AlternateContent":
                self.inline(_alternate(child), out, boxes)
            elif tag == _MATH + "oMathPara" or tag == _MATH + "oMath":
                out.append("".join(x.text or "" for x in child.iter(_MATH + "t")))

    def inline_sdt(self, sdt, out: list[str], boxes: list) -> None:
        pr = sdt.find(self.t["sdtPr"])
        cb = pr.find(_W14 + "checkbox") if pr is not None else None
        if cb is not None:
            el = cb.find(_W14 + "checked")
            checked = el is not None and (el.get(_W14 + "val") or "1").strip().lower() in ("1", "true", "on")
            out.append((TICKED if checked else UNTICKED) + " ")
            return
        content = sdt.find(self.t["sdtContent"])
        if content is not None and not self.placeholder(sdt):
            self.inline(content, out, boxes)

    def placeholder(self, sdt) -> bool:
        """A content control still showing its placeholder ("คลิกหรือแตะที่นี่เพื่อใส่ข้อความ"):
        Word shows the prompt in grey where nothing was typed; it is a blank, not text."""
        pr = sdt.find(self.t["sdtPr"])
        return pr is not None and pr.find(self.t["showingPlcHdr"]) is not None

    def run(self, r, out: list[str], boxes: list) -> None:
        t = self.t
        font = None
        rpr = r.find(t["rPr"])
        bold = False
        if rpr is not None:
            v = rpr.find(t["vanish"])
            if v is not None and (v.get(t["val"]) or "1").lower() not in ("0", "false", "off"):
                return
            # Thai text is bold by w:bCs (complex script), Latin by w:b
            b = rpr.find(t["bCs"]) if rpr.find(t["bCs"]) is not None else rpr.find(t["b"])
            bold = b is not None and (b.get(t["val"]) or "1").lower() not in ("0", "false", "off")
            rf = rpr.find(t["rFonts"])
            if rf is not None:
                for attr in ("ascii", "hAnsi"):
                    name = (rf.get(t[attr]) or "").strip().lower()
                    if name in SYMBOL_FONTS:
                        font = name
                        break
        if bold:
            out.append(BOLD_START)
        for c in r:
            tag = c.tag
            if tag == t["t"]:
                text = c.text
                if text:
                    if font is not None:
                        text = "".join(symbol_char(ord(ch), font) if ord(ch) < 0x100 or 0xF000 <= ord(ch) <= 0xF0FF else ch
                                       for ch in text)
                    out.append(text)
            elif tag == t["tab"] or tag == t["ptab"]:
                out.append("\t")
            elif tag == t["br"] or tag == t["cr"]:
                out.append("\n")
            elif tag == t["noBreakHyphen"]:
                out.append("-")
            elif tag == t["sym"]:
                code = _int_hex(c.get(t["char"]))
                if code is not None:
                    out.append(symbol_char(code, c.get(t["font"])))
            elif tag == t["fldChar"]:
                ff = c.find(t["ffData"])
                cb = ff.find(t["checkBox"]) if ff is not None else None
                if cb is not None:
                    out.append((TICKED if _form_checked(cb, t) else UNTICKED) + " ")
            elif tag in (t["drawing"], t["pict"], t["object"]):
                _text_boxes(c, t["txbxContent"], boxes)
            elif (tag, c.get(t["id"])) in self.note_texts:
                # a note's mark: its text is read where the mark points to it, on a line of its own
                out.append("\n" + self.note_texts[tag, c.get(t["id"])] + "\n")
            elif tag == _MC + "AlternateContent":
                self.run_alternate(c, out, boxes)
            elif tag == t["ruby"]:
                base = c.find(t["rubyBase"])
                if base is not None:
                    self.inline(base, out, boxes)
        if bold:
            out.append(BOLD_END)

    def run_alternate(self, ac, out: list[str], boxes: list) -> None:
        """mc:AlternateContent inside a run: its branches hold run content.

        Word 2016+ writes a symbol such as ☐ as w16se:symEx in the Choice with a
        plain w:t in the Fallback; the Choice is read when it is understood,
        the Fallback otherwise.
        """
        choice = fallback = None
        for child in ac:
            if child.tag == _MC + "Choice" and choice is None:
                choice = child
            elif child.tag == _MC + "Fallback":
                fallback = child
        for branch in (choice, fallback):
            if branch is None:
                continue
            n_out, n_boxes = len(out), len(boxes)
            self.run_content(branch, out, boxes)
            if len(out) > n_out or len(boxes) > n_boxes:
                return

    def run_content(self, branch, out: list[str], boxes: list) -> None:
        t = self.t
        for c in branch:
            tag = c.tag
            if tag in (t["drawing"], t["pict"], t["object"]):
                _text_boxes(c, t["txbxContent"], boxes)
            elif tag == t["t"] and c.text:
                out.append(c.text)
            elif tag == t["sym"]:
                code = _int_hex(c.get(t["char"]))
                if code is not None:
                    out.append(symbol_char(code, c.get(t["font"])))
            elif tag == _W16SE + "symEx":
                code = _int_hex(c.get(_W16SE + "char"))
                if code is not None:
                    out.append(symbol_char(code, c.get(_W16SE + "font")))
            elif tag == t["r"]:
                self.run(c, out, boxes)

    # Tables --------------------------------------------------------------------------

    def _rows(self, tbl):
        t = self.t
        for child in tbl:
            if child.tag == t["tr"]:
                yield child
            elif child.tag in (t["sdt"], t["customXml"]):
                inner = child.find(t["sdtContent"]) if child.tag == t["sdt"] else child
                if inner is not None:
                    yield from self._rows(inner)

    def _cells(self, tr):
        t = self.t
        for child in tr:
            if child.tag == t["tc"]:
                yield child
            elif child.tag in (t["sdt"], t["customXml"]):
                inner = child.find(t["sdtContent"]) if child.tag == t["sdt"] else child
                if inner is not None:
                    yield from self._cells(inner)

    def table_rows(self, tbl, index: int, merge_copies: bool) -> list[Row]:
        """Rows on the column grid. Without merge_copies (nested tables), a vertical
        merge's value stays in its first row only."""
        t = self.t
        grid = tbl.find(t["tblGrid"])
        # counted without a list, and no further than the bound: a grid may declare a million columns
        width = sum(1 for _ in itertools.islice(grid.iterchildren(t["gridCol"]), self.limits.table_cells + 1)) \
            if grid is not None else 0
        self.budget.check(1, width, 0)
        open_v: dict[int, Cell] = {}  # first column of a vertical merge -> its value
        rows: list[dict[int, Cell]] = []
        headers: list[bool] = []
        for tr in self._rows(tbl):
            if merge_copies:  # a table of the body: its rows are where findings point
                self._note_comments(tr, Location(table=index, row=len(rows) + 1))
            trpr = tr.find(t["trPr"])
            col = after = 0
            header = False
            if trpr is not None:
                gb, ga = trpr.find(t["gridBefore"]), trpr.find(t["gridAfter"])
                col = max(0, min(1000, _int(gb.get(t["val"]) if gb is not None else None, 0)))
                after = max(0, min(1000, _int(ga.get(t["val"]) if ga is not None else None, 0)))
                th = trpr.find(t["tblHeader"])
                # Word's "repeat as header row at the top of each page"
                header = th is not None and (th.get(t["val"]) or "true").lower() not in ("0", "false", "off")
            row: dict[int, Cell] = {}
            shaded: list[int] = []  # empty cells filled with colour
            cells = 0
            for tc in self._cells(tr):
                tcpr = tc.find(t["tcPr"])
                cells += 1
                span, vmerge, hcont = 1, None, False
                if tcpr is not None:
                    gs = tcpr.find(t["gridSpan"])
                    if gs is not None:
                        span = max(1, min(1000, _int(gs.get(t["val"]), 1)))
                    vm = tcpr.find(t["vMerge"])
                    if vm is not None:
                        vmerge = (vm.get(t["val"]) or "continue").lower()
                    hm = tcpr.find(t["hMerge"])
                    hcont = hm is not None and (hm.get(t["val"]) or "continue").lower() == "continue"
                if hcont and col > 0:  # legacy horizontal merge: covered by the cell before
                    row[col] = Cell("", span="left")
                    col += 1
                    continue
                if vmerge is not None and vmerge != "restart" and col in open_v:
                    first = open_v[col]
                    value = (Cell(first.text, [Checkbox(b.label, b.checked) for b in first.checkboxes], span="up")
                             if merge_copies else Cell(""))
                else:
                    value = Cell(*box_text("\n".join(self.cell_lines(tc))))
                    if value.is_blank and _filled(tcpr, t):
                        shaded.append(col)
                    for k in range(span):
                        open_v.pop(col + k, None)
                    if vmerge == "restart":
                        open_v[col] = value
                self.budget.check(len(rows) + 1, col + span, 0)  # before the span is laid out
                row[col] = value
                for k in range(1, span):
                    row[col + k] = Cell("", span="left")
                col += span
            if shaded and len(shaded) < cells:
                # a Gantt chart's bar marks the months (as the PDF reader gives a filled cell);
                # a row filled all across is a stripe, no mark
                for c in shaded:
                    row[c] = Cell(SHADED, span=row[c].span)
            for c in [c for c in open_v if c not in row]:
                del open_v[c]
            rows.append(row)
            headers.append(header)
            width = max(width, col + after)
        if not rows:
            return []
        width = max([width] + [max(r) + 1 for r in rows if r])
        self.budget.check(len(rows), width, len(rows) * width)
        return [
            Row([r.get(c) or Cell("") for c in range(width)], Location(table=index, row=i + 1), header=h)
            for i, (r, h) in enumerate(zip(rows, headers))
        ]

    def cell_lines(self, container) -> list[str]:
        """A cell's content as lines: paragraphs, list items with their markers, nested rows, text boxes."""
        t = self.t
        lines: list[str] = []
        for child in container:
            tag = child.tag
            if tag == t["p"]:
                kind, _, marker, text, boxes = self.paragraph_parts(child)
                if text:
                    text = text.replace("\t", " ")
                    if kind == "list_item":
                        first, *rest = text.split("\n")
                        lines.append(list_line(marker, first))
                        lines.extend(rest)
                    else:
                        if marker and marker != "-":
                            text = marker + " " + text
                        lines.extend(text.split("\n"))
                for content in boxes:
                    lines.extend(self.cell_lines(content))
            elif tag == t["tbl"]:
                for row in self.table_rows(child, 0, merge_copies=False):
                    line = nested_row_line(row.cells)
                    if line:
                        lines.append(line)
            elif tag == t["sdt"]:
                content = child.find(t["sdtContent"])
                if content is not None and not self.placeholder(child):
                    lines.extend(self.cell_lines(content))
            elif tag == t["customXml"]:
                lines.extend(self.cell_lines(child))
            elif tag == _MC + "AlternateContent":
                lines.extend(self.cell_lines(_alternate(child)))
        return lines


def _note_texts(parts: dict, w: str) -> dict[tuple[str, str], str]:
    """Each footnote's and endnote's text, by the tag of its mark and its id; the separator
    lines Word keeps as notes of their own (w:type="separator", …) are no text."""
    texts: dict[tuple[str, str], str] = {}
    for kind, root in parts.items():
        if root is None:
            continue
        note = kind[:-1]  # "footnotes" -> "footnote"
        for el in root.iter(w + note):
            if el.get(w + "type") not in (None, "normal"):
                continue
            lines = ("".join(t.text or "" for t in p.iter(w + "t")).strip() for p in el.iter(w + "p"))
            text = " ".join(line for line in lines if line)
            if text:
                texts[w + note + "Reference", el.get(w + "id") or ""] = text
    return texts


def _alternate(ac):
    """The branch of mc:AlternateContent to read: the first Choice, else the Fallback."""
    for child in ac:
        if child.tag == _MC + "Choice":
            return child
    for child in ac:
        if child.tag == _MC + "Fallback":
            return child
    return []


def _text_boxes(el, txbx_tag: str, found: list) -> None:
    """The outermost w:txbxContent elements under el, in order (not those inside another)."""
    for child in el:
        if child.tag == txbx_tag:
            found.append(child)
        elif child.tag == _MC + "AlternateContent":
            _text_boxes(_alternate(child), txbx_tag, found)
        elif isinstance(child.tag, str):
            _text_boxes(child, txbx_tag, found)


def _form_checked(cb, t: dict) -> bool:
    el = cb.find(t["checked"])
    if el is not None:
        return (el.get(t["val"]) or "1").strip().lower() not in ("0", "false", "off")
    el = cb.find(t["default"])
    return el is not None and (el.get(t["val"]) or "0").strip().lower() in ("1", "true", "on")


def _int_hex(val: Optional[str]) -> Optional[int]:
    if not val:
        return None
    try:
        return int(val, 16)
    except ValueError:
        return None


def read(path: str, data: bytes, fmt: str = "docx", options: ReadOptions = ReadOptions()) -> Document:
    pkg = _Package(data, options)
    try:
        reader = _Reader(pkg)
        blocks = reader.read()
    except RecursionError:
        raise ReadError("DOCX nested too deeply to read") from None
    finally:
        pkg.zip.close()
    return Document(path, "docx", blocks, notes=reader.notes, waivers=_waivers(pkg.comments, reader.commented, reader.w))


def _waivers(comments, commented: dict[str, Location], w: str) -> list:
    """The Word comments that are waivers ("ita-lint: disable …"), each on the paragraph or table
    row its range starts in."""
    from ita_lint.waivers import from_docx_comment

    if comments is None or not commented:
        return []
    found = []
    for comment in comments.iter(w + "comment"):
        place = commented.get(comment.get(w + "id") or "")
        text = "\n".join("".join(t.text or "" for t in p.iter(w + "t")) for p in comment.iter(w + "p"))
        waiver = from_docx_comment(text, place) if place is not None else None
        if waiver is not None:
            found.append(waiver)
    return found
