#!/usr/bin/env python3
"""Does a sentence's document context help find promises? (docs/statements.md, eleventh round)

  claimextract train --trainer lbfgs-lr --out /tmp/ctx/base/statement-model.zip --out-of-fold /tmp/ctx/oof.tsv
  python3 scripts/promise-context.py /tmp/ctx/oof.tsv

Press releases (Subramanian 2019: doc, id = the sentence's order) and manifestos (Fornaciari 2021: file, row_id) are
documents. For every training sentence of the two corpora the out-of-fold file gives the promise detector's
out-of-fold score (fitted without the sentence's fold; folds by document, so a sentence and its neighbours are scored
by the same detectors, none of which saw the document). A sentence's neighbours are the previous and next rows of its
document present in the corpus.

Each variant stacks the sentence's own promise logit with context features in a small logistic regression (Newton's
method, L2 1, deterministic), per corpus, out of fold: fitted on four of the trainer's five folds, scoring the fifth.
The threshold is the best promise F1 on these out-of-fold figures (steps of 0.05, ties to 0.5), for the line alone and
for each variant alike, so the rows compare like with like. Scored: the corpus rows without a hand label (as
`claimextract eval statements` scores the held-out press releases). The rows marked "bound" read the neighbours' TRUE
labels: not a model (no classifier has them) but an upper bound of what any estimate of them could add.

News: the PolNeAR hand labels of the training split, each article's labelled sentences in the order of their offsets
standing for an article's statements (no text read), all scored; and a last row with the stacker taught on the press
releases and applied to news, as one stacker shipped for every document would be.

Reads ../shared/data/statements/{subramanian2019_speech_acts,fornaciari2021_pledges}.train.tsv; prints figures only,
never text. Results and what was done with them: docs/statements.md, "Tried and not kept (eleventh round, document context)"."""
import functools, re, sys

import stacking
from stacking import average_precision, f1, predict

# This script's settings of the shared fit and logit (its figures in docs/statements.md were read with them).
fit = functools.partial(stacking.fit, iterations=25, tolerance=1e-7)
logit = functools.partial(stacking.logit, eps=1e-4)

DATA = "../shared/data/statements/"


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        header = next(f).rstrip("\n").split("\t")
        for line in f:
            cells = line.rstrip("\n").split("\t")
            yield dict(zip(header, cells))


def read_texts():
    text = {}
    for r in read_tsv(DATA + "subramanian2019_speech_acts.train.tsv"):
        text[("subramanian2019", f"{r['doc']}/{r['id']}")] = r["text"]
    for r in read_tsv(DATA + "fornaciari2021_pledges.train.tsv"):
        text[("fornaciari2021", f"{r['file']}/{r['row_id']}")] = r["text"]
    return text


MARKUP = re.compile(r"</?(li|LIST)>")


def plain(t):
    return MARKUP.sub("", t).strip()


def lead_in(t):
    """A lead-in: a sentence that ends with a colon (markup aside)."""
    return plain(t).endswith(":")


COMMIT_LEAD = re.compile(r"\b(will|would|shall|commit\w*|pledge\w*|promise\w*|propose\w*|plan\w*|going to|intends?)\b[^:]*:\s*$", re.I)


class Docs:
    def __init__(self, oof_path, source):
        text = read_texts()
        self.rows = []  # (key, doc, order, hand, fold, promise score, is promise)
        with open(oof_path, encoding="utf-8") as f:
            header = next(f).rstrip("\n").split("\t")
            col = {name: k for k, name in enumerate(header)}
            for line in f:
                c = line.rstrip("\n").split("\t")
                if not c[col["source"]].startswith(source):
                    continue
                key = c[col["key"]]
                if source == "polnear":
                    # A PolNeAR article's hand-labelled sentences, in the order of their offsets (no text read).
                    doc, span = key.rsplit(":", 1)
                    doc, order, t = c[col["source"]] + "|" + doc, int(span.split("-")[0]), ""
                else:
                    doc, order = key.rsplit("/", 1)
                    order, t = int(order), text[(source, key)]
                self.rows.append(dict(key=key, doc=doc, order=order, hand=c[col["hand"]] == "1" and source != "polnear", fold=int(c[col["fold"]]),
                                      p=float(c[col["promise"]]), y=c[col["label"]] == "promise", text=t))
        self.rows.sort(key=lambda r: (r["doc"], r["order"]))
        by_doc = {}
        for i, r in enumerate(self.rows):
            by_doc.setdefault(r["doc"], []).append(i)
        for doc, members in by_doc.items():
            total = sum(logit(self.rows[i]["p"]) for i in members)
            for k, i in enumerate(members):
                r = self.rows[i]
                r["prev"] = members[k - 1] if k > 0 else None
                r["next"] = members[k + 1] if k + 1 < len(members) else None
                r["doc_mean"] = (total - logit(r["p"])) / (len(members) - 1) if len(members) > 1 else 0.0
                r["doc_n"] = len(members)
                # The list's lead-in: the nearest sentence before this one that is not a list item.
                j = k - 1
                while j >= 0 and self.rows[members[j]]["text"].lstrip().startswith("<li>"):
                    j -= 1
                r["lead"] = members[j] if j >= 0 else None


FEATURES = {}


def feature(name):
    def wrap(f):
        FEATURES[name] = f
        return f
    return wrap


def nb(db, r, side):
    j = r[side]
    return None if j is None else db.rows[j]


@feature("prev_label")
def _(db, r):
    n = nb(db, r, "prev")
    return [0.0 if n is None else (1.0 if n["y"] else -1.0)]


@feature("next_label")
def _(db, r):
    n = nb(db, r, "next")
    return [0.0 if n is None else (1.0 if n["y"] else -1.0)]


@feature("prev_score")
def _(db, r):
    n = nb(db, r, "prev")
    return [0.0 if n is None else logit(n["p"]), 1.0 if n is None else 0.0]


@feature("next_score")
def _(db, r):
    n = nb(db, r, "next")
    return [0.0 if n is None else logit(n["p"]), 1.0 if n is None else 0.0]


@feature("prev_colon")
def _(db, r):
    n = nb(db, r, "prev")
    return [1.0 if n is not None and lead_in(n["text"]) else 0.0]


@feature("prev_commit_colon")
def _(db, r):
    n = nb(db, r, "prev")
    return [1.0 if n is not None and COMMIT_LEAD.search(plain(n["text"])) else 0.0]


@feature("doc_mean")
def _(db, r):
    return [r["doc_mean"]]


@feature("li")
def _(db, r):
    return [1.0 if r["text"].lstrip().startswith("<li>") else 0.0]


@feature("li_lead")
def _(db, r):
    """A list item's lead-in: its promise logit and whether it is a commitment ending with a colon."""
    is_li = r["text"].lstrip().startswith("<li>")
    lead = None if r["lead"] is None or not is_li else db.rows[r["lead"]]
    if lead is None:
        return [0.0, 0.0]
    return [logit(lead["p"]), 1.0 if COMMIT_LEAD.search(plain(lead["text"])) else 0.0]


@feature("own_x_doc")
def _(db, r):
    return [logit(r["p"]) * r["doc_mean"]]


def vector(db, r, which):
    x = [logit(r["p"])]
    for name in which:
        x += FEATURES[name](db, r)
    return x


def best_threshold(truth, q):
    best = (-1.0, 0.5)
    for k in range(2, 19):
        t = round(0.05 * k, 2)
        score = f1(truth, [a >= t for a in q])[0]
        if score > best[0] + 1e-9 or (abs(score - best[0]) < 1e-9 and abs(t - 0.5) < abs(best[1] - 0.5)):
            best = (score, t)
    return best


def variant(db, which, label):
    x = [vector(db, r, which) for r in db.rows]
    q = [0.0] * len(db.rows)
    weights = []
    for fold in range(5):
        train = [k for k, r in enumerate(db.rows) if r["fold"] != fold]
        w = fit([x[k] for k in train], [1.0 if db.rows[k]["y"] else 0.0 for k in train])
        weights.append(w)
        for k, r in enumerate(db.rows):
            if r["fold"] == fold:
                q[k] = predict(w, x[k])
    scored = [k for k, r in enumerate(db.rows) if not r["hand"]]
    truth = [db.rows[k]["y"] for k in scored]
    best, t = best_threshold(truth, [q[k] for k in scored])
    _, tp, fp, fn = f1(truth, [q[k] >= t for k in scored])
    ap = average_precision(truth, [q[k] for k in scored])
    per_fold = []
    for fold in range(5):
        part = [k for k in scored if db.rows[k]["fold"] == fold]
        per_fold.append(f1([db.rows[k]["y"] for k in part], [q[k] >= t for k in part])[0])
    mean_w = [sum(w[a] for w in weights) / 5 for a in range(len(weights[0]))]
    print(f"| {label} | {best:.3f} ({tp}, {fp}, {fn}) | {ap:.3f} | {' '.join(f'{v:.3f}' for v in per_fold)} | {t} | {' '.join(f'{v:+.2f}' for v in mean_w)} |", flush=True)
    return best


VARIANTS = [
    ([], "the sentence alone (same stacking)"),
    (["prev_label", "next_label"], "*bound*: the neighbours' true labels"),
    (["prev_label", "next_label", "doc_mean"], "*bound*: the neighbours' true labels + document mean score"),
    (["prev_score", "next_score"], "the neighbours' out-of-fold scores"),
    (["prev_colon"], "the previous sentence ends with a colon"),
    (["prev_colon", "prev_commit_colon"], "+ the previous sentence is a commitment lead-in ('... will:')"),
    (["doc_mean"], "the document's mean promise logit (without the sentence)"),
    (["doc_mean", "own_x_doc"], "the document's mean, and times the own logit"),
    (["li"], "list-item markup"),
    (["li", "li_lead"], "list-item markup + its lead-in's score and shape"),
    (["prev_score", "next_score", "prev_colon", "prev_commit_colon", "doc_mean"], "neighbours' scores, lead-in, document mean (no markup)"),
    (["prev_score", "next_score", "prev_colon", "prev_commit_colon", "doc_mean", "li", "li_lead"], "all of the above but labels"),
]


NEWS_VARIANTS = [
    ([], "the sentence alone (same stacking)"),
    (["prev_label", "next_label"], "*bound*: the neighbours' true labels"),
    (["prev_score", "next_score"], "the neighbours' out-of-fold scores"),
    (["doc_mean"], "the document's mean promise logit (without the sentence)"),
    (["prev_score", "next_score", "doc_mean"], "neighbours' scores and document mean (the stacker `claimextract train` would fit)"),
]


def transferred(press, news, which, label):
    """The stacker taught on the press releases (four folds), applied to the news sentences of the fifth: what a product
    fitted on press releases would do to news; the threshold is the best on the news sentences' own out-of-fold figures."""
    xp = [vector(press, r, which) for r in press.rows]
    xn = [vector(news, r, which) for r in news.rows]
    q = [0.0] * len(news.rows)
    for fold in range(5):
        train = [k for k, r in enumerate(press.rows) if r["fold"] != fold]
        w = fit([xp[k] for k in train], [1.0 if press.rows[k]["y"] else 0.0 for k in train])
        for k, r in enumerate(news.rows):
            if r["fold"] == fold:
                q[k] = predict(w, xn[k])
    truth = [r["y"] for r in news.rows]
    best, t = best_threshold(truth, q)
    _, tp, fp, fn = f1(truth, [v >= t for v in q])
    print(f"| {label} | {best:.3f} ({tp}, {fp}, {fn}) | {average_precision(truth, q):.3f} | | {t} | |", flush=True)


def main():
    oof = sys.argv[1]
    header = ("| context stacked with the sentence's own promise logit | promise F1 out of fold (tp, fp, fn) | average precision | F1 by fold | threshold | mean weights (own, ..., bias) |\n"
              "|---|---|---|---|---|---|")
    for source in ("subramanian2019", "fornaciari2021"):
        db = Docs(oof, source)
        scored = [r for r in db.rows if not r["hand"]]
        print(f"\n{source}: {len(scored)} scored sentences ({sum(r['y'] for r in scored)} promises) in {len({r['doc'] for r in db.rows})} documents")
        print(header)
        for which, label in VARIANTS:
            variant(db, which, label)
    # News: the hand-labelled sentences of the PolNeAR training articles, each article's labelled sentences in order
    # standing for the statements of an article (an article with one labelled sentence gives it no context).
    news = Docs(oof, "polnear")
    print(f"\nPolNeAR hand labels: {len(news.rows)} sentences ({sum(r['y'] for r in news.rows)} promises) in {len({r['doc'] for r in news.rows})} articles")
    print(header)
    for which, label in NEWS_VARIANTS:
        variant(news, which, label)
    press = Docs(oof, "subramanian2019")
    transferred(press, news, ["prev_score", "next_score", "doc_mean"], "neighbours' scores and document mean, taught on the press releases")


if __name__ == "__main__":
    main()
