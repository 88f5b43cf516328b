#!/usr/bin/env python3
"""Harvests cue words from PolNeAR train: every lower-case word form that stands inside a gold cue
span at least MIN_COUNT times and in at least MIN_SHARE of all its occurrences in the training texts.
Words that are not verbs (nouns such as "statement", adverbs, adjectives) and the words other patterns
handle ("according", "expected", "seemed" ...) are left out by the lists below, reviewed by hand.
Writes src/ClaimExtract/Quotes/harvested-cues.tsv: form, lemma, times in a cue, occurrences.

usage: scripts/harvest-cues.py [../shared/data/polnear/train.jsonl.gz]"""
import collections, gzip, json, re, sys

MIN_COUNT, MIN_SHARE = 5, 0.45
NOT_VERBS = {"statement", "criticism", "assertion", "suggestion", "complaints", "doubts", "assumption", "footage", "eager",
             "wary", "outspoken", "impassioned", "chants", "titled", "mention", "discuss", "reportedly"}
OTHER_PATTERNS = {"according", "expected", "seemed", "seems", "appears", "appeared", "appear", "seem", "referring", "referred",
                  "calling", "calls", "called", "call"}

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train.jsonl.gz"
occurrences, in_cue = collections.Counter(), collections.Counter()
with gzip.open(path, "rt", encoding="utf-8") as f:
    for line in f:
        article = json.loads(line)
        cue = set()
        for a in article["attributions"]:
            for c in a.get("cue") or []:
                cue.update(range(c["start"], c["end"]))
        for m in re.finditer(r"[a-z]+(?:-[a-z]+)?", article["text"]):
            if m.start() > 0 and article["text"][m.start() - 1].isalpha():
                continue
            occurrences[m.group(0)] += 1
            in_cue[m.group(0)] += m.start() in cue

def lemma(form):
    for suffix, replacements in (("ies", ["y"]), ("ied", ["y"]), ("ing", ["e", ""]), ("ed", ["e", ""]), ("es", ["e", ""]), ("s", [""])):
        if form.endswith(suffix):
            stem = form[: -len(suffix)]
            for r in replacements:
                if occurrences[stem + r] > 0 and len(stem + r) > 2:
                    return stem + r
    return form

rows = [(w, in_cue[w], occurrences[w]) for w in occurrences
        if in_cue[w] >= MIN_COUNT and in_cue[w] / occurrences[w] >= MIN_SHARE
        and not w.endswith("ly") and w not in NOT_VERBS and w not in OTHER_PATTERNS]
rows.sort(key=lambda r: (-r[1], r[0]))
with open("src/ClaimExtract/Quotes/harvested-cues.tsv", "w", encoding="utf-8") as out:
    out.write(f"# cue word forms harvested from PolNeAR train by scripts/harvest-cues.py (in a gold cue >= {MIN_COUNT} times and >= {MIN_SHARE:.0%} of occurrences)\n")
    out.write("form\tlemma\tin_cue\toccurrences\n")
    for w, n, total in rows:
        out.write(f"{w}\t{lemma(w)}\t{n}\t{total}\n")
print(f"{len(rows)} forms", file=sys.stderr)
