from common import *
import html
NAME = 'm03_obt_khlongsamtai_measures_2570.html'
AG = 'องค์การบริหารส่วนตำบลคลองสามใต้'
P = 'ต.ค. 2569 - ก.ย. 2570'
MS = [
 dict(n='1', title='เผยแพร่ข้อมูลแผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างรายเดือน', steps=['จัดทำประกาศเผยแพร่แผนการจัดซื้อจัดจ้าง', 'รายงาน สขร.1 ทุกเดือนทางเว็บไซต์', 'ติดประกาศที่บอร์ดหน้าที่ทำการ อบต.'],
      resp='กองคลัง (งานพัสดุ)', period=P, mon='ปลัด อบต. ตรวจสอบและรายงานนายก อบต. ทุกไตรมาส', res='เผยแพร่ข้อมูลครบ 12 เดือน'),
 dict(n='2', title='ลดขั้นตอนการขออนุญาตก่อสร้าง/ดัดแปลงอาคารในเขตหมู่บ้านจัดสรร', steps=['ประกาศขั้นตอนและระยะเวลาให้ชัดเจน', 'รับคำขอผ่านระบบ e-Service'],
      resp='กองช่าง', period=P, mon='-', res='ออกใบอนุญาตภายใน 30 วันร้อยละ 90'),
 dict(n='3', title='ปลูกจิตสำนึกการต่อต้านการทุจริตให้กับพนักงานส่วนตำบลและพนักงานจ้าง', steps=['จัดอบรมประมวลจริยธรรม', 'ให้พนักงานลงนามปฏิญญาไม่รับของขวัญ'],
      resp='สำนักปลัด (งานการเจ้าหน้าที่)', period='ธ.ค. 2569 - ก.พ. 2570', mon='สรุปผลการอบรมเสนอนายก อบต.', res='พนักงานร้อยละ 90 ผ่านแบบทดสอบ'),
 dict(n='4', title='จัดให้มีช่องทางร้องเรียนการทุจริตที่ปกปิดตัวตนผู้ร้องได้', steps=['เปิด QR Code ร้องเรียนไม่ระบุตัวตน', 'ตั้งคณะกรรมการพิจารณาเรื่องร้องเรียน'],
      resp='สำนักปลัด', period=P, mon='รายงานผลการจัดการเรื่องร้องเรียนต่อนายก อบต. ทุกเดือน', res='ผู้ร้องได้รับแจ้งผลภายใน 15 วัน'),
 dict(n='5', title='ประชุมประชาคมเพื่อรับฟังความคิดเห็นต่อการจัดทำแผนพัฒนาท้องถิ่น', steps=['ประชุมประชาคมหมู่บ้าน 9 หมู่', 'สรุปข้อเสนอเข้าแผนพัฒนาท้องถิ่น'],
      resp='สำนักปลัด (งานวิเคราะห์นโยบายและแผน)', period='มี.ค. - พ.ค. 2570', mon='รายงานผลต่อคณะกรรมการพัฒนาท้องถิ่น', res='โครงการจากประชาคมบรรจุในแผนไม่น้อยกว่าร้อยละ 70'),
]
def build():
    e = html.escape
    cells = []
    for h in ['ข้อ', 'มาตรการ', 'ขั้นตอน/วิธีการ', 'ผู้รับผิดชอบ', 'ระยะเวลา', 'การติดตามผล', 'ผลสัมฤทธิ์ที่คาดหวัง']:
        cells.append(f'    <div class="g-cell g-head">{e(h)}</div>')
    for m in MS:
        cells.append(f'    <div class="g-cell g-no">{m["n"]}</div>')
        cells.append(f'    <div class="g-cell">{e(m["title"])}</div>')
        cells.append('    <div class="g-cell">' + '<br>'.join(f'{i+1}. {e(s)}' for i, s in enumerate(m['steps'])) + '</div>')
        for k in ('resp', 'period', 'mon', 'res'):
            cells.append(f'    <div class="g-cell">{e(m[k])}</div>')
    page = f'''<!doctype html>
<html lang="th"><head><meta charset="utf-8">
<title>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี 2570 - {AG}</title>
<style>
body{{font-family:"Sarabun",sans-serif;margin:0;background:#f6f8fb}}
.wrap{{max-width:1180px;margin:auto;background:#fff;padding:24px}}
.ita-grid{{display:grid;grid-template-columns:48px 2fr 2.4fr 1.3fr 1.1fr 1.5fr 1.5fr;border-top:1px solid #ccc;border-left:1px solid #ccc}}
.g-cell{{border-right:1px solid #ccc;border-bottom:1px solid #ccc;padding:6px;font-size:15px}}
.g-head{{background:#0b6e4f;color:#fff;font-weight:bold;text-align:center}}
.g-no{{text-align:center}}
@media (max-width:768px){{.ita-grid{{grid-template-columns:1fr}} .g-head{{display:none}}}}
</style></head>
<body>
<nav class="topnav"><a href="/">หน้าแรก</a> <a href="/about">เกี่ยวกับ อบต.</a> <a href="/ita">ITA 2570</a> <a href="/contact">ติดต่อ</a></nav>
<div class="wrap">
<h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2570</h1>
<p class="sub">{AG} อำเภอคลองหลวงใต้ จังหวัดปทุมวารี</p>
<h2>การวิเคราะห์ผลการประเมิน ITA ปี 2569</h2>
<p>อบต.คลองสามใต้ ได้คะแนนรวม <b>86.74</b> คะแนน อยู่ในระดับผ่าน (IIT 88.20 / EIT 84.91 / OIT 86.95)</p>
<h3>ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน</h3>
<ul><li>ผู้รับบริการเห็นว่าขั้นตอนการขออนุญาตก่อสร้างใช้เวลานาน (EIT)</li><li>ข้อมูลการจัดซื้อจัดจ้างรายเดือนเผยแพร่ไม่ครบ (OIT o13)</li></ul>
<h3>ประเด็นที่จะต้องพัฒนาให้ดีขึ้น</h3>
<ul><li>การสร้างวัฒนธรรมไม่รับของขวัญในหมู่พนักงาน</li><li>ช่องทางร้องเรียนที่ผู้ร้องมั่นใจว่าปลอดภัย</li></ul>
<h2>มาตรการ</h2>
<div class="ita-grid" role="presentation">
{chr(10).join(cells)}
</div>
<p style="margin-top:18px">ประกาศ ณ วันที่ 28 ตุลาคม 2569<br>นายบุญเลิศ รุ่งเรืองศรี นายกองค์การบริหารส่วนตำบลคลองสามใต้</p>
</div>
<footer>© อบต.คลองสามใต้ | ออกแบบโดย LocalWeb Studio</footer>
</body></html>
'''
    open(os.path.join(OUT, NAME), 'w', encoding='utf-8').write(page)
    write_truth(NAME, 'measures', 2570, AG, 'measure', MS, ['measure 2: monitoring (การติดตามผล) is \'-\''],
        'NEW FORM: the measure "table" is a CSS GRID of flat <div class="g-cell"> elements (display:grid; grid-template-columns with '
        '7 tracks) - there is no <table>, no row element: rows exist only because every 7 cells wrap to a new grid line; 7 header cells '
        'first, then 7 cells per measure. Steps "1. … <br>2. …". Both analysis sections as h3 + <ul>. Expected result labelled outcome. '
        'ITA 2569 86.74 ผ่าน.',
        sections={'weaknesses': 'present', 'improvements': 'present'})
if __name__ == '__main__': build()
