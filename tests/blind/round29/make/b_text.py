"""Text documents: r03 md, r05 txt, m01 md, m04 txt, p01 md, p02 txt, and HTML: r04 (NEW: HTML E-MAIL NEWSLETTER - a
Mailchimp classic-template campaign saved from its "view in browser" page: nested layout tables, inline styles, MSO
conditional comments, hidden preheader), m03 (municipal CMS table), p03 (NEW: WORDPRESS GUTENBERG page whose activities are
core/details ACCORDION blocks, all but the first collapsed)."""
import sys, html as H
from common import *

e = H.escape


# ------------------------------------------------------------------ r03 md (เทศบาลตำบล, COMPLETE)
def r03():
    F = 'r03_tt_namphongwari_results_2569.md'; AG = 'เทศบาลตำบลน้ำพองวารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลงบประมาณ การจัดซื้อจัดจ้าง และผลการดำเนินงานของเทศบาลผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์',
          steps=['กองคลังสรุปผลการจัดซื้อจัดจ้างตามแบบ สขร.1 ทุกเดือน', 'สำนักปลัดเผยแพร่บนเว็บไซต์และบอร์ดหน้าสำนักงาน',
                 'ตรวจสอบความครบถ้วนทุกไตรมาส'],
          resp='กองคลัง / สำนักปลัดเทศบาล', period='ต.ค. 2568 – ก.ย. 2569', mon='ปลัดเทศบาลตรวจสอบและรายงานนายกเทศมนตรีทุกไตรมาส',
          out='เผยแพร่ครบ 12 เดือน รวม 187 รายการ', outc='ประชาชนเข้าถึงข้อมูลได้ ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='ให้บริการรับชำระภาษีและค่าธรรมเนียมเก็บขยะผ่าน QR Code เพื่อลดการรับเงินสด',
          steps=['จัดทำใบแจ้งหนี้พร้อม QR Code', 'กระทบยอดรับชำระรายวัน', 'ประชาสัมพันธ์ผ่านเสียงตามสายและกลุ่มไลน์หมู่บ้าน'],
          resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='ม.ค. – ก.ย. 2569', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส',
          out='รับชำระผ่าน QR Code 2,314 รายการ', outc='สัดส่วนการชำระผ่าน QR Code ร้อยละ 46 ไม่พบเงินขาดบัญชี'),
     dict(n='3', title='เปิดโอกาสให้ประชาชนมีส่วนร่วมตรวจสอบโครงการก่อสร้างถนนคอนกรีตเสริมเหล็กผ่านคณะกรรมการชุมชน',
          steps=['แต่งตั้งผู้แทนชุมชนร่วมตรวจรับงาน', 'ติดป้ายข้อมูลโครงการ ณ สถานที่ก่อสร้าง', 'ประชุมชี้แจงผลหลังส่งมอบงาน'],
          resp='กองช่าง', period='ธ.ค. 2568 – ก.ค. 2569', mon='นายกเทศมนตรีติดตามในที่ประชุมประจำเดือนของเทศบาล',
          out='โครงการ 9 โครงการ มีผู้แทนชุมชนร่วมตรวจรับครบ', outc='งานแล้วเสร็จตามสัญญา ไม่มีข้อร้องเรียน'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมองค์กรไม่ทนต่อการทุจริตและนโยบายไม่รับของขวัญ',
          steps=['ประกาศเจตนารมณ์และนโยบาย No Gift Policy', 'อบรมพนักงานเทศบาลเรื่องการขัดกันแห่งผลประโยชน์', 'รายงานการรับของขวัญหลังเทศกาล'],
          resp='สำนักปลัดเทศบาล', period='ธ.ค. 2568 – ม.ค. 2569', mon='สำนักปลัดสรุปผลรายงานนายกเทศมนตรีหลังเทศกาล',
          out='อบรม 1 ครั้ง ผู้เข้าร่วม 74 คน', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    L = ['# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', '',
         f'**{AG}** อำเภอน้ำพองวารี จังหวัดขอนแก่นวารี', '',
         '## 1. ผลการประเมิน ITA ปี 2568', '',
         'เทศบาลตำบลน้ำพองวารีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 จำนวน **89.17 คะแนน** ระดับ **ผ่าน** '
         'และได้ดำเนินการตามมาตรการ 4 มาตรการ ผลการดำเนินการรอบ 12 เดือน มีดังนี้', '',
         '## 2. ผลการดำเนินการตามมาตรการ', '']
    for m in MS:
        L += [f'### มาตรการที่ {m["n"]} : {m["title"]}', '', '- **ขั้นตอนการดำเนินการ**']
        L += [f'    {i}. {x}' for i, x in enumerate(m['steps'], 1)]
        L += [f'- **ผู้รับผิดชอบ** : {m["resp"]}', f'- **ระยะเวลา** : {m["period"]}', f'- **การติดตามผล** : {m["mon"]}',
              f'- **ผลผลิต** : {m["out"]}', f'- **ผลลัพธ์** : {m["outc"]}', '']
    L += ['## 3. ปัญหาและอุปสรรค', '', 'ผู้สูงอายุบางส่วนยังไม่สะดวกชำระผ่าน QR Code จึงยังคงช่องทางรับชำระเงินสดควบคู่', '',
          '---', '', 'ผู้รายงาน : นางสาวปวีณา ม่วงหวานวารี (นักวิเคราะห์นโยบายและแผน)  ',
          'ผู้รับรอง : นายสมหมาย ทรายมูลวารี (ปลัดเทศบาลตำบลน้ำพองวารี)', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Markdown: H1 title FY 2569, ITA 2568 89.17 ผ่าน; "### มาตรการที่ n : title" + bullet label lines (bold labels), steps as '
          'an indented 1. 2. 3. list under "ขั้นตอนการดำเนินการ"; problems; reporter/approver. COMPLETE.')


# ------------------------------------------------------------------ r05 txt (อบต., contradictory score)
def r05():
    F = 'r05_obt_nongbuawari_results_2569.txt'; AG = 'องค์การบริหารส่วนตำบลหนองบัววารี'
    MS = [
     dict(n='1', title='การเปิดเผยข้อมูลสาธารณะและผลการจัดซื้อจัดจ้างของ อบต.',
          steps='(1) กองคลังสรุปผลการจัดซื้อจัดจ้างรายเดือน (2) เผยแพร่บนเว็บไซต์ อบต. (3) ปิดประกาศ ณ ที่ทำการ อบต. และหมู่บ้าน',
          resp='กองคลัง', period='ตุลาคม 2568 - กันยายน 2569', mon='ปลัด อบต. ตรวจสอบทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน', outc='ประชาชนรับทราบข้อมูล ไม่มีข้อร้องเรียน'),
     dict(n='2', title='การจัดเวทีประชาคมตำบลเพื่อจัดทำแผนพัฒนาท้องถิ่นและการตรวจสอบโครงการ',
          steps='(1) ประชาสัมพันธ์เชิญชวนประชาชน (2) จัดเวทีประชาคม 12 หมู่บ้าน (3) สรุปข้อเสนอบรรจุในแผนพัฒนาท้องถิ่น',
          resp='สำนักปลัด (งานนโยบายและแผน)', period='กุมภาพันธ์ - มีนาคม 2569', mon='คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่นรายงานนายก อบต.',
          out='ประชาคม 12 หมู่บ้าน ผู้เข้าร่วม 684 คน', outc='ข้อเสนอของประชาชนบรรจุในแผนพัฒนาร้อยละ 85'),
     dict(n='3', title='การลดขั้นตอนและระยะเวลาการขออนุญาตก่อสร้างอาคาร',
          steps='(1) ประกาศขั้นตอนและระยะเวลา (2) ตรวจสอบเอกสารให้ครบในครั้งเดียว (3) แจ้งผลการพิจารณาทาง SMS',
          resp='กองช่าง', period='ตุลาคม 2568 - กันยายน 2569', mon='หัวหน้าสำนักปลัดติดตามรายไตรมาส',
          out='(ระบุ)', outc='ออกใบอนุญาตภายใน 30 วันทุกราย'),
     dict(n='4', title='การส่งเสริมคุณธรรมจริยธรรมพนักงานส่วนตำบล (No Gift Policy)',
          steps='(1) ประกาศนโยบาย (2) อบรมพนักงาน (3) รายงานการรับของขวัญ',
          resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='ธันวาคม 2568 - มกราคม 2569', mon='สำนักปลัดรายงานนายก อบต. หลังเทศกาล',
          out='อบรม 1 ครั้ง 41 คน', outc='ไม่พบการรับของขวัญเกินมูลค่า'),
    ]
    L = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส',
         'ประจำปีงบประมาณ พ.ศ. 2569', AG + ' อำเภอเชียงยืนวารี จังหวัดมหาสารวารี', '',
         '1. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568',
         '   องค์การบริหารส่วนตำบลหนองบัววารีได้คะแนนรวม 87.52 คะแนน อยู่ในระดับผ่าน โดยมีคะแนนรายแบบวัด ดังนี้',
         '      IIT   (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน)   91.20',
         '      EIT   (แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก)   86.04',
         '      OIT   (แบบวัดการเปิดเผยข้อมูลสาธารณะ)                80.33',
         '      ผลรวมคะแนน                                          85.86', '',
         '2. ผลการดำเนินการตามมาตรการ (รอบ 12 เดือน 1 ต.ค. 2568 - 30 ก.ย. 2569)', '']
    for m in MS:
        L += [f'ข้อ {m["n"]}  {m["title"]}',
              f'     ขั้นตอน/วิธีการ   : {m["steps"]}',
              f'     ผู้รับผิดชอบ       : {m["resp"]}',
              f'     ระยะเวลา          : {m["period"]}',
              f'     การติดตามผล       : {m["mon"]}',
              f'     ผลผลิต            : {m["out"]}',
              f'     ผลลัพธ์            : {m["outc"]}', '']
    L += ['3. ข้อเสนอแนะ', '   ควรพัฒนาระบบยื่นคำขออนุญาตก่อสร้างออนไลน์ในปีงบประมาณ 2570', '',
          '                         (ลงชื่อ) นายบุญมี กุดรังวารี  ผู้รายงาน', '                         ปลัดองค์การบริหารส่วนตำบลหนองบัววารี', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS,
          ['contradictory ITA 2568 score: the prose says คะแนนรวม 87.52 but the IIT/EIT/OIT list gives ผลรวมคะแนน 85.86',
           'measure ข้อ 3 (3): output (ผลผลิต) is "(ระบุ)"'],
          'Plain text (UTF-8, LF): title FY 2569; prose 87.52 ผ่าน vs indented IIT/EIT/OIT list ผลรวมคะแนน 85.86 (CONTRADICTORY; '
          'both are ผ่าน); "ข้อ n  title" + space-aligned "label : value" lines, steps (1) (2) (3) on one line.')


# ------------------------------------------------------------------ m01 md (อบจ., improvements missing)
def m01():
    F = 'm01_pao_roietwari_measures_2570.md'; AG = 'องค์การบริหารส่วนจังหวัดร้อยเอ็ดวารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างโครงการก่อสร้างถนนและแหล่งน้ำ พร้อมพิกัดและภาพความก้าวหน้า',
          steps='1) กองพัสดุฯ สรุปผลรายเดือน<br>2) กองช่างถ่ายภาพก่อน–ระหว่าง–หลัง<br>3) เผยแพร่บนเว็บไซต์และแผนที่ออนไลน์',
          resp='กองพัสดุและทรัพย์สิน / กองช่าง', period='ต.ค. 2569 – ก.ย. 2570', mon='ปลัด อบจ. ติดตามรายไตรมาส',
          outc='เปิดเผยข้อมูลครบทุกโครงการ ข้อร้องเรียนลดลง'),
     dict(n='2', title='ตรวจสอบการใช้รถยนต์ เครื่องจักรกล และน้ำมันเชื้อเพลิงของ อบจ.',
          steps='1) ติด GPS รถและเครื่องจักร<br>2) เทียบระยะทางกับการเบิกน้ำมัน<br>3) รายงานความผิดปกติ',
          resp='-', period='ม.ค. – ก.ย. 2570', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส', outc='ค่าน้ำมันลดลงร้อยละ 10'),
     dict(n='3', title='ประกาศหลักเกณฑ์การสนับสนุนงบประมาณแก่โรงเรียนในสังกัดและ รพ.สต. ที่ถ่ายโอน',
          steps='1) จัดทำหลักเกณฑ์การจัดสรร<br>2) ประกาศบนเว็บไซต์<br>3) แจ้งผลการจัดสรรรายแห่ง',
          resp='กองการศึกษาฯ / กองสาธารณสุข', period='พ.ย. 2569 – ก.พ. 2570', mon='รองนายก อบจ. ติดตามในที่ประชุมหัวหน้าส่วนราชการ',
          outc='การจัดสรรเป็นไปตามหลักเกณฑ์ทุกแห่ง'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมสุจริตและ No Gift Policy ของผู้บริหารและพนักงาน อบจ.',
          steps='1) นายก อบจ. ประกาศนโยบาย<br>2) อบรมการขัดกันแห่งผลประโยชน์<br>3) รายงานหลังเทศกาล',
          resp='สำนักปลัด อบจ.', period='ธ.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรายงานนายก อบจ. หลังเทศกาล',
          outc='ไม่พบการรับของขวัญเกินมูลค่า'),
    ]
    L = ['# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', '',
         f'> {AG}  |  ประกาศ ณ วันที่ 20 ตุลาคม 2569', '',
         '## ส่วนที่ 1 ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', '',
         'อบจ.ร้อยเอ็ดวารีได้ **90.74 คะแนน** อยู่ในระดับ **ผ่าน**', '',
         '## ส่วนที่ 2 การวิเคราะห์ผลการประเมิน', '',
         '### ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', '',
         '1. ผู้รับบริการ (EIT) ยังไม่มั่นใจในความโปร่งใสของโครงการก่อสร้างถนนและแหล่งน้ำ',
         '2. การใช้รถยนต์และเครื่องจักรกลของ อบจ. ยังไม่มีระบบตรวจสอบที่ชัดเจน', '',
         '## ส่วนที่ 3 มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '',
         '| ที่ | มาตรการ | ขั้นตอนการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา | การกำกับติดตาม | ผลที่คาดว่าจะได้รับ |',
         '|:---:|---|---|---|---|---|---|']
    for m in MS:
        L.append(f'| {m["n"]} | {m["title"]} | {m["steps"]} | {m["resp"]} | {m["period"]} | {m["mon"]} | {m["outc"]} |')
    L += ['', 'ลงชื่อ นายประยุทธ เสลภูมิวารี นายกองค์การบริหารส่วนจังหวัดร้อยเอ็ดวารี', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['analysis section "ประเด็นที่ต้องพัฒนาให้ดีขึ้น" (improvements) is missing', 'measure 2: responsible (ผู้รับผิดชอบ) is "-"'],
          'Markdown: H1 title FY 2570, quoted agency line, ส่วนที่ 1 ITA 2569 90.74 ผ่าน, ส่วนที่ 2 with ONLY the weaknesses H3 '
          '(1. 2.), ส่วนที่ 3 7-column pipe table 1–4 (steps "1) … <br>2) …", การกำกับติดตาม = monitoring, ผลที่คาดว่าจะได้รับ = '
          'outcome); output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'missing'})


# ------------------------------------------------------------------ m04 txt (faculty, wrong band)
def m04():
    F = 'm04_eng_msuwari_measures_2570.txt'; AG = 'คณะวิศวกรรมศาสตร์ มหาวิทยาลัยมหาสารวารี'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลการจัดซื้อครุภัณฑ์ห้องปฏิบัติการและการใช้จ่ายเงินรายได้ของคณะ',
          steps='๑) งานพัสดุสรุปผลรายเดือน ๒) งานคลังจัดทำรายงานรายไตรมาส ๓) เผยแพร่บนเว็บไซต์คณะ',
          resp='งานพัสดุ / งานคลังและบัญชี', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ไม่มี',
          outc='ข้อมูลเปิดเผยครบถ้วน ไม่มีข้อร้องเรียน'),
     dict(n='๒', title='ประกาศหลักเกณฑ์และผลการพิจารณาทุนการศึกษาและทุนผู้ช่วยวิจัยอย่างเปิดเผย',
          steps='๑) ประกาศหลักเกณฑ์ก่อนเปิดรับสมัคร ๒) แต่งตั้งกรรมการพิจารณาที่ไม่มีส่วนได้เสีย ๓) ประกาศผลพร้อมคะแนน',
          resp='งานกิจการนักศึกษา / งานวิจัยและบัณฑิตศึกษา', period='พ.ย. ๒๕๖๙ – ก.ค. ๒๕๗๐',
          mon='รองคณบดีฝ่ายกิจการนักศึกษารายงานที่ประชุมกรรมการประจำคณะ', outc='ไม่มีข้อร้องเรียนเรื่องการพิจารณาทุน'),
     dict(n='๓', title='ควบคุมการใช้เครื่องมือและห้องปฏิบัติการเพื่อบริการวิชาการภายนอกและการรับเงินค่าบริการ',
          steps='๑) จองเครื่องมือผ่านระบบออนไลน์ ๒) ออกใบเสร็จอิเล็กทรอนิกส์ทุกรายการ ๓) กระทบยอดรายเดือน',
          resp='ศูนย์บริการวิชาการ', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='งานคลังตรวจสอบกระทบยอดรายเดือนเสนอคณบดี',
          outc='รายได้ค่าบริการตรงกับบันทึกการใช้เครื่องมือร้อยละ ๑๐๐'),
     dict(n='๔', title='ส่งเสริมวัฒนธรรมองค์กรสุจริตของบุคลากรและนิสิต (No Gift Policy, ต่อต้านการลอกเลียนผลงาน)',
          steps='๑) ประกาศนโยบาย ๒) ตรวจสอบวิทยานิพนธ์ด้วยโปรแกรมอักขราวิสุทธิ์ ๓) อบรมจริยธรรมการวิจัย',
          resp='งานบริหารและธุรการ', period='ธ.ค. ๒๕๖๙ – มี.ค. ๒๕๗๐', mon='รองคณบดีฝ่ายบริหารรายงานคณบดีรายไตรมาส',
          outc='วิทยานิพนธ์ผ่านเกณฑ์ความซ้ำซ้อนทุกเล่ม'),
    ]
    R = '=' * 72; r = '-' * 72
    L = [R, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', AG, R, '',
         '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙',
         '   มหาวิทยาลัยมหาสารวารีได้ ๘๔.๓๗ คะแนน  ระดับ : ผ่าน', '',
         '๒. การวิเคราะห์ผลการประเมิน', r,
         '   ๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน',
         '       - การเปิดเผยข้อมูลการใช้จ่ายเงินรายได้ของคณะ (OIT) ยังไม่ครบถ้วน',
         '       - นิสิตยังไม่มั่นใจในความเป็นธรรมของการพิจารณาทุน (EIT)',
         '   ๒.๒ ประเด็นที่ต้องพัฒนาให้ดีขึ้น',
         '       - การรับเงินค่าบริการวิชาการ และวัฒนธรรมความซื่อสัตย์ทางวิชาการ', '',
         '๓. มาตรการ', r]
    for m in MS:
        L += [f'({m["n"]}) {m["title"]}',
              f'    วิธีการ          : {m["steps"]}',
              f'    ผู้รับผิดชอบ      : {m["resp"]}',
              f'    ระยะเวลา         : {m["period"]}',
              f'    การติดตามผล      : {m["mon"]}',
              f'    ตัวชี้วัดความสำเร็จ : {m["outc"]}', '']
    L += [r, 'ประกาศ ณ วันที่ ๒๓ ตุลาคม ๒๕๖๙', 'รองศาสตราจารย์ ดร.วิศรุต วาปีวารี  คณบดีคณะวิศวกรรมศาสตร์', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['wrong band: ๘๔.๓๗ is below 85 but is reported as ผ่าน (2570 scale: ≥85 ผ่าน)', 'measure (๑): monitoring (การติดตามผล) is "ไม่มี"'],
          'Plain text (UTF-8, LF, "=" / "-" rules): title FY ๒๕๗๐; ITA ๒๕๖๙ ๘๔.๓๗ "ระดับ : ผ่าน" (WRONG BAND); ๒.๑ weaknesses / ๒.๒ '
          'improvements; measures "(๑)–(๔) title" + space-aligned "label : value" lines, steps ๑) ๒) ๓) on one line, '
          'ตัวชี้วัดความสำเร็จ = outcome; output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ------------------------------------------------------------------ p01 md (เทศบาลเมือง plan)
def p01():
    F = 'p01_tm_chachoengwari_plan_2570.md'; AG = 'เทศบาลเมืองฉะเชิงวารี'
    MS = [
     dict(n='1', title='เผยแพร่ข้อมูลงบประมาณและการจัดซื้อจัดจ้างผ่านเว็บไซต์และ Facebook เทศบาล',
          steps='กองคลังสรุป สขร.1 รายเดือน; งานประชาสัมพันธ์เผยแพร่', resp='กองคลัง / สำนักปลัด', period='ต.ค. 69 – ก.ย. 70',
          outc='เผยแพร่ครบ 12 เดือน'),
     dict(n='2', title='ประชุมประชาคมเมืองเพื่อรับฟังความคิดเห็นโครงการปรับปรุงตลาดสดเทศบาล',
          steps='', resp='กองช่าง / กองสาธารณสุขฯ', period='ก.พ. 70', outc='ข้อเสนอของผู้ค้าและประชาชนได้รับการพิจารณาทุกข้อ'),
     dict(n='3', title='ลดระยะเวลาการออกใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพด้วยระบบยื่นคำขอออนไลน์',
          steps='เปิดระบบยื่นคำขอออนไลน์; แจ้งสถานะทาง SMS; รายงานคำขอเกินกำหนด', resp='กองสาธารณสุขและสิ่งแวดล้อม',
          period='ม.ค. – ก.ย. 70', outc='ออกใบอนุญาตภายใน 15 วันร้อยละ 95'),
     dict(n='4', title='อบรมพนักงานเทศบาลเรื่องการขัดกันแห่งผลประโยชน์และ No Gift Policy',
          steps='จัดอบรม 1 ครั้ง; ทดสอบหลังอบรม; ประกาศนโยบาย', resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='มี.ค. 70',
          outc='-'),
    ]
    L = ['# แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมความโปร่งใส ประจำปีงบประมาณ 2570', '',
         f'{AG} จังหวัดฉะเชิงวารี', '',
         'ผลการประเมิน ITA ปี 2569 ของเทศบาลได้ 86.93 คะแนน (ผ่าน) เทศบาลจึงกำหนดกิจกรรมตามแผน 4 กิจกรรม '
         'โดยสำนักปลัดเทศบาลจะติดตามและรายงานผลการดำเนินงานทุกกิจกรรมต่อนายกเทศมนตรีทุกไตรมาส', '',
         '| ลำดับ | กิจกรรม | วิธีดำเนินการ | ผู้รับผิดชอบ | ห้วงเวลา | ตัวชี้วัด |',
         '|---|---|---|---|---|---|']
    for m in MS:
        L.append(f'| {m["n"]} | {m["title"]} | {m["steps"]} | {m["resp"]} | {m["period"]} | {m["outc"]} |')
    L += ['', '*หมายเหตุ* การติดตามผล: สำนักปลัดเทศบาลรวบรวมผลทุกกิจกรรมรายงานนายกเทศมนตรีทุกไตรมาส และสรุปผลรอบ 6 และ 12 เดือน', '',
          'อนุมัติ ณ วันที่ 1 ตุลาคม 2569 — นายวิรัช บางปะกงวารี นายกเทศมนตรีเมืองฉะเชิงวารี', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 2: steps (วิธีดำเนินการ) cell empty', 'activity 4: indicator (ตัวชี้วัด) is "-"'],
          'Markdown: H1 plan title FY 2570, intro ITA 2569 86.93 ผ่าน; 6-column pipe table (no monitoring column) ลำดับ 1–4, steps '
          'joined by ";"; the intro and the note under the table give a GENERAL monitoring statement (สำนักปลัดรายงานทุกไตรมาส) = '
          'monitoring for every activity; ตัวชี้วัด = outcome; output never stated (missing by convention).', gmon=True)


# ------------------------------------------------------------------ p02 txt (school plan, COMPLETE)
def p02():
    F = 'p02_school_kuchinaraiwari_plan_2570.txt'; AG = 'โรงเรียนกุฉินารายณ์วารีวิทยา'
    MS = [
     dict(n='1', title='เผยแพร่แผนการใช้จ่ายงบประมาณ เงินอุดหนุนรายหัว และผลการจัดซื้อจัดจ้างของโรงเรียน',
          steps=['งานการเงินจัดทำรายงานรายเดือน', 'งานพัสดุสรุป สขร.1', 'เผยแพร่บนเว็บไซต์โรงเรียนและบอร์ดหน้าห้องธุรการ'],
          resp='กลุ่มบริหารงบประมาณ', period='ต.ค. 2569 - ก.ย. 2570', mon='รองผู้อำนวยการกลุ่มบริหารงบประมาณรายงานผู้อำนวยการทุกเดือน',
          outc='ข้อมูลเผยแพร่ครบทุกเดือน'),
     dict(n='2', title='รับนักเรียนชั้น ม.1 และ ม.4 ด้วยเกณฑ์ที่ประกาศล่วงหน้าและประกาศผลพร้อมคะแนน',
          steps=['ประกาศเกณฑ์การรับนักเรียนล่วงหน้า 30 วัน', 'สอบคัดเลือกโดยคณะกรรมการ', 'ประกาศผลพร้อมคะแนนรายบุคคล'],
          resp='กลุ่มบริหารวิชาการ (งานรับนักเรียน)', period='ก.พ. - เม.ย. 2570', mon='คณะกรรมการสถานศึกษาขั้นพื้นฐานรับทราบผลการรับนักเรียน',
          outc='ไม่มีข้อร้องเรียนเรื่องการรับนักเรียน ไม่มีการเรียกรับเงินแป๊ะเจี๊ยะ'),
     dict(n='3', title='ควบคุมการใช้ทรัพย์สินของโรงเรียน (ห้องประชุม รถตู้ วัสดุ) ด้วยแบบขออนุญาตและทะเบียนคุม',
          steps=['ขออนุญาตใช้ทรัพย์สินตามแบบฟอร์ม', 'บันทึกทะเบียนคุมการใช้', 'ตรวจสอบทะเบียนรายภาคเรียน'],
          resp='กลุ่มบริหารทั่วไป', period='ต.ค. 2569 - ก.ย. 2570', mon='รองผู้อำนวยการกลุ่มบริหารทั่วไปตรวจสอบรายภาคเรียน',
          outc='ไม่พบการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน'),
     dict(n='4', title='กิจกรรมโรงเรียนสุจริตและห้องเรียนสีขาว ปลูกฝังความซื่อสัตย์แก่นักเรียน',
          steps=['จัดกิจกรรมร้านค้าซื่อสัตย์', 'จัดค่ายโรงเรียนสุจริต', 'ประเมินพฤติกรรมนักเรียน'],
          resp='กลุ่มบริหารกิจการนักเรียน', period='พ.ย. 2569 - ก.พ. 2570', mon='หัวหน้ากลุ่มบริหารกิจการนักเรียนรายงานผลผู้อำนวยการ',
          outc='นักเรียนผ่านการประเมินคุณลักษณะด้านความซื่อสัตย์ร้อยละ 90'),
    ]
    L = ['แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ 2570', AG,
         'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษากาฬสินธุ์วารี', '',
         'ผลการประเมิน ITA ปีงบประมาณ 2569 : สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้ 93.11 คะแนน ระดับผ่าน', '']
    for m in MS:
        L += [f'กิจกรรมที่ {m["n"]} {m["title"]}', '\tวิธีการดำเนินงาน']
        L += [f'\t\t- {x}' for x in m['steps']]
        L += [f'\tผู้รับผิดชอบ\t{m["resp"]}', f'\tระยะเวลา\t{m["period"]}', f'\tการติดตามผล\t{m["mon"]}',
              f'\tตัวชี้วัด\t{m["outc"]}', '']
    L += ['ผู้เสนอแผน  นางรัชนี สมเด็จวารี  รองผู้อำนวยการกลุ่มบริหารงบประมาณ',
          'ผู้อนุมัติแผน  นายสมพงษ์ ห้วยเม็กวารี  ผู้อำนวยการโรงเรียนกุฉินารายณ์วารีวิทยา', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Plain text (UTF-8, LF, TAB-indented): plan title "แผนการขับเคลื่อน…" FY 2570, สพฐ. 93.11 ผ่าน; "กิจกรรมที่ n title", '
          '"วิธีการดำเนินงาน" + TAB-TAB "- " steps, TAB "label<TAB>value" lines; ตัวชี้วัด = outcome; output never stated '
          '(missing by convention). COMPLETE.')


# ------------------------------------------------------------------ r04 html (NEW: e-mail newsletter)
def r04():
    F = 'r04_vc_kalasinwari_results_2569.html'; AG = 'วิทยาลัยอาชีวศึกษากาฬสินธุ์วารี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของวิทยาลัย',
          steps=['งานพัสดุสรุปผลการจัดซื้อจัดจ้างรายเดือน', 'งานการเงินรายงานการใช้จ่ายรายไตรมาส', 'เผยแพร่บนเว็บไซต์วิทยาลัย'],
          resp='ฝ่ายบริหารทรัพยากร (งานพัสดุ / งานการเงิน)', period='ต.ค. 2568 – ก.ย. 2569',
          mon='รองผู้อำนวยการฝ่ายบริหารทรัพยากรรายงานผู้อำนวยการทุกเดือน', out='เผยแพร่ครบ 12 เดือน 241 รายการ',
          outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='รับสมัครนักเรียน นักศึกษา ปวช. ปวส. ด้วยระบบออนไลน์และประกาศผลอย่างเปิดเผย',
          steps=['รับสมัครผ่านระบบออนไลน์', 'ประกาศเกณฑ์และผลการคัดเลือกบนเว็บไซต์', 'เปิดช่องทางอุทธรณ์ผลภายใน 7 วัน'],
          resp='', period='ก.พ. – พ.ค. 2569', mon='คณะกรรมการรับสมัครรายงานผลต่อผู้อำนวยการ',
          out='ผู้สมัคร 1,126 คน รับเข้าศึกษา 842 คน', outc='ไม่มีข้อร้องเรียนเรื่องการรับนักเรียน'),
     dict(n='3', title='ควบคุมการใช้วัสดุฝึกและครุภัณฑ์ในโรงฝึกงานด้วยใบเบิกวัสดุและทะเบียนคุม',
          steps=['ครูผู้สอนเบิกวัสดุฝึกตามใบงาน', 'บันทึกทะเบียนคุมครุภัณฑ์ประจำแผนก', 'ตรวจนับวัสดุคงเหลือรายภาคเรียน'],
          resp='หัวหน้าแผนกวิชา / งานพัสดุ', period='พ.ย. 2568 – ก.ย. 2569', mon='รองผู้อำนวยการฝ่ายวิชาการตรวจสอบรายภาคเรียน',
          out='ตรวจนับ 9 แผนกวิชา 2 ภาคเรียน', outc='วัสดุฝึกเบิกจ่ายตรงตามใบงาน ไม่พบครุภัณฑ์สูญหาย'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมสุจริตของครู บุคลากร และนักเรียน นักศึกษา (อาชีวะสุจริต)',
          steps=['จัดกิจกรรมองค์การนักวิชาชีพ “อาชีวะโปร่งใส”', 'ประกาศนโยบาย No Gift Policy', 'รายงานการรับของขวัญหลังเทศกาล'],
          resp='ฝ่ายพัฒนากิจการนักเรียน นักศึกษา', period='ธ.ค. 2568 – ก.พ. 2569', mon='ฝ่ายพัฒนากิจการฯ สรุปผลเสนอผู้อำนวยการ',
          out='นักเรียน นักศึกษา และบุคลากรเข้าร่วม 1,540 คน', outc=None),
    ]
    TD = 'style="padding:4px 8px;border-bottom:1px solid #e5e5e5;font-family:Tahoma,sans-serif;font-size:14px;color:#333;vertical-align:top;"'
    TL = TD.replace('color:#333;', 'color:#1b4f72;font-weight:bold;width:130px;')

    def block(m):
        rows = [('ขั้นตอนการดำเนินงาน', '<br>'.join(f'{i}. {e(x)}' for i, x in enumerate(m['steps'], 1))),
                ('ผู้รับผิดชอบ', e(m['resp'])), ('ระยะเวลา', e(m['period'])), ('การติดตามผล', e(m['mon'])),
                ('ผลการดำเนินงาน', e(m['out']))]
        if m['outc'] is not None:
            rows.append(('ผลลัพธ์', e(m['outc'])))
        trs = ''.join(f'<tr><td valign="top" {TL}>{a}</td><td valign="top" {TD}>{b}</td></tr>' for a, b in rows)
        return f'''
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">
 <tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">
  <!--[if mso]><table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;"><tr><td valign="top" width="600" style="width:600px;"><![endif]-->
  <table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%;min-width:100%;" width="100%" class="mcnTextContentContainer">
   <tbody><tr><td valign="top" class="mcnTextContent" style="padding:0px 18px 9px;">
    <table border="0" cellpadding="0" cellspacing="0" width="100%" style="border:1px solid #d6e4f0;border-radius:4px;">
     <tr><td colspan="2" bgcolor="#d6eaf8" style="padding:8px;font-family:Tahoma,sans-serif;font-size:15px;font-weight:bold;color:#1b4f72;">
      <span style="display:inline-block;background:#1b4f72;color:#ffffff;border-radius:12px;padding:0 9px;">{m["n"]}</span>&nbsp; มาตรการที่ {m["n"]} {e(m["title"])}</td></tr>
     {trs}
    </table>
   </td></tr></tbody></table>
  <!--[if mso]></td></tr></table><![endif]-->
 </td></tr></tbody></table>'''
    blocks = ''.join(block(m) for m in MS)
    page = f'''<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!-- NAME: 1 COLUMN -->
<!--[if gte mso 15]>
<xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml>
<![endif]-->
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>จดหมายข่าว ITA วอศ.กาฬสินธุ์วารี ฉบับที่ 4/2569</title>
<style type="text/css">
p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} img,a img{{border:0;height:auto;outline:none;text-decoration:none;}}
body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}} .mcnPreviewText{{display:none !important;}}
#outlook a{{padding:0;}} .ReadMsgBody{{width:100%;}} .ExternalClass{{width:100%;}}
@media only screen and (max-width: 480px){{ .mcnTextContent{{padding-right:18px !important;padding-left:18px !important;}} }}
</style></head>
<body style="height:100%;margin:0;padding:0;width:100%;background-color:#eaeaea;">
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">สรุปผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมฯ รอบ 12 เดือน และข่าวรับสมัครนักศึกษา</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#eaeaea;">
<tr><td align="center" valign="top" id="bodyCell" style="padding:10px;">
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="max-width:600px;border:0;">
 <tr><td valign="top" id="templatePreheader" style="padding:9px 18px;font-family:Tahoma,sans-serif;font-size:11px;color:#777;">
  <table width="100%"><tr><td align="left" style="font-size:11px;color:#777;">จดหมายข่าวอิเล็กทรอนิกส์ ฉบับที่ 4/2569 (ตุลาคม 2569)</td>
  <td align="right" style="font-size:11px;"><a href="https://us21.campaign-archive.com/?u=7c1f0e2b9a&amp;id=4d8e21b0c3" style="color:#777;">ดูในเว็บเบราว์เซอร์</a></td></tr></table>
 </td></tr>
 <tr><td valign="top" id="templateHeader" bgcolor="#1b4f72" style="background-color:#1b4f72;padding:0;">
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock"><tr><td style="padding:18px;" align="center">
   <img align="center" alt="วอศ.กาฬสินธุ์วารี" src="https://mcusercontent.com/7c1f0e2b9a/images/9b1d4a2e-banner-ita2569.png" width="564" style="max-width:564px;display:block;">
   <div style="font-family:Tahoma,sans-serif;font-size:20px;font-weight:bold;color:#ffffff;padding-top:10px;">จดหมายข่าว ITA {AG}</div>
  </td></tr></table>
 </td></tr>
 <tr><td valign="top" id="templateBody" bgcolor="#ffffff" style="background-color:#ffffff;padding-top:9px;padding-bottom:9px;">
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td class="mcnTextContent" style="padding:9px 18px;font-family:Tahoma,sans-serif;font-size:14px;line-height:150%;color:#333;">
   <p style="font-size:13px;color:#777;">เรียน คณะครู บุคลากร ผู้ปกครอง และผู้สนใจ</p>
   <h1 style="font-family:Tahoma,sans-serif;font-size:19px;color:#1b4f72;line-height:140%;margin:6px 0;">รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569</h1>
   <p>ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2568 สำนักงานคณะกรรมการการอาชีวศึกษาได้ <strong>92.37 คะแนน</strong> ระดับ <strong>ผ่าน</strong>
   วิทยาลัยจึงดำเนินการตามมาตรการ 4 มาตรการ ผลการดำเนินการรอบ 12 เดือน (1 ต.ค. 2568 – 30 ก.ย. 2569) สรุปได้ดังนี้</p>
  </td></tr></table>
  <table border="0" cellpadding="0" cellspacing="0" width="100%"><tr>
   <td align="center" width="33%" style="padding:6px;font-family:Tahoma,sans-serif;"><div style="font-size:26px;font-weight:bold;color:#1b4f72;">4</div><div style="font-size:12px;color:#555;">มาตรการ</div></td>
   <td align="center" width="33%" style="padding:6px;font-family:Tahoma,sans-serif;"><div style="font-size:26px;font-weight:bold;color:#1b4f72;">241</div><div style="font-size:12px;color:#555;">รายการเผยแพร่</div></td>
   <td align="center" width="33%" style="padding:6px;font-family:Tahoma,sans-serif;"><div style="font-size:26px;font-weight:bold;color:#1b4f72;">0</div><div style="font-size:12px;color:#555;">ข้อร้องเรียน</div></td>
  </tr></table>
{blocks}
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tr><td class="mcnTextContent" style="padding:9px 18px;font-family:Tahoma,sans-serif;font-size:14px;color:#333;">
   <p><strong>ปัญหาและอุปสรรค</strong> : ระบบรับสมัครออนไลน์มีผู้ใช้งานพร้อมกันจำนวนมากในวันแรก ควรขยายช่วงเวลารับสมัครในปีต่อไป</p>
   <p style="text-align:right;">ลงชื่อ นายอดิศักดิ์ ยางตลาดวารี ผู้รายงาน (รองผู้อำนวยการฝ่ายแผนงานและความร่วมมือ)<br>ลงชื่อ นางพัชรินทร์ สหัสขันธ์วารี ผู้อนุมัติ (ผู้อำนวยการวิทยาลัยอาชีวศึกษากาฬสินธุ์วารี)</p>
  </td></tr></table>
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock"><tr><td style="padding:18px;"><table width="100%" style="border-top:2px solid #eaeaea;"><tr><td></td></tr></table></td></tr></table>
  <table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tr>
   <td width="180" valign="top" style="padding:0 9px 9px 18px;"><img src="https://mcusercontent.com/7c1f0e2b9a/images/admission2570.jpg" width="164" alt="รับสมัคร"></td>
   <td valign="top" style="padding:0 18px 9px 9px;font-family:Tahoma,sans-serif;font-size:14px;color:#333;"><strong>ข่าวประชาสัมพันธ์ : เปิดรับสมัครนักเรียน นักศึกษา ปีการศึกษา 2570</strong><br>
   ระดับ ปวช. และ ปวส. ระบบทวิภาคี สมัครออนไลน์ได้ตั้งแต่ 1 กุมภาพันธ์ 2570 <a href="https://www.kalasinwari-voc.ac.th/admission" style="color:#1b4f72;">อ่านต่อ</a></td></tr></table>
 </td></tr>
 <tr><td valign="top" id="templateFooter" bgcolor="#333333" style="background-color:#333333;padding:18px;font-family:Tahoma,sans-serif;font-size:12px;color:#cccccc;text-align:center;line-height:150%;">
  <a href="https://www.facebook.com/kalasinwarivoc" style="color:#ffffff;">Facebook</a> | <a href="https://www.kalasinwari-voc.ac.th" style="color:#ffffff;">เว็บไซต์</a><br>
  <em>Copyright © 2569 {AG}, All rights reserved.</em><br>
  คุณได้รับอีเมลฉบับนี้เนื่องจากลงทะเบียนรับข่าวสารของวิทยาลัย<br>
  <strong>ที่อยู่ของเรา:</strong> 99 หมู่ 4 ถนนถีนานนท์ ตำบลกาฬสินธุ์วารี อำเภอเมือง จังหวัดกาฬสินธุ์วารี 46000<br>
  <a href="https://kalasinwari-voc.us21.list-manage.com/profile?u=7c1f0e2b9a&amp;id=a52e7f10d9&amp;e=[UNIQID]" style="color:#ffffff;">ปรับปรุงการรับข่าวสาร</a> หรือ
  <a href="https://kalasinwari-voc.us21.list-manage.com/unsubscribe?u=7c1f0e2b9a&amp;id=a52e7f10d9&amp;e=[UNIQID]" style="color:#ffffff;">ยกเลิกการรับข่าวสาร</a><br>
  <a href="http://www.mailchimp.com/email-referral/?utm_source=freemium_newsletter"><img src="https://cdn-images.mailchimp.com/monkey_rewards/intuit-mc-rewards-text-light.png" alt="Intuit Mailchimp" width="139"></a>
 </td></tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
</td></tr></table>
</center>
</body>
</html>
'''
    write(F, page)
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 2: responsible (ผู้รับผิดชอบ) value empty', 'measure 4: no ผลลัพธ์ (outcome) row at all'],
          'NEW FORM: an HTML E-MAIL NEWSLETTER (Mailchimp classic "1 COLUMN" template, the campaign\'s "view in browser" page saved '
          'as .html): bodyTable/bodyCell/templateContainer NESTED LAYOUT TABLES, every style inline, MSO conditional comments, a '
          'hidden preheader span (display:none, not part of the report), "ดูในเว็บเบราว์เซอร์" link, banner image, a 3-number stat '
          'strip, the report article (h1 title FY 2569, ITA 2568 92.37 ผ่าน, สอศ.), each measure a nested mcnTextBlock table with a '
          'coloured title row "n มาตรการที่ n title" and label/value rows (ขั้นตอนการดำเนินงาน 1. 2. 3. with <br>, ผลการดำเนินงาน = '
          'output, ผลลัพธ์ = outcome), problems and signers; then an unrelated admission news item and the mailing footer '
          '(unsubscribe, address, Mailchimp badge) - not part of the report.')


# ------------------------------------------------------------------ m03 html (เทศบาลนคร, COMPLETE)
def m03():
    F = 'm03_tn_khonkaenwari_measures_2570.html'; AG = 'เทศบาลนครขอนแก่นวารี'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและความก้าวหน้าโครงการก่อสร้างผ่านระบบ e-Report ของเทศบาล',
          steps=['สำนักการคลังสรุปผลรายเดือน', 'สำนักการช่างรายงานความก้าวหน้ารายสัปดาห์', 'เผยแพร่บนเว็บไซต์และแอปพลิเคชันเทศบาล'],
          resp='สำนักการคลัง / สำนักการช่าง', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='ปลัดเทศบาลตรวจสอบรายงานทุกเดือน',
          outc='เปิดเผยครบทุกโครงการ ประชาชนติดตามได้'),
     dict(n='๒', title='ลดขั้นตอนการขออนุญาตก่อสร้างอาคารด้วยระบบ e-Permit และแสดงสถานะคำขอ',
          steps=['เปิดยื่นคำขอผ่านระบบ e-Permit', 'แจ้งสถานะคำขอทาง SMS/LINE', 'รายงานคำขอที่เกินกำหนด'],
          resp='สำนักการช่าง (ฝ่ายควบคุมอาคาร)', period='พ.ย. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รองปลัดเทศบาลติดตามรายเดือน',
          outc='ออกใบอนุญาตภายใน ๓๐ วันร้อยละ ๙๕'),
     dict(n='๓', title='ตรวจสอบการจัดเก็บค่าธรรมเนียมตลาดสดเทศบาลด้วยใบเสร็จอิเล็กทรอนิกส์',
          steps=['ผู้ค้าชำระผ่าน QR Code', 'ออกใบเสร็จอิเล็กทรอนิกส์', 'กระทบยอดรายวัน'],
          resp='สำนักการคลัง / ฝ่ายตลาด', period='ม.ค. – ก.ย. ๒๕๗๐', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส',
          outc='ไม่พบเงินขาดบัญชี รายได้ค่าธรรมเนียมเพิ่มขึ้นร้อยละ ๑๐'),
     dict(n='๔', title='ส่งเสริมวัฒนธรรมองค์กร “ขอนแก่นวารีสุจริต” และนโยบาย No Gift Policy',
          steps=['นายกเทศมนตรีประกาศนโยบาย', 'อบรมพนักงานทุกสำนัก/กอง', 'รายงานการรับของขวัญหลังเทศกาล'],
          resp='สำนักปลัดเทศบาล', period='ธ.ค. ๒๕๖๙ – ก.พ. ๒๕๗๐', mon='สำนักปลัดสรุปผลเสนอนายกเทศมนตรี',
          outc='พนักงานผ่านการทดสอบหลังอบรมร้อยละ ๙๐'),
    ]
    rows = ''.join(
        f'<tr><td class="text-center">{m["n"]}</td><td>{e(m["title"])}</td><td>{"<br>".join(f"{th(i)}) " + e(x) for i, x in enumerate(m["steps"], 1))}</td>'
        f'<td>{e(m["resp"])}</td><td>{e(m["period"])}</td><td>{e(m["mon"])}</td><td>{e(m["outc"])}</td></tr>\n' for m in MS)
    page = f'''<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ๒๕๗๐ | {AG}</title>
<link rel="stylesheet" href="/templates/khonkaenwari/css/template.css"></head>
<body><header class="site-header"><div class="logo">{AG}</div>
<nav><a href="/">หน้าหลัก</a> <a href="/ita">ITA</a> <a href="/contact">ติดต่อเรา</a></nav></header>
<main class="container"><ol class="breadcrumb"><li>หน้าหลัก</li><li>ITA</li><li>O13</li></ol>
<article class="item-page">
<h2 class="page-title">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</h2>
<p class="small">เขียนโดย ผู้ดูแลระบบ | ๒๐ ตุลาคม ๒๕๖๙ | เปิดอ่าน ๔๑๒ ครั้ง</p>
<h3>๑. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๙</h3>
<p>เทศบาลนครขอนแก่นวารีได้ <b>๙๑.๒๖ คะแนน</b> ระดับ <b>ผ่าน</b></p>
<h3>๒. การวิเคราะห์ผลการประเมิน</h3>
<h4>๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน</h4>
<ul><li>ประชาชน (EIT) ยังไม่มั่นใจในความโปร่งใสของโครงการก่อสร้างขนาดใหญ่</li><li>การขออนุญาตก่อสร้างอาคารใช้เวลานาน</li></ul>
<h4>๒.๒ ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h4>
<ul><li>การจัดเก็บค่าธรรมเนียมตลาด และวัฒนธรรมการไม่รับของขวัญ</li></ul>
<h3>๓. มาตรการ</h3>
<table class="table table-bordered"><thead><tr><th>ลำดับ</th><th>มาตรการ</th><th>วิธีการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลาดำเนินการ</th><th>การติดตามผล</th><th>ผลที่คาดว่าจะได้รับ</th></tr></thead>
<tbody>
{rows}</tbody></table>
<p>ประกาศ ณ วันที่ ๒๐ ตุลาคม ๒๕๖๙<br>นายธีระ บ้านฝางวารี นายกเทศมนตรีนครขอนแก่นวารี</p>
</article></main><footer>© ๒๕๖๙ {AG} โทร. ๐ ๔๓๒๒ ๑๑๗๐</footer></body></html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS, [],
          'Municipal CMS page (Joomla-like article): title FY ๒๕๗๐, ITA ๒๕๖๙ ๙๑.๒๖ ผ่าน, ๒.๑ weaknesses / ๒.๒ improvements as '
          '<h4> + <ul>, 7-column table ลำดับ ๑–๔ (steps ๑) ๒) ๓) with <br>, ผลที่คาดว่าจะได้รับ = outcome); output never stated '
          '(missing by convention). COMPLETE.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ------------------------------------------------------------------ p03 html (NEW: WordPress Gutenberg accordion)
def p03():
    F = 'p03_obt_khlonghatwari_plan_2570.html'; AG = 'องค์การบริหารส่วนตำบลคลองหาดวารี'
    MS = [
     dict(n='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและงบประมาณรายจ่ายประจำปีของ อบต. ผ่านเว็บไซต์และบอร์ดประชาสัมพันธ์',
          steps=['กองคลังสรุปผลการจัดซื้อจัดจ้างรายเดือน', 'ปิดประกาศ ณ ที่ทำการ อบต. และศาลาประชาคมหมู่บ้าน', 'เผยแพร่บนเว็บไซต์ภายในวันที่ 10 ของเดือนถัดไป'],
          resp='กองคลัง', period='ต.ค. 2569 – ก.ย. 2570', mon='ปลัด อบต. ตรวจสอบทุกเดือน', outc='เผยแพร่ครบ 12 เดือน'),
     dict(n='2', title='จัดเวทีประชาคมหมู่บ้านและตำบลเพื่อทบทวนแผนพัฒนาท้องถิ่นและโครงการแก้ไขปัญหาภัยแล้งชายแดน',
          steps=['ประชาสัมพันธ์เชิญชวนประชาชน', 'จัดเวทีประชาคม 14 หมู่บ้าน', 'สรุปข้อเสนอเข้าคณะกรรมการพัฒนาท้องถิ่น'],
          resp='สำนักปลัด (งานนโยบายและแผน)', period='ก.พ. – เม.ย. 2570', mon='คณะกรรมการติดตามและประเมินผลแผนพัฒนาฯ รายงานนายก อบต.',
          outc='ข้อเสนอของประชาชนบรรจุในแผนพัฒนาร้อยละ 80'),
     dict(n='3', title='ควบคุมการใช้รถบรรทุกน้ำและเครื่องสูบน้ำช่วยเหลือภัยแล้งด้วยใบสั่งงานและสมุดบันทึกการใช้',
          steps=['ออกใบสั่งงานทุกครั้งก่อนออกปฏิบัติงาน', 'บันทึกเลขไมล์และปริมาณน้ำที่แจกจ่าย', 'ผู้ใหญ่บ้านลงนามรับรองการรับน้ำ'],
          resp='สำนักปลัด (งานป้องกันและบรรเทาสาธารณภัย)', period='......', mon='หัวหน้าสำนักปลัดตรวจสอบสมุดบันทึกรายสัปดาห์',
          outc='ไม่พบการใช้รถและเชื้อเพลิงนอกภารกิจ'),
     dict(n='4', title='ส่งเสริมคุณธรรมของผู้บริหาร สมาชิกสภา และพนักงานส่วนตำบล (No Gift Policy)',
          steps=['นายก อบต. ประกาศนโยบายไม่รับของขวัญ', 'อบรมเรื่องการขัดกันแห่งผลประโยชน์', 'รายงานการรับของขวัญหลังเทศกาล'],
          resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='ธ.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรายงานนายก อบต. หลังเทศกาล',
          outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]

    def det(m, first):
        li = ''.join(f'<li>{e(x)}</li>' for x in m['steps'])
        return f'''
<details class="wp-block-details is-layout-flow wp-block-details-is-layout-flow"{' open' if first else ''}><summary><strong>กิจกรรมที่ {m["n"]}</strong> {e(m["title"])}</summary>
<p class="has-small-font-size"><strong>วิธีดำเนินการ</strong></p>

<ol class="wp-block-list">{li}</ol>

<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-{m["n"]} wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<p><strong>ผู้รับผิดชอบ :</strong> {e(m["resp"])}</p>

<p><strong>ระยะเวลา :</strong> {e(m["period"])}</p>
</div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<p><strong>การติดตามผล :</strong> {e(m["mon"])}</p>

<p><strong>ตัวชี้วัด :</strong> {e(m["outc"])}</p>
</div>
</div>
</details>
'''
    acc = ''.join(det(m, i == 0) for i, m in enumerate(MS))
    page = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>O33 แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2570 &#8211; {AG}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{AG} &raquo; ฟีด" href="https://www.khlonghatwari.go.th/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='https://www.khlonghatwari.go.th/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.khlonghatwari.go.th/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />
<style id='core-block-supports-inline-css'>
.wp-container-core-columns-is-layout-1{{flex-wrap:nowrap;}}.wp-container-core-columns-is-layout-2{{flex-wrap:nowrap;}}.wp-container-core-columns-is-layout-3{{flex-wrap:nowrap;}}.wp-container-core-columns-is-layout-4{{flex-wrap:nowrap;}}
</style>
<style>.wp-block-details{{border:1px solid #cfd8dc;border-radius:6px;margin:0 0 10px;padding:0 14px;}} .wp-block-details summary{{cursor:pointer;padding:10px 0;color:#0d47a1;}}</style>
<meta name="generator" content="WordPress 6.6.2" />
<link rel="icon" href="https://www.khlonghatwari.go.th/wp-content/uploads/2023/05/cropped-logo-32x32.png" sizes="32x32" />
</head>
<body class="page-template-default page page-id-1187 wp-custom-logo ast-page-builder-template ast-no-sidebar astra-4.8.3">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1" id="masthead" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
 <div class="site-branding"><span class="site-title"><a href="https://www.khlonghatwari.go.th/" rel="home">{AG}</a></span>
 <p class="site-description">อำเภอคลองหาดวารี จังหวัดสระแก้ววารี</p></div>
 <nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu">
  <li class="menu-item"><a href="https://www.khlonghatwari.go.th/">หน้าแรก</a></li>
  <li class="menu-item menu-item-has-children"><a href="#">ข้อมูลพื้นฐาน</a></li>
  <li class="menu-item current-menu-ancestor"><a href="https://www.khlonghatwari.go.th/ita/">ITA</a></li>
  <li class="menu-item"><a href="https://www.khlonghatwari.go.th/contact/">ติดต่อเรา</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-1187 page type-page status-publish ast-article-single" id="post-1187" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">O33 แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2570</h1></header>
<div class="entry-content clear" itemprop="text">

<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="1024" height="341" src="https://www.khlonghatwari.go.th/wp-content/uploads/2026/10/ita-banner-1024x341.jpg" alt="" class="wp-image-1192"/></figure>

<h2 class="wp-block-heading has-text-align-center">แผนปฏิบัติการป้องกันการทุจริตและส่งเสริมคุณธรรมความโปร่งใส<br>ประจำปีงบประมาณ พ.ศ. 2570</h2>

<p class="has-text-align-center"><strong>{AG}</strong></p>

<p>ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2569 ขององค์การบริหารส่วนตำบลคลองหาดวารี ได้ 88.06 คะแนน อยู่ในระดับผ่าน
อบต. จึงจัดทำแผนปฏิบัติการ 4 กิจกรรม รายละเอียดแต่ละกิจกรรม <em>คลิกที่ชื่อกิจกรรมเพื่อดูรายละเอียด</em></p>

<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
{acc}
</div>

<div class="wp-block-file"><a id="wp-block-file--media-5b2c" href="https://www.khlonghatwari.go.th/wp-content/uploads/2026/10/แผนปฏิบัติการ-ITA-2570.pdf">แผนปฏิบัติการ-ITA-2570</a><a href="https://www.khlonghatwari.go.th/wp-content/uploads/2026/10/แผนปฏิบัติการ-ITA-2570.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-5b2c">ดาวน์โหลด</a></div>

<p class="has-text-align-right">อนุมัติแผน ณ วันที่ 2 ตุลาคม 2569<br>นายสมบัติ โคกสูงวารี นายกองค์การบริหารส่วนตำบลคลองหาดวารี</p>

</div>
</article>
</main></div></div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer">
 <p>สงวนลิขสิทธิ์ &copy; 2026 {AG} | ขับเคลื่อนโดย <a href="https://wpastra.com/">Astra WordPress Theme</a></p></div></footer>
</div>
<script id="astra-theme-js-js-extra">var astra = {{"break_point":"921","isRtl":"","is_scroll_to_id":"1"}};</script>
<script src="https://www.khlonghatwari.go.th/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.8.3" id="astra-theme-js-js"></script>
</body>
</html>
'''
    write(F, page)
    label(F, 'plan', 2570, AG, 'activity', MS,
          ['activity 3: period (ระยะเวลา) is "......"'],
          'NEW FORM: a WORDPRESS GUTENBERG page (WordPress 6.6, Astra theme) whose activities are core/details ACCORDION blocks '
          '(<details class="wp-block-details"><summary>กิจกรรมที่ n title</summary>…</details>); only the first is open, the others '
          'are collapsed until clicked (their content is in the page and counts). Inside each: "วิธีดำเนินการ" + <ol '
          'class="wp-block-list"> steps, then a two-column wp-block-columns with "<strong>label :</strong> value" paragraphs '
          '(ผู้รับผิดชอบ, ระยะเวลา | การติดตามผล, ตัวชี้วัด). Title in an <h2> FY 2570 (the page <h1> "O33 แผนปฏิบัติการ… 2570"), '
          'ITA 2569 88.06 ผ่าน; file block; ตัวชี้วัด = outcome; output never stated (missing by convention).')


if __name__ == '__main__':
    for w in sys.argv[1:] or ['r03', 'r05', 'm01', 'm04', 'p01', 'p02', 'r04', 'm03', 'p03']:
        globals()[w]()
        print('built', w)
