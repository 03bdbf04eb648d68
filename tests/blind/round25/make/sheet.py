"""Contact sheet of a PDF's pages (used only by hand to look at the rendering): python sheet.py file.pdf out.png [dpi]"""
import sys, subprocess, tempfile, glob, os
from PIL import Image
pdf, out = sys.argv[1], sys.argv[2]
dpi = sys.argv[3] if len(sys.argv) > 3 else '40'
tmp = tempfile.mkdtemp()
subprocess.run(['pdftoppm', '-png', '-r', dpi, pdf, os.path.join(tmp, 'p')], check=True)
ims = [Image.open(f) for f in sorted(glob.glob(os.path.join(tmp, 'p*.png')))]
cols = min(4, len(ims)); rows = (len(ims) + cols - 1) // cols
w = max(i.width for i in ims); h = max(i.height for i in ims)
c = Image.new('RGB', (w * cols, h * rows), 'grey')
for k, i in enumerate(ims):
    c.paste(i, ((k % cols) * w, (k // cols) * h))
c.save(out)
