#!/bin/sh
# Rebuild all round 33 documents and labels, then check them.
# Needs: venv /work/blind/.venv (python-docx, lxml, PyYAML, pypdf, pillow, openpyxl); LibreOffice (profile /tmp/lo_round33, one soffice
# at a time: r01 and m05, plus renders of the DOCX files r02 (object shown as its picture), m02, p03 into make/build/); headless Chromium
# (r06 annual-report pages, p04, and r02's OLE preview picture); poppler-utils; fonts-thai-tlwg.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY build.py
$PY verify.py
