# r06: RMUT faculty, landscape Word table with a two-row header -> PDF (Kinnari); contradictory score
from common import *
NAME = 'r06_rmutd_agritech_results_2569'
AG = 'คณะเทคโนโลยีการเกษตร มหาวิทยาลัยเทคโนโลยีราชมงคลทวารวดี'
M = [
 dict(n='1', t='เผยแพร่ข้อมูลข่าวสารของคณะผ่านเว็บไซต์และสื่อสังคมออนไลน์',
      steps=['- กำหนดผู้รับผิดชอบข้อมูลแต่ละหมวด', '- เผยแพร่ข่าวและประกาศของคณะภายใน 3 วัน'],
      resp='งานประชาสัมพันธ์ สำนักงานคณบดี', period='ไตรมาส 1–4', mon='',
      out='เผยแพร่ข่าวและประกาศ 142 เรื่อง', outc='นักศึกษาและผู้ปกครองรับรู้ข้อมูลทันเวลา ผลสำรวจการรับรู้ร้อยละ 87',
      ev='agri.rmutd.ac.th/ita/news'),
 dict(n='2', t='ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อวัสดุการเกษตรและวัสดุฟาร์ม',
      steps=['- ผู้เกี่ยวข้องลงนามแบบแสดงความไม่มีส่วนได้เสีย', '- จัดซื้อผ่านระบบ e-GP ทุกรายการ'],
      resp='งานพัสดุ คณะเทคโนโลยีการเกษตร', period='ไตรมาส 1–4', mon='',
      out='จัดซื้อ 64 รายการ ผ่านระบบ e-GP ครบทุกรายการ', outc='ไม่พบข้อร้องเรียนหรือข้อทักท้วงเรื่องการจัดซื้อ',
      ev='agri.rmutd.ac.th/ita/procure'),
 dict(n='3', t='ส่งเสริมความโปร่งใสในการบริหารรายได้ฟาร์มของมหาวิทยาลัย', steps=None,
      resp='งานฟาร์มและโรงงานแปรรูป', period='ไตรมาส 2–4', mon='',
      out='จัดทำบัญชีรายรับ-รายจ่ายฟาร์มรายเดือนและปิดประกาศ 9 ครั้ง', outc='รายได้ฟาร์มนำส่งมหาวิทยาลัยครบถ้วน ตรวจสอบได้',
      ev='-'),
 dict(n='4', t='จัดการเรื่องร้องเรียนของนักศึกษาและผู้รับบริการ',
      steps=['- รับเรื่องผ่านตู้รับเรื่อง อีเมล และ Google Form', '- แจ้งผลแก่ผู้ร้องภายใน 15 วัน', '- รายงานผลการจัดการเรื่องร้องเรียนต่อคณบดีทุกไตรมาส'],
      resp='รองคณบดีฝ่ายกิจการนักศึกษา', period='ตลอดปีงบประมาณ', mon='รายงานผลการจัดการเรื่องร้องเรียนต่อคณบดีทุกไตรมาส',
      out='รับเรื่องร้องเรียน 9 เรื่อง', outc='แก้ไขแล้วเสร็จทั้ง 9 เรื่อง ผู้ร้องพึงพอใจ',
      ev='agri.rmutd.ac.th/ita/complaint'),
 dict(n='5', t='ส่งเสริมจริยธรรมของอาจารย์ในการวัดและประเมินผลการเรียน',
      steps=['- ทวนสอบผลสัมฤทธิ์รายวิชาทุกภาคการศึกษา', '- เปิดให้นักศึกษาขอตรวจสอบคะแนน'],
      resp='งานวิชาการ คณะเทคโนโลยีการเกษตร', period='ไตรมาส 2 และ 4', mon='',
      out='ทวนสอบผลสัมฤทธิ์ 38 รายวิชา', outc='อยู่ระหว่างดำเนินการ', ev='agri.rmutd.ac.th/ita/qa'),
 dict(n='6', t='ปลูกฝังวัฒนธรรมสุจริตแก่นักศึกษา (กิจกรรม "เกษตรสุจริต")', steps=None,
      resp='งานกิจการนักศึกษา และสโมสรนักศึกษา', period='ม.ค. – มี.ค. 69', mon='',
      out='นักศึกษาเข้าร่วมกิจกรรม 356 คน', outc='นักศึกษาตระหนักถึงความซื่อสัตย์สุจริต ผลประเมินความตระหนักร้อยละ 91',
      ev='agri.rmutd.ac.th/ita/activity'),
]

def main():
    d = new_doc('Kinnari', 13, landscape=True, margins=(1.8, 1.5, 1.8, 1.5))
    header_footer(d.sections[0], 'คณะเทคโนโลยีการเกษตร มทร.ทวารวดี : รายงานผลการดำเนินการตามมาตรการ ITA 2569',
                  'หน้า {PAGE} / {NUMPAGES}', size=10)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=16, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. 2569', bold=True, size=16, align='c')
    para(d, AG, bold=True, size=16, align='c', space_after=6)
    para(d, ('    มหาวิทยาลัยเทคโนโลยีราชมงคลทวารวดีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนนรวม 89.16 คะแนน '
             'อยู่ในระดับผ่าน โดยมีคะแนนรายเครื่องมือดังตารางต่อไปนี้ คณะเทคโนโลยีการเกษตรในฐานะหน่วยงานภายใน ได้ดำเนินการตามมาตรการ '
             'ส่งเสริมคุณธรรมและความโปร่งใส 6 มาตรการ ดังนี้'), size=13, align='j', space_after=4)
    st = table(d, 4, [6, 3, 3, 3.5])
    add_row(st, ['เครื่องมือการประเมิน', 'คะแนน', 'น้ำหนัก (ร้อยละ)', 'คะแนนถ่วงน้ำหนัก'], bold=True, size=12, fill='DDEBF7', align='c')
    for r in [['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '90.12', '30', '27.04'],
              ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', '86.45', '30', '25.94'],
              ['แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)', '89.10', '40', '35.64'],
              ['รวม', '', '100', '88.61']]:
        add_row(st, r, size=12, bold=(r[0] == 'รวม'))
    para(d, '', space_after=4)
    W = [0.9, 7.4, 3.6, 2.4, 4.3, 4.3, 3.5]
    t = table(d, 7, W)
    h1 = add_row(t, ['ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', '', 'หลักฐาน/แหล่งข้อมูล'],
                 bold=True, size=12, header=True, fill='E2EFD9', align='c')
    h2 = add_row(t, ['', '', '', '', 'ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)', ''], bold=True, size=12, header=True, fill='E2EFD9', align='c')
    for i in (0, 1, 2, 3, 6):
        c = h1.cells[i].merge(h2.cells[i])
        txt = ['ที่', 'มาตรการ/กิจกรรม', 'ผู้รับผิดชอบ', 'ระยะเวลา', '', '', 'หลักฐาน/แหล่งข้อมูล'][i]
        cell_text(c, txt, bold=True, size=12, align='c')
    c = h1.cells[4].merge(h1.cells[5]); cell_text(c, 'ผลการดำเนินงาน', bold=True, size=12, align='c')
    for m in M:
        r = add_row(t, [m['n'], '', m['resp'], m['period'], m['out'], m['outc'], m['ev']], size=12)
        c = r.cells[1]; c.text = ''
        cs_font(c.paragraphs[0].add_run(m['t']), size=12, bold=True)
        if m['steps']:
            cs_font(c.add_paragraph().add_run('แนวทางดำเนินการ'), size=12)
            for s_ in m['steps']:
                cs_font(c.add_paragraph().add_run(s_), size=12)
    para(d, '')
    para(d, 'ปัญหา/อุปสรรค : ระบบบัญชีฟาร์มยังเป็นเอกสาร ทำให้การปิดประกาศล่าช้าในไตรมาสที่ 2', size=13, space_after=10)
    for ln in ['(ลงชื่อ) ......................................... ผู้รายงาน', '(อาจารย์สุภาพร  ชัยมงคล)', 'ผู้ช่วยคณบดีฝ่ายแผนและประกันคุณภาพ', '',
               '(ลงชื่อ) ......................................... ', '(ผู้ช่วยศาสตราจารย์ธีรวัฒน์  บุญประเสริฐ)', 'คณบดีคณะเทคโนโลยีการเกษตร']:
        para(d, ln, size=13, align='c')
    src = build(NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src); shutil.copy(pdf, out(NAME + '.pdf'))
    ms = [mrec(m['n'], m['t'], elements('results', m)) for m in M]
    write_truth(NAME, NAME + '.pdf', 'results', 2569, AG, 'measure', ms,
        ['score: ITA 2568 total given as 89.16 in the text but the weighted table totals 88.61',
         'measures 3 and 6: no steps/methods (only the title in the measure cell)',
         'no monitoring column; only measure 4 says it reports to the dean quarterly (monitoring missing for 1, 2, 3, 5, 6)',
         "measure 5: outcome is 'อยู่ระหว่างดำเนินการ'",
         'measure 3: evidence column "-"'],
        'Landscape Word table exported to PDF (Kinnari) with a TWO-ROW header: "ผลการดำเนินงาน" merged over "ผลผลิต (Output)" '
        'and "ผลลัพธ์ (Outcome)", the other five header cells merged vertically; both header rows repeat on each page; running '
        'header and "หน้า n / N". The measure cell holds a bold title followed (for 1, 2, 4, 5) by "แนวทางดำเนินการ" and "- " '
        'lines = steps. Measure 4\'s last step ("รายงานผล…ต่อคณบดีทุกไตรมาส") counts as its monitoring. Evidence column is not '
        'an element. Score table (IIT/EIT/OIT weighted) sums to 88.61, contradicting 89.16 in the prose.')

if __name__ == '__main__':
    main()
