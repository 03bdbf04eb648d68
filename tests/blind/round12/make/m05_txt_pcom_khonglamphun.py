"""m05: ordinary `pdftotext -layout` text of a portrait Word PDF (Sawasdee), Thai digits; only the weakness section."""
import os, subprocess
from common import *

NAME = 'm05_pcom_khonglamphun_measures_2570'
AG = 'สำนักงานพาณิชย์จังหวัดคลองลำพูน'

U = [
    dict(num='1', title='เผยแพร่ข้อมูลราคาสินค้าเกษตรและสินค้าอุปโภคบริโภคอย่างสม่ำเสมอ',
         steps='๑) สำรวจราคาสินค้าทุกสัปดาห์\n๒) เผยแพร่ทางเว็บไซต์และเพจทุกวันศุกร์', resp='กลุ่มงานข้อมูลการค้า',
         period='ต.ค. ๖๙ – ก.ย. ๗๐', monitor='พาณิชย์จังหวัดตรวจสอบข้อมูลก่อนเผยแพร่ และรายงานกระทรวงพาณิชย์รายเดือน',
         outcome='ประชาชนเข้าถึงข้อมูลราคาได้ทุกสัปดาห์'),
    dict(num='2', title='ป้องกันการเรียกรับผลประโยชน์ในการตรวจชั่ง ตวง วัด',
         steps='๑) ออกตรวจเป็นทีมและบันทึกการตรวจทุกครั้ง\n๒) แจ้งช่องทางร้องเรียนแก่ผู้ประกอบการ', resp='กลุ่มงานกำกับดูแลการค้า',
         period='ต.ค. ๖๙ – ก.ย. ๗๐', monitor='สรุปผลการออกตรวจรายงานพาณิชย์จังหวัดทุกเดือน',
         outcome='ไม่มีข้อร้องเรียนการเรียกรับผลประโยชน์'),
    dict(num='3', title='ประกาศและถือปฏิบัติตามนโยบายไม่รับของขวัญ (No Gift Policy)',
         steps='๑) ประกาศนโยบาย\n๒) แจ้งผู้ประกอบการและเครือข่ายผ่านหนังสือเวียน', resp='ฝ่ายบริหารทั่วไป',
         period='-', monitor='รายงานการรับของขวัญต่อพาณิชย์จังหวัดหลังเทศกาล',
         outcome='บุคลากรไม่รับของขวัญจากผู้ประกอบการ'),
    dict(num='4', title='เปิดเผยผลการพิจารณาคำขอจดทะเบียนพาณิชย์และเครื่องหมายการค้า',
         steps='๑) บันทึกการรับคำขอตามลำดับ\n๒) เผยแพร่สถิติการพิจารณาคำขอรายเดือน', resp='กลุ่มงานทะเบียน',
         period='พ.ย. ๖๙ – ก.ย. ๗๐', monitor='รายงานสถิติต่อพาณิชย์จังหวัดทุกเดือน',
         outcome='คำขอได้รับการพิจารณาตามระยะเวลาในคู่มือร้อยละ ๙๕'),
    dict(num='5', title='เสริมสร้างวัฒนธรรมองค์กรด้านคุณธรรมและความโปร่งใส',
         steps='๑) จัดกิจกรรมวันต่อต้านคอร์รัปชันสากล\n๒) ยกย่องบุคลากรต้นแบบ', resp='ฝ่ายบริหารทั่วไป',
         period='ธ.ค. ๖๙ และ ส.ค. ๗๐', monitor='สรุปผลกิจกรรมเสนอพาณิชย์จังหวัด',
         outcome='บุคลากรเข้าร่วมกิจกรรมไม่น้อยกว่าร้อยละ ๙๐'),
]


def build():
    doc = new_doc('Sawasdee', 12, margins=(2.0, 1.6, 2.0, 2.0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_run(hp, 'พณจ.คลองลำพูน', size=10)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp.add_run(), 'PAGE')
    page_numbering_thai(sec)
    para(doc, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=15, align='center')
    para(doc, 'ประจำปีงบประมาณ พ.ศ. ๒๕๗๐', bold=True, size=15, align='center')
    para(doc, AG, bold=True, size=14, align='center')
    para(doc, '')
    para(doc, '๑. ผลการวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True)
    para(doc, ('          สำนักงานพาณิชย์จังหวัดคลองลำพูนได้คะแนนการประเมิน ITA ประจำปี ๒๕๖๙ จำนวน ๘๗.๖๒ คะแนน ระดับ ผ่าน '
               'จากการวิเคราะห์พบประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน ดังนี้'), align='justify')
    for s in ['     (๑) ผู้ประกอบการบางรายเห็นว่าเจ้าหน้าที่ตรวจชั่ง ตวง วัด ใช้ดุลยพินิจไม่เป็นมาตรฐานเดียวกัน',
              '     (๒) ข้อมูลผลการพิจารณาคำขอจดทะเบียนยังไม่เผยแพร่ต่อสาธารณะ',
              '     (๓) บุคลากรยังไม่ทราบแนวปฏิบัติเรื่องการรับของขวัญ']:
        para(doc, s)
    para(doc, '')
    para(doc, '๒. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True)
    rows = [[th(u['num']), u['title'], u['steps'], u['resp'], u['period'], u['monitor'], u['outcome']] for u in U]
    simple_table(doc, ['ที่', 'มาตรการ', 'ขั้นตอนการดำเนินการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ตัวชี้วัด'],
                 rows, [0.8, 3.2, 3.5, 2.2, 1.8, 3.2, 2.7], size=11)
    para(doc, '')
    for s in ['(นายวัชระ  มณีรัตน์)', 'พาณิชย์จังหวัดคลองลำพูน']:
        para(doc, s, align='center')
    src = os.path.join(BUILD, NAME + '.docx'); doc.save(src)
    pdf = soffice_pdf(src)
    txt = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True, text=True, check=True).stdout
    with open(os.path.join(OUT, NAME + '.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    write_truth(NAME + '.txt', 'measures', 2570, AG, 'measure', U,
                ['analysis has only the urgent-weakness part; the "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น" section is missing',
                 'measure 3: period "-"'],
                'Ordinary `pdftotext -layout` text of a portrait Word PDF: 7 narrow columns with wrapped interleaved cells, '
                'Thai-digit numbers ๑–๕, page number line, small running header "พณจ.คลองลำพูน", header row repeated after '
                'the form feed. Analysis paragraph with score 87.62 ผ่าน and (๑)–(๓) weakness items (not measures). '
                'Own การติดตามผล column; ตัวชี้วัด labelled outcome.',
                sections={'weaknesses': 'present', 'improvements': 'missing'})


if __name__ == '__main__':
    build()
