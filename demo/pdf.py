"""A small, valid one-page PDF written by hand, so demo documents need no download."""

import textwrap


def _literal(text):
    """Text as a PDF string in the encoding of the built-in fonts (WinAnsi covers æ, ø, å)."""
    raw = text.encode("cp1252", errors="replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def one_page(title, paragraphs):
    """A4 page with a heading and wrapped paragraphs in Helvetica."""
    lines = [b"BT", b"/F2 16 Tf", b"56 780 Td", _literal(title) + b" Tj", b"/F1 11 Tf"]
    gap = b"0 -28 Td"
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 90):
            lines += [gap, _literal(line) + b" Tj"]
            gap = b"0 -15 Td"
        gap = b"0 -24 Td"
    lines.append(b"ET")
    stream = b"\n".join(lines)
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        font % b"Helvetica",
        font % b"Helvetica-Bold",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
