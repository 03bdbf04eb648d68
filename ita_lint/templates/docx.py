"""A template as a DOCX file: WordprocessingML written directly (the standard library's
zipfile and XML escaping), so writing a template needs no DOCX library at run time.

Headings use Word's built-in "heading N" styles, so Word's navigation pane shows them and
ita-lint's reader takes them as headings; the measures are one table with a header row.
"""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FONT = "TH Sarabun New"

_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>"""


def _style(level: int) -> str:
    size = {1: 40, 2: 36, 3: 32}[level]
    return (f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
            f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            f'<w:pPr><w:keepNext/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            f'<w:rPr><w:b/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>')


_STYLES = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{_W}">'
           f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{_FONT}" w:hAnsi="{_FONT}" w:cs="{_FONT}"/>'
           f'<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:bidi="th-TH"/></w:rPr></w:rPrDefault></w:docDefaults>'
           f'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
           + "".join(_style(n) for n in (1, 2, 3)) + "</w:styles>")


def _paragraph(text: str, style: str = "", bold: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _cell(text: str, bold: bool = False) -> str:
    return f"<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>{_paragraph(text, bold=bold)}</w:tc>"


def _table(header: list[str], rows: list[list[str]]) -> str:
    border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    head = "<w:tr><w:trPr><w:tblHeader/></w:trPr>" + "".join(_cell(h, bold=True) for h in header) + "</w:tr>"
    body = "".join("<w:tr>" + "".join(_cell(c) for c in row) + "</w:tr>" for row in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{border}</w:tblBorders></w:tblPr>'
            f"<w:tblGrid>{''.join('<w:gridCol/>' for _ in header)}</w:tblGrid>{head}{body}</w:tbl>")


def write(s) -> bytes:
    """The DOCX bytes of a templates.Skeleton."""
    body = [_paragraph(s.title, "Heading1"), _paragraph(s.agency, bold=True), _paragraph(s.intro)]
    if s.sections:
        body.append(_paragraph(s.analysis, "Heading2"))
        for _, heading, instruction in s.sections:
            body += [_paragraph(heading, "Heading3"), _paragraph(instruction)]
    body.append(_paragraph(s.table, "Heading2"))
    rows = [[f"{n}. {row[0]}", *row[1:]] for n, row in enumerate(s.rows, 1)]
    body.append(_table([h for _, h in s.columns], rows))
    # landscape A4: a table of five or seven columns reads better across the page
    section = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
               '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" '
               'w:gutter="0"/></w:sectPr>')
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'
                + "".join(body) + _paragraph("") + section + "</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", _STYLES)
    return buf.getvalue()
