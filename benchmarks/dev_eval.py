"""Accuracy on the development passages (tests/golden/dev_passages.json): per passage and overall.

    .venv/bin/python benchmarks/dev_eval.py            # figures, then every miss and spurious prediction
    .venv/bin/python benchmarks/dev_eval.py --summary  # figures only
    .venv/bin/python benchmarks/dev_eval.py --id dev05_samsung_galaxy

The passages are short Arabic news reports written for this project (not copied from any source,
not from ANERcorp). Each lists its gold annotations by *surface form*; ``align`` turns them into
character spans. tests/test_dev_passages.py uses the same scoring and pins floors under it.

How each figure is counted
--------------------------
* entities: PERSON/ORG/LOC/PRODUCT mentions, exact (start, end, label); precision, recall, F1.
  A clitic (و ف ب ل ك, لـ) never belongs to a mention; a cue word (شركة، مجموعة، بولاية) is not part of
  the name; a Latin alias in parentheses right after a name («ميتا (Meta)») is that mention's Latin
  form, not a mention of its own (it appears in ``same_entity`` instead).
* quotes (recall): a gold quote is found when a predicted quote has the same kind, its content
  (quote marks, leading punctuation and a leading و/ف dropped, diacritics and letter variants
  folded) starts with the gold prefix, and its speaker key is a key of the gold speaker's entity
  (or both have no speaker).
* relations: subject and object are matched through entity keys: the keys the pipeline gave to
  the gold mentions of that entity (any of its surface forms, exact span first, else overlapping).
  partner_of is symmetric. Precision counts predicted relations that match some gold relation.
* same_entity: a group is right when every form gets a key and all forms get the same one. A form
  that is not a mention (a Latin alias in parentheses) takes the key of the entity whose name,
  Latin name or aliases contain it.
* dates / amounts (recall): a predicted value overlapping the gold span with the same first and
  last day (dates) or the same kind, number and currency (amounts). Exact spans are reported too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parents[1]
GOLD_PATH = ROOT / "tests" / "golden" / "dev_passages.json"
ENTITY_LABELS = ("PERSON", "ORG", "LOC", "PRODUCT")
PREDICATES = ("partner_of", "role_at", "makes", "deploys", "acquires", "invests_in")
_CLITICS = "وفبلك"
_TATWEEL = "ـ"

# ---------------------------------------------------------------------------------------------
# Folding and alignment


_DIAC_RE = re.compile("[\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_MARKS = "«»“”„‘’\"'"


def fold(s: str) -> str:
    """Diacritics and tatweel out, alef/ya/ta-marbuta variants folded, quote marks out, spaces collapsed."""
    s = _DIAC_RE.sub("", s).translate(_FOLD)
    s = "".join(ch for ch in s if ch not in _MARKS)
    return " ".join(s.split()).lower()


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def find_span(text: str, surface: str, cursor: int) -> Optional[tuple[int, int]]:
    """First occurrence of ``surface`` at or after ``cursor`` that stands as a word (clitics allowed before)."""
    i = text.find(surface, cursor)
    while i != -1:
        left_ok = i == 0 or not _word_char(text[i - 1])
        if not left_ok:
            j = i - 1 if text[i - 1] == _TATWEEL else i
            k = 0
            while k < 2 and j > 0 and text[j - 1] in _CLITICS:
                j, k = j - 1, k + 1
            left_ok = k > 0 and (j == 0 or not _word_char(text[j - 1]))
        end = i + len(surface)
        right_ok = end == len(text) or not _word_char(text[end])
        if left_ok and right_ok:
            return i, end
        i = text.find(surface, i + 1)
    return None


class GoldError(ValueError):
    """A gold annotation that does not fit its passage."""


def _align_list(text: str, items: list[dict], what: str, pid: str) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for it in items:
        se = find_span(text, it["text"], cursor)
        if se is None:
            raise GoldError(f"{pid}: {what} {it['text']!r} not found after offset {cursor}")
        spans.append(se)
        cursor = se[1]
    return spans


@dataclass
class Gold:
    """One passage's gold annotations, with spans."""

    id: str
    text: str
    published: Optional[dt.date]
    mentions: list[tuple[int, int, str, str]]  # start, end, label, text
    clusters: dict[str, int]  # folded surface form -> cluster id
    groups: list[list[str]]
    quotes: list[dict]
    relations: list[dict]
    dates: list[tuple[int, int, dt.date, dt.date, str]]
    amounts: list[tuple[int, int, str, Decimal, Optional[str], str]]


def unannotated(p: dict) -> list[str]:
    """Occurrences of an annotated surface form that are not annotated (adjectives such as
    «السعودية» after a company name are expected here; anything else is a gap in the gold)."""
    text, ents = p["text"], p["entities"]
    spans = _align_list(text, ents, "entity", p["id"])
    out = []
    for f in sorted({it["text"] for it in ents}):
        cur = 0
        while (se := find_span(text, f, cur)) is not None:
            covered = any(s <= se[0] and se[1] <= e for s, e in spans)
            if not covered:
                out.append(f"{p['id']}: «{f}» at {se[0]} is not annotated")
            cur = se[1]
    return out


def align(p: dict) -> Gold:
    """Check one passage's annotations against its text and return them with spans."""
    pid, text = p["id"], p["text"]
    for key in ("entities", "same_entity", "quotes", "relations", "dates", "amounts"):
        if key not in p:
            raise GoldError(f"{pid}: missing {key!r}")
    ents = p["entities"]
    for e in ents:
        if e["label"] not in ENTITY_LABELS:
            raise GoldError(f"{pid}: bad label {e['label']!r}")
    spans = _align_list(text, ents, "entity", pid)
    mentions = [(s, e, it["label"], it["text"]) for (s, e), it in zip(spans, ents)]
    forms = {it["text"] for it in ents}
    # Clusters: identical forms, then the same_entity groups.
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for it in ents:
        find(fold(it["text"]))
    for group in p["same_entity"]:
        if len(group) < 2:
            raise GoldError(f"{pid}: same_entity group {group!r} has fewer than two forms")
        for f in group:
            if f not in forms and find_span(text, f, 0) is None:
                raise GoldError(f"{pid}: same_entity form {f!r} not in the text")
        for f in group[1:]:
            parent[find(fold(f))] = find(fold(group[0]))
    roots = sorted({find(x) for x in list(parent)})
    clusters = {x: roots.index(find(x)) for x in list(parent)}
    for q in p["quotes"]:
        if q["kind"] not in ("direct", "indirect", "according_to"):
            raise GoldError(f"{pid}: bad quote kind {q['kind']!r}")
        if q["speaker"] is not None and q["speaker"] not in forms:
            raise GoldError(f"{pid}: quote speaker {q['speaker']!r} is not an annotated mention")
        if fold(q["content_prefix"]) not in fold(text):
            raise GoldError(f"{pid}: quote prefix {q['content_prefix']!r} not in the text")
        if fold(q["cue"]) not in fold(text):
            raise GoldError(f"{pid}: quote cue {q['cue']!r} not in the text")
    for r in p["relations"]:
        if r["predicate"] not in PREDICATES:
            raise GoldError(f"{pid}: bad predicate {r['predicate']!r}")
        for side in ("subject", "object"):
            if r[side] not in forms:
                raise GoldError(f"{pid}: relation {side} {r[side]!r} is not an annotated mention")
    dspans = _align_list(text, p["dates"], "date", pid)
    dates = []
    for (s, e), d in zip(dspans, p["dates"]):
        a, b = dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"])
        if b < a:
            raise GoldError(f"{pid}: date {d['text']!r} ends before it starts")
        dates.append((s, e, a, b, d["text"]))
    aspans = _align_list(text, p["amounts"], "amount", pid)
    amounts = []
    for (s, e), a in zip(aspans, p["amounts"]):
        if a["kind"] not in ("money", "percent", "quantity"):
            raise GoldError(f"{pid}: bad amount kind {a['kind']!r}")
        if (a["kind"] == "money") != (a["currency"] is not None):
            raise GoldError(f"{pid}: amount {a['text']!r}: a currency goes with money, and only there")
        amounts.append((s, e, a["kind"], Decimal(a["value"]), a["currency"], a["text"]))
    pub = dt.date.fromisoformat(p["published"]) if p.get("published") else None
    return Gold(pid, text, pub, mentions, clusters, p["same_entity"], p["quotes"], p["relations"], dates, amounts)


def load_gold(path: Path = GOLD_PATH) -> list[Gold]:
    data = json.loads(path.read_text(encoding="utf-8"))
    ids = [p["id"] for p in data]
    if len(set(ids)) != len(ids):
        raise GoldError("duplicate passage ids")
    return [align(p) for p in data]


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Counts:
    """Numerators and denominators, summed over passages."""

    ent_tp: int = 0
    ent_pred: int = 0
    ent_gold: int = 0
    label_tp: dict = field(default_factory=lambda: {l: 0 for l in ENTITY_LABELS})
    label_pred: dict = field(default_factory=lambda: {l: 0 for l in ENTITY_LABELS})
    label_gold: dict = field(default_factory=lambda: {l: 0 for l in ENTITY_LABELS})
    quote_found: int = 0
    quote_gold: int = 0
    quote_pred: int = 0
    quote_pred_ok: int = 0
    rel_found: int = 0
    rel_gold: int = 0
    rel_pred: int = 0
    rel_pred_ok: int = 0
    same_ok: int = 0
    same_total: int = 0
    date_found: int = 0
    date_exact: int = 0
    date_gold: int = 0
    date_pred: int = 0
    amount_found: int = 0
    amount_exact: int = 0
    amount_gold: int = 0
    amount_pred: int = 0

    def add(self, o: "Counts") -> None:
        for k, v in vars(o).items():
            if isinstance(v, dict):
                for l, n in v.items():
                    getattr(self, k)[l] += n
            else:
                setattr(self, k, getattr(self, k) + v)

    def figures(self) -> dict[str, float]:
        def div(a: int, b: int) -> float:
            return a / b if b else 1.0

        p, r = div(self.ent_tp, self.ent_pred), div(self.ent_tp, self.ent_gold)
        out = {
            "entity_precision": p,
            "entity_recall": r,
            "entity_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "quote_recall": div(self.quote_found, self.quote_gold),
            "quote_precision": div(self.quote_pred_ok, self.quote_pred),
            "relation_recall": div(self.rel_found, self.rel_gold),
            "relation_precision": div(self.rel_pred_ok, self.rel_pred),
            "same_entity_accuracy": div(self.same_ok, self.same_total),
            "date_recall": div(self.date_found, self.date_gold),
            "amount_recall": div(self.amount_found, self.amount_gold),
        }
        for l in ENTITY_LABELS:
            lp, lr = div(self.label_tp[l], self.label_pred[l]), div(self.label_tp[l], self.label_gold[l])
            out[f"{l}_f1"] = 2 * lp * lr / (lp + lr) if lp + lr else 0.0
        return out


@dataclass
class Result:
    """One passage's counts and its readable misses / spurious predictions."""

    id: str
    counts: Counts
    misses: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _attr(x: Any, name: str) -> Any:
    return getattr(x, name)


def score(g: Gold, rec: Any) -> Result:
    """Compare one ArticleRecord (pipeline.run.extract's output) with the gold passage."""
    c = Counts()
    res = Result(g.id, c)
    text = g.text
    pred_m = [m for m in rec.mentions if m.label in ENTITY_LABELS]
    gold_set = {(s, e, l) for s, e, l, _ in g.mentions}
    pred_set = {(m.start, m.end, m.label) for m in pred_m}
    c.ent_gold, c.ent_pred, c.ent_tp = len(gold_set), len(pred_set), len(gold_set & pred_set)
    for l in ENTITY_LABELS:
        c.label_gold[l] = sum(1 for x in gold_set if x[2] == l)
        c.label_pred[l] = sum(1 for x in pred_set if x[2] == l)
        c.label_tp[l] = sum(1 for x in gold_set & pred_set if x[2] == l)
    for s, e, l, t in g.mentions:
        if (s, e, l) not in pred_set:
            near = [f"{m.label} «{m.text}»" for m in pred_m if _overlap((s, e), (m.start, m.end))]
            res.misses.append(f"entity   {l:<7} «{t}»" + (f"  (got {', '.join(near)})" if near else "  (nothing)"))
    for m in pred_m:
        if (m.start, m.end, m.label) not in gold_set:
            near = [f"{l} «{t}»" for s, e, l, t in g.mentions if _overlap((s, e), (m.start, m.end))]
            res.spurious.append(f"entity   {m.label:<7} «{m.text}» [{m.source}]" + (f"  (gold {', '.join(near)})" if near else ""))

    # Entity keys of each gold surface form, then of each cluster.
    def keys_of_form(form: str) -> set[str]:
        occ = [(s, e) for s, e, _, t in g.mentions if t == form]
        keys = {m.entity_key for m in pred_m for se in occ if (m.start, m.end) == se and m.entity_key}
        if not keys:
            keys = {m.entity_key for m in pred_m for se in occ if _overlap(se, (m.start, m.end)) and m.entity_key}
        if not occ:  # an alias that is no mention: the entity that lists it
            f = fold(form)
            keys = {ent.key for ent in rec.entities if f in {fold(x) for x in [ent.name, ent.latin or "", *ent.aliases]}}
        return keys

    forms_by_cluster: dict[int, set[str]] = {}
    all_forms = {t for _, _, _, t in g.mentions} | {f for grp in g.groups for f in grp}
    for f in all_forms:
        forms_by_cluster.setdefault(g.clusters[fold(f)], set()).add(f)
    cluster_keys = {cid: set().union(*(keys_of_form(f) for f in fs)) for cid, fs in forms_by_cluster.items()}

    def K(form: Optional[str]) -> set[str]:
        return cluster_keys.get(g.clusters.get(fold(form), -1), set()) if form else set()

    key_names: dict[str, str] = {ent.key: ent.name for ent in rec.entities}

    # Quotes.
    def content_ok(qtext: str, prefix: str) -> bool:
        t = fold(qtext).strip(" \t\n،,:؛;.-–—")
        pre = fold(prefix)
        return t.startswith(pre) or (t[:1] in ("و", "ف") and t[1:].startswith(pre))

    c.quote_gold = len(g.quotes)
    c.quote_pred = len(rec.quotes)
    for q in g.quotes:
        ok = False
        for pq in rec.quotes:
            if pq.kind != q["kind"] or not content_ok(pq.content.text, q["content_prefix"]):
                continue
            if q["speaker"] is None:
                ok = pq.speaker_key is None
            else:
                ok = pq.speaker_key is not None and pq.speaker_key in K(q["speaker"])
            if ok:
                break
        if ok:
            c.quote_found += 1
        else:
            cand = [pq for pq in rec.quotes if content_ok(pq.content.text, q["content_prefix"])]
            got = "; ".join(f"{pq.kind} speaker={pq.speaker.text if pq.speaker else None}" for pq in cand) or "no quote with this content"
            res.misses.append(f"quote    {q['kind']:<12} {q['speaker']} ← «{q['content_prefix']}…»  (got {got})")
    for pq in rec.quotes:
        if any(content_ok(pq.content.text, q["content_prefix"]) for q in g.quotes):
            c.quote_pred_ok += 1
        else:
            res.spurious.append(f"quote    {pq.kind:<12} {pq.speaker.text if pq.speaker else None} ← «{pq.content.text[:40]}…» cue «{pq.cue.text}»")

    # Relations.
    def rel_match(r: Any, gr: dict) -> bool:
        if r.predicate != gr["predicate"]:
            return False
        ks, ko = K(gr["subject"]), K(gr["object"])
        if r.subject_key in ks and r.object_key in ko:
            return True
        return r.predicate == "partner_of" and r.subject_key in ko and r.object_key in ks

    c.rel_gold, c.rel_pred = len(g.relations), len(rec.relations)
    for gr in g.relations:
        if any(rel_match(r, gr) for r in rec.relations):
            c.rel_found += 1
        else:
            why = "" if K(gr["subject"]) and K(gr["object"]) else "  (an argument has no entity)"
            res.misses.append(f"relation {gr['subject']} —{gr['predicate']}→ {gr['object']}{why}")
    for r in rec.relations:
        if any(rel_match(r, gr) for gr in g.relations):
            c.rel_pred_ok += 1
        else:
            res.spurious.append(
                f"relation {key_names.get(r.subject_key, r.subject_key)} —{r.predicate}→ {key_names.get(r.object_key, r.object_key)}"
                + (f" [{r.attribute}]" if r.attribute else "")
            )

    # Same entity.
    c.same_total = len(g.groups)
    for grp in g.groups:
        per = {f: keys_of_form(f) for f in grp}
        union = set().union(*per.values())
        if all(per.values()) and len(union) == 1:
            c.same_ok += 1
        else:
            res.misses.append("same     " + " = ".join(f"«{f}»→{sorted(k) or '∅'}" for f, k in per.items()))

    # Dates and amounts.
    c.date_gold, c.date_pred = len(g.dates), len(rec.dates)
    for s, e, a, b, t in g.dates:
        hits = [d for d in rec.dates if _overlap((s, e), (d.start, d.end))]
        good = [d for d in hits if d.date_start == a and d.date_end == b]
        if good:
            c.date_found += 1
            c.date_exact += any((d.start, d.end) == (s, e) for d in good)
        else:
            got = ", ".join(f"«{d.text}» {d.date_start}..{d.date_end}" for d in hits) or "nothing"
            res.misses.append(f"date     «{t}» {a}..{b}  (got {got})")
    for d in rec.dates:
        if not any(_overlap((s, e), (d.start, d.end)) for s, e, *_ in g.dates):
            res.spurious.append(f"date     «{d.text}» {d.date_start}..{d.date_end}")
    c.amount_gold, c.amount_pred = len(g.amounts), len(rec.amounts)
    for s, e, kind, val, cur, t in g.amounts:
        hits = [x for x in rec.amounts if _overlap((s, e), (x.start, x.end))]
        good = [x for x in hits if x.kind == kind and x.value is not None and Decimal(x.value) == val and (kind != "money" or x.currency == cur)]
        if good:
            c.amount_found += 1
            c.amount_exact += any((x.start, x.end) == (s, e) for x in good)
        else:
            got = ", ".join(f"«{x.text}» {x.kind} {x.value} {x.currency or ''}".rstrip() for x in hits) or "nothing"
            res.misses.append(f"amount   «{t}» {kind} {val} {cur or ''}  (got {got})")
    for x in rec.amounts:
        if not any(_overlap((s, e), (x.start, x.end)) for s, e, *_ in g.amounts):
            res.spurious.append(f"amount   «{x.text}» {x.kind} {x.value} {x.currency or ''}".rstrip())
    return res


def evaluate(golds: list[Gold]) -> tuple[Counts, list[Result]]:
    """Run the pipeline on every passage and score it."""
    from pipeline.run import extract

    total, results = Counts(), []
    for g in golds:
        res = score(g, extract(g.text, published=g.published))
        total.add(res.counts)
        results.append(res)
    return total, results


# ---------------------------------------------------------------------------------------------
# Report

_SHORT = [
    ("entity_precision", "entP"), ("entity_recall", "entR"), ("entity_f1", "entF1"),
    ("quote_recall", "quoR"), ("relation_recall", "relR"), ("relation_precision", "relP"),
    ("same_entity_accuracy", "same"), ("date_recall", "dateR"), ("amount_recall", "amtR"),
]


def _row(name: str, f: dict[str, float]) -> str:
    return f"{name:<30}" + "".join(f"{f[k]:>7.2f}" for k, _ in _SHORT)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD_PATH)
    ap.add_argument("--id", action="append", help="only these passage ids")
    ap.add_argument("--summary", action="store_true", help="figures only, no misses")
    args = ap.parse_args(argv)
    golds = load_gold(args.gold)
    if args.id:
        golds = [g for g in golds if g.id in set(args.id)]
    total, results = evaluate(golds)
    print(f"{'passage':<30}" + "".join(f"{s:>7}" for _, s in _SHORT))
    for r in results:
        print(_row(r.id, r.counts.figures()))
    f = total.figures()
    print(_row("OVERALL", f))
    print()
    print(f"passages {len(golds)}; gold mentions {total.ent_gold} "
          + " ".join(f"{l}={total.label_gold[l]}" for l in ENTITY_LABELS)
          + f"; quotes {total.quote_gold}; relations {total.rel_gold}; same_entity groups {total.same_total}"
          + f"; dates {total.date_gold}; amounts {total.amount_gold}")
    print("per label F1: " + "  ".join(f"{l} {f[f'{l}_f1']:.2f}" for l in ENTITY_LABELS))
    print(f"quote precision (content matches some gold quote) {f['quote_precision']:.2f}; "
          f"exact spans among found: dates {total.date_exact}/{total.date_found}, amounts {total.amount_exact}/{total.amount_found}")
    if not args.summary:
        for r in results:
            if r.misses or r.spurious:
                print(f"\n== {r.id}")
                for m in r.misses:
                    print("  MISS     " + m)
                for s in r.spurious:
                    print("  SPURIOUS " + s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
