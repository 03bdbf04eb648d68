"""r03: community hospital results FY2569 - hospital website page (Bootstrap 3), two-row header, COMPLETE."""
import html
from common import *
NAME = 'r03_hosp_danmakhamtai_results_2569.html'
AG = 'โรงพยาบาลด่านมะขามใต้'
M = [
 dict(num='1', title='มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างยาและเวชภัณฑ์',
      steps=['จัดทำแผนจัดซื้อยาและเวชภัณฑ์ประจำปี', 'เผยแพร่ประกาศและผลการจัดซื้อทุกเดือนบนเว็บไซต์โรงพยาบาล'],
      resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค / งานพัสดุ', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานคณะกรรมการบริหารโรงพยาบาลทุกเดือน',
      output='เผยแพร่แผนจัดซื้อ 1 ฉบับ และสรุปผลการจัดซื้อ 12 เดือน', outcome='ข้อมูลการจัดซื้อเป็นปัจจุบัน ไม่มีข้อทักท้วงจาก สตง.'),
 dict(num='2', title='มาตรการป้องกันการรับผลประโยชน์จากผู้แทนบริษัทยา',
      steps=['กำหนดวันและเวลาให้ผู้แทนบริษัทยาเข้าพบ', 'ให้บุคลากรรายงานการรับของขวัญตามเกณฑ์จริยธรรมฯ'],
      resp='คณะกรรมการเภสัชกรรมและการบำบัด (PTC)', period='ต.ค. 2568 – ก.ย. 2569', mon='PTC ทบทวนทะเบียนการเข้าพบทุกไตรมาส และรายงานผู้อำนวยการ',
      output='ผู้แทนบริษัทยาเข้าพบตามตาราง 52 ครั้ง บุคลากรรายงานการรับของขวัญ 3 ราย', outcome='ไม่พบการรับประโยชน์เกินเกณฑ์จริยธรรมการจัดซื้อยา'),
 dict(num='3', title='มาตรการให้บริการผู้ป่วยอย่างเท่าเทียม ไม่เลือกปฏิบัติ',
      steps=['ใช้ระบบบัตรคิวอัตโนมัติที่จุดซักประวัติ OPD', 'ติดประกาศ "โรงพยาบาลไม่รับสิ่งตอบแทนเพื่อลัดคิว"'],
      resp='กลุ่มงานการพยาบาล (งานผู้ป่วยนอก)', period='ม.ค. – ก.ย. 2569', mon='สำรวจความพึงพอใจผู้รับบริการรายไตรมาส รายงานทีมนำคุณภาพ',
      output='ใช้ระบบคิวครบทุกจุดบริการ OPD ผู้รับบริการเฉลี่ย 310 รายต่อวัน', outcome='ความพึงพอใจด้านความเป็นธรรมในการรับบริการ ร้อยละ 92.6'),
 dict(num='4', title='มาตรการจัดการเรื่องร้องเรียนและแจ้งเบาะแสการทุจริต',
      steps=['รับเรื่องผ่านตู้รับความคิดเห็น โทรศัพท์ และ LINE OA', 'แจ้งผลการดำเนินการแก่ผู้ร้องภายใน 15 วันทำการ'],
      resp='งานประกันคุณภาพและบริหารความเสี่ยง', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปเรื่องร้องเรียนรายงานสำนักงานสาธารณสุขจังหวัดทุก 6 เดือน',
      output='รับเรื่อง 14 เรื่อง (การทุจริต 0 เรื่อง) ดำเนินการแล้วเสร็จ 14 เรื่อง', outcome='แจ้งผลแก่ผู้ร้องภายในกำหนดทุกเรื่อง'),
 dict(num='5', title='มาตรการส่งเสริมคุณธรรมและจริยธรรมของบุคลากร',
      steps=['จัดอบรม "MOPH ใสสะอาด" ปีละ 1 ครั้ง', 'คัดเลือกบุคลากรต้นแบบด้านคุณธรรม'],
      resp='กลุ่มงานบริหารทั่วไป (งานทรัพยากรบุคคล)', period='ก.พ. – มิ.ย. 2569', mon='รายงานผลการอบรมต่อคณะกรรมการ ITA ของโรงพยาบาล',
      output='บุคลากรเข้าอบรม 168 คน จาก 181 คน (ร้อยละ 92.8)', outcome='บุคลากรต้นแบบ 4 คน ได้รับการยกย่องในวันสถาปนา สสจ.'),
 dict(num='6', title='มาตรการใช้ทรัพย์สินของทางราชการ (รถพยาบาลและรถตู้)',
      steps=['ขออนุญาตใช้รถผ่านแบบฟอร์มออนไลน์', 'บันทึกการใช้รถ เลขไมล์ และน้ำมันเชื้อเพลิง'],
      resp='งานยานพาหนะ กลุ่มงานบริหารทั่วไป', period='ต.ค. 2568 – ก.ย. 2569', mon='หัวหน้ากลุ่มงานบริหารทั่วไปตรวจสมุดบันทึกทุกสิ้นเดือน และรายงานผู้อำนวยการ',
      output='บันทึกการใช้รถครบทุกครั้ง 1,126 เที่ยว', outcome='ค่าน้ำมันเชื้อเพลิงต่อกิโลเมตรลดลงร้อยละ 6 เมื่อเทียบกับปี 2568'),
]
def build():
    e = html.escape
    rows = []
    for m in M:
        ol = '<ol class="steps">' + ''.join(f'<li>{e(x)}</li>' for x in m['steps']) + '</ol>'
        rows.append(f'''        <tr>
          <td class="text-center">{m['num']}</td>
          <td>{e(m['title'])}</td>
          <td>{ol}</td>
          <td>{e(m['resp'])}</td>
          <td class="text-center">{e(m['period'])}</td>
          <td>{e(m['mon'])}</td>
          <td>{e(m['output'])}</td>
          <td>{e(m['outcome'])}</td>
        </tr>''')
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2569 | {AG}</title>
<link rel="stylesheet" href="/assets/bootstrap/3.4.1/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/hospital.css">
<style>
 .ita-table th {{ background:#0b7a4b; color:#fff; vertical-align:middle !important; text-align:center; }}
 .ita-table td {{ font-size:15px; }}
 ol.steps {{ padding-left:18px; margin:0; }}
</style>
</head>
<body>
<div class="topbar"><div class="container"><span class="glyphicon glyphicon-earphone"></span> 0-3465-1234 ต่อ 101 &nbsp; | &nbsp; อีเมล saraban.dmkt@moph.go.th</div></div>
<nav class="navbar navbar-default navbar-static-top">
  <div class="container">
    <div class="navbar-header"><a class="navbar-brand" href="/"><img src="/images/logo-moph.png" alt="โลโก้กระทรวงสาธารณสุข" height="40"> {AG}</a></div>
    <ul class="nav navbar-nav navbar-right">
      <li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li><a href="/service">บริการผู้ป่วย</a></li>
      <li class="active"><a href="/ita">ITA / MOIT</a></li><li><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li><a href="/contact">ติดต่อเรา</a></li>
    </ul>
  </div>
</nav>
<div class="container">
  <ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="/ita">ITA ปี 2570</a></li><li class="active">MOIT 22</li></ol>
  <div class="row">
    <div class="col-md-12">
      <div class="panel panel-success">
        <div class="panel-heading"><h3 class="panel-title">MOIT 22 หน่วยงานมีรายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส</h3></div>
        <div class="panel-body">
          <h2 class="text-center">รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน<br>ประจำปีงบประมาณ พ.ศ. 2569</h2>
          <h4 class="text-center">{AG} อำเภอด่านมะขามใต้ จังหวัดกาญจนนที</h4>
          <p>&emsp;&emsp;ตามที่โรงพยาบาลด่านมะขามใต้ได้รับการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ตามเกณฑ์ MOIT ของกระทรวงสาธารณสุข ปีงบประมาณ พ.ศ. 2568 ได้คะแนน 94.20 คะแนน และได้นำผลการประเมินมากำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส 6 มาตรการ ในปีงบประมาณ พ.ศ. 2569 นั้น โรงพยาบาลขอรายงานผลการดำเนินการ ดังนี้</p>
          <div class="table-responsive">
          <table class="table table-bordered ita-table">
            <thead>
              <tr>
                <th rowspan="2" style="width:4%">ที่</th>
                <th rowspan="2" style="width:14%">มาตรการ</th>
                <th rowspan="2" style="width:18%">ขั้นตอน/วิธีการดำเนินการ</th>
                <th rowspan="2" style="width:11%">ผู้รับผิดชอบ</th>
                <th rowspan="2" style="width:9%">ระยะเวลา</th>
                <th rowspan="2" style="width:13%">การกำกับติดตาม</th>
                <th colspan="2">ผลการดำเนินงาน</th>
              </tr>
              <tr><th style="width:16%">ผลผลิต (Output)</th><th style="width:15%">ผลลัพธ์ (Outcome)</th></tr>
            </thead>
            <tbody>
{chr(10).join(rows)}
            </tbody>
          </table>
          </div>
          <p>&emsp;&emsp;ทั้งนี้ โรงพยาบาลจะนำผลการดำเนินการข้างต้นไปใช้ประกอบการจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570 ต่อไป</p>
          <p class="text-right">ผู้รายงาน นางสาวพรทิพย์ แก้วไทรโยค<br>นักจัดการงานทั่วไปชำนาญการ</p>
          <p class="text-right">ผู้อนุมัติ นายแพทย์ชาญวิทย์ ลิ้นจี่ทอง<br>ผู้อำนวยการโรงพยาบาลด่านมะขามใต้<br>วันที่ 16 ตุลาคม 2569</p>
        </div>
        <div class="panel-footer small">โพสต์เมื่อ 16 ต.ค. 2569 | เข้าชม 87 ครั้ง | หมวด: ITA / MOIT</div>
      </div>
    </div>
  </div>
</div>
<footer class="footer"><div class="container"><p>{AG} 99 หมู่ 3 ตำบลด่านมะขามใต้ อำเภอด่านมะขามใต้ จังหวัดกาญจนนที 71260</p><p>&copy; 2569 งานเทคโนโลยีสารสนเทศ</p></div></footer>
<script src="/assets/jquery/jquery-1.12.4.min.js"></script><script src="/assets/bootstrap/3.4.1/js/bootstrap.min.js"></script>
</body>
</html>
'''
    write(NAME, page)
    write_truth(NAME, 'results', 2569, AG, 'measure', M, [],
        'Ordinary community-hospital page (Bootstrap 3 panel under MOIT 22): top bar, navbar, breadcrumb, panel footer with post meta; two-row header (rowspan=2 cells + "ผลการดำเนินงาน" colspan=2 over ผลผลิต (Output) / ผลลัพธ์ (Outcome)) in <thead>; steps as <ol> in cells; own การกำกับติดตาม column. Score is the MOPH MOIT/ITA 2568 94.20 (no band). Unit = measure. COMPLETE.')
if __name__ == '__main__':
    build()
