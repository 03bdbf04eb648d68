"""Text documents: r03 (hospital, Drupal html), r04 (อบต., md, wrong FY), r07 (school, plain txt), m03 (NEW: ChatGPT conversation
exported to Markdown by a browser extension), m04 (เทศบาลเมือง, bootstrap html, weaknesses missing), m05 (court, plain txt),
p02 (NEW: Notion page exported as HTML with an inline DATABASE table), p03 (เทศบาลตำบล plan, md)."""
import sys
import html as H
from common import *

E = H.escape


def mdrow(cells):
    return '| ' + ' | '.join(c.replace('\n', '<br>') for c in cells) + ' |'


# ---------------------------------------------------------------- r03 (hospital, Drupal)
def r03():
    F = 'r03_hosp_bangbothara_results_2569.html'; AG = 'โรงพยาบาลบางบ่อธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างยา เวชภัณฑ์ และครุภัณฑ์การแพทย์รายเดือน',
          steps=['จัดทำแผนจัดซื้อจัดจ้างประจำปีและประกาศบนเว็บไซต์', 'สรุปผลการจัดซื้อจัดจ้าง สขร.1 ทุกเดือน', 'ตรวจทานโดยหัวหน้ากลุ่มงานก่อนเผยแพร่'],
          resp='กลุ่มงานบริหารทั่วไป (งานพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานคณะกรรมการบริหารโรงพยาบาลทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน 412 รายการ', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ป้องกันการรับผลประโยชน์จากผู้แทนบริษัทยาตามเกณฑ์จริยธรรมการส่งเสริมการขายยา',
          steps=['ประกาศเกณฑ์จริยธรรมฯ ของโรงพยาบาล', 'กำหนดวันและห้องพบผู้แทนบริษัทยา', 'บันทึกทะเบียนการรับการสนับสนุน'],
          resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปทะเบียนเสนอผู้อำนวยการทุก 6 เดือน',
          out='ทะเบียน 2 รอบ บันทึกการพบผู้แทน 96 ครั้ง', outc='ไม่พบการรับผลประโยชน์ที่ขัดต่อเกณฑ์จริยธรรม'),
     dict(n='3', title='ลดระยะเวลารอคอยผู้ป่วยนอกด้วยระบบคิวออนไลน์และการแยกช่องทางกลุ่มเปราะบาง',
          steps=['เปิดจองคิวผ่าน LINE OA', 'แยกช่องทางผู้สูงอายุ ผู้พิการ และหญิงตั้งครรภ์', 'แสดงลำดับคิวบนจอหน้าห้องตรวจ'],
          resp='กลุ่มงานการพยาบาล (งานผู้ป่วยนอก)', period='ม.ค. – ก.ย. 2569', mon='ติดตามระยะเวลารอคอยจากระบบ HOSxP ทุกเดือน',
          out='จองคิวออนไลน์ 7,284 ราย', outc='ระยะเวลารอคอยเฉลี่ยลดลงจาก 124 นาที เหลือ 81 นาที'),
     dict(n='4', title='ควบคุมการใช้รถพยาบาลและรถราชการด้วยแบบขออนุญาตและสมุดบันทึกการใช้รถ',
          steps=['ขออนุญาตใช้รถทุกครั้ง', 'ตรวจเลขไมล์เทียบใบเสร็จน้ำมันทุกสิ้นเดือน'],
          resp='กลุ่มงานบริหารทั่วไป (งานยานพาหนะ)', period='ต.ค. 2568 – ก.ย. 2569', mon='งานตรวจสอบภายในสุ่มตรวจทุกไตรมาส',
          out='ทะเบียนคุมรถครบ 11 คัน', outc='ไม่พบการใช้รถราชการเพื่อประโยชน์ส่วนตน'),
     dict(n='5', title='สำรวจความพึงพอใจผู้รับบริการและเปิดเผยผลการจัดการเรื่องร้องเรียน',
          steps=['สำรวจความพึงพอใจรายไตรมาส', 'สรุปเรื่องร้องเรียนและผลการแก้ไข', 'เผยแพร่บนเว็บไซต์และบอร์ดหน้าโรงพยาบาล'],
          resp='ศูนย์คุณภาพ / งานประชาสัมพันธ์', period='ต.ค. 2568 – ก.ย. 2569', mon='นำเสนอคณะกรรมการบริหารโรงพยาบาลทุกไตรมาส',
          out='สำรวจครบ 4 ไตรมาส ผู้ตอบ 3,118 ราย', outc='ความพึงพอใจเฉลี่ยร้อยละ 91.2'),
    ]
    rows = []
    for m in MS:
        ol = '<ol>' + ''.join(f'<li>{E(x)}</li>' for x in m['steps']) + '</ol>'
        rows.append(f'<tr><td class="text-center">{m["n"]}</td><td><strong>{E(m["title"])}</strong></td><td>{ol}</td>'
                    f'<td>{E(m["resp"])}</td><td>{E(m["period"])}</td><td>{E(m["mon"])}</td><td>{E(m["out"])}</td><td>{E(m["outc"])}</td></tr>')
    page = f'''<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="canonical" href="https://www.bangbothara-hosp.go.th/node/1187" />
    <title>รายงานผลการดำเนินการตามมาตรการ ITA ปี 2569 | {AG}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_hY1x0uJ3.css?delta=0&amp;language=th&amp;theme=olivero" />
    <style>.field--name-body table{{border-collapse:collapse}}.field--name-body td,.field--name-body th{{border:1px solid #8aa;padding:.4em;vertical-align:top}}</style>
  </head>
  <body class="path-node page-node-type-article">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
  <div id="page-wrapper" class="page-wrapper"><div id="page">
    <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
      <div class="site-branding__text"><div class="site-branding__name"><a href="/" title="หน้าแรก" rel="home">{AG}</a></div>
      <div class="site-branding__slogan">สำนักงานสาธารณสุขจังหวัดสมุทรปราการธานี</div></div>
      <nav role="navigation" aria-labelledby="block-olivero-main-menu-menu"><ul class="menu menu--level-1">
        <li class="menu__item"><a href="/" class="menu__link">หน้าแรก</a></li><li class="menu__item"><a href="/services" class="menu__link">บริการ</a></li>
        <li class="menu__item menu__item--active-trail"><a href="/ita" class="menu__link">ITA</a></li><li class="menu__item"><a href="/contact" class="menu__link">ติดต่อ</a></li></ul></nav>
    </header>
    <div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
      <a id="main-content" tabindex="-1"></a>
      <div class="region region--breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">หน้าแรก</a></li><li><a href="/ita">ITA 2570</a></li><li>O37</li></ol></nav></div>
      <div class="region region--content-above"><div class="block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</span></h1></div></div>
      <article data-history-node-id="1187" role="article" about="/node/1187" class="node node--type-article node--view-mode-full">
        <footer class="node__meta"><div class="node__author-image"></div><div class="node__submitted">โดย <span class="field field--name-uid"><span>admin_ita</span></span>, <span class="field field--name-created">2 ต.ค. 2569</span></div></footer>
        <div class="node__content">
          <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>{AG} ได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 จากผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568
(คะแนน 90.66 ระดับผ่าน) และได้ดำเนินการครบทั้ง 5 มาตรการ ดังนี้</p>
<figure class="table"><table>
<thead><tr><th>ลำดับ</th><th>มาตรการ</th><th>ขั้นตอนการดำเนินงาน</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลาดำเนินการ</th><th>การติดตามผล</th><th>ผลผลิต</th><th>ผลลัพธ์</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table><figcaption>ตารางที่ 1 ผลการดำเนินการตามมาตรการ ปีงบประมาณ 2569</figcaption></figure>
<p>รายงาน ณ วันที่ 30 กันยายน 2569<br />ผู้รายงาน นางสาวอรอุมา คลองด่านวงศ์ หัวหน้ากลุ่มงานบริหารทั่วไป<br />ผู้อนุมัติ นายแพทย์ชยพล บางบ่อธารา ผู้อำนวยการโรงพยาบาลบางบ่อธารา</p>
          </div>
          <div class="field field--name-field-tags field--label-above"><div class="field__label">Tags</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/12" hreflang="th">ITA</a></div><div class="field__item"><a href="/taxonomy/term/31" hreflang="th">O37</a></div></div></div>
        </div>
      </article>
    </div></div></div>
    <footer class="site-footer"><div class="region region--footer-top">{AG} เลขที่ 88 หมู่ 5 ตำบลคลองด่านธารา อำเภอบางบ่อธารา จังหวัดสมุทรปราการธานี</div></footer>
  </div></div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentPath":"node\\/1187","currentLanguage":"th"}}}}</script>
  </body>
</html>
'''
    write(F, page)
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Drupal 10 (Olivero) article: H1 title FY 2569, intro with ITA 2568 score 90.66; CKEditor <figure class="table"> with an '
          '8-column table (own การติดตามผล), titles in <strong>, steps as <ol>, figcaption; reporter/approver lines; tags block. COMPLETE.')


# ---------------------------------------------------------------- r04 (อบต., md, wrong FY in the title)
def r04():
    F = 'r04_obt_bangkhontithara_results_2568.md'; AG = 'องค์การบริหารส่วนตำบลบางคนทีธารา'
    MS = [
     dict(n='1', title='เผยแพร่แผนการจัดซื้อจัดจ้างและผลการจัดซื้อจัดจ้างรายเดือนทางเว็บไซต์และบอร์ดประชาสัมพันธ์',
          steps='1) จัดทำแผนจัดซื้อจัดจ้าง 2) สรุปผล สขร.1 ทุกเดือน 3) เผยแพร่ภายในวันที่ 10', resp='กองคลัง',
          period='ต.ค. 68 – ก.ย. 69', mon='ปลัด อบต. ตรวจรายงานทุกเดือน', out='เผยแพร่ครบ 12 เดือน', outc='ประชาชนตรวจสอบได้ ไม่มีข้อร้องเรียน'),
     dict(n='2', title='ประชาคมหมู่บ้านรับฟังความคิดเห็นการจัดทำแผนพัฒนาท้องถิ่นและโครงการก่อสร้างถนนเลียบคลอง',
          steps='1) แจ้งผู้ใหญ่บ้าน 9 หมู่ 2) จัดประชาคมหมู่บ้าน 3) สรุปผลเข้าที่ประชุมคณะกรรมการพัฒนา', resp='สำนักปลัด (งานนโยบายและแผน)',
          period='ม.ค. – มี.ค. 69', mon='รายงานนายก อบต. หลังจัดประชาคมครบทุกหมู่', out='ประชาคม 9 หมู่บ้าน ผู้เข้าร่วม 604 คน',
          outc='โครงการในแผนมาจากความต้องการของประชาชน'),
     dict(n='3', title='จัดทำคู่มือการปฏิบัติงานและประกาศระยะเวลาการให้บริการขออนุญาตก่อสร้างอาคาร',
          steps='-', resp='กองช่าง', period='พ.ย. 68 – ม.ค. 69', mon='หัวหน้ากองช่างรายงานปลัด อบต.',
          out='คู่มือ 1 เล่ม ติดประกาศที่จุดบริการ', outc='ผู้ขออนุญาตทราบขั้นตอนและระยะเวลา ไม่มีข้อร้องเรียนเรื่องความล่าช้า'),
     dict(n='4', title='อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่ผู้บริหาร สมาชิกสภา และพนักงาน',
          steps='1) อบรม 1 วัน 2) ทัศนศึกษาดูงานวัดต้นแบบคุณธรรม 3) ประเมินผลหลังอบรม', resp='สำนักปลัด (งานการเจ้าหน้าที่)',
          period='มิ.ย. 69', mon='รายงานผลการอบรมต่อนายก อบต.', out='ผู้เข้าอบรม 58 คน', outc='ผู้ผ่านการประเมินหลังอบรมร้อยละ 93'),
     dict(n='5', title='ประกาศเจตนารมณ์ No Gift Policy ของนายก อบต. และรายงานการรับของขวัญ',
          steps='1) นายก อบต. ประกาศ 2) ทุกกองรายงานตามแบบ', resp='สำนักปลัด', period='ต.ค. 68 – ม.ค. 69',
          mon='สำนักปลัดรวบรวมแบบรายงานเสนอนายก อบต.', out='ประกาศ 1 ฉบับ รายงานครบ 4 กอง', outc='ไม่พบการรับของขวัญ'),
    ]
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ผลผลิต', 'ผลลัพธ์']
    rows = [mdrow(hd), '|' + '---|' * 8] + [mdrow([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]) for m in MS]
    s = f'''# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568

**{AG}** อำเภอบางคนทีธารา จังหวัดสมุทรสงครามธานี

> ข้อมูล ณ วันที่ 25 กันยายน 2569 (รอบ 12 เดือน ต.ค. 2568 – ก.ย. 2569)

## 1. ความเป็นมา

อบต.บางคนทีธาราได้รับผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 ได้ 85.92 คะแนน (ผ่าน) และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส
เพื่อนำไปปฏิบัติในปีงบประมาณ พ.ศ. 2569 จำนวน 5 มาตรการ ผลการดำเนินการเป็นดังนี้

## 2. ผลการดำเนินการ

{chr(10).join(rows)}

## 3. ปัญหาและอุปสรรค

- งบประมาณในการจัดอบรมมีจำกัด จึงลดจำนวนวันอบรมเหลือ 1 วัน

ลงชื่อ นางสาวสุนันทา แม่กลองวงศ์ ผู้รายงาน (หัวหน้าสำนักปลัด)  
ลงชื่อ นายบุญชู อัมพวาธารา ผู้อนุมัติ (นายกองค์การบริหารส่วนตำบลบางคนทีธารา)
'''
    write(F, s)
    label(F, 'results', 2568, AG, 'measure', MS,
          ['fiscal year: the title says 2568 but the report covers FY 2569 (ต.ค. 2568 – ก.ย. 2569; measures set from the ITA 2568 result)',
           'measure 3: steps (ขั้นตอน) is "-"'],
          'Hand-written Markdown: H1 title says "ปีงบประมาณ พ.ศ. 2568" (WRONG - the blockquote says the 12-month period is ต.ค. 2568 – '
          'ก.ย. 2569); ITA 2568 score 85.92; 8-column pipe table with own การติดตาม column and short BE years (68/69); problems list; '
          'signature lines with trailing double-space line breaks.')


# ---------------------------------------------------------------- r07 (school, plain text)
def r07():
    F = 'r07_school_ongkharakthara_results_2569.txt'; AG = 'โรงเรียนองครักษ์ธาราวิทยา'
    MS = [
     dict(n='๑', title='ประกาศเกณฑ์และผลการรับนักเรียนพร้อมคะแนนสอบรายบุคคล',
          steps=['ประกาศเกณฑ์ล่วงหน้า ๓๐ วัน', 'ประกาศคะแนนรายบุคคลทางเว็บไซต์และบอร์ด', 'เปิดรับคำร้องขอตรวจสอบคะแนน ๓ วัน'],
          resp='งานรับนักเรียน กลุ่มบริหารวิชาการ', period='ก.พ. – เม.ย. ๒๕๖๙', mon='รายงานผู้อำนวยการโรงเรียนหลังประกาศผลทุกประเภท',
          out='ประกาศผลครบ ๓ ประเภทห้องเรียน คำร้อง ๔ คำร้อง', outc='ไม่มีเรื่องร้องเรียนการรับนักเรียน'),
     dict(n='๒', title='เปิดเผยรายรับ-รายจ่ายเงินรายได้สถานศึกษาและเงินระดมทรัพยากร',
          steps=['สรุปรายรับ-รายจ่ายรายไตรมาส', 'เสนอคณะกรรมการสถานศึกษาขั้นพื้นฐาน', 'เผยแพร่ทางเพจโรงเรียน'],
          resp='กลุ่มบริหารงบประมาณ', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon=None,
          out='เผยแพร่ ๔ ไตรมาส', outc='ผู้ปกครองตรวจสอบการใช้เงินของโรงเรียนได้'),
     dict(n='๓', title='จัดซื้อชุดนักเรียนและหนังสือเรียนโดยคณะกรรมการที่มีผู้แทนผู้ปกครอง',
          steps=['แต่งตั้งคณะกรรมการที่มีผู้แทนผู้ปกครอง ๒ คน', 'สืบราคาอย่างน้อย ๓ ร้าน', 'ประกาศผลการคัดเลือกร้านค้า'],
          resp='งานพัสดุ กลุ่มบริหารงบประมาณ', period='มี.ค. – พ.ค. ๒๕๖๙', mon='งานตรวจสอบภายในตรวจเอกสารและรายงานผู้อำนวยการ',
          out='จัดซื้อ ๒ รายการ วงเงิน ๔๑๒,๖๐๐ บาท', outc='ราคาต่ำกว่าราคากลางร้อยละ ๖'),
     dict(n='๔', title='อบรมครูเรื่องประมวลจริยธรรมวิชาชีพครูและการขัดกันแห่งผลประโยชน์',
          steps=['อบรมในวันประชุมครูประจำเดือน', 'ศึกษากรณีตัวอย่าง', 'ทำแบบทดสอบหลังอบรม'],
          resp='กลุ่มบริหารงานบุคคล', period='พ.ค. ๒๕๖๙', mon='หัวหน้ากลุ่มบริหารงานบุคคลสรุปผลเสนอผู้อำนวยการ',
          out='ครูเข้าอบรม ๖๒ คน จาก ๖๔ คน', outc='ผ่านแบบทดสอบร้อยละ ๙๖'),
     dict(n='๕', title='กิจกรรมโรงเรียนสุจริต “ตู้ของหายได้คืน” และร้านค้าซื่อสัตย์',
          steps=['ตั้งตู้ของหายได้คืนที่อาคาร ๑', 'เปิดร้านค้าซื่อสัตย์', 'ยกย่องนักเรียนต้นแบบทุกภาคเรียน'],
          resp='กลุ่มบริหารกิจการนักเรียน', period='พ.ค. – ก.ย. ๒๕๖๙', mon='รายงานในที่ประชุมผู้บริหารโรงเรียนทุกเดือน',
          out='(ระบุ)', outc='นักเรียนมีพฤติกรรมซื่อสัตย์สุจริตเพิ่มขึ้น'),
     dict(n='๖', title='ประกาศเจตนารมณ์ไม่รับของขวัญจากผู้ปกครองและผู้ประกอบการ',
          steps=['ผู้อำนวยการประกาศในวันประชุมผู้ปกครอง', 'แจ้งทางหนังสือและเพจโรงเรียน'],
          resp='ผู้อำนวยการโรงเรียน / งานธุรการ', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='งานธุรการรวบรวมรายงานการรับของขวัญเสนอผู้อำนวยการ',
          out='ประกาศ ๑ ฉบับ แจ้งผู้ปกครอง ๑,๔๒๐ ครอบครัว', outc='ไม่พบการรับของขวัญ'),
    ]
    L = ['                    รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
         '                                   ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
         '                  ' + AG + '  สังกัดสำนักงานเขตพื้นที่การศึกษามัธยมศึกษานครนายกธารา', '',
         '     โรงเรียนองครักษ์ธาราวิทยาได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของสถานศึกษา (ITA Online)',
         'ปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๙๓.๐๘ คะแนน จึงได้กำหนดมาตรการ ๖ มาตรการ และรายงานผลการดำเนินการ ดังนี้', '']
    for m in MS:
        L.append(f'มาตรการที่ {m["n"]}  {m["title"]}')
        L.append('     ขั้นตอนการดำเนินงาน')
        for i, s in enumerate(m['steps'], 1):
            L.append(f'          {th(i)}) {s}')
        L.append(f'     ผู้รับผิดชอบ        : {m["resp"]}')
        L.append(f'     ระยะเวลา           : {m["period"]}')
        if m['mon'] is not None:
            L.append(f'     การติดตามผล        : {m["mon"]}')
        L.append(f'     ผลผลิต             : {m["out"]}')
        L.append(f'     ผลลัพธ์             : {m["outc"]}')
        L.append('')
    L += ['ปัญหา/อุปสรรค  ครูบางส่วนติดภารกิจสอนจึงเข้าอบรมไม่ครบ', '',
          '                                        (ลงชื่อ) ................................ ผู้รายงาน',
          '                                              (นางสาวจิราพร คลองสิบสามธารา)',
          '                                              ครูผู้รับผิดชอบงาน ITA', '',
          '                                        (ลงชื่อ) ................................ ผู้อำนวยการโรงเรียน',
          '                                              (นายสมชาย ปากพลีวงศ์)',
          '                                        ผู้อำนวยการโรงเรียนองครักษ์ธาราวิทยา', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure ๒: no การติดตามผล line at all', 'measure ๕: output (ผลผลิต) is "(ระบุ)"'],
          'Plain UTF-8 text: centred title lines by spaces, intro with ITA 2568 score ๙๓.๐๘; "มาตรการที่ n title" lines, an '
          'indented "ขั้นตอนการดำเนินงาน" block with ๑) ๒) steps, then space-aligned "label : value" lines; Thai digits; '
          'problems line; signatures.')


# ---------------------------------------------------------------- m03 (NEW: ChatGPT conversation exported to Markdown)
def m03():
    F = 'm03_tt_banglenthara_measures_2570.md'; AG = 'เทศบาลตำบลบางเลนธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณอย่างครบถ้วนและเป็นปัจจุบัน',
          steps=['จัดทำแผนการจัดซื้อจัดจ้างประจำปีและเผยแพร่ภายในเดือนตุลาคม', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1)',
                 'เผยแพร่บนเว็บไซต์เทศบาลภายในวันที่ 10 ของเดือนถัดไป'],
          resp='กองคลัง (งานพัสดุ)', period='ต.ค. 2569 – ก.ย. 2570', mon='ผู้อำนวยการกองคลังรายงานปลัดเทศบาลทุกเดือน',
          outc='ข้อมูลการจัดซื้อจัดจ้างเผยแพร่ครบ 12 เดือน และตัวชี้วัด OIT หมวดการจัดซื้อจัดจ้างได้คะแนนเต็ม'),
     dict(n='2', title='เสริมสร้างการรับรู้ช่องทางร้องเรียนการทุจริตและการแจ้งผลกลับแก่ผู้ร้องเรียน',
          steps=['จัดทำ QR Code และป้ายประชาสัมพันธ์ช่องทางร้องเรียน', 'ประชาสัมพันธ์ผ่านเสียงตามสายและเพจเทศบาล',
                 'แจ้งผลการดำเนินการแก่ผู้ร้องเรียนภายใน 15 วัน'],
          resp='สำนักปลัดเทศบาล (ศูนย์รับเรื่องราวร้องทุกข์)', period='(ระบุ)', mon='สรุปสถิติเรื่องร้องเรียนเสนอนายกเทศมนตรีทุกไตรมาส',
          outc='ผู้รับบริการรู้จักช่องทางร้องเรียนเพิ่มขึ้น คะแนน EIT ด้านการแก้ไขปัญหาการทุจริตเพิ่มขึ้น'),
     dict(n='3', title='ลดขั้นตอนและกำหนดมาตรฐานระยะเวลาการให้บริการจดทะเบียนพาณิชย์และขออนุญาตก่อสร้าง',
          steps=['จัดทำคู่มือสำหรับประชาชนและประกาศระยะเวลาการให้บริการ', 'จัดให้มีบัตรคิวและสมุดลงทะเบียนผู้รับบริการ',
                 'สำรวจความพึงพอใจหลังรับบริการ'],
          resp='กองช่าง / กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='พ.ย. 2569 – มี.ค. 2570', mon='หัวหน้าส่วนราชการรายงานผลต่อปลัดเทศบาลทุก 3 เดือน',
          outc='ให้บริการแล้วเสร็จภายในระยะเวลาที่ประกาศไม่น้อยกว่าร้อยละ 90'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมองค์กรสุจริตด้วยการอบรมเรื่องการขัดกันแห่งผลประโยชน์',
          steps=['จัดอบรมพนักงานเทศบาลและพนักงานจ้างทุกคน', 'จัดทำแบบทดสอบก่อนและหลังการอบรม', 'เผยแพร่สรุปผลการอบรม'],
          resp='[ระบุชื่อกอง/ฝ่ายที่รับผิดชอบ]', period='ม.ค. – มี.ค. 2570', mon='รายงานผลการอบรมต่อนายกเทศมนตรีภายใน 30 วันหลังการอบรม',
          outc='บุคลากรมีความรู้ความเข้าใจเรื่องผลประโยชน์ทับซ้อนไม่น้อยกว่าร้อยละ 85',
          ov={'responsible': 'missing'}),
     dict(n='5', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานผลการปฏิบัติตามนโยบาย',
          steps=['นายกเทศมนตรีประกาศนโยบาย No Gift Policy', 'แจ้งเวียนบุคลากรและผู้ประกอบการคู่สัญญา', 'รายงานการรับของขวัญตามแบบที่กำหนด'],
          resp='สำนักปลัดเทศบาล', period='ต.ค. 2569 – ก.ย. 2570', mon='สำนักปลัดรวบรวมรายงานเสนอนายกเทศมนตรีปีละ 2 ครั้ง',
          outc='ไม่พบการรับของขวัญหรือประโยชน์อื่นใดที่ขัดต่อนโยบาย'),
    ]
    parts = []
    for m in MS:
        st = '\n'.join(f'   {i}. {s}' for i, s in enumerate(m['steps'], 1))
        parts.append(f'''### มาตรการที่ {m["n"]}: {m["title"]}

- **ขั้นตอน/วิธีการดำเนินการ:**
{st}
- **ผู้รับผิดชอบ:** {m["resp"]}
- **ระยะเวลาดำเนินการ:** {m["period"]}
- **การติดตามผล:** {m["mon"]}
- **ผลที่คาดว่าจะได้รับ:** {m["outc"]}
''')
    summary = '\n'.join(mdrow([m['n'], m['title'], m['resp'], m['period']]) for m in MS)
    s = f'''# ร่างมาตรการ ITA ปี 2570 ทต.บางเลนธารา

**User:** งานนโยบายและแผน ทต.บางเลนธารา  
**Created:** 10/12/2026 9:02:17  
**Updated:** 10/12/2026 9:41:55  
**Exported:** 10/13/2026 8:15:03  
**Link:** [https://chatgpt.com/c/670a1f3e-2b9c-8005-9d41-6c0e5b1a77f2](https://chatgpt.com/c/670a1f3e-2b9c-8005-9d41-6c0e5b1a77f2)  

## Prompt:
ช่วยร่างเอกสาร "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570" ของเทศบาลตำบลบางเลนธารา ให้หน่อยครับ
ต้องมีส่วนวิเคราะห์ผล ITA ปี 2569 (ประเด็นที่เป็นข้อบกพร่อง/จุดอ่อนที่ต้องแก้ไขเร่งด่วน และประเด็นที่ต้องพัฒนาให้ดีขึ้น) แล้วก็มาตรการ
ที่มีขั้นตอน ผู้รับผิดชอบ ระยะเวลา การติดตามผล และผลที่คาดว่าจะได้รับ ตามแบบของ ป.ป.ช. ครับ

ข้อมูลผลคะแนน ITA 2569 ของเรา
- คะแนนรวม 86.45 (ผ่าน)
- IIT 91.20 / EIT 82.16 / OIT 86.00
- ข้อที่ได้น้อย: e14 ช่องทางร้องเรียน, e6 ความรวดเร็วในการให้บริการ, o12 ข้อมูลจัดซื้อจัดจ้างไม่ครบบางเดือน
- i-ข้อ ผลประโยชน์ทับซ้อนได้น้อยกว่าข้ออื่น

## Response:
ได้เลยครับ 😊 ด้านล่างนี้เป็น **ร่างเอกสารมาตรการ** ที่จัดรูปแบบตามแนวทางของสำนักงาน ป.ป.ช. สามารถคัดลอกไปใช้ใน Word ได้ทันที
(ช่องที่ยังไม่ทราบข้อมูลผมเว้นไว้ให้ระบุเพิ่มเติมนะครับ)

---

# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570

**{AG}**

## 📊 ส่วนที่ 1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569

{AG}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569
**86.45 คะแนน** อยู่ในระดับ **“ผ่าน”** โดยมีรายละเอียดดังนี้

| แบบวัด | คะแนน |
|---|---|
| IIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน) | 91.20 |
| EIT (การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก) | 82.16 |
| OIT (การเปิดเผยข้อมูลสาธารณะ) | 86.00 |
| **คะแนนรวม** | **86.45** |

## 🔍 ส่วนที่ 2 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน

1. **ช่องทางร้องเรียนการทุจริต (EIT e14)** – ผู้รับบริการส่วนหนึ่งยังไม่ทราบช่องทางและไม่มั่นใจว่าจะได้รับแจ้งผล
2. **การเปิดเผยข้อมูลการจัดซื้อจัดจ้าง (OIT o12)** – ข้อมูลสรุปผลการจัดซื้อจัดจ้างไม่ครบทุกเดือน

## 📈 ส่วนที่ 3 ประเด็นที่ต้องพัฒนาให้ดีขึ้น

1. **ความรวดเร็วและมาตรฐานการให้บริการ (EIT e6)**
2. **การจัดการผลประโยชน์ทับซ้อน (IIT)** – บุคลากรยังเข้าใจไม่ครบถ้วน
3. **วัฒนธรรมองค์กรไม่รับของขวัญ**

## ✅ ส่วนที่ 4 มาตรการส่งเสริมคุณธรรมและความโปร่งใส

{chr(10).join(parts)}
---

## 📋 สรุปมาตรการ (สำหรับแนบท้ายประกาศ)

| ที่ | มาตรการ | ผู้รับผิดชอบ | ระยะเวลา |
|---|---|---|---|
{summary}

---

💡 **ข้อแนะนำเพิ่มเติม:** ก่อนประกาศใช้ ควรเสนอนายกเทศมนตรีลงนามอนุมัติ และเผยแพร่บนเว็บไซต์ในหัวข้อ O36 ครับ
หากต้องการ ผมสามารถจัดทำ **รายงานผลการดำเนินการตามมาตรการ (รอบ 6 เดือน)** ต่อให้ได้เลยครับ

## Prompt:
ขอบคุณครับ ประกาศต้องมีใครลงนามบ้างครับ

## Response:
โดยทั่วไปประกาศมาตรการของเทศบาลจะลงนามโดย **นายกเทศมนตรี** ครับ ส่วนบันทึกเสนอขออนุมัติให้ **ปลัดเทศบาล** เป็นผู้เสนอ 👍



---
Powered by [ChatGPT Exporter](https://www.chatgptexporter.com)
'''
    write(F, s)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 2: period is "(ระบุ)" (left for the user to fill in)',
           'measure 4: responsible is the placeholder "[ระบุชื่อกอง/ฝ่ายที่รับผิดชอบ]" (not filled in)'],
          'NEW FORM: a ChatGPT conversation exported to Markdown by the "ChatGPT Exporter" browser extension and uploaded as is: '
          'H1 chat title, **User:/Created:/Updated:/Exported:/Link:** metadata lines, "## Prompt:" (the user pastes the ITA 2569 '
          'figures and asks for a draft) and "## Response:" turns; the first response holds the whole document (its own H1 with FY '
          '2570, emoji H2 parts: score 86.45 ผ่าน with IIT/EIT/OIT pipe table, weaknesses list, improvements list, measures as '
          '"### มาตรการที่ n:" + bold-label bullets with a nested numbered steps list), a SUMMARY pipe table repeating the five '
          'measures (not new measures), chatbot chatter; a second Prompt/Response pair about who signs; "Powered by" footer. The '
          'bot left placeholders: "(ระบุ)" and "[ระบุชื่อกอง/ฝ่ายที่รับผิดชอบ]" - both count as missing.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m04 (เทศบาลเมือง, bootstrap html; weaknesses missing)
def m04():
    F = 'm04_tm_nakhonnayokthara_measures_2570.html'; AG = 'เทศบาลเมืองนครนายกธารา'
    MS = [
     dict(n='1', title='ยกระดับการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้ครบถ้วนตามเกณฑ์ OIT',
          steps=['ตรวจสอบรายการข้อมูลตามแบบ OIT', 'มอบหมายผู้รับผิดชอบรายข้อ', 'ตรวจทานก่อนส่งแบบ OIT'],
          resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', period='ต.ค. 2569 – มี.ค. 2570', mon='คณะทำงาน ITA ประชุมติดตามทุกเดือน',
          outc='เว็บไซต์มีข้อมูลครบตามตัวชี้วัด OIT'),
     dict(n='2', title='พัฒนาระบบรับชำระภาษีที่ดินและสิ่งปลูกสร้างออนไลน์และแจ้งยอดผ่าน SMS',
          steps=['เชื่อมระบบชำระเงินผ่าน QR Code', 'แจ้งยอดภาษีผ่าน SMS และ LINE', 'ประชาสัมพันธ์การชำระออนไลน์'],
          resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='พ.ย. 2569 – เม.ย. 2570', mon='ผู้อำนวยการกองคลังรายงานยอดจัดเก็บรายเดือน',
          outc='ผู้ชำระภาษีออนไลน์ไม่น้อยกว่าร้อยละ 40'),
     dict(n='3', title='ตรวจสอบงานก่อสร้างโครงสร้างพื้นฐานโดยคณะกรรมการตรวจรับที่มีผู้แทนชุมชน',
          steps=['แต่งตั้งผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับ', 'ติดป้ายข้อมูลโครงการ ณ สถานที่ก่อสร้าง', 'เผยแพร่ภาพก่อน-หลังดำเนินการ'],
          resp='กองช่าง', period='ต.ค. 2569 – ก.ย. 2570', mon='กองช่างรายงานผลการตรวจรับต่อนายกเทศมนตรีรายไตรมาส',
          outc=''),
     dict(n='4', title='เสริมสร้างความรู้เรื่องการขัดกันแห่งผลประโยชน์และประมวลจริยธรรมแก่บุคลากร',
          steps=['จัดอบรมเชิงปฏิบัติการ 2 รุ่น', 'จัดทำคู่มือกรณีตัวอย่าง', 'ทดสอบหลังอบรม'],
          resp='สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', period='ก.พ. – เม.ย. 2570', mon='ฝ่ายการเจ้าหน้าที่สรุปผลเสนอปลัดเทศบาล',
          outc='บุคลากรผ่านการทดสอบร้อยละ 85'),
    ]
    rows = []
    for m in MS:
        steps = '<br>'.join(f'{i}. {E(s)}' for i, s in enumerate(m['steps'], 1))
        rows.append(f'''                <tr>
                  <td class="text-center">{m["n"]}</td>
                  <td>{E(m["title"])}</td>
                  <td>{steps}</td>
                  <td>{E(m["resp"])}</td>
                  <td>{E(m["period"])}</td>
                  <td>{E(m["mon"])}</td>
                  <td>{E(m["outc"])}</td>
                </tr>''')
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 :: {AG}</title>
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/theme-green.css?v=2024.2">
</head>
<body>
<div class="topbar bg-success text-white small py-1"><div class="container">โทร. 0-3731-xxxx | saraban@nakhonnayokthara.go.th</div></div>
<nav class="navbar navbar-expand-lg bg-white shadow-sm"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" height="48" alt=""> {AG}</a>
<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">ข้อมูลเทศบาล</a></li><li class="nav-item"><a class="nav-link active" href="/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/egp">จัดซื้อจัดจ้าง</a></li></ul></div></nav>
<section class="py-4"><div class="container">
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/ita">ITA 2570</a></li><li class="breadcrumb-item active">O36</li></ol></nav>
  <div class="card shadow-sm">
    <div class="card-header bg-success text-white"><h1 class="h4 mb-0">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1></div>
    <div class="card-body">
      <p class="text-muted small"><i class="bi bi-calendar"></i> โพสต์เมื่อ 28 ต.ค. 2569 &nbsp; <i class="bi bi-eye"></i> 96 ครั้ง</p>
      <h2 class="h5 text-success">1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h2>
      <p>เทศบาลเมืองนครนายกธาราได้คะแนนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 จำนวน <b>87.36</b> คะแนน ผลการประเมิน <b>ผ่าน</b></p>
      <h2 class="h5 text-success">2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h2>
      <ul>
        <li>การเปิดเผยข้อมูลสาธารณะบางรายการยังไม่เป็นปัจจุบัน</li>
        <li>ความสะดวกในการชำระภาษีและค่าธรรมเนียม</li>
        <li>การมีส่วนร่วมของประชาชนในการตรวจสอบงานก่อสร้าง</li>
        <li>ความรู้ความเข้าใจเรื่องผลประโยชน์ทับซ้อนของบุคลากร</li>
      </ul>
      <h2 class="h5 text-success">3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2>
      <div class="table-responsive">
        <table class="table table-bordered table-striped align-top">
          <thead class="table-success">
            <tr><th>ที่</th><th>มาตรการ</th><th>ขั้นตอน/วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ผลที่คาดว่าจะได้รับ</th></tr>
          </thead>
          <tbody>
{chr(10).join(rows)}
          </tbody>
        </table>
      </div>
      <p class="mt-3">ประกาศ ณ วันที่ 27 ตุลาคม พ.ศ. 2569<br>นายวิโรจน์ สาริกาธารา นายกเทศมนตรีเมืองนครนายกธารา</p>
      <a class="btn btn-outline-success btn-sm" href="/uploads/ita/2570/o36.pdf"><i class="bi bi-file-pdf"></i> ไฟล์ประกาศ (PDF)</a>
    </div>
  </div>
</div></section>
<footer class="bg-dark text-white-50 py-3 small"><div class="container">&copy; 2569 {AG} จังหวัดนครนายกธานี</div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['analysis: the section on weaknesses / urgent defects (ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน) is MISSING - only '
           '"ประเด็นที่ต้องพัฒนาให้ดีขึ้น"', 'measure 3: expected result (ผลที่คาดว่าจะได้รับ) cell empty'],
          'Bootstrap 5 municipal site page: card with H1 title FY 2570, h2 "1. ผลการประเมิน" (87.36 ผ่าน), h2 "2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น" '
          '(ul), h2 "3. มาตรการ…" with a 7-column table-bordered table (steps joined by <br>, own การติดตามผล); output never stated '
          '(missing by convention).', sections={'weaknesses': 'missing', 'improvements': 'present'})


# ---------------------------------------------------------------- m05 (court, plain text, complete)
def m05():
    F = 'm05_court_thonburithara_measures_2570.txt'; AG = 'ศาลแขวงธนบุรีธารา'
    MS = [
     dict(n='ข้อ ๑', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายงบประมาณของศาลรายเดือน',
          steps=['(๑) ส่วนคลังสรุปผลการจัดซื้อจัดจ้างรายเดือน', '(๒) เสนอผู้อำนวยการสำนักงานประจำศาลตรวจสอบ', '(๓) เผยแพร่บนเว็บไซต์ศาลภายในวันที่ ๑๕'],
          resp='ส่วนคลัง สำนักงานประจำศาลแขวงธนบุรีธารา', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐', mon='ผู้อำนวยการฯ รายงานผู้พิพากษาหัวหน้าศาลทุกไตรมาส',
          outc='ข้อมูลการจัดซื้อจัดจ้างเผยแพร่ครบและตรงเวลาทุกเดือน'),
     dict(n='ข้อ ๒', title='ประกาศขั้นตอนและระยะเวลาการให้บริการประชาชน (ยื่นฟ้อง ขอปล่อยตัวชั่วคราว คัดถ่ายเอกสาร)',
          steps=['(๑) ทบทวนคู่มือสำหรับประชาชน', '(๒) ติดป้ายขั้นตอนและระยะเวลาที่จุดบริการ', '(๓) สำรวจความพึงพอใจผู้มาติดต่อ'],
          resp='ส่วนบริหารจัดการคดี / ส่วนช่วยอำนวยการ', period='ตุลาคม – ธันวาคม ๒๕๖๙', mon='หัวหน้าส่วนบริหารจัดการคดีรายงานผู้อำนวยการฯ ทุกเดือน',
          outc='ผู้มาติดต่อพึงพอใจไม่น้อยกว่าร้อยละ ๙๐'),
     dict(n='ข้อ ๓', title='ป้องกันการเรียกรับประโยชน์ในการขอปล่อยตัวชั่วคราวด้วยระบบประเมินความเสี่ยง (Risk Assessment) และป้ายประกาศไม่มีค่าใช้จ่าย',
          steps=['(๑) ใช้ระบบประเมินความเสี่ยงในการพิจารณาคำร้องขอปล่อยตัวชั่วคราว', '(๒) ติดประกาศ “ไม่มีค่าใช้จ่ายใด ๆ” ทุกจุดบริการ', '(๓) เปิดช่องทางแจ้งเบาะแส'],
          resp='ส่วนบริหารจัดการคดี (งานปล่อยตัวชั่วคราว)', period='ตุลาคม ๒๕๖๙ – กันยายน ๒๕๗๐', mon='รายงานสถิติคำร้องและเรื่องร้องเรียนต่อผู้พิพากษาหัวหน้าศาลทุกเดือน',
          outc='ไม่มีเรื่องร้องเรียนการเรียกรับประโยชน์'),
     dict(n='ข้อ ๔', title='อบรมจริยธรรมข้าราชการศาลยุติธรรมและการป้องกันผลประโยชน์ทับซ้อน',
          steps=['(๑) จัดอบรมร่วมกับสำนักงานศาลยุติธรรม', '(๒) ทดสอบความรู้หลังอบรม'],
          resp='ส่วนช่วยอำนวยการ (งานการเจ้าหน้าที่)', period='กุมภาพันธ์ ๒๕๗๐', mon='ส่วนช่วยอำนวยการสรุปผลเสนอผู้อำนวยการฯ ภายใน ๑๕ วัน',
          outc='ข้าราชการและลูกจ้างผ่านการทดสอบร้อยละ ๙๐'),
    ]
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', AG + ' สำนักงานศาลยุติธรรม', '',
         '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
         '    ศาลแขวงธนบุรีธาราได้คะแนน ๙๔.๒๑ คะแนน ระดับผ่าน', '',
         '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน',
         '    - ผู้มาติดต่อบางส่วนไม่ทราบขั้นตอนและระยะเวลาการให้บริการ (EIT)',
         '    - ข้อมูลการเบิกจ่ายงบประมาณบนเว็บไซต์ไม่เป็นปัจจุบัน (OIT)', '',
         '๓. ประเด็นที่ต้องพัฒนาให้ดีขึ้น',
         '    - ความเชื่อมั่นของประชาชนต่อการพิจารณาคำร้องขอปล่อยตัวชั่วคราว',
         '    - การรับรู้เรื่องผลประโยชน์ทับซ้อนของบุคลากร', '',
         '๔. มาตรการ', '']
    for m in MS:
        L.append(f'{m["n"]} {m["title"]}')
        L.append('    ขั้นตอน/วิธีการ')
        for s in m['steps']:
            L.append('        ' + s)
        L.append('    ผู้รับผิดชอบ - ' + m['resp'])
        L.append('    ระยะเวลา - ' + m['period'])
        L.append('    การติดตามผล - ' + m['mon'])
        L.append('    ผลที่คาดว่าจะได้รับ - ' + m['outc'])
        L.append('')
    L += ['ประกาศ ณ วันที่ ๒ พฤศจิกายน ๒๕๖๙', '(นายธนวัฒน์ ตลิ่งชันธารา)', 'ผู้พิพากษาหัวหน้าศาลแขวงธนบุรีธารา', '']
    write(F, '\r\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Plain text (CRLF), no indentation tricks: title FY ๒๕๗๐, ITA ๒๕๖๙ score ๙๔.๒๑ ผ่าน, both analysis sections as "- " lists, '
          'measures "ข้อ ๑"-"ข้อ ๔" with a "ขั้นตอน/วิธีการ" block of (๑)(๒) steps and "label - value" lines (the separator is a hyphen, '
          'not an empty value); output never stated (missing by convention). COMPLETE.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p02 (NEW: Notion HTML export with a database table)
NOTION_CSS = '''/* cspell:disable-file */
/* webkit printing magic: print all background colors */
html {
	-webkit-print-color-adjust: exact;
}
* {
	box-sizing: border-box;
	-webkit-print-color-adjust: exact;
}

html,
body {
	margin: 0;
	padding: 0;
}
@media only screen {
	body {
		margin: 2em auto;
		max-width: 900px;
		color: rgb(55, 53, 47);
	}
}

body {
	line-height: 1.5;
	white-space: pre-wrap;
}

a,
a.visited {
	color: inherit;
	text-decoration: underline;
}

.pdf-relative-link-path {
	font-size: 80%;
	color: #444;
}

h1,
h2,
h3 {
	letter-spacing: -0.01em;
	line-height: 1.2;
	font-weight: 600;
	margin-bottom: 0;
}

.page-title {
	font-size: 2.5rem;
	font-weight: 700;
	margin-top: 0;
	margin-bottom: 0.75em;
}

table,
th,
td {
	border: 1px solid rgba(55, 53, 47, 0.09);
	border-collapse: collapse;
}

table {
	border-left: none;
	border-right: none;
}

th,
td {
	font-weight: normal;
	padding: 0.25em 0.5em;
	line-height: 1.5;
	min-height: 1.5em;
	text-align: left;
}

th {
	color: rgba(55, 53, 47, 0.6);
}

.collection-content.gallery {
	display: grid;
	grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
}

.callout {
	border-radius: 3px;
	padding: 1rem;
}

.cell-title {
	font-weight: 500;
}

.selected-value {
	display: inline-block;
	padding: 0 0.5em;
	background: rgba(206, 205, 202, 0.5);
	border-radius: 3px;
	margin-right: 0.5em;
	margin-top: 0.3em;
	margin-bottom: 0.3em;
	white-space: nowrap;
}

.collection-title {
	display: inline-block;
	margin-right: 1em;
}

.page-description {
	margin-bottom: 2em;
}

.simple-table {
	margin-top: 1em;
	font-size: 0.875rem;
	empty-cells: show;
}

.status-value {
	display: inline-flex;
	align-items: center;
	white-space: nowrap;
	border-radius: 3px;
	padding: 0 0.5em;
}
.status-dot {
	height: 8px;
	width: 8px;
	border-radius: 99px;
	margin-right: 5px;
	flex-shrink: 0;
}
.sans { font-family: ui-sans-serif, -apple-system, BlinkMacSystemFont, "Segoe UI Variable Display", "Segoe UI", Helvetica, "Apple Color Emoji", Arial, sans-serif, "Segoe UI Emoji", "Segoe UI Symbol"; }
.highlight-gray_background { background: rgba(241, 241, 239, 1); }
.block-color-gray_background { background: rgba(241, 241, 239, 1); }
.select-value-color-blue { background-color: rgba(211, 229, 239, 1); }
.select-value-color-green { background-color: rgba(219, 237, 219, 1); }
.select-value-color-orange { background-color: rgba(250, 222, 201, 1); }
.select-value-color-purple { background-color: rgba(232, 222, 238, 1); }
.select-value-color-pink { background-color: rgba(245, 224, 233, 1); }
.select-value-color-default { background-color: rgba(227, 226, 224, 0.5); }
.status-dot-color-default { background-color: rgba(145, 145, 142, 1); }

.checkbox {
	display: inline-flex;
	vertical-align: text-bottom;
	width: 16;
	height: 16;
	background-size: 16px;
	margin-left: 2px;
	margin-right: 5px;
}
'''

ICON = {
 'title': '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesTitle"><path d="M0.637695 13.1914C1.0957 13.1914 1.32812 13 1.47852 12.5215L2.24414 10.3887H6.14746L6.90625 12.5215C7.05664 13 7.2959 13.1914 7.74707 13.1914C8.22559 13.1914 8.5332 12.9043 8.5332 12.4531C8.5332 12.2891 8.50586 12.1523 8.44434 11.9678L5.41602 3.79199C5.2041 3.21777 4.82129 2.9375 4.19922 2.9375C3.60449 2.9375 3.21484 3.21094 3.0166 3.78516L-0.0117188 11.9746C-0.0732422 12.1523 -0.100586 12.3025 -0.100586 12.4531C-0.100586 12.9043 0.179688 13.1914 0.637695 13.1914Z"></path></svg>',
 'number': '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesNumber"><path d="M2.4834 10.9902H4.33594L3.75488 13.8789C3.74121 13.9609 3.72070 14.0771 3.72070 14.1523C3.72070 14.5078 3.95996 14.7266 4.31543 14.7266C4.69824 14.7266 4.89648 14.5078 4.97168 14.1455L5.57324 10.9902H8.26172L7.6875 13.8789Z"></path></svg>',
 'text': '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesText"><path d="M1.56738 3.25879H7.47559C7.76953 3.25879 8.00879 3.01953 8.00879 2.72559C8.00879 2.43164 7.76953 2.19238 7.47559 2.19238H1.56738C1.27344 2.19238 1.03418 2.43164 1.03418 2.72559C1.03418 3.01953 1.27344 3.25879 1.56738 3.25879Z"></path></svg>',
 'multi': '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesMultipleSelect"><path d="M1.91602 4.83789C2.44238 4.83789 2.87305 4.40723 2.87305 3.87402C2.87305 3.34766 2.44238 2.91699 1.91602 2.91699C1.38281 2.91699 0.952148 3.34766 0.952148 3.87402C0.952148 4.40723 1.38281 4.83789 1.91602 4.83789Z"></path></svg>',
 'date': '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesDate"><path d="M3.29688 14.4561H12.7031C14.1797 14.4561 14.9453 13.6904 14.9453 12.2344V3.91504C14.9453 2.45215 14.1797 1.69336 12.7031 1.69336H3.29688C1.82031 1.69336 1.05469 2.45215 1.05469 3.91504V12.2344Z"></path></svg>',
 'status': '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesStatus"><path d="M8.75488 1.02344C8.75488 0.613281 8.41309 0.264648 8.00293 0.264648C7.59277 0.264648 7.25098 0.613281 7.25098 1.02344V3.11523C7.25098 3.51855 7.59277 3.86719 8.00293 3.86719Z"></path></svg>',
 'select': '<svg role="graphics-symbol" viewBox="0 0 16 16" style="width:14px;height:14px;display:block;fill:rgba(55, 53, 47, 0.45);flex-shrink:0" class="typesSelect"><path d="M8 15.126C11.8623 15.126 15.0615 11.9336 15.0615 8.06445C15.0615 4.20215 11.8623 1.00293 7.99316 1.00293C4.13086 1.00293 0.938477 4.20215 0.938477 8.06445C0.938477 11.9336 4.13770 15.126 8 15.126Z"></path></svg>',
}

EN_MON = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def nd(y, m, d):
    return f'{EN_MON[m]} {d}, {y}'


def p02():
    F = 'p02_dgi_digitalgov_plan_2570.html'; AG = 'กรมส่งเสริมนวัตกรรมดิจิทัลภาครัฐ'
    import hashlib

    def uid(s):
        h = hashlib.md5(s.encode()).hexdigest()
        return f'{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}'
    MS = [
     dict(n='1', grp=('O: เปิดเผยข้อมูล', 'blue'), title='จัดทำ Open Data ชุดข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของกรมรายไตรมาส',
          steps='รวบรวมข้อมูลจากระบบ e-GP และ GFMIS → แปลงเป็นชุดข้อมูล CSV → เผยแพร่บน data.go.th และเว็บไซต์กรม',
          resp=['กองคลัง', 'ศูนย์ข้อมูลภาครัฐ'], period=((2026, 10, 1), (2027, 9, 30)), mon='ศูนย์ข้อมูลฯ รายงานคณะทำงาน ITA ทุกไตรมาส',
          outc='เผยแพร่ชุดข้อมูลครบ 4 ไตรมาส ดาวน์โหลดไม่น้อยกว่า 500 ครั้ง'),
     dict(n='2', grp=('O: เปิดเผยข้อมูล', 'blue'), title='เผยแพร่ผลการพิจารณาให้ทุนนวัตกรรมภาครัฐพร้อมเกณฑ์และคะแนนรายโครงการ',
          steps='ประกาศเกณฑ์ล่วงหน้า 30 วัน → คณะกรรมการพิจารณาโดยมีผู้ทรงคุณวุฒิภายนอก → ประกาศผลพร้อมคะแนน',
          resp=['กองส่งเสริมนวัตกรรม'], period=((2026, 11, 1), (2027, 3, 31)), mon='ผู้อำนวยการกองรายงานรองอธิบดีที่กำกับดูแลเมื่อประกาศผล',
          outc='ไม่มีการอุทธรณ์ผลการพิจารณาที่ฟังขึ้น'),
     dict(n='3', grp=('I: ป้องกันการทุจริต', 'orange'), title='ประเมินความเสี่ยงการทุจริตในการจัดซื้อจัดจ้างระบบคลาวด์และซอฟต์แวร์ลิขสิทธิ์',
          steps='ระบุขั้นตอนเสี่ยง (กำหนด TOR/ราคากลาง/ตรวจรับ) → กำหนดมาตรการควบคุม → ติดตามผลรอบ 6 และ 12 เดือน',
          resp=['กลุ่มตรวจสอบภายใน', 'กองพัสดุ'], period=None, mon='กลุ่มตรวจสอบภายในรายงานคณะกรรมการบริหารความเสี่ยงของกรม',
          outc='มีแผนบริหารความเสี่ยงครอบคลุมการจัดซื้อระบบคลาวด์ทุกโครงการ'),
     dict(n='4', grp=('I: ป้องกันการทุจริต', 'orange'), title='กำหนดแนวปฏิบัติการเปิดเผยผลประโยชน์ทับซ้อนของคณะกรรมการกำหนด TOR และตรวจรับ',
          steps='จัดทำแบบเปิดเผยผลประโยชน์ (Conflict of Interest Declaration) → ให้กรรมการลงนามทุกโครงการ → สุ่มตรวจ',
          resp=['กองพัสดุ', 'กองกฎหมาย'], period=((2026, 10, 15), (2027, 1, 31)), mon='กองพัสดุรายงานผลการลงนามต่ออธิบดีทุก 6 เดือน',
          outc='กรรมการทุกคนลงนามแบบเปิดเผยผลประโยชน์ก่อนเริ่มงาน'),
     dict(n='5', grp=('C: วัฒนธรรมองค์กร', 'green'), title='หลักสูตร e-Learning “Digital Integrity” สำหรับบุคลากรทุกระดับ',
          steps='พัฒนาบทเรียน 4 โมดูล → บังคับเรียนผ่านระบบ LMS ของกรม → ทดสอบหลังเรียน',
          resp=[], period=((2027, 1, 1), (2027, 6, 30)), mon='กองการเจ้าหน้าที่ดึงรายงานผู้ผ่านหลักสูตรจาก LMS ทุกเดือน',
          outc='บุคลากรผ่านหลักสูตรไม่น้อยกว่าร้อยละ 90'),
     dict(n='6', grp=('C: วัฒนธรรมองค์กร', 'green'), title='ประกาศ No Gift Policy และรายงานการรับของขวัญผ่าน Google Form',
          steps='อธิบดีประกาศเจตนารมณ์ → ทุกหน่วยงานรายงานผ่านแบบฟอร์มออนไลน์ → สรุปผลเผยแพร่บนเว็บไซต์',
          resp=['สำนักงานเลขานุการกรม'], period=((2026, 10, 1), (2027, 1, 31)), mon='สำนักงานเลขานุการกรมสรุปผลเสนออธิบดี',
          outc='ไม่พบการรับของขวัญเกิน 3,000 บาท'),
    ]
    cols = [('กิจกรรม', 'title'), ('ลำดับ', 'number'), ('ประเด็น', 'select'), ('วิธีดำเนินการ', 'text'), ('ผู้รับผิดชอบ', 'multi'),
            ('ช่วงเวลา', 'date'), ('ตัวชี้วัด/เป้าหมาย', 'text'), ('การติดตามผล', 'text'), ('สถานะ', 'status')]
    head = '<thead><tr>' + ''.join(f'<th><span class="icon property-icon">{ICON[t]}</span>{E(n)}</th>' for n, t in cols) + '</tr></thead>'
    colors = ['blue', 'purple', 'pink', 'orange', 'green']
    body = []
    for m in MS:
        rid = uid(m['title'])
        link = H.escape(m['title'][:40].replace(' ', '%20')) + '%20' + rid.replace('-', '')[:32] + '.html'
        ms = ''.join(f'<span class="selected-value select-value-color-{colors[len(r) % 5]}">{E(r)}</span>' for r in m['resp'])
        if m['period']:
            (a, b) = m['period']
            per = f'<time>@{nd(*a)} → {nd(*b)}</time>'
        else:
            per = ''
        g, gc = m['grp']
        cells = [f'<td class="cell-title"><a href="{link}">{E(m["title"])}</a></td>',
                 f'<td class="cell-{uid("n" + m["n"])[:4]}">{m["n"]}</td>',
                 f'<td class="cell-{uid("g")[:4]}"><span class="selected-value select-value-color-{gc}">{E(g)}</span></td>',
                 f'<td class="cell-{uid("s")[:4]}">{E(m["steps"])}</td>',
                 f'<td class="cell-{uid("r")[:4]}">{ms}</td>',
                 f'<td class="cell-{uid("p")[:4]}">{per}</td>',
                 f'<td class="cell-{uid("o")[:4]}">{E(m["outc"])}</td>',
                 f'<td class="cell-{uid("m")[:4]}">{E(m["mon"])}</td>',
                 f'<td class="cell-{uid("st")[:4]}"><span class="status-value select-value-color-default"><div class="status-dot status-dot-color-default"></div>Not started</span></td>']
        body.append(f'<tr id="{rid}">' + ''.join(cells) + '</tr>')
        m['resp_txt'] = ' '.join(m['resp'])
    page_id = uid('p02page')
    page = f'''<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/><title>แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570</title><style>
{NOTION_CSS}
</style></head><body><article id="{page_id}" class="page sans"><header><div class="page-header-icon undefined"><span class="icon">🧭</span></div><h1 class="page-title">แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570</h1><p class="page-description"></p><table class="properties"><tbody><tr class="property-row property-row-person"><th><span class="icon property-icon">{ICON['multi']}</span>เจ้าของ</th><td><span class="user">ณัฐวุฒิ พญาไท</span></td></tr><tr class="property-row property-row-multi_select"><th><span class="icon property-icon">{ICON['multi']}</span>Tags</th><td><span class="selected-value select-value-color-purple">ITA 2570</span><span class="selected-value select-value-color-gray">ศปท.</span></td></tr><tr class="property-row property-row-last_edited_time"><th><span class="icon property-icon">{ICON['date']}</span>Last edited time</th><td><time>@October 21, 2026 4:12 PM</time></td></tr></tbody></table></header><div class="page-body"><p id="{uid('a1')}" class="">{AG} กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม</p><figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex" id="{uid('a2')}"><div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%"><p id="{uid('a3')}" class=""><strong>ผล ITA ปีงบประมาณ 2569 : 91.22 คะแนน (ผ่าน)</strong>  IIT 93.85 · EIT 88.40 · OIT 91.50</p></div></figure><h2 id="{uid('a4')}" class="">ที่มา</h2><p id="{uid('a5')}" class="">ศูนย์ปฏิบัติการต่อต้านการทุจริต (ศปท.) จัดทำแผนการขับเคลื่อนฉบับนี้จากผลการวิเคราะห์ ITA 2569 เพื่อใช้ติดตามงานของทุกกองในรูปแบบฐานข้อมูลกิจกรรม (1 แถว = 1 กิจกรรม) ข้อมูลตามตารางด้านล่างเป็นฉบับที่อธิบดีอนุมัติแล้ว</p><details open=""><summary style="font-weight:600;font-size:1.25em;line-height:1.3;margin:0">วิธีใช้ตารางนี้ (สำหรับเจ้าหน้าที่)</summary><ul id="{uid('a6')}" class="bulleted-list"><li style="list-style-type:disc">เปิดแต่ละกิจกรรมเพื่ออัปเดตความคืบหน้าในหน้าย่อย</li></ul><ul id="{uid('a7')}" class="bulleted-list"><li style="list-style-type:disc">เปลี่ยนสถานะเมื่อเริ่มดำเนินการ</li></ul></details><h2 id="{uid('a8')}" class="">กิจกรรมตามแผน</h2><div id="{uid('db')}" class="collection-content"><h4 class="collection-title">กิจกรรม ITA 2570</h4><table class="collection-content">{head}<tbody>{''.join(body)}</tbody></table><br/><br/></div><h2 id="{uid('a9')}" class="">การอนุมัติ</h2><p id="{uid('a10')}" class="">อนุมัติแผนเมื่อวันที่ 20 ตุลาคม 2569 โดย นางพรรณี ลาดพร้าวธารา อธิบดีกรมส่งเสริมนวัตกรรมดิจิทัลภาครัฐ</p><p id="{uid('a11')}" class="">
</p></div></article><span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>'''
    write(F, page)
    for m in MS:
        m['resp'] = m['resp_txt']
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 3: ช่วงเวลา (date property) empty', 'activity 5: ผู้รับผิดชอบ (multi-select) empty'],
          'NEW FORM: a NOTION page exported as HTML (Export → HTML): <article class="page sans">, page-title H1 with icon, a '
          'page-properties table (เจ้าของ, Tags, Last edited time), callout with ITA 2569 score 91.22, a toggle <details>, and the '
          'plan as an inline DATABASE - <table class="collection-content"> whose <th> carry Notion property-type SVG icons; one row '
          'per activity: title cell (link to the row\'s sub-page), number, select "ประเด็น" (group label, not a unit), text '
          '"วิธีดำเนินการ" (steps joined by →), multi-select "ผู้รับผิดชอบ" as coloured <span class="selected-value"> chips, date '
          'range "ช่วงเวลา" as <time>@October 1, 2026 → September 30, 2027</time> (Gregorian, English month names), '
          '"ตัวชี้วัด/เป้าหมาย" = outcome, own "การติดตามผล", status "Not started"; the page title is the FY (2570).')


# ---------------------------------------------------------------- p03 (เทศบาลตำบล plan, md)
def p03():
    F = 'p03_tt_thamuangthara_plan_2570.md'; AG = 'เทศบาลตำบลท่าม่วงธารา'
    GR = [
     ('**ด้านที่ 1 ความโปร่งใสและการเปิดเผยข้อมูล**', [
      dict(n='1.1', title='เผยแพร่ข้อมูลข่าวสารตามตัวชี้วัด OIT บนเว็บไซต์เทศบาลให้ครบถ้วนและเป็นปัจจุบัน',
           steps='- ตรวจสอบรายการข้อมูล OIT<br>- มอบหมายกองรับผิดชอบ<br>- ตรวจทานก่อนส่ง', resp='สำนักปลัด (งานประชาสัมพันธ์)',
           period='ต.ค. 2569 – มี.ค. 2570', mon='คณะทำงาน ITA ติดตามทุกเดือน', outc='ข้อมูล OIT ครบถ้วนร้อยละ 100'),
      dict(n='1.2', title='จัดทำช่องทางสอบถามสถานะการขออนุญาตก่อสร้างผ่าน LINE OA',
           steps='......', resp='กองช่าง', period='พ.ย. 2569 – ก.พ. 2570', mon='ผู้อำนวยการกองช่างรายงานปลัดเทศบาลรายไตรมาส',
           outc='ผู้ขออนุญาตติดตามสถานะได้ด้วยตนเอง'),
      dict(n='1.3', title='ประชุมประชาคมตำบลรับฟังความคิดเห็นต่อร่างข้อบัญญัติงบประมาณรายจ่ายประจำปี',
           steps='- ประชาสัมพันธ์ล่วงหน้า 7 วัน<br>- จัดประชุมประชาคม 2 ครั้ง<br>- สรุปข้อเสนอเข้าสภาเทศบาล', resp='กองยุทธศาสตร์และงบประมาณ',
           period='มิ.ย. – ก.ค. 2570', mon='รายงานผลต่อคณะผู้บริหารเทศบาล', outc='ข้อเสนอของประชาชนได้รับการพิจารณาทุกข้อ'),
     ]),
     ('**ด้านที่ 2 การป้องกันการทุจริต**', [
      dict(n='2.1', title='ตรวจสอบการใช้รถยนต์ส่วนกลางและรถบรรทุกน้ำด้วยสมุดบันทึกและ GPS',
           steps='- ติดตั้ง GPS รถ 6 คัน<br>- ตรวจสมุดบันทึกรายสัปดาห์', resp='สำนักปลัด (งานธุรการ) / กองช่าง',
           period='-', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส', outc='ไม่พบการใช้รถเพื่อประโยชน์ส่วนตน'),
      dict(n='2.2', title='อบรมพนักงานเทศบาลเรื่องการขัดกันแห่งผลประโยชน์และประมวลจริยธรรม',
           steps='- อบรม 1 วัน<br>- ทดสอบหลังอบรม', resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='ก.พ. 2570',
           mon='สรุปผลเสนอนายกเทศมนตรีภายใน 15 วัน', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]
    hd = ['ที่', 'กิจกรรม', 'วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตาม', 'ตัวชี้วัด']
    rows = [mdrow(hd), '|:-:|---|---|---|---|---|---|']
    for g, ms in GR:
        rows.append(mdrow(['', g, '', '', '', '', '']))
        for m in ms:
            rows.append(mdrow([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]))
    s = f'''แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570
======================================================================

{AG} อำเภอท่าม่วงธารา จังหวัดกาญจนบุรีธานี

ผลการประเมิน ITA ปี 2569 : **88.74 คะแนน (ผ่าน)**

{chr(10).join(rows)}

*หมายเหตุ* งบประมาณดำเนินการใช้จากข้อบัญญัติงบประมาณรายจ่ายประจำปี 2570 แผนงานบริหารงานทั่วไป

อนุมัติ ณ วันที่ 11 ตุลาคม 2569 — นายสุรชัย ลาดหญ้าธารา นายกเทศมนตรีตำบลท่าม่วงธารา
'''
    write(F, s)
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 1.2: steps (วิธีการ) is "......"', 'activity 2.1: period (ระยะเวลา) is "-"'],
          'Markdown with a setext (=====) title "แผนปฏิบัติการ…" FY 2570, ITA 2569 score 88.74; 7-column pipe table with own '
          'การติดตาม column, bold GROUP ROWS "ด้านที่ 1/2" in the activity column with the other cells empty (not activities), '
          'activities 1.1-2.2, "- " steps joined by <br>; "ตัวชี้วัด" = outcome; output never stated (missing by convention).')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r03', 'r04', 'r07', 'm03', 'm04', 'm05', 'p02', 'p03']:
        globals()[w]()
        print('built', w)
