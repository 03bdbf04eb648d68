#!/bin/sh
# Rebuild every round-20 document and its label. Needs /work/blind/.venv (python-docx, lxml, PyYAML, pypdf, pillow),
# LibreOffice (own profile /tmp/lo_round20), poppler-utils, fonts-thai-tlwg.
set -e
cd "$(dirname "$0")"
P=/work/blind/.venv/bin/python
for b in b_r01.py b_r02.py b_r345.py b_r67.py b_m12.py b_m345.py b_plans.py; do
  echo "== $b"; $P $b
done
$P verify.py
