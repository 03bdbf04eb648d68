"""The audit of issue 8, kept: every command an officer may run, on good and on broken input,
under the default (Thai) locale, and no line of what it prints carries an English word that is
not a name — a rule id, a format, a file or option, or a word of the report itself.

A new message raised in English only, a --help text, a heading or a table word without its Thai
form, fails here, whatever module prints it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.test_i18n import english_words

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"

# names a Thai line keeps in Latin letters beyond tests/test_i18n.ALLOWED: the program's own
# name in a usage line, command names, option values to type, acronyms and codes
NAMES = {"python", "ita_lint", "rule_id", "check", "config", "explain", "init", "serve", "schema", "rule",
         "text", "table", "concise", "markdown", "oit", "ctrl", "i", "ok",
         "ita-lint-disable-next-line", "foo", "nope",  # a waiver's syntax; values the commands below type
         "rulepack-provisional", "waiver-expired", "config-weakened"}  # findings of no rule pack


def _names() -> set[str]:
    """Rule ids, categories and the Latin words of the reports checked (their own words)."""
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.packs import available_packs

    from ita_lint.limits import NAMES as LIMITS

    names = set(NAMES) | set(LIMITS)
    for pack_id in available_packs():
        for rule in load_pack(pack_id).rules:
            names |= {rule.id, rule.category}
    for path in SAMPLES.rglob("*"):
        if path.is_file():
            names |= {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z_'-]*", path.read_text("utf-8", "replace"))}
    return names


def _inputs(tmp: Path) -> dict[str, Path]:
    docs = tmp / "docs"
    docs.mkdir()
    (docs / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))  # Word 97-2003
    with zipfile.ZipFile(docs / "book.xlsx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    (tmp / "empty").mkdir()
    (tmp / "broken.yaml").write_text("kind: results\ntitle: x\nmeasures:\n  - measure: [a\n", encoding="utf-8")
    (tmp / "fields.yaml").write_text("kind: results\nmeasures: []\n", encoding="utf-8")
    bad = tmp / "badconfig"
    bad.mkdir()
    (bad / "pyproject.toml").write_text('[tool.ita-lint]\nyear = "abc"\n', encoding="utf-8")
    (bad / "o26.md").write_text((SAMPLES / "results-complete.md").read_text(encoding="utf-8"), encoding="utf-8")
    settings = tmp / "settings"
    settings.mkdir()
    (settings / ".ita-lint.yaml").write_text(
        "ignore: [placeholder]\nseverity: {fiscal-year-periods: error}\nyear: 2568\n"
        "waivers:\n  - {path: a.pdf, rule: placeholder, reason: ลายเซ็น, expires: 2026-12-31}\n", encoding="utf-8")
    return {"docs": docs, "empty": tmp / "empty", "broken": tmp / "broken.yaml", "fields": tmp / "fields.yaml",
            "badconfig": bad, "settings": settings, "pem": tmp / "fields.yaml"}


def _commands(tmp: Path) -> list[list[str]]:
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.packs import default_pack_id

    f = _inputs(tmp)
    one = str(SAMPLES / "results-complete.md")
    commands = [
        ["check", SAMPLES], ["check", SAMPLES, "--statistics"], ["check", f["docs"] / "old.doc", f["docs"] / "book.xlsx"],
        ["check", f["docs"]], ["check", f["empty"]], ["check", f["broken"]], ["check", f["fields"]],
        ["check", f["badconfig"]], ["check", one, "--limit", "foo"], ["check", one, "--limit", "max-table-cells=x"],
        ["check", one, "--format", "xx"], ["check", one, "--year", "2599"], ["check", one, "--select", "nope"],
        ["check", tmp / "missing.md"], ["check"], ["check", "-v", "--retries", "1", "http://127.0.0.1:9/o26.pdf"],
        ["check", "--ca-bundle", f["pem"], "https://127.0.0.1:9/o26.pdf"],
        ["rules"], ["rules", "--year", "2567"], ["rules", "--year", "2570"], ["rule", "nope"],
        ["config", SAMPLES], ["config", f["settings"]], ["config", f["badconfig"]],
        ["init", "--kind", "results", "-o", tmp / "o26.md"], ["init", "--kind", "plan", "-o", tmp / "plan.xyz"],
        ["explain", one], ["explain", f["docs"] / "old.doc"],
    ]
    commands += [[c, "--help"] if c else ["--help"] for c in
                 ["", "check", "explain", "config", "rules", "rule", "schema", "init", "serve"]]
    commands += [["rule", r.id] for r in load_pack(default_pack_id()).rules]
    return [[str(a) for a in c] for c in commands]


def _run(args: list[str], cwd: Path) -> tuple[list[str], str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    env.update(LANG="C.UTF-8", NO_COLOR="1", COLUMNS="250")  # the default locale: Thai
    proc = subprocess.run([sys.executable, "-m", "ita_lint", *args], capture_output=True, text=True,
                          encoding="utf-8", timeout=180, env=env, cwd=cwd)
    return args, proc.stdout + proc.stderr


def test_no_english_reaches_a_thai_user(tmp_path):
    names = _names()
    with ThreadPoolExecutor(max_workers=2) as pool:
        outputs = list(pool.map(lambda c: _run(c, tmp_path), _commands(tmp_path)))
    english = []
    for args, out in outputs:
        assert "Traceback" not in out, (args, out)
        for line in out.splitlines():
            words = [w for w in english_words(line) if w.lower() not in names
                     and not re.fullmatch(r"[A-Z0-9]+(?:_[A-Z0-9]+)+", w)  # an OpenSSL or errno code
                     and not (line.find(w + "…") >= 0 and any(n.startswith(w.lower()) for n in names))]  # cut short
            if words:
                english.append(f"{' '.join(args[:3])}: {words[:5]} | {line[:160]}")
    assert not english, "\n".join(english)


def test_the_audit_sees_an_english_message():
    # the filter lets a message through only by its words, not by where it is printed
    names = {"status-box"}
    line = "samples/o26.md: อ่านไฟล์ไม่ได้: not a readable PEM certificate bundle"
    assert [w for w in english_words(line) if w.lower() not in names] == ["not", "readable", "certificate", "bundle"]
