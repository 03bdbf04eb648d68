#!/bin/sh
# Rebuild all round 30 documents and labels (venv /work/blind/.venv: python-docx, lxml, PyYAML, pypdf, pillow;
# LibreOffice Writer with its own profile /tmp/lo_round30, one soffice at a time; headless Chromium for r06;
# poppler-utils; fonts-thai-tlwg).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
# LibreOffice renders of the three Word files, for looking at them (make/build/*.pdf)
for f in r04_ago_juv_chiangraikhiri_results_2569 m02_hill_maehongsonkhiri_measures_2570 p03_pmj_phangngakhiri_plan_2570; do
  soffice -env:UserInstallation=file:///tmp/lo_round30 --headless --convert-to pdf --outdir build ../$f.docx >/dev/null 2>&1
done
$PY verify.py
