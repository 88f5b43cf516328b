#!/usr/bin/env python3
"""Split-by-page check of extraction settings on the Zyte benchmark: does a setting chosen on half of
the pages hold on the other half?

usage: scripts/extraction-split-check.py DEFAULT.jsonl SETTING.jsonl... [--seeds 5] [--baseline OLD.jsonl]

Each file holds the predictions of one setting (`claimextract eval extraction --save-predictions`).
For each seed the 181 pages are shuffled and cut in two halves; on each half in turn the setting with
the best F1 is chosen and scored on the other half, next to the default setting (the first file) and,
if given, a baseline (the previous version) on the same held-out half. Scores are those of
../shared/eval/score_extraction.py (its own functions, imported).
"""
import argparse, importlib.util, json, random, statistics
from pathlib import Path

here = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("score", here.parent.parent / "shared" / "eval" / "score_extraction.py")
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def per_page(path, truth):
    pred = score.load_predictions(path)
    out = {}
    for key, item in truth.items():
        body = pred.get(key) or ""
        tp, fp, fn = score.page_counts(body, item["articleBody"])
        out[key] = (tp / (tp + fp) if tp + fp else 0.0) if body.strip() else None, tp / (tp + fn) if tp + fn else 0.0
    return out


def f1(pages, keys):
    precisions = [pages[k][0] for k in keys if pages[k][0] is not None]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(pages[k][1] for k in keys)
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("settings", nargs="+")
    ap.add_argument("--seeds", type=int, default=5)
    ap.add_argument("--baseline")
    ap.add_argument("--truth", default=str(here.parent.parent / "shared" / "data" / "zyte" / "ground-truth.json"))
    args = ap.parse_args()
    truth = json.load(open(args.truth, encoding="utf-8"))
    runs = {Path(s).name: per_page(s, truth) for s in args.settings}
    default = Path(args.settings[0]).name
    baseline = per_page(args.baseline, truth) if args.baseline else None
    keys = sorted(truth)
    print(f"{len(runs)} settings; all pages: default F1 {f1(runs[default], keys):.4f}, best {max(f1(r, keys) for r in runs.values()):.4f}, "
          f"worst {min(f1(r, keys) for r in runs.values()):.4f}")
    tuned, defaults, olds = [], [], []
    for seed in range(args.seeds):
        order = keys[:]
        random.Random(seed).shuffle(order)
        halves = order[: len(order) // 2], order[len(order) // 2:]
        for tune, held in (halves, halves[::-1]):
            chosen = max(runs, key=lambda s: (f1(runs[s], tune), s == default))
            tuned.append(f1(runs[chosen], held))
            defaults.append(f1(runs[default], held))
            line = f"seed {seed}: tuned on {len(tune)} pages -> {chosen}; held-out {len(held)} pages F1: tuned {tuned[-1]:.4f}, default {defaults[-1]:.4f}"
            if baseline:
                olds.append(f1(baseline, held))
                line += f", baseline {olds[-1]:.4f}"
            print(line)
    line = f"mean held-out F1: tuned {statistics.mean(tuned):.4f}, default {statistics.mean(defaults):.4f}"
    if olds:
        line += f", baseline {statistics.mean(olds):.4f} (min held-out gain over baseline {min(d - o for d, o in zip(defaults, olds)):+.4f})"
    print(line)


if __name__ == "__main__":
    main()
