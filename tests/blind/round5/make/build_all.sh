#!/bin/sh
# Rebuild every round-5 document and its truth label, then check them.
# Needs: python3 venv with python-docx, lxml, PyYAML (../../.venv), LibreOffice (soffice), poppler-utils,
# fonts-thai-tlwg.  Intermediate DOCX/PDF for the PDF and text documents are written to make/build/.
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/blind/.venv/bin/python}
for s in r[0-9][0-9]_*.py; do
  echo "== $s"
  "$PY" "$s"
done
"$PY" verify.py
