"""`ita-lint explain`: the document as ita-lint understood it.

Each table with the element each column was taken for and the header word that
decided it; each row's fate and why; each numbered item outside tables; each
measure with its elements and the text taken as each; and what could not be
placed. An officer told "no outcome" sees why in one command; a developer
debugging a misread starts here. `as_dict` is the same in JSON, for tests.
"""

from __future__ import annotations

from ita_lint.model import ELEMENTS, Measure, Placed, Report, TableView

# Why a row or item got its fate, for people.
REASONS: dict[str, dict[str, str]] = {
    "header-structure": {"th": "หัวตาราง (ไฟล์ระบุว่าเป็นแถวหัวตาราง)", "en": "header (the file marks it as a header row)"},
    "header-vocabulary": {"th": "หัวตาราง (คำในแถวเป็นคำหัวคอลัมน์)", "en": "header (its cells are header words)"},
    "column-numbers": {"th": "แถวเลขกำกับคอลัมน์", "en": "a row numbering the columns"},
    "equals-header": {"th": "หัวตารางซ้ำ (เหมือนหัวตารางเดิมทุกช่อง)", "en": "the header again (equal to this table's header)"},
    "header-with-cut-row": {"th": "หัวตารางซ้ำ ติดกับส่วนที่ถูกตัดของแถวก่อนหน้า (แยกออกแล้ว)",
                            "en": "the header again, run together with the rest of a cut row (taken apart)"},
    "header-same-columns": {"th": "หัวตารางซ้ำ (คอลัมน์เดียวกับตารางก่อนหน้า)", "en": "the header again (same columns as before)"},
    "numbered-row": {"th": "แถวที่มีเลขลำดับ", "en": "a numbered row"},
    "row": {"th": "แถวของตาราง", "en": "a table row"},
    "measure-cell-empty": {"th": "ช่องมาตรการว่าง: ส่วนที่เหลือของมาตรการแถวบน (ตัดข้ามหน้าหรือแถวย่อย)",
                           "en": "measure cell empty: the rest of the measure above (cut by a page break, or a sub-row)"},
    "measure-cell-merged": {"th": "ช่องมาตรการผสานกับแถวบน: เป็นมาตรการเดียวกัน", "en": "measure cell merged with the row above: the same measure"},
    "cut-row": {"th": "แถวแรกของหน้าไม่มีเลขลำดับ: ส่วนที่ถูกตัดของมาตรการก่อนหน้า",
                "en": "unnumbered first row of a page: the cut-off rest of the measure before"},
    "number-cut-by-page": {"th": "ส่วนท้ายของแถวที่ถูกตัดข้ามหน้า (เลขลำดับถูกตัดครึ่ง เช่น \"มาตร\" / \"การที่ 5\")",
                           "en": "the rest of a row cut by the page through its number (\"มาตร\" / \"การที่ 5\")"},
    "unnumbered-row": {"th": "ไม่มีเลขลำดับในตารางที่มาตรการมีเลข: บรรทัดต่อของมาตรการแถวบน",
                       "en": "no number in a table of numbered measures: a continued line of the measure above"},
    "activity-of-measure": {"th": "กิจกรรมย่อย (เลข x.y) ของมาตรการแถวบน", "en": "an activity (numbered x.y) of the measure above"},
    "step-of-measure": {"th": "ขั้นตอน (เลข x.y) ของมาตรการแถวบน ซึ่งระบุองค์ประกอบในแถวของตนเอง", "en": "a step (numbered x.y) of the measure above, whose own row states its elements"},
    "group-word": {"th": "หัวข้อกลุ่ม (เช่น ด้านที่ …)", "en": "a group heading (such as ด้านที่ …)"},
    "group-spans-columns": {"th": "หัวข้อกลุ่ม (ช่องเดียวผสานเต็มแถว)", "en": "a group heading (one cell across the row)"},
    "group-before-numbers": {"th": "หัวข้อกลุ่ม (ไม่มีเลข อยู่ก่อนแถวที่เริ่มนับ 1)", "en": "a group heading (unnumbered, before a row numbered 1)"},
    "group-with-sub-measures": {"th": "หัวข้อกลุ่ม (มีมาตรการย่อยเลข x.1 ตามมา)", "en": "a group heading (sub-measures x.1 follow it)"},
    "furniture-in-table": {"th": "หัวกระดาษ/ท้ายกระดาษ", "en": "running header or footer"},
    "blank": {"th": "แถวว่าง", "en": "a blank row"},
    "text-below-table": {"th": "ข้อความใต้ตาราง (หลังแถวว่าง ไม่อยู่ในคอลัมน์ขององค์ประกอบใด)",
                         "en": "text below the table (after an empty row, in no element's column)"},
    "signature-row": {"th": "แถวลงนาม (ผู้รายงาน ชื่อ ตำแหน่ง) ไม่ใช่มาตรการ", "en": "a signer's row (who reports, name, position), not a measure"},
    "header-measure-cell": {"th": "หัวตารางซ้ำ (ช่องมาตรการเป็นคำหัวคอลัมน์)",
                            "en": "the header again (its measure cell holds the column's header words)"},
    "by-number-row": {"th": "ผลของมาตรการที่มีเลขเดียวกันในตารางแรก", "en": "the results of the measure with the same number in the first table"},
    "by-number-unmatched": {"th": "ไม่มีมาตรการเลขนี้ในตารางมาตรการ", "en": "no measure of the measure table has this number"},
    "title-above-header": {"th": "ชื่อเรื่องที่พิมพ์ไว้ในแถวบนสุดของตาราง เหนือหัวตาราง", "en": "a title typed across the table's first rows, above its header"},
    "note-in-table": {"th": "หมายเหตุในตาราง (ใช้กับทุกมาตรการ ไม่ใช่มาตรการหรือกลุ่ม)",
                      "en": "a note in the table (said of every measure; no measure, no group)"},
    "table-labels": {"th": "ตารางหัวข้อ | รายละเอียด (อ่านเป็นบรรทัด หัวข้อ: รายละเอียด)", "en": "a label | value table (read as label lines)"},
    "table-details": {"th": "ตารางรายละเอียดของมาตรการด้านบน (อ่านแต่ละคอลัมน์เป็นหัวข้อย่อย)",
                      "en": "the details of the measure above (each column read as a label)"},
    "table-details-continued": {"th": "ส่วนต่อของตารางรายละเอียดด้านบน", "en": "the rest of the details table above"},
    "table-scores": {"th": "ตารางคะแนน", "en": "a score table"},
    "labels-over-table": {"th": "หัวข้อกลุ่มและสิ่งที่ระบุไว้สำหรับทุกมาตรการในตารางถัดไป (เช่น หน่วยงานผู้รับผิดชอบ)",
                          "en": "a group's heading and what it states for every measure of the table below (such as the responsible unit)"},
    "table-cards": {"th": "มาตรการเรียงข้างกันเป็นการ์ด (อินโฟกราฟิก) แยกการ์ดไม่ได้ จึงไม่ได้อ่าน",
                    "en": "measures side by side as cards (an infographic), not told apart, so not read"},
    "table-right-part": {"th": "คอลัมน์ด้านขวาของตารางมาตรการ (พิมพ์แยกไว้หน้าหลัง)",
                         "en": "the right-hand columns of the measure table (printed on later pages)"},
    "right-part-of-row": {"th": "ส่วนขวาของแถวมาตรการ (เรียงตามลำดับแถว)", "en": "the right-hand part of a measure's row (in row order)"},
    "summary-row": {"th": "ตารางสรุปมาตรการที่เขียนไว้ข้างบนแล้ว (เลขและชื่อตรงกัน): ไม่ใช่มาตรการใหม่",
                    "en": "a table summing up measures written out above (same number and title): no new measure"},
    "table-by-number": {"th": "ผลของมาตรการในตารางแยก (จับคู่ตามเลขข้อ)",
                        "en": "the measures' results in a table of their own (matched by number)"},
    "table-other-part": {"th": "ตารางของรายงานอีกฉบับในหน้าเดียวกัน (ประเภทและปีงบประมาณอื่น)",
                         "en": "a table of another report on the same page (another kind and fiscal year)"},
    "table-other": {"th": "ตารางอื่น (หัวตารางไม่ระบุมาตรการ)", "en": "another table (its header names no measure column)"},
    "numbered-item-with-labels": {"th": "ข้อที่มีเลข ตามด้วยบรรทัด หัวข้อ: รายละเอียด", "en": "a numbered item with label lines under it"},
    "heading-with-labels": {"th": "หัวข้อ ตามด้วยบรรทัด หัวข้อ: รายละเอียด", "en": "a heading with label lines under it"},
    "label-with-labels": {"th": "เริ่มด้วยบรรทัด หัวข้อ: รายละเอียด", "en": "starts with label lines"},
    "flattened-row": {"th": "แถวของตารางที่ถูกแปลงเป็นข้อความเรียงบรรทัด (อ่านจากเลขลำดับ)",
                      "en": "a row of a table that came as a run of lines (read by its number)"},
    "titled-paragraph-with-labels": {"th": "ย่อหน้าชื่อมาตรการ (ไม่มีเลข) ตามด้วยบรรทัด หัวข้อ: รายละเอียด",
                                     "en": "a measure's title (unnumbered) with label lines under it"},
    "list-item-with-labels": {"th": "รายการย่อย ตามด้วยบรรทัด หัวข้อ: รายละเอียด", "en": "a list item with label lines under it"},
    "numbered-item-among-measures": {"th": "ข้อที่มีเลขเรียงต่อกับมาตรการอื่น แต่ไม่มีหัวข้อย่อย: มาตรการที่ไม่ระบุองค์ประกอบ",
                                     "en": "numbered in sequence with the measures around it, with no label lines: a measure stating nothing"},
    "numbered-item-without-labels": {"th": "ข้อที่มีเลขแต่ไม่มีหัวข้อย่อย: เป็นเนื้อความ ไม่ใช่มาตรการ",
                                     "en": "a numbered item with no label lines: prose, not a measure"},
}

FATE_NAMES = {
    "header": {"th": "หัวตาราง", "en": "header"},
    "repeated-header": {"th": "หัวตารางซ้ำ", "en": "repeated header"},
    "measure": {"th": "มาตรการ", "en": "measure"},
    "continuation": {"th": "ต่อจาก", "en": "continues"},
    "group": {"th": "หัวข้อกลุ่ม", "en": "group"},
    "furniture": {"th": "หัว/ท้ายกระดาษ", "en": "furniture"},
    "blank": {"th": "ว่าง", "en": "blank"},
    "text": {"th": "ไม่ใช่มาตรการ", "en": "not a measure"},
    "unplaced": {"th": "ไม่ทราบ", "en": "unplaced"},
}

# where an element's text was found
SOURCES = {
    "column": {"th": "คอลัมน์", "en": "column"},
    "label": {"th": "หัวข้อย่อย", "en": "label"},
    "cue": {"th": "คำในเนื้อความ", "en": "a cue in the text"},
    "document": {"th": "หัวข้อของทั้งเอกสาร", "en": "a section for the whole document"},
}

HOW = {
    "header": {"th": "คำว่า", "en": "word"},
    "inferred": {"th": "ไม่มีหัวคอลัมน์ระบุ จึงถือคอลัมน์ข้อความซ้ายสุดเป็นชื่อมาตรการ",
                 "en": "no header names it: the leftmost text column is taken for the measures' names"},
    "number": {"th": "เลขลำดับ", "en": "numbers"},
    "row-id": {"th": "เลขนับแถว (มาตรการมีเลขของตนเองในช่องชื่อ)", "en": "row count (the measures are numbered in their own cells)"},
    "other": {"th": "ไม่ใช่องค์ประกอบ", "en": "not an element"},
    "unknown": {"th": "ไม่รู้จักหัวคอลัมน์นี้", "en": "header not recognised"},
}


def _reason(code: str, lang: str) -> str:
    return REASONS.get(code, {}).get(lang, code)


def _fate(placed: Placed, lang: str) -> str:
    name = FATE_NAMES.get(placed.fate, {}).get(lang, placed.fate)
    if placed.measure is not None:
        name += f" {placed.measure.label}"
    return name


def as_dict(report: Report) -> dict:
    """The understanding of one document, for `--format json` and tests."""
    return {
        "path": report.document.path,
        "format": report.document.format,
        "kind": report.kind,
        "fiscal_year": report.fiscal_year,
        "agency": report.agency,
        "tables": [_table_dict(t) for t in report.tables],
        "items": [_placed_dict(p) for p in report.items],
        "measures": [_measure_dict(m) for m in report.measures],
        "notes": [{"code": n.code, "location": n.location.as_dict(), **{k: v for k, v in n.params.items()
                                                                      if isinstance(v, (str, int, float))}}
                  for n in report.notes],
    }


def _placed_dict(p: Placed) -> dict:
    return {"location": p.location.as_dict(), "fate": p.fate, "reason": p.reason,
            "measure": p.measure.index if p.measure else None, "text": p.text}


def _table_dict(t: TableView) -> dict:
    return {"index": t.index, "location": t.location.as_dict(), "role": t.role, "header_by": t.header_by,
            "parts": t.parts,
            "columns": [{"index": c.index + 1, "header": c.header, "element": c.element, "word": c.word, "how": c.how}
                        for c in t.columns],
            "rows": [_placed_dict(p) for p in t.rows]}


def _measure_dict(m: Measure) -> dict:
    return {"index": m.index, "number": m.number, "title": m.title, "location": m.location.as_dict(),
            "elements": {e: ("present" if m.has(e) else "missing") for e in ELEMENTS},
            "evidence": {e: {"text": v.text, "source": v.source} for e, v in m.elements.items()},
            "unrecognised": [{"column": c, "text": t} for c, t in m.unrecognised]}


def render(report: Report, lang: str = "th", element_names: dict | None = None) -> str:
    """The understanding as text, Thai or English."""
    th = lang == "th"
    names = element_names or {}
    out = [report.document.path,
           ("  ประเภท: " if th else "  kind: ") + report.kind
           + (" | ปีงบประมาณ: " if th else " | fiscal year: ") + str(report.fiscal_year or "-")
           + (" | หน่วยงาน: " if th else " | agency: ") + (report.agency or "-"), ""]
    for t in report.tables:
        where = t.location.describe(lang)
        parts = (f", {t.parts} ส่วนต่อกันข้ามหน้า" if th else f", {t.parts} parts joined over pages") if t.parts > 1 else ""
        role = ("ตารางมาตรการ" if th else "a measure table") if t.role == "measures" else _reason("table-" + t.role, lang)
        out.append(("ตารางที่ " if th else "Table ") + f"{t.index} ({where}{parts}): {role}")
        for c in t.columns:
            what = names.get(c.element, c.element) if c.element else HOW[c.how][lang]
            why = (f' ({HOW["header"][lang]} "{c.word}")' if c.how == "header" and c.word else
                   f" ({HOW['inferred'][lang]})" if c.how == "inferred" else "")
            out.append(f'    {("คอลัมน์" if th else "column")} {c.index + 1} "{c.header or "-"}" → {what}{why}')
        for p in t.rows:
            out.append(f"    {p.location.describe(lang) or '-':>18}  {_fate(p, lang):<16} {p.text}")
            out.append(f"    {'':>18}  {'':<16} ↳ {_reason(p.reason, lang)}")
        out.append("")
    if report.items:
        out.append("ข้อที่มีเลขและหัวข้อนอกตาราง:" if th else "Numbered items and headings outside tables:")
        for p in report.items:
            out.append(f"    {p.location.describe(lang) or '-':>18}  {_fate(p, lang):<16} {p.text}")
            out.append(f"    {'':>18}  {'':<16} ↳ {_reason(p.reason, lang)}")
        out.append("")
    out.append(("มาตรการที่อ่านได้: " if th else "Measures read: ") + str(len(report.measures)))
    for m in report.measures:
        out.append(f"  {m.label}. {m.title}  ({m.location.describe(lang) or '-'})")
        for e in ELEMENTS:
            value = m.elements.get(e)
            label = names.get(e, e)
            if value is None:
                out.append(f"      ✗ {label}")
            else:
                text = " ".join(value.text.split())
                text = text if len(text) <= 80 else text[:79] + "…"
                source = SOURCES[value.source][lang]
                out.append(f"      ✓ {label} [{source}]: {text}")
        for column, text in m.unrecognised:
            out.append(f'      ? {"คอลัมน์ที่ไม่รู้จัก" if th else "unrecognised column"} "{column}": {" ".join(text.split())[:80]}')
    if report.notes:
        out.append("")
        out.append("สิ่งที่อ่านไม่ได้หรือไม่แน่ใจ:" if th else "What could not be placed:")
        for n in report.notes:
            params = ", ".join(f"{k}={v}" for k, v in n.params.items() if isinstance(v, (str, int)))
            out.append(f"    {n.location.describe(lang) or '-'}: {n.code} ({params})")
    return "\n".join(out) + "\n"
