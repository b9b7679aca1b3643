"""The statistical NER component (pipeline/ner.py): data reading, scoring, train → save → load →
predict on a tiny corpus, the spaCy component's output, and the shipped model on plain sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from pipeline import ner
from pipeline.ner_features import FeatureExtractor, build_gazetteer, doc_features

TINY = [
    ("قال الرئيس محمد حسني مبارك في القاهرة إن شركة أرامكو ستبني مصنعا .",
     "O O B-PERS I-PERS I-PERS O B-LOC O O B-ORG O O O"),
    ("وزار الرئيس جورج بوش بغداد أمس مع وفد من شركة بوينغ .",
     "O O B-PERS I-PERS B-LOC O O O O O B-ORG O"),
    ("وأعلنت شركة مايكروسوفت في واشنطن عن نظام ويندوز الجديد .",
     "O O B-ORG O B-LOC O O B-MISC O O"),
    ("وقال الوزير أحمد ماهر في دمشق إن الأمم المتحدة ستتدخل .",
     "O O B-PERS I-PERS O B-LOC O B-ORG I-ORG O O"),
    ("والتقى الملك عبد الله في عمان بوفد من منظمة الصحة العالمية .",
     "O O B-PERS I-PERS O B-LOC O O B-ORG I-ORG I-ORG O"),
    ("وذكرت وكالة رويترز أن الرئيس بوش سيزور القاهرة .",
     "O B-ORG I-ORG O O B-PERS O B-LOC O"),
]


def _write_conll(path: Path, sentences=TINY, repeat: int = 4) -> Path:
    lines = []
    for _ in range(repeat):
        for words, tags in sentences:
            ws, ts = words.split(), tags.split()
            assert len(ws) == len(ts)
            lines += [f"{w} {t}" for w, t in zip(ws, ts)] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_read_conll_and_spans(tmp_path):
    sents = ner.read_conll(_write_conll(tmp_path / "t.txt", repeat=1))
    assert len(sents) == len(TINY)
    words, tags = sents[0]
    assert words[2:5] == ["محمد", "حسني", "مبارك"]
    assert ner.spans_from_tags(tags) == [(2, 5, "PERS"), (6, 7, "LOC"), (9, 10, "ORG")]
    # an I- after O or after another type opens a span (conlleval's reading)
    assert ner.spans_from_tags(["I-ORG", "I-ORG", "O", "B-LOC", "I-PERS"]) == [(0, 2, "ORG"), (3, 4, "LOC"), (4, 5, "PERS")]


def test_read_conll_rejects_bad_tag(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("كلمة X-PERS\n", encoding="utf-8")
    with pytest.raises(ner.ResourceError, match="bad.txt:1"):
        ner.read_conll(bad)


def test_split_dev_is_reproducible_and_disjoint():
    sents = [([str(i)], ["O"]) for i in range(400)]
    a_train, a_dev = ner.split_dev(sents, 0.1, seed=0)
    b_train, b_dev = ner.split_dev(sents, 0.1, seed=0)
    assert a_dev == b_dev and a_train == b_train
    assert len(a_dev) == 50 or len(a_dev) == 40 or 40 <= len(a_dev) <= 50
    assert not {s[0][0] for s in a_dev} & {s[0][0] for s in a_train}
    assert len(a_train) + len(a_dev) == 400
    assert ner.split_dev(sents, 0.1, seed=1)[1] != a_dev


def test_score_spans_exact_match():
    gold = [{(0, 2, "PERSON"), (3, 4, "LOC")}, {(1, 2, "ORG")}]
    pred = [{(0, 2, "PERSON"), (3, 5, "LOC")}, {(1, 2, "ORG"), (0, 1, "ORG")}]
    per, micro = ner.score_spans(gold, pred)
    assert per["PERSON"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 1}
    assert per["LOC"]["f1"] == 0.0
    assert per["ORG"]["precision"] == 0.5 and per["ORG"]["recall"] == 1.0
    assert micro["precision"] == 0.5 and micro["recall"] == pytest.approx(2 / 3, abs=1e-4)


def test_features_peel_clitics_and_use_gazetteer():
    gaz = build_gazetteer([(["واشنطن", "قال"], ["B-LOC", "O"])])
    fx = FeatureExtractor(gaz, {"person": ["قال"]})
    feats = fx.sentence_features(["وواشنطن", "قال"])
    assert "peel=واشنطن" in feats[0] and "gzp=LOC" in feats[0]
    assert "+1:cue=person" in feats[0] and "cue=person" in feats[1]
    # per-word features are cached: the same list object comes back
    assert fx._cached("قال") is fx._cached("قال")


def test_phrase_gazetteer_marks_multiword_entities():
    gaz = build_gazetteer([(["قال", "والأمم", "المتحدة", "إن"], ["O", "B-ORG", "I-ORG", "O"])])
    assert gaz.phrases == {"امم المتحده": {"ORG": 1}}
    fx = FeatureExtractor(gaz, groups=["phrase"])
    feats = fx.sentence_features(["في", "للأمم", "المتحدة", "أمس"])
    assert "ph=B-ORG" in feats[1] and "ph=I-ORG" in feats[2]
    assert not any(f.startswith("ph=") for f in feats[0] + feats[3])


def test_doc_features_carry_tags_found_elsewhere_in_the_document():
    fx = FeatureExtractor(build_gazetteer([]))
    words = [["قال", "علي", "بن", "أبي", "طالب"], ["ثم", "خرج", "لعلي", "وجيشه"]]
    tags = [["O", "B-PERS", "I-PERS", "I-PERS", "I-PERS"], ["O", "O", "O", "O"]]
    feats = doc_features(fx, words, tags)
    assert "d=B-PERS" in feats[1][2] and "d=PERS" in feats[1][2]  # لعلي: tagged علي elsewhere
    assert "t1=O" in feats[1][2] and "d=none" in feats[1][1]
    assert "d=none" in feats[0][1]  # its own tag does not count
    with_context = doc_features(fx, words, tags, context=True)
    assert "d-1=PERS" in with_context[1][3] and "d+1=PERS" in with_context[1][1]
    assert not any(f.startswith(("d-1=", "d+1=")) for f in feats[1][3] + feats[1][1])


@pytest.mark.parametrize("two_pass", [False, True])
def test_train_save_load_predict(tmp_path, two_pass):
    conll = _write_conll(tmp_path / "train.txt")
    out = tmp_path / "model"
    settings = {"max_iterations": 30, "folds": 2, "two_pass": two_pass, "doc_size": 3, "workers": 1}
    result = ner.train(conll, out, dev_fraction=0.25, seed=0, settings=settings)
    assert set(result["dev"]["micro"]) == {"precision", "recall", "f1", "support"}
    assert ner.model_available(out)
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in card and "Benajiba" in card and "CAMeL Lab" in card
    assert (out / "model2.crfsuite").exists() == two_pass

    model = ner.NerModel.load(out)
    found = model.predict(["وقال", "الرئيس", "جورج", "بوش", "في", "القاهرة", "."])
    assert (2, 4, "PERS") in [f[:3] for f in found]
    assert all(0.0 <= f[3] <= 1.0 for f in found)

    report = ner.evaluate(conll, out)
    assert report.micro["f1"] > 0.8  # it has seen these sentences
    assert report.words == sum(len(w.split()) for w, _ in TINY) * 4
    assert report.words_per_second > 0
    text = ner.format_report(report)
    assert "micro" in text and "PERSON" in text and "words/s" in text


def test_component_sets_model_spans(tmp_path):
    conll = _write_conll(tmp_path / "train.txt")
    out = tmp_path / "model"
    ner.train(conll, out, dev_fraction=0, settings={"max_iterations": 30, "folds": 2, "two_pass": False, "workers": 1})
    nlp = spacy.blank("ar")
    nlp.add_pipe("naba_ner", config={"model_dir": str(out)})
    words = ["وأعلنت", "شركة", "مايكروسوفت", "في", "واشنطن", "عن", "نظام", "ويندوز", "الجديد", "."]
    doc = nlp(Doc(nlp.vocab, words=words))
    group = doc.spans["model"]
    labels = {(s.text, s.label_) for s in group}
    assert ("مايكروسوفت", "ORG") in labels and ("واشنطن", "LOC") in labels
    assert all(s.label_ in {"PERSON", "ORG", "LOC"} for s in group)  # MISC (ويندوز) is dropped
    scores = group.attrs["scores"]
    assert len(scores) == len(group) and all(0.0 <= x <= 1.0 for x in scores)


shipped = pytest.mark.skipif(not ner.model_available(), reason="no trained model in data/models/ner")


@shipped
def test_shipped_model_in_the_pipeline():
    from pipeline.nlp import build_nlp

    nlp = build_nlp()
    assert "naba_ner" in nlp.pipe_names
    doc = nlp("قال الرئيس الأمريكي جورج بوش في واشنطن إن شركة مايكروسوفت ستفتح مكتبا في القاهرة.")
    found = {(s.text, s.label_) for s in doc.spans["model"]}
    assert ("جورج بوش", "PERSON") in found
    assert ("واشنطن", "LOC") in found and ("القاهرة", "LOC") in found
    assert any(label == "ORG" and "مايكروسوفت" in text for text, label in found)
    assert len(doc.spans["model"].attrs["scores"]) == len(doc.spans["model"])


@shipped
def test_shipped_model_card_and_size():
    model_dir = ner.resources.model_dir("ner")
    card = (model_dir / "MODEL_CARD.md").read_text(encoding="utf-8")
    for needle in ("CC BY-SA 4.0", "Benajiba", "CAMeL Lab", "PERS → PERSON"):
        assert needle in card
    size = sum(p.stat().st_size for p in model_dir.iterdir() if p.is_file())
    assert size < 50_000_000


def test_training_is_reproducible(tmp_path):
    conll = _write_conll(tmp_path / "train.txt")
    settings = {"max_iterations": 20, "folds": 2, "two_pass": True, "doc_size": 3, "workers": 1}
    a = ner.train(conll, tmp_path / "a", dev_fraction=0.25, seed=3, settings=settings)
    b = ner.train(conll, tmp_path / "b", dev_fraction=0.25, seed=3, settings=settings)
    assert a["dev"]["micro"] == b["dev"]["micro"]
    for name in ("model.crfsuite", "model2.crfsuite", "features.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


@shipped
def test_dropping_unknown_features_and_evicting_the_cache_change_nothing(monkeypatch):
    import pipeline.ner_features as nf

    model = ner.NerModel.load(ner.resources.model_dir("ner"))
    assert model.extractor.known and "b" in model.extractor.known
    # read from the dump with one regex: the set pycrfsuite's own parser gives
    assert model.extractor.known == {a for t in (model.tagger1, model.tagger2) for a, _ in t.info().state_features}
    docs = [
        [w.split() for w in (words for words, _ in TINY)],
        ["قال المتحدث باسم شركة سامسونغ للإلكترونيات كيم هيون في سيول إن الشركة ستبني مصنعا في تكساس .".split()],
    ]
    filtered = [model.predict_doc(d) for d in docs]
    assert any(filtered[0])
    monkeypatch.setattr(nf, "CACHE_WORDS", 4)  # evicts many times per sentence
    model.extractor._cache.clear()
    assert [model.predict_doc(d) for d in docs] == filtered
    assert len(model.extractor._cache) <= 4
    model.extractor.known = None
    model.extractor._cache.clear()
    assert [model.predict_doc(d) for d in docs] == filtered


def test_quoted_names_are_marked_with_the_cue_before_them():
    fx = FeatureExtractor(build_gazetteer([]), {"org": ["شركة"]}, ["quoted"])
    words = "وقال مدير شركة « ريورد مانجمنت » إن « النمو » سيستمر".split()
    feats = dict(zip(range(len(words)), fx.sentence_features(words)))
    assert {"q=in", "q=first", "qcue=org"} <= set(feats[4])
    assert {"q=in", "q=next", "qcue=org"} <= set(feats[5])
    assert "q=in" in feats[9] and not any(f.startswith("qcue") for f in feats[9])  # no cue before it
    assert not any(f.startswith("q=") for f in feats[1] + feats[6] + feats[10])


def test_dictionary_and_frequency_features_read_written_forms():
    fx = FeatureExtractor(build_gazetteer([]), {}, ["dict", "rawknown", "wfreq"])
    centre, _ = fx.word_features("والشركة")
    assert "known=1" in centre  # شركة, not the folded شركه
    assert any(f.startswith("wfb=") and int(f[4:]) >= 4 for f in centre)  # الشركة is frequent
    unseen, _ = fx.word_features("كوندوليزاتس")
    assert {"known=0", "wf=0", "wfb=0"} <= set(unseen)


def test_name_lexicon_marks_single_words_and_multiword_names():
    lex = {"lex:loc": ["القاهرة", "المملكة العربية السعودية"], "lex:lang": ["الفرنسية"], "lex:fname": ["عائشة"]}
    fx = FeatureExtractor(build_gazetteer([]), lex, ["cldr", "fname"])
    words = "وصلت عائشة إلى القاهرة وبالمملكة العربية السعودية".split()
    feats = fx.sentence_features(words)
    assert "lx=fname" in feats[1] and "lx=loc" in feats[3] and "+1:lx=loc" in feats[2]
    assert feats[4].count("lph=B-loc") == 1 and "lph=I-loc" in feats[5] and "lph=I-loc" in feats[6]
    assert "lx=lang" in fx.word_features("الفرنسية")[0]
    # a group left out leaves its lexicon out; lexicon lists never become cue words
    plain = FeatureExtractor(build_gazetteer([]), lex, ["cue"])
    assert not any(f.startswith(("lx=", "lph=")) for feats in plain.sentence_features(words) for f in feats)
    assert plain.cues == {}
    loc_only = FeatureExtractor(build_gazetteer([]), lex, ["cldrloc"])
    assert "lx=lang" not in loc_only.word_features("الفرنسية")[0] and "lx=loc" in loc_only.word_features("بالقاهرة")[0]


def test_shipped_name_lexicon_matches_cldr():
    # babel (Unicode CLDR) comes with trafilatura (through courlan)
    from pipeline import resources
    from pipeline.ner_features import cldr_lexicon

    lexicon = cldr_lexicon()
    assert {"مصر", "القاهرة", "الولايات المتحدة"} <= set(lexicon["loc"])
    assert "الأمم المتحدة" in lexicon["org"] and "الأمم المتحدة" not in lexicon["loc"]
    assert "نوم" not in lexicon["loc"]  # three letters or fewer: a common word (Nome)
    for kind, names in lexicon.items():
        assert list(resources.word_list(f"ner_lex_{kind}")) == names


def test_org_chain_marks_the_words_after_the_head_noun():
    fx = FeatureExtractor(build_gazetteer([]), {"org": ["منظمة"]}, ["orgchain"])
    words = "في المنظمة العالمية للملكية الفكرية في جنيف".split()
    feats = fx.sentence_features(words)
    assert "oc=head" in feats[1]
    assert "oc=1:al" in feats[2] and "oc=2:ll" in feats[3] and "oc=3:al" in feats[4]
    assert not any(f.startswith("oc=") for f in feats[0] + feats[5] + feats[6])


# --------------------------------------------------------------------------- naba's passages as training data

PASSAGES = """\
- id: t01
  text: |-
    قال وزير الطاقة خالد الفالح في الرياض إن أرامكو (Aramco) ستزيد إنتاجها بطلب من الأمم المتحدة.
    وأضاف الفالح أن وأرامكو لا تنوي البيع، وأكد للأمم المتحدة ذلك.
  mentions:
    - [PERSON, خالد الفالح, 1, faleh]
    - [LOC, الرياض]
    - [ORG, أرامكو, 1, aramco]
    - [ORG, Aramco, 1, aramco]
    - [PERSON, الفالح, 2, faleh]
    - [ORG, الأمم المتحدة, 1, un]
"""


def test_passages_become_tagged_sentences_as_naba_tokenises_them(tmp_path):
    from pipeline.ner_passages import passage_sentences, to_conll

    path = tmp_path / "p.yaml"
    path.write_text(PASSAGES, encoding="utf-8")
    sents = passage_sentences([path])
    assert len(sents) == 2  # naba's sentence rules: one per line here
    tagged = [{w: t for w, t in zip(*s)} for s in sents]
    assert tagged[0]["خالد"] == "B-PERS" and tagged[0]["الفالح"] == "I-PERS"
    assert tagged[0]["الرياض"] == "B-LOC" and tagged[0]["أرامكو"] == "B-ORG"
    assert tagged[0]["Aramco"] == "O"  # a Latin alias is left to the entity stage
    assert tagged[0]["("] == "O" and tagged[0]["إن"] == "O"
    assert tagged[1]["الفالح"] == "B-PERS"  # the 2nd occurrence of the string
    # names fused with a clitic, left unmarked by the annotator, are tagged as ANERcorp tags them
    assert tagged[1]["وأرامكو"] == "B-ORG"
    assert tagged[1]["للأمم"] == "B-ORG" and tagged[1]["المتحدة"] == "I-ORG"
    assert tagged[1]["وأكد"] == "O" and tagged[1]["البيع"] == "O"
    conll = to_conll(sents)
    assert "خالد B-PERS\n" in conll and conll.endswith(".\tO\n\n".replace("\t", " "))


def test_a_mention_missing_from_its_passage_is_a_clear_error(tmp_path):
    from pipeline.errors import ResourceError
    from pipeline.ner_passages import passage_sentences

    path = tmp_path / "bad.yaml"
    path.write_text(PASSAGES.replace("[LOC, الرياض]", "[LOC, جدة]"), encoding="utf-8")
    with pytest.raises(ResourceError, match=r"bad\.yaml: t01: mention 'جدة'"):
        passage_sentences([path])


def test_training_adds_passages_to_the_training_part_only(tmp_path):
    conll = _write_conll(tmp_path / "train.txt")
    path = tmp_path / "p.yaml"
    path.write_text(PASSAGES, encoding="utf-8")
    settings = {"max_iterations": 20, "folds": 2, "two_pass": False, "workers": 1}
    plain = ner.train(conll, tmp_path / "a", dev_fraction=0.25, seed=0, settings=settings)
    more = ner.train(conll, tmp_path / "b", dev_fraction=0.25, seed=0, settings=settings, passages=[path])
    assert more["passages"] == {"files": ["p.yaml"], "sentences": 2, "words": more["passages"]["words"]}
    assert more["dev_sentences"] == plain["dev_sentences"]  # the dev split is the CoNLL file's alone
    assert more["train_sentences"] == plain["train_sentences"]
    gaz = (tmp_path / "b" / "features.json").read_text(encoding="utf-8")
    assert "الفالح" in gaz and "الفالح" not in (tmp_path / "a" / "features.json").read_text(encoding="utf-8")
    assert "p.yaml" in (tmp_path / "b" / "MODEL_CARD.md").read_text(encoding="utf-8")
