"""m02: สำนักงานสหกรณ์จังหวัดแก้วมณี measures FY2570 - Word file whose 'ลำดับ' column and the steps inside the
method cells are WORD AUTO-NUMBERING (numPr on the cell paragraphs): the digits are drawn by Word and are not in the
text.  Analysis in prose with (1)(2) items; landscape 7-column table; header repeated; page 'หน้า n' footer."""
import os
from common import *
from docxkit import *

NAME = 'm02_coop_kaewmanee_measures_2570'
AG = 'สำนักงานสหกรณ์จังหวัดแก้วมณี'
FONT = 'TH SarabunIT๙'
HDR = ['ลำดับ', 'มาตรการ', 'วิธีการ/ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามผล', 'ตัวชี้วัดความสำเร็จ']
# measure, steps, responsible, period, monitoring, indicator
ROWS = [
    ('เปิดเผยข้อมูลการให้บริการแนะนำส่งเสริมสหกรณ์และกลุ่มเกษตรกร',
     ['ประกาศแผนการแนะนำส่งเสริมสหกรณ์รายปีบนเว็บไซต์', 'เผยแพร่คู่มือการให้บริการและระยะเวลาแล้วเสร็จของแต่ละงาน',
      'บันทึกการให้บริการในระบบ CPS ทุกครั้ง'],
     'กลุ่มส่งเสริมสหกรณ์ 1 และ 2', 'ต.ค. 2569 – ก.ย. 2570',
     'หัวหน้ากลุ่มรายงานผลการให้บริการต่อสหกรณ์จังหวัดทุกเดือน', 'สหกรณ์ได้รับการแนะนำครบตามแผนร้อยละ 100'),
    ('ป้องกันการเรียกรับผลประโยชน์ในการรับจดทะเบียนสหกรณ์และแก้ไขข้อบังคับ',
     ['ประกาศขั้นตอนและเอกสารประกอบการจดทะเบียนให้ชัดเจน', 'รับคำขอตามลำดับผ่านระบบสารบรรณอิเล็กทรอนิกส์',
      'แจ้งผลการพิจารณาเป็นหนังสือภายใน 30 วัน'],
     'กลุ่มจัดตั้งและส่งเสริมสหกรณ์', 'ต.ค. 2569 – ก.ย. 2570',
     '-', 'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
    ('กำกับการใช้เงินกองทุนพัฒนาสหกรณ์ (กพส.) ให้เป็นไปตามวัตถุประสงค์',
     ['เผยแพร่หลักเกณฑ์และผลการพิจารณาเงินกู้ กพส. ทุกครั้ง', 'ตรวจติดตามการใช้เงินกู้ของสหกรณ์ภายใน 90 วันหลังรับเงิน',
      'เร่งรัดหนี้ค้างชำระตามแผน'],
     'กลุ่มส่งเสริมและพัฒนาธุรกิจสหกรณ์', 'ต.ค. 2569 – ก.ย. 2570',
     'รายงานผลการตรวจติดตามการใช้เงินกู้ต่อคณะอนุกรรมการ กพส. จังหวัดทุกไตรมาส',
     'สหกรณ์ใช้เงินกู้ตรงวัตถุประสงค์ร้อยละ 100 หนี้ค้างชำระลดลงร้อยละ 10'),
    ('เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
     ['ประกาศแผนการจัดซื้อจัดจ้างประจำปี', 'เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน',
      'รายงานผลการใช้จ่ายงบประมาณรายไตรมาสบนเว็บไซต์'],
     'ฝ่ายบริหารทั่วไป', 'ต.ค. 2569 – ก.ย. 2570',
     'ฝ่ายบริหารทั่วไปรายงานสหกรณ์จังหวัดทุกเดือน', 'เผยแพร่ข้อมูลครบ 12 เดือน'),
    ('ป้องกันผลประโยชน์ทับซ้อนของเจ้าหน้าที่ที่เป็นสมาชิกหรือกรรมการสหกรณ์',
     ['ให้เจ้าหน้าที่แจ้งการเป็นสมาชิกหรือกรรมการสหกรณ์ในพื้นที่รับผิดชอบ',
      'จัดเจ้าหน้าที่ที่ไม่มีส่วนได้เสียดูแลสหกรณ์นั้นแทน', 'จัดทำทะเบียนคุมผลประโยชน์ทับซ้อน'],
     'ฝ่ายบริหารทั่วไป / ทุกกลุ่มงาน', 'ธ.ค. 2569 – มี.ค. 2570',
     'สหกรณ์จังหวัดตรวจสอบทะเบียนคุมทุก 6 เดือน', 'เจ้าหน้าที่แจ้งข้อมูลครบทุกคน'),
    ('เสริมสร้างวัฒนธรรมสุจริตในองค์กร “สหกรณ์แก้วมณี ใสสะอาด”',
     ['ประกาศนโยบาย No Gift Policy', 'จัดกิจกรรมแลกเปลี่ยนเรียนรู้กรณีศึกษาการทุจริตในสหกรณ์',
      'ยกย่องเจ้าหน้าที่ต้นแบบด้านคุณธรรม'],
     'ฝ่ายบริหารทั่วไป', 'ธ.ค. 2569 – ก.ย. 2570',
     'รายงานผลการจัดกิจกรรมต่อกรมส่งเสริมสหกรณ์', ''),
]
W = [1.5, 4.5, 7.0, 3.3, 2.7, 4.0, 3.7]


def build():
    doc = new_document(FONT, 16, margins_cm=(2.5, 2.0, 3.0, 2.0))
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('หน้า '), size=14); field(fp, 'PAGE', size=14)

    para(doc, 'การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ', bold=True, size=18, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569', bold=True, size=18, align=CENTER)
    para(doc, 'และมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=18, align=CENTER)
    para(doc, 'สำนักงานสหกรณ์จังหวัดแก้วมณี', bold=True, size=18, align=CENTER, space_after=10)
    para(doc, '1. ผลการประเมิน', bold=True)
    para(doc, 'กรมส่งเสริมสหกรณ์ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 คะแนนรวม 96.03 คะแนน ผ่านเกณฑ์การประเมิน '
         'โดยแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT) ได้ 93.88 คะแนน แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) '
         'ได้ 94.12 คะแนน และแบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT) ได้ 99.24 คะแนน', first_line_cm=1.5, align=JUSTIFY)
    para(doc, '2. การวิเคราะห์ผลการประเมิน', bold=True)
    para(doc, '2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', bold=True, indent_cm=0.8)
    for t in ['(1) ผู้มีส่วนได้ส่วนเสียภายนอกบางส่วนยังเห็นว่าการรับจดทะเบียนและแก้ไขข้อบังคับสหกรณ์มีความล่าช้าและไม่ทราบสถานะ',
              '(2) ผู้มีส่วนได้ส่วนเสียภายในยังมีความเห็นว่าเจ้าหน้าที่บางรายเป็นกรรมการสหกรณ์ที่ตนกำกับดูแล']:
        para(doc, t, indent_cm=1.5, align=JUSTIFY)
    para(doc, '2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', bold=True, indent_cm=0.8)
    for t in ['(1) การเผยแพร่ผลการพิจารณาเงินกู้กองทุนพัฒนาสหกรณ์ให้สาธารณชนตรวจสอบได้',
              '(2) การสร้างวัฒนธรรมองค์กรที่ไม่ทนต่อการทุจริตอย่างต่อเนื่อง']:
        para(doc, t, indent_cm=1.5, align=JUSTIFY)

    ls = landscape_section(doc, margins_cm=(2.0, 1.5, 1.5, 1.5))
    para(doc, '3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', bold=True, space_after=4)
    t = table(doc, 1 + len(ROWS), len(HDR))
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=15, align=CENTER, shade='D9D9D9', valign='center')
    repeat_header(t.rows[0])
    a_row = add_abstract_num(doc, '%1.', left_twips=0, hanging=0)
    row_num = add_num(doc, a_row, restart=False)
    a_step = add_abstract_num(doc, '%1)', left_twips=300, hanging=300)
    for ri, (meas, steps, resp, per, mon, ind) in enumerate(ROWS, start=1):
        cells = t.rows[ri].cells
        cells[0].text = ''
        p0 = cells[0].paragraphs[0]; p0.alignment = CENTER; set_num(p0, row_num)
        cell_text(cells[1], meas, size=15)
        nid = add_num(doc, a_step, restart=True)
        cells[2].text = ''
        for k, s in enumerate(steps):
            p = cells[2].paragraphs[0] if k == 0 else cells[2].add_paragraph()
            add_runs(p, s, size=15); set_num(p, nid)
        for ci, v in ((3, resp), (4, per), (5, mon), (6, ind)):
            cell_text(cells[ci], v, size=15, align=CENTER if v == '-' else None)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ประกาศ ณ วันที่ 15 ตุลาคม พ.ศ. 2569', indent_cm=15)
    para(doc, '(นายสุรชัย แก้วมณีวงศ์)', indent_cm=15.6)
    para(doc, 'สหกรณ์จังหวัดแก้วมณี', indent_cm=15.9)
    doc.save(os.path.join(OUT, NAME + '.docx'))

    miss = ['o', 'on', 'o', 'o', 'o', 'oc']
    ms = [M(str(i), r[0], miss[i - 1]) for i, r in enumerate(ROWS, start=1)]
    write_truth(NAME + '.docx', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[
        "measure 2: การติดตามผล '-'",
        "measure 6: ตัวชี้วัดความสำเร็จ cell empty - no expected result",
    ], notes="""Word file (TH SarabunIT๙). Portrait title block 'การวิเคราะห์ผลการประเมิน… พ.ศ. 2569 และมาตรการส่งเสริม…
        พ.ศ. 2570' (fiscal year of the measures = 2570), score prose (96.03 total with IIT/EIT/OIT, consistent), both
        NACC analysis headings with '(1)(2)' items; then a landscape section with a 7-column table (header repeated):
        ลำดับ / มาตรการ / วิธีการ/ขั้นตอนการดำเนินงาน / ผู้รับผิดชอบ / ระยะเวลาดำเนินการ / การติดตามผล /
        ตัวชี้วัดความสำเร็จ. The ลำดับ cells are EMPTY paragraphs carrying Word auto-numbering (numPr, '%1.') - Word shows
        1.–6. but the digits are not in the document text; steps inside the method cells are auto-numbered '1) 2) 3)'
        restarting in each cell. Label numbers are the numbers Word displays. Output missing throughout
        (forward-looking); the success indicator is labelled outcome. Unit = measure.""")


if __name__ == '__main__':
    build()
