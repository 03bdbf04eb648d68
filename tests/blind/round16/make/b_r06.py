# r06: provincial election commission office (independent agency), results FY2569, prose measures, PDF ENCRYPTED (owner password, copy/edit denied)
import shutil
from pypdf import PdfReader, PdfWriter
from pypdf.constants import UserAccessPermissions as UAP
from common import *
NAME = 'r06_ect_tratthong_results_2569'
AG = 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดตราดทอง'
M = [
 dict(no='1', title='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างและรายงานผลการใช้จ่ายงบประมาณรายไตรมาส',
      obj='เพื่อให้ประชาชนตรวจสอบการใช้จ่ายงบประมาณของสำนักงานได้',
      steps=['๑) กลุ่มงานบริหารทั่วไปรวบรวมข้อมูลการจัดซื้อจัดจ้างรายเดือน', '๒) เสนอผู้อำนวยการสำนักงานพิจารณา', '๓) เผยแพร่บนเว็บไซต์สำนักงานภายในวันที่ ๑๐ ของเดือนถัดไป'],
      resp='กลุ่มงานบริหารทั่วไป', period='๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙',
      output='เผยแพร่ข้อมูลการจัดซื้อจัดจ้างครบ ๑๒ เดือน และรายงานผลการใช้จ่ายงบประมาณ ๔ ไตรมาส',
      outcome='ข้อมูลการจัดซื้อจัดจ้างเป็นปัจจุบัน ไม่มีข้อทักท้วงจากสำนักงานการตรวจเงินแผ่นดิน',
      mon='รายงานผลต่อผู้อำนวยการสำนักงานทุกไตรมาส'),
 dict(no='2', title='เสริมสร้างความรู้เรื่องการป้องกันการรับสินบนแก่พนักงานและอาสาสมัครเครือข่ายการเลือกตั้ง',
      obj='เพื่อป้องกันการเรียกรับผลประโยชน์ในการปฏิบัติหน้าที่',
      steps=['๑) จัดบรรยายในการประชุมประจำเดือนของสำนักงาน', '๒) ผลิตสื่อ Infographic แจกจ่ายเครือข่าย ๗ อำเภอ'],
      resp='กลุ่มงานกิจการพรรคการเมืองและการมีส่วนร่วม', period=None,
      output='จัดบรรยาย ๓ ครั้ง ผู้เข้าร่วมรวม ๒๑๔ คน ผลิตสื่อ ๒ ชุด',
      outcome='ไม่มีเรื่องร้องเรียนเกี่ยวกับการเรียกรับผลประโยชน์ของพนักงาน',
      mon='สรุปผลรายงานสำนักงานคณะกรรมการการเลือกตั้งเมื่อสิ้นปีงบประมาณ'),
 dict(no='3', title='ลดขั้นตอนการให้บริการข้อมูลผลการเลือกตั้งแก่ประชาชนผ่านช่องทางออนไลน์',
      obj='เพื่อลดการติดต่อด้วยตนเองและลดดุลยพินิจของเจ้าหน้าที่',
      steps=['๑) จัดทำแบบคำขอข้อมูลข่าวสารออนไลน์', '๒) กำหนดระยะเวลาตอบกลับไม่เกิน ๑๕ วัน'],
      resp='กลุ่มงานสืบสวนสอบสวนและวินิจฉัย', period='มกราคม – กันยายน ๒๕๖๙',
      output='เปิดใช้แบบคำขอออนไลน์แล้ว มีผู้ขอข้อมูล ๔๖ ราย',
      outcome='ตอบกลับภายใน ๑๕ วัน ร้อยละ ๑๐๐',
      mon='รายงานผู้อำนวยการสำนักงานทุกเดือน'),
 dict(no='4', title='ประกาศและขับเคลื่อนนโยบายไม่รับของขวัญ (No Gift Policy)',
      obj='เพื่อสร้างวัฒนธรรมองค์กรที่ไม่ยอมรับการทุจริต',
      steps=['๑) ผู้อำนวยการลงนามประกาศ', '๒) แจ้งเวียนบุคลากรและเผยแพร่บนเว็บไซต์', '๓) รายงานการรับของขวัญตามแบบที่สำนักงาน ป.ป.ช. กำหนด'],
      resp='กลุ่มงานบริหารทั่วไป', period='ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙',
      output='ลงนามประกาศเมื่อ ๒ ตุลาคม ๒๕๖๘ รายงานผลการรับของขวัญแล้ว',
      outcome='บุคลากรทุกคนปฏิบัติตามนโยบาย ไม่พบการรับของขวัญ',
      mon='รายงานผลต่อสำนักงาน ป.ป.ช. ประจำจังหวัดตราดทอง'),
 dict(no='5', title='ประเมินความพึงพอใจของผู้มาติดต่อราชการและนำผลไปปรับปรุงการให้บริการ',
      obj='เพื่อนำข้อเสนอแนะมาปรับปรุงการให้บริการ',
      steps=['๑) จัดทำแบบประเมินผ่าน QR Code', '๒) วิเคราะห์ผลรอบ ๖ เดือน และ ๑๒ เดือน'],
      resp='กลุ่มงานบริหารทั่วไป', period='มีนาคม และ กันยายน ๒๕๖๙',
      output='มีผู้ตอบแบบประเมิน ๓๒๗ ราย',
      outcome='......................................................',
      mon='นำเสนอผลในที่ประชุมประจำเดือน'),
]
def build():
    d = new_doc(font='Norasi', size=14, margins=(2.2, 2.0, 2.8, 2.0))
    header_footer(d, foot_page='หน้า {P} จาก {N}', size=11)
    para(d, 'รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', bold=True, size=16, align='c')
    para(d, 'ประจำปีงบประมาณ พ.ศ. ๒๕๖๙', bold=True, size=16, align='c')
    para(d, AG, bold=True, size=16, align='c', space_after=8)
    para(d, '๑. ผลการประเมิน ITA ปีงบประมาณ พ.ศ. ๒๕๖๘', bold=True)
    p = para(d, 'สำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดตราดทองได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้คะแนน ๘๗.๓๒ คะแนน อยู่ในระดับ ผ่าน โดยมีรายละเอียดคะแนนรายตัวชี้วัด ดังนี้', align='j')
    p.paragraph_format.first_line_indent = Cm(1.25)
    make_table(d, ['เครื่องมือการประเมิน', 'น้ำหนัก', 'คะแนน'],
               [['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', 'ร้อยละ ๓๐', '๘๘.๔๐'],
                ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)', 'ร้อยละ ๓๐', '๘๕.๙๐'],
                ['แบบตรวจการเปิดเผยข้อมูลต่อสาธารณะ (OIT)', 'ร้อยละ ๔๐', '๘๖.๕๐'],
                ['คะแนนรวม', '', '๘๖.๙๓']], [9.5, 2.5, 2.5], size=13, repeat=False)
    para(d, '')
    para(d, '๒. ผลการดำเนินการตามมาตรการ', bold=True, space_after=4)
    for m in M:
        para(d, f'มาตรการที่ {th(m["no"])} {m["title"]}', bold=True)
        for lab, key in [('วัตถุประสงค์', 'obj'), ('ขั้นตอนการดำเนินการ', 'steps'), ('ผู้รับผิดชอบ', 'resp'), ('ระยะเวลาดำเนินการ', 'period'),
                         ('ผลการดำเนินการ', 'output'), ('ผลสัมฤทธิ์', 'outcome'), ('การติดตามและรายงานผล', 'mon')]:
            v = m.get(key)
            if v is None:
                continue
            if isinstance(v, list):
                p = para(d, f'{lab} :'); p.paragraph_format.left_indent = Cm(1.0)
                for s in v:
                    q = para(d, s); q.paragraph_format.left_indent = Cm(2.0)
            else:
                p = para(d, f'{lab} : {v}'); p.paragraph_format.left_indent = Cm(1.0)
        para(d, '', space_after=4)
    para(d, '๓. ปัญหาอุปสรรค', bold=True)
    p = para(d, 'การประเมินความพึงพอใจรอบ ๑๒ เดือนยังประมวลผลไม่แล้วเสร็จ เนื่องจากอยู่ในช่วงเตรียมการเลือกตั้งท้องถิ่น'); p.paragraph_format.first_line_indent = Cm(1.25)
    sign(d, 'นายสุรเชษฐ์ วารีรัตน์', 'ผู้อำนวยการสำนักงานคณะกรรมการการเลือกตั้งประจำจังหวัดตราดทอง', indent=6.5)
    src = os.path.join(BUILD, NAME + '.docx'); d.save(src)
    pdf = soffice_pdf(src, BUILD)
    r = PdfReader(pdf); w = PdfWriter(clone_from=r)
    w.add_metadata({'/Title': 'รายงานผลการดำเนินการตามมาตรการ ITA 2569', '/Author': 'กลุ่มงานบริหารทั่วไป'})
    perms = UAP.PRINT | UAP.PRINT_TO_REPRESENTATION | UAP.EXTRACT_TEXT_AND_GRAPHICS
    w.encrypt(user_password='', owner_password='ectTrat@2569', permissions_flag=perms, algorithm='RC4-128')
    with open(os.path.join(OUT, NAME + '.pdf'), 'wb') as f:
        w.write(f)
    for m in M:
        m['label_no'] = m['no']
    write_truth(NAME, 'pdf', 'results', 2569, AG, 'measure', M,
        problems=['score: prose says 87.32 (ผ่าน) but the IIT/EIT/OIT table total is 86.93 (and 0.3/0.3/0.4 weighting of the table gives 86.89)',
                  'measure 5: outcome left as a dotted blank'],
        notes='NEW FORM: the PDF is ENCRYPTED with an owner password (RC4 128-bit, empty user password): it opens without a password, '
              'printing allowed, copying/editing/commenting denied (P flag). Content is an ordinary Word→PDF (Norasi, portrait, "หน้า n จาก N"): '
              'measures as prose "มาตรการที่ ๑ …" + indented "label : value" lines (วัตถุประสงค์, ขั้นตอน with ๑) ๒) sub-steps, ผู้รับผิดชอบ, '
              'ระยะเวลา, ผลการดำเนินการ, ผลสัมฤทธิ์, การติดตามและรายงานผล). Measure 2 has no ระยะเวลา line at all; measure 5 outcome is a dotted line.')
if __name__ == '__main__':
    build()
