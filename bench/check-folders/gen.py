#!/usr/bin/env python3
"""Writes COUNT mixed files into DIR for bench/check-folders/run: plain text,
.docx, .xlsx, .pptx, PDF and JPEG, in fixed shares, deterministic for a seed.
The text is the regulation's own sentences (/work/shared/regulation/*.txt or
REGULATION=FILE) with a marking or a personal datum in about one file in
three. Python's standard library only:
  - .docx/.xlsx/.pptx: the OOXML parts each needs, written with zipfile
    (document text, inline-string cells, slides; an author in docProps/core.xml);
  - PDF: one page, a Type0 font with Identity-H encoding and a ToUnicode map
    (no font program: pdftotext and poppler read the text from the map);
  - JPEG: a small baseline JPEG (tests/fuzz/corpus/extract_any_fuzz/gps.jpg,
    with its EXIF GPS) with a COM segment naming the file, so no two are equal.

  gen.py DIR [COUNT] [SEED]      prints the count of each kind
"""
import os
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARES = [("txt", 40), ("docx", 15), ("xlsx", 10), ("pptx", 10), ("pdf", 15), ("jpg", 10)]
MARKINGS = ["秘密★1年", "机密★长期", "内部资料", "此件不予公开", "工作秘密", "请勿外传"]
STAMP = (2024, 1, 1, 0, 0, 0)  # every zip entry's time: the bytes depend on the seed only


def sentences(path):
    text = open(path, encoding="utf-8").read()
    out = []
    for s in re.split(r"(?<=[。；！？])|\n", text):
        s = re.sub(r"\s+", "", s)
        if 12 <= len(s.encode()) <= 400:
            out.append(s)
    return out


def item(rng):
    k = rng.randrange(4)
    if k == 0:
        return rng.choice(MARKINGS)
    if k == 1:
        return "联系电话1%d%08d" % (rng.choice([3, 5, 8]), rng.randrange(10 ** 8))
    if k == 2:
        return "邮箱 user%d@example.cn" % rng.randrange(10 ** 6)
    return "财办〔20%02d〕%d号" % (rng.randrange(10, 25), rng.randrange(1, 200))


def paragraphs(rng, pool, n):
    out = []
    for _ in range(n):
        p = "".join(rng.choice(pool) for _ in range(rng.randrange(1, 4)))
        if rng.random() < 0.1:
            p += item(rng)
        out.append(p)
    return out


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_zip(path, parts):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


CT = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
REL = '<Relationship Id="%s" Type="%s" Target="%s"/>'
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"


def core(author):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>通知</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>' % esc(author))


def root_rels(main):
    return RELS % (REL % ("rId1", OFFICE, main) + REL % ("rId2", CORE_REL, "docProps/core.xml"))


def docx(path, paras, author):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    write_zip(path, [
        ("[Content_Types].xml", CT % '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'),
        ("_rels/.rels", root_rels("word/document.xml")),
        ("word/document.xml", doc),
        ("docProps/core.xml", core(author))])


def xlsx(path, paras, author):
    rows = "".join('<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d" t="inlineStr"><is><t>%s</t></is></c></row>'
                   % (i + 1, i + 1, i + 1, i + 1, esc(p)) for i, p in enumerate(paras))
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>%s</sheetData></worksheet>' % rows)
    book = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>')
    write_zip(path, [
        ("[Content_Types].xml", CT % ('<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                                      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')),
        ("_rels/.rels", root_rels("xl/workbook.xml")),
        ("xl/workbook.xml", book),
        ("xl/_rels/workbook.xml.rels", RELS % REL % ("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet", "worksheets/sheet1.xml")),
        ("xl/worksheets/sheet1.xml", sheet),
        ("docProps/core.xml", core(author))])


def pptx(path, slides, author):
    P = 'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    parts = []
    ids = "".join('<p:sldId id="%d" r:id="rId%d"/>' % (256 + i, i + 1) for i in range(len(slides)))
    overrides = '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
    rels = ""
    for i, paras in enumerate(slides):
        text = "".join("<a:p><a:r><a:t>%s</a:t></a:r></a:p>" % esc(p) for p in paras)
        parts.append(("ppt/slides/slide%d.xml" % (i + 1),
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld %s><p:cSld><p:spTree><p:sp><p:txBody>%s</p:txBody></p:sp></p:spTree></p:cSld></p:sld>' % (P, text)))
        overrides += '<Override PartName="/ppt/slides/slide%d.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.slide+xml"/>' % (i + 1)
        rels += REL % ("rId%d" % (i + 1), "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide", "slides/slide%d.xml" % (i + 1))
    write_zip(path, [
        ("[Content_Types].xml", CT % overrides),
        ("_rels/.rels", root_rels("ppt/presentation.xml")),
        ("ppt/presentation.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:presentation %s><p:sldIdLst>%s</p:sldIdLst></p:presentation>' % (P, ids)),
        ("ppt/_rels/presentation.xml.rels", RELS % rels)] + parts + [("docProps/core.xml", core(author))])


def pdf(path, paras):
    chars = sorted({c for p in paras for c in p})
    cid = {c: i + 1 for i, c in enumerate(chars)}
    lines = []
    y = 800
    for p in paras:
        for k in range(0, len(p), 30):  # 30 characters a line at 16 pt
            hexs = "".join("%04X" % cid[c] for c in p[k:k + 30])
            lines.append("BT /F1 16 Tf 40 %d Td <%s> Tj ET" % (y, hexs))
            y -= 20
    content = "\n".join(lines).encode()
    bf = []
    for i in range(0, len(chars), 100):  # at most 100 entries a bfchar block
        block = chars[i:i + 100]
        bf.append("%d beginbfchar\n%s\nendbfchar" % (len(block), "\n".join(
            "<%04X> <%s>" % (cid[c], c.encode("utf-16-be").hex().upper()) for c in block)))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n%s\n"
            "endcmap CMapName currentdict /CMap defineresource pop end end" % "\n".join(bf)).encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 %d] /Resources << /Font << /F1 4 0 R >> >> /Contents 7 0 R >>" % max(842, 60 + 20 * len(lines)),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /NotoSansCJKsc-Regular /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 6 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /NotoSansCJKsc-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor << /Type /FontDescriptor /FontName /NotoSansCJKsc-Regular /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >> /DW 1000 >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i + 1, o)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    open(path, "wb").write(out)


def jpeg(path, base, name):
    comment = name.encode()
    segment = b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment
    open(path, "wb").write(base[:2] + segment + base[2:])


def main():
    out, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    pool = sentences(os.environ.get("REGULATION") or "/work/shared/regulation/dangyuan-wangluo-xingwei-guiding.txt")
    base = open(os.path.join(ROOT, "tests/fuzz/corpus/extract_any_fuzz/gps.jpg"), "rb").read()
    kinds = [k for k, share in SHARES for _ in range(share)]
    made = {k: 0 for k, _ in SHARES}
    authors = ["张三（市委办公室）", "李四", "王五", "办公室"]
    for i in range(count):
        kind = kinds[i % len(kinds)]
        folder = os.path.join(out, "d%02d" % (i % 50))
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, "f%05d.%s" % (i, kind))
        author = rng.choice(authors)
        if kind == "txt":
            open(path, "w", encoding="utf-8").write("\n".join(paragraphs(rng, pool, rng.randrange(2, 12))) + "\n")
        elif kind == "docx":
            docx(path, paragraphs(rng, pool, rng.randrange(3, 15)), author)
        elif kind == "xlsx":
            xlsx(path, paragraphs(rng, pool, rng.randrange(3, 20)), author)
        elif kind == "pptx":
            pptx(path, [paragraphs(rng, pool, rng.randrange(1, 4)) for _ in range(rng.randrange(1, 6))], author)
        elif kind == "pdf":
            pdf(path, paragraphs(rng, pool, rng.randrange(2, 8)))
        else:
            jpeg(path, base, "f%05d" % i)
        made[kind] += 1
    print(" ".join("%s=%d" % kv for kv in made.items()))


if __name__ == "__main__":
    main()
