"""What ``naba quotes --min-confidence T`` buys: quote precision and recall at each threshold.

Scores the quote stage on the annotated ANERcorp-train newswire of tests/golden/quotes/anercorp/
(as ``benchmarks/quotes_bench.py --anercorp`` does) keeping only the quotes whose confidence is at
least T, for a few thresholds, and prints for each: quotes kept, quotes with the right speaker
(precision, recall, F1: a kept quote counts when its content overlaps an annotated one by ≥ 80%
and its speaker is the annotated speaker, or both are null) and the precision of attributed
speakers (of the kept quotes given a speaker, how many are real quotes by that speaker).

    .venv/bin/python benchmarks/quotes_confidence.py [--thresholds 0,0.5,0.6,0.7,0.8,0.9] [FILES]

FILES may be annotated ANERcorp ranges or composed passages (tests/golden/quotes/*.yaml, blind/*.yaml).

These ranges were used to write the stage's rules (see tests/golden/quotes/README.md): the
figures say how confidence ranks the stage's own quotes on text it was tuned on, not how it does
on unseen text. The confidence is learned (pipeline/quote_confidence.py) from the stage's first
looks at these ranges, so it is also fitted to them: for held-out figures use
``benchmarks/quotes_calibrate.py`` (each range scored by a model fitted without it) or, once, the
test split (``quotes_confidence.py tests/golden/quotes/anercorp_test/*.yaml``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_bench as qb  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="Annotation files (default: all of tests/golden/quotes/anercorp).")
    ap.add_argument("--thresholds", default="0,0.5,0.6,0.7,0.8,0.9", help="Comma-separated minimum confidences.")
    args = ap.parse_args()
    files = args.files or sorted((qb.GOLDEN / "anercorp").glob("*.yaml"))
    thresholds = [float(t) for t in args.thresholds.split(",")]
    predicted = []
    for f in files:
        if isinstance(qb.yaml.safe_load(f.read_text(encoding="utf-8")), list):  # composed passages
            for case in qb.load_cases(files=[f]):
                quotes, keys = qb.predict(case)
                predicted.append((case, quotes, keys))
            continue
        case, _ = qb.load_anercorp(f)
        quotes, keys = qb.predict(case)
        predicted.append((case, quotes, keys))
    n_gold = sum(len(case.quotes) for case, _, _ in predicted)
    print(f"{len(files)} annotated files, {n_gold} quotes")
    print(f"{'min confidence':>14} {'kept':>6} {'right':>6} {'P':>6} {'R':>6} {'F1':>6} {'attributed P':>13}")
    for t in thresholds:
        total = qb.Counts()
        for case, quotes, keys in predicted:
            kept = [q for q in quotes if q.confidence >= t]
            if case.case == "anercorp":
                for c in qb.score_anercorp_case(case, kept, keys).values():
                    total.add(c)
            else:
                for kind in qb.KINDS:
                    sub = qb.Case(case.id, case.case, case.text, case.sentences, case.mentions, case.keys, [g for g in case.quotes if g.kind == kind])
                    total.add(qb.score_case(sub, [q for q in kept if q.kind == kind], keys))
        p, r, f = qb._prf(total.speaker_ok, total.pred, total.gold)
        ap_ = total.attributed_ok / total.attributed if total.attributed else 1.0
        print(f"{t:>14.2f} {total.pred:>6} {total.speaker_ok:>6} {p:>6.3f} {r:>6.3f} {f:>6.3f} {ap_:>13.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
