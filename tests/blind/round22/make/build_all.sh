#!/bin/sh
# Rebuild all round 22 documents and labels (venv /work/blind/.venv, LibreOffice profile /tmp/lo_round22; one soffice at a time).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
$PY verify.py
