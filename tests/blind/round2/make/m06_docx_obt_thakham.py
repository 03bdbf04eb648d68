"""m06: sub-district administrative organisation (อบต.), measures FY 2570, DOCX: approval memo with Wingdings
check boxes (w:sym) and 'เห็นควรอนุมัติ ........', TOC with Thai-letter and Thai-digit page numbers, score history
with a wrong band letter, per-indicator table, urgent-weakness section says only '- ไม่มี -', measures split into
three separate Word tables (one per group heading written outside the tables), landscape body section."""
import os
from common import *
from docxkit import *

NAME = "m06_obt_thakham_measures_2570"
AG = "องค์การบริหารส่วนตำบลท่าข้าม"

GROUPS = [
    ("ด้านที่ ๑ การเปิดเผยข้อมูลและการมีส่วนร่วม", [
        M("๑", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
          steps="๑) ปรับปรุงเว็บไซต์ อบต. ตามรายการ OIT\n๒) ติดประกาศข้อมูลที่บอร์ดหน้าที่ทำการและศาลาประชาคมทุกหมู่บ้าน",
          period="ต.ค. ๖๙ – ก.ย. ๗๐", resp="สำนักปลัด (งานประชาสัมพันธ์)",
          mon="ปลัด อบต. ตรวจสอบความครบถ้วนทุกเดือน และรายงานนายก อบต.",
          outc="ข้อมูลสาธารณะครบถ้วน ประชาชนเข้าถึงข้อมูลได้สะดวก"),
        M("๒", "มาตรการให้ประชาชนมีส่วนร่วมในการตรวจสอบการจัดซื้อจัดจ้าง",
          steps="๑) แต่งตั้งตัวแทนประชาชนร่วมเป็นคณะกรรมการตรวจรับงานจ้างก่อสร้าง\n๒) ประชาสัมพันธ์โครงการก่อสร้างในหมู่บ้านก่อนเริ่มงาน",
          period="ต.ค. ๖๙ – ก.ย. ๗๐", resp="(ระบุ)",
          mon="รายงานผลต่อที่ประชุมประจำเดือน อบต. ทุกเดือน",
          outc="ประชาชนร่วมตรวจสอบโครงการก่อสร้างทุกโครงการ"),
        M("๓", "มาตรการเปิดเผยแผนการใช้จ่ายงบประมาณและผลการดำเนินงาน",
          steps="๑) เผยแพร่แผนการใช้จ่ายงบประมาณประจำปี\n๒) รายงานผลการใช้จ่ายงบประมาณรอบ ๖ เดือนในเวทีประชาคม",
          period="ต.ค. ๖๙ และ เม.ย. ๗๐", resp="กองคลัง\nสำนักปลัด (งานนโยบายและแผน)",
          mon="กองคลังรายงานผลการเบิกจ่ายต่อนายก อบต. ทุกไตรมาส",
          outc="ประชาชนรับทราบการใช้จ่ายงบประมาณของ อบต."),
    ]),
    ("ด้านที่ ๒ การป้องกันการทุจริตและผลประโยชน์ทับซ้อน", [
        M("๔", "มาตรการป้องกันการรับสินบนในการออกใบอนุญาตและการจัดเก็บภาษี",
          steps="๑) ประกาศมาตรฐานระยะเวลาการออกใบอนุญาตก่อสร้าง\n๒) รับชำระภาษีที่ดินและสิ่งปลูกสร้างผ่าน QR Code\n๓) ติดป้าย No Gift Policy ที่จุดบริการ",
          period="", resp="กองช่าง\nกองคลัง (งานจัดเก็บรายได้)",
          mon="สำนักปลัดสุ่มสอบถามผู้รับบริการทุกไตรมาส และรายงานนายก อบต.",
          outc="ไม่มีเรื่องร้องเรียนการเรียกรับเงิน"),
        M("๕", "มาตรการป้องกันการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน",
          steps="๑) จัดทำคู่มือการยืมทรัพย์สินของ อบต.\n๒) บันทึกการใช้รถยนต์ส่วนกลางทุกครั้ง",
          period="พ.ย. ๖๙ – ก.ย. ๗๐", resp="กองคลัง (งานพัสดุ)", mon="-",
          outc="บุคลากรใช้ทรัพย์สินของราชการถูกต้องตามระเบียบ"),
    ]),
    ("ด้านที่ ๓ การรับเรื่องร้องเรียนและวัฒนธรรมองค์กร", [
        M("๖", "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
          steps="-", period="ต.ค. ๖๙ – ก.ย. ๗๐", resp="สำนักปลัด (ศูนย์รับเรื่องราวร้องทุกข์)",
          mon="รายงานสถิติเรื่องร้องเรียนต่อนายก อบต. ทุกเดือน",
          outc="เรื่องร้องเรียนได้รับการแก้ไขภายใน ๑๕ วันทุกเรื่อง"),
        M("๗", "มาตรการส่งเสริมคุณธรรมจริยธรรมของบุคลากร",
          steps="๑) จัดกิจกรรมเสริมสร้างคุณธรรม “อบต.ท่าข้าม โปร่งใส ไร้ทุจริต”\n๒) ยกย่องบุคลากรต้นแบบด้านคุณธรรมประจำปี",
          period="ม.ค. – ส.ค. ๗๐", resp="สำนักปลัด (งานการเจ้าหน้าที่)",
          mon="งานการเจ้าหน้าที่สรุปผลรายงานปลัด อบต. หลังจัดกิจกรรม",
          outc="บุคลากรยึดมั่นในคุณธรรม ผลคะแนน IIT ไม่ต่ำกว่า ๙๐ คะแนน"),
    ]),
]


def build():
    k = Kit(font="TH SarabunIT๙", size=16, margins=(2.5, 2.0, 2.0, 3.0))
    s1 = k.doc.sections[0]
    k.pgnum_fmt(s1, fmt="thaiLetters", start=1)
    k.hf_para(s1.footer, [("PAGE",)], align=CENTER, size=14)
    # memo
    k.p("บันทึกข้อความ", bold=True, align=CENTER, size=24, after=6)
    k.p("**ส่วนราชการ**  สำนักปลัด องค์การบริหารส่วนตำบลท่าข้าม อำเภอพุนพิน จังหวัดสุราษฎร์ธานี")
    k.p("**ที่**  สฎ ๘๐๔๐๑/………          **วันที่**  ๙  ตุลาคม  ๒๕๖๙")
    k.p("**เรื่อง**  ขออนุมัติมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", after=6)
    k.p("เรียน  นายกองค์การบริหารส่วนตำบลท่าข้าม", after=6)
    k.p("ด้วยสำนักงาน ป.ป.ช. กำหนดให้หน่วยงานภาครัฐนำผลการประเมิน ITA ไปวิเคราะห์และจัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
        "ภายในหน่วยงาน สำนักปลัดจึงได้จัดทำมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ รายละเอียดตามเอกสารที่แนบ", first=2.5, align=JUST)
    k.p("จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ", first=2.5, after=8)
    for ln in ["(นางสาวจิราพร  แก้วมณี)", "นักวิเคราะห์นโยบายและแผนชำนาญการ"]:
        k.p(ln, align=CENTER, indent=7)
    k.p("")
    k.p("**ความเห็นของปลัดองค์การบริหารส่วนตำบล**")
    para = k.p("", indent=1.0)
    k.wingdings(para, True)
    k.run(para, " เห็นควรอนุมัติ  ")
    k.wingdings(para, False)
    k.run(para, " อื่น ๆ ...........................................................................")
    k.p("(นายสมพงษ์  ทองคำ)  ปลัดองค์การบริหารส่วนตำบลท่าข้าม", align=CENTER, indent=4)
    k.p("")
    k.p("**คำสั่งนายกองค์การบริหารส่วนตำบล**")
    para = k.p("", indent=1.0)
    k.wingdings(para, False)
    k.run(para, " อนุมัติ      ")
    k.wingdings(para, False)
    k.run(para, " ไม่อนุมัติ เนื่องจาก ...........................................................")
    k.p("(………………………………………)  นายกองค์การบริหารส่วนตำบลท่าข้าม", align=CENTER, indent=4)
    k.page_break()
    k.p("สารบัญ", bold=True, align=CENTER, size=20, after=8)
    tt = k.table(0, 2, widths=[13.0, 2.5], borders="nil")
    for a, b in [("**เรื่อง**", "**หน้า**"), ("บันทึกข้อความขออนุมัติ", "ก"), ("สารบัญ", "ข"),
                 ("ส่วนที่ ๑ ผลการประเมินและการวิเคราะห์ผล ITA ประจำปี พ.ศ. ๒๕๖๙", "๑"),
                 ("ส่วนที่ ๒ มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "๓"), ("ภาคผนวก ประกาศ อบต.ท่าข้าม", "๖")]:
        k.row(tt, [a, b], aligns=[LEFT, CENTER])
    # body
    s2 = k.new_section(restart=1, fmt="thaiNumbers", link=False)
    k.hf_para(s2.header, ["- ", ("PAGE",), " -"], align=CENTER, size=14)
    k.p("ส่วนที่ ๑", bold=True, align=CENTER, size=18)
    k.p("ผลการประเมินและการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)", bold=True, align=CENTER)
    k.p("องค์การบริหารส่วนตำบลท่าข้าม", bold=True, align=CENTER, after=6)
    k.p("๑. ผลการประเมินย้อนหลัง", bold=True)
    t = k.table(0, 3, widths=[4.0, 4.0, 4.0])
    k.row(t, ["ปีที่ประเมิน", "คะแนน", "ระดับผลการประเมิน"], bold=True, align=CENTER, shade="D9D9D9")
    for y, sc, b in [("๒๕๖๔", "๘๔.๙๐", "B"), ("๒๕๖๕", "๘๘.๑๐", "B"), ("๒๕๖๖", "๙๐.๓๕", "ผ่าน"), ("๒๕๖๗", "๘๙.๐๒", "ผ่าน"),
                     ("๒๕๖๘", "๙๑.๖๖", "ผ่าน"), ("๒๕๖๙", "๙๓.๑๒", "ผ่าน")]:
        k.row(t, [y, sc, b], align=CENTER)
    k.p("")
    k.p("๒. ผลการประเมินรายตัวชี้วัด ประจำปี พ.ศ. ๒๕๖๙ (คะแนนรวม ๙๓.๑๒ คะแนน ผ่าน)", bold=True)
    t = k.table(0, 3, widths=[2.5, 8.0, 3.0])
    k.row(t, ["ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "คะแนน"], bold=True, align=CENTER, shade="D9D9D9")
    for n, nm, sc in [("๑", "การปฏิบัติหน้าที่", "๙๔.๒๐"), ("๒", "การใช้งบประมาณ", "๙๐.๑๘"), ("๓", "การใช้อำนาจ", "๙๒.๗๕"),
                      ("๔", "การใช้ทรัพย์สินของราชการ", "๘๖.๔๐"), ("๕", "การแก้ไขปัญหาการทุจริต", "๘๙.๙๓"),
                      ("๖", "คุณภาพการดำเนินงาน", "๙๑.๓๓"), ("๗", "ประสิทธิภาพการสื่อสาร", "๙๐.๐๒"),
                      ("๘", "การปรับปรุงการทำงาน", "๘๘.๖๕"), ("๙", "การเปิดเผยข้อมูล", "๑๐๐.๐๐"), ("๑๐", "การป้องกันการทุจริต", "๙๗.๕๐")]:
        k.row(t, [n, nm, sc], aligns=[CENTER, LEFT, CENTER])
    k.p("")
    k.p("๓. การวิเคราะห์ผลการประเมิน", bold=True)
    k.p("๓.๑ ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน", bold=True, indent=1.0)
    k.p("- ไม่มี -", indent=2.0)
    k.p("๓.๒ ประเด็นที่จะต้องพัฒนาให้ดีขึ้น", bold=True, indent=1.0)
    for s in ["(๑) ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ ได้คะแนนต่ำสุด (๘๖.๔๐) บุคลากรยังไม่ทราบขั้นตอนการขออนุญาตยืมทรัพย์สิน",
              "(๒) ตัวชี้วัดที่ ๘ การปรับปรุงการทำงาน ประชาชนต้องการมีส่วนร่วมในการตรวจสอบโครงการก่อสร้างมากขึ้น",
              "(๓) ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต ควรเพิ่มช่องทางและการแจ้งผลเรื่องร้องเรียน"]:
        k.p(s, indent=2.0, align=JUST)
    s3 = k.new_section(landscape=True, margins=(2.0, 1.5, 1.8, 1.8), link=True)
    k.p("ส่วนที่ ๒", bold=True, align=CENTER, size=18)
    k.p("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", bold=True, align=CENTER)
    k.p("องค์การบริหารส่วนตำบลท่าข้าม", bold=True, align=CENTER, after=6)
    W = [1.0, 5.2, 7.0, 2.6, 3.6, 3.8, 3.2]
    HDR = ["ที่", "มาตรการ", "วิธีดำเนินการ", "ระยะเวลา", "ผู้รับผิดชอบ", "การติดตามผล", "ผลที่คาดว่าจะได้รับ"]
    for gi, (g, ms) in enumerate(GROUPS):
        k.p(g, bold=True, before=6 if gi else 0, keep=True)
        t = k.table(0, 7, widths=W)
        k.row(t, HDR, bold=True, align=CENTER, shade="FBE4D5")
        for m in ms:
            k.row(t, [m.num, m.title, m.steps, m.period, m.resp, m.mon, m.outc], aligns=[CENTER] + [None] * 6)
    k.p("")
    k.p("ประกาศ ณ วันที่ ……… ตุลาคม พ.ศ. ๒๕๖๙", indent=14)
    k.save(os.path.join(OUT, NAME + ".docx"))

    ms = [m for g, mm in GROUPS for m in mm]
    write_truth(NAME + ".docx", "measures", 2570, AG, "measure", ms,
                sections={"weaknesses": "missing", "improvements": "present"}, problems=[
        "analysis: the urgent-weaknesses sub-section 3.1 only says '- ไม่มี -'",
        "score history: 2565 score 88.10 is given band 'B' (88.10 is band A, 85–94.99)",
        "measure 2: responsible '(ระบุ)'",
        "measure 4: period cell blank",
        "measure 5: monitoring '-'",
        "measure 6: method '-'",
        "memo: mayor's approval boxes both empty; memo number and announcement day left as '………'",
    ], notes="""Word document: section 1 (front matter, page numbers in Thai letters via w:pgNumType thaiLetters) holds a
    บันทึกข้อความ asking approval with Wingdings check boxes (w:sym font=Wingdings, F0FE ticked / F0A8 empty): the
    deputy's 'เห็นควรอนุมัติ' ticked, the mayor's 'อนุมัติ / ไม่อนุมัติ เนื่องจาก ……' both empty; then a TOC whose
    page column mixes Thai letters (ก, ข) and Thai digits (๑, ๓, ๖). Section 2 (Thai-digit page numbers in the
    header) has a score history table (2564–2565 letter bands, 2566– ผ่าน; 2565 band WRONG) and a 10-indicator
    table for ITA 2569 (93.12, consistent). The urgent-weaknesses heading is present but its content is only
    '- ไม่มี -', so the section is labelled missing (it states nothing); improvements has three items. Section 3
    (landscape) splits the measures into THREE separate Word tables, one under each bold group paragraph
    'ด้านที่ ๑/๒/๓ …' (group headings outside the tables, not measures); each table has its own ordinary
    (non-repeating) header row; numbers ๑–๗ continue across the tables in a 'ที่' column. Steps are '๑) ๒)' lines.
    'ผลที่คาดว่าจะได้รับ' is the outcome; output missing everywhere.""")


if __name__ == "__main__":
    build()
