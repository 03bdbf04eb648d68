"""Small python-docx toolkit: Thai fonts, tables with real Word features, fields, check boxes, text boxes, numbering."""
import copy
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement, parse_xml

CENTER, LEFT, RIGHT, JUST = (WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT,
                             WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.JUSTIFY)


def _fonts(rpr, font):
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)


def _size(rpr, pt):
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(int(pt * 2)))


def _bold(rpr):
    for tag in ("w:b", "w:bCs"):
        if rpr.find(qn(tag)) is None:
            rpr.insert(1, OxmlElement(tag))


def style_run(run, font=None, size=None, bold=False, italic=False, underline=False):
    rpr = run._r.get_or_add_rPr()
    if font:
        _fonts(rpr, font)
    if bold:
        _bold(rpr)
    if italic:
        run.italic = True
    if underline:
        run.underline = True
    if size:
        _size(rpr, size)
    return run


class Kit:
    def __init__(self, font="TH SarabunPSK", size=16, landscape=False, margins=(2.5, 2.0, 2.0, 2.5)):
        self.doc = Document()
        self.font, self.size = font, size
        st = self.doc.styles["Normal"]
        rpr = st.element.get_or_add_rPr()
        _fonts(rpr, font)
        _size(rpr, size)
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), "en-US"); lang.set(qn("w:bidi"), "th-TH")
        rpr.append(lang)
        ppr = st.element.get_or_add_pPr()
        sp = OxmlElement("w:spacing"); sp.set(qn("w:after"), "0"); sp.set(qn("w:line"), "240"); sp.set(qn("w:lineRule"), "auto")
        ppr.append(sp)
        for sname in ("Heading 1", "Heading 2", "Heading 3", "Title", "List Number", "List Bullet", "Table Grid"):
            try:
                s = self.doc.styles[sname]
            except KeyError:
                continue
            r = s.element.get_or_add_rPr()
            _fonts(r, font)
            for c in r.findall(qn("w:color")):
                r.remove(c)
        sec = self.doc.sections[0]
        self.page(sec, landscape, margins)

    # ---------- layout ----------
    def page(self, sec, landscape=False, margins=(2.5, 2.0, 2.0, 2.5)):
        top, right, bottom, left = margins
        if landscape:
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = Cm(top), Cm(right), Cm(bottom), Cm(left)
        sec.header_distance = Cm(1.0); sec.footer_distance = Cm(1.0)

    def new_section(self, landscape=False, margins=(2.5, 2.0, 2.0, 2.5), restart=None, fmt=None, link=True):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        self.page(sec, landscape, margins)
        if restart is not None or fmt:
            pg = OxmlElement("w:pgNumType")
            if fmt:
                pg.set(qn("w:fmt"), fmt)
            if restart is not None:
                pg.set(qn("w:start"), str(restart))
            sec._sectPr.append(pg)
        sec.header.is_linked_to_previous = link
        sec.footer.is_linked_to_previous = link
        return sec

    def pgnum_fmt(self, sec, fmt=None, start=None):
        pg = OxmlElement("w:pgNumType")
        if fmt:
            pg.set(qn("w:fmt"), fmt)
        if start is not None:
            pg.set(qn("w:start"), str(start))
        sec._sectPr.append(pg)

    def page_break(self):
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        return p

    # ---------- text ----------
    def p(self, text="", bold=False, align=None, size=None, indent=None, first=None, after=0, before=0,
          container=None, style=None, italic=False, underline=False, keep=False):
        c = container if container is not None else self.doc
        para = c.add_paragraph(style=style) if style else c.add_paragraph()
        self.fill(para, text, bold=bold, size=size, italic=italic, underline=underline)
        self.fmt(para, align, indent, first, after, before)
        if keep:
            para.paragraph_format.keep_with_next = True
        return para

    def fmt(self, para, align=None, indent=None, first=None, after=0, before=0):
        pf = para.paragraph_format
        if align is not None:
            pf.alignment = align
        if indent is not None:
            pf.left_indent = Cm(indent)
        if first is not None:
            pf.first_line_indent = Cm(first)
        pf.space_after = Pt(after)
        pf.space_before = Pt(before)

    def fill(self, para, text, bold=False, size=None, italic=False, underline=False):
        """text may contain **bold** segments."""
        if text is None:
            return para
        parts = str(text).split("**")
        for i, seg in enumerate(parts):
            if not seg:
                continue
            style_run(para.add_run(seg), self.font, size or self.size, bold=bold or (i % 2 == 1),
                      italic=italic, underline=underline)
        return para

    def run(self, para, text, bold=False, size=None, font=None):
        return style_run(para.add_run(text), font or self.font, size or self.size, bold=bold)

    # ---------- tables ----------
    def table(self, rows, cols, widths=None, borders="single", style=None, container=None):
        c = container if container is not None else self.doc
        t = c.add_table(rows=rows, cols=cols)
        if style:
            t.style = self.doc.styles[style]
        self.borders(t, borders)
        if widths:
            self.widths(t, widths)
        return t

    def borders(self, t, val="single", sz=4):
        tblPr = t._tbl.tblPr
        old = tblPr.find(qn("w:tblBorders"))
        if old is not None:
            tblPr.remove(old)
        b = OxmlElement("w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), val)
            e.set(qn("w:sz"), str(sz if val != "nil" else 0))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000" if val != "nil" else "auto")
            b.append(e)
        tblPr.append(b)

    def cell_border(self, cell, **sides):
        """sides: top='single'/'nil', bottom=..."""
        tcPr = cell._tc.get_or_add_tcPr()
        tb = tcPr.find(qn("w:tcBorders"))
        if tb is None:
            tb = OxmlElement("w:tcBorders")
            tcPr.append(tb)
        for side, val in sides.items():
            e = OxmlElement("w:" + side)
            e.set(qn("w:val"), val); e.set(qn("w:sz"), "6" if val != "nil" else "0"); e.set(qn("w:space"), "0")
            e.set(qn("w:color"), "000000")
            tb.append(e)

    def widths(self, t, cms):
        tblPr = t._tbl.tblPr
        lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed")
        tblPr.append(lay)
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
            gc.set(qn("w:w"), str(int(w * 567)))
        for row in t.rows:
            for i, cell in enumerate(row.cells):
                if i < len(cms):
                    cell.width = Cm(cms[i])

    def repeat_header(self, row):
        trPr = row._tr.get_or_add_trPr()
        e = OxmlElement("w:tblHeader"); e.set(qn("w:val"), "true")
        trPr.append(e)

    def cant_split(self, row):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(OxmlElement("w:cantSplit"))

    def shade(self, cell, fill="D9D9D9"):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd"); s.set(qn("w:val"), "clear"); s.set(qn("w:color"), "auto"); s.set(qn("w:fill"), fill)
        tcPr.append(s)

    def valign(self, cell, v="top"):
        tcPr = cell._tc.get_or_add_tcPr()
        e = OxmlElement("w:vAlign"); e.set(qn("w:val"), v)
        tcPr.append(e)

    def cell(self, cell, text, bold=False, align=None, size=None, shade=None, after=0):
        """text: str (\n = new paragraph) or list of str; '' leaves the cell empty."""
        lines = text if isinstance(text, (list, tuple)) else ([] if text is None else str(text).split("\n"))
        first = True
        for ln in lines:
            para = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            self.fill(para, ln, bold=bold, size=size)
            self.fmt(para, align, after=after)
        if shade:
            self.shade(cell, shade)
        return cell

    def row(self, t, values, bold=False, align=None, size=None, shade=None, aligns=None):
        r = t.add_row()
        for i, v in enumerate(values):
            self.cell(r.cells[i], v, bold=bold, align=(aligns[i] if aligns else align), size=size, shade=shade)
        return r

    # ---------- fields / header / footer ----------
    def field(self, para, instr, size=None, placeholder="1"):
        r1 = para.add_run(); style_run(r1, self.font, size or self.size)
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
        r2 = para.add_run(); style_run(r2, self.font, size or self.size)
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " %s " % instr; r2._r.append(it)
        r3 = para.add_run(); style_run(r3, self.font, size or self.size)
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
        r4 = para.add_run(placeholder); style_run(r4, self.font, size or self.size)
        r5 = para.add_run(); style_run(r5, self.font, size or self.size)
        fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)
        return para

    def hf_para(self, hf, parts, align=CENTER, size=None, border_bottom=False, border_top=False):
        """parts: list of str or ('PAGE',)/('NUMPAGES',) field tuples."""
        para = hf.paragraphs[0] if hf.paragraphs and not hf.paragraphs[0].text and len(hf.paragraphs[0].runs) == 0 else hf.add_paragraph()
        for part in parts:
            if isinstance(part, tuple):
                self.field(para, part[0], size=size)
            else:
                self.run(para, part, size=size)
        para.paragraph_format.alignment = align
        if border_bottom or border_top:
            ppr = para._p.get_or_add_pPr()
            pb = OxmlElement("w:pBdr")
            e = OxmlElement("w:bottom" if border_bottom else "w:top")
            e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "6"); e.set(qn("w:space"), "1"); e.set(qn("w:color"), "000000")
            pb.append(e); ppr.append(pb)
        return para

    # ---------- check boxes ----------
    def sdt_checkbox(self, para, checked, size=None):
        glyph = "☒" if checked else "☐"
        xml = (
            '<w:sdt %s><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:cs="%s"/>'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:id w:val="%d"/>'
            '<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:cs="%s" w:hint="eastAsia"/>'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t>%s</w:t></w:r></w:sdtContent></w:sdt>'
        ) % (nsdecls("w", "w14"), self.font, (size or self.size) * 2, (size or self.size) * 2,
             abs(hash((id(para), checked, len(para._p)))) % 900000000 + 100000,
             1 if checked else 0, self.font, (size or self.size) * 2, (size or self.size) * 2, glyph)
        para._p.append(parse_xml(xml))

    def wingdings(self, para, checked, size=None):
        r = para.add_run()
        rpr = r._r.get_or_add_rPr()
        _size(rpr, size or self.size)
        sym = OxmlElement("w:sym"); sym.set(qn("w:font"), "Wingdings"); sym.set(qn("w:char"), "F0FE" if checked else "F0A8")
        r._r.append(sym)
        return r

    # ---------- text box ----------
    def textbox(self, para, lines, width_cm=15, height_cm=3, bold_first=True, size=None):
        w, h = int(width_cm * 360000), int(height_cm * 360000)
        paras = ""
        for i, ln in enumerate(lines):
            b = "<w:b/><w:bCs/>" if (bold_first and i == 0) else ""
            paras += ('<w:p><w:pPr><w:jc w:val="%s"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}"/>%s'
                      '<w:sz w:val="{s}"/><w:szCs w:val="{s}"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>') % (
                "center" if i == 0 else "left", b, ln.replace("&", "&amp;").replace("<", "&lt;"))
        paras = paras.replace("{f}", self.font).replace("{s}", str((size or self.size) * 2))
        xml = (
            '<w:r %s><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            '<wp:extent cx="%d" cy="%d"/><wp:docPr id="%d" name="Text Box %d"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
            '<a:ln w="12700"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
            '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
            '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
            '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
        ) % (nsdecls("w", "wp") + ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"', w, h, 7000 + len(lines), 7000 + len(lines), w, h, paras)
        para._p.append(parse_xml(xml))

    # ---------- numbering ----------
    def numbering(self, levels):
        """levels: list of (numFmt, lvlText, indent_cm, hanging_cm). Returns numId."""
        numbering = self.doc.part.numbering_part.element
        absids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
        aid = max(absids + [0]) + 1
        numids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
        nid = max(numids + [0]) + 1
        lv = ""
        for i, (fmt, txt, ind, hang) in enumerate(levels):
            lv += ('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%s"/>'
                   '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="%d"/></w:pPr>'
                   '<w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:cs="{f}"/></w:rPr></w:lvl>') % (
                i, fmt, txt, int(ind * 567), int(hang * 567))
        lv = lv.replace("{f}", self.font)
        a = parse_xml('<w:abstractNum %s w:abstractNumId="%d"><w:multiLevelType w:val="hybridMultilevel"/>%s</w:abstractNum>'
                      % (nsdecls("w"), aid, lv))
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
        numbering.append(parse_xml('<w:num %s w:numId="%d"><w:abstractNumId w:val="%d"/></w:num>' % (nsdecls("w"), nid, aid)))
        return nid

    def numbered(self, para, num_id, ilvl=0):
        ppr = para._p.get_or_add_pPr()
        np_ = parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), ilvl, num_id))
        ppr.insert(0, np_)
        return para

    def save(self, path):
        self.doc.save(path)


def vmerge(t, col, r0, r1):
    return t.cell(r0, col).merge(t.cell(r1, col))


def hmerge(t, row, c0, c1):
    return t.cell(row, c0).merge(t.cell(row, c1))


def soffice_pdf(src, outdir):
    import subprocess
    r = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir, src],
                       capture_output=True, text=True, timeout=240)
    if r.returncode != 0:
        raise RuntimeError(r.stderr)
    return r.stdout


def pdftotext(path, layout=True):
    import subprocess
    args = ["pdftotext"] + (["-layout"] if layout else []) + [path, "-"]
    return subprocess.run(args, capture_output=True, text=True).stdout
