"""Golden test: what naba must extract from the seed article (the Meta–NVIDIA partnership)."""

import datetime as dt
from pathlib import Path

import pytest

from pipeline import extract

SEED = next((Path(__file__).parent.parent / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def rec():
    return extract(SEED.read_text(encoding="utf-8"))


def _entity(rec, label, latin):
    found = [e for e in rec.entities if e.label == label and (e.latin or "").lower() == latin.lower()]
    assert len(found) == 1, f"{label} {latin}: {[(e.key, e.name, e.latin) for e in rec.entities if e.label == label]}"
    return found[0]


def _keys_of_text(rec, text, label=None):
    return {m.entity_key for m in rec.mentions if m.text == text and (label is None or m.label == label)}


def _mention_at(rec, needle, inside):
    """The mention whose text is ``needle`` inside the first occurrence of the phrase ``inside``."""
    text = rec.article.text
    at = text.index(inside) + inside.index(needle)
    found = [m for m in rec.mentions if m.start == at and m.text == needle]
    assert found, f"no mention {needle!r} in {inside!r}"
    return found[0]


def test_companies_are_one_entity_each_with_latin_name(rec):
    meta = _entity(rec, "ORG", "Meta")
    nvidia = _entity(rec, "ORG", "NVIDIA")
    assert meta.name == "ميتا" and meta.org_type == "company"
    assert nvidia.name == "إنفيديا" and nvidia.org_type == "company"
    assert _keys_of_text(rec, "ميتا", "ORG") == {meta.key}
    assert _keys_of_text(rec, "إنفيديا", "ORG") == {nvidia.key}
    assert _mention_at(rec, "NVIDIA", "شركاء NVIDIA").entity_key == nvidia.key
    assert _mention_at(rec, "NVIDIA", "من NVIDIA").entity_key == nvidia.key
    assert _mention_at(rec, "إنفيديا", "وإنفيديا").entity_key == nvidia.key  # clitic و outside the span


def test_source_site_is_an_organisation(rec):
    m = _mention_at(rec, "interestingengineering", "موقع interestingengineering")
    assert m.label == "ORG"


def test_people_are_one_entity_across_spellings(rec):
    zuck = _mention_at(rec, "زوكربيرغ", "بين زوكربيرغ")
    assert zuck.label == "PERSON"
    assert _mention_at(rec, "مارك زوكربيرج", "قال مارك زوكربيرج").entity_key == zuck.entity_key
    huang = _mention_at(rec, "جنسن هوانغ", "قال جنسن هوانغ")
    assert huang.label == "PERSON"
    latin_keys = _keys_of_text(rec, "Jensen Huang")
    entity = next(e for e in rec.entities if e.key == huang.entity_key)
    assert latin_keys <= {huang.entity_key} and entity.latin == "Jensen Huang"
    assert _mention_at(rec, "جنسن هوانغ", "وجنسن هوانغ").entity_key == huang.entity_key


@pytest.mark.parametrize(
    "latin", ["Blackwell", "Rubin", "Spectrum-X", "Grace", "Vera", "GB300", "Vera Rubin", "WhatsApp", "Confidential Computing"]
)
def test_products(rec, latin):
    _entity(rec, "PRODUCT", latin)


def test_arabic_product_spellings(rec):
    assert _mention_at(rec, "واتساب", "تطبيق واتساب").label == "PRODUCT"
    assert _mention_at(rec, "الحوسبة السرية", "تقنية الحوسبة السرية").label == "PRODUCT"


def test_date_by_2027(rec):
    found = [d for d in rec.dates if "2027" in d.text]
    assert len(found) == 1
    d = found[0]
    assert d.text.endswith("2027") and d.granularity == "year"
    assert (d.date_start, d.date_end) == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert not any(x.text == "متعددة السنوات" and not x.is_duration for x in rec.dates)


def _speaker(rec, q):
    return next((e.latin for e in rec.entities if e.key == q.speaker_key), None)


def test_quotes(rec):
    got = [(q.kind, _speaker(rec, q), q.cue.text, q.content.text) for q in rec.quotes]
    def has(kind, speaker, cue, start):
        return any(k == kind and s == speaker and c == cue and t.startswith(start) for k, s, c, t in got)
    assert has("direct", "Jensen Huang", "قال", "لا أحد ينشر"), got
    assert has("direct", "Mark Zuckerberg", "قال", "نحن متحمسون"), got
    assert has("indirect", "Mark Zuckerberg", "وأضاف", "فرق الهندسة"), got
    assert any(k == "according_to" and s == "Interesting Engineering" or (k == "according_to" and "interestingengineering" in (q.speaker.text if q.speaker else "")) for (k, s, c, t), q in zip(got, rec.quotes)), got


def _rels(rec):
    name = {e.key: e.latin or e.name for e in rec.entities}
    return {(name[r.subject_key], r.predicate, name[r.object_key]): r for r in rec.relations}


def test_relations(rec):
    rels = _rels(rec)
    assert ("Meta", "partner_of", "NVIDIA") in rels or ("NVIDIA", "partner_of", "Meta") in rels
    assert rels[("Jensen Huang", "role_at", "NVIDIA")].attribute == "المؤسس والرئيس التنفيذي"
    assert rels[("Mark Zuckerberg", "role_at", "Meta")].attribute == "المؤسس والرئيس التنفيذي"
    for product in ["Blackwell", "Rubin", "Grace", "Vera", "GB300", "Spectrum-X"]:
        assert ("NVIDIA", "makes", product) in rels, product
    for product in ["Spectrum-X", "Grace", "Vera", "GB300"]:
        assert ("Meta", "deploys", product) in rels, product
    assert ("NVIDIA", "deploys", "Vera") not in rels  # the maker does not deploy its own product


def test_every_relation_has_its_sentence_as_evidence(rec):
    sentences = {(s.start, s.end) for s in rec.sentences}
    assert rec.relations and all((r.evidence.start, r.evidence.end) in sentences for r in rec.relations)
