"""Entity mentions from three sources: the lexicons, rules, and the statistical model.

Sources and who wins (the same order is recorded on every mention as ``source``):

1. **lexicon** — a known spelling from data/lexicons (or ``--lexicon``) matched on normalised
   tokens, clitics peeled. Wins any overlap: it knows the label and the canonical name.
2. **rule** — context rules that generalise to unknown names: organisation cue words
   (شركة X، وزارة …، بنك …), product cue words (تطبيق X، معالج X، منصة X), runs of Latin script
   inside Arabic, given names (data/words/first_names.txt) and reporting verbs or titles before a
   name, Arabic–Latin alias pairs in parentheses, and surnames of people already found.
3. **model** — the trained CRF component (pipeline/ner.py) for PERSON, ORG and LOC. It fills in
   everything the first two did not claim; where it overlaps a lexicon or rule mention, it loses,
   with two exceptions where its confident reading (≥ 0.9) wins: a lexicon place inside a longer
   organisation it reads is dropped, being part of that name (:func:`_places_inside_organisations`),
   and so is a person found only by a reporting verb before it where it reads the first word as an
   organisation or a place (:func:`_speakers_the_model_places`).

Within one source, the longer span wins an overlap, then the earlier one.

Offsets: a mention never includes an attached proclitic: in ``وإنفيديا`` the mention covers
``إنفيديا`` (offset 1 into the token); ``لشركة ميتا`` gives ``ميتا``. The definite article ال
stays on names that carry it (السعودية), so ``والسعودية`` gives ``السعودية``.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.attrs import IDX, IS_SPACE, NORM, ORTH, SPACY
from spacy.tokens import Doc

from pipeline import resources
from pipeline.drafts import MentionDraft
from camel_tools.utils.normalize import normalize_alef_ar

from pipeline.normalize import dediac, is_arabic, is_latin, norm_key, peel_clitics

__all__ = ["find_entities", "Rules", "get_rules"]

_PRIORITY = {"lexicon": 3, "rule": 2, "model": 1}
_SINGLE_CLITICS = "وفبلك"
_LATIN_JOINERS = {"-", ".", "&", "+"}


@dataclass(frozen=True)
class Rules:
    """Word lists and the lexicon index, built once per process (see :func:`get_rules`)."""

    lexicon_index: dict[str, list[tuple[tuple[str, ...], object]]]
    org_cues: dict[str, dict]
    cue_only_index: dict[str, list[tuple[tuple[str, ...], object]]]
    product_cues: dict[str, list[tuple[str, ...]]]
    stop: frozenset[str]
    roles: dict[str, list[tuple[str, ...]]]
    person_verbs: frozenset[str]
    connectors: frozenset[str]
    name_words: frozenset[str]
    company_verbs: frozenset[str]
    first_names: frozenset[str]
    first_names_raw: frozenset[str]
    article_given_names: frozenset[str]
    named_product_cues: frozenset[str]
    common: frozenset[str]
    nationalities: frozenset[str]
    callings: frozenset[str]


def _keys_of(phrase: str) -> tuple[str, ...]:
    from pipeline.nlp import get_nlp

    return tuple(norm_key(t.text) for t in get_nlp(False).tokenizer(phrase) if not t.is_space)


def _index(phrases: list[tuple[tuple[str, ...], object]]) -> dict[str, list[tuple[tuple[str, ...], object]]]:
    out: dict[str, list] = {}
    for keys, payload in phrases:
        if keys:
            out.setdefault(keys[0], []).append((keys, payload))
    for items in out.values():
        items.sort(key=lambda kv: -len(kv[0]))
    return out


@functools.lru_cache(maxsize=8)
def get_rules(extra_lexicons: tuple[str, ...] = ()) -> Rules:
    """Load cue words, names and the lexicon (shipped + ``extra_lexicons``) once."""
    cues = resources.yaml_data("entity_cues")
    lex = resources.lexicon(extra_lexicons)
    lex_phrases, cue_only = [], []
    for entry in lex:
        for spelling in entry.spellings:
            # nomatch=1: the canonical name is a common word (طاقة، فوري): it is matched only right
            # after a cue word (شركة فوري); its other spellings are matched anywhere.
            if entry.attrs.get("nomatch") == "1" and spelling == entry.name:
                cue_only.append((_keys_of(spelling), entry))
                continue
            lex_phrases.append((_keys_of(spelling), entry))
    return Rules(
        lexicon_index=_index(lex_phrases),
        org_cues={norm_key(k): _cue_options(v) for k, v in {**cues["org_cues"], **cues["loc_cues"]}.items()},
        cue_only_index=_index(cue_only),
        product_cues=_index([(_keys_of(c), c) for c in cues["product_cues"]]),  # type: ignore[arg-type]
        stop=frozenset(norm_key(w) for w in cues["stop_words"]),
        roles=_index([(_keys_of(r), r) for r in cues["role_words"]]),  # type: ignore[arg-type]
        person_verbs=frozenset(norm_key(w) for w in cues["person_verbs"]),
        connectors=frozenset(norm_key(w) for w in cues["name_connectors"]),
        name_words=frozenset(norm_key(w) for w in cues["name_words"]),
        company_verbs=frozenset(norm_key(w) for w in cues["company_verbs"]),
        first_names=frozenset(norm_key(w) for w in resources.word_list("first_names")),
        first_names_raw=frozenset(_name_form(w) for w in resources.word_list("first_names")),
        article_given_names=frozenset(norm_key(w) for w in cues.get("article_given_names", ())),
        named_product_cues=frozenset(cues["named_product_cues"]),
        common=frozenset(resources.word_list("common_words")),
        nationalities=frozenset(norm_key(w) for w in cues.get("nationality_words", ())),
        # trades and callings, with their article or without («الغواص»، «النحات»، «ملّاح نوفاك»), which
        # the quote stage reads as a role: no part of a name
        callings=frozenset(norm_key(a + w) for w in resources.word_list("quote_callings") for a in ("ال", "")),
    )


def _cue_options(cue: dict) -> dict:
    """A cue's options as written, its ``first_words`` phrases as key tuples (longest first)."""
    if cue.get("first_words"):
        cue = {**cue, "first_words": tuple(sorted((_keys_of(p) for p in cue["first_words"]), key=len, reverse=True))}
    if cue.get("definite_words"):
        cue = {**cue, "definite_words": frozenset(norm_key(w) for w in cue["definite_words"])}
    return cue


def _name_form(word: str) -> str:
    """A given name's key without ى/ي and ة/ه folding (على is no علي)."""
    return normalize_alef_ar(dediac(word))


@functools.lru_cache(maxsize=1 << 18)
def _peels(word: str, key: str) -> list[tuple[int, str]]:
    """Clitic-peeled readings of a word as (offset, key); cached per word (news repeats words)."""
    return [(off, norm_key(rest)) if off else (0, key) for off, rest in peel_clitics(word)]


class _Tokens:
    """The non-space tokens of a Doc with their keys and clitic-peeled readings."""

    def __init__(self, doc: Doc):
        # Read from arrays: building a spaCy Token object per token and attribute costs more than
        # the rules that use them.
        arr = doc.to_array([ORTH, NORM, IDX, IS_SPACE, SPACY]).tolist()
        strings = doc.vocab.strings
        sent = [0] * len(arr)
        for n, s in enumerate(doc.sents):
            sent[s.start : s.end] = [n] * (s.end - s.start)
        keep = [k for k, row in enumerate(arr) if not row[3]]
        self.text = [strings[arr[k][0]] for k in keep]
        self.idx = [arr[k][2] for k in keep]
        self.end = [i + len(t) for i, t in zip(self.idx, self.text)]
        self.doc_i = keep
        self.sent = [sent[k] for k in keep]
        # A one-letter token's lexeme may predate the norm getter (أ kept as أ): key it again (أ ف ب).
        self.norm = [norm_key(t) if len(t) == 1 else strings[arr[k][1]] for t, k in zip(self.text, keep)]
        # Peeled readings: (char offset, key); the first is always (0, norm).
        self.peels = [_peels(t, n) for t, n in zip(self.text, self.norm)]
        self._single = [[(o, k) for o, k in p if o <= 1] for p in self.peels]
        self.ws_after = [bool(arr[k][4]) for k in keep]
        self.n = len(keep)
        self.pos_of_doc_i = {k: n for n, k in enumerate(keep)}
        self.norm_set = frozenset(self.norm)

    def single_peels(self, i: int) -> list[tuple[int, str]]:
        """Readings with at most one proclitic letter removed (و ف ب ل ك)."""
        return self._single[i]


def _is_latin_tok(t: str) -> bool:
    return is_latin(t) and not is_arabic(t)


def _matches_at(toks: _Tokens, i: int, index: dict, peel: bool = True, single: bool = False):
    """Longest phrase of ``index`` starting at token i: (n_tokens, offset, payload) or None."""
    readings = toks.single_peels(i) if single else (toks.peels[i] if peel else [(0, toks.norm[i])])
    best = None
    for off, key in readings:
        for keys, payload in index.get(key, ()):
            n = len(keys)
            if i + n <= toks.n and all(toks.norm[i + k] == keys[k] for k in range(1, n)):
                if best is None or n > best[0]:
                    best = (n, off, payload)
                break
    return best


def _joined_known_body(toks: _Tokens, x: int, rules: Rules) -> bool:
    """«منظمة الصحة العالمية واليونيسف»: a و before a body the lexicon knows, whole from that word,
    starts another body; the name before it ends there."""
    if not toks.text[x].startswith("و"):
        return False
    known = _matches_at(toks, x, rules.lexicon_index)
    # (the و peeled, with the article when the lexicon has the name without it: «يونيسف»)
    return known is not None and known[1] in (1, 3) and known[2].label == "ORG"


def find_entities(doc: Doc, rules: Rules) -> list[MentionDraft]:
    """All entity mentions of the Doc (PERSON, ORG, LOC, PRODUCT), overlaps resolved."""
    toks = _Tokens(doc)
    text = doc.text
    cands: list[MentionDraft] = []

    def add(i: int, j: int, label: str, source: str, conf: float, off: int = 0, **kw) -> MentionDraft:
        start, end = toks.idx[i] + off, toks.end[j - 1]
        m = MentionDraft(start, end, text[start:end], label, source, conf, toks.sent[i], **kw)
        m.extra["tok"] = (i, j)
        cands.append(m)
        return m

    _lexicon_mentions(toks, rules, add)
    _rule_mentions(toks, rules, add)
    _ali_after_said(toks, rules, add)
    _companies_named_in_marks(toks, add)
    _given_name_after_kin(toks, rules, add)
    _given_name_before_who(toks, rules, add)
    _name_after_called(toks, rules, add)
    _basim_after_title(toks, rules, add)
    _body_named_in_marks(toks, rules, add)
    _group_naming_itself(toks, add)
    _model_mentions(doc, toks, rules, add)
    _titled_name_before_clause(toks, rules, add)
    _name_after_a_whole_title(toks, rules, add)
    _name_after_nationality(toks, rules, add)
    _company_by_field_and_nation(toks, rules, add)
    _company_named_with_its_field(toks, rules, add)
    _organising_committee(toks, rules, add)
    _opera_house(toks, rules, add)
    _national_broadcaster(toks, rules, add)
    _publishing_house(toks, rules, add)
    _ministry_by_portfolio(toks, rules, add)
    _churchman_by_one_name(toks, rules, add)
    _user_by_handle(toks, add)
    _stage_names(toks, rules, add)
    cands = _places_inside_organisations(cands)
    cands = _organiser_no_body(toks, cands)
    cands = _minor_places_inside_names(cands)
    cands = _speakers_the_model_places(cands)
    cands = _model_completes_person(toks, rules, cands)
    _marked_names_are_bodies(toks, rules, cands)
    cands = _described_then_named(toks, rules, cands)
    chosen = _resolve(cands)
    _present_verb_after_name(toks, rules, chosen, text)
    _attach_aliases(toks, chosen, text)
    _surname_mentions(toks, rules, chosen, add)
    chosen = _resolve(_minor_places_inside_names(cands))
    chosen = _titles_before_names(toks, rules, chosen)
    _surname_before_clause(toks, rules, chosen, text)
    _drop_trailing_verb(toks, rules, chosen, text)
    _drop_trailing_object(toks, rules, chosen, text)
    _drop_leading_verb(toks, rules, chosen, text)
    _cut_at_before(toks, chosen, text)
    _cut_at_manner(toks, chosen, text)
    _cut_at_prayer(toks, chosen, text)
    _ali_after_honorific(toks, chosen, text)
    _two_names_joined(toks, rules, chosen, text)
    _ayatollah_alone(toks, chosen)
    _unnamed_by_wish(toks, chosen)
    _bare_cue_before_marks(toks, rules, chosen)
    _kunya_goes_on(toks, rules, chosen, text)
    _place_before_given_name(toks, rules, chosen, text)
    _abad_is_a_place(toks, chosen)
    _adjective_after_the_company(toks, chosen)
    _model_word_before_title(toks, rules, chosen)
    _business_word_after(toks, rules, chosen, text)
    _adjective_after_source(toks, chosen)
    _short_form_of_body(toks, chosen)
    _clause_in_marks(chosen, text)
    _short_name_after_body(toks, rules, chosen, text)
    _company_by_its_first_word(toks, rules, chosen, text)
    _body_named_again(toks, chosen, text)
    _platform_that_speaks(toks, rules, chosen)
    _marked_name_speaking(toks, rules, chosen, text)
    _name_before_its_gloss(toks, rules, chosen, text)
    _reach_latin_gloss(toks, rules, chosen, text)
    _body_before_its_gloss(toks, rules, chosen, text)
    _join_hyphenated(chosen, text)
    _body_in_marks_after_title(toks, rules, chosen)
    _kind_before_known_name(toks, rules, chosen)
    _governorate_acting(toks, rules, chosen, text)
    _and_jeddah(toks, rules, chosen, text)
    _body_named_for_a_person(toks, rules, chosen, text)
    _known_by_another_name(toks, rules, chosen, text)
    chosen = [m for m in chosen if not m.extra.get("drop")]
    aliases = _attach_aliases(toks, chosen, text)
    # «ميتا (Meta)»: the Latin form in parentheses names the mention before it; it is no mention.
    # (a part of the run too: the model's «Park Ji» of «(Park Ji-hoon)»)
    chosen = [m for m in chosen if not any(a <= m.extra["tok"][0] and m.extra["tok"][1] <= b for a, b in aliases)]
    for m in chosen:
        m.extra.pop("tok", None)
        if m.label in ("PERSON", "ORG", "LOC"):
            _hyphenated_part(text, m)  # (a body's or a place's too: «جمعية سكان حي بوردو-لاك»)
        if m.label == "PERSON":
            _ali_before_a_stop(text, m)
    return chosen


# «سالم الرواحي، المعروف فنياً باسم «شهاب»»: a person's other name (a stage name, a nickname)
_KNOWN_AS = frozenset(norm_key(p + w) for p in ("", "و") for w in (
    "المعروف", "المعروفة", "الملقب", "الملقبة", "الملقّب", "الملقّبة", "الشهير", "الشهيرة",
))
# what may stand between «المعروف» and the other name: «فنياً»، «بين جمهوره»، «باسم»
_KNOWN_AS_FILLER = frozenset(norm_key(w) for w in (
    "فنيا", "فنياً", "إعلاميا", "إعلامياً", "شعبيا", "شعبياً", "رياضيا", "رياضياً", "بين", "جمهوره", "جمهورها",
    "محبيه", "محبيها", "متابعيه", "متابعيها", "الجمهور", "في", "الوسط", "الفني", "باسم", "بلقب", "بـ", "ب",
))
# «زلزال، واسمه الحقيقي محمد علي»: then the person's own name
_REAL_NAME = frozenset(norm_key(w) for w in ("واسمه", "واسمها", "اسمه", "اسمها"))
_REAL = norm_key("الحقيقي")


def _known_by_another_name(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«عاد المطرب سالم الرواحي، المعروف فنياً باسم «شهاب»، …» then «وقال شهاب»: the name in marks
    after «المعروف (فنياً) باسم / بـ» a person's name is the same person (``extra["same_as"]``, which
    canon joins), wherever the article uses it; so is the stage name before «، واسمه الحقيقي» and the
    name after it («مطرب المهرجانات زلزال، واسمه الحقيقي محمد علي»). The other name in marks becomes
    a mention of its own when nothing covers it."""
    live = [m for m in mentions if "tok" in m.extra and not m.extra.get("drop")]
    by_start = {m.extra["tok"][0]: m for m in live}
    links: dict[str, str] = {}  # the other name (normalised) → the person's name
    for m in live:
        if m.label != "PERSON":
            continue
        i, j = m.extra["tok"]
        k = j + 1 if j < toks.n and toks.text[j] in ("،", ",") else j
        if k + 1 < toks.n and toks.norm[k] in _REAL_NAME and toks.norm[k + 1] == _REAL:
            x = by_start.get(k + 2)
            if x is not None and x.label == "PERSON" and x.text != m.text:
                links[norm_key(m.text)] = x.text
            continue
        if k >= toks.n or toks.norm[k] not in _KNOWN_AS:
            continue
        a = k + 1
        while a < min(k + 5, toks.n) and toks.norm[a] in _KNOWN_AS_FILLER:
            a += 1
        t, off = toks.text[a] if a < toks.n else "", 0
        if t in _OPEN_MARKS:
            a, off = a + 1, 0
            e = _quoted_name(toks, a - 1, max_words=3)
        elif t[:2] == "بـ" and t[2:3] in _OPEN_MARKS or t[:1] == "ب" and t[1:2] in _OPEN_MARKS:
            # «بـ«شهاب»»: the preposition, the mark and the first word are one token
            off = t.index(t[2] if t[1] == "ـ" else t[1]) + 1
            close = _OPEN_MARKS[t[off - 1]]
            e = next((x for x in range(a + 1, min(a + 4, toks.n)) if toks.text[x] == close), 0)
        else:
            continue
        if not e or not all(is_arabic(toks.text[x][off if x == a else 0 :]) for x in range(a, e)):
            continue
        start, end = toks.idx[a] + off, toks.end[e - 1]
        other = text[start:end]
        if norm_key(other) == norm_key(m.text) or norm_key(other) in rules.stop:
            continue
        x = by_start.get(a)
        if x is None or x.extra["tok"][1] != e or x.start != start:
            x = MentionDraft(start, end, other, "PERSON", "rule", 0.7, toks.sent[a])
            x.extra["tok"] = (a, e)
            mentions.append(x)
        links[norm_key(other)] = m.text
    if not links:
        return
    for x in mentions:
        if "tok" in x.extra and not x.extra.get("drop") and x.label == "PERSON" and norm_key(x.text) in links:
            x.extra["same_as"] = links[norm_key(x.text)]


# bodies named for a person: «مستشفى الهادي شاكر»، «مدرسة عمر المختار»
_NAMED_FOR = frozenset(norm_key(w) for w in ("مستشفى", "مدرسة", "معهد", "مركز", "مسجد", "ملعب", "مجمع"))


def _body_named_for_a_person(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«قال المدير العام لمستشفى الهادي شاكر، الدكتور كمال المصمودي، إن»: a hospital, a school or
    the like read with one given name, then one name word read as a person right after it, is
    named for that person: the name is the body's, no one speaking."""
    starts = {m.extra["tok"][0]: m for m in mentions if "tok" in m.extra and not m.extra.get("drop")}
    for m in mentions:
        if m.label != "ORG" or "tok" not in m.extra or m.extra.get("drop"):
            continue
        i, j = m.extra["tok"]
        if j - i != 2 or toks.norm[j - 1] not in rules.first_names or not any(k in _NAMED_FOR for _, k in toks.single_peels(i)):
            continue
        x = starts.get(j)
        if x is None or x.label != "PERSON" or x.extra["tok"][1] != j + 1:
            continue
        m.end = x.end
        m.text = text[m.start : m.end]
        m.extra["tok"] = (i, j + 1)
        x.extra["drop"] = True


# a user of a platform, before the handle in marks: «كتب المستخدم "أبو_ياسين_88":»، «مستخدمة باسم "هيا_الكويتية"»
_USERS = frozenset(norm_key(w) for w in (
    "مستخدم", "مستخدمة", "المستخدم", "المستخدمة", "مغرد", "مغردة", "المغرد", "المغردة", "حساب",
    # a follower or a commenter: «كتب أحد المتابعين باسم "simo_casa":»
    "متابع", "متابعة", "المتابع", "المتابعة", "المتابعين", "معلق", "معلقة", "المعلقين",
))
_BY_NAME = frozenset(norm_key(w) for w in ("باسم", "اسم", "يحمل", "تحمل", "يدعى", "تدعى"))


def _user_by_handle(toks: _Tokens, add) -> None:
    """«كتب المستخدم "أبو_ياسين_88":»، «كتبت مستخدمة تحمل اسم "لولو_94"»: a platform's user and the
    handle in marks (one word with «_» or digits in it), a person known by that handle."""
    for i in range(2, toks.n - 1):
        t = toks.text[i]
        if toks.text[i - 1] not in _OPEN_MARKS or toks.text[i + 1] != _OPEN_MARKS[toks.text[i - 1]] or not (
            "_" in t or any(c.isdigit() for c in t) and any(c.isalpha() for c in t)
        ) or t.startswith("#"):
            continue
        k = i - 2
        while k > 0 and toks.norm[k] in _BY_NAME and i - k <= 4:
            k -= 1
        if toks.norm[k] in _USERS:
            add(i, i + 1, "PERSON", "rule", 0.9).extra["handle"] = True


# performers known by a stage name: «مغنيي الراب "صدى" و"بركان"»، «الرابر "فلو"»، «مطرب المهرجانات زلزال»
_PERFORMERS = frozenset(norm_key(w) for w in (
    "مغني", "مغنية", "مغنيي", "مغنيا", "المغني", "المغنية", "الرابر", "رابر", "مطرب", "مطربة", "المطرب", "المطربة",
    "مطربي", "مطربا",
))
_RAP = frozenset(norm_key(w) for w in ("الراب", "المهرجانات", "الراي", "التراب"))


def _stage_names(toks: _Tokens, rules: Rules, add) -> None:
    """«تحوّل الخلاف بين مغنيي الراب "صدى" و"بركان"»: after a singer's or a rapper's noun (and the
    genre), one or two Arabic words in marks are a performer's stage name, a person (and so is a
    second one joined by «و»); so is one bare word right after the noun and the genre («مطرب
    المهرجانات زلزال»). `_surname_mentions` finds them again (in marks, or the bare word anywhere)."""
    for i in range(toks.n - 3):
        if not any(k in _PERFORMERS for _, k in toks.single_peels(i)):
            continue
        genre = i + 1 < toks.n and toks.norm[i + 1] in _RAP
        k = i + 2 if genre else i + 1
        if genre and k + 1 < toks.n and toks.text[k] not in _OPEN_MARKS:
            # «إيقاف مطرب المهرجانات زلزال، واسمه الحقيقي …»، «نشر مطرب المهرجانات شبح مقطعاً»: one
            # word, no article, right after the singer's noun and the genre is his stage name
            w = dediac(toks.text[k])
            if (
                len(w) >= 3 and is_arabic(w) and w.isalpha() and not w.startswith(("ال", "لل"))
                and toks.norm[k] not in rules.stop and toks.norm[k] not in rules.first_names
                and (toks.text[k + 1] in ("،", ",") or not is_arabic(toks.text[k + 1]) or not toks.norm[k + 1].startswith("ال"))
            ):
                add(k, k + 1, "PERSON", "rule", 0.7).extra["stage"] = True
            continue
        e = _quoted_name(toks, k, max_words=2)
        if not e or not all(is_arabic(toks.text[x]) and toks.text[x].isalpha() for x in range(k + 1, e)):
            continue
        add(k + 1, e, "PERSON", "rule", 0.7).extra["stage"] = True
        # «… و"بركان"»: «و», the mark and the word are one token, the closing mark the next
        nxt = toks.text[e + 1] if e + 2 < toks.n else ""
        if nxt[:1] == "و" and nxt[1:2] in _OPEN_MARKS and toks.text[e + 2] == _OPEN_MARKS[nxt[1]]:
            w = nxt[2:]
            if len(w) >= 2 and is_arabic(w) and w.isalpha():
                add(e + 1, e + 2, "PERSON", "rule", 0.7, 2).extra["stage"] = True


_COMPANIES = frozenset(norm_key(w) for w in ("شركتي", "شركتا", "شركات", "مجموعتي", "مجموعتا", "مجموعات"))


def _companies_named_in_marks(toks: _Tokens, add) -> None:
    """«الخلاف بين شركتي "خليج ريكوردز" و"نغمات الكويت"»: after a dual or plural of a company's cue,
    names in marks joined by و are each a company (two or more of them)."""
    if not any(n.endswith(c) for n in toks.norm_set for c in _COMPANIES):
        return
    for i in range(toks.n - 2):
        if not any(k in _COMPANIES for _, k in toks.single_peels(i)):
            continue
        end = _quoted_name(toks, i + 1, max_words=4)
        if not end:
            continue
        names, k = [(i + 2, end, 0)], end + 1
        while k < toks.n and len(names) < 4:
            t = toks.text[k]
            if not (len(t) > 2 and t[0] == "و" and t[1] in _OPEN_MARKS):
                break
            close = _OPEN_MARKS[t[1]]
            e = next((x for x in range(k + 1, min(k + 5, toks.n)) if toks.text[x] == close), None)
            if e is None:
                break
            names.append((k, e, 2))
            k = e + 1
        if len(names) >= 2:
            for a, b, off in names:
                add(a, b, "ORG", "rule", 0.75, off, org_type="company").extra["quoted"] = True


_KIN_OF_HIM_HER = frozenset(
    norm_key(kin + pron)
    # (not «جده»: its key is Jeddah's, «في جدة محمد العتيبي»)
    for kin in ("ابن", "ابنت", "بنت", "زوج", "زوجت", "شقيق", "شقيقت", "والد", "والدت", "أخت", "أخو", "حفيد", "حفيدت", "نجل", "نجلت")
    for pron in ("ه", "ها", "هما", "هم")  # («وتقول والدتهما زهرة، التي …:»: the two brothers' mother)
)


# a pilgrim's honorific for a woman, also the word "need": a person's only before a given name
_HAJJA = frozenset(norm_key(w) for w in ("الحاجة", "والحاجة"))


def _given_name_before_who(toks: _Tokens, rules: Rules, add) -> None:
    """«وليد، الذي رافق والده المصاب بالسرطان من جزيرة قرقنة، قال إن»: a given name the list knows
    opening a sentence, set off by a comma before «الذي/التي», is someone's (a word too, «وليد»);
    so after «كان/كانت» before «، وهو/وهي» («كان عادل، وهو عامل بناء من بني سويف، ينتظر»)."""
    for i in range(toks.n - 2):
        if toks.norm[i] not in rules.first_names or toks.text[i + 1] not in ("،", ",") or toks.text[i].startswith("ال"):
            continue
        opens = (i == 0 or toks.sent[i - 1] != toks.sent[i]) and toks.norm[i + 2] in _WHO
        was = i > 0 and dediac(toks.text[i - 1]).removeprefix("و") in ("كان", "كانت") and toks.norm[i + 2] in _AND_HE_SHE
        if opens or was:
            add(i, i + 1, "PERSON", "rule", 0.65)


def _given_name_after_kin(toks: _Tokens, rules: Rules, add) -> None:
    """«وتقول ابنته مريم، التي تدير حساب المحل، إنها …»: a given name right after a kin word with its
    pronoun («ابنته»، «زوجها»، «شقيقه») is that relative's name; so after «الحاجة» («كانت الحاجة
    فاطمة، 67 عاماً، تقلّب علبة الدواء»)."""
    for i in range(toks.n - 1):
        if (
            (toks.norm[i] in _KIN_OF_HIM_HER or toks.norm[i] in _HAJJA) and toks.norm[i + 1] in rules.first_names
            and not toks.text[i + 1].startswith("ال") and dediac(toks.text[i + 1]) != "على"
        ):  # (not the preposition: «ليعمل مع والده على القارب»)
            add(i + 1, i + 2, "PERSON", "rule", 0.65)


def _basim_after_title(toks: _Tokens, rules: Rules, add) -> None:
    """«وقال وزير الاتصالات وتكنولوجيا المعلومات باسم الروسان»: after a title's definite word (not a
    spokesman's «on behalf of»), «باسم» and a definite family name no dictionary knows are a name."""
    for i in range(1, toks.n - 1):
        if toks.norm[i] != _BASIM or not toks.text[i - 1].startswith(("ال", "وال")) or toks.norm[i - 1] in _SPOKESMEN:
            continue
        t = dediac(toks.text[i + 1])
        if (
            t.startswith("ال") and is_arabic(t) and len(t) > 4 and not _known_word(t[2:]) and not _nisba(t)
            and toks.norm[i + 1] not in rules.common and toks.norm[i + 1] not in rules.nationalities
            and _matches_at(toks, i + 1, rules.lexicon_index, peel=False) is None
        ):
            add(i, i + 2, "PERSON", "rule", 0.7)


def _name_after_called(toks: _Tokens, rules: Rules, add) -> None:
    """«وقالت طالبة من اللاذقية تُدعى راما في منشور»: the word or two after «يدعى/تدعى/اسمه» are
    someone's name, known as a given name or not, when a pause or a preposition follows them (not
    a word in marks, «شركة تدعى "دروسي"», nor a definite or common word)."""
    if not any(k in _CALLED_ONLY for n in toks.norm_set for k in (n, n[1:])):
        return
    for i in range(toks.n - 1):
        if toks.single_peels(i)[-1][1] not in _CALLED_ONLY:
            continue
        j = i + 1
        while j < toks.n and j < i + 3:
            t = toks.text[j]
            if t.startswith("ال") or not is_arabic(t) or not _is_name_word(toks, j, rules) or toks.norm[j] in _SPEECH_CONJ:
                break
            j += 1
        if j == i + 1 or j >= toks.n:
            continue
        after = toks.text[j]
        if after in ("،", ",", ".", ":", "(") or toks.norm[j] in _SPEECH_CONJ or toks.norm[j] in rules.stop:
            add(i + 1, j, "PERSON", "rule", 0.7)


_SAID_HE = frozenset(norm_key(w) for w in ("قال", "وقال", "فقال", "يقول", "ويقول", "فيقول"))
_ALI_KEY = norm_key("علي")  # (also «على»: the key folds ى into ي)
_INNA = norm_key("إن")
_INNA_HE = frozenset(norm_key(w) for w in ("إن", "إنه", "إنها"))


@functools.lru_cache(maxsize=1)
def _bare_titles() -> frozenset[str]:
    """The quote stage's titles without the article («مدرب»، «وزير»)."""
    return frozenset(norm_key(w.removeprefix("ال")) for w in resources.word_list("quote_titles"))


@functools.lru_cache(maxsize=1)
def _definite_titles() -> frozenset[str]:
    """The quote stage's titles with the article («الحارس»، «المدير»)."""
    return frozenset(norm_key("ال" + w.removeprefix("ال")) for w in resources.word_list("quote_titles"))


def _ali_after_said(toks: _Tokens, rules: Rules, add) -> None:
    """«وقال علي إن …»، «ويقول علي: …»: «قال» takes its words with «إن» or a colon, never with «على»,
    so «علي» between them is the given name Ali (written «علي» or, loosely, «على»); and «علي» with its
    ي and one more word after a title's complement («مدير عام الهيئة علي وهاب، …، إن»)."""
    if _ALI_KEY not in toks.norm_set:
        return
    for i in range(1, toks.n - 1):
        if toks.norm[i] != _ALI_KEY:
            continue
        if toks.norm[i - 1] in _SAID_HE and (toks.norm[i + 1] == _INNA or toks.text[i + 1] == ":"):
            add(i, i + 1, "PERSON", "rule", 0.65)
        elif (
            # «وقال مدير عام الهيئة علي وهاب، في مؤتمر صحفي، إن»: «علي» written with its ي after a title's
            # definite complement, then one word with no article and the clause's comma or «إن»: Ali
            _ali_then_one_word(toks, i, rules, (_INNA,))
            and any(_matches_at(toks, x, rules.roles, single=True) is not None for x in range(max(0, i - 3), i - 1))
        ):
            add(i, i + 2, "PERSON", "rule", 0.6)
        elif (
            # «ويقول الحارس علي حمادة إنه …»: «قال» then one definite title or calling, «علي» with its
            # ي and one word with no article before the clause's «إن/إنه» or a comma or colon
            i >= 2 and toks.norm[i - 2] in _SAID_HE and _ali_then_one_word(toks, i, rules, _INNA_HE)
            and (_matches_at(toks, i - 1, rules.roles, single=True) is not None or toks.norm[i - 1] in rules.callings or toks.norm[i - 1] in _definite_titles())
        ):
            add(i, i + 2, "PERSON", "rule", 0.6)


def _ali_then_one_word(toks: _Tokens, i: int, rules: Rules, conj) -> bool:
    """«علي» written with its ي after a definite word, then one word with no article (no stop word),
    then a comma, a colon or one of ``conj`` («إن»): the given name and a family name."""
    return (
        dediac(toks.text[i]) == "علي" and i + 2 < toks.n and toks.text[i - 1].startswith("ال")
        and is_arabic(toks.text[i + 1]) and not toks.text[i + 1].startswith("ال")
        and toks.norm[i + 1] not in rules.stop and (toks.text[i + 2] in "،,:" or toks.norm[i + 2] in conj)
    )


# honorifics a man's given name follows («الدكتور على المصيلحى»: «على» is Ali there)
_MEN_HONORIFICS = frozenset(
    norm_key(w) for w in ("الدكتور", "د.", "المهندس", "الشيخ", "السيد", "الأستاذ", "اللواء", "العميد", "الفريق", "العقيد", "الحاج")
)


def _ali_after_honorific(toks: _Tokens, chosen: list[MentionDraft], text: str) -> None:
    """«وقال وزير التضامن الدكتور على المصيلحى»: «على» between a man's honorific and a person's name
    is his given name (written with ى as «فى» is), not the preposition («شدد الدكتور على ضرورة»
    has no name after it)."""
    for m in chosen:
        if m.label != "PERSON" or "tok" not in m.extra or m.extra.get("drop"):
            continue
        i, j = m.extra["tok"]
        if i >= 2 and toks.norm[i - 1] == _ALI_KEY and toks.norm[i - 2] in _MEN_HONORIFICS and toks.norm[i] != _ALI_KEY:
            m.start = toks.idx[i - 1]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i - 1, j)


def _kind_before_known_name(toks: _Tokens, rules: Rules, chosen: list[MentionDraft]) -> None:
    """«بنك الاستثمار غولدمان ساكس»، «شركة الوساطة إي إف جي هيرميس»: a body's kind (its cue and a
    common definite word, or that word alone) right before a body the lexicon knows is no body of
    its own; the lexicon's name is the body."""
    known_at = {
        x.extra["tok"][0] for x in chosen if x.label == "ORG" and x.source == "lexicon" and "tok" in x.extra
        and x.start == toks.idx[x.extra["tok"][0]]  # (not an outlet after «لـ»: «وزارة الشباب لـ«الرأي»»)
    }
    for m in chosen:
        if m.label != "ORG" or m.source == "lexicon" or "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        after_cue = j - i == 1 and i > 0 and any(k in rules.org_cues for _, k in toks.single_peels(i - 1))
        if j - i > 2 or not toks.text[j - 1].startswith("ال") or toks.norm[j - 1] not in rules.common and not after_cue:
            continue
        if j - i == 2 and not any(k in rules.org_cues for _, k in toks.single_peels(i)):
            continue
        if j in known_at:
            m.extra["drop"] = True


_ALI_THEN_STOP = re.compile(r" علي(?=\s*[،,.:؛])")


def _ali_before_a_stop(text: str, m: MentionDraft) -> None:
    """«فاطمة محمود علي، …»: علي (written with ya) right after a person's name and before a comma or a
    stop is the last part of the name; the preposition «على» never ends a clause."""
    hit = _ALI_THEN_STOP.match(text, m.end)
    if hit is not None and " " in m.text.strip():
        m.end = hit.end()
        m.text = text[m.start : m.end]


_HYPHEN_PART = re.compile(r"-[\u0621-\u064aA-Za-z]{2,}")


# Indefinite words for people described by their trade or their lot, who speak unnamed («قال تاجر …»،
# «وقال عمال في الميناء …»، «يقول نازحون …»).
_TRADES = frozenset(
    norm_key(w)
    for w in (
        "تاجر", "تاجرة", "مزارع", "مزارعة", "معلق", "معلقة", "صياد", "سائق", "موظف", "موظفة", "دليل", "مرشد", "مرشدة",
        "محتج", "محتجة", "مواطن", "مواطنة", "ناشط", "ناشطة", "لاجئ", "لاجئة", "نازح", "نازحة",
        "عمال", "تجار", "طلاب", "مزارعون", "صيادون", "سائقون", "موظفون", "مواطنون", "معلمون", "نشطاء",
        "ناشطون", "متظاهرون", "محتجون", "لاجئون", "نازحون", "سكان", "أهالي", "مسافرون", "زوار",
        # unnamed sources and people of a trade: «وقال مصدران مطلعان»، «وأكد مرضى آخرون»
        "مصدر", "مصادر", "مصدران", "مسؤول", "مسؤولة", "مسؤولون", "خبراء", "محللون", "محلل", "محللة",
        "أطباء", "طبيب", "طبيبة", "مرضى", "مريض", "مريضة", "مستثمرون", "مستثمر", "شهود", "مشجعون",
        # parents and kin described: «ويرى أولياء أمور التقتهم الصحيفة أن»
        "أولياء", "ذوو", "ذوي", "عائلات", "أسر", "زبائن", "عملاء", "مستهلكون", "مشترون", "باعة",
        # people of a trade or a side, described: «وأكد مربون في صلالة»، «قال مستورد سعودي»، «يرى جامعو النفايات»
        "مربون", "مربو", "مربي", "معارضون", "مؤيدون", "جامعو", "مستورد", "مستوردون", "منتجون", "مصنعون",
        # with the article, a title before the name: «يقول المستهلك نور الدين حمادي»، «ويقول الحاج حسن الأمين»
        "مستهلك", "مستهلكة", "زبون", "زبونة", "حاج", "حاجة", "معتمر", "معتمرة",
        # sellers and craftsmen: «قال بائع دواجن رفض ذكر اسمه إن»
        "بائع", "بائعة", "جزار", "خياط", "خياطة", "حلاق", "حرفي", "حرفية", "صاحبة",
        # trainees and volunteers: «وكشف متدربون تحدثوا للصحيفة أنهم»
        "متدربون", "متدربين", "متطوعون", "متطوعين", "مهندسون", "عاملون", "طلبة", "حرفيون",
        # someone described by age or sex: «فيما رأى شاب يعمل في محل قريب أن»
        "شاب", "شابة", "رجل", "امرأة", "سيدة", "فتاة", "مسن", "مسنة", "عجوز",
        # professionals and women of a trade: «يرى مهنيو العقار أن»، «وقالت مزارعات التقتهن …»
        "مهنيو", "مهنيون", "مهنيين", "مهنيي", "مزارعات", "عاملات", "تاجرات", "معلمات", "طالبات",
        # makers, breeders, falconers and others of a craft or a side: «حذّر صناع أحذية في …»، «وقال مربٍّ»
        "صناع", "صانع", "صانعة", "مرب", "صقار", "صقارون", "مطور", "مطورة", "مطورون", "نقاد", "ناقد",
        "مشجعو", "صيادو", "حجاج", "مديرو", "متطوع", "متطوعة", "حرفيو", "تجارا",
        # a visitor, a lifter, a parent or sibling described: «وقال زائر بريطاني كان يصطف»، «يقول والد أحد الرباعين»
        "زائر", "زائرة", "رباع", "رباعة", "رباعون", "والد", "والدة", "شقيق", "شقيقة",
        # a professional, a groom or bride, a money changer: «وقال مهني في قطاع الحليب»، «وقال عريس من صفاقس»
        "مهني", "مهنية", "عريس", "عروس", "صراف", "صرافون", "سائس",
        # a leader or member of a movement, unnamed: «وقال قيادي في حركة حماس إن»
        "قيادي", "قيادية", "قياديون", "قياديين",
    )
)
_NAMED_AFTER_KING = frozenset(norm_key(w) for w in ("الملك", "الملكة", "الأمير", "الأميرة", "السلطان", "الشيخ"))
_NAMED_PLACES = frozenset(
    norm_key(w)
    for w in (
        "مدينة", "مستشفى", "مستشفيات", "جامعة", "مجمع", "مركز", "مطار", "ميناء", "شارع", "طريق", "جسر", "كلية", "معهد",
        "مؤسسة", "صندوق", "جائزة", "مسجد", "جامع", "قاعدة", "مكتبة", "ملعب", "استاد", "حديقة", "قاعة",
    )
)
_KUNYA = ("أبو", "ابو", "أم", "ام")  # «أبو علي»، «أم سامر»، «ام فهد»: father or mother of, before a given name
_MOTHER_FATHER = frozenset(norm_key(p + w) for w in _KUNYA for p in ("", "و"))


def _kunya_core(word: str, heads: tuple[str, ...] = _KUNYA) -> str:
    """``word`` without a و/ف glued to one of ``heads`` («وام»، «فام» → «ام»), else ``word``."""
    return word[1:] if word[:1] in ("و", "ف") and word[1:] in heads else word
# How one spoke, after the verb and the name: «تقول المطيري مبتسمة»، «فيجيب ضاحكاً»; no part of a name.
MANNER_STATES = frozenset(
    norm_key(w + g)
    for w in ("ضاحك", "مبتسم", "متأثر", "مازح", "ممازح", "متحسر", "مستغرب", "غاضب", "متنهد", "ساخر", "متهكم", "متعجب")
    for g in ("", "ة", "ا", "اً", "ةً")
)
# How one spoke, as a manner adverbial with ب: «بحزن»، «بلهجة حادة»، «بصوت عال»، «بلغة عربية»; no
# part of a name («وقال حسني مبارك بلهجة حازمة إن» was the person «حسني مبارك بلهجة»).
MANNER_ADVERBS = frozenset(
    norm_key(w)
    for w in (
        "بحزن", "بأسى", "بأسف", "بمرارة", "بحسرة", "بغضب", "بحدة", "بلهجة", "بنبرة", "بصوت",
        "بلغة", "بحماس", "بفخر", "بابتسامة", "بهدوء", "بثقة", "بصراحة", "بوضوح", "بتأثر",
        "بحزم", "بإصرار", "بانفعال", "بتفاؤل", "بقلق", "بامتعاض", "بسخرية", "بتحفظ",
        # what a speaker ends on: «أما ريم، فتختم حديثها بسؤال:»
        "بسؤال", "بتساؤل", "بعبارة",
        # the language or the dialect: «وقالت بالدارجة:»، «وأضاف بالفرنسية:»
        "بالدارجة", "بالعامية", "بالفصحى", "باللهجة", "بالعربية", "بالفرنسية", "بالإنجليزية", "بالانجليزية",
        "بالإنكليزية", "بالأمازيغية", "بالإسبانية", "بالكردية", "بالتركية", "بالفارسية",
    )
)


def to_us(key: str) -> bool:
    """«لنا»، «إلينا»، «لمراسلنا»، «لموقعنا» (a word's key): spoken to us, the paper; no one's name, no subject."""
    return key in _TO_US or (key.startswith("ل") and not key.startswith("لل") and key.endswith("نا") and len(key) >= 6)


_TO_US = frozenset(norm_key(w) for w in ("لنا", "إلينا", "الينا"))  # («فيختم حديثه الينا :»)


# Words for someone by the decade of their age («يقول الستيني بصوت متعب»): the one just named, no new name.
AGE_WORDS = frozenset(
    norm_key(p + w + g)
    for w in ("عشريني", "ثلاثيني", "أربعيني", "خمسيني", "ستيني", "سبعيني", "ثمانيني", "تسعيني")
    for p in ("ال", "")
    for g in ("", "ة")
)
# Present-tense reporting verbs («فيرى»، «ويقول»), which no name runs into.
_SAYING_NOW = frozenset(
    norm_key(w)
    for w in (
        "يرى", "ترى", "يقول", "تقول", "يؤكد", "تؤكد", "يعتبر", "تعتبر", "يضيف", "تضيف", "يشير", "تشير",
        "يوضح", "توضح", "يرون", "يقولون",
        # «أما أحمد الحارثي فيتوقع أن»
        "يتوقع", "تتوقع", "يعتقد", "تعتقد", "يحذر", "تحذر", "يشدد", "تشدد", "يرجح", "ترجح", "ينفي", "تنفي",
        "يطالب", "تطالب", "يلفت", "تلفت", "يكشف", "تكشف",
        # «أما عبد القادر فيختم:»، «أما الأم فتروي»
        "يختم", "تختم", "يتابع", "تتابع", "يجيب", "تجيب", "يعلق", "تعلق", "يروي", "تروي", "يستدرك", "تستدرك",
        # past «طالب» only with its prefix: «بدر السويدي فطالب بأن»; bare it ends «علي بن أبي طالب»
        "طالب", "طالبت",
    )
)
# Where a verb's subject ends: its conjunction, a colon, a quote mark, a sentence end.
# (A comma too: «…، خلال مؤتمر مع وزير الخارجية الفرنسي جان نويل بارو» names someone else.)
_SUBJECT_ENDS = frozenset(norm_key(w) for w in ("إن", "أن", "بأن", "إنه", "أنه", "إنها", "أنها", ":", "«", '"', "“", ".", "؟", "!", "،", ",",
                                                 # «وتقول ام محمد وهي تمسك بكيس …»: what she does as she speaks
                                                 "وهو", "وهي"))


def _titles_before_names(toks: _Tokens, rules: Rules, chosen: list[MentionDraft]) -> list[MentionDraft]:
    """«وأكد عميد بلدية درنة عبد الرحيم المنصوري أن»، «وقال قائممقام سنجار بالوكالة نايف سيدو إن»:
    the verb's first word(s), guessed as a name for want of a better one, give way when a surer
    person's name follows in the same subject (before its conjunction, colon or quote mark) and the
    guess is a dictionary word or came after a title: it was the title or its complement. A guessed
    person that starts with a word for people described, not named («طلاب جامعيون»), goes too."""
    out = []
    for n, m in enumerate(chosen):
        if m.label == "PERSON" and m.source != "lexicon" and "tok" in m.extra and toks.norm[m.extra["tok"][0]] in _TRADES:
            continue  # «ويقول طلاب جامعيون …»: people described, not named, whatever guessed the name
        if m.label == "PERSON" and m.extra.get("after_verb") and "tok" in m.extra:
            i, j = m.extra["tok"]
            w = dediac(toks.text[i])
            word = w[2:] if w.startswith("ال") else w
            titleish = toks.norm[i] not in rules.first_names and (
                m.extra.get("after_title") or _known_word(word) or word.endswith("ة") and _known_word(word[:-1])
            )
            if titleish and _surer_name_follows(toks, chosen[n + 1 :], j):
                continue
        if m.label == "PERSON" and m.source == "model" and "tok" in m.extra:
            i, j = m.extra["tok"]
            nxt = next((x for x in chosen[n + 1 :] if "tok" in x.extra), None)
            if (
                j - i == 2 and toks.norm[i] in _bare_titles() and toks.norm[i + 1].startswith("ال")
                and nxt is not None and nxt.label == "PERSON" and (nxt.confidence >= 0.8 or nxt.confidence >= 0.7 and m.confidence < 0.6)
                and 1 <= nxt.extra["tok"][0] - j <= 2 and toks.text[j] in ("،", ",")
                and all(toks.norm[t].startswith("ال") and toks.norm[t].endswith("ي") for t in range(j + 1, nxt.extra["tok"][0]))
            ):
                continue  # «وقال مدرب الريان، الإسباني خافيير مارتين (…)، إن»: a title and its club read as a name
        out.append(m)
    return out


# what follows a verb of saying: its conjunction, preposition or colon
_AFTER_SAYING = frozenset(norm_key(w) for w in ("أن", "إن", "بأن", "من", "إلى", ":", "أنه", "أنها", "إنه", "إنها"))


def _drop_trailing_object(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«سجل يوسف الكعبي الهدف»، «وأكد حيدر كاظم الساعدي الوضع …»: a name of three words or more
    run on into a definite common noun (no relative adjective, no given name) after a definite
    family name ends before that noun, the object of the verb."""
    for m in mentions:
        if "tok" not in m.extra or m.label != "PERSON" or m.source == "lexicon":
            continue
        i, j = m.extra["tok"]
        last, prev = toks.text[j - 1], toks.text[j - 2] if j - i >= 3 else ""
        foreign_then_object = (
            # «ادان … الميجر جنرال وليام كالدويل الهجوم»: a given name and a foreign family name no
            # dictionary knows, then a definite verbal noun the dictionary knows, the verb's object
            prev and toks.text[i] == toks.text[j - 3] and toks.norm[i] in rules.first_names
            and not prev.startswith("ال") and toks.norm[j - 2] not in rules.first_names
            and not _known_word(dediac(prev)) and toks.norm[j - 2] not in rules.connectors
        )
        if j - i == 2 and i > 0 and toks.norm[i - 1] in _ONE_NAME_CLERGY and last.startswith("ال") and not _nisba(last):
            # «وحضر الأنبا صموئيل القداس»: one church name after the title, then the object
            m.end = toks.end[i]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i, i + 1)
            continue
        if (
            (prev.startswith("ال") or foreign_then_object) and last.startswith("ال") and toks.norm[j - 1] in rules.common and not _nisba(last)
            and norm_key(last[2:]) not in rules.first_names and toks.norm[j - 1] not in rules.first_names
            and toks.norm[j - 2] not in _GOD_AND_FAITH
        ):
            m.end = toks.end[j - 2]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i, j - 1)


_GOD_AND_FAITH = frozenset(norm_key(w) for w in ("الله", "الدين"))


# what follows a present verb and never a name: «يشكك في»، «يصرّ على»، «يرى أن»
_AFTER_A_VERB = frozenset(norm_key(w) for w in ("في", "على", "أن", "بأن", "إن", "إلى", "عن"))


def _present_verb_after_name(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """A present verb the dictionary knows, run into a name, is no part of it (found before the names
    found once are looked for again, so that the verb is no family name and the given name alone
    stays one person's):
    - «ميريام حداد تشعل الواجهة البحرية»: a headline that opens with a given and a family name;
    - «على الرصيف، كانت الأمريكية ليندا تلتقط صوراً»: a given name alone after «كانت» or a
      nationality;
    - «من حق ياسمين تشتغل وتعيش»: a given name alone whose person the article names in full;
    - «رضا بنجلون يشكك في»، «لكن علي يصرّ على»: any of these when the verb takes its preposition
      or «أن» next."""
    for m in mentions:
        if m.label != "PERSON" or "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        last = dediac(toks.text[j - 1])
        if not (
            j - i in (2, 3) and toks.norm[i] in rules.first_names
            and len(last) >= 3 and last[0] in "يت" and toks.norm[j - 1] not in rules.first_names and _known_word(last)
        ):
            continue
        if j < toks.n and toks.norm[j] in _AFTER_A_VERB and not last.endswith("ة"):
            # «رضا بنجلون يشكك في»، «لكن علي يصرّ على»: the verb takes its preposition or «أن» (no verb
            # ends in ة: «وزير النقل كريم تقية عن»)
            cut = True
        elif len(last) < 4:
            continue
        elif j - i == 3:
            cut = i == 0 or "\n" in text[toks.end[i - 1] : toks.idx[i]]
        else:
            before = dediac(toks.text[i - 1]) if i > 0 else ""
            cut = (
                _nisba(before) and before.startswith("ال") or before.removeprefix("و") in ("كان", "كانت")
                # (or an honorific after «كان/كانت»: «كانت الحاجة فاطمة تقلّب علبة الدواء»)
                or i > 1 and toks.norm[i - 1] in _HAJJA | _MEN_HONORIFICS
                and dediac(toks.text[i - 2]).removeprefix("و") in ("كان", "كانت")
                or any(
                    x is not m and x.label == "PERSON" and len(w := x.text.split()) >= 2
                    and norm_key(w[0]) == toks.norm[i] and norm_key(w[1]) != toks.norm[i + 1]
                    for x in mentions
                )
            )
        if cut:
            m.end = toks.end[j - 2]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i, j - 1)


_RETURNED = frozenset(norm_key(w) for w in ("عاد", "عادت", "يعود", "تعود"))


def _drop_trailing_verb(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«أما الخبير النفطي سلام الجبوري فيرى أن»: a name run on into ف/و + a reporting verb ends before
    the verb."""
    for m in mentions:
        if "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        demand = (
            # «النائب البرلماني عادل سليمان طالب بأن»: «طالب» (also a given name) closing three words
            # and followed by its «بأن/ب» clause is the verb
            j - i >= 3 and toks.norm[j - 1] == _DEMANDED and j < toks.n and toks.norm[j] in _DEMAND_AFTER
            and toks.norm[j - 2] not in rules.connectors and toks.norm[j - 2] not in _ABU_FORMS
        )  # (not «علي بن أبي طالب إن»)
        saying_now = (
            # «الخبيرة الاقتصادية نور الهاشمي تحذّر من أن»: a present verb of saying, with no
            # prefix, run into the name before its conjunction or preposition
            j - i >= 2
            and toks.norm[j - 1] in _SAYING_NOW
            and toks.norm[j - 1][:1] in "يت"
            and j < toks.n
            and toks.norm[j] in _AFTER_SAYING
        )
        last, after = dediac(toks.text[j - 1]), dediac(toks.text[j]) if j < toks.n else ""
        holding = (
            # «جلست سعاد الشناوي ممسكة بصورة ابنتها»: a participle shaped مُفعِلة/مُفعِلاً, then its ب
            # complement, is what she was doing
            j - i >= 3 and last[0:1] == "م" and (len(last) == 5 and last.endswith("ة") or len(last) == 6 and last.endswith("اً"))
            and toks.norm[j - 1] not in rules.first_names and _name_form(last) not in rules.first_names_raw
            and len(after) > 3 and after[0] == "ب" and _known_word(after[1:])
        )
        returned = (
            # «غير أن النائب حسنين عاد ليعتبر أن»: «عاد» then a present verb with ل is what he did again
            j - i >= 2 and toks.norm[j - 1] in _RETURNED and len(after) > 3 and after[0] == "ل" and after[1] in "يت"
        )
        if demand or saying_now or holding or returned or j - i >= 2 and toks.text[j - 1][:1] in "فو" and (
            any(o == 1 and (k in rules.person_verbs or k in _SAYING_NOW) for o, k in toks.single_peels(j - 1))
            # («أما القحطاني فيختم حديثه»: the model's name run on into ف and any present verb)
            or m.source == "model" and _fa_present_verb(toks, j - 1, rules)
        ):
            m.end = toks.end[j - 2]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i, j - 1)


_KUNYA_WORDS = frozenset(norm_key(w) for w in ("أبو", "ابو", "أبي", "ابي"))


def _kunya_goes_on(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«الناشر الأردني خالد أبو عودة»: a person's name never ends in «أبو»; the word after it, even
    a common word («عودة»، «شقرة»), is the family name."""
    starts = {m.extra["tok"][0] for m in mentions if "tok" in m.extra}
    for m in mentions:
        if m.label != "PERSON" or "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        if j - i < 2 or toks.norm[j - 1] not in _KUNYA_WORDS or j >= toks.n or j in starts:
            continue
        t = dediac(toks.text[j])
        if is_arabic(t) and len(t) >= 2 and toks.norm[j] not in rules.stop and not t.startswith(("و", "ف")):
            m.end = toks.end[j]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i, j + 1)


def _cut_names(toks: _Tokens, mentions: list[MentionDraft], text: str, stop, first: int = 0) -> None:
    """Each person's name ends before its first token ``x`` (from its ``first``-th on) for which
    ``stop(x)``; one that would start with it is dropped."""
    for m in mentions:
        if "tok" not in m.extra or m.label != "PERSON":
            continue
        i, j = m.extra["tok"]
        cut = next((x for x in range(i + first, j) if stop(x)), None)
        if cut == i:
            m.extra["drop"] = True
        elif cut is not None:
            m.end = toks.end[cut - 1]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i, cut)


# the first word of a compound given name: «عبد الرحمن»، «أبو الفضل» (the quote stage uses it too)
COMPOUND_HEADS = frozenset(norm_key(w) for w in ("عبد", "أبو", "أبي", "بو"))


def _two_names_joined(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«رئيس لجنة التحقيق في اغتيال رفيق الحريري سيرج براميرتس»: a name that closed on its family
    name with the article, then a given name and another word, are two people (the model read one);
    each of two words at least."""
    for m in list(mentions):
        if "tok" not in m.extra or m.label != "PERSON":
            continue
        i, j = m.extra["tok"]
        x = next(
            (
                x for x in range(i + 2, j - 1)
                if toks.text[x - 1].startswith("ال") and toks.norm[x - 1] not in _GENERAL
                and toks.norm[x - 2] not in COMPOUND_HEADS and toks.norm[x] in rules.first_names and not toks.text[x].startswith(("ال", "و"))
            ),
            None,
        )
        if x is None:
            continue
        m.end = toks.end[x - 1]
        m.text = text[m.start : m.end]
        m.extra["tok"] = (i, x)
        n = MentionDraft(toks.idx[x], toks.end[j - 1], text[toks.idx[x] : toks.end[j - 1]], "PERSON", m.source, m.confidence, toks.sent[x])
        n.extra["tok"] = (x, j)
        mentions.append(n)


def _cut_at_before(toks: _Tokens, mentions: list[MentionDraft], text: str) -> None:
    """«قال أمام المساهمين»، «سلمى أمام النواب»: «أمام» written with أ is the preposition «before»
    (the name «إمام» takes إ), so no person's name starts with it or runs on past it."""
    _cut_names(toks, mentions, text, lambda x: dediac(toks.text[x]) == "أمام")


def _cut_at_manner(toks: _Tokens, mentions: list[MentionDraft], text: str) -> None:
    """«وقال حسني مبارك بلهجة حازمة إن»، «وقال عمرو موسى بحزن إن»: how he spoke ends a person's
    name (MANNER_ADVERBS, with or without و)."""
    _cut_names(toks, mentions, text, lambda x: toks.norm[x].removeprefix("و") in MANNER_ADVERBS, first=1)


AYATOLLAH = (norm_key("آية"), norm_key("الله"))  # «آية الله»: the title (quotes.py leaves it out of roles)
# the first word of a family name made with «الله» («فضل الله»، «نصر الله»; the quote stage uses it too)
ALLAH_COMPOUNDS = frozenset(
    norm_key(w)
    for w in ("فضل", "نصر", "أمر", "خير", "جار", "عطا", "حسب", "فتح", "رزق", "ضيف", "عوض", "جاب", "سعد", "حمد", "عبد", "دفع", "جاد", "خلف", "عون", "كرم")
)
# a prayer after a name («رحمه الله»، «حفظه الله»، «رضي الله عنه»): no part of it
_PRAYERS = frozenset(norm_key(w) for w in ("رحمه", "رحمها", "رحمهم", "يرحمه", "يرحمها", "حفظه", "حفظها", "يحفظه", "رضي", "تغمده", "تغمدها"))


# a monarch's epithet after his name («السلطان هيثم بن طارق المعظم»، «أمير البلاد المفدى»)
_EPITHETS = frozenset(norm_key(w) for w in ("المعظم", "المعظمة", "المفدى", "المفداة"))


def _cut_at_prayer(toks: _Tokens, mentions: list[MentionDraft], text: str) -> None:
    """«وقال الشاعر محمود درويش رحمه الله إن»: a prayer after a name ends it; «الله» alone names no
    one («رحمه الله» read as a man «الله»). So does a monarch's epithet («هيثم بن طارق المعظم»)."""
    _cut_names(
        toks, mentions, text,
        lambda x: toks.norm[x] in _PRAYERS and x + 1 < toks.n and toks.norm[x + 1] == _ALLAH or toks.norm[x] == _ALLAH and (x == 0 or toks.norm[x - 1] in _PRAYERS)
        or toks.norm[x] in _EPITHETS,
    )
    for m in mentions:
        if "tok" in m.extra and m.label == "PERSON":
            i, j = m.extra["tok"]
            if j - i == 1 and toks.norm[i] == _ALLAH:
                m.extra["drop"] = True


def _bare_cue_before_marks(toks: _Tokens, rules: Rules, mentions: list[MentionDraft]) -> None:
    """«وقالت منظمة « ترانسبرانسي المغرب » إنها»: the model read the body's noun alone as a body;
    the name is the one in marks after it."""
    for m in mentions:
        if "tok" not in m.extra or m.label != "ORG" or m.source != "model":
            continue
        i, j = m.extra["tok"]
        if j - i == 1 and j < toks.n and toks.text[j] in _OPEN_MARKS and any(k in rules.org_cues for _, k in toks.single_peels(i)):
            m.extra["drop"] = True


def _unnamed_by_wish(toks: _Tokens, mentions: list[MentionDraft]) -> None:
    """«قال طبيب مناوب رفض ذكر اسمه»: a word the model read as a name, right before «رفض/طلب عدم
    ذكر اسمه», describes one who asked not to be named (no comma or relative between): no name."""
    for m in mentions:
        if "tok" not in m.extra or m.label != "PERSON" or m.source != "model":
            continue
        i, j = m.extra["tok"]
        if j - i == 1 and j + 1 < toks.n and toks.norm[j] in _WISH_VERBS and toks.norm[j + 1] in _NOT_TO:
            m.extra["drop"] = True


def _ayatollah_alone(toks: _Tokens, mentions: list[MentionDraft]) -> None:
    """«آية الله علي خامنئي»: «آية الله» is the cleric's title, no woman named Aya; read alone
    before the name it is dropped (the name after it stands)."""
    for m in mentions:
        if "tok" in m.extra and m.label == "PERSON":
            i, j = m.extra["tok"]
            if j - i == 2 and tuple(toks.norm[i:j]) == AYATOLLAH:
                m.extra["drop"] = True


_ABAD = frozenset(norm_key(w) for w in ("آباد", "أباد", "اباد"))


def _model_word_before_title(toks: _Tokens, rules: Rules, mentions: list[MentionDraft]) -> None:
    """«وقالت عميدة الكونسرفتوار الدكتورة هالة منصور»: one definite word the model read as a person,
    right before a title or an honorific and a person's name, is the first title's complement (the
    person is the one named next); it is dropped."""
    starts = {m.extra["tok"][0] for m in mentions if "tok" in m.extra and m.label == "PERSON"}
    for m in mentions:
        if m.source != "model" or m.label != "PERSON" or "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        if j - i != 1 or not toks.text[i].startswith("ال") or toks.norm[i] in rules.first_names:
            continue
        hit = _matches_at(toks, j, rules.roles, single=True) if j < toks.n else None
        if hit is not None and j + hit[0] in starts:
            m.extra["drop"] = True


_THE_COMPANY_WORDS = frozenset(norm_key(w) for w in ("الشركة", "المؤسسة", "الجهة", "المجموعة"))


def _adjective_after_the_company(toks: _Tokens, mentions: list[MentionDraft]) -> None:
    """«أكدت الشركة الوكيلة أنها …»، «الشركة المصنعة»: one definite word the model read as a body right
    after «الشركة» (a body named back by its kind), whose stem (without its feminine ة) the dictionary
    knows as a word, is the kind's adjective; it is dropped."""
    for m in mentions:
        if m.source != "model" or m.label != "ORG" or "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        if j - i != 1 or i == 0 or toks.norm[i - 1] not in _THE_COMPANY_WORDS or not toks.text[i].startswith("ال"):
            continue
        w = dediac(toks.text[i])[2:]
        if w.endswith("ة") and _known_word(w[:-1]):
            m.extra["drop"] = True


def _abad_is_a_place(toks: _Tokens, mentions: list[MentionDraft]) -> None:
    """«فيصل آباد»، «جلال آباد»، «حيدر آباد»: a given name before «آباد» (a town of) names a city."""
    for m in mentions:
        if "tok" in m.extra and m.label == "PERSON" and m.source != "lexicon" and toks.norm[m.extra["tok"][1] - 1] in _ABAD:
            m.label = "LOC"


def _place_before_given_name(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«رئيس مكتب الجمارك في روصو محمد الأمين ولد أحمدو»: after «في», a rare word before a given
    name is the place the title holds office in; the person's name starts at the given name."""
    for m in mentions:
        if "tok" not in m.extra or m.label != "PERSON" or m.source == "lexicon":
            continue
        i, j = m.extra["tok"]
        if (
            j - i >= 3 and i > 0 and toks.norm[i - 1] == norm_key("في") and is_arabic(toks.text[i])
            and not toks.text[i].startswith("ال") and toks.norm[i] not in rules.first_names
            and toks.norm[i + 1] in rules.first_names and not _known_word(dediac(toks.text[i]))
        ):
            m.start = toks.idx[i + 1]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i + 1, j)


# «بحسب بيانات "الإمارات للمزادات"»: a frame, a noun for figures, then the body that published them in marks
_SOURCE_FRAMES = frozenset(norm_key(w) for w in ("بحسب", "وبحسب", "حسب", "وحسب", "وفقاً", "ووفقاً", "وفق", "ووفق"))
# (not a report or a study: «بحسب تقرير "آفاق الاقتصاد العالمي"» names the report)
_FIGURES = frozenset(norm_key(w) for w in ("بيانات", "أرقام", "إحصاءات", "إحصائيات", "تقديرات"))
# «or», «not», «but»: words that join or deny what something is, in no body's name
_OR_NOT = frozenset(norm_key(w) for w in ("أو", "أم", "ثم", "لا", "ولا", "بل"))
_CALLED_WORDS = frozenset(norm_key(w) for w in ("يدعى", "تدعى", "يسمى", "تسمى", "اسمه", "اسمها"))  # «عامل يدعى حميد»
_CALLED_ONLY = _CALLED_WORDS - frozenset(norm_key(w) for w in ("يسمى", "تسمى"))  # (not «يسمى»: «ما يسمى بـ»)


# asked and answered: «سُئلت الكواري: …؟»، «أجاب الدليمي:»
# «we/she asked» before the one asked: «سألنا الساعدي»
_WE_ASKED = frozenset(norm_key(w) for w in ("سألنا", "سألت", "سأل", "سألناه", "سألته", "سألتها"))
# («ردّ البناي بمنشور»: the verb or the noun «reply», no part of the name)
_ASKED_ANSWERED = frozenset(norm_key(w) for w in ("سئل", "سئلت", "أجاب", "أجابت", "يجيب", "تجيب", "ترد", "يرد", "رد", "ردت"))
# the conjunction that opens what was said: «ويقول ملاك إن»
_SPEECH_CONJ = frozenset(norm_key(w) for w in ("إن", "أن", "بأن"))
# prepositions a verb takes right after it («شكك في»، «ردّ على»)
_VERB_PREPOSITIONS = frozenset(norm_key(w) for w in ("في", "من", "على", "إلى", "عن"))


def _doubled_verb(toks: _Tokens, j: int, rules: Rules) -> bool:
    """At j a three-letter word with its last two letters alike and a preposition after it («شكك في»،
    «ردّ على»): a verb, no name word."""
    w = dediac(toks.text[j])
    return (
        j + 1 < toks.n and len(w) == 3 and is_arabic(w) and w[1] == w[2] and toks.norm[j] not in rules.first_names
        and toks.norm[j + 1] in _VERB_PREPOSITIONS
    )
_PUPILS = frozenset(norm_key(w) for w in ("الطالب", "الطالبة", "التلميذ", "التلميذة"))  # before a given name alone
# shoppers and citizens named by the given name alone: «وقالت المتسوقة سارة إنها»
_ONE_OF_THE_PUBLIC = frozenset(norm_key(w) for w in ("المتسوق", "المتسوقة", "المواطن", "المواطنة", "الزبون", "الزبونة"))
_AND_HE_SHE = frozenset(norm_key(w) for w in ("وهو", "وهي"))
_GUEST_WORDS = frozenset(norm_key(w) for w in ("ضيف", "ضيفة", "ضيفا", "ضيفاً"))


def _verb_before_name(t: str) -> bool:
    """«كان»، «كانت», a present tense (تعمل، يقف، وتجلس) or a feminine past (اكتفت، وقفت) right
    before a name."""
    t = dediac(t).removeprefix("و")
    return (
        t in ("كان", "كانت") or len(t) >= 3 and t[0] in "يت" and not t.endswith(("ة", "ات"))
        or len(t) >= 4 and t.endswith("ت") and not t.endswith(("ات", "وت", "يت"))
    )


# ranks of foreign armies as 2000s wire copy writes them, the second word of «اللفتنانت كولونيل»
# or «الميجر جنرال» that the model reads into the name after it
_ARMY_RANKS = frozenset(norm_key(w) for w in ("اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرائد", "النقيب", "الجنرال", "الأميرال", "الأدميرال"))
_FOREIGN_RANKS = frozenset(norm_key(w) for w in ("كولونيل", "جنرال", "ميجر", "كوماندر"))


def _drop_leading_verb(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«…»، تابعت بن حمودة، «…»; «عامل … يدعى حميد»: a model name that takes in the reporting verb
    (or «يدعى») before it starts after that word; so does one that takes in a foreign rank
    («اللفتنانت كولونيل كريستوفر غارفر»: the name is «كريستوفر غارفر»)."""
    for m in mentions:
        if "tok" not in m.extra or m.label != "PERSON":
            continue
        i, j = m.extra["tok"]
        tail = text[toks.idx[i + 1] : m.end] if j - i >= 2 else ""
        named_before = (
            # «وطالب بن عمر بأن» after «منجي بن عمر»: و + a word that is no given name, before the
            # family name of one named earlier, is the verb
            tail and toks.text[i][:1] in "وف" and len(toks.text[i]) > 3 and not m.extra.get("sibling")
            and norm_key(toks.text[i][1:]) not in rules.first_names
            and toks.norm[i] not in rules.first_names  # (not «وائل الجلاصي» after «أيمن الجلاصي»: a brother)
            and any(x.label == "PERSON" and x.end <= m.start and x.text.endswith(" " + tail) for x in mentions)
        )
        head = toks.single_peels(i)[-1][1]
        demanded = (
            # «فيما طالب الربيعي بوقف الاستيراد» after «سعد الربيعي»: «طالب» (also a given name)
            # before the surname of one named earlier and its «ب» clause is the verb
            tail and head == _DEMANDED and j < toks.n and toks.text[j].startswith("ب")
            and any(x.label == "PERSON" and x.end <= m.start and x.text.endswith(" " + tail) for x in mentions)
        )
        if j - i >= 2 and (
            head in rules.person_verbs or head in _CALLED_WORDS or head in _ASKED_ANSWERED or named_before or demanded
            or toks.norm[i] in _FOREIGN_RANKS and j - i >= 3
        ):
            m.start = toks.idx[i + 1]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i + 1, j)


def _surer_name_follows(toks: _Tokens, later: list[MentionDraft], j: int, reach: int = 10) -> bool:
    for x in later:
        if "tok" not in x.extra:
            continue
        xi = x.extra["tok"][0]
        # «وقال المنسق المقيم للأمم المتحدة في اليمن، ماتياس بيرغر، إن»: the name set off by a comma
        # right before it is the subject's too (not «…، خلال مؤتمر مع وزير … جان نويل بارو»)
        upto = xi - 1 if xi - 1 > j and toks.text[xi - 1] in ("،", ",") else xi
        if xi - j > reach or any(toks.norm[t] in _SUBJECT_ENDS or toks.text[t] in _SUBJECT_ENDS for t in range(j, upto)):
            return False
        if x.label == "PERSON" and x.confidence >= 0.8:
            return True
    return False


# a gallery, a studio, a boutique: «صاحب غاليري "مدار" في جدة فيصل العتيبي» (the model reads
# the loanword as a given name)
_STUDIOS = frozenset(norm_key(w) for w in ("غاليري", "جاليري", "مرسم", "أتيليه", "بوتيك"))
# Premises named in marks after their noun («عيادة “بيلا هير”»، «فندق «شاطئ الخريف»»، «مطعم "…"»)
_PREMISES = frozenset(
    norm_key(w) for w in (
        "عيادة", "فندق", "مطعم", "مقهى", "متجر", "مصنع", "صيدلية", "مختبر", "مدرسة", "مستوصف", "منتجع", "ورشة", "مخبز",
        # a chain and its shops: «سلسلة «زووبلانيت» لمتاجر …»، «سلسلة متاجر «بيت الأليف»»
        "سلسلة", "متاجر", "مطاعم", "مقاهي", "محلات", "صالون",
        # a hall, a shop, a bookshop, a studio: «تدير صالة "غيم زون" (Game Zone) في السالمية»
        "صالة", "محل", "مكتبة", "استوديو",
        # a food cart or a kiosk: «صاحبة عربة "نوف للحلويات"»
        "عربة", "كشك",
        # a theatre or a troupe: «قال مسرح "زيتونة للدمى" في رام الله إنه»
        "مسرح", "فرقة",
    )
) | _STUDIOS
_MALIK = norm_key("مالك")
# What an owner («مالك») owns, when it follows the word: «مالك فرن»، «مالك مطعم»، «مالك شركة»
_OWNED_WORDS = (
    "فرن", "محل", "متجر", "مطعم", "مقهى", "مصنع", "مخبز", "مزرعة", "شركة", "ورشة", "صيدلية", "عيادة", "فندق",
    "سفينة", "قارب", "مركب", "شاحنة", "سيارة", "حافلة", "مكتب", "معرض", "مطحنة", "محطة", "عقار", "منزل", "أرض",
    "مسبح", "منتجع", "صالة", "قاعة", "استوديو", "مجمع", "مكتبة", "مغسلة", "مشغل", "حضانة", "روضة", "محمصة",
)
# Where a title's holder works: after a title, the place of work and its complement, never a name
# («وقال مدير مصنع الإسمنت إن»، «وقالت مديرة الفرع إن»، «مديرة فرع جهاز شؤون البيئة»)
_WORKPLACES = _PREMISES | frozenset(
    norm_key(w) for w in (
        "فرع", "مستشفى", "محطة", "مطحنة", "مزرعة", "معمل", "مستودع", "متحف", "منجم", "مخزن", "مسلخ",
        "مصنعا", "مطاحن", "مصانع", "مختبرات", "عيادات", "مستشفيات", "فروع",
        # a border post or a port: «ونفى مدير منفذ امساعد، العقيد ونيس الفاخري، أن»
        "منفذ", "معبر", "ميناء", "مطار",
    )
)
_OWNED = frozenset(norm_key(w) for w in _OWNED_WORDS)


_ONE_OF = frozenset(norm_key(w) for w in ("أحد", "إحدى"))


def _owned(toks: _Tokens, j: int, rules: Rules) -> bool:
    """The word at j is what an owner owns: a business or a property, bare («مالك فرن») or with
    the article («مالك الأكاديمية», «مالك الشركة»: also any organisation's noun)."""
    k = toks.norm[j]
    if k in _ONE_OF and j + 1 < toks.n:
        # «مالك أحد محلات الحيوانات الأليفة»: one of the businesses, named by its plural in ات
        p = toks.norm[j + 1]
        return p.endswith("ات") and any(x in _OWNED or x in _WORKPLACES for x in (p[:-2], p[:-2] + "ه"))
    if toks.text[j].startswith("ال"):
        return k[2:] in _OWNED or k[2:] in _WORKPLACES or k[2:] in rules.org_cues
    return k in _OWNED or k in _WORKPLACES or k in rules.org_cues  # «مالك مجمع "الواحة" الترفيهي»


def _premises_word(toks: _Tokens, i: int) -> bool:
    return any(k in _PREMISES for _, k in toks.single_peels(i))


# a body named by its kind with the article: «الشركة المستوردة، "الواحة للحوم والمواشي"،»
_BODY_KINDS = {norm_key(w): t for w, t in (
    ("الشركة", "company"), ("المجموعة", "company"), ("المؤسسة", "other"), ("الجمعية", "other"),
    ("المنظمة", "other"), ("المنصة", "company"), ("الوكالة", "other"),
)}


# an initiative or a campaign, which speaks as a body when it is a verb's subject
_CAMPAIGNS = frozenset(norm_key(w) for w in ("مبادرة", "حملة"))
_STATEMENT_NOUNS = frozenset(norm_key(w) for w in ("بيان", "بلاغ", "تقرير", "منشور", "تدوينة", "رسالة"))


def _speaks_after_marks(toks: _Tokens, x: int) -> bool:
    """After a name in marks: up to two definite adjectives («الحقوقية»، «الشبابية»), then «أن/إن/بأن»
    or «في بيان» (a statement noun): the name is what speaks, not what is spoken of."""
    for _ in range(2):
        if x < toks.n and toks.text[x].startswith("ال") and dediac(toks.text[x]).endswith(("ية", "ي", "ة")):
            x += 1
    if x < toks.n and toks.text[x] in ("،", ","):
        x += 1
    if x < toks.n and toks.norm[x] in _THAT_CONJ:
        return True
    return x + 1 < toks.n and dediac(toks.text[x]) in ("في", "عبر") and toks.norm[x + 1] in _STATEMENT_NOUNS


_NETWORKS = frozenset(norm_key(w) for w in ("شبكة",))  # (not «أن الشبكة «لن تستقر»»: the grid, then what it does)


def _body_named_in_marks(toks: _Tokens, rules: Rules, add) -> None:
    """«مدير الشركة المستوردة، "الواحة للحوم والمواشي"، عادل الفيتوري»: a name in marks set off by
    commas right after a body named by its kind (and its adjectives) is that body's name; so is one
    after «تدعى» that a body's cue word comes shortly before («شركة ناشئة تدعى "دروسي"»)."""
    for k in range(2, toks.n):
        if (
            toks.text[k] in _OPEN_MARKS and any(key in _NETWORKS for _, key in toks.single_peels(k - 1))
            and (end := _quoted_name(toks, k, max_words=4)) and all(is_arabic(toks.text[y]) for y in range(k + 1, end))
        ):
            # «ونشرت شبكة "ألارم فون صحارى" على منصة "إكس":»، «لشبكة "الرافدين" الإخبارية»: a network
            # by its name in marks (no body's cue: «شبكة الكهرباء» is none)
            add(k + 1, end, "ORG", "rule", 0.75).extra["quoted"] = True
            continue
        if (
            toks.text[k] in _OPEN_MARKS and toks.norm[k - 1] in _CAMPAIGNS
            and any(key in rules.person_verbs for _, key in toks.single_peels(k - 2))
            and (end := _quoted_name(toks, k, max_words=5)) and all(is_arabic(toks.text[y]) for y in range(k + 1, end))
            and _speaks_after_marks(toks, end + 1)
        ):
            # «اعتبرت مبادرة "حقي الرقمي" الحقوقية في بيان أن»، «وذكرت حملة "لا لقهر النساء" أن»: an
            # initiative or a campaign speaking right after the verb is a body by its name in marks
            add(k + 1, end, "ORG", "rule", 0.75, org_type="ngo").extra["quoted"] = True
            continue
        if toks.text[k] in _OPEN_MARKS and toks.norm[k - 1] in _CALLED_WORDS and (end := _quoted_name(toks, k, max_words=4)):
            # «شركة تونسية ناشئة تدعى "دروسي"»: a body described, then called by its name in marks
            cue = next((rules.org_cues[toks.norm[x]] for x in range(max(0, k - 5), k - 1) if toks.norm[x] in rules.org_cues and rules.org_cues[toks.norm[x]].get("label", "ORG") == "ORG"), None)
            if cue is not None:
                add(k + 1, end, "ORG", "rule", 0.75).org_type = cue.get("org_type")
            continue
        if (
            toks.text[k] in _OPEN_MARKS and toks.norm[k - 2] in _SOURCE_FRAMES
            and any(key in _FIGURES for _, key in toks.single_peels(k - 1))
            and (end := _quoted_name(toks, k, max_words=4)) and all(is_arabic(toks.text[y]) and toks.norm[y] not in _OR_NOT for y in range(k + 1, end))
        ):
            # «وبحسب بيانات «الإمارات للمزادات»»، «ووفقاً لأرقام "نخبة"»: the body whose figures they are
            add(k + 1, end, "ORG", "rule", 0.75).extra["quoted"] = True
            continue
        if toks.text[k] in _OPEN_MARKS and toks.text[k - 1].startswith("ال") and (named := _kind_then_marked_name(toks, k, rules)):
            # «الوكالة المنفذة "سكوب ستوديو"»، «المنصة الرقمية «ستاد بلس»»: the kind, its adjectives,
            # and a name in marks that no dictionary knows (not «الشركة الإماراتية "أخلّت …"»)
            m = add(k + 1, named[0], "ORG", "rule", 0.75, org_type=named[1])
            m.extra["quoted"] = True
            continue
        if toks.text[k] not in _OPEN_MARKS or toks.text[k - 1] not in ("،", ","):
            continue
        end = _quoted_name(toks, k, max_words=5)
        if not end or end + 1 >= toks.n or toks.text[end + 1] not in ("،", ","):
            continue
        x = k - 2
        while x > k - 4 and x > 0 and toks.text[x].startswith("ال") and toks.norm[x] not in _BODY_KINDS:
            x -= 1  # the kind's adjectives: «الشركة المستوردة»، «المجموعة الصناعية الكبرى»
        kind = _BODY_KINDS.get(toks.norm[x]) or _BODY_KINDS.get(norm_key(dediac(toks.text[x])[1:]))
        if kind is not None and all(is_arabic(toks.text[y]) for y in range(k + 1, end)):
            m = add(k + 1, end, "ORG", "rule", 0.75)
            m.org_type = kind


def _kind_then_marked_name(toks: _Tokens, k: int, rules: Rules) -> tuple[int, str] | None:
    """The mark at k follows a body's kind (الشركة، المنصة …) and up to three of its definite
    adjectives with no comma between; the marks hold up to four Arabic words, the first of them a
    place the lexicon knows with more words after it («سيناء للمياه الطبيعية») or a word that no
    dictionary, common-word or stop list knows and that is no verb in the future (ستتعاون): the
    closing mark's token and the kind's org type, else None."""
    x = k - 1
    while x > k - 4 and x > 0 and toks.text[x].startswith("ال") and toks.norm[x] not in _BODY_KINDS and toks.norm[x] not in rules.org_cues:
        x -= 1
    kind = _BODY_KINDS.get(toks.norm[x])
    end = _quoted_name(toks, k, max_words=4)
    if kind is None or not end or not all(is_arabic(toks.text[y]) for y in range(k + 1, end)):
        return None
    first = dediac(toks.text[k + 1])
    if end + 2 < toks.n and toks.text[end + 1] == "(" and _is_latin_tok(toks.text[end + 2]):
        return end, kind  # «الشركة المنظمة "ليالي بيروت" (Beirut Nights)»: words, but a name with its Latin form
    if toks.norm[k + 1] in rules.common or toks.norm[k + 1] in rules.stop:
        return None
    hit = _matches_at(toks, k + 1, rules.lexicon_index, single=True)
    if hit and hit[1] == 0 and hit[2].label == "LOC" and k + 1 + hit[0] < end:
        return end, kind  # «سيناء للمياه الطبيعية»
    if first[:1] == "س" and first[1:2] in "يتنأ" and _known_word(first[1:]):
        return None  # «الشركة "ستتعاون بشكل بنّاء"»: a future verb, what was said
    return None if _known_word(first) else (end, kind)


def _body_in_marks_after_title(toks: _Tokens, rules: Rules, mentions: list[MentionDraft]) -> None:
    """«نائبة رئيس «نوفا كلاود» لمنطقة …»: a name in marks right after a title in construct is the
    title's body, not a person (the model reads it as one)."""
    for m in mentions:
        if m.label != "PERSON" or m.source != "model" or "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        if i < 2 or j >= toks.n or toks.text[i - 1] not in _OPEN_MARKS or toks.text[j] != _OPEN_MARKS[toks.text[i - 1]]:
            continue
        if _matches_at(toks, i - 2, rules.roles, peel=False) and not toks.text[i - 2].startswith("ال"):
            m.label, m.org_type = "ORG", None
        elif _premises_word(toks, i - 2):
            m.label, m.org_type = "ORG", "company"  # «مدير عيادة “بيلا هير” محمد يلماز»: the clinic's name


def _business_word_after(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«فلوسي باي»، «مدار ميديا»: a name the model reads as a person or a place, right before a
    transliterated business word (باي، ميديا، كابيتال، تك), is a company's, that word and all."""
    taken = {t for m in mentions if "tok" in m.extra for t in range(*m.extra["tok"])}
    for m in mentions:
        if m.label not in ("PERSON", "LOC") or m.source != "model" or "tok" not in m.extra:
            continue
        i, j = m.extra["tok"]
        if j - i >= 2 and toks.norm[j - 1] in rules.name_words and not toks.text[j - 1].startswith(("ال", "لل")):
            m.label, m.org_type = "ORG", "company"  # «بوسفور غيمز»: the business word read inside the name
            continue
        end = j
        while end < toks.n and end not in taken and toks.norm[end] in rules.name_words and not toks.text[end].startswith(("ال", "لل")):
            end += 1
        if end > j:
            m.label, m.org_type = "ORG", "company"
            m.end = toks.end[end - 1]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (i, end)


_SOURCES = frozenset(norm_key(w) for w in ("مصدر", "مصدران", "مصدرين", "مصادر", "مسؤول", "مسؤولان", "مسؤولون", "مسؤولين", "دبلوماسي", "دبلوماسيون"))


def _adjective_after_source(toks: _Tokens, mentions: list[MentionDraft]) -> None:
    """«وقال مصدران مطلعان»، «مصدر مسؤول»: one word the model reads as a person right after an
    unnamed source is its adjective, no name."""
    for m in mentions:
        if m.label == "PERSON" and m.source == "model" and "tok" in m.extra:
            i, j = m.extra["tok"]
            if j - i == 1 and i > 0 and toks.single_peels(i - 1)[-1][1] in _SOURCES:
                m.extra["drop"] = True


def _join_hyphenated(mentions: list[MentionDraft], text: str) -> None:
    """«بارك جي-هون»، «لين وي-مينغ»: two mentions joined by a hyphen with no space are one name (a
    person's when either part is), not an organisation and a person side by side."""
    ms = sorted((m for m in mentions if not m.extra.get("drop")), key=lambda m: m.start)
    for a, b in zip(ms, ms[1:]):
        if a.extra.get("drop") or b.start != a.end + 1 or text[a.end : b.start] != "-":
            continue
        b.start, b.text = a.start, text[a.start : b.end]
        if "PERSON" in (a.label, b.label):
            b.label = "PERSON"
            b.org_type = None
        b.confidence = max(a.confidence, b.confidence)
        if "tok" in a.extra and "tok" in b.extra:
            b.extra["tok"] = (a.extra["tok"][0], b.extra["tok"][1])
        a.extra["drop"] = True


def _hyphenated_part(text: str, m: MentionDraft) -> None:
    """«كليمنتاين نكويتا-سلامي»، «حي بوردو-لاك»: a part joined by a hyphen, with no space, belongs to the name."""
    hit = _HYPHEN_PART.match(text, m.end)
    if hit:
        m.end = hit.end()
        m.text = text[m.start : m.end]


_TANWEEN = ("\u064b", "\u064c", "\u064d")
_MIN = norm_key("من")
# Adjectives that describe someone unnamed by age, seniority or as one more of a kind, right after an
# indefinite noun: «لاعب قديم»، «سائس آخر»، «مهندس شاب»، «موظف متقاعد».
_DESCRIBING = frozenset(
    norm_key(w)
    for w in (
        "قديم", "قديمة", "شاب", "شابة", "عجوز", "مسن", "مسنة", "مخضرم", "مخضرمة", "متقاعد", "متقاعدة",
        "سابق", "سابقة", "آخر", "أخرى", "ثالث", "ثالثة",
    )
)


def _lexicon_mentions(toks: _Tokens, rules: Rules, add) -> None:
    i = 0
    while i < toks.n:
        hit = _matches_at(toks, i, rules.lexicon_index, single=True)
        if hit and hit[1] and toks.single_peels(i)[-1][1] in rules.common and hit[0] < 3:
            # a clitic-peeled match that is an ordinary word (بطاقة → طاقة) is no name; a name of three
            # words or more is («لبرنامج الأغذية العالمي»)
            hit = None
        if hit and hit[0] == 1 and toks.text[i].endswith(_TANWEEN):
            hit = None  # «كافٍ» (enough) is no «كاف» (CAF): a name takes no nunation
        if hit and hit[1] and hit[0] == 1 and hit[2].attrs.get("minor") and len(toks.norm[i]) - hit[1] <= 3:
            hit = None  # «بنيس» (a family name) is no ب + «نيس» (Nice): a short lesser place takes no clitic
        if hit and hit[0] == 1 and (other := hit[2].attrs.get("notform")) and dediac(toks.text[i][hit[1]:]) in other.split("|"):
            hit = None  # «إبل» (camels) folds onto Apple's «ابل»: a spelling the entry lists as another word
        if (
            hit and hit[2].label == "PRODUCT" and hit[0] == 1 and not hit[1] and i > 0
            and toks.norm[i - 1] in rules.first_names and not toks.text[i].startswith("ال")
        ):
            hit = None  # «كاتارينا هوبر»: a family name after the given name, not the chip «هوبر»
        if hit and hit[2].label == "PERSON" and not hit[1] and i >= 2 and toks.norm[i - 1] in _SON_OF and is_arabic(toks.text[i - 2]):
            i += hit[0]  # «خالد بن محمد بن زايد آل نهيان»: a known name as the father's, inside the son's
            continue
        if hit and hit[2].label == "LOC" and hit[0] == 1 and not hit[1] and _adjective_use(toks, i, rules):
            i += 1  # «السوق السعودية»، «شركة «معادن» السعودية»: the adjective, not the country
            continue
        if hit and hit[2].label == "LOC" and hit[0] == 1 and any(k in _CONTINENTS for _, k in toks.single_peels(i)):
            # «شمال أفريقيا»، «أوروبا الشرقية»: a compass word makes a region of a continent
            start, stop, off = i, i + 1, hit[1]
            if i > 0 and any(k in _COMPASS for _, k in toks.single_peels(i - 1)) and not off:
                start = i - 1
                off = next(o for o, k in toks.single_peels(i - 1) if k in _COMPASS)
            if stop < toks.n and toks.norm[stop] in _COMPASS_ADJ:
                stop += 1
            if (start, stop) != (i, i + 1):
                add(start, stop, "LOC", "lexicon", 0.9, off, lex=None if start < i or stop > i + 1 else hit[2])
                i = stop
                continue
        if hit:
            n, off, entry = hit
            tail = _latin_tail(toks, i, n)
            if tail and entry.label == "ORG" and not _matches_at(toks, i + n, rules.lexicon_index, peel=False):
                i += 1  # «Apple Intelligence»: a product named after its maker; the rules take it
                continue
            if tail and entry.label == "PRODUCT":
                # «iPhone 16»، «Galaxy S25»: a model of a known product line, made by the same maker.
                m = add(i, tail, "PRODUCT", "lexicon", 0.9, off)
                if entry.attrs.get("maker"):
                    m.extra["maker"] = entry.attrs["maker"]
                i = tail
                continue
            if entry.label == "PRODUCT" and n > 1:
                # «NVIDIA Grace»: the maker's name, then the product.
                sub = _prefix_org(toks, i, n, rules)
                if sub:
                    org = sub[1]
                    add(i, i + sub[0], "ORG", "lexicon", 0.95, off, lex=org, latin=org.latin, org_type=org.attrs.get("org_type"))
                    add(i + sub[0], i + n, "PRODUCT", "lexicon", 0.95, 0, lex=entry, latin=entry.latin)
                    i += n
                    continue
            if n > 1 and _name_keys(entry.name) == tuple(toks.norm[i + 1 : i + n]) and any(
                k == _AGENCY and entry.attrs.get("org_type") == "media" or k == _MOVEMENT for _, k in toks.single_peels(i)
            ):
                i, n, off = i + 1, n - 1, 0  # «وكالة فرانس برس» → «فرانس برس»، «حركة حماس» → «حماس»: the name follows the word
            elif entry.label == "LOC" and n > 1 and any(k in _REGION_WORDS for _, k in toks.single_peels(i)) and toks.text[i + 1].startswith("ال"):
                i, n, off = i + 1, n - 1, 0  # «دول الخليج»، «منطقة الشرق الأوسط» → «الخليج»، «الشرق الأوسط»
            elif entry.label == "ORG" and entry.attrs.get("org_type") == "company" and i + n < toks.n and toks.norm[i + n] in _SECTORS:
                n += 1  # «أدنوك للغاز»، «أدنوك للتوزيع»: a company's arm named by its sector
            add(i, i + n, entry.label, "lexicon", 0.95, off, lex=entry, latin=entry.latin, org_type=entry.attrs.get("org_type"))
            i += n
        else:
            i += 1


_AGENCY = norm_key("وكالة")
_PARTICLES = frozenset(
    norm_key(w)
    for w in (
        "لن", "لم", "قد", "يعني", "أي", "إن", "أن", "ليس", "هذا", "هذه",
        # the speaker's own pronouns: «"تعاملوا معي وكأنني أنا المخطئة"» is words spoken, no name
        "أنا", "نحن", "أنت", "أنتم", "معي", "معنا", "لي", "لنا", "عندي", "عندنا", "إنني", "إننا", "وكأنني", "كأنني",
    )
)
_REGION_WORDS = frozenset(norm_key(w) for w in ("دول", "منطقة"))
_THAT = frozenset(norm_key(w) for w in ("أن", "إن", "بأن", "في"))
_MOVEMENT = norm_key("حركة")
# the conjunctions of reported speech, which no name ends with: «شاهد محمود بأن»
_CONJ_THAT = frozenset(norm_key(w) for w in (
    "أن", "إن", "بأن", "وأن", "وإن", "وبأن", "فإن", "بأنه", "بأنها", "أنه", "أنها", "إنه", "إنها",
))
_BASIM = norm_key("باسم")
# what is done to a platform, which is then the object: «أطلقت الشركة منصة …»، «دشنت منصة …»
_LAUNCHED = frozenset(norm_key(w) for w in ("أطلقت", "دشّنت", "أنشأت", "طورت", "أسست", "افتتحت", "أعلنت", "استحوذت", "اشترت"))
# «منت»/«ولد»/«بنت»: "daughter/son of" in Mauritanian and Maghrebi names, between one's name and the father's
_DAUGHTER_SON = frozenset(norm_key(w) for w in ("منت", "ولد", "بنت"))
# who speaks «on behalf of» a body: «المتحدث الرسمي باسم …»
_SPOKESMEN = frozenset(norm_key(w) for w in (
    "المتحدث", "المتحدثة", "الناطق", "الناطقة", "الرسمي", "الرسمية", "متحدث", "متحدثة", "ناطق", "ناطقة", "متحدثا", "متحدثاً",
))


def _given_before_kin(toks: _Tokens, k: int, rules: Rules) -> bool:
    """The word at k, before «منت/ولد», is a given name: Arabic, no article, no stop or title word,
    and a given name known or no word of the dictionary («اعزيزة»، «اعلي»)."""
    t = toks.text[k]
    return (
        is_arabic(t) and t.isalpha() and not t.startswith("ال") and toks.norm[k] not in rules.stop
        and _matches_at(toks, k, rules.roles, single=True) is None
        and (toks.norm[k] in rules.first_names or not _known_word(dediac(t)))
    )


_SECTORS = frozenset(norm_key(w) for w in (
    "للغاز", "للتوزيع", "للطاقة", "للاتصالات", "للطيران", "للحفر", "للكيماويات", "للبتروكيماويات", "للتكرير",
    "للتأمين", "للاستثمار", "للتطوير", "للعقارات", "للتجزئة", "للإنشاءات", "للصناعات", "للشحن",
))
_CONTINENTS = frozenset(norm_key(w) for w in ("أفريقيا", "إفريقيا", "أوروبا", "آسيا", "أمريكا", "أميركا"))
_COMPASS = frozenset(norm_key(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط"))
_COMPASS_ADJ = frozenset(norm_key(w) for w in ("الشرقية", "الغربية", "الشمالية", "الجنوبية", "الوسطى", "اللاتينية"))
_CLOSING = frozenset({"»", '"', "”", ")", "'"})


def _adjective_use(toks: _Tokens, i: int, rules: Rules) -> bool:
    """A place name that is also a relative adjective (السعودية) used as one: right after a definite
    noun (السوق السعودية، المخرجة السعودية) or after a quoted or bracketed name (شركة «معادن» السعودية)."""
    t = dediac(toks.text[i])
    if not (t.startswith("ال") and t.endswith("ية")) or i == 0 or toks.sent[i - 1] != toks.sent[i]:
        return False
    prev = toks.text[i - 1]
    return prev in _CLOSING or (
        prev.startswith("ال") and is_arabic(prev) and (prev.endswith("ة") or not _matches_at(toks, i - 1, rules.roles, peel=False))
    )  # not «زار الأمير السعودية»


_BODIES = frozenset(norm_key(w) for w in ("جبهة", "حركة", "تيار", "ائتلاف", "تحالف", "التيار", "التحالف"))
_DAY_PARTS = frozenset(norm_key(w) for w in ("صباح", "مساء", "ظهر", "فجر", "ليلة", "ليل", "عصر", "صبيحة"))


@functools.lru_cache(maxsize=4096)
def _name_keys(name: str) -> tuple[str, ...]:
    return _keys_of(name)


def _latin_tail(toks: _Tokens, i: int, n: int) -> int:
    """End of the Latin run that goes on right after a Latin match of n tokens at i (0 if none)."""
    last = i + n - 1
    if not _is_latin_tok(toks.text[last]) or i + n >= toks.n or not toks.ws_after[last]:
        return 0
    j = i + n
    if not (_is_latin_tok(toks.text[j]) or toks.text[j].isdigit()):
        return 0
    end = _latin_run(toks, i)
    return end if end > i + n else 0


def _prefix_org(toks: _Tokens, i: int, n: int, rules: Rules):
    """(length, entry) of an ORG lexicon name that opens the n-token phrase at i, if any."""
    for keys, entry in rules.lexicon_index.get(toks.norm[i], ()):
        p = len(keys)
        if entry.label == "ORG" and p < n and all(toks.norm[i + k] == keys[k] for k in range(p)):
            return p, entry
    return None


_AFTER_A_SPEAKER = frozenset(norm_key(w) for w in ("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "في", "خلال", "لـ"))


def _ends_a_subject(toks: _Tokens, k: int, rules: Rules) -> bool:
    """What may follow a speaker's name: the end, punctuation, a conjunction, «في/خلال», a reporting verb."""
    if k >= toks.n:
        return True
    t = toks.text[k]
    return t in "،,.:؛;()" or toks.norm[k] in _AFTER_A_SPEAKER or any(key in rules.person_verbs for _, key in toks.single_peels(k))


# «أكبر»، «أصغر» ("greater", "lesser") are also the second half of a Persian compound given name
_AKBAR_ASGHAR = frozenset(norm_key(w) for w in ("أكبر", "أصغر"))
_SUPERLATIVES = frozenset(norm_key(w) for w in ("أكبر", "أصغر", "أقدم", "أحدث", "أول", "أكثر", "أهم", "أضخم"))


def _surname_word(toks: _Tokens, k: int, rules: Rules) -> bool:
    """A word that may be a family name after a compound given name: Arabic, no article or
    preposition, no stop word, none of news text's common words, no adverbial accusative («سناً»)."""
    t = dediac(toks.text[k])
    return (
        is_arabic(t) and t.isalpha() and len(t) >= 3 and not t.startswith(("ال", "لل", "بال"))
        and toks.norm[k] not in rules.stop and toks.norm[k] not in rules.common and not t.endswith("ا")
    )


def _family_word_after(toks: _Tokens, k: int, rules: Rules) -> bool:
    """A word that can only go on a name at ``k``: a given name, or an Arabic word with no article,
    no clitic, no stop word and none the dictionary knows («حسيني»، «أبطحي»; not «جائزة» of «حصل
    محمد علي جائزة», "got a prize")."""
    t = dediac(toks.text[k])
    if not is_arabic(t) or t.startswith(("ال", "و", "ف", "لل")) or toks.norm[k] in rules.stop or any(c in t for c in _MARKS):
        return False
    return toks.norm[k] in rules.first_names or (len(t) >= 3 and not _known_word(t))


def _is_name_word(toks: _Tokens, i: int, rules: Rules, allow_common: bool = False) -> bool:
    t = toks.text[i]
    if len(t) < 2 or not any(ch.isalpha() for ch in t) or any(ch.isdigit() for ch in t):
        return False
    if _is_latin_tok(t):
        return True
    if not is_arabic(t):
        return False
    keys = [k for _, k in toks.peels[i]]
    if dediac(t) == "علي" and i > 0 and toks.norm[i - 1] in rules.first_names and _ends_a_subject(toks, i + 1, rules):
        return True  # «قال الدكتور أسد علي، اختصاصي …»: the name Ali (written with ي) closing a name, not «على»
    if dediac(t) == "علي" and 0 < i < toks.n - 1 and toks.norm[i - 1] in rules.first_names and _family_word_after(toks, i + 1, rules):
        return True  # «محمد علي حسيني»، «محمد علي صالح»: a compound given name, not «على»
    if toks.norm[i] in rules.stop or keys[-1] in rules.stop or toks.norm[i] in _SUBJECT_ENDS:
        return False  # (and «إنها»، «أنه»: «قالت الممثلة رهف عبد الله إنها عادت»)
    if toks.norm[i] in rules.person_verbs or toks.norm[i] in rules.org_cues or toks.norm[i] in rules.roles:
        return False
    if any(k in rules.person_verbs or o == 1 and k in _SAYING_NOW for o, k in toks.peels[i]):
        return False  # «جان لوك ميلانشون فرأى»، «سهى عبد الرحمن فترى»: ف/و + a reporting verb starts the clause, not the name
    if t.endswith(("اً", "ًا")) or t.startswith("لـ") or any(c in t for c in _MARKS):
        return False  # an adverbial accusative (كارثياً), لـ"الجزيرة: no word of a name
    if len(t) >= 5 and t.startswith("سأ"):
        return False  # a first-person future verb: «إنني سألعب في الدفاع»
    if i > 0 and toks.norm[i - 1] in rules.first_names and _future_verb(toks, i, rules) and not dediac(t).endswith(("ا", "ى")):
        # «أيمن سيرحل يوماً ما»: a future verb after the given name, no word of it (not «شركة
        # سيدار», nor the family name «مارينا سيلفا»)
        return False
    if len(dediac(t)) >= 6 and t[0] == "ل" and t[1] in "يت" and toks.norm[i] not in rules.first_names and _known_word(dediac(t)[1:]):
        return False  # ل + a present verb: «وعاد عمر ليطمئن الجمهور»
    w = dediac(t)
    if len(w) == 6 and w[0] in "بل" and w[1] == "ت" and w[4] == "ي" and _known_word(w[1:]) and toks.norm[i] not in rules.first_names:
        return False  # ب/ل + a verbal noun تفعيل: «طالب النائب صابر حمدان بتشديد العقوبات»، «لتوفير»
    if (
        len(t) >= 5 and t.endswith(("يان", "يون", "يين")) and toks.norm[i] not in rules.first_names
        # («رشيد بوزيان»: after a given name, a family name in -يان)
        and not (t.endswith("يان") and i > 0 and toks.norm[i - 1] in rules.first_names and not t.startswith("ال"))
    ):
        return False  # a dual or plural relative adjective: «مسؤولان مصريان»
    if t.startswith("وال") and len(t) > 5 and _known_word(dediac(t)[3:]):
        return False  # و + a definite noun: «بحذر والابتعاد»
    if toks.norm[i].startswith("ال") and t.startswith("ال") and toks.norm[i][2:] in rules.org_cues:
        return False  # النادي، اللجنة: an organisation referred back to (not «إلدار»)
    if allow_common:
        return True
    return toks.norm[i] not in rules.common


_MARKS = set('"«»“”„‘’()[]')
_SOURCE_NOUNS = frozenset(norm_key(w) for w in ("بيانات", "تقرير", "تقديرات", "إحصاءات", "أرقام", "دراسة", "مسح", "بيان", "استطلاع"))
_CURRENCIES = frozenset(norm_key(w) for w in ("ريال", "دينار", "درهم", "جنيه", "دولار", "يورو", "ليرة", "روبل", "يوان", "روبية"))


def _latin_run(toks: _Tokens, i: int) -> int:
    """End (exclusive) of the run of Latin-script tokens starting at i (0 if none)."""
    if not _is_latin_tok(toks.text[i]):
        return 0
    j = i + 1
    while j < toks.n:
        t = toks.text[j]
        if _is_latin_tok(t) or t.isdigit():
            j += 1
        elif t in _LATIN_JOINERS and not toks.ws_after[j - 1] and j + 1 < toks.n and _is_latin_tok(toks.text[j + 1]):
            j += 2
        else:
            break
    return j


def _latin_name(words: list[str]) -> bool:
    """Latin words written as a name: a capital somewhere, and no lowercase word of four letters or
    more after the first («Brownian motion», «new moon» are terms; «Bank of America» a name)."""
    return any(ch.isupper() for w in words for ch in w) and not any(
        len(w) > 3 and w.isalpha() and w.islower() for w in words[1:]
    )


def _in_parens(toks: _Tokens, i: int, j: int) -> bool:
    return i > 0 and toks.text[i - 1] == "(" and j < toks.n and toks.text[j] == ")"


def _rule_mentions(toks: _Tokens, rules: Rules, add) -> None:
    i = 0
    prev_label = None
    prev_end = -1
    while i < toks.n:
        # Latin runs: label from what precedes them.
        j = _latin_run(toks, i)
        if j:
            if not _in_parens(toks, i, j) and _latin_name(toks.text[i:j]):
                label, conf, org_type = _label_latin_run(toks, i, rules, prev_label if prev_end == i - 1 else None)
                first = _matches_at(toks, i, rules.lexicon_index, peel=False)
                if first and first[2].label == "ORG" and first[0] < j - i:
                    # «Apple Intelligence»: a product named with its maker's name in front.
                    m = add(i, j, "PRODUCT", "rule", 0.75)
                    m.extra["maker"] = first[2].latin or first[2].name
                else:
                    add(i, j, label, "rule", conf, org_type=org_type)
                    prev_label = label
                prev_end = j - 1
            i = j
            continue
        # Organisation and place cues: شركة X، وزارة …، مدينة X.
        for off, key in toks.single_peels(i):
            cue = rules.org_cues.get(key)
            if cue is not None and toks.text[i].endswith("ه") and i + 1 < toks.n and toks.norm[i + 1] in rules.first_names:
                cue = None  # «الذي يقول مؤسسه كريم بنسودة»: «its founder» before a given name, no «مؤسسة»
            if (
                cue is not None and key == _FOUNDER and i + 1 < toks.n
                and any(k2 in rules.org_cues and rules.org_cues[k2].get("label", "ORG") == "ORG" for _, k2 in toks.single_peels(i + 1))
            ):
                cue = None  # «وتقول مؤسسة نادي رام الله للتسلق، لينا عودة،»: «founder of» before a body's cue word
            inner = rules.org_cues.get(key[2:], {}) if cue is None and key.startswith("ال") and dediac(toks.text[i][off:]).startswith("ال") else {}
            if (
                not inner and cue is None and not off and key.startswith("لل") and len(key) > 4
                and key[2:] in rules.org_cues  # (the cheap test first: asked of every «لل» word)
                and not any(_matches_at(toks, x, rules.roles, single=True) for x in range(max(0, i - 3), i))
            ):
                # «بيان للجيش الإسرائيلي»: the article after ل lost its alif (not a title's body,
                # «الكاتب العام للجامعة الهادي الزغلامي», which the name follows)
                inner = rules.org_cues[key[2:]]
            if inner and (named := _described_then_marked(toks, i)):
                # «وأكدت الشركة المشغلة، "ريد سي جت"، أنها»، «ونفت الشركة الموزعة للعبة في الخليج، "بيكسل
                # أرينا"، أن»: the body described, then named in marks set off by commas
                add(named[0], named[1], "ORG", "rule", 0.8, org_type=inner.get("org_type")).extra["quoted"] = True
                break
            if key == _THE_CHAMBER and i + 1 < toks.n and toks.norm[i + 1] in _CHAMBER_KINDS:
                # «الغرفة التجارية»، «الغرفة التجارية والصناعية بجدة»: a chamber named by its kind
                # alone (and its town glued to ب), no «للـ» complement
                end = i + 2 + (i + 2 < toks.n and toks.norm[i + 2] in _AND_INDUSTRY)
                if end < toks.n and toks.text[end].startswith("ب") and (hit := _matches_at(toks, end, rules.lexicon_index)) and hit[2].label == "LOC":
                    end += hit[0]
                add(i, end, "ORG", "rule", 0.7, off, org_type="other").extra["include_cue"] = True
                break
            if inner.get("include") or inner.get("definite_include"):
                # «الهيئة العامة للمنافسة»: a definite cue names an organisation only when a
                # definite adjective and a «للـ» complement follow (else it refers back: الهيئة).
                end = _definite_cue_name_end(toks, i + 1, rules, inner)
                lil = next((x for x in range(i + 1, end) if toks.text[x].startswith("لل")), end)
                words = list(range(i + 1, lil)) if end else []  # the words before a «للـ» complement
                if end and inner.get("nisba_only") and not (words and all(toks.text[x].endswith(("ية", "ي")) for x in words)):
                    end = 0  # «الخطوط العريضة للخطة»: only relative adjectives make these cues a name
                if end and inner.get("definite_words") and toks.norm[i + 1] not in inner["definite_words"]:
                    end = 0  # «المدرسة الوطنية للسيرك» names a body, «المدرسة الابتدائية للبنات» none
                if end and not inner.get("include") and toks.text[i + 1].startswith("الم") and not _nisba(toks.text[i + 1]):
                    end = 0  # «الشركة المشغلة للتطبيق»: the company described by what it does, no name
                while end - 2 > i and toks.norm[end - 1] in _TIME_AFTER:
                    end -= 2  # «الشركة السودانية للموارد المعدنية العام الماضي»: the time after the name
                if end:
                    end = _name_tail(toks, end, inner, rules)
                    add(i, end, inner.get("label", "ORG"), "rule", 0.7, off, org_type=inner.get("org_type")).extra["include_cue"] = True
                break
            if cue is not None and cue.get("definite_only") and cue.get("max", 0) and (close := _quoted_name(toks, i + 1, max_words=5)):
                # «مركز "بيروت للدراسات المالية"»: an indefinite cue names the body its marks name
                add(i + 2, close, cue.get("label", "ORG"), "rule", 0.8, org_type=cue.get("org_type")).extra["quoted"] = True
                break
            if cue is None or cue.get("max", 0) == 0 or cue.get("definite_only") and not cue.get("first_words") and not cue.get("needs_lil"):
                continue
            if i > 0 and not off and toks.norm[i - 1] in _SUPERLATIVES:
                continue  # «ثالث أكبر بنك مدرج في البورصة»: one of a kind ranked, no name
            label = cue.get("label", "ORG")
            org_type = cue.get("org_type") if label == "ORG" else None
            k = i + 1
            if cue.get("first_words") or cue.get("place_first"):
                # «جهاز حماية المستهلك», «غرفة تجارة وصناعة الكويت», «مكتب رئيس الوزراء»: a cue that is
                # also an ordinary word (جهاز آيفون، غرفة الفندق) names a body only before these words.
                first = next((f for f in cue["first_words"] if tuple(toks.norm[k : k + len(f)]) == f), None)
                if first is None and cue.get("place_first") and k < toks.n:
                    place = _matches_at(toks, k, rules.lexicon_index, peel=False)
                    if place and place[2].label == "LOC" or toks.norm[k] == _AMMAN:
                        # «أمانة بغداد»: the cue before a known place; «أمانة عمّان» (the lexicon leaves
                        # عمان alone out: Oman or Amman; after أمانة it is Amman)
                        first = (toks.norm[k],) if toks.norm[k] == _AMMAN else ()
                if first is None and cue.get("two_word_complement"):
                    end = _two_word_complement(toks, k)
                    if end:
                        add(i, end, label, "rule", 0.75, off, org_type=org_type).extra["include_cue"] = True
                        prev_label, prev_end = label, end - 1
                    break
                if first is None:
                    break
                end = k + len(first)
                place = _matches_at(toks, end, rules.lexicon_index, peel=False) if end < toks.n else None
                if place and place[2].label == "LOC":
                    end += place[0]  # «غرفة تجارة دبي»
                    if cue.get("place_adjective") and end < toks.n and _nisba(toks.text[end]) and toks.norm[end] not in rules.nationalities:
                        end += 1  # «غرفة جدة التجارية»: the place, then what the chamber is
                elif end < toks.n and toks.text[end].startswith("ال"):
                    end = _cue_name_end(toks, end, cue, rules)  # «مكتب رئيس الوزراء», not «رئاسة الجمهورية للمصادقة»
                elif cue.get("definite_only"):
                    break  # «إدارة مرفأ بيروت» is named by its place; «إدارة مطار جديد» names nothing
                end = _name_tail(toks, end, cue, rules)
                if cue.get("general_after") and end < toks.n and toks.norm[end] in _HIGH and toks.norm[end - 1] not in _HIGH:
                    end += 1  # «قوة الإطفاء العام»: «general»
                add(i, end, label, "rule", 0.75, off, org_type=org_type).extra["include_cue"] = True
                prev_label, prev_end = label, end - 1
                break
            d = next((d for d in (0, 1) if k + d + 2 < toks.n and toks.norm[k + d + 1] == _ALA_KEY and toks.norm[k + d + 2] in _ITSELF), None)
            if d is not None:
                # «مجموعة تطلق على نفسها اسم "ظل الصحراء"»، «مجموعة قرصنة تطلق على نفسها اسم "…"»: no
                # body named «تطلق» or «قرصنة»; the name it gives itself, in marks after «اسم»
                j2 = k + d + 3 + (k + d + 3 < toks.n and toks.norm[k + d + 3] == _NAME_KEY)
                named = _quoted_name(toks, j2, max_words=5)
                if named:
                    add(j2 + 1, named, label, "rule", 0.8, org_type=org_type).extra["quoted"] = True
                break
            close = _quoted_name(toks, k, max_words=5)  # «جمعية «نساء من أجل المساواة»»: a body named in marks, up to five words
            known = _matches_at(toks, k, rules.lexicon_index, peel=False) if k < toks.n else None
            if known and cue.get("org_type") == "media" and known[2].attrs.get("org_type") == "media":
                break  # «وكالة بلومبرغ»: the lexicon names the agency
            if (
                known and cue["include"] and known[2].label == "ORG" and (toks.norm[k] in _BODIES or toks.norm[k] in rules.org_cues)
                and _cue_name_end(toks, k, cue, rules) <= k + known[0]
            ):
                break  # «حزب جبهة التحرير الوطني»: the cue before a body the lexicon knows, itself named by a body word
            cue_only = _matches_at(toks, k, rules.cue_only_index, peel=False) if k < toks.n else None
            if (
                cue_only and cue_only[2].label == "LOC" and label == "ORG" and cue["include"] and key in _MUNICIPAL
                and (k + cue_only[0] >= toks.n or not toks.text[k + cue_only[0]].startswith("ال"))
            ):
                # «نفت بلدية صور أن»: a town's council, the town's bare name a word too (صور "pictures")
                add(i, k + cue_only[0], "ORG", "rule", 0.8, off, org_type=org_type).extra["include_cue"] = True
                prev_label, prev_end = label, k + cue_only[0] - 1
                break
            if cue_only and cue_only[2].label != label:
                cue_only = None  # «منطقة الخليج»: a place cue before a paper's name names the place
            if cue_only and cue["include"] and cue_only[2].attrs.get("org_type") != cue.get("org_type"):
                # «بنك الخليج الكويتي»: the cue is part of a longer name, no paper called الخليج; but
                # «دائرة الشرق الأوسط» names a department after a region: no mention from the cue
                if _cue_name_end(toks, k, cue, rules) <= k + cue_only[0]:
                    break
                cue_only = None
            elif cue_only and cue_only[2].attrs.get("org_type") != cue.get("org_type") and _cue_name_end(toks, k, cue, rules) > k + cue_only[0]:
                cue_only = None  # «مجموعة الخليج للاستشارات»: a longer name than the paper's
            if close:
                add(k + 1, close, label, "rule", 0.8, org_type=org_type).extra["quoted"] = True  # شركة «إي فاينانس»
                prev_label, prev_end = label, close
                break
            if cue_only:
                entry = cue_only[2]
                m = add(k, k + cue_only[0], entry.label, "lexicon", 0.9, lex=entry, latin=entry.latin, org_type=entry.attrs.get("org_type"))
                m.extra["after_cue"] = True  # «صحيفة الخليج»: the paper, not the region the lexicon also knows
                break
            if k < toks.n and _latin_run(toks, k):
                end = _latin_run(toks, k)
            else:
                end = _cue_name_end(toks, k, cue, rules)
                end = next((x for x in range(k + 1, end) if _joined_known_body(toks, x, rules)), end)
                if end - k >= 2 and toks.text[end - 1].startswith("لل") and len(toks.text[end - 1]) > 4:
                    # «شركة الجسر الليبي للنقل البري»: the complement's adjectives go with the name
                    # past the cue's word limit
                    end = _past_complement(toks, end - 1, rules)
            if (
                label == "ORG" and (seat := _known_place(toks, k, rules)) > 1 and k < end < k + seat and k + seat < toks.n
                and toks.text[k + seat].startswith("لل") and len(toks.text[k + seat]) > 4
            ):
                end = _past_complement(toks, k + seat, rules)  # «نادي رام الله للتسلق»: a place of two words, then the «للـ» complement
            if end == k and k < toks.n and cue.get("org_type") == "company" and toks.norm[k] in _FACILITIES:
                # «قرار شركة مطار البحرين»: the company named by the facility it runs and its place
                # (and what the facility handles: «شركة ميناء حاويات العقبة»)
                kind = int(_handled_kind(toks, k + 1, rules))
                if seat := _known_place(toks, k + 1 + kind, rules):
                    end = k + 1 + kind + seat
            # (a state utility by its service and the place it serves, «شركة مياه الشرب … بكفر الشيخ»)
            served = _served_place(toks, k + 1, rules) if k < toks.n and toks.norm[k] in _STATE_FIELDS else 0
            if end > k and toks.norm[end - 1] in _ROYAL and served != end:
                end = k  # «ملعب الأمير مولاي عبد الله»: the name was cut at its title (not the place «بكفر الشيخ»)
            if end > k and label == "LOC" and not cue["include"] and _handled_kind(toks, k, rules) and _known_place(toks, k + 1, rules):
                end = k  # «ميناء حاويات العقبة»: what the port handles, then its place (no place called «حاويات»)
            if end > k + 1 and label == "LOC" and cue["include"]:
                # «مدير الاستراتيجية في مطار هيثرو جيمس كارتر»: a given name after the place's own
                # name starts the person who works there (not «مطار الملك خالد»، «ملعب محمد حسين»)
                end = next((
                    x for x in range(k + 1, end)
                    if toks.norm[x] in rules.first_names and toks.norm[x - 1] not in _ROYAL and toks.norm[x - 1] not in rules.first_names
                    and toks.norm[x - 1] not in rules.connectors and not toks.text[x].startswith("ال")
                ), end)
            if end > k and cue.get("needs_nisba") and not any(_nisba(toks.text[x]) for x in range(k, end)) and not (
                # «مجمع الحجار للحديد والصلب»: for some, a definite name and its «للـ» complement too
                cue.get("or_lil") and toks.text[k].startswith("ال") and any(toks.text[x].startswith("لل") for x in range(k + 1, end))
            ):
                end = k  # «معرض دبي للطيران»، «مجمع المحاكم»: only «معرض القاهرة الدولي للكتاب» is named so
            if end > k and cue.get("nisba_only") and not (
                # (not a noun with its pronoun, «مكتبه بحي …»: his office, in a quarter)
                not dediac(toks.text[i]).endswith("ه")
                # (nor an indefinite adjective, «أقدم مكتبة جامعية»: a description, no name; a
                # place is the name: «جمارك دبي»)
                and (toks.text[k].startswith(("ال", "لل")) or _known_place(toks, k, rules))
                and all(toks.text[x].endswith(("ية", "ي")) for x in range(k, end))
                or any(toks.text[x].startswith("لل") for x in range(k + 1, end))
            ):
                # «خطوط الإنتاج في مصنعها»، «خطوط عمّان»: only relative adjectives or a «للـ» complement
                # («خطوط الواحة للحاويات») make «خطوط» a name
                end = k
            if end > k and cue.get("in_chamber") and (cut := next((x for x in range(k + 1, end) if _in_chamber(toks, x)), 0)):
                end = cut  # «شعبة الأدوية بالاتحاد العام للغرف التجارية»: the division's name ends at its chamber
            if end == k + 1 and cue.get("needs_lil") and (tail := _over_tail(toks, end, rules)) > end:
                end = tail  # «مركز الرقابة على الأغذية والأدوية»: a verbal noun that keeps what it oversees
            elif end > k and cue.get("needs_lil") and not any(toks.text[x].startswith("لل") for x in range(k + 1, end)) and not (
                end - k >= 2 and toks.text[k].startswith("ال") and _nisba(toks.text[end - 1])
            ) and not (cue.get("in_chamber") and _in_chamber(toks, end) and not (i > 0 and _matches_at(toks, i - 1, rules.roles, single=True))) and not (
                # «وأعلن "ائتلاف أولياء أمور مصر" في بيان»: the whole name in marks, opening on the cue
                i > 0 and not off and toks.text[i - 1] in _OPEN_MARKS and end < toks.n and toks.text[end] == _OPEN_MARKS[toks.text[i - 1]]
            ):
                end = k  # «مرصد رواد للأبحاث»، «دار الوسطى للأبحاث»، «مرصد الأسواق الفلاحية»: a «للـ» complement or a definite name with its adjective
            if end > k and cue.get("definite_name") and not (toks.text[k].startswith("ال") and not _nisba(toks.text[k]) or toks.norm[k] in rules.first_names):
                end = k  # «شارع الهرم»، «شارع فيصل»; not «شارع رئيسي», «في كل شارع وحي»
            if end > k and cue["include"] and label == "ORG" and toks.norm[k] not in _SEAT_NOUNS and _feminine_adjective(toks, k, rules):
                end = k  # «مؤسسة ناشئة»، «جامعة خاصة في …»: an indefinite adjective describes, no name
            # (and its nationality or another definite adjective: «منصة الحجوزات الإماراتية "رحّال"»)
            adj = int(k + 2 < toks.n and toks.text[k + 1].startswith("ال") and _nisba(toks.text[k + 1]) and toks.text[k + 2] in _OPEN_MARKS)
            if (
                end <= k + 1 and not cue["include"] and label == "ORG" and k + 1 < toks.n and toks.text[k].startswith("ال")
                and is_arabic(toks.text[k]) and toks.norm[k] not in rules.stop and (close := _quoted_name(toks, k + 1 + adj))
            ):
                # «شركة الطاقة "غرين فالي باور"»: the business's field in one word, then its name in marks
                add(k + 2 + adj, close, label, "rule", 0.8, org_type=org_type).extra["quoted"] = True
                prev_label, prev_end = label, close
                break
            if end > k and not cue["include"] and _lam_complement(toks.text[k]) and not (k + 1 < toks.n and toks.text[k + 1].startswith("لل")):
                end = k  # «15 شركة لتصوير المناسبات»، «شركة للتصوير»: what the business does, no name
            if end > k and not cue["include"] and label == "ORG" and served == end:
                # «شركة مياه الشرب والصرف الصحي بكفر الشيخ»: a state utility by its service and the
                # place it serves, the cue and all
                add(i, end, label, "rule", 0.8, off, org_type=org_type).extra["include_cue"] = True
                prev_label, prev_end = label, end - 1
                break
            if end > k and not cue["include"] and _descriptive(toks, k, cue, rules):
                end = k  # «شركة يابانية»، «شركة طيران خليجية»، «شركات التعدين»، «لشركة النادي»: no name
            if end > k and not cue["include"] and label == "ORG" and toks.text[k].startswith("ال"):
                # «شركة الأبحاث كاونتربوينت»، «شركة الأمن السيبراني "كاسبرسكي"»، «شركة الاستشارات البحرية
                # "أمبري"»: a definite description of the business, then the name
                q = end
                while q < toks.n and q - end < 2 and toks.text[q].startswith("ال"):
                    q += 1
                close = _quoted_name(toks, q)
                end = q if close else end
                if close:
                    add(end + 1, close, label, "rule", 0.8, org_type=org_type).extra["quoted"] = True
                    prev_label, prev_end = label, close
                    break
                if q > end and q < toks.n and is_arabic(toks.text[q]) and _is_name_word(toks, q, rules) and not toks.text[q].startswith(("ال", "لل", "و")):
                    break  # «شركة الاستشارات النرويجية ريستاد إنرجي»: the description, then the name unmarked
                if q > end and q < toks.n and toks.text[q].startswith("لل") and len(toks.text[q]) > 4 and not _nisba(toks.text[k]):
                    # «شركة الدلتا الجديدة للتكرير»: a definite name and its adjective, then its «للـ»
                    # complement and the complement's adjectives: all of it is the name
                    end = _past_complement(toks, q, rules)
                k = next((x for x in range(k + 1, end) if is_arabic(toks.text[x]) and not toks.text[x].startswith(("ال", "لل"))), k)
            if (
                end == k and key == _CLUB and k + 1 < toks.n and toks.text[k].startswith("ال") and is_arabic(toks.text[k])
                and toks.norm[k] not in rules.stop and toks.norm[k + 1] in _CLUB_KINDS
            ):
                # «نادي الشباب الرياضي»، «نادي الوحدة الثقافي»: a club named by a common word, then what
                # kind of club it is: the cue, the word and the kind are the name
                end = k + 2 + (k + 2 < toks.n and toks.norm[k + 2] in _CLUB_KINDS)
                add(i, end, label, "rule", 0.75, off, org_type=org_type).extra["include_cue"] = True
                prev_label, prev_end = label, end - 1
                break
            # (not «بيان نشر على موقع يستخدمه المتشددون»: a present verb with its object pronoun after the cue)
            if end > k and not (end == k + 1 and _verb_with_object(toks, k, rules)):
                if cue["include"]:
                    end = _name_tail(toks, end, cue, rules)
                    end = next((x for x in range(k + 1, end) if _joined_known_body(toks, x, rules)), end)
                    whole = _matches_at(toks, i, rules.lexicon_index)
                    if (
                        whole is not None and whole[2].label == label and k <= i + whole[0] < end
                        and not toks.text[i + whole[0]].startswith("لل") and not _nisba(toks.text[i + whole[0]])
                    ):
                        # «حزب جبهة التحرير الوطني النتائج»: the lexicon's name, whole from the cue, ends
                        # it (not before its adjective: «جمعية الهلال الأحمر الفلسطيني»)
                        end = i + whole[0]
                    add(i, end, label, "rule", 0.75, off, org_type=org_type).extra["include_cue"] = True
                elif key == _CLUB and (tail := _club_complement(toks, end, rules)):
                    # «نادي الظفرة لأصحاب الهمم»، «نادي الشارقة للرياضات البحرية»: a club's name with
                    # its ل complement is named with the cue
                    add(i, tail, label, "rule", 0.75, off, org_type=org_type).extra["include_cue"] = True
                else:
                    m = add(k, end, label, "rule", 0.8, org_type=org_type)
                    places = [_matches_at(toks, x, rules.lexicon_index, peel=False) for x in range(k, end)] if label == "ORG" else []
                    if any(p and p[2].label == "LOC" and p[0] < end - k for p in places):
                        m.extra["cue_name"] = True  # «موقع ليبيا أوبزرفر»، «نادي ريال مدريد»: a name after its cue holding a place
                    elif key == _CLUB and places and places[0] and places[0][0] == end - k:
                        m.extra["after_cue"] = True  # «نادي القادسية الكويتي»: a club named by its town is the club
                prev_label, prev_end = label, end - 1
            break
        if (
            toks.norm[i] in _SOURCE_FRAMES and i + 1 < toks.n and (close := _quoted_name(toks, i + 1, max_words=3))
            and close + 3 < toks.n and toks.text[close + 1] in "،," and toks.norm[close + 2] in _AND_HE_SHE
            and toks.single_peels(close + 3)[-1][1] in rules.org_cues and not _matches_at(toks, i + 2, rules.lexicon_index, peel=False)
        ):
            # «وبحسب "الدولية للمعلومات"، وهي شركة أبحاث مستقلة، فإن»: the source in marks, then the
            # kind of body it is
            add(i + 2, close, "ORG", "rule", 0.7, org_type="other").extra["quoted"] = True
        # A company verb before a name that is also a common word (أعلنت فوري): cue-only lexicon names.
        if toks.single_peels(i)[-1][1] in rules.company_verbs and i + 1 < toks.n:
            hit = _matches_at(toks, i + 1, rules.cue_only_index, peel=False)
            close = _quoted_name(toks, i + 1, max_words=2)
            if hit:
                entry = hit[2]
                add(i + 1, i + 1 + hit[0], entry.label, "lexicon", 0.85, lex=entry, latin=entry.latin, org_type=entry.attrs.get("org_type"))
            elif close and not _matches_at(toks, i + 2, rules.lexicon_index, peel=False):
                # «أعلنت «لُغة»، الشركة الإماراتية …»: a quoted name a company verb introduces
                add(i + 2, close, "ORG", "rule", 0.7, org_type="company").extra["quoted"] = True
        elif (
            toks.single_peels(i)[-1][1] in rules.person_verbs and i + 1 < toks.n
            and (close := _quoted_name(toks, i + 1, max_words=3)) and not _matches_at(toks, i + 2, rules.lexicon_index, peel=False)
            # (after a masculine verb, a definite name only: «وقال "البحّارة" في بيان»، a club by its nickname)
            and (toks.single_peels(i)[-1][1].endswith("ت") or toks.text[i + 2].startswith("ال") and is_arabic(toks.text[i + 2]))
            # (three words only before «في بيان»: «وقالت "بي إن سبورتس" في بيان إنها»)
            and (close - i - 2 <= 2 or close + 2 < toks.n and toks.norm[close + 1] == _FI and toks.norm[close + 2] in _STATEMENT_WORDS)
            and close + 1 < toks.n and (
                toks.norm[close + 1] in _THAT
                # «وذكرت "توصيلة"، التي تعمل في الأردن منذ 2019، في بيان أن …»: what it is, set off by commas
                or close + 2 < toks.n and toks.text[close + 1] in "،," and toks.norm[close + 2] in _WHICH_IT
                or close + 2 < toks.n and toks.norm[close + 1] == _FI and toks.norm[close + 2] in _STATEMENT_WORDS
            )
        ):
            # «وذكرت «الرياضية» أن …»: a quoted name a (feminine) reporting verb introduces before أن/إن speaks: a body
            hit = _matches_at(toks, i + 2, rules.cue_only_index, peel=False)
            entry = hit[2] if hit and hit[0] == close - i - 2 else None
            add(i + 2, close, "ORG", "lexicon" if entry else "rule", 0.7, lex=entry, latin=entry.latin if entry else None).extra["quoted"] = True
        if _premises_word(toks, i) and (close := _quoted_name(toks, i + 1, max_words=4)):
            # «سرّحهم فندق "لؤلؤة الخليج"»، «مدير عيادة “بيلا هير”»: premises named in marks
            add(i + 2, close, "ORG", "rule", 0.75, org_type="company").extra["quoted"] = True
        # «التقت «الشرق الأوسط» …», «عدن - «الشرق الأوسط»»: a paper named by ordinary words (a cue-only
        # lexicon name) in quote marks is the paper, not the region: places are not quoted.
        if toks.text[i] in _OPEN_MARKS and (close := _quoted_name(toks, i)):
            hit = _matches_at(toks, i + 1, rules.cue_only_index, peel=False)
            if hit and hit[0] == close - i - 1 and hit[2].label == "ORG":
                entry = hit[2]
                m = add(i + 1, close, "ORG", "lexicon", 0.85, lex=entry, latin=entry.latin, org_type=entry.attrs.get("org_type"))
                m.extra["after_cue"] = True
        # «لـ«رؤيا»»، «لـ"اليوم السابع"»: the outlet spoken to, quoted after لـ (one token with its mark).
        _outlet_after_la(toks, i, rules, add)
        # «لمراسل الأناضول»، «إسطنبول (الأناضول) -»: an outlet named by a word (a cue-only media name)
        # after its reporter or as the credit in brackets before a dateline's dash
        if (
            i + 1 < toks.n and (toks.single_peels(i)[-1][1] in _REPORTERS or (toks.text[i] == "(" and i + 3 < toks.n))
            and (hit := _matches_at(toks, i + 1, rules.cue_only_index, peel=False))
            and hit[2].label == "ORG" and hit[2].attrs.get("org_type") == "media"
            and (toks.text[i] != "(" or (toks.text[i + 1 + hit[0]] == ")" and toks.text[i + 2 + hit[0]] in _DASHES))
        ):
            entry = hit[2]
            add(i + 1, i + 1 + hit[0], "ORG", "lexicon", 0.85, lex=entry, latin=entry.latin, org_type="media").extra["after_cue"] = True
        # A source noun before a quoted name: «بحسب بيانات «تداول»», «وفقاً لتقرير «مورغان ستانلي»».
        if any(k in _SOURCE_NOUNS for _, k in toks.single_peels(i)) and i + 1 < toks.n:
            hit = _matches_at(toks, i + 1, rules.cue_only_index, peel=False)
            if hit and hit[2].label == "ORG":
                entry = hit[2]  # «ووفقاً لبيانات أرقام»: a source noun before a name that is also a word
                add(i + 1, i + 1 + hit[0], "ORG", "lexicon", 0.85, lex=entry, latin=entry.latin, org_type=entry.attrs.get("org_type"))
            close = _quoted_name(toks, i + 1, max_words=3)
            if (
                close and not _matches_at(toks, i + 2, rules.lexicon_index, peel=False)
                # (not the source noun in marks itself, its closing mark read as an opening one: «مع
                # "أرقام"، إن الرخصة "…"» is the outlet Argaam, then a clause)
                and not (i > 0 and toks.text[i - 1] in _OPEN_MARKS) and is_arabic(toks.text[i + 2])
                # (not words joined by a particle: «حملت بطاقات بيانات "مضللة أو ناقصة"», what the
                # data are, no body)
                and not any(toks.norm[y] in _OR_NOT for y in range(i + 2, close))
            ):
                add(i + 2, close, "ORG", "rule", 0.65).extra["quoted"] = True
        # Product cues followed by a name.
        hit = _matches_at(toks, i, rules.product_cues, single=True)
        if hit and hit[2] in rules.named_product_cues:
            k = i + hit[0]
            close = _quoted_name(toks, k)
            trade = 0  # «منصة الحجوزات الإماراتية "رحّال"»: the platform's trade (and nationality), then its name
            while (
                not close and trade < 2 and k + trade < toks.n and toks.text[k + trade].startswith("ال")
                and (toks.norm[k + trade] not in rules.stop or trade and _nisba(toks.text[k + trade]))
            ):
                trade += 1
                close = _quoted_name(toks, k + trade)
            if not close:
                trade = 0
            k += trade
            if close:
                verb = toks.single_peels(i - 1)[-1][1] if i > 0 else ""
                if (
                    (verb in rules.person_verbs and verb.endswith("ت")) or (i > 0 and verb in _SOURCE_FRAMES)
                    or trade and i > 0 and toks.norm[i - 1].endswith("ت") and not toks.norm[i - 1].endswith("ات")
                    and not any(v in _LAUNCHED for _, v in toks.single_peels(i - 1)) and _known_word(dediac(toks.text[i - 1]))
                ):
                    # (not «أطلقت منصة "…"»: launched, an object)
                    # «اعتبرت منصة "نغمة بلس" أن»، «أعلنت منصة "شاشتي"»: a platform that speaks is its company;
                    # so is one described by its trade, or the source of a frame («وبحسب منصة "ومضة"»)
                    add(k + 1, close, "ORG", "rule", 0.7, org_type="company").extra["quoted"] = True
                else:
                    add(k + 1, close, "PRODUCT", "rule", 0.7).extra["quoted"] = True  # منصة "رؤية"
            elif k < toks.n and _arabic_product_word(toks, k, rules):
                end = k + 1
                if end < toks.n and _arabic_product_word(toks, end, rules):
                    end += 1
                add(k, end, "PRODUCT", "rule", 0.6)
        # Persons: a given name, or a reporting verb / title, then name words.
        _person_at(toks, i, rules, add)
        _unknown_name_with_age(toks, i, rules, add)
        _siblings_named_together(toks, i, rules, add)
        _word_given_name_after_verb(toks, i, rules, add)
        _name_after_titled_place(toks, i, rules, add)
        i += 1


_REPORTERS = frozenset(norm_key(w) for w in ("مراسل", "مراسلة", "موفد", "موفدة"))
_DASHES = frozenset({"-", "–", "—"})
_OPEN_MARKS = {"«": "»", "“": "”", '"': '"', "‘": "’", "'": "'"}


def _two_word_complement(toks: _Tokens, k: int) -> int:
    """A committee's name: two words in construct or with their adjective after the cue, then any
    definite relative adjective: «لجنة السياسة النقدية»، «لجنة حماية الصحفيين»، «لجنة الخطة والموازنة»،
    «لجنة تسعير المشتقات النفطية»; not «لجنة التحكيم» or «لجنة تحقيق فورية» (one word, no definite).
    Returns the end (0 for none)."""
    if k + 1 >= toks.n or not (is_arabic(toks.text[k]) and is_arabic(toks.text[k + 1])):
        return 0
    a, b = dediac(toks.text[k]), dediac(toks.text[k + 1])
    if a.startswith("ال") and b.startswith("ال") and (_nisba(b) or len(b) > 6 and b.endswith(("يين", "يون"))):
        end = k + 2  # a definite noun and its adjective («لجنة المعلمين السودانيين»: plural with plural)
    elif a.startswith("ال") and b.startswith("وال") and _known_word(b[3:]):
        end = k + 2  # two definite nouns joined by و
    elif len(a) >= 4 and not a.startswith(("ال", "لل")) and a[0] not in "لبك" and _known_word(a) and b.startswith("ال") and not _nisba(b) and _known_word(b[2:]):
        end = k + 2  # an indefinite verbal noun and its definite complement
    else:
        return 0
    while end < toks.n and end - k < 4 and _nisba(dediac(toks.text[end])):
        end += 1
    return end


def _outlet_after_la(toks: _Tokens, i: int, rules: Rules, add) -> None:
    """«قال لـ«القبس» إن»: the tokenizer keeps لـ and the mark on the name's first word; the name runs
    to the closing mark (three words at most). ORG, with the lexicon's entry where it knows the name
    (its cue-only names too: الخليج، الشرق الأوسط)."""
    t = toks.text[i]
    if len(t) < 4 or not t.startswith("لـ") or t[2] not in _OPEN_MARKS or not is_arabic(t[3]):
        return
    close = _OPEN_MARKS[t[2]]
    first = t[3:]
    if first.endswith(close):
        c, keys = i + 1, (norm_key(first[:-1]),)
        end_char = toks.end[i] - 1
    else:
        c = next((x for x in range(i + 1, min(i + 4, toks.n)) if toks.text[x] == close), 0)
        if not c:
            return
        keys = (norm_key(first),) + tuple(toks.norm[i + 1 : c])
        end_char = toks.end[c - 1]
    entries = [e for index in (rules.cue_only_index, rules.lexicon_index) for ks, e in index.get(keys[0], ()) if ks == keys]
    entry = next((e for e in entries if e.label == "ORG"), None)
    if entry is None and entries:
        return  # a known place or person, not an outlet
    # (a name that opens with a body's noun is that body, not an outlet spoken to: «تعرضت الأنظمة
    # المعلوماتية لـ"مصرف الأطلس"» is a bank)
    own = rules.org_cues.get(keys[0]) if len(keys) > 1 else None
    kind = own.get("org_type") if own and own.get("label", "ORG") == "ORG" and own.get("org_type") not in (None, "media") else "media"
    m = add(i, c, "ORG", "lexicon" if entry else "rule", 0.8, 3, lex=entry, latin=entry.latin if entry else None,
            org_type=entry.attrs.get("org_type") if entry else kind)
    m.end, m.text = end_char, m.text[: end_char - m.start]  # not the closing mark glued to the last word
    m.extra["quoted"] = True


def _and_noun(toks: _Tokens, x: int) -> bool:
    """At x (not the last token), و + a dictionary noun that is not a definite one."""
    return (
        x + 1 < toks.n and toks.text[x].startswith("و") and not toks.text[x].startswith("وال") and is_arabic(toks.text[x])
        and len(toks.text[x]) > 4 and _noun_in_construct(dediac(toks.text[x])[1:], joined=True)
    )


def _joined_noun(toks: _Tokens, x: int, rules: Rules) -> bool:
    """At x, و + a dictionary noun (not a definite one) before a definite word: the second of two
    verbal nouns a body's name joins («هيئة تنمية وتطوير المهارات»، «… لتسيير واستغلال الممتلكات»)."""
    return _and_noun(toks, x) and toks.text[x + 1].startswith("ال") and toks.norm[x + 1] not in rules.stop


def _joined_then(toks: _Tokens, x: int, rules: Rules) -> int:
    """At x, و + a dictionary noun as in ``_joined_noun``, but what the two nouns are in construct
    with is a place the lexicon knows («مفتشية آثار وتراث نينوى») or an indefinite noun and a
    definite one («هيئة نزاهة وسلامة سباقات الخيل»، «جمعية حماية وتحسين نسل الجياد العربية»): the
    end of that complement, else 0."""
    if not _and_noun(toks, x):
        return 0
    if place := _known_place(toks, x + 1, rules):
        return x + 1 + place
    t = toks.text[x + 1]
    if nested := _body_by_its_cue(toks, x + 1, rules):
        return nested  # «نقابة موظفي ومستخدمي هيئة أوجيرو»: what the two nouns are in construct with is another body
    if (
        x + 2 < toks.n and is_arabic(t) and not t.startswith(("ال", "ل", "ب", "و", "ف")) and _known_word(dediac(t))
        and toks.norm[x + 1] not in rules.stop and toks.text[x + 2].startswith("ال") and toks.norm[x + 2] not in rules.stop
    ):
        return x + 3
    return 0


def _body_by_its_cue(toks: _Tokens, x: int, rules: Rules) -> int:
    """At x, a cue that is part of a body's name («هيئة»، «شركة») and the name after it: that name's
    end, else 0."""
    inner = rules.org_cues.get(toks.norm[x])
    if inner is None or not inner["include"] or inner.get("label") == "LOC":
        return 0
    end = _cue_name_end(toks, x + 1, inner, rules)
    return end if end > x + 1 else 0


def _feminine_adjective(toks: _Tokens, k: int, rules: Rules) -> bool:
    """An indefinite dictionary word in ة right after a cue, with no definite word after it (an
    adjective: «مؤسسة ناشئة»), not a noun in construct («هيئة تنمية صناعة …», «مؤسسة كهرباء لبنان»)."""
    t = dediac(toks.text[k])
    chain = (
        k + 2 < toks.n and not _adjective_in_ta(t) and not t.endswith("ية") and toks.norm[k] not in rules.org_cues
        and is_arabic(toks.text[k + 1]) and toks.text[k + 2].startswith("ال") and not _known_place(toks, k + 1, rules)
        and not _known_place(toks, k, rules)
        and not toks.text[k + 1].startswith(("ال", "ل", "ب", "و", "ف")) and toks.norm[k + 1] not in rules.stop
        and toks.norm[k + 2] not in rules.stop
    )  # «رابطة صناعة مراكز البيانات الإيرلندية»: a verbal noun before a construct chain
    joined = _joined_noun(toks, k + 1, rules) or _joined_then(toks, k + 1, rules)  # «هيئة تنمية وتطوير المهارات»
    return (
        is_arabic(t) and not t.startswith(("ال", "لل")) and t.endswith("ة") and toks.norm[k] not in rules.first_names
        and _known_word(t) and not (k + 1 < toks.n and (toks.text[k + 1].startswith("ال") or _matches_at(toks, k + 1, rules.lexicon_index, peel=False)))
        and not chain and not joined
    )


def _lam_complement(t: str) -> bool:
    """ل + a word of the dictionary («لتصوير»، «للتصوير»): a purpose, not a name («لوكهيد»)."""
    w = dediac(t)
    if len(w) < 4 or not w.startswith("ل") or not is_arabic(w):
        return False
    return _known_word(w[2:]) if w.startswith("لل") else _known_word(w[1:])


def _descriptive(toks: _Tokens, k: int, cue: dict, rules: Rules) -> bool:
    """Words after a cue that describe rather than name: an indefinite relative adjective (شركة
    يابانية، شركات لوجستية) or a noun before one (شركة طيران خليجية), a definite noun after a plural
    cue (شركات التعدين), an organisation referred back to (لشركة النادي)."""
    t = dediac(toks.text[k])
    if t.endswith("ية") and not t.startswith("ال"):
        return True
    if _adjective_in_ta(t) and toks.norm[k] not in rules.first_names:
        return True  # «شركة ناشئة»، «شركة كبيرة»، «شركة متخصصة»: an indefinite adjective or participle
    if k + 1 < toks.n and dediac(toks.text[k + 1]).endswith("ية") and not toks.text[k + 1].startswith(("ال", "لل", "بال", "كال")) and is_arabic(toks.text[k + 1]):
        return True  # (not a place after ب: «في نادي سبورتنج بالإسكندرية»)
    if (
        cue.get("plural") and not t.startswith("ال") and k + 1 < toks.n and toks.text[k + 1].startswith("ال")
        and (toks.norm[k] in rules.common or _known_word(t)) and toks.norm[k] not in rules.first_names
    ):
        return True  # «شركات توزيع الإنترنت»: a plural cue, then a common noun in construct: a kind of business
    return t.startswith("ال") and (cue.get("plural") or toks.norm[k][2:] in _REFERRED)


def _participle_shape(t: str) -> bool:
    """An indefinite active participle, feminine فاعلة or in the accusative فاعلاً (ضاحكة، ضاحكاً، باكية):
    right after a verb of saying, the manner of saying."""
    return len(t) == 5 and t[1] == "ا" and (t.endswith("ة") or t.endswith("اً")) or len(t) == 6 and t[1] == "ا" and t.endswith("اً")


def _adjective_in_ta(t: str) -> bool:
    """An indefinite feminine word shaped like an adjective or participle that the dictionary knows:
    فاعلة (ناشئة، رائدة), فعيلة (كبيرة، جديدة), مُفعِلة and its kin (متخصصة، مستقلة، منافسة)."""
    if t.startswith("ال") or not t.endswith("ة") or not _known_word(t):
        return False
    if len(t) == 5 and t[0] == t[2] and t[1] == t[3]:
        return False  # a doubled root, no participle: «شركة مرمرة لتوزيع الغاز»
    return (len(t) == 5 and t[1] == "ا") or (len(t) == 5 and t[3] == "ي") or (t[0] == "م" and len(t) >= 5)


_CLUB = norm_key("نادي")
_REFERRED = frozenset(norm_key(w) for w in ("شركة", "نادي", "مجموعة", "بنك", "مصرف", "صحيفة", "قناة", "موقع", "منصة"))


# adjectives an indefinite body noun takes («مستشفى خاص»، «صندوق جديد»): no noun of a name in construct
_PLAIN_ADJECTIVES = frozenset(norm_key(w) for w in ("خاص", "خاصة", "عام", "عامة", "جديد", "جديدة", "كبير", "كبيرة", "صغير", "صغيرة", "دولي", "دولية", "محلي", "محلية", "حكومي", "حكومية", "أهلي", "أهلية", "آخر", "أخرى", "واحد", "واحدة"))
_CHAMBER = frozenset(norm_key(w) for w in ("غرفة", "الغرفة", "اتحاد", "الاتحاد"))
_FI = norm_key("في")


def _in_chamber(toks: _Tokens, end: int) -> bool:
    """«وبحسب شعبة مواد البناء بغرفة القاهرة التجارية»: the chamber a division belongs to follows its
    name (not after a title: «رئيس شعبة المخابز بالغرفة التجارية، عطية الشرقاوي» names its head)."""
    if end < toks.n and toks.text[end].startswith("ب") and norm_key(dediac(toks.text[end])[1:]) in _CHAMBER:
        return True
    return end + 1 < toks.n and toks.norm[end] == _FI and toks.norm[end + 1] in _CHAMBER


def _described_then_marked(toks: _Tokens, i: int) -> tuple[int, int] | None:
    """After a definite body word at i, up to six words describing it, a comma, a name of up to
    four words in marks, and a comma: the name's token span."""
    q = i + 1
    while q < toks.n and q - i <= 6 and toks.text[q] not in ("،", ",") and is_arabic(toks.text[q]):
        q += 1
    if not (q < toks.n and toks.text[q] in ("،", ",")):
        return None
    close = _quoted_name(toks, q + 1, max_words=4)
    if not close or not (close + 1 < toks.n and toks.text[close + 1] in ("،", ",")):
        return None
    return (q + 2, close)


def _quoted_name(toks: _Tokens, k: int, max_words: int = 3) -> int:
    """End token of a short quoted name starting with a mark at k («رؤية»), or 0."""
    if k >= toks.n or toks.text[k] not in _OPEN_MARKS:
        return 0
    close = _OPEN_MARKS[toks.text[k]]
    for j in range(k + 1, min(k + 2 + max_words, toks.n)):
        if toks.text[j] == close:
            return j if j > k + 1 else 0
    return 0


def _name_tail(toks: _Tokens, end: int, cue: dict, rules: Rules) -> int:
    """Words after the name of an organisation whose cue is part of it that still belong to it:
    its nationality («وزارة الصحة السعودية», «الحكومة الكويتية», past the cue's max too) and, for
    cues with ``place_suffix``, the seat its official name gives with ب («محكمة الاستئناف بمراكش»), and for
    cues with ``seat_fi``, the city after a country's adjective («الجامعة الأميركية في بيروت»);
    and what a last verbal noun that takes على keeps (``_over_tail``)."""
    end = _over_tail(toks, end, rules)
    if end < toks.n and toks.norm[end] in rules.nationalities and toks.norm[end - 1] not in rules.nationalities:
        end += 1
    if (
        cue.get("seat_fi") and end + 1 < toks.n and toks.norm[end] == _FI and toks.norm[end - 1] in rules.nationalities
        and _known_place(toks, end + 1, rules) == 1
    ):
        return end + 2  # «الجامعة الأميركية في بيروت»: a university named by a country, then its city
    if cue.get("place_suffix") and end < toks.n and toks.text[end].startswith("ب"):
        hit = _matches_at(toks, end, rules.lexicon_index, single=True)
        rest = dediac(toks.text[end][1:])
        if hit and hit[1] == 1 and hit[2].label == "LOC":
            end += hit[0]
        elif rest.startswith("ال") and len(rest) > 4 and norm_key(rest) not in rules.common and not _known_word(rest[2:]):
            end += 1  # «مديرية التربية والتعليم بالمنيا»: a rare definite word, a place name
    return end


_NOT_LIL = frozenset(norm_key(w) for w in ("للتو", "للحد", "لله"))


def _short_lil(t: str) -> bool:
    """لل + a two-letter word of the dictionary that names a field or a people: «الجمعية العراقية
    للصم»، «الهيئة العامة للحج» (not «للتو»، «للحد»)."""
    w = dediac(t)
    return len(w) == 4 and is_arabic(w) and norm_key(w) not in _NOT_LIL and _known_word(w[2:])


def _goes_on_after_complement(toks: _Tokens, j: int) -> bool:
    """A definite word at j after the name's «للـ» complement goes on with the name unless it is a
    verbal noun of the derived forms (ال + ا…: الانتهاء، الاستمرار), the verb's object after the
    name («أعلنت الهيئة الوطنية للأنفاق الانتهاء من …»), or «الصادر» (what the body issued)."""
    t = dediac(toks.text[j])
    bare = t[2:]
    if toks.norm[j] in _ISSUED:
        return False
    return _nisba(t) or not (bare[:1] == "ا" and len(bare) >= 5)


_ISSUED = frozenset(norm_key(w) for w in ("الصادر", "الصادرة"))


def _definite_cue_name_end(toks: _Tokens, k: int, rules: Rules, cue: dict) -> int:
    """End of «الهيئة [العامة] للمنافسة»-style names after a definite cue at k-1, or 0."""
    if k < toks.n and _given_name_after_body(toks, k, rules):
        return 0  # «ونوّه رئيس الجهاز الهادي القمودي»: the holder's name, no relative adjectives
    j = k
    while j < toks.n and j - k < 2 and toks.text[j].startswith("ال") and (
        toks.norm[j] not in rules.stop or toks.norm[j] in rules.nationalities or toks.norm[j] in _HIGH
    ):
        j += 1  # (also «العام»: «الاتحاد العام للتجار والحرفيين الجزائريين»)
    if j > k and j < toks.n and toks.text[j].startswith("لل") and (len(toks.text[j]) > 4 or _short_lil(toks.text[j])) and not cue.get("no_lil") and toks.norm[j] not in _TIME_LIL:
        j += 1
        while (
            j < toks.n and j - k < 5 and toks.text[j].startswith(("ال", "وال")) and (toks.norm[j] not in rules.stop or toks.norm[j] in _HIGH)
            and not _matches_at(toks, j, rules.roles, peel=False)
            and _goes_on_after_complement(toks, j)
            and not _given_name_after_body(toks, j, rules)
        ):
            j += 1  # not «… للشؤون الأكاديمية الدكتورة»: a title starts a person's name
        return j
    joined = int(_joined_noun(toks, j + 1, rules))  # «الديوان الوطني لتسيير واستغلال الممتلكات الثقافية المحمية»
    if not joined and j < toks.n and _known_word(dediac(toks.text[j])[1:]):
        # «الوكالة الوطنية لتنمية تربية الأحياء البحرية»، «الهيئة الأسترالية لإدارة متنزه الحاجز
        # المرجاني»: the verbal noun in construct with an indefinite noun, itself with a definite one;
        # or with two in a chain («الجامعة الوطنية لأصحاب ورشات إصلاح السيارات»). (The ل-word a
        # verbal noun of the dictionary, no place: not «المجلس الشعبي البلدي لوهران عبد القادر بن زينة».)
        for links in (1, 2):
            end = j + 1 + links
            if end >= toks.n or not all(_link_noun(toks, x, rules) for x in range(j + 1, end)):
                break
            if end < toks.n and toks.text[end].startswith("ال") and toks.norm[end] not in rules.stop:
                joined = links
                break
    if (
        j > k and j + 1 < toks.n and (_nisba(toks.text[j - 1]) or toks.norm[j - 1] in _HIGH)
        and toks.text[j].startswith("ل") and len(toks.text[j]) > 3 and (toks.text[j + 1].startswith("ال") or joined)
        and toks.norm[j] not in rules.first_names and toks.norm[j] not in _TIME_LIL and not any(_matches_at(toks, x, rules.roles, peel=False) for x in range(k, j))
    ):
        j += 1 + joined  # «النقابة المستقلة لأطباء القطاع العام»: ل + a noun in construct, then definite words
        while (
            # (one more for an adjective joined by و: «المجلس الوطني المستقل لأساتذة التعليم الثانوي والتقني»)
            j < toks.n and j - k < (6 + joined if joined else 5) + (toks.text[j].startswith("وال") and _nisba(toks.text[j][1:]))
            and toks.text[j].startswith(("ال", "وال"))
            and (toks.norm[j] not in rules.stop or toks.norm[j] in _HIGH) and not _given_name_after_body(toks, j, rules)
        ):
            j += 1
        return j
    if (
        j > k and j + 2 < toks.n and (_nisba(toks.text[j - 1]) or toks.norm[j - 1] in _HIGH)
        and toks.text[j].startswith("ل") and not toks.text[j].startswith("لل") and toks.norm[j + 1] in _FACILITIES
    ):
        # «المؤسسة العمومية لتسيير مرسى سيدي فرج»، «المؤسسة الوطنية لإدارة ميناء الجزائر»: ل + a
        # verbal noun, a facility, then its place (one the lexicon knows, or «سيدي» and a name)
        q = j + 2
        if seat := _known_place(toks, q, rules):
            return q + seat
        if toks.norm[q] == _SIDI and q + 1 < toks.n and is_arabic(toks.text[q + 1]) and not toks.text[q + 1].startswith("ال"):
            return q + 2
    if j == k + 2 and all(_nisba(toks.text[x]) for x in (k, k + 1)):
        return j  # «المحكمة الجنائية الدولية», «المجلس الشعبي الوطني»: two relative adjectives name it as well
    if (
        j == k + 1 and j < toks.n and cue.get("place_first") and _nisba(toks.text[k]) and toks.text[j].startswith("وال")
        and _nisba(toks.text[j][1:]) and toks.norm[k] not in rules.nationalities and toks.norm[j][1:] not in rules.nationalities
    ):
        return j + 1  # «الغرفة التجارية والصناعية بالحديدة»: the two joined by و
    if (
        j == k + 1 and j < toks.n and toks.norm[k] in _HIGH and cue.get("place_first") and toks.text[j][:1] == "ل"
        and not toks.text[j].startswith("لل") and (hit := _matches_at(toks, j, rules.lexicon_index, single=True)) is not None
        and hit[0] == 1 and hit[2].label == "LOC"
    ):
        return j + 1  # «القنصلية العامة لإسبانيا»: «general», then the country with ل
    if (
        j == k + 2 and toks.norm[k] in _HIGH and cue.get("one_nisba") and toks.norm[k + 1] in rules.nationalities
    ):
        return j  # «القنصلية العامة الفرنسية»، «المحكمة العليا الإسرائيلية»: «general» or «high», then the country; not «الجمعية العامة العادية»
    if j > k and _nisba(toks.text[k]) and cue.get("one_nisba") and (not cue.get("nationality_only") or toks.norm[k] in rules.nationalities):
        end = k + 2 if j == k + 2 and _nisba(toks.text[k + 1]) else k + 1  # «الحكومة اللبنانية»، «الجيش السوداني»
        if end < toks.n and toks.norm[end] in _HIGH:
            end += 1  # «المحكمة الاتحادية العليا»
        if (
            end + 1 < toks.n and toks.text[end].startswith("ل") and not toks.text[end].startswith("لل") and toks.text[end + 1].startswith("ال")
            and toks.norm[end] not in rules.stop
        ):
            end += 2  # «الاتحاد الجزائري لكرة القدم»; not «الاتحاد الأوروبي لدى القاهرة»
            while end < toks.n and end - k < 5 and toks.text[end].startswith("ال") and (toks.norm[end] not in rules.stop or toks.norm[end] in _HIGH):
                end += 1  # «الجمعية المغربية لحماية المال العام»
        return end
    return 0


# a facility a public body runs, named by its place after it: «لتسيير مرسى سيدي فرج»
def _handled_kind(toks: _Tokens, x: int, rules: Rules) -> bool:
    """At x, an indefinite plural in ات after a facility: what it handles («ميناء حاويات العقبة»)."""
    w = dediac(toks.text[x]) if x < toks.n else ""
    return (
        len(w) >= 5 and w.endswith("ات") and is_arabic(w) and not w.startswith(("ال", "و"))
        and toks.norm[x] not in rules.first_names
    )


_FOUNDER = norm_key("مؤسسة")
_FACILITIES = frozenset(norm_key(w) for w in ("مرسى", "ميناء", "مطار", "مرفأ", "سوق", "ملعب", "محطة", "مجمع", "سد", "حديقة", "مسلخ"))
_SIDI = norm_key("سيدي")
# ل + a noun that is no business a company is named for («شركة نور لصالح الحكومة»، «لدى …»)
_LI_NOT_NAME = frozenset(norm_key(w) for w in ("لصالح", "لحساب", "لمصلحة", "لدى", "لدي", "لمدة", "لتمويل", "لشراء", "لبيع", "لتطوير", "لبناء"))
# «للمرة الثانية»، «للعام الثالث»: a time phrase after a name, no «للـ» complement of it
_TIME_LIL = frozenset(norm_key(w) for w in ("للمرة", "للمرات", "للعام", "للسنة", "للشهر", "للأسبوع", "لليوم", "للحظة"))
_BOARD = norm_key("إدارة")
_DEMANDED = norm_key("طالب")
_ABU_FORMS = frozenset(norm_key(w) for w in ("أبي", "أبو", "أبا", "ابي", "ابو"))
_DEMAND_AFTER = frozenset(norm_key(w) for w in ("بأن", "بان", "أن", "ان", "بضرورة", "الحكومة", "السلطات"))
_AMMAN = norm_key("عمان")
_TIME_AFTER = frozenset(norm_key(w) for w in ("الماضي", "المقبل", "الجاري", "الحالي", "المنصرم", "القادم"))
_ROYAL = frozenset(norm_key(w) for w in ("الملك", "الملكة", "الأمير", "الشيخ", "الأميرة", "الشيخة", "السلطان", "الإمام", "بن"))
_HIGH = frozenset(norm_key(w) for w in ("العليا", "الأعلى", "العامة", "العام", "المستقلة", "المستقل"))
_GREATER = _HIGH | frozenset(norm_key(w) for w in ("الكبرى", "الكبير", "المركزي", "المركزية", "الجديدة"))


# nouns of a governorate or a town before its name: «… محافظة الخليل»، «… ولاية تيزي وزو»
_SEAT_NOUNS = frozenset(norm_key(w) for w in ("محافظة", "ولاية", "مدينة", "إمارة", "منطقة"))


def _known_place(toks: _Tokens, k: int, rules: Rules, major_only: bool = False) -> int:
    """The length of the place the lexicon knows at k, or 0 (0 too for a lesser place, ``minor=1``,
    when ``major_only``)."""
    hit = _matches_at(toks, k, rules.lexicon_index, peel=False) if k < toks.n else None
    return hit[0] if hit and hit[2].label == "LOC" and not (major_only and hit[2].attrs.get("minor")) else 0


def _lesser_place(m: MentionDraft) -> bool:
    """A lexicon mention of a lesser place of the gazetteer (``minor=1``)."""
    return m.source == "lexicon" and m.label == "LOC" and m.lex is not None and bool(m.lex.attrs.get("minor"))


def _link_noun(toks: _Tokens, x: int, rules: Rules) -> bool:
    """At x, an indefinite noun in a chain of construct inside a body's name (no given name, no
    clitic-led word): one in ة/ات the dictionary knows, or a ``_construct_noun``."""
    w = dediac(toks.text[x])
    clitic = w.startswith(("و", "ل", "ب", "ف")) and not (_known_word(w) and not _known_word(w[1:]))  # not «ورشات»
    return (
        toks.norm[x] not in rules.first_names and is_arabic(w) and not w.startswith("ال") and not clitic
        and toks.norm[x] not in rules.stop and (w.endswith(("ة", "ات")) and _known_word(w) or _construct_noun(toks, x, rules))
    )


def _construct_noun(toks: _Tokens, k: int, rules: Rules) -> bool:
    """A dictionary noun other than one in ة/ات that can head a body's name in construct with a
    definite noun after an included cue: a plural or a verbal noun («نقابة أصحاب الشاحنات»،
    «صندوق دعم المزارعين»); not a present verb, an accusative or a past plural, nor a known
    place («شرطة دبي السائقين»)."""
    t = dediac(toks.text[k])
    if len(t) < 3 or t.startswith(("ي", "ت", "ن")) or t.endswith(("وا", "ا")) or not _noun_in_construct(t):
        return False
    place = _matches_at(toks, k, rules.lexicon_index, peel=False)
    return not (place and place[2].label == "LOC")


_FOR_THOSE_OF = norm_key("لذوي")


def _club_complement(toks: _Tokens, end: int, rules: Rules) -> int:
    """End of a club's ل complement at ``end`` («للرياضات البحرية»، «لأصحاب الهمم»، «لذوي
    الإعاقة»), or 0."""
    if end >= toks.n or not is_arabic(toks.text[end]) or not toks.text[end].startswith("ل") or len(toks.text[end]) < 4:
        return 0
    if toks.text[end].startswith("لل"):
        return _past_complement(toks, end, rules)
    if (
        end + 1 < toks.n and toks.text[end + 1].startswith("ال") and is_arabic(toks.text[end + 1]) and toks.norm[end] not in rules.stop
        and (
            toks.norm[end][1:] in rules.common or toks.norm[end] == _FOR_THOSE_OF
            or len(toks.norm[end]) >= 5 and _known_word(dediac(toks.text[end])[1:])
        )
        # (not «… ليون الفرنسي»; «نادي الذيد لسباقات الهجن»: a dictionary noun)
    ):
        return end + 2  # ل + a noun in construct with a definite one
    return 0


def _past_complement(toks: _Tokens, lil: int, rules: Rules) -> int:
    """End of a name whose «للـ» complement stands at ``lil``: the complement and up to two of its
    adjectives in -ي (not a nationality): «… للتكرير», «… للخدمات البترولية»."""
    end = lil + 1
    while end < toks.n and end - lil <= 2 and toks.text[end].startswith("ال") and _nisba(toks.text[end]) and toks.norm[end] not in rules.nationalities:
        end += 1
    return _over_tail(toks, end, rules) if end == lil + 1 else end


def _over_tail(toks: _Tokens, end: int, rules: Rules) -> int:
    """A name ending at ``end`` in a verbal noun that takes على or عن goes on with what it keeps:
    the preposition, a definite noun (or a noun in construct with one) and its adjectives («الهيئة
    العامة للمحافظة على المدن التاريخية»، «الجمعية الوطنية للحفاظ على البيئة»، «الرابطة التونسية
    للدفاع عن حقوق الانسان»، «الشركة الوطنية للتنقيب عن النفط»)."""
    k = end + 1
    if not (
        end > 0 and k < toks.n
        and (
            toks.norm[end - 1] in _OVER_COMPLEMENTS and dediac(toks.text[end]) == "على"
            or toks.norm[end - 1] in _ABOUT_COMPLEMENTS and dediac(toks.text[end]) == "عن"
        )
        and is_arabic(toks.text[k]) and toks.norm[k] not in rules.stop
    ):
        return end
    if not toks.text[k].startswith("ال"):
        # «… عن حقوق الانسان»، «… على إرساء الأمن»: a dictionary noun in construct with a definite one
        if not (
            k + 1 < toks.n and toks.text[k + 1].startswith("ال") and is_arabic(toks.text[k + 1])
            and toks.norm[k + 1] not in rules.stop and not toks.text[k].startswith(("و", "ف", "ب", "ل"))
            and _known_word(dediac(toks.text[k]))
        ):
            return end
        k += 1
    end = k + 1
    if end < toks.n and toks.text[end].startswith("وال") and not _nisba(toks.text[end]) and _known_word(dediac(toks.text[end])[3:]):
        end += 1  # «… على الأغذية والأدوية»: a second noun joined by و
    while end < toks.n and end - k <= 3 and toks.text[end].startswith("ال") and (
        _nisba(toks.text[end]) and toks.norm[end] not in rules.nationalities or toks.norm[end] in _PUBLIC_PRIVATE
    ):
        end += 1
    return end


_PUBLIC_PRIVATE = frozenset(norm_key(w) for w in ("العامة", "العام", "الخاصة", "الخاص"))

# the verbal nouns in «للـ» that take على («للمحافظة على …»): a body's name goes on past على
_OVER_COMPLEMENTS = frozenset(
    norm_key(w) for w in ("للمحافظة", "للحفاظ", "للرقابة", "للإشراف", "للسيطرة", "للقضاء", "للتغلب", "الرقابة", "الإشراف", "الحفاظ", "للمساعدة")
)  # («هيئة الرقابة على الأدوية»، «مديرية الرقابة على المؤسسات الصحية الخاصة»: in construct too)
# the verbal nouns that take عن («للدفاع عن …»، «للتنقيب عن النفط»)
_ABOUT_COMPLEMENTS = frozenset(
    norm_key(w) for w in ("للدفاع", "الدفاع", "للتنقيب", "للبحث", "للكشف", "للإفراج", "للتعويض")
)


# the fields state companies are named by, with their place: «شركة نفط البصرة»، «شركة مياه الأردن»
_STATE_FIELDS = frozenset(norm_key(w) for w in (
    "نفط", "غاز", "كهرباء", "مياه", "موانئ", "ميناء", "طيران", "اتصالات", "نقل", "حديد", "إسمنت", "أسمنت", "سكر",
    "تأمين", "تعدين", "فوسفات", "بترول", "مطارات", "سكك", "بريد",
    "تطوير",  # «شركة تطوير العقبة»
))


# what a utility supplies, after its field («شركة مياه الشرب والصرف الصحي بكفر الشيخ»)
_SERVICE_WORDS = frozenset(norm_key(w) for w in ("الشرب", "والصرف", "الصحي", "والكهرباء", "والغاز", "الطبيعي"))


def _served_place(toks: _Tokens, j: int, rules: Rules) -> int:
    """After a state company's field, one to three words of what it supplies («الشرب والصرف الصحي»)
    and the place it serves with ب («بالشرقية»، «بكفر الشيخ»): the end of the name, 0 when there
    is none."""
    n = j
    while n < toks.n and n - j < 3 and toks.norm[n] in _SERVICE_WORDS:
        n += 1
    if n == j or n >= toks.n or not toks.text[n].startswith("ب"):
        return 0
    if dediac(toks.text[n]).startswith("بال") and dediac(toks.text[n]).endswith("ية") and toks.norm[n] not in rules.stop:
        return n + 1  # «بالشرقية»، «بالدقهلية»: a governorate by its adjective
    place = _matches_at(toks, n, rules.lexicon_index)
    return n + place[0] if place is not None and place[1] in (1, 3) and place[2].label == "LOC" else 0


def _placed(toks: _Tokens, k: int, cue: dict, rules: Rules) -> int:
    """«مديرية أمن طرابلس»، «سلطة وادي الأردن»: after an included cue, a common noun in construct
    with a place the lexicon knows: the place's number of tokens, 0 when there is none."""
    first = toks.text[k]
    if not (
        # (or a company named by its field: «شركة نفط البصرة»، «شركة موانئ قطر»)
        (cue["include"] or cue.get("org_type") == "company" and toks.norm[k] in _STATE_FIELDS)
        and cue.get("label") != "LOC" and is_arabic(first) and not first.startswith(("ال", "ل", "ب"))
        and toks.norm[k] not in rules.stop and k + 1 < toks.n
    ):
        return 0
    if first.startswith("و") and _known_word(dediac(first)[1:]) and not _known_word(dediac(first)):
        return 0  # و + a word; «وادي» is a word itself
    place = _matches_at(toks, k + 1, rules.lexicon_index, peel=False)
    return place[0] if place is not None and place[2].label == "LOC" else 0


def _cue_name_end(toks: _Tokens, k: int, cue: dict, rules: Rules) -> int:
    """End of the name that follows a cue word at k-1 (k when there is none).

    The first word is a rare word (or, for cues that are part of the name — وزارة، بنك — a
    definite noun). The name then goes on only through words that names are made of: «للـ» words
    (نوفا **للحلول**), definite adjectives after them (**الرقمية**), known name words (القابضة،
    السعودية، كابيتال) and, after an included cue, a chain of definite nouns (وزارة **الطاقة**)."""
    if k >= toks.n:
        return k
    if cue["include"] and cue.get("label") != "LOC" and toks.norm[k] in _SEAT_NOUNS:
        # «بلدية محافظة حفر الباطن»: the body's place named with its seat noun, a place the lexicon
        # knows or one the seat noun names as a cue (not «سلطة منطقة العقبة الاقتصادية الخاصة»: the
        # zone's adjectives go on with the name, read below)
        seat = rules.org_cues.get(toks.norm[k])
        seat_end = k + 1 + _known_place(toks, k + 1, rules)
        if seat_end == k + 1 and seat is not None and seat.get("label") == "LOC":
            seat_end = _cue_name_end(toks, k + 1, seat, rules)
        if seat_end > k + 1 and not (seat_end < toks.n and _nisba(toks.text[seat_end])):
            return seat_end
    first = toks.text[k]
    definite = first.startswith("ال") and toks.norm[k] not in rules.stop
    joined = _joined_noun(toks, k + 1, rules)  # «هيئة تنمية وتطوير المهارات المهنية والتقنية»
    joined_end = 0 if joined else _joined_then(toks, k + 1, rules)  # «هيئة نزاهة وسلامة سباقات الخيل»
    construct = (
        cue["include"] and is_arabic(first) and (first.endswith(("ات", "ة")) or _construct_noun(toks, k, rules)) and not first.startswith(("ال", "و", "ل", "ب"))
        and toks.norm[k] not in rules.stop and toks.norm[k] != _BOARD and k + 1 < toks.n
        and (toks.text[k + 1].startswith("ال") and toks.norm[k + 1] not in rules.stop or joined or joined_end)
    )  # «هيئة عمليات التجارة البحرية»: a noun in construct with a definite one; not «مجلس إدارة البنك»
    branded = (
        is_arabic(first) and not definite and k + 1 < toks.n and toks.norm[k] not in rules.stop and not first.endswith(("اً", "ًا"))
        and (
            toks.norm[k + 1] in rules.name_words and not toks.text[k + 1].startswith(("ال", "لل"))
            # «شركة مدار للذكاء الاصطناعي»: after a feminine cue a word that cannot agree with it (no
            # ة، ى) is no adjective but the name, before its «للـ» complement
            or not cue["include"] and k > 0 and toks.text[k - 1].endswith("ة") and toks.text[k + 1].startswith("لل")
            and len(toks.text[k + 1]) > 4 and not dediac(first).endswith(("ة", "ى", "ا", "اء", "ي"))
            # «وكالة فرات للأنباء»: a news agency's name before «للأنباء», however common the word
            or toks.norm[k + 1] == _LIL_ANBAA and not first.startswith(("ل", "ب"))
        )
    )  # «مجموعة مدار ميديا»، «شركة نور كابيتال»: a word before a transliterated business word is the name, however common
    if definite and not cue["include"] and toks.norm[k] in rules.common and cue.get("label") != "LOC":
        # «مصنع شركة الجنوب العربي للإسمنت»، «مؤسسة الخليج للاستثمار»: a common definite word (and
        # its adjective) named for by its «للـ» complement is the name, with the complement's adjectives
        j = k + 1
        if j < toks.n and toks.text[j].startswith("ال") and _nisba(toks.text[j]) and toks.norm[j] not in rules.stop:
            j += 1
        if (
            j < toks.n and toks.text[j].startswith("لل") and len(toks.text[j]) > 4 and toks.norm[j] not in _TIME_LIL
            and not cue.get("no_lil") and not _matches_at(toks, k, rules.roles, peel=False)
        ):
            return _past_complement(toks, j, rules)
    chain = 0
    if cue["include"] and not construct and cue.get("label") != "LOC" and cue.get("max", 0) >= 3:
        # «نقابة أصحاب مدارس تعليم السواقة»: up to three indefinite nouns in construct, the last with a
        # definite one
        m = k
        while (
            m < toks.n and m - k < 3 and is_arabic(toks.text[m]) and dediac(toks.text[m]).isalpha()
            and not toks.text[m].startswith(("ال", "ل", "ب", "و", "ف", "ي"))  # (no present verb: «صندوق ضمان يعوّض»)
            and toks.norm[m] not in rules.stop and toks.norm[m] != _BOARD and not toks.text[m].endswith(("اً", "ًا"))
            and toks.norm[m] not in _PLAIN_ADJECTIVES and _noun_in_construct(dediac(toks.text[m]))
            and not _known_place(toks, m, rules)
        ):
            m += 1
        if (
            m - k >= 2 and m < toks.n and toks.text[m].startswith("ال") and toks.norm[m] not in rules.stop and not _nisba(toks.text[m])
            and m - k + 1 <= cue["max"]
        ):
            chain = m + 1
        elif m - k >= 2 and m - k + 1 <= cue["max"] and (place := _known_place(toks, m, rules)):
            chain = m + place  # «مؤسسة موانئ خليج عدن»: the chain closed by a known place
        elif m - k == 2 and (nested := _body_by_its_cue(toks, m - 1, rules)):
            chain = nested  # «نقابة موظفي هيئة أوجيرو»: the people of another body, named by its own cue
    if not cue["include"] and toks.norm[k] in _STATE_FIELDS and (served := _served_place(toks, k + 1, rules)):
        return served  # «شركة مياه الشرب والصرف الصحي بالشرقية»: the service, then the place it serves
    if not (
        _is_name_word(toks, k, rules) or construct or branded or chain or (definite and cue["include"])
        or (definite and toks.norm[k] not in rules.common) or _placed(toks, k, cue, rules)
    ):
        return k
    if len(first) > 4 and first.endswith(("ته", "تها", "تهم")):
        return k  # «مجلس إدارته»: a noun with a pronoun, no name
    if not cue["include"] and toks.norm[k] in _STATE_FIELDS and (place_n := _placed(toks, k, cue, rules)):
        return k + 1 + place_n  # «شركة نفط البصرة»: the field and its place
    end, prev_lil = (chain or ((joined_end or k + (3 if joined else 2)) if construct else k + 1)), first.startswith("لل")
    extra = (joined_end - k - 2 if joined_end else int(joined)) if construct else 0  # (the words the joined noun adds)
    while end < toks.n and end - k < cue["max"] + extra:
        t, key = toks.text[end], toks.norm[end]
        if _matches_at(toks, end, rules.roles, peel=False) or (key in rules.article_given_names and _article_given_name_here(toks, end, rules)):
            break  # «مستشفى الملك فيصل التخصصي الدكتورة …», «نقابة عمال التربية العربي قاسمي»: a title or a given name starts the next name
        if key in _HIGH and cue["include"] and end > k and not (end + 1 < toks.n and toks.norm[end + 1] in _TIME_AFTER):
            end += 1  # «مستشفى أسيوط العام»; not «… العام الماضي»
            break
        if key in rules.stop and key not in rules.name_words:
            break
        if t.startswith("و") and len(key) > 3 and key[1:] in rules.org_cues:
            break  # «ميناء أم قصر وميناء رادس»: و + a cue word starts the next name
        if (
            toks.text[end - 1].startswith("ال") and is_arabic(t) and not t.startswith("ال")
            and key in rules.org_cues and rules.org_cues[key].get("include") and rules.org_cues[key].get("label") != "LOC"
        ):
            break  # «ألزمت محكمة الاستئناف وزارة الكهرباء …»: after a definite word, another body's cue starts its name
        # (a one-word place the lexicon knows, not a lesser one: «شركة النيل الأوسط لتوزيع الطاقة»،
        # «شركة قرطاج إير ليفت» go on past «النيل»، «قرطاج»)
        k_place = end == k + 1 and _known_place(toks, k, rules, major_only=True) == 1
        if (
            k_place and t.startswith("ال") and not _nisba(t) and key not in rules.name_words and key not in _GREATER and key not in rules.nationalities
            and not (end + 1 < toks.n and toks.text[end + 1].startswith("لل") and len(toks.text[end + 1]) > 4)
        ):
            break  # «اجتماع بنك المغرب المقرر …»: after a known place, a definite word other than an adjective in -ي describes something else
            # (but «شركة ظفار الخضراء للدواجن»: a «للـ» complement after it names the business)
        if (
            k_place and is_arabic(t) and not t.startswith(("ال", "لل")) and key not in rules.name_words
            and key not in rules.first_names and _known_word(dediac(t)) and not _matches_at(toks, end, rules.lexicon_index, peel=False)
        ):
            break  # «أعادت بلدية طرابلس فتح المسبح»: after a known place, a word of the dictionary starts the clause
        if (
            k_place and cue["include"] and t.startswith("ل") and not t.startswith("لل") and key[1:] in _NAME_MASDARS and end + 1 < toks.n
            and toks.text[end + 1].startswith("ال") and toks.norm[end + 1] not in rules.stop
            and toks.norm[end + 1] not in rules.first_names
        ):
            # (only the verbal nouns bodies are named by: «زارت بلدية الكويت لمتابعة المشاريع» is a purpose)
            end += 2  # «جمعية الإمارات لحماية المستهلك»: the place, then ل + a verbal noun in construct with a definite one
            break
        if (
            k_place and cue["include"] and t.startswith("ل") and not t.startswith("لل") and key[1:] in _NAME_FIELDS and end + 1 < toks.n
            and (toks.text[end + 1].startswith("ال") and toks.norm[end + 1] not in rules.stop or _joined_noun(toks, end + 1, rules))
        ):
            # «أكاديمية الشارقة لعلوم وتكنولوجيا الفضاء والفلك»: the place, then ل + a field of study (no
            # purpose: a plural, no verbal noun), what it joins, and its definite words
            end += 1 + _joined_noun(toks, end + 1, rules)
            stop = end + 3
            while end < min(stop, toks.n) and toks.text[end].startswith(("ال", "وال")) and toks.norm[end] not in rules.stop:
                end += 1
            break
        if (
            cue["include"] and cue.get("label") != "LOC" and end > k and end + 1 < toks.n
            and (toks.norm[end] in _SEAT_NOUNS or toks.norm[end][:1] == "ل" and toks.norm[end][1:] in _SEAT_NOUNS)
            and (place_n := _known_place(toks, end + 1, rules))
        ):
            end += 1 + place_n  # «مديرية الثقافة والفنون لولاية تيزي وزو»: the body's governorate, named with its noun
            break
        if cue["include"] and not toks.text[end - 1].startswith(("ال", "وال")) and is_arabic(toks.text[end - 1]):
            place = _matches_at(toks, end, rules.lexicon_index, peel=False)
            if place and place[2].label == "LOC":
                end += place[0]  # «مؤسسة كهرباء لبنان»، «محكمة استئناف دبي»: an indefinite noun in construct with a known place
                if end < toks.n and toks.norm[end] in _GREATER:
                    end += 1  # «بلدية جرش الكبرى»، «مستشفى هيئة مأرب العام»
                break
        if (
            key in rules.connectors and end + 1 < toks.n and toks.norm[end - 1] in rules.first_names
            and (toks.norm[end + 1] in rules.first_names or _is_name_word(toks, end + 1, rules, allow_common=True))
        ):
            end += 2  # «جامعة حمد بن خليفة»
            continue
        if t.startswith("وال") and key[3:] in rules.org_cues:
            break  # «جامعة الدول العربية والمنظمة العالمية …»: و starts the next organisation
        if _plural_or_verbal_noun(toks, end, rules):
            break  # «هيئة السوق المالية المستثمرين …»: a plural or verbal noun starts the clause after the name
        if t.startswith(_FUTURE) and _known_word(dediac(t)[1:]):
            break  # «شارع الهرم ستنتهي …», «ميدان التحرير سيشهد …»: a future verb starts the clause
        lil = t.startswith("لل") and len(t) > 4 and not cue.get("no_lil") and key not in _TIME_LIL
        if (
            not lil and not cue["include"] and cue.get("org_type") == "company" and end == k + 1 and t.startswith("ل")
            and len(t) > 4 and is_arabic(t) and key not in _LI_NOT_NAME and end + 1 < toks.n and toks.text[end + 1].startswith("ال")
            and toks.norm[end + 1] not in rules.stop and _known_word(dediac(t)[1:])
        ):
            end += 2  # «شركة نور لتوزيع الغاز»، «شركة الوادي لتصنيع الأغذية»: ل + a verbal noun and its object
            prev_lil = True
            continue
        place_word = (
            cue.get("label") == "LOC" and _is_name_word(toks, end, rules) and not t.startswith(("بال", "وال"))
            and not _preposition_and_noun(t, "لب")
        )  # بني سويف; not «ملعب المملكة أرينا بالرياض», «ولاية بهلاء بمحافظة الداخلية»، «جزيرة جربة لموسم …»
        # after a definite word an indefinite one ends a place's name: «محافظة الخليل نضال الشرباتي»،
        # «حي الجابرية قولها»، «محافظة الأنبار فأكدوا» (not after a title: «مدينة الشيخ زايد»)
        loc_ends = (
            cue.get("label") == "LOC" and toks.text[end - 1].startswith("ال") and not t.startswith("ال")
            and toks.norm[end - 1] not in _ROYAL and key not in rules.name_words
        )  # (but «ملعب المملكة أرينا»)
        place_word = place_word and not loc_ends
        definite = t.startswith("ال") or (t.startswith("وال") and cue["include"] and end > k)  # التربية والتعليم
        rare_name = (
            end == k + 1 and is_arabic(t) and _is_name_word(toks, end, rules) and _is_name_word(toks, k, rules)
            and toks.norm[end] not in rules.first_names
            and not t.endswith(("ا", "ة", "ات")) and not t.startswith(("ي", "ت", "و"))
            and not (t[0] in "بل" and _known_word(dediac(t)[1:]))
            and not (cue.get("label") == "LOC" and not cue["include"] and _nisba(t))
            and not loc_ends
        )  # سويفت كارت: two rare words; not an accusative, feminine or verb form, nor ب/ل + a word (بتأييد)
        and_noun = (
            cue["include"] and end > k and len(t) > 4 and t[0] == "و" and t.endswith(("ة", "يا")) and not t.startswith("وال")
            and end + 1 < toks.n and toks.text[end + 1].startswith("ال") and end + 1 - k < cue["max"]
        )  # «وزارة الاتصالات وتقنية المعلومات», «غرفة تجارة وصناعة الكويت»
        royal = (
            cue["include"] and key in rules.first_names and toks.norm[end - 1] in _ROYAL
        )  # «مستشفى الملك فيصل التخصصي»، «جامعة الأمير سلطان»
        if royal and end + 1 < toks.n and toks.norm[end + 1] in rules.connectors:
            end += 2  # «جامعة الملك عبدالله بن عبدالعزيز»
            continue
        workers_in = (
            cue["include"] and end > k and len(t) > 5 and t.startswith("بال") and toks.text[end - 1].startswith("ال")
            and toks.text[end - 1].endswith("ين") and end + 1 < toks.n and _nisba(toks.text[end + 1])
        )  # «نقابة العاملين بالسكك الحديدية»: a plural of people, then ب + where they work and its adjective (not «بالإجماع»)
        if lil or place_word or rare_name or and_noun or royal or workers_in or key in rules.name_words or (definite and (prev_lil or cue["include"])):
            end += 1
            prev_lil = lil
        else:
            break
    return end


def _arabic_product_word(toks: _Tokens, k: int, rules: Rules) -> bool:
    """A transliterated product name after its cue (تطبيق واتساب): rare, indefinite, not an adjective."""
    t = toks.text[k]
    return (
        is_arabic(t) and _is_name_word(toks, k, rules) and not t.startswith("ال")
        and not t.endswith(("ة", "ية", "ات")) and toks.peels[k][-1][1] not in rules.common
        and not (t.endswith("ي") and _known_word(dediac(t)))  # «لبرنامج تلفزيوني»: an adjective the dictionary knows
    )


def _label_latin_run(toks: _Tokens, i: int, rules: Rules, coordinated: str | None):
    """(label, confidence, org_type) for a Latin run starting at i, from its left context."""
    for back in range(1, 5):
        k = i - back
        if k < 0 or toks.text[k] in {".", "،", ",", "؟", "!", ":", "؛"}:
            break
        for _, key in toks.single_peels(k):
            cue = rules.org_cues.get(key)
            if cue is not None and back == 1 and not cue.get("first_words") and not cue.get("definite_only"):
                return "ORG", 0.8, cue["org_type"]  # not «جهاز iPhone»: a cue with first words names no Latin run
        hit = _matches_at(toks, k, rules.product_cues, single=True)
        if hit and k + hit[0] <= i:
            return "PRODUCT", 0.75, None
    if i > 0 and toks.text[i - 1] == "و" and coordinated:
        return coordinated, 0.7, None
    if i > 0 and toks.text[i - 1] == "و" and i > 1:
        # «Blackwell وRubin»: the label of what stands before the و.
        return "PRODUCT", 0.55, None
    if any(ch.isdigit() for ch in toks.text[i]):
        return "PRODUCT", 0.6, None
    return "ORG", 0.5, None


_SON_OF = frozenset(norm_key(w) for w in ("بن", "بنت", "ابن"))
# Given names that are also adjectives («يوم كامل»، «عمل صالح»، «وجه جميل»)
_ADJECTIVE_NAMES = frozenset(norm_key(w) for w in ("كامل", "صالح", "جميل", "سعيد", "كريم", "عادل", "فاضل", "نبيل", "شريف", "رشيد", "حسن", "أمين", "سليم", "منير", "مجيد"))
_AHL = norm_key("أهل")
_SON_OF_ALL = _SON_OF | {norm_key("ولد"), norm_key("منت"), norm_key("أيت"), _AHL}
_FATHER_OF = frozenset(norm_key(w) for w in ("أبي", "أبا"))  # «علي بن أبي طالب»
_ABD = norm_key("عبد")
_FATHER_TITLES = frozenset(norm_key(w) for w in ("الشيخ", "الحاج", "السيد", "الإمام", "المختار"))
_ALA_KEY = norm_key("على")
_ITSELF = frozenset(norm_key(w) for w in ("نفسها", "نفسه", "نفسهم"))
_NAME_KEY = norm_key("اسم")
_COMPOUND_TAILS = frozenset(norm_key(w) for w in ("الدين", "الله", "الرحمن", "الإسلام"))
# given names that are first of all common words: «حصة» a share, «رفعت» she raised, «كامل» the whole of
_WORD_GIVEN_NAMES = frozenset(norm_key(w) for w in ("حصة", "رفعت", "كامل", "أحلام", "آمال", "سالمة", "حياة", "أمير", "سجاد", "رحمة", "زهرة"))
# titles that are family names too, right after a given name: «يزن القاضي»، «حسين الشيخ»، «كامل الوزير»
_TITLE_SURNAMES = frozenset(norm_key(w) for w in ("القاضي", "الشيخ", "الوزير", "الأمير"))
_HAYAT = norm_key("حياة")
_AMAL = norm_key("أمل")  # «على أمل …»: in the hope of
_NAME_CLOSERS = ("(", "،", ",", ".", ":")


def _title_surname(toks: _Tokens, j: int, rules: Rules) -> int:
    """How many words at j, right after a given name, make a family name out of a title word
    (``_TITLE_SURNAMES``) before a mark or a stop word: 1 («الخريج يزن القاضي (19 عاماً)»، «كامل
    الوزير،»), 2 with a given name after it («رامي الشيخ علي إن»), else 0."""
    if toks.norm[j] not in _TITLE_SURNAMES or j + 1 >= toks.n:
        return 0
    nxt, given_next = toks.text[j + 1], _name_form(toks.text[j + 1]) in rules.first_names_raw
    if nxt in _NAME_CLOSERS or toks.norm[j + 1] in rules.stop and not given_next:
        return 1
    if given_next and not nxt.startswith("ال") and j + 2 < toks.n and (
        toks.text[j + 2] in _NAME_CLOSERS or toks.norm[j + 2] in rules.stop
    ):
        return 2
    return 0


# family names in ة that are words too (عودة "return", سلامة "safety", عطية "gift"): the family name
# right after a given name, before a mark or a stop word («وأشارت رنا عودة إلى أن»)
_WORD_FAMILY_NAMES = frozenset(
    norm_key(w) for w in ("عودة", "سلامة", "عطية", "بركة", "شحادة", "شحاتة", "حمادة", "طعمة", "نعمة", "عبادة")
)


_AMID = frozenset(norm_key(w) for w in ("وسط", "قرب", "بجوار", "بجانب"))


def _word_given_name_after_verb(toks: _Tokens, i: int, rules: Rules, add) -> None:
    """«ورأى عودة الرواشدة، وهو رئيس جمعية …، أن»: a word of ``_WORD_FAMILY_NAMES`` as the given name,
    right after a verb of saying or a title, before a family name no dictionary of common words
    knows and a comma, a colon or the conjunction."""
    if not (
        toks.norm[i] in _WORD_FAMILY_NAMES and 0 < i and i + 2 < toks.n
        and (
            any(k in rules.person_verbs or k in _SAYING_NOW for _, k in toks.single_peels(i - 1))
            or _matches_at(toks, i - 1, rules.roles, single=True) is not None
        )
        and toks.text[i + 1].startswith("ال") and len(toks.norm[i + 1]) > 4
        and toks.norm[i + 1] not in rules.common and toks.norm[i + 1] not in rules.stop
        and toks.norm[i + 1] not in rules.nationalities and not _known_word(dediac(toks.text[i + 1])[2:])
        and (toks.text[i + 2] in ("،", ",", ":") or toks.norm[i + 2] in _THAT_WORDS)
    ):
        return
    add(i, i + 2, "PERSON", "rule", 0.7)


def _word_family_name(toks: _Tokens, j: int, rules: Rules) -> bool:
    """A word of ``_WORD_FAMILY_NAMES`` at j, closing the name: a mark, a stop word or the end after it."""
    return toks.norm[j] in _WORD_FAMILY_NAMES and (
        j + 1 >= toks.n or toks.text[j + 1] in _NAME_CLOSERS or toks.norm[j + 1] in rules.stop
        or toks.norm[j + 1] in _PLACE_PREPOSITIONS  # «تقف سهى عودة أمام واجهة محل»
        or toks.norm[j + 1] in _AMID  # «يجلس جبار عودة وسط أكوام القصب»
    )


def _pronoun_stem(word: str) -> str | None:
    """The word without its possessive (or object) pronoun «ه/ها/هم/هما», when three letters or more
    are left: «شغفه» → «شغف», «شركته» → «شركت»; None when it has no such ending."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return None


def _feminine_noun_with_pronoun(t: str) -> bool:
    """A noun in ة with a possessive pronoun whose bare form the dictionary knows: «شركته» (شركة)،
    «قيادته»، «حكومتها»، «وزارتهم»."""
    stem = _pronoun_stem(dediac(t))
    return stem is not None and stem.endswith("ت") and _known_word(stem[:-1] + "ة")


# Maghrebi family names in «بال» («بالحاج»، «بالقاسم»): read whole after a given name, not ب + a noun
_BEL_SURNAMES = frozenset(norm_key(w) for w in ("بالحاج", "بالقاسم", "بالعيد", "بالطيب", "بالحسن", "بالشيخ", "بالخير", "بالعربي"))
_PLACE_PREPOSITIONS = frozenset(norm_key(w) for w in ("أمام", "عند", "لدى", "خلف", "داخل"))


# months that are given names too, and the words that make them the month: «رمضان المقبل»
_MONTH_NAMES = frozenset(norm_key(w) for w in ("رمضان", "شعبان", "رجب", "محرم", "صفر"))
_MONTH_WORDS = frozenset(norm_key(w) for w in ("شهر", "لشهر", "بشهر", "وشهر"))
_MONTH_AFTER = frozenset(norm_key(w) for w in ("المقبل", "الماضي", "المبارك", "الكريم", "الحالي", "المنصرم", "القادم"))
# counts and amounts: a given name after them is a noun («180 ألف تركي»، «90 ريال عماني»)
_COUNT_WORDS = frozenset(norm_key(w) for w in ("ألف", "آلاف", "مليون", "ملايين", "مئات", "عشرات"))
# a definite number after a noun counts things: «الدول الثلاث»، «الأطراف الخمسة» (the quote stage too)
DEFINITE_NUMBERS = frozenset(norm_key(w) for w in (
    "الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس", "الخمسة", "الستة", "السبع", "السبعة",
    "الثماني", "الثمانية", "التسع", "التسعة", "العشر", "العشرة",
))


def _sure_surname(toks: _Tokens, j: int, rules: Rules) -> bool:
    """After a given name that is also a common word, a word that can only be a name: a given
    name, bare or definite (إدريس، الأحمد), a relative adjective (المطيري، بيومي), or a word the
    dictionary does not know; not «حصة القنوات»، «رفعت أفران»، «كامل طاقته»."""
    if j >= toks.n or not is_arabic(toks.text[j]):
        return False
    t = dediac(toks.text[j])
    if toks.norm[j] in rules.first_names or t.startswith("ال") and toks.norm[j][2:] in rules.first_names:
        return True
    if t in ("بن", "بنت") and j + 1 < toks.n and toks.norm[j + 1] in rules.first_names:
        return True  # the father's name: «رحمة بنت خلفان الهنائية»
    if not t.startswith("ال") and j + 1 < toks.n and dediac(toks.text[j + 1]).startswith("ال") and not _nisba(toks.text[j + 1]):
        return False  # a noun in construct with a definite one: «حصة منظمي الحج»
    if t.endswith("ي") and len(t) > 3 and (t.startswith("ال") or not _known_word(t[:-1])):
        return True  # a relative adjective: «المطيري»، «بيومي»
    if t.endswith(("ه", "ها", "هم")) and len(t) > 4:
        return False  # a noun with its pronoun
    if not t.startswith("ال") and t.endswith("ية") and len(t) > 4 and (_known_word(t[:-1]) or _known_word(t[:-2])):
        return False  # an indefinite feminine relative adjective: «ألفي حصة غذائية»، «حصة تدريبية» (by its noun)
    return not _known_word(t[2:] if t.startswith("ال") else t)


# the second half of a compound given name («نور الدين»، «سيف الإسلام»): the name goes on after it
_SECOND_HALVES = frozenset(norm_key(w) for w in ("الدين", "الله", "الإسلام", "الرحمن", "الرحيم"))


def _place_after_ba(toks: _Tokens, i: int, rules: Rules) -> int:
    """The length of the place the lexicon knows right after a ب glued to token i («بكفر الشيخ»), or 0."""
    if toks.text[i][:1] != "ب":
        return 0
    hit = _matches_at(toks, i, rules.lexicon_index, single=True)
    return hit[0] if hit and hit[1] == 1 and hit[2].label == "LOC" else 0


def _name_after_titled_place(toks: _Tokens, i: int, rules: Rules, add) -> None:
    """«وترى الباحثة في مركز أبحاث السياسات بنيودلهي براتيبا ميهتا أن»: after a title, where it
    holds office ends at a known place (ب + the place, or في + it); two rare words after it (or
    three with a particle between: «إلسه فان دام»), then أن/إن, a comma or the outlet spoken to
    («لوكالة …»), are the holder's name."""
    if i > 0 and toks.norm[i - 1] == _FI:
        n = _known_place(toks, i, rules)
    else:
        n = _place_after_ba(toks, i, rules)
    if not n:
        return
    p = i + n
    end = p + 3 if p + 3 < toks.n and toks.norm[p + 1] in _FOREIGN_PARTICLES else p + 2  # «إلسه فان دام»
    if end >= toks.n or not (toks.text[end] in ("،", ",") or toks.norm[end] in _SPEECH_CONJ or toks.norm[end] in _TO_OUTLET):
        return
    if _known_word(dediac(toks.text[p])) or not all(
        is_arabic(toks.text[x]) and not toks.text[x].startswith(("ال", "و")) and toks.norm[x] not in rules.stop
        and not _matches_at(toks, x, rules.lexicon_index, peel=False)
        for x in (p, end - 1)
    ):
        return  # (the first of them no word of the dictionary)
    if any(_matches_at(toks, x, rules.roles, single=True) for x in range(max(0, i - 8), i)):
        add(p, end, "PERSON", "rule", 0.7)


_FOREIGN_PARTICLES = frozenset(norm_key(w) for w in ("فان", "فون", "دي", "دو", "دا", "ديل"))
# «… إلسه فان دام لوكالة فرانس برس إن»: the outlet a name speaks to ends it
_TO_OUTLET = frozenset(norm_key(w) for w in ("لوكالة", "لصحيفة", "لجريدة", "لمجلة", "لقناة", "لموقع", "لإذاعة", "لتلفزيون"))


def _with_pronoun(word: str) -> bool:
    """«شغفه»، «عملها»، «أرضهم»: a dictionary word with a possessive (or object) pronoun on it."""
    stem = _pronoun_stem(word)
    return stem is not None and _known_word(stem)


# the wish to stay unnamed right after the one described: «طلب عدم ذكر اسمه»، «فضّلت عدم الكشف عن هويتها»
_WISH_VERBS = frozenset(norm_key(w) for w in ("طلب", "طلبت", "فضل", "فضلت", "رفض", "رفضت", "اشترط", "اشترطت"))
_NOT_TO = frozenset(norm_key(w) for w in ("عدم", "ذكر", "نشر", "الكشف"))


# ordinals after a definite noun: «الشاهد الأول»، «المتهمة الثانية» (one of several, no name;
# the quote stage reads them too)
ORDINALS = frozenset(
    norm_key(w)
    for w in (
        "الأول", "الأولى", "الثاني", "الثانية", "الثالث", "الثالثة", "الرابع", "الرابعة", "الخامس", "الخامسة",
        "السادس", "السادسة", "السابع", "السابعة", "الثامن", "الثامنة", "التاسع", "التاسعة", "العاشر", "العاشرة",
    )
)


# plurals for the people around someone («زملاء العبادي»، «أقارب الضحية»): no name
CIRCLE_PLURALS = frozenset(
    norm_key(w)
    for w in ("زملاء", "زملاؤه", "أصدقاء", "اصدقاء", "أقارب", "اقارب", "جيران", "رفاق", "أنصار", "انصار", "مقربون", "مقربين", "معارف", "ذوو", "ذوي", "تلاميذ", "طلاب", "مساعدو", "مساعدي")
)
_YEARS_OLD = frozenset(norm_key(w) for w in ("عاما", "عاماً", "عام", "سنة", "سنوات", "عامًا"))


def _age_between(toks: _Tokens, j: int, opens: tuple[str, ...], closes: tuple[str, ...]) -> bool:
    """From token ``j``: an age («22 عاما») between one of ``opens`` and one of ``closes``."""
    return (
        j + 3 < toks.n and toks.text[j] in opens and toks.text[j + 1].isdigit()
        and toks.norm[j + 2] in _YEARS_OLD and toks.text[j + 3] in closes
    )


def _age_in_brackets(toks: _Tokens, j: int) -> bool:
    """«( 22 عاما )»، «(35 عاماً)» from token ``j``: an age in brackets, as features give it after a name."""
    return _age_between(toks, j, ("(",), (")",))


def _age_set_off(toks: _Tokens, j: int) -> bool:
    """«، 23 عاماً،» from token ``j``: an age between commas, as news gives it after a name."""
    return _age_between(toks, j, ("،", ","), ("،", ","))


def _unknown_name_with_age(toks: _Tokens, i: int, rules: Rules, add) -> None:
    """«يجلس أغالي، 41 عاماً، بجانب سيارة»، «أما فاتوماتا، 30 عاماً، القادمة من سيغو»: one word no
    list knows, set off by the age, is a person's given name (a foreign one the list lacks). Only
    where a name can start: the sentence's first word, after «أما», a verb or a described person
    («العامل البنغلاديشي رفيق (41 عاماً)»); a word the dictionary or the common words know
    («ألفا، 34 عاماً، من سيراليون») only opening the sentence or after «أما»."""
    if not (_age_set_off(toks, i + 1) or _age_in_brackets(toks, i + 1)):
        return
    t = dediac(toks.text[i])
    if (
        len(t) < 3 or not is_arabic(t) or not t.isalpha() or t.startswith(("ال", "لل")) or toks.norm[i] in rules.first_names
        or toks.norm[i] in rules.stop
    ):
        return
    opening = i == 0 or toks.sent[i - 1] != toks.sent[i] or toks.norm[i - 1] in _AMMA
    if not opening and (
        toks.norm[i] in rules.common or _known_word(t) or not (
            _verb_before_name(toks.text[i - 1]) or toks.norm[i - 1] in rules.person_verbs
            or toks.text[i - 1].startswith("ال") and _nisba(dediac(toks.text[i - 1]))
        )
    ):
        return
    # (marked, so that the word is found again though it is a word too: «وقال ألفا إن»)
    add(i, i + 1, "PERSON", "rule", 0.7).extra["given_alone"] = True


# two siblings named together: «الأختان درة وأميرة العياري»، «الشقيقتين حلا الرشيد وشوق الرشيد»
_SIBLINGS = frozenset(
    norm_key(w) for w in (
        "الأختان", "الأختين", "الشقيقتان", "الشقيقتين", "الأخوان", "الأخوين", "الشقيقان", "الشقيقين",
        "التوأمان", "التوأمين", "والأختان", "والأختين", "والشقيقتان", "والشقيقتين", "والأخوان", "والأخوين",
    )
)


def _siblings_named_together(toks: _Tokens, i: int, rules: Rules, add) -> None:
    """«وأنتجت الفيلم الأختان درة وأميرة العياري»: after the dual of sister or brother, a given name
    alone, «و» and a full name are the two siblings; the first is a person by that given name alone
    (a word too, «درة»), found again where the article repeats it («وقالت درة للصحافيين»). With the
    family name after each («حلا الرشيد وشوق الرشيد»), each is a full name."""
    if toks.norm[i] not in _SIBLINGS or i + 3 >= toks.n:
        return

    def given(k: int, off: int = 0) -> bool:
        w = dediac(toks.text[k][off:])
        key = norm_key(w)
        return len(w) >= 3 and is_arabic(w) and w.isalpha() and not w.startswith("ال") and key not in rules.stop

    a, b = i + 1, i + 2
    if not given(a):
        return
    if toks.text[b].startswith("و") and given(b, 1) and norm_key(toks.text[b][1:]) in rules.first_names:
        add(a, a + 1, "PERSON", "rule", 0.75).extra["given_alone"] = True
    elif (
        i + 4 < toks.n and toks.text[b + 1].startswith("و") and given(b + 1, 1)
        and toks.norm[b].startswith("ال") and toks.norm[b] == toks.norm[b + 2]
    ):
        add(a, b + 1, "PERSON", "rule", 0.75).extra["sibling"] = True
        add(b + 1, b + 3, "PERSON", "rule", 0.75, 1).extra["sibling"] = True  # (its «و» is no verb's)


def _person_at(toks: _Tokens, i: int, rules: Rules, add) -> None:
    # A given name (clitic peeled) followed by a name word.
    if i > 0 and rules.org_cues.get(toks.single_peels(i - 1)[-1][1], {}).get("label") == "LOC":
        return  # «ميناء جيهان»: a place cue names a place, not a woman
    if i > 0 and toks.norm[i - 1] in _SON_OF:
        return  # «هلال بن سالم الحارثي»: a father's name inside a longer name starts none
    kunya = i > 0 and _kunya_core(dediac(toks.text[i - 1])) in _KUNYA  # «ام سعيد»: a name, whatever the word means
    if _adjective_not_name(toks, i, rules):
        return  # «حصيلة يوم كامل»، «عمل صالح»: after an indefinite noun, a given name that is also an adjective is the adjective
    if (
        dediac(toks.text[i]) in ("فام", "فأم") and i + 1 < toks.n and toks.norm[i + 1] in rules.first_names
        and (i == 0 or toks.text[i - 1] in ("،", ",", ".", ":", "؛"))
    ):
        return  # «، فام سامي ، وهي ربة بيت»: ف + the kunya opening a clause (read from «سامي»), no given name «فام»
    for off, key in toks.single_peels(i):
        if off and toks.text[i][0] == "ك" and toks.norm[i] not in rules.common:
            continue  # «كيارا روسي»: the name itself, not ك + «يارا»
        # the first half of a given name in two words that the list knows joined: «عز الدين الفقيه»
        compound = not off and i + 2 < toks.n and toks.norm[i + 1] in _SECOND_HALVES and key + toks.norm[i + 1] in rules.first_names
        if (len(key) >= 3 or compound) and (
            key in rules.first_names and _name_form(toks.text[i][off:]) in rules.first_names_raw
            or key in rules.article_given_names and _article_given_name_here(toks, i, rules)
            or compound
        ):
            if off and toks.norm[i] in rules.common:
                return  # «وجود» is a word, not و + the given name جود
            if (
                off and toks.text[i][0] == "ب" and _known_word(dediac(toks.text[i])) and i + 1 < toks.n
                and dediac(toks.text[i + 1]).endswith(("ي", "ية")) and _known_word(dediac(toks.text[i + 1]))
                and not toks.text[i + 1].startswith("ال") and toks.norm[i + 1] not in rules.first_names
            ):
                return  # «وصلنا بريد إلكتروني»: a word and its adjective, no ب + the given name «ريد»
            if (
                off and toks.text[i][0] == "ل" and _known_word(dediac(toks.text[i]))
                and i + 1 < toks.n and toks.text[i + 1].startswith("ال")
            ):
                return  # «لجان الامتحانات»: committees, a noun in construct, no ل + the given name جان
            if key in _MONTH_NAMES and i + 1 < toks.n and toks.norm[i + 1] in _MONTH_AFTER:
                return  # «رمضان المقبل»: the month
            if key in _MONTH_NAMES and i > 0 and toks.norm[i - 1] in _MONTH_WORDS:
                return  # «لشهر رمضان ستُوزَّع»: the month after «شهر»
            if key == _AMAL and i > 0 and dediac(toks.text[i - 1]) in ("على", "وعلى"):
                return  # «على أمل قبض معاشه»: in the hope of, no «أمل»
            if (
                not off and i > 0 and toks.norm[i - 1] in _PLACE_PREPOSITIONS and _known_word(dediac(toks.text[i]))
                and i + 1 < toks.n and not toks.text[i + 1].startswith("ال") and _known_word(dediac(toks.text[i + 1]))
                and toks.norm[i + 1] not in rules.first_names
            ):
                return  # «من خلف ستار ازرق»: behind a blue curtain, no «ستار» (a given name that is a word, then its adjective)
            if key == _MALIK and i + 1 < toks.n and _owned(toks, i + 1, rules):
                return  # «وقال مالك فرن «الأمانة»»، «مالك الأكاديمية»: the owner of a business, no «مالك»
            if _amin_title(toks, i):
                return  # «أمين عام الحركة»، «أمينة سر الاتحاد»: the title, no «أمين»
            if not off and i > 0 and (toks.norm[i - 1] in _COUNT_WORDS or toks.text[i - 1].replace(",", "").replace(".", "").isdigit()) and not (
                # («النائبة عن دائرة فرنسا 2 سلمى الرياحي،»: a district's number, then the name closed by a comma)
                toks.text[i - 1].isdigit() and i + 2 < toks.n and _family_name(toks, i + 1, rules) and toks.text[i + 2] in ("،", ",", ":")
            ):
                return  # «نحو 180 ألف تركي أدوا العمرة»: counted people or money, no name
            if key in _WORD_GIVEN_NAMES and not kunya and not _sure_surname(toks, i + 1, rules) and not (
                i > 0 and _matches_at(toks, i - 1, rules.roles, single=True)
            ):
                return  # «حصة السيارات»، «رفعت الأسعار»، «كامل المياه»: the word, not the name
            if key == _HAYAT and not (
                i + 1 < toks.n and toks.text[i + 1].startswith("ال") and not _known_word(dediac(toks.text[i + 1])[2:])
                and toks.norm[i + 1] not in rules.common
            ):
                return  # «حياة كريمة»، «حياة أطفالنا»: life; «حياة الزواري» only with a family name no dictionary knows
            if (
                off == 1 and toks.text[i][0] in "لب" and i > 0 and is_arabic(toks.text[i - 1])
                and not toks.text[i - 1].startswith(("ال", "وال")) and toks.norm[i - 1] not in rules.stop
                and not _known_word(dediac(toks.text[i - 1])) and _is_name_word(toks, i - 1, rules)
                and toks.norm[i - 1] not in rules.first_names
            ):
                return  # «مامادو لامين سار»: the letter belongs to a foreign name going on, not ل + أمين
            if off == 1 and toks.text[i][0] in "بلك" and i > 0 and toks.text[i - 1] in ("،", ",") and i + 1 < toks.n and _is_name_word(toks, i + 1, rules):
                off = 0  # «رئيس الجمعية، بكير أولاد سعيد،»: set off by a comma before more name words, the letter is the name's own
            j = i + 1
            links = 0  # بن، آل، أبو …: a chain of names runs longer (محمد بن سلمان بن عبدالعزيز آل سعود)
            given_end = i + 1  # where the given name ends: one word, or «عبد» and the divine name after it
            while j < toks.n and j - i - 2 * links < 4 and j - i < 9:
                if toks.norm[j] in _FEMININE_TITLES and toks.norm[j] not in rules.first_names:
                    break  # «منى الطيب أستاذة الموارد المائية»: her title after the name
                if j == i + 1 and key == _ABD and toks.text[j].startswith("ال") and is_arabic(toks.text[j]) and len(toks.text[j]) > 3:
                    j += 1  # «عبد السلام الفيتوري»، «عبد الغني بادي»: the word after عبد is half the given name, not its surname
                    given_end = j
                    continue
                if (
                    j == i + 1 == given_end and toks.norm[j] in _AKBAR_ASGHAR and dediac(toks.text[i]).removeprefix("و") == "علي"
                    and j + 1 < toks.n and _surname_word(toks, j + 1, rules)
                ):
                    j += 2  # «علي أكبر صالحي»، «علي أكبر ولايتي»: a Persian compound given name, then the family name
                    break
                if (
                    toks.norm[j] == _ABD and j > i and j + 3 < toks.n and toks.text[j + 1].startswith("ال") and is_arabic(toks.text[j + 1])
                    and len(toks.text[j + 1]) > 3 and toks.norm[j + 2] in ALLAH_COMPOUNDS and toks.norm[j + 3] == _ALLAH
                ):
                    j += 4  # «الصادق عبد الله دفع الله»: the father's compound name, then a family name made with «الله»
                    break
                if toks.norm[j] == _ABD and j > i and j + 2 < toks.n and toks.text[j + 1].startswith("ال") and is_arabic(toks.text[j + 1]) and len(toks.text[j + 1]) > 3 and (
                    _family_name(toks, j + 2, rules) or toks.norm[j + 2] in rules.first_names
                ):
                    j += 2  # «فيصل عبد الله المناعي»: a compound given name (the father's) inside the name
                    continue
                if (
                    toks.norm[j] == _ABD and j == given_end and j + 1 < toks.n and toks.text[j + 1].startswith("ال")
                    and is_arabic(toks.text[j + 1]) and len(toks.text[j + 1]) > 3
                    and (
                        j + 2 == toks.n or toks.text[j + 2] in ("،", ",", ".", ":") or toks.norm[j + 2] in rules.stop
                        or toks.norm[j + 2] not in rules.first_names and _preposition_and_noun(toks.text[j + 2], "لب")
                    )
                ):
                    # «ويدعى حسن عبد الزهرة، …», «محمد عبد الستار بتخصيص …»: the father's compound name
                    # closes the name before a mark, a stop word or ب/ل + a noun
                    j += 2
                    break
                if (
                    j > i and toks.norm[j] in rules.stop and toks.norm[j] in rules.first_names and _name_form(toks.text[j]) in rules.first_names_raw
                    and j + 1 < toks.n and _family_name(toks, j + 1, rules)
                ):
                    j += 1  # «ناصر علي الكواري»: the given name علي (not على) before the family name
                    continue
                if (
                    j == given_end and j > i and not off and j + 1 < toks.n and toks.text[j].startswith("ال")
                    and toks.norm[j] in rules.common and toks.norm[j] not in rules.stop and not _nisba(dediac(toks.text[j]))
                    and toks.norm[j][2:] not in rules.org_cues
                    and any(k in rules.person_verbs or k in _SAYING_NOW for _, k in toks.single_peels(j + 1))
                ):
                    j += 1  # «المحلل … هاني القضاة رأى أن»: a family name that is a word too, right before the verb of saying
                    break
                if (
                    j == given_end and j > i and j + 1 < toks.n and toks.text[j].startswith("ال")
                    and toks.norm[j + 1] in _SON_OF_ALL and toks.norm[j] not in rules.stop
                ):
                    j += 1  # «محمد الأمين ولد سيدي»، «محمد المختار بن …»: a second given name with the article before ولد/بن
                    continue
                if toks.norm[j] in rules.connectors and j + 1 < toks.n:
                    if toks.norm[j] == _AHL and (toks.text[j + 1].startswith("ال") or not is_arabic(toks.text[j + 1])):
                        break  # «شكرت فاطمة أهل الخير»: the people of …, no family name
                    j += 1
                    links += 1
                    if toks.norm[j - 1] in _SON_OF_ALL and toks.norm[j] in _FATHER_TITLES:
                        j += 1  # «مريم منت الشيخ»، «محمد ولد الشيخ»: a title after بن/ولد/منت is the father's name
                        continue
                    if (
                        toks.norm[j - 1] in _SON_OF_ALL and is_arabic(toks.text[j]) and toks.norm[j] not in rules.stop
                        and not toks.text[j].startswith("ال") and toks.norm[j] not in rules.connectors and toks.norm[j] not in _FATHER_OF
                    ):
                        j += 1  # «الطيب بن شهرة»: the father's name after بن/ولد is a name, whatever it means alone
                        if j < toks.n and is_arabic(toks.text[j]) and not toks.text[j].startswith("ال") and toks.norm[j] not in rules.connectors and toks.norm[j] not in rules.first_names and _known_word(dediac(toks.text[j])):
                            break  # «محمد بن عمر تدفق …»: a dictionary word after it starts the sentence again
                    continue
                if toks.norm[j] == "الله" and j == i + 1:
                    j += 1  # منة الله، عبد الله
                    continue
                if j > i and toks.norm[j] in ALLAH_COMPOUNDS and j + 1 < toks.n and toks.norm[j + 1] == _ALLAH:
                    j += 2  # «محمد حسين فضل الله»، «حسن نصر الله»: a family name made with «الله», though «فضل» is a word
                    if j + 1 < toks.n and toks.norm[j] in rules.connectors:
                        continue  # «مسعود أمر الله آل علي»: the family's name goes on after «آل»
                    break
                conj = (
                    toks.text[j].startswith("و") and len(toks.text[j]) > 3 and toks.norm[j] not in rules.first_names
                    # (a foreign surname that starts with و goes on with the name: «سارة ويليامز (Sarah Williams)»)
                    and (_and_word(toks.text[j]) or not (j + 1 < toks.n and toks.text[j + 1] == "(" and _latin_run(toks, j + 2)))
                )
                if conj:
                    break  # «سلمى الخطيب وشريكها»: a word joined by و starts something else
                if j > i + 1 and toks.text[j - 1].startswith("ال") and toks.text[j].startswith(("ل", "بال")):
                    break  # «مروان الحلبي لعنب بلدي»، «لينا الخطيب لموسمين»: after a definite surname, a preposition
                if j > i + 1 and toks.text[j].startswith("بال") and len(toks.text[j]) > 5:
                    break  # «سعيد حميش بالنجمة الذهبية»: ب + a definite noun after a name
                if toks.norm[j] in _DAY_PARTS and j + 1 < toks.n and toks.norm[j + 1] in rules.stop:
                    break  # «نبيه بري صباح الثلاثاء»: a time of day, not a name
                if toks.norm[j] in MANNER_STATES:
                    break  # «تقول نورة المطيري مبتسمة»: how she said it
                if (
                    j > given_end and toks.norm[j].startswith("ال") and toks.text[j - 1].startswith("ال")
                    and (body_cue := rules.org_cues.get(toks.norm[j][2:])) is not None and body_cue.get("label", "ORG") == "ORG"
                ):
                    break  # «دعا … نوري المالكي المفوضية إلى إعادة العد»: a body by its noun, the verb's object
                if (
                    j > i and toks.norm[j] in _PLACE_PREPOSITIONS and j + 1 < toks.n and is_arabic(toks.text[j + 1])
                    and not toks.text[j + 1].startswith("ال") and toks.norm[j + 1] not in rules.first_names
                    and toks.norm[j + 1] not in rules.stop and toks.norm[j + 1] != "الله"
                ):
                    break  # «يقف أبو سامر خلف عربة خشبية»: where he stands, not the name «خلف»
                if links and toks.norm[j - 1] in rules.connectors and _name_form(toks.text[j]) in rules.first_names_raw:
                    j += 1  # «إبراهيم أيت علي»: a given name after a connector, though its key is على's
                    continue
                if toks.norm[j] in _PEOPLE_WORDS:
                    break  # «نضال العمال»، «أمل الشباب»: a given name that is a word too, then people in general
                if toks.norm[j] in _GUEST_WORDS:
                    break  # «حلّت الممثلة رهف عبد الله ضيفة على برنامج»: as a guest, no part of the name
                if j >= given_end and _doubled_verb(toks, j, rules):
                    break  # «سيدي ولد البشير شكك في معايير …»: a doubled verb and its preposition after the family name
                if (
                    j - 1 >= given_end and toks.text[j - 1].startswith("ال") and toks.norm[j - 1] not in _SECOND_HALVES
                    and is_arabic(toks.text[j]) and not toks.text[j].startswith(("ال", "و"))
                    and toks.norm[j] not in rules.first_names and (_known_word(dediac(toks.text[j])) or _with_pronoun(dediac(toks.text[j])))
                ):
                    # «أبو خالد الشوا فتح استوديو»: after the family name, a word of the dictionary (not «الحاج
                    # توفيق»); «يزن المجالي شغفه بالدراجات»: or one with its pronoun
                    break
                if (
                    j - 1 >= given_end and toks.text[j - 1].startswith("ال") and toks.text[j].startswith("ف") and len(toks.text[j]) > 3
                    and toks.norm[j] not in rules.first_names and _known_word(dediac(toks.text[j])[1:])
                    and not _known_word(dediac(toks.text[j]))
                ):
                    break  # «أما العداء إدريس الوزاني فكتب على صفحته»: ف + a verb opens the clause after «أما» and the name
                if (
                    j > given_end and toks.text[j].startswith("ف") and len(toks.text[j]) > 3
                    and toks.norm[j] not in rules.first_names and _known_word(dediac(toks.text[j])[1:])
                    and not _known_word(dediac(toks.text[j])) and any(toks.norm[x] in _AMMA for x in range(max(0, i - 3), i))
                ):
                    break  # «اما روبرت فيسك فكتب في « الاندبندنت »»: after «أما», ف + a verb ends any name
                if j == given_end and j > i and (n := _title_surname(toks, j, rules)):
                    j += n  # «الخريج يزن القاضي (19 عاماً)»، «رامي الشيخ علي إن»
                    break
                if j > i and _feminine_noun_with_pronoun(toks.text[j]):
                    break  # «حين أسس زيد العمري شركته الناشئة»: his company, no part of his name
                if (
                    j > given_end and toks.norm[j] not in rules.first_names and len(dediac(toks.text[j])) >= 5
                    and dediac(toks.text[j]).endswith("ه") and not toks.text[j].startswith(("ال", "و"))
                    and _with_pronoun(dediac(toks.text[j]))
                ):
                    break  # «يربط محمد شهاب مركبه الأزرق»: his boat, after given and family name, no part of the name
                if j > i and _place_after_ba(toks, j, rules):
                    break  # «منشأة عباس بكفر الشيخ»: ب + a place the lexicon knows, where, no part of the name
                if (
                    j > given_end and toks.text[j].startswith("ب") and len(w := dediac(toks.text[j])) >= 5
                    and toks.norm[j] not in rules.first_names and _known_word(w[1:]) and not _known_word(w)
                    and toks.text[j - 1].startswith("ال")
                ):
                    break  # «ورد سامي الخطيب بمنشور جديد»: after the family name, ب + a noun, how, no part of the name
                if (
                    j == given_end and j > i and not off and toks.norm[j] in _WORD_FAMILY_NAMES and j + 1 < toks.n
                    and _nisba(dediac(toks.text[j + 1])) and toks.text[j + 1].startswith("ال")
                    and toks.norm[j + 1] not in rules.nationalities
                ):
                    j += 1  # «يقف جبار عودة الفرطوسي، وهو …»: the father's name, a word too, then the family's nisba
                    continue
                if j == given_end and j > i and not off and (_word_family_name(toks, j, rules) or (
                    toks.norm[j] in _WORD_FAMILY_NAMES and i > 0 and toks.text[i - 1].startswith("ال")
                    and j + 1 < toks.n and toks.text[j + 1].startswith("لل")
                )):
                    # (after a title, before ل + a definite noun too: «الرباعة الفلسطينية ريم عودة للمشاركة في»)
                    j += 1  # «وقالت … رنا عودة إن»، «سامي سلامة،» (not after a clitic: «لجان سلامة داخل»)
                    break
                if j == given_end and j > i and toks.norm[j] in _BEL_SURNAMES:
                    j += 1  # «الناقدة التونسية نجوى بالحاج»: a Maghrebi «بال…» family name, no ب + noun
                    break
                if (
                    j == given_end and j > i and not off and toks.norm[j] in _WORD_GIVEN_NAMES
                    and j + 1 < toks.n and _sure_surname(toks, j + 1, rules)
                ):
                    j += 2  # «الرئيس مصطفى كامل الشريف»: the father's given name, a word too, then the family name
                    break
                if _is_name_word(toks, j, rules) and is_arabic(toks.text[j]) and not _not_name_part(toks, j, j - i, rules):
                    j += 1
                elif j == given_end and _family_name_in_un(toks, j, rules):
                    j += 1  # «خالد السعدون»: a family name in -ون right after the given name, no plural
                    break
                elif _family_name(toks, j, rules):
                    j += 1  # هاني الجمال: a definite family name ends the name
                    if (
                        toks.norm[j - 1] == _AL_AMIN and j - 1 == given_end and j < toks.n and is_arabic(toks.text[j])
                        and not toks.text[j].startswith(("ال", "و")) and toks.norm[j] not in rules.stop and dediac(toks.text[j]).isalpha()
                        and len(toks.text[j]) > 2 and toks.norm[j] not in rules.common and not _known_word(dediac(toks.text[j]))
                    ):
                        j += 1  # «محمد الأمين بوزيان»: the compound given name, then a family name no dictionary knows
                    break
                elif j == given_end and _surname_after_title(toks, i, j, rules):
                    j += 1  # «المتحدثة باسم الوزارة هدى بركة»: after a title, a common word is a surname
                    break
                elif j == given_end and _surname_before_apposition(toks, i, j, rules):
                    j += 1  # «التقت نادين فرنجية، صاحبة منتجع»: the surname before the description set off by a comma
                    break
                elif (
                    j == given_end and not off and i > 0 and toks.text[i - 1] in ("،", ",") and j + 1 < toks.n
                    and toks.text[j + 1] in ("،", ",") and toks.text[j].startswith("ال") and is_arabic(toks.text[j])
                    and len(dediac(toks.text[j])) > 4 and toks.norm[j] not in rules.stop and not _nisba(dediac(toks.text[j]))
                ):
                    j += 1  # «وزير الصحة في الولاية، عمر الخليفة، …»: a given name and a word as its surname, set off by commas
                    break
                else:
                    break
            lead = dediac(toks.text[i - 1]) if i > 0 and not off else ""
            core = _kunya_core(lead, _KUNYA + ("سيدي",))
            if core in _KUNYA + ("سيدي",) and not toks.norm[j - 1] in rules.connectors:
                # «أم سامر»، «أبو علي الدهيبي»، «فام سامي»: a name by the first child's given name; «سيدي
                # محمد ولد أحمدو»: «سيدي» before a given name is the first half of a Maghrebi compound given name
                add(i - 1, j, "PERSON", "rule", 0.8, 1 if core != lead else 0)
            elif j > i + 1 and not (toks.norm[j - 1] in rules.connectors):
                m = add(i, j, "PERSON", "rule", 0.8, off)
                if (
                    j == i + 2 and not off and not _known_word(dediac(toks.text[i])) and toks.norm[i] not in rules.common
                    and (p := _matches_at(toks, i + 1, rules.lexicon_index, peel=False)) is not None
                    and p[0] == 1 and p[2].label == "LOC"
                ):
                    # «الرئيس المنتهية ولايته ريكاردو لاغوس»، «جورج واشنطن»: a foreign given name, then a
                    # family name that is also a city's: the person, over the place the lexicon knows
                    m.extra["cue_name"] = True
            elif j == i + 1 and j < toks.n and toks.norm[j] in MANNER_STATES:
                add(i, j, "PERSON", "rule", 0.7, off)  # «وتختم مريم ضاحكة:»: a given name alone, then how she spoke
            elif (
                j == i + 1 and j < toks.n and not off and i > 0 and toks.norm[i - 1] in _PUPILS
                and (toks.text[j] in ("،", ",") or toks.norm[j] in _SPEECH_CONJ)
            ):
                add(i, j, "PERSON", "rule", 0.7)  # «وتقول التلميذة أمينة، 17 عاماً، إنها»: a pupil named by her given name alone
            elif j == i + 1 and j < toks.n and not off and i > 0 and toks.norm[i - 1] in _AMMA and (
                _fa_present_verb(toks, j, rules)
                # («أما سلمى، فنشرت»: set off by a comma, then ف + a past verb; an article given
                # name, «أما الطيب، فكتب», in _article_given_name_here)
                or _comma_then_fa_verb(toks, j, rules)
            ):
                add(i, j, "PERSON", "rule", 0.7)  # «أما رنا فتختم حديثها بالقول:»: a given name alone between «أما» and ف + a verb
            elif j == i + 1 and _age_in_brackets(toks, j):
                add(i, j, "PERSON", "rule", 0.7, off)  # «وتقول لينا ( 22 عاما ) ،»: a given name alone, then the age
            elif j == i + 1 and not off and _age_set_off(toks, j) and toks.norm[i] not in rules.common:
                add(i, j, "PERSON", "rule", 0.7)  # «جلس مامادو، 23 عاماً، القادم من غينيا»: the same, the age between commas
            elif (
                j == i + 1 and j + 1 < toks.n and not off and toks.text[j] in ("،", ",") and toks.norm[j + 1] in _AND_HE_SHE
                and toks.norm[i] not in rules.common
                # (a word too, «لطيفة»، «مراد», only right after a verb: «تعمل لطيفة، وهي»، «كان مراد، وهو»;
                # not «الأجواء لطيفة، وهي»)
                and (
                    not _known_word(dediac(toks.text[i])) or i > 0 and _verb_before_name(toks.text[i - 1])
                    # («رنا، وهي صانعة محتوى من إربد، تقول إنها»: opening the sentence)
                    or i == 0 or toks.sent[i - 1] != toks.sent[i]
                )
            ):
                add(i, j, "PERSON", "rule", 0.7)  # «ووقفت نسيمة، وهي موظفة في الأربعين،»: a given name alone, then who she is
            elif (
                j == i + 1 and j < toks.n and not off and i > 0 and toks.norm[i - 1] in _ONE_OF_THE_PUBLIC
                and (toks.text[j] in ("،", ",", ":") or toks.norm[j] in _SUBJECT_ENDS or toks.norm[j] == _MIN)
            ):
                add(i, j, "PERSON", "rule", 0.7)  # «وقالت المتسوقة سارة إنها»، «اشتكت المواطنة منيرة من»: one of the public by her given name
            return
    # A reporting verb, optional titles, then one to three rare name words.
    if not any(k in rules.person_verbs for _, k in toks.single_peels(i)):
        return
    k = i + 1
    if k < toks.n and (toks.norm[k] in _TRADES or toks.norm[k] in AGE_WORDS):
        return  # «وقال تاجر مواد غذائية في …», «يقول الستيني»: someone described, not named
    if k < toks.n and toks.norm[k] in CIRCLE_PLURALS:
        return  # «ويقول زملاء العبادي انه …»: people close to one named, no name «زملاء»
    if _parent_of_described(toks, k, rules):
        return  # «تقول أم لطفل مصاب بالربو إن»: a mother of someone described, no «أم سامر»
    if (
        k + 2 < toks.n and toks.text[k].startswith("ال") and toks.norm[k] in rules.callings and toks.norm[k] not in rules.first_names
        and toks.norm[k + 1] in rules.nationalities and is_arabic(toks.text[k + 2]) and not toks.text[k + 2].startswith("ال")
        and toks.norm[k + 2] not in _SPEECH_CONJ and _is_name_word(toks, k + 2, rules)
    ):
        k += 2  # «وقال العامل الهندي راجو كومار»: a calling and a nationality, then the name
    elif (
        k + 1 < toks.n and toks.text[k].startswith("ال") and toks.norm[k] in rules.callings and toks.norm[k] not in rules.first_names
        and toks.norm[k + 1] in rules.nationalities and not _family_name_before(toks, k, rules)
    ):
        return  # «وقال العامل الهندي ان»: one described by a calling and a nationality, no name
    while k < toks.n:
        hit = _matches_at(toks, k, rules.roles, single=True)
        if hit:
            k += hit[0]
            continue
        if k > i + 1:
            # a title's definite complement before the name: «وزير التربية والتعليم عزمي محافظة»,
            # «رئيس المهرجان الفنان حسين فهمي» (up to four definite words, then a name word)
            m = k
            if (
                m + 2 < toks.n and is_arabic(toks.text[m]) and not toks.text[m].startswith("ال")
                and not (toks.text[m][0] in "ولب" and _known_word(dediac(toks.text[m])[1:]))
                and toks.norm[m] not in rules.first_names and toks.text[m + 1].startswith("ال") and not _nisba(toks.text[m + 1])
                and toks.norm[m] not in rules.stop and toks.norm[m] not in _SUBJECT_ENDS and toks.norm[m] not in rules.person_verbs
                and (toks.norm[m] in rules.common or _known_word(dediac(toks.text[m])))
            ):
                m += 1  # «وزير شؤون الأقليات أنيل شارما»: an indefinite noun in construct opens the title's complement
            elif (
                m + 1 < toks.n and toks.text[m].startswith("ل") and not toks.text[m].startswith("لل") and len(toks.text[m]) > 4
                and toks.norm[m] not in rules.first_names and toks.text[m + 1].startswith("ال") and _known_word(dediac(toks.text[m])[1:])
            ):
                m += 1  # «المدعي العام لمكافحة الإرهاب أوليفييه …»: ل + a noun in construct, the title's complement
            elif (
                m + 1 < toks.n and not toks.text[m].startswith("ال") and (place := _matches_at(toks, m, rules.lexicon_index, peel=False)) is not None
                and place[2].label == "LOC" and m + place[0] < toks.n and _is_name_word(toks, m + place[0], rules)
            ):
                m += place[0]  # «وقال والي أرضروم أحمد يلدز أوغلو»: the title's place, then the name
            while m < toks.n and m - k < 4 and toks.text[m].startswith(("ال", "وال")) and not _matches_at(toks, m, rules.roles, single=True):
                if (
                    m == k and toks.norm[m - 1] in _ARMY_RANKS and m + 1 < toks.n and is_arabic(toks.text[m])
                    and not _nisba(toks.text[m]) and toks.norm[m] not in rules.common
                    and _matches_at(toks, m, rules.lexicon_index, peel=False) is None and _is_name_word(toks, m + 1, rules)
                ):
                    break  # «قائد سلاح الجو الاسرائيلي اللواء اليعزر شكيدي»: after a rank, a word no dictionary knows starts the name
                m += 1
            if m + 2 < toks.n and toks.text[m].startswith("لل") and len(toks.text[m]) > 4 and _rare_name_words(toks, (m + 1, m + 2), rules):
                # «وقال المدير الفني للفريق ليفان بيريدزه»، «الرئيس التنفيذي للشركة ثابو مولوي»: ل + the
                # body, then two name words no dictionary knows
                k = m + 1
                continue
            if m + 1 < toks.n and toks.text[m] in ("،", ",") and (toks.norm[m + 1] in rules.first_names or _matches_at(toks, m + 1, rules.roles, single=True)):
                m += 1  # «وزير الاتصالات، شريف الدمرداش، أن»: the name set off by commas
            if m > k and m < toks.n and (_matches_at(toks, m, rules.roles, single=True) or not toks.text[m].startswith("ال") and (
                toks.norm[m] in rules.first_names or _word_then_family_name(toks, m, rules)
                or (_is_name_word(toks, m, rules) and is_arabic(toks.text[m]) and toks.text[m][0] not in "لبكو")
            )):
                k = m
                continue
        break
    if k > i + 1 and k + 1 < toks.n and toks.text[k].startswith("ل") and toks.single_peels(k)[-1][1] not in rules.org_cues and (
        toks.norm[k + 1] in rules.first_names
        # «لسوناطراك نور الدين داودي»: a given name in two words (نور الدين، عبد الله)
        or k + 2 < toks.n and (toks.norm[k + 2] in _COMPOUND_TAILS or toks.norm[k + 1] == _ABD) and is_arabic(toks.text[k + 1])
    ):
        k += 1  # «وقال الرئيس التنفيذي لفاليو وليد حسونة»: the title's company, then the name
    elif k > i + 1 and k + 1 < toks.n and toks.text[k].startswith(("بال", "لل")) and len(toks.text[k]) > 4 and toks.norm[k + 1] in rules.first_names:
        k += 1  # «قال المحامي بالنقض أيمن محفوظ»: ب/ل + a definite noun completes the title, the name follows
    if k < toks.n and toks.text[k].startswith("ال") and norm_key(dediac(toks.text[k])[2:]) in _TRADES:
        k += 1  # «يقول المزارع غلام رسول»: a trade with the article stands as a title before the name
        if k < toks.n and not (toks.norm[k] in rules.first_names or _is_name_word(toks, k, rules) or _word_then_family_name(toks, k, rules)):
            return
    for x in range(k, min(k + 4, toks.n)):
        if toks.norm[x] in rules.first_names and x > k:
            # «قال المرشد الجبلي إبراهيم أيت علي»، «وقال الوسيط العقاري اللبناني جورج سعادة»: a
            # description (up to three definite words), then a given name, which names the person
            return
        if not (toks.text[x].startswith("ال") and is_arabic(toks.text[x])) or toks.norm[x] in rules.first_names:
            break
    if k > i + 1 and k + 1 < toks.n and toks.text[k].startswith("ال") and not _nisba(toks.text[k]) and _nisba(toks.text[k + 1]) and toks.norm[k + 1] not in rules.first_names:
        return  # «وقال قائد الأمن الداخلي في …»: a definite noun and its adjective complete the title, no name
    nationality = k < toks.n and _nisba(toks.text[k]) and _known_word(dediac(toks.text[k])[2:])  # الأمريكي; not القرضاوي
    if k + 1 < toks.n and _nisba(toks.text[k]) and (k > i + 1 or nationality or toks.norm[k + 1] in rules.first_names) and (
        _is_name_word(toks, k + 1, rules) and not _nisba(toks.text[k + 1])
        # «وقال الدليل الجبلي عودة الزوايدة»: after a title and its adjective, a given name that is a word
        or k > i + 1 and _word_then_family_name(toks, k + 1, rules)
    ):
        k += 1  # «قال الرئيس الأمريكي جورج بوش», «أكد الدنماركي ينس توماسن»: the adjective is no part of the name
    elif k > i + 1 and nationality:
        return  # «ولو قال الرئيس الأمريكي إنه …»: a title and its nationality, no name
    if k > i + 1 and k < toks.n and not toks.text[k].startswith("ال") and (
        "ال" + toks.norm[k] in rules.nationalities or toks.norm[k].endswith("يه") and "ال" + toks.norm[k][:-1] in rules.nationalities
    ):
        return  # «وقال مسؤول مصري مطلع …»: an indefinite title and its nationality, no name
    her_name = k < toks.n and (k > i + 1 or toks.single_peels(i)[-1][1].endswith("ت")) and _word_then_family_name(toks, k, rules)
    if k < toks.n and (toks.text[k].startswith("ال") and toks.text[k].endswith("ة") or _common_feminine(toks, k, rules)) and not her_name:
        return  # «وأعلنت الجبهة …», «قالت حركة …»: a body speaking, not a person
    if k == i + 1 and k < toks.n and toks.norm[k] not in rules.first_names and not _word_then_family_name(toks, k, rules) and (
        toks.text[k][:1] == "ب" and len(toks.text[k]) > 3 and _known_word(dediac(toks.text[k])[1:])
        # (not «بنكيران»، «بنعلي»: names opening with «بن»; but «بنبرة حازمة», a feminine noun)
        and (not toks.text[k].startswith("بن") or dediac(toks.text[k]).endswith("ة"))
        or _adjective_in_ta(dediac(toks.text[k]))
        or _participle_shape(dediac(toks.text[k]))
    ):
        return  # «ويضيف بحسرة»، «ويقول بهدوء»، «فتقول ضاحكة»: how it was said, no name
    verb = toks.single_peels(i)[-1][1]
    if (
        k == i + 1 and k + 1 < toks.n and toks.norm[k] not in rules.first_names and not toks.text[k].startswith("ال")
        and toks.text[k + 1].startswith("ال") and _known_word(dediac(toks.text[k])) and not her_name
        and (not _nisba(toks.text[k + 1]) or dediac(toks.text[k + 1]).endswith("ية") and toks.norm[k + 1][:-1] not in rules.nationalities)
    ):
        return  # «وقال دفاع المتهم إنه …», «دفاع الضحية»: a noun in construct, not a name (a nationality after a name is no noun)
    if k == i + 1 and k < toks.n and "ال" + toks.norm[k] in _PEOPLE_WORDS and toks.norm[k] not in rules.first_names:
        return  # «ويقول شباب في حي عرفات إن»، «وقال سكان إن»: people in general, no name
    if (
        k == i + 1 and k + 1 < toks.n and toks.norm[k] not in rules.first_names and not toks.text[k].startswith("ال")
        and (
            # «ويقول عاملان في الفرن إنهما»: a dual of a dictionary word, two people described
            len(w := dediac(toks.text[k])) >= 5 and w.endswith("ان") and _known_word(w[:-2]) and not _family_name_before(toks, k, rules)
            # «وقال مصرفي إماراتي طلب عدم نشر اسمه»: one described by his calling and nationality
            or not toks.text[k + 1].startswith("ال") and "ال" + toks.norm[k + 1] in rules.nationalities and _known_word(dediac(toks.text[k]))
        )
    ):
        return
    if (
        k == i + 1 and k < toks.n and toks.norm[k] not in rules.first_names
        and dediac(toks.text[k]).endswith("ون") and len(dediac(toks.text[k])) >= 5 and _known_word(dediac(toks.text[k]))
    ):
        return  # «ويقول مسنّون من سكان المدينة إن»: people described by a plural in ون, no name
    if k == i + 1 and _before_plural_of_kind(toks, k, rules):
        return  # «يرى وسطاء عقاريون أن»: a noun and a plural adjective of kind are people described, no name
    if k == i + 1 and k < toks.n and to_us(toks.norm[k]) and toks.norm[k] not in rules.first_names:
        return  # «قال لمراسلنا:»، «قالت لموقعنا»: the one spoken to, ours, no name
    if k == i + 1 and k < toks.n and verb.endswith("ت") and toks.norm[k] not in rules.first_names and not her_name:
        w = dediac(toks.text[k])
        if _known_word(w[2:] if w.startswith("ال") else w):
            return  # «كشفت الخطوط الملكية …», «أكدت الدول الثماني», «دعت جمعيات …»: things, not a woman
    if k == i + 1 and k + 1 < toks.n and toks.norm[k] not in rules.first_names and toks.norm[k + 1] in DEFINITE_NUMBERS:
        return  # «وحذر الدول الثلاث من أن»: things counted, the verb's object; no name
    if (
        k == i + 1 and k + 1 < toks.n and toks.text[k].startswith("ال") and _nisba(dediac(toks.text[k]))
        and toks.norm[k] not in rules.first_names and toks.norm[k + 1] in rules.nationalities
        and _known_word(dediac(toks.text[k])[2:])
    ):
        return  # «قال الحقوقي الجزائري ان»: one described by his calling and country, named before; no name
    if (
        k == i + 1 and k + 1 < toks.n and toks.norm[k] not in rules.first_names and not toks.text[k].startswith("ال")
        and toks.norm[k + 1] in _SPEECH_CONJ and _known_word(dediac(toks.text[k]))
        # (not the family name of one named before: «ليلى حداد» … «وتقول حداد إن»)
        and not _family_name_before(toks, k, rules)
    ):
        return  # «ويقول ملاك إن»: a word of the dictionary alone before «إن» is people described (owners), no name
    if k > i + 1 and k < toks.n:
        w = dediac(toks.text[k])
        if w.startswith("الم") and not w.endswith("ي") and _known_word(w[2:]) and k + 2 < toks.n and toks.norm[k + 1] in rules.connectors and toks.norm[k] not in rules.first_names:
            k += 1  # «وقال المدرب المساعد بن هاروتا»: the title's participle, then a name that starts with «بن»
            w = dediac(toks.text[k])
        elif w.startswith("الم") and not w.endswith("ي") and _known_word(w[2:]) and not (k + 1 < toks.n and _is_name_word(toks, k + 1, rules)):
            return  # «قال الطبيب المعالج إنها»: a participle describing the title, no name
        if (
            w.startswith("ال") and not _nisba(w) and _known_word(w[2:]) and toks.norm[k] not in rules.first_names
            and k + 1 < toks.n and toks.norm[k + 1] in _IN
        ):
            if not (
                k + 4 < toks.n and toks.text[k + 2].startswith("ال") and is_arabic(toks.text[k + 2])
                and _rare_name_words(toks, (k + 3, k + 4), rules)
            ):
                return  # «وأشار مدير الشحن في المكتب، هشام الكتاني، إلى أن»: the title's field, then where
            k += 3  # «وقال لاعب الارتكاز في الفريق ليفان بيريدزه»: the title, where, then a name no dictionary knows
    if k < toks.n and toks.norm[k] not in rules.first_names and _noun_not_name(dediac(toks.text[k])):
        return  # «وذكرت قيادته»، «كشفت التحريات»: a noun with a pronoun, a definite plural in ات: no name
    if (
        k == i + 1 and k + 2 < toks.n and toks.text[k].startswith("ال") and _nisba(toks.text[k])
        and _known_word(dediac(toks.text[k])[2:]) and toks.norm[k + 1] in ("في", "لدي")
        and (toks.text[k + 2] in _OPEN_MARKS or toks.single_peels(k + 2)[-1][1] in rules.org_cues)
    ):
        return  # «ويرى الاقتصادي في مؤسسة "الأفق للدراسات"، طارق البلوشي»: a profession and where, no name
    j = k
    if (
        k > i + 1 or toks.text[k - 1].startswith("ال") and k - 1 > i
        # «قالت منيرة العبدالجليل إن»: right after a feminine verb, her given name and surname
        or k == i + 1 and toks.single_peels(i)[-1][1].endswith("ت")
    ) and _word_then_family_name(toks, k, rules):
        j = k + 1  # «قالت وزيرة المالية منيرة العبدالجليل»: after a title, a given name that is also a word
    while j < toks.n and j - k < 3 and _is_name_word(toks, j, rules) and is_arabic(toks.text[j]) and not _not_name_part(toks, j, j - k, rules):
        if toks.norm[j] in _DAY_PARTS and j + 1 < toks.n and toks.norm[j + 1] in rules.stop:
            break  # «التقى نبيه بري صباح الثلاثاء»، «أعلن الوسطاء ليل الخميس»
        if toks.norm[j] in MANNER_STATES:
            break  # «تقول المطيري مبتسمة»: how she said it (also right after a word read as a title: «تقول المصري ضاحكة»)
        if j > k and toks.text[j].startswith("و") and len(toks.text[j]) > 3 and toks.norm[j] not in rules.first_names and _and_word(toks.text[j]):
            break  # «وأكد ميرتس وشريكه في الائتلاف …»: و + a word starts something else; not «كونستانتين وسونغا»
        j += 1
    if j == k + 1 and k > i + 1 and j + 1 < toks.n and toks.norm[j + 1] in _CLAUSE_AFTER_NAME and _surname_after_title(toks, k, j, rules):
        j += 1  # «اعتبر النائب سجيع عطية أن»: after a title, a common word closing the name before the clause goes on
    elif j == k + 1 and k == i + 1 and _surname_before_apposition(toks, k, j, rules):
        j += 1  # «ويقول إيلي سعادة، صاحب مكتب»: the surname before the description set off by a comma
    if j > k + 1 and toks.norm[j - 1] in rules.connectors and toks.ws_after[j - 1]:
        # «سيدي محمد ولد اباه»: a connector takes the next Arabic word into the name (whatever it
        # means alone); a name never ends on one
        if j < toks.n and is_arabic(toks.text[j]) and toks.norm[j] not in rules.stop and toks.text[j] not in "،,.:؛":
            j += 1
        else:
            j -= 1
    if j == k + 1 and k > i + 1 and dediac(toks.text[k]).startswith("الاست") and len(dediac(toks.text[k])) >= 7 and _known_word(dediac(toks.text[k])[2:]):
        return  # «مدير الاستغلال في شركة …»: a verbal noun of the استفعال form completes the title, no name
    if j == k + 1 and k > i + 1 and j < toks.n and toks.text[j] in _OPEN_MARKS and _quoted_name(toks, j, max_words=4):
        return  # «قال مدير فندق «شاطئ الخريف»، …»: after a title, a noun before the name in marks of what it heads
    if j > k and _title_then_given_name(toks, k, j, rules):
        return  # «وأكد نقيب أصحاب الفنادق بيار …», «وصرح أمين المنطقة فيصل …»: a title, the name comes after
    if any(toks.norm[x] in AGE_WORDS for x in range(k, j)):
        return  # «يقول الميكانيكي الستيني إن»: one described by his trade and age, no name
    if j > k and k == i + 1 and toks.norm[k] in _SOURCE_NOUNS:
        return  # «كشف استطلاع أجرته دائرة …»: a document reports, no one named
    if j > k and k + 1 < toks.n and toks.norm[k] == _MALIK and _owned(toks, k + 1, rules):
        return  # «وقال مالك مطعم في الحي إن»: the owner of a business, no «مالك»
    if j > k and (k > i + 1 or not toks.text[k].startswith("ال")) and (toks.norm[k][2:] if toks.text[k].startswith("ال") else toks.norm[k]) in _WORKPLACES:
        # «وقال مدير مصنع الإسمنت إن»، «مديرة الفرع»: the title's place of work; «وأكد فرع وزارة
        # البيئة في القصيم»: a branch speaking; no name
        return
    if (
        j > k + 1 and k > i + 1 and toks.text[k].startswith("ل") and not toks.text[k].startswith("لل")
        and len(dediac(toks.text[k])) > 3 and _known_word(dediac(toks.text[k])[1:])
        and toks.text[k + 1].startswith("ال") and not _nisba(toks.text[k + 1])
    ):
        return  # «وأكد المدير العام لصون البيئة في الهيئة»: ل + a noun in construct, the title's field
    if j > k and _amin_title(toks, k):
        return  # «وأكد أمين عام الحركة، الأب جوزيف نصر، أن»: the title, the name comes after
    if k > i + 1 and j - k >= 2 and toks.norm[k] not in rules.first_names and any(_name_starts_inside(toks, x, rules) for x in range(k + 2, j)):
        return  # «نفى محامي أطلس ساوند عادل بنشقرون»: the title's client, then a given name that starts the name
    if j == k + 1 and k > i + 1 and toks.text[k].startswith("ال") and j < toks.n and toks.text[j].startswith("وال"):
        return  # «وأوضح مدير الحراج والبادية في الوزارة»: after a title, its field and another joined by و; no name
    if j > k and toks.text[k].startswith("ال") and k + 1 < toks.n and dediac(toks.text[k + 1]) in _KUNYA:
        return  # «وقال المصور أبو خالد الشوا»: a trade, then the name by a child's (the kunya rule's)
    if j == k + 1 and k > i + 1 and _preposition_and_definite(dediac(toks.text[k])):
        return  # «وقالت نائبة العمدة المكلفة بالمقابر، سلمى بنعلي،»: the title's charge, no name
    if (
        j == k + 1 and k == i + 1 and j < toks.n and toks.norm[j] in _AT_WORK and not toks.text[k].startswith("ال")
        and toks.norm[k] in rules.callings and toks.norm[k] not in rules.first_names and not _family_name_before(toks, k, rules)
    ):
        return  # «رأى وسيط في إحدى شركات الوساطة أن»: someone of a trade, unnamed
    if any(toks.text[x].endswith(_TANWEEN) for x in range(k, j)):
        return  # «ويرى أهالٍ تحدثت إليهم "وفا" أن»: people described; a name takes no nunation
    if (
        j > k and toks.norm[k] not in rules.first_names and not toks.text[k].startswith("ال")
        and any(toks.norm[x] in _DESCRIBING for x in range(k, min(j + 1, toks.n)))
    ):
        return  # «يرى لاعب قديم في النادي»، «ويقول سائس آخر»، «مهندس شاب»: one described by age or rank, no name
    if (
        # (one word alone only before «من»: «وقال عون في بيروت» is the surname of one the reader knows)
        k == i + 1 and j > k and j < toks.n and (toks.norm[j] in _SPEECH_CONJ or toks.norm[j] == _MIN or toks.norm[j] == _FI and j > k + 1)
        and all(
            not toks.text[x].startswith("ال") and toks.norm[x] not in rules.first_names
            and toks.norm[x] not in rules.connectors and _known_word(dediac(toks.text[x]))
            for x in range(k, j)
        )
        # (not the family name of one named before: «ليلى حداد» … «وتقول حداد في رسالتها»)
        and not _family_name_before(toks, k, rules)
    ):
        return  # «وقال عريس من صفاقس»، «وقال صراف متجول إن»، «وقال وكلاء شحن في جدة»: one described, no name
    if (
        k == i + 1 and k < j <= k + 2 and k + 1 < toks.n and toks.norm[k] not in rules.first_names and toks.norm[k] not in rules.connectors
        and not toks.text[k].startswith("ال") and _known_word(dediac(toks.text[k]))
        and not toks.text[k + 1].startswith(("ال", "و")) and (w := dediac(toks.text[k + 1])).endswith("ات") and _known_word(w)
        and toks.norm[k + 1] not in rules.first_names and not _family_name_before(toks, k, rules)
    ):
        return  # «وأكد وكلاء سيارات تقليدية»: a noun in construct with a plural in ات, people described, no name
    if (
        k == i + 1 and j > k and toks.norm[k] not in rules.first_names and toks.norm[k] not in rules.connectors
        and len(w := dediac(toks.text[k])) >= 5 and w.endswith("و") and not w.startswith("ال") and _known_word(w[:-1] + "ون")
    ):
        return  # «ويقول سائقو أجرة إن»: a plural in construct (سائقون), people described, no name
    if j > k and (k > i + 1 or j > k + 1) and all(
        toks.norm[x] not in rules.first_names and len(w := dediac(toks.text[x])) >= 6 and w.endswith("ان") and _known_word(w[:-2])
        for x in ((k - 1, k) if k > i + 1 else (k, k + 1))
    ):
        return  # «وقال مسؤولان مطلعان إن»: two described by a dual and its adjective, no name
    if (
        j == k + 2 and toks.norm[k] not in rules.first_names and toks.norm[k] not in rules.connectors
        and toks.norm[k + 1] not in rules.first_names and _known_word(dediac(toks.text[k]))
        and dediac(toks.text[k + 1]).endswith("ي") and not toks.text[k + 1].startswith("ال")
        and _known_word(dediac(toks.text[k + 1])[:-1])
    ):
        return  # «وقال مستخلص جمركي يعمل في الميناء إن»: a trade and its adjective, one described, no name
    if (
        j == k + 2 and j < toks.n and toks.norm[j] in _AT_WORK and not toks.text[k].startswith(("ال", "و"))
        and toks.text[k + 1].startswith("ال") and not _nisba(dediac(toks.text[k + 1]))
        and not any(toks.norm[x] in rules.first_names or toks.norm[x] in rules.connectors for x in range(k, j))
        and all(_known_word(w := dediac(toks.text[x])) or x > k and _known_word(w[2:]) for x in range(k, j))
    ):
        return  # «قال استشاري أمراض الدم في مستشفى …»، «استشاري طب النوم في …»: the title's field, a noun in construct, then where he works
    if (
        j == k + 2 and not toks.text[k].startswith("ال") and toks.norm[k] in rules.callings
        and toks.norm[k] not in rules.first_names and any(toks.norm[y] == toks.norm[k + 1] for y in range(k))
    ):
        return  # «وقال ملّاح نوفاك، التشيكي توماس دفورجاك،»: a calling and whose, named before; no name («وقال طالب الرفاعي» is one)
    if (
        j == k + 1 and toks.text[k].startswith("ال") and (toks.norm[k][2:] in rules.org_cues or toks.norm[k] in _GROUP_NOUNS)
        and not _family_name_before(toks, k, rules)
    ):
        return  # «وأعلن الفصيل في بيان»، «وقالت الحركة»: a body named back by its noun, no one's name
    if (
        j == k + 1 and toks.text[k].startswith("ال") and len(toks.norm[k]) > 4 and not _family_name_before(toks, k, rules)
        and any(toks.norm[y] == toks.norm[k][2:] and _matches_at(toks, y, rules.roles, single=True) and toks.norm[y] not in rules.first_names for y in range(k))
    ):
        return  # «وأضاف النقيب أن» after «قال نقيب الموسيقيين سامح الشريف»: the title named back, no name
    if k == i + 1 and j > k and toks.norm[k] in _BODY_PLURALS:
        return  # «فيما تقول أحزاب معارضة إن»: bodies described by a plural, no one's name
    if j > k + 1 and toks.norm[k] == _SHEIKH and toks.norm[k + 1] in _SHEIKHS:
        return  # «وقال شيخ مشايخ الطرق الصوفية، الدكتور سعد الدين المرسي، إن»: a title, no name
    if (
        j == k + 2 and toks.text[k].startswith("ال") and toks.norm[k + 1] in ORDINALS
        and toks.norm[k] not in rules.first_names and _known_word(dediac(toks.text[k])[2:])
    ):
        return  # «وأفاد الشاهد الثاني، حارس العقار …»، «نفى المتهم الأول»: one of several by its rank, no name
    if j == k + 1 and toks.text[k].startswith("ال") and toks.norm[k] in rules.callings and not _family_name_before(toks, k, rules):
        return  # «ويقول النحّات السوري أبو خليل»: a calling with its article, no name («عبدالله الفلاح» … «ويؤكد الفلاح» is)
    if (
        j == k + 1 and k > i + 1 and j + 1 < toks.n and toks.norm[k] not in rules.first_names
        and toks.norm[j] in _WISH_VERBS and toks.norm[j + 1] in _NOT_TO
    ):
        return  # «يقول حارس حراج طلب عدم ذكر اسمه إن»: one who wished to stay unnamed, the word his calling's field
    if (
        j == k + 1 and k > i + 1 and j < toks.n and not toks.text[k].startswith(("ال", "و"))
        and toks.norm[k] not in rules.first_names and toks.norm[k] not in rules.connectors
        and _known_word(dediac(toks.text[k])) and toks.text[j].startswith("ال") and toks.norm[j] not in _WHEN_WORDS
        and toks.norm[j] != _ALLAH  # («النائب ضيف الله العجمي»: a name ending in «الله»)
        and not _nisba(dediac(toks.text[j])) and _known_word(dediac(toks.text[j])[2:])
        and not _family_name_before(toks, k, rules)
    ):
        return  # «حذّر مفوض شؤون التوسيع في الاتحاد»: after a title, a noun in construct with its field; no name
    if (
        k > i + 1 and j > k and not toks.text[k - 1].startswith(("ال", "وال")) and is_arabic(toks.text[k - 1])
        and _matches_at(toks, k - 1, rules.roles, single=True)
        and all(
            toks.text[x].startswith("ال") and not _nisba(dediac(toks.text[x])) and _known_word(dediac(toks.text[x])[2:])
            and toks.norm[x] not in rules.first_names and toks.norm[x][2:] not in rules.first_names
            for x in range(k, j)
        )
        and not _family_name_before(toks, k, rules)
    ):
        return  # «ويوضح استشاري الغدد الصماء والسكري …»: an indefinite title in construct with its definite field; no name
    if (
        j == k + 1 and j < toks.n and not toks.text[k].startswith(("ال", "و")) and toks.norm[k] not in rules.first_names
        and is_arabic(toks.text[j]) and not toks.text[j].startswith("ال")
        # (a feminine noun and a feminine adjective in ية, no preposition on it: not «محامي بلعيرج لأسبوعية»)
        and (
            dediac(toks.text[k]).endswith("ة") and (adj := dediac(toks.text[j])).endswith("ية") and len(adj) >= 5 and adj[0] not in "لبوفك"
            or norm_key("ال" + dediac(toks.text[j])) in rules.nationalities
        )
        and toks.norm[j] not in rules.first_names
    ):
        return  # «تقول مستأجرة مصرية تقيم …»: one described by an indefinite noun and her nationality, no name
    if j > k:
        if j + 1 < toks.n and toks.norm[j] == _ALLAH and _family_name(toks, j + 1, rules):
            j += 2  # «وقال النائب ضيف الله العجمي»: a given name compound with «الله», then the family's
        m = add(k, j, "PERSON", "rule", 0.65)
        m.extra["after_verb"] = True
        m.extra["after_title"] = k > i + 1


def _adjective_not_name(toks: _Tokens, i: int, rules: Rules) -> bool:
    """«حصيلة يوم كامل»، «عمل صالح»، «اجراء لائحي سليم»: a given name that is also an adjective,
    after an indefinite noun or relative adjective (no kunya, verb, title or name before it), is the
    adjective."""
    if i == 0 or toks.norm[i] not in _ADJECTIVE_NAMES or _kunya_core(dediac(toks.text[i - 1])) in _KUNYA:
        return False
    prev = dediac(toks.text[i - 1])
    return (
        prev.isalpha() and not toks.text[i - 1].startswith(("ال", "وال"))
        and toks.norm[i - 1] not in rules.stop and toks.norm[i - 1] not in rules.first_names
        and not any(k in rules.person_verbs or k in _SAYING_NOW for _, k in toks.single_peels(i - 1))
        and not _matches_at(toks, i - 1, rules.roles, peel=False)
        and (
            _known_word(prev)
            # «اجراء لائحي سليم»: a relative adjective made from a dictionary word, no nationality
            or len(prev) >= 4 and prev.endswith("ي") and "ال" + toks.norm[i - 1] not in rules.nationalities
            and (_known_word(prev[:-1]) or _known_word(prev[:-1] + "ة"))
        )
        and not _matches_at(toks, i - 1, rules.lexicon_index, peel=False)  # (a name before it: «مصرف لبنان سليم الحاج»)
        and not prev.endswith(("ا", "ى"))  # (not an adverb: «المعترف بها دولياً نبيل سالم»)
    )


def _verb_with_object(toks: _Tokens, k: int, rules: Rules) -> bool:
    """«يستخدمه»: a present verb (ي/ت) with its object pronoun, the dictionary's word under it; no name."""
    return toks.text[k][:1] in "يت" and toks.norm[k] not in rules.first_names and _with_pronoun(dediac(toks.text[k]))


# groups that are no body cue of their own (a «جماعة» is also a Moroccan commune), named only by
# the name they give themselves
_SELF_NAMED_GROUPS = frozenset(norm_key(w) for w in ("جماعة", "جماعات", "خلية", "فصيل"))
_CALLS = frozenset(norm_key(w) for w in ("تطلق", "يطلق", "تسمي", "يسمي"))


def _group_naming_itself(toks: _Tokens, add) -> None:
    """«وكانت جماعة تطلق على نفسها اسم " كتائب انصار التوحيد " قد هددت»: the name a group gives
    itself, in marks after «اسم», is an organisation."""
    for k in range(1, toks.n - 4):
        if toks.norm[k] not in _CALLS or toks.single_peels(k - 1)[-1][1] not in _SELF_NAMED_GROUPS:
            continue
        if toks.norm[k + 1] != _ALA_KEY or toks.norm[k + 2] not in _ITSELF:
            continue
        j2 = k + 3 + (toks.norm[k + 3] == _NAME_KEY)
        named = _quoted_name(toks, j2, max_words=5)
        if named:
            add(j2 + 1, named, "ORG", "rule", 0.8, org_type="other").extra["quoted"] = True


def _family_name_before(toks: _Tokens, x: int, rules: Rules) -> bool:
    """The word at ``x`` follows a given name earlier in the text: a family name there («عبدالله الفلاح»)."""
    return any(toks.norm[y] == toks.norm[x] and toks.norm[y - 1] in rules.first_names for y in range(1, x))


_NAME_MASDARS = frozenset(norm_key(w) for w in ("حماية", "تنمية", "رعاية", "مكافحة", "تنظيم"))
_MUNICIPAL = frozenset(norm_key(w) for w in ("بلدية",))
_NAME_FIELDS = frozenset(norm_key(w) for w in ("علوم", "فنون", "بحوث", "أبحاث", "دراسات", "تكنولوجيا", "تقنيات"))
_AT_WORK = frozenset(norm_key(w) for w in ("في", "لدى", "بمستشفى", "بجامعة", "بكلية"))


def _name_starts_inside(toks: _Tokens, x: int, rules: Rules) -> bool:
    """Inside the words read after a title, a given name at x that starts a name of its own: a name
    word after it; not a compound or a kunya inside one name («سوران عبد الرحمن»، «جهاد أبو ناصر»),
    nor ل/ب + a noun after it («النائب سجاد سالم لقناة محلية»)."""
    if not (toks.norm[x] in rules.first_names and _name_form(toks.text[x]) in rules.first_names_raw):
        return False
    if toks.norm[x] == _ABD or dediac(toks.text[x]) in _KUNYA or dediac(toks.text[x - 1]) in _KUNYA or toks.norm[x - 1] in rules.connectors:
        return False
    if not (x + 1 < toks.n and is_arabic(toks.text[x + 1])):
        return False
    if toks.text[x + 1][0] in "لب" and _known_word(dediac(toks.text[x + 1])[1:]):
        return False
    return _is_name_word(toks, x + 1, rules) or _family_name(toks, x + 1, rules)


def _given_name_after_body(toks: _Tokens, i: int, rules: Rules) -> bool:
    """A given name written with the article, then a definite family name, after a body's complement:
    «رئيس الغرفة الوطنية لأصحاب المخابز الهادي القلال» (the holder's name, no part of the body's)."""
    return (
        toks.norm[i] in rules.article_given_names and toks.norm[i] in rules.first_names
        and i + 1 < toks.n and toks.text[i + 1].startswith("ال") and toks.norm[i + 1] not in rules.stop
    )


_MUKHTAR = norm_key("المختار")


def _article_given_name_here(toks: _Tokens, i: int, rules: Rules) -> bool:
    """Whether a given name written with the article starts a name here: before a connector
    («الهادي بن سالم»، «الحسين أيت علي») or a name word without the article («العربي قاسمي»،
    «الحسن واتارا»); not before a definite word («الطيب الذكر»، «العربي الجديد»)."""
    if i + 1 >= toks.n or not is_arabic(toks.text[i + 1]):
        return False
    if toks.norm[i] == _MUKHTAR and toks.norm[i + 1] in rules.first_names and not toks.text[i + 1].startswith("ال"):
        return False  # «نقل المختار عبدالله السبيعي»: the headman's title before a given name
    if _doubled_verb(toks, i + 1, rules):
        return False  # «سيدي ولد البشير شكك في»: a verb after the name, no family name
    nxt = dediac(toks.text[i + 1])
    if (
        i > 0 and is_arabic(toks.text[i - 1]) and dediac(toks.text[i - 1]).startswith(("ال", "وال")) and len(toks.text[i - 1]) > 3
        and not dediac(toks.text[i - 1]).endswith(("ة", "ات")) and toks.norm[i - 1] not in rules.first_names
        and toks.norm[i - 1] not in rules.stop and toks.norm[i + 1] not in rules.connectors
        and not _matches_at(toks, i - 1, rules.roles, single=True) and norm_key(dediac(toks.text[i - 1])[2:]) not in _TRADES
        and (nxt.startswith(_FUTURE) or nxt[:1] in "يت" and nxt.endswith(("ه", "ها")) or _known_word(nxt))
    ):
        return False  # «المحتوى العربي ستدفع»، «الشباب العربي يتبناه»: the adjective of a masculine definite noun
    if toks.norm[i + 1] in rules.connectors and not toks.norm[i + 1].startswith("ال"):
        return i + 2 < toks.n and is_arabic(toks.text[i + 2])
    if i > 0 and toks.norm[i - 1] in _AMMA and _comma_then_fa_verb(toks, i + 1, rules):
        return True  # «أما الطيب، فكتب على صفحته»: alone between «أما» and ف + a verb
    if (
        i > 0 and toks.text[i - 1] in "،," and i + 2 < toks.n and toks.text[i + 2] in "،,:"
        and nxt.startswith("ال") and _family_name(toks, i + 1, rules)
    ):
        return True  # «المدير العام للديوان، الهادي المبروك، أن»: set off by commas, two words with the article
    return not nxt.startswith("ال") and _is_name_word(toks, i + 1, rules) and not (nxt[0] in "وف" and _known_word(nxt[1:]))


def _word_then_family_name(toks: _Tokens, m: int, rules: Rules) -> bool:
    """At m an indefinite Arabic word in ة that is also a common word (منيرة، سالمة، هالة) and after it a
    definite family name no dictionary knows (العبدالجليل، البرعصي) or a masculine nisba, which cannot
    agree with it (الهمامي): after a title, a given name and its surname, not a word and its adjective."""
    if m >= toks.n:
        return False  # «قال كبيرة»: the title ends the text
    t = toks.text[m]
    if not (is_arabic(t) and not t.startswith("ال") and t.endswith("ة") and t[0] not in "لبكوف" and len(t) >= 4 and m + 1 < toks.n):
        return False
    if toks.norm[m] in rules.stop or toks.norm[m] in rules.roles or toks.norm[m] in rules.org_cues or toks.norm[m] in _TRADES:
        return False
    if not _is_name_word(toks, m, rules, allow_common=True) or _plural_or_verbal_noun(toks, m, rules):
        return False
    nxt = dediac(toks.text[m + 1])
    if not _family_name(toks, m + 1, rules):
        return False
    if nxt.endswith("ي") and not nxt.endswith("ية") and norm_key(nxt) not in rules.nationalities:
        return True  # «سنية الهمامي»: a masculine nisba cannot agree with the feminine word before it, it is her surname
    return not _known_word(nxt[2:]) and not _nisba(nxt) or (
        _nisba(nxt) and not _known_word(nxt[2:]) and not _known_word(nxt[2:-1])
    )


def _noun_not_name(w: str) -> bool:
    """A feminine noun with a possessive pronoun (قيادته، حكومتها، وزارتهم: the stem + ة a dictionary
    word), or the definite plural in ات of a verbal noun in ت that the dictionary knows (التحريات،
    التحقيقات): words a reporting verb takes as its subject, never a person's name."""
    if _feminine_noun_with_pronoun(w):
        return True
    if w.startswith("الت") and w.endswith("ات") and len(w) >= 8:
        return _known_word(w[2:-2])  # a verbal noun's plural (التحريات، التحقيقات); not البركات or السادات
    for suffix in ("هما", "هم", "ها", "ه"):
        # «ويؤكد زملاؤه»، «وقال جيرانها»: a noun of four letters or more with a pronoun (not «عبده»)
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) >= 4 and _known_word(stem[:-1] + "ء" if stem[-1] in "ؤئ" else stem):
            return True
    return _plural_participle(w)


def _plural_participle(w: str) -> bool:
    """«مصدّرون»، «مؤيدو القانون»، «متظاهرين»: the sound plural of a participle in م (the stem a
    dictionary word, م then a consonant), people described and never a name (not «ماكرون»); «المتدربات»،
    «متطوعات»: the feminine plural of a participle in مت/مست, whatever the dictionary knows."""
    w = dediac(w)
    bare = w.removeprefix("ال")
    if bare.endswith("ات") and len(bare) >= 7 and bare.startswith(("مت", "مست")):
        return True
    for suffix in ("ون", "ين", "و"):
        stem = w[: -len(suffix)]
        if w.endswith(suffix) and len(stem) >= 4 and stem[0] == "م" and stem[1] not in "اوي" and _known_word(stem):
            return True
    return False


def _and_word(t: str) -> bool:
    """و + a dictionary word, bare or with a possessive pronoun: «وشريكه»، «وزوجته»، «ووزيرة»; not
    a foreign surname that starts with و («وسونغا»)."""
    rest = dediac(t)[1:]
    if _known_word(rest):
        return True
    stem = _pronoun_stem(rest)
    return stem is not None and (_known_word(stem) or (stem.endswith("ت") and _known_word(stem[:-1] + "ة")))


_IN = frozenset(norm_key(w) for w in ("في", "لدى"))


def _title_then_given_name(toks: _Tokens, k: int, j: int, rules: Rules) -> bool:
    """The words k..j after a reporting verb are one indefinite word (a title no list holds: نقيب،
    أمين، وزيرة اقتصاد …) and its complement runs on to a given name that starts a name: definite
    words («أصحاب الفنادق»، «المعرفة والمؤسسات الناشئة»), one indefinite word in construct, «في» and
    one word («في لبنان»); no mark between. A title word is never a whole name."""
    if j - k != 1 or not is_arabic(toks.text[k]) or toks.text[k].startswith("ال"):
        return False
    x, indefinite = j, 0
    while x < toks.n and x - j < 7:
        t = toks.text[x]
        if toks.sent[x] != toks.sent[k] or t in _CLAUSE_MARKS or not is_arabic(t):
            return False
        if toks.norm[x] in rules.first_names or _matches_at(toks, x, rules.roles, single=True):
            if x == j and not toks.text[x].startswith("ال"):
                return False  # «قال عون علي …»: two name words, the rule reads them as a name
            y = x
            while y < toks.n and _matches_at(toks, y, rules.roles, single=True):
                y += _matches_at(toks, y, rules.roles, single=True)[0]  # «أمين منطقة الرياض الأمير فيصل»
            return (
                y + 1 < toks.n and toks.norm[y] in rules.first_names
                and (toks.norm[y + 1] in rules.connectors or _is_name_word(toks, y + 1, rules) or _family_name(toks, y + 1, rules))
            )
        if toks.norm[x] in _IN and x + 1 < toks.n and is_arabic(toks.text[x + 1]):
            x += 2
            continue
        if t.startswith(("ال", "وال")) and toks.norm[x] not in rules.stop:
            x += 1
            continue
        if not indefinite and x + 1 < toks.n and toks.text[x + 1].startswith("ال") and _known_word(dediac(t)):
            indefinite += 1  # «نقيب أصحاب الفنادق»، «أمين منطقة الرياض»
            x += 1
            continue
        return False
    return False


_CLAUSE_MARKS = frozenset({".", "،", ",", "؟", "!", ":", "؛", "«", "»", '"', "(", ")"})


_AMIN = frozenset(norm_key(w) for w in ("أمين", "أمينة"))
# the trustee of a bankruptcy or a restructuring: «أمين التفليسة»، «أمين إعادة الهيكلة»
_TRUSTEE_OF = ("تفليسة", "التفليسة", "الإفلاس", "التصفية", "إعادة")
_AMIN_TITLES = frozenset(
    norm_key(w)
    for w in (
        "عام", "عامة", "العام", "العامة", "سر", "صندوق", "الصندوق", "مال", "المال", "مكتبة", "المكتبة", "متحف", "المتحف",
        # the secretary of a body, the mayor of a Gulf region or capital: «أمين جمعية الثقافة والفنون»،
        # «أمين منطقة الرياض»، «أمين العاصمة»
        "جمعية", "الجمعية", "رابطة", "الرابطة", "نقابة", "النقابة", "هيئة", "الهيئة", "لجنة", "اللجنة", "حزب", "الحزب",
        "منطقة", "محافظة", "العاصمة", *_TRUSTEE_OF,
        # a party's secretaries: «أمين الإعلام في الحزب الوطني»، «أمين السياسات»، «أمين التنظيم»
        "الإعلام", "السياسات", "التنظيم", "العضوية", "التثقيف", "العلاقات", "الشباب", "المرأة",
        "معرض", "المعرض",  # the curator of an exhibition
    )
)


def _amin_title(toks: _Tokens, i: int) -> bool:
    """«أمين عام»، «أمينة سر»، «أمين صندوق»، «أمينة المكتبة»: the secretary's, the treasurer's or the
    keeper's title, not the given name."""
    return i + 1 < toks.n and keeper_title(toks.norm[i], toks.norm[i + 1])


def keeper_title(first: str, second: str) -> bool:
    """The norm keys of two words make the title «أمين عام»، «أمينة سر»، «أمينة المكتبة», not a given name."""
    return first in _AMIN and second in _AMIN_TITLES


def _surname_shape(toks: _Tokens, j: int, rules: Rules) -> bool:
    """The word at j can be a surname though it is a common word (سلامة، سريع، سعادة): Arabic, no
    stop, cue or role word, no plural, verbal noun, preposition + noun or pronoun form."""
    t = toks.text[j]
    if not (is_arabic(t) and _is_name_word(toks, j, rules, allow_common=True)) or t.startswith(("لل", "بال", "وال", "فال", "كال")):
        return False
    if toks.norm[j] in _VERB_PARTICLES:
        return False  # «وكان المستشار عبد الغني قد نبّه»: the particle before the verb, no surname
    if t.endswith("ية") and not (j + 1 < toks.n and toks.norm[j + 1] in _CLAUSE_AFTER_NAME):
        return False  # an -ية adjective, unless the clause goes on right after it: «وزير السياحة سفيان تقية عن»، «سجيع عطية إن»
    if _plural_or_verbal_noun(toks, j, rules) or (len(t) >= 5 and t.endswith(_OBJECT_SUFFIXES)) or _preposition_and_noun(t, "لب"):
        return False  # (ب + a noun: «النائبة هالة عبد الستار بتخصيص»، «بزيادة»)
    return not (
        t.startswith(_FUTURE)
        # (a given name next, but not «على», whose key is علي's: «إيلي نعمة على أن»)
        or (j + 1 < toks.n and toks.norm[j + 1] in rules.first_names and _name_form(toks.text[j + 1]) in rules.first_names_raw)
    )


# particles before a verb, never a surname after a title and a given name: «… عبد الغني قد نبّه»
_VERB_PARTICLES = frozenset(norm_key(w) for w in ("قد", "لقد", "فقد", "وقد", "لم", "لن"))


# nouns that open an apposition describing a person, beside the titles: «إيلي سعادة، صاحب مكتب دفن»
_APPOSITION_HEADS = frozenset(norm_key(w) for w in ("صاحب", "صاحبة", "مالك", "مالكة", "أستاذ", "أستاذة", "عضو", "عضوة", "أحد", "إحدى"))


def _surname_before_apposition(toks: _Tokens, k: int, j: int, rules: Rules) -> bool:
    """Right after a verb, a given name at k and at j a common word that can be a surname, then a
    comma and a description of the person: «ويقول إيلي سعادة، صاحب مكتب دفن في جونية:»."""
    return (
        toks.norm[k] in rules.first_names and j + 2 < toks.n and toks.text[j + 1] in ("،", ",")
        and (toks.norm[j + 2] in _APPOSITION_HEADS or bool(_matches_at(toks, j + 2, rules.roles, single=True)))
        and _surname_shape(toks, j, rules)
    )


def _surname_after_title(toks: _Tokens, i: int, j: int, rules: Rules) -> bool:
    """A given name at i after a title (within six words, no mark between but the comma of a name set
    off by commas) and at j a common word
    that can still be its surname («الناطق باسم الوزارة عمر سلامة»، «المتحدث العسكري يحيى سريع»):
    Arabic, no stop, cue or role word, no plural, verbal noun, preposition + noun or pronoun form."""
    if not _surname_shape(toks, j, rules):
        return False
    set_off = j + 1 < toks.n and toks.text[j + 1] in ("،", ",")  # «محامي الصحفي، عبد الغني بادي، أن»
    for k in range(i - 1, max(-1, i - 7), -1):
        if set_off and k == i - 1 and toks.text[k] in ("،", ","):
            continue  # the name set off by commas after its title
        if toks.text[k] in _CLAUSE_MARKS or toks.sent[k] != toks.sent[i]:
            return False
        if _matches_at(toks, k, rules.roles, single=True) or _amin_title(toks, k):
            return True  # (or «أمين عام الاتحاد القطري للريشة الطائرة ناصر العذبة»)
    return False


def _nisba(word: str) -> bool:
    """A definite relative adjective (الأمريكي، المصرية): after a title, the title's nationality."""
    return word.startswith("ال") and len(word) > 4 and word.endswith(("ي", "ية"))


_FUTURE = ("سي", "ست", "سن", "سأ")
_CLAUSE_AFTER_NAME = frozenset(norm_key(w) for w in ("،", ",", ".", ":", "إن", "أن", "بأن", "عن", "في", "خلال", "لـ"))
_OBJECT_SUFFIXES = ("هم", "هما", "هن", "ها")


def _rare_name_words(toks: _Tokens, xs, rules: Rules) -> bool:
    """Each token at ``xs`` is an Arabic name word no dictionary knows, without the article or و:
    a foreign name after a title («ليفان بيريدزه»، «ثابو مولوي»)."""
    return all(
        is_arabic(toks.text[x]) and not toks.text[x].startswith(("ال", "و")) and _is_name_word(toks, x, rules)
        and not _known_word(dediac(toks.text[x]))
        for x in xs
    )


# women's titles and trades that follow a name in apposition (no name word)
_FEMININE_TITLES = frozenset(norm_key(w) for w in (
    "أستاذة", "استاذة", "مديرة", "رئيسة", "وزيرة", "نائبة", "مستشارة", "مسؤولة", "باحثة", "خبيرة", "محامية",
    "طبيبة", "سفيرة", "عضوة", "منسقة", "مراسلة", "ناشطة", "كاتبة", "صحفية", "صحافية", "مذيعة", "مخرجة",
    "مغنية", "مدربة", "لاعبة", "عميدة", "مهندسة", "معلمة", "مدرسة", "ممثلة",
))


def _not_name_part(toks: _Tokens, j: int, place: int, rules: Rules) -> bool:
    """A word after the first of a name that cannot go on with it: a noun with the article and a
    preposition glued on (للخروج; بالأزمة when الأزمة is a common word, not فالتر or كالفن), a
    word with an object pronoun (لإقناعهم), and from the third word on a future verb (شتاينماير
    سيتوجه: not سيرجي or ستالين, which the first two places allow)."""
    t = toks.text[j]
    if len(t) > 4 and (t.startswith("لل") or t.startswith(("بال", "كال", "فال")) and norm_key("ال" + t[3:]) in rules.common):
        return True
    if len(t) >= 5 and t.endswith(_OBJECT_SUFFIXES):
        return True
    if _common_feminine(toks, j, rules):
        return True  # «محمد الخامس رتبة»: a common feminine noun (not حمزة or أسامة, which no list of words holds)
    if toks.norm[j] in _FEMININE_TITLES and toks.norm[j] not in rules.first_names:
        return True  # «الدكتورة منى الطيب أستاذة الموارد المائية»: her title after the name

    if _plural_or_verbal_noun(toks, j, rules) and not _family_name_in_at(toks, j, place, rules):
        return True
    if _feminine_plural(toks, j, rules):
        return True
    if toks.norm[j] not in rules.first_names and _preposition_and_noun(t, "لب" if place else "ل") and not (
        _name_form(t[1:]) in rules.first_names_raw and j > 0 and is_arabic(toks.text[j - 1])
        and not toks.text[j - 1].startswith("ال") and not _known_word(dediac(toks.text[j - 1]))
    ):
        return True  # «سجاد سالم لقناة …»، «مروان الحلبي لعنب بلدي»، «محمد دياب بعمل …»: ل/ب + a frequent word
        # (but «مامادو لامين سار»: after a foreign name word, ل + a given name is the name going on)
    if place and t[0] in "لب" and toks.norm[j] not in rules.first_names:
        hit = _matches_at(toks, j, rules.lexicon_index, single=True)
        if hit and hit[1] == 1:
            return True  # «عبد الصمد حيكر لهسبريس»، «… لرويترز»: ل/ب + a name the lexicon knows, the outlet spoken to
    w = dediac(t)
    if (
        place == 1 and len(w) >= 4 and w[0] == "ي" and toks.norm[j] not in rules.first_names
        and _known_word(w) and (len(w) == 4 or _known_word(w[1:]))
        and j + 1 < toks.n and toks.text[j + 1].startswith(("ب", "ال", "ل", "في", "على", "الى", "إلى"))
    ):
        return True  # «أن زكي يحلم باللعب في أوروبا»: a present verb after a given name, its predicate
    if (
        place >= 2 and toks.text[j - 1].startswith("ال") and toks.norm[j] not in rules.first_names
        and (stem := _pronoun_stem(w)) is not None and len(stem) >= 4 and _known_word(stem)
    ):
        return True  # «واعلن النقيب ضياء السعدي استعداده للدفاع»: after a family name, the object with its pronoun
    return place >= 2 and len(t) >= 5 and t.startswith(_FUTURE) and _known_word(t[1:])


def _family_name_in_at(toks: _Tokens, j: int, place: int, rules: Rules) -> bool:
    """«رامي عبيدات»، «ليث عبيدات»: right after the given name, an indefinite word in ات that no
    list of common words holds is the family name, not a plural (عبيد + ات); not after a given name
    that is also a word («كامل تعويضات»)."""
    t = dediac(toks.text[j])
    return (
        place == 1 and not t.startswith("ال") and t.endswith("ات") and toks.norm[j] not in rules.common
        and toks.norm[j - 1] in rules.first_names and toks.norm[j - 1] not in _WORD_GIVEN_NAMES
    )


def _family_name_in_un(toks: _Tokens, j: int, rules: Rules) -> bool:
    """«السعدون»، «الخلدون»، «العمارين»: ال + three letters + ون, not a frequent word (الزيتون); the sound
    plurals of participles are longer (المواطنون، اللاعبون، المحللون)."""
    from pipeline.ner_features import _zipf_classes

    t = dediac(toks.text[j])
    if len(t) == 8 and t.startswith("ال") and t.endswith("ين") and not t.endswith("يين") and t[2] not in "مت":
        # «رنا العمارين»: ال + four letters + ين that no frequency list holds at all (the plurals
        # of people are frequent words: الفلاحين، العاملين، الباحثين)
        return _is_name_word(toks, j, rules) and _zipf_classes("small").get(toks.norm[j], 0) == 0
    return (
        len(t) == 7 and t.startswith("ال") and t.endswith("ون") and t[2] not in "مت" and _is_name_word(toks, j, rules)
        and _zipf_classes("small").get(toks.norm[j], 0) <= 3
    )


def _preposition_and_noun(t: str, letters: str = "ل") -> bool:
    """ل (or, with ``letters``, ب) + a word that is frequent alone and much rarer with the letter
    (لقناة، لهيئة، لعنب، بعمل): a preposition before a noun, not a surname (لحود and لطفي are more
    frequent than حود and طفي)."""
    from pipeline.ner_features import _zipf_classes

    t = dediac(t)
    if len(t) < 4 or t[0] not in letters or t.startswith("لل"):
        return False
    z = _zipf_classes("small")
    rest = z.get(norm_key(t[1:]), 0)
    return 4 <= rest <= 5 and z.get(norm_key(t), 0) <= rest - 1  # not a function word (ولا → لولا)


def _plural_or_verbal_noun(toks: _Tokens, j: int, rules: Rules) -> bool:
    """A definite sound plural or verbal noun that the dictionary knows: «عبد الغفار المواطنين»,
    «المحامون الموكلون», «يوسف البلايلي التعادل»; not الحسين or الأمين (given names)."""
    t = dediac(toks.text[j])
    if toks.norm[j] in rules.first_names or toks.norm[j][2:] in rules.first_names:
        return False
    if not t.startswith("ال"):
        # an indefinite sound plural: «عاملون»، «مراقبون»، «ناشطات»
        return len(t) > 5 and t.endswith(("ون", "ات")) and _known_word(t[:-2])
    if len(t) > 6 and t.endswith(("ون", "ين")) and not t.endswith(("يون", "يين")) and _known_word(t[2:-2]):
        return True  # not a relative adjective's plural (اللبنانيين), which goes on a name
    return len(t) == 7 and t[2] == "ت" and not t.endswith("ي") and _known_word(t[2:])


def _ifal_noun(t: str) -> bool:
    """A definite verbal noun of the form إفعال («الإعسار»، «الإفلاس»), left alone of a model name
    once the title before it is cut («وكيل الإعسار»); not in a name's second part («رفيق الإسلام»)."""
    return len(t) == 7 and t.startswith("الإ") and t[5] == "ا" and not t.endswith("ي")


def _common_feminine(toks: _Tokens, j: int, rules: Rules) -> bool:
    """A word ending in ة that is a common word (the common-word list or the dictionary) and no
    given name: رتبة، حركة، الأزمة; not فاطمة، حمزة، أسامة."""
    t = toks.text[j]
    return (
        t.endswith("ة") and toks.norm[j] not in rules.first_names
        and (toks.norm[j] in rules.common or _known_word(dediac(t)) or t.startswith("ال") and _known_word(dediac(t)[2:]))
    )


def _known_word(word: str) -> bool:
    """simplemma's Arabic dictionary membership (cached where the NER features keep it); a token
    that was only diacritics is no word («وأضاف ً الذكاء»)."""
    from pipeline.ner_features import _is_known

    return bool(word) and _is_known(word)


_AMMA = frozenset(norm_key(w) for w in ("أما", "اما", "وأما", "واما"))


def _noun_in_construct(word: str, joined: bool = False) -> bool:
    """A dictionary word, or a sound masculine plural in construct the dictionary knows by its
    «ين»/«ون» form («جمعية مهنيي إصلاح السيارات»), or, joined by و to another, by its singular
    («منتجي ومصدّري الحاصلات»)."""
    return _known_word(word) or (
        len(word) > 4 and word.endswith("ي")
        and (_known_word(word + "ن") or _known_word(word[:-1] + "ون") or joined and _known_word(word[:-1]))
    )


_AL_AMIN = norm_key("الأمين")
_LIL_ANBAA = norm_key("للأنباء")
_ALLAH = norm_key("الله")
_GENERAL = frozenset(norm_key(w) for w in ("العام", "العامة", "المساعد", "التنفيذي", "الأول"))


def _family_name(toks: _Tokens, j: int, rules: Rules) -> bool:
    """A definite word that can close a person's name (الجمال، الخطيب): not a stop, cue or role
    word, nor a common feminine noun (جورج بوش الأزمة، علي الخلافة)."""
    t = toks.text[j]
    if toks.norm[j] == _AL_AMIN and not (j + 1 < toks.n and (toks.norm[j + 1] in _GENERAL or toks.norm[j + 1] in rules.connectors)):
        return True  # «الحاج حسن الأمين، وهو مزارع»: the family name, not «الأمين العام»
    return (
        is_arabic(t) and t.startswith("ال") and len(t) > 3 and toks.norm[j] not in rules.stop
        and toks.norm[j] not in rules.roles and toks.norm[j] not in rules.org_cues and toks.norm[j] not in rules.name_words
        and not _common_feminine(toks, j, rules) and not _plural_or_verbal_noun(toks, j, rules)
        and toks.norm[j] not in _PEOPLE_WORDS and not _feminine_plural(toks, j, rules)
        and not _plural_faail(toks, j)
    )


def _plural_faail(toks: _Tokens, j: int) -> bool:
    """«وأعلنت ريم عسّاف النتائج»: a definite broken plural of the pattern فعائل the dictionary knows
    (النتائج، الرسائل، الجوائز) closes no name (الصائغ، الطائي do)."""
    w = dediac(toks.text[j])[2:]
    return len(w) == 5 and w[2:4] == "ائ" and _known_word(w)


def _feminine_plural(toks: _Tokens, j: int, rules: Rules) -> bool:
    """«ودعت آمنة المنظمات الدولية»: a definite plural in ات of a feminine noun the dictionary knows
    (منظمة) closes no name; السادات (no «سادة» of four letters) still does."""
    t = dediac(toks.text[j])
    return t.startswith("ال") and len(t) > 7 and t.endswith("ات") and toks.norm[j] not in rules.first_names and _known_word(t[2:-2] + "ة")


# Definite words for people in general that close no name: «رياض الأطفال» (kindergartens), «عمر
# الطفل» (the child's age), «أمل الشباب», «نضال الشعب الفلسطيني» (the people's struggle)
_PEOPLE_WORDS = frozenset(
    norm_key(w) for w in (
        "الأطفال", "الطفل", "الطلاب", "الطلبة", "التلاميذ", "العمال", "الناس", "الأسر", "الشباب", "النساء",
        "الرجال", "المرضى", "الأولاد", "الأبناء", "الأمهات", "الآباء", "الزبائن", "السكان",
        "الشعب", "الشعوب", "المرأة", "المواطنين", "الشبان", "الشابات",
    )
)


def _dual_or_plural_in_in(toks: _Tokens, x: int, rules: Rules) -> bool:
    """An indefinite word in ين whose stem is a word of the dictionary and no given name:
    «إنذارين»، «سابقين» (not «حسين»، «ياسين»)."""
    w = dediac(toks.text[x])
    return (
        is_arabic(w) and not w.startswith("ال") and w.endswith("ين") and len(w) >= 5
        and toks.norm[x] not in rules.first_names and _known_word(w[:-2])
    )


_WHICH_IT = frozenset(norm_key(w) for w in ("التي", "الذي"))


def _fa_verb(toks: _Tokens, x: int, rules: Rules) -> bool:
    """«فنشرت»، «فكتب»، «فيقول»: ف + a word the dictionary knows, the whole no word of its own and no
    given name."""
    w = dediac(toks.text[x])
    return (
        len(w) >= 4 and w[0] == "ف" and is_arabic(w) and toks.norm[x] not in rules.first_names
        and _known_word(w[1:]) and not _known_word(w)
    )


def _comma_then_fa_verb(toks: _Tokens, x: int, rules: Rules) -> bool:
    """A comma at ``x``, then ف + a verb (``_fa_verb``): «أما سلمى، فنشرت»."""
    return x + 1 < toks.n and toks.text[x] in ("،", ",") and _fa_verb(toks, x + 1, rules)


def _fa_present_verb(toks: _Tokens, x: int, rules: Rules) -> bool:
    """«أما القحطاني فيختم»: ف answering «أما» a few words before, a present prefix and a word the
    dictionary knows; no given name («فيصل»، «فيروز») and not elsewhere («اوتو فيستر»)."""
    w = dediac(toks.text[x])
    return (
        len(w) >= 5 and w[0] == "ف" and w[1] in "يت" and is_arabic(w)
        and any(toks.norm[y] in _AMMA for y in range(max(0, x - 6), x))
        and toks.norm[x] not in rules.first_names and _name_form(w) not in rules.first_names_raw
        and toks.norm[x] not in rules.lexicon_index and _known_word(w[1:])
    )


def _dual_in_an(toks: _Tokens, x: int, rules: Rules) -> bool:
    """An indefinite dual in ان whose stem is a word of the dictionary and no given name: «موظفان
    سابقان»، «دبلوماسيان غربيان»، «شاهدان» (not «عدنان حمدان»، «سلمان»، «مروان»)."""
    w = dediac(toks.text[x])
    return (
        is_arabic(w) and not w.startswith(("ال", "و", "ف")) and w.endswith("ان") and len(w) >= 5
        and toks.norm[x] not in rules.first_names and _name_form(w) not in rules.first_names_raw
        and toks.norm[x] not in rules.lexicon_index and _known_word(w[:-2])
    )


_KIN = frozenset(norm_key(w) for w in ("ابن", "ابنة", "والد", "والدة", "شقيق", "شقيقة", "زوج", "زوجة", "أخ", "أخت", "أرملة"))


def _future_verb(toks: _Tokens, x: int, rules: Rules) -> bool:
    """«سيزور»، «ستواصل»، «سنعمل»: the future prefix on a present verb the dictionary knows; no name."""
    w = dediac(toks.text[x])
    return (
        len(w) >= 5 and w[0] == "س" and w[1] in "يتن" and toks.norm[x] not in rules.first_names
        and _known_word(w[1:]) and not _known_word(w)
    )


# the conjunctions that open what was said: no word inside a body's or a place's name
_THAT_KEYS = frozenset(norm_key(w) for w in ("أن", "إن"))


def _model_mentions(doc: Doc, toks: _Tokens, rules: Rules, add) -> None:
    group = doc.spans.get("model")
    if not group:
        return
    scores = group.attrs.get("scores") or [0.7] * len(group)
    for span, score in zip(group, scores):
        ids = [toks.pos_of_doc_i[t.i] for t in span if t.i in toks.pos_of_doc_i]
        if not ids:
            continue
        i, j = ids[0], ids[-1] + 1
        if (
            span.label_ == "PERSON" and j - i >= 3 and toks.text[i].startswith("ل")
            # (not ل + the article, but ل + a known place's name: «المدرب الالماني للكاميرون اوتو فيستر»)
            and (not toks.text[i].startswith("لل") or norm_key("ا" + toks.text[i][1:]) in rules.lexicon_index)
            and toks.norm[i] not in rules.first_names and _name_form(toks.text[i][1:]) not in rules.first_names_raw
            and is_arabic(toks.text[i + 1]) and not toks.text[i + 1].startswith("ال")
            and i > 0 and _matches_at(toks, i - 1, rules.roles, single=True) is None and toks.text[i - 1].startswith("ال")
        ):
            i += 1  # «الرئيس التنفيذي لسوناطراك نور الدين داودي»: the title's company, then the name
        if span.label_ == "PERSON":
            while j - i >= 2 and toks.norm[j - 1] in _CONJ_THAT:
                j -= 1  # «وصرّح وزير الصحة في الإقليم شاهد محمود بأن …»: the conjunction after the name is none of it
            while (
                j - i >= 2 and toks.text[j - 1].startswith("ل") and not toks.text[j - 1].startswith("لل")
                and len(dediac(toks.text[j - 1])) > 4 and _with_pronoun(dediac(toks.text[j - 1])[1:])
                and toks.norm[j - 1] not in rules.first_names
            ):
                j -= 1  # «وقال بينيرا لانصاره :»: ل + a noun with its pronoun, the ones spoken to, no part of the name
            if toks.norm[i] in _CONJ_THAT:
                continue  # «وبأن اللقاح»: a clause the conjunction opens, no name
            if j - i >= 2 and any(k in _WE_ASKED for _, k in toks.single_peels(i)):
                i += 1  # «وختاماً، سألنا الساعدي:»: the question's verb, then the one asked
            if j - i >= 2 and toks.norm[j - 1] in _OWN_SPEECH:
                j -= 1  # «وختمت عثمان حديثها:»: the speech she ended, no part of her name
            while (
                j - i >= 2 and dediac(toks.text[j - 1]).endswith("ا") and toks.text[j - 1].endswith(("اً", "ًا"))
                and norm_key(dediac(toks.text[j - 1])[:-1]) not in rules.first_names
            ):
                j -= 1  # «سأطلب من أبي تلسكوباً»: an indefinite accusative ends no name (not «محمداً»)
            if j - i == 1 and toks.norm[i] in _KUNYA_WORDS:
                continue  # «أبي» alone: «my father», no name
            if (
                i >= 2 and toks.norm[i - 1] in _NAMED_AFTER_KING and toks.single_peels(i - 2)[-1][1] in _NAMED_PLACES
                and toks.norm[i] in rules.first_names and (j - i == 1 or toks.norm[i] == _ABD)
            ):
                continue  # «في مدينة الملك سعود الطبية»، «مستشفى الملك فهد»: a place named after a king, no one speaking
            if j - i >= 2 and _parent_of_described(toks, i, rules):
                continue  # «وقال أبو لطفل مريض»: a father of someone described, no name
            if i >= 2 and toks.norm[i - 1] in _DAUGHTER_SON and toks.norm[i] not in _DAUGHTER_SON and _given_before_kin(toks, i - 2, rules):
                i -= 2  # «الصانعة التقليدية اعزيزة منت أحمد»: the father's name read alone; her own and «منت» before it
            elif toks.norm[i] in _DAUGHTER_SON and i >= 1 and j - i >= 2 and _given_before_kin(toks, i - 1, rules):
                i -= 1  # «التاجر اعمر ولد محمد»: his own name before «ولد»
            if (
                i > 1 and toks.norm[i - 1] == _BASIM and j - i >= 2
                and toks.text[i - 2].startswith("ال") and toks.norm[i - 2] not in _SPOKESMEN
            ):
                i -= 1  # «الخبير الاقتصادي باسم جميل العبيدي»: the given name Basim after a title, not «on behalf of»
        if span.label_ == "PERSON" and _fa_present_verb(toks, j - 1, rules):
            continue  # «أما القحطاني فيختم حديثه»: run on into ف and a present verb, the model's span is no name
        off = _model_clitic_offset(toks, i, rules)
        if toks.idx[i] + off >= toks.end[j - 1]:
            continue
        if span.label_ == "PERSON" and all(_plural_or_verbal_noun(toks, x, rules) or toks.text[x].endswith(("اً", "ًا")) for x in range(i, j)):
            continue  # «المحامون الموكلون»: plural nouns, no one's name
        if (
            span.label_ == "PERSON" and j - i >= 2 and toks.text[i].startswith("ب") and len(toks.text[i]) >= 4
            and _known_word(dediac(toks.text[i])[1:]) and toks.norm[i] not in rules.first_names
            # (not right after a title or its definite field: «وزير المالية بيان جبر»)
            and i > 0 and not toks.text[i - 1].startswith("ال") and _matches_at(toks, i - 1, rules.roles, single=True) is None
            and all(toks.norm[x] not in rules.first_names and _known_word(dediac(toks.text[x])) for x in range(i + 1, j))
        ):
            continue  # «تمسك بكيس بلاستيكي فارغ»: ب and dictionary words, what she holds, no one's name
        if span.label_ == "PERSON" and toks.norm[i] not in rules.first_names and _plural_participle(toks.text[i]):
            continue  # «قال مصدّرون هنود إن»: people described by a plural, no one's name
        if span.label_ == "PERSON" and j - i == 1 and _before_plural_of_kind(toks, i, rules):
            continue  # «يرى وسطاء عقاريون أن»: a word before a plural adjective of kind is people described, no name
        if span.label_ == "PERSON" and j - i >= 2 and all(_dual_or_plural_in_in(toks, x, rules) for x in range(i, j)):
            continue  # «تلقى إنذارين سابقين»: an indefinite dual and its adjective, no one's name
        if span.label_ == "PERSON" and j - i == 2 and all(_dual_in_an(toks, x, rules) for x in range(i, j)):
            continue  # «وقال موظفان سابقان في الشركة إن»: two people described, no name (alone, «عرفان» is one)
        if (
            span.label_ == "PERSON" and j - i == 2 and toks.norm[i] in _KIN and toks.text[i + 1].startswith("ال")
            and toks.norm[i + 1] not in rules.first_names and _known_word(dediac(toks.text[i + 1])[2:])
            and not _nisba(dediac(toks.text[i + 1]))
        ):
            continue  # «وقال ابن المسنّة، يوسف العلمي»: kin of someone described, no name
        if toks.text[i].startswith("لـ") or any(c in _MARKS for x in range(i, j) for c in toks.text[x]):
            continue  # «لـ«سي», «بوينغ» with its mark: the tokenizer left a mark or لـ on, the span is cut wrong
        if span.label_ == "ORG" and j - i == 1 and _verb_with_object(toks, i, rules):
            continue  # «موقع يستخدمه المتشددون»: a present verb with its object pronoun, no body
        if span.label_ in ("ORG", "LOC") and any(toks.norm[x] in _THAT_KEYS for x in range(i + 1, j - 1)):
            continue  # «ذكرت الشركة أن نتائج التحليل»: the conjunction of what was said, inside, is no name
        if span.label_ == "LOC" and j - i == 1 and toks.single_peels(i)[-1][1] in _KIND_OF_PLACE:
            continue  # «غرب الإمارة»، «إن السلطنة نجحت»: the kind of place, named back, is no place's name
        if span.label_ == "ORG" and j - i == 1 and any(
            k in _KIND_OF_BODY or k.startswith("لل") and "ال" + k[2:] in _KIND_OF_BODY for _, k in toks.single_peels(i)
        ):
            continue  # «وبحسب التقرير السنوي للبنك»: the kind of body, named back, is no body's name
        if span.label_ == "PERSON":
            while i < j and (_nisba(toks.text[i]) or toks.norm[i] in rules.stop or _matches_at(toks, i, rules.roles, single=True)
                             or toks.norm[i] in rules.callings and toks.norm[i] not in rules.first_names and not _family_name_before(toks, i, rules)
                             or (toks.text[i].startswith("ل") and i + 1 < j and toks.norm[i + 1] in rules.first_names)
                             or (i + 1 < j and toks.norm[i] not in rules.first_names and _with_pronoun(dediac(toks.text[i])))):
                # «المرشح اليميني خوسيه …», «على حسابها», «لهيوماين طارق أمين», «يستضيف الهلال غريمه النصر»:
                # no part of the name
                i, off = i + 1, 0
            if i + 1 < j and toks.norm[i] in _KEEPER and toks.norm[i + 1] in _KEPT:
                i, off = i + 2, 0  # «وقال أمين مال النادي، مراد بلقاسمي»: a treasurer's title, not the given name أمين
            if j > i and _future_verb(toks, j - 1, rules):
                j -= 1  # «فإن البابا سيزور غدا»: a future verb after the subject is no name word
            if (
                j - i == 2 and _plural_or_verbal_noun(toks, j - 1, rules) and toks.norm[i] not in rules.first_names
                and _known_word(dediac(toks.text[i]))
            ):
                continue  # «حرمان المغتربين من الاقتراع»: a word and a definite sound plural, no name (not «سامي المحادين»)
            if i == j or toks.norm[j - 1] in _STUDIOS or (j - i == 1 and (toks.norm[i] in rules.common
                                          or len(toks.text[i]) >= 5 and toks.text[i].endswith(_OBJECT_SUFFIXES)
                                          or _plural_or_verbal_noun(toks, i, rules) or _ifal_noun(dediac(toks.text[i]))
                                          or _adjective_not_name(toks, i, rules))):
                # what is left is a common word, a noun with a pronoun («حسابها»), a verbal noun («وكيل
                # الإعسار»), an adjective after its noun («اجراء لائحي سليم»), or ends in a gallery («صاحب غاليري»)
                continue
        if (
            j - i >= 3 and i > 0 and j < toks.n and toks.text[i - 1] in _OPEN_MARKS and toks.text[j] == _OPEN_MARKS[toks.text[i - 1]]
            and any(toks.norm[x] in rules.stop or k in _PARTICLES for x in range(i, j) for _, k in toks.single_peels(x))
        ):
            continue  # «البنك «لن يتهاون مع المضاربين»»: a quoted clause with its particles, no name
        if (
            span.label_ == "PERSON" and j == i + 1 and toks.norm[i] == _SHEIKH and j < toks.n
            and is_arabic(toks.text[j]) and toks.norm[j] not in rules.stop
        ):
            continue  # «وقال شيخ الحرفيين في السوق، الحاج سالم القرقني»: the doyen of a trade, no name («وقال شيخ إن» is one)
        if j == i + 1 and toks.norm[i] in _CURRENCIES:
            continue  # «تريليون ريال»: a currency, no organisation
        if j == i + 1 and toks.text[i][:1] in "فو" and any(
            o == 1 and (k in rules.person_verbs or k in _SAYING_NOW) for o, k in toks.single_peels(i)
        ):
            continue  # «أما صيادلة حي الكرادة فيقولون إن»: ف/و and a verb of saying, no name
        if span.label_ == "PERSON" and i > 0 and not off and toks.single_peels(i - 1)[-1][1] in _QUARTER_WORDS:
            continue  # «في محطة حي البدر»، «شارع الأمير …»: a quarter or a street named so, no one speaking
        if j == i + 1 and span.label_ == "LOC" and not off and _adjective_use(toks, i, rules):
            continue  # «شركة «معادن» السعودية»: the adjective, not the country
        if (
            span.label_ == "ORG" and j - i >= 2 and toks.text[i].startswith("ال") and toks.single_peels(i)[-1][1][2:] in rules.org_cues
            and all(is_arabic(toks.text[x]) and not toks.text[x].startswith(("ال", "لل", "وال")) and not _known_word(dediac(toks.text[x])) for x in range(i + 1, j))
        ):
            continue  # «السفير الاميركي لدى الوكالة غريغوري شولتي»: a body named back by its noun, then a person's name
        if (
            span.label_ in ("LOC", "ORG") and j == i + 2 and toks.text[i].startswith("ال") and toks.norm[i] in rules.callings
            and toks.norm[i] not in rules.first_names and toks.norm[i + 1] in rules.nationalities
        ):
            continue  # «وقال العامل الهندي ان»: one described by a calling and a nationality, no place or body
        if (
            span.label_ == "PERSON" and j == i + 1 < toks.n and toks.text[j].isdigit()
            and i >= 1 and toks.text[i - 1] in _OPEN_MARKS
        ):
            continue  # «مؤتمر "كوب 31"»: a word and a number in marks name an event or a model, no one
        label = span.label_
        if (
            label == "PERSON" and i >= 1 and j < toks.n and toks.text[i - 1] in _OPEN_MARKS
            and toks.text[j] == _OPEN_MARKS[toks.text[i - 1]]
            and i >= 2 and (toks.norm[i - 2] in _TEAMS or toks.single_peels(i - 2)[-1][1] in rules.org_cues)
        ):
            label = "ORG"  # «مدير فريق "صحراء سايكلنغ"»: the name in marks after a team or a body's noun is the body's
            # (any other name alone in marks is left to _marked_names_are_bodies)
        if label == "PERSON" and j - i >= 3 and _doubled_verb(toks, j - 1, rules):
            j -= 1  # «سيدي ولد البشير شكك في»: the verb after the name is no part of it
        add(i, j, label, "model", float(score), off)


def _described_then_named(toks: _Tokens, rules: Rules, cands: list[MentionDraft]) -> list[MentionDraft]:
    """«بنك الاستثمار "نايل إنفست"»: a body's noun and a definite common word describe it, the name in
    marks right after names it; the description is no name of its own."""
    marked = {m.extra["tok"][0] for m in cands if m.label == "ORG" and "tok" in m.extra}
    out = []
    for m in cands:
        if m.label == "ORG" and m.source == "rule" and "tok" in m.extra:
            i, j = m.extra["tok"]
            if (
                j - i == 2 and j + 1 < toks.n and toks.text[j] in _OPEN_MARKS and j + 1 in marked
                and any(k in rules.org_cues for _, k in toks.single_peels(i))
                and toks.text[j - 1].startswith("ال") and _known_word(dediac(toks.text[j - 1])[2:])
            ):
                continue
        out.append(m)
    return out


def _marked_names_are_bodies(toks: _Tokens, rules: Rules, cands: list[MentionDraft]) -> None:
    """A name standing alone in marks is a body's (a club's nickname, a group's name) far more often
    than a person's: «ردّ "فارس نجد" في بيان». Not after a title or «الملقب»: «اللاعب "الساحر"»."""
    for m in cands:
        if m.label != "PERSON" or "tok" not in m.extra or m.extra.get("handle") or m.extra.get("stage"):
            continue  # (not a user's handle: «كتب المستخدم "أبو_ياسين_88"»; nor a rapper's stage name)
        i, j = m.extra["tok"]
        if not (
            i >= 1 and j < toks.n and toks.text[i - 1] in _OPEN_MARKS and toks.text[j] == _OPEN_MARKS[toks.text[i - 1]]
            and toks.idx[i] == m.start and toks.end[j - 1] == m.end
        ):
            continue
        if i >= 2 and (_matches_at(toks, i - 2, rules.roles, single=True) or toks.norm[i - 2] in _NICKNAMED):
            continue
        after = "".join(toks.text[j + 1 : j + 3])
        before = "".join(toks.text[max(0, i - 3) : i - 1])
        if after[:1] == "و" and after[1:2] in _OPEN_MARKS or before.endswith("و") and before[-2:-1] in _OPEN_MARKS.values():
            continue  # «إقامة "رائد الأعمال" و"الموهبة الاستثنائية"»: one of a list of marked titles
        m.label = "ORG"


_OWN_SPEECH = frozenset(norm_key(w) for w in ("حديثه", "حديثها", "كلمته", "كلمتها", "تصريحه", "تصريحها", "حواره", "حوارها"))
_STATEMENT_WORDS = frozenset(norm_key(w) for w in ("بيان", "بلاغ", "تغريدة", "منشور", "تدوينة", "رسالة"))
_NICKNAMED = frozenset(norm_key(w) for w in (
    "الملقب", "الملقبة", "الشهير", "الشهيرة", "المعروف", "المعروفة", "الملقّب", "الملقّبة",
    # «الذي عرّفته المحكمة باسم "أحمد"»، «المدعو "أبو علي"»: a person's name, given or kept back
    "باسم", "اسم", "بلقب", "لقب", "يدعى", "تدعى", "المدعو", "المدعوة",
))
_TEAMS = frozenset(norm_key(w) for w in ("فريق", "لفريق", "بفريق", "وفريق", "فرقة", "منتخب"))
_SHEIKH = norm_key("شيخ")


# «أمين مال»، «أمينة الصندوق»، «أمين سر»: a treasurer's or secretary's title
_KEEPER = frozenset(norm_key(w) for w in ("أمين", "أمينة"))
_KEPT = frozenset(norm_key(w) for w in ("مال", "المال", "صندوق", "الصندوق", "سر", "السر", *_TRUSTEE_OF))
# nouns of a quarter, a street or a square that a given name (or a title and name) may follow
_QUARTER_WORDS = frozenset(norm_key(w) for w in ("حي", "شارع", "ساحة", "ميدان", "حارة", "زقاق", "جادة", "ضاحية"))


def _parent_of_described(toks: _Tokens, k: int, rules: Rules) -> bool:
    """«أم/أبو» at k, then ل and a word that is no given name: a parent of someone described («أم
    لطفل مصاب بالربو»), not a name by the first child's («أم سامر»، «أبو لؤي»)."""
    return (
        k + 1 < toks.n and toks.norm[k] in _MOTHER_FATHER and toks.text[k + 1].startswith("ل")
        and toks.norm[k + 1] not in rules.first_names and _name_form(toks.text[k + 1]) not in rules.first_names_raw
    )


def _before_plural_of_kind(toks: _Tokens, k: int, rules: Rules) -> bool:
    """The indefinite word at k, no given name, stands before a plural adjective in يون/يين («وسطاء
    عقاريون»، «مسؤولين محليين»): people described (not before ل/ب + a definite plural: «قالت جانغ
    للصحافيين»)."""
    if k + 1 >= toks.n or toks.norm[k] in rules.first_names or toks.text[k].startswith("ال"):
        return False
    nxt = toks.text[k + 1]
    return len(nxt) >= 5 and dediac(nxt).endswith(("يون", "يين")) and not nxt.startswith(("ال", "لل", "بال"))


def _model_clitic_offset(toks: _Tokens, i: int, rules: Rules) -> int:
    """Where a model mention starts inside its first token: after و ف ب ك ل when what follows is
    a definite noun (والسعودية → السعودية) or a known name; never inside a given name (وليد)."""
    t = toks.text[i]
    if len(t) < 4 or t[0] not in _SINGLE_CLITICS or toks.norm[i] in rules.first_names:
        return 0
    rest = t[1:]
    if rest.startswith("ال") and t[0] != "ل":
        return 1
    if (
        t[0] == "ب" and toks.norm[i] in rules.common and i >= 2 and toks.text[i - 1].startswith("ال")
        and _matches_at(toks, i - 2, rules.roles, single=True) is not None
    ):
        return 0  # «وزير المالية بيان جبر»: the model's name right after a title and its field, no ب + «يان»
    if norm_key(rest) in rules.first_names and t[0] != "ك" or norm_key(rest) in rules.lexicon_index:
        return 1  # (not «كيارا» as ك + «يارا»)
    if norm_key(rest) in toks.norm_set and not t.startswith("لل"):
        # «لهيوماين» where the article also writes «هيوماين» bare (not «للبنك», ل and the article,
        # after «لبنك الإسكان»: the bare form is a clitic's too)
        return 1
    if t[0] == "و" and len(rest) >= 3 and norm_key(t) not in rules.common and norm_key(rest) not in rules.common:
        return 1
    return 0


def _places_inside_organisations(cands: list[MentionDraft]) -> list[MentionDraft]:
    """A known place inside a longer organisation name the model reads with confidence is part of
    that name («الجبهة الشعبية لتحرير فلسطين», «لوكوموتيف موسكو»), not a mention of its own."""
    orgs = [m.extra["tok"] for m in cands if m.source == "model" and m.label == "ORG" and m.confidence >= 0.9
            and m.extra["tok"][1] - m.extra["tok"][0] >= 2]
    return [
        m for m in cands
        if not (m.source == "lexicon" and m.label == "LOC"
                and any(i <= m.extra["tok"][0] and m.extra["tok"][1] <= j and (i, j) != m.extra["tok"] for i, j in orgs))
    ]


def _minor_places_inside_names(cands: list[MentionDraft]) -> list[MentionDraft]:
    """A lesser-known place of the gazetteer (``minor=1``) inside a longer name the model or a rule
    reads as an organisation or a person is part of that name: «الهيئة الملكية لمحافظة العلا»،
    «كريم بنسليمان»; and no place where it is the surname of one named in full."""
    names = [m.extra["tok"] for m in cands if m.source in ("model", "rule") and m.label in ("ORG", "PERSON")]
    # (a company named by the place after its cue, «شركة الدرعية», is the company)
    named = {m.extra["tok"] for m in cands if m.source == "rule" and m.label == "ORG" and not m.extra.get("include_cue")}
    # (and the surname alone of one named in full, found again by a rule: «عبد الحق بنسليمان» then
    # «وقال السيد بنسليمان»)
    lasts = {norm_key(m.text.split()[-1]) for m in cands if m.label == "PERSON" and m.source in ("model", "rule") and " " in m.text}
    again = {m.extra["tok"] for m in cands if m.source == "rule" and m.label == "PERSON" and " " not in m.text and norm_key(m.text) in lasts}
    return [
        m for m in cands
        if not (_lesser_place(m)
                and (any(i <= m.extra["tok"][0] and m.extra["tok"][1] <= j and (i, j) != m.extra["tok"] for i, j in names)
                     or m.extra["tok"] in named or m.extra["tok"] in again))
    ]


_BODY_BEFORE_ORGANISER = frozenset(norm_key(w) for w in ("الشركة", "الجهة", "اللجنة", "الهيئة", "المؤسسة", "الجمعية", "الوكالة", "المجموعة"))


def _organiser_no_body(toks: _Tokens, cands: list[MentionDraft]) -> list[MentionDraft]:
    """«الشركة المنظمة للحفل، "ساوند ويف"»: after a definite body's noun «المنظمة» is "organising",
    an adjective, not «المنظمة» "the organisation"; the model's body that opens with it is none."""
    return [
        m for m in cands
        if not (
            m.source == "model" and m.label == "ORG" and "tok" in m.extra
            and toks.norm[(i := m.extra["tok"][0])] in _ORGANISING and i > 0 and toks.norm[i - 1] in _BODY_BEFORE_ORGANISER
        )
    ]


def _speakers_the_model_places(cands: list[MentionDraft]) -> list[MentionDraft]:
    """A name read as a person only because a reporting verb comes before it («وقال الأهلي»،
    «وأعلن ريال مدريد») is no person where the model reads its first word, with confidence, as an
    organisation or a place."""
    placed = {
        k for m in cands if m.source == "model" and m.label in ("ORG", "LOC") and m.confidence >= 0.9
        for k in range(*m.extra["tok"])
    }
    return [m for m in cands if not (m.extra.get("after_verb") and m.extra["tok"][0] in placed)]


# words of time and the days, which may stand between a name and its clause: «وقالت منى الأربعاء إن»
_WHEN_WORDS = frozenset(
    norm_key(w)
    for w in (
        "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "اليوم",
        "الليلة", "أمس", "البارحة", "الماضي", "المقبل", "الجاري", "الحالي", "أيضا", "أيضاً", "كذلك",
    )
)


def _family_word(toks: _Tokens, j: int, rules: Rules, held: set[int] = frozenset()) -> bool:
    """The definite word at j can close a given name as its family name though it is a title or a
    common word (السيد، الشيخ، القاضي، القضاة) when the clause follows it: no stop, time, people,
    nationality or reporting word, nor a body's noun."""
    t = dediac(toks.text[j])
    return not (
        not is_arabic(t) or not t.startswith("ال") or len(t) < 4 or j in held
        or toks.norm[j] in rules.stop or toks.norm[j] in _WHEN_WORDS or toks.norm[j] in _PEOPLE_WORDS
        or toks.norm[j] in rules.nationalities or toks.norm[j] in rules.person_verbs or toks.norm[j][2:] in rules.org_cues
        or _plural_or_verbal_noun(toks, j, rules) or _feminine_plural(toks, j, rules)  # «محمد المواطنون»
    )


def _clause_opens(toks: _Tokens, k: int) -> bool:
    """The token at k opens what follows a speaker's name: إن، أن، a comma, a colon, في/خلال, or لـ
    and the outlet spoken to."""
    return toks.norm[k] in _CLAUSE_AFTER_NAME or toks.text[k].startswith("لـ") or toks.norm[k] in _TO_OUTLET


_COMPANY = norm_key("شركة")


# a business's field after its name, «للـ» + the field: «سيناء للأبحاث»، «دجلة للنقل الحديث»
_FIELDS = _SECTORS | frozenset(norm_key(w) for w in (
    "للتجارة", "للنقل", "للأبحاث", "للرعاية", "للخدمات", "للتقنية", "للتكنولوجيا", "للمقاولات", "للأغذية",
    "للأدوية", "للسياحة", "للسيارات", "للتسويق", "للاستشارات", "للحلول", "للنشر", "للتمويل", "للصرافة",
    "للدراسات", "للمعارض", "للفنادق", "للضيافة", "للبرمجيات", "للإلكترونيات", "للملابس", "للنسيج", "للأثاث",
    "للمشروبات", "للألبان", "للدواجن", "للطباعة", "للتغليف", "للبلاستيك", "للأسمنت", "للإسمنت", "للحديد",
    "للصلب", "للتعدين", "للأسمدة", "للصناعة", "للهندسة", "للإنتاج", "للتصنيع", "للمنتجات", "للأجهزة",
))


# a body described in an apposition after its name
_BODY_APPOSITIONS = frozenset(norm_key(w) for w in (
    "الشركة", "الهيئة", "المؤسسة", "الجمعية", "المنظمة", "الوكالة", "المجموعة", "المنصة", "الجهة", "الدار", "الشبكة",
))
_OWNERS = frozenset(norm_key(w) for w in ("صاحب", "صاحبة", "مالك", "مالكة", "أصحاب", "صاحبات"))
_THAT_IT = frozenset(norm_key(w) for w in ("إنها", "أنها", "بأنها", "إنه", "أنه"))


def _company_named_with_its_field(toks: _Tokens, rules: Rules, add) -> None:
    """«وقالت سيناء للأبحاث إن …»، «ونفت كورال بيتش للتطوير العقاري أن …»: right after a feminine
    verb of saying (a body speaking), one to three words then «للـ» + a business's field (and its
    adjectives), then what was said: a company named as companies name themselves, no cue."""
    for i in range(1, toks.n - 2):
        verb = toks.single_peels(i - 1)[-1][1]
        if not (verb in rules.company_verbs or verb in rules.person_verbs and verb.endswith("ت")):
            continue
        c = next((x for x in range(i + 1, min(i + 4, toks.n - 1)) if toks.text[x] in ("،", ",")), None)
        if (
            c is not None and toks.norm[c + 1] in _BODY_APPOSITIONS and toks.norm[i] not in rules.first_names
            and all(is_arabic(toks.text[x]) and toks.norm[x] not in rules.stop and (toks.norm[x] not in rules.org_cues or x == i and rules.org_cues[toks.norm[x]].get("include"))
                    and not (x == i and toks.text[x].startswith("ال")) and not _matches_at(toks, x, rules.lexicon_index, peel=False)
                    for x in range(i, c))
        ):
            # «وأعلنت دار الصانع، الهيئة الحكومية المكلفة بالصناعة التقليدية، عن …»: a body named, then
            # what kind of body it is set off by a comma
            add(i, c, "ORG", "rule", 0.7).extra["cue_name"] = True
            continue
        j = next((x for x in range(i + 1, min(i + 4, toks.n)) if toks.norm[x] in _FIELDS), None)
        if j is None or toks.norm[i] in rules.first_names or any(
            not is_arabic(toks.text[x]) or toks.norm[x] in rules.stop or toks.text[x] in _CLAUSE_MARKS
            or _matches_at(toks, x, rules.roles, single=True) or toks.norm[x] in rules.org_cues
            or toks.norm[x] in _OWNERS or _premises_word(toks, x)
            for x in range(i, j)
        ):
            continue  # (not «تقول صاحبة متجر للملابس إن»)
        end = _past_complement(toks, j, rules)
        if end == j + 1 and end + 1 < toks.n and toks.text[end].startswith("ال") and toks.norm[end] not in rules.stop:
            end += 1  # «دجلة للنقل الحديث»: the field's adjective
        if end < toks.n and (toks.norm[end] in _THAT or toks.norm[end] in _THAT_IT or toks.text[end] in ("،", ",", ":")):
            # (ranked with the lexicon: the place the name holds, «دجلة»، «سيناء», is not the company)
            add(i, end, "ORG", "rule", 0.75, org_type="company").extra["cue_name"] = True


def _company_by_field_and_nation(toks: _Tokens, rules: Rules, add) -> None:
    """«شركة النفط اليمنية»، «شركة الخطوط الجوية الكويتية»: «شركة», a definite common noun of its
    field (and one adjective), then a nationality, and no name after it: the state company, cue and
    all (not «شركة النفط الروسية روسنفت», a description before the name)."""
    for i in range(toks.n - 2):
        peel = toks.single_peels(i)[-1]
        if peel[1] != _COMPANY:
            continue
        k = i + 1
        t = dediac(toks.text[k])
        if not (t.startswith("ال") and len(t) > 4 and _known_word(t[2:]) and toks.norm[k] not in rules.nationalities):
            continue
        j = k + 1
        if j < toks.n and _nisba(toks.text[j]) and toks.norm[j] not in rules.nationalities:
            j += 1  # «الخطوط الجوية»
        if not (j < toks.n and toks.norm[j] in rules.nationalities and toks.text[j].endswith("ة")):
            continue
        nxt = j + 1
        if nxt < toks.n and _nisba(toks.text[nxt]) and toks.norm[nxt] not in rules.nationalities:
            j, nxt = nxt, nxt + 1  # «شركة السينما الكويتية الوطنية»
        if nxt < toks.n and (
            toks.text[nxt] in _OPEN_MARKS or toks.text[nxt] == "(" or toks.text[nxt].startswith("لل")
            or is_arabic(toks.text[nxt]) and not toks.text[nxt].startswith(("ال", "لل", "و", "ف"))
            and toks.norm[nxt] not in rules.stop and toks.norm[nxt] not in _SPEECH_CONJ and not _known_word(dediac(toks.text[nxt]))
        ):
            continue  # a name follows: the words before it describe the business
        add(i, j + 1, "ORG", "rule", 0.75, peel[0], org_type="company").extra["include_cue"] = True


_COMMITTEE = norm_key("اللجنة")
_ORGANISING = frozenset(norm_key(w) for w in ("المنظمة", "التنظيمية"))
# events an organising committee runs: «اللجنة المنظمة لبطولة الخليج للمبارزة»
_EVENTS = frozenset(
    norm_key(w) for w in (
        "بطولة", "مهرجان", "معرض", "مؤتمر", "كأس", "دورة", "ألعاب", "ماراثون", "سباق", "منتدى", "قمة",
        "مسابقة", "أسبوع", "رالي", "ملتقى", "احتفالات", "مونديال", "أولمبياد", "جائزة", "قرية", "موسم",
    )
)


def _organising_committee(toks: _Tokens, rules: Rules, add) -> None:
    """«أفادت اللجنة المنظمة لبطولة الخليج للمبارزة بأن»، «اللجنة المنظمة لمهرجان قرطاج السينمائي»:
    an event's organising committee is a body, named with its event: the event's noun after ل, then
    its definite words, «للـ» complements and places (up to six words)."""
    for i in range(toks.n - 3):
        if not any(k == _COMMITTEE or k == "ل" + _COMMITTEE[1:] for _, k in toks.single_peels(i)):
            continue
        if toks.norm[i + 1] not in _ORGANISING:
            continue
        ev = dediac(toks.text[i + 2])
        if not (ev.startswith("ل") and not ev.startswith("لل") and norm_key(ev[1:]) in _EVENTS):
            continue
        j = i + 3
        while j < toks.n and j - i < 9:
            t = dediac(toks.text[j])
            place = _matches_at(toks, j, rules.lexicon_index, peel=False)
            if place is not None and place[2].label == "LOC":
                j += place[0]
            elif j == i + 3 and is_arabic(t) and not t.startswith(("و", "ف", "لل")) and toks.norm[j] not in rules.stop and toks.norm[j] not in _SPEECH_CONJ:
                j += 1  # the event's own name: «لمهرجان قرطاج»، «لكأس العالم»
            elif is_arabic(t) and (t.startswith("ال") and _nisba(t) or t.startswith("لل") and len(t) > 4) and toks.norm[j] not in rules.nationalities:
                j += 1  # its adjectives and «للـ» complement: «السينمائي»، «للمبارزة»
            else:
                break
        if j > i + 3:
            add(i, j, "ORG", "rule", 0.9, toks.single_peels(i)[-1][0] if toks.text[i][:1] in "وفب" else 0, org_type="other").extra["include_cue"] = True


_HOUSE = norm_key("دار")
_OPERA = frozenset(norm_key(w) for w in ("الأوبرا", "أوبرا"))


_BROADCASTERS = frozenset(norm_key(w) for w in ("الإذاعة", "التلفزيون", "التليفزيون"))
_BROADCASTER_TAILS = tuple(k[2:] for k in _BROADCASTERS)  # (what any clitic form of them ends with)
_PUBLIC_WORDS = frozenset(norm_key(w) for w in ("العامة", "العام", "الرسمية", "الرسمي", "الحكومية", "الحكومي", "الوطنية", "الوطني"))


# bodies described by a plural: «أحزاب معارضة»، «منظمات حقوقية»
_BODY_PLURALS = frozenset(norm_key(w) for w in ("أحزاب", "منظمات", "جمعيات", "نقابات", "فصائل", "هيئات", "حركات", "جماعات", "شركات"))
# groups named back by their noun: «الفصيل»، «التنظيم»
_GROUP_NOUNS = frozenset(norm_key(w) for w in ("الفصيل", "التنظيم", "الحركة", "الجماعة", "الميليشيا", "الكتيبة"))


_PORTFOLIOS = frozenset(norm_key(w) for w in ("الخارجية", "الداخلية", "الدفاع", "الصحة", "المالية", "العدل"))


def _ministry_by_portfolio(toks: _Tokens, rules: Rules, add) -> None:
    """«وأكدت الخارجية السودانية أن»، «وقالت الصحة الفلسطينية إن»، «بيان للدفاع الروسية»: a ministry
    named by its portfolio and a country's feminine adjective (the ministry's gender), not after a
    definite noun it would describe («السياسة الخارجية الأمريكية», «التجارة الخارجية المصرية») nor
    after «وزارة» or «وزير», whose own names these are."""
    for i in range(1, toks.n - 1):
        if not toks.norm[i].endswith(("خارجيه", "داخليه", "دفاع", "صحه", "ماليه", "عدل")):
            continue  # (the cheap test first)
        peel = next(((o, k) for o, k in toks.single_peels(i) if k in _PORTFOLIOS), None)
        if peel is None:
            continue
        j = i + 1
        nat = dediac(toks.text[j])
        if toks.norm[j] not in rules.nationalities or not nat.startswith("ال") or not nat.endswith(("ية", "يه")):
            continue
        prev = dediac(toks.text[i - 1])
        if prev.startswith(("ال", "وال", "بال", "لل")) or any(k in _MINISTRY_HEADS for _, k in toks.single_peels(i - 1)):
            continue
        add(i, j + 1, "ORG", "rule", 0.8, peel[0], org_type="government").extra["include_cue"] = True


_MINISTRY_HEADS = frozenset(norm_key(w) for w in ("وزارة", "وزير", "وزيرة", "وكيل", "مستشار"))


def _national_broadcaster(toks: _Tokens, rules: Rules, add) -> None:
    """«وذكرت الإذاعة الإسرائيلية أن»، «التلفزيون السوري الرسمي»، «الإذاعة العامة الإسرائيلية»: a
    country's radio or television, named by its nationality (a public word may stand on either side
    of it); not «الإذاعة الرسمية» alone, which names no station."""
    for i in range(toks.n - 1):
        if not toks.norm[i].endswith(_BROADCASTER_TAILS):
            continue  # (the cheap test first: every token of every article is asked)
        peel = next(((o, k) for o, k in toks.single_peels(i) if k in _BROADCASTERS), None)
        if peel is None:
            continue
        j = i + 1
        if toks.norm[j] in _PUBLIC_WORDS and j + 1 < toks.n:
            j += 1
        if toks.norm[j] not in rules.nationalities or not toks.text[j].startswith("ال"):
            continue
        j += 1
        if j < toks.n and toks.norm[j] in _PUBLIC_WORDS:
            j += 1
        add(i, j, "ORG", "rule", 0.85, peel[0], org_type="media").extra["include_cue"] = True


def _opera_house(toks: _Tokens, rules: Rules, add) -> None:
    """«دار أوبرا فيينا الحكومية»، «دار الأوبرا السلطانية»: an opera house is a body, named with its
    place and adjectives (the model reads «أوبرا» alone as a person's name)."""
    for i in range(toks.n - 2):
        peel = next(((o, k) for o, k in toks.single_peels(i) if k == _HOUSE), None)
        if peel is None or toks.norm[i + 1] not in _OPERA:
            continue
        j = i + 2
        while j < toks.n and j - i < 5:
            place = _matches_at(toks, j, rules.lexicon_index, peel=False)
            if place is not None and place[2].label == "LOC" and not toks.text[i + 1].startswith("ال"):
                j += place[0]  # «دار أوبرا فيينا»
            elif toks.text[j].startswith("ال") and _nisba(toks.text[j]) and toks.norm[j] not in rules.stop:
                j += 1  # «… الحكومية»، «السلطانية»
            else:
                break
        if j > i + 2 or toks.text[i + 1].startswith("ال"):
            add(i, j, "ORG", "rule", 0.9, peel[0], org_type="other").extra["include_cue"] = True


# what a publishing house is for: «دار نخلة للنشر»، «دار المحروسة الجديدة للنشر والتوزيع»
_PUBLISHING = frozenset(norm_key(w) for w in ("للنشر", "للطباعة", "للكتاب", "للكتب", "للترجمة"))
_HOUSE_ADJECTIVES = frozenset(norm_key(w) for w in ("الجديد", "الجديدة", "العربي", "العربية", "الحديث", "الحديثة", "الكبرى"))
# a house that speaks or issues: «وقالت دار الضفاف في بيان»، «الرواية الصادرة عن دار الأفق الجديد»
_HOUSE_SPEAKS = frozenset(norm_key(w) for w in (
    "قالت", "أعلنت", "أكدت", "أوضحت", "ذكرت", "أشارت", "نفت", "ردت", "أصدرت", "كشفت", "أفادت", "اعتذرت", "تقول", "تؤكد",
))
_ISSUED_PREFIXES = ("صادر", "الصادر", "صدر", "وصدر")
_PUBLICATIONS = norm_key("منشورات")  # «مدير منشورات السهب»: a publisher by its books
_NOT_HOUSE_NAMES = frozenset(norm_key(w) for w in ("نشر", "النشر", "الأوبرا", "أوبرا"))
_HOUSE_FROM, _HOUSE_IN, _AND_DISTRIBUTION = norm_key("عن"), norm_key("في"), norm_key("والتوزيع")
_HOUSE_STATEMENTS = frozenset(norm_key(w) for w in ("بيان", "بلاغ"))


def _publishing_house(toks: _Tokens, rules: Rules, add) -> None:
    """«وقالت دار الضفاف في بيان»، «الصادرة عن دار سنابل الأرز»، «دار نخلة للنشر»، «مدير منشورات
    السهب»: «دار» (or «منشورات») and a name is a publishing house where it speaks, issues a book,
    has a head, or is «للنشر» («دار» alone is also «house» and «turned»: «دار الحديث عن …»;
    «منشورات» «posts»: «منشورات الحزب»)."""
    for i in range(toks.n - 1):
        peel = next(((o, k) for o, k in toks.single_peels(i) if k in (_HOUSE, _PUBLICATIONS)), None)
        if peel is None or toks.norm[i + 1] in _NOT_HOUSE_NAMES or toks.norm[i + 1] in rules.stop:
            continue
        first = toks.text[i + 1]
        if not is_arabic(first) or not dediac(first).isalpha():
            continue
        j = i + 2
        if not first.startswith("ال"):
            if j < toks.n and toks.text[j].startswith("ال") and is_arabic(toks.text[j]) and toks.norm[j] not in rules.stop and toks.norm[j] not in _PUBLISHING:
                j += 1  # «دار سنابل الأرز»: a noun in construct
        while j < toks.n and j - i < 4 and toks.norm[j] in _HOUSE_ADJECTIVES:
            j += 1  # «دار الأفق الجديد»
        published = j < toks.n and toks.norm[j] in _PUBLISHING
        if published:
            j += 1
            if j < toks.n and toks.norm[j] == _AND_DISTRIBUTION:
                j += 1
        before = toks.single_peels(i - 1)[-1][1] if i > 0 and not peel[0] else ""
        issued = i >= 2 and toks.norm[i - 1] == _HOUSE_FROM and dediac(toks.text[i - 2]).startswith(_ISSUED_PREFIXES)
        headed = i > 0 and not peel[0] and _matches_at(toks, i - 1, rules.roles, single=True) is not None
        stated = j + 1 < toks.n and toks.norm[j] == _HOUSE_IN and toks.norm[j + 1] in _HOUSE_STATEMENTS
        if published or before in _HOUSE_SPEAKS or issued or headed or stated:
            add(i, j, "ORG", "rule", 0.85, peel[0], org_type="company").extra["include_cue"] = True


# «شيخ مشايخ الطرق الصوفية»: the sheikh of sheikhs, a title
_SHEIKHS = frozenset(norm_key(w) for w in ("مشايخ", "مشائخ"))
# titles a churchman is called by with one name after them («الأنبا صموئيل»، «البابا تواضروس»)
_ONE_NAME_CLERGY = frozenset(norm_key(w) for w in ("الأنبا", "البابا"))


def _churchman_by_one_name(toks: _Tokens, rules: Rules, add) -> None:
    """«ترأس نيافة الأنبا صموئيل، أسقف أسيوط، قداس العيد»، «وحضر الأنبا بيشوي القداس»: after
    «الأنبا» or «البابا» the church name alone is the name (a definite word after it is the
    sentence's object, no family name)."""
    for i in range(toks.n - 1):
        if toks.norm[i] in _ONE_NAME_CLERGY and toks.norm[i + 1] in rules.first_names and not toks.text[i + 1].startswith("ال"):
            add(i + 1, i + 2, "PERSON", "rule", 0.9)


def _titled_name_before_clause(toks: _Tokens, rules: Rules, add) -> None:
    """«الدكتورة منى السيد لـ"مصراوي"»، «محافظ حلب عمار الشيخ أن»، «الدكتورة لينا السيد:»: after a
    title, a given name and a title word or common word, then the clause: the two words are the
    name (ranked with the lexicon, so a place the lexicon reads in the given name gives way); not
    after a royal title («مستشفى الملك فهد التخصصي»)."""
    for i in range(1, toks.n - 2):
        if toks.norm[i] not in rules.first_names or toks.norm[i] in _WORD_GIVEN_NAMES:
            continue
        if _name_form(toks.text[i]) not in rules.first_names_raw:
            continue
        before = toks.norm[i - 1]
        if toks.norm[i] == _ABD or before == _ABD or before in rules.first_names or toks.norm[i + 1] in _SECOND_HALVES or before in _ROYAL:
            continue  # («طارق عبد الحميد»، «محمد جاسم العليوي»: a longer name, the rules' own)
        if before in rules.stop or not _family_word(toks, i + 1, rules) or not _clause_opens(toks, i + 2):
            continue
        if not _matches_at(toks, i - 1, rules.roles, single=True):
            # «محافظ حلب عمار»: the title's place between the title and the name
            place = _matches_at(toks, i - 1, rules.lexicon_index, peel=False)
            if not (i > 1 and place is not None and place[0] == 1 and place[2].label == "LOC" and _matches_at(toks, i - 2, rules.roles, single=True)):
                continue
        add(i, i + 2, "PERSON", "rule", 0.75).extra["titled_name"] = True


# words that open an adverbial of time or place, never a given name: «وقال الوزير عقب اللقاء إن»
_ADVERBIAL_HEADS = frozenset(
    norm_key(w) for w in (
        "عقب", "إثر", "اثر", "قبيل", "بعيد", "عشية", "غداة", "أثناء", "خلال", "إبان", "حيال", "وسط", "أمام",
        "خلف", "داخل", "خارج", "عبر", "تجاه", "ضمن", "لدى", "نحو", "حول", "بين", "فوق", "تحت", "عند", "مع",
        "دون", "طيلة", "طوال", "جراء", "بشأن", "يوم", "أمس", "منذ", "بعد", "قبل", "إزاء", "حتى",
        # a body's name going on: «المتحدث باسم المحاكم»، «جهاز مكافحة الهجرة غير الشرعية»
        "باسم", "غير",
    )
)
# «والي صفاقس»: a governor's title here only (as a role word it would take «والي إزمير سليمان كايا» whole)
_GOVERNORS = frozenset(norm_key(w) for w in ("والي", "والية"))
# «وقالت مدربة المنتخب بريتي ناير»: a coach's title here only (as a role word it would read the team
# after it, «مدرب النشامى», as a name)
_COACHES = frozenset(norm_key(w) for w in ("مدرب", "مدربة"))
# where someone works or lives, after ب: «بحي الروضة»، «بسوق الذهب»
_SEATS = frozenset(norm_key(w) for w in (
    "حي", "سوق", "مدينة", "منطقة", "ولاية", "محافظة", "قرية", "بلدة", "مخيم", "شارع", "ميناء", "مطار", "جزيرة", "إمارة",
))
_MARK_TOKENS = frozenset("،,.:؛;«»\"“”()!?؟")


def _name_after_a_whole_title(toks: _Tokens, rules: Rules, add) -> None:
    """«وصرّح والي صفاقس فاخر القلال بأن»، «وقال النائب عن محافظة ذي قار سجاد الركابي إن»،
    «وأوضحت الأمينة العامة للوزارة، برديس العلي، أن»: right after a reporting verb, a title and its
    complement closed by a definite word or a place, then two words before the clause (or set off by
    commas): a word no list knows as a given name and a definite family name. The title's own
    construct («رئيس قسم جراحة القلب إن»: an indefinite word before the pair) names no one."""
    for i in range(toks.n - 5):
        if not any(k in rules.person_verbs for _, k in toks.single_peels(i)):
            continue
        hit = _matches_at(toks, i + 1, rules.roles, single=True)
        if not hit and toks.norm[i + 1] not in _GOVERNORS and toks.norm[i + 1] not in _COACHES:
            continue
        t_end = i + 1 + (hit[0] if hit else 1)
        c = t_end
        while c < toks.n and c - i < 14 and toks.text[c] not in _MARK_TOKENS and toks.norm[c] not in _SPEECH_CONJ and not toks.text[c].startswith("لـ") and toks.norm[c] not in _TO_OUTLET:
            c += 1
        if c >= toks.n or c - i >= 14:
            continue
        commas = False
        if toks.text[c] in ("،", ","):
            # «…، برديس العلي، أن»: the name set off by commas after the whole title
            if not (c + 3 < toks.n and toks.text[c + 3] in ("،", ",") and c > t_end):
                continue
            if any(toks.norm[x] in rules.first_names for x in range(t_end, c)):
                continue  # «وقال النائب عيسى الدوسري، مقدم المقترح،»: named already, then described
            w1, w2, before = c + 1, c + 2, c
            commas = True
        elif toks.norm[c] in _SPEECH_CONJ or toks.text[c].startswith("لـ") or toks.norm[c] in _TO_OUTLET or (
            # «السفير الاميركي لدى الوكالة غريغوري شولتي ( Gregory Schulte ) ان»: the name's Latin form in brackets
            toks.text[c] == "(" and (g := _latin_gloss_end(toks, c)) and _clause_opens(toks, g)
        ):
            w1, w2, before = c - 2, c - 1, c - 3
            if before < t_end:
                continue  # the pair right after the title is its complement («أستاذ علم النفس»)
            b = dediac(toks.text[before])
            place = _matches_at(toks, before, rules.lexicon_index, peel=False)
            closes = b.startswith(("ال", "لل", "بال", "وال")) and toks.norm[before] not in _ROYAL or (
                place is not None and place[2].label == "LOC"
            ) or any(
                (p := _matches_at(toks, x, rules.lexicon_index, peel=False)) is not None and p[2].label == "LOC" and x + p[0] == before + 1
                for x in range(max(t_end, before - 3), before)
            )
            if not closes:
                continue
        else:
            continue
        t1 = dediac(toks.text[w1])
        if (
            not is_arabic(t1) or len(t1) < 3 or t1.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))
            or toks.norm[w1] in rules.stop or toks.norm[w1] in rules.connectors
            or toks.norm[w1] in rules.org_cues or toks.norm[w1] in _TRADES or toks.norm[w1] in _ADVERBIAL_HEADS
            or toks.norm[w1] in _DAY_PARTS or toks.norm[w1] in rules.person_verbs or _matches_at(toks, w1, rules.roles, single=True)
            or "ال" + toks.norm[w1] in rules.nationalities or t1.endswith("ة") and _known_word(t1)
            or t1[0] in "ولبفك" and _known_word(t1[1:]) and not _known_word(t1)
            or t1[0] in "بل" and norm_key(t1[1:]) in _SEATS  # «تاجر في سوق مواد البناء بحي الروضة لصحيفة …»: a seat
            or _matches_at(toks, w1, rules.lexicon_index, peel=False) is not None
        ):
            continue
        foreign = commas and not toks.text[w2].startswith("ال") and is_arabic(toks.text[w2]) and not _known_word(t1) and (
            toks.norm[w2] in rules.first_names or not _known_word(dediac(toks.text[w2]))
        )  # «الباحثة في شؤون السودان لدى المنظمة، ليتيسيا بدر، أن»: a foreign given name, set off by commas
        t2 = dediac(toks.text[w2])
        foreign = foreign or not commas and dediac(toks.text[before]).startswith("ال") and is_arabic(t2) and len(t2) >= 3 and not t2.startswith(
            ("ال", "ف")
        ) and toks.norm[w2] not in rules.stop and not _known_word(t2)  # «مدربة المنتخب بريتي ناير لموقع»: a family name no dictionary knows
        if toks.norm[w1] in rules.first_names and not (foreign and not commas):
            continue  # (a known given name and a family name the other rules read; but «المديرة البيطرية في المقاطعة غريس واناما لوكالة …»)
        if not (foreign or _family_word(toks, w2, rules)) or not (
            commas or _clause_opens(toks, w2 + 1) or toks.text[w2 + 1] == "(" and (g := _latin_gloss_end(toks, w2 + 1)) and _clause_opens(toks, g)
        ):
            continue
        add(w1, w2 + 1, "PERSON", "rule", 0.7)


def _latin_gloss_end(toks: _Tokens, c: int) -> int:
    """After «(» at c, one to four Latin words and «)»: the position after «)» (0 when there is none)."""
    k = c + 1
    while k < toks.n and k - c <= 4 and _is_latin_tok(toks.text[k]):
        k += 1
    return k + 1 if k > c + 1 and k < toks.n - 1 and toks.text[k] == ")" else 0


def _one_word_place(key: str, rules: Rules) -> bool:
    """A key the lexicon holds as a one-word place («إثيوبيا»، «كينيا»)."""
    return any(len(keys) == 1 and getattr(e, "label", None) == "LOC" for keys, e in rules.lexicon_index.get(key, ()))


_GENTILIC_CACHE: dict[tuple[int, str, str], bool] = {}


def _gentilic(toks: _Tokens, i: int, rules: Rules) -> bool:
    """A definite relative adjective of a country (الإثيوبي، الكينية، المغربي): a listed
    nationality, or one whose stem with «يا»/«ا» is a place the lexicon holds; not a country's own
    name (السعودية، الجزائر are places). (Cached by word: it is asked of every such word.)"""
    ck = (id(rules), toks.norm[i], toks.text[i])
    hit = _GENTILIC_CACHE.get(ck)
    if hit is None:
        if len(_GENTILIC_CACHE) > 50_000:
            _GENTILIC_CACHE.clear()
        hit = _GENTILIC_CACHE[ck] = _gentilic_word(toks.norm[i], toks.text[i], rules)
    return hit


def _gentilic_word(k: str, raw: str, rules: Rules) -> bool:
    t = dediac(raw)
    if not _nisba(t) or _one_word_place(k, rules):
        return False
    if k in rules.nationalities:
        return True
    stem = t[2:-2] if t.endswith("ية") else t[2:-1]
    return len(stem) >= 3 and any(_one_word_place(norm_key(stem + tail), rules) for tail in ("يا", "ا", ""))


_QAD = norm_key("قد")


_COUNTERPART = frozenset(norm_key(w) for w in ("نظيره", "نظيرته", "نظيرها", "نظيرتها"))


def _name_after_nationality(toks: _Tokens, rules: Rules, add) -> None:
    """«فاز الإثيوبي تسفاي ولدي مسكل بلقب …»، «توّجت الكينية روث جيبيت»: a country's adjective
    used as a noun (after a verb or a title, not after a definite noun it describes), then two or
    three name words, the last one no dictionary word, before a mark, a stop word or a ب/ل word: a
    foreign athlete or figure named by nationality."""
    for i in range(toks.n - 2):
        k = toks.norm[i]
        if not (k.startswith("ال") and k.endswith(("ي", "يه"))) or not _gentilic(toks, i, rules):
            continue  # (the cheap test first: this runs on every token)
        if (
            i > 0 and toks.text[i - 1].startswith(("ال", "وال")) and not _matches_at(toks, i - 1, rules.roles, single=True)
            and not _nisba(dediac(toks.text[i - 1]).removeprefix("و"))
            # (a masculine adjective after a feminine word describes the title before it: «مدير المنتخبات
            # الوطنية البريطاني أوين بريتشارد»)
            and not (dediac(toks.text[i - 1]).endswith("ة") and not k.endswith("يه"))
        ):
            continue  # «الحكومة الإثيوبية …»: the adjective of a noun (not «الديموغرافية النيجيرية»: a profession)
        j = i + 1
        while j < toks.n and j - i <= 3:
            t = dediac(toks.text[j])
            if (
                not is_arabic(t) or not t.isalpha() or len(t) < 3 or t.startswith(("ال", "لل", "وال", "بال"))
                or toks.norm[j] in rules.stop or toks.norm[j] in rules.connectors or toks.norm[j] in rules.person_verbs
                or toks.norm[j] in rules.org_cues
                # (not a name that starts with ب/ل: «البريطاني أوين بريتشارد»)
                or t[0] in "بل" and _known_word(t[1:]) and not _known_word(t) and norm_key(t[1:]) not in rules.first_names
                or t.endswith(("ة", "اً")) or toks.norm[j] in _SUBJECT_ENDS
                or t.startswith(_FUTURE) and _known_word(t[1:])  # («ولو قال الرئيس الأمريكي إنه سيحضر»)
                or _feminine_noun_with_pronoun(t)  # («الأرجنتيني إستيبان أغيري استقالته»: his resignation)
            ):
                break
            j += 1
        counterpart = i > 0 and any(key in _COUNTERPART for _, key in toks.single_peels(i - 1))
        # (or one given name the list knows, set off by a comma: «وقالت الإسبانية كارمن، التي تزور …»)
        given = j == i + 2 and j < toks.n and toks.text[j] in ("،", ",") and toks.norm[i + 1] in rules.first_names
        # (or one name word, no common one, after «كان/كانت», then what that person was doing:
        # «كانت الألمانية أنكه تفاوض أحد الباعة»)
        scene = (
            j >= i + 2 and i > 0 and dediac(toks.text[i - 1]).removeprefix("و") in ("كان", "كانت")
            and len(name := dediac(toks.text[i + 1])) >= 3 and not name.startswith(("ال", "وال"))
            and _is_name_word(toks, i + 1, rules) and toks.norm[i + 1] not in rules.common
            and len(verb := dediac(toks.text[i + 2])) >= 4 and verb[0] in "يت" and _known_word(verb)
            and toks.norm[i + 2] not in rules.first_names
        )
        if scene:
            add(i + 1, i + 2, "PERSON", "rule", 0.7)
            continue
        if j - i < (2 if counterpart or given else 3):
            continue  # at least two name words; one after «نظيره» («التقى … نظيره الإندونيسي سوغيونو»)
        if given:
            add(i + 1, j, "PERSON", "rule", 0.7)
            continue
        if j < toks.n and not (
            toks.text[j] in _MARK_TOKENS or toks.norm[j] in rules.stop
            or toks.norm[j] == _QAD  # «وكان وزير الخارجية الإيراني منوشهر متكي قد أعلن»
            or dediac(toks.text[j])[:1] in "بل" and _known_word(dediac(toks.text[j])[1:])
            or any(key in rules.person_verbs or key in _SAYING_NOW for _, key in toks.single_peels(j))  # «… أديولا أديبايو فتقول»، «فيرى»
        ):
            continue
        last = j - 1
        if _known_word(dediac(toks.text[last])) and toks.norm[last] not in rules.first_names:
            continue
        add(i + 1, j, "PERSON", "rule", 0.75)


def _surname_before_clause(toks: _Tokens, rules: Rules, chosen: list[MentionDraft], text: str) -> None:
    """«وقالت منى السيد إن»، «وأكد إياد القاضي أن»، «وقال المزارع هاني القضاة إن»: a given name
    read alone, then a definite word that is also a title or a common word, then the clause (إن،
    أن، a comma, a colon, في/خلال …): that word is the family name."""
    held = {t for m in chosen if "tok" in m.extra for t in range(*m.extra["tok"])}
    for m in chosen:
        if m.label != "PERSON" or "tok" not in m.extra or m.extra.get("drop"):
            continue
        i, j = m.extra["tok"]
        if j - i != 1 or j + 1 >= toks.n or toks.norm[i] not in rules.first_names or toks.norm[i] in _WORD_GIVEN_NAMES:
            continue
        if not _family_word(toks, j, rules, held) or not _clause_opens(toks, j + 1):
            continue
        m.end = toks.end[j]
        m.text = text[m.start : m.end]
        m.extra["tok"] = (i, j + 1)
        held.add(j)


_MODEL_SURE = 0.95  # the model's confidence above which its one-word-longer person stands


def _model_completes_person(toks: _Tokens, rules: Rules, cands: list[MentionDraft]) -> list[MentionDraft]:
    """«طبيب التجميل رامي عبيدات يرى أن»: where the rules read a given name alone and the model,
    sure of it, reads the name one word longer, the longer name stands when that word can close a
    name (Arabic, no stop, cue, role or manner word) and the sentence goes on after it."""
    rule_persons: dict[tuple[int, int], list[MentionDraft]] = {}
    for r in cands:
        if r.source == "rule" and r.label == "PERSON":
            rule_persons.setdefault(r.extra["tok"], []).append(r)
    drop = set()
    for m in cands:
        if m.source != "model" or m.label != "PERSON" or m.confidence < _MODEL_SURE:
            continue
        i, j = m.extra["tok"]
        shorter = rule_persons.get((i, j - 1))
        if not shorter:
            continue
        w = j - 1
        t = toks.text[w]
        if (
            not is_arabic(t) or toks.norm[w] in rules.stop or toks.norm[w] in rules.person_verbs
            or toks.norm[w] in rules.roles or toks.norm[w] in rules.org_cues or toks.norm[w] in MANNER_STATES
            or toks.norm[w] in _DAY_PARTS or t.endswith(("اً", "ًا")) or t.startswith("و")
            or _preposition_and_noun(t, "لب") or toks.norm[w] in rules.common
            or _feminine_noun_with_pronoun(t)  # «المسعف محمود عبد الحميد نوبته»: his shift
            # «عبد الصمد حيكر لهسبريس»: ل + an outlet the lexicon knows, spoken to
            or any(x.source == "lexicon" and x.start < toks.end[w] and toks.idx[w] < x.end for x in cands)
        ):
            continue
        drop.update(id(r) for r in shorter)
    return [m for m in cands if id(m) not in drop]


def _rank(m: MentionDraft) -> int:
    # An organisation whose cue word is part of its name (بورصة لندن، جامعة القاهرة) and a name in
    # quote marks after a cue (منصة «رفيق») rank with the lexicon: the first is not cut down to the
    # place it contains, the second is not read as the given name it spells. Then longer wins.
    if m.extra.get("after_cue"):
        return 4
    return 3 if m.extra.get("include_cue") or m.extra.get("quoted") or m.extra.get("cue_name") or m.extra.get("titled_name") else _PRIORITY[m.source]


def _resolve(cands: list[MentionDraft]) -> list[MentionDraft]:
    """Keep the best non-overlapping mentions: lexicon > rule > model, then longer, then earlier."""
    order = sorted(cands, key=lambda m: (-_rank(m), -(m.end - m.start), m.start))
    taken: list[tuple[int, int]] = []
    chosen = []
    for m in order:
        if any(m.start < e and s < m.end for s, e in taken):
            continue
        taken.append((m.start, m.end))
        chosen.append(m)
    chosen.sort(key=lambda m: m.start)
    return chosen


# The Arabic letters a Latin word's first letter is written with (vowels: the long-vowel letters and hamza seats).
_FIRST_SOUND = {
    "b": "بپ", "c": "كسش", "d": "دض", "f": "ف", "g": "غجقك", "h": "هح", "j": "جي", "k": "كقخ", "l": "ل",
    "m": "م", "n": "ن", "p": "بپ", "q": "قك", "r": "ر", "s": "سصزش", "t": "تطث", "v": "فڤ", "w": "وف",
    "x": "كزس", "y": "يإا", "z": "زذظ",
}


def _same_first_sound(arabic: str, latin: str) -> bool:
    """«لي» / «Li», «ما» / «Ma»: the Arabic word starts with a letter that writes the Latin word's first sound."""
    a = dediac(arabic).removeprefix("ال")[:1]
    ch = latin[:1].lower()
    return bool(a) and a in _FIRST_SOUND.get(ch, "اأإآعو")


def _name_before_its_gloss(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«وقالت الراكبة الهندية بريا نير (Priya Nair) إنها»: the model read only the Latin gloss (two
    to four capitalised words in brackets); the Arabic words before it that spell it (as many,
    the first with the gloss's first sound, name words no mention holds) are the mention, a
    person after an adjective of origin, a verb of saying, or a title with up to two words of its
    complement (not after a body's cue word or a mark)."""
    held = {t for m in mentions if "tok" in m.extra for t in range(*m.extra["tok"])}
    for m in mentions:
        if "tok" not in m.extra or m.source != "model" or m.label not in ("PERSON", "ORG") or m.extra.get("drop"):
            continue
        a, b = m.extra["tok"]
        if a < 2 or b >= toks.n or toks.text[a - 1] != "(" or toks.text[b] != ")":
            continue
        words = toks.text[a:b]
        if not 2 <= len(words) <= 4 or not all(_is_latin_tok(w) and w[0].isupper() for w in words):
            continue
        first = a - 1 - len(words)
        if first < 1 or any(x in held for x in range(first, a - 1)) or not _same_first_sound(toks.text[first], words[0]):
            continue
        if not all(is_arabic(toks.text[x]) and not toks.text[x].startswith("ال") and _is_name_word(toks, x, rules, allow_common=True) for x in range(first, a - 1)):
            continue
        before = first - 1
        if toks.norm[before] in rules.org_cues or toks.text[before] in _OPEN_MARKS:
            continue  # «شركة سبايس روت (Spice Route)»: a body
        if not (
            _nisba(toks.text[before])
            or toks.norm[before] in rules.person_verbs
            # a title, up to two words of its complement before the name: «مدير المبيعات إمره يلماز»
            or any(toks.norm[x] in rules.roles or _matches_at(toks, x, rules.roles, single=True) for x in range(max(0, before - 2), first))
        ):
            continue
        m.label, m.source, m.confidence = "PERSON", "rule", 0.7
        m.start, m.end = toks.idx[first], toks.end[a - 2]
        m.text = text[m.start : m.end]
        m.extra["tok"] = (first, a - 1)
        held.update(range(first, a - 1))


def _preposition_and_definite(word: str) -> bool:
    """«بالمقابر»، «للمقابر»: ب or ل glued to a definite dictionary word."""
    for p, n in (("بال", 3), ("لل", 2)):
        if word.startswith(p) and len(word) - n >= 3 and _known_word(word[n:]):
            return True
    return False


_CLUB_KINDS = frozenset(norm_key(w) for w in ("الرياضي", "الثقافي", "الاجتماعي", "الرياضي الثقافي", "الأهلي"))
_THE_CHAMBER = norm_key("الغرفة")
_CHAMBER_KINDS = frozenset(norm_key(w) for w in ("التجارية", "الصناعية", "الفلاحية", "الزراعية"))
_AND_INDUSTRY = frozenset(norm_key(w) for w in ("والصناعية", "الصناعية"))
# a body named back by its kind («البنك»، «الشركة»، «الوزارة»): no name of its own
_KIND_OF_BODY = frozenset(norm_key(w) for w in (
    "البنك", "المصرف", "الشركة", "الوزارة", "الهيئة", "المؤسسة", "المجموعة", "الجمعية", "البلدية", "النقابة",
))
# a place named back by its kind («الإمارة»، «السلطنة»، «المدينة»): no name of its own
_KIND_OF_PLACE = frozenset(norm_key(w) for w in (
    "الإمارة", "السلطنة", "المدينة", "المملكة", "البلاد", "العاصمة", "الدولة", "الولاية", "المحافظة", "القرية",
    "الولايات", "المنطقة", "الجزيرة", "البلدة", "الضاحية", "المقاطعة", "الإقليم",
))
_GOVERNORATE = norm_key("محافظة")
# words in ت before a governorate that are no feminine past verb
_NOT_VERBS = frozenset(norm_key(w) for w in ("تحت", "وقت", "بيت", "بيروت", "صوت"))
# nouns before a governorate that speaks or decides: «قرار محافظة الإسكندرية»، «المتحدث باسم محافظة …»
_ACTING_BEFORE = frozenset(norm_key(w) for w in ("قرار", "قرارات", "بيان", "ديوان", "باسم", "أما", "مصالح"))


_OUJDA, _JEDDAH = norm_key("وجدة"), norm_key("جدة")


def _and_jeddah(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«في الرياض وجدة والدمام»: «وجدة» in a list of places, right after one, is «و» + Jeddah, not
    Oujda."""
    ends = {m.extra["tok"][1] for m in mentions if m.label == "LOC" and "tok" in m.extra}
    for m in mentions:
        if m.label != "LOC" or "tok" not in m.extra or m.extra["tok"][1] - m.extra["tok"][0] != 1:
            continue
        i = m.extra["tok"][0]
        if toks.norm[i] != _OUJDA or i not in ends or m.start != toks.idx[i]:
            continue
        hit = next((e for ks, e in rules.lexicon_index.get(_JEDDAH, ()) if ks == (_JEDDAH,) and e.label == "LOC"), None)
        m.start += 1
        m.text, m.source, m.lex = text[m.start : m.end], "lexicon" if hit else m.source, hit
        m.latin = hit.latin if hit else None


# a governorate, or a Moroccan commune («أوضحت جماعة فاس في بلاغ»), that acts
_ACTING_SEATS = frozenset(p + w for w in (_GOVERNORATE, norm_key("جماعة")) for p in ("", "و"))


def _governorate_acting(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«قررت محافظة القاهرة رفع …»، «أما محافظة الجيزة فأكدت»: a governorate that acts (the subject
    of a feminine past verb or of a company verb, or after a decision or a statement) is the
    governorate's administration, ORG with its cue; «في محافظة الخليل» stays the place."""
    for m in mentions:
        if m.label != "LOC" or "tok" not in m.extra:
            continue
        a, b = m.extra["tok"]
        if a < 2 or toks.norm[a - 1] not in _ACTING_SEATS or toks.text[a - 1][:1] not in "مجو":
            continue
        before = {k for _, k in toks.single_peels(a - 2)}
        fem_past = any(
            len(k) >= 4 and k.endswith("ت") and not k.endswith("ات") and not k.startswith("ال") and k not in _NOT_VERBS
            for k in before
        )
        if not (fem_past or before & rules.company_verbs or before & rules.person_verbs or before & _ACTING_BEFORE):
            continue
        m.start = toks.idx[a - 1] + (1 if toks.text[a - 1].startswith("و") else 0)
        m.text, m.label, m.source, m.lex, m.latin, m.org_type = text[m.start : m.end], "ORG", "rule", None, None, "government"
        m.extra["tok"] = (a - 1, b)
        m.extra["include_cue"] = True


def _short_form_of_body(toks: _Tokens, mentions: list[MentionDraft]) -> None:
    """«الوكالة اليابانية للتعاون الدولي (جايكا)»: the model's person in brackets right after a
    body is the body's short form, and so is every other mention the model reads in those words."""
    ends = {m.extra["tok"][1] for m in mentions if "tok" in m.extra and m.label == "ORG"}
    shorts = set()
    for m in mentions:
        if "tok" not in m.extra or m.label != "PERSON" or m.source != "model":
            continue
        a, b = m.extra["tok"]
        if a >= 2 and toks.text[a - 1] == "(" and a - 1 in ends and b < toks.n and toks.text[b] == ")":
            shorts.add(norm_key(m.text))
    for m in mentions:
        if shorts and m.label == "PERSON" and m.source == "model" and norm_key(m.text) in shorts:
            m.label = "ORG"


_THAT_CONJ = frozenset(norm_key(w) for w in ("أن", "إن", "بأن"))


def _clause_in_marks(mentions: list[MentionDraft], text: str) -> None:
    """«إن المكتب “يدرك حجم المشكلة ويعمل على إصلاحها”»: the model's body opening a quoted clause
    of five words or more, and ending two words or more before its closing mark, is the first
    words of someone's words, not a name (a person there may well be named: «"محمد صلاح هو …"»)."""
    for m in mentions:
        if m.source != "model" or m.label != "ORG":
            continue
        k = m.start
        while k > 0 and text[k - 1] == " ":
            k -= 1
        close = _OPEN_MARKS.get(text[k - 1]) if k > 0 else None
        if close is None:
            continue
        if close == text[k - 1] and text.count(close, text.rfind("\n", 0, k - 1) + 1, k - 1) % 2:
            continue  # a straight mark that closes the quote before it («وقال "…" الشركة الوطنية …»)
        e = text.find(close, m.end, m.end + 300)
        if e == -1 or "\n" in text[m.end : e]:
            continue
        n = len(text[k:e].split())
        before = text[max(0, k - 40) : k - 1].split()[-2:]
        if n >= 5 and len(text[m.end : e].split()) >= 2 or (
            # «أن الفريق “أنهى اختبارات الاهتزاز والحرارة بنجاح”»: after «أن» and a definite noun,
            # the marks hold its predicate, what was said, not a name
            n >= 4 and len(before) == 2 and norm_key(before[0]) in _THAT_CONJ and dediac(before[1]).startswith("ال")
        ):
            m.extra["drop"] = True


def _short_name_after_body(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«الهيئة العامة للموانئ "موانئ"»، «هيئة تنظيم الاتصالات (تنظيم)»، «هيئة الإذاعة البريطانية (بي بي
    سي)»: one to three Arabic words in marks or brackets right after a body's name of two words or more
    are its short name. The short name becomes a mention of the same body (``extra["same_as"]``, which
    canon joins), so the article's later «وأوضحت موانئ» is that body. In marks, each word of the short
    name must be a word of the full one («موانئ» of «للموانئ»): a quoted title after a name is no short
    name; in brackets, any words that name no place, person or nationality (an acronym: «(جايكا)»)."""
    by_start = {m.extra["tok"][0]: m for m in mentions if "tok" in m.extra and not m.extra.get("drop")}
    shorts: dict[str, str] = {}
    for m in list(mentions):
        if "tok" not in m.extra or m.label != "ORG" or m.extra.get("drop"):
            continue
        i, j = m.extra["tok"]
        if j - i < 2 or j + 2 >= toks.n:
            continue
        opener = toks.text[j]
        close = ")" if opener == "(" else _OPEN_MARKS.get(opener)
        if close is None:
            continue
        e = next((x for x in range(j + 1, min(j + 5, toks.n)) if toks.text[x] == close), None)
        if e is None or e == j + 1 or any(not is_arabic(toks.text[x]) or not dediac(toks.text[x]).isalpha() for x in range(j + 1, e)):
            continue
        words = [toks.norm[x] for x in range(j + 1, e)]
        if any(w in rules.nationalities for w in words):
            continue
        inside = [x for x in mentions if "tok" in x.extra and j < x.extra["tok"][0] < e and not x.extra.get("drop")]
        acronym = e == j + 2 and j - i >= 3 and words[0] not in rules.common and not _known_word(dediac(toks.text[j + 1]))
        if any(x.label != "ORG" and x.source != "model" or x.label == "LOC" and not (x.source == "model" and acronym and opener != "(") for x in inside):
            # «(السعودية)»، «(دبي)»: a place beside the body, not its short name (but the model's
            # place in marks may be its acronym: «المؤسسة العامة القطرية للكهرباء والماء "كهرماء"»)
            continue
        within = _within(toks, range(j + 1, e), range(i, j))
        if opener == "(":
            if any(w in rules.common or w in rules.stop for w in words) and not within:
                continue
        elif not within and not acronym:
            # («الشركة العامة لتسويق الأدوية والمستلزمات الطبية «كيماديا»»: one word no dictionary
            # knows, after a body's name of three words or more, is its acronym)
            continue
        short = by_start.get(j + 1)
        if short is not None and short.extra["tok"][1] == e:
            short.label = "ORG"
        else:
            for x in inside:
                x.extra["drop"] = True
            start, end = toks.idx[j + 1], toks.end[e - 1]
            short = MentionDraft(start, end, text[start:end], "ORG", "rule", 0.75, toks.sent[j + 1])
            short.extra["tok"] = (j + 1, e)
            mentions.append(short)
        short.org_type = short.org_type or m.org_type
        short.extra["same_as"] = m.text
        shorts[norm_key(short.text)] = m.text
    if not shorts:
        return
    for x in mentions:
        if x.source != "lexicon" and x.label != "ORG" and norm_key(x.text) in shorts:
            x.label = "ORG"  # «… (جايكا)» then «وقالت جايكا»: a person or a place read there is the body
            x.extra["same_as"] = shorts[norm_key(x.text)]


def _same_body_at(toks: _Tokens, text: str, i: int, j: int, body: MentionDraft, conf: float, off: int = 0, org_type: str | None = None) -> MentionDraft:
    """A mention of ``body`` (an ORG named elsewhere in the article) at tokens i..j, ``off``
    characters into the first: canon joins it to the body (``extra["same_as"]``)."""
    start = toks.idx[i] + off
    m = MentionDraft(start, toks.end[j - 1], text[start : toks.end[j - 1]], "ORG", "rule", conf, toks.sent[i], org_type=org_type or body.org_type)
    m.extra["tok"] = (i, j)
    m.extra["same_as"] = body.text
    return m


def _company_by_its_first_word(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«مصنع "الرافدين للأنابيب البلاستيكية"» then «أعلنت شركة الرافدين في بيان»: after a company's
    cue, a definite word no mention covers (one too common to be a name by itself) that is the first
    word of a company named in the article, with more words, is that company (``extra["same_as"]``)."""
    firsts: dict[str, MentionDraft] = {}
    covered = set()
    for m in mentions:
        if "tok" not in m.extra or m.extra.get("drop"):
            continue
        i, j = m.extra["tok"]
        covered.update(range(i, j))
        if m.label == "ORG" and j - i >= 2 and toks.text[i].startswith("ال") and toks.norm[i] not in rules.stop:
            firsts.setdefault(toks.norm[i], m)
    if not firsts:
        return
    for k in range(1, toks.n):
        body = firsts.get(toks.norm[k])
        if body is None or k in covered or body.extra["tok"][0] == k:
            continue
        cue = next((rules.org_cues[c] for _, c in toks.single_peels(k - 1) if c in rules.org_cues), None)
        if cue is None or cue.get("org_type") != "company" or cue.get("include") or cue.get("plural"):
            continue
        mentions.append(_same_body_at(toks, text, k, k + 1, body, 0.7, org_type=body.org_type or "company"))
        covered.add(k)


def _body_named_again(toks: _Tokens, mentions: list[MentionDraft], text: str) -> None:
    """«… مع الشركة المنظمة "بيكسل أرينا"، …» then «وردّت بيكسل أرينا في بيان»: a body's name of two
    words or more, found once, names the same body wherever its words stand again (the first after a
    clitic و/ف/ب/ل too) and no mention covers them; a shorter mention inside them («بيكسل» the product,
    «الكويت» the place of «نغمات الكويت») gives way."""
    by_first: dict[str, list[tuple[tuple[str, ...], MentionDraft]]] = {}
    seen = set()
    for m in mentions:
        if "tok" in m.extra and not m.extra.get("drop") and m.label == "ORG":
            i, j = m.extra["tok"]
            if j - i >= 2 and all(is_arabic(toks.text[x]) or is_latin(toks.text[x]) for x in range(i, j)):
                # (the first word as the mention has it: «و"نغمات» is one token)
                words = (norm_key(m.text.split()[0]), *toks.norm[i + 1 : j])
                if words not in seen:
                    seen.add(words)
                    by_first.setdefault(words[0], []).append((words, m))
    if not by_first:
        return
    live = [m for m in mentions if "tok" in m.extra and not m.extra.get("drop")]
    for k in range(toks.n - 1):
        for off, key in toks.single_peels(k):
            for words, body in by_first.get(key, ()):
                n = len(words)
                if tuple(toks.norm[k + 1 : k + n]) != words[1:] or k == body.extra["tok"][0]:
                    continue
                inside = [x for x in live if k <= x.extra["tok"][0] and x.extra["tok"][1] <= k + n]
                if any(x.label == "ORG" and x.extra["tok"] == (k, k + n) for x in inside):
                    continue
                if any(x.extra["tok"][0] < k + n and x.extra["tok"][1] > k and x not in inside for x in live):
                    continue  # a longer name or one across the edge: left as it is
                for x in inside:
                    x.extra["drop"] = True
                    live.remove(x)
                again = _same_body_at(toks, text, k, k + n, body, 0.75, off)
                mentions.append(again)
                live.append(again)


_THE_PLATFORM = norm_key("المنصة")
_THE_PLATFORM_AS_SOURCE = frozenset((_THE_PLATFORM, "ل" + _THE_PLATFORM[1:]))  # «وبحسب المنصة»، «ووفقاً للمنصة»
_PLATFORM = norm_key("منصة")


def _platform_that_speaks(toks: _Tokens, rules: Rules, mentions: list[MentionDraft]) -> None:
    """«مع منصة "نيل بلس" للبث» then «قالت المنصة في بيان إنها …» (or «ووفقاً للمنصة»): the one platform
    named in marks after «منصة» (a product by default) is the company behind it when «المنصة» speaks in
    the article."""
    if not any(n.endswith(_THE_PLATFORM[1:]) or n == _PLATFORM for n in toks.norm_set):
        return
    speaks = any(
        _THE_PLATFORM in {k for _, k in toks.single_peels(x)}
        and any(k in rules.person_verbs and k.endswith("ت") for _, k in toks.single_peels(x - 1))
        # the platform as a frame's source: «ووفقاً للمنصة، فإن …»، «وبحسب المنصة»
        or toks.norm[x] in _THE_PLATFORM_AS_SOURCE and toks.norm[x - 1] in _SOURCE_FRAMES
        # its figures as a frame's source: «وبحسب بيانات المنصة»، «ووفقاً لأرقام المنصة»
        or toks.norm[x] == _THE_PLATFORM and x >= 2 and toks.norm[x - 2] in _SOURCE_FRAMES
        and (toks.norm[x - 1] in _FIGURES or toks.norm[x - 1][:1] == "ل" and toks.norm[x - 1][1:] in _FIGURES)
        for x in range(1, toks.n)
    )
    # or the platform's own figures, by its name in marks: «وبحسب أرقام منصة "شاهد"، فإن …» (that
    # platform, whichever others the article names: «كتبت على حسابها في منصة "إكس"»)
    framed = {
        x + 2 for x in range(2, toks.n - 1)
        if toks.norm[x] == _PLATFORM and toks.text[x + 1] in _OPEN_MARKS
        and toks.norm[x - 2] in _SOURCE_FRAMES and toks.norm[x - 1] in _FIGURES
    }
    if not speaks and not framed:
        return
    named = [
        m for m in mentions
        if m.label == "PRODUCT" and "tok" in m.extra and not m.extra.get("drop") and m.extra["tok"][0] >= 2
        and toks.text[m.extra["tok"][0] - 1] in _OPEN_MARKS and _PLATFORM in {k for _, k in toks.single_peels(m.extra["tok"][0] - 2)}
    ]
    keys = {norm_key(m.text) for m in named if m.extra["tok"][0] in framed}
    if speaks and not keys:
        keys = {norm_key(m.text) for m in named}
        if len(keys) != 1:
            return
    for m in mentions:
        if m.label == "PRODUCT" and norm_key(m.text) in keys:
            m.label, m.org_type = "ORG", "company"


_CLAUSE_OPENERS = frozenset(norm_key(w) for w in ("لكن", "ولكن", "بينما", "فيما", "فقد", "وقد"))


def _marked_name_speaking(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«لكن "إن درايف" أكدت في بيان سابق أن …»: one to four words in marks opening a sentence or a
    clause, right before a feminine verb of saying, are a body speaking (a company, by default); a
    product read there (and its other mentions by the same words) is that body."""
    for i in range(toks.n - 3):
        if toks.text[i] not in _OPEN_MARKS or not (
            i == 0 or toks.sent[i - 1] != toks.sent[i] or toks.norm[i - 1] in _CLAUSE_OPENERS or toks.text[i - 1] in "،,"
        ):
            continue
        e = _quoted_name(toks, i, max_words=4)
        if not e or e + 1 >= toks.n or not any(
            k in rules.person_verbs and k.endswith("ت") for _, k in toks.single_peels(e + 1)
        ):
            continue
        if any(not is_arabic(toks.text[x]) for x in range(i + 1, e)):
            continue
        inside = [m for m in mentions if "tok" in m.extra and not m.extra.get("drop") and i < m.extra["tok"][1] and m.extra["tok"][0] < e]
        whole = next((m for m in inside if m.extra["tok"] == (i + 1, e)), None)
        if whole is not None and whole.label in ("ORG", "PERSON", "LOC"):
            continue
        if whole is None and inside:
            continue
        # a product read there or elsewhere by the same words: the company behind it
        key = norm_key(text[toks.idx[i + 1] : toks.end[e - 1]])
        for m in mentions:
            if m.label == "PRODUCT" and norm_key(m.text) == key:
                m.label, m.org_type = "ORG", "company"
        if whole is not None:
            continue
        start, end = toks.idx[i + 1], toks.end[e - 1]
        m = MentionDraft(start, end, text[start:end], "ORG", "rule", 0.6, toks.sent[i + 1], org_type="company")
        m.extra["tok"] = (i + 1, e)
        mentions.append(m)


def _within(toks: _Tokens, short: range, name: range) -> bool:
    """Every word of a short name is a word of the full name, clitics aside («موانئ» of «للموانئ»)."""
    full = {k for x in name for _, k in toks.peels[x]}
    return all(any(k in full for _, k in toks.peels[y]) for y in short)


def _capitalised_gloss(toks: _Tokens, a: int, b: int) -> bool:
    """Every Latin word of tokens a..b is capitalised, or hyphened to the one before it: «Soo-yeon»
    («بارك سو يون (Park Soo-yeon)»: a word of the Arabic for each part)."""
    return all(
        t[0].isupper() or x - 2 >= a and toks.text[x - 1] == "-" and not toks.ws_after[x - 2] and not toks.ws_after[x - 1]
        for x in range(a, b)
        if _is_latin_tok(t := toks.text[x])
    )


def _reach_latin_gloss(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«ستيلا لي (Stella Li)»، «منظمة هيومن رايتس ووتش (Human Rights Watch)»: a Latin gloss of two to
    four capitalised words spells the same number of Arabic words before it; a mention that covers
    only part of them grows to all of them (when the words it takes are name words and no other
    mention holds them). Then a person guessed a few words before a glossed name («وقال نائب رئيس
    سوكار للاستثمار إلنور حسينوف (Elnur Huseynov)»: the company) gives way to that name."""
    held = {t for m in mentions if "tok" in m.extra for t in range(*m.extra["tok"])}
    for second in (False, True):
        for m in mentions:
            if "tok" not in m.extra or m.label not in ("PERSON", "ORG") or m.extra.get("drop"):
                continue
            i, j = m.extra["tok"]
            # the bracket: right after the mention, or after one or two more Arabic words (up to
            # five for a guess that gives way)
            p = next((x for x in range(j, min(j + (6 if second else 3), toks.n)) if toks.text[x] == "("), None)
            if p is None or any(not is_arabic(toks.text[x]) for x in range(j, p)):
                continue
            end = _latin_run(toks, p + 1) if p + 1 < toks.n else 0
            if not end or end >= toks.n or toks.text[end] != ")":
                continue
            words = [t for t in toks.text[p + 1 : end] if _is_latin_tok(t)]
            if not 2 <= len(words) <= 4 or not _capitalised_gloss(toks, p + 1, end) or any(w.isupper() and len(w) > 1 for w in words):
                continue
            first = p - len(words)
            if first < 0 or any(not is_arabic(toks.text[x]) for x in range(first, p)):
                continue
            if second:
                if not (m.label == "PERSON" and i < first and j <= first and m.extra.get("after_verb")):
                    continue
                if _same_first_sound(toks.text[i], words[0]):
                    continue
                glossed = any(x is not m and x.label == "PERSON" and x.extra.get("tok") == (first, p) for x in mentions)
                if glossed:
                    m.extra["drop"] = True  # the glossed name is found; the guess before it is no one
                elif (
                    _same_first_sound(toks.text[first], words[0])
                    and not any(x in held for x in range(first, p))
                    and all(_is_name_word(toks, x, rules, allow_common=True) for x in range(first, p))
                ):
                    held.difference_update(range(i, j))
                    m.start, m.end = toks.idx[first], toks.end[p - 1]
                    m.text = text[m.start : m.end]
                    m.extra["tok"] = (first, p)
                    held.update(range(first, p))
                continue
            start = min(i, first)
            added = [x for x in range(start, p) if not i <= x < j]
            if not added or any(x in held for x in added):
                continue
            if any(
                x < i and _matches_at(toks, x, rules.roles, single=True)
                or not _is_name_word(toks, x, rules, allow_common=True) and not _same_first_sound(toks.text[x], words[x - first])
                for x in added
            ):
                continue  # a title, or a word such as «لي» that the Latin word does not spell
            m.start, m.end = toks.idx[start], toks.end[p - 1]
            m.text = text[m.start : m.end]
            m.extra["tok"] = (start, p)
            held.update(added)


# body nouns whose name, in words no dictionary or list gives, a Latin gloss in brackets closes
_GLOSSED_HEADS = frozenset(
    norm_key(w)
    for w in ("شركة", "وكالة", "مؤسسة", "منظمة", "جمعية", "هيئة", "مجموعة", "مركز", "معهد", "صندوق", "مرصد", "شبكة", "مبادرة")
)


def _body_before_its_gloss(toks: _Tokens, rules: Rules, mentions: list[MentionDraft], text: str) -> None:
    """«وأكدت شركة أجري سيرت الخليجية (AgriCert Gulf)»، «قالت وكالة حماية وتهيئة الشريط الساحلي
    (APAL)»: an indefinite body noun, two to five words of its name (no stop word, no mark, no
    person's or body's mention) and a Latin gloss in brackets right after: the whole is the body,
    which the gloss then names in Latin. A place or a Latin word read inside gives way."""
    held = {t for m in mentions if "tok" in m.extra and m.label in ("PERSON", "ORG") and not m.extra.get("drop") for t in range(*m.extra["tok"])}
    for p in range(3, toks.n - 1):
        if toks.text[p] != "(":
            continue
        end = _latin_run(toks, p + 1)
        if not end or end >= toks.n or toks.text[end] != ")":
            continue
        words = [t for t in toks.text[p + 1 : end] if _is_latin_tok(t)]
        if not words or not all(w[0].isupper() for w in words):
            continue
        head = next((c for c in range(p - 3, max(-1, p - 7), -1) if toks.norm[c] in _GLOSSED_HEADS), None)
        if head is None or head in held:
            continue
        name = range(head + 1, p)
        if any(
            x in held or not is_arabic(toks.text[x]) or toks.norm[x] in rules.stop or toks.norm[x] in _GLOSSED_HEADS
            or toks.text[x].startswith(("ال", "لل")) and x == head + 1
            for x in name
        ):
            continue  # (a definite first word is a description the rules read: «شركة النفط …»)
        for m in mentions:
            if "tok" in m.extra and head <= m.extra["tok"][0] and m.extra["tok"][1] <= end:
                m.extra["drop"] = True  # («Gulf» read as a place inside the gloss)
        start, stop = toks.idx[head], toks.end[p - 1]
        body = MentionDraft(start, stop, text[start:stop], "ORG", "rule", 0.7, toks.sent[head])
        body.extra["tok"] = (head, p)
        mentions.append(body)
        held.update(range(head, p))


_CLOSE_MARKS = frozenset(_OPEN_MARKS.values())  # the marks that close a name in marks


def _attach_aliases(toks: _Tokens, mentions: list[MentionDraft], text: str) -> set[tuple[int, int]]:
    """«ميتا (Meta)»: the Latin run in parentheses right after a mention becomes its Latin name.
    Returns the token ranges of those Latin runs."""
    by_end = {m.extra["tok"][1]: m for m in mentions if "tok" in m.extra}
    runs = set()
    for j, m in by_end.items():
        if j + 1 < toks.n and toks.text[j] in _CLOSE_MARKS and toks.text[j + 1] == "(" and m.extra.get("quoted") and is_arabic(m.text):
            # «شركة "ليدار هيريتيج" (LiDAR Heritage)»: a name in marks, then its gloss; the name takes
            # it as its Latin name, and the gloss stays a mention of its own (of the same body)
            end = _latin_run(toks, j + 2) if j + 2 < toks.n else 0
            if end and end < toks.n and toks.text[end] == ")":
                m.latin = text[toks.idx[j + 2] : toks.end[end - 1]]
                for g in mentions:
                    if g.extra.get("tok") == (j + 2, end) and g.label != m.label:
                        # «شركة "كاكاو إيفي" (Kakao Evi) زينب أرسلان»: the gloss is the body too,
                        # whatever the model or the Latin rule read it as
                        g.label, g.org_type = m.label, m.org_type
            continue
        if j < toks.n and toks.text[j] == "(":
            k = j + 1
            end = _latin_run(toks, k) if k < toks.n else 0
            if end and end < toks.n and toks.text[end] == ")" and is_arabic(m.text):
                m.latin = text[toks.idx[k] : toks.end[end - 1]]
                runs.add((k, end))
                _clitic_of_the_gloss(toks, m, text)
    return runs


# the Latin letters an Arabic letter read as a clitic may spell at the start of a foreign name
_CLITIC_LATIN = {"ب": "bp", "ل": "l", "و": "wvo", "ف": "fv", "ك": "kcq"}


def _clitic_of_the_gloss(toks: _Tokens, m: MentionDraft, text: str) -> None:
    """«بالاج كوفاتش (Balázs Kovács)»: a letter peeled off as a clitic is the name's own when the
    Latin gloss starts with it and the rest of the word starts with an alef (a vowel)."""
    i = m.extra["tok"][0]
    off = m.start - toks.idx[i]
    if off != 1 or not m.latin:
        return
    letter, rest = text[toks.idx[i]], dediac(m.text)[:1]
    first = m.latin.strip()[:1].lower()
    if first in _CLITIC_LATIN.get(letter, "") and rest in "اإأآ":
        m.start = toks.idx[i]
        m.text = text[m.start : m.end]


@functools.lru_cache(maxsize=1 << 16)
def _phonetic_key(word: str) -> str:
    from pipeline import canon

    return canon.phonetic_key(word)


_WHO = frozenset(norm_key(w) for w in ("الذي", "التي"))
_CLOSING_VERBS = frozenset(norm_key(w) for w in ("ختم", "ختمت", "اختتم", "اختتمت"))
_THAT_WORDS = frozenset(norm_key(w) for w in ("أن", "إن", "بأن", "بان", "بالقول", "قائلا", "قائلة"))  # («وختمت سعادة بالقول:»)
_HIS_WORDS = frozenset(norm_key(w) for w in ("حديثه", "حديثها", "كلامه", "كلامها", "تصريحه", "تصريحها", "تصريحاته", "تصريحاتها", "كلمته", "كلمتها"))


_AGED = frozenset(norm_key(w) for w in ("البالغ", "البالغة"))
_WAS = frozenset(norm_key(w) for w in ("كان", "كانت"))


# what follows the subject right after a verb of saying: «إلى أن»، «في كلمة»، «خلال المؤتمر»، «على أن»، «عن …»
_AFTER_SPEAKER = frozenset(norm_key(w) for w in ("إلى", "في", "خلال", "على", "عن", "أمام"))


# verbs of posting and writing, which take their words after a colon
_POSTED = frozenset(norm_key(p + w) for p in ("", "و", "ف") for w in ("نشر", "نشرت", "كتب", "كتبت", "غرد", "غردت", "دون", "دونت"))


def _speaks_next(toks: _Tokens, i: int, rules: Rules) -> bool:
    """The word at i is a subject about to speak: a reporting verb follows («الصيد قال إن»), or a
    relative clause set off by a comma («الصيد، الذي يرأس القسم، قال»)."""
    if i + 1 >= toks.n:
        return False
    if any(k in rules.person_verbs for _, k in toks.single_peels(i + 1)):
        return True
    before = {k for _, k in toks.single_peels(i - 1)} if i > 0 else set()
    verbs = {k for k in before if k in rules.person_verbs}  # a verb of saying right before the word
    if (verbs or before & _CLOSING_VERBS) and (toks.norm[i + 1] in _THAT_WORDS or toks.text[i + 1] == ":"):
        return True  # «وختمت الجمّال بأن …»، «وختمت سعادة بالقول:»: right after the verb, right before what was said
    if (
        (verbs or before & _CLOSING_VERBS) and i + 2 < toks.n and toks.norm[i + 1] in _HIS_WORDS
        and (toks.norm[i + 2] in _THAT_WORDS or toks.text[i + 2] == ":")
    ):
        return True  # «وختم الأمين حديثه بالقول:»: then his words, then what was said
    if verbs and (
        # «ولفت الجمال إلى أن»، «وقال السوداني في كلمة …»، «"…"، قال النحاس، "…"»: right after the verb
        toks.text[i + 1] in ("،", ",") or toks.norm[i + 1] in _AFTER_SPEAKER or toks.text[i + 1].startswith("لـ")
        # «وأشارت المصري إلى تراجع الطلب»: a masculine word right after a feminine verb agrees with no
        # subject but her name
        or any(k.endswith("ت") or k.startswith("ت") for k in verbs) and not toks.text[i].endswith(("ة", "ه"))
        # «"…"، تقول المصري ضاحكة، "…"»: then how she said it; «يقول عودة البالغ 62 عاماً»: then his age
        or toks.norm[i + 1] in MANNER_STATES or toks.norm[i + 1] in _AGED
    ):
        return True
    if (
        i + 2 < toks.n and before & _WAS
        and toks.norm[i + 1] == _QAD and any(k in rules.person_verbs for _, k in toks.single_peels(i + 2))
    ):
        return True  # «وكانت عودة قد كشفت الشهر الماضي أن»: the subject between «كان» and «قد» + the verb
    if before & _POSTED and any(
        toks.text[k] == ":" for k in range(i + 1, min(toks.n, i + 10)) if toks.sent[k] == toks.sent[i]
    ):
        return True  # «نشرت حلا عبر خاصية القصص في «سناب شات»: «…»»: who posted, then the colon
    return toks.text[i + 1] in ("،", ",") and i + 2 < toks.n and toks.norm[i + 2] in _WHO


# Family names that come first in Chinese, Korean and Vietnamese names as Arabic newsrooms write
# them («تشو يان»، «كيم جونغ»، «نغوين فان»); three letters or more (not «لي»، «ما»، «وو», words too)
_FAMILY_NAME_FIRST = frozenset(
    norm_key(w)
    for w in (
        "وانغ", "تشانغ", "ليو", "تشن", "تشين", "يانغ", "هوانغ", "تشاو", "جاو", "تشو", "جو", "شو", "سون",
        "قوه", "غوه", "لين", "غاو", "قاو", "ليانغ", "تشنغ", "لوه", "سونغ", "شيه", "تانغ", "فنغ", "دنغ",
        "تساو", "بنغ", "تسنغ", "شياو", "تيان", "دونغ", "يوان", "جيانغ", "تساي", "وي", "شي", "جين",
        "كيم", "بارك", "تشوي", "جونغ", "كانغ", "يون", "جانغ", "ليم", "شين", "كوون", "هونغ", "نغوين",
        "تران", "فام", "دانغ", "بوي", "نغو", "دوونغ",
    )
    if len(norm_key(w)) >= 3
)


def _surname_mentions(toks: _Tokens, rules: Rules, chosen: list[MentionDraft], add) -> None:
    """Names found once are found again: a lone word equal to the last word of a person already
    found is that person, and so is a given name alone after the one person named with it; an
    organisation or product named by a rule (شركة نوفا للحلول الرقمية) is found again where the
    article repeats its name, or its first word (نوفا), bare."""
    phonetic_key = _phonetic_key

    # Model mentions do not block (a name the article gave by rule beats the model's reading),
    # except a person's whole name: «كوفي أنان» is not cut down to the surname it gives.
    taken = {
        k for m in chosen if (m.source != "model" or (m.label == "PERSON" and " " in m.text))
        and not _lesser_place(m)  # (a lesser place may be part of the name)
        for k in range(*m.extra.get("tok", (0, 0)))
    }
    surnames = {}
    givens: dict[str, set[str]] = {}
    names: dict[tuple[str, ...], str] = {}
    lasts = {phonetic_key(m.text.split()[-1]) for m in chosen if m.label == "PERSON" and " " in m.text}
    lone: dict[str, str] = {}
    sib_givens: set[str] = set()
    stage = {
        tuple(norm_key(w) for w in m.text.split()): m.extra["tok"][0] > 0 and toks.text[m.extra["tok"][0] - 1] in _OPEN_MARKS
        for m in chosen if m.label == "PERSON" and m.extra.get("stage") and "tok" in m.extra
    }
    for m in chosen:
        if m.label == "PERSON" and " " in m.text:
            last = m.text.split()[-1]
            surnames[phonetic_key(last)] = m
            head = m.text.split()[0]
            if norm_key(head) in _FAMILY_NAME_FIRST and len(m.text.split()) <= 3:
                # «تشو يان» then «وأضافت تشو أن»: Chinese, Korean and Vietnamese names put the
                # family name first, and the article calls her by it
                surnames.setdefault(phonetic_key(head), m)
            tail = [norm_key(w) for w in m.text.split()[-2:]]
            if len(m.text.split()) >= 3 and tail[1] == _ALLAH and tail[0] in ALLAH_COMPOUNDS and tail[0] != _ABD:
                # «السفير الصادق عبد الله دفع الله» then «وقال دفع الله»: a family name joined to الله
                names.setdefault(tuple(tail), "PERSON")
            first = norm_key(m.text.split()[0])
            if (first in rules.first_names or m.extra.get("sibling")) and first not in rules.connectors and m.source != "model":
                # (a sister's given name that no list knows: «الشقيقتين حلا الرشيد وشوق الرشيد»)
                givens.setdefault(phonetic_key(m.text.split()[0]), set()).add(norm_key(m.text))
                if m.extra.get("sibling"):
                    sib_givens.add(first)
        elif (
            m.label == "PERSON" and m.source == "rule" and is_arabic(m.text) and len(dediac(m.text)) >= (3 if m.extra.get("given_alone") else 4)
            and norm_key(m.text) not in rules.first_names
            and (m.extra.get("given_alone") or norm_key(m.text) not in rules.common and not _known_word(dediac(m.text)))
            and phonetic_key(m.text) not in lasts  # (the family name of one named in full is his, as above)
            # (and only where the article first writes it: «وأضاف مرزا:» after «شاهد إقبال مرزا»
            # names back the full name, read later)
            and "tok" in m.extra and norm_key(m.text) not in toks.norm[: m.extra["tok"][0]]
        ):
            # «تُدعى مسكرم، 22 عاماً،» then «وروت مسكرم أمام القاضي:»: a foreign given name alone, no
            # word and none the list knows, found by a rule once, is that person again (a word too,
            # where the age set it off: «ألفا، 34 عاماً،» then «وقال ألفا إن»)
            surnames.setdefault(phonetic_key(m.text), m)
        elif m.label == "PERSON" and m.source == "rule" and " " not in m.text and norm_key(m.text) in rules.first_names:
            lone.setdefault(phonetic_key(m.text), norm_key(m.text))
        elif m.source == "rule" and m.label in ("ORG", "PRODUCT", "LOC") and "tok" in m.extra and not m.extra.get("include_cue"):
            i, j = m.extra["tok"]
            keys = tuple(toks.norm[i:j])
            if m.start > toks.idx[i]:
                keys = (norm_key(toks.text[i][m.start - toks.idx[i]:]),) + keys[1:]
            if keys and keys[0] not in rules.common and len(keys[0]) >= 3:
                names.setdefault(keys, m.label)
                if len(keys) > 1 and is_arabic(keys[0]):
                    names.setdefault(keys[:1], m.label)
        elif m.source == "rule" and m.label == "ORG" and "tok" in m.extra and m.extra.get("include_cue"):
            # «دار الأفق للمزادات» then «ووفقاً لكتالوج دار الأفق»: a body named by its cue and a
            # name, then what it is for (ل), is found again by its cue and name
            i, j = m.extra["tok"]
            keys = tuple(toks.norm[i:j])
            k = next((n for n in range(2, len(keys)) if keys[n].startswith("ل")), None)
            if (
                k == 2 and m.start == toks.idx[i] and not keys[0].startswith("ال")
                and keys[1] not in rules.nationalities and not toks.text[i + 1].endswith(("ية", "ي"))
            ):
                names.setdefault(keys[:k], "ORG")
        elif m.source == "lexicon" and m.label == "LOC" and m.lex is not None and m.lex.attrs.get("nomatch") and is_arabic(m.text):
            # «في مدينة الزرقاء» then «النائب عن الزرقاء»: a place whose bare name is also a word,
            # matched by its longer form, is found again where the article repeats the name
            keys = tuple(norm_key(w) for w in m.text.split())
            if keys and len(keys[0]) >= 3:
                names.setdefault(keys, "LOC")
        if m.label == "ORG" and "tok" in m.extra and (j := m.extra["tok"][1]) + 2 < toks.n and toks.text[j] == "(" and toks.text[j + 2] == ")":
            # «هيئة الشارقة للاستثمار والتطوير (شروق)» then «ونوهت شروق في بيانها»: the short
            # Arabic name in brackets after a body is that body wherever the article repeats it
            if is_arabic(toks.text[j + 1]) and len(toks.norm[j + 1]) >= 3 and toks.norm[j + 1] not in rules.stop:
                names.setdefault((toks.norm[j + 1],), "ORG")
    for pk, key in lone.items():
        # «تشدّ نوال، 41 عاماً، …» then «ابتسمت نوال وقالت:»: a given name the article uses alone,
        # found by a rule, is that person where it comes back alone (unless someone is named in
        # full with it: then the full name rules, as above)
        givens.setdefault(pk, {key})
    for m in chosen:
        person = surnames.get(phonetic_key(m.text)) if m.source == "lexicon" and m.label == "PRODUCT" and " " not in m.text else None
        if person is not None and person.start < m.start and dediac(person.text.split()[-1]) == dediac(m.text):
            # «وقال ماركوس هوبر ، المحلل …» then «واضاف هوبر :»: the surname of one named before,
            # though a product («Hopper») is written so too
            m.label, m.source, m.lex, m.confidence = "PERSON", "rule", None, 0.7
    for keys, marked in stage.items():
        # «ولم يتأخر رد "صدى"، إذ غرّد» after «مغنيي الراب "صدى" و"بركان"»: the stage name again in
        # its marks (the و glued to the mark too: «و"بركان"»); one given with no marks («مطرب
        # المهرجانات زلزال») again wherever the word comes back («نشر زلزال مقطع فيديو»)
        n = len(keys)
        for i in range(1, toks.n - n):
            if i in taken or any(k in taken for k in range(i, i + n)):
                continue
            if not marked:
                if n == 1 and toks.norm[i] == keys[0]:
                    add(i, i + 1, "PERSON", "rule", 0.7)
                continue
            if toks.text[i + n] not in _OPEN_MARKS.values():
                continue
            glued = toks.text[i][:1] == "و" and toks.text[i][1:2] in _OPEN_MARKS and n == 1
            off = 2 if glued else 0
            if not (glued or toks.text[i - 1] in _OPEN_MARKS):
                continue
            words = (norm_key(toks.text[i][off:]),) + tuple(toks.norm[i + 1 : i + n])
            if words == keys:
                add(i, i + n, "PERSON", "rule", 0.7, off)
    if not surnames and not names:
        return
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for keys, label in sorted(names.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(keys[0], []).append((keys, label))
    for i in range(toks.n):
        if i in taken:
            continue
        for off, key in toks.single_peels(i):
            hit = next(
                ((keys, label) for keys, label in by_first.get(key, ())
                 if all(i + k < toks.n and toks.norm[i + k] == keys[k] for k in range(1, len(keys)))
                 and not any(k in taken for k in range(i, i + len(keys)))),
                None,
            )
            if hit:
                add(i, i + len(hit[0]), hit[1], "rule", 0.65, off)
                break
            if len(key) < 3 or not is_arabic(toks.text[i]):
                continue
            pk = phonetic_key(toks.text[i][off:])
            surname = bool(surnames) and pk in surnames
            if surname and key in rules.stop and dediac(toks.text[i][off:]) != dediac(surnames[pk].text.split()[-1]):
                continue  # «شددت على أن» after «الحسين أيت علي»: the preposition, not the surname written otherwise
            given = (
                len(givens.get(pk, ())) == 1
                and any(toks.idx[i] > x.start for x in chosen if x.label == "PERSON" and norm_key(x.text) in givens[pk])
                and (key in rules.first_names or key in sib_givens) and key not in rules.stop  # (not «وشدد على أن» after «علي بزي»)
                and not (i + 1 < toks.n and i + 1 not in taken and is_arabic(toks.text[i + 1]) and _is_name_word(toks, i + 1, rules) and toks.norm[i + 1] not in _SUBJECT_ENDS)
            )
            if key in rules.common and not ((surname or given) and _speaks_next(toks, i, rules)):
                # (a surname that is also a word, «الصيد»، only as the subject of speech: «الصيد، الذي …، قال»;
                # so a given name that is a word too: «ودخلت جنى، التي …»)
                continue
            if surname:
                add(i, i + 1, "PERSON", "rule", 0.7, off)
                break
            if given:
                # «أما ابنه الأصغر زياد عكاري …» then «ويبيّن زياد أن»: the given name alone, later,
                # of the one person the article named with it
                add(i, i + 1, "PERSON", "rule", 0.6, off)
                break
