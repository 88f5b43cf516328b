#!/usr/bin/env python3
"""Counts the content-span differences of matched attributions by shape (error analysis on PolNeAR train; counts only).

usage: scripts/content-span-errors.py GOLD.jsonl.gz PRED.jsonl

PRED is `claimextract extract GOLD-TEXTS --format jsonl` output (the texts as scripts/eval-quotes.sh writes them). Gold and
predictions are matched as ../shared/eval/score_quotes.py matches them at t = 0.3 (gold in order, each takes the unused
prediction covering the largest share of its content, > 0.3). Each matched pair is exact, or differs at the start only, at
the end only, or at both; each differing edge gets one shape, the first that applies, named by the side that holds the
extra text ("gold+": gold's span reaches further, "pred+": ours does):

  start:  paragraph(s)          the extra text crosses a paragraph break (PolNeAR's joined quotations, or ours)
          quotation mark        only quotation marks
          punctuation           only punctuation
          "that" [+ ...]        the extra starts with "that" (+ a quotation mark, or more words)
          "to" [+ words]        the extra starts with "to"
          gold cue inside       ours starts before the gold cue (a parenthetical or evidential content holding the cue,
                                or another attribution's content)
          our cue inside        gold's starts before our cue (we matched a nested or neighbouring attribution)
          preposition / wh-word the extra starts with one
          1-3 tokens / 4+ tokens anything else, by length
  end:    paragraph(s), whitespace, punctuation
          comma + and/but/while, comma + which/who/where, comma + according, comma + other conj, comma + other
          sentence end          the extra starts with ".", "?" or "!"
          "and"/"but"           without a comma
          dash/paren            the extra starts with a dash or "("
          trailing prep/time/clause  starts with in, on, at, during, last, this, after, before, when, while, because, if, as
          1-3 tokens / 4+ tokens

Prints no text of the corpus: only the counts, and the gold attributions whose content crosses a paragraph break, by
how many of our statements lie inside them.
"""
import collections, re, sys

from polnear_spans import hull, read_jsonl

QUOTES = set("“”\"‘’«»„‹›'")


def tokens(s):
    return re.findall(r"\w+(?:[’']\w+)?|[^\w\s]", s)


def matched_pairs(gold, pred):
    """(text, gold span, predicted span, statement, gold attribution) for every pair the scorer matches at t = 0.3."""
    for doc_id, article in gold.items():
        items = [(hull(a.get("content")), a) for a in article.get("attributions", [])]
        items = [(span, a) for span, a in items if span]
        candidates = [((s["start"], s["end"]), s) for s in pred.get(doc_id, []) if s.get("start") is not None and s["end"] > s["start"]]
        for span, a in items:
            best, best_share = None, 0.3
            for i, (p, _) in enumerate(candidates):
                share = max(0, min(p[1], span[1]) - max(p[0], span[0])) / (span[1] - span[0])
                if share > best_share:
                    best, best_share = i, share
            if best is not None:
                p, s = candidates.pop(best)
                yield article["text"], span, p, s, a


def start_shape(text, g, p, statement, attribution):
    side, seg = ("gold+", text[g[0]:p[0]]) if p[0] > g[0] else ("pred+", text[p[0]:g[0]])
    t = tokens(seg)
    low = [x.lower() for x in t]
    cue = hull(attribution.get("cue"))
    if "\n" in seg:
        return side + " paragraph(s)"
    if all(x in QUOTES for x in t):
        return side + " quotation mark"
    if all(x in QUOTES or x in ",:;—–-" for x in t):
        return side + " punctuation"
    if low[0] == "that":
        return side + ' "that"' + ("" if len(t) == 1 else " + quotation" if t[1] in QUOTES else " + words")
    if low[0] == "to":
        return side + ' "to"' + ("" if len(t) == 1 else " + words")
    if side == "pred+" and cue and p[0] <= cue[0] < g[0]:
        return side + " gold cue inside"
    if side == "gold+" and statement.get("cue_start") is not None and g[0] <= statement["cue_start"] < p[0]:
        return side + " our cue inside"
    if low[0] in ("about", "for", "at", "of", "on", "with", "over", "in", "against", "from", "by"):
        return side + " preposition"
    if low[0] in ("whether", "if", "how", "what", "why", "when", "who", "which"):
        return side + " wh-word"
    return side + (" 1-3 tokens" if len(t) <= 3 else " 4+ tokens")


def end_shape(text, g, p):
    side, seg = ("gold+", text[p[1]:g[1]]) if p[1] < g[1] else ("pred+", text[g[1]:p[1]])
    t = tokens(seg)
    low = [x.lower() for x in t]
    if "\n" in seg:
        return side + " paragraph(s)"
    if not t:
        return side + " whitespace"
    if all(not re.match(r"\w", x) for x in t):
        return side + " punctuation"
    if low[0] == ",":
        after = low[1] if len(low) > 1 else ""
        if after in ("and", "but", "while"):
            return side + " comma + and/but/while"
        if after in ("which", "who", "where"):
            return side + " comma + which/who/where"
        if after == "according":
            return side + " comma + according"
        if after in ("as", "even", "though", "although", "because", "so"):
            return side + " comma + other conj"
        return side + " comma + other"
    if t[0] in (".", "?", "!"):
        return side + " sentence end"
    if low[0] in ("and", "but", "or"):
        return side + ' "and"/"but"'
    if t[0] in ("—", "–", "-", "("):
        return side + " dash/paren"
    if low[0] in ("in", "on", "at", "during", "last", "this", "after", "before", "when", "while", "because", "if", "as"):
        return side + " trailing prep/time/clause"
    return side + (" 1-3 tokens" if len(t) <= 3 else " 4+ tokens")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold = {a["id"]: a for a in read_jsonl(sys.argv[1])}
    pred = {a["id"]: a.get("statements") or [] for a in read_jsonl(sys.argv[2])}
    kinds, starts, ends, both = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    for text, g, p, s, a in matched_pairs(gold, pred):
        start_differs, end_differs = p[0] != g[0], p[1] != g[1]
        kind = "both" if start_differs and end_differs else "start only" if start_differs else "end only" if end_differs else "exact"
        kinds[kind] += 1
        if kind == "start only":
            starts[start_shape(text, g, p, s, a)] += 1
        elif kind == "end only":
            ends[end_shape(text, g, p)] += 1
        elif kind == "both":
            both[(start_shape(text, g, p, s, a), end_shape(text, g, p))] += 1

    print("matched:", sum(kinds.values()), dict(kinds))
    for title, counter in (("start only", starts), ("end only", ends)):
        print(f"\n{title}:")
        for shape, n in counter.most_common():
            print(f"{n:6d}  {shape}")
    print("\nboth (the 20 commonest pairs):")
    for (start, end), n in both.most_common(20):
        print(f"{n:6d}  {start}  |  {end}")

    # Gold contents across a paragraph break ("“A,” X said. ¶ “B.”" as one attribution), by our statements inside them.
    joined = collections.Counter()
    for doc_id, article in gold.items():
        text = article["text"]
        ours = {(s["start"], s["end"]) for s in pred.get(doc_id, []) if s.get("start") is not None and s["end"] > s["start"]}
        for a in article.get("attributions", []):
            span = hull(a.get("content"))
            if span and "\n" in text[span[0]:span[1]]:
                inside = sum(1 for o in ours if o[0] >= span[0] and o[1] <= span[1])
                joined["exact" if span in ours else f"{min(inside, 3)}{'+' if inside >= 3 else ''} of ours inside"] += 1
    print("\ngold contents across a paragraph break:", dict(sorted(joined.items())))


if __name__ == "__main__":
    main()
