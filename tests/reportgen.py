"""A generator of reports nobody wrote, with the truth known by construction.

`reports()` is a hypothesis strategy of `Spec`s: a kind, a fiscal year, measures
with the text of each element or None where it is missing, and a form drawn from
the variation real reports show — every header synonym of the rule pack, cell text
holding header words, numbering styles (๑. 1) (1) มาตรการที่ ๑, a number column, none),
group rows, a measure cell spanning its activity rows, cells of several lines,
tables split over pages with and without the header repeated, running headers and
page numbers between the parts, a row cut by the page break, measures written as
numbered items with "label: value" lines and sub-steps, cover pages, tables of
contents, approval memos and signature blocks, Markdown delimiter rows of each GFM
style, Word's line numbering, a web page's content embedded in an iframe's srcdoc. `render(spec, fmt)` writes it as Markdown, text (as
PDF-to-text tools give it), a sheet saved as CSV, HTML or DOCX; bench/generated.py
adds PDF through LibreOffice.

`truth(spec)` says what an assessor would find: for each measure, which of the
seven elements it states.
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass, field
from typing import Optional

from hypothesis import strategies as st

ELEMENTS = ("measure", "steps", "responsible", "period", "monitoring", "output", "outcome")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FORMATS = ("markdown", "text", "html", "docx", "csv")
EXTENSIONS = {"markdown": ".md", "text": ".txt", "csv": ".txt", "html": ".html", "docx": ".docx", "pdf": ".pdf"}

# --- the words -----------------------------------------------------------------------------

TITLES = {
    "results": "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {fy}",
    "measures": "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {fy}",
    "plan": "แผนการขับเคลื่อนการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {fy}",
}
# the fiscal year each kind is for in the 2569 assessment
YEARS = {"results": 2568, "measures": 2569, "plan": 2569}
REQUIRED = {"results": ("measure", "output", "outcome"), "measures": ("measure", "steps", "responsible", "monitoring"),
            "plan": ("measure", "responsible", "period")}
AGENCIES = ["องค์การบริหารส่วนตำบลหนองบัวแดง", "เทศบาลตำบลท่าช้าง", "สำนักงานสาธารณสุขจังหวัดลำปาง",
            "มหาวิทยาลัยราชภัฏสุรินทร์", "องค์การบริหารส่วนจังหวัดเลย"]

# Real header wordings of each element (the pack's synonyms are also drawn as headers).
HEADERS = {
    "measure": ["มาตรการ/กิจกรรม", "มาตรการ/แนวทาง", "โครงการ/กิจกรรม", "กิจกรรม/การดำเนินงาน", "มาตรการ",
                "ชื่อโครงการ", "Activities"],
    "steps": ["ขั้นตอน/วิธีการดำเนินการ", "วิธีการดำเนินการ", "วิธีดำเนินงาน", "แนวทางการดำเนินการ",
              "ขั้นตอนหรือวิธีปฏิบัติ"],
    "responsible": ["ผู้รับผิดชอบ", "หน่วยงานผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ", "ส่วนราชการผู้รับผิดชอบ",
                    "Responsible"],
    "period": ["ระยะเวลา", "ระยะเวลาดำเนินการ", "ช่วงเวลาดำเนินการ", "กำหนดเวลา", "Timeline"],
    "monitoring": ["การกำกับติดตาม", "การติดตามและรายงานผล", "การกำกับติดตามและรายงานผล", "Monitoring"],
    "output": ["ผลการดำเนินการ", "ผลการดำเนินการ (Output)", "สรุปผลการดำเนินการ", "ผลการดำเนินงาน", "Output"],
    "outcome": ["ผลลัพธ์", "ผลลัพธ์หรือความสำเร็จของการดำเนินการ", "ผลลัพธ์หรือผลสัมฤทธิ์ (Outcome)",
                "ผลที่ได้รับ", "Outcome"],
}
LABELS = {
    "steps": ["ขั้นตอนการดำเนินการ", "วิธีการดำเนินการ", "ขั้นตอน/วิธีการ"],
    "responsible": ["ผู้รับผิดชอบ", "หน่วยงานที่รับผิดชอบ"],
    "period": ["ระยะเวลาดำเนินการ", "ระยะเวลา"],
    "monitoring": ["การกำกับติดตาม", "การติดตามและรายงานผล"],
    "output": ["ผลการดำเนินการ", "สรุปผลการดำเนินการ"],
    "outcome": ["ผลลัพธ์", "ผลลัพธ์หรือความสำเร็จ"],
}
OTHER_COLUMNS = ["หมายเหตุ", "งบประมาณ (บาท)", "ตัวชี้วัด"]
NUMBER_COLUMNS = ["ที่", "ลำดับ", "ข้อ"]

TITLES_OF_MEASURES = [
    "เผยแพร่แผนการใช้จ่ายงบประมาณประจำปีให้ประชาชนทราบ", "จัดทำคู่มือการปฏิบัติงานด้านการให้บริการ",
    "ประกาศนโยบายไม่รับของขวัญ (No Gift Policy)", "พัฒนาช่องทางรับเรื่องร้องเรียนการทุจริตออนไลน์",
    "อบรมเสริมสร้างคุณธรรมจริยธรรมแก่บุคลากร", "ลดขั้นตอนการขออนุญาตก่อสร้างอาคาร",
    "เปิดเผยข้อมูลการจัดซื้อจัดจ้างรายเดือน", "ประเมินความเสี่ยงการทุจริตในกระบวนงาน",
    "สำรวจความพึงพอใจของผู้รับบริการ", "ป้องกันผลประโยชน์ทับซ้อนในการจัดซื้อจัดจ้าง",
    "ปรับปรุงข้อมูลบนเว็บไซต์ให้เป็นปัจจุบัน", "ส่งเสริมการมีส่วนร่วมของประชาชนในการตรวจสอบ",
]
# Cell text, some of it holding words that also head columns ("ขั้นตอน", "ระยะเวลา",
# "ผลลัพธ์:"), none of it naming how the measure is monitored (that is `MONITORING`).
TEXTS = {
    "steps": ["จัดทำประกาศและเผยแพร่บนเว็บไซต์", "ทบทวนขั้นตอนการให้บริการและลดเอกสารที่ไม่จำเป็น",
              "แต่งตั้งคณะทำงานและกำหนดแนวทางปฏิบัติ", "จัดอบรมหนึ่งวันโดยวิทยากรภายนอก",
              "สำรวจรายการข้อมูลที่ต้องเปิดเผยและนำขึ้นเว็บไซต์", "ประชาสัมพันธ์ผ่านหอกระจายข่าวและเพจ"],
    "responsible": ["กองคลัง", "สำนักปลัด", "กองช่าง", "สำนักปลัด (งานการเจ้าหน้าที่)", "กลุ่มงานบริหารทั่วไป",
                    "กองยุทธศาสตร์และงบประมาณ", "งานพัสดุ / กองคลัง"],
    "period": ["ต.ค. ๖๘ – ก.ย. ๖๙", "ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙", "ธ.ค. ๒๕๖๘", "ไตรมาส ๑ – ๔", "ม.ค. – มี.ค. ๖๙"],
    "monitoring": ["รายงานผลต่อนายกฯ ทุกไตรมาส", "ติดตามผลทุกเดือนในที่ประชุมประจำเดือน",
                   "กำกับติดตามโดยปลัดและรายงานผู้บริหารรอบ ๖ เดือน"],
    "output": ["เผยแพร่ครบ ๑๒ เดือน", "จัดอบรมแล้ว ผู้เข้าร่วม ๔๒ คน", "ลดระยะเวลารับชำระภาษีลงครึ่งหนึ่ง",
               "ดำเนินการแล้วเสร็จ ๑ ฉบับ", "ปรับปรุงข้อมูลครบ ๓๓ หัวข้อ"],
    "outcome": ["ประชาชนตรวจสอบการใช้งบประมาณได้", "ลดขั้นตอนการให้บริการจาก ๕ ขั้นตอน เหลือ ๓ ขั้นตอน",
                "ผลลัพธ์: ประชาชนพึงพอใจร้อยละ ๘๙", "ไม่มีเรื่องร้องเรียนการทุจริตในปีนี้",
                "ระยะเวลารอคอยลดลงร้อยละ ๓๐"],
}
# What a cell says when the element is missing.
EMPTY = ["-", "", "ไม่มี", "......"]
EMPTY_OUTCOME = EMPTY + ["อยู่ระหว่างดำเนินการ"]
GROUPS = ["ด้านที่ {n} การเปิดเผยข้อมูล", "ด้านการป้องกันการทุจริต", "ยุทธศาสตร์ที่ {n} การสร้างสังคมที่ไม่ทนต่อการทุจริต",
          "มิติที่ {n} การบริหารราชการด้วยความโปร่งใส"]
RUNNING = "องค์การบริหารส่วนตำบลหนองบัวแดง | รายงานประจำปีงบประมาณ ๒๕๖๘"


@dataclass
class GMeasure:
    title: str
    values: dict[str, Optional[list[str]]]  # element -> lines; None: the element is missing
    empty: dict[str, str] = field(default_factory=dict)  # element -> how its missing cell looks
    group: Optional[str] = None  # a group row before it
    sub_rows: list[dict[str, list[str]]] = field(default_factory=list)  # activity rows under a spanned measure cell


@dataclass
class Spec:
    kind: str
    agency: str
    form: str  # "table" or "prose"
    columns: list[str]  # elements with a column, in table order
    headers: dict[str, str]
    number_column: Optional[str]
    numbering: str  # how measures are numbered: dot, thai, close, paren, word, none
    other_columns: list[str]
    measures: list[GMeasure]
    split_after: Optional[int] = None  # a page break after this measure (table form)
    repeat_header: bool = True
    running_header: bool = False
    cut: bool = False  # the measure before the break spills over it
    front: list[str] = field(default_factory=list)  # cover, toc, memo
    back: list[str] = field(default_factory=list)  # memo, signature
    delimiter: str = "---"  # a Markdown table's delimiter cell (GFM: one hyphen or more, colons to align)
    line_numbers: bool = False  # Word's line numbering on (shown in the PDF's margin)
    embedded: bool = False  # the web page's tables and text in an iframe's srcdoc (a site builder's block)

    @property
    def fiscal_year(self) -> int:
        return YEARS[self.kind]

    def title(self) -> str:
        return TITLES[self.kind].format(fy=str(self.fiscal_year).translate(THAI_DIGITS))


def truth(spec: Spec) -> list[dict[str, bool]]:
    """For each measure, the elements it states."""
    out = []
    for m in spec.measures:
        states = {e: m.values.get(e) is not None for e in ELEMENTS}
        for sub in m.sub_rows:
            for e, lines in sub.items():
                states[e] = states[e] or bool(lines)
        out.append(states)
    return out


def expected_missing(spec: Spec) -> set[tuple[str, int]]:
    """(rule, measure index) of every missing-element finding an assessor would make."""
    return {(f"element-{e}", i) for i, states in enumerate(truth(spec), 1)
            for e in REQUIRED[spec.kind] if not states[e]}


def number_text(n: int, style: str) -> str:
    thai = str(n).translate(THAI_DIGITS)
    return {"dot": f"{n}.", "thai": f"{thai}.", "close": f"{n})", "paren": f"({n})", "word": f"มาตรการที่ {thai}",
            "none": ""}[style]


# --- the strategy ----------------------------------------------------------------------------


@st.composite
def reports(draw, forms=("table", "prose"), max_measures: int = 6) -> Spec:
    from ita_lint.engine.loader import load_pack

    vocab = load_pack("ita-2569").vocabulary.elements
    kind = draw(st.sampled_from(sorted(TITLES)))
    form = draw(st.sampled_from(forms))
    optional = [e for e in ELEMENTS if e != "measure"]
    columns = ["measure"] + draw(st.lists(st.sampled_from(optional), min_size=1, max_size=6, unique=True))
    columns = ["measure"] + [e for e in optional if e in columns]  # the usual order
    headers = {}
    for e in columns:
        # every synonym of the pack, and the wordings reports use
        choices = HEADERS[e] + [s.rstrip("$") for s in vocab[e].synonyms if len(s) > 3 and s.isascii() is False]  # "สถานะ$": the word alone
        headers[e] = draw(st.sampled_from(choices))
    numbering = draw(st.sampled_from(["dot", "thai", "close", "paren", "word", "none"]))
    number_column = draw(st.sampled_from([None] + NUMBER_COLUMNS)) if form == "table" and numbering != "word" else None
    if number_column:
        numbering = "column"
    other = draw(st.lists(st.sampled_from(OTHER_COLUMNS), max_size=1, unique=True)) if form == "table" else []
    n = draw(st.integers(1, max_measures))
    titles = draw(st.permutations(TITLES_OF_MEASURES))[:n]
    measures = []
    grouped = form == "table" and draw(st.booleans())
    for i, title in enumerate(titles):
        values: dict[str, Optional[list[str]]] = {"measure": [title]}
        empty = {}
        for e in optional:
            if e in columns and draw(st.integers(0, 4)) > 0:  # mostly filled
                k = draw(st.integers(1, 2 if e in ("steps", "output") else 1))
                values[e] = draw(st.lists(st.sampled_from(TEXTS[e]), min_size=k, max_size=k, unique=True))
            else:
                values[e] = None
                if e in columns:
                    empty[e] = draw(st.sampled_from(EMPTY_OUTCOME if e == "outcome" else EMPTY))
        group = None
        if grouped and (i == 0 or draw(st.integers(0, 3)) == 0):
            group = draw(st.sampled_from(GROUPS)).format(n=str(i + 1).translate(THAI_DIGITS))
        subs = []
        if form == "table" and "output" in columns and draw(st.integers(0, 5)) == 0:
            # the measure's activities, each a row of its own under a spanned measure cell
            subs = [{"output": [draw(st.sampled_from(TEXTS["output"]))]}]
        measures.append(GMeasure(title, values, empty, group, subs))
    if form == "prose" and not any(m.values.get(e) or m.empty.get(e) not in (None, "", "......")
                                   for m in measures for e in columns[1:]):
        # numbered paragraphs none of which has a label line are prose, not measures:
        # a document written so has its measures unread, and says so (measures-found)
        first = measures[0]
        first.values[columns[1]] = [TEXTS[columns[1]][0]]
        first.empty.pop(columns[1], None)
    spec = Spec(kind, draw(st.sampled_from(AGENCIES)), form, columns, headers, number_column, numbering, other, measures)
    if form == "table" and n >= 2 and draw(st.booleans()):
        spec.split_after = draw(st.integers(0, n - 2))
        spec.repeat_header = draw(st.booleans())
        spec.running_header = draw(st.booleans())
        split = measures[spec.split_after]
        # a cut row: the measure's last filled column spills over the break
        spec.cut = (draw(st.booleans()) and not split.sub_rows and not measures[spec.split_after + 1].group
                    and any(split.values.get(e) for e in columns[1:]))
    spec.front = draw(st.lists(st.sampled_from(["cover", "toc", "memo"]), unique=True))
    spec.back = draw(st.lists(st.sampled_from(["memo", "signature"]), unique=True))
    spec.delimiter = draw(st.sampled_from(["---", "-", ":-:", ":---", "--:"]))
    spec.line_numbers = draw(st.sampled_from([False, False, False, True]))
    spec.embedded = draw(st.sampled_from([False, False, False, True]))
    return spec


# --- the document as rows and lines, shared by every format ------------------------------------


@dataclass
class Cellx:
    lines: list[str]
    span: str = ""  # "up": merged with the cell above; "all": one cell across the row


def _cell(spec: Spec, m: GMeasure, e: str, lines: Optional[list[str]] = None) -> Cellx:
    lines = m.values.get(e) if lines is None else lines
    if lines is None:
        return Cellx([m.empty.get(e, "-")] if m.empty.get(e, "-") else [])
    return Cellx(list(lines))


def table_parts(spec: Spec) -> list[list[list[Cellx]]]:
    """The table as parts (one per page), each a list of rows of cells; the header first."""
    header = ([Cellx([spec.number_column])] if spec.number_column else []) + \
        [Cellx([spec.headers[e]]) for e in spec.columns] + [Cellx([o]) for o in spec.other_columns]
    width = len(header)
    parts: list[list[list[Cellx]]] = [[header]]
    for i, m in enumerate(spec.measures, 1):
        if m.group:
            parts[-1].append([Cellx([m.group], "all")] + [Cellx([], "left")] * (width - 1))
        number = number_text(i, "thai" if spec.numbering == "column" else spec.numbering)
        row = []
        if spec.number_column:
            row.append(Cellx([str(i).translate(THAI_DIGITS)]))
        title = (number + " " if number and not spec.number_column else "") + m.title
        spill: dict[str, list[str]] = {}
        for e in spec.columns:
            cell = Cellx([title]) if e == "measure" else _cell(spec, m, e)
            row.append(cell)
        row += [Cellx(["-"]) for _ in spec.other_columns]
        cut_here = spec.cut and spec.split_after == i - 1
        if cut_here:
            # the last filled column's last line goes over the page break
            col = max(k for k, e in enumerate(spec.columns) if e != "measure" and m.values.get(e))
            offset = 1 if spec.number_column else 0
            lines = row[col + offset].lines
            half = lines[-1][: len(lines[-1]) // 2]
            rest = lines[-1][len(half):]
            row[col + offset] = Cellx(lines[:-1] + [half])
            spill = {spec.columns[col]: [rest]}
        parts[-1].append(row)
        for sub in m.sub_rows:
            srow = [Cellx([], "up")] if spec.number_column else []
            for e in spec.columns:
                srow.append(Cellx([title], "up") if e == "measure" else Cellx(sub.get(e, [])))
            srow += [Cellx([]) for _ in spec.other_columns]
            parts[-1].append(srow)
        if spec.split_after == i - 1:
            parts.append([header] if spec.repeat_header else [])
            if spill:
                offset = 1 if spec.number_column else 0
                crow = [Cellx([]) for _ in range(width)]
                for e, lines in spill.items():
                    crow[spec.columns.index(e) + offset] = Cellx(lines)
                parts[-1].append(crow)
    return parts


def prose_items(spec: Spec) -> list[tuple[str, list[str]]]:
    """(numbered title, lines under it) for each measure of the prose form."""
    out = []
    for i, m in enumerate(spec.measures, 1):
        number = number_text(i, spec.numbering if spec.numbering != "none" else "dot")
        lines = []
        for e in spec.columns[1:]:
            label = LABELS[e][i % len(LABELS[e])]
            values = m.values.get(e)
            if values is None:
                empty = m.empty.get(e, "")
                if empty and empty != "......":
                    lines.append(f"{label}: {empty}")
                continue
            if len(values) > 1:
                lines.append(f"{label}:")
                lines += [f"{str(k).translate(THAI_DIGITS)}) {v}" for k, v in enumerate(values, 1)]
            else:
                lines.append(f"{label}: {values[0]}")
        out.append((f"{number} {m.title}", lines))
    return out


def front_lines(spec: Spec) -> list[tuple[str, str]]:
    """(kind of line, text) of the matter before the measures: heading, para."""
    out: list[tuple[str, str]] = []
    if "cover" in spec.front:
        out += [("para", spec.agency), ("para", "อำเภอเมือง จังหวัดลำปาง")]
    out += [("heading", spec.title()), ("para", spec.agency)]
    if "toc" in spec.front:
        out += [("heading", "สารบัญ"), ("para", "คำนำ .............................................. ก"),
                ("para", "ผลการดำเนินการ .................................... ๑")]
    if "memo" in spec.front:
        out += [("para", "บันทึกข้อความ"), ("para", "เรื่อง ขออนุมัติเผยแพร่รายงาน"),
                ("para", "ความเห็นของปลัด"), ("para", "เห็นควรอนุมัติ ................................")]
    if spec.kind == "measures":
        out += [("heading", "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่จะต้องพัฒนาแก้ไขโดยเร่งด่วน"),
                ("para", "ตัวชี้วัดที่ ๙ การเปิดเผยข้อมูล ได้คะแนนต่ำกว่าเกณฑ์ เนื่องจากข้อมูลบนเว็บไซต์ไม่เป็นปัจจุบัน"),
                ("heading", "ประเด็นที่จะต้องพัฒนาให้ดีขึ้น"),
                ("para", "การสื่อสารกับประชาชนผ่านช่องทางออนไลน์ยังไม่ทั่วถึงทุกหมู่บ้าน")]
    out.append(("para", "หน่วยงานขอสรุปรายละเอียดตามตารางและหัวข้อต่อไปนี้ เพื่อใช้ประกอบการประเมินของสำนักงาน ป.ป.ช."))
    return out


def back_lines(spec: Spec) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if "memo" in spec.back:
        out += [("para", "ความเห็นของนายก"), ("para", "( ) อนุมัติ ( ) ไม่อนุมัติ เนื่องจาก ........................")]
    if "signature" in spec.back:
        out += [("para", "ลงชื่อ ........................................ ผู้รายงาน"), ("para", "(นางสาวพิมพ์ใจ ดีงาม)")]
    return out


# --- formats -------------------------------------------------------------------------------------


def render(spec: Spec, fmt: str) -> bytes:
    return {"markdown": _markdown, "text": _text, "csv": _csv, "html": _html, "docx": _docx}[fmt](spec)


def _md_cell(c: Cellx) -> str:
    if c.span in ("up", "left"):
        return ""
    return "<br>".join(line.replace("|", "/") for line in c.lines)


def _markdown(spec: Spec) -> bytes:
    out = [RUNNING, ""] if spec.running_header else []
    for kind, text in front_lines(spec):
        out += [("# " if kind == "heading" and text == spec.title() else "## " if kind == "heading" else "") + text, ""]
    if spec.form == "table":
        for k, part in enumerate(table_parts(spec)):
            if k:
                out += ["- ๒ -", ""] + ([RUNNING, ""] if spec.running_header else [])
            if not part:
                continue
            # Markdown has no table without a header row: a part without its header
            # comes out, as converters write it, with its first row in the header's place
            head, body = part[0], part[1:]
            out.append("| " + " | ".join(_md_cell(c) for c in head) + " |")
            out.append("|" + (spec.delimiter + "|") * len(head))
            for row in body:
                out.append("| " + " | ".join(_md_cell(c) for c in row) + " |")
            out.append("")
    else:
        for title, lines in prose_items(spec):
            out += [title] + [f"- {line}" for line in lines] + [""]
    for _, text in back_lines(spec):
        out += [text, ""]
    return "\n".join(out).encode("utf-8")


def _text_cell(c: Cellx) -> str:
    if c.span in ("up", "left") or not c.lines:
        return ""
    if len(c.lines) == 1:
        return c.lines[0]
    return "".join(f"<p>{html.escape(line)}</p>" for line in c.lines)


def _text(spec: Spec) -> bytes:
    out = [RUNNING, ""] if spec.running_header else []
    for _, text in front_lines(spec):
        out += [text, ""]
    if spec.form == "table":
        for k, part in enumerate(table_parts(spec)):
            if k:
                out += ["", "- ๒ -"] + ([RUNNING] if spec.running_header else []) + [""]
            for row in part:
                out.append("\t".join(_text_cell(c) for c in row))
    else:
        for title, lines in prose_items(spec):
            out += [title] + lines + [""]
    out.append("")
    for _, text in back_lines(spec):
        out += [text, ""]
    return "\n".join(out).encode("utf-8")


def _csv(spec: Spec) -> bytes:
    """A sheet downloaded as CSV (Google Sheets, Excel) and saved as .txt: every record as
    wide as the table, a cell's lines quoted with its line breaks, pages pasted one under
    another with their furniture in the first cell. Prose is typed down the first column."""
    import csv
    import io

    if spec.form != "table":
        return _text(spec)
    width = len(table_parts(spec)[0][0])
    records: list[list[str]] = []

    def line(text: str = "") -> None:
        records.append([text] + [""] * (width - 1))

    if spec.running_header:
        line(RUNNING)
    for _, text in front_lines(spec):
        line(text)
        line()
    for k, part in enumerate(table_parts(spec)):
        if k:
            line()
            line("- ๒ -")
            if spec.running_header:
                line(RUNNING)
        for row in part:
            records.append(["" if c.span in ("up", "left") else "\n".join(c.lines) for c in row])
    line()
    for _, text in back_lines(spec):
        line(text)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(records)
    return out.getvalue().encode("utf-8")


def _html(spec: Spec) -> bytes:
    e = html.escape
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>ITA</title></head><body>",
           "<nav><a href='/'>หน้าหลัก</a></nav><main>"] + ([f"<p>{html.escape(RUNNING)}</p>"] if spec.running_header else [])
    for kind, text in front_lines(spec):
        out.append(f"<h1>{e(text)}</h1>" if kind == "heading" and text == spec.title() else
                   f"<h2>{e(text)}</h2>" if kind == "heading" else f"<p>{e(text)}</p>")
    if spec.form == "table":
        for k, part in enumerate(table_parts(spec)):
            if k:
                out.append("<p>- ๒ -</p>" + (f"<p>{e(RUNNING)}</p>" if spec.running_header else ""))
            out.append("<table border='1'>")
            heads = 1 if part and (k == 0 or spec.repeat_header) else 0
            # rowspan: a cell merged down spans the rows of its activities
            for r, row in enumerate(part):
                cells = []
                for j, c in enumerate(row):
                    if c.span in ("up", "left"):
                        continue
                    tag = "th" if r < heads else "td"
                    attrs = ""
                    if c.span == "all":
                        attrs = f" colspan='{len(row)}'"
                    down = 1
                    while r + down < len(part) and part[r + down][j].span == "up":
                        down += 1
                    if down > 1:
                        attrs += f" rowspan='{down}'"
                    cells.append(f"<{tag}{attrs}>" + "<br>".join(e(x) for x in c.lines) + f"</{tag}>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</table>")
    else:
        for title, lines in prose_items(spec):
            out.append(f"<p>{e(title)}</p><ul>" + "".join(f"<li>{e(x)}</li>" for x in lines) + "</ul>")
    for _, text in back_lines(spec):
        out.append(f"<p>{e(text)}</p>")
    if spec.embedded:
        # a site builder's "Embed HTML" block: what came after the menu, escaped into srcdoc
        page = "\n".join(out[2:])
        out = out[:2] + [f"<iframe width='100%' height='900' srcdoc=\"{e(page)}\"></iframe>"]
    out.append("</main><footer>ติดต่อหน่วยงาน</footer></body></html>")
    return "\n".join(out).encode("utf-8")


def _docx(spec: Spec) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement

    d = docx.Document()
    if spec.running_header:
        d.add_paragraph(RUNNING)
    for kind, text in front_lines(spec):
        if kind == "heading":
            d.add_heading(text, level=1 if text == spec.title() else 2)
        else:
            d.add_paragraph(text)
    if spec.form == "table":
        for k, part in enumerate(table_parts(spec)):
            if k:
                p = d.add_paragraph()
                p.add_run().add_break(WD_BREAK.PAGE)
                if spec.running_header:
                    d.add_paragraph(RUNNING)
            if not part:
                continue
            width = len(part[0])
            table = d.add_table(rows=len(part), cols=width)
            table.style = "Table Grid"
            heads = 1 if k == 0 or spec.repeat_header else 0
            for r, row in enumerate(part):
                if r < heads:
                    table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
                for j, c in enumerate(row):
                    if c.span in ("up", "left"):
                        continue
                    cell = table.cell(r, j)
                    if c.lines:
                        cell.text = c.lines[0]
                        for line in c.lines[1:]:
                            cell.add_paragraph(line)
                    if c.span == "all":
                        cell.merge(table.cell(r, width - 1))
                    down = 1
                    while r + down < len(part) and part[r + down][j].span == "up":
                        down += 1
                    if down > 1:
                        merged = cell.merge(table.cell(r + down - 1, j))
                        # merging joins the cells' paragraphs: keep the first cell's text only
                        for extra in merged.paragraphs[len(c.lines) or 1:]:
                            extra._p.getparent().remove(extra._p)
    else:
        for title, lines in prose_items(spec):
            d.add_paragraph(title)
            for line in lines:
                d.add_paragraph(line)
    for _, text in back_lines(spec):
        d.add_paragraph(text)
    if spec.line_numbers:
        numbering = OxmlElement("w:lnNumType")
        numbering.set(docx.oxml.ns.qn("w:countBy"), "1")
        numbering.set(docx.oxml.ns.qn("w:restart"), "newPage")
        sect = d.sections[0]._sectPr
        sect.insert(sect.index(sect.find(docx.oxml.ns.qn("w:pgMar"))) + 1, numbering)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
