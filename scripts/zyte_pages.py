"""Shared by the Zyte evaluation-set scripts (zyte-news-sample.py, zyte-names.py): the page id of an extracted article record, the
records of a JSON Lines file, and the SHA-256 prefix that the label files store for a span instead of its text."""
import hashlib
import json
import os


def page_id(record_id):
    """The page's id: its file name without .html.gz (the SHA-256 the Zyte benchmark names its pages by)."""
    name = os.path.basename(record_id.split("#", 1)[0])
    return name[: -len(".html.gz")] if name.endswith(".html.gz") else name


def articles(path):
    """The article records of claimextract's JSON Lines output; blank lines skipped."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def span_hash(span):
    """First 12 hex digits of SHA-256 of the span's UTF-8 bytes."""
    return hashlib.sha256(span.encode("utf-8")).hexdigest()[:12]
