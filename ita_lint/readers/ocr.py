"""OCR of PDF pages without a text layer (--ocr), with tesseract `-l tha+eng`.

Each page is rendered by pdfium at 300 dpi in grey. Ruling lines are found in
the picture itself (long dark runs along rows; the columns are read as the rows
of a second render turned 90°), so a scanned table is split into the same grid
of cells as a born-digital one, and erased before tesseract reads the page
(lines through text hurt its accuracy). tesseract's words (TSV output, with
boxes) then go through the same layout as a text layer: words to cells,
lines, wrapped lines joined, blocks. Every block is marked `from_ocr`.

Measured on Thai reports: 1.2-2.8 s a page, 4-10 %
character errors, ำ written ํา (fixed by `thai.normalize`), Latin junk inside
Thai words (some of it fixed by `thai_dict`), Thai digits misread (๙→๕,
๖→๒): numbers read by OCR must not feed score-consistency checks. Status boxes
(☑/☐) are not recognised in scans.

Needs the `tesseract` program with Thai data (Debian: tesseract-ocr
tesseract-ocr-tha); no Python package beyond pypdfium2. Pillow and numpy are
not used: the picture goes to tesseract as PGM bytes on its standard input.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ita_lint.readers import ReadError

DPI = 300
PAGE_TIMEOUT = 180  # seconds for one page
MISSING = "--ocr needs tesseract with Thai data: apt-get install tesseract-ocr tesseract-ocr-tha"

_DARK = 128  # grey level below which a pixel is ink
# a run of ink this long (pixels at 300 dpi: 80 px ≈ 6.8 mm) along a row is a rule
_MIN_RUN = 80
_RUN = re.compile(rb"[\x00-\x7f]{%d,}" % _MIN_RUN)


@lru_cache(maxsize=1)
def tesseract() -> Optional[str]:
    """The tesseract program, if it is installed with Thai data."""
    exe = shutil.which("tesseract")
    if not exe:
        return None
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    langs = set((out.stdout + out.stderr).split())
    return exe if "tha" in langs else None


def available() -> bool:
    return tesseract() is not None


def ocr_pages(pdf, numbers: list[int], dpi: int = DPI, max_pixels: int = 40_000_000):
    """OCR the given 1-based pages of an open pypdfium2 document: a list of
    `pdf._Page` laid out like text pages, marked from_ocr. A page that would render
    to more than `max_pixels` is rendered at a lower resolution instead."""
    exe = tesseract()
    if exe is None:
        raise ReadError(MISSING)
    out = []
    for n in numbers:
        page = pdf[n - 1]
        try:
            width, height = page.get_size()
            out.append(_ocr_page(exe, page, n, page_dpi(width, height, dpi, max_pixels)))
        finally:
            page.close()
    return out


def page_dpi(width: float, height: float, dpi: int, max_pixels: int) -> int:
    """`dpi`, or lower so that a page of width × height points renders to at most `max_pixels`
    (a page can declare itself 200 inches wide: at 300 dpi that is gigabytes)."""
    pixels = max(width, 1.0) * max(height, 1.0) * (dpi / 72) ** 2
    if pixels <= max_pixels:
        return dpi
    return max(1, int(dpi * math.sqrt(max_pixels / pixels)))


def _render(page, dpi: int, rotation: int = 0) -> tuple[bytearray, int, int, int]:
    bitmap = page.render(scale=dpi / 72, grayscale=True, rotation=rotation)
    try:
        if bitmap.n_channels != 1:  # pragma: no cover - pdfium honours grayscale
            raise ReadError("OCR: cannot render the page in grey")
        return bytearray(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride
    finally:
        bitmap.close()


def _row_runs(buf: bytearray, width: int, height: int, stride: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of every long dark run along the rows."""
    runs = []
    view = memoryview(buf)
    for y in range(height):
        row = view[y * stride: y * stride + width]
        for m in _RUN.finditer(row):
            runs.append((y, m.start(), m.end()))
    return runs


def _rules_from_runs(runs, horizontal: bool, to_points):
    """Runs on adjacent rows are one thick rule: (rules in points, the runs'
    (first row, last row, start, end) in pixels)."""
    out = []
    # group runs by overlapping extents on consecutive rows
    open_: list[list[int]] = []  # [first_row, last_row, start, end]
    done: list[list[int]] = []
    for y, a, b in runs:
        merged = False
        for o in open_:
            if o[1] >= y - 1 and a <= o[3] and b >= o[2]:
                o[1] = y
                o[2], o[3] = min(o[2], a), max(o[3], b)
                merged = True
                break
        if not merged:
            open_.append([y, y, a, b])
        still = []
        for o in open_:
            (still if o[1] >= y - 1 else done).append(o)
        open_ = still
    done.extend(open_)
    for y0, y1, a, b in done:
        if y1 - y0 > 12:  # a filled area (a logo, shading), not a rule
            continue
        out.append(to_points(horizontal, (y0 + y1) / 2, a, b))
    return out, done


def _erase(buf: bytearray, stride: int, row0: int, row1: int, a: int, b: int) -> None:
    white = b"\xff" * (b - a)
    for y in range(max(row0 - 1, 0), row1 + 2):
        buf[y * stride + a: y * stride + b] = white


@dataclass
class Picture:
    """A page rendered in grey, and the ruling lines found in it."""

    buf: bytearray
    width: int
    height: int
    stride: int
    scale: float  # points per pixel
    rules: list
    h_found: list  # the horizontal rules' runs, in pixels: (first row, last row, start, end)
    v_found: list  # the vertical ones, along rows of the picture turned 90°


def picture_rules(page, dpi: int) -> Picture:
    """The page's ruling lines, found in its picture: a scanned table's grid, whether
    tesseract reads the page here or its text layer came with the scan."""
    from ita_lint.readers import pdf as P

    buf, width, height, stride = _render(page, dpi)
    scale = 72 / dpi
    page_h = height * scale

    def to_points(horizontal, pos, a, b):
        if horizontal:  # a row of the upright picture: y from the top
            return P._Rule(True, page_h - pos * scale, a * scale, b * scale)
        # pdfium turns the picture 90° clockwise: its row `pos` is upright column
        # `pos`, and position p along that row is upright row (height - 1 - p),
        # which is p pixels up from the bottom: y = p in points, y up.
        return P._Rule(False, pos * scale, a * scale, b * scale)

    h_rules, h_found = _rules_from_runs(_row_runs(buf, width, height, stride), True, to_points)
    rbuf, rw, rh, rstride = _render(page, dpi, rotation=90)
    v_runs = _row_runs(rbuf, rw, rh, rstride)
    del rbuf
    v_rules, v_found = _rules_from_runs(v_runs, False, to_points)
    return Picture(buf, width, height, stride, scale, h_rules + v_rules, h_found, v_found)


def _ocr_page(exe: str, page, number: int, dpi: int):
    from ita_lint.readers import pdf as P

    picture = picture_rules(page, dpi)
    buf, width, height, stride, scale = picture.buf, picture.width, picture.height, picture.stride, picture.scale
    page_h = height * scale
    rules, h_found, v_found = picture.rules, picture.h_found, picture.v_found
    grids = P._grids(list(rules))
    if grids:
        for y0, y1, a, b in h_found:
            if y1 - y0 <= 12:
                _erase(buf, stride, y0, y1, a, b)
        for x0, x1, a, b in v_found:
            if x1 - x0 > 12:
                continue
            # upright rows height-b .. height-a, columns x0..x1
            for y in range(max(height - b - 1, 0), min(height - a + 1, height)):
                buf[y * stride + max(x0 - 1, 0): y * stride + min(x1 + 2, width)] = b"\xff" * (
                    min(x1 + 2, width) - max(x0 - 1, 0)
                )
    words = _tesseract(exe, buf, width, height, stride, dpi, number)
    out = P._Page(number, width * scale, page_h, drawn=True, from_ocr=True)
    chars = _chars(words, scale, page_h)
    out.text_chars = sum(1 for c in chars if not c.ch.isspace())
    if chars:
        P.layout(out, chars, rules, space_gap=0.45)
    return out


def _tesseract(exe: str, buf: bytearray, width: int, height: int, stride: int, dpi: int, number: int):
    header = b"P5\n%d %d\n255\n" % (width, height)
    if stride == width:
        pgm = header + bytes(buf[: width * height])
    else:
        pgm = header + b"".join(bytes(buf[y * stride: y * stride + width]) for y in range(height))
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")  # tesseract's threads only slow a 2-core machine
    try:
        proc = subprocess.run(
            [exe, "stdin", "stdout", "-l", "tha+eng", "--dpi", str(dpi), "--psm", "3", "tsv"],
            input=pgm, capture_output=True, timeout=PAGE_TIMEOUT, env=env,
        )
    except subprocess.TimeoutExpired:
        raise ReadError(f"OCR took over {PAGE_TIMEOUT} s on page {number}") from None
    except OSError as exc:
        raise ReadError(f"OCR: cannot run tesseract: {exc.strerror or exc}") from None
    if proc.returncode != 0:
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ReadError(f"OCR failed on page {number}: {msg[-1] if msg else 'tesseract exit ' + str(proc.returncode)}")
    return _parse_tsv(proc.stdout.decode("utf-8", "replace"))


def _parse_tsv(tsv: str):
    """Words as (line key, left, top, width, height, text), and line boxes."""
    words = []
    lines = {}
    for row in tsv.splitlines()[1:]:
        parts = row.split("\t")
        if len(parts) < 12:
            continue
        try:
            level = int(parts[0])
            key = (int(parts[2]), int(parts[3]), int(parts[4]))
            left, top, w, h = (int(v) for v in parts[6:10])
        except ValueError:
            continue
        if level == 4:
            lines[key] = (left, top, w, h)
        elif level == 5 and parts[11].strip():
            words.append((key, left, top, w, h, parts[11].strip()))
    return words, lines


def _chars(parsed, scale: float, page_h: float):
    """tesseract's words as pdf._Char lists: each word's box shared evenly by its
    letters (marks take no width), on the baseline of its tesseract line."""
    from ita_lint.readers import pdf as P

    words, lines = parsed
    chars = []
    index = 0
    for key, left, top, w, h, text in words:
        lbox = lines.get(key, (left, top, w, h))
        line_h = lbox[3] * scale
        size = max(line_h / 1.45, 4.0)
        # baseline: the line box's bottom, less the room below-marks take
        base = page_h - (lbox[1] + lbox[3]) * scale + 0.18 * line_h
        n = sum(1 for ch in text if not P._is_mark(ch)) or 1
        x = left * scale
        step = w * scale / n
        y0 = page_h - (top + h) * scale
        y1 = page_h - top * scale
        for ch in text:
            if P._is_mark(ch):
                chars.append(P._Char(ch, x - step, x, y0, y1, base, size, index))
            else:
                chars.append(P._Char(ch, x, x + step, y0, y1, base, size, index))
                x += step
            index += 1
    return chars
