"""Measure one setting of the NER model on the development split of ANERcorp's train.txt.

    python benchmarks/ner_levers.py NAME '{"groups": ["affix", "peel", "gaz"], "two_pass": false}'

Trains on train.txt less the held-out dev split (``ner.split_dev``, 10 %, seed 0) into
/tmp/naba-ner-levers/NAME and prints the exact-span scores on the dev split (sentence by
sentence, and for a two-pass model also as documents of ``doc_size`` sentences, and its first
pass alone). Feature groups (pipeline/ner_features.py): affix, peel, dict, rawknown, wfreq, wfl,
gaz, cue, bigram, phrase, quoted, cldr, orgchain, raw, ngram, nbaffix; ``null`` means all. Settings
not given keep ``ner.DEFAULTS``; ``"add": [...]`` adds groups to the default ones; ``"dev_seed": N``
holds out another split (the card's figures are seed 0). test.txt is never read here.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline import ner

TRAIN = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "anercorp" / "train.txt"


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        print(__doc__)
        return
    name = sys.argv[1]
    settings = {**ner.DEFAULTS, **(json.loads(sys.argv[2]) if len(sys.argv) > 2 else {})}
    added = settings.pop("add", [])
    if added and settings["groups"] is not None:
        settings["groups"] = list(settings["groups"]) + [g for g in added if g not in settings["groups"]]
    train_file = Path(sys.argv[3]) if len(sys.argv) > 3 else TRAIN
    dev_seed = int(settings.pop("dev_seed", 0))  # another dev split of train.txt, to see the noise
    sents = ner.read_conll(train_file)
    train_part, dev = ner.split_dev(sents, 0.1, dev_seed)
    out = Path("/tmp/naba-ner-levers") / name
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    fx = ner._fit(train_part, out, ner._load_cues(), settings)
    print(name, json.dumps(settings), f"trained in {time.perf_counter() - t0:.0f} s", flush=True)
    model = ner.NerModel(out, fx, settings["two_pass"])
    model.doc_context = bool(settings.get("doc_context"))
    sizes = [1, settings["doc_size"]] if settings["two_pass"] else [1]
    for size in sizes:
        print(f"-- dev, documents of {size} sentence(s)")
        print(ner.format_report(ner._evaluate_sentences(dev, model, size)), flush=True)
    if settings["two_pass"]:
        model.tagger2 = None
        print("-- dev, first pass alone")
        print(ner.format_report(ner._evaluate_sentences(dev, model, 1)))


if __name__ == "__main__":
    main()
