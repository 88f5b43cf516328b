#!/usr/bin/env python3
"""Classifies every wrong speaker of the matched attributions by cause (for error analysis on PolNeAR train).

usage: scripts/speaker-errors.py GOLD.jsonl.gz PRED.jsonl [--show CLASS] [--limit N] [--cv CV_ERRORS.jsonl]
                                [--subset SUBSET_GOLD.jsonl]

PRED is `claimextract extract GOLD-TEXTS --format jsonl` output. Gold and predictions are matched exactly as
../shared/eval/score_quotes.py matches them at t = 0.3 (gold in order, each takes the unused prediction covering the
largest share of its content, > 0.3), and a speaker is right as the scorer counts it (the spans overlap, or both are
empty). Each wrong speaker gets one class, the first that applies:

  matching:cue-elsewhere   our prediction is another attribution (its cue is not the gold cue), and the gold cue is the cue
                           of another of our predictions (a larger or earlier one took this gold item)
  matching:other-cue       our prediction is another attribution of the sentence, and no prediction has the gold cue
  matching:no-cue          our prediction has no cue (a quotation whose speaker came from context or nothing)
  none-for-gold-source     same cue; gold has a source, we give none
  source-where-gold-none   same cue; gold has no source, we give one
  span:adjacent            same cue; both spans given, next to each other (apposition, title, possessive, "of" phrase,
                           determiner: a convention of where the mention starts or ends)
  relative-pronoun         same cue; gold is "who"/"which"/"that"
  pronoun/coreference      same cue; one of the two is a personal pronoun and the other a name or description
  inside-quotation         same cue; our speaker lies inside the content or inside quotation marks
  other-sentence           same cue; our speaker is in another sentence than the cue
  wrong-candidate          same cue; another mention of the sentence

With --subset, only the gold attributions also in SUBSET_GOLD (article id, content and cue) are counted and shown; matching
still runs over all of GOLD, as the headline scorer does. SUBSET_GOLD is the gold file `claimextract eval quotes GOLD --cues
other --write-subset DIR` writes (DIR/gold.jsonl): the speaker errors of the non-speech half (or of the speech half) in the
headline's own matching.

With --cv, the ranker's cross-validated errors (`claimextract train speakers --errors`) are also counted: the rules'
choice was right and the ranker's wrong, both wrong, or no candidate right.
"""
import argparse, collections, re

from polnear_spans import hull, read_jsonl

PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its", "their", "our"}
RELATIVES = {"who", "which", "that", "whom", "whose"}


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def sentence_bounds(text, pos):
    start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    ends = [i for i in (text.find(". ", pos), text.find("\n", pos), text.find("? ", pos), text.find("! ", pos)) if i >= 0]
    return start + 1, (min(ends) + 1 if ends else len(text))


def quoted(text, span):
    """Whether the span lies inside quotation marks of its paragraph (an odd count of marks before it)."""
    para = text.rfind("\n", 0, span[0]) + 1
    before = text[para:span[0]]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


def classify(text, g, p, pred_cues):
    gcue, pcue = g["cue"], p["cue"]
    if pcue is None:
        return "matching:no-cue"
    if gcue is None or overlap(gcue, pcue) == 0:
        if gcue is not None and any(overlap(gcue, c) > 0 for c in pred_cues):
            return "matching:cue-elsewhere"
        return "matching:other-cue"
    gs, ps = g["speaker"], p["speaker"]
    if ps is None:
        return "none-for-gold-source"
    if gs is None:
        return "source-where-gold-none"
    gtext, ptext = text[gs[0]:gs[1]].lower(), text[ps[0]:ps[1]].lower()
    lo, hi = (gs, ps) if gs[0] < ps[0] else (ps, gs)
    gap = text[lo[1]:hi[0]]
    if len(gap) <= 25 and re.fullmatch(r"[\s,’'s]*(?:(?:of|at|for|from|in|with|on|the|a|an|and)\s+)*[\s,]*", gap):
        return "span:adjacent"
    if gtext.strip() in RELATIVES:
        return "relative-pronoun"
    if gtext.strip() in PRONOUNS or ptext.strip() in PRONOUNS:
        return "pronoun/coreference"
    content = g["content"]
    if overlap(ps, content) > 0 or quoted(text, ps):
        return "inside-quotation"
    s0, s1 = sentence_bounds(text, pcue[0])
    if not (s0 <= ps[0] < s1):
        return "other-sentence"
    return "wrong-candidate"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--show", help="print the errors of this class")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--subset", help="count only the gold attributions of this gold file (eval quotes --write-subset DIR/gold.jsonl)")
    ap.add_argument("--cv", help="the ranker's cross-validated errors (claimextract train speakers --errors)")
    args = ap.parse_args()
    preds = {a["id"]: a for a in read_jsonl(args.pred)}
    subset = None
    if args.subset:
        subset = {(art["id"], hull(a.get("content")), hull(a.get("cue")))
                  for art in read_jsonl(args.subset) for a in art.get("attributions", [])}
    counts, shown = collections.Counter(), 0
    matched = right = 0
    for art in read_jsonl(args.gold):
        text = art["text"]
        pa = preds.get(art["id"], {})
        p = []
        for s in pa.get("statements") or []:
            if s.get("start") is None or s.get("end") is None or s["end"] <= s["start"]:
                continue
            p.append({"span": (s["start"], s["end"]),
                      "speaker": (s["speaker_start"], s["speaker_end"]) if s.get("speaker_start") is not None and s.get("speaker_end") is not None else None,
                      "cue": (s["cue_start"], s["cue_end"]) if s.get("cue_start") is not None else None,
                      "cue_text": s.get("cue")})
        pred_cues = [x["cue"] for x in p if x["cue"]]
        for a in art.get("attributions", []):
            content = hull(a.get("content"))
            if not content:
                continue
            g = {"span": content, "content": content, "speaker": hull(a.get("source")), "cue": hull(a.get("cue"))}
            length = content[1] - content[0]
            best, share = None, 0.3
            for c in p:
                s = overlap(content, c["span"]) / length
                if s > share:
                    best, share = c, s
            if best is None:
                continue
            p.remove(best)
            if subset is not None and (art["id"], content, g["cue"]) not in subset:
                continue
            matched += 1
            gs, ps = g["speaker"], best["speaker"]
            if (gs and ps and overlap(gs, ps) > 0) or (gs is None and ps is None):
                right += 1
                continue
            k = classify(text, g, best, [c for c in pred_cues if c != best["cue"]])
            counts[k] += 1
            if args.show and k == args.show and shown < args.limit:
                shown += 1
                s0, s1 = sentence_bounds(text, (g["cue"] or content)[0])
                sl = lambda sp: text[sp[0]:sp[1]] if sp else "-"
                print(f"[{art['id']}] gold={sl(gs)!r} ours={sl(ps)!r} gold-cue={sl(g['cue'])!r} our-cue={best['cue_text']!r}")
                print("   ", text[max(0, s0 - 100):min(len(text), s1 + 40)].replace("\n", " ¶ "))
    wrong = matched - right
    print(f"matched {matched}, right speakers {right} ({100 * right / matched:.2f}), wrong {wrong}")
    for k, n in counts.most_common():
        print(f"  {k:26s} {n:6d}  {100 * n / wrong:5.1f}%")
    if args.cv:
        cv = collections.Counter()
        for e in read_jsonl(args.cv):
            gold, rule, chosen = e.get("Gold"), e.get("Rule"), e["Chosen"].split(":", 1)[1]
            if not e["Recall"]:
                cv["no candidate right"] += 1
            elif rule is not None and gold is not None and (rule in gold or gold in rule):
                cv["rules right, ranker wrong"] += 1
            elif rule is None and gold is None:
                cv["rules right (nobody), ranker wrong"] += 1
            else:
                cv["rules and ranker wrong, a candidate right"] += 1
        print(f"ranker's cross-validated errors: {sum(cv.values())}")
        for k, n in cv.most_common():
            print(f"  {k:42s} {n:6d}")


if __name__ == "__main__":
    main()
