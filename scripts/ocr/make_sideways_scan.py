#!/usr/bin/env python3
"""Writes fixtures/pdf/scan/politisk-klynge-2020-01-16-sideways.pdf: page 1 of the fixture scan as if fed
into the scanner sideways. The scan's JPEG is reused byte for byte (`pdfimages -j`, poppler-utils) and drawn
turned 90° counter-clockwise on a landscape page without /Rotate, so only the pixels are sideways and
the reader must find the orientation itself. Also writes the truth (what page 1 shows) next to the scan's.

Deterministic: no timestamps, fixed object order. Stdlib only. Run from anywhere: python3 make_sideways_scan.py"""
import json
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCAN = ROOT / "fixtures/pdf/scan/politisk-klynge-2020-01-16-scan.pdf"
OUT = ROOT / "fixtures/pdf/scan/politisk-klynge-2020-01-16-sideways.pdf"
TRUTH_IN = ROOT / "fixtures/truth/scan/politisk-klynge-2020-01-16-scan.json"
TRUTH_OUT = ROOT / "fixtures/truth/scan/politisk-klynge-2020-01-16-sideways.json"
A4 = (595.276, 841.89)


def first_page_jpeg():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdfimages", "-j", "-f", "1", "-l", "1", str(SCAN), f"{tmp}/im"], check=True)
        return Path(tmp, "im-000.jpg").read_bytes()


def jpeg_size(data):
    """Width and height from the JPEG's SOF marker."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    raise ValueError("no SOF marker")


def pdf(objects):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def main():
    jpeg = first_page_jpeg()
    width, height = jpeg_size(jpeg)
    w, h = A4[1], A4[0]  # landscape page: the portrait scan lies on its side
    # Maps the unit square to the page turned 90° counter-clockwise: the scan's top edge lies on the left.
    content = b"q 0 %.3f %.3f 0 %.3f 0 cm /Im0 Do Q" % (h, -w, w)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /XObject << /Im0 4 0 R >> >> "
        b"/Contents 5 0 R >>" % (w, h),
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /DCTDecode /Length %d >>\nstream\n" % (width, height, len(jpeg)) + jpeg + b"\nendstream",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    OUT.write_bytes(pdf(objects))
    truth = json.loads(TRUTH_IN.read_text(encoding="utf-8"))
    truth["items"] = [item for item in truth["items"] if item["number"] in ("1", "2")]
    TRUTH_OUT.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print("wrote", OUT, "and", TRUTH_OUT)


if __name__ == "__main__":
    main()
