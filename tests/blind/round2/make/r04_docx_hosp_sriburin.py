"""r04: provincial (general) hospital, results FY 2568, DOCX: cover, front matter numbered ก ข (Thai letters), TOC,
landscape body; the results table is split into THREE separate Word tables (header copied into the first two,
not marked as repeating, none in the third); status as content-control check boxes (w14:checkbox);
running header/footer."""
import os
from common import *
from docxkit import *

NAME = "r04_hosp_sriburin_results_2568"
AG = "โรงพยาบาลศรีบุรินทร์"
ST = ["ยังไม่ดำเนินการ", "อยู่ระหว่างดำเนินการ", "ดำเนินการแล้วเสร็จ"]

MEAS = [
    M("1", "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
      steps="1) ปรับปรุงเว็บไซต์โรงพยาบาลให้มีข้อมูลตามเกณฑ์ EB/OIT ครบถ้วน\n2) แต่งตั้งผู้รับผิดชอบรายข้อ\n3) งานสารสนเทศรายงานความครบถ้วนต่อคณะกรรมการบริหารโรงพยาบาลทุกเดือน",
      resp="กลุ่มงานยุทธศาสตร์และแผนงาน\nงานสารสนเทศ", period="ต.ค. 67 – ก.ย. 68",
      mon="งานสารสนเทศรายงานความครบถ้วนต่อคณะกรรมการบริหารโรงพยาบาลทุกเดือน",
      out=Boxes(2, labels=ST), detail="เผยแพร่ข้อมูลครบ 36 รายการ (o1–o36) ภายใน ธ.ค. 67",
      outc="ผลการประเมิน OIT ของโรงพยาบาล ได้ 100 คะแนน ประชาชนเข้าถึงข้อมูลได้สะดวก"),
    M("2", "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วมในการดำเนินงานของโรงพยาบาล",
      steps="1) แต่งตั้งคณะกรรมการพัฒนาโรงพยาบาลภาคประชาชน\n2) จัดประชุมรับฟังความคิดเห็นปีละ 2 ครั้ง",
      resp="(ระบุ)", period="ม.ค. – ส.ค. 68",
      out=Boxes(2, labels=ST), detail="ประชุมรับฟังความคิดเห็น 2 ครั้ง (20 ก.พ. 68, 14 ส.ค. 68) ผู้เข้าร่วม 64 คน",
      outc="ได้ข้อเสนอปรับปรุงบริการ 9 เรื่อง นำไปปรับปรุงแล้ว 7 เรื่อง"),
    M("3", "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้างยาและเวชภัณฑ์",
      steps="1) จัดทำแผนจัดซื้อยาและเวชภัณฑ์ประจำปี\n2) เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน\n3) ตรวจสอบการจัดซื้อโดยคณะกรรมการเภสัชกรรมและการบำบัด (PTC) ทุกไตรมาส",
      resp="กลุ่มงานเภสัชกรรมและคุ้มครองผู้บริโภค\nงานพัสดุ", period="ต.ค. 67 – ก.ย. 68",
      mon="ตรวจสอบการจัดซื้อโดยคณะกรรมการเภสัชกรรมและการบำบัด (PTC) ทุกไตรมาส",
      out=Boxes(2, labels=ST), detail="เผยแพร่ผลการจัดซื้อจัดจ้างครบ 12 เดือน มูลค่าการจัดซื้อยา 48.6 ล้านบาท",
      outc="จัดซื้อยาตามแผน ร้อยละ 96.4 ไม่มีข้อร้องเรียนจากผู้ประกอบการ"),
    M("4", "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
      steps="1) ประชาสัมพันธ์ช่องทางร้องเรียน (ตู้รับเรื่อง, โทรศัพท์, เว็บไซต์, Line OA)\n2) ศูนย์รับเรื่องร้องเรียนตรวจสอบและแจ้งผลภายใน 15 วัน",
      resp="ศูนย์รับเรื่องร้องเรียน\nกลุ่มงานบริหารทั่วไป", period="ต.ค. 67 – ก.ย. 68",
      out=Boxes(labels=ST), detail="",
      outc="ไม่มีเรื่องร้องเรียนการทุจริตที่ค้างดำเนินการ"),
    M("5", "มาตรการป้องกันการรับสินบนและผลประโยชน์จากบริษัทยาและเวชภัณฑ์",
      steps="1) ประกาศนโยบาย No Gift Policy\n2) กำหนดแนวปฏิบัติการพบผู้แทนบริษัทยาตามเกณฑ์จริยธรรมการจัดซื้อจัดหาและการส่งเสริมการขายยา\n3) รายงานการรับทรัพย์สินฯ ต่อผู้อำนวยการทุก 6 เดือน",
      resp="ผู้อำนวยการโรงพยาบาล\nกลุ่มงานเภสัชกรรมฯ", period="ต.ค. 67 – ก.ย. 68",
      mon="รายงานการรับทรัพย์สินฯ ต่อผู้อำนวยการทุก 6 เดือน",
      out=Boxes(2, labels=ST), detail="ประกาศนโยบายเมื่อ 4 พ.ย. 67 จัดพื้นที่พบผู้แทนยาเฉพาะ ห้องประชุม 2 ทุกวันพุธ",
      outc="ไม่พบการรับของขวัญหรือประโยชน์อื่นใดเกินเกณฑ์"),
    M("6", "มาตรการป้องกันผลประโยชน์ทับซ้อนและการใช้ทรัพย์สินของทางราชการ",
      steps="1) จัดทำทะเบียนคุมการใช้รถยนต์ราชการและรถพยาบาล\n2) อบรมเรื่องผลประโยชน์ทับซ้อนแก่หัวหน้ากลุ่มงาน",
      resp="กลุ่มงานบริหารทั่วไป", period="ไตรมาส 2 – 3",
      out=Boxes(1, 2, labels=ST), detail="-",
      outc="บุคลากรมีความเข้าใจแนวทางการใช้ทรัพย์สินราชการ ไม่พบการใช้รถราชการผิดวัตถุประสงค์"),
    M("7", "มาตรการลดการใช้ดุลพินิจในการให้บริการ (ระบบคิวและนัดหมายออนไลน์)",
      steps="1) เปิดใช้ระบบจองคิวออนไลน์ผ่าน Line OA\n2) แสดงลำดับคิวบนจอหน้าห้องตรวจ ห้ามลัดคิว",
      resp="กลุ่มงานการพยาบาล\nงานเวชระเบียน", period="ธ.ค. 67 – ก.ย. 68",
      out=Boxes(labels=ST), detail="เปิดใช้ระบบจองคิวออนไลน์ 1 ธ.ค. 67 มีผู้ใช้ 18,240 ครั้ง ติดตั้งจอแสดงคิว 6 จุด",
      outc="ระยะเวลารอตรวจผู้ป่วยนอกลดลงจาก 2.5 ชม. เหลือ 1.6 ชม."),
    M("8", "มาตรการส่งเสริมวัฒนธรรมองค์กรคุณธรรม (ชมรม STRONG)",
      steps="1) จัดกิจกรรมชมรมจริยธรรมโรงพยาบาลศรีบุรินทร์\n2) คัดเลือกบุคลากรต้นแบบด้านคุณธรรม",
      resp="ชมรมจริยธรรม\nกลุ่มงานทรัพยากรบุคคล", period="ก.พ. – ก.ย. 68",
      out=Boxes(2, labels=ST), detail="จัดกิจกรรม 5 ครั้ง ผู้เข้าร่วม 420 คน คัดเลือกบุคลากรต้นแบบ 12 คน",
      outc="-"),
]


def build():
    k = Kit(font="TH SarabunPSK", size=16, landscape=False)
    # ---- cover (section 1)
    for _ in range(6):
        k.p("")
    k.p("รายงานผลการดำเนินการ", bold=True, align=CENTER, size=28)
    k.p("ตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, align=CENTER, size=24)
    k.p("ประจำปีงบประมาณ พ.ศ. 2568", bold=True, align=CENTER, size=24)
    for _ in range(8):
        k.p("")
    k.p("โรงพยาบาลศรีบุรินทร์", bold=True, align=CENTER, size=22)
    k.p("สำนักงานสาธารณสุขจังหวัด สำนักงานปลัดกระทรวงสาธารณสุข", align=CENTER, size=18)
    k.p("ตุลาคม 2568", align=CENTER, size=18)
    # ---- front matter (section 2, Thai letters)
    s2 = k.new_section(restart=1, fmt="thaiLetters", link=False)
    k.hf_para(s2.footer, [("PAGE",)], align=CENTER, size=14)
    k.p("คำนำ", bold=True, align=CENTER, size=20, after=12)
    k.p("โรงพยาบาลศรีบุรินทร์ได้จัดทำมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568 "
        "เพื่อใช้เป็นแนวทางในการยกระดับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) และการประเมิน "
        "MOIT ของกระทรวงสาธารณสุข รายงานฉบับนี้สรุปผลการดำเนินการตามมาตรการดังกล่าว ในรอบปีงบประมาณ พ.ศ. 2568 "
        "(1 ตุลาคม 2567 – 30 กันยายน 2568) เพื่อนำเสนอผู้อำนวยการโรงพยาบาลและเผยแพร่ต่อสาธารณะ", first=1.5, align=JUST)
    k.p("")
    k.p("กลุ่มงานบริหารทั่วไป", align=RIGHT)
    k.p("ตุลาคม 2568", align=RIGHT)
    k.page_break()
    k.p("สารบัญ", bold=True, align=CENTER, size=20, after=12)
    tt = k.table(0, 2, widths=[13.5, 2.5], borders="nil")
    for a, b in [("**เรื่อง**", "**หน้า**"), ("คำนำ", "ก"), ("สารบัญ", "ข"), ("ผลการประเมิน ITA / MOIT ปีงบประมาณ พ.ศ. 2567", "1"),
                 ("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "2"),
                 ("ปัญหา อุปสรรค และข้อเสนอแนะ", "5"), ("ภาคผนวก", "6")]:
        k.row(tt, [a, b], aligns=[LEFT, CENTER])
    # ---- body (section 3, landscape, arabic page numbers)
    s3 = k.new_section(landscape=True, margins=(2.2, 1.5, 1.8, 1.5), restart=1, fmt="decimal", link=False)
    k.hf_para(s3.header, ["โรงพยาบาลศรีบุรินทร์  |  รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ 2568"],
              align=LEFT, size=12, border_bottom=True)
    k.hf_para(s3.footer, ["หน้า ", ("PAGE",)], align=CENTER, size=14)
    k.p("1. ผลการประเมิน ITA / MOIT ปีงบประมาณ พ.ศ. 2567", bold=True, size=18, after=4)
    k.p("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ของสำนักงานปลัดกระทรวงสาธารณสุข "
        "ประจำปีงบประมาณ พ.ศ. 2567 ได้ 92.17 คะแนน ผ่านเกณฑ์ และผลการประเมิน MOIT ระดับโรงพยาบาล ของโรงพยาบาลศรีบุรินทร์ "
        "ผ่านเกณฑ์ครบ 22 ข้อ คิดเป็นร้อยละ 100", first=1.5, align=JUST, after=6)
    k.p("2. รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, size=18, after=4)
    W = [1.0, 4.2, 6.0, 3.2, 2.2, 3.6, 3.8, 3.2]
    HDR = ["ที่", "มาตรการ", "วิธีการดำเนินการ", "ผู้รับผิดชอบ", "ระยะเวลา", "สถานะการดำเนินงาน", "ผลการดำเนินงาน", "ผลลัพธ์"]
    parts = [(MEAS[0:3], True), (MEAS[3:6], True), (MEAS[6:8], False)]
    for pi, (ms, with_header) in enumerate(parts):
        t = k.table(0, 8, widths=W)
        if with_header:
            k.row(t, HDR, bold=True, align=CENTER, size=15, shade="DEEAF6")
        for m in ms:
            r = k.row(t, [m.num, m.title, m.steps, m.resp, m.period, "", m.detail, m.outc], size=14,
                      aligns=[CENTER] + [None] * 7)
            c = r.cells[5]
            for i, lab in enumerate(m.out.labels):
                para = c.paragraphs[0] if i == 0 else c.add_paragraph()
                k.sdt_checkbox(para, i in m.out.ticks, size=14)
                k.run(para, " " + lab, size=14)
        if pi < len(parts) - 1:
            k.page_break()
    k.p("")
    k.p("3. ปัญหา อุปสรรค และข้อเสนอแนะ", bold=True, size=18, after=4)
    k.p("1) บุคลากรบางส่วนยังไม่เข้าใจเกณฑ์การประเมิน MOIT  2) ระบบเว็บไซต์มีข้อจำกัดด้านพื้นที่จัดเก็บไฟล์ "
        "ข้อเสนอแนะ ควรจัดอบรมทบทวนเกณฑ์ก่อนเริ่มปีงบประมาณ", first=1.5)
    k.p("")
    for ln in ["ลงชื่อ ...................................................... ผู้รายงาน", "(นางวราภรณ์  ทองดี)",
               "นักจัดการงานทั่วไปชำนาญการ", "", "ลงชื่อ ...................................................... ผู้อนุมัติ",
               "(นายแพทย์ชัยวัฒน์  ศรีสุข)", "ผู้อำนวยการโรงพยาบาลศรีบุรินทร์"]:
        k.p(ln, align=CENTER, indent=12)
    k.save(os.path.join(OUT, NAME + ".docx"))

    # output = status boxes OR the detail text (either says what was done)
    for m in MEAS:
        ok = m.out.ok() or not blank(m.detail)
        m.ovr["output"] = "present" if ok else "missing"
    write_truth(NAME + ".docx", "results", 2568, AG, "measure", MEAS, problems=[
        "measure 2: responsible '(ระบุ)' placeholder",
        "measure 4: no status box ticked and output detail cell empty",
        "measure 6: two status boxes ticked and output detail '-'",
        "measure 7: no status box ticked (but the output detail states what was done)",
        "measure 8: outcome '-'",
        "monitoring stated only for measures 1, 3 and 5 (last step)",
    ], notes="""Word document in three sections: cover (no page number); front matter numbered with Thai letters
    (w:pgNumType fmt=thaiLetters: คำนำ = ก, สารบัญ = ข; the TOC lists 'ก', 'ข', then 1, 2, 5, 6); landscape body
    restarting at 1 with a running header (hospital | report title) and 'หน้า n' footer. The 8-column results
    table is split into THREE separate Word tables separated by page breaks: the header row is copied as an
    ordinary first row into the first two (no w:tblHeader) and the third table (measures 7–8) has no header at all.
    'สถานะการดำเนินงาน' holds three content-control check boxes per measure (w:sdt with w14:checkbox, glyph ☒/☐
    inside w:sdtContent - invisible to extractors that read only w:r children of w:p). Output is counted present
    when either exactly one status box is ticked or the 'ผลการดำเนินงาน' text says what was done: measure 7 has no
    box ticked but a full output text (present); measure 4 (no tick, empty text) and 6 (two ticks, '-') are
    missing. Numbers '1'–'8' in a 'ที่' column, steps as '1) 2) 3)' paragraphs in the cell. Scores (ITA 2567
    of สป.สธ. 92.17 ผ่าน; MOIT 22/22 = 100%) consistent.""")


if __name__ == "__main__":
    build()
