#!/usr/bin/env python3
"""Scores spaCy's rule-based Danish tokenizer the way TreebankEvaluationTests scores ours, and times it.

Usage (from the package root):
    python3 -m venv /tmp/spacy-venv && /tmp/spacy-venv/bin/pip install -r scripts/tokenizer/requirements.txt
    /tmp/spacy-venv/bin/python scripts/tokenizer/compare_spacy.py [--conllu PATH] [--repeat 50] \
        [--bench .build/release/referent-bench]

The document is the `# text =` lines of the CoNLL-U file joined by single spaces. Gold tokens are the FORM
column located left to right in each sentence; spans are compared exactly (precision, recall, F1), as in the
Swift test. The pipeline is spacy.blank("da") + sentencizer, timed on one core over the text repeated --repeat
times (fed in dev-text-sized docs, because spaCy caps one doc's length). With --bench, the Swift benchmark
(built with `swift build -c release`) is run pinned to one core on the same text for comparison.
"""
import argparse
import os
import subprocess
import time
from pathlib import Path

import spacy

HERE = Path(__file__).resolve().parent
DEFAULT_CONLLU = HERE.parents[2] / "shared/data/ud-danish-ddt/da_ddt-ud-dev.conllu"


def read_gold(path):
    """Returns (document, gold token spans, gold sentence spans) in character offsets."""
    parts, tokens, sentences = [], [], []
    offset = 0
    cursor = 0
    for line in Path(path).read_text(encoding="utf-8").split("\n"):
        if line.startswith("# text = "):
            text = line[len("# text = "):]
            if parts:
                offset += 1
            parts.append(text)
            sentences.append((offset, offset + len(text)))
            sentence_start, cursor = offset, 0
            offset += len(text)
        elif line[:1].isdigit():
            cols = line.split("\t")
            if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
                continue
            found = parts[-1].find(cols[1], cursor)
            if found >= 0:
                tokens.append((sentence_start + found, sentence_start + found + len(cols[1])))
                cursor = found + len(cols[1])
    return " ".join(parts), tokens, sentences


def score(predicted, gold):
    hits = len(set(predicted) & set(gold))
    p = hits / len(predicted) if predicted else 0.0
    r = hits / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conllu", default=str(DEFAULT_CONLLU))
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--bench", help="path to the release referent-bench executable")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})

    text, gold_tokens, gold_sentences = read_gold(args.conllu)
    nlp = spacy.blank("da")
    nlp.add_pipe("sentencizer")
    doc = nlp(text)
    tokens = [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
    sentences = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            sentences.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    tp, tr, tf = score(tokens, gold_tokens)
    sp, sr, sf = score(sentences, gold_sentences)

    start = time.perf_counter()
    n_tokens = n_sentences = 0
    for doc in nlp.pipe([text] * args.repeat):
        n_tokens += len(doc)
        n_sentences += sum(1 for _ in doc.sents)
    seconds = time.perf_counter() - start

    print(f"spacy version: {spacy.__version__}")
    print(f"spacy token P/R/F1: {tp:.4f} {tr:.4f} {tf:.4f}")
    print(f"spacy sentence P/R/F1: {sp:.4f} {sr:.4f} {sf:.4f}")
    print(f"spacy tokens/s: {n_tokens / seconds:.0f}")
    print(f"spacy sentences/s: {n_sentences / seconds:.0f}")
    if args.bench:
        out = subprocess.run(
            ["taskset", "-c", "0", args.bench, args.conllu, "--repeat", str(args.repeat)],
            check=True, capture_output=True, text=True).stdout
        ours = dict(line.split(": ", 1) for line in out.strip().split("\n"))
        print(f"referent tokens/s: {ours['tokens/s']}")
        print(f"referent sentences/s: {ours['sentences/s']}")
        print(f"speed-up (tokens/s): {float(ours['tokens/s']) / (n_tokens / seconds):.1f}x")


if __name__ == "__main__":
    main()
