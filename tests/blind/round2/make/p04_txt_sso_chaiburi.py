"""p04: provincial social security office, plan FY 2570, as `pdftotext -layout` renders a portrait PDF made from a
DOCX: table split into two Word tables with a '(ต่อ)' line and the header repeated by hand, two-row header
('ระยะเวลา' over 'เริ่มต้น'/'สิ้นสุด'), no outcome column."""
import os
from common import *
from docxkit import *

NAME = "p04_sso_chaiburi_plan_2570"
AG = "สำนักงานประกันสังคมจังหวัดชัยบุรี"

ACTS = [
    M("1", "ส่งเสริมการรับเงินสมทบและการยื่นขอรับประโยชน์ทดแทนผ่านระบบ e-Service",
      steps="ประชาสัมพันธ์แก่นายจ้างและผู้ประกันตน / ตั้งจุดช่วยลงทะเบียนที่สำนักงาน", start="ต.ค. ๖๙", end="ก.ย. ๗๐",
      resp="กลุ่มงานเงินสมทบ", mon="รายงานสัดส่วนการใช้ e-Service ต่อประกันสังคมจังหวัดทุกเดือน"),
    M("2", "เปิดเผยขั้นตอนและระยะเวลาการพิจารณาสิทธิประโยชน์ทดแทน",
      steps="ติดประกาศขั้นตอนและระยะเวลามาตรฐานทุกกรณี ณ จุดบริการ และเผยแพร่ทางเพจสำนักงาน", start="ต.ค. ๖๙", end="ธ.ค. ๖๙",
      resp="กลุ่มงานประโยชน์ทดแทน", mon="หัวหน้ากลุ่มงานตรวจสอบการติดประกาศทุกไตรมาส"),
    M("3", "ป้องกันการเรียกรับผลประโยชน์ในการตรวจสอบสถานประกอบการ",
      steps="ตรวจสอบเป็นทีมอย่างน้อย ๒ คน / บันทึกผลการตรวจในระบบทุกครั้ง / สุ่มโทรสอบถามสถานประกอบการที่ได้รับการตรวจ",
      start="ต.ค. ๖๙", end="ก.ย. ๗๐", resp="", mon="สรุปผลการสุ่มสอบถามรายงานประกันสังคมจังหวัดทุกไตรมาส"),
    M("4", "เผยแพร่แผนและผลการจัดซื้อจัดจ้างรายเดือน",
      steps="ประกาศแผนในระบบ e-GP / เผยแพร่ สขร.๑ บนเว็บไซต์ภายในวันที่ ๑๕ ของเดือนถัดไป", start="ต.ค. ๖๙", end="ก.ย. ๗๐",
      resp="กลุ่มงานบริหารทั่วไป", mon=""),
    M("5", "สำรวจความพึงพอใจของผู้ประกันตนและนายจ้าง",
      steps="สำรวจผ่านแบบสอบถามออนไลน์และ ณ จุดบริการ ปีละ ๒ ครั้ง", start="……", end="……",
      resp="กลุ่มงานบริหารทั่วไป", mon="นำผลเสนอที่ประชุมประจำเดือนของสำนักงาน"),
    M("6", "รับและจัดการเรื่องร้องเรียนผ่านสายด่วน ๑๕๐๖ และช่องทางของสำนักงาน",
      steps="ลงทะเบียนเรื่องร้องเรียน / ส่งกลุ่มงานที่เกี่ยวข้องภายใน ๑ วัน / แจ้งผลผู้ร้องภายใน ๑๕ วัน", start="ต.ค. ๖๙", end="ก.ย. ๗๐",
      resp="กลุ่มงานบริหารทั่วไป (ศูนย์รับเรื่องร้องเรียน)", mon="รายงานสถิติเรื่องร้องเรียนต่อสำนักงานประกันสังคมทุกเดือน"),
    M("7", "อบรมจริยธรรมและการป้องกันผลประโยชน์ทับซ้อนแก่เจ้าหน้าที่",
      steps="-", start="มี.ค. ๗๐", end="มี.ค. ๗๐",
      resp="กลุ่มงานบริหารทั่วไป", mon="สรุปผลการอบรมเสนอประกันสังคมจังหวัด"),
    M("8", "ตรวจสอบการเบิกจ่ายเงินทดแทนกรณีประสบอันตรายจากการทำงาน",
      steps="สุ่มตรวจเอกสารการเบิกจ่ายค่ารักษาพยาบาลร้อยละ ๑๐ ของรายการ / ตรวจสอบสถานพยาบาลที่เบิกสูงผิดปกติ", start="ม.ค. ๗๐", end="ก.ย. ๗๐",
      resp="กลุ่มงานกองทุนเงินทดแทน", mon=""),
]


def table(k, acts, W):
    t = k.table(2, 7, widths=W)
    for i, h in enumerate(["ที่", "กิจกรรม", "วิธีการดำเนินการ"]):
        c = t.cell(0, i).merge(t.cell(1, i))
        k.cell(c, h, bold=True, align=CENTER)
    for i, h in [(5, "ผู้รับผิดชอบ"), (6, "การรายงานผล")]:
        c = t.cell(0, i).merge(t.cell(1, i))
        k.cell(c, h, bold=True, align=CENTER)
    c = t.cell(0, 3).merge(t.cell(0, 4))
    k.cell(c, "ระยะเวลา", bold=True, align=CENTER)
    k.cell(t.cell(1, 3), "เริ่มต้น", bold=True, align=CENTER)
    k.cell(t.cell(1, 4), "สิ้นสุด", bold=True, align=CENTER)
    for m in acts:
        k.row(t, [m.num, m.title, m.steps, m.start, m.end, m.resp, m.mon], aligns=[CENTER, None, None, CENTER, CENTER, None, None])


def build():
    k = Kit(font="Umpush", size=11, margins=(2.0, 1.8, 2.0, 2.0))
    sec = k.doc.sections[0]
    k.hf_para(sec.footer, ["หน้า ", ("PAGE",)], align=RIGHT, size=10)
    k.p("แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, align=CENTER, size=14)
    k.p("ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", bold=True, align=CENTER, size=14)
    k.p("สำนักงานประกันสังคมจังหวัดชัยบุรี", bold=True, align=CENTER, size=14, after=6)
    k.p("สำนักงานประกันสังคมได้รับผลการประเมิน ITA ประจำปี พ.ศ. ๒๕๖๙ จำนวน ๘๘.๐๕ คะแนน ผ่านเกณฑ์การประเมิน "
        "สำนักงานประกันสังคมจังหวัดชัยบุรีจึงกำหนดแผนการขับเคลื่อนฯ เพื่อใช้เป็นแนวทางในการปฏิบัติงาน ดังนี้", first=1.2, align=JUST, after=4)
    W = [0.8, 4.0, 4.8, 1.5, 1.5, 2.6, 2.8]
    table(k, ACTS[:5], W)
    k.page_break()
    k.p("(ต่อ)", align=RIGHT)
    table(k, ACTS[5:], W)
    k.p("")
    k.p("หมายเหตุ  ให้กลุ่มงานที่รับผิดชอบจัดเก็บหลักฐานการดำเนินการไว้เพื่อรับการตรวจสอบ", size=10)
    k.p("")
    for ln in ["(นางกนกวรรณ  รุ่งเรืองศรี)", "ประกันสังคมจังหวัดชัยบุรี", "ผู้อนุมัติแผน"]:
        k.p(ln, align=CENTER, indent=8)
    src = os.path.join(BUILD, NAME + ".docx")
    k.save(src)
    soffice_pdf(src, BUILD)
    txt = pdftotext(os.path.join(BUILD, NAME + ".pdf"), layout=True)
    assert "\t" not in txt
    save_text(NAME + ".txt", txt)
    for m in ACTS:
        m.period = "" if blank(m.start) and blank(m.end) else m.start + " – " + m.end
    write_truth(NAME + ".txt", "plan", 2570, AG, "activity", ACTS, problems=[
        "activity 3: responsible cell blank",
        "activity 4: reporting cell blank",
        "activity 5: start and end both '……'",
        "activity 7: method '-'",
        "activity 8: reporting cell blank",
        "no expected result / outcome column for any activity",
    ], notes="""Plain text exactly as `pdftotext -layout` renders a portrait PDF made from a DOCX (Umpush): spaces
    between columns, no tabs, cells wrapped over several lines, form feeds, footer 'หน้า n'. Two-row header:
    'ระยะเวลา' spans 'เริ่มต้น' / 'สิ้นสุด'; the other header cells are merged vertically. The author split the
    table by hand into two Word tables with a manual page break, but row 5 overflowed: its tail (rest of the title,
    method, responsible and reporting text, no number) sits alone at the top of page 2 - still activity 5 - and
    page 3 starts with a right-aligned '(ต่อ)' line and a re-typed two-row header for activities 6–8.
    Numbers '1'–'8' in a 'ที่' column; methods are '/'-separated. The 'การรายงานผล' column is the monitoring. The
    plan has no expected-result column, so outcome (and output) are missing for every activity. Score (สำนักงาน
    ประกันสังคม ITA 2569 88.05 ผ่าน) consistent.""")


if __name__ == "__main__":
    build()
