#!/usr/bin/env python3
"""Lines of this repository that hold a run of N words also found in a text of ../shared/data.

The project may read the shared corpora but never commit their text (README "Data licences"): quoted article text in the notes
is written as a reference, `⟨PolNeAR train ID:START–END⟩`, `⟨Zyte PAGE:START–END⟩`, `⟨CheckThat train ROW⟩`, and example
sentences are invented. This check lists what is left: runs of N words (default 6; apostrophes kept, case and punctuation
ignored) that occur in a PolNeAR text, a Zyte page body, or a sentence of the statement corpora. References are masked first
(their article ids are headline words), and a run may cross a line break inside a paragraph, so wrapped notes are read whole.

A hit is not always a copy: stock phrases ("said in a statement on Monday") and long names ("the Council on American-Islamic
Relations") occur in any news text. Read each run; a copied clause or sentence is what to replace.

usage: scripts/shared-text-check.py [-n N] [--runs] [FILE ...]
       (default files: every text file git tracks, model and data files aside; needs ../shared beside the repository)
"""
import argparse
import collections
import glob
import gzip
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "data")
SKIP = re.compile(r"\.(tsv|zip|trees|bin|json|gz|warc|arc|png|jpg|ico)$|\.g\.cs$|(^|/)data/warc/|(^|/)samples/")
WORD = re.compile(r"[A-Za-z0-9'’]+")
REFERENCE = re.compile(r"⟨[^⟩]*⟩")


def words_at(text):
    """The words of a text (lower case, curly apostrophes straight) with their offsets; runs of apostrophes alone are no words."""
    return [(m.group(0).replace("’", "'").lower(), m.start()) for m in WORD.finditer(text) if re.search(r"[A-Za-z0-9]", m.group(0))]


def shared_runs(n):
    """Every n-word run of the shared texts, to the corpus it comes from (the first corpus that holds it)."""
    runs = {}

    def add(corpus, text):
        w = [x for x, _ in words_at(text)]
        for i in range(len(w) - n + 1):
            runs.setdefault(hash(tuple(w[i:i + n])), corpus)

    for split in ("train", "dev"):
        with gzip.open(os.path.join(SHARED, "polnear", f"{split}.jsonl.gz"), "rt", encoding="utf-8") as f:
            for line in f:
                add("polnear", json.loads(line)["text"])
    with open(os.path.join(SHARED, "zyte", "ground-truth.json"), encoding="utf-8") as f:
        for page in json.load(f).values():
            add("zyte", page.get("articleBody") or "")
    for path in sorted(glob.glob(os.path.join(SHARED, "statements", "*.tsv"))):
        corpus = os.path.basename(path).split("_")[0]
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                add(corpus, line)
    return runs


def hits(path, n, runs):
    """(line number, corpus, run) for each longest run of the file found in the shared texts; paragraphs (blank-line
    separated) and table cells bound a run, references are masked."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = REFERENCE.sub(lambda m: " " * len(m.group(0)), f.read())
    w = words_at(text)

    def bounded(i, j):
        between = text[w[i][1]:w[j][1]]
        return "\n\n" in between or "|" in between

    i = 0
    while i <= len(w) - n:
        key = hash(tuple(x for x, _ in w[i:i + n]))
        if key not in runs or bounded(i, i + n - 1):
            i += 1
            continue
        j = i
        while j + n < len(w) and hash(tuple(x for x, _ in w[j + 1:j + 1 + n])) in runs and not bounded(j + 1, j + n):
            j += 1
        yield text.count("\n", 0, w[i][1]) + 1, runs[key], " ".join(x for x, _ in w[i:j + n])
        i = j + n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=6, help="words in a run (default 6)")
    parser.add_argument("--runs", action="store_true", help="print every run, not only the counts per file")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if not os.path.isdir(SHARED):
        sys.exit(f"shared-text-check: {SHARED} not found (../shared beside the repository)")
    files = args.files or [p for p in subprocess.run(["git", "-C", ROOT, "ls-files"], capture_output=True, text=True, check=True).stdout.split("\n")
                           if p and not SKIP.search(p)]
    runs = shared_runs(args.n)
    per_file = collections.Counter()
    for p in files:
        path = p if os.path.isabs(p) or os.path.exists(p) else os.path.join(ROOT, p)
        lines = set()
        for line, corpus, run in hits(path, args.n, runs):
            lines.add(line)
            if args.runs:
                print(f"{p}:{line}: [{corpus}] {run}")
        per_file[p] = len(lines)
    for p, count in per_file.most_common():
        if count:
            print(f"{count:5d} {p}", file=sys.stderr if args.runs else sys.stdout)
    print(f"{sum(per_file.values()):5d} lines in {sum(1 for c in per_file.values() if c)} files", file=sys.stderr if args.runs else sys.stdout)


if __name__ == "__main__":
    main()
