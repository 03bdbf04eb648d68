"""m02: provincial land office, measures FY 2570, PDF from DOCX (Norasi): running header + footer on every page,
EACH MEASURE ITS OWN SMALL TABLE (one row per step: step | period | responsible | monitoring), score with a wrong
band word."""
import os, shutil
from common import *
from docxkit import *

NAME = "m02_land_sriwarin_measures_2570"
AG = "สำนักงานที่ดินจังหวัดศรีวารินทร์"

# rows: (step, period, resp, monitoring)
DATA = [
    ("๑", "มาตรการลดการใช้ดุลพินิจและป้องกันการเรียกรับผลประโยชน์ในงานจดทะเบียนสิทธิและนิติกรรม",
     "เพื่อให้ผู้ขอรับบริการได้รับบริการตามลำดับคิวและระยะเวลามาตรฐาน โดยไม่มีค่าใช้จ่ายนอกเหนือค่าธรรมเนียม",
     [("๑) ใช้ระบบบัตรคิวอัตโนมัติและจอแสดงคิวทุกฝ่ายทะเบียน", "ต.ค. ๖๙", "ฝ่ายทะเบียน", "หัวหน้าฝ่ายทะเบียนตรวจรายงานคิวประจำวัน"),
      ("๒) ติดประกาศอัตราค่าธรรมเนียมและ “ไม่มีค่าใช้จ่ายอื่น” ทุกโต๊ะบริการ", "ต.ค. – พ.ย. ๖๙", "ฝ่ายอำนวยการ", "สุ่มตรวจเดือนละ ๑ ครั้ง"),
      ("๓) สำรวจความพึงพอใจผู้รับบริการผ่าน QR Code", "ทุกไตรมาส", "ฝ่ายอำนวยการ", "รายงานเจ้าพนักงานที่ดินจังหวัดทุกไตรมาส")],
     "ผู้รับบริการได้รับบริการตามลำดับคิว ไม่มีเรื่องร้องเรียนการเรียกรับเงิน"),
    ("๒", "มาตรการบริหารคิวรังวัดอย่างโปร่งใสและตรวจสอบได้",
     "เพื่อให้การจัดลำดับคิวรังวัดเป็นไปตามวันยื่นคำขอ ประชาชนตรวจสอบคิวของตนได้",
     [("๑) จัดลำดับคิวรังวัดตามวันที่ยื่นคำขอในระบบ", "ต.ค. ๖๙ – ก.ย. ๗๐", "ฝ่ายรังวัด", "ตรวจสอบการเลื่อนคิวทุกสัปดาห์"),
      ("๒) เผยแพร่ตารางคิวรังวัดล่วงหน้า ๓ เดือน บนบอร์ดและเพจสำนักงาน", "ทุกเดือน", "ฝ่ายรังวัด\nฝ่ายอำนวยการ", "รายงานผลการเลื่อนคิวต่อเจ้าพนักงานที่ดินจังหวัดทุกเดือน"),
      ("๓) กรณีเลื่อนคิวต้องบันทึกเหตุผลและแจ้งผู้ขอทราบภายใน ๓ วัน", "ต.ค. ๖๙ – ก.ย. ๗๐", "หัวหน้าฝ่ายรังวัด", "-")],
     "คิวรังวัดค้างเกิน ๙๐ วัน ลดลงร้อยละ ๕๐ ไม่มีข้อร้องเรียนเรื่องการลัดคิว"),
    ("๓", "มาตรการเปิดเผยข้อมูลขั้นตอนการให้บริการและค่าธรรมเนียม",
     "เพื่อให้ประชาชนทราบขั้นตอน ระยะเวลา และค่าธรรมเนียมก่อนมาติดต่อ",
     [("๑) ปรับปรุงคู่มือสำหรับประชาชนทุกงานบริการ", "ต.ค. – ธ.ค. ๖๙", "-", "รายงานผลในที่ประชุมประจำเดือน"),
      ("๒) เผยแพร่คู่มือผ่านเว็บไซต์และ Line OA สำนักงาน", "ม.ค. ๗๐", "-", "รายงานผลในที่ประชุมประจำเดือน")],
     "ผู้มาติดต่อเตรียมเอกสารครบตั้งแต่ครั้งแรก ลดการเดินทางซ้ำ"),
    ("๔", "มาตรการป้องกันผลประโยชน์ทับซ้อนในการปฏิบัติงานร่วมกับช่างรังวัดเอกชน",
     "เพื่อป้องกันเจ้าหน้าที่แสวงหาประโยชน์จากการแนะนำช่างรังวัดเอกชน",
     [("๑) ห้ามเจ้าหน้าที่แนะนำหรือรับงานรังวัดเอกชน ประกาศเป็นคำสั่งสำนักงาน", "……………", "เจ้าพนักงานที่ดินจังหวัด", "ตรวจสอบเรื่องร้องเรียนทุกเดือน"),
      ("๒) ให้เจ้าหน้าที่ฝ่ายรังวัดลงนามแบบแสดงความไม่มีส่วนได้เสีย", "……………", "ฝ่ายรังวัด", "สรุปผลการลงนามรายงานจังหวัด")],
     None),
    ("๕", "มาตรการรับเรื่องร้องเรียนและแจ้งเบาะแสการทุจริต",
     "เพื่อให้มีช่องทางร้องเรียนที่เข้าถึงง่ายและคุ้มครองผู้ร้อง",
     [("๑) จัดช่องทางร้องเรียน ๔ ช่องทาง (ตู้รับเรื่อง โทรศัพท์ เว็บไซต์ Line OA)", "ต.ค. ๖๙ – ก.ย. ๗๐", "ฝ่ายอำนวยการ", ""),
      ("๒) แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน ๑๕ วัน", "ต.ค. ๖๙ – ก.ย. ๗๐", "ฝ่ายอำนวยการ", "")],
     "เรื่องร้องเรียนได้รับการแก้ไขภายในกำหนดทุกเรื่อง"),
]


def build():
    k = Kit(font="Norasi", size=13, margins=(2.6, 2.0, 2.2, 2.5))
    sec = k.doc.sections[0]
    k.hf_para(sec.header, ["สำนักงานที่ดินจังหวัดศรีวารินทร์ – มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ปีงบประมาณ ๒๕๗๐"],
              align=CENTER, size=10, border_bottom=True)
    k.hf_para(sec.footer, ["กรมที่ดิน กระทรวงมหาดไทย", "                                                                                   – ", ("PAGE",), " –"],
              align=LEFT, size=10, border_top=True)
    k.p("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, align=CENTER, size=16)
    k.p("สำนักงานที่ดินจังหวัดศรีวารินทร์", bold=True, align=CENTER, size=16)
    k.p("ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", bold=True, align=CENTER, size=16, after=8)
    k.p("๑. ผลการประเมินคุณธรรมและความโปร่งใส ประจำปี พ.ศ. ๒๕๖๙", bold=True)
    k.p("กรมที่ดินได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปี พ.ศ. ๒๕๖๙ "
        "ได้คะแนนรวม ๘๔.๖๑ คะแนน อยู่ในระดับ ผ่าน โดยมีคะแนนรายเครื่องมือ ดังนี้", first=1.25, align=JUST, after=4)
    t = k.table(0, 3, widths=[7.5, 3.0, 3.0])
    k.row(t, ["เครื่องมือ", "คะแนน", "น้ำหนัก"], bold=True, align=CENTER, shade="E2EFD9")
    for a, b, c in [("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "๘๓.๒๐", "ร้อยละ ๓๐"),
                    ("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "๗๙.๕๕", "ร้อยละ ๓๐"),
                    ("แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)", "๘๙.๔๖", "ร้อยละ ๔๐"), ("คะแนนรวม", "๘๔.๖๑", "")]:
        k.row(t, [a, b, c], aligns=[LEFT, CENTER, CENTER])
    k.p("")
    k.p("๒. การวิเคราะห์ผลการประเมิน", bold=True)
    k.p("๒.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน", bold=True, indent=0.6)
    for s in ["(๑) ผู้รับบริการภายนอก (EIT) เห็นว่าการจัดลำดับคิวรังวัดไม่ชัดเจน มีการเลื่อนคิวโดยไม่แจ้งเหตุผล",
              "(๒) ผู้รับบริการบางรายระบุว่าเคยถูกแนะนำให้ใช้ช่างรังวัดเอกชนรายใดรายหนึ่ง"]:
        k.p(s, indent=1.2, align=JUST)
    k.p("๒.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", bold=True, indent=0.6)
    for s in ["(๑) การเผยแพร่คู่มือและค่าธรรมเนียมให้ประชาชนเข้าถึงก่อนมาติดต่อ",
              "(๒) การแจ้งผลเรื่องร้องเรียนให้ผู้ร้องทราบ"]:
        k.p(s, indent=1.2, align=JUST)
    k.p("")
    k.p("๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, after=4)
    for num, title, obj, rows, exp in DATA:
        k.p("มาตรการที่ %s  %s" % (num, title), bold=True, before=6, keep=True)
        k.p("วัตถุประสงค์: " + obj, indent=0.6, align=JUST, keep=True, after=3)
        t = k.table(0, 4, widths=[6.6, 2.6, 2.8, 4.4])
        hr = k.row(t, ["ขั้นตอนการดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "การติดตาม/รายงานผล"], bold=True, align=CENTER, shade="F2F2F2")
        k.cant_split(hr)
        for r in rows:
            k.row(t, list(r), aligns=[LEFT, CENTER, CENTER, LEFT])
        if exp:
            k.p("ผลที่คาดว่าจะได้รับ: " + exp, indent=0.6, before=3, align=JUST)
    k.p("")
    k.p("ทั้งนี้ ตั้งแต่วันที่ ๑ ตุลาคม พ.ศ. ๒๕๖๙ เป็นต้นไป", first=1.25)
    k.p("")
    for ln in ["(นายอภิชาติ  จันทร์หอม)", "เจ้าพนักงานที่ดินจังหวัดศรีวารินทร์", "๑๕ ตุลาคม ๒๕๖๙"]:
        k.p(ln, align=CENTER, indent=7)
    src = os.path.join(BUILD, NAME + ".docx")
    k.save(src)
    soffice_pdf(src, BUILD)
    shutil.copy(os.path.join(BUILD, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))

    ms = []
    for num, title, obj, rows, exp in DATA:
        g = lambda i: "\n".join(r[i] for r in rows if not blank(r[i]))
        ms.append(M(num, title, steps=g(0), period=g(1), resp=g(2), mon=g(3), outc=exp))
    write_truth(NAME + ".pdf", "measures", 2570, AG, "measure", ms,
                sections={"weaknesses": "present", "improvements": "present"}, problems=[
        "score: ITA 2569 total 84.61 is called 'ผ่าน' although it is below the 85-point pass mark",
        "measure 3: responsible '-' in every row",
        "measure 4: period '……………' in every row; no expected result stated",
        "measure 5: monitoring column empty",
    ], notes="""Portrait PDF (DOCX -> soffice, Norasi) with a running header (office + document title, rule) and footer
    ('กรมที่ดิน กระทรวงมหาดไทย … – n –') on every page. Each measure is a bold heading 'มาตรการที่ ๑ …' plus a
    'วัตถุประสงค์:' line and ITS OWN small 4-column table (ขั้นตอนการดำเนินการ | ระยะเวลา | ผู้รับผิดชอบ |
    การติดตาม/รายงานผล), one row per numbered step '๑) ๒) ๓)', followed by a 'ผลที่คาดว่าจะได้รับ:' line (the
    outcome). An element is present when any of the measure's rows states it (measure 2's third step has
    monitoring '-' but the others state it). Analysis section 2 has both sub-sections with '(๑) (๒)' items.
    Score table per tool (IIT/EIT/OIT with weights) whose total matches the prose, but the band word 'ผ่าน' is
    wrong for 84.61. The weighted sum of the tool scores (30/30/40) equals the total. Measure 3's table is cut by the
    page break right after its header row (header alone at the foot of page 2, its two rows on page 3, header not
    repeated). Output missing everywhere (plan-type document).""")


if __name__ == "__main__":
    build()
