"""r02: เทศบาลตำบลโคกม่วง results FY2568 - an ordinary Word file: portrait cover memo page, landscape 7-column table in
which output and outcome share ONE column 'ผลการดำเนินการ' written as two labelled paragraphs 'ผลผลิต : …' /
'ผลลัพธ์ : …' (one row has only the ผลผลิต part); own 'การติดตามผล' column; numbers '1.' in the ลำดับ column; running
header with the municipality name and a '-n-' footer."""
import os
from common import *
from docxkit import *

NAME = 'r02_tt_khokmuang_results_2568'
AG = 'เทศบาลตำบลโคกม่วง'
FONT = 'TH SarabunPSK'
HDR = ['ลำดับ', 'มาตรการ/กิจกรรม', 'รายละเอียด/ขั้นตอนการดำเนินการ', 'หน่วยงานรับผิดชอบ', 'ห้วงเวลา',
       'ผลการดำเนินการ', 'การติดตามผล']
# no, measure, steps, responsible, period, result-cell, monitoring
ROWS = [
    ('1.', 'การจัดทำและเผยแพร่แผนการใช้จ่ายงบประมาณประจำปี',
     '- กองคลังจัดทำแผนการใช้จ่ายงบประมาณ\n- เสนอนายกเทศมนตรีให้ความเห็นชอบ\n- เผยแพร่ทางเว็บไซต์เทศบาลภายในเดือนพฤศจิกายน',
     'กองคลัง', 'ต.ค. – พ.ย. 2567',
     'ผลผลิต : เผยแพร่แผนการใช้จ่ายงบประมาณ ประจำปี 2568 แล้ว เมื่อวันที่ 14 พฤศจิกายน 2567\n'
     'ผลลัพธ์ : ประชาชนสามารถตรวจสอบการใช้จ่ายงบประมาณของเทศบาลได้',
     'รายงานผลการเบิกจ่ายงบประมาณต่อคณะผู้บริหารทุกไตรมาส'),
    ('2.', 'การให้บริการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างอย่างเป็นธรรม',
     '- ประกาศราคาประเมินและอัตราภาษีให้ประชาชนทราบ\n- ส่งแบบแจ้งการประเมินภาษีตามกำหนด\n'
     '- เปิดช่องทางชำระภาษีผ่าน QR Code และหน่วยบริการเคลื่อนที่',
     'กองคลัง (งานพัฒนาและจัดเก็บรายได้)', 'ม.ค. – ก.ย. 2568',
     'ผลผลิต : ส่งแบบแจ้งการประเมิน 2,418 ราย จัดหน่วยบริการเคลื่อนที่ 9 ครั้ง\n'
     'ผลลัพธ์ : จัดเก็บภาษีได้ร้อยละ 93.60 ของประมาณการ ไม่มีผู้ยื่นคำร้องคัดค้านการประเมิน',
     'ตรวจสอบผลการจัดเก็บรายเดือน และรายงานปลัดเทศบาล'),
    ('3.', 'การป้องกันผลประโยชน์ทับซ้อนในการตรวจรับงานก่อสร้าง',
     '- แต่งตั้งคณะกรรมการตรวจรับพัสดุโดยหมุนเวียนบุคลากร\n- ผู้ควบคุมงานบันทึกรายงานประจำวันพร้อมภาพถ่าย\n'
     '- กรรมการตรวจรับลงนามแบบแสดงความไม่มีส่วนได้เสีย',
     'กองช่าง / กองคลัง', 'ต.ค. 2567 – ก.ย. 2568',
     'ผลผลิต : ตรวจรับงานก่อสร้าง 21 โครงการ กรรมการลงนามแบบแสดงความไม่มีส่วนได้เสียครบทุกโครงการ',
     'กองช่างสรุปผลการตรวจรับรายไตรมาสเสนอนายกเทศมนตรี'),
    ('4.', 'การรับฟังความคิดเห็นของประชาชนต่อการให้บริการ',
     '- จัดทำแบบสอบถามความพึงพอใจ (กระดาษและออนไลน์)\n- วิเคราะห์ผลการสำรวจและจัดทำข้อเสนอปรับปรุงการบริการ',
     'สำนักปลัดเทศบาล', 'ม.ค. – มิ.ย. 2568',
     'ผลผลิต : ผู้ตอบแบบสอบถาม 412 ราย\n'
     'ผลลัพธ์ : ความพึงพอใจเฉลี่ยร้อยละ 88.75 นำข้อเสนอแนะไปปรับปรุงการบริการ 3 เรื่อง',
     'รายงานผลการสำรวจต่อที่ประชุมพนักงานเทศบาลประจำเดือน'),
    ('5.', 'การส่งเสริมการปฏิบัติตามประมวลจริยธรรมของพนักงานเทศบาล',
     '- เผยแพร่ประมวลจริยธรรมให้บุคลากรทุกคน\n- จัดอบรมเรื่องจริยธรรมและการป้องกันการทุจริต\n'
     '- มอบรางวัลบุคลากรต้นแบบด้านคุณธรรม',
     'สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', 'มี.ค. – ส.ค. 2568',
     'ผลผลิต : จัดอบรม 1 ครั้ง ผู้เข้าร่วม 74 คน มอบรางวัลบุคลากรต้นแบบ 3 คน\n'
     'ผลลัพธ์ : ไม่มีบุคลากรถูกร้องเรียนหรือถูกลงโทษทางวินัยในรอบปี',
     ''),
    ('6.', 'การประกาศเจตนารมณ์ต่อต้านการทุจริตของผู้บริหาร',
     '- นายกเทศมนตรีและคณะผู้บริหารร่วมประกาศเจตนารมณ์\n- เผยแพร่ประกาศทางเว็บไซต์และสื่อสังคมออนไลน์',
     'สำนักปลัดเทศบาล', '-',
     'ผลผลิต : จัดกิจกรรมประกาศเจตนารมณ์ 1 ครั้ง ผู้เข้าร่วม 96 คน\n'
     'ผลลัพธ์ : ผู้บริหารและบุคลากรแสดงเจตนารมณ์ร่วมกันในการปฏิบัติงานด้วยความซื่อสัตย์สุจริต',
     'สรุปผลการจัดกิจกรรมรายงานนายกเทศมนตรี'),
]
W = [1.2, 4.6, 6.0, 3.0, 2.6, 6.0, 3.2]


def build():
    doc = new_document(FONT, 16, margins_cm=(2.0, 2.0, 3.0, 2.0))
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    # ---- page 1: memo
    para(doc, 'บันทึกข้อความ', bold=True, size=24, align=CENTER, space_after=6)
    para(doc, '**ส่วนราชการ**  สำนักปลัดเทศบาล งานบริหารทั่วไป  เทศบาลตำบลโคกม่วง  โทร. 0 4581 2270')
    para(doc, '**ที่**  ศก 58104/……                                   **วันที่**  8  ตุลาคม  2568')
    p = para(doc, '**เรื่อง**  รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568')
    bottom_border(p)
    para(doc, 'เรียน  นายกเทศมนตรีตำบลโคกม่วง', space_after=6)
    para(doc, 'ตามที่เทศบาลตำบลโคกม่วงได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ '
         'พ.ศ. 2568 เพื่อยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) '
         'ซึ่งในปี พ.ศ. 2567 เทศบาลได้คะแนน 86.14 คะแนน ผ่านเกณฑ์การประเมิน นั้น', first_line_cm=2.5, align=JUSTIFY)
    para(doc, 'งานบริหารทั่วไปได้รวบรวมผลการดำเนินการตามมาตรการจากทุกส่วนราชการเรียบร้อยแล้ว รายละเอียดตามตารางที่แนบ'
         'มาพร้อมนี้ และเห็นควรเผยแพร่รายงานดังกล่าวบนเว็บไซต์ของเทศบาลตำบลโคกม่วง ในหัวข้อการเปิดเผยข้อมูล (OIT)',
         first_line_cm=2.5, align=JUSTIFY)
    para(doc, 'จึงเรียนมาเพื่อโปรดพิจารณา', first_line_cm=2.5, space_after=18)
    for line, ind in [('(นางวิไลวรรณ ศรีโคกม่วง)', 8.6), ('หัวหน้าสำนักปลัดเทศบาล', 8.9), ('', 0),
                      ('- ทราบ / อนุมัติ', 8.6), ('', 0), ('(นายเกรียงไกร พรหมวงศ์)', 8.6), ('นายกเทศมนตรีตำบลโคกม่วง', 8.7)]:
        para(doc, line, indent_cm=ind or None)

    # ---- landscape table section
    ls = landscape_section(doc, margins_cm=(2.0, 1.5, 1.5, 1.5))
    ls.different_first_page_header_footer = False
    ls.header.is_linked_to_previous = False
    ls.footer.is_linked_to_previous = False
    hp = ls.header.paragraphs[0]; hp.alignment = RIGHT
    cs_run(hp.add_run('เทศบาลตำบลโคกม่วง อำเภอโคกม่วง จังหวัดศรีขรภูมิ'), size=12)
    fp = ls.footer.paragraphs[0]; fp.alignment = CENTER
    cs_run(fp.add_run('-'), size=14); field(fp, 'PAGE', '2', size=14); cs_run(fp.add_run('-'), size=14)

    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align=CENTER)
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 – 30 กันยายน 2568)', bold=True, size=18, align=CENTER)
    para(doc, 'เทศบาลตำบลโคกม่วง', bold=True, size=18, align=CENTER, space_after=6)
    t = table(doc, 1 + len(ROWS), len(HDR))
    for i, h in enumerate(HDR):
        cell_text(t.rows[0].cells[i], h, bold=True, size=15, align=CENTER, shade='FFF2CC', valign='center')
    repeat_header(t.rows[0])
    for ri, r in enumerate(ROWS, start=1):
        for ci, v in enumerate(r):
            c = t.rows[ri].cells[ci]
            cell_text(c, v, size=15, align=CENTER if ci == 0 or v == '-' else None)
            if ci == 5:  # bold the ผลผลิต / ผลลัพธ์ labels
                for p in c.paragraphs:
                    txt = p.text
                    if ' : ' in txt:
                        lab, val = txt.split(' : ', 1)
                        for r_ in list(p.runs):
                            r_._r.getparent().remove(r_._r)
                        cs_run(p.add_run(lab + ' : '), bold=True, size=15)
                        cs_run(p.add_run(val), size=15)
    col_widths(t, W)
    para(doc, '')
    para(doc, 'ผู้รายงาน  ........................................', indent_cm=15.5)
    para(doc, '(นายธีรวัฒน์ บุญประเสริฐ)', indent_cm=16.2)
    para(doc, 'นักวิเคราะห์นโยบายและแผนชำนาญการ', indent_cm=15.6)
    doc.save(os.path.join(OUT, NAME + '.docx'))

    miss = ['', '', 'c', '', 'n', 'p']
    ms = [M(r[0], r[1], miss[i]) for i, r in enumerate(ROWS)]
    write_truth(NAME + '.docx', 'results', 2568, AG, 'measure', ms, problems=[
        "measure 3: the ผลการดำเนินการ cell has only the 'ผลผลิต :' paragraph - no outcome stated",
        "measure 5: การติดตามผล cell left blank",
        "measure 6: period '-'",
    ], notes="""Ordinary municipal Word file (TH SarabunPSK). Page 1 is a บันทึกข้อความ memo (different first page, no
        header) with the ITA 2567 score 86.14 'ผ่านเกณฑ์' (consistent) and a filled '- ทราบ / อนุมัติ' line; then a
        landscape section with a running header (municipality, district, province) and '-n-' footer, the title repeated,
        and one 7-column table (header row repeated): ลำดับ '1.'…'6.' / มาตรการ/กิจกรรม / รายละเอียด/ขั้นตอนการดำเนินการ
        ('- ' lines) / หน่วยงานรับผิดชอบ / ห้วงเวลา / ผลการดำเนินการ / การติดตามผล. Output AND outcome share the single
        'ผลการดำเนินการ' column as two paragraphs with bold labels 'ผลผลิต :' and 'ผลลัพธ์ :'; measure 3 has only the
        ผลผลิต paragraph, so its outcome is missing. Measure 1's period (ต.ค. – พ.ย. 2567) is short but present. Unit =
        measure.""")


if __name__ == '__main__':
    build()
