"""r02 (prison, one label|value table per measure, status boxes), r06 (land reform office, NEW altChunk),
m01 (irrigation project measures, ordinary Word table)."""
from common import *
from docx.opc.part import Part
from docx.opc.packuri import PackURI

BOX = {0: '☐', 1: '☑'}


def r02():
    F = 'r02_prison_thatumthani_results_2569.docx'
    AG = 'เรือนจำจังหวัดท่าตูมธานี'
    MS = [
     dict(n=1, title='การเปิดเผยข้อมูลการเยี่ยมญาติและการฝากเงินผู้ต้องขังผ่านเว็บไซต์และเพจเรือนจำ',
          steps='จัดทำประกาศหลักเกณฑ์การเยี่ยมญาติ การฝากเงิน และอัตราค่าสินค้าร้านค้าสงเคราะห์ เผยแพร่ทางเว็บไซต์และเพจ Facebook ของเรือนจำ และติดประกาศ ณ จุดเยี่ยมญาติ',
          resp='ฝ่ายทัณฑปฏิบัติ / งานประชาสัมพันธ์', period='ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
          mon='หัวหน้าฝ่ายทัณฑปฏิบัติรายงานผลต่อผู้บัญชาการเรือนจำทุกเดือน', st=[0, 0, 1],
          out='เผยแพร่ประกาศครบทุกช่องทาง ปรับปรุงข้อมูล ๔ ครั้ง',
          outc='ญาติผู้ต้องขังได้รับข้อมูลถูกต้อง เรื่องร้องเรียนเรื่องการฝากเงินลดลงจาก ๙ เรื่อง เหลือ ๒ เรื่อง'),
     dict(n=2, title='มาตรการป้องกันการเรียกรับผลประโยชน์จากญาติผู้ต้องขัง',
          steps='๑. ติดตั้งกล้อง CCTV บริเวณจุดรับฝากของ\n๒. ประกาศห้ามเจ้าหน้าที่รับของฝากนอกจุดที่กำหนด\n๓. จัดตู้รับเรื่องร้องเรียนและ QR Code แจ้งเบาะแส',
          resp='ฝ่ายควบคุมผู้ต้องขัง', period='ธันวาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
          mon='ตรวจสอบตู้รับเรื่องร้องเรียนทุกสัปดาห์ และรายงานผลรายไตรมาส', st=[0, 0, 1],
          out='ติดตั้งกล้องเพิ่ม ๖ จุด เปิดตู้ตรวจสอบ ๔๒ ครั้ง',
          outc='ไม่พบเรื่องร้องเรียนการเรียกรับผลประโยชน์ในปีงบประมาณ ๒๕๖๙'),
     dict(n=3, title='การประชุมชี้แจงประมวลจริยธรรมข้าราชการกรมราชทัณฑ์',
          steps='จัดประชุมชี้แจงก่อนการเข้าเวรประจำเดือน ทบทวนประมวลจริยธรรมและกรณีตัวอย่างความผิดวินัย',
          resp='ฝ่ายบริหารทั่วไป', period='ไตรมาสที่ ๒ – ๓',
          mon='สรุปรายชื่อผู้เข้าร่วมรายงานผู้บัญชาการเรือนจำ', st=[0, 0, 0], out='',
          outc='เจ้าหน้าที่มีความรู้ความเข้าใจเรื่องประมวลจริยธรรมมากขึ้น'),
     dict(n=4, title='การประเมินความพึงพอใจของญาติผู้ต้องขังต่อการให้บริการ',
          steps='แจกแบบสอบถามและ Google Form ณ จุดเยี่ยมญาติ วิเคราะห์ผลทุก ๖ เดือน',
          resp='งานประชาสัมพันธ์', period='มีนาคม และ กันยายน ๒๕๖๙',
          mon='นำผลประเมินเข้าที่ประชุมหัวหน้าฝ่าย', st=[0, 1, 0],
          out='ประเมินรอบแรกแล้ว ๓๕๘ ราย รอบที่สองอยู่ระหว่างวิเคราะห์ข้อมูล',
          outc='ความพึงพอใจรอบแรกร้อยละ ๘๘.๔๐'),
     dict(n=5, title='การจัดทำทะเบียนคุมการใช้รถราชการและน้ำมันเชื้อเพลิง',
          steps='บันทึกการขออนุญาตใช้รถ เลขไมล์ และการเติมน้ำมันทุกครั้ง ตรวจสอบทะเบียนคุมทุกสิ้นเดือน',
          resp='', period='ตลอดปีงบประมาณ ๒๕๖๙', mon='รายงานการใช้น้ำมันเชื้อเพลิงต่อผู้บัญชาการเรือนจำทุกเดือน',
          st=[0, 0, 1], out='มีทะเบียนคุมครบ ๑๒ เดือน', outc='ค่าน้ำมันเชื้อเพลิงลดลงร้อยละ ๗ เมื่อเทียบกับปีก่อน'),
    ]
    d = new_doc('TH Sarabun New', 16)
    footer_pages(d.sections[0], 'หน้า {P}', head='รายงานผลการดำเนินการตามมาตรการฯ ปีงบประมาณ ๒๕๖๙ – ' + AG)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True, True, 18)
    para(d, AG + ' กรมราชทัณฑ์', True, True, 18)
    para(d, '')
    para(d, '\tเรือนจำจังหวัดท่าตูมธานีได้ดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ซึ่งกำหนดขึ้นจากผลการวิเคราะห์'
            'การประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ (กรมราชทัณฑ์ได้คะแนน ๙๒.๐๕ คะแนน) โดยมีผลการดำเนินการรายมาตรการ ดังนี้')
    labels = ['มาตรการ', 'วิธีการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลาดำเนินการ', 'การติดตามและรายงานผล', 'สถานะการดำเนินการ',
              'ผลการดำเนินการ', 'ผลลัพธ์/ความสำเร็จ']
    for m in MS:
        para(d, '')
        para(d, 'มาตรการที่ ' + th(m['n']), True)
        t = d.add_table(rows=len(labels), cols=2); t.style = 'Table Grid'
        boxes = '\n'.join(BOX[m['st'][i]] + ' ' + w for i, w in
                          enumerate(['ไม่สามารถดำเนินการได้', 'อยู่ระหว่างการดำเนินการ', 'ดำเนินการแล้วเสร็จ']))
        vals = [m['title'], m['steps'], m['resp'], m['period'], m['mon'], boxes, m['out'], m['outc']]
        for i, (l, v) in enumerate(zip(labels, vals)):
            cell(t.rows[i].cells[0], l, True)
            cell(t.rows[i].cells[1], v)
            no_split(t.rows[i])
        widths(t, [4.2, 12.8])
    para(d, '')
    for ln in ['ผู้รายงาน ...................................', '(นายสมชาย ทองดีเลิศ)', 'เจ้าพนักงานราชทัณฑ์ชำนาญงาน', '',
               'ผู้รับรอง ...................................', '(นายประเสริฐ คำภูมี)', 'ผู้บัญชาการเรือนจำจังหวัดท่าตูมธานี']:
        para(d, ln, center=True)
    d.save(os.path.join(OUT, F))
    for m in MS:
        m['ov'] = {}
    MS[2]['ov']['output'] = 'missing'
    for m in MS:
        if m is not MS[2]:
            m['ov']['output'] = 'present'
    label(F, 'results', 2569, AG, 'measure', MS,
          ['measure 3: no status box ticked and the output cell is empty', 'measure 5: responsible cell is empty'],
          'Word document (TH Sarabun New, portrait): each measure is its own two-column label | value table headed '
          '"มาตรการที่ n" (8 rows: มาตรการ, วิธีการ, ผู้รับผิดชอบ, ระยะเวลา, การติดตามและรายงานผล, สถานะ, ผลการดำเนินการ, '
          'ผลลัพธ์). Status as ☐/☑ lines; measure 4 ticks only "อยู่ระหว่างการดำเนินการ" and also has output text (present). '
          'Measure 3: nothing ticked and no output text. Header/footer with page number.')


def r06():
    """NEW FORM: the report table is an altChunk (embedded HTML part) inside the DOCX body."""
    F = 'r06_alro_chaiyaphumthani_results_2569.docx'
    AG = 'สำนักงานการปฏิรูปที่ดินจังหวัดชัยภูมิธานี'
    MS = [
     dict(n='1.1', title='เผยแพร่ข้อมูลการจัดที่ดินและรายชื่อเกษตรกรผู้ได้รับอนุญาตให้เข้าทำประโยชน์',
          steps='รวบรวมมติคณะกรรมการปฏิรูปที่ดินจังหวัด (คปจ.) จัดทำประกาศรายชื่อ ปิดประกาศ ณ ที่ว่าการอำเภอ/อบต. และเผยแพร่ทางเว็บไซต์',
          resp='ฝ่ายจัดที่ดิน', period='ต.ค. 2568 - ก.ย. 2569', mon='รายงานผลต่อปฏิรูปที่ดินจังหวัดทุกเดือน',
          out='ประกาศรายชื่อ 8 ครั้ง เกษตรกร 412 ราย', outc='เกษตรกรและประชาชนตรวจสอบข้อมูลการจัดที่ดินได้ ไม่มีข้อร้องเรียน'),
     dict(n='1.2', title='ลดขั้นตอนและระยะเวลาการออกหนังสืออนุญาต ส.ป.ก. 4-01',
          steps='จัดทำ Flow Chart และกำหนดระยะเวลามาตรฐานแต่ละขั้นตอน ติดตามงานค้างผ่านระบบ ALRO Land',
          resp='ฝ่ายจัดที่ดิน / ฝ่ายกฎหมายและสิทธิ', period='ต.ค. 2568 - ก.ย. 2569',
          mon='ติดตามงานค้างรายสัปดาห์ รายงาน ส.ป.ก. ส่วนกลางรายไตรมาส',
          out='ออกหนังสืออนุญาต 1,036 ฉบับ เฉลี่ย 42 วันต่อราย', outc='ระยะเวลาเฉลี่ยลดลงจาก 60 วัน เหลือ 42 วัน'),
     dict(n='2.1', title='ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy)',
          steps='ผู้บริหารประกาศเจตนารมณ์ แจ้งเวียนบุคลากร ติดประกาศ ณ จุดบริการ',
          resp='ฝ่ายบริหารทั่วไป', period='ตุลาคม 2568', mon='สรุปผลการรายงานการรับของขวัญตามแบบที่กำหนดรายปี',
          out='ประกาศแล้วเมื่อ 3 ต.ค. 2568 บุคลากรรับทราบ 38 คน', outc='ไม่มีการรายงานการรับของขวัญเกินมูลค่าที่กำหนด'),
     dict(n='2.2', title='ตรวจสอบการใช้ประโยชน์ในที่ดิน ส.ป.ก. ร่วมกับอำเภอ',
          steps='สุ่มตรวจแปลงที่ดินร้อยละ 5 ของแปลงทั้งหมด บันทึกผลด้วยแอปพลิเคชัน ดำเนินการกับผู้ทำผิดเงื่อนไข',
          resp='ฝ่ายกฎหมายและสิทธิ', period='ม.ค. - ส.ค. 2569', mon='รายงานผลการตรวจสอบต่อ คปจ. ทุกไตรมาส',
          out='ตรวจสอบ 1,250 แปลง พบผิดเงื่อนไข 17 แปลง', outc='ดำเนินการเรียกคืนที่ดิน 9 แปลง คืนสิทธิแก่เกษตรกรที่มีคุณสมบัติ'),
     dict(n='3.1', title='สำรวจความพึงพอใจของผู้รับบริการ',
          steps='จัดทำแบบสอบถามออนไลน์และกระดาษ เก็บข้อมูลผู้รับบริการทุกราย วิเคราะห์ผลรายไตรมาส',
          resp='ฝ่ายบริหารทั่วไป', period='ต.ค. 2568 - ก.ย. 2569', mon='นำเสนอผลในที่ประชุมประจำเดือนของสำนักงาน',
          out='ผู้ตอบแบบสอบถาม 624 ราย', outc='ความพึงพอใจเฉลี่ยร้อยละ 91.20'),
    ]
    rows = []
    grp = {'1': 'ประเด็นที่ 1 การปฏิบัติหน้าที่และการให้บริการ', '2': 'ประเด็นที่ 2 การป้องกันการทุจริต',
           '3': 'ประเด็นที่ 3 การปรับปรุงการให้บริการ'}
    last = None
    for m in MS:
        g = m['n'].split('.')[0]
        if g != last:
            rows.append('<tr><td colspan="8" style="background:#e2efd9"><b>%s</b></td></tr>' % grp[g]); last = g
        rows.append('<tr>' + ''.join('<td>%s</td>' % v for v in [m['n'], m['title'], m['steps'], m['resp'], m['period'],
                                                                  m['mon'], m['out'], m['outc']]) + '</tr>')
    html = ('<html><head><meta charset="utf-8"><style>td,th{border:1px solid #000;padding:2pt;vertical-align:top;'
            'font-family:"TH Sarabun New";font-size:14pt} table{border-collapse:collapse;width:100%}</style></head><body>'
            '<table><thead><tr><th>ที่</th><th>มาตรการ/กิจกรรม</th><th>วิธีดำเนินการ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th>'
            '<th>การติดตามผล</th><th>ผลการดำเนินการ</th><th>ผลสัมฤทธิ์</th></tr></thead><tbody>' + ''.join(rows) +
            '</tbody></table></body></html>')
    d = new_doc('TH Sarabun New', 16, landscape=True)
    para(d, 'รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', True, True, 18)
    para(d, AG + ' สำนักงานการปฏิรูปที่ดินเพื่อเกษตรกรรม', True, True, 18)
    para(d, 'ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568 ของ ส.ป.ก. ได้คะแนน 90.84 คะแนน ระดับผ่าน สำนักงานฯ จึงดำเนินการตามมาตรการ '
            'ที่กำหนดไว้ 5 กิจกรรม ผลการดำเนินการ ดังนี้')
    p = d.add_paragraph()
    # altChunk part
    inner = new_doc('TH Sarabun New', 14, landscape=True)
    hd = ['ที่', 'มาตรการ/กิจกรรม', 'วิธีดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลการดำเนินการ', 'ผลสัมฤทธิ์']
    t = inner.add_table(rows=1, cols=8); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True)
    repeat_header(t.rows[0])
    last = None
    for m in MS:
        g = m['n'].split('.')[0]
        if g != last:
            r = t.add_row(); cell(r.cells[0].merge(r.cells[7]), grp[g], True); last = g
        c = t.add_row().cells
        for i, v in enumerate([m['n'], m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['out'], m['outc']]):
            cell(c[i], v)
    widths(t, [1.1, 4.4, 5.6, 2.8, 2.4, 3.2, 3.2, 3.2])
    import io
    sp = inner.element.body.find(qn('w:sectPr')); inner.element.body.remove(sp)
    bio = io.BytesIO(); inner.save(bio)
    part = Part(PackURI('/word/afchunk1.docx'),
                'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', bio.getvalue(), d.part.package)
    rid = d.part.relate_to(part, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk')
    ac = OxmlElement('w:altChunk'); ac.set(qn('r:id'), rid)
    p._p.addnext(ac)
    tail = d.add_paragraph('ข้อมูล ณ วันที่ 30 กันยายน 2569')
    para(d, 'ลงชื่อ ..................................... ปฏิรูปที่ดินจังหวัดชัยภูมิธานี', center=True)
    para(d, '(นายวิเชียร บุญประคอง)', center=True)
    d.save(os.path.join(OUT, F))
    to_pdf(os.path.join(OUT, F))  # check rendering only (build/)
    label(F, 'results', 2569, AG, 'measure', MS, [],
          'NEW FORM: the measure table is not a Word table in document.xml - it is an altChunk (word/afchunk1.docx - a whole '
          'embedded DOCX package, relationship type aFChunk) that Word (and LibreOffice) render in place between the intro and the "ข้อมูล ณ วันที่" line; '
          'typical of DOCX generated by a web back office. 8 columns with its own การติดตามผล, group rows "ประเด็นที่ n" (not '
          'measures), numbers 1.1-3.1. COMPLETE.')


def m01():
    F = 'm01_rid_lamdomthani_measures_2570.docx'
    AG = 'โครงการส่งน้ำและบำรุงรักษาลำโดมธานี'
    MS = [
     dict(n=1, title='เปิดเผยแผนการส่งน้ำและรอบเวรการส่งน้ำฤดูแล้งให้ผู้ใช้น้ำทราบล่วงหน้า',
          steps='(๑) ประชุมคณะกรรมการจัดการชลประทาน (JMC)\n(๒) จัดทำแผนการส่งน้ำรายสัปดาห์\n(๓) แจ้งผ่านกลุ่ม LINE ผู้ใช้น้ำและเว็บไซต์',
          resp='ฝ่ายส่งน้ำและบำรุงรักษาที่ ๑–๓', period='พ.ย. ๒๕๖๙ – เม.ย. ๒๕๗๐', mon='รายงานผลการส่งน้ำต่อผู้อำนวยการโครงการทุกสัปดาห์',
          outc='ผู้ใช้น้ำรับทราบรอบเวรล่วงหน้า ข้อร้องเรียนเรื่องการแย่งน้ำลดลง'),
     dict(n=2, title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างงานซ่อมแซมคลองส่งน้ำรายโครงการ',
          steps='(๑) ประกาศแผนการจัดซื้อจัดจ้างในระบบ e-GP และเว็บไซต์\n(๒) ติดป้ายข้อมูลโครงการ ณ จุดก่อสร้าง\n(๓) เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน',
          resp='ฝ่ายบริหารทั่วไป (งานพัสดุ)', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='สรุปผลรายไตรมาสเสนอผู้อำนวยการโครงการ',
          outc='ข้อมูลการจัดซื้อจัดจ้างครบถ้วน ตรวจสอบได้ตามตัวชี้วัด OIT'),
     dict(n=3, title='ให้ผู้ใช้น้ำมีส่วนร่วมตรวจรับงานซ่อมแซมอาคารชลประทาน',
          steps='(๑) แต่งตั้งตัวแทนกลุ่มผู้ใช้น้ำร่วมสังเกตการณ์\n(๒) ตรวจงานร่วมกันก่อนส่งมอบ',
          resp='ฝ่ายช่าง', period='-', mon='ตัวแทนผู้ใช้น้ำรายงานข้อสังเกตในที่ประชุม JMC',
          outc='งานซ่อมแซมได้มาตรฐาน ผู้ใช้น้ำเชื่อมั่นในการใช้งบประมาณ'),
     dict(n=4, title='ป้องกันการเรียกรับเงินในการอนุญาตใช้ที่ดินเขตชลประทาน',
          steps='(๑) ประกาศขั้นตอนและค่าธรรมเนียมให้ชัดเจน\n(๒) รับคำขอผ่านจุดบริการเดียว\n(๓) เปิดช่องทางแจ้งเบาะแส',
          resp='ฝ่ายบริหารทั่วไป / ฝ่ายวิศวกรรม', period='ต.ค. ๒๕๖๙ – ก.ย. ๒๕๗๐', mon='รายงานเรื่องร้องเรียนต่อสำนักงานชลประทานที่ ๗ ทุกเดือน',
          outc='ไม่มีเรื่องร้องเรียนการเรียกรับเงิน'),
     dict(n=5, title='อบรมคุณธรรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่บุคลากร',
          steps='(๑) จัดอบรมร่วมกับสำนักงานชลประทานที่ ๗\n(๒) ทดสอบความรู้หลังการอบรม',
          resp='ฝ่ายบริหารทั่วไป', period='ก.พ. ๒๕๗๐', mon='รายงานผลการอบรมภายใน ๓๐ วัน', outc=''),
    ]
    d = new_doc('TH Sarabun New', 16)
    footer_pages(d.sections[0], 'หน้า {P} จาก {N}')
    para(d, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', True, True, 18)
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', True, True, 18)
    para(d, AG + ' สำนักงานชลประทานที่ ๗ กรมชลประทาน', True, True, 18)
    para(d, '')
    para(d, '๑. ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', True)
    para(d, '\tกรมชลประทานได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ '
            'ได้คะแนน ๙๐.๑๘ คะแนน ผ่านเกณฑ์ ทั้งนี้ ผลคะแนนรายตัวชี้วัดที่ต่ำกว่าร้อยละ ๘๕ ได้แก่ ตัวชี้วัดที่ ๖ การบริหารงบประมาณ (๘๑.๒๐) '
            'และตัวชี้วัดที่ ๘ การแก้ไขปัญหาการทุจริต (๘๓.๔๔)')
    para(d, '๒. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน', True)
    for s_ in ['ผู้ใช้น้ำบางส่วนยังไม่ได้รับข้อมูลแผนการส่งน้ำล่วงหน้า ทำให้เกิดความไม่เป็นธรรมในการรับน้ำ',
               'ข้อมูลการจัดซื้อจัดจ้างงานซ่อมแซมยังไม่เป็นปัจจุบันบนเว็บไซต์']:
        d.add_paragraph(s_, style='List Bullet')
    para(d, '๓. ประเด็นที่จะต้องพัฒนาให้ดีขึ้น', True)
    for s_ in ['การมีส่วนร่วมของผู้มีส่วนได้ส่วนเสียในการตรวจสอบการใช้งบประมาณ',
               'การสร้างความตระหนักเรื่องผลประโยชน์ทับซ้อนแก่บุคลากรลูกจ้างและพนักงานราชการ']:
        d.add_paragraph(s_, style='List Bullet')
    para(d, '๔. มาตรการส่งเสริมคุณธรรมและความโปร่งใส', True)
    s2 = d.add_section(); orient(s2, True)
    hd = ['ลำดับ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลที่คาดว่าจะได้รับ']
    t = d.add_table(rows=1, cols=7); t.style = 'Table Grid'
    for i, h in enumerate(hd):
        cell(t.rows[0].cells[i], h, True, True)
    repeat_header(t.rows[0])
    for m in MS:
        c = t.add_row().cells
        for i, v in enumerate([th(m['n']), m['title'], m['steps'], m['resp'], m['period'], m['mon'], m['outc']]):
            cell(c[i], v, center=(i == 0 or v == '-'))
    widths(t, [1.3, 5, 7.2, 3.6, 2.8, 3.6, 3.6])
    para(d, '')
    para(d, 'ประกาศ ณ วันที่ ๒ ตุลาคม พ.ศ. ๒๕๖๙', center=True)
    para(d, '(นายสุรพล แก้วมณี)', center=True)
    para(d, 'ผู้อำนวยการโครงการส่งน้ำและบำรุงรักษาลำโดมธานี', center=True)
    d.save(os.path.join(OUT, F))
    label(F, 'measures', 2570, AG, 'measure', MS,
          ['measure 3: period is "-"', 'measure 5: expected-result cell is empty'],
          'Word (TH Sarabun New): portrait front part with score prose and indicator scores, analysis ๒./๓. as bulleted lists, '
          'then a landscape section with a 7-column table (header repeated) incl. own การติดตามผล and ผลที่คาดว่าจะได้รับ (= outcome). '
          'Steps as (๑)(๒)(๓) lines. Output is never stated in a measures document (missing by convention).',
          sections={'weaknesses': 'present', 'improvements': 'present'})


if __name__ == '__main__':
    r02(); r06(); m01()
