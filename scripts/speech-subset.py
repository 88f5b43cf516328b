#!/usr/bin/env python3
"""Recall, speaker and cue accuracy on the speech attributions of a PolNeAR split only: the gold
attributions whose cue holds a common speech verb or a colon (the list below), scored with the
reference scorer's matching. Precision is left out: the predictions also hold non-speech attributions.

usage: scripts/speech-subset.py GOLD.jsonl.gz PRED.jsonl     (PRED: claimextract extract --format jsonl output)"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
from score_quotes import gold_items, pred_items, read_jsonl, score

SPEECH = re.compile(r"\b(said|say|says|saying|told|tell|tells|telling|according to|added|adding|adds|asked|asks|asking|wrote|writes"
                    r"|explained|explains|noted|notes|noting|argued|argues|claimed|announced|declared|insisted|stated|replied"
                    r"|responded|warned|tweeted|acknowledged|suggested|:)")
if len(sys.argv) != 3:
    sys.exit(__doc__)
gold = {}
for article in read_jsonl(sys.argv[1]):
    article["attributions"] = [a for a in article["attributions"]
                               if SPEECH.search(" ".join(c["text"] for c in a.get("cue") or []).lower())]
    gold[article["id"]] = gold_items(article)
pred = {a["id"]: pred_items(a) for a in read_jsonl(sys.argv[2])}
r = score(gold, pred, 0.3)
print({k: r[k] for k in ("gold", "tp", "R", "speaker_acc", "cue_acc")})
