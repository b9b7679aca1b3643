"""The whole entity stage (lexicon + rules + model) against the model alone on newswire: the
development split of ANERcorp's train.txt, PERSON/ORG/LOC, exact spans on whole tokens.

    .venv/bin/python benchmarks/entity_stage_conll.py --train-model   # first time: ~2.5 min on 2 cores
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
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CANDIDATES = [ROOT.parent / "shared" / "benchmarks" / "anercorp", Path("/work/shared/benchmarks/anercorp")]
TRAIN = next((c for c in _CANDIDATES if (c / "train.txt").exists()), _CANDIDATES[0]) / "train.txt"
LABELS = {"PERS": "PERSON", "ORG": "ORG", "LOC": "LOC"}
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


def _gold(tags: list[str], si: int) -> set[tuple[int, int, int, str]]:
    out, cur = set(), None
    for i, t in enumerate(list(tags) + ["O"]):
        if cur and not (t.startswith("I-") and t[2:] == cur[0]):
            if cur[0] in LABELS:
                out.add((si, cur[1], i, LABELS[cur[0]]))
            cur = None
        if t.startswith("B-") or (t.startswith("I-") and cur is None):
            cur = [t[2:], i]
    return out


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
    if args.train_model:
        from pipeline import ner

        r = ner.train(TRAIN, args.model, dev_fraction=0.1, seed=0, refit=False)
        print(f"held-out model trained in {r['seconds']:.0f} s: dev micro F1 {r['dev']['micro']['f1']:.4f}")
    if not (args.model / "features.json").is_file():
        raise SystemExit(f"{args.model}: no held-out model (run with --train-model)")
    os.environ["NABA_DATA"] = _overlay(args.model.resolve())
    from pipeline import entities, ner  # noqa: E402  (reads NABA_DATA)
    from pipeline.nlp import get_nlp  # noqa: E402

    _, dev = ner.split_dev(ner.read_conll(TRAIN), 0.1, 0)
    nlp, rules = get_nlp(), entities.get_rules()
    gold_n: Counter = Counter()
    tp = {"model alone": Counter(), "whole stage": Counter()}
    fp = {"model alone": Counter(), "whole stage": Counter()}
    for d in range(0, len(dev), DOC):
        chunk = dev[d : d + DOC]
        parts, pos, offs = [], 0, []
        for toks, _ in chunk:
            o = []
            for i, tok in enumerate(toks):
                if i:
                    parts.append(" ")
                    pos += 1
                o.append((pos, pos + len(tok)))
                parts.append(tok)
                pos += len(tok)
            offs.append(o)
            parts.append("\n")
            pos += 1
        doc = nlp("".join(parts))
        gold = set().union(*(_gold(tags, si) for si, (_, tags) in enumerate(chunk)))
        gold_n.update(g[3] for g in gold)
        stage = {}
        for m in entities.find_entities(doc, rules):
            t = _on_tokens(m.start, m.end, m.label, offs)
            if t:
                stage[t] = m.source
        model = {t for sp in doc.spans["model"] if (t := _on_tokens(sp.start_char, sp.end_char, sp.label_, offs))}
        for name, pred in (("model alone", set(model)), ("whole stage", set(stage))):
            for x in pred:
                (tp if x in gold else fp)[name][x[3]] += 1
        if args.show:
            for x in sorted(set(stage) - gold):
                if x[3] == args.show:
                    words = chunk[x[0]][0]
                    near = [(" ".join(words[g[1]:g[2]]), g[3]) for g in gold if g[0] == x[0] and g[1] < x[2] and g[2] > x[1]]
                    print(f"  FP {x[3]} [{stage[x]}] «{' '.join(words[x[1]:x[2]])}»  gold there: {near}")
    print(f"dev split of train.txt: {len(dev)} sentences, {sum(gold_n.values())} entities ({dict(gold_n)}); exact spans on whole tokens")
    for name in ("model alone", "whole stage"):
        cells = []
        for lab in ("PERSON", "ORG", "LOC", "micro"):
            t = sum(tp[name].values()) if lab == "micro" else tp[name][lab]
            f = sum(fp[name].values()) if lab == "micro" else fp[name][lab]
            g = sum(gold_n.values()) if lab == "micro" else gold_n[lab]
            p, r = t / (t + f) if t + f else 0.0, t / g if g else 0.0
            cells.append(f"{lab} {p:.3f}/{r:.3f}/{2 * p * r / (p + r) if p + r else 0:.3f}")
        print(f"{name:12s} P/R/F1  " + "  ".join(cells))


if __name__ == "__main__":
    main()
