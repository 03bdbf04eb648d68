# r04: text as `pdftotext -layout` gives it from a landscape Word PDF of a sub-district municipality
from common import *
NAME = 'r04_tt_dontumtai_results_2569'
AG = 'เทศบาลตำบลดอนตูมใต้'
B = ['☐ ไม่สามารถดำเนินการได้', '☐ อยู่ระหว่างการดำเนินการ', '☐ ดำเนินการแล้วเสร็จ']
def box(i):
    b = list(B)
    if i is not None: b[i] = '☑' + b[i][1:]
    return b
G = {1: 'ประเด็นที่ 1 การเปิดเผยข้อมูลและการสื่อสารกับประชาชน', 3: 'ประเด็นที่ 2 การป้องกันการทุจริตและผลประโยชน์ทับซ้อน',
     6: 'ประเด็นที่ 3 การให้บริการและการมีส่วนร่วมของประชาชน'}
M = [
 dict(n='1', t='ปรับปรุงเว็บไซต์เทศบาลให้มีข้อมูลครบตามเกณฑ์ OIT',
      steps='1) ตรวจสอบรายการข้อมูลตามคู่มือ OIT\n2) มอบหมายกองที่เป็นเจ้าของข้อมูล\n3) นำข้อมูลขึ้นเว็บไซต์และตรวจทาน',
      resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', period='ต.ค. – ธ.ค. 68', out=box(2),
      outc='ข้อมูลบนเว็บไซต์ครบ 33 ข้อ ประชาชนเข้าถึงได้สะดวก', mon='รายงานนายกเทศมนตรีทุกเดือน'),
 dict(n='2', t='เผยแพร่รายงานการเงินและงบแสดงฐานะการเงินประจำปี',
      steps='1) จัดทำงบแสดงฐานะการเงิน\n2) ปิดประกาศที่สำนักงานและชุมชน\n3) เผยแพร่ทางเว็บไซต์',
      resp='กองคลัง', period='ม.ค. – มี.ค. 69', out=box(2),
      outc='ประชาชนตรวจสอบฐานะการเงินของเทศบาลได้', mon='รายงานสภาเทศบาลในสมัยประชุมสามัญ'),
 dict(n='3', t='จัดทำคู่มือป้องกันผลประโยชน์ทับซ้อนสำหรับพนักงานเทศบาล',
      steps='1) รวบรวมกรณีตัวอย่าง\n2) จัดทำคู่มือและแจกจ่าย\n3) ให้พนักงานลงนามรับทราบ',
      resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ก.พ. – เม.ย. 69', out=box(None),
      outc='พนักงานทุกคนได้รับคู่มือและลงนามรับทราบ', mon='คณะทำงานส่งเสริมคุณธรรมติดตามผลและรายงานนายกเทศมนตรี'),
 dict(n='4', t='ตรวจสอบการเบิกจ่ายค่าตอบแทนและค่าใช้จ่ายในการเดินทางไปราชการ',
      steps='1) ตรวจสอบหลักฐานก่อนเบิกจ่ายทุกราย\n2) สุ่มตรวจย้อนหลังไตรมาสละ 1 ครั้ง',
      resp='กองคลัง (งานการเงินและบัญชี)', period='ตลอดปีงบประมาณ', out=box(2),
      outc='ไม่พบการเบิกจ่ายที่ไม่ถูกต้องตามระเบียบ', mon='สรุปผลการสุ่มตรวจเสนอปลัดเทศบาลทุกไตรมาส'),
 dict(n='5', t='ประกาศเจตจำนงสุจริตในการบริหารงานของผู้บริหาร',
      steps='1) นายกเทศมนตรีประกาศเจตจำนงต่อหน้าพนักงาน\n2) เผยแพร่ประกาศทางเว็บไซต์และเพจ',
      resp='นายกเทศมนตรี / สำนักปลัดเทศบาล', period='ต.ค. 68', out=box(2),
      outc='-', mon='รายงานผลการประกาศผ่านเว็บไซต์เทศบาล'),
 dict(n='6', t='ลดขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคาร',
      steps='1) ทบทวนขั้นตอนการพิจารณา\n2) ประกาศระยะเวลาให้บริการ\n3) รับคำขอผ่านระบบออนไลน์',
      resp='', period='ม.ค. – ก.ย. 69', out=box(2),
      outc='ระยะเวลาพิจารณาอนุญาตลดลงจาก 45 วัน เหลือ 30 วัน', mon='รายงานผลต่อนายกเทศมนตรีทุกไตรมาส'),
 dict(n='7', t='เปิดให้ตัวแทนชุมชนร่วมตรวจรับงานก่อสร้างของเทศบาล',
      steps='1) ออกคำสั่งแต่งตั้งตัวแทนชุมชนร่วมเป็นกรรมการ\n2) แจ้งกำหนดการตรวจรับล่วงหน้า',
      resp='กองช่าง', period='ตลอดปีงบประมาณ', out=box(1),
      outc='ตัวแทนชุมชนร่วมตรวจรับงาน 12 โครงการ', mon='กองช่างรายงานผลต่อนายกเทศมนตรีเมื่อสิ้นปีงบประมาณ'),
]

def main():
    d = new_doc('Umpush', 12, landscape=True, margins=(1.8, 1.5, 1.8, 1.5))
    header_footer(d.sections[0], f'{AG} อำเภอดอนตูม จังหวัดนครชัยศรีทอง', 'หน้า {PAGE}', size=10)
    para(d, 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=16, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)', bold=True, size=16, align='c')
    para(d, AG, bold=True, size=16, align='c', space_after=6)
    para(d, ('    ผลการประเมิน ITA ประจำปี 2568 เทศบาลตำบลดอนตูมใต้ได้คะแนน 82.16 คะแนน ไม่ผ่านเกณฑ์ (85 คะแนน) '
             'เทศบาลจึงกำหนดมาตรการ 7 มาตรการ ใน 3 ประเด็น และรายงานผลการดำเนินการ ดังนี้'), size=12, space_after=6)
    W = [0.9, 4.2, 5.2, 3.0, 2.2, 3.8, 3.6, 3.4]
    t = table(d, 8, W)
    add_row(t, ['ที่', 'มาตรการ/กิจกรรม', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน',
                'ผลลัพธ์/ความสำเร็จ', 'การติดตามผล'], bold=True, size=12, header=True, fill='FFF2CC', align='c')
    for i, m in enumerate(M, 1):
        if i in G:
            r = t.add_row(); c = r.cells[0].merge(r.cells[7]); cell_text(c, G[i], bold=True, size=12); shade(c, 'EDEDED')
        add_row(t, [m['n'], m['t'], m['steps'], m['resp'], m['period'], m['out'], m['outc'], m['mon']], size=12)
    para(d, '')
    for ln in ['(ลงชื่อ)............................................ผู้รายงาน', '(นางวรรณา  ทองดี)', 'ปลัดเทศบาลตำบลดอนตูมใต้', '',
               '(ลงชื่อ)............................................', '(นายประยุทธ  ศรีนวล)', 'นายกเทศมนตรีตำบลดอนตูมใต้']:
        para(d, ln, size=12, align='c')
    src = build(NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src)
    txt = pdftotext(pdf, '-layout')
    open(out(NAME + '.txt'), 'w', encoding='utf-8').write(txt)
    ms = []
    for m in M:
        ticks = sum(1 for b in m['out'] if b.startswith('☑'))
        e = elements('results', m, over={'output': pm(ticks == 1)})
        ms.append(mrec(m['n'], m['t'], e))
    write_truth(NAME, NAME + '.txt', 'results', 2569, AG, 'measure', ms,
        ['measure 3: no status box ticked (output only as status boxes)',
         'measure 5: outcome is "-"',
         'measure 6: responsible cell is empty',
         'ITA 2568 score 82.16 ไม่ผ่าน (consistent)'],
        'pdftotext -layout of a landscape Word PDF (Umpush): space-aligned columns, wrapped cells, form feeds, running header '
        '"agency + province" and "หน้า n"; header row repeated after each page break, rows cut by the page break continue '
        'under the repeated header (part of the row above). Unnumbered merged group rows "ประเด็นที่ 1–3" are not measures. '
        'Output is ONLY the three status boxes in "ผลการดำเนินงาน" (☑/☐): exactly one ticked = output present; measure 7 ticks '
        '"อยู่ระหว่างการดำเนินการ" (one tick, output present; its outcome column has real content). Own monitoring column.')

if __name__ == '__main__':
    main()
