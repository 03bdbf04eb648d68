# m01: สำนักงานประมงจังหวัดกุมภวารี — measures FY2570; NEW FORM: DOCX saved as "Strict Open XML Document"
# (purl.oclc.org/ooxml namespaces, strict relationship types, w:conformance="strict").
import os, re, zipfile
from common import *

FN = 'm01_fisheries_kumphawari_measures_2570.docx'
AG = 'สำนักงานประมงจังหวัดกุมภวารี'
TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'
M = [
 dict(n='1', title='มาตรการเปิดเผยข้อมูลการออกใบอนุญาตและทะเบียนเรือประมง',
      steps=['๑) ประกาศขั้นตอน เอกสาร และระยะเวลาการให้บริการ ณ จุดบริการและเว็บไซต์', '๒) เผยแพร่สถิติการออกใบอนุญาตรายเดือน'],
      resp='กลุ่มบริหารจัดการด้านการประมง', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานสถิติต่อประมงจังหวัดทุกเดือน และสรุปผลรอบ ๖ และ ๑๒ เดือน',
      oc='ผู้รับบริการได้รับใบอนุญาตภายในระยะเวลาที่ประกาศ ร้อยละ ๑๐๐'),
 dict(n='2', title='มาตรการป้องกันการเรียกรับผลประโยชน์ในการตรวจสอบสินค้าประมงและฟาร์มเพาะเลี้ยง',
      steps=['๑) ออกตรวจเป็นทีมอย่างน้อย ๒ คน', '๒) ใช้แบบบันทึกการตรวจที่ผู้ประกอบการลงนามรับทราบ', '๓) จัดทำแบบสอบถามความพึงพอใจหลังการตรวจ'],
      resp='กลุ่มส่งเสริมการประมง / ด่านตรวจสัตว์น้ำ', period='ตลอดปีงบประมาณ', mon='หัวหน้ากลุ่มสุ่มตรวจบันทึกการตรวจทุกไตรมาสและรายงานผลต่อประมงจังหวัด',
      oc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ ผู้ประกอบการพึงพอใจไม่น้อยกว่าร้อยละ ๘๕'),
 dict(n='3', title='มาตรการส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง (เรือตรวจการณ์และยานพาหนะ)',
      steps=['๑) ทบทวนคำสั่งผู้ควบคุมการใช้เรือตรวจการณ์และรถยนต์ราชการ', '๒) บันทึกการใช้และการเบิกน้ำมันทุกครั้ง'],
      resp='ฝ่ายบริหารทั่วไป', period='พ.ย. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='',
      oc='การใช้ยานพาหนะและการเบิกน้ำมันตรวจสอบได้ทุกรายการ'),
 dict(n='4', title='มาตรการจัดการเรื่องร้องเรียนและแจ้งเบาะแสการทำประมงผิดกฎหมาย',
      steps=['๑) เปิดช่องทางแจ้งเบาะแส สายด่วน ๑๑๘๗ Line OA และเฟซบุ๊ก', '๒) ตรวจสอบข้อเท็จจริงภายใน ๗ วัน', '๓) แจ้งผลการดำเนินการให้ผู้แจ้งทราบ'],
      resp='กลุ่มบริหารจัดการด้านการประมง (งานนิติการ)', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานผลการจัดการเรื่องร้องเรียนต่อกรมประมงทุกไตรมาส',
      oc='เรื่องร้องเรียนได้รับการตรวจสอบและแจ้งผลภายในกำหนด ร้อยละ ๑๐๐'),
 dict(n='5', title='มาตรการปรับปรุงการเผยแพร่ข้อมูลสาธารณะบนเว็บไซต์ (OIT)',
      steps=['๑) แต่งตั้งผู้รับผิดชอบรายข้อ', '๒) ตรวจสอบลิงก์และความเป็นปัจจุบันก่อนส่งแบบ OIT'],
      resp='ฝ่ายบริหารทั่วไป (งานเทคโนโลยีสารสนเทศ)', period='-', mon='ประมงจังหวัดตรวจทานก่อนส่งแบบ OIT และรายงานผลในการประชุมประจำเดือน',
      oc='คะแนน OIT ไม่ต่ำกว่า ๙๐ คะแนน'),
 dict(n='6', title='กิจกรรมประมงโปร่งใส ใส่ใจบริการ',
      steps=['๑) ประกาศเจตนารมณ์การให้บริการด้วยความซื่อสัตย์สุจริต', '๒) ยกย่องเจ้าหน้าที่บริการดีเด่นทุก ๖ เดือน'],
      resp='ทุกกลุ่ม/ฝ่าย', period='ธ.ค. ๒๕๖๙ – ส.ค. ๒๕๗๐', mon='สรุปผลกิจกรรมรายงานประมงจังหวัดรอบ ๖ เดือนและ ๑๒ เดือน',
      oc='บุคลากรทุกคนร่วมประกาศเจตนารมณ์ ผลประเมิน EIT ด้านคุณภาพการดำเนินงานเพิ่มขึ้น'),
]

S = {
 'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'http://purl.oclc.org/ooxml/wordprocessingml/main',
 'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'http://purl.oclc.org/ooxml/officeDocument/relationships',
 'http://schemas.openxmlformats.org/drawingml/2006/main': 'http://purl.oclc.org/ooxml/drawingml/main',
 'http://schemas.openxmlformats.org/officeDocument/2006/math': 'http://purl.oclc.org/ooxml/officeDocument/math',
 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties',
 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes',
}

def strictify(src, dst):
    zin = zipfile.ZipFile(src)
    zout = zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename.endswith('.xml') or it.filename.endswith('.rels'):
            x = data.decode('utf-8')
            if it.filename.endswith('.rels'):
                x = x.replace('http://schemas.openxmlformats.org/officeDocument/2006/relationships/', 'http://purl.oclc.org/ooxml/officeDocument/relationships/').replace('relationships/extended-properties', 'relationships/extendedProperties')
            elif it.filename != '[Content_Types].xml':
                for a, b in S.items():
                    x = x.replace('"' + a + '"', '"' + b + '"')
                x = re.sub(r'(<w:tblLook[^>]*?) w:val="[0-9A-Fa-f]+"', r'\1', x)
                x = re.sub(r'<w:jc w:val="left"', '<w:jc w:val="start"', x)
                x = re.sub(r'<w:jc w:val="right"', '<w:jc w:val="end"', x)
                if it.filename == 'word/document.xml':
                    x = re.sub(r'<w:document ', '<w:document w:conformance="strict" ', x, count=1)
            data = x.encode('utf-8')
        zout.writestr(it, data)
    zout.close()

def build():
    doc = new_doc('TH SarabunIT๙', 16, margins=(2.0, 2.0, 2.5, 2.0))
    header_footer(doc.sections[0], None, 'dash', 14)
    para(doc, TITLE.replace(' ประจำปี', '\nประจำปี'), bold=True, size=18, align='c')
    para(doc, AG, bold=True, size=18, align='c', after=8)
    para(doc, '๑. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True)
    para(doc, 'สำนักงานประมงจังหวัดกุมภวารี ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๘๗.๙๑ คะแนน อยู่ในระดับ ผ่าน '
              'รายละเอียดคะแนนแยกตามเครื่องมือ ดังนี้', indent=1.5, align='j', after=4)
    s = doc.add_table(rows=5, cols=3); s.style = 'Table Grid'
    for i, r in enumerate([('เครื่องมือการประเมิน', 'คะแนน', 'ค่าน้ำหนัก'), ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '๙๑.๔๒', 'ร้อยละ ๓๐'),
                           ('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '๘๕.๐๗', 'ร้อยละ ๔๐'), ('แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '๘๘.๑๙', 'ร้อยละ ๓๐'),
                           ('คะแนนรวม', '๘๗.๙๑', '')]):
        for j, v in enumerate(r):
            set_cell(s.cell(i, j), v, bold=(i in (0, 4)), size=15, align='c' if j else None)
    col_widths(s, [9.5, 2.5, 3.0])
    para(doc, '', after=4)
    para(doc, '๒. การวิเคราะห์ผลการประเมิน', bold=True)
    para(doc, '๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True, indent=1.0)
    for x in ['(๑) EIT ตัวชี้วัดที่ ๖ ประสิทธิภาพการสื่อสาร ได้คะแนนต่ำสุด (๗๙.๓๘) ผู้รับบริการบางส่วนยังไม่ทราบช่องทางร้องเรียนและแจ้งเบาะแส',
              '(๒) OIT ข้อมูลการจัดซื้อจัดจ้างรายเดือนและรายงานการใช้จ่ายงบประมาณไม่เป็นปัจจุบัน ถูกหักคะแนน ๓ ข้อ']:
        para(doc, x, indent=1.5, align='j')
    para(doc, '๒.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True, indent=1.0)
    for x in ['(๑) การใช้ทรัพย์สินของราชการ โดยเฉพาะเรือตรวจการณ์และยานพาหนะ ควรมีการบันทึกและตรวจสอบอย่างเป็นระบบ',
              '(๒) การป้องกันการเรียกรับผลประโยชน์ในการออกตรวจฟาร์มและสินค้าประมง']:
        para(doc, x, indent=1.5, align='j')
    para(doc, '', after=2)
    para(doc, '๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, after=4)
    hdr = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ']
    t = doc.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        set_cell(t.rows[0].cells[i], h, bold=True, size=14, align='c', shade='FFF2CC')
    repeat_header(t.rows[0])
    for m in M:
        r = t.add_row().cells
        for j, v in enumerate([th(m['n']), m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['oc']]):
            set_cell(r[j], v, size=14, align='c' if j == 0 else None)
    col_widths(t, [0.9, 3.0, 4.0, 2.4, 1.9, 2.6, 2.6])
    cell_valign_top(t)
    para(doc, '', after=10)
    for x in ['ประกาศ ณ วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๙', '', '(ลงชื่อ) ............................................', '(นายอนุชา พรหมวงศ์)', 'ประมงจังหวัดกุมภวารี']:
        para(doc, x, align='c')
    tmp = os.path.join(BUILD, 'm01_transitional.docx'); doc.save(tmp)
    strictify(tmp, os.path.join(OUT, FN))
    write_truth(FN, 'measures', 2570, AG, 'measure', M,
        ['measure 3: monitoring cell left blank', 'measure 5: period is \'-\''],
        'NEW FORM: the DOCX is saved in STRICT Open XML (Word "Strict Open XML Document"): every part uses the purl.oclc.org/ooxml '
        'namespaces, relationship types are the strict ones, w:document has w:conformance="strict" (Word and LibreOffice open it normally; '
        'transitional-only readers see no w:body). Content is an ordinary provincial office measures file: IIT/EIT/OIT table (87.91 ผ่าน, '
        'consistent with the weights), sections ๒.๑/๒.๒ with (๑)(๒) items, 7-col table with header repeated, Thai-digit numbers, own '
        'monitoring and indicator columns. Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'present'})

if __name__ == '__main__':
    build()
