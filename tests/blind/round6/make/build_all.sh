#!/bin/sh
# Rebuild every round-6 document and its truth label, then check them.
# Needs: /work/blind/.venv (python-docx, lxml, PyYAML), LibreOffice (soffice), poppler-utils, tesseract-ocr with the
# 'tha' language (r04 is real OCR output), fonts-thai-tlwg.  Intermediate DOCX/PDF/PNG go to make/build/.
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/blind/.venv/bin/python}
for s in [rmp][0-9][0-9]_*.py; do
  echo "== $s"
  "$PY" "$s" > /dev/null
done
"$PY" verify.py
