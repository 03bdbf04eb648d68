# P01: plan FY2570, กรมพัฒนาพลังงานชุมชน, DOCX landscape: 8 columns, two-row header ('ระยะเวลาดำเนินการ' over four
# quarter columns ticked with ✓), merged strategy group rows, repeated header rows, cover page, general
# monitoring section after the table, signature blocks (ผู้เสนอ/ผู้เห็นชอบ/ผู้อนุมัติแผน).
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import *
from docxkit import *

NAME = "p01_dept_energy_plan_2570.docx"
AG = "กรมพัฒนาพลังงานชุมชน"
F = "TH SarabunPSK"
Q = ["ต.ค. – ธ.ค. 69", "ม.ค. – มี.ค. 70", "เม.ย. – มิ.ย. 70", "ก.ค. – ก.ย. 70"]
M = [
 {"group": "ยุทธศาสตร์ที่ 1 ปลูกฝังวัฒนธรรมองค์กรสุจริตและต่อต้านการทุจริต"},
 {"no": "1", "title": "โครงการเสริมสร้างวัฒนธรรมองค์กรสุจริต “พลังงานสะอาด ใจสะอาด”", "budget": "250,000", "resp": "ศูนย์ปฏิบัติการต่อต้านการทุจริต", "q": [2, 3]},
 {"no": "2", "title": "กิจกรรมประกาศเจตนารมณ์สุจริตและนโยบาย No Gift Policy ของอธิบดี", "budget": "-", "resp": "ศูนย์ปฏิบัติการต่อต้านการทุจริต / กองกลาง", "q": [1]},
 {"no": "3", "title": "หลักสูตรอบรมออนไลน์การป้องกันผลประโยชน์ทับซ้อนสำหรับบุคลากรบรรจุใหม่", "budget": "80,000", "resp": "กองการเจ้าหน้าที่", "q": [2, 3, 4]},
 {"group": "ยุทธศาสตร์ที่ 2 เสริมสร้างความโปร่งใสในการปฏิบัติราชการ"},
 {"no": "4", "title": "ปรับปรุงการเปิดเผยข้อมูลสาธารณะบนเว็บไซต์กรมตามเกณฑ์ OIT ประจำปี 2570", "budget": "-", "resp": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร", "q": [1, 2]},
 {"no": "5", "title": "เปิดเผยข้อมูลการจัดซื้อจัดจ้างและสัญญาโครงการติดตั้งระบบผลิตไฟฟ้าพลังงานแสงอาทิตย์ในชุมชน", "budget": "-", "resp": "กองคลัง / กองพัฒนาพลังงานทดแทนชุมชน", "q": [1, 2, 3, 4]},
 {"no": "6", "title": "จัดทำข้อตกลงคุณธรรม (Integrity Pact) โครงการขนาดใหญ่", "budget": "-", "resp": "", "q": [2, 3]},
 {"no": "7", "title": "ประเมินความเสี่ยงการทุจริตในกระบวนงานอนุมัติเงินอุดหนุนชุมชน และจัดทำแผนบริหารความเสี่ยง", "budget": "40,000", "resp": "กลุ่มตรวจสอบภายใน ร่วมกับ ศูนย์ปฏิบัติการต่อต้านการทุจริต", "q": [1, 2]},
 {"group": "ยุทธศาสตร์ที่ 3 พัฒนาระบบการรับเรื่องร้องเรียนและการมีส่วนร่วม"},
 {"no": "8", "title": "พัฒนาระบบรับเรื่องร้องเรียนออนไลน์ที่ผู้ร้องสามารถติดตามสถานะได้", "budget": "350,000", "resp": "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร / กลุ่มกฎหมาย", "q": [2, 3, 4]},
 {"no": "9", "title": "เปิดโอกาสให้ผู้แทนชุมชนผู้รับประโยชน์ร่วมสังเกตการณ์การตรวจรับงาน", "budget": "60,000", "resp": "สำนักงานพลังงานชุมชนภาค 1 – 6", "q": []},
 {"no": "10", "title": "สำรวจความพึงพอใจและการรับรู้ของผู้รับบริการต่อความโปร่งใสของกรม", "budget": "150,000", "resp": "กองแผนงาน", "q": [4]},
]
for m in M:
    if not m.get("group"):
        m["period"] = ", ".join(Q[i - 1] for i in m["q"])
        m["mon"] = "general"  # stated once for the whole plan (section 3)

d = new_doc(F, 16)
s = d.sections[0]
for _ in range(7): para(d, "")
para(d, "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส", bold=True, size=28, align=CENTER)
para(d, "ประจำปีงบประมาณ พ.ศ. 2570", bold=True, size=26, align=CENTER)
for _ in range(9): para(d, "")
para(d, "กรมพัฒนาพลังงานชุมชน", bold=True, size=22, align=CENTER)
para(d, "กระทรวงพลังงาน", bold=True, size=20, align=CENTER)
s2 = new_section(d, landscape=True, restart_numbering=True)
s2.header.is_linked_to_previous = False; s2.footer.is_linked_to_previous = False
header_text(s2, d, "แผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570  กรมพัฒนาพลังงานชุมชน", size=12)
footer_dash(s2, d, size=14, where="footer")
para(d, "1. หลักการและเหตุผล", bold=True, size=18)
para(d, "กรมพัฒนาพลังงานชุมชนได้รับผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2569 ได้คะแนน 93.26 คะแนน อยู่ในระดับ ผ่าน เพื่อรักษามาตรฐานและยกระดับผลการประเมินอย่างต่อเนื่อง กรมจึงจัดทำแผนปฏิบัติการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2570 ให้สอดคล้องกับยุทธศาสตร์ชาติว่าด้วยการป้องกันและปราบปรามการทุจริต และแผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นการต่อต้านการทุจริตและประพฤติมิชอบ", first=2.0, align=JUSTIFY)
para(d, "2. โครงการ/กิจกรรมตามแผนปฏิบัติการ", bold=True, size=18, space_after=6)
t = table(d, 2 + len(M), 8)
H1 = ["ที่", "โครงการ/กิจกรรม", "งบประมาณ (บาท)", "หน่วยงานรับผิดชอบ", "ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. 2570)", "", "", ""]
for i, h in enumerate(H1):
    cell_text(t.cell(0, i), h, bold=True, align=CENTER, font=F, size=14); shade(t.cell(0, i), "DDEBF7")
for i, h in enumerate(Q):
    cell_text(t.cell(1, 4 + i), ["ไตรมาส %d" % (i + 1), h], bold=True, align=CENTER, font=F, size=13); shade(t.cell(1, 4 + i), "DDEBF7")
for i in range(4):
    c = t.cell(0, i).merge(t.cell(1, i))
    cell_text(c, H1[i], bold=True, align=CENTER, font=F, size=14)
c = t.cell(0, 4).merge(t.cell(0, 7))
cell_text(c, "ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. 2570)", bold=True, align=CENTER, font=F, size=14)
repeat_header(t.rows[0]); repeat_header(t.rows[1])
for k, m in enumerate(M, 2):
    if m.get("group"):
        c = t.cell(k, 0).merge(t.cell(k, 7))
        cell_text(c, m["group"], bold=True, font=F, size=14); shade(c, "F2F2F2")
        continue
    cell_text(t.cell(k, 0), m["no"], font=F, size=14, align=CENTER)
    cell_text(t.cell(k, 1), m["title"], font=F, size=14)
    cell_text(t.cell(k, 2), m["budget"], font=F, size=14, align=CENTER if m["budget"] == "-" else RIGHT)
    cell_text(t.cell(k, 3), m["resp"], font=F, size=14)
    for qi in range(4):
        cell_text(t.cell(k, 4 + qi), "✓" if (qi + 1) in m["q"] else "", font=F, size=14, align=CENTER)
col_widths(t, [1.0, 8.4, 2.4, 5.6, 2.1, 2.1, 2.1, 2.1])
para(d, "")
para(d, "3. การติดตามและรายงานผล", bold=True, size=18)
para(d, "ให้หน่วยงานรับผิดชอบโครงการ/กิจกรรมตามแผนรายงานผลความก้าวหน้าต่อศูนย์ปฏิบัติการต่อต้านการทุจริตทุกไตรมาส ภายในวันที่ 10 ของเดือนถัดจากสิ้นไตรมาส เพื่อสรุปรายงานอธิบดีรอบ 6 เดือน และรอบ 12 เดือน และเผยแพร่ทางเว็บไซต์ของกรม", first=2.0, align=JUSTIFY)
para(d, "")
sig = table(d, 4, 3, style="Normal Table")
for i, (a, b, c_) in enumerate([("ผู้เสนอแผน", "ผู้เห็นชอบแผน", "ผู้อนุมัติแผน"),
                                 ("(นางสาวปิยะนุช วัฒนกุล)", "(นายสมชาย เรืองศรี)", "(นายอนันต์ ศรีประเสริฐ)"),
                                 ("ผู้อำนวยการศูนย์ปฏิบัติการต่อต้านการทุจริต", "รองอธิบดีกรมพัฒนาพลังงานชุมชน", "อธิบดีกรมพัฒนาพลังงานชุมชน"),
                                 ("วันที่ 25 ก.ย. 2569", "วันที่ 28 ก.ย. 2569", "วันที่ 30 ก.ย. 2569")]):
    for j, x in enumerate((a, b, c_)):
        cell_text(sig.cell(i, j), x, font=F, size=15, align=CENTER, bold=(i == 0))
d.save(os.path.join(OUT, NAME))

write_truth(NAME, "plan", 2570, AG, "activity", M,
  problems=["activity 6: responsible unit cell blank", "activity 9: no quarter ticked (no period)",
            "no steps/methods stated for any activity (plan lists activities only)"],
  notes="Landscape plan table, 8 columns, two header rows: 'ระยะเวลาดำเนินการ (ปีงบประมาณ พ.ศ. 2570)' spans four "
        "quarter sub-columns (ไตรมาส 1 'ต.ค. – ธ.ค. 69' … ไตรมาส 4 'ก.ค. – ก.ย. 70'); the period of an activity is given "
        "only by ✓ marks in those columns. Three full-width merged group rows 'ยุทธศาสตร์ที่ 1–3' (not activities). "
        "Both header rows are w:tblHeader. Monitoring is not in the table: section 3 'การติดตามและรายงานผล' states once, "
        "for every project/activity in the plan, quarterly progress reporting — an assessor accepts it for each activity, "
        "so monitoring is labelled present for all. Cover page; signature table ผู้เสนอ/ผู้เห็นชอบ/ผู้อนุมัติแผน at the end.")
