"""Quotes and their speakers: direct quotes, reported speech and attributions to a source.

The shape follows textacy's ``direct_quotations``: pair the quote marks, find the reporting cue
nearest the quote but outside it, and take the cue's subject as the speaker. Arabic news adds:

* cues with و/ف prefixes, feminine, plural, present, passive forms and participles
  (وأضاف، قالت، يقولون، قيل، مضيفاً) followed by إن / أن / إلى أن / بأن, a colon or a quote mark;
* verb-first order (قال الرئيس التنفيذي للشركة محمد العلي إن …) with the title before the name or
  as an apposition between commas (قال جنسن هوانغ، المؤسس …، إن …);
* subject-first order (محمد العلي، الرئيس التنفيذي، قال إن …) and «أما X فقال»;
* attribution frames (بحسب، وفقاً لـ، نقلاً عن، على حد تعبيره …);
* cues with no subject (وأضاف، وتابع، مضيفاً) that carry over the previous speaker of the same
  gender and number, or the one person named in the previous sentence;
* organisations referred to by a definite noun (ذكرت الشركة في بيان) resolved to the last
  organisation of that kind named before.

When the article does not say who spoke the speaker is ``None``: it is never guessed.
Language data lives in data/words/reporting_verbs.txt, data/words/quote_titles.txt,
data/words/quote_callings.txt and data/quotes.yaml, loaded through :mod:`pipeline.resources`.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from pipeline import resources
from pipeline.canon import match_key
from pipeline.drafts import MentionDraft, QuoteDraft
from pipeline.entities import AGE_WORDS, ALLAH_COMPOUNDS as _ALLAH_COMPOUNDS, CIRCLE_PLURALS as _CIRCLE_PLURALS, AYATOLLAH as _AYATOLLAH, COMPOUND_HEADS as _COMPOUND_HEADS, DEFINITE_NUMBERS as _DEFINITE_NUMBERS, MANNER_ADVERBS as _MANNER, MANNER_STATES as _MANNER_STATES, ORDINALS as _ORDINALS, get_rules, keeper_title as _keeper_title, to_us as _to_us
from pipeline.normalize import dediac, is_arabic, norm_key

__all__ = ["extract_quotes"]

_LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
_DIAC_CH = "\u064b-\u065f\u0670\u0640"
_DIAC = f"[{_DIAC_CH}]*"
_START = f"(?<![{_LETTERS}{_DIAC_CH}A-Za-z0-9_])"
_END = f"(?![{_LETTERS}{_DIAC_CH}])"
_FOLD = {
    "ا": "[اأإآٱ]",
    "أ": "[اأإآ]",
    "إ": "[اأإآ]",
    "آ": "[اأإآ]",
    "ى": "[ىيئ]",
    "ي": "[يىئ]",
    "ة": "[ةه]",
    "ه": "[هة]",
    "و": "[وؤ]",
    "ؤ": "[ؤو]",
    "ئ": "[ئي]",
}

# Quote marks: opening mark -> the marks that close it.
_OPENERS = {"«": "»", "“": "”", "„": "“”", "‘": "’", '"': '"', "”": "”"}
_MARKS_RE = re.compile('[«»“”„‘’"]')
_NL_RE = re.compile("\n")
_SENT_PUNCT = ".!?؟…"
_TRIM = " \t\n،,؛;:.!?؟…-–—"
_SPEAKER_LABELS = ("PERSON", "ORG")
_MEDIA_WORDS = {
    norm_key(w)
    for w in (
        "لوكالة",
        "لصحيفة",
        "لقناة",
        "لموقع",
        "لشبكة",
        "لمجلة",
        "لتلفزيون",
        "لإذاعة",
        "لوكالات",
        "لمحطة",
        "لراديو",
        "لبرنامج",  # «فقال لبرنامج تلفزيوني مصري إن»
        "لبودكاست",
    )
}
_PROGRAMMES = frozenset(norm_key(w) for w in ("لبرنامج", "لبودكاست"))
# a rank's second word: «الملازم الأول»، «العقيد الركن»
_RANK_WORDS = frozenset(norm_key(w) for w in ("الأول", "الأولى", "الثاني", "الثانية", "الركن", "أول", "ركن"))  # «الملازم أول»، «العقيد ركن»
_SHOWS = frozenset(norm_key(w) for w in ("لبرنامج", "لبرامج"))
# Those spoken to, after a verb of saying: «وأوضح للصحفيين»، «وقال للصحافيين».
# addressing someone, right after the verb: «وقال مخاطباً المصلين:»
_ADDRESSING = frozenset(norm_key(w + g) for w in ("مخاطب", "متوجه") for g in ("ا", "اً", "ة", "ةً"))
_AUDIENCE = frozenset(
    norm_key(w)
    for w in (
        "للصحفيين", "للصحافيين", "للصحافة", "للمراسلين", "للحضور", "للحاضرين", "للإعلاميين",
        # (indefinite too: «فقالت لصحفيين بعد الحفل إن»)
        "لصحفيين", "لصحافيين", "لمراسلين", "لإعلاميين",
    )
)
# titles held over something, with على: «المشرفة على ورشة الحياكة»، «القائم على المبادرة»
# «المؤسسة» is the institution more than the founder (f.): «المتحدثة باسم المؤسسة رهف العمري» is hers
_INSTITUTION = frozenset(norm_key(w) for w in ("المؤسسة", "مؤسسة"))
_OVER_TITLES = frozenset(norm_key(w) for w in ("مشرف", "مشرفة", "قائم", "قيم", "قيمة"))  # «القيّمة على المعرض»: a curator
_THIS_BACK = frozenset(norm_key(w) for w in ("هذا", "وهذا", "ذلك", "وذلك"))  # «…، هذا بحسب X»
_NASAB = norm_key("نسب")  # «نسبت الوكالة إلى الوزير قوله إن»
_JAA_FI = norm_key("جاء في")  # «وجاء في البيان أن»: the document speaks for its issuer
# verbs of ruling: the sentence they open names the maker of a ruling or a decision («قضت المحكمة …» then
# «وجاء في حيثيات الحكم أن»)
_RULES_VERBS = frozenset(norm_key(w) for w in ("قضت", "قضى", "أصدرت", "أصدر", "قررت", "قرر", "أمرت", "أمر", "ألغت", "ألغى", "رفضت", "رفض"))


def _ruler_before(st: _State, cue_start: int) -> MentionDraft | None:
    """«قضت المحكمة الإدارية بالرباط بإلغاء …» then «وجاء في حيثيات الحكم أن»: the court or the
    official that opens one of the two sentences before with a verb of ruling."""
    sent = st.sentence_of(cue_start)
    for si in range(sent - 1, max(-1, sent - 3), -1):
        s0, s1 = st.sentences[si]
        lead = _tokens(st.text, _after_dateline(st.text, s0, s1), s1)[:2]
        if len(lead) == 2 and norm_key(lead[0][2]).removeprefix("و") in _RULES_VERBS:
            x = next((x for x in st.mentions_in(lead[1][0], s1, labels=("ORG", "PERSON")) if x.start == lead[1][0]), None)
            if x is None and _is_title(st.lex, lead[1][2]):
                # «أصدر محافظ بيروت وليد الحاج قراراً»: the official's title, then his name
                y = next(iter(st.mentions_in(lead[1][0], s1, labels=("PERSON",))), None)
                gap = _tokens(st.text, lead[1][0], y.start) if y is not None else []
                x = y if y is not None and len(gap) <= 5 and not any(t[2] in "،,:" for t in gap) else None
            if x is not None:
                return x
    return None
_ILA = norm_key("إلى")  # (the key folds «الى» into it too)
_HAMISH = norm_key("هامش")  # «على هامش المؤتمر»: where one spoke, no office
_IN_TOWN = frozenset(norm_key(w) for w in ("في", "وسط"))  # where a shop or a body is, before its owner's name
# titles that take عن, "in charge of": «المسؤولة عن الحديقة رنا الجبوري»
_IN_CHARGE_TITLES = frozenset(norm_key(w) for w in ("مسؤول", "مسؤولة", "مسئول", "مسئولة"))


_TITLE_NOUNS = frozenset(norm_key(w) for w in ("بعنوان", "عنوان", "عنوانه", "عنوانها", "شعار", "بشعار", "اسم", "باسم"))


def _named_by_title_noun(st: _State, pos: int) -> bool:
    """The marks around ``pos`` follow «بعنوان»، «شعار»، «اسم»: a title or a name, no quote."""
    i = bisect.bisect_right(st.open_pos, pos) - 1
    if i < 0:
        return False
    prev = _tokens(st.text, max(0, st.pairs[i].open - 20), st.pairs[i].open)[-1:]
    return bool(prev) and _key(prev[0][2]) in _TITLE_NOUNS


def _aside_then_name(gap: list[tuple[int, int, str]]) -> bool:
    """Between a title's body and the name, an aside set off by commas that describes the body with
    a definite participle: «الكاتب العام للنقابة الوطنية لعمال الطاقة، المنضوية تحت الاتحاد
    المغربي للشغل، مصطفى أيت علي إن»."""
    if len(gap) < 4 or gap[0][2] not in "،," or gap[-1][2] not in "،," or any(t[2] in "،,:" for t in gap[1:-1]):
        return False
    k = _key(gap[1][2])
    return k.startswith("الم") and len(k) >= 6 and len(gap) <= 10


# A present verb of saying right after the verb: «وتابع يقول»، «ومضى يقول».
_SAYING_ON = frozenset(norm_key(w) for w in ("يقول", "تقول", "يقولون", "قائلا", "قائلة"))
_TOKEN_RE = re.compile(r"\(|\)|[،,؛;:]|[^\s،,؛;:()]+")
_MAX_ZONE_WORDS = 22


def _fuzzy(phrase: str) -> str:
    """A regex for ``phrase`` that ignores diacritics/tatweel and folds alef, ya and ta marbuta."""
    out = []
    for ch in phrase:
        if ch.isspace():
            out.append(r"\s+")
        elif ch == "ـ":
            continue
        else:
            out.append(_FOLD.get(ch, re.escape(ch)) + _DIAC)
    return "".join(out)


def _alts(phrases) -> str:
    return "|".join(_fuzzy(p) for p in sorted(set(phrases), key=len, reverse=True))


_FOLD_TABLE = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,
        **{chr(c): None for c in range(0x064B, 0x0660)},
        "\u0670": None,
    }
)
_WORD_RE = re.compile(f"[{_LETTERS}{_DIAC_CH}]+")


def _fold(word: str) -> str:
    """A cheap matching key for one Arabic word (the letters norm_key folds, no diacritics)."""
    return word.translate(_FOLD_TABLE)


class _Hit:
    """A single-word cue found by :func:`_scan`, shaped like a regex match (groups pre / v)."""

    __slots__ = ("_e", "_pre", "_s", "_v", "kind")

    def __init__(self, s: int, e: int, pre: str | None, v: str, kind: int = 0):
        self._s, self._e, self._pre, self._v, self.kind = s, e, pre, v, kind

    def start(self, _g=None) -> int:
        return self._s

    def end(self, _g=None) -> int:
        return self._e

    def group(self, name: str = "v"):
        return self._pre if name == "pre" else self._v


_CALLED_RE = re.compile(r"[وف]?[يت]ُ?دعى")


def _scan(text: str, table: dict, a: int = 0, b: int | None = None):
    """Single words of ``text[a:b]`` whose folded form (or, after a و/ف prefix, the rest) is in ``table``."""
    for w in _WORD_RE.finditer(text, a, len(text) if b is None else b):
        f = _fold(w.group())
        if f.endswith("دعي") and _CALLED_RE.fullmatch(w.group()):
            continue  # «شركة ناشئة تدعى "دروسي"»: «is called», no «تدّعي» («claims») (the regex only on the rare words it can match)
        if f.endswith("عقب") and f.removeprefix("و").removeprefix("ف") == "عقب" and "\u0651" not in w.group():
            continue  # «عقب الجلسة»، «وعقب اللقاء»: «after»; «عقّب» (commented) only with its shadda
        if f in table:
            yield _Hit(
                w.start(),
                w.end(),
                None,
                w.group(),
                table[f] if table[f].__class__ is int else 0,
            )
        elif (
            len(f) > 3
            and f[0] == "ل"
            and f[1] in "يت"
            and f[1:] in table
            and table.get(f[1:]) != 1  # (verbs only, not participles)
        ) or (len(f) > 2 and f[0] in "وف" and f[1:] in table):
            raw = w.group()
            k = 1
            while k < len(raw) and _DIAC_RE1.match(raw[k]):
                k += 1
            v = table[f[1:]]
            yield _Hit(
                w.start(), w.end(), raw[:k], raw[k:], v if v.__class__ is int else 0
            )


_DIAC_RE1 = re.compile(f"[{_DIAC_CH}]")


@dataclass(frozen=True)
class _Lex:
    verb_re: (
        re.Pattern
    )  # multi-word verbs only (جاء في); single words are looked up by _scan
    verbs: dict  # norm form -> (lemma, gender)
    verb_words: dict  # folded single-word form -> norm form
    participles: dict  # norm form -> gender
    participle_words: dict  # folded form -> norm form
    cue_words: dict  # folded form -> 0 (verb) or 1 (participle)
    passive: frozenset
    impersonal: frozenset
    impersonal_re: re.Pattern
    colon_only: frozenset
    short_zone: frozenset
    conj_re: re.Pattern
    not_before_conj: frozenset
    frame_re: re.Pattern
    pronoun_frame_re: re.Pattern
    pronoun_frames: dict  # norm phrase -> gender
    source_nouns: frozenset
    adverbs: frozenset
    stops: frozenset
    speech_nouns: frozenset
    clause_only: (
        frozenset  # participles that end reported content but are no cue (واصفاً)
    )
    comma_only: frozenset  # of those, the ones that end it only right after a comma (متهمةً)
    clause_verbs: (
        frozenset  # verbs that after «، و» start the writer's new clause (واتهم)
    )
    title_markers: frozenset
    anaphors: dict
    generic: frozenset
    generic_people: frozenset
    unnamed_plurals: frozenset
    titles: frozenset
    callings: frozenset  # trades, not offices: «الطبيب»، «الطالبة»
    first_names: frozenset
    honorifics: frozenset
    openers: frozenset
    connectives: frozenset
    clause_joiners: frozenset
    zone_breakers: frozenset
    relatives: frozenset
    statement_nouns: frozenset
    addressee_verbs: frozenset
    document_verbs: frozenset
    verbal_nouns: dict  # folded form (with ب/ل/بعد-style prefixes) -> pronoun gender or None


def _noal(key: str) -> str:
    """A norm key without the article (and a و before it): «والوزيرة» -> «وزيره»."""
    for pre in ("وال", "ال"):
        if key.startswith(pre) and len(key) - len(pre) >= 2:
            return key[len(pre) :]
    return key


def _bare(key: str) -> str:
    """A norm key without the article and a و prefix: «والرئيس» -> «رييس»."""
    for pre in ("وال", "فال", "ال", "و"):
        if key.startswith(pre) and len(key) - len(pre) >= 2:
            return key[len(pre) :]
    return key


# a ruling or a decision: «وجاء في حيثيات الحكم أن» (keys as _noal(_bare(…)) gives them)
_RULINGS = frozenset(_noal(_bare(norm_key(w))) for w in ("حيثيات", "حكم", "قرار", "منطوق"))


@functools.lru_cache(maxsize=1)
def _lex() -> _Lex:
    data = resources.yaml_data("quotes")
    verbs: dict[str, tuple[str, str]] = {}
    for line in resources.word_list("reporting_verbs"):
        if ";" in line:
            groups = [
                [f.strip() for f in g.split(",") if f.strip()] for g in line.split(";")
            ]
            lemma = groups[0][0]
            for gender, forms in zip("mfp", groups):
                for form in forms:
                    verbs.setdefault(norm_key(form), (norm_key(lemma), gender))
        else:
            past, present = line.split()[:2]
            tpres = "ت" + present[1:]
            forms = {
                "m": [past, present],
                "f": [past + "ت", tpres],
                # no masc. dual past (قالا): it is also the accusative participle (طالبا، مشيرا)
                "p": [
                    past + "وا",
                    past + "تا",
                    present + "ون",
                    present + "ان",
                    tpres + "ان",
                ],
            }
            if past[:1] in "أا" or past == "قال":
                # the masc. dual past where it is no noun or participle: أكدا، أعلنا، قالا
                forms["p"].append(past + "ا")
            # the fem. plural: «أكدن أن»، «يؤكدن أن»; a hollow verb drops its long vowel
            # («قال يقول» -> «قلن، يقلن»، «أشار يشير» -> «أشرن، يشرن»)
            hollow = len(past) >= 3 and past[-2] == "ا" and len(present) >= 4 and present[-2] in "وي"
            stem_past = past[:-2] + past[-1] if hollow else past
            stem_pres = present[:-2] + present[-1] if hollow else present
            if len(present) > 3:  # (not a doubled verb: «رد يرد» has «رددن»; «يردن» is "they want")
                forms["p"] += [stem_past + "ن", stem_pres + "ن"]
            for gender, fs in forms.items():
                for form in fs:
                    verbs.setdefault(norm_key(form), (norm_key(past), gender))
    for form in data["passive"]:
        verbs.setdefault(norm_key(form), (norm_key(form), "passive"))
    # norm keys fold letters; _fuzzy folds them back into classes, so keys work as patterns.
    multi = [k for k in verbs if " " in k]
    verb_re = (
        re.compile(f"{_START}(?P<pre>[وف]{_DIAC})?(?P<v>{_alts(multi)}){_END}")
        if multi
        else re.compile(r"(?!x)x")
    )
    verb_words = {_fold(k): k for k in verbs if " " not in k}
    participles = {}
    for forms in data["participles"] + data["clause_participles"] + data["comma_clause_participles"]:
        for gender, form in zip("mfpp", forms):
            participles[norm_key(form)] = gender
    for form in data["speech_masdars"]:
        participles[norm_key(form)] = None
    comma_only = frozenset(norm_key(f) for forms in data["comma_clause_participles"] for f in forms)
    clause_only = comma_only | frozenset(norm_key(f) for forms in data["clause_participles"] for f in forms)
    participle_words = {_fold(k): k for k in participles}
    conj = []
    for c in data["conjunctions"]:
        conj.append(
            _fuzzy(c)
            + "(?:"
            + "|".join(_fuzzy(p) for p in data["conjunction_pronouns"])
            + ")?"
        )
    # (no conjunction is written with a madda: «آن صوفي ديمرز» is a given name)
    conj_re = re.compile(f"{_START}(?!آ)(?:{'|'.join(conj)}){_END}")
    frames = []
    for f in data["frames"]:
        # («وفقا ل» without its ل; «على حد قول» keeps its own last letter)
        pat = _fuzzy(f[:-2].rstrip() if f.endswith(" ل") else f)
        if f.endswith(" ل"):
            pat += r"\s+ل" + _DIAC + r"(?:\s*ـ)?"
        else:
            pat += _END
        frames.append(pat)
    what = _alts(data["frame_what"])
    frame_re = re.compile(
        f"{_START}(?P<pre>[وف]{_DIAC})?(?P<f>(?:{'|'.join(frames)})(?:\\s*{_fuzzy('ما')}\\s+(?:{what}){_END})?)"
    )
    pronoun_frames = {}
    for gender, phrases in data["pronoun_frames"].items():
        for p in phrases:
            pronoun_frames[norm_key(p)] = gender
    pronoun_frame_re = re.compile(
        f"{_START}(?P<pre>[و]{_DIAC})?(?P<f>{_alts(pronoun_frames)}){_END}"
    )
    impersonal_re = re.compile(
        f"{_START}(?:[وف]{_DIAC})?(?:{_alts(data['impersonal_phrases'])}){_END}"
    )

    def keys(words):
        return frozenset(norm_key(w) for w in words)

    titles = set()
    # a calling is a title with the article only: «قال تاجر مواد غذائية في …» is someone unnamed
    callings = frozenset("ال" + _noal(norm_key(w)) for w in resources.word_list("quote_callings"))
    titles.update(callings)
    for w in resources.word_list("quote_titles"):
        k = norm_key(w)
        titles.update({k, _bare(k), "ال" + k})  # (_bare also peels و: وزير -> زير)
        if _bare(k) != k and _bare(k) in keys(data["subject_stops"]):
            titles.discard(_bare(k))  # «والي» (a governor) peeled is «إلى»: no title
    first_names = keys(resources.word_list("first_names"))
    anaphors = {
        norm_key(k): (v["org_type"], norm_key(v["cue"]))
        for k, v in data["anaphors"].items()
    }
    unnamed_plurals = frozenset(_bare(k) for k in keys(data["unnamed_plurals"]))
    return _Lex(
        verb_re=verb_re,
        verbs=verbs,
        verb_words=verb_words,
        participles=participles,
        participle_words=participle_words,
        cue_words={**{k: 0 for k in verb_words}, **{k: 1 for k in participle_words}},
        passive=keys(data["passive"]),
        impersonal=keys(data["impersonal"]),
        impersonal_re=impersonal_re,
        colon_only=keys(data["colon_only_verbs"]),
        short_zone=keys(data["short_zone_verbs"]),
        conj_re=conj_re,
        not_before_conj=keys(data["not_before_conjunction"]),
        frame_re=frame_re,
        pronoun_frame_re=pronoun_frame_re,
        pronoun_frames=pronoun_frames,
        source_nouns=frozenset(_bare(k) for k in keys(data["source_nouns"])),
        adverbs=keys(data["leading_adverbs"]),
        stops=keys(data["subject_stops"]),
        speech_nouns=keys(data["speech_nouns"]),
        clause_only=clause_only,
        comma_only=comma_only,
        clause_verbs=keys(data["clause_verbs"]),
        title_markers=frozenset(_bare(k) for k in keys(data["title_markers"])),
        anaphors=anaphors,
        generic=frozenset(_bare(k) for k in keys(data["generic_speakers"])),
        # (people among them: written without the article, not reports or the media)
        generic_people=frozenset(
            _bare(k) for k in keys(data["generic_speakers"]) if not k.startswith("ال") and k not in keys(["تقارير", "وسائل", "دفاع"])
        ) | unnamed_plurals,
        unnamed_plurals=unnamed_plurals,
        titles=frozenset(titles),
        callings=callings,
        first_names=first_names,
        honorifics=keys(data["honorifics"]),
        openers=keys(data["content_openers"]),
        connectives=keys(data["connectives"]),
        clause_joiners=keys(data["clause_joiners"]),
        zone_breakers=keys(data["zone_breakers"]),
        relatives=keys(data["relative_what"]),
        statement_nouns=frozenset(_bare(k) for k in keys(data["statement_nouns"])),
        addressee_verbs=keys(data["addressee_verbs"]),
        document_verbs=keys(data["document_verbs"]),
        verbal_nouns=_verbal_noun_forms(data.get("speech_verbal_nouns") or []),
    )


def _verbal_noun_forms(nouns) -> dict:
    """Folded forms of the speech nouns: bare, with ب/ل/ك, and with a pronoun (إعلانه → m)."""
    out = {}
    for n in nouns:
        f = _fold(n)
        for pre in ("ال", "بال"):
            out[pre + f] = None  # a cue only after «لا/لم يتردد في» (_not_hesitating)
        for pre in ("", "ب", "ل"):
            out[pre + f] = None
            stem = f[:-1] + "ت" if f.endswith("ه") else f
            for suf, g in (("ه", "m"), ("ها", "f"), ("هم", "p")):
                out[pre + stem + suf] = g
    return out


@dataclass
class _Pair:
    """A pair of quote marks: ``open`` is the index of the opening mark, ``close`` of the closing one."""

    open: int
    close: int
    depth: int
    claimed: bool = False
    unclosed: bool = False  # no closing mark: runs to the end of its paragraph
    bounds: tuple[int, int] = (0, 0)

    @property
    def content(self) -> tuple[int, int]:
        return self.bounds


# Words after which a straight mark inside an open straight quote opens a nested title.
_IN_EVENT = frozenset(norm_key(w) for w in ("في", "فى"))
_NESTED_TITLE_MARKERS = frozenset(
    _bare(norm_key(w)) for w in ("بعنوان", "عنوان", "شعار", "بشعار", "تسمية", "مسمى")
)


def _pair_marks(
    text: str,
    unclosed: list | None = None,
    title_markers: frozenset = frozenset(),
    narration=None,
) -> list[_Pair]:
    """Pair quote marks. An unclosed mark at a line break continues when the next paragraph
    reopens it (the multi-paragraph convention); otherwise it is dropped from the pairs and, when
    ``unclosed`` is given, recorded there as running to the end of its paragraph. Inside an open
    straight quote, a straight mark right after a title marker opens a nested title
    («" … تقرير سري بعنوان " بن لادن مصمم … " لكان تعاطى … "»). A mark opening a line while a
    quote is open closes that quote, not reopens it, when the writer's narration follows it (and
    with none open, is the stray closing mark of one that ran over lines)
    (``narration(pos)``: «… للأمة الإيرانية .» then «" كما قال إن …»، «" وأضاف " …»): text that puts
    each sentence on its own line leaves the closing mark after the full stop at the next line's start."""
    pairs: list[_Pair] = []
    stack: list[tuple[str, int]] = []
    positions = [m.start() for m in _MARKS_RE.finditer(text)]
    if not positions:
        return pairs
    newlines = [m.start() for m in _NL_RE.finditer(text)]
    nl_i = 0
    skip: set[int] = set()
    dropped = False  # a quote was dropped as unclosed at a line break, and no mark came since
    for pos in positions:
        while nl_i < len(newlines) and newlines[nl_i] < pos:
            nl = newlines[nl_i]
            nl_i += 1
            if stack:
                j = nl
                while j < len(text) and text[j].isspace():
                    j += 1
                if (
                    j < len(text)
                    and text[j] == '"'
                    and stack[-1][0] == '"'
                    and narration is not None
                    and narration(j)
                ):
                    o = stack.pop()
                    pairs.append(_Pair(o[1], j, len(stack)))
                    skip.add(j)  # the closing mark of the quote, at the start of the narration
                elif j < len(text) and text[j] == stack[0][0]:
                    skip.add(
                        j
                    )  # the next paragraph reopens the quote: one quote continues
                    stack = stack[:1]
                else:
                    if unclosed is not None:
                        end = nl
                        if not _WORD_RE.search(text, stack[0][1] + 1, nl):
                            # the mark alone at the end of its line («قال الرئيس : " .»): the
                            # quote starts on the next line, which it runs to the end of
                            nxt_nl = text.find("\n", j)
                            if j < len(text) and text[j] not in '"«“„':
                                end = nxt_nl if nxt_nl != -1 else len(text)
                        unclosed.append(_Pair(stack[0][1], end, 0, unclosed=True))
                    stack = []
                    dropped = True
        if pos in skip:
            continue
        ch = text[pos]
        top = stack[-1][0] if stack else None
        if (
            ch == '"'
            and not stack
            and narration is not None
            and not text[text.rfind("\n", 0, pos) + 1 : pos].strip()
            and narration(pos)
        ):
            continue  # the stray closing mark of a quote that ran over lines, before narration
        if ch == '"' and not stack and dropped:
            dropped = False
            line0 = text.rfind("\n", 0, pos) + 1
            line1 = text.find("\n", pos)
            rest = text[pos + 1 : line1 if line1 != -1 else len(text)]
            lead = text[line0:pos].split()
            if not _WORD_RE.search(rest) and len(lead) >= 3 and lead[-1] not in (":", "،", ","):
                # «… الشرق الأوسط .» then «… في كافة أنحاء المنطقة " .»: the first mark after a
                # quote that ran over lines, ending its line after the quote's last words, closes
                # that quote; it opens none
                continue
        elif ch in '"«“„':
            dropped = False
        if ch == '"':
            prev = text[max(0, pos - 16) : pos].split()
            nxt = text[pos + 1 : pos + 3].strip()[:1]
            line_end = text.find("\n", pos)
            if (
                top == '"'
                and prev
                and _bare(_key(prev[-1])) in title_markers
                and nxt
                and _WORD_RE.match(nxt)
                and text.count('"', pos + 1, line_end if line_end != -1 else len(text)) >= 2
            ):
                stack.append((ch, pos))  # a title quoted inside the quote
            elif top == '"':
                o = stack.pop()
                pairs.append(_Pair(o[1], pos, len(stack)))
            elif not stack and text[pos + 1 : pos + 3].strip()[:1] in ("،", ",", "؛", ";"):
                # a mark before a comma opens nothing: the stray closing mark of a quote whose
                # opening mark the text left out («… ستزن أفعالها " , مذكرة كيف أنهم لما " …»)
                continue
            else:
                stack.append((ch, pos))
        elif ch == "«" and top == "»":  # the reversed style: »…«
            o = stack.pop()
            pairs.append(_Pair(o[1], pos, len(stack)))
        elif ch == "«" or ch == "„" or ch == "‘":
            stack.append((ch, pos))
        elif ch == "“":
            if top == "„":
                o = stack.pop()
                pairs.append(_Pair(o[1], pos, len(stack)))
            else:
                stack.append((ch, pos))
        elif ch == "”":
            if top in ("“", "”", "„"):
                o = stack.pop()
                pairs.append(_Pair(o[1], pos, len(stack)))
            else:
                stack.append((ch, pos))
        else:  # » ’
            want = "«" if ch == "»" else "‘"
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == want:
                    o = stack[k]
                    stack = stack[:k]
                    pairs.append(_Pair(o[1], pos, len(stack)))
                    break
            else:
                if ch == "»":
                    stack.append((ch, pos))  # no « open: a reversed-style opening mark
    if stack and unclosed is not None:
        nl = text.find(
            "\n", stack[0][1]
        )  # (a reopening mark would have been among the positions)
        end = nl if nl != -1 else len(text)
        if nl != -1 and not _WORD_RE.search(text, stack[0][1] + 1, nl):
            nxt_nl = text.find("\n", nl + 1)  # the mark alone at the end of its line (as above)
            end = nxt_nl if nxt_nl != -1 else len(text)
        unclosed.append(_Pair(stack[0][1], end, 0, unclosed=True))
    if unclosed:
        _nested_name_in_unclosed(text, pairs, unclosed)
    pairs.sort(key=lambda p: p.open)
    for p in pairs + (unclosed or []):
        a, b = p.open + 1, p.close
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a and text[b - 1] in _SENT_PUNCT and "\n" in text[b : p.close]:
            # a closing mark at the next line's start: the full stop before it is no content
            while b > a and text[b - 1] in _SENT_PUNCT + " ":
                b -= 1
        if p.unclosed:
            # (a mark alone at the end of its line leaves its punctuation and the line break
            # before the quote, and may leave the next line's closing mark after it)
            while a < b and text[a] in _SENT_PUNCT + " \n":
                a += 1
            while b > a and (
                text[b - 1] in _SENT_PUNCT + ' "'
                # a stray guillemet before the end, closing nothing inside the quote («…
                # الألكتروني » إن … ممتع » .»; «… باسم « صديقي »» keeps its closing mark)
                or (text[b - 1] == "»" and text.count("»", a, b) > text.count("«", a, b))
            ):
                b -= 1
        p.bounds = (a, b)
    return pairs


def _nested_name_in_unclosed(text: str, pairs: list[_Pair], unclosed: list[_Pair]) -> None:
    """«قال فيها " يطيب لي … في المسجد العامر بالله " الحسن الثاني " ان أعرب … .» with no
    closing mark: a straight pair, a name of one to three words, then a last straight mark left
    open with the quote's words after it on the same line. The quote is the one left open from its
    first mark; the name in the middle is marked inside it."""
    for u in list(unclosed):
        if text[u.open] != '"':
            continue
        for p in pairs:
            if p.depth or text[p.open] != '"' or not p.close < u.open:
                continue
            mid = text[p.close + 1 : u.open].split()
            if not (
                1 <= len(mid) <= 3
                and all(_WORD_RE.fullmatch(w) for w in mid)
                and "\n" not in text[p.open : u.open]
                and len(text[p.open + 1 : p.close].split()) >= 3
                and len(_WORD_RE.findall(text, u.open + 1, u.close)) >= 3
            ):
                continue
            pairs.remove(p)
            unclosed.remove(u)
            unclosed.append(_Pair(p.open, u.close, 0, unclosed=True))
            pairs.append(_Pair(p.close, u.open, 1))
            break


_NARRATION_OPENERS = frozenset(norm_key(w) for w in ("كما", "ثم", "وكان", "وكانت", "كان", "كانت"))


def _narration_after(text: str, pos: int, lex: "_Lex") -> bool:
    """The words after the mark at ``pos`` are the writer's narration: a reporting verb within
    its first two words («" وأضاف " …»، «" كما قال إن …»، «" وذكر أن …») or a pluperfect «وكان قد»."""
    nl = text.find("\n", pos)
    words = list(_WORD_RE.finditer(text, pos + 1, nl if nl != -1 else len(text)))[:3]
    if not words:
        return False
    if any(True for _ in _scan(text, lex.verb_words, words[0].start(), words[0].end())):
        return True
    k0 = norm_key(words[0].group())
    if len(words) > 1 and k0 in _NARRATION_OPENERS:
        if k0 in (norm_key("كما"), norm_key("ثم")):
            return any(True for _ in _scan(text, lex.verb_words, words[1].start(), words[1].end()))
        return norm_key(words[1].group()) == norm_key("قد")
    return False


@dataclass
class _Spoken:
    """A speaker as the stage found it, remembered for carry-over."""

    pos: int
    sentence: int
    speaker: tuple[int, int] | None
    gender: str | None
    role: str | None = None


@dataclass
class _State:
    text: str
    sentences: list[tuple[int, int]]
    sent_starts: list[int]
    mentions: list[MentionDraft]
    m_starts: list[int]
    pairs: list[_Pair]
    open_pos: list[int]
    lex: _Lex
    new: list[MentionDraft] = field(default_factory=list)
    history: list[_Spoken] = field(default_factory=list)
    quotes: list[QuoteDraft] = field(default_factory=list)
    by_close: dict = field(default_factory=dict)
    nested: set = field(default_factory=set)  # cues of reports inside a report (kept by _dedupe)
    unclosed: dict = field(
        default_factory=dict
    )  # open position -> _Pair running to paragraph end
    genders: dict = field(
        default_factory=dict
    )  # speaker name key -> gender of the verbs they took

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_end(self, pos: int) -> int:
        i = self.sentence_of(pos)
        return self.sentences[i][1] if self.sentences else len(self.text)

    def sentence_start(self, pos: int) -> int:
        i = self.sentence_of(pos)
        return self.sentences[i][0] if self.sentences else 0

    def mentions_in(self, a: int, b: int, labels=_SPEAKER_LABELS) -> list[MentionDraft]:
        i = bisect.bisect_left(self.m_starts, a)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < b:
            m = self.mentions[i]
            if m.end <= b and m.label in labels:
                out.append(m)
            i += 1
        return out

    def add_mention(self, m: MentionDraft) -> None:
        i = bisect.bisect_left(self.m_starts, m.start)
        self.mentions.insert(i, m)
        self.m_starts.insert(i, m.start)
        self.new.append(m)

    def pair_at(self, pos: int) -> _Pair | None:
        """The outermost quote pair whose opening mark is at ``pos``."""
        i = bisect.bisect_left(self.open_pos, pos)
        if (
            i < len(self.pairs)
            and self.pairs[i].open == pos
            and self.pairs[i].depth == 0
        ):
            return self.pairs[i]
        return None

    def quote_around(self, pos: int) -> _Pair | None:
        """The outermost quote pair around ``pos``, if any."""
        i = bisect.bisect_right(self.open_pos, pos) - 1
        while i >= 0:
            p = self.pairs[i]
            if p.depth == 0:
                return p if p.open < pos < p.close else None
            i -= 1
        return None

    def inside_quote(self, pos: int) -> bool:
        return self.quote_around(pos) is not None


_DASH_RE = re.compile("[ـ\\-–—]+")


def _tokens(text: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Words and punctuation of ``text[a:b]``; a free-standing dash or tatweel («قال الملك ـ في
    بيان ـ إن») counts as a comma."""
    return [
        (m.start(), m.end(), "،" if _DASH_RE.fullmatch(m.group()) else m.group())
        for m in _TOKEN_RE.finditer(text, a, b)
    ]


def _trim(text: str, a: int, b: int, chars: str = _TRIM) -> tuple[int, int]:
    while a < b and text[a] in chars:
        a += 1
    while b > a and text[b - 1] in chars:
        b -= 1
    return a, b


def _words(text: str, a: int, b: int) -> int:
    return len(text[a:b].split())


@functools.lru_cache(maxsize=65536)
def _key(tok: str) -> str:
    return norm_key(tok.strip('«»“”„‘’"'))


@dataclass
class _Subject:
    speaker: tuple[int, int] | None = None
    role: str | None = None
    status: str = "empty"  # empty | named | anaphor | proposed | unnamed
    confidence: float = 0.9
    label: str | None = None


_MET_BY_RE = re.compile(
    r"(?:التقت|التقى|التقاه|التقتها|التقتهم|التقاهم|قابلت|قابلتهم|قابلهم|استطلعت|سألت|سألتهم|تحدثت|تحدث)"
    r"(?:ه|ها|هم|هن|هما)?(?:\s+(?:إليهم|اليهم|إليه|اليه|إليها|اليها|معهم|معه|معها))?"
    r"(?:\s+(?:صحيفة|جريدة|قناة|موقع|وكالة|مجلة|إذاعة|منصة))?\s*[«\"“]?\s*$"
)


def _met_by(text: str, a: int, m: MentionDraft) -> bool:
    """«ورأى مستثمرون تحدثت إليهم "سي إن بي سي عربية" أن»، «وأكد عمال التقتهم "الشروق"»: the outlet
    that met those who speak is not one of them."""
    return m.label == "ORG" and _MET_BY_RE.search(dediac(text[max(a, m.start - 30) : m.start])) is not None


def _is_title(lex: _Lex, tok: str) -> bool:
    k = _key(tok)
    if k in lex.titles or _bare(k) in lex.titles:
        return True
    return k[:1] in "وف" and (k[1:] in lex.titles or _bare(k[1:]) in lex.titles)


def _unpossessed_title(lex: _Lex, tok: str) -> str | None:
    """A title with a possessive pronoun («رئيسها»، «ممثلها»، «مديرهم»): the title's key without it."""
    w = _key(tok)
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = w[: -len(suf)]
            if _is_title(lex, stem):
                return stem
            if "ال" + _bare(stem) in lex.callings and _fold(stem) not in lex.verb_words:
                return stem  # «سائقها الفرنسي»: a calling (not the verb «طالبه», demanded of him)
            if stem.endswith("ت") and len(stem) >= 4:
                # «مدربتها»، «مديرتها»: the feminine title's ة written ت before the pronoun
                for t in (stem[:-1] + "ه", stem[:-1]):
                    if _is_title(lex, t):
                        return t
    return None


_HONORIFIC_GENDER = {
    **{norm_key(w): "m" for w in ("السيد", "الشيخ", "الأمير", "الدكتور", "المهندس", "الأستاذ", "الحاج", "الملك")},
    **{norm_key(w): "f" for w in ("السيدة", "الشيخة", "الأميرة", "الدكتورة", "المهندسة", "الأستاذة", "الحاجة", "الملكة")},
}


def _name_gender(st: _State, m: MentionDraft) -> str | None:
    """A person's gender as the article shows it: a verb seen with the name, else the title or
    honorific right before it («السيد حسن نصر الله»: m); None when nothing says."""
    g = st.genders.get(norm_key(m.text))
    if g in ("m", "f"):
        return g
    prev = _tokens(st.text, max(0, m.start - 30), m.start)[-1:]
    if prev and _key(prev[0][2]) in _HONORIFIC_GENDER:
        return _HONORIFIC_GENDER[_key(prev[0][2])]
    return _title_gender(st, m)


def _title_gender(st: _State, m: MentionDraft) -> str | None:
    """The gender of the title right before a name («للمخرج محمد رشاد»: m; «الممثلة صبا مبارك»: f)."""
    prev = _tokens(st.text, max(0, m.start - 30), m.start)[-1:]
    if not prev:
        return None
    k = _key(prev[0][2])
    raw = dediac(prev[0][2])
    for pre in ("", "ل", "ب", "لل"):
        w = k[len(pre) :]
        if k.startswith(pre) and w and _is_title(st.lex, w):
            if raw.endswith("ه") and not raw.endswith(("ته", "تها")):
                return "m"  # «ابنه يزن البيطار»: his son (a pronoun, no feminine ة)
            return "f" if _fold(w).endswith(("ه", "ة")) else "m"
    return None


# Ranks that are nouns too («الفريق» the team, «اللواء» the brigade, «العميد» the dean), and the
# prepositions after which they are the noun: «في الفريق»
_RANK_NOUNS = frozenset(norm_key(w) for w in ("الفريق", "اللواء", "العميد"))
_ROLE_PREPOSITIONS = frozenset(norm_key(w) for w in ("في", "من", "عن", "على", "إلى", "مع", "لدى"))
_SAYING_NOUNS = frozenset(norm_key(w) for w in ("قوله", "قولها", "قولهم", "قولهما"))
_RANKS_BEFORE_NAMES = frozenset(
    norm_key(w)
    for w in (
        "المقدم", "الملازم", "الرائد", "النقيب", "العقيد", "الجنرال", "الأدميرال", "الأميرال", "المارشال", "المشير",
        # the English ranks as 2000s wire copy writes them: «المتحدث العسكري الأمريكي الميجر جيف
        # ستيوارت»، «اللفتنانت كولونيل»، «الميجر جنرال»
        "الميجر", "اللفتنانت", "الليفتنانت", "الكولونيل", "كولونيل", "جنرال", "البريجادير", "البريغادير", "الكوماندر",
        # a priest's «Father» after his title: «كاهن كنيسة مار توما الأب فادي يوسف»
        "الأب",
    )
)
_FIRST = norm_key("أول")
_COLONEL = frozenset((norm_key("العقيد"),))


def _spoken_to_at(toks: list) -> int:
    """Where ل + a word (not لل) starts after the first token: the one spoken to («لرويترز»، «لـ»);
    not a noun whose ل is its own («لجنة الحكام»، «لبنان»)."""
    return next(
        (n for n, t in enumerate(toks) if n and t[2].startswith("ل") and not t[2].startswith("لل") and _bare(_key(t[2])) not in _LAM_NOUNS),
        len(toks),
    )


# nouns and places whose first letter is ل (no preposition): «مصدر في لجنة الحكام»، «سكان في لبنان»
_LAM_NOUNS = frozenset(
    _bare(norm_key(w)) for w in ("لجنة", "لجان", "لواء", "لائحة", "لقاء", "لبنان", "ليبيا", "لندن", "لاهاي", "لشبونة", "لوس", "ليون", "لاعب", "لاعبو", "لاعبي")
)


def _place_end(st: _State, b: int, limit: int) -> int:
    """Past where a title holds or one described is from, right after ``b`` and up to ``limit``
    («… في مجلس محافظة نينوى»، «… في حي الشجاعية»): «في/إلى/لدى» and up to five more words, no mark,
    no one spoken to, not where the words were said («في بيان»). ``b`` itself when there is none."""
    place = _tokens(st.text, b, limit)
    place = place[: _spoken_to_at(place)]
    # (up to a comma: «مسؤول في غرفة تجارة دمشق، طالباً عدم كشف اسمه»)
    place = place[: next((n for n, t in enumerate(place) if t[2] in "،,"), len(place))]
    if len(place) > 6 and _key(place[0][2]) in _TITLE_PLACES:
        body = next((x for x in st.mentions_in(place[1][0], place[-1][1], labels=("ORG",)) if x.start == place[1][0]), None)
        if body is not None:
            # «مصدر في الهيئة العامة للمحافظة على المدن التاريخية»: a body's long name, whole; «مسؤول في
            # وزارة السياحة والآثار طلب عدم نشر اسمه»: the body, not what follows it
            return body.end
    if (
        2 <= len(place) <= 6 and _key(place[0][2]) in _TITLE_PLACES
        and not any(t[2] in "،,;؛:()«»\"“”" for t in place) and not _setting_words(place, 6)
    ):
        return place[-1][1]
    return b


def _described(st: _State, a: int, b: int, limit: int) -> str | None:
    """The words describing one left unnamed («مصدر مطلع»، «سكان»), with where they are from or work
    up to ``limit`` («مصدر في وزارة النقل»، «سكان في حي الشجاعية»), never the one spoken to; at most
    eight words."""
    a, b = _trim(st.text, a, b)
    if a >= b:
        return None
    own = _tokens(st.text, a, b)
    to = _spoken_to_at(own)
    b = own[to - 1][1] if to < len(own) else _place_end(st, b, limit)  # («وقال مصدر مطلع لرويترز»)
    return st.text[a:b] if _words(st.text, a, b) <= 8 else None


# nouns that are a title only before their complement («رائد» is a given name too, «سيدة» a lady)
_TITLES_IN_CONSTRUCT = frozenset(
    (norm_key(a), norm_key(b))
    for a in ("رائد", "رائدة", "سيدة", "سيدات", "رواد", "رائدات")
    for b in ("الأعمال", "الفضاء")
)


def _title_in_construct(tok: str, nxt: str) -> bool:
    """«رائدة» before «الأعمال»: a noun that is a title only with its complement."""
    return (_bare(_key(tok)), _key(nxt)) in _TITLES_IN_CONSTRUCT


def _closes_a_mark(toks) -> bool:
    """The role's last token is a closing mark whose opening mark is in it («… لشبكة « الجزيرة »»)."""
    opener = {"»": "«", "”": "“", '"': '"'}.get(toks[-1][2])
    return opener is not None and any(t[2] == opener for t in toks[:-1])


def _role_text(st: _State, a: int, b: int) -> str | None:
    a, b = _trim(st.text, a, b, _TRIM + "()")
    if a >= b:
        return None
    nb = b + 1 if b + 1 < len(st.text) and st.text[b] == " " else b  # (a corpus that spaces its brackets: «( ISAF )»)
    if nb < len(st.text) and st.text[nb] == ")" and st.text.count("(", a, b) > st.text.count(")", a, b):
        b = nb + 1  # «… لهيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)»: the gloss kept whole
    for o, c in (('"', '"'), ("«", "»"), ("“", "”")):
        # (a corpus that spaces its marks: «المدير العام لشبكة « الجزيرة » وضاح خنفر»)
        nb = b + 1 if b + 1 < len(st.text) and st.text[b] == " " else b
        if nb < len(st.text) and st.text[nb] == c and st.text.count(o, a, b) - (o != c and st.text.count(c, a, b)) in (1, 3):
            b = nb + 1  # «رئيس مجلس إدارة "الرواسي"»: the body's closing mark kept with it
            break
    toks = _tokens(st.text, a, b)
    if not toks or not (
        _is_title(st.lex, toks[0][2])
        # «عالم البيئة البحرية في جامعة المالديف الوطنية»: a scientist of a field
        or _bare(_key(toks[0][2])) in _SCIENTIST and len(toks) > 1 and _key(toks[1][2]).startswith("ال")
        # «صاحب ورشة للنجارة في الحي»، «صاحبة المتجر»: an owner, by what she owns
        or _bare(_key(toks[0][2])) in _PROPRIETORS and len(toks) > 1 and is_arabic(toks[1][2])
        # «رائدة الأعمال السعودية»، «سيدة الأعمال»، «رائد الفضاء»: a title only with its complement
        or len(toks) > 1 and _title_in_construct(toks[0][2], toks[1][2])
    ):
        return None
    k0 = _key(toks[0][2])
    if k0[:1] in "وف" and k0 not in st.lex.titles and (k0[1:] in st.lex.titles or _bare(k0[1:]) in st.lex.titles) and st.text[a] in "وف":
        a += 1  # «ورئيس مجلس إدارة الشركة فلان قال»: the conjunction is no part of the role
    to = next(
        (
            n
            for n, t in enumerate(toks)
            if n and _to_outlet(t[2], None if _spans_both(st, toks[n - 1], t) else toks[n - 1][2])
        ),
        None,
    )
    if to is not None:
        toks = toks[:to]  # «وقال مدير المطعم لرويترز إن»: the outlet spoken to is no part of the role
    while len(toks) > 1 and (
        # (a rank that is a noun too, after a preposition or a noun in construct: «لاعب الارتكاز في
        # الفريق»، «قائد الفريق» are the team, no rank; «رئيس الأركان الفريق» is)
        _key(toks[-1][2]) in st.lex.honorifics
        and not (
            _key(toks[-1][2]) in _RANK_NOUNS and (
                _key(toks[-2][2]) in _ROLE_PREPOSITIONS
                or is_arabic(toks[-2][2]) and not _key(toks[-2][2]).startswith(("ال", "لل", "بال", "وال"))
                # (not after a place's or a body's name, no noun in construct: «… قيادة عمليات بغداد العميد»)
                and not any(
                    x.end == toks[-2][1] and x.label in ("LOC", "ORG")
                    for x in st.mentions_in(max(0, toks[-2][0] - 60), toks[-2][1])
                )
            )
        )
        or len(toks[-1][2].rstrip(".")) == 1 and toks[-1][2] != ")" and not _closes_a_mark(toks)
        or _key(toks[-1][2]) in _SAYING_NOUNS  # «عن مسؤول في الهيئة قوله»: his saying, no part of the title
        # a rank right before the name («… للدفاع المدني المقدم»، «… الملازم أول»)
        or _key(toks[-1][2]) in _RANKS_BEFORE_NAMES
        or _key(toks[-1][2]) == _FIRST and _key(toks[-2][2]) in _RANKS_BEFORE_NAMES | st.lex.honorifics
        # «آية الله» before the cleric's name: a title of honour, as «الشيخ»
        or len(toks) > 2 and (_key(toks[-2][2]), _key(toks[-1][2])) == _AYATOLLAH
        or len(toks) > 1 and _key(toks[-1][2]) == _AYATOLLAH[0]
        # a given name the entity stage left out of the speaker's name, after a definite word («رئيس
        # الشعبة في الغرفة التجارية بالقاهرة محمود»; not «جامعة الملك سعود»، «مدينة نصر»; and none
        # with the article, an adjective as often: «البرلمان العربي»، «الحزام الأخضر»)
        or len(toks) > 2 and _key(toks[-1][2]) in st.lex.first_names
        and not _is_title(st.lex, toks[-1][2])
        and _key(toks[-2][2]).startswith(("ال", "بال", "لل", "وال")) and _key(toks[-2][2]) not in st.lex.honorifics
        # a word no dictionary knows right after a rank: the name's first word, which the entity stage
        # left out («قائد سلاح الجو الاسرائيلي اللواء اليعزر» before «شكيدي»)
        or len(toks) > 2 and _key(toks[-2][2]) in _RANKS_BEFORE_NAMES | _RANK_NOUNS | _COLONEL
        and is_arabic(toks[-1][2]) and not _is_title(st.lex, toks[-1][2])
        and _key(toks[-1][2]).replace("ء", "") not in _common_words()
        # (not an adjective of origin: «مدرب الفريق التونسي»، «رئيس الفريق الجراحي»)
        and not _key(toks[-1][2]).endswith(("ي", "يه"))
    ):
        toks.pop()
    if len(toks) > 2 and toks[-2][2] in "،," and _key(toks[-1][2]).startswith("ال") and _key(toks[-1][2]).endswith(("ي", "يه")):
        toks = toks[:-2]  # «مدير التحكيم في اتحاد آسيا للرغبي، الياباني هيروشي ناكامورا»: his nationality, out of the role
    if len(toks) == 1 and _key(toks[0][2]) in st.lex.honorifics and _key(toks[0][2]) not in _ENGINEER:
        return None
    return st.text[a : toks[-1][1]]


# an honorific that is a calling too: alone before the name it is the role («وقالت المهندسة سلمى
# يوسف إن» → «المهندسة»), as the annotators give it every time it stands alone
_ENGINEER = frozenset(norm_key(w) for w in ("المهندس", "المهندسة"))


def _skip_parens(text: str, pos: int, limit: int) -> int:
    """After a name, skip spaces and a parenthesis holding a Latin form: «هوانغ (Jensen Huang)»."""
    j = pos
    while j < limit and text[j] == " ":
        j += 1
    if j < limit and text[j] == "(":
        k = text.find(")", j, limit)
        if k != -1:
            return k + 1
    return pos


@functools.lru_cache(maxsize=1)
def _media_names() -> frozenset[str]:
    """Every spelling of the news outlets in the lexicon (org_type=media), as norm keys."""
    return frozenset(
        norm_key(sp)
        for e in resources.lexicon()
        if e.attrs.get("org_type") == "media"
        for sp in e.spellings
    )


_TO_PRONOUNS = frozenset(norm_key(w) for w in ("لنا", "لي", "له", "لها", "لهم", "لكم"))
# «وقال له :»: the one spoken to, by a pronoun («لي» is also a name: «ويقول لي» is Spike Lee)
_TO_HIM = _TO_PRONOUNS - {norm_key("لنا"), norm_key("لي")} | {norm_key("لهما")}
_TO_REPORTER = frozenset(norm_key(w) for w in ("لمراسل", "لمراسلة", "لمراسلي", "لموفد", "لموفدة", "لمندوب"))


_NEWS_AGENCY = norm_key("وكالة الأنباء")


_GENERAL_OF_TITLE = frozenset(norm_key(w) for w in ("العام", "العامة", "التنفيذي", "التنفيذية"))


def _titles_body(st: _State, toks: list, j: int) -> bool:
    """«المفوض العام لوكالة الأمم المتحدة لإغاثة …»: ل + a media noun right after a title (or its
    adjective) that opens a body's name the entities stage read, with more than the noun: the body
    the title heads, not an agency spoken to («قال لوكالة رويترز»)."""
    if j == 0 or not (
        _is_title(st.lex, toks[j - 1][2]) or _adjective_of_title(toks[j - 1][2])
        or j >= 2 and _is_title(st.lex, toks[j - 2][2]) and _key(toks[j - 1][2]).startswith("ال")  # «المفوض العام»
    ):
        return False
    if j >= 2 and _is_title(st.lex, toks[j - 2][2]) and _key(toks[j - 1][2]) in _GENERAL_OF_TITLE and j + 1 < len(toks):
        # «وقال المدير العام لشبكة « الجزيرة » وضاح خنفر»: a title whose adjective leaves it no
        # complement of its own heads the outlet after it (not «وقال وزير الخارجية لوكالة رويترز»)
        after = _trim(st.text, toks[j][1], toks[j][1] + 4, " \t«\"“")[0]
        if any(x.start in (toks[j][0] + 1, after) for x in st.mentions_in(toks[j][0], toks[j][0] + 120, labels=("ORG",))):
            return True
        if j + 2 < len(toks) and is_arabic(toks[j + 1][2]) and any(
            x.start == toks[j + 2][0] for x in st.mentions_in(toks[j + 1][1], toks[j][0] + 120, labels=("PERSON",))
        ):
            return True  # «وقال المدير العام لشبكة الجزيرة وضاح خنفر» with no marks: the outlet's one word, then the name
    return any(
        x.start == toks[j][0] + 1 and len(x.text.split()) >= 3 and norm_key(x.text) not in _media_names()
        and not norm_key(x.text).startswith(_NEWS_AGENCY)  # («لوكالة الأنباء الفرنسية»: an agency spoken to)
        for x in st.mentions_in(toks[j][0], toks[j][0] + 120, labels=("ORG",))
    )


def _adjective_of_title(tok: str) -> bool:
    """A definite relative adjective after a title («الدولي»، «الزراعي»، «التربوية»)."""
    k = _key(tok)
    return k.startswith("ال") and len(k) > 4 and k.endswith(("ي", "يه"))


def _to_outlet(tok: str, prev: str | None = None) -> bool:
    """ل + a news outlet, a reporter or a pronoun: the one spoken to («لرويترز»، «لمراسلنا»، «لنا»).
    With ``prev``, the word before it, also ل + an outlet whose name has the article («للأناضول»،
    «للجزيرة») unless that word is a title or its adjective («المدير العام للجزيرة» heads it):
    «وقال الناطق باسم الجهاز للأناضول إن»."""
    k = _key(tok)
    if k in _TO_PRONOUNS or k in _TO_REPORTER or k == norm_key("لـ"):
        return True
    if k.startswith("ل") and not k.startswith("لل") and k[1:] in _media_names():
        return True
    return (
        prev is not None
        and k.startswith("لل")
        and "ال" + k[2:] in _media_names()
        and not _is_title(_lex(), prev)
        and not _adjective_of_title(prev)
    )


def _spans_both(st: _State, t1: tuple[int, int, str], t2: tuple[int, int, str]) -> bool:
    """One mention covers both tokens: «مركز كارنيغي للشرق الأوسط» is a body's name, not «للشرق
    الأوسط» spoken to."""
    near = st.mentions_in(st.sentence_start(t1[0]), st.sentence_end(t2[1]))
    return any(x.start <= t1[0] and x.end >= t2[1] for x in near)


def _outlet_after_role(st: _State, a: int, m: MentionDraft) -> bool:
    """An outlet that kept its «لل» after a role with its complement: «الناطق باسم الجهاز للأناضول»
    (spoken to), not «المدير العام للجزيرة» (the body he heads)."""
    prev = _tokens(st.text, a, m.start)
    return bool(prev) and _to_outlet(m.text.split()[0], prev[-1][2])


# «مصادر مقربة من بلير»، «مقربون من الأمير سلطان»: those close to someone
_CLOSE_TO = frozenset(
    norm_key(p + w)
    for w in ("مقرب", "مقربة", "مقربون", "مقربين", "قريب", "قريبة", "قريبون", "قريبين")
    for p in ("", "ال")
)


def _close_to(st: _State, m: MentionDraft) -> bool:
    """A mention after «مقربة من» / «قريب من» and at most three words of title: the one those who
    speak are close to («ونقلت الصحيفة عن مصادر مقربة من بلير أنه …»), never the speaker."""
    if "من" not in dediac(st.text[max(0, m.start - 80) : m.start]):
        return False  # (the cheap test first: every candidate speaker is asked)
    toks = _tokens(st.text, max(st.sentence_start(m.start), m.start - 80), m.start)
    for n in range(len(toks) - 1, max(0, len(toks) - 5), -1):
        if not _WORD_RE.fullmatch(toks[n][2]):
            return False
        if _key(toks[n][2]) == "من":
            return _key(toks[n - 1][2]) in _CLOSE_TO
    return False


def _addressee(st: _State, m: MentionDraft) -> bool:
    """A mention after ل that is the person or outlet spoken to: «قال لرويترز»، «في تصريح لـ»; or
    one those who speak are close to («مصادر مقربة من بلير»): no speaker either way."""
    if _close_to(st, m):
        return True
    t = st.text
    j = m.start
    if m.text.startswith("لل") and len(m.text) > 4:
        return True  # a mention that kept its clitic: «للجزيرة»
    if m.text[:1] == "ل" and norm_key(m.text[1:]) in _media_names():
        return True  # «قال مصدر أمني لفرانس برس إن»: an outlet spoken to, its ل kept
    if (
        m.label == "PERSON"
        and m.text[:1] == "ل"
        and _key(m.text.split()[0][1:]) in st.lex.first_names
        and _key(m.text.split()[0]) not in st.lex.first_names
    ):
        # «صرح الوزير لمحمد السعدني بأن»: a name with its ل (not «لمى» or «لبنى», given names
        # that begin with the letter)
        return True
    if j > 0 and t[j - 1] == "ل":  # glued: «لرويترز», «للجزيرة» (not the end of «يقول»)
        return (
            j < 2
            or not t[j - 2].isalpha()
            or t[j - 2] in "و"
            or t[j - 3 : j - 1] == "لل"
        )
    # (a mark between the noun and the name stands apart: «في تصريح لصحيفة "القبس"»)
    prev = [w for w in t[max(0, j - 18) : j].split() if w.strip('«»"“”')]
    if prev and m.label == "ORG":
        k = _key(prev[-1].strip('«»"“”'))
        if k[:1] == "ل" and k[1:2] != "ل" and _bare(k[1:]) in st.lex.source_nouns:
            return True  # «قال لوكالة فرانس برس»، «صرح لصحيفة الحياة»: the outlet spoken to
    if prev and _key(prev[-1].strip('«»"“”')) in _TO_REPORTER:
        return True  # «قال لمراسل الأناضول إن»: the outlet (whatever its label) whose reporter is spoken to
    while j > 0 and t[j - 1] in ' "«“':
        j -= 1
    if j > 0 and t[j - 1] == "ـ":  # «لـ "العربية"»، «لـ الشرق»
        j -= 1
        return j > 0 and t[j - 1] == "ل"
    # a free-standing ل: «ل الشرق الأوسط» (not a verb's last letter under its shadda: «حوّل نبيل»)
    return j > 1 and t[j - 1] == "ل" and not t[j - 2].isalpha() and not unicodedata.combining(t[j - 2])


_PREPOSITIONS = frozenset(
    norm_key(w)
    for w in (
        "في", "على", "علي", "عن", "من", "إلى", "الى", "مع", "لدى", "عند", "حول", "بشأن",
        "ضد", "بين", "مثل", "بعد", "قبل", "خلال", "أمام", "نحو", "تجاه", "بحق", "لصالح",
    )
)


_ASIDE_OPENERS = _PREPOSITIONS | frozenset(norm_key(w) for w in ("بما", "منها", "منهم", "بينها", "بينهم"))


def _outside_asides(toks: list) -> list:
    """The tokens of a clause outside its asides: a stretch opened after a comma by a
    preposition («ونوّه بتجاوب الجهات المانحة، وفي مقدمتها البنك الدولي، مشيراً إلى أن») runs to
    the next comma, and what it names is no subject of the clause."""
    out, aside = [], False
    for n, t in enumerate(toks):
        if t[2] in "،,":
            nxt = toks[n + 1] if n + 1 < len(toks) else None
            aside = nxt is not None and _key(nxt[2]).removeprefix("و") in _ASIDE_OPENERS
        elif not aside:
            out.append(t)
    return out


def _governed(st: _State, m: MentionDraft) -> bool:
    """True when a mention cannot be a clause's subject: it follows a preposition («في رده على
    العقاد»), carries a glued ب/ل, or is the genitive of a noun before it («زيارة بلير»، «رواية
    محفوظ»: an indefinite word ending in ة that is not a title — a construct head has no ال)."""
    if _addressee(st, m):
        return True
    raw = m.text
    if raw.startswith(("لل", "بال")) and len(raw) > 3 and m.label == "ORG":
        return True  # «للأمم المتحدة»، «بالمجلس»: the clitic kept in the mention (not «بلدية دبي»، «بلومبرغ»)
    prev = st.text[max(0, m.start - 20) : m.start].split()
    if not prev:
        return False
    w = prev[-1].strip('«»"“”()')
    k = _key(w)
    if k in _PREPOSITIONS and not (k == "بعد" and len(prev) >= 2 and _key(prev[-2]) == "عن") or (
        w in ("ب", "ل", "ك") and st.text[m.start - 1] == w
    ):
        # (ب/ل glued to a name the mention starts after: «شعبة العطارة بالغرفة التجارية»; «عن بعد»
        # is "remote", the end of a title: «وزير الدولة … وتطبيقات العمل عن بعد عمر سلطان العلماء»)
        return True
    if m.label == "PERSON" and k in _KIN_GOVERNS and not w.endswith("ه"):
        # «زوج بوتو ، اصف علي زرداري ، طالب …»: whose husband, not who spoke (but «أما ابنه
        # محمود فيرى»: his son, named)
        return True
    if len(prev) >= 2 and "ل" + k in _MEDIA_WORDS and _key(prev[-2].strip('«»"“”()')) in _PREPOSITIONS:
        return True  # «سكاناً تحدثوا إلى وكالة فرانس برس أكدوا أن»: the outlet spoken to
    if (
        m.label == "PERSON"
        and w.endswith("ة")
        and not k.startswith(("ال", "لل", "بال", "وال", "فال", "كال"))
        and not _is_title(st.lex, w)
        and k not in st.lex.honorifics
        # «أمين محافظة جدة فهد الزهراني»، «رئيس اتحاد فلاحي حماة عبد الكريم الحسن»: a place name in ة
        # (or a body's name ending in one) ends the title's complement; it governs no name
        and not any(x.end == m.start - 1 for x in st.mentions_in(max(0, m.start - 30), m.start, labels=("LOC", "ORG")))
    ):
        return True
    return False


_HEAD_TITLES = frozenset(_bare(norm_key(w)) for w in ("رئيس", "رئيسة", "نائب", "أمين", "مدير", "مديرة", "قائد", "زعيم"))
# kin nouns whose genitive is the relative named («زوج بوتو»), none a place («جدة») or a word
# of other use («عم»، «خال»)
_KIN_GOVERNS = frozenset(
    norm_key(w) for w in ("زوج", "وزوج", "زوجة", "وزوجة", "ابن", "وابن", "نجل", "ونجل", "شقيق", "وشقيق", "شقيقة", "وشقيقة",
                          "والد", "ووالد", "والدة", "ووالدة", "أرملة", "وأرملة")
) | _CIRCLE_PLURALS  # «ويقول زملاء العبادي انه»: his colleagues speak, unnamed


# heads of the same kind of body: «وقال البنك» after «مصرف الراجحي»
_SAME_BODY = (frozenset(_bare(norm_key(w)) for w in ("بنك", "مصرف")),)


def _other_body(head: str, cue: str) -> bool:
    """Whether a name opens with a body noun other than ``cue``: «مديرية علم الأوبئة» is no
    «الوزارة», «هيئة السوق المالية» no «الصندوق» (a name with no body noun may be either)."""
    if head == cue or head not in _OTHER_HEADS or cue == norm_key("حكومة"):
        return False
    return not any(head in g and cue in g for g in _SAME_BODY)


# the org_type of anaphors that stand only for a body named by the same noun (data/quotes.yaml)
_NAMED_ONLY = "named_only"


def _resolve_anaphor(st: _State, key: str, before: int) -> MentionDraft | None:
    """«الشركة» / «الوزارة» -> the last organisation of that kind named before ``before``
    («المحافظة» -> the governorate named by its place: ``_head_noun_org``)."""
    info = st.lex.anaphors.get(key)
    if info is None:
        seat = _noal(_bare(key))
        # (the nearest named that way, however far back: an article's governorate is named once, in
        # its lead: «أعلنت محافظة القاهرة …» five sentences before «ونفت المحافظة في بيان لاحق أن»)
        # (and a club named with its noun: «أعلن نادي دبي للسباق …» four sentences before «وبحسب بيانات
        # النادي، فإن»)
        return _head_noun_org(st, seat, before, sentences=12) if key.startswith("ال") and (seat in _SEAT_HEADS or seat == _CLUB_NOUN) else None
    org_type, cue = info
    i = bisect.bisect_left(st.m_starts, before) - 1
    fallback, fallback_strong = None, False
    weak = None  # the nearest body of that kind only: one named by the word itself further back wins
    while i >= 0:
        m = st.mentions[i]
        past = fallback is not None and st.sentence_of(m.start) < st.sentence_of(fallback.start)
        if past and (fallback_strong or weak is not None):
            break  # (only the sentence of the object is searched for a subject of that kind)
        hit = strong = False
        if m.label == "ORG":
            # (_bare on both sides: it also peels the و of «وكالة»، «وزارة»; the article first, so
            # that «الوكالة الأمريكية لمكافحة المنشطات» is named by «الوكالة» too)
            words = norm_key(m.text).split(" ")
            # the body's own noun, in its name or right before it: «وزارة التجارة»، «شركة "نور"»
            strong = _bare(_noal(words[0])) == _bare(cue) or _bare(cue) in (_noun_before(st, m), _noun_before(st, m, past_definite=True))
            if not strong and m.org_type == org_type and st.sentence_of(m.start) == st.sentence_of(before):
                # «وارتفع سهم "إيه إم دي" …، فيما ذكرت الشركة أن»: in the anaphor's own sentence, a
                # body the article named by the word itself before («شركة "إيه إم دي"») is named so here too
                key_m = norm_key(m.text)
                strong = any(
                    norm_key(x.text) == key_m and _bare(cue) in (_noun_before(st, x), _noun_before(st, x, past_definite=True))
                    for x in st.mentions[:i] if x.label == "ORG"
                )
            hit = strong or (
                m.org_type == org_type and not _other_body(_bare(words[0]), _bare(cue))
                # «الجماعة» / «البلدية» for «مجلس جماعة الدار البيضاء»، «مجلس بلدية صيدا»
                or len(words) > 1 and words[0] == norm_key("مجلس") and _bare(words[1]) == _bare(cue)
            )
        if hit and past and not strong:
            hit = False  # (before the object's sentence, only a body named by the word itself)
        if hit:
            if fallback is None and _object_of_preposition(st, m):
                fallback, fallback_strong = m, strong  # «وقّعت شركة "أطلس فوسفات" اتفاقاً … إلى شركة "كيسان أغرو"»: the subject speaks next
            elif strong:
                return m
            elif weak is None and (fallback is None or not fallback_strong):
                # «وبحسب بيان للوزارة» after «وزارة الزراعة …» and «جهاز التنسيق الحضاري»: the
                # ministry, not the nearer government body
                weak = m
        i -= 1
    if fallback_strong:
        return fallback  # («رئيسة قسم المتاحف في المديرية العامة للآثار» before «مكتب المدعي العام»: «المديرية»)
    return weak if weak is not None else fallback


# verbs that go on with what the speaker before said: «وأضافت الوزارة»
_GOES_ON = frozenset(norm_key(w) for w in ("أضاف", "تابع", "ختم", "استطرد", "استدرك"))


def _body_going_on(st: _State, key: str, m: MentionDraft, cue_start: int) -> MentionDraft:
    """«قالت وزارة الاقتصاد الإماراتية …، بعد أسابيع من تشديد وزارة التجارة الأمريكية …» then
    «وأضافت الوزارة في بيان أن»: a body going on is the one that spoke just before (a body of that
    noun, within a sentence), not the nearer one named inside what it said."""
    h = st.history[-1] if st.history else None
    info = st.lex.anaphors.get(key)  # (none for a seat's noun, «المحافظة», found by its place)
    if info is None or h is None or h.speaker is None or h.speaker == (m.start, m.end) or st.sentence_of(cue_start) - h.sentence > 1:
        return m
    cue = _bare(info[1])
    said = next((x for x in st.mentions_in(*h.speaker, labels=("ORG",)) if (x.start, x.end) == h.speaker), None)
    if said is not None and _bare(_noal(norm_key(said.text).split(" ")[0])) == cue:
        return said
    return m


def _role_names_body(st: _State, h: _Spoken, body: MentionDraft) -> bool:
    """Whether a speaker's role before called ``body`` (the body named in a subject) by its common
    noun: «الرئيس التنفيذي للشركة» for «شركة "مدار"», or by a longer form of its name: «المدير العام
    لشركة "البنيان الحديث للمقاولات"» for «البنيان الحديث»."""
    name = _role_words(body.text.split())
    if name and set(name) <= set(_role_words((h.role or "").split())):
        return True
    for w in (h.role or "").split():
        k = _unlam(_key(w))
        if k in st.lex.anaphors and (x := _resolve_anaphor(st, k, h.speaker[0])) is not None:
            return norm_key(x.text) == norm_key(body.text)
    return False


_NAME_WORD = norm_key("اسم")
_ITSELF = frozenset(norm_key(w) for w in ("نفسها", "نفسه"))


def _noun_before(st: _State, m: MentionDraft, past_definite: bool = False) -> str:
    """The bare key of the word right before a mention, past its marks («شركة "نور"» → شركه). With
    ``past_definite``, of a name in marks, past one or two definite words before it (its field and
    adjective: «منصة الحجوزات الإماراتية "رحّال"» → منصه); "" when there are none or no marks."""
    if past_definite and st.text[m.start - 1 : m.start] not in ("«", "“", '"'):
        return ""
    prev = [w for w in st.text[max(0, m.start - (60 if past_definite else 14)) : m.start].replace("ـ", " ").split() if w.strip('«»"“”')]
    if not past_definite and prev and _key(prev[-1]) == _NAME_WORD:
        wide = [w for w in st.text[max(0, m.start - 60) : m.start].split() if w.strip('«»"“”')]
        if len(wide) >= 5 and _key(wide[-2]) in _ITSELF:
            # «جماعة تطلق على نفسها اسم " كتائب … "»: the group's own noun (past its adjectives:
            # «فصيل مسلح غير معروف سابقاً يطلق على نفسه اسم "…"»)
            cues = {_bare(c) for _, c in st.lex.anaphors.values()}
            for w in reversed(wide[-9:-4]):
                if _bare(norm_key(w)) in cues:
                    return _bare(norm_key(w))
            return _bare(norm_key(wide[-5]))
    if past_definite:
        n = 0
        while prev and n < 2 and norm_key(prev[-1]).startswith("ال"):
            prev.pop()
            n += 1
        if not n:
            return ""
        cues = {_bare(c) for _, c in st.lex.anaphors.values()}
        if prev and _bare(norm_key(prev[-1])) not in cues and len(prev) >= 3:
            # («شركة الطيران منخفض التكلفة "أطلس سكاي"»: past a compound adjective, «منخفض التكلفة»)
            if _bare(norm_key(prev[-3])) in cues and norm_key(prev[-2]).startswith("ال") and _WORD_RE.fullmatch(prev[-1]):
                return _bare(norm_key(prev[-3]))
    key = _bare(norm_key(prev[-1].strip('«»"“”'))) if prev else ""
    if key[:1] in ("ل", "ب") and key[1:] in {_bare(c) for _, c in st.lex.anaphors.values()}:
        return key[1:]  # «زوارق تابعة لجماعة "أنصار الساحل"»: the noun past its preposition
    return key


def _object_of_preposition(st: _State, m: MentionDraft) -> bool:
    """An organisation named after a preposition, with or without its cue word between: «إلى شركة
    "كيسان أغرو"»، «مع مجموعة الحبتور»، «لشركة "نور"»."""
    words = [w.strip('«»"“”') for w in st.text[max(0, m.start - 24) : m.start].replace("ـ", " ").split()]
    words = [w for w in words if w]
    if not words:
        return False
    last = _key(words[-1])
    cues = get_rules().org_cues
    if last[:1] in "لب" and last[1:] in cues:
        return True
    if last in cues and len(words) >= 2:
        last = _key(words[-2])
    return last in _PREPOSITIONS


def _nationality(key: str) -> bool:
    """«البريطانيه»، «الاستراليه-البريطانيه» (with or without the article): a nationality of the
    entity stage's list, or two joined by a hyphen."""
    nationalities = get_rules().nationalities
    return all("ال" + p.removeprefix("ال") in nationalities for p in key.split("-") if p)


def _only_body(st: _State, m: MentionDraft, before: int) -> bool:
    """No organisation other than ``m`` (in any spelling) is named before ``before``."""
    own = norm_key(m.text)
    return all(norm_key(x.text) == own for x in st.mentions_in(0, before, labels=("ORG",)))


def _only_body_of(st: _State, noun: str, before: int) -> MentionDraft | None:
    """The one organisation (in any spelling) whose name opens with ``noun``, however far before
    ``before`` it was named: «مهرجان القاهرة السينمائي الدولي» in the opening paragraph, then «وأعلنت
    إدارة المهرجان» seven paragraphs on."""
    found = [
        x for x in st.mentions_in(0, before, labels=("ORG",))
        if _noal(_bare(norm_key(x.text).split(" ")[0])) == noun
    ]
    return found[-1] if found and len({norm_key(x.text) for x in found}) == 1 else None


def _head_noun_org(
    st: _State, noun: str, before: int, sentences: int = 3, turns: bool = False
) -> MentionDraft | None:
    """The last organisation named in the sentences before ``before`` whose name opens with
    ``noun`` (without its article). With ``turns``, sentences inside a quote of several sentences
    do not count in the reach."""
    if len(noun) < 3:
        return None
    sent = st.sentence_of(before)
    i = bisect.bisect_left(st.m_starts, before) - 1
    while i >= 0:
        m = st.mentions[i]
        ms = st.sentence_of(m.start)
        if (_sentence_gap(st, ms, sent) if turns else sent - ms) > sentences:
            break
        if m.label == "ORG":
            first = norm_key(m.text).split(" ")[0]
            # (a head noun that starts with و is no و + noun: «وكالة»، «وزارة»)
            if _noal(_bare(first)) == noun or _noal(first) == noun:
                return m
            prev = [w for w in st.text[max(0, m.start - 20) : m.start].split() if w.strip('«»"“”')]
            before_m = st.text[m.start - 1 : m.start]
            pk = _key(prev[-1].strip('«»"“”')) if prev else ""
            if prev and (before_m.isspace() or before_m in '«"“' and st.text[m.start - 2 : m.start - 1].isspace()) and (
                _noal(_bare(pk)) == noun or pk[:1] in "بل" and pk[1:] == noun  # (its preposition glued: «بمنتجع "صن رايز أكوا"»)
            ):
                # «نشر لجنة فينوغراد تقريرها» then «وقالت اللجنة»: the head noun left out of the name;
                # «مستشفى «الأمل التخصصي»» then «إدارة المستشفى»: the name in marks after it
                return m
        elif m.label == "LOC" and noun in _SEAT_HEADS:
            prev = st.text[max(0, m.start - 20) : m.start].split()
            pk = _key(prev[-1]) if prev else ""
            if prev and (pk == noun or _noal(_bare(pk)) == noun and not pk.startswith(("ال", "و", "ب", "ل"))):
                # «بدأت محافظة الإسكندرية …» then «وأوضحت المحافظة» / «بيان صادر عن المحافظة»: the
                # governorate (the place the entities stage read) speaking as a body («ولاية الجزائر»:
                # a head noun that starts with و, no و + noun)
                head = st.text.rfind(prev[-1], 0, m.start)
                known = [x for x in st.mentions_in(head, m.end, labels=("ORG",)) if (x.start, x.end) == (head, m.end)]
                return known[0] if known else _proposed_body(st, (head, m.end))  # (proposed once)
        i -= 1
    return None


# heads of a local government named by its place: «محافظة الجيزة»، «بلدية صيدا»، «ولاية الخرطوم»
# (the key as written: _bare would peel the و of «ولاية» as a conjunction)
_SEAT_HEADS = frozenset(norm_key(w) for w in ("محافظة", "بلدية", "ولاية", "أمانة"))


_MANAGEMENT = frozenset(norm_key(w) for w in ("إدارة", "ادارة"))
# a body's command or management by its pronoun: «قيادته»، «إدارتها»
_ITS_COMMAND = frozenset(_fold(w) for w in ("قيادته", "قيادتها", "إدارته", "إدارتها", "رئاسته", "رئاستها"))
_SOME_OF_THEM = frozenset(norm_key(w) for w in ("منهم", "ومنهم", "فمنهم", "هناك", "وهناك", "فهناك"))
_MANY = frozenset(norm_key(w) for w in ("الكثيرون", "كثيرون", "الكثيرين"))
_CLUB_NOUN = norm_key("نادي")
_CLUB_NOUNS = frozenset(norm_key(w) for w in ("النادي", "الفريق"))


def _masculine(key: str) -> str:
    """An adjective's key in the masculine: «امريكيه» -> «امريكي»."""
    return key[:-1] if key.endswith("يه") else key


def _named_with(st: _State, m: MentionDraft, qual: str) -> bool:
    """The organisation ``m`` was named with the adjective ``qual`` right after its name, in either
    gender («شركة إنفيديا الأمريكية» for «الشركة الأمريكية», «ريال مدريد الإسباني»)."""
    nxt = st.text[m.end : m.end + 30].split()[:1]
    return bool(nxt) and _masculine(_bare(norm_key(nxt[0].rstrip("،,.")))) == _masculine(qual)


def _qualified_org(st: _State, qual: str, before: int, sentences: int = 3, org_type: str | None = None) -> MentionDraft | None:
    """The last organisation named in the sentences before ``before`` whose name is followed by
    the adjective ``qual`` («ريال مدريد الإسباني» for «النادي الإسباني»), of ``org_type`` when
    the lexicon or the entity stage gives it one."""
    sent = st.sentence_of(before)
    i = bisect.bisect_left(st.m_starts, before) - 1
    while i >= 0:
        m = st.mentions[i]
        if sent - st.sentence_of(m.start) > sentences:
            break
        if m.label == "ORG" and _named_with(st, m, qual) and (org_type is None or m.org_type in (None, org_type)):
            return m
        i -= 1
    return None


_DEFINITE_PREFIXES = ("ال", "لل", "وال", "بال", "وبال", "ولل")
_ON_BEHALF = frozenset(norm_key(w) for w in ("باسم",))
_TITLE_PLACES = frozenset(norm_key(w) for w in ("في", "إلى", "لدى"))


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """data/words/common_words.txt (words of news text the corpus tags as no name), as keys."""
    return frozenset(norm_key(w).replace("ء", "") for w in resources.word_list("common_words") if " " not in w)


# the head nouns of a body that is its command or presidency: the word after them is the body itself
# («رئاسة الأركان» → «الأركان»، «قيادة الجيش» → «الجيش»)
_COMMAND_HEADS = frozenset(norm_key(w) for w in ("رئاسة", "قيادة", "هيئة", "مديرية"))
# Indefinite nouns that head a body's name: «شركة نفط الجنوب»، «هيئة موانئ ومناطق التجارة الحرة»
_BODY_HEADS = frozenset(
    norm_key(w)
    for w in (
        "شركة", "هيئة", "مؤسسة", "جمعية", "نقابة", "منظمة", "مجموعة", "سلطة", "مصلحة", "مديرية",
        "غرفة", "مصرف", "بنك", "وكالة", "رابطة", "اتحاد", "جامعة", "مستشفى", "صندوق", "مركز",
        "تجمع", "تنسيقية", "ائتلاف",  # «اعتبر تجمع أصحاب العيادات الأهلية أن»
        "تعاونية",  # «رئيسة تعاونية إيمي نتاونت للنسيج»
    )
)
# body nouns a name can open with (the heads above and the public bodies named with the article), bare
_OTHER_HEADS = frozenset(_bare(k) for k in _BODY_HEADS) | frozenset(
    _bare(norm_key(w)) for w in ("وزارة", "مجلس", "محكمة", "بلدية", "لجنة", "مفوضية", "ديوان", "دائرة")
)


# what a frame cites of a body before naming it: «وفقاً لبيانات …»، «حسب تقديرات …»
_FRAME_PAPERS = frozenset(
    _bare(norm_key(w))
    for w in ("بيانات", "أرقام", "تقديرات", "إحصاءات", "إحصائيات", "تقرير", "دراسة", "بيان", "مذكرة", "معطيات", "مسح", "استطلاع")
)


# the same after a frame's body noun, from the comma that ends its phrase: «، "ساوند ويف" (Sound Wave)،»
_NAME_IN_MARKS = r"[«\"“]([^«»\"“”،,]{2,40})[»\"”]\s*(?:\([A-Za-z][^()]{0,40}\)\s*)?"  # (and its Latin form)
_BODY_SET_OFF_RE = re.compile(r"[،,]\s*" + _NAME_IN_MARKS + r"[،,]")
_BODY_IN_MARKS_RE = re.compile(r"[،,]\s*" + _NAME_IN_MARKS + r"[،,]?\s*$")

# body nouns that head a name in construct when the entities stage missed it (_body_named_by_construct):
# the heads above and the public bodies of modern news («مرصد نزاهة الإنفاق»، «إدارة الجمارك والضرائب
# غير المباشرة»، «الإدارة العامة لسد الفرات»، «مجلس بيانات سوق المركبات»، «محافظة القاهرة»)
_CONSTRUCT_HEADS = _BODY_HEADS | frozenset(
    norm_key(w)
    for w in (
        "مرصد", "إدارة", "مجلس", "مبادرة", "مكتب", "جهاز", "دائرة", "قيادة", "مفوضية", "ديوان", "شبكة",
        "منتدى", "تحالف", "معهد", "محافظة", "بلدية", "أمانة", "لجنة", "حكومة", "ولاية",
    )
)


# institutions named by the nation's adjective alone («المتحف الفلسطيني»، «المكتبة الوطنية» is no
# nationality and stays out)
_NATIONAL_BODIES = frozenset(norm_key(w) for w in ("المتحف", "المكتبة", "المسرح", "المعهد"))


# the words that make places a region («جهة مراكش آسفي»، «إقليم الحوز»)
_REGION_WORDS = frozenset(norm_key(w) for w in ("جهة", "إقليم", "عمالة"))


def _body_named_by_construct(st: _State, stoks: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The whole subject is a body noun and two to five words of its name in construct: the noun
    indefinite (شركة نفط الجنوب), or with the article when its adjective and a complement in ل follow
    (الشركة الوطنية لاستغلال وتوزيع المياه); at least one definite word and none that is a title, a
    generic or speech noun, an adverb or an indefinite adjective (no «شركة ناشئة»، «منظمة حقوقية
    دولية»). Returns the span of the name."""
    lex = st.lex
    if not (2 <= len(stoks) <= 6):
        return None
    head = _key(stoks[0][2])
    rest = stoks[1:]
    keys = [_key(t[2]) for t in rest]
    place = st.mentions_in(rest[0][0], rest[-1][1], labels=("LOC",))
    if head in _CONSTRUCT_HEADS and place and (place[0].start, place[0].end) == (rest[0][0], rest[-1][1]):
        # «محافظة القاهرة»، «بلدية صيدا»، «محافظة شمال سيناء»: an indefinite head and the place it
        # serves, as the entities stage named it
        return stoks[0][0], stoks[-1][1]
    if (
        head in _CONSTRUCT_HEADS
        and place
        and _key(rest[0][2]) in _REGION_WORDS
        and place[-1].end == rest[-1][1]
        and all(_key(t[2]) in _REGION_WORDS or any(x.start <= t[0] and t[1] <= x.end for x in place) for t in rest)
    ):
        # «وأفادت ولاية جهة مراكش آسفي، في بلاغ، بأن»: the head and the region of its places
        return stoks[0][0], stoks[-1][1]
    if len(stoks) == 2:
        # «الحكومة الإثيوبية»: the government by its nationality
        if head == norm_key("الحكومة") and keys[0].startswith("ال") and _fold(rest[0][2]).endswith("يه"):
            return stoks[0][0], stoks[-1][1]
        if head in _NATIONAL_BODIES and keys[0].startswith("ال") and _nationality(keys[0]):
            # «وأكد المتحف الفلسطيني، في بيان، أنه»: a national institution by its nationality
            return stoks[0][0], stoks[-1][1]
        return None
    if head.startswith("ال") and head[2:] in _CONSTRUCT_HEADS:
        # «الشركة الوطنية لاستغلال وتوزيع المياه»: with the article, only a name that goes on with
        # its adjective and a complement in ل (not «الشركة الجديدة», «الشركة نفسها»)
        if not (keys[0].startswith("ال") and any(k.startswith("ل") and len(k) >= 3 for k in keys[1:])):
            return None
        if keys[0].startswith("الم") and not rest[0][2].endswith(("ي", "ية")):
            return None  # «الشركة الموزعة للعبة»: the company described by what it does, no name
    elif head not in _CONSTRUCT_HEADS:
        return None
    if not any(k.startswith(("ال", "وال", "لل")) for k in keys):
        return None
    for n, (t, k) in enumerate(zip(rest, keys)):
        w = t[2]
        if not _WORD_RE.fullmatch(w) or not is_arabic(w) or k in lex.stops or k in lex.adverbs or k in lex.speech_nouns:
            return None
        if _is_title(lex, w) or _bare(k) in lex.generic or _fold(w) in lex.verb_words:
            return None
        definite = k.startswith(("ال", "وال", "لل"))
        # (not a noun in construct with the definite word after it: «مرصد نزاهة الإنفاق»، «إدارة وقاية النباتات»)
        construct = n + 1 < len(keys) and (
            keys[n + 1].startswith(("ال", "لل"))
            # (two nouns joined by و before the definite word: «مركز حماية وحرية الصحفيين»)
            or keys[n + 1].startswith("و") and not keys[n + 1].startswith("وال") and n + 2 < len(keys) and keys[n + 2].startswith("ال")
        )
        if not definite and not construct and (k.endswith(("يه", "يون", "يين")) or n == 0 and w.endswith("ة")):
            return None  # «منظمة حقوقية»، «شركة ناشئة»: an indefinite adjective describes, names nothing
    return stoks[0][0], stoks[-1][1]


def _proposed_body(st: _State, span: tuple[int, int]) -> MentionDraft:
    """A body's name the entities stage missed (_body_named_by_construct), added as an ORG mention."""
    s, e = span
    nm = MentionDraft(s, e, st.text[s:e], "ORG", "rule", 0.6, sentence=st.sentence_of(s))
    st.add_mention(nm)
    return nm


# words of time that may end a subject and that the leading adverbs and stop words leave out
# («وقال الوزير … ظهر الأحد»، «… غدا»)
_WHEN_KEYS = frozenset(norm_key(w) for w in ("ظهر", "غدا"))


def _name_after_definite_title(st: _State, own: list) -> tuple[int, int] | None:
    """The span of the subject's last two words when they read as a name after a title: a definite
    word (or a body's name) right before them, both Arabic words with no article, preposition,
    conjunction, nunation or time sense, no title, verb or nisba; None otherwise."""
    if len(own) < 4:
        return None
    w1, w2, prev = own[-2], own[-1], own[-3]
    pk = _key(prev[2])
    if not (pk.startswith(("ال", "لل")) or any(x.end == prev[1] for x in st.mentions_in(prev[0], prev[1], labels=("ORG", "LOC")))):
        return None
    for t in (w1, w2):
        k, raw = _key(t[2]), dediac(t[2])
        if (
            not _WORD_RE.fullmatch(t[2]) or not is_arabic(t[2]) or len(raw) < 3
            or k.startswith(("ال", "لل")) or t[2].endswith(("اً", "ًا"))  # (nunation: dediac drops it)
            or k[:1] in "وفبل" and k[1:].replace("ء", "") in _common_words()  # (a clitic on a word: «بالقرب»، «وأضاف»)
            or k in st.lex.stops or k in st.lex.adverbs or k in st.lex.verb_words or k in st.lex.speech_nouns
            or _is_title(st.lex, t[2]) or k in _WHEN_KEYS
            or any(x.start < t[1] and t[0] < x.end for x in st.mentions_in(max(0, t[0] - 80), t[1] + 80))
        ):
            return None
    if _key(w2[2]).endswith(("يه", "يون", "يين")):
        return None  # (an adjective: «مسؤولون أوروبيون»)
    if _key(w1[2])[:1] in "بل" and _key(w1[2]) not in st.lex.first_names:
        return None  # (a preposition on a place: «المدير الجهوي للفلاحة بدرعة تافيلالت»)
    return (w1[0], w2[1])


def _proposed_person(st: _State, span: tuple[int, int], subj_a: int, role: str | None = None) -> _Subject:
    """A name the entities stage missed, found after a title that opens at ``subj_a``: added as a
    PERSON mention with the title (or ``role``, when the title is not right before it) as its role,
    and the subject it makes."""
    s, e = span
    nm = MentionDraft(s, e, st.text[s:e], "PERSON", "rule", 0.6, sentence=st.sentence_of(s))
    nm.role = role if role is not None else _role_text(st, subj_a, s)
    st.add_mention(nm)
    ws = nm.text.split()
    if len(ws) >= 3 and norm_key(ws[-2]) in _SURNAME_PARTICLES:
        # «… إلزه فان دايك على أن» then «وقالت فان دايك»: the family name with its particle, later
        for x in re.finditer(r"(?<!\w)" + re.escape(" ".join(ws[-2:])) + r"(?!\w)", st.text[e:]):
            a, b = e + x.start(), e + x.end()
            if not st.mentions_in(a, b):
                st.add_mention(MentionDraft(a, b, st.text[a:b], "PERSON", "rule", 0.55, sentence=st.sentence_of(a)))
    return _Subject((s, e), nm.role, "proposed", 0.65, "PERSON")


_SURNAME_PARTICLES = frozenset(norm_key(w) for w in ("فان", "فون", "دي", "دا", "دو", "ديل"))


def _hamza_al(tok: str) -> bool:
    """«ألبيرتو»، «إلفيرا»: a word opening with a hamza under or over its alif before ل is a name's
    first letters, never the article (which is written «ال»)."""
    return tok.startswith(("أل", "إل"))


# «رائد/رائدة الأعمال», «رائد الفضاء»: a calling that stands as a title before a name
_PIONEERS = frozenset(norm_key(w) for w in ("رائد", "رائدة"))
_PIONEERED = frozenset(norm_key(w) for w in ("الأعمال", "أعمال", "الفضاء"))


def _body_ends_at(st: _State, tok: tuple[int, int, str]) -> bool:
    """A body's name the entities stage read ends with this token."""
    return any(x.end == tok[1] for x in st.mentions_in(max(0, tok[0] - 80), tok[1], labels=("ORG",)))


def _titled_name(
    st: _State, stoks: list[tuple[int, int, str]], places: bool = False
) -> tuple[int, int] | None:
    """«وقال الأمين العام للنقابة كونستانتين وسونغا إن»، «وقال وزير الدفاع الباكستاني خواجة آصف
    على …»: a title with its definite complements, then two or three words of a name the entities
    stage missed (no article, no known word of news text), ending the subject; a Latin form in
    parentheses may follow. With ``places`` the title's complements may hold a place: «مديرة
    العمليات في مكتب الأمم المتحدة … إديم وسورنو في إحاطة». Returns the name's span."""
    lex = st.lex
    keys = [_key(t[2]) for t in stoks]
    if len(stoks) < 3 or not (_is_title(lex, stoks[0][2]) or keys[0] in _PIONEERS and keys[1] in _PIONEERED):
        return None  # («رائدة الأعمال بشرى الرواحي»: an entrepreneur's calling is a title here)
    end = len(stoks)
    if stoks[-1][2].startswith(("لـ", 'ل"', "ل«", "ل ـ")) or any(
        _addressee(st, x) for x in st.mentions_in(stoks[-1][0], stoks[-1][1])
    ):
        end -= 1  # «… عمر سلامة لـ«رؤيا» إن»، «… لهسبريس»: the outlet spoken to
        if end >= 4 and norm_key(stoks[end - 1][2]) in _MEDIA_WORDS:
            end -= 1  # «… باسم نعيم لقناة الجزيرة إن»: the outlet's noun with its «ل»
    elif end >= 5 and stoks[-2][2].startswith(('لـ"', "لـ«", 'ل"', "ل«")) and stoks[-1][2].endswith(('"', "»")):
        end -= 2  # «… ألفة بن سالم لـ"الصباح نيوز" إن»: an outlet of two words in marks
    latin = 0
    if stoks[end - 1][2] == ")" and "(" in (t[2] for t in stoks[1:end]):
        k0 = next(k for k in range(1, end) if stoks[k][2] == "(")
        if all(re.fullmatch(r"[A-Z][A-Za-z'.-]*", t[2]) for t in stoks[k0 + 1 : end - 1]):
            latin = end - 1 - (k0 + 1)  # the words of a Latin name: «(Yvonne Sanders)»
        end = k0
    # the title's complements: definite words, «باسم», titles, words of a named body or place,
    # and a noun in construct with one of these («الأمين العام لاتحاد المزارعين»، «في مختبر علوم
    # التربة بجامعة لوفان»)
    comp = [False] * (end + 1)
    paren = [False] * end  # a gloss in brackets: «لهيئة تنمية صناعة تكنولوجيا المعلومات (إيتيدا)»
    depth = 0
    for n in range(end):
        if stoks[n][2] == "(":
            depth += 1
        paren[n] = depth > 0
        if stoks[n][2] == ")":
            depth = max(0, depth - 1)
    common = _common_words()

    def surname(n: int) -> bool:
        # a family name of the nisba form ends the name: «لمياء الشرقاوي»، «سلام الجبوري»
        return (
            n == end - 1
            and n >= 2
            and keys[n].startswith("ال")
            and keys[n].endswith(("ي", "يه"))  # («بشرى الكعبية»: a woman's family name of that form)
            and len(keys[n]) >= 6
            and keys[n].replace("ء", "") not in common
            and not keys[n - 1].startswith(_DEFINITE_PREFIXES)
            and not _is_title(lex, stoks[n - 1][2])
            and not paren[n - 1]
        )

    for n in range(end - 1, 0, -1):
        comp[n] = not surname(n) and bool(
            paren[n]
            or _MARKS_RE.search(stoks[n][2]) is not None  # a body named in quotes: «المحلل في "جيفريز"»
            or (keys[n].startswith(_DEFINITE_PREFIXES) and not _hamza_al(stoks[n][2]))
            # («المتحدث باسم الحكومة العراقية باسم العوضي»: «باسم» right after the body's name is a given name)
            or keys[n] in _ON_BEHALF and not _body_ends_at(st, stoks[n - 1])
            or (places and keys[n] in _TITLE_PLACES and comp[n + 1])
            or _is_title(lex, stoks[n][2])
            or _overlapping(st, stoks[n][0], stoks[n][1], ("ORG", "LOC"))
            or (comp[n + 1] and _WORD_RE.fullmatch(stoks[n][2]))
        )
    n = 1
    while n < end and comp[n]:
        n += 1
    run = stoks[n:end]
    # (four words with a particle inside: «ياب دي هوب شيفر»، «فرانك فالتر شتاينماير» is three)
    if not 2 <= len(run) <= (4 if any(_key(t[2]) in _NAME_PARTICLES for t in run[1:-1]) else 3):
        return None
    foreign_last = _foreign_last(run[-1][2], common)
    for r, t in enumerate(run):
        k = _key(t[2])
        if r == 0 and _nationality(k) and k not in lex.first_names:
            return None  # «وأكد مسؤول مصري رفيع لوكالة …»: the title's nationality and rank, no name
        if r == 0 and k.startswith("ب") and k not in lex.first_names and not surname(n + len(run) - 1) and not (
            # («الرئيس التنفيذي لـ"بروكفيلد" بروس فلات»، «المتحدث باسم حكومة إقليم كردستان بيشوا هوراماني»:
            # after the body's name, in marks or read by the entities stage)
            stoks[n - 1][2].endswith(('"', "»", "”"))
            or _body_ends_at(st, stoks[n - 1])
        ):
            # «المدير الجهوي للفلاحة بدرعة تافيلالت»: ب + the place of the title, no name (but
            # «بشرى الرواحي», a family name of the nisba form after it)
            return None
        if (
            not _WORD_RE.fullmatch(t[2])
            or (
                k.startswith(_DEFINITE_PREFIXES)
                and not _hamza_al(t[2])
                and not (r == len(run) - 1 and surname(n + r))
            )
            or _no_name_word(lex, t[2]) and not (r == 0 and k in _ON_BEHALF)  # («… العراقية باسم العوضي»: the name Basem)
            or k in lex.generic
            or _bare(k) in lex.generic
            # (a common word may open a name whose last word is none, neither with a nisba ending
            # nor with the article: «إمره تشليك», not «أمني ليبي», «غربي معتمد» nor «غير الربحي»)
            or k.replace("ء", "") in common
            and (r == len(run) - 1 or k.endswith(("ي", "يه")) or not foreign_last)
            and not (r == 0 and k in _ON_BEHALF)
        ):
            return None
    s, e = run[0][0], run[-1][1]
    # (a product's name read in a given name is none when a Latin name of as many words follows:
    # «إيفون ساندرز (Yvonne Sanders)», not the phone)
    if _overlapping(st, s, e, ("PERSON", "ORG", "LOC") if latin == len(run) else ("PERSON", "ORG", "LOC", "PRODUCT")):
        return None
    return s, e


# particles inside European names as Arabic writes them: «ياب دي هوب شيفر»، «لودفيغ فان بيتهوفن»
_NAME_PARTICLES = frozenset(norm_key(w) for w in ("دي", "دو", "دا", "ديل", "فان", "فون", "دير"))


def _foreign_last(tok: str, common: frozenset[str]) -> bool:
    """The last word of a name the entities stage missed that lets a common word open it: no word
    of news text, no article, no nisba ending («تشليك»)."""
    k = _key(tok)
    return k.replace("ء", "") not in common and not k.startswith(_DEFINITE_PREFIXES) and not k.endswith(("ي", "يه"))


# after a name, the ones spoken to («للصحفيين», the audience, or an outlet's noun) or where and when
# («خلال حفل التسليم»، «قرب الموقع»، «على هامش …»)
_TO_THE_PRESS = _AUDIENCE | frozenset(
    norm_key(w) for w in ("لوسائل", "لوكالة", "لقناة", "لصحيفة", "لإذاعة", "لموقع", "لمجلة", "للتلفزيون")
)
_WHERE_WHEN_PREPS = frozenset(norm_key(w) for w in ("خلال", "أثناء", "قرب", "أمام", "عقب", "إثر"))
_ON, _MARGIN = norm_key("على"), norm_key("هامش")


def _setting_tail(stoks: list[tuple[int, int, str]]) -> int | None:
    """Where, after a title and two or three words, the subject's tail opens that says to whom or
    where the words were said (no comma in it): the index of its first token."""
    for k in range(3, len(stoks)):
        w = _key(stoks[k][2])
        if w in _TO_THE_PRESS or w in _WHERE_WHEN_PREPS or (
            w == _ON and k + 1 < len(stoks) and _key(stoks[k + 1][2]) == _MARGIN
        ):
            if any(t[2] in "،,;؛:" for t in stoks[k:]):
                return None
            return k
    return None


def _missed_name(st: _State, seg: list[tuple[int, int, str]]) -> bool:
    """Two to four words set off by commas that can be a name the entities stage missed: plain
    words, none with the article, a stop, a title, a generic or speech word, and one at least that
    is no common word («شاهد إقبال مرزا»)."""
    if not 2 <= len(seg) <= 4:
        return False
    common = _common_words()
    keys = [_key(t[2]) for t in seg]
    return all(
        _WORD_RE.fullmatch(t[2]) and not k.startswith(_DEFINITE_PREFIXES) and not _no_name_word(st.lex, t[2])
        # (a generic word only opening a name of three: «شاهد إقبال مرزا», not «شاهد عيان»)
        and (k not in st.lex.generic or n == 0 and len(seg) >= 3)
        for n, (t, k) in enumerate(zip(seg, keys))
    ) and any(k.replace("ء", "") not in common for k in keys)


def _no_name_word(lex: _Lex, tok: str) -> bool:
    """A word no name the entities stage missed is made of: a stop word, an adverb, a noun of
    speech, a title or a verb of saying."""
    k = _key(tok)
    return k in lex.stops or k in lex.adverbs or k in lex.speech_nouns or _is_title(lex, tok) or _fold(tok) in lex.verb_words


def _overlapping(st: _State, a: int, b: int, labels) -> bool:
    """A mention with one of ``labels`` overlaps [a, b)."""
    i = bisect.bisect_left(st.m_starts, b) - 1
    for m in st.mentions[max(0, i - 5) : i + 1][::-1]:
        if m.end > a and m.start < b and m.label in labels:
            return True
    return False


def _propose(
    st: _State, toks: list[tuple[int, int, str]], gender: str | None
) -> tuple[int, int, int] | None:
    """A person's name the entities stage missed: a known given name and up to three more words,
    or words followed by a Latin form in parentheses. Returns (start, end, index of first token)."""
    lex = st.lex
    for i, (s, e, tok) in enumerate(toks):
        k = _key(tok)
        core = k[1:] if k.startswith("و") and k[1:] in lex.first_names else k
        if core in lex.first_names and not tok.startswith("ال") and not (
            i + 1 < len(toks) and _keeper_title(core, _key(toks[i + 1][2]))
        ) and not (
            # («ويرى رجل أعمال يمني يدير شركة …»: a nationality after an indefinite noun, no «يمنى»)
            i > 0 and _nationality(core) and not _key(toks[i - 1][2]).startswith("ال")
        ):  # (not «وتقول أمينة مكتبة في …»: a librarian, no given name)
            j = i + 1
            while j < len(toks) and j - i < 4:
                t = toks[j][2]
                tk = _key(t)
                if tk == _ALLAH and _key(toks[j - 1][2]) in _ALLAH_COMPOUNDS:
                    j += 1  # «حسن فضل الله»: the family name ends with «الله»
                    break
                if (
                    t in "(),،;؛:"
                    or tk in lex.stops
                    or tk in lex.adverbs
                    or _is_title(lex, t)
                    or tk in lex.speech_nouns
                ):
                    break
                j += 1
            if j - i >= 2:
                return s, toks[j - 1][1], i
    # two or three words with no given name known, then a title: «أكد مجذوب الخليفة مستشار
    # الرئيس السوداني أن» — the words before the title are the name in apposition
    for n in (2, 3):
        if len(toks) > n and _is_title(lex, toks[n][2]) and not _is_title(lex, toks[0][2]):
            head = toks[:n]
            keys = [_key(t[2]) for t in head]
            if (
                not keys[0].startswith(("ال", "و"))
                and all(
                    _WORD_RE.fullmatch(t[2])
                    and k not in lex.stops
                    and k not in _PREPOSITIONS  # («وقال مقربون من الأمير سلطان»: no name «مقربون من»)
                    and k not in lex.adverbs
                    and k not in lex.speech_nouns
                    and _bare(k) not in lex.generic
                    and k not in lex.generic
                    and not _is_title(lex, t[2])
                    and _fold(t[2]) not in lex.verb_words
                    for t, k in zip(head, keys)
                )
            ):
                return head[0][0], head[-1][1], 0
    return None


# A form of address with its pronoun stands for the one last addressed so: «اكد جلالته» after
# «جلالة الملك عبدالله الثاني»; «سموه»، «فخامته»، «معاليه»، «سيادته»، «سعادته».
_ADDRESS_PRONOUNS = {
    _fold(w + p): _fold(base)
    for w, base in (
        ("جلالت", "جلالة"),
        ("فخامت", "فخامة"),
        ("سيادت", "سيادة"),
        ("سعادت", "سعادة"),
        ("سماحت", "سماحة"),
        ("سمو", "سمو"),
        ("معالي", "معالي"),
    )
    for p in ("ه", "ها")
}


def _addressed_holder(st: _State, word: str, cue_start: int) -> MentionDraft | None:
    """The person last named after the form of address that ``word`` (جلالته، سموه …) stands
    for, within the ten sentences before the cue."""
    base = _ADDRESS_PRONOUNS.get(_fold(word))
    if base is None:
        return None
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 10)][0] if st.sentences else 0
    for m in reversed(st.mentions_in(lo, cue_start, labels=("PERSON",))):
        prev = [_fold(w) for w in st.text[max(lo, m.start - 40) : m.start].split()[-3:]]
        if base in prev:
            return m
    return None


def _known_surname(st: _State, tok: tuple[int, int, str], cue_start: int) -> bool:
    """``tok`` is the last word of a person's name given in full earlier in the article (the
    entities stage left the bare family name untagged), or of a known given name and that word
    within the ten sentences before."""
    k = _key(tok[2])
    if len(k) < 3 or _is_title(st.lex, tok[2]) or k in st.lex.stops or _bare(k) in st.lex.generic:
        return False
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 10)][0] if st.sentences else 0
    if any(
        # (a long story comes back to its speaker late: «وحذّرت مارتان من أن» twelve sentences
        # after «المتحدثة باسم المنظمة في النيجر آن صوفي مارتان»)
        len(m.text.split()) >= 2 and _key(m.text.split()[-1]) == k
        for m in st.mentions_in(0, tok[0], labels=("PERSON",))
    ):
        return True
    # «افتتح رجل الأعمال العائد من تشيلي خوان عودة أول صالة» then «يقول عودة إن»: a known given name
    # then the word, untagged (a common word as a family name), outside any other mention
    before = _tokens(st.text, lo, tok[0])
    return any(
        _key(g[2]) in st.lex.first_names and _key(g[2]) not in st.lex.stops  # (not «على لاعبات الدوري»)
        and _key(w[2]) == k and not st.mentions_in(g[0], w[1])
        for g, w in zip(before, before[1:])
    )


def _inside_mention(st: _State, pos: int) -> bool:
    """``pos`` lies inside a mention that started before it («الوكالة الوطنية للتنسيق في
    الكوارث»: «في» is part of the name)."""
    i = bisect.bisect_right(st.m_starts, pos) - 1
    while i >= 0 and i >= bisect.bisect_right(st.m_starts, pos) - 4:
        m = st.mentions[i]
        if m.start < pos < m.end and m.label in _SPEAKER_LABELS:
            return True
        i -= 1
    return False


# family names made with «الله»: «فضل الله»، «نصر الله»، «خير الله» (the stop word «الله» is their end)
_ALLAH = norm_key("الله")


def _name_starts(st: _State, pos: int) -> bool:
    """A person's name starts here: «علي» is the name, not the preposition على."""
    i = bisect.bisect_left(st.m_starts, pos)
    if i < len(st.mentions) and st.mentions[i].start == pos and st.mentions[i].label == "PERSON":
        return True
    # «الطبيب علي موسي»: the given name «علي» (untagged), then the tagged family name; the
    # preposition is written «على» or, in some papers, «علي» too, but not before a person's name
    word = re.match(r"\S+", st.text[pos : pos + 8])
    if word is None or word.group() != "علي":
        return False
    nxt = pos + len(word.group()) + 1
    if i < len(st.mentions) and st.mentions[i].start == nxt and st.mentions[i].label == "PERSON":
        return True
    # «يقول علي فضل الله، وهو …»: a family name made with «الله», untagged
    after = st.text[nxt : nxt + 24].split()[:2]
    return len(after) == 2 and norm_key(after[0]) in _ALLAH_COMPOUNDS and norm_key(after[1].rstrip("،,")) == _ALLAH


def _statement_before(st: _State, h: _Spoken, noun: str | None = None) -> bool:
    """Whether the quote remembered in h came from a statement: a statement noun stands in its
    sentence before its cue («أفاد بيان … أن»), so «وأضاف البيان» goes on with it; after a person's
    words, «كما يعرب النص عن …» is the text of a resolution, not that person. With ``noun``, that
    noun in the cue's own zone («كشفت المجموعة في بيان أنها …»)."""
    toks = _tokens(st.text, st.sentence_start(h.pos), st.sentence_end(h.pos))
    near = [t for t in toks if t[0] < h.pos] if noun is None else []
    names = st.mentions_in(st.sentence_start(h.pos), st.sentence_end(h.pos), labels=("PERSON", "ORG", "LOC"))
    for t in [t for t in toks if t[0] >= h.pos][:14]:  # the cue's zone, up to its conjunction
        if _fold(t[2]) in ("ان", "بان") or ":" in t[2]:
            break
        if _MARKS_RE.search(t[2]) and not any(x.start <= t[0] + 1 and t[1] - 1 <= x.end for x in names) and not _short_name_marks(st, t, names):
            break  # (the marks of a name are no quote: «أعلنت شركة "هيلال إكسبريس" …، في بيان»)
        near.append(t)
    if noun is not None:
        return any(_noal(_bare(_key(t[2]))).rstrip("ا") == noun for t in near)
    # (with its tanween too: «وأصدر صندوق "…" بياناً قال فيه إنه»)
    return any(k in st.lex.statement_nouns or k.removesuffix("ا") in st.lex.statement_nouns for k in (_bare(_key(t[2])) for t in near))


def _short_name_marks(st: _State, t: tuple[int, int, str], names: list[MentionDraft]) -> bool:
    """«الشركة العامة لتسويق الأدوية «كيماديا»»: a word or two in marks right after a body's name
    (its short name), no quote."""
    p = st.pair_at(t[0]) if t[2][:1] in "«\"“" else None
    if p is None or _words(st.text, *p.content) > 3:
        return False
    return any(x.label == "ORG" and not st.text[x.end : p.open].strip() for x in names)


_LIKE = frozenset(norm_key(w) for w in ("مثل", "ومثل", "منها", "ومنها", "أبرزها", "ابرزها"))


def _is_joint(st: _State, span: tuple[int, int]) -> bool:
    """The span holds two or more names of one label joined by و (a joint speaker)."""
    inner = [x for x in st.mentions_in(*span) if (x.start, x.end) != span]
    if len(inner) < 2 and span[1] - span[0] > 0:
        inner = [x for x in st.mentions_in(*span, labels=("LOC",)) if (x.start, x.end) != span]
    return len(inner) >= 2 and all(
        _AND_RE.fullmatch(st.text[p.end : q.start]) for p, q in zip(inner, inner[1:])
    )


_AND_RE = re.compile(r"\s*(?:،\s*)?و\s*")
_AND_PEER_RE = re.compile(r"\s*و(?:شريك|نظير|زميل)(?:ه|ها|ته)(?:\s+[^\s،,:«»\"]+){0,4}?\s+")


def _joint(st: _State, ms: list[MentionDraft], end: int) -> MentionDraft | None:
    """Two or three names joined by و that end the subject («المؤسسان فيصل العتيبي وسارة
    القحطاني»، «فرنسا وبريطانيا وألمانيا»): one joint speaker, proposed as a mention spanning
    them (its words are both names)."""
    run = [ms[0]]
    for x in ms[1:]:
        gap = st.text[run[-1].end : x.start]
        if x.label != run[0].label or not (
            _AND_RE.fullmatch(gap)
            # «ميرتس وشريكه في الائتلاف لارس كلينغبايل»، «السيسي ونظيره الفرنسي إيمانويل ماكرون»
            or (x.label == "PERSON" and _AND_PEER_RE.fullmatch(gap))
        ):
            break
        run.append(x)
    if len(run) < 2 or len(run) > 3:
        return None
    rest = _trim(st.text, _skip_parens(st.text, run[-1].end, end), end)
    if rest[0] < rest[1] and st.text[_skip_parens(st.text, run[-1].end, end):rest[0]].strip()[:1] not in "،,":
        return None  # more words after the last name: not a list of speakers
    a, b = run[0].start, run[-1].end
    for x in st.mentions_in(a, b, labels=(run[0].label,)):
        if (x.start, x.end) == (a, b):
            return x
    nm = MentionDraft(a, b, st.text[a:b], run[0].label, "rule", 0.6, sentence=st.sentence_of(a))
    st.add_mention(nm)
    return nm


# an unnamed source: «مسؤول في حملة أوسوف»، «مصدر في مكتب نتنياهو»
# «يدعى»، «اسمه»: the name of someone described just before («سائق توصيل يدعى ماجد العتيبي»)
_NAMED_AS = frozenset(norm_key(w) for w in ("يدعى", "ويدعى", "تدعى", "وتدعى", "يُدعى", "تُدعى", "اسمه", "واسمه", "اسمها", "واسمها"))
_SELF = frozenset(norm_key(w) for w in ("نفسه", "نفسها", "نفسهم"))
_BY_NAME = frozenset(norm_key(w) for w in ("باسم", "اسم"))


def _self_named(toks: list[tuple[int, int, str]], n: int) -> bool:
    """«عرّفت عن نفسها باسم أم أحمد»، «مجموعة قرصنة تطلق على نفسها اسم "فانتوم 313"»: «باسم» or
    «اسم» after «نفسه/نفسها», the name given."""
    return n >= 1 and norm_key(toks[n][2]) in _BY_NAME and norm_key(toks[n - 1][2]) in _SELF


_HE_IS_BARE = frozenset(norm_key(w) for w in ("هو", "هي"))


def _named_he_is(toks: list[tuple[int, int, str]], n: int) -> bool:
    """«ويرى رجل أعمال يمني يدير شركة للتخليص …، هو وليد باعباد، أن»: «هو/هي» after a comma, then
    the name of the one described."""
    return n >= 1 and norm_key(toks[n][2]) in _HE_IS_BARE and toks[n - 1][2] in "،,"


# Words that introduce a body by name («شركة أركان»، «مؤسسة …»): after «من/في/لدى» a person works there
_ORG_CUE_WORDS = frozenset(norm_key(w) for w in ("شركة", "مؤسسة", "بنك", "مصرف", "مجموعة", "مركز", "معهد", "جامعة", "صندوق", "وكالة", "منظمة", "دار", "مكتب"))
# Unnamed people of a body, in construct with its name («خبراء الأمم المتحدة»، «مسؤولو الشركة»)
# the people of a place or a body, in construct with it: «أما سكان مديرية الشيخ عثمان فقالوا»، «وقال
# أهالي حي الشيخ عثمان إن» (no one of them named)
_PEOPLE_OF_PLACE = frozenset(
    _bare(norm_key(w)) for w in ("سكان", "أهالي", "مواطنو", "مواطني", "طلاب", "طلبة", "تجار", "مزارعو", "مزارعي", "ركاب", "زبائن")
)
_PEOPLE_OF = _PEOPLE_OF_PLACE | frozenset(
    _bare(norm_key(w))
    for w in ("خبراء", "مسؤولو", "مسؤولي", "مصادر", "محللو", "محللي", "دبلوماسيو", "دبلوماسيي", "موظفو", "موظفي", "عمال", "أطباء", "مهندسو")
)
# Nouns that name back a constituency after «النائب عن»
_CONSTITUENCIES = frozenset(_fold(w) for w in ("محافظة", "دائرة", "ولاية", "مدينة", "منطقة", "كتلة", "حزب", "قائمة", "إقليم", "جهة"))
# Blocs a member sits for, named by one or two definite words after them («عن تحالف الفتح»)
# («فريق»: a parliamentary group, «النائبة عن فريق التقدم والاشتراكية»)
_BLOCS = frozenset(_fold(w) for w in ("تحالف", "ائتلاف", "كتلة", "حزب", "تيار", "حركة", "قائمة", "جبهة", "إطار", "فريق"))
# Owners and trades that head a description before a name set off by commas («صاحب متجر …، خالد النعيمات،»)
_OWNERS = frozenset(
    _bare(norm_key(w))
    for w in ("صاحب", "صاحبة", "مالك", "مالكة", "تاجر", "تاجرة", "سائق", "سائقة", "مزارع", "مزارعة", "صياد", "موظف", "موظفة", "مهندس", "مهندسة", "عامل", "عاملة", "مستثمر", "مستثمرة")
)
_UNNAMED_HEADS = frozenset(_bare(norm_key(w)) for w in ("مسؤول", "مسؤولة", "مسؤولون", "مسؤولو", "مصدر", "مصادر", "متحدث", "متحدثة"))
# an unnamed source placed in a body: «مسؤول في مكتب …»، «مصدر مقرب من …»، «دبلوماسي لدى …»
_UNNAMED_PLACED = frozenset(
    _bare(norm_key(w)) for w in ("مسؤول", "مسؤولة", "مسؤولون", "مسؤولين", "مصدر", "مصادر", "دبلوماسي", "دبلوماسيون", "موظف", "موظفة")
)
_PLACED_BY = frozenset(norm_key(w) for w in ("في", "لدى", "داخل", "ب", "من", "مقرب", "مقربة", "مقربون", "قريب", "قريبة"))


# a title in construct with the one it serves or is kin to: «محامي بلعيرج» is Belliraj's lawyer
# (written forms: «محاميه»، «والده»، «شقيقه» with the pronoun name the speaker himself: «وقال محاميه
# فرانسوا لوبيك»)
_CLIENT_TITLES = frozenset(
    (
        "محامي", "محامية", "محاميا", "محامو", "والد", "والدة", "شقيق", "شقيقة", "زوجة", "أرملة", "نجل", "ابنة",
        "أسرة", "عائلة", "ذوو", "أقارب",
    )
)


_FAMILIES = frozenset(norm_key(w) for w in ("عائلة", "أسرة", "العائلة", "الأسرة"))
# the latter: «فردّ الأخير»، «لكن الأخيرة نفت»
_THE_LATTER = {norm_key(p + w): g for p in ("", "و", "ف") for w, g in (("الأخير", "m"), ("الأخيرة", "f"))}


def _the_latter(st: _State, s0: int, cue_start: int, gender: str | None, before: list[MentionDraft]) -> _Subject | None:
    """«… رداً على "بركان"، فردّ الأخير بمنشور كتب فيه:»: «الأخير/الأخيرة» after a verb with و/ف
    (not a noun's adjective: «زيارتها الأخيرة»، «المرة الأخيرة») is the last person named before the
    word, of the cue's gender (``before``: the sentence's mentions before the cue)."""
    if gender not in ("m", "f") or "خير" not in st.text[s0:cue_start]:
        return None
    stoks = _tokens(st.text, s0, cue_start)
    latter = next((
        t for p, t in zip(stoks, stoks[1:]) if _key(t[2]) in _THE_LATTER
        and _fold(p[2])[:1] in "وف" and len(_fold(p[2])) >= 3 and not _fold(p[2])[1:].startswith("ال")
        and not st.mentions_in(p[0], p[1])
    ), None)
    if latter is None or _THE_LATTER[_key(latter[2])] != gender:
        return None
    last = [m for m in before if m.label == "PERSON" and m.end <= latter[0]]
    if not last or st.genders.get(norm_key(last[-1].text), gender) != gender:
        return None
    m = last[-1]
    return _Subject((m.start, m.end), m.role, "carry", 0.65, "PERSON")


def _family_issued(st: _State, s0: int, cue_start: int, gender: str | None) -> _Subject | None:
    """«وأصدرت عائلة الفنان بياناً قالت فيه إن»: the family, subject of the verb that opens the
    sentence, speaks in its statement; unnamed, «عائلة الفنان» its role (not the artist named before)."""
    if gender != "f":
        return None
    toks = _tokens(st.text, _after_dateline(st.text, s0, cue_start), cue_start)
    if len(toks) < 3 or _key(toks[1][2]) not in _FAMILIES or any(t[2] in "،,:" for t in toks):
        return None
    if st.mentions_in(toks[0][0], toks[1][1]):
        return None
    # («عائلة الفنان» in construct; «العائلة» alone)
    end = toks[1][1] if _key(toks[1][2]).startswith("ال") else toks[2][1]
    return _Subject(None, st.text[toks[1][0] : end], "unnamed", 0.6)


def _client_of_title(st: _State, toks: list, i: int, b: int) -> _Subject | None:
    """«وقال محامي عبد القادر بلعيرج للصحيفة إن»، «وقالت والدة شاليط إن»: the name right after a
    lawyer's or a kin's title is whose lawyer or kin speaks; the speaker stays unnamed, the role the
    title with the name."""
    w = dediac(toks[i][2])
    if i + 1 >= len(toks) or w not in _CLIENT_TITLES and not (w[:1] in "وف" and w[1:] in _CLIENT_TITLES):
        return None
    named = st.mentions_in(toks[i + 1][0], b, labels=("PERSON", "ORG"))
    if not named or named[0].label != "PERSON" or named[0].start != toks[i + 1][0]:
        return None
    x = named[0]
    if any(y.label == "PERSON" for y in named[1:]):
        return None  # «وقال محامي الداهوم، عبدالله الكندري، إن»: the lawyer named after his client
    parent = _PARENT_OF.get(norm_key(w)) or _PARENT_OF.get(norm_key(w[1:]))
    if parent is not None and (kin := _kin_introduced(st, parent[0], parent[1], toks[i][0])) is not None and kin.speaker != (x.start, x.end):
        # «وأوضح والد يوسف أن» after «وقال محمود الشاذلي، والد الصحفي،»: the one parent the article introduced
        return _Subject(kin.speaker, st.text[toks[i][0] : x.end], "coref", 0.65)
    return _Subject(None, st.text[toks[i][0] : x.end], "unnamed", 0.65)


# a parent by the child's name: «والد يوسف»، «والدة شاليط», and the kin word that names him or her back
_PARENT_OF = {norm_key("والد"): (norm_key("الأب"), "m"), norm_key("والدة"): (norm_key("الأم"), "f")}


def _principal_of_unnamed(st: _State, toks: list, i: int, b: int) -> _Subject | None:
    """«عن مسؤول في مكتب رئيس الوزراء الإسرائيلي إيهود أولمرت أن»، «وقال مصدر مقرب من الرئيس
    محمود عباس إن»: an indefinite unnamed source placed in a body or near one; the name that
    follows a title there, with no comma before it, is the principal's, not the speaker's. The
    speaker stays unnamed, its role the whole description (None when that is not the case)."""
    if i + 2 >= len(toks) or _bare(_key(toks[i][2])) not in _UNNAMED_PLACED:
        return None
    n = i + 1
    if _key(toks[n][2]) not in _PLACED_BY:
        if not _fold(toks[n][2]).endswith("ي") or _key(toks[n][2]).startswith("ال"):
            return None
        n += 1  # «مسؤول إسرائيلي في مكتب …»: its nisba first
        if n >= len(toks) or _key(toks[n][2]) not in _PLACED_BY:
            return None
    people = [x for x in st.mentions_in(toks[n][1], b, labels=("PERSON",))]
    if not people:
        return None
    x = people[0]
    before = _tokens(st.text, toks[n][1], x.start)
    if not before or before[-1][2] in "،,()" or not any(_is_title(st.lex, t[2]) for t in before):
        return None  # («مسؤول في الوزارة، أحمد علي، إن»: the name set off by commas is the source's)
    if any(t[2] in "،,:" for t in _tokens(st.text, toks[i][0], x.end)):
        return None
    return _Subject(None, st.text[toks[i][0] : x.end], "unnamed", 0.65)


# «ابن مدينة سلا»، «ابنة الناظور»: a native of a place, an epithet of a person
_NATIVE_OF = frozenset(norm_key(w) for w in ("ابن", "ابنة", "إبن"))
_HOMETOWNS = frozenset(_noal(_bare(norm_key(w))) for w in ("مدينة", "بلدة", "قرية", "حي", "ولاية", "محافظة", "إقليم", "منطقة"))


# a title word that is also a body's name: «المؤسِّسة المشاركة …، ريم الظاهري» a founder, «مؤسسة
# «راند»» an institution
_INSTITUTION_TITLES = frozenset({norm_key("مؤسسة")})
# conjunctions opening a time clause before the main one: «وحين سألناه عن …، ابتسم وقال»
_WHEN_CLAUSE_OPENERS = frozenset(norm_key(w) for w in ("حين", "حينما", "عندما", "لما", "بعدما", "كلما"))
_ADJUNCT_OPENERS = _PREPOSITIONS | _WHEN_CLAUSE_OPENERS
# verbal nouns whose complement takes على inside a title: «وزير الثقافة والمحافظة على التراث»
_OVER_NOUNS = frozenset(norm_key(w) for w in ("محافظة", "رقابة", "إشراف", "حفاظ", "سيطرة"))
_ALA = norm_key("على")
# verbs that take the one urged as their object, after the subject: «دعت الجمعية الوزارة إلى أن»
_URGING_VERBS = frozenset(norm_key(w) for w in ("دعا", "طالب", "حث", "ناشد"))
# verbs whose complement opens with «إلى» (and envoys, whose title does: «المبعوث الأممي إلى سوريا»)
_ILA_VERBS = frozenset(norm_key(w) for w in ("أشار", "لفت", "نبه", "دعا", "ألمح"))
_ENVOYS = frozenset(norm_key(w) for w in ("مبعوث", "مبعوثة", "موفد", "موفدة", "سفير", "سفيرة", "مندوب", "مندوبة", "وفد"))


def _heads_body(lead: list, m: MentionDraft) -> bool:
    """Whether the title at lead[0] (the words up to the body m) is the head of m, a person and no
    spokesman of it: «رئيس الحكومة الإسرائيلية»، «رئيس مجلس إدارة الشركة»، «المدير العام للديوان»;
    not «مدير المؤسسة فريدون» (the title's construct closed by a definite word before m)."""
    if not lead or _noal(_bare(_key(lead[0][2]))) in _SPOKESMEN or len(lead) > 4:
        return False
    if _key(lead[0][2]).startswith(("ال", "وال")):
        # «المدير العام لشركة …»: adjectives, then the body after ل (not «الرئيس الفخري للجمعية
        # سومتشاي»: the body named by a definite noun already, then a name read as a body)
        return not any(_key(t[2]).startswith("لل") for t in lead[1:])
    return not any(_key(t[2]).startswith(("ال", "وال", "لل")) for t in lead[1:])


def _name_in_body_tag(lex: _Lex, m: MentionDraft) -> tuple[int, int] | None:
    """A body's definite noun and a name after it that the model tagged as one organisation
    («الرابطة أمره طاش»، «للشركة هلال الرواحي»، «للجامعة الهادي الزغلامي»): the span of the name
    (two or three words, the first with no article or a given name that has one), or None."""
    words = m.text.split()
    if m.source != "model" or not 3 <= len(words) <= 4 or not words[0].startswith(("ال", "لل")):
        return None
    if words[1].startswith("ال") and _key(words[1]) not in lex.first_names or not all(is_arabic(w) for w in words[1:]):
        return None
    start = m.start + m.text.index(words[1], len(words[0]))
    return (start, m.end)


def _unnamed_head(st: _State, lead: list, role_a: int, m: MentionDraft) -> str | None:
    """The role of a body's head named by title only right before the body, subject first
    («لكن رئيس البنك الدولي قال»): the title through the body; None for a spokesman or no title."""
    text = st.text
    words = [t for t in lead if t[0] >= role_a]
    at = next((n for n, t in enumerate(words) if _is_title(st.lex, t[2])), None)
    if at is None or not _heads_body(words[at:], m):
        return None
    if any(ch in text[words[at][0] : m.start] for ch in "،,:(«\"") or _role_text(st, words[at][0], m.start) is None:
        return None
    return _tidy_role(st.lex, text[words[at][0] : m.end])


def _sits_for(st: _State, gap: list, name_at: int) -> bool:
    """«عن» + at most one noun + an organisation or a place ending right before the name: the body
    or constituency a member or representative sits for (not «الوزير عن الرئيس السوري بشار
    الأسد», a title after عن)."""
    if len(gap) < 2:
        return False
    orgs = st.mentions_in(gap[1][0], name_at, labels=("ORG", "LOC"))  # «النائب عن مدينة تبريز»: a constituency too
    if not orgs and len(gap) == 2 and _key(gap[1][2]).startswith("ال") and not _is_title(st.lex, gap[1][2]) and _key(gap[1][2])[2:] in _CONSTITUENCIES:
        return True  # «النائبة عن المحافظة زينب الموسوي»: the constituency named back
    if (
        not orgs and 3 <= len(gap) <= 4 and _fold(_noal(_key(gap[1][2]))) in _BLOCS
        and all(_key(t[2]).removeprefix("و").startswith("ال") and not _is_title(st.lex, t[2]) for t in gap[2:])
        and _key(gap[2][2]).startswith("ال")
    ):
        # «النائب عن تحالف الفتح علي جبار اللامي»، «النائب عن الإطار التنسيقي حيدر كاظم الموسوي»: a
        # bloc the entity stage did not name
        return True
    if orgs:
        o_start, o_end = orgs[-1].start, orgs[-1].end
    else:
        # «النائب عن كتلة «الجمهورية القوية» غسان حاصباني»: the body's name in marks, untagged
        p = st.by_close.get(_trim(st.text, gap[1][0], name_at)[1] - 1)
        if p is None or p.open < gap[1][0] or _words(st.text, *p.content) > 5:
            return False
        o_start, o_end = p.open, p.close + 1
    if st.text[o_end:name_at].strip(' «»“”"') not in ("", "،", ",") and not re.fullmatch(r"\s*\d{1,2}\s*", st.text[o_end:name_at]):
        # (a comma may set the name off: «عضو الكنيست عن حزب يش عتيد، نوعا ليفي، أن»; the district's
        # number may close its name: «النائبة عن دائرة فرنسا 2 سلمى الرياحي»)
        return False
    head = [t for t in gap[1:] if t[1] <= o_start and t[2] not in '«»“”"']
    return len(head) <= 1 and not any(_is_title(st.lex, t[2]) for t in head)


def _apposed_name(st: _State, app: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a name of two or three words that stands alone between commas after a title:
    its first word a given name, or the words spelled by a Latin gloss in brackets after them."""
    text, lex = st.text, st.lex
    toks = _tokens(text, *app)
    gloss = None
    if toks and toks[-1][2] == ")":
        k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][2] == "("), None)
        if k is None:
            return None
        gloss = [t[2] for t in toks[k + 1 : -1]]
        toks = toks[:k]
    if not 2 <= len(toks) <= 3 or any(not is_arabic(t[2]) or _key(t[2]) in lex.stops or _is_title(lex, t[2]) for t in toks):
        return None
    latin_ok = gloss is not None and len(gloss) == len(toks) and all(w[:1].isupper() and w.isalpha() for w in gloss)
    if not (latin_ok or _key(toks[0][2]) in lex.first_names):
        return None
    return (toks[0][0], toks[-1][1])


def _origin(tok: str) -> bool:
    """«الإيطالي»، «الفرنسية»: a definite adjective of origin, which may stand before a name set off by commas."""
    k = _key(tok)
    return k.startswith("ال") and len(k) > 5 and k.endswith(("ي", "يه"))


_AGE_IN_BRACKETS = re.compile(r"\s*\(\s*\d{1,3}\s*(?:عاماً|عاما|عامًا|سنة|سنوات)?\s*\)")


def _latin_gloss_only(s: str) -> bool:
    """« (Muharrem Yılmaz)»: a name's Latin form in brackets, and nothing else."""
    return re.fullmatch(r"\s*\([A-Za-zÀ-ÿĀ-ž'’.\- ]{2,60}\)\s*", s) is not None


def _apposed_person(st: _State, app: tuple[int, int], b: int) -> MentionDraft | None:
    """The person an apposition names: only titles (or a rank) before the name, the name closing
    it, and nothing but a comma after it up to ``b``."""
    text = st.text
    if text[app[1] : b].strip(" \t،,"):
        return None
    persons = [m for m in st.mentions_in(*app) if m.label == "PERSON" and not _addressee(st, m)]
    if len(persons) == 2 and text[persons[0].end : persons[1].start].strip() == "(" and text[persons[1].end : app[1]].strip() == ")":
        persons = persons[:1]  # «، محرم يلماز (Muharrem Yılmaz)،»: the name and its Latin form
    if len(persons) != 1 or persons[0].end != app[1] and not _AGE_IN_BRACKETS.fullmatch(text, persons[0].end, app[1]) and not (
        _latin_gloss_only(text[persons[0].end : app[1]])
    ):
        return None  # (his age may close it: «، جاد نصّار (29 عاماً):»)
    m = persons[0]
    lead = _tokens(text, app[0], m.start)
    if all(_is_title(st.lex, t[2]) or _origin(t[2]) or _key(t[2]) in _RANK_WORDS or _key(t[2]) in st.lex.honorifics for t in lead):
        return m
    if (
        2 <= len(lead) <= 4
        and _WORD_RE.fullmatch(lead[0][2])
        and not _key(lead[0][2]).startswith(("ال", "و"))
        and _is_title(st.lex, "ال" + lead[0][2])
        and all(_key(t[2]).startswith("ال") or _is_title(st.lex, t[2]) for t in lead[1:])
    ):
        return m  # «، مصممة الأزياء ليلى عبد الحميد،»: a calling in construct with its field, then the name
    return None


# «عالم البيئة»، «عالمة الآثار»: a scientist, by the field after the noun (bare; «العالم» alone is the world)
_SCIENTIST = frozenset(_bare(norm_key(w)) for w in ("عالم", "عالمة"))
# «صاحب ورشة»، «مالكة المتجر»: an owner, by what one owns (a role; narrower than _OWNERS)
_PROPRIETORS = frozenset(_bare(norm_key(w)) for w in ("صاحب", "صاحبة", "أصحاب", "صاحبا", "مالك", "مالكة", "مالكو", "مالكي"))


def _glossed_longer(st: _State, m: MentionDraft) -> bool:
    """``m`` is followed by a Latin gloss of more words than it has, the end of a longer name (a
    body's: «جامعة الشيخ أنتا ديوب (Université Cheikh Anta Diop)»), not a person's name."""
    g = re.match(r"\s*\(([A-Za-z][^()]{0,80})\)", st.text[m.end : m.end + 90])
    return g is not None and len(g.group(1).split()) > len(m.text.split()) + 1


def _marked_name(st: _State, m: MentionDraft) -> bool:
    """``m`` is set in quote marks: a body's name («مدير الشؤون الحكومية في "فيليب موريس"
    بمنطقة الخليج، كريم حداد،»), not the holder's."""
    return st.text[max(0, m.start - 1) : m.start] in ('"', "«", "“") and st.text[m.end : m.end + 1] in ('"', "»", "”")


def _body_noun_before(st: _State, pos: int) -> bool:
    """The word before ``pos`` is an indefinite body's noun («مكتب»، «جمعية»، «شركة»), or a common
    word that completes one («جمعية فنادق»): what follows is the body's name, not a person's."""
    prev = _tokens(st.text, max(0, pos - 30), pos)[-2:]
    if not prev or any(_key(t[2]).startswith(("ال", "لل")) or _key(t[2]) in st.lex.stops or not _WORD_RE.fullmatch(t[2]) for t in prev[-1:]):
        return False  # (an indefinite noun in construct only: «في الهيئة حسين البنّا» is the name)
    heads = [_bare(_key(t[2])) for t in prev]
    nxt = _tokens(st.text, pos, pos + 40)[:2]
    # (a known given name and a second word after the completing word is the holder's name: «مدير
    # التسويق في شركة مدار فيصل العتيبي»)
    given = len(nxt) == 2 and _key(nxt[0][2]) in st.lex.first_names and _WORD_RE.fullmatch(nxt[1][2]) is not None
    return bool(heads) and (
        heads[-1] in _OTHER_HEADS or _fold(prev[-1][2]) in _OFFICES
        # (the plural that completes the noun, no name of its own: not «جامعة طرابلس»)
        or len(heads) == 2 and not given and (heads[0] in _OTHER_HEADS or _fold(prev[0][2]) in _OFFICES) and not _is_title(st.lex, prev[-1][2])
        and not st.mentions_in(prev[-1][0], prev[-1][1]) and _key(prev[-1][2]).replace("ء", "") in _common_words()
        and not _key(prev[0][2]).startswith(("ال", "وال", "بال", "لل")) and _key(prev[-1][2]) not in _SAME_ONE
    )


def _lone_given_name(st: _State, toks, i: int, b: int, cue_start: int) -> _Subject | None:
    """«وتقول سنية، وهي موظفة في الأربعين: «…»»، «وتختم نادية: "…"»: a given name alone right
    after the verb (then a comma, a colon or nothing) is the speaker: the person named with it
    before in the article, else a person of that name the stage proposes."""
    text, lex = st.text, st.lex
    t = toks[i]
    nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
    if (
        _key(t[2]) not in lex.first_names
        or (nxt and nxt not in "،,:")
        or st.mentions_in(t[0], b)
        or st.inside_quote(t[0])
    ):
        return None
    k = norm_key(t[2])
    before = [
        x for x in st.mentions_in(0, cue_start, labels=("PERSON",))
        if norm_key(x.text).split(" ")[0] == k and " " in x.text.strip()
    ]
    if before:
        x = before[-1]
        return _Subject((x.start, x.end), x.role, "carry", 0.7, "PERSON")
    nm = MentionDraft(t[0], t[1], text[t[0] : t[1]], "PERSON", "rule", 0.6, sentence=st.sentence_of(t[0]))
    st.add_mention(nm)
    return _Subject((t[0], t[1]), None, "proposed", 0.6, "PERSON")


_AGED = frozenset(norm_key(w) for w in ("البالغ", "البالغة"))


# «… برئاسة فلان»: a body and the one who leads it
_LED_BY = frozenset(norm_key(w) for w in ("برئاسة", "بقيادة"))


def _holder_after_complement(st: _State, persons: list[MentionDraft], subj_a: int, subj_b: int) -> MentionDraft | None:
    """«وقال المتحدث باسم مكتب الصدر في النجف كريم الزاملي»، «المتحدث باسم الصدر صلاح العبيدي»: a
    title whose complement names a person, then another person's name closing the subject, no
    comma or و between: the title's holder is the last one, not the one in the complement."""
    text = st.text
    if len(persons) == 1 and persons[0].end == subj_b:
        # («… مكتب الصدر في النجف كريم الزاملي في بيان:»: the subject stopped at the place's «في»)
        after = _tokens(text, subj_b, st.sentence_end(subj_b))[:2]
        place = st.mentions_in(after[1][0], after[1][1] + 40, labels=("LOC",))[:1] if len(after) == 2 and _key(after[0][2]) == "في" else []
        nxt = st.mentions_in(place[0].end, place[0].end + 60, labels=("PERSON",))[:1] if place and place[0].start == after[1][0] else []
        if nxt and not text[place[0].end : nxt[0].start].strip():
            persons = [persons[0], nxt[0]]
            subj_b = nxt[0].end
    if len(persons) < 2 or persons[-1].end != subj_b:
        return None
    lead = _tokens(text, subj_a, persons[0].start)
    between = _tokens(text, persons[0].end, persons[-1].start)
    if (
        len(lead) < 2 or not _is_title(st.lex, lead[0][2])
        # (the first name in the title's complement: after «باسم» or a second title, not the
        # holder's own name after his title, «الرئيس جورج بوش»)
        or not any(_key(t[2]) in _ON_BEHALF or _is_title(st.lex, t[2]) for t in lead[1:])
        or any(not _WORD_RE.fullmatch(t[2]) for t in lead + between)
        or any(_key(t[2])[:1] == "و" and (len(_key(t[2])) == 1 or _key(t[2])[1:] in st.lex.first_names) for t in between)
        or st.mentions_in(persons[0].end, persons[-1].start, labels=("PERSON",))
    ):
        return None
    return persons[-1]


_WISHING = frozenset(_fold(w) for w in ("طالبا", "طالبة", "طالبين", "مفضلا", "مفضلة", "رافضا", "رافضة"))
_NOT_TO_KEY = norm_key("عدم")
_TRAILING_ADVERBS = frozenset(norm_key(w) for w in ("بدوره", "بدورها", "بدورهم", "أيضا", "كذلك", "مجددا"))


_OBTAINED = frozenset(_fold(w) for w in ("حصلت", "حصل", "اطلعت", "اطلع", "تلقت", "تلقى", "نشرت", "نشرتها", "اطلعوا", "حصلوا"))


def _obtained_by(st: _State, m: MentionDraft) -> bool:
    """An outlet named after «حصلت عليها»، «اطلعت عليها»: it obtained the paper, which is the source."""
    prev = _tokens(st.text, max(0, m.start - 30), m.start)[-2:]
    return len(prev) == 2 and _fold(prev[0][2]) in _OBTAINED and _key(prev[1][2]) in ("عليها", "عليه", "عليهما")


_MOSQUES = frozenset(norm_key(w) for w in ("مسجد", "جامع", "حرم", "مصلين", "ومسجد"))


_HEADS_RE = re.compile(r"\s*[،,]?\s*(?:و?الذي|و?التي)\s+(?:يرأس|ترأس|يتزعم|تتزعم|يقود|تقود)\s+")


def _holder_set_off(st: _State, subj_a: int, subj_b: int, b: int) -> _Subject | None:
    """«ونقلت القناة عن مدرب فريق تحت 17 عاماً، أحمد عبد الغفار، قوله إن»: a title whose complement
    went past the subject's end (``subj_a``–``subj_b``), then the holder's name set off by commas
    before ``b`` (a calling too, without its article: «وتقول معلمة الرياضة في إحدى مدارس حي الأندلس،
    خديجة بن عمران، إن»)."""
    text, lex = st.text, st.lex
    x = next(iter(st.mentions_in(subj_b, b, labels=("PERSON",))), None)
    if x is None:
        return None
    before = text[subj_a : x.start].rstrip()
    polite = lex.honorifics | _HONOUR_NOUNS
    while before.split() and (_key(before.split()[-1]) in polite or _nationality(_key(before.split()[-1]))) and len(before.split()) > 1:
        # «…، الحاج سالم القرقني،»، «…، سعادة بارك سو يون،»: his honorific; «…، الإسباني خوان
        # مارتينيث،»: his nationality
        before = before[: before.rindex(before.split()[-1])].rstrip()
    last = before.split()[-1] if len(before.split()) > 2 else ""
    if last.startswith("ال") and _is_title(lex, last) and before[: before.rindex(last)].rstrip().endswith(("،", ",")):
        before = before[: before.rindex(last)].rstrip()  # «دفاع المتهمين، المحامي ياسر الجندي،»: his calling
    after = text[x.end : b].lstrip()
    if after.startswith("(") and ")" in after:
        after = after[after.index(")") + 1 :].lstrip()  # «، وانغ لي (Wang Li)، إن»: past the gloss
    if after.startswith("من ") and re.match(r"من(?:\s+[^\s،,.:]+){1,8}\s*[،,]", after):
        # «المؤلف المشارك في الدراسة، البروفيسور مارك ويلسون (Mark Wilson) من معهد بريستون لصحة
        # الطفل في بريطانيا، إن»: where he works, then the comma
        after = after[re.match(r"من(?:\s+[^\s،,.:]+){1,8}\s*", after).end() :]
    # (up to ten words: «مدير إدارة الرقابة على البنوك في البنك المركزي اليمني، منصور راجح، إن»; and
    # a relative clause set off by commas: «مدرب شباب الأهلي، الذي تسلّم المهمة قبل ثلاثة أشهر فقط،»)
    relative = re.search(r"[،,]\s*(?:الذي|التي)\s", before) is not None
    if before.endswith(("،", ",")) and after[:1] in ("،", ",") and _words(text, subj_a, x.start) <= (16 if relative else 10):
        # (the title as _role_text reads it: «مدير الزراعة في الحسكة، المهندس أحمد الخليل،» has no «المهندس»)
        return _Subject((x.start, x.end), _role_text(st, subj_a, x.start) or before.rstrip("،, ") or None, "named", 0.8, "PERSON")
    return None


def _named_head_of(st: _State, title: str, body: str, cue_start: int) -> MentionDraft | None:
    """The person named in the three sentences before, right before the title in the accusative and
    the body's noun after ل: «انتخب المؤتمر العام … هشام عبد الحميد رئيساً للحزب» for «رئيس الحزب»
    (``title`` and ``body`` the keys of the subject's words)."""
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 3)][0] if st.sentences else 0
    for x in reversed(st.mentions_in(lo, st.sentence_start(cue_start), labels=("PERSON",))):
        after = _tokens(st.text, x.end, min(len(st.text), x.end + 40))[:2]
        if (
            len(after) == 2
            and _bare(_key(after[0][2])).removesuffix("ا") == _bare(title)
            and _key(after[0][2]).endswith("ا")
            and _unlam(_key(after[1][2])) == body
        ):
            return x
    return None


def _holder_by_relative(st: _State, body: MentionDraft) -> MentionDraft | None:
    """The person a relative clause made head of this very mention of a body: «العقيد اعلي ولد محمد
    فال ، الذي يرأس المجلس العسكري …»."""
    for x in reversed(st.mentions_in(max(0, body.start - 120), body.start, labels=("PERSON",))):
        hit = _HEADS_RE.match(st.text, x.end, body.start)
        if hit is not None and hit.end() == body.start:
            return x
    return None


# «رسالة نشرها …»، «مقال كتبته …»: the verb of the one who published, wrote or signed a document
_PUBLISHED_IT = frozenset(
    _fold(w) for w in ("نشرها", "نشره", "نشرتها", "نشرته", "كتبها", "كتبه", "كتبتها", "كتبته", "وقعها", "وقعه", "وقعتها", "وقعته", "وجهها", "وجهه", "وجهتها", "وجهته", "بعثها", "بعثتها", "أرسلها", "ارسلها", "أرسلتها", "ارسلتها")
)


def _reported_before_in_sentence(st: _State, cue_start: int) -> bool:
    """A quote whose cue comes earlier in the sentence of ``cue_start``."""
    sent = st.sentence_of(cue_start)
    return any(q.cue[1] <= cue_start and st.sentence_of(q.cue[0]) == sent for q in st.quotes)


def _unglossed(gap: list) -> list:
    """The tokens of ``gap`` with a Latin gloss in brackets taken out («… الأمن ( ISAF )»)."""
    out, skip = [], False
    for n, t in enumerate(gap):
        if t[2] == "(" and any(x[2] == ")" for x in gap[n + 1 :]) and all(
            not is_arabic(x[2]) for x in gap[n + 1 : next(m for m in range(n + 1, len(gap)) if gap[m][2] == ")")]
        ):
            skip = True
            continue
        if skip:
            skip = t[2] != ")"
            continue
        out.append(t)
    return out


# honorifics and their pronouns: «صاحب السمو … سموه»، «صاحب الجلالة … جلالته»، «معالي … معاليه»
_HONOUR_NOUNS = frozenset(norm_key(w) for w in ("سمو", "جلالة", "فخامة", "معالي", "سعادة", "سيادة", "دولة"))
_HONOUR_PRONOUNS = {
    norm_key(p): (norm_key(n), g)
    for n, forms in (
        ("سمو", (("سموه", "m"), ("سموها", "f"))), ("جلالة", (("جلالته", "m"), ("جلالتها", "f"))),
        ("فخامة", (("فخامته", "m"), ("فخامتها", "f"))), ("معالي", (("معاليه", "m"), ("معاليها", "f"))),
        ("سعادة", (("سعادته", "m"), ("سعادتها", "f"))), ("سيادة", (("سيادته", "m"), ("سيادتها", "f"))),
        ("دولة", (("دولته", "m"),)),
    )
    for p, g in forms
}


def _honoured(st: _State, noun: str, gender: str | None, cue_start: int) -> MentionDraft | None:
    """The person named last (within twelve sentences) right after an honorific (``noun``, with or
    without «صاحب» and the article, up to eight words of titles between): «بعث صاحب السمو أمير
    البلاد الشيخ مشعل الأحمد الجابر الصباح» for «سموه»."""
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 12)][0] if st.sentences else 0
    wanted = (noun, "ال" + noun)
    for x in reversed(st.mentions_in(lo, cue_start, labels=("PERSON",))):
        back = _tokens(st.text, max(st.sentence_start(x.start), x.start - 90), x.start)[-9:]
        for n in range(len(back) - 1, -1, -1):
            t = back[n]
            if t[2] in "،,:()«»\"“”" or any(y.end <= t[0] for y in st.mentions_in(t[1], x.start, labels=("PERSON",))):
                break
            if _key(t[2]) in wanted:
                if gender in ("m", "f") and st.genders.get(norm_key(x.text), gender) != gender:
                    break
                return x
    return None


_SAHIB = norm_key("صاحب")
_THE_GUEST = frozenset(norm_key(w) for w in ("الضيف", "الضيفة", "الزائر", "الزائرة"))
_RECEIVED = frozenset(_fold(w) for w in ("استقبل", "واستقبل", "يستقبل", "ويستقبل", "التقى", "والتقى", "يلتقي", "استقبلت", "واستقبلت"))


def _received_guest(st: _State, cue_start: int, gender: str | None) -> MentionDraft | None:
    """«استقبل سمو ولي العهد … وزير خارجية اليابان كينجي ماتسودا»: the second person named after a
    verb of receiving (the first is the host) in the eight sentences before, of the cue's gender."""
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 8)][0] if st.sentences else 0
    for w in reversed(list(_WORD_RE.finditer(st.text, lo, cue_start))):
        if _fold(w.group()) not in _RECEIVED:
            continue
        people = [x for x in st.mentions_in(w.end(), st.sentence_end(w.end()), labels=("PERSON",)) if x.start < cue_start]
        lead = _tokens(st.text, st.sentence_start(w.start()), w.start())
        host_before = any(x.label == "PERSON" for x in st.mentions_in(st.sentence_start(w.start()), w.start(), labels=("PERSON",))) and len(lead) <= 6
        guests = people if host_before else people[1:]
        if guests and (gender not in ("m", "f") or st.genders.get(norm_key(guests[0].text), gender) == gender):
            return guests[0]
        return None
    return None


_MIN = norm_key("من")
_IN_IT = frozenset(norm_key(w) for w in ("فيه", "فيها", "فيهما"))
# where one speaks from, after «من»: «من داخل القاعة»، «من على المنصة»، «من أمام المحكمة»
_WHERE_FROM = frozenset(
    norm_key(w) for w in ("داخل", "خارج", "أمام", "خلف", "فوق", "تحت", "على", "وراء", "قرب", "جانب", "منصة", "مقر", "مكتبه", "مكتبها", "منزله", "منزلها")
)
# where one spoke from, after the subject: «قال المتهم الأول من داخل القفص»، «فردّ المتهم من القفص:»
_SPOKE_FROM = (_WHERE_FROM - {norm_key("جانب")}) | frozenset(norm_key(w) for w in ("القفص", "قفص", "القاعة", "المنصة"))


_JOINT = frozenset(_bare(norm_key(w)) for w in ("مشترك", "مشتركة"))


def _parse_subject(
    st: _State, a: int, b: int, lemma: str, gender: str | None, cue_start: int
) -> _Subject:
    """Find the speaker between a verb (ending at ``a``) and its conjunction/colon/quote (at ``b``)."""
    text, lex = st.text, st.lex
    toks = _tokens(text, a, b)
    while toks and toks[-1][2] == "(":
        # a bracket opening right before the conjunction belongs to what follows, not to the
        # subject: «ويشير النصب ( إلى أنه …» (no name «النصب» with a gloss in brackets)
        toks.pop()
        b = toks[-1][1] if toks else a
    addr = next((n for n, t in enumerate(toks) if _key(t[2]) in _ADDRESSING), None)
    if addr is not None and len(toks) - addr <= 5 and text[b : b + 2].strip()[:1] == ":" and not any(t[2] in "،," for t in toks[addr:]):
        # «وقال مخاطباً المصلين:»، «وقال الرئيس مخاطباً الحضور في القاعة:»: whom he addressed, up to
        # the colon, is no part of the subject
        toks = toks[:addr]
        b = toks[-1][1] if toks else a
    while len(toks) >= 3 and _key(toks[-1][2]) in _TRAILING_ADVERBS and toks[-2][2] not in "،,":
        # «وقال المتحدث باسم الوزارة بدوره إن»: an adverb after the subject is no part of it
        toks.pop()
        b = toks[-1][1]
    i = 0
    if lemma == _JAA_FI:
        # «وجاء في مقال نشرته صحيفة رودونج سينمون أن»، «جاء في بيان للمعارضة أن»: the body or person
        # the document is tied to; «وجاء في البيان أن»: the statement's issuer, named before
        pub = next((k for k, t in enumerate(toks[:6]) if _fold(t[2]) in _PUBLISHED_IT), None)
        if pub is not None and pub + 1 < len(toks):
            # «وجاء في رسالة مفتوحة نشرها رئيس تحرير الصحيفة كارستن يوستي علي موقعها :»: the one
            # who published, wrote or signed the document, named after that verb
            g = "f" if _fold(toks[pub][2]).endswith(("تها", "ته")) else "m"
            sub = _parse_subject(st, toks[pub][1], b, norm_key("قال"), g, cue_start)
            if sub.speaker is not None or sub.role is not None:
                return sub
        named = [x for x in st.mentions_in(a, b, labels=("ORG", "PERSON")) if not _addressee(st, x)]
        if named:
            x = named[0]
            return _Subject((x.start, x.end), None, "named", 0.7, x.label)
        noun = _noal(_bare(_key(toks[0][2]))).rstrip("ا") if toks else ""
        doc = _document_speaker(st, noun, cue_start) if noun else None
        if doc is None:
            # «وجاء في بيان صادر عن الوزارة أن»، «وجاء في بيان للوزارة أن»: the body its noun
            # names back, after «عن» or glued to «لل»
            k = next((k for k in map(_issuer_noun, toks[:5], toks[1:6]) if k), None)
            if k is not None:
                doc = _resolve_anaphor(st, k, cue_start) or _head_noun_org(st, _noal(_bare(k)), cue_start)
        if doc is None and noun in _RULINGS:
            doc = _ruler_before(st, cue_start)
        if doc is not None:
            return _Subject((doc.start, doc.end), None, "carry", 0.65, doc.label)
        return _Subject(status="unnamed", confidence=0.6)
    if lemma == norm_key("نقل"):  # نقلت رويترز عن الوزير قوله: the speaker follows عن
        for k, t in enumerate(toks):
            if _key(t[2]) == "عن":
                i = k + 1
                break
        else:
            return _Subject(status="unnamed", confidence=0.7)
    if lemma == _NASAB:  # «ونسبت صحيفة … إلى جنبلاط قوله إن»: the speaker follows إلى
        k = next((k for k, t in enumerate(toks) if _key(t[2]) == _ILA), None)
        if k is None:
            return _Subject(status="unnamed", confidence=0.7)
        i = k + 1
    # leading adverbs, commas and speech nouns
    while i < len(toks):
        t = toks[i][2]
        k = _key(t)
        two = _key(t + " " + toks[i + 1][2]) if i + 1 < len(toks) else ""
        three = _key(t + " " + toks[i + 1][2] + " " + toks[i + 2][2]) if i + 2 < len(toks) else ""
        if three in lex.adverbs:
            i += 3  # «اجاب من دون تردد :»
        elif two in lex.adverbs:
            i += 2
        elif k in lex.adverbs or t in "،,;؛" or k in lex.speech_nouns:
            i += 1
        elif i == 0 and k in _IN_IT and len(toks) > 1:
            i += 1  # «مقطعاً مصوراً …، قال فيه أحدهما:»: where he said it, then the subject
        elif (i == 0 or all(_key(x[2]) in lex.speech_nouns for x in toks[:i])) and k in _MANNER and all(t[2] in "،,:" for t in toks[i + 1 :]):
            # «ردت بحزم: «…»»: how she answered, no subject
            i += 1
        elif (
            # (after the talk it closes too: «أما القحطاني فيختم حديثه بنبرة حذرة:»)
            (i == 0 or all(_key(x[2]) in lex.speech_nouns for x in toks[:i]))
            and k in _MANNER and len(toks) >= i + 2 and _WORD_RE.fullmatch(toks[i + 1][2])
            and not _key(toks[i + 1][2]).startswith("ال") and all(t[2] in "،,:" for t in toks[i + 2 :])
            and not st.mentions_in(toks[i + 1][0], toks[i + 1][1])
        ):
            # «ويضيف بنبرة حازمة: «…»»، «وتابع بصوت هادئ:»: the manner and its adjective
            i += 2
        elif (
            i == 0 and len(toks) <= 6 and text[b : b + 2].strip()[:1] in (":", '"', "«", "“")
            and (w := dediac(t)).startswith("ب") and len(w) >= 5
            and (w.endswith("ها") if gender == "f" else gender == "m" and w.endswith("ه") and not w.endswith("ها"))
            and not any(x[2] in "،," for x in toks) and not st.mentions_in(toks[0][0], b, labels=("PERSON", "ORG"))
        ):
            # «وأضافت بلهجتها التونسية وسط ضحكات القاعة:»: how she said it, with her pronoun, then
            # the colon; no subject
            i = len(toks)
        elif k in _AUDIENCE or (k in _SAYING_ON and i == 0) or _to_us(k) or (
            i == 0 and k in _TO_HIM and text[cue_start : cue_start + 1] in ("و", "ف")
            and not _reported_before_in_sentence(st, cue_start)
        ):
            # «وأوضح للصحفيين " …"»: those spoken to; «وتابع يقول " …"»: "went on saying"; «قال
            # لمراسلنا»، «قال لنا»: to us, the paper; «وقاطع … ، وقال له :»: to him, no subject
            # (not after a report in the sentence: «قال X إن المتهم اعترض طريقه …، وقال له:» is
            # what the accused said, inside X's report)
            i += 1
        elif (
            i > 0
            and toks[i - 1][2] in "،,"
            and lex.frame_re.match(text, toks[i][0]) is not None
            and any(x[2] in "،," for x in toks[i + 1 :])
        ):
            # «وأضاف، نقلاً عن بيانات الترصد، أن»: a frame set off by commas is no subject
            i = next(n for n in range(i + 1, len(toks)) if toks[n][2] in "،,") + 1
        else:
            break
    if i >= len(toks):
        return _Subject(status="empty")
    if (
        i + 1 < len(toks) and _key(toks[i + 1][2]) in _AUDIENCE and _key(toks[i][2]).startswith("ال") and _is_title(lex, toks[i][2])
        and not any(t[2] in "،," for t in toks[i + 1 : -1])
    ):
        # «"…"، قالت المخرجة للصحفيين بعد الحفل، "…"»: a title alone, then those spoken to and when;
        # the title is the subject
        toks = toks[: i + 1]
        b = toks[-1][1]
    if (
        i + 1 < len(toks) and _key(toks[i][2]) in _KIN_BACK and _key(toks[i + 1][2])[:1] == "ل"
        and _KIN_AND_HERS.fullmatch("و" + _key(toks[i + 1][2])[1:])
    ):
        # «قالت الأم لابنها كريم:»: the relative, then the one spoken to; the relative is the subject
        toks = toks[: i + 1]
        b = toks[-1][1]
    if (
        i == 0 and toks[0][2].endswith(("اً", "ًا")) and len(toks) >= 3 and _key(toks[-1][2]) in _IN_IT
        and not st.mentions_in(a, b, labels=("PERSON", "ORG"))
    ):
        # «ونشر اعتذاراً مصوراً قال فيه:»: what he published (in the accusative), then «قال فيه»; no
        # subject of its own
        return _Subject(status="empty")
    first = toks[i]
    fk = _key(first[2])
    honour = _HONOUR_PRONOUNS.get(fk)
    if (
        honour is None and fk == _SAHIB and i + 2 < len(toks) and _key(toks[i + 1][2]).removeprefix("ال") in _HONOUR_NOUNS
        and not st.mentions_in(first[0], toks[-1][1], labels=("PERSON",))
    ):
        # «وأكد صاحب السمو نائب رئيس الدولة خلال اللقاءات أن»: the one so honoured, named before
        honour = (_key(toks[i + 1][2]).removeprefix("ال"), None)
    if honour is None and fk in _HONOUR_NOUNS and i + 1 < len(toks) and _key(toks[i + 1][2]).startswith("ال") and _is_title(lex, toks[i + 1][2]):
        if not st.mentions_in(first[0], toks[-1][1], labels=("PERSON",)):
            honour = (fk, None)  # «وأكد جلالة الملك في هذه الرسالة أن»، «وأكد سمو الأمير، في كلمته، أن»
    if honour is not None:
        # «ولفت سموه إلى أن»، «وقال سموه:»، «وأكد معاليه أن»: the honoured one, named last with that
        # honorific («صاحب السمو الشيخ …»، «معالي الدكتور …»); else the subject is left to carry
        x = _honoured(st, honour[0], honour[1] or gender, cue_start)
        if x is not None:
            return _Subject((x.start, x.end), x.role, "coref", 0.75, "PERSON")
        if fk in _HONOUR_PRONOUNS:
            return _Subject(status="empty")
    if (
        2 <= len(toks) - i <= 3 and _key(toks[i + 1][2]) in _THE_GUEST and fk.startswith("ال")
        and not st.mentions_in(first[0], toks[-1][1], labels=("PERSON", "ORG"))
    ):
        # «أعرب الوزير الضيف عن شكره …، مؤكداً أن»: the one the host received, named after him
        guest = _received_guest(st, cue_start, gender)
        if guest is not None:
            return _Subject((guest.start, guest.end), guest.role, "coref", 0.7, "PERSON")
    if (
        (fk in _HONOUR_NOUNS or fk in lex.honorifics and fk.startswith("ال") and i + 1 < len(toks) and _key(toks[i + 1][2]).startswith("ال"))
        and i + 1 < len(toks) and _is_title(lex, toks[i + 1][2]) and not st.mentions_in(first[0], toks[-1][1], labels=("PERSON",))
    ):
        # «قالت سعادة وزيرة خارجية النرويج إن»، «قال السيد الرئيس إن»: the honorific before the title
        # is no part of it
        i += 1
        first = toks[i]
        fk = _key(first[2])
    j = i + 2 if fk in _MANNER and i + 3 < len(toks) and _key(toks[i + 2][2]) == _MIN else i  # («بصوت متقطع من داخل القفص»)
    if _key(toks[j][2]) == _MIN and j + 1 < len(toks) and _key(toks[j + 1][2]) in _WHERE_FROM and not st.mentions_in(first[0], toks[-1][1], labels=("PERSON", "ORG")):
        # «وقال من داخل قفص الاتهام إن»، «وتابعت من على المنصة:»: where he spoke from, no subject
        return _Subject(status="empty")
    cut = next(
        (n for n in range(i + 1, len(toks) - 1) if _key(toks[n][2]) == _MIN and _key(toks[n + 1][2]) in _SPOKE_FROM), None
    )
    if (
        cut is not None and not any(t[2] in "،,:«»\"“”" for t in toks[i:cut])
        and not st.mentions_in(toks[cut][0], toks[-1][1], labels=("PERSON",))
    ):
        # «قال المتهم الأول من داخل القفص»: where he spoke from, after the subject, is no part of it
        toks = toks[:cut]
        b = toks[-1][1]
    if fk in _CIRCLE_PLURALS and i + 1 < len(toks) and (around := st.mentions_in(toks[i + 1][0], b, labels=("PERSON",))):
        # «ويقول زملاء العبادي انه …»: the people around one named speak, unnamed (not he)
        return _Subject(None, text[first[0] : around[0].end], "unnamed", 0.6)
    while_k = next((n for n in range(i, len(toks)) if _key(toks[n][2]) in _WHILE_PRONOUNS), None)
    if while_k is not None and not any(t[2] in "،,:«»\"“”" for t in toks[i:while_k]):
        # «تقول وهي تلف أوراق العنب:»، «يقول الرجل الستيني وهو يفك عقد الشباك:»: what they did as
        # they spoke is no part of the subject
        toks = toks[:while_k]
        b = toks[-1][1] if toks else first[0]
        if while_k == i:
            return _Subject(status="empty")
    if fk in _MANNER_STATES and all(t[2] in "،,:" for t in toks[i + 1 :]):
        # «…»، تضيف ضاحكة، «…»: how she said it; she goes on; «أما سائق الشاحنة أبو علي، فقال ضاحكاً:»:
        # the topic before the verb speaks, as with no state said
        return _Subject(status="empty")
    if (fk in _PERSON_NOUNS or fk.startswith("ال")) and i + 1 < len(toks) and _key(toks[i + 1][2]) in AGE_WORDS:
        i += 1  # «تقول المرأة الستينية»، «يقول الميكانيكي الستيني»
        fk = _key(toks[i][2])
    if (
        fk.startswith("ال") and i + 2 < len(toks) and _key(toks[i + 1][2]) in _AGED
        and ("ال" + _noal(fk) in lex.callings or _is_title(lex, first[2]))
        and any(t[2][:1].isdigit() for t in toks[i + 2 : i + 6]) and gender in ("m", "f")
    ):
        # «وتنتظر سمية ابراهيمي …» . «وتقول المهندسة البالغة العمر 26 عاما «…»»: a calling and an
        # age describe the one person of that gender named in the two sentences before
        sent = st.sentence_of(cue_start)
        lo = st.sentences[max(0, sent - 2)][0] if st.sentences else 0
        named = [
            x for x in st.mentions_in(lo, cue_start, labels=("PERSON",))
            if st.sentence_of(x.start) < sent and _compatible(st.genders.get(norm_key(x.text)), gender)
            and _title_gender(st, x) in (None, gender)
        ]
        if len({norm_key(x.text) for x in named}) == 1:
            x = named[-1]
            return _Subject((x.start, x.end), _role_text(st, first[0], toks[i][1]) or x.role, "carry", 0.6, "PERSON")
    if fk in _WINNERS and gender in ("m", "f") and (won := _winner_named_before(st, gender, cue_start)) is not None:
        # «فاز الشاعر … محمد الأمين ولد اباه بجائزة "الضفتين"» … «وقال الفائز في كلمته:»
        return won
    if (fk in AGE_WORDS or fk in _DESCRIBED_PERSONS) and (
        all(t[2] in "،,:" for t in toks[i + 1 :]) or _key(toks[i + 1][2]).startswith("ب")
        # «"…"، يقول الرجل الستيني، قبل أن يضيف أنه …»: the clause of his next words after a comma
        or toks[i + 1][2] in "،," and i + 2 < len(toks) and _key(toks[i + 2][2]) == _BEFORE
        # «وقال الرجل، القادم من عين صالح:»: a definite description set off by a comma, then the colon
        or fk in _DESCRIBED_PERSONS and toks[i + 1][2] in "،," and i + 2 < len(toks) and _key(toks[i + 2][2]).startswith("ال")
        and text[b : b + 2].strip()[:1] == ":" and not st.mentions_in(toks[i + 1][0], b, labels=("PERSON", "ORG"))
    ):
        # «يقول الستيني بصوت متعب:»: the one the article has just named, by the decade of his age;
        # «وتشير الفتاة إلى أن» after «وتقول زاميرا بيكبولات (17 عاماً)»: by what she is, the last
        # one of that gender who spoke, unnamed too («قال مدير إحدى الكسارات، طالباً عدم ذكر اسمه»
        # then «ونفى الرجل أن»)
        sent = st.sentence_of(cue_start)
        if fk in _DESCRIBED_PERSONS and gender in ("m", "f"):
            for h in reversed(st.history):
                if sent - h.sentence > 2:
                    break
                if h.gender == gender:
                    return _Subject(h.speaker, h.role, "carry", 0.65)
        lo = st.sentences[max(0, sent - 2)][0] if st.sentences else 0
        named = [
            x for x in st.mentions_in(lo, cue_start, labels=("PERSON",))
            if _compatible(st.genders.get(norm_key(x.text)), gender)
        ]
        if named:
            x = named[-1]
            return _Subject((x.start, x.end), x.role, "carry", 0.65, "PERSON")
        return _Subject(status="empty")
    if _fold(first[2]) in _WISHING and i + 1 < len(toks) and _key(toks[i + 1][2]) == _NOT_TO_KEY:
        # «وقال طالباً عدم الكشف عن هويته «…»»: how he spoke, no subject. A body's unnamed spokesman
        # who spoke last goes on (the body); after one named, someone else speaks, unnamed («وأضاف،
        # طالباً عدم كشف اسمه، أن» after «الككلي»); after an unnamed source, that source goes on
        # unnamed with its role («وبحسب مسؤول في مكتب …»)
        last = st.history[-1] if st.history else None
        body = last is not None and last.speaker is not None and any(
            x.label == "ORG" for x in st.mentions_in(*last.speaker) if (x.start, x.end) == last.speaker
        )
        return _Subject(status="empty") if body else _Subject(None, last.role if last is not None and last.speaker is None else None, "unnamed", 0.6)
    wish = _UNNAMED_WISH.search(text, first[0], b)
    # («قال مالك شركة المقاولات، الذي طلب عدم ذكر اسمه، إن»: the wish in a relative clause too)
    before_wish = re.sub(r"(?:الذي|التي|الذين|اللذين)\s*$", "", text[first[0] : wish.start()].rstrip()) if wish else ""
    if wish is not None and (
        before_wish.rstrip().endswith(("،", ","))
        # «أفاد مصدر عسكري يمني طلب عدم كشف اسمه الأحد أن»: an unnamed source, the wish right after
        or _bare(_key(first[2])) in _UNNAMED_HEADS and _words(text, first[0], wish.start()) <= 4
    ):
        # «وقال مدير متجر للملابس، فضّل عدم ذكر اسمه: …»: who asked not to be named speaks unnamed
        # (its description is the role, up to the outlet spoken to: «مسؤول في المصلحة لرويترز»; not
        # a pronoun, «أحدهم»)
        role = before_wish.rstrip(" ،,")
        own = _tokens(text, first[0], first[0] + len(role))
        to = next((n for n, t in enumerate(own) if n and _to_outlet(t[2], own[n - 1][2])), len(own))
        role = text[first[0] : own[to - 1][1]] if to < len(own) else role
        return _Subject(None, role if " " in role or _is_title(lex, first[2]) else None, "unnamed", 0.7)
    principal = _principal_of_unnamed(st, toks, i, b) or _client_of_title(st, toks, i, b)
    if principal is not None:
        return principal
    lone = _lone_given_name(st, toks, i, b, cue_start)
    if lone is not None:
        return lone
    spoken_to = [
        x
        for x in st.mentions_in(first[0], b)
        if _addressee(st, x) and _words(text, first[0], x.start) <= 1
    ]
    if spoken_to and spoken_to[0].end < b:
        # (the outlet's closing mark is no subject: «وقالت لـ"اليوم السابع" إن»)
        rest = [t for t in _tokens(text, spoken_to[0].end, b) if t[2].strip('«»"“”')]
        if rest and rest[0][2] == "(":
            # «قال لوكالة الأنباء العراقية (واع) إن»: the outlet's short form in brackets
            close = next((n for n, t in enumerate(rest[:5]) if t[2] == ")"), None)
            if close is not None:
                rest = rest[close + 1 :]
        if rest and (_key(rest[0][2]) not in lex.stops or _name_starts(st, rest[0][0])) and rest[0][2] not in "،,;؛:" and not (
            norm_key(rest[0][2]) in _MEDIA_WORDS
            # («قال لـ"الوطن" المحلية إن»: the outlet's own adjective, no subject after it)
            or len(rest) == 1 and _key(rest[0][2]).startswith("ال") and _fold(rest[0][2]).endswith(("يه", "ي"))
        ):
            # «كما أكد لوكالة فرانس برس شاهد عيان … أن»: spoken to the agency, then the subject
            return _parse_subject(st, spoken_to[0].end, b, lemma, gender, cue_start)
        if not rest and fk in _TO_REPORTER:
            # «… أبو حيدر الكعبي قال لمراسل الأناضول إن»: the reporter spoken to, no subject after
            return _Subject(status="empty")
    if (
        fk in _TO_PRONOUNS
        and all(t[2] in "،,:" for t in toks[i + 1 :])
        # (only right after the subject's apposition: «…، وقال له: …» or «حيث قال لهم:» is someone
        # else in the story speaking)
        and text[max(0, cue_start - 3) : cue_start].rstrip().endswith(("،", ","))
        and text[cue_start : cue_start + 1] not in ("و", "ف")
    ):
        # «…، تاجر ملح منذ ثلاثين عاماً، قال لنا: …»: the one spoken to, by its pronoun; no subject
        return _Subject(status="empty")
    imam = first[2].startswith("إمام") or (
        # («امام» with no hamza before a mosque: «واكد امام مسجد القرية الشيخ …»)
        _fold(first[2]) == _fold("امام") and i + 1 < len(toks) and _noal(_key(toks[i + 1][2])) in _MOSQUES
    )
    if (fk in lex.stops and not _name_starts(st, first[0]) and not imam) or first[2] in ":":
        # «وقال علي أصغر سلطانية مندوب إيران …»: «علي» starting a tagged name is no preposition;
        # «وقال إمام أحد المساجد …» (its hamza below) is the imam, not «أمام» (in front of)
        return _Subject(status="empty")
    if norm_key(first[2]) in _MEDIA_WORDS or (
        norm_key(first[2]) in _SHOWS and i + 1 < len(toks) and toks[i + 1][2][:1] in '«"“'
    ):
        # «وقال لبرنامج "الحكاية": …»: the programme spoken to (not «المدير التنفيذي لبرنامج المنح»)
        return _Subject(status="empty")
    if (fk in _DEMONSTRATIVES and i + 1 < len(toks) and _key(toks[i + 1][2]).startswith("ال")) or (
        fk.startswith("ال") and i + 1 < len(toks) and _key(toks[i + 1][2]) in _SAME_ONE
    ):
        # «وتابع المتحدث ذاته: «…»»، «وأضاف المصدر نفسه أن …»: the one just quoted, as above
        # «واضافت هذه المحاسبة البالغة 27 سنة «…»»: the one just quoted, if the gender agrees
        sent = st.sentence_of(cue_start)
        for h in reversed(st.history):
            if sent - h.sentence > 2:
                break
            if h.speaker is not None and h.gender == gender and gender in ("m", "f"):
                return _Subject(h.speaker, h.role, "coref", 0.6)
            break
        return _Subject(None, None, "unnamed", 0.6)
    if (
        fk.removeprefix("و") in _NATIVE_OF
        and i + 1 < len(toks)
        and (
            _noal(_bare(_key(toks[i + 1][2]))) in _HOMETOWNS
            or st.mentions_in(toks[i + 1][0], toks[i + 1][1] + 40, labels=("LOC",))[:1]
            and st.mentions_in(toks[i + 1][0], toks[i + 1][1] + 40, labels=("LOC",))[0].start == toks[i + 1][0]
        )
        and gender in ("m", "f")
    ):
        # «ويضيف ابن مدينة سلا، البالغ من العمر 24 عاماً، أن»: an epithet of the one the story is
        # about, who spoke just before (same gender, within three sentences)
        sent = st.sentence_of(cue_start)
        for h in reversed(st.history):
            if sent - h.sentence > 3:
                break
            if h.speaker is not None and h.gender == gender:
                return _Subject(h.speaker, h.role, "coref", 0.6)
        return _Subject(None, None, "unnamed", 0.6)
    holder = _addressed_holder(st, first[2], cue_start)
    if holder is not None:
        return _Subject((holder.start, holder.end), holder.role, "coref", 0.75, "PERSON")
    if first[2].startswith(("لـ", 'ل"', "ل«", "ل ـ")) or (
        # «صرّح للتلفزيون الرسمي بأن»: ل + a definite noun right after the verb, the one spoken to
        first[2].startswith("لل") and len(first[2]) > 4 and not st.mentions_in(first[0], first[1], labels=("PERSON",))
    ) or any(
        _addressee(st, x) and x.start <= first[1] for x in st.mentions_in(first[0], b)
    ):
        return _Subject(status="empty")  # «قال لـ"الشرق الأوسط" أمس إنه»: spoken to, no subject
    # subject: up to a stop word or a comma (parentheses kept)
    j = i
    depth = 0
    while j < len(toks):
        t = toks[j][2]
        if t == "(":
            depth += 1
        elif t == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            tk = _key(t)
            if j > i and tk == "ما" and j + 1 < len(toks) and _key(toks[j + 1][2]) in ("بعد", "قبل"):
                j += 2  # «مدير خدمات ما بعد البيع في الشركة»: one noun phrase, no stop
                continue
            if j > i + 1 and tk == _ALA and _key(toks[j - 1][2]).startswith(("ال", "وال")) and _bare(_key(toks[j - 1][2])) in _OVER_NOUNS:
                j += 1  # «وزير الثقافة والمحافظة على التراث»: the noun's own complement, no stop
                continue
            if j == i + 1 and tk == "عن" and _key(toks[i][2]).startswith(("ال", "وال")) and _noal(_bare(_key(toks[i][2]))) in _MEMBERS_FOR and j + 1 < len(toks) and not st.mentions_in(toks[i][0], toks[i][1]) and _key(toks[j + 1][2]) not in _THIS_THAT:
                j += 1  # «وقال النائب عن حماس مشير المصري»: the member for his party or seat, the title's own complement
                continue
            if j > i + 1 and tk == _ILA and lemma in _ILA_VERBS and _noal(_bare(_key(toks[i][2]))) not in _ENVOYS:
                break  # «وأشار وزير النفط الإيراني إلى ارتفاع المخزونات»: the verb's complement, not the title's
            if t in "،,;؛:" or (
                j > i
                and (
                    (
                        tk in lex.stops
                        and not _name_starts(st, toks[j][0])
                        and not _inside_mention(st, toks[j][0])
                    )
                    # «صحيفة "المستقبل" التي تملكها عائلة الحريري»، «التقرير … والذي استعرضه X»
                    # (not a family name that is one: «المتحدث باسم "أوريدو" حسين اللواتي»)
                    or tk.removeprefix("و") in _RELATIVES and not _inside_mention(st, toks[j][0])
                    # «وأضاف الإمام بحزن شديد وبلغة عربية سليمة أنه»: how he said it
                    or tk.removeprefix("و") in _MANNER
                    or tk in lex.speech_nouns
                    # (not inside a body's name: «النقابة الوطنية لوكالات المراقبة التقنية»)
                    or norm_key(t) in _MEDIA_WORDS and not _inside_mention(st, toks[j][0]) and not _titles_body(st, toks, j)
                    # (a programme a title heads: «الأمين العام لبرنامج إعادة هيكلة القوى العاملة»)
                    and not (norm_key(t) in _PROGRAMMES and (_is_title(lex, toks[j - 1][2]) or _adjective_of_title(toks[j - 1][2]) or _key(toks[j - 1][2]) in _GENERAL_OF_TITLE))
                )
            ):
                break
        j += 1
    subj_a = first[0]
    subj_b = toks[j - 1][1]
    # apposition: «، المؤسس والرئيس التنفيذي لشركة إنفيديا،»
    app = None
    if j < len(toks) and toks[j][2] in "،,":
        k = j + 1
        while k < len(toks) and toks[k][2] not in "،,;؛:":
            k += 1
        if k > j + 1 and not (_key(toks[j + 1][2]) in _RELATIVES and any(m.label == "ORG" for m in st.mentions_in(subj_a, subj_b))):
            # (not a relative clause after a body: «قالت مؤسسة القذافي …، التي يرأسها سيف الإسلام
            # القذافي ، إن»: the body speaks, not the one who heads it)
            app = (toks[j + 1][0], toks[k - 1][1])
    elif j < len(toks) and _key(toks[j][2]) in _RELATIVES:
        # «وقال صاحب المختبر الذي استُخدم اسمه، الدكتور آرام محمد، إنه»: a short relative clause
        # after the title, then the name set off by commas, right before the conjunction
        c = next((x for x in range(j + 1, min(len(toks), j + 8)) if toks[x][2] in "،,"), None)
        k = c + 1 if c is not None else len(toks)
        while k < len(toks) and toks[k][2] not in "،,;؛:":
            k += 1
        if c is not None and k > c + 1 and all(t[2] in "،," for t in toks[k:]):
            app = (toks[c + 1][0], toks[k - 1][1])
    head0 = _key(first[2])
    if head0.startswith(("ال", "وال")) and _noal(head0) in _BODY_HEADS:
        named_body = _BODY_IN_MARKS_RE.search(text, subj_b, b)
        if named_body is not None and _words(text, *named_body.span(1)) <= 5:
            # «ونفت الشركة الموزعة للعبة في الخليج، "بيكسل أرينا"، أن»: the body described, then
            # named in marks set off by a comma
            s0, e0 = named_body.span(1)
            inside = st.mentions_in(s0, e0, labels=("PERSON", "ORG", "LOC", "PRODUCT"))
            x = next((x for x in inside if (x.start, x.end) == (s0, e0) and x.label == "ORG"), None)
            if x is None and not inside:
                x = MentionDraft(s0, e0, text[s0:e0], "ORG", "rule", 0.6, sentence=st.sentence_of(s0))
                st.add_mention(x)
            if x is not None:
                return _Subject((x.start, x.end), None, "named", 0.8, "ORG")
    # (the outlet spoken to is no subject: «وصرّح الناطق باسم الوزارة لـ"فرانس برس" بأن»)
    # (but a mention that kept its ل is the model's reading, which may hold the subject's name:
    # «الكاتب العام للجامعة الهادي الزغلامي»)
    cands = [
        m for m in st.mentions_in(subj_a, subj_b)
        if not _met_by(text, subj_a, m) and not (m.start > subj_a and m.text[:1] != "ل" and _addressee(st, m))
    ]
    called = next((n for n in range(i, len(toks) - 1) if norm_key(toks[n][2]) in _NAMED_AS or _self_named(toks, n) or _named_he_is(toks, n)), None)
    if called is not None and not any(m.label == "PERSON" for m in cands):
        # «ويقول سائق توصيل في جدة يدعى ماجد العتيبي إن»، «وقال أحدهم، ويدعى مصطفى جلال، لموقع …»:
        # someone described, then named
        # (a group by the name it gives itself, in marks: «ادعت مجموعة قرصنة تطلق على نفسها اسم
        # "فانتوم 313"، في منشور …، أنها»)
        s0 = toks[called + 1][0]
        s0 += len(toks[called + 1][2]) - len(toks[called + 1][2].lstrip('«"“'))
        labels = ("PERSON", "ORG") if _self_named(toks, called) else ("PERSON",)
        named = [m for m in st.mentions_in(s0, b, labels=labels) if m.start == s0]
        if named:
            m = named[0]
            lead = _trim(text, subj_a, toks[called][0], " \t،,")
            role = text[lead[0] : lead[1]] or None if m.label == "PERSON" else None
            return _Subject((m.start, m.end), role, "named", 0.8, m.label)
    if (
        not any(m.label == "PERSON" for m in cands)
        and (
            _is_title(lex, first[2]) or _bare(fk.removeprefix("و")) in _OWNERS
            # «التي قال ممثلها في نواكشوط خوان كارلوس مورينو إن»: a title with its pronoun
            or _unpossessed_title(lex, first[2]) is not None
            # «يرى عالم البيئة في جامعة الشيخ أنتا ديوب … بداكار، مامادو سار، أن»: a scientist of a
            # field (a definite noun after it) and where he works, like a title
            or (_bare(fk.removeprefix("و")) in _SCIENTIST and j >= i + 2 and _key(toks[i + 1][2]).startswith("ال"))
            # «ويرى الاقتصادي في مؤسسة "الأفق للدراسات"، طارق البلوشي، أن»: a profession in -ي
            # and where it is practised, like a title
            or (
                _origin(first[2])
                # («ويرى الاقتصادي المتخصص في الأوقاف الدكتور ماجد القحطاني أن»: with a title word after it)
                and (j == i + 1 or j == i + 2 and _is_title(lex, toks[i + 1][2]))
                and j < len(toks)
                and _key(toks[j][2]) in ("في", "لدي")
            )
        )
        and j < len(toks)
    ):
        # «الباحث في معهد كارنيغي يزيد صايغ»: a title with its place, then the name («تاجر الحديد في
        # سوق الشورجة علي كاظم»: a trade too)
        later = [
            m
            for m in st.mentions_in(subj_b, b)
            # (not a body's name read as a person: «الخبيرة … لدى مكتب نوفا أناليتيكس، كلير دوبوا،»)
            if m.label == "PERSON" and not _addressee(st, m) and not _body_noun_before(st, m.start)
            and not _glossed_longer(st, m) and not _marked_name(st, m)
        ]
        if later:
            gap = _tokens(text, subj_b, later[0].start)
            gk = [_key(t[2]) for t in gap]
            after_name = text[later[0].end : b].lstrip()
            if after_name.startswith("(") and ")" in after_name:
                after_name = after_name[after_name.index(")") + 1 :].lstrip()  # «كلير لوران (Claire Laurent)،»: past the gloss
            if (
                gk
                and (
                    gk[0] in ("في", "ب", "لدي", "الي", "بشان", "وسط")
                    # «وزير الدولة … والعمل عن بعد في الإمارات عمر العلماء»، «المسؤول عن الملف
                    # في الوزارة سعاد علي»: a role of the title's with its place; not «وقال الوزير
                    # عن الرئيس السوري بشار الأسد إنه» (a name right after a title is what he
                    # speaks about)
                    or (
                        gk[0] == "عن"
                        and "في" in gk[2:]
                        and not _is_title(lex, gap[-1][2])
                    )
                    # «المستشار عن حزب العدالة والتنمية عبد الصمد حيكر»، «النائب عن كتلة
                    # «الجمهورية القوية» غسان حاصباني»: the body he sits for, then his name
                    or (gk[0] == "عن" and _sits_for(st, gap, later[0].start))
                    # «قالت المسؤولة عن الحديقة رنا الجبوري»: the title that takes عن, what she
                    # is in charge of, then her name
                    or (
                        gk[0] == "عن"
                        and _bare(fk.removeprefix("و")) in _IN_CHARGE_TITLES
                        and 2 <= len(gap) <= 5
                        and not any(t[2] in "،,:" for t in gap)
                    )
                    # «وترى المشرفة على ورشة الحياكة نورة المطيري أن»: a title that takes على
                    or (gk[0] == "علي" and _bare(fk) in _OVER_TITLES and not any(t[2] in "،,:" for t in gap))
                    # «مدير الرقابة على الغذاء في المؤسسة رائد العبادي»: the title's office over
                    # something, its place, then the name (not «على هامش …»: where he spoke)
                    or (
                        gk[0] == "علي"
                        and len(gk) >= 3
                        and gk[1] != _HAMISH
                        and "في" in gk[2:]
                        and (not _is_title(lex, gap[-1][2]) or _noal(gk[-1]) in _BODY_HEADS)
                        and not any(t[2] in "،,:" for t in gap)
                    )
                    # «رئيس جهاز الرقابة على المصنفات الفنية الدكتور عادل سليمان»: the body's name
                    # runs on past «على», then the name after its honorific or title
                    or (
                        gk[0] == "علي"
                        and len(gk) >= 3
                        and gk[1] != _HAMISH
                        and len(gap) <= 6
                        and (_key(gap[-1][2]) in lex.honorifics or _is_title(lex, gap[-1][2]))
                        and not any(t[2] in "،,:" for t in gap)
                    )
                    or _aside_then_name(gap)
                    # «المتحدث باسم القوة الدولية للمساعدة على إرساء الأمن ديفيد ماكنلي»: the
                    # body's name ends in a verbal noun with «لل» that takes على or عن, runs on
                    # with what it keeps, then the name
                    or (
                        gk[0] in ("علي", "عن")
                        # (a Latin gloss in brackets after it: «… إرساء الأمن ( ISAF ) ديفيد ماكنلي»)
                        and 2 <= len(ar := _unglossed(gap)) <= 4
                        and _key(text[max(a, subj_b - 30) : subj_b].split()[-1] if text[max(a, subj_b - 30) : subj_b].split() else "").startswith("لل")
                        and all(is_arabic(t[2]) for t in ar)
                        and not any(_is_title(lex, t[2]) for t in ar[1:])
                    )
                    # «رئيسة جمعية صغار البائعين على الإنترنت، أيشه دمير (Ayşe Demir):»: the body's
                    # name runs on past «على», then the name set off by a comma
                    or (
                        gk[0] == "علي"
                        and gap[-1][2] in "،,"
                        and not any(t[2] in "،,:" for t in gap[:-1])
                        and len(gap) <= 5
                        and after_name[:1] in "،,:"
                    )
                )
                and len([t for t in gap if is_arabic(t[2]) or t[2] in "،,:"]) <= 12  # (a Latin gloss in brackets not counted)
                and "مع" not in gk
                and (
                    not any(t[2] in "،,:" for t in gap)
                    or _aside_then_name(gap)
                    # «الرئيس التنفيذي للعمليات التجارية في الناقلة، سعيد المهيري، للصحفيين:»:
                    # the name set off by commas right after the title's place
                    or (
                        gap[-1][2] in "،,"
                        and not any(t[2] in "،,:" for t in gap[:-1])
                        and after_name[:1] in "،,"
                    )
                    # «مدير الإدارة العامة للتحريات في الهيئة، العميد فهد الشهري،»: the same, with
                    # the name's rank or title after the comma
                    or (
                        sum(t[2] in "،," for t in gap) == 1
                        and not any(t[2] in ":" for t in gap)
                        and (c := next(n for n, t in enumerate(gap) if t[2] in "،,")) < len(gap) - 1
                        and len(gap) - c - 1 <= 2
                        and all(_is_title(lex, t[2]) or _origin(t[2]) or _key(t[2]) in _RANK_WORDS for t in gap[c + 1 :])
                        and after_name[:1] in "،,"
                    )
                )
            ):
                subj_b = later[0].end
                j = next((n for n, t in enumerate(toks) if t[0] >= subj_b), len(toks))
                cands = [
                    m for m in st.mentions_in(subj_a, subj_b)
                    if m is later[0] or m.label != "PERSON" or not (_body_noun_before(st, m.start) or _glossed_longer(st, m) or _marked_name(st, m))
                ]
        elif j < len(toks) and _key(toks[j][2]) in _TITLE_PLACES and not st.mentions_in(subj_b, b, labels=("PERSON",)):
            # the title's place, then a name the entities stage missed, then the next stop
            for k in range(j + 2, min(len(toks), j + 14) + 1):
                if k < len(toks) and _key(toks[k][2]) not in lex.stops and toks[k][2] not in "،,;؛:":
                    continue
                named = _titled_name(st, toks[i:k], places=True)
                if named is not None:
                    return _proposed_person(st, named, subj_a)
                if k < len(toks) and toks[k][2] in "،,":
                    # «المتحدثة باسم المفوضية في بيروت، دلال حرب، من أن»: the place, then the name set off by commas
                    e = next((n for n in range(k + 1, len(toks)) if toks[n][2] in "،,:"), None)
                    if e is not None and toks[e][2] in "،," and e > k + 1:
                        named = _apposed_name(st, (toks[k + 1][0], toks[e - 1][1]))
                        if named is not None and not any(is_arabic(m.text) for m in st.mentions_in(*named)):
                            return _proposed_person(st, named, subj_a)
                if k == len(toks) or toks[k][2] in "،,;؛:":
                    break
    if app is not None and not any(m.label == "PERSON" for m in cands):
        # «وذكر منظم الوقفة، الناشط فهد المخلافي، أن»، «ويقول أحد السكان، أبو خالد الزعبي، إن»: one
        # described, then named (after his titles) between commas right before what he said
        named = _apposed_person(st, app, b)
        if named is None and _is_title(lex, text[app[0] : app[1]].split()[0]):
            # «قال الناطق باسم الحكومة، وزير الثقافة والاتصال، السيد المختار ولد حمادي، إن»: a
            # second title set off, then the name
            second = re.fullmatch(r"\s*[،,]\s*([^،,]+?)\s*[،,]\s*", text[app[1] : b])
            if second is not None:
                named = _apposed_person(st, (app[1] + second.start(1), app[1] + second.end(1)), b)
        if named is not None:
            return _Subject((named.start, named.end), text[subj_a:subj_b], "named", 0.8, "PERSON")
    like = next((t for t in toks[i:j] if _key(t[2]) in _LIKE), None)
    if like is not None and _bare(_key(toks[i][2])) in lex.generic:
        # «ويؤكد عدد من المصادر التاريخية … مثل مروج الذهب لأبي الحسن المسعودي أن …»: a name after
        # «مثل» is an example of the generic subject, not the speaker
        cands = [m for m in cands if m.start < like[0]]
    persons = [m for m in cands if m.label == "PERSON" and not _addressee(st, m)]
    led = next((t for t in toks[i:j] if _key(t[2]) in _LED_BY), None)
    if led is not None and any(m.label == "ORG" and m.end <= led[0] for m in cands):
        # «شدد الاتحاد الليبي لرفع الأثقال برئاسة صالح الفيتوري، في بيان …، على أن»: the body
        # speaks, not the one who leads it
        persons = [m for m in persons if m.start < led[0]]
    if len(persons) >= 2 and _body_noun_before(st, persons[0].start) and _is_title(lex, first[2]):
        # «رئيسة تعاونية إيمي نتاونت للنسيج فاطمة أوبلا»: the first read as a person names the body
        # after its noun; the holder follows
        persons = persons[1:]
    if (
        len(persons) == 1
        and app is not None
        and i + 1 < j
        and _is_title(lex, first[2])
        and (not fk.removeprefix("و").startswith("ال") or _body_noun_before(st, persons[0].start))
        # (the person right after the title, «محامي الحديدي»، or its body read as one, «رئيس تجمع صناعيي
        # الشويفات»، or a body's name after its noun, «الخبيرة … لدى مكتب نوفا أناليتيكس»، «رئيس جمعية
        # فنادق كوستا ديل سول»)
        and (
            persons[0].start == toks[i + 1][0]
            or persons[0].source == "model" and persons[0].start > toks[i + 1][0]
            or persons[0].start > toks[i + 1][0] and _body_noun_before(st, persons[0].start)
        )
        and persons[0].end == subj_b
    ):
        # «وقال محامي الحديدي، فراس النعيمات، إن»: a title in construct with a person (whose
        # lawyer, adviser, spokesman), then the speaker's own name set off by commas
        app_persons = [m for m in st.mentions_in(*app) if m.label == "PERSON"]
        if (
            len(app_persons) == 1
            # (its Latin form may follow: «، أنطونيو رويث (Antonio Ruiz)،»)
            and (app_persons[0].end == app[1] or _skip_parens(text, app_persons[0].end, app[1] + 1) >= app[1])
            # (and his origin: «وأوضح مدرب المري، البولندي ماريك نوفاك (Marek Nowak)، أن»)
            and all(_is_title(lex, t[2]) or _nationality(_key(t[2])) for t in _tokens(text, app[0], app_persons[0].start))
        ):
            m = app_persons[0]
            return _Subject((m.start, m.end), text[subj_a:subj_b], "named", 0.85, "PERSON")
    owner_app = app
    if app is None and j + 2 < len(toks) and _key(toks[j][2]) in _IN_TOWN:
        # «صاحب وكالة «…» في جانت، إبراهيم أغ محمد، إن»، «صاحب محل للأقفال وسط الخليل، عماد أبو
        # سنينة، إن»: the body's town, then the apposition
        c = next((n for n in range(j + 1, min(len(toks), j + 4)) if toks[n][2] in "،,"), None)
        e = next((n for n in range(c + 1, len(toks)) if toks[n][2] in "،,;؛:"), None) if c else None
        if (
            e and e > c + 1 and all(_WORD_RE.fullmatch(t[2]) and _key(t[2]) not in lex.stops for t in toks[j + 1 : c])
            and not st.mentions_in(toks[j + 1][0], toks[c - 1][1], labels=("PERSON",))
        ):
            owner_app = (toks[c + 1][0], toks[e - 1][1])
    if not persons and owner_app is not None:
        app_persons = [m for m in st.mentions_in(*owner_app) if m.label == "PERSON"]
        app_orgs = [m for m in st.mentions_in(*owner_app) if m.label == "ORG"]
        if (
            len(app_persons) == 1
            and app_persons[0].start == owner_app[0]
            and (
                any(m.label == "ORG" for m in cands) and not any(m.start == subj_a for m in cands)
                # «ويقول صاحب متجر للإلكترونيات في عمّان، خالد النعيمات، إن»: an owner or a trade
                or _bare(fk.removeprefix("و")) in _OWNERS
            )
            and not fk.removeprefix("و").startswith("ال")
            and _WORD_RE.fullmatch(first[2])
            and not _role_text(st, subj_a, subj_b)
        ):
            # «وقال صاحب وكالة «تاسيلي إكسبديشن» في جانت، إبراهيم أغ محمد، إن»: a noun in construct
            # with a body, then a person's name set off by commas: the body's owner or officer speaks
            m = app_persons[0]
            return _Subject((m.start, m.end), text[subj_a:subj_b], "named", 0.8, "PERSON")
        if (
            _key(first[2]).removeprefix("و") in lex.anaphors and len(app_orgs) == 1
            and not text[owner_app[0] : app_orgs[0].start].strip(" «»\"“”") and not text[app_orgs[0].end : owner_app[1]].strip(" «»\"“”")
        ):
            # «ونفت الشركة الموزعة للعبة في الخليج، "بيكسل أرينا"، أن»: the body described, then its
            # name (alone, in marks) set off by commas
            m = app_orgs[0]
            return _Subject((m.start, m.end), None, "named", 0.8, "ORG")
    if not persons and app is not None and _is_title(lex, first[2]):
        app_only = [m for m in st.mentions_in(*app) if m.label == "ORG"]
        if len(app_only) == 1 and not text[app[0] : app_only[0].start].strip(" «»\"“”") and not text[app_only[0].end : app[1]].strip(" «»\"“”"):
            # «ونفى مدير الشركة المستوردة، "الواحة للحوم والمواشي"، عادل الفيتوري، أن»: the title's
            # body described, then its name, then the holder's name, each set off by commas
            rest = _trim(text, app[1], b, " \t«»\"“”")[0]
            if text[rest : rest + 1] in ("،", ","):
                holder = [x for x in st.mentions_in(rest + 1, b, labels=("PERSON",)) if not text[rest + 1 : x.start].strip()]
                if holder and text[holder[0].end : b].lstrip()[:1] in ("،", ",", ""):
                    x = holder[0]
                    return _Subject((x.start, x.end), _role_text(st, subj_a, subj_b), "named", 0.8, "PERSON")
    if not persons and app is not None:
        # «قال المتحدث باسم الشركة، محمد العلي، إن»: the name is the apposition
        app_persons = [m for m in st.mentions_in(*app) if m.label == "PERSON"]
        kin_role = None
        if fk in _KIN and j - i >= 2 and j < len(toks) and app_persons:
            # «وقالت شقيقة الضحية، رنا الخطيب، إن»: a relative set off by commas before the name
            kin_role = text[subj_a:subj_b]
        elif j - i == 1 and app_persons and _unpossessed_title(lex, first[2]) is not None:
            # «إذ قال محاميهم، أيمن الشاذلي، لـ"المصري اليوم" إن»: a title with its pronoun, the
            # name set off by commas, then those he spoke to
            kin_role = text[subj_a:subj_b]
        if app_persons and (_role_text(st, subj_a, subj_b) or kin_role):
            m = app_persons[0]
            return _Subject(
                (m.start, m.end),
                _role_text(st, subj_a, subj_b) or kin_role,
                "named",
                0.85,
                "PERSON",
            )
        if not app_persons and _role_text(st, subj_a, subj_b) and not any(is_arabic(m.text) for m in st.mentions_in(*app)):
            named = _apposed_name(st, app)
            if named is not None:
                # «حذّرت المتحدثة باسم المفوضية في بيروت، دلال حرب، من أن»، «رئيسة الرابطة، زابينه
                # كلاين (Sabine Klein)، في تصريح»: the name the entities stage missed, set off by commas
                return _proposed_person(st, named, subj_a)
    if len(persons) == 1:
        nxt = [
            x
            for x in st.mentions_in(persons[0].end, b, labels=("PERSON",))
            if _AND_PEER_RE.fullmatch(text, persons[0].end, x.start)
        ][:1]
        if nxt:
            # «وأكد ميرتس وشريكه في الائتلاف لارس كلينغبايل، في بيان مشترك، أن»: both speak
            persons = [persons[0], nxt[0]]
            subj_b = nxt[0].end
    joint = _joint(st, persons, subj_b) if len(persons) >= 2 else None
    if joint is not None:
        # «وقال المحاميان عبدالله الكندري وفاطمة العنزي، وكيلا المشترين، إن»: both speak
        return _Subject(
            (joint.start, joint.end), _role_text(st, subj_a, persons[0].start), "named", 0.8, "PERSON"
        )
    holder = _holder_after_complement(st, persons, subj_a, subj_b)
    if holder is not None:
        return _Subject((holder.start, holder.end), _role_text(st, subj_a, holder.start), "named", 0.85, "PERSON")
    if persons:
        m = persons[0]
        # (the whole apposition, or its name after an origin: «، التشيكي توماس دفورجاك،»)
        whole = [
            x for x in st.mentions_in(*app) if x.label == "PERSON" and x.end == app[1]
            and (x.start == app[0] or all(_origin(t[2]) for t in _tokens(text, app[0], x.start)))
        ] if app is not None else []
        if (
            len(persons) == 1 and len(m.text.split()) == 1 and m.end == subj_b and whole and len(whole[0].text.split()) >= 2
            and _titled_word(st, first[2], True)
            and (
                not _is_title(lex, text[subj_a : m.start].split()[-1])
                # («وقال مدرب نوفاك، …»: the family name of one named in full before, whose coach)
                or any(x.text.endswith(" " + m.text) for x in st.mentions_in(0, subj_a, labels=("PERSON",)))
            )
        ):
            # «المتحدثة باسم مجلس تنظيم تسمية المنشأ لزعفران لا مانشا، كارمن لوبيث، إن»: one word
            # closing the body's name read as a person; the holder's full name follows, set off by
            # commas («وقال ملّاح نوفاك، التشيكي توماس دفورجاك، إن»: whose navigator he is)
            m = whole[0]
            return _Subject((m.start, m.end), _calling_role(st, subj_a, subj_b), "named", 0.85, "PERSON")
        lead = text[subj_a : m.start].split()
        if _bare(fk.removeprefix("و")) in _PEOPLE_OF_PLACE and lead[1:] and not any(ch in text[subj_a : m.start] for ch in "،,:("):
            # «وقال سكان حي الشيخ عثمان إن»: the people of a place named after someone; no one speaks
            # by name
            return _Subject(None, _role_text(st, subj_a, subj_b), "unnamed", 0.7)
        if (
            len(lead) >= 3
            and _bare(fk) in _UNNAMED_HEADS
            and _key(lead[1]) in ("في", "من", "ب")
            and not _key(lead[-1]).startswith(("ال", "ل", "ب"))
            and _WORD_RE.fullmatch(lead[-1])
            and not _is_title(lex, lead[-1])
            and _key(lead[-1]).replace("ء", "") in _common_words()
        ):
            # «وقال مسؤول في حملة أوسوف، طالباً عدم الكشف عن هويته، إن»: an unnamed official of
            # something the person owns; the person is not the speaker
            return _Subject(None, text[subj_a : m.end], "unnamed", 0.7)
        bi = next(
            (n for n, w in enumerate(lead) if _key(w) in ("باسم", "عن")), None
        )
        if (
            bi is not None
            and _is_title(lex, first[2])
            and (bi == len(lead) - 1 or _is_title(lex, lead[bi + 1]) and _key(lead[bi + 1]) not in _INSTITUTION)
        ):
            # «وقال متحدث باسم أولمرت إنه …»، «… باسم الرئيس الفرنسي إيمانويل ماكرون»: the
            # spokesman speaks, not the one he speaks for (but «المتحدث باسم الوزارة محمد العلي»)
            if (
                bi < len(lead) - 1 and _key(first[2]).startswith(("ال", "وال")) and m.end == subj_b
                and m.lex is None and m.source != "lexicon" and not _named_before_as_other(st, m, subj_a)
            ):
                # «وقالت المتحدثة باسم رئيس الوزراء الإسرائيلي ميري آيزن إن»: the definite spokesman
                # and a name no one else bears in the article: the spokesman's own (an unnamed one
                # is indefinite, «متحدثة باسم رئيس الوزراء إيهود أولمرت»)
                return _Subject((m.start, m.end), _role_text(st, subj_a, m.start), "named", 0.75, "PERSON")
            # (and his name set off by commas after the one he speaks for: «وأفاد الناطق باسم سبورتنغ
            # ملقة، خابيير مورينو، بأن» when the club was read as a person)
            return _holder_set_off(st, subj_a, subj_b, b) or _Subject(None, _role_text(st, subj_a, subj_b), "unnamed", 0.7)
        nxt = next((x for x in st.mentions_in(m.end, b, labels=("PERSON",)) if _words(text, m.end, x.start) == 0), None)
        if nxt is not None and len(lead) >= 2 and not _is_title(lex, lead[-1]) and _is_title(lex, first[2]):
            # «أكد رئيس لجنة التحقيق الدولية في اغتيال رفيق الحريري سيرج براميرتس أن»: the first
            # name is what the title's field is about; the one right after it holds the title
            m = nxt
        if lead and _bare(_key(lead[-1])) in _KIN_OF and _kin_of(lead[-1], gender):
            # «تقول والدة يوسف، سعاد إبراهيم:»: the one whose relative she is comes first; the name
            # set off after him by a comma is the speaker's, the kin words her role
            own = next((x for x in st.mentions_in(m.end, b, labels=("PERSON",)) if text[m.end : x.start].strip() in ("،", ",")), None)
            if own is not None and text[own.end : b].strip()[:1] in ("", "،", ",", ":"):
                return _Subject((own.start, own.end), text[subj_a : m.end], "named", 0.8, "PERSON")
        role = _role_text(st, subj_a, m.start)
        if app is not None:
            after = _skip_parens(text, m.end, b)
            rest = text[after:subj_b].strip()
            if not rest:
                app_role = _role_text(st, *app)
                if app_role and (role is None or len(app_role) > len(role)):
                    role = app_role
        if role is None and m.role:
            role = m.role
        return _Subject((m.start, m.end), role, "named", 0.9, "PERSON")
    orgs = [m for m in cands if m.label == "ORG"]
    first_key = _bare(_key(toks[i][2]))
    if (
        orgs
        and orgs[0].start > toks[i][0]
        # («أكد مسؤولو بوينغ أنهم»: the plural in construct too)
        and first_key
        in (
            "مصادر", "مصدر", "مسوول", "مسوولون", "مسوولين", "مسوولو",
            # «وأشار مراقبون من الاتحاد الأوروبي إلى أن»: unnamed people of the body
            "مراقبون", "مراقبين", "خبراء", "محللون", "محللين", "دبلوماسيون", "دبلوماسيين",
            # «قال وزراء خارجية دول مجموعة السبع في بيان مشترك إنهم»: the body's members, unnamed
            "زراء", "قاده", "روساء", "زعماء", "سفراء", "مندوبو", "ممثلو", "اعضاء",  # (وزراء with its و peeled by _bare)
        )
        or orgs and orgs[0].start > toks[i][0] and first_key in _PEOPLE_OF_PLACE
    ):
        # «مصادر الناتو»: unnamed sources in it; the words up to the body describe them («أفاد مصدر
        # من المديرية العامة للحماية المدنية بأن»)
        near = _words(text, toks[i][0], orgs[0].start) <= 3
        return _Subject(None, text[toks[i][0] : orgs[0].end] if near else None, "unnamed", 0.7)
    if len(orgs) >= 2 and orgs[0].start == subj_a:
        joint = _joint(st, orgs, subj_b)
        if joint is not None:
            # «وقالت منظمة هيومن رايتس ووتش والمبادرة المصرية …، في بيان مشترك، إن»: both speak
            return _Subject((joint.start, joint.end), None, "named", 0.8, "ORG")
    for m in orgs:
        if _addressee(st, m) and (not _role_text(st, subj_a, m.start) or _outlet_after_role(st, subj_a, m)):
            continue
        if _obtained_by(st, m):
            continue  # «وكشفت وثيقة للأمم المتحدة حصلت عليها رويترز أن»: who obtained it is no source
        role = _role_text(st, subj_a, m.start)
        named = _titled_name(st, toks[i:j]) if role is not None else None
        if named is not None and (named[0] >= m.end or (named[1] <= m.start and _addressee(st, m))):
            # «قالت المديرة الجهوية للصحة لمياء الشرقاوي لهسبريس»، «الرئيسة التنفيذية لهيئة …
            # (إيتيدا) هدى بركة»: the body is the title's or the outlet spoken to; a name the
            # entities stage missed ends the subject
            s, e = named
            nm = MentionDraft(s, e, text[s:e], "PERSON", "rule", 0.6, sentence=st.sentence_of(s))
            nm.role = _role_text(st, subj_a, s)
            st.add_mention(nm)
            return _Subject((s, e), nm.role, "proposed", 0.65, "PERSON")
        if _noal(_bare(_key(first[2]))) in _INSTITUTION_TITLES:
            role = None  # «وقالت مؤسسة «راند» إن»: the institution itself, not its founder
        if role is not None:
            role = _role_text(st, subj_a, m.end)
            if _is_title(lex, first[2]):
                # «ويضيف رئيس تحرير جريدة الوفاق :» after «رئيس تحرير جريدة الوفاق مصيب نعيمي»:
                # the holder the article named with this role, not the body he heads
                want = [
                    _noal(_bare(_key(t[2])))
                    for t in _tokens(text, subj_a, m.end)
                    if _key(t[2]) not in lex.stops
                ]
                holder = _role_holder(st, want, cue_start) if len(want) >= 3 else None
                if holder is None:
                    holder = _holder_of_titled_body(st, subj_a, m, cue_start)
                if holder is not None:
                    return _Subject((holder.start, holder.end), role, "coref", 0.7, "PERSON")
        if role is not None and _is_title(lex, first[2]) and app is not None and m.end <= subj_b:
            # «بيّنت المديرة العامة لشركة تشغيل المترو، سامية عماري، أن»: the title's body, then the
            # holder's name set off by commas
            app_persons = [x for x in st.mentions_in(*app) if x.label == "PERSON"]
            if app_persons and app_persons[0].start == app[0]:
                x = app_persons[0]
                return _Subject((x.start, x.end), role, "named", 0.85, "PERSON")
            if not any(is_arabic(x.text) for x in st.mentions_in(*app)):
                named = _apposed_name(st, app)
                if named is not None:
                    return _proposed_person(st, named, subj_a)
        if role is not None and _is_title(lex, first[2]) and (named := _name_in_body_tag(lex, m)) is not None:
            # «وأوضح رئيس الرابطة أمره طاش أن» with «الرابطة أمره طاش» read as one body: the body
            # noun, then the holder's name
            return _proposed_person(st, named, subj_a)
        if role is not None and _is_title(lex, first[2]) and _heads_body(_tokens(text, subj_a, m.start), m):
            # «وقال رئيس الحكومة الإسرائيلية إن»، «وقال قائد الجيش اللبناني إن»: the body's head,
            # a person the article leaves unnamed, speaks, not the body (as «رئيس الوزراء
            # الإسرائيلي» with no body named); a spokesman speaks for it. Named after a clause set
            # off by commas: «وقال مدرب شباب الأهلي، الذي تسلّم المهمة …، التونسي أنيس الورتاني، إن»
            return _holder_set_off(st, subj_a, subj_b, b) or _Subject(None, role, "unnamed", 0.7)
        if role is not None and _noal(_bare(fk.removeprefix("و"))) in _SPOKESMEN and any(_key(w) in _ON_BEHALF for w in text[subj_a : m.start].split()):
            # «وأكد الناطق باسم الحرس البحري أن» after «وقال الناطق الرسمي باسم الإدارة العامة للحرس
            # البحري العقيد محسن الدريدي إن»: the body's spokesman named before speaks again
            words = tuple(_noal(_key(t[2])) for t in _tokens(text, subj_a, m.end))
            if (holder := _role_holder_named_before(st, words, gender)) is not None:
                return holder
        return _Subject((m.start, m.end), role, "named", 0.88, "ORG")
    if not cands:
        # a country or capital speaking for its government: «أعلنت واشنطن أن»
        locs = [
            m
            for m in st.mentions_in(subj_a, subj_b, labels=("LOC",))
            if m.start - subj_a <= 1
        ]
        if locs and (_trim(text, locs[0].end, subj_b)[0] >= subj_b or all(
            # «أعلنت كوريا الشمالية اليوم الاثنين أنها»: when, after the country
            _key(t[2]) in lex.adverbs or t[2] in "،," for t in _tokens(text, locs[0].end, subj_b)
        )):
            m = locs[0]
            return _Subject((m.start, m.end), None, "named", 0.75, "LOC")
        joint = _joint(st, st.mentions_in(subj_a, subj_b, labels=("LOC",)), subj_b) if locs else None
        if joint is not None:
            # «وقالت فرنسا وبريطانيا وألمانيا، في بيان مشترك، إنها»: the countries together
            return _Subject((joint.start, joint.end), None, "named", 0.7, "LOC")
    named_before = _quoted_body_named_before(st, subj_a, subj_b, cue_start)
    if named_before is not None:
        # «أعلنت شركة تنمية نفط عمان …، وأفادت "تنمية نفط عمان" في بيان بأن»: the body's name in
        # marks, as the article gave it before (without «شركة»)
        return _Subject((named_before.start, named_before.end), None, "anaphor", 0.7, "ORG")
    # no mention: a definite noun for an organisation, a title with one, a generic noun, a name
    stoks = [t for t in toks[i:j]]
    aged = next((p for p, t in enumerate(stoks) if p >= 1 and _key(t[2]) in _AGED), None)
    if aged is not None and any(t[2][:1].isdigit() for t in stoks[aged + 1 : aged + 5]):
        stoks = stoks[:aged]  # «أضاف اللاعب البالغ من العمر 27 عاماً»: the title, then the age
    if len(stoks) >= 2 and _key(stoks[-1][2]) in _MANNER_STATES:
        stoks = stoks[:-1]  # «»، أجاب اللاعب مبتسماً.»: how he said it, after the subject
    if len(stoks) >= 4 and stoks[-1][2] == ")" and (k := next((n for n in range(len(stoks) - 2, 0, -1) if stoks[n][2] == "("), None)) and all(
        re.fullmatch(r"[A-Za-z][A-Za-z.&-]*", t[2]) for t in stoks[k + 1 : -1]
    ):
        stoks = stoks[:k]  # «وقالت لجنة حماية الصحافيين ( CPJ ) إن»: the name's Latin gloss, after it
    if len(stoks) >= 2 and stoks[1][2][:1] == "ل" and any(_addressee(st, x) for x in st.mentions_in(stoks[1][0], stoks[1][1])):
        # «قالت المخرجة لرويترز إنها»: a title alone, then the outlet spoken to (a spokesman's
        # phrase before it is read whole: «المتحدث باسم الهيئة لـ"الاقتصادية"»)
        stoks = stoks[:1]
    keys = [_key(t[2]) for t in stoks]
    inner_places = bool(cands) and all(m.label == "LOC" and m.start > subj_a for m in cands)
    if (not cands or inner_places) and (
        gender in ("f", None) or lemma == _TRANSMITTED or stoks and not stoks[0][2].endswith("ة")
    ):
        # (a masculine verb for a masculine body noun: «اعتبر تجمع أصحاب العيادات الأهلية أن»; a
        # place inside the name is no subject of its own: «قالت محافظة القاهرة»; after «نُقل عن»
        # the verb agrees with no one: «ونُقل عن مصلحة الدمغة والموازين أن»)
        body = _body_named_by_construct(st, stoks)
        if body is not None:
            # «أعلنت شركة نفط الجنوب في بيان أن»، «أفادت هيئة موانئ ومناطق التجارة الحرة في جيبوتي
            # بأن»: a body's noun and the words of its name, which the entities stage missed
            _proposed_body(st, body)
            return _Subject(body, None, "proposed", 0.6, "ORG")
    if not cands and 2 <= len(stoks) <= 3 and keys[0].startswith(("ال", "وال")) and all(k.startswith(("ال", "وال", "لل")) for k in keys):
        # «وأعلنت الشركة الوطنية في بيان أن» after «الشركة الوطنية للمنتجات البيطرية»: the
        # first words of a body named before (within six sentences) stand for it; so do the words
        # after its body noun («ونوّهت الوطنية للعبارات» after «الشركة الوطنية للعبارات»)
        want = " ".join(_bare(k) for k in keys)
        sent = st.sentence_of(cue_start)
        lo = st.sentences[max(0, sent - 6)][0] if st.sentences else 0
        for x in reversed(st.mentions_in(lo, subj_a, labels=("ORG",))):
            have = [_bare(_key(w)) for w in x.text.split()]
            if len(have) > len(keys) and " ".join(have[: len(keys)]) == want:
                return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
            if (
                len(have) == len(keys) + 1 and _noal(have[0]) in _BODY_HEADS and " ".join(have[1:]) == want
            ):
                return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
    if (
        not cands and len(stoks) == 1 and keys[0].startswith("ال") and len(keys[0]) > 4
        and _bare(keys[0]) not in lex.anaphors and gender in ("f", None)
    ):
        # «أعلنت رئاسة الأركان التركية في بيان أن …» then «وأوضحت الأركان أن»: the word after the
        # body's head noun stands for it, the head and its nisbas left out (within three sentences)
        want = _bare(keys[0])
        sent = st.sentence_of(cue_start)
        lo = st.sentences[max(0, sent - 3)][0] if st.sentences else 0
        for x in reversed(st.mentions_in(lo, subj_a, labels=("ORG",))):
            have = [_bare(_key(w)) for w in x.text.split()]
            if (
                len(have) >= 2 and _noal(have[0]) in _COMMAND_HEADS and have[1] == want
                and all(_key(w).startswith("ال") and _key(w).endswith(("ي", "يه")) for w in x.text.split()[2:])
            ):
                return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
    if len(stoks) == 1 and _fold(stoks[0][2]).removeprefix("و") in _ITS_COMMAND:
        # «دان الجيش اللبناني القصف، وذكرت قيادته في بيان أن …»: a body's command or management,
        # by its pronoun, speaks as the body named just before (this sentence or the one before)
        sent = st.sentence_of(cue_start)
        lo = st.sentences[max(0, sent - 1)][0] if st.sentences else 0
        orgs_before = [x for x in st.mentions_in(lo, cue_start, labels=("ORG",)) if not _governed(st, x)]
        if orgs_before:
            x = orgs_before[-1]
            return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
    if (
        len(stoks) == 2
        and _bare(keys[0]).removeprefix("و") in _MANAGEMENT
        and keys[1].startswith("ال")
        and not _is_title(lex, stoks[1][2])
    ):
        # «أوضحت إدارة المستشفى، في بيان، أن …» after «ممرضو مستشفى رفيق الحريري …»: the
        # management of a body named just before speaks as that body
        noun = _noal(_bare(keys[1]))
        x = _head_noun_org(st, noun, cue_start, sentences=6, turns=True) or _only_body_of(st, noun, cue_start)
        if x is not None:
            return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
    if len(stoks) == 1 and keys[0].startswith("ال") and _noal(_bare(keys[0])) in _DOCUMENTS:
        # «… بحسب دراسة أعدها مكتب "إيماج ميديا"» then «وأشارت الدراسة إلى أن»: its issuer
        x = _document_speaker(st, _noal(_bare(keys[0])), cue_start)
        if x is not None:
            return _Subject((x.start, x.end), None, "anaphor", 0.6, x.label)
    if len(stoks) == 1 and keys[0].startswith("ال") and (noun := _noal(_bare(keys[0]))) in _STATEMENTS:
        # «وأصدرت قيادة الجيش اللبناني بيانا أمس …، وأكد البيان أن»: the body that issued it
        x = _document_issuer(st, noun, cue_start, sentences=2, nouns=_STATEMENTS) or _kana_issuer(st, noun, cue_start)
        if x is not None and _times_named(text, noun, x.end, cue_start) <= 1:
            # (the latest statement named: not one whose issuer goes unnamed since)
            return _Subject((x.start, x.end), None, "anaphor", 0.6, x.label)
    if _bare(keys[0]) in lex.statement_nouns and not keys[0].startswith("ال") and len(keys) >= 2 and keys[1] in _JOINT:
        # «قال بيان مشترك صدر في ختام زيارة رئيس الوزراء الباكستاني نديم أختر إن»: both sides
        # speak, neither alone; the names after it are what it is about («وأكد البيان المشترك»
        # names back the statement's speaker as before)
        return _Subject(None, text[stoks[0][0] : stoks[1][1]], "unnamed", 0.7)
    if _bare(keys[0]) in lex.statement_nouns:
        # «بيان صادر عن مكتب أولمرت»، «بيان لوزارة الصحة»: the statement's author speaks
        author = [x for x in st.mentions_in(subj_a, b) if x.label in _SPEAKER_LABELS and not _obtained_by(st, x)]
        rel = next(
            (t for t in toks[i + 1 :] if _key(t[2]).removeprefix("و") in _RELATIVES), None
        )  # («وكشف التقرير … والذي استعرضه الدكتور يوسف بطرس غالي امس ان»: والذي too)
        if rel is not None:
            # «وقال البيان الذي صدر ردا على فتوى أصدرها القرضاوي إن …»: a name deep in the
            # relative clause is what the statement is about; its author is named before the
            # relative or as the subject of its verb («البيان الذي أصدره مكتب أولمرت»)
            author = [
                x
                for x in author
                if x.start < rel[0] or _words(text, rel[1], x.start) <= 1
            ]
        if author:
            x = author[0]
            return _Subject((x.start, x.end), None, "named", 0.7, x.label)
        after = []
        for t in toks[i + 1 : i + 4]:  # (past «عن», where the subject stopped)
            if t[2] in "،,;؛:":
                break
            after.append(_key(t[2]))
        for k in after:  # «تقرير المنظمة الحقوقية»، «بيان صادر عن الوزارة»، «بيان للوزارة»
            x = _resolve_anaphor(st, "ال" + k[2:] if k.startswith("لل") else k, cue_start)
            if x is not None:
                return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
        if after and after[0].startswith("لل"):
            x = _body_named_before(st, ["ال" + after[0][2:], *after[1:]], cue_start)
            if x is not None:
                return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
        if keys[0].startswith("ال") and len(stoks) == 1 and (x := _issuer_before(st, cue_start)) is not None:
            # «واكتفت الهيئة … بإصدار بيان مقتضب» then «وقال البيان»: the body that issued it,
            # not the person quoted before
            return _Subject((x.start, x.end), None, "anaphor", 0.6, x.label)
        if keys[0].startswith("ال") and st.history:
            h = st.history[-1]  # «وأضاف البيان»: the statement quoted just before
            if st.sentence_of(cue_start) - h.sentence <= 3 and _statement_before(st, h):
                return _Subject(h.speaker, h.role, "carry", 0.65)
        if keys[0].startswith("ال") and len(stoks) == 1:
            x = _document_speaker(st, _noal(_bare(keys[0])), cue_start)
            if x is not None:
                return _Subject((x.start, x.end), None, "anaphor", 0.6, x.label)
        return _Subject(None, None, "unnamed", 0.6)
    named = _titled_name(st, stoks)
    if named is None and (k := _setting_tail(stoks)) is not None:
        # «وقال والي ملاطية حقان شاهين للصحفيين قرب أحد المبنيين:»، «وقال نائب رئيس الإدارة إمره
        # تشليك خلال حفل التسليم إن»: the name, then to whom or where the words were said
        named = _titled_name(st, stoks[:k])
    if named is not None:
        return _proposed_person(st, named, subj_a)
    role = _role_text(st, subj_a, subj_b)
    if role is not None and len(keys) >= 2:
        # «وقال المتحدث باسم المجلس الأعلى الإسلامي»: the person given that role just before
        want = [_bare(k) for k in keys if k not in lex.stops]
        sent = st.sentence_of(cue_start)
        # (a title with its body named is sought further back: «وطالب رئيس مجلس إدارة "الرواسي"»)
        subject_body = next(iter(st.mentions_in(subj_a, subj_b, labels=("ORG",))), None)
        reach = 16 if subject_body is not None else 8
        # (the title's words besides the body's name, for a holder whose role named it by its noun)
        rest = [w for w in want if w.isalpha() and w not in norm_key(subject_body.text) and w not in ("ل", "لل")] if subject_body else []
        for h in reversed(st.history):
            if sent - h.sentence > 16:
                break
            have = _bare(norm_key(h.role or ""))
            if sent - h.sentence <= reach and h.speaker is not None and h.role and all(
                w in have or any(x in have for x in _HYPONYMS.get(w, ())) for w in want
            ) and not _heads_another_body(have.split(), tuple(want)) and not _agent_of_title(have, want):
                return _Subject(h.speaker, h.role, "coref", 0.7)
            if rest and h.speaker is not None and h.role and all(w in have for w in rest) and _role_names_body(st, h, subject_body):
                # «وقال الرئيس التنفيذي للشركة عمر الشامسي» after «شركة "مدار"», then «وأوضح الرئيس
                # التنفيذي لـ"مدار"»: the body his role named by its common noun
                return _Subject(h.speaker, h.role, "coref", 0.65)
    # «وأكد سعادة رئيس مجلس الادارة»، «وقال الأمين العام»: a role of two words or more whose
    # holder the article named with it earlier («العطية رئيس مجلس الإدارة»)
    lead = 0
    while lead < len(stoks) - 1 and (
        keys[lead] in _COURTESY or keys[lead] in lex.honorifics
    ):
        lead += 1
    if lead and not _is_title(lex, stoks[lead][2]) and _is_title(lex, stoks[lead - 1][2]):
        lead -= 1  # «وقال الرئيس الفرنسي»: the honorific is the title itself
    if _is_title(lex, stoks[lead][2]):
        want = [_noal(_bare(k)) for k in keys[lead:] if k not in lex.stops]
        for n, w in enumerate(want):
            if n >= 2 and w in _ROLE_FRAME_CUT:
                want = want[:n]  # «وقال رئيس الاركان الاسرائيلي بحسب ما نقل عنه …»: the frame
                break
        holder = _role_holder(st, want, cue_start) if len(want) >= 2 else None
        if holder is not None:
            return _Subject(
                (holder.start, holder.end),
                st.text[stoks[lead][0] : stoks[-1][1]],
                "coref",
                0.65,
                "PERSON",
            )
        if want[-1:] == [_QAD]:
            want = want[:-1]  # («وكان رئيس الحكومة قد أكد»)
        if len(want) == 2 and len(stoks) > lead + 1 and (ref := _introduced_with(st, tuple(want), cue_start, exact=False)) is not None:
            # «وكان رئيس الحكومة قد أكد» after «رئيس الوزراء اللبناني فؤاد السنيورة»
            return _Subject(ref.speaker, st.text[stoks[lead][0] : stoks[lead + 1][1]], "coref", 0.6, "PERSON")
    for n, k in enumerate(keys):
        if n > 0 and lex.anaphors.get(k, ("",))[0] == _NAMED_ONLY:
            # «المتحدث باسم المحكمة»: a noun that stands for a body only as the whole subject
            # («وقالت المحكمة»), not as the body a role belongs to
            continue
        m = _resolve_anaphor(st, k, cue_start)
        if n == 0 and m is not None and lemma in _GOES_ON:
            m = _body_going_on(st, k, m, cue_start)
        quals = [_bare(q) for q in keys[n + 1 : n + 3] if q not in lex.stops]
        if n == 0 and lemma in _URGING_VERBS and quals and not _nationality(quals[0]) and not quals[0].endswith(("ي", "يه")):
            quals = []  # «كما دعت الجمعية الوزارة إلى أن»: the one urged, after the body, no adjective of it
        if m is not None and quals and not all(q in norm_key(m.text) for q in quals):
            if not (n == 0 and len(quals) == 1 and _nationality(quals[0]) and (_only_body(st, m, cue_start) or _qualified_org(st, quals[0], cue_start) is m)):
                # «المجلس الأعلى الإسلامي» is not the last «مجلس» named; «الشركة الأسترالية-البريطانية»
                # is the one company the article has named, whatever its country, or the last one
                # named with that country («شركة إنفيديا الأمريكية» … «وقالت الشركة الأمريكية»)
                m = None
        if (
            m is None
            and (k in lex.anaphors or k in _CLUB_NOUNS)
            and n == 0
            and len(quals) == 1
            and (quals[0].endswith("ي") or _nationality(quals[0]))
        ):
            # «وأوضح النادي الإسباني» after «أعلن ريال مدريد الإسباني»، «وقالت الشركة الأمريكية»
            # after «شركة إنفيديا الأمريكية»: the organisation named just before with the same
            # adjective right after its name
            m = _qualified_org(st, quals[0], cue_start, org_type=lex.anaphors[k][0] if k in lex.anaphors else None)
        if (
            m is not None
            and k != keys[0]
            and n == lead + 1
            and not quals
            and _bare(keys[lead]) in _HEAD_TITLES
        ):
            # «واكد رئيس المجلس أن»: the council's head is a person, and a bare «المجلس» need
            # not be the last council named («مجلس الأمن» for the parliament's speaker); named after
            # it set off by commas («وقال رئيس النادي، الذي انتُخب في يوليو، فهد الغامدي، إن»)
            return _holder_set_off(st, subj_a, subj_b, b) or _Subject(None, role, "unnamed", 0.6)
        if k != keys[0] and n == lead + 1 and _bare(keys[lead]) in _HEAD_TITLES and (x := _named_head_of(st, keys[lead], k, cue_start)) is not None:
            # «انتخب المؤتمر العام للحزب … هشام عبد الحميد رئيساً للحزب» then «وقال رئيس الحزب
            # المنتخب إن»: the one the article made head of that body
            return _Subject((x.start, x.end), role, "coref", 0.7, "PERSON")
        if m is not None and k != keys[0] and _bare(keys[0]) in _PROPRIETORS:
            return _Subject(None, role, "unnamed", 0.6)  # «وبيّن صاحب الوكالة أن»: its owner, a person, unnamed
        if m is not None and k != keys[0] and _bare(keys[lead]) in _HEAD_TITLES and (x := _holder_by_relative(st, m)) is not None:
            # «تعهد العقيد اعلي ولد محمد فال ، الذي يرأس المجلس العسكري …» then «وقال رئيس المجلس
            # العسكري إن»: the head introduced with the body he heads
            return _Subject((x.start, x.end), role, "coref", 0.7, "PERSON")
        if m is not None and (k == keys[0] or role is not None):
            return _Subject((m.start, m.end), role, "anaphor", 0.7, "ORG")
        if k in lex.anaphors and (k == keys[0] or role is not None):
            return _Subject(None, None, "unnamed", 0.6)
    if len(stoks) == 1 and keys[0].startswith("ال") and not _is_title(lex, stoks[0][2]):
        # «أعلنت خلية الإعلام الأمني …» then «وأوضحت الخلية في بيان أن»: the organisation named
        # just before whose name opens with the same noun
        x = _head_noun_org(st, _noal(_bare(keys[0])), cue_start)
        if x is not None:
            return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
    prop = _propose(st, stoks, gender)
    if prop is None and len(stoks) == 1 and _known_surname(st, stoks[0], cue_start):
        # «وقال لحود في بيان …» after «الرئيس اللبناني اميل لحود»: the family name alone
        prop = (stoks[0][0], stoks[0][1], 0)
    if (
        prop is None
        and (
            _bare(keys[0]) in lex.generic or keys[0] in lex.generic
            or _people_plural(lex, keys[0])
            or keys[0] in _ONE_OF_HER  # «وقالت إحدى الأمهات إن» (not generic: «سألته إحدى الحاضرات … أجاب» is his answer)
            # («صاحب مخبز في الحي»، «تاجر جملة في وسط البلد»: an owner, a calling in construct)
            # (not before the name set off by commas: «وتقول معلمة الموسيقى في …، سعاد بن يوسف، إن»)
            or (_bare(keys[0]) in _PROPRIETORS or _indefinite_calling(lex, stoks[0][2])) and len(stoks) > 1
            and not st.mentions_in(subj_b, b, labels=("PERSON",))
        )
        and not _is_title(lex, stoks[0][2])
    ):
        # «وقال مصدر في الوزارة إن»، «ويقول سكان في الحي إن»: unnamed, described; the description
        # stands as the role (not a body's noun: «وقالت الشركة»); but named when the holder is set
        # off by commas after it («وقال دفاع المتهمين، المحامي ياسر الجندي، لـ"بوابة الأهرام" إنه»)
        held = _holder_set_off(st, subj_a, subj_b, b) if len(stoks) > 1 else None
        if held is not None:
            return held
        return _Subject(None, None if keys[0].startswith("ال") else _described(st, subj_a, subj_b, b), "unnamed", 0.7)
    if prop is None and app is None and any(t[2] == "(" for t in stoks):
        # a name followed by its Latin form: «قال كاي فو لي (Kai-Fu Lee)»
        k0 = next(n for n, t in enumerate(stoks) if t[2] == "(")
        names = [t for t in stoks[:k0] if not _is_title(lex, t[2])]
        if 1 <= len(names) <= 4 and names == stoks[k0 - len(names) : k0]:
            prop = (names[0][0], names[-1][1], k0 - len(names))
    if (
        prop is None
        and (
            keys[0].startswith("ال")
            # a title in construct with a definite noun: «أوضحت وزيرة التعاون الدولي أنه»، «قالت
            # وزيرة خارجية النرويج إن»
            or (len(keys) >= 2 and _noal(keys[1]) != keys[1])
            or (len(keys) == 3 and _noal(keys[2]) != keys[2])
        )
        # (or an honorific alone: «وأضاف الحاج:» after «صاحب المركب الشراعي الحاج حسن دهب»)
        and (_is_title(lex, stoks[0][2]) or len(stoks) == 1 and keys[0] in lex.honorifics)
        # (a spokesman with a shortened body: «وأكد الناطق باسم الحرس البحري» for «الناطق الرسمي
        # باسم الإدارة العامة للحرس البحري العقيد محسن الدريدي»)
        and (len(stoks) <= 3 or len(stoks) <= 5 and len(keys) > 1 and keys[1] in _ON_BEHALF)
    ):
        ref = _title_coref(
            st,
            _noal(keys[0]),
            gender,
            cue_start,
            len(stoks),
            tuple(_noal(k) for k in keys),
        )
        if ref is None and len(keys) == len(stoks) == 2 and keys[0].startswith("ال") and keys[1] in _AGE_EPITHETS:
            # «وتابع المطرب الشاب:» after «مطرب المهرجانات زلزال»: the epithet of age tells two holders
            # of the title apart where the article gave it; else the title stands alone (not «والدة
            # الشاب», a title in construct)
            ref = _title_coref(st, _noal(keys[0]), gender, cue_start, 1, (_noal(keys[0]),))
        if ref is not None:
            return ref
    if prop is not None:
        s, e, idx = prop
        if not st.mentions_in(s, e, labels=("PERSON", "ORG", "LOC", "PRODUCT")):
            nm = MentionDraft(
                s, e, text[s:e], "PERSON", "rule", 0.6, sentence=st.sentence_of(s)
            )
            r = _role_text(st, subj_a, s) if idx > 0 else None
            if app is not None and r is None:
                r = _role_text(st, *app)
            nm.role = r
            st.add_mention(nm)
            return _Subject((s, e), r, "proposed", 0.65, "PERSON")
    if _is_title(lex, first[2]) or "ال" + _noal(_key(first[2])) in lex.callings:
        held = _holder_set_off(st, subj_a, subj_b, b)
        if held is not None:
            return held
    # «وقالت منسقة المعرض إن»: one the article leaves unnamed, with the title it gives (and where the
    # title holds: «وقال مسؤول في مجلس محافظة نينوى إن»)
    ila = lemma in _ILA_VERBS and _noal(_bare(_key(first[2]))) not in _ENVOYS and (
        (after := _tokens(text, subj_b, b)[:1]) and _key(after[0][2]) == _ILA
    )
    reach = subj_b
    if role is not None and not ila and (end := _place_end(st, subj_b, b)) > subj_b:
        # (not the complement of «أشار إلى»: «وأشار وزير النفط الإيراني إلى ارتفاع المخزونات»)
        role = _role_text(st, subj_a, end) or role
        reach = end
    own = _tokens(text, subj_a, subj_b)
    if len(own) == 2 and _key(own[-1][2]) in _MANNER_STATES:
        own = own[:1]  # «قاطعها والدها ضاحكاً:»: how he said it, after the subject
    tail = _name_after_definite_title(st, _tokens(text, subj_a, reach))
    if role is not None and tail is not None and _is_title(lex, first[2]):
        # «حذّر مفوض شؤون التوسيع في الاتحاد الأوروبي أولي رين من أن»، «وقال المفوض الأوروبي لشؤون
        # التوسيع أولي رين إن»: after the title's definite words, two words with no article that
        # end the subject are the holder's name, however common the words
        return _proposed_person(st, tail, subj_a)
    if role is None and len(own) == 1 and _key(own[0][2]).startswith("ال") and dediac(own[0][2]).endswith("ون"):
        role = own[0][2]  # «وقال المنظمون إن»، «وقال المحتجون إن»: people named by what they do
    if role is None and len(own) == 1 and _key(own[0][2]) in _ONE_OF_THEM:
        # «وقال أحدهم، وهو صاحب مركز في منطقة سهل حشيش:»: what «وهو» says the unnamed one is
        seg = _tokens(text, subj_a, b)
        if len(seg) >= 4 and seg[1][2] in "،," and _key(seg[2][2]) in _HE_IS:
            k = next((n for n in range(3, len(seg)) if seg[n][2] in "،,:"), len(seg))
            role = _calling_role(st, seg[3][0], seg[k - 1][1]) or _described_after_he_is(st, seg[3:k])
    if (
        # («وقال والدها:»، «قاطعها والدها ضاحكاً:»: the relation, no title, is all the role there is)
        (role is None or _key(role.split()[0]) in _KIN_BACK)
        and len(own) == 1
        and (kin := _kin_subject(st, _key(own[0][2]), gender, cue_start)) is not None
    ):
        return kin
    return _Subject(None, role, "unnamed", 0.6)


# a relative named back by the kin word with the article, and the first words of the roles that
# introduced him or her: «وأضاف الأب» after «حمدي عبد الرحيم، والد المجني عليه»
_KIN_BACK = {
    norm_key(k): frozenset(norm_key(w) for w in ws)
    for k, ws in (
        ("الأب", ("والد", "أب", "أبو")), ("الوالد", ("والد",)), ("الأم", ("والدة", "أم")), ("الوالدة", ("والدة",)),
        ("الابن", ("ابن", "نجل")), ("الابنة", ("ابنة",)), ("الزوج", ("زوج",)), ("الزوجة", ("زوجة", "أرملة")),
        ("الأرملة", ("أرملة", "زوجة")), ("الشقيق", ("شقيق", "أخ")), ("الشقيقة", ("شقيقة", "أخت")),
        ("الجد", ("جد",)), ("الجدة", ("جدة",)),
        # (and by the relation with the pronoun of the child: «لكن والدها يبتسم ويقول إن»)
        ("والده", ("والد", "أب", "أبو")), ("والدها", ("والد", "أب", "أبو")),
        ("والدته", ("والدة", "أم")), ("والدتها", ("والدة", "أم")),
    )
}


def _heard_subject(st: _State, s0: int, cue_start: int, gender: str | None) -> _Subject | None:
    """«واستمعت المحكمة إلى إحدى الضحايا، وهي موظفة … تدعى ريم، فقالت:»: the sentence opens on
    «استمع» and the one heard speaks (named there, or unnamed with the words after «إلى»), not the
    court that heard."""
    toks = _tokens(st.text, _after_dateline(st.text, s0, cue_start), cue_start)
    if len(toks) >= 3 and _fold(toks[0][2]).lstrip("وف") in _GIVEN and _key(toks[1][2]) == _THE_FLOOR:
        # «ومُنحت الكلمة الأخيرة لمزياني، فقال وهو يغالب تأثره:»: the one given the floor speaks
        t = toks[3] if _key(toks[2][2]) in _LAST_WORDS and len(toks) > 3 else toks[2]
        if t[2][:1] == "ل" and len(t[2]) > 3:
            sub = (t[0] + 1, t[1], t[2][1:])
            x = next((x for x in st.mentions_in(sub[0], sub[1], labels=("PERSON",)) if x.start == sub[0]), None)
            if x is not None:
                return _Subject((x.start, x.end), None, "named", 0.7, "PERSON")
            if _known_surname(st, sub, cue_start) and st.genders.get(_key(sub[2]), gender) == gender:
                return _proposed_person(st, (sub[0], sub[1]), sub[0], role=None)
        return None
    if not toks or _fold(toks[0][2]).lstrip("وف") not in _HEARD:
        return None
    to = next((n for n in range(1, min(len(toks), 6)) if _fold(toks[n][2]) in ("الي", "إلى")), None)
    if to is None or to + 1 >= len(toks):
        return None
    heard = [x for x in st.mentions_in(toks[to + 1][0], cue_start, labels=("PERSON",)) if not _governed(st, x)]
    stop = next((n for n in range(to + 1, len(toks)) if toks[n][2] in "،,"), len(toks))
    if len(heard) == 1 and st.genders.get(norm_key(heard[0].text), gender) == gender:
        role = st.text[toks[to + 1][0] : toks[stop - 1][1]] if stop > to + 1 and toks[stop - 1][1] <= heard[0].start else None
        return _Subject((heard[0].start, heard[0].end), role, "named", 0.7, "PERSON")
    if not heard and stop > to + 1:
        return _Subject(None, st.text[toks[to + 1][0] : toks[stop - 1][1]], "unnamed", 0.6)
    return None


def _as_for_relative(st: _State, s0: int, cue_start: int, gender: str | None) -> _Subject | None:
    """«أما نجل حارس العقار القتيل فقد عبّر عن استيائه …، وقال لـ"الشروق" إن»: the topic of «أما»,
    a relative of someone by the kin noun in construct, speaks, unnamed with those words as role (not
    the one who spoke before); when the article named no one so."""
    toks = _tokens(st.text, _after_dateline(st.text, s0, cue_start), cue_start)
    if len(toks) < 4 or _fold(toks[0][2]).removeprefix("و") not in _AS_FOR:
        return None
    kin = _KIN_OF.get(_bare(_key(toks[1][2]))) or _CHILD_KIN.get(_bare(_key(toks[1][2])))
    if kin is None or kin != gender or not (_key(toks[2][2]).startswith("ال") or _key(toks[3][2]).startswith("ال")):
        return None  # («نجل الضحية»، «نجل حارس العقار»: the kin noun in construct)
    end = next((n for n in range(2, min(len(toks), 8)) if _fold(toks[n][2])[:1] == "ف" and not _key(toks[n][2]).startswith("ال")), None)
    if end is None or st.mentions_in(toks[1][0], toks[end - 1][1], labels=("PERSON",)):
        return None
    return _Subject(None, st.text[toks[1][0] : toks[end - 1][1]], "unnamed", 0.6)


def _head_of_body_subject(st: _State, s0: int, cue_start: int, gender: str) -> _Subject | None:
    """«فتدخّل رئيس المجلس طالباً من النواب …، وقال: …»: the sentence opens on a verb (no cue) whose
    subject is the head of a body by its noun («رئيس المجلس»), no one named in the sentence: the
    head speaks, the one named with that title before or, named nowhere, unnamed with that role
    (not the member who spoke before him)."""
    toks = _tokens(st.text, _after_dateline(st.text, s0, cue_start), cue_start)
    if len(toks) >= 4 and _key(toks[2][2]) in _THE_GUEST and _key(toks[1][2]).startswith("ال") and _is_title(st.lex, toks[1][2]):
        # «من جانبه، أعرب الوزير الضيف عن شكره …، مؤكداً أن»: the one the host received
        guest = _received_guest(st, cue_start, gender)
        if guest is not None:
            return _Subject((guest.start, guest.end), guest.role, "carry", 0.7, "PERSON")
    if len(toks) >= 3 and (honour := _HONOUR_PRONOUNS.get(_key(toks[1][2]))) is not None and _verb_like(st, _key(toks[0][2]).lstrip("وف")):
        # «ورحّب سموه بالوزير الضيف، مؤكداً أن»: the honoured one, the opening verb's subject
        x = _honoured(st, honour[0], honour[1], cue_start)
        if x is not None and honour[1] == gender:
            return _Subject((x.start, x.end), x.role, "carry", 0.7, "PERSON")
    if toks and _fold(_key(toks[0][2])).removeprefix("و") in _FRONTED_TIMES:
        # «وقبل أن تصعد إلى الشاحنة، التفتت الأم إلى ابنها وقالت:»: a time clause before the verb
        comma = next((n for n, t in enumerate(toks[:12]) if t[2] in "،,"), None)
        if comma is not None:
            toks = toks[comma + 1 :]
    elif toks and _fold(_key(toks[0][2])).removeprefix("و") in _FRONTED_PLACES:
        # «وخارج المحكمة، انهارت والدة الصيدلي باكيةً وقالت:»، «ومن داخل قفص الاتهام، تحدث المتهم
        # الثالث …، وقال:»: where, then the verb
        comma = next((n for n, t in enumerate(toks[:6]) if t[2] in "،,"), None)
        if comma is not None and comma >= 2:
            toks = toks[comma + 1 :]
    if (
        len(toks) >= 3 and _verb_like(st, _key(toks[0][2]).lstrip("وف")) and _key(toks[0][2]).lstrip("وف") not in st.lex.stops
        and _fold(toks[0][2]).lstrip("وف") not in st.lex.verb_words
        and _key(toks[1][2]).startswith("ال") and _noal(_bare(_key(toks[1][2]))) in _IN_THE_DOCK
        and (_as_ordinal(_key(toks[2][2])) is not None or toks[2][2] in "،,")
        and _bare(_key(toks[1][2])).endswith("ه") == (gender == "f")
        and not st.mentions_in(toks[0][0], cue_start, labels=("PERSON",))
    ):
        # «تحدث المتهم الثالث، وهو سائق شاحنة، وقال:»: the accused or the witness opening the
        # sentence as the verb's subject speaks (the one named with that title, else unnamed)
        title = _noal(_bare(_key(toks[1][2])))
        ordinal = _as_ordinal(_key(toks[2][2]))
        words = (title, _noal(ordinal)) if ordinal else (title,)
        ref = _title_coref(st, title, gender, cue_start, len(words), words)
        if ref is not None and ref.speaker is not None:
            return ref
        return _Subject(None, st.text[toks[1][0] : toks[2 if ordinal else 1][1]], "unnamed", 0.6)
    if (
        len(toks) >= 4 and not st.mentions_in(toks[0][0], cue_start, labels=("PERSON",))
        and _verb_like(st, _key(toks[0][2]).lstrip("وف")) and _key(toks[0][2]).lstrip("وف") not in st.lex.stops
        and (kin := _KIN_OF.get(_bare(_key(toks[1][2])))) is not None and kin == gender
        and _key(toks[2][2]).startswith("ال") and _key(toks[0][2]).lstrip("وف").endswith("ت") == (gender == "f")
    ):
        # «انهارت والدة الصيدلي باكيةً وقالت:»: the sentence opens on a verb whose subject is a
        # relative of someone by the kin noun in construct, named nowhere: that relative speaks,
        # unnamed, with the kin words as role (not the one who spoke before)
        end = 3 if len(toks) > 3 and _key(toks[3][2]).startswith("ال") else 2  # («شقيق الضحية الأكبر»)
        return _Subject(None, st.text[toks[1][0] : toks[end][1]], "unnamed", 0.6)
    pair = toks[1:3] if toks and _key(toks[0][2]) in ("لكن", "ولكن") else toks[:2]
    if (
        len(pair) == 2 and not st.mentions_in(toks[0][0], cue_start, labels=("PERSON",))
        and any(
            _key(kin[2]) in _KIN_BACK and (_verb_like(st, _key(verb[2]).lstrip("وف")) or _turned(verb[2]))
            for kin, verb in ((pair[1], pair[0]), (pair[0], pair[1]))
        )
    ):
        # «ابتسم الأب وقال بصوت خافت:»، «لكن والدها يبتسم ويقول إن»: the sentence opens on a verb
        # whose subject is a relative by the kin word; that relative speaks
        kin = _kin_subject(st, next(_key(t[2]) for t in pair if _key(t[2]) in _KIN_BACK), gender, cue_start)
        if kin is not None:
            return kin
    if len(toks) < 4 or st.mentions_in(toks[0][0], cue_start, labels=("PERSON",)):
        return None
    if (
        _key(toks[0][2]) in _KANA and _key(toks[2][2]) == _QAD
        and _key(toks[1][2]).startswith("ال") and _is_title(st.lex, toks[1][2])
        and _key(toks[1][2]) not in st.lex.anaphors and not st.mentions_in(toks[1][0], toks[1][1])
    ):
        # «وكان المتهم قد أنكر في جلسة سابقة ما نُسب إليه، وقال من داخل القفص: «…»»: the title
        # opening the sentence with كان … قد speaks, the one named with it or, named nowhere, unnamed
        w = _noal(_key(toks[1][2]))
        ref = _title_coref(st, w, gender, cue_start, 1, (w,))
        if ref is not None and ref.speaker is not None:
            return ref
        return _Subject(None, toks[1][2], "unnamed", 0.6)
    v = _key(toks[0][2]).lstrip("وف")
    if not _verb_like(st, v) or v in st.lex.stops or _fold(toks[0][2]).lstrip("وف") in st.lex.verb_words:
        return None
    head, body = _key(toks[1][2]), _key(toks[2][2])
    if _bare(head) not in _HEAD_TITLES or not body.startswith("ال") or st.mentions_in(toks[1][0], toks[2][1], labels=("ORG",)):
        return None
    if _bare(head).endswith("ه") != (gender == "f"):
        return None
    ref = _title_coref(st, _noal(head), gender, cue_start, 2, (_noal(head), body))
    if ref is not None and ref.speaker is not None:
        return ref
    return _Subject(None, st.text[toks[1][0] : toks[2][1]], "unnamed", 0.6)


# persons a body sends or names, not the body itself: «مقررة الأمم المتحدة الخاصة المعنية بحرية الرأي»
_SENT_BY_BODY = frozenset(_bare(norm_key(w)) for w in ("مقرر", "مقررة", "مبعوث", "مبعوثة", "خبير", "خبيرة", "مفوض", "مفوضة"))
# persons who act for a body, not the body itself: «ممثل النيابة العامة»، «محامي الشركة»
_BODY_AGENTS = frozenset(_bare(norm_key(w)) for w in ("ممثل", "ممثلة", "محامي", "محامية", "متحدث", "متحدثة", "ناطق", "ناطقة", "مندوب", "مندوبة", "وكيل", "وكيلة"))


def _kin_named_back(st: _State, key: str, gender: str | None, cue_start: int) -> _Subject | None:
    """«وأضاف الأب، في تصريحات …، أن» after «قال حمدي عبد الرحيم، والد المجني عليه، …»: the one who
    spoke in the four sentences before with a role opening on that relation (one such speaker)."""
    wants = _KIN_BACK.get(key)
    if wants is None or gender not in ("m", "f"):
        return None
    sent = st.sentence_of(cue_start)
    for reach in (4, None):
        # (the four sentences before, else the whole article when one speaker only had that
        # relation: «والدته، رحمة الزياني،» eight sentences before «"…"، تقول الأم»)
        found = {}
        for h in reversed(st.history):
            if reach is not None and sent - h.sentence > reach:
                break
            if h.speaker is None or not h.role or h.gender != gender or h.pos >= cue_start:
                continue
            first = _key(h.role.split()[0])
            # (the relation with the pronoun of the one named: «والدته، رحمة الزياني،»)
            if first in wants or any(
                first in (w + suf, w[:-1] + "ت" + suf) for w in wants for suf in ("ه", "ها", "هم")  # («والدة» + ه: «والدته»)
            ):
                found.setdefault(norm_key(text_of(st, h.speaker)).split()[-1], h)
        if len(found) == 1:
            h = next(iter(found.values()))
            return _Subject(h.speaker, h.role, "coref", 0.7 if reach else 0.6)
        if found:
            return None
    return None


def _kin_subject(st: _State, key: str, gender: str | None, cue_start: int) -> _Subject | None:
    """A relative by the kin word with the article («الأب»، «الأم»): the one who spoke before with
    that relation as role, else the one the article introduced by it."""
    return _kin_named_back(st, key, gender, cue_start) or _kin_introduced(st, key, gender, cue_start)


# a parent named by the child the article gave him or her: «لابنها»، «ابنته»
# (or his children: «وقف عبدي، الذي وصل إلى اليمن مع زوجته وأطفاله الخمسة» then «وقال الأب»)
_CHILD_OF = {"m": frozenset(_fold(p + w) for p in ("", "و", "ل") for w in ("ابنه", "ابنته", "نجله", "أطفاله", "أولاده", "أبنائه", "ابنيه", "ابنتيه")),
             "f": frozenset(_fold(p + w) for p in ("", "و", "ل") for w in ("ابنها", "ابنتها", "نجلها", "أطفالها", "أولادها", "أبنائها", "ابنيها", "ابنتيها"))}
_PARENTS = frozenset(norm_key(w) for w in ("الأب", "الأم"))


def _kin_introduced(st: _State, key: str, gender: str | None, cue_start: int) -> _Subject | None:
    """«قالت الأم بصوت خافت» after «جلست سعاد الشناوي ممسكة بصورة ابنتها ندى»، «أما الأب فيقول» after
    «وقال والد الطفل محمود الشامي»: the one person the article introduced by that relation, with it
    before the name («والدها سالم الكعبي»، «والد الطفل محمود الشامي») or set off after it («محمود
    الجندي، والد ملك،»), or, for a parent, with the child right after the name («لابنها يزن»)."""
    wants = _KIN_BACK.get(key)
    if wants is None or gender not in ("m", "f"):
        return None

    def kin(tok: str) -> bool:
        # (the pronoun «ه» of «والده», not the feminine «ة» of «والدة» that the keys fold into it;
        # a feminine word with a pronoun writes its ة as ت: «والدتهما» for «والدة»)
        return any(
            k == w or k.startswith(w) and k[len(w) :] in ("ه", "ها", "هما") and not dediac(tok).endswith("ة")
            or w.endswith("ه") and k.startswith(w[:-1] + "ت") and k[len(w) :] in ("ه", "ها", "هما", "هم")
            for k in {_key(tok), _key(tok).removeprefix("و")} for w in wants
        )

    found = {}
    for m in st.mentions_in(0, cue_start, labels=("PERSON",)):
        if m.label != "PERSON" or st.inside_quote(m.start):
            continue
        before = _tokens(st.text, max(0, m.start - 40), m.start)[-2:]
        sentence_end = st.sentences[st.sentence_of(m.start)][1] if st.sentences else len(st.text)
        after = _tokens(st.text, m.end, min(sentence_end, cue_start, m.end + 160))
        introduced = (
            any(kin(t[2]) for t in before[-2:])
            and not any(t[2] in "،,.:؟!«»\"“”" for t in before[-1:])
            or len(after) >= 2 and after[0][2] in "،," and kin(after[1][2])
        )
        if not introduced and len(after) >= 3 and after[0][2] in "،,":
            # (a second title in the words set off: «عمر الدسوقي، المدير التنفيذي للشركة ونجل
            # مؤسسها، …» then «وأضاف الابن أن»)
            close = next((n for n in range(1, len(after)) if after[n][2] in "،,:«»\"“”"), len(after))
            introduced = close <= 10 and any(
                t[2].startswith("و") and kin(t[2]) for t in after[2:close]
            )
        if not introduced and key in _PARENTS:
            stop = next((n for n, t in enumerate(after) if t[2] in ":«»\"“”"), len(after))
            introduced = any(_fold(t[2].rstrip(".")) in _CHILD_OF[gender] for t in after[: min(stop, 24)])
        if introduced:
            found.setdefault(norm_key(m.text).split()[-1], m)
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    return _Subject((m.start, m.end), None, "coref", 0.65)


# «… يصدره»، «… نشرته»: a report's issuer named by the verb's subject (and, folded, among _ISSUED_BY).
_ISSUED_FORMS = (
    "يصدره", "أصدره", "اصدره", "تصدره", "أصدرته", "اصدرته", "نشره", "نشرته", "أعده", "أعدته", "اعده", "اعدته",
    # a study or a note (feminine) issued by a body: «دراسة أعدها مكتب "إيماج ميديا"»
    "أعدها", "اعدها", "أصدرها", "اصدرها", "نشرها", "أجراها", "اجراها",
    # figures someone presented: «وبحسب أرقام عرضها الوزير خلال الجلسة، فإن»
    "عرضها", "عرضه", "قدمها", "قدمه",
)
# (and the verbal noun: «واكتفت الهيئة … بإصدار بيان مقتضب» then «وقال البيان إن»)
_ISSUED = re.compile(r"(?<!\S)(?:" + "|".join(_ISSUED_FORMS + ("بإصدار", "باصدار")) + r")(?!\S)")


def _body_named_before(st: _State, words: list[str], cue_start: int) -> MentionDraft | None:
    """«أعلن الجيش الإسرائيلي …» then «وقال بيان للجيش الإسرائيلي إن»: the body whose article ل
    elides, named in full before (``words``: keys, the article given back to the first); the
    latest such mention, the longest run of words first."""
    orgs = [(_key(x.text), x) for x in reversed(st.mentions_in(0, cue_start, labels=("ORG",)))]
    for n in range(min(3, len(words)), 0, -1):
        want = " ".join(words[:n])
        if n == 1 and _bare(want) in st.lex.generic:
            continue  # («بيان للحكومة» after «الحكومة اللبنانية»: the anaphors say which)
        x = next((x for k, x in orgs if k == want), None)
        if x is not None:
            return x
    return None


def _issuer_before(st: _State, cue_start: int) -> MentionDraft | None:
    """«قدّر البنك الدولي كلفة … في أول تقييم شامل يصدره …» then «وأوضح التقرير أن»: the body
    the sentence before opens with, when that sentence says it issued a report («يصدره»، «نشرته»);
    or the body the cue's own sentence opens with, before the cue, when it says so there."""
    sent = st.sentence_of(cue_start)
    if not st.sentences:
        return None
    # the cue's own sentence up to the cue first («وتبنى تنظيم … الهجوم في بيان نشر على موقع …،
    # وجاء في البيان :»), then the sentence before
    for ps, pe in ((st.sentences[sent][0], cue_start), st.sentences[sent - 1] if sent > 0 else (0, 0)):
        if pe <= ps or _ISSUED.search(st.text, ps, pe) is None and _IN_STATEMENT_RE.search(st.text, ps, pe) is None:
            continue
        ps = _after_dateline(st.text, ps, pe)  # (not the agency of «طرابلس (رويترز) - قال مصرف …»)
        ms = st.mentions_in(ps, pe, labels=("ORG",))
        if ms and _words(st.text, ps, ms[0].start) <= 2:
            return ms[0]
    return None


# «أعلنت وزارة الصحة في بيان تسجيل …» then «وأضاف البيان أن»: the body spoke in a statement
_IN_STATEMENT_RE = re.compile(r"(?<!\S)في\s+(?:بيان|بلاغ|تقرير|إفصاح|مذكرة)(?!\S)")


# Documents a body issues («تقرير»، «دراسة»، «مذكرة»), and the words that tie one to its issuer
# after it («تقرير أصدرته مؤسسة …»، «مذكرة صادرة عن …») or before it («أصدرت الهيئة تقريراً»).
_DOCUMENTS = frozenset(norm_key(w) for w in ("تقرير", "دراسة", "مذكرة", "استطلاع", "مسح", "تقييم", "وثيقة"))
_ISSUED_BY = frozenset(
    _fold(w)
    for w in _ISSUED_FORMS
    + (
        "أصدرتها", "أعدتها", "نشرتها", "أجرته", "أجرتها", "أعلنتها", "أعلنته", "أجراه", "اجراه",
        # «استطلاع للرأي أجراه مركز …»
        "للرأي",
        "صادر", "صادرة", "الصادر", "الصادرة", "عن", "جديد", "جديدة", "حديث", "حديثة", "سنوي", "سنوية",
    )
)
# words of _ISSUED_BY that are no verb with its pronoun («تقرير صادر عن …»، «تقرير جديد»)
_ISSUED_BY_WORDS = frozenset(
    _fold(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة", "عن", "جديد", "جديدة", "حديث", "حديثة", "سنوي", "سنوية")
)
_OFFICES = frozenset(_fold(w) for w in ("مكتب", "مركز", "معهد", "شركة", "مجموعة", "وكالة", "منصة", "دار"))
# statements a body issues («أصدرت الوزارة بيانا»), named back by «البيان»
_STATEMENTS = frozenset(norm_key(w) for w in ("بيان", "بلاغ"))
_ISSUES = frozenset(_fold(w) for w in ("أصدر", "أصدرت", "نشر", "نشرت", "أعد", "أعدت", "أجرى", "أجرت"))


def _issued_document(st: _State, a: int, b: int, subj: _Subject) -> bool:
    """«أظهر استطلاع أجراه مركز … أن»، «وأظهر تقرير لشركة «أرقام ميديا» أن»: a verb of showing
    reports only when its subject is a document (without the article) whose issuer, a body, is
    named in it, the speaker found."""
    first = _tokens(st.text, a, b)[:1]
    if not first or subj.speaker is None:
        return False
    k = _key(first[0][2])
    if k.startswith(("ال", "وال")) or _bare(k).rstrip("ا") not in _DOCUMENTS:
        return False
    return any(x.label == "ORG" and (x.start, x.end) == subj.speaker for x in st.mentions_in(a, b, labels=("ORG",)))


def _issuer_noun(prev: tuple[int, int, str], tok: tuple[int, int, str]) -> str | None:
    """The definite noun of a body after «عن» («صادر عن الوزارة») or glued to «لل» («للوزارة» →
    «الوزارة»), as a key; None for any other word."""
    k = _key(tok[2])
    if _key(prev[2]) == "عن" and k.startswith("ال"):
        return k
    return "ال" + k[2:] if k.startswith("لل") and len(k) > 4 else None


def _document_speaker(st: _State, noun: str, cue_start: int) -> MentionDraft | None:
    """«وأشارت الدراسة»، «وأوضح التقرير»: who speaks through the document named back, by the
    sentence before, the document's issuer, or the statement just quoted."""
    return _issuer_before(st, cue_start) or _document_issuer(st, noun, cue_start) or _statement_source(st, noun, cue_start)


def _statement_source(st: _State, noun: str, cue_start: int) -> MentionDraft | None:
    """«كشفت مجموعة الواحة في بيان أنها …» then «وحسب البيان، فإن …»: the statement quoted just
    before (within two sentences). And «توقعت مجموعة بصيرة أن …» then «ووفقاً للتقرير»: a
    document the article names for the first time with the article is the one the body just
    quoted spoke from."""
    if not st.history or not (noun in _DOCUMENTS or noun in st.lex.statement_nouns):
        return None
    h = st.history[-1]
    if h.speaker is None or st.sentence_of(cue_start) - h.sentence > 2:
        return None
    x = next((x for x in st.mentions_in(*h.speaker) if (x.start, x.end) == h.speaker), None)
    if x is None or _statement_before(st, h, noun):
        return x
    if x.label != "ORG" or noun not in _DOCUMENTS:
        return None  # («حسب الأرقام الرسمية» after a paper's words: figures, not its report)
    for w in _WORD_RE.finditer(st.text, 0, cue_start):
        if _noal(_bare(_key(w.group()).removeprefix("ل"))).rstrip("ا") == noun:
            return None  # a document named before: its issuer is found from there, or is unknown
    return x


def _occasion_opens(zone_keys: list[str]) -> bool:
    """«في تصريح …»، «خلال مؤتمر …»: the occasion of speaking opens the verb's zone (after the
    subject's name, which the keys leave out, and its comma: «وتابعت بنعلي، في تصريح لهسبريس:»)."""
    while zone_keys and zone_keys[0] in ("،", ","):
        zone_keys = zone_keys[1:]
    return (
        len(zone_keys) >= 2 and zone_keys[0] in (_fold("في"), _fold("خلال"))
        and _fold(_noal(_bare(zone_keys[1]))) in _SPEECH_EVENTS | _SPEECH_OCCASIONS
    )


def _subject_then_occasion(zone_keys: list[str]) -> bool:
    """A subject of up to ten words (its name left out of the keys), a comma, then the occasion of
    speaking: «رئيس الجمهورية، السيد …، في رسالة وجهها …»."""
    return any(k in ("،", ",") and 1 <= n <= 10 and _occasion_opens(zone_keys[n:]) for n, k in enumerate(zone_keys[:11]))


def _times_named(text: str, noun: str, a: int, b: int) -> int:
    """How many words between a and b are the noun, with or without the article, a clitic or two
    and the accusative alef («بيانا»، «البيان»، «وبالبيان»)."""
    return sum(
        any(k.rstrip("ا") in (noun, "ال" + noun) for k in (kw, kw[1:], kw[2:]))
        for kw in (_key(w.group()) for w in _WORD_RE.finditer(text, a, b))
    )


def _kana_issuer(st: _State, noun: str, cue_start: int) -> MentionDraft | None:
    """«وكان حزب جبهة العمل الاسلامي , الذراع السياسية … , قد اصدر بيانا» then «وقال البيان ان»:
    the body كان opens the sentence with (this one or the one before), which «قد» and a verb of
    issuing give the statement to."""
    sent = st.sentence_of(cue_start)
    for s in (sent, sent - 1):
        if s < 0 or s >= len(st.sentences):
            continue
        a, b = st.sentences[s]
        toks = _tokens(st.text, _after_dateline(st.text, a, min(b, cue_start)), min(b, cue_start))
        if len(toks) < 4 or _key(toks[0][2]) not in _KANA:
            continue
        for n in range(2, len(toks) - 1):
            if (
                _key(toks[n - 1][2]) == _QAD and _fold(toks[n][2]) in _ISSUES
                and _key(toks[n + 1][2]).rstrip("ا") == noun
            ):
                x = next(iter(st.mentions_in(toks[1][0], toks[n][0], labels=("ORG",))), None)
                return x if x is not None and x.start == toks[1][0] else None
    return None


_AFTER_DOCUMENT = frozenset(_fold(w) for w in ("بعد", "عقب", "إثر", "اثر"))


def _document_issuer(
    st: _State, noun: str, before: int, sentences: int = 5, nouns: frozenset = _DOCUMENTS
) -> MentionDraft | None:
    """«… وفقاً لتقرير أصدرته مؤسسة أوربت إنسايتس» then «وبحسب التقرير، فإن …»: the body that
    issued the document last named (without the article) in the sentences before."""
    if noun not in nouns or not st.sentences:
        return None
    text = st.text
    sent = st.sentence_of(before)
    lo = st.sentences[max(0, sent - sentences)][0]
    hits, definite = [], []
    for w in _WORD_RE.finditer(text, lo, before):
        k = _key(w.group())
        if k.removeprefix("و").removeprefix("ف") == "ال" + noun:
            definite.append(w)  # «التقرير»: its issuer may follow it (below)
        k = k[1:] if k[:1] in "وف" and k[1:3] != "ال" and len(k) > 4 else k
        k = k[1:] if k[:1] in "لب" and k[1:].rstrip("ا") == noun else k  # «لتقرير»، «بدراسة»
        if k.rstrip("ا") == noun or k in (noun + "ه", noun + "ها"):  # «تقريراً»، «نشر الديوان تقريره»
            hits.append(w)
    for w in reversed(hits):
        k = _key(w.group())
        if k.endswith((noun + "ه", noun + "ها")):
            # «انتقد جهاز الرقابة … في تقريره السنوي»: «his report», the sentence's subject's
            ws = st.sentence_start(w.start())
            subj = st.mentions_in(ws, w.start(), labels=("ORG",))
            if subj and _words(text, _after_dateline(text, ws, w.start()), subj[0].start) <= 2:
                return subj[0]
        said_in = _tokens(text, max(lo, w.start() - 8), w.start())[-1:]
        if said_in and _key(said_in[0][2]) in ("في", "وفي"):
            # «وقال المجلس في بيان نشرته وكالة أنباء البحرين إن …» then «وأضاف البيان أن»: the
            # statement of the body that spoke in it, not of the agency that carried it
            spoke = [h for h in st.history if h.sentence == st.sentence_of(w.start()) and h.speaker is not None and h.speaker[1] <= w.start()]
            body = st.mentions_in(*spoke[-1].speaker, labels=("ORG",)) if spoke else []
            if body:
                return body[0]
        after = [x for x in st.mentions_in(w.end(), min(before, w.end() + 80), labels=("ORG",))]
        if after and all(
            _fold(t[2]) in _ISSUED_BY or _named_body(t[2]) or _fold(t[2]) in _OFFICES or not t[2].strip('«»"“”')
            for t in _tokens(text, w.end(), after[0].start)
        ):
            return after[0]
        prev = _tokens(text, max(lo, w.start() - 12), w.start())[-1:]
        if prev and _fold(prev[0][2]) in _AFTER_DOCUMENT:
            # «طالبت جمعية سند … بتحسين الرواتب، بعد مسح رصد …» then «وبحسب المسح»: the document the
            # sentence's subject acted on
            ws = _after_dateline(text, st.sentence_start(w.start()), w.start())
            subj = st.mentions_in(ws, w.start(), labels=("ORG",))
            if subj and len(_tokens(text, ws, subj[0].start)) <= 2:
                return subj[0]
        nxt = _tokens(text, w.end(), min(before, w.end() + 30))[:1]
        if nxt and _fold(nxt[0][2]) in _ISSUED_BY and _fold(nxt[0][2]) not in _ISSUED_BY_WORDS:
            # «قالت شركة "ميديا بريدج" …، في تقرير نشرته الثلاثاء، إن …»: issued by the sentence's subject
            ws = _after_dateline(text, st.sentence_start(w.start()), w.start())
            subj = st.mentions_in(ws, w.start(), labels=("ORG",))  # (not the dateline's agency)
            if subj and len(_tokens(text, ws, subj[0].start)) <= 3:
                return subj[0]
        toks = _tokens(text, max(lo, w.start() - 80), w.start())
        for n in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
            if _fold(toks[n][2]).removeprefix("و") in _ISSUES:
                subj = st.mentions_in(toks[n][1], w.start(), labels=("ORG",))
                if subj and (
                    _words(text, toks[n][1], subj[0].start) == 0
                    # (past the body's noun and the mark of a name: «أصدرت شركة نيوم بياناً»،
                    # «وأصدر صندوق "أفريكينوفا كابيتال"، الذي يقود الجولة، بياناً»)
                    or _only_cue_word([_key(t[2]) for t in _tokens(text, toks[n][1], subj[0].start) if t[2] not in '"«“'])
                ):
                    return subj[0]  # «أصدرت الهيئة العامة للإحصاء تقريراً»
                if n == len(toks) - 2 and _key(toks[n + 1][2]) in st.lex.anaphors:
                    # «وأصدر الجهاز بياناً»: the body called by its common noun, named before
                    x = _resolve_anaphor(st, _key(toks[n + 1][2]), toks[n + 1][0])
                    if x is not None:
                        return x
                break
    for w in definite:
        # «كشف التقرير السنوي لديوان الرقابة المالية والإدارية عن …» then «ووفقاً للتقرير»: the
        # document named with the article and its issuer right after it, ل joined to the body
        x = next(iter(st.mentions_in(w.end(), min(before, w.end() + 60), labels=("ORG",))), None)
        if x is not None and _DEFINITE_OF_BODY.fullmatch(text[w.end() : x.start]):
            return x
    return None


def _only_cue_word(keys: list[str]) -> bool:
    """Whether these word keys are one body noun alone («شركة» of «أصدرت شركة نيوم بياناً»)."""
    return len(keys) == 1 and keys[0] in _ORG_CUE_WORDS


# «التقرير السنوي لـ»، «الدراسة الأخيرة ل»: up to two definite adjectives, then ل joined to the body
_DEFINITE_OF_BODY = re.compile(r"(?:\s+ال\w+){0,2}\s+لـ?")


def _other_title_after(st: _State, lead: str, title: str, words: tuple) -> bool:
    """Whether another title follows the last «title» in these words before a name («والتقى البابا
    لاحقا رئيس الشؤون الدينية التركية علي بردق أوغلو»: the name is the second title's)."""
    ws = lead.split()
    keys = [_noal(_key(w)) for w in ws]
    at = next((n for n in range(len(keys) - 1, -1, -1) if title in keys[n]), None)  # (the window may cut the first word)
    if at is None:
        return False
    # (an honorific is no other title: «ووزير الداخلية الشيخ حمود الفهد»; nor the definite noun
    # right after a title in construct, its complement: «وزير الفلاحة» is no farmer)
    skip = at + 1 if not _key(ws[at]).startswith(("ال", "وال")) else at
    return any(
        len(k) >= 3 and _is_title(st.lex, w) and k not in words and k != title
        and (_key(w) not in st.lex.honorifics or _key(w) in _RULERS)
        for w, k in zip(ws[skip + 1 :], keys[skip + 1 :])
    )


# honorifics that are offices of their own: «استقبل وزير الخارجية الرئيس محمود عباس»
_RULERS = frozenset(norm_key(w) for w in ("الرئيس", "الملك"))


_QAD = norm_key("قد")


_PRESIDENT = norm_key("رئيس")
# what a president heads when the bare «الرئيس» names him back: «رئيس الجمهورية»، «رئيس الدولة»
_STATE_HEADED = frozenset(norm_key(w) for w in ("الجمهورية", "الدولة", "البلاد", "السلطة", "جمهورية", "دولة"))


def _head_of_body(lead: str, end: int, text: str) -> bool:
    """Whether the «رئيس» nearest this name, before it («رئيس البنك الدولي أجاي بانجا») or right
    after it («أجاي بانجا رئيس مجموعة البنك الدولي»), heads something other than a state: «رئيس»
    without the article, in construct with its body."""
    after = [_key(w.strip("،,")) for w in text[end : end + 50].split() if w.strip("،,")]
    if after and _bare(after[0]) == _PRESIDENT and not after[0].startswith("ال"):
        return len(after) > 1 and after[1] not in _STATE_HEADED
    ws = [_key(w) for w in lead.split()[-6:]]
    at = next((n for n in range(len(ws) - 1, -1, -1) if _noal(_unlam(ws[n])) == _PRESIDENT or _bare(ws[n]) == _PRESIDENT), None)
    if at is None or ws[at].startswith(("ال", "وال")):
        return False
    return at + 1 < len(ws) and ws[at + 1] not in _STATE_HEADED


# a state's style before its name, left out when a title is matched («وزيرة خارجية مملكة النرويج»)
_STATE_STYLES = frozenset(("مملكه", "جمهوريه", "سلطنه", "اماره", "دوله"))


def _with_unlam(near: str) -> str:
    """Keys with each word glued to «لل» also read with «ال»: a body's word is the same word in
    «الناطق باسم الحرس البحري» and «الناطق … باسم الإدارة العامة للحرس البحري»."""
    return near + " " + " ".join(_unlam(w) for w in near.split() if w.startswith("لل"))


def _named_by_surname(st: _State, title: str, gender: str | None, cue_start: int) -> _Subject | None:
    """«وحذّر الأمين من أن» after «وقال مدير المستشفى، هاشم الأمين، إن»: a title word alone that is
    the family name of the one person named so within the ten sentences before stands for them, unless
    a speaker of the article was introduced with that title."""
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 10)][0] if st.sentences else 0
    surname = "ال" + title
    found = {}
    for m in st.mentions_in(lo, cue_start, labels=("PERSON",)):
        ws = norm_key(m.text).split()
        if len(ws) >= 2 and ws[-1] == surname:
            found.setdefault(" ".join(ws), m)
    if len(found) != 1:
        return None
    m = next(iter(found.values()))
    if st.genders.get(norm_key(m.text), gender) != gender:
        return None
    if any(h.speaker is not None and (rw := _title_words_of(st, h)) and rw[0] in (title, _bare(title)) for h in st.history):
        return None
    return _Subject((m.start, m.end), None, "coref", 0.65, "PERSON")


def _role_holder_named_before(st: _State, match: tuple, gender: str | None) -> _Subject | None:
    """«وأكد الناطق باسم الحرس البحري، في ختام تصريحه، أن» seven paragraphs after «وقال الناطق
    الرسمي باسم الإدارة العامة للحرس البحري العقيد محسن الدريدي»; «وأوضح مدير الديوان أن» seven
    sentences after «وقال فاروق بوقرة، مدير عام الديوان الوطني للحج والعمرة، إن»: the one speaker
    of the article whose role holds every word of the title and its complement, however far back."""
    h = _sole_speaker(
        st, gender,
        lambda h: h.role and all(w in _with_unlam(_bare(norm_key(h.role))) for w in match)
        and not _agent_of_title(_bare(norm_key(h.role)), list(match)),  # (not «وكيل المتهم الأول» for «المتهم الأول»)
    )
    return _Subject(h.speaker, h.role, "coref", 0.6) if h is not None else None


def _sole_speaker(st: _State, gender: str | None, keep):
    """The one person of the article (by the last word of the name) among the speakers so far of a
    gender compatible with ``gender`` for whom ``keep(h)`` holds: that person's first such turn,
    else None."""
    found = {}
    for h in st.history:
        if h.speaker is not None and _compatible(h.gender, gender) and keep(h) and st.mentions_in(h.speaker[0], h.speaker[1], labels=("PERSON",)):
            found.setdefault(norm_key(text_of(st, h.speaker)).split()[-1], h)
    return next(iter(found.values())) if len(found) == 1 else None


# titles of a craft and the verb (or its noun) that names the one who practised it before the name:
# «التي أخرجتها سنية بن عمار»، «من إخراج …»، «الذي أنتجه …»
_TITLE_BY_VERB = {
    norm_key(t): tuple(norm_key(v) for v in vs)
    for ts, vs in ((("مخرج", "مخرجة"), ("أخرج", "إخراج")), (("منتج", "منتجة"), ("أنتج", "إنتاج")))
    for t in ts
}


# the epithets of age after a definite title («المطرب الشاب»، «الممثلة القديرة»)
_AGE_EPITHETS = frozenset(
    norm_key(w) for w in ("الشاب", "الشابة", "المخضرم", "المخضرمة", "القدير", "القديرة", "العجوز", "المسن", "المسنة")
) | frozenset(w for w in AGE_WORDS if w.startswith("ال"))


def _title_coref(
    st: _State,
    title: str,
    gender: str | None,
    cue_start: int,
    n_words: int,
    words: tuple = (),
) -> _Subject | None:
    """«وأكد الملك»، «وأضاف المسؤول العراقي»: a title standing for someone just named. The
    speaker is the recent speaker or person introduced with that title; failing that, when the
    title stands alone, the speaker of the quote just before (same gender, within two sentences)."""
    if len(words) == n_words > 1 and words[-1] == _QAD:
        words, n_words = words[:-1], n_words - 1  # «وكان الرئيس السوري قد اكد»: «قد» is no title word
    if n_words == 1 == len(words) and (named := _named_by_surname(st, title, gender, cue_start)) is not None:
        return named
    text = st.text
    sent = st.sentence_of(cue_start)
    deferred = None
    # (an adjective standing for a body matches the body's name: «المسؤولة الأممية» is «الممثلة
    # الخاصة … للأمم المتحدة … كلوديا فيشر»)
    match = tuple(_BODY_ADJECTIVES.get(w, w) for w in words)
    for h in reversed(st.history):
        if sent - h.sentence > 3:
            break
        if h.speaker is None or not _compatible(h.gender, gender):
            continue
        if st.mentions_in(h.speaker[0], h.speaker[1], labels=("ORG",)) and not st.mentions_in(h.speaker[0], h.speaker[1], labels=("PERSON",)):
            # («ووفقاً لأرقام الوكالة» then «وشدد المفوض العام»; «وبحسب المركز» then «وتابع المسؤول»):
            # a body that spoke is not the person its title names, though the title came before its name
            continue
        # (the words before the name within its own sentence: «… في مسبح المنتجع. وقال محامي
        # الأسرة X» does not make X «محامي المنتجع»)
        before_name = text[max(0, h.speaker[0] - 40, st.sentence_start(h.speaker[0])) : h.speaker[0]]
        near = _with_unlam(norm_key(before_name) + " " + _bare(norm_key(h.role or "")))
        if (
            all(w in near for w in match) and not _other_title_after(st, before_name, title, words)
            and not _complement_of_title(st, near, title) and not _heads_another_body(near.split(), match)
        ):
            if n_words == 1 and title == _PRESIDENT and _head_of_body(before_name + " " + (h.role or ""), h.speaker[1], text):
                # «وأشار الرئيس إلى أن» after «أوضح رئيس مجلس الوزراء أن»: another office
                deferred = deferred or _Subject(h.speaker, h.role, "coref", 0.6)
                continue
            return _Subject(h.speaker, h.role, "coref", 0.7)
        if len(words) >= 2:
            # «وتابع أحمدي نجاد» … «كما قال الرئيس الإيراني»: the recent speaker introduced
            # earlier in the article with the title and its adjective («اعتبر الرئيس الإيراني
            # محمود أحمدي نجاد»), under another mention of his name
            names = set(norm_key(text[h.speaker[0] : h.speaker[1]]).split())
            lo = st.sentences[max(0, sent - _ROLE_HOLDER_SENTENCES - 5)][0] if st.sentences else 0
            for m in st.mentions_in(lo, h.speaker[0], labels=("PERSON",)):
                mw = set(norm_key(m.text).split())
                if not (mw <= names or names <= mw):
                    continue
                near = norm_key(text[max(0, m.start - 40) : m.start])
                if all(w in near for w in words) and not _heads_another_body(near.split(), words):
                    return _Subject(h.speaker, h.role, "coref", 0.7)
    first_sent = max(0, sent - 4)
    while first_sent > 0 and _sentence_gap(st, first_sent - 1, sent) <= 4:
        first_sent -= 1  # (a quote of several sentences is one turn)
    lo = st.sentences[first_sent][0] if st.sentences else 0
    for m in reversed(st.mentions_in(lo, cue_start, labels=("PERSON",))):
        if _addressee(st, m):
            continue
        # (up to six words before it, within its clause: «أعلن وزير التربية والتعليم والتعليم الفني
        # محمد عبد اللطيف»; not «… القومي الفلسطيني ، بمشاركة رئيس الوزراء إسماعيل هنية»)
        # («وكان والي صفاقس، سمير العياري، قد أعلن» then «وأوضح الوالي»: the name set off after its title)
        lead = _name_lead(st, m, 60)
        if lead and text.endswith(lead, 0, m.start):
            # (not another's title, before his name: «برئاسة رئيس الجمهورية إلياس نصّار وحضور رئيس
            # الحكومة كريم الداعوق» gives «رئيس الجمهورية» to نصّار only)
            prior = [x for x in st.mentions_in(m.start - len(lead), m.start, labels=("PERSON",)) if x.end <= m.start]
            if prior:
                lead = text[prior[-1].end : m.start]
        # (a title after «و» too: «مواجهة بين النواب ووزير الداخلية حمود الفهد»)
        near = [_noal(_unlam(_key(w))) for w in lead.split()[-6:]]
        near = [k[1:] if k[:1] == "و" and k[1:] == title else k for k in near]
        if title in _TITLE_BY_VERB and near and any(k.startswith(_TITLE_BY_VERB[title]) for k in near[-2:]):
            # «وتحكي الكوميديا، التي أخرجتها سنية بن عمار، …» then «وقالت المخرجة»: the one the verb
            # of the craft names right before the name
            near.append(title)
        if title in near and _other_title_after(st, " ".join(lead.split()[-6:]), title, words):
            # «والتقى البابا لاحقا رئيس الشؤون الدينية التركية علي بردق أوغلو»: another title holds
            # the name; the first one is someone else's
            near = [w for w in near if w != title]
        # the title may also follow the name: «فايزة أبوالنجا وزيرة التعاون الدولي»
        # (not a word of what he said: «وأوضح مدير الفريق عبد الله المري أن اللاعب سيلتحق»)
        # (past a comma standing alone: «كريم الشناوي، لاعب فرايبورغ»)
        # (the state's style skipped: «إنغريد لارسن، وزيرة خارجية مملكة النرويج» then «قالت وزيرة
        # خارجية النرويج»)
        after = [_noal(_key(w.strip("،,"))) for w in text[m.end : m.end + 50].split() if w.strip("،,")]
        after = [w for w in after if w not in _STATE_STYLES][:4]
        near += after if after and after[0] == title else []
        if title in near and all(any(w in x for x in near) for w in match) and not _heads_another_body(near, match):
            if n_words == 1 and title == _PRESIDENT and _head_of_body(lead, m.end, text):
                # «وأكد الرئيس، بحسب المتحدث الرسمي، أن» after «استقبل الرئيس عبد الفتاح السيسي …
                # السيد أجاي بانجا رئيس مجموعة البنك الدولي»: the president alone is the one so
                # called, not the head of a body, unless no one else is
                deferred = deferred or _Subject((m.start, m.end), None, "coref", 0.6, "PERSON")
                continue
            mw = set(norm_key(m.text).split())
            for h in reversed(st.history):
                if sent - h.sentence > 3:
                    break
                if h.speaker is not None and h.speaker[0] > m.start and set(norm_key(text_of(st, h.speaker)).split()) <= mw:
                    # (the same person named since, the nearer mention: «ليلى حسون» then «قالت حسون»)
                    return _Subject(h.speaker, h.role, "coref", 0.65, "PERSON")
            return _Subject((m.start, m.end), None, "coref", 0.65, "PERSON")
    if deferred is not None:
        return deferred
    if title in _OFFICIAL_WORDS and len(words) == 2 and words[1] in _BODY_ADJECTIVES:
        # «وأوضحت المسؤولة الأممية أن» five sentences after «قالت فيشر» («الممثلة الخاصة … للأمم
        # المتحدة … كلوديا فيشر»): an official by the body's adjective is the recent speaker of that body
        for h in reversed(st.history):
            if sent - h.sentence > 6:
                break
            if h.speaker is None or not _compatible(h.gender, gender) or not st.mentions_in(h.speaker[0], h.speaker[1], labels=("PERSON",)):
                continue
            names = set(norm_key(text_of(st, h.speaker)).split())
            for m in st.mentions_in(0, h.speaker[1], labels=("PERSON",)):
                if names <= set(norm_key(m.text).split()):
                    lead = text[max(0, m.start - 80, st.sentence_start(m.start)) : m.start]
                    if text[m.end : m.end + 2].strip()[:1] in ("،", ","):
                        # (or the title set off after the name: «التقينا كاترين نغوما، رئيسة مكتب
                        # المفوضية السامية للأمم المتحدة …» then «تقول المسؤولة الأممية»)
                        lead += " " + text[m.end : min(m.end + 100, st.sentence_end(m.end))]
                    if match[1] in norm_key(lead + " " + (h.role or "")):
                        return _Subject(h.speaker, h.role, "coref", 0.55)
    # the title alone, or with an adjective of origin («وأضاف اللاعب الألماني»); a title with its
    # complement («المدير المالي للبنك») is someone else
    alone = n_words == 1 or (n_words == 2 and len(words) == 2 and _nisba_of(title, words[1]))
    if n_words == 2 == len(words):
        far = _introduced_with(st, words, cue_start, exact=alone)
        if far is not None:
            return far
    origin = words[1] if alone and n_words == 2 and _nationality(words[1]) else None
    spokesman = len(words) > 2 and words[1] in _ON_BEHALF
    complement = not alone and len(words) == n_words >= 2
    holder = _role_holder_named_before(st, match, gender) if spokesman or complement else None
    if spokesman and holder is not None:
        return holder  # (a spokesman's title, before the recent holders of the bare title)
    recent = _recent_with_title(st, title, gender, sent, alone, cue_start, origin)
    if (recent is None or recent.speaker is None) and complement and holder is not None:
        return holder  # (a title with its complement, named back past the recent sentences)
    if n_words == 2 == len(words) and title in _IN_THE_DOCK and (ordinal := _as_ordinal(words[1])) is not None:
        # «قال المتهم الأول من داخل القفص» after «محاكمة المتهم الأول شريف المنياوي»: the one the
        # article named with that title and that ordinal (one such person); named nowhere, no one
        held = _ordinal_holder(st, title, ordinal, gender, cue_start)
        if held is not None:
            return held
    if (recent is None or recent.speaker is None) and n_words == 1 and (title in _IN_THE_DOCK or title in _RANK_TITLES):
        # («وأكد المقدم أن» six sentences after «المتحدث باسم الشرطة، المقدم الطاهر بابكر»: the one
        # officer of that rank the article named)
        sole = _sole_holder(st, title, gender, cue_start)
        if sole is not None:
            return sole
    if (recent is None or recent.speaker is None) and n_words == 1 and title in _OFFICERS:
        # «وكشف الضابط أن» after «المكلف بالإعلام …، المقدم رضا بوعلام»: the one officer the article
        # named with a rank
        ranked = {}
        for rank in _RANK_TITLES:
            held = _sole_holder(st, rank, gender, cue_start)
            if held is not None:
                ranked.setdefault(norm_key(text_of(st, held.speaker)).split()[-1], held)
        if len(ranked) == 1:
            return next(iter(ranked.values()))
    if (recent is None or recent.speaker is None) and n_words == len(words) >= 3 and _nationality(words[-1]):
        loose = _loose_title_holder(st, words, cue_start)
        if loose is not None:
            return _Subject((loose.start, loose.end), None, "coref", 0.6, "PERSON")
    return recent


def _loose_title_holder(st: _State, words: tuple, cue_start: int) -> MentionDraft | None:
    """«أكد وزير الخارجية الموريتاني أن» after «… وزير الشؤون الخارجية والتعاون والموريتانيين في
    الخارج، السيد محمد الأمين ولد أحمدو»: the one person whose formal title, written in full before
    the name (or set off before it), holds every word of the short one."""
    text = st.text
    want = [_noal(_bare(w)) for w in words]
    found: dict[str, MentionDraft] = {}
    for m in st.mentions_in(0, cue_start, labels=("PERSON",)):
        parts = re.split("[،,]", text[st.sentence_start(m.start) : m.start])
        while parts and all(_key(w) in st.lex.honorifics or _key(w) in _COURTESY for w in parts[-1].split()):
            parts.pop()  # (only his honorifics after the last comma: the title is before it)
        if not parts:
            continue
        have = _role_words(parts[-1].split()[-12:])
        if all(any(w in k for k in have) for w in want):
            found.setdefault(norm_key(m.text).split()[-1], m)
    return next(iter(found.values())) if len(found) == 1 else None


def _as_ordinal(word: str) -> str | None:
    """The ordinal («الاول») a title word is, with or without its article, else None."""
    k = word if word.startswith("ال") else "ال" + word
    return k if k in _ORDINALS else None


def _ordinal_holder(st: _State, title: str, ordinal: str, gender: str | None, cue_start: int) -> _Subject | None:
    """The one person the article named right after the title and the ordinal («المتهم الأول شريف
    المنياوي»), or set off after the name («شريف المنياوي، المتهم الأول،»), before the cue."""
    found = {}
    for x in st.mentions_in(0, cue_start, labels=("PERSON",)):
        prev = [_key(t[2]) for t in _tokens(st.text, max(0, x.start - 40), x.start)][-2:]
        nxt = [_key(t[2]) for t in _tokens(st.text, x.end, min(len(st.text), x.end + 40))][:3]
        if (
            len(prev) == 2 and _noal(prev[0]) == title and prev[0].startswith("ال") and prev[1] == ordinal
            or len(nxt) == 3 and nxt[0] in ("،", ",") and _noal(nxt[1]) == title and nxt[1].startswith("ال") and nxt[2] == ordinal
        ):
            found.setdefault(norm_key(x.text).split()[-1], x)
    return _the_one_found(st, found, gender)


def _the_one_found(st: _State, found: dict, gender: str | None) -> _Subject | None:
    """The one person in ``found`` (by the last word of the name), of the cue's gender, else None."""
    if len(found) != 1:
        return None
    x = next(iter(found.values()))
    if st.genders.get(norm_key(x.text), gender) != gender:
        return None
    return _Subject((x.start, x.end), None, "coref", 0.6, "PERSON")


def _sole_holder(st: _State, title: str, gender: str | None, cue_start: int) -> _Subject | None:
    """«قضت المحكمة بالإعدام على المتهم أحمد سمير عبد الحميد» … «نفى المتهم»: the one person the
    article named right after that title with its article, anywhere before (no other so named, and
    no ordinal «الأول/الثاني» after the title anywhere: one accused, one witness)."""
    found = {}
    for x in st.mentions_in(0, cue_start, labels=("PERSON",)):
        prev = _tokens(st.text, max(0, x.start - 30), x.start)[-1:]
        if prev and _noal(_key(prev[0][2])) == title and _key(prev[0][2]).startswith("ال"):
            found.setdefault(norm_key(x.text).split()[-1], x)
    for w in _WORD_RE.finditer(st.text, 0, cue_start):
        if _noal(_key(w.group())) == title:
            nxt = _tokens(st.text, w.end(), min(len(st.text), w.end() + 14))[:1]
            if nxt and _key(nxt[0][2]) in _ORDINALS:
                return None
    return _the_one_found(st, found, gender)


_BODY_ADJECTIVES = {norm_key(w)[2:]: norm_key(b)[2:] for w, b in (("الأممي", "الأمم"), ("الأممية", "الأمم"))}

# a colon within two words after a verb: «ثم تابع ضاحكاً:»
_COLON_SOON_RE = re.compile(r"(?:\s+[^\s:،,.]+){0,2}\s*:")

_OFFICIAL_WORDS = frozenset(norm_key(w) for w in ("مسؤول", "مسؤولة"))



def _origin_clash(st: _State, h: _Spoken, origin: str | None) -> bool:
    """«وختم المتحدث القطري» is not «المتحدث باسم وزارة الخارجية الأمريكية تومي بيغوت»: the speaker's
    role or the words before his name give a nationality, none of them ``origin``'s."""
    if not origin or h.speaker is None:
        return False
    # (by his first title when this mention has no role: «وأضاف فيدان» after «وزير الخارجية التركي هاكان فيدان»)
    nats = _origins_of(st, h, first_title=not h.role)
    return bool(nats) and _masculine(_noal(origin)) not in nats


def _origins_of(st: _State, h: _Spoken, first_title: bool) -> list[str]:
    """The nationalities (masculine, no article) that the speaker's role, the words before his name
    and, with ``first_title``, the title of his first full mention give."""
    lead = st.text[max(st.sentence_start(h.speaker[0]), h.speaker[0] - 80) : h.speaker[0]]
    words = [norm_key(w.strip('،,«»"“”()')) for w in f"{h.role or ''} {lead}".split()]
    if first_title:
        words += _first_title(st, h.speaker)
    return [_masculine(_noal(k)) for k in words if _nationality(k)]


_THIS_THAT = frozenset(norm_key(w) for w in ("ذلك", "هذا", "هذه", "تلك", "ذاك"))
# members for a party, a seat or a list: «النائب عن حماس»، «النائبة عن دائرة عمّان الثالثة»
_MEMBERS_FOR = frozenset(_noal(_bare(norm_key(w))) for w in ("نائب", "نائبة", "عضو", "ممثل", "ممثلة", "مرشح", "مرشحة"))
# the accused and the witness at a trial: no judge, prosecutor or lawyer named back by his title
_IN_THE_DOCK = frozenset(norm_key(w) for w in ("متهم", "متهمة", "شاهد", "شاهدة"))
# military and police ranks, which name back the one officer the article gave that rank
_RANK_TITLES = frozenset(norm_key(w) for w in ("لواء", "عميد", "عقيد", "مقدم", "رائد", "نقيب", "ملازم"))
_OFFICERS = frozenset(norm_key(w) for w in ("ضابط", "ضابطة"))
# titles that can name back the holder of another: «قال وزير الخارجية … وأضاف المسؤول»
_GENERIC_TITLES = frozenset(
    norm_key(w) for w in ("مسؤول", "مسؤوله", "دبلوماسي", "ديبلوماسي", "سياسي", "خبير", "مصدر")
)
# a spokesman names back only a holder whose role speaks for someone: «وزير الإعلام الناطق باسم
# الحكومة» may be «المتحدث», «رئيس الحكومة» is not «وأعلن المتحدث العسكري»
_SPOKESMAN_TITLES = frozenset(norm_key(w) for w in ("ناطق", "ناطقه", "متحدث", "متحدثه"))


# no officials: «وأكد المسؤول القطري» is not the professor who spoke before
_NOT_OFFICIALS = frozenset(
    _noal(_bare(norm_key(w))) for w in ("أستاذ", "أستاذة", "محلل", "محللة", "باحث", "باحثة", "أكاديمي", "كاتب", "كاتبة", "صحفي", "صحفية")
)
_OFFICIALS = frozenset(norm_key(w) for w in ("مسؤول", "مسؤوله", "دبلوماسي", "ديبلوماسي"))


def _other_office(st: _State, role: str | None, title: str) -> bool:
    """Whether a role given before is another office than this title's («المحامي» for «الوزير»)."""
    rw = _role_words(role.split()) if role else []
    if rw and title in _OFFICIALS and rw[0] in _NOT_OFFICIALS:
        return True
    if not rw or rw[0] in (title, _bare(title)) or not _is_title(st.lex, rw[0]) or title in _GENERIC_TITLES:
        return False
    return title not in _SPOKESMAN_TITLES or not any(_noal(_key(w)) in _SPOKESMAN_TITLES for w in rw)


# bodies of their own that a title may head inside another: «رئيس اتحاد طلاب جامعة أسيوط» heads the
# union, no «رئيس الجامعة»
_OTHER_BODY_HEADS = frozenset(norm_key(w) for w in ("اتحاد", "نقابة", "رابطة", "جمعية", "نادي", "لجنة", "مجلس"))


def _heads_another_body(near: list[str], words: tuple) -> bool:
    """Whether, in these keys, a union, syndicate, league, society, club, committee or council
    stands between the title and the body it is said to head: «رئيس الجامعة» is not the one
    introduced as «رئيس اتحاد طلاب جامعة أسيوط» (not «رئيس مجلس إدارة الشركة»: the board of
    that very body)."""
    if len(words) != 2:
        return False
    keys = [_noal(_bare(w)) for w in near]
    title, body = _noal(words[0]), _noal(_bare(words[1]))
    for n, k in enumerate(keys):
        if k != title:
            continue
        tail = keys[n + 1 :]
        if body in tail:
            between = tail[: tail.index(body)]
            if any(w in _OTHER_BODY_HEADS for w in between) and not (between and between[-1] == _noal(norm_key("إدارة"))):
                return True
    return False


def _complement_of_title(st: _State, near: str, title: str) -> bool:
    """Whether the title word stands only as another title's complement in these words: «وكيل
    اللاعب» is the agent, not «اللاعب» of «وكان اللاعب قد قال»."""
    ws = near.split()
    at = [n for n, w in enumerate(ws) if _noal(w) == title]
    return bool(at) and all(n > 0 and _noal(ws[n - 1]) != title and _is_title(st.lex, ws[n - 1]) for n in at)


def _unlam(key: str) -> str:
    """A key without ل joined to its article: «للكاتبة» -> «الكاتبه» («رواية للكاتبة المصرية منى فؤاد»)."""
    return "ال" + key[2:] if key.startswith("لل") and len(key) > 4 else key


_FORMER = frozenset(norm_key(w) for w in ("أسبق", "سابق", "سابقة"))
# the same office under two names: «رئيس الحكومة» for «رئيس الوزراء»
_SAME_OFFICE = {norm_key("حكومه"): norm_key("وزراء")}


def _clause_lead(lead: str) -> str:
    """The words before a name within its clause: after the last comma or an open bracket; a
    bracket closed before the name is no cut («المفوض العام لوكالة … (الأونروا) فيليب لازاريني»)."""
    paren = lead.rfind("(")
    if paren >= 0 and ")" in lead[paren:]:
        paren = -1
    return lead[max(lead.rfind("،"), lead.rfind(","), paren) + 1 :]


def _name_lead(st: _State, m: MentionDraft, width: int) -> str:
    """The words before a name within its clause, up to ``width`` characters back in its sentence;
    for a name set off by commas, the clause before the first of them: «وقالت أمينة مال النادي، سلمى
    الدريدي،»."""
    text = st.text
    raw = text[max(0, m.start - width, st.sentence_start(m.start)) : m.start]
    lead = _clause_lead(raw)
    if not lead.strip() and raw.rstrip().endswith(("،", ",")) and text[m.end : m.end + 2].lstrip()[:1] in ("،", ","):
        lead = _clause_lead(raw.rstrip()[:-1])
    return lead


def _introduced_with(st: _State, words: tuple, cue_start: int, exact: bool = True) -> _Subject | None:
    """«وكان الرئيس السوري قد اكد» eight sentences after «اعتبر الرئيس السوري بشار الاسد»: a
    title with its adjective of origin names back the one person the article introduced with
    those very words, however far back (None when two people were). Not ``exact``, a title in
    construct («فيما قال رئيس التحرير») finds its two words anywhere in the ten before the name,
    within its clause («رئيس تحرير صحيفة « الدستور » الاسبوعية المستقلة ابراهيم عيسى»)."""
    text = st.text
    words = tuple(_SAME_OFFICE.get(w, w) for w in words)
    found, names = None, frozenset()
    for m in st.mentions_in(0, cue_start, labels=("PERSON",)):
        if _addressee(st, m):
            continue
        lead = _name_lead(st, m, 90)
        if exact:
            if [_noal(_unlam(_key(w))) for w in lead.split()[-len(words) :]] != list(words):
                continue
        else:
            near = [_SAME_OFFICE.get(k, k) for k in (_noal(_unlam(_key(w))) for w in lead.split()[-10:])]
            at = next((i for i in range(len(near)) if tuple(near[i : i + len(words)]) == tuple(words)), None)
            if at is None or any(k in _FORMER for k in near[at + len(words) :]):
                continue  # (not «رئيس الوزراء الأسبق رفيق الحريري»: the office's former holder)
        mw = frozenset(norm_key(m.text).split())
        if found is not None and not (mw <= names or names <= mw):
            return None  # two people introduced with it
        found, names = (m.start, m.end), names | mw
    return _Subject(found, None, "coref", 0.6, "PERSON") if found else None


_EXPERTS = frozenset(norm_key(w) for w in ("خبير", "خبيرة"))


def _introduced_other(st: _State, h: _Spoken, title: str, gender: str | None) -> bool:
    """Whether a speaker other than ``h`` was introduced with ``title`` («خبير الأرصاد …»)."""
    mine = set(norm_key(text_of(st, h.speaker)).split())
    for o in st.history:
        if o.speaker is None or not _compatible(o.gender, gender):
            continue
        rw = _title_words_of(st, o)
        if set(norm_key(text_of(st, o.speaker)).split()) & mine:
            continue
        if rw and rw[0] in (title, _bare(title)):
            return True
        if not rw and _titled_before_any(st, o.speaker, title, o.pos):
            # (after a headline that named her with no title: «سارة الحلواني: …» then «تنافس
            # المخرجة سارة الحلواني»)
            return True
    return False


# a physician by the calling, and how the article may have introduced one: «الدكتور»، «الجرّاح»
_PHYSICIANS = frozenset(_bare(norm_key(w)) for w in ("طبيب", "طبيبة"))
_DOCTOR_HONORIFICS = frozenset(_noal(norm_key(w)) for w in ("الدكتور", "الدكتورة"))
# the titles of an office, whose holder «المسؤول» may name back
_OFFICE_TITLES = frozenset(_bare(norm_key(w)) for w in (
    "مدير", "مديرة", "رئيس", "رئيسة", "وزير", "وزيرة", "وكيل", "وكيلة", "مساعد", "مساعدة", "متحدث", "متحدثة",
    "ناطق", "ناطقة", "مسؤول", "مسؤولة", "سفير", "سفيرة", "قنصل", "ملحق", "محافظ", "محافظة", "مفوض", "مفوضة", "قائد",
))
_MEDICAL_TITLES = frozenset(_bare(norm_key(w)) for w in ("جراح", "جراحة", "استشاري", "استشارية", "اختصاصي", "اختصاصية", "أخصائي", "أخصائية", "طبيب", "طبيبة"))


def _recent_with_title(
    st: _State, title: str, gender: str | None, sent: int, alone: bool, cue_start: int, origin: str | None = None
) -> _Subject | None:
    """The recent speaker a lone title stands for (the rest of ``_title_coref``); with ``origin`` (the
    title's adjective of nationality), none whose role gives another."""
    if alone and _named_between_commas(st, cue_start):
        return None  # «ورأى النائب عن دائرة جربة ميدون، منصف بوعلاق، أن»: the title's holder is named next
    if st.history and alone and "ال" + title not in st.lex.callings:
        # (a calling alone, «وقال الطبيب», is someone new unless introduced with it: below)
        h = st.history[-1]
        if (
            h.speaker is not None
            and not _origin_clash(st, h, origin)
            and sent - h.sentence <= 2
            and h.gender == gender
            and gender in ("m", "f")
            # (a person's title names back no body named by its noun: «وترى النائبة عن المحافظة،
            # هيفاء النعيمات، أن» after «وقالت شركة مياه اليرموك»)
            and not any(
                x.label == "ORG" and (x.start, x.end) == h.speaker and _bare(norm_key(x.text).split(" ")[0]) in _OTHER_HEADS
                for x in st.mentions_in(*h.speaker)
            )
            # (nor the one whose title has it as complement: «وكيل اللاعب» for «وكان اللاعب قد قال»)
            and not _complement_of_title(st, _bare(norm_key(h.role or "")), title)
            # (nor one who holds another office: «المحامي» is not «وكان الوزير المصري قد أكد»; by the
            # title of the first full mention when this one has none: «ونوّه الحسن» is the professor)
            and not _other_office(st, h.role, title)
            # (by the title of the first full mention when this one has none, when the article introduced
            # someone else with the title: «أما الوزير فأكد» is «وزير النقل … فهد الدوسري», not «الخبير
            # … الدكتور سلطان القحطاني», who spoke last)
            and not (
                h.role is None and _other_office(st, " ".join(_first_title(st, h.speaker)) or None, title)
                and _introduced_other(st, h, title, gender)
            )
            # (nor one in the dock: «ورد القاضي قائلا» is not «المتهم عزمي الجيوسي», who spoke last)
            and not (title not in _IN_THE_DOCK and (tw := _role_words(h.role.split()) if h.role else _first_title(st, h.speaker)) and tw[0] in _IN_THE_DOCK)
            and not (h.role is None and title in _OFFICIALS and _first_title(st, h.speaker)[:1] in [[w] for w in _NOT_OFFICIALS])
            # (nor, for a generic title, the last speaker when the article introduced someone else
            # with that very title: «ونصح الخبير» is «خبير الأرصاد … ناصر الفيتوري», not the minister
            # who wrote last)
            # (not «المسؤول», which names back any official: «وقال مدير المؤسسة فريدون موافق …
            # واوضح المسؤول»)
            # (or, for any title, when the last speaker was given none, or a description that is no
            # title: «أوضح الوزير» after «وقال السبيعي» is «وزير الكهرباء … جاسم الهاجري»; «ودعا
            # المحافظ» after «ويرى الاقتصادي الزراعي ماجد الدوسري» is «محافظ الهيئة …»)
            and not (
                (
                    title in _EXPERTS or not (tw := _title_words_of(st, h)) or not _is_title(st.lex, tw[0])
                    # (or another title of hers: «قالت المخرجة» is not «الممثلة ياسمين», who spoke last,
                    # when the article introduced «المخرجة سارة الحلواني»; but «المسؤول» names back any
                    # official, as above)
                    or _noal(_bare(tw[0])) != title and title not in _OFFICIAL_WORDS
                )
                and _introduced_other(st, h, title, gender)
            )
        ):
            return _Subject(h.speaker, h.role, "coref", 0.55)
    if alone:
        # «قالت وزيرة الاستثمار الأردنية، هالة الزعبي، إن» … three sentences of another speaker …
        # «وأكدت الوزيرة أن»: the speaker introduced with that very title, within six sentences
        for h in reversed(st.history):
            if sent - h.sentence > 6:
                break
            if h.speaker is None or not _compatible(h.gender, gender) or _origin_clash(st, h, origin):
                continue
            rw = _title_words_of(st, h)
            if rw and rw[0] in (title, _bare(title)):  # (a title may open with و: «الوزيرة»)
                return _Subject(h.speaker, h.role, "coref", 0.55)
        # «وكان الوزير قد اكد» eight sentences after «عن وزير المالية ابراهيم العساف قوله»: the
        # one speaker of the article given that title, however far back (none when two were)
        held = [
            h for h in st.history
            if h.speaker is not None and _compatible(h.gender, gender) and not _origin_clash(st, h, origin)
            and (
                (rw := _title_words_of(st, h)) and rw[0] in (title, _bare(title))
                # (named first with no title, then with it: «سارة الحلواني: …» then «تنافس المخرجة
                # سارة الحلواني»)
                or not rw and _titled_before_any(st, h.speaker, title, cue_start)
            )
        ]
        if (one := _the_one(st, held)) is not None:
            return one
        if not held and "ال" + title in st.lex.honorifics:
            # «وأكدت المهندسة أن» after «وأوضحت مديرة مشروع الجسر … المهندسة هند الكعبي أن»: the one
            # speaker whose name the article first gave after that honorific
            honored = [h for h in st.history if h.speaker is not None and _compatible(h.gender, gender) and _honorific_before(st, h.speaker) == _noal(title)]
            if (one := _the_one(st, honored)) is not None:
                return one
        if not held and _bare(title) in _PHYSICIANS:
            # «ويؤكد الطبيب أنه» after «قال الدكتور جهاد المرعبي، الجرّاح الذي أجرى العملية»: the one
            # speaker the article gave the doctor's honorific or a medical title
            doctors = [
                h for h in st.history
                if h.speaker is not None and _compatible(h.gender, gender)
                and (_honorific_before(st, h.speaker) in _DOCTOR_HONORIFICS or (rw := _title_words_of(st, h)) and _bare(rw[0]) in _MEDICAL_TITLES)
            ]
            names = [set(norm_key(text_of(st, h.speaker)).split()) for h in doctors]
            # (not when the article called someone else by the calling itself: «الطبيب المالك للمركز،
            # ويدعى حاتم سرور» then «نفى الطبيب … أن»)
            called = bool(doctors) and any(
                _bare(_noal(_key(w.group()))) in _PHYSICIANS and not st.inside_quote(w.start())
                and any(
                    _words(st.text, w.end(), x.start) <= 6 and not any(set(norm_key(x.text).split()) <= n for n in names)
                    for x in st.mentions_in(w.end(), st.sentence_end(w.start()), labels=("PERSON",))
                )
                for w in _WORD_RE.finditer(st.text, 0, st.sentence_start(cue_start))
            )
            if not called and (one := _the_one(st, doctors)) is not None:
                return one
        if not held and title in _OFFICIALS and origin:
            # «وقال المسؤول الليبي إن» four sentences after «قال العقيد فرج المسماري، مدير فرع حرس
            # السواحل …»: the one official (by an office's title) who spoke within eight sentences,
            # none of another nationality
            officials = [
                h for h in st.history
                if h.speaker is not None and sent - h.sentence <= 8 and _compatible(h.gender, gender)
                and not _origin_clash(st, h, origin) and st.mentions_in(h.speaker[0], h.speaker[1], labels=("PERSON",))
                and (rw := _title_words_of(st, h)) and _bare(rw[0]) in _OFFICE_TITLES
            ]
            if (one := _the_one(st, officials)) is not None:
                return one
        if origin and held:
            # «وختم المدرب البرازيلي حديثه قائلاً» after «مدرب البحرية، البرازيلي ماركوس ألفيس» and
            # «مدرب المنقف، عادل الشمري»: of two coaches, the one the article gave that nationality
            if (one := _the_one(st, [h for h in held if _has_origin(st, h, origin)])) is not None:
                return one
    return None


def _the_one(st: _State, spoken: list[_Spoken]) -> _Subject | None:
    """The last of ``spoken`` when all of them name one person (each name's words within the last's,
    or holding them), as a coref subject; None when there are none or two people."""
    names = [set(norm_key(text_of(st, h.speaker)).split()) for h in spoken]
    if not spoken or not all(n <= names[-1] or names[-1] <= n for n in names):
        return None
    return _Subject(spoken[-1].speaker, spoken[-1].role, "coref", 0.5)


def _has_origin(st: _State, h: _Spoken, origin: str) -> bool:
    """The speaker's role, the words before his name, or his first title give ``origin``'s nationality."""
    return _masculine(_noal(origin)) in _origins_of(st, h, first_title=True)


def _named_between_commas(st: _State, cue_start: int) -> bool:
    """A person named between two commas within the twelve words after the cue, before what he said:
    «ورأى النائب عن دائرة جربة ميدون، منصف بوعلاق، أن»."""
    text = st.text
    end = st.sentence_end(cue_start)
    for x in st.mentions_in(cue_start, end, labels=("PERSON",)):
        if _words(text, cue_start, x.start) > 12:
            break
        before = text[max(cue_start, x.start - 3) : x.start].strip()
        after = text[x.end : x.end + 3].strip()
        if before.endswith(("،", ",")) and after.startswith(("،", ",")):
            return True
    return False


def _title_words_of(st: _State, h: _Spoken) -> list[str]:
    """A quoted speaker's title words: the role given with the quote, else the title before the
    article's first full mention of the name."""
    return _role_words(h.role.split()) if h.role else _first_title(st, h.speaker)


def _full_mentions(st: _State, speaker: tuple[int, int], end: int):
    """The person mentions before ``end`` that hold every name word of the speaker's mention (its
    full mentions and the mention itself), in text order."""
    names = set(norm_key(st.text[speaker[0] : speaker[1]]).split())
    for m in st.mentions_in(0, end, labels=("PERSON",)):
        if names <= set(norm_key(m.text).split()):
            yield m


def _titled_before_any(st: _State, speaker: tuple[int, int], title: str, before: int) -> bool:
    """Whether the title word (its key, no article) stands right before a full mention of the
    speaker earlier in the article: «التقت "الشروق" الفنان عمرو سليمان», after a headline that named
    him with no title."""
    for m in _full_mentions(st, speaker, before):
        prev = _tokens(st.text, max(0, m.start - 20, st.sentence_start(m.start)), m.start)[-1:]
        if prev and _noal(_key(prev[0][2])) in (title, _bare(title)):
            return True
    return False


def _honorific_before(st: _State, speaker: tuple[int, int]) -> str:
    """The key (no article) of the word right before the article's first full mention of a speaker
    («المهندسة هند الكعبي» -> «مهندسه»), or ""."""
    for m in _full_mentions(st, speaker, speaker[1]):
        prev = _tokens(st.text, max(0, m.start - 20), m.start)[-1:]
        return _noal(_key(prev[0][2])) if prev else ""
    return ""


def _first_title(st: _State, speaker: tuple[int, int]) -> list[str]:
    """The title words right before the article's first full mention of a speaker named by a short
    form: «يجيب البشرى» after «تحدث وزير الزراعة والغابات السوداني أبوبكر عمر البشرى»."""
    # (the speaker's own mention too, when it is the first: «وصعدت المخرجة هند بنعلي …، وقالت»)
    for m in _full_mentions(st, speaker, speaker[1]):
        before = st.text[max(0, m.start - 60, st.sentence_start(m.start)) : m.start].split()[-6:]
        # (not an honorific: «الملك» in «مدينة الملك سعود الطبية الدكتورة نوف القحطاني» names a place;
        # after ل too: «فيلم "بيت الطين" للمخرجة ريم الدوسري»)
        def office(w: str) -> bool:
            k = _unlam(_key(w))
            # (a calling with its article too: «لرواية "عطش الهضاب" للروائية زهرة بلقاسم»)
            return (_is_title(st.lex, k) or k in st.lex.callings) and k not in st.lex.honorifics

        k = next((n for n, w in enumerate(before) if office(w)), None)
        if k is None:
            # «حاورنا الباحثة في المعهد الوطني للبحث في الصيد البحري (INRH) سناء بنعيسى»: a
            # title with a long place, the nearest title word within twelve words
            before = st.text[max(0, m.start - 120, st.sentence_start(m.start)) : m.start].split()[-12:]
            k = next((n for n in range(len(before) - 1, -1, -1) if office(before[n])), None)
        if k is None:
            # «حاورت المهندسة بدرية الحارثية، المديرة العامة لموارد المياه،»: an honorific before the
            # name, the office set off after it
            after = st.text[m.end : min(len(st.text), m.end + 80, st.sentence_end(m.start))].split()
            if len(after) >= 2 and after[0] in ("،", ",") and office(after[1]):
                words = []
                for w in after[1:7]:
                    words.append(w.rstrip("،,"))
                    if w.endswith(("،", ",")):
                        break
                return _role_words(words)
        return _role_words(before[k:]) if k is not None else []
    return []


# nouns in ي that are people, not adjectives of origin: «محامي المدعي» is the plaintiff's lawyer
_PARTICIPLES_IN_I = frozenset(
    norm_key(w) for w in ("مدعي", "قاضي", "محامي", "والي", "راعي", "داعي", "ساعي", "مفتي", "جاني", "منادي", "مدعى")
)


def _nisba_of(title: str, word: str) -> bool:
    """Whether ``word`` (noal key) can be the title's adjective of origin: «اللاعب الألماني»,
    «الوزيرة الأردنية». A body noun in ية after a masculine title is its complement, someone else:
    «رئيس الجمعية»، «والي الولاية»، «مدير الأكاديمية»."""
    if word.endswith("يه"):
        return title.endswith("ه") and word not in _CONSTRUCT_HEADS and _bare(word) not in _OTHER_HEADS
    return word.endswith("ي") and word not in _PARTICIPLES_IN_I


_WHERE_ASIDE_RE = re.compile(r"[،,]\s*حيث\s[^،,:;؛\n.«»\"“”]{2,50}?[،,]\s*$")
_DASH_ASIDE_RE = re.compile(r"\s[-–—]\s([^-–—\n.]+?)\s[-–—]\s")
_DEMONSTRATIVES = frozenset(norm_key(w) for w in ("هذا", "هذه", "هذان", "هاتان", "هؤلاء"))
# «المتحدث ذاته»، «المسؤولة نفسها»: a definite noun, then "the same" — the one just quoted.
_SAME_ONE = frozenset(norm_key(w) for w in ("ذاته", "ذاتها", "نفسه", "نفسها"))
# Forms of address before a title: «سعادة رئيس مجلس الإدارة»، «معالي الوزير».
_COURTESY = frozenset(norm_key(w) for w in ("سعادة", "معالي", "فخامة", "سمو", "سماحة", "حضرة"))
_ROLE_HOLDER_SENTENCES = 20


def _role_words(words: list[str]) -> list[str]:
    out = []
    for w in words:
        w = w.strip('«»"“”()،,؛;:.')
        if w:
            k = _noal(_bare(_key(w)))
            if k.startswith("لل") and len(k) > 4:
                k = k[2:]  # «للرئيس الفرنسي جاك شيراك»: ل + the article
            out.append(k)
    return out


def _contains_run(seq: list[str], want: list[str], starts_by: int | None = None) -> bool:
    """``want`` as a run of ``seq`` starting by index ``starts_by``, or (None) ending at most one
    word before its end (a first name the corpus left untagged: «السفير كلاوس ايبرمان»)."""
    n = len(want)
    if starts_by is None:
        first = max(0, len(seq) - n - 1)
        return any(seq[i : i + n] == want for i in range(first, len(seq) - n + 1))
    return any(seq[i : i + n] == want for i in range(0, min(len(seq) - n, starts_by) + 1))


_ROLE_FRAME_CUT = frozenset(_noal(_bare(norm_key(w))) for w in ("بحسب", "حسب", "وفق", "وفقا", "طبقا"))


def _gapped_run(seq: list[str], want: list[str]) -> bool:
    """``want`` in order, one extra word inside it, ending at ``seq``'s end."""
    n = len(want) + 1
    if len(seq) < n:
        return False
    win = seq[-n:]
    if win[0] != want[0] or win[-1] != want[-1]:
        return False
    return any(win[:i] + win[i + 1 :] == want for i in range(1, n - 1))


_GENERIC_BODY_NOUNS = frozenset(
    _noal(_bare(norm_key(w)))
    for w in ("حكومة", "وزارة", "شركة", "هيئة", "مجلس", "مؤسسة", "جهاز", "بنك", "مصرف", "مجموعة", "منظمة", "وكالة", "اتحاد", "جمعية", "نقابة", "رابطة", "لجنة", "سلطة", "إدارة", "مكتب", "مركز", "صندوق")
)


def _holder_of_titled_body(st: _State, subj_a: int, body: MentionDraft, cue_start: int) -> MentionDraft | None:
    """«وطالب رئيس مجلس إدارة "الرواسي" بأن» after «رئيس مجلس إدارة شركة "الرواسي للمقاولات" فهد
    العتيبي»: the one person the article named with the same title and the same body (its noun and
    more of its name between them), however far back; None when two were."""
    text = st.text
    title = _role_words(text[subj_a : body.start].split())
    if title and title[-1] == "ل":
        title.pop()  # «المدير العام لـ"البنيان الحديث"»: the «لـ» the body's first word bears before
    body_words = _role_words(body.text.split())
    # (the words that tell the body from others of its kind: not «حكومة» of «الحكومة العراقية»
    # against «حكومة إقليم كردستان»)
    own = {w for w in body_words if w not in _GENERIC_BODY_NOUNS} or set(body_words)
    if len(title) < 2 or not body_words:
        return None
    found: list[MentionDraft] = []
    for x in st.mentions_in(0, cue_start, labels=("PERSON",)):
        if _addressee(st, x) or x.start >= subj_a:
            continue
        bw = _role_words(text[max(st.sentence_start(x.start), x.start - 160) : x.start].split()[-(len(title) + 6) :])
        at = next((i for i in range(len(bw) - len(title) + 1) if bw[i : i + len(title)] == title), None)
        if at is not None and own & set(bw[at + len(title) : at + len(title) + len(body_words) + 2]):
            found.append(x)
    names = {norm_key(x.text) for x in found}
    if found and all(n in norm_key(found[0].text) or norm_key(found[0].text) in n for n in names):
        return found[0]
    return None


def _nationality_after_run(seq: list[str], want: list[str]) -> bool:
    """A nationality the title ``want`` does not give follows it in ``seq``: «رئيس مجلس النواب الأردني»."""
    n = len(want)
    return any(seq[i : i + n] == want and _nationality(seq[i + n]) and seq[i + n] not in want for i in range(len(seq) - n))


# heads of a title in construct whose complement is someone else: «وكيل المتهم»، «محامي الضحية»، «والد الطفل»
_AGENT_HEADS = frozenset(_noal(_bare(norm_key(w))) for w in (
    "وكيل", "وكيلة", "محامي", "محامية", "ممثل", "ممثلة", "دفاع", "والد", "والدة", "شقيق", "شقيقة", "زوج", "زوجة",
    "ابن", "ابنة", "نجل", "محامو", "مستشار", "مستشارة",
))


def _agent_of_title(role: str, want: list[str]) -> bool:
    """The title ``want`` stands in ``role`` only as the complement of an agent's title: «وكيل
    المتهم الثاني» is the lawyer, not «المتهم الثاني»."""
    ws = [_noal(w) for w in role.split()]
    first = _noal(want[0]) if want else ""
    at = [n for n, w in enumerate(ws) if w == first]
    return bool(at) and all(n > 0 and ws[n - 1] in _AGENT_HEADS for n in at)


def _role_holder(
    st: _State, want: list[str], cue_start: int, skip_from: int | None = None
) -> MentionDraft | None:
    """The person the article last named with the role ``want`` (folded words, no article)
    right before or after the name, within the last sentences: «الأمين العام للأمم المتحدة كوفي
    أنان» … «وقال الأمين العام»."""
    text = st.text
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - _ROLE_HOLDER_SENTENCES)][0] if st.sentences else 0
    guest = None
    for m in reversed(st.mentions_in(lo, cue_start, labels=("PERSON",))):
        if _addressee(st, m) or (skip_from is not None and m.start >= skip_from):
            continue
        s0 = st.sentence_start(m.start)
        before = text[max(s0, m.start - 90) : m.start]
        before = re.split("[.!?؟\n]", before)[-1]
        bw = _role_words(before.split()[-(len(want) + 4) :])
        polite = {_noal(_bare(h)) for h in st.lex.honorifics | _COURTESY}
        while bw and bw[-1] in polite:
            bw.pop()
        after = re.split("[.!?؟\n]", text[m.end : m.end + 90])[0]
        aw = _role_words(after.split()[: len(want) + 3])
        if aw[:1] and aw[0] in _AGENT_HEADS and aw[1 : 1 + len(want)] == want and aw[: len(want)] != want:
            aw = []  # «طارق السيد، وكيل المتهم الأول» is not «المتهم الأول»: the title is his client's
        if (hit_after := _contains_run(aw, want, starts_by=1)) or _contains_run(bw, want):
            if len(want) > 1 and _nationality_after_run(aw if hit_after else bw, want):
                # «وأكد رئيس مجلس النواب أن» after «الجودر رئيس مجلس النواب … نضال المعايطة رئيس
                # مجلس النواب الأردني»: the holder named with a nationality the cue's title does not
                # give is the guest; the host, named with the bare title, comes first
                guest = guest or m
                continue
            return m
        # «حذر رئيس اركان الجيش الاسرائيلي دان حالوتس» … «وقال رئيس الاركان الاسرائيلي»: a role of
        # three words or more, named before the name with the construct's complement between
        if len(want) >= 3 and _gapped_run(bw, want):
            return m
        # «رئيس مجلس النواب اللبناني نبيه بري» … «وأكد رئيس المجلس أن»: a title and its body by
        # its first word, the body's complement and a nisba after them in the full form
        if len(want) == 2 and len(bw) >= 4 and bw[-4:-2] == want and not _contains_run(bw[-2:], want[:1]):
            return m
        # «… على نظيره الروماني تارايان باسيسكو» … «الرئيس الروماني»: a counterpart holds the
        # title of the one whose counterpart he is
        if len(want) >= 2 and any(
            w.startswith(_NAZIR) and _contains_run(bw[n + 1 :], want[1:])
            for n, w in enumerate(bw)
            if len(bw) - n - 1 <= len(want)
        ):
            return m
    if guest is not None:
        return guest
    # «ونقلت وكالة … عن وزير الدفاع قوله ان …» . «ونقل عن وزير الدفاع جوونو سودارسونو قوله …»:
    # a role the next sentence names, the name right after it
    if sent + 1 < len(st.sentences):
        hi = st.sentences[sent + 1][1]
        for m in st.mentions_in(cue_start, hi, labels=("PERSON",)):
            if st.sentence_of(m.start) != sent + 1 or _addressee(st, m):
                continue
            s0 = st.sentence_start(m.start)
            bw = _role_words(text[s0 : m.start].split()[-(len(want) + 1) :])
            if _contains_run(bw, want):
                return m
        # «صرح السفير الاسرائيلي في الامم المتحدة ان …» . «وقال دان غيلرمان « … »»: a definite
        # role of two words or more with a nisba, and the next sentence opens with a verb of
        # saying and a bare name («قال مسؤول عسكري …» . «وقال أولمرت …» are two people, and so are
        # «المتحدث العسكري» and the minister named after him)
        nxt = _tokens(text, st.sentences[sent + 1][0], hi)[:2]
        head = _tokens(text, cue_start, st.sentences[sent][1])[1:5]
        # definite with its article or as a construct («أقر قائد وحدة مكافحة الإرهاب بالشرطة
        # البريطانية بأن …» . «وقال بيتر كلارك …»), with a nisba
        definite = bool(head) and (
            _key(head[0][2]).removeprefix("و").startswith("ال")
            or (
                _is_title(st.lex, head[0][2])
                and any(_key(t[2]).startswith(("ال", "بال", "لل")) for t in head[1:4])
            )
        )
        nisba = (
            len(want) >= 2
            and want[0] not in _SPOKESMEN
            and any(w.endswith(("ي", "يه")) for w in want[1:6])
            and len(nxt) == 2
        )
        if nisba and definite and _key(nxt[0][2]).removeprefix("و") in _OPENING_SAYS:
            for m in st.mentions_in(nxt[1][0], hi, labels=("PERSON",)):
                if m.start == nxt[1][0] and not _own_role_after(st, m.end):
                    return m
                break
        if nisba:
            # «من جهته رفض السفير الأميركي بمجلس الأمن …، قائلا إنه …» . «جون بولتون : …»: the
            # next sentence is a caption, the name opening it and a colon right after the name
            for m in st.mentions_in(nxt[0][0], hi, labels=("PERSON",)):
                if m.start == nxt[0][0] and text[m.end : m.end + 3].strip()[:1] == ":":
                    return m
                break
    return None


def _own_role_after(st: _State, pos: int) -> bool:
    """A title set off by a comma right after a name: «وقال سامي الخطيب، رئيس الاتحاد، إن» gives
    the name its own role (someone other than an unnamed title holder just before)."""
    m = re.match(r"\s*[،,]\s*(\S+)", st.text[pos : pos + 60])
    return bool(m) and _is_title(st.lex, m.group(1))


# a class noun for the one given a narrower title just before: «صرح السفير الاسرائيلي …» …
# «وقال الديبلوماسي الاسرائيلي»
_HYPONYMS = {
    norm_key(k): tuple(norm_key(v) for v in vs)
    for k, vs in {
        "ديبلوماسي": ("سفير", "مندوب", "قنصل"),
        "دبلوماسي": ("سفير", "مندوب", "قنصل"),
    }.items()
}
_SPOKESMEN = frozenset(
    _noal(_bare(norm_key(w)))
    for w in ("متحدث", "متحدثة", "ناطق", "ناطقة", "مسؤول", "مسؤولة", "مصدر", "مصادر", "مراسل", "مراسلة")
)
_OPENING_SAYS = frozenset(
    norm_key(w) for w in ("قال", "قالت", "أضاف", "أضافت", "أكد", "أكدت", "أوضح", "أوضحت", "تابع", "تابعت")
)
_NAZIR = ("نظير", "نظيرت")


_PLACE_NOUNS = frozenset(norm_key(w) for w in ("ريف", "مدينة", "محافظة", "قرية", "حي", "بلدة", "منطقة", "ولاية", "مخيم", "مقاطعة", "إقليم", "جزيرة", "واحة"))


def _seat_gap(keys: list[str], label: str) -> bool:
    """The words between a subject and the place after it: «في» («البنك المركزي اليمني في عدن»), or,
    for a person, «من» and a place noun («الفلاح أحمد العلي من ريف القامشلي»)."""
    if keys in (["في"], ["فى"], ["ب"]):
        return True  # (ب joined to the place: «فيدرالية تجار السجائر الإلكترونية بالمغرب اعتبرت»)
    return label == "PERSON" and bool(keys) and keys[0] in ("في", "من") and len(keys) <= 2 and all(k in _PLACE_NOUNS for k in keys[1:])


_BODY_KINDS_SKIPPED = frozenset(_noal(norm_key(w)) for w in ("نادي", "شركة", "حزب", "جمعية", "مجموعة", "حركة"))


def _head_named_before(st: _State, head: str, gender: str | None, cue_start: int) -> _Subject | None:
    """The person named in the sentences before right after this very title and body («رئيس نادي
    شباب الأغوار عمر الخوالدة»), of the cue's gender."""
    # (the body's kind may be left out the second time: «رئيس شباب الأغوار» for «رئيس نادي شباب الأغوار»)
    want = [k for w in head.split() if (k := _noal(_unlam(_key(w)))) not in _BODY_KINDS_SKIPPED]
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 6)][0] if st.sentences else 0
    for x in reversed(st.mentions_in(lo, st.sentence_start(cue_start), labels=("PERSON",))):
        before = [
            k for w in st.text[max(st.sentence_start(x.start), x.start - 90) : x.start].split()
            if (k := _noal(_unlam(_key(w)))) not in _BODY_KINDS_SKIPPED
        ]
        if len(before) >= len(want) and before[-len(want):] == want:
            if gender in ("m", "f") and st.genders.get(norm_key(x.text), gender) != gender:
                return None
            return _Subject((x.start, x.end), head, "coref", 0.7, "PERSON")
    return None


def _lookback(st: _State, verb_start: int, prefixed_f: bool, gender: str | None = None) -> _Subject:
    """Subject-first order: «محمد العلي، الرئيس التنفيذي للشركة، قال إن» or «أما X فقال»."""
    text = st.text
    s0 = st.sentence_start(verb_start)
    j = verb_start
    for _ in range(3):
        j = _trim(text, s0, j, " \t")[1]
        word_start = text.rfind(" ", s0, j) + 1
        if _key(text[word_start:j]) in ("قد", "فقد", "كان", "وكان", "كانت", "وكانت") or (
            # «أما السويدي فكان قد أشار … إلى أن»: the ف on «فكان» answers أما
            _key(text[word_start:j]) in ("فكان", "فكانت")
            and norm_key(text[s0:word_start]).startswith(("اما", "واما"))
        ) or (
            # «نقابة الأطباء العراقيين بدورها أكدت أن»: "in its turn" after the subject
            _fold(text[word_start:j]) in _HIS_TURN
        ) or (
            # «بوزيان نفسه أكد أن»: "himself" after the name
            _key(text[word_start:j]) in _SAME_ONE
            and any(x.end == _trim(text, s0, word_start, " \t")[1] for x in st.mentions_in(s0, word_start, labels=("PERSON",)))
        ) or (
            # «أما نائب المحافظ … السيد فريدون بامتد فأنه يقول إن»: فإنه answers أما
            _key(text[word_start:j]) in _FA_INNAHU
            and norm_key(text[s0:word_start]).startswith(("اما", "واما"))
        ):
            if text[word_start : word_start + 1] == "ف" and norm_key(text[s0:word_start]).startswith(("اما", "واما")):
                prefixed_f = True  # «أما شعبة العطارة … فقد طالبت»: the ف on «فقد» answers أما
            j = word_start
        else:
            break
    role = None
    cut = j
    if j > s0 and text[j - 1] in "،,":
        k = max(text.rfind("،", s0, j - 1), text.rfind(",", s0, j - 1))
        if k != -1:
            role = _role_text(st, k + 1, j - 1)
            if role is None:
                role = _described_at(st, k + 1, j - 1)
            cut = k
            titled = _trim(text, k + 1, j - 1, " \t")
            if text[titled[1] - 1 : titled[1]] == ")" and "(" in text[titled[0] : titled[1]]:
                # «…، الدكتور سليم أيدن (Selim Aydın)، فقال»: the Latin gloss after the name
                titled = _trim(text, titled[0], text.rindex("(", titled[0], titled[1]), " \t")
            if role is None or any(
                x.end == titled[1] and x.start > titled[0] for x in st.mentions_in(*titled, labels=("PERSON",))
            ):  # (a title and the name: «…، اللاعب عبدالعزيز الشمري، فقال»)
                a, b = _trim(text, k + 1, j - 1, " \t")
                if text[b - 1 : b] == ")" and "(" in text[a:b]:
                    b = _trim(text, a, text.rindex("(", a, b), " \t")[1]  # «سارة ميلر (Sarah Miller)»
                seg = _tokens(text, a, b)
                if len(seg) > 1 and _origin(seg[0][2]) and not _overlapping(st, seg[0][0], seg[0][1], ("PERSON", "ORG", "LOC")):
                    # «الأميركية سارة ميلر»: her origin before the name (not «الهادي القروي», a given
                    # name with the article that starts the mention)
                    a = seg[1][0]
                named = [x for x in st.mentions_in(a, b, labels=("PERSON",)) if x.end == b and (all(
                    # (and its adjective: «…، الأستاذ الدولي كريم بلقاسم، قال»)
                    _is_title(st.lex, t[2]) or n and _adjective_of_title(t[2]) for n, t in enumerate(_tokens(text, a, x.start))
                ) or _definite_description(_tokens(text, a, x.start)) or x.start > a and _role_text(st, a, x.start) is not None) and x.start >= a]
                # «…، اللاعب عبدالعزيز الشمري، فقال»: his title before the name too; or what he is,
                # in definite words: «رئيس النادي، الغواص المخضرم هادي الزين، قال»; or a title with
                # its complement: «مالك المطعم، رجل الأعمال اللبناني طارق عيتاني، نفى»
                before = _trim(text, s0, k, " \t")[1]
                if named and not any(x.end == before and x.label == "PERSON" for x in st.mentions_in(s0, before)):
                    # «أما رئيس المجلس الشعبي البلدي، سمير حداد، فقد اعتبر أن»: the name set off by
                    # commas after a title (with its body) is the subject
                    lead = _tokens(text, s0, before)
                    while lead and (_key(lead[0][2]) in ("اما", "واما", "لكن", "ولكن", "غير", "ان") or _key(lead[0][2]) in _KANA):
                        lead = lead[1:]  # (and «كان»: «وكان الرئيس التنفيذي لمستشفى راشد، الدكتور سعيد الكعبي، قد أكد»)
                    pre_role = _role_text(st, lead[0][0], before) if lead else None
                    if pre_role is None and lead and _unpossessed_title(st.lex, lead[0][2]) is not None:
                        # «مدربتها في الجمعية السعودية للإنقاذ المائي، نورة السبيعي، ترى أن»: a title
                        # with her pronoun (one named before), where, then the name set off by commas
                        pre_role = st.text[lead[0][0] : before]
                    if pre_role is None and len(lead) <= 8 and lead and _bare(_key(lead[0][2])) in _OWNERS and _key(lead[0][2])[:2] != "ال":
                        # «أما صاحب مصنع "نيل بلو" للمياه المعبأة، الطيب عثمان، فقال»: an owner of a
                        # business named in marks, then his name set off by commas
                        pre_role = st.text[lead[0][0] : before]
                    if pre_role is not None:
                        x = named[0]
                        return _Subject((x.start, x.end), pre_role, "named", 0.8, "PERSON")
                elif not named and not st.mentions_in(a, b, labels=("PERSON", "ORG", "LOC")):
                    # «ورئيس جمعية منظمي الحج في باكستان، شاهد إقبال مرزا، قال»: a title of a body,
                    # then a name the entities stage missed set off by commas; he speaks, not the body
                    before = _trim(text, s0, k, " \t")[1]
                    lead = _past_openers(_tokens(text, s0, before))
                    if (
                        lead and _is_title(st.lex, lead[0][2])
                        and st.mentions_in(lead[0][0], before, labels=("ORG",)) and _missed_name(st, seg)
                    ):
                        pre_role = _role_text(st, lead[0][0], before)
                        if pre_role is not None:
                            return _proposed_person(st, (seg[0][0], seg[-1][1]), lead[0][0], _strip_conj(pre_role))
        else:
            # «أما والي الولاية، فقال:»: the topic of أما set off by one comma
            topic = _amma_topic(st, s0, verb_start, gender) if prefixed_f else None
            return topic if topic is not None else _Subject(status="empty")
    else:
        # «الدكتور صلاح البردويل، المتحدث باسم كتلة «حماس» في المجلس، قال …» with the second
        # comma left out: the role runs from the comma to the verb
        k = max(text.rfind("،", s0, j), text.rfind(",", s0, j))
        if k != -1 and _words(text, k + 1, j) <= 12:
            r = _role_text(st, k + 1, j)
            before_k = _trim(text, s0, k, " \t")[1]
            if r is not None and any(
                x.end == before_k and x.label == "PERSON" for x in st.mentions_in(s0, before_k)
            ):
                role, cut = r, k
        if role is None and cut == j:
            # «فإن الدكتور مسلم شلتوت استاذ الفلك … اعلن ان …»: a name, its title in apposition
            # with no commas, then the verb
            persons = [x for x in st.mentions_in(s0, j, labels=("PERSON",)) if x.end < j]
            if persons:
                x = persons[-1]
                gap = _tokens(text, x.end, j)
                if (
                    gap
                    and len(gap) <= 10
                    and _is_title(st.lex, gap[0][2])
                    and not any(t[2] in "،,;؛:()«»\"“”" for t in gap)
                    and not st.mentions_in(x.end, j, labels=("PERSON",))
                    and not any(True for _ in _scan(text, st.lex.verb_words, x.end, j))
                ):
                    r = _role_text(st, x.end, j)
                    if r is not None:
                        role, cut = r, x.end
                elif (
                    gap and len(gap) <= 14 and _key(gap[0][2]) in _RELATIVES and _compatible(_RELATIVES[_key(gap[0][2])], gender)
                    and not any(t[2] in "،,;؛:()«»\"“”" for t in gap)
                    and not st.mentions_in(x.end, j, labels=("PERSON",))
                ):
                    # «وزعيمة حزب العمال لويزة حنون التي قادت حملة ضد القانون منذ اقراره قالت»: the
                    # name, what she did in a relative clause with no commas, then her verb
                    cut = x.end
    cut = _trim(text, s0, cut, " \t")[1]
    if cut > s0 and text[cut - 1] == ")":
        k = text.rfind("(", s0, cut)
        if k != -1:
            cut = _trim(text, s0, k, " \t")[1]
    i = bisect.bisect_left(st.m_starts, cut) - 1
    before_cut = st.mentions_in(s0, cut)
    orgs = [x for x in before_cut if x.label == "ORG" and x.end < cut]
    if orgs and not any(x.end == cut for x in before_cut) and not any(
        _is_title(st.lex, t[2]) or _key(t[2]) == "باسم" for t in _tokens(text, s0, orgs[-1].start)
    ):  # (not «متحدثاً باسم "…" الانفصالية نفى»: the spokesman's body)
        tail = _tokens(text, orgs[-1].end, cut)
        if tail and len(tail) <= 4 and all(
            (_key(t[2]).startswith("ال") and _key(t[2]).endswith(("يه", "ي"))) or _key(t[2]) == "غير" or t[2] in "»”\""
            for t in tail
        ) and (
            any(_key(t[2]).startswith("ال") for t in tail)
            or all(t[2] in "»”\"" for t in tail) and _body_opens(st, s0, orgs[-1])
        ):
            # «لكن منظمة "نبض الحياة" الطبية غير الحكومية دعت إلى أن»: the body and its adjectives;
            # «لكن شركة "غلوبال ويتنس" قالت إن»: the body's name in marks, closed before the verb
            cut = orgs[-1].end
        elif (
            len(tail) >= 2 and tail[0][2] in "»”\"" and len(tail) <= 5 and _key(tail[1][2]).startswith("لل")
            and all(_WORD_RE.fullmatch(t[2]) for t in tail[1:]) and _body_opens(st, s0, orgs[-1])
        ):
            # «لكن جمعية "مستخدمو الطريق" للدفاع عن المستهلكين اعتبرت أن»: the body named in
            # marks, then what it is for
            cut = orgs[-1].end
    kin_tail = _tokens(text, s0, cut)[-1:]
    if kin_tail and _KIN_AND_HERS.fullmatch(_key(kin_tail[0][2])):
        # «العروس سناء بلحاج وأمها قالتا إنهما»: the one named speaks, with her kin
        named = [x for x in st.mentions_in(s0, kin_tail[0][0], labels=("PERSON",)) if not text[x.end : kin_tail[0][0]].strip()]
        if named:
            cut, role = named[-1].end, None
    placed = st.mentions_in(s0, cut, labels=("PERSON", "ORG", "LOC"))
    last = next((x for x in placed if x.end == cut), None)
    if last is not None and last.label == "LOC":
        # «وكان البنك المركزي اليمني في عدن قد أعلن أن»: the subject, then where it sits
        y = next((x for x in reversed(placed) if x.end < last.start), None)
        if (
            y is not None and y.label in ("PERSON", "ORG")
            # (past the name's Latin gloss: «جوزيف أوتينو (Joseph Otieno) من مقاطعة كيسومو قال»)
            and _seat_gap([_key(t[2]) for t in _tokens(text, _skip_parens(text, y.end, last.start), last.start)], y.label)
            and (y.label == "PERSON" or not any(_is_title(st.lex, t[2]) or _key(t[2]) == "باسم" for t in _tokens(text, s0, y.start)))
        ):  # (not «لكن المتحدث باسم نقابة … في البصرة اعتبر»: the spokesman's body)
            cut = y.end
    elif last is None and placed:
        # «المزارع علي ديوب من قرية البهلولية قال إنه»: the subject, then where he is from, a place
        # the entities stage did not name
        y = placed[-1]
        gap = _tokens(text, y.end, cut) if y.label == "PERSON" and y.end < cut else []
        if (
            2 <= len(gap) <= 3 and all(t[2].isalpha() for t in gap)
            and _seat_gap([_key(t[2]) for t in gap[:-1]], "PERSON") and not _governed(st, y)
        ):
            cut = y.end
    while i >= 0 and st.mentions[i].start >= s0:
        m = st.mentions[i]
        if m.end == cut and m.label in _SPEAKER_LABELS and (
            rel := next((t for t in _tokens(text, max(s0, m.start - 40), m.start)[-4:] if _key(t[2]) in _PLURAL_WHO), None)
        ) is not None and _tokens(text, s0, rel[0]):
            # «والسائقون الذين تحدثت إليهم رويترز يقولون إن»: the name closes a relative clause of
            # the people before it, who speak, unnamed
            lead = _tokens(text, s0, cut)
            a0 = lead[0][0] + (1 if _key(lead[0][2])[:1] == "و" and _key(lead[0][2])[1:3] == "ال" else 0)
            return _Subject(None, text[a0:cut], "unnamed", 0.6)
        if m.end == cut and m.label in _SPEAKER_LABELS:
            head = _tokens(text, max(s0, m.start - 20), m.start)[-1:]
            if m.label == "ORG" and head and _bare(_key(head[0][2]).removeprefix("و")) in _PEOPLE_OF:
                # «وكان خبراء الأمم المتحدة قد أفادوا»: unnamed people of the body speak
                return _Subject(status="unnamed", confidence=0.7)
            if m.label == "ORG":
                # «أما المحلل المالي جيمس كولينز (James Collins) من شركة أركان للأوراق المالية فاعتبر»:
                # the body he works at closes the subject; he speaks
                x = next((y for y in reversed(st.mentions_in(s0, m.start, labels=("PERSON",))) if y.end <= m.start), None)
                gap = _tokens(text, _skip_parens(text, x.end, m.start), m.start) if x is not None else []
                if (
                    x is not None and 1 <= len(gap) <= 2 and _key(gap[0][2]) in ("من", "في", "لدي")
                    and (len(gap) == 1 or _key(gap[1][2]) in _ORG_CUE_WORDS)
                ):
                    pre_role = _role_text(st, s0, x.start)
                    return _Subject((x.start, x.end), _strip_conj(pre_role) if pre_role else x.role, "named", 0.85, "PERSON")
            lead_words = [w for w in text[s0 : m.start].split() if _key(w) not in ("غير", "ان", "لكن", "ولكن", "كما", "بينما")]
            if (
                m.label == "ORG" and len(lead_words) == 2 and lead_words[1] in ("ل", "لـ")
                and _bare(_key(lead_words[0])).rstrip("ا") in _DOCUMENTS
            ):
                # «غير أن تقريراً لجمعية الصناعيين اللبنانيين يشير إلى أن»: a document of a body,
                # the subject before its verb; the body speaks through it
                return _Subject((m.start, m.end), None, "named", 0.75, "ORG")
            kin = _tokens(text, max(s0, m.start - 40), m.start)[-3:]
            while kin and (_key(kin[-1][2]) in st.lex.honorifics or _key(kin[-1][2]) in _COURTESY):
                kin.pop()  # «ونجل الشيخ محمود الحسيني»
            kin = kin[-1:]
            if m.label == "PERSON" and kin and _key(kin[0][2]) in _KIN:
                # «… هو السيد ناصر الطبسي خريج الاقتصاد وابن آية الله الطبسي المسؤول عن …
                # يقول :»: the father named in the son's apposition is not the subject
                elder = [
                    x
                    for x in st.mentions_in(s0, kin[0][0], labels=("PERSON",))
                    if not _governed(st, x) and _words(text, x.end, kin[0][0]) <= 8
                ]
                if elder:
                    x = elder[-1]
                    return _Subject((x.start, x.end), x.role, "named", 0.8, "PERSON")
            if _governed(st, m):
                y = next((z for z in reversed(st.mentions_in(s0, m.start, labels=("ORG",))) if z.end < m.start), None)
                if (
                    m.label == "ORG" and y is not None and not _governed(st, y)
                    and [_key(t[2]) for t in _tokens(text, y.end, m.start)] in (["في"], ["لدي"], ["ب"])
                    and not any(_is_title(st.lex, t[2]) or _key(t[2]) == "باسم" for t in _tokens(text, s0, y.start))
                ):
                    # «أما شعبة الأدوية البيطرية في اتحاد الغرف التجارية فترى أن»، «أما شعبة العطارة
                    # بالغرفة التجارية بالقاهرة فقد طالبت»: a body, then the body it belongs to; the first speaks
                    return _Subject((y.start, y.end), None, "named", 0.8, "ORG")
                # «… بضمانات من الأمم المتحدة قال …»: the object of a preposition ends the clause
                # before the verb; its subject is left out and not guessed
                return _Subject(status="unnamed", confidence=0.6)
            pre = text[s0 : m.start]
            if (
                prefixed_f
                and "ما" not in norm_key(pre).split(" ")[0:3]
                and not norm_key(pre).startswith(("اما", "واما"))
            ):
                return _Subject(status="empty")
            lead = _tokens(text, s0, m.start)
            role_a = lead[1][0] if len(lead) > 1 and _key(lead[0][2]) in ("اما", "واما") else s0  # (past «أما»)
            pre_role = _role_text(st, role_a, m.start)
            if pre_role is not None:
                pre_role = _strip_conj(pre_role)
                if m.label == "ORG" and _key(pre_role.split()[-1]) == "باسم":
                    # «أما المتحدث باسم وزارة العدل فقال»: the body speaks, through its spokesman
                    pre_role = text[role_a : m.end]
            r = role or pre_role or m.role
            if m.label == "PERSON" and gender in ("m", "f") and _name_gender(st, m) not in (None, gender):
                # «وفي مقارنة بين خطابي الأسد و… حسن نصر الله لفتت إلى أن»: a man's name before a
                # feminine verb is no subject of it (the paper quoted before goes on)
                return _Subject(status="empty")
            if m.label == "ORG" and (head := _unnamed_head(st, lead, role_a, m)) is not None:
                # «لكن رئيس البنك الدولي قال إن»، «أما رئيس الحكومة اللبنانية فقال»: the body's
                # head, unnamed, speaks (its spokesman would speak for it); unless named before
                # with that title and body («وعاد رئيس نادي شباب الأغوار ليقول» after «اعتبر رئيس
                # نادي شباب الأغوار عمر الخوالدة أن»)
                named = _head_named_before(st, head, gender, verb_start)
                if named is not None:
                    return named
                return _Subject(None, head, "unnamed", 0.7)
            return _Subject((m.start, m.end), r, "named", 0.85, m.label)
        if m.end < cut:
            break
        i -= 1
    if prefixed_f:
        topic = _amma_topic(st, s0, verb_start, gender)
        if topic is not None:
            return topic
    else:
        lead = _past_openers(_tokens(text, s0, cut))
        named = _titled_name(st, lead) if lead and not st.mentions_in(lead[0][0], cut, labels=("PERSON", "ORG")) else None
        if named is not None and named[1] == _trim(text, s0, cut, " \t")[1]:
            # «لكن المزارع سليماني مكوا طالب بأن …»: a title, then a name the entities stage missed,
            # the whole subject before the verb
            return _proposed_person(st, named, lead[0][0])
        aside = _tokens(text, cut, verb_start)[1:2]
        if (
            len(lead) == 1 and _key(lead[0][2]).startswith("ال") and _is_title(st.lex, lead[0][2])
            and aside and _key(aside[0][2]) in _RELATIVES and text[cut : cut + 1] in "،,"
        ):
            # «الطبيب، الذي تلقى تدريبه في كليفلاند، قال إن»: a title alone, a relative clause set off
            # by commas, then the verb: the one the article introduced with that title
            w = _noal(_key(lead[0][2]))
            ref = _title_coref(st, w, gender, verb_start, 1, (w,))
            if ref is not None and ref.speaker is not None:
                return ref
        if len(lead) >= 2 and _key(lead[0][2]) in _KANA and not st.mentions_in(lead[1][0], lead[1][1], labels=("PERSON", "ORG")):
            # «وكانت مصادر في المعارضة قد نفت أن»، «وكان مسؤول أردني قد أكد»: people left unnamed,
            # the subject between «كان» and «قد»; the description is the role
            people = _unnamed_people_topic(st, lead[1:])
            if people is None and _bare(_key(lead[1][2])) in st.lex.generic_people and not st.mentions_in(
                lead[1][0], lead[-1][1], labels=("PERSON",)
            ):
                people = _tidy_role(st.lex, text[lead[1][0] : lead[-1][1]])  # «مسؤول أردني»: a title word, no name
            if people is not None:
                # (a short description only: «خبراء فرنسيون شاركوا في تدريب المتطوعين» runs on into
                # what they did)
                return _Subject(None, people if len(lead) <= 5 else None, "unnamed", 0.6)
    return _Subject(status="empty")


# «but» opening a clause with a subject of its own: «…، غير أن مصادر مطلعة أفادت بأن»
_CONTRAST_OPENERS = frozenset(norm_key(w) for w in ("لكن", "ولكن", "غير", "إلا", "بيد"))
# «whereas» opening a clause: «…، في حين رأى خبراء أن»
_WHEREAS = frozenset(norm_key(w) for w in ("في حين", "وفي حين"))
# the openers of «but» that take «أن» before their subject
_BUT_THAT_KEYS = frozenset(norm_key(w) for w in ("غير", "إلا", "بيد"))
# words that may open a sentence before its subject: «لكن»، «غير أن»، «بينما»
_SUBJECT_OPENERS = frozenset(
    norm_key(w) for w in ("لكن", "ولكن", "غير", "أن", "إلا", "بينما", "وبينما", "فيما", "وفيما", "كما", "أما", "وأما")
)


def _past_openers(toks: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens of a subject past the words that may open its sentence («لكن»، «غير أن»)."""
    n = 0
    while n < len(toks) and _key(toks[n][2]) in _SUBJECT_OPENERS:
        n += 1
    return toks[n:]


def _body_opens(st: _State, s0: int, m: MentionDraft) -> bool:
    """«لكن شركة "غلوبال ويتنس" …»: the sentence opens (past «لكن»، «غير أن») with a body noun
    and the body's name in marks (not «ومحللون في شركة "…"»، «سائقي الحافلات "الكوستر"»)."""
    if m.start <= s0 or st.text[m.start - 1] not in "«“\"":
        return False
    comma = max(st.text.rfind("،", s0, m.start), st.text.rfind(",", s0, m.start))
    opener = _tokens(st.text, comma + 1, m.start - 1)[:1] if comma != -1 else []
    if opener and _key(opener[0][2]) in _SUBJECT_OPENERS:
        s0 = comma + 1  # «ولم ترد الشركة على طلب للتعليق، لكن "إن درايف" أكدت …»: the clause «but» opens
    lead = _tokens(st.text, s0, m.start - 1)
    if lead and all(_key(t[2]) in _SUBJECT_OPENERS for t in lead) and st.text[m.end : m.end + 1] in "»”\"":
        # «غير أن "دفء" كشفت في بيان أن»: the body's name alone in its marks, named before
        return m.label == "ORG"
    if not lead or _bare(_key(lead[-1][2]).removeprefix("و")) not in _OTHER_HEADS:
        return False
    return all(_key(t[2]) in _SUBJECT_OPENERS for t in lead[:-1])


# streets and places named after someone: «شارع عمر المختار»، «حي الشيخ عثمان»
_STREETS_AND_PLACES = frozenset(norm_key(w) for w in ("شارع", "ساحة", "سوق", "جادة", "طريق", "ميدان")) | _PLACE_NOUNS
# visitors, pilgrims, those close to someone: «أما زوار التقتهم "الوطن"»، «أما حجاج نيجيريا»، «أما ذوو المرضى»
_VISITORS = frozenset(_bare(norm_key(w)) for w in ("زوار", "رواد", "حجاج", "ذوو", "ذوي", "أولياء"))


def _unnamed_people_topic(st: _State, topic: list) -> str | None:
    """The words of a topic of «أما» that describe people left unnamed, by what they are or do
    (a people's word, a plural in construct, someone, a calling without its article), up to a verb
    of what they do or a relative clause; None for anything else (a title, a name, a body)."""
    k0 = _key(topic[0][2])
    b0 = _bare(k0)
    # («أما العاملون في الفنادق فيؤكدون»: people named by what they do, with the article)
    they_do = k0.startswith("ال") and dediac(topic[0][2]).endswith("ون") and _people_plural(st.lex, _noal(k0))
    if k0.startswith("ال") and not they_do or _is_title(st.lex, topic[0][2]):
        return None
    plural_of = len(k0) > 4 and k0.endswith("و") and b0 not in st.lex.first_names  # «سائقو»، «مربو»
    if not (
        b0 in st.lex.generic_people or b0 in _PEOPLE_OF or b0 in _PROPRIETORS or b0 in _VISITORS or k0 in _SOMEONE
        or _indefinite_calling(st.lex, topic[0][2]) or plural_of or they_do
    ):
        return None
    inside = st.mentions_in(topic[0][0], topic[-1][1], labels=("PERSON", "ORG"))
    if any(x.start == topic[0][0] for x in inside):
        return None
    after_place = {t[0] for p, t in zip(topic, topic[1:]) if _key(p[2]) in _STREETS_AND_PLACES}
    if any(x.label == "PERSON" and x.start not in after_place for x in inside):
        return None  # «أما بائع السمك أبو علي في سوق باب الطوب فقال»: a name (not a street's: «تجار شارع عمر المختار»)
    while len(topic) > 1 and _key(topic[-1][2]) in _FA_ANSWERS:
        topic = topic[:-1]  # «أما أولياء التلاميذ فقد …»: the ف answering أما is no part of the topic
    return _tidy_role(st.lex, st.text[topic[0][0] : topic[_before_a_verb(st, topic) - 1][1]])


# the ف answering أما before the verb: «أما المزارعون فقد حذّروا»
_FA_ANSWERS = frozenset(norm_key(w) for w in ("فقد", "فإن", "فإنه", "فإنها", "فإنهم", "فهو", "فهي", "فهم"))
# an indefinite noun for a person, as the topic of أما: «أما مواطن قطري … فقال»
_SOMEONE = frozenset(norm_key(w) for w in ("مواطن", "مواطنة", "رجل", "امرأة", "شاب", "شابة", "سيدة", "أحد", "إحدى", "طالب", "طالبة"))


def _amma_topic(st: _State, s0: int, verb_start: int, gender: str | None = None) -> _Subject | None:
    """«أما أحمد، وهو مريض سكري …، فقال إنه»، «أما الطبيبة سعاد فقالت»، «أما الشركة فأفادت»: the
    topic of أما, a given name alone (after its calling or title) or a noun naming back a body,
    answered by the ف-verb, is the speaker. A title with no name («أما وزير الكهرباء العراقي
    فقال») is the one introduced with it before, else someone unnamed with that role: أما turns to
    another speaker, not the last one."""
    text, lex = st.text, st.lex
    lead = _tokens(text, s0, verb_start)
    if len(lead) < 2 or _key(lead[0][2]) not in ("اما", "واما"):
        return None
    topic = []
    for t in lead[1:]:
        if t[2] in "،,":
            break
        topic.append(t)
    rest = lead[1 + len(topic) :]
    rel = next((n for n, t in enumerate(topic) if n and _key(t[2]) in _RELATIVES), None)
    if rel is not None and not rest and any(x.end == topic[rel - 1][1] for x in st.mentions_in(topic[0][0], topic[rel - 1][1], labels=("PERSON",))):
        # «اما قائد المنتخب السعودي سامي الجابر الذي يخوض موندياله الرابع فقد قال»: the relative
        # clause with no commas describes the name that closes the topic
        topic = topic[:rel]
    if rest and _ANONYMOUS.search(norm_key(text[rest[0][0] : rest[-1][1]])):
        # «أما المصرف، الذي طلب عدم ذكر اسمه، فأكد»: the topic asked not to be named; it speaks unnamed
        return _Subject(None, None, "unnamed", 0.6)
    # (the topic set off by a comma before the ف-verb too: «أما صاحب المعمل، فقال»)
    people = _unnamed_people_topic(st, topic) if topic and (not rest or len(rest) == 1 and rest[0][2] in "،,") else None
    if people is not None:
        # «أما تجار شارع عمر المختار في طرابلس فقالوا»، «أما سائقو سيارات الأجرة فيقولون»، «أما مواطن
        # قطري كان يتسوق برفقة ابنه فقال»: people described, unnamed; the description is the role
        return _Subject(None, people, "unnamed", 0.6)
    # the topic right before the verb, or set off by a comma, or a description set off by two
    # commas between them
    if rest and len(rest) > 1 and not (rest[-1][2] in "،," and sum(t[2] in "،," for t in rest) == 2 and len(rest) <= 16):
        return None
    k = 0
    while k < len(topic) - 1 and (_is_title(lex, topic[k][2]) or _key(topic[k][2]) in lex.honorifics):
        k += 1
    names = topic[k:]
    if len(topic) == 1 and not rest and (_key(topic[0][2]) in lex.anaphors or _noal(_bare(_key(topic[0][2]))) in _SEAT_HEADS):
        # «أما الشركة فأفادت في بيان»: the body the noun names back («أما المحافظة فأكدت في بيان»:
        # the governorate named before)
        x = _resolve_anaphor(st, _key(topic[0][2]), topic[0][0])
        if x is None:
            # no such body named before: the body speaks, unnamed (not whoever spoke last)
            return _Subject(None, None, "unnamed", 0.6)
        return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")
    if (
        len(topic) == 2 and not rest and _key(topic[1][2]) in _SAME_ONE
        and _key(topic[0][2]).startswith("ال") and _is_title(lex, topic[0][2])
    ):
        # «أما اللاعب نفسه فقال»: the one introduced with that title before
        w = _noal(_key(topic[0][2]))
        gender = "f" if _key(topic[1][2]).endswith("ها") else "m"
        return _title_coref(st, w, gender, verb_start, 1, (w,))
    if len(names) != 1 or _key(names[0][2]) not in lex.first_names:
        inside = st.mentions_in(topic[0][0], topic[-1][1], labels=("PERSON", "ORG")) if topic else []
        if inside and inside[0].label == "ORG" and inside[0].start == topic[0][0] and all(x.label == "ORG" for x in inside):
            # «أما شعبة العطارة بالغرفة التجارية بالقاهرة فقد طالبت»: the body the topic opens with,
            # then where it sits
            x = inside[0]
            return _Subject((x.start, x.end), None, "named", 0.75, "ORG")
        tail = _tokens(text, inside[-1].end, topic[-1][1]) if len(inside) == 1 and inside[0].label == "ORG" else []
        if (
            not rest
            and _is_title(lex, topic[0][2])
            and 2 <= len(tail) <= 3
            and all(
                _WORD_RE.fullmatch(t[2]) and _key(t[2]) not in lex.stops and not _is_title(lex, t[2])
                and not _key(t[2]).startswith(("و", "ل", "ب")) and _fold(t[2]) not in lex.verb_words
                for t in tail
            )
            and not _key(tail[-1][2]).startswith("ال")
            and _key(tail[-1][2]).replace("ء", "") not in _common_words()
        ):
            # «أما رئيس الاتحاد الفرنسي للمصارعة ألان غيران فأوضح»: the title, the body it heads,
            # then a foreign name the entities stage missed
            return _proposed_person(st, (tail[0][0], tail[-1][1]), topic[0][0])
        # («أما منى السيد، الموظفة في شركة اتصالات، فتقول»: what she is, a definite title)
        what = rest[1] if rest and len(rest) > 1 else None
        titled = (
            what is not None and _key(what[2]).startswith("ال")
            and (_is_title(lex, what[2]) or len(rest) > 2 and _key(rest[2][2]) in _SEAT_PREPS)
            and not st.mentions_in(what[0], rest[-1][1], labels=("PERSON",))
            and all(_key(t[2]) not in lex.stops and _WORD_RE.fullmatch(t[2]) for t in names)
        )
        described = (
            not inside and what is not None and (_key(what[2]) in _IT_IS or titled) and 1 <= len(names) <= 3
            and not _key(names[0][2]).startswith(("ال", "و")) and _key(names[0][2]) not in lex.stops
            and all(_WORD_RE.fullmatch(t[2]) and not _is_title(lex, t[2]) for t in names)
            and _key(names[0][2]).replace("ء", "") not in _common_words()
        )
        if described:
            # «أما خضرة السعايدة، وهي من أوائل المنضمات، فقالت»، «أما ريما، وهي أم لثلاثة أطفال …،
            # فقالت»: a name the entities stage missed, described as a person between commas (its
            # title, if any, as its role; or the title set off by the commas)
            role = (_role_text(st, what[0], rest[-1][0]) or st.text[what[0] : rest[-2][1]]) if titled and k == 0 else None
            return _proposed_person(st, (names[0][0], names[-1][1]), topic[0][0], role)
        persons = [x for x in inside if x.label == "PERSON"]
        if (
            persons and persons[-1].end == topic[-1][1] and not rest[1:] and _is_title(lex, topic[0][2])
            and not _governed(st, persons[-1])
        ):
            # «أما استشاري الطب النفسي في مجمع الأمل للصحة النفسية بالدمام الدكتور خالد الزهراني،
            # فيرى»: a title, the body where he works and its place, then his name closing the topic
            x = persons[-1]
            role = _role_text(st, topic[0][0], x.start)
            return _Subject((x.start, x.end), _strip_conj(role) if role else None, "named", 0.8, "PERSON")
        if inside or not topic:
            return None
        k0 = _key(topic[0][2])
        if not _is_title(lex, topic[0][2]):
            if not k0.startswith("ال") and (k0 in _SOMEONE or "ال" + k0 in lex.callings or k0 in lex.generic) and not st.mentions_in(
                topic[0][0], verb_start, labels=("PERSON", "ORG")
            ):
                # «أما مواطن قطري كان يتسوق برفقة ابنه فقال»: someone described, unnamed
                return _Subject(None, None, "unnamed", 0.6)
            if (
                not rest and 2 <= len(topic) <= 3 and k0 not in lex.first_names
                and (_bare(k0) in _PEOPLE_OF or (k0.endswith("ات") and len(k0) > 4))
                and all(_key(t[2]).startswith("ال") for t in topic[1:])
            ):
                # «أما جمعيات الأحياء فترى أن»: a group in construct with what it is of, no one
                # named; أما turns to it, not to the last speaker
                return _Subject(None, _role_text(st, topic[0][0], topic[-1][1]), "unnamed", 0.6)
            if (
                not rest and len(topic) <= 2
                and all(
                    _WORD_RE.fullmatch(t[2]) and not _key(t[2]).startswith(("ال", "و")) and _key(t[2]) not in lex.stops
                    and _key(t[2]).replace("ء", "") not in _common_words() and _fold(t[2]) not in lex.verb_words
                    for t in topic
                )
                and any(norm_key(x.group()).endswith(_key(topic[-1][2])) for x in _WORD_RE.finditer(text, 0, s0))
            ):
                # «أما كارتر فاعتبر أن» after «النيوزيلندي ليام كارتر»: a word of no news text named
                # earlier in the article, the topic of أما, is the one who speaks (not the last speaker)
                return _proposed_person(st, (topic[0][0], topic[-1][1]), topic[0][0])
            if len(topic) == 1 and not rest and k0 in _KIN_BACK:
                # «أما الأب فيقول إن» after «وقال والد الطفل محمود الشامي»: the relative named back
                return _kin_subject(st, k0, gender, verb_start)
            if len(topic) == 1 and not rest and k0 in lex.honorifics and k0.startswith("ال"):
                # «أما الحاج فيختم حديثه مبتسماً:»: an honorific alone names back the one introduced after it
                return _title_coref(st, _noal(k0), gender, verb_start, 1, (_noal(k0),))
            return None
        keys = [_key(t[2]) for t in topic]
        if (
            not rest and len(topic) >= 3 and keys[0].startswith("ال") and _is_title(lex, topic[0][2])
            and (tail := _name_after_definite_title(st, lead[:1] + topic)) is not None
        ):
            # «أما المعلمة شاهدة بيبي فتقول إن»: the title, then two words with no article before
            # the ف-verb, the holder's name however common its words
            return _proposed_person(st, tail, topic[0][0])
        if len(topic) <= 3 and (keys[0].startswith("ال") or (len(keys) >= 2 and _noal(keys[1]) != keys[1])):
            ref = _title_coref(st, _noal(keys[0]), gender, verb_start, len(topic), tuple(_noal(k) for k in keys))
            if ref is not None:
                return ref
        return _Subject(None, _role_text(st, topic[0][0], topic[-1][1]), "unnamed", 0.6)
    s, e = names[0][0], names[0][1]
    # (the description set off by commas may name places: «أما ريما، وهي أم … في سوق فردان، فقالت»)
    if st.mentions_in(s0, topic[-1][1] if rest else verb_start, labels=("PERSON", "ORG", "LOC", "PRODUCT")):
        return None
    return _proposed_person(st, (s, e), topic[0][0])  # (no title before the name: no role)


def _described_at(st: _State, a: int, b: int) -> str | None:
    """«أما سعاد المرزوقي، الموظفة في شركة تأمين، فتقول»: what a person named right before the comma
    is, where, set off by commas (a definite noun, then «في/لدى»): her role."""
    seg = _tokens(st.text, a, b)
    before = _trim(st.text, max(0, a - 41), a - 1, " \t")[1]  # (the end of what stands before the comma)
    if (
        3 <= len(seg) <= 8 and _key(seg[0][2]).startswith("ال") and _key(seg[1][2]) in _SEAT_PREPS
        and _WORD_RE.fullmatch(seg[0][2]) and not any(t[2] in "،,:؛;" for t in seg)
        and any(x.end == before for x in st.mentions_in(max(0, before - 40), before, labels=("PERSON",)))
    ):
        return st.text[seg[0][0] : seg[-1][1]]
    return None


# what a person set off by commas does, and where: «منى السيد، الموظفة في شركة اتصالات،»
_SEAT_PREPS = frozenset(norm_key(w) for w in ("في", "لدى"))
_IT_IS = frozenset(norm_key(w) for w in ("وهو", "وهي", "وهذا", "وهذه", "هو", "هي"))
# «ضمن حملة تقول إنها»، «في خطوة يقول إنها»: the same, the noun governed by «ضمن/في»
_IT_IS_OR_WITHIN = _IT_IS | frozenset(norm_key(w) for w in ("ضمن", "في"))


def _he_who(st: _State, verb_start: int, gender: str | None) -> MentionDraft | None:
    """«…، وهو مهندس برمجيات يرى أن»: «وهو/وهي» of the verb's gender and one to four words of what
    the person is, right before a present verb: the person named right before the comma."""
    toks = _tokens(st.text, st.sentence_start(verb_start), verb_start)
    k = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][2] in "،,"), None)
    if k is None or k == 0 or gender not in ("m", "f"):
        return None
    rest = toks[k + 1 :]
    if not (2 <= len(rest) <= 5) or _PRONOUN_GENDER.get(_fold(rest[0][2])) != gender or not _fold(rest[0][2]).startswith("و"):
        return None
    if any(not _WORD_RE.fullmatch(t[2]) or _fold(t[2]) in st.lex.verb_words or _key(t[2]) in ("ما", "من", "الذي", "التي") for t in rest[1:]):
        return None
    x = next((x for x in st.mentions_in(max(0, toks[k][0] - 60), toks[k][0], labels=("PERSON",)) if x.end == toks[k - 1][1]), None)
    if x is None or st.genders.get(norm_key(x.text), gender) != gender:
        return None
    return x


def _described_as_said(st: _State, verb_start: int) -> bool:
    """«، وهو رقم تقول إنه»، «ضمن حملة تقول إنها»: «وهو/وهي/وهذا» (or «ضمن/في») and an indefinite
    noun right before a present verb of saying, the verb's clause describing that noun."""
    toks = _tokens(st.text, max(st.sentence_start(verb_start), verb_start - 40), verb_start)[-2:]
    return (
        len(toks) == 2
        and _key(toks[0][2]) in _IT_IS_OR_WITHIN
        and is_arabic(toks[1][2])
        and not _key(toks[1][2]).startswith("ال")
        and not st.mentions_in(toks[1][0], toks[1][1])
        and _fold(toks[1][2]) not in st.lex.verb_words
    )


_ABOUT = frozenset(norm_key(w) for w in ("عن", "حول"))  # «وعن أحلامها تقول»: what one speaks about


def _np_before(st: _State, verb_start: int) -> bool:
    """True when words that are not adverbs or connectives stand right before an unprefixed verb
    in its clause: the verb has a subject the stage does not know (subject-first, unnamed)."""
    text, lex = st.text, st.lex
    s0 = st.sentence_start(verb_start)
    toks = _tokens(text, max(s0, verb_start - 60), verb_start)
    while toks and (
        _key(toks[-1][2]) in lex.adverbs or _key(toks[-1][2]) in ("قد", "فقد")
    ):
        toks.pop()
    if not toks:
        return False
    lead = _tokens(text, s0, verb_start)
    if (
        lead and len(lead) <= 4 and _key(lead[0][2]).removeprefix("و") in _ABOUT
        and not any(t[2] in '،,;؛:()«»"“”' for t in lead)
        and not st.mentions_in(s0, verb_start, labels=("PERSON", "ORG"))
    ):
        return False  # «وعن أحلامها تقول: «…»»: what she speaks about opens the sentence, no subject
    last = toks[-1][2]
    if last in "،," and len(toks) > 1:
        # «لكن مدير مكتب سفر في حولي، طلب عدم ذكر اسمه، أكد أن»، «…، الذي يعمل منذ عشرين عاماً، قال»:
        # a clause set off by commas that hangs on the noun before it (a relative clause, «وهو …», its
        # wish to stay unnamed) leaves that noun the verb's subject
        k = max(text.rfind("،", s0, toks[-1][0]), text.rfind(",", s0, toks[-1][0]))
        if k > s0 and _tokens(text, s0, k) and _aside(text, k + 1, toks[-1][0]):
            lead = [t for t in _tokens(text, s0, k) if _key(t[2]) not in lex.connectives and _key(t[2]) not in lex.adverbs]
            return bool(lead)
    return not (last in '،,;؛:()«»"“”' or _key(last) in lex.connectives)


_WINNERS = frozenset(norm_key(w) for w in ("الفائز", "الفائزة"))
_WON = frozenset(_fold(w) for w in ("فاز", "وفاز", "فازت", "وفازت", "يفوز", "تفوز"))


def _winner_named_before(st: _State, gender: str, cue_start: int) -> _Subject | None:
    """«وقال الفائز»: the person the article named as the subject of «فاز/فازت» before (up to four
    words between the verb and the name: «فاز الشاعر الموريتاني محمد …»), the latest of that gender."""
    for x in reversed(st.mentions_in(0, cue_start, labels=("PERSON",))):
        lead = _tokens(st.text, max(st.sentence_start(x.start), x.start - 60), x.start)
        cut = max((n for n, t in enumerate(lead) if not _WORD_RE.fullmatch(t[2])), default=-1)
        if (
            any(_fold(t[2]) in _WON for t in lead[cut + 1 :][-5:])
            and _compatible(st.genders.get(norm_key(x.text)), gender)
            and _title_gender(st, x) in (None, gender)
        ):
            return _Subject((x.start, x.end), None, "coref", 0.65, "PERSON")
    return None


# the state one speaks in, as the whole subject: «تضيف ضاحكة»، «قال مبتسماً» (not «معلق»,
# which is also «a commentator»)
_WHILE_PRONOUNS = frozenset(norm_key(w) for w in ("وهو", "وهي", "وهم", "وهما", "وهن"))
_PERSON_NOUNS = frozenset(norm_key(w) for w in ("المرأة", "الرجل", "السيدة", "السيد", "الشاب", "الشابة", "امرأة", "رجل"))
# a person by what they are, as the whole subject («وتشير الفتاة إلى أن»، «ويقول الرجل»): the one
# of that gender the article has just named
_DESCRIBED_PERSONS = frozenset(
    norm_key(w)
    for w in (
        "المرأة", "الرجل", "السيدة", "الشاب", "الشابة", "الفتاة", "الفتى", "الطفل", "الطفلة",
        "العجوز", "المسن", "المسنة",
    )
)
# the wish to stay unnamed, set off after the one who speaks: «، طلب عدم ذكر اسمه»، «، فضّلت عدم الكشف عن هويتها»
_UNNAMED_WISH = re.compile(
    r"\b(?:طلب|طلبت|فضّل|فضل|فضّلت|فضلت|رفض|رفضت|اشترط|اشترطت)\s+(?:عدم\s+)?(?:ذكر|الكشف\s+عن|كشف|نشر|الإفصاح\s+عن)"
    r"\s+(?:اسمه|اسمها|اسميهما|اسمائهم|أسمائهم|هويته|هويتها|هويتهم)"
)
_ANONYMOUS = re.compile(r"(?:عدم|دون|رفض|رفضت)\s+(?:ذكر|الكشف\s+عن|كشف|نشر|الافصاح\s+عن|الاشاره\s+الي)\s+(?:اسم|هوي)")


def _aside(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] is a clause that hangs on the noun before it: a relative clause, «وهو/وهي …»,
    or the wish to stay unnamed («طلب عدم ذكر اسمه»، «فضّل عدم الكشف عن هويته»)."""
    toks = _tokens(text, a, b)
    if not toks:
        return False
    first = _key(toks[0][2])
    return first in _RELATIVES or first in ("وهو", "وهي", "وهم") or bool(_ANONYMOUS.search(norm_key(text[a:b])))


def _strip_conj(s: str) -> str:
    for w in ("أما ", "وأما ", "و"):
        if s.startswith(w) and w != "و":
            return s[len(w) :]
    return s


def _compatible(prev: str | None, cur: str | None) -> bool:
    if cur is None or prev is None:
        return True
    return prev == cur


_SPEECH_OCCASIONS = frozenset(_fold(w) for w in ("مؤتمر", "بيان", "لقاء", "اتصال", "حوار", "ندوة"))
_SPEECH_EVENTS = frozenset(
    _fold(w) for w in ("كلمة", "خطاب", "خطبة", "حديث", "تصريح", "مقابلة", "محاضرة", "رسالة", "مداخلة")
)


_OPENING_VERBS = frozenset(
    _fold(w) for w in ("ابتدر", "استهل", "افتتح", "اختتم", "ختم", "بدأ", "ابتدرت", "استهلت", "افتتحت", "اختتمت", "ختمت", "بدأت")
)


def _opened_speech(st: _State, s0: int, cue_start: int) -> MentionDraft | None:
    """«وقد ابتدر الإمام عبدالله حديثه بشكر مجلة العربي …، مشيراً إلى أنه»، «واستهل الوزير X
    كلمته بالترحيب …، مؤكدا أن»: the one who opened (or closed) his talk goes on with the
    participle; the person named right after the verb (after his titles), the talk after him."""
    toks = _tokens(st.text, s0, cue_start)
    for n in range(len(toks) - 1, -1, -1):
        k = _fold(toks[n][2])
        for p in ("وقد", "فقد", "قد", "و", "ف", ""):
            if k.startswith(p) and k[len(p):] in _OPENING_VERBS:
                break
        else:
            continue
        after = [
            x
            for x in st.mentions_in(toks[n][1], cue_start, labels=("PERSON",))
            if _words(st.text, toks[n][1], x.start) <= 3 and not _governed(st, x)
        ]
        if not after:
            return None
        x = after[0]
        nxt = _tokens(st.text, x.end, cue_start)[:1]
        if nxt and _fold(nxt[0][2]).startswith(tuple(_fold(w) for w in ("حديث", "كلمت", "خطاب", "كلام", "لقاء", "تصريح", "محاضرت"))):
            return x
        return None
    return None


_MEETINGS = frozenset(_fold(w) for w in ("لقاء", "حديث", "مقابلة", "حوار"))


def _met_with(st: _State, s0: int, cue_start: int) -> MentionDraft | None:
    """A sentence opening with «(و)في لقاء/حديث/مقابلة/حوار مع X …» before a subjectless cue: X,
    the one person named between it and the cue."""
    toks = _tokens(st.text, s0, cue_start)
    if len(toks) < 4 or _fold(toks[0][2]) not in ("في", "وفي", "فى", "وفى"):
        return None
    if _fold(toks[1][2]) not in _MEETINGS or _fold(toks[2][2]) != "مع":
        return None
    persons = st.mentions_in(toks[3][0], cue_start, labels=("PERSON",))
    if len(persons) != 1 or persons[0].start != toks[3][0]:
        return None
    if any(t[2] in "،,;؛:" for t in toks) or _words(st.text, persons[0].end, cue_start) > 6:
        return None
    return persons[0]


_WHEN = frozenset(_fold(w) for w in ("حين", "حينما", "عندما", "وحين", "وحينما", "وعندما"))
# an outlet reaching someone: «وتواصلت الوكالة هاتفياً مع سليم»، «واتصلت "الشرق" بالوزير»
_REACHED = frozenset(_fold(w) for w in ("تواصلت", "اتصلت", "تحدثت"))
_OUTLET_NOUNS = frozenset(_fold(w) for w in ("الوكالة", "الصحيفة", "الجريدة", "القناة", "المجلة", "الموقع", "الإذاعة"))


def _first_word(text: str, a: int, b: int) -> str:
    """The first word between ``a`` and ``b`` (split on spaces only, up to 20 characters), or ""."""
    words = text[a : min(b, a + 20)].split()
    return words[0] if words else ""


def _reached(st: _State, s0: int, cue_start: int, gender: str | None) -> MentionDraft | None:
    """«وتواصلت الوكالة هاتفياً مع سليم في دكا، فقال:»: the sentence opens on an outlet (by its noun or
    its name) reaching one person («مع» + the name) before the cue; that person, of the cue's gender,
    answers."""
    a = _after_dateline(st.text, s0, cue_start)
    if _fold(_first_word(st.text, a, cue_start)).removeprefix("و") not in _REACHED:
        return None  # (the cheap test first: this runs for every cue with no subject of its own)
    toks = _tokens(st.text, a, cue_start)
    if len(toks) < 4:
        return None
    head = toks[1]
    outlet = _fold(head[2]) in _OUTLET_NOUNS or any(x.start == head[0] for x in st.mentions_in(head[0], head[1] + 1, labels=("ORG",)))
    with_at = next((n for n in range(2, min(len(toks), 5)) if _fold(toks[n][2]) == "مع"), None)
    if not outlet or with_at is None or with_at + 1 >= len(toks):
        return None
    persons = st.mentions_in(toks[with_at + 1][0], cue_start, labels=("PERSON",))
    if len(persons) != 1 or persons[0].start != toks[with_at + 1][0]:
        return None
    x = persons[0]
    if st.genders.get(norm_key(x.text), gender) != gender or any(t[2] in ":«»\"“”" for t in toks):
        return None
    return x

_MEET_VERBS = frozenset(
    _fold(w)
    for w in ("التقى", "التقت", "التقينا", "قابل", "قابلت", "قابلنا", "حاور", "حاورت", "حاورنا", "زار", "زارت", "زرنا")
)


def _interviewed(st: _State, s0: int, cue_start: int) -> MentionDraft | None:
    """«التقت ( العربي ) إمام المسجد الإمام X في مكتبه …، مؤكداً أن …»، «زارت « سيدتي » X في محله
    … وقال : …»، «التقينا X …، وقال إن»: the paper (named in brackets or marks) or «we» met or visited
    someone; a later subjectless cue in the sentence is the one met, the first person named after
    the paper, not the paper."""
    text = st.text
    toks = _tokens(text, s0, cue_start)
    for n in range(len(toks) - 1, -1, -1):
        k = _fold(toks[n][2])
        if k[:1] in "وف" and k[1:] in _MEET_VERBS:
            k = k[1:]
        if k in _MEET_VERBS:
            break
    else:
        return None
    if any(h.sentence == st.sentence_of(cue_start) and toks[n][0] < h.pos < cue_start for h in st.history):
        return None  # a report since the meeting has its own speaker
    a = toks[n][1]
    if not k.endswith("نا"):
        # the paper in brackets or marks right after the verb
        if n + 2 >= len(toks) or toks[n + 1][2] not in ("(", "«", '"', "“"):
            return None
        close = {"(": ")", "«": "»", '"': '"', "“": "”"}[toks[n + 1][2]]
        j = next((i for i in range(n + 2, min(len(toks), n + 6)) if toks[i][2] == close), None)
        if j is None or not st.mentions_in(toks[n + 1][1], toks[j][0], labels=("ORG",)):
            return None
        a = toks[j][1]
    persons = [x for x in st.mentions_in(a, cue_start, labels=("PERSON",))]
    if not persons or _words(text, a, persons[0].start) > 10 or _governed(st, persons[0]):
        return None
    return persons[0]


def _when_said(st: _State, s0: int, cue_start: int) -> MentionDraft | None:
    """«وقد عبرت عن ذلك " نانسي كوال " حين قالت :»، «وعلق الوزير X على ذلك عندما قال إن»: a cue
    right after حين/عندما with no subject of its own is said by the one person named, with no
    preposition before him, in the short clause before the time word (no comma or bracket, no other
    verb of saying between)."""
    toks = _tokens(st.text, s0, cue_start)
    if len(toks) < 3 or _fold(toks[-1][2]) not in _WHEN:
        return None
    w0 = toks[-1][0]
    # a comma, a colon or a bracket bounds the clause («… كما تصفه لوسي ) عندما يقول انه»: the
    # aside's subject is not the one speaking)
    k = max(st.text.rfind(c, s0, w0) for c in "،,:()")
    a = k + 1 if k != -1 else s0
    if _words(st.text, a, w0) > 10:
        return None
    persons = [x for x in st.mentions_in(a, w0, labels=("PERSON",)) if not _governed(st, x)]
    if len({norm_key(x.text) for x in persons}) != 1:
        return None
    if st.mentions_in(a, w0, labels=("PERSON",)) != persons:
        return None
    if any(True for _ in _scan(st.text, st.lex.verb_words, persons[0].end, w0)):
        return None
    return persons[0]


_ASKED = frozenset(_fold(w) for w in ("سئل", "سئلت"))


def _asked_title(st: _State, s0: int, cue_start: int, gender: str | None) -> _Subject | None:
    """«وعندما سُئل الشيخ عن الوظائف التي يوفرها المحجر، قال:»: the sentence opens on «حين/عندما»
    and «سُئل» with a title or an honorific with its article as the one asked, up to the comma before
    the cue; the one named with it before answers."""
    a = _after_dateline(st.text, s0, cue_start)
    if gender not in ("m", "f") or _fold(_first_word(st.text, a, cue_start)) not in _WHEN:
        return None  # (the cheap test first: this runs for every cue with no subject of its own)
    toks = _tokens(st.text, a, cue_start)
    if not 4 <= len(toks) <= 16 or toks[-1][2] not in "،," or _fold(dediac(toks[1][2])) not in _ASKED:
        return None
    k = _key(toks[2][2])
    if any(t[2] in "،,:()«»\"“”" for t in toks[:-1]) or st.mentions_in(toks[0][0], cue_start, labels=("PERSON", "ORG")):
        return None
    if not k.startswith("ال") or not (_is_title(st.lex, toks[2][2]) or k in st.lex.honorifics):
        return None
    w = _noal(k)
    ref = _title_coref(st, w, gender, cue_start, 1, (w,))
    return ref if ref is not None and ref.speaker is not None else None


def _when_said_title(st: _State, s0: int, cue_start: int, gender: str | None) -> _Subject | None:
    """«وردّ الوالي على ذلك ضمنياً حين قال:» after «والي بنك المغرب عبد اللطيف الفاسي»: the verb
    opening the sentence, a title with its article as its whole subject (no one named in the
    clause), and the cue after حين/عندما; the one named with that title before speaks."""
    toks = _tokens(st.text, _after_dateline(st.text, s0, cue_start), cue_start)
    if gender not in ("m", "f") or len(toks) < 4 or len(toks) > 10 or _fold(toks[-1][2]) not in _WHEN:
        return None
    if any(t[2] in "،,:()«»\"“”" for t in toks) or st.mentions_in(toks[0][0], cue_start, labels=("PERSON", "ORG")):
        return None
    verb, title = _key(toks[0][2]).removeprefix("و"), toks[1]
    if not (_verb_like(st, verb) or _fold(toks[0][2]).removeprefix("و") in _ANSWERED):
        return None  # («ردّ»: a verb of two letters)
    if not _key(title[2]).startswith("ال") or not _is_title(st.lex, title[2]):
        return None
    w = _noal(_key(title[2]))
    ref = _title_coref(st, w, gender, cue_start, 1, (w,))
    return ref if ref is not None and ref.speaker is not None else None


def _speech_author(st: _State, s0: int, cue_start: int) -> MentionDraft | None:
    """«بكلمة لسعادة السيد X»، «في خطاب للرئيس X» before a subjectless cue in the same sentence,
    with no other person named between the author and the cue."""
    toks = _tokens(st.text, s0, cue_start)
    for n in reversed(range(len(toks) - 1)):  # the event nearest the cue
        k = _fold(toks[n][2])
        core = k[1:] if k[:1] in "بو" else k
        core = core[1:] if core[:1] == "ب" else core
        if core not in _SPEECH_EVENTS:
            continue
        nxt = toks[n + 1]
        # «… مع خطاب الرئيس الإيراني محمود أحمدي نجاد اليوم … حين قال إن»: the author in
        # construct with the event, a title with its article or the name itself
        construct = _key(nxt[2]).startswith("ال") and _is_title(st.lex, nxt[2]) or any(
            x.start == nxt[0] for x in st.mentions_in(nxt[0], cue_start, labels=("PERSON",))
        )
        if not _fold(nxt[2]).startswith("ل") and not construct:
            continue
        near_end = toks[min(len(toks) - 1, n + 3)][1]
        persons = st.mentions_in(toks[n + 1][0], cue_start, labels=("PERSON",))
        if persons and persons[0].start <= near_end:
            m = persons[0]
            if all(norm_key(x.text) == norm_key(m.text) for x in persons):
                return m
        return None
    return None


def _sentence_gap(st: _State, a: int, b: int) -> int:
    """Sentences from ``a`` to ``b``, leaving out those that start inside quote marks (a quote of
    several sentences is one turn: «وأضافت: «… للمنازل. على جميع الأطراف …»»)."""
    return sum(
        1
        for k in range(a + 1, b + 1)
        if k < len(st.sentences)
        and not st.inside_quote(st.sentences[k][0])
        # (a stop left alone after a closing mark, «… بهذا التعقيد؟».», is no sentence)
        and _WORD_RE.search(st.text, st.sentences[k][0], st.sentences[k][1]) is not None
    )


_BUT_THAT = frozenset(_fold(w) for w in ("غير", "إلا", "الا"))


def _set_off_titled(st: _State, end: int, x: MentionDraft) -> bool:
    """Whether the person ``x`` is set off by commas right after ``end`` (a body's name), her own
    title before her name: «عضو اللجنة المالية النيابية، النائبة زينب الموسوي، التي …»."""
    between = _tokens(st.text, end, x.start)
    return (
        len(between) == 2
        and between[0][2] in "،,"
        and _is_title(st.lex, between[1][2])
        and st.text[x.end : x.end + 2].lstrip()[:1] in ("،", ",")
    )


def _lead_title(st: _State, lead: list[tuple[int, int, str]], end: int) -> int | None:
    """The index of the title that opens the body's role ending at ``end``, the verb before it
    («وشن الأمين العام لحزب الله»), also after an opening adjunct («في المقابل، انتقدت زعيمة حزب
    الخضر فرانتسيسكا برانتنر …»)."""
    if len(lead) >= 2 and _role_text(st, lead[1][0], end):
        return 1
    if len(lead) >= 3 and _fold(lead[0][2]) in _BUT_THAT and _key(lead[1][2]) == "ان" and _role_text(st, lead[2][0], end):
        return 2  # «غير أن رئيس لجنة … أبدى تشككه»: the title after «غير أن»
    for k in range(len(lead) - 1, 1, -1):
        if lead[k][2] in "،,":
            break
        if lead[k - 2][2] in "،," and _role_text(st, lead[k][0], end):
            return k  # the adjunct's comma, the verb, the title
    return None


_ANSWERED = frozenset(_fold(w) for w in ("أجاب", "أجابت", "رد", "ردت", "ردّ", "ردّت"))
# the passive «سُئل», and «we asked» with its object after it: «سألنا صاحبه محمد أوزتورك: "…؟"»
_WAS_ASKED = frozenset(_fold(w) for w in ("سئل", "سئلت", "سُئل", "سُئلت", "سألنا", "سألت"))


# what one was asked about, right after the one asked: «عما»، «عن»، «حول»
_ASKED_ABOUT = frozenset(norm_key(w) for w in ("عما", "عمّا", "عن", "حول", "بشأن"))


def _surname_mention(st: _State, tok: tuple[int, int, str]) -> MentionDraft:
    """A PERSON mention for a family name alone that the entities stage left untagged."""
    nm = MentionDraft(tok[0], tok[1], tok[2], "PERSON", "rule", 0.6, sentence=st.sentence_of(tok[0]))
    st.add_mention(nm)
    return nm


def _asked_person(st: _State, s0: int, cue_start: int) -> MentionDraft | None:
    """The person a passive «سُئل» (or «سألنا») names earlier in the sentence, when the cue is
    «فأجاب/وردّ»."""
    text = st.text
    cw = _tokens(text, cue_start, min(len(text), cue_start + 12))[:1]
    if not cw or _fold(cw[0][2]).lstrip("وف") not in _ANSWERED:
        return None
    if s0 > 0 and "؟" in text[max(0, s0 - 4) : s0]:
        s0 = st.sentence_start(max(0, s0 - 4))  # the question put in marks ended a sentence
    for t in _tokens(text, s0, cue_start):
        k = _fold(t[2])
        if (we := _asked_them(t[2], we=True)) and not st.mentions_in(t[1], cue_start, labels=("PERSON",)):
            # «سألناها أيضاً: هل …؟ فأجابت ضاحكة:»: we asked her, the person we spoke with (the last
            # person of that gender who spoke), not a body that spoke since
            # (an unnamed one, «صاحب أحد المحلات، الذي فضّل عدم ذكر اسمه», stays unnamed)
            g = "f" if we.group("them") == _fold("ها") else "m"
            for h in reversed(st.history):
                if h.gender != g or h.speaker is not None and not st.mentions_in(*h.speaker, labels=("PERSON",)):
                    continue  # (a body is not one we asked)
                if h.speaker is None:
                    return None
                return next((x for x in st.mentions_in(*h.speaker, labels=("PERSON",)) if (x.start, x.end) == h.speaker), None)
            return None
        if k in _WAS_ASKED or (k[:1] in "وف" and k[1:] in _WAS_ASKED):
            for x in st.mentions_in(t[1], cue_start, labels=("PERSON",)):
                if _words(text, t[1], x.start) <= 12 and not _addressee(st, x):
                    return x
            nxt = _tokens(text, t[1], cue_start)[:2]
            asker = st.mentions_in(t[1], min(cue_start, t[1] + 40), labels=("ORG",))
            if asker and _words(text, t[1], asker[0].start) == 0:
                # «وسألت الأناضول النور عما إذا …، فأجاب:»: past the outlet that asked, the family
                # name alone of a man named in full before, then what he was asked about
                after = _tokens(text, asker[0].end, cue_start)[:2]
                if len(after) == 2 and _key(after[1][2]) in _ASKED_ABOUT and _known_surname(st, after[0], cue_start):
                    return _surname_mention(st, after[0])
            if len(nxt) == 2 and nxt[1][2] in (":", "،", ",") and _known_surname(st, nxt[0], cue_start):
                # «وسُئل عودة: كيف …؟» then «فأجاب: …»: the family name alone of a man named in
                # full before (a common word the entities stage left untagged)
                return _surname_mention(st, nxt[0])
            for tt in _tokens(text, t[1], cue_start)[:6]:
                if tt[2] in "،,:":
                    break
                if _key(tt[2]).startswith("ال") and _is_title(st.lex, tt[2]):
                    # «وسألت «الرأي» الوزير عن …، فأجاب:»: the one asked, by his title, is the one
                    # the article named with it
                    w = _noal(_key(tt[2]))
                    ref = _title_coref(st, w, None, tt[0], 1, (w,))
                    if ref is not None and ref.speaker is not None:
                        return next((x for x in st.mentions_in(*ref.speaker) if (x.start, x.end) == ref.speaker), None)
                    break
            return None
    return None


# «في خطوة قال إنها …»، «في قرار قالت إنه …»: a step or decision the subject took, in its words.
_STEP_NOUNS = frozenset(_fold(w) for w in ("خطوة", "قرار", "إجراء", "صفقة", "مبادرة", "مشروع", "حملة", "خطة"))


def _step_subject(st: _State, cue_start: int, gender: str | None) -> _Subject | None:
    """«أطلق مجلس القضاء الأعلى منظومة «ميزان» …، في خطوة قال إنها ستخفف …»: a cue in the
    relative clause of «في خطوة» is the sentence's subject's, named right after its first verb."""
    s0 = st.sentence_start(cue_start)
    step = _tokens(st.text, max(s0, cue_start - 20), cue_start)[-2:]
    if not (
        len(step) == 2
        and _fold(step[0][2]) in (_fold("في"), _fold("وفي"))
        and _fold(step[1][2]) in _STEP_NOUNS
        and gender in ("m", "f")
    ):
        return None
    lead = _tokens(st.text, _after_dateline(st.text, s0, cue_start), cue_start)
    dash = next((n for n, t in enumerate(lead[:4]) if t[2] in ("-", "–", "—", "ـ", "،", ",")), None)
    if dash is not None:
        # «رام الله - أطلق …» (its dash read as a comma), «وفي المقابل، أطلق …»: past the dateline's
        # place or the opening adverb
        lead = lead[dash + 1 :]
    if len(lead) < 2:
        return None
    subj = [
        x
        for x in st.mentions_in(lead[1][0], lead[1][1] + 60, labels=("ORG", "PERSON"))
        if x.start == lead[1][0] or _words(st.text, lead[1][0], x.start) <= (3 if x.label == "PERSON" else 2)
        # (a person after a description of three words: «افتتحت رائدة الأعمال الأردنية دانة الصرايرة …»;
        # after a title, up to six, set off by a comma: «أعلنت وزيرة التضامن الاجتماعي المصرية، الدكتورة
        # رانيا الشناوي، زيادة …»)
        or x.label == "PERSON" and _is_title(st.lex, lead[1][2]) and _words(st.text, lead[1][0], x.start) <= 6
    ]
    if subj and subj[0].end < step[0][0]:
        x = subj[0]
        return _Subject((x.start, x.end), x.role, "carry", 0.65, x.label)
    return None


# between a body and its officer's name: its seat, then a comma («… البلاستيك في إسطنبول، أردا يلماز»)
# (or the constituency a member sits for: «عضوة مجلس الشورى عن ولاية مصيرة، مريم البلوشي»)
# (the seat «عن …» may also stand with no comma: «دعت عضوة مجلس النواب عن البحر الأحمر منى الجمّال»)
_SEAT_RE = re.compile(r"\s+(?:(?:في|ب)\s*\S+(?:\s+\S+)?\s*[،,]\s*|عن\s+\S+(?:\s+\S+){0,2}(?:\s*[،,]\s*|\s+))")


# «سأل/سألت» opening a sentence: the question, its asker, then the one asked
_ASKS = frozenset(_fold(w) for w in ("سأل", "سألت"))
# the guest a host asks («سأل ضيفته»، «سألت ضيفها»، «ضيوفه»)
_GUESTS = frozenset(_fold(w) for w in ("ضيفه", "ضيفته", "ضيفها", "ضيفتها", "ضيفيه", "ضيفيها", "ضيوفه", "ضيوفها"))
# «سأله»، «وسألتها»، «سألناه»: a question put to him or her (the verb with its object pronoun)
# «سأله»، «سألتها»، «سألناها»: asked him or her (by «we» in the group «we»), the object pronoun in «them»
_ASKED_HER_RE = re.compile(r"[وف]?سال(?:ت|(?P<we>نا))?(?P<them>ه|ها|هم|هما)")


def _asked_them(tok: str, we: bool = False) -> re.Match | None:
    """«سأله/سألها/سألته …» (with ``we``, «سألناه/سألناها» only): the match, else None."""
    m = _ASKED_HER_RE.fullmatch(_fold(tok))
    if m is None or bool(m.group("we")) != we or m.group("them") == (_fold("هما")) or we and m.group("them") == _fold("هم"):
        return None
    return m


def _set_off_at(text: str, a: int, b: int) -> int:
    """Where the comma before ``b`` stands when text[a:b] ends on one (a name set off after its
    title), else ``b``."""
    head = text[a:b].rstrip()
    return a + len(head) - 1 if head.endswith(("،", ",")) else b


def _titled_subject(st: _State, a: int, b: int) -> bool:
    """text[a:b] is a title and up to three words of its complement, right before its holder's name
    (no mark between): «عضو اللجنة»، «رئيس بلدية المدينة»; or a member for a body, «النائب عن كتلة
    حزب الميثاق الوطني», «المتحدث باسم الهيئة» (up to ten words)."""
    toks = _tokens(st.text, a, b)
    words = all(_WORD_RE.fullmatch(t[2]) for t in toks)
    return (
        1 <= len(toks) <= 4
        and _is_title(st.lex, toks[0][2])
        and words and all(_key(t[2]) not in st.lex.stops for t in toks)
        or 3 <= len(toks) <= 10 and words and _is_title(st.lex, toks[0][2])
        and (_key(toks[1][2]) == "عن" or _key(toks[1][2]) in _ON_BEHALF)
        and all(_key(t[2]) not in st.lex.stops for t in toks[2:])
    )


# verbs that set a person in the scene of a feature («تقف ام فهد»، «يجلس ابو محمد»)
_SCENE_VERBS = frozenset(
    _fold(p + w)
    for w in (
        "يقف", "تقف", "وقف", "وقفت", "يجلس", "تجلس", "جلس", "جلست", "يعمل", "تعمل", "يتجول", "تتجول",
        "ينتظر", "تنتظر", "يقيم", "تقيم", "يسكن", "تسكن", "يعيش", "تعيش", "يبيع", "تبيع", "يمسك", "تمسك",
        "يحمل", "تحمل", "يجمع", "تجمع", "يرتب", "ترتب", "يتنقل", "تتنقل", "يمضي", "تمضي",
    )
    for p in ("", "و", "ف")
)


# «مجموعة تطلق على نفسها اسم "…"»: a body that names itself (the words between the noun and its name)
_CALLING_ITSELF = frozenset(
    _fold(w) for w in ("مجموعة", "جماعة", "منظمة", "حركة", "تطلق", "يطلق", "على", "نفسها", "عليها", "اسم", "تدعى", "تسمى", "تعرف", "باسم")
)


def _group_calling_itself(st: _State, s0: int, m: MentionDraft) -> bool:
    """The sentence opens with a feminine verb whose subject is a body that names itself:
    «وتبنّت مجموعة تطلق على نفسها اسم "ظل الصحراء" الهجوم»."""
    toks = [t for t in _tokens(st.text, s0, m.start) if t[2] not in ('"', "«", "»", "“", "”")]
    if len(toks) < 3 or not _fold(toks[0][2]).endswith("ت"):
        return False
    return _fold(toks[1][2]) in _CALLING_ITSELF and all(_fold(t[2]) in _CALLING_ITSELF for t in toks[1:])


def _scene_subject_at_comma(st: _State, s0: int, comma: int, before: list) -> bool:
    """«وعلي مقربة منه تقف ام فهد ، وهي ارملة …، وتقول ان»، «على سرير قرب النافذة تجلس رحاب ( 30
    عاما ) الى جانب ابنها …، وتقول»: after an opening adjunct, a verb that sets someone in the scene,
    then the first name named before the first comma: the clause's subject."""
    x = next((x for x in before if x.label == "PERSON" and x.start < comma), None)
    if x is None:
        return False
    tb = _tokens(st.text, s0, x.start)
    return bool(tb) and _fold(tb[-1][2]) in _SCENE_VERBS


def _subject_before_far_comma(st: _State, s0: int, comma: int, before: list) -> bool:
    """«من جهة أخرى قدم السيد سوريش ماثيور … ورقة عمل … في العالم ، متناولا …»: a short adverbial
    («من جهة أخرى») and the verb, then its named subject, long before the first comma; that subject
    is the clause's, not part of an opening adjunct."""
    if _words(st.text, s0, comma) <= 8:
        return False
    lead = _tokens(st.text, s0, comma)
    x = next((x for x in before if x.label == "PERSON" and x.start < comma), None)
    if x is None:
        return False
    ahead = [t for t in lead if t[1] <= x.start]
    # (an adverbial of up to three words, the verb, then the name or its title and honorific: «في
    # المقابل نفى رئيس نادي إنبي المهندس سمير عبد المنعم …»)
    if not 2 <= len(ahead) <= 10:
        return False
    for v in range(1, min(6, len(ahead))):
        # (not a noun after a preposition: «ولدى سؤاله عن تلويح الرئيس محمود عباس …»)
        if _key(ahead[v - 1][2]) in _PREPOSITIONS or not _any_verb(st, ahead[v][0]):
            continue
        rest = ahead[v + 1 :]
        titled = [_is_title(st.lex, t[2]) or _key(t[2]) in st.lex.honorifics or _key(t[2]) in _RANKS_BEFORE_NAMES for t in rest]
        # (the name right after its title or honorific: not «رفض السفير الأميركي … اقتراح أنان»)
        # (up to eight words: «من جهته ادان الناطق باسم القوات المتعددة الجنسيات الميجر جنرال وليام كالدويل»)
        if not rest or titled[0] and titled[-1] and len(rest) <= 8:
            return True
        if titled[0] and len(rest) <= 6 and any(
            m.end == rest[-1][1] for m in st.mentions_in(rest[1][0] if len(rest) > 1 else rest[0][0], x.start, labels=("ORG",))
        ):
            return True  # «وفي نيويورك دان الامين العام للامم المتحدة بان كي مون …»: a title and its body
        if (
            titled[0] and 3 <= len(rest) <= 6 and _adjective_of_title(rest[-1][2])
            and any(m.end == rest[-2][1] for m in st.mentions_in(rest[1][0], x.start, labels=("ORG", "LOC")))
        ):
            return True  # «في المقابل ابدى مدرب السعودية البرازيلي ماركوس باكيتا …»: a title, its country and his nationality
    return False


def _relative_clause_speaker(st: _State, s0: int, cue_start: int, gender: str | None) -> MentionDraft | None:
    """The person named right after the speech verb that opens the sentence, when the cue follows a
    relative pronoun («وأشار الحداد إلى خطط …، التي قال إنها»), of the cue's gender; else None."""
    toks = _tokens(st.text, s0, cue_start)
    if len(toks) < 4 or _key(toks[-1][2]).removeprefix("و") not in _RELATIVES or gender not in ("m", "f"):
        return None
    if not any(True for _ in _scan(st.text, st.lex.verb_words, toks[0][0], toks[0][1])):
        return None
    x = next(iter(st.mentions_in(toks[1][0], toks[-1][0], labels=("PERSON",))), None)
    if (
        x is None or st.genders.get(norm_key(x.text), gender) != gender or _governed(st, x)
        # (right after the verb, or after its title: «وأشار المدير عماد الخطيب إلى»)
        or x.start != toks[1][0] and _role_text(st, toks[1][0], x.start) is None
    ):
        return None
    return x


_PRONOUN_CONJ = frozenset(norm_key(w) for w in ("إنه", "إنها", "إنهم", "أنه", "أنها", "أنهم", "انه", "انها", "انهم"))
_DEFINITE = _DEFINITE_PREFIXES + ("فال", "كال")


def _indefinite_clause_speaker(st: _State, s0: int, cue_start: int, cue_end: int, gender: str | None) -> MentionDraft | None:
    """«أوقف البنك المركزي المصري ترخيص الشركة، بعد مراجعة رقابية قال إنها كشفت مخالفات»: a clause on
    an indefinite noun, with no relative pronoun, whose speech verb agrees with the (non-speech) verb
    opening the sentence and whose «إنها» stands for that noun: the opening verb's subject, named
    right after it (or after its title); else None."""
    text, lex = st.text, st.lex
    toks = _tokens(text, _after_dateline(text, s0, cue_start), cue_start)
    nxt = _tokens(text, cue_end, min(len(text), cue_end + 12))[:1]
    if len(toks) < 4 or gender not in ("m", "f") or not nxt or _key(nxt[0][2]) not in _PRONOUN_CONJ:
        return None
    prev = toks[-1][2]
    if len(toks) >= 5 and _key(toks[-2][2]) == "من" and _key(prev).startswith(_DEFINITE):
        prev = toks[-3][2]  # «عينة من الملفات قالت إنها»: a part of a definite whole
    if not _WORD_RE.fullmatch(prev) or _key(prev).startswith(_DEFINITE) or _key(prev) in lex.stops:
        return None
    if st.mentions_in(toks[-1][0], toks[-1][1]) or lex.conj_re.search(text, toks[0][1], cue_start):
        return None
    opener = _key(toks[0][2])
    opener = opener[1:] if opener[:1] in "وف" else opener
    # (as _verb_like, but «ألغت»، «ألزم» open with a hamza, not the article)
    verb = len(opener) >= 3 and not _is_title(lex, opener) and opener not in lex.stops and (
        not opener.startswith("ال") or toks[0][2].lstrip("وف").startswith("أل")
    )
    if not verb or any(True for _ in _scan(text, lex.verb_words, toks[0][0], toks[0][1])) and (
        # (a cue verb that reported nothing opens it as well: «ونشرت المجموعة عينة من الملفات قالت
        # إنها "…"»)
        _key(toks[1][2]) not in lex.anaphors or any(toks[0][0] <= q.cue[0] < toks[0][1] for q in st.quotes)
    ):
        return None
    if ("f" if opener.endswith("ت") else "m") != gender:
        return None
    x = next(iter(st.mentions_in(toks[1][0], toks[-1][0], labels=("PERSON", "ORG"))), None)
    if x is None and _key(toks[1][2]) in lex.anaphors:
        # «ونشرت المجموعة عينة من الملفات قالت إنها "…"»: the body its noun names back
        return _resolve_anaphor(st, _key(toks[1][2]), cue_start)
    if (
        x is None or _governed(st, x) or _addressee(st, x)
        or x.start != toks[1][0] and _role_text(st, toks[1][0], x.start) is None
        or x.label == "PERSON" and st.genders.get(norm_key(x.text), gender) != gender
    ):
        return None
    return x


_ALSO = frozenset(_fold(w) for w in ("كما", "وكما"))


def _same_verb_again(st: _State, sent: int, s0: int, cue_start: int) -> _Subject | None:
    """«وحذّر المركز الوطني للأرصاد الجوية … من التعرض المباشر لأشعة الشمس …. كما حذّر من أن
    …»: «كما» and the verb that opened the sentence before, whose named subject reported nothing
    (no speaker in the history), goes on with that subject."""
    text = st.text
    lead = _tokens(text, s0, cue_start)
    cue = _tokens(text, cue_start, min(len(text), cue_start + 20))[:1]
    if sent == 0 or len(lead) != 1 or _fold(lead[0][2]) not in _ALSO or not cue:
        return None
    p0 = st.sentences[sent - 1][0]
    first = _tokens(text, _after_dateline(text, p0, s0), s0)[:1]
    if not first or _fold(first[0][2]).removeprefix("و").removeprefix("ف") != _fold(cue[0][2]):
        return None
    if any(st.sentence_of(q.cue[0]) == sent - 1 for q in st.quotes):
        return None  # (that verb reported words: its speaker is in the history)
    subj = next(
        (x for x in st.mentions_in(first[0][1], s0, labels=("PERSON", "ORG")) if _words(text, first[0][1], x.start) == 0),
        None,
    )
    return None if subj is None else _Subject((subj.start, subj.end), subj.role, "carry", 0.7, subj.label)


# a fronted adjunct up to its comma before the verb: «وفي اتصال هاتفي مع "الشروق"، رفض …»
_FRONTED_ADJUNCTS = frozenset(_fold(w) for w in ("في", "خلال", "عبر"))
def _turned(tok: str) -> bool:
    """«التفتت»، «التقت»: a feminine past verb of the form افتعل on a root in ل, which reads like a
    definite noun."""
    w = dediac(tok).lstrip("وف")
    return len(w) >= 5 and w.startswith("الت") and w.endswith("ت") and not w.endswith(("ات", "وت", "يت"))


# a time clause fronted before the verb whose subject speaks: «وقبل أن تصعد …،»، «وحين سألناها …،»
_FRONTED_TIMES = frozenset(_fold(w) for w in ("قبل", "بعد", "حين", "عندما", "لما"))  # (read without و)
# places fronted before the verb with a comma: «وخارج المحكمة،»، «وأمام القاعة،»
_FRONTED_PLACES = frozenset(_fold(w) for w in ("خارج", "داخل", "أمام", "من"))
_HEARD = frozenset(_fold(w) for w in ("استمع", "استمعت", "استمعوا"))  # «استمعت المحكمة إلى …»
# a child of someone by the noun in construct: «نجل حارس العقار»، «ابنة الضحية»
_CHILD_KIN = {**{_bare(norm_key(w)): "m" for w in ("نجل", "ابن")}, **{_bare(norm_key(w)): "f" for w in ("ابنة", "كريمة")}}
_GIVEN = frozenset(_fold(w) for w in ("منحت", "منح", "أعطيت", "أعطي", "أحيلت", "أحيل"))  # «مُنحت الكلمة لـ…»
_THE_FLOOR = norm_key("الكلمة")
_LAST_WORDS = frozenset(norm_key(w) for w in ("الأخيرة", "الاخيرة"))


def _kin_of(word: str, gender: str | None) -> bool:
    """The kin noun ``word`` («والدة») agrees with the verb's gender (any, when it is not known)."""
    kin = _KIN_OF.get(_bare(_key(word)))
    return kin is not None and (gender not in ("m", "f") or kin == gender)
# a relative by the kin noun in construct, and the gender it gives: «والدة الصيدلي»، «شقيق الضحية»
_KIN_OF = {
    **{_bare(norm_key(w)): "m" for w in ("والد", "شقيق", "زوج", "عم", "خال", "جد")},
    **{_bare(norm_key(w)): "f" for w in ("والدة", "شقيقة", "زوجة", "أرملة", "عمة", "خالة", "جدة")},
}


def _body_before_but(st: _State, s0: int, cue_start: int, gender: str | None) -> _Subject | None:
    """«الهيئة لم تحدد موعداً، لكنها قالت إن»: «لكنه/لكنها» right before the cue, in a sentence that
    opens on a body by its noun (or its name) and the body's verb: the body goes on (not the last
    speaker of that gender)."""
    prev = _tokens(st.text, max(s0, cue_start - 12), cue_start)[-1:]
    if not prev or _fold(prev[0][2]) not in _BUT_HE or gender not in ("m", "f"):
        return None
    lead = _tokens(st.text, _after_dateline(st.text, s0, prev[0][0]), prev[0][0])
    while lead and _key(lead[0][2]) in ("و", "لكن", "ولكن"):
        lead = lead[1:]
    if len(lead) < 3 or not any(t[2] in "،," for t in lead):
        return None
    key = _key(lead[0][2]).removeprefix("و")
    named = [x for x in st.mentions_in(lead[0][0], lead[-1][1], labels=("ORG",)) if x.start == lead[0][0]]
    x = named[0] if named else (_resolve_anaphor(st, key, lead[0][0]) if key.startswith("ال") and key in st.lex.anaphors else None)
    if x is None or _key(prev[0][2]).endswith("ها") != (gender == "f"):
        return None
    return _Subject((x.start, x.end), None, "anaphor", 0.65, "ORG")


def _inside_words(st: _State, m: MentionDraft, cue_start: int) -> bool:
    """The mention lies inside the marks that close right before the cue and hold more than it
    (the words the cue gives: «"أيمن سيرحل يوماً ما"، يقول»), not a name in marks of its own
    («شركة «فاست رايد»»)."""
    p = st.quote_around(m.start)
    return (
        p is not None and p.close < cue_start and not st.text[p.close + 1 : cue_start].strip(" \t،,")
        and _words(st.text, p.open + 1, p.close) > _words(st.text, m.start, m.end) + 1
    )


def _answer_after_question(st: _State, sent: int, s0: int, cue_start: int, gender: str | None) -> _Subject | None:
    """«وبحسب الهيئة القومية …، فإن …» then the writer's question «وهل تتحمل الشركات المسؤولية؟» and
    «تقول: «…»»: a cue opening the answer to the interviewer's question is the last person who spoke
    with that gender, not a body cited since (a body does not answer an interview)."""
    if sent == 0 or gender not in ("m", "f") or st.text[s0:cue_start].strip():
        return None
    ps, pe = st.sentences[sent - 1]
    last = st.text[ps:pe].rstrip()
    if not last.endswith(("؟", "?")) or st.inside_quote(pe - 1) or any(h.sentence == sent - 1 for h in st.history):
        return None
    if st.mentions_in(ps, pe, labels=("PERSON",)):
        return None  # («سُئل الوزير منير بن سالم: لماذا …؟» then «فأجاب:»: the one asked answers)
    skipped = False
    for h in reversed(st.history):
        if sent - h.sentence > 10:
            return None
        if h.speaker is None or not _compatible(h.gender, gender):
            continue
        if st.mentions_in(h.speaker[0], h.speaker[1], labels=("PERSON",)):
            return _Subject(h.speaker, h.role, "carry", 0.7, "PERSON") if skipped else None
        skipped = True
    return None


def _carry(
    st: _State,
    cue_start: int,
    gender: str | None,
    same_sentence_first: bool = True,
    same_sentence_only: bool = False,
) -> _Subject:
    """A cue with no subject: the previous speaker of the same gender and number, else the one
    person (or, for a feminine verb, organisation) named in the previous sentence."""
    if gender == "passive":
        return _Subject(status="unnamed", confidence=0.6)
    sent = st.sentence_of(cue_start)
    s0 = st.sentences[sent][0] if st.sentences else 0
    # 0a. «كما أن علماء عرباً … مرّوا على هذا المسجد …، مشيراً إلى أن»: a sentence opening with
    #     «كما أن» goes on with the report of the sentence before (the noun after أن is the subject of
    #     its clause, no speaker); a subjectless cue in it is the last speaker's
    lead2 = [_fold(t[2]) for t in _tokens(st.text, s0, cue_start)[:2]]
    if (
        len(lead2) == 2
        and lead2[0] in _ALSO
        and lead2[1] in (_fold("أن"), _fold("ان"))
        and st.history
        and st.history[-1].sentence == sent - 1
        and st.history[-1].speaker is not None
        and _compatible(st.history[-1].gender, gender)
    ):
        h = st.history[-1]
        return _Subject(h.speaker, h.role, "carry", 0.65)
    again = _same_verb_again(st, sent, s0, cue_start)
    if again is not None:
        return again
    family = _family_issued(st, s0, cue_start, gender)
    if family is not None:
        return family
    answer = _answer_after_question(st, sent, s0, cue_start, gender)
    if answer is not None:
        return answer
    body = _body_before_but(st, s0, cue_start, gender)
    if body is not None:
        return body
    # 0b. the one the paper met, earlier in the sentence
    met = _interviewed(st, s0, cue_start)
    if met is not None and gender in ("m", "f", None) and st.genders.get(norm_key(met.text), gender) == gender:
        return _Subject((met.start, met.end), met.role, "carry", 0.7, "PERSON")
    # 0c. «سُئل أستاذ الاقتصاد … محمد جمال الشعيبي: «…؟»، فأجاب: «…»»: the answer is the one
    #     asked, the subject of the passive «سُئل» earlier in the sentence
    asked = _asked_person(st, s0, cue_start)
    if asked is not None and gender in ("m", "f", None):
        return _Subject((asked.start, asked.end), asked.role, "carry", 0.75, "PERSON")
    # 0d. «وسألتها "الشروق" عمّا إذا كانت …، فأوضحت أن …»: the one asked, the object pronoun of
    #     the question that opens the sentence, answers; the paper that asked does not
    lead = _tokens(st.text, s0, cue_start)[:1]
    if lead and not _ASKED_HER_RE.fullmatch(_fold(lead[0][2])) and st.text[cue_start : cue_start + 1] == "ف":
        # «التقيناها في أحد فنادق المدينة …، وسألناها عن سبب …، فأجابت:»: the question after a
        # comma of the sentence that brings the paper to her
        ltoks = _tokens(st.text, s0, cue_start)
        lead = next(([t] for p, t in zip(ltoks, ltoks[1:]) if p[2] in "،," and _ASKED_HER_RE.fullmatch(_fold(t[2]))), lead)
    asked_at, asked_sent = s0, sent
    if not lead and sent > 0 and st.text[cue_start : cue_start + 1] == "ف":
        # «وسألتها الصحيفة: هل …؟» then «فأجابت: …»: the question is the sentence before
        cw = _tokens(st.text, cue_start, cue_start + 12)[:1]
        if cw and _fold(cw[0][2])[1:] in _ANSWERED:
            asked_at, asked_sent = st.sentences[sent - 1][0], sent - 1
            qtoks = _tokens(st.text, asked_at, st.sentences[sent - 1][1])
            lead = qtoks[:1]
            if lead and not _ASKED_HER_RE.fullmatch(_fold(lead[0][2])):
                # («"البيان" التقتها في موقع المشروع، وسألتها: كيف …؟» then «فأجابت:»: the question
                # after the comma of the sentence that brings the paper to her)
                lead = next(([t] for p, t in zip(qtoks, qtoks[1:]) if p[2] in "،," and _ASKED_HER_RE.fullmatch(_fold(t[2]))), lead)
    if (
        lead
        and _ASKED_HER_RE.fullmatch(_fold(lead[0][2]))
        and st.text[cue_start : cue_start + 1] == "ف"
        and gender in ("m", "f")
    ):
        met_here = [
            x for x in st.mentions_in(asked_at, lead[0][0], labels=("PERSON",))
            if asked_sent < sent and not _governed(st, x) and st.genders.get(norm_key(x.text), gender) == gender
            # (not a calling the entities stage read as a family name: «التقى الجرّاح الذي قاد الفريق»)
            and (len(x.text.split()) > 1 or not (_is_title(st.lex, x.text) or _bare(_noal(_key(x.text))) in _MEDICAL_TITLES))
        ]
        if len({norm_key(x.text) for x in met_here}) == 1:
            # «موقع "هسبريس" التقى الجرّاح …، الدكتور يوسف الإدريسي، …، وسأله: …؟» then «فأجاب:»: the
            # one person the question's own sentence named before the question
            x = met_here[-1]
            return _Subject((x.start, x.end), x.role, "carry", 0.7, "PERSON")
        if asked_sent > 0 and not any(h.sentence >= asked_sent - 1 for h in st.history if h.pos < asked_at):
            # «وفي حوار مع « الاتحاد » ، يشرح الدكتور ناصر السعيدي … رؤيته» then «سألناه : …؟» and
            # «فاجاب :»: the one person the sentence before the question brings in, who has not spoken
            # yet, is the one asked (not the one who spoke before him)
            lo = st.sentences[asked_sent - 1][0]
            persons = [
                x for x in st.mentions_in(lo, asked_at, labels=("PERSON",))
                if not _governed(st, x) and st.genders.get(norm_key(x.text), gender) == gender
            ]
            if len(persons) == 1 and not any(
                norm_key(text_of(st, h.speaker)) == norm_key(persons[0].text) for h in st.history if h.speaker is not None
            ):
                x = persons[0]
                return _Subject((x.start, x.end), x.role, "carry", 0.7, "PERSON")
        for h in reversed(st.history):
            if h.sentence < asked_sent and h.gender == gender:
                # (the last one of that gender who spoke, unnamed too: «ويؤكد صاحب أحد المحلات، الذي
                # فضّل عدم ذكر اسمه، أن …» then «وسألناه: …؟ فأجاب: …»)
                return _Subject(h.speaker, h.role, "carry", 0.75)
        # no one quoted yet: the person the sentence before introduced («يستعد الناشر … عبد الرحيم
        # الوزاني …» then «سألته هسبريس …، فأجاب:»)
        if not st.history and asked_sent > 0:
            lo = st.sentences[max(0, asked_sent - 2)][0] if st.sentences else 0
            persons = [
                x for x in st.mentions_in(lo, asked_at, labels=("PERSON",))
                if not _governed(st, x)
                # (not the interviewer's byline: «رام الله - حوار : سمر الدجاني - يلعب النائب …»)
                and x.start >= _after_dateline(st.text, st.sentence_start(x.start), st.sentence_end(x.start))
            ]
            if persons:
                x = persons[0]
                return _Subject((x.start, x.end), x.role, "carry", 0.65, "PERSON")
    # 0e. «وسألت "وام" المرزوقي عن خطط التوسع، فقال إن …»: the question opens the sentence, the one
    #     asked (the person after the asker) answers with the ف-cue; the asker does not
    if lead and _fold(lead[0][2]).lstrip("و") in _ASKS and st.text[cue_start : cue_start + 1] == "ف" and gender in ("m", "f"):
        persons = [x for x in st.mentions_in(lead[0][1], cue_start, labels=("PERSON",)) if st.genders.get(norm_key(x.text), gender) == gender]
        if persons and persons[0].start > lead[0][1] + 1:
            x = persons[0]
            return _Subject((x.start, x.end), x.role, "carry", 0.7, "PERSON")
    # 0f. «وختم البنا الحلقة …، ثم سأل ضيفته عن كتابها الجديد، فأجابت بأنها …»: the host asks his
    #     guest; the guest answers, the last one of the cue's gender who spoke and is not the host
    if st.text[cue_start : cue_start + 1] == "ف" and gender in ("m", "f") and st.history:
        toks = _tokens(st.text, s0, cue_start)
        for n in range(len(toks) - 1):
            if _fold(toks[n][2]).removeprefix("و") not in _ASKS:
                continue
            obj = next((t for t in toks[n + 1 : n + 4] if _fold(t[2]) in _GUESTS), None)
            if obj is None:
                continue
            hosts = {norm_key(x.text) for x in st.mentions_in(s0, obj[0], labels=("PERSON",))}
            for h in reversed(st.history):
                if h.speaker is None or h.gender != gender:
                    continue
                if not any(k.endswith(norm_key(text_of(st, h.speaker))) or norm_key(text_of(st, h.speaker)).endswith(k) for k in hosts):
                    return _Subject(h.speaker, h.role, "carry", 0.7)
            break
    # 1. a speaker earlier in the same sentence
    # (not a cue inside words another reported in it: «وأضاف الساعدي أن أحد الموقوفين اعترف … بأنه
    # …، مبيناً أن»: the one who confessed, unnamed, is in his report)
    reported = [q.content for q in st.quotes if st.sentence_of(q.cue[0]) == sent]
    for h in reversed(st.history):
        if h.sentence == sent and h.speaker is None and any(a < h.pos < b for a, b in reported):
            continue
        if h.sentence == sent and h.pos < cue_start and (
            _compatible(h.gender, gender)
            # («ونقلت صحيفة "القبس" عن مسؤول … أن …، متوقعاً أن»: «نقلت» agrees with the paper)
            or _key(st.text[h.pos : h.pos + 8].split()[0]).lstrip("وف").startswith(_TRANSMITTED)
            # «وقال المزارعان X وY إن …، مؤكدين أن …»: a plural goes on with joint speakers
            or (gender == "p" and h.speaker is not None and _is_joint(st, h.speaker))
        ):
            return _Subject(h.speaker, h.role, "carry", 0.8)
        if h.sentence < sent:
            break
    # 2. a speech given earlier in the sentence: «وقد بدأت بكلمة لسعادة السيد X رئيس مجلس
    #    الإدارة حيث أكد فيها أن …»: the speech's author speaks
    author = _speech_author(st, s0, cue_start)
    if author is not None and gender in ("m", "f", None):
        return _Subject((author.start, author.end), author.role, "carry", 0.7, "PERSON")
    # 2b. a cue inside a relative clause: «… العقاد الذي كان متحمساً للشعر … بل رأى أن …»
    rel = _relative_antecedent(st, s0, cue_start, gender)
    if rel is not None:
        return _Subject((rel.start, rel.end), rel.role, "carry", 0.7, rel.label)
    # 2c. «وسيضم المتحف تمثالا للرحّالة المغربي ابن بطوطة …، وأضاف في تقديرنا أن»: «أضاف» goes
    #     on with the one who spoke last, not a name in the clause before it
    cw = _tokens(st.text, cue_start, cue_start + 12)[:1]
    if cw and _fold(cw[0][2]) in _ADDED and st.history:
        h = st.history[-1]
        if (
            h.speaker is not None
            and 0 < sent - h.sentence <= 1
            and gender in ("m", "f")
            and h.gender == gender
            and not any(
                x.label == "PERSON" and not _governed(st, x) and not _after_title_object(st, x)
                for x in st.mentions_in(s0, cue_start)
            )
        ):
            return _Subject(h.speaker, h.role, "carry", 0.7)
    # 2d. «وأعلنت المديرية خطة …، غير أن الدالاتي يبدو متشككاً، ويقول: «…»»: a later clause opened
    #     by «but» has its own subject, a person named right after it, and the cue after «، و» goes
    #     on with it
    if same_sentence_first and gender in ("m", "f") and st.text[cue_start : cue_start + 1] == "و":
        back = st.text[max(s0, cue_start - 3) : cue_start].rstrip()
        if back.endswith(("،", ",")):
            toks = _tokens(st.text, s0, cue_start)
            for n in range(len(toks) - 2, 0, -1):
                k = _key(toks[n][2])
                if k in _CONTRAST_OPENERS and toks[n - 1][2] in "،,":
                    after = toks[n + 1 :]
                    if k in _BUT_THAT_KEYS:  # («غير أن»، «إلا أن»، «بيد أن»: the opener's أن before the subject)
                        after = after[1:] if after and _key(after[0][2]) in _PRIOR_CONJ else []
                    people = st.mentions_in(after[0][0], cue_start, labels=("PERSON",)) if after else []
                    if (
                        len(people) == 1 and people[0].start == after[0][0]
                        and st.genders.get(norm_key(people[0].text), gender) == gender
                        and not any(x.label == "ORG" for x in st.mentions_in(after[0][0], cue_start))
                    ):
                        x = people[0]
                        return _Subject((x.start, x.end), x.role, "carry", 0.7, "PERSON")
                    break
    # 3. the subject of the sentence's main clause, before the cue
    if same_sentence_first:
        s0 = _after_dateline(st.text, s0, cue_start)
        # «وكان كين قد رحل … وصرح فيرجسون لصحيفة … قائلا "…"»: the subject of the reporting verb
        # nearest before the participle
        hits = [
            h
            for h in _scan(st.text, st.lex.verb_words, s0, cue_start)
            # (not the preposition: «ونفى رئيس الاتحاد … وجود أي تمييز … بين القرى، مؤكداً أن»)
            if st.lex.verb_words.get(_fold(h.group("v"))) not in st.lex.impersonal and not _between(st, h)
        ]
        if hits and same_sentence_only:
            h = hits[-1]
            after = [
                x
                for x in st.mentions_in(h.end(), cue_start, labels=("PERSON",))
                if not _governed(st, x) and (
                    _words(st.text, h.end(), x.start) == 0
                    # «ودعت عضو اللجنة زينب الموسوي إلى …، محذّرةً من أن»: the verb's subject, a title
                    # and its holder, goes on in the participle after the clause
                    or _titled_subject(st, h.end(), x.start)
                    # «وقاطع النائب عن كتلة الأحرار، سمير تواتي، الوزير قائلاً:»: the holder set off
                    or _titled_subject(st, h.end(), _set_off_at(st.text, h.end(), x.start))
                )
            ]
            tail = st.text[after[0].end : cue_start] if after else ""
            cut = _set_off_at(st.text, h.end(), after[0].start) if after else 0
            set_off = bool(after) and cut < after[0].start
            if set_off and tail.lstrip()[:1] in ("،", ","):
                tail = tail.lstrip()[1:]  # (the comma that closes the name set off)
            titled = bool(after) and (_titled_subject(st, h.end(), after[0].start) or set_off and _titled_subject(st, h.end(), cut))
            if after and (not re.search("[،,]", tail) or (
                titled
                and len(re.findall("[،,]", tail)) == 1 and tail.rstrip().endswith(("،", ","))
                and not any(not _between(st, v) for v in _scan(st.text, st.lex.verb_words, after[0].end, cue_start))
            )):
                x = after[0]
                role = _role_text(st, h.end(), x.start) if titled else None
                return _Subject((x.start, x.end), role or x.role, "carry", 0.7, "PERSON")
            nxt = _tokens(st.text, h.end(), cue_start)[:1]
            if (
                not after
                and nxt
                and _key(nxt[0][2]).startswith("ال")
                and _is_title(st.lex, nxt[0][2])
                and not st.mentions_in(nxt[0][0], nxt[0][1])
                and gender in ("m", "f")
                # (not a noun that names back a body of that name: «ودعت الأكاديمية الزوار إلى …،
                # مشيرة إلى أن» after «أكاديمية الشارقة …», read below)
                and not (
                    _key(nxt[0][2]) in st.lex.anaphors
                    and _head_noun_org(st, _noal(_bare(_key(nxt[0][2]))), cue_start, sentences=6, turns=True) is not None
                )
            ):
                # «ودعا الوزير الأئمة إلى …، محذراً من أن …»: the verb's subject is a title
                # standing for the one named with it before («أعرب الوزير الضيف عن شكره …»: the
                # guest the host received)
                nxt2 = _tokens(st.text, h.end(), cue_start)[1:2]
                held = next(iter(st.mentions_in(nxt[0][1], cue_start, labels=("PERSON",))), None)
                if (
                    held is not None and st.text[nxt[0][1] : held.start].strip()[:1] in ("،", ",")
                    and _words(st.text, nxt[0][1], held.start) <= 3 and st.text[held.end : cue_start].strip()[:1] in ("،", ",")
                ):
                    # «فقاطعه القاضي، المستشار نادر حلمي، قائلاً إن»: the title, then its holder set off
                    return _Subject((held.start, held.end), nxt[0][2], "named", 0.75, "PERSON")
                if nxt2 and _key(nxt2[0][2]) in _THE_GUEST and (guest := _received_guest(st, cue_start, gender)) is not None:
                    return _Subject((guest.start, guest.end), guest.role, "carry", 0.7, "PERSON")
                w = _noal(_key(nxt[0][2]))
                if nxt2 and _key(nxt2[0][2]).startswith("ال") and _nationality(_key(nxt2[0][2])):
                    # «وختم المدرب البرازيلي حديثه قائلاً»: the title and its nationality
                    ref = _title_coref(st, w, gender, cue_start, 2, (w, _noal(_key(nxt2[0][2]))))
                    if ref is None or ref.speaker is None:
                        # («أعرب الرئيس الغاني …، مؤكداً» after «الرئيس … رئيس جمهورية غانا»: the
                        # country named, not its adjective)
                        ref = _title_coref(st, w, gender, cue_start, 1, (w,))
                else:
                    ref = _title_coref(st, w, gender, cue_start, 1, (w,))
                if ref is not None and ref.speaker is not None:
                    return ref
        heard = _heard_subject(st, s0, cue_start, gender) or _as_for_relative(st, s0, cue_start, gender)
        if heard is not None:
            return heard
        opened = _opened_speech(st, s0, cue_start)
        if opened is not None:
            return _Subject((opened.start, opened.end), opened.role, "carry", 0.7, "PERSON")
        v0 = _after_dateline(st.text, s0, cue_start)
        conn = _CONNECTOR_RE.match(st.text, v0, cue_start)
        lead2v = _tokens(st.text, conn.end() if conn is not None else v0, cue_start)
        if _his_side(lead2v) and lead2v[2][2] in "،,":
            lead2v = lead2v[3:]  # «من جهتها، شددت الهيئة على …»
        elif lead2v and _fold(lead2v[0][2]).removeprefix("و") in _FRONTED_ADJUNCTS and (
            c := next((n for n, t in enumerate(lead2v[:9]) if t[2] in "،,"), None)
        ) is not None:
            lead2v = lead2v[c + 1 :]  # «وفي اتصال هاتفي مع "الشروق"، رفض الجمال …، لكنه قال:»
        neg = 1 if lead2v and _fold(lead2v[0][2]).removeprefix("و") in _NEGATORS else 0
        if (
            len(lead2v) > neg + 1
            and gender in ("m", "f")
            and _verb_like(st, _key(lead2v[neg][2]).removeprefix("و"))
            and not st.mentions_in(lead2v[neg][0], lead2v[neg + 1][1])
            # (not the first word of a tagged name: «وأعربت عبد الحميد عن أملها»)
            and not any(x.start == lead2v[neg + 1][0] for x in st.mentions_in(lead2v[neg + 1][0], cue_start, labels=_ALL_LABELS))
            and _known_surname(st, lead2v[neg + 1], cue_start)
            and st.genders.get(_key(lead2v[neg + 1][2]), gender) == gender
        ):
            # «ولم يحدد سريع طبيعة الأهداف، لكنه أشار إلى أن» after «يحيى سريع»: the opening verb's
            # subject is the family name alone of one named in full before (left untagged: a word too)
            t = lead2v[neg + 1]
            return _proposed_person(st, (t[0], t[1]), t[0], role=None)
        if (
            len(lead2v) >= 3 and gender in ("m", "f")
            and _verb_like(st, _key(lead2v[0][2]).removeprefix("و"))
            and not _key(lead2v[1][2]).startswith("ال") and _is_title(st.lex, lead2v[1][2])
            and _key(lead2v[2][2]).startswith("ال")
            and not st.mentions_in(lead2v[0][0], cue_start, labels=("PERSON",))
        ):
            # «وهنّأ محافظ المنيا الأقباط بالعيد، …، ثم قال في كلمة مقتضبة:»: the opening verb's
            # subject, a title in construct, stands for the one named with it before
            w, c = _noal(_key(lead2v[1][2])), _noal(_key(lead2v[2][2]))
            ref = _title_coref(st, w, gender, cue_start, 2, (w, c))
            # (one whose role gives another title is someone else: «وعاد مدير المستشفى ليقول» is not
            # «أستاذ طب الطوارئ … علاء فهمي», who spoke last)
            if ref is not None and ref.speaker is not None and (
                _bare(w) in _bare(norm_key(ref.role or "")) or {w, _bare(w)} & set(_first_title(st, ref.speaker))
            ):
                return ref
        lead2v = lead2v[:2]
        verb = _fold(lead2v[0][2]).removeprefix("و") if lead2v else ""
        if (
            len(lead2v) == 2
            and gender in ("m", "f")
            and verb not in _AS_FOR  # («أما الرئيس البرازيلي … فدعا …، مؤكداً أن»: the topic of أما)
            and _key(lead2v[1][2]).startswith("ال")
            and not st.mentions_in(lead2v[0][0], lead2v[1][1])
            # (a feminine verb: past in ت, or future in ست: «ستفتتح الشركة مكتباً …، على حد تعبيره» is no body's speech)
            and (verb.endswith("ت") or verb.startswith("ست")) == (gender == "f")
        ):
            # (a title first: «ودعا المحافظ المزارعين إلى …، وأوضح أن» is «بندر الشهراني، محافظ الهيئة
            # العامة للأمن الغذائي», not the body his title names)
            # «وأبقت الوكالة على نظرتها السلبية …، محذّرةً من أن»: the body the verb's definite
            # subject names back (وكالة ستاندرد آند بورز, named before)
            if (
                _is_title(st.lex, lead2v[1][2])
                and _key(lead2v[1][2]) not in st.lex.anaphors
                and not st.mentions_in(lead2v[1][1], cue_start, labels=("PERSON",))
            ):
                # «وتعهد الوزير بمراجعة الرسوم، مؤكداً أن»: whatever the opening verb, its subject is
                # a title standing for the one named with that title before (no one named since in
                # the sentence: «نفى المدير التنفيذي للشركة، راجيش مينون، …، وقال إن» is his)
                w = _noal(_key(lead2v[1][2]))
                # (with its adjective: «وكان الأمين العام قد أعلن …، وأكد أن» is «الأمين العام لدار
                # الإفتاء», not «أمين الفتوى»)
                adj = _tokens(st.text, lead2v[1][1], cue_start)[:1]
                adj = _key(adj[0][2]) if adj and _key(adj[0][2]) in _GENERAL_OF_TITLE else None
                ref = _title_coref(st, w, gender, cue_start, 2, (w, _noal(adj))) if adj else _title_coref(st, w, gender, cue_start, 1, (w,))
                # (the title before the name's first mention counts too: «وعاد الوزير ليؤكد» after
                # «أعلن وزير النقل واللوجستيك عبد الحق الزموري»)
                if ref is not None and ref.speaker is not None and (
                    ref.role and _bare(w) in _bare(norm_key(ref.role)) and (not adj or _noal(_bare(adj)) in _bare(norm_key(ref.role)))
                    or not adj and {w, _bare(w)} & set(_first_title(st, ref.speaker))
                ):
                    return ref
                if not adj:
                    # «ويعود الفنان ليشدد على أن» six sentences after «التقت "الشروق" الفنان عمرو
                    # سليمان»: the one speaker of the article first named after that title
                    h = _sole_speaker(st, gender, lambda h: _titled_before_any(st, h.speaker, w, cue_start))
                    if h is not None:
                        return _Subject(h.speaker, h.role, "coref", 0.6)
            x = _head_noun_org(st, _noal(_bare(_key(lead2v[1][2]))), cue_start, sentences=6, turns=True)
            if x is None and (far := _head_noun_org(st, _noal(_bare(_key(lead2v[1][2]))), cue_start, sentences=12, turns=True)) is not None and any(
                h.speaker is not None and norm_key(text_of(st, h.speaker)) == norm_key(far.text) for h in st.history
            ):
                # «وعادت النيابة لتؤكد في بيانها أنها» eight sentences after «وقالت نيابة الجمهورية لدى
                # محكمة وهران، في بيان …، إن»: the body of that noun that spoke, further back
                x = far
            if x is None and _key(lead2v[1][2]) in st.lex.anaphors:
                # «وحمّلت الشركة مسؤولية الحادث لمقاولة …، مؤكدةً أن» after «وأوضحت «اتصالات
                # الجزائر»»: the body of that kind named before, not by the noun
                x = _resolve_anaphor(st, _key(lead2v[1][2]), lead2v[1][0])
            if x is not None:
                return _Subject((x.start, x.end), None, "carry", 0.65, "ORG")
        if (
            len(lead2v) == 2 and gender in ("m", "f")
            and _verb_like(st, _key(lead2v[0][2]).removeprefix("و"))
            and not _key(lead2v[1][2]).startswith("ال") and _is_title(st.lex, lead2v[1][2])
            and len(ps := st.mentions_in(lead2v[1][0], cue_start, labels=("PERSON",))) == 1
            and st.genders.get(norm_key(ps[0].text), gender) == gender
        ):
            # «من جهته، حمّل رئيس شعبة الخضراوات … في القاهرة حاتم السروجي جزءاً من المسؤولية
            # للوسطاء، وقال إن»: whatever the opening verb, a title in construct and its holder right
            # after it are its subject, and the cue after the clause goes on with him
            gap = _tokens(st.text, lead2v[1][0], ps[0].start)
            if len(gap) <= 10 and all(_WORD_RE.fullmatch(t[2]) for t in gap) and not any(True for _ in _scan(st.text, st.lex.verb_words, lead2v[1][0], ps[0].start)):
                return _Subject((ps[0].start, ps[0].end), _role_text(st, lead2v[1][0], ps[0].start) or ps[0].role, "carry", 0.7, "PERSON")
        for t in _tokens(st.text, s0, cue_start)[:12]:
            holder = _addressed_holder(st, t[2], cue_start)
            if holder is not None:
                # «اكد جلالته مجددا شجبه …، مبينا ان …»
                return _Subject((holder.start, holder.end), holder.role, "carry", 0.7, "PERSON")
        # (not one named inside the marks: «"أيمن سيرحل يوماً ما"، يقول بصوت خافت»)
        before = [m for m in st.mentions_in(s0, cue_start) if not _governed(st, m) and not _inside_words(st, m, cue_start)]
        # (not the one who asked: «وعندما سألته منصور عن …، ردّ:» is the answer of the one asked)
        before = [m for m in before if not ((pw := _tokens(st.text, max(s0, m.start - 12), m.start)[-1:]) and _asked_them(pw[0][2]))]
        latter = _the_latter(st, s0, cue_start, gender, before)
        if latter is not None:
            return latter
        head = st.text[s0:cue_start]
        lead0 = _tokens(st.text, s0, cue_start)[:1]
        far = False
        if lead0 and _key(lead0[0][2]).removeprefix("و") in _ADJUNCT_OPENERS | {"عقب", "اثر", "وسط"}:
            # «وفي رده على انتقادات نتنياهو، دافع لابيد …»: the opening adjunct names no subject
            comma = re.search("[،,]", head)
            titled = next((
                x for x in before if x.label == "PERSON" and comma is not None and x.end == _trim(st.text, s0, s0 + comma.start())[1]
                and (tb := _tokens(st.text, s0, x.start)[-1:]) and _is_title(st.lex, tb[0][2])
            ), None)
            far = comma is not None and titled is None and (
                _subject_before_far_comma(st, s0, s0 + comma.start(), before) or _scene_subject_at_comma(st, s0, s0 + comma.start(), before)
            )
            if far:
                # «وفي قاعة مجلس التأديب رفض المستشار مكي الدفاع عن نفسه ، وأعلن أنه»: the verb's
                # named subject, not a body in the opening adjunct
                first_person = next(x for x in before if x.label == "PERSON" and x.start < s0 + comma.start())
                before = [x for x in before if x.start >= first_person.start]
                if gender in ("m", "f") and st.genders.get(norm_key(first_person.text), gender) == gender and any(
                    x.label == "PERSON" and x.start > first_person.start for x in before
                ):
                    # «على سرير … تجلس رحاب ( 30 عاما ) الى جانب ابنها علي …، وتقول»: the clause's
                    # subject, of the cue's gender, though another is named after it
                    return _Subject((first_person.start, first_person.end), first_person.role, "carry", 0.65, "PERSON")
            if comma is not None and titled is None and not far:
                # (not a comma after a title and its holder: «وإلى جانبها يعمل الممرض آدم إسحاق، الذي
                # فقد شقيقين في الحرب، ويقول بهدوء:»)
                before = [x for x in before if x.start > s0 + comma.start()]
        # a country as the subject of a verb-first clause: «…، شنت كوريا الشمالية هجوماً … قائلة إنها»
        c0 = s0
        if lead0 and _key(lead0[0][2]).removeprefix("و") in _ADJUNCT_OPENERS | {"عقب", "اثر", "وسط"}:
            comma = re.search("[،,]", head)
            c0 = s0 + comma.end() if comma is not None else cue_start
        country = [
            x
            for x in st.mentions_in(c0, cue_start, labels=("LOC",))
            if not _governed(st, x) and _words(st.text, c0, x.start) == 1
        ]
        verb0 = _tokens(st.text, c0, country[0].start)[:1] if country else []
        if (
            gender == "f"
            and country
            and not any(x.start < country[0].start for x in before)
            and (
                not re.search("[،,]", st.text[country[0].end : cue_start])
                # «رفضت إيران، الثلاثاء، المهلة التي حددها مجلس الأمن …، مؤكدةً أن»: a feminine
                # past verb opens the clause with the country as its subject; the participle agrees
                or bool(verb0)
                and _key(verb0[0][2]).endswith("ت")
                and len(_key(verb0[0][2])) >= 4
                and not any(
                    x.label == "PERSON" or x.label == "LOC" and not _governed(st, x)
                    for x in st.mentions_in(country[0].end, cue_start)
                )
            )
        ):
            x = country[0]
            return _Subject((x.start, x.end), None, "carry", 0.65, "LOC")

        # «واعترف بالاسيوس بفوز كالديرون ، ولكن فيلار مير يقاتل …، رغم انه يقول انه»: a clause
        # opened by «ولكن» and a name since the main clause; that name is the subject nearest the cue
        for t in reversed(_tokens(st.text, s0, cue_start)):
            if _fold(t[2]) in _BUT_BARE:
                x = next(
                    (
                        x
                        for x in st.mentions_in(t[1], cue_start, labels=("PERSON",))
                        if _words(st.text, t[1], x.start) == 0
                    ),
                    None,
                )
                if (
                    x is not None
                    and before
                    and before[0].start < t[0]
                    and gender in ("m", "f", None)
                ):
                    return _Subject((x.start, x.end), x.role, "carry", 0.65, "PERSON")
                break
        if before and before[0].label == "ORG" and gender == "f" and _group_calling_itself(st, s0, before[0]):
            # «وتبنّت مجموعة تطلق على نفسها اسم "ظل الصحراء" الهجوم …، وكتبت:»: the group the
            # opening verb's subject names speaks
            m = before[0]
            return _Subject((m.start, m.end), None, "carry", 0.65, "ORG")
        if before and before[0].label == "LOC" and gender in ("m", "f", None):
            # «ونفى وزير الصحة في ولاية النيل الأبيض، عمر الخليفة، هذه الاتهامات، وكتب:»: the
            # title's place, then its holder set off by commas
            lead = _tokens(st.text, s0, before[0].start)
            k = _lead_title(st, lead, before[0].end)
            held = _holder_set_off(st, lead[k][0], before[0].end, cue_start) if k is not None else None
            if held is not None:
                return _Subject(held.speaker, held.role, "carry", 0.7, "PERSON")
        if before:
            m = before[0]
            if m.label == "ORG":
                named = [
                    x
                    for x in before[1:3]
                    if x.label == "PERSON" and (
                        _words(st.text, m.end, x.start) <= 1
                        # «ورحّب رئيس جمعية صناعيي البلاستيك في إسطنبول، أردا يلماز، بالقرار»: the
                        # body's seat, then the holder set off by a comma
                        or _SEAT_RE.fullmatch(st.text, m.end, x.start) is not None
                        # «غير أن رئيس لجنة الشؤون الخارجية في مجلس النواب الأمريكي توم لانتوس أبدى
                        # تشككه، وقال إن»: the body's own body or place between, then the holder
                        or any(
                            _words(st.text, m.end, y.start) <= 1 and _words(st.text, y.end, x.start) == 0
                            for y in st.mentions_in(m.end, x.start, labels=("ORG", "LOC"))
                        )
                        # «غير أن عضو اللجنة المالية النيابية، النائبة زينب الموسوي، التي …»: the
                        # holder set off by commas, her own title before her name
                        or _set_off_titled(st, m.end, x)
                    )
                ][:1]
                lead = _tokens(st.text, s0, m.start)
                if named and _lead_title(st, lead, m.end) is not None:
                    # «وكان الامين العام لحزب الله السيد حسن نصرالله دعا … بقوله ان …»: the
                    # title's holder is named right after the body, and he is the subject
                    m = named[0]
                    # (or set off by commas after a short title: «غير أن عضو اللجنة المالية النيابية،
                    # النائبة زينب الموسوي، التي شاركت …، اعترضت …، وقالت:»)
                    if (_words(st.text, s0, m.start) > 8 or _set_off_titled(st, before[0].end, m)) and gender in ("m", "f", None) and st.genders.get(norm_key(m.text), gender) in (gender, None):
                        # (a long title, the holder named after the body's own body: «غير أن رئيس
                        # لجنة الشؤون الخارجية في مجلس النواب الأمريكي توم لانتوس أبدى تشككه، وقال»)
                        return _Subject((m.start, m.end), m.role, "carry", 0.65, "PERSON")
            # (words only: not the mark before a body named in marks, «لكن الشركة المشغلة للمنصة،
            # «نيل سيستمز»، حمّلت …، وقالت إن»)
            words_before = len(_WORD_RE.findall(st.text, s0, m.start))
            if s0 < c0 <= m.start and not any(
                _is_title(st.lex, t[2]) or _key(t[2]) in ("باسم", "عن")
                for t in _tokens(st.text, c0, m.start)
            ):
                # «في المقابل، انتقدت منظمة «برو أزول» …، واعتبرت أن»: the opening adjunct up to
                # its comma is not counted (but «من جانبه، نفى المتحدث باسم الوزارة …» is still
                # the spokesman's, not the body's)
                words_before = len(_WORD_RE.findall(st.text, c0, m.start))
            ok = (m.label == "PERSON" and gender in ("m", "f", None)) or (
                m.label == "ORG" and gender in ("f", "m", None)
            )
            if gender == "p" and m.label == "PERSON" and _coordinated(st, m, before):
                # «وكان مبارك وعبد الله قد التقيا … وأعلنا أن»: the first of those named
                ok = True
            persons_before = [x for x in before if x.label == "PERSON"]
            lead_ok = words_before <= 4 and (
                "،" in head[m.end - s0 :] or m.label == "PERSON" or words_before <= 2
            )
            # verb-first: «وأشاد مدير الاتحاد للمصارعة مصطفى عبد الله بفوز عبد الفتاح … وقال إنه …»
            vso = (
                m.label == "PERSON"
                # (further on after an opener and a long title with its rank: «من جهته ادان الناطق باسم
                # القوات المتعددة الجنسيات الميجر جنرال وليام كالدويل الهجوم ، وقال»)
                and (words_before <= 8 or far and words_before <= 12)
                and (
                    len({norm_key(x.text) for x in persons_before}) == 1
                    or _fold(head.split()[0])[:1] in "وف"
                )
            )
            if ok and (lead_ok or vso) and m.label == "ORG":
                # «وشن الأمين العام لحزب الله هجوماً …، وقال إن»: the title's holder speaks
                lead = _tokens(st.text, s0, m.start)
                k = _lead_title(st, lead, m.end)
                held = _holder_set_off(st, lead[k][0], m.end, cue_start) if k is not None else None
                if held is not None:
                    # «دعت ممثلة منظمة الصحة العالمية في لبنان، الدكتورة أمل الحسيني، إلى …، وقالت
                    # إن»: the title's holder, set off by commas after the body
                    return _Subject(held.speaker, held.role, "carry", 0.7, "PERSON")
                if k is not None:
                    words = tuple(_noal(_key(t[2])) for t in lead[k:])
                    # (with the body's own words: «أعرب رئيس البنك الدولي عن …، ومؤكداً أن» is
                    # «أجاي بانجا رئيس مجموعة البنك الدولي», not «الرئيس عبد الفتاح السيسي»)
                    body = tuple(_noal(_unlam(_key(w))) for w in m.text.split()[:2])
                    ref = _title_coref(
                        st, words[0], gender, cue_start, len(words) + 1, words + body
                    )
                    if ref is not None and ref.speaker is not None:
                        return ref
                    role = _role_text(st, lead[k][0], m.end)
                    if role is not None and (_bare(_key(lead[k][2])) in _BODY_AGENTS or _bare(_key(lead[k][2])) in _SENT_BY_BODY):
                        # «وكان ممثل النيابة العامة قد التمس …، معتبراً أن»: the body's
                        # representative, a person named nowhere, not the body
                        return _Subject(None, role, "unnamed", 0.6)
            if ok and (lead_ok or vso) and not _in_question_on(st, s0, m, cue_start):
                return _Subject((m.start, m.end), m.role, "carry", 0.7, m.label)
        # the clause the cue belongs to: «…، بينما أدان سفير طالبان … سالم زعيف الهجمات قائلاً …»
        bounds = [s0] + [
            t[1]
            for t in _tokens(st.text, s0, cue_start)
            if t[2] in "،," or _key(t[2]) in st.lex.clause_joiners
        ]
        for c0 in reversed(bounds[1:]):
            persons = [
                x
                for x in st.mentions_in(c0, cue_start, labels=("PERSON",))
                if not _addressee(st, x)
            ]
            if (
                persons
                and (
                    _words(st.text, c0, persons[0].start) <= 8
                    or _verb_role_before(st, c0, persons[0])
                )
                and gender in ("m", "f", None)
            ):
                if len({norm_key(x.text) for x in persons}) == 1:
                    x = persons[0]
                    return _Subject((x.start, x.end), x.role, "carry", 0.65, "PERSON")
                break
        # «وقد سجل صاحب السمو رئيس الدولة … كلمة … قال فيها "…"»: the sentence opens with a
        # verb whose subject is a role with no name; the one the article named with that role
        # speaks
        if not before and gender in ("m", "f", None):
            holder = _verb_role_subject(st, s0, cue_start)
            if holder is not None:
                return _Subject((holder.start, holder.end), holder.role, "carry", 0.65, "PERSON")
        # an unnamed source is the sentence's subject: «نقل ذلك مصدر دبلوماسي … عن …، وقال إن»
        lead = _tokens(st.text, s0, cue_start)[:4]
        comma = re.search("[،,]", head)
        if lead and _key(lead[0][2]).removeprefix("و") in _ADJUNCT_OPENERS and comma is not None:
            # «وعن سؤال حول عدد المرضى، تجيب: …»، «وحين سألناه عن تقارير …، ابتسم وقال:»: the
            # opening adjunct or time clause names no source
            lead = _tokens(st.text, s0 + comma.end(), cue_start)[:4]
        if (
            lead
            and _key(lead[0][2]) not in _PREPOSITIONS
            # (not the words of a quote of several sentences before the cue: «“… كل بيت هنا يعرف
            # طعمها”، يضيف وهو يقلّب القطع»)
            and not st.inside_quote(lead[0][0])
            and any(
                (
                    not _key(t[2]).startswith("ال")
                    and _bare(_key(t[2])) in st.lex.generic
                    and _bare(_key(t[2])) not in st.lex.statement_nouns
                )
                # «كما يعرب النص عن …، ويشير إلى أن»: the text quoted is the subject
                or (_key(t[2]).startswith("ال") and _bare(_key(t[2])) in st.lex.statement_nouns)
                for t in lead[1:]
            )
        ):
            return _Subject(status="unnamed", confidence=0.6)
    if same_sentence_only:
        lead = _tokens(st.text, s0, cue_start)
        outside = _outside_asides(lead)
        kept = {t[0] for t in outside}

        def in_aside(x: MentionDraft) -> bool:
            starts = [t[0] for t in lead if x.start <= t[0] < x.end]
            return bool(starts) and not any(a in kept for a in starts)

        subjectless = (len(lead) == 1 and _fold(lead[0][2])[:1] in "وف") or (
            # «كما سبق أن استغنى عن …، مشيراً إلى أن …»: a clause with no one named in it
            lead
            and (_key(lead[0][2]) in st.lex.connectives or _fold(lead[0][2])[:1] in "وف")
            and not _key(lead[0][2]).lstrip("وف").startswith("ال")
            and not any(
                not _governed(st, x) and not in_aside(x)
                for x in st.mentions_in(s0, cue_start, labels=("PERSON", "ORG", "LOC"))
            )
            and not any(
                _bare(_key(t[2])) in st.lex.generic or _is_title(st.lex, t[2])
                for t in outside
            )
        )
        if not subjectless:
            return _Subject(status="unnamed", confidence=0.5)
        # «وهدد قائلاً: …»: a participle right after a subjectless verb carries like the verb
    if same_sentence_first and gender in ("m", "f"):
        headed = _head_of_body_subject(st, s0, cue_start, gender)
        if headed is not None:
            return headed
    # 4. the previous speaker of the same gender, within three sentences (further back the
    #    speaker is left unknown), unless a sentence since then opened with another person as its
    #    subject («وكان السفير X قد أعرب …»)
    # (not the one who asked him or her in this sentence: «وحين سأله العتيبي عن أمنيته، قال إنه»)
    # (the question in marks may have ended the sentence: «وعندما سألها سعد: "…؟"، ضحكت رهف وأجابت:»)
    a0 = st.sentences[sent - 1][0] if sent > 0 and st.sentences and "؟" in st.text[max(0, s0 - 4) : s0] else s0
    askers = {
        norm_key(x.text).split()[-1]
        for t in _tokens(st.text, a0, cue_start) if _asked_them(t[2])
        for x in st.mentions_in(t[1], cue_start, labels=("PERSON",))[:1] if _words(st.text, t[1], x.start) == 0
    }
    for h in reversed(st.history):
        if h.pos >= cue_start:
            continue
        if _sentence_gap(st, h.sentence, sent) > 3:
            break
        if askers and h.speaker is not None and norm_key(text_of(st, h.speaker)).split()[-1] in askers:
            continue
        if h.speaker is None and any(
            q.cue[0] != h.pos and min(q.cue[0], q.content[0]) < h.pos < max(q.cue[1], q.content[1]) for q in st.quotes
        ):
            # a cue inside another's quote, its subject or its report, that named no one: «فتقول إنها لم
            # تتوقع أن ترى ابنتها …»، «تقول فاطمة …، وهي مهندسة تتابع المشروع، إن …» then «وتضيف:»
            continue
        if gender == "p" and h.speaker is not None and _is_joint(st, h.speaker):
            # «وقال المحاميان X وY إن …» then «وأضافا أنهما …»: the dual goes on with both
            return _Subject(h.speaker, h.role, "carry", 0.7)
        person = (
            sent - h.sentence <= 2
            and h.speaker is not None
            and bool(st.mentions_in(h.speaker[0], h.speaker[1], labels=("PERSON",)))
        )
        if _compatible(h.gender, gender) and (
            h.gender is not None or gender in ("f", None) or person
        ):
            if gender in ("m", "f") and _unnamed_reporter_since(st, h.sentence + 1, sent, gender):
                # «ونفى متحدث باسم مجلس الوزراء وجود نية …» then «كما نفى أن …»: an unnamed
                # speaker reported since (no quote of his: a verb and its noun) goes on speaking
                return _Subject(status="unnamed", confidence=0.6)
            if gender in ("m", "f"):
                newer = _subject_person(st, h.sentence + 1, sent)
                other = newer is not None and (
                    h.speaker is None
                    or norm_key(newer.text) != norm_key(text_of(st, h.speaker))
                )
                if other and st.genders.get(norm_key(newer.text), gender) == gender and norm_key(newer.text).split()[-1] not in askers:
                    return _Subject(
                        (newer.start, newer.end), newer.role, "carry", 0.6, "PERSON"
                    )
                body = _subject_body(st, h.sentence + 1, sent) if gender == "f" and newer is None else None
                if body is not None and (h.speaker is None or norm_key(body.text) != norm_key(text_of(st, h.speaker))):
                    # «أعلنت كتائب عز الدين القسام … مسؤوليتها عن …» then «وقالت في بيان إن»: the
                    # body that was the subject of a feminine verb since goes on speaking
                    return _Subject((body.start, body.end), None, "carry", 0.6, "ORG")
            return _Subject(h.speaker, h.role, "carry", 0.75)
    if askers and gender in ("m", "f"):
        # the one asked: the last other person of the pronoun's gender who spoke, however far back
        for h in reversed(st.history):
            if (
                h.pos < cue_start and h.speaker is not None and h.gender == gender
                and st.mentions_in(h.speaker[0], h.speaker[1], labels=("PERSON",))
                and norm_key(text_of(st, h.speaker)).split()[-1] not in askers
            ):
                return _Subject(h.speaker, h.role, "carry", 0.6)
    # 5. the one person named in the previous sentence (or the one before, when the previous
    #    names no one: «… اتخذها شومسكي …». «لكن صموده قوي.» «يقول: …»)
    if sent > 0 and gender in ("m", "f"):
        ps, pe = st.sentences[sent - 1]
        ms = [m for m in st.mentions_in(ps, pe) if not _addressee(st, m)]
        if not ms and sent > 1 and _words(st.text, ps, pe) <= 8:
            ps = st.sentences[sent - 2][0]
            ms = [m for m in st.mentions_in(ps, pe) if not _addressee(st, m)]
        persons = [
            m
            for m in ms
            if m.label == "PERSON"
            and st.genders.get(norm_key(m.text), gender) == gender
            and _title_gender(st, m) in (None, gender)
            and norm_key(m.text).split()[-1] not in askers
        ]
        names = {norm_key(m.text) for m in persons}
        if len(names) == 1:
            m = persons[0]
            return _Subject((m.start, m.end), m.role, "carry", 0.65, "PERSON")
        marked = [m for m in persons if gender == "f" and _title_gender(st, m) == "f"]
        if len(names) > 1 and len({norm_key(m.text) for m in marked}) == 1:
            # several people, one of them a woman by her title: «التقى الرئيس السوري أحمد الشرع …
            # وفداً برئاسة السيناتورة جين شاهين …» «وقالت …»: the feminine verb is hers
            m = marked[0]
            return _Subject((m.start, m.end), m.role, "carry", 0.6, "PERSON")
        if persons:
            # several people: the subject of a verb-first sentence (بحث الوزير X مع نظيره Y)
            m = persons[0]
            lead = _tokens(st.text, ps, m.start)
            cut = [n for n, t in enumerate(lead) if t[2] in "،,"]
            adjunct = len(cut) == 1 and _key(lead[0][2]).removeprefix("و") in _PREPOSITIONS
            if adjunct:
                # «وأمام مكتب تموين حي العطارين، وقف كريم فوزي …»: the adjunct before the comma
                # opens the sentence; the one word after it, a verb, leads
                ps, lead = lead[cut[0] + 1][0], lead[cut[0] + 1 :]
            if len(lead) <= 5 and not any(
                _key(t[2]) in ("مع", "ب", "ل", "الي", "عن", "من") or t[2] in "،,"
                for t in lead
            ):
                first_key = _key(lead[0][2]) if lead else ""
                if first_key and (
                    first_key in st.lex.verbs
                    or first_key[1:] in st.lex.verbs
                    or _any_verb(st, ps)
                    # (the one word after the adjunct's comma, و kept: «وقف» is no و + «قف»)
                    or adjunct and len(lead) == 1 and _verb_like(st, first_key)
                ):
                    return _Subject((m.start, m.end), m.role, "carry", 0.6, "PERSON")
        if not persons and gender == "f":
            orgs = [m for m in ms if m.label == "ORG"]
            if len({norm_key(m.text) for m in orgs}) == 1:
                m = orgs[0]
                return _Subject((m.start, m.end), None, "carry", 0.6, "ORG")
    # 6. an interview: «* في البداية سألته حول …» then «فقال: - …»: the one interviewed answers,
    #    the person the article last opened a sentence with
    if sent > 0 and gender in ("m", "f", None):
        ps, pe = st.sentences[sent - 1]
        if _INTERVIEW_RE.search(st.text[ps:pe]) or _INTERVIEW_RE.search(
            st.text[s0:cue_start]
        ):
            m = _interview_opener(st, max(0, sent - 10), sent) or _subject_person(
                st, max(0, sent - 10), sent
            )
            if m is not None and (gender is None or st.genders.get(norm_key(m.text), gender) == gender):
                return _Subject((m.start, m.end), m.role, "carry", 0.55, "PERSON")
    return _Subject(status="unnamed", confidence=0.5)


def _interview_opener(st: _State, first: int, last: int) -> MentionDraft | None:
    """«في حوار خاص مع «عكاظ»، تحدث لاعب نادي الاتحاد عبدالرحمن العبود عن …»: the latest
    sentence in [first, last) that opens with an interview given to an outlet, and the person who
    speaks in it (named within eight words after the comma)."""
    for si in range(last - 1, first - 1, -1):
        if si < 0 or si >= len(st.sentences):
            continue
        ps, pe = st.sentences[si]
        lead = _tokens(st.text, ps, min(pe, ps + 80))[:3]
        if len(lead) < 2 or _key(lead[0][2]) not in ("في", "وفي") or _fold(lead[1][2]) not in _MEETINGS:
            continue
        comma = next((t for t in _tokens(st.text, ps, pe)[:12] if t[2] in "،,"), None)
        if comma is None:
            continue
        for m in st.mentions_in(comma[1], pe, labels=("PERSON",)):
            if _words(st.text, comma[1], m.start) <= 8 and not _addressee(st, m) and not _governed(st, m):
                return m
            break
    return None


_PAREN_DATELINE_RE = re.compile(r"\s*\S+(?:\s+\S+){0,2}?\s*\(\s*(?P<credit>[^()\n]{1,20}?)\s*\)")
_DATELINE_DASH_RE = re.compile(r"\s*[-–—ـ]+\s*")
# the writer's name after a dateline's colon, closed by a dash: «رام الله - حوار : سمر الدجاني -»
_BYLINE_RE = re.compile(r"\s*(?:\S+\s+){1,3}?[-–—ـ]+\s")
_DASHED_DATELINE_RE = re.compile(
    r"\s*[^\s\-–—ـ.،,:«»\"()]+(?:\s+[^\s\-–—ـ.،,:«»\"()]+){0,2}\s+[-–—ـ]+\s+"
    r"(?:«\s*)?[^\s\-–—ـ.،,:«»\"()]+(?:\s+[^\s\-–—ـ.،,:«»\"()]+){0,3}(?:\s*»)?\s+[-–—ـ]+\s+"
)
_AGENCY_WORDS = frozenset(
    norm_key(w) for w in ("رويترز", "الفرنسية", "وام", "واس", "قنا", "سانا", "بترا", "كونا", "أ.ف.ب", "يو", "ا.ف.ب", "د.ب.أ")
)


def _after_dateline(text: str, s0: int, pos: int) -> int:
    """Where the story starts after a dateline opening the sentence («سول ـ نيويورك ـ وكالات
    الأنباء : …»، «غزة ـ من أشرف أبو الهول : …»): its places and credit name no subject."""
    par = _PAREN_DATELINE_RE.match(text, s0, pos)
    if par is not None:
        credit = par.group("credit").split()
        if all(len(w) <= 2 for w in credit) or norm_key(credit[0]) in _AGENCY_WORDS:
            # «بيروت ( اف ب ) حذر رئيس كتلة … سعد الحريري …»: a place and its agency credit
            return par.end()
        dash = _DATELINE_DASH_RE.match(text, par.end(), pos)
        if dash is not None and len(credit) <= 3:
            # «عمّان (الأناضول) - طالبت نقابة …»: any credit in brackets closed by a dash
            return dash.end()
    colon = _find_colon(text, s0, pos)
    head = text[s0:colon].split() if colon != -1 else []
    if 2 <= len(head) <= 10 and any(_DASH_RE.fullmatch(w) for w in head):
        byline = _BYLINE_RE.match(text[colon + 1 : pos])
        if byline is not None and not any(w in "،,.:" for w in byline.group().split()[:-1]):
            # «رام الله - حوار : سمر الدجاني - يلعب …»: the writer's name after the colon, closed
            # by a dash, is no part of the story
            return colon + 1 + byline.end()
        return colon + 1
    dashes = _DASHED_DATELINE_RE.match(text, s0, pos)
    if dashes is not None:
        # «اربيل - « الشرق الاوسط » - جدد …»، «طوكيو - رويترز - قالت …»: a place and its credit
        # between dashes
        return dashes.end()
    return s0


# An interviewer's question: «سألته»، «وسألناها»، a line opening with «*» or «س:».
_INTERVIEW_RE = re.compile(
    r"سأل(?:ته|تها|ناه|ناها)|(?:^|\n)\s*(?:\*|•|[سج]\s*[:/\-])"
)


_RELATIVES = {norm_key(w): g for w, g in (("الذي", "m"), ("التي", "f"), ("الذين", "p"), ("اللذين", "p"), ("اللذان", "p"), ("اللتان", "p"), ("اللتين", "p"), ("اللواتي", "p"), ("اللاتي", "p"), ("اللائي", "p"))}


# the prepositions of what one is named or rewarded for: «عن مشروعه»، «على روايتها»، «في فيلمه»
_ABOUT_HIS_WORK = frozenset(norm_key(w) for w in ("عن", "على", "في", "حول"))


def _definite_description(toks: list) -> bool:
    """One to three definite words, what the person named after them is: «الغواص المخضرم»."""
    return 1 <= len(toks) <= 3 and all(_key(t[2]).startswith("ال") and len(_key(t[2])) > 3 for t in toks)


def _relative_antecedent(
    st: _State, s0: int, cue_start: int, gender: str | None
) -> MentionDraft | None:
    """The person or organisation a relative clause holding the cue describes: the last mention
    before the cue, followed at once by الذي/التي, with no comma or second relative between."""
    if st.text[cue_start : cue_start + 1] in "وف":
        return None  # «… باستن الذي استبعده … وقال إنه»: و joins the main clause again
    ms = st.mentions_in(s0, cue_start)
    if not ms:
        return None
    m = ms[-1]
    toks = _tokens(st.text, m.end, cue_start)
    back = _tokens(st.text, s0, cue_start)[-1:]
    wk = _key(back[0][2]) if back else ""
    if wk[:1] == "و" and wk[1:] in _RELATIVES and _compatible(_RELATIVES[wk[1:]], gender):
        # «… غسان بن جدو الصحفي العربي النشط ومراسل قناة الجزيرة … في طهران والذي يضيف أن»:
        # the relative with و goes on describing the person the apposition is about, however
        # many nouns of his titles stand between
        persons = [x for x in ms if x.label == "PERSON" and not _addressee(st, x)]
        if persons:
            x = persons[-1]
            gap = _tokens(st.text, x.end, back[0][0])
            if len(gap) <= 20 and not any(
                t[2] in "،,;؛:()" or _key(t[2]).removeprefix("و") in _RELATIVES
                or any(True for _ in _scan(st.text, st.lex.verb_words, t[0], t[1]))
                for t in gap
            ):
                return x
    if wk in _RELATIVES and _compatible(_RELATIVES[wk], gender):
        # «المخرج الشاب يزن العبادي عن مشروعه الوثائقي "الرجل الذي يعدّ الغيوم"، الذي قال إن»: what
        # the person is named for (a preposition, his work and its title) stands between him and
        # the relative; the one who said it is the person
        persons = [x for x in ms if x.label == "PERSON" and not _addressee(st, x)]
        if persons:
            x = persons[-1]
            gap = [t for t in _tokens(st.text, x.end, back[0][0]) if not st.inside_quote(t[0]) and t[2] not in '«»"“”']
            if (
                2 <= len(gap) <= 8
                and _key(gap[0][2]) in _ABOUT_HIS_WORK
                and _fold(gap[1][2]).endswith(("ه", "ها"))
                and all(
                    t[2] not in ";؛:()" and _key(t[2]) not in _RELATIVES
                    and not any(True for _ in _scan(st.text, st.lex.verb_words, t[0], t[1]))
                    for t in gap
                )
            ):
                return x
    if toks and toks[0][2] == "(":
        close = next((n for n, t in enumerate(toks[:8]) if t[2] == ")"), None)
        if close is not None:
            toks = toks[close + 1 :]  # «… ماركو بيلّيني (Marco Bellini) الذي أوضح أن»: past the gloss
    elif toks and toks[0][2] == ")" and m.label == "ORG":
        toks = toks[1:]  # «… "موانئ دبي العالمية" (DP World)، التي أعلنت»: the gloss itself is the last mention
    if len(toks) >= 2 and toks[0][2] in "،," and _key(toks[1][2]) in _RELATIVES:
        toks = toks[1:]  # «… وزير الخارجية التركي هاكان فيدان، الذي شدد بدوره على أن»
    if not toks or _key(toks[0][2]) not in _RELATIVES:
        return None
    if not _compatible(_RELATIVES[_key(toks[0][2])], gender):
        return None
    if any(t[2] in "،,;؛:()" or _key(t[2]) in _RELATIVES for t in toks[1:]):
        return None
    if len(toks) > 16:
        return None
    return m


def _coordinated(st: _State, m: MentionDraft, ms: list[MentionDraft]) -> bool:
    """True when ``m`` is one of two speakers joined by و: «مبارك وعبد الله»، «المسؤول
    الإيراني وسولانا»."""
    if _fold(m.text)[:1] == "و" or st.text[m.start - 1 : m.start] == "و":
        return True
    for x in ms:
        if x.start > m.end and st.text[m.end : x.start].strip() in ("", "و") and (
            _fold(x.text)[:1] == "و" or st.text[m.end : x.start].strip() == "و"
        ):
            return True
    return False


def _any_verb(st: _State, pos: int) -> bool:
    """True when the sentence at ``pos`` opens with a past-tense verb (و/ف allowed): a cheap test
    that the first person named is its subject. Arabic verbs of the VSO lead are not listed, so
    this accepts a first word that is neither a title, a noun with ال nor a preposition."""
    toks = _tokens(st.text, pos, min(len(st.text), pos + 40))
    if not toks:
        return False
    k = _key(toks[0][2])
    return _verb_like(st, k[1:] if k.startswith(("و", "ف")) else k)


def _verb_like(st: _State, k: str) -> bool:
    """A word key that may be a verb: neither a title, a noun with ال nor a stop word."""
    return not k.startswith("ال") and not _is_title(st.lex, k) and k not in st.lex.stops and len(k) >= 3


def _verb_role_before(st: _State, c0: int, m: MentionDraft) -> bool:
    """The person is the subject of a verb-first clause further into the clause than the usual
    eight words: a verb, then the person's title, then the name («… اسس جمهورية الريف ، جمهورية
    عصرية بدستورها و برلمان استبعدت وزيرة الخارجية الأميركية كوندوليزا رايس أي …، وقالت إن»,
    a story the corpus glues to the sentence before)."""
    toks = _tokens(st.text, c0, m.start)
    for i in range(len(toks) - 1, max(0, len(toks) - 5), -1):
        if _is_title(st.lex, toks[i][2]) and _role_text(st, toks[i][0], m.start) is not None:
            return i >= 1 and _any_verb(st, toks[i - 1][0]) and toks[i - 1][2] not in "،,.:؛;"
    return False


_LEAD_AUX = frozenset(norm_key(w) for w in ("قد", "وقد", "فقد", "كان", "وكان", "كانت", "وكانت"))
_HIS_SIDE = frozenset(_fold(w) for w in ("جهته", "جهتها", "جانبه", "جانبها"))
_HIS_TURN = frozenset(_fold(w) for w in ("بدوره", "بدورها"))


def _his_side(toks: list[tuple[int, int, str]]) -> int:
    """«من جهته/جانبها …» opening a clause, the speaker's turn: 2 (its tokens), else 0."""
    return 2 if len(toks) > 2 and _fold(toks[0][2]) == "من" and _fold(toks[1][2]) in _HIS_SIDE else 0


def _verb_role_subject(st: _State, s0: int, cue_start: int) -> MentionDraft | None:
    """A sentence opening with a verb, then a role of two words or more (after forms of address:
    «صاحب السمو رئيس الدولة»): the person named with that role within the last sentences."""
    toks = _tokens(st.text, s0, cue_start)
    i = 0
    # «من جهته رفض السفير الأميركي بمجلس الأمن …»: the speaker's turn, before the verb
    if _his_side(toks):
        i = 2
    elif toks and _fold(toks[0][2]).removeprefix("و") in _HIS_TURN:
        i = 1
    while i < len(toks) and _key(toks[i][2]) in _LEAD_AUX:
        i += 1
    if i >= len(toks) - 2 or not _any_verb(st, toks[i][0]) or _is_title(st.lex, toks[i][2]):
        return None
    i += 1
    polite = {_noal(_bare(h)) for h in st.lex.honorifics | _COURTESY} | {"صاحب"}
    while (
        i < len(toks)
        and _noal(_bare(_key(toks[i][2]))) in polite
        and not _is_title(st.lex, toks[i][2])
    ):
        i += 1
    if i >= len(toks) or not _is_title(st.lex, toks[i][2]):
        return None
    j = i
    while (
        j < len(toks)
        and j - i < 4
        and _WORD_RE.fullmatch(toks[j][2])
        and _key(toks[j][2]) not in st.lex.stops
        and _key(toks[j][2]) not in st.lex.adverbs
    ):
        j += 1
    want = _role_words([t[2] for t in toks[i:j]])
    # «رفض السفير … اقتراح أنان»: a name after the role in its own clause is its object
    return _role_holder(st, want, cue_start, skip_from=s0) if len(want) >= 2 else None


def text_of(st: _State, span: tuple[int, int]) -> str:
    return st.text[span[0] : span[1]]


def _unnamed_reporter_since(st: _State, first: int, last: int, gender: str) -> bool:
    """A sentence in [first, last) that opens with a reporting verb of that gender and an unnamed
    subject right after it: «ونفى متحدث باسم مجلس الوزراء …»، «وقالت مصادر …»."""
    for si in range(first, last):
        if si < 0 or si >= len(st.sentences):
            continue
        ps, pe = st.sentences[si]
        toks = _tokens(st.text, _after_dateline(st.text, ps, pe), pe)[:2]
        if len(toks) < 2 or st.mentions_in(toks[1][0], toks[1][1]):
            continue
        w = _fold(toks[0][2])
        vkey = st.lex.verb_words.get(w) or (st.lex.verb_words.get(w[1:]) if w[:1] in "وف" else None)
        if vkey is None or vkey in st.lex.impersonal or st.lex.verbs.get(vkey, (vkey, None))[1] != gender:
            continue
        if _key(toks[1][2]) in _UNNAMED_SOURCES or _key(toks[1][2]) in _SPOKESPERSONS:
            return True
    return False


_SPOKESPERSONS = frozenset(norm_key(w) for w in ("متحدث", "متحدثة", "ناطق", "ناطقة", "مسؤولة"))


def _named_before_as_other(st: _State, m: MentionDraft, before: int) -> bool:
    """Whether the article named the person of ``m`` before ``before`` with a title that is no
    spokesman's («رئيس الوزراء الإسرائيلي إيهود أولمرت» before «المتحدث باسم رئيس الوزراء أولمرت»)."""
    want = set(norm_key(m.text).split())
    for x in st.mentions_in(0, before, labels=("PERSON",)):
        if want & set(norm_key(x.text).split()):
            lead = _tokens(st.text, max(0, x.start - 60), x.start)[-4:]
            if not any(_noal(_bare(_key(t[2]))) in _SPOKESMEN for t in lead):
                return True
    return False


def _first_mentions_back(st: _State, first: int, last: int, label: str):
    """Each sentence in [first, last), the latest first, that holds a mention of ``label``: the
    sentence's start and its first such mention."""
    for si in range(min(last, len(st.sentences)) - 1, max(first, 0) - 1, -1):
        ps, pe = st.sentences[si]
        ms = st.mentions_in(ps, pe, labels=(label,))
        if ms:
            yield ps, ms[0]


# what opens a scene's adjunct: a preposition, or an adverb of place («وسط المسيرة، كانت …»)
_SCENE_OPENERS = _PREPOSITIONS | frozenset(norm_key(w) for w in ("وسط", "داخل", "خارج", "قرب", "بجوار", "فوق", "تحت"))


def _subject_person(st: _State, first: int, last: int) -> MentionDraft | None:
    """The latest sentence in [first, last) that opens with a person as its subject (within its
    first five words, not after a preposition), and that person."""
    for ps, m in _first_mentions_back(st, first, last, "PERSON"):
        lead = _tokens(st.text, ps, m.start)
        if lead and _asked_them(lead[-1][2]):
            continue  # «وفي ختام الحلقة، سألها سعد: "…؟"، فأجابت»: the one who asked is not the one who goes on
        comma = next((n for n, t in enumerate(lead) if t[2] in "،,"), None)
        if comma is not None and len(lead) - comma - 1 == 1 and (
            _key(lead[0][2]) in _SCENE_OPENERS or _key(lead[0][2]).removeprefix("و") in _SCENE_OPENERS
        ):
            # «وفي غرفة المتابعة، كانت عائشة الشامسي (58 عاماً) تستعد …»: after an adjunct set off by
            # a comma, the verb and the person
            lead = lead[comma + 1 :]
        elif (
            comma is not None and _key(lead[0][2]).removeprefix("و") in _PREPOSITIONS and len(lead) - comma - 1 == 2
            and (_key(lead[comma + 1][2]) in _KANA or _verb_like(st, _key(lead[comma + 1][2]).lstrip("وف")))
            # (or what he is, by a definite word: «في مقهى شعبي …، يتابع المتقاعد محمد الظاهري …»)
            and (_is_title(st.lex, lead[comma + 2][2]) or _key(lead[comma + 2][2]).startswith("ال"))
        ):
            # «وفي أزقة سيدي بوسعيد البيضاء والزرقاء، كان التاجر منصف الشابي يرتب …»: after an
            # adjunct set off by a comma, the verb, the title and the person
            return m
        elif comma is not None and comma <= 4 and _key(lead[0][2]).removeprefix("و") in _PREPOSITIONS:
            rest = lead[comma + 1 :]
            # (the holder's honorific after the comma too: «في المقابل، حمّل المدير التنفيذي لشركة
            # "الواحة للمقاولات"، المهندس طارق المسماري، الجهاز مسؤولية التأخير»)
            honorific = len(rest) >= 4 and rest[-2][2] in "،," and _is_title(st.lex, rest[-1][2])
            if (
                3 <= len(rest) <= 10 and (rest[-1][2] in "،," or honorific) and _is_title(st.lex, rest[1][2])
                and not any(t[2] in "،,(" for t in rest[: -2 if honorific else -1]) and _verb_like(st, _key(rest[0][2]).lstrip("وف"))
            ):
                # «وفي ملف التموين، طمأن وزير التجارة الداخلية، الطيب حمادوش، المواطنين»: after an
                # adjunct, the verb, a title and its holder set off by commas
                return m
            if len(rest) == 2 and _is_title(st.lex, rest[1][2]) and _verb_like(st, _key(rest[0][2]).lstrip("وف")):
                return m  # «في المقابل، حمّل المهندس طارق المسماري الجهاز مسؤولية التأخير»
        # (a preposition inside the title right after the verb is the title's: «ووصلت المبعوثة
        # الأممية الخاصة إلى منطقة البحيرات العظمى هيلين مارتنسن»)
        titled = len(lead) >= 2 and _is_title(st.lex, lead[1][2])
        clean = not any(
            _key(t[2]) in ("مع", "ب", "ل", "الي", "عن", "من") and not titled or t[2] in "،,("
            for t in lead
        )
        if (
            len(lead) <= 8
            and clean
            and st.text[m.start - 1 : m.start] not in ("ل", "ب")
            and (not lead or _key(lead[0][2]) not in ("في", "وفي"))
            # (not a sentence inside a quote: «: " لن نتراجع . سنواصل الطريق الذي بدأه عبد الستار … "»)
            and not any(q.content[0] <= ps and m.end <= q.content[1] for q in st.quotes)
        ):
            return m
    return None


def _quoted_body_named_before(st: _State, a: int, b: int, cue_start: int) -> MentionDraft | None:
    """The subject [a, b) a name in marks that an organisation named before (within six sentences)
    bears, with or without its designator («شركة "…"»), and that organisation's mention."""
    inner = st.text[a:b].strip()
    if len(inner) < 4 or inner[0] not in '"«“' or inner[-1] not in '"»”':
        return None
    want = match_key(inner[1:-1], "ORG")
    if not want:
        return None
    sent = st.sentence_of(cue_start)
    lo = st.sentences[max(0, sent - 6)][0] if st.sentences else 0
    for x in reversed(st.mentions_in(lo, a, labels=("ORG",))):
        if match_key(x.text, "ORG") == want:
            return x
    return None


def _subject_body(st: _State, first: int, last: int) -> MentionDraft | None:
    """The latest sentence in [first, last) that opens (after an adjunct set off by a comma: «وفي
    غزة،») with a feminine past verb and an organisation right after it, and that organisation."""
    for ps, m in _first_mentions_back(st, first, last, "ORG"):
        lead = _tokens(st.text, ps, m.start)
        comma = next((n for n, t in enumerate(lead) if t[2] in "،,"), None)
        if comma is not None and lead and _key(lead[0][2]).removeprefix("و") in _PREPOSITIONS:
            lead = lead[comma + 1 :]
        if len(lead) == 1 and _WORD_RE.fullmatch(lead[0][2]) and dediac(lead[0][2]).endswith("ت") and len(lead[0][2]) >= 4:
            return m
    return None


# A body whose name may follow in parentheses: «لمجموعة ( في تي جي )»، «شركة ( أرامكو )».
_BODY_NOUNS = frozenset(
    _fold(w) for w in ("مجموعة", "شركة", "مؤسسة", "بنك", "مصرف", "مجلة", "صحيفة", "جريدة", "منظمة", "جمعية", "هيئة")
)


def _named_body(word: str) -> bool:
    k = _fold(word)
    for p in ("لل", "وال", "ال", "ول", "وب", "ل", "ب", "و", ""):
        if k.startswith(p) and k[len(p):] in _BODY_NOUNS:
            return True
    return False


# Agency credits in parentheses that close a report: «( الفرنسية )»، «( رويترز - أرشيف )».
_CREDITS = frozenset(norm_key(w) for w in ("الفرنسية", "رويترز", "أرشيف", "ارشيف", "الأوروبية", "الجزيرة"))
# «…، من دون إعطاء تفاصيل»: the writer describing the speech act, not its content.
_WITHOUT = frozenset(_fold(w) for w in ("دون", "بدون"))
_WITHOUT_WHAT = frozenset(
    _fold(w) for w in ("إعطاء", "تقديم", "ذكر", "الكشف", "الإشارة", "توضيح", "تحديد", "الخوض", "تفاصيل", "الإفصاح")
)
_BARE_CLAUSE_VERBS = frozenset(_fold(w) for w in ("وصف", "اتهم", "انتقد", "ناشد", "تعهد"))
_ASKED_OF = frozenset(_fold(w) for w in ("وطلب", "وطلبت", "وطلبوا"))  # «، وطلب من …»


_ALL_LABELS = ("PERSON", "ORG", "LOC", "PRODUCT")
# «ولم يحدد …»، «ولا يرى …»: a negation before the verb that opens the sentence
_NEGATORS = frozenset(_fold(w) for w in ("لم", "لا", "لن", "ما"))
_BUT_HE = frozenset(_fold(w) for w in ("لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "ولكنهم"))
# «لكنه لم يوضح / يحدد / يذكر …»: the writer notes what the speaker left out
_NOT_SAY = frozenset(
    _fold(p + w)
    for w in ("وضح", "حدد", "كشف", "ذكر", "فصح", "عط", "قدم", "شر", "فصل", "سم")
    for p in ("ي", "ت")
)


def _without_saying(text: str, pos: int) -> bool:
    """«(من) دون أن يوضح / توضح / يحدد …» follows ``pos``: the writer notes what was left unsaid."""
    raw = text[pos : pos + 24].split()[:2]
    nxt = [_fold(x) for x in raw]
    # (not a passive, «من دون أن يُقدَّم أي منهم إلى المحاكمة»: what was not done to others, part of the words)
    return len(nxt) == 2 and nxt[0] in ("ان", "أن") and nxt[1] in _NOT_SAY and raw[1][1:2] != "\u064f"


def comma_or_min(text: str, a: int, pos: int) -> bool:
    """A comma ends the text before ``pos`` (allowing «، من دون»)."""
    back = text[max(a, pos - 8) : pos].strip()
    return back.endswith(("،", ",")) or back.endswith(("، من", ", من"))


# «وذلك بينما/في حين …», «غير أن» + a new subject (not «غير أنه», which goes on with the speaker)
# and «(و)في الوقت نفسه/ذاته» + a verb with a named subject
# «وذلك في مؤتمر صحفي»، «وذلك خلال لقائه …»: the writer names the occasion of the words
_OCCASION_PREPS = frozenset(_noal(_bare(norm_key(w))) for w in ("في", "خلال", "أثناء", "لدى", "عقب", "إثر"))
_OCCASIONS = frozenset(
    _noal(_bare(norm_key(w)))
    for w in (
        "مؤتمر", "لقاء", "لقائه", "لقائها", "مقابلة", "حديث", "حديثه", "حديثها", "كلمة", "كلمته",
        "كلمتها", "تصريح", "تصريحات", "تصريحاته", "اجتماع", "ندوة", "بيان", "خطاب", "خطابه",
        "مؤتمره", "مقابلته", "رسالة", "رسالته", "جلسة", "محاضرة", "اتصال",
    )
)
# «، وذلك غداة/عشية …» after a comma: the writer dates the words by the day before or after an
# event («…، وذلك غداة فشل اجتماع …»); «، وذلك إثر مسابقة …» may still be the speaker's (1844)
_WRITER_WHEN = frozenset(_noal(_bare(norm_key(w))) for w in ("غداة", "عشية"))
# «، وذلك قبل يومين من …»، «، وذلك بعد ساعات من …»: the writer dates the words by a span of time
_SPAN_PREPS = frozenset(_noal(_bare(norm_key(w))) for w in ("قبل", "بعد"))
_SPANS = frozenset(
    _noal(_bare(norm_key(w)))
    for w in (
        "يوم", "يومين", "أيام", "ساعة", "ساعتين", "ساعات", "أسبوع", "أسبوعين", "أسابيع",
        "شهر", "شهرين", "أشهر", "شهور", "دقائق", "ليلة", "أقل", "نحو", "أكثر",
    )
)
# «…، لكنه طالب بـ …»: after a comma, «لكنه» and a verb of the speaker's own act (not of saying)
# open the writer's next clause about the speaker
_BUT_ACTS = frozenset(
    _fold(w)
    for w in ("طالب", "طالبت", "طالبوا", "دعا", "دعت", "دعوا", "اشترط", "اشترطت", "حذر", "حذرت", "استبعد", "استبعدت")
)
# «أنه/أنها/أنهم» after «غير/إلا»: «…، غير أنه حذّر من أن …»
_THAT_HE = frozenset(norm_key(w) for w in ("أنه", "انه", "أنها", "انها", "أنهم", "انهم", "أنهما", "انهما"))
# «…، فيما طالب حزب … بـ …»، «…، بينما دعت المعارضة إلى …»: after a comma, another's act in the writer's voice
_WHILE = frozenset(_fold(w) for w in ("فيما", "بينما"))
_IN_WHEN = frozenset(_fold(w) for w in ("في", "وفي"))  # «في حين»: its first word
# «ودعوا الله أن يديم …»، «يدعو الله أن …»: a prayer addressed to God, not a report of speech
_PRAY_RE = re.compile(r"^[وف]?(?:دعا|دعت|دعوا|دعيا|يدعو|تدعو|يدعون|ندعو|ادعو)$")


def _prayer(text: str, a: int, b: int) -> bool:
    nxt = text[b : b + 12].split()
    return bool(nxt) and _fold(nxt[0]) in ("الله", "لله") and bool(_PRAY_RE.match(_fold(text[a:b])))


# «… وهو الادعاء/الاتهام الذي ينفيه X»: the writer notes who denies what was said
_CLAIM_NOUNS = frozenset(
    _fold(w) for w in ("الادعاء", "الاتهام", "الزعم", "الامر", "الكلام", "الاتهامات", "المزاعم", "الادعاءات")
)
_DENY = frozenset(
    _fold(p + w) for p in ("", "ي", "ت") for w in ("نفي", "نفا", "نكر", "رفض", "دحض")
) | frozenset(_fold(w) for w in ("نفا", "نفت", "أنكر", "أنكرت", "رفض", "رفضت", "ينفي", "تنفي"))


# «ألا» (أن + لا) written with its hamza, so not «إلا»/«الا» (except)
_ALLA_RE = re.compile(r"(?<!\S)ب?(?P<w>ألا)(?!\S)")
_BUT_OTHERS_RE = re.compile(r"(?<!\S)[وف]?(?:غير|[إا]لا)\s+[أا]ن(?!\S)")
_WRITER_TURN_RE = re.compile(
    r"(?<!\S)(?:(?P<joiner>وذلك\s+(?:بينما|في\s+حين)|غير\s+[أا]ن)|و?في\s+الوقت\s+(?:نفسه|ذاته))(?!\S)"
)


# «سبق أن» before a cue: the verb is a past report of its own subject, not "what confirms"
_PRIOR = frozenset(norm_key(w) for w in ("سبق", "وسبق", "فسبق"))
_PRIOR_CONJ = frozenset(norm_key(w) for w in ("أن", "ان"))


def _after_prior(text: str, pos: int) -> bool:
    """«سبق أن» stands right before ``pos``."""
    prev = text[max(0, pos - 24) : pos].split()
    return len(prev) > 1 and _key(prev[-1]) in _PRIOR_CONJ and _key(prev[-2]) in _PRIOR


_DAY_WORDS = frozenset(
    _fold(norm_key(w)) for w in ("أحد", "اثنين", "إثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أمس", "يوم")
)
# the plural relative pronouns: «السائقون الذين تحدثت إليهم رويترز»
_PLURAL_WHO = frozenset(norm_key(w) for w in ("الذين", "اللذين", "اللذان", "اللواتي", "اللاتي"))
# «بعد أن قالت مصادر … إن …»: what happened after someone said it is the writer's, the saying is
# a report all the same
_AFTER_IT = frozenset(norm_key(w) for w in ("بعد", "وبعد", "منذ"))
_SAID_LEMMAS = frozenset(norm_key(w) for w in ("قال", "أعلن", "أكد", "ذكر", "أفاد", "كشف", "صرح", "أوضح"))


def _after_it_said(lex, text: str, m: re.Match) -> bool:
    """«بعد أن» right before a verb of saying (past, no clitic): «… بعد أن قالت مصادر في تحالف
    أوبك+ لرويترز إن التحالف يدرس زيادة جديدة»."""
    prev = text[max(0, m.start() - 24) : m.start()].split()
    if not (
        not m.group("pre") and len(prev) > 1 and _key(prev[-1]) in _PRIOR_CONJ and _key(prev[-2]) in _AFTER_IT
        and lemma_of_match(lex, m) in _SAID_LEMMAS and not _fold(m.group("v")).startswith(("ي", "ت", "ن"))
    ):
        return False
    # its own conjunction within its clause: within twelve words, no comma before it («… بعد أن
    # أعلنت الحكومة عن خطة أمنية، وكان المتحدث … قد أعلن أن» is another verb's)
    for n, t in enumerate(_tokens(text, m.end(), min(len(text), m.end() + 160))):
        if t[2] in "،,.؛;:" or n > 12:
            return False
        if _key(t[2]) in ("ان", "أن", "بان", "بأن"):
            return True
    return False


# «…، قبل أن يضيف: …»: "and then he added", the next words of the one speaking
_BEFORE = norm_key("قبل")
_GOING_ON = frozenset(norm_key(w) for w in ("أضاف", "تابع", "استدرك", "ختم", "استطرد"))


# «قبل أن تقول: «…»»، «ابتسم الدكتور قبل أن يجيب:»: a verb of saying or answering, then the colon
_THEN_SAID = frozenset(norm_key(w) for w in ("قال", "أجاب", "رد", "علق"))


def _then_added(lex, text: str, m: re.Match) -> bool:
    """«قبل أن» before a verb of going on speaking (``_GOING_ON``) with no clitic, or before a verb of
    saying or answering whose words open after a colon a few words on («قبل أن تقول:»)."""
    prev = text[max(0, m.start() - 24) : m.start()].split()
    if m.group("pre") or len(prev) < 2 or _key(prev[-1]) not in _PRIOR_CONJ or _key(prev[-2]) != _BEFORE:
        return False
    lemma = lemma_of_match(lex, m)
    if lemma in _GOING_ON:
        return True
    if lemma not in _THEN_SAID:
        return False
    head = [t[2] for t in _tokens(text, m.end(), min(len(text), m.end() + 40))[:4]]
    return ":" in head and not any(t in "،,." for t in head[: head.index(":")])


_PRONOUN_GENDER = {_fold(w): g for ws, g in ((("وهو", "فهو"), "m"), (("وهي", "فهي"), "f")) for w in ws}
# (and «لما» "since": «ولما كان الوزير … لكنه يطالب بأن …، فإنه يراهن على …»)
_CONCESSIVE = frozenset(_fold(w) for w in ("الرغم", "بالرغم", "رغم", "لما"))
_FA_INNA = frozenset(_fold(w) for w in ("فإن", "فإنه", "فإنها", "فإنهم", "فان", "فانه", "فانها"))


# verbs of repeating that take «القول» as their object: «كرر/جدد/أعاد X القول إن»
_REPEATED = frozenset(
    _fold(p + w) for p in ("", "و") for w in ("كرر", "كررت", "جدد", "جددت", "أعاد", "أعادت")
)
# third-person past verbs of expressing after «كما», which take an object, never a clause: the
# writer's next sentence about the speaker («… كما عبر في ختام كلمته بالشكر …»)
_EXPRESSED = frozenset(
    _fold(w) for w in ("عبر", "عبرت", "أعرب", "أعربت", "أشاد", "أشادت", "رحب", "رحبت", "ثمن", "ثمنت")
)


# verbs of pledging take بأن as their own complement: «يتعهد فيها بأن يسلمه …»
_PLEDGE = frozenset(
    _key(w)
    for w in ("يتعهد", "تتعهد", "يتعهدون", "تعهد", "تعهدت", "تعهدوا", "يلتزم", "تلتزم", "التزم", "التزمت")
)
# «، ونعرف أن …»: the writer (we) knowing, seeing or noting, not the speaker's words
_WE_KNOW = frozenset(_fold(w) for w in ("ونعرف", "ونعلم", "ونلاحظ", "وندرك", "ونلمس"))


def _after_comma(text: str, a: int, b: int) -> str | None:
    """What follows the comma that opens text[a:b] (stripped), or None when no comma opens it."""
    rest = text[a:b].strip()
    return rest[1:] if rest[:1] in ("،", ",") else None


def _he_is_up_to(text: str, a: int, b: int) -> bool:
    """The text from ``a`` to ``b`` is a comma, «وهو/وهي» and a description with no other comma (up
    to 20 words): «، وهي موظفة حكومية رافقت والدها إلى تشيناي لإجراء عملية في القلب عام 2024»."""
    rest = _after_comma(text, a, b)
    if rest is None:
        return False
    words = rest.split()
    return 2 <= len(words) <= 20 and _key(words[0]) in _HE_IS and not any(ch in rest for ch in "،,«»\"“”")


def _comma_on_platform(text: str, a: int, b: int) -> bool:
    """The text from ``a`` to ``b`` is a comma, then «على» and a platform or post («على منصة «إكس»
    بعد زيارتها القرية»), up to 14 words with no other comma."""
    rest = _after_comma(text, a, b)
    if rest is None:
        return False
    words = [w for w in rest.split() if w not in ("«", "»", '"', "“", "”")]
    return (
        2 <= len(words) <= 14
        and _key(words[0]) == "علي"
        and _noal(_key(words[1])) in _WRITTEN_ON
        and not any(ch in rest for ch in "،,")
    )


def _comma_occasion(text: str, a: int, b: int) -> bool:
    """The text from ``a`` to ``b`` opens with a comma and a preposition of occasion («، خلال …»)."""
    rest = _after_comma(text, a, b)
    nxt = rest.split() if rest is not None else []
    return bool(nxt) and _noal(_bare(_key(nxt[0]))) in _OCCASION_PREPS


# A marked stretch of this many words or more, after a comma at the end of reported content, is a
# statement of its own rather than the report's last clause when it speaks in the first person.
_OWN_STATEMENT_WORDS = 12
_FIRST_PERSON_WORDS = frozenset(
    _fold(w)
    for w in (
        "أنا", "نحن", "إنني", "إننا", "إني", "أنني", "أننا", "لأنني", "لأننا", "فأنا", "ونحن",
        "لدي", "لدينا", "عندي", "عندنا", "لي", "لنا", "مني", "منا", "بي", "بنا", "معي", "معنا",
    )
)

_MY_KIN = frozenset(_fold(w) for w in ("أبي", "أمي", "أخي", "أختي", "ابني", "ابنتي", "زوجي", "زوجتي", "بلدي", "بيتي"))


def _in_first_person(content: str) -> bool:
    """«ولكن الله منحني الفطنة …»، «ناسفين بذلك حلم أبي …»: the marked stretch speaks as "I/we"
    (a first-person pronoun, or a verb or noun with the suffix «ـني» "me" or «ـي» on أب/أخ/أم),
    so it is the speaker's own statement; «…، "لكن التأخير … قد يمتد حتى نهاية الأسبوع"» goes on
    with the report in the third person and stays in it. (Nor does a stretch the writer closes
    with an exclamation, «…، ' ولو لم توجد المرأة … ما كان ليوجد ' !»: checked by the caller.)"""
    for w in content.split():
        k = _fold(dediac(w).strip('«»“”„‘’"\'،,.!؟?'))
        if k.startswith(("و", "ف")) and _fold(k[1:]) in _FIRST_PERSON_WORDS:
            return True
        if k in _FIRST_PERSON_WORDS or k in _MY_KIN:
            return True
        if len(k) >= 5 and k.endswith(("تني", "حني", "لني", "عني")) and not k.startswith("ال"):
            return True
    return False



# reporting verbs that are also deeds: «نقل» (carry), «نشر» (deploy)
_DEEDS = frozenset(norm_key(w) for w in ("نقل", "نشر"))


def _present_form(lex: _Lex, form: str) -> bool:
    """«يطالب»، «تؤكد»: a present-tense form of a reporting verb (not its past lemma, nor a past
    form of a lemma that starts with the same letters: «نفت»، «تابعت»، «نوهت»)."""
    entry = lex.verbs.get(form)
    return entry is not None and form[:1] in "يتن" and entry[0] != form and not form.startswith(entry[0][:2])


# «…، على حد تعبير أحدهم»، «…، على حد قول بعضهم»: the frame of one of the speakers, after a comma
_ONE_OF_THEM_SAID_RE = re.compile(r"[،,]\s*و?على\s+حد\s+(?:تعبير|قول|وصف)\s+(?:أحد|احد|إحدى|احدى|بعض)")
# «…، بحسب ما ذكروه للجريدة»، «…، وفق ما أكدته لنا»: a frame whose source is the speaker's pronoun
# (and what she saw or counted herself: «…، بحسب ما رصدته في مكتبها»)
_AS_THEY_SAID_RE = re.compile(
    r"\s*(?:ما\s+)?(?:ذكر|قال|أفاد|أكد|أوضح|صرح|صرّح|أخبر|روى|رصد|لاحظ|شاهد|عاين|أحصى|احصى|سجل|سجّل)(?:ت|وا|ا|تا)?(?:ه|ها|وه|هم|ته|نا|تها)?(?=[\s،,.])"
)


def _clause_end(st: _State, a: int, limit: int) -> int:
    """Where reported content starting at ``a`` ends: the sentence end, or before a following cue
    in the same sentence (، مضيفاً أن …؛ ، بحسب …؛ ، على حد تعبيره)."""
    text, lex = st.text, st.lex
    end = limit
    s0 = st.sentence_start(a)
    lead = [_fold(t[2]) for t in _tokens(text, _after_dateline(text, s0, a), a)[:3]]
    # «وعلى الرغم من أنه قال أنه يتوقع … فإنه يبدو …»: a report inside a concessive clause ends
    # where the main clause answers it with فإن
    concessive = any(x.removeprefix("و") in _CONCESSIVE for x in lead)
    # «عندما يقول انه ما من رجل يحب في المرأة غير المرأة ! لكن تاييس …»: an exclamation or a
    # question mark inside the line ends the writer's sentence, and the report with it
    for x in re.finditer("[!؟?]", text[a:end]):
        p = a + x.start()
        if not st.inside_quote(p) and _words(text, p + 1, end) >= 2 and _words(text, a, p) >= 3:
            end = _trim(text, a, p)[1]
            break
    for w in _WORD_RE.finditer(text, a, end):
        k = _fold(w.group())
        if concessive and k in _FA_INNA and not st.inside_quote(w.start()):
            end = _trim(text, a, w.start())[1]
            break
        if (
            concessive
            and k in ("الا", "إلا")
            and not st.inside_quote(w.start())
            and _fold(text[w.end() : w.end() + 8].split()[0] if text[w.end() : w.end() + 8].split() else "")
            in ("ان", "انه", "انها", "انهم")
        ):
            # «ورغم إعلان إسرائيل أن عملياتها … ستتوقف صباح اليوم ، إلا أنه علي المجتمع الدولي …»:
            # «إلا أن» answers the concession, in the writer's voice
            end = _trim(text, a, w.start())[1]
            break
        back = text[max(a, w.start() - 3) : w.start()]
        comma = "،" in back or "," in back
        if k.startswith("و") and k[1:] in lex.clause_verbs and (comma or k[1:] in _BARE_CLAUSE_VERBS):
            end = w.start()  # «…، واتهم الحكومة …»: the writer's next clause
            break
        if (
            comma
            and k.startswith("و")
            and k[1:] in lex.verb_words
            and lex.verb_words[k[1:]] not in lex.impersonal
            and not st.inside_quote(w.start())
            and not (k[1:] == _fold("بين") and _among(st, w.end()))  # («، وبين المرحّلين نساء»: among)
            # («… أن يتحرك، ويطالب إسرائيل بالتوقف»: a present verb goes on with the content unless
            # it reports anew, with its own conjunction)
            and (
                not _present_form(lex, lex.verb_words[k[1:]]) and lex.verbs.get(lex.verb_words[k[1:]], ("",))[0] not in _DEEDS
                or _conj_after(st, w.end(), limit, 8)
                # («…، وتوضح لـ"هسبريس": “…”»: or a colon of its own, after those spoken to)
                or _colon_after(st, w.end(), limit, 4)
            )
            # (nor a verb that is also a deed: «تدخلت فور تلقي البلاغ، ونقلت الضحايا إلى المستشفى»)
        ):
            end = w.start()  # «…، وأكد العثور على أسلحة»: the speaker's next act, told by the writer
            break
        if comma and k in _ASKED_OF and not st.inside_quote(w.start()) and _fold((text[w.end() : w.end() + 8].split() or [""])[0]) == _fold("من"):
            end = w.start()  # «…"، وطلب من هيئة الدفاع التقيد بـ …»: the speaker's next act, told by the writer
            break
        if comma and k in _HE_IS and not st.inside_quote(w.start()) and _colon_after(st, w.end(), limit, 6):
            end = w.start()  # «…، وهو يعلق على ذلك بابتسامة : من يبقى …»: his own words open after the colon
            break
        if (
            k == "كما"
            and _words(text, a, w.start()) >= 3
            and not st.inside_quote(w.start())
            and _fold(text[w.end() : w.end() + 12].split()[0] if text[w.end() : w.end() + 12].split() else "")
            in _EXPRESSED
        ):
            end = _trim(text, a, w.start())[1]  # «… كما عبر في ختام كلمته عن …»: the writer goes on
            break
        if comma and k == _fold("قبل") and not st.inside_quote(w.start()):
            nx = text[w.end() : w.end() + 30].split()[:2]
            if len(nx) == 2 and _key(nx[0]) in _PRIOR_CONJ and (
                lex.verbs.get(lex.verb_words.get(_fold(nx[1]), ""), ("",))[0] in _GOING_ON | _THEN_SAID
            ):
                end = _trim(text, a, w.start())[1]  # «…، قبل أن تضيف بصوت خافت: «…»»: her next words, their own cue
                break
        if k in _BUT_HE and not st.inside_quote(w.start()):
            nxt2 = [_fold(x) for x in text[w.end() : w.end() + 24].split()[:2]]
            if len(nxt2) == 2 and nxt2[0] == "لم" and nxt2[1] in _NOT_SAY:
                end = _trim(text, a, w.start())[1]  # «…، لكنه لم يوضح …»: the writer's note
                break
        if comma and k in _IN_WHEN and _words(text, a, w.start()) >= 3 and not st.inside_quote(w.start()):
            nx = text[w.end() : w.end() + 24].split()[:2]
            if len(nx) == 2 and _fold(nx[0]) == _fold("حين") and (
                _fold(nx[1]) in lex.verb_words or _fold(nx[1]) in _BUT_ACTS or _fold(nx[1]) in lex.clause_verbs
            ):
                # «… إذا وصل الملف إلى قاضٍ مستقل، في حين قالت والدة معتز إنها»: whereas, another's words
                end = _trim(text, a, w.start())[1]
                break
        if (k in _BUT_HE or k in _WHILE) and comma and _words(text, a, w.start()) >= 3 and not st.inside_quote(w.start()):
            nx = text[w.end() : w.end() + 16].split()[:1]
            if nx and (_fold(nx[0]) in _BUT_ACTS or _fold(nx[0]) in lex.clause_verbs):
                # «…»، لكنه طالب بتوحيد …»: the speaker's next act; «…"، فيما طالب حزب …»: another's
                end = _trim(text, a, w.start())[1]
                break
        if (
            k == "كما"
            and comma
            and _words(text, a, w.start()) >= 3
            and not st.inside_quote(w.start())
            and any(
                _fold(x).removeprefix("و") in _DENY for x in text[max(0, a - 80) : a].split()[-8:]
            )
        ):
            end = _trim(text, a, w.start())[1]  # «نفت أن يكون …، كما تداولت مواقع …»: the rumour's source
            break
        if k in ("وقد", "لكنه", "لكنها", "ولكنه", "ولكنها") and not st.inside_quote(w.start()):
            nxt = _tokens(text, w.end(), min(end, w.end() + 60))[:3]
            if k == "وقد" and len(nxt) >= 3 and (
                # a bare title, as the writer refers back to the speaker («الوزير»), not a
                # new person with a full title («وقد كلف الأمين العام للمنظمة الدولية …»)
                _is_title(lex, nxt[1][2])
                and _key(nxt[1][2]).startswith("ال")
                and not _key(nxt[2][2]).startswith(("ال", "لل", "ل"))
                and not _name_starts(st, nxt[2][0])
            ):
                end = w.start()  # «… وقد أجرى الوزير اتصالاً …»: the writer's next sentence
                break
            # (the cue within «لكنه»'s own clause: not «خطوة متأخرة لكنها ضرورية، وطالبت بأن»)
            own = next((t[0] for t in nxt if t[2] in "،,;؛"), nxt[-1][1] if nxt else w.end())
            if k != "وقد" and any(
                True for _ in _scan(text, lex.cue_words, w.end(), own)
            ) and _conj_after(st, w.end(), limit, 5):
                end = w.start()  # «… لكنه حرص على القول إن …»: a second report by the speaker
                break
        if k in _WITHOUT and (comma_or_min(text, a, w.start()) or _without_saying(text, w.end())):
            nxt = text[w.end() : w.end() + 20].split()
            if nxt and (_fold(nxt[0]) in _WITHOUT_WHAT or _without_saying(text, w.end())):
                end = _trim(text, a, w.start())[1]  # «…، من دون إعطاء تفاصيل»
                if text[max(a, end - 3) : end].strip().endswith("من"):
                    end = _trim(text, a, end - 2)[1]
                break
        if not st.inside_quote(w.start()) and _words(text, a, w.start()) >= 3:
            # «فإنهم يقولون أنه دفن في دار الإمارة و قيل لا يعلم مكانه الآن»: «وقيل» / «ويروى»
            # starts another account, told by no one, and ends the report before it
            nk = norm_key(w.group())
            lone_wa = text[max(a, w.start() - 3) : w.start()].rstrip().endswith(" و") or text[
                max(a, w.start() - 2) : w.start()
            ] == "و "
            if (nk[:1] == "و" and nk[1:] in lex.passive) or (lone_wa and nk in lex.passive):
                cut = w.start() - (0 if nk[:1] == "و" else 2)
                end = _trim(text, a, cut)[1]
                break
        if (
            comma
            and k in _WE_KNOW
            and not st.inside_quote(w.start())
            and _fold(text[w.end() : w.end() + 8].split()[0] if text[w.end() : w.end() + 8].split() else "")
            in ("بان", "ان", "بانه", "انه", "بانها", "انها")
        ):
            end = _trim(text, a, w.start())[1]  # «…، ونعرف أن ميناء …»: the writer's own knowledge
            break
        if (
            k in ("اما", "واما")
            and comma
            and _words(text, a, w.start()) >= 3
            and not st.inside_quote(w.start())
            and any(
                _fold(t[2]).startswith("ف") and len(_fold(t[2])) > 3
                for t in _tokens(text, w.end(), min(end, w.end() + 60))[1:6]
            )
            and not _speakers_own_contrast(st, w.end(), end)
        ):
            end = _trim(text, a, w.start())[1]  # «…، أما بالنسبة للنساء فإنهن …»: the writer's contrast
            break
        if (
            k == "علما"
            and comma
            and _fold(text[w.end() : w.end() + 8].split()[0] if text[w.end() : w.end() + 8].split() else "")
            in ("بان", "ان", "بانه", "انه", "بانها", "انها")
        ):
            end = _trim(text, a, w.start())[1]  # «…، علماً بأن عقده ينتهي …»: the writer's note
            break
        if k == "مع" and comma:
            nxt = [_fold(x) for x in text[w.end() : w.end() + 24].split()[:2]]
            if len(nxt) == 2 and nxt[0] == "العلم" and nxt[1] in ("بان", "ان", "بانه", "انه", "بانها", "انها"):
                end = _trim(text, a, w.start())[1]  # «…، مع العلم أن …»: the writer's note
                break
        if k == "وذلك" and _words(text, a, w.start()) >= 3 and not st.inside_quote(w.start()):
            nxt = [_noal(_bare(_key(x))) for x in text[w.end() : w.end() + 40].split()[:2]]
            if len(nxt) == 2 and nxt[0] in _OCCASION_PREPS and nxt[1] in _OCCASIONS:
                end = _trim(text, a, w.start())[1]  # «… السلمية وذلك في مؤتمر صحفي …»: the occasion
                break
            if nxt and nxt[0] in _WRITER_WHEN and comma:
                end = _trim(text, a, w.start())[1]  # «…، وذلك غداة فشل اجتماع …»: the writer dates it
                break
            nx3 = [_noal(_bare(_key(x))) for x in text[w.end() : w.end() + 50].split()[:3]]
            if nxt and nxt[0] in _SPAN_PREPS and any(x in _SPANS for x in nx3[1:3]) and comma:
                end = _trim(text, a, w.start())[1]  # «…، وذلك قبل يومين من …»: the writer dates it
                break
        if k == "في" and _fold(text[w.end() : w.end() + 8].strip()).startswith("اشاره"):
            end = w.start()  # «… في إشارة إلى …»: the writer explains what was meant
            prev = text[max(a, w.start() - 8) : w.start()].split()
            if prev and _fold(prev[-1]) == "وذلك":
                end = _trim(text, a, w.start() - len(prev[-1]) - 1)[1]  # «… وذلك في إشارة …»
            break
        if k in ("وهو", "وهي") and not st.inside_quote(w.start()):
            after = text[w.end() : w.end() + 40].split()
            if (
                len(after) > 2
                and _fold(after[0]) in _CLAIM_NOUNS
                and _fold(after[1]) in ("الذي", "التي")
                and any(
                    _fold(after[2]).endswith(pr) and _fold(after[2])[: -len(pr)] in _DENY for pr in ("ها", "ه")
                )
            ):
                end = _trim(text, a, w.start())[1]  # «… وهو الادعاء الذي ينفيه X»: the writer's note
                break
        if k in ("وهو", "وهي") and text[w.end() : w.end() + 4].strip().startswith("ما"):
            after = text[w.end() : w.end() + 30].split()
            nxt = _fold(after[1]) if len(after) > 1 else ""
            if nxt.startswith(("لم", "لن", "كان")) or any(
                nxt[: -len(p)] in lex.verb_words for p in ("ه", "ها") if nxt.endswith(p)
            ):
                end = w.start()  # «… وهو ما لم يحدث»، «وهو ما أكده …»: the writer's aside
                break  # (but «، وهو ما يشكل زيادة كبيرة» goes on with the speaker)
    for w in _ONE_OF_THEM_SAID_RE.finditer(text, a, end):
        if not st.inside_quote(w.start()) and _words(text, a, w.start()) >= 3:
            end = _trim(text, a, w.start())[1]  # «…"، على حد تعبير أحدهم.»: one of the speakers' words, not a new report
            break
    for rx in ("participle", lex.frame_re, lex.pronoun_frame_re):
        found = (
            _scan(text, lex.participle_words, a, end)
            if rx == "participle"
            else rx.finditer(text, a, end)
        )
        for m in found:
            if st.inside_quote(m.start()):
                continue
            back = text[max(a, m.start() - 3) : m.start()]
            if (
                rx == "participle"
                and lex.participles.get(lex.participle_words.get(_fold(m.group("v")), "")) is None
                and not ("،" in back or "," in back)
            ):
                continue  # «… لاستغلال ذلك بالقول إن …»: a report nested in the content
            if rx == "participle" and _after_kana(text, m.start()):
                continue  # «… كان متوقعا ويعد …»: a predicate, not a cue
            if rx == "participle" and not ("،" in back or "," in back) and lex.participle_words.get(_fold(m.group("v"))) in lex.comma_only:
                continue  # «… محاكمة متهمين …»: the noun, not the speaker's next act
            if (
                rx == "participle"
                and not ("،" in back or "," in back)
                and _fold(m.group("v")).endswith("ه")
                and (prev_w := text[max(a, m.start() - 20) : m.start()].split()[-1:])
                and _fold(prev_w[0]).startswith("ال")
                and _fold(prev_w[0]).endswith("ه")
            ):
                continue  # «إن السلطة مطالبة بمراجعة …»: a feminine participle after its definite noun, the predicate
            if (
                rx == "participle"
                and not ("،" in back or "," in back)
                and lex.participle_words.get(_fold(m.group("v"))) not in lex.clause_only
                and lex.participles.get(lex.participle_words.get(_fold(m.group("v")), "")) != "m"
                and not _conj_after(st, m.end(), limit, 2)
                and text[m.end() : m.end() + 4].strip()[:1] not in ':«"“'
            ):
                continue  # «… كارثة غير متوقعة …»: an adjective agreeing with its noun, not a cue
            if (
                rx is lex.pronoun_frame_re
                and ("،" in back or "," in back)
                and text[m.end() : m.end() + 3].lstrip()[:1] in ("،", ",")
                and _words(text, m.start(), m.end()) <= 2
            ):
                continue  # «…، غير أن الفيصلي، برأيه، خسر المباراة …»: an aside in the report, his view goes on
            if "،" in back or "," in back or rx == "participle" or rx is lex.frame_re:
                if rx is lex.frame_re and ("،" in back or "," in back) and _AS_THEY_SAID_RE.match(text, m.end()):
                    end = min(end, _trim(text, a, m.start())[1])  # «…، بحسب ما ذكروه للجريدة»: the speaker's own frame
                    break
                if rx is lex.frame_re and not _frame_is_source(st, m):
                    continue
                if (
                    rx is lex.frame_re
                    and not ("،" in back or "," in back)
                    and _in_accordance(m.group(0))
                    and not any(
                        _words(text, m.end(), x.start) <= 1
                        for x in st.mentions_in(m.end(), min(len(text), m.end() + 40), labels=("PERSON", "ORG"))
                    )
                ):
                    # «أن الرادارات ستُنقل بين المواقع يومياً وفق بيانات الحوادث»: "in accordance
                    # with", the way it is done, inside the clause with no comma; no source named
                    continue
                end = min(end, m.start())
                break
            if rx is lex.pronoun_frame_re and not text[m.end() : limit].strip(" \t.،,؛;!؟?") and (
                norm_key(m.group("f")).startswith(norm_key("على حد"))
            ):
                # «… "مهما اشتدت المنافسة" على حد تعبيره.»: the frame closing the sentence
                # qualifies the report, no part of it
                end = min(end, _trim(text, a, m.start())[1])
                break
    # a new reporting verb after «، و»
    for m in _scan(text, lex.verb_words, a, end):
        if st.inside_quote(m.start()):
            continue  # «أن الأزمة "نتيجة طبيعية لغياب الحكامة، إذ تُوقَّع العقود …"»: the speaker's own words
        back = text[max(a, m.start() - 3) : m.start()]
        if _every_one(st, m):
            continue  # «…، فكل فرد أو مؤسسة يستطيع …»: the noun فرد, not ف + ردّ
        if _carried_not_told(st, m):
            continue  # «…، إذ يُنقلون بسيارات إسعاف إلى المستشفى»: carried, not a new report
        if _stuck(st, m):
            continue  # «…، حين علقت السيارة في كثيب رملي»: got stuck, no new report
        if _when_he_noticed(st, m, a):
            continue  # «إن الفكرة بدأت حين لاحظ أن …»: his noticing is part of what he says
        if not m.group("pre"):
            prev = text[max(a, m.start() - 14) : m.start()].split()
            lead = _key(prev[-1]) if prev else ""
            if lead in lex.clause_joiners and (
                _conj_after(st, m.end(), limit, 4)
                # «…، فيما قدرت الأضرار بأكثر من …»: a new clause after a comma
                or re.search("[،,]", text[max(a, m.start() - len(prev[-1]) - 4) : m.start()])
            ):
                end = min(
                    end, max(a, m.start() - len(prev[-1]) - 1)
                )  # «… بينما قالت مصادر أخرى إن …»
                break
            if (
                lead in lex.connectives
                and re.search("[،,]", " ".join(prev[-2:]))
                # (or its colon: «…"كانت اللاعب السادس الليلة"، ثم تابع ضاحكاً: «…»»)
                and (_conj_after(st, m.end(), limit) or _COLON_SOON_RE.match(text, m.end(), limit))
            ):
                end = min(
                    end, max(a, m.start() - len(prev[-1]) - 1)
                )  # «…، لكنها رجحت أن …»
                break
            if (
                lead in _THAT_HE
                and len(prev) >= 3
                and _key(prev[-2]) in _BUT_OPENERS
                and re.search("[،,]", prev[-3])
                and _conj_after(st, m.end(), limit)
            ):
                end = min(
                    end, max(a, m.start() - len(prev[-1]) - len(prev[-2]) - 2)
                )  # «…، غير أنه حذّر من أن …»: as after «لكنه»
                break
            first_after = _tokens(text, m.end(), min(limit, m.end() + 30))[:1]
            named_after = [
                x
                for x in st.mentions_in(m.end(), min(limit, m.end() + 80), labels=("PERSON",))
                if _words(text, m.end(), x.start) <= 5 and not _governed(st, x)
            ] if (
                first_after
                and _is_title(lex, first_after[0][2])
                and _key(first_after[0][2]).startswith("ال")
                and lex.verb_words.get(_fold(m.group("v"))) not in lex.impersonal
            ) else []
            if named_after and _conj_after(st, m.end(), limit, 12) and not st.inside_quote(m.start()):
                # «…، وهو تعليق قال الناطق باسم الخارجية شون مكورماك إن …»: another speaker's
                # report inside the sentence; the content ends at the comma before its clause
                k = max(text.rfind("،", a, m.start()), text.rfind(",", a, m.start()))
                end = min(end, k if k != -1 and _words(text, k, m.start()) <= 6 else m.start())
                break
            if (
                lead == "كما"
                and not st.inside_quote(m.start())
                and any(
                    _words(text, m.end(), x.start) == 0 and not _governed(st, x)
                    for x in st.mentions_in(m.end(), min(limit, m.end() + 40), labels=("PERSON", "ORG"))
                )
            ):
                # «… مقابل جلب الشماخ كما أبدى نادي فالنسيا الإسباني ذات الإهتمام …»: another
                # subject, named right after the verb, starts the writer's next clause
                end = min(end, max(a, m.start() - len(prev[-1]) - 1))
                break
            if (
                lead == "كما"
                and re.search("[،,]", text[max(a, m.start() - 10) : m.start()])
                and not st.inside_quote(m.start())
            ):
                # «… سيتم بنهاية الشهر، كما نقلت عنه مصادر برلمانية»: the attribution itself
                end = min(end, max(a, m.start() - len(prev[-1]) - 1))
                break
            if (
                ("،" in back or "," in back)
                and (
                    _conj_after(st, m.end(), limit, 4)
                    # «…، نفت حركتا «حماس» و«الجهاد» أن …»: a named subject right after
                    or any(
                        _words(text, m.end(), x.start) <= 3
                        for x in st.mentions_in(m.end(), m.end() + 40)
                        if x.label in _SPEAKER_LABELS
                    )
                )
                and (
                    st.mentions_in(m.end(), m.end() + 40)
                    # «…، ذكرت إسرائيل أن …»: a country speaking, named right after the verb
                    or any(
                        _words(text, m.end(), x.start) == 0
                        for x in st.mentions_in(m.end(), m.end() + 40, labels=("LOC",))
                    )
                )
                and not st.inside_quote(m.start())
            ):
                end = min(end, m.start())  # «… سيعتزل بنهاية الموسم، اعتبر ألونسو أن …»
                break
            continue
        nxt = text[m.end() : m.end() + 4].lstrip()
        if (
            lex.verb_words.get(_fold(m.group("v"))) in lex.impersonal
            and (not ("،" in back or "," in back) or _fold(m.group("v")) in _TURNED_OUT)
            and _conj_after(st, m.end(), limit, 0)
        ):
            # «… أجرت فحوصات على المياه وتبيّن أنها "صالحة"»: it turned out, within the report (after
            # a comma, «…، ويتوقع أن يرفع الأسعار» is the speaker's next report; not «…، وتبيّن أن 11
            # منها …»: what turned out is still what she reports)
            continue
        named = [
            x
            for x in st.mentions_in(m.end(), min(limit, m.end() + 60), labels=("PERSON", "ORG"))
            if _words(text, m.end(), x.start) <= 4 and not _governed(st, x)
        ] + [
            # «… ضحيتان … وحذرت واشنطن ، التي …، من أنه …»: a country or capital speaking,
            # named right after the verb
            x
            for x in st.mentions_in(m.end(), min(limit, m.end() + 40), labels=("LOC",))
            if _words(text, m.end(), x.start) == 0
        ]
        if (
            (("،" in back or "," in back) and _conj_after(st, m.end(), limit))
            or _conj_after(st, m.end(), limit, 3)
            or nxt[:1] in (':«"“')
            # «… لا يمكنها تأييد النص وقال ممثل قطر جمال البدر …»: a new report, its own speaker
            or (named and _conj_after(st, m.end(), limit, 16))
        ):
            end = min(end, m.start())  # «…، وأضاف أن …» / «… واعلن أن …» / «… وقال "…"»
            if m.group("pre") == "ل":
                # «… بنفسها وعاد نجاد ليؤكد علي أن …»: the verb the ل-clause depends on goes too
                lead = _tokens(text, max(a, m.start() - 40), m.start())[-3:]
                for t in lead:
                    if _fold(t[2])[:1] == "و" and not _inside_mention(st, t[0]) and not any(
                        x.start == t[0] for x in st.mentions_in(t[0], t[1], labels=("PERSON", "ORG", "LOC"))
                    ):
                        end = min(end, t[0])
                        break
            # «…، لكنها عادت وقالت إن …»: the joiner before the new report goes with it
            lead = _tokens(text, max(a, m.start() - 30), m.start())[-4:]
            for n, t in enumerate(lead[:-1]):
                if t[2] in "،," and _key(lead[n + 1][2]) in lex.clause_joiners:
                    end = min(end, t[0])
                    break
            break
    # «… لدعم الدفاع في الوقت نفسه حصل أسامة المليجي …»، «… أي فريق وذلك بينما يستعد المدرب …»:
    # the writer turns to other news; the report ends before the turn
    for w in _WRITER_TURN_RE.finditer(text, a, end):
        if st.inside_quote(w.start()) or _words(text, a, w.start()) < 3:
            continue
        if w.group("joiner") and _fold(w.group().split()[0]) == _fold("غير") and re.search("[،,]", text[max(a, w.start() - 3) : w.start()]):
            # «… تعيين 120 منقذاً، غير أن الميزانية لم تُعتمد بعد»: set off by a comma, the
            # reservation goes on with what the speaker says, to the sentence's end (another's
            # report after it ends it: _BUT_OTHERS_RE)
            continue
        if w.group("joiner"):
            end = w.start()
            break
        nxt = [t for t in _tokens(text, w.end(), min(limit, w.end() + 30)) if t[2] not in "،,"][:1]
        if nxt and any(
            _words(text, nxt[0][1], x.start) == 0
            for x in st.mentions_in(nxt[0][1], min(limit, nxt[0][1] + 40))
        ):
            end = w.start()
            break
    # «…، إلا أن متخصصين في « الإسلام الأوروبي » يذكرون أن …»: others' report, set against the
    # speaker's after a comma, ends it (their verb, with its own conjunction, within seven words)
    for w in _BUT_OTHERS_RE.finditer(text, a, end):
        if st.inside_quote(w.start()) or _words(text, a, w.start()) < 3:
            continue
        if not re.search("[،,]", text[max(a, w.start() - 4) : w.start()]):
            continue
        if any(
            _words(text, w.end(), m.start()) <= 7
            and lex.verb_words.get(_fold(m.group("v"))) not in lex.impersonal
            and _conj_after(st, m.end(), limit, 2)
            for m in _scan(text, lex.verb_words, w.end(), min(end, w.end() + 90))
        ):
            end = _trim(text, a, w.start())[1]
            break
    # «… ( رويترز ) وفي مانشيستر …»: a source credit in parentheses ends the sentence's report
    for par in re.finditer(r"\(\s*([^()]{2,30}?)\s*\)", text[a:end]):
        if _gloss_parens(st, a + par.start(), a + par.start(1), a + par.end(1)):
            continue  # «حركة المقاومة الإسلامية ( حماس ) ستقبل …»: a name's short form, not a credit
        pw = _tokens(text, max(a, a + par.start() - 20), a + par.start())[-1:]
        if pw and _named_body(pw[0][2]) and _key(par.group(1).split()[0]) not in _CREDITS:
            continue  # «الرئيس التنفيذي لمجموعة ( في تي جي )»: the company's name, not a credit
        if (
            re.fullmatch(r"[A-Za-z][A-Za-z .'&-]*", par.group(1)) and _key(par.group(1).split()[0]) not in _CREDITS
            and not any(x.org_type == "media" for x in st.mentions_in(a + par.start(1), a + par.end(1)))
        ):
            continue  # «أن محطة الزور الشمالية (Az-Zour North) ستضيف»: a Latin gloss, no outlet credited
        if any(
            x.org_type == "media" or x.label == "ORG"
            for x in st.mentions_in(a + par.start(1), a + par.end(1))
        ) or _key(par.group(1).split()[0]) in _CREDITS:
            end = a + par.start()
            break
    # «… يخفيه، «ولكن الله منحني الفطنة، وكذلك الخبرة …»»: a long direct quote after a comma that
    # runs to the end is the speaker's own statement, out of the report; a short marked clause
    # («…، "ولن نترك أي حي دون مياه"») goes on with the report (and is a partial quote besides)
    i = bisect.bisect_left(st.open_pos, a)
    while i < len(st.pairs) and st.pairs[i].open < end:
        q = st.pairs[i]
        if (
            q.depth == 0
            and q.close >= _trim(text, a, end)[1] - 1
            and _words(text, *q.content) >= _OWN_STATEMENT_WORDS
        ):
            back = text[max(a, q.open - 3) : q.open]
            if (
                ("،" in back or "," in back)
                and not _RELATIVE_ASIDE_RE.fullmatch(text[a : q.open])
                and (
                    _in_first_person(text[q.content[0] : q.content[1]])
                    or text[q.close + 1 : q.close + 3].lstrip()[:1] == "!"
                )
            ):
                end = min(end, q.open)
                break
        i += 1
    b = _trim(text, a, end)[1]
    while b > a and _closes_nothing(text, a, b):
        # a closing mark or bracket with no opening one in the clause («… اتفقا » … اليونيفيل »»);
        # «… في لبنان ( يونيفيل )» keeps its bracket
        b = _trim(text, a, b - 1)[1]
    return b


# «إن الجسر، الذي يعود إلى عام 1912، "معلم تاريخي …"»: the report's subject, a relative clause
# between commas, then its predicate in marks: the marks go on with the report
_RELATIVE_ASIDE_RE = re.compile(r"\s*[^\s،,]+(?:\s+[^\s،,]+){0,3}\s*[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللذان|اللتان)\s[^،,.«»\"“”]*[،,]\s*")


_CLOSERS = {")": "(", "»": "«", "”": "“"}


def _closes_nothing(text: str, a: int, b: int) -> bool:
    """The last character of ``text[a:b]`` is a closing bracket or guillemet that closes nothing
    opened in the span (more closers of its kind than openers)."""
    c = text[b - 1]
    o = _CLOSERS.get(c)
    return o is not None and text.count(c, a, b) > text.count(o, a, b)


_LATIN_NAME_RE = re.compile(r"[A-Za-z][A-Za-z .&'-]*")


def _gloss_parens(st: _State, open_: int, a: int, b: int) -> bool:
    """The parenthesis at ``open_`` holds one name (``a``–``b``) glossing the name right before it
    («حركة المقاومة الإسلامية ( حماس )»), not an agency credit."""
    if _key(st.text[a:b].split()[0]) in _CREDITS:
        return False
    stop = len(st.text[:open_].rstrip())
    if stop > 0 and st.text[stop - 1] in '»”"’' and _LATIN_NAME_RE.fullmatch(st.text[a:b]) and any(
        q.close == stop - 1 and _words(st.text, *q.content) <= 4 for q in st.pairs
    ):
        return True  # «طلبيات علامة "مايزون لوبان" (Maison Lupin) الفرنسية …»: the Latin form of a name in marks
    labels = ("PERSON", "ORG", "LOC")
    inner = st.mentions_in(a, b, labels=labels)
    if len(inner) != 1 or (inner[0].start, inner[0].end) != (a, b) or inner[0].org_type == "media":
        return False
    if stop > 0 and st.text[stop - 1] in '»”"’':
        stop -= 1  # the name in marks: «"أوبن إيه آي" (OpenAI)»
    return any(
        m.end == stop and m.label == inner[0].label
        for m in st.mentions_in(max(0, open_ - 80), open_, labels=labels)
    )


# the occasion of speaking, ending the words between a verb and its marks: «في بيان»، «في تصريح
# لرويترز»، «خلال مؤتمر صحفي»، «في منشور على فيسبوك»
_OCCASION_END_RE = re.compile(
    r"(?:^|\s)(?:في|خلال)\s+(?:بيان|بلاغ|تصريح|تصريحات|مقابلة|حديث|كلمة|مؤتمر|منشور|تغريدة|رسالة)"
    r"(?:\s+[^\s،,:«»\"“”]+){0,3}$"
)


def _find_colon(text: str, a: int, b: int) -> int:
    """The first colon in ``text[a:b]`` that can open words (not one between digits: «الساعة 12:30
    ظهراً»), or -1."""
    i = text.find(":", a, b)
    while i != -1 and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        i = text.find(":", i + 1, b)
    return i


def _colon_after(st: _State, pos: int, limit: int, max_words: int = 4) -> bool:
    """A colon within ``max_words`` words after ``pos`` (and before ``limit``)."""
    c = _find_colon(st.text, pos, min(limit, pos + 60))
    return c != -1 and _words(st.text, pos, c) <= max_words


def _conj_after(st: _State, pos: int, limit: int, max_words: int = 8) -> bool:
    m = st.lex.conj_re.search(st.text, pos, min(limit, pos + 120))
    return m is not None and _words(st.text, pos, m.start()) <= max_words


# Legal instruments: a basis for an act («استنادا لقرار مجلس الأمن»), not a source of words.
_INSTRUMENTS = frozenset(
    _bare(norm_key(w))
    for w in ("قرار", "قرارات", "اتفاق", "اتفاقية", "قانون", "مادة", "بند", "دستور", "مرسوم")
)


_TRANSMITTED = norm_key("نقل")


_FROM_WHOM = frozenset(norm_key(w) for w in ("عن", "عنه", "عنها", "عنهم", "عنهما"))


def _carried_not_told(st: _State, m: re.Match, words: int = 4, chars: int = 60) -> bool:
    """A form of «نقل» with no «عن» (or «عنه» …) within its next four words: «يُنقلون بسيارات إسعاف», moved
    from one place to another, not «نقلت رويترز عن الوزير» (a report passed on)."""
    if lemma_of_match(st.lex, m) != _TRANSMITTED:
        return False
    return not any(
        _key(t[2]) in _FROM_WHOM for t in _tokens(st.text, m.end(), min(len(st.text), m.end() + chars))[:words]
    )  # («كما نقلت عنه مصادر برلمانية»: عن with its pronoun)
_CLAIMED = norm_key("زعم")
_CLOSED = norm_key("ختم")
_EXPRESSED_HOPE = norm_key("أعرب")
_BUT_OPENERS = frozenset(norm_key(w) for w in ("غير", "إلا", "الا", "وإلا"))
_CONCEDED = norm_key("سلم")
_COMMENTED = norm_key("علق")


def _takes_its_own_an(lex: _Lex, k: str) -> bool:
    """A word (key) whose أن/ألا after it is its own, not the verb's complement: «بعد أن»، «ضرورة
    أن»، and with its preposition («وتكهن بإمكانية أن …»، «طالب بضرورة أن …»)."""
    if k[:1] in "وف" and len(k) > 3 and k[1:] in lex.not_before_conj:
        return True  # «…، ويمكن أن يطّلع عليها الجمهور»: و/ف before it too
    return k in lex.not_before_conj or k[:1] == "ب" and k[1:] in lex.not_before_conj


def _hung(st: _State, m) -> bool:
    """«عُلّقت بخط كبير لازمة أغنية:» "was hung": علق in the passive, written with its damma."""
    return lemma_of_match(st.lex, m) == _COMMENTED and re.match(r"[وف]?ع\u064f", st.text[m.start() : m.end()]) is not None


def _stuck(st: _State, m) -> bool:
    """«علقت السيارة في كثيب رملي» "got stuck": علق with no «على» (what it comments on), colon or
    «قائلاً» in the eight words after it."""
    if lemma_of_match(st.lex, m) != _COMMENTED:
        return False
    if _hung(st, m):
        return True
    return not any(
        _key(t[2]) in ("على", "علي", "قائلا", "قائلة") or t[2] == ":"
        for t in _tokens(st.text, m.end(), min(len(st.text), m.end() + 80))[:8]
    )


# what a thing is done in accordance with, after any frame: rules, not a source
_NORMS = frozenset(
    _bare(norm_key(w))
    for w in (
        "آلية", "آليات", "قواعد", "معايير", "أحكام", "شروط", "ضوابط", "مبادئ", "إجراءات", "أنظمة", "لوائح",
        # «لتفصيل العبايات حسب الطلب»، «حسب الحاجة»: as ordered, as needed, no source
        "الطلب", "الحاجة", "الطلبات", "الرغبة", "الأصول",
    )
)


_CITED_IN = frozenset(_fold(w) for w in ("في",))
# a frame's noun with the pronoun of whoever spoke («على حد تعبيره»، «حسب روايتها»، «بحسب تقديراتهم»):
# a source; any other noun with a pronoun («يفرز الإسفنج بحسب أحجامها») says how, not who
_OWN_WORDS = frozenset(
    _bare(norm_key(w))
    for w in (
        "قول", "أقوال", "رأي", "وصف", "رواية", "كلام", "حديث", "تعبير", "تقدير", "تقديرات", "زعم", "ادعاء",
        "علم", "معلومات", "تأكيد", "إفادة", "اعتراف", "شهادة", "تصريح", "تصريحات", "بيان", "تقرير", "حسابات",
        "توقعات", "تقييم", "ملاحظة", "قراءة", "تفسير", "تحليل", "ترجيح", "تعليق", "إحصاءات", "أرقام", "مصادر",
        # some of them: «بحسب أحدهم»، «وفق بعضهم»
        "أحد", "إحدى", "بعض", "معظم", "أغلب", "غالبية", "كل", "جميع", "أكثر",
    )
)


def _possessed_common_noun(st: "_State", tok: tuple) -> bool:
    """A frame's first word is a common noun with a possessive pronoun (ها، هم، هن، هما) that is no
    title, no source noun and no word for what someone said: «بحسب أحجامها»، «حسب رغبتهم»."""
    if st.mentions_in(tok[0], tok[1]):
        return False
    w = _key(tok[2])
    for suf in ("هما", "هم", "هن", "ها"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            stem = _bare(w[: -len(suf)])
            stems = {stem} | ({stem[:-1] + "ه", stem[:-1]} if stem.endswith("ت") and len(stem) >= 4 else set())
            if any(x in st.lex.source_nouns or x in st.lex.statement_nouns or x in _OWN_WORDS for x in stems):
                return False
            return _unpossessed_title(st.lex, tok[2]) is None
    return False
_SUPERLATIVES = frozenset(_bare(norm_key(w)) for w in ("أعلى", "أرقى", "أفضل", "أحدث", "أدق", "أشد", "أقصى"))


# «نشره»، «أصدرته»، «وزعتها»: published by the one the pronoun stands for
# (or carried it out: «ووفقاً لمسح أجرته "تفوّق" على ألفي أسرة»)
# where a body publishes its papers («على موقع السوق المالية»، «في منصة …»، «على صفحة …»)
_PLATFORMS = frozenset(_fold(w) for w in ("موقع", "منصة", "صفحة", "حساب", "بوابة"))
_PUBLISHED_IT_RE = re.compile(r"(?:نشر|اصدر|وزع|بث|اجر|اجرا|اعد)(?:ت)?(?:ه|ها|هما|هم)")
# frames that also mean "in accordance with" («وفق»، «طبقاً لـ»، «تبعاً لـ»)
_ACCORDANCE = tuple(_fold(w) for w in ("وفق", "طبقا", "تبعا"))


def _in_accordance(frame: str) -> bool:
    """Whether a frame's words are «وفق/طبقاً/تبعاً», with or without a و before them («ووفقاً»)."""
    f = _fold(frame).strip()
    return f.startswith(_ACCORDANCE) or (f[:1] == "و" and f[1:].startswith(_ACCORDANCE))


# one's own page, account, site or channel, where what a frame cites was published
_OWN_OUTLETS = frozenset(norm_key(w + p) for w in ("صفحت", "حساب", "موقع", "قنات", "منصت") for p in ("ه", "ها", "هم"))


# what one is held pending: «على ذمة التحقيق/التحقيقات/القضية»
_CASE_NOUNS = frozenset(_bare(norm_key(w)) for w in ("التحقيق", "التحقيقات", "القضية", "القضايا", "المحاكمة"))


def _frame_is_source(st: _State, m: re.Match) -> bool:
    """«بحسب وكالة رويترز» is an attribution, «حسب الحاجة» and «وحسب،» ("only") are not."""
    text, lex = st.text, st.lex
    a = m.end()
    nxt = _tokens(text, a, min(len(text), a + 20))
    if (
        not nxt
        or nxt[0][2] in "،,.؛;:"
        or _key(nxt[0][2]) in lex.connectives
        or _key(nxt[0][2]) in ("وانما", "انما", "بل")
    ):
        return False
    if _fold(text[m.start() : a]).strip().startswith(_fold("استنادا")):
        head = _bare(_key(nxt[0][2]))
        if head[:1] in "لب" and _bare(head[1:]) in _INSTRUMENTS:
            head = _bare(head[1:])
        if head in _INSTRUMENTS:
            return False  # «… استنادا لقرار مجلس الأمن رقم 1701»: the legal basis, no source
    words = [t for t in nxt if _WORD_RE.fullmatch(t[2].strip('«»"“”'))][:2]
    head = _bare(_key(words[0][2])) if words else ""
    if head in _SUPERLATIVES and len(words) > 1:
        head = _bare(_key(words[1][2]))  # «وفق "أعلى معايير الوكالة الدولية …"»: the standards, at their best
    if head[:1] in "لب" and _bare(head[1:]) in _NORMS:
        head = _bare(head[1:])
    if head in _NORMS:
        return False  # «… وتوفير الحماية اللازمة وفقاً لآليات المنظمة …»: the rules followed, no source
    if _fold(text[m.start() : a]).strip().endswith(_fold("ذمة")) and head in _CASE_NOUNS:
        return False  # «حبس طبيب احتياطياً على ذمة التحقيق»: pending the inquiry, no source
    b = a
    limit = st.sentence_end(a)
    while b < limit and text[b] not in "،,.؛;" and not (text[b] == "(" and text[a:b].strip()):
        b += 1  # (a credit in parentheses after the phrase belongs to the next report)
    said = {_fold("ما"), _fold("لما")} & set(_fold(m.group("f")).split())  # «بحسب ما قاله …»
    if not said and _possessed_common_noun(st, nxt[0]):
        return False  # «تفرز … قطع الإسفنج بحسب أحجامها قبل أن …»: sorted by size, no one quoted
    if st.mentions_in(a, b):
        return True
    first_k = _key(nxt[0][2])
    if first_k.startswith("لل"):
        first_k = "ال" + first_k[2:]
    elif text[a - 1 : a] == "ل" and first_k.startswith("ل"):
        first_k = "ال" + first_k[1:]  # «ووفقاً للرابطة»: the frame's ل in the match, the article's ل left
    if first_k in lex.anaphors and _resolve_anaphor(st, first_k, m.start()) is not None:
        return True  # «ووفقاً للرابطة، فإن …»، «ونقلاً عن المؤسسة، فإن …»: the body named before
    if " " in text[m.start("f") : m.end("f")].strip() and _fold(text[m.start("f") : m.end("f")]).split()[-1] in _CITED_IN:
        return True  # «وعلى حسب ما جاء في شاهد القبر , فإنه …»: what a text says, whatever text
    if " " not in text[m.start("f") : m.end("f")].strip() and norm_key(
        m.group("f")
    ).endswith(("ه", "ها", "هم")):
        return False
    toks = _tokens(text, a, min(b, a + 80))
    if said and toks and _key(toks[0][2]).startswith("ال") and _bare(_key(toks[0][2])) not in _NORMS:
        return True  # «…، بحسب ما أفادت به البلدية.»: whoever «said» it, a definite noun, is a source
    if said and toks and _key(toks[0][2]) in _OWN_OUTLETS:
        return True  # «…، بحسب ما نشرته صفحته الرسمية على فيسبوك»: the speaker's own page
    for n, t in enumerate(toks[:4]):
        if n and (t[2] in "،,.؛;:" or _key(t[2]) in lex.stops or lex.conj_re.match(text, t[0])):
            break  # «نقلاً عن أشخاص مطلعين أن الشركة …»: the source's phrase ends before its clause
        k = _bare(_key(t[2]))
        if n == 0 and _bare(k[2:] if k[:2] == "لل" else k[1:] if k[:1] in "لب" else k) in _STATS:
            nxt2 = [_bare(_key(x[2])) for x in toks[1:3]]
            if nxt2 and (nxt2[0] in _STAT_WHEN or nxt2[0][:1].isdigit()):
                # «حسب تقديرات عام 1998»: figures of a year, with no one giving them («حسب
                # الأرقام الرسمية المعلنة» stays a source)
                return False
        if n and _key(t[2]).startswith("وال"):
            continue  # «تبعاً للنوع والمصدر»: a noun joined by و to what the frame names is not its source
        if (
            k in lex.source_nouns
            or _bare(k) in lex.source_nouns  # «الوكالة»: the list's words lost their و too
            or (k[:1] in "لب" and _bare(k[1:]) in lex.source_nouns)
            or (k[:2] == "لل" and k[2:] in lex.source_nouns)
        ):
            return True
        if n == 0:
            # «…، حسب رئيسها التنفيذي.»، «وفقاً للمتحدث باسم الشركة»: a title, named or not
            w = _frame_title_key(lex, t[2])
            w = _unpossessed_title(lex, w) or w
            if not _is_title(lex, w):
                continue
            short_title = _bare(w) not in _INSTITUTION_TITLES and b - a <= 40
            if (
                short_title
                and not text[b:limit].strip(" .!؟?»\"”")
                and _fold(text[m.start() : a]).strip().lstrip("و")[:1] in ("ح", "ب", "و", "ط")
            ):
                return True  # (closing its sentence: «…، حسب رئيسها التنفيذي.»)
            if _apposed_after(st, b, limit) is not None:
                return True  # «ووفقاً لمدير صحة نينوى، عمر الحيالي، فإن …»: the title's holder named next
            if short_title and b < limit and text[b] in "،," and (
                [_key(t[2]) for t in _tokens(text, b + 1, min(limit, b + 12))[:1]] == ["فان"]
            ):
                return True  # «وبحسب محامي اللاعب، فإن فريق الدفاع يدرس …»: a title, then the clause it reports
    gloss = re.match(r"\(\s*[A-Za-z][A-Za-z .&'-]*\)\s*", text[b:limit])
    if gloss is not None:
        b += gloss.end()  # «ووفقاً لوحدة النزاهة في ألعاب القوى (AIU)، فإن»: the body's Latin name, then the comma
    if (
        b < limit and text[b] in "،," and 1 <= _words(text, a, b) <= 7
        and [_key(t[2]) for t in _tokens(text, b + 1, min(limit, b + 12))[:1]] == ["فان"]
        and not _tokens(text, _after_dateline(text, st.sentence_start(m.start()), m.start()), m.start())
        and not any(True for _ in _scan(text, lex.verb_words, a, b))
    ):
        # «وبحسب دبلوماسيين غربيين في بيروت، فإن …»، «ووفقاً لحيثيات الحكم، فإن …»: opening its
        # sentence, the phrase set off by a comma, then «فإن» and the clause it reports
        return True
    return False


def _frame_title_key(lex: _Lex, tok: str) -> str:
    """The key of a frame's first word with the frame's ل (or ب) taken off: «للمتحدث» → المتحدث,
    «لمدير» → مدير (a title written with ل of its own stays whole)."""
    w = _key(tok)
    return w[2:] if w[:2] == "لل" else w[1:] if w[:1] in "لب" and not _is_title(lex, w) else w


def _frame_role(st: _State, a: int, b: int) -> str | None:
    """The role between a frame's end ``a`` and the name at ``b``. When the frame's match ends in
    its ل and the article's ل is left («وفقاً للمحلل الاقتصادي مروان يوسف»، «طبقاً للمحللة»), the
    role is the title with its article: «المحلل الاقتصادي»."""
    if st.text[a - 1 : a] == "ل" and st.text[a : a + 1] == "ل":
        return _lil_title_role(st, a - 1, b) or _role_text(st, a, b)
    return _role_text(st, a, b)


def _lil_title_role(st: _State, a: int, b: int) -> str | None:
    """The role at a..b when it opens with ل + the article before a title («للمحللة الاقتصادية»):
    the title with its article («المحللة الاقتصادية»); None when a..b is no such role."""
    if st.text[a : a + 2] != "لل":
        return None
    toks = _tokens(st.text, a, b)
    if not toks or len(_key(toks[0][2])) <= 4 or not _is_title(st.lex, _frame_title_key(st.lex, toks[0][2])):
        return None
    role = _role_text(st, a + 2, b)
    return "ال" + role if role is not None else None


def _apposed_after(st: _State, b: int, limit: int) -> tuple[MentionDraft, int] | None:
    """«…، عمر الحيالي، …» right after ``b`` (a comma): the person named between the commas and
    where the second comma stands."""
    text = st.text
    if b >= limit or text[b] not in "،,":
        return None
    c2 = next((n for n in range(b + 1, limit) if text[n] in "،,"), -1)
    if c2 == -1:
        # «…، بحسب رئيس الغرفة الفلاحية لولاية بسكرة، عمار لعقون.»: the name closes the sentence
        end = _trim(text, b + 1, limit)[1]
        if text[end : limit].strip() not in (".", ""):
            return None
        c2 = end
    a2, b2 = _trim(text, b + 1, c2)
    if a2 >= b2:
        return None
    held = _apposed_person(st, (a2, b2), c2)
    return (held, c2) if held is not None else None


def _spoken_of_by_circle(st: _State, a: int, b: int) -> list[MentionDraft]:
    """The persons in [a, b) named right after a word for the people around them («زملاء العبادي»)."""
    return [
        x for x in st.mentions_in(a, b, labels=("PERSON",))
        if (b4 := st.text[max(a, x.start - 12) : x.start].split()) and _key(b4[-1]) in _CIRCLE_PLURALS
    ]


_QUESTION_OPENERS = ("*", "•", "س :", "س:", "س/", "س -", "س-")


def _question_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is an interview's question: it opens with «*» or «س:» and ends
    with a question mark."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls : le if le != -1 else len(text)].strip()
    return line.startswith(_QUESTION_OPENERS) and line.rstrip(" .").endswith(("؟", "?"))


_ROLE_AGE = re.compile(r"\s*\(\s*\d{1,3}\s*(?:عاماً|عاما|عامًا|سنة|سنوات)\s*\)\s*$")


def _clean_role(role: str | None) -> str | None:
    """A role without its holder's age in brackets: «صاحب محل للنحاسيات ( 52 عاما )» is «صاحب
    محل للنحاسيات» (how many hold it stays: «عدد من المستثمرين الأفراد», as annotators write it)."""
    if not role:
        return role
    return _ROLE_AGE.sub("", role) or role


# what introduces a verse, a hadith or a prayer in marks (the content right after it): «بقوله
# تعالى:»، «بقول النبي صلى الله عليه وسلم:»، «بالحديث النبوي»، «بالآية الكريمة»، «بالدعاء»
_SCRIPTURE_BEFORE_RE = re.compile(
    r"(?:(?:تعالى|عز\s+وجل|جل\s+وعلا|سبحانه|صلى\s+الله\s+عليه\s+وسلم|ﷺ|عليه\s+السلام)"
    r"|(?:^|\s)(?:ب|و|وب)?(?:ال)?(?:حديث|آية|اية|دعاء|تلبية)(?:\s+(?:النبوي|الشريف|الكريمة|القرآنية|القدسي|الشريفة)){0,2})"
    r"\s*[:،,]?\s*[«\"“]\s*$"
)


def _emit(
    st: _State,
    kind: str,
    content: tuple[int, int],
    cue: tuple[int, int],
    subj: _Subject,
    gender,
    conf=None,
):
    a, b = content
    if _question_line(st.text, cue[0]):
        return  # «* كيف ترد على من يقول إن …؟»: the interviewer's question, no one's words
    if kind == "direct" and _SCRIPTURE_BEFORE_RE.search(st.text, max(st.sentence_start(a), a - 80), a) is not None:
        return  # «واستشهد بقوله تعالى: «…»»، «واختتم خطبته بالدعاء "اللهم …"»: scripture and prayer, no one's words here
    if (
        kind != "direct"
        and b > a
        and st.text[b - 1] == '"'
        and st.text.count('"', a, b) % 2
        and st.text[b : b + 2].strip()[:1] in ("،", ",", "؛", ";")
    ):
        # a stray closing mark at the end of reported content, its opening mark left out
        # («وأبدت ثقتها من أن إسرائيل ستزن أفعالها " , مذكرة …»), is no content
        b = _trim(st.text, a, b - 1)[1]
    if kind != "direct" and b > a:
        # a sentence that ended inside marks at an ellipsis («سيكون "بعيداً عن العائلة تماماً.. أو
        # هكذا أتمنى"»): the report runs on to the closing mark, in its paragraph
        p = next((x for x in st.pairs if x.depth == 0 and a <= x.open < b < x.close), None) if st.text[b : b + 2] == ".." else None
        if p is not None and "\n" not in st.text[b : p.close]:
            b = p.close + 1
    if kind != "direct" and b > a and st.text[b - 1] in "«“" and not any(c in st.text[a:b] for c in "»”"):
        # a mark that opens at the end of the content opens nothing of it («يُقال إن الفلوس إما أن
        # تورثها ، أو أن تتزوجها أو « .»; with reversed marks, «… » يشهد … يترسخ «», it closes)
        b = _trim(st.text, a, b - 1)[1]
    if (
        subj.status == "named"
        and gender is not None
        and norm_key(st.text[cue[0] : cue[1]]).lstrip("وف").startswith("نقل")
    ):
        gender = None  # «نقلت الصحيفة عن بالاك قوله»: the verb agrees with the paper, not the speaker
    if kind == "direct" and b - a > 1 and st.text[b - 1] == ".":
        # «"… ولم نسجل أي تجاوزات من شأنها التأثير على النتائج."»: the full stop inside the
        # closing mark ends the sentence, it is not part of the words
        b = _trim(st.text, a, b - 1)[1]
    if b <= a:
        return
    if subj.speaker is not None:
        subj.speaker = _arabic_of_gloss(st, _whole_name(st, subj.speaker))
        if subj.role is None and subj.status == "named":
            subj.role = _role_after_name(st, subj.speaker, cue, (a, b))
    sent = st.sentence_of(cue[0])
    confidence = conf if conf is not None else subj.confidence
    if subj.speaker is None:
        confidence = min(confidence, 0.7)
    st.quotes.append(
        QuoteDraft(
            kind, (a, b), cue, subj.speaker, _clean_role(subj.role), round(confidence, 3), sent
        )
    )
    first = _key(subj.role.split()[0]) if subj.speaker is None and subj.role and gender == "m" else None
    if first and _people_plural(st.lex, first) and not {_bare(first), _bare(first).removesuffix("ا")} & _ONE_UNNAMED:
        # «ويرى محللون أن …، مشيرين إلى أن …»: the verb before a plural subject is singular; the
        # people are many, and a plural cue after goes on with them
        gender = "p"
    st.history.append(_Spoken(cue[0], sent, subj.speaker, gender, subj.role))
    if subj.speaker is not None and gender in ("m", "f"):
        st.genders.setdefault(
            norm_key(st.text[subj.speaker[0] : subj.speaker[1]]), gender
        )
    relayer = _relayer(st, cue, subj)
    if relayer is not None:
        # «ونقل الوزير العنزي عن سموه قوله: «…». وأوضح أن»: the one who relayed the words is the
        # sentence's subject, and a cue with no subject after it goes on with him
        st.history.append(_Spoken(cue[0], sent, (relayer.start, relayer.end), _verb_gender(st.text[cue[0] : cue[1]]), relayer.role))


def _verb_gender(word: str) -> str:
    """A past verb's gender by its ending: «نقلت» f, «نقل» m."""
    return "f" if norm_key(word).endswith("ت") else "m"


def _relayer(st: _State, cue: tuple[int, int], subj: _Subject) -> MentionDraft | None:
    """The person named between «نقل» and «عن» («ونقل الوزير العنزي عن سموه قوله»), when the words
    relayed are someone else's."""
    if not norm_key(st.text[cue[0] : cue[1]]).lstrip("وف").startswith("نقل"):
        return None
    an = next((t for t in _tokens(st.text, cue[1], min(len(st.text), cue[1] + 80)) if _key(t[2]) == "عن"), None)
    if an is None:
        return None
    people = st.mentions_in(cue[1], an[0], labels=("PERSON",))
    if not people or subj.speaker is not None and (
        cue[1] <= subj.speaker[0] < an[0] or norm_key(people[-1].text) == norm_key(text_of(st, subj.speaker))
    ):
        return None  # (the relayer is the one quoted: «ونقل عن الوزير قوله»)
    return people[-1]


# words that end a title after a name: the occasion («خلال»، «أثناء») or a clause («ما نقل …»، «الذي»)
_ROLE_AFTER_NAME_ENDS = frozenset(
    norm_key(w) for w in ("خلال", "أثناء", "اثناء", "ما", "مما", "الذي", "التي", "الذين", "وهو", "وهي", "قد", "كان", "كانت")
)


def _role_after_name(st: _State, speaker: tuple[int, int], cue: tuple[int, int], content: tuple[int, int]) -> str | None:
    """A title right after the speaker's name, no comma between, in the cue's sentence: «وقال سامي
    العلي رئيس الاتحاد إن …»، «… قالت سلمى الخطيب مديرة التسويق في الشركة.» (up to the
    conjunction, a comma, a colon, a mark or the occasion of speaking)."""
    text = st.text
    if not any((m.start, m.end) == speaker for m in st.mentions_in(*speaker, labels=("PERSON",))):
        return None
    sent = st.sentence_of(cue[0])
    if st.sentence_of(speaker[0]) != sent:
        return None
    limit = st.sentence_end(cue[0])
    if speaker[1] <= content[0] < limit:
        limit = content[0]
    toks = _tokens(text, speaker[1], limit)
    if (
        len(toks) < 2
        or not _is_title(st.lex, toks[0][2])
        or _key(toks[0][2]) in st.lex.honorifics
        # (not a name word the entities stage left out of the name: «الأمين طه»، «ماريسول رييس»,
        # nor «أمام» "before", an imam's title without its hamza)
        or _key(toks[0][2]) in st.lex.first_names
        or dediac(toks[0][2]).lstrip("وف") in ("أمام", "امام")
        # (no other person in it, but the one a spokesman speaks for: «قال مارك ريغيف المتحدث باسم
        # رئيس الوزراء الإسرائيلي إيهود أولمرت إن»)
        or st.mentions_in(toks[0][0], limit, labels=("PERSON",)) and not (
            _noal(_bare(_key(toks[0][2]))) in _SPOKESMEN and _key(toks[1][2]) in _ON_BEHALF
        )
        # (a given name alone is a name cut short: «محمد الأمين طه» read as «محمد»)
        or _key(text[speaker[0] : speaker[1]]) in st.lex.first_names
    ):
        return None
    end = toks[0][1]
    for n, t in enumerate(toks[1:], 1):
        k = _key(t[2])
        if t[2][:1] in '،,:؛;()«»"“”' or st.lex.conj_re.match(text, t[0]) or k in _ROLE_AFTER_NAME_ENDS:
            break
        if k == "في" and n + 1 < len(toks) and _fold(_noal(_bare(_key(toks[n + 1][2])))) in _SPEECH_EVENTS | _SPEECH_OCCASIONS:
            break
        if any(True for _ in _scan(text, st.lex.verb_words, t[0], t[1])):
            break
        end = t[1]
    if not 2 <= _words(text, toks[0][0], end) <= 10:
        return None  # (a title word alone after a name is more often the name's own: «ماريسول رييس»)
    return _role_text(st, toks[0][0], end)


_GLOSSED_RE = re.compile(r'["«“]([^"«»“”\n]{2,40})["»”]\s*\(\s*$')


def _arabic_of_gloss(st: _State, span: tuple[int, int]) -> tuple[int, int]:
    """A Latin gloss in brackets speaks for the Arabic name right before it: «مكتب "غورميه
    أناليتيكس" (Gourmet Analytics)»، «سلسلة … "سبورتيا" (Sportia)»: the name in marks is the speaker
    (proposed when the entities stage left it untagged), not its spelling."""
    text = st.text
    a, b = span
    if is_arabic(text[a:b]) or text[b : b + 2].strip()[:1] != ")":
        return span
    g = _GLOSSED_RE.search(text, max(0, a - 60), a)
    if g is None:
        return span
    s0, e0 = g.span(1)
    inside = st.mentions_in(s0, e0, labels=("PERSON", "ORG", "PRODUCT", "LOC"))
    x = next((x for x in inside if (x.start, x.end) == (s0, e0)), None)
    if x is not None:
        return (x.start, x.end)
    if inside or not is_arabic(text[s0:e0]):
        return span
    lab = next((m.label for m in st.mentions_in(a, b) if (m.start, m.end) == (a, b)), "ORG")
    st.add_mention(MentionDraft(s0, e0, text[s0:e0], lab, "rule", 0.6, sentence=st.sentence_of(s0)))
    return (s0, e0)


def _short_form_of_another(st: _State, x: MentionDraft) -> bool:
    """«الصدر» after «مقتدى الصدر» was named: the short form of a person named in full before, not
    the first half of a name read as two («المتحدث باسم الصدر صلاح العبيدي»)."""
    return any(
        y.end <= x.start and y.text.endswith(" " + x.text) for y in st.mentions_in(0, x.start, labels=("PERSON",))
    )


def _two_full_names(st: _State, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """«… في اغتيال رفيق الحريري سيرج براميرتس»: a name closed by its family name with the article,
    then a given name and a family name: two people side by side, not one name."""
    lw, rw = st.text[left[0] : left[1]].split(), st.text[right[0] : right[1]].split()
    return (
        len(lw) >= 2 and len(rw) >= 2 and _key(lw[-1]).startswith("ال") and _key(rw[0]) in st.lex.first_names
        and _key(lw[-2]) not in _COMPOUND_HEADS  # («عبد الرحمن» «محمد الأمين» is one name)
    )


def _whole_name(st: _State, span: tuple[int, int]) -> tuple[int, int]:
    """One name tagged as two people side by side («نصر» «الله»): the speaker is the whole name,
    proposed as one mention. Names joined by و («مبارك وعبد الله») stay apart."""
    ms = st.mentions_in(max(0, span[0] - 40), span[1] + 40, labels=("PERSON",))
    if not any(x.start == span[0] and x.end == span[1] for x in ms):
        return span
    a, b = span
    changed = True
    while changed:
        changed = False
        for x in ms:
            if x.end < a and st.text[x.end : a] == " " and not st.text[a : a + 1] == "و" and not _short_form_of_another(st, x) and not _two_full_names(st, (x.start, x.end), (a, b)):
                a, changed = x.start, True
            elif x.start > b and st.text[b : x.start] == " " and st.text[x.start] != "و" and not _two_full_names(st, (a, b), (x.start, x.end)):
                b, changed = x.end, True
    if (a, b) == span:
        return span
    for x in st.mentions_in(a, b, labels=("PERSON",)):
        if x.start == a and x.end == b:
            return a, b
    nm = MentionDraft(a, b, st.text[a:b], "PERSON", "rule", 0.6, sentence=st.sentence_of(a))
    st.add_mention(nm)
    return a, b


def lemma_of_match(lex: _Lex, m) -> str:
    vkey = lex.verb_words.get(_fold(m.group("v"))) or norm_key(m.group("v"))
    return lex.verbs.get(vkey, (vkey, None))[0]


_YOU = {norm_key(w) for w in ("أنت", "فأنت", "وأنت", "أنتم", "فأنتم", "وأنتم", "أنك", "إنك", "فإنك", "لأنك")}
# «لا» before a verb spelt أفعل: the first person present, not the past («لا أنكر أن …» "I don't
# deny", «ولا أعتقد أن …»): the one speaking says it of himself, no one is reported. (A past
# report is negated with لم or ما: «لم ينكر»، «ما أنكر».)
_NOT_I = {norm_key(w) for w in ("لا", "ولا", "فلا")}
# «تبيّن» "turned out" with what it turned out from: «وتبين من حديثه أنه …»، «ويتبين من الوثائق أن»
_TURNED_OUT = frozenset(_fold(w) for w in ("تبين", "وتبين", "فتبين", "يتبين", "ويتبين", "فيتبين", "اتضح", "واتضح"))
_EVERY = {norm_key(w) for w in ("كل", "فكل", "وكل", "لكل", "بكل")}


_FA_INNAHU = {norm_key(w) for w in ("فإنه", "فأنه", "فانه", "فإنها", "فأنها", "فانها")}


def _name_before_conj(st: _State, p: _Pair, conj) -> bool:
    """«قال تحالف المعارضة «منتدى الإنقاذ الوطني» في بيان إن»، «اعتبر تحالف "منبر الإنقاذ الوطني"
    المعارض، في بيان، أن»: a short name in marks inside the subject, the verb's conjunction a few
    words after it (only commas, definite words, «في بيان» and the like, names or a Latin gloss
    between; no other mark): part of the subject, not the quote."""
    text = st.text
    if conj is None or conj.start() < p.close or not 1 <= _words(text, *p.content) <= 5:
        return False
    inner = text[p.content[0] : p.content[1]]
    if any(ch in inner for ch in ".،,:؛!?؟") or any(True for _ in _scan(text, st.lex.verb_words, *p.content)):
        return False
    pw = _tokens(text, max(0, p.open - 12), p.open)[-1:]
    if pw and (lex_conj := st.lex.conj_re.match(text, pw[0][0])) is not None and lex_conj.end() >= pw[0][1]:
        return False  # «قال إن "…"»: after a conjunction, what was said
    first = _tokens(text, *p.content)[:1]
    fk = _key(first[0][2]) if first else ""
    if not first or fk[:1] in "بل" and (fk[1:].startswith("ال") or fk[1:].replace("ء", "") in _common_words()) or st.lex.conj_re.match(text, first[0][0]) is not None:
        return False  # «اتهمهما "بتهديد …"»، «وقال "انه …"»: what was said, governed or a clause
    gap = _tokens(text, p.close + 1, conj.start())
    inside = st.mentions_in(p.close + 1, conj.start())
    # (a Latin gloss counts for nothing, and a second apposition may follow: «رئيس أسواق رأس المال
    # في "هاربر غيت للأوراق المالية" (Harbor Gate Securities)، أحد المنسقين الدوليين للطرح، إن»)
    return sum(1 for t in gap if is_arabic(t[2])) <= 8 and all(
        t[2] in "،,()" or _key(t[2]).startswith(("ال", "لل")) or _key(t[2]) in _STATEMENT_GAP
        or _key(t[2]) in _ONE_OF and n and gap[n - 1][2] in "،,"
        or any(x.start <= t[0] < x.end for x in inside)
        or not is_arabic(t[2]) and not any(c in t[2] for c in "\"«»“”'")
        for n, t in enumerate(gap)
    )



# what may stand between a name in marks and the conjunction: «في بيان»، «في تصريح له»
# platforms by name, where a post is written («على فيسبوك»)
_PLATFORM_NAMES = frozenset(norm_key(w) for w in ("تليغرام", "تلغرام", "إكس", "فيسبوك", "تويتر"))
# (or where the named page lives: «مؤسسة صفحة "أمهات طلاب الثانوية العامة" على فيسبوك، إن»)
_STATEMENT_GAP = _PLATFORM_NAMES | frozenset(
    norm_key(w)
    for w in (
        "في", "بيان", "تصريح", "تصريحات", "حديث", "له", "لها", "مؤتمر", "صحفي",
        "على", "عبر", "فيس", "بوك", "إنستغرام", "انستغرام", "يوتيوب", "تيك", "توك", "واتساب",
    )
)


def _term_in_subject(st: _State, p: _Pair, colon: int) -> bool:
    """«يقول مسؤول الناشرين العرب في " مؤسسة المعارض الثقافية " التابعة لوزارة … محمد علي
    السعدي : إن …»: a short name in marks after a preposition, inside a subject that a named
    person and a colon close, is part of the subject, not the quote."""
    text = st.text
    if colon == -1 or colon < p.close or _words(text, *p.content) > 4:
        return False
    pw = _tokens(text, max(0, p.open - 12), p.open)[-1:]
    if (
        pw and _is_title(st.lex, pw[0][2]) and not text[p.close + 1 : colon].strip()
        and st.mentions_in(max(0, p.open - 60), pw[0][0], labels=("PERSON",))
    ):
        # «تقول نادين حداد مديرة « دار الأفق الجديد » : « بعنا … »»: her title's house in marks,
        # closing the subject right before the colon
        return True
    if not pw or _key(pw[0][2]) not in _PREPOSITIONS:
        return False
    gap = _tokens(text, p.close + 1, colon)
    if not gap or len(gap) > 20 or any(t[2] in "\"«»“”'" for t in gap):
        return False
    ps = st.mentions_in(p.close, colon, labels=("PERSON",))
    return bool(ps) and _trim(text, ps[-1].end, colon)[0] >= colon


_KIN = frozenset(
    norm_key(w)
    for w in ("ابن", "وابن", "نجل", "ونجل", "ابنة", "وابنة", "كريمة", "وكريمة", "شقيق", "وشقيق", "شقيقة", "وشقيقة", "حفيد", "وحفيد", "زوجة", "وزوجة", "زوج", "وزوج",
              "والد", "ووالد", "والدة", "ووالدة", "أخت", "وأخت", "عم", "وعم", "خال", "وخال", "جد", "وجد", "جدة", "وجدة", "حفيدة", "وحفيدة", "أرملة", "وأرملة")
)


# «وأمها»، «ووالده»، «وزوجته»: و + a relative and the pronoun of the one just named
_KIN_AND_HERS = re.compile(r"و(?:ام|اب|ابو|والد|والدت|زوج|زوجت|شقيق|شقيقت|ابن|ابنت|اخ|اخت)(?:ه|ها|هما)")
_STATS = frozenset(_bare(norm_key(w)) for w in ("تقديرات", "إحصاءات", "إحصائيات", "احصائيات", "احصاءات", "أرقام", "الإحصاءات", "الإحصائيات", "الاحصائيات", "التقديرات", "الأرقام"))
_STAT_WHEN = frozenset(_bare(norm_key(w)) for w in ("عام", "لعام", "سنة", "لسنة"))


_ADDED = frozenset(_fold(w) for w in ("وأضاف", "وأضافت", "ويضيف", "وتضيف", "واضاف", "واضافت"))


def _after_title_object(st: _State, x: MentionDraft) -> bool:
    """«تمثالا للرحّالة المغربي ابن بطوطة»: a name after a title with ل/ب attached (and up to
    two adjectives) is governed by that preposition, an object."""
    toks = _tokens(st.text, max(0, x.start - 60), x.start)[-3:]
    for n, t in enumerate(toks):
        k = _fold(t[2])
        if k[:2] in ("لل", "بال") and len(k) > 4 and all(
            _fold(u[2]).startswith("ال") for u in toks[n + 1 :]
        ):
            return True
    return False


_RAA = norm_key("رأى")


def _saw_self(st: _State, lemma: str, end: int) -> bool:
    """«رأت نفسها»: «رأى» (its lemma ``lemma``, the verb ending at ``end``) with «نفسه/نفسها/نفسهم»
    after it is "saw oneself", no opinion."""
    nxt = st.text[end : end + 16].split()[:1]
    return lemma == _RAA and bool(nxt) and norm_key(nxt[0]) in _SELF


def _every_one(st: _State, m: re.Match) -> bool:
    """«فكل فرد»، «لكل فرد»: فرد after كل is the noun "individual", not ف + the verb ردّ; «لا رأي
    لهن فيها»: رأي after لا is the noun "say, opinion", not the verb رأى."""
    if (
        lemma_of_match(st.lex, m) == norm_key("رأى")
        and not m.group("pre")
        and _fold(m.group("v")) == _fold("رأي")
    ):
        prev = st.text[max(0, m.start() - 12) : m.start()].split()
        return bool(prev) and _key(prev[-1]) in (norm_key("لا"), norm_key("ولا"))
    if lemma_of_match(st.lex, m) != norm_key("رد") or not m.group("pre"):
        return False
    prev = st.text[max(0, m.start() - 12) : m.start()].split()
    return bool(prev) and _key(prev[-1]) in _EVERY


_BAYYANA_AFTER = {norm_key(w) for w in ("كما", "قد", "وقد", "فقد", "لقد", "الذي", "التي", "الذين", "حيث", "وحيث", "ثم", "بدوره", "بدورها", "وبدوره", "وبدورها", "كذلك", "أيضا", "،", ",")}


def _vocalised_passive(verb: str) -> bool:
    """«أُعلن»، «ذُكر»: a past verb written with a damma on its first letter is passive (the present
    يُعلن / تُعلن / نُعلن is active, its damma is the prefix's)."""
    return len(verb) >= 2 and verb[1] == "\u064f" and verb[0] not in "يتن"


def _cue_after_close(st: _State, p: _Pair) -> bool:
    """A verb of saying right after the closing mark (and a comma): ««…»، قالت الباحثة …»."""
    text = st.text
    toks = _tokens(text, p.close + 1, min(len(text), p.close + 40))[:2]
    if toks and toks[0][2] in "،,":
        toks = toks[1:]
    if not toks:
        return False
    return any(h.start() == toks[0][0] and not h.group("pre") for h in _scan(text, st.lex.cue_words, toks[0][0], toks[0][1]))


# «كتب X على حسابه في منصة إكس أن …»، «نشر على صفحته أن …»: a post on a platform reports with أن
_PLATFORM_WORDS = _PLATFORM_NAMES | frozenset(
    _noal(norm_key(w))
    for w in ("حساب", "حسابه", "حسابها", "صفحة", "صفحته", "صفحتها", "منصة", "تطبيق", "موقع", "مدونة", "مدونته", "مدونتها")
)


_WROTE = norm_key("كتب")
_EDITORIAL_WORDS = frozenset(
    norm_key(w) for w in ("افتتاحيتها", "افتتاحيته", "افتتاحية", "مقال", "مقاله", "مقالها", "مقالة", "عموده", "عمودها", "تعليقها", "تعليقه", "صفحتها", "صفحته")
)
_PAPER_WORDS = frozenset(norm_key(w) for w in ("صحيفة", "الصحيفة", "جريدة", "الجريدة", "مجلة", "المجلة", "صحف", "الصحف"))


def _in_the_paper(st: _State, zone_keys: list[str], a: int, b: int, v_start: int) -> bool:
    """«كتبت « الغارديان » في افتتاحيتها»، «وكتبت صحيفة هآرتس»، «وفي « هآرتس » كتب المحلل …»:
    written in a paper (its editorial, an article, the paper named as the subject or, with في,
    before the verb)."""
    if any(k in _EDITORIAL_WORDS or k.removeprefix("ل") in _EDITORIAL_WORDS for k in zone_keys) or bool(zone_keys) and zone_keys[0] in _PAPER_WORDS:
        return True
    if any(norm_key(x.text) in _media_names() for x in st.mentions_in(a, b, labels=("ORG",))):
        return True
    head = _tokens(st.text, st.sentence_start(v_start), v_start)
    return len(head) >= 2 and _key(head[0][2]) in ("في", "وفي") and (
        head[1][2] in ("«", '"', "“")  # («وفي « الحياة » كتب …»: a paper named in marks)
        or any(norm_key(x.text) in _media_names() for x in st.mentions_in(head[0][1], v_start, labels=("ORG",)))
    )


def _on_platform(zone_keys: list[str]) -> bool:
    """«على منصة إكس»، «في منشور على حسابه»، «على منتديات البورصة»: where a post was written."""
    for n, k in enumerate(zone_keys[:-1]):
        if k == "علي" and _noal(zone_keys[n + 1]) in _WRITTEN_ON:
            return True
        if k == "في" and _noal(zone_keys[n + 1]) in _POSTS:
            return True  # «لكنه كتب في منشور لاحق أن …»، «وكتبت في تدوينة أن …»
    return False


# what is written online: «في منشور»، «في تدوينة»، «في تغريدة»، «على منتديات البورصة»
_POSTS = frozenset(
    _noal(norm_key(w)) for w in ("منشور", "تدوينة", "تغريدة", "منتديات", "منتدى", "تعليق", "رسالة")
)
_WRITTEN_ON = _PLATFORM_WORDS | _POSTS  # where a post was written, after «على»


# prepositions no past verb follows: the word after one is a noun («في رد على …»، «بعد رد الوزارة»)
# (not «على»: its key is the name علي, «وقال محمد علي»)
_NOUN_PREPOSITIONS = frozenset(norm_key(w) for w in ("في", "وفي", "إلى", "عن", "بعد", "قبل", "خلال"))
# indefinite nouns that head a name in construct: the next word is the name, never a verb
# («وكالة فرات للأنباء» is no «ف» + «رأت»)
_NAME_HEADS = frozenset(
    norm_key(w) for w in ("وكالة", "صحيفة", "مجلة", "قناة", "إذاعة", "شركة", "مؤسسة", "جامعة", "مستشفى", "نهر", "فندق", "مطعم", "مدرسة")
)


# Verbs whose content may come as «على أن» («شدد على أن»، «أكد على أن»، «اتفقوا على أن»)
_ALA_VERBS = frozenset(
    norm_key(w) for w in ("شدد", "أكد", "حرص", "اتفق", "نص", "وافق", "أصر", "ركز", "حث", "دل", "برهن", "علق")
)


# verbal nouns of the على verbs: «وختم العمايرة بالتأكيد على أن …» (the content of «ختم» after them)
_ALA_NOUNS = frozenset(
    norm_key(p + w) for w in ("التأكيد", "التشديد", "الإصرار", "الحرص") for p in ("", "ب", "و", "وب")
)


def _between(st: _State, m: re.Match) -> bool:
    """«يشهد ملعب الحارثي " ديربي " جهويا بين فريقي …»، «فيما بين اللاعبين خصوصا أن …»: unvocalised
    and bare inside a clause, بين is the preposition "between"; the verb بيّن comes with its
    conjunction (وبين)، first in its sentence, after a particle (كما بين) or after a fronted
    adjunct's comma («وردّاً على سؤال حول …، بيّن أن»), or written with its shadda."""
    text, v_start = st.text, m.start()
    prev_tok = text[max(0, v_start - 12) : v_start].split()
    if _fold(m.group("v")) == _fold("بين") and "\u0651" not in m.group("v") and _among(st, m.end()):
        return True  # «، وبين المرحّلين نساء حوامل»: among (a genitive plural), no verb's subject
    return (
        _fold(m.group("v")) == _fold("بين")
        and not m.group("pre")
        and v_start != st.sentence_start(v_start)
        and not (prev_tok and _key(prev_tok[-1]) in _BAYYANA_AFTER)
        and not text[max(0, v_start - 3) : v_start].rstrip().endswith(("،", ","))
        and "\u0651" not in m.group("v")
    )


def _among(st: _State, end: int) -> bool:
    """The word after an unvocalised «بين» ending at ``end`` is a definite genitive plural («وبين
    المرحّلين»): the preposition "among", not the verb بيّن, whose subject would be «المرحّلون»."""
    nxt = st.text[end : end + 24].split()[:1]
    k = _key(nxt[0]) if nxt else ""
    return k.startswith("ال") and k.endswith("ين") and len(k) > 5 and k not in st.lex.stops


# «وردّاً على سؤال حول …،»، «وعن سؤال بشأن …،»: an opening adjunct on the question put
_REPLY_WORDS = frozenset(norm_key(w) for w in ("ردا", "وردا", "رد", "ورد"))
_QUESTION_WORDS = frozenset(norm_key(w) for w in ("سؤال", "سؤالها", "سؤاله"))


def _in_question_on(st: _State, s0: int, m: MentionDraft, cue_start: int) -> bool:
    """``m`` is named in an opening adjunct on the question put, up to its comma: «وردّاً على سؤال
    حول جاهزية المهاجم يوسف بن عمر، أجاب:» (who is asked about does not answer)."""
    toks = _tokens(st.text, s0, m.start)
    keys = [_key(t[2]) for t in toks[:4]]
    opens = keys[:3] and (
        keys[0] in _REPLY_WORDS and keys[1:2] == ["علي"] and keys[2:3] and keys[2] in _QUESTION_WORDS
        or keys[0] in ("عن", "وعن") and keys[1:2] and keys[1] in _QUESTION_WORDS
    )
    return bool(opens) and not any(t[2] in "،," for t in toks) and bool(re.search("[،,]", st.text[m.end : cue_start]))


def _kana_subject(st: _State, v_start: int, gender: str | None) -> MentionDraft | None:
    """«وكانت جمعية "أصدقاء النحل" في وجدة قد نبّهت … إلى أن»: كان opening the sentence, a body or
    person named (after its cue word), where it sits (a preposition and up to three words, no
    comma), then «قد» and the verb: the name is the subject."""
    text = st.text
    toks = _tokens(text, _after_dateline(text, st.sentence_start(v_start), v_start), v_start)
    if len(toks) < 3 or _key(toks[0][2]) not in _KANA or _key(toks[-1][2]) != "قد":
        return None
    x = next(iter(st.mentions_in(toks[1][0], toks[-1][0], labels=("PERSON", "ORG"))), None)
    p = st.pair_at(toks[1][0])
    if p is not None and gender in ("f", None) and 1 <= _words(text, *p.content) <= 4 and (x is None or x.start > p.close):
        rest = text[p.close + 1 : toks[-1][0]].strip()
        if not rest or re.fullmatch(r"\([A-Za-z][A-Za-z .&'-]*\)", rest):
            # «وكانت “المفكرة القانونية” (Legal Agenda) قد حذّرت»: a body named in marks, its Latin
            # name after it, is the subject
            inner = next((y for y in st.mentions_in(*p.content, labels=("ORG",)) if (y.start, y.end) == p.content), None)
            return inner or _proposed_body(st, p.content)
    if x is None and len(toks) == 3 and _key(toks[1][2]) in st.lex.anaphors:
        # «وكان البنك قد أكد في بيان أن»: the body called by its common noun, named before
        return _resolve_anaphor(st, _key(toks[1][2]), toks[1][0])
    if (
        x is None or len(re.sub('["«»“”]', " ", text[toks[1][0] : x.start]).split()) > 1 or _governed(st, x)
        or (x.label == "ORG" and gender not in ("f", None))
    ):  # (not a name a noun governs: «وكانت زيارة بلير قد أكدت»)
        return None
    gap = [t for t in _tokens(text, x.end, toks[-1][0]) if t[2] not in '"»”']
    if gap and gap[0][2][:1] in '«"“' and (p := st.pair_at(gap[0][0])) is not None and _words(text, *p.bounds) <= 3:
        # «وكانت المؤسسة العامة القطرية للكهرباء والماء "كهرماء" قد أعلنت»: its short name in marks
        gap = [t for t in gap if t[0] > p.close]
    if gap and not (
        len(gap) <= 4 and _key(gap[0][2]) in _PREPOSITIONS and not any(t[2] in "،,;؛:()«\"“" for t in gap)
        and not st.mentions_in(x.end, toks[-1][0], labels=("PERSON", "ORG"))
    ):
        return None
    return x


_HE_OR_SHE = frozenset(norm_key(w) for w in ("هو", "وهو", "هي", "وهي"))
_STUDENT = norm_key("طالب")


_FA_QAD = frozenset(_fold(w) for w in ("فقد", "فلقد"))

# verbs that take whom they address as an object before the clause: «حذّر X من أن»، «أبلغ X أن»، «طالب X بأن»
_OBJECT_FIRST_VERBS = frozenset(norm_key(w) for w in ("حذر", "ابلغ", "طالب", "دعا"))
# masculine places: the rest of the countries and cities named without the article take a feminine verb
_MASCULINE_PLACES = frozenset(norm_key(w) for w in ("لبنان", "عمان"))


def _before_object(st: _State, a: int, b: int) -> int:
    """«ودعا الأمين العام المواطنين إلى أن»: after a verb that takes whom it addresses, the subject
    ends before a definite plural in the oblique case (or of things) that follows a definite word
    (an adjective of the subject, not the head of a construct: «وزير الاتصالات» is one title)."""
    toks = _tokens(st.text, a, b)
    near = st.mentions_in(max(0, a - 80), min(len(st.text), b + 80))
    for n in range(1, len(toks)):
        w, prev = dediac(toks[n][2]), dediac(toks[n - 1][2])
        if (
            w.startswith("ال") and prev.startswith(("ال", "وال"))
            # (an adjective agrees with a plural before it: «أولياء أمور اللاعبين الناشئين»، «كبير
            # المفاوضين الإيرانيين»; and a plural of nationality is one too)
            and not (prev.endswith(("ين", "ون")) and w.endswith("ين")) and not w.endswith("يين")
            and not (prev.endswith("ات") and w.endswith("ات") and w.startswith("الم"))
            and (w.endswith("ين") and len(w) > 6 or w.endswith("ات") and len(w) > 5)
            and not _is_title(st.lex, toks[n][2])
            # (not a word inside a body's name: «اتحاد المنمين الموريتانيين»)
            and not any(x.start < toks[n][1] and toks[n][0] < x.end for x in near)
        ):
            return toks[n][0]
    return b


def _urged_again(st: _State, m: re.Match, b: int, lemma: str, subj: _Subject) -> bool:
    """«ودعا المركز إلى تسجيل المتبرعين …، كما دعا الأسر إلى أن»: a verb of urging after «، كما»
    with one definite word and no one named before its conjunction urges that word's people; the
    subject is the sentence's own."""
    prev = _tokens(st.text, max(0, m.start() - 12), m.start())[-2:]
    zone = [t for t in _tokens(st.text, m.end(), b) if t[2] not in "،,"]
    return (
        lemma in _URGING_VERBS and subj.speaker is None and not m.group("pre")
        and len(prev) == 2 and prev[0][2] in "،," and _fold(prev[1][2]) in _ALSO
        and len(zone) == 1 and _key(zone[0][2]).startswith("ال") and not _is_title(st.lex, zone[0][2])
    )


def _addressed_not_subject(st: _State, a: int, b: int, subj: _Subject) -> bool:
    """After a masculine verb that takes whom it addresses («وحذر»، «وأبلغ»، «وطالب»), words that
    cannot agree with it are its object, not its subject: a place named without the article
    («وحذر إسرائيل من أن»), a feminine noun («وحذر الحكومة من أن»), a plural of things or one with a
    feminine adjective or a count («وحذر السلطات»، «الأطراف اللبنانية»، «الدول الثلاث»)."""
    toks = [t for t in _tokens(st.text, a, b) if t[2] not in "،,"]
    if not toks:
        return False
    if subj.speaker is not None:
        m = next((x for x in st.mentions_in(*subj.speaker, labels=("PERSON", "ORG", "LOC")) if (x.start, x.end) == subj.speaker), None)
        if m is None or m.label == "PERSON":
            return False
        if m.label == "LOC":
            return not m.text.startswith("ال") and norm_key(m.text) not in _MASCULINE_PLACES and m.start == toks[0][0]
    if st.mentions_in(toks[0][0], toks[0][1], labels=("PERSON",)):
        return False
    w = dediac(toks[0][2])
    if (
        subj.speaker is not None and m.label == "ORG" and m.start == toks[0][0] and w.endswith("ة")
        and not w.startswith("ال") and len(toks) > 1
    ):
        return True  # «ودعا وزارة البيئة والمياه والزراعة إلى أن»: a body by a feminine noun
    if not w.startswith("ال") or _is_title(st.lex, toks[0][2]):
        return False
    if w.endswith(("ة", "ات")):
        return True  # «الحكومة»، «السلطات»
    if w.endswith("ين") and len(w) > 6 and norm_key(w) not in st.lex.first_names and norm_key(w[2:]) not in st.lex.first_names:
        # «ودعا المصلين إلى أن يصطحبوا …»: a masculine plural in the oblique case (the subject would
        # read «المصلون»), those addressed
        return True
    nxt = dediac(toks[1][2]) if len(toks) > 1 else ""
    return norm_key(nxt) in _DEFINITE_NUMBERS or nxt.startswith("ال") and nxt.endswith("ية")


_AFTER_EVENT = frozenset(norm_key(w) for w in ("عقب", "بعد", "إثر", "اثر", "قبل", "غداة", "عشية", "وعقب", "وبعد"))


def _timed_speech_noun(st: _State, a: int, b: int) -> bool:
    """«وأعلنت حالة التأهب عقب تصريحات وزير الدولة … بأن "…"»: a speech noun after «عقب»/«بعد»
    between the verb and its conjunction owns the conjunction; the verb reports nothing."""
    for h in _scan(st.text, st.lex.verbal_nouns, a, b):
        prev = _tokens(st.text, max(a, h.start() - 12), h.start())[-1:]
        nxt = _tokens(st.text, h.end(), b)[:1]
        if (
            prev and _key(prev[0][2]) in _AFTER_EVENT and nxt
            # (its speaker after it, by title or name; not «عقب إعلان النتائج»)
            and (_is_title(st.lex, nxt[0][2]) or any(x.start == nxt[0][0] for x in st.mentions_in(nxt[0][0], b, labels=("PERSON", "ORG"))))
        ):
            return True
    return False


def _not_named_in_own_report(st: _State, subj: _Subject, a: int, cue_start: int, gender: str | None) -> _Subject:
    """A subjectless cue whose report opens by naming the one it would carry («وكان الاسد قال …» then
    «وقال ان خطاب الاسد … يعني …»): no one reports his own speech by his name, so the speaker before
    him in the last sentences goes on, else none is guessed."""
    head = {_key(t[2]) for t in _tokens(st.text, a, min(len(st.text), a + 40))[:4]}
    name = st.text[subj.speaker[0] : subj.speaker[1]].split()
    last = _key(name[-1]) if name else ""
    person = any((x.start, x.end) == subj.speaker for x in st.mentions_in(*subj.speaker, labels=("PERSON",)))
    if not person or len(last) < 4 or last in st.lex.stops or last not in head:
        return subj  # (a body names itself in its statements; «أبو علي» is no «على»)
    sent = st.sentence_of(cue_start)
    for h in reversed(st.history):
        if h.sentence < sent - 3:
            break
        if h.speaker is None or not _compatible(h.gender, gender):
            continue
        words = st.text[h.speaker[0] : h.speaker[1]].split()
        if words and _key(words[-1]) != last:
            return _Subject(h.speaker, h.role, "carry", 0.6, "PERSON" if st.mentions_in(*h.speaker, labels=("PERSON",)) else subj.label)
    return _Subject(status="unnamed", confidence=0.5)


_RELATIVE_SET_OFF_RE = re.compile(r"\s*[،,]\s*(?:الذي|التي|الذين|اللواتي)\s[^،,:.]{1,80}[،,]")


# a sign, and what is written on it: «لافتة كُتب عليها»، «لافتات تحمل»
_SIGNS = frozenset(norm_key(w) for w in ("لافتة", "لافتات"))
_WRITTEN = frozenset(norm_key(w) for w in ("كتب", "كتبت", "مكتوب", "مكتوبة", "تحمل"))


_ANNOUNCED = norm_key("أعلن")


def _announced_term(st: _State, m: re.Match, p: _Pair) -> bool:
    """«كما أعلنت اعتماد "سلم تصحيح مرن" لهذا السؤال»: «أعلن» and its object, a verbal noun with no
    article right before a short term in marks (what was adopted, launched or formed): no quote."""
    text = st.text
    if lemma_of_match(st.lex, m) != _ANNOUNCED or _words(text, *p.content) > 4:
        return False
    between = _tokens(text, m.end(), p.open)
    if not 1 <= len(between) <= 2:
        return False
    w = between[-1]
    k = _key(w[2])
    return (
        _WORD_RE.fullmatch(w[2]) is not None and not k.startswith(("ال", "و", "ل")) and k not in st.lex.speech_nouns
        and not st.mentions_in(between[0][0], w[1], labels=("PERSON", "ORG")) and len(dediac(w[2])) >= 4
    )


def _opens_when_clause(st: _State, m: re.Match, a: int = 0) -> bool:
    """The verb ``m``, with no prefix, comes right after «حين/عندما/لما/بعدما» (looked for from ``a``)."""
    prev = st.text[max(a, m.start() - 14) : m.start()].split()
    return not m.group("pre") and bool(prev) and _key(prev[-1]) in _WHEN_CLAUSE_OPENERS


def _when_he_noticed(st: _State, m: re.Match, a: int) -> bool:
    """The verb ``m`` opens a time clause with no subject named after it («حين لاحظ أن»، «عندما
    أدرك أن»), with no comma between ``a`` and it: the clause goes on with the content it sits in."""
    return (
        _opens_when_clause(st, m, a)
        and not any(ch in st.text[a : m.start()] for ch in "،,:;؛")
        and not any(_words(st.text, m.end(), x.start) <= 2 for x in st.mentions_in(m.end(), min(len(st.text), m.end() + 60), labels=("PERSON", "ORG")))
    )


def _reported_start(st: _State, pos: int) -> int | None:
    """Where the content of an indirect quote of ``pos``'s sentence opens, when ``pos`` lies in it
    with no comma, colon or mark between; None otherwise."""
    sent = st.sentence_of(pos)
    return next((
        q.content[0] for q in st.quotes
        if q.kind == "indirect" and q.sentence == sent and q.content[0] < pos
        and not any(ch in st.text[q.content[0] : pos] for ch in "،,:;؛«»\"“”")
    ), None)


# «في تصريحات …» after a name: the occasion of speaking, in the plural
_IN_STATEMENTS = [_fold("في"), _fold("تصريحات")]
# colon-only verbs that never take a reported clause (كتب، نشر، غرّد … أن report what was posted)
_COLON_ONLY_NO_CLAUSE = frozenset(norm_key(w) for w in ("تذكر", "صاح", "صرخ", "قاطع"))


def _handle_verb(st: _State, m: re.Match) -> None:
    text, lex = st.text, st.lex
    v_start, v_end = m.start(), m.end()
    if _hung(st, m):
        return
    on = _tokens(text, v_end, min(len(text), v_end + 16))[:1]
    if lemma_of_match(lex, m) == norm_key("كتب") and "ُ" in text[v_start:v_end] and on and _key(on[0][2]).startswith(_ON):
        return  # «رفعوا لافتات كُتب عليها "…"»، «كُتب على إحداها»: the passive, a sign's words; no one quoted
    if lemma_of_match(lex, m) == norm_key("كتب") and not m.group("pre"):
        head = _tokens(text, v_end, min(len(text), v_end + 40))
        byline = head and (head[0][2] in ":،" or (len(head) > 2 and head[1][2] == ":"))
        dashed = (
            head
            and head[0][2] == "،"
            and any(t[2] == ":" for t in head[2:5])
            and text[v_end : head[0][0]].strip() == ""
            and _DASH_RE.fullmatch(text[head[0][0] : head[0][1]]) is not None
        )
        if (byline and v_start == st.sentence_start(v_start)) or dashed:
            return  # a byline: «كتب: هشام محمود»، «كتب ـ خليفة أدهم:» (also after a headline)
    prev_tok = text[max(0, v_start - 12) : v_start].split()
    if (
        prev_tok
        and _key(prev_tok[-1]) in lex.relatives
        # «سبق أن أشار إليه X … بأن …»، «وكان قد سبق أن أعلن أن …»: "had (already) said"
        and not _after_prior(text, v_start)
        and not _then_added(lex, text, m)
        and not _after_it_said(lex, text, m)
    ):
        return  # «وما يؤكد ذلك أن …»: "what confirms"; «رفض أن يكشف»: not a speech act
    if _opens_when_clause(st, m) and (opened := _reported_start(st, v_start)) is not None and _when_he_noticed(st, m, opened):
        return  # «ويقول الحناوي إن الفكرة بدأت حين لاحظ أن …»: his noticing is part of what he says
    prev2 = text[max(0, v_start - 24) : v_start].split()[-2:]
    if len(prev2) == 2 and _key(prev2[1]) == "من" and _key(prev2[0]) in _SOME_OF_THEM:
        return  # «فمنهم من يري أنه …»: "some of them think", no one in particular
    nxt1 = text[m.end() : m.end() + 16].split()[:1]
    if nxt1 and _key(nxt1[0]) in _MANY:
        return  # «والتي توقع الكثيرون ان …»: what many expect, no one in particular
    lem = lemma_of_match(lex, m)
    if lem == norm_key("لفت") and nxt1 and _fold(nxt1[0]).startswith(_fold("انتباه")):
        return  # «لفت انتباهي أن الكل يتحدث …»: "it caught my attention", no one speaks
    if prev_tok and _key(prev_tok[-1]) in _YOU:
        return  # «فأنت تلاحظ الشابات …»: the reader addressed, no one reported
    if (
        prev_tok and not m.group("pre") and _key(prev_tok[-1]) in _HE_OR_SHE and _key(text[v_start:v_end]) == _STUDENT
        and nxt1 and not _key(nxt1[0]).startswith(("ب", "ال"))
    ):
        return  # «وهو طالب جامعي يرتاد المقهى»: "a student", the predicate of «وهو», no demand
    if (
        prev_tok
        and not m.group("pre")
        and _key(prev_tok[-1]) in _NOUN_PREPOSITIONS
        and st.sentence_start(v_start) < v_start  # (the word before in the same sentence, not a headline's)
    ):
        return  # «في رد على استفسارات "عكاظ" أن …»: a noun after a preposition («a reply»), no verb
    if (
        prev_tok
        and _key(prev_tok[-1]) in _NOT_I
        and not m.group("pre")
        and _fold(m.group("v"))[:1] == "ا"
    ):
        return  # «وانا لا انكر ان في الفيلم عيوباً»: "I don't deny", the speaker's own words
    if _fold(text[v_start:v_end]) in _TURNED_OUT and nxt1 and _key(nxt1[0]) in ("من", "لي", "لنا", "له", "لها", "لهم"):
        return  # «وتبين من حديثه أنه لا يشعر …»: "it turned out from his talk", no one says it
    if prev_tok and m.group("pre") and (_key(prev_tok[-1]) in _NAME_HEADS or _key(prev_tok[-1]).removeprefix("و") in _NAME_HEADS):
        return  # «نقلت وكالة فرات للأنباء عن …»: a name after the noun that heads it, no ف + verb
    if _named_then_name(st, text[v_start:v_end], v_end):
        return  # «وقال احد سكان ضحيان ويدعي علي المؤيد :»: «يدعى» (is named) written with ي, then the name
    if _every_one(st, m):
        return  # «فكل فرد أو مؤسسة يستطيع أن …»: the noun فرد "individual", not ف + ردّ
    if _saw_self(st, lemma_of_match(lex, m), m.end()):
        return  # «إحدى العائلات التي رأت نفسها في أحداث المسلسل، أنه»: saw herself, no opinion
    if _between(st, m):
        return
    if prev_tok and _key(prev_tok[-1]) in _RELATIVES and _carried_not_told(st, m, words=8, chars=80):
        return  # «المترجمة …، التي نقلت ثلاث روايات سعودية إلى الكورية، أن»: who translated, no report
    vkey = lex.verb_words.get(_fold(m.group("v"))) or norm_key(m.group("v"))
    lemma, gender = lex.verbs.get(vkey, (vkey, None))
    if (
        vkey == norm_key("نقل")
        and not m.group("pre")
        and prev_tok
        and _WORD_RE.fullmatch(prev_tok[-1])
        and _fold(prev_tok[-1]).endswith(("ات", "ه", "ل"))
        and not _key(prev_tok[-1]).startswith("ال")
        and _key(prev_tok[-1]) not in lex.stops
    ):
        return  # «مركبات نقل الطلاب»، «شركة نقل»، «وسائل نقل»: the noun «transport» in construct
    if _vocalised_passive(m.group("v")):
        gender = "passive"  # «وأُعلن في ختام اللقاء أن …»: the damma marks the passive, told by no one
    cue = (v_start, v_end)
    sent_end = st.sentence_end(v_start)
    # the zone between the verb and its conjunction / colon / quote mark
    zone_limit = sent_end
    conj = None
    pos = v_end
    while True:
        c = lex.conj_re.search(text, pos, zone_limit)
        if c is None:
            break
        wl = c.start() + len(c.group().rstrip()) - len(c.group().split()[-1]) if c.group().split() else c.start()
        if any(x.start <= wl < x.end for x in st.mentions_in(max(0, wl - 40), wl + 40, labels=("PERSON",))):
            pos = c.end()  # «ودعا بان كي مون … إلى وقف»: «بان» starts a name, no «بأن»
            continue
        sp = text.rfind(" ", v_end, max(v_end, c.start() - 1))
        prev_word = text[(sp + 1 if sp != -1 else v_end) : c.start()].strip()
        pk = _key(prev_word)
        if _takes_its_own_an(lex, pk):
            pos = c.end()
            continue
        if st.inside_quote(c.start()):
            pos = c.end()
            continue
        if _fold(prev_word) in _TURNED_OUT and c.start() > v_end + len(prev_word) + 1:
            break  # «أُبلغت خطأً بإصابتها …، بعد أن تبيّن أن العينة …»: «it turned out» owns the conjunction
        w0 = c.start() + len(c.group()) - len(c.group().lstrip())  # where the conjunction's first word starts
        if (
            _fold(c.group().split()[0]) == "علي" and lemma not in _ALA_VERBS and _key(prev_word) not in _ALA_NOUNS
            # (not the last word of a name: «وأضاف أيت علي أنه …»)
            and not any(x.start <= w0 <= x.end + 1 for x in st.mentions_in(max(0, w0 - 60), w0 + 4, labels=("PERSON",)))
        ):
            # «أعلنت الوزارة إعادة تشغيل المعمل، على أن يبدأ الاستلام …»: "on the understanding
            # that", the writer's condition after the verb's object; «ودعت المديرية … بعد أن تلقت
            # بلاغات عن بيع أسماك مزارع على أنها بحرية»: "as" — no content of a verb that takes no على
            pos = c.end()
            continue
        lead = _tokens(text, v_end, c.start())
        commas = [n for n, t in enumerate(lead) if t[2] in "،,"]
        if (
            commas
            and commas[-1] + 1 < len(lead)
            and _key(lead[commas[-1] + 1][2]).removeprefix("و") in _RELATIVES
            and re.search("[،,]", text[c.end() : zone_limit])
        ):
            # «ذكر الموسيقي زياد حاتم، الذي كان مقرراً أن يحيي حفل الختام، أن …»: a conjunction
            # inside the subject's relative clause, set off by commas, is not the verb's
            pos = c.end()
            continue
        if any(
            x.start < w0 < x.end
            for x in st.mentions_in(max(0, w0 - 60), min(zone_limit, w0 + 60), labels=("ORG", "PRODUCT"))
        ):
            # «في حديث لقناة سي إن بي سي … إن»: a word inside a body's name, not the conjunction
            pos = c.end()
            continue
        if _fold(c.group())[:1] == "ب" and any(
            _fold(t[2]) in _DESCRIBE or _fold(t[2])[1:] in _DESCRIBE
            for t in _tokens(text, v_end, c.start())
        ):
            # «كما قال الرئيس الذي وصف إسرائيل … بأنها " ورم خبيث " ، أن …»: «وصف X بأنه»
            # describes X; the verb's own conjunction comes later
            pos = c.end()
            continue
        g = c.group()
        k = g.strip().find(" ")
        if k > 0:
            if any(
                x.start <= w0 < x.end and x.end <= w0 + k
                for x in st.mentions_in(max(0, w0 - 60), w0 + k, labels=("PERSON",))
            ):
                # «وأضاف أيت علي أنه …»: the last word of a name, not «على أن»; the
                # conjunction is the word after it
                c2 = lex.conj_re.search(text, w0 + k, zone_limit)
                if c2 is not None and c2.start() <= w0 + k + 1:
                    c = c2
        conj = c
        break
    if conj is not None:
        for h in _scan(text, lex.verb_words, v_end, conj.start()):
            if lemma_of_match(lex, h) in _COLON_ONLY_NO_CLAUSE:
                continue  # «ويقول مدرّس متقاعد، يتذكر كيف …، إن»: a verb that reports only before a colon owns no conjunction
            before = _key(text[max(v_end, h.start() - 8) : h.start()].strip())
            if (
                before.endswith(("،", ",")) or before.endswith("اذ")
                # «أشار … إلى ارتفاع الفاتورة، كما أعرب رجال أعمال … عن أملهم في أن …»
                or before.endswith("كما") and ("،" in before or "," in before)
            ) and not any(ch in _without_marked_terms(text[v_end : h.start()]) for ch in '«"“:'):
                # «وأبدى القضاة تشككاً، إذ قالت القاضية سلمى الخطيب إن …»: a reporting verb opening a
                # later clause owns the conjunction; this one, with no quote mark or colon of its own
                # before it (a marked term is none: «شكا حجاج من «غياب الشفافية»، إذ قال»), has none
                return
            seg = text[v_end : h.start()]
            clause = seg[max(seg.rfind("،"), seg.rfind(",")) + 1 :].split() if "،" in seg or "," in seg else []
            if (
                clause
                and (norm_key(clause[0]) in _CONTRAST_OPENERS or norm_key(" ".join(clause[:2])) in _WHEREAS)
                and len(clause) <= 8  # («غير أن مسؤولاً في وزارة الصناعة والتجارة والتموين قال»)
                # (a marked term before it is none: «أعلن مدرب فريق "الواحة" … استقالته، غير أن إدارة الفريق نفت أن»)
                and not any(ch in _without_marked_terms(seg) for ch in '«"“:')
            ):
                # «ولم تكشف الشركة عن حجم التمويل، غير أن مصادر مطلعة أفادت بأن»: the same, after a
                # comma and «but» (or «whereas»: «وطالب النائب … بتشديد العقوبات، في حين رأى خبراء
                # … أن») with the later verb's own subject
                return
            nxt = _tokens(text, h.end(), conj.start())[:1]
            if (
                clause
                and len(clause) <= 3
                and norm_key(clause[0]).removeprefix("و") not in _RELATIVES
                and norm_key(clause[0]) not in _WHILE_PRONOUNS  # (not «، وهي مهندسة زراعية تتابع المشروع …، إن»)
                and not any(ch in seg for ch in '«"“:')
                and nxt
                and norm_key(clause[-1]) not in _NOUN_PREPOSITIONS  # (not «، في رد على أسئلة …»)
                and (_key(nxt[0][2]).startswith("ال") or any(x.start == nxt[0][0] for x in st.mentions_in(nxt[0][0], conj.start())))
            ):
                # «اختتم مهرجان الفخار فعالياته …، وسط إقبال قالت اللجنة المنظمة إنه تجاوز …»: a verb
                # with its own subject, in a short phrase after the comma, owns the conjunction
                return
    neg = _ALLA_RE.search(text, v_end, conj.start() if conj else zone_limit)
    before_neg = text[v_end : neg.start()].split()[-1:] if neg is not None else []
    if before_neg and _takes_its_own_an(lex, _key(before_neg[0])):
        neg = None  # «وشدد على ضرورة ألا يسافر …»: what must be, no words reported (as «ضرورة أن»)
    if neg is not None and not st.inside_quote(neg.start()):
        # «اعتبر الرئيس … أمس ألا أحد يستطيع أن …»: ألا is أن + لا, and the negation is said
        conj = _Hit(neg.start("w"), neg.start("w"), None, "")
    colon = _find_colon(text, v_end, zone_limit)
    if colon != -1 and st.inside_quote(colon) and _named_by_title_noun(st, colon):
        # «نشرت … تحقيقاً بعنوان "الصلب الأخضر: وعود كبيرة"»: the colon of a title in marks
        colon = -1
    qopen = None
    quote_before = _quote_before(st, v_start)  # (a quote closing right before the verb, read again below)
    split = quote_before is not None and not m.group("pre")

    def split_tail(p: _Pair) -> bool:
        return split and _split_tail(st, p, sent_end)

    i = bisect.bisect_left(st.open_pos, v_end)
    while i < len(st.pairs) and st.pairs[i].open < zone_limit:
        if text[v_end : st.pairs[i].open].rstrip().endswith((".", "!", "؟", "?")) and _cue_after_close(st, st.pairs[i]):
            # «ويشكو مقاولون من تأخر التسليم. "أوقفت العمل …"، يقول المقاول …»: a mark opening the
            # next sentence (read with this one), with its own cue after it, is no part of this
            # verb's zone
            break
        if st.pairs[i].depth == 0:
            qopen = st.pairs[i]
            if not (
                _words(text, *qopen.content) < 5 and _is_named_thing(st, qopen)
                # «ل ـ " عزام الأميركي " الذي سبق أن … " اسمعوا له … "»: a short term, then the quote
                or _words(text, *qopen.content) < 3 and conj is None and not split_tail(qopen)
                or _term_in_subject(st, qopen, colon)
                or conj is None and colon == -1 and _announced_term(st, m, qopen)
                or _name_before_conj(st, qopen, conj)
                # «وقال عبد النور، الذي فاز فيلمه "غرفة بلا نوافذ" بالجائزة الكبرى: «…»»: a name in
                # marks inside a relative clause on the subject, the colon after it opening the words
                or colon != -1 and qopen.close < colon and _RELATIVE_SET_OFF.search(text, v_end, qopen.open) is not None
                # «ونقل المحامي جورج حداد، رئيس "تجمّع حقوق المودعين"، عن …»: the body a title heads,
                # in marks before the verb's own conjunction
                or conj is not None and qopen.close < conj.start() and _words(text, *qopen.content) < 6
                and (tb := _tokens(text, max(v_end, qopen.open - 30), qopen.open)[-1:]) and _is_title(lex, tb[0][2])
            ):
                break
            # «ورأت صحيفة "النهار" "أن الخطاب …"»، «في تصريحات نقلتها " تي في 5 " الى وكالة
            # فرانس برس " اعتقد …"»: a name in marks, then the quote
            qopen = None
        i += 1
    if qopen is None and st.unclosed:
        for pos_u in range(v_end, zone_limit):
            if pos_u in st.unclosed:
                qopen = st.unclosed[pos_u]
                break
    if conj is None and (colon != -1 or qopen is not None):
        opens = min(x for x in (colon if colon != -1 else None, qopen.open if qopen is not None else None) if x is not None)
        for h in _scan(text, lex.verb_words, v_end, opens):
            before = _key(text[max(v_end, h.start() - 8) : h.start()].strip())
            if (
                (before.endswith("،") and text[h.start()] not in "وف" or before.endswith("اذ"))
                and not any(ch in text[v_end : h.start()] for ch in '«"“')
            ):
                # «أبدوا تحفظهم، إذ قال سيد عبد العال، بائع الفاكهة: «…»»: as with a conjunction above,
                # the later verb owns the colon or the quote
                return
    if qopen is None and conj is None and colon == -1:
        # «… فأجاب محفوظ.» then «"إنني أتسلى …"»: the cue closes its sentence, the quote opens the next
        tail = _trim(text, v_end, sent_end)
        nxt = _trim(text, sent_end, st.sentence_end(min(len(text) - 1, sent_end + 1)))[0]
        if (
            _words(text, *tail) <= 4
            and text[tail[1] : sent_end].strip()[:1] in (".", "")
            and nxt > sent_end
            and st.pair_at(nxt) is not None
            # ««…»، قالت الباحثة …»: a quote with its own cue right after it is that cue's
            and not _cue_after_close(st, st.pair_at(nxt))
        ):
            qopen = st.pair_at(nxt)
            zone_limit = qopen.open + 1
    if qopen is not None and (
        _words(text, *qopen.content) < 3 and not split_tail(qopen) or _is_named_thing(st, qopen)
    ):
        qopen = None  # «في تصريح لـ"العربية"»: a quoted name, not the quote
    if (
        qopen is not None and colon != -1 and colon > qopen.close
        and re.search(r"(?:^|\s)لـ?\s*$", text[v_end : qopen.open]) is not None and not text[qopen.close + 1 : colon].strip()
    ):
        qopen = None  # «في تصريحات لـ"سي إن بي سي عربية": “…”»: the outlet spoken to, then the colon and the words
    ends = [
        (conj.start(), "conj") if conj else None,
        (colon, "colon") if colon != -1 else None,
        (qopen.open, "quote") if qopen else None,
    ]
    ends = sorted(e for e in ends if e is not None)
    # also a quote closing right before the verb: «…»، قال فلان.
    before = quote_before
    if before is None and not m.group("pre"):
        thus = _tokens(text, max(0, v_start - 12), v_start)[-1:]
        if thus and thus[0][1] <= v_start and _fold(thus[0][2]) in _THUS:
            before = _quote_before(st, thus[0][0])  # ««…»، هكذا قالت نائبة رئيس …»
    if before is not None and m.group("pre"):
        before = None  # «…»، ويقول …: a new clause, not a cue after the quote (that is «…»، قال)
    if before is not None and lemma in _ANSWERS and text[before.content[0] : before.content[1]].rstrip().endswith(("؟", "?")):
        before = None  # «وعند سؤاله: "هل تتوقعون …؟"، أجاب بأن …»: the question put to him, not his words
    if before is not None and (
        _words(text, *before.content) < 2 or _is_named_thing(st, before)
    ):
        before = None  # «وفي تصريح لـ"الشرق الأوسط"، قال …»: a quoted name
    if (
        before is not None and text[(nx := _trim(text, v_end, sent_end, " \t")[0]) : nx + 1] == ":"
        and _words(text, *before.content) <= 4 and st.pair_at(_trim(text, nx + 1, sent_end, " \t")[0]) is not None
    ):
        # «ونصيرة بن يوسف، رئيسة تعاونية «نسيج الواحة»، قالت: «…»»: the verb's words follow its
        # colon in marks; the short marked words before it name the cooperative
        before = None
    if before is not None and _conj_after(st, v_end, sent_end, 3):
        prev = text[max(0, before.open - 12) : before.open].split()
        if prev and _key(prev[-1]) in _PREPOSITIONS:
            # «متخصصين في « الإسلام الأوروبي » يذكرون أن …»: a term governed by a preposition in
            # the subject, and the verb has its own clause
            before = None
        elif prev and _words(text, *before.content) <= 2 and _WORD_RE.fullmatch(prev[-1]):
            # «وجامعو الكمأة الذين التقتهم "العالم الجديد" يقولون إن»: two marked words inside
            # the subject (a name, a term), and the verb has its own clause
            before = None
    if before is not None and _words(text, *before.content) <= 3 and _conj_after(st, v_end, sent_end, 30):
        prev = text[max(0, before.open - 12) : before.open].split()
        if prev and _key(prev[-1]) in _PREPOSITIONS:
            # «في حوار مع "عرب نيوز"، كشفت الرئيسة التنفيذية …، دانة الزهراني، أن»: a name governed
            # by a preposition before the verb, whose own clause comes after its subject
            before = None
    if before is None and _unmarked_speech(
        st, m, lemma, vkey, gender, sent_end, ends[0][0] if ends else sent_end
    ):
        return
    if not ends and before is None:
        _as_reported(st, m, lemma, gender, sent_end)
        _remember_speech_act(st, m, lemma, gender, sent_end)
        return
    kind_end = ends[0] if ends else None
    aside = _while_aside(st, v_end, kind_end) if kind_end is not None else None
    if kind_end is not None:
        zone_b, how = kind_end
        if aside is not None:
            zone_b = aside  # the subject's zone ends where the circumstance set off by a comma opens
        elif how == "conj" and (where := _WHERE_ASIDE_RE.search(text, v_end, zone_b)) is not None:
            # «ويقول سكان في حي تفرغ زينة، حيث تقع القاعة، إن …»: where the subject lives or
            # works, set off by commas right before the conjunction
            zone_b = where.start()
        nwords = _words(text, v_end, zone_b)
        # «وتقول هيرمان - التي اشتهرت بعرضها المسائي … - إنها»: an aside between dashes
        for dash in _DASH_ASIDE_RE.finditer(text, v_end, zone_b):
            nwords -= _words(text, dash.start(1), dash.end(1))
        # (a word inside a name is no breaker: «وقال سي كي شو مدير الشركة ان»)
        names = st.mentions_in(v_end, zone_b, labels=("PERSON", "ORG", "LOC"))
        zone_keys = [
            _key(t[2])
            for t in _tokens(text, v_end, zone_b)
            # (a word with its mark is inside the name too: «وقالت شركة "كي إلكتريك" في بيان إن»)
            if not any(x.start < t[1] and t[0] < x.end for x in names)
        ]
        if lemma == _NASAB and not (
            any(k in lex.speech_nouns for k in zone_keys) and _ILA in zone_keys
        ):
            return  # «نسب» reports only as «نسب … إلى فلان قوله»
        first_zone = _tokens(text, v_end, zone_b)[:1]
        zone_goes_on = (
            # «وتابع بعد لقاء مع رئيس الوزراء … " لكي لا يكون هناك خلط …"»: an adjunct, then
            # the speech in marks; the sentence-initial verb is no noun «تابع» (a follower)
            how == "quote"
            and bool(m.group("pre"))
            and bool(first_zone)
            and _key(first_zone[0][2]) in lex.stops
            and _words(text, *qopen.content) >= 6
        ) or (
            # «ويختم الرشيدي وهو يوجّه عدسته نحو الحلقات: "…"»: the subject, then what he does as he
            # speaks («وهو/وهي …», no comma), then the colon or the marks
            how in ("colon", "quote")
            and bool(names) and names[0].label in _SPEAKER_LABELS and _words(text, v_end, names[0].start) == 0
            and bool(after_name := _tokens(text, names[0].end, zone_b)[:1]) and _key(after_name[0][2]) in _WHILE_PRONOUNS
            and not re.search("[،,]", text[v_end:zone_b])
        ) or (
            # «اما شمص فيختم حديثه الينا وهو يرتب الهواتف : « … »»: the talk he closes, to us, then
            # what he does as he speaks (or only that: «وتابعت وهي تمسح دموعها: «…»»)
            how in ("colon", "quote")
            and not re.search("[،,]", text[v_end:zone_b])
            and (w_at := next((n for n, k in enumerate(zone_keys) if k in _WHILE_PRONOUNS), None)) is not None
            and w_at <= 3
            and all(k in lex.speech_nouns or k in _AUDIENCE or _to_us(k) for k in zone_keys[:w_at])
        )
        # («نسب … إلى فلان قوله» names its speaker for sure; the occasion after it may run long:
        # «قوله في اتصال هاتفي تعليقا على خطابي حسن نصر الله … والرئيس السوري بشار الاسد إن»)
        # («أكد رئيس الجمهورية، السيد رابح بن عيسى، في رسالة وجهها إلى المشاركين في …، قرأها نيابة
        # عنه …، اليوم الأحد بوهران، أن»: the subject, then the occasion set off by a comma, which may
        # run long)
        if nwords > (
            2 * _MAX_ZONE_WORDS if lemma == _NASAB or how == "conj" and _subject_then_occasion(zone_keys) else _MAX_ZONE_WORDS
        ) or (
            lemma in lex.short_zone and nwords > 3 and not zone_goes_on
            # «وبيّن المتحدث … في مؤتمر صحفي بإسلام آباد أن»: written with its shadda the verb is
            # no preposition «بين», and its subject may run longer
            and not ("\u0651" in m.group("v") and nwords <= _MAX_ZONE_WORDS)
            # «وتختم الحمادي حديثها بنصيحة للأهالي: …»: the subject, the talk it closes and with what
            and not (how == "colon" and lemma == _CLOSED and _closing_words(lex, zone_keys))
            # «وتابع في تصريح لإذاعة "موزاييك إف إم" أن»: the occasion of speaking opens the zone
            and not (_occasion_opens(zone_keys) and nwords <= _MAX_ZONE_WORDS)
            # «وتابع الجارحي في تصريحات للصحفيين خارج القاعة: «…»»: the same after a family name given before
            and not (
                nwords <= _MAX_ZONE_WORDS and bool(first_zone) and zone_keys[:2] == _IN_STATEMENTS
                and (
                    any(x.start == first_zone[0][0] for x in st.mentions_in(v_end, zone_b, labels=("PERSON",)))
                    or _known_surname(st, first_zone[0], v_start)
                )
            )
            # «ويتابع المحافظ ، الذي نجا من … ، ان»: a definite title, then a relative clause set off by commas
            and not (nwords <= _MAX_ZONE_WORDS and _title_then_aside(st, v_end, zone_b))
        ):
            kind_end = None
        elif _breaks_zone(lex, zone_keys) or _timed_speech_noun(st, v_end, zone_b) or any(
            h.group("pre") or (how == "conj" and _relative_report(st, h) and not _relative_aside(st, h, zone_b))
            for h in _scan(text, lex.verb_words, v_end, zone_b)
            # (a word inside a name is no verb: «صاحبة صالون «لمسة ورد» نورة القحطاني إن»; nor
            # «ويدعي» before a name, «يدعى» written with ي: «احد سكان ضحيان ويدعي علي المؤيد»)
            if not any(x.start <= h.start("v") < x.end for x in names)
            and not _named_then_name(st, h.group(), h.end())
        ):
            kind_end = (
                None  # «يشير … حيث جاء به: …»: another clause, not the verb's subject
            )
        elif any(
            # («وكشفت مذكرة صادرة عن …»، «في مذكرة بحثية»: the memo, a document; «، مذكّرةً بأن»
            # set off by a comma reminds)
            not (_noal(_bare(_key(h.group()))) in _DOCUMENTS and text[max(0, h.start() - 3) : h.start()].rstrip()[-1:] not in "،,")
            # («وقال X، متحدثاً إلى المحتجين في الساحة: «…»»: speaking to them is how the verb's
            # subject said it, the verb's words follow the colon)
            and not (how == "colon" and _fold(h.group()) in _SPEAKING_TO and lemma in _SAYING)
            and not _named_next(text, h.end())
            for h in _scan(text, lex.participle_words, v_end, zone_b)
        ):
            kind_end = None  # «ودعا … معتبراً أن …»: the participle is the cue
        elif how == "conj" and any(k in _PLEDGE for k in zone_keys[-3:]):
            # «وأعلن دخوله في طاعته ، وعقد معه معاهدة يتعهد فيها بأن يسلمه …»: the conjunction is
            # the pledge's own complement, not the cue's
            kind_end = None
        elif (
            how == "colon"
            and lemma in lex.short_zone
            and nwords > 1
            and not st.mentions_in(v_end, zone_b)
            # «وتابع الجارحي في …: «…»»: a family name given in full before, untagged, is named as well
            and not (first_zone and _known_surname(st, first_zone[0], v_start))
            # «وتابع المتحدث ذاته: «…»»: the one just quoted is the verb's subject
            and not (len(zone_keys) == 2 and zone_keys[0].startswith("ال") and zone_keys[1] in _SAME_ONE)
            # «وتابعت شقيقة الضحية: «…»»، «وتابع وزير الخارجية: …»: a relative or a title, a person
            and not (nwords <= 4 and (zone_keys[0] in _KIN or _is_title(lex, zone_keys[0])))
            # «وتابعت في تصريح للصحافة: "…"»: the occasion of speaking, then the colon
            and not (_occasion_opens(zone_keys) and nwords <= 5)
            # «وتختم أنانيا ضاحكةً: «…»»، «ويختم الفلاح حديثه: «…»»: the subject, then how she said
            # it or the words she closes
            and not (nwords <= 3 and (zone_keys[-1] in _MANNER_STATES or zone_keys[-1] in lex.speech_nouns or _to_us(zone_keys[-1]) and zone_keys[0] in lex.speech_nouns))
            # «وتابع بصوت هادئ:»، «وتابعت الأم بصوت متهدّج:»: how he said it, a manner and its
            # adjective (after a relative or a title)
            and not (
                2 <= nwords <= 4 and zone_keys[-2] in _MANNER and not zone_keys[-1].startswith("ال")
                and (nwords == 2 or zone_keys[0] in _KIN or zone_keys[0] in _KIN_BACK or _is_title(lex, zone_keys[0]) or zone_keys[0] in _MANNER_STATES)
            )
            and not zone_goes_on
            and not (lemma == _CLOSED and _closing_words(lex, zone_keys))
            or how == "conj"
            and lemma in lex.colon_only
            # («كتب على منصة إكس أن …» reports; «وأعربت أمهات على منصة "إكس" عن أملهن في أن …»
            # hopes, wherever it is written)
            and not (_on_platform(zone_keys) and lemma != _EXPRESSED_HOPE)
            # («فرد بمنشور جديد على إنستغرام كتب فيه أن لديه …»: written in the post or letter just named)
            and not (lemma == _WROTE and 1 <= len(zone_keys) <= 2 and zone_keys[0] in _IN_IT)
            # «وكتبت « الغارديان » في افتتاحيتها ان …»: a paper's editorial or a columnist's
            # article reports what it says
            and not (lemma == _WROTE and _in_the_paper(st, zone_keys, v_end, zone_b, m.start()))
            # «… الخطابي تزعم وخطط لثورة الريف : …»: تزعّم "led", not تزعم "claims", which
            # takes its claim with أن
            or how == "colon"
            and lemma == _CLAIMED
            # «نقلت هزيمة 1967 شعر نزار قباني نقلة نوعية : من شعر الحب …» "moved": نقل reports
            # only what it takes from someone (عن)
            or how == "colon"
            and lemma == _TRANSMITTED
            and not any(k in ("عن", "عنه", "عنها", "عنهم", "عنهما") for k in zone_keys)
            # «سلمت فرنسا بأن …» "conceded"; «سلم الرئيس الجائزة» "handed over"
            or lemma == _CONCEDED
            and not (how == "conj" and _fold(conj.group()).strip().startswith("ب"))
            # «علقت السيارة في كثيب رملي "لأكثر من خمس ساعات"» "got stuck"; «وعلق الوزير على ذلك:
            # "…"» "commented" says on what, or sets the words off by a colon
            or how in ("quote", "conj")
            and _stuck(st, m)
        ):
            kind_end = None
        elif how == "quote" and nwords > 0:
            seg = text[v_end:zone_b].rstrip()
            p = qopen
            n_content = _words(text, *p.content)
            # «ودعا أنان … إلى عقد مؤتمر دولي لوضع " جدول زمني دقيق " لتطبيق …»: the words the
            # caller chose, marked inside what he called for, are his (a partial quote)
            called = lemma == _CALLED
            if called and n_content <= 3 and _key(seg.split()[-1] if seg.split() else "") in _CALLED_FOR:
                # «ودعا … إلى «تحقيق عاجل وشفاف»»: a short noun phrase in marks right after إلى is
                # what was called for, named, not words spoken
                kind_end = None
            elif (
                called and n_content <= 6 and _key(seg.split()[-1] if seg.split() else "") in _IN_EVENT
                # (a definite name: not «الى مساعدة بيروت في " استعادة بريقها وسحرها "», his words)
                and _key(text[p.content[0] : p.content[1]].split()[0]).startswith("ال")
            ):
                # «ودعت الشركات إلى المشاركة في « القمة العالمية لطاقة المستقبل »»: the event one is
                # called to take part in, named
                kind_end = None
            elif n_content < 3 and not split_tail(p) or not (
                seg.endswith(("،", ",", ":")) or nwords <= 5 or n_content >= 6 or called
                # «وقال محمد العبار مؤسس الشركة في بيان "نحن متفائلون …"»: the occasion of
                # speaking right before the marks
                # (not the outlet spoken to: «في تصريح لـ«سي إن بي سي عربية»»)
                or nwords <= 12 and _OCCASION_END_RE.search(seg) is not None and re.search(r"(?:^|\s)لـ?$", seg) is None
            ):
                kind_end = None
            elif lemma in lex.colon_only and n_content < 6 and not seg.endswith(":"):
                kind_end = None  # «ونشر محفوظ "أصداء السيرة الذاتية"»: a title published
        elif how == "colon" and nwords > 12:
            after_colon = _trim(text, zone_b + 1, sent_end, " \t")[0]
            p = st.pair_at(after_colon) or st.unclosed.get(after_colon)
            named = [
                x
                for x in st.mentions_in(v_end, zone_b, labels=("PERSON",))
                if _trim(text, x.end, zone_b)[0] >= zone_b
            ]
            # «وقال رئيس المهرجان، المنتج هشام عبد الرازق، خلال مؤتمر صحفي عقد بدار …: …»: the
            # name, then a comma and the occasion of the words (خلال / في / أثناء …) up to the colon
            named = named or [
                x
                for x in st.mentions_in(v_end, zone_b, labels=("PERSON",))
                if _comma_occasion(text, x.end, zone_b) or _occasion_after_name(text, _skip_parens(text, x.end, zone_b), zone_b)
                # «وكتب المدوّن خالد الزعبي، الذي يتابعه أكثر من 300 ألف شخص، على منصة إكس: …»: a
                # relative clause set off by commas after the name, then where he wrote it
                or (r := _RELATIVE_SET_OFF_RE.match(text, x.end, zone_b)) is not None and _words(text, r.end(), zone_b) <= 4
                # «وتقول سلمى، وهي موظفة حكومية رافقت والدها إلى تشيناي …: …»: what she is, after «وهي»,
                # running up to the colon with no other comma
                or _he_is_up_to(text, x.end, zone_b)
                # «وكتبت ممثلة المنظمة، ليلى حداد، على منصة «إكس» بعد زيارتها القرية: …»: where she
                # wrote it, set off by a comma after the name
                or _comma_on_platform(text, x.end, zone_b)
            ]
            if (p is None or _words(text, *p.content) < 6) and not (
                # «يقول مسؤول الناشرين العرب في " … " التابعة لوزارة … محمد علي السعدي : إن …»:
                # a verb opening its sentence, a long role and the name right before the colon
                named
                and v_start == _after_dateline(text, st.sentence_start(v_start), v_start)
                and nwords <= 25
                and _words(text, zone_b + 1, sent_end) >= 6
            ):
                kind_end = (
                    None  # a long stretch before a colon is a list, not a speaker
                )
    if kind_end is None and before is None:
        return
    # the speaker
    zone_b = (aside if aside is not None else kind_end[0]) if kind_end else _subject_limit(st, v_end, sent_end)
    if gender == "passive" and lemma != norm_key("نقل"):
        subj = _Subject(status="unnamed", confidence=0.6)
        tail = _tokens(text, v_end, zone_b)
        if any(_key(t[2]) == "عن" for t in tail):
            subj = _parse_subject(st, v_end, zone_b, norm_key("نقل"), None, v_start)
    else:
        if (vkey in lex.impersonal or lemma == norm_key("رأى")) and kind_end is not None and kind_end[1] == "conj" and [
            _fold(t[2]) for t in _tokens(text, v_end, zone_b)
        ] in (["البعض"], ["البعض", "الاخر"]):
            return  # «إذ يعتقد البعض أنها ماتت …»: a belief some hold, no one reported
        if (
            vkey in lex.impersonal
            and kind_end is not None
            and kind_end[1] == "conj"
            and _words(text, v_end, zone_b) <= 1
            # («عاد النائب حسنين ليعتبر أن»: the ل-clause of another verb has that verb's subject)
            and (m.group("pre") or "")[:1] != "ل"
            # («أما أحمد الحارثي فيتوقع أن …»: the topic of أما, answered by ف, expects it)
            and not (
                (m.group("pre") or "")[:1] == "ف"
                and norm_key(text[st.sentence_start(v_start) : v_start]).startswith(("اما", "واما"))
                and _lookback(st, v_start, True).speaker is not None
            )
            # («المحلل البحري المستقل جون بيترسن يتوقع أن …»: a person named right before the verb expects it)
            and not (
                not m.group("pre")
                and any(
                    x.label == "PERSON" and not text[x.end : v_start].strip()
                    for x in st.mentions_in(max(0, v_start - 60), v_start, labels=("PERSON",))
                )
            )
        ):
            nxt = text[v_end:zone_b].strip()
            if not nxt or _key(nxt) in ("الي", "علي", "من", "عن", "ب"):
                return  # «ويُذكر أن»، «ويُشار إلى أن»: the writer's own background
        first = _tokens(text, v_end, zone_b)[:1]
        if (
            vkey in lex.impersonal
            and not m.group("pre")
            and first
            and len(_key(first[0][2])) >= 4
            and _key(first[0][2]).endswith("ا")
            and not _key(first[0][2]).startswith("ال")
            and not st.mentions_in(first[0][0], first[0][1])
        ):
            return  # «… يعتبر دليلا على اهتزاز ولائه " … "»: «is considered» an indefinite noun
        if (
            lemma in lex.addressee_verbs
            and not m.group("pre")
            and _words(text, st.sentence_start(v_start), v_start) >= 2
        ):
            # «مسؤول بارز … أبلغ صحيفة نيويورك تايمز أن»: the mention after أبلغ is spoken to
            subj = _lookback(st, v_start, False)
            if subj.status == "empty":
                subj = _Subject(status="unnamed", confidence=0.6)
        else:
            subj = _parse_subject(st, v_end, _before_object(st, v_end, zone_b) if lemma in _OBJECT_FIRST_VERBS else zone_b, lemma, gender, v_start)
            if gender == "m" and lemma in _OBJECT_FIRST_VERBS and subj.status in ("named", "unnamed", "anaphor") and (
                _addressed_not_subject(st, v_end, zone_b, subj) or _urged_again(st, m, zone_b, lemma, subj)
            ):
                # «وحذر الدول الثلاث من أن»: whom he warned; the speaker goes on (the subject of the
                # sentence first: «ودعا الخبير … سامح الحلواني إلى دعم …، كما دعا الحكومة إلى أن»)
                subj = _carry(st, v_start, gender, same_sentence_only=True)
                if subj.speaker is None:
                    subj = _carry(st, v_start, gender)
            if (
                subj.status == "unnamed" and kind_end is not None and kind_end[1] == "colon" and not m.group("pre")
                and any(not text[x.end : v_start].strip() and not _governed(st, x) for x in st.mentions_in(max(0, v_start - 60), v_start, labels=("PERSON",)))
            ):
                # «لكن المخلّص الجمركي حاتم الجبالي يروي قصة مختلفة: …»: the name right before the
                # verb is its subject; the noun after it is what he tells
                named_before = _lookback(st, v_start, False, gender)
                subj = named_before if named_before.speaker is not None else subj
            if subj.status == "unnamed" and subj.speaker is None and subj.role is None and prev_tok and _fold(prev_tok[-1]) in _FA_QAD:
                # «أما الرئيس السنيورة فقد اعتبر عملية الانزال بمثابة «…»»: after «أما … فقد» the
                # verb's subject is the topic; the words after the verb are its object
                s0 = st.sentence_start(v_start)
                # (the أما clause may follow a question in the same sentence: «…؟ اما الرئيس السنيورة فقد اعتبر»)
                s0 = next((t[0] for t in reversed(_tokens(text, s0, v_start)) if _fold(t[2]) in _AS_FOR), s0)
                topic = _amma_topic(st, s0, _tokens(text, s0, v_start)[-1][0], gender)
                if topic is not None and topic.speaker is not None:
                    subj = topic
        if lemma in lex.document_verbs and not _issued_document(st, v_end, zone_b, subj):
            return  # «أظهرت البيانات أن»، «أظهرت القوائم المالية لشركة …»: no one reports it
        zone_toks = _tokens(text, v_end, zone_b)
        if lemma == _NARRATED and len(zone_toks) > 4 and any(_bare(_key(t[2])) in _TALES for t in zone_toks[:5]):
            # «ويروي الفيلم حكاية بوّاب … يكتشف أن …»: a tale told, its clause another verb's (but
            # «يروي قصة مختلفة: …» tells it)
            return
        first_tok = zone_toks[:1]
        if (
            subj.status != "named"
            and first_tok
            and _key(first_tok[0][2]) in ("فيه", "فيها", "خلاله", "خلالها")
            # (not with a subject of its own after it: «مقطعاً مصوراً …، قال فيه أحدهما:»)
            and not (len(zone_toks) == 2 and _key(zone_toks[1][2]) in _ONE_OF_THEM)
        ):
            # «عقد رامسفيلد مؤتمراً نفى فيه أن …»: the speaker is the clause's subject
            subj = _carry(st, v_start, gender)
        if subj.status == "empty" and not m.group("pre"):
            # «… مع وزيرة الخارجية الأميركية كوندوليزا رايس التي قالت إنه …»: the relative clause
            # describes the name right before it, whatever governs that name
            rel = _tokens(text, max(0, v_start - 10), v_start)[-1:]
            if rel and _key(rel[0][2]) in _RELATIVES and _compatible(_RELATIVES[_key(rel[0][2])], gender):
                # (a comma may set the relative off: «… هاكان فيدان، الذي شدد بدوره على أن»)
                back = _trim(text, st.sentence_start(v_start), rel[0][0], " \t،,")[1]
                x = next(
                    (
                        x
                        for x in st.mentions_in(st.sentence_start(v_start), back, labels=("PERSON", "ORG"))
                        if x.end == back and (x.label == "PERSON" or any(c in "،," for c in text[back : rel[0][0]]))
                    ),
                    None,
                )  # (a person: after «عضو المجلس الحاكم للبنك المركزي الذي صرح» the member spoke; a body
                # set off by a comma: «مسابقة نظمها النادي العلمي الكويتي، الذي أكد في بيان أن»)
                if x is None and back < rel[0][0]:
                    # «… محمود عوض، صاحب معرض صغير على الطريق إلى رأس البر، الذي يرى أن»: the relative
                    # after the name's apposition set off by commas describes the name
                    s0 = st.sentence_start(v_start)
                    k2 = max(text.rfind("،", s0, back), text.rfind(",", s0, back))
                    if k2 != -1 and _words(text, k2 + 1, back) <= 12 and not st.mentions_in(k2, back, labels=("PERSON",)):
                        b2 = _trim(text, s0, k2, " \t")[1]
                        x = next((y for y in st.mentions_in(s0, b2, labels=("PERSON",)) if y.end == b2), None)
                if x is not None:
                    subj = _Subject((x.start, x.end), x.role, "named", 0.8, x.label)
        if subj.status == "empty" and not m.group("pre"):
            # «وكانت الوزيرة الأميركية صرحت … أن»: the subject between كان and the verb
            lead = _tokens(text, st.sentence_start(v_start), v_start)[-6:]
            k = next(
                (n for n in range(len(lead) - 1, -1, -1) if _key(lead[n][2]) in _KANA),
                None,
            )
            if k is not None and 1 <= len(lead) - k - 1 <= 4 and _is_title(lex, lead[k + 1][2]):
                sub = _parse_subject(st, lead[k][1], v_start, lemma, gender, v_start)
                if sub.status not in ("empty", "unnamed"):
                    subj = sub
            own = _past_openers(_tokens(text, _after_dateline(text, st.sentence_start(v_start), v_start), v_start))
            if (
                k is None and 1 <= len(own) <= 3 and _is_title(lex, own[0][2])
                and (_key(own[0][2]).startswith("ال") or len(own) >= 2 and _key(own[1][2]).startswith("ال"))
                and all(_WORD_RE.fullmatch(t[2]) for t in own)
            ):
                # «غير أن الشاهد شدد، رداً على …، على أن»، «لكن وزير المالية قال إن»: a definite title
                # alone before the verb (past «لكن»، «غير أن») names back the one it names after the verb
                sub = _parse_subject(st, own[0][0], v_start, lemma, gender, v_start)
                if sub.status not in ("empty", "unnamed"):
                    subj = sub
        if subj.status == "empty" and not m.group("pre"):
            # «وكانت فرنسا التي وزعت … مقترحاتها على …، قد قالت انها»: كان opening the sentence,
            # a name, its relative clause, then «، قد» and the verb: the name is the subject
            s0 = _after_dateline(text, st.sentence_start(v_start), v_start)
            toks = _tokens(text, s0, v_start)
            if (
                len(toks) >= 5
                and _key(toks[0][2]) in _KANA
                and _key(toks[-1][2]) == "قد"
                and toks[-2][2] in "،,"
            ):
                x = next(
                    (
                        x
                        for x in st.mentions_in(toks[1][0], toks[-2][0], labels=("PERSON", "ORG", "LOC"))
                        if x.start == toks[1][0]
                    ),
                    None,
                )
                after = _tokens(text, x.end, v_start)[:1] if x is not None else []
                if (
                    after
                    and _key(after[0][2]) in _RELATIVES
                    and _compatible(_RELATIVES[_key(after[0][2])], gender)
                ):
                    subj = _Subject((x.start, x.end), x.role, "named", 0.75, x.label)
        if (subj.status == "empty" or subj.status == "unnamed" and subj.speaker is None and lemma != _TRANSMITTED) and not m.group("pre"):
            # (also over a noun after the verb read as an unnamed subject, its object: «وكان المستشار
            # عبد الغني قد نبّه الحضور إلى أن»)
            kana = _kana_subject(st, v_start, gender)
            if kana is not None:
                subj = _Subject((kana.start, kana.end), kana.role, "named", 0.75, kana.label)
        if subj.status == "empty" and not m.group("pre"):
            # «…، غير أن المجموعة نفت في بيان أن»: a body named back right after the opener, mid-sentence too
            lead = _tokens(text, max(st.sentence_start(v_start), v_start - 40), v_start)[-3:]
            ks = [_key(t[2]) for t in lead]
            opened = len(ks) == 3 and ks[0] in _BUT_OPENERS and ks[1] in ("ان", "أن") or len(ks) >= 2 and ks[-2] in ("لكن", "ولكن")
            if opened and ks[-1] in lex.anaphors:
                x = _resolve_anaphor(st, ks[-1], v_start)
                if x is not None:
                    subj = _Subject((x.start, x.end), None, "anaphor", 0.7, "ORG")
        if subj.status == "empty" and not m.group("pre"):
            # «غير ان فرنسا في المشروع الجديد سلمت بان …»: the subject right after the opener
            # «غير أن / إلا أن / لكن», then an adjunct of up to five words, then the verb
            s0 = _after_dateline(text, st.sentence_start(v_start), v_start)
            toks = _tokens(text, s0, v_start)
            n_open = _but_opener_len(toks)
            if not n_open:
                # the opener after a comma: «ولم يحدد الوزير موعداً، غير أن مصدراً في الوزارة قال إن»
                comma = next((n for n in range(len(toks) - 1, -1, -1) if toks[n][2] in "،,"), None)
                if comma is not None and _but_opener_len(toks[comma + 1 :]):
                    toks = toks[comma + 1 :]
                    n_open = _but_opener_len(toks)
            if n_open and len(toks) > n_open:
                # (a title before the name: «غير ان الوزير أحمد علي في كلمته قال ان»)
                n_title = 0
                while (
                    n_open + n_title < len(toks) - 1
                    and n_title < 2
                    and _is_title(lex, toks[n_open + n_title][2])
                ):
                    n_title += 1
                x = next(
                    (
                        x
                        for x in st.mentions_in(toks[n_open][0], v_start, labels=("PERSON", "ORG", "LOC"))
                        if x.start == toks[n_open + n_title][0]
                    ),
                    None,
                )
                gap = _tokens(text, x.end, v_start) if x is not None else []
                if (
                    x is not None
                    and (x.label != "LOC" or gender == "f")
                    and (
                        not gap
                        # «لكن سعيد شيرازي سائق سيارة الاجرة منذ 18 سنة يعرب عن اسفه «…»»: his
                        # calling or title in apposition, then the verb
                        or x.label == "PERSON" and len(gap) <= 8 and not _key(gap[0][2]).startswith("ال")
                        and (_is_title(lex, gap[0][2]) or "ال" + _noal(_key(gap[0][2])) in lex.callings)
                        and not any(t[2] in "،,;؛:()«»\"“”" for t in gap)
                        and not st.mentions_in(x.end, v_start, labels=("PERSON", "ORG"))
                        and not any(True for _ in _scan(text, lex.verb_words, x.end, v_start))
                        or len(gap) <= 5
                        and _key(gap[0][2]) in _PREPOSITIONS
                        and not any(t[2] in "،,;؛:()«»\"“”" for t in gap)
                        # (a body where a body sits may stand in it: «غير أن شعبة المصدرين في غرفة
                        # دمياط التجارية قالت إن»)
                        and not st.mentions_in(x.end, v_start, labels=("PERSON", "ORG", "LOC") if x.label != "ORG" else ("PERSON",))
                        and not any(True for _ in _scan(text, lex.verb_words, x.end, v_start))
                    )
                ):
                    subj = _Subject((x.start, x.end), x.role, "named", 0.75, x.label)
                    if n_title and x.label == "ORG" and _heads_body(_tokens(text, toks[n_open][0], x.start), x):
                        # «لكن رئيس البنك الدولي قال إن»: the body's head speaks, unnamed
                        subj = _Subject(None, _tidy_role(lex, text[toks[n_open][0] : x.end]), "unnamed", 0.7)
                elif x is None and n_title == 0:
                    # «غير أن مصدراً في وزارة البيئة قال إن»: one left unnamed right after the
                    # opener, in the accusative of أن, and where they are from
                    subj = _unnamed_before(st, toks[n_open:], v_start) or subj
            elif (
                not n_open
                and toks
                and not _is_title(lex, toks[0][2])
                and not any(x.start == toks[0][0] for x in st.mentions_in(toks[0][0], v_start))
            ):
                # «مصدر أمني قال لـ"القبس" إن»، «سكان في الحي قالوا إن»: the same, opening the sentence
                subj = _unnamed_before(st, toks, v_start) or subj
        met = _met_with(st, st.sentence_start(v_start), v_start) if subj.status == "empty" else None
        if met is not None and not m.group("pre"):
            # «وفي لقاء مع احمد المالكي مدير منتخبنا الوطني قال ان»: the one met speaks
            subj = _Subject((met.start, met.end), met.role, "named", 0.75, "PERSON")
        reached = _reached(st, st.sentence_start(v_start), v_start, gender) if subj.status == "empty" else None
        if reached is not None and norm_key(m.group("pre") or "") in ("", "ف"):
            # «وتواصلت الوكالة هاتفياً مع سليم في دكا، فقال:»: the one the outlet reached answers
            subj = _Subject((reached.start, reached.end), reached.role, "named", 0.75, "PERSON")
        if subj.status == "empty":
            pre = m.group("pre")
            lb = (
                _asked_title(st, st.sentence_start(v_start), v_start, gender) if not pre else None
            ) or (
                _lookback(st, v_start, bool(pre) and norm_key(pre) == "ف", gender)
                if (not pre or norm_key(pre) in ("ف", "ل"))
                else _Subject(status="empty")
            )
            if lb.status == "empty" and not pre:
                # «وجاء تصريح X متسقا مع خطاب الرئيس … محمود أحمدي نجاد اليوم في بلدة … حين قال
                # إن»: the speech's author, named with it, says it
                author = _speech_author(st, st.sentence_start(v_start), v_start)
                if author is not None:
                    lb = _Subject((author.start, author.end), author.role, "carry", 0.7, "PERSON")
            if lb.status == "empty" and not pre:
                # «ويتنهد توفيق الحكيم ، او يتأوه ، وهو يقول : "…"»: "while he says", the
                # pronoun standing for the person the sentence opened with
                pw = _tokens(text, max(0, v_start - 8), v_start)[-1:]
                pg = _PRONOUN_GENDER.get(_fold(pw[0][2])) if pw else None
                if pg is not None and _compatible(pg, gender):
                    s0 = st.sentence_start(v_start)
                    firsts = [
                        x
                        for x in st.mentions_in(s0, pw[0][0], labels=("PERSON",))
                        if not _governed(st, x) and not _addressee(st, x)
                    ]
                    if firsts and len({norm_key(x.text) for x in firsts}) == 1 and (
                        _words(text, s0, firsts[0].start) <= 6
                    ):
                        x = firsts[0]
                        lb = _Subject((x.start, x.end), x.role, "carry", 0.7, "PERSON")
                    elif not firsts and (circle := _spoken_of_by_circle(st, s0, pw[0][0])) and len({norm_key(x.text) for x in circle}) == 1:
                        # «ويقول زملاء العبادي انه رفض …، وهو يعلق على ذلك : …»: he is the one his
                        # colleagues speak of
                        x = circle[0]
                        lb = _Subject((x.start, x.end), x.role, "carry", 0.65, "PERSON")
                    elif not firsts and not text[_after_dateline(text, s0, pw[0][0]) : pw[0][0]].strip():
                        # «وهو يرى أن …» opening the sentence: he, the one the article speaks of,
                        # the previous speaker of that gender
                        lb = _carry(st, v_start, gender)
            if lb.status == "empty" and not pre:
                pw = _tokens(text, max(0, v_start - 10), v_start)[-1:]
                wk = _key(pw[0][2]) if pw else ""
                if wk in _RELATIVES or wk[:1] == "و" and wk[1:] in _RELATIVES:
                    # «… ماركو بيلّيني (Marco Bellini) الذي أوضح أن»: the one the relative describes
                    rel = _relative_antecedent(st, st.sentence_start(v_start), v_start, gender)
                    if rel is not None and rel.label == "PERSON":
                        lb = _Subject((rel.start, rel.end), rel.role, "carry", 0.7, "PERSON")
                    elif rel is not None and rel.label == "ORG" and _RELATIVES.get(wk) == "f" and gender == "f":
                        # «لشركة "موانئ دبي العالمية" (DP World)، التي أعلنت في بيان أن»: the body
                        # the feminine relative describes
                        lb = _Subject((rel.start, rel.end), None, "carry", 0.65, "ORG")
                    elif rel is None and (opener := _relative_clause_speaker(st, st.sentence_start(v_start), v_start, gender)) is not None:
                        # «وأشار الحداد إلى خطط …، التي قال إنها "…"»: a relative on a thing, its verb's
                        # subject that of the speech verb opening the sentence
                        lb = _Subject((opener.start, opener.end), opener.role, "carry", 0.7, "PERSON")
            if lb.status == "empty" and not pre:
                # «أوقف البنك المركزي … بعد مراجعة رقابية قال إنها كشفت …»: the opening verb's subject
                opener = _indefinite_clause_speaker(st, st.sentence_start(v_start), v_start, v_end, gender)
                if opener is not None:
                    lb = _Subject((opener.start, opener.end), opener.role, "carry", 0.65, opener.label)
            if lb.status == "empty" and not pre:
                # «وقد عبرت عن ذلك " نانسي كوال " حين قالت : "…"»: "when she said", the subject of
                # the clause the time clause hangs on
                when = _when_said(st, st.sentence_start(v_start), v_start)
                if when is not None:
                    lb = _Subject((when.start, when.end), when.role, "carry", 0.7, "PERSON")
                else:
                    lb = _when_said_title(st, st.sentence_start(v_start), v_start, gender) or lb
            if lb.status == "empty" and not pre:
                lb = _step_subject(st, v_start, gender) or lb
            if lb.status == "empty" and not pre and _present_form(lex, vkey) and (who := _he_who(st, v_start, gender)) is not None:
                # «ويقاسمها الشقة شقيقها كريم حسنين، وهو مهندس برمجيات يرى أن»: «وهو» and what he is
                lb = _Subject((who.start, who.end), who.role, "carry", 0.7, "PERSON")
            if lb.status == "empty" and not pre and _present_form(lex, vkey) and _described_as_said(st, v_start):
                # «تقرأ … الدكتورة ريما حداد 80 شريحة يومياً، وهو رقم تقول إنه "…"»: a thing the
                # subject says something of, in a clause on the sentence's own subject
                lb = _carry(st, v_start, gender, same_sentence_only=True)
            if lb.status == "empty" and not pre and gender in ("m", "f", None):
                # «وحين سألنا العبادي عن امنيته اجاب :»: the one asked answers, though a noun
                # («امنيته») stands right before the verb
                asked = _asked_person(st, st.sentence_start(v_start), v_start)
                if asked is not None:
                    lb = _Subject((asked.start, asked.end), asked.role, "carry", 0.75, "PERSON")
            if lb.status == "empty" and not pre and _np_before(st, v_start):
                lb = _Subject(
                    status="unnamed", confidence=0.6
                )  # «الشواهد تشير إلى أن»: an unnamed subject
            subj = lb if lb.status != "empty" else _carry(st, v_start, gender)
            if subj.speaker is not None and kind_end is not None and kind_end[1] == "conj" and conj is not None:
                subj = _not_named_in_own_report(st, subj, conj.end(), v_start, gender)
    if subj.status in ("empty", "unnamed") and _then_added(lex, text, m):
        # «وأعرب الجبوري عن أمله …، قبل أن يضيف: …»: the main clause's subject goes on
        subj = _carry(st, v_start, gender, same_sentence_only=True)
        if subj.speaker is None and gender in ("m", "f"):
            # «…، ابتسم الدكتور قبل أن يجيب:»: the main clause's verb and a title alone, right before
            # «قبل أن»: the one introduced with that title
            lead = _tokens(text, st.sentence_start(v_start), v_start)[-4:]
            if (
                len(lead) == 4 and _key(lead[-1][2]) in _PRIOR_CONJ and _key(lead[-2][2]) == _BEFORE
                and _key(lead[1][2]).startswith("ال") and _is_title(lex, lead[1][2]) and _verb_like(st, _key(lead[0][2]).lstrip("وف"))
            ):
                w = _noal(_key(lead[1][2]))
                ref = _title_coref(st, w, gender, v_start, 1, (w,))
                if ref is not None and ref.speaker is not None:
                    subj = ref
    if (
        lemma == norm_key("أبلغ")
        and vkey != lemma
        and vkey[-1:] in ("ه", "ا", "م")
        and subj.status == "carry"
        and subj.confidence <= 0.65
    ):
        # «كما ابلغه انه …» with no subject: the one named in the sentence before is more likely
        # the one told (the pronoun) than the speaker; not guessed
        subj = _Subject(status="unnamed", confidence=0.5)
    cue_span = cue
    if before is not None and not before.claimed:
        before.claimed = True
        _emit(
            st,
            "direct",
            before.content,
            cue_span,
            subj,
            gender,
            min(subj.confidence, 0.88),
        )
    if kind_end is None:
        return
    zone_b, how = kind_end
    if how == "quote":
        if not qopen.claimed:
            qopen.claimed = True
            _emit(st, "direct", qopen.content, cue_span, subj, gender)
        return
    if how == "colon":
        a = colon + 1
        while a < len(text) and text[a] in " \t":
            a += 1
        p = st.pair_at(a) or st.unclosed.get(a)
        if p is not None:
            if not p.claimed:
                p.claimed = True
                _emit(st, "direct", p.content, cue_span, subj, gender)
            return
        end = _colon_speech_past_as_for(st, _clause_end(st, a, st.sentence_end(a)))
        stop = re.search("[!?؟]", text[a:end])
        if stop is not None:  # the quote's first sentence, as with marks («… فسوف تقتلني !»)
            end = _trim(text, a, a + stop.start())[1]
        if stop is None or stop.group() != "!":
            end = _rest_of_paragraph(st, a, end)
        q = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip(" "))
        if text[q : q + 1] in ("؟", "?"):
            # «وتابع: لماذا لا تمنحنا الحكومة تراخيص؟»: a question keeps its mark (a full stop does
            # not), also set off by a space as a tokenised corpus gives it («… بلون الطين ؟»)
            end = q + 1
        named = sum(
            x.end - x.start for x in st.mentions_in(a, end, labels=("PERSON", "ORG"))
        )
        if (
            _words(text, a, end) >= 3 and named * 2 < end - a
        ):  # not a byline «كتب: هشام محمود»
            _emit(
                st,
                "direct",
                (a, end),
                cue_span,
                subj,
                gender,
                min(subj.confidence, 0.8),
            )
        return
    # conjunction: reported speech, or a direct quote right after the conjunction
    a = conj.end()
    while a < len(text) and text[a] in " \t،,":
        a += 1  # («وأوضح أنه، خلال الأعوام …»)
    p = st.pair_at(a) or st.unclosed.get(a)
    if p is not None and _clause_goes_on(st, p, a):
        # «إن "شعب كردستان" اختار أن …»: a quoted term opening the reported clause; «إنه "مستعد لخوض
        # التحدي التالي" في مسيرته»: words of the clause after the marks, so the report runs on (its
        # marked words a partial quote)
        p = None
    if (
        p is not None
        and _words(text, *p.content) >= 2
        and _REPORT_GOES_ON_RE.match(text, p.close + 1, st.sentence_end(a))
    ):
        # «أنها "ستواصل مراقبة ظروف السوق"، وأنها مستعدة لتعديل القرار»: a second reported
        # clause after the marks; the report runs on (its marked words a partial quote)
        p = None
    if p is not None and _words(text, *p.content) >= 2:
        # «قال إن "…"»: reported frame, direct quote (what follows the mark is the writer's)
        if not p.claimed:
            p.claimed = True
            _emit(st, "direct", p.content, cue_span, subj, gender)
        return
    end = _clause_end(
        st, a, max(st.sentence_end(a), st.sentence_end(p.close) if p else 0)
    )
    if end <= a:
        return
    _emit(st, "indirect", (a, end), cue_span, subj, gender, min(subj.confidence, 0.88))
    nxt = _trim(text, end, st.sentence_end(a), " \t،,")[0]
    tail = st.pair_at(nxt)
    if tail is not None and not tail.claimed and _words(text, *tail.content) >= 6:
        tail.claimed = True  # «ويؤكد أنه …، «ولكن الله منحني …»»
        _emit(
            st,
            "direct",
            tail.content,
            cue_span,
            subj,
            gender,
            min(subj.confidence, 0.8),
        )
    inner = _nested_report(st, a, end)
    if inner is not None:
        # «وذكرت الرئاسة في بيان أن الشرع أكد خلال اللقاء أن دمشق "منفتحة …"»: a report inside the
        # report; the inner clause is the inner speaker's, and so are its marked words
        icue, isubj, ia, igender = inner
        whole = st.pair_at(ia)
        if whole is not None and not whole.claimed and _trim(text, whole.close + 1, end, " \t.،,")[0] >= end:
            # «شدد على أن "حق المواطن … مسؤولية مشتركة"»: the inner clause all in marks is one
            # direct quote
            whole.claimed = True
            _emit(st, "direct", whole.content, icue, isubj, igender, min(isubj.confidence, 0.8))
        else:
            _emit(st, "indirect", (ia, end), icue, isubj, igender, min(isubj.confidence, 0.8))
        st.nested.add(icue)
        _partial_quotes(st, ia, end, icue, isubj, igender)
        if subj.speaker is not None:
            # a cue with no subject after it goes on with the one who reported the report
            st.history.append(_Spoken(cue_span[0], st.sentence_of(cue_span[0]), subj.speaker, gender, subj.role))
    _partial_quotes(st, a, end, cue_span, subj, gender)


_AFTER_MARKS_OPENERS = frozenset(norm_key(w) for w in ("كما", "حيث", "إذ", "بينما", "فيما", "لكن", "وهو", "وهي", "مما"))
_IN_REFERENCE_RE = re.compile(r"\s(?:في|فى)\s+(?:إشارة|اشارة)\b")


def _clause_goes_on(st: _State, p: _Pair, a: int) -> bool:
    """After marks that open reported content right after its conjunction, two or more words of the
    same clause before any comma or full stop: «إنه "مستعد لخوض التحدي التالي" في مسيرته»، «أن
    "القانون سيبقى حبراً على ورق" ما لم تُخصص له موازنة». Not a new clause (و/ف, «كما»، «وهو ما»), a
    cue («مؤكدا») or a participle («مستغلين»), and not the writer's «في إشارة إلى». After a term of
    fewer than three words, three words before a comma (as before: «إن "شعب كردستان" اختار أن …»)."""
    text = st.text
    after = text[p.close + 1 : st.sentence_end(a)]
    if _words(text, *p.content) < 3:
        head = after.split("،")[0].split(",")[0]
        return _words(head, 0, len(head)) > 2
    head = re.split(r"[،,؛;:.!؟?]", after)[0]
    ref = _IN_REFERENCE_RE.search(" " + head)
    if ref is not None:
        head = head[: max(0, ref.start() - 1)]
    words = [w for w in head.split() if any(c.isalpha() for c in w)]
    if len(words) < 2:
        return False
    w = dediac(words[0]).strip('«»"“”')
    k = norm_key(w)
    return not (
        k in _AFTER_MARKS_OPENERS
        or (w[:1] == "و" and len(w) > 2)
        or (w[:1] == "ف" and not w.startswith("في"))
        or _fold(w) in st.lex.verb_words
        or (w[:1] == "م" and len(w) >= 5 and w.endswith(("ين", "ا", "اً")))
    )


def _nested_report(st: _State, a: int, end: int):
    """Reported content that opens with a person (after his titles), a verb of saying and its own
    conjunction within six words: «أن الشرع أكد خلال اللقاء أن …». Returns the inner cue, its
    subject, where the inner content starts and the verb's gender, or None."""
    text, lex = st.text, st.lex
    ms = st.mentions_in(a, min(end, a + 80), labels=("PERSON",))
    if not ms or not all(_is_title(lex, t[2]) for t in _tokens(text, a, ms[0].start)):
        return _honoured_nested_report(st, a, end) or _unnamed_nested_report(st, a, end)
    x = ms[0]
    nxt = _tokens(text, x.end, end)[:1]
    if not nxt:
        return None
    hits = [h for h in _scan(text, lex.verb_words, nxt[0][0], nxt[0][1]) if h.start() == nxt[0][0]]
    if not hits or hits[0].group("pre"):
        return None
    h = hits[0]
    inner = _inner_clause(st, h, h.end(), end, 6)
    if inner is None:
        return None
    gender, ia = inner
    return (h.start(), h.end()), _Subject((x.start, x.end), getattr(x, "role", None), "named", 0.8, "PERSON"), ia, gender


def _inner_clause(st: _State, h: re.Match, c_from: int, end: int, max_between: int) -> tuple[str | None, int] | None:
    """For a verb of saying ``h`` inside reported content (ending at ``end``): its gender and where
    its own content starts, after the conjunction found from ``c_from`` within ``max_between`` words
    (not inside marks, three words of content at least); None for an impersonal or passive verb."""
    text, lex = st.text, st.lex
    vkey = lex.verb_words.get(_fold(h.group("v")))
    if vkey is None or vkey in lex.impersonal:
        return None
    gender = lex.verbs.get(vkey, (vkey, None))[1]
    c = lex.conj_re.search(text, c_from, end)
    if gender == "passive" or c is None or _words(text, c_from, c.start()) > max_between or st.inside_quote(c.start()):
        return None
    ia = _trim(text, c.end(), end, " \t")[0]
    return None if _words(text, ia, end) < 3 else (gender, ia)


def _unnamed_nested_report(st: _State, a: int, end: int):
    """«وأوضح بنعمر أن عضواً في اللجنة قال له إن …»، «وأضاف الكندري أن وزير الدولة لشؤون البلدية أكد
    له أن …»: reported content that opens with an indefinite title and its complement (up to six
    words, no person named), a verb of saying told to the speaker («له»، «لها»، «لنا») and its own
    conjunction: the inner cue, its subject (unnamed, the title its role), where the inner content
    starts and the verb's gender, or None."""
    text, lex = st.text, st.lex
    lead = _tokens(text, a, min(end, a + 90))[:8]
    # (or people by a plural in construct, in the case after «أن»: «أن مفتشي التموين أكدوا له أن»)
    plural = (
        len(lead) > 1 and _key(lead[0][2]).endswith("ي") and len(_key(lead[0][2])) >= 5 and lead[1][2].startswith("ال")
        and _people_plural(lex, _key(lead[0][2]) + "ن")
    )
    if not lead or _key(lead[0][2]).startswith("ال") or not (_is_title(lex, lead[0][2].removesuffix("اً").removesuffix("ًا")) or plural):
        return None
    found = _lead_verb(st, a, lead, 1, min(7, len(lead) - 1))
    if found is None:
        return None
    n, h = found
    nk = _key(lead[n + 1][2])
    if nk in _TOLD_US or nk == _BEFORE_BODY:
        c_from = lead[n + 1][1]  # «قال له إن»، «أكد أمام اللجنة أن»
    elif lex.conj_re.match(text, lead[n + 1][0]) is not None and n <= 4:
        c_from = lead[n + 1][0]  # «أن وزير الإسكان أكد أن …»: the conjunction right after the verb
    else:
        return None
    inner = _inner_clause(st, h, c_from, end, 2)
    if inner is None:
        return None
    gender, ia = inner
    role = _trim(text, a, h.start(), " \t")
    return (h.start(), h.end()), _Subject(None, text[role[0] : role[1]], "unnamed", 0.7), ia, gender


def _lead_verb(st: _State, a: int, lead: list[tuple[int, int, str]], first: int, stop: int) -> tuple[int, re.Match] | None:
    """The first verb of saying among ``lead[first:stop]`` (words only, no person named before it):
    its index and its match, or None."""
    for n in range(first, stop):
        t = lead[n]
        if not _WORD_RE.fullmatch(t[2]):
            return None
        hits = [h for h in _scan(st.text, st.lex.verb_words, t[0], t[1]) if h.start() == t[0] and not h.group("pre")]
        if not hits:
            continue
        if st.mentions_in(a, t[0], labels=("PERSON",)):
            return None
        return n, hits[0]
    return None


def _honoured_nested_report(st: _State, a: int, end: int):
    """«وأضاف أن سمو رئيس مجلس الوزراء شدد خلال الاجتماع على أن "…"»: reported content that opens
    with an honorific and a title (up to five words, no person named), a verb of saying and its own
    conjunction within six words. The inner subject is the one so honoured, named before
    («سمو الشيخ فيصل خالد الجابر الصباح رئيس مجلس الوزراء»); else unnamed, the title its role."""
    text, lex = st.text, st.lex
    lead = _tokens(text, a, min(end, a + 90))[:8]
    if len(lead) < 3 or _key(lead[0][2]) not in _HONOUR_NOUNS or not _is_title(lex, lead[1][2]):
        return None
    found = _lead_verb(st, a, lead, 2, min(7, len(lead)))
    if found is None:
        return None
    h = found[1]
    inner = _inner_clause(st, h, h.end(), end, 6)
    if inner is None:
        return None
    gender, ia = inner
    x = _honoured(st, _key(lead[0][2]), gender, a)
    if x is not None:
        return (h.start(), h.end()), _Subject((x.start, x.end), x.role, "coref", 0.75, "PERSON"), ia, gender
    role = _trim(text, lead[1][0], h.start(), " \t")
    return (h.start(), h.end()), _Subject(None, text[role[0] : role[1]], "unnamed", 0.7), ia, gender


# the one told, right after the inner verb: «قال له إن»، «أكدت لنا أن»
_TOLD_US = frozenset(norm_key(w) for w in ("له", "لها", "لنا", "لي", "لهم"))
# where the inner words were said: «أكد أمام اللجنة أن»
_BEFORE_BODY = norm_key("أمام")


_DESCRIBE = frozenset(_fold(w) for w in ("وصف", "وصفت", "وصفه", "وصفها", "يصف", "تصف", "وصفوا", "يصفون"))


_KANA = frozenset(norm_key(w) for w in ("كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"))


def _relative_report(st: _State, h: _Hit) -> bool:
    """A reporting verb right after a relative pronoun (with a resumptive «فيها/فيه» or not):
    «يدعو إلى تعديل التعليقات التي ادعى فيها البابا بأن …» — the conjunction is that verb's."""
    prev = st.text[max(0, h.start() - 10) : h.start()].split()
    vkey = st.lex.verb_words.get(_fold(h.group("v")))
    lemma = st.lex.verbs.get(vkey, (vkey, None))[0]
    return (
        bool(prev)
        # (with its و: «… بين منتخبي فرنسا وإيطاليا والتي توقع الكثيرون ان …»)
        and (_key(prev[-1]) in _RELATIVES or _key(prev[-1]).removeprefix("و") in _RELATIVES)
        and vkey not in st.lex.impersonal
        and lemma not in st.lex.colon_only
        # («العائلات التي رأت نفسها في أحداث المسلسل»: saw herself, no opinion)
        and not _saw_self(st, lemma, h.end())
    )


_RELATIVE_SET_OFF = re.compile(r"[،,]\s*(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s")


def _relative_aside(st: _State, h: _Hit, conj: int) -> bool:
    """«ويقول المؤسس عمر القاسم، الذي نقل شركته من غازي عنتاب إلى إسطنبول، إن …»: a relative
    clause set off by commas describes the subject; the conjunction after its closing comma is
    the main verb's, not the relative's."""
    text = st.text
    back = text[max(0, h.start() - 24) : h.start()].rstrip()
    rel = back.split()
    if not rel:
        return False
    before_rel = back[: -len(rel[-1])].rstrip()
    return before_rel.endswith(("،", ",")) and text[h.end() : conj].rstrip().endswith(("،", ","))


def _partial_quotes(st: _State, a: int, end: int, cue, subj: _Subject, gender) -> None:
    """Quoted phrases of three or more words inside reported content are direct quotes too."""
    text = st.text
    i = bisect.bisect_left(st.open_pos, a)
    while i < len(st.pairs) and st.pairs[i].open < end:
        q = st.pairs[i]
        if (
            q.depth == 0
            and not q.claimed
            and _words(text, *q.content) >= 3
            and not _is_named_thing(st, q)
        ):
            q.claimed = True
            if not _echoed_in_denial(st, q, cue):
                _emit(st, "direct", q.content, cue, subj, gender, min(subj.confidence, 0.8))
        i += 1


def _echoed_in_denial(st: _State, q: _Pair, cue) -> bool:
    """«وقال بلحاج إن الحلقات "كُتبت على عجل …"» … «نفى المخرج أن يكون النص قد "كُتب على عجل"»:
    a denial that echoes words quoted earlier in another's mouth quotes them, not its speaker."""
    words = st.text[cue[0] : cue[1]].split()
    if not words or _fold(words[0]).removeprefix("و").removeprefix("ف") not in _DENY:
        return False
    said = _stems(st.text[q.content[0] : q.content[1]])
    return any(
        e.content[1] <= cue[0] and said in _stems(st.text[e.content[0] : e.content[1]])
        for e in st.quotes
        if e.kind == "direct"
    )


def _stems(s: str) -> str:
    """The first three letters of each word, joined: an echo may change a verb's person
    («كُتبت على عجل» → «كُتب على عجل»)."""
    return " " + " ".join(_key(w)[:3] for w in s.split() if _WORD_RE.fullmatch(w)) + " "


_FIRST_PERSON = frozenset(
    _fold(w) for w in ("أنا", "نحن", "إنني", "إننا", "إني", "لأنني", "فأنا", "ونحن", "أنني")
)


def _unmarked_speech(
    st: _State, m, lemma: str, vkey: str, gender, sent_end: int, limit: int
) -> bool:
    """Direct speech with no marks and no colon, as features write it: «يقول كورت لقد سعدت حقاً
    بالعودة …»، «وعن أجمل الدول … يقول في الحقيقة لقد أعجبتني سوريا». A verb of saying followed,
    after at most its subject and a short adjunct, by a first-person clause (لقد/قد + a verb in
    the first person, or أنا/نحن/إنني) is a direct quote running to the end of the sentence."""
    text, lex = st.text, st.lex
    if (
        lemma in lex.colon_only
        or vkey in lex.impersonal
        or gender == "passive"
        or lemma not in _SAYING
    ):
        return False
    toks = _tokens(text, m.end(), limit)[:7]
    if (
        len(toks) > 2
        and _fold(toks[0][2]) in _SAYING_PARTICIPLES
        and _WORD_RE.fullmatch(toks[1][2])
        and _key(toks[1][2]) not in lex.stops
        and lex.conj_re.fullmatch(toks[1][2]) is None
        and not st.inside_quote(toks[1][0])
    ):
        # «وأضاف قائلا نادرا ما كان من الصعب التكهن …»: "he added, saying", then the speech
        # itself with no mark and no colon
        a = toks[1][0]
        end = _clause_end(st, a, sent_end)
        if _words(text, a, end) >= 4 and not any(
            q.content[0] < end and a < q.content[1] for q in st.quotes
        ):
            subj = _carry(st, m.start(), gender)
            _emit(st, "direct", (a, end), (m.start(), m.end()), subj, gender, min(subj.confidence, 0.7))
            return True
    fp = None
    for n, t in enumerate(toks):
        k = _fold(t[2])
        nxt = _fold(toks[n + 1][2]) if n + 1 < len(toks) else ""
        if k in _FIRST_PERSON and (
            t[2].lstrip("وف").startswith("آ")
            or any(x.label == "PERSON" and x.start == t[0] for x in st.mentions_in(t[0], limit))
        ):
            # «وقالت رئيسة البعثة آنا سورنسن …»، «وقالت أنا كوفالسكا، مديرة المتحف، إن»: the given
            # name Anna (a person's name starting at the word), not the pronoun أنا
            k = ""
        if (
            k in _FIRST_PERSON
            or k == "لقد"  # after a verb of saying, لقد can only open the speech itself
            or (k in ("فقد", "قد") and nxt.endswith(("ت", "تني", "نا", "ني")))
            or (k in ("لم", "لن") and nxt[:1] in "ان" and len(nxt) > 2)
            # «وأضاف المتحدث لا توجد عمليات جديدة»: a negated clause right after the subject
            or (
                k in ("لا", "لم", "لن", "ليس", "ليست")
                and n >= 1
                and (
                    st.mentions_in(toks[0][0], toks[n - 1][1])
                    or _is_title(lex, toks[0][2])
                )
                and n <= 4
                and not any(
                    _key(x[2]) in lex.zone_breakers or _key(x[2]) in lex.stops
                    for x in toks[:n]
                )
            )
        ):
            fp = n
            break
        if t[2] in "،,;؛:" or _key(t[2]) in lex.stops - {"في"}:
            return False
    if fp is None:
        return False
    zone_a, zone_b = m.end(), toks[fp][0]
    ms = [x for x in st.mentions_in(zone_a, zone_b) if not _addressee(st, x)]
    if ms and _words(text, zone_a, ms[0].start) == 0:
        subj = _Subject((ms[0].start, ms[0].end), ms[0].role, "named", 0.75, ms[0].label)
        a = _trim(text, ms[0].end, zone_b)[0]
    elif not ms and toks[:fp] and _is_title(lex, toks[0][2]):
        # «وأضاف المتحدث لا توجد …»: a title as the subject, the speech after it
        subj = _parse_subject(st, zone_a, zone_b, lemma, gender, m.start())
        if subj.status == "empty":
            subj = _carry(st, m.start(), gender)
        a = zone_b
    elif not ms and _words(text, zone_a, zone_b) <= 3:
        subj = _carry(st, m.start(), gender)
        a = _trim(text, zone_a, zone_b)[0]
    else:
        return False
    end = _clause_end(st, a, sent_end)
    if _words(text, a, end) < 4:
        return False
    _emit(st, "direct", (a, end), (m.start(), m.end()), subj, gender, min(subj.confidence, 0.7))
    return True


_CALLED = norm_key("دعا")
_CALLED_FOR = frozenset(norm_key(w) for w in ("إلى", "الى", "لـ"))
_BUT_BARE = frozenset(_fold(w) for w in ("ولكن", "لكن"))
_SAYING_PARTICIPLES = frozenset(_fold(w) for w in ("قائلا", "قائلة", "قائلين", "قائلاً"))


def _cue_between(st: _State, a: int, b: int) -> bool:
    """A reporting verb or participle in ``text[a:b]``."""
    return any(True for _ in _scan(st.text, st.lex.verb_words, a, b)) or any(
        True for _ in _scan(st.text, st.lex.participle_words, a, b)
    )


_AS_FOR = frozenset(_fold(w) for w in ("أما", "وأما"))
_AS_REGARDS = _fold("بالنسبة")  # «أما بالنسبة لـ»: the writer's turn


def _speakers_own_contrast(st: _State, a: int, end: int) -> bool:
    """«إن سعر الكيلوغرام من الكمأة البيضاء يتراوح بين 15 و20 ألف دينار، أما الحمراء فتصل إلى 35
    ألفاً»: after «، أما», a topic that names no one and no body and a clause with no verb of saying
    (not «بالنسبة لـ») go on with the speaker's words."""
    text = st.text
    b = max(end, st.sentence_end(a))
    toks = _tokens(text, a, b)
    if not toks or _fold(toks[0][2]) == _AS_REGARDS:
        return False
    return not st.mentions_in(a, b, labels=("PERSON", "ORG")) and not _cue_between(st, a, b)


def _colon_speech_past_as_for(st: _State, end: int) -> int:
    """«فتقول: الناس استغربوا في البداية أن تتعلم فتاة هذه المهنة، أما الآن فنساء المنطقة يفضّلن أن
    أصلح هواتفهن بنفسي.»: speech after a colon with no marks goes on past «، أما» (the speaker's own
    contrast, not the writer's) to the end of its sentence, when no mark and no verb of saying follows."""
    text = st.text
    toks = _tokens(text, end, min(len(text), end + 30))
    if len(toks) < 3 or toks[0][2] not in "،," or _fold(toks[1][2]) not in _AS_FOR or _fold(toks[2][2]) == _AS_REGARDS:
        return end  # («وقد قال كونفوشيوس : يستطيع الرجل …، أما بالنسبة للنساء …»: the writer's turn)
    b = _trim(text, end, st.sentence_end(end))[1]
    if any(c in text[end:b] for c in '«»"“”') or _cue_between(st, end, b):
        return end
    return b


_MARKED_TERM_RE = re.compile(r'[«"“]([^«»"“”\n]{1,60})[»"”]')


def _without_marked_terms(s: str) -> str:
    """``s`` with every term of one or two words in marks taken out: such a term is no quote of its
    own («الزبون يطلب "الزبيدي" تحديداً»، «شكا حجاج من «غياب الشفافية»»)."""
    return _MARKED_TERM_RE.sub(lambda t: "" if len(t.group(1).split()) <= 2 else t.group(0), s)


def _rest_of_paragraph(st: _State, a: int, end: int) -> int:
    """«فأجابت: نحن ملتزمون بتشغيل المدرج الأول … قبل معرض إكسبو 2030. الجدول طموح لكنه ليس
    مستحيلاً …»: speech after a colon with no marks runs on to the end of its paragraph when the
    sentences after the first name no one and hold no quote mark and no verb of saying (the
    speaker goes on talking); otherwise it ends with its first sentence."""
    text = st.text
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    rest = text[end:line_end].lstrip()
    if not rest or rest[0] not in ".?؟":
        # the content stopped inside its sentence (a participle cue, a frame …), or at an
        # exclamation: «لا تسألوني عن الموعد! نحن ننتظر …» keeps its first sentence, as with marks
        return end
    b = _trim(text, end, line_end)[1]
    body = text[end:b].lstrip(" \t.!?؟")
    unmarked = _without_marked_terms(body)
    if (
        # (a short one after an ellipsis goes on too: «ربنا يقومك بالسلامة.. المسرح مستنيكي.»)
        _words(body, 0, len(body)) < (1 if rest.startswith("..") else 3)
        or any(c in unmarked for c in '«»"“”')
        or st.mentions_in(end, b, labels=("PERSON",))
        or _cue_in_speech(st, end, b)
    ):
        return end
    return b


def _cue_in_speech(st: _State, a: int, b: int) -> bool:
    """A verb of saying in ``text[a:b]`` (not the preposition «بين»: «رسالة بين السياسيين»), or a
    participle of saying after a comma («، مؤكداً أن»; not a predicate: «فإن نصف الغابات مهددة»)."""
    text = st.text
    return any(not _between(st, h) for h in _scan(text, st.lex.verb_words, a, b)) or any(
        text[max(a, h.start() - 3) : h.start()].rstrip().endswith(("،", ","))
        for h in _scan(text, st.lex.participle_words, a, b)
    )


_WHILE_ASIDE = frozenset(_fold(w) for w in ("بينما", "وبينما", "فيما", "وفيما", "عندما", "وعندما"))


def _while_aside(st: _State, v_end: int, kind_end: tuple[int, str]) -> int | None:
    """«ويقول المزارع صالح العبيدي، بينما يزيح الرمل عن قناة ري صغيرة بمجرفته: «…»»: after the
    speaker, a circumstance set off by a comma («بينما/فيما/عندما» + a clause with no verb of
    saying) runs up to the colon that opens the speech. Returns the comma's position (the end of
    the speaker's zone), or None."""
    zone_b, how = kind_end
    if how != "colon":
        return None
    text = st.text
    k = max(text.rfind("،", v_end, zone_b), text.rfind(",", v_end, zone_b))
    if k == -1 or _words(text, v_end, k) < 1:
        return None
    toks = _tokens(text, k + 1, zone_b)
    if len(toks) < 2 or _fold(dediac(toks[0][2])) not in _WHILE_ASIDE:
        return None
    if _cue_between(st, k + 1, zone_b):
        return None  # «…، بينما قالت الوزيرة: …»: another speaker's cue
    if not st.mentions_in(v_end, k, labels=("PERSON", "ORG")):
        return None
    return k


_SAYING = frozenset(norm_key(w) for w in ("قال", "أضاف", "تابع", "أردف", "استطرد", "ختم", "اختتم", "استدرك", "أجاب", "روى"))
_NARRATED = norm_key("روى")
# what one narrates as an object, no reported clause: «يروي الفيلم حكاية …»، «روت قصتها»
_TALES = frozenset(_bare(norm_key(w)) for w in ("حكاية", "حكايات", "قصة", "قصص", "سيرة", "حكايته", "حكايتها", "قصته", "قصتها", "سيرته", "سيرتها"))


# verbs that go on with one's words, never "as X reported": «تابع» (also "follows"), «أضاف»، «ختم»
_GOING_ON_VERBS = frozenset(norm_key(w) for w in ("تابع", "أضاف", "ختم", "استطرد"))


def _remember_speech_act(st: _State, m, lemma: str, gender, sent_end: int) -> None:
    """«وردّاً على شكاوى …، نفى شلبي وجود أي تأخير. وأوضح أن …»: a verb of speech with a named
    subject right after it and a noun for its object reports no words, but a cue with no subject
    after it goes on with that subject (remembered as if it had spoken)."""
    if gender not in ("m", "f") or lemma in st.lex.colon_only or any(q.cue[0] == m.start() for q in st.quotes):
        return
    lead = _tokens(st.text, _after_dateline(st.text, st.sentence_start(m.start()), m.start()), m.start())
    if lead and lead[-1][2] not in "،,":
        return  # (the verb opens its sentence, or its clause after an adjunct: not «ولا أحد يقول نعم»)
    x = next(
        (y for y in st.mentions_in(m.end(), sent_end, labels=("PERSON",)) if _words(st.text, m.end(), y.start) == 0 or _titled_subject(st, m.end(), y.start)),
        None,
    )
    if x is None or st.genders.get(norm_key(x.text), gender) != gender:
        return
    if any(True for _ in _scan(st.text, st.lex.verb_words, x.end, sent_end)):
        return  # (another verb of speech later in the sentence has its own say)
    st.history.append(_Spoken(m.start(), st.sentence_of(m.start()), (x.start, x.end), gender, x.role))


def _as_reported(st: _State, m, lemma: str, gender, sent_end: int) -> None:
    """«…، كما أعلنت وزارة الخارجية التركية أمس.»: a verb after «، كما» closing the sentence
    attributes what came before the comma to its subject."""
    text = st.text
    s0 = st.sentence_start(m.start())
    prev = _tokens(text, max(s0, m.start() - 20), m.start())
    if len(prev) < 2 or _key(prev[-1][2]) != "كما":
        return
    # («… في الجنوب كما أفادت الشرطة اللبنانية .»: with no comma, a short named subject closing the
    # sentence; checked below)
    comma = prev[-2][2] in "،,"
    if lemma in st.lex.colon_only or gender == "passive" or lemma in _GOING_ON_VERBS:
        return  # («فيما يتابع المرضى أخبار الوقود كما يتابع غيرهم أخبار الطقس»: follows, no "as X went on")
    rest = _trim(text, m.end(), sent_end)
    if not (1 <= _words(text, *rest) <= (10 if comma else 6)):
        return
    # (a dateline opening the sentence is no part of it: «استنبول - قنا - ا ف ب : أوقفت …»)
    cut = prev[-2][0] if comma else prev[-1][0]  # before the comma, or before «كما»
    head = _trim(text, _after_dateline(text, s0, cut), cut)
    if _words(text, *head) < (3 if comma else 5):
        return
    # only a subject (and a time) after the verb: «كما أوصوا بإرسال …» is "also recommended …"
    for t in _tokens(text, *rest):
        k = _key(t[2])
        if k in st.lex.stops or (k[:1] in "بل" and not _name_starts(st, t[0]) and k[1:2] != "ل"):
            return
    if any(q.content[0] < head[1] and head[0] < q.content[1] for q in st.quotes[-4:]):
        return  # «قال إن …، كما نقلت عنه مصادر»: part of that quote's attribution
    subj = _parse_subject(st, m.end(), rest[1], lemma, gender, m.start())
    if subj.status == "empty":
        return
    if subj.speaker is None:
        # «، كما ذكرت وكالة أنباء الأناضول التركية .» (the name tagged as a place), «، كما قالت
        # الوكالة …» after it: the agency
        agency = _agency_at(st, *rest)
        if agency is None and _bare(_key(text[rest[0] : rest[1]].split()[0])) == "وكاله":
            agency = _last_agency(st, m.start())
        if agency is not None:
            subj = _Subject((agency.start, agency.end), None, "named", 0.75, "ORG")
    if not comma and (text[subj.speaker[1] : rest[1]].strip(" \t.") if subj.speaker else _words(text, *rest) > 4):
        return  # (no more than the source, to the sentence's end)
    if comma and subj.speaker is not None:
        after = [t for t in _tokens(text, subj.speaker[1], rest[1]) if t[2] not in "»”\"،,."]
        while after and _key(after[0][2]).startswith("لل"):
            after = after[1:]  # «شركة "حكايا" للنشر»: what the body is for, part of its name
        if len(after) >= 2 and not any(_key(t[2]) in st.lex.adverbs for t in after):
            return  # «…، كما أعلنت شركة "حكايا" للنشر إطلاق مجلة شهرية»: "also announced" a thing
    _emit(st, "according_to", head, (prev[-1][0], m.end()), subj, gender, min(subj.confidence, 0.75))


def _subject_limit(st: _State, a: int, sent_end: int) -> int:
    """For a cue after a quote («…»، قال الوزير.), the subject runs to a comma or the sentence end."""
    text = st.text
    b = a
    while b < sent_end and text[b] not in '،,.؛;:«“"':
        b += 1
        if b < sent_end and text[b] in '«“"':
            p = st.pair_at(b)
            if p is not None and p.close < sent_end and _words(text, *p.content) <= 3:
                b = p.close + 1  # a name in marks: «…»، هكذا قالت نائبة رئيس "غوغل كلاود" …
    if b < sent_end and text[b] in "،,":
        # «…»، يقول نائب رئيس الشركة لمنطقة الشرق الأوسط، طارق منصور، في تصريح: a title, then
        # its holder's name set off by commas
        toks = _tokens(text, a, b)
        if (
            toks
            and _is_title(st.lex, toks[0][2])
            and not st.mentions_in(a, b, labels=("PERSON",))
        ):
            c = b + 1
            while c < sent_end and text[c].isspace():
                c += 1
            name = next(
                (x for x in st.mentions_in(c, sent_end, labels=("PERSON",)) if x.start == c),
                None,
            )
            if name is not None:
                e = _skip_parens(text, name.end, sent_end)
                rest = text[e:sent_end].lstrip()
                if not rest or rest[:1] in "،,.":
                    return e
    return b


_THUS = frozenset(_fold(w) for w in ("هكذا", "بهذا", "بهذه"))


def _split_tail(st: _State, p: _Pair, sent_end: int) -> bool:
    """The pair ``p`` is the last part of a quote split by its cue: after a comma, it closes the
    sentence (««…»، قال مصطفى كلّاس، صاحب ورشة …، «فكيف أنافس؟».»), however short."""
    text = st.text
    return text[max(0, p.open - 8) : p.open].rstrip().endswith(("،", ",")) and not text[p.close + 1 : sent_end].strip(_TRIM)


def _quote_before(st: _State, pos: int) -> _Pair | None:
    """A quote whose closing mark comes right before ``pos`` (only a comma or dash between)."""
    text = st.text
    j = pos
    while j > 0 and text[j - 1] in " \t،,-–—":
        j -= 1
    if (j == pos or j == 0) and (j == 0 or text[j - 1] not in '»”"’'):
        return None
    if text[j - 1] not in '»”"’“':
        return None
    p = st.by_close.get(j - 1)
    return p if p is not None and p.depth == 0 else None


# Particles that open a verbal clause: «قد يفتح»، «لم تلتزم»، «لا يفتح»، «ليس مجرد».
_CLAUSE_PARTICLES = frozenset(_fold(w) for w in ("لن", "قد", "لقد", "لم", "لا", "ليس", "ليست"))


def _predicate_opening(text: str, a: int, b: int) -> bool:
    """Marked words that open with a verb in the future («سيكون»، «ستضع»), with a particle of a
    verbal clause («لن»، «قد»، «لم»، «لا») or with a passive verb, its first letter marked with a
    damma («نُفّذ»، «أُنجز»): a clause."""
    w = _WORD_RE.match(text, a)
    if w is None or w.end() >= b:
        return False
    f = _fold(w.group())
    raw = w.group()
    passive = len(raw) >= 4 and raw[1] == "\u064f"
    return passive or f in _CLAUSE_PARTICLES or (len(f) >= 4 and f[0] == "س" and f[1] in "يتنا")


# «لدى "أطلس كابيتال"»: where one works; and nouns of places and offices that precede their name in
# marks («مركز "…"»، «مكتب "…"»، «معهد "…"»), besides the bodies of _BODY_NOUNS.
_AT_BODY = frozenset((_fold("لدى"),))  # (_fold makes «لدي» the same)
_NAMED_PLACES = frozenset(_fold(w) for w in ("مركز", "مكتب", "معهد", "مختبر", "مستشفى", "مصنع", "فندق", "نادي", "صندوق", "منصة", "وكالة"))


_THAT = frozenset(_fold(w) for w in ("أن", "إن", "بأن", "وأن", "وإن"))  # (_fold: ان = أن)


_BECAUSE = frozenset(_fold(w) for w in ("لأن", "لأنه", "لأنها", "لأنهم", "لأننا", "لأنني", "لكي", "كي"))


# words with ي first that are no present verb: «"يوم الأرض"»
_NOT_VERBS_Y = frozenset(_fold(w) for w in ("يوم", "يد", "يمين", "يسار", "ينبوع"))


# «يُعرف بـ«…»»، «المسمى "…"»: the words before the marks that give a thing's name
_KNOWN_AS = frozenset(norm_key(w) for w in (
    "يعرف", "تعرف", "عرف", "عرفت", "المعروف", "المعروفة", "يسمى", "تسمى", "سمي", "سميت", "المسمى", "المسماة",
    "يدعى", "تدعى", "الملقب", "الملقبة", "يلقب", "تلقب",
))


# works a body or a person puts out under a title: «تقريرها السنوي "…"»، «كتابه "…"»
_WORKS = frozenset(norm_key(w) for w in (
    "تقرير", "دراسة", "كتاب", "رواية", "فيلم", "مسلسل", "أغنية", "ألبوم", "برنامج", "حملة", "مبادرة", "استراتيجية",
))


def _own_work_before(lex: _Lex, prev: list[str]) -> bool:
    """The words before the marks name what the marks hold: «يُعرف بـ«الطريق السيار للماء»»، or a
    work of the body's own, its noun with a possessive and maybe one adjective («وفي تقريرها السنوي
    «نحو اقتصاد دائري»»)."""
    if not prev or any(c in " ".join(prev[-2:]) for c in "،,:.«»\"“”"):
        return False
    if len(prev) >= 2 and _key(prev[-1]) == _key("بـ") and _key(prev[-2]).removeprefix("و") in _KNOWN_AS:
        return True
    for n in (1, 2):
        if len(prev) < n or (n == 2 and not _key(prev[-1]).startswith("ال")):
            continue
        k = _bare(_key(prev[-n]))
        for suffix in ("ها", "هم", "ه"):
            stem = k.removesuffix(suffix)
            if stem != k and len(stem) >= 3 and (stem in _WORKS or stem[-1] == "ت" and stem[:-1] + "ه" in _WORKS):
                return True
    return False


# the words of a figure: «أكثر من 150 ألف»، «نحو 3 ملايين دولار»، «38 في المئة»
_FIGURE_WORDS = frozenset(_fold(w) for w in (
    "أكثر", "أقل", "من", "نحو", "حوالي", "قرابة", "زهاء", "ما", "يقارب", "يزيد", "على", "ألف", "آلاف", "ألفا", "مليون", "ملايين",
    "مليونا", "مليار", "مليارات", "في", "المئة", "المائة", "بالمئة", "بالمائة", "%", "دولار", "يورو", "جنيه", "دينار", "ريال", "درهم",
))


def _figure_in_marks(text: str, a: int, b: int) -> bool:
    """The marked words between ``a`` and ``b`` are a figure: up to six words, one of them written in
    digits, the rest words of amounts."""
    words = text[a:b].split()
    return (
        0 < len(words) <= 6 and any(w[:1].isdigit() for w in words)
        and all(w[:1].isdigit() or w.strip("%") == "" or _fold(w) in _FIGURE_WORDS for w in words)
    )


# a condition opening the marked words: «"ما لم تُلغَ …"»، «"إذا لم …"»
_IF_WORDS = frozenset(_fold(w) for w in ("إذا", "لو", "لولا", "طالما"))
_UNLESS = (_fold("ما"), _fold("لم"))


# a plan's or programme's head noun, and the words before its name in marks («ضمن «رؤية …»»)
_PLANS = frozenset(_noal(_bare(norm_key(w))) for w in ("رؤية", "برنامج", "مبادرة", "استراتيجية", "خطة", "مشروع", "حملة", "ميثاق", "مدونة"))
_LAUNCHED_IN = frozenset(
    _fold(w) for w in ("ضمن", "أطلق", "أطلقت", "يطلق", "تطلق", "أطلقنا", "نطلق", "إطلاق", "بإطلاق", "لإطلاق", "اعتمد", "اعتمدت", "تبنى", "تبنت")
)
# a Latin form in brackets right after a closing mark: « (VNG)»، « (Sound Wave)»
_LATIN_GLOSS_AFTER_RE = re.compile(r"\s*\([A-Za-z][A-Za-z0-9 .&'’\-]{0,40}\)")


# a law by its name in marks: its head noun, and the words that stand before it
_LAW_HEADS = frozenset(_fold(w) for w in ("قانون", "مرسوم", "لائحة", "نظام", "اتفاقية", "معاهدة", "ميثاق"))
_LAW_BEFORE = frozenset(_fold(w) for w in (
    "تعديل", "مشروع", "موجب", "أحكام", "مواد", "تطبيق", "إقرار", "اقرار", "مناقشة", "تعديلات", "إلغاء", "الغاء",
))


def _is_named_thing(st: _State, p: _Pair) -> bool:
    """A quoted name, title or slogan: «تطبيق "واتساب"»، «بعنوان "…"», or a mention in marks."""
    text, lex = st.text, st.lex
    a, b = p.content
    a2, b2 = _trim(text, a, b)
    before = text[max(0, p.open - 40, st.sentence_start(p.open)) : p.open].split()
    for m in st.mentions_in(a2, b2, labels=("PERSON", "ORG", "LOC", "PRODUCT")):
        if m.start <= a2 + 1 and m.end >= b2 - 1:
            if (
                m.source == "model"
                and _words(text, a2, b2) >= 4
                and not _key(text[a2:b2].split()[0]).startswith(("ال", "وال"))
                and len(before) >= 2
                and _key(before[-1]).startswith("ال")
                and any(_fold(w) in _THAT for w in before[-3:-1])
            ):
                continue  # «إن الدورة الحالية "أعادت الاعتبار للنص المسرحي العربي"»: the subject's predicate, read as a name by the model
            return True
    head = _tokens(text, a2, b2)[:2]
    if len(head) == 2 and _fold(head[0][2]) in _BODY_NOUNS and any(
        m.start <= head[1][0] + 1 and m.end >= b2 - 1 for m in st.mentions_in(head[1][0], b2, labels=("ORG",))
    ):
        # «وكشفت "مجموعة الخليج للاستشارات" في دراسة»: the body's noun, then the name it gives
        return True
    if (
        text[max(0, p.open - 2) : p.open] in ("لـ", " ل")
        and _words(text, a2, b2) <= 4
        and _trim(text, p.close + 1, min(len(text), p.close + 4))[0] < len(text)
    ):
        # «قالت المؤسسة المشاركة لـ"بي بي إف" إليف يلماز إن»: a name after لـ (the body of a
        # title, the outlet spoken to), not what was said; so before a colon, which opens the
        # words said to it («وأضاف لـ"بي بي سي عربي": «…»»)
        return True
    # (the words before the mark in its own sentence: not «… الماضي.\nويعتقد المحلل في «…»»)
    prev = text[max(0, p.open - 25, st.sentence_start(p.open)) : p.open].split()
    if (
        prev and head and _fold(prev[-1]).removeprefix("و") in _LAUNCHED_IN and _noal(_bare(_key(head[0][2]))) in _PLANS
        and (_words(text, a2, b2) <= 3 or _words(text, a2, b2) <= 5 and _key(head[0][2]).startswith("ال"))
    ):
        # «ضمن «رؤية التحديث الاقتصادي»»، «أطلقت «البرنامج الوطني للاقتصاد في الماء»»: a plan's name
        # (not a plan described at length: «ضمن "خطة لإعادة الهيكلة تمتد على ثلاث سنوات"», her words)
        return True
    if (
        prev and head and _fold(head[0][2]) in _LAW_HEADS and _words(text, a2, b2) <= 8
        and _fold(prev[-1]).removeprefix("و").removeprefix("ب") in _LAW_BEFORE
    ):
        # «وتابع الوزير أن مشروع تعديل "قانون مكافحة جرائم تقنية المعلومات" سيُحال»، «بموجب "قانون
        # …"»: a law's name in marks after the bill, its amendment or its provisions, no one's words
        return True
    if _words(text, a2, b2) <= 5 and _LATIN_GLOSS_AFTER_RE.match(text, p.close + 1):
        # «مع شركتي "إيني" (Eni) الإيطالية و"في إن جي" (VNG) الألمانية»: a name, glossed in Latin
        return True
    # one of a list of quoted titles: «"أولاد حارتنا" و"الثلاثية" و"ثرثرة فوق النيل"»
    left = text[max(0, p.open - 4) : p.open].strip()
    right = text[p.close + 1 : p.close + 6].strip()
    # (a mark after the و, not one after a word ending in و: «انجيلو مارتيلو ' ' …»)
    if (left.endswith("و") and left[:-1].strip()[-1:] in ('"', "»", "”")) or (
        right[:1] == "و" and right[1:].strip()[:1] in ('"', "«", "“")
    ):
        return True
    if prev and _words(text, a2, b2) <= 4:
        pk = _fold(prev[-1].rstrip("ـ"))
        if pk in _AT_BODY or (
            not pk.startswith(("ال", "وال", "لل", "فال", "بال"))
            and (pk.removeprefix("و").removeprefix("ل").removeprefix("ب") in _BODY_NOUNS | _NAMED_PLACES)
        ):
            # «المحلل المالي لدى "أطلس كابيتال ريسيرش" كريم الودغيري»، «تقرير صادر عن مركز "بيروت
            # للدراسات المالية"»: a body's name in marks after «لدى» or after its own noun
            return True
    if (
        len(prev) >= 2 and _fold(prev[-1]) == _fold("في") and _words(text, a2, b2) <= 6
        and any(_is_title(lex, w) for w in prev[-4:-1]) and not any(c in " ".join(prev[-4:-1]) for c in "،,.:«»\"“”")
    ):
        # «وحذّر الباحث في «مركز البحر الأحمر للدراسات الاقتصادية» الطاهر إدريس من أن»: the body of
        # a title, named in marks
        return True
    if head and _fold(head[0][2]) in _BECAUSE:
        return False  # «اختارت الفيلم "لأنه يروي الهجرة من الداخل"»: a reason in marks, no film's title
    if _figure_in_marks(text, a2, b2):
        return True  # «تشير إلى إصدار "أكثر من 150 ألف" إقامة»: a figure set off in marks, nobody's words
    if (
        head and (_fold(head[0][2]) in _IF_WORDS or len(head) == 2 and (_fold(head[0][2]), _fold(head[1][2])) == _UNLESS)
        and not (prev and (_bare(_key(prev[-1])) in _WORKS | _NESTED_TITLE_MARKERS or _key(prev[-1]) in _TITLE_NOUNS))
    ):
        return False  # «ستصوّت ضد المشروع "ما لم تُلغَ مادة …"»: a condition in marks, no project's name (a work's title, «عنوان "لو أن …"», may open so)
    if (
        len(prev) >= 2 and _key(prev[-1]).startswith(("ال", "وال")) and _fold(prev[-2]) in _THAT
        and _words(text, a2, b2) >= 3 and (f := _fold(head[0][2]))[:1] == "ي" and len(f) >= 4 and _WORD_RE.fullmatch(head[0][2])
    ):
        # «اعتبر أن المشروع " يقتل روح المسجد " ويحرم …»: after the conjunction and a definite noun, marked
        # words opening with a verb in the present: its predicate, not the project's name
        return False
    if (
        len(prev) >= 3 and _key(prev[-1]).startswith("ال") and _words(text, a2, b2) >= 3
        and (f := _fold(head[0][2]))[:1] == "ي" and len(f) >= 3 and f not in _NOT_VERBS_Y and _WORD_RE.fullmatch(head[0][2])
        and any(
            _fold(prev[-n]) in _THAT and all(_WORD_RE.fullmatch(w) for w in prev[-n + 1 :])
            for n in (3, 4) if len(prev) >= n
        )
    ):
        # «رأى أن رفع مدة الخدمة "يضع عبئاً إضافياً …"»: the same after a subject in construct of two
        # or three nouns (not «خدمة "…"» named)
        return False
    if prev and _key(prev[-1]).startswith(("ال", "وال")) and _predicate_opening(text, a2, b2):
        # «أن المشروع "سيكون جاهزاً قبل …"»، «أن النموذج "قد يفتح الباب …"»: a definite noun, then
        # a clause opened by a future or a particle in marks — its predicate (what was said), not
        # the thing's name
        return False
    if prev:
        k = _bare(_key(prev[-1]))
        k2 = _bare(_key(" ".join(prev[-2:]))) if len(prev) >= 2 else ""
        if (
            _key(prev[-1]).startswith(("ال", "وال"))
            and k in lex.title_markers
            and (
                _words(text, a2, b2) >= 5 and len(prev) >= 2 and _fold(prev[-2]) in _THAT
                # «أكد الجهاز في بيان أن المشروع "يراعي كافة الاشتراطات البيئية"، وأن»: three words
                # or more closing the clause, no article opening them
                or _words(text, a2, b2) >= 3 and len(prev) >= 2 and _fold(prev[-2]) in _THAT
                and not _key(head[0][2]).startswith("ال") and not st.mentions_in(a2, b2)
                and text[p.close + 1 : p.close + 3].strip()[:1] in ("،", ",", ".", "؛", "")
                # «أن نجاح المشروع "مرهون بحل أزمة المياه"»: the same, the noun in construct after
                # another right after the conjunction, the predicate opening with no article
                or _words(text, a2, b2) >= 3 and len(prev) >= 3 and _fold(prev[-3]) in _THAT
                and _WORD_RE.fullmatch(prev[-2]) is not None and not _key(prev[-2]).startswith("ال")
                and not _key(head[0][2]).startswith("ال") and not st.mentions_in(a2, b2)
            )
        ):
            # «معتبراً أن التطبيق "أداة لمكافحة الفساد وليس للمراقبة"»: after a conjunction, the
            # definite noun's predicate in marks, not an app's name
            return False
        if (
            k in lex.title_markers
            or k2 in lex.title_markers
            or (k[:1] in "بل" and _bare(k[1:]) in lex.title_markers)
        ):
            return True
        if _words(text, a2, b2) <= 4 and _own_work_before(lex, prev):
            return True
        # a title word with one adjective before the marks («وتحت عنوان مثير " … " قال»)
        # (not a second noun joined by و: «إن الشعار والألوان "خط أحمر لن نقترب منه"», their predicate)
        if len(prev) >= 2 and _bare(_key(prev[-2])) in _NESTED_TITLE_MARKERS and not prev[-1].startswith("و"):
            return True
    return False


# Forms of كان and its sisters: a participle right after one is its predicate, not a cue
# («ان سلوك الاسواق … كان متوقعا»: "was expected").
_KANA_SISTERS = frozenset(
    _bare(norm_key(w))
    for w in (
        "كان", "كانت", "يكون", "تكون", "ليس", "ليست", "أصبح", "أصبحت", "اصبح",
        "اصبحت", "بات", "باتت", "ظل", "ظلت", "مازال", "لايزال", "يعد", "تعد",
        # «… وأن المئة دولار ستصبح مرجعاً جديداً للسوق»: the present and future forms too
        "يصبح", "تصبح", "سيصبح", "ستصبح", "سيكون", "ستكون", "صار", "صارت",
    )
)


def _after_kana(text: str, pos: int) -> bool:
    prev = text[max(0, pos - 12) : pos].split()
    return bool(prev) and _bare(_key(prev[-1])) in _KANA_SISTERS


_CITING = frozenset(norm_key(w) for w in ("مستشهدا", "مستشهدة", "مستشهدين"))


_ANSWERS = frozenset(norm_key(w) for w in ("أجاب", "رد"))  # (norm_key drops the shadda of ردّ)
# the occasions and events of speech the verb's zone already knows, and a few written ones
# («مؤكداً في مقطع مصور أن»: a video too)
_SETTING_NOUNS = _SPEECH_EVENTS | _SPEECH_OCCASIONS | frozenset(
    _fold(w) for w in ("تصريحات", "منشور", "تدوينة", "رد", "مقطع", "فيديو", "تسجيل")
)
# talks, statements, interviews, a judgement's grounds: where someone spoke, no part of what they are
# («لاعبو المنتخب في أحاديث للصحفيين»، «وقال القاضي في حيثيات الحكم إن»)
_WHERE_SPOKEN = _SETTING_NOUNS | frozenset(_fold(w) for w in ("أحاديث", "مقابلات", "لقاءات", "حيثيات"))


def _setting_words(toks: list, max_tokens: int, stops: str = "،,;؛:") -> bool:
    """The tokens say where the words were said: في/خلال/عبر + a noun of speech, none of ``stops``."""
    return (
        2 <= len(toks) <= max_tokens
        and _key(toks[0][2]) in ("في", "خلال", "عبر")
        and _fold(toks[1][2]) in _SETTING_NOUNS
        and not any(t[2] in stops for t in toks)
    )


# «في الوقت نفسه/ذاته»، «في آن واحد»: "at the same time"
_SAME_TIME = frozenset(norm_key(w) for w in ("الوقت", "آن"))
_SAME_TIME_AS = frozenset(norm_key(w) for w in ("نفسه", "ذاته", "واحد"))


def _meanwhile_then(text: str, a: int, b: int) -> bool:
    """«، محذراً في الوقت نفسه من أن …»، «مشيراً في الوقت ذاته إلى أن»: «at the same time», then at
    most two words, between a participle and its conjunction."""
    toks = _tokens(text, a, b)
    return (
        3 <= len(toks) <= 5 and _key(toks[0][2]) == "في" and _key(toks[1][2]) in _SAME_TIME
        and _key(toks[2][2]) in _SAME_TIME_AS and not any(t[2] in "،,;؛:" for t in toks)
    )


def _speech_setting(st: _State, a: int, b: int) -> bool:
    """«، مضيفاً في حديث لـ"الاقتصادية" أن»: where the words were said (up to six words) between a
    participle and its conjunction."""
    return (
        st.text[b - 1 : b].isspace()  # (not «أن» inside «سي.أن.أن»)
        and _setting_words(_tokens(st.text, a, b), 8)
        and _words(st.text, a, b) <= 6
    )


def _occasion_after_name(text: str, a: int, b: int) -> bool:
    """«… خالد الزعبي خلال مؤتمر صحفي في عمّان:»، «… اليحيا في تصريح لوكالة الأنباء الكويتية
    (كونا) على هامش الاجتماع …:»: right after the name, where the words were said, up to the colon."""
    return _setting_words([t for t in _tokens(text, a, b) if t[2] not in "()"], 16, "،,;؛:«»\"“”")


# what a host or guest closes besides a talk: «وختمت لطيفة الكعبي الحلقة بنصيحة للشباب:»
_CLOSED_SETTINGS = frozenset(norm_key(w) for w in ("الحلقة", "حلقته", "حلقتها", "البرنامج", "برنامجه", "برنامجها", "اللقاء", "المقابلة", "الحوار", "الندوة", "الجلسة"))


def _closing_words(lex: _Lex, zone_keys: list[str]) -> bool:
    """«الحمادي حديثها بنصيحة للأهالي»: after «ختم», the subject (one or two words), a noun of speech
    («حديثها»), a noun with ب (with what she closed it) and at most one word with ل (to whom)."""
    n = next((i for i, k in enumerate(zone_keys) if k in lex.speech_nouns or k in _CLOSED_SETTINGS), None)
    if n is None or n > 2 or n + 1 >= len(zone_keys):  # (a name is no key: n may be 0)
        return False
    rest = zone_keys[n + 1 :]
    if len(rest) >= 2 and rest[0].startswith("ب") and _WORD_RE.fullmatch(rest[1]) and not rest[1].startswith(("ال", "ل", "ب", "و", "ف")):
        rest = rest[:1] + rest[2:]  # «فيختم حديثه بنبرة حذرة:»: the ب noun's adjective
    if len(rest) == 3 and rest[1] == _ILA and rest[2].startswith("ال"):
        rest = rest[:1]  # «وختم الزواري حديثه برسالة إلى المترشحين:»: to whom, with «إلى»
    return rest[0].startswith("ب") and len(rest) <= 2 and all(k.startswith("ل") for k in rest[1:])


# «متحدثاً إلى …» "speaking to …" (its forms with and without the final alif)
_SPEAKING_TO = frozenset(_fold(w) for w in ("متحدثا", "متحدثاً", "متحدثة", "متحدثةً"))


def _colon_then_mark(st: _State, a: int) -> bool:
    """«…، متحدثاً إلى المحتجين في ساحة رياض الصلح: «…»»: up to eight words with no comma or
    mark (but those of a platform's or a paper's name: «في مقطع مصور نشره على «إنستغرام»»), then a
    colon and a quote mark opening right after it."""
    text = st.text
    limit = st.sentence_end(a)
    colon = _find_colon(text, a, limit)
    if colon == -1 or _words(text, a, colon) > 8:
        return False
    seg = text[a:colon]
    if any(ch in seg for ch in '،,؛;'):
        return False
    named = {
        i for p in st.pairs if a <= p.open and p.close < colon and _words(text, *p.content) <= 2
        for i in (p.open, p.close)
    } if any(ch in seg for ch in '«»"“”') else set()
    if any(ch in '«»"“”' and a + n not in named for n, ch in enumerate(seg)):
        return False
    nxt = _trim(text, colon + 1, limit, " \t")[0]
    return st.pair_at(nxt) is not None or nxt in st.unclosed


# «مطالباً بأن …»: the participle of طالب with a clause after بأن (its forms, each with its gender)
_DEMANDING = {norm_key(w): g for w, g in (("مطالبا", "m"), ("مطالبة", "f"), ("مطالبين", "p"), ("مطالبات", "p"))}
_DEMAND_THAT_RE = re.compile(r"\s+ب?[أاإ]ن(?:ه|ها|هم)?\s")


def _named_then_name(st: _State, word: str, end: int) -> bool:
    """``word`` (ending at ``end``) is «يدعى/اسمه» (named; «ويدعي» with its ي too), a person's name right after it."""
    return _key(word) in _NAMED_AS and any(
        x.start <= end + 2 for x in st.mentions_in(end, min(len(st.text), end + 80), labels=("PERSON",))
    )


def _title_then_aside(st: _State, a: int, b: int) -> bool:
    """The zone [a, b) is a definite title, then a relative clause between commas: «المحافظ ، الذي نجا من … ،»."""
    toks = _tokens(st.text, a, b)
    return (
        len(toks) >= 5 and _key(toks[0][2]).startswith("ال") and _is_title(st.lex, toks[0][2])
        and toks[1][2] in "،," and _key(toks[2][2]) in _RELATIVES and toks[-1][2] in "،,"
        and not any(t[2] in "،," for t in toks[3:-1])
    )


def _spoken_to_in_marks(text: str, a: int, b: int) -> bool:
    """Between a participle and its conjunction, the outlet spoken to in marks: «، مؤكدين لـ « الحياة » انهم»."""
    toks = [t[2] for t in _tokens(text, a, b)]
    return (
        3 <= len(toks) <= 5 and toks[0] in ("لـ", "ل") and toks[1] in _OPENERS and toks[-1] in _OPENERS[toks[1]]
    )


def _named_next(text: str, end: int) -> bool:
    """The word after ``end`` is «يدعى/تدعى/اسمها»: the word before it is a noun whose bearer is named."""
    return any(_key(t[2]) in _NAMED_AS for t in _tokens(text, end, min(len(text), end + 12))[:1])


def _handle_participle(st: _State, m: re.Match) -> None:
    text, lex = st.text, st.lex
    form = lex.participle_words.get(_fold(m.group("v")), "")
    demand = _DEMANDING.get(form) if _DEMAND_THAT_RE.match(text, m.end()) else None
    if demand and form.endswith(("ه", "ات")) and text[max(0, m.start() - 8) : m.start()].rstrip()[-1:] not in ("،", ","):
        demand = None  # «وسط مطالبات بأن تعيد الحكومة النظر»، «المنصات "مطالبة بأن تحترم …"»: the noun, the predicate
    if (
        form in lex.clause_only
        and not (form in lex.comma_only and (text[m.end() : m.end() + 3].strip()[:1] == ":" or _colon_then_mark(st, m.end())))
        and demand is None
    ):
        # (but «…، متسائلاً: "من يعوّضنا؟"»: the words after the colon are the speaker's; and
        # «…، مطالباً بأن تُخصص له أموال …»: a demand with its clause is reported speech, as «طالب بأن»)
        return
    if _after_kana(text, m.start()):
        return  # «كان متوقعا»: a predicate
    if _named_next(text, m.end()):
        return  # «كتبت متابعة تُدعى ريم:»: a noun, the one named, not the participle «متابعةً» "going on"
    if _key(m.group("v")) in _SIGNS and any(
        _key(t[2]).removeprefix("و") in _WRITTEN for t in _tokens(text, m.end(), min(len(text), m.end() + 30))[:3]
    ):
        return  # «رُفعت لافتة كبيرة كُتب عليها:»: a sign (the noun), not the participle «لافتة» "noting"
    gender = demand or lex.participles.get(form)
    v_end = m.end()
    limit = st.sentence_end(m.start())
    if form == "القول":
        prev = text[max(0, m.start() - 8) : m.start()].split()
        s0 = st.sentence_start(m.start())
        before = [_fold(t[2]) for t in _tokens(text, _after_dateline(text, s0, m.start()), m.start())]
        if not (prev and _key(prev[-1]) in ("الي", "إلى", "الى", "علي")) and not (
            # «كرر وزير الخارجية الفرنسي دومينيك دو فيلبان أمس القول ان»: the verb of repeating
            # opening the clause takes القول as its object, its subject the speaker
            # (with up to two words between, «وكرر بوش القول ان», the verb itself takes it)
            4 <= len(before) <= 10
            and before[0] in _REPEATED
        ):
            return  # «ويمكن القول إن …»: the writer's own words; «خلص إلى القول»، «حرص على القول» are speech
    if form in _CITING:
        # «، مستشهداً (في رسالته) بحديث شريف : « … »»: the words cited in marks (after a colon or
        # none), within six words and no comma; without a mark, citing reports nothing
        # («وقال غادان بالإنجليزية مستشهدا بالعربية بآيات قرآنية " … "»: a mark with no colon)
        q = next((x for x in st.pairs if v_end < x.open < limit and x.depth == 0), None)
        if q is not None and _words(text, v_end, q.open) <= 6 and not re.search("[،,؛;]", text[v_end : q.open]):
            if not q.claimed and _words(text, *q.content) >= 2:
                subj = _participle_subject(st, m.start(), gender, form)
                q.claimed = True
                _emit(st, "direct", q.content, (m.start(), m.end()), subj, gender, min(subj.confidence, 0.8))
        return
    c = lex.conj_re.search(text, v_end, limit)
    colon = _find_colon(text, v_end, limit)
    q_after = st.pair_at(_trim(text, v_end, limit, " \t")[0]) or st.unclosed.get(
        _trim(text, v_end, limit, " \t")[0]
    )
    if (
        q_after is not None
        and (c is None or q_after.open < c.start())
        and (colon == -1 or q_after.open < colon)
    ):
        # «قائلاً "تجربتنا خاصة بنا …"»، «بالقول "أبلغتنا الوزارة …"»
        subj = _participle_subject(st, m.start(), gender, form)
        if not q_after.claimed and _words(text, *q_after.content) >= 2:
            q_after.claimed = True
            _emit(
                st,
                "direct",
                q_after.content,
                (m.start(), m.end()),
                subj,
                gender,
                min(subj.confidence, 0.8),
            )
        return
    before_c = _tokens(text, v_end, c.start())[-1:] if c is not None else []
    if before_c and _key(before_c[0][2]) in lex.not_before_conj:
        c = None  # «حركة لافتة، بعد أن تراجعت …»: «بعد أن» is no complement of the participle
    if (
        c is not None
        and (
            _words(text, v_end, c.start()) <= 2
            or _speech_setting(st, v_end, c.start())
            or _meanwhile_then(text, v_end, c.start())
            or _spoken_to_in_marks(text, v_end, c.start())
        )
        and (colon == -1 or c.start() < colon)
    ):
        a = c.end()
        how = "conj"
    elif colon != -1 and (_words(text, v_end, colon) <= 2 or _colon_then_mark(st, v_end)):
        a = colon + 1
        how = "colon"
    else:
        # «، مشدداً من جهة أخرى على "القدرة الكبيرة للجزيرة على …"»: a quote after the
        # participle's preposition closes the sentence
        p = next(
            (x for x in st.pairs if v_end < x.open < limit and x.depth == 0 and not x.claimed),
            None,
        )
        if p is not None and p.close > p.open:
            gap = _tokens(text, v_end, p.open)
            tail = _trim(text, p.close + 1, limit)
            occasion = (
                # «، قائلا في مقابلة مع شبكة سي.أن.أن " إن المنطقة …"»: the occasion, then the
                # quote
                2 <= len(gap) <= 8
                and _noal(_bare(_key(gap[0][2]))) in _OCCASION_PREPS
                and _noal(_bare(_key(gap[1][2]))) in _OCCASIONS
            )
            if (
                (1 <= len(gap) <= 5 and _key(gap[-1][2]) in ("علي", "عن", "الي", "ب") or occasion)
                and not any(t[2] in "،,;؛:" for t in gap)
                and _words(text, *p.content) >= 6
                and _words(text, *tail) == 0
            ):
                subj = _participle_subject(st, m.start(), gender, form)
                p.claimed = True
                _emit(st, "direct", p.content, (m.start(), m.end()), subj, gender, min(subj.confidence, 0.8))
        return
    while a < len(text) and text[a] in " \t":
        a += 1
    subj = _participle_subject(st, m.start(), gender, form)
    cue = (m.start(), m.end())
    p = st.pair_at(a)
    if p is not None:
        after = _trim(text, p.close + 1, st.sentence_end(p.close), _TRIM + ")")
        # «قائلاً إنه "…"، وإنه "…"»: each quote after a conjunction is the speaker's own words
        nxt = _tokens(text, *after)[:1]
        if (
            nxt
            and _words(text, *p.content) >= 3
            and lex.conj_re.fullmatch(nxt[0][2].lstrip("و")) is not None
        ):
            q2 = st.pair_at(_trim(text, nxt[0][1], after[1], " \t")[0])
            if q2 is not None and not q2.claimed and _words(text, *q2.content) >= 3:
                for q in (p, q2):
                    if not q.claimed:
                        q.claimed = True
                        _emit(st, "direct", q.content, cue, subj, gender, min(subj.confidence, 0.8))
                return
        if _words(text, *after) <= 2 or how == "colon":
            # (after a colon the marks hold the words, whatever the writer adds: «واكتفى بالقول:
            # «نبارك للحسين …»، قبل أن يغادر المؤتمر الصحفي»)
            if not p.claimed:
                p.claimed = True
                _emit(
                    st,
                    "direct",
                    p.content,
                    cue,
                    subj,
                    gender,
                    min(subj.confidence, 0.8),
                )
            return
    end = _clause_end(st, a, limit)
    if p is not None and how != "colon" and _words(text, *p.content) >= 2 and _trim(text, p.close + 1, end, " \t.،,")[0] >= end:
        # «قائلاً إن "المحكمة ستستمع …"، وطلب من هيئة الدفاع …»: the report ends with the marks, its
        # whole clause the speaker's words, one direct quote (as after a verb)
        if not p.claimed:
            p.claimed = True
            _emit(st, "direct", p.content, cue, subj, gender, min(subj.confidence, 0.8))
        return
    if how == "colon":
        q = end + len(text[end : end + 3]) - len(text[end : end + 3].lstrip(" "))
        if text[q : q + 1] in ("؟", "?"):
            end = q + 1  # «، متسائلاً: كيف يُطلب من المودع أن يدفع …؟»: a question keeps its mark, as after a verb
    if _words(text, a, end) >= 2:
        _emit(
            st,
            "indirect" if how == "conj" else "direct",
            (a, end),
            cue,
            subj,
            gender,
            min(subj.confidence, 0.8),
        )
        if how == "conj":
            _partial_quotes(st, a, end, cue, subj, gender)


_QAWL = frozenset(_fold(w) for w in ("القول", "بالقول"))


def _opening_verb_person(st: _State, prev: list, b: int, gender: str | None, cue_start: int) -> _Subject | None:
    """The subject of the verb that opens ``prev`` (its words up to ``b``), when it is a person."""
    v = _fold(prev[0][2])
    v = v[1:] if v[:1] in "وف" and v not in st.lex.verbs else v
    subj = _parse_subject(st, prev[0][1], b, st.lex.verbs.get(v, (v, None))[0], gender, cue_start)
    if subj.speaker is None or not any(x.label == "PERSON" for x in st.mentions_in(*subj.speaker)):
        return None
    return subj


_AMMA = _fold("أما")


def _titled_before_masdar(st: _State, cue_start: int, gender: str | None, start: int | None = None) -> _Subject | None:
    """«وختم الوزير بالقول:»، «واختتم المدير حديثه بالقول:»: the sentence (or the clause from
    ``start``) opens with a verb, a bare title and (maybe) the speech it ends; the title stands for
    the one it named before."""
    prev = _tokens(st.text, st.sentence_start(cue_start) if start is None else start, cue_start)
    if (
        len(prev) in (3, 4) and _fold(prev[0][2]).removeprefix("و") == _AMMA and prev[2][2].startswith("ف")
        and (k := _key(prev[1][2])).startswith("ال") and _is_title(st.lex, k) and _any_verb(st, prev[2][0])
        and (len(prev) == 3 or _key(prev[3][2]) in st.lex.speech_nouns)
    ):
        # «أما السفير فختم حديثه بالقول:»: the title fronted by «أما», then the verb with ف
        return _title_coref(st, _noal(k), gender, cue_start, 1, (_noal(k),))
    if not (2 <= len(prev) and _any_verb(st, prev[0][0])):
        return None
    k = _key(prev[1][2])
    if (
        len(prev) == 4 and not k.startswith("ال") and _is_title(st.lex, k) and _key(prev[2][2]).startswith("ال")
        and _key(prev[3][2]) in st.lex.speech_nouns
    ):
        # «وختم رئيس البعثة حديثه بالقول إن»: a title in construct, introduced with its complement
        return _title_coref(st, k, gender, cue_start, 2, (k, _noal(_key(prev[2][2]))))
    if not (k.startswith("ال") and _is_title(st.lex, k)):
        return None
    adjective = _key(prev[2][2]) if len(prev) == 4 else ""
    if adjective.startswith("ال") and _key(prev[3][2]) in st.lex.speech_nouns and _nisba_of(_noal(k), _noal(adjective)):
        # «وختمت المحللة المالية حديثها بالقول»: the title and its adjective, introduced with them
        return _title_coref(st, _noal(k), gender, cue_start, 2, (_noal(k), _noal(adjective)))
    if adjective.startswith("ال") and _key(prev[3][2]) in st.lex.speech_nouns:
        # «وختم الأمين العام كلمته بالقول:»: a title of two words, read as the verb's subject (the
        # holder the article gave that title, however far back)
        subj = _opening_verb_person(st, prev, prev[3][0], gender, cue_start)
        if subj is not None:
            return subj
    if len(prev) > 3:
        # «وختم المدير العام لـ"البنيان الحديث" حديثه بالقول:»: a title with its body, then the
        # speech it ends: the holder that title and body name
        b = prev[-1][0] if _key(prev[-1][2]) in st.lex.speech_nouns else cue_start
        if not any(x.label == "ORG" for x in st.mentions_in(prev[1][0], b)) or len(prev) > 12:
            return None
        return _opening_verb_person(st, prev, b, gender, cue_start)
    if len(prev) == 3 and _key(prev[2][2]) not in st.lex.speech_nouns:
        return None  # (only the speech it ends between the title and «بالقول»: «حديثه», «كلمته»)
    return _title_coref(st, _noal(k), gender, cue_start, 1, (_noal(k),))


_WHILE_CLAUSE_RE = re.compile(r"[،,]\s*(?:فيما|بينما|في\s+حين)\s+")


# «ما دفع رئيس المجلس إلى التدخل قائلاً:»: a clause whose object is pushed to act, then the participle
_PUSHED_RE = re.compile(
    r"(?:^|\s)(?:ما|مما|وهو ما|الأمر الذي)\s+(?:دفع|دعا|اضطر|حمل)\s+(?P<np>\S+(?:\s+\S+){0,4}?)\s+(?:إلى|الى)\s+\S+\s*$"
)


def _pushed_to_speak(st: _State, cue_start: int, gender: str) -> _Subject | None:
    """«قاطعها النائب X قائلاً: "…"، ما دفع رئيس المجلس إلى التدخل قائلاً: "…"»: the one the clause
    pushed to act, right before the participle, speaks (named there, or the holder of that title
    named before, or unnamed with the title as role), not the subject of the sentence."""
    s0 = st.sentence_start(cue_start)
    m = _PUSHED_RE.search(st.text[s0:cue_start])
    if m is None:
        return None
    a, b = s0 + m.start("np"), s0 + m.end("np")
    for x in st.mentions_in(a, b, labels=("PERSON", "ORG")):
        return _Subject((x.start, x.end), None, "named", 0.7, x.label)
    toks = _tokens(st.text, a, b)
    if not toks or not _is_title(st.lex, toks[0][2]) or _bare(_key(toks[0][2])).endswith("ه") != (gender == "f"):
        return None
    want = [_noal(_bare(_key(t[2]))) for t in toks]
    holder = _role_holder(st, want, cue_start) if len(want) >= 2 else None
    if holder is not None:
        return _Subject((holder.start, holder.end), st.text[a:b], "coref", 0.6, "PERSON")
    return _Subject(None, st.text[a:b], "unnamed", 0.6)


def _participle_subject(st: _State, cue_start: int, gender: str | None, form: str) -> _Subject:
    """A participle's or «بالقول»'s speaker: the subject of its own sentence, carried (or, for
    «بالقول» after a bare title, the one the title names)."""
    lead_start = _after_dateline(st.text, st.sentence_start(cue_start), cue_start)
    fronted = None
    if form in _QAWL and (c := max(st.text.rfind("،", lead_start, cue_start), st.text.rfind(",", lead_start, cue_start))) > lead_start:
        # «وعن زيارة مرتقبة …، ختمت السفيرة حديثها بالقول:»: what she spoke of, fronted; the clause
        # after the comma opens with the verb
        if 2 <= len(_tokens(st.text, c + 1, cue_start)) <= 4 and _any_verb(st, c + 1):
            lead_start = fronted = c + 1
    if gender is None and form in _QAWL:
        # «وختمت بالقول: "…"»، «وختمت الشركة بيانها بالقول»: the gender of the verb that opens the
        # sentence right before it, or before a subject and the speech it ends (not «وردّ المتحدث باسم
        # الاتحاد على هذه الانتقادات بالقول»: the verb has a subject of its own)
        first = _tokens(st.text, lead_start, cue_start)
        if len(first) == 1 or len(first) <= 3 and _key(first[-1][2]).endswith(("ه", "ها")):
            k = _fold(first[0][2])
            k = k[1:] if k[:1] in "وف" and k not in st.lex.verbs else k
            gender = st.lex.verbs.get(k, (k, None))[1]
    # (a participle that opens its sentence goes on the sentence before, split off by the text:
    # «أكد حسن نصر الله أن …» . «مؤكدا أنهم لم يتمكنوا …»)
    opens = not _tokens(st.text, _after_dateline(st.text, st.sentence_start(cue_start), cue_start), cue_start)
    # (a clause after «فيما/بينما/في حين» has its own verb and subject)
    clauses = list(_WHILE_CLAUSE_RE.finditer(st.text, st.sentence_start(cue_start), cue_start))
    if clauses and form in _QAWL:
        # «واختتم الرشيدي خطبته بالدعاء "…"، فيما ختم الوزير تصريحه بالقول: "…"»
        own = _titled_before_masdar(st, cue_start, gender, clauses[-1].end())
        if own is not None and own.speaker is not None:
            return own
    elif clauses and gender in ("m", "f"):
        # «دعا السعدني إلى …، بينما نصحت الجندي الأسر بالحجز المبكر، مؤكدةً أن»: the subject right
        # after the clause's verb, of the participle's gender
        lead = _tokens(st.text, clauses[-1].end(), cue_start)
        if len(lead) >= 2 and _verb_like(st, _key(lead[0][2])) and (_key(lead[0][2]).endswith("ت") == (gender == "f")):
            x = next((x for x in st.mentions_in(lead[1][0], cue_start, labels=("PERSON", "ORG")) if x.start == lead[1][0]), None)
            if x is not None:
                return _Subject((x.start, x.end), None, "carry", 0.7, x.label)
    if not opens and gender in ("m", "f") and (pushed := _pushed_to_speak(st, cue_start, gender)) is not None:
        return pushed
    subj = _carry(st, cue_start, gender, same_sentence_only=not opens)
    if subj.speaker is None and form in _QAWL:
        return _titled_before_masdar(st, cue_start, gender, fronted) or subj
    return subj


def _handle_verbal_noun(st: _State, m) -> None:
    """«جاء ذلك بعد تأكيد مدير الإدارة السياسية عثمان نافع للجزيرة نت أن …»، «إعلان شوماخر
    بأنه سيعتزل»: a verbal noun of speech whose genitive is the speaker, then أن and the content."""
    text, lex = st.text, st.lex
    pron = lex.verbal_nouns.get(_fold(m.group("v")))
    hesitates = None
    if _marked_after_noun(st, m):
        return
    if _fold(m.group("v")).removeprefix("ب").startswith("ال"):
        hesitates = _not_hesitating(st, m.start())
        if hesitates is None:
            return
    elif pron is None and m.group("pre") is None:
        hesitates = _not_hesitating(st, m.start())
    sent_end = st.sentence_end(m.start())
    c = lex.conj_re.search(text, m.end(), sent_end)
    if c is None or _words(text, m.end(), c.start()) > 12:
        return
    zone = _tokens(text, m.end(), c.start())
    if any(t[2] in "،,;؛:()" for t in zone) or any(
        True for _ in _scan(text, lex.cue_words, m.end(), c.start())
    ):
        return
    prev_word = text[max(m.end(), c.start() - 12) : c.start()].split()
    if prev_word and _key(prev_word[-1]) in lex.not_before_conj:
        return
    if hesitates is not None:
        # «ولا يتردد الحكيم في اعتبار ان …»، «ولم يتردد في الاعتراف بأن …»: the one who does not
        # hesitate says it
        if _words(text, m.end(), c.start()) > 1:
            return
        subj = hesitates
    elif pron is not None:
        if zone and _words(text, m.end(), c.start()) > 4:
            return
        subj = _carry(st, m.start(), pron)
    else:
        ms = [
            x
            for x in st.mentions_in(m.end(), c.start(), labels=("PERSON", "ORG", "LOC"))
            if not _addressee(st, x)
            and (
                x.label in _SPEAKER_LABELS
                # «ورغم إعلان إسرائيل أن …»: a country right after the noun, its genitive, speaks
                # for its government
                or x.label == "LOC" and not text[m.end() : x.start].strip()
            )
        ]
        if not ms or _words(text, m.end(), ms[0].start) > 6:
            return
        x = next((y for y in ms if y.label == "PERSON"), ms[0])
        subj = _Subject((x.start, x.end), _role_text(st, m.end(), x.start), "named", 0.75, x.label)
    a = _trim(text, c.end(), sent_end, " \t")[0]
    p = st.pair_at(a)
    if p is not None and _words(text, *p.content) >= 2:
        if not p.claimed:
            p.claimed = True
            _emit(st, "direct", p.content, (m.start(), m.end()), subj, pron)
        return
    end = _clause_end(st, a, sent_end)
    if any(q.kind == "indirect" and q.content[0] == a and q.cue[1] <= m.start() for q in st.quotes):
        # «وقال الوزير … في تصريحات نقلتها وكالة الأنباء السعودية إن»: the verb before reports it;
        # the statements' relay is no speaker of its own (nor one a participle after it goes on with)
        return
    if _words(text, a, end) >= 2:
        _emit(st, "indirect", (a, end), (m.start(), m.end()), subj, pron, min(subj.confidence, 0.75))


def _marked_after_noun(st: _State, m) -> bool:
    """«وانتقد … الموقف الأميركي … من خلال التحذير من " الرؤية المفرطة في التبسيط … "»: a
    verbal noun of speech with the article, its preposition, then words in marks (three or more),
    in a sentence opened by a verb: the marked words are that verb's subject's (a partial quote)."""
    text, lex = st.text, st.lex
    if not _fold(m.group("v")).startswith("ال"):
        return False
    sent_end = st.sentence_end(m.start())
    nxt = _tokens(text, m.end(), min(sent_end, m.end() + 20))[:1]
    if not nxt or _key(nxt[0][2]) not in ("من", "علي", "على"):
        return False
    p = st.pair_at(_trim(text, nxt[0][1], sent_end, " \t")[0])
    if p is None or p.claimed or _words(text, *p.content) < 3 or _is_named_thing(st, p):
        return False
    s0 = _after_dateline(text, st.sentence_start(m.start()), m.start())
    first = _tokens(text, s0, m.start())[:1]
    if not first:
        return False
    k = _fold(first[0][2])
    k = k[1:] if k[:1] in "وف" and k[1:] in lex.clause_verbs | lex.verb_words.keys() else k
    if k not in lex.clause_verbs and k not in lex.verb_words:
        return False
    ms = [
        x
        for x in st.mentions_in(first[0][1], m.start())
        if _words(text, first[0][1], x.start) <= 2 and not _governed(st, x)
    ]
    if ms:
        x = ms[0]
        subj = _Subject((x.start, x.end), x.role, "named", 0.75, x.label)
    else:
        subj = _carry(st, m.start(), None)
    p.claimed = True
    _emit(st, "direct", p.content, (m.start(), m.end()), subj, None, min(subj.confidence, 0.7))
    return True


_HESITATE = frozenset(_fold(w) for w in ("يتردد", "تتردد", "يترددون", "يترددوا"))
_NOT = frozenset(_fold(w) for w in ("لا", "ولا", "لم", "ولم", "فلا", "فلم", "لن", "ولن"))


def _not_hesitating(st: _State, pos: int) -> _Subject | None:
    """«(و)لا/لم يتردد [X] في/من [adjunct] الاعتراف/القول …» before the verbal noun at ``pos``: the
    subject right after the verb, else the one carried; None when the noun stands elsewhere."""
    text = st.text
    toks = _tokens(text, st.sentence_start(pos), pos)[-10:]
    if not toks or _fold(toks[-1][2]) not in ("في", "من", "عن"):
        for n in range(len(toks) - 1, -1, -1):
            if _fold(toks[n][2]) in ("في", "من", "عن"):
                break
        else:
            return None
    v = next(
        (n for n in range(len(toks) - 1, 0, -1) if _fold(toks[n][2]) in _HESITATE and _fold(toks[n - 1][2]) in _NOT),
        None,
    )
    if v is None:
        return None
    gender = "f" if _fold(toks[v][2]).startswith("ت") else "m"
    after = st.mentions_in(toks[v][1], pos, labels=("PERSON", "ORG"))
    if after and _words(text, toks[v][1], after[0].start) == 0:
        x = after[0]
        return _Subject((x.start, x.end), x.role, "named", 0.75, x.label)
    if _words(text, toks[v][1], pos) > 6:
        return None
    return _carry(st, toks[v][0], gender)


# Words after a frame's source that still describe it: «بحسب الوزير في بيان …».
_SOURCE_GOES_ON = frozenset(
    norm_key(w)
    for w in ("في", "خلال", "أمام", "عن", "اليوم", "أمس", "امس", "مساء", "صباح", "يوم", "أثناء", "عبر", "من", "و")
)


def _after_credit(st: _State, a: int, e: int) -> int:
    """Past a photo caption and its credit at the head of a sentence: «الإيرانيون يناهضون …
    ( الفرنسية - أرشيف ) افتتح أمس …» → «افتتح أمس …»."""
    text = st.text
    for par in re.finditer(r"\(([^()]{1,40})\)", text[a:e]):
        words = [w for w in re.split(r"[\s\-–—ـ]+", par.group(1)) if w]
        if words and all(norm_key(w) in _CREDITS for w in words):
            start = _trim(text, a + par.end(), e)[0]
            if _words(text, start, e) >= 3:
                return start
    return a


_SAW = frozenset(_fold(w) for w in ("اطلعت", "اطلع", "حصلت", "حصل", "اطلعوا", "اطلعنا"))
_UNNAMED_SOURCES = frozenset(
    norm_key(w)
    for w in (
        "مصدر", "مصادر", "لمصدر", "لمصادر", "مسؤول", "مسؤولين", "لمسؤول", "لمسؤولين",
        "دبلوماسي", "دبلوماسيين", "لدبلوماسي", "لدبلوماسيين", "مصدرين", "لمصدرين",
        # «وبحسب أطباء في مستشفى الثورة»، «حسب محللين في "بلومبرغ إنتليجنس"»: unnamed people of a body
        "أطباء", "لأطباء", "محللين", "لمحللين", "خبراء", "لخبراء", "سكان", "لسكان", "شهود", "لشهود",
        "مسؤولون", "موظفين", "لموظفين", "عاملين", "لعاملين", "مراقبين", "لمراقبين",
        # «وحسب مهندسين في البلدية، فإن»، «وبحسب تجار في السوق»: people of a trade, unnamed
        "مهندسين", "لمهندسين", "تجار", "لتجار", "عمال", "لعمال", "مزارعين", "لمزارعين", "أهالي", "لأهالي",
        "ناشطين", "لناشطين", "مواطنين", "لمواطنين", "صيادين", "لصيادين", "سائقين", "لسائقين", "باعة", "لباعة",
        "متطوعين", "لمتطوعين", "للقائمين", "لمنظمين", "منظمين",
        # «وبحسب مندوبين في المنظمة»، «وفقاً لدبلوماسيين غربيين»: delegates and envoys, unnamed
        "مندوبين", "لمندوبين", "مندوب", "لمندوب", "قياديين", "لقياديين", "مسؤولة", "لمسؤولة",
    )
)
# Counts before unnamed sources: «ووفقاً لثلاثة مصادر في قطاع النفط»
_SOURCE_COUNTS = frozenset(
    norm_key(w) for w in ("ثلاثة", "لثلاثة", "أربعة", "لأربعة", "خمسة", "لخمسة", "عدة", "لعدة", "بعض", "لبعض", "أحد", "لأحد", "عدد", "لعدد")
)


_DATELINE_HEAD_RE = re.compile(r"\s*[^\s\-–—ـ.،,:«»\"]+(?:\s+[^\s\-–—ـ.،,:«»\"]+){0,2}\s*(?:\([^()]{1,30}\)\s*)?[-–—ـ]\s+")


_REPORT_GOES_ON_RE = re.compile(
    r"\s*[،,]?\s*و(?:أن|إن|ان|بأن|بان)(?:ه|ها|هم|هما|نا)?\s"  # (the comma may be left out)
    # «أنها "تحترم أحكام القضاء" وستدرس خياراتها القانونية»: the clause goes on with a future verb
    r"|\s*[،,]?\s*وس[يتن][\u0621-\u064a]{2,}\s"
    # «أنه "يحترم أحكام القضاء"، لكنه سيطعن في الحكم»: or with «لكنه» and a future verb
    r"|\s*[،,]?\s*و?لكن(?:ه|ها|هم)\s+س[يتن][\u0621-\u064a]{2,}\s"
    # «إنها "ستلتزم بكل القواعد" وتعمل على تقييم أثرها»: or, with no comma, a present verb joined by و
    r"|\s+و[يتن][\u0621-\u064a]{2,}\s+(?:على|في|إلى|الى|من|ب)"
)


def _phrase_in_clause(st: _State, s0: int, p: _Pair) -> bool:
    """«ويعاني قطاع مراكز الألعاب من "فوضى تنظيمية حقيقية"، على حد تعبير الخبير …»: the marks
    close a phrase at the end of a clause of the writer's (three words or more, no colon and no
    verb of saying before the mark); the frame attributes the whole clause, the phrase inside it
    is a partial quote."""
    a, b = _trim(st.text, _after_dateline(st.text, s0, p.open), p.open)
    if _words(st.text, a, b) < 3 or st.text[a:b].rstrip().endswith((":", "،", ",")):
        return False
    if any(True for _ in _scan(st.text, st.lex.verb_words, a, b)):
        return False
    return not any(ch in st.text[a:b] for ch in '«»"“”')


def _named_again(st: _State, a: int, b: int) -> MentionDraft | None:
    """A body named before, written again in the frame untagged: whole («وطبقاً لمنظمة أصوات
    صغيرة» after «منظمة "أصوات صغيرة" (Small Voices)») or by the first words of its name, its noun
    and one more («وبحسب نتائج استطلاع مركز دجلة» after «مركز دجلة للدراسات الإعلامية»)."""
    zone = " " + " ".join(_key(t[2]).removeprefix("ل") for t in _tokens(st.text, a, b)) + " "
    for x in reversed(st.mentions_in(0, a, labels=("ORG",))):
        words = [_key(w) for w in x.text.split()]
        if not all(_WORD_RE.fullmatch(w) for w in x.text.split()):
            continue
        if len(words) >= 2 and " " + " ".join(words) + " " in zone:
            return x
        if len(words) >= 3 and _bare(words[0]) in _OTHER_HEADS and " " + " ".join(words[:2]) + " " in zone:
            return x
    return None


def _peel_lb(k: str, *words: frozenset) -> str:
    """A bare key without its ل/ب when what is left is one of ``words`` («لبيانات» → «بيانات»)."""
    rest = _bare(k[1:])
    return rest if k[:1] in "لب" and any(rest in w for w in words) else k


_MARKED_NAME_RE = re.compile(r'\s*["«“]([^"«»“”\n]{2,60})["»”]')


def _issuer_in_marks(st: _State, a: int, b: int) -> MentionDraft | None:
    """«ووفقاً لبيانات نشرتها "البحرين للتوابل" على موقع بورصة البحرين، فإن»: the frame's papers,
    the verb that published them, then the publisher's name in marks (not where it published
    them). The name's ORG mention, proposed when the entities stage missed it."""
    ftoks = _tokens(st.text, a, b)
    if len(ftoks) < 3:
        return None
    k0 = _peel_lb(_bare(_key(ftoks[0][2])), _FRAME_PAPERS, st.lex.statement_nouns)
    if k0 not in _FRAME_PAPERS and k0 not in st.lex.statement_nouns:
        return None
    n = 1
    if _PUBLISHED_IT_RE.fullmatch(_fold(ftoks[1][2])):
        n = 2
    # «ووفقاً لتقديرات مكتب «أفق للدراسات»»: the papers of a body noun named in marks
    if n < len(ftoks) and (_bare(_key(ftoks[n][2])) in _OTHER_HEADS or _fold(ftoks[n][2]) in _OFFICES):
        n += 1
    if n == 1:
        return None
    nm = _MARKED_NAME_RE.match(st.text, ftoks[n - 1][1], b)
    if nm is None or _words(st.text, *nm.span(1)) > 5:
        return None
    s, e = nm.span(1)
    inside = st.mentions_in(s, e, labels=("PERSON", "ORG", "LOC", "PRODUCT"))
    x = next((x for x in inside if (x.start, x.end) == (s, e) and x.label in ("ORG", "PERSON")), None)
    if x is None and all(y.label == "LOC" and s <= y.start and y.end <= e for y in inside):
        x = _proposed_body(st, (s, e))  # (a place in the name: «البحرين للتوابل»)
    return x


_LAUNCHED_IT = frozenset(_fold(w) for w in ("أطلقه", "أطلقته", "أطلقها")) | (_ISSUED_BY - _ISSUED_BY_WORDS)


_ISSUED_FROM = frozenset(_fold(w) for w in ("صادر", "صادرة", "الصادر", "الصادرة"))


def _issuer_of_titled_document(st: _State, a: int, b: int, ms: list) -> MentionDraft | None:
    """«وبحسب تقرير « آفاق الاقتصاد الإقليمي » الذي أطلقه الصندوق في دبي فإن»: a document's
    title in marks (read as a body) is no source; the one who issued it is («الصندوق» named back,
    or a name right after the verb)."""
    if not ms or ms[0].label != "ORG":
        return None
    ftoks = _tokens(st.text, a, b)
    if len(ftoks) < 4 or _peel_lb(_bare(_key(ftoks[0][2])), _FRAME_PAPERS) not in _FRAME_PAPERS or ftoks[1][2][:1] not in _OPENERS:
        return None
    # the title's marks, spaced or glued to its words («لتقرير "مستقبل الوظائف 2025" الصادر عن …»)
    closers = _OPENERS[ftoks[1][2][:1]]
    close = next(
        (
            n for n in range(1 if len(ftoks[1][2]) > 1 else 2, min(len(ftoks), 10))
            if ftoks[n][2] in closers or (len(ftoks[n][2]) > 1 and ftoks[n][2][-1] in closers and (n > 1 or len(ftoks[n][2]) > 2))
        ),
        None,
    )
    if close is None or not (ftoks[1][0] <= ms[0].start and ms[0].end <= ftoks[close][1]):
        return None
    n = close + 1
    if n < len(ftoks) and _key(ftoks[n][2]) in _RELATIVES:
        n += 1
    if n + 2 < len(ftoks) and _fold(ftoks[n][2]) in _ISSUED_FROM and _key(ftoks[n + 1][2]) == "عن":
        n += 1  # «ووفقاً لتقرير "مستقبل الوظائف 2025" الصادر عن المنتدى الاقتصادي العالمي، فإن»
    elif n + 1 >= len(ftoks) or _fold(ftoks[n][2]) not in _LAUNCHED_IT:
        return None
    nxt = ftoks[n + 1]
    named = [x for x in st.mentions_in(nxt[0], b, labels=("ORG", "PERSON")) if x.start == nxt[0]]
    if named:
        return named[0]
    return _resolve_anaphor(st, _key(nxt[2]), a) if _key(nxt[2]).startswith("ال") else None


# «الحكم» with its article after a frame's first word: the ruling of a court (_RULINGS has the
# bare nouns of rulings and decisions)
_THE_RULING = _key("الحكم")


_FAQAD = norm_key("فقد")


def _opens_content(st: _State, toks: list) -> bool:
    """The first token opens the attributed clause («فإن»، «فقد ارتفع»), and is not «فَقَدَ» "lost"
    before its subject: «وبحسب الوزارة، فقد المغرب 30 في المئة من طوائفه»."""
    if not toks or _key(toks[0][2]) not in st.lex.openers:
        return False
    if _key(toks[0][2]) == _FAQAD and len(toks) > 1:
        nxt = toks[1]
        if _key(nxt[2]).startswith("ال") or any(x.start == nxt[0] for x in st.mentions_in(nxt[0], nxt[1], labels=("LOC", "ORG", "PERSON"))):
            return False
    return True


# the interview an outlet relays («نقلته واع عن المقابلة»): no source of its own
_THE_INTERVIEW = frozenset(norm_key(w) for w in ("المقابلة", "الحوار", "اللقاء", "الحلقة", "البرنامج"))


# what was said, before the one who said it in a frame: «حسب تصريح …»، «وفقاً لتصريحات …»
_STATEMENT_WORDS = frozenset(_bare(norm_key(w)) for w in ("تصريح", "تصريحات", "لتصريح", "لتصريحات", "حديث", "لحديث"))


# verbs that say and nothing else, whose words a frame before them cannot be relaying itself
_PLAIN_SAYING = frozenset(norm_key(w) for w in ("قال", "أكد", "أضاف", "أوضح", "صرح", "أعلن", "ذكر", "أشار", "كشف", "شدد"))


def _relayed_from(st: _State, m: re.Match, b: int) -> int | None:
    """Where the source starts in a frame that relays («ما نقلته X عن Y»): right after «عن», when
    the cue ends with a form of نقل and «عن» follows the outlet within the frame's phrase."""
    if not _fold(st.text[m.start() : m.end()].split()[-1]).startswith(("نقل", "ينقل", "تنقل")):
        return None
    toks = _tokens(st.text, m.end(), b)
    at = next((n for n, t in enumerate(toks) if n and _key(t[2]) == "عن"), None)
    if at is not None and at + 1 < len(toks) and _key(toks[at + 1][2]) in _THE_INTERVIEW:
        return None  # «وبحسب ما نقلته وكالة الأنباء العراقية عن المقابلة»: the outlet's account of an occasion
    return toks[at][1] if at is not None and at + 1 < len(toks) else None


def _unnamed_source_gender(subj: _Subject) -> str | None:
    """A frame's unnamed source by its noun («وبحسب مسؤول فلسطيني مطلع …»: one man; «مصادر»: many),
    so that «وأضاف» after it goes on with that source, not with one named further back; None for a
    named source (the frame's verbless words tell no gender)."""
    if subj.speaker is not None or not subj.role:
        return None
    first = dediac(subj.role.split()[0])
    if first.startswith("ال") or not first.isalpha():
        return None
    if first.endswith("ة"):
        return "f"
    if first.endswith(("ات", "ون", "ين")) or _key(first) in _PLURAL_SOURCES:
        return "p"
    return "m" if _key(first) in _SOURCE_PEOPLE else None


_SOURCE_PEOPLE = frozenset(norm_key(w) for w in ("مسؤول", "مصدر", "متحدث", "ناطق", "دبلوماسي", "خبير", "محلل", "شاهد", "ضابط", "عضو", "قيادي", "مستشار", "نائب"))
_PLURAL_SOURCES = frozenset(norm_key(w) for w in ("مصادر", "خبراء", "شهود", "أوساط", "دوائر", "محللين", "مسؤولين", "دبلوماسيين"))


def _handle_frame(st: _State, m: re.Match) -> None:
    """«بحسب X»، «ووفقًا لما نشره موقع X»: an attribution of the clause it stands beside."""
    text = st.text
    inside = st.mentions_in(
        max(0, m.start() - 40), m.end() + 40, labels=("PERSON", "ORG", "LOC", "PRODUCT")
    )
    if any(x.start <= m.start("f") < x.end for x in inside) or not _frame_is_source(
        st, m
    ):
        return  # («بهاء حسب الله»: a name, not «حسب»)
    pm = st.lex.pronoun_frame_re.match(text, m.start())
    if pm is not None and _frame_then_marked_words(st, pm, claimed=True) is not None:
        return  # «فالأسعار، على حد تعبيره، "…"»: the pronoun's frame, with his words in marks after it
    cue = (m.start(), m.end())
    s0, s1 = st.sentences[st.sentence_of(m.start())] if st.sentences else (0, len(text))
    # the frame's own phrase: up to a comma or the sentence end; a frame in brackets after its
    # clause, up to the closing bracket («عاش مجاهدا متصوفا ( بتعبير س أحمد المرابط )»)
    opened = text[s0 : m.start()].rstrip()
    in_parens = opened.endswith("(") and ")" in text[m.end() : s1]
    b = m.end()
    while b < s1 and (
        text[b] not in ("،,.؛;-–—ـ)" if in_parens else "،,.؛;-–—ـ")
        # (a tatweel glued to a letter is no dash: «تحدث لـ«رويترز» شريطة …»)
        or text[b] == "ـ" and b > 0 and not text[b - 1].isspace()
        # (nor a hyphen between two words: «بجهة الدار البيضاء-سطات، فإن»)
        or text[b] == "-" and 0 < b < s1 - 1 and text[b - 1].isalpha() and text[b + 1].isalpha()
        # (nor the dots of an abbreviation: «شبكة سي.بي.إس الإخبارية»)
        or text[b] == "." and 0 < b < s1 - 1 and text[b - 1].isalpha() and text[b + 1].isalpha()
    ):
        b += 1
    for t in _tokens(text, m.end(), b):
        if _key(t[2]) in st.lex.openers:  # «وبحسب الصحيفة فإن …»
            b = t[0]
            break
    ms = [
        x for x in st.mentions_in(m.end(), b) if x.label in _SPEAKER_LABELS
        # (not the outlet spoken to: «وحسب تصريح والد أحد الضحايا لموزاييك، فإن»)
        and not (
            x.start > m.end() and x.org_type == "media"
            and (text[x.start - 1 : x.start] == "ل" or text[max(0, x.start - 3) : x.start].rstrip().endswith(("لـ", "لـ\"", "لـ«")))
            # (a statement made to it; «التقرير السنوي لـ"رويال فلورا هولاند"» is its owner's)
            and any(_bare(_key(t[2])) in _STATEMENT_WORDS for t in _tokens(text, m.end(), x.start))
        )
    ]
    relay = _relayed_from(st, m, b)
    if relay is not None:
        # «وبحسب ما نقلته رويترز عن مصدرين مطلعين»، «بحسب ما نقلته وكالة سبأ عن مكتب الزراعة»: the
        # outlet passed the words on; whose they are follows «عن»
        ms = [x for x in st.mentions_in(relay, b) if x.label in _SPEAKER_LABELS]
    issuer = _issuer_in_marks(st, m.end(), b)
    if issuer is not None:
        ms = [issuer]
    issuer = _issuer_of_titled_document(st, m.end(), b, ms)
    if issuer is not None:
        ms = [issuer]
    ftok = _tokens(text, m.end(), b)[:2]
    if len(ftok) == 2 and _bare(_key(ftok[0][2])) in _STATEMENT_WORDS:
        ftok = ftok[1:]  # «وحسب تصريح رئيس فرع الجمعية …، عبد الكريم أوبلا، فإن»: the title after the statement
    ftok = ftok[:1]
    if ftok and not any(x.label == "PERSON" for x in ms):
        # «ووفقاً لمدير صحة نينوى، عمر الحيالي، فإن …»: a title, then its holder named between
        # commas; he is the source and the clause after the second comma is his
        held = _apposed_after(st, b, s1) if _is_title(st.lex, _frame_title_key(st.lex, ftok[0][2])) else None
        if held is not None:
            ms, b = [held[0]], held[1]
        elif not ms and _key(ftok[0][2]).startswith("ال") and _noal(_key(ftok[0][2])) in _BODY_HEADS:
            named = _BODY_SET_OFF_RE.match(text, b, s1)
            if named is not None and _words(text, *named.span(1)) <= 5:
                # «وبحسب الشركة المنظمة للحفل، "ساوند ويف" (Sound Wave)، فإن»: the body described,
                # then named in marks set off by commas; the clause after them is its
                s0_, e0_ = named.span(1)
                x = next((x for x in st.mentions_in(s0_, e0_, labels=("ORG",)) if (x.start, x.end) == (s0_, e0_)), None)
                if x is None and not st.mentions_in(s0_, e0_, labels=("PERSON", "ORG", "LOC", "PRODUCT")):
                    x = MentionDraft(s0_, e0_, text[s0_:e0_], "ORG", "rule", 0.6, sentence=st.sentence_of(s0_))
                    st.add_mention(x)
                if x is not None:
                    ms, b = [x], named.end()
    if ms and not any(x.label == "PERSON" for x in ms):
        before = _tokens(text, m.end(), ms[0].start)
        if (
            len(before) >= 3 and _fold(before[-1][2]).removeprefix("ب") in _PLATFORMS and _key(before[-2][2]) in ("علي", "في")
            and any(_fold(t[2]) in _ISSUED_BY or _PUBLISHED_IT_RE.fullmatch(_fold(t[2])) for t in before[:-2])
        ):
            # «وفقاً لإفصاح نشرته على موقع السوق المالية السعودية»، «بحسب القوائم التي نشرتها
            # الشركة على موقع البورصة»: where the paper was published is no source of it
            ms = []
    first = _tokens(text, m.end(), b)[:2]
    if len(first) == 2 and _key(first[0][2]) in _SOURCE_COUNTS:
        first = first[1:]  # «لثلاثة مصادر»
    first = first[:1]
    unnamed_source = bool(first) and (
        _key(first[0][2]) in _UNNAMED_SOURCES
        # «ووفقاً لمهندس في محطة خور الزبير»: someone of a trade, unnamed (named, the trade is his
        # title: «ووفقاً لمهندسة السلامة في الشركة ريم الحوسني، فإن»)
        or _bare(_key(first[0][2]).removeprefix("ل")) in _OWNERS and not any(x.label == "PERSON" and not _governed(st, x) for x in ms)
    )
    if ms and first and first[0][1] <= ms[0].start and unnamed_source:
        # «بحسب مصدر أمني تحدث لوكالة الأنباء العراقية»، «نقلاً عن مصدر في قيادة العمليات»: an
        # unnamed source; the body it belongs to or spoke to is not the one speaking
        ms = []
    elif ms and any(
        _fold(t[2]) in _SAW for t in _tokens(text, m.end(), ms[0].start)
    ):
        # «ووفقاً لمسودة اطلعت عليها "الشرق"، …»: the paper saw the document, it is not its source
        ms = []
    elif not ms and not unnamed_source:  # («نقلاً عن مصدر في الشركة»: no body named back either)
        ftoks = _tokens(text, m.end(), b)
        if ftoks and _key(ftoks[0][2]).startswith("ال"):
            stop = next((n for n, t in enumerate(ftoks) if t[2] in "،,؛:(" or _key(t[2]) in st.lex.stops), len(ftoks))
            body = _body_named_by_construct(st, ftoks[:stop])
            if body is not None:
                # «وبحسب الشبكة السورية لحقوق الإنسان (SNHR)، فإن»: a body's noun with its adjective
                # and complement names a body of its own, no «الشبكة» named before
                ms = [_proposed_body(st, body)]
        for n in range(1, min(len(ftoks), 8) if not ms else 0):
            if _fold(ftoks[n - 1][2]) in _ISSUED_BY and _key(ftoks[n][2]).startswith("ال"):
                # «حسب النتائج المالية التي نشرتها الشركة»: the body that published them
                x = _resolve_anaphor(st, _key(ftoks[n][2]), m.start())
                if x is None and _is_title(st.lex, ftoks[n][2]) and _key(ftoks[n][2]) not in st.lex.anaphors:
                    # «وبحسب أرقام عرضها الوزير خلال الجلسة»: the one the title names back
                    w = _noal(_key(ftoks[n][2]))
                    ref = _title_coref(st, w, None, m.start(), 1, (w,))
                    if ref is not None and ref.speaker is not None:
                        x = next(iter(st.mentions_in(ref.speaker[0], ref.speaker[1], labels=("PERSON",))), None)
                if x is not None:
                    ms = [x]
                    break
        if (
            not ms
            and len(ftoks) >= 2
            and _peel_lb(_bare(_key(ftoks[0][2])), st.lex.statement_nouns) in st.lex.statement_nouns
            and _PUBLISHED_IT_RE.fullmatch(_fold(ftoks[1][2]))
        ):
            # «قرر البريد التونسي رفع …، حسب بلاغ نشره على موقعه»: the statement it published, its
            # pronoun the sentence's subject, the body or person named first in it
            s_start = st.sentence_start(m.start())
            first = [
                x for x in st.mentions_in(s_start, m.start(), labels=("PERSON", "ORG"))
                if not _governed(st, x)
            ][:1]
            if first and _words(text, s_start, first[0].start) <= 3:
                ms = first
        # (the words that tie papers to their issuer skipped: «ووفقاً لبيان صادر عن المحافظة»)
        kept = [t for t in ftoks if _fold(t[2]) not in _ISSUED_BY_WORDS][:3] if not ms else []
        for n, t in enumerate(kept):
            if n and _key(kept[n - 1][2]).startswith("ال") and _key(t[2]).startswith("ال"):
                continue  # «وبحسب الجهة المنظمة»: a definite word after a definite noun is its adjective, no body
            x = _resolve_anaphor(st, _key(t[2]), m.start())
            if x is None and n and _key(t[2]) == _THE_RULING:
                # «ووفقاً لنص الحكم»، «وبحسب حيثيات الحكم»: the court named before that gave it
                x = _resolve_anaphor(st, _key("المحكمة"), m.start())
            if x is None and t is ftoks[0] and text[m.end() - 1 : m.end()] == "ل" and _key(t[2]).startswith("ل"):
                # «ووفقاً للرابطة» (the frame's ل in the cue): the body the noun names back
                x = _resolve_anaphor(st, "ال" + _key(t[2])[1:], m.start())
            if x is None and t is not ftoks[0] and _key(t[2]).startswith("لل"):
                # «وبحسب بيان للوزارة، فإن …» after «أعلنت وزارة الزراعة …»: the statement's body
                x = _resolve_anaphor(st, "ال" + _key(t[2])[2:], m.start())
            if x is None and _key(t[2]).startswith(("ال", "لل")):
                # «وبحسب التقرير» after «… لتقرير أصدرته مؤسسة …»: the document's issuer
                x = _document_issuer(st, _noal(_bare(_key(t[2]).replace("لل", "ال", 1))), m.start())
            elif x is None and text[m.end() - 1 : m.end()] == "ل" and _key(t[2]).startswith("ل") and _key(t[2])[1:] in _DOCUMENTS:
                # «ووفقاً للتقرير» (the frame's ل in the cue, the article's ل left): the same
                x = _document_issuer(st, _key(t[2])[1:], m.start())
            if x is None and _key(t[2]).startswith("ال") and len(_key(t[2])) > 4:
                # «ووفقاً لبيان الجهاز» after «جهاز حماية المستهلك»: the body named by its head noun
                x = _head_noun_org(st, _noal(_bare(_key(t[2]))), m.start())
            if x is None and t is ftoks[0] and len(ftoks) == 1:
                # «وحسب البيان» right after «كشفت المجموعة في بيان أنها …»: that statement
                k = _key(t[2])
                if text[m.end() - 1 : m.end()] == "ل" and k.startswith("ل"):
                    k = "ال" + k[1:]  # «ووفقاً للتقرير» (the frame's ل in the cue)
                if k.startswith(("ال", "لل")):
                    x = _statement_source(st, _noal(_bare(k.replace("لل", "ال", 1))), m.start())
            if x is not None:
                ms = [x]
                break
        if not ms:
            lead = 0
            k0 = _peel_lb(_bare(_key(ftoks[0][2])), _FRAME_PAPERS) if ftoks else ""
            if k0 in _FRAME_PAPERS:
                lead = 1  # «ووفقاً لبيانات محافظة بورسعيد»، «حسب تقديرات مركز بحوث الصحراء»: the body's papers
                while lead < len(ftoks) - 2 and _fold(ftoks[lead][2]) in _ISSUED_BY_WORDS:
                    lead += 1  # «ووفقاً لبيان صادر عن محافظة الإسكندرية»: the papers, issued by the body
            elif k0 in ("ما", "لما") and len(ftoks) > 2 and _fold(ftoks[1][2]) in st.lex.verb_words:
                lead = 3 if len(ftoks) > 3 and _fold(ftoks[2][2]) in ("به", "بها") else 2  # «حسب ما أفادت به إدارة سد تشرين»
            rest = ftoks[lead:]
            stop = next((n for n, t in enumerate(rest) if t[2] in "،,؛:" or _key(t[2]) in st.lex.stops), len(rest))
            body = _body_named_by_construct(st, rest[:stop])
            if body is not None:
                # «وبحسب مرصد نزاهة الإنفاق، فإن …»: a body's noun and its name in construct, which
                # the entities stage missed
                ms = [_proposed_body(st, body)]
        if not ms:
            again = _named_again(st, m.end(), b)
            if again is not None:
                ms = [again]
    persons = [x for x in ms if x.label == "PERSON"]
    if persons or ms:
        x = (persons or ms)[0]
        # (a bracketed short form after the source is part of it: «لوكالة الأنباء العراقية (واع)،»)
        x_end = x.end
        # (the name's closing mark too: «لتقديرات شركة الأبحاث "أوميديا" (Omdia)،»)
        par = re.match(r"\s*[»”\"’]?\s*(?:\([^()]{1,30}\))?", text[x.end : b])
        if par is not None and par.end() and _words(text, x.end, x.end + par.end()) <= 3:
            x_end = x.end + par.end()
        rest = _tokens(text, x_end, b)
        if (
            len(rest) >= 3
            and x is ms[-1]
            # (a source resolved from a name before the frame, «وبحسب بيان الوزارة، …» after
            # «أعلنت وزارة المالية …», does not cut the frame's phrase there)
            and m.end() <= x.start
            and x is not issuer  # (where the papers were published goes on the frame's phrase)
            and _key(rest[0][2]) not in _SOURCE_GOES_ON
            and _key(rest[0][2]) not in _RELATIVES
            # («ونقلاً عن غرفة التجارة والصناعة في مصراتة، …»: a noun joined by و goes on naming it)
            and not _key(rest[0][2]).startswith("وال")
            and not _is_title(st.lex, rest[0][2])
            and (
                not _key(rest[0][2]).startswith(("ل", "ال"))
                or _key(rest[0][2]) in _PREPOSITIONS
            )
            # (not a phrase that a comma and «فإن» close: «ووفقاً لأرقام الهيئة العامة للمحافظة على
            # المدن التاريخية، فإن …», the name the entities stage cut short goes on)
            and not (
                text[b : b + 1] in ("،", ",")
                and (nx := _tokens(text, b + 1, min(s1, b + 20))[:1])
                and _key(nx[0][2]) in st.lex.openers
            )
            # (nor one «فإن» closes with no comma: «ووفقا لاستطلاع نشرته « يديعوت احرونوت » علي
            # صفحتها الاولي فان …», where the paper printed it goes on the frame's phrase)
            and not ((nb := _tokens(text, b, min(s1, b + 12))[:1]) and _key(nb[0][2]) in st.lex.openers)
        ):
            b = x.end  # «لأنها تقود حسب وزيرها X إلى "طريق مسدود"»: the clause goes on
        subj = _Subject(
            (x.start, x.end),
            _frame_role(st, m.end(), x.start) if x.label == "PERSON" else None,
            "named",
            0.85,
        )
        head = _tokens(text, m.end(), x.start) if x.label == "ORG" else []
        if (
            head and _is_title(st.lex, _frame_title_key(st.lex, head[0][2])) and _heads_body(head, x)
            and not any(ch in text[m.end() : x.start] for ch in "،,:(«\"")
            # («ووفقا لمؤسسة مهرجان مراكش الدولي للفيلم»: the institution, not its founder)
            and not (len(head) == 1 and _key(_frame_title_key(st.lex, head[0][2])) in _INSTITUTION_TITLES)
        ):
            # «على حد تعبير رئيس بعثة مراقبي الاتحاد الأفريقي»: the body's head, left unnamed,
            # speaks as a person (as after a verb)
            subj = _Subject(None, _tidy_role(st.lex, text[head[0][0] : x.end]), "unnamed", 0.7)
    else:
        subj = _Subject(None, None, "unnamed", 0.7)
        src = relay if relay is not None else m.end()
        ft = _tokens(text, src, b)[:1]
        if ft and _words(text, src, b) <= 6 and _key(ft[0][2]) not in _UNNAMED_SOURCES:
            w = _key(ft[0][2])
            if _is_title(st.lex, w) or _is_title(st.lex, w[:-2]) or _is_title(st.lex, w[:-1]):
                # «حسب رئيسها التنفيذي»: the title, with no name, is the role
                subj = _Subject(None, text[ft[0][0] : _trim(text, m.end(), b)[1]], "unnamed", 0.7)
        elif ft and _words(text, src, b) <= 8 and _key(ft[0][2]) in _UNNAMED_SOURCES:
            # «ووفقاً لمصدر في الاتحاد، فإن»، «نقلاً عن مصادر مطلعة على المفاوضات»: those unnamed,
            # described, are the role (without the frame's ل and whom they spoke to)
            own = _tokens(text, ft[0][0], _trim(text, src, b)[1])
            own = own[: _spoken_to_at(own)]
            # (not what they did: «بحسب سائقين تحدثوا لوكالة الأنباء»)
            own = own[: next((n for n, t in enumerate(own) if n and _key(t[2]).endswith("وا") and len(_key(t[2])) >= 5 and not _key(t[2]).startswith("ال")), len(own))]
            a0 = ft[0][0] + (1 if text[ft[0][0]] == "ل" and not _key(ft[0][2]).startswith("لل") and _key(ft[0][2])[1:] in _UNNAMED_SOURCES else 0)
            subj = _Subject(None, text[a0 : own[-1][1]], "unnamed", 0.7)
    if persons or ms:
        # «…، فحسب وزير الخارجية الألماني فرانك فالتر شتاينماير " ليس هناك … "»: after a comma,
        # the source's words in marks right after its name are what the frame attributes (the
        # clause before the comma is the writer's)
        x = (persons or ms)[0]
        lead = _tokens(text, s0, m.start())
        p = st.pair_at(_trim(text, x.end, s1)[0])
        if (
            lead and lead[-1][2] in "،," and len(lead) >= 4 and p is not None and not p.claimed
            and _words(text, *p.content) >= 2  # (not the source's short name: «وكالة الأنباء الفلسطينية "وفا"»)
        ):
            p.claimed = True
            _emit(st, "according_to", p.content, cue, subj, _unnamed_source_gender(subj))
            return
    # a quote right before: «…»، بحسب X (not a name in marks: «وذكرت وكالة "رويترز" نقلاً عن …»)
    before = _quote_before(st, m.start())
    if before is not None and (_words(text, *before.content) < 2 or _is_named_thing(st, before)):
        before = None
        if any(s0 <= q.cue[0] < m.start() < q.content[0] for q in st.quotes):
            return  # «وذكرت وكالة "رويترز" نقلاً عن ثلاثة مصادر أن …»: the verb's own report
    phrase = None  # a marked phrase closing the writer's clause before the frame
    if before is not None and not before.claimed and _phrase_in_clause(st, s0, before):
        phrase, before = before, None
    if before is not None and not before.claimed:
        before.claimed = True
        _emit(st, "direct", before.content, cue, subj, None)
        return
    head = _trim(text, s0, m.start())
    if _words(text, *head) == 1 and any(True for _ in _scan(text, st.lex.verb_words, *head)):
        return  # «وأضاف، نقلاً عن بيانات الترصد، أن …»: the frame qualifies the verb's own report
    if head[1] - head[0] <= 0 or _words(text, *head) <= 1:
        # frame first: «ووفقاً لـ X، تشمل الصفقة …»
        a = b
        a, e = _trim(text, a, s1, _TRIM + ")")
        rel = _tokens(text, a, s1)
        if rel and (_key(rel[0][2]) in _RELATIVES or _key(rel[0][2]) in _WHILE_PRONOUNS):
            # «وبحسب التقرير، الذي حمل عنوان "…"، فإن …»: the source's relative clause, set off by
            # commas, is not what it says; nor what it is («وبحسب مؤسسة الأمانة، وهي أكبر جمعية
            # للقروض الصغرى في المغرب، فإن …»)
            c = next((t for t in rel[1:] if t[2] in "،," and not st.inside_quote(t[0])), None)
            if c is not None and _words(text, c[1], s1) >= 3:
                a = _trim(text, c[1], s1, _TRIM + ")")[0]
        elif rel and (
            (titled := _is_title(st.lex, rel[0][2]) or _bare(_key(rel[0][2])) in _OWNERS)
            or _key(rel[0][2]).startswith("ال") and not any(True for _ in _scan(text, st.lex.verb_words, rel[0][0], rel[0][1]))
        ):
            # «بحسب شركة "إير برودكتس" الأمريكية، الشريكة في المشروع، فإن …»: what the source is,
            # set off by commas before the opener, is not what it says («وبحسب آزاد حسن، صاحب مخيم
            # "شيرين كامب" (Shireen Camp) قرب شلال أحمد آوا، فإن»: a title, up to 16 words)
            n = next((n for n, t in enumerate(rel[1 : 17 if titled else 9], 1) if t[2] in "،," and not st.inside_quote(t[0])), None)
            if n is not None and n + 1 < len(rel) and _key(rel[n + 1][2]) in st.lex.openers:
                a = _trim(text, rel[n][1], s1, _TRIM + ")")[0]
        elif rel and (
            (n := next((n for n, t in enumerate(rel[1:5], 1) if t[2] in "،," and not st.inside_quote(t[0])), None)) is not None
            and n + 1 < len(rel) and _key(rel[n + 1][2]) in st.lex.openers
            and not any(True for t in rel[:n] for _ in _scan(text, st.lex.verb_words, t[0], t[1]))
        ):
            # «ونقلاً عن مصادر في دار الينابيع ، ناشرة أعماله ، فإن …»: a short description of the source
            # set off by commas before the opener, whatever its first word
            a = _trim(text, rel[n][1], s1, _TRIM + ")")[0]
        toks0 = _tokens(text, a, min(s1, a + 30))
        if len(toks0) > 2 and toks0[1][2] in "،," and _fold(_key(toks0[0][2])).removeprefix("ال").removeprefix("و") in _DAY_WORDS:
            # «وبحسب إفصاح نشرته المجموعة على موقع السوق، الأربعاء، ارتفع صافي أرباحها …»: the
            # day the source published, set off by commas, is no part of what it says
            a = _trim(text, toks0[1][1], s1)[0]
            toks0 = _tokens(text, a, min(s1, a + 30))
        opened = bool(toks0) and _opens_content(st, toks0)
        if opened:
            a = _trim(text, toks0[0][1], s1)[0]
        p = st.pair_at(a)
        if p is not None and _words(text, *p.content) < 3 and opened:
            p = None  # «ووفقاً لبيانات المعهد، فإن "القابضة" باتت …»: past the opener, a name the clause starts with
        elif p is not None and _words(text, *p.content) < 3:
            # «وبحسب جمعية مصنعي الأحذية "أسوكالزاتوريفيتشي" (Assocalzaturifici)، فإن …»: the
            # source's own name in marks (and its Latin form), then what it says
            a = _trim(text, _skip_parens(text, p.close + 1, s1), s1, _TRIM + ")")[0]
            p = None
        if p is not None and not p.claimed:
            p.claimed = True
            _emit(st, "direct", p.content, cue, subj, None)
            return
        toks = _tokens(text, a, min(s1, a + 30))
        if toks and _opens_content(st, toks):
            a = _trim(text, toks[0][1], s1)[0]
        elif (
            toks and text[max(0, a - 3) : a].rstrip()[-1:] in ("،", ",")
            and (v := next(_scan(text, st.lex.verb_words, toks[0][0], toks[0][1]), None)) is not None
            and v.start() == toks[0][0] and not v.group("pre")
            and st.lex.verbs.get(st.lex.verb_words.get(_fold(v.group("v")), ""), ("",))[0] in _PLAIN_SAYING
        ):
            # «وبحسب ما نقلته "الوكالة الوطنية للإعلام"، قال الخوري …: "…"»: the frame relays a
            # speech verb's own words, which that verb attributes
            return
        e = _clause_end(st, a, s1) if a < s1 else a
        if _words(text, a, e) >= 3:
            _emit(st, "according_to", (a, e), cue, subj, _unnamed_source_gender(subj))
        return
    pre = _tokens(text, *head)
    # «كل ما قدمه كان يعد إنجازا، هذا بحسب شهادات النقاد …، فقد …»: «هذا» points the frame back at
    # the clause before its comma, whatever follows
    this_back = len(pre) >= 4 and _key(pre[-1][2]) in _THIS_BACK and pre[-2][2] in "،,"
    nxt_open = _tokens(text, _trim(text, b, s1)[0], min(s1, b + 30))[:1]
    if nxt_open and _key(nxt_open[0][2]) in st.lex.openers and not in_parens and not this_back:
        # «… وعلى حسب ما جاء في شاهد القبر , فإنه رمضان علاء الدين …»: inside its sentence, a
        # frame answered by «فإن/فقد» attributes the clause after the opener, not the lines before
        a = _trim(text, nxt_open[0][1], s1)[0]
        e = _clause_end(st, a, s1) if a < s1 else a
        if _words(text, a, e) >= 3:
            _emit(st, "according_to", (a, e), cue, subj, _unnamed_source_gender(subj))
            return
    if in_parens:
        head = _trim(text, s0, s0 + len(opened) - 1)
        a = _after_credit(st, *head)
        if _words(text, a, head[1]) >= 3 and not any(
            q.content[0] < head[1] and a < q.content[1] for q in st.quotes[-4:]
        ):
            _emit(st, "according_to", (a, head[1]), cue, subj, _unnamed_source_gender(subj))
        return
    tail = _trim(text, b, s1)
    if this_back:
        tail = (b, b)
        cut = max(text.rfind("؟", head[0], pre[-2][0]), text.rfind("?", head[0], pre[-2][0]), text.rfind(" - ", head[0], pre[-2][0]))
        # (an interview's answer: after the question and its dash, «… من وجهة نظرك ؟ - كل ما قدمه …»)
        head = _trim(text, head[0] if cut == -1 else cut + 1, pre[-2][0], _TRIM + "-")
    tail_toks = _tokens(text, tail[0], min(s1, tail[0] + 20))
    new_clause = bool(tail_toks) and (
        _fold(tail_toks[0][2])[:1] == "و"
        # «… طبقاً لما قاله متحدث باسم الشرطة، الذي قال: …»: more about the source
        or _key(tail_toks[0][2]) in _RELATIVES
    )
    if new_clause:
        # the clause the frame closes: after the last comma before it («…، وقد خرجت الأمور
        # عن السيطرة طبقاً لما قاله …»)
        k = max(text.rfind("،", *head), text.rfind(",", *head))
        if k != -1 and _words(text, k + 1, head[1]) >= 3:
            head = _trim(text, k + 1, head[1])
    if tail[1] - tail[0] > 0 and _words(text, *tail) >= 3 and not new_clause:
        # the frame in the middle of one clause: the whole sentence is attributed; before a new
        # clause («… استناداً إلى تقدير الوزارة، وبلغت الصادرات …») only the part before it
        a, e = _trim(text, s0, s1)
    else:
        a, e = head
        if text[_trim(text, *head)[1] - 1 : _trim(text, *head)[1]] not in "،,":
            # «… لقد لفت انتباهي … ، إن حق الكلام … كان المكسب الأكبر … ، وإن كان قليل الفائدة
            # حتى الآن على حد قول صديقنا …»: a frame closing its clause with no comma attributes
            # what follows the last «، إن/أن» before it, not the writer's lines before that
            for t in reversed(_tokens(text, *head)):
                if _key(t[2]) in _CLAUSE_OPENERS:
                    pt = _tokens(text, max(head[0], t[0] - 4), t[0])[-1:]
                    if pt and pt[0][2] in "،," and _words(text, t[1], e) >= 3:
                        a = _trim(text, t[1], e)[0]
                        break
    a = _after_credit(st, a, e)
    connector = re.match(_CONNECTOR_RE, text[a:e])
    if connector is not None and _words(text, a + connector.end(), e) >= 3:
        # «في المقابل، تراجع تمويل …، وفق تقرير …»، «على صعيد التوسع، تستهدف المجموعة …، على حد
        # قول X»: the writer's connector before the attributed clause is no part of it
        a = _trim(text, a + connector.end(), e)[0]
    if st.sentence_of(a) == 0:
        # the story's dateline is no part of what the frame attributes: «الجزائر - تعتزم
        # «سوناطراك» …، حسب رئيسها التنفيذي.»
        dl = _DATELINE_HEAD_RE.match(text, a, e)
        if dl is not None and _words(text, dl.end(), e) >= 3:
            a = dl.end()
    if _words(text, a, e) >= 3 and not any(
        q.content[0] < e and a < q.content[1] for q in st.quotes[-4:]
    ):
        # (a frame inside reported speech, «قالت إن … بحسب شهادة …», is part of that quote)
        _emit(st, "according_to", (a, e), cue, subj, _unnamed_source_gender(subj))
        # a quoted phrase after the frame is its source's words: «تقود حسب وزيرها X إلى "…"»
        _partial_quotes(st, m.end(), e, cue, subj, None)
        if phrase is not None and a <= phrase.open and phrase.close <= e and not phrase.claimed:
            # «ويعاني القطاع من "فوضى تنظيمية حقيقية"، على حد تعبير …»: the phrase is his too
            phrase.claimed = True
            _emit(st, "direct", phrase.content, cue, subj, None)


_IN_TERMS_OF = (norm_key("من"), norm_key("حيث"))


def _breaks_zone(lex: _Lex, zone_keys: list[str]) -> bool:
    """A word in the verb's subject zone that opens another clause («يشير … حيث جاء به: …»).
    «من حيث» is "in terms of", no clause: «قال بنك …، ثالث أكبر بنك … من حيث الأصول، إن»."""
    return any(
        k in lex.zone_breakers and not (k == _IN_TERMS_OF[1] and n and zone_keys[n - 1] == _IN_TERMS_OF[0])
        for n, k in enumerate(zone_keys)
    )


_CLAUSE_OPENERS = frozenset(norm_key(w) for w in ("أن", "إن", "ان", "بأن", "حيث", "لأن"))
# the writer's connectors opening a sentence, up to their comma
_CONNECTOR_RE = re.compile(
    r"\s*و?(?:في المقابل|بالمقابل|في غضون ذلك|في الأثناء|في الأثناء ذاتها|في هذه الأثناء|إلى ذلك|في سياق متصل|من جهة أخرى|على صعيد آخر"
    r"|على صعيد [^\s،,]+(?: [^\s،,]+)?"
    # «وفي أسواق المدينة، ارتفع …، حسب تجار محليين»: where, fronted before the attributed clause
    r"|في (?!المئة|المائة)[^\s،,]+(?: [^\s،,]+){0,2})\s*[،,]"
)


def _frame_inside_clause(st: _State, m: re.Match, gender) -> bool:
    """«سيما ان موضوع جرائم الحرب كما قال الوزير رزق « للديار » هو امر يتجاوز …»، «حيث كتبها
    كما قال للناقد … في الفترة من …»: «كما قال» inside a clause, with no comma before it and the
    clause going on after its speaker, attributes the whole clause (the frame in it) to that
    speaker (a name right after the verb, else the one spoken of before)."""
    text = st.text
    s0, s_end = st.sentence_start(m.start()), st.sentence_end(m.start())
    prev = _tokens(text, s0, m.start())
    if not prev or prev[-1][2] in "،,;؛:" or st.inside_quote(m.start()):
        return False
    # the speaker: a name within three words of the verb, not the one spoken to
    after = _tokens(text, m.end(), s_end)
    # «كما قال للناقد المصري الراحل غالي شكري»: the one spoken to, after ل and a title
    to_title = bool(after) and after[0][2].startswith("لل") and len(after[0][2]) > 4
    subj_end, subj = m.end(), None
    for x in st.mentions_in(m.end(), s_end):
        if x.label not in _SPEAKER_LABELS or _words(text, m.end(), x.start) > 3:
            break
        if _addressee(st, x) or to_title:
            subj_end = max(subj_end, x.end)
            continue
        subj = _Subject(
            (x.start, x.end), _role_text(st, m.end(), x.start), "named", 0.75, x.label
        )
        subj_end = x.end
        break
    if subj is None and subj_end == m.end():
        return False
    # the clause goes on after the speaker (past a name in marks or the one spoken to)
    rest = [
        t for t in after if t[0] >= subj_end and t[2] not in "«»\"“”" and not any(
            x.start <= t[0] < x.end for x in st.mentions_in(subj_end, s_end) if _addressee(st, x)
        )
    ]
    if len(rest) < 3 or rest[0][2] in "،,;؛:.":
        return False
    # the clause starts after the last comma or clause opener before the frame
    a = s0
    for t in prev:
        if t[2] in "،,;؛:":
            a = t[1]
        elif _key(t[2]) in _CLAUSE_OPENERS:
            a = t[1]
    a = _trim(text, a, m.start())[0]
    if a >= m.start():
        return False
    e = _clause_end(st, a, s_end)
    if e <= m.end() or any(q.content[0] < e and a < q.content[1] for q in st.quotes[-4:]):
        return False
    if subj is None:
        subj = _carry(st, m.start(), gender)
    _emit(st, "according_to", (a, e), (m.start(), m.end()), subj, gender, min(subj.confidence, 0.75))
    return True


_AGENCY_RE = re.compile(r"(?<!\S)[وف]?(?:ال)?وكالة\s+(?:(?:ال)?[أا]نباء\s+)?")


def _agency_at(st: _State, a: int, b: int) -> MentionDraft | None:
    """«وكالة أنباء الأناضول التركية» starting at ``a``: the agency's name right after «وكالة
    (أنباء)», tagged as an organisation or, as the corpus has it, a place."""
    m = _AGENCY_RE.match(st.text, a, b)
    if m is None:
        return None
    x = st.mentions_in(m.end(), b, labels=("PERSON", "ORG", "LOC"))[:1]
    return x[0] if x and x[0].start == m.end() else None


def _last_agency(st: _State, before: int, sentences: int = 3) -> MentionDraft | None:
    """«كما قالت الوكالة»: the agency named «وكالة … X» within the last few sentences."""
    sent = st.sentence_of(before)
    a = st.sentences[max(0, sent - sentences)][0] if st.sentences else 0
    found = None
    for m in _AGENCY_RE.finditer(st.text, a, before):
        x = _agency_at(st, m.start(), before)
        if x is not None:
            found = x
    return found


_HE_SHE = frozenset(norm_key(w) for w in ("وهو", "وهي", "وهم", "وهما"))


def _frame_then_marked_words(st: _State, m: re.Match, claimed: bool = False) -> _Pair | None:
    """The marks after a pronoun frame set off by commas after a short subject opening the sentence
    («فالمياه الجوفية، على حد تعبيره، «لم تعد تحتمل مجاملة أحد».»), when they close the sentence."""
    text = st.text
    s0, s_end = st.sentence_start(m.start()), st.sentence_end(m.start())
    ahead = _tokens(text, m.end(), min(s_end, m.end() + 60))[:2]
    if not (
        len(ahead) == 2
        and ahead[0][2] in "،,"
        and text[s0 : m.start()].rstrip()[-1:] in ("،", ",")
        and _words(text, s0, m.start()) <= 3
    ):
        return None
    p = st.pair_at(ahead[1][0])
    if p is None or (p.claimed and not claimed) or _words(text, *p.content) < 3 or text[p.close + 1 : s_end].strip(" \t.!؟?…"):
        return None
    return p


def _as_named_says(st: _State, m: re.Match, s_end: int) -> tuple[_Subject, int] | None:
    """«كما يقول/قال» then its subject named (a person, or a body), a comma and an opener («فإن»):
    the subject and where the attributed clause starts; None otherwise."""
    text = st.text
    c = next((i for i in range(m.end(), s_end) if text[i] in "،,"), None)
    if c is None or _words(text, m.end(), c) > 14:
        return None
    nxt = _tokens(text, c + 1, min(s_end, c + 30))[:1]
    if not nxt or _key(nxt[0][2]) not in st.lex.openers:
        return None
    named = st.mentions_in(m.end(), c, labels=("PERSON", "ORG"))
    persons = [x for x in named if x.label == "PERSON"]
    x = (persons or named or [None])[0]
    if x is None or (x.label == "ORG" and _words(text, m.end(), x.start) > 1):
        return None
    role = _role_text(st, m.end(), x.start) if x.label == "PERSON" else None
    return _Subject((x.start, x.end), role, "named", 0.85, x.label), _trim(text, nxt[0][1], s_end)[0]


def _handle_pronoun_frame(st: _State, m: re.Match) -> None:
    """«…، على حد تعبيره»: the previous speaker (by the pronoun's gender) said the clause before."""
    text, lex = st.text, st.lex
    gender = lex.pronoun_frames.get(norm_key(m.group("f")))
    cue = (m.start(), m.end())
    s0, s_end = st.sentence_start(m.start()), st.sentence_end(m.start())
    ahead = _tokens(text, m.end(), min(s_end, m.end() + 60))[:4]
    nxt = ahead[:1]
    if nxt and nxt[0][2] in "،," and not text[s0 : m.start()].strip():
        nxt = ahead[1:2]  # «وعلى حد تعبيره، فإن …»: the opener after a comma
    if (
        text[s0 : m.start()].strip()
        and len(ahead) >= 2
        and ahead[0][2] in "،,"
        and lex.conj_re.fullmatch(ahead[1][2]) is not None
        and text[s0 : m.start()].rstrip()[-1:] in ("،", ",")
    ):
        # «وقال الوزير سامي علي، في رأيه، إن …»: the frame set off between the verb's subject and
        # its conjunction; the verb reports the clause
        return
    if (p := _frame_then_marked_words(st, m)) is not None:
        # «فالأسعار، على حد تعبيره، "تتحرك اليوم على وقع العناوين"»: a short subject, the frame set
        # off by commas, then his words in marks to the sentence's end
        p.claimed = True
        subj = _carry(st, m.start(), gender)
        _emit(st, "direct", p.content, cue, subj, gender, min(subj.confidence, 0.8))
        return
    if norm_key(m.group("f")).startswith("كما") and not text[s0 : m.start()].strip():
        named = _as_named_says(st, m, s_end)
        if named is not None:
            # «وكما يقول الاقتصادي البريطاني جون كاي، فإن …»: "as X says", X named, opens the
            # sentence; the clause after the opener is his
            subj, a = named
            e = _clause_end(st, a, s_end) if a < s_end else a
            if _words(text, a, e) >= 3 and not any(q.content[0] < e and a < q.content[1] for q in st.quotes):
                _emit(st, "according_to", (a, e), cue, subj, gender, min(subj.confidence, 0.8))
            return
    if norm_key(m.group("f")).startswith("كما"):
        for t in ahead:
            if t[2] in "،,.:؛":
                break
            if lex.conj_re.fullmatch(t[2]) is not None:
                # «كما قال إن …»، «، كما يقول البعض إنها …»: "he also said that", the verb's own
                # report (its subject up to three words), not "as he said"
                return
    if (
        not text[s0 : m.start()].strip()
        and nxt
        and _key(nxt[0][2]) in lex.openers
        and not st.inside_quote(m.start())
    ):
        # the frame opens the sentence: «وعلى حد قوله فإن …»، «وفي رأيه فإن …» attributes the
        # clause after the opener to the previous speaker
        a = _trim(text, nxt[0][1], s_end)[0]
        e = _clause_end(st, a, s_end) if a < s_end else a
        if _words(text, a, e) >= 3 and not any(
            q.content[0] < e and a < q.content[1] for q in st.quotes
        ):
            subj = _carry(st, m.start(), gender)
            _emit(st, "according_to", (a, e), cue, subj, gender, min(subj.confidence, 0.75))
        return
    before = _quote_before(st, m.start())
    # already attributed by a verb in the same clause: nothing new
    if before is not None and before.claimed:
        return
    host = next((q for q in reversed(st.quotes) if q.kind == "indirect" and q.content[0] <= before.open and before.close <= q.content[1] + 1), None) if before is not None else None
    if host is not None:
        # «ويقول … إن الحملة "ظلمت التجار الملتزمين"، على حد تعبيره»: the marked words of his report
        # are his, under the report's own cue; a word or two are a term, no quote («"بالقطّارة"»)
        before.claimed = True
        if _words(text, *before.content) >= 3:
            gender = next((h.gender for h in reversed(st.history) if h.pos == host.cue[0]), gender)
            _emit(st, "direct", before.content, host.cue, _Subject(host.speaker, host.role, "named" if host.speaker else "unnamed", host.confidence), gender, host.confidence)
        return
    as_said = norm_key(m.group("f")).startswith("كما")
    if as_said and before is None and _frame_inside_clause(st, m, gender):
        return
    s_end = st.sentence_end(m.start())
    tail = _trim(text, m.end(), s_end)
    named = [
        x
        for x in st.mentions_in(*tail)
        if x.label in _SPEAKER_LABELS and not _governed(st, x)
    ]
    if as_said and named and _words(text, *tail) <= 10 and not lex.conj_re.search(text, *tail):
        # «…، كما قال ناطق باسم الخارجية شون ماكورماك.»: the speaker is named after the frame
        x = named[0]
        subj = _Subject(
            (x.start, x.end), _role_text(st, tail[0], x.start), "named", 0.8, x.label
        )
    else:
        agency = None
        if as_said and _words(text, *tail) <= 10 and not lex.conj_re.search(text, *tail):
            # «، كما ذكرت وكالة أنباء الأناضول التركية .» (the name tagged as a place), then
            # «، كما قالت الوكالة …»: the agency named within the last sentences
            agency = _agency_at(st, tail[0], tail[1])
            if agency is None and _bare(_key(text[tail[0] : tail[1]].split()[0])) == "وكاله":
                agency = _last_agency(st, m.start())
        if agency is not None:
            subj = _Subject((agency.start, agency.end), None, "named", 0.75, "ORG")
        else:
            as_said = False
            subj = _carry(st, m.start(), gender)
            if subj.speaker is None and not st.mentions_in(s0, m.start()):
                # «ويمثل القرار انتصاراً …، على حد تعبيره»: the clause names no one, its subject
                # («القرار») is what was said, not who said it; the pronoun is the last speaker's
                subj = _carry(st, m.start(), gender, same_sentence_first=False)
    if before is not None:
        before.claimed = True
        _emit(
            st, "direct", before.content, cue, subj, gender, min(subj.confidence, 0.8)
        )
        return
    s0 = st.sentence_start(m.start())
    for q in st.quotes:
        if q.content[0] >= s0 and q.content[1] <= m.start() + 2:
            return  # the clause is already a quote
    # (a dateline opening the sentence is no part of it: «استنبول - قنا - ا ف ب : أوقفت …»)
    a, e = _trim(text, _after_dateline(text, s0, m.start()), m.start())
    # the clause the frame qualifies: after the last comma before it, when that leaves a clause
    # («وكان حالوتس قد أقر …، كما تعهد بإجراء تحقيق … على حد تعبيره»)
    k = max(text.rfind("،", a, e), text.rfind(",", a, e))
    lead = _tokens(text, a, k) if k != -1 else []
    fronted = (
        # «ومنذ توليها السلطة، تبذل الإدارة … بحسب قوله»: a fronted adverbial, not a clause
        bool(lead)
        and len(lead) <= 6
        and _key(lead[0][2]).removeprefix("و") in _PREPOSITIONS | {norm_key("منذ")}
        and not any(True for _ in _scan(text, lex.cue_words, a, k))
        and not any(t[2] in "،," for t in lead)
    )
    if k != -1 and _words(text, k + 1, e) < 4 and not as_said and not fronted:
        # «…، وهو لا يأمل أكثر من معالجة الملف ، لا حله على حد قوله»: a short last member goes
        # with the clause before it
        k2 = max(text.rfind("،", a, k), text.rfind(",", a, k))
        if k2 != -1 and _words(text, k2 + 1, k) >= 4:
            k = k2
    # (a sentence with no verb of saying and no one named before that comma is his whole: «النهر أكل
    # نصف الأرض قبل خمس سنوات، واليوم يهدد ما تبقى منها، على حد تعبيره»)
    whole = k != -1 and not any(True for _ in _scan(text, lex.cue_words, a, k)) and not st.mentions_in(a, k, labels=_SPEAKER_LABELS)
    if k != -1 and _words(text, k + 1, e) >= 4 and not as_said and not fronted and not whole:
        a = _trim(text, k + 1, e)[0]
        first = _tokens(text, a, e)[:1]
        if first and _key(first[0][2]) in _HE_SHE:
            a = _trim(text, first[0][1], e)[0]  # «وهو …»: the pronoun is the speaker
    connector = re.match(_CONNECTOR_RE, text[a:e])
    if connector is not None and _words(text, a + connector.end(), e) >= 3:
        a = _trim(text, a + connector.end(), e)[0]  # «في المقابل، …، على حد تعبيره»
    if (
        text[e : m.start()].strip() in ("،", ",")
        and text[m.end() : s_end].lstrip()[:1] in ("،", ",")
        and not st.inside_quote(m.start())
    ):
        # «ولد الفن ، كما يقول ، مع المرأة …»، «فإن السبب ، برأيه ، هو ان …»: a frame set
        # between commas after a clause's first words qualifies the whole clause, what comes
        # after it too (after an opener such as فإن)
        k0 = max(text.rfind("،", a, e), text.rfind(",", a, e))
        a0 = _trim(text, k0 + 1, e)[0] if k0 != -1 else a
        first = _tokens(text, a0, e)[:1]
        if first and _key(first[0][2]) in lex.openers:
            a0 = _trim(text, first[0][1], e)[0]
        a2 = _trim(text, m.end(), s_end)[0]
        e2 = _clause_end(st, a2, s_end) if a2 < s_end else a2
        if 1 <= _words(text, a0, e) <= 3 and _words(text, a2, e2) >= 2:
            if _words(text, a0, e2) >= 3:
                _emit(st, "according_to", (a0, e2), cue, subj, gender, min(subj.confidence, 0.75))
                _partial_quotes(st, a0, e2, cue, subj, gender)
            return
    if _words(text, a, e) >= 3:
        _emit(st, "according_to", (a, e), cue, subj, gender, min(subj.confidence, 0.75))
        # «ويعاني القطاع من "فوضى تنظيمية حقيقية"، على حد تعبيره»: the marked phrase is his too
        _partial_quotes(st, a, e, cue, subj, gender)


def _headline(text: str, s0: int, s1: int) -> bool:
    """The text's first line, standing alone (no final punctuation, a line break after it, the story
    going on below): a headline, not a caption."""
    nl = text.find("\n", s0)
    if text[:s0].strip() or nl == -1 or not text[nl:].strip():
        return False
    line = text[s0:nl].rstrip()
    # (a caption ends with its photo credit in brackets: «جون بولتون: … (الفرنسية)»)
    # (a term in marks may stand in it: «الخليج أمام عامين من "النفط الرخيص"»; a quote of three
    # words or more makes it a caption's words)
    marked = re.findall(r'"([^"]*)"|«([^»]*)»|“([^”]*)”', line)
    short = all(len("".join(m).split()) <= 2 for m in marked) and len(_MARKS_RE.findall(line)) == 2 * len(marked)
    return bool(line) and line[-1] not in _SENT_PUNCT + ")" and (not _MARKS_RE.search(line) or marked and short) and "(" not in line


def _surname_label(st: _State, s0: int, s1: int) -> MentionDraft | None:
    """«المصري: الحكومة ملتزمة …» in a transcript after «قال وزير الإدارة المحلية الأردني وليد
    المصري»: a line opening with one word and a colon, the word the last name of a person named
    earlier (the entities stage may read it as a common word); that person."""
    text = st.text
    if s0 > 0 and text[s0 - 1] != "\n":
        return None
    toks = _tokens(text, s0, min(s1, s0 + 40))[:2]
    if len(toks) < 2 or toks[1][2] != ":" or not _WORD_RE.fullmatch(toks[0][2]):
        return None
    k = norm_key(toks[0][2])
    for x in reversed(st.mentions_in(0, s0, labels=("PERSON",))):
        words = norm_key(x.text).split()
        if len(words) >= 2 and words[-1] == k:
            return x
    return None


def _name_colon(st: _State) -> None:
    """A caption or transcript line «جون بولتون: وقف إطلاق النار مع الإرهابيين مرفوض»: a person
    opening the sentence, a colon, and what they said."""
    text = st.text
    for s0, s1 in st.sentences:
        ms = st.mentions_in(s0, min(s1, s0 + 90), labels=("PERSON",))
        role = None
        if ms and _titled_label(st, s0, ms[0]):
            # «وزير المالية خالد الفردان: العجز سيتراجع»: the name after its title
            m = ms[0]
            role = text[slice(*_trim(text, s0, m.start))]
            k = _trim(text, m.end, s1, " \t")[0]
        elif not ms or _trim(text, s0, ms[0].start)[1] > _trim(text, s0, ms[0].start)[0]:
            m = _surname_label(st, s0, s1)
            if m is None:
                continue
            k = text.index(":", s0)
        else:
            m = ms[0]
            k = _trim(text, m.end, s1, " \t")[0]
        if text[k : k + 1] != ":":
            continue
        a = _trim(text, k + 1, s1, " \t")[0]
        if any(q.content[0] <= a < q.content[1] for q in st.quotes):
            continue
        p = st.pair_at(a)
        end = p.content if p is not None else (a, _clause_end(st, a, s1))
        if _words(text, *end) < 3 or st.mentions_in(end[0], end[0] + 1, labels=("PERSON",)):
            continue  # «كتب: هشام محمود»-like lines name someone, they quote no one
        if p is None and _headline(text, s0, s1):
            continue  # «بري: لا تمديد للمجلس النيابي»: the article's headline sums the story up, no quote
        if p is not None:
            p.claimed = True
        _emit(st, "direct", end, (k, k + 1), _Subject((m.start, m.end), role or m.role, "named", 0.7, "PERSON"), None, 0.7)


def _titled_label(st: _State, s0: int, m: MentionDraft) -> bool:
    """«وزير المالية خالد الفردان: …»: the sentence opens with a title of up to six words (no verb,
    mark or comma), then the person, then the colon."""
    lead = _tokens(st.text, s0, m.start)
    return (
        1 <= len(lead) <= 6
        and _is_title(st.lex, lead[0][2])
        # an office in construct («وزير المالية») or with its body («الرئيس التنفيذي لأرامكو»); not a
        # description heading a biography («الشاعر الكبير نزار قباني : تركي الأصل»)
        and (not _key(lead[0][2]).startswith("ال") or any(_key(t[2]).startswith("ل") for t in lead[1:]))
        and all(_WORD_RE.fullmatch(t[2]) for t in lead)
        and not any(_fold(t[2]) in st.lex.verb_words for t in lead)
        and st.text[m.end : m.end + 3].lstrip(" \t")[:1] == ":"
    )


# an interview written as questions and answers: a line opening with «س:» (the question) or «ج:»
# (the answer), the letter alone before a colon, a dash or a slash
_QA_LINE_RE = re.compile(r"(?m)^[ \t]*(?P<m>[سج])[ \t]*[:\-–/][ \t]*(?P<c>\S[^\n]*)$")


_DASH_LINE_RE = re.compile(r"(?m)^[ \t]*[-–ـ][ \t]*(?P<c>[^\s\-–ـ][^\n]*)$")
_INTERVIEW_WORDS = frozenset(_fold(w) for w in ("حوار", "مقابلة", "لقاء", "حديث"))


def _dash_interview(st: _State) -> None:
    """«وفي حوار مع وكالة الأناضول، تحدث وزير السياحة سفيان تقية عن …» then «- ما الذي …؟» /
    «- عودة الأسواق …»: an interview set out as dashed lines, questions ending in «؟», each
    answer (the dashed line after a question) is a direct quote of the one person the line
    before the first question names as interviewed."""
    text = st.text
    lines = [(m.start(), m.start("c"), m.end("c")) for m in _DASH_LINE_RE.finditer(text)]
    if len(lines) < 2:
        return
    is_q = [text[a:b].rstrip()[-1:] in ("؟", "?") for _, a, b in lines]
    if not any(is_q):
        return
    first = lines[0][0]
    intro_end = text.rfind("\n", 0, first)
    if intro_end <= 0:
        return
    intro_start = text.rfind("\n", 0, intro_end) + 1
    if not any(_fold(w.group()).removeprefix("و").removeprefix("ب") in _INTERVIEW_WORDS for w in _WORD_RE.finditer(text, intro_start, intro_end)):
        return
    persons = {norm_key(x.text): x for x in st.mentions_in(intro_start, intro_end, labels=("PERSON",))}
    if len(persons) != 1:
        return
    who = next(iter(persons.values()))
    role = next((q.role for q in st.quotes if q.speaker == (who.start, who.end) and q.role), None)
    spans = [(a, b) for _, a, b in lines]
    st.quotes[:] = [q for q in st.quotes if not any(a <= q.cue[0] < b for a, b in spans)]
    for n, (m0, a, b) in enumerate(lines):
        if is_q[n] or n == 0 or not is_q[n - 1]:
            continue
        b = _trim(text, a, b)[1]
        if b > a and text[b - 1] == ".":
            b = _trim(text, a, b - 1)[1]
        if _words(text, a, b) < 2 or any(q.content[0] < b and a < q.content[1] for q in st.quotes):
            continue
        st.quotes.append(
            QuoteDraft("direct", (a, b), (m0, m0 + 1), (who.start, who.end), role, 0.7, st.sentence_of(a))
        )


# a question line of an interview: «- كيف تفسرون …؟»، «* ألم تفكري يوماً …؟»، «س: …؟»
_QUESTION_LINE_RE = re.compile(r"(?m)^[ \t]*(?:[-–ـ*•]|س[ \t]*[:\-–/])[ \t]*[^\n]*[؟?][ \t]*$")


def _answers_after_questions(st: _State) -> None:
    """«- هل تخشون تكرار أزمة هذا الموسم؟» / «يجيب: ما يخيفني …» then «ويضيف: …»: in an interview
    set out as question lines, a cue opening the line after a question (or after such an answer)
    that named no one is the interviewee's: the person whose quote the article framed as said in
    an interview («قال … في حوار مع "…"»), else the person quoted last before the first question."""
    text = st.text
    questions = [(m.start(), m.end()) for m in _QUESTION_LINE_RE.finditer(text)]
    if not questions:
        return
    framed = [
        q for q in st.quotes
        if q.speaker is not None and q.cue[0] < questions[0][0] and _has_person(st, q.speaker)
        and any(_fold(w.group()).removeprefix("و").removeprefix("ب").removeprefix("ل") in _INTERVIEW_WORDS
                for w in _WORD_RE.finditer(text, st.sentence_start(q.cue[0]), st.sentence_end(q.cue[0])))
    ]
    before = [q for q in st.quotes if q.speaker is not None and q.cue[0] < questions[0][0] and _has_person(st, q.speaker)]
    who = framed[0] if framed else (max(before, key=lambda q: q.cue[0]) if before else None)
    if who is None:
        return
    q_ends = {b for _, b in questions}
    answered = set()  # line starts of answers given to the interviewee
    for q in sorted(st.quotes, key=lambda q: q.cue[0]):
        line = text.rfind("\n", 0, q.cue[0]) + 1
        prev_end = line - 1
        # (one carried from the last speaker gives way when the article framed an interview: the
        # questions are put to the interviewee, whoever spoke before them)
        carried = bool(framed) and q.speaker is not None and not st.mentions_in(q.cue[1], max(q.cue[1], q.content[0]))
        if (q.speaker is not None or q.role is not None) and not carried or prev_end <= 0:
            continue
        if line in answered and (q.speaker is None and q.role is None or carried):
            # «تجيب بأن المترجمة … تعمل حالياً على النسخة الإنجليزية. وتضيف: …»: the answer goes on
            q.speaker, q.role = who.speaker, who.role
            continue
        if _words(text, line, q.cue[0]) > 1:
            continue
        prev_line = text.rfind("\n", 0, prev_end) + 1
        if prev_end in q_ends or prev_line in answered:
            q.speaker, q.role = who.speaker, who.role
            answered.add(line)


def _has_person(st: _State, span: tuple[int, int]) -> bool:
    return any((x.start, x.end) == span for x in st.mentions_in(*span, labels=("PERSON",)))


def _interview_answers(st: _State) -> None:
    """«س: ما الذي تبقى …؟» / «ج: البنى التحتية اكتملت …»: in an interview set out as questions and
    answers, each answer line is a direct quote of the interviewee — the person the passage
    quoted last before the first question — and the questions are no one's quote."""
    text = st.text
    lines = [(m.group("m"), m.start("m"), m.start("c"), m.end("c")) for m in _QA_LINE_RE.finditer(text)]
    if not any(x[0] == "س" for x in lines) or not any(x[0] == "ج" for x in lines):
        return
    first_q = min(x[1] for x in lines)
    before = [q for q in st.quotes if q.speaker is not None and q.cue[0] < first_q]
    if not before:
        return
    who = max(before, key=lambda q: q.cue[0])
    # the questions quote no one; a cue inside an answer belongs to that answer
    spans = [(a, b) for _, _, a, b in lines]
    st.quotes[:] = [q for q in st.quotes if not any(a <= q.cue[0] < b for a, b in spans)]
    for mark, m0, a, b in lines:
        if mark != "ج":
            continue
        b = _trim(text, a, b)[1]
        if b > a and text[b - 1] == ".":
            b = _trim(text, a, b - 1)[1]
        if _words(text, a, b) < 2:
            continue
        st.quotes.append(
            QuoteDraft("direct", (a, b), (m0, m0 + 1), who.speaker, who.role, 0.75, st.sentence_of(m0))
        )


def _leftover_pairs(st: _State) -> None:
    """Quoted passages with no cue of their own: a paragraph continuing the previous speaker's
    quote is attributed to them; short quoted terms (names, slogans, scare quotes) are not quotes."""
    text = st.text
    for p in st.pairs:
        if p.claimed or p.depth > 0:
            continue
        if _words(text, *p.content) < 6 or _is_named_thing(st, p):
            continue
        sent = st.sentence_of(p.open)
        # standing alone: the quote opens its sentence or paragraph
        s0 = st.sentences[sent][0] if st.sentences else 0
        if _words(text, s0, p.open) > 0:
            # «واكد X "اعتقد ان … ارتكب خطا" باتهامه فرنسا … " اذ ان … خياري الشخصي "»: a second
            # quote closing the sentence of the speaker's first, after the writer's short bridge
            same = [
                q
                for q in st.quotes
                if q.kind == "direct"
                and q.content[1] <= p.open
                and st.sentence_of(q.content[0]) == sent
            ]
            if not same:
                continue
            q = max(same, key=lambda q: q.content[1])
            shut = next((x.close for x in st.pairs if x.content == q.content), None)
            bridge = _tokens(text, shut + 1, p.open) if shut is not None else []
            if (
                text[p.close + 1 : st.sentence_end(p.open)].strip(_TRIM)
                or not 1 <= len(bridge) <= 12
                or any(t[2] in "،,;؛:" or _MARKS_RE.search(t[2]) for t in bridge)
                or any(True for _ in _scan(text, st.lex.cue_words, q.content[1], p.open))
            ):
                continue
            p.claimed = True
            st.quotes.append(
                QuoteDraft("direct", p.content, q.cue, q.speaker, q.role, round(min(q.confidence, 0.6), 3), sent)
            )
            continue
        prev = [q for q in st.quotes if q.kind == "direct" and q.content[1] <= p.open]
        if not prev:
            continue
        q = max(prev, key=lambda q: q.content[1])
        if sent - st.sentence_of(q.content[1]) > 2:
            continue
        p.claimed = True
        st.quotes.append(
            QuoteDraft(
                "direct",
                p.content,
                q.cue,
                q.speaker,
                q.role,
                round(min(q.confidence, 0.6), 3),
                sent,
            )
        )


_AGENCIES = "|".join(
    _fuzzy(w)
    for w in ("وكالات", "رويترز", "اف ب", "أ ف ب", "ا ف ب", "د ب أ", "يو بي آي", "أ ش أ", "واس", "كونا", "قنا", "وام", "بترا", "سانا", "الفرنسية")
)
_CREDIT_RE = re.compile(
    f"\\s(?:[-ـ–—]\\s*(?:{_AGENCIES})\\s*(?:[-ـ–—]|:)|\\(\\s*(?:{_AGENCIES})\\s*\\))"
)


def _split_datelines(
    text: str, sentences: list[tuple[int, int]], mentions: list[MentionDraft]
) -> list[tuple[int, int]]:
    """Two stories run together in one sentence: a dateline with its agency credit inside the
    sentence («… في غوانتانامو الدوحة - بيروت - الراية - وكالات: …»، «… الشامل ليجازبي سيتي
    ( الفلبين ) ـ رويترز ـ بثت …») starts a new sentence, so that a report before it ends there
    and carry-over does not cross into the new story. The dateline is one or more places (LOC
    mentions, a place in brackets, a one-word paper name between dashes) before the credit."""
    locs = sorted((m.start, m.end) for m in mentions if m.label == "LOC")
    loc_by_end = {e: s for s, e in locs}
    out = []
    for s0, e0 in sentences:
        cuts = []
        for m in _CREDIT_RE.finditer(text, s0, e0):
            pos, first, n_loc = m.start(), None, 0
            dashed = not m.group().lstrip().startswith("(")
            while pos > s0:
                back = text[s0:pos].rstrip()
                b = s0 + len(back)
                if back.endswith(")"):
                    o = back.rfind("(")
                    inner = [x for x in locs if x[0] >= s0 + o and x[1] <= b]
                    if o < 0 or not inner:
                        break
                    pos, first, n_loc, dashed = s0 + o, "loc", n_loc + 1, False
                    continue
                if b in loc_by_end:
                    pos, first, n_loc = loc_by_end[b], "loc", n_loc + 1
                elif dashed and back and back[-1] not in "-ـ–—":
                    w = back.split()[-1]
                    before = text[s0 : b - len(w)].rstrip()
                    if not before.endswith(("-", "ـ", "–", "—")):
                        break
                    pos, first = b - len(w), "word"
                else:
                    break
                before = text[s0:pos].rstrip()
                if before.endswith(("-", "ـ", "–", "—")):
                    pos, dashed = s0 + len(before) - 1, True
                else:
                    dashed = False
                    break
            start = _trim(text, pos, e0)[0]
            if first == "loc" and n_loc and start - s0 > 20:
                cuts.append(start)
        # a photo caption closed by its agency credit, then the story: «فؤاد السنيورة قال إن …
        # ( الفرنسية ) كما دعا مندوب فرنسا …»: the story starts a new sentence after the credit
        for m in _CAPTION_CREDIT_RE.finditer(text, s0, e0):
            if _words(text, s0, m.start()) >= 3 and _words(text, m.end(), e0) >= 3:
                cuts.append(_trim(text, m.end(), e0)[0])
        # a full stop glued to a word, then the next sentence, where the tokens ran together
        # («… في كل البطولات التي تستضيفها. وأضاف أن …»): a sentence ends there
        for m in _GLUED_STOP_RE.finditer(text, s0, e0):
            if _words(text, s0, m.start()) >= 3 and _words(text, m.end(), e0) >= 3:
                cuts.append(m.end() + 1)
        cuts = sorted(set(cuts))
        a = s0
        for c in cuts:
            out.append((a, len(text[:c].rstrip())))
            a = c
        out.append((a, e0))
    return out


def _join_initials(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence that ends in a one-letter abbreviation before a name («وقالت مديرة المستشفى د.
    منى الرشيدي لـ«القبس» إن …»: د. for دكتور, م. for مهندس, أ. for أستاذ) runs on into the next:
    the full stop is the abbreviation's, not the sentence's."""
    out: list[tuple[int, int]] = []
    for s0, e0 in sentences:
        if out and _INITIAL_END_RE.search(text, out[-1][0], out[-1][1]) and text[out[-1][1] : s0].strip() == "":
            out[-1] = (out[-1][0], e0)
        elif (
            out
            and out[-1][1] == s0
            and s0 >= 2
            and text[s0 - 1] == "."
            and _LETTER_RE.match(text, s0 - 2)
            and _LETTER_RE.match(text, s0)
        ):
            # «لـ"العربية.نت"»، «سي.إن.إن»: a full stop glued between letters is part of a name
            out[-1] = (out[-1][0], e0)
        else:
            out.append((s0, e0))
    return out


# a lone Arabic letter with its full stop closing the sentence, after a word («… الجراحي د.»)
_LETTER_RE = re.compile(f"[{_LETTERS}A-Za-z]")
_INITIAL_END_RE = re.compile(r"(?<=\s)[\u0621-\u064A]\.$")

_GLUED_STOP_RE = re.compile(r"(?<=[\u0621-\u064A]{3})\.(?= [\u0621-\u064A])")

_CAPTION_CREDIT_RE = re.compile(
    r"\(\s*(?:الفرنسية|رويترز|أسوشيتد برس|الأوروبية|أرشيف)(?:\s*-\s*(?:أرشيف|ارشيف))?\s*\)"
)


_DOUBLE_APOS_RE = re.compile(r"'[ \t]?'")
# a lone apostrophe standing as a word of its own is a straight quote mark too («قائلا ' ستكون …
# بهدوئي '»، «صحيفة ' لانس '»); one inside or at the edge of a word is not (transliterations)
_LONE_APOS_RE = re.compile(r"(?<!\S)'(?!\S)")


def _opening_mark_to_next(st: _State) -> None:
    """A sentence the splitter closed after the straight mark that opens the next one, whose quote
    has its own cue after it («… هذا العام. "الناس تؤجل …"، قال الشامس»): the mark goes to the
    sentence it opens (not «فأجاب محفوظ. "إنني أتسلى …"», the quote of the short cue before)."""
    text, out = st.text, st.sentences
    for n in range(len(out) - 1):
        a, b = out[n]
        e = b
        while e > a and text[e - 1] in " \t":
            e -= 1
        p = st.pair_at(e - 1) if e - 1 > a and text[e - 1] in "\"'" else None
        if p is not None and text[a : e - 1].rstrip()[-1:] in (".", "!", "؟", "?") and _cue_after_close(st, p):
            out[n] = (a, e - 1)
            out[n + 1] = (e - 1, out[n + 1][1])
    st.sent_starts = [s for s, _ in out] or [0]


def extract_quotes(
    text: str, sentences: list[tuple[int, int]], mentions: list[MentionDraft]
) -> tuple[list[QuoteDraft], list[MentionDraft]]:
    """Direct quotes, reported speech and attributions with their speakers.

    ``sentences`` are the character spans of the sentences in order; ``mentions`` the entity
    mentions found so far. Returns the quotes (sorted by content start) and the speaker mentions
    this stage proposes (PERSON, source ``rule``) where the entities stage missed a name.
    """
    lex = _lex()
    # a doubled apostrophe as a quote mark («قائلا ' ' إن أهم قضية … ' '»): read as «"», the
    # offsets kept (the first apostrophe becomes a space)
    text = _DOUBLE_APOS_RE.sub(lambda m: " " * (len(m.group()) - 1) + '"', text)
    text = _LONE_APOS_RE.sub('"', text)
    given = list(sentences)
    sentences = _split_datelines(text, _join_initials(text, given), mentions)
    unclosed: list[_Pair] = []
    pairs = _pair_marks(
        text, unclosed, _NESTED_TITLE_MARKERS, lambda pos: _narration_after(text, pos, lex)
    )
    ms = sorted(mentions, key=lambda m: (m.start, -m.end))
    st = _State(
        text=text,
        sentences=list(sentences) or [(0, len(text))],
        sent_starts=[s for s, _ in sentences] or [0],
        mentions=list(ms),
        m_starts=[m.start for m in ms],
        pairs=pairs,
        open_pos=[p.open for p in pairs],
        lex=lex,
        by_close={p.close: p for p in pairs},
        unclosed={p.open: p for p in unclosed},
    )
    _opening_mark_to_next(st)
    events: list[tuple[int, int, re.Match]] = []
    impersonal = [m.start() for m in lex.impersonal_re.finditer(text)]
    sources = (
        (0, _scan(text, lex.cue_words)),
        (0, lex.verb_re.finditer(text)),
        (2, lex.frame_re.finditer(text)),
        (3, lex.pronoun_frame_re.finditer(text)),
        (4, _scan(text, lex.verbal_nouns)),
    )
    for kind, found in sources:
        for m in found:
            if kind == 0 and isinstance(m, _Hit) and m.kind == 1:
                kind_m = 1
            else:
                kind_m = kind
            if st.inside_quote(m.start()):
                continue
            if kind == 0 and _in_question(st, m.start()):
                continue
            if kind == 0 and _prayer(text, m.start(), m.end()):
                continue
            k = bisect.bisect_right(impersonal, m.start()) - 1
            if k >= 0 and m.start() - impersonal[k] < 30 and st.sentence_of(impersonal[k]) == st.sentence_of(m.start()):
                continue  # («… أفضل من المتوقع.» then «من جانبهم، يشير …»: another sentence's cue)
            events.append((m.start(), kind_m, m))
    for m in _THIS_IS_WHAT_RE.finditer(text):
        events.append((m.start("v"), 5, m))
    for m in _DESCRIBED_AS_RE.finditer(text):
        if not st.inside_quote(m.start()):
            events.append((m.start(), 6, m))
    events.sort(key=lambda e: (e[0], e[1]))
    taken_until = -1
    for start, kind, m in events:
        if start < taken_until:
            continue
        n = len(st.quotes)
        if kind == 0:
            _handle_verb(st, m)
        elif kind == 1:
            _handle_participle(st, m)
        elif kind == 4:
            _handle_verbal_noun(st, m)
        elif kind == 2:
            _handle_frame(st, m)
        elif kind == 5:
            _this_is_what(st, m)
        elif kind == 6:
            _described_as(st, m)
        else:
            _handle_pronoun_frame(st, m)
        if len(st.quotes) > n:
            taken_until = max(taken_until, m.end())
            # cues inside reported content are part of it, except a participle or a new verb
            # clause the content stops before
    _name_colon(st)
    _in_these_words(st)
    _leftover_pairs(st)
    _interview_answers(st)
    _dash_interview(st)
    _answers_after_questions(st)
    quotes = _dedupe(st.quotes, st.nested)
    titles: dict[tuple[int, int], str | None] = {}  # (one reading per speaker's mention)
    for q in quotes:
        if q.role is None and q.speaker is not None:
            if q.speaker not in titles:
                titles[q.speaker] = _title_by_name(st, *q.speaker) or _title_by_first_name(st, *q.speaker)
            q.role = titles[q.speaker]
    _whole_titles_back(quotes)
    for q in quotes:
        if q.role is not None:
            q.role = _tidy_role(st.lex, q.role)
    quotes.sort(key=lambda q: (q.content[0], q.content[1]))
    if list(sentences) != given:  # sentence indices as the caller gave them
        starts = [a for a, _ in given]
        back = [max(0, bisect.bisect_right(starts, a) - 1) for a, _ in sentences]
        for x in (*quotes, *st.new):
            if x.sentence is not None and 0 <= x.sentence < len(back):
                x.sentence = back[x.sentence]
    return quotes, st.new


def _title_by_name(st: _State, s: int, e: int) -> str | None:
    """The title the sentence gives a person's name at (s, e) whatever governs it: right before it
    («ورحّب رئيس الجمعية المغربية لمنتجي الصلب، كريم بنسودة، بالقرار»، «أما رئيس بلدية إربد الكبرى
    نبيل الكوفحي فأوضح»), before it set off by commas («وقال صاحب مطعم "زهرة العدس" في شارع الملك
    فيصل، سالم …،») or after it («سامي العلي، مدير الشركة، الذي …»)."""
    if not _has_person(st, (s, e)):
        return None
    text = st.text
    toks = _tokens(text, st.sentence_start(s), s)[-14:]
    after = _tokens(text, e, min(len(text), e + 2))[:1]
    if toks and _WORD_RE.fullmatch(toks[-1][2]) and not _key(toks[-1][2]).startswith("ال") and _is_title(st.lex, toks[-1][2]):
        # «أوضح مدرب المري، البولندي ماريك نوفاك، أن»: a title in construct with the name, then
        # another person set off by a comma: the title is that person's (the coach), not the name's
        nxt = _tokens(text, e, min(len(text), e + 40))[:3]
        if nxt and nxt[0][2] in "،," and any(
            x.start in {t[0] for t in nxt[1:]} and all(_nationality(_key(t[2])) for t in nxt[1:] if t[0] < x.start)
            for x in st.mentions_in(e, min(len(text), e + 40), labels=("PERSON",))
        ):
            return None
    if toks and toks[-1][2] in "،,":
        # the name set off by commas: the title opens the words before the first comma, right after
        # the verb or the opener («وقال صاحب مطعم …، سالم …،»)
        if not (after and after[0][2] in "،,"):
            return None
        seg = toks[:-1]
        seg = seg[max((n for n, t in enumerate(seg) if t[2] in "،,.:؛;!؟?"), default=-1) + 1 :]
        start = _title_opening(st, seg)
        return _calling_role(st, seg[start][0], seg[-1][1]) if start is not None else None
    cut = max((n for n, t in enumerate(toks) if not _WORD_RE.fullmatch(t[2])), default=-1)
    if toks and cut == len(toks) - 1 and _MARKS_RE.fullmatch(toks[cut][2][-1:]):
        # «وطالب رئيس جمعية "أصدقاء غابة أكفادو" محند أوسعيد …»: the body's name in marks right before
        # the holder's is part of the title
        o = max((n for n in range(cut + 1) if _MARKS_RE.fullmatch(toks[n][2][:1])), default=-1)
        if (
            o >= 1 and _WORD_RE.fullmatch(toks[o - 1][2])
            and all(_WORD_RE.fullmatch(_MARKS_RE.sub("", t[2])) for t in toks[o : cut + 1])
        ):
            cut = max((n for n in range(o - 1) if not _WORD_RE.fullmatch(toks[n][2])), default=-1)
    if cut >= 0 and toks[cut][2] in "،," and len(toks) - cut - 1 == 1 and _key(toks[-1][2]).startswith("ال"):
        # «محامي الشركة المستوردة، المستشار …»: one honorific word after the comma; the title is
        # the words before it, opening their clause
        seg = toks[:cut]
        seg = seg[max((n for n, t in enumerate(seg) if not _WORD_RE.fullmatch(t[2])), default=-1) + 1 :]
        first = _title_opening(st, seg)
        if first is not None and not st.mentions_in(seg[first][0], seg[-1][1], labels=("PERSON",)):
            return _calling_role(st, seg[first][0], seg[-1][1])
    toks = toks[cut + 1 :]
    # (no title inside a body's or a place's name, «جامعة الملك فيصل»، nor one before another person
    # named between: «وزير النقل العراقي كاظم الساعدي مع نظيره التركي …»)
    inside = [(x.start, x.end) for x in st.mentions_in(toks[0][0], s, labels=("ORG", "LOC", "PERSON"))] if toks else []
    named = [x.end for x in st.mentions_in(toks[0][0], s, labels=("PERSON",))] if toks else []
    start = None
    # the office nearest the name first («رئيس جمعية أصحاب الحمامات»: the head, not the owners), then a
    # calling or an owner; a one-word honorific or rank right before the name gives way to a title
    # before it («محامي الشركة المستشار …»، «… باسم المديرية المقدم …»)
    def office(t) -> bool:
        return _is_title(st.lex, t[2]) and not _org_cue_word(t[2]) and "ال" + _bare(_noal(_key(t[2]))) not in st.lex.callings

    def titled(n, t) -> bool:
        return _titled_word(st, t[2], n < len(toks) - 1) or (
            # «رائدة الأعمال الإماراتية مريم السويدي»: a title with its complement
            n + 1 < len(toks) and _title_in_construct(t[2], toks[n + 1][2])
        )

    for pick in (lambda n, t: office(t), titled):
        for n in range(len(toks) - 1, -1, -1):
            if (
                _key(toks[n][2]) in st.lex.honorifics and n == len(toks) - 1 or len(_key(toks[n][2])) < 3
                # («مدينة الملك سعود الطبية»: a king's name inside a place's name the entities stage left unnamed)
                or _key(toks[n][2]) in st.lex.honorifics and n + 1 < len(toks) - 1 and _key(toks[n + 1][2]) in st.lex.first_names
                or any(a <= toks[n][0] < b for a, b in inside) or any(toks[n][0] < x <= s and x <= toks[-1][0] for x in named)
            ):
                continue
            if n + 1 < len(toks) and _MARKS_RE.fullmatch(toks[n + 1][2][:1]) and n > 0 and (
                _org_cue_word(toks[n][2]) or _indefinite_calling(st.lex, toks[n][2])
            ):
                continue  # «مدربتها في أكاديمية "النجوم الصاعدة"»: a body's kind before its name in marks, no title
            if pick(n, toks[n]):
                if n == len(toks) - 1 and n > 0 and _key(toks[n][2]).startswith("ال") and any(pick(x, toks[x]) for x in range(n)):
                    continue
                start = n
                break
        if start is not None:
            break
    # «ووفقاً للمحللة الاقتصادية سارة المرزوقي»: a title after ل and the article, with its adjectives
    lil = next((n for n in range(len(toks) - 1, max(-1, len(toks) - 4), -1) if _key(toks[n][2]).startswith("لل")), None)
    if lil is not None and (start is None or start > lil) and all(_key(t[2]).startswith("ال") for t in toks[lil + 1 :]):
        if (role := _lil_title_role(st, toks[lil][0], toks[-1][1])) is not None:
            return role
    if start is not None:
        while start > 0 and office(toks[start - 1]) and _key(toks[start - 1][2]) not in st.lex.honorifics:
            start -= 1  # «نائب رئيس مجلس الإدارة» (not the verb «طالب» before «رئيس جمعية …»)

        role = _calling_role(st, toks[start][0], toks[-1][1])
        if role is not None and start > 0 and _bare(_key(toks[start - 1][2]).removeprefix("و")) in _DEPUTIES and role.startswith(toks[start][2]):
            # «مساعد وزير السياحة»: one who stands in for the title's holder
            lead = toks[start - 1][0] + (1 if _key(toks[start - 1][2])[:1] == "و" and _bare(_key(toks[start - 1][2])) not in _DEPUTIES else 0)
            role = text[lead : toks[start][0]] + role
        return role
    def possessed(tok: str) -> bool:  # (a pronoun, not the feminine ة: «المهندسة» is no «المهندس» + ه)
        return not _key(tok).startswith(("ال", "وال")) and not dediac(tok).endswith("ة") and _unpossessed_title(st.lex, tok) is not None

    own = None
    if len(toks) >= 2 and possessed(toks[-2][2]) and _key(toks[-1][2]).startswith("ال"):
        own = len(toks) - 2  # «وقال مديرها العام الهادي بن يوسف»: a title with the body's pronoun, and its adjective
    elif toks and possessed(toks[-1][2]):
        own = len(toks) - 1  # «وقال مديرها الهادي بن يوسف»
    if own is not None:
        if _key(toks[own][2])[:1] == "و":
            # «مؤسسة الوكالة ورئيستها التنفيذية»: two titles joined by و, from the first
            first = next((n for n in range(own) if _titled_word(st, toks[n][2], True)), None)
            return text[toks[first][0] : toks[-1][1]] if first is not None else text[toks[own][0] + 1 : toks[-1][1]]
        return text[toks[own][0] : toks[-1][1]]
    if after and after[0][2] in "،,":
        # «…، كريم بنسودة، رئيس الجمعية، …»، «سعد القحطاني، سائق شاحنة من الخرج: «…»»: the title
        # set off by commas (or a comma and the colon) after the name
        seg = _tokens(text, e, st.sentence_end(e))
        k = next((n for n, t in enumerate(seg) if n > 0 and t[2] in "،,.;؛:"), None)
        if k is not None and seg[k][2] in "،,:" and 2 <= k <= 12:
            first = 2 if _key(seg[1][2]) in _HE_IS and k > 2 else 1  # («، وهو سائق شاحنة،»)
            role = _calling_role(st, seg[first][0], seg[k - 1][1])
            if role is None and first == 2:
                role = _described_after_he_is(st, seg[2:k])
            if role is None and first == 1 and k >= 3:
                if _key(seg[1][2]) in _ONE_OF and not st.mentions_in(seg[2][0], seg[k - 1][1], labels=("PERSON",)):
                    # «محمد العبادي، أحد منظمي الإضراب، …»: one of the people the words name
                    role = _tidy_role(st.lex, text[seg[1][0] : seg[k - 1][1]])
                elif (
                    _key(seg[1][2]) == "من" and _people_plural(st.lex, _key(seg[2][2]))
                    and not st.mentions_in(seg[2][0], seg[k - 1][1], labels=("PERSON", "ORG"))
                ):
                    # «وتقول أم حيدر، من سكان حي الكرادة، إنها …»: where she lives, among whom
                    role = _tidy_role(st.lex, text[seg[1][0] : seg[1 + _before_a_verb(st, seg[1:k]) - 1][1]])
            return role
    return None


def _described_after_he_is(st: _State, toks: list) -> str | None:
    """«ريتا حداد، وهي أم لثلاثة أطفال، …»، «محمد الحيمي، وهو موظف حكومي لم يتقاضَ راتبه …، …»: what
    «وهو/وهي» says the person is, an indefinite noun and the words describing it, is the role, up to a
    verb that tells what they do (not «وهي تلف أوراق العنب»: a verb, what she was doing)."""
    if not toks or len(toks) > 14 or _key(toks[0][2]).startswith(("ال", "وال")) or _present_verb_like(st, toks[0][2]):
        return None
    if st.mentions_in(toks[0][0], toks[-1][1], labels=("PERSON", "ORG")):
        return None
    return _tidy_role(st.lex, st.text[toks[0][0] : toks[_before_a_verb(st, toks) - 1][1]])


def _before_a_verb(st: _State, toks: list) -> int:
    """How many words of a description ``toks`` come before a verb of what the person does or a
    particle before one («موظف حكومي لم يتقاضَ …»، «مواطن قطري كان يتسوق …»); all of them when none."""
    return next(
        (
            n for n, t in enumerate(toks)
            if n and (_present_verb_like(st, t[2]) or _key(t[2]) in _VERB_PARTICLES)
            # (not a noun counted, «أم لثلاثة تلاميذ», nor a name, «من نواحي تارودانت»)
            and not _numeral(toks[n - 1][2]) and not _overlapping(st, t[0], t[1], ("PERSON", "ORG", "LOC"))
        ),
        len(toks),
    )


def _numeral(tok: str) -> bool:
    """A number in figures or words, with ل or ب before it: «لثلاثة»، «بخمسة»، «12»."""
    k = _key(tok)
    k = k[1:] if k[:1] in ("ل", "ب") and k[1:] in _NUMERALS else k
    return k in _NUMERALS or k.isdigit()


_NUMERALS = frozenset(
    norm_key(w) for w in (
        "اثنين", "اثنتين", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة",
        "ثمان", "ثماني", "ثمانية", "تسع", "تسعة", "عشر", "عشرة",
    )
)
# particles before a verb: «لم يتقاضَ»، «لا يملك»، «قد تضطر»
_VERB_PARTICLES = frozenset(norm_key(w) for w in ("لم", "لا", "لن", "قد", "ولم", "ولا", "كان", "كانت"))


def _present_verb_like(st: _State, tok: str) -> bool:
    """A word that reads as a present-tense verb: «يعمل»، «تقيم»، «تستعد» (not a nisba adjective,
    «يمني»، «تونسية», a feminine noun, «تجربة», nor a title or calling, «تاجر»)."""
    w = dediac(tok)
    k = _key(tok)
    return (
        len(w) >= 3 and w[:1] in "يت" and not w.endswith(("ي", "ية", "ة", "ات", "اً"))
        and not _titled_word(st, tok, True) and k not in st.lex.stops
    )


def _title_opening(st: _State, seg: list) -> int | None:
    """Where a title opens the clause ``seg`` (within its first three words, after the verb or the
    opener: «وقال صاحب مطعم …»)."""
    return next((n for n, t in enumerate(seg[:3]) if _titled_word(st, t[2], n < len(seg) - 1)), None)


# «نائب رئيس …»، «مساعد وزير …»، «وكيل وزارة …»: one who stands in for a title holder, before the title
_DEPUTIES = frozenset(_bare(norm_key(w)) for w in ("نائب", "نائبة", "مساعد", "مساعدة", "معاون", "معاونة", "وكيل", "وكيلة"))


def _org_cue_word(tok: str) -> bool:
    """A body's noun that reads as a title too («المؤسسة» is the institution as often as the founder)."""
    return _bare(_noal(_key(tok))) in _ORG_TITLE_HOMOGRAPHS


_ORG_TITLE_HOMOGRAPHS = frozenset(_bare(norm_key(w)) for w in ("مؤسسة", "هيئة", "إدارة", "جمعية", "رابطة", "منظمة"))


def _titled_word(st: _State, tok: str, more: bool) -> bool:
    """A word that opens a role: an office, a calling with its article, or (with words after it) an
    owner or a calling in construct; not a body's noun («المؤسسة»)."""
    if _org_cue_word(tok):
        return False
    return _is_title(st.lex, tok) or _key(tok) in st.lex.callings or more and _owner_or_calling(st.lex, tok)


_HE_IS = frozenset("و" + w for w in _HE_IS_BARE)  # «وهو»، «وهي»
_ONE_OF_HER = frozenset(norm_key(w) for w in ("إحدى", "احدى"))
_ONE_OF = _ONE_OF_HER | frozenset(norm_key(w) for w in ("أحد", "احد"))
_THESE = frozenset(norm_key(w) for w in ("هؤلاء", "هولاء", "منهم", "منهن"))
_ONE_OF_THEM = frozenset(norm_key(w) for w in ("أحدهم", "إحداهن", "أحدهما", "إحداهما", "احدهم", "احداهن"))


# the generic words for one person or two: «مصدر»، «مسؤول»، «شاهد» (no plural after them)
_ONE_UNNAMED = frozenset(
    _bare(norm_key(w)) for w in ("مصدر", "مصدران", "مسؤول", "شاهد", "متحدث", "خبير", "محلل", "أحد")
)
# words in ـون/ـين that are no people: «مليون»، «قانون»، «زيتون»، numbers in the accusative
_NOT_PEOPLE_PLURALS = frozenset(
    norm_key(w) for w in ("مليون", "ملايين", "قانون", "زيتون", "ليمون", "صابون", "طاحون", "كانون", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "سنين", "بساتين", "ميادين", "قوانين", "دواوين", "براكين", "عناوين", "مضامين", "سلاطين", "شياطين", "فيديو", "راديو", "استوديو", "سيناريو", "كازينو")
)


def _people_plural(lex: _Lex, key: str) -> bool:
    """People left unnamed, by an indefinite word for what they are or do: a word of the generic and
    unnamed-plural lists («مصدر»، «مسؤولون»، «أولياء»), a sound masculine plural in any case
    («اقتصاديون»، «مستوردون»، «ناشطين»، «محللين») or in construct («منظمو رحلات»، «لاعبو المنتخب»); not a
    given name («ياسين») nor a noun in ـون/ـين («مليون»). (The generic words include some for one
    person: _ONE_UNNAMED tells them apart.)"""
    k = key.removeprefix("و") if key[:1] == "و" and len(key) > 5 else key
    b = _bare(k)
    if k.startswith("ال") or b in _NOT_PEOPLE_PLURALS or k in _NOT_PEOPLE_PLURALS or k in lex.first_names:
        return False
    return (
        b in lex.unnamed_plurals
        or b in lex.generic_people
        or (b.endswith("ا") and b[:-1] in lex.generic_people)  # «مصدراً», «سكاناً»
        or len(k) >= 5 and (k.endswith("ون") or k.endswith("ين"))
        or len(k) > 4 and k.endswith("و")
    )


def _but_opener_len(toks: list) -> int:
    """How many tokens «غير أن / إلا أن» (2) or «لكن» (1) take at the start of toks; 0 for none."""
    ks = [_key(t[2]) for t in toks[:2]]
    if len(ks) == 2 and ks[0] in _BUT_OPENERS and ks[1] in ("ان", "أن"):
        return 2
    return 1 if ks and ks[0] in ("لكن", "ولكن") else 0


def _unnamed_before(st: _State, rest: list, v_start: int) -> _Subject | None:
    """People left unnamed as the whole subject before the verb, by what they are and where they are
    from (at most eight words, no name, no punctuation, no other verb; an aside «، وهو …،» before the
    verb aside); None for anything else."""
    c = next((n for n, t in enumerate(rest) if t[2] in "،,"), None)
    if (
        c is not None and 1 <= c and c + 3 < len(rest) and rest[-1][2] in "،," and _key(rest[c + 1][2]) in _HE_IS
        and not any(t[2] in "،,;؛:()«»\"“”" for t in rest[c + 1 : -1])
    ):
        # «لكن أحد صغار الدائنين، وهو مستثمر فرد، قال:»: what «وهو» adds is no part of the subject
        # (but it is all that describes «أحد هؤلاء، وهو موظف حكومي …، قال:»)
        if c == 2 and _key(rest[0][2]) in _ONE_OF and _key(rest[1][2]) in _THESE:
            role = _described_after_he_is(st, rest[c + 2 : -1])
            return _Subject(None, role, "unnamed", 0.7) if role else None
        v_start = rest[c - 1][1]
        rest = rest[:c]
    if (
        # (people, not a body's noun or a report: «لكن شركة الربوة نفت»، «غير أن تقريراً …»)
        rest
        and _people_plural(st.lex, _key(rest[0][2]))
        and len(rest) <= 8
        and not any(t[2] in "،,;؛:()«»\"“”" for t in rest)
        and not st.mentions_in(rest[0][0], v_start, labels=("PERSON",))
        and not any(True for _ in _scan(st.text, st.lex.verb_words, rest[0][0], v_start))
    ):
        return _Subject(None, _described(st, rest[0][0], v_start, v_start), "unnamed", 0.7)
    return None


def _indefinite_calling(lex: _Lex, tok: str) -> bool:
    """A calling without its article («تاجر»، «سائق»، «وتاجر»): a title only in construct or described."""
    k = _key(tok).removeprefix("و") if _key(tok)[:1] == "و" and len(_key(tok)) > 3 else _key(tok)
    return not k.startswith("ال") and "ال" + _bare(k) in lex.callings


def _owner_or_calling(lex: _Lex, tok: str) -> bool:
    """An owner («صاحب»، «وصاحبة») or a calling without its article («تاجر»): a role in construct."""
    return _bare(_key(tok).removeprefix("و")) in _PROPRIETORS or _indefinite_calling(lex, tok)


def _calling_role(st: _State, a: int, b: int) -> str | None:
    """The role at a..b as _role_text reads a title, or the words of a calling or an owner in
    construct, which are no office («تاجر السيارات»، «سائق شاحنة من الخرج»; at most eight words)."""
    role = _role_text(st, a, b)
    if role is not None:
        return role
    toks = _tokens(st.text, a, b)
    if toks and 2 <= len(toks) <= 8 and _owner_or_calling(st.lex, toks[0][2]):
        rest = _key(toks[0][2])[1:]
        if st.text[a] == "و" and rest and ("ال" + _bare(rest) in st.lex.callings or _bare(rest) in _PROPRIETORS):
            a += 1  # «وتاجر السيارات»: the conjunction is no part of the role
        return st.text[a:b]
    return None


# Words after which a role's text is no longer the title: a relative clause, a day, a name given
# («يدعى»), whom one spoke to («تحدث») or who met them («التقتها»), one's saying (not «منذ»: the annotators keep how long one
# has held the calling, «صياد منذ ثلاثين عاماً»)
_ROLE_STOPS = frozenset(
    norm_key(w)
    for w in (
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "يوم", "أمس", "اليوم", "يدعى", "تدعى", "ويدعى", "وتدعى",
        "تحدث", "تحدثت", "تحدثوا",
        # whom the paper met: «ربة منزل التقتها صحيفة "القبس" في السوق»، «زوار التقتهم "الوطن"»
        "التقته", "التقتها", "التقتهم", "التقيناه", "التقيناها", "التقيناهم", "التقاه", "التقاها", "التقاهم",
    )
) | _SAYING_NOUNS


_COPULA = frozenset(norm_key(w) for w in ("هو", "هي", "هم"))


def _tidy_role(lex: _Lex, role: str) -> str | None:
    """A role's text up to what follows the title: «صاحب مصنع "ستيل مود" الذي يشغّل 280 عاملة»، «… قوله»،
    «سائق شاحنة يدعى …»، «مصدر في إحدى الشركات تحدث …»، the wish to stay unnamed («مسؤول في الوزارة طلب عدم
    نشر اسمه»), and what follows a comma («رئيس لجنة الخدمات في المجلس، النائب»)."""
    wish = _UNNAMED_WISH.search(role)
    if wish is not None:
        role = role[: wish.start()]
    parts = re.split("[،,]", role, maxsplit=1)
    if len(parts) == 2:
        # a title has no comma: what follows one describes the body («…، المنضوية تحت الاتحاد …»)
        # or is the title itself («أحدهم، وهو موظف متقاعد»)
        after = parts[1].split()
        role = " ".join(after[1:]) if len(after) > 1 and _key(after[0]) in _HE_IS else parts[0]
    words = role.split()
    if words and _key(words[0])[:1] == "و" and (_bare(_key(words[0])[1:]) in _DEPUTIES or _is_title(lex, words[0][1:])) and not _is_title(lex, words[0]):
        words[0] = words[0][1:]  # «ومساعد وزير السياحة … قال»: the conjunction is no part of the role
    elif words and len(k0 := _key(words[0])) > 5 and k0[:1] == "و" and _people_plural(lex, k0[1:]) and not _is_title(lex, words[0]):
        words[0] = words[0][1:]  # «وعاملون في المجال الإنساني»: nor before people in the plural
    cut = next(
        (
            n
            for n, w in enumerate(words)
            if n and (
                _key(w) in _ROLE_STOPS
                # where they spoke: «لاعبو المنتخب في أحاديث للصحفيين»
                or _key(w) in ("في", "خلال") and n + 1 < len(words) and _fold(_key(words[n + 1])) in _WHERE_SPOKEN
            )
        ),
        len(words),
    )
    words = words[:cut]
    if len(words) > 2 and _key(words[-1]) in lex.honorifics and _key(words[-2]).startswith(("ال", "بال", "لل", "وال")):
        words = words[:-1]  # «مدير المختبر الدكتور …»: the honorific before the name
    if len(words) > 1 and _key(words[-1]) in _COPULA:
        words = words[:-1]  # «رئيس مجلس ادارة الشركة هو السيد ناصر الطبسي»: "is", no part of the title
    out = " ".join(words).rstrip(" ،,")
    return out or None


def _whole_titles_back(quotes: list[QuoteDraft]) -> None:
    """«وقال مسؤول في وزارة النقل إن …» then «وأضاف المسؤول أن …»: one left unnamed, named back by
    the title's first word with the article, keeps the whole title the article gave them."""
    given: list[str] = []
    for q in sorted(quotes, key=lambda q: q.cue[0]):
        if q.role is None or q.speaker is not None:
            continue
        words = q.role.split()
        if len(words) == 1 and _key(words[0]).startswith("ال"):
            head = _bare(_noal(_key(words[0])))
            whole = next((r for r in reversed(given) if len(r.split()) > 1 and _bare(_key(r.split()[0])) == head), None)
            if whole is not None:
                q.role = whole
                continue
        given.append(q.role)


def _title_by_first_name(st: _State, s: int, e: int) -> str | None:
    """The title given with the name where the article first names the person whose (family) name
    is at (s, e): «تقدّم المصممة الإماراتية مريم الفلاسي …» then «وقالت الفلاسي»."""
    name = st.text[s:e]
    for x in st.mentions_in(0, s, labels=("PERSON",)):
        if x.text == name or x.text.endswith(" " + name):
            role = _title_by_name(st, x.start, x.end)
            if role is not None:
                return role
    return None


# «ووصف … الخطوة بأنها "بداية متأخرة لكنها ضرورية"»، «واصفاً ما يتداول … بأنه "شائعات لا أساس لها"»:
# a verb of describing, then «بأنه/بأنها/بأن/بـ» and the words in marks, a direct quote of the
# subject's (the describing verb is no cue of its own: «وصف الوزير القرار بأنه تاريخي» quotes nothing)
_DESCRIBED_AS_RE = re.compile(
    r"(?<!\S)(?P<v>[وف]?(?:وصف|وصفت|وصفوا|يصف|تصف|يصفون|واصف(?:اً|ًا|ا|ةً|ة|ين)))(?!\S)"
)
_AS_THAT_RE = re.compile(r"(?:^|\s)(?:بأنه|بأنها|بأنهم|بأنهن|بأن|بانه|بانها|بانهم|بان|بـ|ب)\s*$")
_DESCRIBE_GENDER = {
    **{norm_key(w): "m" for w in ("وصف", "يصف", "واصفاً", "واصفا", "واصفًا")},
    **{norm_key(w): "f" for w in ("وصفت", "تصف", "واصفة", "واصفةً")},
    **{norm_key(w): "p" for w in ("وصفوا", "يصفون", "واصفين")},
}


def _described_as(st: _State, m: re.Match) -> None:
    """«ووصف عضو لجنة النقل … حاتم الجارحي الخطوة بأنها "بداية متأخرة لكنها ضرورية"»: the words
    in marks after «بأنها» are the describer's, a direct quote (no indirect one: the object is the
    writer's). The subject is named after the verb (a title and its holder), before it, or carried
    for a participle."""
    text = st.text
    v_start, v_end = m.span("v")
    sent_end = st.sentence_end(v_start)
    i = bisect.bisect_left(st.open_pos, v_end)
    if i >= len(st.pairs):
        return
    p = st.pairs[i]
    if p.open >= sent_end or p.depth != 0 or p.claimed or p.unclosed:
        return
    gap = text[v_end : p.open]
    if not _AS_THAT_RE.search(gap) or _words(text, v_end, p.open) > 16 or any(c in gap for c in ".:؟?!«»\"“”"):
        return
    a, b = _trim(text, *p.content)
    if _words(text, a, b) < 3 or _trim(text, p.close + 1, min(len(text), p.close + 3))[0] < len(text) and text[
        _trim(text, p.close + 1, min(len(text), p.close + 3), " \t")[0]
    ] not in "،,.؛;\n":
        return  # (three words or more, as a partial quote: not «بأنه "عمل عدائي"»; the marks close the clause)
    word = norm_key(m.group("v"))
    core = word[1:] if word[:1] in "وف" and word not in _DESCRIBE_GENDER else word
    gender = _DESCRIBE_GENDER.get(core)
    if core.startswith(norm_key("واصف")):
        subj = _participle_subject(st, v_start, gender, core)
    else:
        ms = [x for x in st.mentions_in(v_end, p.open, labels=("PERSON", "ORG")) if not _governed(st, x)]
        x = ms[0] if ms else None
        lead = _tokens(text, v_end, x.start) if x is not None else []
        if x is not None and (not lead or _is_title(st.lex, lead[0][2])) and len(lead) <= 10 and not any(t[2] in "،," for t in lead):
            role = _role_text(st, v_end, x.start) if lead else x.role
            subj = _Subject((x.start, x.end), role, "named", 0.8, x.label)
        else:
            k = _kana_subject(st, v_start, gender)
            subj = (
                _Subject((k.start, k.end), k.role, "named", 0.75, k.label) if k is not None
                else _lookback(st, v_start, word[:1] == "ف", gender)
            )
            if subj.speaker is None and word[:1] == "و" and text[max(0, v_start - 3) : v_start].rstrip().endswith(("،", ",")):
                # «نفى وزير الدولة … أحمد هارون وجود أي أزمة …، ووصف التقارير بأنها "…"»: the
                # subject of the sentence's verb goes on
                subj = _carry(st, v_start, gender, same_sentence_only=True)
    p.claimed = True
    _emit(st, "direct", (a, b), (v_start, v_end), subj, gender, min(subj.confidence, 0.75))


# «"لا نريد سوى أن نعيش بكرامة"، بهذه العبارة لخّص حيدر كاظم، بائع الملابس …، معاناة …»: the
# words in marks, then «with these words» and a verb whose subject said them
_IN_THESE_WORDS_RE = re.compile(r"[»\"”]\s*[،,]\s*و?(?:بهذه|بتلك)\s+(?:العبارة|العبارات|الكلمات)\s+(?P<v>\S+)")


def _in_these_words(st: _State) -> None:
    """A quote opening its sentence, closed by «، بهذه العبارة/الكلمات» + a verb + the speaker (a
    title and its holder, or the holder then his title set off by commas)."""
    text = st.text
    for m in _IN_THESE_WORDS_RE.finditer(text):
        p = st.by_close.get(m.start())
        if p is None or p.claimed or p.depth != 0 or text[st.sentence_start(p.open) : p.open].strip():
            continue
        v_start, v_end = m.span("v")
        if st.mentions_in(v_start, v_end):
            continue
        sent_end = st.sentence_end(v_start)
        x = next(iter(st.mentions_in(v_end, sent_end, labels=("PERSON",))), None)
        if x is None:
            continue
        lead = _tokens(text, v_end, x.start)
        if len(lead) > 8 or any(t[2] in "،,:" for t in lead) or lead and not _is_title(st.lex, lead[0][2]):
            continue
        role = _role_text(st, v_end, x.start) if lead else None
        if role is None:
            app = re.match(r"\s*[،,]\s*([^،,.]{3,80}?)\s*[،,]", text[x.end : sent_end])
            if app is not None and _is_title(st.lex, app.group(1).split()[0]):
                role = app.group(1).strip()
        w = _fold(text[v_start:v_end])
        gender = "f" if w.endswith("ت") or w[:1] == "ت" else "m"
        p.claimed = True
        _emit(st, "direct", _trim(text, *p.content), (v_start, v_end), _Subject((x.start, x.end), role, "named", 0.75, "PERSON"), gender)


_ASKED_RE = re.compile(
    r"(?<![^\s])[وف]?(?:سئل|سئلت|سئلوا|يسأل|تسأل|سأله|سألها|سألته)\s+(?:\S+\s+){0,3}?"
    r"(?:إن|ان|إذا|اذا|عما|عن|هل|عمّا)(?!\S)"
)


# «« إن النقطة المسؤولة … » هذا ما قاله د. جيلبرتو بونر»، «"…" ، وهذا ما أكده الوزير»: the quote
# closing right before «هذا/ذلك (هو) ما» and a verb of saying with its pronoun (قاله، أكدته، صرح به)
# is that speaker's; the verb's subject follows it.
_THIS_IS_WHAT_RE = re.compile(
    r"[»”\"][ \t]*[،,]?[ \t]*(?:[وف]?(?:هذا|هذه|ذلك|هو))[ \t]+(?:هو[ \t]+)?(?:ما|الذي|التي)[ \t]+"
    r"(?P<v>[^\s،,.:]+?)(?P<obj>ه|ته|به)?(?:[ \t]+(?P<bih>به))?(?![^\s،,.:])"
)


def _this_is_what(st: _State, m: re.Match) -> None:
    text, lex = st.text, st.lex
    vk = norm_key(m.group("v") + ("ت" if m.group("obj") == "ته" else ""))
    if not (m.group("obj") or m.group("bih")) or vk not in lex.verbs:
        return
    lemma, gender = lex.verbs[vk]
    if gender in (None, "passive"):
        return
    p = _quote_before(st, m.start() + 1)
    if p is None or p.claimed or _words(text, *p.content) < 3 or _is_named_thing(st, p):
        return
    v_start, v_end = m.start("v"), m.end()
    # the subject runs to a comma or the sentence end (a title's dot is no end: «د. جيلبرتو»)
    sent_end = st.sentence_end(v_start)
    zone_b = v_end
    while zone_b < sent_end and text[zone_b] not in '،,؛;:«“"\n':
        zone_b += 1
    subj = _parse_subject(st, v_end, zone_b, lemma, gender, v_start)
    if subj.status != "named":
        return
    p.claimed = True
    _emit(st, "direct", p.content, (v_start, m.end("obj") if m.group("obj") else m.end("v")), subj, gender, min(subj.confidence, 0.85))


def _in_question(st: _State, pos: int) -> bool:
    """A cue inside the question put to someone («وسئل إن كان يعتبر زيارة شافيز … ، اعتبر كايسي
    أن»): the question runs to the next comma; its verb reports nothing."""
    a = st.sentence_start(pos)
    last = None
    for m in _ASKED_RE.finditer(st.text, a, pos):
        last = m
    if last is None:
        return False
    between = st.text[last.end() : pos]
    tok = st.text[pos : pos + 12].split()[0] if st.text[pos : pos + 12].split() else ""
    if tok.startswith("ف") or "جاب" in tok:
        return False  # «سأله … عما يشغله فأجاب محفوظ»: the answer
    return "،" not in between and "," not in between


def _dedupe(quotes: list[QuoteDraft], nested: set = frozenset()) -> list[QuoteDraft]:
    """One quote per content span; a cue found inside another quote's content loses to it."""
    out: dict[tuple[int, int], QuoteDraft] = {}
    for q in quotes:
        if q.content not in out:
            out[q.content] = q
    res = list(out.values())
    by_sent: dict[int, list[QuoteDraft]] = {}
    for q in res:
        if q.kind in ("indirect", "direct"):
            # (a direct quote after a colon has no marks to shield its words: «وقال: أعتقد أنه …»)
            by_sent.setdefault(q.sentence, []).append(q)
    keep = []
    for q in res:
        inside = q.kind != "direct" and q.cue not in nested and any(
            o is not q and o.content[0] <= q.cue[0] < o.content[1]
            for o in by_sent.get(q.sentence, ())
        )
        if not inside:
            keep.append(q)
    return keep
