"""Every message of the tool's own in Thai and English: read errors, configuration and usage
errors, `--help` of each command and option, and click's own words.

Thai is the default; English with `--lang en`, the configuration's `lang`, or an English
locale (LC_ALL / LC_MESSAGES / LANG starting "en"). Rule messages live in the rule packs;
the terminal's labels in ita_lint.output.labels. Messages are raised in English, in one
line each (the JSON contract keeps them so), and said in Thai here, by pattern: a new
English message without a Thai pattern is caught by tests/test_i18n.py.

Imported at start-up (the help of every command is localised before click parses), so
this module imports nothing but the standard library.
"""

from __future__ import annotations

import os
import re
from typing import Mapping, Optional

LANGS = ("th", "en")


def locale_lang(env: Mapping[str, str] = os.environ) -> str:
    """'en' when the locale in force is English, else 'th' (the first set of LC_ALL,
    LC_MESSAGES, LANG decides, as POSIX says)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "th"
    return "th"


def argv_lang(args: list[str], env: Mapping[str, str] = os.environ) -> str:
    """The language a command line asks for: its --lang, else the locale's."""
    for i, arg in enumerate(args):
        if arg == "--lang" and i + 1 < len(args) and args[i + 1] in LANGS:
            return args[i + 1]
        if arg.startswith("--lang=") and arg[7:] in LANGS:
            return arg[7:]
    return locale_lang(env)


# --- messages: English pattern -> Thai -------------------------------------------------------
# Patterns are matched whole, first match wins; {name} in the Thai text is the pattern's group,
# itself said in Thai when it is a message of its own (a nested "cannot read: …").

_OS_ERRORS = {
    "Permission denied": "ไม่มีสิทธิ์เปิดไฟล์นี้",
    "Is a directory": "เป็นโฟลเดอร์ ไม่ใช่ไฟล์",
    "No such file or directory": "ไม่พบไฟล์",
    "File name too long": "ชื่อไฟล์ยาวเกินไป",
    "no such folder": "ไม่มีโฟลเดอร์นี้",
}

_UNREAD_KINDS = {
    "a Word/Excel 97-2003 file (.doc/.xls)": "ไฟล์ Word/Excel รุ่น 97-2003 (.doc/.xls)",
    "an Excel workbook": "ไฟล์ Excel",
    "a PowerPoint file": "ไฟล์ PowerPoint",
    "an OpenDocument file": "ไฟล์ OpenDocument",
    "a ZIP archive": "ไฟล์บีบอัด ZIP",
}

_SCHEMA = {
    "Field required": "ขาดช่องนี้ ต้องกรอก",
    "must be text or a list of texts": "ต้องเป็นข้อความ หรือรายการข้อความ",
    "must be text": "ต้องเป็นข้อความ",
    "Extra inputs are not permitted": "ไม่รู้จักช่องนี้ (ตรวจการสะกดชื่อช่อง)",
    "Input should be a valid string": "ต้องเป็นข้อความ",
    "Input should be a valid integer": "ต้องเป็นจำนวนเต็ม",
    "Input should be a valid number": "ต้องเป็นตัวเลข",
    "Input should be a valid list": "ต้องเป็นรายการ",
    "Input should be a valid dictionary": "ต้องเป็นชุดของ ชื่อ: ค่า",
    "Input should be a valid boolean": "ต้องเป็น true หรือ false",
    "Input should be a valid date": "ต้องเป็นวันที่ (ปปปป-ดด-วว)",
    "Input should be 'th' or 'en'": "ต้องเป็น 'th' หรือ 'en'",
}

SAVE_AS_TH = "บันทึกเป็น .docx หรือ PDF แล้วตรวจอีกครั้ง"

MESSAGES: list[tuple[str, str]] = [
    # finding files
    (r"no such file or directory", "ไม่พบไฟล์หรือโฟลเดอร์นี้"),
    (r"no such file", "ไม่พบไฟล์"),
    (r"not a file", "ไม่ใช่ไฟล์"),
    (r"cannot open: (?P<os>.+)", "เปิดไฟล์ไม่ได้: {os}"),
    (r"cannot read: (?P<os>.+)", "อ่านไฟล์ไม่ได้: {os}"),
    (r"cannot be read \((?P<detail>.+)\)", "อ่านเนื้อหาไม่ได้ ({detail})"),
    (r"no text found in the document", "ไม่พบข้อความในเอกสาร"),
    (r"unknown file type '(?P<suffix>.*)'; ita-lint reads (?P<known>.+)",
     "ไม่รู้จักไฟล์ชนิด '{suffix}' ita-lint อ่านได้เฉพาะ {known}"),
    (r"unknown file type '(?P<suffix>.*)'", "ไม่รู้จักไฟล์ชนิด '{suffix}'"),
    (r"file is (?P<size>[\d.]+) MB, over the limit of (?P<limit>[\d.]+) MB \(--max-bytes\)",
     "ไฟล์ขนาด {size} MB เกินขีดจำกัด {limit} MB (ปรับได้ด้วย --max-bytes)"),
    (r"a (?P<suffix>\.\w+) file, which ita-lint does not read: save it as \.docx or PDF and check again",
     "ไฟล์ {suffix} ซึ่ง ita-lint อ่านไม่ได้: " + SAVE_AS_TH),
    (r"(?P<kind>.+), which ita-lint does not read: save it as \.docx or PDF and check again",
     "{kind} ซึ่ง ita-lint อ่านไม่ได้: " + SAVE_AS_TH),
    (r"describes the folder, not a report \(README, CHANGELOG …\)", "เป็นคำอธิบายโฟลเดอร์ ไม่ใช่รายงาน (README, CHANGELOG …)"),
    # files that are no regular file of the checked tree (a gate reads nothing else)
    (r"symbolic link to a file outside the checked folder; not followed",
     "เป็นลิงก์ไปยังไฟล์นอกโฟลเดอร์ที่ตรวจ จึงไม่อ่าน"),
    (r"broken symbolic link", "เป็นลิงก์ที่ชี้ไปยังไฟล์ที่ไม่มีอยู่"),
    (r"not a regular file; not read", "ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน"),
    (r"a named pipe \(FIFO\), not a regular file; not read", "เป็นท่อส่งข้อมูล ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน"),
    (r"a character device, not a regular file; not read", "เป็นอุปกรณ์ ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน"),
    (r"a block device, not a regular file; not read", "เป็นอุปกรณ์ ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน"),
    (r"a socket, not a regular file; not read", "เป็นซ็อกเก็ต ไม่ใช่ไฟล์ธรรมดา จึงไม่อ่าน"),
    (r"cannot read folder: (?P<os>.+)", "อ่านโฟลเดอร์ไม่ได้: {os}"),
    (r"not an HTML document: binary data \(control characters\)",
     "ไม่ใช่เอกสาร HTML: เป็นข้อมูลไบนารี (มีอักขระควบคุม)"),
    (r"(?P<source>.+): key 'rule-dirs': '(?P<folder>.+)' is outside the configuration's folder (?P<base>.+); "
     r"rule folders must lie inside it \(move the rules there, or name another file with --config\)",
     "{source}: ค่า 'rule-dirs': '{folder}' อยู่นอกโฟลเดอร์ของไฟล์ตั้งค่า {base} โฟลเดอร์กฎต้องอยู่ภายในโฟลเดอร์นั้น "
     "(ย้ายกฎไปไว้ในนั้น หรือระบุไฟล์ตั้งค่าอื่นด้วย --config)"),
    (r"not a report format \('(?P<suffix>.*)'\)", "ไม่ใช่ไฟล์รายงาน ('{suffix}')"),
    # text
    (r"file is empty|empty file", "ไฟล์ว่างเปล่า"),
    (r"file holds only whitespace", "ไฟล์มีแต่ช่องว่าง ไม่มีข้อความ"),
    (r"binary file, not text \(.*\)", "เป็นไฟล์ไบนารี ไม่ใช่ข้อความ"),
    (r"cannot decode the file as text", "ถอดรหัสข้อความในไฟล์ไม่ได้"),
    (r"not valid UTF-8 \(byte (?P<byte>0x[0-9a-f]+) at offset (?P<at>\d+)\), nor TIS-620/Windows-874 or UTF-16 Thai text",
     "ไม่ใช่ข้อความ UTF-8 (ไบต์ {byte} ที่ตำแหน่ง {at}) และไม่ใช่ข้อความภาษาไทยแบบ TIS-620/Windows-874 หรือ UTF-16"),
    (r"invalid (?P<enc>[\w-]+) at byte (?P<at>\d+)", "รหัสอักขระ {enc} ผิดที่ไบต์ {at}"),
    # structured reports (YAML/JSON)
    (r"a structured report is a mapping with at least 'title' and 'measures'",
     "รายงานแบบข้อมูลต้องเป็นชุดของ ชื่อ: ค่า ที่มีอย่างน้อย 'title' และ 'measures'"),
    (r"invalid JSON at line (?P<line>\d+): (?P<detail>.+)", "JSON ไม่ถูกต้องที่บรรทัด {line}"),
    (r"invalid YAML at line (?P<line>\d+): (?P<detail>.+)", "YAML ไม่ถูกต้องที่บรรทัด {line}"),
    (r"invalid YAML: (?P<detail>.+)", "YAML ไม่ถูกต้อง ({detail})"),
    (r"line (?P<line>\d+): (?P<field>[\w\[\].]+): (?P<schema>.+)", "บรรทัด {line}: ช่อง {field}: {schema}"),
    (r"(?P<field>[\w\[\].]+): (?P<schema>Field required|must be text.*|Extra inputs.*|Input should be.*)",
     "ช่อง {field}: {schema}"),
    # HTML
    (r"reading (?P<fmt>HTML|DOCX) needs lxml, which is not installed \(pip install lxml\)",
     "การอ่าน {fmt} ต้องติดตั้ง lxml (pip install lxml)"),
    (r"cannot parse HTML: (?P<detail>.+)", "อ่าน HTML ไม่ได้ ({detail})"),
    (r"(?P<fmt>HTML|DOCX) nested too deeply to read", "{fmt} ซ้อนกันลึกเกินกว่าจะอ่านได้"),
    # PDF
    (r"reading PDF needs pypdfium2: pip install pypdfium2", "การอ่าน PDF ต้องติดตั้ง pypdfium2 (pip install pypdfium2)"),
    (r"not a PDF file \(no %PDF header\)", "ไม่ใช่ไฟล์ PDF (ไม่มีส่วนหัว %PDF)"),
    (r"not an RTF file", "ไม่ใช่ไฟล์ RTF"),
    (r"an e-mail with no text or HTML body to read", "อีเมลนี้ไม่มีเนื้อความที่เป็นข้อความหรือ HTML ให้อ่าน"),
    (r"an e-mail whose body cannot be decoded \(charset (?P<charset>.+)\)",
     "ถอดรหัสเนื้อความของอีเมลนี้ไม่ได้ (ชุดอักขระ {charset})"),
    (r"encrypted PDF: it needs a password to open; publish it without one",
     "PDF นี้ตั้งรหัสผ่านไว้: เผยแพร่ฉบับที่ไม่มีรหัสผ่าน"),
    (r"encrypted PDF with an unsupported security handler", "PDF นี้เข้ารหัสแบบที่เปิดไม่ได้: เผยแพร่ฉบับที่ไม่เข้ารหัส"),
    (r"damaged PDF: the file is truncated \(no end-of-file marker\); download or export it again",
     "PDF เสียหาย: ไฟล์ขาดตอน (ไม่มีจุดสิ้นสุดไฟล์) ดาวน์โหลดหรือส่งออกเป็น PDF ใหม่"),
    (r"damaged PDF: PDFium cannot parse it; export it again", "PDF เสียหาย อ่านโครงสร้างไม่ได้: ส่งออกเป็น PDF ใหม่"),
    (r"damaged PDF: page (?P<page>\d+) cannot be read", "PDF เสียหาย: อ่านหน้า {page} ไม่ได้"),
    (r"cannot read this PDF \((?P<detail>.+)\); please report it", "อ่าน PDF นี้ไม่ได้ ({detail}) โปรดแจ้งผู้พัฒนา"),
    (r"reading and checking it took over (?P<s>[\d.]+) seconds, over the limit of [\d,.]+ \(max-document-seconds\); "
     r"raise it with --limit max-document-seconds=N if the input is trusted",
     "การอ่านและตรวจเอกสารนี้ใช้เวลาเกิน {s} วินาที จึงหยุดตรวจ (ขีดจำกัด `max-document-seconds`) "
     "หากไฟล์นี้เชื่อถือได้ ปรับได้ด้วย `--limit max-document-seconds=N`"),
    (r"a table of (?P<rows>[\d,]+) rows × (?P<cols>[\d,]+) columns \(spans counted\), over the limit of (?P<limit>[\d,.]+) \((?P<flag>max-[a-z-]+)\); raise it with --limit (?P=flag)=N if the input is trusted",
     "ตารางขนาด {rows} แถว × {cols} คอลัมน์ (นับช่องที่ผสานแล้ว) เกินขีดจำกัด {limit} (`{flag}`) หากไฟล์นี้เชื่อถือได้ ปรับได้ด้วย `--limit {flag}=N`"),
    (r"tables of over (?P<cells>[\d,]+) cells in all \(spans counted\), over the limit of (?P<limit>[\d,.]+) \((?P<flag>max-[a-z-]+)\); raise it with --limit (?P=flag)=N if the input is trusted",
     "ตารางทั้งเอกสารมีเกิน {cells} ช่อง (นับช่องที่ผสานแล้ว) เกินขีดจำกัด {limit} (`{flag}`) หากไฟล์นี้เชื่อถือได้ ปรับได้ด้วย `--limit {flag}=N`"),
    (r"DOCX part (?P<part>\S+) is (?P<mb>[\d.]+) MB uncompressed, over the limit of (?P<limit>[\d,.]+) \((?P<flag>max-[a-z-]+)\); raise it with --limit (?P=flag)=N if the input is trusted",
     "ส่วน {part} ของไฟล์ DOCX คลายออกแล้วมีขนาด {mb} MB เกินขีดจำกัด {limit} (`{flag}`) หากไฟล์นี้เชื่อถือได้ ปรับได้ด้วย `--limit {flag}=N`"),
    (r"the DOCX's XML parts unpack to over (?P<mb>[\d.]+) MB, over the limit of (?P<limit>[\d,.]+) \((?P<flag>max-[a-z-]+)\); raise it with --limit (?P=flag)=N if the input is trusted",
     "ส่วน XML ของไฟล์ DOCX คลายออกแล้วเกิน {mb} MB เกินขีดจำกัด {limit} (`{flag}`) หากไฟล์นี้เชื่อถือได้ ปรับได้ด้วย `--limit {flag}=N`"),
    (r"(?P<pages>\d+) pages, over the limit of (?P<limit>\d+) \(--max-pages\)",
     "มี {pages} หน้า เกินขีดจำกัด {limit} หน้า (ปรับได้ด้วย --max-pages)"),
    (r"the PDF has no pages", "PDF นี้ไม่มีหน้าใดเลย"),
    (r"its pages draw nothing \(no text, no picture\): damaged PDF or empty pages; export it again",
     "หน้าของ PDF นี้ไม่แสดงสิ่งใดเลย (ไม่มีทั้งข้อความและภาพ): ไฟล์เสียหายหรือเป็นหน้าว่าง ส่งออกเป็น PDF ใหม่"),
    (r"no text layer — scanned PDF; try --ocr",
     "PDF นี้ไม่มีชั้นข้อความ (เป็นภาพสแกน): ตรวจอีกครั้งด้วย --ocr เพื่ออ่านข้อความจากภาพ"),
    (r"the PDF is too complex to read within the memory and time limits",
     "PDF นี้ซับซ้อนเกินกว่าจะอ่านได้ภายในหน่วยความจำและเวลาที่กำหนด"),
    # OCR
    (r"--ocr needs tesseract with Thai data: apt-get install tesseract-ocr tesseract-ocr-tha",
     "--ocr ต้องติดตั้ง tesseract พร้อมข้อมูลภาษาไทย: apt-get install tesseract-ocr tesseract-ocr-tha"),
    (r"OCR: cannot render the page in grey", "OCR: แปลงหน้าเป็นภาพขาวดำไม่ได้"),
    (r"OCR took over (?P<s>[\d.]+) s on page (?P<page>\d+)", "OCR ใช้เวลาเกิน {s} วินาทีที่หน้า {page}"),
    (r"OCR: cannot run tesseract: (?P<os>.+)", "OCR: เรียก tesseract ไม่ได้: {os}"),
    (r"OCR failed on page (?P<page>\d+): (?P<detail>.+)", "OCR ล้มเหลวที่หน้า {page} ({detail})"),
    # DOCX
    (r"corrupted or truncated DOCX: the ZIP package cannot be opened", "DOCX เสียหายหรือขาดตอน: เปิดไฟล์ไม่ได้"),
    (r"not a Word document: this ZIP package is an Excel or PowerPoint file",
     "ไม่ใช่เอกสาร Word แต่เป็นไฟล์ Excel หรือ PowerPoint: " + SAVE_AS_TH),
    (r"not a Word document: the ZIP package has no word/document\.xml", "ไม่ใช่เอกสาร Word (ไม่มีเนื้อหาเอกสาร word/document.xml)"),
    (r"not a Word document: word/document\.xml is not WordprocessingML", "ไม่ใช่เอกสาร Word (เนื้อหาไม่ใช่รูปแบบของ Word)"),
    (r"DOCX part (?P<part>\S+) is (?P<mb>\d+) MB uncompressed; refusing to read it",
     "ส่วน {part} ของ DOCX มีขนาด {mb} MB เมื่อคลายออก ใหญ่เกินกว่าจะอ่าน"),
    (r"corrupted DOCX: cannot unpack (?P<part>\S+) \((?P<detail>.+)\)", "DOCX เสียหาย: คลาย {part} ไม่ได้ ({detail})"),
    (r"corrupted DOCX: (?P<part>\S+) is not well-formed XML \((?P<detail>.+)\)",
     "DOCX เสียหาย: {part} ไม่ใช่ XML ที่ถูกต้อง ({detail})"),
    (r"corrupted DOCX: word/document\.xml has no body", "DOCX เสียหาย: ไม่มีเนื้อหาเอกสาร"),
    (r"password-protected \(encrypted\) Word file: remove the password in Word and save again",
     "ไฟล์ Word นี้ตั้งรหัสผ่านไว้: เอารหัสผ่านออกใน Word แล้วบันทึกใหม่"),
    (r"a Word 97-2003 \(\.doc\) or other OLE file, not DOCX: save it as \.docx",
     "เป็นไฟล์ Word รุ่น 97-2003 (.doc) ไม่ใช่ .docx: " + SAVE_AS_TH),
    (r"not a DOCX file: this is a PDF \(rename it to \.pdf\)", "ไม่ใช่ไฟล์ DOCX แต่เป็น PDF (เปลี่ยนนามสกุลเป็น .pdf)"),
    (r"not a DOCX file: this is an RTF file \(save it as \.docx\)", "ไม่ใช่ไฟล์ DOCX แต่เป็น RTF: " + SAVE_AS_TH),
    (r"not a DOCX file \(not a ZIP package\)", "ไม่ใช่ไฟล์ DOCX (โครงสร้างไฟล์ไม่ใช่ของ Word)"),
    # web pages (check URL, --sitemap)
    (r"not fetched: over the limit of (?P<n>\d+) documents \(--max-documents\)",
     "ไม่ได้ดาวน์โหลด: เกินจำนวนเอกสารที่กำหนด {n} ฉบับ (ปรับได้ด้วย --max-documents)"),
    (r"not fetched: (?P<inner>.+)", "ไม่ได้ดาวน์โหลด: {inner}"),
    (r"no text found in the page, and no report through its links", "ไม่พบข้อความในหน้านี้ และไม่พบรายงานจากลิงก์ในหน้า"),
    (r"no ITA report found: (?P<n>\d+) pages and documents fetched, none is a measures, results or plan report",
     "ไม่พบรายงาน ITA: ดาวน์โหลด {n} หน้าและเอกสาร ไม่มีฉบับใดเป็นมาตรการ รายงานผล หรือแผน"),
    (r"not a document ita-lint reads \(Content-Type (?P<media>.+)\)", "ไม่ใช่เอกสารที่ ita-lint อ่านได้ (ชนิด {media})"),
    (r"this version of ita-lint cannot read (?P<fmt>\w+) yet", "ita-lint รุ่นนี้ยังอ่าน {fmt} ไม่ได้"),
    (r"reading (?P<fmt>\w+) needs the '(?P<pkg>.+)' package(?: \(pip install ita-lint\))?",
     "การอ่าน {fmt} ต้องติดตั้งแพ็กเกจ '{pkg}' (pip install ita-lint)"),
    (r"stopped: the run downloaded over (?P<mb>[\d.]+) MB in total \(--max-total-mb\)",
     "หยุดแล้ว: ดาวน์โหลดรวมเกิน {mb} MB (ปรับได้ด้วย --max-total-mb)"),
    (r"(?P<inner>.+); trying again in (?P<s>[\d.]+) s", "{inner} จะลองใหม่ในอีก {s} วินาที"),
    (r"(?P<inner>.+) \(after (?P<n>\d+) attempts\)", "{inner} (ลอง {n} ครั้ง)"),
    (r"HTTP (?P<code>\d+) redirect to a non-http URL refused: (?P<url>.+)",
     "ไม่ตามการเปลี่ยนเส้นทาง (HTTP {code}) ไปยังที่อยู่ที่ไม่ใช่เว็บ: {url}"),
    (r"HTTP (?P<code>\d+) redirect to another host \((?P<host>.+)\) refused: check (?P<url>.+) itself if it is meant",
     "ไม่ตามการเปลี่ยนเส้นทาง (HTTP {code}) ไปยังเว็บไซต์อื่น ({host}): หากตั้งใจ ให้ตรวจ {url} โดยตรง"),
    (r"HTTP (?P<code>\d+) redirect to (?P<url>\S+): (?P<inner>.+)", "ไม่ตามการเปลี่ยนเส้นทาง (HTTP {code}) ไปยัง {url}: {inner}"),
    (r"HTTP (?P<code>\d+)(?: (?P<reason>.*))?", "เซิร์ฟเวอร์ตอบรหัส HTTP {code}"),
    (r"cannot connect: (?P<inner>.+)", "เชื่อมต่อไม่ได้: {inner}"),
    (r"cannot resolve host name (?P<host>\S+)(?: \((?P<os>.+)\))?", "หาที่อยู่ของ {host} ไม่พบ"),
    (r"(?P<host>\S+) resolves to a private, loopback or reserved address \((?P<addr>.+)\); refused unless the start "
     r"URL is on such an address \(--allow-private to allow\)",
     "{host} เป็นที่อยู่ภายในเครือข่ายหรือเครื่องนี้ ({addr}) จึงไม่ดาวน์โหลด (อนุญาตได้ด้วย --allow-private)"),
    (r"TLS certificate not accepted: (?P<detail>.+)", "ใบรับรองความปลอดภัย (TLS) ของเว็บไซต์ไม่ผ่านการตรวจสอบ ({detail})"),
    (r"TLS error: (?P<detail>.+)", "การเชื่อมต่อแบบปลอดภัย (TLS) ผิดพลาด ({detail})"),
    (r"connection refused", "เซิร์ฟเวอร์ปฏิเสธการเชื่อมต่อ"),
    (r"timed out", "หมดเวลารอเซิร์ฟเวอร์"),
    (r"the link names a (?P<fmt>\w+) but the server sent an HTML page \(Content-Type (?P<media>.+)\): is the file missing\?",
     "ลิงก์ระบุไฟล์ {fmt} แต่เซิร์ฟเวอร์ส่งหน้าเว็บกลับมา (ชนิด {media}): ไฟล์อาจไม่มีอยู่แล้ว"),
    (r"the server closed the connection", "เซิร์ฟเวอร์ปิดการเชื่อมต่อ"),
    (r"bad HTTP response: (?P<detail>.+)", "เซิร์ฟเวอร์ตอบกลับผิดรูปแบบ ({detail})"),
    (r"network error: (?P<os>.+)", "เครือข่ายผิดพลาด: {os}"),
    (r"the server says it is (?P<size>[\d.]+) MB, over the limit of (?P<limit>[\d.]+) MB \(--max-document-mb\)",
     "เซิร์ฟเวอร์แจ้งว่าไฟล์ขนาด {size} MB เกินขีดจำกัด {limit} MB (ปรับได้ด้วย --max-document-mb)"),
    (r"download took longer than (?P<s>[\d.]+) s", "ดาวน์โหลดนานเกิน {s} วินาที"),
    (r"over the limit of (?P<mb>[\d.]+) MB \(--max-document-mb\); download stopped",
     "เกินขีดจำกัด {mb} MB (--max-document-mb) จึงหยุดดาวน์โหลด"),
    (r"over the limit of (?P<mb>[\d.]+) MB once decompressed \(--max-document-mb\)",
     "เมื่อคลายการบีบอัดแล้วเกินขีดจำกัด {mb} MB (--max-document-mb)"),
    (r"damaged (?P<enc>\S+) content: (?P<detail>.+)", "เนื้อหาที่บีบอัดแบบ {enc} เสียหาย ({detail})"),
    (r"robots\.txt disallows it \(--ignore-robots to check it anyway\)",
     "robots.txt ของเว็บไซต์ไม่อนุญาต (ตรวจได้ด้วย --ignore-robots เฉพาะเว็บไซต์ของตนเอง)"),
    (r"robots\.txt could not be read \((?P<inner>.+)\), so nothing is fetched from (?P<origin>\S+) \(RFC 9309\)",
     "อ่าน robots.txt ไม่ได้ ({inner}) จึงไม่ดาวน์โหลดสิ่งใดจาก {origin}"),
    (r"not an http or https URL: (?P<url>.+)", "ไม่ใช่ URL แบบ http หรือ https: {url}"),
    (r"bad host or port in URL: (?P<url>.+)", "ชื่อเครื่องหรือพอร์ตใน URL ไม่ถูกต้อง: {url}"),
    (r"no host in URL: (?P<url>.+)", "URL ไม่มีชื่อเว็บไซต์: {url}"),
    (r"bad host name in URL: (?P<url>.+)", "ชื่อเว็บไซต์ใน URL ไม่ถูกต้อง: {url}"),
    (r"damaged gzip sitemap: (?P<detail>.+)", "แผนผังเว็บไซต์ (sitemap) แบบ gzip เสียหาย ({detail})"),
    (r"sitemap over (?P<mb>\d+) MB once uncompressed", "แผนผังเว็บไซต์ (sitemap) เมื่อคลายแล้วเกิน {mb} MB"),
    (r"not a sitemap: neither XML nor a list of URLs", "ไม่ใช่แผนผังเว็บไซต์ (sitemap): ไม่ใช่ XML และไม่ใช่รายการ URL"),
    (r"sitemap refused: it declares a document type or entities",
     "ไม่อ่านแผนผังเว็บไซต์ (sitemap) นี้: มีการประกาศชนิดเอกสารหรือเอนทิตี"),
    (r"sitemap is not well-formed XML \((?P<detail>.+)\)", "แผนผังเว็บไซต์ (sitemap) ไม่ใช่ XML ที่ถูกต้อง ({detail})"),
    (r"not a sitemap: the root element is <(?P<root>.+)>, not <urlset> or <sitemapindex>",
     "ไม่ใช่แผนผังเว็บไซต์ (sitemap): ส่วนรากเป็น <{root}>"),
    # what the crawl says on standard error as it goes (warnings; the rest with --verbose)
    (r"sitemap on another host, not read", "แผนผังเว็บไซต์ (sitemap) อยู่บนเว็บไซต์อื่น จึงไม่อ่าน"),
    (r"sitemaps nested over (?P<n>\d+) deep, not read", "แผนผังเว็บไซต์ (sitemap) ซ้อนกันลึกเกิน {n} ชั้น จึงไม่อ่าน"),
    (r"not an http\(s\) URL: (?P<link>.+)", "ไม่ใช่ URL แบบ http หรือ https: {link}"),
    (r"(?P<n>\d+) more sitemaps not read: the limit of (?P<limit>\d+) was reached",
     "ยังไม่ได้อ่านแผนผังเว็บไซต์ (sitemap) อีก {n} รายการ เพราะครบจำนวนที่กำหนด {limit} รายการแล้ว"),
    (r"on another host than the sitemap, not fetched", "อยู่บนเว็บไซต์อื่นที่ไม่ใช่ของแผนผังเว็บไซต์ จึงไม่ดาวน์โหลด"),
    (r"not a document \(Content-Type (?P<media>.+)\), skipped", "ไม่ใช่เอกสาร (ชนิด {media}) จึงข้าม"),
    (r"not recognised as an ITA report, not checked", "ไม่ใช่รายงาน ITA จึงไม่ตรวจ"),
    (r"(?P<n>\d+) links to other hosts not followed", "ไม่ตามลิงก์ไปยังเว็บไซต์อื่น {n} ลิงก์"),
    (r"an index page \(not itself a report\); the reports it links to were checked",
     "เป็นหน้ารวมลิงก์ (ไม่ใช่รายงาน) ได้ตรวจรายงานที่หน้านี้ลิงก์ไปแล้ว"),
    (r"(?P<n>\d+) pages and documents fetched \((?P<mb>[\d.]+) MB\); (?P<checked>\d+) checked",
     "ดาวน์โหลด {n} หน้าและเอกสาร ({mb} MB) ตรวจแล้ว {checked} ฉบับ"),
    (r"(?P<origin>\S+)/robots\.txt asks for (?P<delay>[\d.]+) s between requests; waiting (?P<wait>[\d.]+) s",
     "robots.txt ของ {origin} ขอให้เว้น {delay} วินาทีระหว่างการดาวน์โหลด จะรอเพียง {wait} วินาที"),
    (r"(?P<bundle>.+) \((?P<source>--ca-bundle|REQUESTS_CA_BUNDLE)\): not a readable PEM certificate bundle \((?P<reason>.+)\)",
     "{bundle} ({source}): อ่านเป็นไฟล์ใบรับรองแบบ PEM ไม่ได้ ({reason}) ต้องเป็นไฟล์ข้อความของใบรับรอง (.pem หรือ .crt)"),
    # configuration and settings
    (r"(?P<path>.+): invalid TOML: (?P<detail>.+) \(at line (?P<line>\d+), column \d+\)",
     "{path}: TOML ไม่ถูกต้องที่บรรทัด {line}"),
    (r"(?P<path>.+): invalid TOML: (?P<detail>.+)", "{path}: TOML ไม่ถูกต้อง"),
    (r"(?P<path>.+): invalid YAML: (?P<detail>.+)", "{path}: YAML ไม่ถูกต้อง (ตรวจวงเล็บ เครื่องหมายคำพูด และการย่อหน้า)"),
    (r"(?P<path>.+): the configuration must be a mapping of settings", "{path}: ไฟล์ตั้งค่าต้องเป็นชุดของ ชื่อ: ค่า"),
    (r"(?P<path>.+): (?P<table>\[tool\.ita-lint\] )?key '(?P<key>.+)': (?P<schema>.+)", "{path}: {table}ค่า '{key}': {schema}"),
    (r"unknown rule id or category: (?P<ids>.+?)(?: \(in (?P<source>.+)\))?; see `ita-lint rules`",
     "ไม่รู้จักกฎหรือหมวด: {ids} ดูรายการด้วย `ita-lint rules`"),
    (r"no rule pack '(?P<pack>.+)' \(available: (?P<known>.+)\)", "ไม่มีเกณฑ์ '{pack}' (ที่มี: {known})"),
    (r"no rule packs found under (?P<path>.+)", "ไม่พบชุดเกณฑ์ใน {path} (ติดตั้ง ita-lint ใหม่)"),
    # the command line's own usage errors
    (r"--limit (?P<value>.+): expected NAME=N with NAME one of (?P<names>.+)",
     "--limit {value}: ต้องเขียนในรูป ชื่อ=จำนวน โดยชื่อเป็นหนึ่งใน {names}"),
    (r"--limit (?P<value>.+): (?P<number>'.*') is not a whole number", "--limit {value}: {number} ไม่ใช่จำนวนเต็ม"),
    (r"aborted", "ยกเลิกแล้ว"),
    (r"internal error \((?P<detail>.+)\) — this is a bug in ita-lint, not a problem of the report; please report it "
     r"at (?P<url>\S+) with the command you ran \(--verbose shows where it happened\)",
     "ข้อผิดพลาดภายในของ ita-lint ({detail}) เป็นข้อบกพร่องของโปรแกรม ไม่ใช่ปัญหาของรายงาน โปรดแจ้งที่ {url} "
     "พร้อมคำสั่งที่ใช้ (--verbose แสดงตำแหน่งที่เกิดข้อผิดพลาด)"),
    (r"give files, folders or URLs to check \(or --sitemap URL(?P<stdin>, or - for standard input)?\)",
     "ระบุไฟล์ โฟลเดอร์ หรือ URL ที่จะตรวจ (หรือ --sitemap URL หรือ - เพื่ออ่านจากช่องทางนำเข้ามาตรฐาน)"),
    (r"--format (?P<target>\S+) already names its file; drop -o (?P<out>.+)", "--format {target} ระบุไฟล์ไว้แล้ว: เอา -o {out} ออก"),
    (r"-o (?P<out>.+) comes before any --format; put it after the --format it is for",
     "-o {out} อยู่ก่อน --format: ย้ายไปไว้หลัง --format ที่คู่กัน"),
    (r"-o (?P<out>.+) follows --format (?P<target>\S+), which already has its file; give each -o its own --format",
     "-o {out} ตามหลัง --format {target} ซึ่งมีไฟล์แล้ว: ให้ -o แต่ละไฟล์มี --format ของตนเอง"),
    (r"only one format can go to standard output \((?P<names>.+) do\); give the others a file with -o or --format NAME:FILE",
     "ส่งออกทางหน้าจอได้เพียงรูปแบบเดียว ({names}): ระบุไฟล์ให้รูปแบบอื่นด้วย -o หรือ --format ชื่อ:ไฟล์"),
    (r"'(?P<value>.+)' is not one of (?P<names>.+) \(optionally NAME:FILE\)",
     "'{value}' ไม่ใช่รูปแบบที่มี ({names} หรือ ชื่อ:ไฟล์)"),
    (r"(?P<path>.+): cannot write: (?P<os>.+)", "{path}: เขียนไฟล์ไม่ได้: {os}"),
    (r"no rule '(?P<rule>.+)' in (?P<pack>\S+) \(see `ita-lint rules`\)", "ไม่มีกฎ '{rule}' ใน {pack} (ดูรายการด้วย `ita-lint rules`)"),
    (r"(?P<path>.+) exists; give --force to replace it", "{path} มีอยู่แล้ว: ใส่ --force เพื่อเขียนทับ"),
    (r"(?P<path>.+): template written; replace every instruction, then run ita-lint check (?P<again>.+)",
     "{path}: เขียนแบบฟอร์มแล้ว แทนคำแนะนำทุกแห่งด้วยข้อมูลจริง แล้วตรวจด้วย ita-lint check {again}"),
    (r"(?P<path>.+): cannot tell the format from the name; give --format md, docx or yaml",
     "{path}: บอกรูปแบบจากชื่อไฟล์ไม่ได้ ระบุ --format md, docx หรือ yaml"),
    (r"rule pack (?P<pack>\S+) has no vocabulary 'instruction' marker to write templates with",
     "เกณฑ์ {pack} ไม่ได้กำหนดเครื่องหมายคำแนะนำสำหรับสร้างแบบฟอร์ม"),
    (r"unknown template format '(?P<fmt>.*)' \(md, docx, yaml\)", "ไม่รู้จักรูปแบบแบบฟอร์ม '{fmt}' (md, docx, yaml)"),
]
_COMPILED = [(re.compile(pattern), th) for pattern, th in MESSAGES]


def say(message: str, lang: str) -> str:
    """`message` (one of the tool's English messages) in `lang`. A message with no Thai
    pattern stays English: tests/test_i18n.py finds every message the code raises."""
    if lang == "en":
        return message
    for pattern, th in _COMPILED:
        m = pattern.fullmatch(message)
        if m:
            parts = {k: _part(k, v or "") for k, v in m.groupdict().items()}
            return th.format(**parts)
    return message


def say_line(line: str, lang: str) -> str:
    """A line naming a page or file, then a message ("URL: message"), with the message in `lang`."""
    m = re.fullmatch(r"(\S+): (.+)", line)
    if m and say(m.group(2), lang) != m.group(2):
        return f"{m.group(1)}: {say(m.group(2), lang)}"
    return say(line, lang)


def _part(name: str, value: str) -> str:
    if name == "inner":
        return say(value, "th")  # a message inside a message
    if name == "os":
        return _OS_ERRORS.get(value, value)
    if name == "kind":
        return _UNREAD_KINDS.get(value, value)
    if name == "schema":
        return _schema(value)
    return value


def _schema(value: str) -> str:
    # pydantic may add a reason after a comma: "Input should be a valid number, unable to parse …"
    known = next((k for k in _SCHEMA if value == k or value.startswith(k + ",")), None)
    if known:
        return _SCHEMA[known]
    m = re.fullmatch(r"Input should be (.+)", value)
    if m:  # one of the listed values: 'measures', 'results' or 'plan'
        return "ต้องเป็น " + m.group(1).replace(" or ", " หรือ ")
    return value


# --- nothing to check ------------------------------------------------------------------------

def nothing_to_check(paths: list[str], skipped: list, lang: str) -> list[str]:
    """Lines saying that no document was checked, what was found and why each was passed over."""
    where = ", ".join(paths)
    if lang == "en":
        head = (f"nothing to check in {where}: no report file (.pdf .docx .md .txt .html .yaml .json) was found"
                if not skipped else f"nothing to check in {where}: {len(skipped)} file(s) found, none of them a report:")
    else:
        head = (f"ไม่มีเอกสารให้ตรวจใน {where}: ไม่พบไฟล์รายงาน (.pdf .docx .md .txt .html .yaml .json)"
                if not skipped else f"ไม่มีเอกสารให้ตรวจใน {where}: พบ {len(skipped)} ไฟล์ แต่ไม่มีไฟล์ใดเป็นรายงาน:")
    return [head] + [f"  {s.path}: {say(s.message, lang)}" for s in skipped]


# --- the command line: --help of every command and option ---------------------------------------
# key: "command" or "command --option" ("" is the group itself); value: (Thai, English)

HELP: dict[str, tuple[str, str]] = {
    "": ("ita-lint: ตรวจรายงานคุณธรรมและความโปร่งใส (ITA) ของหน่วยงานก่อนเผยแพร่",
         "ita-lint: check Thai ITA integrity and transparency reports before they are published."),
    " --version": ("แสดงรุ่นของโปรแกรมแล้วออก", "Show the version and exit."),
    "check": ("ตรวจรายงาน (ไฟล์ โฟลเดอร์ หรือหน้าเว็บ) แล้วบอกทุกสิ่งที่ขาด\n\n"
              "รหัสออก: 0 ผ่านทั้งหมด, 1 มีข้อผิดพลาดหรือคะแนนต่ำกว่า --fail-under, "
              "2 ใช้คำสั่งผิด ตั้งค่าผิด หรือมีไฟล์ที่อ่านไม่ได้",
              "Check reports — files, folders or web pages (URLs) — and print every missing item.\n\n"
              "Exit codes: 0 all passed, 1 findings at error severity or a score under --fail-under, "
              "2 bad usage or configuration, or a file that cannot be read."),
    "check --format": ("รูปแบบผลลัพธ์ (ค่าเริ่มต้น terminal) ชื่อ:ไฟล์ เขียนรูปแบบนั้นลงไฟล์ ใส่ซ้ำได้หลายรูปแบบ",
                       "Output format (default terminal); NAME:FILE writes it to FILE. Repeat for several formats."),
    "check -o": ("เขียนผลตาม --format ที่อยู่ก่อนหน้าลงไฟล์นี้ (เขียนทับแบบไม่มีวันเห็นไฟล์ครึ่ง ๆ กลาง ๆ)",
                 "Write the --format just before it to this file (replaced atomically)."),
    "check --exit-zero": ("ออกด้วยรหัส 0 แม้มีสิ่งที่ต้องแก้ไข (รหัส 2 ยังหมายถึงข้อมูลนำเข้าผิด)",
                          "Exit 0 even when reports have findings (2 still means bad input)."),
    "check --quiet": ("แสดงเฉพาะสิ่งที่ต้องแก้ไข ไม่มีตาราง คะแนน หรือสรุป",
                      "Print the findings only: no tables, scores or summary."),
    "check --statistics": ("แสดงจำนวนสิ่งที่ต้องแก้ไขของแต่ละกฎ แทนรายการทั้งหมด",
                           "Print how many findings each rule has, instead of the findings."),
    "check --stdin-filename": ("ชื่อที่ใช้เรียกข้อมูลจากช่องทางนำเข้ามาตรฐาน (-): นามสกุลบอกรูปแบบ โฟลเดอร์บอกค่าตั้ง",
                               "The name standard input (`-`) goes by: its extension decides the format, its folder "
                               "the settings."),
    "check --isolated": ("ไม่อ่านไฟล์ตั้งค่าใดในโฟลเดอร์ที่ตรวจ (ใช้ในด่านตรวจ: มีผลเฉพาะตัวเลือกและ --config)",
                         "Ignore every configuration file in the checked tree (a gate's settings: flags and --config only)."),
    "check --limit": ("ปรับขีดจำกัดของงาน ในรูป ชื่อ=จำนวน เช่น จำนวนช่องของตารางหรือขนาดไฟล์สูงสุด "
                      "(ชื่อของแต่ละขีดจำกัดอยู่ใน README หัวข้อความปลอดภัย)",
                      "Raise or lower a bound on work: max-table-cells, max-document-cells, max-docx-part-bytes, "
                      "max-docx-total-bytes, max-ocr-page-pixels, max-response-seconds, max-document-seconds "
                      "(README, Security)."),
    "check --jobs": ("ตรวจเอกสารพร้อมกันได้ครั้งละกี่ฉบับ แต่ละฉบับในโพรเซสของตนเอง (ผลลัพธ์เหมือนเดิมทุกประการ)",
                     "Check this many documents at once, each in a worker process (the output is the same)."),
    "check --extend-select": ("ตรวจกฎหรือหมวดเหล่านี้เพิ่ม (คั่นด้วยจุลภาค)", "Add these to the rules selected (comma-separated)."),
    "check --extend-ignore": ("ไม่ตรวจกฎหรือหมวดเหล่านี้เพิ่ม (คั่นด้วยจุลภาค)", "Add these to the rules ignored (comma-separated)."),
    "check --ca-bundle": ("เว็บ: เชื่อถือใบรับรองในไฟล์ PEM นี้ด้วย (ใบรับรองของหน่วยงาน หรือใบรับรองกลางที่ขาดไป)",
                          "Web: also trust the certificates in this PEM file (an agency's CA, a missing intermediate)."),
    "check --lang": ("ภาษาของข้อความ (ค่าเริ่มต้น th หรือ en เมื่อระบบตั้งเป็นภาษาอังกฤษ)",
                     "Language of messages (default th; en under an English locale)."),
    "check --year": ("ปีการประเมินที่จะใช้เกณฑ์ (เช่น 2569) ค่าเริ่มต้น: ปีการประเมิน ที่ขอเอกสาร ประเภทและปีงบประมาณนั้น",
                     "Assessment year whose rule pack to use (e.g. 2569). Default: the assessment that asks for "
                     "each document's own kind and fiscal year."),
    "check --fail-under": ("ถือว่าไม่ผ่าน (รหัสออก 1) เมื่อเอกสารได้คะแนนต่ำกว่านี้ (ค่าเริ่มต้น 0)",
                           "Exit 1 when a document scores below this (default 0)."),
    "check --select": ("ตรวจเฉพาะกฎหรือหมวดเหล่านี้ (คั่นด้วยจุลภาค)", "Only these rule ids or categories (comma-separated)."),
    "check --ignore": ("ไม่ตรวจกฎหรือหมวดเหล่านี้ (คั่นด้วยจุลภาค)", "Skip these rule ids or categories (comma-separated)."),
    "check --config": ("ใช้ไฟล์ตั้งค่านี้แทน .ita-lint.yaml หรือ pyproject.toml ที่ใกล้ที่สุด",
                       "Use this configuration file instead of the closest .ita-lint.yaml / pyproject.toml."),
    "check --max-bytes": ("ไม่อ่านไฟล์ที่ใหญ่กว่านี้ (ไบต์; ค่าเริ่มต้น 50 MB)", "Refuse files larger than this (default 50 MB)."),
    "check --max-pages": ("ไม่อ่าน PDF ที่มีหน้ามากกว่านี้ (ค่าเริ่มต้น 500)", "Refuse PDFs with more pages (default 500)."),
    "check --ocr": ("อ่านข้อความจาก PDF ที่เป็นภาพสแกน (ต้องมี tesseract พร้อมข้อมูลภาษาไทย)",
                    "OCR scanned PDFs (needs tesseract with Thai data)."),
    "check --no-cache": ("ไม่ใช้และไม่บันทึกผลตรวจที่เก็บไว้", "Do not read or write the result cache."),
    "check --cache-dir": ("ที่เก็บผลตรวจ (ค่าเริ่มต้น .ita-lint-cache ข้างไฟล์ตั้งค่า หรือโฟลเดอร์นี้)",
                          "Where to keep the result cache (default .ita-lint-cache beside the configuration file, or here)."),
    "check --color": ("แสดงสีในหน้าจอ (ค่าเริ่มต้น: เมื่อแสดงบนหน้าจอ; NO_COLOR และ FORCE_COLOR ก็ใช้ได้)",
                      "Colour the terminal output (default: when a terminal; NO_COLOR and FORCE_COLOR are honoured)."),
    "check --sitemap": ("ตรวจหน้าเว็บที่แผนผังเว็บไซต์ (sitemap) ระบุ และรายงานที่หน้าเหล่านั้นลิงก์ไปด้วย",
                        "Also check the pages a sitemap (or sitemap index) lists, and the reports they link to."),
    "check --max-documents": ("เว็บ: จำนวนหน้าและเอกสารที่ดาวน์โหลดได้มากที่สุดในครั้งเดียว",
                              "Web: most pages and documents fetched in one run."),
    "check --max-document-mb": ("เว็บ: หยุดดาวน์โหลดเอกสารที่ใหญ่กว่านี้ (MB)", "Web: stop a download larger than this (MB)."),
    "check --max-total-mb": ("เว็บ: หยุดดาวน์โหลดเมื่อรวมแล้วเกินนี้ (MB)", "Web: stop downloading after this much in all (MB)."),
    "check --timeout": ("เว็บ: วินาทีที่รอเซิร์ฟเวอร์เชื่อมต่อหรือส่งข้อมูล",
                        "Web: seconds to wait for a server to connect or send data."),
    "check --retries": ("เว็บ: ลองใหม่กี่ครั้งเมื่อหมดเวลาหรือเซิร์ฟเวอร์ผิดพลาด (รอ 1, 2, 4 … วินาที)",
                        "Web: tries again after a timeout or server error, waiting 1 s, 2 s, 4 s …."),
    "check --concurrency": ("เว็บ: จำนวนการดาวน์โหลดพร้อมกัน", "Web: downloads at once."),
    "check --depth": ("เว็บ: จำนวนชั้นของลิงก์ที่ตามจาก URL เริ่มต้น", "Web: link steps followed from a start URL."),
    "check --user-agent": ("เว็บ: ค่า User-Agent ที่ส่ง (ค่าเริ่มต้นระบุชื่อ ita-lint)",
                           "Web: User-Agent header (default names ita-lint)."),
    "check --ignore-robots": ("เว็บ: ดาวน์โหลดแม้ robots.txt ห้าม (ใช้กับเว็บไซต์ของตนเองเท่านั้น)",
                              "Web: fetch what robots.txt disallows (your own site only)."),
    "check --allow-other-hosts": ("เว็บ: ตามลิงก์และการเปลี่ยนเส้นทางไปยังเว็บไซต์อื่น",
                                  "Web: follow links and redirects to other hosts."),
    "check --allow-private": ("เว็บ: อนุญาตที่อยู่ภายในเครือข่ายและเครื่องนี้ แม้ URL เริ่มต้นเป็นที่อยู่สาธารณะ",
                              "Web: allow private and loopback addresses even when the start URL is public."),
    "check --verbose": ("เว็บ: บอกว่าข้ามหน้าใดและเพราะอะไร", "Web: say which pages were skipped and why."),
    "explain": ("แสดงว่าอ่านรายงานอย่างไร: คอลัมน์ของแต่ละตาราง ชะตาของแต่ละแถวและเหตุผล หลักฐานของแต่ละมาตรการ",
                "Show how a report was read: each table's columns, each row's fate and why, each measure's evidence."),
    "explain --format": ("รูปแบบผลลัพธ์", "Output format."),
    "explain --lang": ("ภาษาของข้อความ", "Language of messages."),
    "explain --year": ("ปีการประเมินที่จะใช้คำศัพท์ของเกณฑ์ ค่าเริ่มต้น: ปีล่าสุด",
                       "Assessment year whose rule pack (vocabulary) to use. Default: the newest."),
    "explain --ocr": ("อ่านข้อความจาก PDF ที่เป็นภาพสแกน (ต้องมี tesseract พร้อมข้อมูลภาษาไทย)",
                      "OCR scanned PDFs (needs tesseract with Thai data)."),
    "config": ("แสดงค่าตั้งที่ใช้กับ PATH (ไฟล์หรือโฟลเดอร์) และที่มาของแต่ละค่า",
               "Print the settings in force for PATH (a file or folder) and where they come from."),
    "config --config": ("ใช้ไฟล์ตั้งค่านี้", "Use this configuration file."),
    "config --format": ("รูปแบบผลลัพธ์ (json สำหรับโปรแกรมอื่น)", "Output format (json for other programs)."),
    "config --lang": ("ภาษาของข้อความ", "Language of messages."),
    "rules": ("แสดงรายการกฎของเกณฑ์การประเมิน", "List the rules of a rule pack."),
    "rules --year": ("ปีการประเมิน (ค่าเริ่มต้น: ปีล่าสุด)", "Assessment year (default: the newest pack)."),
    "rules --format": ("รูปแบบผลลัพธ์", "Output format."),
    "rules --lang": ("ภาษาของข้อความ", "Language of messages."),
    "rule": ("อธิบายกฎหนึ่งข้อ: ตรวจอะไร เพราะอะไร ตัวอย่างที่ผ่านและไม่ผ่าน และวิธีแก้",
             "Explain one rule: what it checks, why, a passing and a failing example, and the fix."),
    "rule --year": ("ปีการประเมิน (ค่าเริ่มต้น: ปีล่าสุด)", "Assessment year (default: the newest pack)."),
    "rule --lang": ("ภาษาของข้อความ", "Language of messages."),
    "schema": ("แสดง JSON Schema: rules สำหรับไฟล์กฎ report สำหรับรายงานแบบ YAML/JSON",
               "Print a JSON Schema: `rules` for rule files, `report` for YAML/JSON reports."),
    "serve": ("เปิดหน้าเว็บในเครื่องนี้ ลากไฟล์รายงานมาวางแล้วดูผลการตรวจ ไฟล์ไม่ถูกเก็บไว้",
              "Open a local page where a report file is dropped and its report page shown; files are not kept."),
    "serve --host": ("ที่อยู่ที่รอรับการเชื่อมต่อ (ค่าเริ่มต้น: เครื่องนี้เท่านั้น)",
                     "Address to listen on (this machine only by default)."),
    "serve --port": ("พอร์ต (0: พอร์ตใดก็ได้ที่ว่าง)", "Port (0: any free one)."),
    "serve --lang": ("ภาษาของหน้าเว็บ (ค่าเริ่มต้น th)", "Language of the page (default th)."),
    "serve --year": ("ปีการประเมินที่จะใช้เกณฑ์ (ค่าเริ่มต้น: ตามเอกสารแต่ละฉบับ)",
                     "Assessment year whose rule pack to use (default: by each document)."),
    "serve --max-bytes": ("ไม่รับไฟล์ที่ใหญ่กว่านี้ (ไบต์)", "Refuse uploads larger than this."),
    "serve --ocr": ("เลือกช่อง OCR ของหน้าเว็บไว้ก่อน สำหรับ PDF ที่เป็นภาพสแกน (ต้องมี tesseract พร้อมข้อมูลภาษาไทย)",
                    "Tick the page's OCR box for scanned PDFs by default (needs tesseract with Thai data)."),
    "serve --no-browser": ("ไม่ต้องเปิดเบราว์เซอร์", "Do not open the page in a browser."),
    "init": ("สร้างแบบฟอร์มรายงานเปล่าที่มีทุกองค์ประกอบที่เกณฑ์ปีนั้นกำหนด พร้อมคำแนะนำในแต่ละช่องที่ต้องกรอก",
             "Write a report template holding every element that year's rules require, with an instruction "
             "in each place to fill."),
    "init --kind": ("ประเภทเอกสาร: measures (มาตรการ) results (รายงานผล) plan (แผนการขับเคลื่อน)",
                    "Kind of document: measures, results or plan."),
    "init --year": ("ปีการประเมิน (ค่าเริ่มต้น: ปีล่าสุด)", "Assessment year (default: the newest pack)."),
    "init --format": ("รูปแบบไฟล์ (ค่าเริ่มต้นตามนามสกุลของ -o)", "File format (default: by the extension of -o)."),
    "init -o": ("ไฟล์ที่จะเขียน", "The file to write."),
    "init --force": ("เขียนทับไฟล์ที่มีอยู่แล้ว", "Replace the file if it exists."),
    "init --lang": ("ภาษาของข้อความ", "Language of messages."),
}

# click's own words (usage lines, option lists, its usage errors)
CLICK_TH: dict[str, str] = {
    "Usage:": "วิธีใช้:",
    "Options": "ตัวเลือก",
    "Commands": "คำสั่ง",
    "Positional arguments": "อาร์กิวเมนต์",
    "Show this message and exit.": "แสดงข้อความนี้แล้วออก",
    "Show the version and exit.": "แสดงรุ่นของโปรแกรมแล้วออก",
    "Error: {message}": "ข้อผิดพลาด: {message}",
    "Try '{command} {option}' for help.": "ดูวิธีใช้ด้วย '{command} {option}'",
    "Invalid value for {param_hint}: {message}": "ค่าของ {param_hint} ไม่ถูกต้อง: {message}",
    "Invalid value: {message}": "ค่าไม่ถูกต้อง: {message}",
    "Missing argument": "ขาดอาร์กิวเมนต์",
    "Missing option": "ขาดตัวเลือก",
    "Missing parameter": "ขาดค่า",
    "Missing command.": "ขาดคำสั่ง",
    "Missing {param_type}": "ขาด{param_type}",
    "Missing parameter: {param_name}": "ขาดค่า: {param_name}",
    "No such command {name!r}.": "ไม่มีคำสั่ง {name!r}",
    "No such option: {name}": "ไม่มีตัวเลือก {name}",
    "No such option {name!r}.": "ไม่มีตัวเลือก {name!r}",
    "No such option: {name}. Did you mean {possibility}?": "ไม่มีตัวเลือก {name} หมายถึง {possibility} หรือไม่",
    "No such option: {name}. (Possible options: {possibilities})": "ไม่มีตัวเลือก {name} (ที่มี: {possibilities})",
    "Did you mean {possibility}?": "หมายถึง {possibility} หรือไม่",
    "(Did you mean one of: {possibilities}?)": "(หมายถึงตัวใดตัวหนึ่งใน {possibilities} หรือไม่)",
    "Option {name!r} does not take a value.": "ตัวเลือก {name!r} ไม่รับค่า",
    "Option {name!r} requires an argument.": "ตัวเลือก {name!r} ต้องมีค่าตามหลัง",
    "Option {name!r} requires {nargs} arguments.": "ตัวเลือก {name!r} ต้องมีค่า {nargs} ค่า",
    "Got unexpected extra argument ({args})": "มีอาร์กิวเมนต์เกินมา ({args})",
    "Got unexpected extra arguments ({args})": "มีอาร์กิวเมนต์เกินมา ({args})",
    "{value!r} is not {choice}.": "{value!r} ไม่ใช่ {choice}",
    "{value!r} is not one of {choices}.": "{value!r} ไม่ใช่ค่าใดใน {choices}",
    "{value!r} is not a valid {number_type}.": "{value!r} ไม่ใช่{number_type}ที่ถูกต้อง",
    "{value} is not in the range {range}.": "{value} ไม่อยู่ในช่วง {range}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} ไม่มีอยู่",
    "{name} {filename!r} is a directory.": "{name} {filename!r} เป็นโฟลเดอร์",
    "{name} {filename!r} is a file.": "{name} {filename!r} เป็นไฟล์",
    "{name} {filename!r} is not writable.": "{name} {filename!r} เขียนไม่ได้",
    "{name} {filename!r} is not readable.": "{name} {filename!r} อ่านไม่ได้",
    "default: {default}": "ค่าเริ่มต้น: {default}",
    "required": "ต้องระบุ",
    "Aborted!": "ยกเลิกแล้ว",
    "file": "ไฟล์", "directory": "โฟลเดอร์", "path": "ที่อยู่ไฟล์",
    "integer": "จำนวนเต็ม", "float": "ตัวเลข",
}
_CLICK_MODULES = ("core", "exceptions", "decorators", "types", "parser", "formatting", "termui", "utils")


# what an option's value is, in its --help line ("--year YEAR"); click names its own types in
# English when the command is built, before the language is known
METAVARS_TH = {"FILE": "ไฟล์", "DIRECTORY": "โฟลเดอร์", "PATH": "ชื่อไฟล์", "YEAR": "ปี", "IDS": "กฎ",
               "NAME=N": "ชื่อ=จำนวน", "TEXT": "ข้อความ", "INTEGER": "จำนวนเต็ม", "INTEGER RANGE": "จำนวนเต็ม",
               "FLOAT": "ตัวเลข", "FLOAT RANGE": "ตัวเลข"}
SUBCOMMAND_TH = "คำสั่ง [อาร์กิวเมนต์]..."


def localise_cli(group, lang: str) -> None:
    """Set the help of `group`, its commands and their options from HELP, and make click say its
    own words in `lang`. Called once, before click parses the command line."""
    i = 0 if lang == "th" else 1
    if "" in HELP:
        group.help = HELP[""][i]
    group.__dict__.setdefault("_subcommand_metavar_en", group.subcommand_metavar)
    group.subcommand_metavar = SUBCOMMAND_TH if lang == "th" else group._subcommand_metavar_en
    _params(group, "", i)
    for name, command in group.commands.items():
        if name in HELP:
            command.help = HELP[name][i]
            command.short_help = None
        _params(command, name, i)
    _click_words(lang)


def _params(command, name: str, i: int) -> None:
    for param in command.params:
        for opt in getattr(param, "opts", []):
            key = f"{name} {opt}"
            if key in HELP and hasattr(param, "help"):
                param.help = HELP[key][i]
                break
        if param.param_type_name == "option" and not getattr(param, "is_flag", False):
            param.__dict__.setdefault("_metavar_en", param.metavar)
            english = param._metavar_en or param.type.name.upper()
            thai = METAVARS_TH.get(english) or (param._metavar_en or "").replace("[:FILE]", "[:ไฟล์]") or None
            param.metavar = thai if i == 0 else param._metavar_en  # None: click's own (a choice's values)


def missing_help(group) -> list[str]:
    """The commands and options of `group` that HELP does not say in both languages."""
    missing = [] if "" in HELP else ["(the group)"]
    commands = [("", group)] + sorted(group.commands.items())
    for name, command in commands:
        if name and name not in HELP:
            missing.append(name)
        for param in command.params:
            if param.param_type_name == "option" and not any(f"{name} {opt}" in HELP for opt in param.opts):
                missing.append(f"{name} {param.opts[-1]}".strip())
    return missing


def _click_words(lang: str) -> None:
    import click.formatting

    from ita_lint.wrap import click_wrap_text

    click.formatting.wrap_text = click_wrap_text  # Thai help folds between syllables, never inside one
    if lang == "en":
        return

    def gettext(message: str) -> str:
        return CLICK_TH.get(message, message)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return CLICK_TH.get(singular if n == 1 else plural, singular if n == 1 else plural)

    import importlib

    for name in _CLICK_MODULES:
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:  # pragma: no cover - a click without this module
            continue
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


def option_lang(value: Optional[str]) -> str:
    """A command's --lang, or the locale's when it has none."""
    return value or locale_lang()
