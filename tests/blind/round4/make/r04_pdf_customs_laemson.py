"""r04: ด่านศุลกากรแหลมสน results FY2568 - a worksheet printed from Excel/Calc to PDF: gridlines printed instead of
borders, landscape, no 'fit to page', so the 9 columns do not fit one page width: columns A-E (ที่ .. ระยะเวลา) print
on pages 1-2 and columns F-I (การติดตาม .. ปัญหา/อุปสรรค) on pages 3-4 (page order down, then over). Row 4 (header)
is a print-title row, repeated on every page; the title rows are not. Built as .xlsx with openpyxl -> soffice."""
import os, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.properties import PageSetupProperties
from common import *

NAME = 'r04_customs_laemson_results_2568'
AG = 'ด่านศุลกากรแหลมสน'
T1 = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'
T2 = 'ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 - 30 กันยายน 2568)'
T3 = 'ด่านศุลกากรแหลมสน สำนักงานศุลกากรตรวจสินค้าภาคที่ 2 กรมศุลกากร'
HDR = ['ที่', 'มาตรการ/กิจกรรม', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา',
       'การติดตาม/รายงานผล', 'ผลการดำเนินการ', 'ผลลัพธ์/ความสำเร็จ', 'ปัญหา/อุปสรรค']
G = 'GROUP'
ROWS = [
    (G, 'ประเด็นที่ 1 การปฏิบัติหน้าที่และการใช้อำนาจ'),
    ('1', 'มาตรการป้องกันการเรียกรับผลประโยชน์ในการตรวจปล่อยสินค้า',
     '1. ใช้ระบบคัดเลือกใบขนสินค้าตามเกณฑ์ความเสี่ยง (Risk Management) แทนการใช้ดุลยพินิจของเจ้าหน้าที่\n'
     '2. ติดตั้งกล้อง CCTV บริเวณจุดตรวจปล่อยและเก็บภาพย้อนหลังไม่น้อยกว่า 90 วัน\n'
     '3. หมุนเวียนเจ้าหน้าที่ผู้ตรวจปล่อยทุก 3 เดือน',
     'ฝ่ายบริการศุลกากร\nฝ่ายควบคุมทางศุลกากร', 'ต.ค. 67 - ก.ย. 68',
     'ฝ่ายบริการศุลกากรสรุปผลการตรวจปล่อยเสนอนายด่านศุลกากรทุกเดือน',
     'ตรวจปล่อยใบขนสินค้าขาเข้า 12,486 ฉบับ ผ่านระบบคัดเลือกตามความเสี่ยงทั้งหมด\nหมุนเวียนเจ้าหน้าที่ 4 รอบ (ต.ค. / ม.ค. / เม.ย. / ก.ค.)',
     'ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์ ผู้ประกอบการพึงพอใจการให้บริการร้อยละ 91.20', '-'),
    ('2', 'มาตรการเปิดเผยขั้นตอน ระยะเวลา และค่าธรรมเนียมการให้บริการ',
     '1. ปรับปรุงคู่มือสำหรับประชาชนตาม พ.ร.บ. การอำนวยความสะดวกฯ\n2. ติดประกาศ ณ จุดให้บริการและเผยแพร่บนเว็บไซต์ด่านฯ\n'
     '3. จัดทำ QR Code แบบประเมินความพึงพอใจ ณ จุดบริการ',
     'ฝ่ายบริหารทั่วไป', 'ต.ค. - ธ.ค. 67',
     'ตรวจสอบความครบถ้วนของข้อมูลบนเว็บไซต์ทุกไตรมาส และรายงานในที่ประชุมประจำเดือน',
     'ปรับปรุงคู่มือ 9 กระบวนงาน เผยแพร่บนเว็บไซต์และติดประกาศ ณ จุดบริการครบทุกจุด',
     'ผู้รับบริการทราบขั้นตอนและระยะเวลาล่วงหน้า ลดการสอบถามซ้ำ ผลสำรวจความพึงพอใจด้านข้อมูลร้อยละ 89.75',
     'ผู้ประกอบการรายย่อยบางรายไม่ใช้สมาร์ทโฟน'),
    (G, 'ประเด็นที่ 2 การใช้งบประมาณและทรัพย์สินของราชการ'),
    ('3', 'มาตรการกำกับการจัดซื้อจัดจ้างให้เป็นไปตาม พ.ร.บ. การจัดซื้อจัดจ้างฯ พ.ศ. 2560',
     '1. เผยแพร่แผนการจัดซื้อจัดจ้างภายใน 30 วันหลังได้รับจัดสรรงบประมาณ\n2. จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)\n'
     '3. ให้ผู้เกี่ยวข้องลงนามแบบแสดงความไม่มีส่วนได้เสียทุกโครงการ',
     'งานพัสดุ ฝ่ายบริหารทั่วไป', 'ต.ค. 67 - ก.ย. 68',
     'รายงานผลการจัดซื้อจัดจ้างต่อนายด่านศุลกากรทุกเดือนและรายงานสำนักงานศุลกากรภาคทุกไตรมาส',
     'เผยแพร่แผนจัดซื้อจัดจ้าง 1 ฉบับ (พ.ย. 67) รายงาน สขร.1 ครบ 12 เดือน ผู้เกี่ยวข้องลงนามแบบแสดงความไม่มีส่วนได้เสีย 34 โครงการ',
     'การจัดซื้อจัดจ้างถูกต้องตามระเบียบ ไม่มีข้อทักท้วงจากสำนักงานการตรวจเงินแผ่นดินและผู้ตรวจสอบภายใน', '-'),
    ('4', 'มาตรการควบคุมการใช้ทรัพย์สินของราชการ (เรือตรวจการณ์ รถยนต์ และน้ำมันเชื้อเพลิง)',
     '1. ขออนุญาตใช้เรือและรถยนต์ผ่านแบบฟอร์มออนไลน์ทุกครั้ง\n2. บันทึกเลขไมล์/ชั่วโมงเครื่องยนต์และปริมาณน้ำมันทุกเที่ยว\n'
     '3. ตรวจสอบการใช้น้ำมันเทียบกับระยะทางรายเดือน',
     'ฝ่ายควบคุมทางศุลกากร (งานเรือ)\nงานยานพาหนะ', 'ต.ค. 67 - ก.ย. 68',
     'หัวหน้าฝ่ายตรวจสอบบันทึกการใช้รถและเรือทุกเดือน รายงานผลทุกไตรมาส',
     'ออกตรวจการณ์ทางทะเล 146 เที่ยว บันทึกการใช้ครบทุกเที่ยว ตรวจสอบอัตราสิ้นเปลืองน้ำมันครบ 12 เดือน',
     'อัตราการใช้น้ำมันเฉลี่ยลดลงร้อยละ 6.4 เมื่อเทียบกับปีงบประมาณ 2567 ไม่พบการใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน',
     'เรือตรวจการณ์ลำที่ 2 ชำรุด ม.ค. - มี.ค. 68'),
    ('5', 'มาตรการบริหารจัดการของกลางและสินค้าตกค้างให้โปร่งใส ตรวจสอบได้',
     '1. บันทึกรับของกลางเข้าระบบทะเบียนของกลางภายในวันที่ยึด\n2. ตรวจนับของกลางร่วมกันระหว่างฝ่ายทุกไตรมาส\n'
     '3. ประกาศขายทอดตลาดสินค้าตกค้างทางเว็บไซต์กรมศุลกากร',
     'ฝ่ายสืบสวนและปราบปราม\nคลังของกลาง', 'ต.ค. 67 - ก.ย. 68',
     'คณะกรรมการตรวจนับรายงานผลต่อนายด่านศุลกากรทุกไตรมาส',
     'บันทึกของกลาง 218 รายการ เข้าระบบทะเบียนภายในวันที่ยึดทั้งหมด ตรวจนับ 4 ครั้ง ขายทอดตลาด 2 ครั้ง',
     'ของกลางครบถ้วนตรงตามทะเบียนทุกครั้งที่ตรวจนับ ไม่มีของกลางสูญหายหรือเสียหาย', 'รอผลการตรวจสอบของสำนักตรวจสอบและประเมินผล'),
    (G, 'ประเด็นที่ 3 การแก้ไขปัญหาการทุจริต'),
    ('6', 'มาตรการรับและจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
     '1. เปิดช่องทางร้องเรียน 4 ช่องทาง (ตู้รับเรื่อง โทรศัพท์ 1164 อีเมล และ Customs Call Center)\n'
     '2. ตรวจสอบและแจ้งผลให้ผู้ร้องทราบภายใน 15 วันทำการ\n3. สรุปผลเรื่องร้องเรียนเผยแพร่บนเว็บไซต์รอบ 6 เดือนและ 12 เดือน',
     'ฝ่ายบริหารทั่วไป (งานรับเรื่องร้องเรียน)', 'ต.ค. 67 - ก.ย. 68',
     'รายงานผลการจัดการเรื่องร้องเรียนต่อนายด่านศุลกากรทุกเดือน',
     'รับเรื่องร้องเรียน 6 เรื่อง (เกี่ยวกับการทุจริต 1 เรื่อง) ตรวจสอบและแจ้งผลผู้ร้องครบทุกเรื่อง เผยแพร่สรุปผลรอบ 6 เดือนแล้ว',
     'ผู้ร้องได้รับแจ้งผลภายใน 15 วันทำการทุกราย เรื่องทุจริต 1 เรื่องตรวจสอบแล้วไม่มีมูล', 'ยังไม่ได้เผยแพร่สรุปผลรอบ 12 เดือน'),
    ('7', 'มาตรการเสริมสร้างวัฒนธรรมสุจริต "ศุลกากรแหลมสน โปร่งใส ไม่รับ ไม่ให้"',
     '1. นายด่านศุลกากรประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy)\n'
     '2. อบรมเจ้าหน้าที่เรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม\n3. ยกย่องเจ้าหน้าที่ต้นแบบด้านความซื่อสัตย์',
     'นายด่านศุลกากร\nฝ่ายบริหารทั่วไป', 'พ.ย. 67 - ส.ค. 68',
     'รายงานผลการอบรมและการประกาศเจตนารมณ์ต่อสำนักงานศุลกากรตรวจสินค้าภาคที่ 2',
     'ประกาศเจตนารมณ์ 1 ครั้ง (5 ธ.ค. 67) อบรมเจ้าหน้าที่ 52 คน จาก 55 คน ยกย่องเจ้าหน้าที่ต้นแบบ 3 คน',
     'เจ้าหน้าที่ร้อยละ 94.5 ผ่านแบบทดสอบความรู้เรื่องผลประโยชน์ทับซ้อน ไม่มีการรับของขวัญในช่วงเทศกาล', '-'),
]
WIDTH = [4.5, 24, 36, 17, 13, 24, 30, 28, 16]


def row_height(row):
    """Excel does not grow rows on export: the author set heights by hand (estimate wrapped lines)."""
    n = 1
    for ci, v in enumerate(row[1:], start=1):
        per = max(4, int(WIDTH[ci] * 1.05))
        lines = sum(max(1, -(-dwidth(part) // per)) for part in v.split('\n'))
        n = max(n, lines)
    return n * 21 + 10


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = 'ITA68'
    f = Font(name='Laksaman', size=13)
    fb = Font(name='Laksaman', size=13, bold=True)
    ft = Font(name='Laksaman', size=15, bold=True)
    top = Alignment(vertical='top', wrap_text=True)
    for i, w in enumerate(WIDTH):
        ws.column_dimensions[chr(65 + i)].width = w
    ws['A1'] = T1; ws['A1'].font = ft
    ws['A2'] = T2; ws['A2'].font = ft
    ws['A3'] = T3; ws['A3'].font = fb
    for rr, hh in ((1, 26), (2, 26), (3, 24), (4, 30)):
        ws.row_dimensions[rr].height = hh
    for i, h in enumerate(HDR):
        c = ws.cell(row=4, column=i + 1, value=h)
        c.font = fb
        c.alignment = Alignment(horizontal='center', vertical='center', wrap_text=True)
        c.fill = PatternFill('solid', fgColor='D9E1F2')
    r = 5
    for row in ROWS:
        if row[0] == G:
            c = ws.cell(row=r, column=2, value=row[1]); c.font = fb
            ws.row_dimensions[r].height = 22
            for ci in range(1, 10):
                ws.cell(row=r, column=ci).fill = PatternFill('solid', fgColor='F2F2F2')
        else:
            for ci, v in enumerate(row):
                c = ws.cell(row=r, column=ci + 1, value=int(v) if ci == 0 else v)
                c.font = f
                c.alignment = Alignment(horizontal='center', vertical='top') if ci == 0 else top
            ws.row_dimensions[r].height = row_height(row)
        r += 1
    r += 1
    ws.cell(row=r, column=2, value='ผู้รายงาน  นางสาวปวีณา ทองสุข  เจ้าพนักงานศุลกากรชำนาญงาน').font = f
    ws.cell(row=r + 1, column=2, value='ข้อมูล ณ วันที่ 30 กันยายน 2568').font = f
    ws.row_dimensions[r].height = ws.row_dimensions[r + 1].height = 22
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.pageOrder = 'downThenOver'
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    ws.print_options.gridLines = True
    ws.print_title_rows = '4:4'
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.6; ws.page_margins.bottom = 0.8
    ws.page_margins.header = 0.3; ws.page_margins.footer = 0.3
    ws.oddFooter.right.text = 'หน้า &P / &N'
    ws.oddFooter.right.font = 'Laksaman'
    ws.oddFooter.left.text = '&A'
    xlsx = os.path.join(BUILD, NAME + '.xlsx')
    wb.save(xlsx)
    pdf = soffice_pdf(xlsx)
    shutil.copy(pdf, os.path.join(OUT, NAME + '.pdf'))

    ms = [M(1, ROWS[1][1]), M(2, ROWS[2][1]), M(3, ROWS[4][1]), M(4, ROWS[5][1]),
          M(5, ROWS[6][1]), M(6, ROWS[8][1]), M(7, ROWS[9][1])]
    write_truth(NAME + '.pdf', 'results', 2568, AG, 'measure', ms, problems=[], notes="""COMPLETE (the difficulty is the layout). Excel-style worksheet exported to PDF (xlsx -> LibreOffice Calc -> PDF): gridlines printed (no cell borders),
        landscape A4, NOT fitted to page, page order 'down, then over'. Columns A–E (ที่, มาตรการ/กิจกรรม, วิธีการดำเนินการ,
        ผู้รับผิดชอบ, ระยะเวลา) fill the first pages; columns F–I (การติดตาม/รายงานผล, ผลการดำเนินการ, ผลลัพธ์/ความสำเร็จ,
        ปัญหา/อุปสรรค) come on the following pages, in the same row order, under the repeated header row (print-title row
        4) but with nothing identifying the measure: an assessor matches them by row position. Title rows 1–3 print only on
        page 1 (left-aligned, not merged). Group rows 'ประเด็นที่ 1–3' are shaded rows with text only in column B (not measures).
        Numbers are plain integers in 'ที่'. Footer 'ITA68 … หน้า n / N' (sheet name). Steps '1. 2. 3.' on lines inside the
        cell. Output is the ผลการดำเนินการ column; the ปัญหา/อุปสรรค column is not an element (measure 6's note there that the 12-month summary is not yet published does not remove its output).""")


if __name__ == '__main__':
    build()
