"""m02: สวนสัตว์นครเขาสน measures FY2570 - corporate website page (Bootstrap 5): analysis as two cards with <ul>,
then a Bootstrap ACCORDION with one collapsed item per measure (button = 'มาตรการที่ n : title'), body a
<dl class="row"> of labelled fields (<dt>/<dd>), steps as <ol>. Collapsed bodies are hidden in a browser until
clicked but are in the file."""
from common import *

NAME = 'm02_zoo_nakhonkhaoson_measures_2570'
AG = 'สวนสัตว์นครเขาสน'
TITLE = 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570'
# title, steps, resp, period(None), monitoring, expected
MEAS = [
    ('การเปิดเผยข้อมูลรายได้จากการจำหน่ายบัตรเข้าชมและการใช้จ่ายงบประมาณ',
     ['สรุปรายได้จากการจำหน่ายบัตรเข้าชมและบริการรายเดือนจากระบบบัญชี',
      'เผยแพร่รายงานรายได้และผลการใช้จ่ายงบประมาณบนเว็บไซต์สวนสัตว์ทุกไตรมาส',
      'เผยแพร่แผนและสรุปผลการจัดซื้อจัดจ้างรายเดือน'],
     'ฝ่ายบริหารงานทั่วไป (แผนกการเงินและบัญชี)', 'ตุลาคม 2569 – กันยายน 2570',
     'ผู้อำนวยการสวนสัตว์ตรวจสอบรายงานก่อนเผยแพร่ และรายงานองค์การสวนสัตว์ฯ ทุกไตรมาส',
     'ข้อมูลรายได้และการใช้จ่ายงบประมาณเผยแพร่ครบ 4 ไตรมาส'),
    ('การควบคุมการจำหน่ายบัตรเข้าชมด้วยระบบ e-Ticket เพื่อป้องกันการทุจริตเงินรายได้',
     ['ขยายการจำหน่ายบัตรผ่านระบบ e-Ticket และ QR Payment ทุกช่องจำหน่าย',
      'ติดตั้งกล้องวงจรปิดบริเวณจุดจำหน่ายบัตรและประตูทางเข้า',
      'กระทบยอดจำนวนผู้เข้าชมกับรายได้ประจำวันโดยเจ้าหน้าที่ 2 คน'],
     'ฝ่ายบริการและการตลาด / แผนกการเงินและบัญชี', 'ตุลาคม 2569 – มีนาคม 2570',
     'แผนกการเงินรายงานผลการกระทบยอดต่อผู้อำนวยการสวนสัตว์ทุกสัปดาห์',
     'ยอดรายได้ตรงกับจำนวนผู้เข้าชมร้อยละ 100 ไม่มีเงินรายได้ขาดบัญชี'),
    ('ความโปร่งใสในการจัดซื้ออาหารสัตว์และเวชภัณฑ์สัตว์',
     ['กำหนดคุณลักษณะอาหารสัตว์และราคากลางโดยคณะกรรมการ', 'สุ่มตรวจคุณภาพอาหารสัตว์ที่ส่งมอบสัปดาห์ละ 1 ครั้ง',
      'ผู้เกี่ยวข้องลงนามแบบแสดงความไม่มีส่วนได้เสียกับผู้ขาย'],
     'ฝ่ายอนุรักษ์และวิจัย (แผนกโภชนาการสัตว์) / แผนกพัสดุ', 'ตุลาคม 2569 – กันยายน 2570',
     'คณะกรรมการตรวจรับรายงานผลการสุ่มตรวจคุณภาพต่อผู้อำนวยการทุกเดือน',
     'อาหารสัตว์ผ่านมาตรฐานคุณภาพทุกครั้งที่ตรวจ ไม่มีข้อร้องเรียนจากผู้ค้า'),
    ('การป้องกันผลประโยชน์ทับซ้อนในการให้เช่าพื้นที่ร้านค้าและบริการภายในสวนสัตว์',
     ['ประกาศหลักเกณฑ์และอัตราค่าเช่าพื้นที่อย่างเปิดเผย', 'คัดเลือกผู้เช่าด้วยวิธีประมูลโดยคณะกรรมการ',
      'ประกาศรายชื่อผู้ได้รับสิทธิ์เช่าพื้นที่บนเว็บไซต์'],
     'ฝ่ายบริการและการตลาด (แผนกพัฒนาธุรกิจ)', 'มกราคม – มิถุนายน 2570',
     'รายงานผลการคัดเลือกผู้เช่าต่อคณะกรรมการบริหารสวนสัตว์ทุกครั้ง',
     'การให้เช่าพื้นที่เป็นไปตามหลักเกณฑ์ ไม่มีข้อร้องเรียนเรื่องความไม่เป็นธรรม'),
    ('การจัดการเรื่องร้องเรียนของนักท่องเที่ยวและผู้ประกอบการ',
     ['รับเรื่องร้องเรียนผ่านตู้รับความคิดเห็น Call Center 1589 และ Line OA', 'แจ้งผลให้ผู้ร้องทราบภายใน 15 วันทำการ'],
     'แผนกประชาสัมพันธ์', 'ตุลาคม 2569 – กันยายน 2570',
     'แผนกประชาสัมพันธ์สรุปเรื่องร้องเรียนและผลการแก้ไขรายงานผู้อำนวยการสวนสัตว์ทุกเดือน',
     'เรื่องร้องเรียนได้รับการแก้ไขภายในกำหนดไม่น้อยกว่าร้อยละ 90'),
    ('การส่งเสริมวัฒนธรรมองค์กร “คนสวนสัตว์ ซื่อสัตย์ สุจริต”',
     ['ผู้อำนวยการสวนสัตว์ประกาศเจตนารมณ์และนโยบายไม่รับของขวัญ (No Gift Policy)',
      'อบรมพนักงานและลูกจ้างเรื่องการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม',
      'คัดเลือกพนักงานต้นแบบด้านคุณธรรมประจำปี'],
     'ฝ่ายบริหารงานทั่วไป (แผนกทรัพยากรบุคคล)', 'ธันวาคม 2569 – สิงหาคม 2570',
     'รายงานผลการจัดกิจกรรมต่อสำนักตรวจสอบภายใน องค์การสวนสัตว์ฯ รอบ 6 เดือนและ 12 เดือน',
     'พนักงานและลูกจ้างร้อยละ 95 ผ่านการอบรม'),
]


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def build():
    h = ['<!doctype html>\n<html lang="th">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
         '<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปี 2570 | สวนสัตว์นครเขาสน</title>\n'
         '<link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" rel="stylesheet">\n'
         '<link href="/themes/zoo/css/style.css?v=2.4" rel="stylesheet">\n</head>\n<body>\n'
         '<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container">'
         '<a class="navbar-brand" href="/"><img src="/themes/zoo/img/logo.png" height="40" alt=""> สวนสัตว์นครเขาสน</a>'
         '<ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li>'
         '<li class="nav-item"><a class="nav-link" href="/tickets">ซื้อบัตร</a></li>'
         '<li class="nav-item"><a class="nav-link" href="/animals">สัตว์ในสวนสัตว์</a></li>'
         '<li class="nav-item"><a class="nav-link active" href="/ita">ITA</a></li></ul></div></nav>\n'
         '<main class="container py-4">\n<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">'
         '<a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/ita">ITA 2570</a></li>'
         '<li class="breadcrumb-item active">O11 มาตรการส่งเสริมคุณธรรมฯ</li></ol></nav>\n']
    h.append('<h1 class="h3 text-success">%s</h1>\n<p class="lead">%s องค์การสวนสัตว์แห่งประเทศไทย ในพระบรมราชูปถัมภ์</p>\n' % (TITLE, AG))
    h.append('<p>ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. 2569 '
             'ขององค์การสวนสัตว์แห่งประเทศไทยฯ ได้ 92.35 คะแนน อยู่ในระดับผ่าน สวนสัตว์นครเขาสนได้วิเคราะห์ผลการประเมิน'
             'ในส่วนที่เกี่ยวข้องกับการดำเนินงานของสวนสัตว์ และกำหนดมาตรการเพื่อยกระดับผลการประเมินในปี 2570 ดังนี้</p>\n')
    h.append('<div class="row g-3 mb-4">\n<div class="col-md-6"><div class="card h-100 border-danger"><div class="card-header bg-danger text-white">'
             'ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</div><div class="card-body"><ul>'
             '<li>การจำหน่ายบัตรเข้าชมบางช่องทางยังใช้เงินสดและบัตรกระดาษ เสี่ยงต่อการทุจริตเงินรายได้</li>'
             '<li>ผู้ประกอบการร้านค้าเห็นว่าหลักเกณฑ์การให้เช่าพื้นที่ไม่ชัดเจน (EIT)</li>'
             '<li>ข้อมูลรายได้และการใช้จ่ายงบประมาณยังไม่ได้เผยแพร่ต่อสาธารณะ</li></ul></div></div></div>\n'
             '<div class="col-md-6"><div class="card h-100 border-warning"><div class="card-header bg-warning">'
             'ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</div><div class="card-body"><ul>'
             '<li>การตรวจสอบคุณภาพอาหารสัตว์และเวชภัณฑ์ที่จัดซื้อ</li>'
             '<li>การแจ้งผลการจัดการเรื่องร้องเรียนแก่ผู้ร้อง</li>'
             '<li>การเสริมสร้างวัฒนธรรมองค์กรที่ไม่ยอมรับการทุจริตของพนักงานและลูกจ้าง</li></ul></div></div></div>\n</div>\n')
    h.append('<h2 class="h4">มาตรการส่งเสริมคุณธรรมและความโปร่งใส (คลิกเพื่อดูรายละเอียด)</h2>\n'
             '<div class="accordion" id="measureAccordion">\n')
    for i, (title, steps, resp, per, mon, exp) in enumerate(MEAS, start=1):
        h.append('  <div class="accordion-item">\n    <h2 class="accordion-header" id="heading%d">\n'
                 '      <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" '
                 'data-bs-target="#collapse%d" aria-expanded="false" aria-controls="collapse%d">\n'
                 '        มาตรการที่ %d : %s\n      </button>\n    </h2>\n' % (i, i, i, i, esc(title)))
        h.append('    <div id="collapse%d" class="accordion-collapse collapse" aria-labelledby="heading%d" '
                 'data-bs-parent="#measureAccordion">\n      <div class="accordion-body">\n        <dl class="row mb-0">\n' % (i, i))

        def dd(label, inner):
            h.append('          <dt class="col-sm-3">%s</dt>\n          <dd class="col-sm-9">%s</dd>\n' % (label, inner))
        dd('วิธีการดำเนินการ', '<ol class="mb-0">' + ''.join('<li>%s</li>' % esc(s) for s in steps) + '</ol>')
        dd('ผู้รับผิดชอบ', esc(resp))
        if per is not None:
            dd('ระยะเวลาดำเนินการ', esc(per))
        dd('การติดตามและรายงานผล', esc(mon))
        dd('ผลที่คาดว่าจะได้รับ', esc(exp))
        h.append('        </dl>\n      </div>\n    </div>\n  </div>\n')
    h.append('</div>\n<p class="mt-4 small text-muted">ประกาศ ณ วันที่ 20 พฤศจิกายน 2569 · นายชยพล รักษ์ไพร ผู้อำนวยการสวนสัตว์นครเขาสน</p>\n'
             '</main>\n<footer class="bg-dark text-light py-3"><div class="container small">สวนสัตว์นครเขาสน 88 หมู่ 5 ตำบลเขาสน '
             '· เปิดทุกวัน 08.00–17.00 น. · Call Center 1589</div></footer>\n'
             '<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js"></script>\n</body>\n</html>\n')
    write_text(NAME + '.html', ''.join(h))

    ms = [M(i, m[0], 'o' + ('p' if m[3] is None else '') + ('n' if m[4].strip() == '-' else ''))
          for i, m in enumerate(MEAS, start=1)]
    write_truth(NAME + '.html', 'measures', 2570, AG, 'measure', ms,
                sections={'weaknesses': 'present', 'improvements': 'present'}, problems=[], notes="""COMPLETE. Bootstrap 5 site of a zoo under the Zoological Park Organization (navbar, breadcrumb 'O11 …', footer).
        Score sentence (ZPO ITA 2569 92.35 ผ่าน) and both analysis sections as two cards with <ul> lists (headers use the
        exact NACC wording). Measures are a Bootstrap ACCORDION: each item's <button> reads 'มาตรการที่ n : title' (the
        title given here is the text after the colon, without the word 'มาตรการ'); the body, collapsed (class 'collapse',
        hidden until clicked) but present in the file, is a <dl class="row"> with <dt> labels วิธีการดำเนินการ (an <ol>)
        / ผู้รับผิดชอบ / ระยะเวลาดำเนินการ / การติดตามและรายงานผล / ผลที่คาดว่าจะได้รับ (= outcome). """)


if __name__ == '__main__':
    build()
