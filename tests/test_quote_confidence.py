"""The quotes' learned confidence (pipeline/quote_confidence.py, benchmarks/quotes_calibrate.py)."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest

from pipeline import quote_confidence as qc
from pipeline.drafts import MentionDraft, QuoteDraft
from pipeline.nlp import get_nlp, sentence_spans

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
_spec = importlib.util.spec_from_file_location("quotes_calibrate", ROOT / "benchmarks" / "quotes_calibrate.py")
cal = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cal)

TEXT = (
    "أعلنت الشركة نتائجها أمس.\n"
    "وقال الرئيس التنفيذي محمد العلي إن الأرباح ارتفعت بنسبة كبيرة خلال الربع الثالث من العام.\n"
    "وأضاف أن الشركة ستفتتح مصنعا جديدا في الرياض.\n"
)


def _case():
    ms = []
    for label, surface in (("PERSON", "محمد العلي"), ("GPE", "الرياض")):
        i = TEXT.index(surface)
        ms.append(MentionDraft(i, i + len(surface), surface, label, "lexicon", 0.9))
    sents = sentence_spans(get_nlp(model=False)(TEXT))
    return sents, ms


def test_features_say_where_the_speaker_was_found():
    sents, ms = _case()
    quotes, _ = qc.extract(TEXT, sents, ms)
    assert [q.kind for q in quotes] == ["indirect", "indirect"]
    first, second = qc.features(TEXT, sents, ms, quotes)
    # «وقال الرئيس التنفيذي محمد العلي إن»: the name after the cue, in its sentence
    assert first["cue=say"] == 1 and first["cue_prefixed"] == 1 and first["speaker_after_cue"] == 1
    assert first["speaker_label=PERSON"] == 1 and "speaker_earlier_sentence" not in first
    assert first["speaker_gap_log"] == pytest.approx(math.log1p(2))  # الرئيس التنفيذي
    # «وأضاف أن»: no subject, the speaker carried from the sentence before
    assert second["cue=add"] == 1 and second["speaker_earlier_sentence"] == 1
    assert "speaker_after_cue" not in second and "speaker_none" not in second


def test_a_null_speaker_and_a_frame():
    text = "ارتفعت الأسعار بنسبة عشرة في المئة، بحسب مصادر مطلعة.\n"
    q = QuoteDraft("according_to", (0, text.index("،")), (text.index("بحسب"), text.index("بحسب") + 4), None, None, 0.7, 0)
    (f,) = qc.features(text, [(0, len(text))], [], [q])
    assert f["speaker_none"] == 1 and f["cue=frame"] == 1 and f["kind=according_to"] == 1
    assert not any(k.startswith("speaker_label") for k in f)


def test_calibrate_replaces_the_confidence_with_the_models_probability():
    sents, ms = _case()
    from pipeline.quotes import extract_quotes

    raw, _ = extract_quotes(TEXT, sents, ms)
    weights = {"bias": -1.0, "speaker_earlier_sentence": 3.0}
    out = qc.calibrate(TEXT, sents, ms, raw, weights=weights)
    assert [q.confidence for q in out] == [round(1 / (1 + math.exp(1.0)), 3), round(1 / (1 + math.exp(-2.0)), 3)]
    assert [(q.kind, q.content, q.cue, q.speaker, q.role, q.sentence) for q in out] == [
        (q.kind, q.content, q.cue, q.speaker, q.role, q.sentence) for q in raw
    ]
    # no model: the stage's own confidence stays
    assert qc.calibrate(TEXT, sents, ms, raw, weights={}) == raw


def test_the_pipeline_stores_the_learned_confidence(monkeypatch):
    from pipeline.run import extract_article
    from schemas import Article

    article = Article(id="a" * 16, text=TEXT)
    shipped = extract_article(article)
    assert shipped.quotes and qc._model() is not None
    # a model that only knows a bias gives every quote its probability
    monkeypatch.setattr(qc, "_model", lambda: {"bias": 0.0})
    flat = extract_article(article)
    assert [q.confidence for q in flat.quotes] == [0.5] * len(shipped.quotes)
    assert [q.content for q in flat.quotes] == [q.content for q in shipped.quotes]
    monkeypatch.setattr(qc, "_model", lambda: {"bias": 2.0, "speaker_earlier_sentence": -4.0})
    sloped = extract_article(article)
    assert [q.confidence for q in sloped.quotes] == [0.881, 0.119]


def test_shipped_model_is_the_one_the_first_looks_give():
    # data/quote_confidence.json is made by `quotes_calibrate.py --write`: refitting gives it back,
    # so the file matches today's features and first-look files
    model = json.loads(qc.MODEL_PATH.read_text(encoding="utf-8"))
    ranges = [cal.load_range(p) for p in sorted(cal.FIRSTLOOK.glob("*.json"))]
    assert len(ranges) == model["trained_on"]["ranges"]
    names = model["features"]
    X = np.array([[f.get(n, 0.0) for n in names] for r in ranges for f in r[4]])
    y = np.array([ok for r in ranges for ok in r[5]], dtype=float)
    assert sorted({k for r in ranges for f in r[4] for k in f}) == sorted(names)
    w = cal.fit(X, y, model["l2"])
    assert np.allclose(w, model["weights"], atol=1e-3)


def test_first_look_labels_agree_with_the_benchmark():
    for name, case, quotes, keys, _, right in (cal.load_range(p) for p in sorted(cal.FIRSTLOOK.glob("*.json"))[:6]):
        total = cal.qb.Counts()
        for c in cal.qb.score_anercorp_case(case, quotes, keys).values():
            total.add(c)
        assert total.speaker_ok == sum(right), name
        assert total.pred == len(quotes), name


def test_learned_confidence_ranks_held_out_quotes_better_than_the_hand_set_one():
    # each range's first look scored by a model that never saw that range
    ranges = [cal.load_range(p) for p in sorted(cal.FIRSTLOOK.glob("*.json"))]
    names = sorted({k for r in ranges for f in r[4] for k in f})
    learned, stage, ys = [], [], []
    for i, r in enumerate(ranges):
        train = [x for j, o in enumerate(ranges) if j != i for x in zip(o[4], o[5])]
        X = np.array([[f.get(n, 0.0) for n in ["bias"] + [n for n in names if n != "bias"]] for f, _ in train])
        w = cal.fit(X, np.array([ok for _, ok in train], dtype=float), 1.0)
        wd = dict(zip(["bias"] + [n for n in names if n != "bias"], w))
        learned += [qc.probability(f, wd) for f in r[4]]
        stage += [q.confidence for q in r[2]]
        ys += r[5]
    y = np.array(ys, dtype=float)
    assert cal.log_loss(y, np.array(learned)) < cal.log_loss(y, np.array(stage)) - 0.02
    # at 0.8 the learned confidence keeps quotes that are right more often than the hand-set one
    def precision(scores, t):
        kept = [ok for s, ok in zip(scores, ys) if s >= t]
        return sum(kept) / len(kept)

    assert precision(learned, 0.8) >= precision(stage, 0.8) + 0.03


def test_first_look_error_counts_add_up():
    spec = importlib.util.spec_from_file_location("quotes_firstlook", ROOT / "benchmarks" / "quotes_firstlook.py")
    fl = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fl)
    counts = fl.errors()
    ranges = [cal.load_range(p) for p in sorted(cal.FIRSTLOOK.glob("*.json"))]
    gold = sum(len(r[1].quotes) for r in ranges)
    predicted = sum(len(r[2]) for r in ranges)
    found = sum(n for k, n in counts.items() if k == "right" or k.startswith("content found"))
    assert found + sum(n for k, n in counts.items() if k.startswith("missed")) == gold
    assert found + sum(n for k, n in counts.items() if k.startswith("spurious")) == predicted
    assert counts["right"] == sum(sum(r[5]) for r in ranges)
    # every range annotated as held out has its first look stored
    assert {r[0] for r in ranges} == set(fl.FIRST_LOOK)
