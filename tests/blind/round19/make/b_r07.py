from common import *
import html
NAME = 'r07_pwa_banmotai_results_2569.pdf'
AG = 'การประปาส่วนภูมิภาคสาขาบ้านหมอใต้'
MS = [
 dict(n='1', title='เปิดเผยข้อมูลการจัดซื้อจัดจ้างของสาขา', steps='จัดทำ สขร.1 รายเดือน เผยแพร่เว็บไซต์ กปภ.', resp='งานบริหารทั่วไป', period='ต.ค.68-ก.ย.69',
      out='เผยแพร่ครบ 12 เดือน 94 รายการ', res='ไม่มีข้อร้องเรียนเรื่องความโปร่งใส'),
 dict(n='2', title='ป้องกันการเรียกรับเงินในการติดตั้งมาตรวัดน้ำรายใหม่', steps='ชำระเงินผ่านระบบ e-Payment เท่านั้น / แจ้งค่าใช้จ่ายเป็นลายลักษณ์อักษร', resp='งานบริการลูกค้า', period='-',
      out='ติดตั้งมาตรใหม่ 612 ราย ชำระผ่านระบบทุกราย', res='ไม่พบการเรียกรับเงินนอกระบบ'),
 dict(n='3', title='อบรมพนักงานเรื่องจรรยาบรรณและผลประโยชน์ทับซ้อน', steps='อบรมผ่านระบบ e-Learning ของ กปภ.', resp='งานบริหารทั่วไป', period='ม.ค.-มี.ค.69',
      out='พนักงานผ่านการอบรม 38 คน (ร้อยละ 100)', res='พนักงานมีความรู้ผ่านเกณฑ์ทุกคน'),
 dict(n='4', title='สำรวจความพึงพอใจผู้ใช้น้ำและแก้ไขท่อแตกรั่วภายใน 24 ชม.', steps='รับแจ้งผ่าน PWA 1662 / ออกซ่อมภายใน 24 ชม. / สำรวจความพึงพอใจหลังซ่อม', resp='งานผลิตและงานบริการ', period='ต.ค.68-ก.ย.69',
      out='ซ่อมท่อแตกรั่ว 1,147 จุด ภายใน 24 ชม. ร้อยละ 96', res='ความพึงพอใจผู้ใช้น้ำร้อยละ 89.4'),
]
for m in MS: m['mon'] = 'general note'
def build():
    e = html.escape
    cols = [(10, 40, 'ลำดับ'), (50, 200, 'มาตรการ'), (250, 210, 'วิธีดำเนินการ'), (460, 110, 'ผู้รับผิดชอบ'), (570, 90, 'ระยะเวลา'), (660, 190, 'ผลการดำเนินงาน'), (850, 170, 'ผลลัพธ์')]
    keys = ['n', 'title', 'steps', 'resp', 'period', 'out', 'res']
    RH, Y0 = 96, 170
    out = []
    # report-generator order: page furniture, then column by column (header cell, then every detail field of that column)
    out.append(f'<div class="f" style="left:10px;top:20px;width:1010px;text-align:center;font-size:20px;font-weight:bold">รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ 2569</div>')
    out.append(f'<div class="f" style="left:10px;top:52px;width:1010px;text-align:center;font-size:17px">{AG} การประปาส่วนภูมิภาคเขต 2</div>')
    out.append('<div class="f" style="left:10px;top:84px;width:1010px;font-size:14px">ผลการประเมิน ITA ปี 2568 ของการประปาส่วนภูมิภาค : 95.02 คะแนน ระดับผ่าน</div>')
    for (x, w, h), k in zip(cols, keys):
        out.append(f'<div class="f hd" style="left:{x}px;top:{Y0-40}px;width:{w}px;height:40px">{e(h)}</div>')
        for i, m in enumerate(MS):
            out.append(f'<div class="f bd" style="left:{x}px;top:{Y0+i*RH}px;width:{w}px;height:{RH}px">{e(m[k])}</div>')
    yend = Y0 + len(MS) * RH + 16
    out.append(f'<div class="f" style="left:10px;top:{yend}px;width:1010px;font-size:14px">หมายเหตุ : สาขารายงานผลการดำเนินงานตามมาตรการต่อ กปภ.ข.2 ทุกไตรมาส ผ่านระบบ PWA-KPI</div>')
    out.append(f'<div class="f" style="left:10px;top:{yend+30}px;width:1010px;font-size:11px;color:#555">พิมพ์จากระบบ PWA Report Server  วันที่พิมพ์ 05/11/2569 14:32  ผู้พิมพ์ : ba_banmotai  หน้า 1/1</div>')
    page = '''<!doctype html><html><head><meta charset="utf-8"><style>
@page{size:A4 landscape;margin:8mm}
body{margin:0;font-family:"Loma";}
.pg{position:relative;width:1030px;height:700px}
.f{position:absolute;box-sizing:border-box;font-size:13px;line-height:1.35}
.hd{border:1px solid #000;background:#ddd;font-weight:bold;text-align:center;padding:2px}
.bd{border:1px solid #000;padding:3px;overflow:hidden}
</style></head><body><div class="pg">
''' + '\n'.join(out) + '\n</div></body></html>'
    hp = os.path.join(BUILD, 'r07.html'); open(hp, 'w', encoding='utf-8').write(page)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={os.path.join(OUT, NAME)}', 'file://' + hp],
                   check=True, capture_output=True, timeout=120)
    write_truth(NAME, 'results', 2569, AG, 'measure', MS, ['measure 2: period is \'-\''],
        'NEW FORM: a report-server (JasperReports-style) PDF - every header and detail field is a separately positioned text box with '
        'its own border; there is no table structure and the content stream is written COLUMN BY COLUMN (all ลำดับ cells, then all '
        'มาตรการ cells, …), so raw text order is column-major while the page reads as a normal 7-column table. Footer line "พิมพ์จาก'
        'ระบบ PWA Report Server …". General note (quarterly report to the regional office) = monitoring for all. PWA score 95.02.')
if __name__ == '__main__': build()
