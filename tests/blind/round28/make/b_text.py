"""Text documents: r03 (อบต. results, md headings + bullet label lines, COMPLETE), r04 (NEW: a school's BLOGGER POST saved from
the browser as HTML - Blogger "Simple" theme markup, navbar, post body typed in Blogger's compose editor as <div> lines with
&nbsp; indents and <b> labels, share buttons, labels, comment form, blog pager, and a sidebar POPULAR POSTS widget whose
snippet quotes last year's measures post), r05 (provincial land transport office, plain text, CONTRADICTORY score), m01 (NEW:
a GOOGLE DOCS "File > Download > Markdown (.md)" export - backslash escapes, {#anchor} heading ids with a linked table of
contents, pipe tables with ':----' alignment rows and <br> between cell paragraphs, a reference-style data-URI image),
m03 (hospital, Bootstrap html, WRONG BAND), m04 (อบจ., plain text, WEAKNESSES section missing), p01 (เทศบาลตำบล plan, md, one
pipe table per ด้าน, COMPLETE), p02 (university faculty plan, plain text blocks), p03 (provincial court plan, html, own
follow-up activity)."""
import sys, base64, io
import html as H
from common import *

E = H.escape


def mdrow(cells):
    return '| ' + ' | '.join(c.replace('\n', '<br>') for c in cells) + ' |'


def steps_txt(ls, fmt='{i}. {x}'):
    return [fmt.format(i=i, x=x, ti=th(i)) for i, x in enumerate(ls, 1)]


# ---------------------------------------------------------------- r03 (อบต., md, COMPLETE)
def r03():
    F = 'r03_obt_bangrakamthara_results_2569.md'; AG = 'องค์การบริหารส่วนตำบลบางระกำธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและผลการใช้จ่ายงบประมาณรายไตรมาสผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์หมู่บ้าน',
          steps=['กองคลังสรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1 ทุกเดือน', 'สรุปผลการใช้จ่ายงบประมาณรายไตรมาส', 'เผยแพร่บนเว็บไซต์และบอร์ด 14 หมู่บ้าน'],
          resp='กองคลัง', period='ต.ค. 2568 – ก.ย. 2569', mon='ปลัด อบต. ตรวจสอบและรายงานนายก อบต. ทุกไตรมาส',
          out='เผยแพร่ครบ 12 เดือน 4 ไตรมาส', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง ประชาชนเข้าถึงข้อมูลเพิ่มขึ้น'),
     dict(n='2', title='ให้บริการรับชำระภาษีที่ดินและสิ่งปลูกสร้างนอกสถานที่ (หน่วยบริการเคลื่อนที่) พร้อมออกใบเสร็จทันที',
          steps=['จัดตารางออกหน่วยบริการ 14 หมู่บ้าน', 'รับชำระด้วยเครื่องออกใบเสร็จแบบพกพา', 'นำส่งเงินภายในวันเดียวกัน'],
          resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='ก.พ. – เม.ย. 2569', mon='หัวหน้างานจัดเก็บรายได้รายงานผู้อำนวยการกองคลังทุกสัปดาห์',
          out='ออกหน่วย 14 ครั้ง รับชำระ 1,126 ราย', outc='จัดเก็บภาษีได้ร้อยละ 97 ของประมาณการ ไม่พบเงินขาดบัญชี'),
     dict(n='3', title='เปิดช่องทางรับเรื่องร้องเรียนการทุจริตผ่าน QR Code และตู้รับเรื่องร้องเรียนหน้าสำนักงาน',
          steps=['ติดตั้ง QR Code และตู้รับเรื่องร้องเรียน', 'เปิดตู้ต่อหน้าคณะกรรมการทุกสัปดาห์', 'แจ้งผลการดำเนินการแก่ผู้ร้องภายใน 15 วัน'],
          resp='สำนักปลัด (งานนิติการ)', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปเรื่องร้องเรียนรายงานนายก อบต. ทุกเดือน',
          out='เรื่องร้องเรียน 9 เรื่อง ดำเนินการแล้วเสร็จ 9 เรื่อง', outc='ผู้ร้องได้รับแจ้งผลภายในกำหนดทุกเรื่อง'),
     dict(n='4', title='อบรมผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบลเรื่องประมวลจริยธรรมและการขัดกันแห่งผลประโยชน์',
          steps=['จัดอบรม 1 วัน', 'ทดสอบก่อน–หลังการอบรม', 'ลงนามประกาศเจตนารมณ์ต่อต้านการทุจริต'],
          resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='มี.ค. 2569', mon='งานการเจ้าหน้าที่สรุปผลเสนอปลัด อบต.',
          out='ผู้เข้าอบรม 58 คน', outc='ผ่านการทดสอบหลังอบรมร้อยละ 93'),
    ]
    L = [f'# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569', '',
         f'**{AG}** อำเภอบางระกำธารา จังหวัดพิษณุธารา', '',
         '> ตัวชี้วัด O36 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', '',
         '## 1. ผลการประเมิน ITA ปี 2568', '',
         f'{AG} ได้คะแนน ITA ประจำปีงบประมาณ พ.ศ. 2568 เท่ากับ **90.82 คะแนน** ผลการประเมิน **ผ่าน** '
         'จึงดำเนินการตามมาตรการ 4 มาตรการ ผลการดำเนินการ ณ วันที่ 30 กันยายน 2569 ดังนี้', '',
         '## 2. ผลการดำเนินการตามมาตรการ', '']
    for m in MS:
        L += [f'### มาตรการที่ {m["n"]} : {m["title"]}', '', '- **ขั้นตอนการดำเนินงาน**']
        L += ['    ' + x for x in steps_txt(m['steps'])]
        L += [f'- **ผู้รับผิดชอบ** : {m["resp"]}', f'- **ระยะเวลาดำเนินการ** : {m["period"]}', f'- **การติดตามผล** : {m["mon"]}',
              f'- **ผลการดำเนินงาน (Output)** : {m["out"]}', f'- **ผลลัพธ์ (Outcome)** : {m["outc"]}', '']
    L += ['## 3. ปัญหาและอุปสรรค', '', 'ประชาชนบางส่วนยังไม่ทราบช่องทางร้องเรียนผ่าน QR Code จะประชาสัมพันธ์ผ่านหอกระจายข่าวเพิ่มเติม', '',
          '---', '', 'ผู้รายงาน : นางสาวอรุณี ชุมแสงธารา นักวิเคราะห์นโยบายและแผน  ', 'ผู้อนุมัติ : นายบุญเลิศ พรหมพิรามธารา นายกองค์การบริหารส่วนตำบลบางระกำธารา', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Markdown: H1 title FY 2569, ITA 2568 90.82 ผ่าน; "### มาตรการที่ n : title" then a bullet list: "**ขั้นตอนการดำเนินงาน**" with '
          'indented "1. 2. 3." lines, and bold-label bullets ผู้รับผิดชอบ / ระยะเวลาดำเนินการ / การติดตามผล / ผลการดำเนินงาน (Output) / '
          'ผลลัพธ์ (Outcome); problems; reporter/approver. COMPLETE.')


# ---------------------------------------------------------------- r04 (NEW: Blogger post saved as HTML)
def r04():
    F = 'r04_school_srisamrongthara_results_2569.html'; AG = 'โรงเรียนศรีสำโรงธาราวิทยา'
    MS = [
     dict(n='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายเงินอุดหนุนรายหัวของโรงเรียนทางเว็บไซต์และเพจโรงเรียน',
          steps=['งานพัสดุสรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1', 'งานการเงินสรุปการใช้จ่ายเงินอุดหนุนรายภาคเรียน', 'ประชาสัมพันธ์เผยแพร่บนเว็บไซต์และเพจ'],
          resp='กลุ่มบริหารงบประมาณ', period='ต.ค. 2568 – ก.ย. 2569', mon='รองผู้อำนวยการกลุ่มบริหารงบประมาณรายงานผู้อำนวยการทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน', outc='ผู้ปกครองและคณะกรรมการสถานศึกษาเข้าถึงข้อมูลได้ ไม่มีข้อร้องเรียน', ol=True),
     dict(n='2', title='รับนักเรียนชั้น ม.1 และ ม.4 อย่างโปร่งใสด้วยระบบรับสมัครออนไลน์และประกาศผลคะแนนสอบ',
          steps=['รับสมัครผ่านระบบออนไลน์', 'สอบคัดเลือกโดยใช้ข้อสอบกลางของ สพม.', 'ประกาศผลคะแนนรายบุคคลบนเว็บไซต์'],
          resp='......', period='มี.ค. – เม.ย. 2569', mon='คณะกรรมการสถานศึกษาขั้นพื้นฐานรับทราบผลการรับนักเรียน',
          out='รับนักเรียน ม.1 จำนวน 240 คน ม.4 จำนวน 200 คน', outc='ไม่มีข้อร้องเรียนเรื่องการรับนักเรียน'),
     dict(n='3', title='จัดทำทะเบียนคุมและตรวจสอบการใช้ครุภัณฑ์คอมพิวเตอร์และรถตู้ของโรงเรียน',
          steps=['จัดทำทะเบียนคุมครุภัณฑ์พร้อมคิวอาร์โค้ด', 'บันทึกการใช้รถตู้และเลขไมล์ทุกครั้ง', 'ตรวจนับครุภัณฑ์ประจำปี'],
          resp='กลุ่มบริหารทั่วไป (งานยานพาหนะ) / งานพัสดุ', period='ต.ค. 2568 – ก.ย. 2569', mon='คณะกรรมการตรวจนับพัสดุรายงานผู้อำนวยการ',
          out='ครุภัณฑ์ 412 รายการ มีทะเบียนครบ', outc='ไม่พบการนำทรัพย์สินของโรงเรียนไปใช้ส่วนตัว', ol=True),
     dict(n='4', title='ส่งเสริมวัฒนธรรมสุจริตในโรงเรียน (โครงการโรงเรียนสุจริตและกิจกรรมร้านค้าความดีไม่มีคนเฝ้า)',
          steps=['จัดกิจกรรมร้านค้าความดีไม่มีคนเฝ้า', 'อบรมแกนนำนักเรียนสุจริต', 'ครูลงนามไม่รับของขวัญจากผู้ปกครอง'],
          resp='กลุ่มบริหารกิจการนักเรียน', period='', mon='รองผู้อำนวยการกลุ่มบริหารกิจการนักเรียนสรุปผลภาคเรียนละ 1 ครั้ง',
          out='นักเรียนแกนนำ 60 คน ร้านค้า 1 แห่ง', outc='ร้านค้าความดีมียอดเงินตรงกับสินค้าร้อยละ 98'),
    ]

    def nb(n):
        return '&nbsp; ' * n

    body = [
     '<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEjQ8x2Vh7kTnR0bW9fITA69banner/s1600/ITA69-banner.png" '
     'imageanchor="1" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="450" data-original-width="1200" height="240" '
     'src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEjQ8x2Vh7kTnR0bW9fITA69banner/w640-h240/ITA69-banner.png" width="640" /></a></div><br />',
     '<div style="text-align: center;"><span style="font-size: large;"><b>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</b></span></div>',
     '<div style="text-align: center;"><span style="font-size: large;"><b>ประจำปีงบประมาณ พ.ศ. 2569</b></span></div>',
     f'<div style="text-align: center;"><b>{AG} สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสุโขธารา</b></div><div><br /></div>',
     f'<div>{nb(4)}ตามที่สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน (สพฐ.) ได้ประเมิน ITA ของสำนักงานเขตพื้นที่การศึกษาและสถานศึกษา'
     f' ประจำปีงบประมาณ พ.ศ. 2568 สพม.สุโขธาราได้ <b>89.64 คะแนน</b> ระดับผ่าน {AG}จึงได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและ'
     'ความโปร่งใสภายในหน่วยงาน 4 มาตรการ ผลการดำเนินการรอบ 12 เดือน มีดังนี้</div><div><br /></div>',
    ]
    for m in MS:
        body.append(f'<div><span style="color: #2b00fe; font-size: medium;"><b>มาตรการที่ {m["n"]} {E(m["title"])}</b></span></div>')
        body.append('<div><b>วิธีการดำเนินการ</b></div>')
        if m.get('ol'):
            body.append('<ol style="text-align: left;">' + ''.join(f'<li>{E(x)}</li>' for x in m['steps']) + '</ol>')
        else:
            body += [f'<div>{nb(4)}{i}. {E(x)}</div>' for i, x in enumerate(m['steps'], 1)]
        body.append(f'<div><b>ผู้รับผิดชอบ</b> : {E(m["resp"])}</div>')
        if m['period']:
            body.append(f'<div><b>ระยะเวลา</b> : {E(m["period"])}</div>')
        body += [f'<div><b>การติดตามผล</b> : {E(m["mon"])}</div>', f'<div><b>ผลการดำเนินงาน</b> : {E(m["out"])}</div>',
                 f'<div><b>ผลลัพธ์</b> : {E(m["outc"])}</div>', '<div><br /></div>']
    body += ['<div><b>ปัญหา/อุปสรรค</b> : ผู้ปกครองบางส่วนไม่สะดวกใช้ระบบรับสมัครออนไลน์ โรงเรียนจึงเปิดจุดรับสมัครช่วยเหลือ</div><div><br /></div>',
             '<div style="text-align: right;">ผู้รายงาน นางสาวณัฐธิดา คีรีมาศธารา ครูชำนาญการ</div>',
             '<div style="text-align: right;">ผู้อนุมัติ นายสุเมธ กงไกรลาศธารา ผู้อำนวยการโรงเรียนศรีสำโรงธาราวิทยา</div><div><br /></div>',
             '<div>ดาวน์โหลดไฟล์ PDF <a href="https://drive.google.com/file/d/1kQe7XzO36rPt2569ssw/view?usp=sharing" target="_blank">คลิกที่นี่</a></div>']
    PID = '4417093812234495512'; BID = '5893021774450219604'
    BLOG = 'https://ita-srisamrongthara.blogspot.com'
    URL = BLOG + '/2026/10/o36-2569.html'
    TITLE = 'O36 รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2569'
    blogtitle = 'ITA ' + AG
    js_title = ''.join('\\u%04x' % ord(c) if ord(c) > 127 else c for c in blogtitle)
    popular = [
     ('2025/11/o13-2569.html', 'O13 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2569',
      'มาตรการที่ 1 เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายเงินอุดหนุนรายหัว วิธีการดำเนินการ 1. งานพัสดุสรุปผล... มาตรการที่ 2 รับนักเรียนอย่างโปร่งใส...'),
     ('2026/04/o33-2569.html', 'O33 รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต รอบ 6 เดือน',
      'กิจกรรมที่ 1 อบรมครูและบุคลากรเรื่องการขัดกันแห่งผลประโยชน์ ผู้รับผิดชอบ กลุ่มบริหารงานบุคคล ระยะเวลา มี.ค. 2569...'),
     ('2026/01/o10.html', 'O10 แผนปฏิบัติการประจำปีงบประมาณ 2569', 'แผนปฏิบัติการประจำปี โรงเรียนศรีสำโรงธาราวิทยา ...'),
    ]
    pop = ''.join(f"<li><div class='item-content'><div class='item-thumbnail'><a href='{BLOG}/{u}' target='_blank'>"
                  f"<img alt='' border='0' src='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{i}thumb/w72-h72-p-k-no-nu/cover.png'/></a></div>"
                  f"<div class='item-title'><a href='{BLOG}/{u}'>{E(t)}</a></div><div class='item-snippet'>{E(s)}</div></div>"
                  f"<div style='clear: both;'></div></li>" for i, (u, t, s) in enumerate(popular))
    page = f'''<!DOCTYPE html>
<html class='v2' dir='ltr' lang='th' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{BLOG}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{URL}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{E(blogtitle)} - Atom" href="{BLOG}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{E(blogtitle)} - RSS" href="{BLOG}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{E(blogtitle)} - Atom" href="https://www.blogger.com/feeds/{BID}/posts/default" />
<link rel="alternate" type="application/atom+xml" title="{E(blogtitle)} - Atom" href="{BLOG}/feeds/{PID}/comments/default" />
<meta content='{URL}' property='og:url'/>
<meta content='{E(TITLE)}' property='og:title'/>
<meta content='รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 โรงเรียนศรีสำโรงธาราวิทยา...' property='og:description'/>
<title>{E(blogtitle)}: {E(TITLE)}</title>
<style id='page-skin-1' type='text/css'><!--
/*
-----------------------------------------------
Blogger Template Style
Name:     Simple
Designer: Blogger
URL:      www.blogger.com
----------------------------------------------- */
body {{ font: normal normal 14px Tahoma, Arial, sans-serif; color: #222222; background: #eeeeee none repeat scroll top left; padding: 0 40px 40px 40px; }}
.content-outer, .content-fauxcolumn-outer, .region-inner {{ min-width: 1000px; max-width: 1000px; }}
.main-inner .column-right-outer {{ width: 310px; margin-right: -310px; }}
h3.post-title, .comments h4 {{ font: normal normal 22px Tahoma, Arial, sans-serif; margin: .75em 0 0; }}
.post-body {{ font-size: 110%; line-height: 1.4; position: relative; }}
.post-footer {{ margin: 20px -2px 0; padding: 5px 10px; color: #666666; background-color: #f9f9f9; border-bottom: 1px solid #eeeeee; line-height: 1.6; font-size: 90%; }}
--></style>
<style id='template-skin-1' type='text/css'><!--
body {{ min-width: 1000px; }}
.content-outer, .content-fauxcolumn-outer, .region-inner {{ min-width: 1000px; max-width: 1000px; _width: 1000px; }}
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/3566091532-css_bundle_v2.css' />
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID={BID}&amp;zx=7c1f0d4e-52b1-4d0a-9c7e-1a3f2b8e6d10' />
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2792415813-widgets.js"></script>
</head>
<body class='loading'>
<div class='navbar section' id='navbar' name='แถบนำทาง'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{
      if(window.addEventListener) {{
        window.addEventListener('load',
          function(){{ object[attribute] = val; }}, false);
      }} else {{
        window.attachEvent('onload', function(){{ object[attribute] = val; }});
      }}
    }}
  </script>
<div id="navbar-iframe-container"></div>
</div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'><div class='cap-top'><div class='cap-left'></div><div class='cap-right'></div></div></div></div>
<div class='content'>
<div class='content-outer'>
<header>
<div class='header-outer'><div class='header-cap-top cap-top'></div><div class='fauxborder-left header-fauxborder-left'><div class='region-inner header-inner'>
<div class='header section' id='header' name='ส่วนหัว'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'>
<div class='titlewrapper'>
<h1 class='title'>
<a href='{BLOG}/'>{E(blogtitle)}</a>
</h1>
</div>
<div class='descriptionwrapper'>
<p class='description'><span>เผยแพร่ข้อมูลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของ{AG} อำเภอศรีสำโรงธารา จังหวัดสุโขธารา</span></p>
</div>
</div>
</div></div>
</div></div></div>
</header>
<div class='tabs-outer'><div class='region-inner tabs-inner'><div class='tabs section' id='crosscol' name='ข้ามคอลัมน์'><div class='widget PageList' data-version='1' id='PageList1'>
<div class='widget-content'><ul>
<li><a href='{BLOG}/'>หน้าแรก</a></li>
<li><a href='{BLOG}/p/ita-2569.html'>ITA 2569</a></li>
<li><a href='{BLOG}/p/blog-page.html'>ติดต่อโรงเรียน</a></li>
</ul><div class='clear'></div></div>
</div></div></div></div>
<div class='main-outer'><div class='main-cap-top cap-top'><div class='cap-left'></div><div class='cap-right'></div></div>
<div class='fauxborder-left main-fauxborder-left'><div class='region-inner main-inner'>
<div class='columns fauxcolumns'>
<div class='columns-inner'>
<div class='column-center-outer'>
<div class='column-center-inner'>
<div class='main section' id='main' name='หลัก'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>

          <div class="date-outer">
        
<h2 class='date-header'><span>วันจันทร์ที่ 12 ตุลาคม พ.ศ. 2569</span></h2>

          <div class="date-posts">
        
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEjQ8x2Vh7kTnR0bW9fITA69banner/w640-h240/ITA69-banner.png' itemprop='image_url'/>
<meta content='{BID}' itemprop='blogId'/>
<meta content='{PID}' itemprop='postId'/>
<a name='{PID}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{E(TITLE)}
</h3>
<div class='post-header'>
<div class='post-header-line-1'></div>
</div>
<div class='post-body entry-content' id='post-body-{PID}' itemprop='description articleBody'>
<div dir="ltr" style="text-align: left;" trbidi="on">
{chr(10).join(body)}
</div>
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>
โพสต์โดย
<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>
<meta content='https://www.blogger.com/profile/08812734519022641177' itemprop='url'/>
<a class='g-profile' href='https://www.blogger.com/profile/08812734519022641177' rel='author' title='author profile'>
<span itemprop='name'>งานประชาสัมพันธ์ ศรีสำโรงธาราวิทยา</span>
</a>
</span>
</span>
<span class='post-timestamp'>
ที่
<meta content='{URL}' itemprop='url'/>
<a class='timestamp-link' href='{URL}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2026-10-12T09:41:00+07:00'>09:41</abbr></a>
</span>
<span class='post-comment-link'>
</span>
<span class='post-icons'>
<span class='item-control blog-admin pid-1529417163'>
<a href='https://www.blogger.com/post-edit.g?blogID={BID}&postID={PID}&from=pencil' title='แก้ไขบทความ'>
<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>
</a>
</span>
</span>
<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={BID}&postID={PID}&target=email' target='_blank' title='ส่งอีเมลข้อมูลนี้'><span class='share-button-link-text'>ส่งอีเมลข้อมูลนี้</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID={BID}&postID={PID}&target=blog' onclick='window.open(this.href, "_blank", "height=270,width=475"); return false;' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID={BID}&postID={PID}&target=twitter' target='_blank' title='แชร์ไปที่ X'><span class='share-button-link-text'>แชร์ไปที่ X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={BID}&postID={PID}&target=facebook' onclick='window.open(this.href, "_blank", "height=430,width=640"); return false;' target='_blank' title='แชร์ไปที่ Facebook'><span class='share-button-link-text'>แชร์ไปที่ Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID={BID}&postID={PID}&target=pinterest' target='_blank' title='แชร์ใน Pinterest'><span class='share-button-link-text'>แชร์ใน Pinterest</span></a>
</div>
</div>
<div class='post-footer-line post-footer-line-2'>
<span class='post-labels'>
ป้ายกำกับ:
<a href='{BLOG}/search/label/ITA2569' rel='tag'>ITA2569</a>,
<a href='{BLOG}/search/label/O36' rel='tag'>O36</a>
</span>
</div>
<div class='post-footer-line post-footer-line-3'>
<span class='post-location'>
</span>
</div>
</div>
</div>
<div class='comments' id='comments'>
<a name='comments'></a>
<h4>ไม่มีความคิดเห็น:</h4>
<div id='Blog1_comments-block-wrapper'>
<dl class='avatar-comment-indent' id='comments-block'>
</dl>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>แสดงความคิดเห็น</h4>
<p>
</p>
<a href='https://www.blogger.com/comment/frame/{BID}?po={PID}&hl=th&saa=85391&origin={BLOG}' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
<script src='https://www.blogger.com/static/v1/jsbin/2830521187-comment_from_post_iframe.js' type='text/javascript'></script>
<script type='text/javascript'>
      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');
    </script>
</div>
</p>
</div>
</div>

        </div></div>
      
</div>
<div class='blog-pager' id='blog-pager'>
<span id='blog-pager-newer-link'>
<a class='blog-pager-newer-link' href='{BLOG}/2026/10/o37-2569.html' id='Blog1_blog-pager-newer-link' title='บทความใหม่กว่า'>บทความใหม่กว่า</a>
</span>
<span id='blog-pager-older-link'>
<a class='blog-pager-older-link' href='{BLOG}/2026/10/o35-2569.html' id='Blog1_blog-pager-older-link' title='บทความที่เก่ากว่า'>บทความที่เก่ากว่า</a>
</span>
<a class='home-link' href='{BLOG}/'>หน้าแรก</a>
</div>
<div class='clear'></div>
<div class='post-feeds'>
<div class='feed-links'>
สมัครสมาชิก:
<a class='feed-link' href='{BLOG}/feeds/{PID}/comments/default' target='_blank' type='application/atom+xml'>ส่งความคิดเห็น (Atom)</a>
</div>
</div>
</div></div>
</div>
</div>
<div class='column-left-outer'><div class='column-left-inner'><aside></aside></div></div>
<div class='column-right-outer'>
<div class='column-right-inner'>
<aside>
<div class='sidebar section' id='sidebar-right-1'><div class='widget Image' data-version='1' id='Image1'>
<h2>ITA Online</h2>
<div class='widget-content'>
<a href='https://itas.nacc.go.th/'>
<img alt='ITA Online' height='150' id='Image1_img' src='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEgITAlogo/s300/ita-logo.png' width='300'/>
</a>
<br/>
</div>
<div class='clear'></div>
</div><div class='widget PopularPosts' data-version='1' id='PopularPosts1'>
<h2>บทความที่ได้รับความนิยม</h2>
<div class='widget-content popular-posts'>
<ul>
{pop}
</ul>
<div class='clear'></div>
</div>
</div><div class='widget BlogArchive' data-version='1' id='BlogArchive1'>
<h2>คลังบทความของบล็อก</h2>
<div class='widget-content'>
<div id='ArchiveList'>
<div id='BlogArchive1_ArchiveList'>
<ul class='hierarchy'>
<li class='archivedate expanded'>
<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&nbsp;</span></a>
<a class='post-count-link' href='{BLOG}/2026/'>2026</a>
<span class='post-count' dir='ltr'>(37)</span>
<ul class='hierarchy'>
<li class='archivedate expanded'>
<a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>&#9660;&nbsp;</span></a>
<a class='post-count-link' href='{BLOG}/2026/10/'>ตุลาคม</a>
<span class='post-count' dir='ltr'>(5)</span>
<ul class='posts'>
<li><a href='{BLOG}/2026/10/o37-2569.html'>O37 มาตรการป้องกันการรับสินบน</a></li>
<li><a href='{URL}'>{E(TITLE)}</a></li>
<li><a href='{BLOG}/2026/10/o35-2569.html'>O35 การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต</a></li>
</ul>
</li>
</ul>
</li>
</ul>
</div>
</div>
<div class='clear'></div>
</div>
</div><div class='widget Profile' data-version='1' id='Profile1'>
<h2>เกี่ยวกับฉัน</h2>
<div class='widget-content'>
<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/08812734519022641177' rel='author'>งานประชาสัมพันธ์ ศรีสำโรงธาราวิทยา</a></dt></dl>
<a class='profile-link' href='https://www.blogger.com/profile/08812734519022641177' rel='author'>ดูโปรไฟล์ทั้งหมดของฉัน</a>
<div class='clear'></div>
</div>
</div></div>
</aside>
</div>
</div>
</div>
<div style='clear: both'></div>
</div>
</div></div></div>
<footer>
<div class='footer-outer'><div class='region-inner footer-inner'>
<div class='foot section' id='footer-3' name='ส่วนท้าย'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>
ธีม ธรรมดา. ขับเคลื่อนโดย <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div>
<div class='clear'></div>
</div></div>
</div></div>
</footer>
</div>
</div>
<script type='text/javascript'>
    window.setTimeout(function() {{
        document.body.className = document.body.className.replace('loading', '');
      }}, 10);
  </script>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2792415813-widgets.js"></script>
<script type='text/javascript'>
window['__wavt'] = 'AOuZoY6kq0bW3q2XJx4nSg:1791784860000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d{BID}','//ita-srisamrongthara.blogspot.com/2026/10/o36-2569.html','{BID}');
_WidgetManager._SetDataContext([{{'name': 'blog', 'data': {{'blogId': '{BID}', 'title': '{js_title}', 'url': '{URL}', 'canonicalUrl': '{URL}', 'homepageUrl': '{BLOG}/', 'searchUrl': '{BLOG}/search', 'pageType': 'item', 'postId': '{PID}', 'locale': 'th', 'localeUnderscoreDelimited': 'th', 'languageDirection': 'ltr', 'isPrivate': false, 'isMobile': false}}}}]);
_WidgetManager._RegisterWidget('_HeaderView', new _WidgetInfo('Header1', 'header', document.getElementById('Header1'), {{}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById('Blog1'), {{'cmtInteractionsEnabled': false, 'lightboxEnabled': true}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_PopularPostsView', new _WidgetInfo('PopularPosts1', 'sidebar-right-1', document.getElementById('PopularPosts1'), {{}}, 'displayModeFull'));
_WidgetManager._RegisterWidget('_BlogArchiveView', new _WidgetInfo('BlogArchive1', 'sidebar-right-1', document.getElementById('BlogArchive1'), {{'languageDirection': 'ltr'}}, 'displayModeFull'));
</script>
</body>
</html>
'''
    write(F, page)
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: responsible (ผู้รับผิดชอบ) is "......"', 'measure 4: no ระยะเวลา line at all (period absent)'],
          'NEW FORM: a BLOGGER POST saved from the browser as HTML (Blogger "Simple" theme: navbar widget script, header, page-list '
          'tabs, date header, post title h3 "O36 รายงานผล… ปีงบประมาณ 2569", post-body written in Blogger\'s compose editor - '
          '<div dir="ltr" trbidi="on"> with one <div> per line, &nbsp; indents, a banner image in a "separator" div, centred bold title '
          'lines (FY 2569), ITA 2568 89.64 ผ่าน (สพม.)), measures 1-4 as blue bold "มาตรการที่ n title" divs, "วิธีการดำเนินการ" then '
          'either an <ol> (1, 3) or "&nbsp; 1. …" divs (2, 4), "<b>label</b> : value" divs ผู้รับผิดชอบ / ระยะเวลา / การติดตามผล / '
          'ผลการดำเนินงาน (= output) / ผลลัพธ์; then the post footer (author, time, share buttons, labels), "ไม่มีความคิดเห็น:" and the '
          'comment form, blog pager, feed link, and a sidebar: ITA image, POPULAR POSTS widget whose snippets quote OTHER posts (last '
          'year\'s O13 measures "มาตรการที่ 1 … มาตรการที่ 2 …", an O33 plan) - not this report, blog archive, profile, attribution, '
          '_WidgetManager script.')


# ---------------------------------------------------------------- r05 (land transport office, txt, CONTRADICTORY score)
def r05():
    F = 'r05_dlt_sukhothara_results_2569.txt'; AG = 'สำนักงานขนส่งจังหวัดสุโขธารา'
    MS = [
     dict(n='1.1', title='ประกาศขั้นตอน ระยะเวลา และค่าธรรมเนียมการทดสอบและออกใบอนุญาตขับรถ ณ จุดบริการและทางเว็บไซต์',
          steps=['จัดทำป้ายประกาศขั้นตอนและค่าธรรมเนียม', 'ติดตั้งจอแสดงลำดับคิวการทดสอบ', 'เผยแพร่ผ่านเว็บไซต์และเพจสำนักงาน'],
          resp='ฝ่ายใบอนุญาต', period='ต.ค. – ธ.ค. 2568', mon='หัวหน้าฝ่ายใบอนุญาตรายงานขนส่งจังหวัดทุกเดือน',
          out='ป้ายประกาศ 6 จุด จอแสดงคิว 2 จอ', outc='ไม่มีข้อร้องเรียนเรื่องการเรียกรับเงินในการทดสอบ'),
     dict(n='1.2', title='ใช้ระบบทดสอบขับรถอิเล็กทรอนิกส์ (e-Driving Test) พร้อมกล้องบันทึกภาพสนามทดสอบ',
          steps=['ติดตั้งเซนเซอร์และกล้องในสนามทดสอบ', 'ประมวลผลการทดสอบอัตโนมัติ', 'แจ้งผลแก่ผู้ทดสอบทันที'],
          resp='ฝ่ายใบอนุญาต / งานเทคโนโลยีสารสนเทศ', period='ม.ค. – ก.ย. 2569', mon='ขนส่งจังหวัดสุ่มตรวจภาพบันทึกสัปดาห์ละ 1 ครั้ง',
          out='ผู้เข้าทดสอบ 6,418 ราย ผ่านระบบอิเล็กทรอนิกส์ทั้งหมด', outc='ลดการใช้ดุลยพินิจของเจ้าหน้าที่ ไม่พบการทุจริตจากการสุ่มตรวจ'),
     dict(n='1.3', title='ตรวจสภาพรถและชำระภาษีรถประจำปีผ่านช่องทางออนไลน์และตู้ชำระภาษีอัตโนมัติ',
          steps=['ประชาสัมพันธ์การชำระภาษีผ่านแอป DLT Vehicle Tax', 'ตรวจสอบรายงานการตรวจสภาพของ ตรอ. ผ่านระบบออนไลน์', 'สุ่มตรวจ ตรอ. ในพื้นที่'],
          resp='ฝ่ายทะเบียนและภาษีรถ', period='ต.ค. 2568 – ก.ย. 2569', mon='รายงานผลต่อกรมการขนส่งทางบกทุกไตรมาส',
          out='ชำระภาษีออนไลน์ 41,236 คัน สุ่มตรวจ ตรอ. 14 แห่ง', outc='ผู้มาติดต่อที่สำนักงานลดลงร้อยละ 38'),
     dict(n='1.4', title='อบรมข้าราชการและลูกจ้างเรื่องการป้องกันการรับสินบนและผลประโยชน์ทับซ้อน',
          steps=['อบรมในการประชุมประจำเดือน', 'ทดสอบความรู้หลังอบรม', 'ลงนามรับทราบประกาศ No Gift Policy'],
          resp='ฝ่ายบริหารทั่วไป', period='มี.ค. 2569', mon='ฝ่ายบริหารทั่วไปสรุปผลเสนอขนส่งจังหวัด',
          out='ผู้เข้าอบรม 67 คน', outc='อยู่ระหว่างดำเนินการ'),
    ]
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2569',
         AG + '  กรมการขนส่งทางบก', '', '1. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568',
         '   กรมการขนส่งทางบกได้คะแนนการประเมินคุณธรรมและความโปร่งใส (ITA) 88.14 คะแนน อยู่ในระดับผ่าน',
         '   สรุปคะแนนตามแบบวัด', '      IIT  89.20', '      EIT  83.47', '      OIT  86.55', '      คะแนนรวม  86.41', '',
         '   สำนักงานขนส่งจังหวัดสุโขธาราจึงดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส 4 มาตรการ ดังนี้', '',
         '2. ผลการดำเนินการตามมาตรการ (1 ตุลาคม 2568 - 30 กันยายน 2569)', '']
    for m in MS:
        L.append(f'{m["n"]} {m["title"]}')
        L.append('     ขั้นตอนการดำเนินการ')
        L += ['        ' + x for x in steps_txt(m['steps'], '{i}) {x}')]
        L += [f'     ผู้รับผิดชอบ       : {m["resp"]}', f'     ระยะเวลา          : {m["period"]}', f'     การติดตามผล       : {m["mon"]}',
              f'     ผลการดำเนินงาน    : {m["out"]}', f'     ผลลัพธ์           : {m["outc"]}', '']
    L += ['3. ปัญหาอุปสรรค', '   สนามทดสอบอิเล็กทรอนิกส์ขัดข้องช่วงฝนตกหนัก ต้องเลื่อนการทดสอบบางวัน', '',
          '                                        (ลงชื่อ) ...........................................', '                                               (นางพรรณี ทุ่งเสลี่ยมธารา)',
          '                                               ขนส่งจังหวัดสุโขธารา', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['score: ITA 2568 stated as 88.14 but the IIT/EIT/OIT summary lists คะแนนรวม 86.41 (contradictory)',
           'measure 1.4: outcome (ผลลัพธ์) is "อยู่ระหว่างดำเนินการ"'],
          'Plain text (UTF-8, LF): title FY 2569; "1." ITA 2568 of the Department of Land Transport stated 88.14 ผ่าน, but the indented '
          'per-tool summary gives คะแนนรวม 86.41 (CONTRADICTORY); "2." measures 1.1–1.4: "n title" line, indented "ขั้นตอนการดำเนินการ" '
          'with 1) 2) 3) lines, space-aligned "label : value" lines ผู้รับผิดชอบ / ระยะเวลา / การติดตามผล / ผลการดำเนินงาน (= output) / '
          'ผลลัพธ์; problems; signature.')


# ---------------------------------------------------------------- m01 (NEW: Google Docs "Download as Markdown")
def png_b64():
    from PIL import Image, ImageDraw
    im = Image.new('RGB', (48, 48), (255, 255, 255))
    dr = ImageDraw.Draw(im)
    dr.ellipse((2, 2, 45, 45), outline=(0, 90, 50), width=3)
    dr.rectangle((16, 14, 31, 33), fill=(0, 120, 60))
    b = io.BytesIO(); im.save(b, 'PNG')
    return base64.b64encode(b.getvalue()).decode()


def gesc(s):
    """Google Docs markdown export escaping (as it writes ordinary text)."""
    s = s.replace('\\', '\\\\').replace('*', '\\*').replace('_', '\\_').replace('#', '\\#')
    s = s.replace('[', '\\[').replace(']', '\\]').replace('<', '\\<').replace('>', '\\>').replace('~', '\\~').replace('|', '\\|')
    s = re.sub(r'^(\d+)\.', r'\1\\.', s)
    s = re.sub(r'^([-+])', r'\\\1', s)
    s = s.replace(' - ', ' \\- ')
    return s


def m01():
    F = 'm01_coop_taphanhinthara_measures_2570.md'; AG = 'สำนักงานส่งเสริมสหกรณ์อำเภอตะพานหินธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้าง การใช้จ่ายงบประมาณ และผลการตรวจการสหกรณ์ทางเว็บไซต์และ LINE OA',
          steps=['(1) งานบริหารทั่วไปสรุปผลการจัดซื้อจัดจ้าง สขร.1 ทุกเดือน', '(2) สรุปผลการตรวจการสหกรณ์ที่เปิดเผยได้รายไตรมาส',
                 '(3) เผยแพร่ภายในวันที่ 10 ของเดือนถัดไป'],
          resp='ฝ่ายบริหารทั่วไป', period='ต.ค. 2569 - ก.ย. 2570', mon='หัวหน้าสำนักงานตรวจสอบและรายงานสหกรณ์จังหวัดทุกไตรมาส',
          outc='ข้อมูลเผยแพร่ครบ 12 เดือน ไม่มีข้อร้องเรียน'),
     dict(n='2', title='ลดการใช้ดุลยพินิจในการพิจารณาเงินกู้กองทุนพัฒนาสหกรณ์ (กพส.) ด้วยเกณฑ์การให้คะแนนที่ประกาศล่วงหน้า',
          steps=['(1) ประกาศหลักเกณฑ์และแบบให้คะแนน', '(2) คณะทำงานพิจารณาคำขอกู้ตามคะแนน', '(3) ประกาศผลการพิจารณาพร้อมคะแนน'],
          resp='กลุ่มส่งเสริมสหกรณ์ 2', period='พ.ย. 2569 - มี.ค. 2570', mon='สหกรณ์จังหวัดพิจิตรธาราติดตามผลการพิจารณาทุกรอบ',
          outc='สหกรณ์ผู้ขอกู้ได้รับการพิจารณาตามเกณฑ์ทุกราย ไม่มีข้อร้องเรียน'),
     dict(n='3', title='ตรวจติดตามการใช้เงินอุดหนุนโครงการจัดหาลานตากและโรงเก็บผลผลิตของสหกรณ์การเกษตร',
          steps=['(1) ตรวจสถานที่ก่อสร้างร่วมกับผู้แทนสมาชิก', '(2) ถ่ายภาพก่อน-ระหว่าง-หลังก่อสร้าง', '(3) รายงานผลการใช้เงินอุดหนุน'],
          resp='(ระบุ)', period='ม.ค. - ส.ค. 2570', mon='ผู้ตรวจการสหกรณ์รายงานสหกรณ์จังหวัดหลังตรวจทุกครั้ง',
          outc='สิ่งก่อสร้างแล้วเสร็จตามแบบและใช้ประโยชน์ได้ร้อยละ 100'),
     dict(n='4', title='อบรมเจ้าหน้าที่และคณะกรรมการดำเนินการสหกรณ์เรื่องการขัดกันแห่งผลประโยชน์และการไม่รับของขวัญ',
          steps=['(1) อบรมเจ้าหน้าที่ในการประชุมประจำเดือน', '(2) ให้ความรู้คณะกรรมการสหกรณ์ 12 แห่ง', '(3) ประกาศนโยบาย No Gift Policy'],
          resp='หัวหน้าสำนักงาน / ฝ่ายบริหารทั่วไป', period='', mon='ฝ่ายบริหารทั่วไปสรุปผลเสนอหัวหน้าสำนักงาน',
          outc='ผู้เข้าอบรมมีความรู้ผ่านเกณฑ์ร้อยละ 85'),
    ]
    H1 = 'ส่วนที่ 1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569'
    H2 = 'ส่วนที่ 2 การวิเคราะห์ผลการประเมิน'
    H3 = 'ส่วนที่ 3 มาตรการส่งเสริมคุณธรรมและความโปร่งใส'

    def slug(h):
        return '#' + re.sub(r'\s+', '-', h.strip().lower()).replace('.', '')

    L = ['![][image1]', '',
         '# **มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570**', '',
         f'**{AG}**  ', 'สำนักงานสหกรณ์จังหวัดพิจิตรธารา กรมส่งเสริมสหกรณ์', '',
         '**สารบัญ**', '',
         f'[{H1}](#{slug(H1)[1:]})  ', f'[{H2}](#{slug(H2)[1:]})  ', f'[{H3}](#{slug(H3)[1:]})', '',
         f'## **{H1}** {{{slug(H1)}}}', '',
         gesc('กรมส่งเสริมสหกรณ์ได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 93.12 คะแนน อยู่ในระดับ ผ่าน '
              '(IIT 94.30 / EIT 90.85 / OIT 94.21) สำนักงานส่งเสริมสหกรณ์อำเภอตะพานหินธาราในฐานะหน่วยงานในสังกัดจึงนำผลมาวิเคราะห์และกำหนดมาตรการ ดังนี้'), '',
         f'## **{H2}** {{{slug(H2)}}}', '',
         '### **2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน**', '',
         gesc('1. สหกรณ์สมาชิกเห็นว่าการพิจารณาเงินกู้ กพส. ขาดความชัดเจนของหลักเกณฑ์ (EIT)'), '',
         gesc('2. ข้อมูลการจัดซื้อจัดจ้างรายเดือนเผยแพร่ไม่ครบทุกเดือน (OIT o12)'), '',
         '### **2.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น**', '',
         '* ' + gesc('การติดตามการใช้เงินอุดหนุนสิ่งก่อสร้างของสหกรณ์'),
         '* ' + gesc('ความรู้ของคณะกรรมการสหกรณ์เรื่องการขัดกันแห่งผลประโยชน์'), '',
         f'## **{H3}** {{{slug(H3)}}}', '']
    hd = ['ที่', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    L.append('| ' + ' | '.join(f'**{h}**' for h in hd) + ' |')
    L.append('| :---: | :---- | :---- | :---- | :---- | :---- | :---- |')
    for m in MS:
        cells = [m['n'], gesc(m['title']), '<br>'.join(gesc(x) for x in m['steps']), gesc(m['resp']), gesc(m['period']),
                 gesc(m['mon']), gesc(m['outc'])]
        L.append('| ' + ' | '.join(cells) + ' |')
    L += ['', gesc('หมายเหตุ: มาตรการที่ 1 - 4 ดำเนินการตามแนวทางของกรมส่งเสริมสหกรณ์ (หนังสือที่ กษ 1101/ว 5281)'), '',
          gesc('ไฟล์ต้นฉบับ: ITA_2570_O13_มาตรการ.gdoc (แก้ไขล่าสุด 14/10/2569)'), '',
          'ประกาศ ณ วันที่ 15 ตุลาคม 2569', '', '(นายพงศกร บึงนารางธารา)  ', 'หัวหน้าสำนักงานส่งเสริมสหกรณ์อำเภอตะพานหินธารา', '',
          f'[image1]: <data:image/png;base64,{png_b64()}>', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 3: responsible (ผู้รับผิดชอบ) is "(ระบุ)"', 'measure 4: period (ระยะเวลา) cell empty'],
          'NEW FORM: a GOOGLE DOCS "File > Download > Markdown (.md)" export: logo as a reference-style image "![][image1]" whose '
          'definition "[image1]: <data:image/png;base64,…>" is the last line; title "# **…2570**"; a table of contents of '
          'links "[ส่วนที่ n …](#ส่วนที่-n-…)" to headings carrying "{#…}" ids; "## **ส่วนที่ 1**" ITA 2569 93.12 ผ่าน (กรมส่งเสริมสหกรณ์); '
          '"### **2.1**" weaknesses as typed "1\\. 2\\." paragraphs / "### **2.2**" improvements as "* " bullets; Google\'s backslash escapes (1\\., \\-, \\_); '
          'the measure table is a pipe table with a bold header row, a ":---: | :----" alignment row and "<br>" between the '
          'paragraphs of a cell (steps (1)(2)(3)); columns ที่, มาตรการ, ขั้นตอน/วิธีการ, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, '
          'ผลที่คาดว่าจะได้รับ (= outcome); output never stated (missing by convention); an empty cell is "|  |".',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m03 (hospital, html, WRONG BAND)
def m03():
    F = 'm03_hosp_inburithara_measures_2570.html'; AG = 'โรงพยาบาลอินทร์บุรีธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อยาและเวชภัณฑ์ ราคากลาง และผลการจัดซื้อจัดจ้างรายเดือน',
          steps=['งานพัสดุจัดทำสรุปผล สขร.1', 'กลุ่มงานเภสัชกรรมเผยแพร่ราคากลางยา', 'เผยแพร่บนเว็บไซต์โรงพยาบาล'],
          resp='กลุ่มงานบริหารทั่วไป (งานพัสดุ) / กลุ่มงานเภสัชกรรม', period='ต.ค. 2569 – ก.ย. 2570', mon='คณะกรรมการบริหารโรงพยาบาลติดตามทุกเดือน',
          outc='ข้อมูลการจัดซื้อจัดจ้างเผยแพร่ครบ 12 เดือน'),
     dict(n='2', title='จัดระบบคิวและช่องทางพิเศษที่เป็นธรรม ลดการลัดคิวของผู้รับบริการผู้ป่วยนอก',
          steps=['ใช้บัตรคิวอัตโนมัติและจอแสดงคิว', 'กำหนดเกณฑ์ช่องทางพิเศษ (ผู้สูงอายุ ผู้พิการ พระสงฆ์)', 'ประกาศเกณฑ์ที่จุดคัดกรอง'],
          resp='กลุ่มงานการพยาบาล (งานผู้ป่วยนอก)', period='ม.ค. – ก.ย. 2570', mon='หัวหน้าพยาบาลรายงานคณะกรรมการบริหารทุกเดือน',
          outc='-'),
     dict(n='3', title='ควบคุมการรับการสนับสนุนจากบริษัทยาและเครื่องมือแพทย์ตามเกณฑ์จริยธรรม',
          steps=['ประกาศแนวปฏิบัติ', 'จัดทำทะเบียนการรับการสนับสนุน', 'รายงานต่อสำนักงานสาธารณสุขจังหวัดทุก 6 เดือน'],
          resp='กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค', period='ต.ค. 2569 – ก.ย. 2570', mon='ผู้อำนวยการโรงพยาบาลตรวจสอบทะเบียนทุก 6 เดือน',
          outc='ไม่มีการรับการสนับสนุนที่ขัดต่อเกณฑ์จริยธรรม'),
     dict(n='4', title='อบรมบุคลากรเรื่องการขัดกันแห่งผลประโยชน์และการไม่รับของขวัญจากผู้ป่วยและญาติ',
          steps=['อบรมผ่านระบบออนไลน์', 'ทดสอบความรู้หลังอบรม', 'ติดประกาศ No Gift Policy ทุกหอผู้ป่วย'],
          resp='กลุ่มงานทรัพยากรบุคคล', period='ก.พ. – มี.ค. 2570', mon='กลุ่มงานทรัพยากรบุคคลสรุปผลเสนอผู้อำนวยการ',
          outc='บุคลากรผ่านการทดสอบร้อยละ 90'),
    ]
    rows = '\n'.join(
        f'<tr>\n  <td class="text-center">{m["n"]}</td>\n  <td>{E(m["title"])}</td>\n  <td><ul class="mb-0 ps-3">'
        + ''.join(f'<li>{E(x)}</li>' for x in m['steps']) + f'</ul></td>\n  <td>{E(m["resp"])}</td>\n  <td>{E(m["period"])}</td>\n'
        f'  <td>{E(m["mon"])}</td>\n  <td class="{"text-center" if m["outc"] == "-" else ""}">{E(m["outc"])}</td>\n</tr>' for m in MS)
    page = f'''<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 | {AG}</title>
<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">
<link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;700&display=swap" rel="stylesheet">
<style>body{{font-family:'Sarabun',sans-serif}} .table th{{background:#0b6e4f;color:#fff;vertical-align:middle}}</style>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark" style="background:#0b6e4f"><div class="container"><a class="navbar-brand" href="/">{AG}</a>
<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link active" href="/ita/">ITA 2570</a></li><li class="nav-item"><a class="nav-link" href="/contact/">ติดต่อเรา</a></li></ul></div></nav>
<div class="container my-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/ita/">ITA</a></li><li class="breadcrumb-item active" aria-current="page">O13</li></ol></nav>
<h2 class="text-center">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน<br>ประจำปีงบประมาณ พ.ศ. 2570</h2>
<h5 class="text-center text-muted">{AG} อำเภออินทร์บุรีธารา จังหวัดสิงห์ธารา</h5>
<hr>
<h4>1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h4>
<p>{AG}ได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569 คะแนนรวม <strong>84.61</strong> คะแนน
ผลการประเมิน <span class="badge bg-success">ผ่าน</span></p>
<h4>2. การวิเคราะห์ผลการประเมิน</h4>
<h5>2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน</h5>
<ol><li>ผู้รับบริการภายนอกเห็นว่ามีการลัดคิวรับบริการผู้ป่วยนอก (EIT)</li><li>ข้อมูลราคากลางยาและเวชภัณฑ์ไม่ได้เผยแพร่บนเว็บไซต์ (OIT)</li></ol>
<h5>2.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h5>
<ol><li>การรับการสนับสนุนจากบริษัทยาและเครื่องมือแพทย์</li><li>การรับรู้ของบุคลากรเรื่องการรับของขวัญ</li></ol>
<h4>3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h4>
<div class="table-responsive">
<table class="table table-bordered table-sm align-top">
<thead>
<tr><th class="text-center">ข้อ</th><th>มาตรการ</th><th>ขั้นตอน/วิธีการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตามผล</th><th>ผลที่คาดว่าจะได้รับ</th></tr>
</thead>
<tbody>
{rows}
</tbody>
</table>
</div>
<p class="mt-4 text-end">ประกาศ ณ วันที่ 9 ตุลาคม 2569<br>(นายแพทย์ศักดิ์ชัย ค่ายบางระจันธารา)<br>ผู้อำนวยการ{AG}</p>
</div>
<footer class="py-3 text-center text-white" style="background:#0b6e4f">© 2026 {AG} | โทร. 0 3658 1234</footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>
</body>
</html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['band: ITA 2569 84.61 is labelled "ผ่าน", but under the 2570 scale (>= 85 ผ่าน) 84.61 does not pass (WRONG BAND)',
           'measure 2: expected result (ผลที่คาดว่าจะได้รับ) is "-"'],
          'Bootstrap 5 hospital page: h2 title FY 2570; "1." ITA 2569 84.61 with a green "ผ่าน" badge (WRONG BAND); "2.1" weaknesses / '
          '"2.2" improvements as <ol>; "3." 7-column table with <thead> (ข้อ, มาตรการ, ขั้นตอน/วิธีการ <ul>, ผู้รับผิดชอบ, ระยะเวลา, '
          'การติดตามผล, ผลที่คาดว่าจะได้รับ = outcome), measures 1-4; output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m04 (อบจ., txt, WEAKNESSES section missing)
def m04():
    F = 'm04_pao_uthaithara_measures_2570.txt'; AG = 'องค์การบริหารส่วนจังหวัดอุทัยธารา'
    MS = [
     dict(n='(๑)', title='เผยแพร่แผนการจัดซื้อจัดจ้าง ประกาศราคากลาง และผลการจัดซื้อจัดจ้างโครงการก่อสร้างถนนลาดยาง',
          steps=['กองพัสดุและทรัพย์สินจัดทำสรุปผล สขร.๑', 'กองช่างประกาศราคากลางก่อนประกาศเชิญชวน', 'เผยแพร่บนเว็บไซต์ อบจ. และระบบ e-GP'],
          resp='กองพัสดุและทรัพย์สิน / กองช่าง', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ปลัด อบจ. รายงานนายก อบจ. ทุกเดือน',
          outc='ข้อมูลจัดซื้อจัดจ้างเผยแพร่ครบถ้วนตามกฎหมาย'),
     dict(n='(๒)', title='ตรวจรับงานก่อสร้างโดยมีผู้แทนประชาคมหมู่บ้านร่วมสังเกตการณ์และติดป้ายข้อมูลโครงการ',
          steps=['ประสานผู้นำชุมชนเสนอผู้แทน', 'แจ้งกำหนดวันตรวจรับล่วงหน้า ๓ วัน', 'ติดป้ายข้อมูลโครงการ ณ จุดก่อสร้าง'],
          resp='กองช่าง', period='ธ.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='-',
          outc='โครงการก่อสร้างทุกโครงการมีผู้แทนประชาคมร่วมสังเกตการณ์'),
     dict(n='(๓)', title='ควบคุมการใช้รถบรรทุกน้ำและเครื่องจักรกลของ อบจ. ในการช่วยเหลือภัยแล้ง',
          steps=['รับคำร้องผ่านอำเภอ', 'จัดลำดับการช่วยเหลือตามความเร่งด่วนและประกาศให้ทราบ', 'บันทึกการใช้รถและน้ำมันทุกเที่ยว'],
          resp='สำนักปลัด อบจ. (ฝ่ายป้องกันและบรรเทาสาธารณภัย)', period='ก.พ. – พ.ค. ๒๕๗๐', mon='หัวหน้าฝ่ายป้องกันฯ สรุปผลเสนอปลัด อบจ. ทุกสัปดาห์',
          outc='ช่วยเหลือครบตามลำดับความเร่งด่วน ไม่มีข้อร้องเรียน'),
     dict(n='(๔)', title='อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนสำหรับผู้บริหาร สมาชิกสภา และพนักงานส่วนจังหวัด',
          steps=['จัดอบรม ๒ รุ่น', 'ทดสอบความรู้', 'ลงนามประกาศเจตนารมณ์ต่อต้านการทุจริต'],
          resp='กองการเจ้าหน้าที่', period='มี.ค. ๒๕๗๐', mon='กองการเจ้าหน้าที่รายงานผลต่อปลัด อบจ.',
          outc='ผ่านการทดสอบหลังอบรมร้อยละ ๘๐'),
    ]
    L = ['=' * 60, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', AG, '=' * 60, '',
         '๑. ผลการประเมินคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
         '   องค์การบริหารส่วนจังหวัดอุทัยธาราได้คะแนน ๘๗.๒๘ คะแนน ระดับผ่าน', '',
         '๒. ประเด็นที่ต้องพัฒนาให้ดีขึ้น',
         '   - การมีส่วนร่วมของประชาชนในการตรวจสอบงานก่อสร้าง',
         '   - การใช้ทรัพย์สินของราชการ (รถบรรทุกน้ำ เครื่องจักรกล)',
         '   - การเปิดเผยราคากลางโครงการก่อสร้าง', '',
         '๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '-' * 60]
    for m in MS:
        L.append(f'{m["n"]} {m["title"]}')
        L.append('    • ขั้นตอน/วิธีการ : ' + ' '.join(f'{th(i)}) {x}' for i, x in enumerate(m['steps'], 1)))
        L += [f'    • ผู้รับผิดชอบ : {m["resp"]}', f'    • ระยะเวลา : {m["period"]}', f'    • การติดตามผล : {m["mon"]}',
              f'    • ผลที่คาดว่าจะได้รับ : {m["outc"]}', '']
    L += ['-' * 60, '', '                         ประกาศ ณ วันที่ ๑๖ ตุลาคม พ.ศ. ๒๕๖๙', '',
          '                           (นายณรงค์ศักดิ์ หนองฉางธารา)', '                    นายกองค์การบริหารส่วนจังหวัดอุทัยธารา', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['analysis: the weaknesses section (ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อน / ต้องแก้ไขเร่งด่วน) is missing - only "๒. ประเด็นที่ต้องพัฒนาให้ดีขึ้น"',
           'measure (๒): monitoring (การติดตามผล) is "-"'],
          'Plain text (UTF-8, LF) between "=" and "-" rules: title FY ๒๕๗๐; "๑." ITA ๒๕๖๙ ๘๗.๒๘ ผ่าน; "๒." only the IMPROVEMENTS '
          'list (weaknesses section missing); "๓." measures (๑)–(๔) as "(n) title" + "• label : value" bullet lines, steps '
          '"๑) ๒) ๓)" on one line; ผลที่คาดว่าจะได้รับ = outcome; output never stated (missing by convention); ประกาศ + signature.',
          sections={'weaknesses': 'missing', 'improvements': 'present'})


# ---------------------------------------------------------------- p01 (เทศบาลตำบล plan, md, one table per ด้าน, COMPLETE)
def p01():
    F = 'p01_tt_srisatchanalaithara_plan_2570.md'; AG = 'เทศบาลตำบลศรีสัชนาลัยธารา'
    GROUPS = [
     ('ด้านที่ 1 การเปิดเผยข้อมูลและการมีส่วนร่วม', [
      dict(n='1.1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและงบประมาณรายจ่ายผ่านเว็บไซต์ เพจเทศบาล และหอกระจายข่าว',
           steps=['กองคลังสรุปผล สขร.1 ทุกเดือน', 'เผยแพร่ภายในวันที่ 10', 'ประกาศเสียงตามสายเดือนละครั้ง'],
           resp='กองคลัง', period='ต.ค. 2569 – ก.ย. 2570', outc='เผยแพร่ครบ 12 เดือน', mon='ปลัดเทศบาลตรวจสอบทุกเดือน'),
      dict(n='1.2', title='จัดประชาคมตำบลรับฟังความคิดเห็นการจัดทำแผนพัฒนาท้องถิ่นและโครงการก่อสร้าง',
           steps=['ประกาศกำหนดการล่วงหน้า 7 วัน', 'จัดประชาคม 11 ชุมชน', 'แจ้งผลการพิจารณาข้อเสนอ'],
           resp='สำนักปลัดเทศบาล (งานวิเคราะห์นโยบายและแผน)', period='ก.พ. – เม.ย. 2570', outc='ข้อเสนอของชุมชนบรรจุในแผนไม่น้อยกว่าร้อยละ 70',
           mon='รายงานคณะกรรมการพัฒนาเทศบาล'),
     ]),
     ('ด้านที่ 2 การป้องกันการทุจริต', [
      dict(n='2.1', title='ตรวจสอบการเบิกจ่ายค่าจ้างเหมาบริการและค่าวัสดุของศูนย์พัฒนาเด็กเล็กก่อนอนุมัติ',
           steps=['กองการศึกษาตรวจหลักฐานการส่งมอบ', 'กองคลังตรวจก่อนเบิกจ่าย', 'หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส'],
           resp='กองการศึกษา / กองคลัง', period='ต.ค. 2569 – ก.ย. 2570', outc='ไม่พบการเบิกจ่ายผิดระเบียบ', mon='หน่วยตรวจสอบภายในรายงานนายกเทศมนตรี'),
      dict(n='2.2', title='ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และอบรมพนักงานเรื่องการขัดกันแห่งผลประโยชน์',
           steps=['นายกเทศมนตรีประกาศนโยบาย', 'อบรมพนักงาน 1 รุ่น', 'รายงานการรับของขวัญหลังเทศกาล'],
           resp='สำนักปลัดเทศบาล', period='ม.ค. – มี.ค. 2570', outc='พนักงานผ่านการทดสอบร้อยละ 85', mon='สำนักปลัดสรุปผลเสนอนายกเทศมนตรี'),
      dict(n='2.3', title='เปิดช่องทางรับเรื่องร้องเรียนการทุจริตผ่าน LINE OA และแจ้งผลภายใน 15 วัน',
           steps=['เปิดบัญชี LINE OA', 'ลงทะเบียนเรื่องร้องเรียน', 'แจ้งผลแก่ผู้ร้อง'],
           resp='สำนักปลัดเทศบาล (งานนิติการ)', period='ต.ค. 2569 – ก.ย. 2570', outc='แจ้งผลภายในกำหนดร้อยละ 100', mon='สรุปเรื่องร้องเรียนรายงานปลัดเทศบาลทุกเดือน'),
     ]),
    ]
    MS = [m for _, ms in GROUPS for m in ms]
    L = ['# แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', '',
         f'**{AG}** อำเภอศรีสัชนาลัยธารา จังหวัดสุโขธารา', '',
         f'ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 {AG}ได้ **88.57 คะแนน** ระดับ **ผ่าน** เทศบาลจึงจัดทำแผนปฏิบัติการ 5 กิจกรรม ดังนี้', '']
    for g, ms in GROUPS:
        L += [f'## {g}', '', '| ลำดับ | กิจกรรม | วิธีดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา | ตัวชี้วัด | การติดตามผล |', '|:--:|---|---|---|---|---|---|']
        for m in ms:
            L.append(mdrow([m['n'], m['title'], '<br>'.join(f'{i}) {x}' for i, x in enumerate(m['steps'], 1)), m['resp'], m['period'],
                            m['outc'], m['mon']]))
        L.append('')
    L += ['ผู้เสนอแผน : นางสาววิไลวรรณ ทุ่งเสลี่ยมธารา ปลัดเทศบาล  ', 'ผู้อนุมัติแผน : นายอำนวย สวรรคโลกธารา นายกเทศมนตรีตำบลศรีสัชนาลัยธารา', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Markdown: H1 "แผนปฏิบัติการป้องกันการทุจริต…" FY 2570; ITA 2569 88.57 ผ่าน; one H2 per ด้าน ("ด้านที่ 1/2" - headings, not '
          'activities) each followed by its own 7-column pipe table (ลำดับ, กิจกรรม, วิธีดำเนินการ with 1) 2) 3) joined by <br>, '
          'ผู้รับผิดชอบ, ระยะเวลา, ตัวชี้วัด = outcome, การติดตามผล LAST); activities 1.1–2.3; output never stated (missing by '
          'convention). COMPLETE.')


# ---------------------------------------------------------------- p02 (university faculty plan, txt)
def p02():
    F = 'p02_agri_uttarathara_plan_2570.txt'; AG = 'คณะเกษตรศาสตร์ ทรัพยากรธรรมชาติและสิ่งแวดล้อม มหาวิทยาลัยอุตรธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายเงินรายได้ของคณะ รวมถึงรายได้จากฟาร์มมหาวิทยาลัย',
          steps=['งานคลังและพัสดุสรุปผลรายเดือน', 'ฟาร์มมหาวิทยาลัยรายงานรายได้จากการจำหน่ายผลผลิต', 'เผยแพร่บนเว็บไซต์คณะ'],
          resp='งานคลังและพัสดุ / ฟาร์มมหาวิทยาลัย', period='ต.ค. 2569 - ก.ย. 2570', mon='รองคณบดีฝ่ายบริหารรายงานคณบดีทุกเดือน',
          outc='ข้อมูลเผยแพร่ครบ 12 เดือน'),
     dict(n='2', title='กำหนดหลักเกณฑ์และประกาศผลการจัดสรรทุนวิจัยและทุนการศึกษาของคณะอย่างเปิดเผย',
          steps=['ประกาศหลักเกณฑ์ล่วงหน้า', 'คณะกรรมการพิจารณาตามแบบให้คะแนน', 'ประกาศผลพร้อมคะแนนรวม'],
          resp='-', period='ธ.ค. 2569 - ก.พ. 2570', mon='คณะกรรมการประจำคณะรับทราบผลการจัดสรรทุกครั้ง',
          outc='ไม่มีข้อร้องเรียนเรื่องการจัดสรรทุน'),
     dict(n='3', title='ควบคุมการใช้รถแทรกเตอร์ ครุภัณฑ์ฟาร์ม และห้องปฏิบัติการด้วยระบบจองและสมุดบันทึก',
          steps=['......'],
          resp='ฟาร์มมหาวิทยาลัย / งานบริการการศึกษา', period='ต.ค. 2569 - ก.ย. 2570', mon='หัวหน้าฟาร์มสรุปการใช้งานรายไตรมาส',
          outc='ไม่พบการนำครุภัณฑ์ไปใช้ประโยชน์ส่วนตน'),
     dict(n='4', title='อบรมบุคลากรสายวิชาการและสายสนับสนุนเรื่องการขัดกันแห่งผลประโยชน์และจริยธรรมการวิจัย',
          steps=['อบรม 1 ครั้ง', 'ทดสอบความรู้', 'เผยแพร่คู่มือจริยธรรมการวิจัย'],
          resp='งานบริหารและธุรการ (งานบุคคล)', period='มี.ค. 2570', mon='งานบุคคลสรุปผลเสนอคณบดี',
          outc='บุคลากรผ่านการทดสอบร้อยละ 90'),
    ]
    L = ['แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570', AG, '',
         'ความเป็นมา', '   มหาวิทยาลัยอุตรธาราได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 91.47 คะแนน ระดับผ่าน คณะจึงจัดทำแผน'
         'การขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสของคณะ 4 กิจกรรม เพื่อสนับสนุนการประเมินของมหาวิทยาลัย', '',
         'กิจกรรมตามแผน', '']
    for m in MS:
        L.append(f'[กิจกรรม {m["n"]}] {m["title"]}')
        L.append('   วิธีการ:')
        L += ['     - ' + x for x in m['steps']]
        L += [f'   ผู้รับผิดชอบ: {m["resp"]}', f'   ระยะเวลา: {m["period"]}', f'   การติดตาม: {m["mon"]}', f'   ตัวชี้วัดความสำเร็จ: {m["outc"]}', '']
    L += ['ผู้จัดทำแผน: งานแผนและประกันคุณภาพ', 'เห็นชอบโดยที่ประชุมคณะกรรมการประจำคณะ ครั้งที่ 10/2569 วันที่ 21 ตุลาคม 2569', '',
          'ผศ.ดร.ชัยวัฒน์ น้ำปาดธารา', 'คณบดีคณะเกษตรศาสตร์ ทรัพยากรธรรมชาติและสิ่งแวดล้อม', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 2: responsible (ผู้รับผิดชอบ) is "-"', 'activity 3: steps (วิธีการ) is "......"'],
          'Plain text (UTF-8, LF): title "แผนการขับเคลื่อน…" FY 2570; ความเป็นมา with the university\'s ITA 2569 91.47 ผ่าน; activities '
          'as "[กิจกรรม n] title" blocks: "วิธีการ:" + "- " step lines, "label: value" lines ผู้รับผิดชอบ / ระยะเวลา / การติดตาม / '
          'ตัวชี้วัดความสำเร็จ (= outcome); output never stated (missing by convention); approval lines.')


# ---------------------------------------------------------------- p03 (provincial court plan, html, own follow-up activity)
def p03():
    F = 'p03_court_chainatthara_plan_2570.html'; AG = 'ศาลจังหวัดชัยนาทธารา'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการเบิกจ่ายงบประมาณของศาลผ่านเว็บไซต์รายเดือน',
          steps=['ส่วนคลังสรุปผล สขร.1', 'ผู้อำนวยการฯ ตรวจทาน', 'เผยแพร่บนเว็บไซต์ศาล'], resp='ส่วนคลัง / ส่วนบริหารจัดการ',
          period='ต.ค. 2569 – ก.ย. 2570', outc='เผยแพร่ครบ 12 เดือน'),
     dict(n='2', title='ให้บริการยื่นคำร้องขอปล่อยตัวชั่วคราวและชำระค่าธรรมเนียมผ่านระบบ e-Filing และ CIOS',
          steps=['ประชาสัมพันธ์ระบบแก่ทนายความและประชาชน', 'จัดเจ้าหน้าที่ช่วยเหลือการยื่นคำร้องออนไลน์', 'สรุปสถิติการใช้ระบบ'],
          resp='ส่วนช่วยพิจารณาคดี / ส่วนไกล่เกลี่ยและประนีประนอมยอมความ', period='ต.ค. 2569 – ก.ย. 2570', outc='(ระบุ)'),
     dict(n='3', title='ประกาศขั้นตอนและระยะเวลาการคัดถ่ายเอกสารคดีและการขอรับเงินค่าธรรมเนียมคืน',
          steps=['จัดทำป้ายประกาศขั้นตอน', 'กำหนดระยะเวลามาตรฐาน', 'แจ้งผลทาง SMS'], resp='ส่วนหน้าบัลลังก์ / ส่วนคลัง',
          period='พ.ย. 2569 – ม.ค. 2570', outc='ให้บริการแล้วเสร็จภายในระยะเวลาที่ประกาศร้อยละ 95'),
     dict(n='4', title='อบรมข้าราชการศาลยุติธรรมและลูกจ้างเรื่องประมวลจริยธรรมและการไม่รับของขวัญ',
          steps=['อบรมในการประชุมประจำเดือน', 'ทดสอบความรู้', 'ประกาศ No Gift Policy'], resp='ส่วนบริหารจัดการ (งานบุคคล)',
          period='ก.พ. 2570', outc='ผ่านการทดสอบร้อยละ 90'),
     dict(n='5', title='ติดตามและรายงานผลการดำเนินการตามแนวทางและมาตรการฯ รอบ 6 เดือน และ 12 เดือน',
          steps=['ทุกส่วนรายงานผลตามแบบฟอร์ม', 'ส่วนแผนงานสรุปผลเสนอผู้พิพากษาหัวหน้าศาล', 'เผยแพร่รายงานบนเว็บไซต์ศาล'],
          resp='ผู้อำนวยการสำนักงานประจำศาล (ส่วนแผนงานและงบประมาณ)', period='เม.ย. 2570 และ ต.ค. 2570', outc='มีรายงานผล 2 รอบ เผยแพร่ภายในกำหนด'),
    ]
    rows = '\n'.join(
        f'<tr><td align="center">{m["n"]}</td><td>{E(m["title"])}</td><td><ol>' + ''.join(f'<li>{E(x)}</li>' for x in m['steps'])
        + f'</ol></td><td>{E(m["resp"])}</td><td>{E(m["period"])}</td><td>{E(m["outc"])}</td></tr>' for m in MS)
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>แนวทางและมาตรการในการยกระดับคุณธรรมและความโปร่งใส ปีงบประมาณ 2570 - {AG}</title>
<style>
body{{font-family:"TH Sarabun New",Tahoma,sans-serif;font-size:18px;margin:0;background:#f4f1ea}}
.top{{background:#5b2c06;color:#f7d774;padding:10px 30px}} .wrap{{max-width:1100px;margin:0 auto;background:#fff;padding:20px 30px}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #777;padding:4px 6px;vertical-align:top}} th{{background:#f7e7b4}}
ol{{margin:0;padding-left:20px}}
</style>
</head>
<body>
<div class="top">สำนักงานศาลยุติธรรม | {AG} <span style="float:right">หน้าแรก | ข่าวประชาสัมพันธ์ | การเปิดเผยข้อมูลสาธารณะ (ITA)</span></div>
<div class="wrap">
<h1 style="text-align:center;font-size:26px">แนวทางและมาตรการในการยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน<br>{AG} ประจำปีงบประมาณ พ.ศ. 2570</h1>
<p>&emsp;&emsp;ตามที่สำนักงานศาลยุติธรรมได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. 2569
ได้ 92.76 คะแนน ระดับผ่าน {AG}จึงกำหนดแนวทางและมาตรการในการยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน 5 กิจกรรม
โดยกิจกรรมที่ 5 เป็นการติดตามและรายงานผลการดำเนินการของทุกกิจกรรม ดังนี้</p>
<table>
<tr><th>ที่</th><th>กิจกรรม/มาตรการ</th><th>วิธีดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลาดำเนินการ</th><th>ตัวชี้วัด/เป้าหมาย</th></tr>
{rows}
</table>
<p style="text-align:right;margin-top:30px">อนุมัติ ณ วันที่ 19 ตุลาคม 2569<br>(นายธนพล หันคาธารา)<br>ผู้พิพากษาหัวหน้า{AG}</p>
</div>
<div class="top" style="font-size:14px">{AG} ถนนพหลโยธิน ตำบลในเมือง อำเภอเมืองชัยนาทธารา จังหวัดชัยนาทธารา โทร. 0 5641 1234</div>
</body>
</html>
'''
    write(F, page)
    label(F, 'plan', 2570, AG, 'activity', MS, ['activity 2: indicator (ตัวชี้วัด/เป้าหมาย) is "(ระบุ)"'],
          'Court site page: h1 "แนวทางและมาตรการในการยกระดับ…" FY 2570; ITA 2569 92.76 ผ่าน (สำนักงานศาลยุติธรรม); 6-column table '
          '(ที่, กิจกรรม/มาตรการ, วิธีดำเนินการ <ol>, ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, ตัวชี้วัด/เป้าหมาย = outcome) with NO '
          'monitoring column: activity 5 is the plan\'s own follow-up ("ติดตามและรายงานผล… รอบ 6 และ 12 เดือน", stated in the intro '
          'to cover every activity) - monitoring present for every activity by convention, and activity 5 is itself an activity; '
          'output never stated (missing by convention).', gmon=True)


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r03', 'r04', 'r05', 'm01', 'm03', 'm04', 'p01', 'p02', 'p03']:
        globals()[w]()
        print('built', w)
