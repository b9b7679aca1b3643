"""The second, independent annotations of six ANERcorp-train ranges (tests/golden/quotes/agreement/)
that benchmarks/quotes_agreement.py scores against the first: each is well formed over the same
range as its first annotation, and the scoring of an annotation as predictions is exact (an
annotation scored against itself agrees on every quote and speaker)."""

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_agreement as qa  # noqa: E402
import quotes_bench as qb  # noqa: E402

SECOND = sorted(qa.SECOND.glob("train_*.yaml"))


def test_every_second_annotation_has_its_first_and_is_kept_out_of_the_dev_set():
    assert len(SECOND) >= 6
    dev = {p.resolve() for p in (qb.GOLDEN / "anercorp").glob("*.yaml")}
    for p in SECOND:
        assert (qa.FIRST / p.name).exists()
        assert p.resolve() not in dev
        assert "independently" in p.read_text(encoding="utf-8").split("split:")[0]


@pytest.mark.parametrize("path", SECOND, ids=lambda p: p.stem)
def test_each_second_annotation_indexes_tokens_of_its_own_range(path):
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    first = yaml.safe_load((qa.FIRST / path.name).read_text(encoding="utf-8"))
    assert raw["range"] == first["range"] and raw["split"] == "train"
    sents = qb._read_conll(qb.ANERCORP / "train.txt")
    lo, hi = raw["range"]
    for q in raw["quotes"]:
        assert lo <= q["s"] < hi and q["kind"] in ("direct", "indirect", "according_to")
        n = len(sents[q["s"]])
        a, b = q["content"]
        assert 0 <= a < b <= n and 0 <= q["cue"] < n
        if q.get("speaker"):
            ss, sa, sb = q["speaker"]
            assert lo <= ss < hi and 0 <= sa < sb <= len(sents[ss])


@pytest.mark.parametrize("path", SECOND, ids=lambda p: p.stem)
def test_an_annotation_scored_against_itself_agrees_on_every_quote(path):
    case, raw = qb.load_anercorp(path)
    quotes, keys = qa.as_predictions(case, raw)
    c = qa._total(qb.score_anercorp_case(case, quotes, keys))
    assert c.gold == c.pred == c.overlap == c.exact == c.speaker_ok == len(raw["quotes"])
    assert qa.figures(c) == (1.0, 1.0)


def test_leaving_out_the_lost_cue_sentences_drops_them_on_both_sides():
    stem = SECOND[0].stem
    raw1 = yaml.safe_load((qa.FIRST / f"{stem}.yaml").read_text(encoding="utf-8"))
    raw2 = yaml.safe_load((qa.SECOND / f"{stem}.yaml").read_text(encoding="utf-8"))
    skip = qa.lost_cue_sentences(raw1, raw2)
    lo = raw1["range"][0]
    assert skip and all(any(q["s"] - lo == s and q["cue"] == 0 for r in (raw1, raw2) for q in r["quotes"]) for s in skip)
    full, part = qa.agreement(stem), qa.agreement(stem, skip_lost=True)
    in_skip = lambda raw: sum(q["s"] - lo in skip for q in raw["quotes"])  # noqa: E731
    assert part["second against first"].gold == full["second against first"].gold - in_skip(raw1)
    assert part["second against first"].pred == full["second against first"].pred - in_skip(raw2)
    assert part["naba against first"].pred < full["naba against first"].pred
    assert qa.first_dir("test_0000_0463") == qa.TEST_FIRST and qa.first_dir(stem) == qa.FIRST


TEST_SECOND = sorted(qa.SECOND.glob("test_*.yaml"))


def test_the_test_splits_second_annotation_is_held_out_and_covers_the_first():
    assert len(TEST_SECOND) == 2
    for p in TEST_SECOND:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
        first = yaml.safe_load((qa.TEST_FIRST / p.name).read_text(encoding="utf-8"))
        assert raw["split"] == first["split"] == "test" and raw["range"] == first["range"]
        assert "HELD OUT" in p.read_text(encoding="utf-8").split("split:")[0]
        sents = qb._read_conll(qb.ANERCORP / "test.txt")
        lo, hi = raw["range"]
        for q in raw["quotes"]:
            assert lo <= q["s"] < hi and q["kind"] in ("direct", "indirect", "according_to")
            a, b = q["content"]
            assert 0 <= a < b <= len(sents[q["s"]]) and 0 <= q["cue"] < len(sents[q["s"]])
            if q.get("speaker"):
                ss, sa, sb = q["speaker"]
                assert lo <= ss < hi and 0 <= sa < sb <= len(sents[ss])
        case, _ = qb.load_anercorp(p)
        quotes, keys = qa.as_predictions(case, raw)
        c = qa._total(qb.score_anercorp_case(case, quotes, keys))
        assert c.gold == c.pred == c.speaker_ok == len(raw["quotes"])
