"""Dates / amounts stage: exact-value accuracy on the dev set, by category, and speed in words/s.

    .venv/bin/python benchmarks/values_bench.py            # accuracy + speed (about 3 MB of text)
    .venv/bin/python benchmarks/values_bench.py --errors   # also print every case that fails
    .venv/bin/python benchmarks/values_bench.py --mb 10    # a bigger speed text

A case is right when the stage returns exactly the expected dates and amounts for its sentence:
same spans, same normalised values (granularity, first and last day, flags, Hijri form, duration;
kind, Decimal value and upper bound, currency, unit, qualifier), and nothing else.
The speed text is real article prose with few values: the seed article's paragraphs and the
dev-set sentences, shuffled, so that about one line in four holds a value.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.values import extract_values

GOLDEN = ROOT / "tests" / "golden" / "values_dev.jsonl"
SEEDS = ROOT / "seeds"


def load_cases(path: Path = GOLDEN) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _date(s):
    return dt.date.fromisoformat(s) if s else None


def _dec(s):
    return Decimal(s) if s is not None else None


def expected_tuple(e: dict) -> tuple:
    if e["type"] == "date":
        return (
            "date",
            e["span"],
            e["granularity"],
            _date(e.get("start")),
            _date(e.get("end")),
            "hijri" if e.get("hijri") else "gregorian",
            e.get("relative", False),
            e.get("is_range", False),
            e.get("is_duration", False),
            e.get("hijri"),
            e.get("duration"),
        )
    return (
        "amount",
        e["span"],
        e["kind"],
        _dec(e.get("value")),
        e.get("currency"),
        e.get("unit"),
        _dec(e.get("value_max")),
        e.get("qualifier"),
    )


def got_tuples(dates, amounts) -> list[tuple]:
    out = [
        ("date", d.text, d.granularity, d.date_start, d.date_end, d.calendar, d.relative, d.is_range,
         d.is_duration, d.hijri, d.duration)
        for d in dates
    ]
    out += [("amount", a.text, a.kind, a.value, a.currency, a.unit, a.value_max, a.qualifier) for a in amounts]
    return out


def check(case: dict) -> tuple[bool, list[tuple], list[tuple]]:
    """(right, expected, got) for one dev-set case."""
    pub = _date(case.get("published"))
    dates, amounts = extract_values(case["text"], pub)
    for v in [*dates, *amounts]:  # offsets must slice the text
        assert case["text"][v.start : v.end] == v.text
    expected = sorted((expected_tuple(e) for e in case["expect"]), key=repr)
    got = sorted(got_tuples(dates, amounts), key=repr)
    return expected == got, expected, got


def accuracy(cases: list[dict], show_errors: bool = False) -> tuple[float, dict]:
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        ok, expected, got = check(case)
        by_cat[case["category"]][0] += ok
        by_cat[case["category"]][1] += 1
        if not ok and show_errors:
            print(f"\n✗ {case['id']} [{case['category']}] {case['text']}")
            print(f"   expected {expected}")
            print(f"   got      {got}")
    right = sum(r for r, _ in by_cat.values())
    return right / len(cases), dict(by_cat)


def speed_text(mb: float, seed: int = 7) -> str:
    paragraphs = []
    for f in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in f.read_text(encoding="utf-8").splitlines() if p.strip()]
    dev = [c["text"] for c in load_cases()]
    rng = random.Random(seed)
    lines: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        # three plain paragraphs for each dev sentence: few values, as in real news
        line = rng.choice(dev) if rng.random() < 0.25 else rng.choice(paragraphs)
        lines.append(line)
        size += len(line.encode("utf-8")) + 1
    return "\n".join(lines)


def speed(mb: float, repeat: int = 3) -> tuple[int, float, int, int]:
    text = speed_text(mb)
    words = len(text.split())
    extract_values("تمهيد 2027")  # build the grammar before timing
    best = float("inf")
    for _ in range(repeat):
        # CPU time of this process: words per second *per core*, not disturbed by other jobs
        t0 = time.process_time()
        dates, amounts = extract_values(text, dt.date(2026, 11, 28))
        best = min(best, time.process_time() - t0)
    return words, best, len(dates), len(amounts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="print the failing cases")
    ap.add_argument("--mb", type=float, default=3.0, help="size of the speed text in MB (default 3)")
    args = ap.parse_args(argv)

    cases = load_cases()
    acc, by_cat = accuracy(cases, args.errors)
    print(f"\nexact-value accuracy on {GOLDEN.relative_to(ROOT)} ({len(cases)} cases)")
    for cat, (r, n) in sorted(by_cat.items()):
        print(f"  {cat:<16} {r:>3}/{n:<3} {100 * r / n:6.1f}%")
    print(f"  {'all':<16} {sum(r for r, _ in by_cat.values()):>3}/{len(cases):<3} {100 * acc:6.1f}%")

    words, secs, nd, na = speed(args.mb)
    print(f"\nspeed: {words:,} words ({args.mb:g} MB) in {secs:.3f} s = {words / secs:,.0f} words/s "
          f"(CPU time, one core; {nd:,} dates, {na:,} amounts found)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
