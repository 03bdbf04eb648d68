# m02: โรงพยาบาลพนมไพรนคร — measures FY2570, hospital website (Bootstrap 4), only the weakness analysis
import html
from common import *

FN = 'm02_hosp_phanomphrai_measures_2570.html'
AG = 'โรงพยาบาลพนมไพรนคร'
TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
M = [
 dict(n='1', title='มาตรการเปิดเผยข้อมูลการจัดซื้อยา เวชภัณฑ์ และวัสดุการแพทย์',
      steps=['เผยแพร่แผนการจัดซื้อยาและเวชภัณฑ์ประจำปี', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) บนเว็บไซต์ภายในวันที่ 15 ของเดือนถัดไป', 'เผยแพร่ราคากลางงานจ้างก่อสร้าง'],
      period='ต.ค. 2569 – ก.ย. 2570', resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค / งานพัสดุ',
      mon='หัวหน้ากลุ่มงานบริหารทั่วไปตรวจสอบทุกเดือน รายงานคณะกรรมการบริหารโรงพยาบาล', oc='ข้อมูลการจัดซื้อจัดจ้างเป็นปัจจุบัน ครบ 12 เดือน'),
 dict(n='2', title='มาตรการป้องกันการรับผลประโยชน์จากบริษัทยาตามเกณฑ์จริยธรรมการส่งเสริมการขายยา',
      steps=['ประกาศแนวปฏิบัติการรับการสนับสนุนจากบริษัทยา', 'ให้ผู้แทนยาลงทะเบียนพบแพทย์/เภสัชกรผ่านงานเภสัชกรรม', 'รายงานการรับการสนับสนุนทุกครั้งตามแบบรายงาน'],
      period='ตลอดปีงบประมาณ 2570', resp='คณะกรรมการเภสัชกรรมและการบำบัด (PTC)',
      mon='สรุปรายงานการรับสนับสนุนเสนอผู้อำนวยการทุกไตรมาส และรายงาน สสจ. รอบ 6 เดือน', oc='ไม่พบการรับประโยชน์ที่ขัดต่อเกณฑ์จริยธรรม'),
 dict(n='3', title='มาตรการให้บริการผู้ป่วยตามลำดับคิวอย่างเท่าเทียม ไม่เลือกปฏิบัติ',
      steps=['ขยายระบบจองคิวออนไลน์ผ่าน Line OA "หมอพนมไพร"', 'แสดงลำดับคิวบนจอ ณ จุดรอตรวจทุกแผนก', 'สุ่มสำรวจความเห็นผู้รับบริการเรื่องความเป็นธรรม'],
      period='พ.ย. 2569 – มิ.ย. 2570', resp='กลุ่มงานการพยาบาลผู้ป่วยนอก / ศูนย์เทคโนโลยีสารสนเทศ',
      mon='ติดตามระยะเวลารอคอยจากระบบ HOSxP ทุกเดือน', oc='ผู้รับบริการเห็นว่าได้รับบริการอย่างเท่าเทียม ไม่น้อยกว่าร้อยละ 90'),
 dict(n='4', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและพฤติกรรมบริการ',
      steps=['ทบทวนคู่มือการจัดการเรื่องร้องเรียน', 'รับเรื่องผ่านตู้รับความคิดเห็น โทรศัพท์ และเว็บไซต์', 'แจ้งผลแก่ผู้ร้องภายใน 15 วันทำการ'],
      period='ต.ค. 2569 – ก.ย. 2570', resp='-',
      mon='รายงานสรุปเรื่องร้องเรียนในการประชุมคณะกรรมการบริหารโรงพยาบาลทุกเดือน', oc='เรื่องร้องเรียนได้รับการจัดการภายในกำหนด ร้อยละ 100'),
 dict(n='5', title='มาตรการควบคุมการใช้รถพยาบาลและทรัพย์สินของโรงพยาบาล',
      steps=['ติดตั้ง GPS และบันทึกการใช้รถทุกเที่ยว', 'กำหนดผู้อนุมัติการใช้รถนอกเวลาราชการ'],
      period='ธ.ค. 2569 – ก.ย. 2570', resp='งานยานพาหนะ กลุ่มงานบริหารทั่วไป',
      mon='หัวหน้างานยานพาหนะตรวจสอบข้อมูล GPS เทียบสมุดบันทึกทุกสัปดาห์ และรายงานทุกเดือน', oc='ไม่พบการใช้รถพยาบาลนอกภารกิจ'),
]

def cell(v):
    ls = lines(v)
    if len(ls) > 1:
        return '<ol class="mb-0 pl-3">' + ''.join('<li>%s</li>' % html.escape(x) for x in ls) + '</ol>'
    return html.escape(ls[0])

def build():
    rows = '\n'.join('<tr><th scope="row" class="text-center">%s</th>%s</tr>' % (m['n'], ''.join('<td>%s</td>' % cell(v) for v in
                     [m['title'], m['steps'], m['period'], m['resp'], m['mon'], m['oc']])) for m in M)
    page = f'''<!doctype html>
<html lang="th">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
  <link rel="stylesheet" href="https://www.phanomphrainakhon-hosp.go.th/assets/vendor/bootstrap-4.6.2/css/bootstrap.min.css">
  <link rel="stylesheet" href="https://www.phanomphrainakhon-hosp.go.th/assets/css/hosp.css">
  <title>{html.escape(TITLE)} - {AG}</title>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-success">
  <a class="navbar-brand" href="/"><img src="/assets/img/moph-logo.png" height="40" alt=""> {AG}</a>
  <div class="collapse navbar-collapse"><ul class="navbar-nav ml-auto">
    <li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li>
    <li class="nav-item"><a class="nav-link" href="/service">บริการผู้ป่วย</a></li>
    <li class="nav-item"><a class="nav-link" href="/procurement">จัดซื้อจัดจ้าง</a></li>
    <li class="nav-item active"><a class="nav-link" href="/ita">ITA / MOIT</a></li>
    <li class="nav-item"><a class="nav-link" href="/contact">ติดต่อ</a></li>
  </ul></div>
</nav>
<div class="container my-4">
  <div class="card">
    <div class="card-header bg-light"><i class="fa fa-file-text-o"></i> MOIT 16 / EB … มาตรการส่งเสริมคุณธรรมและความโปร่งใส</div>
    <div class="card-body">
      <h3 class="text-center text-success">{html.escape(TITLE)}</h3>
      <h4 class="text-center">{AG} จังหวัดพนมไพร</h4>
      <h5 class="mt-4">1. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569</h5>
      <p>โรงพยาบาลพนมไพรนครได้รับการประเมินคุณธรรมและความโปร่งใส (ITA) ตามเกณฑ์ของกระทรวงสาธารณสุข ประจำปีงบประมาณ พ.ศ. 2569
      ได้คะแนน 93.17 คะแนน ผ่านเกณฑ์การประเมิน จากการวิเคราะห์ผลการประเมินรายข้อ พบประเด็นดังนี้</p>
      <h5>2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</h5>
      <ol>
        <li>การเผยแพร่ผลการจัดซื้อจัดจ้างรายเดือนล่าช้ากว่ากำหนด 3 เดือน (ธ.ค. 2568, เม.ย. และ ก.ค. 2569)</li>
        <li>ผู้รับบริการบางส่วนเห็นว่าการให้บริการตามลำดับคิวยังไม่เป็นธรรม (ข้อ EB คุณภาพการดำเนินงาน)</li>
        <li>ยังไม่มีระบบควบคุมการใช้รถพยาบาลนอกเวลาราชการที่ตรวจสอบได้</li>
      </ol>
      <h5>3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h5>
      <div class="table-responsive">
      <table class="table table-bordered table-sm">
        <caption>ตารางที่ 1 มาตรการส่งเสริมคุณธรรมและความโปร่งใส โรงพยาบาลพนมไพรนคร ปีงบประมาณ 2570</caption>
        <colgroup><col style="width:5%"><col style="width:18%"><col style="width:27%"><col style="width:11%"><col style="width:13%"><col style="width:14%"><col style="width:12%"></colgroup>
        <thead class="thead-light"><tr><th>ลำดับ</th><th>มาตรการ</th><th>แนวทางการดำเนินการ</th><th>ระยะเวลา</th><th>ผู้รับผิดชอบ</th><th>การกำกับติดตาม</th><th>ตัวชี้วัดความสำเร็จ</th></tr></thead>
        <tbody>
{rows}
        </tbody>
      </table>
      </div>
      <p class="mt-3">ประกาศ ณ วันที่ 20 ตุลาคม 2569</p>
      <p class="text-right">นายแพทย์กิตติศักดิ์ วงศ์ภักดี<br>ผู้อำนวยการโรงพยาบาลพนมไพรนคร</p>
    </div>
    <div class="card-footer text-muted small">ปรับปรุงล่าสุด 21/10/2569 09:42 | ผู้ดูแล: ศูนย์เทคโนโลยีสารสนเทศ</div>
  </div>
</div>
<footer class="bg-dark text-white-50 py-3 text-center small">โรงพยาบาลพนมไพรนคร 88 หมู่ 5 ถนนแจ้งสนิท ตำบลพนมไพร โทร 0 4359 1xxx</footer>
<script src="/assets/vendor/jquery/jquery-3.6.0.min.js"></script>
</body>
</html>
'''
    write(FN, page)
    write_truth(FN, 'measures', 2570, AG, 'measure', M,
        ['analysis: the issues-to-improve section (ประเด็นที่จะต้องพัฒนาให้ดีขึ้น) is missing - only the urgent weaknesses are given',
         'measure 4: responsible is \'-\''],
        'Provincial hospital measures on a Bootstrap 4 hospital site (navbar, card, caption, colgroup); numbers in <th scope="row">; '
        'steps as <ol> in cells; own monitoring (การกำกับติดตาม) and indicator (ตัวชี้วัดความสำเร็จ = outcome) columns. ITA 2569 93.17 (MOPH '
        'criteria). Only the weakness analysis; improvements missing. Output never stated (measures). Unit = measure.',
        sections={'weaknesses': 'present', 'improvements': 'missing'})

if __name__ == '__main__':
    build()
