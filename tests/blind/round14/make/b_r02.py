# r02: NEW FORM - DOCX produced by an e-ITA system through Word MAIL MERGE (directory merge):
# every value is a MERGEFIELD / DOCVARIABLE field whose cached result is the visible text
# (complex fields w:fldChar/w:instrText for most values, w:fldSimple for the responsible unit).
from common import *
NAME = 'r02_dipc_results_2569'
AG = 'กรมส่งเสริมอุตสาหกรรมชุมชน'
FONT = 'TH SarabunPSK'
M = [
 dict(n='1', t='เผยแพร่ข้อมูลการใช้จ่ายงบประมาณประจำปีบนเว็บไซต์กรม',
      steps='1. รวบรวมแผนและผลการใช้จ่ายงบประมาณรายไตรมาส\n2. กองคลังตรวจทานความถูกต้อง\n3. เผยแพร่บนเว็บไซต์ภายใน 15 วันหลังสิ้นไตรมาส',
      resp='กองคลัง และกองยุทธศาสตร์และแผนงาน', period='ต.ค. 2568 – ก.ย. 2569',
      mon='รายงานอธิบดีทุกไตรมาสในที่ประชุมผู้บริหารกรม',
      out='เผยแพร่รายงานผลการใช้จ่ายงบประมาณครบ 4 ไตรมาส (เบิกจ่ายสะสมร้อยละ 96.12)',
      outc='ประชาชนและผู้มีส่วนได้ส่วนเสียตรวจสอบการใช้จ่ายงบประมาณของกรมได้'),
 dict(n='2', t='ยกระดับการให้บริการตรวจรับรองมาตรฐานผลิตภัณฑ์ชุมชนแบบออนไลน์ (e-Service)',
      steps='1. พัฒนาระบบยื่นคำขอและติดตามสถานะคำขอออนไลน์\n2. ประกาศขั้นตอนและระยะเวลาการให้บริการ\n3. เปิดให้ผู้รับบริการประเมินความพึงพอใจหลังรับบริการ',
      resp='กองมาตรฐานผลิตภัณฑ์ชุมชน', period='ม.ค. – ก.ย. 2569',
      mon='ติดตามผ่านรายงานของระบบ e-Service และรายงานรองอธิบดีที่กำกับดูแลทุกเดือน',
      out='เปิดให้บริการยื่นคำขอออนไลน์ 3 บริการ มีผู้ใช้บริการ 2,315 ราย',
      outc='ระยะเวลาให้บริการเฉลี่ยลดลงจาก 30 วันเหลือ 18 วัน ความพึงพอใจร้อยละ 91.8'),
 dict(n='3', t='ส่งเสริมการปฏิบัติตามประมวลจริยธรรมข้าราชการพลเรือน',
      steps='1. จัดอบรมออนไลน์เรื่องประมวลจริยธรรมและการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม\n2. คัดเลือกหน่วยงานต้นแบบด้านจริยธรรม',
      resp='กลุ่มงานคุ้มครองจริยธรรม', period='ธ.ค. 2568 – ส.ค. 2569',
      mon='สรุปผลเสนอคณะกรรมการจริยธรรมประจำกรมส่งเสริมอุตสาหกรรมชุมชน',
      out='ผู้ผ่านการอบรมออนไลน์ 412 คน คัดเลือกหน่วยงานต้นแบบ 1 หน่วยงาน',
      outc=''),
 dict(n='4', t='ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง',
      steps='1. ให้คณะกรรมการจัดซื้อจัดจ้างทุกคณะลงนามแบบแสดงความบริสุทธิ์ใจ\n2. สุ่มตรวจเอกสารการจัดซื้อจัดจ้างร้อยละ 15 ของโครงการ',
      resp='กองคลัง (กลุ่มพัสดุ)', period='ตลอดปีงบประมาณ 2569',
      mon='รายงานผลการสุ่มตรวจต่อผู้ตรวจราชการกรมทุก 6 เดือน',
      out='ลงนามแบบแสดงความบริสุทธิ์ใจครบ 128 โครงการ สุ่มตรวจ 20 โครงการ',
      outc='ไม่พบกรณีผลประโยชน์ทับซ้อน ผู้ค้าเชื่อมั่นในความเป็นธรรมของการจัดซื้อจัดจ้าง'),
 dict(n='5', t='เปิดช่องทางรับฟังความคิดเห็นและข้อร้องเรียนของผู้รับบริการ',
      steps='1. ปรับปรุงแบบฟอร์มรับเรื่องบนเว็บไซต์และ LINE Official Account\n2. ส่งเรื่องให้หน่วยงานที่เกี่ยวข้องภายใน 3 วันทำการ',
      resp='ศูนย์ปฏิบัติการต่อต้านการทุจริต', period='ต.ค. 2568 – ก.ย. 2569',
      mon='-',
      out='รับข้อคิดเห็น 87 เรื่อง ข้อร้องเรียน 3 เรื่อง',
      outc='ตอบกลับผู้ร้องภายใน 15 วันทำการทุกเรื่อง'),
 dict(n='6', t='รณรงค์นโยบายไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)',
      steps='1. ออกประกาศกรมและเผยแพร่ทางเว็บไซต์\n2. จัดทำสื่อประชาสัมพันธ์ช่วงเทศกาลปีใหม่',
      resp='สำนักงานเลขานุการกรม', period='',
      mon='รายงานผลการรณรงค์ต่อ ศปท. เพื่อรวบรวมเสนออธิบดี',
      out='ออกประกาศ 1 ฉบับ เผยแพร่อินโฟกราฟิก 4 ชิ้น',
      outc='ไม่มีรายงานการรับของขวัญของบุคลากรในปีงบประมาณ 2569'),
]
FIELDS = [('วิธีการดำเนินการ', 'steps', 'วิธีการ'), ('ผู้รับผิดชอบ', 'resp', 'ผู้รับผิดชอบ'),
          ('ระยะเวลาดำเนินการ', 'period', 'ระยะเวลา'), ('การติดตามและรายงานผล', 'mon', 'การติดตาม'),
          ('ผลการดำเนินการ (Output)', 'out', 'ผลผลิต'), ('ผลลัพธ์ (Outcome)', 'outc', 'ผลลัพธ์')]

def fld_simple(paragraph, instr, result, size=14):
    fs = OxmlElement('w:fldSimple'); fs.set(qn('w:instr'), instr)
    r = OxmlElement('w:r'); rpr = OxmlElement('w:rPr')
    sz = OxmlElement('w:sz'); sz.set(qn('w:val'), str(size * 2)); rpr.append(sz)
    szc = OxmlElement('w:szCs'); szc.set(qn('w:val'), str(size * 2)); rpr.append(szc)
    r.append(rpr); t = OxmlElement('w:t'); t.set(qn('xml:space'), 'preserve'); t.text = result; r.append(t)
    fs.append(r); paragraph._p.append(fs)

def main():
    d = new_doc(FONT, 16, margins=(2.0, 2.0, 3.0, 2.0))
    s = d.sections[0]
    header_footer(s, 'ระบบติดตามมาตรการ ITA (e-ITA) กรมส่งเสริมอุตสาหกรรมชุมชน', 'พิมพ์จากระบบ e-ITA  หน้า {PAGE}', size=12)
    p = para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=18, align='c')
    p = para(d, 'ประจำปีงบประมาณ พ.ศ. ', bold=True, size=18, align='c')
    add_field(p, ' DOCVARIABLE ปีงบประมาณ \\* MERGEFORMAT ', '2569', size=18, bold=True)
    para(d, AG + ' กระทรวงอุตสาหกรรม', bold=True, size=16, align='c', space_after=8)
    para(d, ('          ตามที่กรมส่งเสริมอุตสาหกรรมชุมชนได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ '
             'พ.ศ. 2569 เพื่อยกระดับผลการประเมิน ITA ซึ่งในปี 2568 กรมได้คะแนน 88.95 คะแนน ระดับผ่าน บัดนี้หน่วยงานผู้รับผิดชอบได้รายงาน'
             'ผลการดำเนินการผ่านระบบ e-ITA ครบทุกมาตรการแล้ว รายละเอียดดังนี้'), size=16, align='j', space_after=6)
    for m in M:
        p = para(d, 'มาตรการที่ ', bold=True, size=16, space_after=2)
        add_field(p, ' MERGEFIELD ลำดับ ', m['n'], size=16, bold=True)
        cs_font(p.add_run(' '), size=16, bold=True)
        add_field(p, ' MERGEFIELD ชื่อมาตรการ ', m['t'], size=16, bold=True)
        t = table(d, 2, [4.5, 11.5])
        for lab, key, fname in FIELDS:
            r = t.add_row()
            r.cells[0].width = Cm(4.5); r.cells[1].width = Cm(11.5)
            cell_text(r.cells[0], lab, bold=True, size=14); shade(r.cells[0], 'F2F2F2')
            cp = r.cells[1].paragraphs[0]
            if key == 'resp':
                fld_simple(cp, f' MERGEFIELD {fname} ', m[key])
            else:
                vals = m[key].split('\n') if m[key] else ['']
                # multi-line merge results keep Word's soft line breaks inside the one field result
                add_field(cp, f' MERGEFIELD {fname} ', vals[0], size=14)
                if len(vals) > 1:
                    # later lines come from the same data-source cell: Word writes them as <w:br/> inside the result
                    end_run = cp.runs[-1]
                    for v in vals[1:]:
                        rr = OxmlElement('w:r'); rr.append(OxmlElement('w:br'))
                        tt = OxmlElement('w:t'); tt.set(qn('xml:space'), 'preserve'); tt.text = v; rr.append(tt)
                        end_run._element.addprevious(rr)
        para(d, '', space_after=6)
    para(d, 'ข้อมูล ณ วันที่ 15 ตุลาคม 2569  ผู้รวบรวม : กองยุทธศาสตร์และแผนงาน', size=14, align='r', space_after=12)
    for ln in ['(นางสาวพิมพ์ชนก  ศรีสุวรรณ)', 'ผู้อำนวยการกองยุทธศาสตร์และแผนงาน', 'ผู้รายงาน']:
        para(d, ln, size=16, align='c')
    d.save(out(NAME + '.docx'))
    ms = [mrec(m['n'], m['t'], elements('results', m)) for m in M]
    write_truth(NAME, NAME + '.docx', 'results', 2569, AG, 'measure', ms,
        ['measure 3: outcome field result is empty',
         'measure 5: monitoring is "-"',
         'measure 6: period field result is empty'],
        'NEW FORM: output of an e-ITA system printed through Word MAIL MERGE (directory merge). Every value the assessor '
        'sees is the cached RESULT of a field: the fiscal year in the title is a DOCVARIABLE, measure numbers/titles and most '
        'values are complex MERGEFIELDs (w:fldChar begin/separate/end with w:instrText - the instruction text " MERGEFIELD '
        'ผลลัพธ์ " etc. is NOT visible), multi-line values carry w:br inside the field result, and the responsible unit is a '
        'w:fldSimple whose result run sits inside the fldSimple element. One 2-column label|value table per measure under a '
        '"มาตรการที่ n title" paragraph; an empty field result = blank cell = missing. ITA 2568 score 88.95 ผ่าน.')

if __name__ == '__main__':
    main()
