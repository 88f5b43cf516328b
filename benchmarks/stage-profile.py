#!/usr/bin/env python3
"""Shares of a frame's callees in a `perf script` dump (benchmarks/stage-profile.sh writes one).

usage: stage-profile.py PERF_SCRIPT_TXT FRAME [N]
For every sample whose stack holds FRAME (a substring of a "Class::Method" name, e.g. "ClaimPipeline::Attributions"),
the nearest ClaimExtract frame called below its innermost occurrence is counted (runtime and library frames between
them count to that callee; a sample in FRAME's own code or in the runtime it calls directly counts as "(self/runtime)").
Prints the FRAME's sample count and each callee's share of it, largest first (N rows, default 30).
"""
import collections
import re
import sys

FRAME_NAME = re.compile(r"([\w.`<>+\[\]]+::[\w.<>|`]+)\(")


def short(symbol):
    match = FRAME_NAME.search(symbol)
    return match.group(1) if match else symbol[:100]


def stacks(path):
    """Each sample's frames, innermost first."""
    current = None
    with open(path, errors="replace") as lines:
        for line in lines:
            if not line.strip():
                if current:
                    yield current
                current = None
            elif line[0] not in " \t":
                current = []
            elif current is not None:
                parts = line.strip().split(None, 1)
                current.append(short(parts[1] if len(parts) > 1 else "?"))
    if current:
        yield current


def callee_shares(path, frame):
    counts, total = collections.Counter(), 0
    for stack in stacks(path):
        inner = next((i for i, f in enumerate(stack) if frame in f), None)
        if inner is None:
            continue
        total += 1
        below = [f for f in stack[:inner] if "ClaimExtract" in f]
        counts[below[-1] if below else "(self/runtime)"] += 1
    return total, counts


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    total, counts = callee_shares(sys.argv[1], sys.argv[2])
    print(f"{sys.argv[2]}: {total} samples")
    for name, count in counts.most_common(int(sys.argv[3]) if len(sys.argv) > 3 else 30):
        print(f"{100 * count / max(total, 1):6.2f}  {name}")


if __name__ == "__main__":
    main()
