# r03: port branch of a state enterprise, results FY2569, HTML saved from an e-report WEB FORM (values in input/textarea/select)
import html
from common import *
NAME = 'r03_port_laemthongburapha_results_2569'
AG = 'ท่าเรือแหลมทองบูรพา การท่าเรือภาคตะวันออก'
UNITS = ['-- เลือกหน่วยงาน --', 'แผนกบริหารงานทั่วไป', 'แผนกพัสดุและสัญญา', 'แผนกการเงินและบัญชี', 'แผนกปฏิบัติการท่า', 'แผนกความปลอดภัยและสิ่งแวดล้อม', 'ส่วนสื่อสารองค์กร']
M = [
 dict(no='1', title='เปิดเผยข้อมูลสัญญาเช่าพื้นที่และอัตราค่าภาระท่าเรือบนเว็บไซต์',
      steps='1) รวบรวมสัญญาเช่าพื้นที่ที่มีผลในปีงบประมาณ\n2) ตรวจทานข้อมูลส่วนบุคคลก่อนเผยแพร่\n3) เผยแพร่บนหน้า "ข้อมูลสาธารณะ" ของเว็บไซต์',
      resp='แผนกพัสดุและสัญญา', period='1 ต.ค. 2568 - 31 มี.ค. 2569', status=2,
      mon='ผู้อำนวยการท่าเรือติดตามในการประชุมประจำเดือน และรายงานฝ่ายกำกับดูแลองค์กรทุกไตรมาส',
      output='เผยแพร่สัญญาเช่า 37 ฉบับ และประกาศอัตราค่าภาระปี 2569',
      outcome='ผู้ประกอบการเข้าถึงข้อมูลอัตราค่าภาระได้เอง ข้อหารือเรื่องค่าภาระลดลงร้อยละ 40'),
 dict(no='2', title='ใช้ระบบคิวอิเล็กทรอนิกส์สำหรับการเข้าเทียบท่า (Berth Allocation) แทนการจัดคิวด้วยเจ้าหน้าที่',
      steps='1) กำหนดหลักเกณฑ์ลำดับคิวเป็นลายลักษณ์อักษร\n2) เปิดใช้ระบบจองท่าเทียบเรือออนไลน์\n3) ประกาศผลการจัดคิวรายสัปดาห์',
      resp='แผนกปฏิบัติการท่า', period='ม.ค. - ก.ย. 2569', status=2,
      mon='รายงานผลการจัดคิวและข้อร้องเรียนต่อผู้อำนวยการท่าเรือทุกเดือน',
      output='จัดคิวผ่านระบบ 1,126 เที่ยวเรือ',
      outcome='ไม่มีข้อร้องเรียนเรื่องการลัดคิวตลอดปี'),
 dict(no='3', title='ส่งเสริมการปฏิบัติตามประมวลจริยธรรมพนักงานและการไม่รับของขวัญจากผู้ใช้บริการท่าเรือ',
      steps='1) ประกาศนโยบาย No Gift Policy\n2) จัดทำทะเบียนการรับ-ให้ของขวัญ\n3) สื่อสารถึงผู้ใช้บริการทางหนังสือเวียน',
      resp='', period='ต.ค. 2568 - ก.ย. 2569', status=2,
      mon='สรุปทะเบียนการรับของขวัญรายงานคณะกรรมการจริยธรรมทุก 6 เดือน',
      output='ประกาศนโยบายแล้ว แจ้งผู้ใช้บริการ 112 ราย',
      outcome='ไม่พบการรับของขวัญเกินกว่าที่ระเบียบกำหนด'),
 dict(no='4', title='ประเมินความเสี่ยงการทุจริตในกระบวนการตรวจรับสินค้าและออกใบเสร็จค่าภาระ',
      steps='1) ระบุความเสี่ยงในกระบวนการตรวจรับและรับชำระเงิน\n2) กำหนดมาตรการควบคุม เช่น แยกหน้าที่ผู้ตรวจรับและผู้รับเงิน\n3) สุ่มตรวจใบเสร็จรายเดือน',
      resp='แผนกการเงินและบัญชี', period='ก.พ. - ส.ค. 2569', status=1,
      mon='รายงานผลการสุ่มตรวจต่อผู้อำนวยการท่าเรือรายไตรมาส',
      output='ระบุความเสี่ยงแล้ว 5 ประเด็น มีมาตรการควบคุมครบ สุ่มตรวจแล้ว 6 เดือน',
      outcome='ยังไม่พบความผิดปกติจากการสุ่มตรวจ'),
 dict(no='5', title='สำรวจความพึงพอใจของผู้ใช้บริการท่าเรือและเผยแพร่ผลการสำรวจ',
      steps='1) จัดทำแบบสำรวจออนไลน์\n2) วิเคราะห์ผลและเสนอแนวทางปรับปรุง',
      resp='ส่วนสื่อสารองค์กร', period='ก.ค. - ส.ค. 2569', status=2,
      mon='เสนอผลการสำรวจต่อที่ประชุมผู้บริหาร',
      output='มีผู้ตอบแบบสำรวจ 284 ราย',
      outcome=''),
]
STATUS = ['ไม่สามารถดำเนินการได้', 'อยู่ระหว่างดำเนินการ', 'ดำเนินการแล้วเสร็จ']
def e(s): return html.escape(s, quote=True)
def build():
    o = []
    o.append('''<!DOCTYPE html>
<!-- saved from url=(0067)https://ereport.eastport.co.th/ita/form/result?fy=2569&branch=LTB -->
<html lang="th"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>e-Report ITA :: แบบรายงานผลการดำเนินการ ปีงบประมาณ 2569</title>
<link rel="stylesheet" href="./แบบรายงานผล_files/bootstrap.min.css">
<style>body{font-family:"Sarabun",sans-serif;background:#eef2f6} fieldset{background:#fff;border:1px solid #c9d3df;border-radius:6px;padding:12px 18px;margin-bottom:18px}
legend{font-weight:700;color:#0b4a8b;font-size:1.05rem;width:auto;padding:0 6px} label{font-weight:600;display:block;margin-top:8px} textarea,input[type=text],select{width:100%}</style>
</head><body>
<nav class="navbar navbar-dark" style="background:#0b4a8b"><a class="navbar-brand" href="https://ereport.eastport.co.th/ita/">e-Report ITA</a>
<span class="navbar-text">ผู้ใช้: ltb_admin01 (ท่าเรือแหลมทองบูรพา) | <a href="https://ereport.eastport.co.th/logout">ออกจากระบบ</a></span></nav>
<div class="container my-3">
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="https://ereport.eastport.co.th/ita/">หน้าหลัก</a></li><li class="breadcrumb-item">ITA 2570</li><li class="breadcrumb-item active">o12 รายงานผลการดำเนินการ</li></ol>
<form id="frmResult" method="post" action="https://ereport.eastport.co.th/ita/form/result/save">
<input type="hidden" name="_token" value="Jx8kq2vT0aW3mZ5Lr9YbC1dE">
<input type="hidden" name="branch" value="LTB">
<h4 class="text-center">รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h4>
<div class="row mb-2"><div class="col-md-6"><label for="agency">หน่วยงาน</label>
<input type="text" id="agency" name="agency" class="form-control" value="ท่าเรือแหลมทองบูรพา การท่าเรือภาคตะวันออก" readonly></div>
<div class="col-md-3"><label for="fy">ปีงบประมาณ พ.ศ.</label><select id="fy" name="fy" class="form-control"><option value="2568">2568</option><option value="2569" selected="selected">2569</option><option value="2570">2570</option></select></div>
<div class="col-md-3"><label for="score">ผลคะแนน ITA ปีที่ผ่านมา</label><input type="text" id="score" name="score" class="form-control" value="91.08 (ผ่าน)"></div></div>
<label for="intro">คำชี้แจง</label>
<textarea id="intro" name="intro" class="form-control" rows="3">ท่าเรือแหลมทองบูรพาได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 5 มาตรการ โดยมีผลการดำเนินการตามรายละเอียดด้านล่าง</textarea>
<hr>
''')
    for i, m in enumerate(M, 1):
        o.append(f'<fieldset id="m{i}"><legend>มาตรการที่ {i}</legend>\n')
        o.append(f'<label for="m{i}_title">ชื่อมาตรการ/กิจกรรม</label><input type="text" class="form-control" id="m{i}_title" name="measure[{i}][title]" value="{e(m["title"])}">\n')
        o.append(f'<label for="m{i}_steps">ขั้นตอน/วิธีการดำเนินการ</label><textarea class="form-control" id="m{i}_steps" name="measure[{i}][steps]" rows="3">{e(m["steps"])}</textarea>\n')
        o.append(f'<div class="row"><div class="col-md-6"><label for="m{i}_unit">หน่วยงานผู้รับผิดชอบ</label><select class="form-control" id="m{i}_unit" name="measure[{i}][unit]">')
        for j, u in enumerate(UNITS):
            sel = ' selected="selected"' if (u == m['resp'] or (not m['resp'] and j == 0)) else ''
            o.append(f'<option value="{j if j else ""}"{sel}>{e(u)}</option>')
        o.append('</select></div>\n')
        o.append(f'<div class="col-md-6"><label for="m{i}_period">ระยะเวลาดำเนินการ</label><input type="text" class="form-control" id="m{i}_period" name="measure[{i}][period]" value="{e(m["period"])}"></div></div>\n')
        o.append(f'<label>สถานะการดำเนินการ</label><div class="form-check-inline">')
        for j, s in enumerate(STATUS):
            chk = ' checked="checked"' if j == m['status'] else ''
            o.append(f'<input class="form-check-input" type="radio" name="measure[{i}][status]" id="m{i}_s{j}" value="{j}"{chk}><label class="form-check-label mr-3" for="m{i}_s{j}">{s}</label>')
        o.append('</div>\n')
        o.append(f'<label for="m{i}_output">ผลการดำเนินการ (Output)</label><textarea class="form-control" id="m{i}_output" name="measure[{i}][output]" rows="2">{e(m["output"])}</textarea>\n')
        o.append(f'<label for="m{i}_outcome">ผลลัพธ์/ความสำเร็จ (Outcome)</label><textarea class="form-control" id="m{i}_outcome" name="measure[{i}][outcome]" rows="2">{e(m["outcome"])}</textarea>\n')
        o.append(f'<label for="m{i}_mon">การติดตามและรายงานผล</label><textarea class="form-control" id="m{i}_mon" name="measure[{i}][monitor]" rows="2">{e(m["mon"])}</textarea>\n')
        o.append('</fieldset>\n')
    o.append('''<div class="row"><div class="col-md-6"><label for="reporter">ผู้รายงาน</label><input type="text" class="form-control" id="reporter" name="reporter" value="นางสาวกนกพร แสงอรุณ หัวหน้าแผนกบริหารงานทั่วไป"></div>
<div class="col-md-6"><label for="approver">ผู้อนุมัติ</label><input type="text" class="form-control" id="approver" name="approver" value="นายอนุชา วงศ์ทะเล ผู้อำนวยการท่าเรือแหลมทองบูรพา"></div></div>
<div class="my-3"><button type="submit" class="btn btn-primary">บันทึก</button> <button type="button" class="btn btn-secondary" onclick="window.print()">พิมพ์</button> <span class="text-muted">บันทึกล่าสุด 14/10/2569 16:42</span></div>
</form></div>
<footer class="text-center text-muted small py-3">© 2569 การท่าเรือภาคตะวันออก · ระบบ e-Report ITA v2.3</footer>
<script src="./แบบรายงานผล_files/jquery.min.js"></script><script src="./แบบรายงานผล_files/bootstrap.bundle.min.js"></script>
</body></html>
''')
    open(os.path.join(OUT, NAME + '.html'), 'w', encoding='utf-8').write(''.join(o))
    for m in M:
        m['label_no'] = m['no']
        m['steps'] = m['steps']
    write_truth(NAME, 'html', 'results', 2569, AG, 'measure', M,
        problems=['responsible: measure 3 select left at "-- เลือกหน่วยงาน --" (nothing chosen)'.replace('responsible: ', '')],
        notes='NEW FORM: a page saved from the agency\'s e-Report WEB FORM ("Save page as", saved-from-url comment): no table; every value is '
              'the value="" of an <input>, the text of a <textarea> or the selected <option> of a <select>; status as three radio buttons '
              '(exactly one checked for every measure; measure 4 checked "อยู่ระหว่างดำเนินการ" and has an output text); one <fieldset> + <legend> '
              '"มาตรการที่ n" per measure. The fiscal year is the selected option 2569 of the ปีงบประมาณ select (title itself has no year). '
              'Measure 3: responsible select still on the placeholder option "-- เลือกหน่วยงาน --" (missing); measure 5: outcome textarea '
              'empty. Hidden inputs (_token, branch) are not content. Previous ITA score "91.08 (ผ่าน)" in an input.')
if __name__ == '__main__':
    build()
