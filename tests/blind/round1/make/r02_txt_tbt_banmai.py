# R02: results FY2567, เทศบาลตำบลบ้านใหม่, PDF-to-text style .txt (tabs, HTML fragments in cells,
# form feeds between pages, checkbox inputs, spilled row across a page break)
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import *

NAME = "r02_tbt_banmai_results_2567.txt"
AG = "เทศบาลตำบลบ้านใหม่"

def cb(ticked):
    return "".join("<p>%s</p>" % x for x in checkbox_txt(STATUS3, ticked, "html"))

M = [
 {"no": "1", "title": "มาตรการเผยแพร่ข้อมูลต่อสาธารณะ",
  "steps": "<ul><li>แต่งตั้งผู้รับผิดชอบการเผยแพร่ข้อมูลตามหัวข้อ OIT</li><li>นำข้อมูลขึ้นเว็บไซต์และปรับปรุงให้เป็นปัจจุบัน</li></ul>",
  "resp": "สำนักปลัดเทศบาล", "status": [2],
  "outcome": "<p>เว็บไซต์เทศบาลมีข้อมูลครบถ้วนเป็นปัจจุบัน ผลคะแนน OIT ปี 2567 เพิ่มขึ้นจาก 78.50 เป็น 91.25 คะแนน</p>"},
 {"no": "2", "title": "มาตรการให้ผู้มีส่วนได้ส่วนเสียมีส่วนร่วม",
  "steps": "<p>จัดประชุมประชาคมระดับตำบลเพื่อรับฟังความคิดเห็นในการจัดทำแผนพัฒนาท้องถิ่น</p><p>ระยะเวลา: ม.ค. – มี.ค. 2567</p>",
  "resp": "กองยุทธศาสตร์และงบประมาณ", "status": [], "outcome": "-", "L": {"period": "present"}},
 {"no": "3", "title": "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
  "steps": "<ul><li>เผยแพร่แผนการจัดซื้อจัดจ้างและประกาศผู้ชนะการเสนอราคา</li><li>สรุปผลการจัดซื้อจัดจ้างรายเดือน และรายงานผลต่อนายกเทศมนตรีทุกเดือน</li></ul>",
  "resp": "กองคลัง (งานพัสดุ)", "status": [2],
  "outcome": "<p>เผยแพร่ สขร.1 ครบ 12 เดือน ไม่มีข้อร้องเรียนจากผู้ประกอบการ</p>", "L": {"monitoring": "present"}},
 {"no": "4", "title": "มาตรการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ",
  "steps": "<p>1. จัดทำคู่มือการจัดการเรื่องร้องเรียน<br>2. เปิดช่องทางร้องเรียน 5 ช่องทาง ได้แก่ ด้วยตนเอง โทรศัพท์ เว็บไซต์ Facebook และตู้รับเรื่องร้องเรียน<br>3. แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วันทำการ</p>",
  "resp": "สำนักปลัดเทศบาล (งานนิติการ)", "status": [2],
  "outcome": "<p>ปีงบประมาณ 2567 มีเรื่องร้องเรียนทั่วไป 18 เรื่อง ดำเนินการแล้วเสร็จ 18 เรื่อง คิดเป็นร้อยละ 100 ไม่มีเรื่องร้องเรียนการทุจริต</p>"},
 {"no": "5", "title": "มาตรการป้องกันการรับสินบน",
  "steps": "<p>ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และเผยแพร่ให้บุคลากรและประชาชนทราบ</p>",
  "resp": "นายกเทศมนตรี / ปลัดเทศบาล", "status": [1, 2],
  "outcome": "<p>บุคลากรรับทราบนโยบายครบทุกคน</p>"},
 {"no": "6", "title": "มาตรการป้องกันการขัดกันระหว่างผลประโยชน์ส่วนตนและผลประโยชน์ส่วนรวม",
  "steps": "<p>จัดทำคู่มือการปฏิบัติงานเพื่อป้องกันผลประโยชน์ทับซ้อน และอบรมให้ความรู้แก่บุคลากร</p><p>ระยะเวลา: ก.ค. 2567</p>",
  "resp": "สำนักปลัดเทศบาล", "status": [1], "outcome": "<p>อยู่ระหว่างดำเนินการ</p>", "L": {"period": "present"}},
 {"no": "7", "title": "มาตรการกำกับการใช้ทรัพย์สินของทางราชการ",
  "steps": "<ul><li>จัดทำแนวปฏิบัติการยืม-คืนพัสดุและยานพาหนะ</li><li>ตรวจสอบพัสดุประจำปี และรายงานผลให้นายกเทศมนตรีทราบทุกไตรมาส</li></ul>",
  "resp": "กองคลัง", "status": [2],
  "outcome": "<p>การยืม-คืนทรัพย์สินเป็นไปตามแนวปฏิบัติ ตรวจพบพัสดุชำรุด 12 รายการ ดำเนินการจำหน่ายแล้ว</p>", "L": {"monitoring": "present"}},
]
HDR = "ลำดับ\tมาตรการ\tวิธีการดำเนินการ\tผู้รับผิดชอบ\tสถานะการดำเนินการ\tผลลัพธ์หรือความสำเร็จของการดำเนินการ"
def row(m, outcome=None):
    return "\t".join([m["no"], "<p>%s</p>" % m["title"], m["steps"], m["resp"], cb(m["status"]), outcome if outcome is not None else m["outcome"]])

pages = []
pages.append("""


รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม
และความโปร่งใสภายในหน่วยงาน
ประจำปีงบประมาณ พ.ศ. 2567



เทศบาลตำบลบ้านใหม่
อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา
""")
pages.append("""สารบัญ
เรื่อง	หน้า
ส่วนที่ 1 บทนำ	1
ส่วนที่ 2 ผลการดำเนินการตามมาตรการ	2
ส่วนที่ 3 ปัญหาและอุปสรรค	4
ภาคผนวก	5
ก
""")
pages.append("""- 1 -
ส่วนที่ 1 บทนำ
ตามที่เทศบาลตำบลบ้านใหม่ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี
งบประมาณ พ.ศ. 2567 เมื่อวันที่ 20 ธันวาคม 2566 เพื่อเป็นแนวทางในการยกระดับผลการประเมินคุณธรรม
และความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) โดยผลการประเมิน ITA ปี 2566 เทศบาลได้
คะแนน 82.16 คะแนน อยู่ในระดับ ไม่ผ่าน (เกณฑ์ผ่าน 85 คะแนน)
บัดนี้ การดำเนินการตามมาตรการดังกล่าวได้ดำเนินการเสร็จสิ้นแล้ว งานนิติการ สำนักปลัดเทศบาล จึงได้
สรุปผลการดำเนินการตามมาตรการ เพื่อรายงานให้ผู้บริหารทราบ และเผยแพร่ต่อสาธารณะ ดังนี้
""")
p2 = ["- 2 -", "ส่วนที่ 2 ผลการดำเนินการตามมาตรการ", HDR]
for m in M[:4]:
    if m["no"] == "4":
        p2.append(row(m, "<p>ปีงบประมาณ 2567 มีเรื่องร้องเรียนทั่วไป 18 เรื่อง ดำเนินการแล้วเสร็จ</p>"))
    else:
        p2.append(row(m))
pages.append("\n".join(p2) + "\n")
# page 3: header repeated, then the spilled part of row 4 with empty leading cells
p3 = ["- 3 -", HDR,
      "\t\t\t\t\t<p>18 เรื่อง คิดเป็นร้อยละ 100 ไม่มีเรื่องร้องเรียนการทุจริต</p>"]
for m in M[4:6]:
    p3.append(row(m))
pages.append("\n".join(p3) + "\n")
# page 4: header NOT repeated
p4 = ["- 4 -", row(M[6]), "",
      "ส่วนที่ 3 ปัญหาและอุปสรรค",
      "1. การดำเนินการบางมาตรการไม่เป็นไปตามระยะเวลาที่กำหนด เนื่องจากภารกิจเร่งด่วนด้านสาธารณภัย",
      "2. ขาดการบันทึกหลักฐานการดำเนินการอย่างเป็นระบบ",
      "", "", "(ลงชื่อ)\t\t\tผู้รายงาน", "(นางวราภรณ์ ชัยมงคล)", "นิติกรชำนาญการ",
      "", "(ลงชื่อ)\t\t\t", "(นายธนพล บุญเรือง)", "นายกเทศมนตรีตำบลบ้านใหม่", "30 กันยายน 2567"]
pages.append("\n".join(p4) + "\n")
pages.append("""- 5 -
ภาคผนวก
ภาพกิจกรรมประกอบการดำเนินการตามมาตรการ
""")
write(NAME, "\f".join(pages))

write_truth(NAME, "results", 2567, AG, "measure", M,
  problems=["measure 2: no status box ticked and outcome '-'",
            "measure 5: two status boxes ticked (อยู่ระหว่างการดำเนินการ and ดำเนินการแล้วเสร็จ)",
            "measure 6: outcome 'อยู่ระหว่างดำเนินการ'",
            "no period column; period stated only for measures 2 and 6",
            "score: ITA 2566 82.16 'ไม่ผ่าน' (consistent with 85 pass mark)"],
  notes="Text as a PDF table extractor gives it: form feeds between pages, '- n -' page numbers, tab-separated rows, "
        "cells with <p>, <br>, <ul><li> and <input type=checkbox> fragments. Output is only the status check boxes "
        "(exactly one ticked => output present). Row 4's outcome is cut by the page break: page 3 repeats the header "
        "and then has a row with five empty leading cells carrying the rest of row 4's outcome (not a new measure). "
        "Page 4 continues without a header row. Monitoring only inside the steps text of measures 3 and 7. "
        "Cover page and TOC (page 'ก') precede the report. Measure 4's step 'แจ้งผลการดำเนินการให้ผู้ร้องทราบภายใน 15 วันทำการ' "
        "is part of complaint handling (reporting to the complainant), not monitoring/reporting of the measure: monitoring missing.")
