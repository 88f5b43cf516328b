#!/usr/bin/env python3
"""Does a CheckThat! debate line's context help judge its check-worthiness? (docs/statements.md, tenth round)

  claimextract train --trainer lbfgs-lr --out /tmp/cw/statement-model.zip --out-of-fold /tmp/cw/oof.tsv
  python3 scripts/checkworthy-context.py make-input dev > /tmp/cw/dev.jsonl
  claimextract classify --model /tmp/cw/statement-model.zip /tmp/cw/dev.jsonl > /tmp/cw/dev-classified.jsonl
  python3 scripts/checkworthy-context.py make-input train > /tmp/cw/train.jsonl   # only for --in-sample
  claimextract classify --model /tmp/cw/statement-model.zip /tmp/cw/train.jsonl > /tmp/cw/train-classified.jsonl
  python3 scripts/checkworthy-context.py compare /tmp/cw/oof.tsv /tmp/cw/dev-classified.jsonl \
      /tmp/cw/statement-calibration.json [--in-sample=/tmp/cw/train-classified.jsonl] [--words] [--bound]

CheckThat! 2024's Sentence_id is one ordering of the debates' lines across train and dev, so a line's neighbours (the
previous and next ids present, at most MAX_GAP ids away) are the lines said before and after it; their TEXT is
available for dev as for train (dev lines were sampled from the same debates), and at run time a classifier has the
same thing (the lines before and after a statement). No label of any neighbour is ever read.

`compare` stacks the claim detector's own score with context features in a small logistic regression (Newton's
method, L2 1, deterministic) and reports, for each variant, the Yes-class F1 of check_worthy (claim kind, or the
stacked probability over a threshold):
  - out of fold on the CheckThat! training debates: the stacker is fitted on four of the trainer's five folds (whole
    blocks of 500 consecutive ids, so a line and its neighbours are in the same fold but at block edges) and scores the
    fifth; every score it reads is the trainer's out-of-fold score (fitted without the line's fold), and the threshold
    is the best F1 on these out-of-fold figures, as `claimextract train` sets the check-worthiness threshold;
  - CheckThat! dev, never tuned on: the stacker fitted on all training debates, the threshold from out of fold; a dev
    line's own score is the trained model's, and a training neighbour's score is its out-of-fold score (the trained
    model has seen that neighbour's label; the line "neighbours scored in-sample" shows what that leak does).
`--words` also compares a bag-of-words model of the line alone with one that adds its neighbours' words (hashed
features, AdaGrad logistic regression, same folds; about a minute a variant).
`--bound` adds two rows that stack the neighbours' true LABELS (+1 Yes, -1 No, 0 none): not a model (a classifier never
has them) but an upper bound of what any estimate of the neighbours' check-worthiness could add.

Reads ../shared/data/statements/checkthat2024_{train,dev}.tsv. `make-input` prints corpus text (keep it outside the
repository, e.g. in /tmp); `compare` prints figures only, never text."""
import json, math, re, sys

from stacking import average_precision, f1, fit, logit, predict, sigmoid

DATA = "../shared/data/statements/"
MAX_GAP = 3
KINDS = ["promise", "retraction", "prediction", "claim"]


def read_debates():
    text, label, split = {}, {}, {}
    for name, part in (("checkthat2024_train.tsv", "train"), ("checkthat2024_dev.tsv", "dev")):
        with open(DATA + name, encoding="utf-8") as f:
            next(f)
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if len(cells) < 3:
                    continue
                i = int(cells[0])
                text[i], label[i], split[i] = cells[1], cells[2] == "Yes", part
    return text, label, split


def make_input(part):
    text, _, split = read_debates()
    for i in sorted(text):
        if split[i] == part:
            print(json.dumps({"id": str(i), "text": text[i]}))


class Debates:
    def __init__(self, oof_path, classified_path, calibration_path, in_sample_path=None):
        self.text, self.label, self.split = read_debates()
        self.scores, self.fold, self.kind, hand = {}, {}, {}, set()
        with open(oof_path, encoding="utf-8") as f:
            header = next(f).rstrip("\n").split("\t")
            col = {name: k for k, name in enumerate(header)}
            for line in f:
                c = line.rstrip("\n").split("\t")
                if c[col["source"]] != "checkthat2024_train":
                    continue
                i = int(c[col["key"]])
                self.scores[i] = [float(c[col[k]]) for k in KINDS]
                self.fold[i] = int(c[col["fold"]])
                self.kind[i] = c[col["kind"]]
                if c[col["hand"]] == "1":
                    hand.add(i)  # scored (a neighbour's score), but its label is a hand label: not counted
        with open(calibration_path, encoding="utf-8") as f:
            calibration = json.load(f)
        self.thresholds = [calibration["thresholds"][k] for k in KINDS]
        for i, scores, kind in self.read_classified(classified_path):
            self.scores[i], self.kind[i] = scores, kind
        self.in_sample = {i: s for i, s, _ in self.read_classified(in_sample_path)} if in_sample_path else None
        self.ids = sorted(self.text)
        self.position = {i: k for k, i in enumerate(self.ids)}
        self.train = [i for i in self.ids if self.split[i] == "train" and i not in hand]
        self.dev = [i for i in self.ids if self.split[i] == "dev"]

    def read_classified(self, path):
        """The detectors' probabilities back from classify's normalised scores (each shifted so its threshold is 0.5)."""
        with open(path, encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                s = o["scores"]
                top = max(s[k] for k in KINDS)
                total = 1 / (s["other"] + top)
                yield int(o["id"]), [sigmoid(logit(s[k] * total) + logit(t)) for k, t in zip(KINDS, self.thresholds)], o["kind"]

    def neighbour(self, i, d):
        k = self.position[i] + d
        if 0 <= k < len(self.ids) and abs(self.ids[k] - i) <= MAX_GAP * abs(d):
            return self.ids[k]
        return None


NUMBER = re.compile(r"\d")
ANAPHOR = re.compile(r"(it|that|this|he|she|they|those|these|and|but|so)\b")


def features(db, i, which, neighbour_scores):
    own = db.scores[i]
    prev, nxt = db.neighbour(i, -1), db.neighbour(i, 1)

    def claim(j):
        return logit(neighbour_scores(j)[3]) if j is not None else 0.0

    f = [logit(own[3])]
    if "prev" in which:  # the claim detector's score of the line before, and whether there is one
        f += [claim(prev), 1.0 if prev is None else 0.0]
    if "next" in which:
        f += [claim(nxt), 1.0 if nxt is None else 0.0]
    if "question" in which:  # the line before asks something
        f += [1.0 if prev is not None and db.text[prev].rstrip().endswith("?") else 0.0]
    if "turn" in which:  # the id before is missing from the corpus: a moderator's line or a cut, so likely a turn's start
        f += [1.0 if (i - 1) not in db.text else 0.0]
    if "number" in which:  # a number here and in a neighbour
        f += [1.0 if NUMBER.search(db.text[i]) and any(j is not None and NUMBER.search(db.text[j]) for j in (prev, nxt)) else 0.0]
    if "window5" in which or "window10" in which:  # the mean claim score of the stretch of debate around the line
        w = 5 if "window5" in which else 10
        near = [j for j in (db.neighbour(i, d) for d in range(-w, w + 1) if d != 0) if j is not None]
        f += [sum(claim(j) for j in near) / len(near) if near else 0.0]
    if "kinds" in which:  # the other detectors, the line's own and its predecessor's
        f += [logit(own[0]), logit(own[2])] + ([logit(neighbour_scores(prev)[0]), logit(neighbour_scores(prev)[2])] if prev else [0.0, 0.0])
    if "anaphor" in which:  # a line that opens on a pronoun or a conjunction leans on the line before
        a = 1.0 if ANAPHOR.match(db.text[i].strip().lower()) else 0.0
        f += [a, a * claim(prev)]
    if "bound" in which:  # --bound only: the neighbours' LABELS, an upper bound of what their scores could add, never a feature
        f += [(1.0 if db.label[j] else -1.0) if j is not None else 0.0 for j in (prev, nxt)]
    if "product" in which:
        f += [logit(own[3]) * claim(prev), logit(own[3]) * claim(nxt)]
    return f


def check_worthy(q, kind, t):
    return q >= t or kind == "claim"


def best_threshold(truth, q, kinds):
    best = (-1.0, 0.5)
    for k in range(2, 19):
        t = round(0.05 * k, 2)
        score = f1(truth, [check_worthy(a, b, t) for a, b in zip(q, kinds)])[0]
        if score > best[0] + 1e-9 or (abs(score - best[0]) < 1e-9 and abs(t - 0.5) < abs(best[1] - 0.5)):
            best = (score, t)
    return best


def compare_variant(db, which, in_sample=False):
    out_of_fold_scores = lambda j: db.scores[j]
    x = {i: features(db, i, which, out_of_fold_scores) for i in db.ids}
    q = {}
    for fold in range(5):
        w = fit([x[i] for i in db.train if db.fold[i] != fold], [db.label[i] for i in db.train if db.fold[i] != fold])
        for i in db.train:
            if db.fold[i] == fold:
                q[i] = predict(w, x[i])
    truth = [db.label[i] for i in db.train]
    oof, t = best_threshold(truth, [q[i] for i in db.train], [db.kind[i] for i in db.train])
    ap = average_precision(truth, [q[i] for i in db.train])
    per_fold = []
    for fold in range(5):
        part = [i for i in db.train if db.fold[i] == fold]
        per_fold.append(f1([db.label[i] for i in part], [check_worthy(q[i], db.kind[i], t) for i in part])[0])
    w = fit([x[i] for i in db.train], truth)
    if in_sample:
        scores = lambda j: db.in_sample[j] if db.split[j] == "train" else db.scores[j]
        x = {i: features(db, i, which, scores) for i in db.dev}
    dev = f1([db.label[i] for i in db.dev], [check_worthy(predict(w, x[i]), db.kind[i], t) for i in db.dev])
    name = " + ".join(which) if which else "the line alone (same stacking)"
    if in_sample:
        name += ", neighbours scored in-sample"
    print(f"| {name} | {oof:.3f} | {ap:.3f} | {' '.join(f'{v:.3f}' for v in per_fold)} | {t} | {dev[0]:.3f} ({dev[1]}, {dev[2]}, {dev[3]}) |", flush=True)


def words_variant(db, context):
    """A bag of words of the line (word 1-2-grams), with its neighbours' words as separate features if context."""
    import random
    token = re.compile(r"[a-z0-9']+|[^\sa-z0-9']")

    def feats(i):
        w = token.findall(db.text[i].lower())
        f = ["w:" + a for a in w] + ["b:" + a + "|" + b for a, b in zip(w, w[1:])]
        for prefix, j in (("p:", db.neighbour(i, -1)), ("n:", db.neighbour(i, 1))):
            if prefix in context:
                f += [prefix + a for a in sorted(set(token.findall(db.text[j].lower())))] if j is not None else [prefix + "<none>"]
        return f

    def train(rows):
        weights, squares = {}, {}
        rows = list(rows)
        rng = random.Random(1)
        for _ in range(6):
            rng.shuffle(rows)
            for f, y in rows:
                scale = 1 / math.sqrt(len(f))
                g = sigmoid(weights.get("", 0.0) + scale * sum(weights.get(k, 0.0) for k in f)) - y
                for k in f + [""]:
                    gk = g * (scale if k else 1) + 1e-5 * weights.get(k, 0.0)
                    squares[k] = squares.get(k, 0.0) + gk * gk
                    weights[k] = weights.get(k, 0.0) - 0.1 * gk / math.sqrt(squares[k] + 1e-8)
        return weights

    def score(weights, f):
        return weights.get("", 0.0) + sum(weights.get(k, 0.0) for k in f) / math.sqrt(len(f))

    x = {i: feats(i) for i in db.ids}
    s = {}
    for fold in range(5):
        w = train((x[i], db.label[i]) for i in db.train if db.fold[i] != fold)
        for i in db.train:
            if db.fold[i] == fold:
                s[i] = score(w, x[i])
    truth = [db.label[i] for i in db.train]
    oof, t = max((f1(truth, [s[i] >= t for i in db.train])[0], t) for t in [k / 4 for k in range(-12, 8)])
    w = train((x[i], db.label[i]) for i in db.train)
    dev = f1([db.label[i] for i in db.dev], [score(w, x[i]) >= t for i in db.dev])
    name = "words of the line" + {"": "", "p:": " + words of the line before", "p:n:": " + words of the lines before and after"}[context]
    print(f"| {name} | {oof:.3f} | {average_precision(truth, [s[i] for i in db.train]):.3f} | | {t} (logit) | {dev[0]:.3f} ({dev[1]}, {dev[2]}, {dev[3]}) |", flush=True)


def compare(oof_path, classified_path, calibration_path, words, in_sample, bound):
    db = Debates(oof_path, classified_path, calibration_path, in_sample)
    print(f"{len(db.train)} training lines (5 folds by block), {len(db.dev)} dev lines; max gap {MAX_GAP} ids")
    print("| context features | out-of-fold F1 | out-of-fold average precision | F1 by fold | threshold | dev F1 (tp, fp, fn) |")
    print("|---|---|---|---|---|---|")
    variants = [[], ["prev"], ["prev", "next"], ["prev", "next", "question"], ["prev", "next", "turn"], ["prev", "next", "number"],
                ["prev", "next", "window5"], ["window10"], ["prev", "next", "kinds"], ["prev", "anaphor"], ["prev", "next", "product"],
                ["prev", "next", "question", "turn", "number", "window5"]]
    for which in variants:
        compare_variant(db, which)
    if db.in_sample is not None:
        compare_variant(db, ["prev", "next"], in_sample=True)
    if bound:
        compare_variant(db, ["bound"])
        compare_variant(db, ["prev", "next", "bound"])
    if words:
        for context in ("", "p:", "p:n:"):
            words_variant(db, context)


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "make-input":
        make_input(sys.argv[2] if len(sys.argv) > 2 else "dev")
    elif len(sys.argv) >= 5 and sys.argv[1] == "compare":
        in_sample = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--in-sample=")), None)
        compare(sys.argv[2], sys.argv[3], sys.argv[4], "--words" in sys.argv, in_sample, "--bound" in sys.argv)
    else:
        sys.exit(__doc__)
