"""Accuracy on labelled reports: measure counts, element precision and recall, silent losses.

    python bench/accuracy.py tests/blind/round1 tests/blind/round2   # folders of labelled reports
    python bench/accuracy.py tests/blind/round1 --details             # every mismatch, per document
    python bench/accuracy.py tests/blind/round1 --json out.json       # the figures, for ACCURACY.md

Each report `NAME.EXT` has a label file `NAME.truth.yaml` written by someone who had not
read the code (tests/blind/README.md gives the format): kind, fiscal year and, for every
measure an assessor would tick, its number, title and the state of all seven elements.

How the figures are counted:
- The tool's measures are aligned with the labelled ones in document order, pairing
  titles by similarity (a pair needs SIMILAR of its shorter title in common); an
  unpaired labelled measure is *lost*, an unpaired tool measure *invented*.
- A document's count is exact when the tool read as many measures as the label has.
- Elements: over paired measures, each of the seven elements is a true/false
  positive/negative; a lost measure's present elements are false negatives, an
  invented one's are false positives.
- A lost or invented measure is *silent* when the document carries no finding that
  says content was not placed (the `layout` rules: category `input`).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ELEMENTS = ("measure", "steps", "responsible", "period", "monitoring", "output", "outcome")
SIMILAR = 0.55
LABEL_SUFFIX = ".truth.yaml"


def _compact(text: str) -> str:
    from ita_lint.thai import compact

    return compact(text or "")


def similarity(a: str, b: str) -> float:
    a, b = _compact(a)[:60], _compact(b)[:60]
    if not a or not b:
        return 0.0
    if a.startswith(b) or b.startswith(a):
        return 1.0
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    blocks = sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return max(match.size, blocks) / min(len(a), len(b))


def align(truth: list[dict], tool: list[dict]) -> list[tuple[int, int]]:
    """Pairs (truth index, tool index) in order, maximising the summed similarity."""
    n, m = len(truth), len(tool)
    sim = [[_pair_score(t, u) for u in tool] for t in truth]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + best[i + 1][j + 1] if sim[i][j] >= SIMILAR else -1.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if sim[i][j] >= SIMILAR and best[i][j] == sim[i][j] + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _pair_score(truth: dict, tool: dict) -> float:
    want = str(truth.get("title") or "")
    s = max(similarity(want, tool["title"]), similarity(want, tool.get("source_title") or ""))
    number = truth.get("number")
    if number is not None and tool.get("number") is not None and str(number) == str(tool["number"]):
        s += 0.01  # prefer the one with the same number among equal titles
    return s


@dataclass
class DocScore:
    name: str
    truth_measures: int
    tool_measures: int
    lost: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)
    element_errors: list[str] = field(default_factory=list)
    tp: int = 0
    fp: int = 0
    fn: int = 0
    announced: bool = False
    kind_ok: bool = True
    year_ok: bool = True
    error: str = ""

    @property
    def count_exact(self) -> bool:
        return not self.error and self.truth_measures == self.tool_measures

    @property
    def silent(self) -> int:
        return 0 if self.announced else len(self.lost) + len(self.invented)


def _tool_measures(result) -> list[dict]:
    out = []
    for m in result.report.measures:
        out.append({"title": m.title, "number": getattr(m, "number", None),
                    "source_title": next((t for e, t, _ in m.texts if e == "measure"), m.title),
                    "elements": {e: m.has(e) for e in ELEMENTS}})
    return out


def score_document(path: Path, label: dict) -> DocScore:
    from ita_lint.engine.loader import load_pack
    from ita_lint.engine.packs import default_pack_id
    from ita_lint.engine.run import Options
    from ita_lint.lint import check_paths

    truth = label.get("measures") or []
    run = check_paths([str(path)], load_pack(default_pack_id()), Options(lang="en"))
    if run.errors or not run.documents:
        score = DocScore(path.name, len(truth), 0, error="; ".join(e.message for e in run.errors) or "not read")
        score.lost = [str(t.get("title")) for t in truth]
        score.fn = sum(1 for t in truth for e in ELEMENTS if t["elements"].get(e) == "present")
        return score
    result = run.documents[0]
    tool = _tool_measures(result)
    score = DocScore(path.name, len(truth), len(tool))
    score.kind_ok = result.report.kind == label.get("kind")
    # the label gives the year the title declares (None when it declares none)
    declared = result.report.fiscal_year if result.report.fiscal_year_source == "title" else None
    score.year_ok = declared == label.get("fiscal_year")
    score.announced = any(f.category == "input" for f in result.findings)
    pairs = align(truth, tool)
    paired_truth = {i for i, _ in pairs}
    paired_tool = {j for _, j in pairs}
    for i, t in enumerate(truth):
        if i not in paired_truth:
            score.lost.append(f"{t.get('number') or '-'} {t.get('title')}")
            score.fn += sum(1 for e in ELEMENTS if t["elements"].get(e) == "present")
    for j, u in enumerate(tool):
        if j not in paired_tool:
            score.invented.append(u["title"])
            score.fp += sum(1 for e in ELEMENTS if u["elements"][e])
    for i, j in pairs:
        t, u = truth[i], tool[j]
        for e in ELEMENTS:
            want = t["elements"].get(e) == "present"
            got = u["elements"][e]
            if want and got:
                score.tp += 1
            elif got:
                score.fp += 1
                score.element_errors.append(f"{t.get('number') or '-'} {str(t.get('title'))[:30]}: {e} read as present")
            elif want:
                score.fn += 1
                score.element_errors.append(f"{t.get('number') or '-'} {str(t.get('title'))[:30]}: {e} read as missing")
    return score


def documents(folder: Path) -> list[tuple[Path, dict]]:
    out = []
    for label_path in sorted(folder.glob("*" + LABEL_SUFFIX)):
        label = yaml.safe_load(label_path.read_text(encoding="utf-8"))
        out.append((folder / label["file"], label))
    return out


def summarise(scores: list[DocScore]) -> dict:
    tp, fp, fn = (sum(getattr(s, k) for s in scores) for k in ("tp", "fp", "fn"))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "documents": len(scores),
        "count_exact": sum(s.count_exact for s in scores),
        "count_exact_share": round(sum(s.count_exact for s in scores) / len(scores), 3) if scores else 1.0,
        "measures": sum(s.truth_measures for s in scores),
        "lost": sum(len(s.lost) for s in scores),
        "invented": sum(len(s.invented) for s in scores),
        "silent": sum(s.silent for s in scores),
        "element_precision": round(precision, 3),
        "element_recall": round(recall, 3),
        "element_f1": round(f1, 3),
        "kind_right": sum(s.kind_ok for s in scores),
        "year_right": sum(s.year_ok for s in scores),
        "unreadable": sum(1 for s in scores if s.error),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--details", action="store_true", help="print every mismatch")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    args = parser.parse_args(argv)
    report: dict = {}
    for folder in args.folders:
        scores = [score_document(path, label) for path, label in documents(folder)]
        summary = summarise(scores)
        report[str(folder)] = {"summary": summary, "documents": [
            {"name": s.name, "truth": s.truth_measures, "read": s.tool_measures, "lost": s.lost,
             "invented": s.invented, "element_errors": s.element_errors, "silent": s.silent,
             "kind_ok": s.kind_ok, "year_ok": s.year_ok, "error": s.error} for s in scores]}
        print(f"{folder}: {summary['documents']} documents, counts exact {summary['count_exact']}"
              f" ({summary['count_exact_share']:.0%}), measures {summary['measures']}, lost {summary['lost']},"
              f" invented {summary['invented']}, silent {summary['silent']}; elements P {summary['element_precision']:.3f}"
              f" R {summary['element_recall']:.3f} F1 {summary['element_f1']:.3f}; kind {summary['kind_right']}/"
              f"{summary['documents']}, year {summary['year_right']}/{summary['documents']}")
        if args.details:
            for s in scores:
                flag = "ok " if s.count_exact and not s.element_errors and not s.lost and s.kind_ok and s.year_ok else "-- "
                print(f"  {flag}{s.name}: {s.tool_measures}/{s.truth_measures} measures"
                      + (f", ERROR {s.error}" if s.error else "")
                      + ("" if s.kind_ok else ", kind wrong") + ("" if s.year_ok else ", year wrong"))
                for x in s.lost:
                    print(f"      lost: {x}")
                for x in s.invented:
                    print(f"      invented: {x}")
                for x in s.element_errors:
                    print(f"      {x}")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
