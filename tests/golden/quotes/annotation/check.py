"""Check an annotation file: python3 check.py FILE.yaml [PREFIX]
Every mention, cue, content and speaker must be found in its passage as written."""
import sys, re, yaml
from collections import Counter

def find(text, needle, n=1):
    i = -1
    for _ in range(n):
        i = text.find(needle, i + 1)
        if i == -1:
            return None
    return i

def ref(spec):
    if "#" in spec and spec.rsplit("#", 1)[1].isdigit():
        s, n = spec.rsplit("#", 1)
        return s, int(n)
    return spec, 1

path = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else None
data = yaml.safe_load(open(path, encoding="utf-8"))
errs, nq, kinds, ids = [], 0, Counter(), Counter()
for p in data:
    pid = p.get("id", "?")
    ids[pid] += 1
    if prefix and not pid.startswith(prefix):
        errs.append(f"{pid}: id must start with {prefix}")
    for k in ("id", "case", "text", "mentions", "quotes"):
        if k not in p:
            errs.append(f"{pid}: missing field {k}")
    text = p.get("text") or ""
    spans = {}
    for m in p.get("mentions") or []:
        if not isinstance(m, list) or len(m) < 2 or m[0] not in ("PERSON", "ORG", "LOC"):
            errs.append(f"{pid}: bad mention {m}")
            continue
        n = m[2] if len(m) > 2 else 1
        i = find(text, m[1], n)
        if i is None:
            errs.append(f"{pid}: mention {m[1]!r} occurrence {n} not in text")
        else:
            spans[(i, i + len(m[1]))] = m
        if m[0] == "ORG" and len(m) > 4 and m[4] not in ("company", "government", "media", "ngo", "union", "agency", "court", "party", "other", None):
            errs.append(f"{pid}: odd org_type {m[4]!r} in {m}")
    for q in p.get("quotes") or []:
        nq += 1
        kinds[q.get("kind")] += 1
        if q.get("kind") not in ("direct", "indirect", "according_to"):
            errs.append(f"{pid}: bad kind {q.get('kind')!r}")
        for k in ("kind", "cue", "content", "speaker", "role"):
            if k not in q:
                errs.append(f"{pid}: quote missing {k}: {q}")
        c, n = ref(q.get("cue") or "")
        if not c or find(text, c, n) is None:
            errs.append(f"{pid}: cue {q.get('cue')!r} not in text")
        content = q.get("content") or ""
        if not content or find(text, content) is None:
            errs.append(f"{pid}: content not in text: {content[:60]!r}")
        elif content != content.strip() or content[-1] in ".:؛" or (q.get("kind") == "direct" and content[-1] in "»”\""):
            errs.append(f"{pid}: content has outer spaces, final full stop or closing mark: {content[-20:]!r}")
        if q.get("speaker"):
            s, n = ref(q["speaker"])
            i = find(text, s, n)
            if i is None:
                errs.append(f"{pid}: speaker {q['speaker']!r} not in text")
            elif (i, i + len(s)) not in spans:
                print(f"WARNING {pid}: speaker {q['speaker']!r} is not one of the passage's mentions (fine only for a joint speaker «X وY»; otherwise list it under mentions with the same occurrence number)")
for pid, c in ids.items():
    if c > 1:
        errs.append(f"duplicate id {pid}")
print(f"{path}: {len(data)} passages, {nq} quotes {dict(kinds)}")
for e in errs:
    print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
