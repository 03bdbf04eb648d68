"""r06: state bank, results FY 2568, CMS page with header/sidebar/footer; per-indicator score table; measures table
whose first cell of every row is a <th scope=row>, group rows as <th colspan>, <ul> lists nested in cells,
English/Thai headers. COMPLETE."""
from common import *

NAME = "r06_bank_sme_results_2568"
AG = "ธนาคารเพื่อวิสาหกิจรายย่อยแห่งประเทศไทย"

MEAS = [
    M("1", "มาตรการเสริมสร้างวัฒนธรรมองค์กรด้านธรรมาภิบาล (Tone at the Top)",
      steps=["ผู้บริหารระดับสูงประกาศเจตนารมณ์ต่อต้านการทุจริตทุกรูปแบบ", "สื่อสารจรรยาบรรณผ่าน e-Learning ภาคบังคับ",
             "ทดสอบความรู้หลังเรียน ผ่านเกณฑ์ร้อยละ 80"],
      resp="สำนักกรรมการผู้จัดการ / ฝ่ายกำกับการปฏิบัติตามกฎเกณฑ์", period="ต.ค. 2567 – มี.ค. 2568",
      mon="รายงานคณะกรรมการบรรษัทภิบาลทุกไตรมาส",
      out=["กรรมการผู้จัดการประกาศเจตนารมณ์ 1 พ.ย. 2567", "พนักงานผ่าน e-Learning 2,318 คน จาก 2,350 คน (ร้อยละ 98.6)"],
      outc="ผล IIT ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ เพิ่มจาก 91.20 เป็น 95.08 คะแนน"),
    M("2", "มาตรการป้องกันการรับสินบนในกระบวนการพิจารณาสินเชื่อ",
      steps=["แยกหน้าที่ผู้วิเคราะห์สินเชื่อและผู้อนุมัติ (Maker–Checker)", "ใช้ระบบ Credit Scoring อัตโนมัติสำหรับวงเงินไม่เกิน 1 ล้านบาท",
             "สุ่มสอบทานแฟ้มสินเชื่อโดยฝ่ายตรวจสอบภายใน"],
      resp="สายงานสินเชื่อ / ฝ่ายตรวจสอบภายใน", period="ต.ค. 2567 – ก.ย. 2568",
      mon="ฝ่ายตรวจสอบภายในรายงานผลการสอบทานต่อคณะกรรมการตรวจสอบทุกไตรมาส",
      out=["ใช้ Credit Scoring กับคำขอ 41,207 ราย (ร้อยละ 72 ของคำขอทั้งหมด)", "สุ่มสอบทาน 960 แฟ้ม พบข้อบกพร่องเชิงเอกสาร 11 แฟ้ม แก้ไขแล้วทั้งหมด"],
      outc="ไม่พบกรณีเรียกรับผลประโยชน์ ระยะเวลาพิจารณาสินเชื่อรายย่อยลดลงจาก 15 วัน เหลือ 7 วัน"),
    M("3", "มาตรการจัดการข้อร้องเรียนและการแจ้งเบาะแส (Whistleblowing)",
      steps=["เปิดช่องทางแจ้งเบาะแส 4 ช่องทาง (เว็บไซต์, อีเมล, ตู้ ปณ., Call Center)", "คุ้มครองผู้แจ้งเบาะแสตามระเบียบธนาคาร",
             "แจ้งผลการพิจารณาแก่ผู้ร้องภายใน 30 วัน"],
      resp="ฝ่ายกำกับการปฏิบัติตามกฎเกณฑ์", period="ต.ค. 2567 – ก.ย. 2568",
      mon="สรุปสถิติรายเดือนเสนอกรรมการผู้จัดการ และรายไตรมาสเสนอคณะกรรมการตรวจสอบ",
      out=["รับข้อร้องเรียน 214 เรื่อง (บริการ 198 / การทุจริต 16)", "ดำเนินการแล้วเสร็จ 209 เรื่อง"],
      outc="แก้ไขข้อร้องเรียนแล้วเสร็จภายในกำหนด ร้อยละ 97.66 ความพึงพอใจต่อการจัดการข้อร้องเรียน 4.41 จาก 5"),
    M("4", "มาตรการเปิดเผยข้อมูลการดำเนินงานและการจัดซื้อจัดจ้าง",
      steps=["ปรับปรุงหน้า “ITA” บนเว็บไซต์ธนาคารตามรายการ o1–o36", "เผยแพร่แผนและสรุปผลการจัดซื้อจัดจ้างรายเดือน"],
      resp="ฝ่ายสื่อสารองค์กร / ฝ่ายจัดซื้อและบริหารพัสดุ", period="ต.ค. 2567 – ก.ย. 2568",
      mon="ตรวจสอบความครบถ้วนรายเดือน (Checklist) รายงานคณะทำงาน ITA",
      out=["เผยแพร่ข้อมูลครบ 36 รายการ", "เผยแพร่สรุปผลการจัดซื้อจัดจ้างครบ 12 เดือน"],
      outc="OIT ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 100 คะแนน"),
    M("5", "มาตรการรับฟังความคิดเห็นของลูกค้าและผู้มีส่วนได้ส่วนเสีย",
      steps=["สำรวจความพึงพอใจลูกค้าผ่าน SMS / Mobile Banking", "จัดประชุม Stakeholder Day ปีละ 1 ครั้ง"],
      resp="ฝ่ายบริหารประสบการณ์ลูกค้า", period="ม.ค. – ส.ค. 2568",
      mon="รายงานผลต่อคณะกรรมการบริหารความเสี่ยงและที่ประชุมผู้บริหาร",
      out=["ผู้ตอบแบบสำรวจ 12,604 ราย", "จัด Stakeholder Day 26 มิ.ย. 2568 ผู้เข้าร่วม 180 ราย"],
      outc="ความพึงพอใจลูกค้า ร้อยละ 91.3 นำข้อเสนอไปปรับปรุงบริการ 6 เรื่อง"),
    M("6", "มาตรการป้องกันผลประโยชน์ทับซ้อน (Conflict of Interest)",
      steps=["ให้พนักงานระดับผู้บริหารเปิดเผยรายการที่อาจมีผลประโยชน์ทับซ้อนประจำปี", "ผู้มีส่วนได้เสียต้องงดออกเสียงในการพิจารณา"],
      resp="ฝ่ายกำกับการปฏิบัติตามกฎเกณฑ์ / ฝ่ายทรัพยากรบุคคล", period="ภายใน 31 ม.ค. 2568",
      mon="ฝ่ายกำกับฯ สอบทานแบบเปิดเผยและรายงานคณะกรรมการบรรษัทภิบาล",
      out=["ผู้บริหาร 412 คน ยื่นแบบเปิดเผยครบ ร้อยละ 100"],
      outc="ไม่พบกรณีขัดกันแห่งผลประโยชน์ในการพิจารณาสินเชื่อและการจัดซื้อจัดจ้าง"),
]
GROUPS = {0: "ด้านที่ 1 ธรรมาภิบาลและการป้องกันการทุจริต", 3: "ด้านที่ 2 การเปิดเผยข้อมูลและการมีส่วนร่วม"}

SCORES = [("IIT", "1", "การปฏิบัติหน้าที่", "91.20"), ("IIT", "2", "การใช้งบประมาณ", "89.74"),
          ("IIT", "3", "การใช้อำนาจ", "90.15"), ("IIT", "4", "การใช้ทรัพย์สินของราชการ", "88.62"),
          ("IIT", "5", "การแก้ไขปัญหาการทุจริต", "87.90"), ("EIT", "6", "คุณภาพการดำเนินงาน", "90.48"),
          ("EIT", "7", "ประสิทธิภาพการสื่อสาร", "89.31"), ("EIT", "8", "การปรับปรุงการทำงาน", "88.07"),
          ("OIT", "9", "การเปิดเผยข้อมูล", "100.00"), ("OIT", "10", "การป้องกันการทุจริต", "95.83")]


def ul(items):
    return "<ul>\n" + "\n".join("                  <li>%s</li>" % esc(i) for i in items) + "\n                </ul>"


def build():
    h = ["""<!DOCTYPE html>
<html lang="th">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี 2568 | ธพย.</title>
  <link rel="stylesheet" href="/assets/css/main.min.css?v=3.8.2">
  <style>
    .ita-table th[scope=row]{background:#f7f9fb;text-align:left;font-weight:600;width:18%}
    .ita-table tr.group th{background:#00573f;color:#fff}
    .ita-table ul{margin:0;padding-left:1.1em}
  </style>
  <script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
</head>
<body class="page-template page-ita">
<a class="skip-link" href="#main">ข้ามไปยังเนื้อหา</a>
<header class="site-header">
  <div class="container">
    <a class="logo" href="/"><img src="/assets/img/logo-sme.svg" alt="ธนาคารเพื่อวิสาหกิจรายย่อยแห่งประเทศไทย"></a>
    <nav class="main-nav" aria-label="เมนูหลัก">
      <ul>
        <li><a href="/loan">สินเชื่อ</a></li><li><a href="/deposit">เงินฝาก</a></li><li><a href="/sme-dev">พัฒนาผู้ประกอบการ</a></li>
        <li class="active"><a href="/about">เกี่ยวกับธนาคาร</a></li><li><a href="/contact">ติดต่อเรา</a></li>
      </ul>
    </nav>
    <div class="hotline">Call Center 1357</div>
  </div>
</header>
<div class="container layout-2col">
  <aside class="sidebar">
    <h3 class="widget-title">การกำกับดูแลกิจการที่ดี</h3>
    <ul class="side-menu">
      <li><a href="/about/cg/policy">นโยบายการกำกับดูแลกิจการ</a></li>
      <li><a href="/about/cg/code">จรรยาบรรณธนาคาร</a></li>
      <li class="has-sub open"><a href="/about/cg/ita">การประเมิน ITA</a>
        <ul>
          <li><a href="/about/cg/ita/2566">ITA 2566</a></li>
          <li><a href="/about/cg/ita/2567">ITA 2567</a></li>
          <li class="current"><a href="/about/cg/ita/2568">ITA 2568</a></li>
        </ul>
      </li>
      <li><a href="/about/cg/whistleblowing">ช่องทางแจ้งเบาะแสการทุจริต</a></li>
    </ul>
    <div class="widget banner"><a href="/nogift"><img src="/assets/img/nogift-2568.jpg" alt="No Gift Policy 2568"></a></div>
    <div class="widget">
      <h3 class="widget-title">ข่าวล่าสุด</h3>
      <ul class="news-mini">
        <li><a href="/news/2568/1002">ธพย. ผ่านการรับรอง CAC ต่อเนื่องปีที่ 3</a></li>
        <li><a href="/news/2568/0987">มาตรการพักชำระหนี้สำหรับผู้ประกอบการรายย่อย ระยะที่ 2</a></li>
      </ul>
    </div>
  </aside>
  <main id="main" class="content">
    <nav class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="/about">เกี่ยวกับธนาคาร</a> › <a href="/about/cg">การกำกับดูแลกิจการที่ดี</a> › <span>ITA 2568</span></nav>
    <article>
      <h1 class="entry-title">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2568</h1>
      <p class="meta">เผยแพร่เมื่อ 15 ตุลาคม 2568 · ฝ่ายกำกับการปฏิบัติตามกฎเกณฑ์ · เข้าชม 1,208 ครั้ง</p>
      <p>ธนาคารเพื่อวิสาหกิจรายย่อยแห่งประเทศไทย (ธพย.) ได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน
      ประจำปีงบประมาณ พ.ศ. 2568 (1 ตุลาคม 2567 – 30 กันยายน 2568) ซึ่งกำหนดขึ้นจากผลการวิเคราะห์การประเมิน ITA ประจำปี 2567
      ครบทั้ง 6 มาตรการ โดยมีรายละเอียด ดังนี้</p>
      <h2>1. ผลการประเมิน ITA ประจำปี 2567</h2>
      <p>ธนาคารได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี 2567 ได้ <strong>92.64 คะแนน</strong>
      ผ่านเกณฑ์การประเมิน (85 คะแนนขึ้นไป) โดยมีคะแนนรายตัวชี้วัด ดังนี้</p>
      <div class="table-responsive">
      <table class="table table-sm score-table">
        <thead><tr><th>เครื่องมือ</th><th>ตัวชี้วัด</th><th>ประเด็น</th><th>คะแนน</th></tr></thead>
        <tbody>"""]
    for tool, n, name, sc in SCORES:
        h.append("          <tr><td>%s</td><td>ตัวชี้วัดที่ %s</td><td>%s</td><td class=\"num\">%s</td></tr>" % (tool, n, name, sc))
    h.append("""          <tr class="total"><td colspan="3"><strong>คะแนนรวม</strong></td><td class="num"><strong>92.64</strong></td></tr>
        </tbody>
      </table>
      </div>
      <h2>2. ผลการดำเนินการตามมาตรการ</h2>
      <div class="table-responsive">
      <table class="table table-bordered ita-table">
        <thead>
          <tr>
            <th>มาตรการ<br><small>Measure</small></th>
            <th>การดำเนินการ<br><small>Action</small></th>
            <th>ผู้รับผิดชอบ<br><small>Owner</small></th>
            <th>ระยะเวลา<br><small>Timeline</small></th>
            <th>การติดตามผล<br><small>Monitoring</small></th>
            <th>ผลการดำเนินการ<br><small>Output</small></th>
            <th>ผลลัพธ์<br><small>Outcome</small></th>
          </tr>
        </thead>""")
    for i, m in enumerate(MEAS):
        if i in GROUPS:
            if i:
                h.append("        </tbody>")
            h.append("        <tbody>\n          <tr class=\"group\"><th colspan=\"7\">%s</th></tr>" % GROUPS[i])
        h.append("""          <tr>
            <th scope="row">%s. %s</th>
            <td>
                %s
            </td>
            <td>%s</td>
            <td>%s</td>
            <td>%s</td>
            <td>
                %s
            </td>
            <td>%s</td>
          </tr>""" % (m.num, esc(m.title), ul(m.steps), esc(m.resp).replace(" / ", "<br>"), esc(m.period), esc(m.mon),
                      ul(m.out), esc(m.outc)))
    h.append("""        </tbody>
      </table>
      </div>
      <h2>3. ข้อเสนอแนะสำหรับปี 2569</h2>
      <ul>
        <li>ขยายการใช้ Credit Scoring ไปยังสินเชื่อวงเงินไม่เกิน 3 ล้านบาท</li>
        <li>เพิ่มการสื่อสารช่องทางแจ้งเบาะแสผ่าน Mobile Banking</li>
      </ul>
      <p class="download"><a class="btn btn-primary" href="/uploads/ita/2568/ita-measures-result-2568.pdf">ดาวน์โหลดรายงาน (PDF 1.2 MB)</a></p>
    </article>
  </main>
</div>
<footer class="site-footer">
  <div class="container">
    <p>ธนาคารเพื่อวิสาหกิจรายย่อยแห่งประเทศไทย 199 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400</p>
    <p>© 2568 SME Micro Bank. All rights reserved. | <a href="/privacy">นโยบายความเป็นส่วนตัว</a> | <a href="/sitemap">แผนผังเว็บไซต์</a></p>
  </div>
</footer>
<script src="/assets/js/main.min.js?v=3.8.2"></script>
</body>
</html>
""")
    save_text(NAME + ".html", "\n".join(h))
    write_truth(NAME + ".html", "results", 2568, AG, "measure", MEAS, problems=[],
                notes="""Complete document. CMS page (header nav, left sidebar with ITA year menu and news widget,
    breadcrumb, post meta, download button, footer). Score table with all ten indicators (IIT 1–5, EIT 6–8,
    OIT 9–10) and total 92.64 'ผ่าน' (consistent with prose). Measures table: 7 columns with Thai headers and
    English sub-labels in <small> (Measure / Action / Owner / Timeline / Monitoring / Output / Outcome); the first
    cell of every measure row is <th scope="row"> holding '1. มาตรการ…'; two group rows are <th colspan="7">
    ('ด้านที่ 1 …', 'ด้านที่ 2 …') in their own <tbody> - not measures. Action and Output cells hold <ul><li>
    lists; responsible cells join two units with <br>.""")


if __name__ == "__main__":
    build()
