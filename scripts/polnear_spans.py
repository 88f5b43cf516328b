"""Shared by the error-reading scripts (speaker-errors.py, content-span-errors.py): JSON Lines reading and span hulls."""
import gzip
import json


def read_jsonl(path):
    """The JSON objects of a JSON Lines file, gzipped when its name ends in .gz; blank lines skipped."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def hull(spans):
    """(start, end) from the first start to the last end of the non-empty spans, or None when there are none."""
    spans = [s for s in spans or [] if s.get("end", 0) > s.get("start", 0)]
    return (min(s["start"] for s in spans), max(s["end"] for s in spans)) if spans else None
