#!/usr/bin/env python3
"""Gold full names of who made the statements claimextract finds on the Zyte news pages (data/names/zyte-references.tsv;
data/names/GUIDE.md, "Zyte news pages: the speakers of our statements").

Issue 4 scores resolved names "on a separate, unseen news set with gold full names". The PolNeAR sets are US political
news of 2015-16; this set is the 181 Zyte pages (../shared/data/zyte/html: many outlets, years and subjects). Its units are
the statements of `claimextract extract` (not a corpus's attributions), each labelled with the full name of the person or
organisation a reader says made it, found in the page's extracted text. Offsets are Unicode code points into that text (the
`text` field of the article record), end exclusive: the statement's own `start`/`end`, and a name span of the same text.

  dotnet src/ClaimExtract.Cli/bin/Release/net10.0/claimextract.dll extract ../shared/data/zyte/html -q -j 1 --format jsonl -o /tmp/zyte.jsonl

  scripts/zyte-names.py sample /tmp/zyte.jsonl [N [FROM]] > /tmp/candidates.tsv
      English pages (no problem CE3002) in the order of SHA-256("zytenames|" + page id); every statement of a page, in text
      order, page after page, until at least N (400, the number the labels file was drawn with) are listed, so the labeller reads one page at a time.
      FROM (default 1) leaves out the statements numbered below it, the numbers unchanged: the second block, zyte2
      (data/names/zyte2-references.tsv), is `sample ZYTE.jsonl 749 401`, the 27 pages after the first block's 21. Prints the number,
      page id, start, end, the span's SHA-256 prefix, quote type, cue, the statement, and its paragraph (statement in [[ ]])
      after the two paragraphs before it. Blind: never the extractor's speaker mention, speaker name or kind, reporter or
      addressee. The file holds news text: keep it outside the repository. Its first line names the extraction it came from.
  scripts/zyte-names.py locate /tmp/zyte.jsonl PAGE NAME
      The first whole-word occurrence of NAME in the page's text (a space also matching a no-break space) as "start end sha",
      then every capitalised run written before NAME's last word in the page, to check that no fuller form was missed.
  scripts/zyte-names.py apply /tmp/candidates.tsv /tmp/decisions.txt [ZYTE.jsonl] > data/names/zyte-references.tsv
      decisions.txt: one "NUMBER NAME_START NAME_END KIND" or "NUMBER skipped:REASON" a line (# starts a comment); every
      candidate needs one. The name span must be the first whole-word occurrence of its text in the page. ZYTE.jsonl defaults
      to the extraction named on the candidates' first line (the name hash needs the page text).
  scripts/zyte-names.py check /tmp/zyte.jsonl [REFERENCES]
      Every statement span and name span still hashes as stored (a statement need not still be extracted).
  scripts/zyte-names.py score /tmp/zyte.jsonl [REFERENCES] [--errors]
      REFERENCES: data/names/zyte-references.tsv (the first block, default) or data/names/zyte2-references.tsv (the second).
      For each labelled row, the statement of the same page that covers the largest share (> 0.3) of the labelled span, each
      statement taken once, rows in file order (../shared/eval/score_quotes.py's matching); right when its `speaker` and the
      gold name are equal under score_quotes.py's norm_name. Prints right / labelled with the 95 % Wilson interval, per kind,
      and the rows no statement matches any more, then a 95 % interval by resampling whole pages (the rows cluster in a few
      pages). --errors lists the wrong rows (page text: to the terminal only).
  scripts/zyte-names.py selftest
      Checks the name search, the context, the intervals and the scorer's norm_name on invented sentences.

Deterministic: the order depends only on the page ids and offsets, never on the text, the predictions or a random seed.
"""
import collections, hashlib, math, os, random, re, sys
from zyte_pages import articles, page_id, span_hash  # shared with zyte-news-sample.py

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
from score_quotes import norm_name, overlap  # noqa: E402  (the reference scorer's own name rule and overlap)

REFERENCES = "data/names/zyte-references.tsv"
KINDS = ("pronoun", "surname", "title", "description", "full", "organisation")
SKIPS = ("not-a-statement", "unnamed", "group", "document", "handle", "other")
HEADER = """# Gold full names of who made the statements claimextract finds on the Zyte news pages (data/names/GUIDE.md, "Zyte news pages").
# No text: page id (the file name without .html.gz); start, end: the statement's code points in the text claimextract extracts from
# the page (the article record's `text`), end exclusive; sha256: first 12 hex digits of SHA-256 of that span's UTF-8 bytes;
# name_start, name_end, name_sha256: the first whole-word occurrence in the same text of the full name of who made the statement
# (empty when skipped); kind: how the statement's sentence mentions that source, or skipped:REASON. scripts/zyte-names.py.
page\tstart\tend\tsha256\tname_start\tname_end\tname_sha256\tkind"""


def pages(path):
    return {page_id(a["id"]): a for a in articles(path)}


def order(pid):
    return hashlib.sha256(f"zytenames|{pid}".encode()).hexdigest()


def clean(s):
    return (s or "").replace("\t", " ").replace("\n", " / ")


def context(text, start, end, before=2):
    """The paragraphs holding the span, the span in [[ ]], after the `before` non-empty paragraphs ahead of it."""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    b = len(text) if b < 0 else b
    head, taken = a, 0
    while taken < before and head > 0:
        prev = text.rfind("\n", 0, head - 1) + 1
        if text[prev:head].strip():
            taken += 1
        head = prev
    return text[head:start].strip() + " [[" + text[start:end] + "]]" + text[end:b]


def sample(extracted, least, first=1):
    chosen = [a for a in articles(extracted) if not any(p.get("code") == "CE3002" for p in a.get("problems", []))]
    chosen.sort(key=lambda a: order(page_id(a["id"])))
    print(f"# zyte: {os.path.abspath(extracted)}")
    number = 0
    for a in chosen:
        if number >= least:
            break
        pid, text = page_id(a["id"]), a["text"]
        for s in sorted(a["statements"], key=lambda s: (s["start"], s["end"])):
            number += 1
            if number < first:
                continue
            print("\t".join(str(x) for x in (number, pid, s["start"], s["end"], span_hash(text[s["start"]:s["end"]]), s["quote_type"],
                                              clean(s.get("cue")), clean(text[s["start"]:s["end"]]),
                                              clean(context(text, s["start"], s["end"])))))


def name_pattern(name):
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"[ \u00a0]+".join(words) + r"(?!\w)")


def first_occurrence(text, name):
    m = name_pattern(name).search(text)
    return (m.start(), m.end()) if m else None


def locate(extracted, pid, name):
    a = pages(extracted).get(pid)
    if a is None:
        sys.exit(f"no page {pid}")
    text = a["text"]
    found = first_occurrence(text, name)
    if found is None:
        sys.exit(f"{name!r} is not in the page's text")
    print(found[0], found[1], span_hash(text[found[0]:found[1]]))
    last = re.escape(name.split()[-1])
    forms = collections.Counter(m.group(0) for m in re.finditer(r"(?:[A-Z][\w.'’-]*[ \u00a0]+){0,4}" + last + r"(?!\w)", text))
    for form, count in forms.most_common():
        print(f"  {count}\t{form}")


def read_candidates(path):
    source, rows = None, []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# zyte: "):
                source = line[len("# zyte: "):].strip()
                continue
            number, pid, start, end, sha = line.rstrip("\n").split("\t")[:5]
            rows.append((int(number), pid, int(start), int(end), sha))
    return source, rows


def apply(candidates, decisions, extracted=None):
    source, rows = read_candidates(candidates)
    texts = pages(extracted or source)
    decided = {}
    with open(decisions, encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split()
            number = int(parts[0])
            if number in decided:
                sys.exit(f"candidate {number} decided twice")
            if len(parts) == 2 and parts[1].startswith("skipped:") and parts[1][len("skipped:"):] in SKIPS:
                decided[number] = ("", "", parts[1])
            elif len(parts) == 4 and parts[3] in KINDS:
                decided[number] = (int(parts[1]), int(parts[2]), parts[3])
            else:
                sys.exit(f"cannot read decision {line!r}")
    print(HEADER)
    for number, pid, start, end, sha in rows:
        if number not in decided:
            sys.exit(f"candidate {number} has no decision")
        text = texts[pid]["text"]
        if span_hash(text[start:end]) != sha:
            sys.exit(f"candidate {number}: the statement's text changed")
        name_start, name_end, kind = decided.pop(number)
        name_sha = ""
        if name_start != "":
            name = text[name_start:name_end]
            if first_occurrence(text, name) != (name_start, name_end):
                sys.exit(f"candidate {number}: {name_start}-{name_end} is not the first whole-word occurrence of its name")
            name_sha = span_hash(name)
        print("\t".join(str(x) for x in (pid, start, end, sha, name_start, name_end, name_sha, kind)))
    if decided:
        sys.exit(f"decisions for no candidate: {sorted(decided)}")


def references(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("page\t") or not line.strip():
                continue
            pid, start, end, sha, name_start, name_end, name_sha, kind = line.rstrip("\n").split("\t")
            yield {"page": pid, "start": int(start), "end": int(end), "sha": sha, "kind": kind,
                   "name_start": int(name_start) if name_start else None, "name_end": int(name_end) if name_end else None,
                   "name_sha": name_sha}


def check(extracted, path):
    texts = pages(extracted)
    bad = rows = 0
    for r in references(path):
        rows += 1
        a = texts.get(r["page"])
        why = "no page" if a is None else None
        if why is None and span_hash(a["text"][r["start"]:r["end"]]) != r["sha"]:
            why = "statement hash"
        if why is None and r["name_start"] is not None and span_hash(a["text"][r["name_start"]:r["name_end"]]) != r["name_sha"]:
            why = "name hash"
        if why:
            bad += 1
            print(f"mismatch: {r['page']} {r['start']}-{r['end']} ({why})")
    print(f"{rows} rows, {bad} mismatched")
    return 1 if bad else 0


def wilson(k, n, z=1.96):
    if n == 0:
        return 0.0, 0.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return 100 * (centre - half), 100 * (centre + half)


def page_bootstrap(pages, rounds=10000, seed=116):
    """A 95 % interval that resamples whole pages (right, labelled), since one page's rows share its speakers and layout."""
    if not pages:
        return 0.0, 0.0
    rng, shares = random.Random(seed), []
    for _ in range(rounds):
        drawn = [rng.choice(pages) for _ in pages]
        shares.append(100 * sum(k for k, _ in drawn) / sum(n for _, n in drawn))
    shares.sort()
    return shares[int(0.025 * rounds)], shares[int(0.975 * rounds) - 1]


def selftest():
    """Checks the helpers on invented text (no corpus needed)."""
    text = "Mayor Ana Ruiz spoke.\n\nRuiz said the bridge\u00a0opens in May.\n\nAna\u00a0Ruiz added that tolls stay. Ana Ruizes is another."
    assert first_occurrence(text, "Ana Ruiz") == (6, 14), "a name inside a longer mention is found"
    assert first_occurrence(text, "Ruiz") == (10, 14), "the first whole-word occurrence"
    assert first_occurrence(text, "Ana Ruizes") == (text.index("Ana Ruizes"), len(text) - len(" is another.")), "words end at a non-word"
    assert first_occurrence("Ana Ruizes spoke", "Ana Ruiz") is None, "no match inside a longer word"
    start = text.index("the bridge")
    assert context(text, start, start + 10, before=1) == "Mayor Ana Ruiz spoke.\n\nRuiz said [[the bridge]]\u00a0opens in May."
    assert [round(x, 1) for x in wilson(8, 10)] == [49.0, 94.3] and wilson(0, 0) == (0.0, 0.0)
    assert norm_name("Gov. Ana Ruiz") == norm_name("Ana Ruiz") and norm_name("Ruiz") != norm_name("Ana Ruiz")
    assert page_bootstrap([(3, 3), (3, 3)]) == (100.0, 100.0)
    print("selftest passed")
    return 0


def score(extracted, path, errors):
    texts = pages(extracted)
    unused = {pid: list(a["statements"]) for pid, a in texts.items()}
    right, total = collections.Counter(), collections.Counter()
    skipped, unmatched, wrong = collections.Counter(), [], []
    per_page = collections.defaultdict(lambda: [0, 0])
    for r in references(path):
        if r["kind"].startswith("skipped:"):
            skipped[r["kind"]] += 1
            continue
        a = texts.get(r["page"])
        if a is None or span_hash(a["text"][r["start"]:r["end"]]) != r["sha"]:
            sys.exit(f"{r['page']} {r['start']}-{r['end']}: page or statement text changed (run check)")
        gold = a["text"][r["name_start"]:r["name_end"]]
        best, best_share = None, 0.3
        for s in unused[r["page"]]:
            share = overlap((r["start"], r["end"]), (s["start"], s["end"])) / (r["end"] - r["start"])
            if share > best_share:
                best, best_share = s, share
        total[r["kind"]] += 1
        per_page[r["page"]][1] += 1
        if best is None:
            unmatched.append(r)
            wrong.append((r, gold, None))
            continue
        unused[r["page"]].remove(best)
        ok = bool(best.get("speaker")) and norm_name(best["speaker"]) == norm_name(gold)
        right[r["kind"]] += ok
        per_page[r["page"]][0] += ok
        if not ok:
            wrong.append((r, gold, best))
    k, n = sum(right.values()), sum(total.values())
    lo, hi = wilson(k, n)
    print(f"all\t{k} / {n}\t{100 * k / n if n else 0:.1f}\t95% Wilson {lo:.1f}-{hi:.1f}\tunmatched {len(unmatched)}\tskipped {sum(skipped.values())}")
    lo, hi = page_bootstrap(list(per_page.values()))
    print(f"pages\t{len(per_page)}\t\t95% page bootstrap {lo:.1f}-{hi:.1f} (rows cluster in pages: a few pages hold most of them)")
    for kind in KINDS:
        if total[kind]:
            lo, hi = wilson(right[kind], total[kind])
            print(f"{kind}\t{right[kind]} / {total[kind]}\t{100 * right[kind] / total[kind]:.1f}\t95% Wilson {lo:.1f}-{hi:.1f}")
    for reason, count in sorted(skipped.items()):
        print(f"{reason}\t{count}")
    if errors:
        for r, gold, best in wrong:
            text = texts[r["page"]]["text"]
            print(f"\n{r['page'][:16]} {r['start']}-{r['end']} [{r['kind']}] gold {gold!r}")
            print(f"  statement: {clean(text[r['start']:r['end']])[:300]}")
            if best is None:
                print("  ours: no statement covers it any more")
            else:
                print(f"  ours: speaker {best.get('speaker')!r} (mention {best.get('speaker_mention')!r}, kind {best.get('speaker_kind')!r}), "
                      f"cue {best.get('cue')!r}, {best['start']}-{best['end']}")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    command = args[0] if args else ""
    if command == "sample" and len(args) in (2, 3, 4):
        sample(args[1], int(args[2]) if len(args) >= 3 else 400, int(args[3]) if len(args) == 4 else 1)
    elif command == "locate" and len(args) == 4:
        locate(args[1], args[2], args[3])
    elif command == "apply" and len(args) in (3, 4):
        apply(args[1], args[2], args[3] if len(args) == 4 else None)
    elif command == "check" and len(args) in (2, 3):
        sys.exit(check(args[1], args[2] if len(args) == 3 else REFERENCES))
    elif command == "selftest":
        sys.exit(selftest())
    elif command == "score" and len(args) in (2, 3):
        sys.exit(score(args[1], args[2] if len(args) == 3 else REFERENCES, "--errors" in sys.argv))
    else:
        sys.exit(__doc__)
