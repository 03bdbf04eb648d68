#!/bin/sh
# Rebuild all round 24 documents and labels (venv /work/blind/.venv with openpyxl added; LibreOffice Writer + Calc with its own
# profile /tmp/lo_round24, one soffice at a time). sheet.py is only a by-hand helper to look at rendered pages.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
$PY verify.py
