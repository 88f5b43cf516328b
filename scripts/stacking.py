"""A small logistic regression for stacking a detector's score with context features (Newton's method, L2), and the
measures the context scripts report. Shared by scripts/checkworthy-context.py and scripts/promise-context.py; plain Python,
deterministic."""
import math


def logit(p, eps=1e-6):
    p = min(max(p, eps), 1 - eps)
    return math.log(p / (1 - p))


def sigmoid(x):
    return 1 / (1 + math.exp(-max(min(x, 30), -30)))


def fit(rows, labels, l2=1.0, iterations=30, tolerance=1e-9):
    """Weights (the bias last) of a logistic regression; the bias is not penalised."""
    n = len(rows[0]) + 1
    w = [0.0] * n
    for _ in range(iterations):
        g = [0.0] * n
        h = [[0.0] * n for _ in range(n)]
        for x, y in zip(rows, labels):
            x = x + [1.0]
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            s = p * (1 - p)
            for a in range(n):
                g[a] += (p - y) * x[a]
                xa = s * x[a]
                ha = h[a]
                for b in range(a, n):
                    ha[b] += xa * x[b]
        for a in range(n):
            for b in range(a):
                h[a][b] = h[b][a]
        for a in range(n - 1):
            g[a] += l2 * w[a]
            h[a][a] += l2
        step = solve(h, g)
        w = [a - b for a, b in zip(w, step)]
        if sum(abs(d) for d in step) < tolerance:
            break
    return w


def solve(h, g):
    n = len(g)
    m = [h[a][:] + [g[a]] for a in range(n)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(n):
            if r != c:
                factor = m[r][c] / m[c][c]
                for k in range(c, n + 1):
                    m[r][k] -= factor * m[c][k]
    return [m[a][n] / m[a][a] for a in range(n)]


def predict(w, x):
    return sigmoid(sum(a * b for a, b in zip(w, x + [1.0])))


def f1(truth, predicted):
    tp = sum(1 for t, p in zip(truth, predicted) if t and p)
    fp = sum(1 for t, p in zip(truth, predicted) if not t and p)
    fn = sum(1 for t, p in zip(truth, predicted) if t and not p)
    return (2 * tp / (2 * tp + fp + fn) if tp else 0.0), tp, fp, fn


def average_precision(truth, q):
    """The area under the precision-recall curve of a score, whatever the threshold."""
    hits, total = 0, 0.0
    for rank, (_, y) in enumerate(sorted(zip(q, truth), key=lambda x: -x[0]), 1):
        if y:
            hits += 1
            total += hits / rank
    return total / max(1, sum(truth))
