"""r06: วิทยาลัยพยาบาลบรมราชชนนี ธารอุดม results FY2568 - the print view of an internal plan-monitoring web system
(PHP + Bootstrap): toolbar and navbar marked no-print, status summary table, then an 8-column report table with a
STATUS column of words shown as Bootstrap badges ('ดำเนินการแล้ว' / 'อยู่ระหว่างดำเนินการ'), one status not set.
Steps as <ol> in cells; monitoring only where a step reports."""
import html as H
from common import *

NAME = 'r06_bcn_thanudom_results_2568'
AG = 'วิทยาลัยพยาบาลบรมราชชนนี ธารอุดม'
TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'
HDR = ['ลำดับ', 'มาตรการ/โครงการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'สถานะ', 'ผลการดำเนินงาน',
       'ผลลัพธ์/ความสำเร็จ']
DONE, DOING = 'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ'
# no, title, steps(list), responsible, period, status, output, outcome
ROWS = [
    ('1', 'มาตรการเปิดเผยข้อมูลสาธารณะของวิทยาลัยตามเกณฑ์การประเมิน OIT',
     ['แต่งตั้งผู้รับผิดชอบข้อมูลรายข้อตามแบบ OIT',
      'ตรวจสอบความครบถ้วนและความเป็นปัจจุบันของข้อมูลบนเว็บไซต์ทุกเดือน',
      'รายงานความก้าวหน้าต่อคณะกรรมการบริหารวิทยาลัยทุกไตรมาส'],
     'งานประชาสัมพันธ์และเทคโนโลยีสารสนเทศ', 'ต.ค. 67 – ก.ย. 68', DONE,
     'เผยแพร่ข้อมูลบนเว็บไซต์วิทยาลัยครบ 33 ข้อตามแบบ OIT ปรับปรุงข้อมูลทุกเดือน รวม 12 ครั้ง',
     'ผลการตรวจ OIT ของวิทยาลัยผ่านทุกข้อ ผู้รับบริการและผู้มีส่วนได้ส่วนเสียเข้าถึงข้อมูลได้สะดวก'),
    ('2', 'มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน',
     ['จัดทำแนวปฏิบัติการยืม-คืนพัสดุ ครุภัณฑ์ และการใช้รถราชการ',
      'ขออนุญาตใช้รถราชการผ่านระบบ e-Car เท่านั้น',
      'ประชาสัมพันธ์แนวปฏิบัติให้บุคลากรทราบทางอีเมลและที่ประชุมประจำเดือน'],
     'งานบริหารทั่วไป (งานพัสดุและยานพาหนะ)', 'ต.ค. 67 – ก.ย. 68', DONE,
     '',
     'ไม่พบการนำทรัพย์สินของราชการไปใช้เพื่อประโยชน์ส่วนตน'),
    ('3', 'มาตรการเปิดเผยและตรวจสอบได้ในการจัดซื้อจัดจ้าง',
     ['ประกาศแผนการจัดซื้อจัดจ้างประจำปีภายในเดือนพฤศจิกายน',
      'เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)',
      'สรุปผลการจัดซื้อจัดจ้างเสนอผู้อำนวยการทุกเดือน และรายงานสถาบันพระบรมราชชนกรายไตรมาส'],
     'งานพัสดุ', 'ต.ค. 67 – ก.ย. 68', DONE,
     'ประกาศแผนการจัดซื้อจัดจ้าง 1 ฉบับ (12 พ.ย. 2567) เผยแพร่ สขร.1 ครบ 12 เดือน รวม 84 รายการ',
     'การจัดซื้อจัดจ้างเป็นไปตามระเบียบ ไม่มีข้อร้องเรียนหรือการอุทธรณ์จากผู้ค้า'),
    ('4', 'มาตรการส่งเสริมความโปร่งใสในการวัดและประเมินผลการศึกษาของนักศึกษา',
     ['ประกาศเกณฑ์การวัดและประเมินผลทุกรายวิชาในสัปดาห์แรกของภาคการศึกษา',
      'ให้คณะกรรมการบริหารหลักสูตรทวนสอบผลสัมฤทธิ์ของนักศึกษา',
      'เปิดช่องทางให้นักศึกษายื่นคำร้องขอทบทวนผลการเรียนผ่านระบบทะเบียน'],
     'งานวิชาการ / คณะกรรมการบริหารหลักสูตร', 'ภาคการศึกษาที่ 2/2567 – ภาคการศึกษาที่ 1/2568', DOING,
     'ประกาศเกณฑ์การวัดและประเมินผลครบ 42 รายวิชา ทวนสอบผลสัมฤทธิ์แล้ว 28 รายวิชา',
     'อยู่ระหว่างดำเนินการ'),
    ('5', 'มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดการฝึกปฏิบัติงานของนักศึกษาในแหล่งฝึก',
     ['อาจารย์นิเทศลงนามในแบบแสดงความบริสุทธิ์ใจก่อนการนิเทศทุกภาคการศึกษา',
      'งดรับของขวัญหรือประโยชน์อื่นใดจากแหล่งฝึกและนักศึกษา',
      'สรุปผลการนิเทศและรายงานรองผู้อำนวยการกลุ่มงานวิชาการทุกภาคการศึกษา'],
     '', 'ต.ค. 67 – ก.ย. 68', DONE,
     'อาจารย์นิเทศ 38 คน ลงนามแบบแสดงความบริสุทธิ์ใจครบทุกคน นิเทศนักศึกษาในแหล่งฝึก 11 แห่ง',
     'ไม่พบกรณีผลประโยชน์ทับซ้อนในการประเมินผลการฝึกปฏิบัติ'),
    ('6', 'โครงการส่งเสริมวัฒนธรรมองค์กร “วพบ.ธารอุดม โปร่งใส ไม่รับ ไม่ให้”',
     ['จัดกิจกรรมประกาศเจตนารมณ์การต่อต้านการทุจริตของผู้บริหาร อาจารย์ บุคลากร และนักศึกษา',
      'อบรมให้ความรู้เรื่องการป้องกันการทุจริตและผลประโยชน์ทับซ้อน'],
     'งานบริหารงานบุคคล / สโมสรนักศึกษา', '-', DONE,
     'ประกาศเจตนารมณ์ 1 ครั้ง ผู้เข้าร่วม 312 คน จัดอบรม 2 รุ่น ผู้เข้าอบรม 146 คน',
     'ผู้เข้าอบรมผ่านการทดสอบหลังอบรมร้อยละ 94.2'),
    ('7', 'มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
     ['รับเรื่องผ่านตู้รับเรื่องร้องเรียน อีเมล เว็บไซต์ และ Line OA ของวิทยาลัย',
      'ลงทะเบียนและเสนอผู้อำนวยการภายใน 3 วันทำการ',
      'รายงานสรุปเรื่องร้องเรียนต่อคณะพยาบาลศาสตร์ สถาบันพระบรมราชชนก ทุกไตรมาส'],
     'งานบริหารทั่วไป (ศูนย์รับเรื่องร้องเรียน)', 'ต.ค. 67 – ก.ย. 68', None,
     'ไม่มีเรื่องร้องเรียนการทุจริต มีข้อร้องเรียนด้านการให้บริการ 2 เรื่อง ดำเนินการแล้วเสร็จทั้ง 2 เรื่อง',
     'ผู้ร้องได้รับแจ้งผลการดำเนินการภายใน 15 วันทุกราย'),
]


def esc(s):
    return H.escape(s, quote=False)


def td(inner, cls=''):
    c = ' class="%s"' % cls if cls else ''
    return '<td%s>%s</td>' % (c, inner)


def build():
    trs = []
    for no, title, steps, resp, per, st, out, outc in ROWS:
        ol = '<ol class="mb-0 ps-3">' + ''.join('<li>%s</li>' % esc(s) for s in steps) + '</ol>'
        if st == DONE:
            badge = '<span class="badge rounded-pill text-bg-success">%s</span>' % st
        elif st == DOING:
            badge = '<span class="badge rounded-pill text-bg-warning">%s</span>' % st
        else:
            badge = '<span class="text-muted">-</span>'
        cells = [td(no, 'text-center'), td(esc(title)), td(ol), td(esc(resp)),
                 td(esc(per), 'text-center'), td(badge, 'text-center'), td(esc(out)),
                 td(esc(outc), 'text-center' if outc in ('-', DOING) else '')]
        trs.append('          <tr>\n            ' + '\n            '.join(cells) + '\n          </tr>')
    n_done = sum(r[5] == DONE for r in ROWS)
    n_doing = sum(r[5] == DOING for r in ROWS)
    n_none = sum(r[5] is None for r in ROWS)
    thead = ''.join('<th scope="col" class="text-center align-middle">%s</th>' % h for h in HDR)
    page = f'''<!doctype html>
<html lang="th">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>รายงานผลการดำเนินการตามมาตรการ (ITA) ปีงบประมาณ 2568 | ระบบติดตามแผนและมาตรการ วพบ.ธารอุดม</title>
  <link rel="stylesheet" href="/eplan/assets/vendor/bootstrap-5.3.2/css/bootstrap.min.css">
  <link rel="stylesheet" href="/eplan/assets/vendor/bootstrap-icons/bootstrap-icons.css">
  <link rel="stylesheet" href="/eplan/assets/css/report.css?v=20241002">
  <style>
    body {{ font-family: 'TH Sarabun New', 'Sarabun', sans-serif; font-size: 16pt; }}
    .report-table th, .report-table td {{ font-size: 14pt; vertical-align: top; }}
    .report-table ol {{ margin: 0; }}
    @media print {{ .no-print {{ display: none !important; }} @page {{ size: A4 landscape; margin: 1.5cm; }} }}
  </style>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary no-print">
  <div class="container-fluid">
    <a class="navbar-brand" href="/eplan/index.php"><i class="bi bi-clipboard-data"></i> e-Plan วพบ.ธารอุดม</a>
    <ul class="navbar-nav me-auto">
      <li class="nav-item"><a class="nav-link" href="/eplan/plan.php">แผนปฏิบัติการ</a></li>
      <li class="nav-item"><a class="nav-link" href="/eplan/project.php">โครงการ</a></li>
      <li class="nav-item"><a class="nav-link active" href="/eplan/ita.php">มาตรการ ITA</a></li>
      <li class="nav-item"><a class="nav-link" href="/eplan/risk.php">ความเสี่ยง</a></li>
      <li class="nav-item"><a class="nav-link" href="/eplan/report.php">รายงาน</a></li>
    </ul>
    <span class="navbar-text">ผู้ใช้งาน: plan_officer02 | <a class="text-white" href="/eplan/logout.php">ออกจากระบบ</a></span>
  </div>
</nav>
<div class="container-fluid py-3">
  <form class="row g-2 align-items-center no-print mb-3" method="get" action="/eplan/report.php">
    <input type="hidden" name="type" value="ita_result">
    <div class="col-auto"><label class="col-form-label" for="fy">ปีงบประมาณ</label></div>
    <div class="col-auto"><select class="form-select" id="fy" name="fy"><option value="2569">2569</option><option value="2568" selected>2568</option><option value="2567">2567</option></select></div>
    <div class="col-auto"><label class="col-form-label" for="round">รอบรายงาน</label></div>
    <div class="col-auto"><select class="form-select" id="round" name="round"><option value="6">รอบ 6 เดือน</option><option value="12" selected>รอบ 12 เดือน</option></select></div>
    <div class="col-auto"><button class="btn btn-primary" type="submit"><i class="bi bi-search"></i> แสดงรายงาน</button></div>
    <div class="col-auto"><button class="btn btn-outline-secondary" type="button" onclick="window.print()"><i class="bi bi-printer"></i> พิมพ์</button></div>
    <div class="col-auto"><a class="btn btn-outline-success" href="/eplan/export.php?type=ita_result&amp;fy=2568&amp;round=12"><i class="bi bi-file-earmark-excel"></i> ส่งออก Excel</a></div>
  </form>

  <div class="text-center mb-3">
    <img src="/eplan/assets/img/logo_pi.png" alt="ตราสถาบันพระบรมราชชนก" height="90">
    <h4 class="fw-bold mt-2 mb-1">{TITLE}</h4>
    <h5 class="fw-bold mb-1">ประจำปีงบประมาณ พ.ศ. 2568 (รอบ 12 เดือน : 1 ตุลาคม 2567 – 30 กันยายน 2568)</h5>
    <h5 class="mb-0">{AG} คณะพยาบาลศาสตร์ สถาบันพระบรมราชชนก</h5>
  </div>

  <p class="mb-2" style="text-indent:2.5em">สถาบันพระบรมราชชนกได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
  ประจำปีงบประมาณ พ.ศ. 2567 ได้ 93.55 คะแนน อยู่ในระดับผ่าน {AG}ในฐานะหน่วยงานในสังกัดได้กำหนดมาตรการส่งเสริมคุณธรรม
  และความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 7 มาตรการ/โครงการ และรายงานผลการดำเนินการ ดังนี้</p>

  <table class="table table-sm table-bordered w-auto mb-3">
    <caption class="caption-top text-dark fw-bold">สรุปสถานะการดำเนินการ</caption>
    <thead class="table-light"><tr><th>ดำเนินการแล้ว</th><th>อยู่ระหว่างดำเนินการ</th><th>ยังไม่ดำเนินการ</th><th>ไม่ระบุสถานะ</th><th>รวม</th></tr></thead>
    <tbody><tr class="text-center"><td>{n_done}</td><td>{n_doing}</td><td>0</td><td>{n_none}</td><td>{len(ROWS)}</td></tr></tbody>
  </table>

  <div class="table-responsive">
    <table class="table table-bordered report-table" id="tblItaResult">
      <thead class="table-secondary">
        <tr>{thead}</tr>
      </thead>
      <tbody>
''' + '\n'.join(trs) + f'''
      </tbody>
    </table>
  </div>

  <div class="row mt-4">
    <div class="col-6"></div>
    <div class="col-6 text-center">
      <p class="mb-0">ผู้รายงาน นางสาวกมลวรรณ ศรีสุวรรณ</p>
      <p class="mb-0">นักวิเคราะห์นโยบายและแผนปฏิบัติการ</p>
      <p class="mb-0">ผู้รับรองข้อมูล ดร.อรวรรณ ประเสริฐสังข์</p>
      <p>ผู้อำนวยการ{AG}</p>
    </div>
  </div>
  <p class="small text-muted border-top pt-2 mb-0">ข้อมูล ณ วันที่ 10 ต.ค. 2568 14:32 น. · บันทึกโดย plan_officer02 ·
  พิมพ์จากระบบติดตามแผนและมาตรการ (e-Plan) {AG} · หน้า 1/1</p>
</div>
<script src="/eplan/assets/vendor/bootstrap-5.3.2/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''
    write_text(NAME + '.html', page)

    miss = ['', 'n', '', 'nc', 'r', 'pn', '']
    ms = [M(r[0], r[1], miss[i]) for i, r in enumerate(ROWS)]
    write_truth(NAME + '.html', 'results', 2568, AG, 'measure', ms, problems=[
        "measure 2: 'ผลการดำเนินงาน' cell empty - what was done is shown only by the status 'ดำเนินการแล้ว'; "
        "no follow-up/reporting stated",
        "measure 4: outcome 'อยู่ระหว่างดำเนินการ' (status also 'อยู่ระหว่างดำเนินการ'); no follow-up/reporting stated",
        "measure 5: responsible cell empty",
        "measure 6: period '-'; no follow-up/reporting stated",
        "measure 7: status not set ('-' in the status column), output given as text",
    ], notes="""Print view of an internal plan-monitoring web system (PHP + Bootstrap 5): navbar, filter form and
        export buttons are marked no-print but are in the file; logo, three-line centred title, a score sentence
        (Praboromarajchanok Institute ITA 2567 93.55 ผ่าน, consistent) and a small status summary table (5 done / 1 in
        progress / 0 not started / 1 not set / 7), then an 8-column table: ลำดับ / มาตรการ/โครงการ / วิธีการดำเนินการ
        (<ol> in the cell) / ผู้รับผิดชอบ / ระยะเวลา / สถานะ / ผลการดำเนินงาน / ผลลัพธ์/ความสำเร็จ. The STATUS column holds
        one word per row as a Bootstrap badge. Labelling: a single status word is treated like a single ticked status box,
        so measure 2's output is present although its output cell is empty; measure 7 has no status but an output text
        (present). Monitoring has no column: counted only where a step reports (1 quarterly to the college board, 3
        monthly to the director and quarterly to the institute, 5 each semester to the deputy director, 7 quarterly to the
        faculty). Measure 4's period is given in semesters ('ภาคการศึกษาที่ 2/2567 – ภาคการศึกษาที่ 1/2568') and counts.
        Unit = measure (numbered 1-7; 6 is called โครงการ).""")


if __name__ == '__main__':
    build()
