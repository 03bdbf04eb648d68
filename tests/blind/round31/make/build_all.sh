#!/bin/sh
# Rebuild all round 31 documents and labels (venv /work/blind/.venv; LibreOffice profile /tmp/lo_round31, one soffice at a time;
# headless Chromium for r06 and p04; poppler-utils; fonts-thai-tlwg).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY build.py
for f in r04_court_maesotburin_results_2569 m02_rmut_thawungburin_measures_2570 p03_ago_takburin_plan_2570; do
  soffice -env:UserInstallation=file:///tmp/lo_round31 --headless --convert-to pdf --outdir build ../$f.docx >/dev/null 2>&1
done
$PY verify.py
