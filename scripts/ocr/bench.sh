#!/usr/bin/env bash
# Dev-time OCR benchmark: Referent's OCR (PDFExtractor + TesseractRecognizer, in-process, engines reused)
# side by side with `ocrmypdf -l dan` + `pdftotext`, on the same scanned PDFs: pages/s and character error
# rate (CER) against the text layer of each scan's born-digital source.
#
#   scripts/ocr/bench.sh [--dpi 300] [--jobs 2] [SCAN.pdf=SOURCE.pdf ...]
#
# Default pair: the fixture scan and its source. Needs ocrmypdf (apt-get install ocrmypdf) and poppler-utils.
# Work files go to a temporary folder, removed at the end; the Swift harness is built in /tmp/referent-ocr-bench.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/scripts/ocr"
dpi=300
jobs=2
pairs=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dpi) dpi="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    *) pairs+=("$1"); shift ;;
  esac
done
[ ${#pairs[@]} -gt 0 ] || pairs=(
  "$root/fixtures/pdf/scan/politisk-klynge-2020-01-16-scan.pdf=$root/fixtures/pdf/region/politisk-klynge-2020-01-16.pdf")
command -v ocrmypdf >/dev/null || { echo "bench: ocrmypdf not found (apt-get install ocrmypdf)" >&2; exit 2; }

harness=/tmp/referent-ocr-bench
mkdir -p "$harness/Sources/ocr-bench"
for module in DocumentModel Extraction OCR CPoppler CTesseract; do ln -sfn "$root/Sources/$module" "$harness/Sources/$module"; done
cp "$here/harness/Package.swift" "$harness/Package.swift"
cp "$here/harness/main.swift" "$harness/Sources/ocr-bench/main.swift"
(cd "$harness" && swift build -c release -q)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ref" "$work/referent" "$work/ocrmypdf" "$work/sidecar"
scans=()
for pair in "${pairs[@]}"; do
  scan="${pair%%=*}"; source="${pair#*=}"; name="$(basename "$scan" .pdf)"; scans+=("$scan")
  pages=$(pdfinfo "$source" | awk '/^Pages:/ {print $2}')
  for ((p = 1; p <= pages; p++)); do pdftotext -layout -f $p -l $p "$source" "$work/ref/$name.p$p.txt"; done
done

echo "== Referent OCR ($dpi dpi, $jobs threads)"
"$harness/.build/release/ocr-bench" --dpi "$dpi" --threads "$jobs" --force "${scans[@]}" > "$work/referent.out"
grep '^SUMMARY' "$work/referent.out"
python3 - "$work/referent.out" "$work/referent" <<'PY'
import re, sys
from pathlib import Path
out, page = None, None
for line in open(sys.argv[1], encoding="utf-8"):
    m = re.match(r"=== (.*) page (\d+) ", line)
    if m:
        out = open(Path(sys.argv[2]) / f"{Path(m[1]).stem}.p{m[2]}.txt", "w", encoding="utf-8")
    elif not line.startswith(("#", "SUMMARY")) and out:
        out.write(line)
PY
python3 "$here/cer.py" "$work/ref" "$work/referent"

echo "== ocrmypdf -l dan --jobs $jobs + pdftotext"
total_pages=0
start=$(date +%s.%N)
for scan in "${scans[@]}"; do
  name="$(basename "$scan" .pdf)"
  ocrmypdf -q -l dan --force-ocr --output-type pdf --optimize 0 --jobs "$jobs" --sidecar "$work/$name.sidecar.txt" \
    "$scan" "$work/$name.ocr.pdf"
  pages=$(pdfinfo "$scan" | awk '/^Pages:/ {print $2}'); total_pages=$((total_pages + pages))
  for ((p = 1; p <= pages; p++)); do pdftotext -f $p -l $p "$work/$name.ocr.pdf" "$work/ocrmypdf/$name.p$p.txt"; done
done
end=$(date +%s.%N)
python3 -c "import sys; p, s = int(sys.argv[1]), float(sys.argv[3]) - float(sys.argv[2]); \
print(f'SUMMARY pages={p} seconds={s:.2f} pages_per_second={p / s:.3f}')" "$total_pages" "$start" "$end"
python3 "$here/cer.py" "$work/ref" "$work/ocrmypdf"
# pdftotext reorders the words of a skewed scan's text layer (ocrmypdf sets each line on its slanted
# baseline), so the CER above mixes reading order with recognition. The sidecar is tesseract's own text.
echo "== ocrmypdf --sidecar (tesseract's text, pages split at form feeds)"
for scan in "${scans[@]}"; do
  name="$(basename "$scan" .pdf)"
  python3 - "$work/$name.sidecar.txt" "$work/sidecar/$name" <<'PY'
import sys
for number, text in enumerate(open(sys.argv[1], encoding="utf-8").read().split("\f"), 1):
    if text.strip():
        open(f"{sys.argv[2]}.p{number}.txt", "w", encoding="utf-8").write(text)
PY
done
python3 "$here/cer.py" "$work/ref" "$work/sidecar"
