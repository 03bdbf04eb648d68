"""p03: สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำธาร plan FY2569 - a 'typed' plan: a paper form retyped in
Word with a typewriter font (Tlwg Typist), columns made with TAB stops (no table object), continuation lines
typed with leading tabs, rules typed as underscores; exported to PDF. COMPLETE."""
import os, shutil
from common import *
from docxkit import *

NAME = 'p03_tsj_lamthan_plan_2569'
AG = 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำธาร'
TABS = [1.0, 8.6, 11.8, 15.5]
ROWS = [
    ('1.', ['จัดทำและเผยแพร่ข้อมูลสาธารณะ', 'ตามเกณฑ์ OIT และข้อมูลการอนุญาต', 'ด้านทรัพยากรธรรมชาติบนเว็บไซต์'],
     ['ต.ค. 68 -', 'ก.ย. 69'], ['ฝ่ายอำนวยการ'], ''),
    ('2.', ['ประกาศขั้นตอนและระยะเวลาการ', 'พิจารณาคำขออนุญาตเข้าทำประโยชน์', 'ในเขตป่าไม้และคำขออนุญาต', 'เกี่ยวกับไม้'],
     ['ต.ค.-ธ.ค. 68'], ['กลุ่มงาน', 'ทรัพยากรธรรมชาติ'], 'ติดประกาศ'),
    ('3.', ['ประเมินความเสี่ยงการทุจริตใน', 'กระบวนการออกใบอนุญาตและ', 'กำหนดมาตรการควบคุม'],
     ['พ.ย.-ธ.ค. 68'], ['กลุ่มงานยุทธศาสตร์', 'และข้อมูล'], ''),
    ('4.', ['ประกาศเจตนารมณ์และนโยบาย', 'ไม่รับของขวัญ (No Gift Policy)'],
     ['ธ.ค. 68'], ['ฝ่ายอำนวยการ'], ''),
    ('5.', ['อบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน', 'และประมวลจริยธรรมข้าราชการพลเรือน'],
     ['ก.พ. 69'], ['ฝ่ายอำนวยการ'], 'ออนไลน์'),
    ('6.', ['รายงานผลการดำเนินงานตามแผน', 'รอบ 6 เดือน และรอบ 12 เดือน', 'เสนอผู้บังคับบัญชา'],
     ['เม.ย. 69 /', 'ต.ค. 69'], ['กลุ่มงานยุทธศาสตร์', 'และข้อมูล'], ''),
]


def tline(doc, cols, bold=False):
    p = doc.add_paragraph()
    for pos in TABS:
        p.paragraph_format.tab_stops.add_tab_stop(Cm(pos))
    cs_run(p.add_run('\t'.join(cols)), bold=bold)
    return p


def build():
    doc = new_document('Tlwg Typist', 11, margins_cm=(2.0, 2.0, 2.0, 1.2))
    para(doc, 'แผนการขับเคลื่อนการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส', bold=True, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569', bold=True, align=CENTER)
    para(doc, AG, bold=True, align=CENTER)
    para(doc, '_' * 58, align=CENTER)
    para(doc, '')
    para(doc, '     เพื่อให้การดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ '
              'พ.ศ. 2569 เป็นไปอย่างมีประสิทธิภาพ และสอดคล้องกับผลการประเมิน ITA ของสำนักงานปลัดกระทรวงทรัพยากร'
              'ธรรมชาติและสิ่งแวดล้อม ประจำปี 2568 (92.21 คะแนน ผ่าน) สำนักงานฯ จึงกำหนดแผนการขับเคลื่อน ดังนี้', align=JUSTIFY)
    para(doc, '')
    tline(doc, ['ที่', 'กิจกรรม', 'ระยะเวลา', 'ผู้รับผิดชอบ', 'หมายเหตุ'], bold=True)
    para(doc, '_' * 58)
    for n, act, per, resp, note in ROWS:
        k = max(len(act), len(per), len(resp))
        for i in range(k):
            cols = [n if i == 0 else '', act[i] if i < len(act) else '', per[i] if i < len(per) else '',
                    resp[i] if i < len(resp) else '', note if i == 0 else '']
            tline(doc, cols)
        para(doc, '')
    para(doc, '_' * 58)
    para(doc, '')
    para(doc, 'การติดตามประเมินผล', bold=True)
    para(doc, '     ให้ผู้รับผิดชอบแต่ละกิจกรรมรายงานผลการดำเนินงานต่อผู้อำนวยการสำนักงานทรัพยากรธรรมชาติ'
              'และสิ่งแวดล้อมจังหวัดลำธารทุกไตรมาส โดยกลุ่มงานยุทธศาสตร์และข้อมูลเป็นผู้รวบรวมและสรุปผล', align=JUSTIFY)
    para(doc, '')
    para(doc, '')
    for line in ['(ลงชื่อ)..................................', '(นายประยุทธ ศรีสวัสดิ์)',
                 'ผู้อำนวยการสำนักงานทรัพยากรธรรมชาติและ', 'สิ่งแวดล้อมจังหวัดลำธาร']:
        para(doc, line, align=CENTER, indent_cm=6)
    src = os.path.join(BUILD, NAME + '.docx')
    doc.save(src)
    shutil.copy(soffice_pdf(src), os.path.join(OUT, NAME + '.pdf'))
    ms = [M(n, ' '.join(act), 'soc') for n, act, *_ in ROWS]
    write_truth(NAME + '.pdf', 'plan', 2569, AG, 'activity', ms, problems=[],
                notes="""COMPLETE for a plan (every activity has a period and a responsible unit; monitoring is stated once for
        all activities in 'การติดตามประเมินผล'). A paper form RETYPED in Word with the typewriter font Tlwg Typist: no table
        object at all - the columns ที่ / กิจกรรม / ระยะเวลา / ผู้รับผิดชอบ / หมายเหตุ are produced by TAB stops, each
        activity is typed over 2-3 physical lines with leading tabs on the continuation lines (activity name, period and
        responsible unit all wrap independently, e.g. 'ต.ค. 68 -' / 'ก.ย. 69', 'กลุ่มงาน' / 'ทรัพยากรธรรมชาติ'), rules typed as
        underscores. Numbers '1.'–'6.'. Activity titles in the label are the wrapped lines joined with a space. No steps,
        output or outcome. Score ITA 2568 of the parent ministry office 92.21 ผ่าน (consistent). Activity 6 reports after the
        fiscal year (ต.ค. 69) - normal for a 12-month report.""")


if __name__ == '__main__':
    build()
