# r07: อบต., results FY2569, WordPress (Gutenberg wp-block-table) page; COMPLETE
import html
from common import *
NAME = 'r07_obt_nongprue_thong_results_2569'
AG = 'องค์การบริหารส่วนตำบลหนองปรือทอง'
M = [
 dict(no='1', title='ประกาศเจตจำนงสุจริตของผู้บริหารท้องถิ่น',
      steps=['นายก อบต. ลงนามประกาศ', 'ประชุมชี้แจงบุคลากร', 'เผยแพร่ทางเว็บไซต์และเพจ'],
      resp='สำนักปลัด', period='ต.ค. 2568', mon='รายงานผลการประชุมชี้แจงต่อนายก อบต.',
      output='ลงนามประกาศ 3 ต.ค. 2568 ประชุมชี้แจงบุคลากร 58 คน', outcome='บุคลากรทุกคนรับทราบและลงนามปฏิบัติตามเจตจำนง'),
 dict(no='2', title='เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีและรายงานการกำกับติดตามรอบ 6 เดือน',
      steps=['กองคลังจัดทำแผนการใช้จ่ายงบประมาณ', 'รายงานผลการใช้จ่ายรอบ 6 เดือน', 'เผยแพร่บนเว็บไซต์'],
      resp='กองคลัง', period='ต.ค. 2568 – เม.ย. 2569', mon='ปลัด อบต. ตรวจสอบก่อนเผยแพร่ และรายงานนายก อบต. ทุก 6 เดือน',
      output='เผยแพร่แผนฯ เมื่อ 30 ต.ค. 2568 และรายงานรอบ 6 เดือนเมื่อ 20 เม.ย. 2569', outcome='ประชาชนเข้าถึงข้อมูลการใช้จ่ายงบประมาณได้ ผ่านเกณฑ์ OIT ข้อ o13–o14'),
 dict(no='3', title='จัดทำคู่มือการให้บริการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างและเผยแพร่สถิติการให้บริการ',
      steps=['ปรับปรุงคู่มือ', 'ติดประกาศ ณ จุดบริการ', 'เผยแพร่สถิติผู้รับบริการรายเดือน'],
      resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='พ.ย. 2568 – ก.ย. 2569', mon='รายงานสถิติการให้บริการต่อปลัด อบต. ทุกเดือน',
      output='ปรับปรุงคู่มือ 1 ฉบับ เผยแพร่สถิติครบ 11 เดือน', outcome='ผู้ชำระภาษีได้รับบริการตามคู่มือ ระยะเวลารอเฉลี่ยไม่เกิน 10 นาที'),
 dict(no='4', title='ส่งเสริมการมีส่วนร่วมของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น',
      steps=['จัดประชาคมหมู่บ้าน 9 หมู่', 'จัดประชาคมระดับตำบล', 'สรุปผลเสนอคณะกรรมการพัฒนาท้องถิ่น'],
      resp='สำนักปลัด (งานวิเคราะห์นโยบายและแผน)', period='ม.ค. – มี.ค. 2569', mon='สรุปผลรายงานคณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่น',
      output='จัดประชาคมครบ 9 หมู่บ้าน ผู้เข้าร่วม 612 คน', outcome='โครงการจากประชาคมบรรจุในแผนพัฒนาท้องถิ่น 34 โครงการ'),
 dict(no='5', title='จัดการเรื่องร้องเรียนการทุจริตและแจ้งผลให้ผู้ร้องทราบ',
      steps=['รับเรื่องผ่าน 5 ช่องทาง', 'ตรวจสอบข้อเท็จจริงภายใน 15 วัน', 'แจ้งผลผู้ร้องเป็นหนังสือ'],
      resp='สำนักปลัด (ศูนย์ยุติธรรมชุมชน/ศูนย์รับเรื่องร้องเรียน)', period='ตลอดปีงบประมาณ', mon='สรุปผลการจัดการเรื่องร้องเรียนเสนอนายก อบต. รายไตรมาสและเผยแพร่บนเว็บไซต์',
      output='เรื่องร้องเรียนทั่วไป 27 เรื่อง เรื่องทุจริต 0 เรื่อง', outcome='แจ้งผลผู้ร้องครบทุกเรื่องภายในระยะเวลาที่กำหนด'),
]
def e(s): return html.escape(s)
def build():
    rows = []
    for m in M:
        steps = '<ol>' + ''.join(f'<li>{e(s)}</li>' for s in m['steps']) + '</ol>'
        out = f'☐ ไม่สามารถดำเนินการได้<br>☐ อยู่ระหว่างการดำเนินการ<br>☑ ดำเนินการแล้วเสร็จ<br>{e(m["output"])}'
        rows.append(f'<tr><td class="has-text-align-center" data-align="center">{m["no"]}</td><td>{e(m["title"])}</td><td>{steps}</td><td>{e(m["resp"])}</td>'
                    f'<td>{e(m["period"])}</td><td>{out}</td><td>{e(m["outcome"])}</td><td>{e(m["mon"])}</td></tr>')
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569 &#8211; องค์การบริหารส่วนตำบลหนองปรือทอง</title>
<link rel='stylesheet' id='wp-block-library-css' href='https://nongpruethong.go.th/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://nongpruethong.go.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="post-template-default single single-post postid-2317 single-format-standard ast-single-post ast-inherit-site-logo-transparent">
<div id="page" class="hfeed site">
<header class="site-header"><div class="site-branding"><p class="site-title"><a href="https://nongpruethong.go.th/">องค์การบริหารส่วนตำบลหนองปรือทอง</a></p>
<p class="site-description">อำเภอพนัสทอง จังหวัดชลบุรีทอง</p></div>
<nav class="main-navigation"><ul id="primary-menu" class="main-header-menu"><li><a href="https://nongpruethong.go.th/">หน้าแรก</a></li><li><a href="https://nongpruethong.go.th/about/">ข้อมูลพื้นฐาน</a></li><li><a href="https://nongpruethong.go.th/ita/">ITA</a></li><li><a href="https://nongpruethong.go.th/contact/">ติดต่อเรา</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2317 post type-post status-publish format-standard hentry category-ita">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h1>
<div class="entry-meta"><span class="posted-on">15 ตุลาคม 2569</span> / <span class="cat-links"><a href="https://nongpruethong.go.th/category/ita/" rel="category tag">ITA</a></span> / โดย <span class="author-name">admin_sp</span></div></header>
<div class="entry-content clear" itemprop="text">
<p>องค์การบริหารส่วนตำบลหนองปรือทอง ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน <strong>87.61</strong> คะแนน ผ่านเกณฑ์ (85 คะแนนขึ้นไป) และได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 ดังนี้</p>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>ลำดับ</th><th>มาตรการ/กิจกรรม</th><th>วิธีการดำเนินการ</th><th>หน่วยงานรับผิดชอบ</th><th>ห้วงเวลา</th><th>ผลการดำเนินงาน</th><th>ผลสัมฤทธิ์</th><th>การติดตามประเมินผล</th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table><figcaption class="wp-element-caption">ข้อมูล ณ วันที่ 30 กันยายน 2569</figcaption></figure>
<p>ลงชื่อ นายบุญชัย เพชรน้ำทอง นายกองค์การบริหารส่วนตำบลหนองปรือทอง</p>
<div class="wp-block-file"><a href="https://nongpruethong.go.th/wp-content/uploads/2026/10/o12-2569.pdf">o12-2569.pdf</a><a href="https://nongpruethong.go.th/wp-content/uploads/2026/10/o12-2569.pdf" class="wp-block-file__button wp-element-button" download>ดาวน์โหลด</a></div>
</div></article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="https://nongpruethong.go.th/2026/10/o11/" rel="prev">รายงานการกำกับติดตามการดำเนินการตามแผน รอบ 12 เดือน</a></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary"><section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul><li><a href="https://nongpruethong.go.th/2026/11/ita70-measures/">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2570</a></li><li><a href="https://nongpruethong.go.th/2026/10/tax-2570/">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570</a></li></ul></section></div>
</div></div>
<footer class="site-footer"><div class="ast-small-footer">Copyright &copy; 2026 องค์การบริหารส่วนตำบลหนองปรือทอง | Powered by Astra WordPress Theme</div></footer>
</div></body></html>
'''
    open(os.path.join(OUT, NAME + '.html'), 'w', encoding='utf-8').write(page)
    for m in M:
        m['label_no'] = m['no']
    write_truth(NAME, 'html', 'results', 2569, AG, 'measure', M,
        notes='Ordinary WordPress (Astra theme) post: Gutenberg wp-block-table with thead, striped; steps as <ol> in cells; output cell = three '
              'status boxes (exactly one ☑ "ดำเนินการแล้วเสร็จ") followed by an output text; own การติดตามประเมินผล column; figcaption '
              'date; sidebar "recent posts" names the FY 2570 measures post (not content). ITA 2568 87.61 ผ่าน. COMPLETE.')
if __name__ == '__main__':
    build()
