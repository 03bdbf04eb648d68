"""`ita-lint init`: a template of each kind and format checks as unfilled, place by place,
and passes once every instruction is replaced by realistic content."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from ita_lint import templates

ROOT = Path(__file__).resolve().parent.parent
INSTRUCTION = re.compile(r"\[กรอก: ([^\]]*)\]")


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=300, cwd=cwd, env={**os.environ, "NO_COLOR": "1"})


def contents(fy: int) -> dict[str, list[str]]:
    """What an officer would write in place of each instruction, by the instruction's subject."""
    words = templates.texts()
    el = words["elements"]
    real = {
        el["measure"]["instruction"]: ["เผยแพร่ข้อมูลการจัดซื้อจัดจ้างเป็นรายเดือนบนเว็บไซต์",
                                       "ปรับปรุงคู่มือการให้บริการประชาชนและประกาศระยะเวลาให้บริการ",
                                       "จัดอบรมบุคลากรเรื่องการป้องกันผลประโยชน์ทับซ้อน"],
        el["steps"]["instruction"]: ["1) รวบรวมข้อมูลจากกองคลังภายในวันที่ 5 ของเดือน 2) ตรวจความครบถ้วน 3) เผยแพร่บนเว็บไซต์",
                                     "1) ทบทวนคู่มือทุกงานบริการ 2) ประกาศ ณ จุดให้บริการ 3) สำรวจความพึงพอใจ",
                                     "1) จัดทำหลักสูตร 2) จัดอบรม 3) ทดสอบความรู้หลังอบรม"],
        el["responsible"]["instruction"]: ["กองคลัง (งานพัสดุ)", "สำนักปลัด (งานธุรการ)", "สำนักปลัด (งานการเจ้าหน้าที่)"],
        el["period"]["instruction"]: [f"ต.ค. {fy - 1} – ก.ย. {fy}", f"พ.ย. {fy - 1} – มี.ค. {fy}", f"มกราคม {fy}"],
        el["monitoring"]["instruction"]: ["ปลัดองค์การบริหารส่วนตำบลติดตามทุกเดือน และรายงานนายกองค์การบริหารส่วนตำบลทุกไตรมาส",
                                          "หัวหน้าสำนักปลัดรายงานผลต่อปลัดทุกไตรมาส",
                                          "งานการเจ้าหน้าที่สรุปผลการอบรมเสนอนายกองค์การบริหารส่วนตำบลภายใน 15 วัน"],
        el["output"]["instruction"]: [f"เผยแพร่ครบ 12 เดือน ตั้งแต่ ต.ค. {fy - 1} ถึง ก.ย. {fy} ที่ https://www.nongbua.go.th/egp",
                                      f"ปรับปรุงคู่มือ 15 งานบริการ ประกาศเมื่อ 15 ม.ค. {fy}",
                                      f"จัดอบรม 2 ครั้ง ผู้เข้าร่วม 45 คน เมื่อ 20 ก.พ. {fy}"],
        el["outcome"]["instruction"]: ["ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้ทุกเดือน ไม่มีเรื่องร้องเรียนเรื่องการจัดซื้อจัดจ้าง",
                                       "ความพึงพอใจของผู้รับบริการเพิ่มจากร้อยละ 82 เป็นร้อยละ 91",
                                       "บุคลากรร้อยละ 95 ผ่านแบบทดสอบหลังอบรม"],
        words["agency"]: ["องค์การบริหารส่วนตำบลหนองบัว อำเภอเมืองขอนแก่น จังหวัดขอนแก่น"],
        words["sections"]["weaknesses"]: ["ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ได้ 78.50 คะแนน เพราะข้อมูลการจัดซื้อจัดจ้างบนเว็บไซต์ไม่เป็นปัจจุบัน"],
        words["sections"]["improvements"]: ["ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน ได้ 86.20 คะแนน ควรประกาศระยะเวลาการให้บริการให้ชัดเจน"],
    }
    return real


def fill(text: str, fy: int, xml: bool = False) -> str:
    real = contents(fy)
    seen: dict[str, int] = {}

    def replace(m: re.Match) -> str:
        key = m.group(1)
        options = real.get(key) or ["องค์การบริหารส่วนตำบลหนองบัวจัดทำเอกสารนี้จากผลการประเมิน ITA ของปีที่ผ่านมา"]
        n = seen[key] = seen.get(key, -1) + 1
        value = options[n % len(options)]
        return escape(value) if xml else value

    return INSTRUCTION.sub(replace, text)


def fill_file(path: Path, fmt: str, fy: int) -> None:
    if fmt != "docx":
        path.write_text(fill(path.read_text(encoding="utf-8"), fy), encoding="utf-8")
        return
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/document.xml":
                data = fill(data.decode("utf-8"), fy, xml=True).encode("utf-8")
            z.writestr(name, data)
    path.write_bytes(out.getvalue())


def instructions_in(path: Path, fmt: str) -> int:
    if fmt == "docx":
        text = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return len(INSTRUCTION.findall(text))


@pytest.mark.parametrize("fmt", templates.FORMATS)
@pytest.mark.parametrize("kind", templates.KINDS)
def test_init_fill_check_round_trip(tmp_path, kind, fmt):
    path = tmp_path / f"{kind}.{fmt}"
    made = run("init", "--kind", kind, "--year", "2569", "--format", fmt, "-o", path)
    assert made.returncode == 0, made.stderr
    assert "เขียนแบบฟอร์มแล้ว" in made.stdout

    unfilled = run("check", path, "--format", "json", "--no-cache")
    assert unfilled.returncode == 1, unfilled.stderr
    [doc] = json.loads(unfilled.stdout)["documents"]
    assert doc["kind"] == kind and doc["rulepack"] == "ita-2569"
    places = [f for f in doc["findings"] if f["rule"] == "placeholder"]
    expected = instructions_in(path, fmt) - (1 if fmt == "yaml" else 0)  # the YAML comment shows the marker
    assert len(places) == expected and expected >= 4, [f["message"] for f in places]
    # every element the pack requires of the kind is a column of the template
    assert all(all(m["elements"][e] == "present" for e in doc["required_elements"]) for m in doc["measures"])
    assert len(doc["measures"]) == templates.texts()["rows"]

    fy = doc["fiscal_year"]
    fill_file(path, fmt, fy)
    assert instructions_in(path, fmt) == 0
    filled = run("check", path, "--format", "json", "--no-cache")
    [doc] = json.loads(filled.stdout)["documents"]
    errors = [f"{f['rule']}: {f['message']}" for f in doc["findings"] if f["severity"] == "error"]
    assert filled.returncode == 0 and doc["passed"] and not errors, errors
    assert doc["agency"].startswith("องค์การบริหารส่วนตำบลหนองบัว")


def test_init_never_overwrites_without_force(tmp_path):
    path = tmp_path / "m.md"
    path.write_text("งานของฉัน\n", encoding="utf-8")
    refused = run("init", "--kind", "measures", "-o", path)
    assert refused.returncode == 2 and "มีอยู่แล้ว" in refused.stderr and "--force" in refused.stderr
    assert path.read_text(encoding="utf-8") == "งานของฉัน\n"
    forced = run("init", "--kind", "measures", "-o", path, "--force")
    assert forced.returncode == 0 and path.read_text(encoding="utf-8").startswith("# มาตรการ")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.md"]  # no temporary file left behind


def test_init_format_from_the_name_or_refused(tmp_path):
    assert run("init", "--kind", "plan", "-o", tmp_path / "p.docx").returncode == 0
    assert zipfile.is_zipfile(tmp_path / "p.docx")
    unknown = run("init", "--kind", "plan", "-o", tmp_path / "p.txt", "--lang", "en")
    assert unknown.returncode == 2 and "give --format md, docx or yaml" in unknown.stderr
    nowhere = run("init", "--kind", "plan", "-o", tmp_path / "no" / "p.md")
    assert nowhere.returncode == 2 and "ไม่มีโฟลเดอร์นี้" in nowhere.stderr


def test_templates_follow_the_year_pack():
    from ita_lint.engine.loader import load_pack

    s = templates.skeleton("results", load_pack("ita-2569"))
    assert "พ.ศ. 2568" in s.title and [e for e, _ in s.columns] == ["measure", "output", "outcome"]
    m = templates.skeleton("measures", load_pack("ita-2569"))
    assert [sid for sid, _, _ in m.sections] == ["weaknesses", "improvements"] and "2568" in m.analysis and m.analysis.startswith("1. ")


def test_template_text_is_package_data():
    here = Path(templates.__file__).parent / "texts.yaml"
    assert here.is_file()
    ignored = subprocess.run(["git", "check-ignore", str(here)], cwd=ROOT, capture_output=True)
    assert ignored.returncode == 1  # not ignored: hatch puts it in the wheel with the package
