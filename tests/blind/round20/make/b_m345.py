"""m03: อบต. measures FY 2570, HTML. NEW: the measure table is an inline SVG (exported from a diagram tool and
pasted into the CMS): every cell a <rect> + <text> with one <tspan> per wrapped line, no <table>.
m04: เทศบาลตำบล measures FY 2570, Markdown. NEW: each measure's fields are a Markdown DEFINITION LIST
(term line, then ':   value' lines; Pandoc / PHP Markdown Extra syntax).
m05: เทศบาลตำบล measures FY 2570, txt from an extraction service (tabs + HTML fragments); wrong band."""
import html
from common import *

COMB = set(chr(c) for c in [0x0E31] + list(range(0x0E34, 0x0E3B)) + list(range(0x0E47, 0x0E4F)))


def dispw(s):
    return sum(0 if ch in COMB else 1 for ch in s)


def wrap(text, width):
    lines = []
    for para_ in str(text).split('\n'):
        cur = ''
        for word in para_.split(' '):
            cand = (cur + ' ' + word) if cur else word
            if dispw(cand) <= width:
                cur = cand; continue
            if cur:
                lines.append(cur); cur = ''
            while dispw(word) > width:
                # cut at width, never before a combining mark
                k, w = 0, 0
                while k < len(word) and (w < width or word[k] in COMB):
                    if word[k] not in COMB:
                        w += 1
                    k += 1
                lines.append(word[:k]); word = word[k:]
            cur = word
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- m03
M03 = 'm03_obt_naduangnuea_measures_2570'
AG3 = 'องค์การบริหารส่วนตำบลนาด้วงเหนือ'
M3 = [
 dict(n='1', title='มาตรการเผยแพร่ข้อมูลการใช้จ่ายงบประมาณและผลการจัดซื้อจัดจ้างประจำเดือน',
      steps='1) กองคลังสรุป สขร.1 ทุกเดือน 2) เผยแพร่บนเว็บไซต์และบอร์ดหน้าสำนักงาน 3) สรุปผลการใช้จ่ายงบประมาณรายไตรมาส',
      resp='กองคลัง', period='ต.ค. 2569 - ก.ย. 2570', mon='รายงานนายก อบต. ทุกไตรมาส',
      outc='ประชาชนตรวจสอบการใช้จ่ายงบประมาณได้'),
 dict(n='2', title='มาตรการลดขั้นตอนการขออนุญาตก่อสร้างและการขอใช้น้ำประปาหมู่บ้าน',
      steps='1) ประกาศขั้นตอนและระยะเวลาการให้บริการ 2) รับคำขอทาง LINE OA 3) ติดตามคำขอด้วยทะเบียนคุม',
      resp='กองช่าง', period='ต.ค. 2569 - มี.ค. 2570', mon='สรุปจำนวนคำขอและระยะเวลาการให้บริการรายงานปลัด อบต. ทุกเดือน',
      outc='ระยะเวลาการให้บริการไม่เกิน 15 วันทำการ'),
 dict(n='3', title='มาตรการป้องกันการใช้รถยนต์ส่วนกลางและทรัพย์สินของ อบต. ไปใช้ประโยชน์ส่วนตน',
      steps='1) จัดทำแบบขออนุญาตใช้รถทุกครั้ง 2) ตรวจสอบสมุดบันทึกการใช้รถเทียบการเบิกน้ำมัน 3) ประกาศแนวปฏิบัติการยืมพัสดุ',
      resp='สำนักปลัด (งานยานพาหนะ)', period='ต.ค. 2569 - ก.ย. 2570', mon='ตรวจสอบทุกสิ้นเดือนและรายงานปลัด อบต.',
      outc='ไม่มีการนำทรัพย์สินไปใช้ส่วนตน'),
 dict(n='4', title='มาตรการส่งเสริมคุณธรรมจริยธรรม "อบต.นาด้วงเหนือ ใสสะอาด ไม่รับของขวัญ"',
      steps='1) นายก อบต. ประกาศนโยบาย No Gift Policy 2) อบรมพนักงานส่วนตำบลและพนักงานจ้าง 3) รณรงค์ช่วงเทศกาล',
      resp='-', period='ธ.ค. 2569 - ม.ค. 2570', mon='รายงานผลการอบรมต่อนายก อบต.',
      outc='พนักงานทุกคนรับทราบนโยบายและไม่รับของขวัญ'),
 dict(n='5', title='มาตรการเปิดโอกาสให้ประชาชนมีส่วนร่วมในการจัดทำแผนพัฒนาท้องถิ่นและตรวจรับงานจ้าง',
      steps='1) จัดประชาคมหมู่บ้าน 12 หมู่ 2) แต่งตั้งตัวแทนประชาชนร่วมเป็นกรรมการตรวจรับงานจ้างก่อสร้าง',
      resp='สำนักปลัด (งานวิเคราะห์นโยบายและแผน) / กองช่าง', period='ก.พ. - พ.ค. 2570', mon='สรุปผลประชาคมเสนอคณะกรรมการพัฒนา อบต.',
      outc='โครงการในแผนตรงกับความต้องการของประชาชน'),
]
HDR3 = ['ที่', 'มาตรการ', 'วิธีการ/ขั้นตอน', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
COLW = [40, 190, 250, 120, 100, 150, 150]  # px
CHARS = [4, 18, 25, 11, 9, 14, 14]


def svg_table():
    LH, PAD = 20, 8
    x0 = 10
    xs = [x0]
    for w in COLW:
        xs.append(xs[-1] + w)
    out = []
    y = 10
    rows = [(HDR3, True)] + [([m['n'], m['title'], m['steps'].replace(' 2)', '\n2)').replace(' 3)', '\n3)'), m['resp'],
                               m['period'], m['mon'], m['outc']], False) for m in M3]
    for cells, head in rows:
        wrapped = [wrap(c, CHARS[i]) for i, c in enumerate(cells)]
        h = max(len(w) for w in wrapped) * LH + 2 * PAD
        for i, lines in enumerate(wrapped):
            fill = '#c6e0b4' if head else '#ffffff'
            out.append(f'<rect x="{xs[i]}" y="{y}" width="{COLW[i]}" height="{h}" fill="{fill}" stroke="#000000" stroke-width="1"/>')
            anchor = 'middle' if (head or i == 0) else 'start'
            tx = xs[i] + COLW[i] / 2 if anchor == 'middle' else xs[i] + 5
            spans = ''.join(f'<tspan x="{tx:g}" dy="{LH if k else 0}">{html.escape(l)}</tspan>' for k, l in enumerate(lines))
            weight = ' font-weight="bold"' if head else ''
            out.append(f'<text x="{tx:g}" y="{y + PAD + 14}" font-family="Sarabun, Tahoma, sans-serif" font-size="14" '
                       f'text-anchor="{anchor}"{weight}>{spans}</text>')
        y += h
    W = xs[-1] + 10
    return (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" '
            f'width="{W}px" height="{y + 10}px" viewBox="-0.5 -0.5 {W} {y + 10}" content="&lt;mxfile host=&quot;app.diagrams.net&quot;&gt;...&lt;/mxfile&gt;">'
            '<defs/><g>' + '\n'.join(out) + '</g></svg>')


def m03():
    doc = f'''<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2570 - อบต.นาด้วงเหนือ</title>
<link rel="stylesheet" href="/template/sao_green/css/main.css">
</head>
<body>
<div id="banner"><img src="/images/banner_naduangnuea.jpg" alt="องค์การบริหารส่วนตำบลนาด้วงเหนือ อำเภอนาด้วงเหนือ จังหวัดเลยนที"></div>
<div id="menu"><a href="/">หน้าแรก</a> | <a href="/index.php?mod=about">ข้อมูลพื้นฐาน</a> | <a href="/index.php?mod=ita">ITA</a> | <a href="/index.php?mod=complain">ร้องเรียน</a></div>
<div id="content">
<div class="news-head">ITA 2570 :: O36 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</div>
<h3 style="text-align:center">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน<br>ประจำปีงบประมาณ พ.ศ. 2570<br>องค์การบริหารส่วนตำบลนาด้วงเหนือ</h3>
<p><b>1. ผลการประเมิน ITA ประจำปี พ.ศ. 2569</b><br>
องค์การบริหารส่วนตำบลนาด้วงเหนือ ได้คะแนน 84.17 คะแนน ระดับ ไม่ผ่าน (เกณฑ์ผ่าน 85 คะแนน)</p>
<p><b>2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</b></p>
<ul>
<li>ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ข้อมูลการจัดซื้อจัดจ้างรายเดือนไม่ครบ 12 เดือน</li>
<li>ตัวชี้วัดที่ 3 การใช้ทรัพย์สินของราชการ ผู้รับบริการยังเห็นว่ามีการนำรถส่วนกลางไปใช้ส่วนตัว</li>
</ul>
<p><b>3. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</b></p>
<ul>
<li>ระยะเวลาการให้บริการขออนุญาตต่าง ๆ และการมีส่วนร่วมของประชาชน</li>
<li>การสร้างวัฒนธรรมองค์กรไม่รับของขวัญ</li>
</ul>
<p><b>4. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</b></p>
<div class="mxgraph-export" style="overflow-x:auto">
{svg_table()}
</div>
<p>ประกาศ ณ วันที่ 5 พฤศจิกายน 2569<br>(นายบุญมี ศรีนาด้วง)<br>นายกองค์การบริหารส่วนตำบลนาด้วงเหนือ</p>
</div>
<div id="footer">อบต.นาด้วงเหนือ โทร 0 4288 7xxx | ผู้เข้าชม 015234</div>
</body>
</html>
'''
    write(M03 + '.html', doc)
    label(M03 + '.html', 'measures', 2570, AG3, 'measure', M3,
          ['measure 4: responsible is "-"'],
          'LAO-template page (banner, menu, news-head). Analysis as <ul> under numbered bold paragraphs (both sections), '
          'ITA 2569 84.17 ไม่ผ่าน (band correct). NEW FORM: the 7-col measure table is an INLINE SVG exported from '
          'diagrams.net - each cell is a <rect> plus a <text> whose wrapped lines are <tspan> elements (Thai words cut '
          'where the tool wrapped them), no <table>; reading order row by row. Titles start with "มาตรการ…".',
          sections={'weaknesses': 'present', 'improvements': 'present'})


# ---------------------------------------------------------------- m04
M04 = 'm04_tt_wangthongtai_measures_2570'
AG4 = 'เทศบาลตำบลวังทองใต้'
M4 = [
 dict(n='1', title='เปิดเผยข้อมูลผลการพิจารณาเบี้ยยังชีพผู้สูงอายุและคนพิการ',
      steps=['ประกาศรายชื่อผู้มีสิทธิ์รายใหม่ทุกเดือน ณ ที่ทำการชุมชน', 'เปิดให้ทักท้วงภายใน 15 วัน', 'เผยแพร่ผลการจ่ายเงินรายเดือนบนเว็บไซต์'],
      resp='กองสวัสดิการสังคม', period='ต.ค. 2569 – ก.ย. 2570', mon='รายงานนายกเทศมนตรีทุกเดือน',
      outc='ผู้มีสิทธิ์ได้รับเงินถูกต้อง ไม่มีข้อร้องเรียน'),
 dict(n='2', title='ป้องกันการทุจริตในการจัดเก็บค่าธรรมเนียมเก็บขนขยะมูลฝอย',
      steps=['ออกใบเสร็จจากระบบ e-LAAS ทุกครั้ง', 'ประชาสัมพันธ์ช่องทางชำระผ่าน QR Code พร้อมเพย์', 'สุ่มตรวจใบเสร็จเทียบบัญชีผู้ชำระ'],
      resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='ต.ค. 2569 – ก.ย. 2570', mon='สรุปยอดจัดเก็บรายงานผู้อำนวยการกองคลังทุกสัปดาห์',
      outc='ยอดจัดเก็บค่าธรรมเนียมตรงกับจำนวนครัวเรือน'),
 dict(n='3', title='อบรมเสริมสร้างความรู้เรื่องผลประโยชน์ทับซ้อนแก่บุคลากรเทศบาล',
      steps=['จัดอบรม 1 วัน', 'จัดทำคู่มือแนวปฏิบัติ'],
      resp='สำนักปลัดเทศบาล (งานการเจ้าหน้าที่)', period='กุมภาพันธ์ 2570', mon='',
      outc='บุคลากรร้อยละ 90 เข้าใจและแยกแยะผลประโยชน์ส่วนตนกับส่วนรวมได้'),
 dict(n='4', title='เพิ่มช่องทางรับฟังความคิดเห็นและเรื่องร้องเรียนของประชาชน',
      steps=['เปิด LINE OA "เทศบาลวังทองใต้"', 'ตอบรับเรื่องภายใน 3 วัน', 'รายงานผลการดำเนินการแก่ผู้ร้องเรียน'],
      resp='สำนักปลัดเทศบาล (ศูนย์รับเรื่องร้องเรียน)', period='ต.ค. 2569 – ก.ย. 2570', mon='สรุปเรื่องร้องเรียนรายไตรมาสเสนอนายกเทศมนตรี',
      outc='-'),
]


def m04():
    L = ['---', 'title: "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570"',
         'author: "งานประชาสัมพันธ์ เทศบาลตำบลวังทองใต้"', 'date: 2569-11-03', 'lang: th', '---', '',
         '# มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570', '',
         '**เทศบาลตำบลวังทองใต้ อำเภอวังทองใต้ จังหวัดพิษณุนที**', '',
         '## 1. ผลการประเมิน ITA ปี 2569', '',
         'เทศบาลตำบลวังทองใต้ได้คะแนน **87.35 คะแนน** อยู่ในระดับ ผ่าน', '',
         '## 2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', '',
         '- การเปิดเผยผลการพิจารณาเบี้ยยังชีพยังไม่ทั่วถึง ประชาชนบางส่วนไม่ทราบสิทธิ์',
         '- การจัดเก็บค่าธรรมเนียมขยะยังใช้ใบเสร็จเล่ม ตรวจสอบยาก',
         '- บุคลากรยังสับสนเรื่องผลประโยชน์ทับซ้อน', '',
         '## 3. มาตรการ', '']
    for m in M4:
        L += [f'### มาตรการที่ {m["n"]} {m["title"]}', '', 'วิธีการดำเนินการ']
        L += [f':   {i}) {s}' for i, s in enumerate(m['steps'], 1)]
        L += ['', 'ผู้รับผิดชอบ', f':   {m["resp"]}', '', 'ระยะเวลา', f':   {m["period"]}', '']
        if m['mon']:
            L += ['การติดตามผล', f':   {m["mon"]}', '']
        L += ['ผลที่คาดว่าจะได้รับ', f':   {m["outc"]}', '']
    L += ['---', '', 'ประกาศ ณ วันที่ 3 พฤศจิกายน 2569  ', 'นายวิชัย คำวังทอง นายกเทศมนตรีตำบลวังทองใต้', '']
    write(M04 + '.md', '\n'.join(L))
    label(M04 + '.md', 'measures', 2570, AG4, 'measure', M4,
          ['improvements section ("ประเด็นที่จะต้องพัฒนาให้ดีขึ้น") missing - only the urgent-weakness section',
           'measure 3: no follow-up/report line at all', 'measure 4: expected result is "-"'],
          'Pandoc-style Markdown with YAML front matter. NEW FORM: each measure is an H3 "มาตรการที่ n …" followed by a '
          'DEFINITION LIST - term line (วิธีการดำเนินการ, ผู้รับผิดชอบ, ระยะเวลา, การติดตามผล, ผลที่คาดว่าจะได้รับ) then ":   value" '
          'lines; steps are several ":   n) …" definitions of one term. Measure 3 has no การติดตามผล term.',
          sections={'weaknesses': 'present', 'improvements': 'missing'})


# ---------------------------------------------------------------- m05
M05 = 'm05_tt_khlongkhlungnuea_measures_2570'
AG5 = 'เทศบาลตำบลคลองขลุงเหนือ'
M5 = [
 dict(n='1', title='มาตรการ "ประกาศเจตจำนงสุจริตของผู้บริหารท้องถิ่น"',
      steps='<p>1. นายกเทศมนตรีประกาศเจตจำนงสุจริตต่อสาธารณะ</p><p>2. เผยแพร่ทางเว็บไซต์ เฟซบุ๊ก และเสียงตามสาย</p>',
      resp='<p>สำนักปลัดเทศบาล</p>', period='<p>ต.ค. - พ.ย. 2569</p>', mon='<p>รายงานผลในการประชุมพนักงานประจำเดือน</p>',
      outc='<p>ประชาชนรับทราบเจตจำนงของผู้บริหาร</p>'),
 dict(n='2', title='มาตรการเปิดเผยข้อมูลการเบิกจ่ายงบประมาณรายจ่ายประจำปีรายไตรมาส',
      steps='<p>1. กองคลังสรุปผลการเบิกจ่ายรายไตรมาส</p><p>2. นำขึ้นเว็บไซต์ภายใน 15 วันหลังสิ้นไตรมาส</p>',
      resp='<p>กองคลัง</p>', period='<p>ธ.ค. 2569, มี.ค. มิ.ย. ก.ย. 2570</p>', mon='<p>ปลัดเทศบาลตรวจสอบก่อนเผยแพร่และรายงานนายกฯ</p>',
      outc=''),
 dict(n='3', title='มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      steps='<ul><li>แต่งตั้งคณะกรรมการตรวจสอบข้อเท็จจริง</li><li>แจ้งผลแก่ผู้ร้องภายใน 30 วัน</li></ul>',
      resp='<p>งานนิติการ สำนักปลัดเทศบาล</p>', period='<p>ตลอดปีงบประมาณ 2570</p>', mon='<p>รายงานสถิติเรื่องร้องเรียนต่อนายกฯ ทุก 6 เดือน</p>',
      outc='<p>เรื่องร้องเรียนได้รับการพิจารณาทุกเรื่อง</p>'),
 dict(n='4', title='มาตรการควบคุมการใช้ทรัพย์สินของทางราชการ',
      steps='<p>1. ขออนุญาตก่อนนำทรัพย์สินออกนอกสำนักงาน</p><p>2. ตรวจนับพัสดุประจำปี</p>',
      resp='<p>กองคลัง (งานพัสดุ)</p>', period='<p>ต.ค. 2569 - ก.ย. 2570</p>', mon='<p>รายงานผลการตรวจนับพัสดุต่อนายกฯ</p>',
      outc='<p>ทรัพย์สินของเทศบาลครบถ้วน ไม่สูญหาย</p>'),
 dict(n='5', title='มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจรับงานก่อสร้าง',
      steps='<p>1. เชิญผู้นำชุมชนร่วมสังเกตการณ์การตรวจรับ</p><p>2. ติดป้ายข้อมูลโครงการทุกจุดก่อสร้าง</p>',
      resp='<p>กองช่าง</p>', period='<p>(ระบุ)</p>', mon='<p>กองช่างรายงานผลการตรวจรับงานทุกโครงการ</p>',
      outc='<p>ประชาชนมั่นใจในคุณภาพงานก่อสร้าง</p>'),
]


def m05():
    L = ['มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'ประจำปีงบประมาณ พ.ศ. 2570',
         'เทศบาลตำบลคลองขลุงเหนือ อำเภอคลองขลุงเหนือ จังหวัดกำแพงนที', '',
         'ส่วนที่ 1 ผลการประเมิน', 'ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2569 เทศบาลตำบลคลองขลุงเหนือได้ 82.46 คะแนน ระดับผ่าน', '',
         'ส่วนที่ 2 การวิเคราะห์ผลการประเมิน',
         '2.1 ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน',
         '- ข้อมูลการเบิกจ่ายงบประมาณและการจัดการเรื่องร้องเรียนไม่ได้เผยแพร่',
         '2.2 ประเด็นที่จะต้องพัฒนาให้ดีขึ้น',
         '- การใช้ทรัพย์สินของราชการและการมีส่วนร่วมของประชาชน', '',
         'ส่วนที่ 3 มาตรการ',
         'ที่\tมาตรการ\tขั้นตอน/วิธีการ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตาม/รายงานผล\tผลที่คาดว่าจะได้รับ']
    for m in M5:
        L.append('\t'.join([m['n'], f'<p>{m["title"]}</p>', m['steps'], m['resp'], m['period'], m['mon'], m['outc']]))
    L += ['', 'ประกาศ ณ วันที่ 30 ตุลาคม 2569', '(นายสุชาติ แก้วคลองขลุง)', 'นายกเทศมนตรีตำบลคลองขลุงเหนือ', '']
    write(M05 + '.txt', '\n'.join(L))
    label(M05 + '.txt', 'measures', 2570, AG5, 'measure', M5,
          ['score: 82.46 is below the 85-point pass mark but is called "ระดับผ่าน" (wrong band)',
           'measure 2: expected-result cell empty', 'measure 5: period is "(ระบุ)"'],
          'Extraction-service text: title lines, sections 2.1/2.2 with "- " items, then a tab-separated 7-col table whose cells '
          'carry <p> and <ul><li> fragments; measure 2 ends with an empty cell. Expected result column = outcome.',
          sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    m03(); m04(); m05()
