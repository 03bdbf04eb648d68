"""What `ita-lint rules` and `ita-lint rule ID` print: a pack's rules as a table, and one rule
explained, in Thai or English. Rule ids stay as they are (they are what --select takes);
kinds, categories and severities are said in words."""

from __future__ import annotations

import io

WORDS = {
    "th": {
        "id": "กฎ", "category": "หมวด", "severity": "ความรุนแรง", "weight": "น้ำหนัก", "kinds": "ประเภทเอกสาร",
        "summary": "ตรวจอะไร", "all": "ทุกประเภท", "provisional": "เกณฑ์ชั่วคราว: ", "grading": "การให้คะแนน: ",
        "fy": "ปีงบประมาณ {fy}", "changes": "ต่างจาก {pack}:", "none": " ไม่มี",
        "applies": "ใช้กับ: ", "source": "ที่มา: ", "unconfirmed": " (ยังไม่ได้ยืนยันกับคู่มือ)",
        "manual": "ข้อความในคู่มือ: ", "fix": "วิธีแก้: ", "pass": "ตัวอย่างที่ผ่าน:", "fail": "ตัวอย่างที่ไม่ผ่าน:",
        "defined": "กำหนดไว้ในไฟล์ {path}", "rule_line": "{id} (หมวด: {category} ความรุนแรง: {severity} น้ำหนัก: {weight})",
        "pack": "เกณฑ์การประเมิน ITA ปี {year}",
        "pair": ("--- เอกสารมาตรการ ---", "--- รายงานผลการดำเนินการ ---"),
        "categories": {"missing-element": "องค์ประกอบที่ขาด", "missing-section": "ส่วนที่ขาด", "fiscal-year": "ปีงบประมาณ",
                       "consistency": "ความสอดคล้อง", "placeholder": "ช่องที่ยังไม่กรอก", "status": "สถานะ",
                       "traceability": "การเชื่อมโยงมาตรการกับผล", "input": "ข้อมูลนำเข้า", "quality": "คุณภาพเนื้อหา"},
        "severities": {"error": "ข้อผิดพลาด", "warning": "คำเตือน", "info": "ข้อสังเกต"},
        "kind_names": {"measures": "มาตรการ", "results": "รายงานผล", "plan": "แผน", "unknown": "ไม่ทราบประเภท"},
    },
    "en": {
        "id": "id", "category": "category", "severity": "severity", "weight": "weight", "kinds": "kinds",
        "summary": "summary", "all": "all", "provisional": "Provisional: ", "grading": "Grading: ",
        "fy": "FY {fy}", "changes": "Changes from {pack}:", "none": " none",
        "applies": "Applies to: ", "source": "Source: ", "unconfirmed": " (not confirmed from the manual)",
        "manual": "Manual: ", "fix": "Fix: ", "pass": "Passing example:", "fail": "Failing example:",
        "defined": "defined in {path}", "rule_line": "{id} ({category}, {severity}, weight {weight})",
        "pack": "ITA {year} rules",
        "pair": ("--- measures ---", "--- results ---"),
        "categories": {}, "severities": {}, "kind_names": {},
    },
}


def _word(words: dict, table: str, value: str) -> str:
    return words[table].get(value, value)


def rules_table(pack, before, changes, lang: str, field_name) -> str:
    from rich.console import Console
    from rich.table import Table

    w = WORDS["en" if lang == "en" else "th"]
    buf = io.StringIO()
    console = Console(file=buf, highlight=False, width=140, no_color=True)
    console.print(f"{w['pack'].format(year=pack.assessment_year)}: {pack.meta.title.get(lang)}")
    if pack.meta.provisional:
        console.print(w["provisional"] + pack.meta.provisional.get(lang))
    for kind, fy in pack.meta.expected_fiscal_year.items():
        item = pack.meta.items.get(kind)
        console.print(f"  {_word(w, 'kind_names', kind)}: " + w["fy"].format(fy=fy) +
                      (f" — {item.code} {item.title}" if item else ""))
    if pack.meta.grading:
        console.print("  " + w["grading"] + pack.meta.grading.get(lang))
    table = Table(box=None, padding=(0, 1))
    for col in ("id", "category", "severity", "weight", "kinds", "summary"):
        table.add_column(w[col])
    for r in sorted(pack.rules, key=lambda r: (r.category, r.id)):
        kinds = ",".join(_word(w, "kind_names", k) for k in r.kinds) or w["all"]
        table.add_row(r.id, _word(w, "categories", r.category), _word(w, "severities", r.severity), f"{r.weight:g}",
                      kinds, r.summary.get(lang))
    console.print(table)
    if before:
        title = w["changes"].format(pack=w["pack"].format(year=before.assessment_year))
        console.print(title if changes else title + w["none"])
        marks = {"pack": "", "added": "+ ", "removed": "- ", "changed": "~ "}
        for c in changes:
            name = field_name(c.name, lang) if c.what == "pack" else c.name
            console.print(f"  {marks[c.what]}{name}: {c.before} → {c.after}")
    return buf.getvalue()


def rule_text(pack, rule, lang: str) -> str:
    from ita_lint.engine.packs import shown_path

    w = WORDS["en" if lang == "en" else "th"]
    ref = rule.reference
    kinds = ", ".join(_word(w, "kind_names", k) for k in rule.kinds) or w["all"]
    lines = [
        w["rule_line"].format(id=rule.id, category=_word(w, "categories", rule.category),
                              severity=_word(w, "severities", rule.severity), weight=f"{rule.weight:g}"),
        "",
        rule.summary.get(lang),
        "",
        w["applies"] + kinds,
        w["source"] + ref.source_in(lang) + ("" if ref.confirmed else w["unconfirmed"]),
    ]
    if ref.quote:
        lines.append(w["manual"] + ref.quote)
    lines += ["", w["fix"] + rule.fix.get(lang), "",
              w["pass"], _indent(_example(rule.examples.pass_[0], w)),
              w["fail"], _indent(_example(rule.examples.fail[0], w)),
              "(" + w["defined"].format(path=shown_path(pack.rule_sources[rule.id])) + ")"]
    return "\n".join(lines)


def _example(example, w: dict) -> str:
    """A report, or for a rule across documents the two reports it reads, each under its name."""
    if isinstance(example, str):
        return example
    return f"{w['pair'][0]}\n{example.measures.rstrip()}\n{w['pair'][1]}\n{example.results.rstrip()}\n"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().split("\n")) + "\n"
