"""r07: ordinary extraction-service text: tab-separated rows with HTML fragments, checkbox inputs, page separator."""
import os
from common import *

NAME = 'r07_lpw_khokphrathat_results_2569'
AG = 'สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดโคกพระธาตุ'
CK = '<input type="checkbox" checked=""/>'
UN = '<input type="checkbox"/>'

U = [
    dict(num='1', title='เผยแพร่ข้อมูลการตรวจแรงงานและสถิติการคุ้มครองแรงงาน',
         steps=['รวบรวมสถิติการตรวจสถานประกอบการรายเดือน', 'เผยแพร่ทางเว็บไซต์และเพจของสำนักงาน'],
         resp='กลุ่มงานคุ้มครองแรงงาน', period='ต.ค. 68 - ก.ย. 69', boxes=(0, 0, 1),
         outcome='ประชาชนและสถานประกอบการเข้าถึงข้อมูลการคุ้มครองแรงงานได้', monitor='รายงานหัวหน้าสำนักงานทุกเดือน'),
    dict(num='2', title='ป้องกันการเรียกรับผลประโยชน์ในการตรวจสถานประกอบการ',
         steps=['ออกตรวจเป็นทีมอย่างน้อย 2 คน', 'แจ้งช่องทางร้องเรียนให้สถานประกอบการทราบทุกครั้ง'],
         resp='หัวหน้าสำนักงาน', period='ต.ค. 68 - ก.ย. 69', boxes=(0, 0, 1),
         outcome='ไม่มีเรื่องร้องเรียนการเรียกรับผลประโยชน์จากสถานประกอบการ', monitor='สรุปผลการออกตรวจเสนอหัวหน้าสำนักงานรายไตรมาส'),
    dict(num='3', title='พัฒนาช่องทางรับเรื่องร้องเรียนด้านแรงงาน', steps=None,
         resp='กลุ่มงานสวัสดิการแรงงาน', period='ม.ค. - มี.ค. 69', boxes=(0, 1, 1),
         outcome='ลูกจ้างยื่นคำร้องได้สะดวกขึ้น', monitor='รายงานกรมสวัสดิการและคุ้มครองแรงงานรายเดือน'),
    dict(num='4', title='ส่งเสริมจริยธรรมและวินัยของบุคลากร',
         steps=['ประชุมชี้แจงประมวลจริยธรรมข้าราชการ', 'มอบรางวัลบุคลากรต้นแบบด้านคุณธรรม'],
         resp='ฝ่ายบริหารงานทั่วไป', period='เม.ย. - มิ.ย. 69', boxes=(0, 0, 1),
         outcome='บุคลากรได้รับการยกย่อง 2 คน และไม่มีการกระทำผิดวินัย', monitor='รายงานผลในการประชุมประจำเดือน'),
    dict(num='5', title='เปิดเผยการจัดซื้อจัดจ้างและการใช้รถราชการ', steps=None,
         resp='ฝ่ายบริหารงานทั่วไป', period='ต.ค. 68 - ก.ย. 69', boxes=(0, 0, 1),
         outcome='-', monitor='-'),
]


def cellp(x):
    if x is None:
        return '<p></p>'
    return '<p>%s</p>' % x


def measure_cell(u):
    s = '<p>%s</p>' % u['title']
    if u['steps']:
        s += '<ul>' + ''.join('<li>%s</li>' % x for x in u['steps']) + '</ul>'
    return s


def status(u):
    b = [CK if x else UN for x in u['boxes']]
    return ('%s ไม่สามารถดำเนินการได้<br>%s อยู่ระหว่างการดำเนินการ<br>%s ดำเนินการแล้วเสร็จ' % tuple(b))


def build():
    HEAD = 'ที่\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\tระยะเวลา\tผลการดำเนินการ\tผลลัพธ์\tการรายงานผล'
    L = ['สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดโคกพระธาตุ', '',
         'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
         'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', '',
         'ตามที่สำนักงานได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๕ มาตรการ '
         'สำนักงานขอรายงานผลการดำเนินการ ณ วันที่ ๓๐ กันยายน ๒๕๖๙ ดังนี้', '', HEAD]

    def row(u):
        return '\t'.join([u['num'], measure_cell(u), cellp(u['resp']), cellp(u['period']), status(u), cellp(u['outcome']),
                          cellp(u['monitor'])])
    for u in U[:3]:
        L.append(row(u))
    u = U[3]
    # row 4 cut by the page break: the status/outcome/report cells continue on page 2
    L.append('\t'.join([u['num'], measure_cell(u), cellp(u['resp']), cellp(u['period']), '', '', '']))
    L += ['', '-- 1 of 2 --', '', 'รายงานผลการดำเนินการตามมาตรการฯ ปีงบประมาณ ๒๕๖๙   สสค.โคกพระธาตุ', '', HEAD,
          '\t'.join(['', '', '', '', status(u), cellp(u['outcome']), cellp(u['monitor'])])]
    L.append(row(U[4]))
    L += ['', 'ผู้รายงาน  นายอนุชา  ปัญญาวงศ์  นักวิชาการแรงงานชำนาญการ',
          'ผู้รับรอง  นางสาวรัตนาภรณ์  เจริญสุข  สวัสดิการและคุ้มครองแรงงานจังหวัดโคกพระธาตุ', '', '-- 2 of 2 --', '']
    with open(os.path.join(OUT, NAME + '.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(L))
    for u in U:
        u['output'] = 'x' if sum(u['boxes']) == 1 else None
    write_truth(NAME + '.txt', 'results', 2569, AG, 'measure', U,
                ['no steps column: steps stated (as <ul> under the title) only for measures 1, 2 and 4',
                 'measure 3: two status boxes ticked - output missing',
                 'measure 5: outcome and report cells "-"'],
                'Extraction-service text: one TAB-separated line per table row, cells as HTML fragments (<p>, <ul><li>, <br>); '
                'output given ONLY as three <input type="checkbox"> status boxes (exactly one checked counts). Measure 4 is '
                'CUT by the page break: its status/outcome/report cells come after "-- 1 of 2 --", the running header and the '
                'repeated header row, on a line whose first four cells are empty (part of measure 4, not a new measure). '
                'Own การรายงานผล column (monitoring). Thai-digit year in the title, Arabic numbers in the rows.')


if __name__ == '__main__':
    build()
