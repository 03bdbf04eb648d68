"""r07: องค์การสะพานปลา สาขาท่าเทียบเรือประมงบ้านแหลมทราย results FY2569 - landscape DOCX (Norasi) -> PDF -> pdftotext -layout; COMPLETE."""
import subprocess
from common import *

FN = 'r07_fmo_laemsai_results_2569.txt'
AG = 'องค์การสะพานปลา สาขาท่าเทียบเรือประมงบ้านแหลมทราย'
MS = [
 dict(n='1)', t='มาตรการเปิดเผยอัตราค่าบริการท่าเทียบเรือและค่าธรรมเนียมการใช้สะพานปลา',
      s='1. ติดประกาศอัตราค่าบริการ ณ จุดชั่งน้ำหนักและอาคารสำนักงาน\n2. เผยแพร่อัตราค่าบริการบนเว็บไซต์ของสาขา\n3. ออกใบเสร็จรับเงินจากระบบทุกรายการ',
      r='แผนกบริการท่าเทียบเรือ', p='ต.ค. 2568 – ก.ย. 2569', m='หัวหน้าสาขาตรวจสอบรายงานรายได้ประจำวันและรายงานสำนักงานใหญ่ทุกเดือน',
      o='ติดประกาศครบ 4 จุด ออกใบเสร็จจากระบบ 28,415 รายการ', oc='ไม่มีข้อร้องเรียนเรื่องการเรียกเก็บค่าบริการเกินอัตรา', code='1111111'),
 dict(n='2)', t='มาตรการป้องกันการรับสินบนในการอนุญาตให้ผู้ประกอบการใช้พื้นที่แพปลา',
      s='1. ประกาศหลักเกณฑ์การจัดสรรพื้นที่แพปลาอย่างเปิดเผย\n2. คัดเลือกผู้เช่าโดยคณะกรรมการ 3 คน\n3. ประกาศผลการจัดสรรพร้อมเหตุผล',
      r='แผนกบริหารทรัพย์สินและสัญญาเช่า', p='ม.ค. – มี.ค. 2569', m='รายงานผลการจัดสรรพื้นที่ต่อผู้อำนวยการฝ่ายสะพานปลาภายใน 15 วัน',
      o='จัดสรรพื้นที่แพปลา 36 แผง ประกาศผลเมื่อ 20 มี.ค. 2569', oc='ผู้ประกอบการพึงพอใจต่อความโปร่งใสในการจัดสรร ร้อยละ 88.6', code='1111111'),
 dict(n='3)', t='มาตรการส่งเสริมคุณธรรมและการไม่รับของขวัญของพนักงาน (No Gift Policy)',
      s='1. ประกาศนโยบายไม่รับของขวัญทุกเทศกาล\n2. จัดทำทะเบียนการรับ-ให้ของขวัญ\n3. ชี้แจงนโยบายแก่ผู้ประกอบการในการประชุมประจำไตรมาส',
      r='หัวหน้าสาขา / งานบุคคลและธุรการ', p='ต.ค. 2568 – ก.ย. 2569', m='รายงานทะเบียนการรับของขวัญต่อฝ่ายทรัพยากรบุคคลทุก 6 เดือน',
      o='ประกาศนโยบาย 3 เทศกาล ชี้แจงผู้ประกอบการ 4 ครั้ง', oc='ทะเบียนการรับของขวัญไม่มีรายการเกินมูลค่าที่กำหนด', code='1111111'),
 dict(n='4)', t='มาตรการควบคุมการใช้น้ำแข็ง น้ำประปา และไฟฟ้าของสะพานปลา',
      s='1. ติดตั้งมาตรวัดย่อยแยกรายผู้ประกอบการ\n2. จดหน่วยการใช้ทุกสิ้นเดือนโดยเจ้าหน้าที่ 2 คน\n3. เรียกเก็บค่าใช้จ่ายตามจริง',
      r='แผนกซ่อมบำรุงและสาธารณูปโภค', p='ต.ค. 2568 – ก.ย. 2569', m='สรุปการใช้สาธารณูปโภคเสนอหัวหน้าสาขาทุกเดือน',
      o='ติดตั้งมาตรวัดย่อย 41 ชุด จดหน่วยครบ 12 เดือน', oc='ค่าสาธารณูปโภคที่สาขารับภาระลดลงร้อยละ 17 เมื่อเทียบกับปี 2568', code='1111111'),
 dict(n='5)', t='มาตรการรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริตจากชาวประมงและผู้ใช้บริการ',
      s='1. เปิดช่องทางร้องเรียนทางโทรศัพท์ LINE และตู้รับเรื่อง\n2. ลงทะเบียนเรื่องร้องเรียนและส่งต่อผู้เกี่ยวข้องภายใน 3 วัน\n3. แจ้งผลแก่ผู้ร้องเรียน',
      r='งานบุคคลและธุรการ', p='ต.ค. 2568 – ก.ย. 2569', m='รายงานสรุปเรื่องร้องเรียนต่อสำนักงานใหญ่ทุกไตรมาส',
      o='รับเรื่องร้องเรียน 6 เรื่อง ดำเนินการแล้วเสร็จทุกเรื่อง', oc='ผู้ร้องเรียนได้รับแจ้งผลภายใน 15 วัน ครบร้อยละ 100', code='1111111'),
]

def build():
    doc = Document(); set_font(doc, 'Norasi', 13)
    sec = doc.sections[0]; landscape(sec); margins(sec, 2.0, 1.5, 1.8, 1.5)
    hp = sec.header.paragraphs[0]; run_cs(hp.add_run(AG), 10); hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run_cs(fp.add_run('หน้า '), 10); add_field(fp, 'PAGE', 10)
    para(doc, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, 16, 'c')
    para(doc, AG, True, 16, 'c')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. 2569 (1 ตุลาคม 2568 – 30 กันยายน 2569)', True, 15, 'c', space_after=6)
    para(doc, '\tตามที่องค์การสะพานปลาได้รับผลการประเมิน ITA ประจำปี พ.ศ. 2568 จำนวน 90.47 คะแนน และกำหนดให้สาขาจัดทำมาตรการ'
         'ส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน สาขาท่าเทียบเรือประมงบ้านแหลมทรายขอรายงานผลการดำเนินการ ดังนี้', align='j', space_after=4)
    hdr = ['ข้อ', 'มาตรการ', 'ขั้นตอนการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามและรายงานผล', 'ผลการดำเนินงาน',
           'ผลลัพธ์หรือความสำเร็จของการดำเนินการ']
    t = doc.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, True, 12, 'c')
    repeat_header(t.rows[0])
    for m in MS:
        r = t.add_row().cells
        for i, v in enumerate([m['n'], m['t'], m['s'], m['r'], m['p'], m['m'], m['o'], m['oc']]):
            cell_text(r[i], v, size=12, align='c' if i == 0 else None)
    col_widths(t, [1.0, 4.2, 5.6, 2.8, 2.4, 3.6, 3.4, 3.6])
    para(doc, '')
    for ln in ['ลงชื่อ ......................................... ผู้รายงาน', '(นายอับดุลเลาะ สาและ)', 'หัวหน้าสาขาท่าเทียบเรือประมงบ้านแหลมทราย', 'วันที่ 6 ตุลาคม 2569']:
        para(doc, ln, size=13, align='c').paragraph_format.left_indent = Cm(14)
    src = os.path.join(BUILD, 'r07.docx'); doc.save(src)
    pdf = soffice_pdf(src, BUILD)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    with open(os.path.join(ROOT, FN), 'w', encoding='utf-8') as f:
        f.write(txt)
    check(MS, dict(measure='t', steps='s', responsible='r', period='p', monitoring='m', output='o', outcome='oc'))
    write_truth(FN, 'results', 2569, AG, 'measure', [unit(m['n'].rstrip(')'), m['t'], m['code']) for m in MS], [],
        'COMPLETE. Text as `pdftotext -layout` gives a landscape Word PDF (Norasi): columns aligned with spaces, every cell '
        'wrapped over several lines and interleaved with its neighbours, form feeds between pages, running header (branch '
        'name) and "หน้า n" footer in the flow, table header repeated on page 2 (no row is cut; the signature date spills '
        'alone onto page 3). Thai extraction artefacts of the font ("หน่ วยงาน", "ขัน ้ตอน") as pdftotext gives them. 8 columns incl. own monitoring column and header '
        '"ผลลัพธ์หรือความสำเร็จของการดำเนินการ"; numbers written "1)"–"5)" in the "ข้อ" column; steps numbered "1. 2. 3." '
        'inside cells (not measures). Score is the state enterprise\'s ITA 2568 (90.47), no band stated.')

if __name__ == '__main__':
    build()
