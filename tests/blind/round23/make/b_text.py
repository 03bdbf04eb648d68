"""Text/web documents: r03 (community hospital html), r04 (provincial court .txt prose, CRLF, wrong FY), r06 (provincial
community development office md), m03 (NEW: university faculty measures in CONFLUENCE WIKI MARKUP saved as .txt), m04 (อบต.
md, wrong FY), m05 (เทศบาลเมือง WordPress html), p02 (NEW: Word "Save as Web Page, Filtered" html with NESTED tables inside
cells, windows-874), p03 (เทศบาลตำบล md plan)."""
import sys
import html as H
from common import *

E = H.escape


# ---------------------------------------------------------------- r03
def r03():
    F = 'r03_hosp_khokphothai_results_2569.html'; AG = 'โรงพยาบาลโคกโพธิ์ใต้'
    MS = [
     dict(n='มาตรการที่ 1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างยา เวชภัณฑ์มิใช่ยา และวัสดุวิทยาศาสตร์การแพทย์',
          steps=['จัดทำแผนการจัดซื้อจัดจ้างประจำปี', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', 'เผยแพร่บนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป'],
          resp='กลุ่มงานบริหารทั่วไป (งานพัสดุ) / กลุ่มงานเภสัชกรรม', period='ต.ค. 2568 – ก.ย. 2569',
          mon='รายงานคณะกรรมการบริหารโรงพยาบาลทุกเดือน', out='เผยแพร่ครบ 12 เดือน 284 รายการ',
          outc='ผู้ประกอบการและประชาชนตรวจสอบข้อมูลได้ ไม่มีข้อร้องเรียน'),
     dict(n='มาตรการที่ 2', title='ป้องกันการรับผลประโยชน์จากผู้แทนบริษัทยาและเวชภัณฑ์',
          steps=['ประกาศเกณฑ์จริยธรรมการจัดซื้อจัดหาและการส่งเสริมการขายยา', 'กำหนดวันและสถานที่พบผู้แทนบริษัท', 'ทำทะเบียนรับการสนับสนุนจากบริษัท'],
          resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค', period='ต.ค. 2568 – ก.ย. 2569',
          mon='สรุปทะเบียนการรับการสนับสนุนเสนอผู้อำนวยการทุก 6 เดือน', out='มีทะเบียนครบ 2 รอบ บันทึกการพบผู้แทน 73 ครั้ง',
          outc='ไม่พบการรับผลประโยชน์ที่ขัดต่อเกณฑ์จริยธรรม'),
     dict(n='มาตรการที่ 3', title='ลดระยะเวลารอคอยผู้ป่วยนอกด้วยระบบนัดหมายและคิวออนไลน์',
          steps=['เปิดจองคิวผ่าน LINE OA ของโรงพยาบาล', 'แยกช่องทางผู้สูงอายุ ผู้พิการ และหญิงตั้งครรภ์', 'ประกาศลำดับคิวบนจอหน้าห้องตรวจ'],
          resp='กลุ่มงานการพยาบาล (งานผู้ป่วยนอก)', period='ม.ค. – ก.ย. 2569',
          mon='ติดตามระยะเวลารอคอยเฉลี่ยจากระบบ HOSxP ทุกเดือน', out='จองคิวออนไลน์ 5,118 ราย',
          outc='ระยะเวลารอคอยเฉลี่ยลดลงจาก 117 นาที เหลือ 76 นาที'),
     dict(n='มาตรการที่ 4', title='ควบคุมการใช้รถพยาบาลและรถราชการ',
          steps=['ขออนุญาตใช้รถผ่านแบบฟอร์มทุกครั้ง', 'ตรวจเลขไมล์กับใบเสร็จน้ำมันทุกสิ้นเดือน'],
          resp='กลุ่มงานบริหารทั่วไป (งานยานพาหนะ)', period='ต.ค. 2568 – ก.ย. 2569',
          mon='งานตรวจสอบภายในสุ่มตรวจทะเบียนคุมทุกไตรมาส', out='ทะเบียนคุมครบ 9 คัน',
          outc='ไม่พบการใช้รถราชการเพื่อประโยชน์ส่วนตน'),
     dict(n='มาตรการที่ 5', title='สำรวจความพึงพอใจและเปิดเผยผลการจัดการเรื่องร้องเรียน',
          steps=['สำรวจความพึงพอใจผู้ป่วยนอกและผู้ป่วยในรายไตรมาส', 'สรุปเรื่องร้องเรียนและผลการแก้ไข', 'เผยแพร่บนเว็บไซต์และบอร์ดหน้าโรงพยาบาล'],
          resp='ศูนย์คุณภาพ / งานประชาสัมพันธ์', period='ต.ค. 2568 – ก.ย. 2569',
          mon='นำเสนอในที่ประชุมคณะกรรมการบริหารโรงพยาบาลทุกไตรมาส', out='สำรวจครบ 4 ไตรมาส ผู้ตอบ 2,406 ราย',
          outc='ความพึงพอใจเฉลี่ยร้อยละ 90.3'),
    ]
    rows = []
    for m in MS:
        ul = '<ul class="steps">' + ''.join(f'<li>{E(x)}</li>' for x in m['steps']) + '</ul>'
        rows.append(f'<tr>\n<th scope="row">{E(m["n"])}</th><td>{E(m["title"])}</td><td>{ul}</td><td>{E(m["resp"])}</td>'
                    f'<td>{E(m["period"])}</td><td>{E(m["mon"])}</td><td>{E(m["out"])}</td><td>{E(m["outc"])}</td>\n</tr>')
    page = f'''<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>O37 รายงานผลการดำเนินการตามมาตรการ ITA ปีงบประมาณ 2569 - {AG}</title>
<link href="/templates/hospital_th/css/template.css" rel="stylesheet">
<style>.table-ita{{border-collapse:collapse;width:100%}}.table-ita th,.table-ita td{{border:1px solid #9bbf9b;padding:5px;vertical-align:top}}
.table-ita thead th{{background:#2e7d32;color:#fff}}</style>
</head>
<body class="site com_content view-article itemid-214">
<div class="header"><a href="/"><img src="/images/logo_khokpho.png" alt="{AG}"></a><span class="site-title">{AG}<br><small>อำเภอโคกโพธิ์ใต้ จังหวัดปัตตาธานี</small></span></div>
<nav class="navigation"><ul class="nav menu"><li><a href="/">หน้าแรก</a></li><li><a href="/service">บริการผู้ป่วย</a></li><li class="active"><a href="/ita">ITA</a></li><li><a href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav>
<div class="container"><main id="content" role="main">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h2></div>
<dl class="article-info muted"><dd class="category-name">หมวด: ITA 2570</dd><dd class="published">เผยแพร่: 12 ตุลาคม 2569</dd><dd class="hits">เปิดอ่าน: 187</dd></dl>
<div itemprop="articleBody">
<p>ตามที่สำนักงานสาธารณสุขจังหวัดปัตตาธานีและหน่วยบริการในสังกัดได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 91.73 คะแนน
ระดับผ่าน {AG}ได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 5 มาตรการ ผลการดำเนินการดังนี้</p>
<table class="table-ita">
<thead>
<tr><th rowspan="2">มาตรการที่</th><th rowspan="2">ชื่อมาตรการ</th><th rowspan="2">วิธีการดำเนินงาน</th><th rowspan="2">ผู้รับผิดชอบ</th><th rowspan="2">ระยะเวลา</th><th rowspan="2">การติดตามผล</th><th colspan="2">ผลการดำเนินงาน</th></tr>
<tr><th>ผลผลิต</th><th>ผลลัพธ์</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<p>ผู้รายงาน : นางสาวซารีนา อาแว นักวิชาการสาธารณสุขชำนาญการ<br>ผู้อนุมัติ : นายแพทย์ฮาฟิซ ยูโซะ ผู้อำนวยการโรงพยาบาลโคกโพธิ์ใต้</p>
<p><a href="/images/ita/o37_2569.pdf" class="btn">ดาวน์โหลดเอกสาร (PDF)</a></p>
</div></div>
</main></div>
<footer class="footer"><p>{AG} 99 หมู่ 3 ถนนปัตตาธานี-ยะลาธานี โทร. 0-7343-xxxx | &copy; 2569</p></footer>
</body>
</html>
'''
    write(F, page)
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Joomla hospital site article. 8-column table with a TWO-ROW header (ผลการดำเนินงาน over ผลผลิต | ผลลัพธ์), '
          'measure numbers "มาตรการที่ n" in <th scope=row>, steps as <ul>, own การติดตามผล column. ITA 91.73 ผ่าน. COMPLETE.')


# ---------------------------------------------------------------- r04 (court, prose, CRLF, wrong FY)
def r04():
    F = 'r04_court_narathani_results_2568.txt'; AG = 'ศาลจังหวัดนราธานี'
    MS = [
     dict(n='๑', title='การเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของศาล',
          steps=['ส่วนคลังและพัสดุสรุปผลการจัดซื้อจัดจ้างรายเดือน', 'เผยแพร่บนเว็บไซต์ศาลภายในวันที่ ๑๕ ของเดือนถัดไป',
                 'ติดประกาศที่บอร์ดประชาสัมพันธ์ชั้น ๑'],
          resp='ส่วนคลังและพัสดุ สำนักงานประจำศาลจังหวัดนราธานี', period='ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
          mon='ผู้อำนวยการสำนักงานประจำศาลตรวจสอบและรายงานผู้พิพากษาหัวหน้าศาลทุกเดือน',
          out='เผยแพร่ข้อมูลครบ ๑๒ เดือน', outc='ประชาชนตรวจสอบการใช้จ่ายงบประมาณของศาลได้'),
     dict(n='๒', title='การป้องกันการเรียกรับผลประโยชน์ในการขอปล่อยชั่วคราว',
          steps=['ประกาศขั้นตอนและระยะเวลาการพิจารณาคำร้องขอปล่อยชั่วคราว', 'จัดตั้งจุดบริการประกันตัวแบบเบ็ดเสร็จ',
                 'ติดตั้งกล้องวงจรปิดและป้ายแจ้งเบาะแสที่จุดบริการ'],
          resp='ส่วนหน้าบัลลังก์ / ส่วนช่วยพิจารณาคดี', period='ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
          mon='คณะทำงานส่งเสริมคุณธรรมของศาลติดตามทุกไตรมาส',
          out='ไม่มี', outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
     dict(n='๓', title='การให้บริการตรวจสอบสถานะคดีและนัดความผ่านระบบออนไลน์',
          steps=['ประชาสัมพันธ์ระบบ CIOS และ e-Filing', 'จัดเจ้าหน้าที่แนะนำการใช้งานที่ศูนย์บริการประชาชน'],
          resp='ศูนย์บริการประชาชนและประชาสัมพันธ์', period='มกราคม – กันยายน ๒๕๖๙',
          mon='สรุปสถิติการใช้งานระบบรายงานผู้อำนวยการทุกเดือน',
          out='ผู้ใช้งานระบบตรวจสอบสถานะคดีออนไลน์ ๓,๘๔๗ ครั้ง', outc='คู่ความไม่ต้องเดินทางมาศาลเพื่อสอบถามนัดความ ความพึงพอใจร้อยละ ๙๒'),
     dict(n='๔', title='การส่งเสริมประมวลจริยธรรมข้าราชการศาลยุติธรรมและ No Gift Policy',
          steps=['ผู้พิพากษาหัวหน้าศาลประกาศเจตนารมณ์', 'อบรมข้าราชการและลูกจ้างเรื่องประมวลจริยธรรม'],
          resp='ส่วนบริหารจัดการทั่วไป (งานการเจ้าหน้าที่)', period='พฤศจิกายน ๒๕๖๘ – กุมภาพันธ์ ๒๕๖๙',
          mon='รายงานผลการอบรมต่อผู้พิพากษาหัวหน้าศาลภายใน ๓๐ วัน',
          out='ข้าราชการและลูกจ้างเข้าอบรม ๕๔ คน', outc='บุคลากรผ่านแบบทดสอบร้อยละ ๙๘'),
    ]
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
         'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘', AG, '=' * 60, '',
         'ส่วนที่ ๑  ผลการประเมิน', '',
         '    สำนักงานศาลยุติธรรมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ',
         'ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๙๔.๕๒ คะแนน ระดับผ่าน ศาลจังหวัดนราธานีจึงได้ดำเนินการตามมาตรการ',
         'ส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ ตั้งแต่เดือนตุลาคม ๒๕๖๘ ถึงเดือนกันยายน ๒๕๖๙ ดังนี้', '',
         'ส่วนที่ ๒  ผลการดำเนินการตามมาตรการ', '']
    for m in MS:
        L.append('ข้อ ' + m['n'] + '. ' + m['title'])
        L.append('    ' + m['n'] + '.๑ ขั้นตอนการดำเนินการ')
        for i, st in enumerate(m['steps'], 1):
            L.append('          (' + th(i) + ') ' + st)
        L.append('    ' + m['n'] + '.๒ ผู้รับผิดชอบ         ' + m['resp'])
        L.append('    ' + m['n'] + '.๓ ระยะเวลา             ' + m['period'])
        L.append('    ' + m['n'] + '.๔ การติดตามผล          ' + m['mon'])
        L.append('    ' + m['n'] + '.๕ ผลการดำเนินการ       ' + m['out'])
        L.append('    ' + m['n'] + '.๖ ผลลัพธ์              ' + m['outc'])
        L.append('')
    L += ['ส่วนที่ ๓  ปัญหาและอุปสรรค', '',
          '    ผู้รับบริการบางส่วนยังไม่คุ้นเคยกับการใช้งานระบบออนไลน์ ศาลจะเพิ่มการประชาสัมพันธ์ในปีงบประมาณ พ.ศ. ๒๕๗๐', '',
          '                                        (ลงชื่อ) ....................................... ผู้รายงาน',
          '                                               (นางสาวนูรฮายาตี เจ๊ะมะ)',
          '                                        ผู้อำนวยการสำนักงานประจำศาลจังหวัดนราธานี', '',
          '                                        (ลงชื่อ) ....................................... ผู้เห็นชอบ',
          '                                               (นายวิชาญ ธรรมนิติ)',
          '                                        ผู้พิพากษาหัวหน้าศาลจังหวัดนราธานี', '']
    write(F, '\r\n'.join(L))
    label(F, 'results', 2568, AG, 'measure', MS,
          ['title: the report is for FY 2569 (measures run ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙) but the title says ๒๕๖๘',
           'measure ๒: output (ผลการดำเนินการ) is "ไม่มี"'],
          'Plain text, CRLF: title lines, "=" rule, parts ส่วนที่ ๑–๓; measures "ข้อ n. title" with numbered sub-items n.๑–n.๖ '
          '(ขั้นตอนการดำเนินการ with (๑)(๒) steps, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลการดำเนินการ, ผลลัพธ์) whose values follow '
          'the label after spaces. Signature block.')


# ---------------------------------------------------------------- r06 (md)
def r06():
    F = 'r06_cdd_mukdathani_results_2569.md'; AG = 'สำนักงานพัฒนาชุมชนจังหวัดมุกดาธานี'
    MS = [
     dict(n='๑', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายงบประมาณโครงการพัฒนาชุมชน',
          steps=['สรุปผลการจัดซื้อจัดจ้างรายเดือน', 'เผยแพร่บนเว็บไซต์สำนักงาน'], resp='กลุ่มงานบริหารทั่วไป',
          period='ต.ค. ๖๘ – ก.ย. ๖๙', mon='รายงานพัฒนาการจังหวัดทุกเดือน', out='เผยแพร่ครบ ๑๒ เดือน',
          outc='ข้อมูลการใช้งบประมาณเปิดเผย ตรวจสอบได้'),
     dict(n='๒', title='ป้องกันการเรียกรับผลประโยชน์ในการคัดเลือกกลุ่มอาชีพรับเงินทุนกองทุนพัฒนาบทบาทสตรี',
          steps=['ประกาศหลักเกณฑ์การคัดเลือกล่วงหน้า', 'คัดเลือกโดยคณะอนุกรรมการระดับจังหวัด', 'ประกาศรายชื่อกลุ่มที่ได้รับอนุมัติ'],
          resp='กลุ่มงานส่งเสริมการพัฒนาชุมชน', period='ธ.ค. ๖๘ – มิ.ย. ๖๙', mon='คณะอนุกรรมการติดตามผลการใช้เงินทุนรายไตรมาส',
          out='อนุมัติเงินทุน ๔๖ กลุ่ม วงเงิน ๓,๒๑๐,๐๐๐ บาท', outc='ไม่มีข้อร้องเรียนการเรียกรับเงิน'),
     dict(n='๓', title='อบรมเจ้าหน้าที่พัฒนาชุมชนอำเภอเรื่องการขัดกันแห่งผลประโยชน์',
          steps=['อบรมผ่านระบบ Zoom ครึ่งวัน', 'ทำแบบทดสอบหลังการอบรม'], resp='',
          period='ก.พ. ๖๙', mon='สรุปผลการอบรมเสนอพัฒนาการจังหวัด', out='เจ้าหน้าที่เข้าอบรม ๖๘ คน',
          outc='ผ่านแบบทดสอบร้อยละ ๙๔'),
     dict(n='๔', title='เปิดช่องทางร้องเรียนและแจ้งเบาะแสผ่าน LINE OA “พช.มุกดาธานี”',
          steps=['จัดทำ QR Code ติดที่สำนักงานพัฒนาชุมชนอำเภอทุกแห่ง', 'สรุปเรื่องร้องเรียนรายเดือน'],
          resp='กลุ่มงานบริหารทั่วไป (ศูนย์รับเรื่องร้องเรียน)', period='ต.ค. ๖๘ – ก.ย. ๖๙',
          mon='รายงานผลการจัดการเรื่องร้องเรียนต่อพัฒนาการจังหวัดทุกไตรมาส', out='รับเรื่อง ๕ เรื่อง แล้วเสร็จ ๕ เรื่อง',
          outc='ผู้ร้องได้รับแจ้งผลภายใน ๑๕ วัน'),
     dict(n='๕', title='ประกาศเจตนารมณ์ “พช.มุกดาธานี ไม่รับของขวัญ”',
          steps=['พัฒนาการจังหวัดประกาศเจตนารมณ์', 'แจ้งเวียนแนวปฏิบัติ'], resp='กลุ่มงานบริหารทั่วไป',
          period='ต.ค. – ธ.ค. ๖๘', mon='รวบรวมรายงานการรับของขวัญเสนอพัฒนาการจังหวัด', out='ประกาศเจตนารมณ์ ๒๘ ต.ค. ๒๕๖๘',
          outc='-'),
    ]
    L = ['---', 'title: "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569"', 'date: 2026-10-20',
         'categories: [ITA, O37]', '---', '',
         '# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '',
         f'**{AG}**  ', 'ศาลากลางจังหวัดมุกดาธานี ชั้น ๓', '',
         '## ผลการประเมิน ITA ปี ๒๕๖๘ (กรมการพัฒนาชุมชน)', '',
         '| IIT | EIT | OIT | คะแนนรวม | ระดับ |', '|:---:|:---:|:---:|:---:|:---:|', '| ๙๔.๑๐ | ๘๙.๗๒ | ๙๓.๐๐ | ๙๒.๒๕ | ผ่าน |', '',
         '## ผลการดำเนินการตามมาตรการ', '',
         '| ที่ | มาตรการ | การดำเนินการ | ผู้รับผิดชอบ | ห้วงเวลา | การติดตาม | ผลผลิต | ผลลัพธ์ |',
         '|:---:|---|---|---|---|---|---|---|']
    for m in MS:
        st = '<br>'.join(f'{th(i)}. {s}' for i, s in enumerate(m['steps'], 1))
        L.append(f'| {m["n"]} | {m["title"]} | {st} | {m["resp"]} | {m["period"]} | {m["mon"]} | {m["out"]} | {m["outc"]} |')
    L += ['', '> หมายเหตุ: ภาพกิจกรรมประกอบอยู่ในภาคผนวก (ไฟล์แนบ)', '',
          'ผู้รายงาน นางสาวศิริรัตน์ พรหมมา นักวิเคราะห์นโยบายและแผนชำนาญการ  ', 'ผู้รับรอง นายประเสริฐ แสนมุกดา พัฒนาการจังหวัดมุกดาธานี', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure ๓: responsible cell is empty', 'measure ๕: outcome is "-"'],
          'Static-site Markdown (YAML front matter with a short title, H1 full title), IIT/EIT/OIT pipe table 92.25 ผ่าน, then an '
          '8-column GFM pipe table with steps joined by <br>, own การติดตาม column.')


# ---------------------------------------------------------------- m03 (NEW: Confluence wiki markup)
def m03():
    F = 'm03_sci_sakonthani_measures_2570.txt'; AG = 'คณะวิทยาศาสตร์ มหาวิทยาลัยสกลธานี'
    MS = [
     dict(n='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างครุภัณฑ์วิทยาศาสตร์และผลการพิจารณา',
          steps=['งานพัสดุสรุปผลการจัดซื้อจัดจ้างรายเดือน', 'เผยแพร่บนเว็บไซต์คณะและระบบ e-GP', 'รายงานครุภัณฑ์มูลค่าเกิน 500,000 บาทต่อที่ประชุมคณะ'],
          resp='งานคลังและพัสดุ สำนักงานคณบดี', period='ต.ค. 2569 – ก.ย. 2570',
          mon='รองคณบดีฝ่ายบริหารรายงานที่ประชุมคณะกรรมการประจำคณะทุกเดือน', outc='ข้อมูลจัดซื้อจัดจ้างครบถ้วน ไม่มีข้อร้องเรียน'),
     dict(n='2', title='ป้องกันผลประโยชน์ทับซ้อนในการใช้เครื่องมือวิทยาศาสตร์เพื่อให้บริการวิชาการภายนอก',
          steps=['ประกาศอัตราค่าบริการและขั้นตอนการขอใช้เครื่องมือ', 'รับคำขอผ่านระบบจองเครื่องมือออนไลน์', 'ออกใบเสร็จผ่านระบบการเงินของมหาวิทยาลัยทุกรายการ'],
          resp='ศูนย์เครื่องมือวิทยาศาสตร์', period='ต.ค. 2569 – ก.ย. 2570',
          mon='หัวหน้าศูนย์ฯ ตรวจสอบรายงานการใช้เครื่องมือเทียบกับรายรับทุกไตรมาส', outc='รายได้ค่าบริการนำส่งครบถ้วนทุกรายการ'),
     dict(n='3', title='ส่งเสริมความโปร่งใสในการพิจารณาทุนวิจัยและทุนการศึกษาของคณะ',
          steps=['ประกาศหลักเกณฑ์และผลการพิจารณาทุนทุกประเภท', 'ให้กรรมการที่มีส่วนได้เสียแจ้งและงดออกเสียง'],
          resp='งานวิจัยและบริการวิชาการ / งานกิจการนักศึกษา', period='ม.ค. – ส.ค. 2570',
          mon='รองคณบดีฝ่ายวิจัยรายงานผลการพิจารณาทุนต่อคณบดีทุกรอบ', outc='ผลการพิจารณาทุนเปิดเผยและตรวจสอบได้ทุกรอบ'),
     dict(n='4', title='อบรมบุคลากรเรื่องจริยธรรมการวิจัยและการขัดกันแห่งผลประโยชน์',
          steps=['จัดอบรมร่วมกับสำนักงานคณะกรรมการจริยธรรมการวิจัย', 'ทำแบบทดสอบออนไลน์หลังอบรม'],
          resp='งานบริหารงานบุคคล', period='ก.พ. 2570',
          mon='สรุปผลการอบรมเสนอคณบดีภายใน 30 วัน', outc=''),
     dict(n='5', title='รับฟังความคิดเห็นและข้อร้องเรียนจากนักศึกษาและผู้รับบริการ',
          steps=['เปิดช่องทาง Google Form และกล่องรับความคิดเห็นทุกอาคาร', 'สรุปเรื่องและแจ้งผลแก่ผู้ร้องภายใน 15 วัน'],
          resp='งานสื่อสารองค์กร', period='ต.ค. 2569 – ก.ย. 2570',
          mon='รายงานผลต่อที่ประชุมผู้บริหารคณะทุกไตรมาส', outc='ผู้ร้องได้รับแจ้งผลภายในกำหนดร้อยละ 100'),
    ]

    def c(v):
        return v if v.strip() else ' '
    L = ['{status:colour=Green|title=อนุมัติแล้ว}  {status:colour=Blue|title=ITA 2570}  {status:colour=Grey|title=O36}', '',
         'h1. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', '',
         f'_{AG}_ | เจ้าของหน้า: [~kittisak.ph] | ผู้ตรวจทาน: [~sirilak.n]', '',
         '{toc:printable=true|style=square|maxLevel=2|type=list}', '',
         'h2. 1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', '',
         '{info:title=ผลคะแนนของมหาวิทยาลัย}',
         'มหาวิทยาลัยสกลธานีได้คะแนนการประเมิน *90.47* คะแนน อยู่ในระดับ *ผ่าน* คณะวิทยาศาสตร์นำผลการประเมินและข้อเสนอแนะมาวิเคราะห์เพื่อกำหนดมาตรการของคณะ',
         '{info}', '',
         '||แบบวัด||คะแนน||', '|IIT|93.12|', '|EIT|88.05|', '|OIT|90.25|', '|*รวม*|*90.47*|', '',
         'h2. 2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน', '',
         '# ผู้รับบริการภายนอกยังไม่ทราบอัตราค่าบริการเครื่องมือวิทยาศาสตร์และช่องทางการชำระเงินที่เป็นทางการ (EIT)',
         '# ข้อมูลการจัดซื้อจัดจ้างครุภัณฑ์ของส่วนงานย่อยเผยแพร่ไม่ครบ (OIT O12–O15)',
         '# บุคลากรบางส่วนยังไม่เข้าใจเรื่องการขัดกันแห่งผลประโยชน์ในการพิจารณาทุน (IIT)', '',
         '{anchor:measures}',
         'h2. 3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', '',
         '||ที่||มาตรการ||ขั้นตอน/วิธีการ||ผู้รับผิดชอบ||ระยะเวลา||การติดตามผล||ผลที่คาดว่าจะได้รับ||']
    for m in MS:
        st = ' \\\\ '.join(f'({i}) {s}' for i, s in enumerate(m['steps'], 1))
        L.append('|' + '|'.join(c(x) for x in [m['n'], m['title'], st, m['resp'], m['period'], m['mon'], m['outc']]) + '|')
    L += ['', '{panel:title=การอนุมัติ|borderStyle=solid|borderColor=#ccc|titleBGColor=#f4f5f7}',
          'อนุมัติในการประชุมคณะกรรมการประจำคณะวิทยาศาสตร์ ครั้งที่ 11/2569 เมื่อวันที่ 27 ตุลาคม 2569 \\\\',
          'รองศาสตราจารย์ ดร.ภูวดล สกลวงศ์ คณบดีคณะวิทยาศาสตร์', '{panel}', '',
          '{color:#97a0af}หน้านี้ถูกส่งออกจาก Confluence (Wiki Markup) เพื่อเผยแพร่บนเว็บไซต์คณะ{color}', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['analysis: the improvements section (ประเด็นที่ต้องพัฒนาให้ดีขึ้น) is missing - only the urgent weaknesses',
           'measure 4: expected-result cell is empty ("| |")'],
          'NEW FORM: a Confluence page in CONFLUENCE WIKI MARKUP saved as .txt: {status:…} lozenges, h1./h2. headings, '
          '[~user] mentions, {toc}, {info}…{info} panel with the score 90.47 ผ่าน, a ||header|| score table, "# " numbered '
          'weaknesses, {anchor}, then the measures as a wiki table: header row ||…||, data rows |…| with steps joined by '
          'forced line breaks "\\\\", an empty cell written "| |" (a bare "||" would start a header cell); {panel} approval and '
          '{color} note. 7 columns with own การติดตามผล; ผลที่คาดว่าจะได้รับ = outcome.',
          sections={'weaknesses': 'present', 'improvements': 'missing'})


# ---------------------------------------------------------------- m04 (md, wrong FY)
def m04():
    F = 'm04_obt_nayongtai_measures_2569.md'; AG = 'องค์การบริหารส่วนตำบลนาโยงใต้'
    MS = [
     dict(n='1', title='มาตรการเผยแพร่ข้อมูลข่าวสารและการจัดซื้อจัดจ้างผ่านเว็บไซต์และหอกระจายข่าว',
          steps=['มอบหมายผู้รับผิดชอบข้อมูลรายข้อ', 'ตรวจสอบการปรับปรุงข้อมูลทุกเดือน', 'ประกาศผลการจัดซื้อจัดจ้างทางหอกระจายข่าวทุกหมู่บ้าน'],
          resp='สำนักปลัด อบต. / กองคลัง', period='ตุลาคม 2569 – กันยายน 2570', mon='ปลัด อบต. ติดตามและรายงานนายก อบต. ทุกไตรมาส',
          outc='ประชาชนเข้าถึงข้อมูลได้สะดวก คะแนน OIT เพิ่มขึ้น'),
     dict(n='2', title='มาตรการลดขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคาร',
          steps=['ประกาศขั้นตอนและระยะเวลาให้บริการ', 'รับคำขอผ่านระบบ e-Service', 'แจ้งผลการพิจารณาทาง SMS'],
          resp='กองช่าง', period='(ระบุ)', mon='ผู้อำนวยการกองช่างรายงานปลัด อบต. ทุกเดือน',
          outc='ออกใบอนุญาตภายใน 30 วันทุกราย'),
     dict(n='3', title='มาตรการป้องกันการทุจริตในการจัดเก็บรายได้ภาษีที่ดินและสิ่งปลูกสร้าง',
          steps=['ประกาศอัตราภาษีที่จุดบริการ', 'ชำระภาษีผ่าน QR Code', 'ออกใบเสร็จทุกรายการผ่านระบบ e-LAAS'],
          resp='กองคลัง (งานจัดเก็บรายได้)', period='กุมภาพันธ์ – สิงหาคม 2570', mon='คณะกรรมการตรวจสอบภายในสุ่มตรวจใบเสร็จทุกไตรมาส',
          outc='ไม่มีเรื่องร้องเรียนการจัดเก็บภาษี'),
     dict(n='4', title='มาตรการส่งเสริมวัฒนธรรมองค์กรไม่ทนต่อการทุจริต',
          steps=['ประกาศเจตนารมณ์ไม่รับของขวัญ', 'อบรมพนักงานและผู้บริหารท้องถิ่น', 'ยกย่องพนักงานต้นแบบ'],
          resp='สำนักปลัด อบต.', period='พฤศจิกายน 2569 – มีนาคม 2570', mon='คณะกรรมการจริยธรรมของ อบต. ติดตามผลปีละ 2 ครั้ง',
          outc='พนักงานร้อยละ 90 ผ่านการอบรม'),
    ]
    L = ['# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', '',
         f'### {AG} อำเภอนาโยงใต้ จังหวัดตรังธานี', '',
         '## ส่วนที่ 1 การวิเคราะห์ผลการประเมิน ITA ปี 2569', '',
         f'{AG}ได้คะแนน **89.04** คะแนน ระดับ **ผ่าน**', '',
         '| ตัวชี้วัด | คะแนน |', '|---|---:|', '| การปฏิบัติหน้าที่ | 93.10 |', '| การใช้งบประมาณ | 87.40 |',
         '| การใช้อำนาจ | 90.25 |', '| การเปิดเผยข้อมูล | 86.70 |', '| การป้องกันการทุจริต | 82.50 |', '',
         '### จุดอ่อนที่ต้องแก้ไขเร่งด่วน', '',
         '* ขั้นตอนการขออนุญาตก่อสร้างใช้เวลานาน ผู้รับบริการเห็นว่าไม่โปร่งใส',
         '* การจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างยังมีการใช้ดุลพินิจ', '',
         '### ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '',
         '* การเผยแพร่ข้อมูลข่าวสารให้ประชาชนในพื้นที่ห่างไกล', '* วัฒนธรรมองค์กรด้านคุณธรรม', '',
         '## ส่วนที่ 2 มาตรการ (ดำเนินการ ตุลาคม 2569 – กันยายน 2570)', '']
    for m in MS:
        L += [f'### มาตรการที่ {m["n"]} {m["title"]}', '', '**ขั้นตอนการดำเนินงาน**', '']
        L += [f'{i}. {s}' for i, s in enumerate(m['steps'], 1)]
        L += ['', f'**ผู้รับผิดชอบ** — {m["resp"]}  ', f'**ระยะเวลา** — {m["period"]}  ',
              f'**การติดตามผล** — {m["mon"]}  ', f'**ผลที่คาดว่าจะได้รับ** — {m["outc"]}', '']
    L += ['---', '', 'ประกาศ ณ วันที่ 25 ตุลาคม 2569  ', 'นายสมศักดิ์ ทองตรัง นายกองค์การบริหารส่วนตำบลนาโยงใต้', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2569, AG, 'measure', MS,
          ['title: the measures are for FY 2570 (analysis of ITA 2569, run ต.ค. 2569 – ก.ย. 2570) but the title says 2569',
           'measure 2: period is "(ระบุ)" (placeholder left in)'],
          'Hand-written Markdown: H1 title (wrong FY), indicator score table, weaknesses and improvements as H3 + bullets, '
          'measures as "### มาตรการที่ n" with a bold ขั้นตอนการดำเนินงาน paragraph, a numbered list, and bold-label lines '
          '"**label** — value" (ผลที่คาดว่าจะได้รับ = outcome).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m05 (WordPress html)
def m05():
    F = 'm05_tm_phanomthara_measures_2570.html'; AG = 'เทศบาลเมืองพนมธารา'
    MS = [
     dict(n='1', title='มาตรการยกระดับการเปิดเผยข้อมูลสาธารณะตามเกณฑ์ OIT',
          steps='แต่งตั้งคณะทำงาน ตรวจสอบข้อมูลรายข้อ ปรับปรุงหน้าเว็บไซต์ ITA', resp='กองยุทธศาสตร์และงบประมาณ',
          period='ต.ค. 2569 – มี.ค. 2570', mon='รายงานความก้าวหน้าต่อปลัดเทศบาลทุกเดือน', outc='ข้อมูลครบถ้วนทุกข้อก่อนวันประเมิน'),
     dict(n='2', title='มาตรการป้องกันการเรียกรับเงินในการออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ',
          steps='ประกาศขั้นตอน ค่าธรรมเนียม และระยะเวลา เปิดรับคำขอออนไลน์ ติด QR Code แจ้งเบาะแส', resp='กองสาธารณสุขและสิ่งแวดล้อม',
          period='ต.ค. 2569 – ก.ย. 2570', mon='-', outc='ไม่มีเรื่องร้องเรียนการเรียกรับเงิน'),
     dict(n='3', title='มาตรการเสริมสร้างการมีส่วนร่วมของชุมชนริมโขงในการตรวจสอบโครงการเขื่อนป้องกันตลิ่ง',
          steps='เชิญผู้แทนชุมชนร่วมตรวจรับ จัดเวทีชี้แจงความก้าวหน้าโครงการ', resp='กองช่าง',
          period='ม.ค. – ก.ย. 2570', mon='รายงานผลต่อสภาเทศบาลสมัยสามัญ', outc='ชุมชนร่วมตรวจรับทุกงวดงาน'),
     dict(n='4', title='มาตรการ No Gift Policy และการรายงานการรับของขวัญ',
          steps='ประกาศเจตนารมณ์ แจ้งเวียนแนวปฏิบัติ จัดทำแบบรายงาน', resp='สำนักปลัดเทศบาล',
          period='ต.ค. – ธ.ค. 2569', mon='หัวหน้าสำนักปลัดสรุปรายงานเสนอนายกเทศมนตรี', outc='ไม่มีการรับของขวัญเกินมูลค่าที่กำหนด'),
     dict(n='5', title='มาตรการเปิดเผยผลการจัดการเรื่องร้องเรียนการทุจริต', steps='......',
          resp='ศูนย์รับเรื่องราวร้องทุกข์', period='ทุกไตรมาส', mon='รายงานนายกเทศมนตรีภายใน 15 วันหลังสิ้นไตรมาส',
          outc='ผู้ร้องได้รับแจ้งผลทุกราย'),
    ]
    rows = '\n'.join(f'<tr><td class="has-text-align-center" data-align="center">{m["n"]}</td><td>{E(m["title"])}</td><td>{E(m["steps"])}</td>'
                     f'<td>{E(m["resp"])}</td><td>{E(m["period"])}</td><td>{E(m["mon"])}</td><td>{E(m["outc"])}</td></tr>' for m in MS)
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 &#8211; {AG}</title>
<meta name="generator" content="WordPress 6.6.2">
<link rel="stylesheet" id="wp-block-library-css" href="https://phanomthara.go.th/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2" media="all">
<link rel="stylesheet" id="astra-theme-css-css" href="https://phanomthara.go.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.1" media="all">
</head>
<body class="post-template-default single single-post postid-3187 wp-embed-responsive ast-separate-container">
<div id="page" class="hfeed site">
<header class="site-header"><div class="site-branding"><p class="site-title"><a href="https://phanomthara.go.th/">{AG}</a></p><p class="site-description">ริมฝั่งโขง เมืองน่าอยู่</p></div>
<nav class="main-navigation"><ul id="primary-menu"><li><a href="/">หน้าแรก</a></li><li><a href="/category/news">ข่าวสาร</a></li><li class="current-menu-ancestor"><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อ</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article id="post-3187" class="post-3187 post type-post status-publish format-standard hentry category-ita">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>
<div class="entry-meta"><span class="posted-on">โพสต์เมื่อ 31 ตุลาคม 2569</span> โดย <span class="author vcard">admin_ita</span></div></header>
<div class="entry-content clear" itemprop="text">
<p><strong>{AG}</strong> อำเภอเมืองพนมธารา จังหวัดพนมธารา</p>
<h2 class="wp-block-heading">1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h2>
<p>เทศบาลเมืองพนมธาราได้รับผลการประเมิน 86.91 คะแนน ระดับผ่าน (IIT 90.45 EIT 83.12 OIT 87.25)</p>
<h2 class="wp-block-heading">2. ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน</h2>
<ul class="wp-block-list"><li>ผู้รับบริการภายนอกยังกังวลเรื่องการเรียกรับเงินในการออกใบอนุญาต (EIT)</li><li>ข้อมูลบางรายการในเว็บไซต์ไม่ครบถ้วน (OIT)</li></ul>
<h2 class="wp-block-heading">3. ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h2>
<ul class="wp-block-list"><li>การมีส่วนร่วมของชุมชนในการตรวจสอบโครงการขนาดใหญ่</li><li>การเปิดเผยผลการจัดการเรื่องร้องเรียน</li></ul>
<h2 class="wp-block-heading">4. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2>
<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr><th>ลำดับ</th><th>มาตรการ</th><th>วิธีการดำเนินการ</th><th>หน่วยงานรับผิดชอบ</th><th>ช่วงเวลา</th><th>การติดตาม</th><th>ผลที่คาดหวัง</th></tr></thead><tbody>
{rows}
</tbody></table><figcaption class="wp-element-caption">ตารางที่ 1 มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2570</figcaption></figure>
<p>ประกาศ ณ วันที่ 30 ตุลาคม 2569<br>นายวีรยุทธ ศรีพนม นายกเทศมนตรีเมืองพนมธารา</p>
</div>
<footer class="entry-footer"><span class="cat-links">หมวดหมู่: <a href="/category/ita" rel="category tag">ITA</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="เรื่อง"><div class="nav-previous"><a href="/o35-2570" rel="prev">O35 การวิเคราะห์ผลการประเมิน</a></div><div class="nav-next"><a href="/o37-2570" rel="next">O37 การดำเนินการตามมาตรการ</a></div></nav>
</main></div></div></div>
<footer class="site-footer"><div class="ast-small-footer">สงวนลิขสิทธิ์ &copy; 2569 {AG} | ขับเคลื่อนโดย WordPress</div></footer>
</div>
</body>
</html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 2: การติดตาม is "-"', 'measure 5: steps (วิธีการดำเนินการ) are "......"'],
          'WordPress (Astra) post: h1 entry title, h2 sections 1.–4. with both analysis sections as wp-block-list, score 86.91 ผ่าน, '
          'measures in a wp-block-table (striped) with 7 columns incl. own การติดตาม; ผลที่คาดหวัง = outcome; figcaption; '
          'post navigation links to O35/O37 (not content).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p02 (NEW: Word filtered HTML, nested tables)
def p02():
    F = 'p02_esa_phatthalungthara_plan_2570.html'; AG = 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุงธารา เขต 1'
    GR = [
     ('แนวทางที่ 1 การเปิดเผยข้อมูลและการมีส่วนร่วม', [
      dict(n='1', title='พัฒนาเว็บไซต์ สพป. ให้เปิดเผยข้อมูลครบถ้วนตามเกณฑ์ OIT',
           steps='ตรวจสอบข้อมูลรายข้อ O1–O37 มอบหมายกลุ่มที่รับผิดชอบ ปรับปรุงข้อมูลให้เป็นปัจจุบัน',
           resp='กลุ่มอำนวยการ (งานประชาสัมพันธ์)', period='ต.ค. 2569 – มี.ค. 2570', mon='รายงานผู้อำนวยการ สพป. ทุกเดือน',
           outc='ข้อมูลครบ 37 ข้อ', bud='-'),
      dict(n='2', title='เผยแพร่ผลการจัดสรรงบประมาณและครุภัณฑ์ให้โรงเรียนในสังกัด',
           steps='สรุปผลการจัดสรรรายไตรมาส เผยแพร่บนเว็บไซต์และแจ้งโรงเรียนทางหนังสือราชการ',
           resp='กลุ่มนโยบายและแผน', period='ทุกไตรมาส', mon='รองผู้อำนวยการ สพป. ตรวจทานก่อนเผยแพร่และรายงานผล',
           outc='โรงเรียนตรวจสอบการจัดสรรได้ทุกแห่ง', bud='5,000'),
     ]),
     ('แนวทางที่ 2 การป้องกันการทุจริต', [
      dict(n='3', title='ป้องกันการเรียกรับผลประโยชน์ในการย้ายและแต่งตั้งข้าราชการครู',
           steps='ประกาศหลักเกณฑ์และปฏิทินการย้าย ประกาศผลการพิจารณาพร้อมคะแนน เปิดช่องทางร้องเรียน',
           resp='(ระบุ)', period='ม.ค. – พ.ค. 2570', mon='อ.ก.ค.ศ. เขตพื้นที่ฯ ติดตามเรื่องร้องเรียนทุกรอบการย้าย',
           outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์', bud='-'),
      dict(n='4', title='อบรมผู้บริหารสถานศึกษาเรื่องการจัดซื้อจัดจ้างและการขัดกันแห่งผลประโยชน์',
           steps='จัดอบรม 1 วัน กรณีศึกษาจากรายงานของ สตง. ทดสอบหลังอบรม',
           resp='กลุ่มบริหารงานการเงินและสินทรัพย์ / หน่วยตรวจสอบภายใน', period='ก.พ. 2570', mon='สรุปผลการอบรมเสนอผู้อำนวยการ สพป. ภายใน 30 วัน',
           outc='ผู้บริหารสถานศึกษาเข้าร่วมร้อยละ 90', bud='60,000'),
      dict(n='5', title='ส่งเสริมโรงเรียนสุจริตและประกาศเจตนารมณ์ No Gift Policy',
           steps='ประกาศเจตนารมณ์ระดับเขตพื้นที่ คัดเลือกโรงเรียนสุจริตต้นแบบ มอบเกียรติบัตร',
           resp='หน่วยงานส่งเสริมคุณธรรม สพป.', period='', mon='ศูนย์ต่อต้านการทุจริต สพป. ติดตามและรายงานผลรอบ 6 เดือน',
           outc='มีโรงเรียนสุจริตต้นแบบ 12 แห่ง', bud='20,000'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]

    def p(text, b=False, center=False, size=None, cls='MsoNormal'):
        st = []
        if size:
            st.append(f'font-size:{size}.0pt')
        sp = f"<span lang=TH style='{';'.join(st)}'>" if st else '<span lang=TH>'
        body = E(text) if text else '&nbsp;'
        inner = f'{sp}{body}</span>'
        if b:
            inner = f'<b>{inner}</b>'
        al = " align=center style='text-align:center'" if center else ''
        return f'<p class={cls}{al}>{inner}</p>'

    TD = "style='width:{w}pt;border:solid windowtext 1.0pt;{bt}padding:0cm 5.4pt 0cm 5.4pt{bg}'"

    def td(w, content, first_row=False, bg=None, colspan=None):
        bt = '' if first_row else 'border-top:none;'
        b = f';background:{bg}' if bg else ''
        cs = f' colspan={colspan}' if colspan else ''
        return f"  <td width={int(w * 1.333)}{cs} valign=top {TD.format(w=w, bt=bt, bg=b)}>\n  {content}\n  </td>"

    def nested(m):
        lab = [('วิธีดำเนินการ', m['steps']), ('ผู้รับผิดชอบ', m['resp']), ('ระยะเวลา', m['period']), ('การติดตามผล', m['mon'])]
        rows = []
        for i, (k, v) in enumerate(lab):
            rows.append(' <tr>\n' + td(62, p(k, True), i == 0, '#F2F2F2') + '\n' + td(190, p(v), i == 0) + '\n </tr>')
        return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n"
                + '\n'.join(rows) + '\n</table>\n  ' + p(''))
    W = [30, 150, 270, 120, 60]
    head = ['ที่', 'โครงการ/กิจกรรม', 'รายละเอียดการดำเนินงาน', 'ตัวชี้วัด/ค่าเป้าหมาย', 'งบประมาณ (บาท)']
    trs = [' <tr>\n' + '\n'.join(td(W[i], p(h, True, True), True, '#D9E2F3') for i, h in enumerate(head)) + '\n </tr>']
    for g, ms in GR:
        trs.append(' <tr>\n' + td(sum(W), p(g, True), bg='#FFF2CC', colspan=5) + '\n </tr>')
        for m in ms:
            cells = [td(W[0], p(m['n'], center=True)), td(W[1], p(m['title'])), td(W[2], nested(m)), td(W[3], p(m['outc'])),
                     td(W[4], p(m['bud'], center=True))]
            trs.append(' <tr>\n' + '\n'.join(cells) + '\n </tr>')
    page = f'''<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-874">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
@font-face
	{{font-family:"TH SarabunPSK";
	panose-1:2 11 5 0 4 2 0 2 0 3;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:16.0pt;
	font-family:"TH SarabunPSK",sans-serif;}}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:0cm;
	margin-left:36.0pt;
	font-size:16.0pt;
	font-family:"TH SarabunPSK",sans-serif;}}
.MsoChpDefault
	{{font-family:"Calibri",sans-serif;}}
 /* Page Definitions */
 @page WordSection1
	{{size:841.9pt 595.3pt;
	margin:42.55pt 42.55pt 42.55pt 42.55pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>

</head>

<body lang=EN-US style='word-wrap:break-word'>

<div class=WordSection1>

{p('แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', True, True, 20)}

{p(AG, True, True, 18)}

{p('')}

<p class=MsoNormal style='text-indent:36.0pt'><span lang=TH>สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุงธารา เขต 1
ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569 ได้คะแนน 93.38
คะแนน ระดับผ่าน เพื่อรักษาและยกระดับผลการประเมิน จึงจัดทำแผนปฏิบัติการ ดังนี้</span></p>

{p('')}

<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0
 style='border-collapse:collapse;border:none'>
{chr(10).join(trs)}
</table>

{p('')}

<p class=MsoNormal align=center style='text-align:center'><span lang=TH>(ลงชื่อ)
.................................................. ผู้อนุมัติแผน</span></p>

<p class=MsoNormal align=center style='text-align:center'><span lang=TH>(นายธีระ
เพชรพัทลุง)</span></p>

<p class=MsoNormal align=center style='text-align:center'><span lang=TH>ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาพัทลุงธารา
เขต 1</span></p>

</div>

</body>

</html>
'''
    write(F, page.replace('\n', '\r\n'), enc='cp874')
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 3: responsible is "(ระบุ)" (placeholder left in)', 'activity 5: ระยะเวลา is empty in its nested table'],
          'NEW FORM: Word "Save as Web Page, Filtered" output (Generator "Microsoft Word 15 (filtered)", charset windows-874, CRLF, '
          'unquoted attributes, mso @font-face/@page style sheet, div.WordSection1, p.MsoNormal + span lang=TH, table.MsoTableGrid '
          'with width/valign attributes and inline border styles, &nbsp; empty paragraphs). The 5-column plan table has a NESTED '
          'TABLE inside each activity\'s "รายละเอียดการดำเนินงาน" cell: a 2-column label | value table (วิธีดำเนินการ, '
          'ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล) followed by Word\'s empty paragraph. Group rows "แนวทางที่ 1/2" (colspan=5) are not '
          'units; ตัวชี้วัด/ค่าเป้าหมาย = outcome; งบประมาณ not an element. Score 93.38 ผ่าน.')


# ---------------------------------------------------------------- p03 (md plan, general follow-up)
def p03():
    F = 'p03_tt_banhaetnuea_plan_2570.md'; AG = 'เทศบาลตำบลบ้านแฮดเหนือ'
    MS = [
     dict(n='๑', title='ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้เป็นปัจจุบัน', steps='ตรวจสอบข้อมูลทุกเดือน มอบหมายผู้รับผิดชอบรายข้อ',
          resp='สำนักปลัดเทศบาล', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', outc='ข้อมูลครบและเป็นปัจจุบันทุกข้อ'),
     dict(n='๒', title='เผยแพร่ผลการจัดซื้อจัดจ้างและรายงานการใช้จ่ายงบประมาณรอบ ๖ เดือน', steps='สรุปข้อมูลจาก e-GP และ e-LAAS เผยแพร่ทางเว็บไซต์และบอร์ด',
          resp='กองคลัง', period='เม.ย. ๒๕๗๐ และ ต.ค. ๒๕๗๐', outc='เผยแพร่ครบตามกำหนด'),
     dict(n='๓', title='เชิญตัวแทนประชาคมร่วมตรวจรับงานก่อสร้าง', steps='ขอรายชื่อตัวแทนประชาคม แต่งตั้งเป็นกรรมการตรวจรับ',
          resp='กองช่าง', period='ตลอดปีงบประมาณ', outc='ทุกโครงการก่อสร้างมีตัวแทนประชาคมร่วมตรวจรับ'),
     dict(n='๔', title='อบรมพนักงานเทศบาลเรื่องประมวลจริยธรรมและการรับของขวัญ', steps='จัดอบรมครึ่งวัน ทดสอบหลังอบรม',
          resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ม.ค. ๒๕๗๐', outc='พนักงานผ่านการทดสอบร้อยละ ๘๐'),
     dict(n='๕', title='รณรงค์ประชาชนตอบแบบวัดการรับรู้ EIT', steps='ประกาศเสียงตามสาย ติด QR Code ที่จุดบริการ แจ้งผ่านกลุ่ม LINE หมู่บ้าน',
          resp='ทุกกอง/สำนัก', period='พ.ค. – ก.ค. ๒๕๗๐', outc='ผู้ตอบไม่น้อยกว่า ๒๐๐ ราย'),
    ]
    L = ['แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐',
         '=' * 40, '', f'**{AG}** อำเภอบ้านแฮดเหนือ จังหวัดขอนแก่นธารา', '',
         'ผลการประเมินปี ๒๕๖๙',
         '-' * 20, '', 'ได้ **๘๗.๘๘ คะแนน** ระดับผ่าน (IIT ๙๐.๔๐ · EIT ๘๔.๖๕ · OIT ๘๘.๕๐)', '',
         'กิจกรรมตามแนวทางและมาตรการ', '-' * 20, '']
    for m in MS:
        L += [f'#### กิจกรรมที่ {m["n"]} : {m["title"]}', '', '| หัวข้อ | รายละเอียด |', '| --- | --- |',
              f'| วิธีการ | {m["steps"]} |', f'| ผู้รับผิดชอบ | {m["resp"]} |', f'| ระยะเวลา | {m["period"]} |',
              f'| ตัวชี้วัด | {m["outc"]} |', '']
    L += ['การติดตามและรายงานผล', '-' * 20, '',
          'งานวิเคราะห์นโยบายและแผน สำนักปลัดเทศบาล ติดตามความก้าวหน้าของทุกกิจกรรมและรายงานต่อนายกเทศมนตรีรอบ ๖ เดือน '
          'และ ๑๒ เดือน พร้อมเผยแพร่รายงานบนเว็บไซต์ของเทศบาล', '',
          '*ประกาศ ณ วันที่ ๒๒ ตุลาคม ๒๕๖๙*  ', '*นายสุริยา แสนแฮด นายกเทศมนตรีตำบลบ้านแฮดเหนือ*', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Markdown with SETEXT headings (=== / ---) for the title and parts, each activity an ATX "#### กิจกรรมที่ n : title" '
          'followed by its own 2-column pipe table (หัวข้อ | รายละเอียด: วิธีการ, ผู้รับผิดชอบ, ระยะเวลา, ตัวชี้วัด = outcome); no '
          'follow-up row - the closing "การติดตามและรายงานผล" part is the plan\'s general follow-up = monitoring for every activity. '
          'Score 87.88 ผ่าน. COMPLETE.', gmon=True)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r03', 'r04', 'r06', 'm03', 'm04', 'm05', 'p02', 'p03']:
        globals()[w]()
        print('built', w)
