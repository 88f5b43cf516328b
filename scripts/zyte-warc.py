#!/usr/bin/env python3
"""Writes a WARC of N pages for batch benchmarks: the Zyte benchmark pages (../shared/data/zyte/html)
repeated in name order, each with its own WARC-Record-ID (urn:uuid from the page number) and target URI
(https://zyte.example/<page number>/<zyte id>), as a crawler writes them: a warcinfo record, then per page
a request and a 200 response (text/html without a charset, as the pages are in several encodings, and
with an HTTP Content-Length). Gzipped one member per record (as wget, Heritrix and Common Crawl do)
unless --plain. Nothing is written into the repository.

usage: scripts/zyte-warc.py N OUT.warc.gz [--plain]
"""
import glob
import gzip
import os
import sys
import uuid


def record(warc_type, uri, content_type, block, number, kind):
    record_id = uuid.UUID(int=(number << 2) | kind)
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {warc_type}\r\n"
        f"WARC-Record-ID: <urn:uuid:{record_id}>\r\n"
        "WARC-Date: 2026-01-01T00:00:00Z\r\n"
        + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
        + f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    count, out, plain = int(sys.argv[1]), sys.argv[2], "--plain" in sys.argv[3:]
    here = os.path.dirname(os.path.abspath(__file__))
    pages = sorted(glob.glob(os.path.join(here, "..", "..", "shared", "data", "zyte", "html", "*.html.gz")))
    if not pages:
        sys.exit("zyte-warc: ../shared/data/zyte/html not found beside the repository")
    htmls = [(os.path.basename(p)[: -len(".html.gz")], gzip.open(p).read()) for p in pages]
    write = (lambda f, r: f.write(r)) if plain else (lambda f, r: f.write(gzip.compress(r, 6)))
    with open(out, "wb") as f:
        write(f, record("warcinfo", None, "application/warc-fields", b"software: scripts/zyte-warc.py\r\n", 0, 0))
        for i in range(count):
            zyte_id, html = htmls[i % len(htmls)]
            uri = f"https://zyte.example/{i}/{zyte_id}"
            request = f"GET /{i}/{zyte_id} HTTP/1.1\r\nHost: zyte.example\r\n\r\n".encode()
            response = (
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                f"Content-Length: {len(html)}\r\n\r\n"
            ).encode() + html
            write(f, record("request", uri, "application/http; msgtype=request", request, i + 1, 1))
            write(f, record("response", uri, "application/http; msgtype=response", response, i + 1, 2))


if __name__ == "__main__":
    main()
