"""Plans FY 2570: p01 docx (อบต., quarter grid, COMPLETE), p02 html (WordPress, title says 2569 - wrong FY),
p03 md (school, COMPLETE), p04 pdf (provincial livestock office, 12-month grid with ●)."""
import os, shutil, html
from common import *

# ---------------------------------------------------------------- p01
P01 = 'p01_obt_bankhoktai_plan_2570'
AG1 = 'องค์การบริหารส่วนตำบลบ้านโคกใต้'
A1 = [
 dict(n='1', title='ปรับปรุงข้อมูลบนเว็บไซต์ อบต. ให้ครบถ้วนตามตัวชี้วัด O1–O37',
      steps='ตรวจสอบรายการข้อมูลทุกเดือน มอบหมายกองที่เกี่ยวข้องนำข้อมูลขึ้นเว็บไซต์', resp='สำนักปลัด (งานประชาสัมพันธ์)',
      q=(1, 1, 1, 1), outc='ข้อมูลครบ 37 ข้อ'),
 dict(n='2', title='จัดทำและเผยแพร่รายงานผลการจัดซื้อจัดจ้างประจำเดือน (สขร.1)',
      steps='จัดทำรายงานทุกเดือน เผยแพร่ภายใน 10 วันของเดือนถัดไป', resp='กองคลัง (งานพัสดุ)',
      q=(1, 1, 1, 1), outc='เผยแพร่ครบ 12 เดือน'),
 dict(n='3', title='ประชุมชี้แจงแนวปฏิบัติการป้องกันผลประโยชน์ทับซ้อนแก่พนักงาน',
      steps='จัดประชุม 1 ครั้ง แจกคู่มือ ให้พนักงานลงนามรับทราบ', resp='สำนักปลัด (งานการเจ้าหน้าที่)',
      q=(0, 1, 0, 0), outc='พนักงานร้อยละ 100 ลงนามรับทราบ'),
 dict(n='4', title='สำรวจความพึงพอใจผู้รับบริการและนำผลมาปรับปรุงการให้บริการ',
      steps='แจกแบบสำรวจ ณ จุดบริการและออนไลน์ วิเคราะห์ผลเสนอผู้บริหาร', resp='สำนักปลัด / กองคลัง / กองช่าง',
      q=(0, 0, 1, 1), outc='ความพึงพอใจไม่น้อยกว่าร้อยละ 85'),
 dict(n='5', title='กิจกรรม "อบต.บ้านโคกใต้ ไม่รับของขวัญ" (No Gift Policy)',
      steps='นายก อบต. ออกประกาศ ประชาสัมพันธ์แก่ผู้มาติดต่อ ติดป้ายที่สำนักงาน', resp='สำนักปลัด',
      q=(1, 1, 0, 0), outc='ไม่มีการรับของขวัญ'),
 dict(n='6', title='ติดตามและรายงานผลการดำเนินงานตามแผนต่อนายก อบต. รอบ 6 เดือน และ 12 เดือน',
      steps='รวบรวมผลจากทุกกอง สรุปรายงานเสนอนายก อบต. และเผยแพร่บนเว็บไซต์', resp='สำนักปลัด (งานวิเคราะห์นโยบายและแผน)',
      q=(0, 1, 0, 1), outc='มีรายงาน 2 ฉบับ'),
]


def p01():
    doc = new_doc('TH Sarabun New', 15, landscape=True, margins=(1.8, 1.5, 1.5, 1.5))
    para(doc, 'แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', bold=True, align='center', size=18)
    para(doc, 'องค์การบริหารส่วนตำบลบ้านโคกใต้ อำเภอหล่มเก่าใต้ จังหวัดเพชรบูรณ์นที', bold=True, align='center', size=16)
    para(doc, '(ผลการประเมิน ITA ปี 2569 : 88.91 คะแนน ผ่าน)', align='center', space_after=6)
    tb = doc.add_table(rows=2, cols=9); tb.style = 'Table Grid'
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    for i, h in enumerate(['ลำดับ', 'กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ']):
        h0[i].merge(h1[i]); cell_text(h0[i], h, bold=True, align='center')
    m = h0[4].merge(h0[7]); cell_text(m, 'ระยะเวลาดำเนินการ ปีงบประมาณ 2570', bold=True, align='center')
    for i, q in enumerate(['ไตรมาส 1\n(ต.ค.–ธ.ค. 69)', 'ไตรมาส 2\n(ม.ค.–มี.ค. 70)', 'ไตรมาส 3\n(เม.ย.–มิ.ย. 70)', 'ไตรมาส 4\n(ก.ค.–ก.ย. 70)']):
        cell_text(h1[4 + i], q, bold=True, align='center', size=13)
    h0[8].merge(h1[8]); cell_text(h0[8], 'ตัวชี้วัด', bold=True, align='center')
    for r in tb.rows[:2]:
        repeat_header(r)
        for c in r.cells:
            shade(c, 'FCE4D6')
    for a in A1:
        r = tb.add_row().cells
        vals = [a['n'], a['title'], a['steps'], a['resp']] + ['✓' if x else '' for x in a['q']] + [a['outc']]
        for c, v in zip(r, vals):
            cell_text(c, v, align='center' if len(v) <= 2 else None)
    col_widths(tb, [1.2, 5.6, 6.2, 3.8, 1.7, 1.7, 1.7, 1.7, 3.1])
    para(doc, '')
    for ln in ['(ลงชื่อ) ........................................ ผู้เสนอแผน', '(นางสาวปิยะนุช โคกทอง) ปลัด อบต.บ้านโคกใต้', '',
               '(ลงชื่อ) ........................................ ผู้อนุมัติแผน', '(นายประยูร แสงโคก) นายก อบต.บ้านโคกใต้']:
        para(doc, ln, align='right')
    doc.save(os.path.join(OUT, P01 + '.docx'))
    for a in A1:
        a['period'] = 'Q' + ''.join(str(i + 1) for i, x in enumerate(a['q']) if x)
    label(P01 + '.docx', 'plan', 2570, AG1, 'activity', A1, [],
          'Word plan (TH Sarabun New, landscape) titled "แผนปฏิบัติการ…". Two-row header: vertically merged ลำดับ/กิจกรรม/'
          'วิธีดำเนินการ/ผู้รับผิดชอบ/ตัวชี้วัด, "ระยะเวลาดำเนินการ ปีงบประมาณ 2570" spanning four quarter columns with month ranges; '
          'period only as ✓ marks. Activity 6 is the plan\'s own 6/12-month report to the chief executive = monitoring for every '
          'activity. ตัวชี้วัด column = outcome. COMPLETE.', general_mon=True)


# ---------------------------------------------------------------- p02
P02 = 'p02_tt_maeramatnuea_plan_2569'
AG2 = 'เทศบาลตำบลแม่ระมาดเหนือ'
A2 = [
 dict(n='1', title='ทบทวนและประกาศมาตรฐานขั้นตอนการให้บริการงานทะเบียนราษฎรและขออนุญาตต่าง ๆ',
      steps='ทบทวนคู่มือประชาชน ปรับลดขั้นตอน ติดประกาศ ณ จุดบริการ', resp='สำนักปลัดเทศบาล (งานทะเบียนราษฎร)',
      period='ต.ค. – ธ.ค. 2569', mon='รายงานผลต่อปลัดเทศบาลเมื่อแล้วเสร็จ', outc='ลดระยะเวลาการให้บริการร้อยละ 20'),
 dict(n='2', title='เผยแพร่ข้อมูลผลการดำเนินงานและการใช้จ่ายงบประมาณของเทศบาลผ่านเสียงตามสายและเพจ',
      steps='สรุปข้อมูลรายเดือน จัดทำอินโฟกราฟิก ออกอากาศเสียงตามสายทุกวันจันทร์', resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)',
      period='ต.ค. 2569 – ก.ย. 2570', mon='สรุปยอดการเข้าถึงรายงานนายกเทศมนตรีทุกไตรมาส', outc='ประชาชนรับทราบข้อมูลเพิ่มขึ้น'),
 dict(n='3', title='อบรมเจ้าหน้าที่เรื่องการปฏิบัติงานกับแรงงานต่างด้าวและผู้มาติดต่อจากชายแดนอย่างเป็นธรรม',
      steps='อบรมร่วมกับด่านตรวจคนเข้าเมือง จัดทำแนวปฏิบัติ 2 ภาษา (ไทย-เมียนมา)', resp='กองสาธารณสุขและสิ่งแวดล้อม',
      period='-', mon='รายงานผลการอบรมต่อนายกเทศมนตรี', outc='เจ้าหน้าที่ปฏิบัติงานตามแนวปฏิบัติ ไม่มีเรื่องร้องเรียน'),
 dict(n='4', title='ตรวจสอบการใช้รถยนต์ส่วนกลางและน้ำมันเชื้อเพลิง',
      steps='บันทึกการใช้รถ ตรวจเลขไมล์เทียบการเบิกน้ำมันทุกสิ้นเดือน', resp='กองคลัง',
      period='ต.ค. 2569 – ก.ย. 2570', mon='ผู้อำนวยการกองคลังรายงานปลัดเทศบาลทุกเดือน', outc='ค่าน้ำมันไม่เกินแผน'),
 dict(n='5', title='เปิดรับฟังความคิดเห็นประชาชนต่อร่างเทศบัญญัติงบประมาณรายจ่าย',
      steps='ประกาศร่างบนเว็บไซต์ 15 วัน จัดเวทีประชาคมระดับตำบล', resp='',
      period='มิ.ย. – ส.ค. 2570', mon='สรุปความคิดเห็นเสนอคณะผู้บริหาร', outc='มีข้อเสนอจากประชาชนนำไปปรับร่างเทศบัญญัติ'),
]


def p02():
    rows = ''
    for a in A2:
        rows += (f'<tr><td style="text-align:center">{a["n"]}</td><td>{html.escape(a["title"])}</td><td>{html.escape(a["steps"])}</td>'
                 f'<td>{html.escape(a["resp"])}</td><td>{html.escape(a["period"])}</td><td>{html.escape(a["mon"])}</td>'
                 f'<td>{html.escape(a["outc"])}</td></tr>\n')
    doc = f'''<!DOCTYPE html>
<html lang="th" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปี 2569 &#8211; เทศบาลตำบลแม่ระมาดเหนือ</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel='stylesheet' id='astra-theme-css-css' href='https://maeramatnuea.go.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1' media='all'>
</head>
<body class="post-template-default single single-post postid-1842 ast-single-post ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<header class="site-header"><div class="site-branding"><p class="site-title"><a href="https://maeramatnuea.go.th/">เทศบาลตำบลแม่ระมาดเหนือ</a></p><p class="site-description">อำเภอแม่ระมาดเหนือ จังหวัดตากนที</p></div>
<nav class="main-navigation"><ul id="primary-menu"><li><a href="/">หน้าแรก</a></li><li><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/ita/">ITA</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main">
<article id="post-1842" class="post-1842 post type-post status-publish category-ita">
<header class="entry-header"><h1 class="entry-title">แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569</h1>
<div class="entry-meta"><span class="posted-on">11 พฤศจิกายน 2026</span> / <span class="author">admin</span></div></header>
<div class="entry-content">
<p>เทศบาลตำบลแม่ระมาดเหนือ ได้นำผลการประเมินคุณธรรมและความโปร่งใส ปี 2569 (ได้ 85.62 คะแนน ระดับผ่าน) มาจัดทำแผนการขับเคลื่อนฯ
เพื่อดำเนินการในช่วงเดือนตุลาคม 2569 ถึงกันยายน 2570 รายละเอียดดังนี้</p>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">
<thead><tr><th>ลำดับ</th><th>กิจกรรม/โครงการ</th><th>รายละเอียดการดำเนินงาน</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ตัวชี้วัดความสำเร็จ</th></tr></thead>
<tbody>
{rows}</tbody></table><figcaption class="wp-element-caption">ตาราง แผนการขับเคลื่อนฯ ของเทศบาลตำบลแม่ระมาดเหนือ</figcaption></figure>
<p>ดาวน์โหลด : <a href="https://maeramatnuea.go.th/wp-content/uploads/2026/11/plan-ita-2570.pdf">plan-ita-2570.pdf</a></p>
</div>
<footer class="entry-footer"><span class="cat-links">หมวดหมู่: <a href="/category/ita/">ITA</a></span></footer>
</article>
<nav class="post-navigation"><a href="/o35/" rel="prev">&larr; O35 มาตรการส่งเสริมคุณธรรมฯ</a> <a href="/o37/" rel="next">O37 รายงานผล &rarr;</a></nav>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul><li><a href="/news-1840/">ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2570</a></li><li><a href="/news-1838/">เทศบาลจัดกิจกรรมวันลอยกระทง</a></li></ul></section></aside>
</div>
<footer class="site-footer"><div class="ast-small-footer">สงวนลิขสิทธิ์ &copy; 2026 เทศบาลตำบลแม่ระมาดเหนือ | ขับเคลื่อนโดย Astra WordPress Theme</div></footer>
</body>
</html>
'''
    write(P02 + '.html', doc)
    label(P02 + '.html', 'plan', 2569, AG2, 'activity', A2,
          ['title declares FY 2569 but the plan runs Oct 2569 – Sep 2570 (FY 2570) and quotes the 2569 ITA result',
           'activity 3: period is "-"', 'activity 5: responsible cell empty'],
          'WordPress (Astra theme) post: site header/menu, entry meta with a CE date, Gutenberg wp-block-table (stripes) with '
          'thead, figcaption, prev/next post links, recent-posts sidebar. 7 cols incl. own การติดตามผล and ตัวชี้วัดความสำเร็จ '
          '(= outcome). fiscal_year labelled as the title declares (2569), flagged as wrong.')


# ---------------------------------------------------------------- p03
P03 = 'p03_school_phetnathiwit_plan_2570'
AG3 = 'โรงเรียนเพชรนทีวิทยาคม'
A3 = [
 dict(n='1.1', title='เผยแพร่แผนปฏิบัติการประจำปีและรายงานผลการใช้จ่ายงบประมาณของโรงเรียน',
      steps='กลุ่มบริหารงบประมาณสรุปข้อมูลรายไตรมาสและนำขึ้นเว็บไซต์โรงเรียน', resp='กลุ่มบริหารงบประมาณ',
      period='ธ.ค. 2569 / มี.ค. / มิ.ย. / ก.ย. 2570', outc='ผู้ปกครองและชุมชนตรวจสอบการใช้งบประมาณได้'),
 dict(n='1.2', title='เปิดเผยขั้นตอนการรับนักเรียนและผลการคัดเลือกนักเรียน ม.1 และ ม.4',
      steps='ประกาศเกณฑ์ล่วงหน้า ประกาศผลพร้อมคะแนนบนเว็บไซต์และบอร์ดหน้าโรงเรียน', resp='กลุ่มบริหารวิชาการ (งานรับนักเรียน)',
      period='ก.พ. – เม.ย. 2570', outc='ไม่มีข้อร้องเรียนเรื่องการรับนักเรียน'),
 dict(n='2.1', title='โครงการโรงเรียนสุจริต : ค่ายเยาวชนคนดี ไม่โกง',
      steps='จัดค่ายสำหรับสภานักเรียนและแกนนำนักเรียน 2 วัน 1 คืน', resp='กลุ่มบริหารกิจการนักเรียน',
      period='ม.ค. 2570', outc='นักเรียนแกนนำร้อยละ 90 ผ่านเกณฑ์ประเมินพฤติกรรม'),
 dict(n='2.2', title='ประกาศนโยบายไม่รับของขวัญและสร้างวัฒนธรรมโปร่งใสของครูและบุคลากร',
      steps='ผู้อำนวยการประกาศนโยบาย แจ้งผู้ปกครองผ่านหนังสือและ LINE กลุ่มผู้ปกครอง', resp='กลุ่มบริหารทั่วไป',
      period='ต.ค. – ธ.ค. 2569', outc='ผู้ปกครองรับทราบและไม่มีการให้ของขวัญแก่ครู'),
 dict(n='3.1', title='พัฒนาช่องทางรับเรื่องร้องเรียนของผู้ปกครองและนักเรียน',
      steps='เปิด Google Form และกล่องรับความคิดเห็น ตอบกลับภายใน 7 วัน', resp='กลุ่มบริหารทั่วไป (งานประชาสัมพันธ์)',
      period='ต.ค. 2569 – ก.ย. 2570', outc='เรื่องร้องเรียนได้รับการตอบกลับครบทุกเรื่อง'),
]


def p03():
    L = ['# แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)', '',
         '### โรงเรียนเพชรนทีวิทยาคม สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาเพชรบูรณ์นที', '',
         '**ประจำปีงบประมาณ พ.ศ. 2570**', '',
         'ผลการประเมิน ITA ปี 2569 ของ สพม.เพชรบูรณ์นที ได้ 91.72 คะแนน ระดับ ผ่าน โรงเรียนจึงกำหนดแนวทางดังนี้', '',
         '| ข้อ | แนวทาง / กิจกรรม | วิธีการ | ผู้รับผิดชอบ | ระยะเวลา | ตัวชี้วัดความสำเร็จ |',
         '|:---:|---|---|---|---|---|']
    groups = {'1.1': 'แนวทางที่ 1 การเปิดเผยข้อมูลของโรงเรียน', '2.1': 'แนวทางที่ 2 การสร้างวัฒนธรรมสุจริต',
              '3.1': 'แนวทางที่ 3 การรับฟังความคิดเห็นและเรื่องร้องเรียน'}
    for a in A3:
        if a['n'] in groups:
            L.append(f'| | **{groups[a["n"]]}** | | | | |')
        L.append(f'| {a["n"]} | {a["title"]} | {a["steps"]} | {a["resp"]} | {a["period"]} | {a["outc"]} |')
    L += ['', '**การกำกับติดตาม** : รองผู้อำนวยการกลุ่มบริหารทั่วไปติดตามความก้าวหน้าทุกภาคเรียน และรายงานผลต่อผู้อำนวยการโรงเรียน'
          'และ สพม.เพชรบูรณ์นที ภายในเดือนกันยายน 2570', '',
          'ลงชื่อ นายธนกร ภูเพชร  ผู้อำนวยการโรงเรียนเพชรนทีวิทยาคม', '']
    write(P03 + '.md', '\n'.join(L))
    label(P03 + '.md', 'plan', 2570, AG3, 'activity', A3, [],
          'Hand-written GFM, title "แนวทางและมาตรการในการยกระดับ… (ITA)". 6-col pipe table with bold group rows "แนวทางที่ n" '
          '(not units) and activities numbered 1.1–3.1 in the ข้อ column. Closing bold "การกำกับติดตาม" = monitoring for all. '
          'ตัวชี้วัดความสำเร็จ = outcome. COMPLETE.', general_mon=True)


# ---------------------------------------------------------------- p04
P04 = 'p04_dld_kamphaengnathi_plan_2570'
AG4 = 'สำนักงานปศุสัตว์จังหวัดกำแพงนที'
MONTHS = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
A4 = [
 dict(n='๑', title='เผยแพร่ข้อมูลการออกใบอนุญาตเคลื่อนย้ายสัตว์และซากสัตว์ผ่านระบบ e-Movement',
      steps='ประกาศขั้นตอนและค่าธรรมเนียม สรุปจำนวนใบอนุญาตรายเดือนบนเว็บไซต์', resp='กลุ่มพัฒนาสุขภาพสัตว์',
      m=range(0, 12), outc='ผู้ขออนุญาตทราบขั้นตอน ไม่มีเรื่องร้องเรียน'),
 dict(n='๒', title='ป้องกันผลประโยชน์ทับซ้อนในการตรวจรับรองฟาร์มมาตรฐาน (GAP)',
      steps='', resp='',
      m=range(2, 9), outc='ฟาร์มที่ได้รับรองผ่านการตรวจโดยคณะกรรมการอย่างน้อย ๒ คน'),
 dict(n='๓', title='จัดซื้อวัคซีนและเวชภัณฑ์อย่างโปร่งใส เปิดเผยราคากลาง',
      steps='ประกาศราคากลางและผลการจัดซื้อในระบบ e-GP จัดทำ สขร.๑', resp='ฝ่ายบริหารทั่วไป (งานพัสดุ)',
      m=[1, 2, 3, 6, 7], outc='ผลการจัดซื้อเผยแพร่ครบทุกรายการ'),
 dict(n='๔', title='อบรมปศุสัตว์อำเภอและเจ้าหน้าที่เรื่องประมวลจริยธรรมและการรับของขวัญ',
      steps='อบรม ๑ วัน ณ ห้องประชุมสำนักงาน ทดสอบก่อน-หลัง', resp='ฝ่ายบริหารทั่วไป',
      m=[4], outc='เจ้าหน้าที่ร้อยละ ๙๐ ผ่านการทดสอบ'),
 dict(n='๕', title='สรุปและรายงานผลการดำเนินงานตามแผนต่อปศุสัตว์จังหวัดและกรมปศุสัตว์',
      steps='รวบรวมผลจากทุกกลุ่มงาน จัดทำรายงานรอบ ๖ เดือนและ ๑๒ เดือน', resp='กลุ่มยุทธศาสตร์และสารสนเทศ',
      m=[5, 11], outc='รายงาน ๒ ฉบับ ภายในกำหนด'),
]


def p04():
    doc = new_doc('Kinnari', 13, landscape=True, margins=(1.6, 1.2, 1.4, 1.4))
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run(AG4 + '   หน้า '); page_field(fp)
    para(doc, 'แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, align='center', size=16)
    para(doc, AG4 + ' กรมปศุสัตว์', bold=True, align='center', size=16)
    para(doc, 'ผลการประเมิน ITA ประจำปี ๒๕๖๙ ของกรมปศุสัตว์ : ๙๐.๘๘ คะแนน (ผ่าน)', align='center', space_after=6)
    n = 5 + 12
    tb = doc.add_table(rows=2, cols=n); tb.style = 'Table Grid'
    h0, h1 = tb.rows[0].cells, tb.rows[1].cells
    for i, h in enumerate(['ที่', 'กิจกรรม', 'วิธีการ', 'ผู้รับผิดชอบ']):
        h0[i].merge(h1[i]); cell_text(h0[i], h, bold=True, align='center', size=12)
    mm = h0[4].merge(h0[15]); cell_text(mm, 'พ.ศ. ๒๕๖๙ (ต.ค.–ธ.ค.)  |  พ.ศ. ๒๕๗๐ (ม.ค.–ก.ย.)', bold=True, align='center', size=12)
    for i, mo in enumerate(MONTHS):
        cell_text(h1[4 + i], mo, bold=True, align='center', size=9)
    h0[16].merge(h1[16]); cell_text(h0[16], 'ผลที่คาดว่าจะได้รับ', bold=True, align='center', size=12)
    for r in tb.rows[:2]:
        repeat_header(r)
    for a in A4:
        r = tb.add_row().cells
        vals = [a['n'], a['title'], a['steps'], a['resp']] + ['●' if i in a['m'] else '' for i in range(12)] + [a['outc']]
        for c, v in zip(r, vals):
            cell_text(c, v, align='center' if len(v) <= 1 else None, size=12)
    col_widths(tb, [0.8, 4.6, 4.4, 3.0] + [0.85] * 12 + [3.6])
    para(doc, '')
    para(doc, 'หมายเหตุ  ● หมายถึง ช่วงเวลาดำเนินการ', size=12)
    para(doc, '')
    para(doc, '(ลงชื่อ) ........................................  ปศุสัตว์จังหวัดกำแพงนที', align='right')
    p = os.path.join(BUILD, P04 + '.docx'); doc.save(p)
    pdf = to_pdf(p); shutil.copy(pdf, os.path.join(OUT, P04 + '.pdf'))
    for a in A4:
        a['period'] = 'months'
    label(P04 + '.pdf', 'plan', 2570, AG4, 'activity', A4,
          ['activity 2: steps (วิธีการ) and responsible cells left blank'],
          'Word plan (Kinnari, landscape) exported to PDF, "แผนการขับเคลื่อน…". Two-row header: ที่/กิจกรรม/วิธีการ/ผู้รับผิดชอบ/'
          'ผลที่คาดว่าจะได้รับ merged vertically, a year band over 12 Thai-abbreviated month columns; period only as ● marks '
          '(legend "● หมายถึง ช่วงเวลาดำเนินการ"). Activity ๕ is the plan\'s own 6/12-month report = monitoring for every activity. '
          'Department score 90.88.', general_mon=True)


if __name__ == '__main__':
    p01(); p02(); p03(); p04()
