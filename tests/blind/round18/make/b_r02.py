# r02: provincial public health office, results FY2569, DOCX that is a PDF->Word CONVERTER output:
# no table at all - every text line of the original PDF table is its own absolutely positioned frame paragraph
# (w:framePr, anchored to the page), emitted line by line across the row (y, then x) like online PDF-to-Word tools do.
from common import *
from docx.enum.text import WD_BREAK
NAME = 'r02_ssj_nakhonthammawadi_results_2569'
AG = 'สำนักงานสาธารณสุขจังหวัดนครธรรมวดี'
# each cell is a list of visual lines as they were wrapped in the source PDF
M = [
 dict(no='1', title=['ประกาศเจตจำนงสุจริตในการ', 'บริหารงานของนายแพทย์', 'สาธารณสุขจังหวัด'],
      steps=['- จัดทำประกาศเจตจำนงสุจริต', '- ชี้แจงในที่ประชุมคณะกรรมการวางแผน', '  และประเมินผล (กวป.)', '- เผยแพร่ทางเว็บไซต์ สสจ.'],
      resp=['กลุ่มงานบริหารทั่วไป'], period=['ต.ค. – พ.ย. ๒๕๖๘'],
      output=['ประกาศลงวันที่ ๒๗ ต.ค. ๒๕๖๘', 'แจ้ง สสอ. และ รพ. ทุกแห่ง', 'เผยแพร่บนเว็บไซต์ ๓๐ ต.ค. ๒๕๖๘'],
      outcome=['บุคลากรรับทราบนโยบาย', 'ร้อยละ ๙๘.๖ (จากแบบสำรวจ)']),
 dict(no='2', title=['เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง', 'ยาและเวชภัณฑ์มิใช่ยาของ', 'หน่วยบริการในสังกัด'],
      steps=['- รวบรวมผลการจัดซื้อจากระบบ e-GP', '- จัดทำสรุป สขร.๑ รายเดือน', '- ตรวจสอบโดยกลุ่มงานคุ้มครอง', '  ผู้บริโภคฯ ก่อนเผยแพร่'],
      resp=['กลุ่มงานบริหารทั่วไป', '(งานพัสดุ) / กลุ่มงาน', 'คุ้มครองผู้บริโภคฯ'], period=['ต.ค. ๒๕๖๘ –', 'ก.ย. ๒๕๖๙'],
      output=['เผยแพร่ครบ ๑๒ เดือน', 'จำนวน ๒๒๔ รายการ'],
      outcome=['ข้อมูลการจัดซื้อยาเปิดเผย', 'ตรวจสอบได้ ไม่มีข้อร้องเรียน']),
 dict(no='3', title=['ป้องกันการใช้รถราชการและ', 'ทรัพย์สินของทางราชการ', 'เพื่อประโยชน์ส่วนตน'],
      steps=['- จัดทำแนวปฏิบัติการใช้รถราชการ', '- บันทึกการใช้รถผ่านแบบฟอร์มออนไลน์', '- สุ่มตรวจสมุดบันทึกการใช้รถ'],
      resp=['กลุ่มงานบริหารทั่วไป', '(งานยานพาหนะ)'], period=[],
      output=['ออกแนวปฏิบัติ ๑ ฉบับ', 'สุ่มตรวจ ๔ ครั้ง พบข้อบกพร่อง', 'ด้านการบันทึก ๒ กรณี แก้ไขแล้ว'],
      outcome=['การใช้รถราชการเป็นไปตาม', 'ระเบียบ ไม่พบการใช้ส่วนตัว']),
 dict(no='4', title=['พัฒนาระบบรับเรื่องร้องเรียน', 'การทุจริตและประพฤติมิชอบ'],
      steps=['- ปรับปรุงช่องทางร้องเรียนออนไลน์', '  (Google Form / LINE OA)', '- กำหนดระยะเวลาตอบกลับ ๗ วัน'],
      resp=['กลุ่มกฎหมาย'], period=['ม.ค. – ก.ย. ๒๕๖๙'],
      output=['เปิดใช้ LINE OA ๑ ก.พ. ๒๕๖๙', 'รับเรื่อง ๙ เรื่อง ดำเนินการ', 'แล้วเสร็จ ๘ เรื่อง'],
      outcome=['ผู้ร้องได้รับแจ้งผลภายใน', 'กำหนดร้อยละ ๑๐๐']),
 dict(no='5', title=['อบรมเสริมสร้างวัฒนธรรม', 'องค์กรคุณธรรม “สาธารณสุข', 'โปร่งใส ใส่ใจประชาชน”'],
      steps=['- จัดอบรมเชิงปฏิบัติการ ๑ วัน', '- จัดทำคลิปรณรงค์เผยแพร่', '  ทางสื่อออนไลน์'],
      resp=['กลุ่มงานพัฒนาทรัพยากร', 'บุคคล'], period=['มิ.ย. ๒๕๖๙'],
      output=['ผู้เข้ารับการอบรม ๑๑๒ คน', 'คลิปรณรงค์ ๓ เรื่อง'],
      outcome=['-']),
 dict(no='6', title=['สำรวจความพึงพอใจของผู้รับ', 'บริการด้านการขออนุญาต', 'สถานพยาบาลและผลิตภัณฑ์'],
      steps=['- จัดทำแบบสำรวจออนไลน์', '- วิเคราะห์ผลและนำเข้าที่ประชุม'],
      resp=['กลุ่มงานคุ้มครองผู้บริโภค', 'และเภสัชสาธารณสุข'], period=['เม.ย. – ส.ค. ๒๕๖๙'],
      output=['ผู้ตอบแบบสำรวจ ๒๘๗ ราย'],
      outcome=['ความพึงพอใจร้อยละ ๘๙.๓๐', 'ลดระยะเวลาออกใบอนุญาต', 'เฉลี่ย ๓ วันทำการ']),
]
COLS = [(1.2, 0.9), (2.2, 5.0), (7.2, 6.0), (13.3, 3.8), (17.2, 3.4), (20.8, 4.6), (25.3, 3.9)]
HDR = [['ที่'], ['มาตรการ/กิจกรรม'], ['ขั้นตอนการดำเนินการ'], ['ผู้รับผิดชอบ'], ['ระยะเวลา'], ['ผลการดำเนินงาน', '(Output)'], ['ผลลัพธ์/ความสำเร็จ', '(Outcome)']]
LH = 0.5
def frame(doc, x, y, w, text, bold=False, size=11):
    p = doc.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    fp = OxmlElement('w:framePr')
    for k, v in (('w:h', int(max(LH, size * 0.047) * 567)), ('w:hRule', 'exact'), ('w:hSpace', 0), ('w:wrap', 'around'), ('w:vAnchor', 'page'), ('w:hAnchor', 'page'),
                 ('w:x', int(x * 567)), ('w:y', int(y * 567))):
        fp.set(qn(k), str(v))
    pPr.insert(0, fp)
    r = p.add_run(text); r.bold = bold; r.font.size = Pt(size)
    r.font.name = 'Laksaman'
    rpr = r._element.get_or_add_rPr(); rf = rpr.find(qn('w:rFonts')); rf.set(qn('w:cs'), 'Laksaman')
    sc = OxmlElement('w:szCs'); sc.set(qn('w:val'), str(size * 2)); rpr.append(sc)
    return p
def page_break(doc):
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
def row_lines(cells):
    n = max(len(c) for c in cells)
    return n
def build():
    doc = new_doc('Laksaman', 14, landscape=True, margins=(1.0, 1.0, 1.0, 1.0))
    y = 1.3
    frame(doc, 6.0, y, 18.0, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, 15); y += 0.7
    frame(doc, 7.0, y, 16.0, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙  ' + AG, True, 15); y += 0.9
    intro = ['        ตามที่สำนักงานสาธารณสุขจังหวัดนครธรรมวดีได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
             'จากผลการประเมิน ITA ปี ๒๕๖๘ (คะแนน ๙๒.๗๕ ผ่าน) นั้น ขอรายงานผลการดำเนินการรอบ ๑๒ เดือน (ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙) ดังนี้']
    for ln in intro:
        frame(doc, 1.4, y, 27.0, ln); y += LH
    y += 0.4
    def header(y):
        for li in range(2):
            for (x, w), h in zip(COLS, HDR):
                if li < len(h): frame(doc, x, y + li * LH, w, h[li], True)
        return y + 2 * LH + 0.2
    y = header(y)
    for m in M:
        cells = [[th(m['no']) + '.'], m['title'], m['steps'], m['resp'], m['period'], m['output'], m['outcome']]
        n = row_lines(cells)
        if y + n * LH > 19.6:
            page_break(doc); y = 1.2; y = header(y)
        for li in range(n):
            for (x, w), c in zip(COLS, cells):
                if li < len(c): frame(doc, x, y + li * LH, w, c[li])
        y += n * LH + 0.25
    y += 0.3
    frame(doc, 1.4, y, 27.0, 'การติดตามประเมินผล : กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุขติดตามความก้าวหน้าทุกไตรมาส และรายงานนายแพทย์สาธารณสุขจังหวัดในการประชุม กวป.', False); y += LH * 2
    for ln in ['(ลงชื่อ) ....................................... ผู้รายงาน', '(นายอับดุลเลาะ สะมะแอ)', 'นายแพทย์สาธารณสุขจังหวัดนครธรรมวดี']:
        frame(doc, 17.5, y, 9.0, ln); y += LH
    doc.add_paragraph()
    # converter metadata
    doc.core_properties.author = 'PDF2Word'; doc.core_properties.title = 'ITA_result_2569'
    path = out(NAME, 'docx'); doc.save(path)
    to_pdf(path)  # render check copy in build/
    MM = [dict(m, title=''.join(m['title']), steps=' '.join(m['steps']), resp=''.join(m['resp']), period=' '.join(m['period']),
               output=' '.join(m['output']), outcome=''.join(m['outcome'])) for m in M]
    write_truth(NAME, 'docx', 'results', 2569, AG, 'measure', items_from(MM, 'results', general_mon=True),
        ['measure 3: period cell left blank', "measure 5: outcome is '-'"],
        'NEW FORM: DOCX produced by an online PDF-to-Word converter from the agency\'s PDF - there is NO Word table; every '
        'visual line of every cell is a separate paragraph in an absolutely positioned frame (w:framePr, page-anchored x/y), '
        'written row line by row line (line 1 of every column, then line 2 ...), so a cell\'s text is interleaved with its '
        'neighbours in document order and the assessor reconstructs it from the positions (titles in the label are the '
        'cell lines joined). 7 columns, header repeated on page 2 because the source PDF repeated it. The closing '
        '"การติดตามประเมินผล" line (quarterly follow-up reported to the provincial chief medical officer) counts as '
        'monitoring for all measures. ITA 2568 92.75 ผ่าน.')
if __name__ == '__main__': build()
