#!/usr/bin/env python3
"""Character error rate of OCR text against reference text, page by page.

cer.py REFERENCE_DIR HYPOTHESIS_DIR: both hold NAME.pN.txt files (one per page); prints per page and the total
CER = edit distance / reference length, after collapsing all whitespace to single spaces. Dev-time only."""
import sys
from pathlib import Path


def normalise(text):
    return " ".join(text.split())


def distance(a, b):
    """Levenshtein distance, two rows at a time (pure Python: ~2 s for a 3000-character page)."""
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def main(reference_dir, hypothesis_dir):
    errors = total = 0
    for reference in sorted(Path(reference_dir).glob("*.txt")):
        hypothesis = Path(hypothesis_dir) / reference.name
        ref = normalise(reference.read_text(encoding="utf-8"))
        hyp = normalise(hypothesis.read_text(encoding="utf-8")) if hypothesis.exists() else ""
        d = distance(hyp, ref)
        errors += d
        total += len(ref)
        print(f"  {reference.stem}: CER {d / max(1, len(ref)):.2%} ({d}/{len(ref)})")
    print(f"  total: CER {errors / max(1, total):.2%} ({errors}/{total})")


if __name__ == "__main__":
    main(*sys.argv[1:3])
