"""Typed relations between mentions, from sentence-level rules (trigger words in data/relations.yaml).

Predicates (see schemas/records.py): ``partner_of`` (two organisations in a sentence with a
partnership word), ``role_at`` (a person, a title, an organisation: «جنسن هوانغ، المؤسس والرئيس
التنفيذي لشركة إنفيديا» or «الرئيس التنفيذي لأرامكو أمين الناصر»), ``makes`` (an organisation name
directly before a product name, «منتج من شركة», a launch verb, or a lexicon product whose maker is in
the article), ``deploys`` (an organisation, a deploy/use verb, products after it; never the
product's own maker), ``acquires`` and ``invests_in`` (organisation, verb, organisation).

The subject of a verb is the organisation right after it (verb-first order: اعتمدت ميتا …) or else
the nearest one before it in the sentence; «الشركتان» stands for the two partners and «الشركة» for
the company named last. Each relation's evidence is its sentence.
"""

from __future__ import annotations

import functools
import re

from pipeline import resources
from pipeline.drafts import MentionDraft, RelationDraft
from pipeline.normalize import fuzzy_pattern, norm_key

__all__ = ["find_relations"]

_CLITIC = r"(?<![\w])(?:[وفبل]|وب|ول|فب|س|وس|فس)?"  # و ف ب ل and the future س (ستعتمد)
_SUFFIX = r"(?:ها|ه|هم|هما|هن)?"  # attached pronouns: استحواذها، استثماره
_END = r"(?![\w])"


def _alternation(words: list[str]) -> re.Pattern[str]:
    alts = sorted({fuzzy_pattern(w) for w in words}, key=len, reverse=True)
    return re.compile(_CLITIC + "(?:" + "|".join(alts) + ")" + _SUFFIX + _END)


@functools.lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = resources.yaml_data("relations")
    cues = resources.yaml_data("entity_cues")
    pats = {k: _alternation(v) for k, v in data.items()}
    roles = sorted({fuzzy_pattern(r) for r in cues["role_words"]}, key=len, reverse=True)
    one_role = r"(?:و)?(?:" + "|".join(roles) + r")"
    word = r"[^\s،,.:؛()«»\"]+"
    tail = r"\s*(?:(?:ل|لـ)(?:شركة|مجموعة|مصرف|بنك)?\s*|(?:في|لدى|ب)\s+(?:شركة\s+|مجموعة\s+)?|(?:شركة|مجموعة)\s+)?$"
    # «PERSON (Latin)، ROLE [complement words] لـ/في/لدى ORG»: the role is everything up to the link.
    pats["role_after"] = re.compile(
        r"^\s*(?:\([^()]{1,80}\)\s*)?[،,]\s*(" + one_role + r"(?:\s+" + word + r"){0,7}?)" + tail
    )
    # «ROLE لـORG[،] PERSON»
    pats["role_before"] = re.compile("(" + one_role + r"(?:\s+" + word + r"){0,4}?)" + tail)
    return pats


def _in(m: MentionDraft, s: tuple[int, int]) -> bool:
    return s[0] <= m.start and m.end <= s[1]


def _maker_name(m: MentionDraft) -> str | None:
    """The maker a lexicon entry (or the entity stage, for «iPhone 16») gives a product."""
    if m.lex is not None and m.lex.attrs.get("maker"):
        return m.lex.attrs["maker"]
    return m.extra.get("maker")


def _names(m: MentionDraft) -> set[str]:
    names = {norm_key(m.text)}
    if m.latin:
        names.add(norm_key(m.latin))
    if m.lex is not None:
        names |= {norm_key(s) for s in m.lex.spellings}
    return names


def find_relations(text: str, sentences: list[tuple[int, int]], mentions: list[MentionDraft]) -> list[RelationDraft]:
    """Relations among ``mentions`` (sorted by start). May set ``role`` on PERSON drafts."""
    pats = _patterns()
    out: list[RelationDraft] = []
    orgs = [m for m in mentions if m.label == "ORG"]
    companies = [m for m in orgs if m.org_type in (None, "company", "other")]
    partners: list[MentionDraft] = []
    for sent in sentences:
        in_sent = [m for m in mentions if _in(m, sent)]
        s_orgs = [m for m in in_sent if m.label == "ORG" and m.org_type in (None, "company", "other")]
        stext = text[sent[0] : sent[1]]
        if pats["partner_of"].search(stext):
            distinct = []
            for m in s_orgs:
                if all(not (_names(m) & _names(d)) for d in distinct):
                    distinct.append(m)
            if len(distinct) >= 2:
                a, b = distinct[0], distinct[1]
                out.append(RelationDraft(a.span, "partner_of", b.span, None, sent, 0.8))
                partners = partners or [a, b]
    out += _roles(text, mentions, sentences)
    makes = _makes(text, sentences, mentions, companies)
    out += makes
    out += _verb_relations(text, sentences, mentions, partners, makes)
    return out


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return (pos, pos)


def _roles(text: str, mentions: list[MentionDraft], sentences) -> list[RelationDraft]:
    pats = _patterns()
    out = []
    for n, p in enumerate(mentions):
        if p.label != "PERSON":
            continue
        sent = _sentence_of(sentences, p.start)
        # «PERSON (Latin)، ROLE لشركة ORG»
        for q in mentions[n + 1 : n + 3]:
            if q.label != "ORG" or q.start - p.end > 120:
                continue
            m = pats["role_after"].match(text[p.end : q.start])
            if m:
                p.role = p.role or m.group(1).strip()
                out.append(RelationDraft(p.span, "role_at", q.span, m.group(1).strip(), sent, 0.8))
                break
        # «ROLE لـORG PERSON»
        if n > 0:
            q = mentions[n - 1]
            if q.label == "ORG" and 0 <= p.start - q.end <= 3 and text[q.end : p.start].strip() in ("", "،", ","):
                m = pats["role_before"].search(text[max(0, q.start - 80) : q.start])
                if m:
                    p.role = p.role or m.group(1).strip()
                    out.append(RelationDraft(p.span, "role_at", q.span, m.group(1).strip(), sent, 0.75))
    return out


def _makes(text, sentences, mentions, companies) -> list[RelationDraft]:
    out = []
    pats = _patterns()
    for n, m in enumerate(mentions):
        if m.label != "PRODUCT":
            continue
        sent = _sentence_of(sentences, m.start)
        prev = mentions[n - 1] if n > 0 else None
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if prev is not None and prev.label == "ORG" and text[prev.end : m.start] in (" ", "\u00a0"):
            out.append(RelationDraft(prev.span, "makes", m.span, None, sent, 0.8))  # NVIDIA Spectrum-X
            continue
        if nxt is not None and nxt.label == "ORG" and re.fullmatch(r"\s+من\s+(?:شركة\s+)?", text[m.end : nxt.start]):
            out.append(RelationDraft(nxt.span, "makes", m.span, None, sent, 0.75))  # X من NVIDIA
            continue
        maker = _maker_name(m)
        if maker:
            key = norm_key(maker)
            for c in companies:
                if key in _names(c):
                    out.append(RelationDraft(c.span, "makes", m.span, None, sent, 0.6))
                    break
    for sent in sentences:
        stext = text[sent[0] : sent[1]]
        for v in pats["makes"].finditer(stext):
            out += _verb_frame(text, sent, sent[0] + v.start(), sent[0] + v.end(), mentions, "makes", "PRODUCT", [], [])
    return out


def _verb_relations(text, sentences, mentions, partners, makes) -> list[RelationDraft]:
    pats = _patterns()
    out = []
    for sent in sentences:
        stext = text[sent[0] : sent[1]]
        for pred, obj_label in (("deploys", "PRODUCT"), ("acquires", "ORG"), ("invests_in", "ORG")):
            for v in pats[pred].finditer(stext):
                out += _verb_frame(text, sent, sent[0] + v.start(), sent[0] + v.end(), mentions, pred, obj_label, partners, makes)
    return out


def _verb_frame(text, sent, vs, ve, mentions, pred, obj_label, partners, makes) -> list[RelationDraft]:
    """Subject and objects of one trigger occurrence in one sentence."""
    pats = _patterns()
    in_sent = [m for m in mentions if _in(m, sent)]
    subj_cands = [m for m in in_sent if m.label == "ORG" and m.org_type in (None, "company", "other")]
    subjects: list[MentionDraft] = []
    after = [m for m in subj_cands if m.start >= ve and not text[ve : m.start].strip()]
    before = [m for m in subj_cands if m.end <= vs]
    between_start = before[-1].end if before else sent[0]
    window = text[between_start:vs]
    if after:
        subjects = [after[0]]
    elif pats["both_companies"].search(window) and partners:
        subjects = list(partners)
    elif before:
        subjects = [before[-1]]
    elif pats["one_company"].search(window):
        earlier = [m for m in mentions if m.label == "ORG" and m.end <= sent[0] and m.org_type in (None, "company")]
        subjects = earlier[-1:]
    if not subjects:
        return []
    lo = max(ve, max(s.end for s in subjects) if subjects[0].start >= ve else ve)
    objects = [m for m in in_sent if m.label == obj_label and m.start >= lo]
    if pred != "deploys":
        objects = objects[:1]
    made_by = {(r.subject, r.object) for r in makes}
    out = []
    for s in subjects:
        for o in objects:
            if o.span == s.span or (pred == "deploys" and _made_by_same(s, o, made_by, mentions)):
                continue
            out.append(RelationDraft(s.span, pred, o.span, None, sent, 0.7))
    return out


def _made_by_same(subject: MentionDraft, product: MentionDraft, made_by, mentions) -> bool:
    """True when ``subject`` (or another mention of the same name) makes ``product``."""
    names = _names(subject)
    maker = _maker_name(product)
    if maker and norm_key(maker) in names:
        return True
    spans = {m.span: m for m in mentions}
    for s, o in made_by:
        if o == product.span and s in spans and names & _names(spans[s]):
            return True
    return False
