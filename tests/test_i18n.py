"""Thai all the way: every message a user can meet exists in Thai and English, Thai by default,
English with --lang en or an English locale; no English word in a Thai message but names."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ita_lint import i18n
from ita_lint.cli import main
from ita_lint.output.labels import LABELS, TRACE_LABELS

ROOT = Path(__file__).resolve().parent.parent

# names and codes a Thai sentence keeps in Latin letters
ALLOWED = {
    "ita", "ita-lint", "pdf", "docx", "doc", "xls", "ocr", "html", "yaml", "json", "toml", "utf", "mb", "url", "zip",
    "rtf", "xml", "tis", "windows", "word", "excel", "powerpoint", "opendocument", "tesseract", "tesseract-ocr",
    "tesseract-ocr-tha", "apt-get", "pip", "install", "lxml", "pypdfium2", "readme", "changelog", "sitemap",
    "robots", "txt", "user-agent", "no_color", "force_color", "path", "paths", "true", "false", "terminal", "th",
    "en", "rules", "report", "title", "measures", "results", "plan", "o", "aa", "a", "b", "c", "d", "f", "pdfium",
    "nacc", "fy", "github", "gitlab", "sarif", "junit", "x", "xx", "xxx", "ok", "pypdfium", "apt", "pyproject",
    "user", "agent", "schema",
    "http", "https", "tls", "gzip", "md", "pem",
    "output", "outcome", "rule-dirs",  # the manual itself writes (Output) and (Outcome); a configuration key
}


def english_words(text: str) -> list[str]:
    """Latin words of `text` outside placeholders, options, file names, code and allowed names."""
    text = re.sub(r"ita-lint \w+|\{[^}]*\}|`[^`]*`|\[[\w.-]+\]|'[\w.\[\]-]*'|(?<!\w)--?[\w-]+|\.[\w.-]+|https?://\S+|\b[\w.-]+/[\w./-]+", " ", text)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z_'-]*", text) if w.lower().strip("'-") not in ALLOWED]


def _catalogue_th():
    for pattern, th in i18n.MESSAGES:
        yield f"MESSAGES {pattern}", th
    for key, (th, _) in i18n.HELP.items():
        yield f"HELP {key!r}", th
    for en, th in i18n.CLICK_TH.items():
        yield f"CLICK {en!r}", th
    for table in (LABELS["th"], TRACE_LABELS["th"]):
        for key, value in table.items():
            for sub in (value.values() if isinstance(value, dict) else [value]):
                yield f"LABELS {key}", sub
    for table in (i18n._SCHEMA, i18n._OS_ERRORS, i18n._UNREAD_KINDS):
        for en, th in table.items():
            yield f"{en}", th


@pytest.mark.parametrize("where,th", list(_catalogue_th()), ids=lambda x: str(x)[:50])
def test_thai_catalogue_has_no_english_words(where, th):
    assert not english_words(th), f"{where}: {th!r} has {english_words(th)}"


def test_the_english_word_scan_can_fail():
    assert english_words("อ่านไฟล์ไม่ได้: no text layer — scanned PDF; try --ocr") == ["no", "text", "layer", "scanned",
                                                                                         "try"]
    assert english_words("title: Field required") == ["Field", "required"]


# --- every message the code raises has a Thai form -------------------------------------------

_RAISES = re.compile(r"(?:ReadError|ConfigError|UsageError|SettingsError|RulePackError|InputError|TemplateError|FetchError|Refused|BadURL|SitemapError|TargetError)\(\s*"
                     r"(?:[\w.]+,\s*)?(f?)\"((?:[^\"\\]|\\.)*)\"(?:\s*\n?\s*f?\"((?:[^\"\\]|\\.)*)\")?")
# the rule-pack author's errors (engine/loader, schema) and the web options' own checks (a
# programmer's, behind click's validated options) are not met by the officer this catalogue is for
_SCANNED = [p for p in sorted((ROOT / "ita_lint").rglob("*.py"))
            if p.name not in ("loader.py", "schema.py", "i18n.py", "options.py")]


# f-strings whose fields are pieces of the sentence, as they come out
_SAMPLES = {
    "{path}: {where}key '{key}': {err['msg']}": "pyproject.toml: [tool.ita-lint] key 'lang': Input should be 'th' or 'en'",
    "{at}{where}: {err['msg']}": "line 3: measures[0].outcome: Field required",
    "invalid YAML{f' at line {mark.line + 1}' if mark else ''}: {problem}": "invalid YAML at line 3: found a tab",
    "a {suffix} file, which ita-lint does not read: {SAVE_AS}":
        "a .xlsx file, which ita-lint does not read: save it as .docx or PDF and check again",
}


def _sample(template: str) -> str:
    # an f-string's fields as plausible values: numbers fit numeric groups, and names fit the rest
    return _SAMPLES.get(template) or re.sub(r"\{[^{}]*\}", "7", template)


def _raised_messages():
    for path in _SCANNED:
        source = path.read_text(encoding="utf-8")
        for m in _RAISES.finditer(source):
            text = m.group(2) + (m.group(3) or "")
            if m.group(1) or "{" in text:
                text = _sample(text)
            text = text.encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            if text.strip() and not re.search(r"[\u0e00-\u0e7f]", text):
                yield path.relative_to(ROOT).as_posix(), " ".join(text.split())
    for name in ("SCANNED", "BLANK", "MISSING"):
        for module in ("ita_lint.readers.pdf", "ita_lint.readers.ocr"):
            import importlib

            value = getattr(importlib.import_module(module), name, None)
            if isinstance(value, str):
                yield module, value
    from ita_lint.readers.sniff import UNREAD, unread_message

    for kind in UNREAD:
        yield "sniff", unread_message(kind)


RAISED = list(_raised_messages())


def test_the_scan_finds_the_messages():
    found = {m for _, m in RAISED}
    assert "no text layer — scanned PDF; try --ocr" in found
    assert any(m.startswith("unknown file type") for m in found) and len(found) > 40


@pytest.mark.parametrize("where,message", RAISED, ids=lambda x: str(x)[:60])
def test_every_message_the_code_raises_is_said_in_thai(where, message):
    th = i18n.say(message, "th")
    assert th != message, f"{where}: no Thai for {message!r}"
    assert re.search(r"[\u0e00-\u0e7f]", th) and not english_words(th), f"{where}: {th!r}"
    assert i18n.say(message, "en") == message


def test_schema_and_scanned_pdf_messages_are_wholly_thai():
    assert i18n.say("no text layer — scanned PDF; try --ocr", "th") == \
        "PDF นี้ไม่มีชั้นข้อความ (เป็นภาพสแกน): ตรวจอีกครั้งด้วย --ocr เพื่ออ่านข้อความจากภาพ"
    assert i18n.say("line 3: title: Field required", "th") == "บรรทัด 3: ช่อง title: ขาดช่องนี้ ต้องกรอก"
    assert i18n.say("measures[2].responsible: must be text or a list of texts", "th") == \
        "ช่อง measures[2].responsible: ต้องเป็นข้อความ หรือรายการข้อความ"


# --- the command line ------------------------------------------------------------------------

def run(*args, env=None):
    base = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES")}
    return subprocess.run([sys.executable, "-m", "ita_lint", *map(str, args)], capture_output=True, text=True,
                          encoding="utf-8", timeout=120, env={**base, "NO_COLOR": "1", **(env or {})})


def test_every_command_and_option_has_help_in_both_languages():
    assert i18n.missing_help(main) == []
    for key, (th, en) in i18n.HELP.items():
        assert re.search(r"[\u0e00-\u0e7f]", th) and not re.search(r"[\u0e00-\u0e7f]", en), key


@pytest.mark.parametrize("command", ["", "check", "explain", "config", "rules", "rule", "schema", "init", "serve"])
def test_help_is_thai_by_default_and_english_on_request(command):
    args = [command, "--help"] if command else ["--help"]
    th = run(*args)
    assert th.returncode == 0 and "วิธีใช้:" in th.stdout and "ตัวเลือก:" in th.stdout, th.stdout
    assert "Show this message" not in th.stdout and "[required]" not in th.stdout and "default:" not in th.stdout
    en = run(*args, "--lang", "en") if command in ("check", "explain", "rules", "rule", "init", "serve") else run(*args, env={"LANG": "en_US.UTF-8"})
    assert "Usage:" in en.stdout and not re.search(r"[\u0e00-\u0e7f]", en.stdout.split("Options:")[1]), en.stdout


def test_usage_errors_in_thai_and_english():
    th = run("check", "--format", "xx", "a.md")
    assert th.returncode == 2 and "ข้อผิดพลาด: ค่าของ '--output-format' / '--format' ไม่ถูกต้อง" in th.stderr, th.stderr
    assert "'xx' ไม่ใช่รูปแบบที่มี" in th.stderr
    own = run("check")
    assert own.returncode == 2 and "ระบุไฟล์ โฟลเดอร์ หรือ URL ที่จะตรวจ" in own.stderr
    en = run("check", env={"LC_ALL": "en_GB.UTF-8", "LANG": "th_TH.UTF-8"})
    assert "give files, folders or URLs to check" in en.stderr


def test_read_errors_follow_the_language(tmp_path):
    bad = tmp_path / "r.yaml"
    bad.write_text("kind: results\nmeasures: []\n", encoding="utf-8")
    th = run("check", bad, env={"COLUMNS": "300"})
    line = next(x for x in th.stdout.splitlines() if str(bad) in x)
    assert th.returncode == 2 and "ช่อง title: ขาดช่องนี้ ต้องกรอก" in line and not english_words(line.split(": ", 1)[1])
    en = run("check", bad, env={"LANG": "en_US.UTF-8"})
    assert "title: Field required" in en.stdout


def test_rules_table_headings_follow_the_language():
    th = run("rules", "--year", "2569")
    assert "หมวด" in th.stdout and "ความรุนแรง" in th.stdout and "category" not in th.stdout
    assert "ประเภทเอกสาร" in th.stdout
    en = run("rules", "--year", "2569", "--lang", "en")
    assert "category" in en.stdout and "severity" in en.stdout


def _rule_texts_th():
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.packs import available_packs

    for pack_id in available_packs():
        pack = load_pack(pack_id)
        for rule in pack.rules:
            yield f"{pack_id} {rule.id} summary", rule.summary.th
            yield f"{pack_id} {rule.id} fix", rule.fix.th
            yield f"{pack_id} {rule.id} message", rule.message.th
            for case, text in rule.cases.items():
                yield f"{pack_id} {rule.id} {case}", text.th
            yield f"{pack_id} {rule.id} source", rule.reference.source_in("th")


RULE_TEXTS = sorted(set(_rule_texts_th()))


@pytest.mark.parametrize("where,th", RULE_TEXTS, ids=lambda x: str(x)[:50])
def test_rule_pack_messages_in_thai_have_no_english_words(where, th):
    assert not english_words(th), f"{where}: {th!r} has {english_words(th)}"


# --- findings say what they mean --------------------------------------------------------------

def test_a_box_merging_three_statuses_says_three():
    from tests.conftest import lint_text

    text = ("# รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\n\n"
            "| มาตรการ/กิจกรรม | ผลการดำเนินการ | ผลลัพธ์ |\n|---|---|---|\n"
            "| เผยแพร่แผน | ☐ ไม่สามารถดำเนินการได้ ☑ ยังไม่ได้ดำเนินการอยู่ระหว่างการดำเนินการดำเนินการแล้วเสร็จ"
            " | บุคลากรรับทราบ |\n")
    [hit] = [f for f in lint_text(text, select={"status-box"}).findings]
    assert "รวม 3 สถานะ" in hit.message, hit.message
    text2 = text.replace("ยังไม่ได้ดำเนินการอยู่ระหว่างการดำเนินการ", "อยู่ระหว่างการดำเนินการ")
    [hit] = [f for f in lint_text(text2, select={"status-box"}).findings]
    assert "รวม 2 สถานะ" in hit.message


def test_what_is_missing_from_the_whole_document_has_no_line():
    proc = run("check", ROOT / "samples" / "measures-missing-analysis.md", env={"COLUMNS": "200"})
    lines = [line for line in proc.stdout.splitlines() if "[analysis-" in line]
    assert lines and all("ทั้งเอกสาร:" in line and "บรรทัด" not in line for line in lines), lines
    data = run("check", ROOT / "samples" / "measures-missing-analysis.md", "--format", "json").stdout
    import json

    found = [f for f in json.loads(data)["documents"][0]["findings"] if f["rule"].startswith("analysis-")]
    assert found and all(f["location"]["line"] is None for f in found)


def test_the_rule_pack_is_named_in_words():
    out = run("check", ROOT / "samples" / "results-complete.md", env={"COLUMNS": "200"}).stdout
    assert "เกณฑ์การประเมิน ITA ปี 2569" in out and "ita-2569" not in out


# --- the rules' sources, in the language of the reader -----------------------------------------

def _shipped_sources():
    import yaml

    for path in sorted((ROOT / "rules").glob("*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        refs = [r["reference"] for r in data.get("rules", [])]
        refs += [i["reference"] for i in (data.get("items") or {}).values()]
        for ref in refs:
            yield path.relative_to(ROOT).as_posix(), ref["source"]


@pytest.mark.parametrize("where,source", list(_shipped_sources()), ids=lambda x: str(x)[:60])
def test_every_shipped_source_is_written_in_thai_and_english(where, source):
    # domain texts live in the packs: each source says it in both languages, as messages do
    assert isinstance(source, dict) and set(source) == {"th", "en"}, f"{where}: {source!r}"
    assert re.search(r"[\u0e00-\u0e7f]", source["th"]) and not english_words(source["th"]), f"{where}: {source['th']!r}"


def test_rule_command_cites_its_source_in_the_language_asked():
    th = run("rule", "outcome-repeats-output", "--year", "2569").stdout
    line = next(x for x in th.splitlines() if x.startswith("ที่มา:"))
    assert "คู่มือการประเมิน ITA ปี 2569 ข้อ o26" in line and "เป็นการพิจารณาของ ita-lint" in line, line
    assert not english_words(line), line
    en = run("rule", "outcome-repeats-output", "--year", "2569", "--lang", "en").stdout
    line = next(x for x in en.splitlines() if x.startswith("Source:"))
    assert "ITA assessment manual 2569, item o26" in line and "ita-lint's judgement" in line, line


def test_a_user_packs_one_text_source_is_still_read_and_cited_in_each_language():
    from ita_lint.engine.cite import cite_rules
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.schema import Reference

    pack = load_pack("ita-2569")
    rule = pack.rule("element-steps")
    mine = rule.model_copy(update={"reference": Reference(source="{manual}: our own rule", confirmed=False)})
    [cited] = cite_rules([mine], pack.meta, pack.vocabulary)
    assert cited.reference.source_in("th") == "คู่มือการประเมิน ITA ปี 2569: our own rule"
    assert cited.reference.source_in("en") == "ITA assessment manual 2569: our own rule"
    assert Reference.model_validate({"source": "plain", "confirmed": False}).source_in("th") == "plain"


def test_the_report_page_cites_sources_in_thai(tmp_path):
    page = tmp_path / "r.html"
    run("check", ROOT / "samples" / "results-missing-outcome.md", "--format", "html", "-o", page, "--no-cache")
    refs = re.findall(r'<div class="ref">([^<]*)</div>', page.read_text(encoding="utf-8"))
    assert refs and all(r.startswith("ที่มา: ") and not english_words(r) for r in refs), refs


def test_rules_lists_only_real_changes_in_words():
    # a shared rule citing each year's own manual is no change; fields are said, not keyed
    out = run("rules", "--year", "2570").stdout
    changes = out.split("ต่างจาก")[1]
    changed = re.findall(r"^  ~ ([\w-]+):", changes, re.M)
    assert changed == ["fiscal-year-expected"], changes
    assert "reference" not in changes and "confirmed" not in changes and "ตรวจอะไร:" in changes
    assert "มาตรการ: 2569" in changes and "measures:" not in changes


# --- config, --statistics, --help's values, and the messages of the audit ----------------------

def test_config_prints_its_settings_in_thai_and_english(tmp_path):
    (tmp_path / ".ita-lint.yaml").write_text("ignore: [placeholder]\nyear: 2568\n", encoding="utf-8")
    th = run("config", tmp_path).stdout
    assert "ค่าตั้งที่ใช้กับ" in th and "ไฟล์ตั้งค่า: " in th and "ไม่ตรวจกฎหรือหมวด ('ignore'): placeholder" in th
    assert "(เกณฑ์การประเมิน ITA ปี 2568)" in th and "auto" not in th
    assert all(not english_words(line.split("): ")[-1].replace("placeholder", "")) for line in th.splitlines()[2:]), th
    en = run("config", tmp_path, env={"LANG": "en_US.UTF-8"}).stdout
    assert "Settings in force for" in en and "rules or categories skipped ('ignore'): placeholder" in en
    import json

    assert json.loads(run("config", tmp_path, "--format", "json").stdout)["rulepack"] == "ita-2568"
    assert "by each document's kind" in run("config", ROOT / "samples", "--lang", "en").stdout


def test_help_names_option_values_in_thai():
    th = run("check", "--help").stdout
    assert "--year ปี" in th and "--config ไฟล์" in th and "INTEGER RANGE" not in th and "FILE" not in th
    assert "คำสั่ง [อาร์กิวเมนต์]..." in run("--help").stdout
    en = run("check", "--help", "--lang", "en").stdout
    assert "--year YEAR" in en and "--config FILE" in en


@pytest.mark.parametrize("message,thai", [
    ("--limit foo: expected NAME=N with NAME one of max-table-cells", "ต้องเขียนในรูป ชื่อ=จำนวน"),
    ("--limit max-table-cells=x: 'x' is not a whole number", "ไม่ใช่จำนวนเต็ม"),
    ("ca.pem (--ca-bundle): not a readable PEM certificate bundle (NO_CERTIFICATE_OR_CRL_FOUND)", "ใบรับรองแบบ PEM"),
    ("https://a.go.th: HTTP 503 Service Unavailable; trying again in 2 s", "จะลองใหม่ในอีก 2 วินาที"),
    ("https://a.go.th/robots.txt asks for 30 s between requests; waiting 10 s", "ขอให้เว้น 30 วินาที"),
    ("3 pages and documents fetched (0.2 MB); 1 checked", "ตรวจแล้ว 1 ฉบับ"),
    ("aborted", "ยกเลิกแล้ว"),
])
def test_messages_the_audit_found_are_said_in_thai(message, thai):
    said = i18n.say_line(message, "th")
    values = {"foo", "max-table-cells", "ca", "NO_CERTIFICATE_OR_CRL_FOUND"}  # what the user typed, and OpenSSL's code
    assert thai in said and set(english_words(said)) <= values, said
    assert i18n.say_line(message, "en") == message


def test_an_internal_error_is_said_in_thai():
    from ita_lint.bugs import bug_message

    said = i18n.say(bug_message(KeyError("x")), "th")
    assert said.startswith("ข้อผิดพลาดภายในของ ita-lint (KeyError: 'x')") and "โปรดแจ้งที่" in said, said


@pytest.mark.parametrize("name,what,limit", [
    ("table_cells", "a table of 100 rows × 1,000 columns (spans counted)", 1_000_000),
    ("document_cells", "tables of over 5,000,000 cells in all (spans counted)", 5_000_000),
    ("docx_part_bytes", "DOCX part word/document.xml is 300.0 MB uncompressed", 256_000_000),
    ("docx_total_bytes", "the DOCX's XML parts unpack to over 600.0 MB", 512_000_000),
])
def test_the_limits_of_work_are_said_in_thai(name, what, limit):
    from ita_lint.i18n import say
    from ita_lint.limits import message

    line = say(message(name, what, limit), "th")
    assert "เกินขีดจำกัด" in line and f"--limit max-{name.replace('_', '-')}=N" in line
    assert not re.search(r"\b(over|limit of|raise|trusted|columns|uncompressed)\b", line)
