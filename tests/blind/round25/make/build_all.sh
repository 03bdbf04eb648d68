#!/bin/sh
# Rebuild all round 25 documents and labels (venv /work/blind/.venv: python-docx, lxml, PyYAML, pypdf, pillow; LibreOffice
# Writer with its own profile /tmp/lo_round25, one soffice at a time; poppler-utils; tesseract-ocr with tha+eng for r05).
# sheet.py is only a by-hand helper to look at rendered pages.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
$PY verify.py
