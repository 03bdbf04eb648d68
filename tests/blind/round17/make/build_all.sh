#!/bin/sh
# Rebuild every round-17 document and its truth label (sequential: one LibreOffice profile /tmp/lo_round17).
set -e
cd "$(dirname "$0")"
PY=${PY:-/work/blind/.venv/bin/python}
for b in b_r0*.py b_m0*.py b_p0*.py; do
  echo "== $b"; "$PY" "$b"
done
"$PY" verify.py
