"""r06: university faculty results, landscape Word table (two-row header with status boxes) exported to PDF (Kinnari)."""
import os, shutil
from common import *

NAME = 'r06_fba_nakhonsriwari_results_2569'
AG = 'คณะบริหารธุรกิจ มหาวิทยาลัยราชภัฏนครศรีวารี'
T, F = '☑', '☐'

U = [
    dict(num='1', title='เผยแพร่ข้อมูลการดำเนินงานและงบประมาณของคณะบนเว็บไซต์',
         steps='1) จัดทำหน้า "ข้อมูลสาธารณะ" บนเว็บไซต์คณะ\n2) ปรับปรุงข้อมูลทุกไตรมาส', resp='สำนักงานคณบดี (งานแผนและงบประมาณ)',
         period='ต.ค. 2568 – ก.ย. 2569', box=(F, F, T), output='เผยแพร่แผนและผลการใช้จ่ายงบประมาณครบ 4 ไตรมาส',
         outcome='นักศึกษาและบุคลากรเข้าถึงข้อมูลงบประมาณของคณะได้'),
    dict(num='2', title='ป้องกันการเรียกรับผลประโยชน์ในการให้บริการนักศึกษา',
         steps='1) ประกาศแนวปฏิบัติการให้บริการโดยไม่มีค่าใช้จ่ายแอบแฝง\n2) ติดป้ายช่องทางแจ้งเบาะแส ณ จุดบริการ',
         resp='งานบริการการศึกษา', period='พ.ย. 2568 – ก.ย. 2569', box=(F, F, F),
         output='ประกาศแนวปฏิบัติแล้ว ติดป้าย 4 จุด', outcome='ไม่มีข้อร้องเรียนการเรียกรับผลประโยชน์'),
    dict(num='3', title='ส่งเสริมความโปร่งใสในการประเมินผลการเรียนและการวัดผล',
         steps='1) เผยแพร่เกณฑ์การวัดผลในเค้าโครงรายวิชาทุกวิชา\n2) เปิดช่องทางยื่นคำร้องขอตรวจสอบผลการเรียน',
         resp='รองคณบดีฝ่ายวิชาการ', period='ภาคเรียนที่ 2/2568 และ 1/2569', box=(F, F, T),
         output='เค้าโครงรายวิชาระบุเกณฑ์ครบ 126 รายวิชา มีคำร้องขอตรวจสอบ 9 คำร้อง',
         outcome='คำร้องได้รับการพิจารณาภายใน 7 วันทุกคำร้อง'),
    dict(num='4', title='จัดการความเสี่ยงการทุจริตในโครงการบริการวิชาการแก่สังคม',
         steps='1) วิเคราะห์ความเสี่ยงการเบิกจ่ายค่าตอบแทนวิทยากร\n2) ตรวจสอบหลักฐานการเบิกจ่ายก่อนอนุมัติ',
         resp='งานบริการวิชาการ / งานการเงิน', period='ธ.ค. 2568 – ส.ค. 2569', box=(F, T, T), output='-',
         outcome='การเบิกจ่ายถูกต้องตามระเบียบ ไม่มีข้อทักท้วง'),
    dict(num='5', title='พัฒนาบุคลากรด้านจริยธรรมและการป้องกันการทุจริต',
         steps='1) ส่งบุคลากรเข้าหลักสูตรต้านทุจริตศึกษา (ออนไลน์)\n2) จัดเวทีแลกเปลี่ยนเรียนรู้ภายในคณะ',
         resp='งานบริหารงานบุคคลของคณะ', period='ม.ค. – มิ.ย. 2569', box=(F, F, T),
         output='บุคลากรผ่านหลักสูตรออนไลน์ 47 คน จัดเวที 1 ครั้ง',
         outcome='บุคลากรสายวิชาการและสายสนับสนุนผ่านหลักสูตรร้อยละ 85'),
    dict(num='6', title='เปิดโอกาสให้นักศึกษาและผู้มีส่วนได้ส่วนเสียมีส่วนร่วม',
         steps='1) ตั้งคณะกรรมการนักศึกษาร่วมให้ข้อเสนอแนะการบริหารคณะ\n2) จัดประชุมรับฟังความคิดเห็นภาคเรียนละ 1 ครั้ง',
         resp='รองคณบดีฝ่ายพัฒนานักศึกษา', period='ต.ค. 2568 – ก.ย. 2569', box=(F, F, T),
         output='ประชุมรับฟังความคิดเห็น 2 ครั้ง ได้ข้อเสนอแนะ 14 ประเด็น', outcome=''),
]


def vmerge(a, b):
    return a.merge(b)


def build():
    doc = new_doc('Kinnari', 12, landscape=True, margins=(1.7, 1.5, 1.5, 1.5))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, 'คณะบริหารธุรกิจ มรภ.นครศรีวารี | รายงานผล ITA ปีงบประมาณ 2569', size=10)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_run(fp, 'หน้า '); add_field(fp.add_run(), 'PAGE'); add_run(fp, ' จาก '); add_field(fp.add_run(), 'NUMPAGES')
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=16, align='center')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569', bold=True, size=16, align='center')
    para(doc, AG, bold=True, size=15, align='center')
    para(doc, '')
    para(doc, ('          ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569 '
               'คณะบริหารธุรกิจได้คะแนนรวม 91.35 คะแนน อยู่ในระดับ ผ่าน รายละเอียดคะแนนรายเครื่องมือดังตาราง'), align='justify')
    st = doc.add_table(rows=5, cols=4); st.style = 'Table Grid'
    for r, vals in enumerate([('เครื่องมือ', 'คะแนน', 'น้ำหนัก', 'คะแนนถ่วงน้ำหนัก'),
                              ('IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน)', '93.90', '30%', '28.17'),
                              ('EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก)', '90.60', '30%', '27.18'),
                              ('OIT (การเปิดเผยข้อมูลสาธารณะ)', '94.50', '40%', '37.80'),
                              ('รวม', '', '100%', '93.15')]):
        for c, v in enumerate(vals):
            cell_text(st.cell(r, c), v, bold=(r in (0, 4)))
    col_widths(st, [9.0, 3.0, 3.0, 4.0])
    para(doc, '')
    para(doc, 'ผลการดำเนินการตามมาตรการ ดังนี้', bold=True)
    t = doc.add_table(rows=2, cols=8); t.style = 'Table Grid'
    heads = ['ที่', 'มาตรการ/โครงการ', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา']
    for i, h in enumerate(heads):
        c = vmerge(t.cell(0, i), t.cell(1, i)); cell_text(c, h, bold=True, align='center'); shade(c, 'FCE4D6')
    top = t.cell(0, 5).merge(t.cell(0, 7)); cell_text(top, 'ผลการดำเนินงาน', bold=True, align='center'); shade(top, 'FCE4D6')
    for i, h in zip((5, 6, 7), ('สถานะ', 'ผลผลิต (Output)', 'ผลลัพธ์ (Outcome)')):
        cell_text(t.cell(1, i), h, bold=True, align='center'); shade(t.cell(1, i), 'FCE4D6')
    repeat_header(t.rows[0]); repeat_header(t.rows[1])
    for u in U:
        row = t.add_row().cells
        b = u['box']
        status = '%s ไม่สามารถดำเนินการได้\n%s อยู่ระหว่างดำเนินการ\n%s ดำเนินการแล้วเสร็จ' % b
        for i, v in enumerate([u['num'], u['title'], u['steps'], u['resp'], u['period'], status, u['output'], u['outcome']]):
            cell_text(row[i], v)
    col_widths(t, [1.0, 4.2, 5.4, 3.2, 2.8, 3.9, 3.8, 3.4])
    para(doc, '')
    para(doc, 'การติดตามและรายงานผล', bold=True)
    para(doc, ('          งานแผนและงบประมาณของคณะติดตามความก้าวหน้าการดำเนินงานตามมาตรการทุกมาตรการเป็นรายไตรมาส และรายงานผลต่อ'
               'คณะกรรมการประจำคณะบริหารธุรกิจ รอบ 6 เดือน และ 12 เดือน'), align='justify')
    para(doc, '')
    for s in ['(ผู้ช่วยศาสตราจารย์ ดร.อรวรรณ  ภูมิสุวรรณ)', 'คณบดีคณะบริหารธุรกิจ', '15 ตุลาคม 2569']:
        para(doc, s, align='center')
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))
    for u in U:
        nt = sum(1 for x in u['box'] if x == T)
        if nt != 1 and is_blank(u['output']):
            u['force'] = {'output': 'missing'}
    write_truth(NAME + '.pdf', 'results', 2569, AG, 'measure', U,
                ['score contradiction: prose says total 91.35 ผ่าน, the score table total is 93.15',
                 'measure 2: no status box ticked (output still stated in the Output column)',
                 'measure 4: two status boxes ticked and Output "-" - output missing',
                 'measure 6: outcome cell empty'],
                'Landscape Word table exported to PDF with a TWO-ROW header: five vertically merged cells and "ผลการดำเนินงาน" '
                'spanning สถานะ / ผลผลิต (Output) / ผลลัพธ์ (Outcome); both header rows repeat on every page. The สถานะ column '
                'holds three ☐/☑ boxes; output counts present when the Output column states it (measure 2) or exactly one box '
                'is ticked; measure 4 has two ticks and "-" -> missing. General "การติดตามและรายงานผล" paragraph after the '
                'table covers every measure (monitoring present for all). IIT/EIT/OIT weighted table. "หน้า n จาก N" footer.',
                general_monitoring=True)


if __name__ == '__main__':
    build()
