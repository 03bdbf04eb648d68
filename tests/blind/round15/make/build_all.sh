#!/bin/sh
# Rebuild every round-15 document and its truth label (sequential; soffice uses its own profile /tmp/lo_round15).
set -e
cd "$(dirname "$0")"
PY=/work/blind/.venv/bin/python
for b in b_r01.py b_r02.py b_r03.py b_r04.py b_r05.py b_r06.py b_r07.py \
         b_m01.py b_m02.py b_m03.py b_m04.py b_m05.py b_p01.py b_p02.py b_p03.py b_p04.py; do
  echo "== $b"
  $PY "$b"
done
$PY verify.py
