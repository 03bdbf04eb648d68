# m02: Southern Border Provinces coordination office, measures FY2570, WordPress + Elementor page:
# each measure = heading widget + text-editor widget with bold-label paragraphs; improvements section MISSING
import html
from common import *
NAME = 'm02_sbpac_narathiwatnathi_measures_2570'
AG = 'สำนักงานประสานงานศูนย์อำนวยการบริหารจังหวัดชายแดนภาคใต้ จังหวัดนราธิวาสนที'
M = [
 dict(no='1', title='เปิดเผยข้อมูลโครงการพัฒนาพื้นที่ชายแดนภาคใต้และผลการเบิกจ่ายงบประมาณรายโครงการ',
      steps=['รวบรวมข้อมูลโครงการจากระบบติดตามโครงการ', 'จัดทำตารางสรุปรายอำเภอ', 'เผยแพร่บนเว็บไซต์และบอร์ดประชาสัมพันธ์'],
      resp='กลุ่มงานแผนและติดตามประเมินผล', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานผู้อำนวยการสำนักงานทุกเดือน และรายงาน ศอ.บต. ทุกไตรมาส',
      outcome='ประชาชนตรวจสอบการใช้งบประมาณพัฒนาพื้นที่ได้ทุกโครงการ'),
 dict(no='2', title='ป้องกันการเรียกรับเงินในการคัดเลือกผู้รับทุนการศึกษาและผู้เข้าร่วมโครงการ',
      steps=['ประกาศหลักเกณฑ์การคัดเลือกล่วงหน้า', 'คัดเลือกโดยคณะกรรมการที่มีผู้นำศาสนาและผู้แทนภาคประชาชนร่วม', 'ประกาศรายชื่อผู้ได้รับคัดเลือกพร้อมคะแนน'],
      resp='กลุ่มงานส่งเสริมการศึกษาและสังคม', period='......', mon='สรุปผลการคัดเลือกเสนอผู้อำนวยการสำนักงาน',
      outcome='ไม่มีข้อร้องเรียนเรื่องการเรียกรับเงิน'),
 dict(no='3', title='เสริมสร้างความรู้เรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวมตามหลักศาสนา',
      steps=['จัดบรรยายร่วมกับคณะกรรมการอิสลามประจำจังหวัด', 'จัดทำสื่อภาษาไทยและภาษามลายูถิ่น'],
      resp='กลุ่มงานอำนวยการ', period='ม.ค. – มี.ค. 2570', mon='ประเมินผลหลังการอบรมและรายงานในที่ประชุมประจำเดือน',
      outcome='บุคลากรร้อยละ 90 เข้าใจและปฏิบัติตามแนวทาง'),
 dict(no='4', title='ปรับปรุงช่องทางร้องเรียนและแจ้งเบาะแสให้รองรับภาษามลายูถิ่น',
      steps=['เพิ่มแบบฟอร์มร้องเรียนภาษามลายูถิ่น (อักษรยาวี)', 'มอบหมายล่ามประจำศูนย์รับเรื่อง'],
      resp='ศูนย์รับเรื่องร้องเรียน', period='พ.ย. 2569 – ก.พ. 2570', mon=None,
      outcome='ประชาชนในพื้นที่เข้าถึงช่องทางร้องเรียนได้มากขึ้น'),
 dict(no='5', title='สำรวจความพึงพอใจของผู้รับบริการและนำผลมาปรับปรุงการให้บริการ',
      steps=['สำรวจความพึงพอใจทุก 6 เดือน', 'วิเคราะห์ผลและกำหนดแนวทางปรับปรุง'],
      resp='กลุ่มงานแผนและติดตามประเมินผล', period='มี.ค. และ ส.ค. 2570', mon='รายงานผลการสำรวจต่อผู้อำนวยการสำนักงาน',
      outcome='ความพึงพอใจไม่น้อยกว่าร้อยละ 85'),
]
def widget_measure(m):
    lines = [f'<p><strong>ขั้นตอนการดำเนินการ :</strong></p><ol>' + ''.join(f'<li>{s}</li>' for s in m['steps']) + '</ol>',
             f'<p><strong>ผู้รับผิดชอบ :</strong> {m["resp"]}</p>', f'<p><strong>ระยะเวลาดำเนินการ :</strong> {m["period"]}</p>']
    if m['mon'] is not None:
        lines.append(f'<p><strong>การติดตามผล :</strong> {m["mon"]}</p>')
    lines.append(f'<p><strong>ผลที่คาดว่าจะได้รับ :</strong> {m["outcome"]}</p>')
    return (f'<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default">'
            f'<div class="elementor-widget-container"><h3 class="elementor-heading-title elementor-size-default">มาตรการที่ {m["no"]} {m["title"]}</h3></div></div>\n'
            f'<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default">'
            f'<div class="elementor-widget-container">' + ''.join(lines) + '</div></div>\n')
def build():
    body = ''.join(widget_measure(m) for m in M)
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570 &#8211; {AG}</title>
<meta name="generator" content="WordPress 6.6.2">
<meta name="generator" content="Elementor 3.24.4; features: e_font_icon_svg">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.4" media="all">
<link rel="stylesheet" id="hello-elementor-css" href="/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1" media="all">
</head>
<body class="page-template-default page page-id-2417 elementor-default elementor-kit-6 elementor-page elementor-page-2417">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div data-elementor-type="header" class="elementor elementor-33 elementor-location-header">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-image"><img src="/wp-content/uploads/2024/05/logo-sbpac-nrt.png" alt=""></div>
<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu"><li class="menu-item"><a href="/">หน้าหลัก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-ancestor"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/news/">ข่าวสาร</a></li><li class="menu-item"><a href="/contact/">ติดต่อ</a></li></ul></nav>
</div></div></div>
<main id="content" class="site-main post-2417 page type-page status-publish hentry">
<div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="2417" class="elementor elementor-2417">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-large">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h2></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p style="text-align:center"><strong>{AG}</strong></p>
<p><strong>ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569</strong> ศอ.บต. ได้คะแนน 91.84 คะแนน อยู่ในระดับ ผ่าน สำนักงานประสานงานฯ จังหวัดนราธิวาสนทีได้วิเคราะห์ผลการประเมินในส่วนที่เกี่ยวข้องกับการปฏิบัติงานของสำนักงาน ดังนี้</p>
<p><strong>ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</strong></p>
<ul><li>ผู้รับบริการบางส่วนยังไม่มั่นใจในความเป็นธรรมของการคัดเลือกผู้รับทุนและผู้เข้าร่วมโครงการ (e5, e6)</li>
<li>ข้อมูลผลการเบิกจ่ายงบประมาณรายโครงการยังไม่เป็นปัจจุบัน (o10)</li>
<li>ช่องทางร้องเรียนยังเป็นภาษาไทยเท่านั้น ประชาชนที่ใช้ภาษามลายูถิ่นเข้าถึงได้ยาก (e13)</li></ul>
<p><strong>มาตรการส่งเสริมคุณธรรมและความโปร่งใส</strong></p>
</div></div>
{body}<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p style="text-align:right">ประกาศ ณ วันที่ 25 พฤศจิกายน 2569<br>(นายมะรอนิง สาและ)<br>ผู้อำนวยการสำนักงานประสานงาน ศอ.บต. จังหวัดนราธิวาสนที</p>
</div></div>
</div></div></div>
</div>
</main>
<footer class="elementor-location-footer"><p>© 2026 {html.escape(AG)} | ถนนพิชิตบำรุง ตำบลบางนาค อำเภอเมือง จังหวัดนราธิวาสนที</p></footer>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.24.4" id="elementor-frontend-js"></script>
</body>
</html>
'''
    open(out(NAME, 'html'), 'w', encoding='utf-8').write(page)
    write_truth(NAME, 'html', 'measures', 2570, AG, 'measure', items_from(M, 'measures'),
        ['analysis: only the urgent-weakness section; the "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น" section is missing',
         "measure 2: period is '......'", 'measure 4: no follow-up (การติดตามผล) line'],
        'WordPress + Elementor page: each measure is an Elementor heading widget "มาตรการที่ n …" (h3) followed by a '
        'text-editor widget with bold-label paragraphs (ขั้นตอน as <ol>, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลที่คาดว่าจะได้รับ). '
        'Score quoted is the parent agency\'s (91.84 ผ่าน). Header/nav/footer chrome.',
        sections={'weaknesses': 'present', 'improvements': 'missing'})
if __name__ == '__main__': build()
