"""Pairwise merge precision and recall of naba's entity keys on the development set.

    .venv/bin/python benchmarks/canon_bench.py [--no-lexicon] [--verbose]

Positives: every pair of spellings inside one 'merge' set of tests/golden/canon_variants.json.
The keys-only run counts only positive pairs written in one script: an Arabic spelling and its
Latin name are tied by a lexicon entry or by an in-article pairing («ميتا (Meta)»), not by keys.
Negatives: every 'apart' pair, plus every pair of spellings of the same label from two different
merge sets (distinct entities must stay apart). A pair is predicted merged when
:func:`pipeline.canon.same_entity` says a store would merge them (computed
here with each spelling's keys cached). Prints the figures with and
without the shipped lexicon (``--no-lexicon`` prints only the second), and the key-function speed.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.canon import alias_keys, phonetic_key, resolve_key  # noqa: E402
from pipeline.normalize import is_arabic  # noqa: E402

GOLDEN = Path(__file__).resolve().parent.parent / "tests" / "golden" / "canon_variants.json"


def _script(text: str) -> str:
    return "ar" if is_arabic(text) else "la"


def evaluate(entries, verbose: bool = False, same_script: bool = False) -> dict:
    """Pairwise figures; ``same_script`` keeps only positive pairs written in one script (an Arabic
    spelling and a Latin one are tied by a lexicon entry or an in-article pairing, not by keys)."""
    doc = json.loads(GOLDEN.read_text(encoding="utf-8"))
    cache: dict[tuple[str, str], tuple[str, set[str]]] = {}

    def merged(a: tuple[str, str], b: tuple[str, str]) -> bool:
        """pipeline.canon.same_entity, with each spelling's keys computed once."""
        if a[0] != b[0]:
            return False
        for x in (a, b):
            if x not in cache:
                cache[x] = (resolve_key(x[1], x[0], entries=entries), alias_keys(x[1], x[0]))
        (ka, aa), (kb, ab) = cache[a], cache[b]
        return ka == kb or kb in aa or ka in ab

    tp = fn = fp = tn = 0
    misses, wrong = [], []
    for s in doc["merge"]:
        for a, b in itertools.combinations(s["forms"], 2):
            if same_script and _script(a) != _script(b):
                continue
            if merged((s["label"], a), (s["label"], b)):
                tp += 1
            else:
                fn += 1
                misses.append((s["label"], a, b))
    negatives = [((p["label_a"], p["a"]), (p["label_b"], p["b"])) for p in doc["apart"]]
    for s1, s2 in itertools.combinations(doc["merge"], 2):
        if s1["label"] == s2["label"]:
            negatives += [((s1["label"], a), (s2["label"], b)) for a in s1["forms"] for b in s2["forms"]]
    for a, b in negatives:
        if merged(a, b):
            fp += 1
            wrong.append((a, b))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    if verbose:
        for m in misses:
            print("  missed merge:", *m)
        for w in wrong:
            print("  wrong merge: ", *w)
    return {"sets": len(doc["merge"]), "apart": len(doc["apart"]), "positives": tp + fn,
            "negatives": fp + tn, "tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-lexicon", action="store_true", help="only the keys, without the shipped lexicon")
    ap.add_argument("--verbose", action="store_true", help="list the missed and the wrong merges")
    args = ap.parse_args()
    modes = [("with shipped lexicon", None, False)] if not args.no_lexicon else []
    modes.append(("keys only, no lexicon, same-script pairs", [], True))
    for title, entries, same_script in modes:
        r = evaluate(entries, args.verbose, same_script)
        print(f"{title}: precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
              f"(tp {r['tp']}, fp {r['fp']}, fn {r['fn']}; {r['positives']} positive / {r['negatives']} negative pairs; "
              f"{r['sets']} variant sets, {r['apart']} near misses)")
    words = ["زوكربيرغ", "مارك زوكربيرج", "شركة إنفيديا", "محمد بن سلمان", "سامسونج للإلكترونيات"] * 2000
    t = time.perf_counter()
    for w in words:
        phonetic_key(w + "ا")  # defeat the per-token cache on the whole name
    dt = time.perf_counter() - t
    print(f"phonetic_key: {len(words) / dt:,.0f} names/s")
    # canonicalize on a synthetic 120-mention article made of lexicon names, surnames and variants
    from pipeline.canon import canonicalize
    from pipeline.drafts import MentionDraft
    from pipeline.resources import lexicon

    names = [(e.label, f) for e in lexicon()[:60] for f in e.spellings[:2]]
    text, drafts = "", []
    for label, form in names:
        start = len(text) + 1
        text += " " + form + " ."
        drafts.append(MentionDraft(start, start + len(form), form, label, "model", 0.9))
    t = time.perf_counter()
    n = 20
    for _ in range(n):
        canonicalize(text, [MentionDraft(d.start, d.end, d.text, d.label, d.source, d.confidence) for d in drafts])
    dt = (time.perf_counter() - t) / n
    print(f"canonicalize: {len(drafts)} mentions in {dt * 1000:.1f} ms")


if __name__ == "__main__":
    main()
