"""p04: ordinary provincial livestock office plan, landscape Word table with quarter columns (✓), exported to PDF (Waree). COMPLETE."""
import os, shutil
from common import *

NAME = 'p04_pvlo_buengkhongthong_plan_2570'
AG = 'สำนักงานปศุสัตว์จังหวัดบึงโขงทอง'

U = [
    dict(num='1', title='เผยแพร่ข้อมูลสาธารณะและข่าวสารการปศุสัตว์ผ่านเว็บไซต์และเพจ',
         steps='1) จัดทำปฏิทินข้อมูล OIT\n2) ปรับปรุงข้อมูลทุกเดือน', resp='ฝ่ายบริหารทั่วไป', q=(1, 1, 1, 1),
         outcome='ข้อมูล OIT ครบถ้วนร้อยละ 100', monitor='รายงานปศุสัตว์จังหวัดทุกเดือน'),
    dict(num='2', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และแจ้งเกษตรกร/ผู้ประกอบการ',
         steps='1) ประกาศนโยบาย\n2) แจ้งผ่านปศุสัตว์อำเภอทุกอำเภอ', resp='ปศุสัตว์จังหวัด / ฝ่ายบริหารทั่วไป', q=(1, 0, 0, 0),
         outcome='ไม่มีการรับของขวัญจากผู้ประกอบการ', monitor='สรุปรายงานการรับของขวัญหลังเทศกาลปีใหม่'),
    dict(num='3', title='ลดดุลยพินิจในการออกใบอนุญาตเคลื่อนย้ายสัตว์ด้วยระบบ e-Movement',
         steps='1) รับคำขอผ่านระบบ e-Movement\n2) พิจารณาตามลำดับคำขอและเกณฑ์ที่ประกาศ', resp='กลุ่มพัฒนาสุขภาพสัตว์', q=(1, 1, 1, 1),
         outcome='ออกใบอนุญาตภายในระยะเวลาที่กำหนดร้อยละ 95', monitor='ตรวจสอบรายงานจากระบบทุกเดือน รายงานปศุสัตว์จังหวัด'),
    dict(num='4', title='ป้องกันผลประโยชน์ทับซ้อนในการตรวจรับรองฟาร์มมาตรฐาน',
         steps='1) ผู้ตรวจลงนามแบบแสดงความไม่มีส่วนได้เสีย\n2) หมุนเวียนผู้ตรวจประเมิน', resp='กลุ่มพัฒนาคุณภาพสินค้าปศุสัตว์', q=(0, 1, 1, 1),
         outcome='ไม่มีข้อร้องเรียนเกี่ยวกับการตรวจรับรองฟาร์ม', monitor='รายงานผลรายไตรมาสต่อปศุสัตว์จังหวัด'),
    dict(num='5', title='อบรมจริยธรรมและการต่อต้านการทุจริตแก่บุคลากร',
         steps='1) จัดอบรมร่วมกับสำนักงาน ป.ป.ช. ประจำจังหวัด\n2) ประเมินผลก่อน-หลังการอบรม', resp='ฝ่ายบริหารทั่วไป', q=(0, 1, 0, 0),
         outcome='ผู้เข้าอบรมผ่านแบบทดสอบร้อยละ 80', monitor='สรุปผลการอบรมรายงานภายใน 15 วัน'),
    dict(num='6', title='รับเรื่องร้องเรียนและแจ้งผลการดำเนินการให้ผู้ร้องทราบ',
         steps='1) รับเรื่องผ่านเว็บไซต์ โทรศัพท์ และหนังสือ\n2) แจ้งผลภายใน 15 วันทำการ', resp='ฝ่ายบริหารทั่วไป (นิติกร)', q=(1, 1, 1, 1),
         outcome='แจ้งผลแก่ผู้ร้องภายในกำหนดร้อยละ 100', monitor='รายงานสถิติเรื่องร้องเรียนต่อกรมปศุสัตว์รายไตรมาส'),
]
QN = ['ไตรมาส 1\n(ต.ค.–ธ.ค. 69)', 'ไตรมาส 2\n(ม.ค.–มี.ค. 70)', 'ไตรมาส 3\n(เม.ย.–มิ.ย. 70)', 'ไตรมาส 4\n(ก.ค.–ก.ย. 70)']


def build():
    doc = new_doc('Waree', 11, landscape=True, margins=(1.6, 1.4, 1.4, 1.4))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    add_run(hp, 'สำนักงานปศุสัตว์จังหวัดบึงโขงทอง — แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2570', size=9)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(fp, 'หน้า '); add_field(fp.add_run(), 'PAGE'); add_run(fp, '/'); add_field(fp.add_run(), 'NUMPAGES')
    para(doc, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=15, align='center')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=15, align='center')
    para(doc, AG + ' กรมปศุสัตว์', bold=True, size=13, align='center')
    para(doc, '')
    t = doc.add_table(rows=2, cols=10); t.style = 'Table Grid'
    for i, h in [(0, 'ที่'), (1, 'กิจกรรม'), (2, 'วิธีการดำเนินการ'), (3, 'ผู้รับผิดชอบ'), (8, 'ตัวชี้วัด'), (9, 'การติดตามผล')]:
        c = t.cell(0, i).merge(t.cell(1, i)); cell_text(c, h, bold=True, align='center'); shade(c, 'E2EFD9')
    top = t.cell(0, 4).merge(t.cell(0, 7)); cell_text(top, 'ระยะเวลาดำเนินการ', bold=True, align='center'); shade(top, 'E2EFD9')
    for k, q in enumerate(QN):
        cell_text(t.cell(1, 4 + k), q, bold=True, size=9, align='center'); shade(t.cell(1, 4 + k), 'E2EFD9')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for u in U:
        r = t.add_row().cells
        vals = [u['num'], u['title'], u['steps'], u['resp']] + ['✓' if x else '' for x in u['q']] + [u['outcome'], u['monitor']]
        for i, v in enumerate(vals):
            cell_text(r[i], v, align='center' if 4 <= i <= 7 or i == 0 else None)
    col_widths(t, [0.9, 5.0, 5.2, 3.2, 1.6, 1.6, 1.6, 1.6, 3.4, 3.6])
    para(doc, '')
    for s in ['( / ) อนุมัติ    (   ) ไม่อนุมัติ', '', 'ลงชื่อ ..................................................', '(นายสัตวแพทย์ชัยวัฒน์  พรหมมา)',
              'ปศุสัตว์จังหวัดบึงโขงทอง', 'วันที่ 16 ตุลาคม 2569']:
        para(doc, s, align='center')
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))
    QL = ['ต.ค.–ธ.ค. 69', 'ม.ค.–มี.ค. 70', 'เม.ย.–มิ.ย. 70', 'ก.ค.–ก.ย. 70']
    for u in U:
        u['period'] = ', '.join(q for q, x in zip(QL, u['q']) if x)
    write_truth(NAME + '.pdf', 'plan', 2570, AG, 'activity', U, [],
                'Ordinary landscape Word plan exported to PDF: TWO-ROW header ("ระยะเวลาดำเนินการ" merged over four quarter '
                'columns with their month ranges; six vertically merged cells), both header rows repeated; period shown only by '
                '✓ marks in the quarter columns (every activity has at least one); own วิธีการ, ตัวชี้วัด (outcome) and '
                'การติดตามผล columns. Approval block "( / ) อนุมัติ" after the table. COMPLETE.')


if __name__ == '__main__':
    build()
