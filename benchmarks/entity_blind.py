"""The entity stage on the blind passages (tests/golden/quotes/blind/*.yaml): modern news composed by
annotators who had not seen naba, each PERSON / ORG / LOC name they marked against the stage's
mentions (same label and the same text, counted per passage; the model's and the rules' mentions
together, as the pipeline gives them to the quote stage).

    .venv/bin/python benchmarks/entity_blind.py [--verbose] [FILES]

The annotators marked a name only where its exact text stands alone (a name fused with a clitic,
«للأمم المتحدة», is not marked), so a mention that keeps the clitic counts as wrong here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_bench as qb  # noqa: E402

LABELS = ("PERSON", "ORG", "LOC")


def gold_mentions(item: dict) -> Counter:
    return Counter((spec[0], spec[1]) for spec in item.get("mentions") or [] if spec[0] in LABELS)


def evaluate(files: list[Path], log: list[str] | None = None) -> dict[str, tuple[int, int, int]]:
    """label -> (right, predicted, annotated)."""
    from pipeline import entities
    from pipeline.nlp import get_nlp

    nlp, rules = get_nlp(), entities.get_rules()
    tp: Counter = Counter()
    pred_n: Counter = Counter()
    gold_n: Counter = Counter()
    for f in files:
        for item in yaml.safe_load(f.read_text(encoding="utf-8")) or []:
            gold = gold_mentions(item)
            pred = Counter((m.label, m.text) for m in entities.find_entities(nlp(item["text"]), rules) if m.label in LABELS)
            for (label, text), n in pred.items():
                ok = min(n, gold.get((label, text), 0))
                tp[label] += ok
                pred_n[label] += n
                if log is not None and ok < n:
                    log.append(f"  spurious: {item['id']}: {label} {text!r}")
            for (label, text), n in gold.items():
                gold_n[label] += n
                if log is not None and pred.get((label, text), 0) < n:
                    log.append(f"  missed:   {item['id']}: {label} {text!r}")
    out = {lab: (tp[lab], pred_n[lab], gold_n[lab]) for lab in LABELS}
    out["ALL"] = tuple(sum(v[i] for v in out.values()) for i in range(3))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss and spurious mention")
    args = ap.parse_args()
    files = args.files or sorted(qb.BLIND.glob("*.yaml"))
    log: list[str] = []
    rows = evaluate(files, log if args.verbose else None)
    print(f"entity stage on the blind passages ({', '.join(f.stem for f in files)}): same label and text")
    print(f"{'label':8} {'right':>6} {'pred':>6} {'gold':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for lab, (t, p, g) in rows.items():
        pr, rc, f1 = qb._prf(t, p, g)
        print(f"{lab:8} {t:6d} {p:6d} {g:6d} {pr:6.3f} {rc:6.3f} {f1:6.3f}")
    if log:
        print("\n".join(log))
    return 0


if __name__ == "__main__":
    sys.exit(main())
