"""HTML reader: an agency's web page → `Document`.

What it keeps: headings (h1–h6), paragraphs, list items (with their nesting
level; ordered items keep their visible number, "1. …"), and tables — one
table block per data table, with rowspan/colspan laid out on the column grid
(a spanned cell's text in its first column and "" in the others, a row-spanned
cell's value repeated on every row it spans). Check boxes, written as
`<input type="checkbox" [checked]>` or as the characters ☐ ☑ ☒, come out in the
text as "☑ label" / "☐ label" and in `checkboxes`.

An iframe's `srcdoc` (a site builder's "Embed HTML" block: a whole page, escaped, in an
attribute) is read where the iframe stands, as the browser shows it; a frame that loads
another address is not fetched.

What it drops: script, style, noscript, template, the document head, iframes without srcdoc,
forms' controls other than check boxes, navigation (nav, role=navigation, a
site-level header/footer, i.e. one not inside article/main/section/aside),
and anything hidden (hidden, aria-hidden, display:none). A script's data island holding
records (`<script type="application/json">`) is the table a script would draw from it
(readers.script_data), said out loud; a `<noscript>` message is said, not read.

Tables drawn without `<table>`: ARIA roles (role="table" / "row" / "cell") and CSS grid
(`display: grid`, readers.css_grid) are tables too.

Layout tables — the old way of building a site, a table whose cells hold the
menu in one column and the page in another — are read as page flow, not as a
table, so that the data tables inside them are not flattened into one cell.

Encoding: BOM, then the page's `<meta charset>`, then the charset an HTTP
Content-Type header declared (`read_html(..., declared_encoding=...)`), then
UTF-8, then Windows-874 (a superset of TIS-620); each candidate must decode the
bytes without error to be taken, and a Latin-1 label is not believed for a
page with non-ASCII bytes (Thai cannot be written in Latin-1; it is a server
default). Undecodable bytes end as U+FFFD, never as an exception.

Parser: lxml's libxml2 HTML parser (`lxml.etree.HTMLParser`), imported on first
use. It is the one fast parser that reports the source line of each element,
which Document locations need; selectolax (Lexbor) parses faster but keeps no
positions. See bench/bench_readers_html_docx.py.

Status boxes, bullets and list numbers are ita_lint.readers.common's, shared by every reader.
"""

from __future__ import annotations

import codecs
import re
from typing import Optional

from ita_lint.model import Block, Cell, Document, Location, Note, Row
from ita_lint.readers import ReadError, ReadOptions
from ita_lint.limits import CellBudget, Limits
from ita_lint.readers import css_grid, script_data
from ita_lint.readers.decode import looks_binary
from ita_lint.readers.common import (nested_row_line, BOLD_END, BOLD_START, SYMBOL_FONTS, lead_in_label, sheet_body, title_blocks, title_rows, TICKED, UNTICKED, box_text, clean_bullets, item_text, list_line,
                                     roman, symbol_char)
from ita_lint.thai import normalize

# --- encoding ---------------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# WHATWG's labels of windows-874, and the codec names people write for Thai.
_THAI_LABELS = {
    "tis-620", "tis620", "tis_620", "tis-620-2533", "iso-8859-11", "iso8859-11", "iso885911", "iso_8859-11",
    "windows-874", "x-windows-874", "dos-874", "cp874", "ms874", "x-cp874", "thai", "windows874",
}
_LATIN_CODECS = {"latin-1", "iso8859-1", "cp1252", "ascii", "iso8859-15"}
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_:.\-]+)""", re.I)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)


def codec_for(label: Optional[str]) -> Optional[str]:
    """A Python codec for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _THAI_LABELS:
        return "cp874"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in ("tis-620", "iso8859-11", "cp874"):
        return "cp874"
    if name.startswith("utf-16") or name.startswith("utf-32"):
        # a page that says so in a meta tag is ASCII-compatible, so not UTF-16 (WHATWG)
        return "utf-8"
    return name


def _declared_label(value: Optional[str]) -> Optional[str]:
    """The charset of a Content-Type header value, or the value itself if it is a bare label."""
    if not value:
        return None
    m = _CHARSET_PARAM.search(value)
    if m:
        return m.group(1)
    return None if "/" in value or ";" in value else value


def decode_html(data: bytes, declared_encoding: Optional[str] = None) -> tuple[str, str]:
    """(text, codec): BOM, meta charset, declared header charset, UTF-8, Windows-874."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    head = data[:16384]
    candidates: list[str] = []
    m = _XML_ENCODING.match(head)
    for label in (
        m.group(1).decode("ascii") if m else None,
        *(x.decode("ascii", "replace") for x in _META_CHARSET.findall(head)[:1]),
        _declared_label(declared_encoding),
        "utf-8",
        "cp874",
    ):
        name = codec_for(label)
        if name and name not in candidates:
            candidates.append(name)
    non_ascii = not data.isascii()
    for name in candidates:
        if non_ascii and name in _LATIN_CODECS:
            continue
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    # Nothing decodes cleanly: take the reading that loses the fewest characters.
    best = min(("utf-8", "cp874"), key=lambda n: data.decode(n, errors="replace").count("\ufffd"))
    return data.decode(best, errors="replace"), best


# --- the page walk ----------------------------------------------------------------------

_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _opens_section(button) -> bool:
    """A button that opens a collapsed section (an accordion's header) names it: its text
    is the section's title, not a control's caption."""
    attrib = button.attrib
    if any(k in attrib for k in ("aria-controls", "aria-expanded", "data-bs-target", "data-target")):
        return True
    parent = button.getparent()
    return parent is not None and isinstance(parent.tag, str) and parent.tag.lower() in _HEADINGS

# What a cell holding only a picture (with no alt text) says: something is marked there.
PICTURE = "■"

_DROP = {
    "script", "style", "noscript", "template", "head", "title", "nav", "iframe", "frame", "frameset",
    "object", "embed", "applet", "svg", "math", "canvas", "option", "optgroup", "datalist",
    "button", "audio", "video", "map", "img", "meta", "link", "base",
}
# inputs that hold no text of the report: hidden fields, buttons, files, passwords
_NO_VALUE_INPUTS = {"hidden", "submit", "button", "image", "reset", "file", "password"}
_LANDMARK_ROLES = {"navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar", "tablist"}
_NAV_TOKENS = {
    "navbar", "navigation", "nav", "menu", "main-menu", "mainmenu", "top-menu", "topmenu", "menubar",
    "breadcrumb", "breadcrumbs", "skip-link", "skiplink", "sr-only", "visually-hidden",
    "screen-reader-text", "cookie-banner", "cookie-consent",
}
_SECTIONING = {"article", "main", "section", "aside"}
_BLOCK = {
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "hr", "html",
    "legend", "listing", "main", "menu", "p", "pre", "section", "summary", "caption", "tbody", "thead",
    "tfoot", "tr", "td", "th", "xmp", "plaintext", "noframes",
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")
# C0 controls other than whitespace (LibreOffice's HTML export leaves \x01 where a field was)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_LINE_CAP = 65535  # libxml2 stores line numbers in 16 bits


def _hidden(el) -> bool:
    """Hidden from view by its own attributes (hidden, aria-hidden, display:none)."""
    attrib = el.attrib
    return bool(attrib) and ("hidden" in attrib or (attrib.get("aria-hidden") or "").strip().lower() == "true"
                             or bool(_HIDDEN_STYLE.search(attrib.get("style") or "")))


def _holds_panels(el) -> bool:
    return any(_role(d) == "tabpanel" for d in el.iterdescendants() if isinstance(d.tag, str))


class _Item:
    """One unit of flow: a heading, paragraph, list item or table, before it becomes a Block."""

    __slots__ = ("kind", "text", "level", "line", "marker", "rows", "lines")

    def __init__(self, kind: str, text: str = "", level: int = 0, line: Optional[int] = None,
                 marker: str = "", rows: Optional[list] = None, lines: Optional[list] = None):
        self.kind, self.text, self.level, self.line, self.marker, self.rows = kind, text, level, line, marker, rows
        self.lines = lines or []  # the source line of each line of text


class _Flow:
    """Gathers inline text into items; block boundaries end the current item."""

    def __init__(self) -> None:
        self.items: list[_Item] = []
        self._buf: list[str] = []
        self._at: list[Optional[int]] = []  # the source line of each piece of _buf
        self._line: Optional[int] = None
        self._kind, self._level, self._marker = "paragraph", 0, ""

    def text(self, s: Optional[str], line: Optional[int], pre: bool = False) -> None:
        if not s:
            return
        if s.isprintable() is False and _CONTROLS.search(s):
            s = _CONTROLS.sub("", s)
        if line is not None and not pre and s.strip():
            # lxml knows an element's line, not its text's: the text starts that many breaks
            # below (a preformatted text's breaks are kept and counted in _starts)
            lead = s[: len(s) - len(s.lstrip())]
            line += max(lead.count("\n"), lead.count("\r"))
        if pre:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
            s = "\n".join(_WS.sub(" ", part) for part in s.split("\n"))
        else:
            s = _WS.sub(" ", s)
        if self._line is None and s.strip():
            self._line = line
        self._buf.append(s)
        self._at.append(line)

    def mid_line(self) -> bool:
        """Text stands on the current line already (a form field's label before its value)."""
        for piece in reversed(self._buf):  # from the end: a page of many fields stays linear
            if "\n" in piece:
                return bool(piece.rsplit("\n", 1)[-1].strip())
            if piece.strip():
                return True
        return False

    def mark(self, line: Optional[int]) -> None:
        """Note where the current item starts when it starts with no text (a box)."""
        if self._line is None:
            self._line = line

    def br(self) -> None:
        self._buf.append("\n")
        self._at.append(None)

    def in_bold_lead(self) -> bool:
        """The line so far is a bold lead-in (its next bold run goes on with it: "พ" "." "ศ")."""
        last = next((piece for piece in reversed(self._buf) if piece.strip(" ")), "")
        return last == BOLD_END

    def mark_bold(self, mark: str) -> None:
        """BOLD_START or BOLD_END around a bold lead-in; read when the item is flushed."""
        self._buf.append(mark)
        self._at.append(None)

    def begin(self, kind: str, level: int, line: Optional[int], marker: str = "") -> None:
        self.flush()
        self._kind, self._level, self._marker = kind, level, marker
        self._line = line

    def flush(self) -> None:
        if self._buf:
            raw = lead_in_label("".join(self._buf))
            starts = self._starts()
            kept = [(ln.strip(), at) for ln, at in zip(raw.split("\n"), starts) if ln.strip()]
            text = "\n".join(ln for ln, _ in kept)
            if text:
                text = clean_bullets(normalize(text))
                lines = [at if at is not None else self._line for _, at in kept]
                self.items.append(_Item(self._kind, text, self._level, self._line, self._marker,
                                        lines=lines if None not in lines else None))
        self._buf = []
        self._at = []
        self._line = None
        self._kind, self._level, self._marker = "paragraph", 0, ""

    def _starts(self) -> list[Optional[int]]:
        """For each line of the joined buffer, the source line of its first visible piece
        (a preformatted piece's own breaks count on from its line)."""
        starts: list[Optional[int]] = []
        current: Optional[int] = None
        for piece, at in zip(self._buf, self._at):
            for k, part in enumerate(piece.split("\n")):
                if k:
                    starts.append(current)
                    current = None
                if current is None and part.strip():
                    current = at + k if at is not None and k else at
        starts.append(current)
        return starts

    def table(self, rows: list[Row], line: Optional[int]) -> None:
        self.flush()
        self.items.append(_Item("table", line=line, rows=rows))


_FONT_FAMILY = re.compile(r"(?:mso-symbol-font-family|font-family)\s*:\s*['\"]?([^;'\",]+)", re.I)


# ARIA roles of a table drawn without <table>, and of its cells.
_ARIA_TABLES = frozenset({"table", "grid", "treegrid"})
_ARIA_CELLS = frozenset({"cell", "gridcell", "columnheader", "rowheader"})


# Classes that set a span as a label: bold text, or a badge or tag before its value.
_LABEL_CLASSES = frozenset({"badge", "label", "tag", "fw-bold", "fw-semibold", "font-weight-bold", "font-bold",
                            "font-semibold", "bold"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.I)


def _lead_in(el, tag: str) -> bool:
    """An inline element that sets its text apart as a lead-in: bold, or a badge."""
    if tag in ("strong", "b"):
        return True
    return tag == "span" and (bool(_classes(el) & _LABEL_CLASSES) or bool(_BOLD_STYLE.search(el.get("style") or "")))


def _role(el) -> str:
    return (el.get("role") or "").strip().lower() if isinstance(el.tag, str) else ""


def _aria_owner(row):
    """The ARIA table (or <table>) a row belongs to: its nearest."""
    return next((a for a in row.iterancestors() if _role(a) in _ARIA_TABLES or a.tag == "table"), None)


def _symbol_font(el) -> Optional[str]:
    """The symbol font (Wingdings, Symbol) an element sets its text in, or None."""
    names = [m.group(1) for m in _FONT_FAMILY.finditer(el.get("style") or "")] + [el.get("face") or ""]
    return next((n.strip().lower() for n in names if n.strip().lower() in SYMBOL_FONTS), None)


# the mark of a comment or a footnote a word processor sets in the text: "[a]", "[1]", "*"
_NOTE_MARK = re.compile(r"\[[a-z0-9]{1,3}\]|\*{1,3}|[0-9]{1,3}")


def _classes(el) -> set[str]:
    tokens = (el.get("class") or "").lower().split()
    ident = (el.get("id") or "").lower().strip()
    if ident:
        tokens.append(ident)
    return set(tokens)


def _int_attr(el, name: str, default: int, lo: int, hi: int) -> int:
    raw = (el.get(name) or "").strip()
    m = re.match(r"\d+", raw)
    if not m:
        return default
    return max(lo, min(hi, int(m.group(0))))


def _letters(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def _ol_marker(n: int, kind: str) -> str:
    if n <= 0:
        return f"{n}."
    if kind == "a":
        return _letters(n) + "."
    if kind == "A":
        return _letters(n).upper() + "."
    if kind == "i":
        return roman(n) + "."
    if kind == "I":
        return roman(n).upper() + "."
    return f"{n}."


# An iframe's srcdoc holding another srcdoc: read this many deep.
MAX_SRCDOC_DEPTH = 3


class _Walker:
    def __init__(self, root, source: str, limits: Limits = Limits(), at_line: Optional[int] = None,
                 depth: int = 0) -> None:
        self.limits = limits
        self.at_line = at_line  # an embedded page's elements are all where its iframe stands
        self.depth = depth
        self.budget = CellBudget(limits, "colspan and rowspan")
        # the form fields a <label for=…> names: a report's fields, not a site's search box
        self.labelled = {lab.get("for") for lab in root.iter("label") if lab.get("for")}
        # class name -> its style rules, for tables drawn with CSS grid (none without a style sheet)
        self.css = css_grid.class_rules(root) if next(root.iter("style"), None) is not None else {}
        self._late: dict = {}
        self.notes: list[Note] = []
        self.noscript: Optional[tuple[str, Optional[int]]] = None  # the first <noscript> message
        if source.count("\n") >= _LINE_CAP - 1:
            self._late = _late_lines(root, source)

    def line(self, el) -> Optional[int]:
        if self.at_line is not None:
            return self.at_line
        n = el.sourceline
        if n is not None and n >= _LINE_CAP and self._late:
            return self._late.get(el, n)
        return n

    def has_label(self, el) -> bool:
        """A form field with a label of its own: named by a <label for=…>, or inside a <label>."""
        if el.get("id") and el.get("id") in self.labelled:
            return True
        parent = el.getparent()
        while parent is not None:
            if str(parent.tag).lower() == "label":
                return True
            parent = parent.getparent()
        return False

    # What to skip --------------------------------------------------------------------

    @staticmethod
    def dropped(el, tag: str, sectioned: bool) -> bool:
        if tag == "button" and _opens_section(el):
            return False
        if tag in _DROP:
            return True
        if tag == "input":
            return (el.get("type") or "text").strip().lower() in _NO_VALUE_INPUTS
        if tag in ("header", "footer") and not sectioned:
            # a site's banner, not the report; but a page header holding the page's title
            # (<header class="hero"><h1>มาตรการ… ประจำปีงบประมาณ …</h1>) is the report's own
            return not (tag == "header" and next(el.iter("h1"), None) is not None)
        attrib = el.attrib
        if not attrib:
            return False
        role = (attrib.get("role") or "").strip().lower()
        if _hidden(el) and role != "tabpanel":
            # (a tab's panel is hidden only until its tab is clicked: the page's content)
            return True
        if role in _LANDMARK_ROLES and not (role == "tablist" and _holds_panels(el)):
            # (a "tablist" wrapping the panels themselves, as Elementor marks it, holds content)
            return True
        if ("class" in attrib or "id" in attrib) and _classes(el) & _NAV_TOKENS:
            return True
        if tag == "a" and (attrib.get("href") or "").startswith("#") and _NOTE_MARK.fullmatch("".join(el.itertext()).strip()) \
                and el.getparent() is not None and el.getparent().tag in ("sup", "span"):
            return True  # a comment's or footnote's mark ("[a]", "[1]") set in the text: a link, no text
        return False

    # Flow ----------------------------------------------------------------------------

    def children(self, el, flow: _Flow, ctx: tuple) -> None:
        """Walk el's content (text, child elements, their tails) into flow."""
        line = self.line(el)
        flow.text(el.text, line, ctx[2])
        for child in el:
            tag = child.tag
            if isinstance(tag, str):
                self.element(child, tag.lower(), flow, ctx)
            flow.text(child.tail, self.line(child) or line, ctx[2])

    def element(self, el, tag: str, flow: _Flow, ctx: tuple) -> None:
        # ctx: (in_line_container, sectioned, pre, list_depth)
        in_line, sectioned, pre, depth = ctx
        if tag == "svg" and not self.dropped(el, "div", sectioned) and self.drawing(el, flow):
            return
        if tag == "iframe" and el.get("srcdoc") and self.depth < MAX_SRCDOC_DEPTH \
                and not self.dropped(el, "div", sectioned):
            self.embedded(el, flow)
            return
        if tag == "script" and script_data.is_data_island(el) and self.data_table(el, flow):
            return
        if tag == "noscript" and not self.noscript:
            said = " ".join("".join(el.itertext()).split())
            if said:  # "กรุณาเปิดใช้งาน JavaScript…": what the page shows with no script run
                self.noscript = (said, self.line(el))
        if self.dropped(el, tag, sectioned):
            return
        kind = (el.get("type") or "text").strip().lower() if tag == "input" else ""
        if tag in ("input", "textarea", "select") and kind != "checkbox" and not self.has_label(el):
            return  # a site's search box or an unlabelled choice: no text of the report
        if kind in ("checkbox", "radio"):
            flow.mark(self.line(el))
            flow.text(TICKED if "checked" in el.attrib else UNTICKED, self.line(el))
            flow.text(" ", None)
            return
        if tag in ("input", "textarea", "select"):
            # a page saved from a web form: what was filled in is the text, on a line of its
            # own under its label; a list left on its placeholder ("-- เลือก --") says nothing
            if tag == "input":
                value = el.get("value") or ""
            elif tag == "textarea":
                value = "".join(el.itertext())
            else:
                chosen = next((o for o in el.iter("option") if "selected" in o.attrib), None)
                value = "".join(chosen.itertext()) if chosen is not None and (chosen.get("value") or "").strip() else ""
            if value.strip():
                # after its label on the line: "label: value", as a report writes it
                flow.text(": ", None) if flow.mid_line() else flow.br()
                for k, part in enumerate(value.strip().splitlines()):
                    if k:
                        flow.br()
                    flow.text(part, self.line(el))
                flow.br()
            return
        if tag == "br":
            flow.br()
            return
        font = _symbol_font(el) if tag in ("span", "font") else None
        if font is not None:
            # Word writes a check box as Wingdings "þ" / "¨" in a span of that font
            text = "".join(el.itertext())
            flow.text("".join(symbol_char(ord(ch), font) for ch in text), self.line(el))
            return
        if tag in _HEADINGS:
            if in_line:
                flow.br()
                self.children(el, flow, ctx)
                flow.br()
                return
            flow.begin("heading", _HEADINGS[tag], self.line(el))
            self.children(el, flow, (True, sectioned, pre, depth))
            flow.flush()
            return
        if tag in ("ul", "ol", "menu", "dir"):
            self.list(el, tag, flow, ctx)
            return
        if tag == "li":  # a stray li outside a list
            self.list_item(el, flow, ctx, "-", depth)
            return
        if tag == "table" or _role(el) in _ARIA_TABLES:
            self.table(el, flow, ctx)
            return
        if tag in ("div", "section", "ul", "ol") and (self.css or "grid" in (el.get("style") or "")) \
                and self.css_table(el, flow, ctx):
            return
        if tag in _BLOCK or tag in _SECTIONING:
            inner = (in_line, sectioned or tag in _SECTIONING, pre or tag in ("pre", "listing", "xmp", "plaintext"), depth)
            if in_line:
                flow.br()
                self.children(el, flow, inner)
                flow.br()
            else:
                flow.flush()
                flow.mark(self.line(el))
                self.children(el, flow, inner)
                flow.flush()
            return
        if _lead_in(el, tag) and (not flow.mid_line() or flow.in_bold_lead()):
            # "<strong>ผู้รับผิดชอบ</strong> กองคลัง", a badge before its text: a bold lead-in
            # is a label (readers.common.lead_in_label)
            flow.mark_bold(BOLD_START)
            self.children(el, flow, ctx)
            flow.mark_bold(BOLD_END)
            return
        self.children(el, flow, ctx)  # inline

    def data_table(self, script, flow: _Flow) -> bool:
        """A table a script draws from the records in this data island, read from them
        and said out loud (the page as a browser shows it may differ); False for data
        that holds no records."""
        items = script_data.records(script.text or "")
        if items is None:
            return False
        line = self.line(script)
        # what the page's scripts say names the columns (read only for a page that has data)
        scripts = [s.text or "" for s in script.getroottree().iter("script") if not script_data.is_data_island(s)]
        flow.table(script_data.table_rows(items, scripts, line), line)
        self.notes.append(Note("script-table", Location(line=line),
                               {"id": script.get("id") or "", "rows": len(items)}))
        return True

    def drawing(self, svg, flow: _Flow) -> bool:
        """An inline SVG drawing holding a page of text (a table drawn in diagrams.net and
        exported as SVG): its text read by where it is drawn, as `pdftohtml`'s pages are
        (readers.positioned). A logo or an icon holds too little to be read: False."""
        from ita_lint.readers.positioned import MIN_PLACED, placed_blocks, svg_pieces

        pieces = svg_pieces(svg)
        if len(pieces) < MIN_PLACED:
            return False
        line = self.line(svg)
        flow.flush()
        for block in placed_blocks(pieces):
            if block.type == "table":
                for row in block.rows:
                    row.location = Location(line=line)
                flow.table(block.rows, line)
            else:
                flow.begin("heading" if block.type == "heading" else "paragraph", 2, line)
                for k, part in enumerate(block.text.split("\n")):
                    if k:
                        flow.br()
                    flow.text(part, line)
                flow.flush()
        return True

    def embedded(self, iframe, flow: _Flow) -> None:
        """The page an iframe's srcdoc holds, in the flow where the iframe stands."""
        root = _parse(iframe.get("srcdoc"))
        if root is None:
            return
        inner = _Walker(root, "", self.limits, self.line(iframe), self.depth + 1)
        flow.flush()
        flow.mark(self.line(iframe))
        inner.element(root, str(root.tag).lower(), flow, (False, False, False, 0))
        flow.flush()

    def list(self, el, tag: str, flow: _Flow, ctx: tuple) -> None:
        in_line, sectioned, pre, depth = ctx
        flow.flush()
        ordered = tag == "ol"
        kind = (el.get("type") or "1").strip() if ordered else ""
        n = _int_attr(el, "start", 1, -(10**6), 10**6) if ordered else 0
        line = self.line(el)
        flow.text(el.text, line)
        for child in el:
            ctag = child.tag.lower() if isinstance(child.tag, str) else None
            if ctag == "li":
                if self.dropped(child, ctag, sectioned):
                    continue
                if ordered:
                    if child.get("value"):
                        n = _int_attr(child, "value", n, 0, 10**6)
                    marker = _ol_marker(n, kind)
                    n += 1
                else:
                    marker = "-"
                self.list_item(child, flow, ctx, marker, depth)
            elif ctag:
                self.element(child, ctag, flow, ctx)
            flow.text(child.tail, self.line(child) or line)
        flow.flush()

    def list_item(self, el, flow: _Flow, ctx: tuple, marker: str, depth: int) -> None:
        in_line, sectioned, pre, _ = ctx
        line = self.line(el)
        flow.begin("list_item", depth, line, marker)
        inner = (True, sectioned, pre, depth + 1)
        flow.text(el.text, line, pre)
        for child in el:
            tag = child.tag
            if isinstance(tag, str):
                tag = tag.lower()
                if tag in ("ul", "ol", "menu", "dir", "table"):
                    # the item's own text first, then the nested list or table
                    self.element(child, tag, flow, (False, sectioned, pre, depth + 1))
                    flow.begin("list_item", depth, None, "")
                else:
                    self.element(child, tag, flow, inner)
            flow.text(child.tail, self.line(child) or line, pre)
        flow.flush()

    # Tables --------------------------------------------------------------------------

    @staticmethod
    def own_rows(table) -> list:
        if table.tag.lower() != "table":
            # an ARIA table of divs (role="table" / "row" / "cell"), as page builders draw
            # a table with CSS grid: its rows, not those of a table nested in a cell
            return [d for d in table.iterdescendants() if _role(d) == "row" and _aria_owner(d) is table]
        rows = []
        for child in table:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag == "tr":
                rows.append(child)
            elif tag in ("thead", "tbody", "tfoot"):
                rows.extend(r for r in child if isinstance(r.tag, str) and r.tag.lower() == "tr")
        # a row hidden from view (a sheet's hidden row, published with display:none) shows nothing
        return [r for r in rows if not _hidden(r)]

    def is_header_row(self, tr) -> bool:
        """A row in <thead>, or one made only of <th> cells."""
        parent = tr.getparent()
        if parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "thead":
            return True
        cells = self.own_cells(tr)
        return bool(cells) and all(c.tag.lower() == "th" or _role(c) == "columnheader" for c in cells)

    @staticmethod
    def own_cells(tr) -> list:
        if tr.tag.lower() != "tr":
            return [d for d in tr.iterdescendants() if _role(d) in _ARIA_CELLS
                    and next((a for a in d.iterancestors() if _role(a) == "row"), None) is tr]
        return [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th") and not _hidden(c)]

    def is_layout(self, table, rows: list) -> bool:
        """A table used to lay out the page rather than to hold data.

        Signs: role=presentation, a page heading (h1/h2) in a cell, or a table of
        at least two rows and three columns inside a cell of a table without a <th>
        header row (a data table's cells may hold tables of their own).
        """
        if (table.get("role") or "").strip().lower() in ("presentation", "none"):
            return True
        # a header row of <th> cells on top: a data table, whatever its cells hold
        headed = bool(rows) and self.is_header_row(rows[0]) and len(self.own_cells(rows[0])) >= 2
        for tr in rows:
            for cell in self.own_cells(tr):
                for d in cell.iterdescendants():
                    tag = d.tag.lower() if isinstance(d.tag, str) else ""
                    if tag in ("h1", "h2"):
                        return True
                    if tag == "table" and not headed:
                        # a data table inside (not a small box list): the outer one lays out the page
                        inner = self.own_rows(d)
                        if len(inner) >= 2 and max(len(self.own_cells(r)) for r in inner) >= 3:
                            return True
        return False

    def table(self, el, flow: _Flow, ctx: tuple) -> None:
        in_line, sectioned, pre, depth = ctx
        rows = self.own_rows(el)
        if not in_line and self.is_layout(el, rows):
            flow.flush()
            for tr in rows:
                for cell in self.own_cells(tr):
                    if not self.dropped(cell, "td", sectioned):
                        flow.flush()
                        self.children(cell, flow, (False, sectioned, pre, depth))
                        flow.flush()
            return
        flow.flush()
        for child in el:
            if isinstance(child.tag, str) and child.tag.lower() == "caption":
                self.element(child, "caption", flow, (False, sectioned, pre, depth))
        flow.table(self.grid(rows, sectioned), self.line(el))

    def css_table(self, el, flow: _Flow, ctx: tuple) -> bool:
        """A table drawn with CSS grid (readers.css_grid): its children the cells, as many to
        a row as the grid has columns, a cell spanning those `grid-column` says. False, and
        nothing read, when the element is no such table."""
        width = css_grid.grid_columns(el, self.css)
        cells = [c for c in el if isinstance(c.tag, str)]
        if width is None or (el.text or "").strip() or any((c.tail or "").strip() for c in cells) \
                or not css_grid.looks_like_a_table(cells, width):
            return False
        sectioned = ctx[1]
        # the first row is a header when its cells have a class of their own ("g-head")
        heads = {c.get("class") for c in cells[:width]}
        header = None not in heads and not heads & {c.get("class") for c in cells[width:]}
        placed: list[list] = []  # each row's cells as (element, span)
        for c in cells:
            span = css_grid.column_span(c, self.css, width)
            if not placed or sum(k for _, k in placed[-1]) + span > width:
                placed.append([])  # the grid puts a cell that does not fit on the next row
            placed[-1].append((c, span))
        self.budget.check(len(placed), width, len(placed) * width)
        rows = []
        for r, row in enumerate(placed):
            out: list[Cell] = []
            for c, span in row:
                out.append(Cell("") if self.dropped(c, "td", sectioned) else self.cell(c, sectioned))
                out += [Cell("", span="left")] * (span - 1)
            rows.append(Row(out + [Cell("")] * (width - len(out)), Location(line=self.line(row[0][0])),
                            header=header and r == 0))
        flow.flush()
        flow.table(rows, self.line(el))
        return True

    def cell(self, td, sectioned: bool) -> Cell:
        sub = _Flow()
        self.children(td, sub, (False, sectioned, False, 0))
        sub.flush()
        cell = Cell(*box_text("\n".join(_lines(sub.items))))
        if cell.is_blank and any(isinstance(d.tag, str) and d.tag.lower() == "img" for d in td.iterdescendants()):
            # a picture alone in a cell says something: a tick drawn as an image in a quarter
            # column, as a filled cell does in a PDF (its alt text, if any, says what)
            alt = next((d.get("alt", "").strip() for d in td.iterdescendants()
                        if isinstance(d.tag, str) and d.tag.lower() == "img" and d.get("alt", "").strip()), "")
            cell = Cell(alt or PICTURE)
        return cell

    def grid(self, trs: list, sectioned: bool) -> list[Row]:
        """The HTML table model: each cell in the first free slot, spans on the grid."""
        grid: list[dict[int, Cell]] = []
        carried: dict[int, tuple[int, Cell]] = {}  # column -> (rows still to cover, value)
        total = len(trs)
        locations = []
        headers = [self.is_header_row(tr) for tr in trs]
        for r, tr in enumerate(trs):
            row: dict[int, Cell] = {}
            for col, (left, value) in carried.items():
                # a row-spanned value belongs to every row it spans
                row[col] = Cell(value.text, list(value.checkboxes), span="left" if value.span == "left" else "up")
            col = 0
            for td in self.own_cells(tr):
                while col in row:
                    col += 1
                value = Cell("") if self.dropped(td, "td", sectioned) else self.cell(td, sectioned)
                colspan = _int_attr(td, "colspan" if "colspan" in td.attrib else "aria-colspan", 1, 1, 1000)
                rowspan = _int_attr(td, "rowspan" if "rowspan" in td.attrib else "aria-rowspan", 1, 0, 65534)
                if rowspan == 0:
                    rowspan = total - r
                # what the spans will fill, before filling it: a few bytes can ask for millions
                self.budget.check(len(grid) + 1, col + colspan, 0)
                for k in range(colspan):
                    here = value if k == 0 else Cell("", span="left")
                    row[col + k] = here
                    if rowspan > 1:
                        carried[col + k] = (rowspan, here)
                col += colspan
            # count down the carried cells; those that began on this row start their count here
            carried = {c: (left - 1, v) for c, (left, v) in carried.items() if left - 1 > 0}
            grid.append(row)
            locations.append(Location(line=self.line(tr)))
        width = max((max(row) + 1 for row in grid if row), default=0)
        self.budget.check(len(grid), width, len(grid) * width)
        for row, tr in zip(grid, trs):
            if tr.tag.lower() != "tr" and len(row) == 1 and 0 in row:
                # an ARIA row of one cell is drawn across the grid (a group row)
                row.update({c: Cell("", span="left") for c in range(1, width)})
        return [
            Row([row.get(c) or Cell("") for c in range(width)], loc, header=header)
            for row, loc, header in zip(grid, locations, headers)
        ]


def _late_lines(root, source: str) -> dict:
    """Lines of the elements past libxml2's 16-bit line counter.

    Elements come in source order, so each start tag is searched for forward
    from the previous one; the result is exact for well-formed markup and close
    otherwise.
    """
    found: dict = {}
    cursor, line = 0, 1
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        n = el.sourceline
        if n is None or n < _LINE_CAP:
            continue
        m = re.compile(r"<" + re.escape(el.tag) + r"[\s/>]", re.I).search(source, cursor)
        if m is None:
            found[el] = max(n, line)
            continue
        line += source.count("\n", cursor, m.start())
        cursor = m.start() + 1
        found[el] = max(n, line)
    return found


def _lines(items: list[_Item]) -> list[str]:
    """A cell's content as lines: paragraphs, list items with their markers, nested tables' rows."""
    out: list[str] = []
    for it in items:
        if it.kind == "table":
            rows = [(row, [c for c in row.cells if c.text.strip() and c.span != "left"]) for row in it.rows or []]
            # a table that only wraps what it holds (an e-mail's layout, one cell a row): its
            # cells' lines, a table nested in them row by row, as they are; in a table of
            # fields, a row with one cell filled is a field left empty ("การติดตามผล |")
            wraps = all(len(filled) <= 1 for _, filled in rows)
            for row, filled in rows:
                if wraps and filled:
                    out.extend(filled[0].text.split("\n"))
                    continue
                line = nested_row_line(row.cells)
                if line:
                    out.append(line)
        elif it.kind == "list_item":
            first, *rest = it.text.split("\n")
            out.append(list_line(it.marker, first))
            out.extend(rest)
        else:
            out.extend(it.text.split("\n"))
    return out


def _blocks(items: list[_Item]) -> list[Block]:
    blocks = []
    for it in items:
        loc = Location(line=it.line) if it.line is not None else Location()
        if it.kind == "table":
            titles, rows = title_rows(sheet_body(it.rows or []))
            blocks += title_blocks(titles)
            if rows:
                blocks.append(Block("table", location=loc, rows=rows))
            continue
        text = item_text(it.marker, it.text) if it.kind == "list_item" else it.text
        text, boxes = box_text(text)
        blocks.append(Block(it.kind, text=text, location=loc, level=it.level, checkboxes=boxes,  # type: ignore[arg-type]
                            lines=it.lines))
    return blocks


def _parse(text: str):
    """The element tree of an HTML text (None for no element at all)."""
    from lxml import etree

    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                              recover=True, compact=True, default_doctype=False, collect_ids=False)
    try:
        return etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.LxmlError, ValueError) as exc:  # pragma: no cover - libxml2 recovers from nearly all
        raise ReadError(f"cannot parse HTML: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None


def read_html(data: bytes, path: str = "<html>", declared_encoding: Optional[str] = None,
              limits: Limits = Limits()) -> Document:
    """Read an HTML page; `declared_encoding` is an HTTP Content-Type value or a charset label."""
    try:
        from lxml import etree  # heavy: imported on first use
    except ImportError:  # pragma: no cover - lxml is a dependency
        raise ReadError("reading HTML needs lxml, which is not installed (pip install lxml)") from None

    text, _ = decode_html(data, declared_encoding)
    if looks_binary(text):  # random bytes named .html are not a report to score
        raise ReadError("not an HTML document: binary data (control characters)")
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        return Document(path, "html", [])
    root = _parse(text)
    if root is None:
        return Document(path, "html", [])
    from ita_lint.readers.positioned import placed_text
    from ita_lint.waivers import from_comments

    placed = placed_text(root)
    if placed is not None:  # a PDF turned into HTML piece by piece (pdftohtml)
        return Document(path, "html", placed, waivers=from_comments(text))
    walker = _Walker(root, text, limits)
    flow = _Flow()
    try:
        walker.element(root, str(root.tag).lower(), flow, (False, False, False, 0))
    except RecursionError:  # pragma: no cover - libxml2 caps depth at 256
        raise ReadError("HTML nested too deeply to read") from None
    flow.flush()
    notes = walker.notes
    if walker.noscript and not any(n.code == "script-table" for n in notes):
        # the page draws part of itself with a script that was not run: said, not guessed
        said, line = walker.noscript
        notes.append(Note("script-content", Location(line=line), {"message": said[:120]}))
    return Document(path, "html", _blocks(flow.items), waivers=from_comments(text), notes=notes)


def read(path: str, data: bytes, fmt: str = "html", options: ReadOptions = ReadOptions()) -> Document:
    return read_html(data, path, limits=options.limits)
