"""Re-create the first-look predictions of every held-out ANERcorp round.

Each range in tests/golden/quotes/anercorp/ marked HELD OUT was scored once on the quote stage as it
stood before any rule was written for it (the stage commit is in tests/golden/quotes/README.md's
held-out table, copied into FIRST_LOOK below). This script checks out each of those stage commits
(``git archive`` into a cache folder), runs that stage on its range, and writes what it predicted to
tests/golden/quotes/firstlook/<range>.json: the stage's own output on text it had not been tuned on.
``benchmarks/quotes_calibrate.py`` learns the quotes' confidence from these files.

    .venv/bin/python benchmarks/quotes_firstlook.py [--cache DIR] [RANGE ...]
    .venv/bin/python benchmarks/quotes_firstlook.py --errors     # what the stored first looks got wrong

Only token-derived offsets are written (no corpus text), as in the annotation files. The text,
sentences and corpus mentions given to each old stage are built by today's loader
(``quotes_bench.load_anercorp``), so offsets agree with the annotations.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quotes_bench as qb  # noqa: E402

ROOT = qb.ROOT
OUT = qb.GOLDEN / "firstlook"

# range file stem -> the stage commit its first look was scored on (tests/golden/quotes/README.md)
FIRST_LOOK = {
    "train_0000_0020": "30d30a7",
    "train_0020_0050": "278a0fc",
    "train_0070_0100": "278a0fc",
    "train_0100_0200": "9513fbd",
    "train_0200_0400": "73527ae",
    "train_0401_0481": "2718de0",
    "train_0481_0531": "a3b8255",
    "train_0531_0618": "0b3a92c",
    "train_0618_0643": "a3b8255",
    "train_0643_0760": "24da90c",
    "train_0760_0842": "f89f38d",
    "train_0842_0910": "114343a",
    "train_0910_1000": "30d30a7",
    "train_1250_1420": "6e15502",
    "train_1420_1469": "f89f38d",
    "train_1469_1510": "1460ff7",
    "train_1510_1600": "a3b8255",
    "train_1600_1760": "ee718ae",
    "train_1776_1845": "699b491",
    "train_1845_1980": "5ca6924",
    "train_1980_2115": "ba13a52",
    "train_2115_2250": "06cf3d9",
    "train_2250_2334": "48dabcb",
    "train_2334_2400": "cf6ea3f",
    "train_2400_2560": "fedf954",
    "train_2560_2740": "cc397af",
    "train_2740_2840": "961490d",
    "train_2840_2900": "0148570",
    "train_2900_2950": "a75d344",
    "train_2950_3000": "386d8bd",
    "train_3000_3110": "fe97b29",
    "train_3110_3190": "0148570",
    "train_3190_3300": "961490d",
    "train_3300_3420": "a10315c",
    "train_3420_3475": "7914e73",
    "train_3475_3512": "8a73642",
    "train_3512_3600": "114343a",
    "train_3600_3720": "87ac326",
    "train_3720_3780": "52ce3b4",
    "train_3780_3900": "e2c8c6a",
    "train_3900_3973": "699b491",
}

# Runs inside the old checkout: reads the case on stdin, prints the stage's quotes and proposed
# speaker mentions. The quote stage's signature (text, sentence spans, MentionDraft list) and
# MentionDraft's first six fields have not changed since the first held-out round.
_DRIVER = r"""
import json, sys
from pipeline.drafts import MentionDraft
from pipeline.quotes import extract_quotes
case = json.load(sys.stdin)
ms = [MentionDraft(s, e, t, lab, src, conf, org_type=ot) for s, e, t, lab, src, conf, ot in case["mentions"]]
quotes, new = extract_quotes(case["text"], [tuple(s) for s in case["sentences"]], ms)
json.dump({
    "quotes": [[q.kind, *q.content, *q.cue, *(q.speaker or (None, None)), q.role, q.confidence, q.sentence] for q in quotes],
    "proposed": [[m.start, m.end, m.label] for m in new],
}, sys.stdout, ensure_ascii=False)
"""


def checkout(commit: str, cache: Path) -> Path:
    """The tree of ``commit`` under ``cache`` (extracted once)."""
    dest = cache / commit
    if not (dest / "pipeline" / "quotes.py").exists():
        dest.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


def first_look(stem: str, commit: str, cache: Path) -> dict:
    case, gold = qb.load_anercorp(qb.GOLDEN / "anercorp" / f"{stem}.yaml")
    payload = {
        "text": case.text,
        "sentences": case.sentences,
        "mentions": [[m.start, m.end, m.text, m.label, m.source, m.confidence, m.org_type] for m in case.mentions],
    }
    tree = checkout(commit, cache)
    run = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
        input=json.dumps(payload, ensure_ascii=False),
        capture_output=True,
        text=True,
    )
    if run.returncode != 0:
        raise SystemExit(f"{stem}: the stage of {commit} failed: {run.stderr.strip().splitlines()[-1]}")
    out = json.loads(run.stdout)
    return {"range": stem, "split": gold["split"], "stage": commit, **out}


def load_first_look(path: Path):
    """(range, case, quotes, proposed speaker mentions, speaker keys) of one stored first look."""
    rec = json.loads(path.read_text(encoding="utf-8"))
    case, _ = qb.load_anercorp(qb.GOLDEN / "anercorp" / f"{rec['range']}.yaml")
    quotes = [
        qb.QuoteDraft(k, (cs, ce), (us, ue), (ss, se) if ss is not None else None, role, conf, sent)
        for k, cs, ce, us, ue, ss, se, role, conf, sent in rec["quotes"]
    ]
    proposed = [qb.MentionDraft(s, e, case.text[s:e], label, "rule", 0.6) for s, e, label in rec["proposed"]]
    keys = dict(case.keys)
    for m in proposed:
        keys.setdefault((m.start, m.end), qb.norm_key(m.text))
    return rec["range"], case, quotes, proposed, keys


def errors() -> dict[str, int]:
    """Every annotated quote and every prediction of the stored first looks, by outcome: right
    (content ≥ 80% and the speaker), a content found with no speaker / the wrong one / a speaker where
    the article names none, a quote missed (no prediction overlaps it, or one overlaps under 80%), or a
    predicted quote matching none (with or without a speaker)."""
    from collections import Counter

    out: Counter = Counter()
    for path in sorted(OUT.glob("*.json")):
        _, case, quotes, _, keys = load_first_look(path)
        matched = set()
        for g, i, best in qb.match_by_kind(case.quotes, quotes):
            if i >= 0:
                matched.add(i)
                sp = keys.get(quotes[i].speaker) if quotes[i].speaker else None
                if qb._same_person(sp, g.speaker):
                    out["right"] += 1
                elif sp is None:
                    out["content found, no speaker given (the article names one)"] += 1
                elif g.speaker is None:
                    out["content found, a speaker given where the article names none"] += 1
                else:
                    out["content found, wrong speaker"] += 1
            elif best > 0:
                out["missed: a prediction overlaps it under 80%"] += 1
            else:
                out["missed: nothing predicted there"] += 1
        for i, q in enumerate(quotes):
            if i not in matched:
                out["spurious, with a speaker" if q.speaker else "spurious, no speaker"] += 1
    return dict(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("ranges", nargs="*", help="range file stems (default: every held-out range)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "naba-firstlook", help="where old stage trees are extracted")
    ap.add_argument("--errors", action="store_true", help="print what the stored first looks got right and wrong, and stop")
    args = ap.parse_args()
    if args.errors:
        counts = errors()
        for what, n in sorted(counts.items(), key=lambda t: -t[1]):
            print(f"{n:6d}  {what}")
        return 0
    OUT.mkdir(exist_ok=True)
    for stem in args.ranges or sorted(FIRST_LOOK):
        rec = first_look(stem, FIRST_LOOK[stem], args.cache)
        (OUT / f"{stem}.json").write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{stem}: stage {rec['stage']}, {len(rec['quotes'])} quotes predicted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
