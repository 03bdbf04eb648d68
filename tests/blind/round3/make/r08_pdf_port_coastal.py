"""r08: การท่าเรือชายฝั่งแห่งประเทศไทย results FY2569 - written in Google Docs (landscape page setup), exported
HTML (c1/c2 class soup, lists inside cells, no thead, header row NOT pinned) -> PDF. Bilingual headers. COMPLETE."""
import os, shutil
from common import *

NAME = 'r08_port_coastal_results_2569'
AG = 'การท่าเรือชายฝั่งแห่งประเทศไทย'

HDR = ['No.', 'มาตรการ<br>(Measure)', 'แนวทางดำเนินการ<br>(Key Activities)', 'ผู้รับผิดชอบ<br>(Owner)',
       'ระยะเวลา<br>(Timeline)', 'การติดตาม/รายงานผล<br>(Monitoring)', 'ผลการดำเนินงาน<br>(Output)', 'ผลลัพธ์<br>(Outcome)']
ROWS = [
    ['1.', 'เปิดเผยข้อมูลสาธารณะและข้อมูลการจัดซื้อจัดจ้างผ่านเว็บไซต์ กทช.',
     ['ทบทวนข้อมูลตามเกณฑ์ OIT ทุกข้อ', 'เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน', 'จัดทำ Open Data ชุดข้อมูลสถิติเรือเข้า–ออก'],
     'ฝ่ายสื่อสารองค์กร / ฝ่ายพัสดุ', 'ต.ค. 68 – ก.ย. 69', 'รายงานคณะกรรมการกำกับดูแลกิจการที่ดี (CG) ทุกไตรมาส',
     'เผยแพร่ข้อมูลครบ 100% ตามเกณฑ์ OIT, ผลจัดซื้อจัดจ้าง 12 เดือน, Open Data 4 ชุด',
     'คะแนน OIT เพิ่มขึ้นจาก 96.88 เป็น 100 ผู้ใช้บริการเข้าถึงข้อมูลได้ทันเวลา'],
    ['2.', 'เสริมสร้างความโปร่งใสในการให้เช่าพื้นที่และท่าเทียบเรือ',
     ['ประกาศหลักเกณฑ์และอัตราค่าเช่าบนเว็บไซต์', 'คัดเลือกผู้เช่าด้วยวิธีประมูลแบบเปิดเผย', 'ให้ผู้แทนสมาคมเจ้าของเรือร่วมสังเกตการณ์'],
     'ฝ่ายพัฒนาธุรกิจและทรัพย์สิน', 'ต.ค. 68 – มิ.ย. 69', 'รายงานผลการประมูลต่อคณะกรรมการบริหารทุกครั้ง',
     'ประกาศหลักเกณฑ์ 1 ฉบับ ประมูลพื้นที่ 14 แปลง ท่าเทียบเรือ 3 ท่า มีผู้สังเกตการณ์ทุกครั้ง',
     'รายได้ค่าเช่าเพิ่มขึ้นร้อยละ 11.2 ไม่มีข้อร้องเรียนความไม่เป็นธรรมในการคัดเลือกผู้เช่า'],
    ['3.', 'ป้องกันผลประโยชน์ทับซ้อนและการรับของขวัญ (No Gift Policy)',
     ['ผู้ว่าการประกาศนโยบาย No Gift Policy', 'พนักงานระดับบริหารยื่นแบบแสดงความขัดแย้งทางผลประโยชน์ประจำปี', 'สื่อสารนโยบายถึงคู่ค้าทางอีเมล'],
     'ฝ่ายทรัพยากรบุคคล / สำนักผู้ว่าการ', 'ธ.ค. 68 – ม.ค. 69', 'ฝ่ายตรวจสอบภายในสอบทานแบบแสดงความขัดแย้งฯ และรายงานคณะกรรมการตรวจสอบ',
     'ประกาศนโยบาย 1 ฉบับ พนักงานระดับบริหารยื่นแบบครบ 87 คน (100%) แจ้งคู่ค้า 326 ราย',
     'ไม่พบกรณีผลประโยชน์ทับซ้อนที่ไม่ได้รับการจัดการ คู่ค้าไม่ส่งของขวัญในเทศกาลปีใหม่'],
    ['4.', 'ลดการใช้ดุลพินิจในการให้บริการด้วยระบบ e-Port Clearance',
     ['ให้บริการยื่นเอกสารเรือเข้า–ออกผ่านระบบออนไลน์ 100%', 'แสดงสถานะคำขอแบบ Real-time', 'ยกเลิกการรับเอกสารกระดาษที่ท่าเรือ'],
     'ฝ่ายเทคโนโลยีสารสนเทศ / ฝ่ายปฏิบัติการท่าเรือ', 'ต.ค. 68 – ก.ย. 69', 'ติดตามตัวชี้วัด SLA รายเดือนผ่าน Dashboard และรายงานผู้ว่าการ',
     'ระบบให้บริการครบ 5 ท่าเรือ คำขอออนไลน์ 18,942 รายการ',
     'ระยะเวลาอนุมัติเฉลี่ยลดจาก 4 ชั่วโมง เหลือ 35 นาที ความพึงพอใจผู้ใช้บริการ 4.52/5'],
    ['5.', 'บริหารความเสี่ยงการทุจริตในการจัดซื้อจัดจ้างและการตรวจรับงานก่อสร้าง',
     ['ประเมินความเสี่ยงการทุจริต (Fraud Risk Assessment)', 'กำหนดมาตรการควบคุม เช่น สุ่มตรวจงานก่อสร้างโดยวิศวกรภายนอก', 'ทบทวนผลการควบคุมรายไตรมาส'],
     'ฝ่ายบริหารความเสี่ยงและควบคุมภายใน', 'พ.ย. 68 – ก.ย. 69', 'รายงานคณะกรรมการบริหารความเสี่ยงทุกไตรมาส',
     'ประเมินความเสี่ยง 6 กระบวนงาน สุ่มตรวจงานก่อสร้าง 9 โครงการ',
     'ระดับความเสี่ยงสูงลดลงจาก 3 เป็น 1 กระบวนงาน ไม่พบการตรวจรับงานไม่เป็นไปตามสัญญา'],
    ['6.', 'ส่งเสริมการมีส่วนร่วมของผู้มีส่วนได้ส่วนเสียและการจัดการข้อร้องเรียน',
     ['จัดประชุมรับฟังความคิดเห็นผู้ใช้บริการท่าเรือ (Stakeholder Forum) 2 ครั้ง', 'รับเรื่องร้องเรียนผ่าน Call Center 1246 และเว็บไซต์', 'ตอบกลับผู้ร้องภายใน 7 วันทำการ'],
     'สำนักผู้ว่าการ (ศูนย์รับเรื่องร้องเรียน)', 'ต.ค. 68 – ก.ย. 69', 'สรุปรายงานข้อร้องเรียนรายเดือนเสนอผู้ว่าการ และรายงานกระทรวงคมนาคมทุก 6 เดือน',
     'จัด Stakeholder Forum 2 ครั้ง ผู้เข้าร่วม 214 ราย ข้อร้องเรียน 41 เรื่อง ตอบกลับภายในกำหนด 40 เรื่อง',
     'นำข้อเสนอแนะไปปรับปรุงบริการ 7 เรื่อง ความพึงพอใจต่อการจัดการข้อร้องเรียนร้อยละ 86.5'],
]

CSS = '''@import url('https://themes.googleusercontent.com/fonts/css?kit=...');
@page { size: 29.7cm 21cm; margin: 1.6cm 1.5cm 1.6cm 1.5cm }
ul.lst-kix_q1-0{list-style-type:none}.lst-kix_q1-0>li:before{content:"\\0025cf   "}
ol{margin:0;padding:0}table td,table th{padding:0}
.c0{border-right-style:solid;padding:4pt 4pt 4pt 4pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid}
.c9{background-color:#cfe2f3}
.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Kinnari";font-style:normal}
.c4{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Kinnari";font-style:normal}
.c7{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:16pt;font-family:"Kinnari";font-style:normal}
.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}
.c6{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:center}
.c5{padding-top:0pt;padding-bottom:6pt;line-height:1.15;text-align:justify}
.c11{margin-left:14pt;padding-left:0pt}
.c12{background-color:#ffffff;max-width:761pt;padding:45pt 42pt 45pt 42pt}
.c13{border-spacing:0;border-collapse:collapse;margin-right:auto}
.c3{height:0pt}
.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Kinnari";line-height:1.15;text-align:left}
'''


def span(t, c='c1'):
    return '<span class="%s">%s</span>' % (c, t)


def td(content, cls='c0'):
    return '<td class="%s" colspan="1" rowspan="1">%s</td>' % (cls, content)


def build():
    parts = []
    parts.append('<p class="c6 title" id="h.x3k2ab8"><span class="c7">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</span></p>')
    parts.append('<p class="c6"><span class="c7">ประจำปีงบประมาณ พ.ศ. 2569</span></p>')
    parts.append('<p class="c6"><span class="c7">การท่าเรือชายฝั่งแห่งประเทศไทย (กทช.)</span></p>')
    parts.append('<p class="c6"><span class="c1"></span></p>')
    parts.append('<p class="c5"><span class="c4">1. ผลการประเมิน ITA ปี 2568 </span><span class="c1">การท่าเรือชายฝั่งแห่งประเทศไทยได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 95.12 คะแนน อยู่ในระดับ &ldquo;ผ่าน&rdquo; (IIT 94.80 / EIT 91.25 / OIT 96.88) กทช. จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 6 มาตรการ ซึ่งคณะกรรมการ กทช. ให้ความเห็นชอบในการประชุมครั้งที่ 11/2568 และได้ดำเนินการครบรอบปีงบประมาณแล้ว</span></p>')
    parts.append('<p class="c5"><span class="c4">2. ผลการดำเนินการตามมาตรการ ณ วันที่ 30 กันยายน 2569</span></p>')
    parts.append('<a id="t.6f0b2d1e9a5c"></a><a id="t.0"></a><table class="c13">')
    parts.append('<tr class="c3">' + ''.join(td('<p class="c6">%s</p>' % span(h, 'c4'), 'c0 c9') for h in HDR) + '</tr>')
    for r in ROWS:
        cells = []
        for i, v in enumerate(r):
            if isinstance(v, list):
                inner = '<ul class="c11 lst-kix_q1-0 start">' + ''.join(
                    '<li class="c2 li-bullet-0">%s</li>' % span(x) for x in v) + '</ul>'
            else:
                inner = '<p class="%s">%s</p>' % ('c6' if i in (0, 4) else 'c2', span(v))
            cells.append(td(inner))
        parts.append('<tr class="c3">' + ''.join(cells) + '</tr>')
    parts.append('</table>')
    parts.append('<p class="c2"><span class="c1"></span></p>')
    parts.append('<p class="c5"><span class="c4">3. สรุป </span><span class="c1">ดำเนินการแล้วเสร็จครบทั้ง 6 มาตรการ (ร้อยละ 100) ทั้งนี้ กทช. จะนำผลการดำเนินการและผลการประเมิน ITA ปี 2569 ไปใช้ในการกำหนดมาตรการประจำปีงบประมาณ พ.ศ. 2570 ต่อไป</span></p>')
    parts.append('<p class="c6"><span class="c1">ผู้รายงาน: นายกฤษดา ทะเลงาม ผู้อำนวยการฝ่ายกำกับการปฏิบัติตามกฎเกณฑ์ (Compliance)</span></p>')
    parts.append('<p class="c6"><span class="c1">ผู้รับรอง: นางสาวอรุณี วารีรัตน์ รองผู้ว่าการ (บริหาร)</span></p>')
    html = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
            + CSS + '</style></head><body class="c12 doc-content">' + ''.join(parts) + '</body></html>')
    src = os.path.join(BUILD, NAME + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(html)
    pdf = soffice_pdf(src, infilter='HTML (StarWriter)')
    shutil.copy(pdf, os.path.join(OUT, NAME + '.pdf'))

    ms = [M(i + 1, r[1]) for i, r in enumerate(ROWS)]
    write_truth(NAME + '.pdf', 'results', 2569, AG, 'measure', ms, problems=[],
                notes="""COMPLETE. A Google-Docs-style document (exported HTML with c0/c1 class soup, <a id="t.0"> table anchor,
        lists as <ul class="lst-kix_..."> inside cells, no <thead>) printed to a landscape PDF. 8 bilingual columns
        ('No.', 'มาตรการ (Measure)', 'แนวทางดำเนินการ (Key Activities)', 'ผู้รับผิดชอบ (Owner)', 'ระยะเวลา (Timeline)',
        'การติดตาม/รายงานผล (Monitoring)', 'ผลการดำเนินงาน (Output)', 'ผลลัพธ์ (Outcome)') with each header split over two
        lines; numbers '1.'-'6.'; the header row is NOT repeated on later pages (Google Docs row not pinned) and rows
        break across pages. Periods abbreviated with two-digit BE years ('ต.ค. 68 – ก.ย. 69'). No page header/footer.
        Score ITA 2568 95.12 ผ่าน with IIT/EIT/OIT given in prose (no weights, nothing contradictory). Measure titles do not
        start with the word 'มาตรการ'.""")


if __name__ == '__main__':
    build()
