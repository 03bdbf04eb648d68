"""Make the 'legacy' Thai font used by r01: a copy of TLWG Laksaman whose Thai glyphs are reachable ONLY through the Latin-1
code points U+00A1-U+00FB (the TIS-620 byte values read as Latin-1), as the old non-Unicode Thai fonts of the 1990s were
mapped; the Thai block is removed from the cmap. Text typed 'in' it is stored as Latin-1 characters, so any PDF text layer
carries Latin-1 gibberish (e.g. 'Á¹Ùè' ) while the page shows Thai."""
import os
from fontTools.ttLib import TTFont
HERE = os.path.dirname(os.path.abspath(__file__))
FD = os.path.join(HERE, 'build', 'fonts')
os.makedirs(FD, exist_ok=True)
NAME = 'DS Thaisarn'


def make(src, style, out):
    f = TTFont(src)
    best = dict(f.getBestCmap())
    for t in f['cmap'].tables:
        if not t.isUnicode():
            continue
        cm = t.cmap
        for cp in list(cm):
            if 0x0E00 <= cp <= 0x0E7F or 0xA0 <= cp <= 0xFF:
                del cm[cp]
        for b in range(0xA1, 0xFC):
            u = bytes([b]).decode('cp874', errors='ignore')
            if u and ord(u) in best:
                cm[b] = best[ord(u)]
    os2 = f['OS/2']
    os2.ulCodePageRange1 = 0x00000001          # Latin 1 (1252) only, as the old ANSI Thai fonts declared
    os2.ulUnicodeRange1 = 0x00000003           # Basic Latin + Latin-1 Supplement, no Thai bit
    os2.ulUnicodeRange2 = os2.ulUnicodeRange3 = os2.ulUnicodeRange4 = 0
    for rec in f['name'].names:
        if rec.nameID in (1, 16):
            rec.string = NAME
        elif rec.nameID == 4:
            rec.string = NAME + ('' if style == 'Regular' else ' ' + style)
        elif rec.nameID == 6:
            rec.string = NAME.replace(' ', '') + '-' + style
        elif rec.nameID in (2, 17):
            rec.string = style
    f.save(os.path.join(FD, out))


make('/usr/share/fonts/truetype/tlwg/Laksaman.ttf', 'Regular', 'DSThaisarn.ttf')
make('/usr/share/fonts/truetype/tlwg/Laksaman-Bold.ttf', 'Bold', 'DSThaisarn-Bold.ttf')
with open(os.path.join(HERE, 'build', 'fonts.conf'), 'w') as fh:
    fh.write(f'<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
             f'  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>{FD}</dir>\n'
             f'  <cachedir>{os.path.join(HERE, "build", "fccache")}</cachedir>\n</fontconfig>\n')
print('fonts in', FD)
