"""How far two independent annotations of the same newswire agree, and naba against each.

Six ranges of ANERcorp's train.txt were annotated twice: first for naba's dev set
(tests/golden/quotes/anercorp/), then again by an annotator who saw only the sentences, the corpus's
entity tags and tests/golden/quotes/agreement/brief.md (tests/golden/quotes/agreement/). Scoring one
annotation as if it were the predictions of a system against the other gives the ceiling a system
can reach against a single annotation: quote+speaker F1 is the same both ways; attributed-speaker
precision is not (it counts the speakers the annotation scored as predictions gives).

    python benchmarks/quotes_agreement.py            # per range and in all
    python benchmarks/quotes_agreement.py -v         # and every disagreement of the two annotations
    python benchmarks/quotes_agreement.py --listing 3190 3300   # the sentences as the annotator had them
    python benchmarks/quotes_agreement.py --test-split          # and the test split's two annotations
    python benchmarks/quotes_agreement.py --listing 0 155 --split test

The test split (held out: its first annotation is tests/golden/quotes/anercorp_test/) was annotated a
second time in six ranges, merged into the first annotation's two files (agreement/test_*.yaml);
its rows are given with every quote and without the sentences whose first-word cue either
annotation marks lost (cue 0: test.txt's first token is a stray word in nearly every sentence).

The scorer is quotes_bench.py's for ANERcorp (overlap ≥ 0.8, per kind of quote, speakers by name
words). naba's rows are dev figures: its rules were written from the first annotation of these ranges.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from pipeline.drafts import QuoteDraft  # noqa: E402
from pipeline.normalize import norm_key  # noqa: E402
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

GOLDEN = ROOT / "tests" / "golden" / "quotes"
FIRST, SECOND = GOLDEN / "anercorp", GOLDEN / "agreement"
TEST_FIRST = GOLDEN / "anercorp_test"  # held out: scored, never used for a rule


def as_predictions(case: Case, raw: dict) -> tuple[list[QuoteDraft], dict[tuple[int, int], str]]:
    """An annotation of ``case``'s range (token offsets, as in the YAML files) as the quotes a
    system would predict, with each speaker's key."""
    lo = raw["range"][0]
    toks = {
        si: [(m.start() + a, m.end() + a) for m in re.finditer(r"\S+", case.text[a:b])]
        for si, (a, b) in zip(range(lo, lo + len(case.sentences)), case.sentences)
    }
    quotes, keys = [], {}
    for q in raw["quotes"]:
        t = toks[q["s"]]
        speaker = None
        if q.get("speaker"):
            ss, a, b = q["speaker"]
            speaker = (toks[ss][a][0], toks[ss][b - 1][1])
            keys[speaker] = norm_key(case.text[speaker[0] : speaker[1]])
        content = (t[q["content"][0]][0], t[q["content"][1] - 1][1])
        quotes.append(QuoteDraft(q["kind"], content, t[q["cue"]], speaker, None, 1.0, q["s"] - lo))
    return quotes, keys


def _total(rows: dict[str, Counts]) -> Counts:
    out = Counts()
    for c in rows.values():
        out.add(c)
    return out


def first_dir(stem: str) -> Path:
    """Where the first annotation of a range lives: the dev ranges, or the held-out test split."""
    return TEST_FIRST if stem.startswith("test_") else FIRST


def _keep(case: Case, raw: dict, skip: set[int]) -> Case:
    golds = [g for g, q in zip(case.quotes, raw["quotes"]) if q["s"] - raw["range"][0] not in skip]
    return Case(case.id, case.case, case.text, case.sentences, case.mentions, case.keys, golds)


def agreement(stem: str, log: list[str] | None = None, skip_lost: bool = False) -> dict[str, Counts]:
    """The four comparisons on one twice-annotated range; with ``skip_lost``, without the
    sentences whose cue either annotation marks as lost (see lost_cue_sentences)."""
    first, raw1 = load_anercorp(first_dir(stem) / f"{stem}.yaml")
    second, raw2 = load_anercorp(SECOND / f"{stem}.yaml")
    as2, keys2 = as_predictions(first, raw2)
    as1, keys1 = as_predictions(first, raw1)
    naba, keys = predict(first)
    skip = lost_cue_sentences(raw1, raw2) if skip_lost else set()
    if skip:
        first, second = _keep(first, raw1, skip), _keep(second, raw2, skip)
        as1, as2, naba = ([q for q in qs if q.sentence not in skip] for qs in (as1, as2, naba))
    return {
        "second against first": _total(score_anercorp_case(first, as2, keys2, log)),
        "first against second": _total(score_anercorp_case(second, as1, keys1)),
        "naba against first": _total(score_anercorp_case(first, naba, keys)),
        "naba against second": _total(score_anercorp_case(second, naba, keys)),
    }


def _row(name: str, c: Counts) -> str:
    f1, ap = figures(c)
    return (
        f"{name:40} {c.gold:5} {c.pred:5} {c.overlap / max(c.pred, 1):6.2f} {c.overlap / max(c.gold, 1):6.2f}"
        f" {c.speaker_ok:6} {f1:7.3f} {ap:7.3f} ({c.attributed_ok}/{c.attributed})"
    )


def listing(lo: int, hi: int, corpus: Path = ANERCORP, split: str = "train") -> str:
    """Sentences lo..hi-1 of train.txt (or test.txt) as the second annotators had them."""
    sents = _read_conll(corpus / f"{split}.txt")
    out = []
    for si in range(lo, min(hi, len(sents))):
        out += [f"## s {si}", " ".join(f"{i}:{t}" for i, (t, _) in enumerate(sents[si]))]
        ents, cur = [], None
        for i, (t, tag) in enumerate(sents[si] + [("", "O")]):
            if cur and not (tag.startswith("I-") and tag[2:] == cur[0]):
                ents.append(cur)
                cur = None
            if tag.startswith(("B-", "I-")) and cur is None:
                cur = [tag[2:], i, i + 1, [t]]
            elif cur is not None:
                cur[2] = i + 1
                cur[3].append(t)
        if ents:
            out.append("entities: " + "; ".join(f"{lab} [{a},{b}) {' '.join(w)}" for lab, a, b, w in ents))
        out.append("")
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list each quote the two annotations disagree on")
    ap.add_argument("--listing", nargs=2, type=int, metavar=("LO", "HI"), help="print sentences LO..HI-1 as annotated")
    ap.add_argument(
        "--test-split",
        action="store_true",
        help="also the test split's two annotations (held out: a figure to report, never to write rules from)",
    )
    ap.add_argument("--split", choices=("train", "test"), default="train", help="with --listing: the corpus file to list")
    args = ap.parse_args()
    if args.listing:
        print(listing(*args.listing, split=args.split))
        return 0
    head = f"{'':40} {'gold':>5} {'pred':>5} {'cont P':>6} {'cont R':>6} {'right':>6} {'q+spk F1':>7} {'attr P':>7}"
    sets = [("train", False, "dev ranges of train.txt (naba's rules were written from the first annotation)")]
    if args.test_split:
        sets += [
            ("test", False, "ANERcorp's test split (held out), every quote"),
            ("test", True, "ANERcorp's test split (held out), without the sentences whose cue either annotation marks lost (cue 0)"),
        ]
    for split, skip_lost, title in sets:
        stems = sorted(p.stem for p in SECOND.glob(f"{split}_*.yaml"))
        print(f"{title}:\n{head}")
        totals: dict[str, Counts] = {}
        for stem in stems:
            log: list[str] = []
            for name, c in agreement(stem, log if args.verbose else None, skip_lost).items():
                print(_row(f"{stem} {name}", c))
                totals.setdefault(name, Counts()).add(c)
            if log:
                print("\n".join(log))
        for name, c in totals.items():
            print(_row(f"ALL {name}", c))
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
