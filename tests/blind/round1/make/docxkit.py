"""Small python-docx helpers: Thai fonts, merged cells, repeated header rows, fields."""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def set_run_font(run, font, size=None, bold=None):
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    if size:
        run.font.size = Pt(size)
        szcs = rpr.find(qn("w:szCs"))
        if szcs is None:
            szcs = OxmlElement("w:szCs")
            rpr.append(szcs)
        szcs.set(qn("w:val"), str(int(size * 2)))
    if bold is not None:
        run.bold = bold
        if bold:
            b = OxmlElement("w:bCs")
            rpr.append(b)


def new_doc(font="TH SarabunPSK", size=16, landscape=False, margins=(2.0, 2.0, 2.5, 2.0)):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    szcs = OxmlElement("w:szCs"); szcs.set(qn("w:val"), str(size * 2)); rpr.append(szcs)
    lang = OxmlElement("w:lang"); lang.set(qn("w:val"), "en-US"); lang.set(qn("w:bidi"), "th-TH"); rpr.append(lang)
    st.paragraph_format.space_after = Pt(0)
    st.paragraph_format.space_before = Pt(0)
    for sname in ("List Bullet", "List Number", "Header", "Footer", "Table Grid"):
        try:
            s = d.styles[sname]
            if s.type == 1:
                s.font.name = font
        except KeyError:
            pass
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    top, bottom, left, right = margins
    sec.top_margin, sec.bottom_margin = Cm(top), Cm(bottom)
    sec.left_margin, sec.right_margin = Cm(left), Cm(right)
    d._thfont = font
    d._thsize = size
    return d


def para(d_or_cell, text="", bold=False, size=None, align=None, font=None, indent=None, first=None,
         style=None, space_after=None, doc=None):
    doc = doc or (d_or_cell if hasattr(d_or_cell, "_thfont") else None)
    p = d_or_cell.add_paragraph(style=style) if style else d_or_cell.add_paragraph()
    f = font or (doc._thfont if doc else None)
    if text:
        parts = text if isinstance(text, list) else [(text, bold)]
        for t, b in parts:
            r = p.add_run(t)
            if f:
                set_run_font(r, f, size, b)
            else:
                r.bold = b
                if size:
                    r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if first is not None:
        p.paragraph_format.first_line_indent = Cm(first)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, lines, bold=False, align=None, font=None, size=None, bullets=False):
    """Replace a cell's content by one paragraph per line.  A line may be ('text', bold)."""
    if isinstance(lines, str):
        lines = [lines]
    # start from a clean cell (merged cells keep the paragraphs of every merged cell)
    for extra in cell.paragraphs[1:]:
        extra._p.getparent().remove(extra._p)
    for r_ in list(cell.paragraphs[0].runs):
        r_._r.getparent().remove(r_._r)
    first = True
    for ln in lines:
        if isinstance(ln, tuple):
            t, b = ln
        else:
            t, b = ln, bold
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if bullets and t and not t.startswith(("-", "•")):
            t = "• " + t
        r = p.add_run(t)
        if font:
            set_run_font(r, font, size, b)
        else:
            r.bold = b
            if size:
                r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
    return cell


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, c in enumerate(row.cells):
            if i < len(widths_cm):
                c.width = Cm(widths_cm[i])


def add_field(paragraph, instr, font=None, size=None):
    def r_(el):
        r = paragraph.add_run()
        if font:
            set_run_font(r, font, size)
        r._r.append(el)
        return r
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r_(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r_(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r_(s)
    r = paragraph.add_run("1")
    if font:
        set_run_font(r, font, size)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r_(e)


def footer_page_x_of_y(section, doc, prefix="หน้า ", mid=" จาก ", align=CENTER, size=14, left_text=None):
    ft = section.footer
    p = ft.paragraphs[0]
    p.alignment = align
    if left_text:
        r = p.add_run(left_text + "    "); set_run_font(r, doc._thfont, size)
    r = p.add_run(prefix); set_run_font(r, doc._thfont, size)
    add_field(p, "PAGE", doc._thfont, size)
    if mid:
        r = p.add_run(mid); set_run_font(r, doc._thfont, size)
        add_field(p, "NUMPAGES", doc._thfont, size)


def footer_dash(section, doc, size=14, where="header"):
    hf = section.header if where == "header" else section.footer
    p = hf.paragraphs[0]
    p.alignment = CENTER
    r = p.add_run("- "); set_run_font(r, doc._thfont, size)
    add_field(p, "PAGE", doc._thfont, size)
    r = p.add_run(" -"); set_run_font(r, doc._thfont, size)


def header_text(section, doc, text, size=12, align=RIGHT, italic=False):
    hd = section.header
    p = hd.paragraphs[0] if not hd.paragraphs[0].text else hd.add_paragraph()
    p.alignment = align
    r = p.add_run(text); set_run_font(r, doc._thfont, size); r.italic = italic
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)


def new_section(doc, landscape=None, restart_numbering=False):
    from docx.enum.section import WD_SECTION
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape is not None:
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if restart_numbering:
        pg = OxmlElement("w:pgNumType"); pg.set(qn("w:start"), "1")
        sec._sectPr.append(pg)
    return sec


def toc_line(doc, text, page, width_cm=16.5, indent=0):
    p = para(doc, text, indent=indent if indent else None)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    r = p.add_run("\t" + page); set_run_font(r, doc._thfont, None)
    return p


def table(doc, rows, cols, style="Table Grid"):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t
