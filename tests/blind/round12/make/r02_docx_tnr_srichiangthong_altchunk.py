"""r02 (NEW FORM): results report ASSEMBLED by an e-office merge tool: the master DOCX holds only the title, intro and
signature; each group's part is an embedded DOCX pulled in with <w:altChunk> (word/chunkN.docx, aFChunk relationship).
Word and LibreOffice render the chunks in place; python-docx's doc.tables / doc.paragraphs see none of them."""
import io, os
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from common import *

NAME = 'r02_tnr_srichiangthong_results_2569'
AG = 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดศรีเชียงทอง'

GROUPS = [
    ('ส่วนที่ ๑ ฝ่ายบริหารทั่วไป', 'ฝ่ายบริหารทั่วไป', [
        dict(num='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและผลการใช้จ่ายงบประมาณ',
             steps='1) จัดทำแผนการจัดซื้อจัดจ้างประจำปีเผยแพร่ทางเว็บไซต์\n2) จัดทำสรุปผลการจัดซื้อจัดจ้างรายเดือน\n3) รายงานผลการใช้จ่ายงบประมาณรายไตรมาส',
             period='ต.ค. 2568 – ก.ย. 2569',
             output='เผยแพร่แผนจัดซื้อจัดจ้าง 1 ฉบับ (25 ต.ค. 68) สรุปผลรายเดือนครบ 12 เดือน รายงานผลการใช้จ่ายงบประมาณ 4 ไตรมาส',
             outcome='ผู้รับบริการและประชาชนตรวจสอบการใช้จ่ายงบประมาณได้ ไม่มีเรื่องร้องเรียนด้านการจัดซื้อจัดจ้าง',
             monitor='หัวหน้าฝ่ายบริหารทั่วไปตรวจสอบก่อนเผยแพร่ และรายงาน ทสจ. ทุกไตรมาส'),
        dict(num='2', title='ส่งเสริมการใช้ทรัพย์สินของราชการอย่างถูกต้อง',
             steps='1) ทบทวนแนวปฏิบัติการยืมใช้รถราชการและพัสดุ\n2) ใช้แบบขออนุญาตผ่านระบบ e-Office\n3) สุ่มตรวจการใช้รถราชการเดือนละ 1 ครั้ง',
             period='พ.ย. 2568 – ก.ย. 2569',
             output='ทบทวนแนวปฏิบัติแล้ว 1 ฉบับ มีการขออนุญาตผ่านระบบ 146 ครั้ง สุ่มตรวจ 11 ครั้ง',
             outcome='ไม่พบการนำรถราชการหรือพัสดุไปใช้ประโยชน์ส่วนตัว',
             monitor='สรุปผลการสุ่มตรวจเสนอ ทสจ. รายเดือน'),
    ]),
    ('ส่วนที่ ๒ กลุ่มยุทธศาสตร์และเครือข่าย', 'กลุ่มยุทธศาสตร์และเครือข่าย', [
        dict(num='3', title='พัฒนาช่องทางรับฟังความคิดเห็นและเรื่องร้องเรียนออนไลน์',
             steps='1) ปรับปรุงแบบฟอร์มรับเรื่องร้องเรียนบนเว็บไซต์\n2) เชื่อมโยง Line OA ของสำนักงาน\n3) แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วัน',
             period='ต.ค. – ธ.ค. 2568',
             output='เปิดใช้แบบฟอร์มออนไลน์และ Line OA ตั้งแต่ 1 ธ.ค. 2568 รับเรื่อง 23 เรื่อง ตอบกลับครบทุกเรื่อง',
             outcome='ผู้ร้องได้รับแจ้งผลภายในเวลาที่กำหนดร้อยละ 100',
             monitor='สรุปสถิติเรื่องร้องเรียนรายงานผู้บริหารทุกเดือน'),
        dict(num='4', title='เผยแพร่ผลการดำเนินงานด้านทรัพยากรธรรมชาติให้ประชาชนรับทราบ',
             steps='1) จัดทำอินโฟกราฟิกผลการดำเนินงานรายไตรมาส\n2) เผยแพร่ทางเว็บไซต์และเพจ Facebook',
             period='ม.ค. – ก.ย. 2569',
             output='เผยแพร่อินโฟกราฟิก 3 ไตรมาส รวม 9 เรื่อง',
             outcome='ประชาชนรับรู้ผลการดำเนินงานมากขึ้น ยอดเข้าชมเพจเพิ่มขึ้นร้อยละ 35',
             monitor='รายงานยอดการเข้าถึงในที่ประชุมประจำเดือนของสำนักงาน'),
    ]),
    ('ส่วนที่ ๓ กลุ่มทรัพยากรธรรมชาติ', 'กลุ่มทรัพยากรธรรมชาติ', [
        dict(num='5', title='เปิดเผยขั้นตอนการอนุญาตและระยะเวลาการพิจารณาคำขอ',
             steps='1) จัดทำคู่มือสำหรับประชาชนการขออนุญาตใช้ประโยชน์ในพื้นที่ป่าชายเลน\n2) ติดประกาศขั้นตอนและระยะเวลา ณ จุดบริการ\n3) บันทึกการพิจารณาคำขอตามลำดับก่อนหลัง',
             period='ต.ค. 2568 – ก.ย. 2569',
             output='เผยแพร่คู่มือ 2 ฉบับ ติดประกาศ ณ จุดบริการ พิจารณาคำขอ 38 ราย ตามลำดับ',
             outcome='ผู้ขออนุญาตได้รับบริการตามระยะเวลาที่กำหนด ความพึงพอใจร้อยละ 91.4',
             monitor='ผู้อำนวยการกลุ่มตรวจสอบทะเบียนคำขอทุกเดือน และรายงาน ทสจ.'),
        dict(num='6', title='ป้องกันผลประโยชน์ทับซ้อนในการตรวจสอบพื้นที่',
             steps='1) ให้เจ้าหน้าที่ลงนามแบบแสดงความไม่มีส่วนได้เสียก่อนออกตรวจพื้นที่\n2) หมุนเวียนเจ้าหน้าที่ออกตรวจ',
             period='ต.ค. 2568 – ก.ย. 2569',
             output='เจ้าหน้าที่ลงนามแบบแสดงความไม่มีส่วนได้เสีย 57 ครั้ง ครบทุกครั้งที่ออกตรวจ',
             outcome='ไม่มีกรณีผลประโยชน์ทับซ้อนหรือข้อร้องเรียนเกี่ยวกับการตรวจสอบพื้นที่',
             monitor='รายงานผลต่อ ทสจ. รอบ 6 เดือนและ 12 เดือน'),
    ]),
]

HEAD = ['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ระยะเวลา', 'ผลการดำเนินการ (Output)',
        'ผลลัพธ์ (Outcome)', 'การติดตามและรายงานผล']


def chunk(group_title, unit, items):
    d = new_doc('TH Sarabun New', 14, margins=(1.8, 1.5, 1.8, 1.8))
    para(d, group_title, bold=True, size=16)
    para(d, 'หน่วยงานผู้รับผิดชอบ : ' + unit)
    rows = [[u['num'], u['title'], u['steps'], u['period'], u['output'], u['outcome'], u['monitor']] for u in items]
    simple_table(d, HEAD, rows, [1.1, 2.8, 3.9, 1.9, 3.0, 2.7, 2.3], size=13, shade_header='DEEAF6')
    para(d, '')
    b = io.BytesIO(); d.save(b)
    return b.getvalue()


def build():
    doc = new_doc('TH Sarabun New', 16, margins=(1.8, 1.5, 1.8, 1.8))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = 'ทสจ.ศรีเชียงทอง  เอกสารรวมเล่มจากระบบสำนักงานอิเล็กทรอนิกส์ (e-Office)'
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, 'หน้า '); add_field(fp.add_run(), 'PAGE')
    para(doc, 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=20, align='center')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569', bold=True, size=18, align='center')
    para(doc, AG, bold=True, size=18, align='center')
    para(doc, ('          สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดศรีเชียงทองได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความ'
               'โปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 รวม 6 มาตรการ โดยมอบหมายให้ฝ่ายบริหารทั่วไปและกลุ่มงานที่เกี่ยวข้อง'
               'รับผิดชอบดำเนินการ ระหว่างวันที่ 1 ตุลาคม 2568 ถึงวันที่ 30 กันยายน 2569 แต่ละกลุ่มงานได้จัดทำรายงานผลในส่วนของตน '
               'และสำนักงานได้รวบรวมเป็นรายงานฉบับนี้ รายละเอียดดังนี้'), align='justify')
    para(doc, '')
    body = doc.element.body
    sectPr = body[-1]
    for i, (gt, unit, items) in enumerate(GROUPS, 1):
        part = Part(PackURI('/word/chunk%d.docx' % i),
                    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    chunk(gt, unit, items), doc.part.package)
        rid = doc.part.relate_to(part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk')
        ac = OxmlElement('w:altChunk'); ac.set(qn('r:id'), rid)
        sectPr.addprevious(ac)
    tail = []
    for t in ['', 'จึงเรียนมาเพื่อโปรดทราบ', '',
              'ลงชื่อ ........................................ ผู้รายงาน', '(นางสาวกมลวรรณ  จันทร์หอม)',
              'หัวหน้าฝ่ายบริหารทั่วไป', '',
              'ลงชื่อ ........................................ ', '(นายวีระพงษ์  แสงทอง)',
              'ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดศรีเชียงทอง']:
        para(doc, t, align='center' if t not in ('', 'จึงเรียนมาเพื่อโปรดทราบ') else None)
    out = os.path.join(OUT, NAME + '.docx')
    doc.save(out)
    soffice_pdf(out)  # rendering check in make/build
    units = []
    for gt, unit, items in GROUPS:
        for u in items:
            u = dict(u); u['resp'] = unit; units.append(u)
    write_truth(NAME + '.docx', 'results', 2569, AG, 'measure', units, [],
                'NEW FORM: the measures are not in the main document part. The master word/document.xml holds the title, '
                'intro and signatures and three <w:altChunk r:id=…> elements pointing at embedded DOCX parts '
                '(word/chunk1.docx … chunk3.docx, relationship type aFChunk), as e-office "merge reports" tools produce. '
                'Word / LibreOffice render them in place as three portrait tables with the same 7-column header '
                '(ลำดับ 1-6 continuing across chunks). Each chunk opens with its group heading and the line '
                '"หน่วยงานผู้รับผิดชอบ : <group>" - that line is the responsible unit of every measure in that chunk '
                '(there is no responsible column). Own monitoring column. COMPLETE: every element present for every measure.')


if __name__ == '__main__':
    build()
