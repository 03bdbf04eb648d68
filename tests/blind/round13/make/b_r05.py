"""r05: โรงเรียนอ่าวลึกวิทยาคม results FY2569 - Google Docs 'Docs to Markdown' add-on output (HTML table, footnotes [^n])."""
from common import *

FN = 'r05_school_aoluekwittayakom_results_2569.md'
AG = 'โรงเรียนอ่าวลึกวิทยาคม'
MS = [
 dict(n='1', t='มาตรการเผยแพร่ข้อมูลข่าวสารของโรงเรียนผ่านเว็บไซต์และเพจ Facebook',
      s='1) แต่งตั้งผู้รับผิดชอบข้อมูลแต่ละกลุ่มบริหาร<br>2) ปรับปรุงข้อมูลบนเว็บไซต์ทุกเดือน<br>3) ประชาสัมพันธ์กิจกรรมผ่านเพจโรงเรียน',
      r='งานประชาสัมพันธ์ กลุ่มบริหารทั่วไป', p='ต.ค. 2568 – ก.ย. 2569', o='เผยแพร่ข่าวกิจกรรม 146 เรื่อง ปรับปรุงข้อมูลพื้นฐานครบทุกหัวข้อ',
      oc='ผู้ปกครองร้อยละ 91 ตอบแบบสอบถามว่าเข้าถึงข้อมูลโรงเรียนได้สะดวก', m='รายงานผู้อำนวยการโรงเรียนทุกภาคเรียน', code='1111111'),
 dict(n='2', t='มาตรการโปร่งใสในการรับนักเรียนชั้น ม.1 และ ม.4 ปีการศึกษา 2569',
      s='1) ประกาศหลักเกณฑ์และปฏิทินการรับนักเรียน<br>2) ประกาศผลสอบคัดเลือกพร้อมคะแนนทางเว็บไซต์<br>3) เปิดช่องทางรับเรื่องร้องเรียนระหว่างการรับสมัคร',
      r='คณะกรรมการรับนักเรียน[^1]', p='ก.พ. – เม.ย. 2569', o='รับนักเรียน ม.1 จำนวน 240 คน ม.4 จำนวน 200 คน ประกาศผลครบทุกรอบ',
      oc='ไม่มีข้อร้องเรียนเรื่องการรับนักเรียน', m='รายงานผลการรับนักเรียนต่อ สพม.อ่าวลึก และคณะกรรมการสถานศึกษาฯ', code='1111111'),
 dict(n='3', t='มาตรการป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้างและการใช้เงินระดมทรัพยากร',
      s='1) ให้กรรมการจัดซื้อจัดจ้างลงนามแบบแสดงความไม่มีส่วนได้เสีย<br>2) เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน<br>3) ประกาศรายรับ-รายจ่ายเงินระดมทรัพยากรต่อผู้ปกครอง',
      r='กลุ่มบริหารงบประมาณ (งานพัสดุ)', p='ต.ค. 2568 – ก.ย. 2569', o='เผยแพร่ผลการจัดซื้อจัดจ้างครบ 12 เดือน ประกาศรายรับ-รายจ่ายเงินระดมทรัพยากร 2 ภาคเรียน',
      oc='ผลการตรวจสอบภายในไม่พบข้อบกพร่องที่เป็นสาระสำคัญ', m='ดูหมายเหตุ[^2]', code='1111111'),
 dict(n='4', t='กิจกรรมโรงเรียนสุจริต (ค่ายเยาวชนคนดี และชมรม STRONG จิตพอเพียงต้านทุจริต)',
      s='1) จัดค่ายเยาวชนคนดีสำหรับนักเรียนแกนนำ<br>2) ชมรม STRONG จัดกิจกรรมเสียงตามสายสัปดาห์ละ 1 ครั้ง',
      r='กลุ่มบริหารกิจการนักเรียน', p='พ.ย. 2568 – ส.ค. 2569', o='นักเรียนแกนนำเข้าค่าย 80 คน จัดกิจกรรมเสียงตามสาย 32 ครั้ง',
      oc='……………………', m='สรุปผลกิจกรรมรายงานผู้อำนวยการเมื่อสิ้นปีการศึกษา', code='1111110'),
 dict(n='5', t='มาตรการรับเรื่องร้องเรียนจากผู้ปกครองและนักเรียน',
      s='1) ติดตั้งตู้รับเรื่องร้องเรียนและ QR Code<br>2) ตอบกลับผู้ร้องภายใน 15 วัน',
      r='', p='ตลอดปีการศึกษา 2569[^3]', o='รับเรื่อง 11 เรื่อง ตอบกลับครบทุกเรื่อง',
      oc='ผู้ร้องได้รับการตอบกลับภายในกำหนดร้อยละ 100', m='รายงานสรุปเรื่องร้องเรียนในการประชุมครูประจำเดือน', code='1101111'),
]
TOP = '''<!-----

You have some errors, warnings, or alerts. If you are using reckless mode, turn it off to see inline alerts.
* ERRORs: 0
* WARNINGs: 0
* ALERTS: 1

Conversion time: 1.482 seconds.


Using this Markdown file:

1. Paste this output into your source file.
2. See the notes and action items below regarding this conversion run.
3. Check the rendered output (headings, lists, code blocks, tables) for proper
   formatting and use a linkchecker before you publish this page.

Conversion notes:

* Docs to Markdown version 1.0β36
* Mon Oct 19 2026 01:12:44 GMT-0700 (PDT)
* Source doc: รายงานผล ITA 2569 ร.ร.อ่าวลึกวิทยาคม (ฉบับเผยแพร่)
* Tables are currently converted to HTML tables.
* This document has images: check for >>>>>  gd2md-html alert:  inline image link in generated source and store images to your server. NOTE: Images in exported zip file from Google Docs may not appear in  the same order as they do in your doc. Please check the images!

----->


<p style="color: red; font-weight: bold">>>>>>  gd2md-html alert:  ERRORs: 0; WARNINGs: 0; ALERTS: 1.</p>
<ul style="color: red; font-weight: bold"><li>See top comment block for details on ERRORs and WARNINGs. <li>In the converted Markdown or HTML, search for inline alerts that start with >>>>>  gd2md-html alert:  for specific instances that need correction.</ul>

<p style="color: red; font-weight: bold">Links to alert messages:</p><a href="#gdcalert1">alert1</a>

<p style="color: red; font-weight: bold">>>>>> PLEASE check and correct alert issues and delete this message and the inline alerts.<hr></p>



<p id="gdcalert1" ><span style="color: red; font-weight: bold">>>>>>  gd2md-html alert: inline image link here (to images/image1.png). Store image on your image server and adjust path/filename/extension if necessary. </span><br>(<a href="#">Back to top</a>)(<a href="#gdcalert2">Next alert</a>)<br><span style="color: red; font-weight: bold">>>>>> </span></p>


![alt_text](images/image1.png "image_tooltip")


**รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน**

**ประจำปีงบประมาณ พ.ศ. 2569**

**โรงเรียนอ่าวลึกวิทยาคม สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาอ่าวลึก**

        ตามที่โรงเรียนอ่าวลึกวิทยาคมได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569 เพื่อสนับสนุนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงานเขตพื้นที่การศึกษามัธยมศึกษาอ่าวลึก ซึ่งในปี พ.ศ. 2569 ได้คะแนน 95.12 คะแนน ระดับ ผ่าน โรงเรียนขอรายงานผลการดำเนินการ ดังนี้


'''

def build():
    h = [TOP]
    h.append('<table>\n  <tr>\n')
    for c in ['ที่', 'มาตรการ/กิจกรรม', 'วิธีการดำเนินงาน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'ผลการดำเนินงาน', 'ผลลัพธ์', 'การติดตาม/รายงานผล']:
        h.append(f'   <td><strong>{c}</strong>\n   </td>\n')
    h.append('  </tr>\n')
    for m in MS:
        h.append('  <tr>\n')
        for v in [m['n'], m['t'], m['s'], m['r'], m['p'], m['o'], m['oc'], m['m']]:
            h.append(f'   <td>{v}\n   </td>\n')
        h.append('  </tr>\n')
    h.append('</table>\n\n\n')
    h.append('ลงชื่อ ...................................... ผู้รายงาน\n\n(นางสาวนูรีซัน อาลี)\n\nหัวหน้างานควบคุมภายใน\n\n\n'
             'ลงชื่อ ...................................... ผู้อำนวยการโรงเรียน\n\n(นายสมศักดิ์ ทองนุ้ย)\n\nผู้อำนวยการโรงเรียนอ่าวลึกวิทยาคม\n\n\n')
    h.append('[^1]:\n     ตามคำสั่งโรงเรียนอ่าวลึกวิทยาคม ที่ 12/2569 ลงวันที่ 5 กุมภาพันธ์ 2569 มีรองผู้อำนวยการกลุ่มบริหารวิชาการเป็นประธาน\n\n')
    h.append('[^2]:\n     งานตรวจสอบภายในของโรงเรียนตรวจสอบเอกสารการจัดซื้อจัดจ้างและการใช้เงินระดมทรัพยากรทุกภาคเรียน และรายงานผลต่อผู้อำนวยการโรงเรียนและคณะกรรมการสถานศึกษาขั้นพื้นฐาน\n\n')
    h.append('[^3]:\n     ปีการศึกษา 2569 เริ่ม 16 พฤษภาคม 2569 สิ้นสุด 31 มีนาคม 2570\n')
    with open(os.path.join(ROOT, FN), 'w', encoding='utf-8') as f:
        f.write(''.join(h))
    check(MS, dict(measure='t', steps='s', responsible='r', period='p', monitoring='m', output='o', outcome='oc'))
    write_truth(FN, 'results', 2569, AG, 'measure', [unit(m['n'], m['t'], m['code']) for m in MS], [
        'measure 4: outcome is a dotted blank "……………………"',
        'measure 5: responsible cell left empty',
        'measure 5: period is the academic year 2569 (16 May 2569 – 31 Mar 2570 per footnote 3), mostly outside FY 2569 (stated, so present, but does not match the fiscal year)'],
        'NEW FORM: Markdown produced by the Google Docs add-on "Docs to Markdown" (gd2md-html): conversion-notes HTML '
        'comment at the top, red inline alert paragraphs and an image placeholder for the school logo, bold paragraphs as '
        'the title, the table converted to a raw HTML <table> (first row <td><strong> as header, no <th>), and Google Docs '
        'FOOTNOTES as Markdown footnotes ([^1] in the cell, "[^1]:" definitions at the very end after the signatures). '
        'Footnote 2 carries measure 3\'s whole monitoring ("ดูหมายเหตุ[^2]" in the cell → the footnote says the internal '
        'audit reports each term to the director and school board): monitoring PRESENT. Footnote 1 only adds the order '
        'number for measure 2\'s committee (responsible present anyway). Score is the educational area office\'s ITA 2569 '
        '(95.12 ผ่าน). 8 columns incl. own monitoring column; numbers 1–5 in "ที่".')

if __name__ == '__main__':
    build()
