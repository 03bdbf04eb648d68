"""r04: อบต. results FY2569 - text from a PDF-extraction service (tab rows, HTML fragments, checkbox inputs)."""
from common import *
NAME = 'r04_obt_nongrongnai_results_2569.txt'
AG = 'องค์การบริหารส่วนตำบลหนองโรงใน'
CB = ['ไม่สามารถดำเนินการได้', 'อยู่ระหว่างการดำเนินการ', 'ดำเนินการแล้วเสร็จ']
M = [
 dict(num='๑', title='มาตรการเผยแพร่ข้อมูลข่าวสารของ อบต. ทางเว็บไซต์และเพจ',
      steps=['ปรับปรุงข้อมูลพื้นฐาน 33 รายการตามเกณฑ์ OIT', 'แต่งตั้งผู้ดูแลเว็บไซต์ประจำกอง'],
      resp='สำนักปลัด (งานประชาสัมพันธ์)', period='ต.ค. ๖๘ - ก.ย. ๖๙', ticks=[0, 0, 1],
      outcome='<p>ข้อมูลบนเว็บไซต์ครบถ้วนและเป็นปัจจุบัน</p><p>ผู้เข้าชมเว็บไซต์เพิ่มขึ้นร้อยละ 35</p>'),
 dict(num='๒', title='มาตรการลดขั้นตอนการขออนุญาตก่อสร้างอาคาร',
      steps=['จัดทำคู่มือการขออนุญาตก่อสร้าง', 'รับคำขอผ่านระบบ e-Service'],
      resp='กองช่าง', period='ม.ค. - ก.ย. ๖๙', ticks=[0, 1, 1],
      outcome='<p>ระยะเวลาอนุญาตเฉลี่ยลดลงจาก 30 วันเหลือ 18 วัน</p>'),
 dict(num='๓', title='มาตรการป้องกันการรับสินบนในการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง',
      steps=['ชำระภาษีผ่าน QR Code / Krungthai NEXT', 'ออกใบเสร็จจากระบบ e-LAAS ทุกราย'],
      resp='กองคลัง (งานพัฒนาและจัดเก็บรายได้)', period='ต.ค. ๖๘ - ก.ย. ๖๙', ticks=[0, 0, 1],
      outcome='<p>จัดเก็บภาษีได้ร้อยละ 96.4 ของประมาณการ ไม่มีข้อร้องเรียน</p>'),
 dict(num='๔', title='มาตรการส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบโครงการก่อสร้าง',
      steps=['แต่งตั้งคณะกรรมการชุมชนร่วมตรวจรับงานจ้าง', 'ติดป้ายข้อมูลโครงการ ณ สถานที่ก่อสร้าง'],
      resp='กองช่าง / สำนักปลัด', period='ต.ค. ๖๘ - ก.ย. ๖๙', ticks=[0, 0, 1],
      outcome='<p>ตัวแทนชุมชนร่วมตรวจรับงาน 11 โครงการ</p>'),
 dict(num='๕', title='มาตรการจัดการเรื่องร้องเรียนการทุจริต',
      steps=['รับเรื่องร้องเรียน 4 ช่องทาง', 'ลงทะเบียนและแจ้งผลผู้ร้องเรียนภายใน 15 วัน'],
      resp='สำนักปลัด (งานนิติการ)', period='......', ticks=[0, 0, 1],
      outcome='<p>ได้รับเรื่องร้องเรียน 3 เรื่อง ดำเนินการแล้วเสร็จ 3 เรื่อง</p>'),
 dict(num='๖', title='มาตรการเสริมสร้างจิตสำนึกพนักงานส่วนตำบลไม่รับของขวัญ (No Gift Policy)',
      steps=['ประกาศนโยบาย No Gift Policy ของนายก อบต.', 'จัดกิจกรรมเสริมสร้างคุณธรรมประจำปี'],
      resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='ธ.ค. ๖๘ - ม.ค. ๖๙', ticks=[0, 0, 1],
      outcome='<p>อยู่ระหว่างดำเนินการ</p>'),
]
def cbx(ticks):
    ck = ' checked=""'
    return ''.join(f'<p><input type="checkbox"{ck if t else ""}/> {l}</p>' for t, l in zip(ticks, CB))
def build():
    L = []
    L.append('<p>องค์การบริหารส่วนตำบลหนองโรงใน</p>')
    L.append('<p>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</p>')
    L.append('<p>ประจำปีงบประมาณ พ.ศ. ๒๕๖๙</p>')
    L.append('<p>อำเภอพนมทวนใน จังหวัดกาญจนนที</p>')
    L.append('')
    L.append('<p>ผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๘ อบต.หนองโรงใน ได้คะแนน ๘๒.๔๘ คะแนน อยู่ในระดับ ไม่ผ่าน อบต. จึงกำหนดมาตรการ ๖ มาตรการ และรายงานผลการดำเนินการ ดังนี้</p>')
    L.append('')
    hdr = '<p><strong>ที่</strong></p>\t<p><strong>มาตรการ</strong></p>\t<p><strong>ขั้นตอนการดำเนินการ</strong></p>\t<p><strong>ผู้รับผิดชอบ</strong></p>\t<p><strong>ระยะเวลา</strong></p>\t<p><strong>ผลการดำเนินการ</strong></p>\t<p><strong>ผลลัพธ์ที่เกิดขึ้น</strong></p>'
    L.append(hdr)
    for i, m in enumerate(M):
        if i == 3:
            L.append('<p>-๑-</p>')
            L.append('\f<p>รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสฯ อบต.หนองโรงใน ปีงบประมาณ ๒๕๖๙</p>')
            L.append(hdr)
        steps = '<ul>' + ''.join(f'<li><p>{s}</p></li>' for s in m['steps']) + '</ul>'
        L.append('\t'.join([f'<p>{m["num"]}</p>', f'<p>{m["title"]}</p>', steps, f'<p>{m["resp"]}</p>', f'<p>{m["period"]}</p>', cbx(m['ticks']), m['outcome']]))
    L.append('')
    L.append('<p>การติดตามผล : สำนักปลัด อบต. รวบรวมผลการดำเนินการของทุกกองและรายงานนายก อบต. รอบ ๖ เดือน และ ๑๒ เดือน และเผยแพร่บนเว็บไซต์ อบต.</p>')
    L.append('')
    L.append('<p>(ลงชื่อ)      สมชาย  ปานทอง      ผู้รายงาน</p>\t<p>(ลงชื่อ)      วิเชียร  บุญยืน      ผู้รับรอง</p>')
    L.append('<p>ปลัดองค์การบริหารส่วนตำบลหนองโรงใน</p>\t<p>นายกองค์การบริหารส่วนตำบลหนองโรงใน</p>')
    L.append('<p>-๒-</p>')
    write(NAME, '\n'.join(L) + '\n')
    for m in M:
        m['output'] = 'x' if sum(m['ticks']) == 1 else ''
    write_truth(NAME, 'results', 2569, AG, 'measure', M,
        ['measure 2: two status boxes ticked (อยู่ระหว่างการดำเนินการ and ดำเนินการแล้วเสร็จ) - no output stated',
         "measure 5: period is '......'",
         "measure 6: outcome is 'อยู่ระหว่างดำเนินการ'"],
        'Text from a PDF-extraction service: one tab-separated line per table row, cells as <p>/<ul><li><p> fragments; output column (ผลการดำเนินการ) holds ONLY three <input type="checkbox"> status boxes (exactly one checked except measure 2 with two). No monitoring column; the closing "การติดตามผล" line (report to the นายก อบต. every 6/12 months) = monitoring for every measure. Page number "-๑-", form feed, running title line and repeated header between measures 3 and 4. Thai-digit numbers. ITA 2568 82.48 ไม่ผ่าน (consistent). Unit = measure.',
        general_monitoring=True)
if __name__ == '__main__':
    build()
