"""Text documents: r02 txt (NEW: text COPIED FROM A PHONE PDF VIEWER - hard line breaks at the screen width), r03 md, r07 txt,
m01 md, m04 txt, p01 md (NEW: PANDOC markdown from DOCX with a MULTILINE TABLE and footnotes); HTML: r05 (municipal waterworks
CMS page, wrong FY), m03 (NEW: BOOTSTRAP 5 CARDS in a responsive grid), p02 (อบต. Joomla article, COMPLETE)."""
import sys, unicodedata, html as H
from common import *

e = H.escape
COMB = set(chr(c) for c in list(range(0x0E31, 0x0E32)) + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


LEAD = set('เแโใไ')
FOLLOW = set('ะาำๅๆ')


def dw(s):
    """display width: Thai above/below marks take no column."""
    return sum(0 if ch in COMB else 1 for ch in s)


def cut(s, width):
    """longest prefix of s whose display width is <= width, never ending before a combining mark."""
    w, i = 0, 0
    while i < len(s):
        add = 0 if s[i] in COMB else 1
        if w + add > width:
            break
        w += add; i += 1
    while i < len(s) and s[i] in COMB:
        i += 1
    # a Thai line never ends with a leading vowel nor starts with a following vowel (the viewer keeps a syllable together)
    while 1 < i < len(s) and (s[i - 1] in LEAD or s[i] in FOLLOW or s[i] in COMB):
        i -= 1
    return i


def wrap(s, width, soft=10):
    """wrap at a space when one is near the end of the line, else anywhere (not before a mark)."""
    out = []
    while dw(s) > width:
        i = cut(s, width)
        j = s.rfind(' ', 0, i + 1)
        if j > 0 and dw(s[:j]) >= width - soft:
            out.append(s[:j]); s = s[j + 1:]
        else:
            out.append(s[:i]); s = s[i:]
    out.append(s)
    return out


def pad(s, width):
    return s + ' ' * max(0, width - dw(s))


# ------------------------------------------------------------------ r02 txt (NEW: phone PDF-viewer copy)
def r02():
    F = 'r02_tt_maesaikhiri_results_2569.txt'; AG = 'เทศบาลตำบลแม่สายคีรี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณของเทศบาลทางเว็บไซต์และเพจ Facebook',
          steps=['กองคลังสรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)', 'งานประชาสัมพันธ์เผยแพร่บนเว็บไซต์และเพจเทศบาล',
                 'ปิดประกาศ ณ สำนักงานเทศบาลและตลาดชายแดน'],
          resp='กองคลัง / สำนักปลัดเทศบาล', period='ต.ค. 2568 - ก.ย. 2569', mon='ปลัดเทศบาลตรวจสอบการเผยแพร่ทุกเดือน',
          out='เผยแพร่ครบ 12 เดือน รวม 164 รายการ', outc='ประชาชนเข้าถึงข้อมูลได้ ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='2', title='จัดระเบียบการเก็บค่าธรรมเนียมแผงค้าตลาดชายแดนด้วยใบเสร็จอิเล็กทรอนิกส์',
          steps=['ขึ้นทะเบียนผู้ค้าและแผงค้าทุกราย', 'ออกใบเสร็จอิเล็กทรอนิกส์ผ่านแอปพลิเคชัน', 'กระทบยอดรายวันกับกองคลัง'],
          resp='กองคลัง (งานพัฒนารายได้) / งานตลาด', period='ม.ค. - ก.ย. 2569', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาสและรายงานนายกเทศมนตรี',
          out='ผู้ค้าขึ้นทะเบียน 412 แผง ออกใบเสร็จอิเล็กทรอนิกส์ 18,906 ใบ', outc='รายได้ค่าธรรมเนียมแผงค้าเพิ่มขึ้นร้อยละ 22 ไม่พบเงินขาดบัญชี'),
     dict(n='3', title='ให้ประชาชนร่วมตรวจสอบโครงการก่อสร้างรางระบายน้ำและถนนในชุมชน',
          steps=['แต่งตั้งผู้แทนชุมชนร่วมเป็นกรรมการตรวจรับ', 'ติดป้ายข้อมูลโครงการ ณ สถานที่ก่อสร้าง', 'รายงานผลการตรวจรับในที่ประชุมชุมชน'],
          resp='กองช่าง', period='......', mon='นายกเทศมนตรีติดตามในที่ประชุมหัวหน้าส่วนราชการทุกเดือน',
          out='โครงการ 7 โครงการ มีผู้แทนชุมชนร่วมตรวจรับครบทุกโครงการ', outc='งานก่อสร้างแล้วเสร็จตามสัญญา ไม่มีข้อร้องเรียน'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมองค์กรไม่ทนต่อการทุจริต และนโยบายไม่รับของขวัญ',
          steps=['นายกเทศมนตรีประกาศเจตนารมณ์', 'อบรมพนักงานเรื่องการขัดกันแห่งผลประโยชน์', 'รายงานการรับของขวัญหลังเทศกาลปีใหม่'],
          resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='ธ.ค. 2568 - ก.พ. 2569', mon='สำนักปลัดสรุปรายงานนายกเทศมนตรีหลังเทศกาล',
          out='อบรม 1 ครั้ง ผู้เข้าร่วม 58 คน', outc='อยู่ระหว่างดำเนินการ'),
     dict(n='5', title='เปิดช่องทางรับเรื่องร้องเรียนการทุจริตทาง LINE OA และตู้รับเรื่องร้องเรียน',
          steps=['เปิดบัญชี LINE OA ของเทศบาล', 'เปิดตู้รับเรื่องต่อหน้าพยานทุกวันศุกร์', 'แจ้งผลการดำเนินการแก่ผู้ร้องภายใน 15 วัน'],
          resp='สำนักปลัดเทศบาล (ศูนย์รับเรื่องร้องเรียน)', period='ต.ค. 2568 - ก.ย. 2569', mon='ปลัดเทศบาลติดตามผลทุกเดือน',
          out='เรื่องร้องเรียน 9 เรื่อง ดำเนินการแล้วเสร็จ 9 เรื่อง', outc='ผู้ร้องได้รับแจ้งผลภายใน 15 วันทุกเรื่อง'),
    ]
    HDR = 'รายงานผล ITA 2569  ทต.แม่สายคีรี'
    paras = ['รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569',
             AG + ' อำเภอแม่สายคีรี จังหวัดเชียงรายคีรี', '',
             '1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568',
             'เทศบาลตำบลแม่สายคีรีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 จำนวน 88.71 คะแนน อยู่ในระดับผ่าน '
             'และได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส 5 มาตรการ ผลการดำเนินการรอบ 12 เดือน '
             '(1 ตุลาคม 2568 - 30 กันยายน 2569) มีดังนี้', '',
             '2. ผลการดำเนินการตามมาตรการ', '']
    pages = {'3': 'after_mon'}  # PDF page 1 ends inside measure 3, after its monitoring line
    for m in MS:
        paras.append(f'มาตรการที่ {m["n"]} {m["title"]}')
        paras.append('ขั้นตอนการดำเนินการ')
        paras += [f'{i}) {s}' for i, s in enumerate(m['steps'], 1)]
        paras.append(f'ผู้รับผิดชอบ : {m["resp"]}')
        paras.append(f'ระยะเวลาดำเนินการ : {m["period"]}')
        paras.append(f'การติดตามผล : {m["mon"]}')
        if m['n'] == '3':
            paras += ['\f', '- 1 -', HDR]
        if m['n'] == '5':
            pass
        paras.append(f'ผลผลิต : {m["out"]}')
        paras.append(f'ผลลัพธ์ : {m["outc"]}')
        paras.append('')
    paras += ['\f', '- 2 -', HDR, '3. ปัญหาและอุปสรรค',
              'ผู้ค้าชาวต่างชาติบางรายยังไม่คุ้นเคยกับการชำระค่าธรรมเนียมผ่านแอปพลิเคชัน จึงจัดเจ้าหน้าที่ช่วยเหลือที่ตลาดทุกเช้า', '',
              'ผู้รายงาน นางสาวพรทิพย์ ดอยตุงคีรี', 'นักวิเคราะห์นโยบายและแผนชำนาญการ', '',
              'ผู้รับรอง นายวีระพล สายลมคีรี', 'ปลัดเทศบาลตำบลแม่สายคีรี', '', '- 3 -']
    L = []
    for p in paras:
        if p == '\f':
            continue  # the viewer drops the page break itself, keeps the page number and running header lines
        L += wrap(p, 32) if p else ['']
    write(F, '\n'.join(L) + '\n')
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: period (ระยะเวลาดำเนินการ) is "......"', 'measure 4: outcome (ผลลัพธ์) is "อยู่ระหว่างดำเนินการ"'],
          'NEW FORM: text COPIED FROM A PHONE PDF VIEWER (select all -> copy -> pasted into a notes app, saved as UTF-8 .txt, LF): '
          'every paragraph of the 3-page PDF is HARD-WRAPPED at the phone screen width (about 32 columns), at a space when one is '
          'near the edge, otherwise in the middle of a Thai word or number; titles and "label : value" lines therefore run over '
          'several physical lines. The PDF\'s page numbers "- 1 -", "- 2 -", "- 3 -" and its running header "รายงานผล ITA 2569  '
          'ทต.แม่สายคีรี" are copied in as lines of their own - one pair falls inside measure 3 (between its monitoring and '
          'output lines), which still belongs to measure 3. Title FY 2569; ITA 2568 88.71 ผ่าน; "มาตรการที่ n title", '
          '"ขั้นตอนการดำเนินการ" + 1) 2) 3), ผู้รับผิดชอบ, ระยะเวลาดำเนินการ, การติดตามผล, ผลผลิต, ผลลัพธ์.')


# ------------------------------------------------------------------ r03 md (hospital, COMPLETE)
def r03():
    F = 'r03_hosp_nankhiri_results_2569.md'; AG = 'โรงพยาบาลน่านคีรี'
    MS = [
     dict(n='๑', title='เปิดเผยข้อมูลการจัดซื้อยา เวชภัณฑ์ และครุภัณฑ์การแพทย์ พร้อมราคากลาง ทางเว็บไซต์โรงพยาบาล',
          steps='๑) งานพัสดุสรุปผลการจัดซื้อจัดจ้างรายเดือน<br>๒) กลุ่มงานเภสัชกรรมตรวจสอบราคาอ้างอิง<br>๓) เผยแพร่ภายในวันที่ ๑๐ ของเดือนถัดไป',
          resp='งานพัสดุ / กลุ่มงานเภสัชกรรม', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='ผู้อำนวยการติดตามในที่ประชุมกรรมการบริหารทุกเดือน',
          out='เผยแพร่ครบ ๑๒ เดือน ๒๘๗ รายการ', outc='ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
     dict(n='๒', title='จัดคิวรับบริการผู้ป่วยนอกด้วยระบบบัตรคิวอัตโนมัติ ลดการลัดคิวและการใช้ดุลยพินิจของเจ้าหน้าที่',
          steps='๑) ติดตั้งตู้กดบัตรคิวและจอแสดงคิว<br>๒) ผู้ป่วยตรวจสอบคิวผ่าน LINE โรงพยาบาล<br>๓) บันทึกเหตุผลทุกครั้งที่มีการแทรกคิว',
          resp='กลุ่มงานการพยาบาลผู้ป่วยนอก / ศูนย์คอมพิวเตอร์', period='ธ.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='คณะกรรมการบริหารความเสี่ยงทบทวนรายงานการแทรกคิวทุกเดือน',
          out='ผู้ป่วยใช้ระบบคิว ๖๒,๔๑๘ ราย', outc='ระยะเวลารอคอยเฉลี่ยลดลงจาก ๑๒๕ นาที เหลือ ๘๔ นาที ข้อร้องเรียนการลัดคิวเหลือ ๐'),
     dict(n='๓', title='ควบคุมการเบิกจ่ายค่าตอบแทนการปฏิบัติงานนอกเวลาราชการให้ตรงกับการลงเวลาจริง',
          steps='๑) ลงเวลาด้วยระบบสแกนใบหน้า<br>๒) งานการเงินเทียบข้อมูลการลงเวลากับตารางเวร<br>๓) สุ่มตรวจรายไตรมาส',
          resp='กลุ่มงานบริหารทั่วไป (งานการเงินและบัญชี)', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='หัวหน้ากลุ่มงานบริหารทั่วไปรายงานผู้อำนวยการรายไตรมาส',
          out='ตรวจสอบการเบิก ๔ ไตรมาส ๑๒,๖๐๐ รายการ', outc='การเบิกจ่ายตรงกับการลงเวลาร้อยละ ๑๐๐'),
     dict(n='๔', title='ส่งเสริมวัฒนธรรมสุจริตและนโยบายไม่รับของขวัญจากบริษัทยาและผู้รับบริการ',
          steps='๑) ผู้อำนวยการประกาศเจตนารมณ์<br>๒) ชมรมจริยธรรมจัดกิจกรรมรณรงค์<br>๓) รายงานการรับของขวัญหลังเทศกาล',
          resp='กลุ่มงานบริหารทั่วไป / ชมรมจริยธรรม', period='ธ.ค. ๒๕๖๘ – ก.พ. ๒๕๖๙', mon='ชมรมจริยธรรมรายงานผู้อำนวยการหลังเทศกาล',
          out='กิจกรรมรณรงค์ ๓ ครั้ง ผู้เข้าร่วม ๓๑๒ คน', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]
    L = ['# รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '',
         f'**{AG}** สำนักงานสาธารณสุขจังหวัดน่านคีรี', '',
         '## ๑. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๘', '',
         'สำนักงานปลัดกระทรวงสาธารณสุขได้ **๙๒.๐๕ คะแนน** ระดับ **ผ่าน** โรงพยาบาลน่านคีรีได้ดำเนินการตามมาตรการ ๔ ข้อ ดังนี้', '',
         '## ๒. ผลการดำเนินการ (รอบ ๑๒ เดือน)', '']
    for m in MS:
        L += [f'### ข้อ {m["n"]} {m["title"]}', '', '| หัวข้อ | รายละเอียด |', '|---|---|',
              f'| ขั้นตอน/วิธีการ | {m["steps"]} |', f'| ผู้รับผิดชอบ | {m["resp"]} |', f'| ระยะเวลา | {m["period"]} |',
              f'| การติดตามผล | {m["mon"]} |', f'| ผลผลิต | {m["out"]} |', f'| ผลลัพธ์ | {m["outc"]} |', '']
    L += ['## ๓. ข้อเสนอแนะ', '', '- ควรขยายระบบคิวอัตโนมัติไปยังคลินิกทันตกรรมและกายภาพบำบัด', '',
          '*ผู้รายงาน* นางสาวสุนิสา บ่อเกลือคีรี นักจัดการงานทั่วไป  ', '*ผู้อนุมัติ* นายแพทย์ภาณุวัฒน์ ปัวคีรี ผู้อำนวยการโรงพยาบาลน่านคีรี', '']
    write(F, '\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Markdown: H1 title FY ๒๕๖๙; สป.สธ. ITA ๒๕๖๘ ๙๒.๐๕ ผ่าน; each measure "### ข้อ ๑–๔ title" + a 2-column pipe table '
          '(หัวข้อ | รายละเอียด) with rows ขั้นตอน/วิธีการ (๑) ๒) ๓) joined by <br>), ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลผลิต, '
          'ผลลัพธ์; ข้อเสนอแนะ; signers. COMPLETE.')


# ------------------------------------------------------------------ r07 txt (อบต., CRLF, COMPLETE)
def r07():
    F = 'r07_obt_bantomkhiri_results_2569.txt'; AG = 'องค์การบริหารส่วนตำบลบ้านต๋อมคีรี'
    MS = [
     dict(n='(๑)', title='เปิดเผยข้อมูลข่าวสารการจัดซื้อจัดจ้างและงบประมาณรายจ่ายประจำปี',
          steps='๑. กองคลังสรุปผลรายเดือน  ๒. เผยแพร่บนเว็บไซต์ อบต.  ๓. ปิดประกาศที่ทำการ อบต. และหอกระจายข่าวหมู่บ้าน',
          resp='กองคลัง', period='ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙', mon='ปลัด อบต. ตรวจสอบทุกเดือน', out='เผยแพร่ครบ ๑๒ เดือน', outc='ไม่มีข้อร้องเรียน'),
     dict(n='(๒)', title='การมีส่วนร่วมของประชาชนในการจัดทำแผนพัฒนาท้องถิ่นและการจัดสรรงบประมาณแก้ปัญหาน้ำท่วมกว๊าน',
          steps='๑. จัดเวทีประชาคม ๑๑ หมู่บ้าน  ๒. สรุปข้อเสนอเข้าคณะกรรมการพัฒนาท้องถิ่น  ๓. ประกาศผลการจัดลำดับโครงการ',
          resp='สำนักปลัด (งานนโยบายและแผน)', period='ก.พ. – เม.ย. ๒๕๖๙', mon='คณะกรรมการติดตามและประเมินผลแผนพัฒนาท้องถิ่นรายงานนายก อบต.',
          out='ประชาคม ๑๑ หมู่บ้าน ผู้เข้าร่วม ๕๔๒ คน', outc='โครงการที่ประชาชนเสนอได้รับการบรรจุในแผนร้อยละ ๗๘'),
     dict(n='(๓)', title='การลดขั้นตอนการรับชำระภาษีที่ดินและสิ่งปลูกสร้างด้วยหน่วยบริการเคลื่อนที่และ QR Code',
          steps='๑. ออกหน่วยรับชำระภาษีหมู่บ้านละ ๑ ครั้ง  ๒. ใช้ QR Code ของ อบต.  ๓. กระทบยอดรายวัน',
          resp='กองคลัง (งานจัดเก็บรายได้)', period='เม.ย. – ส.ค. ๒๕๖๙', mon='หน่วยตรวจสอบภายในสุ่มตรวจและรายงานปลัด อบต.',
          out='รับชำระภาษี ๑,๓๖๒ ราย', outc='จัดเก็บภาษีได้ร้อยละ ๙๖ ของเป้าหมาย'),
     dict(n='(๔)', title='การส่งเสริมคุณธรรมจริยธรรมและนโยบายไม่รับของขวัญ (No Gift Policy)',
          steps='๑. ประกาศนโยบาย  ๒. อบรมพนักงานส่วนตำบล  ๓. รายงานการรับของขวัญ',
          resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='ธ.ค. ๒๕๖๘ – ม.ค. ๒๕๖๙', mon='สำนักปลัดรายงานนายก อบต. หลังเทศกาล',
          out='อบรม ๑ ครั้ง ๔๔ คน', outc='ไม่พบการรับของขวัญเกินมูลค่า'),
    ]
    L = ['แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
         'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙  (ข้อมูล ณ วันที่ ๓๐ กันยายน ๒๕๖๙)', 'หน่วยงาน  ' + AG + '  อำเภอเมืองพะเยาคีรี  จังหวัดพะเยาคีรี', '',
         'ผลการประเมิน ITA ปี ๒๕๖๘ : ๘๖.๙๓ คะแนน (ผ่าน)', '', '*' * 60]
    for m in MS:
        L += ['', f'มาตรการที่ {m["n"]}  {m["title"]}',
              f'      - วิธีการดำเนินการ : {m["steps"]}',
              f'      - ผู้รับผิดชอบ : {m["resp"]}',
              f'      - ระยะเวลา : {m["period"]}',
              f'      - การติดตามผล : {m["mon"]}',
              f'      - ผลผลิต : {m["out"]}',
              f'      - ผลลัพธ์ : {m["outc"]}']
    L += ['', '*' * 60, 'ปัญหา/อุปสรรค  -', '',
          '                    ลงชื่อ  นางจันทร์เพ็ญ กว๊านคีรี  ผู้รายงาน', '                    (หัวหน้าสำนักปลัด)',
          '                    ลงชื่อ  นายประเสริฐ แม่ต๋ำคีรี  ผู้รับรอง', '                    (ปลัดองค์การบริหารส่วนตำบลบ้านต๋อมคีรี)', '']
    write(F, '\r\n'.join(L))
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'Plain text (UTF-8, CRLF, "*" rules): title FY ๒๕๖๙; ITA ๒๕๖๘ ๘๖.๙๓ ผ่าน; "มาตรการที่ (๑)–(๔) title" + indented '
          '"- label : value" lines, steps ๑. ๒. ๓. on one line; "ปัญหา/อุปสรรค  -" is not an element. COMPLETE.')


# ------------------------------------------------------------------ m01 md (อบจ., wrong band)
def m01():
    F = 'm01_pao_phayaokhiri_measures_2570.md'; AG = 'องค์การบริหารส่วนจังหวัดพะเยาคีรี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลโครงการก่อสร้างถนนและแหล่งน้ำ พร้อมพิกัดและภาพความก้าวหน้าบนแผนที่ออนไลน์',
          steps='1. กองช่างบันทึกพิกัดและภาพถ่ายรายงวด<br>2. กองพัสดุฯ สรุปผลการจัดซื้อจัดจ้างรายเดือน<br>3. เผยแพร่บนเว็บไซต์และแผนที่ออนไลน์',
          resp='กองช่าง / กองพัสดุและทรัพย์สิน', period='ต.ค. 2569 – ก.ย. 2570', mon='ปลัด อบจ. ติดตามรายไตรมาส', outc='ข้อร้องเรียนโครงการก่อสร้างลดลงร้อยละ 50'),
     dict(n='2', title='ตรวจสอบการเบิกจ่ายน้ำมันเชื้อเพลิงของรถและเครื่องจักรกลด้วยระบบ GPS',
          steps='1. ติดตั้ง GPS รถและเครื่องจักรทุกคัน<br>2. เทียบระยะทางกับใบเบิกน้ำมัน<br>3. รายงานความผิดปกติ',
          resp='กองช่าง (ฝ่ายเครื่องจักรกล)', period='ม.ค. – ก.ย. 2570', mon='หน่วยตรวจสอบภายในรายงานนายก อบจ. รายไตรมาส', outc='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ 10'),
     dict(n='3', title='ประกาศหลักเกณฑ์และผลการจัดสรรงบประมาณอุดหนุนโรงเรียนและ รพ.สต. ที่ถ่ายโอน',
          steps='1. จัดทำหลักเกณฑ์<br>2. ประกาศบนเว็บไซต์<br>3. แจ้งผลการจัดสรรรายแห่ง',
          resp='กองการศึกษาฯ / กองสาธารณสุข', period='-', mon='รองนายก อบจ. ติดตามในที่ประชุมประจำเดือน', outc='การจัดสรรเป็นไปตามหลักเกณฑ์ทุกแห่ง'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมสุจริตและนโยบายไม่รับของขวัญของผู้บริหาร สมาชิกสภา และพนักงาน อบจ.',
          steps='1. นายก อบจ. ประกาศนโยบาย<br>2. อบรมการขัดกันแห่งผลประโยชน์<br>3. รายงานหลังเทศกาล',
          resp='สำนักปลัด อบจ.', period='ธ.ค. 2569 – ม.ค. 2570', mon='สำนักปลัดรายงานนายก อบจ. หลังเทศกาล', outc='ไม่พบการรับของขวัญเกินมูลค่า'),
    ]
    L = ['# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', '',
         f'**{AG}**', '',
         '## 1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569', '',
         '| ตัวชี้วัด | คะแนน |', '|---|---:|', '| IIT | 88.12 |', '| EIT | 82.47 |', '| OIT | 81.90 |', '| **คะแนนรวม** | **83.92** |', '',
         'ผลการประเมิน : **ผ่าน**', '',
         '## 2. การวิเคราะห์ผลการประเมิน', '',
         '### 2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน', '',
         '- EIT : ประชาชนยังไม่มั่นใจในความโปร่งใสของโครงการก่อสร้าง', '- OIT : ข้อมูลการจัดสรรงบประมาณอุดหนุนยังไม่ครบถ้วน', '',
         '### 2.2 ประเด็นที่ต้องพัฒนาให้ดีขึ้น', '',
         '- IIT : การใช้ทรัพย์สินของราชการ (รถและเครื่องจักรกล)', '- การสร้างวัฒนธรรมไม่รับของขวัญ', '',
         '## 3. มาตรการ', '',
         '| ข้อ | มาตรการ | วิธีการดำเนินการ | ผู้รับผิดชอบ | ระยะเวลา | การติดตาม | เป้าหมาย/ผลที่คาดว่าจะได้รับ |',
         '|:---:|---|---|---|:---:|---|---|']
    for m in MS:
        L.append(f'| {m["n"]} | {m["title"]} | {m["steps"]} | {m["resp"]} | {m["period"]} | {m["mon"]} | {m["outc"]} |')
    L += ['', 'ประกาศ ณ วันที่ 27 ตุลาคม 2569  ', 'นายสมชาย ภูกามยาวคีรี นายกองค์การบริหารส่วนจังหวัดพะเยาคีรี', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['wrong band: คะแนนรวม 83.92 is below 85 but "ผลการประเมิน : ผ่าน" (2570 scale: ≥85 ผ่าน)', 'measure 3: period (ระยะเวลา) is "-"'],
          'Markdown: H1 title FY 2570; score pipe table IIT/EIT/OIT with bold คะแนนรวม 83.92 and "ผลการประเมิน : ผ่าน" (WRONG BAND); '
          '2.1 weaknesses / 2.2 improvements as bullets; 7-column pipe table ข้อ 1–4 with "1. <br>2." steps, การติดตาม = monitoring, '
          'เป้าหมาย/ผลที่คาดว่าจะได้รับ = outcome; output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ------------------------------------------------------------------ m04 txt (เทศบาลนคร)
def m04():
    F = 'm04_tn_chiangraikhiri_measures_2570.txt'; AG = 'เทศบาลนครเชียงรายคีรี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้าง งบประมาณ และรายงานการเงินของเทศบาลนครผ่านศูนย์ข้อมูลข่าวสาร',
          steps='1) กองคลังสรุปผลรายเดือน  2) ศูนย์ข้อมูลข่าวสารเผยแพร่  3) ตรวจความครบถ้วนรายไตรมาส',
          resp='กองคลัง / กองยุทธศาสตร์และงบประมาณ', period='ต.ค. 2569 - ก.ย. 2570', mon='ปลัดเทศบาลติดตามรายไตรมาส', outc='เผยแพร่ข้อมูลครบ 12 เดือน'),
     dict(n='2', title='ลดขั้นตอนการขออนุญาตก่อสร้างและใบอนุญาตประกอบกิจการด้วยระบบ e-Service',
          steps='1) เปิดยื่นคำขอออนไลน์  2) แจ้งสถานะทาง SMS  3) รายงานคำขอเกินกำหนดทุกสัปดาห์',
          resp='กองช่าง / กองสาธารณสุขและสิ่งแวดล้อม', period='ม.ค. - ก.ย. 2570', mon='รองปลัดเทศบาลติดตามรายเดือน', outc=''),
     dict(n='3', title='ตรวจสอบการเก็บและขนขยะมูลฝอยของรถเก็บขนด้วย GPS และใบรับรองจากชุมชน',
          steps='1) ติดตั้ง GPS รถเก็บขนขยะ  2) ประธานชุมชนลงนามรับรองรายสัปดาห์  3) รายงานความผิดปกติ',
          resp='กองสาธารณสุขและสิ่งแวดล้อม', period='ต.ค. 2569 - ก.ย. 2570', mon='หน่วยตรวจสอบภายในสุ่มตรวจรายไตรมาส', outc='ไม่มีข้อร้องเรียนการเรียกรับเงินค่าเก็บขยะ'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมองค์กร "เทศบาลนครเชียงรายคีรีใสสะอาด" และนโยบายไม่รับของขวัญ',
          steps='1) ประกาศเจตนารมณ์  2) อบรมพนักงาน  3) รายงานการรับของขวัญ',
          resp='(ระบุ)', period='ธ.ค. 2569 - ม.ค. 2570', mon='สำนักปลัดรายงานนายกเทศมนตรีหลังเทศกาล', outc='ไม่พบการรับของขวัญเกินมูลค่า'),
    ]
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2570', AG, '',
         'ส่วนที่ 1  ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569',
         '    เทศบาลนครเชียงรายคีรีได้ 91.58 คะแนน อยู่ในระดับผ่าน', '',
         'ส่วนที่ 2  การวิเคราะห์ผลการประเมิน',
         '    ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน',
         '        o ระยะเวลาการขออนุญาตก่อสร้างยังเกินกำหนด (EIT)',
         '        o ข้อมูลรายงานการเงินรายไตรมาสยังไม่เผยแพร่ตามกำหนด (OIT)',
         '    ประเด็นที่ต้องพัฒนาให้ดีขึ้น',
         '        o การตรวจสอบการเก็บขนขยะมูลฝอยในชุมชน',
         '        o การสร้างวัฒนธรรมไม่รับของขวัญ', '',
         'ส่วนที่ 3  มาตรการส่งเสริมคุณธรรมและความโปร่งใส', '']
    for m in MS:
        L += [f'ข้อ {m["n"]}. {m["title"]}',
              f'    ขั้นตอนการดำเนินงาน ...... {m["steps"]}',
              f'    ผู้รับผิดชอบ .............. {m["resp"]}',
              f'    ระยะเวลา ................. {m["period"]}',
              f'    การติดตามผล .............. {m["mon"]}',
              f'    ผลที่คาดว่าจะได้รับ ......... {m["outc"]}', '']
    L += ['ประกาศ ณ วันที่ 30 ตุลาคม 2569', 'นายวิชิต ดอยสะเก็ดคีรี', 'นายกเทศมนตรีนครเชียงรายคีรี', '']
    write(F, '\n'.join(L))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 2: expected result (ผลที่คาดว่าจะได้รับ) is empty', 'measure 4: responsible (ผู้รับผิดชอบ) is "(ระบุ)"'],
          'Plain text (UTF-8, LF): title FY 2570; ส่วนที่ 1 ITA 2569 91.58 ผ่าน; ส่วนที่ 2 weaknesses / improvements with "o" bullets; '
          'ส่วนที่ 3 "ข้อ n. title" + dot-leader "label ...... value" lines (the leaders are not values; measure 2\'s expected '
          'result has only its leader); steps 1) 2) 3) on one line; output never stated (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ------------------------------------------------------------------ p01 md (NEW: pandoc multiline table)
def p01():
    F = 'p01_school_satunkhiri_plan_2570.md'; AG = 'โรงเรียนสตูลคีรีวิทยา'
    MS = [
     dict(n='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายเงินอุดหนุนรายหัวผ่านเว็บไซต์โรงเรียน',
          steps='1\\) งานพัสดุสรุปผลรายเดือน 2\\) งานการเงินสรุปการใช้จ่าย 3\\) เผยแพร่ภายในวันที่ 15',
          resp='กลุ่มบริหารงบประมาณ', period='ต.ค. 2569 -- ก.ย. 2570', mon='รองผู้อำนวยการติดตามทุกเดือน',
          outc='เผยแพร่ครบ 12 เดือน'),
     dict(n='2', title='จัดทำประกาศหลักเกณฑ์การรับนักเรียนและเผยแพร่ผลการคัดเลือกพร้อมคะแนน',
          steps='1\\) ประกาศหลักเกณฑ์ล่วงหน้า 30 วัน 2\\) คณะกรรมการคัดเลือกตามเกณฑ์ 3\\) ประกาศผลพร้อมคะแนน',
          resp='กลุ่มบริหารวิชาการ (งานรับนักเรียน)', period='ก.พ. -- เม.ย. 2570', mon='ผู้อำนวยการติดตามในที่ประชุมคณะกรรมการสถานศึกษา',
          outc='ไม่มีข้อร้องเรียนการรับนักเรียน'),
     dict(n='3', title='ควบคุมการเก็บเงินระดมทรัพยากรและค่ากิจกรรมจากผู้ปกครองให้เป็นไปตามประกาศ',
          steps='1\\) ประกาศรายการและอัตรา 2\\) ออกใบเสร็จทุกรายการ 3\\) รายงานต่อคณะกรรมการสถานศึกษา',
          resp='', period='พ.ค. -- มิ.ย. 2570', mon='คณะกรรมการสถานศึกษาตรวจสอบภาคเรียนละครั้ง',
          outc='การเก็บเงินเป็นไปตามประกาศทุกรายการ'),
     dict(n='4', title='ส่งเสริมความซื่อสัตย์สุจริตของนักเรียนผ่านโครงการโรงเรียนสุจริตและร้านค้าซื่อสัตย์',
          steps='1\\) เปิดร้านค้าซื่อสัตย์ 2\\) จัดค่ายโรงเรียนสุจริต 3\\) สรุปผลรายภาคเรียน',
          resp='กลุ่มบริหารกิจการนักเรียน', period='พ.ย. 2569 -- ก.ย. 2570', mon='หัวหน้ากลุ่มรายงานผู้อำนวยการรายภาคเรียน',
          outc='ร้านค้าซื่อสัตย์ไม่ขาดทุนทุกเดือน[^2]'),
     dict(n='5', title='อบรมครูและบุคลากรเรื่องการขัดกันแห่งผลประโยชน์และ No Gift Policy',
          steps='1\\) จัดอบรม 1 ครั้ง 2\\) ทดสอบหลังอบรม 3\\) รายงานการรับของขวัญ',
          resp='กลุ่มบริหารงานบุคคล', period='ธ.ค. 2569 -- ม.ค. 2570', mon='กลุ่มบริหารงานบุคคลรายงานผู้อำนวยการหลังเทศกาล',
          outc='ครูผ่านการทดสอบร้อยละ 90'),
    ]
    cols = [('ที่', 'n', 4), ('กิจกรรม/โครงการ', 'title', 20), ('วิธีดำเนินการ', 'steps', 20), ('ผู้รับผิดชอบ', 'resp', 13),
            ('ระยะเวลา', 'period', 10), ('การติดตามผล', 'mon', 15), ('ตัวชี้วัด', 'outc', 14)]
    ind = '  '
    total = sum(w for _, _, w in cols) + len(cols) - 1
    T = [ind + '-' * total,
         ind + ' '.join(pad(h, w) for h, _, w in cols).rstrip(),
         ind + ' '.join('-' * w for _, _, w in cols)]
    for k, m in enumerate(MS):
        cells = [wrap(m[key], w, soft=8) if m[key] else [''] for _, key, w in cols]
        nl = max(len(c) for c in cells)
        for i in range(nl):
            T.append(ind + ' '.join(pad(c[i] if i < len(c) else '', w) for c, (_, _, w) in zip(cells, cols)).rstrip())
        if k < len(MS) - 1:
            T.append('')
    T += [ind + '-' * total, '', ind + ': แผนปฏิบัติการ ปีงบประมาณ 2570 (กิจกรรมที่ 1--5)']
    L = ['[]{#_Hlk181203114 .anchor}**แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570**', '',
         f'**{AG}**', '', 'สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาสตูลคีรี', '',
         '# ส่วนที่ 1 ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2569', '',
         '> สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐานได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 จำนวน 94.12 คะแนน[^1]',
         '> อยู่ในระดับผ่าน โรงเรียนจึงจัดทำแผนปฏิบัติการฉบับนี้เพื่อขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสในสถานศึกษา', '',
         '# ส่วนที่ 2 แผนปฏิบัติการ', ''] + T + [
         '', '**ลงชื่อ** ผู้เสนอแผน\\', 'นางสาวอามีนะห์ ละงูคีรี\\', 'ครูชำนาญการพิเศษ หัวหน้ากลุ่มบริหารทั่วไป', '',
         '**ลงชื่อ** ผู้อนุมัติแผน\\', 'นายอับดุลเลาะ ท่าแพคีรี\\', 'ผู้อำนวยการโรงเรียนสตูลคีรีวิทยา', '',
         '[^1]: ที่มา: ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ของสำนักงาน ป.ป.ช. (เว็บไซต์ itas.nacc.go.th)', '',
         '[^2]: ร้านค้าซื่อสัตย์ดำเนินการโดยสภานักเรียน ภายใต้การดูแลของครูที่ปรึกษา', '']
    write(F, '\n'.join(L))
    label(F, 'plan', 2570, AG, 'activity', MS, ['activity 3: responsible (ผู้รับผิดชอบ) cell is empty'],
          'NEW FORM: Markdown written by PANDOC from the school\'s DOCX (pandoc -f docx -t markdown): a `[]{#_Hlk… .anchor}` span '
          'before the bold title (FY 2570), the indented intro paragraph turned into a `>` blockquote (สพฐ. ITA 2569 94.12 ผ่าน, '
          'with footnote [^1]), Heading 1 parts, and the 7-column plan table as a pandoc MULTILINE TABLE: a full-width dashed '
          'line, the header line (ที่, กิจกรรม/โครงการ, วิธีดำเนินการ, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ตัวชี้วัด), per-column '
          'dashes giving the column widths, every row\'s cells WRAPPED over several physical lines at their column width (Thai '
          'words cut where there is no space), rows separated by blank lines, a closing dashed line and a ": caption" line. '
          'Steps are "1\\) 2\\) 3\\)" (pandoc escapes) running over the wrapped lines; "--" for the en dash in periods. Activity 3\'s '
          'responsible column is blank on all its lines. Footnotes [^1] (score source) and [^2] (inside activity 4\'s indicator) '
          'are notes, not elements; ตัวชี้วัด = outcome. Line-break backslashes in the signature block.')


# ------------------------------------------------------------------ r05 html (municipal waterworks, wrong FY)
def r05():
    F = 'r05_wtw_phangngakhiri_results_2568.html'; AG = 'การประปาเทศบาลเมืองพังงาคีรี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อสารเคมีปรับปรุงคุณภาพน้ำ (สารส้ม คลอรีน) และผลการตรวจคุณภาพน้ำประปารายเดือน',
          steps=['งานผลิตสรุปปริมาณและราคาสารเคมีที่จัดซื้อ', 'ส่งตัวอย่างน้ำตรวจ ณ ศูนย์อนามัยที่ 11', 'เผยแพร่ผลบนเว็บไซต์เทศบาลและหน้าสำนักงานประปา'],
          resp='งานผลิตน้ำประปา / งานพัสดุ', period='ต.ค. 2568 – ก.ย. 2569', mon='ผู้อำนวยการกองการประปาติดตามทุกเดือน',
          out='เผยแพร่ผลคุณภาพน้ำครบ 12 เดือน', outc='น้ำประปาผ่านเกณฑ์มาตรฐานน้ำประปาดื่มได้ทุกเดือน'),
     dict(n='2', title='อ่านมาตรวัดน้ำและออกใบแจ้งหนี้ด้วยเครื่องอ่านมาตรแบบพกพาพร้อมภาพถ่ายมาตร',
          steps=['ใช้แอปพลิเคชันอ่านมาตรพร้อมถ่ายภาพทุกครั้ง', 'ผู้ใช้น้ำตรวจสอบภาพมาตรผ่าน LINE OA', 'สุ่มตรวจซ้ำร้อยละ 5 ทุกเดือน'],
          resp='งานจัดเก็บรายได้ (ฝ่ายผู้ใช้น้ำ)', period='ม.ค. – ก.ย. 2569', mon='หัวหน้าฝ่ายผู้ใช้น้ำรายงานผู้อำนวยการกองทุกเดือน',
          out='อ่านมาตรพร้อมภาพ 6,480 ราย/เดือน', outc='ข้อร้องเรียนค่าน้ำผิดพลาดลดลงจาก 41 เป็น 6 เรื่อง'),
     dict(n='3', title='เปิดเผยขั้นตอนและค่าใช้จ่ายการขอติดตั้งมาตรวัดน้ำรายใหม่ และจัดคิวติดตั้งตามลำดับคำขอ',
          steps='(ระบุ)', resp='งานบริการผู้ใช้น้ำ / งานติดตั้งและซ่อมบำรุง', period='ต.ค. 2568 – ก.ย. 2569',
          mon='ผู้อำนวยการกองการประปาตรวจทะเบียนคิวทุกเดือน', out='ติดตั้งมาตรรายใหม่ 318 ราย', outc='ติดตั้งภายใน 7 วันทำการร้อยละ 94'),
     dict(n='4', title='ส่งเสริมวัฒนธรรมสุจริตของพนักงานประปาและนโยบายไม่รับของขวัญ',
          steps=['ประกาศเจตนารมณ์', 'อบรมพนักงานเรื่องผลประโยชน์ทับซ้อน', 'รายงานการรับของขวัญหลังเทศกาล'],
          resp='งานธุรการ กองการประปา', period='ธ.ค. 2568 – ม.ค. 2569', mon='งานธุรการรายงานปลัดเทศบาลหลังเทศกาล',
          out='อบรม 1 ครั้ง 36 คน', outc='ไม่พบการรับของขวัญเกินมูลค่าที่กำหนด'),
    ]

    def steps(s):
        return e(s) if isinstance(s, str) else '<br>'.join(f'{i}. {e(x)}' for i, x in enumerate(s, 1))
    rows = '\n'.join(
        f'<tr><td style="text-align:center">{m["n"]}</td><td>{e(m["title"])}</td><td>{steps(m["steps"])}</td><td>{e(m["resp"])}</td>'
        f'<td>{e(m["period"])}</td><td>{e(m["mon"])}</td><td>{e(m["out"])}</td><td>{e(m["outc"])}</td></tr>' for m in MS)
    page = f'''<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><title>O36 รายงานผลการดำเนินการตามมาตรการ - เทศบาลเมืองพังงาคีรี</title>
<link rel="stylesheet" href="/templates/phangngakhiri/css/template.css"></head>
<body class="site com_content view-article">
<header class="header"><div class="brand">เทศบาลเมืองพังงาคีรี<br><small>Phang Nga Khiri Town Municipality</small></div>
<nav><ul class="nav menu"><li><a href="/">หน้าหลัก</a></li><li><a href="/ita">ITA</a></li><li><a href="/water">กองการประปา</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></header>
<main><ul class="breadcrumb"><li>หน้าหลัก</li><li>ITA 2569</li><li>O36</li></ul>
<div class="item-page"><div class="page-header"><h2 itemprop="headline">O36 รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h2></div>
<dl class="article-info"><dd class="createdby">เขียนโดย กองการประปา</dd><dd class="published">เผยแพร่เมื่อ 07 ตุลาคม 2569</dd><dd class="hits">ฮิต: 58</dd></dl>
<div itemprop="articleBody">
<p style="text-align:center"><strong>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568</strong><br>
<strong>{AG} (กองการประปา เทศบาลเมืองพังงาคีรี)</strong></p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;ตามที่เทศบาลเมืองพังงาคีรีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2568 ได้ 90.04 คะแนน ระดับผ่าน
การประปาเทศบาลได้ดำเนินการตามมาตรการ 4 มาตรการ ในรอบ 12 เดือน ระหว่างวันที่ 1 ตุลาคม 2568 – 30 กันยายน 2569 ผลการดำเนินการมีดังนี้</p>
<table border="1" cellpadding="4" cellspacing="0" style="width:100%;border-collapse:collapse">
<thead><tr style="background:#bde0f6"><th>ลำดับ</th><th>มาตรการ</th><th>ขั้นตอนการดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th><th>การติดตาม</th><th>ผลผลิต</th><th>ผลลัพธ์</th></tr></thead>
<tbody>
{rows}
</tbody></table>
<p><strong>ปัญหาอุปสรรค</strong> ท่อจ่ายน้ำบางช่วงชำรุดทำให้ต้องเลื่อนคิวติดตั้งมาตรบางราย</p>
<p style="text-align:right">ผู้รายงาน นายอนันต์ ตะกั่วทุ่งคีรี ผู้อำนวยการกองการประปา<br>ผู้รับรอง นายสมศักดิ์ ทับปุดคีรี ปลัดเทศบาลเมืองพังงาคีรี</p>
</div></div></main>
<footer class="footer"><p>เทศบาลเมืองพังงาคีรี ถนนเพชรเกษม ตำบลท้ายช้างคีรี โทร. 0 7641 2177 · สงวนลิขสิทธิ์ © 2569</p></footer>
</body></html>
'''
    write(F, page)
    label(F, 'results', 2568, AG, 'measure', MS,
          ['wrong fiscal year in the title: "ประจำปีงบประมาณ พ.ศ. 2568" for the FY 2569 results (period 1 ต.ค. 2568 – 30 ก.ย. 2569; page '
           'breadcrumb says ITA 2569)', 'measure 3: steps (ขั้นตอนการดำเนินการ) is "(ระบุ)"'],
          'Joomla-style municipal page (article header, breadcrumb, menu, footer): the report title in a centred bold paragraph says '
          'พ.ศ. 2568 (WRONG FY: the measures ran 1 ต.ค. 2568 – 30 ก.ย. 2569 and the ITA 2568 score 90.04 is last year\'s result); '
          'labelled 2568 as the title declares. 8-column HTML table ลำดับ 1–4, steps "1. …<br>", การติดตาม = monitoring, '
          'ผลผลิต = output, ผลลัพธ์ = outcome.')


# ------------------------------------------------------------------ m03 html (NEW: Bootstrap cards)
def m03():
    F = 'm03_sci_phayaokhiri_measures_2570.html'; AG = 'คณะวิทยาศาสตร์ มหาวิทยาลัยพะเยาคีรี'
    MS = [
     dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อครุภัณฑ์วิทยาศาสตร์และวัสดุห้องปฏิบัติการ พร้อมราคากลาง',
          steps=['งานพัสดุสรุปผลการจัดซื้อจัดจ้างรายเดือน', 'เผยแพร่ราคากลางและผลการพิจารณาบนเว็บไซต์คณะ', 'ตรวจสอบความครบถ้วนรายไตรมาส'],
          resp='งานพัสดุ สำนักงานคณบดี', period='ต.ค. 2569 – ก.ย. 2570', mon='รองคณบดีฝ่ายบริหารติดตามทุกเดือน', outc='เปิดเผยข้อมูลครบ 12 เดือน ไม่มีข้อร้องเรียน'),
     dict(n='2', title='บริหารการใช้เครื่องมือวิทยาศาสตร์เพื่อบริการวิชาการภายนอกและการรับเงินค่าบริการอย่างโปร่งใส',
          steps=['จองเครื่องมือผ่านระบบออนไลน์', 'ออกใบเสร็จอิเล็กทรอนิกส์ทุกรายการ', 'กระทบยอดรายได้กับบันทึกการใช้เครื่องมือรายเดือน'],
          resp='ศูนย์เครื่องมือวิทยาศาสตร์ / งานคลัง', period='ต.ค. 2569 – ก.ย. 2570', mon='งานคลังรายงานคณบดีทุกเดือน', outc='รายได้ตรงกับบันทึกการใช้ร้อยละ 100'),
     dict(n='3', title='ประกาศหลักเกณฑ์และผลการพิจารณาทุนผู้ช่วยสอนและผู้ช่วยวิจัยของนิสิตบัณฑิตศึกษา',
          steps=['ประกาศหลักเกณฑ์ก่อนรับสมัคร', 'คณะกรรมการที่ไม่มีส่วนได้เสียพิจารณา', 'ประกาศผลพร้อมคะแนน'],
          resp='งานบัณฑิตศึกษา', period='พ.ย. 2569 – ก.พ. 2570', mon='ไม่มี', outc='ไม่มีข้อร้องเรียนเรื่องการพิจารณาทุน'),
     dict(n='4', title='ส่งเสริมความซื่อสัตย์ทางวิชาการและนโยบายไม่รับของขวัญของบุคลากร',
          steps=['ตรวจวิทยานิพนธ์ด้วยโปรแกรมตรวจสอบการคัดลอก', 'อบรมจริยธรรมการวิจัย', 'ประกาศนโยบาย No Gift Policy'],
          resp='งานบริหารและธุรการ / งานวิจัย', period='ธ.ค. 2569 – มี.ค. 2570', mon='รองคณบดีฝ่ายวิจัยรายงานที่ประชุมกรรมการประจำคณะ', outc='วิทยานิพนธ์ผ่านเกณฑ์ความซ้ำซ้อนทุกเล่ม'),
     dict(n='5', title='เปิดช่องทางร้องเรียนและแจ้งเบาะแสการทุจริตสำหรับนิสิตและบุคลากรผ่าน Google Form แบบไม่ระบุตัวตน',
          steps=['จัดทำแบบฟอร์มออนไลน์และ QR Code', 'ประชาสัมพันธ์ในการปฐมนิเทศนิสิต', 'รายงานสถิติเรื่องร้องเรียนรายไตรมาส'],
          resp='งานบริหารและธุรการ', period='ต.ค. 2569 – ก.ย. 2570', mon='คณบดีพิจารณารายงานรายไตรมาส', outc='เรื่องร้องเรียนได้รับการดำเนินการภายใน 30 วันทุกเรื่อง'),
    ]

    def card(m):
        li = ''.join(f'\n                <li>{e(x)}</li>' for x in m['steps'])
        return f'''
        <div class="col">
          <div class="card h-100 shadow-sm border-success">
            <div class="card-header bg-success text-white"><i class="bi bi-shield-check"></i> มาตรการที่ {m["n"]}</div>
            <div class="card-body">
              <h5 class="card-title">{e(m["title"])}</h5>
              <h6 class="card-subtitle mb-2 text-body-secondary">ขั้นตอน/วิธีการ</h6>
              <ol class="small ps-3">{li}
              </ol>
            </div>
            <ul class="list-group list-group-flush small">
              <li class="list-group-item"><span class="fw-semibold">ผู้รับผิดชอบ :</span> {e(m["resp"])}</li>
              <li class="list-group-item"><span class="fw-semibold">ระยะเวลา :</span> {e(m["period"])}</li>
              <li class="list-group-item"><span class="fw-semibold">การติดตามผล :</span> {e(m["mon"])}</li>
            </ul>
            <div class="card-footer bg-light small"><span class="badge text-bg-success me-1">ผลที่คาดว่าจะได้รับ</span> {e(m["outc"])}</div>
          </div>
        </div>'''
    cards = ''.join(card(m) for m in MS)
    page = f'''<!doctype html>
<html lang="th" data-bs-theme="light">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส 2570 | คณะวิทยาศาสตร์ มพค.</title>
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet" integrity="sha384-QWTKZyjpPEjISv5WaRU9OFeRpok6YctnYmDr5pNlyT2bRjXh0JMhjY6hW+ALEwIH" crossorigin="anonymous">
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
  <link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;600&display=swap" rel="stylesheet">
  <style>body{{font-family:'Sarabun',sans-serif}} .hero{{background:linear-gradient(90deg,#1f6f43,#3a9d5d)}}</style>
</head>
<body>
  <nav class="navbar navbar-expand-lg navbar-dark bg-dark">
    <div class="container">
      <a class="navbar-brand" href="/">SCI PKU</a>
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse" id="mainNav">
        <ul class="navbar-nav ms-auto">
          <li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li>
          <li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับคณะ</a></li>
          <li class="nav-item"><a class="nav-link active" aria-current="page" href="/ita">ITA</a></li>
          <li class="nav-item"><a class="nav-link" href="/contact">ติดต่อ</a></li>
        </ul>
      </div>
    </div>
  </nav>

  <header class="hero text-white py-4 mb-4">
    <div class="container">
      <nav aria-label="breadcrumb"><ol class="breadcrumb mb-2 small"><li class="breadcrumb-item"><a class="link-light" href="/ita">ITA 2570</a></li><li class="breadcrumb-item active text-white-50" aria-current="page">O13</li></ol></nav>
      <h1 class="h3 mb-1">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>
      <p class="lead mb-0">{AG}</p>
    </div>
  </header>

  <main class="container">
    <section class="mb-4">
      <h2 class="h5 border-start border-4 border-success ps-2">1. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569</h2>
      <div class="row g-3">
        <div class="col-md-4"><div class="p-3 bg-success-subtle rounded-3 text-center"><div class="display-6 fw-bold">92.73</div><div>คะแนน ITA 2569 (มหาวิทยาลัยพะเยาคีรี)</div><span class="badge rounded-pill text-bg-success">ผ่าน</span></div></div>
        <div class="col-md-8"><p>มหาวิทยาลัยพะเยาคีรีได้ 92.73 คะแนน อยู่ในระดับผ่าน คณะวิทยาศาสตร์ได้วิเคราะห์ผลการประเมินร่วมกับคณะกรรมการบริหารคณะ และกำหนดมาตรการ 5 มาตรการ</p></div>
      </div>
    </section>

    <section class="mb-4">
      <h2 class="h5 border-start border-4 border-success ps-2">2. ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h2>
      <ul>
        <li>การรับเงินค่าบริการเครื่องมือวิทยาศาสตร์ให้ตรวจสอบได้</li>
        <li>ความเป็นธรรมในการพิจารณาทุนของนิสิตบัณฑิตศึกษา</li>
        <li>การรับรู้ช่องทางร้องเรียนของนิสิต</li>
      </ul>
    </section>

    <section class="mb-5">
      <h2 class="h5 border-start border-4 border-success ps-2">3. มาตรการส่งเสริมคุณธรรมและความโปร่งใส</h2>
      <div class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-4">{cards}
      </div>
    </section>

    <p class="text-end small">ประกาศ ณ วันที่ 25 ตุลาคม 2569<br>ผู้ช่วยศาสตราจารย์ ดร.ณัฐพล จุนคีรี คณบดีคณะวิทยาศาสตร์</p>
  </main>

  <footer class="bg-dark text-white-50 py-3 small"><div class="container d-flex justify-content-between"><span>© 2569 คณะวิทยาศาสตร์ มหาวิทยาลัยพะเยาคีรี</span><a class="link-light" href="#">กลับด้านบน</a></div></footer>
  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-YvpcrYf0tY3lHB60NNkmXc5s9fDVZLESaAA55NDzOxhy9GkcIdslK1eN7N6jIeHz" crossorigin="anonymous"></script>
</body>
</html>
'''
    write(F, page)
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['analysis section "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขเร่งด่วน" (weaknesses) is missing',
           'measure 3: monitoring (การติดตามผล) is "ไม่มี"'],
          'NEW FORM: a BOOTSTRAP 5.3 page (CDN css/js with SRI hashes, bootstrap-icons, Sarabun web font, dark navbar with collapse '
          'toggler, hero header with breadcrumb and the h1 title FY 2570, footer). Section 1: score tile 92.73 with a "ผ่าน" '
          'badge; section 2 has ONLY the improvements list (no weaknesses); section 3 holds the measures as BOOTSTRAP CARDS in a '
          'RESPONSIVE GRID `div.row.row-cols-1.row-cols-md-2.row-cols-xl-3.g-4 > div.col > div.card.h-100`: each card = '
          '`div.card-header` "มาตรการที่ n", `div.card-body` with `h5.card-title` (title), `h6.card-subtitle` "ขั้นตอน/วิธีการ" + '
          '`<ol>` steps, then `ul.list-group.list-group-flush` items "ผู้รับผิดชอบ :", "ระยะเวลา :", "การติดตามผล :" and a '
          '`div.card-footer` with a badge "ผลที่คาดว่าจะได้รับ" + text (= outcome). 5 cards: 3 + 2 on a wide screen, 2 + 2 + 1 '
          'on a tablet, one column on a phone. Output never stated (missing by convention).',
          sections={'weaknesses': 'missing', 'improvements': 'present'})


# ------------------------------------------------------------------ p02 html (อบต. island, COMPLETE, general monitoring)
def p02():
    F = 'p02_obt_kohlantakhiri_plan_2570.html'; AG = 'องค์การบริหารส่วนตำบลเกาะลันตาคีรี'
    MS = [
     dict(n='๑', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและงบประมาณบนเว็บไซต์ อบต. และบอร์ดท่าเทียบเรือ',
          steps='๑) กองคลังสรุปผลรายเดือน<br>๒) ปิดประกาศที่ท่าเทียบเรือและที่ทำการ<br>๓) เผยแพร่บนเว็บไซต์', resp='กองคลัง',
          period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', outc='เผยแพร่ครบ ๑๒ เดือน'),
     dict(n='๒', title='ควบคุมการจัดเก็บค่าธรรมเนียมเก็บขนขยะจากสถานประกอบการที่พักและร้านอาหารด้วยใบเสร็จอิเล็กทรอนิกส์',
          steps='๑) ขึ้นทะเบียนสถานประกอบการ<br>๒) ออกใบเสร็จอิเล็กทรอนิกส์<br>๓) กระทบยอดรายสัปดาห์', resp='กองคลัง (งานจัดเก็บรายได้) / กองสาธารณสุขฯ',
          period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', outc='รายได้ค่าธรรมเนียมเพิ่มขึ้นร้อยละ ๒๐'),
     dict(n='๓', title='เปิดให้ชุมชนชาวเลมีส่วนร่วมตรวจสอบโครงการก่อสร้างท่าเทียบเรือประมงพื้นบ้าน',
          steps='๑) แต่งตั้งผู้แทนชุมชนร่วมตรวจรับ<br>๒) ประชุมชี้แจงก่อนเริ่มงาน<br>๓) เผยแพร่ผลการตรวจรับ', resp='กองช่าง',
          period='ม.ค. – ส.ค. ๒๕๗๐', outc='ผู้แทนชุมชนร่วมตรวจรับทุกงวดงาน'),
     dict(n='๔', title='อบรมผู้บริหาร สมาชิกสภา และพนักงาน เรื่องผลประโยชน์ทับซ้อนและนโยบายไม่รับของขวัญ',
          steps='๑) จัดอบรม ๑ ครั้ง<br>๒) ประกาศนโยบาย No Gift Policy<br>๓) รายงานการรับของขวัญ', resp='สำนักปลัด (งานการเจ้าหน้าที่)',
          period='ธ.ค. ๒๕๖๙ – ก.พ. ๒๕๗๐', outc='ผู้เข้าอบรมผ่านการทดสอบร้อยละ ๘๐'),
    ]
    rows = '\n'.join(f'<tr><td align="center">{m["n"]}</td><td>{e(m["title"])}</td><td>{m["steps"]}</td><td>{e(m["resp"])}</td>'
                     f'<td>{e(m["period"])}</td><td>{e(m["outc"])}</td></tr>' for m in MS)
    page = f'''<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8"><meta name="generator" content="Joomla! - Open Source Content Management">
<title>แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</title></head>
<body class="site">
<div class="header"><h1 class="site-title">องค์การบริหารส่วนตำบลเกาะลันตาคีรี</h1><p>อำเภอเกาะลันตาคีรี จังหวัดกระบี่คีรี</p></div>
<div class="item-page">
<h2>แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. ๒๕๗๐</h2>
<p><strong>หลักการและเหตุผล</strong> อบต.เกาะลันตาคีรีได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๘๙.๔๐ คะแนน ระดับผ่าน
จึงจัดทำแผนปฏิบัติการนี้ โดย<u>สำนักปลัด อบต. เป็นผู้ติดตามผลการดำเนินงานทุกกิจกรรมและรายงานนายก อบต. ทุกไตรมาส</u></p>
<table border="1" cellspacing="0" cellpadding="5" width="100%">
<tr bgcolor="#ffe699"><th>ที่</th><th>กิจกรรม</th><th>วิธีดำเนินการ</th><th>หน่วยงานรับผิดชอบ</th><th>ระยะเวลา</th><th>ตัวชี้วัด</th></tr>
{rows}
</table>
<p><em>หมายเหตุ</em> การติดตามและประเมินผล : สำนักปลัด อบต. รวบรวมผลทุกกิจกรรม รายงานนายก อบต. รายไตรมาส และรายงานผลรอบ ๖ เดือน และ ๑๒ เดือน เผยแพร่บนเว็บไซต์</p>
<p>ผู้อนุมัติ นายหมาดสอ๊ะ ศาลาด่านคีรี นายกองค์การบริหารส่วนตำบลเกาะลันตาคีรี</p>
</div>
<div class="footer">© อบต.เกาะลันตาคีรี</div>
</body></html>
'''
    write(F, page)
    label(F, 'plan', 2570, AG, 'activity', MS, [],
          'Joomla article: h2 title FY ๒๕๗๐; ITA ๒๕๖๙ ๘๙.๔๐ ผ่าน; 6-column table ที่ ๑–๔ (no monitoring column) with steps "๑) <br>", '
          'หน่วยงานรับผิดชอบ, ระยะเวลา, ตัวชี้วัด = outcome; a GENERAL monitoring statement (underlined in the intro and in the '
          'หมายเหตุ: สำนักปลัด follows up every activity and reports quarterly + 6/12-month reports) counts for every activity. '
          'COMPLETE. Output never stated (missing by convention).', gmon=True)


if __name__ == '__main__':
    for f in (sys.argv[1:] or ['r02', 'r03', 'r05', 'r07', 'm01', 'm03', 'm04', 'p01', 'p02']):
        globals()[f]()
        print('built', f)
