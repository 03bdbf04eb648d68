"""Small python-docx helpers (Thai complex-script fonts, table tricks, fields)."""
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

CENTER = WD_ALIGN_PARAGRAPH.CENTER
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def _rfonts(rpr, font):
    rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts')
        rpr.insert(0, rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)


def new_document(font='Laksaman', size=16, margins_cm=(2.5, 2.0, 2.0, 2.0)):
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    _rfonts(rpr, font)
    szcs = OxmlElement('w:szCs'); szcs.set(qn('w:val'), str(int(size * 2))); rpr.append(szcs)
    lang = OxmlElement('w:lang'); lang.set(qn('w:val'), 'en-US'); lang.set(qn('w:bidi'), 'th-TH'); rpr.append(lang)
    pf = st.paragraph_format
    pf.space_after = Pt(0); pf.space_before = Pt(0); pf.line_spacing = 1.0
    for name in ('Heading 1', 'Heading 2', 'Heading 3', 'Title', 'List Number', 'List Bullet',
                 'List Number 2', 'List Bullet 2'):
        try:
            s = doc.styles[name]
        except KeyError:
            continue
        r = s.element.get_or_add_rPr()
        _rfonts(r, font)
        s.font.color.rgb = RGBColor(0, 0, 0)
        if name.startswith('Heading') or name == 'Title':
            s.font.size = Pt(size + 2)
            sz = OxmlElement('w:szCs'); sz.set(qn('w:val'), str(int((size + 2) * 2))); r.append(sz)
    cp = doc.core_properties
    cp.author = 'Windows User'; cp.last_modified_by = 'Windows User'; cp.title = ''; cp.comments = ''
    cp.keywords = ''; cp.subject = ''
    sec = doc.sections[0]
    sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins_cm]
    return doc


def cs_run(run, bold=None, size=None, font=None, italic=None, underline=None):
    rpr = run._r.get_or_add_rPr()
    if font:
        _rfonts(rpr, font)
    if bold is not None:
        run.bold = bold
        b = OxmlElement('w:bCs')
        if not bold:
            b.set(qn('w:val'), '0')
        rpr.append(b)
    if italic is not None:
        run.italic = italic
    if underline is not None:
        run.underline = underline
    if size:
        run.font.size = Pt(size)
        s = OxmlElement('w:szCs'); s.set(qn('w:val'), str(int(size * 2))); rpr.append(s)
    return run


def para(doc_or_cell, text='', bold=False, size=None, align=None, style=None, indent_cm=None,
         first_line_cm=None, space_after=None, keep_next=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        add_runs(p, text, bold=bold, size=size)
    if align is not None:
        p.alignment = align
    if indent_cm is not None:
        p.paragraph_format.left_indent = Cm(indent_cm)
    if first_line_cm is not None:
        p.paragraph_format.first_line_indent = Cm(first_line_cm)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if keep_next:
        p.paragraph_format.keep_with_next = True
    return p


def add_runs(p, text, bold=False, size=None):
    """Text with **bold** segments."""
    parts = text.split('**')
    for i, part in enumerate(parts):
        if part:
            cs_run(p.add_run(part), bold=(bold or i % 2 == 1), size=size)
    return p


def cell_text(cell, text, bold=False, size=None, align=None, shade=None, valign=None):
    """Write text into a cell; '\n' separates paragraphs."""
    cell.text = ''
    lines = text.split('\n') if text is not None else ['']
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        add_runs(p, line, bold=bold, size=size)
        if align is not None:
            p.alignment = align
    if shade:
        shade_cell(cell, shade)
    if valign:
        tcpr = cell._tc.get_or_add_tcPr()
        v = OxmlElement('w:vAlign'); v.set(qn('w:val'), valign); tcpr.append(v)
    return cell


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement('w:shd'); shd.set(qn('w:val'), 'clear'); shd.set(qn('w:color'), 'auto'); shd.set(qn('w:fill'), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement('w:tblHeader'); h.set(qn('w:val'), 'true'); trpr.append(h)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    c = OxmlElement('w:cantSplit'); trpr.append(c)


def col_widths(table, widths_cm):
    """Set grid and every tc width (gridSpan-aware)."""
    table.autofit = False
    tbl = table._tbl
    for i, gc in enumerate(tbl.tblGrid.findall(qn('w:gridCol'))):
        if i < len(widths_cm):
            gc.set(qn('w:w'), str(int(widths_cm[i] * 567)))
    for tr in tbl.findall(qn('w:tr')):
        g = 0
        for tc in tr.findall(qn('w:tc')):
            tcpr = tc.get_or_add_tcPr()
            gs = tcpr.find(qn('w:gridSpan'))
            span = int(gs.get(qn('w:val'))) if gs is not None else 1
            w = sum(widths_cm[g:g + span])
            tcw = tcpr.find(qn('w:tcW'))
            if tcw is None:
                tcw = OxmlElement('w:tcW'); tcpr.insert(0, tcw)
            tcw.set(qn('w:w'), str(int(w * 567))); tcw.set(qn('w:type'), 'dxa')
            g += span
    tblpr = tbl.tblPr
    tw = tblpr.find(qn('w:tblW'))
    if tw is None:
        tw = OxmlElement('w:tblW'); tblpr.append(tw)
    tw.set(qn('w:w'), str(int(sum(widths_cm) * 567))); tw.set(qn('w:type'), 'dxa')
    lay = OxmlElement('w:tblLayout'); lay.set(qn('w:type'), 'fixed'); tblpr.append(lay)


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement('w:tblBorders')
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        e = OxmlElement('w:' + side); e.set(qn('w:val'), 'nil'); b.append(e)
    tblpr.append(b)


def field(p, instr, placeholder='1', size=None):
    """Complex field (PAGE, NUMPAGES, ...)."""
    def r(el):
        run = p.add_run()
        if size:
            cs_run(run, size=size)
        run._r.append(el)
        return run
    b = OxmlElement('w:fldChar'); b.set(qn('w:fldCharType'), 'begin'); r(b)
    it = OxmlElement('w:instrText'); it.set(qn('xml:space'), 'preserve'); it.text = ' %s ' % instr; r(it)
    s = OxmlElement('w:fldChar'); s.set(qn('w:fldCharType'), 'separate'); r(s)
    t = p.add_run(placeholder)
    if size:
        cs_run(t, size=size)
    e = OxmlElement('w:fldChar'); e.set(qn('w:fldCharType'), 'end'); r(e)


def page_number_format(section, fmt='decimal', start=None):
    sectpr = section._sectPr
    pg = sectpr.find(qn('w:pgNumType'))
    if pg is None:
        pg = OxmlElement('w:pgNumType'); sectpr.append(pg)
    pg.set(qn('w:fmt'), fmt)
    if start is not None:
        pg.set(qn('w:start'), str(start))


def _no_restart(sec):
    pg = sec._sectPr.find(qn('w:pgNumType'))
    if pg is not None and pg.get(qn('w:start')) is not None:
        del pg.attrib[qn('w:start')]


def landscape_section(doc, new=True, margins_cm=(2.0, 1.5, 1.5, 1.5)):
    sec = doc.add_section(WD_SECTION.NEW_PAGE) if new else doc.sections[-1]
    _no_restart(sec)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width = Cm(29.7); sec.page_height = Cm(21.0)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins_cm]
    return sec


def portrait_section(doc, margins_cm=(2.5, 2.0, 2.5, 2.0)):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    _no_restart(sec)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width = Cm(21.0); sec.page_height = Cm(29.7)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = [Cm(x) for x in margins_cm]
    return sec


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def bottom_border(p, sz=6):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement('w:pBdr')
    b = OxmlElement('w:bottom'); b.set(qn('w:val'), 'single'); b.set(qn('w:sz'), str(sz)); b.set(qn('w:space'), '1'); b.set(qn('w:color'), 'auto')
    bdr.append(b); ppr.append(bdr)


def table(doc, rows, cols, style='Table Grid', align_center=True):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = doc.styles[style]
    if align_center:
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t


def header_tabs(p, right_cm):
    """Clear the Header style's default centre/right tab stops and set one right tab at right_cm."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Twips
    ts = p.paragraph_format.tab_stops
    ts.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Cm(right_cm), WD_TAB_ALIGNMENT.RIGHT)


# ---- Word numbering (numbers rendered by Word, not present in the text) ----
_abs_counter = [80]


def add_abstract_num(doc, lvl_text='%1.', fmt='decimal', left_twips=360, hanging=360):
    """Add a single-level abstractNum; returns its id."""
    numbering = doc.part.numbering_part.element
    aid = _abs_counter[0]; _abs_counter[0] += 1
    a = OxmlElement('w:abstractNum'); a.set(qn('w:abstractNumId'), str(aid))
    mlt = OxmlElement('w:multiLevelType'); mlt.set(qn('w:val'), 'singleLevel'); a.append(mlt)
    lvl = OxmlElement('w:lvl'); lvl.set(qn('w:ilvl'), '0')
    for tag, val in (('w:start', '1'), ('w:numFmt', fmt), ('w:lvlText', lvl_text), ('w:lvlJc', 'left')):
        e = OxmlElement(tag); e.set(qn('w:val'), val); lvl.append(e)
    ppr = OxmlElement('w:pPr'); ind = OxmlElement('w:ind')
    ind.set(qn('w:left'), str(left_twips)); ind.set(qn('w:hanging'), str(hanging)); ppr.append(ind); lvl.append(ppr)
    a.append(lvl)
    nums = numbering.findall(qn('w:num'))
    if nums:
        nums[0].addprevious(a)
    else:
        numbering.append(a)
    return aid


def add_num(doc, abstract_id, restart=True):
    numbering = doc.part.numbering_part.element
    ids = [int(n.get(qn('w:numId'))) for n in numbering.findall(qn('w:num'))]
    nid = max(ids + [0]) + 1
    n = OxmlElement('w:num'); n.set(qn('w:numId'), str(nid))
    an = OxmlElement('w:abstractNumId'); an.set(qn('w:val'), str(abstract_id)); n.append(an)
    if restart:
        ov = OxmlElement('w:lvlOverride'); ov.set(qn('w:ilvl'), '0')
        so = OxmlElement('w:startOverride'); so.set(qn('w:val'), '1'); ov.append(so); n.append(ov)
    numbering.append(n)
    return nid


def set_num(p, num_id, ilvl=0):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement('w:numPr')
    il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl)); numpr.append(il)
    ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num_id)); numpr.append(ni)
    ppr.insert(0, numpr) if ppr.find(qn('w:pStyle')) is None else ppr.find(qn('w:pStyle')).addnext(numpr)


# ---- real Word footnotes (word/footnotes.xml) ----
_FN_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def add_footnotes(doc, notes, font='Laksaman', size=12):
    """notes: list of footnote texts; ids 1..n.  Creates the footnotes part; use footnote_ref(p, id) in the body."""
    from docx.opc.part import Part
    from docx.opc.packuri import PackURI
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from xml.sax.saxutils import escape
    rpr = ('<w:rPr><w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>'
           % (font, font, font, size * 2, size * 2))
    body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
            '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, t in enumerate(notes, start=1):
        body.append('<w:footnote w:id="%d"><w:p><w:r>%s</w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/>'
                    '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/><w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:footnoteRef/></w:r>'
                    '<w:r>%s<w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>'
                    % (i, '', font, font, font, size * 2, size * 2, rpr, escape(t)))
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>%s</w:footnotes>'
           % (_FN_NS, ''.join(body))).encode('utf-8')
    part = Part(PackURI('/word/footnotes.xml'),
                'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', xml, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    return part


def footnote_ref(p, fid, size=None):
    run = p.add_run()
    rpr = run._r.get_or_add_rPr()
    va = OxmlElement('w:vertAlign'); va.set(qn('w:val'), 'superscript'); rpr.append(va)
    fr = OxmlElement('w:footnoteReference'); fr.set(qn('w:id'), str(fid)); run._r.append(fr)
    return run
