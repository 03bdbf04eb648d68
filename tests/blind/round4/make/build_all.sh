#!/bin/sh
# Rebuild all round-4 documents and labels (python-docx + openpyxl + LibreOffice Writer/Calc + poppler + fonts-thai-tlwg).
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/blind/.venv/bin/python}
for s in r0*_*.py m0*_*.py p0*_*.py; do
  echo "== $s"; "$PY" "$s"
done
"$PY" verify.py
rm -rf build/.lohome
