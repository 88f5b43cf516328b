#!/usr/bin/env python3
"""The statements whose resolved speaker name differs between two extractor outputs of the same texts (JSON Lines from
`claimextract extract --format jsonl`), as article id, speaker offset, mention, name before and after; with --context N, the N
characters of the article before the speaker mention too (to read, not to commit: it is article text).

usage: scripts/name-changes.py BEFORE.jsonl AFTER.jsonl [--context N]
"""
import argparse
import json


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--context", type=int, default=0)
    args = parser.parse_args()
    after = {}
    with open(args.after, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            after[a["id"]] = a
    changed = total = 0
    with open(args.before, encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            b = after[a["id"]]
            if len(a["statements"]) != len(b["statements"]):
                raise SystemExit(f"{a['id']}: {len(a['statements'])} statements before, {len(b['statements'])} after")
            for sa, sb in zip(a["statements"], b["statements"]):
                total += 1
                if (sa["speaker"], sa["speaker_start"]) == (sb["speaker"], sb["speaker_start"]):
                    continue
                changed += 1
                print(f"{a['id']}\t{sa['speaker_start']}\t{sa['speaker_mention']}\t{sa['speaker']}\t{sb['speaker']}")
                if args.context:
                    at = sa["speaker_start"] if sa["speaker_start"] is not None else sa["start"]
                    print("    " + a["text"][max(0, at - args.context):at + 60].replace("\n", " / "))
    print(f"{changed} of {total} statements changed their speaker name")


if __name__ == "__main__":
    main()
