# R05: results FY2569, โรงพยาบาลบ้านโคกสูง, Word "save as web page" HTML in windows-874,
# 8 columns with mixed English headers, rowspan issue cells grouping numbered activities 1.1, 1.2 …,
# Word content-control check boxes (☒/☐ as character references).
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import *
import wordhtml as W

NAME = "r05_hosp_khoksung_results_2569.html"
AG = "โรงพยาบาลบ้านโคกสูง"

def status(ticked):
    return [("☒ " if i in ticked else "☐ ") + o for i, o in enumerate(STATUS3)]

ISS = [
 ("ประเด็นที่ 1 การเปิดเผยข้อมูลสาธารณะ (MOIT)", [
  {"no": "1.1", "title": "เผยแพร่ข้อมูลผลการดำเนินงานและการใช้จ่ายงบประมาณบนเว็บไซต์โรงพยาบาล",
   "steps": "วิธีการ: มอบหมายผู้รับผิดชอบข้อมูลรายหัวข้อ ตรวจทานก่อนนำขึ้นเว็บไซต์", "resp": "งานเทคโนโลยีสารสนเทศ",
   "period": "ต.ค. 68 – ก.ย. 69", "status": [2], "output": "เผยแพร่ข้อมูลครบ 24 รายการตามเกณฑ์ MOIT",
   "outcome": "ผ่านเกณฑ์ MOIT ร้อยละ 100 ประชาชนเข้าถึงข้อมูลของโรงพยาบาลได้"},
  {"no": "1.2", "title": "เผยแพร่แผนการจัดซื้อจัดจ้างและรายงานผลการจัดซื้อจัดจ้างรายเดือน",
   "steps": "วิธีการ: จัดทำแผนในระบบ e-GP และสรุปผลรายเดือนตามแบบ สขร.1", "resp": "งานพัสดุ กลุ่มงานบริหารทั่วไป",
   "period": "ต.ค. 68 – ก.ย. 69", "status": [2], "output": "แผนจัดซื้อจัดจ้าง 1 ฉบับ สขร.1 ครบ 12 เดือน",
   "outcome": "รอผลการประเมิน ITA ปี 2570"},
  {"no": "1.3", "title": "เผยแพร่ข้อมูลสถิติการให้บริการผู้ป่วยนอก/ผู้ป่วยใน รายไตรมาส",
   "steps": "", "resp": "-", "period": "ไตรมาส 1–4", "status": [2], "output": "เผยแพร่ 4 ไตรมาส",
   "outcome": "ผู้มีส่วนได้ส่วนเสียใช้ข้อมูลประกอบการวางแผนบริการสุขภาพในพื้นที่"},
 ]),
 ("ประเด็นที่ 2 การป้องกันการทุจริตและผลประโยชน์ทับซ้อน", [
  {"no": "2.1", "title": "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy) และรายงานการรับของขวัญ",
   "steps": "วิธีการ: ผู้อำนวยการลงนามประกาศ แจ้งเวียนทุกกลุ่มงาน ติดตามโดยคณะกรรมการ ITA โรงพยาบาลทุกเดือน",
   "resp": "ผู้อำนวยการโรงพยาบาล / กลุ่มงานบริหารทั่วไป", "period": "ต.ค. 68", "status": [2],
   "output": "ประกาศ 1 ฉบับ รายงานการรับของขวัญ 12 เดือน (ไม่มีการรับ)",
   "outcome": "บุคลากรไม่รับของขวัญจากการปฏิบัติหน้าที่ ร้อยละ 100", "L": {"monitoring": "present"}},
  {"no": "2.2", "title": "ประเมินความเสี่ยงการทุจริตในกระบวนการเบิกจ่ายค่าตอบแทน",
   "steps": "วิธีการ: ใช้แบบประเมินความเสี่ยงของกระทรวงสาธารณสุข", "resp": "คณะกรรมการบริหารความเสี่ยง",
   "period": "ม.ค. – มี.ค. 69", "status": [], "output": "", "outcome": "-"},
 ]),
 ("ประเด็นที่ 3 คุณภาพการให้บริการ (EIT)", [
  {"no": "3.1", "title": "ลดระยะเวลารอคอยของผู้รับบริการแผนกผู้ป่วยนอก",
   "steps": "วิธีการ: เพิ่มจุดคัดกรอง ใช้ระบบจองคิวออนไลน์ “หมอพร้อม”", "resp": "กลุ่มงานการพยาบาล / งานผู้ป่วยนอก",
   "period": "พ.ย. 68 – ก.ย. 69", "status": [1], "output": "ลดเวลารอคอยเฉลี่ยจาก 2.45 ชม. เหลือ 1.50 ชม.",
   "outcome": "ผู้ป่วยพึงพอใจร้อยละ 88.6"},
  {"no": "3.2", "title": "เพิ่มช่องทางรับฟังความคิดเห็นและข้อร้องเรียนผ่าน Line OA โรงพยาบาล",
   "steps": "", "resp": "ศูนย์รับเรื่องร้องเรียน", "period": "ต.ค. 68 – ก.ย. 69", "status": [2],
   "output": "รับเรื่อง 41 เรื่อง ตอบกลับภายใน 3 วัน 39 เรื่อง",
   "outcome": "ข้อร้องเรียนได้รับการแก้ไขร้อยละ 95.1"},
 ]),
]
M = [a for _, acts in ISS for a in acts]

rows = []
hdr = ["ประเด็นที่ต้องพัฒนา", "ที่", "มาตรการ / กิจกรรม<br>(Measures / Activities)", "ผู้รับผิดชอบ<br>(Responsible)",
       "Timeline", "สถานะ (Status)", "Output", "Outcome / KPI"]
wid = [110, 36, 190, 110, 80, 150, 150, 150]
rows.append(W.tr([W.td([h], w, bold=True, align="center", bg="#D9E2F3", raw=True) for h, w in zip(hdr, wid)], header=True))
for iss, acts in ISS:
    for k, a in enumerate(acts):
        cells = []
        if k == 0:
            cells.append(W.td([iss], wid[0], rowspan=len(acts), bold=True))
        title = [a["title"]] + ([a["steps"]] if a["steps"] else [])
        cells += [W.td([a["no"]], wid[1], align="center"), W.td(title, wid[2]), W.td([a["resp"]], wid[3]),
                  W.td([a["period"]], wid[4], align="center"), W.td(status(a["status"]), wid[5]),
                  W.td([a["output"]] if a["output"] else [], wid[6]), W.td([a["outcome"]], wid[7])]
        rows.append(W.tr(cells))

body = []
body.append(W.p("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, align="center", size=18))
body.append(W.p("ประจำปีงบประมาณ พ.ศ. 2569", bold=True, align="center", size=18))
body.append(W.p("โรงพยาบาลบ้านโคกสูง สำนักงานสาธารณสุขจังหวัดชัยภูมิ", bold=True, align="center", size=18))
body.append(W.p(""))
body.append(W.p("โรงพยาบาลบ้านโคกสูงได้นำผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ปีงบประมาณ พ.ศ. 2568 (MOPH ITA) ซึ่งโรงพยาบาลได้คะแนนร้อยละ 90.15 มากำหนดมาตรการและกิจกรรมเพื่อพัฒนาการดำเนินงาน จำนวน 3 ประเด็น 7 กิจกรรม โดยมีผลการดำเนินการ ณ วันที่ 30 กันยายน 2569 ดังนี้"))
body.append(W.p(""))
body.append(W.table(rows))
body.append(W.p(""))
body.append(W.p("หมายเหตุ  ☒ = สถานะการดำเนินการ ณ สิ้นปีงบประมาณ", size=14, raw=False))
body.append(W.p(""))
body.append(W.p("ผู้รายงาน  นางสาวรัชนีกร พรหมวงศ์  นักวิชาการสาธารณสุขชำนาญการ", align="right"))
body.append(W.p("ผู้อนุมัติ  นายแพทย์ธีรวัฒน์ เจริญสุข  ผู้อำนวยการโรงพยาบาลบ้านโคกสูง", align="right"))
body.append(W.p("วันที่  6 ตุลาคม 2569", align="right"))
html = W.page("รายงานผลการดำเนินการตามมาตรการ ITA 2569", "\n".join(body), charset="windows-874", landscape=True)
with open(os.path.join(OUT, NAME), "wb") as f:
    f.write(html.replace("\n", "\r\n").encode("cp874", errors="xmlcharrefreplace"))

write_truth(NAME, "results", 2569, AG, "activity", M,
  problems=["1.2: outcome is only 'รอผลการประเมิน ITA ปี 2570' (no outcome)",
            "1.3: responsible is '-'",
            "2.2: no status box ticked, output cell blank, outcome '-'",
            "steps not stated for 1.3 and 3.2; monitoring only stated for 2.1"],
  notes="Word 'save as web page' HTML, windows-874 encoded; ☒/☐ are not in cp874 so they are written as &#9746;/&#9744; "
        "character references. 8 columns with mixed Thai/English headers. The first column 'ประเด็นที่ต้องพัฒนา' is a "
        "rowspan cell grouping 2–3 rows; it carries no content of its own (no responsible, period or result), so it is a "
        "group heading and the unit is each numbered row (1.1 … 3.2), which the agency itself calls 'มาตรการ / กิจกรรม'. "
        "Steps are written inside the title cell after a 'วิธีการ:' line. Output = status boxes + an Output column; "
        "3.1 has only 'อยู่ระหว่างการดำเนินการ' ticked but a real output text. Score only as 'ร้อยละ 90.15' (MOPH ITA 2568).")
