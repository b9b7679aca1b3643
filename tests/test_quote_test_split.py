"""The quote annotations of ANERcorp's test split (tests/golden/quotes/anercorp_test/) are a held-out
set for one reported figure: they load and are well formed, and nothing that tunes the stage reads
them (the benchmark's and the tests' default sets are the train ranges). Nothing here runs the
quote stage on them."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import quotes_bench as qb  # noqa: E402

TEST_SPLIT = sorted((ROOT / "tests" / "golden" / "quotes" / "anercorp_test").glob("*.yaml"))


def test_the_test_split_is_annotated_and_kept_apart():
    assert TEST_SPLIT, "no annotation of the test split"
    default = {p.resolve() for p in (qb.GOLDEN / "anercorp").glob("*.yaml")}
    assert not default & {p.resolve() for p in TEST_SPLIT}
    assert all("HELD OUT" in p.read_text(encoding="utf-8").split("split:")[0] for p in TEST_SPLIT)


@pytest.mark.parametrize("path", TEST_SPLIT, ids=lambda p: p.stem)
def test_each_test_split_file_loads_with_spans_inside_its_sentences(path):
    case, gold = qb.load_anercorp(path)
    assert gold["split"] == "test" and case.quotes
    lo, hi = gold["range"]
    lines = case.text.split("\n")
    starts = [sum(len(x) + 1 for x in lines[:k]) for k in range(len(lines))]
    for q, raw in zip(case.quotes, gold["quotes"]):
        assert lo <= raw["s"] < hi
        line = raw["s"] - lo
        assert starts[line] <= q.content[0] < q.content[1] <= starts[line] + len(lines[line])
        assert q.kind in ("direct", "indirect", "according_to")
        if raw.get("speaker"):
            assert lo <= raw["speaker"][0] < hi and q.speaker
