#!/bin/sh
# Rebuild all round 28 documents and labels (venv /work/blind/.venv: python-docx, lxml, PyYAML, pypdf, pillow, NEW this round
# typst - the PyPI binding that carries the Typst compiler, used for r01; LibreOffice Writer with its own profile
# /tmp/lo_round28, one soffice at a time; poppler-utils; fonts-thai-tlwg).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
# LibreOffice renders of the three Word files, for looking at them (make/build/r02.pdf, r07.pdf, m02.pdf)
for f in r02 r07 m02; do
  soffice -env:UserInstallation=file:///tmp/lo_round28 --headless --convert-to pdf --outdir build build/$f.docx >/dev/null 2>&1
done
$PY verify.py
