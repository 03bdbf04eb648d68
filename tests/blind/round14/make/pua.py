# -*- coding: utf-8 -*-
"""Legacy Thai glyph-variant encoding (Windows/Mac PUA U+F700-U+F71A), as old non-OpenType Thai fonts need."""
TONES = '\u0e48\u0e49\u0e4a\u0e4b\u0e4c'
UPPER = '\u0e31\u0e34\u0e35\u0e36\u0e37\u0e47\u0e4d'
TALL = set('ปฝฟฬ')
LOW = {t: chr(0xF70A + i) for i, t in enumerate(TONES)}
LEFT_LOW = {t: chr(0xF705 + i) for i, t in enumerate(TONES)}
LEFT_HIGH = {t: chr(0xF713 + i) for i, t in enumerate(TONES)}
LEFT_UP = {'\u0e34': '\uf701', '\u0e35': '\uf702', '\u0e36': '\uf703', '\u0e37': '\uf704',
           '\u0e31': '\uf710', '\u0e4d': '\uf711', '\u0e47': '\uf712'}
LOWV = {'\u0e38': '\uf718', '\u0e39': '\uf719', '\u0e3a': '\uf71a'}

def is_cons(c): return '\u0e01' <= c <= '\u0e2e'

def to_pua(s):
    out = []
    base = None; had_upper = False
    for i, c in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ''
        if is_cons(c):
            base = c; had_upper = False
            if c in 'ฐญ' and nxt in LOWV:
                c = '\uf700' if c == 'ฐ' else '\uf70f'
            out.append(c); continue
        if base is None:
            out.append(c); continue
        if c in UPPER:
            had_upper = True
            out.append(LEFT_UP[c] if base in TALL else c); continue
        if c in LOWV:
            out.append(LOWV[c] if base in 'ฎฏ' else c); continue
        if c in TONES:
            if nxt == '\u0e33' or had_upper:
                out.append(LEFT_HIGH[c] if base in TALL else c)
            else:
                out.append(LEFT_LOW[c] if base in TALL else LOW[c])
            continue
        if not ('\u0e30' <= c <= '\u0e4e'):
            base = None
        out.append(c)
    return ''.join(out)

PUA_BACK = {}
for d in (LOW, LEFT_LOW, LEFT_HIGH, LEFT_UP, LOWV):
    for k, v in d.items(): PUA_BACK[v] = k
PUA_BACK['\uf700'] = 'ฐ'; PUA_BACK['\uf70f'] = 'ญ'
def from_pua(s): return ''.join(PUA_BACK.get(c, c) for c in s)
