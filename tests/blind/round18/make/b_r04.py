# r04: เทศบาลเมือง (Nakhon Si Thammarat-style), results FY2569, text from a PDF-extraction service: tab-separated rows,
# HTML fragments in cells, status as <input type="checkbox"> lists, form feed + running line + repeated header mid-table
from common import *
NAME = 'r04_tm_thungyainathi_results_2569'
AG = 'เทศบาลเมืองทุ่งใหญ่นที'
CB = ['ไม่สามารถดำเนินการได้', 'อยู่ระหว่างการดำเนินการ', 'ดำเนินการแล้วเสร็จ']
M = [
 dict(no='1', title='ประกาศเจตจำนงสุจริตของนายกเทศมนตรีและเผยแพร่ต่อสาธารณะ',
      steps=['นายกเทศมนตรีลงนามประกาศ', 'ประชุมชี้แจงพนักงานเทศบาลทุกกอง', 'เผยแพร่บนเว็บไซต์และเพจเฟซบุ๊กเทศบาล'],
      resp='สำนักปลัดเทศบาล', period='ต.ค. – ธ.ค. 2568', mon='สำนักปลัดรายงานผลต่อปลัดเทศบาลภายใน ธ.ค. 2568',
      box=[2], output_text='ประกาศเมื่อ 6 ต.ค. 2568', outcome='พนักงานเทศบาลรับทราบและถือปฏิบัติ'),
 dict(no='2', title='เผยแพร่รายงานผลการใช้จ่ายงบประมาณรอบ 6 เดือนและ 12 เดือน',
      steps=['กองคลังจัดทำรายงาน', 'เสนอผู้บริหาร', 'เผยแพร่บนเว็บไซต์ภายใน 15 วันหลังสิ้นรอบ'],
      resp='กองคลัง', period='เม.ย. 2569 และ ต.ค. 2569', mon='ติดตามผลทุกไตรมาสโดยหน่วยตรวจสอบภายใน',
      box=[2], output_text='เผยแพร่รอบ 6 เดือน (22 เม.ย. 2569) และรอบ 12 เดือน (14 ต.ค. 2569)', outcome='ประชาชนตรวจสอบการใช้งบประมาณได้'),
 dict(no='3', title='ปรับปรุงคู่มือการให้บริการขออนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ',
      steps=['ทบทวนขั้นตอนและระยะเวลา', 'ประกาศคู่มือฉบับปรับปรุง'],
      resp='กองสาธารณสุขและสิ่งแวดล้อม', period='ม.ค. – มี.ค. 2569', mon='รายงานปลัดเทศบาล',
      box=[], output_text='', outcome='ผู้ประกอบการทราบขั้นตอนและค่าธรรมเนียมที่ชัดเจน'),
 dict(no='4', title='โครงการอบรมคุณธรรมจริยธรรมพนักงานเทศบาล พนักงานครู และพนักงานจ้าง',
      steps=['จัดอบรม 1 วัน ณ หอประชุมเทศบาล', 'ศึกษาดูงานหน่วยงานต้นแบบ'],
      resp='กองการเจ้าหน้าที่', period='พ.ค. 2569', mon='สรุปผลโครงการเสนอนายกเทศมนตรี',
      box=[2], output_text='ผู้เข้าร่วม 184 คน', outcome='-'),
 dict(no='5', title='จัดให้มีช่องทางแจ้งเบาะแสการทุจริตผ่าน QR Code และตู้รับเรื่องร้องเรียน',
      steps=['ติดตั้งตู้รับเรื่อง 3 จุด', 'จัดทำ QR Code บนป้ายประชาสัมพันธ์', 'เปิดตู้ทุกวันศุกร์โดยคณะกรรมการ 3 คน'],
      resp='สำนักปลัดเทศบาล (ศูนย์รับเรื่องร้องเรียน)', period='ต.ค. 2568 – ก.ย. 2569', mon='สรุปเรื่องร้องเรียนรายงานนายกเทศมนตรีทุกเดือน',
      box=[1, 2], output_text='', outcome='ประชาชนแจ้งเบาะแสได้สะดวก มีเรื่องแจ้ง 5 เรื่อง'),
 dict(no='6', title='ประเมินความพึงพอใจผู้รับบริการของเทศบาล',
      steps=['จ้างสถาบันการศึกษาประเมิน', 'นำผลไปจัดทำแผนปรับปรุงบริการ'],
      resp='สำนักปลัดเทศบาล', period='ก.ค. – ก.ย. 2569', mon='รายงานผลต่อที่ประชุมคณะผู้บริหาร',
      box=[2], output_text='ประเมินแล้วเสร็จ ส.ค. 2569', outcome='ความพึงพอใจเฉลี่ยร้อยละ 92.60'),
]
HEAD = 'ที่\tมาตรการ/กิจกรรม\tขั้นตอน/วิธีการ\tผู้รับผิดชอบ\tระยะเวลา\tการติดตามผล\tผลการดำเนินการ\tผลลัพธ์'
def cb(m):
    parts = []
    for i, lab in enumerate(CB):
        parts.append(('<input type="checkbox" checked=""/> ' if i in m['box'] else '<input type="checkbox"/> ') + lab)
    s = '<br>'.join(parts)
    if m['output_text']: s += '<p>' + m['output_text'] + '</p>'
    return s
def row(m):
    steps = '<ul>' + ''.join('<li>' + s + '</li>' for s in m['steps']) + '</ul>'
    return '\t'.join([m['no'], '<p>' + m['title'] + '</p>', steps, m['resp'], m['period'], m['mon'], cb(m), m['outcome']])
def build():
    L = [AG, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2569', '',
         'ตามที่เทศบาลเมืองทุ่งใหญ่นทีได้รับผลการประเมิน ITA ปี 2568 คะแนน 85.27 คะแนน ระดับผ่าน และได้กำหนดมาตรการส่งเสริมคุณธรรมฯ จำนวน 6 มาตรการ ผลการดำเนินการมีดังนี้', '',
         HEAD]
    for m in M[:3]: L.append(row(m))
    L += ['-1-', '\f' + AG + ' | รายงานผลการดำเนินการตามมาตรการฯ ปี 2569', HEAD]
    for m in M[3:]: L.append(row(m))
    L += ['', 'ลงชื่อ\t(นายสมชาย แก้วประดิษฐ์)\tนายกเทศมนตรีเมืองทุ่งใหญ่นที', '-2-']
    open(out(NAME, 'txt'), 'w', encoding='utf-8').write('\n'.join(L) + '\n')
    items = []
    for m in M:
        mm = dict(m, output=('x' if len(m['box']) == 1 else m['output_text']))
        items.append((m['no'], m['title'], elements(mm, 'results')))
    write_truth(NAME, 'txt', 'results', 2569, AG, 'measure', items,
        ['measure 3: no status box ticked and no output text', "measure 4: outcome is '-'",
         'measure 5: two status boxes ticked (อยู่ระหว่างการดำเนินการ + ดำเนินการแล้วเสร็จ) and no output text'],
        'Ordinary extraction-service text: tab-separated rows, <p> and <ul><li> in cells, output column = three '
        '<input type="checkbox"> boxes (+ an output line in <p> for most). Own การติดตามผล column. Page number "-1-", form '
        'feed, running line and the repeated header row between measures 3 and 4 (not measures). Output counted present '
        'with exactly one tick; measure 5 has two ticks and no text -> missing.')
if __name__ == '__main__': build()
