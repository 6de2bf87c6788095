#!/usr/bin/env python3
"""Writes the seed corpus of clean_pdf_fuzz (tests/fuzz/corpus/clean_pdf_fuzz/):
small PDFs with what the PDF cleaner removes — an Info dictionary, XMP on the
catalog and the page, a comment (Text) with its Popup, a link that stays, an
embedded file, JavaScript in the names tree, an /OpenAction and a page /AA —
one with a classic xref table and one without (qpdf's recovery path).
Usage: tests/fuzz/make_clean_pdf_seeds.py"""
import pathlib

OUT = pathlib.Path(__file__).resolve().parent / "corpus" / "clean_pdf_fuzz"


def stream(dict_body: str, data: bytes) -> bytes:
    return b"<< " + dict_body.encode() + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def pdf(with_xref: bool) -> bytes:
    xmp = (b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
           b"<rdf:Description xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:creator>A</dc:creator>"
           b"</rdf:Description></rdf:RDF></x:xmpmeta>")
    content = b"BT /F1 12 Tf 72 700 Td (Quarterly plan) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R /Names << /EmbeddedFiles << /Names [(a.txt) 9 0 R] >> "
        b"/JavaScript << /Names [(j) 11 0 R] >> >> /OpenAction 11 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 6 0 R /Metadata 5 0 R /Annots [7 0 R 8 0 R 12 0 R] /AA << /O 11 0 R >> >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream("/Type /Metadata /Subtype /XML", xmp),
        stream("", content),
        b"<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /T (Author) /Contents (Note) /Popup 8 0 R >>",
        b"<< /Type /Annot /Subtype /Popup /Rect [30 30 200 100] /Parent 7 0 R >>",
        b"<< /Type /Filespec /F (a.txt) /EF << /F 10 0 R >> >>",
        stream("/Type /EmbeddedFile", b"attached"),
        b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>",
        b"<< /Type /Annot /Subtype /Link /Rect [50 50 90 60] /A << /S /URI /URI (https://example.org/) >> >>",
        b"<< /Author (A) /Creator (C) /Producer (P) >>",
    ]
    out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    trailer = b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objs) + 1, len(objs))
    if not with_xref:
        return out + trailer + b"%%EOF\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    return out + trailer + b"startxref\n%d\n%%%%EOF\n" % xref


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "everything.pdf").write_bytes(pdf(True))
    (OUT / "everything_no_xref.pdf").write_bytes(pdf(False))


if __name__ == "__main__":
    main()
