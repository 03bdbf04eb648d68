"""p01: central prison, plan FY 2570, landscape PDF from DOCX (Waree) with a Gantt-like 12-month grid (three header
rows, all repeating), marks '●' in shaded month cells (one activity shaded only, one with no mark), group rows
'ประเด็นที่ n', running header and footer, general monitoring section."""
import os, shutil
from common import *
from docxkit import *

NAME = "p01_prison_banna_plan_2570"
AG = "เรือนจำกลางบ้านนา"
MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."]
MI = {m: i for i, m in enumerate(MONTHS)}

# (num, activity, method, resp, months-with-mark, shaded-only?, indicator)
GROUPS = [
    ("ประเด็นที่ ๑ การป้องกันการทุจริตในงานควบคุมผู้ต้องขัง", [
        ("๑.๑", "ตรวจค้นสิ่งของต้องห้ามร่วมกับหน่วยงานภายนอก", "ตรวจค้นร่วมกับตำรวจ ฝ่ายปกครอง และ ป.ป.ส. โดยไม่แจ้งล่วงหน้า",
         "ส่วนควบคุม", list(range(12)), False, "ตรวจค้นเดือนละ ๑ ครั้ง ไม่พบโทรศัพท์มือถือในแดน"),
        ("๑.๒", "ติดตั้งกล้อง CCTV และระบบบันทึกภาพจุดเยี่ยมญาติ", "จัดซื้อและติดตั้งกล้อง ๒๔ ตัว เชื่อมต่อศูนย์ควบคุม",
         "ฝ่ายบริหารทั่วไป\nส่วนควบคุม", list(range(0, 6)), False, "บันทึกภาพครอบคลุมจุดเยี่ยมญาติร้อยละ ๑๐๐"),
        ("๑.๓", "หมุนเวียนเจ้าหน้าที่ประจำแดนทุก ๖ เดือน", "-",
         "ฝ่ายบริหารทั่วไป (งานบุคคล)", [0, 6], False, "ไม่มีเจ้าหน้าที่ประจำแดนเดิมเกิน ๑ ปี"),
    ]),
    ("ประเด็นที่ ๒ ความโปร่งใสในการให้บริการญาติผู้ต้องขัง", [
        ("๒.๑", "จองเยี่ยมญาติออนไลน์และฝากเงินผ่านระบบอิเล็กทรอนิกส์", "ประชาสัมพันธ์ระบบจองเยี่ยมและระบบฝากเงิน งดรับเงินสดที่ช่องฝากเงิน",
         "ฝ่ายการเงินและบัญชี\nงานเยี่ยมญาติ", list(range(12)), False, "การฝากเงินผ่านระบบอิเล็กทรอนิกส์ร้อยละ ๙๐"),
        ("๒.๒", "เปิดเผยราคาสินค้าร้านค้าสงเคราะห์ผู้ต้องขัง", "ติดประกาศราคาสินค้าที่จุดเยี่ยมญาติและบนเพจเรือนจำ เทียบราคาตลาด",
         "ร้านค้าสงเคราะห์ผู้ต้องขัง", [1, 2, 3], True, "ราคาสินค้าไม่สูงกว่าราคาตลาดในพื้นที่"),
        ("๒.๓", "สำรวจความพึงพอใจญาติผู้ต้องขัง", "สำรวจด้วยแบบสอบถามกระดาษและ QR Code ณ จุดเยี่ยมญาติ",
         "ฝ่ายสวัสดิการและพัฒนาพฤตินิสัย", [5, 10], False, "ความพึงพอใจไม่น้อยกว่าร้อยละ ๘๕"),
    ]),
    ("ประเด็นที่ ๓ การบริหารงานภายในอย่างโปร่งใส", [
        ("๓.๑", "เผยแพร่ผลการจัดซื้อจัดจ้างประกอบอาหารผู้ต้องขัง", "ประกาศผลการจัดซื้อจัดจ้างและเมนูอาหารรายเดือนบนเว็บไซต์",
         "ฝ่ายการเงินและบัญชี (งานพัสดุ)", list(range(12)), False, "เผยแพร่ครบ ๑๒ เดือน"),
        ("๓.๒", "ชี้แจงหลักเกณฑ์การพักการลงโทษและลดวันต้องโทษแก่ผู้ต้องขังและญาติ", "จัดประชุมชี้แจงในแดนและติดประกาศหลักเกณฑ์",
         "ส่วนทัณฑปฏิบัติ", [], False, "ผู้ต้องขังเข้าใจหลักเกณฑ์ ไม่มีเรื่องร้องเรียนการเรียกรับเงิน"),
        ("๓.๓", "อบรมประมวลจริยธรรมข้าราชการราชทัณฑ์", "อบรมเจ้าหน้าที่ทุกระดับ ๑ วัน และทดสอบความรู้",
         "ฝ่ายการศึกษาและพัฒนาจิตใจ", [4], False, "เจ้าหน้าที่เข้าอบรมร้อยละ ๙๕"),
    ]),
]


def build():
    k = Kit(font="Waree", size=10, landscape=True, margins=(2.0, 1.2, 1.6, 1.2))
    sec = k.doc.sections[0]
    k.hf_para(sec.header, ["เรือนจำกลางบ้านนา  กรมราชทัณฑ์  กระทรวงยุติธรรม"], align=LEFT, size=9, border_bottom=True)
    k.hf_para(sec.footer, ["แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐  |  หน้า ", ("PAGE",), " จาก ", ("NUMPAGES",)],
              align=RIGHT, size=9, border_top=True)
    k.p("แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", bold=True, align=CENTER, size=14)
    k.p("เรือนจำกลางบ้านนา", bold=True, align=CENTER, size=14, after=4)
    k.p("เรือนจำกลางบ้านนาได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของกรมราชทัณฑ์ ประจำปี "
        "พ.ศ. ๒๕๖๙ ซึ่งได้ ๘๗.๓๓ คะแนน ผ่านเกณฑ์ มากำหนดแผนปฏิบัติการเพื่อยกระดับคุณธรรมและความโปร่งใสของเรือนจำ ดังนี้", first=1.0, align=JUST, after=4)
    W = [1.1, 4.6, 4.8, 3.0] + [0.85] * 12 + [3.6]
    t = k.table(3, 17, widths=W)
    r0, r1, r2 = t.rows
    for i, h in enumerate(["ที่", "โครงการ/กิจกรรม", "วิธีดำเนินการ", "ผู้รับผิดชอบ"]):
        c = t.cell(0, i).merge(t.cell(2, i))
        k.cell(c, h, bold=True, align=CENTER, shade="D9E2F3")
        k.valign(c, "center")
    c = t.cell(0, 16).merge(t.cell(2, 16))
    k.cell(c, "ตัวชี้วัด/ผลที่คาดว่าจะได้รับ", bold=True, align=CENTER, shade="D9E2F3")
    k.valign(c, "center")
    c = t.cell(0, 4).merge(t.cell(0, 15))
    k.cell(c, "ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. ๒๕๗๐)", bold=True, align=CENTER, shade="D9E2F3")
    c = t.cell(1, 4).merge(t.cell(1, 6))
    k.cell(c, "พ.ศ. ๒๕๖๙", bold=True, align=CENTER, shade="D9E2F3")
    c = t.cell(1, 7).merge(t.cell(1, 15))
    k.cell(c, "พ.ศ. ๒๕๗๐", bold=True, align=CENTER, shade="D9E2F3")
    for i, m in enumerate(MONTHS):
        k.cell(t.cell(2, 4 + i), m, bold=True, align=CENTER, size=7, shade="D9E2F3")
    for r in (r0, r1, r2):
        k.repeat_header(r)
    for g, acts in GROUPS:
        r = t.add_row()
        c = r.cells[0].merge(r.cells[16])
        k.cell(c, g, bold=True, shade="F2F2F2")
        for num, name, meth, resp, months, shaded_only, ind in acts:
            r = t.add_row()
            k.cant_split(r)
            for i, v in enumerate([num, name, meth, resp]):
                k.cell(r.cells[i], v, align=CENTER if i == 0 else None)
            for mi in range(12):
                if mi in months:
                    k.cell(r.cells[4 + mi], "" if shaded_only else "●", align=CENTER, shade="8EAADB")
            k.cell(r.cells[16], ind)
    k.p("")
    k.p("การติดตามและประเมินผล", bold=True)
    k.p("ให้ฝ่ายบริหารทั่วไปติดตามความก้าวหน้าของทุกโครงการ/กิจกรรมตามแผนนี้เป็นรายเดือน และรายงานผลต่อผู้บัญชาการเรือนจำกลางบ้านนา "
        "ทุกไตรมาส และสรุปผลรายงานกรมราชทัณฑ์ รอบ ๖ เดือน และ ๑๒ เดือน", first=1.0, align=JUST)
    k.p("หมายเหตุ  ● / แถบสี หมายถึง ช่วงเวลาดำเนินการ", size=9)
    k.p("")
    for ln in ["(ลงชื่อ) .................................................. ผู้อนุมัติแผน", "(นายธีรพงศ์  สุขประเสริฐ)",
               "ผู้บัญชาการเรือนจำกลางบ้านนา"]:
        k.p(ln, align=CENTER, indent=15)
    src = os.path.join(BUILD, NAME + ".docx")
    k.save(src)
    soffice_pdf(src, BUILD)
    shutil.copy(os.path.join(BUILD, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))

    ms = []
    for g, acts in GROUPS:
        for num, name, meth, resp, months, shaded_only, ind in acts:
            ms.append(M(num, name, steps=meth, resp=resp, period="x" if months else "", mon="general section", outc=ind))
    write_truth(NAME + ".pdf", "plan", 2570, AG, "activity", ms, problems=[
        "activity 1.3: method '-'",
        "activity 3.2: no month marked in the time grid (no period)",
    ], notes="""Landscape plan (DOCX -> soffice, Waree) with a Gantt-like grid: three header rows, all w:tblHeader
    (repeated on page 2): 'ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. ๒๕๗๐)' spanning 12 month columns, then 'พ.ศ. ๒๕๖๙'
    (ต.ค.–ธ.ค.) / 'พ.ศ. ๒๕๗๐' (ม.ค.–ก.ย.), then the month abbreviations; the other header cells are vertically
    merged. The period of an activity is shown only by shaded month cells containing '●'. Activity 2.2's months
    (พ.ย.–ม.ค.) are shaded WITHOUT the '●' glyph - visible to a reader of the PDF, so period present, but nothing in
    the extracted text; activity 3.2 has no month at all (period missing). Full-width group rows 'ประเด็นที่ ๑–๓'
    are not activities. Unit = activity (๑.๑ … ๓.๓), as usual for a plan. Monitoring: a general section after the
    table covers 'ทุกโครงการ/กิจกรรม' (monthly follow-up, quarterly report) -> present for all. The
    'ตัวชี้วัด/ผลที่คาดว่าจะได้รับ' column is counted as the outcome; output missing (plan). Running header (prison /
    department / ministry) and footer (title | หน้า n จาก N). Score (กรมราชทัณฑ์ ITA 2569 87.33 ผ่าน) consistent.""")


if __name__ == "__main__":
    build()
