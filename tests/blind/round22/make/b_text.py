"""Text/web documents: r03 (เทศบาลเมือง CMS html), r05 (school md), r06 (NEW: PEA AsciiDoc saved as .txt), m03 (อบต. html),
m04 (เทศบาลนคร md, wrong FY), m05 (provincial agriculture office .txt prose), p02 (NEW: Excel "Save as Web Page" html),
p03 (เทศบาลตำบล md plan)."""
import sys
import html as H
from common import *

E = H.escape


# ---------------------------------------------------------------- r03
def r03():
    F = 'r03_tm_chanthara_results_2569.html'; AG = 'เทศบาลเมืองจันทราธานี'
    GR = [
     ('ด้านการเปิดเผยข้อมูล', [
      dict(n='1', title='ปรับปรุงข้อมูลสาธารณะบนเว็บไซต์เทศบาลให้ครบถ้วนตามตัวชี้วัด OIT',
           steps=['แต่งตั้งผู้รับผิดชอบรายข้อ', 'ตรวจสอบข้อมูลทุกวันที่ 5 ของเดือน', 'ปรับปรุงข้อมูลที่ไม่เป็นปัจจุบัน'],
           resp='สำนักปลัดเทศบาล (งานประชาสัมพันธ์)', period='ต.ค. 2568 – มี.ค. 2569', mon='รายงานปลัดเทศบาลทุกเดือน',
           out='ปรับปรุงข้อมูลครบ 37 ข้อ ภายใน 31 มี.ค. 2569', outc='คะแนน OIT ปี 2569 เพิ่มขึ้นจาก 82.50 เป็น 96.25'),
      dict(n='2', title='ถ่ายทอดสดการประชุมสภาเทศบาลและเผยแพร่รายงานการประชุม',
           steps=['ถ่ายทอดสดผ่าน Facebook Live', 'เผยแพร่รายงานการประชุมภายใน 15 วันหลังสภารับรอง'],
           resp='กองวิชาการและแผนงาน / งานกิจการสภา', period='ทุกสมัยประชุม', mon='สรุปยอดผู้ชมและรายงานประธานสภาเทศบาล',
           out='ถ่ายทอดสด 7 ครั้ง ผู้ชมรวม 5,430 ครั้ง', outc='ประชาชนติดตามการทำงานของสภาได้ ข้อร้องเรียนเรื่องการเข้าถึงข้อมูลลดลง'),
     ]),
     ('ด้านการป้องกันการทุจริต', [
      dict(n='3', title='จัดทำคู่มือและประกาศมาตรฐานระยะเวลาการออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ',
           steps=['ทบทวนขั้นตอนและระยะเวลา', 'ประกาศคู่มือ ณ จุดบริการและเว็บไซต์', 'เปิดรับคำขอผ่าน e-Service'],
           resp='กองสาธารณสุขและสิ่งแวดล้อม', period='ม.ค. – ก.ย. 2569', mon='ติดตามระยะเวลาพิจารณาคำขอผ่านทะเบียนคุมรายเดือน',
           out='ประกาศคู่มือแล้ว รับคำขอออนไลน์ 143 ราย', outc='ออกใบอนุญาตภายใน 15 วันทุกราย ไม่มีเรื่องร้องเรียน'),
      dict(n='4', title='เชิญตัวแทนชุมชนร่วมเป็นกรรมการตรวจรับงานก่อสร้าง',
           steps=['ขอรายชื่อตัวแทนจากประธานชุมชน', 'แต่งตั้งเป็นกรรมการตรวจรับพัสดุ', 'สรุปข้อสังเกตของตัวแทนชุมชน'],
           resp='กองช่าง / กองคลัง (งานพัสดุ)', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานผลต่อนายกเทศมนตรีทุกไตรมาส',
           out='ตัวแทนชุมชนร่วมตรวจรับ 31 โครงการ', outc='งานก่อสร้างได้มาตรฐาน ไม่มีข้อร้องเรียนจากชุมชน'),
      dict(n='5', title='กิจกรรมเทศบาลเมืองจันทราธานีโปร่งใส ไม่รับของขวัญ (No Gift Policy)',
           steps=['นายกเทศมนตรีประกาศเจตนารมณ์', 'แจ้งเวียนแนวปฏิบัติ', 'ติดป้ายประชาสัมพันธ์ทุกกอง'],
           resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ต.ค. – ธ.ค. 2568', mon='สรุปการรายงานการรับของขวัญเสนอปลัดเทศบาล',
           out='ประกาศเจตนารมณ์ 29 ต.ค. 2568 พนักงานร่วม 356 คน', outc='ไม่มีการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]
    rows = []
    for g, ms in GR:
        rows.append(f'<tr class="group-row"><td colspan="8"><strong>{E(g)}</strong></td></tr>')
        for m in ms:
            ol = '<ol>' + ''.join(f'<li>{E(x)}</li>' for x in m['steps']) + '</ol>'
            rows.append(f'<tr><td class="text-center">{m["n"]}</td><td>{E(m["title"])}</td><td>{ol}</td><td>{E(m["resp"])}</td>'
                        f'<td>{E(m["period"])}</td><td>{E(m["mon"])}</td><td>{E(m["out"])}</td><td>{E(m["outc"])}</td></tr>')
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>O37 รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569 - {AG}</title>
<link rel="stylesheet" href="/assets/css/app.min.css?v=3.2">
<style>.ita-table td,.ita-table th{{border:1px solid #bbb;padding:4px;vertical-align:top}}.group-row td{{background:#fff3cd}}</style>
</head>
<body>
<div class="topbar">ศูนย์รับเรื่องร้องเรียน 039-311-xxx | <a href="/en">EN</a></div>
<header class="header"><img src="/assets/img/logo-tm.png" alt="logo"><div class="brand">{AG}<small>Chanthara Town Municipality</small></div></header>
<nav class="navbar"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับเทศบาล</a></li><li><a href="/ita">ITA</a></li><li><a href="/egp">จัดซื้อจัดจ้าง</a></li><li><a href="/contact">ติดต่อ</a></li></ul></nav>
<main class="container">
<ul class="breadcrumb"><li>หน้าหลัก</li><li>ITA 2570</li><li>O37</li></ul>
<h1 class="title">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h1>
<p class="post-meta">วันที่ 9 ตุลาคม 2569 | ผู้ดูแล: งานประชาสัมพันธ์ | อ่าน 214 ครั้ง</p>
<p>ตามที่เทศบาลเมืองจันทราธานีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 88.12 คะแนน ระดับผ่าน และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส
ประจำปีงบประมาณ พ.ศ. 2569 รวม 5 มาตรการ เทศบาลได้ดำเนินการตามมาตรการครบถ้วน ผลการดำเนินการดังนี้</p>
<div class="table-responsive"><table class="ita-table">
<thead><tr><th>ลำดับ</th><th>มาตรการ</th><th>ขั้นตอนการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ผลการดำเนินการ (Output)</th><th>ผลลัพธ์ (Outcome)</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table></div>
<p>ลงชื่อ นายสมบัติ จันทร์ผา ปลัดเทศบาล (ผู้รายงาน) &nbsp;&nbsp; ลงชื่อ นายอำนาจ ทะเลจันทร์ นายกเทศมนตรีเมืองจันทราธานี (ผู้อนุมัติ)</p>
<p><a class="btn btn-primary" href="/uploads/ita/o37-2569.pdf">ดาวน์โหลด PDF</a></p>
</main>
<aside class="ita-menu"><h3>ITA 2570</h3><ol><li>O35 การวิเคราะห์ผลการประเมิน</li><li>O36 มาตรการส่งเสริมคุณธรรม</li><li>O37 การดำเนินการตามมาตรการ</li></ol></aside>
<footer class="footer">{AG} อำเภอเมืองจันทราธานี จังหวัดจันทราธานี 22000 | สงวนลิขสิทธิ์ 2569</footer>
</body>
</html>
'''
    write(F, page)
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Municipal CMS page (topbar, header, navbar, breadcrumb, ITA sidebar). 8-column table with thead, group rows '
          '"ด้าน…" (colspan, not measures), `<ol>` steps, own การติดตามผล column. Score 88.12 ผ่าน. COMPLETE.')


# ---------------------------------------------------------------- r05
def r05():
    F = 'r05_school_lampangwit_results_2569.md'; AG = 'โรงเรียนลำปางธาราวิทยา'
    MS = [
     dict(n=1, title='เผยแพร่ข้อมูลการรับนักเรียนและผลการคัดเลือกอย่างเปิดเผย',
          steps=['ประกาศหลักเกณฑ์การรับนักเรียนล่วงหน้า 30 วัน', 'ประกาศผลคะแนนสอบคัดเลือกรายบุคคลทางเว็บไซต์', 'เปิดช่องทางยื่นคำร้องขอตรวจสอบคะแนน'],
          resp='งานรับนักเรียน กลุ่มบริหารวิชาการ', period='กุมภาพันธ์ – เมษายน 2569', mon='รายงานผู้อำนวยการโรงเรียนหลังประกาศผล',
          out='ประกาศผลครบทุกประเภทห้องเรียน คำร้องขอตรวจสอบ 4 คำร้อง', outc='ผู้ปกครองเชื่อมั่นในความโปร่งใส ไม่มีเรื่องร้องเรียน'),
     dict(n=2, title='เปิดเผยการใช้จ่ายเงินรายได้สถานศึกษาและเงินระดมทรัพยากร',
          steps=['สรุปรายรับ-รายจ่ายรายไตรมาส', 'รายงานคณะกรรมการสถานศึกษาขั้นพื้นฐาน', 'ติดประกาศและเผยแพร่ทางเพจโรงเรียน'],
          resp='กลุ่มบริหารงบประมาณ', period='ตุลาคม 2568 – กันยายน 2569', mon=None,
          out='เผยแพร่รายงาน 4 ไตรมาส', outc='ผู้ปกครองและชุมชนตรวจสอบการใช้เงินได้'),
     dict(n=3, title='ป้องกันการรับผลประโยชน์จากการจัดซื้อชุดนักเรียนและหนังสือเรียน',
          steps=['แต่งตั้งคณะกรรมการที่มีผู้แทนผู้ปกครอง', 'เปรียบเทียบราคาอย่างน้อย 3 ราย', 'ประกาศผลการคัดเลือกผู้ขาย'],
          resp='กลุ่มบริหารงบประมาณ (งานพัสดุ)', period='มีนาคม – พฤษภาคม 2569', mon='คณะกรรมการสถานศึกษาฯ ตรวจสอบและรายงานผล',
          out='จัดซื้อโดยคณะกรรมการที่มีผู้แทนผู้ปกครอง 3 รายการ', outc='ราคาจัดซื้อต่ำกว่าราคากลางร้อยละ 8 ไม่มีข้อร้องเรียน'),
     dict(n=4, title='อบรมครูและบุคลากรเรื่องประมวลจริยธรรมและการป้องกันผลประโยชน์ทับซ้อน',
          steps=['จัดอบรมในวันประชุมครูประจำเดือน', 'ทำแบบทดสอบหลังอบรม'],
          resp='กลุ่มบริหารงานบุคคล', period='พฤษภาคม 2569', mon='สรุปผลการอบรมรายงานผู้อำนวยการโรงเรียน',
          out='......', outc='ครูและบุคลากรผ่านแบบทดสอบร้อยละ 95'),
     dict(n=5, title='สำรวจความพึงพอใจผู้ปกครองต่อการให้บริการของโรงเรียน',
          steps=['จัดทำแบบสอบถามออนไลน์', 'เก็บข้อมูลในวันประชุมผู้ปกครอง', 'วิเคราะห์และเผยแพร่ผล'],
          resp='งานประกันคุณภาพการศึกษา', period='มิถุนายน และ พฤศจิกายน 2569', mon='นำผลเข้าที่ประชุมผู้บริหารโรงเรียน',
          out='ผู้ปกครองตอบแบบสอบถาม 842 คน', outc='ความพึงพอใจเฉลี่ย 4.38 จาก 5'),
    ]
    L = ['# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2569', '',
         f'**{AG}** อำเภอเมืองลำปางธารา จังหวัดลำปางธารา  ', 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาลำปางธารา', '',
         '> ผลการประเมิน ITA ปีงบประมาณ 2568 ของ สพม.ลำปางธารา ได้ **90.87 คะแนน (ระดับผ่าน)** โรงเรียนจึงดำเนินการตามมาตรการ 5 มาตรการ ดังนี้', '',
         '---', '']
    for m in MS:
        L += [f'## มาตรการที่ {m["n"]} {m["title"]}', '', '- **วิธีดำเนินการ:**']
        L += [f'    {i}. {s}' for i, s in enumerate(m['steps'], 1)]
        L += [f'- **ผู้รับผิดชอบ:** {m["resp"]}', f'- **ระยะเวลา:** {m["period"]}']
        if m['mon'] is not None:
            L.append(f'- **การติดตามผล:** {m["mon"]}')
        L += [f'- **ผลการดำเนินงาน:** {m["out"]}', f'- **ผลลัพธ์:** {m["outc"]}', '']
    L += ['---', '', 'ผู้รายงาน : นางสาววิไลวรรณ ปัญญาวงศ์ ครูชำนาญการพิเศษ หัวหน้างานแผนงาน  ',
          'ผู้อนุมัติ : นายประยุทธ ขัดวงศ์ ผู้อำนวยการโรงเรียนลำปางธาราวิทยา', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: no การติดตามผล bullet', 'measure 4: output (ผลการดำเนินงาน) is "......"'],
          'Hand-written Markdown: H1 title, blockquote score 90.87, "## มาตรการที่ n" headings each with bold-label bullets and '
          'an indented numbered step list under วิธีดำเนินการ.')


# ---------------------------------------------------------------- r06 (NEW: AsciiDoc)
def r06():
    F = 'r06_pea_chachoengthara_results_2569.txt'; AG = 'การไฟฟ้าส่วนภูมิภาคจังหวัดฉะเชิงธารา'
    GR = [
     ('ด้านที่ 1 การเปิดเผยข้อมูลและการให้บริการ', [
      dict(n='1.1', title='เปิดเผยขั้นตอน ค่าธรรมเนียม และระยะเวลาการขอใช้ไฟฟ้ารายใหม่',
           steps=['ปรับปรุงข้อมูลบนเว็บไซต์และแอปพลิเคชัน PEA Smart Plus', 'ติดประกาศ ณ ศูนย์บริการลูกค้าทุกแห่ง', 'แจ้งสถานะคำร้องผ่าน SMS'],
           resp='แผนกบริการลูกค้า', period='ต.ค. 2568 - ก.ย. 2569', mon='รายงานผลต่อผู้จัดการ กฟจ. ทุกเดือน',
           out='ข้อมูลครบทุกประเภทคำร้อง แจ้ง SMS 9,842 ครั้ง', outc='ระยะเวลาขอใช้ไฟเฉลี่ยลดลงจาก 7 วัน เหลือ 4 วัน'),
      dict(n='1.2', title='เผยแพร่แผนการดับไฟเพื่อบำรุงรักษาระบบล่วงหน้า',
           steps=['จัดทำแผนดับไฟรายเดือน', 'ประกาศล่วงหน้าอย่างน้อย 3 วันผ่านเพจและรถประชาสัมพันธ์'],
           resp='แผนกปฏิบัติการและบำรุงรักษา', period='ต.ค. 2568 - ก.ย. 2569', mon='ตรวจสอบการประกาศก่อนดับไฟทุกครั้ง',
           out='ประกาศล่วงหน้าครบ 64 ครั้ง', outc='ข้อร้องเรียนเรื่องไฟดับโดยไม่แจ้งลดลงร้อยละ 70'),
     ]),
     ('ด้านที่ 2 การป้องกันการทุจริต', [
      dict(n='2.1', title='ป้องกันการเรียกรับผลประโยชน์ในการตรวจรับงานของผู้รับจ้างก่อสร้างระบบไฟฟ้า',
           steps=['กำหนดให้ตรวจรับงานเป็นคณะกรรมการ', 'ถ่ายภาพพิกัดงานผ่านแอปพลิเคชัน', 'เปิดช่องทางให้ผู้รับจ้างแจ้งเบาะแส'],
           resp='แผนกก่อสร้าง / แผนกพัสดุ', period='ธ.ค. 2568 - ก.ย. 2569', mon='รายงานผลต่อคณะกรรมการ ITA ของ กฟภ. เขต รายไตรมาส',
           out='ตรวจรับงาน 118 งาน เป็นคณะกรรมการทุกงาน', outc='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์'),
      dict(n='2.2', title='ประกาศเจตนารมณ์ No Gift Policy และรายงานการรับของขวัญ',
           steps=['ผู้จัดการประกาศเจตนารมณ์', 'พนักงานรายงานการรับของขวัญตามแบบที่กำหนด'],
           resp='แผนกบริหารงานบุคคล', period='ต.ค. 2568 - ม.ค. 2569', mon='สรุปการรายงานเสนอผู้จัดการรายปี',
           out='ประกาศแล้ว 2 ต.ค. 2568 พนักงานรับทราบ 214 คน', outc='ไม่มีการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
     ('ด้านที่ 3 การใช้ทรัพย์สินขององค์กร', [
      dict(n='3.1', title='ควบคุมการใช้รถยนต์และเครื่องมือของการไฟฟ้าด้วยระบบ GPS และทะเบียนคุม',
           steps=['ติดตั้ง GPS รถปฏิบัติการทุกคัน', 'บันทึกการเบิกเครื่องมือในระบบ SAP', 'สุ่มตรวจรายเดือน'],
           resp='แผนกบริหารทั่วไป', period='ต.ค. 2568 - ก.ย. 2569', mon='รายงานผลการสุ่มตรวจต่อผู้จัดการทุกเดือน',
           out='ติดตั้ง GPS ครบ 46 คัน สุ่มตรวจ 12 ครั้ง', outc='ไม่พบการใช้ทรัพย์สินเพื่อประโยชน์ส่วนตัว'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]
    L = [f'= รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569',
         f'{AG} <ita-cca@pea.example>', 'v1.2, 2569-10-15: ฉบับเผยแพร่', ':doctype: article', ':lang: th', ':toc: left',
         ':toc-title: สารบัญ', ':sectnums:', ':icons: font', ':pdf-theme: pea-th', '',
         '// แหล่งข้อมูล: สรุปผลจากแผนกต่าง ๆ (ไฟล์ ITA2569_results.xlsx) แปลงเป็น AsciiDoc โดยแผนกเทคโนโลยีสารสนเทศ', '',
         '== ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568', '',
         'การไฟฟ้าส่วนภูมิภาค (กฟภ.) ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2568',
         'ได้คะแนน *96.41* คะแนน ระดับ *ผ่าน* {AG} ได้ดำเนินการตามมาตรการที่กำหนดไว้ 5 มาตรการ ดังนี้'.replace('{AG}', AG), '',
         'NOTE: รายงานนี้จัดทำตามแบบฟอร์ม O37 ของ กฟภ. ข้อมูล ณ วันที่ 30 กันยายน 2569', '',
         '== ผลการดำเนินการตามมาตรการ', '',
         '.ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2569',
         '[cols="1,4,5a,3,2,3,3,3", options="header", frame="all", grid="all"]', '|===',
         '|ที่ |มาตรการ |ขั้นตอนการดำเนินงาน |ผู้รับผิดชอบ |ระยะเวลา |การติดตามผล |ผลการดำเนินงาน |ผลลัพธ์', '']
    for g, ms in GR:
        L += [f'8+^|*{g}*', '']
        for m in ms:
            L.append(f'|{m["n"]}')
            L.append(f'|{m["title"]}')
            L.append('|' + '\n'.join('* ' + s for s in m['steps']))
            for k in ('resp', 'period', 'mon', 'out', 'outc'):
                L.append(f'|{m[k]}')
            L.append('')
    L += ['|===', '', '== การรับรองข้อมูล', '', '[horizontal]', 'ผู้รายงาน:: นายณัฐพล เกษมสุข หัวหน้าแผนกบริหารทั่วไป',
          'ผู้รับรอง:: นายอดิศักดิ์ แปดริ้วทอง ผู้จัดการการไฟฟ้าส่วนภูมิภาคจังหวัดฉะเชิงธารา', '',
          "ifdef::backend-pdf[]", '<<<', 'endif::[]', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'NEW FORM: AsciiDoc source saved as .txt (= title, author/revision lines, :attributes:, // comment, NOTE: admonition, '
          '== sections). The measure table is an AsciiDoc |=== table with [cols="1,4,5a,…",options="header"]: one cell per line '
          'starting with "|", header row on one line, group rows "8+^|*ด้านที่ n …*" spanning all 8 columns (not measures), the '
          'steps cell an "a" (AsciiDoc) cell holding a "* " list over several lines; blank line between rows. Own การติดตามผล '
          'column; numbers 1.1–3.1. [horizontal] labelled list for the signatures. COMPLETE.')


# ---------------------------------------------------------------- m03
def m03():
    F = 'm03_obt_naklueatai_measures_2570.html'; AG = 'องค์การบริหารส่วนตำบลนาเกลือใต้'
    MS = [
     dict(n='๑', title='มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ',
          steps='จัดทำรายงานสรุปผลการจัดซื้อจัดจ้างรายเดือน นำขึ้นเว็บไซต์และบอร์ดประชาสัมพันธ์ภายในวันที่ ๑๐ ของเดือนถัดไป',
          resp='กองคลัง', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ปลัด อบต. ตรวจสอบการเผยแพร่ทุกเดือน', outc='ข้อมูลครบ ๑๒ เดือน ตรวจสอบได้'),
     dict(n='๒', title='มาตรการลดขั้นตอนการขออนุญาตก่อสร้างอาคารและการขุดดินถมดิน',
          steps='จัดทำคู่มือประชาชน ประกาศระยะเวลาการพิจารณา และรับคำขอผ่านระบบออนไลน์', resp='กองช่าง',
          period='พ.ย. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='-', outc='พิจารณาคำขอแล้วเสร็จภายใน ๓๐ วันทุกราย'),
     dict(n='๓', title='มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการจัดทำแผนพัฒนาท้องถิ่น',
          steps='จัดประชาคมหมู่บ้านครบ ๙ หมู่ และเผยแพร่ผลการประชาคม', resp='สำนักปลัด (งานนโยบายและแผน)',
          period='ม.ค. – มี.ค. ๒๕๗๐', mon='รายงานผลต่อคณะกรรมการพัฒนา อบต.', outc='ประชาชนเข้าร่วมประชาคมไม่น้อยกว่า ๕๐๐ คน'),
     dict(n='๔', title='มาตรการป้องกันการใช้รถส่วนกลางและเครื่องจักรกลเพื่อประโยชน์ส่วนตน',
          steps='บันทึกการขออนุญาตใช้รถทุกครั้ง ตรวจสมุดบันทึกการใช้รถทุกสิ้นเดือน', resp='สำนักปลัด / กองช่าง',
          period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานนายก อบต. ทุกไตรมาส', outc='ไม่มีการใช้รถราชการเพื่อประโยชน์ส่วนตน'),
    ]
    rows = '\n'.join(f'<tr><td align="center">{m["n"]}</td><td>{E(m["title"])}</td><td>{E(m["steps"])}</td><td>{E(m["resp"])}</td>'
                     f'<td>{E(m["period"])}</td><td align="center">{E(m["mon"])}</td><td>{E(m["outc"])}</td></tr>' for m in MS)
    page = f'''<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี ๒๕๗๐ :: {AG}</title>
<link rel="stylesheet" href="/template/lao_blue/style.css"></head>
<body>
<div id="banner"><img src="/template/lao_blue/banner.jpg" alt="{AG} อำเภอเมืองตราดธารา จังหวัดตราดธารา"></div>
<div id="menu"><a href="/">หน้าแรก</a> · <a href="/history">ประวัติ</a> · <a href="/ita">ITA</a> · <a href="/webboard">เว็บบอร์ด</a></div>
<div id="content">
<div class="news-title">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</div>
<div class="news-date">ประกาศเมื่อ ๒๘ ต.ค. ๒๕๖๙</div>
<h3>๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</h3>
<p>องค์การบริหารส่วนตำบลนาเกลือใต้ได้คะแนน ๘๕.๔๐ คะแนน อยู่ในระดับ ผ่าน</p>
<h3>๒. ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h3>
<ul><li>การเปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน</li><li>การลดขั้นตอนการให้บริการ</li><li>การมีส่วนร่วมของประชาชน</li><li>การใช้ทรัพย์สินของราชการ</li></ul>
<h3>๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h3>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr bgcolor="#cfe2f3"><th>ที่</th><th>มาตรการ</th><th>ขั้นตอน/วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ผลที่คาดว่าจะได้รับ</th></tr>
{rows}
</table>
<p align="right">ประกาศ ณ วันที่ ๒๘ ตุลาคม พ.ศ. ๒๕๖๙<br>นายสมศักดิ์ ชายทะเล<br>นายกองค์การบริหารส่วนตำบลนาเกลือใต้</p>
</div>
<div id="footer">{AG} โทร. ๐๓๙-๕๑๒-xxx | ผู้เข้าชม ๑๒,๔๕๖</div>
</body></html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['analysis: weaknesses section ("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน…") missing - only the improvements list',
           'measure ๒: follow-up cell is "-"'],
          'Old LAO-template site page: score, ONLY "ประเด็นที่ต้องพัฒนาให้ดีขึ้น" (ul), then a 7-column table (th header row, '
          'Thai-digit numbers) with own การติดตามผล and ผลที่คาดว่าจะได้รับ (= outcome).',
          sections={'weaknesses': 'missing', 'improvements': 'present'})


# ---------------------------------------------------------------- m04 (wrong FY in title)
def m04():
    F = 'm04_tn_lamphunthara_measures_2569.md'; AG = 'เทศบาลนครลำพูนธารา'
    MS = [
     dict(n='1', title='ยกระดับการเปิดเผยข้อมูลตามแบบ OIT ด้วยระบบ ITA Dashboard',
          steps='1) มอบหมายผู้รับผิดชอบรายข้อ<br>2) ตรวจสอบผ่าน Dashboard ทุกเดือน<br>3) แจ้งเตือนกองที่ข้อมูลไม่เป็นปัจจุบัน',
          resp='กองยุทธศาสตร์และงบประมาณ', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานปลัดเทศบาลนครทุกเดือน', outc='คะแนน OIT ไม่ต่ำกว่า 95'),
     dict(n='2', title='ป้องกันการเรียกรับสินบนในงานอนุญาตก่อสร้างและงานทะเบียนพาณิชย์',
          steps='1) ประกาศมาตรฐานระยะเวลา<br>2) รับคำขอผ่าน e-Service<br>3) ติด QR Code แจ้งเบาะแส',
          resp='กองช่าง / สำนักปลัดเทศบาล', period='พ.ย. 2569 – ก.ย. 2570', mon='ตรวจสอบทะเบียนคำขอและเรื่องร้องเรียนทุกเดือน',
          outc='ไม่มีเรื่องร้องเรียนการเรียกรับสินบน'),
     dict(n='3', title='เปิดโอกาสให้ประชาชนร่วมตรวจสอบการจัดซื้อจัดจ้างโครงการขนาดใหญ่',
          steps='1) เชิญผู้แทนชุมชนร่วมสังเกตการณ์<br>2) เผยแพร่สัญญาและผลการตรวจรับ',
          resp='กองคลัง (ฝ่ายพัสดุ)', period='ต.ค. 2569 – ก.ย. 2570', mon='......', outc='ผู้แทนชุมชนร่วมทุกโครงการวงเงินเกิน 2 ล้านบาท'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมองค์กรไม่ทนต่อการทุจริต',
          steps='1) อบรมพนักงานใหม่<br>2) ประกาศเจตนารมณ์ No Gift Policy<br>3) ยกย่องหน่วยงานต้นแบบ',
          resp='สำนักปลัดเทศบาล (ฝ่ายการเจ้าหน้าที่)', period='ธ.ค. 2569 – มี.ค. 2570', mon='คณะกรรมการจริยธรรมติดตามผลปีละ 2 ครั้ง',
          outc='พนักงานเข้าร่วมร้อยละ 90'),
     dict(n='5', title='เปิดเผยผลการจัดการเรื่องร้องเรียนการทุจริตรายไตรมาส',
          steps='1) สรุปเรื่องร้องเรียนและผลการดำเนินการ<br>2) เผยแพร่บนเว็บไซต์',
          resp='ศูนย์ดำรงธรรมเทศบาล', period='ทุกไตรมาส', mon='รายงานนายกเทศมนตรีนครภายใน 15 วันหลังสิ้นไตรมาส', outc='ผู้ร้องทราบผลทุกราย'),
    ]
    L = ['# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', '',
         f'**{AG}** จังหวัดลำพูนธารา', '',
         '## 1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', '',
         'เทศบาลนครลำพูนธาราได้คะแนน **91.05** คะแนน ระดับ **ผ่าน** (IIT 93.20 / EIT 88.74 / OIT 91.50)', '',
         '## 2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน', '',
         '- ผู้รับบริการบางส่วนยังเห็นว่ามีการเรียกรับผลประโยชน์ในงานอนุญาต (EIT)', '- ข้อมูลบางรายการบนเว็บไซต์ไม่เป็นปัจจุบัน (OIT)', '',
         '## 3. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '',
         '- การมีส่วนร่วมของประชาชนในการตรวจสอบ', '- การเปิดเผยผลการจัดการเรื่องร้องเรียน', '- วัฒนธรรมองค์กร', '',
         '## 4. มาตรการ (ดำเนินการ ต.ค. 2569 – ก.ย. 2570)', '',
         '| ลำดับ | มาตรการ | ขั้นตอน/วิธีการ | ผู้รับผิดชอบ | ระยะเวลา | การติดตามผล | ตัวชี้วัดความสำเร็จ |',
         '|:---:|---|---|---|---|---|---|']
    for m in MS:
        L.append(f'| {m["n"]} | {m["title"]} | {m["steps"]} | {m["resp"]} | {m["period"]} | {m["mon"]} | {m["outc"]} |')
    L += ['', '_ประกาศ ณ วันที่ 30 ตุลาคม 2569_  ', '_นายเกรียงไกร หริภุญชัย นายกเทศมนตรีนครลำพูนธารา_', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2569, AG, 'measure', MS,
          ['title says ประจำปีงบประมาณ พ.ศ. 2569 but the measures are for FY 2570 (analyse the 2569 result, run ต.ค. 2569 – ก.ย. 2570)',
           'measure 3: follow-up cell is "......"'],
          'GFM Markdown: H1 title with the WRONG fiscal year (2569), score 91.05 ผ่าน with IIT/EIT/OIT, both sections as bullet '
          'lists, 7-column pipe table with <br> steps; ตัวชี้วัดความสำเร็จ = outcome.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m05 (wrong band)
def m05():
    F = 'm05_doae_sakaeothara_measures_2570.txt'; AG = 'สำนักงานเกษตรจังหวัดสระแก้วธารา'
    MS = [
     dict(n='1', title='การเปิดเผยข้อมูลโครงการส่งเสริมการเกษตรและรายชื่อเกษตรกรผู้ได้รับปัจจัยการผลิต',
          steps='ประกาศหลักเกณฑ์การคัดเลือกเกษตรกร เผยแพร่รายชื่อผู้ได้รับปัจจัยการผลิตที่สำนักงานเกษตรอำเภอและเว็บไซต์',
          resp='กลุ่มส่งเสริมและพัฒนาการผลิต', period='ตุลาคม 2569 - กันยายน 2570', mon='รายงานเกษตรจังหวัดทุกเดือน',
          outc='เกษตรกรตรวจสอบรายชื่อได้ ไม่มีข้อร้องเรียน'),
     dict(n='2', title='การป้องกันผลประโยชน์ทับซ้อนในการตรวจรับปัจจัยการผลิต',
          steps='แต่งตั้งคณะกรรมการตรวจรับที่มีผู้แทนเกษตรกร ลงนามแบบแสดงความไม่มีส่วนได้เสียก่อนตรวจรับ',
          resp='ฝ่ายบริหารทั่วไป (งานพัสดุ)', period='ธันวาคม 2569 - สิงหาคม 2570', mon='สรุปผลการตรวจรับเสนอเกษตรจังหวัดรายไตรมาส',
          outc='การตรวจรับโปร่งใส ปัจจัยการผลิตตรงตามคุณลักษณะ'),
     dict(n='3', title='การลดระยะเวลาการขึ้นทะเบียนเกษตรกรและการปรับปรุงข้อมูลทะเบียน',
          steps='เปิดให้ปรับปรุงทะเบียนผ่านแอปพลิเคชัน Farmbook และจุดบริการเคลื่อนที่',
          resp='กลุ่มยุทธศาสตร์และสารสนเทศ', period='ตุลาคม 2569 - มีนาคม 2570', mon='ไม่มี',
          outc='ปรับปรุงทะเบียนแล้วเสร็จภายใน 3 วันทำการ'),
     dict(n='4', title='การส่งเสริมคุณธรรมจริยธรรมและการไม่รับของขวัญของบุคลากร',
          steps='ประกาศเจตนารมณ์ No Gift Policy จัดกิจกรรมยกย่องบุคลากรต้นแบบ',
          resp='ฝ่ายบริหารทั่วไป', period='ตุลาคม 2569 - มกราคม 2570', mon='สรุปการรายงานการรับของขวัญเสนอเกษตรจังหวัด',
          outc='ไม่มีการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', AG, '',
         '1. ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569',
         '   สำนักงานเกษตรจังหวัดสระแก้วธาราได้คะแนน 83.96 คะแนน อยู่ในระดับ ผ่าน', '',
         '2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน',
         '   2.1 เกษตรกรไม่ทราบหลักเกณฑ์การคัดเลือกผู้ได้รับปัจจัยการผลิต',
         '   2.2 ผู้รับบริการเห็นว่าการขึ้นทะเบียนเกษตรกรใช้เวลานาน', '',
         '3. ประเด็นที่ต้องพัฒนาให้ดีขึ้น',
         '   3.1 การป้องกันผลประโยชน์ทับซ้อนในการตรวจรับพัสดุ', '   3.2 การเสริมสร้างวัฒนธรรมองค์กร', '',
         '4. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '']
    for m in MS:
        L += [f'   มาตรการที่ {m["n"]} {m["title"]}',
              f'      ขั้นตอน/วิธีการ : {m["steps"]}', f'      ผู้รับผิดชอบ : {m["resp"]}', f'      ระยะเวลา : {m["period"]}',
              f'      การติดตามผล : {m["mon"]}', f'      ผลที่คาดว่าจะได้รับ : {m["outc"]}', '']
    L += ['                                        ประกาศ ณ วันที่ 31 ตุลาคม 2569',
          '                                        (นายวันชัย คลองหาด)', '                                        เกษตรจังหวัดสระแก้วธารา', '']
    write(F, '\r\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['score: 83.96 is below 85 but is called "ผ่าน" (wrong band on the 2570 scale)', 'measure 3: การติดตามผล is "ไม่มี"'],
          'Plain text copied from Word (CRLF): numbered sections 1.–4. with 2.1/3.1 items, measures "มาตรการที่ n" with indented '
          '"label : value" lines; ผลที่คาดว่าจะได้รับ = outcome. WRONG BAND 83.96 "ผ่าน".',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p02 (NEW: Excel "Save as Web Page")
def p02():
    F = 'p02_tsj_tratthara_plan_2570.html'; AG = 'สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตราดธารา'
    MON = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.']
    GR = [
     ('1. ด้านการเปิดเผยข้อมูล', [
      dict(n=1, title='ปรับปรุงข้อมูลการอนุญาตตัดไม้และการขออนุญาตใช้พื้นที่ป่าบนเว็บไซต์', steps='ตรวจสอบข้อมูล ปรับปรุงขั้นตอนและแบบคำขอ',
           resp='กลุ่มทรัพยากรธรรมชาติ', mm=[0, 1, 2], outc='ข้อมูลเป็นปัจจุบันครบทุกกระบวนงาน', mon='รายงาน ทสจ. ทุกเดือน'),
      dict(n=2, title='เผยแพร่ผลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณรายเดือน', steps='สรุป สขร.1 และผลการเบิกจ่าย นำขึ้นเว็บไซต์',
           resp='ฝ่ายบริหารทั่วไป', mm=list(range(12)), outc='เผยแพร่ครบ 12 เดือน', mon='ตรวจสอบการเผยแพร่ทุกสิ้นเดือน'),
     ]),
     ('2. ด้านการป้องกันการทุจริต', [
      dict(n=3, title='ประเมินความเสี่ยงการทุจริตในการพิจารณาอนุญาตเก็บหาของป่า', steps='ประชุมคณะทำงาน วิเคราะห์ความเสี่ยง จัดทำมาตรการควบคุม',
           resp='กลุ่มทรัพยากรธรรมชาติ / กลุ่มกฎหมาย', mm=[], outc='มีแผนบริหารความเสี่ยง 1 ฉบับ', mon='รายงานผลการบริหารความเสี่ยงรอบ 6 เดือน'),
      dict(n=4, title='อบรมเจ้าหน้าที่เรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม', steps='จัดอบรมครึ่งวัน ทดสอบหลังอบรม',
           resp='ฝ่ายบริหารทั่วไป', mm=[4], outc='เจ้าหน้าที่ผ่านการทดสอบร้อยละ 90', mon='รายงานผลการอบรมภายใน 15 วัน'),
      dict(n=5, title='ตรวจสอบการใช้รถราชการและเรือตรวจการณ์', steps='บันทึกการใช้ทุกครั้ง ตรวจสมุดบันทึกรายเดือน',
           resp='ฝ่ายบริหารทั่วไป', mm=list(range(12)), outc='ไม่มีการใช้ทรัพย์สินราชการเพื่อประโยชน์ส่วนตน', mon='-'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]
    ncol = 4 + 12 + 2
    cls = 'xl72'
    trs = []

    def td(v, c, extra=''):
        if v == '':
            return f'<td class={c}{extra}>&nbsp;</td>'
        if isinstance(v, int):
            return f'<td class={c}{extra} x:num>{v}</td>'
        v = E(v, quote=False).replace('\n', "<br style='mso-data-placement:same-cell;'>")
        return f'<td class={c}{extra}>{v}</td>'

    trs.append(f"<tr height=32 style='height:24.0pt'>\n  <td colspan={ncol} height=32 class=xl80 style='height:24.0pt'>"
               f"แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</td>\n </tr>")
    trs.append(f"<tr height=28 style='height:21.0pt'>\n  <td colspan={ncol} height=28 class=xl81 style='height:21.0pt'>{AG}</td>\n </tr>")
    trs.append(f"<tr height=24 style='height:18.0pt'>\n  <td height=24 class=xl82 colspan=9 style='height:18.0pt;mso-ignore:colspan'>"
               f"(ผลการประเมิน ITA ปี 2569 ของสำนักงานปลัดกระทรวงทรัพยากรธรรมชาติฯ 92.64 คะแนน ผ่าน)</td>\n"
               + ''.join('  <td class=xl82></td>\n' for _ in range(ncol - 9)) + ' </tr>')
    # header rows (two rows: months under ระยะเวลา)
    h1 = ['ที่', 'กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ']
    row = "<tr height=27 style='height:20.25pt'>\n"
    row += ''.join(f'  <td rowspan=2 class=xl66 style=\'border-bottom:.5pt solid black\'>{h}</td>\n' for h in h1)
    row += "  <td colspan=12 class=xl67 style='border-right:.5pt solid black;border-left:none'>ระยะเวลาดำเนินการ (ปีงบประมาณ 2570)</td>\n"
    row += "  <td rowspan=2 class=xl66 style='border-bottom:.5pt solid black'>ตัวชี้วัด</td>\n"
    row += "  <td rowspan=2 class=xl66 style='border-bottom:.5pt solid black'>การติดตามผล</td>\n </tr>"
    trs.append(row)
    trs.append("<tr height=27 style='height:20.25pt'>\n" + ''.join(f'  <td class=xl68>{m}</td>\n' for m in MON) + ' </tr>')
    for g, ms in GR:
        trs.append(f"<tr height=26 style='height:19.5pt'>\n  <td colspan={ncol} height=26 class=xl74 style='height:19.5pt'>{E(g)}</td>\n </tr>")
        for m in ms:
            r = "<tr height=58 style='mso-height-source:userset;height:43.5pt'>\n"
            r += '  ' + td(m['n'], 'xl69') + '\n'
            r += '  ' + td(m['title'], 'xl70') + '\n'
            r += '  ' + td(m['steps'], 'xl70') + '\n'
            r += '  ' + td(m['resp'], 'xl70') + '\n'
            for j in range(12):
                r += '  ' + (f'<td class=xl73>&#10003;</td>' if j in m['mm'] else '<td class=xl71>&nbsp;</td>') + '\n'
            r += '  ' + td(m['outc'], 'xl70') + '\n'
            r += '  ' + td(m['mon'], 'xl70' if m['mon'] != '-' else 'xl69') + '\n'
            trs.append(r + ' </tr>')
            m['period'] = 'marks' if m['mm'] else ''
    trs.append(f"<tr height=24 style='height:18.0pt'>\n  <td height=24 class=xl65 style='height:18.0pt'></td>\n"
               f"  <td class=xl65 colspan=6 style='mso-ignore:colspan'>หมายเหตุ &#10003; = เดือนที่ดำเนินการ</td>\n"
               + ''.join('  <td class=xl65></td>\n' for _ in range(ncol - 7)) + ' </tr>')
    trs.append(f"<tr height=24 style='height:18.0pt'>\n  <td height=24 class=xl65 style='height:18.0pt'></td>\n"
               f"  <td class=xl65></td>\n  <td class=xl65 colspan=10 style='mso-ignore:colspan'>ลงชื่อ ..................................... ผู้อนุมัติ (นายภาคภูมิ ทะเลตราด) ทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตราดธารา</td>\n"
               + ''.join('  <td class=xl65></td>\n' for _ in range(ncol - 12)) + ' </tr>')
    widths_px = [36, 260, 220, 175] + [34] * 12 + [180, 170]
    cols = '\n'.join(f" <col width={w} style='mso-width-source:userset;mso-width-alt:{w * 37};width:{w * 0.75:.0f}pt'>" for w in widths_px)
    style = '''<style id="ITA2570_Styles">
<!--table
	{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}
@page
	{margin:.5in .25in .5in .25in;
	mso-header-margin:.3in;
	mso-footer-margin:.3in;
	mso-page-orientation:landscape;}
.style0
	{mso-number-format:General;
	text-align:general;
	vertical-align:bottom;
	white-space:nowrap;
	mso-rotate:0;
	mso-background-source:auto;
	mso-pattern:auto;
	color:black;
	font-size:16.0pt;
	font-weight:400;
	font-style:normal;
	text-decoration:none;
	font-family:"TH SarabunPSK", sans-serif;
	mso-font-charset:222;
	border:none;
	mso-protection:locked visible;
	mso-style-name:Normal;
	mso-style-id:0;}
td
	{mso-style-parent:style0;
	padding-top:1px;
	padding-right:1px;
	padding-left:1px;
	mso-ignore:padding;
	color:black;
	font-size:16.0pt;
	font-family:"TH SarabunPSK", sans-serif;
	mso-font-charset:222;
	mso-number-format:General;
	text-align:general;
	vertical-align:bottom;
	border:none;
	white-space:nowrap;}
.xl65
	{mso-style-parent:style0;}
.xl66
	{mso-style-parent:style0;
	font-weight:700;
	text-align:center;
	vertical-align:middle;
	border:.5pt solid windowtext;
	background:#D9E1F2;
	mso-pattern:black none;
	white-space:normal;}
.xl67
	{mso-style-parent:style0;
	font-weight:700;
	text-align:center;
	border:.5pt solid windowtext;
	background:#D9E1F2;
	mso-pattern:black none;}
.xl68
	{mso-style-parent:style0;
	font-size:12.0pt;
	font-weight:700;
	text-align:center;
	border:.5pt solid windowtext;
	background:#D9E1F2;
	mso-pattern:black none;}
.xl69
	{mso-style-parent:style0;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;}
.xl70
	{mso-style-parent:style0;
	vertical-align:top;
	border:.5pt solid windowtext;
	white-space:normal;}
.xl71
	{mso-style-parent:style0;
	border:.5pt solid windowtext;}
.xl73
	{mso-style-parent:style0;
	font-family:"Segoe UI Symbol", sans-serif;
	text-align:center;
	vertical-align:top;
	border:.5pt solid windowtext;
	background:#E2EFDA;
	mso-pattern:black none;}
.xl74
	{mso-style-parent:style0;
	font-weight:700;
	border:.5pt solid windowtext;
	background:#FFF2CC;
	mso-pattern:black none;}
.xl80
	{mso-style-parent:style0;
	font-size:18.0pt;
	font-weight:700;
	text-align:center;}
.xl81
	{mso-style-parent:style0;
	font-size:18.0pt;
	font-weight:700;
	text-align:center;}
.xl82
	{mso-style-parent:style0;
	font-size:14.0pt;
	font-style:italic;}
-->
</style>'''
    page = f'''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-874">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="p02_tsj_tratthara_plan_2570_files/filelist.xml">
{style}
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>แผน ITA 70</x:Name>
    <x:WorksheetOptions>
     <x:FitToPage/>
     <x:Print>
      <x:FitWidth>1</x:FitWidth>
      <x:FitHeight>0</x:FitHeight>
      <x:ValidPrinterInfo/>
      <x:PaperSizeIndex>9</x:PaperSizeIndex>
      <x:Scale>58</x:Scale>
     </x:Print>
     <x:Selected/>
     <x:FreezePanes/>
     <x:SplitHorizontal>5</x:SplitHorizontal>
     <x:TopRowBottomPane>5</x:TopRowBottomPane>
     <x:ActivePane>2</x:ActivePane>
    </x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:WindowHeight>12300</x:WindowHeight>
  <x:WindowWidth>28800</x:WindowWidth>
  <x:ProtectStructure>False</x:ProtectStructure>
  <x:ProtectWindows>False</x:ProtectWindows>
 </x:ExcelWorkbook>
 <x:ExcelName>
  <x:Name>Print_Titles</x:Name>
  <x:SheetIndex>1</x:SheetIndex>
  <x:Formula>='แผน ITA 70'!$4:$5</x:Formula>
 </x:ExcelName>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width={sum(widths_px)} style='border-collapse:
 collapse;table-layout:fixed;width:{sum(widths_px) * 0.75:.0f}pt'>
{cols}
{chr(10).join(trs)}
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
{''.join(f'  <td width={w} style="width:{w * 0.75:.0f}pt"></td>' + chr(10) for w in widths_px)} </tr>
 <![endif]>
</table>

</body>

</html>
'''
    with open(os.path.join(OUT, F), 'w', encoding='cp874', errors='xmlcharrefreplace', newline='\r\n') as f:
        f.write(page)
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 3: no month ticked in the 12-month grid (period not stated)', 'activity 5: การติดตามผล is "-"'],
          'NEW FORM: an Excel worksheet saved with "Save as Web Page" (Microsoft Excel 15 HTML: xmlns:x, ProgId Excel.Sheet, '
          '<!--[if gte mso 9]><xml><x:ExcelWorkbook> block, class=xl65…xl82 mso styles, <col> widths, x:num numbers, &nbsp; empty '
          'cells, mso-ignore:colspan overflow text, <br style=\'mso-data-placement:same-cell;\'>, hidden supportMisalignedColumns '
          'row), saved in windows-874 (Thai) with CRLF and ✓ as &#10003;. Two title rows colspan 18, two-row header (ระยะเวลา '
          'over 12 month columns ต.ค.–ก.ย.; ✓ = period), group rows "1./2. ด้าน…" (not units), own ตัวชี้วัด (= outcome) and '
          'การติดตามผล columns, legend and signature rows after the table.')


# ---------------------------------------------------------------- p03
def p03():
    F = 'p03_tt_maekhachantai_plan_2570.md'; AG = 'เทศบาลตำบลแม่ขะจานใต้'
    GR = [
     ('แนวทางที่ ๑ เสริมสร้างความโปร่งใสในการปฏิบัติงาน', [
      dict(n='๑.๑', title='จัดทำและเผยแพร่คู่มือการให้บริการประชาชนทุกงานบริการ', steps='ทบทวนคู่มือ ปรับปรุงขั้นตอนและระยะเวลา เผยแพร่ทางเว็บไซต์',
           resp='สำนักปลัดเทศบาล', period='ต.ค. – ธ.ค. ๒๕๖๙', outc='มีคู่มือครบทุกงานบริการ'),
      dict(n='๑.๒', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและรายงานการเงินรายไตรมาส', steps='สรุปข้อมูลจากระบบ e-LAAS และ e-GP นำขึ้นเว็บไซต์',
           resp='กองคลัง', period='ทุกไตรมาส', outc='เผยแพร่ครบ ๔ ไตรมาส'),
     ]),
     ('แนวทางที่ ๒ ป้องกันการทุจริตและประพฤติมิชอบ', [
      dict(n='๒.๑', title='ประกาศเจตนารมณ์การบริหารงานด้วยความซื่อสัตย์สุจริตและ No Gift Policy', steps='นายกเทศมนตรีประกาศเจตนารมณ์ แจ้งเวียนพนักงาน',
           resp='สำนักปลัดเทศบาล', period='ต.ค. ๒๕๖๙', outc='พนักงานรับทราบร้อยละ ๑๐๐'),
      dict(n='๒.๒', title='อบรมพนักงานเรื่องประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์', steps='จัดอบรม ๑ วัน ทดสอบความรู้ก่อน-หลัง',
           resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ก.พ. ๒๕๗๐', outc='ผู้ผ่านการทดสอบร้อยละ ๘๐'),
      dict(n='๒.๓', title='เปิดช่องทางแจ้งเบาะแสการทุจริตผ่าน LINE OA และกล่องรับความคิดเห็น', steps='จัดทำ QR Code ติดตั้งกล่องทุกชุมชน สรุปเรื่องรายเดือน',
           resp='ศูนย์รับเรื่องราวร้องทุกข์', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', outc='ผู้ร้องได้รับแจ้งผลภายใน ๑๕ วัน'),
     ]),
    ]
    MS = [m for _, ms in GR for m in ms]
    L = ['# แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', '',
         f'{AG} อำเภอแม่ขะจานใต้ จังหวัดเชียงรายธานี', '',
         '### ผลการประเมิน ITA ปี ๒๕๖๙', '', 'ได้คะแนน ๘๘.๓๓ คะแนน อยู่ในระดับ **ผ่าน** (IIT ๙๐.๑๒ | EIT ๘๖.๔๕ | OIT ๘๘.๕๐)', '',
         '### แนวทางและมาตรการ', '',
         '| ลำดับ | กิจกรรม | รายละเอียด/วิธีการ | ผู้รับผิดชอบ | ระยะเวลา | ตัวชี้วัด/ค่าเป้าหมาย |', '|---|---|---|---|---|---|']
    for g, ms in GR:
        L.append(f'| **{g}** | | | | | |')
        for m in ms:
            L.append(f'| {m["n"]} | {m["title"]} | {m["steps"]} | {m["resp"]} | {m["period"]} | {m["outc"]} |')
    L += ['', '### การติดตามและประเมินผล', '',
          'กองยุทธศาสตร์และงบประมาณติดตามความก้าวหน้าของทุกกิจกรรมตามแนวทางฯ และรายงานผลต่อนายกเทศมนตรีทุกไตรมาส '
          'พร้อมสรุปผลการดำเนินการรอบ ๑๒ เดือนเผยแพร่บนเว็บไซต์ของเทศบาล', '',
          '*ประกาศ ณ วันที่ ๒๐ ตุลาคม ๒๕๖๙ — นายบุญเลิศ ดอยสูง นายกเทศมนตรีตำบลแม่ขะจานใต้*', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'GFM pipe table with bold group rows "แนวทางที่ n" (empty other cells, not units), activities ๑.๑–๒.๓; '
          'ตัวชี้วัด/ค่าเป้าหมาย = outcome; no follow-up column - the closing "### การติดตามและประเมินผล" section is the plan\'s '
          'general follow-up = monitoring for every activity. COMPLETE.', gmon=True)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r03', 'r05', 'r06', 'm03', 'm04', 'm05', 'p02', 'p03']:
        globals()[w]()
        print('built', w)
