#!/bin/sh
# Rebuild all round 27 documents and labels (venv /work/blind/.venv: python-docx, lxml, PyYAML, pypdf, pillow, NEW fonttools;
# LibreOffice Writer with its own profile /tmp/lo_round27, one soffice at a time; poppler-utils; fonts-thai-tlwg; Chromium
# headless for r06). mkfont.py first makes the legacy-encoded font "DS Thaisarn" (make/build/fonts) and a private fontconfig
# file (make/build/fonts.conf) that only r01's LibreOffice run uses (FONTCONFIG_FILE) - nothing is installed system-wide.
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY mkfont.py
$PY b_pdf.py
$PY b_docx.py
$PY b_text.py
# LibreOffice renders of the three Word files, for looking at them (make/build/r02.pdf, r07.pdf, m05.pdf)
for f in r02 r07 m05; do
  soffice -env:UserInstallation=file:///tmp/lo_round27 --headless --convert-to pdf --outdir build build/$f.docx >/dev/null 2>&1
done
$PY verify.py
