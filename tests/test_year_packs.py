"""A pack for every assessment year, chosen by the document's own kind and fiscal year."""

from __future__ import annotations

import datetime
import json

import pytest

from ita_lint.engine.choose import choose, current_fiscal_year
from ita_lint.engine.loader import load_pack
from ita_lint.engine.packs import available_packs
from tests.test_cli import run

YEARS = [2566, 2567, 2568, 2569, 2570]
RESULTS = "# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {fy}\n"
TABLE = ("\n| มาตรการ | ผู้รับผิดชอบ | ขั้นตอนการดำเนินการ | การกำกับติดตาม | ผลการดำเนินการ | ผลลัพธ์ |\n"
         "|---|---|---|---|---|---|\n"
         "| 1. เปิดเผยข้อมูลการจัดซื้อจัดจ้าง | กองคลัง | จัดทำประกาศและเผยแพร่ทางเว็บไซต์ | รายงานนายกทุกไตรมาส "
         "| เผยแพร่ครบ 12 เดือน | ประชาชนตรวจสอบได้ |\n")


def test_every_assessment_year_has_its_pack():
    assert [f"ita-{y}" for y in YEARS] == [p for p in available_packs() if p in {f"ita-{y}" for y in YEARS}]
    for year in YEARS:
        pack = load_pack(f"ita-{year}")
        assert pack.assessment_year == year
        assert set(pack.meta.expected_fiscal_year) == {"measures", "results", "plan"}
        assert pack.meta.grading is not None and pack.meta.reference is not None
        for item in pack.meta.items.values():
            # an item either quotes the manual or says it is unconfirmed
            assert item.reference.confirmed == bool(item.reference.quote), item
            if not item.reference.confirmed:
                source = item.reference.source_in("en")
                assert "unconfirmed" in source or "not known" in source


def test_results_look_back_from_2567_and_2570_is_provisional():
    assert load_pack("ita-2566").meta.expected_fiscal_year["results"] == 2566  # O43: this year's progress
    for year in (2567, 2568, 2569, 2570):
        assert load_pack(f"ita-{year}").meta.expected_fiscal_year["results"] == year - 1
    assert load_pack("ita-2570").meta.provisional is not None
    assert all(load_pack(f"ita-{y}").meta.provisional is None for y in YEARS[:-1])


@pytest.mark.parametrize("kind,fy,pack", [
    ("results", 2568, "ita-2569"), ("results", 2569, "ita-2570"), ("measures", 2570, "ita-2570"),
    ("measures", 2569, "ita-2569"), ("measures", 2566, "ita-2566"), ("plan", 2567, "ita-2567"),
    ("results", 2567, "ita-2568"),
    ("results", 2566, "ita-2567"),  # asked for by 2566 (O43) and 2567 (o35): the later, naming the other
])
def test_the_document_chooses_its_pack(kind, fy, pack):
    choice = choose(kind, fy, {})
    assert choice.pack_id == pack
    assert str(fy) in choice.reason["th"] and str(fy) in choice.reason["en"]


def test_a_year_no_pack_asks_for_takes_the_current_assessment():
    nov_2026 = datetime.date(2026, 11, 26)
    assert current_fiscal_year(nov_2026) == 2570 and current_fiscal_year(datetime.date(2026, 9, 30)) == 2569
    assert choose("measures", None, {}, nov_2026).pack_id == "ita-2570"
    assert choose("measures", 2580, {}, nov_2026).pack_id == "ita-2570"
    assert choose("measures", 2560, {}, datetime.date(2019, 5, 1)).pack_id == "ita-2566"  # the nearest there is
    assert "current" in choose("results", None, {}, nov_2026).reason["en"]


@pytest.mark.parametrize("fy,pack", [(2565, "ita-2566"), (2566, "ita-2567"), (2567, "ita-2568"), (2568, "ita-2569"),
                                     (2569, "ita-2570")])
def test_results_of_any_year_pass_the_year_check_without_flags(tmp_path, fy, pack):
    report = tmp_path / f"results-{fy}.md"
    report.write_text(RESULTS.format(fy=fy) + TABLE, encoding="utf-8")
    proc = run("check", report, "--no-cache", "--format", "json")
    doc = json.loads(proc.stdout)["documents"][0]
    expected = pack if fy != 2565 else "ita-2566"
    if fy == 2565:  # no assessment here asks for FY 2565 results: the nearest pack, and the year is wrong
        assert doc["rulepack"] == expected or any(f["rule"] == "fiscal-year-expected" for f in doc["findings"])
        return
    assert doc["rulepack"] == expected, doc["rulepack_reason"]
    assert not [f for f in doc["findings"] if f["rule"] == "fiscal-year-expected"]
    assert str(fy) in doc["rulepack_reason"]


def test_year_flag_overrides_the_choice(tmp_path):
    report = tmp_path / "results.md"
    report.write_text(RESULTS.format(fy=2568) + TABLE, encoding="utf-8")
    proc = run("check", report, "--no-cache", "--format", "json", "--year", "2570")
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["rulepack"] == "ita-2570" and "--year" in doc["rulepack_reason"]
    assert any(f["rule"] == "fiscal-year-expected" for f in doc["findings"])
    assert proc.returncode == 1


def test_a_provisional_pack_says_so_in_every_output(tmp_path):
    report = tmp_path / "results-2569.md"  # results of FY 2569: the 2570 assessment
    report.write_text(RESULTS.format(fy=2569) + TABLE, encoding="utf-8")
    for fmt in ("terminal", "json", "sarif", "junit", "github", "concise"):
        proc = run("check", report, "--no-cache", "--format", fmt)
        assert "2569" in proc.stdout and ("ยังไม่มีคู่มือ" in proc.stdout or "rulepack-provisional" in proc.stdout), fmt
    proc = run("check", report, "--no-cache", "--format", "json", "--lang", "en")
    doc = json.loads(proc.stdout)["documents"][0]
    note = next(f for f in doc["findings"] if f["rule"] == "rulepack-provisional")
    assert note["severity"] == "info" and "not published" in note["message"]
    assert doc["passed"]  # a note about the rules is no fault of the report


def test_terminal_says_which_rules_and_why(tmp_path):
    report = tmp_path / "results.md"
    report.write_text(RESULTS.format(fy="๒๕๖๘") + TABLE, encoding="utf-8")
    out = run("check", report, "--no-cache").stdout
    assert "ตรวจตาม: เกณฑ์การประเมิน ITA ปี 2569" in out and "ปีงบประมาณ 2568 ส่งในการประเมิน ITA 2569" in out
    out = run("check", report, "--no-cache", "--lang", "en").stdout
    assert "ITA 2569" in out and "FY 2568: submitted in the 2569" in out


def test_rules_shows_what_differs_from_the_year_before():
    out = run("rules", "--year", "2570", "--lang", "en").stdout
    assert "Changes from ITA 2569 rules:" in out
    assert "fiscal year each kind covers" in out and "2569" in out and "2570" in out
    assert "Provisional" in out
    data = json.loads(run("rules", "--year", "2567", "--format", "json").stdout)
    assert data["changes_from"] == "ita-2566" and data["items"]["results"]["code"] == "o35"
    changed = {c["name"] for c in data["changes"]}
    assert {"expected_fiscal_year", "items", "fiscal-year-expected"} <= changed
    oldest = json.loads(run("rules", "--year", "2566", "--format", "json").stdout)
    assert oldest["changes_from"] is None and oldest["changes"] == []
