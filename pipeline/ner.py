"""naba's statistical named-entity model: a linear-chain CRF (python-crfsuite) inside spaCy.

The model is trained from ANERcorp (see data/models/ner/MODEL_CARD.md) on raw news words, clitics
attached, with the features of :mod:`pipeline.ner_features`. It tags PERS / ORG / LOC / MISC in BIO;
naba keeps PERS → ``PERSON``, ORG → ``ORG`` and LOC → ``LOC`` and drops MISC. It reads a document in
two passes: the first CRF tags each sentence from word features; the second sees the same features
plus the tags the first pass gave the same words elsewhere in the document (a name found once is
found again where its context says little).

* ``naba_ner`` — the spaCy component. It loads the model from ``resources.model_dir("ner")`` once
  per process and sets ``doc.spans["model"]``: whole-token spans labelled PERSON / ORG / LOC, with
  ``doc.spans["model"].attrs["scores"]`` the model's confidence per span (the mean marginal
  probability of the span's tags), in the same order.
* :func:`train` — builds the model from a CoNLL ``token TAG`` file and writes it with its card.
* :func:`evaluate` — exact-span precision / recall / F1 per label and micro, and words per second.

``python -m pipeline.ner train FILE [OUT_DIR]`` and ``python -m pipeline.ner evaluate FILE [MODEL_DIR]``
run the last two from a shell; ``python -m pipeline.ner lexicon`` rewrites the CLDR name lists
(data/words/ner_lex_*.txt, needs babel) that the feature groups ``cldr`` / ``cldrloc`` read.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from pipeline import resources
from pipeline.errors import ResourceError
from pipeline.ner_features import (
    LEXICON_PREFIX,
    FeatureExtractor,
    Gazetteer,
    build_gazetteer,
    doc_features,
)

__all__ = [
    "LABEL_MAP",
    "EvalReport",
    "NerModel",
    "evaluate",
    "format_report",
    "load_model",
    "model_available",
    "read_conll",
    "score_spans",
    "sentences_text",
    "split_dev",
    "train",
    "write_test_figures",
]

LABEL_MAP = {"PERS": "PERSON", "ORG": "ORG", "LOC": "LOC"}  # MISC is not kept
MODEL_FILE = "model.crfsuite"
MODEL2_FILE = "model2.crfsuite"
FEATURES_FILE = "features.json"
CARD_FILE = "MODEL_CARD.md"
SPAN_KEY = "model"
CUE_LISTS = ("ner_cues_person", "ner_cues_org", "ner_cues_loc")
LEXICON_LISTS = ("ner_lex_loc", "ner_lex_org", "ner_lex_lang", "ner_lex_cur")  # CLDR names (`lexicon` command)

# Training settings chosen on the development split of train.txt (see the model card).
FEATURE_GROUPS = ["affix", "peel", "dict", "rawknown", "wfreq", "gaz", "cue", "bigram", "phrase", "quoted"]
DEFAULTS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "folds": 3, "groups": FEATURE_GROUPS, "two_pass": True, "doc_size": 16, "doc_context": True, "workers": 2}

Sentence = tuple[list[str], list[str]]


# --------------------------------------------------------------------------- data


def read_conll(path: str | Path) -> list[Sentence]:
    """Sentences of a CoNLL ``token TAG`` file (BIO tags, blank line between sentences)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"{path}: cannot read ({exc.__class__.__name__})") from exc
    sents: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if not parts:
            if words:
                sents.append((words, tags))
                words, tags = [], []
            continue
        if len(parts) < 2:
            raise ResourceError(f"{path}:{number}: expected 'token TAG'")
        tag = parts[-1]
        if tag != "O" and not (tag[:2] in ("B-", "I-") and len(tag) > 2):
            raise ResourceError(f"{path}:{number}: bad tag {tag!r}")
        words.append(parts[0])
        tags.append(tag)
    if words:
        sents.append((words, tags))
    return sents


def split_dev(sents: Sequence[Sentence], dev_fraction: float, seed: int, block: int = 25) -> tuple[list[Sentence], list[Sentence]]:
    """Hold out ``dev_fraction`` of the sentences as whole blocks of consecutive sentences.

    ANERcorp keeps each article's sentences together; holding out blocks rather than single
    sentences keeps most of an article's names out of the training part, as with unseen articles.
    Blocks shrink for small files (at least 40 blocks).
    """
    block = max(1, min(block, len(sents) // 40))
    blocks = [list(range(i, min(i + block, len(sents)))) for i in range(0, len(sents), block)]
    order = list(range(len(blocks)))
    random.Random(seed).shuffle(order)
    n_dev = round(len(sents) * dev_fraction)
    dev_idx: set[int] = set()
    for b in order:
        if len(dev_idx) >= n_dev:
            break
        dev_idx.update(blocks[b])
    train_part = [s for i, s in enumerate(sents) if i not in dev_idx]
    dev_part = [s for i, s in enumerate(sents) if i in dev_idx]
    return train_part, dev_part


def spans_from_tags(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, TYPE)`` token spans from BIO tags (an I- after O or another type starts a span)."""
    out = []
    start, cur = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != cur):
            if cur is not None:
                out.append((start, i, cur))
            cur, start = (None, None) if tag == "O" else (tag[2:], i)
    return out


# --------------------------------------------------------------------------- model


def _load_cues() -> dict[str, tuple[str, ...]]:
    """Cue lists (``person``, ``org``, ``loc``) and the CLDR name lexicon (``lex:loc`` …), stored with
    the model in features.json."""
    cues = {}
    for name in CUE_LISTS:
        try:
            cues[name.removeprefix("ner_cues_")] = resources.word_list(name)
        except ResourceError:
            cues[name.removeprefix("ner_cues_")] = ()
    for name in LEXICON_LISTS:
        try:
            cues[LEXICON_PREFIX + name.removeprefix("ner_lex_")] = resources.word_list(name)
        except ResourceError:
            pass
    try:
        cues[LEXICON_PREFIX + "fname"] = resources.word_list("first_names")
    except ResourceError:
        pass
    return cues


_LEXICON_HEADER = {
    "loc": "Arabic names of countries, regions and the exemplar cities of time zones",
    "org": "Arabic names of the CLDR territories that are organisations (United Nations, European Union)",
    "lang": "Arabic names of languages (also feminine nationality adjectives; the masculine form is added)",
    "cur": "Arabic names of currencies",
}


def write_lexicon(words_dir: Path | None = None) -> list[Path]:
    """Write data/words/ner_lex_*.txt from the Unicode CLDR (through babel, needed only here)."""
    import babel

    from pipeline.ner_features import cldr_lexicon

    words_dir = Path(words_dir) if words_dir is not None else resources.data_path("words")
    written = []
    for kind, names in cldr_lexicon().items():
        path = words_dir / f"ner_lex_{kind}.txt"
        head = (
            f"# {_LEXICON_HEADER[kind]}, from the Unicode CLDR (babel {babel.__version__}, every ar locale).\n"
            "# Data: Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt).\n"
            "# Generated by `python -m pipeline.ner lexicon`; do not edit by hand. Feature groups `cldr` and\n"
            "# `cldrloc` of pipeline/ner_features.py (the model card says whether the shipped model uses them).\n"
        )
        path.write_text(head + "\n".join(names) + "\n", encoding="utf-8")
        written.append(path)
    return written


class NerModel:
    """A trained CRF (or two: a first pass and a document-level second pass) with its features."""

    def __init__(self, model_dir: Path, extractor: FeatureExtractor, two_pass: bool):
        import pycrfsuite

        self.extractor = extractor
        self.doc_size = 1  # sentences per document in evaluation (set from the model's spec)
        self.doc_context = False  # second pass also sees the neighbours' document-level types
        self.tagger1 = pycrfsuite.Tagger()
        self.tagger1.open(str(model_dir / MODEL_FILE))
        self.tagger2 = None
        if two_pass:
            self.tagger2 = pycrfsuite.Tagger()
            self.tagger2.open(str(model_dir / MODEL2_FILE))

    @classmethod
    def load(cls, model_dir: str | Path) -> NerModel:
        model_dir = Path(model_dir)
        try:
            spec = json.loads((model_dir / FEATURES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ResourceError(f"{model_dir / FEATURES_FILE}: cannot load ({exc.__class__.__name__})") from exc
        extractor = FeatureExtractor(Gazetteer.from_json(spec["gazetteer"]), spec["cues"], spec.get("groups"))
        model = cls(model_dir, extractor, bool(spec.get("two_pass")))
        extractor.known = model.known_attributes()
        model.doc_size = int(spec.get("doc_size") or 1)
        model.doc_context = bool(spec.get("doc_context"))
        return model

    def known_attributes(self) -> frozenset[str]:
        """Every attribute either CRF has a weight for (features outside it change nothing)."""
        attrs = _state_attributes(self.tagger1)
        if self.tagger2 is not None:
            attrs |= _state_attributes(self.tagger2)
        return frozenset(attrs)

    def predict_doc(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int, str, float]]]:
        """``(start, end, TYPE, score)`` token spans per sentence of one document.

        TYPE is as trained (PERS, ORG, LOC, MISC); the score is the mean marginal probability of
        the span's tags.
        """
        fx = self.extractor
        xs = [fx.sentence_features(words) for words in sentences]
        tagger = self.tagger1
        tags = [tagger.tag(x) if x else [] for x in xs]
        if self.tagger2 is not None:
            tagger = self.tagger2
            ds = doc_features(fx, sentences, tags, self.doc_context)
            out = []
            for x, d in zip(xs, ds):
                if not x:
                    out.append([])
                    continue
                t = tagger.tag([a + b for a, b in zip(x, d)])
                out.append(_scored_spans(tagger, t))
            return out
        out = []
        for x, t in zip(xs, tags):
            if t:
                tagger.set(x)
            out.append(_scored_spans(tagger, t) if t else [])
        return out

    def predict(self, words: Sequence[str]) -> list[tuple[int, int, str, float]]:
        """``(start, end, TYPE, score)`` token spans of one sentence taken as a whole document."""
        return self.predict_doc([words])[0]


_STATE_LINE = re.compile(r"^\s*\(\d+\) (.*) --> ", re.MULTILINE)


def _state_attributes(tagger) -> set[str]:
    """The attributes of a CRF's state features, read from its text dump with one regex (the
    same set as ``tagger.info().state_features``, whose line-by-line parser takes six times as long)."""
    fd, path = tempfile.mkstemp(suffix=".txt")
    os.close(fd)
    try:
        tagger.dump(path)
        text = Path(path).read_text(encoding="utf-8")
    finally:
        os.remove(path)
    start = text.find("STATE_FEATURES = {")
    return set(_STATE_LINE.findall(text, start)) if start >= 0 else set()


def _scored_spans(tagger, tags: Sequence[str]) -> list[tuple[int, int, str, float]]:
    out = []
    for start, end, label in spans_from_tags(tags):
        score = sum(tagger.marginal(tags[i], i) for i in range(start, end)) / (end - start)
        out.append((start, end, label, min(max(score, 0.0), 1.0)))
    return out


_MODELS: dict[str, NerModel] = {}


def load_model(model_dir: str | Path | None = None) -> NerModel:
    """The model in ``model_dir`` (default: the shipped one), loaded once per process."""
    path = Path(model_dir) if model_dir is not None else resources.model_dir("ner")
    key = str(path.resolve())
    if key not in _MODELS:
        _MODELS[key] = NerModel.load(path)
    return _MODELS[key]


def model_available(model_dir: str | Path | None = None) -> bool:
    """True when a trained model is shipped (or present in ``model_dir``)."""
    path = Path(model_dir) if model_dir is not None else resources.model_dir("ner")
    return (path / MODEL_FILE).is_file() and (path / FEATURES_FILE).is_file()


class NabaNer:
    """spaCy component: sets ``doc.spans["model"]`` from the CRF, sentence by sentence."""

    def __init__(self, nlp: Language, name: str, model_dir: str | None = None):
        self.name = name
        self.model_dir = model_dir
        self._model: NerModel | None = None

    @property
    def model(self) -> NerModel:
        if self._model is None:
            self._model = load_model(self.model_dir)
        return self._model

    def __call__(self, doc: Doc) -> Doc:
        sents = _sentences(doc)
        strings = doc.vocab.strings
        texts = [strings[o] for o in doc.to_array(ORTH).tolist()]
        predicted = self.model.predict_doc([[texts[i] for i in sent] for sent in sents])
        spans, scores = [], []
        for sent, found in zip(sents, predicted):
            for start, end, label, score in found:
                mapped = LABEL_MAP.get(label)
                if mapped:
                    span = doc[sent[start] : sent[end - 1] + 1]
                    span.label_ = mapped
                    spans.append(span)
                    scores.append(score)
        group = SpanGroup(doc, name=SPAN_KEY, spans=spans)
        group.attrs["scores"] = scores
        doc.spans[SPAN_KEY] = group
        return doc


def _sentences(doc: Doc) -> list[list[int]]:
    """Token indices per sentence, whitespace tokens left out; the whole doc when unsegmented."""
    if doc.has_annotation("SENT_START"):
        groups = [range(s.start, s.end) for s in doc.sents]
    else:
        groups = [range(len(doc))]
    space = doc.to_array(IS_SPACE).tolist()
    out = []
    for g in groups:
        idx = [i for i in g if not space[i]]
        if idx:
            out.append(idx)
    return out


def _make_naba_ner(nlp: Language, name: str, model_dir: str | None) -> NabaNer:
    return NabaNer(nlp, name, model_dir)


# Registered once per process (``python -m pipeline.ner`` loads this file twice: as __main__ and
# as pipeline.ner).
if not Language.has_factory("naba_ner"):
    Language.factory("naba_ner", default_config={"model_dir": None}, func=_make_naba_ner)


# --------------------------------------------------------------------------- training


def _jackknifed_features(sents: Sequence[Sentence], cues: dict, groups, folds: int) -> list[list[list[str]]]:
    """Feature lists for training sentences, each fold's gazetteer built from the other folds.

    A gazetteer built from all the training data would contain every training entity, and the CRF
    would learn to trust it far more than it deserves on unseen text.
    """
    n = len(sents)
    bounds = [round(n * k / folds) for k in range(folds + 1)]
    out: list[list[list[str]]] = []
    for k in range(folds):
        lo, hi = bounds[k], bounds[k + 1]
        others = list(sents[:lo]) + list(sents[hi:])
        fx = FeatureExtractor(build_gazetteer(others), cues, groups)
        out.extend(fx.sentence_features(words) for words, _ in sents[lo:hi])
    return out


_FORK: dict = {}


def _train_crf(job: tuple[list[int], str, dict]) -> str:
    """Train one CRF on the sentences ``indices`` of the data shared by fork (``_FORK``)."""
    import pycrfsuite

    indices, path, params = job
    xs, ys = _FORK["xs"], _FORK["ys"]
    trainer = pycrfsuite.Trainer(verbose=False)
    for i in indices:
        trainer.append(xs[i], ys[i])
    trainer.set_params({**params, "feature.possible_transitions": True})
    trainer.train(path)
    return path


def _run_jobs(jobs: list, workers: int) -> None:
    import multiprocessing

    if workers > 1 and len(jobs) > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(min(workers, len(jobs))) as pool:
            pool.map(_train_crf, jobs, chunksize=1)
    else:
        for job in jobs:
            _train_crf(job)


def _doc_chunks(n: int, size: int) -> list[range]:
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


def _fit(sents: Sequence[Sentence], out_dir: Path, cues: dict, settings: dict) -> FeatureExtractor:
    """Train the model files into ``out_dir``; returns the extractor to save with them.

    The second pass learns from first-pass tags that are out of fold: each fold of the training
    sentences is tagged by a first-pass model trained on the other folds.
    """
    import tempfile

    import pycrfsuite

    groups = settings.get("groups")
    folds = settings["folds"]
    params = {"c1": settings["c1"], "c2": settings["c2"], "max_iterations": settings["max_iterations"]}
    xs = _jackknifed_features(sents, cues, groups, folds)
    ys = [tags for _, tags in sents]
    n = len(sents)
    bounds = [round(n * k / folds) for k in range(folds + 1)]
    every = list(range(n))
    _FORK.update(xs=xs, ys=ys)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            jobs = [(every, str(out_dir / MODEL_FILE), params)]
            if settings.get("two_pass"):
                for k in range(folds):
                    inside = set(range(bounds[k], bounds[k + 1]))
                    jobs.append(([i for i in every if i not in inside], f"{tmp}/fold{k}.crfsuite", params))
            _run_jobs(jobs, settings.get("workers", 1))
            if settings.get("two_pass"):
                first: list[list[str]] = [[] for _ in range(n)]
                for k in range(folds):
                    tagger = pycrfsuite.Tagger()
                    tagger.open(f"{tmp}/fold{k}.crfsuite")
                    for i in range(bounds[k], bounds[k + 1]):
                        first[i] = tagger.tag(xs[i])
                    tagger.close()
                fx = FeatureExtractor(Gazetteer(), cues, groups)
                xs2 = [None] * n
                for chunk in _doc_chunks(n, settings["doc_size"]):
                    ds = doc_features(fx, [sents[i][0] for i in chunk], [first[i] for i in chunk], bool(settings.get("doc_context")))
                    for i, d in zip(chunk, ds):
                        xs2[i] = [a + b for a, b in zip(xs[i], d)]
                _FORK.update(xs=xs2)
                _train_crf((every, str(out_dir / MODEL2_FILE), params))
    finally:
        _FORK.clear()
    return FeatureExtractor(build_gazetteer(sents), cues, groups)


def _save_features(out_dir: Path, extractor: FeatureExtractor, cues: dict, settings: dict) -> None:
    spec = {
        "gazetteer": extractor.gaz.to_json(),
        "cues": {
            k: list(v)
            for k, v in cues.items()
            if not k.startswith(LEXICON_PREFIX) or k.removeprefix(LEXICON_PREFIX) in extractor.lex_kinds
        },
        "groups": sorted(extractor.groups) if extractor.groups is not None else None,
        "two_pass": bool(settings.get("two_pass")),
        "doc_size": settings.get("doc_size"),
        "doc_context": bool(settings.get("doc_context")),
    }
    (out_dir / FEATURES_FILE).write_text(json.dumps(spec, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    if not settings.get("two_pass"):
        (out_dir / MODEL2_FILE).unlink(missing_ok=True)


def train(
    train_path: Path,
    out_dir: Path,
    *,
    dev_fraction: float = 0.1,
    seed: int = 0,
    refit: bool = True,
    settings: dict | None = None,
    passages: Sequence[str | Path] = (),
) -> dict:
    """Train the CRF from a CoNLL file and write it, with MODEL_CARD.md, into ``out_dir``.

    A ``dev_fraction`` of the sentences (whole blocks, chosen with ``seed``) is held out; the model
    trained on the rest is scored on it, and those dev figures are returned. With ``refit`` (the
    default) the shipped model is then trained again on all the sentences with the same settings.
    ``passages``: YAML files of naba's annotated news passages (:mod:`pipeline.ner_passages`),
    whose sentences are added to the training part (never to the dev split, so the dev figures
    stay ANERcorp's).
    """
    settings = {**DEFAULTS, **(settings or {})}
    if not 0 <= dev_fraction < 1:
        raise ValueError(f"dev_fraction must be in [0, 1), not {dev_fraction}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    sents = read_conll(train_path)
    if len(sents) < 2:
        raise ResourceError(f"{train_path}: too few sentences to train on ({len(sents)})")
    cues = _load_cues()
    extra: list[Sentence] = []
    if passages:
        from pipeline.ner_passages import passage_sentences

        extra = passage_sentences(passages)
    result: dict = {"settings": dict(settings), "train_file": str(train_path), "seed": seed, "dev_fraction": dev_fraction}
    if passages:
        result["passages"] = {"files": [Path(p).name for p in passages], "sentences": len(extra), "words": sum(len(w) for w, _ in extra)}
    if dev_fraction > 0:
        train_part, dev_part = split_dev(sents, dev_fraction, seed)
        fx = _fit(train_part + extra, out_dir, cues, settings)
        _save_features(out_dir, fx, cues, settings)
        _MODELS.pop(str(out_dir.resolve()), None)
        held_out = NerModel(out_dir, fx, settings["two_pass"])
        held_out.doc_context = bool(settings.get("doc_context"))
        report = _evaluate_sentences(dev_part, held_out, settings["doc_size"])
        result["dev"] = report.as_dict()
        result["dev_sentences"] = len(dev_part)
        result["train_sentences"] = len(train_part)
    if refit or dev_fraction <= 0:
        fx = _fit(sents + extra, out_dir, cues, settings)
        _save_features(out_dir, fx, cues, settings)
        _MODELS.pop(str(out_dir.resolve()), None)
        result["refit_sentences"] = len(sents)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    _write_card(out_dir, result, sents)
    return result


# --------------------------------------------------------------------------- evaluation


@dataclass
class EvalReport:
    """Exact-span scores per label and micro-averaged, and tagging speed."""

    per_label: dict[str, dict] = field(default_factory=dict)
    micro: dict = field(default_factory=dict)
    words: int = 0
    seconds: float = 0.0
    words_per_second: float = 0.0

    def as_dict(self) -> dict:
        return {
            "per_label": self.per_label,
            "micro": self.micro,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "words_per_second": round(self.words_per_second),
        }


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": n_gold}


def score_spans(gold: Iterable[set], pred: Iterable[set]) -> tuple[dict[str, dict], dict]:
    """Exact-match scores from per-sentence sets of ``(start, end, LABEL)``."""
    tp: dict[str, int] = {}
    np_: dict[str, int] = {}
    ng: dict[str, int] = {}
    for g, p in zip(gold, pred):
        for s in g:
            ng[s[2]] = ng.get(s[2], 0) + 1
        for s in p:
            np_[s[2]] = np_.get(s[2], 0) + 1
            if s in g:
                tp[s[2]] = tp.get(s[2], 0) + 1
    labels = [lab for lab in ("PERSON", "ORG", "LOC") if lab in ng or lab in np_]
    per = {lab: _prf(tp.get(lab, 0), np_.get(lab, 0), ng.get(lab, 0)) for lab in labels}
    micro = _prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))
    return per, micro


def sentences_text(words: Sequence[Sequence[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """CoNLL sentences as one text (words joined by spaces, a sentence per line) and every word's
    ``(start, end)`` offsets in it, sentence by sentence."""
    parts: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    for sentence in words:
        offs = []
        for i, w in enumerate(sentence):
            if i:
                parts.append(" ")
                pos += 1
            offs.append((pos, pos + len(w)))
            parts.append(w)
            pos += len(w)
        offsets.append(offs)
        parts.append("\n")
        pos += 1
    return "".join(parts), offsets


def _gold_sets(sents: Sequence[Sentence]) -> list[set]:
    return [{(s, e, LABEL_MAP[t]) for s, e, t in spans_from_tags(tags) if t in LABEL_MAP} for _, tags in sents]


def _evaluate_sentences(sents: Sequence[Sentence], model: NerModel, doc_size: int = 1) -> EvalReport:
    """Scores of a model on sentences, without spaCy (used for the dev split while training).

    Consecutive sentences are read as documents of ``doc_size`` sentences.
    """
    t0 = time.perf_counter()
    pred: list[set] = []
    for chunk in _doc_chunks(len(sents), max(doc_size, 1)):
        found = model.predict_doc([sents[i][0] for i in chunk])
        pred.extend({(s, e, LABEL_MAP[t]) for s, e, t, _ in f if t in LABEL_MAP} for f in found)
    seconds = time.perf_counter() - t0
    per, micro = score_spans(_gold_sets(sents), pred)
    words = sum(len(w) for w, _ in sents)
    return EvalReport(per, micro, words, seconds, words / seconds if seconds else 0.0)


def evaluate(conll_path: Path, model_dir: Path | None = None, *, doc_size: int | None = None) -> EvalReport:
    """Exact-span scores of the ``naba_ner`` component on a CoNLL file, and its speed.

    The file's words become spaCy ``Doc`` objects (so tokenisation matches the gold), each holding
    ``doc_size`` consecutive sentences (default: the document size the model was trained with; a
    CoNLL file does not mark where articles end), and the component runs on them; the time
    counted is the component's alone.
    """
    import spacy

    sents = read_conll(conll_path)
    nlp = spacy.blank("ar")
    component = nlp.add_pipe("naba_ner", config={"model_dir": str(model_dir) if model_dir is not None else None})
    model = component.model  # load before timing
    size = max(doc_size or model.doc_size, 1)
    docs, bounds = [], []
    for chunk in _doc_chunks(len(sents), size):
        words = [w for i in chunk for w in sents[i][0]]
        starts = [j == 0 for i in chunk for j in range(len(sents[i][0]))]
        docs.append(Doc(nlp.vocab, words=words, sent_starts=starts))
        offsets, pos = [], 0
        for i in chunk:
            offsets.append((pos, pos + len(sents[i][0])))
            pos += len(sents[i][0])
        bounds.append(offsets)
    t0 = time.perf_counter()
    docs = [component(doc) for doc in docs]
    seconds = time.perf_counter() - t0
    pred: list[set] = []
    for doc, offsets in zip(docs, bounds):
        for lo, hi in offsets:
            pred.append({(s.start - lo, s.end - lo, s.label_) for s in doc.spans[SPAN_KEY] if lo <= s.start < hi})
    per, micro = score_spans(_gold_sets(sents), pred)
    words = sum(len(w) for w, _ in sents)
    return EvalReport(per, micro, words, seconds, words / seconds if seconds else 0.0)


def format_report(report: EvalReport) -> str:
    """The report as a plain-text table."""
    lines = [f"{'label':<8}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>9}"]
    for label, m in [*report.per_label.items(), ("micro", report.micro)]:
        lines.append(f"{label:<8}{m['precision']:>10.4f}{m['recall']:>10.4f}{m['f1']:>10.4f}{m['support']:>9}")
    lines.append(f"{report.words} words in {report.seconds:.2f} s: {report.words_per_second:,.0f} words/s")
    return "\n".join(lines)


# --------------------------------------------------------------------------- model card


def _write_card(out_dir: Path, result: dict, sents: Sequence[Sentence]) -> None:
    from pipeline.ner_card import render_card

    (out_dir / CARD_FILE).write_text(render_card(result, sents, out_dir, dt.date.today()), encoding="utf-8")


def write_test_figures(report: EvalReport, conll_path: Path, model_dir: Path | None = None) -> Path:
    """Put a test report into the model card (between its TEST markers); returns the card's path."""
    from pipeline.ner_card import replace_test_section, table

    card = (Path(model_dir) if model_dir is not None else resources.model_dir("ner")) / CARD_FILE
    d = report.as_dict()
    body = (
        f"`python -m pipeline.ner evaluate {Path(conll_path).name} --card` (documents of "
        f"{load_model(model_dir).doc_size} consecutive sentences), {dt.date.today().isoformat()}:\n\n"
        + table(d)
        + f"\n\nSpeed of the component alone: {d['words']} words in {d['seconds']:.2f} s, "
        f"{d['words_per_second']:,} words/s on one core."
    )
    card.write_text(replace_test_section(card.read_text(encoding="utf-8"), body), encoding="utf-8")
    return card


def main(argv: list[str] | None = None) -> int:
    """Usage: python -m pipeline.ner train FILE [OUT_DIR] [--passages YAML ...]
       python -m pipeline.ner evaluate FILE [MODEL_DIR] [--doc-size N] [--card]
       python -m pipeline.ner lexicon [WORDS_DIR]   (rewrite data/words/ner_lex_*.txt from CLDR)"""
    argv = list(sys.argv[1:] if argv is None else argv)
    card = "--card" in argv
    doc_size = None
    if "--doc-size" in argv:
        i = argv.index("--doc-size")
        doc_size = int(argv[i + 1])
        del argv[i : i + 2]
    argv = [a for a in argv if a != "--card"]
    passages: list[Path] = []
    if "--passages" in argv:
        i = argv.index("--passages")
        passages = [Path(a) for a in argv[i + 1 :]]
        del argv[i:]
    if len(argv) >= 2 and argv[0] == "train":
        out = Path(argv[2]) if len(argv) > 2 else resources.model_dir("ner")
        result = train(Path(argv[1]), out, passages=passages)
        print(json.dumps(result, indent=1, ensure_ascii=False))
        return 0
    if argv and argv[0] == "lexicon":
        for path in write_lexicon(Path(argv[1]) if len(argv) > 1 else None):
            print(path)
        return 0
    if len(argv) >= 2 and argv[0] == "evaluate":
        model_dir = Path(argv[2]) if len(argv) > 2 else None
        report = evaluate(Path(argv[1]), model_dir, doc_size=doc_size)
        print(format_report(report))
        if card:
            print(f"written to {write_test_figures(report, Path(argv[1]), model_dir)}")
        return 0
    print(main.__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
