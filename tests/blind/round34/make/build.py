"""Round 34 builder (UPPER SOUTH and GULF COAST SOUTH, invented names with the suffix "…นที"): every document AND its label from the
same data. Run with /work/blind/.venv/bin/python; needs LibreOffice (profile /tmp/lo_round34, one soffice at a time), headless
Chromium, poppler-utils and fonts-thai-tlwg. Ordinary documents: b_res.py, b_mea.py, b_pln.py; the four NEW forms: b_new.py."""
import sys
import b_res, b_mea, b_pln, b_new

ALL = [b_res.r01, b_res.r02, b_new.r03, b_res.r04, b_res.r05, b_res.r06, b_res.r07,
       b_mea.m01, b_new.m02, b_mea.m03, b_mea.m04, b_mea.m05,
       b_new.p01, b_new.p02, b_pln.p03, b_pln.p04]

if __name__ == '__main__':
    want = set(sys.argv[1:])
    for f in ALL:
        if not want or f.__name__ in want:
            print('building', f.__name__, flush=True)
            f()
