#!/bin/sh
# Rebuild every round-1 document and its .truth.yaml label.  Needs: python-docx, lxml, pyyaml (../../.venv),
# LibreOffice (soffice) for the PDFs, fonts-thai-tlwg (Laksaman, Garuda, Loma).
set -e
cd "$(dirname "$0")"
PY=${PY:-../../.venv/bin/python}
for s in r0*.py m0*.py p0*.py; do
  echo "== $s"; $PY "$s"
done
