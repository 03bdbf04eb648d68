"""m02 (NEW FORM): the measures published as a one-page INFOGRAPHIC POSTER (A3 landscape) - HTML/CSS designed poster
printed to PDF with Chromium: title banner, score badge, two analysis boxes, six measure cards placed in a 3x2 grid,
icons, a monitoring ribbon at the foot. Text order in the PDF follows the card grid, not a table."""
import os, html
from common import *

NAME = 'm02_cgd_nongbualuang_measures_2570'
AG = 'สำนักงานคลังจังหวัดหนองบัวหลวง'

U = [
    dict(num='1', title='เปิดเผยข้อมูลสาธารณะครบถ้วน ทันสมัย', icon='🌐',
         steps='จัดทำปฏิทินการนำข้อมูลขึ้นเว็บไซต์ ตรวจสอบทุกวันที่ 25 ของเดือน', resp='ฝ่ายบริหารทั่วไป',
         period='ต.ค. 69 – ก.ย. 70', outcome='ข้อมูล OIT ครบ 100%'),
    dict(num='2', title='No Gift Policy ไม่รับ ไม่ให้ ของขวัญ', icon='🎁',
         steps='ประกาศเจตนารมณ์ + แจ้งหน่วยงานเบิกจ่ายในจังหวัดทราบ', resp='คลังจังหวัด',
         period='ต.ค. – พ.ย. 69', outcome='ไม่มีการรับของขวัญจากส่วนราชการผู้เบิก'),
    dict(num='3', title='ลดดุลยพินิจในการตรวจสอบฎีกาเบิกจ่าย', icon='📑',
         steps='ใช้ checklist ตรวจสอบเอกสารมาตรฐานเดียวกัน และตรวจตามลำดับการรับเรื่อง',
         period='ตลอดปีงบประมาณ 2570', outcome='ตรวจฎีกาแล้วเสร็จภายใน 3 วันทำการ ≥ 95%'),
    dict(num='4', title='ช่องทางร้องเรียน/แจ้งเบาะแส ปลอดภัย', icon='📣',
         steps='QR Code แจ้งเบาะแสไม่ระบุตัวตน + ตอบกลับภายใน 15 วัน', resp='ฝ่ายบริหารทั่วไป',
         period='พ.ย. 69 – ก.ย. 70', outcome='ผู้ร้องได้รับแจ้งผลตามกำหนด 100%'),
    dict(num='5', title='ใช้ทรัพย์สินราชการอย่างถูกต้อง', icon='🚗',
         steps='ขออนุญาตใช้รถ/พัสดุผ่านระบบ e-Form ทุกครั้ง', resp='งานพัสดุ',
         period='ต.ค. 69 – ก.ย. 70', outcome=None),
    dict(num='6', title='บุคลากรต้นแบบ คลังคุณธรรม', icon='🏅',
         steps='คัดเลือกบุคลากรต้นแบบด้านคุณธรรมปีละ 1 ครั้ง ประกาศยกย่องในที่ประชุม', resp='ฝ่ายบริหารทั่วไป',
         period='ก.ค. – ส.ค. 70', outcome='มีบุคลากรต้นแบบอย่างน้อย 2 คน'),
]


def card(u):
    rows = ['<div class="lbl">📝 วิธีการ</div><div class="val">%s</div>' % html.escape(u['steps'])]
    if u.get('resp'):
        rows.append('<div class="lbl">👤 ผู้รับผิดชอบ</div><div class="val">%s</div>' % html.escape(u['resp']))
    rows.append('<div class="lbl">🗓 ช่วงเวลา</div><div class="val">%s</div>' % html.escape(u['period']))
    if u.get('outcome'):
        rows.append('<div class="lbl">🎯 ตัวชี้วัด</div><div class="val">%s</div>' % html.escape(u['outcome']))
    return ('<div class="card"><div class="ch"><span class="ic">%s</span><span class="no">มาตรการที่ %s</span>'
            '<div class="tt">%s</div></div><div class="grid">%s</div></div>') % (u['icon'], u['num'], html.escape(u['title']), ''.join(rows))


def build():
    cards = ''.join(card(u) for u in U)
    page = f'''<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>Infographic ITA 2570 คลังจังหวัดหนองบัวหลวง</title>
<style>
@page {{ size: A3 landscape; margin: 0; }}
body {{ margin:0; font-family: 'Loma', 'Garuda', sans-serif; background:#fdf6e3; color:#1d2b53; }}
.poster {{ width: 420mm; height: 297mm; position: relative; overflow:hidden; }}
.banner {{ background: linear-gradient(90deg,#0b3d91,#1f6fd1); color:#fff; padding: 8mm 12mm 6mm; }}
.banner .logo {{ float:left; width:22mm; height:22mm; border-radius:50%; background:#f5c542; margin-right:8mm; text-align:center; line-height:22mm; font-weight:bold; color:#0b3d91; }}
.banner h1 {{ margin:0; font-size: 26pt; }} .banner h2 {{ margin:2mm 0 0; font-size:17pt; font-weight:normal; }}
.left {{ position:absolute; left:10mm; top:50mm; width:105mm; }}
.badge {{ background:#f5c542; border-radius: 8mm; padding:5mm; text-align:center; font-size:14pt; }}
.badge b {{ font-size: 30pt; display:block; }}
.box {{ background:#fff; border:1mm solid #1f6fd1; border-radius:4mm; padding:3mm 5mm; margin-top:5mm; font-size:11.5pt; }}
.box h3 {{ margin:0 0 2mm; font-size:13pt; color:#b22222; }} .box ul {{ margin:0; padding-left:6mm; }}
.cards {{ position:absolute; left:122mm; top:50mm; width:288mm; display:grid; grid-template-columns: repeat(3, 1fr); gap:5mm; }}
.card {{ background:#fff; border-radius:5mm; box-shadow: 1mm 1mm 0 #c9d6ea; padding:4mm; font-size:11pt; height:98mm; }}
.ch {{ border-bottom: .6mm dashed #1f6fd1; padding-bottom:2mm; margin-bottom:2mm; }}
.ic {{ font-size:20pt; margin-right:2mm; }} .no {{ background:#0b3d91; color:#fff; border-radius:3mm; padding:1mm 3mm; font-weight:bold; }}
.tt {{ font-weight:bold; font-size:13.5pt; margin-top:2mm; }}
.grid {{ display:grid; grid-template-columns: 28mm 1fr; row-gap:1.5mm; }} .lbl {{ color:#1f6fd1; font-weight:bold; }}
.ribbon {{ position:absolute; left:0; right:0; bottom:0; background:#0b3d91; color:#fff; padding:4mm 12mm; font-size:13pt; }}
</style></head><body><div class="poster">
<div class="banner"><div class="logo">กค.</div><h1>มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน</h1>
<h2>ประจำปีงบประมาณ พ.ศ. 2570 &nbsp;|&nbsp; {AG} กรมบัญชีกลาง</h2></div>
<div class="left"><div class="badge">ผลการประเมิน ITA ปี 2569<b>92.48</b>คะแนน · ระดับ ผ่าน</div>
<div class="box"><h3>⚠️ จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน</h3><ul>
<li>ผู้มาติดต่อยังไม่มั่นใจในความเป็นธรรมของการตรวจสอบฎีกา (EIT)</li>
<li>ช่องทางแจ้งเบาะแสการทุจริตยังไม่เป็นที่รู้จัก</li></ul></div>
<div class="box"><h3>📈 ประเด็นที่ต้องพัฒนาให้ดีขึ้น</h3><ul>
<li>การใช้ทรัพย์สินของราชการ (IIT)</li><li>การส่งเสริมวัฒนธรรมองค์กรด้านคุณธรรม</li>
<li>ความทันสมัยของข้อมูลบนเว็บไซต์ (OIT)</li></ul></div></div>
<div class="cards">{cards}</div>
<div class="ribbon">🔁 การติดตามและรายงานผล : ฝ่ายบริหารทั่วไปติดตามความก้าวหน้าทุกมาตรการรายไตรมาส และรายงานคลังจังหวัดและกรมบัญชีกลาง รอบ 6 และ 12 เดือน &nbsp;&nbsp;·&nbsp;&nbsp; ประกาศ ณ วันที่ 15 ตุลาคม 2569</div>
</div></body></html>'''
    src = os.path.join(BUILD, NAME + '.html')
    with open(src, 'w', encoding='utf-8') as f:
        f.write(page)
    chromium_pdf(src, os.path.join(OUT, NAME + '.pdf'))
    write_truth(NAME + '.pdf', 'measures', 2570, AG, 'measure', U,
                ['measure 3: no ผู้รับผิดชอบ line on its card (responsible missing)',
                 'measure 5: no ตัวชี้วัด line on its card (outcome missing)'],
                'NEW FORM: a one-page A3 landscape INFOGRAPHIC POSTER (HTML/CSS design printed to PDF by Chromium): banner '
                'title, score badge (ITA 2569 92.48 ผ่าน), the two NACC analysis boxes (จุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน / '
                'ประเด็นที่ต้องพัฒนาให้ดีขึ้น - both present), six measure CARDS in a 3x2 grid, each "มาตรการที่ n" badge + '
                'title + label grid (วิธีการ / ผู้รับผิดชอบ / ช่วงเวลา / ตัวชี้วัด); a missing element is simply an absent label. '
                'Text extraction follows the card grid (three cards side by side). The ribbon at the foot gives a general '
                'follow-up and reporting statement for every measure (monitoring present for all). ตัวชี้วัด labelled outcome.',
                sections={'weaknesses': 'present', 'improvements': 'present'}, general_monitoring=True)


if __name__ == '__main__':
    build()
