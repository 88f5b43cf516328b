#!/usr/bin/env python3
"""A random (not lexicon-mined) sample of the statements the pipeline extracts from PolNeAR TRAIN articles (GUIDE.md,
"Seventh pass (random25)"): hand labels that carry the news prior of the kinds, for training and the out-of-fold thresholds.

  zcat ../shared/data/polnear/train.jsonl.gz | scripts/random-news-sample.py input > /tmp/polnear-train.jsonl
      {"id","text"} lines of the PolNeAR train articles (never dev).
  dotnet src/ClaimExtract.Cli/bin/Release/net10.0/claimextract.dll extract /tmp/polnear-train.jsonl -q --format jsonl -o /tmp/extracted.jsonl
  scripts/random-news-sample.py sample /tmp/extracted.jsonl N > /tmp/candidates.tsv
      The first N statements in the fixed order SHA-256("random25|" + article id + "|" + start), leaving out every statement
      that overlaps a row of labels.tsv or labels-lex6.tsv (polnear-train) or an earlier candidate; prints the candidate
      number, article id, start, end, the span's SHA-256 prefix, H or T (held out or training document, as the trainer
      splits), the model's kind, quote type, cue, speaker mention, the statement and its paragraph (for reading; keep the
      file outside the repository).
  scripts/random-news-sample.py apply /tmp/candidates.tsv /tmp/decisions.txt > /tmp/rows.tsv
      decisions.txt: one "NUMBER LABEL" a line; prints labels.tsv rows (source polnear-train, mined_by random25), each
      checked against the PolNeAR article text itself.

Offsets are code points into the PolNeAR article text: the extracted record's `text` is that text unchanged (checked).
Deterministic: the order depends only on article ids and offsets, never on the text, the model's kind or a random seed.
"""
import gzip, hashlib, json, sys

LABELS = ("data/statements/labels.tsv", "data/statements/labels-lex6.tsv", "data/statements/labels-random25.tsv")
CORPUS = "../shared/data/polnear/train.jsonl.gz"


def polnear_texts():
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        return {a["id"]: a["text"] for a in map(json.loads, f)}


def labelled_spans():
    spans = {}
    for path in LABELS:
        try:
            lines = open(path, encoding="utf-8").readlines()
        except FileNotFoundError:
            continue
        for line in lines:
            c = line.rstrip("\n").split("\t")
            if c[0] == "polnear-train":
                spans.setdefault(c[1], []).append((int(c[2]), int(c[3])))
    return spans


def held_out(article):
    digest = hashlib.sha256(("polnear-train|" + article).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "little") % 5 == 0


def span_hash(span):
    return hashlib.sha256(span.encode("utf-8")).hexdigest()[:12]


def clean(s):
    return (s or "").replace("\t", " ").replace("\n", " / ")


def paragraph(text, start, end):
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    return text[a:start] + "[[" + text[start:end] + "]]" + text[end:b]


def sample(extracted, n):
    texts = polnear_texts()
    done = labelled_spans()
    items = []
    for line in open(extracted, encoding="utf-8"):
        a = json.loads(line)
        aid = a["id"].split("#", 1)[0]
        assert a["text"] == texts[aid], f"{aid}: the extracted text is not the PolNeAR text"
        for s in a["statements"]:
            assert a["text"][s["start"]:s["end"]] == s["text"], (aid, s["start"])
            items.append((hashlib.sha256(f"random25|{aid}|{s['start']}".encode()).hexdigest(), aid, s, a["text"]))
    items.sort(key=lambda x: x[0])
    number = 0
    for _, aid, s, text in items:
        if number >= n:
            break
        taken = done.setdefault(aid, [])
        if any(s["start"] < e and b < s["end"] for b, e in taken):
            continue
        taken.append((s["start"], s["end"]))
        number += 1
        print("\t".join(str(x) for x in (number, aid, s["start"], s["end"], span_hash(s["text"]), "H" if held_out(aid) else "T",
                                          s["kind"], s["quote_type"], clean(s.get("cue")), clean(s.get("speaker_mention")),
                                          clean(s["text"]), clean(paragraph(text, s["start"], s["end"])))))
    print(f"{number} candidates of {len(items)} statements", file=sys.stderr)


def apply(candidates, decisions):
    texts = polnear_texts()
    decided = {}
    for line in open(decisions, encoding="utf-8"):
        parts = line.split("#", 1)[0].split()
        if not parts:
            continue
        assert parts[1] in ("promise", "retraction", "prediction", "claim", "other"), line
        decided[parts[0]] = parts[1]
    for line in open(candidates, encoding="utf-8"):
        c = line.rstrip("\n").split("\t")
        number, aid, start, end, sha = c[0], c[1], int(c[2]), int(c[3]), c[4]
        if number not in decided:
            sys.exit(f"candidate {number} has no decision")
        assert span_hash(texts[aid][start:end]) == sha, number
        print(f"polnear-train\t{aid}\t{start}\t{end}\t{sha}\t{decided[number]}\trandom25")


if __name__ == "__main__":
    if sys.argv[1:2] == ["input"]:
        for line in sys.stdin:
            a = json.loads(line)
            print(json.dumps({"id": a["id"], "text": a["text"]}))
    elif len(sys.argv) == 4 and sys.argv[1] == "sample":
        sample(sys.argv[2], int(sys.argv[3]))
    elif len(sys.argv) == 4 and sys.argv[1] == "apply":
        apply(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
