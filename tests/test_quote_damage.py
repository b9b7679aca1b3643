"""benchmarks/quotes_damage.py: train.txt given the damage of ANERcorp's test.txt (each sentence's
first token replaced by a stray one) keeps every other token and so every annotation's offsets;
the annotation follows the damage; and the damaged text costs the quote stage exactly the quotes
whose cue was the lost token, on the rows the script prints."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_bench as qb  # noqa: E402
import quotes_damage as qd  # noqa: E402

RANGE = qd.GOLDEN / "train_2740_2840.yaml"


@pytest.fixture(scope="module")
def sents():
    return qb._read_conll(qb.ANERCORP / "train.txt")


def test_damage_replaces_only_the_first_token_of_each_sentence(sents):
    bad = qd.damage(sents, 3)
    assert len(bad) == len(sents)
    assert all(len(b) == len(s) and b[1:] == s[1:] for b, s in zip(bad, sents))
    changed = sum(b[0] != s[0] for b, s in zip(bad, sents))
    assert changed > 0.9 * len(sents)
    assert qd.damage(sents, 3) == bad and qd.damage(sents, 4) != bad


def test_the_annotation_loses_a_speakers_first_word_with_the_text():
    gold = {"range": [0, 3], "quotes": [
        {"s": 1, "kind": "indirect", "cue": 0, "content": [3, 9], "speaker": [0, 0, 2]},
        {"s": 1, "kind": "indirect", "cue": 4, "content": [6, 9], "speaker": [1, 0, 1]},
        {"s": 2, "kind": "direct", "cue": 3, "content": [5, 9], "speaker": [2, 1, 3]},
        {"s": 2, "kind": "indirect", "cue": 3, "content": [5, 9], "speaker": None},
    ]}
    out = qd.damaged_gold(gold)
    assert [q["speaker"] for q in out["quotes"]] == [[0, 1, 2], None, [2, 1, 3], None]
    assert gold["quotes"][0]["speaker"] == [0, 0, 2]  # the annotation read from the file is left as it was


def test_the_damage_costs_the_quotes_whose_cue_was_lost(tmp_path, sents):
    clean = qd.score([RANGE], qb.ANERCORP, damaged=False)
    whole = qb.evaluate_anercorp([RANGE])["ALL"]
    assert (clean["all"].gold, clean["all"].pred, clean["all"].speaker_ok) == (whole.gold, whole.pred, whole.speaker_ok)
    qd.write_conll(qd.damage(sents, 1), tmp_path / "train.txt")
    bad = qd.score([RANGE], tmp_path, damaged=True)
    lost = clean["all"].gold - bad["lost cues not counted"].gold
    assert lost > 10  # the range opens many sentences with «وقال»، «وأضاف»
    assert bad["all"].gold == clean["all"].gold
    assert bad["all"].speaker_ok < clean["all"].speaker_ok - lost // 2
    assert bad["sentences with no lost cue"].gold == clean["sentences with no lost cue"].gold
    f1, ap = qd.figures(bad["all"])
    assert 0 < f1 < qd.figures(clean["all"])[0] and 0 < ap <= 1
