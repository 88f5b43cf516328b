#!/usr/bin/env python3
"""Census of false attributions: the predicted statements that no gold attribution takes in score_quotes.py's
matching (overlap > 0.3), grouped by shape, with a sample of each group.

usage: scripts/false-attributions29.py GOLD.jsonl.gz PRED.jsonl [--origin ORIGIN.jsonl] [--sample N] [--group NAME]
                                       [--all] [--tsv OUT.tsv]

GOLD: PolNeAR (../shared/data/polnear/train.jsonl.gz); PRED: `claimextract extract --format jsonl` of its texts
(as scripts/eval-quotes.sh writes them). ORIGIN (optional): one JSON line per attribution the verifier saw
({"k": length|first 80 chars, "cs", "ce", "qs", "qe", "tagged", "reviewed", "kept"}), written by a diagnostic
build (docs/quotes.md, "False attributions", says how); without it the origin is "?". With it, "reported" is a
statement no attribution of the quote stage gave (the statement stage's reported promises and retractions).

Each false statement is put in the first shape that fits, in this order:
  no-cue        a quotation with no cue
  title         a quotation whose words are capitalised (a title, a name)
  scare         a quotation of three words or fewer inside a sentence (mixed or direct)
  headline      its paragraph is one sentence with no final punctuation (headline, caption, credit)
  conditional   its sentence opens with If / Unless / Whether / When / Once
  question      its sentence ends with "?"
  imperative    its sentence opens with a verb's base form and no subject before the cue
  writer        the speaker is I / we / us / our outside a quotation (the writer's own voice)
  other         none of the above
and also counted by cue word, quote type, origin and whether a false one touches gold (overlaps some gold content
that another prediction took or that it covers too little of: extent, a split, a second statement) or touches none.
"""
import argparse, re, sys
from collections import Counter, defaultdict

from polnear_spans import hull, read_jsonl


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def unmatched(gold_spans, preds, t=0.3):
    """The predictions no gold takes, as score_quotes.py matches (gold in order, the unused prediction covering most)."""
    p = list(range(len(preds)))
    for g in gold_spans:
        length = g[1] - g[0]
        best, share_best = None, t
        for i in p:
            share = overlap(g, preds[i]["span"]) / length
            if share > share_best:
                best, share_best = i, share
        if best is not None:
            p.remove(best)
    return p


SENT_END = re.compile(r"[.!?][”\"’')\]]*\s+|\n+")
CONDITIONALS = {"if", "unless", "whether", "when", "once", "should"}
WRITER = {"i", "we", "us", "our", "my", "me"}
TITLE_SMALL = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by", "with", "from", "is", "as", "but", "not"}
QUOTES = "“”\"‘’«»„"


def sentence_of(text, pos):
    start = 0
    for m in SENT_END.finditer(text, 0, pos):
        start = m.end()
    m = SENT_END.search(text, pos)
    end = m.start() + len(m.group(0).rstrip()) if m else len(text)
    return start, end


def paragraph_of(text, pos):
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, end if end >= 0 else len(text)


def words(s):
    return re.findall(r"[A-Za-z][A-Za-z'’.-]*", s)


BASE_VERBS = {"let", "take", "look", "make", "keep", "remember", "consider", "imagine", "think", "ask", "tell", "say", "see",
              "don't", "don’t", "do", "stop", "go", "get", "give", "read", "watch", "note", "try", "call", "vote", "join", "check",
              "forget", "just", "never", "expect", "find", "listen", "believe", "put", "come", "help", "click", "sign", "share"}


def shape(text, s, golds):
    span = (s["start"], s["end"])
    content = text[span[0]:span[1]]
    inner = content.strip(QUOTES + " .,;:")
    sent = sentence_of(text, span[0])
    sentence = text[sent[0]:max(sent[1], span[1])]
    para = paragraph_of(text, span[0])
    first_words = words(text[sent[0]:sent[1]])[:1]
    opener = first_words[0].lower() if first_words else ""
    quoted = s["quote_type"] in ("direct", "mixed")
    speaker = (s.get("speaker_mention") or "").lower()
    if quoted and not s.get("cue"):
        return "no-cue"
    ws = words(inner)
    if quoted and 1 <= len(ws) <= 10 and all(w[0].isupper() or w.lower() in TITLE_SMALL for w in ws) and any(w[0].isupper() for w in ws):
        return "title"
    if s["quote_type"] == "mixed" and len(ws) <= 3 or s["quote_type"] == "direct" and len(ws) <= 3:
        return "scare"
    ptext = text[para[0]:para[1]].strip()
    if ptext and ptext[-1] not in ".!?”\"’:)" and sentence_of(text, para[0])[1] >= para[1] - 1:
        return "headline"
    if opener in CONDITIONALS:
        return "conditional"
    if text[sent[0]:sent[1]].rstrip(QUOTES + " )").endswith("?") or content.rstrip(QUOTES + " )").endswith("?"):
        return "question"
    cue_start = s.get("cue_start")
    if opener in BASE_VERBS and (s.get("speaker_start") is None or s["speaker_start"] > (cue_start or 0)):
        return "imperative"
    if speaker in WRITER and s.get("speaker_start") is not None:
        return "writer"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--origin")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--group")
    ap.add_argument("--all", action="store_true", help="with --sample: also list matched statements of the group")
    ap.add_argument("--tsv")
    args = ap.parse_args()

    gold = {a["id"]: a for a in read_jsonl(args.gold)}
    origin = defaultdict(list)
    if args.origin:
        for o in read_jsonl(args.origin):
            origin[o["k"]].append(o)

    rows = []
    totals = Counter()
    for art in read_jsonl(args.pred):
        g = gold.get(art["id"])
        if g is None:
            continue
        text = g["text"]
        golds = [h for h in (hull(a.get("content")) for a in g.get("attributions", [])) if h]
        preds = [dict(s, span=(s["start"], s["end"])) for s in art.get("statements") or [] if s.get("end", 0) > s.get("start", 0)]
        false = set(unmatched(golds, preds))
        key = f"{len(text)}|{text[:80]}"
        for i, s in enumerate(preds):
            kind = "false" if i in false else "matched"
            org = "reported" if args.origin else "?"
            best = 0
            for o in origin.get(key, []):
                if s.get("cue_start") is not None and o["qs"] == s["cue_start"] and o["qe"] == s["cue_end"]:
                    org, best = ("tagger" if o["tagged"] else "rules"), 10**9
                    break
                ov = overlap((o["cs"], o["ce"]), s["span"])
                if o["kept"] and ov > best:
                    org, best = ("tagger" if o["tagged"] else "rules"), ov
            sh = shape(text, s, golds)
            cue = (s.get("cue") or "").lower()
            if kind == "false" and not any(overlap(s["span"], g) > 0 for g in golds):
                kind = "false-untouched"
            rows.append({"id": art["id"], "kind": kind, "shape": sh, "type": s["quote_type"], "origin": org, "cue": cue,
                         "start": s["start"], "end": s["end"], "speaker": s.get("speaker_mention"), "text": text,
                         "sent": sentence_of(text, s["start"])})
            totals[kind] += 1

    false_rows = [r for r in rows if r["kind"].startswith("false")]
    print(f"statements {sum(totals.values())}: matched {totals['matched']}, false {totals['false'] + totals['false-untouched']}"
          f" ({totals['false-untouched']} touch no gold content)")
    for field in ("kind", "shape", "type", "origin"):
        c = Counter(r[field] for r in false_rows)
        m = Counter(r[field] for r in rows if r["kind"] == "matched")
        print(f"\nby {field} (false / matched):")
        for k, n in c.most_common():
            print(f"  {k:14} {n:6} / {m[k]:6}")
    c = Counter((r["shape"], r["origin"], r["type"], r["kind"]) for r in false_rows)
    m = Counter((r["shape"], r["origin"], r["type"]) for r in rows if r["kind"] == "matched")
    print("\nby shape, origin, type (false / matched):")
    for k, n in c.most_common(40):
        print(f"  {' '.join(k):50} {n:6} / {m[k[:3]]:6}")
    c = Counter(r["cue"] for r in false_rows)
    m = Counter(r["cue"] for r in rows if r["kind"] == "matched")
    print("\nby cue (false / matched), top 40:")
    for k, n in c.most_common(40):
        print(f"  {k or '(none)':24} {n:6} / {m[k]:6}")

    if args.sample:
        import random
        rnd = random.Random(29)
        pool = [r for r in (rows if args.all else false_rows) if args.group is None or all(g in (r["shape"], r["origin"], r["cue"], r["type"], r["kind"]) for g in args.group.split(","))]
        for r in rnd.sample(pool, min(args.sample, len(pool))):
            t = r["text"]
            a, b = r["sent"]
            b = max(b, r["end"])
            shown = t[a:r["start"]] + "[[" + t[r["start"]:r["end"]] + "]]" + t[r["end"]:b]
            print(f"\n- {r['kind']} {r['shape']} {r['origin']} {r['type']} cue={r['cue']!r} speaker={r['speaker']!r} {r['id']}@{r['start']}")
            print("  " + shown.replace("\n", " ¶ ")[:600])

    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as out:
            for r in rows:
                out.write("\t".join(str(r[k]) for k in ("id", "start", "end", "kind", "shape", "origin", "type", "cue")) + "\n")


if __name__ == "__main__":
    main()
