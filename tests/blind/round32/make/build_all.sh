#!/bin/sh
# Rebuild all round 32 documents and labels, then check them.
# Needs: venv /work/blind/.venv (python-docx, lxml, PyYAML, pypdf, pillow); LibreOffice (profile /tmp/lo_round32, one soffice at a
# time: r01, m05 and renders of the DOCX files r04, m02, p03 into make/build/); headless Chromium (r06 form + typed values, p04);
# poppler-utils; fonts-thai-tlwg.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY build.py
$PY verify.py
