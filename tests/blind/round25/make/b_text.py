"""Text documents: r02 (NEW: LINE group CHAT HISTORY export .txt with the report posted as quoted multi-line messages), r03
(hospital, WordPress html), r04 (PWA branch, md, wrong FY), r07 (public organisation, plain txt with a form feed), m03 (NEW:
Google Docs "Download > Web page (.html, zipped)" page), m04 (ECT provincial office, md nested lists), m05 (school, Joomla
html), p02 (NEW: MediaWiki page SOURCE saved as .txt, `{| |}` wikitable), p03 (อบต. plan, md)."""
import sys
import html as H
from common import *

E = H.escape


def mdrow(cells):
    return '| ' + ' | '.join(c.replace('\n', '<br>') for c in cells) + ' |'


# ---------------------------------------------------------------- r02 (NEW: LINE chat export)
def r02():
    F = 'r02_obt_maeramatwari_results_2569.txt'; AG = 'องค์การบริหารส่วนตำบลแม่ระมาดวารี'
    MS = [
     dict(n='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและสรุปผล สขร.1 ประจำเดือนบนเว็บไซต์และบอร์ดหน้าสำนักงาน',
          steps='กองคลังสรุปผลทุกเดือน > ปลัดตรวจ > ลงเว็บภายในวันที่ 10', resp='กองคลัง (งานพัสดุ)',
          period='ต.ค. 68 - ก.ย. 69', mon='ปลัด อบต. ตรวจรายงานทุกเดือน', out='ลงเว็บครบ 12 เดือน 241 รายการ',
          outc='ไม่มีเรื่องร้องเรียนเรื่องจัดซื้อจัดจ้าง'),
     dict(n='2', title='ประชาคมหมู่บ้านรับฟังความคิดเห็นโครงการในแผนพัฒนาท้องถิ่นและงบประมาณปี 2570',
          steps='แจ้งผู้ใหญ่บ้าน 11 หมู่ > จัดประชาคมหมู่บ้าน > สรุปเข้าที่ประชุมคณะกรรมการพัฒนา', resp='สำนักปลัด (งานนโยบายและแผน)',
          period=None, mon='รายงานนายก อบต. เมื่อจัดครบทุกหมู่', out='จัดประชาคม 11 หมู่บ้าน ผู้เข้าร่วม 712 คน',
          outc='โครงการในแผนมาจากความต้องการของชาวบ้าน'),
     dict(n='3', title='ประกาศขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคารและขอรับความช่วยเหลือสาธารณภัย',
          steps='ทำป้ายขั้นตอนติดจุดบริการ > ลงเว็บไซต์และเพจ > แจ้งในที่ประชุมหมู่บ้าน', resp='กองช่าง / สำนักปลัด (งานป้องกันฯ)',
          period='พ.ย. 68 - ม.ค. 69', mon='หัวหน้ากองช่างรายงานปลัด อบต.', out='ป้ายประกาศ 2 จุด ลงเว็บแล้ว',
          outc='ผู้มาติดต่อทราบขั้นตอน ไม่มีเรื่องร้องเรียนเรื่องความล่าช้า'),
     dict(n='4', title='อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่ผู้บริหาร สมาชิกสภา และพนักงาน',
          steps='อบรม 1 วันที่ห้องประชุม อบต. > ทำแบบทดสอบหลังอบรม', resp='สำนักปลัด (งานการเจ้าหน้าที่)',
          period='มิ.ย. 69', mon='สรุปผลเสนอนายก อบต.', out='-', outc='ผ่านแบบทดสอบร้อยละ 90'),
     dict(n='5', title='ประกาศเจตนารมณ์ No Gift Policy ของนายก อบต. และรายงานการรับของขวัญ',
          steps='นายก อบต. ลงนามประกาศ > ทุกกองรายงานตามแบบ', resp='สำนักปลัด',
          period='ต.ค. 68 - ม.ค. 69', mon='สำนักปลัดรวบรวมแบบรายงานเสนอนายก อบต.', out='ประกาศ 1 ฉบับ รายงานครบ 4 กอง',
          outc='ไม่พบการรับของขวัญ'),
    ]
    def block(m):
        L = [f'📌 มาตรการที่ {m["n"]} {m["title"]}', f'▪️ ขั้นตอน: {m["steps"]}', f'▪️ ผู้รับผิดชอบ: {m["resp"]}']
        if m['period'] is not None:
            L.append(f'▪️ ระยะเวลา: {m["period"]}')
        L += [f'▪️ การติดตามผล: {m["mon"]}', f'▪️ ผลผลิต: {m["out"]}', f'▪️ ผลลัพธ์: {m["outc"]}']
        return L
    TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
    part1 = [TITLE, AG + ' อ.แม่ระมาดวารี จ.ตากวารี', '',
             'ผลการประเมิน ITA ปี 2568 ได้ 87.04 คะแนน (ผ่าน) อบต.ได้กำหนดมาตรการ 5 มาตรการ ผลการดำเนินการรอบ 12 เดือน ดังนี้', '']
    for m in MS[:3]:
        part1 += block(m) + ['']
    part1 += ['(ต่อข้อความถัดไป)']
    part2 = ['(ต่อ) ผลการดำเนินการตามมาตรการ ITA ปี 2569', '']
    for m in MS[3:]:
        part2 += block(m) + ['']
    part2 += ['ปัญหา/อุปสรรค: งบอบรมมีจำกัด ลดเหลือ 1 วัน', '', 'ผู้รายงาน นางนิตยา ท่าสองยางวงศ์ นักวิเคราะห์นโยบายและแผน',
              'ผู้อนุมัติ นายวิชัย ขุนห้วยวารี ปลัด อบต. ปฏิบัติหน้าที่แทนนายก อบต.']
    q = lambda L: '"' + '\n'.join(L).replace('"', '""') + '"'
    N, P, A = 'นิตยา งานแผน อบต.', 'ปลัดวิชัย', 'แอดมินเว็บ ต้น'
    lines = ['[LINE] ประวัติการแชทในกลุ่ม "ITA อบต.แม่ระมาดวารี 2569"', 'วันที่บันทึก: 30/09/2569 17:02', '',
             'อ., 29/09/2569',
             f'08:31\t{P}\tขอให้งานแผนสรุปผลมาตรการ ITA ปี 69 ส่งในกลุ่มนี้ก่อนบ่ายโมงพรุ่งนี้นะครับ จะได้ให้แอดมินลงเว็บข้อ O37',
             f'08:33\t{N}\tรับทราบค่ะ', f'08:33\t{N}\t[สติกเกอร์]', f'10:12\t{A}\t[รูปภาพ]',
             f'10:12\t{A}\tหน้าเว็บ ITA 2570 ทำช่องไว้ให้แล้วครับ', '',
             'พ., 30/09/2569',
             f'12:58\t{N}\tยกเลิกข้อความ',
             f'13:05\t{N}\t' + q(part1),
             f'13:06\t{N}\t' + q(part2),
             f'13:06\t{N}\t[ไฟล์] ผลมาตรการITA69.docx',
             f'13:20\t{P}\tมาตรการที่ 2 ไม่มีระยะเวลานะครับ แล้วข้อ 4 ผลผลิตยังไม่ได้ใส่',
             f'13:22\t{N}\tขออภัยค่ะ ตอนนี้อยู่ศูนย์ ศพด. เดี๋ยวกลับไปแก้ในไฟล์ค่ะ',
             f'13:23\t{P}\tโอเค แต่วันนี้วันสุดท้ายแล้ว ให้แอดมินเอาข้อความที่ส่งในไลน์ลงไปก่อน',
             f'13:25\t{A}\tรับทราบครับ จะ export แชทนี้เป็นไฟล์แนบลงเว็บเลยนะครับ 🙏',
             f'13:25\t{A}\t[สติกเกอร์]', '']
    write(F, '\r\n'.join(lines).replace('\r\n', '\n').replace('\n', '\r\n'))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: no ระยะเวลา line at all (period missing)', 'measure 4: output (ผลผลิต) is "-"'],
          'NEW FORM: a LINE group CHAT HISTORY export (.txt, CRLF): "[LINE] ประวัติการแชทในกลุ่ม …" header, "วันที่บันทึก:" line, '
          'day lines "อ., 29/09/2569", then one "HH:MM<TAB>name<TAB>message" line per message; "[สติกเกอร์]", "[รูปภาพ]", "[ไฟล์] …", '
          '"ยกเลิกข้อความ" (an unsent message) are chat artefacts. The report is posted as TWO multi-line messages, each wrapped in '
          'double quotes (LINE quotes a message with line breaks; an inner " is doubled): the first holds the title (FY 2569), the '
          'ITA 2568 score 87.04 and measures 1-3 ("📌 มาตรการที่ n title" + "▪️ label: value" lines, steps joined by ">"), ending '
          '"(ต่อข้อความถัดไป)"; the second "(ต่อ)" holds measures 4-5, the problems line and reporter/approver lines. Only the posted '
          'report counts: the chat around it (the clerk\'s request, the reviewer\'s remark that measure 2 has no period and measure 4 '
          'no output, the promise to fix the file) is not part of the document and does not repair it.')


# ---------------------------------------------------------------- r03 (hospital, WordPress)
def r03():
    F = 'r03_hosp_thayangwari_results_2569.html'; AG = 'โรงพยาบาลท่ายางวารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างยาและเวชภัณฑ์รายเดือนผ่านเว็บไซต์โรงพยาบาล',
          steps=['จัดทำแผนจัดซื้อจัดจ้างประจำปี', 'สรุปผล สขร.1 ทุกเดือน', 'เผยแพร่ภายในวันที่ 15 ของเดือนถัดไป'],
          resp='กลุ่มงานบริหารทั่วไป (งานพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานคณะกรรมการบริหารโรงพยาบาลทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน 356 รายการ', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ควบคุมการรับการสนับสนุนจากบริษัทยาตามเกณฑ์จริยธรรมการจัดซื้อจัดหาและการส่งเสริมการขายยา',
          steps=['ประกาศเกณฑ์จริยธรรมของโรงพยาบาล', 'กำหนดวันเวลาพบผู้แทนยา', 'บันทึกทะเบียนการรับการสนับสนุน'],
          resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปทะเบียนเสนอผู้อำนวยการทุก 6 เดือน',
          out='ทะเบียน 2 รอบ บันทึกการพบผู้แทน 74 ครั้ง', outc='ไม่พบการรับผลประโยชน์ขัดต่อเกณฑ์'),
     dict(n='3', title='ลดระยะเวลารอคอยผู้ป่วยนอกด้วยระบบนัดหมายล่วงหน้าและคิวออนไลน์',
          steps=['เปิดนัดหมายผ่าน LINE OA หมอพร้อม', 'แยกช่องทางผู้สูงอายุและผู้พิการ', 'แสดงคิวบนจอหน้าห้องตรวจ'],
          resp='กลุ่มงานการพยาบาล (งานผู้ป่วยนอก)', period='ม.ค. – ก.ย. 2569', mon='ติดตามระยะเวลารอคอยจากระบบ HOSxP ทุกเดือน',
          out='นัดหมายออนไลน์ 5,918 ราย', outc='ระยะเวลารอคอยเฉลี่ยลดลงจาก 118 นาที เหลือ 76 นาที'),
     dict(n='4', title='สำรวจความพึงพอใจผู้รับบริการและเปิดเผยผลการจัดการเรื่องร้องเรียน',
          steps=['สำรวจรายไตรมาส', 'สรุปเรื่องร้องเรียนและผลการแก้ไข', 'เผยแพร่บนเว็บไซต์'],
          resp='ศูนย์คุณภาพ / งานประชาสัมพันธ์', period='ต.ค. 2568 – ก.ย. 2569', mon='นำเสนอคณะกรรมการบริหารโรงพยาบาลทุกไตรมาส',
          out='สำรวจครบ 4 ไตรมาส ผู้ตอบ 2,406 ราย', outc='ความพึงพอใจเฉลี่ยร้อยละ 90.8'),
    ]
    rows = []
    for m in MS:
        st = '<br>'.join(f'{i}) {E(x)}' for i, x in enumerate(m['steps'], 1))
        rows.append(f'<tr><td class="has-text-align-center" data-align="center">{m["n"]}</td><td>{E(m["title"])}</td><td>{st}</td>'
                    f'<td>{E(m["resp"])}</td><td>{E(m["period"])}</td><td>{E(m["mon"])}</td><td>{E(m["out"])}</td><td>{E(m["outc"])}</td></tr>')
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>รายงานผลการดำเนินการตามมาตรการ ITA ปี 2569 &#8211; {AG}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.thayangwari-hosp.go.th/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.thayangwari-hosp.go.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all' />
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-2214 single-format-standard ast-single-post ast-right-sidebar">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1" id="masthead"><div class="site-branding"><span class="site-title"><a href="/" rel="home">{AG}</a></span><p class="site-description">สำนักงานสาธารณสุขจังหวัดเพชรวารี</p></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/service/">บริการ</a></li><li class="menu-item current-menu-ancestor"><a href="/ita/">ITA</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-2214 post type-post status-publish category-ita-2570" id="post-2214">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h1>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished">1 ตุลาคม 2026</span></span> / <span class="cat-links"><a href="/category/ita-2570/" rel="category tag">ITA 2570</a></span></div></header>
<div class="entry-content clear" itemprop="text">
<p>{AG} ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้ <strong>91.27</strong> คะแนน (ผ่าน) และได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. 2569 ดังนี้</p>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>ลำดับ</th><th>มาตรการ</th><th>ขั้นตอนการดำเนินงาน</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ผลผลิต</th><th>ผลลัพธ์</th></tr></thead><tbody>{"".join(rows)}</tbody></table><figcaption class="wp-element-caption">ข้อมูล ณ วันที่ 30 กันยายน 2569</figcaption></figure>
<p>ผู้รายงาน นางสาวพรรณี ชะอำวารี หัวหน้ากลุ่มงานบริหารทั่วไป<br>ผู้อนุมัติ นายแพทย์สุรเชษฐ์ บ้านลาดวารี ผู้อำนวยการโรงพยาบาลท่ายางวารี</p>
<div class="wp-block-file"><a id="wp-block-file--media-91" href="https://www.thayangwari-hosp.go.th/wp-content/uploads/2026/10/ITA69-result.pdf">ITA69-result</a><a href="https://www.thayangwari-hosp.go.th/wp-content/uploads/2026/10/ITA69-result.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-91">ดาวน์โหลด</a></div>
</div></article>
<nav class="navigation post-navigation" aria-label="เรื่อง"><div class="nav-links"><div class="nav-previous"><a href="/ita-o36/" rel="prev">&larr; O36 มาตรการส่งเสริมคุณธรรม ปี 2570</a></div></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="ค้นหา &hellip;" name="s"></form></section></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer">Copyright &copy; 2026 {AG} | Powered by Astra WordPress Theme</div></footer>
</div>
<script src="https://www.thayangwari-hosp.go.th/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.14" id="astra-theme-js-js"></script>
</body>
</html>
'''
    write(F, page)
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'WordPress 6 (Astra theme) post: H1 entry-title FY 2569, intro with ITA 2568 score 91.27; Gutenberg '
          '<figure class="wp-block-table is-style-stripes"> 8-column table with own การติดตามผล, steps "1) 2) 3)" joined by <br>; '
          'figcaption date; reporter/approver; file block. COMPLETE.')


# ---------------------------------------------------------------- r04 (PWA branch, md, wrong FY)
def r04():
    F = 'r04_pwa_pranburiwari_results_2570.md'; AG = 'การประปาส่วนภูมิภาคสาขาปราณบุรีวารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและผลการคัดเลือกผู้รับจ้างวางท่อประปาบนเว็บไซต์ กปภ.',
          steps='1) รวบรวมประกาศจัดซื้อจัดจ้าง<br>2) สรุปผลรายเดือน<br>3) เผยแพร่ภายใน 10 วันหลังสิ้นเดือน', resp='งานพัสดุ',
          period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้จัดการสาขารายงาน กปภ.ข.3 ทุกเดือน', out='เผยแพร่ครบ 12 เดือน 118 รายการ',
          outc='ไม่มีข้อร้องเรียนจากผู้ค้า'),
     dict(n='2', title='ลดระยะเวลาการขอติดตั้งประปาใหม่ผ่านแอปพลิเคชัน PWA 1662',
          steps='1) ประชาสัมพันธ์การยื่นคำขอออนไลน์<br>2) ติดตามคำขอรายวัน<br>3) แจ้งสถานะทาง SMS', resp='งานบริการลูกค้า',
          period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานตัวชี้วัดระยะเวลาบริการทุกเดือน', out='คำขอออนไลน์ 1,284 ราย',
          outc='ระยะเวลาติดตั้งเฉลี่ยลดลงจาก 7 วัน เหลือ 4 วัน'),
     dict(n='3', title='ตรวจสอบการอ่านมาตรวัดน้ำและการออกใบแจ้งหนี้ด้วยภาพถ่ายมาตรจากเครื่องอ่านมาตร',
          steps='1) ถ่ายภาพมาตรทุกครั้งที่จด<br>2) สุ่มตรวจภาพเทียบหน่วยน้ำ 100 ราย/เดือน', resp='(ระบุ)',
          period='ม.ค. – ก.ย. 2569', mon='งานตรวจสอบภายในเขตสุ่มตรวจรายไตรมาส', out='สุ่มตรวจ 900 ราย',
          outc='ข้อร้องเรียนค่าน้ำผิดปกติลดลงร้อยละ 45'),
     dict(n='4', title='อบรมจริยธรรมและการขัดกันแห่งผลประโยชน์สำหรับพนักงานและลูกจ้าง',
          steps='1) อบรม e-Learning ของ กปภ.<br>2) ทดสอบหลังอบรม', resp='งานบริหารทั่วไป',
          period='ก.พ. – เม.ย. 2569', mon='หัวหน้างานบริหารทั่วไปสรุปผลเสนอผู้จัดการสาขา', out='ผ่านการอบรม 41 คน',
          outc='ผ่านแบบทดสอบร้อยละ 97'),
    ]
    s = [f'# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', '',
         f'**{AG}**  (การประปาส่วนภูมิภาคเขต 3)', '',
         '*ระยะเวลารายงาน: 1 ตุลาคม 2568 – 30 กันยายน 2569*', '',
         '## ผลการประเมิน ITA ปีที่ผ่านมา', '',
         'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 ของ กปภ. ได้ **93.71** คะแนน ระดับผ่าน สาขาปราณบุรีวารีได้ดำเนินการตามมาตรการ 4 มาตรการ ดังนี้', '',
         '## ผลการดำเนินการรายมาตรการ', '']
    LB = [('ขั้นตอนการดำเนินการ', 'steps'), ('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลา', 'period'), ('การติดตามผล', 'mon'),
          ('ผลผลิต', 'out'), ('ผลลัพธ์', 'outc')]
    for m in MS:
        s += [f'### มาตรการที่ {m["n"]} {m["title"]}', '', '| หัวข้อ | รายละเอียด |', '|---|---|']
        s += [f'| {a} | {m[k]} |' for a, k in LB]
        s += ['']
    s += ['---', '', 'ผู้รายงาน: นายอนุชา สามร้อยยอดวารี (หัวหน้างานบริหารทั่วไป)  ', 'ผู้อนุมัติ: นางจันทร์เพ็ญ กุยบุรีวารี (ผู้จัดการการประปาส่วนภูมิภาคสาขาปราณบุรีวารี)', '']
    write(F, '\n'.join(s))
    label(F, 'results', 2570, AG, 'measure', MS,
          ['fiscal year: the title says 2570 but the report covers FY 2569 (1 ต.ค. 2568 – 30 ก.ย. 2569; measures from the ITA 2568 result)',
           'measure 3: responsible is "(ระบุ)"'],
          'Markdown (state enterprise branch): H1 title says "ปีงบประมาณ พ.ศ. 2570" (WRONG - the italic line says the period is '
          '1 ต.ค. 2568 – 30 ก.ย. 2569); ITA 2568 score 93.71; each measure is an H3 "มาตรการที่ n title" followed by its own 2-column '
          'pipe table (หัวข้อ | รายละเอียด) with six label rows; steps joined by <br>.')


# ---------------------------------------------------------------- r07 (public organisation, plain text)
def r07():
    F = 'r07_andaman_tourism_results_2569.txt'; AG = 'สถาบันพัฒนาการท่องเที่ยวชายฝั่งอันดามันวารี (องค์การมหาชน)'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณโครงการพัฒนาแหล่งท่องเที่ยว',
          steps=['(1) สรุปผลการจัดซื้อจัดจ้างรายเดือน', '(2) เสนอผู้อำนวยการสถาบันเห็นชอบ', '(3) เผยแพร่บนเว็บไซต์ภายใน 15 วัน'],
          resp='ฝ่ายบริหารกลาง (งานพัสดุ)', period='ตุลาคม 2568 – กันยายน 2569', mon='ฝ่ายตรวจสอบภายในรายงานคณะกรรมการตรวจสอบรายไตรมาส',
          out='เผยแพร่ครบ 12 เดือน 204 รายการ', outc='ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้าง'),
     dict(n='2', title='กำหนดหลักเกณฑ์และประกาศผลการคัดเลือกชุมชนรับทุนพัฒนาการท่องเที่ยวโดยชุมชนอย่างโปร่งใส',
          steps=['(1) ประกาศหลักเกณฑ์ล่วงหน้า 30 วัน', '(2) คณะกรรมการคัดเลือกมีผู้แทนภาคประชาสังคม', '(3) ประกาศผลพร้อมคะแนน'],
          resp='ฝ่ายพัฒนาการท่องเที่ยวโดยชุมชน', period='มกราคม – เมษายน 2569', mon='ผู้อำนวยการฝ่ายรายงานผู้อำนวยการสถาบันเมื่อประกาศผล',
          out='ชุมชนได้รับทุน 14 ชุมชน จากผู้สมัคร 37 ชุมชน', outc='ไม่มีการอุทธรณ์ผลการคัดเลือก'),
     dict(n='3', title='พัฒนาระบบรับเรื่องร้องเรียนออนไลน์และแจ้งผลการดำเนินการแก่ผู้ร้อง',
          steps=['(1) พัฒนาแบบฟอร์มออนไลน์', '(2) คัดแยกเรื่องภายใน 2 วันทำการ', '(3) แจ้งผลภายใน 30 วัน'],
          resp='ฝ่ายยุทธศาสตร์และสื่อสารองค์กร', period='พฤศจิกายน 2568 – กันยายน 2569', mon='สรุปสถิติเรื่องร้องเรียนเสนอคณะกรรมการบริหารทุกไตรมาส',
          out='รับเรื่อง 19 เรื่อง แจ้งผลครบทุกเรื่อง', outc='ผู้ร้องได้รับแจ้งผลภายในกำหนดร้อยละ 100'),
     dict(n='4', title='อบรมจริยธรรมพนักงานองค์การมหาชนและการป้องกันผลประโยชน์ทับซ้อน',
          steps=['(1) อบรมเชิงปฏิบัติการ 1 วัน', '(2) ทดสอบหลังอบรม', '(3) ให้พนักงานลงนามรับทราบประมวลจริยธรรม'],
          resp='ฝ่ายบริหารกลาง (งานทรัพยากรบุคคล)', period='มีนาคม 2569', mon='ฝ่ายบริหารกลางสรุปผลเสนอผู้อำนวยการสถาบัน',
          out='พนักงานเข้าอบรม 52 คน จาก 54 คน', outc='ผ่านแบบทดสอบร้อยละ 94'),
     dict(n='5', title='ประกาศเจตนารมณ์ไม่รับของขวัญจากผู้ประกอบการท่องเที่ยวและคู่สัญญา',
          steps=['(1) ผู้อำนวยการสถาบันประกาศเจตนารมณ์', '(2) แจ้งคู่สัญญาทุกรายเป็นหนังสือ'],
          resp='ผู้อำนวยการสถาบัน / ฝ่ายบริหารกลาง', period='ตุลาคม 2568 – กันยายน 2569', mon='ฝ่ายบริหารกลางรวบรวมรายงานการรับของขวัญทุก 6 เดือน',
          out='ประกาศ 1 ฉบับ หนังสือแจ้งคู่สัญญา 63 ราย', outc='ไม่พบการรับของขวัญ'),
    ]
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2569', AG, '',
         'ส่วนที่ 1 บทนำ',
         '     สถาบันได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 92.16 คะแนน ระดับผ่าน และได้กำหนดมาตรการ 5 มาตรการ',
         'เพื่อดำเนินการในปีงบประมาณ พ.ศ. 2569 ผลการดำเนินการเป็นดังนี้', '', 'ส่วนที่ 2 ผลการดำเนินการ', '']
    for k, m in enumerate(MS):
        n = m['n']
        L.append(f'{n}. มาตรการ: {m["title"]}')
        L.append(f'   {n}.1 ขั้นตอนการดำเนินงาน')
        L += ['         ' + x for x in m['steps']]
        if k == 2:   # Word page break saved as a form feed, cutting measure 3
            L += ['', '\f' + '                                                   - 2 -', '']
        L.append(f'   {n}.2 ผู้รับผิดชอบ      {m["resp"]}')
        L.append(f'   {n}.3 ระยะเวลา         {m["period"]}')
        L.append(f'   {n}.4 การติดตามผล      {m["mon"]}')
        L.append(f'   {n}.5 ผลผลิต           {m["out"]}')
        L.append(f'   {n}.6 ผลลัพธ์           {m["outc"]}')
        L.append('')
    L += ['ส่วนที่ 3 ข้อเสนอแนะ', '     ควรขยายการอบรมไปยังลูกจ้างโครงการและอาสาสมัครประจำแหล่งท่องเที่ยว', '',
          '                         ลงชื่อ  นางสาวปวีณา ละอุ่นวารี  ผู้รายงาน', '                         ผู้อำนวยการฝ่ายบริหารกลาง', '',
          '                         ลงชื่อ  นายกิตติพงศ์ กะเปอร์วารี  ผู้อนุมัติ', '                         ผู้อำนวยการสถาบันพัฒนาการท่องเที่ยวชายฝั่งอันดามันวารี', '']
    write(F, '\r\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Plain text saved from Word (CRLF): title FY 2569, part 1 with ITA 2568 score 92.16; part 2 measures "n. มาตรการ: title" '
          'with numbered sub-items n.1 ขั้นตอนการดำเนินงาน (indented (1)(2)(3) steps), n.2 ผู้รับผิดชอบ … n.6 ผลลัพธ์ as space-aligned '
          'label lines; a Word page break saved as a FORM FEED + "- 2 -" page number cuts measure 3 between its steps and its '
          'responsible line (the rest belongs to measure 3); part 3 suggestions; signatures. COMPLETE.')


# ---------------------------------------------------------------- m03 (NEW: Google Docs HTML export)
def m03():
    F = 'm03_tt_banpongwari_measures_2570.html'; AG = 'เทศบาลตำบลบ้านโป่งวารี'
    MS = [
     dict(n='1', title='ปรับปรุงการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้ครบถ้วนตามเกณฑ์ OIT 2570',
          steps=['ตรวจสอบรายการข้อมูลตามแบบ OIT', 'มอบหมายกองรับผิดชอบรายข้อ', 'ตรวจทานก่อนส่งแบบ OIT'],
          resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', period='ต.ค. 2569 – มี.ค. 2570', mon='คณะทำงาน ITA ประชุมติดตามทุกเดือน',
          outc='ข้อมูลครบทุกข้อ คะแนน OIT ไม่น้อยกว่า 90'),
     dict(n='2', title='เปิดช่องทางชำระภาษีที่ดินและสิ่งปลูกสร้างและค่าธรรมเนียมขยะผ่าน QR Code',
          steps=['ทำสัญญาบริการรับชำระกับธนาคาร', 'พิมพ์ QR Code บนใบแจ้งหนี้', 'ประชาสัมพันธ์ผ่านเสียงตามสาย'],
          resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='พ.ย. 2569 – เม.ย. 2570', mon='ผู้อำนวยการกองคลังรายงานยอดจัดเก็บรายเดือน',
          outc='ผู้ชำระผ่าน QR Code ไม่น้อยกว่าร้อยละ 35'),
     dict(n='3', title='ให้ผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้างถนนและรางระบายน้ำ',
          steps=['คัดเลือกผู้แทนชุมชนจากประชาคม', 'แต่งตั้งร่วมเป็นกรรมการตรวจรับ', 'เผยแพร่ภาพก่อน-หลังก่อสร้าง'],
          resp='กองช่าง', period='(ระบุ)', mon='กองช่างรายงานผลการตรวจรับต่อนายกเทศมนตรีรายไตรมาส',
          outc='ทุกโครงการก่อสร้างมีผู้แทนชุมชนร่วมตรวจรับ'),
     dict(n='4', title='อบรมพนักงานเทศบาลเรื่องผลประโยชน์ทับซ้อนและประมวลจริยธรรม',
          steps=['จัดอบรม 1 วัน', 'ทดสอบหลังอบรม'],
          resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ก.พ. 2570', mon='สรุปผลเสนอปลัดเทศบาลภายใน 15 วัน',
          outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
     dict(n='5', title='ประกาศนโยบาย No Gift Policy และรายงานการรับของขวัญ',
          steps=['นายกเทศมนตรีประกาศนโยบาย', 'ทุกกองรายงานการรับของขวัญ'],
          resp='สำนักปลัดเทศบาล', period='ต.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรวบรวมรายงานเสนอนายกเทศมนตรี',
          outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    css = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
           '.lst-kix_q8h2k1m4x9ab-0>li:before{content:"" counter(lst-ctn-kix_q8h2k1m4x9ab-0,decimal) ". "}'
           'ol.lst-kix_q8h2k1m4x9ab-0{list-style-type:none}.lst-kix_q8h2k1m4x9ab-0>li{counter-increment:lst-ctn-kix_q8h2k1m4x9ab-0}'
           'ol.lst-kix_q8h2k1m4x9ab-0.start{counter-reset:lst-ctn-kix_q8h2k1m4x9ab-0 0}'
           'ul.lst-kix_7rwd2c0p1xq3-0{list-style-type:none}.lst-kix_7rwd2c0p1xq3-0>li:before{content:"\\0025cf   "}'
           'table td,table th{padding:0}'
           '.c4{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;'
           'border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;'
           'border-left-style:solid;border-bottom-width:1pt;width:70.5pt;border-top-color:#000000;border-bottom-style:solid}'
           '.c9{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;'
           'border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;'
           'border-left-style:solid;border-bottom-width:1pt;width:28.5pt;border-top-color:#000000;border-bottom-style:solid}'
           '.c13{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;'
           'border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;'
           'border-left-style:solid;border-bottom-width:1pt;width:468pt;border-top-color:#000000;border-bottom-style:solid;background-color:#d9ead3}'
           '.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:14pt;font-family:"Sarabun";font-style:normal}'
           '.c2{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:14pt;font-family:"Sarabun";font-style:normal}'
           '.c6{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:18pt;font-family:"Sarabun";font-style:normal}'
           '.c1{padding-top:0pt;padding-bottom:0pt;line-height:1.0;orphans:2;widows:2;text-align:left}'
           '.c3{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:center}'
           '.c5{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:justify}'
           '.c7{border-spacing:0;border-collapse:collapse;margin-right:auto}.c8{height:0pt}.c10{height:11pt}'
           '.c11{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}'
           '.c12{color:inherit;text-decoration:inherit}.c14{margin-left:36pt;padding-left:0pt}'
           '.c15{font-size:8pt;vertical-align:super}.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;'
           'font-family:"Arial";line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           'li{color:#000000;font-size:11pt;font-family:"Arial"}p{margin:0;color:#000000;font-size:11pt;font-family:"Arial"}'
           'h1{padding-top:20pt;color:#000000;font-size:20pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;'
           'page-break-after:avoid;orphans:2;widows:2;text-align:left}'
           'h2{padding-top:18pt;color:#000000;font-size:16pt;padding-bottom:6pt;font-family:"Arial";line-height:1.15;'
           'page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    sp = lambda t, c='c0': f'<span class="{c}">{E(t)}</span>'
    pp = lambda t, pc='c1', sc='c0': f'<p class="{pc}">{sp(t, sc)}</p>' if t else f'<p class="{pc} c10"><span class="{sc}"></span></p>'
    td = lambda inner, c='c4': f'<td class="{c}" colspan="1" rowspan="1">{inner}</td>'
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    rows = ['<tr class="c8">' + ''.join(td(pp(h, 'c3', 'c2'), 'c9' if i == 0 else 'c4') for i, h in enumerate(hd)) + '</tr>']
    rows.append('<tr class="c8"><td class="c13" colspan="7" rowspan="1">' + pp('ด้านที่ 1 การเปิดเผยข้อมูลและการให้บริการ', 'c1', 'c2') + '</td></tr>')
    for i, m in enumerate(MS):
        if i == 3:
            rows.append('<tr class="c8"><td class="c13" colspan="7" rowspan="1">' + pp('ด้านที่ 2 การป้องกันการทุจริตและผลประโยชน์ทับซ้อน', 'c1', 'c2') + '</td></tr>')
        steps = ''.join(pp(f'{k}. {s}') for k, s in enumerate(m['steps'], 1))
        period = pp(m['period'])
        if i == 2:   # a reviewer's comment anchored on the placeholder
            period = f'<p class="c1"><span class="c0">{E(m["period"])}</span><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p>'
        cells = [td(pp(m['n'], 'c3'), 'c9'), td(pp(m['title'])), td(steps), td(pp(m['resp'])), td(period), td(pp(m['mon'])), td(pp(m['outc']))]
        rows.append('<tr class="c8">' + ''.join(cells) + '</tr>')
    li = lambda t: f'<li class="c1 c14 li-bullet-0">{sp(t)}</li>'
    body = ''.join([
        f'<p class="c3 title" id="h.3znysh7">{sp("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "c6")}</p>',
        f'<p class="c3">{sp("ประจำปีงบประมาณ พ.ศ. 2570", "c6")}</p>',
        f'<p class="c3">{sp(AG + " อำเภอบ้านโป่งวารี จังหวัดราชบุรีวารี", "c2")}</p>', pp(''),
        f'<h2 class="c1" id="h.2et92p0">{sp("1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569", "c2")}</h2>',
        pp('เทศบาลตำบลบ้านโป่งวารีได้คะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 รวม 88.52 คะแนน อยู่ในระดับผ่าน โดยมีคะแนน IIT 92.40 EIT 86.15 และ OIT 87.00 คะแนน', 'c5'),
        f'<h2 class="c1" id="h.tyjcwt">{sp("2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน", "c2")}</h2>',
        '<ul class="c16 lst-kix_7rwd2c0p1xq3-0 start">' + ''.join(li(x) for x in [
            'ข้อมูลสาธารณะบนเว็บไซต์บางรายการไม่เป็นปัจจุบัน (OIT o10, o13)',
            'ผู้รับบริการเห็นว่าช่องทางชำระภาษีและค่าธรรมเนียมไม่สะดวก (EIT e7)',
            'ประชาชนไม่มีส่วนร่วมตรวจสอบงานก่อสร้างของเทศบาล (EIT e13)']) + '</ul>',
        f'<h2 class="c1" id="h.3dy6vkm">{sp("3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "c2")}</h2>',
        '<a id="t.a2c1f0e8b7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2"></a><a id="t.0"></a><table class="c7">' + ''.join(rows) + '</table>',
        pp(''),
        pp('ประกาศ ณ วันที่ 20 ตุลาคม พ.ศ. 2569', 'c3'),
        pp('(นายธวัชชัย โพหักวารี)', 'c3'), pp('นายกเทศมนตรีตำบลบ้านโป่งวารี', 'c3'),
        '<div class="c17"><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c0">ช่วงเวลาของมาตรการนี้ ให้กองช่างยืนยันอีกครั้งนะคะ</span></p>'
        '<p class="c1"><span class="c0">_Assigned to กองช่าง บ้านโป่งวารี_</span></p></div>',
    ])
    page = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">' + css +
            '</style></head><body class="c11 doc-content">' + body + '</body></html>')
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['analysis: the section on improvements (ประเด็นที่ต้องพัฒนาให้ดีขึ้น) is MISSING - only the weaknesses list',
           'measure 3: period (ระยะเวลา) is "(ระบุ)" (a reviewer comment asks the unit to confirm it)'],
          'NEW FORM: a GOOGLE DOCS "File > Download > Web page (.html, zipped)" export - the zip\'s single HTML file as Google writes '
          'it: the whole document on ONE LINE, `<meta content="text/html; charset=UTF-8" http-equiv="content-type">`, a generated '
          'style sheet (@import of the Google Fonts kit, .lst-kix_… list counters, short classes .c0-.c17 for every run / paragraph / '
          'cell, `table td,table th{padding:0}`), `<body class="c11 doc-content">`, the title as `<p class="c3 title" id="h.…">`, '
          'headings `<h2 id="h.…">`, every text run a `<span class="c0">`, the weakness list a `<ul class="lst-kix_…">` with '
          '`li-bullet-0`, table anchors `<a id="t.…">`, a 7-column table whose every cell is `<td class="c4" colspan="1" '
          'rowspan="1">` holding `<p class="c1"><span class="c0">…</span></p>` paragraphs (steps = one paragraph each), green '
          'colspan=7 group rows "ด้านที่ 1/2" (not measures), and a reviewer COMMENT exported as `<sup><a href="#cmnt1">[a]</a></sup>` '
          'with its text in a trailing `<div>` (comments are not document content). Title FY 2570, ITA 2569 88.52 ผ่าน; "ผลที่คาดว่า'
          'จะได้รับ" = outcome; output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'missing'})


# ---------------------------------------------------------------- m04 (ECT provincial office, md nested lists)
def m04():
    F = 'm04_ect_phetwari_measures_2570.md'; AG = 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเพชรวารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการใช้จ่ายงบประมาณการจัดการเลือกตั้งท้องถิ่นและการจัดซื้อจัดจ้างรายไตรมาส',
          steps=['สรุปผลการเบิกจ่ายงบประมาณรายไตรมาส', 'ตรวจสอบโดยผู้อำนวยการสำนักงาน', 'เผยแพร่บนเว็บไซต์และเพจสำนักงาน'],
          resp='กลุ่มงานบริหารทั่วไป', period='ต.ค. 2569 – ก.ย. 2570', mon='ผู้อำนวยการฯ รายงานสำนักงาน กกต. ทุกไตรมาส',
          outc='ข้อมูลการใช้จ่ายเผยแพร่ครบ 4 ไตรมาส'),
     dict(n='2', title='เปิดช่องทางแจ้งเบาะแสการซื้อสิทธิขายเสียงและการทุจริตการเลือกตั้งผ่านแอปพลิเคชัน ตาสับปะรด',
          steps=['ประชาสัมพันธ์แอปพลิเคชันในทุกอำเภอ', 'ตรวจสอบเบาะแสภายใน 7 วัน', 'แจ้งผลแก่ผู้แจ้งที่เปิดเผยตัว'],
          resp='กลุ่มงานสืบสวนสอบสวนและวินิจฉัย', period='ต.ค. 2569 – ก.ย. 2570', mon='สรุปเบาะแสและผลการตรวจสอบรายงานผู้อำนวยการฯ ทุกเดือน',
          outc=''),
     dict(n='3', title='คัดเลือกกรรมการประจำหน่วยเลือกตั้งด้วยหลักเกณฑ์ที่ประกาศล่วงหน้าและเปิดเผยรายชื่อ',
          steps=['ประกาศหลักเกณฑ์การคัดเลือก', 'ประกาศรายชื่อผู้ได้รับแต่งตั้ง ณ ที่ว่าการอำเภอ', 'เปิดให้คัดค้านภายใน 3 วัน'],
          resp='กลุ่มงานบริหารการเลือกตั้งและพรรคการเมือง', period='ตามปฏิทินการเลือกตั้ง (คาดว่า ม.ค. – มี.ค. 2570)',
          mon='รายงานผลการคัดเลือกต่อผู้อำนวยการฯ ก่อนวันเลือกตั้ง 15 วัน', outc='ไม่มีการคัดค้านผลการแต่งตั้งที่ฟังขึ้น'),
     dict(n='4', title='เสริมสร้างวัฒนธรรมองค์กรไม่ทนต่อการทุจริตและนโยบายไม่รับของขวัญ',
          steps=['ผู้อำนวยการฯ ประกาศเจตนารมณ์', 'อบรมบุคลากรเรื่องผลประโยชน์ทับซ้อน', 'รายงานการรับของขวัญตามแบบ'],
          resp='กลุ่มงานบริหารทั่วไป', period='ต.ค. 2569 – ม.ค. 2570', mon='ไม่มี',
          outc='ไม่พบการรับของขวัญ บุคลากรผ่านการอบรมร้อยละ 100'),
    ]
    s = ['# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', '', f'**{AG}**', '',
         '## ส่วนที่ 1 การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', '',
         'สำนักงาน กกต. (ภาพรวมส่วนกลางและจังหวัด) ได้คะแนน ITA ปี 2569 รวม **90.71** คะแนน อยู่ในระดับ **ผ่าน**', '',
         '### 1.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', '',
         '- ข้อมูลการใช้จ่ายงบประมาณการเลือกตั้งท้องถิ่นไม่ได้เผยแพร่ในระดับจังหวัด (OIT)',
         '- ประชาชนไม่ทราบช่องทางแจ้งเบาะแสการทุจริตการเลือกตั้ง (EIT)', '',
         '### 1.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '',
         '- ความโปร่งใสในการคัดเลือกกรรมการประจำหน่วยเลือกตั้ง',
         '- การรับของขวัญในช่วงเทศกาลของบุคลากร', '',
         '## ส่วนที่ 2 มาตรการ', '']
    for m in MS:
        s.append(f'{m["n"]}. **{m["title"]}**')
        s.append('   - ขั้นตอน/วิธีการ')
        s += [f'     {k}. {x}' for k, x in enumerate(m['steps'], 1)]
        s.append(f'   - ผู้รับผิดชอบ: {m["resp"]}')
        s.append(f'   - ระยะเวลา: {m["period"]}')
        s.append(f'   - การติดตามผล: {m["mon"]}')
        s.append(f'   - ผลที่คาดว่าจะได้รับ: {m["outc"]}'.rstrip())
        s.append('')
    s += ['ประกาศ ณ วันที่ 30 ตุลาคม พ.ศ. 2569', '', 'นางสาวรัชนี ชะอำวารีกุล  ', 'ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดเพชรวารี', '']
    write(F, '\n'.join(s))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 2: expected result (ผลที่คาดว่าจะได้รับ) is empty', 'measure 4: การติดตามผล is "ไม่มี"'],
          'Markdown (independent agency provincial office): H1 title FY 2570, ITA 2569 90.71 ผ่าน, H3 1.1 weaknesses and 1.2 '
          'improvements as "- " lists; measures as a numbered list "n. **title**" with nested "- label: value" bullets and a '
          'nested numbered steps list; measure 3\'s period "ตามปฏิทินการเลือกตั้ง (คาดว่า ม.ค. – มี.ค. 2570)" is a stated period; '
          'output never stated (missing by convention).', sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m05 (school, Joomla html, complete)
def m05():
    F = 'm05_school_thongphaphumwari_measures_2570.html'; AG = 'โรงเรียนทองผาภูมิวารีวิทยา'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลการรับนักเรียน เกณฑ์ และผลคะแนนสอบคัดเลือกรายบุคคล',
          steps=['ประกาศเกณฑ์ล่วงหน้า ๓๐ วัน', 'ประกาศผลคะแนนรายบุคคล', 'เปิดรับคำร้องขอตรวจสอบคะแนน'],
          resp='งานรับนักเรียน กลุ่มบริหารวิชาการ', period='ก.พ. – เม.ย. ๒๕๗๐', mon='รายงานผู้อำนวยการโรงเรียนหลังประกาศผล',
          outc='ไม่มีเรื่องร้องเรียนการรับนักเรียน'),
     dict(n='๒', title='เผยแพร่รายรับ-รายจ่ายเงินรายได้สถานศึกษาและเงินบริจาครายไตรมาส',
          steps=['สรุปรายรับ-รายจ่ายรายไตรมาส', 'เสนอคณะกรรมการสถานศึกษาขั้นพื้นฐาน', 'เผยแพร่ทางเว็บไซต์และเพจโรงเรียน'],
          resp='กลุ่มบริหารงบประมาณ', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='คณะกรรมการสถานศึกษาฯ พิจารณารายงานทุกไตรมาส',
          outc='ผู้ปกครองและชุมชนตรวจสอบการใช้เงินได้ครบ ๔ ไตรมาส'),
     dict(n='๓', title='จัดซื้อวัสดุอาหารกลางวันโดยคณะกรรมการที่มีผู้แทนผู้ปกครองและประกาศราคา',
          steps=['แต่งตั้งคณะกรรมการที่มีผู้แทนผู้ปกครอง', 'สืบราคาอย่างน้อย ๓ ราย', 'ประกาศราคาวัตถุดิบรายเดือน'],
          resp='งานโครงการอาหารกลางวัน / งานพัสดุ', period='พ.ค. ๒๕๗๐ – ก.ย. ๒๕๗๐', mon='งานตรวจสอบภายในตรวจเอกสารรายเดือน',
          outc='ราคาวัตถุดิบไม่สูงกว่าราคาตลาดในพื้นที่'),
     dict(n='๔', title='อบรมครูและบุคลากรเรื่องประมวลจริยธรรมวิชาชีพครูและการขัดกันแห่งผลประโยชน์',
          steps=['อบรมในวันประชุมครูประจำเดือน', 'ทำแบบทดสอบหลังอบรม'],
          resp='กลุ่มบริหารงานบุคคล', period='พ.ค. ๒๕๗๐', mon='หัวหน้ากลุ่มบริหารงานบุคคลสรุปผลเสนอผู้อำนวยการ',
          outc='ครูผ่านแบบทดสอบร้อยละ ๙๕'),
    ]
    rows = []
    for m in MS:
        st = '<br />'.join(f'{th(k)}) {E(x)}' for k, x in enumerate(m['steps'], 1))
        rows.append(f'<tr>\n<td style="text-align: center;">{m["n"]}</td>\n<td>{E(m["title"])}</td>\n<td>{st}</td>\n<td>{E(m["resp"])}</td>\n'
                    f'<td>{E(m["period"])}</td>\n<td>{E(m["mon"])}</td>\n<td>{E(m["outc"])}</td>\n</tr>')
    page = f'''<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 - {AG}</title>
<link href="/media/templates/site/cassiopeia/css/template.min.css?4.4.5" rel="stylesheet" />
</head>
<body class="site com_content wrapper-static view-article layout-blog no-task itemid-214">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/"><span title="{AG}">{AG}</span></a><div class="site-description">สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาญจนวารี</div></div></div>
<div class="grid-child container-nav"><ul class="mod-menu mod-list nav "><li class="nav-item item-101"><a href="/">หน้าแรก</a></li><li class="nav-item item-214 current active"><a href="/ita" aria-current="page">ITA Online</a></li></ul></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>ITA Online</span></li></ol></nav>
<main>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h1 itemprop="headline">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในสถานศึกษา ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</h1></div>
<dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">ITA Admin</span></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:88">ฮิต: 88</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p style="text-align: center;"><strong>{AG}</strong></p>
<p><strong>๑. ผลการประเมิน ITA Online ปีงบประมาณ พ.ศ. ๒๕๖๙</strong></p>
<p>&nbsp; &nbsp; &nbsp;โรงเรียนได้คะแนน ๙๑.๐๓ คะแนน ระดับผ่าน</p>
<p><strong>๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน</strong></p>
<p>&nbsp; &nbsp; &nbsp;- ผู้ปกครองบางส่วนไม่ทราบผลคะแนนการสอบคัดเลือกรายบุคคล<br />&nbsp; &nbsp; &nbsp;- การรายงานการใช้เงินรายได้สถานศึกษาไม่สม่ำเสมอ</p>
<p><strong>๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น</strong></p>
<p>&nbsp; &nbsp; &nbsp;- การมีส่วนร่วมของผู้ปกครองในการจัดซื้อวัสดุอาหารกลางวัน<br />&nbsp; &nbsp; &nbsp;- ความรู้เรื่องผลประโยชน์ทับซ้อนของครู</p>
<p><strong>๔. มาตรการ</strong></p>
<table style="border-collapse: collapse; width: 100%;" border="1" cellpadding="4">
<tbody>
<tr style="background-color: #fce5cd;">
<td style="text-align: center;"><strong>ที่</strong></td>
<td style="text-align: center;"><strong>มาตรการ</strong></td>
<td style="text-align: center;"><strong>วิธีการดำเนินงาน</strong></td>
<td style="text-align: center;"><strong>ผู้รับผิดชอบ</strong></td>
<td style="text-align: center;"><strong>ระยะเวลา</strong></td>
<td style="text-align: center;"><strong>การกำกับติดตาม</strong></td>
<td style="text-align: center;"><strong>เป้าหมาย/ผลที่คาดว่าจะได้รับ</strong></td>
</tr>
{chr(10).join(rows)}
</tbody>
</table>
<p>&nbsp;</p>
<p style="text-align: right;">(นางสุกัญญา สังขละวารี)<br />ผู้อำนวยการโรงเรียนทองผาภูมิวารีวิทยา</p>
</div>
</div>
</main></div></div>
<footer class="container-footer footer full-width"><div class="grid-child">{AG} ต.ท่าขนุนวารี อ.ทองผาภูมิวารี จ.กาญจนวารี</div></footer>
</body>
</html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Joomla 4 (Cassiopeia) article: H1 title FY ๒๕๗๐, ITA ๒๕๖๙ ๙๑.๐๓ ผ่าน, both analysis sections as bold headings + "- " lines '
          'joined by <br />; TinyMCE table (no <thead>; header row = first <tr> with <strong> cells) 7 columns ๑-๔ with own '
          'การกำกับติดตาม; "เป้าหมาย/ผลที่คาดว่าจะได้รับ" = outcome; output never stated (missing by convention). COMPLETE.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p02 (NEW: MediaWiki page source)
def p02():
    F = 'p02_pea_takwari_plan_2570.txt'; AG = 'การไฟฟ้าส่วนภูมิภาคจังหวัดตากวารี'
    GR = [
     ('ด้านที่ 1 ความโปร่งใสในการให้บริการ', [
      dict(n='1', title='ประกาศขั้นตอน ระยะเวลา และค่าใช้จ่ายการขอใช้ไฟฟ้ารายใหม่ทุกจุดบริการและบนแอป PEA Smart Plus',
           steps=['ทบทวนคู่มือประชาชน', 'จัดทำป้ายและ QR Code ทุกสำนักงานย่อย', 'ปรับข้อมูลในแอปให้ตรงกัน'],
           resp='แผนกบริการลูกค้า', period='ต.ค. – ธ.ค. 2569', mon='ผจก.กฟจ. ตรวจความครบถ้วนทุกเดือน',
           outc='ทุกจุดบริการมีข้อมูลขั้นตอนและค่าใช้จ่ายครบ', inline=True),
      dict(n='2', title='ติดตามคำร้องขอใช้ไฟฟ้าด้วยระบบ Dashboard และแจ้งสถานะทาง SMS',
           steps=['บันทึกคำร้องทุกรายการในระบบ', 'แจ้งสถานะทุกขั้นตอน', 'รายงานคำร้องที่เกินกำหนด'],
           resp='แผนกบริการลูกค้า / แผนกปฏิบัติการ', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานตัวชี้วัดระยะเวลาบริการต่อ กฟฉ.1 ทุกเดือน',
           outc='คำร้องแล้วเสร็จภายในกำหนดร้อยละ 95'),
     ]),
     ('ด้านที่ 2 การป้องกันการทุจริต', [
      dict(n='3', title='ตรวจสอบการจดหน่วยและการงดจ่ายไฟด้วยภาพถ่ายพิกัดจากแอปจดหน่วย',
           steps=['ถ่ายภาพมิเตอร์พร้อมพิกัดทุกราย', 'สุ่มตรวจภาพ 200 ราย/เดือน', 'สอบข้อเท็จจริงเมื่อพบความผิดปกติ'],
           resp='', period='ม.ค. – ก.ย. 2570', mon='คณะทำงานตรวจสอบรายงาน ผจก.กฟจ. รายไตรมาส',
           outc='ข้อร้องเรียนการจดหน่วยผิดพลาดลดลงร้อยละ 30'),
      dict(n='4', title='อบรมจรรยาบรรณพนักงาน กฟภ. และการขัดกันแห่งผลประโยชน์ในงานจัดซื้อจัดจ้าง',
           steps=['อบรมผ่าน PEA e-Learning', 'สัมมนาผู้เกี่ยวข้องงานพัสดุ 1 วัน'],
           resp='แผนกบริหารทั่วไป', period='ก.พ. – เม.ย. 2570', mon='แผนกบริหารทั่วไปสรุปผลเสนอ ผจก.กฟจ.',
           outc='ผู้เกี่ยวข้องงานพัสดุผ่านการอบรมร้อยละ 100', inline=True),
      dict(n='5', title='ประกาศนโยบายงดให้และรับของขวัญ (No Gift Policy) และรายงานการรับของขวัญ',
           steps=['ผจก.กฟจ. ประกาศนโยบาย', 'ทุกแผนกรายงานการรับของขวัญ'],
           resp='ผจก.กฟจ. / แผนกบริหารทั่วไป', period='ต.ค. 2569 – ม.ค. 2570', mon='รวบรวมรายงานเสนอ กฟฉ.1',
           outc='-'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]
    L = ['{{กล่องเอกสารITA', '| หน่วยงาน = ' + AG, '| ปีงบประมาณ = 2570', '| ตัวชี้วัด = O36 / O37', '| สถานะ = อนุมัติแล้ว',
         '| ปรับปรุงล่าสุด = 18 ตุลาคม 2569', '}}', '__TOC__', '',
         "<div style=\"text-align:center; font-size:130%;\">'''แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570'''<br />'''"
         + AG + "'''</div>", '',
         '== ผลการประเมิน ITA ปีงบประมาณ 2569 ==',
         "ผลการประเมินของ กฟภ. ปี 2569 ได้ '''91.64''' คะแนน (ผ่าน)<ref>ที่มา: ประกาศผลการประเมิน ITA ของสำนักงาน ป.ป.ช. ปี 2569</ref> "
         'แผนฉบับนี้กำหนดกิจกรรมระดับการไฟฟ้าจังหวัด 5 กิจกรรม', '',
         '== แผนปฏิบัติการ ==',
         '{| class="wikitable" style="width:100%; font-size:95%;"',
         '|+ ตารางที่ 1 กิจกรรมตามแผนปฏิบัติการ ITA ปี 2570',
         '! ลำดับ !! กิจกรรม !! วิธีดำเนินการ !! ผู้รับผิดชอบ !! ระยะเวลา !! การติดตามผล !! ตัวชี้วัด']
    for g, ms in GR:
        L += ['|-', f'| colspan="7" style="background:#e6e6fa;" | \'\'\'{g}\'\'\'']
        for m in ms:
            L.append('|-')
            if m.get('inline'):
                st = '<br />'.join(f'{k}) {x}' for k, x in enumerate(m['steps'], 1))
                L.append(f'| style="text-align:center;" | {m["n"]} || {m["title"]} || {st} || {m["resp"]} || {m["period"]} || {m["mon"]} || {m["outc"]}')
            else:
                L.append(f'| style="text-align:center;" | {m["n"]}')
                L.append(f'| {m["title"]}')
                L.append('|')
                L += [f'# {x}' for x in m['steps']]
                L.append(f'| {m["resp"]}'.rstrip())
                L.append(f'| {m["period"]}')
                L.append(f'| {m["mon"]}')
                L.append(f'| {m["outc"]}')
        if g.startswith('ด้านที่ 2'):
            L += ['<!-- กิจกรรมที่ 6 ตัดออกตามมติที่ประชุม 15 ต.ค. 69',
                  '|-', '| style="text-align:center;" | 6', '| จัดทำสื่อประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตผ่านวิทยุชุมชน',
                  '| จัดรายการวิทยุเดือนละครั้ง', '| แผนกบริหารทั่วไป', '| ม.ค. – มิ.ย. 2570', '| รายงาน ผจก.กฟจ.', '| ผู้ฟังรับรู้ช่องทางร้องเรียน', '-->']
    L += ['|}', '', '== การอนุมัติแผน ==',
          ':ผู้เสนอแผน: นายณัฐวุฒิ แม่สอดวารี หัวหน้าแผนกบริหารทั่วไป',
          ':ผู้อนุมัติ: นางสาวพิชญา อุ้มผางวารี ผู้จัดการการไฟฟ้าส่วนภูมิภาคจังหวัดตากวารี', '',
          '== อ้างอิง ==', '<references />', '',
          '[[หมวดหมู่:ITA 2570]]', '[[หมวดหมู่:แผนปฏิบัติการ]]', '',
          '--[[ผู้ใช้:Nattawut.m|Nattawut.m]] ([[คุยกับผู้ใช้:Nattawut.m|คุย]]) 10:42, 18 ตุลาคม 2569 (ICT)', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 3: responsible (ผู้รับผิดชอบ) cell empty', 'activity 5: indicator (ตัวชี้วัด) is "-"'],
          'NEW FORM: a MEDIAWIKI page SOURCE (wikitext from the intranet wiki\'s edit box) saved as .txt: an infobox template call '
          '"{{กล่องเอกสารITA | … }}", __TOC__, the title as bold \'\'\'…\'\'\' inside a centred <div>, == headings ==, a <ref> '
          'footnote and <references />, the plan as a `{| class="wikitable"` table with a `|+` caption, a `!` header row using `!!`, '
          '`|-` row separators, group rows `| colspan="7" … | \'\'\'ด้านที่ n …\'\'\'` (not activities), activity rows written TWO '
          'ways - all cells on one line separated by `||` (activities 1 and 4) or one cell per line starting with `|` with the '
          'steps as a `# ` numbered list on the lines below an empty `|` (2, 3, 5); an empty responsible written as a bare `|`; a '
          'withdrawn activity 6 inside an HTML COMMENT <!-- … --> (not displayed, not an activity); `|}`; "การอนุมัติแผน" as '
          '`:` indented lines; [[หมวดหมู่:…]] categories and a ~~~~ signature. Read as the page it renders. ITA 2569 91.64; '
          '"ตัวชี้วัด" = outcome; output never stated (missing by convention).')


# ---------------------------------------------------------------- p03 (อบต. plan, md, complete)
def p03():
    F = 'p03_obt_thasaewari_plan_2570.md'; AG = 'องค์การบริหารส่วนตำบลท่าแซะวารี'
    MS = [
     dict(n='1', title='ปรับปรุงข้อมูลบนเว็บไซต์ อบต. ให้ครบถ้วนตามตัวชี้วัด OIT และเป็นปัจจุบัน',
          steps='1) ตรวจรายการข้อมูล OIT 2) มอบหมายกองรับผิดชอบ 3) ตรวจทานก่อนส่ง', resp='สำนักปลัด (งานประชาสัมพันธ์)',
          period='ต.ค. 2569 – มี.ค. 2570', outc='ข้อมูล OIT ครบถ้วนร้อยละ 100'),
     dict(n='2', title='ประชุมประชาคมหมู่บ้านเพื่อจัดลำดับโครงการในแผนพัฒนาท้องถิ่น',
          steps='1) แจ้งผู้ใหญ่บ้าน 12 หมู่ 2) จัดประชาคม 3) สรุปผลเข้าคณะกรรมการพัฒนา', resp='สำนักปลัด (งานนโยบายและแผน)',
          period='ม.ค. – มี.ค. 2570', outc='โครงการในแผนมาจากประชาคมหมู่บ้านทุกโครงการ'),
     dict(n='3', title='ให้บริการรับชำระภาษีนอกสถานที่และผ่าน QR Code ในช่วงฤดูเก็บเกี่ยวทุเรียนและกาแฟ',
          steps='1) จัดหน่วยบริการเคลื่อนที่ 4 จุด 2) พิมพ์ QR Code บนใบแจ้งหนี้', resp='กองคลัง',
          period='เม.ย. – ก.ค. 2570', outc='ยอดจัดเก็บภาษีตรงเวลาเพิ่มขึ้นร้อยละ 10'),
     dict(n='4', title='อบรมผู้บริหาร สมาชิกสภา และพนักงานเรื่องการขัดกันแห่งผลประโยชน์',
          steps='1) อบรม 1 วัน 2) ทดสอบหลังอบรม', resp='สำนักปลัด (งานการเจ้าหน้าที่)',
          period='มิ.ย. 2570', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
     dict(n='5', title='ประกาศเจตนารมณ์ No Gift Policy และรายงานการรับของขวัญ',
          steps='1) นายก อบต. ประกาศ 2) ทุกกองรายงานตามแบบ', resp='สำนักปลัด',
          period='ต.ค. 2569 – ม.ค. 2570', outc='ไม่พบการรับของขวัญ'),
    ]
    hd = ['ลำดับ', 'กิจกรรม/โครงการ', 'วิธีการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ตัวชี้วัด/เป้าหมาย']
    rows = [mdrow(hd), '|:---:|---|---|---|---|---|'] + [mdrow([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['outc']]) for m in MS]
    s = f'''# แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570

## {AG} อำเภอท่าแซะวารี จังหวัดชุมพรวารี

ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569 ของ อบต.ท่าแซะวารี ได้ **89.21** คะแนน (ผ่าน) อบต. จึงจัดทำแผนปฏิบัติการ 5 กิจกรรม ดังนี้

### 1. กิจกรรมตามแผน

{chr(10).join(rows)}

### 2. การติดตามและประเมินผล

สำนักปลัด อบต. ติดตามความก้าวหน้าของทุกกิจกรรมจากกองที่รับผิดชอบทุกไตรมาส และสรุปรายงานผลรอบ 6 เดือนและ 12 เดือนเสนอนายก อบต. พร้อมเผยแพร่บนเว็บไซต์

---

อนุมัติ ณ วันที่ 8 ตุลาคม 2569  
(นายประยูร สวีวารี) นายกองค์การบริหารส่วนตำบลท่าแซะวารี
'''
    write(F, s)
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Markdown: H1 "แผนปฏิบัติการ…" FY 2570, ITA 2569 89.21; 6-column pipe table 1-5 with NO follow-up column - section 2 '
          '"การติดตามและประเมินผล" (quarterly follow-up of every activity, 6/12-month report) is a general monitoring statement that '
          'counts for every activity; "ตัวชี้วัด/เป้าหมาย" = outcome; output never stated (missing by convention). COMPLETE.',
          gmon=True)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'r03', 'r04', 'r07', 'm03', 'm04', 'm05', 'p02', 'p03']:
        globals()[w]()
        print('built', w)
