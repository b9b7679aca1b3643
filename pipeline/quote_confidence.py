"""Quote confidence learned from the quote stage's own held-out mistakes.

The quote stage (pipeline/quotes.py) gives each quote a confidence set by hand per rule. This
module replaces it with the probability that the quote is real and its speaker right, from a
logistic model over what the stage's output shows: the kind of quote, the cue (which verb, its
form), where the speaker was found (after or before the cue, in the sentence or earlier, how far,
what kind of mention), the content's length and the sentence's crowding, and the hand-set value.

The model (data/quote_confidence.json) is trained by ``benchmarks/quotes_calibrate.py`` on the
first-look predictions of the held-out ANERcorp rounds (tests/golden/quotes/firstlook/): what each
version of the stage predicted on newswire it had not been tuned on, labelled by the annotations.
So the probability says how often quotes like this one were right on unseen text. Without the
model file the stage's own confidence is kept.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from pipeline.drafts import MentionDraft, QuoteDraft
from pipeline.resources import data_path

MODEL_PATH = data_path("quote_confidence.json")

_DIACRITICS = re.compile("[\u064b-\u0652\u0640]")
_ALEF = str.maketrans("أإآ", "ااا")

# cue groups by stem (alef-normalised, clitic و/ف off); first match wins
_CUE_GROUPS = [
    ("say", ("قال", "يقول", "تقول", "يقولون", "قائل", "بالقول", "القول")),
    ("add", ("اضاف", "يضيف", "تضيف", "مضيف", "تابع", "يتابع", "متابع", "استطرد")),
    ("point", ("اشار", "يشير", "تشير", "مشير", "لفت", "نوه")),
    ("assert", ("اكد", "يؤكد", "تؤكد", "مؤكد", "شدد", "يشدد", "مشدد")),
    ("explain", ("اوضح", "يوضح", "موضح", "بين", "افاد", "يفيد")),
    ("announce", ("اعلن", "يعلن", "تعلن", "ذكر", "يذكر", "تذكر", "كشف", "يكشف", "صرح", "نقل", "تنقل", "ينقل")),
    ("opinion", ("اعتبر", "يعتبر", "معتبر", "راى", "يرى", "ترى", "توقع", "يتوقع", "يعتقد", "اعتقد", "رجح")),
    ("warn_deny", ("حذر", "يحذر", "محذر", "نفى", "ينفي", "نافي", "دعا", "اتهم")),
    ("write", ("كتب", "يكتب", "جاء")),
    ("frame", ("حسب", "بحسب", "وفق", "نقلا", "طبق", "استناد", "على")),
]
_PARTICIPLE = re.compile(r"^م\w+[اة]$|^قائل[اة]?$")


def _norm(word: str) -> str:
    w = _DIACRITICS.sub("", word).translate(_ALEF)
    return w[1:] if w[:1] in ("و", "ف") and len(w) > 3 else w


def _cue_group(cue: str) -> str:
    first = _norm(cue.split()[0]) if cue.split() else cue
    for name, stems in _CUE_GROUPS:
        if any(first.startswith(s) for s in stems):
            return name
    return "colon" if cue.strip() == ":" else "other"


def _words(text: str) -> int:
    return len(text.split())


def features(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: Iterable[MentionDraft],
    quotes: list[QuoteDraft],
    proposed: Iterable[tuple[int, int]] = (),
) -> list[dict[str, float]]:
    """One feature dict per quote (the names are the model's columns; absent means 0)."""
    ms = sorted(mentions, key=lambda m: m.start)
    label_of = {(m.start, m.end): m.label for m in ms}
    proposed = set(proposed)
    per_sentence: dict[int, int] = {}
    for q in quotes:
        per_sentence[q.sentence] = per_sentence.get(q.sentence, 0) + 1
    out = []
    for q in quotes:
        f: dict[str, float] = {"bias": 1.0, f"kind={q.kind}": 1.0}
        f["stage_confidence"] = q.confidence
        cue_text = text[q.cue[0] : q.cue[1]]
        group = _cue_group(cue_text)
        f[f"cue={group}"] = 1.0
        first = cue_text.split()[0] if cue_text.split() else ""
        if first[:1] in ("و", "ف") and len(first) > 3:
            f["cue_prefixed"] = 1.0
        stem = _norm(first)
        if _PARTICIPLE.match(stem):
            f["cue_participle"] = 1.0
        elif stem[:1] in ("ي", "ت") and group not in ("frame", "other", "colon"):
            f["cue_present"] = 1.0
        s_lo, s_hi = sentences[q.sentence] if 0 <= q.sentence < len(sentences) else (0, len(text))
        if _words(text[s_lo : q.cue[0]]) <= 1:
            f["cue_sentence_start"] = 1.0
        n = _words(text[q.content[0] : q.content[1]])
        f["content_words_log"] = math.log1p(n)
        if n < 4:
            f["content_short"] = 1.0
        if q.content[1] > s_hi + 1:
            f["content_crosses_sentence"] = 1.0
        if per_sentence.get(q.sentence, 0) > 1:
            f["sentence_has_more_quotes"] = 1.0
        persons = sum(1 for m in ms if s_lo <= m.start < s_hi and m.label == "PERSON")
        if persons >= 2:
            f["sentence_persons_2plus"] = 1.0
        if q.role:
            f["role_given"] = 1.0
        if q.speaker is None:
            f["speaker_none"] = 1.0
        else:
            a, b = q.speaker
            label = label_of.get((a, b), "PERSON")
            f[f"speaker_label={label if label in ('PERSON', 'ORG') else 'other'}"] = 1.0
            if (a, b) in proposed:
                f["speaker_proposed"] = 1.0
            if _words(text[a:b]) == 1:
                f["speaker_one_word"] = 1.0
            if a < s_lo:
                f["speaker_earlier_sentence"] = 1.0
            elif a >= q.cue[1]:
                gap = _words(text[q.cue[1] : a])
                f["speaker_after_cue"] = 1.0
                f["speaker_gap_log"] = math.log1p(gap)
            else:
                gap = _words(text[b : q.cue[0]])
                f["speaker_before_cue"] = 1.0
                f["speaker_gap_log"] = math.log1p(gap)
            if q.content[0] <= a < q.content[1]:
                f["speaker_inside_content"] = 1.0
        out.append(f)
    return out


@lru_cache(maxsize=1)
def _model(path: Path = MODEL_PATH) -> Optional[dict[str, float]]:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(zip(data["features"], data["weights"]))


def probability(f: dict[str, float], weights: dict[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in f.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def calibrate(
    text: str,
    sentences: list[tuple[int, int]],
    mentions: Iterable[MentionDraft],
    quotes: list[QuoteDraft],
    proposed: Iterable[tuple[int, int]] = (),
    weights: Optional[dict[str, float]] = None,
) -> list[QuoteDraft]:
    """The quotes with the learned confidence (unchanged when no model is shipped)."""
    weights = weights if weights is not None else _model()
    if not weights or not quotes:
        return quotes
    feats = features(text, sentences, mentions, quotes, proposed)
    return [
        QuoteDraft(q.kind, q.content, q.cue, q.speaker, q.role, round(probability(f, weights), 3), q.sentence)
        for q, f in zip(quotes, feats)
    ]


def extract(
    text: str, sentences: list[tuple[int, int]], mentions: list[MentionDraft]
) -> tuple[list[QuoteDraft], list[MentionDraft]]:
    """The quote stage with the learned confidence: ``quotes.extract_quotes``'s quotes and
    proposed speaker mentions, each quote's confidence replaced by the model's probability."""
    from pipeline.quotes import extract_quotes

    quotes, proposed = extract_quotes(text, sentences, mentions)
    spans = [(m.start, m.end) for m in proposed]
    return calibrate(text, sentences, list(mentions) + list(proposed), quotes, spans), proposed
