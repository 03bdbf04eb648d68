#!/bin/sh
# rebuild all round-19 documents and labels (venv /work/blind/.venv; LibreOffice profile /tmp/lo_round19; chromium for r07)
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
for b in b_r01 b_r02 b_r03 b_r04 b_r05 b_r06 b_r07 b_m01 b_m02 b_m03 b_m04 b_m05 b_plans; do
  echo "== $b"; $PY $b.py
done
$PY verify.py
