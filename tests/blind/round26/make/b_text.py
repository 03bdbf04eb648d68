"""Text documents: r02 (NEW: an OUTLOOK E-MAIL saved as raw MIME source .txt - multipart/alternative, quoted-printable UTF-8
text/plain and Word-HTML parts, RFC 2047 headers, Outlook reply header block), r03 (provincial hospital, Bootstrap html), r04
(อบต., md pipe table), r07 (provincial court, Word plain text), m03 (NEW: WordPress page with a TablePress table whose every cell
carries a data-label attribute for a stacked mobile layout), m04 (prosecutor's office, md, weaknesses missing), m05 (school,
tab-separated text, wrong FY), p02 (เทศบาลตำบล plan, html with rowspan issue column), p03 (land office plan, md)."""
import sys, quopri, base64
import html as H
from common import *

E = H.escape


def mdrow(cells):
    return '| ' + ' | '.join(c.replace('\n', '<br>') for c in cells) + ' |'


# ---------------------------------------------------------------- r02 (NEW: Outlook e-mail, MIME source)
def qp(s):
    b = quopri.encodestring(s.replace('\r\n', '\n').encode('utf-8'))
    return b.decode('ascii').replace('\n', '\r\n')


def b64h(s):
    return '=?utf-8?B?' + base64.b64encode(s.encode('utf-8')).decode() + '?='


def r02():
    F = 'r02_pwa_rayongkasem_results_2569.txt'; AG = 'การประปาส่วนภูมิภาคสาขาระยองเกษม'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายงบลงทุนโครงการวางท่อขยายเขตจำหน่ายน้ำ',
          steps=['สรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1 ทุกเดือน', 'เผยแพร่บนเว็บไซต์สาขาและบอร์ดประชาสัมพันธ์', 'รายงานความก้าวหน้าโครงการวางท่อรายเดือน'],
          resp='งานบริหารทั่วไป / งานบริการและควบคุมน้ำสูญเสีย', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้จัดการสาขารายงาน กปภ.เขต 1 ทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน 203 รายการ', outc='ไม่มีข้อร้องเรียนด้านการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ลดขั้นตอนการขอติดตั้งประปาใหม่ผ่าน PWA 1662 Application และแจ้งค่าใช้จ่ายล่วงหน้าทุกราย',
          steps=['ประชาสัมพันธ์การยื่นคำขอออนไลน์', 'แจ้งค่าใช้จ่ายผ่าน SMS ก่อนสำรวจ', 'ติดตั้งภายใน 7 วันทำการหลังชำระเงิน'],
          resp='งานบริการและควบคุมน้ำสูญเสีย', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปผลการติดตั้งเสนอผู้จัดการสาขาทุกเดือน',
          out='คำขอออนไลน์ 1,148 ราย', outc='ติดตั้งแล้วเสร็จภายใน 7 วันทำการร้อยละ 96.4'),
     dict(n='3', title='ตรวจสอบการอ่านมาตรวัดน้ำและการแก้ไขหนี้ค้างชำระด้วยระบบมาตรวัดน้ำอัจฉริยะ (Smart Meter)',
          steps=['ติดตั้ง Smart Meter ผู้ใช้น้ำรายใหญ่', 'เทียบข้อมูลกับผลการอ่านมาตรของผู้รับจ้าง', 'สุ่มตรวจซ้ำร้อยละ 5'],
          resp='งานบริการและควบคุมน้ำสูญเสีย', period='-', mon='รายงานผลการสุ่มตรวจต่อผู้จัดการสาขารายไตรมาส',
          out='ติดตั้ง Smart Meter 320 ราย', outc='ข้อร้องเรียนการอ่านมาตรผิดพลาดลดลงร้อยละ 41'),
     dict(n='4', title='อบรมพนักงานและลูกจ้างเรื่องการขัดกันแห่งผลประโยชน์และจรรยาบรรณของ กปภ.',
          steps=['อบรมผ่านระบบ PWA e-Learning', 'ทดสอบหลังอบรม', 'ลงนามรับทราบจรรยาบรรณ'],
          resp='งานบริหารทั่วไป', period='ม.ค. – มี.ค. 2569', mon='งานบริหารทั่วไปสรุปผลเสนอผู้จัดการสาขา',
          out='ผู้ผ่านการอบรม 42 คน จาก 42 คน', outc='ผ่านการทดสอบหลังอบรมร้อยละ 100'),
     dict(n='5', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานการรับของขวัญทุกเทศกาล',
          steps=['ผู้จัดการสาขาประกาศนโยบาย', 'แจ้งผู้รับจ้างและผู้ใช้น้ำรายใหญ่ทราบ', 'พนักงานรายงานการรับของขวัญ'],
          resp='ผู้จัดการสาขา', period='ต.ค. 2568 – ก.ย. 2569', mon='รวบรวมรายงานส่ง กปภ.เขต 1 ทุก 6 เดือน',
          out='ประกาศ 1 ฉบับ หนังสือแจ้ง 58 ราย', outc='อยู่ระหว่างดำเนินการ'),
    ]
    title1 = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน'
    title2 = 'ประจำปีงบประมาณ พ.ศ. 2569'
    L = ['เรียน คุณสุภาพร (ผู้ดูแลเว็บไซต์สาขา)', '',
         'ตามที่แจ้งขอรายงานผลมาตรการ ITA เพื่อเผยแพร่ในหัวข้อ O36 งานบริหารทั่วไปขอส่งรายงานตามด้านล่างนี้ค่ะ รบกวนนำขึ้นเว็บไซต์'
         'ตามรูปแบบนี้ได้เลย (ฉบับ PDF ที่ผู้จัดการลงนามแล้วจะส่งตามไปอีกครั้งค่ะ)', '',
         '==================================================', title1, title2, AG,
         '==================================================', '',
         'ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ของ กปภ.สาขาระยองเกษม : 92.18 คะแนน (ผ่าน)',
         'สาขาได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส จำนวน 5 มาตรการ ผลการดำเนินการรอบ 12 เดือน ดังนี้', '']
    for m in MS:
        L.append(f'มาตรการที่ {m["n"]}  {m["title"]}')
        L.append('   - ขั้นตอน/วิธีการ : ' + ' '.join(f'({i}) {x}' for i, x in enumerate(m['steps'], 1)))
        for k, lab in (('resp', 'ผู้รับผิดชอบ'), ('period', 'ระยะเวลา'), ('mon', 'การติดตามผล'), ('out', 'ผลผลิต'), ('outc', 'ผลลัพธ์')):
            L.append(f'   - {lab} : {m[k]}')
        L.append('')
    L += ['ปัญหา/อุปสรรค : ผู้ใช้น้ำสูงอายุบางส่วนยังไม่สะดวกยื่นคำขอผ่าน Application', '',
          'ผู้รายงาน  นางสาวกัญญารัตน์ มาบตาพุดเกษม  หัวหน้างานบริหารทั่วไป',
          'ผู้อนุมัติ  นายธีรวัฒน์ บ้านค่ายเกษม  ผู้จัดการการประปาส่วนภูมิภาคสาขาระยองเกษม', '',
          'ขอบคุณค่ะ', 'กัญญารัตน์', 'งานบริหารทั่วไป กปภ.สาขาระยองเกษม', 'โทร. 0 3861 2345 ต่อ 112', '',
          '________________________________', 'From: สุภาพร บ้านฉางเกษม <suphaporn.b@pwarayongkasem.go.th>',
          'Sent: Monday, September 28, 2026 9:14 AM', 'To: กัญญารัตน์ มาบตาพุดเกษม <kanyarat.m@pwarayongkasem.go.th>',
          'Subject: ขอรายงานผลมาตรการ ITA ปี 69 เพื่อขึ้นเว็บ', '',
          'เรียน งานบริหารทั่วไป', '',
          'รบกวนส่งรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2569 ภายในวันที่ 30 ก.ย. นี้นะคะ '
          'ส่งเป็นเนื้อความในอีเมลได้เลย จะได้คัดลอกขึ้นเว็บได้ทันทีค่ะ', '', 'สุภาพร', 'ผู้ดูแลเว็บไซต์ กปภ.สาขาระยองเกษม']
    text = '\r\n'.join(L) + '\r\n'
    # Word-generated HTML alternative (same content)
    hp = []
    for ln in L:
        if not ln:
            hp.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        elif ln.startswith('มาตรการที่') or ln in (title1, title2, AG):
            hp.append(f"<p class=MsoNormal><b><span lang=TH style='font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif'>{E(ln)}<o:p></o:p></span></b></p>")
        elif ln.startswith('   - '):
            hp.append(f"<p class=MsoNormal style='margin-left:36.0pt'><span lang=TH style='font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif'>{E(ln[3:])}<o:p></o:p></span></p>")
        elif ln.startswith('____'):
            hp.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal><o:p>&nbsp;</o:p></p></div>")
        else:
            hp.append(f"<p class=MsoNormal><span lang=TH style='font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif'>{E(ln)}<o:p></o:p></span></p>")
    htm = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8">'
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\r\n/* Font Definitions */\r\n'
           '@font-face\r\n\t{font-family:"TH SarabunPSK";\r\n\tpanose-1:2 11 5 0 4 2 0 2 0 3;}\r\n/* Style Definitions */\r\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:11.0pt;\r\n\tfont-family:"Calibri",sans-serif;}\r\n'
           '@page WordSection1\r\n\t{size:612.0pt 792.0pt;\r\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\r\ndiv.WordSection1\r\n\t{page:WordSection1;}\r\n'
           '--></style></head><body lang=EN-US link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
           '<div class=WordSection1>' + '\r\n'.join(hp) + '</div></body></html>')
    B = '----=_NextPart_000_0041_01DB3224.8F5C9A30'
    hdr = [
        'Received: from EXCH01.pwarayongkasem.go.th (10.11.2.15) by EXCH01.pwarayongkasem.go.th',
        ' (10.11.2.15) with Microsoft SMTP Server (version=TLS1_2,',
        ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; Tue, 29 Sep',
        ' 2026 16:42:09 +0700',
        'From: ' + b64h('กัญญารัตน์ มาบตาพุดเกษม') + ' <kanyarat.m@pwarayongkasem.go.th>',
        'To: ' + b64h('สุภาพร บ้านฉางเกษม') + ' <suphaporn.b@pwarayongkasem.go.th>',
        'CC: <admin.ita@pwarayongkasem.go.th>',
        'Subject: ' + b64h('RE: ขอรายงานผลมาตรการ ITA ปี 69 เพื่อขึ้นเว็บ'),
        'Thread-Topic: ' + b64h('ขอรายงานผลมาตรการ ITA ปี 69 เพื่อขึ้นเว็บ'),
        'Thread-Index: AQHbMiSPXJowrT6kS0eYJ3b8pLrQ3bJvFq0w',
        'Date: Tue, 29 Sep 2026 16:42:07 +0700',
        'Message-ID: <000001db3224$8f5c9a30$ae15ce90$@pwarayongkasem.go.th>',
        'In-Reply-To: <000c01db31f8$2a7e1b40$7f7a51c0$@pwarayongkasem.go.th>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/alternative;',
        '\tboundary="' + B + '"',
        'X-Mailer: Microsoft Outlook 16.0',
        'Content-Language: th',
        'X-MS-Exchange-Organization-AuthAs: Internal',
        'X-Originating-IP: [10.11.4.37]',
    ]
    body = ('\r\n'.join(hdr) + '\r\n\r\nThis is a multipart message in MIME format.\r\n\r\n'
            '--' + B + '\r\nContent-Type: text/plain;\r\n\tcharset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
            + qp(text) + '\r\n--' + B + '\r\nContent-Type: text/html;\r\n\tcharset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
            + qp(htm) + '\r\n\r\n--' + B + '--\r\n\r\n')
    with open(os.path.join(OUT, F), 'w', encoding='ascii', newline='') as f:
        f.write(body)
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: period (ระยะเวลา) is "-"', 'measure 5: outcome (ผลลัพธ์) is "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: an OUTLOOK E-MAIL saved as its raw MIME source and uploaded as .txt (pure ASCII, CRLF): Exchange Received '
          'header, RFC 2047 =?utf-8?B?…?= From/To/Subject ("RE: ขอรายงานผลมาตรการ ITA ปี 69 เพื่อขึ้นเว็บ"), Thread-Index, '
          'X-Mailer Microsoft Outlook 16.0, multipart/alternative with a "----=_NextPart_…" boundary; BOTH alternatives are '
          'QUOTED-PRINTABLE UTF-8 (every Thai byte written =E0=B8=xx, soft line breaks "=" at 76 columns, so no Thai is readable '
          'in the file): a text/plain part and a Word "filtered medium" HTML part (MsoNormal paragraphs, <o:p>) carrying the SAME '
          'report - one document displayed once, not twice. Decoded: a covering note to the web admin, the report (title FY '
          '2569, ITA 2568 92.18, "มาตรการที่ n" + "- label : value" lines, steps (1)(2)(3) on one line), reporter/approver, the '
          'signature block, then Outlook\'s quoted original message (From:/Sent:/To:/Subject: block) with the admin\'s request - '
          'neither adds nor repairs elements.')


# ---------------------------------------------------------------- r03 (hospital, Bootstrap html, COMPLETE)
def r03():
    F = 'r03_hosp_burikasem_results_2569.html'; AG = 'โรงพยาบาลบุรีเกษม'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างยา เวชภัณฑ์ และครุภัณฑ์การแพทย์รายเดือนผ่านเว็บไซต์โรงพยาบาล',
          steps=['จัดทำแผนจัดซื้อจัดจ้างประจำปี', 'สรุปผล สขร.1 ทุกเดือน', 'เผยแพร่ภายในวันที่ 15 ของเดือนถัดไป'],
          resp='กลุ่มงานพัสดุ', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานคณะกรรมการบริหารโรงพยาบาลทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน 1,027 รายการ', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ควบคุมการรับการสนับสนุนจากบริษัทยาและเครื่องมือแพทย์ตามเกณฑ์จริยธรรม',
          steps=['ประกาศเกณฑ์จริยธรรมของโรงพยาบาล', 'กำหนดวันเวลาพบผู้แทนบริษัท', 'บันทึกทะเบียนการรับการสนับสนุน'],
          resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปทะเบียนเสนอผู้อำนวยการทุก 6 เดือน',
          out='ทะเบียน 2 รอบ บันทึกการพบผู้แทน 112 ครั้ง', outc='ไม่พบการรับผลประโยชน์ขัดต่อเกณฑ์'),
     dict(n='3', title='ลดระยะเวลารอคอยผู้ป่วยนอกด้วยระบบนัดหมายล่วงหน้าและคิวออนไลน์',
          steps=['เปิดนัดหมายผ่าน LINE OA', 'แยกช่องทางผู้สูงอายุและผู้พิการ', 'แสดงคิวบนจอหน้าห้องตรวจ'],
          resp='กลุ่มงานการพยาบาลผู้ป่วยนอก', period='ม.ค. – ก.ย. 2569', mon='ติดตามระยะเวลารอคอยจากระบบ HOSxP ทุกเดือน',
          out='นัดหมายออนไลน์ 14,206 ราย', outc='ระยะเวลารอคอยเฉลี่ยลดลงจาก 142 นาที เหลือ 88 นาที'),
     dict(n='4', title='ตรวจสอบการเบิกจ่ายค่าตอบแทนนอกเวลาราชการ (OT) ด้วยระบบลงเวลาสแกนใบหน้า',
          steps=['เชื่อมข้อมูลสแกนใบหน้ากับตารางเวร', 'กลุ่มงานการเงินตรวจก่อนเบิกจ่าย', 'สุ่มตรวจโดยผู้ตรวจสอบภายใน'],
          resp='กลุ่มงานการเงินและบัญชี / กลุ่มงานทรัพยากรบุคคล', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้ตรวจสอบภายในรายงานผู้อำนวยการรายไตรมาส',
          out='ตรวจสอบครบ 12 เดือน 3,418 รายการ', outc='ไม่พบการเบิกจ่ายค่าตอบแทนซ้ำซ้อน'),
     dict(n='5', title='สำรวจความพึงพอใจผู้รับบริการและเปิดเผยผลการจัดการเรื่องร้องเรียน',
          steps=['สำรวจรายไตรมาส', 'สรุปเรื่องร้องเรียนและผลการแก้ไข', 'เผยแพร่บนเว็บไซต์'],
          resp='ศูนย์คุณภาพ / งานประชาสัมพันธ์', period='ต.ค. 2568 – ก.ย. 2569', mon='นำเสนอคณะกรรมการบริหารโรงพยาบาลทุกไตรมาส',
          out='สำรวจครบ 4 ไตรมาส ผู้ตอบ 3,912 ราย', outc='ความพึงพอใจเฉลี่ยร้อยละ 89.6'),
    ]
    rows = []
    for m in MS:
        st = '<ol class="mb-0 ps-3">' + ''.join(f'<li>{E(x)}</li>' for x in m['steps']) + '</ol>'
        rows.append(f'<tr>\n  <td class="text-center">{m["n"]}</td>\n  <td>{E(m["title"])}</td>\n  <td>{st}</td>\n  <td>{E(m["resp"])}</td>\n'
                    f'  <td class="text-nowrap">{E(m["period"])}</td>\n  <td>{E(m["mon"])}</td>\n  <td>{E(m["out"])}</td>\n  <td>{E(m["outc"])}</td>\n</tr>')
    page = f'''<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ITA 2569 : รายงานผลการดำเนินการตามมาตรการ | {AG}</title>
<link href="/assets/bootstrap-5.3.2/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/hospital.css?v=20260312" rel="stylesheet">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container"><a class="navbar-brand" href="/">🏥 {AG}</a>
<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/service.php">บริการ</a></li><li class="nav-item"><a class="nav-link active" href="/ita.php">ITA</a></li><li class="nav-item"><a class="nav-link" href="/contact.php">ติดต่อเรา</a></li></ul></div></nav>
<div class="container my-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/ita.php">ITA 2570</a></li><li class="breadcrumb-item active" aria-current="page">O36</li></ol></nav>
<div class="row">
<div class="col-lg-9">
<div class="card shadow-sm"><div class="card-body">
<h4 class="card-title text-success">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h4>
<p class="text-muted small">โพสต์เมื่อ 2 ตุลาคม 2569 &middot; กลุ่มงานยุทธศาสตร์และแผนงานโครงการ &middot; อ่าน 214 ครั้ง</p>
<p>{AG} ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน <b>90.77</b> คะแนน ระดับ <span class="badge bg-success">ผ่าน</span> และได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 ผลการดำเนินการรอบ 12 เดือน ดังนี้</p>
<div class="table-responsive">
<table class="table table-bordered table-sm align-top small">
<thead class="table-success text-center align-middle">
<tr><th>ลำดับ</th><th>มาตรการ</th><th>ขั้นตอน/วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ผลผลิต (Output)</th><th>ผลลัพธ์ (Outcome)</th></tr>
</thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
</div>
<p><b>ปัญหาอุปสรรค</b> ระบบคิวออนไลน์ยังไม่เชื่อมกับระบบนัดของคลินิกพิเศษบางคลินิก</p>
<p class="mb-0">ผู้รายงาน นางสาวเบญจมาศ ลำปลายมาศเกษม (นักวิเคราะห์นโยบายและแผน)<br>ผู้อนุมัติ นายแพทย์ณัฐพล สตึกเกษม ผู้อำนวยการโรงพยาบาลบุรีเกษม</p>
<p class="mt-3"><a class="btn btn-outline-success btn-sm" href="/upload/ita/2570/O36-report69.pdf"><i class="bi bi-file-earmark-pdf"></i> ดาวน์โหลดเอกสาร (PDF)</a></p>
</div></div>
</div>
<div class="col-lg-3"><div class="list-group small"><a class="list-group-item list-group-item-action" href="/ita.php?o=35">O35 การวิเคราะห์ผลการประเมิน</a><a class="list-group-item list-group-item-action active" href="/ita.php?o=36">O36 รายงานผลมาตรการ</a><a class="list-group-item list-group-item-action" href="/ita.php?o=37">O37 มาตรการปี 2570</a></div></div>
</div>
</div>
<footer class="bg-dark text-white-50 py-3 small"><div class="container">{AG} 99 หมู่ 4 ถนนบุรีเกษม-นางรอง อำเภอเมืองบุรีเกษม จังหวัดบุรีเกษม โทร. 0 4461 5001 | ผู้เข้าชม 0128844</div></footer>
<script src="/assets/bootstrap-5.3.2/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''
    write(F, page)
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Hospital website page (Bootstrap 5 card, breadcrumb, side list-group): title FY 2569, ITA 2568 score 90.77 with a '
          '"ผ่าน" badge; table-responsive 8-column table 1-5 with own การติดตามผล, steps as <ol> inside the cell, separate '
          'ผลผลิต/ผลลัพธ์; problems line; reporter/approver; PDF download button. COMPLETE.')


# ---------------------------------------------------------------- r04 (อบต., md)
def r04():
    F = 'r04_obt_huaithapkasem_results_2569.md'; AG = 'องค์การบริหารส่วนตำบลห้วยทับเกษม'
    MS = [
     dict(n='(๑)', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและผลการดำเนินโครงการก่อสร้างถนนคอนกรีตเสริมเหล็กในหมู่บ้าน',
          steps='๑. กองคลังสรุปผล สขร.๑ ทุกเดือน\n๒. ติดประกาศที่ทำการ อบต. และหอกระจายข่าว\n๓. เผยแพร่บนเว็บไซต์',
          resp='กองคลัง / กองช่าง', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='ปลัด อบต. ตรวจสอบและรายงานนายก อบต. ทุกเดือน',
          out='เผยแพร่ครบ ๑๒ เดือน ๑๘๖ รายการ', outc='ไม่มีข้อร้องเรียนการจัดซื้อจัดจ้าง'),
     dict(n='(๒)', title='เปิดโอกาสให้ประชาชนร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้างและตรวจสอบการใช้งบประมาณ',
          steps='๑. ประชาคมคัดเลือกผู้แทนหมู่บ้าน\n๒. แต่งตั้งผู้แทนร่วมตรวจรับงาน\n๓. รายงานผลต่อเวทีประชาคม',
          resp='', period='ม.ค. – ก.ย. ๒๕๖๙', mon='รายงานที่ประชุมสภา อบต. สมัยสามัญ',
          out='ผู้แทนประชาชนร่วมตรวจรับ ๒๑ โครงการ', outc='ประชาชนมีส่วนร่วมตรวจสอบทุกโครงการก่อสร้าง'),
     dict(n='(๓)', title='ลดขั้นตอนการให้บริการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้างด้วยหน่วยบริการเคลื่อนที่',
          steps='๑. ออกหน่วยบริการ ๑๓ หมู่บ้าน\n๒. รับชำระผ่าน QR Code\n๓. ออกใบเสร็จอิเล็กทรอนิกส์',
          resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='ก.พ. – เม.ย. ๒๕๖๙', mon='ผู้อำนวยการกองคลังรายงานปลัด อบต.',
          out='ออกหน่วยครบ ๑๓ หมู่บ้าน', outc='จัดเก็บภาษีได้ร้อยละ ๙๔ ของประมาณการ'),
     dict(n='(๔)', title='อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับผู้บริหาร สมาชิกสภา และพนักงาน',
          steps='๑. อบรม ๑ วัน\n๒. ศึกษาดูงานองค์กรต้นแบบ\n๓. ลงนามประกาศเจตนารมณ์',
          resp='สำนักปลัด อบต.', period='มี.ค. ๒๕๖๙', mon='สำนักปลัดสรุปผลเสนอนายก อบต.',
          out='ไม่มี', outc='ผู้เข้าอบรมมีความรู้เพิ่มขึ้นร้อยละ ๘๗'),
    ]
    L = ['# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '',
         f'**{AG}** อำเภอท่าตูมเกษม จังหวัดสุรินทร์เกษม', '',
         '## ๑. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๘', '',
         'อบต.ห้วยทับเกษมได้คะแนน **๘๕.๙๒** คะแนน อยู่ในระดับ **ผ่าน** และได้กำหนดมาตรการ ๔ มาตรการ ผลการดำเนินการ ณ วันที่ '
         '๓๐ กันยายน ๒๕๖๙ มีดังนี้', '',
         '## ๒. ผลการดำเนินการตามมาตรการ', '',
         mdrow(['ที่', 'มาตรการ', 'ขั้นตอนดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลผลิต', 'ผลลัพธ์']),
         '|:---:|---|---|---|---|---|---|---|']
    for m in MS:
        L.append(mdrow([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]))
    L += ['', '## ๓. ปัญหาอุปสรรค', '',
          '- ผู้แทนประชาชนบางหมู่บ้านไม่สะดวกร่วมตรวจรับงานในวันทำการ', '',
          '---', '', 'ผู้รายงาน : นางสาวสุนิสา ชุมพลเกษม  หัวหน้าสำนักปลัด อบต.  ',
          'ผู้อนุมัติ : นายประยูร ท่าตูมเกษมวงศ์  นายกองค์การบริหารส่วนตำบลห้วยทับเกษม', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure (๒): responsible (ผู้รับผิดชอบ) cell empty', 'measure (๔): output (ผลผลิต) is "ไม่มี"'],
          'Markdown: H1 title FY ๒๕๖๙, ITA ๒๕๖๘ ๘๕.๙๒ ผ่าน; 8-column pipe table (๑)-(๔) (Thai digits) with own การติดตามผล, steps '
          '๑. ๒. ๓. joined by <br>; problems list; reporter/approver after a rule.')


# ---------------------------------------------------------------- r07 (court, Word plain text, COMPLETE)
def r07():
    F = 'r07_court_chanthakasem_results_2569.txt'; AG = 'ศาลจังหวัดจันทเกษม'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของศาลรายเดือน',
          steps=['ส่วนคลังสรุปผลการจัดซื้อจัดจ้าง', 'ผู้อำนวยการฯ ตรวจสอบความถูกต้อง', 'เผยแพร่บนเว็บไซต์ศาลภายในวันที่ 15'],
          resp='ส่วนคลัง สำนักงานประจำศาล', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้อำนวยการฯ รายงานผู้พิพากษาหัวหน้าศาลทุกไตรมาส',
          out='เผยแพร่ครบ 12 เดือน 96 รายการ', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ยื่นคำร้องขอปล่อยตัวชั่วคราวผ่านระบบ e-Bail และประกาศ “ไม่มีค่าใช้จ่าย” ทุกจุดบริการ',
          steps=['ประชาสัมพันธ์ระบบ e-Bail', 'ติดป้ายประกาศไม่มีค่าใช้จ่ายทุกจุดบริการ', 'จัดเจ้าหน้าที่แนะนำประจำจุด'],
          resp='ส่วนบริหารจัดการคดี', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปสถิติคำร้องเสนอผู้อำนวยการฯ ทุกเดือน',
          out='คำร้องผ่าน e-Bail 287 คำร้อง', outc='ระยะเวลาพิจารณาคำร้องเฉลี่ยลดลงเหลือ 2 ชั่วโมง'),
     dict(n='3', title='ป้องกันการแอบอ้างเรียกรับเงินเพื่อวิ่งเต้นคดีด้วยการประชาสัมพันธ์และช่องทางแจ้งเบาะแส',
          steps=['จัดทำป้าย “ไม่มีการวิ่งเต้นคดี”', 'เปิดสายด่วนและกล่องรับเรื่องร้องเรียน', 'ตรวจสอบเรื่องร้องเรียนภายใน 7 วัน'],
          resp='ส่วนช่วยอำนวยการ', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานผู้พิพากษาหัวหน้าศาลทุกเดือน',
          out='ป้ายประกาศ 12 จุด เรื่องแจ้งเบาะแส 2 เรื่อง', outc='ตรวจสอบเรื่องแจ้งเบาะแสแล้วเสร็จภายในกำหนดทุกเรื่อง'),
     dict(n='4', title='สำรวจความพึงพอใจและความเชื่อมั่นของคู่ความและประชาชนผู้มาติดต่อราชการ',
          steps=['แจกแบบสำรวจและ QR Code', 'วิเคราะห์ผลรายไตรมาส', 'นำเสนอข้อปรับปรุงต่อที่ประชุมศาล'],
          resp='ส่วนช่วยอำนวยการ (งานประชาสัมพันธ์)', period='ม.ค. – ส.ค. 2569', mon='สรุปผลเสนอผู้พิพากษาหัวหน้าศาลรายไตรมาส',
          out='ผู้ตอบแบบสำรวจ 1,318 ราย', outc='ความพึงพอใจร้อยละ 93.1'),
     dict(n='5', title='อบรมจริยธรรมข้าราชการศาลยุติธรรมและการขัดกันแห่งผลประโยชน์',
          steps=['อบรมร่วมกับสำนักงานศาลยุติธรรมภาค 2', 'ทดสอบหลังอบรม'],
          resp='ส่วนช่วยอำนวยการ (งานการเจ้าหน้าที่)', period='มี.ค. 2569', mon='ส่วนช่วยอำนวยการรายงานผู้อำนวยการฯ',
          out='ผู้เข้าอบรม 58 คน', outc='ผ่านการทดสอบหลังอบรมร้อยละ 97'),
    ]
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2569', AG, '',
         '\tศาลจังหวัดจันทเกษมได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้คะแนน 93.42 คะแนน ระดับผ่าน และได้ดำเนินการตาม'
         'มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 5 ข้อ ผลการดำเนินการรอบ 12 เดือน ดังนี้', '']
    for m in MS:
        L.append(f'ข้อ {m["n"]}. {m["title"]}')
        L.append('\tวิธีดำเนินการ\t:')
        for i, x in enumerate(m['steps'], 1):
            L.append(f'\t\t{m["n"]}.{i} {x}')
        for k, lab in (('resp', 'ผู้รับผิดชอบ\t'), ('period', 'ระยะเวลา\t'), ('mon', 'การติดตามผล\t'), ('out', 'ผลผลิต\t\t'),
                       ('outc', 'ผลลัพธ์\t\t')):
            L.append(f'\t{lab}: {m[k]}')
        L.append('')
    L += ['รายงาน ณ วันที่ 30 กันยายน 2569', '',
          '\t\t\t\t(ลงชื่อ)\tนางสาวพิมพ์ชนก ท่าใหม่เกษม', '\t\t\t\t\tผู้อำนวยการสำนักงานประจำศาลจังหวัดจันทเกษม', '',
          '\t\t\t\t(ลงชื่อ)\tนายกิตติศักดิ์ ขลุงเกษมวงศ์', '\t\t\t\t\tผู้พิพากษาหัวหน้าศาลจังหวัดจันทเกษม', '']
    with open(os.path.join(OUT, F), 'w', encoding='utf-8-sig', newline='') as f:
        f.write('\r\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Word "Save as Plain Text" (UTF-8 with BOM, CRLF, tabs kept): title FY 2569, ITA 2568 93.42; "ข้อ n. title" then a tab-'
          'indented "วิธีดำเนินการ" line with n.1 n.2 steps below it and tab-aligned "label : value" lines (ผู้รับผิดชอบ, ระยะเวลา, '
          'การติดตามผล, ผลผลิต, ผลลัพธ์); signature lines. COMPLETE.')


# ---------------------------------------------------------------- m03 (NEW: TablePress with data-label cells)
def m03():
    F = 'm03_tm_chonkasem_measures_2570.html'; AG = 'เทศบาลเมืองชลเกษม'
    GROUPS = [
     ('ด้านที่ 1 การเปิดเผยข้อมูลและการมีส่วนร่วม', [
      dict(n='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและความก้าวหน้าโครงการปรับปรุงชายหาดและเขื่อนกันคลื่นรายเดือน',
           steps=['กองช่างรวบรวมข้อมูลโครงการ', 'กองคลังสรุปผล สขร.1', 'เผยแพร่บนเว็บไซต์และเพจเทศบาล'],
           resp='กองคลัง / กองช่าง', period='ต.ค. 2569 – ก.ย. 2570', mon='ผู้อำนวยการกองคลังรายงานปลัดเทศบาลทุกเดือน',
           outc='ประชาชนเข้าถึงข้อมูลโครงการครบทุกโครงการ'),
      dict(n='2', title='เปิดรับฟังความคิดเห็นผู้ประกอบการและชุมชนประมงก่อนออกเทศบัญญัติจัดระเบียบพื้นที่ชายหาด',
           steps=['ประกาศเชิญชวนล่วงหน้า 15 วัน', 'จัดเวทีรับฟัง 2 ครั้ง', 'สรุปผลและแจ้งผลการพิจารณา'],
           resp='สำนักปลัดเทศบาล (งานนิติการ)', period='พ.ย. 2569 – ม.ค. 2570', mon='รายงานคณะผู้บริหารเทศบาลหลังเวทีแต่ละครั้ง',
           outc=''),
     ]),
     ('ด้านที่ 2 การป้องกันการทุจริต', [
      dict(n='3', title='ลดดุลยพินิจในการอนุญาตตั้งวางแผงค้าริมชายหาดด้วยการจับสลากต่อหน้าผู้ค้า',
           steps=['ประกาศหลักเกณฑ์และจำนวนแผง', 'จับสลากต่อหน้าผู้ค้าและผู้แทนชุมชน', 'ประกาศผลบนเว็บไซต์'],
           resp='กองสาธารณสุขและสิ่งแวดล้อม', period='ธ.ค. 2569', mon='หน่วยตรวจสอบภายในร่วมสังเกตการณ์และรายงานนายกเทศมนตรี',
           outc='ไม่มีข้อร้องเรียนการจัดสรรแผงค้า'),
      dict(n='4', title='อบรมพนักงานเทศบาลเรื่องการขัดกันแห่งผลประโยชน์ในงานอนุญาตและงานเทศกิจ',
           steps=['อบรม 2 รุ่น', 'ทดสอบหลังอบรม', 'จัดทำคู่มือแนวปฏิบัติ'],
           resp='(ระบุ)', period='ก.พ. – มี.ค. 2570', mon='สรุปผลการอบรมเสนอปลัดเทศบาล',
           outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ 85'),
      dict(n='5', title='ประกาศนโยบาย No Gift Policy และรายงานการรับของขวัญของผู้บริหารและพนักงานเทศบาล',
           steps=['นายกเทศมนตรีประกาศนโยบาย', 'ทุกกองรายงานการรับของขวัญภายใน 15 วันหลังเทศกาล'],
           resp='สำนักปลัดเทศบาล', period='ต.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรวบรวมรายงานเสนอนายกเทศมนตรี',
           outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    rows, rn = [], 2
    for g, ms in GROUPS:
        rows.append(f'<tr class="row-{rn}">\n\t<td colspan="7" class="column-1" data-label="{hd[0]}"><strong>{E(g)}</strong></td>\n</tr>'); rn += 1
        for m in ms:
            vals = [m['n'], E(m['title']), '<br />\n'.join(f'{i}. {E(x)}' for i, x in enumerate(m['steps'], 1)), E(m['resp']),
                    E(m['period']), E(m['mon']), E(m['outc'])]
            tds = ''.join(f'\n\t<td class="column-{j}" data-label="{hd[j-1]}">{v}</td>' for j, v in enumerate(vals, 1))
            rows.append(f'<tr class="row-{rn}">{tds}\n</tr>'); rn += 1
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 &#8211; {AG}</title>
<meta name="generator" content="WordPress 6.6.2" />
<link rel='stylesheet' id='tablepress-default-css' href='https://www.chonkasem.go.th/wp-content/plugins/tablepress/css/build/default.css?ver=2.4.2' media='all' />
<style id='tablepress-custom-inline-css'>
.tablepress thead th{{background-color:#0b5394;color:#fff;text-align:center}}
.tablepress tbody td[colspan]{{background-color:#dfe9f5}}
@media (max-width:768px){{.tablepress.tbl-stack thead{{display:none}}.tablepress.tbl-stack tr{{display:block;margin-bottom:1em;border:1px solid #ccc}}.tablepress.tbl-stack td{{display:block;text-align:right;border:none}}.tablepress.tbl-stack td::before{{content:attr(data-label);float:left;font-weight:700;padding-right:.5em}}.tablepress.tbl-stack td[colspan]::before{{content:none}}}}
</style>
<link rel='stylesheet' id='generatepress-main-css' href='https://www.chonkasem.go.th/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<script src="https://www.chonkasem.go.th/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="page-template-default page page-id-1187 wp-embed-responsive no-sidebar nav-float-right one-container header-aligned-left">
<a class="screen-reader-text skip-link" href="#content" title="ข้ามไปยังเนื้อหา">ข้ามไปยังเนื้อหา</a>
<header class="site-header" id="masthead"><div class="inside-header grid-container"><div class="site-branding"><p class="main-title"><a href="https://www.chonkasem.go.th/" rel="home">{AG}</a></p><p class="site-description">เมืองน่าอยู่ ชายหาดสะอาด ประชาชนมีส่วนร่วม</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">หน้าหลัก</a></li><li class="menu-item"><a href="/about/">ข้อมูลเทศบาล</a></li><li class="menu-item current-menu-ancestor"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อ</a></li></ul></nav></div></header>
<div class="site grid-container container" id="page"><div class="site-content" id="content">
<div class="content-area" id="primary"><main class="site-main" id="main">
<article id="post-1187" class="post-1187 page type-page status-publish"><div class="inside-article">
<header class="entry-header"><h1 class="entry-title">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1></header>
<div class="entry-content">
<p>{AG} อำเภอเมืองชลเกษม จังหวัดชลเกษม</p>
<h3 class="wp-block-heading">1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h3>
<p>เทศบาลเมืองชลเกษมได้คะแนน <strong>87.34</strong> คะแนน อยู่ในระดับ <strong>ผ่าน</strong> (เกณฑ์ผ่าน 85 คะแนนขึ้นไป)</p>
<h3 class="wp-block-heading">2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน</h3>
<ul class="wp-block-list"><li>ข้อมูลความก้าวหน้าโครงการก่อสร้างริมชายหาดไม่เป็นปัจจุบัน (OIT)</li><li>ผู้ค้าเห็นว่าการอนุญาตตั้งวางแผงค้ามีการใช้ดุลยพินิจ (EIT)</li></ul>
<h3 class="wp-block-heading">3. ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h3>
<ul class="wp-block-list"><li>การรับฟังความคิดเห็นก่อนออกเทศบัญญัติ</li><li>ความรู้เรื่องการขัดกันแห่งผลประโยชน์ของพนักงาน</li><li>การรับของขวัญในเทศกาล</li></ul>
<h3 class="wp-block-heading">4. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h3>

<h2 id="tablepress-12-name" class="tablepress-table-name tablepress-table-name-id-12">มาตรการ ITA ปีงบประมาณ 2570</h2>

<table id="tablepress-12" class="tablepress tablepress-id-12 tbl-stack" aria-labelledby="tablepress-12-name" aria-describedby="tablepress-12-description">
<thead>
<tr class="row-1">
{"".join(f'	<th class="column-{j}">{h}</th>' + chr(10) for j, h in enumerate(hd, 1))}</tr>
</thead>
<tbody class="row-striping row-hover">
{chr(10).join(rows)}
</tbody>
</table>
<span id="tablepress-12-description" class="tablepress-table-description tablepress-table-description-id-12">ประกาศ ณ วันที่ 25 ตุลาคม 2569 &#8211; นายสุวิทย์ บางแสนเกษม นายกเทศมนตรีเมืองชลเกษม</span>
<!-- #tablepress-12 from cache -->
</div></div></article>
</main></div></div></div>
<footer class="site-info"><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2026 {AG} &bull; สร้างด้วย GeneratePress</div></div></footer>
<script src="https://www.chonkasem.go.th/wp-content/plugins/tablepress/js/jquery.datatables.min.js?ver=2.4.2" id="tablepress-datatables-js"></script>
<script>
var DataTables_language={{}};
DataTables_language["th_TH"]={{"emptyTable":"ไม่มีข้อมูลในตาราง","info":"แสดง _START_ ถึง _END_ จาก _TOTAL_ แถว","search":"ค้นหา:","zeroRecords":"ไม่พบข้อมูล"}};
jQuery((e)=>{{e("#tablepress-12").DataTable({{"language":DataTables_language["th_TH"],"ordering":false,"paging":false,"info":false,"searching":true}});}});
</script>
</body>
</html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 2: expected result (ผลที่คาดว่าจะได้รับ) cell empty', 'measure 4: responsible (ผู้รับผิดชอบ) is "(ระบุ)"'],
          'NEW FORM: a WordPress (GeneratePress) page whose measure table is a TABLEPRESS table (tablepress-id-12, "row-n" / '
          '"column-n" classes, <tbody class="row-striping row-hover">, table name <h2> above and table description <span> below '
          'it, "from cache" comment, DataTables init with Thai language strings, paging off) made RESPONSIVE by a "stacked cards" '
          'CSS: every <td> carries a data-label attribute naming its column (td::before{content:attr(data-label)} under 768 px, '
          'thead hidden). An empty cell still has its data-label (measure 2 outcome) - the label text is not content. Group rows '
          '"ด้านที่ 1/2" are TablePress #colspan# rows rendered as <td colspan="7" data-label="ที่"> (not measures). Title FY '
          '2570, ITA 2569 87.34 ผ่าน, weaknesses and improvements as <h3> + <ul>; 7 columns 1-5 with own การติดตามผล; '
          '"ผลที่คาดว่าจะได้รับ" = outcome; output never stated (missing by convention); steps "1. … <br />".',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m04 (prosecutor, md, WEAKNESSES missing)
def m04():
    F = 'm04_ago_nangrongkasem_measures_2570.md'; AG = 'สำนักงานอัยการจังหวัดนางรองเกษม'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของสำนักงานรายไตรมาส',
          steps=['ฝ่ายอำนวยการสรุปผลการจัดซื้อจัดจ้าง', 'อัยการจังหวัดตรวจสอบ', 'เผยแพร่บนเว็บไซต์สำนักงาน'],
          resp='ฝ่ายอำนวยการ (งานการเงินและพัสดุ)', period='ต.ค. 2569 – ก.ย. 2570', mon='หัวหน้าฝ่ายอำนวยการรายงานอัยการจังหวัดทุกไตรมาส',
          outc='ข้อมูลการจัดซื้อจัดจ้างเผยแพร่ครบ 4 ไตรมาส'),
     dict(n='2', title='ให้บริการคำปรึกษากฎหมายแก่ประชาชนโดยไม่มีค่าใช้จ่ายและแจ้งผลผ่านช่องทางออนไลน์',
          steps=['ประกาศ “บริการฟรี ไม่มีค่าใช้จ่าย” ทุกจุดบริการ', 'รับคำปรึกษาผ่าน LINE OA และโทรศัพท์', 'บันทึกทะเบียนการให้คำปรึกษา'],
          resp='สำนักงานคุ้มครองสิทธิและช่วยเหลือทางกฎหมายแก่ประชาชน', period='ต.ค. 2569 – ก.ย. 2570',
          mon='รายงานสถิติการให้บริการต่ออัยการจังหวัดทุกเดือน', outc='ผู้รับบริการพึงพอใจไม่น้อยกว่าร้อยละ 90'),
     dict(n='3', title='ป้องกันการแอบอ้างเรียกรับเงินเพื่อช่วยเหลือทางคดีด้วยการประชาสัมพันธ์และช่องทางร้องเรียน',
          steps=['ติดป้ายประกาศ “ไม่มีการวิ่งเต้นคดี”', 'เปิดช่องทางร้องเรียนทางเว็บไซต์และ QR Code', 'ตรวจสอบเรื่องร้องเรียนภายใน 7 วัน'],
          resp='ฝ่ายอำนวยการ', period='ต.ค. 2569 – ก.ย. 2570', mon='-',
          outc='ไม่มีเรื่องร้องเรียนการเรียกรับเงินที่มีมูล'),
     dict(n='4', title='อบรมจริยธรรมข้าราชการอัยการและเจ้าหน้าที่ธุรการเรื่องการขัดกันแห่งผลประโยชน์',
          steps=['อบรมผ่านระบบ e-Learning สำนักงานอัยการสูงสุด', 'ทดสอบหลังอบรม'],
          resp='ฝ่ายอำนวยการ (งานบุคคล)', period='ม.ค. – มี.ค. 2570', mon='สรุปผลการอบรมเสนออัยการจังหวัด',
          outc='บุคลากรผ่านการอบรมร้อยละ 100'),
    ]
    L = ['# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', '',
         f'> {AG} · สำนักงานอัยการภาค 3', '',
         '## 1. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569', '',
         'สำนักงานอัยการสูงสุดได้คะแนน ITA **90.12** คะแนน ระดับ **ผ่าน** สำนักงานอัยการจังหวัดนางรองเกษมได้นำผลการประเมินมาวิเคราะห์'
         'ร่วมกับบริบทของสำนักงาน ดังนี้', '',
         '## 2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '',
         '- การรับรู้ของประชาชนว่าบริการคำปรึกษากฎหมายไม่มีค่าใช้จ่าย',
         '- การประชาสัมพันธ์ช่องทางร้องเรียนกรณีแอบอ้างเรียกรับเงิน',
         '- ความรู้เรื่องการขัดกันแห่งผลประโยชน์ของเจ้าหน้าที่', '',
         '## 3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '']
    for m in MS:
        L += [f'### มาตรการที่ {m["n"]} {m["title"]}', '', '**ขั้นตอน/วิธีการ**', '']
        L += [f'{i}. {x}' for i, x in enumerate(m['steps'], 1)]
        L += ['', f'**ผู้รับผิดชอบ** : {m["resp"]}  ', f'**ระยะเวลา** : {m["period"]}  ', f'**การติดตามผล** : {m["mon"]}  ',
              f'**ผลที่คาดว่าจะได้รับ** : {m["outc"]}', '']
    L += ['---', '', 'ประกาศ ณ วันที่ 30 ตุลาคม 2569  ', 'นายชาญวิทย์ ละหานทรายเกษม  ', 'อัยการจังหวัดนางรองเกษม', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['WEAKNESSES section (ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน) missing - only "ประเด็นที่ต้องพัฒนาให้ดีขึ้น"',
           'measure 3: การติดตามผล is "-"'],
          'Markdown: H1 title FY 2570, blockquote agency line, ITA 2569 90.12 ผ่าน (the OAG score); ONLY the improvements section '
          '(no weaknesses section); one H3 "มาตรการที่ n title" per measure, bold "ขั้นตอน/วิธีการ" + numbered steps, then bold '
          '"label : value" lines with trailing double-space line breaks; "ผลที่คาดว่าจะได้รับ" = outcome; output never stated '
          '(missing by convention).',
          sections={'weaknesses': 'missing', 'improvements': 'present'})


# ---------------------------------------------------------------- m05 (school, tab text, WRONG FY in title)
def m05():
    F = 'm05_school_prasatkasem_measures_2569.txt'; AG = 'โรงเรียนปราสาทเกษมวิทยา'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายเงินอุดหนุนรายหัวของโรงเรียน',
          steps='๑) สรุปผลการจัดซื้อจัดจ้างรายเดือน / ๒) เผยแพร่บนเว็บไซต์โรงเรียน / ๓) รายงานคณะกรรมการสถานศึกษา',
          resp='กลุ่มบริหารงบประมาณ', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รองผู้อำนวยการกลุ่มบริหารงบประมาณรายงานผู้อำนวยการทุกเดือน',
          outc='ข้อมูลเผยแพร่ครบ ๑๒ เดือน'),
     dict(n='๒', title='ประกาศหลักเกณฑ์การรับนักเรียนและผลการคัดเลือกอย่างเปิดเผย ไม่มีการเรียกรับเงินบำรุงการศึกษา',
          steps='ไม่มี', resp='กลุ่มบริหารวิชาการ (งานรับนักเรียน)', period='ก.พ. – พ.ค. ๒๕๗๐',
          mon='คณะกรรมการรับนักเรียนรายงานผู้อำนวยการและ สพม.', outc='ไม่มีข้อร้องเรียนการรับนักเรียน'),
     dict(n='๓', title='เปิดให้ผู้ปกครองมีส่วนร่วมตรวจสอบโครงการอาหารกลางวันและการจัดซื้อวัตถุดิบ',
          steps='๑) แต่งตั้งผู้แทนผู้ปกครองร่วมตรวจรับวัตถุดิบ / ๒) เผยแพร่รายการอาหารและราคาต่อหน่วย / ๓) สุ่มชิมอาหารรายสัปดาห์',
          resp='กลุ่มบริหารทั่วไป (งานโภชนาการ)', period='พ.ค. ๒๕๗๐ – ก.ย. ๒๕๗๐', mon='รายงานคณะกรรมการสถานศึกษาภาคเรียนละครั้ง',
          outc='ผู้ปกครองพึงพอใจโครงการอาหารกลางวันร้อยละ ๙๐'),
     dict(n='๔', title='อบรมครูและบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อนและการไม่รับของขวัญจากผู้ปกครอง',
          steps='๑) อบรมในวันเปิดภาคเรียน / ๒) ลงนามประกาศเจตนารมณ์ No Gift Policy / ๓) แจ้งผู้ปกครองทางกลุ่ม LINE',
          resp='กลุ่มบริหารงานบุคคล', period='พ.ค. ๒๕๗๐', mon='รองผู้อำนวยการกลุ่มบริหารงานบุคคลสรุปผลเสนอผู้อำนวยการ',
          outc='ไม่พบการรับของขวัญจากผู้ปกครอง'),
    ]
    T = '\t'
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ พ.ศ. ๒๕๖๙', AG + '  สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสุรินทร์เกษม',
         '', 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๙ (ผลของ สพม.สุรินทร์เกษม) : ๘๘.๗๖ คะแนน ระดับผ่าน', '',
         'ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', T + '- ผู้ปกครองไม่ทราบหลักเกณฑ์การรับนักเรียน (EIT)',
         T + '- ยังไม่เผยแพร่ข้อมูลการใช้จ่ายเงินอุดหนุนรายหัว (OIT)',
         'ประเด็นที่ต้องพัฒนาให้ดีขึ้น', T + '- การมีส่วนร่วมของผู้ปกครองในการตรวจสอบโครงการอาหารกลางวัน',
         T + '- การรับของขวัญของครูในเทศกาล', '',
         T.join(['ที่', 'มาตรการ', 'วิธีการ/ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ'])]
    for m in MS:
        L.append(T.join([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]))
    L += ['', 'ผู้เสนอ' + T + 'นางสาวรัตนา สังขะเกษม' + T + 'รองผู้อำนวยการกลุ่มบริหารทั่วไป',
          'ผู้อนุมัติ' + T + 'นายวิชัย กาบเชิงเกษม' + T + 'ผู้อำนวยการโรงเรียนปราสาทเกษมวิทยา', '']
    with open(os.path.join(OUT, F), 'w', encoding='utf-8', newline='') as f:
        f.write('\r\n'.join(L))
    label(F, 'measures', 2569, AG, 'measure', MS,
          ['fiscal year: the title says ปีงบประมาณ พ.ศ. ๒๕๖๙ for the FY ๒๕๗๐ measures (they answer the ITA ๒๕๖๙ result and run ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐) - WRONG FY in the title',
           'measure ๒: steps (วิธีการ/ขั้นตอน) is "ไม่มี"'],
          'Tab-separated text (copied from an Excel sheet, CRLF): title says FY ๒๕๖๙ (WRONG - should be ๒๕๗๐; fiscal_year labels '
          'what the title declares), agency line, ITA ๒๕๖๙ ๘๘.๗๖ ผ่าน, both analysis sections with tab-indented "- " items, then a '
          '7-column tab table ๑-๔ (steps "๑) … / ๒) …" in one cell) with own การติดตามผล; "ตัวชี้วัด/ผลที่คาดว่าจะได้รับ" = outcome; '
          'output never stated (missing by convention); proposer/approver lines.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- p02 (เทศบาลตำบล plan, html rowspan)
def p02():
    F = 'p02_tt_khaosamingkasem_plan_2570.html'; AG = 'เทศบาลตำบลเขาสมิงเกษม'
    GROUPS = [
     ('1. เสริมสร้างความโปร่งใสในการบริหารงาน', [
      dict(n='1.1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและงบประมาณรายจ่ายประจำปีผ่านเว็บไซต์และหอกระจายข่าว',
           steps=['กองคลังสรุปผลรายเดือน', 'เผยแพร่ภายในวันที่ 10', 'ประกาศเสียงตามสายเดือนละครั้ง'],
           resp='กองคลัง', period='ต.ค. 2569 – ก.ย. 2570', mon='ปลัดเทศบาลตรวจสอบรายเดือน', outc='ข้อมูลเผยแพร่ครบ 12 เดือน'),
      dict(n='1.2', title='ประกาศขั้นตอนและระยะเวลาการขออนุญาตขุดดินถมดินและก่อสร้างอาคาร',
           steps=['ทบทวนคู่มือประชาชน', 'ติดประกาศ ณ จุดบริการ', 'แจ้งผลการพิจารณาทาง LINE OA'],
           resp='กองช่าง', period='ต.ค. – ธ.ค. 2569', mon='ผู้อำนวยการกองช่างรายงานปลัดเทศบาลรายไตรมาส',
           outc='คำขออนุญาตแล้วเสร็จภายในเวลาที่ประกาศร้อยละ 95'),
      dict(n='1.3', title='เปิดให้ชุมชนร่วมตรวจสอบโครงการขุดลอกคลองและก่อสร้างฝายชะลอน้ำ',
           steps=['คัดเลือกผู้แทนชุมชน', 'ร่วมตรวจรับงาน', 'รายงานผลต่อเวทีประชาคม'],
           resp='กองช่าง / ผู้นำชุมชน', period='', mon='รายงานในเวทีประชาคมเทศบาล',
           outc='ทุกโครงการมีผู้แทนชุมชนร่วมตรวจรับ'),
     ]),
     ('2. ป้องกันการทุจริตและผลประโยชน์ทับซ้อน', [
      dict(n='2.1', title='ประเมินความเสี่ยงการทุจริตในงานจัดเก็บรายได้และงานอนุญาต',
           steps=['ระบุกระบวนงานเสี่ยง', 'จัดทำมาตรการควบคุม', 'ทบทวนรอบ 6 เดือน'],
           resp='สำนักปลัดเทศบาล / หน่วยตรวจสอบภายใน', period='พ.ย. 2569 – เม.ย. 2570', mon='หน่วยตรวจสอบภายในรายงานนายกเทศมนตรี',
           outc='มีมาตรการควบคุมครบทุกกระบวนงานเสี่ยง'),
      dict(n='2.2', title='อบรมพนักงานเทศบาลเรื่องประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์',
           steps=['อบรม 1 วัน', 'ทดสอบหลังอบรม'],
           resp='สำนักปลัดเทศบาล', period='ก.พ. 2570', mon='สรุปผลเสนอปลัดเทศบาล', outc='-'),
      dict(n='2.3', title='ประกาศนโยบายไม่รับของขวัญและรายงานการรับของขวัญทุกเทศกาล',
           steps=['นายกเทศมนตรีประกาศนโยบาย', 'ทุกกองรายงานตามแบบ'],
           resp='สำนักปลัดเทศบาล', period='ต.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรวบรวมรายงานเสนอนายกเทศมนตรี',
           outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    rows = []
    for g, ms in GROUPS:
        for k, m in enumerate(ms):
            first = f'<td rowspan="{len(ms)}" class="issue">{E(g)}</td>' if k == 0 else ''
            st = '<br>'.join(f'- {E(x)}' for x in m['steps'])
            rows.append(f'<tr>{first}<td align="center">{m["n"]}</td><td>{E(m["title"])}</td><td>{st}</td><td>{E(m["resp"])}</td>'
                        f'<td>{E(m["period"])}</td><td>{E(m["mon"])}</td><td>{E(m["outc"])}</td></tr>')
    page = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{AG} :: แผนขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570</title>
<link rel="stylesheet" href="css/style.css" type="text/css">
<style>
table.plan {{ border-collapse: collapse; width: 100%; font-size: 14px; }}
table.plan th {{ background: #7b1fa2; color: #fff; padding: 6px; border: 1px solid #999; }}
table.plan td {{ border: 1px solid #999; padding: 4px 6px; vertical-align: top; }}
td.issue {{ background: #f3e5f5; font-weight: bold; }}
</style>
</head>
<body bgcolor="#ffffff">
<div id="header"><img src="images/banner2569.jpg" width="980" height="180" alt="{AG}"></div>
<div id="menu"><a href="index.php">หน้าแรก</a> | <a href="news.php">ข่าวประชาสัมพันธ์</a> | <a href="ita.php">ITA</a> | <a href="webboard.php">กระดานถาม-ตอบ</a></div>
<div id="content">
<p class="topic">แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570</p>
<p>{AG} อำเภอแหลมงอบเกษม จังหวัดตราดเกษม</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 เทศบาลได้ 86.20 คะแนน ระดับผ่าน จึงจัดทำแผนการขับเคลื่อนเพื่อยกระดับผลการประเมินในปี 2570 ดังนี้</p>
<table class="plan">
<tr><th>ประเด็น</th><th>ที่</th><th>กิจกรรม</th><th>วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ตัวชี้วัด</th></tr>
{chr(10).join(rows)}
</table>
<p>&nbsp;</p>
<p>ผู้จัดทำ : นายอดิศักดิ์ เกาะช้างเกษม ปลัดเทศบาลตำบลเขาสมิงเกษม<br>ผู้อนุมัติ : นางพัชรินทร์ บ่อไร่เกษม นายกเทศมนตรีตำบลเขาสมิงเกษม</p>
<p align="right"><font size="2" color="#666666">ปรับปรุงข้อมูลล่าสุด 3 พฤศจิกายน 2569 | เข้าชม 412 ครั้ง</font></p>
</div>
<div id="footer">{AG} โทร. 0 3952 1177 โทรสาร 0 3952 1178 | Copyright &copy; 2569</div>
</body>
</html>
'''
    write(F, page)
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 1.3: period (ระยะเวลา) cell empty', 'activity 2.2: indicator (ตัวชี้วัด) is "-"'],
          'Old-style municipal website page (PHP template, banner image, table.plan): title "แผนการขับเคลื่อน…" FY 2570, ITA 2569 '
          '86.20 ผ่าน; 8 columns where the first column "ประเด็น" is a ROWSPAN cell over its activities (an issue label, not an '
          'activity); activities 1.1-2.3 with "- " steps joined by <br>; own การติดตามผล; "ตัวชี้วัด" = outcome; output never '
          'stated (missing by convention); preparer/approver lines.')


# ---------------------------------------------------------------- p03 (land office plan, md, COMPLETE)
def p03():
    F = 'p03_dol_burikasem_plan_2570.md'; AG = 'สำนักงานที่ดินจังหวัดบุรีเกษม'
    GROUPS = [
     ('แนวทางที่ 1 ลดการใช้ดุลยพินิจและเพิ่มความโปร่งใสในงานบริการ', [
      dict(n='1.1', title='ประกาศขั้นตอน ระยะเวลา และค่าธรรมเนียมการจดทะเบียนสิทธิและนิติกรรมทุกประเภท ณ จุดบริการและบนเว็บไซต์',
           steps='ทบทวนคู่มือประชาชน; จัดทำป้ายและ QR Code; เผยแพร่บนเว็บไซต์', resp='ฝ่ายทะเบียน', period='ต.ค. – ธ.ค. 2569',
           outc='ผู้รับบริการทราบค่าธรรมเนียมก่อนยื่นคำขอทุกราย'),
      dict(n='1.2', title='ให้บริการจองคิวออนไลน์และระบบบัตรคิวอัตโนมัติเพื่อลดการแซงคิว',
           steps='เปิดจองคิวผ่านแอปพลิเคชัน; ติดตั้งตู้บัตรคิว; แสดงสถานะคิวบนจอ', resp='ฝ่ายอำนวยการ / ฝ่ายทะเบียน',
           period='พ.ย. 2569 – ก.ย. 2570', outc='ไม่มีข้อร้องเรียนการแซงคิว'),
      dict(n='1.3', title='รังวัดที่ดินเป็นทีมและแจ้งค่าใช้จ่ายการรังวัดล่วงหน้าผ่าน SMS',
           steps='จัดชุดรังวัดอย่างน้อย 2 คน; แจ้งค่าใช้จ่ายล่วงหน้า; ประกาศผลการรังวัด', resp='ฝ่ายรังวัด',
           period='ต.ค. 2569 – ก.ย. 2570', outc='ผู้ขอรังวัดได้รับแจ้งค่าใช้จ่ายล่วงหน้าร้อยละ 100'),
     ]),
     ('แนวทางที่ 2 เสริมสร้างวัฒนธรรมองค์กรสุจริต', [
      dict(n='2.1', title='อบรมเจ้าหน้าที่เรื่องการขัดกันแห่งผลประโยชน์และการปฏิเสธการรับสินน้ำใจ',
           steps='อบรม 1 วัน; ทดสอบหลังอบรม; ลงนามประกาศเจตนารมณ์', resp='ฝ่ายอำนวยการ', period='ม.ค. 2570',
           outc='เจ้าหน้าที่ผ่านการทดสอบร้อยละ 90'),
      dict(n='2.2', title='ประกาศนโยบายไม่รับของขวัญและสินน้ำใจจากผู้มาติดต่อราชการ (No Gift Policy)',
           steps='เจ้าพนักงานที่ดินจังหวัดประกาศนโยบาย; ติดประกาศทุกจุดบริการ; รายงานการรับของขวัญ', resp='เจ้าพนักงานที่ดินจังหวัด',
           period='ต.ค. 2569 – ก.ย. 2570', outc='ไม่พบการรับของขวัญหรือสินน้ำใจ'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    L = ['# แนวทางและมาตรการในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน (ITA) ประจำปีงบประมาณ พ.ศ. 2570', '',
         f'**{AG}** (รวมสาขาและส่วนแยก 6 แห่ง)', '',
         '## 1. ผลการประเมินที่ผ่านมา', '',
         'ปีงบประมาณ พ.ศ. 2569 กรมที่ดินได้คะแนน ITA 91.84 คะแนน ระดับผ่าน สำนักงานที่ดินจังหวัดบุรีเกษมได้วิเคราะห์ข้อร้องเรียนและ'
         'ข้อเสนอแนะของผู้รับบริการในพื้นที่ แล้วกำหนดแนวทางและมาตรการ ดังนี้', '',
         '## 2. แนวทางและมาตรการ', '',
         mdrow(['ลำดับ', 'มาตรการ/กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ตัวชี้วัดความสำเร็จ']),
         '|---|---|---|---|---|---|']
    for g, ms in GROUPS:
        L.append(mdrow([f'**{g}**', '', '', '', '', '']))
        for m in ms:
            st = '<br>'.join(f'({i}) {x}' for i, x in enumerate(m['steps'].split('; '), 1))
            L.append(mdrow([m['n'], m['title'], st, m['resp'], m['period'], m['outc']]))
    L += ['', '## 3. การติดตามและประเมินผล', '',
          'ให้ฝ่ายที่รับผิดชอบรายงานผลการดำเนินการตามแนวทางและมาตรการแต่ละกิจกรรมต่อเจ้าพนักงานที่ดินจังหวัดทุกไตรมาส และฝ่ายอำนวยการ'
          'สรุปผลรอบ 6 เดือนและ 12 เดือนรายงานกรมที่ดิน พร้อมเผยแพร่บนเว็บไซต์สำนักงาน', '',
          'ประกาศ ณ วันที่ 9 พฤศจิกายน 2569', '', 'นางสาวอัญชลี พุทไธสงเกษม  ', 'เจ้าพนักงานที่ดินจังหวัดบุรีเกษม', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Markdown: H1 "แนวทางและมาตรการในการยกระดับ…" FY 2570, DOL ITA 2569 91.84; 6-column pipe table with bold group rows '
          '"แนวทางที่ 1/2" (first cell only, others empty - not activities); activities 1.1-2.2 with (1)(2)(3) steps joined by <br>; '
          'NO follow-up column - section 3 "การติดตามและประเมินผล" (quarterly report of every activity, 6/12-month summary) is a '
          'general monitoring statement that counts for every activity; "ตัวชี้วัดความสำเร็จ" = outcome; output never stated '
          '(missing by convention). COMPLETE.', gmon=True)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r02', 'r03', 'r04', 'r07', 'm03', 'm04', 'm05', 'p02', 'p03']:
        globals()[w]()
        print('built', w)
