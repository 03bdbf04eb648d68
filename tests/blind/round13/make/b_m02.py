"""m02: โรงเรียนบ้านคลองน้ำเค็ม measures FY2570 - a published Google Sites page (class soup, text boxes, embedded Drive PDF)."""
from common import *

FN = 'm02_school_khlongnamkhem_measures_2570.html'
AG = 'โรงเรียนบ้านคลองน้ำเค็ม'
# (num, title, steps list, {label: value}, code)
MS = [
 ('1', 'มาตรการเผยแพร่ข้อมูลสาธารณะของโรงเรียน', ['มอบหมายครูรับผิดชอบข้อมูลแต่ละหัวข้อ', 'ปรับปรุงข้อมูลบน Google Sites ของโรงเรียนทุกเดือน', 'ส่งลิงก์ข้อมูลให้ สพป. ตรวจสอบ'],
  [('ผู้รับผิดชอบ', 'ครูกฤษณา ทองแท้ (งานประชาสัมพันธ์)'), ('ระยะเวลา', 'ตุลาคม 2569 – กันยายน 2570'),
   ('การติดตามผล', 'รายงานผู้อำนวยการโรงเรียนทุกสิ้นภาคเรียน'), ('ตัวชี้วัด', 'ข้อมูลบนเว็บไซต์ครบถ้วนและเป็นปัจจุบันร้อยละ 100')], '1111101'),
 ('2', 'มาตรการใช้จ่ายเงินอุดหนุนรายหัวและเงินอาหารกลางวันอย่างโปร่งใส', ['ประชุมคณะกรรมการสถานศึกษาเพื่อเห็นชอบแผนการใช้เงิน', 'ติดประกาศรายการอาหารกลางวันและรายจ่ายประจำเดือนที่บอร์ดหน้าโรงเรียน', 'เปิดให้ผู้ปกครองร่วมตรวจรับวัตถุดิบอาหาร'],
  [('ผู้รับผิดชอบ', 'ครูการเงินและพัสดุ / ครูผู้รับผิดชอบโครงการอาหารกลางวัน'), ('ระยะเวลา', 'ตลอดปีงบประมาณ 2570'),
   ('การติดตามผล', 'คณะกรรมการสถานศึกษาตรวจสอบและรับทราบรายงานการใช้เงินทุกภาคเรียน'), ('ตัวชี้วัด', 'ไม่มีข้อร้องเรียนเรื่องการใช้จ่ายเงินของโรงเรียน')], '1111101'),
 ('3', 'มาตรการป้องกันการรับของขวัญและผลประโยชน์ (No Gift Policy)', ['ผู้อำนวยการประกาศนโยบายไม่รับของขวัญ', 'แจ้งผู้ปกครองผ่านกลุ่มไลน์ห้องเรียนก่อนเทศกาลปีใหม่และวันครู'],
  [('ผู้รับผิดชอบ', 'ผู้อำนวยการโรงเรียน / ครูประจำชั้นทุกห้อง'), ('ระยะเวลา', 'ธันวาคม 2569 – มกราคม 2570'),
   ('ตัวชี้วัด', 'ครูและบุคลากรทุกคนรับทราบนโยบาย')], '1111001'),
 ('4', 'มาตรการส่งเสริมคุณธรรมนักเรียน “โตไปไม่โกง”', ['จัดกิจกรรมหน้าเสาธงทุกวันศุกร์', 'บูรณาการหลักสูตรต้านทุจริตศึกษาในรายวิชาหน้าที่พลเมือง'],
  [('ระยะเวลา', 'ภาคเรียนที่ 2/2569 – 1/2570'), ('การติดตามผล', 'ครูผู้สอนรายงานผลการประเมินคุณลักษณะอันพึงประสงค์ต่อฝ่ายวิชาการทุกภาคเรียน'),
   ('ตัวชี้วัด', 'นักเรียนร้อยละ 90 มีผลประเมินคุณลักษณะด้านซื่อสัตย์สุจริตระดับดีขึ้นไป')], '1101101'),
 ('5', 'มาตรการรับฟังความคิดเห็นของผู้ปกครองและชุมชน', ['จัดประชุมผู้ปกครองภาคเรียนละ 1 ครั้ง', 'เปิดแบบสอบถามความคิดเห็นออนไลน์'],
  [('ผู้รับผิดชอบ', 'ครูวิชาการ / คณะกรรมการเครือข่ายผู้ปกครอง'), ('ระยะเวลา', '-'),
   ('การติดตามผล', 'สรุปผลความคิดเห็นรายงานคณะกรรมการสถานศึกษาขั้นพื้นฐาน'), ('ตัวชี้วัด', 'ผู้ปกครองพึงพอใจไม่น้อยกว่าร้อยละ 85')], '1110101'),
]

def p(text, bold_label=None):
    inner = f'<span class="C9DxTc ">{text}</span>' if not bold_label else \
        f'<span class="C9DxTc " style="font-weight: 700;">{bold_label} :</span><span class="C9DxTc "> {text}</span>'
    return f'<p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc "></span>{inner}</p>'

def ul(items):
    return ('<ul class="n8H08c UVNKR " style="margin-left: 0; list-style: disc; padding-left: 0">' +
            ''.join(f'<li dir="ltr" class="zfr3Q TYR86d eD0Rn " style="list-style-type: disc; margin-left: 24pt;"><p dir="ltr" class="zfr3Q CDt4Ke " style=""><span class="C9DxTc ">{i}</span></p></li>' for i in items) + '</ul>')

def box(inner, hid):
    return (f'<div class="oKdM2c ZZyype Kzv0Me"><div id="h.{hid}" class="hJDwNd-AhqUyc-uQSCkd jXK9ad D2fZ2 zu5uec OjCsFc dmUFtb wHaque g5GTcb">'
            f'<div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">{inner}</div></div></div></div>\n')

def section(boxes, sid):
    return (f'<section id="h.{sid}" class="yaqOZd LB7kq nyKByd " style=""><div class="IFuOkc"></div><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc db35Fc" tabindex="-1">'
            f'<div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd purZT-AhqUyc-II5mzb ZcASvf-AhqUyc-II5mzb pSzOP-AhqUyc-qWD73c Ktthjf-AhqUyc-qWD73c JNdkSc SQVYQc">'
            f'<div class="JNdkSc-SmKAyb LkDMRd"><div class="" jscontroller="sGwD4d" jsaction="zXBUYb:zTPCnb;zQF9Uc:Qxe3nd;" jsname="F57UId">'
            + ''.join(boxes) + '</div></div></div></div></div></section>\n')

def build():
    H = ['''<!DOCTYPE html><html lang="th" itemscope itemtype="http://schema.org/WebPage"><head><meta charset="utf-8"><script nonce="q8xZl2v0cUu2Xh4Yp1tQmA">var DOCS_timing={}; DOCS_timing['sl']=new Date().getTime();</script><script nonce="q8xZl2v0cUu2Xh4Yp1tQmA">function _DumpException(e) {throw e;}</script><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="strict-origin-when-cross-origin"><meta property="og:title" content="ITA 2570"><meta property="og:type" content="website"><meta property="og:url" content="https://sites.google.com/khlongnamkhem.ac.th/school/ita-2570"><title>โรงเรียนบ้านคลองน้ำเค็ม - ITA 2570</title><link href="https://fonts.googleapis.com/css?family=Sarabun:400,700&display=swap" rel="stylesheet" nonce="q8xZl2v0cUu2Xh4Yp1tQmA"><style nonce="q8xZl2v0cUu2Xh4Yp1tQmA">.Zjplmb{font-family:Sarabun;} .zfr3Q{font-family:Sarabun;font-size:12pt;line-height:1.38;} .duRjpb{font-size:24pt;font-weight:700;} .OmQG5e{font-size:15pt;font-weight:700;color:#0b5394;} .aw5Odc{text-decoration:none;}</style></head>
<body dir="ltr" itemscope itemtype="http://schema.org/WebPage" id="yDmH0d" css="yDmH0d"><div jscontroller="pc62j" jsmodel="iTeaXe" jsaction="rcuQ6b:WYd;GvneHb:og1FDd;vbaUQc:uAM5ec;"><div jscontroller="X4BaPc" jsaction="rcuQ6b:WYd;o6xM5b:Pg9eo;HuL2Hd:mHeCvf;VMhF5:FFYy5e;sk3Qmb:HI1Mdd;JIbuQc:rSzFEd(z2EeY),aSaF6e(ilzYPe);"><div jscontroller="o1L5Wb" data-sitename="school" data-search-scope="1" data-universe="1" jsmodel="fNFZH" jsaction="Pe9H6d:cZFEp;WMZaJ:VsGN3;hJluRd:UADL7b;zuqEgd:HI9w0;tr6QDd:Y8aXB;MxH79b:xDkBfb;JIbuQc:SPXMTb(uxAMZ),LjG1Ed(a6mxbb);" jsname="G0jgYd">
<div class="Xpil1b xDjJ1e"></div><header id="atIdViewHeader"><div class="BbxBP HP6J1d K5Zlne" jsname="WA9qLc"><div class="VLoccc K5Zlne QDWEj U8eYrb" jsname="rtFGi"><div class="Pvc6xe"><div jsname="I8J07e" class="TlfmSc YSH9J"><a class="GAuSPc" jsname="jIujaf" href="/khlongnamkhem.ac.th/school/home"><img src="https://lh3.googleusercontent.com/sitesv/logo-khlongnamkhem=w16383" class="lzy1Td" role="img" aria-label="หน้าแรกของ โรงเรียนบ้านคลองน้ำเค็ม" jsname="SwcDWb"><div class="QTKDff">โรงเรียนบ้านคลองน้ำเค็ม</div></a></div></div>
<nav class="plFg0c" jscontroller="HXO1uc" jsaction="rcuQ6b:rcuQ6b;MxH79b:CfS0pe;" id="WDxLfe" data-is-preview="false" style="visibility: hidden;"><ul jsname="waIgnc" class="K1Ci7d oXBWEc jYxBte"><li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc" jsname="I6Ql1e"><div class="I35ICb" jsname="QbgIsc"><a class="aJHbb dk90Ob hDrhEe HlqNPb" jsname="QHM9nd" href="/khlongnamkhem.ac.th/school/home">หน้าแรก</a></div></div></li><li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/khlongnamkhem.ac.th/school/about">ข้อมูลโรงเรียน</a></div></div></li><li jsname="ibnC6b" data-nav-level="1" class="VsJjtf ZmrVpf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc lXflof"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" aria-selected="true" href="/khlongnamkhem.ac.th/school/ita-2570">ITA 2570</a></div></div></li><li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/khlongnamkhem.ac.th/school/ita-2569">ITA 2569</a></div></div></li><li jsname="ibnC6b" data-nav-level="1" class="VsJjtf"><div class="PsKE7e r8s4j-R6PoUb IKA38e baH5ib oXBWEc"><div class="I35ICb"><a class="aJHbb dk90Ob hDrhEe HlqNPb" href="/khlongnamkhem.ac.th/school/contact">ติดต่อเรา</a></div></div></li></ul></nav></div></div></header>
<div role="main" tabindex="-1" class="UtePc RCETm" dir="ltr">
''']
    H.append(section([box(f'<h1 id="h.t1" dir="ltr" class="zfr3Q duRjpb CDt4Ke " style="text-align: center;"><span class="C9DxTc aw5Odc ">มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</span></h1>'
                          f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc " style="font-weight: 700;">ประจำปีงบประมาณ พ.ศ. 2570</span></p>'
                          f'<p dir="ltr" class="zfr3Q CDt4Ke " style="text-align: center;"><span class="C9DxTc ">โรงเรียนบ้านคลองน้ำเค็ม สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาคลองน้ำเค็ม เขต 1</span></p>', 'ttl01')], 'sec01'))
    ana = (f'<h2 id="h.a1" dir="ltr" class="zfr3Q OmQG5e CDt4Ke "><span class="C9DxTc ">ผลการวิเคราะห์การประเมิน ITA ปี 2569</span></h2>'
           + p('สำนักงานเขตพื้นที่การศึกษาประถมศึกษาคลองน้ำเค็ม เขต 1 ได้คะแนน ITA ปี 2569 จำนวน 93.48 คะแนน ระดับ ผ่าน โรงเรียนได้นำผลการประเมินมาวิเคราะห์ในส่วนที่เกี่ยวข้องกับโรงเรียน ดังนี้')
           + p('ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', None).replace('<span class="C9DxTc ">ประเด็น', '<span class="C9DxTc " style="font-weight: 700;">ประเด็น')
           + ul(['ข้อมูลการใช้จ่ายงบประมาณของโรงเรียนยังไม่ได้เผยแพร่ให้ผู้ปกครองรับทราบอย่างสม่ำเสมอ', 'ผู้ปกครองบางส่วนยังนำของขวัญมามอบให้ครูในเทศกาลต่าง ๆ'])
           + p('ประเด็นที่จะต้องพัฒนาให้ดีขึ้น').replace('<span class="C9DxTc ">ประเด็น', '<span class="C9DxTc " style="font-weight: 700;">ประเด็น')
           + ul(['การปลูกฝังคุณธรรมความซื่อสัตย์สุจริตแก่นักเรียน', 'การเปิดโอกาสให้ผู้ปกครองและชุมชนมีส่วนร่วมแสดงความคิดเห็น']))
    H.append(section([box(ana, 'ana01')], 'sec02'))
    boxes = []
    for n, t, steps, labels, code in MS:
        inner = f'<h3 id="h.m{n}" dir="ltr" class="zfr3Q OmQG5e CDt4Ke "><span class="C9DxTc ">มาตรการที่ {n} {t}</span></h3>'
        inner += p('', 'ขั้นตอนการดำเนินการ').replace('<span class="C9DxTc "> </span>', '') + ul(steps)
        for lab, val in labels:
            inner += p(val, lab)
        boxes.append(box(inner, f'ms{n}'))
    H.append(section(boxes, 'sec03'))
    H.append(section([box('<p dir="ltr" class="zfr3Q CDt4Ke "><span class="C9DxTc ">ดาวน์โหลดเอกสารฉบับลงนาม</span></p>'
                          '<div class="w536ob" jsname="WxGsbd"><iframe jsname="L5Fo6c" class="YMEQtf" sandbox="allow-scripts allow-popups allow-forms allow-same-origin allow-popups-to-escape-sandbox allow-downloads allow-modals" frameborder="0" aria-label="Drive, มาตรการ ITA 2570 ร.ร.บ้านคลองน้ำเค็ม.pdf" src="https://drive.google.com/file/d/1qW3eRt5yU7iO9pAsDfGhJkL0zXcVbNm/preview" allowfullscreen></iframe></div>', 'dl01')], 'sec04'))
    H.append('''</div>
<div jscontroller="j1RDQb" jsaction="rcuQ6b:rcuQ6b;MxH79b:JdcaS;FaOgy:XuHpsb;" class="dZA9kd ynRLnc" data-last-updated-at-time="1764300455000" data-is-preview="false"><div role="button" class="U26fgb JRtysb WzwrXb I12f0b K2mXPb zXBiaf ynRLnc" jscontroller="iSvg6e" jsaction="click:cOuCgd;" aria-label="ข้อมูลเว็บไซต์" tabindex="0"><div class="NWlf3e MbhUzd" jsname="ksKsZd"></div><span jsslot class="MhXXcc oJeWuf"><span class="Lw7GHd snByac"><svg width="24" height="24" viewBox="0 0 24 24" focusable="false" class=" NMm5M"><path d="M11 17h2v-6h-2v6zm1-15C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z"></path></svg></span></span></div>
<div class="JpY6Fd"><span>Google Sites</span><a class="dMNVAe" href="https://support.google.com/sites/answer/90598">Report abuse</a><span>Page details</span><span>Page updated</span><span>28 พ.ย. 2569</span></div></div>
</div></div></div></body></html>
''')
    with open(os.path.join(ROOT, FN), 'w', encoding='utf-8') as f:
        f.write(''.join(H))
    write_truth(FN, 'measures', 2570, AG, 'measure', [unit(n, t, c) for n, t, s, l, c in MS], [
        'measure 3: no การติดตามผล line (monitoring not stated)',
        'measure 4: no ผู้รับผิดชอบ line (responsible not stated)',
        'measure 5: period is "-"'],
        'NEW FORM: a school page published with the new Google Sites: no <table> at all; obfuscated class soup '
        '(zfr3Q CDt4Ke, C9DxTc, hJDwNd-AhqUyc-…), jsname/jscontroller/jsaction attributes, every paragraph a '
        '<p><span class="C9DxTc"> with bold labels as styled spans (style="font-weight: 700;"), sections/text boxes as '
        'nested divs, hidden-until-JS nav (style="visibility: hidden"), an embedded Google Drive PDF iframe (content not in '
        'the page), "Google Sites / Report abuse / Page updated" footer. Each measure is an <h3> "มาตรการที่ n …" + '
        '"ขั้นตอนการดำเนินการ :" + a bullet <ul> + "label : value" paragraphs; a missing element is simply an absent line. '
        'Analysis of the area office\'s ITA 2569 (93.48 ผ่าน) with both NACC sections as bold paragraphs + bullets. '
        '"ตัวชี้วัด" = outcome; output never stated in a measures document.',
        sections={'weaknesses': 'present', 'improvements': 'present'})

if __name__ == '__main__':
    build()
