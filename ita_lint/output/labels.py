"""The interface's own words in Thai and English (messages themselves come from the rule pack)."""

LABELS = {
    "th": {
        "kind": "ประเภท", "fiscal_year": "ปีงบประมาณ", "agency": "หน่วยงาน", "rulepack": "ตรวจตาม",
        "score": "คะแนน", "passed": "ผ่าน", "failed": "ไม่ผ่าน", "measures": "มาตรการ", "none": "ไม่พบ",
        "no_measures": "ไม่พบมาตรการในเอกสาร", "findings": "สิ่งที่ต้องแก้ไข", "fix": "วิธีแก้",
        "no_findings": "ไม่พบสิ่งที่ต้องแก้ไข", "error": "ข้อผิดพลาด", "warning": "คำเตือน", "info": "ข้อสังเกต",
        "input_error": "อ่านไฟล์ไม่ได้", "summary": "สรุป: ตรวจ {documents} ไฟล์ ผ่าน {passed} ไม่ผ่าน {failed} อ่านไม่ได้ {unreadable} | ข้อผิดพลาด {errors} คำเตือน {warnings} | คะแนนเฉลี่ย {score}",
        "from_body": "(จากเนื้อหา ไม่ได้ระบุในชื่อเอกสาร)", "legend": "✓ มี  ✗ ขาด (ต้องมี)  · ไม่มี (ไม่บังคับ)",
        "unknown": "ไม่ทราบ", "whole_document": "ทั้งเอกสาร", "complete": "✓ ครบทุกองค์ประกอบที่ต้องมี",
        "missing": "✗ ขาด", "pack_name": "เกณฑ์การประเมิน ITA ปี {year}", "measure_no": "มาตรการที่ {label}",
        "kinds": {"measures": "มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "results": "รายงานผลการดำเนินการ",
                  "plan": "แผนการขับเคลื่อน", "unknown": "ไม่ทราบประเภท"},
        "elements": {"measure": "มาตรการ", "steps": "ขั้นตอน", "responsible": "ผู้รับผิดชอบ", "period": "ระยะเวลา",
                     "monitoring": "ติดตาม", "output": "ผลการดำเนินการ", "outcome": "ผลลัพธ์"},
    },
    "en": {
        "kind": "kind", "fiscal_year": "fiscal year", "agency": "agency", "rulepack": "checked against",
        "score": "score", "passed": "PASS", "failed": "FAIL", "measures": "measures", "none": "not found",
        "no_measures": "no measures found in the document", "findings": "to fix", "fix": "fix",
        "no_findings": "nothing to fix", "error": "error", "warning": "warning", "info": "info",
        "input_error": "cannot read", "summary": "Summary: {documents} checked, {passed} passed, {failed} failed, {unreadable} unreadable | {errors} errors, {warnings} warnings | mean score {score}",
        "from_body": "(from the body; the title has none)", "legend": "✓ present  ✗ missing (required)  · absent (not required)",
        "unknown": "unknown", "whole_document": "whole document", "complete": "✓ every required element present",
        "missing": "✗ missing", "pack_name": "the ITA {year} rules", "measure_no": "Measure {label}",
        "kinds": {"measures": "measures", "results": "results report", "plan": "plan", "unknown": "unknown kind"},
        "elements": {"measure": "measure", "steps": "steps", "responsible": "responsible", "period": "period",
                     "monitoring": "monitoring", "output": "output", "outcome": "outcome"},
    },
}

# The measures ↔ results table (ita_lint.trace), after the documents.
TRACE_LABELS = {
    "th": {
        "title": "มาตรการ ↔ ผลการดำเนินการ: {measures} ↔ {results} (ปีงบประมาณ {fy}{agency})",
        "measure": "มาตรการในเอกสารมาตรการ", "result": "ผลการดำเนินการในรายงานผล", "score": "ความคล้าย",
        "unreported": "✗ ไม่พบผลการดำเนินการ", "undeclared": "! ไม่มีในเอกสารมาตรการ",
        "nearest": "ใกล้เคียงที่สุด {score}%",
        "legend": "จับคู่ชื่อมาตรการแบบหนึ่งต่อหนึ่ง เมื่อคำในชื่อคล้ายกันตั้งแต่ {threshold}% ขึ้นไป",
    },
    "en": {
        "title": "Measures ↔ results: {measures} ↔ {results} (FY {fy}{agency})",
        "measure": "measure (measures document)", "result": "result (results report)", "score": "similarity",
        "unreported": "✗ no result", "undeclared": "! not declared",
        "nearest": "nearest {score}%",
        "legend": "names paired one to one when their words are at least {threshold}% similar",
    },
}
