#!/bin/sh
# Rebuild all round 34 documents and labels, then check them.
# Needs: venv /work/blind/.venv (python-docx, lxml, PyYAML, pypdf, pillow, openpyxl); LibreOffice (profile /tmp/lo_round34, one soffice
# at a time: r01, plus check renders of the DOCX files r02, m01, p03 into make/build/); headless Chromium (r03 form + field
# appearances, m02 markup print, p04); poppler-utils; fonts-thai-tlwg.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY build.py
$PY verify.py
