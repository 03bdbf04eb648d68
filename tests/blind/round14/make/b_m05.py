# m05: town municipality website (Bootstrap 5 CMS), measures table with <thead>; wrong band
from common import *
import html as H
NAME = 'm05_tm_khaowangphet_measures_2570'
AG = 'เทศบาลเมืองเขาวังเพชร'
M = [
 dict(n='1', t='เผยแพร่ข้อมูลการดำเนินงานและงบประมาณของเทศบาลให้เป็นปัจจุบัน',
      steps=['จัดทำปฏิทินการเผยแพร่ข้อมูลรายเดือน', 'กองต่าง ๆ ส่งข้อมูลให้งานประชาสัมพันธ์ภายในวันที่ 5', 'ตรวจทานและเผยแพร่บนเว็บไซต์'],
      resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานปลัดเทศบาลทุกเดือน และสรุปเสนอนายกเทศมนตรีทุกไตรมาส',
      outc='ข้อมูลบนเว็บไซต์เป็นปัจจุบันครบตามเกณฑ์ OIT'),
 dict(n='2', t='ลดการใช้ดุลยพินิจในการออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ',
      steps=['ประกาศหลักเกณฑ์และระยะเวลาพิจารณาอนุญาต', 'ใช้แบบตรวจสถานประกอบการมาตรฐานเดียวกัน', 'แจ้งผลการพิจารณาเป็นลายลักษณ์อักษร'],
      resp='กองสาธารณสุขและสิ่งแวดล้อม', period='พ.ย. 2569 – ก.ย. 2570', mon='สรุปผลการออกใบอนุญาตรายไตรมาสเสนอนายกเทศมนตรี',
      outc='ออกใบอนุญาตภายในระยะเวลาที่ประกาศร้อยละ 100'),
 dict(n='3', t='เปิดโอกาสให้ประชาชนร่วมตรวจสอบโครงการก่อสร้างโครงสร้างพื้นฐาน',
      steps=['แต่งตั้งตัวแทนชุมชนร่วมเป็นคณะกรรมการตรวจรับพัสดุ', 'ติดป้ายข้อมูลโครงการ ณ สถานที่ก่อสร้าง'],
      resp='กองช่าง', period='ตลอดปีงบประมาณ', mon='-',
      outc='ทุกโครงการก่อสร้างมีตัวแทนชุมชนร่วมตรวจรับ'),
 dict(n='4', t='ป้องกันการรับสินบนในการจัดเก็บค่าธรรมเนียมเก็บขนขยะมูลฝอย',
      steps=['ออกใบเสร็จจากระบบทุกครั้ง', 'เปิดชำระผ่านแอปพลิเคชันธนาคารและเคาน์เตอร์เซอร์วิส', 'สุ่มสอบถามผู้ชำระค่าธรรมเนียม'],
      resp='กองคลัง (งานพัฒนารายได้)', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานผลการจัดเก็บและผลการสุ่มสอบถามต่อผู้อำนวยการกองคลังทุกเดือน',
      outc='ไม่มีเรื่องร้องเรียนการเรียกรับเงินนอกระบบ'),
 dict(n='5', t='ส่งเสริมให้พนักงานยึดถือประมวลจริยธรรมของพนักงานส่วนท้องถิ่น',
      steps=['จัดอบรมประมวลจริยธรรมประจำปี', 'จัดทำคู่มือการปฏิบัติตนเพื่อป้องกันผลประโยชน์ทับซ้อน', 'ยกย่องพนักงานดีเด่นด้านคุณธรรม'],
      resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ม.ค. – มี.ค. 2570', mon='รายงานผลการอบรมและการยกย่องต่อคณะกรรมการจริยธรรมของเทศบาล',
      outc='พนักงานร้อยละ 90 ผ่านการอบรมและทดสอบ'),
 dict(n='6', t='รับฟังความคิดเห็นของประชาชนต่อการให้บริการของเทศบาล',
      steps=['สำรวจความพึงพอใจผ่าน Google Form และแบบสอบถามในชุมชน', 'นำผลสำรวจเข้าที่ประชุมพนักงานประจำเดือน'],
      resp='สำนักปลัดเทศบาล ร่วมกับทุกกอง', period='เม.ย. – มิ.ย. 2570', mon='สรุปผลสำรวจเสนอนายกเทศมนตรีและเผยแพร่บนเว็บไซต์',
      outc=''),
]

def main():
    rows = []
    for m in M:
        steps = '<ol>' + ''.join(f'<li>{H.escape(s)}</li>' for s in m['steps']) + '</ol>'
        rows.append(f"""      <tr>
        <td class="text-center">{m['n']}</td>
        <td>{H.escape(m['t'])}</td>
        <td>{steps}</td>
        <td>{H.escape(m['resp'])}</td>
        <td>{H.escape(m['period'])}</td>
        <td>{H.escape(m['mon'])}</td>
        <td>{H.escape(m['outc'])}</td>
      </tr>""")
    page = f"""<!doctype html>
<html lang="th">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570 - {AG}</title>
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
  <link href="/assets/css/theme.css" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-success">
  <div class="container">
    <a class="navbar-brand" href="/"><img src="/assets/img/logo.png" height="48" alt=""> {AG}</a>
    <ul class="navbar-nav ms-auto">
      <li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li>
      <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#">เกี่ยวกับเทศบาล</a></li>
      <li class="nav-item"><a class="nav-link" href="/eservice">E-Service</a></li>
      <li class="nav-item"><a class="nav-link active" href="/ita">ITA</a></li>
      <li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li>
    </ul>
  </div>
</nav>
<main class="container my-4">
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/ita">ITA 2570</a></li><li class="breadcrumb-item active">O36</li></ol></nav>
  <article class="card shadow-sm">
    <div class="card-body">
      <h1 class="h4 text-center">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>
      <p class="text-center fw-bold">{AG} อำเภอเมืองเพชรบุรีทอง จังหวัดเพชรบุรีทอง</p>
      <p class="text-muted small"><i class="bi bi-calendar"></i> เผยแพร่เมื่อ 18 ตุลาคม 2569 &nbsp; <i class="bi bi-eye"></i> 214</p>
      <h2 class="h5 mt-4">ส่วนที่ 1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h2>
      <p>เทศบาลเมืองเขาวังเพชรได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569 จำนวน <strong>83.74 คะแนน</strong> อยู่ในระดับ <strong>ผ่าน</strong> โดยคะแนน IIT 86.21 คะแนน EIT 80.35 คะแนน และ OIT 84.43 คะแนน</p>
      <h2 class="h5 mt-4">ส่วนที่ 2 การวิเคราะห์ผลการประเมิน</h2>
      <h3 class="h6">2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</h3>
      <ol>
        <li>ผู้รับบริการภายนอกเห็นว่าการออกใบอนุญาตยังขึ้นกับดุลยพินิจของเจ้าหน้าที่ (EIT)</li>
        <li>ข้อมูลบนเว็บไซต์บางหมวดไม่เป็นปัจจุบัน (OIT)</li>
        <li>ประชาชนยังไม่มีส่วนร่วมตรวจสอบโครงการก่อสร้าง</li>
      </ol>
      <h3 class="h6">2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</h3>
      <ol>
        <li>ความเชื่อมั่นในการจัดเก็บค่าธรรมเนียมและรายได้</li>
        <li>การปฏิบัติตามประมวลจริยธรรมของพนักงาน</li>
        <li>การรับฟังความคิดเห็นของประชาชน</li>
      </ol>
      <h2 class="h5 mt-4">ส่วนที่ 3 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h2>
      <div class="table-responsive">
      <table class="table table-bordered table-sm align-top">
        <thead class="table-success">
          <tr><th>ลำดับ</th><th>มาตรการ</th><th>ขั้นตอนการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามและรายงานผล</th><th>ผลที่คาดว่าจะได้รับ</th></tr>
        </thead>
        <tbody>
{chr(10).join(rows)}
        </tbody>
      </table>
      </div>
      <p class="mt-3">ประกาศ ณ วันที่ 10 ตุลาคม พ.ศ. 2569<br>(นายอดิศักดิ์ &nbsp;เพชรรัตน์)<br>นายกเทศมนตรีเมืองเขาวังเพชร</p>
      <a class="btn btn-outline-success" href="/files/ita/2570/o36.pdf"><i class="bi bi-file-earmark-pdf"></i> ดาวน์โหลด PDF</a>
    </div>
  </article>
</main>
<footer class="bg-dark text-white-50 py-3"><div class="container small">{AG} โทร 0-3241-5500 | © 2569 สงวนลิขสิทธิ์</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""
    open(out(NAME + '.html'), 'w', encoding='utf-8').write(page)
    ms = [mrec(m['n'], m['t'], elements('measures', m)) for m in M]
    write_truth(NAME, NAME + '.html', 'measures', 2570, AG, 'measure', ms,
        ["score: 83.74 is below the 85-point pass mark but is called 'ผ่าน' (wrong band)",
         'measure 3: monitoring is "-"',
         'measure 6: expected result cell is empty'],
        'Bootstrap 5 municipal CMS page: navbar, breadcrumb (O36), card article, post meta, download button, footer. Both NACC '
        'sections as h3 + <ol>; 7-col table with <thead>, "ลำดับ" numbers, steps as <ol> in cells, own monitoring column and '
        '"ผลที่คาดว่าจะได้รับ" (= outcome). IIT/EIT/OIT scores in prose (weighted ≈ 83.74, consistent arithmetic) but the band '
        'word is wrong. Output never stated for measures.',
        sections={'weaknesses': 'present', 'improvements': 'present'})

if __name__ == '__main__':
    main()
