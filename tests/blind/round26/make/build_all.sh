#!/bin/sh
# Rebuild all round 26 documents and labels (venv /work/blind/.venv: python-docx, lxml, PyYAML, pypdf, pillow; LibreOffice
# Writer with its own profile /tmp/lo_round26, one soffice at a time; poppler-utils; fonts-thai-tlwg; NEW this round the
# Debian texlive-xetex (xelatex + fontspec, longtable, booktabs, enumitem, fancyhdr, lastpage) for r05).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
$PY verify.py
