"""r08: สถาบันส่งเสริมการท่องเที่ยวเชิงนิเวศ (องค์การมหาชน) results FY2567 - a BILINGUAL Word report (Thai with an
English line under every heading, paragraph and cell).  Landscape 7-column table with two-line Thai/English headers,
header row repeated; a period given only in English with CE dates, an outcome given only in English.  Complete."""
import os
from common import *
from docxkit import *
from docx.shared import RGBColor

NAME = 'r08_epi_ecotourism_results_2567'
AG = 'สถาบันส่งเสริมการท่องเที่ยวเชิงนิเวศ (องค์การมหาชน)'
AG_EN = 'Ecotourism Promotion Institute (Public Organization)'
FONT = 'Loma'
HDR = [('ที่', 'No.'), ('มาตรการ', 'Measure'), ('วิธีการดำเนินการ', 'Implementation'),
       ('ผู้รับผิดชอบ', 'Responsible Unit'), ('ระยะเวลา', 'Timeframe'), ('ผลการดำเนินการ', 'Output'),
       ('ผลลัพธ์', 'Outcome')]
# Each value: (thai, english); thai may be '' (English only)
MEAS = [
    ('1',
     ('มาตรการเปิดเผยข้อมูลการจัดสรรทุนสนับสนุนชุมชนท่องเที่ยว', 'Disclosure of grant allocation to tourism communities'),
     ('1) ประกาศหลักเกณฑ์และผลการพิจารณาทุนบนเว็บไซต์สถาบัน\n2) รายงานผลการจัดสรรทุนต่อคณะกรรมการบริหารสถาบันทุกไตรมาส',
      '1) Publish criteria and results on the Institute website\n2) Report allocations to the Executive Board quarterly'),
     ('ฝ่ายพัฒนาเครือข่ายชุมชน', 'Community Network Development Division'),
     ('ต.ค. 2566 – ก.ย. 2567', 'Oct 2023 – Sep 2024'),
     ('ประกาศผลการจัดสรรทุน 2 รอบ ชุมชนได้รับทุน 27 แห่ง วงเงินรวม 8.1 ล้านบาท',
      'Two grant rounds announced; 27 communities funded, THB 8.1 million in total'),
     ('ไม่มีข้อร้องเรียนเรื่องความไม่เป็นธรรมในการจัดสรรทุน', 'No complaints about unfair allocation')),
    ('2',
     ('มาตรการป้องกันผลประโยชน์ทับซ้อนในการคัดเลือกผู้รับจ้างจัดกิจกรรมส่งเสริมการท่องเที่ยว',
      'Conflict-of-interest prevention in selecting event contractors'),
     ('1) คณะกรรมการพิจารณาผลลงนามในแบบแสดงความไม่มีส่วนได้เสีย\n2) ตรวจสอบรายชื่อผู้ถือหุ้นและกรรมการของผู้เสนอราคา\n'
      '3) ฝ่ายตรวจสอบภายในสุ่มตรวจและรายงานผู้อำนวยการทุก 6 เดือน',
      '1) Evaluation committee members sign no-interest declarations\n2) Check shareholders and directors of bidders\n'
      '3) Internal Audit samples cases and reports to the Director every six months'),
     ('ฝ่ายบริหารกลาง (งานพัสดุ) / ฝ่ายตรวจสอบภายใน', 'Central Administration (Procurement) / Internal Audit'),
     ('ตลอดปีงบประมาณ พ.ศ. 2567', 'Throughout FY 2024'),
     ('คัดเลือกผู้รับจ้าง 14 โครงการ กรรมการลงนามแบบแสดงความไม่มีส่วนได้เสียครบ 42 ราย สุ่มตรวจ 2 ครั้ง',
      '14 contracts awarded; all 42 committee members signed declarations; 2 audit samplings'),
     ('ไม่พบกรณีผลประโยชน์ทับซ้อน', 'No conflict of interest found')),
    ('3',
     ('มาตรการให้บริการข้อมูลแก่นักท่องเที่ยวต่างชาติอย่างเท่าเทียม', 'Equal information service for foreign visitors'),
     ('1) จัดทำข้อมูลแหล่งท่องเที่ยวและอัตราค่าบริการเป็นภาษาไทย อังกฤษ และจีน\n2) ติดป้ายอัตราค่าบริการเดียวกันทุกสัญชาติ ณ ศูนย์บริการ\n'
      '3) สรุปข้อร้องเรียนของนักท่องเที่ยวเสนอผู้อำนวยการทุกเดือน',
      '1) Publish site information and fees in Thai, English and Chinese\n2) Post one fee schedule for all nationalities at visitor centres\n'
      '3) Summarise visitor complaints to the Director monthly'),
     ('ฝ่ายบริการนักท่องเที่ยว', 'Visitor Services Division'),
     ('', 'Oct 2023 – Sep 2024'),
     ('เผยแพร่ข้อมูล 3 ภาษา 46 แหล่งท่องเที่ยว ติดป้ายอัตราค่าบริการครบ 5 ศูนย์บริการ',
      'Information on 46 sites published in 3 languages; fee boards at all 5 visitor centres'),
     ('ข้อร้องเรียนเรื่องการเก็บค่าบริการไม่เท่าเทียมลดลงจาก 9 เรื่อง เหลือ 1 เรื่อง',
      'Complaints about unequal fees fell from 9 to 1')),
    ('4',
     ('มาตรการรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริตผ่านช่องทางออนไลน์ 2 ภาษา', 'Bilingual online complaint and whistle-blowing channel'),
     ('1) เปิดแบบฟอร์มร้องเรียนออนไลน์ภาษาไทยและภาษาอังกฤษ\n2) คุ้มครองข้อมูลผู้แจ้งเบาะแส\n'
      '3) รายงานสถิติเรื่องร้องเรียนต่อคณะกรรมการบริหารทุกไตรมาส',
      '1) Launch Thai and English online complaint forms\n2) Protect whistle-blower identity\n'
      '3) Report complaint statistics to the Executive Board quarterly'),
     ('สำนักผู้อำนวยการ', "Director's Office"),
     ('ม.ค. – ก.ย. 2567', 'Jan – Sep 2024'),
     ('เปิดใช้ระบบเมื่อ 15 ม.ค. 2567 รับเรื่อง 5 เรื่อง (ภาษาอังกฤษ 2 เรื่อง) ดำเนินการแล้วเสร็จทุกเรื่อง',
      'System launched 15 Jan 2024; 5 cases received (2 in English), all closed'),
     ('', 'Average handling time cut to 9 days; every complainant was informed of the result')),
    ('5',
     ('มาตรการไม่รับของขวัญและของกำนัลจากผู้ประกอบการท่องเที่ยว (No Gift Policy)',
      'No Gift Policy towards tourism operators'),
     ('1) ผู้อำนวยการประกาศนโยบาย No Gift Policy\n2) แจ้งผู้ประกอบการและชุมชนเครือข่ายเป็นหนังสือ\n'
      '3) ฝ่ายทรัพยากรบุคคลรวบรวมแบบรายงานการรับของขวัญเสนอผู้อำนวยการหลังเทศกาลปีใหม่',
      '1) Director announces the No Gift Policy\n2) Notify operators and partner communities in writing\n'
      '3) HR compiles gift reports for the Director after New Year'),
     ('ฝ่ายทรัพยากรบุคคล', 'Human Resources Division'),
     ('ธ.ค. 2566 – ม.ค. 2567', 'Dec 2023 – Jan 2024'),
     ('ประกาศนโยบาย 1 ฉบับ แจ้งผู้ประกอบการ 212 ราย รายงานการรับของขวัญ 1 รอบ',
      'Policy issued; 212 operators notified; one gift-report round'),
     ('บุคลากรไม่รับของขวัญในช่วงเทศกาล 100%', 'No staff accepted gifts during the festive season')),
    ('6',
     ('มาตรการประเมินความเสี่ยงการทุจริตในโครงการท่องเที่ยวโดยชุมชน', 'Corruption risk assessment of community-based tourism projects'),
     ('1) ประเมินความเสี่ยงโครงการที่ได้รับทุนตามแนวทางของสำนักงาน ป.ป.ช.\n2) จัดทำแผนบริหารความเสี่ยง\n'
      '3) รายงานผลต่อคณะอนุกรรมการตรวจสอบเมื่อสิ้นปีงบประมาณ',
      "1) Assess grant projects using the NACC's risk guidelines\n2) Prepare a risk management plan\n"
      '3) Report to the Audit Sub-committee at year end'),
     ('ฝ่ายยุทธศาสตร์และแผน', 'Strategy and Planning Division'),
     ('มี.ค. – ก.ย. 2567', 'Mar – Sep 2024'),
     ('ประเมินความเสี่ยง 27 โครงการ พบความเสี่ยงสูง 3 โครงการ จัดทำแผนบริหารความเสี่ยง 1 ฉบับ',
      '27 projects assessed, 3 rated high risk; one risk management plan'),
     ('โครงการความเสี่ยงสูงทั้ง 3 โครงการมีมาตรการควบคุมและเบิกจ่ายได้ตามแผน',
      'All 3 high-risk projects now have controls and disbursed on schedule')),
]
W = [1.2, 4.4, 6.6, 3.2, 2.6, 4.0, 3.6]
GREY = RGBColor(0x59, 0x59, 0x59)


def bi_cell(cell, th_text, en_text, size=12, bold=False, align=None):
    cell.text = ''
    first = True
    for text, english in ((th_text, False), (en_text, True)):
        if not text:
            continue
        for line in text.split('\n'):
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            r = cs_run(p.add_run(line), bold=bold, size=size - (1 if english else 0), italic=english or None)
            if english:
                r.font.color.rgb = GREY
            if align is not None:
                p.alignment = align


def bi_para(doc, th_text, en_text, size=15, bold=False, align=None, first_line_cm=None, space_after=6):
    para(doc, th_text, bold=bold, size=size, align=align, first_line_cm=first_line_cm)
    p = para(doc, '', align=align, first_line_cm=first_line_cm, space_after=space_after)
    r = cs_run(p.add_run(en_text), bold=bold, italic=True, size=size - 2)
    r.font.color.rgb = GREY
    return p


def build():
    doc = new_document(FONT, 14, margins_cm=(2.0, 1.8, 2.0, 1.8))
    sec = doc.sections[0]
    landscape_section(doc, new=False, margins_cm=(2.0, 1.6, 1.8, 1.6))
    hp = sec.header.paragraphs[0]
    header_tabs(hp, 26.3)
    cs_run(hp.add_run(AG), size=10)
    cs_run(hp.add_run('\t' + AG_EN), size=10, italic=True)
    bottom_border(hp)
    fp = sec.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('หน้า / Page '), size=10); field(fp, 'PAGE', size=10)
    cs_run(fp.add_run(' / '), size=10); field(fp, 'NUMPAGES', '3', size=10)

    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=17, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2567', bold=True, size=17, align=CENTER)
    p = para(doc, '', align=CENTER)
    cs_run(p.add_run('Report on the Implementation of Integrity and Transparency Measures, Fiscal Year 2024'),
           bold=True, italic=True, size=15)
    p = para(doc, AG + '  |  ', bold=True, size=15, align=CENTER, space_after=10)
    cs_run(p.add_run(AG_EN), bold=True, italic=True, size=14)

    bi_para(doc, '1. ความเป็นมา', '1. Background', size=15, bold=True, space_after=2)
    bi_para(doc, 'สถาบันได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ '
            'พ.ศ. 2566 ได้ 96.12 คะแนน ผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส '
            'ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567 จำนวน 6 มาตรการ ซึ่งได้ดำเนินการระหว่างวันที่ 1 ตุลาคม 2566 ถึง 30 กันยายน 2567',
            'The Institute scored 96.12 in the ITA 2023 assessment (FY 2566), above the pass mark of 85, and adopted six '
            'integrity and transparency measures for FY 2567 (1 October 2023 – 30 September 2024).',
            size=14, first_line_cm=1.2)
    bi_para(doc, '2. ผลการดำเนินการ', '2. Implementation Results', size=15, bold=True, space_after=4)

    t = table(doc, 1 + len(MEAS), 7)
    for i, (a, b) in enumerate(HDR):
        c = t.rows[0].cells[i]
        bi_cell(c, a, b, size=12, bold=True, align=CENTER)
        shade_cell(c, 'C5E0B3')
    repeat_header(t.rows[0])
    for ri, m in enumerate(MEAS, start=1):
        row = t.rows[ri]
        cell_text(row.cells[0], m[0], size=12, align=CENTER)
        for ci in range(1, 7):
            bi_cell(row.cells[ci], m[ci][0], m[ci][1], size=12)
    col_widths(t, W)

    para(doc, '')
    bi_para(doc, '3. ปัญหาอุปสรรคและแนวทางแก้ไข', '3. Issues and Next Steps', size=15, bold=True, space_after=2)
    bi_para(doc, 'ชุมชนเครือข่ายบางแห่งยังขาดความเข้าใจเรื่องการรายงานการใช้จ่ายเงินทุน สถาบันจะจัดอบรมการจัดทำรายงานการเงิน'
            'ให้ชุมชนในปีงบประมาณ พ.ศ. 2568',
            'Some partner communities still find grant expenditure reporting difficult; the Institute will run financial '
            'reporting workshops in FY 2568 (2025).', size=14, first_line_cm=1.2)
    para(doc, '')
    para(doc, 'ผู้รายงาน / Reported by:  นางสาวณัฐธิดา วงศ์ไพศาล  ผู้อำนวยการฝ่ายยุทธศาสตร์และแผน / Director, Strategy and Planning',
         size=13)
    para(doc, 'ผู้อนุมัติ / Approved by:  นายปกรณ์ เลิศวนากุล  ผู้อำนวยการสถาบัน / Executive Director', size=13)
    para(doc, 'วันที่ / Date:  18 ตุลาคม 2567 (18 October 2024)', size=13)

    doc.save(os.path.join(OUT, NAME + '.docx'))

    ms = [M(m[0], m[1][0], '') for m in MEAS]
    write_truth(NAME + '.docx', 'results', 2567, AG, 'measure', ms, problems=[], notes="""BILINGUAL Word report (Loma):
        every heading, paragraph and table cell has its Thai text followed by an English line in grey italics. Title 'รายงาน
        ผลการดำเนินการตามมาตรการ… ประจำปีงบประมาณ พ.ศ. 2567' with 'Report on the Implementation … Fiscal Year 2024' under
        it (FY 2567 = CE 2024; the fiscal year is labelled in BE). Landscape, running header 'Thai name <tab> English name'
        with a rule, footer 'หน้า / Page n / N'. One 7-column table, header row repeated (w:tblHeader), headers two-line
        Thai/English: ที่ No. / มาตรการ Measure / วิธีการดำเนินการ Implementation / ผู้รับผิดชอบ Responsible Unit / ระยะเวลา
        Timeframe / ผลการดำเนินการ Output / ผลลัพธ์ Outcome. Titles are the Thai text (the English line below is a
        translation, not another measure). Measure 3's period is given ONLY in English with CE months ('Oct 2023 – Sep
        2024') - counted present; measure 4's outcome is ONLY in English - counted present. Monitoring has no column: every
        measure's last step reports to someone (Board quarterly, Director every 6 months / monthly / after New Year, Audit
        Sub-committee at year end), so all present. Score sentence (ITA 2566 96.12, pass mark 85) consistent. COMPLETE.
        Unit = measure (1-6).""")


if __name__ == '__main__':
    build()
