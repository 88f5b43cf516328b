#!/usr/bin/env python3
"""Writes the bad-input batch: OUT/good/ holds N good pages (the Zyte pages, repeated) and OUT/mixed/
the same N pages plus N/9 bad inputs of ten kinds (empty, whitespace only, PNG, PDF, JPEG and gzip
bytes named .html, random bytes, a page of scripts only, a page with an empty body, a JSON Lines file
whose line is broken), so that a run over OUT/mixed has 10% bad inputs.

usage: benchmarks/bad-inputs.py N OUT [--zyte DIR]
"""
import argparse
import gzip
import os
import random
import shutil

def bad_inputs():
    rng = random.Random(7)
    return [
        ("empty.html", b""),
        ("blank.html", b"   \n\t\n  "),
        ("image.html", b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(4000))),
        ("report.html", b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4000))),
        ("photo.html", b"\xff\xd8\xff\xe0" + bytes(rng.randrange(256) for _ in range(4000))),
        ("packed.html", gzip.compress(b"<html><body><p>compressed twice</p></body></html>")),
        ("noise.html", bytes(rng.randrange(256) for _ in range(4000)).replace(b"\x00", b"\x01")[:16] + b"\x00" * 400),
        ("scripts.html", b"<html><head><script>var a = 1;</script></head><body><script>track();</script></body></html>"),
        ("nobody.html", b"<html><head><title>Nothing here</title></head><body></body></html>"),
        ("broken.jsonl", b'{"id": "cut", "html": "<p>unterminated\n'),
    ]

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--zyte", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "zyte", "html"))
    args = parser.parse_args()
    pages = sorted(f for f in os.listdir(args.zyte) if f.endswith(".html.gz"))
    good = os.path.join(args.out, "good")
    mixed = os.path.join(args.out, "mixed")
    os.makedirs(good, exist_ok=True)
    os.makedirs(mixed, exist_ok=True)
    for i in range(args.count):
        name = pages[i % len(pages)]
        with gzip.open(os.path.join(args.zyte, name), "rb") as f:
            body = f.read()
        for folder in (good, mixed):
            with open(os.path.join(folder, f"{i:05d}-{name[:12]}.html"), "wb") as f:
                f.write(body)
    kinds = bad_inputs()
    for j in range(args.count // 9):
        name, data = kinds[j % len(kinds)]
        stem, ext = os.path.splitext(name)
        # Spread among the good pages in name order.
        with open(os.path.join(mixed, f"{(j * 9) % args.count:05d}-bad-{j:03d}-{stem}{ext}"), "wb") as f:
            f.write(data)

if __name__ == "__main__":
    main()
