"""r17: สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดศรีโคตร plan FY2570 - a Google Docs document 'published to the web'
(docs.google.com/…/pub): publish banner, #contents with Google's class soup (c0, c1 …), lst-kix lists inside cells,
a 5-column table whose first column 'ประเด็นที่ต้องยกระดับ' is ROWSPAN over its measures; measures UNNUMBERED.
Slip: the title says FY 2570 but the periods were copied from last year's plan (ต.ค. 2568 – ก.ย. 2569)."""
import html as H
from common import *

NAME = 'r17_ddpm_srikhot_plan_2570'
AG = 'สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดศรีโคตร'
TITLE = 'แนวทางและมาตรการในการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2570'
HDR = ['ประเด็นที่ต้องยกระดับ', 'แนวทาง/มาตรการ', 'ขั้นตอน/วิธีการดำเนินการ', 'ระยะเวลา', 'ผู้รับผิดชอบ']
# issue, [(measure, steps(list) or '-', period, responsible)]
GROUPS = [
    ('การเปิดเผยข้อมูล (OIT)', [
        ('เผยแพร่ข้อมูลการช่วยเหลือผู้ประสบภัยและการใช้จ่ายเงินทดรองราชการ',
         ['สรุปข้อมูลการให้ความช่วยเหลือผู้ประสบภัยรายอำเภอ', 'เผยแพร่รายงานการใช้จ่ายเงินทดรองราชการทุกครั้งที่มีการอนุมัติ'],
         'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายฟื้นฟูและช่วยเหลือผู้ประสบภัย'),
        ('ปรับปรุงข้อมูลบนเว็บไซต์สำนักงานให้เป็นปัจจุบันตามเกณฑ์ OIT',
         ['มอบหมายผู้รับผิดชอบข้อมูลแต่ละข้อ', 'ตรวจสอบความครบถ้วนของข้อมูลทุกเดือน'],
         'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายบริหารทั่วไป'),
    ]),
    ('การใช้ทรัพย์สินของราชการ (IIT)', [
        ('กำหนดแนวปฏิบัติการยืมใช้เครื่องจักรกลและวัสดุอุปกรณ์บรรเทาสาธารณภัย',
         ['จัดทำแนวปฏิบัติและแบบฟอร์มการยืม-คืน', 'ลงทะเบียนคุมการยืมทุกครั้ง', 'ชี้แจงบุคลากรในการประชุมประจำเดือน'],
         'ต.ค. – ธ.ค. 2568', ''),
        ('ตรวจสอบการใช้รถยนต์ราชการและน้ำมันเชื้อเพลิงประจำเดือน',
         '-',
         'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายบริหารทั่วไป (งานยานพาหนะ)'),
    ]),
    ('การแก้ไขปัญหาการทุจริต (IIT)', [
        ('เปิดช่องทางแจ้งเบาะแสการทุจริตและคุ้มครองผู้แจ้งเบาะแส',
         ['เปิดช่องทางแจ้งเบาะแสทาง Line OA อีเมล และตู้รับเรื่อง', 'เก็บข้อมูลผู้แจ้งเป็นความลับ',
          'รายงานผลการดำเนินการต่อผู้อำนวยการสำนักงานทุกเดือน'],
         'ต.ค. 2568 – ก.ย. 2569', 'ฝ่ายบริหารทั่วไป'),
    ]),
    ('คุณภาพการดำเนินงานและการปรับปรุงการทำงาน (EIT)', [
        ('ให้ความช่วยเหลือผู้ประสบภัยอย่างเป็นธรรมตามหลักเกณฑ์ที่กำหนด',
         ['ประกาศหลักเกณฑ์และอัตราการให้ความช่วยเหลือ ณ ที่ว่าการอำเภอและองค์กรปกครองส่วนท้องถิ่น',
          'ให้คณะกรรมการระดับอำเภอสำรวจความเสียหายร่วมกับผู้นำชุมชน'],
         'ตลอดปีงบประมาณ', 'ฝ่ายฟื้นฟูและช่วยเหลือผู้ประสบภัย / ที่ทำการปกครองอำเภอ'),
        ('สำรวจความพึงพอใจของผู้ประสบภัยและหน่วยงานภาคีเครือข่าย',
         ['จัดทำแบบสำรวจออนไลน์และแบบกระดาษ', 'วิเคราะห์ผลและนำข้อเสนอแนะมาปรับปรุงการทำงาน'],
         'ก.ค. – ส.ค. 2569', 'ฝ่ายยุทธศาสตร์และแผน'),
    ]),
]
LIST_IDS = ['lst-kix_q3f1x8n2b7wd-0', 'lst-kix_7yv0k2m4rj1s-0', 'lst-kix_b8n3t5z0cw9e-0', 'lst-kix_m2x7p4l9a1dq-0',
            'lst-kix_r6c0h8s3v5ku-0', 'lst-kix_t1w9e4g6n2ya-0', 'lst-kix_z5j2d7f0q8mi-0']


def e(s):
    return H.escape(s, quote=False)


def span(s, c='c1'):
    return '<span class="%s">%s</span>' % (c, e(s))


def p(s, pc='c2', sc='c1'):
    return '<p class="%s"><span class="%s">%s</span></p>' % (pc, sc, e(s)) if s else '<p class="%s c11"><span class="%s"></span></p>' % (pc, sc)


def build():
    rows = []
    k = 0
    hdr_cells = ''.join('<td class="c14" colspan="1" rowspan="1">%s</td>' % p(h, 'c4', 'c8') for h in HDR)
    rows.append('<tr class="c13">%s</tr>' % hdr_cells)
    for issue, ms in GROUPS:
        for j, (title, steps, per, resp) in enumerate(ms):
            tds = []
            if j == 0:
                tds.append('<td class="c10" colspan="1" rowspan="%d">%s</td>' % (len(ms), p(issue, 'c2', 'c8')))
            tds.append('<td class="c15" colspan="1" rowspan="1">%s</td>' % p(title))
            if steps == '-':
                tds.append('<td class="c17" colspan="1" rowspan="1">%s</td>' % p('-', 'c4'))
            else:
                lid = LIST_IDS[k]
                lis = ''.join('<li class="c2 c9 li-bullet-0">%s</li>' % span(s) for s in steps)
                tds.append('<td class="c17" colspan="1" rowspan="1"><ol class="c6 %s start" start="1">%s</ol></td>'
                           % (lid, lis))
            tds.append('<td class="c12" colspan="1" rowspan="1">%s</td>' % p(per, 'c4'))
            tds.append('<td class="c16" colspan="1" rowspan="1">%s</td>' % p(resp))
            rows.append('<tr class="c5">%s</tr>' % ''.join(tds))
            k += 1
    table = '<a id="t.0b7f2c91e4d8a6f0"></a><a id="t.0"></a><table class="c18">' + ''.join(rows) + '</table>'
    lst_css = ''.join('.%s>li{counter-increment:%s}ol.%s.start{counter-reset:%s 0}.%s>li:before{content:"" counter(%s,decimal) ". "}'
                      % (l, l, l, l, l, l) for l in LIST_IDS)
    style = ('@import url(https://themes.googleusercontent.com/fonts/css?kit=Y8bW3n0nq3KsD6sU7VqZxw);' + lst_css +
             'ol{margin:0;padding:0}table td,table th{padding:0}'
             '.c10{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
             'border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;'
             'border-left-width:1pt;border-top-style:solid;background-color:#fff2cc;border-left-style:solid;'
             'border-bottom-width:1pt;width:99pt;border-top-color:#000000;border-bottom-style:solid}'
             '.c14{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;'
             'border-right-width:1pt;border-left-color:#000000;vertical-align:middle;border-right-color:#000000;'
             'border-left-width:1pt;border-top-style:solid;background-color:#d9ead3;border-left-style:solid;'
             'border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid}'
             '.c15,.c16,.c17,.c12{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;'
             'border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;'
             'border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;'
             'border-bottom-width:1pt;border-top-color:#000000;border-bottom-style:solid}'
             '.c15{width:140pt}.c17{width:190pt}.c12{width:80pt}.c16{width:105pt}'
             '.c1{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:14pt;'
             'font-family:"Sarabun";font-style:normal}'
             '.c8{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:14pt;'
             'font-family:"Sarabun";font-style:normal}'
             '.c3{color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:18pt;'
             'font-family:"Sarabun";font-style:normal}'
             '.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:left}'
             '.c4{padding-top:0pt;padding-bottom:0pt;line-height:1.0;text-align:center}'
             '.c7{padding-top:0pt;padding-bottom:0pt;line-height:1.15;text-align:justify}'
             '.c18{margin-left:-5pt;border-spacing:0;border-collapse:collapse;margin-right:auto}'
             '.c6{padding:0;margin:0}.c9{margin-left:18pt;padding-left:0pt}.c11{height:14pt}'
             '.c19{background-color:#ffffff;max-width:728.6pt;padding:36pt 36pt 36pt 36pt}'
             '.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";'
             'line-height:1.15;page-break-after:avoid;orphans:2;widows:2;text-align:left}')
    body = ''.join([
        p(TITLE, 'c4', 'c3'),
        p(AG, 'c4', 'c3'),
        p('', 'c2'),
        '<p class="c7"><span class="c8">1. ผลการประเมิน ITA ปี 2569</span></p>',
        p('กรมป้องกันและบรรเทาสาธารณภัยได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปี'
          'งบประมาณ พ.ศ. 2569 ได้คะแนน 92.86 คะแนน ผ่านเกณฑ์การประเมิน ประเด็นที่ได้คะแนนต่ำ ได้แก่ การใช้ทรัพย์สินของราชการ '
          '(IIT) และการปรับปรุงการทำงาน (EIT) สำนักงานจึงกำหนดแนวทางและมาตรการเพื่อยกระดับผลการประเมิน ดังนี้', 'c7'),
        p('', 'c2'),
        '<p class="c7"><span class="c8">2. แนวทางและมาตรการ</span></p>',
        p('', 'c2'),
        table,
        p('', 'c2'),
        p('ผู้จัดทำ: ฝ่ายยุทธศาสตร์และแผน  โทร 0 4571 2199', 'c2'),
        p('ผู้อนุมัติ: นายวิทยา โคตรศรี  ผู้อำนวยการสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดศรีโคตร', 'c2'),
    ])
    page = ('<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
            '<meta content="width=device-width, initial-scale=1" name="viewport">'
            '<title>ITA2570_แนวทางและมาตรการ_ปภ.ศรีโคตร</title>'
            '<link href="/static/document/client/css/3740567474-published_doc_css_ltr.css" rel="stylesheet" type="text/css">'
            '<link href="https://fonts.googleapis.com/css?family=Sarabun:400,700" rel="stylesheet">'
            '</head><body>'
            '<div id="banners"><div id="publish-banner"><div id="publish-banner-icon"></div>'
            '<div id="publish-banner-text">เผยแพร่โดยใช้ Google เอกสาร</div>'
            '<div id="publish-banner-buttons"><a href="https://docs.google.com/abuse?id=2PACX-1vQx7mKp3R9dL0aFb" '
            'id="report-abuse">รายงานการละเมิด</a><a href="//support.google.com/docs/answer/183965" target="_blank">'
            'ดูข้อมูลเพิ่มเติม</a></div></div></div>'
            '<div id="title">ITA2570_แนวทางและมาตรการ_ปภ.ศรีโคตร</div>'
            '<div id="contents"><style type="text/css">' + style + '</style>'
            '<div class="c19 doc-content">' + body + '</div></div>'
            '<div id="footer"><div id="footer-text">อัปเดตอัตโนมัติทุก 5 นาที</div></div>'
            '<script nonce="aZ3kQ8">window.jstiming && window.jstiming.load.tick("cl");</script>'
            '</body></html>')
    write_text(NAME + '.html', page)

    ms = []
    for issue, g in GROUPS:
        for title, steps, per, resp in g:
            miss = 'oc'
            if steps == '-':
                miss += 's'
            if not resp:
                miss += 'r'
            if not title.startswith('เปิดช่องทางแจ้งเบาะแส'):
                miss += 'n'   # only the whistle-blowing measure reports (monthly to the director)
            ms.append(M(None, title, miss))
    write_truth(NAME + '.html', 'plan', 2570, AG, 'measure', ms, problems=[
        "fiscal year: title says FY 2570 but the periods are those of FY 2569 (ต.ค. 2568 – ก.ย. 2569, ก.ค. – ส.ค. 2569) - copied from last year",
        "'กำหนดแนวปฏิบัติการยืมใช้เครื่องจักรกล…': responsible cell empty",
        "'ตรวจสอบการใช้รถยนต์ราชการและน้ำมันเชื้อเพลิงประจำเดือน': steps '-'",
        "no follow-up/reporting stated except for the whistle-blowing measure",
    ], notes="""A Google Docs document 'published to the web': publish banner ('เผยแพร่โดยใช้ Google เอกสาร', รายงาน
        การละเมิด), #title with the file name, #contents holding Google's generated CSS (.c1 … .c19, lst-kix counters) and
        the body; footer 'อัปเดตอัตโนมัติทุก 5 นาที'. Title 'แนวทางและมาตรการในการยกระดับผลการประเมิน ITA ประจำปีงบประมาณ
        พ.ศ. 2570' (a plan). Score sentence (DDPM ITA 2569 92.86 ผ่าน) consistent. One 5-column table without <thead>
        (first <tr> is the header): ประเด็นที่ต้องยกระดับ / แนวทาง/มาตรการ / ขั้นตอน/วิธีการดำเนินการ / ระยะเวลา /
        ผู้รับผิดชอบ. The issue cell ('การเปิดเผยข้อมูล (OIT)', 'การใช้ทรัพย์สินของราชการ (IIT)', …) has ROWSPAN over its
        2, 2, 1, 2 measures - issues are groupings, not measures. The seven measures are UNNUMBERED (number null); steps are
        Google-Docs <ol class="lst-kix_…"> lists whose numbers exist only in CSS counters. Monitoring stated only in the
        whistle-blowing measure (report to the director monthly). 'ตลอดปีงบประมาณ' counts as a period. WRONG FISCAL YEAR in
        the periods (FY 2569) while the title says 2570; fiscal_year labelled from the title. No output/outcome.
        Unit = measure (แนวทาง/มาตรการ rows).""")


if __name__ == '__main__':
    build()
