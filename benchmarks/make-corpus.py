#!/usr/bin/env python3
"""Writes the batch benchmark corpus: the Zyte pages repeated with distinct ids, N documents,
as N files (OUT/files/) and as one WARC (OUT/pages.warc.gz, one gzip member per record, a
warcinfo record first, each page a `response` record with its HTTP head, as wget and warcio write).
Nothing of it is kept in the repository; it is made from ../shared/data/zyte at run time.

usage: benchmarks/make-corpus.py N OUT [--zyte DIR]
"""
import argparse
import gzip
import io
import os
import uuid

def warc_record(headers, payload):
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Length: {len(payload)}\r\n\r\n"
    return head.encode("utf-8") + payload + b"\r\n\r\n"

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--zyte", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "zyte", "html"))
    args = parser.parse_args()
    pages = sorted(f for f in os.listdir(args.zyte) if f.endswith(".html.gz"))
    bodies = []
    for name in pages:
        with gzip.open(os.path.join(args.zyte, name), "rb") as f:
            bodies.append((name[: -len(".html.gz")], f.read()))
    files = os.path.join(args.out, "files")
    os.makedirs(files, exist_ok=True)
    namespace = uuid.UUID("6f1c1a52-33c4-4b8f-9d0e-2f1d8c9b7a10")
    with open(os.path.join(args.out, "pages.warc.gz"), "wb") as warc:
        info = b"software: claimextract benchmarks/make-corpus.py\r\nformat: WARC File Format 1.0\r\n"
        warc.write(gzip.compress(warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", "2026-11-29T00:00:00Z"),
                                              ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(namespace, 'info')}>"),
                                              ("Content-Type", "application/warc-fields")], info), 6))
        for i in range(args.count):
            page_id, body = bodies[i % len(bodies)]
            with open(os.path.join(files, f"{i:06d}-{page_id[:12]}.html"), "wb") as f:
                f.write(body)
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
            uri = f"https://bench.example/{i:06d}/{page_id}"
            record = warc_record([("WARC-Type", "response"), ("WARC-Target-URI", uri),
                                  ("WARC-Date", "2026-11-29T00:00:00Z"),
                                  ("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(namespace, uri)}>"),
                                  ("Content-Type", "application/http; msgtype=response")], http)
            warc.write(gzip.compress(record, 6))

if __name__ == "__main__":
    main()
