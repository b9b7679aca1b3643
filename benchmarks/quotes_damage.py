"""What the damage in ANERcorp's test.txt costs the quote stage, measured on the dev set.

In test.txt the first token of nearly every sentence is a stray word from elsewhere in the corpus,
with that word's own entity tag («برند B-PERS جلالته خلال اللقاء …»), so a sentence-initial cue
(«وقال»، «وأضاف») is gone, a name that opened its sentence loses its first word, and a stray
«وقال» or name can open a sentence that had none. train.txt has no such damage. This script gives
train.txt the same damage (each sentence's first token and tag replaced by a token and tag drawn at
random from the whole file, a fixed seed per run) and scores the dev annotations
(tests/golden/quotes/anercorp/) on the damaged text, as `quotes_bench.py --test-split` scores the
test split:

- **all**: every annotated quote counts, those whose cue was the lost first token too (as the test
  annotation of sentences 463–924 counts a report whose cue was lost);
- **lost cues not counted**: the quotes whose cue was the first token are dropped from the
  annotation, the predictions are all kept (as the test annotation of 0–462 does);
- **sentences with no lost cue**: the sentences holding such a quote are left out, their
  predictions too (the test split's second row).

A speaker mention that began on the lost token keeps its other words; a one-word one is gone, and
the quote's speaker becomes null (the damaged text no longer names it).

The dev annotations are the ones naba's rules were written from, so the undamaged rows are dev
figures; the damaged rows show how much of that the damage alone takes away. test.txt is not read.

    python benchmarks/quotes_damage.py               # 5 seeds, the median and range of each row
    python benchmarks/quotes_damage.py --seeds 9 -v  # each seed's rows too
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes_bench import (  # noqa: E402
    ANERCORP,
    Case,
    Counts,
    _read_conll,
    figures,
    load_anercorp,
    lost_cue_sentences,
    predict,
    score_anercorp_case,
)

GOLDEN = ROOT / "tests" / "golden" / "quotes" / "anercorp"
ROWS = ("all", "lost cues not counted", "sentences with no lost cue")


def damage(sents: list[list[tuple[str, str]]], seed: int) -> list[list[tuple[str, str]]]:
    """Each sentence with its first token (and tag) replaced by one drawn from the whole corpus."""
    rng = random.Random(seed)
    pool = [t for s in sents for t in s]
    return [[rng.choice(pool), *s[1:]] for s in sents]


def write_conll(sents: list[list[tuple[str, str]]], path: Path) -> None:
    path.write_text("\n\n".join("\n".join(f"{tok} {tag}" for tok, tag in s) for s in sents) + "\n", encoding="utf-8")


def damaged_gold(gold: dict) -> dict:
    """The annotation as it reads on the damaged text: a speaker mention loses its first word when
    that word was a sentence's first token, and is gone when it was that word alone."""
    out = dict(gold, quotes=[])
    for q in gold["quotes"]:
        q = dict(q)
        sp = q.get("speaker")
        if sp and sp[1] == 0:
            q["speaker"] = [sp[0], 1, sp[2]] if sp[2] > 1 else None
        out["quotes"].append(q)
    return out


def score(files: list[Path], corpus: Path, damaged: bool) -> dict[str, Counts]:
    """The three rows (see the module's text) over ``files`` on the corpus in ``corpus``."""
    rows = {r: Counts() for r in ROWS}
    for f in files:
        raw = yaml.safe_load(f.read_text(encoding="utf-8"))
        gold = damaged_gold(raw) if damaged else raw
        case, _ = load_anercorp(f, corpus, gold)
        quotes, keys = predict(case)
        lo = gold["range"][0]
        lost_q = [q["cue"] == 0 for q in gold["quotes"]]
        lost_s = lost_cue_sentences(gold)
        variants = {
            "all": (case.quotes, quotes),
            "lost cues not counted": ([g for g, lost in zip(case.quotes, lost_q) if not lost], quotes),
            "sentences with no lost cue": (
                [g for g, q in zip(case.quotes, gold["quotes"]) if q["s"] - lo not in lost_s],
                [q for q in quotes if q.sentence not in lost_s],
            ),
        }
        for row, (golds, preds) in variants.items():
            sub = Case(case.id, case.case, case.text, case.sentences, case.mentions, case.keys, golds)
            for c in score_anercorp_case(sub, preds, keys).values():
                rows[row].add(c)
    return rows


def line(name: str, c: Counts) -> str:
    f1, ap = figures(c)
    return (
        f"| {name} | {c.gold} | {c.pred} | {c.speaker_ok} | {f1:.3f} | "
        f"{c.attributed_ok} / {c.attributed} = {ap:.3f} |"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="annotated ranges (default: tests/golden/quotes/anercorp/*.yaml)")
    ap.add_argument("--seeds", type=int, default=5, help="damaged copies to score (seeds 1..N)")
    ap.add_argument("-v", "--verbose", action="store_true", help="each seed's rows as well")
    args = ap.parse_args()
    files = args.files or sorted(GOLDEN.glob("*.yaml"))
    if not (ANERCORP / "train.txt").exists():
        print(f"error: {ANERCORP / 'train.txt'}: not found (set NABA_ANERCORP)", file=sys.stderr)
        return 2
    head = "| text | quotes | predicted | right (quote + speaker) | F1 | attributed-speaker P |\n|---|---|---|---|---|---|"
    clean = score(files, ANERCORP, damaged=False)
    print(f"ANERcorp dev ranges ({len(files)} files) on train.txt as it is (dev figures):\n{head}")
    for r in (ROWS[0], ROWS[2]):  # no cue is lost in the undamaged text
        print(line(r, clean[r]))
    sents = _read_conll(ANERCORP / "train.txt")
    runs: list[dict[str, Counts]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in range(1, args.seeds + 1):
            d = Path(tmp) / f"seed{seed}"
            d.mkdir()
            write_conll(damage(sents, seed), d / "train.txt")
            runs.append(score(files, d, damaged=True))
            if args.verbose:
                print(f"\nseed {seed}, damaged:\n{head}")
                for r in ROWS:
                    print(line(r, runs[-1][r]))
    print(f"\nthe same with test.txt's damage (first token of each sentence replaced), median of {len(runs)} seeds [range]:")
    print("| text | quotes | predicted (median) | right (median) | F1 | attributed-speaker P |\n|---|---|---|---|---|---|")
    for r in ROWS:
        f1s = [figures(x[r])[0] for x in runs]
        aps = [figures(x[r])[1] for x in runs]
        golds = sorted({x[r].gold for x in runs})
        print(
            f"| {r} | {'–'.join(map(str, golds))} | {statistics.median(x[r].pred for x in runs):g} | "
            f"{statistics.median(x[r].speaker_ok for x in runs):g} | {statistics.median(f1s):.3f} [{min(f1s):.3f}–{max(f1s):.3f}] | "
            f"{statistics.median(aps):.3f} [{min(aps):.3f}–{max(aps):.3f}] |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
