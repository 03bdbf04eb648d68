"""r07: community college, results FY 2569, text as an OCR/layout service exports it: HTML comments for page
header/footer/number/break, form feeds, tab-separated table rows with HTML fragments in cells, '(ต่อ)' lines
between table parts, a row continued after a page break with empty leading cells."""
from common import *

NAME = "r07_cc_maenamsai_results_2569"
AG = "วิทยาลัยชุมชนแม่น้ำสาย"
LB = ["ดำเนินการแล้วเสร็จ", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ"]


def boxes(b):
    return "<br>".join('<input type="checkbox"%s/> %s' % (' checked=""' if i in b.ticks else "", l)
                       for i, l in enumerate(b.labels))


MEAS = [
    M("๑", "มาตรการเปิดเผยข้อมูลสาธารณะของวิทยาลัย",
      steps=["ทบทวนรายการข้อมูลตามเกณฑ์ OIT", "มอบหมายผู้รับผิดชอบนำข้อมูลขึ้นเว็บไซต์", "ตรวจสอบความครบถ้วนก่อนวันที่ ๓๑ มี.ค. ๖๙"],
      resp="งานแผนและงบประมาณ<br>งานประชาสัมพันธ์", period="ต.ค. ๒๕๖๘ – มี.ค. ๒๕๖๙",
      mon="ติดตามผล: รายงานผู้อำนวยการวิทยาลัยทุกเดือน",
      out=Boxes(0, labels=LB), detail="เผยแพร่ข้อมูลบนเว็บไซต์ครบ ๓๖ รายการ",
      outc="ผลการประเมิน OIT ของวิทยาลัยได้ ๙๖.๕๐ คะแนน", prob="-"),
    M("๒", "มาตรการส่งเสริมความโปร่งใสในการรับสมัครนักศึกษาและการให้ทุนการศึกษา",
      steps=["ประกาศหลักเกณฑ์การรับสมัครและการพิจารณาทุนผ่านเว็บไซต์และเพจ", "แต่งตั้งคณะกรรมการพิจารณาทุนจากภายนอกร่วม"],
      resp="งานกิจการนักศึกษา", period="พ.ย. ๒๕๖๘ – มิ.ย. ๒๕๖๙", mon="",
      out=Boxes(0, 1, labels=LB), detail="",
      outc="นักศึกษาและผู้ปกครองรับทราบหลักเกณฑ์ ไม่มีข้อร้องเรียนเรื่องการให้ทุน", prob="คณะกรรมการภายนอกเข้าร่วมไม่ครบ"),
    M("๓", "มาตรการป้องกันการรับสินบนและการเรียกรับผลประโยชน์",
      steps=["ประกาศเจตนารมณ์ No Gift Policy", "จัดทำทะเบียนรับแจ้งการรับของขวัญ"],
      resp="งานบริหารทั่วไป", period="ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙",
      mon="ติดตามผล: สรุปทะเบียนรายงานผู้อำนวยการทุก ๖ เดือน",
      out=Boxes(0, labels=LB), detail="ประกาศเจตนารมณ์เมื่อ ๑๗ ต.ค. ๒๕๖๘ ไม่มีการรับของขวัญในทะเบียน",
      outc="บุคลากรร้อยละ ๑๐๐ ลงนามรับทราบ ไม่มีเรื่องร้องเรียน", prob="-"),
    M("๔", "มาตรการบริหารและใช้ทรัพย์สินของราชการอย่างถูกต้อง",
      steps=["ทบทวนคู่มือการยืมคืนพัสดุและห้องปฏิบัติการ", "ตรวจนับพัสดุประจำปี"],
      resp="งานพัสดุ", period="ม.ค. – ก.ย. ๒๕๖๙", mon="",
      out=Boxes(labels=LB), detail="",
      outc="-", prob="อยู่ระหว่างตรวจนับพัสดุ"),
    M("๕", "มาตรการจัดการเรื่องร้องเรียนและแจ้งเบาะแสการทุจริต",
      steps=["จัดช่องทางร้องเรียน ๔ ช่องทาง", "ประชาสัมพันธ์ช่องทางแก่นักศึกษาและชุมชน"],
      resp="งานบริหารทั่วไป<br>(นิติการ)", period="ต.ค. ๒๕๖๘ – ก.ย. ๒๕๖๙",
      mon="ติดตามผล: รายงานสถิติเรื่องร้องเรียนต่อสภาวิทยาลัยทุกไตรมาส",
      out=Boxes(0, labels=LB), detail="",
      outc="อยู่ระหว่างดำเนินการ", prob="-"),
    M("๖", "มาตรการเสริมสร้างวัฒนธรรมสุจริตของนักศึกษาและบุคลากร",
      steps=["จัดกิจกรรม “ชมรม STRONG จิตพอเพียงต้านทุจริต”", "บูรณาการหลักสูตรต้านทุจริตในรายวิชาศึกษาทั่วไป"],
      resp="-", period="ภาคเรียนที่ ๒/๒๕๖๘ – ๑/๒๕๖๙",
      out=Boxes(0, labels=LB), detail="จัดกิจกรรมชมรม ๔ ครั้ง ผู้เข้าร่วม ๓๑๒ คน บูรณาการใน ๓ รายวิชา",
      outc="นักศึกษามีความรู้เรื่องการต่อต้านการทุจริต (ผลทดสอบผ่านร้อยละ ๘๘)", prob="-"),
    M("๗", "มาตรการเผยแพร่ผลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ",
      steps=["จัดทำแผนการจัดซื้อจัดจ้างประจำปีและเผยแพร่", "เผยแพร่ผลการใช้จ่ายงบประมาณรอบ ๖ เดือน"],
      resp="งานการเงินและบัญชี<br>งานพัสดุ", period="......",
      mon="ติดตามผล: เสนอผลการเบิกจ่ายต่อที่ประชุมคณะกรรมการบริหารวิทยาลัยทุกเดือน",
      out=Boxes(0, labels=LB), detail="เผยแพร่แผนจัดซื้อจัดจ้าง ๑ ฉบับ และรายงานรอบ ๖ เดือน",
      outc="การเบิกจ่ายงบประมาณ ร้อยละ ๙๔.๓๐ ของแผน", prob="-"),
]


def row(m, cont=False):
    mc = "<p>%s</p>" % m.title
    if m.steps:
        mc += "<ul>" + "".join("<li>%s</li>" % s for s in m.steps) + "</ul>"
    if m.mon:
        mc += "<p>%s</p>" % m.mon
    out = boxes(m.out) + ("<p>%s</p>" % m.detail if m.detail else "")
    return "\t".join([m.num, mc, m.resp, m.period, out, m.outc, m.prob])


HDR = "ลำดับ\tมาตรการ/กิจกรรม\tผู้รับผิดชอบ\tระยะเวลาดำเนินการ\tผลการดำเนินงาน\tผลลัพธ์/ความสำเร็จ\tปัญหาอุปสรรค"
PH = '<!-- PageHeader="วิทยาลัยชุมชนแม่น้ำสาย สถาบันวิทยาลัยชุมชน" -->'


def build():
    L = []
    L += ['<!-- PageHeader="สถาบันวิทยาลัยชุมชน" -->', "", "วิทยาลัยชุมชนแม่น้ำสาย", "",
          "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
          "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", "(๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙)", "",
          "๑. บทนำ", "",
          "ตามที่สถาบันวิทยาลัยชุมชนได้รับผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) "
          "ประจำปีงบประมาณ พ.ศ. ๒๕๖๘ ได้ ๘๘.๗๐ คะแนน ผ่านเกณฑ์การประเมิน วิทยาลัยชุมชนแม่น้ำสายในฐานะหน่วยงานในสังกัด "
          "จึงได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ จำนวน ๗ มาตรการ "
          "และรายงานผลการดำเนินการ ดังนี้", "",
          "๒. ผลการดำเนินการ", "",
          "ตารางที่ ๑ ผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "",
          HDR, row(MEAS[0]), row(MEAS[1]), row(MEAS[2]), "",
          '<!-- PageFooter="รายงานผล ITA ๒๕๖๙ วิทยาลัยชุมชนแม่น้ำสาย" -->', '<!-- PageNumber="๑" -->', "<!-- PageBreak -->", "\f" + PH, "",
          "ตารางที่ ๑ (ต่อ)", "", HDR, row(MEAS[3]), row(MEAS[4])]
    # measure 6 cut by the page break: first part on page 2, rest on page 3 with empty leading cells
    m = MEAS[5]
    first = "\t".join([m.num, "<p>%s</p><ul><li>%s</li>" % (m.title, m.steps[0]), m.resp, m.period,
                       boxes(m.out), "", ""])
    rest = "\t".join(["", "<li>%s</li></ul>" % m.steps[1], "", "", "<p>%s</p>" % m.detail, m.outc, m.prob])
    L += [first, "", '<!-- PageFooter="รายงานผล ITA ๒๕๖๙ วิทยาลัยชุมชนแม่น้ำสาย" -->', '<!-- PageNumber="๒" -->',
          "<!-- PageBreak -->", "\f" + PH, "", "(ต่อ)", "", rest, row(MEAS[6]), "",
          "๓. สรุปผล", "",
          "ดำเนินการแล้วเสร็จ ๕ มาตรการ อยู่ระหว่างดำเนินการ ๑ มาตรการ และยังไม่ได้ดำเนินการ ๑ มาตรการ "
          "วิทยาลัยจะนำผลการดำเนินการไปใช้ในการจัดทำมาตรการ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ต่อไป", "",
          "ลงชื่อ ...................................... ผู้รายงาน", "(นางสาวอรอุมา ใจดี)", "หัวหน้างานแผนและงบประมาณ", "",
          "ลงชื่อ ...................................... ", "(ผู้ช่วยศาสตราจารย์สมชาย แก้วประเสริฐ)", "ผู้อำนวยการวิทยาลัยชุมชนแม่น้ำสาย", "",
          '<!-- PageFooter="รายงานผล ITA ๒๕๖๙ วิทยาลัยชุมชนแม่น้ำสาย" -->', '<!-- PageNumber="๓" -->', ""]
    save_text(NAME + ".txt", "\n".join(L))

    for m in MEAS:
        m.ovr["output"] = "present" if (m.out.ok() or not blank(m.detail)) else "missing"
    write_truth(NAME + ".txt", "results", 2569, AG, "measure", MEAS, problems=[
        "measure 2: two status boxes ticked, no output text; no monitoring",
        "measure 4: no status box ticked, no output text; outcome '-'; no monitoring",
        "measure 5: outcome 'อยู่ระหว่างดำเนินการ'",
        "measure 6: responsible '-'; no monitoring",
        "measure 7: period '......'",
        "summary says 5 done / 1 in progress / 1 not done, which does not match the boxes (2 defective)",
    ], notes="""Text as a layout/OCR service exports a PDF: HTML comments <!-- PageHeader=… -->, <!-- PageFooter=… -->,
    <!-- PageNumber="๑" --> (Thai digits), <!-- PageBreak --> followed by a form feed; the table is tab-separated
    with HTML fragments in cells (<p>, <ul><li>, <br>, <input type="checkbox" checked=""/>). The header is repeated
    on page 2 after 'ตารางที่ ๑ (ต่อ)' but not on page 3, which starts with a bare '(ต่อ)' line and the rest of
    row ๖ (cut by the page break: empty number/responsible/period/status cells, the closing <li></ul> of its
    steps, its output text, outcome and problem) - part of measure 6, not a new measure. Thai-digit numbers in the
    'ลำดับ' column. Steps are the <ul> inside the measure cell, monitoring a 'ติดตามผล: …' paragraph inside it. Output
    counted present when exactly one box is ticked or an output text is given (measure 5: one tick, no text =
    present). Extra column 'ปัญหาอุปสรรค' is not an element. Score (สถาบันวิทยาลัยชุมชน ITA 2568 88.70 ผ่าน)
    consistent.""")


if __name__ == "__main__":
    build()
