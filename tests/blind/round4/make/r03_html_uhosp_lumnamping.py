"""r03: โรงพยาบาลมหาวิทยาลัยลุ่มน้ำปิง results FY2569 - hospital website page where each measure is an <article>
'card' of labelled <div class="field"> rows (Thai label + English <small>), measures numbered 'Measure I … VII'
(roman), status as disabled <input type=checkbox> labels plus an output text."""
from common import *

NAME = 'r03_uhosp_lumnamping_results_2569'
AG = 'โรงพยาบาลมหาวิทยาลัยลุ่มน้ำปิง'
TITLE = 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569'
ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']
ST = ['ดำเนินการแล้วเสร็จ', 'อยู่ระหว่างดำเนินการ', 'ยังไม่ได้ดำเนินการ']

# title, steps(list), owner, timeline(None = field absent), monitoring, ticked(tuple), output, outcome
MEAS = [
    ('มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างยา เวชภัณฑ์ และเครื่องมือแพทย์',
     ['เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีและประกาศเชิญชวนบนเว็บไซต์โรงพยาบาลและระบบ e-GP',
      'เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน ภายในวันที่ 15 ของเดือนถัดไป',
      'เปิดเผยราคากลางและราคาที่ตกลงซื้อของยาและเวชภัณฑ์ที่มีมูลค่าสูง 20 อันดับแรก'],
     'งานพัสดุ ฝ่ายบริหารทั่วไป / ฝ่ายเภสัชกรรม', 'ตุลาคม 2568 – กันยายน 2569',
     'ฝ่ายบริหารทั่วไปรายงานความครบถ้วนของการเผยแพร่ต่อคณะกรรมการบริหารโรงพยาบาลทุกเดือน', (0,),
     'เผยแพร่แผนการจัดซื้อจัดจ้าง 1 ฉบับ และฉบับปรับปรุง 2 ครั้ง สรุปผลรายเดือนครบ 12 เดือน เปิดเผยราคายาที่มีมูลค่าสูง 20 รายการ',
     'ผู้ค้าและประชาชนตรวจสอบข้อมูลการจัดซื้อจัดจ้างได้ ไม่มีข้อร้องเรียนเรื่องการจัดซื้อจัดจ้าง'),
    ('มาตรการป้องกันผลประโยชน์ทับซ้อนในการรับการสนับสนุนจากบริษัทยาและเครื่องมือแพทย์',
     ['ประกาศแนวปฏิบัติการรับการสนับสนุนจากบริษัทยาตามเกณฑ์จริยธรรมฯ ของกระทรวงสาธารณสุข',
      'ให้บุคลากรที่ได้รับการสนับสนุนไปประชุมวิชาการยื่นแบบรายงานผ่านระบบ e-Form ก่อนเดินทาง',
      'เปิดเผยรายการการสนับสนุนที่โรงพยาบาลได้รับบนเว็บไซต์ทุกไตรมาส'],
     'คณะกรรมการเภสัชกรรมและการบำบัด / ฝ่ายการเจ้าหน้าที่', 'ตุลาคม 2568 – กันยายน 2569',
     'คณะกรรมการเภสัชกรรมฯ ตรวจสอบแบบรายงานและสรุปเสนอผู้อำนวยการทุกไตรมาส', (0,),
     'ยื่นแบบรายงานการรับการสนับสนุน 146 รายการ เปิดเผยบนเว็บไซต์ครบ 4 ไตรมาส',
     'การรับการสนับสนุนทุกรายการผ่านโรงพยาบาลและตรวจสอบได้ ไม่พบการรับโดยตรงเป็นการส่วนตัว'),
    ('มาตรการลดการลัดคิวและการให้สิทธิพิเศษในการรับบริการ',
     ['ใช้ระบบนัดหมายและคิวออนไลน์ผ่านแอปพลิเคชัน “LNP Hospital” ทุกคลินิก',
      'แสดงลำดับคิวบนจอ ณ จุดบริการ และประกาศงดการฝากคิว',
      'กำหนดช่องทางพิเศษเฉพาะผู้สูงอายุ ผู้พิการ และผู้ป่วยฉุกเฉินตามเกณฑ์ที่ประกาศ'],
     'ฝ่ายการพยาบาล (งานผู้ป่วยนอก) / ศูนย์เทคโนโลยีสารสนเทศ', 'ตุลาคม 2568 – กันยายน 2569',
     'ติดตามระยะเวลารอคอยรายเดือนและรายงานในที่ประชุมคณะกรรมการพัฒนาคุณภาพ', (0,),
     'เปิดใช้ระบบคิวออนไลน์ครบ 28 คลินิก ผู้ป่วยใช้ระบบนัดออนไลน์ 212,450 ครั้ง',
     'ระยะเวลารอคอยเฉลี่ยที่แผนกผู้ป่วยนอกลดลงจาก 96 นาที เหลือ 71 นาที ไม่มีข้อร้องเรียนเรื่องการลัดคิว'),
    ('มาตรการควบคุมการใช้ทรัพย์สินและครุภัณฑ์การแพทย์ของโรงพยาบาล',
     ['ติดบาร์โค้ดครุภัณฑ์การแพทย์ทุกรายการและบันทึกการยืม–คืนในระบบ',
      'ตรวจนับครุภัณฑ์ประจำปีโดยคณะกรรมการที่แต่งตั้ง',
      'ประกาศแนวปฏิบัติการนำทรัพย์สินของโรงพยาบาลออกนอกสถานที่'],
     'งานพัสดุ ฝ่ายบริหารทั่วไป / ศูนย์เครื่องมือแพทย์', 'มกราคม – กันยายน 2569',
     'รายงานผลการตรวจนับครุภัณฑ์ต่อคณบดีภายในเดือนตุลาคม', (0,),
     'ติดบาร์โค้ดครุภัณฑ์ 8,904 รายการ ตรวจนับประจำปีแล้วเสร็จเมื่อ 30 กันยายน 2569', '-'),
    ('มาตรการจัดการเรื่องร้องเรียนของผู้ป่วยและญาติ',
     ['รับเรื่องร้องเรียนผ่าน 5 ช่องทาง (ตู้รับความคิดเห็น, Call Center, Line OA, เว็บไซต์, หนังสือ)',
      'ส่งเรื่องให้หน่วยงานที่เกี่ยวข้องชี้แจงภายใน 7 วัน',
      'แจ้งผลให้ผู้ร้องทราบภายใน 30 วัน'],
     'ศูนย์ประสานสิทธิผู้ป่วยและจัดการข้อร้องเรียน', 'ตุลาคม 2568 – กันยายน 2569',
     'สรุปเรื่องร้องเรียนรายงานคณะกรรมการบริหารความเสี่ยงทุกเดือน', (),
     '-', 'ผู้ร้องได้รับแจ้งผลภายในกำหนดร้อยละ 92.3'),
    ('มาตรการโปร่งใสในการสรรหาและคัดเลือกบุคลากร',
     ['ประกาศรับสมัครพร้อมหลักเกณฑ์การคัดเลือกบนเว็บไซต์ไม่น้อยกว่า 15 วัน',
      'แต่งตั้งกรรมการคัดเลือกที่ไม่มีส่วนได้เสียกับผู้สมัครและให้ลงนามแบบแสดงความไม่มีส่วนได้เสีย',
      'ประกาศผลการคัดเลือกพร้อมคะแนนรวมของผู้ผ่านการคัดเลือก'],
     'ฝ่ายการเจ้าหน้าที่', 'ตุลาคม 2568 – กันยายน 2569',
     'ฝ่ายการเจ้าหน้าที่รายงานผลการสรรหาต่อคณะกรรมการบริหารงานบุคคลทุกครั้งที่มีการคัดเลือก', (0, 1),
     'ประกาศรับสมัคร 37 ครั้ง 214 อัตรา กรรมการลงนามแบบแสดงความไม่มีส่วนได้เสียครบทุกครั้ง',
     'ไม่มีข้อร้องเรียนเรื่องความไม่เป็นธรรมในการคัดเลือก'),
    ('มาตรการปลูกฝังจริยธรรมทางการแพทย์แก่แพทย์ประจำบ้านและบุคลากร',
     ['บรรจุเรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวมในการปฐมนิเทศแพทย์ประจำบ้าน',
      'จัดเสวนา “Ethics Grand Round” ทุก 2 เดือน',
      'ยกย่องบุคลากรต้นแบบด้านคุณธรรมจริยธรรมในวันสถาปนาโรงพยาบาล'],
     'งานแพทยศาสตรศึกษา / ฝ่ายการเจ้าหน้าที่', None,
     'งานแพทยศาสตรศึกษารายงานผลการจัดกิจกรรมต่อรองคณบดีฝ่ายการศึกษาหลังปริญญา', (0,),
     'ปฐมนิเทศแพทย์ประจำบ้าน 142 คน จัด Ethics Grand Round 6 ครั้ง ยกย่องบุคลากรต้นแบบ 9 คน',
     'แพทย์ประจำบ้านร้อยละ 95 ผ่านการประเมินความรู้ด้านจริยธรรม'),
]

CSS = """
body{font-family:'Sarabun','Noto Sans Thai',sans-serif;margin:0;background:#f4f7f6;color:#222}
.topbar{background:#0b6e4f;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}
.topbar a{color:#fff;margin-left:16px;text-decoration:none}
.wrap{max-width:1080px;margin:0 auto;padding:16px}
.breadcrumb{font-size:14px;color:#666}
.score{background:#fff;border-left:5px solid #0b6e4f;padding:12px 16px;margin:12px 0}
.measure-card{background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.12);margin:18px 0;overflow:hidden}
.mc-head{background:#e7f3ee;padding:10px 16px;display:flex;gap:12px;align-items:baseline}
.mc-no{background:#0b6e4f;color:#fff;border-radius:12px;padding:2px 10px;font-size:13px;white-space:nowrap}
.mc-title{margin:0;font-size:18px}
.mc-body{padding:6px 16px 12px}
.field{display:grid;grid-template-columns:210px 1fr;border-bottom:1px dashed #ddd;padding:6px 0}
.field-label{font-weight:600;color:#0b6e4f}.field-label small{display:block;color:#888;font-weight:400}
.status-list label{display:block}
footer{background:#333;color:#ccc;padding:16px 24px;font-size:13px;margin-top:24px}
"""


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def fld(label, en, inner):
    return ('      <div class="field">\n        <div class="field-label">%s <small>%s</small></div>\n'
            '        <div class="field-value">%s</div>\n      </div>\n') % (label, en, inner)


def build():
    h = ['<!DOCTYPE html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n'
         '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         '<title>ITA 2570 | รายงานผลการดำเนินการตามมาตรการฯ ปีงบประมาณ 2569 - %s</title>\n<style>%s</style>\n</head>\n<body>\n' % (AG, CSS)]
    h.append('<div class="topbar"><span><img src="/assets/img/lnp-logo-white.svg" alt="" height="28"> %s คณะแพทยศาสตร์ มหาวิทยาลัยลุ่มน้ำปิง</span>'
             '<nav><a href="/">หน้าหลัก</a><a href="/about">เกี่ยวกับเรา</a><a href="/services">บริการผู้ป่วย</a>'
             '<a href="/ita" class="active">ITA</a><a href="/contact">ติดต่อเรา</a><a href="/en">EN</a></nav></div>\n' % AG)
    h.append('<div class="wrap">\n<div class="breadcrumb">หน้าหลัก › การประเมินคุณธรรมและความโปร่งใส (ITA) › ITA 2570 › '
             'รายงานผลตามมาตรการฯ</div>\n')
    h.append('<h1>%s</h1>\n<p class="meta">%s · เผยแพร่เมื่อ 16 ตุลาคม 2569 · ผู้รับผิดชอบข้อมูล: ฝ่ายยุทธศาสตร์และพัฒนาคุณภาพ</p>\n'
             % (esc(TITLE), AG))
    h.append('<div class="score"><strong>ผลการประเมิน ITA ของมหาวิทยาลัยลุ่มน้ำปิงที่ผ่านมา</strong>\n<ul>\n'
             '<li>ปี 2566 ได้ 92.18 คะแนน — ผ่าน</li>\n<li>ปี 2567 ได้ 94.05 คะแนน — ผ่าน</li>\n'
             '<li>ปี 2568 ได้ 95.62 คะแนน — ผ่าน</li>\n</ul>\n'
             '<p>โรงพยาบาลได้นำผลการประเมินปี 2568 มากำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2569 '
             'จำนวน 7 มาตรการ โดยมีผลการดำเนินการ ณ วันที่ 30 กันยายน 2569 ดังนี้</p></div>\n')
    for i, (title, steps, owner, tl, mon, ticked, out, outc) in enumerate(MEAS):
        h.append('<article class="measure-card" id="measure-%d">\n  <div class="mc-head"><span class="mc-no">Measure %s</span>'
                 '<h3 class="mc-title">%s</h3></div>\n  <div class="mc-body">\n' % (i + 1, ROMAN[i], esc(title)))
        h.append(fld('วิธีการดำเนินการ', 'Methods', '<ol>' + ''.join('<li>%s</li>' % esc(s) for s in steps) + '</ol>'))
        h.append(fld('ผู้รับผิดชอบ', 'Owner', esc(owner)))
        if tl is not None:
            h.append(fld('ระยะเวลา', 'Timeline', esc(tl)))
        h.append(fld('การติดตามผล', 'Monitoring', esc(mon)))
        boxes = '<div class="status-list">' + ''.join(
            '<label><input type="checkbox" disabled%s> %s</label>' % (' checked' if k in ticked else '', s)
            for k, s in enumerate(ST)) + '</div>'
        h.append(fld('สถานะ', 'Status', boxes))
        h.append(fld('ผลการดำเนินงาน', 'Output', esc(out)))
        h.append(fld('ผลลัพธ์ที่เกิดขึ้น', 'Outcome', esc(outc)))
        h.append('  </div>\n</article>\n')
    h.append('<p>ดาวน์โหลดเอกสารฉบับลงนาม: <a href="/files/ita2570/o12-report-2569.pdf">o12-report-2569.pdf</a> (1.2 MB)</p>\n')
    h.append('</div>\n<footer>%s 123 ถนนลุ่มน้ำปิง ตำบลท่าวังตาล · โทร 0 5393 4000 · © 2569 All rights reserved.</footer>\n'
             '</body>\n</html>\n' % AG)
    write_text(NAME + '.html', ''.join(h))

    ms = [M(i + 1, m[0], ('p' if m[3] is None else '') + ('o' if (len(m[5]) != 1 and m[6].strip() == '-') else '') +
            ('c' if m[7].strip() == '-' else '')) for i, m in enumerate(MEAS)]
    write_truth(NAME + '.html', 'results', 2569, AG, 'measure', ms, problems=[
        "Measure IV: outcome '-'",
        "Measure V: no status box ticked and output text '-' (no output)",
        "Measure VI: two status boxes ticked (แล้วเสร็จ and อยู่ระหว่างดำเนินการ) - output still stated in the Output text",
        "Measure VII: no Timeline/ระยะเวลา field at all",
    ], notes="""Hospital website page (top bar, breadcrumb, meta line, footer, download link). Each measure is an
        <article class="measure-card"> whose head is a badge 'Measure I' … 'Measure VII' (ROMAN numerals; numbers given
        here as their Arabic equivalents) + <h3> title, and whose body is a list of <div class="field"> rows: Thai label +
        English <small> (Methods / Owner / Timeline / Monitoring / Status / Output / Outcome). Steps are an <ol>. Status is
        three disabled <input type="checkbox"> labels; output = exactly one ticked box OR an output text that says
        something: Measure VI has two boxes ticked (flagged) but a real output text, so output present; Measure V has none
        ticked and output '-', so missing. Absent fields are missing (VII has no Timeline row). Score list 2566–2568
        (ผ่าน, consistent).""")


if __name__ == '__main__':
    build()
