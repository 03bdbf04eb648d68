#!/bin/sh
# Rebuild all round 23 documents and labels (venv /work/blind/.venv, LibreOffice profile /tmp/lo_round23, one soffice at a
# time; chromium for r05). sheet.py is only a by-hand helper to look at rendered pages.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
$PY verify.py
