"""The whole entity stage (lexicon + rules + model) against the model alone on newswire: the
development split of ANERcorp's train.txt, PERSON/ORG/LOC, exact spans on whole tokens.

    .venv/bin/python benchmarks/entity_stage_conll.py --train-model   # first time: about 3 min on 2 cores
    .venv/bin/python benchmarks/entity_stage_conll.py [--show PERSON]

The shipped model has seen every sentence of train.txt, so the stage runs with a held-out model:
``--train-model`` trains one on train.txt less the dev split (``ner.split_dev``, 10 %, seed 0, as
the model card's dev figures) into ``--model`` (default /tmp/naba-ner-heldout), and the stage reads
it through a copy of data/ (links) given as ``NABA_DATA``. Each block of 16 consecutive dev
sentences is one document. A naba span is scored on the tokens it touches (a clitic it leaves out,
وإنفيديا → إنفيديا, is inside the token as ANERcorp tags it). ANERcorp's conventions differ from
naba's in places (it tags no ministries, «دولة قطر» is «قطر»), so the figure says where the rules
lose to the model on 2000s newswire, not how right naba is; the development passages of
``benchmarks/dev_eval.py`` say that for business news. test.txt is never read here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CANDIDATES = [ROOT.parent / "shared" / "benchmarks" / "anercorp", Path("/work/shared/benchmarks/anercorp")]
TRAIN = next((c for c in _CANDIDATES if (c / "train.txt").exists()), _CANDIDATES[0]) / "train.txt"
DOC = 16


def _overlay(model: Path) -> str:
    """A data folder that is data/ with models/ner replaced by ``model`` (symbolic links)."""
    out = Path(tempfile.mkdtemp(prefix="naba-data-"))
    for item in (ROOT / "data").iterdir():
        if item.name != "models":
            (out / item.name).symlink_to(item)
    (out / "models").mkdir()
    for item in (ROOT / "data" / "models").iterdir():
        (out / "models" / item.name).symlink_to(model if item.name == "ner" else item)
    return str(out)


def _on_tokens(start: int, end: int, label: str, offs: list[list[tuple[int, int]]]):
    hit = [(si, ti) for si, toks in enumerate(offs) for ti, (a, b) in enumerate(toks) if a < end and b > start]
    if label in ("PERSON", "ORG", "LOC") and hit and all(h[0] == hit[0][0] for h in hit):
        return hit[0][0], hit[0][1], hit[-1][1] + 1, label
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=Path("/tmp/naba-ner-heldout"), help="Held-out model folder.")
    ap.add_argument("--train-model", action="store_true", help="Train the held-out model into --model first.")
    ap.add_argument("--show", help="Print the stage's false positives of this label, with their source.")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ["NABA_DATA"] = _overlay(args.model.resolve())  # before pipeline is imported: it reads NABA_DATA once
    from pipeline import entities, ner
    from pipeline.nlp import get_nlp

    if args.train_model:
        r = ner.train(TRAIN, args.model, dev_fraction=0.1, seed=0, refit=False)
        print(f"held-out model trained in {r['seconds']:.0f} s: dev micro F1 {r['dev']['micro']['f1']:.4f}")
    if not (args.model / "features.json").is_file():
        raise SystemExit(f"{args.model}: no held-out model (run with --train-model)")

    _, dev = ner.split_dev(ner.read_conll(TRAIN), 0.1, 0)
    nlp, rules = get_nlp(), entities.get_rules()
    gold = ner._gold_sets(dev)
    pred: dict[str, list[set]] = {"model alone": [], "whole stage": []}
    for d in range(0, len(dev), DOC):
        chunk = dev[d : d + DOC]
        text, offs = ner.sentences_text([words for words, _ in chunk])
        doc = nlp(text)
        stage: dict[tuple, str] = {}
        for m in entities.find_entities(doc, rules):
            if t := _on_tokens(m.start, m.end, m.label, offs):
                stage[t] = m.source
        model = {t for sp in doc.spans["model"] if (t := _on_tokens(sp.start_char, sp.end_char, sp.label_, offs))}
        for name, found in (("model alone", model), ("whole stage", set(stage))):
            pred[name].extend({(a, b, label) for si, a, b, label in found if si == k} for k in range(len(chunk)))
        if args.show:
            for si, a, b, label in sorted(stage):
                if label == args.show and (a, b, label) not in gold[d + si]:
                    words = chunk[si][0]
                    near = [(" ".join(words[ga:gb]), gl) for ga, gb, gl in gold[d + si] if ga < b and gb > a]
                    print(f"  FP {label} [{stage[(si, a, b, label)]}] «{' '.join(words[a:b])}»  gold there: {near}")
    counts = {lab: sum(1 for g in gold for x in g if x[2] == lab) for lab in ("PERSON", "ORG", "LOC")}
    print(f"dev split of train.txt: {len(dev)} sentences, {sum(counts.values())} entities ({counts}); exact spans on whole tokens")
    for name, found in pred.items():
        per, micro = ner.score_spans(gold, found)
        cells = [f"{lab} {r['precision']:.3f}/{r['recall']:.3f}/{r['f1']:.3f}" for lab, r in (*per.items(), ("micro", micro))]
        print(f"{name:12s} P/R/F1  " + "  ".join(cells))


if __name__ == "__main__":
    main()
