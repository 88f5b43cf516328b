#!/usr/bin/env python3
"""Builds the resolved-name gold set from data/names/SPLIT-references.tsv and PolNeAR SPLIT
(dev: the held-out set; train: the tuning set the resolver is developed against; dev2: a second held-out
sample of PolNeAR dev, data/names/dev2-references.tsv, read with the dev corpus; dev-all: dev and dev2 together;
train2: a blind sample of the next PolNeAR train articles, data/names/train2-references.tsv, read with the train
corpus; train3: a blind sample of the train articles after those, data/names/train3-references.tsv; train4: a blind
sample of the train articles after train3's, data/names/train4-references.tsv; train5: a blind sample of the train
articles after train4's, data/names/train5-references.tsv; train6: a blind sample of the train articles after train5's,
data/names/train6-references.tsv; train7: a blind sample of the train articles after train6's, data/names/train7-references.tsv;
train8: a blind sample of the train articles after train7's, data/names/train8-references.tsv;
train9: a blind sample of the train articles after train8's, data/names/train9-references.tsv;
train10: a blind sample of the train articles after train9's, data/names/train10-references.tsv;
train11: a blind sample of the train articles after train10's, data/names/train11-references.tsv;
train12: a blind sample of the train articles after train11's, data/names/train12-references.tsv;
train13: a blind sample of the train articles after train12's, data/names/train13-references.tsv;
train14: a blind sample of the train articles after train13's, data/names/train14-references.tsv;
train15: a blind sample of the train articles after train14's, data/names/train15-references.tsv;
train16: a blind sample of the train articles after train15's, data/names/train16-references.tsv;
train17: a blind sample of the train articles after train16's, data/names/train17-references.tsv;
train18: a blind sample of the train articles after train17's, data/names/train18-references.tsv;
train19: a blind sample of the train articles after train18's, data/names/train19-references.tsv;
train-all: train, train2, train3, train4, train5, train6, train7, train8, train9, train10, train11, train12, train13, train14, train15, train16, train17, train18 and train19 together).

The TSV holds no article text: each labelled attribution names a span of its own article
(start, end: code points, end exclusive) that spells the speaker's full name, with the first
12 hex digits of the SHA-256 of that span's UTF-8 bytes, so the reference is text[start:end]
and a changed corpus is caught rather than silently mislabelled. Rows whose kind starts with
"skipped:" were sampled but have no named referent; they are counted, never written.

Writes JSON Lines for ../shared/eval/score_quotes.py: every article with a labelled attribution,
keeping only the labelled attributions, each with "reference" set, so the scorer's name_acc is
measured over exactly them (its other figures are then over this subset only, and precision is
meaningless: every prediction outside the subset counts as a false positive).

usage:
  scripts/names-gold.py OUT.jsonl [--split dev|dev2|dev-all|train|train2|train3|train4|train5|train6|train7|train8|train9|train10|train11|train12|train13|train14|train15|train16|train17|train18|train19|train-all] [--kind KIND] [--tsv TSV] [--corpus SPLIT.jsonl.gz]
  scripts/names-gold.py OUT.jsonl --errors PRED.jsonl   # also lists each wrong or missed name
KIND: pronoun, surname, title, description, full or organisation (default: all of them).
"""
import argparse
import collections
import gzip
import hashlib
import importlib.util
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ("pronoun", "surname", "title", "description", "full", "organisation")
# split -> (its reference TSVs under data/names, the PolNeAR corpus they label)
SPLITS = {
    "dev": (("dev-references.tsv",), "dev"),
    "dev2": (("dev2-references.tsv",), "dev"),
    "dev-all": (("dev-references.tsv", "dev2-references.tsv"), "dev"),
    "train": (("train-references.tsv",), "train"),
    "train2": (("train2-references.tsv",), "train"),
    "train3": (("train3-references.tsv",), "train"),
    "train4": (("train4-references.tsv",), "train"),
    "train5": (("train5-references.tsv",), "train"),
    "train6": (("train6-references.tsv",), "train"),
    "train7": (("train7-references.tsv",), "train"),
    "train8": (("train8-references.tsv",), "train"),
    "train9": (("train9-references.tsv",), "train"),
    "train10": (("train10-references.tsv",), "train"),
    "train11": (("train11-references.tsv",), "train"),
    "train12": (("train12-references.tsv",), "train"),
    "train13": (("train13-references.tsv",), "train"),
    "train14": (("train14-references.tsv",), "train"),
    "train15": (("train15-references.tsv",), "train"),
    "train16": (("train16-references.tsv",), "train"),
    "train17": (("train17-references.tsv",), "train"),
    "train18": (("train18-references.tsv",), "train"),
    "train19": (("train19-references.tsv",), "train"),
    "train-all": (("train-references.tsv", "train2-references.tsv", "train3-references.tsv", "train4-references.tsv",
                   "train5-references.tsv", "train6-references.tsv", "train7-references.tsv", "train8-references.tsv",
                   "train9-references.tsv", "train10-references.tsv", "train11-references.tsv", "train12-references.tsv",
                   "train13-references.tsv", "train14-references.tsv", "train15-references.tsv", "train16-references.tsv",
                   "train17-references.tsv", "train18-references.tsv", "train19-references.tsv"), "train"),
}


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        header = f.readline().rstrip("\n").split("\t")
        expected = ["article_id", "attribution_id", "start", "end", "sha256_12", "kind"]
        if header != expected:
            sys.exit(f"{path}: header {header} is not {expected}")
        for n, line in enumerate(f, 2):
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 6:
                sys.exit(f"{path}:{n}: {len(cols)} columns, expected 6")
            rows.append((n, *cols))
    return rows


def read_labels(tsv, corpus, articles, labels, counts):
    """Checks each row of TSV against the corpus and adds it to labels (None for a skipped row) and counts."""
    for n, art_id, attr_id, start, end, digest, kind in read_tsv(tsv):
        article = articles.get(art_id)
        if article is None:
            sys.exit(f"{tsv}:{n}: article {art_id} is not in {corpus}")
        if not any(a["id"] == attr_id for a in article["attributions"]):
            sys.exit(f"{tsv}:{n}: {art_id} has no attribution {attr_id}")
        if attr_id in labels[art_id]:
            sys.exit(f"{tsv}:{n}: {art_id} {attr_id} is labelled twice")
        counts[kind] += 1
        if kind.startswith("skipped:"):
            labels[art_id][attr_id] = None
            continue
        if kind not in KINDS:
            sys.exit(f"{tsv}:{n}: unknown kind {kind!r}")
        text = article["text"]
        s, e = int(start), int(end)
        if not 0 <= s < e <= len(text):
            sys.exit(f"{tsv}:{n}: span {s}..{e} is outside the article ({len(text)} code points)")
        reference = text[s:e]
        if hashlib.sha256(reference.encode("utf-8")).hexdigest()[:12] != digest:
            sys.exit(f"{tsv}:{n}: the span {s}..{e} of {art_id} does not hash to {digest}: not the labelled text")
        labels[art_id][attr_id] = (reference, kind)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--split", choices=tuple(SPLITS), default="dev",
                    help="which labelled set: dev (held out, the default), dev2 (the second held-out dev sample), "
                         "dev-all (dev and dev2 together), train (tuning), train2 (the blind sample of train articles 121-150), "
                         "train3 (the blind sample of train articles 151-180), train4 (the blind sample of train articles 181-210), "
                         "train5 (the blind sample of train articles 211-240), train6 (the blind sample of train articles 241-270), "
                         "train7 (the blind sample of train articles 271-300), train8 (the blind sample of train articles 301-330), "
                         "train9 (the blind sample of train articles 331-360), train10 (the blind sample of train articles 361-390), "
                         "train11 (the blind sample of train articles 391-420), train12 (the blind sample of train articles 421-450), "
                         "train13 (the blind sample of train articles 451-480), train14 (the blind sample of train articles 481-510), "
                         "train15 (the blind sample of train articles 511-540), train16 (the blind sample of train articles 541-570), "
                         "train17 (the blind sample of train articles 571-600), train18 (the blind sample of train articles 601-630), "
                         "train19 (the blind sample of train articles 631-660) "
                         "or train-all (train, train2, train3, train4, train5, train6, train7, train8, train9, train10, train11, train12, train13, train14, train15, train16, train17, train18 and train19 together)")
    ap.add_argument("--tsv", help="default: data/names/SPLIT-references.tsv (dev-all: the dev and dev2 files; train-all: the train, train2, ..., train19 files)")
    ap.add_argument("--corpus", help="default: ../shared/data/polnear/SPLIT.jsonl.gz (dev2, dev-all: dev.jsonl.gz; train2, ..., train19, train-all: train.jsonl.gz)")
    ap.add_argument("--kind", choices=KINDS)
    ap.add_argument("--errors", metavar="PRED", help="list the labelled attributions whose name the prediction gets wrong")
    args = ap.parse_args()
    tsv_names, corpus_split = SPLITS[args.split]
    tsvs = [args.tsv] if args.tsv else [os.path.join(ROOT, "data", "names", name) for name in tsv_names]
    args.corpus = args.corpus or os.path.join(ROOT, "..", "shared", "data", "polnear", f"{corpus_split}.jsonl.gz")
    # OUT is written, never read: refuse a path that looks like an input (a gzipped corpus, the corpus itself, the references,
    # anything under ../shared), so that passing the gold corpus in OUT's place cannot overwrite it.
    out_real = os.path.realpath(args.out)
    shared_real = os.path.realpath(os.path.join(ROOT, "..", "shared"))
    if (args.out.endswith(".gz") or out_real in [os.path.realpath(args.corpus)] + [os.path.realpath(t) for t in tsvs]
            or out_real.startswith(shared_real + os.sep)):
        sys.exit(f"names-gold.py: OUT ({args.out}) is the file this script writes; give a scratch path such as /tmp/gold.jsonl, not an input")

    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        articles = {a["id"]: a for a in map(json.loads, filter(str.strip, f))}

    labels = collections.defaultdict(dict)  # article id -> attribution id -> (reference, kind)
    counts = collections.Counter()
    for tsv in tsvs:
        read_labels(tsv, args.corpus, articles, labels, counts)

    written = 0
    gold = {}
    with open(args.out, "w", encoding="utf-8") as out:
        for art_id in sorted(labels):
            article = articles[art_id]
            kept = []
            for a in article["attributions"]:
                label = labels[art_id].get(a["id"])
                if label is None or (args.kind and label[1] != args.kind):
                    continue
                kept.append(dict(a, reference=label[0], reference_kind=label[1]))
            if kept:
                record = dict(article, attributions=kept)
                gold[art_id] = record
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                written += len(kept)
    summary = ", ".join(f"{k} {counts[k]}" for k in sorted(counts))
    print(f"{written} labelled attributions in {len(gold)} articles written to {args.out} (TSV rows: {summary})",
          file=sys.stderr)

    if args.errors:
        list_errors(gold, args.errors)


def list_errors(gold, pred_path):
    """Matches as the reference scorer does (t = 0.3) and prints each labelled attribution whose name is wrong."""
    spec = importlib.util.spec_from_file_location(
        "score_quotes", os.path.join(ROOT, "..", "shared", "eval", "score_quotes.py"))
    sq = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sq)
    pred = {a["id"]: sq.pred_items(a) for a in sq.read_jsonl(pred_path)}
    per_kind = collections.defaultdict(collections.Counter)
    for art_id, article in gold.items():
        items = sq.gold_items(article)
        kinds = [a["reference_kind"] for a in article["attributions"] if sq.hull(a.get("content"))]
        p = list(pred.get(art_id, []))
        for item, kind in zip(items, kinds):
            length = item["span"][1] - item["span"][0]
            best, best_share = None, 0.3
            for cand in p:
                share = sq.overlap(item["span"], cand["span"]) / length
                if share > best_share:
                    best, best_share = cand, share
            text = article["text"]
            mention = text[item["speaker"][0]:item["speaker"][1]] if item["speaker"] else ""
            if best is None:
                per_kind[kind]["unmatched"] += 1
                print(f"UNMATCHED\t{kind}\t{art_id}\t{mention!r}\t{item['reference']!r}")
                continue
            p.remove(best)
            ok = bool(best["name"]) and sq.norm_name(best["name"]) == sq.norm_name(item["reference"])
            per_kind[kind]["right" if ok else "wrong"] += 1
            if not ok:
                same_span = bool(item["speaker"] and best["speaker"] and sq.overlap(item["speaker"], best["speaker"]) > 0)
                print(f"WRONG\t{kind}\t{art_id}\t{mention!r}\t{item['reference']!r}\tpredicted {best['name']!r}"
                      f"\t{'same speaker span' if same_span else 'other speaker span'}")
    per_kind["all"] = sum(per_kind.values(), collections.Counter())
    for kind in KINDS + ("all",):
        c = per_kind[kind]
        n = c["right"] + c["wrong"]
        if n or c["unmatched"]:
            print(f"{kind}: {c['right']}/{n} right among matched ({100 * c['right'] / n if n else 0:.1f}%), "
                  f"{c['unmatched']} unmatched; {c['right']}/{n + c['unmatched']} right of all labelled", file=sys.stderr)


if __name__ == "__main__":
    main()
