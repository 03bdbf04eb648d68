# M06: measures FY2570, สพป.ชัยภูมิ เขต 4 (educational area office), Word-export HTML in UTF-8: NO analysis section,
# 5-column table with a two-row header (ระยะเวลาดำเนินการ over เริ่มต้น/สิ้นสุด), numbers '1)' inside cells,
# table split in two with the header repeated after a page break, no monitoring column.
import sys, os; sys.path.insert(0, os.path.dirname(__file__))
from common import *
import wordhtml as W

NAME = "m06_spp_chaiyaphum4_measures_2570.html"
AG = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 4"
M = [
 {"no": "1", "title": "มาตรการเผยแพร่ข้อมูลสาธารณะของสำนักงานเขตพื้นที่การศึกษาผ่านเว็บไซต์",
  "steps": ["- กำหนดกลุ่มผู้รับผิดชอบข้อมูลแต่ละรายการ", "- นำข้อมูลเผยแพร่บนเว็บไซต์ สพป.", "- ตรวจสอบและรายงานผลต่อ ผอ.สพป. ทุกเดือน"],
  "resp": "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "start": "ต.ค. 69", "end": "ก.ย. 70",
  "L": {"monitoring": "present"}},
 {"no": "2", "title": "มาตรการความโปร่งใสในการจัดซื้อจัดจ้างและการจัดสรรงบประมาณให้โรงเรียน",
  "steps": ["- ประกาศหลักเกณฑ์การจัดสรรงบประมาณให้โรงเรียนทราบล่วงหน้า", "- เผยแพร่ผลการจัดสรรงบประมาณรายโรงเรียน", "- เผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน"],
  "resp": "กลุ่มนโยบายและแผน / กลุ่มบริหารงานการเงินและสินทรัพย์", "start": "ต.ค. 69", "end": "ก.ย. 70"},
 {"no": "3", "title": "มาตรการป้องกันการเรียกรับผลประโยชน์ในการบริหารงานบุคคล (การย้าย การบรรจุ และการเลื่อนวิทยฐานะ)",
  "steps": ["- ประกาศหลักเกณฑ์และปฏิทินการย้ายครูล่วงหน้า", "- ประกาศผลการพิจารณาพร้อมเหตุผลทางเว็บไซต์", "- เปิดช่องทางแจ้งเบาะแสการเรียกรับเงิน"],
  "resp": "กลุ่มบริหารงานบุคคล", "start": "พ.ย. 69", "end": ""},
 {"no": "4", "title": "มาตรการประกาศเจตนารมณ์สุจริตและนโยบายไม่รับของขวัญ (No Gift Policy)",
  "steps": ["-"], "resp": "กลุ่มอำนวยการ", "start": "ต.ค. 69", "end": "ต.ค. 69", "steps_blank": True},
 {"no": "5", "title": "มาตรการส่งเสริมการมีส่วนร่วมของโรงเรียนและชุมชนในการป้องกันการทุจริต (โรงเรียนสุจริต)",
  "steps": ["- ขับเคลื่อนโครงการโรงเรียนสุจริตในโรงเรียนทุกแห่ง", "- คัดเลือกโรงเรียนต้นแบบ", "- จัดเวทีแลกเปลี่ยนเรียนรู้"],
  "resp": "หน่วยศึกษานิเทศก์", "start": "", "end": ""},
 {"no": "6", "title": "มาตรการพัฒนาระบบรับเรื่องร้องเรียนและการคุ้มครองผู้ร้องเรียน",
  "steps": ["- ปรับปรุงคู่มือการจัดการเรื่องร้องเรียน", "- เปิดช่องทางออนไลน์ผ่านเว็บไซต์และ Line OA", "- ปกปิดข้อมูลผู้ร้องเรียน"],
  "resp": "กลุ่มกฎหมายและคดี", "start": "ต.ค. 69", "end": "ก.ย. 70"},
 {"no": "7", "title": "มาตรการพัฒนาบุคลากรด้านคุณธรรมและจริยธรรม",
  "steps": ["- อบรมบุคลากรในสำนักงานเขตพื้นที่ฯ ตามหลักสูตรต้านทุจริตศึกษา", "- ยกย่องเชิดชูบุคลากรต้นแบบด้านคุณธรรม"],
  "resp": "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา", "start": "ม.ค. 70", "end": "ส.ค. 70"},
]
for m in M:
    m["period"] = " – ".join(x for x in (m["start"], m["end"]) if x)
    if m.get("steps_blank"):
        m["steps"] = "-"

wid = [200, 230, 140, 60, 60]
def header():
    return [W.tr([W.td(["มาตรการ"], wid[0], rowspan=2, bold=True, align="center", bg="#E2EFD9"),
                  W.td(["วิธีการดำเนินการ"], wid[1], rowspan=2, bold=True, align="center", bg="#E2EFD9"),
                  W.td(["ผู้รับผิดชอบ"], wid[2], rowspan=2, bold=True, align="center", bg="#E2EFD9"),
                  W.td(["ระยะเวลาดำเนินการ"], wid[3] + wid[4], colspan=2, bold=True, align="center", bg="#E2EFD9")], header=True),
            W.tr([W.td(["เริ่มต้น"], wid[3], bold=True, align="center", bg="#E2EFD9"),
                  W.td(["สิ้นสุด"], wid[4], bold=True, align="center", bg="#E2EFD9")], header=True)]
def row(m):
    st = m["steps"] if isinstance(m["steps"], list) else [m["steps"]]
    return W.tr([W.td(["%s) %s" % (m["no"], m["title"])], wid[0]), W.td(st, wid[1]), W.td([m["resp"]], wid[2]),
                 W.td([m["start"]] if m["start"] else [], wid[3], align="center"),
                 W.td([m["end"]] if m["end"] else [], wid[4], align="center")])

body = [W.p("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", bold=True, align="center", size=18),
        W.p("ประจำปีงบประมาณ พ.ศ. 2570", bold=True, align="center", size=18),
        W.p("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 4", bold=True, align="center", size=18),
        W.p("******************", align="center"),
        W.p("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 4 มุ่งมั่นบริหารงานด้วยความซื่อสัตย์สุจริต โปร่งใส และตรวจสอบได้ จึงกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน เพื่อให้บุคลากรทุกกลุ่มงานถือปฏิบัติ ดังนี้"),
        W.p(""),
        W.table(header() + [row(m) for m in M[:4]]),
        "<b><span lang=TH style='font-size:16.0pt;font-family:\"TH SarabunPSK\",sans-serif'><br clear=all style='page-break-before:always'>\n</span></b>",
        W.table(header() + [row(m) for m in M[4:]]),
        W.p(""),
        W.p("ประกาศ ณ วันที่ 1 ตุลาคม พ.ศ. 2569", align="center"),
        W.p(""),
        W.p("(นายสุรชัย บุญประเสริฐ)", align="center"),
        W.p("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชัยภูมิ เขต 4", align="center")]
html = W.page("มาตรการส่งเสริมคุณธรรมและความโปร่งใส 2570", "\n".join(body), charset="utf-8")
with open(os.path.join(OUT, NAME), "w", encoding="utf-8") as f:
    f.write(html)

write_truth(NAME, "measures", 2570, AG, "measure", M,
  sections={"weaknesses": "missing", "improvements": "missing"},
  problems=["no analysis of the previous ITA result at all (neither weaknesses nor issues to improve)",
            "no monitoring column: monitoring stated only for measure 1 (inside its steps)",
            "measure 4: steps '-'", "measure 5: period cells (เริ่มต้น/สิ้นสุด) both blank"],
  notes="Word 'save as web page' HTML in UTF-8. Header in two rows: 'ระยะเวลาดำเนินการ' (colspan=2) over 'เริ่มต้น' "
        "and 'สิ้นสุด'; the other header cells rowspan=2. The table is split into two Word tables at a manual page break "
        "(<br style='page-break-before:always'>), the second repeating both header rows. Numbers '1)'…'7)' start the "
        "measure cell. Measure 3 has only a start month ('พ.ย. 69', end blank): counted as period present. Steps are "
        "'- ' lines, one <p> each. Output/outcome not stated.")
