"""What `ita-lint config PATH` prints: the settings in force for a path and the file they come
from, in the user's language (`--format json` gives the same as data, keys as in the file).

Each line names the setting in words and, in quotes, the key to write in the configuration,
so that an officer can read it and a maintainer can find the key.
"""

from __future__ import annotations

# each setting's words as (Thai, English)
WORDS = {
    "head": ("ค่าตั้งที่ใช้กับ {path}", "Settings in force for {path}"),
    "source": ("ไฟล์ตั้งค่า: {source}", "configuration file: {source}"),
    "no_source": ("ไฟล์ตั้งค่า: ไม่พบ จึงใช้ค่าเริ่มต้นทั้งหมด (ตั้งค่าได้ใน .ita-lint.yaml หรือ pyproject.toml)",
                  "configuration file: none found, so every setting is the default (.ita-lint.yaml or pyproject.toml)"),
    "year": ("ปีการประเมิน", "assessment year"),
    "select": ("ตรวจเฉพาะกฎหรือหมวด", "only these rules or categories"),
    "ignore": ("ไม่ตรวจกฎหรือหมวด", "rules or categories skipped"),
    "severity": ("ปรับความรุนแรงของกฎ", "severities changed"),
    "fail_under": ("คะแนนขั้นต่ำที่ถือว่าผ่าน", "lowest passing score"),
    "lang": ("ภาษาของข้อความ", "language of messages"),
    "rule_dirs": ("โฟลเดอร์กฎเพิ่มเติม", "folders of further rules"),
    "max_bytes": ("ขนาดไฟล์สูงสุด", "largest file"),
    "max_pages": ("จำนวนหน้า PDF สูงสุด", "most PDF pages"),
    "limits": ("ขีดจำกัดของงาน", "bounds on work"),
    "waivers": ("การยกเว้นการตรวจ", "waivers"),
    "auto": ("ตามประเภทและปีงบประมาณของเอกสารแต่ละฉบับ", "by each document's kind and fiscal year"),
    "pack": ("{year} (เกณฑ์การประเมิน ITA ปี {year})", "{year} (ITA {year} rules)"),
    "all": ("ทุกกฎ", "all rules"), "none": ("ไม่มี", "none"),
    "default": ("ค่าเริ่มต้น ({value})", "default ({value})"), "defaults": ("ค่าเริ่มต้นทั้งหมด", "all defaults"),
    "bytes": ("{mb:.4g} MB", "{mb:.4g} MB"),
    "th": ("ไทย", "Thai"), "en": ("อังกฤษ", "English"),
    "waiver": ("{path}: ไม่ตรวจ {rule} เพราะ {reason}", "{path}: {rule} not checked because {reason}"),
    "expires": (" (ถึง {date})", " (until {date})"),
}

# the key each setting has in the configuration file
KEYS = {"year": "year", "select": "select", "ignore": "ignore", "severity": "severity", "fail_under": "fail-under",
        "lang": "lang", "rule_dirs": "rule-dirs", "max_bytes": "max-bytes", "max_pages": "max-pages",
        "limits": "limits", "waivers": "waivers"}


def render(eff, path: str, lang: str) -> str:
    from ita_lint.output.labels import LABELS
    from ita_lint.readers import ReadOptions

    w = {key: words[1 if lang == "en" else 0] for key, words in WORDS.items()}
    listed = lambda values, empty: ", ".join(values) or empty  # noqa: E731
    values = {
        "year": w["pack"].format(year=eff.year) if eff.year else w["auto"],
        "select": listed(eff.select, w["all"]),
        "ignore": listed(eff.ignore, w["none"]),
        "severity": listed([f"{rule} = {LABELS[lang].get(sev, sev)}" for rule, sev in eff.severity], w["none"]),
        "fail_under": f"{eff.fail_under:g}",
        "lang": w.get(eff.lang, eff.lang),
        "rule_dirs": listed(eff.rule_dirs, w["none"]),
        "max_bytes": w["bytes"].format(mb=eff.max_bytes / 2**20) if eff.max_bytes else
        w["default"].format(value=w["bytes"].format(mb=ReadOptions.max_bytes / 2**20)),
        "max_pages": str(eff.max_pages) if eff.max_pages else w["default"].format(value=ReadOptions.max_pages),
        "limits": listed([f"{name} = {value}" for name, value in eff.limits], w["defaults"]),
        "waivers": listed([w["waiver"].format(path=v.path, rule=v.rule, reason=v.reason) +
                           (w["expires"].format(date=v.expires.isoformat()) if v.expires else "") for v in eff.waivers],
                          w["none"]),
    }
    lines = [w["head"].format(path=path), w["source"].format(source=eff.source) if eff.source else w["no_source"]]
    lines += [f"  {w[name]} ('{KEYS[name]}'): {value}" for name, value in values.items()]
    return "\n".join(lines) + "\n"
