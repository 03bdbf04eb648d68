# p01: อบจ. (Satun-style), plan FY2570, DOCX (TH SarabunPSK, landscape) with a 12-month grid marked '■',
# activity 7 = the plan's own follow-up & report; COMPLETE
from common import *
NAME = 'p01_pao_satunnathi_plan_2570'
AG = 'องค์การบริหารส่วนจังหวัดสตูลนที'
MON = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
A = [
 dict(no='1', title='ประกาศนโยบายคุณธรรมและความโปร่งใส และนโยบาย No Gift Policy ของนายก อบจ.', steps='ยกร่างประกาศ – เสนอลงนาม – เผยแพร่ทุกช่องทาง',
      resp='สำนักปลัด อบจ.', mon=[0, 1], outcome='บุคลากรทุกส่วนราชการรับทราบ'),
 dict(no='2', title='เผยแพร่แผนและผลการจัดซื้อจัดจ้างพร้อมราคากลางโครงการก่อสร้างถนนและท่าเทียบเรือ', steps='กองพัสดุฯ รวบรวมข้อมูลรายเดือน – เผยแพร่เว็บไซต์ภายใน 10 วัน',
      resp='กองพัสดุและทรัพย์สิน / กองช่าง', mon=list(range(12)), outcome='ข้อมูล o12–o15 ครบ 12 เดือน'),
 dict(no='3', title='ถ่ายทอดแนวปฏิบัติการป้องกันผลประโยชน์ทับซ้อนแก่คณะกรรมการตรวจรับพัสดุ', steps='จัดประชุมชี้แจง – ลงนามแบบแสดงการไม่มีส่วนได้เสีย',
      resp='กองการเจ้าหน้าที่', mon=[2, 3], outcome='กรรมการตรวจรับลงนามครบร้อยละ 100'),
 dict(no='4', title='กำกับดูแลการใช้รถราชการและเรือตรวจการณ์ของ อบจ.', steps='บันทึกการใช้ผ่านระบบออนไลน์ – สุ่มตรวจรายไตรมาส',
      resp='สำนักปลัด อบจ. (งานยานพาหนะ)', mon=[2, 5, 8, 11], outcome='ไม่พบการใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน'),
 dict(no='5', title='ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตใน รพ.สต. ที่ถ่ายโอน', steps='ติดป้าย QR Code ทุก รพ.สต. – แจ้งผลผู้ร้องภายใน 15 วัน',
      resp='กองสาธารณสุข', mon=list(range(1, 12)), outcome='รพ.สต. ทุกแห่งมีช่องทางร้องเรียน'),
 dict(no='6', title='สำรวจความพึงพอใจผู้รับบริการของ อบจ. และปรับปรุงการให้บริการ', steps='สำรวจ – วิเคราะห์ – เสนอแนวทางปรับปรุง',
      resp='กองยุทธศาสตร์และงบประมาณ', mon=[6, 7, 8], outcome='ความพึงพอใจไม่น้อยกว่าร้อยละ 85'),
 dict(no='7', title='ติดตามและรายงานผลการดำเนินการตามแผนรอบ 6 เดือนและ 12 เดือน', steps='รวบรวมผลจากทุกกอง – สรุปรายงานนายก อบจ. – เผยแพร่เว็บไซต์',
      resp='กองยุทธศาสตร์และงบประมาณ', mon=[5, 11], outcome='มีรายงานผลรอบ 6 และ 12 เดือน'),
]
def build():
    doc = new_doc('TH SarabunPSK', 14, True, (1.5, 1.3, 1.5, 1.3))
    header_footer(doc, None, 'page', 12)
    para(doc, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', True, 16, 'c')
    para(doc, AG, True, 16, 'c')
    para(doc, 'ผลการประเมิน ITA ปี 2569 ได้ 90.54 คะแนน ระดับผ่าน (เป้าหมายปี 2570 ไม่น้อยกว่า 92 คะแนน)', align='c', space_after=6)
    n = 5 + 12
    t = doc.add_table(rows=2, cols=n); t.style = 'Table Grid'
    top = ['ที่', 'กิจกรรม', 'วิธีการดำเนินงาน', 'ผู้รับผิดชอบ', 'ตัวชี้วัด']
    for i, h in enumerate(top):
        c = t.rows[0].cells[i].merge(t.rows[1].cells[i]); cell_text(c, h, bold=True, align='c')
    c = t.rows[0].cells[5].merge(t.rows[0].cells[n - 1]); cell_text(c, 'ปีงบประมาณ พ.ศ. 2570', bold=True, align='c')
    for j, mname in enumerate(MON): cell_text(t.rows[1].cells[5 + j], mname, bold=True, align='c', size=12)
    for r in t.rows[:2]:
        repeat_header(r)
        for c in r.cells: shade(c, 'DEEAF6')
    for a in A:
        r = t.add_row()
        for i, v in enumerate([a['no'], a['title'], a['steps'], a['resp'], a['outcome']]):
            cell_text(r.cells[i], v, align='c' if i == 0 else None)
        for j in range(12):
            if j in a['mon']:
                cell_text(r.cells[5 + j], '■', align='c'); shade(r.cells[5 + j], 'BDD7EE')
    col_widths(t, [0.9, 6.0, 5.4, 3.4, 3.6] + [0.9] * 12)
    para(doc, '')
    for ln in ['ลงชื่อ ..................................... ผู้เสนอแผน', '(นายปกรณ์ ยาหยี)', 'ผู้อำนวยการกองยุทธศาสตร์และงบประมาณ', '',
               'ลงชื่อ ..................................... ผู้อนุมัติแผน', '(นายอาหมัด หลังปูเต๊ะ)', 'นายกองค์การบริหารส่วนจังหวัดสตูลนที']:
        para(doc, ln, align='c')
    doc.save(out(NAME, 'docx'))
    items = [(a['no'], a['title'], elements(dict(a, period=a['mon'] and 'x'), 'plan', general_mon=True)) for a in A]
    write_truth(NAME, 'docx', 'plan', 2570, AG, 'activity', items, [],
        'Plan DOCX, landscape: two-row header (ที่/กิจกรรม/วิธีการดำเนินงาน/ผู้รับผิดชอบ/ตัวชี้วัด vMerged; "ปีงบประมาณ พ.ศ. 2570" '
        'spanning 12 month columns ต.ค.–ก.ย.), both rows repeating; the period is given ONLY by shaded "■" month cells. '
        'Unit = activity (numbered 1–7). Activity 7 is the plan\'s own 6/12-month follow-up and report -> monitoring present '
        'for every activity. Indicator column = outcome. ITA 2569 90.54. COMPLETE.')
if __name__ == '__main__': build()
