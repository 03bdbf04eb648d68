# p03: sub-district municipality plan with a 12-month grid, landscape Word -> PDF (Waree)
from common import *
NAME = 'p03_tt_khaoyoithong_plan_2570'
AG = 'เทศบาลตำบลเขาย้อยทอง'
MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
A = [
 dict(n='1', t='ประกาศเจตจำนงสุจริตของนายกเทศมนตรีและเผยแพร่ต่อสาธารณะ',
      steps='จัดพิธีประกาศเจตจำนง / เผยแพร่ทางเว็บไซต์และเพจ', resp='สำนักปลัดเทศบาล', months=[0],
      outc='ประกาศ 1 ครั้ง เผยแพร่ภายใน 7 วัน', mon='รายงานผลต่อนายกเทศมนตรี'),
 dict(n='2', t='ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์ตามเกณฑ์ OIT',
      steps='ตรวจรายการข้อมูล / มอบหมายกอง / ตรวจทานก่อนเผยแพร่', resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', months=list(range(12)),
      outc='ข้อมูลครบทุกข้อ เป็นปัจจุบัน', mon=''),
 dict(n='3', t='อบรมพนักงานเรื่องการป้องกันผลประโยชน์ทับซ้อน',
      steps='จัดทำโครงการ / อบรม / ทดสอบหลังอบรม', resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', months=[],
      outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 80', mon='สรุปผลการอบรมเสนอปลัดเทศบาล'),
 dict(n='4', t='เผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำเดือน (สขร.1)',
      steps='จัดทำ สขร.1 / ปิดประกาศ / นำขึ้นเว็บไซต์', resp='กองคลัง (งานพัสดุ)', months=list(range(12)),
      outc='เผยแพร่ครบ 12 เดือน', mon='รายงานผู้อำนวยการกองคลังทุกเดือน'),
 dict(n='5', t='สำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงบริการ',
      steps='แจกแบบสอบถาม / สรุปผล / จัดทำแผนปรับปรุง', resp='กองสาธารณสุขและสิ่งแวดล้อม ร่วมกับทุกกอง', months=[6, 7],
      outc='-', mon='เสนอผลสำรวจต่อที่ประชุมหัวหน้าส่วนราชการ'),
 dict(n='6', t='ติดตามและรายงานผลการดำเนินการตามแผน รอบ 6 เดือน และ 12 เดือน',
      steps='รวบรวมผลจากทุกกอง / จัดทำรายงาน / เสนอนายกเทศมนตรีและเผยแพร่', resp='สำนักปลัดเทศบาล', months=[5, 11],
      outc='รายงานผลครบ 2 รอบ', mon='เผยแพร่รายงานบนเว็บไซต์เทศบาล'),
]

def main():
    d = new_doc('Waree', 10, landscape=True, margins=(1.6, 1.5, 1.5, 1.5))
    header_footer(d.sections[0], AG + ' | แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส 2570', '- {PAGE} -', size=9)
    para(d, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส', bold=True, size=14, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2570', bold=True, size=14, align='c')
    para(d, AG + ' อำเภอเขาย้อยทอง จังหวัดเพชรบุรีทอง', bold=True, size=14, align='c', space_after=6)
    para(d, ('    ผลการประเมิน ITA ปี 2569 เทศบาลตำบลเขาย้อยทองได้ 81.45 คะแนน ไม่ผ่านเกณฑ์ เทศบาลจึงจัดทำแผนการขับเคลื่อนฯ '
             'เพื่อแก้ไขจุดอ่อนด้านการเปิดเผยข้อมูลและการป้องกันผลประโยชน์ทับซ้อน'), size=10, space_after=6)
    W = [0.7, 4.0, 4.2, 2.5] + [0.85] * 12 + [2.5, 2.5]
    t = table(d, 18, W)
    mar = OxmlElement('w:tblCellMar')
    for side in ('left', 'right'):
        e = OxmlElement('w:' + side); e.set(qn('w:w'), '28'); e.set(qn('w:type'), 'dxa'); mar.append(e)
    t._tbl.tblPr.append(mar)
    h1 = add_row(t, ['ที่', 'กิจกรรม', 'วิธีการ', 'ผู้รับผิดชอบ'] + ['ระยะเวลาดำเนินการ'] + [''] * 11 + ['ตัวชี้วัด', 'การติดตามผล'],
                 bold=True, size=9.5, header=True, fill='DEEAF6', align='c')
    h2 = add_row(t, ['', '', '', ''] + list(MONTHS) + ['', ''],
                 bold=True, size=7.5, header=True, fill='DEEAF6', align='c')
    for i in (0, 1, 2, 3, 16, 17):
        txt = h1.cells[i].text
        c = h1.cells[i].merge(h2.cells[i]); cell_text(c, txt, bold=True, size=9.5, align='c')
    c = h1.cells[4].merge(h1.cells[15]); cell_text(c, 'ระยะเวลาดำเนินการ (ต.ค. 2569 – ก.ย. 2570)', bold=True, size=9.5, align='c')
    for a in A:
        marks = ['●' if i in a['months'] else '' for i in range(12)]
        add_row(t, [a['n'], a['t'], a['steps'], a['resp']] + marks + [a['outc'], a['mon']], size=9.5)
        r = t.rows[-1]
        for i in range(4, 16):
            for p in r.cells[i].paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para(d, '')
    para(d, 'หมายเหตุ ● หมายถึง เดือนที่ดำเนินกิจกรรม', size=9.5, space_after=8)
    for ln in ['(ลงชื่อ)........................................ผู้อนุมัติแผน', '(นายชาญวิทย์  เขียวขจี)', 'นายกเทศมนตรีตำบลเขาย้อยทอง']:
        para(d, ln, size=10, align='c')
    src = build(NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src); shutil.copy(pdf, out(NAME + '.pdf'))
    ms = [mrec(a['n'], a['t'], elements('plan', dict(steps=a['steps'], resp=a['resp'], period='x' if a['months'] else '',
                                                       mon=a['mon'], outc=a['outc']), general_mon=True)) for a in A]
    write_truth(NAME, NAME + '.pdf', 'plan', 2570, AG, 'activity', ms,
        ['activity 3: no month marked in the grid (no period)',
         'activity 2: follow-up cell is empty (but activity 6 is the plan\'s own follow-up/report activity)',
         'activity 5: indicator is "-"',
         'ITA 2569 81.45 ไม่ผ่าน (consistent)'],
        'Landscape Word plan exported to PDF (Waree): 18 columns with a two-row header - "ระยะเวลาดำเนินการ (ต.ค. 2569 – ก.ย. 2570)" merged over twelve '
        'month columns "ต.ค." … "ก.ย.", the other six header cells merged vertically; period shown ONLY by "●" marks (legend '
        'under the table). Own steps ("/"-separated), responsible, indicator and follow-up columns. Activity 6 is the plan\'s '
        'own 6/12-month follow-up and report activity, which by convention counts as monitoring for every activity, so activity '
        '2\'s empty follow-up cell is still monitoring present (flagged anyway).')

if __name__ == '__main__':
    main()
