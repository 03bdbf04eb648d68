# m05: PWA-style branch (state enterprise), measures FY2570, corporate HTML page; weaknesses section MISSING
import html
from common import *
NAME = 'm05_waterworks_klaengthong_measures_2570'
AG = 'การประปาส่วนภูมิภาคสาขาแกลงทอง'
M = [
 dict(no='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือนของสาขา',
      steps=['สรุปผลการจัดซื้อจัดจ้าง (สขร.1) รายเดือน', 'ผู้จัดการสาขาตรวจสอบและอนุมัติเผยแพร่', 'เผยแพร่บนเว็บไซต์ภายในวันที่ 15'],
      resp='งานบริหารทั่วไป', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานการประปาส่วนภูมิภาคเขต 3 ทุกเดือน', outcome='ข้อมูลเป็นปัจจุบันครบ 12 เดือน'),
 dict(no='2', title='ลดขั้นตอนการขอติดตั้งประปาใหม่ผ่านแอปพลิเคชัน PWA 1662',
      steps=['ประชาสัมพันธ์การยื่นคำขอผ่านแอปพลิเคชัน', 'สำรวจและแจ้งค่าใช้จ่ายภายใน 3 วันทำการ', 'ติดตั้งภายใน 7 วันหลังชำระเงิน'],
      resp='งานบริการลูกค้า ร่วมกับ งานผลิตและบำรุงรักษา', period='ตลอดปีงบประมาณ 2570', mon='ผู้จัดการสาขาติดตามคำขอค้างเกินกำหนดทุกสัปดาห์ และรายงานเขตรายเดือน', outcome='ติดตั้งแล้วเสร็จตามมาตรฐานเวลา ไม่น้อยกว่าร้อยละ 95'),
 dict(no='3', title='ป้องกันการเรียกรับผลประโยชน์ในการอ่านมาตรวัดน้ำและการแก้ไขหนี้ค้างชำระ',
      steps=['หมุนเวียนเส้นทางการอ่านมาตรทุก 6 เดือน', 'สุ่มตรวจสอบการอ่านมาตรร้อยละ 2 ต่อเดือน', 'ให้ลูกค้าตรวจสอบหน่วยการใช้น้ำผ่านแอปพลิเคชัน'],
      resp='งานบริการลูกค้า', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานผลการสุ่มตรวจต่อผู้จัดการสาขาทุกเดือน', outcome='ไม่มีข้อร้องเรียนการเรียกรับผลประโยชน์'),
 dict(no='4', title='ส่งเสริมวัฒนธรรมสุจริตและการปฏิบัติตามจรรยาบรรณพนักงาน กปภ.',
      steps=['ประกาศเจตนารมณ์ไม่รับของขวัญ', 'จัดกิจกรรมทบทวนจรรยาบรรณในการประชุมประจำเดือน'],
      resp='ผู้จัดการสาขา', period='ต.ค. 2569 – มี.ค. 2570', mon='รายงานผลการดำเนินงานต่อกองจริยธรรมและธรรมาภิบาล', outcome='-'),
 dict(no='5', title='รับฟังความคิดเห็นและเผยแพร่ผลการจัดการเรื่องร้องเรียนของลูกค้า',
      steps=['รับเรื่องผ่านศูนย์ 1662 / หน้าสำนักงาน / Facebook', 'สรุปผลรายไตรมาส', 'เผยแพร่ผลบนเว็บไซต์สาขา'],
      resp='งานบริการลูกค้า', period='ทุกไตรมาส', mon='รายงานการประปาส่วนภูมิภาคเขต 3 รายไตรมาส', outcome='ลูกค้าได้รับแจ้งผลการแก้ไขภายใน 15 วัน'),
]
def e(s): return html.escape(s)
def build():
    rows = []
    for m in M:
        rows.append(f'<tr>\n<td class="text-center">{m["no"]}</td>\n<td>{e(m["title"])}</td>\n<td><ol class="mb-0">' + ''.join(f'<li>{e(s)}</li>' for s in m['steps']) +
                    f'</ol></td>\n<td>{e(m["resp"])}</td>\n<td>{e(m["period"])}</td>\n<td>{e(m["mon"])}</td>\n<td>{e(m["outcome"])}</td>\n</tr>')
    page = f'''<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570 | กปภ.สาขาแกลงทอง</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/themes/pwa2024/css/style.css?v=20260901" rel="stylesheet"></head>
<body class="page-ita">
<div class="topbar"><div class="container"><span>Call Center 1662</span> <span class="float-end"><a href="/en">EN</a> | <a href="/th">TH</a></span></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/themes/pwa2024/img/logo.svg" alt="การประปาส่วนภูมิภาค"></a>
<ul class="menu"><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับสาขา</a></li><li><a href="/services">บริการ</a></li><li class="active"><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อ</a></li></ul></div></header>
<section class="page-banner"><div class="container"><h2>การประเมินคุณธรรมและความโปร่งใส (ITA)</h2></div></section>
<div class="container content">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/ita">ITA</a></li><li class="breadcrumb-item active">o36</li></ol></nav>
<h1 class="page-title">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>
<p class="lead">การประปาส่วนภูมิภาคสาขาแกลงทอง การประปาส่วนภูมิภาคเขต 3</p>
<h3>1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h3>
<p>การประปาส่วนภูมิภาค (ประเมินในภาพรวมองค์กร) ได้คะแนน 95.12 คะแนน ผลการประเมิน ผ่าน ทั้งนี้ สาขาได้นำผลการประเมินและข้อเสนอแนะมาวิเคราะห์เพื่อกำหนดมาตรการในระดับสาขา</p>
<h3>2. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</h3>
<ol><li>การเปิดเผยข้อมูลการจัดซื้อจัดจ้างระดับสาขาให้เป็นปัจจุบัน</li><li>ความรวดเร็วและความโปร่งใสในการให้บริการติดตั้งประปาใหม่</li><li>การรับรู้ของลูกค้าเรื่องช่องทางร้องเรียนและผลการจัดการเรื่องร้องเรียน</li></ol>
<h3>3. มาตรการและแนวทางการดำเนินการ</h3>
<div class="table-responsive"><table class="table table-bordered table-sm">
<thead class="table-primary"><tr><th>ลำดับ</th><th>มาตรการ</th><th>แนวทางการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามและรายงานผล</th><th>ผลลัพธ์ที่คาดหวัง</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div>
<p class="text-end">ประกาศ ณ วันที่ 25 ตุลาคม 2569<br>นายวีระพงษ์ ชายทะเล<br>ผู้จัดการการประปาส่วนภูมิภาคสาขาแกลงทอง</p>
<p class="small text-muted">ปรับปรุงล่าสุด 25/10/2569 · ผู้เข้าชม 318 ครั้ง</p>
</div>
<footer class="footer"><div class="container">การประปาส่วนภูมิภาคสาขาแกลงทอง 88 ถนนสุขุมวิท ตำบลทางเกวียน อำเภอแกลงทอง จังหวัดระยองทอง 21110 โทร. 0 3867 1234</div></footer>
</body></html>
'''
    open(os.path.join(OUT, NAME + '.html'), 'w', encoding='utf-8').write(page)
    for m in M:
        m['label_no'] = m['no']
    write_truth(NAME, 'html', 'measures', 2570, AG, 'measure', M, sections={'weaknesses': 'missing', 'improvements': 'present'},
        problems=['analysis: no section on weaknesses to fix urgently (only "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น")'],
        notes='State-enterprise branch page (corporate CMS, Bootstrap): h1 title, ITA 2569 score is the whole PWA\'s 95.12 ผ่าน; ONLY the '
              '"ประเด็นที่จะต้องพัฒนาให้ดีขึ้น" section (<ol>) - no urgent-weakness section; 7-col thead table, steps as <ol>, own monitoring and '
              'expected-result columns. Measure 4 expected result "-".')
if __name__ == '__main__':
    build()
