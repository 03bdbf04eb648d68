#!/bin/sh
# Rebuild every round-2 document and label. Needs: python3 venv with python-docx, lxml, PyYAML;
# LibreOffice (soffice); poppler-utils (pdftotext); fonts-thai-tlwg.
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/blind/.venv/bin/python}
for s in r0*.py m0*.py p0*.py; do
  echo "== $s"; $PY "$s"
done
$PY verify.py
