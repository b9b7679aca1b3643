"""Learn the quotes' confidence from the stage's first looks, and say what it is worth held out.

Reads tests/golden/quotes/firstlook/*.json (what each version of the quote stage predicted on an
ANERcorp range before any rule was written for it; made by ``benchmarks/quotes_firstlook.py``),
labels every predicted quote right (its content overlaps an annotated quote of its kind by ≥ 80%,
matched one to one as ``quotes_bench.py`` does, and its speaker is the annotated one, or both are
null) or wrong, and fits a logistic model over ``pipeline.quote_confidence.features``.

It prints, leaving each range out in turn (the model scoring a range never saw it), what keeping
the quotes at or above each threshold gives, for the stage's hand-set confidence and the learned
one: quotes kept, right, precision, recall, F1 and the precision of attributed speakers. With
``--write`` it fits on every range and writes data/quote_confidence.json.

    .venv/bin/python benchmarks/quotes_calibrate.py [--l2 1.0] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_bench as qb  # noqa: E402
import quotes_firstlook as fl  # noqa: E402
from pipeline import quote_confidence as qc  # noqa: E402
from pipeline.drafts import QuoteDraft  # noqa: E402

FIRSTLOOK = qb.GOLDEN / "firstlook"
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def load_range(path: Path):
    """(range, case, quotes, keys, features, right) for one first-look file."""
    name, case, quotes, proposed, keys = fl.load_first_look(path)
    right = label(case, quotes, keys)
    feats = qc.features(case.text, case.sentences, case.mentions + proposed, quotes, [(m.start, m.end) for m in proposed])
    return name, case, quotes, keys, feats, right


def label(case: qb.Case, quotes: list[QuoteDraft], keys: dict) -> list[bool]:
    """Whether each predicted quote is right, by quotes_bench's one-to-one matching per kind."""
    right = [False] * len(quotes)
    for g, i, _ in qb.match_by_kind(case.quotes, quotes):
        if i >= 0:
            sp = keys.get(quotes[i].speaker) if quotes[i].speaker else None
            right[i] = qb._same_person(sp, g.speaker)
    return right


def fit(X: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias, column 0, unpenalised)."""
    w = np.zeros(X.shape[1])
    reg = np.full(X.shape[1], l2)
    reg[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(X @ w, -30, 30)))
        grad = X.T @ (p - y) + reg * w
        H = (X * (p * (1 - p))[:, None]).T @ X + np.diag(reg)
        step = np.linalg.solve(H, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def table(rows, scores, total_gold: int) -> list[str]:
    out = [f"{'min conf':>8} {'kept':>5} {'right':>5} {'P':>6} {'R':>6} {'F1':>6} {'attr':>5} {'attr ok':>7} {'attr P':>7}"]
    for t in THRESHOLDS:
        kept = right = attr = attr_ok = 0
        for (q, ok), s in zip(rows, scores):
            if s < t:
                continue
            kept += 1
            right += ok
            if q.speaker is not None:
                attr += 1
                attr_ok += ok
        p = right / kept if kept else 1.0
        r = right / total_gold if total_gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ap = attr_ok / attr if attr else 1.0
        out.append(f"{t:>8.2f} {kept:>5} {right:>5} {p:>6.3f} {r:>6.3f} {f:>6.3f} {attr:>5} {attr_ok:>7} {ap:>7.3f}")
    return out


def log_loss(y, p) -> float:
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic model")
    ap.add_argument("--write", action="store_true", help="fit on every range and write data/quote_confidence.json")
    args = ap.parse_args()

    ranges = [load_range(p) for p in sorted(FIRSTLOOK.glob("*.json"))]
    # the labels must give quotes_bench's own counts
    for name, case, quotes, keys, _, right in ranges:
        counts = qb.Counts()
        for c in qb.score_anercorp_case(case, quotes, keys).values():
            counts.add(c)
        assert counts.speaker_ok == sum(right), (name, counts.speaker_ok, sum(right))
    names = sorted({k for *_, feats, _ in ranges for f in feats for k in f})
    names.remove("bias")
    names = ["bias"] + names
    col = {n: i for i, n in enumerate(names)}

    def matrix(feats):
        X = np.zeros((len(feats), len(names)))
        for r, f in enumerate(feats):
            for k, v in f.items():
                if k in col:
                    X[r, col[k]] = v
        return X

    total_gold = sum(len(case.quotes) for _, case, *_ in ranges)
    n_pred = sum(len(q) for _, _, q, *_ in ranges)
    n_right = sum(sum(r) for *_, r in ranges)
    print(f"{len(ranges)} held-out first looks: {total_gold} annotated quotes, {n_pred} predicted, {n_right} right with their speaker")

    # leave one range out
    rows, stage, learned, ys = [], [], [], []
    for i, (name, case, quotes, keys, feats, right) in enumerate(ranges):
        train_f = [f for j, r in enumerate(ranges) if j != i for f in r[4]]
        train_y = [y for j, r in enumerate(ranges) if j != i for y in r[5]]
        w = fit(matrix(train_f), np.array(train_y, dtype=float), args.l2)
        if feats:
            p = 1 / (1 + np.exp(-np.clip(matrix(feats) @ w, -30, 30)))
            learned.extend(p.tolist())
        rows.extend(zip(quotes, right))
        stage.extend(q.confidence for q in quotes)
        ys.extend(right)
    y = np.array(ys, dtype=float)
    print("\nthe stage's hand-set confidence (held out: each range scored by the stage before its rules)")
    print("\n".join(table(rows, stage, total_gold)))
    print("\nlearned confidence, each range left out of the model that scores it")
    print("\n".join(table(rows, learned, total_gold)))
    print(f"\nlog loss: hand-set {log_loss(y, np.array(stage)):.3f}, learned {log_loss(y, np.array(learned)):.3f}; "
          f"Brier: hand-set {float(np.mean((np.array(stage) - y) ** 2)):.3f}, learned {float(np.mean((np.array(learned) - y) ** 2)):.3f}")
    # calibration by decile of the learned confidence
    bins = defaultdict(list)
    for p, yy in zip(learned, ys):
        bins[min(int(p * 10), 9)].append(yy)
    print("learned confidence bin: quotes, share right  " + "  ".join(
        f"{b / 10:.1f}-{(b + 1) / 10:.1f}: {len(v)}, {sum(v) / len(v):.2f}" for b, v in sorted(bins.items())))

    if args.write:
        feats = [f for r in ranges for f in r[4]]
        w = fit(matrix(feats), y, args.l2)
        model = {
            "about": "Logistic model of P(quote real and speaker right); pipeline/quote_confidence.py reads it, "
            "benchmarks/quotes_calibrate.py --write makes it from tests/golden/quotes/firstlook/.",
            "l2": args.l2,
            "trained_on": {"ranges": len(ranges), "predicted_quotes": n_pred, "right": n_right},
            "features": names,
            "weights": [round(float(x), 5) for x in w],
        }
        qc.MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"\nwrote {qc.MODEL_PATH.relative_to(qb.ROOT)} ({len(names)} features)")
        for n, x in sorted(zip(names, w), key=lambda t: -abs(t[1])):
            print(f"  {n:32} {x:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
