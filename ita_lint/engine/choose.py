"""Which assessment year's pack checks a document, when no `--year` or config names one.

Each pack says which fiscal year a document of each kind submitted in its
assessment covers (`expected_fiscal_year`): a results report of FY 2568 is
submitted in the 2569 assessment, the measures of FY 2570 in the 2570 one. So the
document's own kind and fiscal year pick the pack whose assessment asks for it.
A document whose year no pack asks for, or that declares none, is checked
against the assessment in progress (the one of the current fiscal year), or the
nearest pack there is; the reason is given in every output.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Optional

from ita_lint.engine.loader import LoadedPack, load_pack
from ita_lint.engine.packs import available_packs


@dataclass(frozen=True)
class Choice:
    pack_id: str
    reason: dict  # {"th": …, "en": …}


def current_fiscal_year(today: Optional[datetime.date] = None) -> int:
    """The Thai fiscal year (Buddhist Era) in progress: it begins on 1 October."""
    today = today or datetime.date.today()
    return today.year + 543 + (1 if today.month >= 10 else 0)


def _packs() -> list[LoadedPack]:
    return [load_pack(p) for p in available_packs()]


def choose(kind: str, fiscal_year: Optional[int], kind_names: dict, today: Optional[datetime.date] = None) -> Choice:
    """The pack for a document of `kind` declaring `fiscal_year`; `kind_names` words the kind {th, en}."""
    packs = sorted(_packs(), key=lambda p: p.assessment_year)
    by_year = {p.assessment_year: p for p in packs}
    th_kind, en_kind = kind_names.get("th", "เอกสาร"), kind_names.get("en", "document")
    if fiscal_year is not None:
        asking = [p for p in packs if p.meta.expected_fiscal_year.get(kind) == fiscal_year]  # type: ignore[call-overload]
        if asking:
            # two assessments may ask for the same year (FY 2566 results: O43 of 2566, o35 of 2567):
            # the later one, naming the other
            pack, others = asking[-1], [str(p.assessment_year) for p in asking[:-1]]
            also_th = f" (และในการประเมิน {', '.join(others)} ใช้ --year เพื่อเลือก)" if others else ""
            also_en = f" (also in {', '.join(others)}: choose with --year)" if others else ""
            return Choice(pack.id, {
                "th": f"{th_kind}ของปีงบประมาณ {fiscal_year} ส่งในการประเมิน ITA {pack.assessment_year}{also_th}",
                "en": f"{en_kind} of FY {fiscal_year}: submitted in the {pack.assessment_year} ITA assessment{also_en}"})
    now = current_fiscal_year(today)
    pack = by_year.get(now) or (packs[-1] if now > packs[-1].assessment_year else packs[0])
    if fiscal_year is None:
        why_th, why_en = "ไม่พบปีงบประมาณในเอกสาร", "the document declares no fiscal year"
    else:
        why_th = f"ไม่มีเกณฑ์การประเมินปีใดที่รับ{th_kind}ของปีงบประมาณ {fiscal_year}"
        why_en = f"no assessment year here asks for a {en_kind} of FY {fiscal_year}"
    if pack.assessment_year == now:
        return Choice(pack.id, {"th": f"{why_th} จึงใช้เกณฑ์การประเมินปีปัจจุบัน ({now})",
                                "en": f"{why_en}, so the current assessment ({now}) is used"})
    return Choice(pack.id, {"th": f"{why_th} จึงใช้เกณฑ์ที่ใกล้ที่สุดที่มี (ITA {pack.assessment_year})",
                            "en": f"{why_en}, so the nearest assessment with rules ({pack.assessment_year}) is used"})
