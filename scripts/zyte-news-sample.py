#!/usr/bin/env python3
"""The unseen news evaluation set of the statement kinds (data/statements/zyte-news-labels.tsv; GUIDE.md, "Zyte news pages").

The statements are those `claimextract extract` finds on the 181 Zyte pages (../shared/data/zyte/html), which no model of
the project was trained or tuned on. Offsets are Unicode code points into the page's extracted text (the `text` field of
the article record claimextract writes), end exclusive: the statement's own `start`/`end`.

  dotnet src/ClaimExtract.Cli/bin/Release/net10.0/claimextract.dll extract ../shared/data/zyte/html -q -j 1 --format jsonl -o /tmp/zyte.jsonl

  scripts/zyte-news-sample.py sample /tmp/zyte.jsonl N > /tmp/candidates.tsv
      Every statement the model calls promise, retraction or prediction (mined_by `zyte-specific`), then the first N of
      the others (claim, other; mined_by `zyte-rest`), each group in the fixed order SHA-256("zyte7|" + page id + "|" +
      start); English pages only (a page with problem CE3002, not English prose, has no statements anyway). Prints the
      candidate number, page id, start, end, the span's SHA-256 prefix, mined_by, the predicted kind and its confidence, quote type, cue, speaker mention,
      the statement and its paragraph (for reading; keep the file outside the repository).
  scripts/zyte-news-sample.py apply /tmp/candidates.tsv /tmp/decisions.txt > data/statements/zyte-news-labels.tsv
      decisions.txt: one "NUMBER LABEL" a line (promise, retraction, prediction, claim, other, or skip for a broken
      span); prints the labels file: source zyte, page id, start, end, SHA-256 prefix of the span, label, mined_by.
  scripts/zyte-news-sample.py check /tmp/zyte.jsonl [LABELS]
      Checks that every labelled span is a statement of the extraction and that its text matches the stored hash.

The page id is the file name without `.html.gz` (the SHA-256 the Zyte benchmark names its pages by). Deterministic: the
order depends only on the page ids and offsets, never on the text or on a random seed. The model's kinds select which
statements are read (the stratum), never their labels, which follow the definitions of GUIDE.md alone.
"""
import hashlib, sys
from zyte_pages import articles, page_id, span_hash  # shared with zyte-names.py

LABELS = "data/statements/zyte-news-labels.tsv"
SPECIFIC = ("promise", "retraction", "prediction")
HEADER = """# Unseen news evaluation set of the statement kinds (GUIDE.md, "Zyte news pages"). No text: each row points into the
# text claimextract extracts from a page of ../shared/data/zyte/html (the article record's `text`), never used in training.
# source: zyte; id: the page file name without .html.gz; start, end: code points into that text (end exclusive), the
# statement's own start and end; sha256: first 12 hex digits of SHA-256 of the span's UTF-8 bytes; label: by GUIDE.md's definitions;
# mined_by: zyte-specific (every statement the model of 2026-11-30 called promise, retraction or prediction) or zyte-rest
# (the first of the others, claim or other, in the order SHA-256("zyte7|" + id + "|" + start)). scripts/zyte-news-sample.py.
source\tid\tstart\tend\tsha256\tlabel\tmined_by"""


def order(pid, start):
    return hashlib.sha256(f"zyte7|{pid}|{start}".encode()).hexdigest()


def paragraph(text, start, end):
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]


def clean(s):
    return (s or "").replace("\t", " ").replace("\n", " / ")


def sample(extracted, n_rest):
    specific, rest = [], []
    for a in articles(extracted):
        if any(p.get("code") == "CE3002" for p in a.get("problems", [])):
            continue
        pid = page_id(a["id"])
        for s in a["statements"]:
            item = (order(pid, s["start"]), pid, s, a["text"])
            (specific if s["kind"] in SPECIFIC else rest).append(item)
    specific.sort(key=lambda x: x[0])
    rest.sort(key=lambda x: x[0])
    number = 0
    for group, items in (("zyte-specific", specific), ("zyte-rest", rest[:n_rest])):
        for _, pid, s, text in items:
            number += 1
            print("\t".join(str(x) for x in (number, pid, s["start"], s["end"], span_hash(text[s["start"]:s["end"]]), group, s["kind"], s["kind_confidence"], s["quote_type"],
                                              clean(s.get("cue")), clean(s.get("speaker_mention")), clean(s["text"]),
                                              clean(paragraph(text, s["start"], s["end"])))))


def apply(candidates, decisions):
    decided = {}
    with open(decisions, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            number, label = line.split()
            if label not in SPECIFIC + ("claim", "other", "skip"):
                sys.exit(f"unknown label {label!r} for {number}")
            decided[int(number)] = label
    print(HEADER)
    with open(candidates, encoding="utf-8") as f:
        for line in f:
            number, pid, start, end, sha, group, _kind, _conf, _qt, _cue, _speaker, _span, _para = line.rstrip("\n").split("\t")
            label = decided.get(int(number))
            if label is None:
                sys.exit(f"candidate {number} has no decision")
            if label == "skip":
                continue
            print("\t".join(("zyte", pid, start, end, sha, label, group)))


def check(extracted, labels):
    texts = {page_id(a["id"]): a for a in articles(extracted)}
    bad = rows = 0
    with open(labels, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("source\t") or not line.strip():
                continue
            rows += 1
            source, pid, start, end, sha, label, mined_by = line.rstrip("\n").split("\t")
            start, end = int(start), int(end)
            a = texts.get(pid)
            statement = a is not None and any(s["start"] == start and s["end"] == end for s in a["statements"])
            if a is None or not statement or span_hash(a["text"][start:end]) != sha:
                bad += 1
                print(f"mismatch: {pid} {start}-{end} ({'no page' if a is None else 'no such statement' if not statement else 'hash'})")
    print(f"{rows} rows, {bad} mismatched")
    return 1 if bad else 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "sample":
        sample(sys.argv[2], int(sys.argv[3]))
    elif command == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif command == "check":
        sys.exit(check(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else LABELS))
    else:
        sys.exit(__doc__)
