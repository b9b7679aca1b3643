"""The model card of naba's NER model (data/models/ner/MODEL_CARD.md), written by ``ner.train``.

The card credits the training data and its licence, lists the labels, says how the model was
built and gives its figures: the development-split figures come from training; the test figures
are filled in by ``python -m pipeline.ner evaluate TEST_FILE --card`` (between the TEST markers),
so that training never looks at the test file.
"""

from __future__ import annotations

import datetime as dt
import platform
import re
from collections.abc import Sequence
from pathlib import Path

__all__ = ["TEST_END", "TEST_START", "render_card", "replace_test_section", "table"]

TEST_START = "<!-- TEST FIGURES START -->"
TEST_END = "<!-- TEST FIGURES END -->"


def table(report: dict) -> str:
    """A markdown table of an EvalReport's ``as_dict()``."""
    rows = ["| label | precision | recall | F1 | support |", "|---|---|---|---|---|"]
    for label, m in [*report["per_label"].items(), ("micro", report["micro"])]:
        rows.append(f"| {label} | {m['precision']:.4f} | {m['recall']:.4f} | {m['f1']:.4f} | {m['support']} |")
    return "\n".join(rows)


def replace_test_section(card: str, body: str) -> str:
    """The card with the text between the TEST markers replaced by ``body``."""
    pattern = re.compile(re.escape(TEST_START) + ".*?" + re.escape(TEST_END), re.DOTALL)
    return pattern.sub(lambda _: f"{TEST_START}\n{body}\n{TEST_END}", card)


def _passages_text(result: dict) -> str:
    p = result.get("passages")
    if not p:
        return ""
    return (
        f"\nAdded to the training part: naba's own annotated modern news passages, {p['sentences']} sentences"
        f" ({p['words']} tokens) from {', '.join(f'`{f}`' for f in p['files'])} (tests/golden/quotes/blind/;"
        " composed for the project, every PERSON / ORG / LOC name marked; read by pipeline/ner_passages.py,"
        " names fused with a clitic tagged on the whole token as in ANERcorp). They are never in the"
        " development split, so the figures below are ANERcorp's."
    )


def render_card(result: dict, sents: Sequence, out_dir: Path, today: dt.date) -> str:
    """The card's markdown for a training ``result`` (what ``ner.train`` returns)."""
    settings = result["settings"]
    words = sum(len(w) for w, _ in sents)
    files = sorted(p for p in out_dir.iterdir() if p.is_file() and p.suffix in (".crfsuite", ".json"))
    size = sum(p.stat().st_size for p in files)
    dev = result.get("dev")
    dev_text = (
        f"Held out: {result['dev_sentences']} sentences of train.txt (blocks of 25 consecutive "
        f"sentences, seed {result.get('seed', 0)}), model trained on the other {result['train_sentences']}"
        + (f"; read as documents of {settings['doc_size']} consecutive sentences" if settings.get("two_pass") else "")
        + ".\n\n" + table(dev)
        if dev
        else "No development split was held out for this build."
    )
    two_pass = settings.get("two_pass")
    groups = settings.get("groups") or []
    phrase = (
        " Multi-word entities of the training data (الأمم المتحدة) are matched as phrases too, the"
        " first word with or without its clitics, and mark the words they cover."
        if "phrase" in groups
        else ""
    )
    return f"""# naba NER model (CRF, ANERcorp)

A named-entity tagger for Arabic news text, run by the spaCy component `naba_ner`
(pipeline/ner.py). It tags whole tokens (clitics attached, as in ANERcorp) as PERSON, ORG or LOC;
`doc.spans["model"]` holds the spans and `.attrs["scores"]` their confidence (mean marginal
probability of the span's tags).

## Training data and licence

Trained on the ANERcorp corpus — Yassine Benajiba, Paolo Rosso and José Miguel Benedí Ruiz,
*ANERsys: An Arabic Named Entity Recognition System Based on Maximum Entropy* (CICLing 2007) —
in the train/test split published by CAMeL Lab (Ossama Obeid et al., *CAMeL Tools: An Open Source
Python Toolkit for Arabic Natural Language Processing*, LREC 2020). ANERcorp is distributed under
**CC BY-SA 4.0**; this model and its gazetteer (`features.json`, which lists entity words of the
corpus with counts) are derived from it and are shared under the same licence, CC BY-SA 4.0.
naba's code is Apache-2.0. The frequency feature reads wordfreq's Arabic list at run time
(wordfreq by Robyn Speer, code Apache-2.0, data CC BY-SA 4.0); nothing of it is copied into the
model files.

Training file: `{Path(result['train_file']).name}` ({len(sents)} sentences, {words} tokens).{_passages_text(result)}
The test file (test.txt) was used only for the figures below, never for training or for choosing
features or settings.

## Labels

ANERcorp's labels map onto naba's: PERS → PERSON, ORG → ORG, LOC → LOC. MISC is learned (it helps
to tell the other labels apart) but never output.

## How it was built

`naba train` / `python -m pipeline.ner train FILE` (pipeline/ner.py `train`), {today.isoformat()},
Python {platform.python_version()}, {result['seconds']:.0f} s in all on 2 cores (held-out model plus
refit on all sentences).

* Model: linear-chain CRF (python-crfsuite, L-BFGS, c1={settings['c1']}, c2={settings['c2']},
  {settings['max_iterations']} iterations), BIO tags over PERS / ORG / LOC / MISC.
* Features (pipeline/ner_features.py), over a ±2 word window: the normalised word
  (`norm_key`), its clitic-peeled readings (`peel_clitics`) and the clitic, prefixes and suffixes
  of 1–4 letters, word shape (Arabic / Latin / digits / punctuation), length, membership in
  simplemma's Arabic dictionary (the written form and its clitic-peeled readings), the Zipf
  frequency class of the form in wordfreq's small Arabic word list (a frequent word that no
  dictionary holds is often a name), word bigrams, cue words (data/words/ner_cues_*.txt, copied
  into `features.json`), short stretches in quotation marks with the cue word before them
  (شركة « … »), and a gazetteer learned from the training data (how often each form was
  part of a PERS / ORG / LOC / MISC entity, and how often it occurs). While training, the
  sentences are cut into {settings['folds']} parts and each part gets its gazetteer from the
  other parts (jackknife), so that the model does not learn to trust a gazetteer that already
  holds every training entity.{phrase}
{"* Second pass (document level): a second CRF sees the same features plus the first pass's tags at the word and its neighbours and the tags that the word's forms (and its neighbours' forms) received elsewhere in the document (a name found once helps to find it again). Its training tags come from first-pass models trained on the other folds. A document is the spaCy `Doc` (an article); in evaluation, " + str(settings['doc_size']) + " consecutive sentences of the CoNLL file." if two_pass else "* Single pass (no document-level features)."}

Files: {", ".join(f"`{p.name}`" for p in files)} — {size / 1e6:.1f} MB in all.

## Figures

Exact span match, PERSON / ORG / LOC (MISC ignored on both sides).

### Development split of train.txt

{dev_text}

### test.txt (ANERcorp CAMeL Lab test split)

{TEST_START}
Not yet measured for this build: run `python -m pipeline.ner evaluate test.txt --card`.
{TEST_END}

Reference points on the same test split (micro F1): CAMeLBERT (CAMeL Tools) about 0.83; a
fine-tuned AraBERTv02 0.813 (ORG 0.708); a from-scratch spaCy CNN with default settings about 0.58.

## What was tried (development split, micro F1)

Each line is one model trained on train.txt less the dev split and scored on the dev split (847
entities, so differences under about 0.01 are noise); `benchmarks/ner_levers.py` reruns any of them
(`python benchmarks/ner_levers.py NAME '{{"add": ["cldrloc"]}}'` adds a feature group to the shipped
settings). The nine lines before the last (kept: none; the shipped model does not use them) are on the kept line
above them; the CLDR places (`cldrloc`) gain a little on both splits (+0.000 and +0.007 micro), under
the noise. The last line adds naba's own annotated passages to the training part (`naba train --passages`),
measured 2026-11-29 and not shipped. The CLDR lists are written by `python -m pipeline.ner lexicon` from the Unicode CLDR
data in babel (Unicode License v3; credit Unicode, Inc. if a model using them is shipped).

| setting | micro F1 | PERSON | ORG | LOC |
|---|---|---|---|---|
| single pass, all word features, c1=0.05 c2=0.01 | 0.761 | 0.701 | 0.688 | 0.847 |
| same without the train-derived gazetteer | 0.744 | 0.663 | 0.684 | 0.844 |
| same without simplemma dictionary membership | 0.753 | 0.684 | 0.688 | 0.846 |
| c1=0.1 c2=0.05 (kept) | 0.768 | 0.704 | 0.718 | 0.849 |
| c1=0 c2=0.1 | 0.752 | 0.691 | 0.678 | 0.841 |
| 500 L-BFGS iterations instead of 200 | 0.767 | 0.705 | 0.711 | 0.849 |
| + unfolded surface form (alef/yeh kept) | 0.764 | 0.704 | 0.702 | 0.847 |
| + unfolded form and cue-word lists | 0.764 | 0.709 | 0.692 | 0.847 |
| + character trigrams | 0.754 | 0.689 | 0.695 | 0.839 |
| posterior decoding, O down-weighted (0.2–0.8) | ≤ 0.757 | | | |
| two passes (3 folds, 150 iterations), documents of 16 sentences | 0.782 | 0.751 | 0.703 | 0.845 |
| two passes, read sentence by sentence | 0.757 | 0.705 | 0.664 | 0.843 |
| + multi-word phrase gazetteer, first pass alone | 0.771 | 0.697 | 0.710 | 0.866 |
| + multi-word phrase gazetteer, two passes, documents of 16 (kept) | 0.787 | 0.745 | 0.710 | 0.859 |
| + second pass also sees the neighbours' document-level types (kept) | 0.796 | 0.765 | 0.698 | 0.867 |
| + suffixes and prefix of the neighbouring words | 0.795 | 0.777 | 0.701 | 0.853 |
| dictionary membership of the written form (شركة), not the folded key (شركه) | 0.800 | 0.766 | 0.710 | 0.870 |
| + wordfreq frequency classes alone (on the previous kept line) | 0.798 | 0.769 | 0.695 | 0.871 |
| + quoted-name marks alone (شركة « … ») | 0.800 | 0.772 | 0.702 | 0.870 |
| written-form dictionary + wordfreq + quoted marks | 0.807 | 0.772 | 0.734 | 0.875 |
| same, 300 iterations | 0.801 | 0.774 | 0.702 | 0.871 |
| same, c1=0.05 (kept) | 0.813 | 0.783 | 0.742 | 0.874 |
| same, c1=0.02 | 0.813 | 0.785 | 0.749 | 0.869 |
| same, c1=0.05 c2=0.1 | 0.808 | 0.784 | 0.720 | 0.871 |
| + CLDR name lexicon (babel; data/words/ner_lex_*.txt): places, UN / EU, languages (= nationality adjectives), currencies; single words and multi-word names (`cldr`; run before city names of three letters or fewer, such as نوم for Nome, were left out) | 0.804 | 0.775 | 0.704 | 0.875 |
| + CLDR places and UN / EU only (`cldrloc`; run without مصر، قطر، اليمن، الصين، الهند, all frequent in train.txt) | 0.813 | 0.786 | 0.720 | 0.880 |
| + wordfreq's large Arabic list (620k words, Zipf classes 1–7) instead of the small one (`wfl`; +5 s start-up, +180 MB) | 0.804 | 0.777 | 0.716 | 0.869 |
| + organisation chain: the words after an organisation's head noun (منظمة العالمية للملكية …) up to a stop word, with distance and article (`orgchain`) | 0.808 | 0.779 | 0.722 | 0.874 |
| + first-name list membership (data/words/first_names.txt, `fname`) | 0.807 | 0.770 | 0.747 | 0.871 |
| + `cldrloc` + `orgchain` + `fname` together | 0.799 | 0.760 | 0.723 | 0.870 |
| another dev split (`"dev_seed": 1`, 747 entities, 222 ORG): shipped settings | 0.795 | 0.745 | 0.667 | 0.903 |
| same split, + `cldrloc` | 0.802 | 0.754 | 0.678 | 0.905 |
| same split, + `orgchain` | 0.796 | 0.758 | 0.659 | 0.902 |
| shipped settings + naba's 15 annotated modern-news passage files (`--passages tests/golden/quotes/blind/*.yaml`, 1,688 sentences, 37,755 tokens; not shipped: ANERcorp tags no ministries or agencies, and its ORG falls; on modern passages left out of training, entity F1 +0.007 and +0.010, quotes end to end −0.01 and ±0) | 0.794 | 0.791 | 0.646 | 0.862 |

## Limits

Newswire from 2007-era sources: names, organisations and spellings of later years (companies,
products, Latin-script names in Arabic text) are covered only through the word-shape and context
features. Tokens are tagged whole: a clitic glued to a name (وإنفيديا) is inside the span, and
naba's entities stage trims it.
"""
