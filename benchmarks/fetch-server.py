#!/usr/bin/env python3
"""Serves the Zyte pages over loopback HTTP for benchmarks/fetch.sh: HOSTS servers (one port each, so
each is its own host to the fetcher), every answer held back LATENCY seconds, as a slow web would.

usage: fetch-server.py ZYTE_HTML_DIR HOSTS LATENCY URL_LIST_OUT
Writes one URL a line to URL_LIST_OUT (page i on server i mod HOSTS), then serves until killed."""
import gzip, os, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

html_dir, hosts, latency, list_out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
names = sorted(n for n in os.listdir(html_dir) if n.endswith(".html.gz"))
pages = {"/" + n[:-len(".html.gz")]: gzip.open(os.path.join(html_dir, n)).read() for n in names}

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(latency)
        body = pages.get(self.path)
        if self.path == "/robots.txt" or body is None:
            self.send_response(404); self.send_header("Content-Length", "0"); self.end_headers(); return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

servers = [ThreadingHTTPServer(("127.0.0.1", 0), Handler) for _ in range(hosts)]
with open(list_out, "w") as f:
    for i, path in enumerate(pages):
        f.write(f"http://127.0.0.1:{servers[i % hosts].server_address[1]}{path}\n")
for s in servers:
    threading.Thread(target=s.serve_forever, daemon=True).start()
print("ready", flush=True)
threading.Event().wait()
