#!/bin/sh
# Rebuild all round 21 documents and labels (venv /work/blind/.venv, LibreOffice profile /tmp/lo_round21).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
$PY b_r01.py
$PY b_docx.py
$PY b_web.py
$PY b_rest.py
$PY verify.py
