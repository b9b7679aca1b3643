"""Canonical entities: match keys, phonetic keys, entity keys and within-article clustering.

Three keys, from strict to loose:

* :func:`match_key` — orthographic: :func:`pipeline.normalize.norm_key`, Latin accents, punctuation
  and spaces dropped (``فيس بوك`` = ``فيسبوك``, ``Spectrum-X`` = ``spectrum x``), organisation designators
  dropped for ORG (``شركة ميتا`` = ``ميتا``, ``Meta Inc.`` = ``meta``).
* :func:`phonetic_key` — for transliterated foreign names: the letter classes Arabic newsrooms use
  for one foreign sound are folded (غ/ج/ق/ك/گ for g, ف/ڤ for v, ب/پ for p, تش/چ/ش for ch, ث/ت for
  th, ز/س) and medial long vowels (ا و ي) are dropped, a final vowel kept as its class (ي; ا/ه/ة;
  و), so ``زوكربيرغ`` = ``زوكربيرج`` = ``زوكربرج`` and ``فيراري`` ≠ ``فيرارا``. Native Arabic
  words are *not* folded (جمال ≠ كمال, سمير ≠ سامر, حسن ≠ حسين): a token counts as native
  when it has a letter transliterations avoid (ح ع ص ض ط ظ ذ), starts with the article ال, is a
  name particle (بن، أبو، آل، عبد …), is a common Arabic given name (``_NATIVE_NAMES_TEXT``), is an
  ordinary word of four letters or more (data/words/common_words.txt: وزارة، مركز), or is a
  three-letter word with no long vowel (قلب، كلب، بنك). When folding leaves fewer than three
  consonants the name keeps its vowels (``ميتا`` stays ``ميتا`` ≠ ``ميتة``; ``أبل`` → ``ابل`` ≠
  ``أبو``), so short words never collapse together.
* :func:`entity_key` — the cross-article key ``LABEL:<key>``: from the lexicon entry's canonical
  Latin name (``ORG:nvidia``), else from a Latin name (``ORG:meta``), else ``LABEL:ar:<phonetic>``.
  :func:`alias_keys` gives every key a spelling is known under, so a store can join an Arabic-only
  spelling to an entity first keyed by its Latin name; ``entity_key(label, name, None)`` is always
  one of ``alias_keys(name, label)``.

Designator rule for banks: ``بنك`` / ``مصرف`` / ``Bank`` are *kept* in the key — they are part of the
name (بنك مصر is not مصر, البنك الأهلي is not the football club الأهلي). Only words that say "this
is a company" or "this is a news outlet" are dropped: leading شركة/مجموعة/The and
صحيفة/جريدة/مجلة/موقع/قناة/شبكة/وكالة; trailing القابضة, المحدودة, ش.م.ع and the other
Arabic legal forms, Inc., Corp., Co., Ltd., LLC, PLC, AG, SA, GmbH, Group, Holding(s).

Within one article (:func:`canonicalize`): drafts of one label join when they share a lexicon
entry, a match key or a phonetic key of any of their forms (the text, the Latin form beside it, the
Arabic form beside it); two groups with different lexicon entries never join. Then a shorter PERSON
name (a surname, a given name, ``بن سلمان``) joins the one longer name in the article that contains
its tokens in order; an ORG name joins the one longer ORG name it starts (``سامسونج`` →
``سامسونج للإلكترونيات``) unless it is an ordinary word. A short name that fits two or more longer
names (two people sharing a surname) is *ambiguous*: its drafts keep ``entity_key=None`` and no
entity is made for it — a wrong person is worse than none. Generic references (الشركة، الشركتان،
البنك، الوزارة …) are dropped from the returned drafts and never become entities.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Optional

from pipeline.drafts import MentionDraft
from pipeline.normalize import (
    arabic_digits_to_latin,
    dediac,
    fold_letters,
    is_arabic,
    is_latin,
    norm_key,
    strip_invisibles,
    strip_tatweel,
)
from pipeline.errors import ResourceError
from pipeline.resources import LexEntry, lexicon, word_list
from schemas.records import Entity

__all__ = [
    "match_key",
    "phonetic_key",
    "entity_key",
    "alias_keys",
    "resolve_key",
    "same_entity",
    "query_keys",
    "lexicon_patterns",
    "LexiconIndex",
    "build_lexicon_index",
    "canonicalize",
    "is_generic",
]

# --- tokens --------------------------------------------------------------------------------------

# Everything that is not a letter, a digit, "+" (OPEC+) or "&" (AT&T, e&) separates tokens.
_SPLIT_RE = re.compile(r"[^\w+&]+|_")


# Persian/Urdu letter forms that scraped Arabic text sometimes carries (ی ک ە): fold to Arabic.
_PERSIAN = str.maketrans({"ی": "ي", "ي": "ي", "ک": "ك", "ە": "ه", "ۀ": "ه", "ہ": "ه", "ۃ": "ة"})


def _latin_base(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base or ch


# Latin letters with accents to their base letter: Nestlé = Nestle, Erdoğan = Erdogan.
_LATIN_ACCENTS = str.maketrans({chr(c): _latin_base(chr(c)) for c in range(0xC0, 0x250) if _latin_base(chr(c)) != chr(c)})


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_LATIN_ACCENTS)
    text = dediac(strip_invisibles(strip_tatweel(text)))
    text = arabic_digits_to_latin(text).lower()
    return text.replace("&", " & ").replace("ء", "").translate(_PERSIAN)


@functools.lru_cache(maxsize=131072)
def _raw_tokens(name: str) -> tuple[tuple[str, str], ...]:
    """``(as written without diacritics, folded)`` per token; "&" becomes the token "and"."""
    out = []
    for tok in _SPLIT_RE.split(_clean(name)):
        if not tok:
            continue
        if tok == "&":
            out.append(("and", "and"))
        else:
            out.append((tok, fold_letters(tok)))
    return tuple(out)


# Organisation designators, folded (ة→ه, أ→ا). Leading ones only when a name follows.
# Media cue words count as designators too: «صحيفة الأهرام» = «الأهرام», «وكالة رويترز» = «رويترز».
_LEAD_DESIGNATORS = {"شركه", "مجموعه", "the", "صحيفه", "جريده", "مجله", "موقع", "قناه", "شبكه", "وكاله"}
_TRAIL_DESIGNATORS = {
    "القابضه", "المحدوده", "انك", "كورب", "ليمتد",
    "inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc",
    "ag", "sa", "se", "nv", "bv", "gmbh", "spa", "group", "holding", "holdings",
}
# Legal forms written with dots or spaces: ش.م.ع، ش م م، ذ.م.م، ش.م.ع.ق …
_TRAIL_SEQUENCES = [("ش", "م", "ع", "ق"), ("ش", "م", "ع"), ("ش", "م", "م"), ("ش", "م", "ب"),
                    ("ش", "م", "ك"), ("ش", "م", "ق"), ("ذ", "م", "م"),
                    # and Latin ones written with dots: S.A., N.V., L.L.C.
                    ("s", "p", "a"), ("s", "a"), ("n", "v"), ("b", "v"), ("l", "l", "c"), ("p", "l", "c")]


def _strip_designators(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    toks = list(tokens)
    while len(toks) > 1 and toks[0][1] in _LEAD_DESIGNATORS:
        toks = toks[1:]
    changed = True
    while changed and len(toks) > 1:
        changed = False
        for seq in _TRAIL_SEQUENCES:
            n = len(seq)
            if len(toks) > n and tuple(t[1] for t in toks[-n:]) == seq:
                toks = toks[:-n]
                changed = True
                break
        if not changed and toks[-1][1] in _TRAIL_DESIGNATORS:
            toks = toks[:-1]
            changed = True
    return toks


def _name_tokens(name: str, label: Optional[str]) -> list[tuple[str, str]]:
    toks = list(_raw_tokens(name))
    return _strip_designators(toks) if label == "ORG" else toks


@functools.lru_cache(maxsize=131072)
def match_key(name: str, label: str) -> str:
    """Orthographic key: folded letters, no diacritics/punctuation/spaces, no ORG designators.

    >>> match_key("شركة إنفيديا", "ORG") == match_key("انفيديا", "ORG")
    True
    """
    return "".join(t[1] for t in _name_tokens(name, label))


# --- phonetic key --------------------------------------------------------------------------------

_NATIVE_LETTERS = set("حعصضطظذ")
_PARTICLES = {"بن", "ابن", "بنت", "ابو", "ابي", "ام", "ال", "عبد", "ولد", "ذو", "دي", "دو", "فان", "فون", "دير", "لا", "لو", "de", "al", "el", "bin", "van", "von", "der"}
# One foreign sound, several Arabic letters: fold each class to one letter.
_PHON_MAP = str.maketrans({
    "ج": "ك", "غ": "ك", "ق": "ك", "گ": "ك", "ڨ": "ك", "ڭ": "ك",
    "ڤ": "ف", "ۋ": "ف", "پ": "ب", "چ": "ش", "ث": "ت", "ژ": "س", "ز": "س",
})
_VOWELS = set("اوي")


# Common Arabic given names and name words without a native marker letter: never folded, so that
# names one letter apart stay apart (سمير/سامر، سلمان/سليمان، جمال/كمال، قاسم/جاسم، ماجد/مجدي).
# Part of the key definition: adding a name here changes the keys of names that contain it.
_NATIVE_NAMES_TEXT = """
امين امينه امل اميره امير انس انور ايمن ايوب اسامه اسماء اشرف اكرم ابراهيم اسماعيل ايمان ايهاب
اياد امال ايه اريج انيس انيسه الياس ادريس ادهم اسيل اسيا انيسه اروى
بدر بسام باسل باسم بشير بشري بلال بهاء بكر بكري بركات بسمه بثينه
تامر توفيق تركي تيسير تقي
ثامر ثريا ثابت
جمال جميل جميله جاسم جابر جاسر جلال جواد جود جودي جمانه جهان
دينا ديما دانه دانيا ديانا داود دلال
رامي رانيا رنا ريم ريما رشا رشيد رائد راشد رياض رووف رزق رمزي رفيق راني رنده روان رويده ريان
زياد زينب زكي زكريا زهير زيد زيدان زين زينه زهره زهراء
سمير سامر سامي سمر سميره سلمان سليمان سليم سلمى سلوى سهى سهير سهام سوسن سيف سند سنان سالم ساميه ساره سيد سوزان سرور سماح سناء
شادي شريف شاكر شهد شيماء شمس شوقي شكري شيرين شاديه شهاب شريفه شيخ
غسان غاده غالب غانم غدير غزال
فواد فايز فايزه فيروز فهد فواز فراس فريد فريده فادي فاديه فتحي فكري فوزي فوزيه فيصل فاروق فرج
قاسم قيس
كريم كريمه كامل كمال كنان كوثر
لينا لينه ليلى لبنى لوي لميس لولوه
ماهر ماهره مازن مراد مروان مروه مريم مهند مهدي موسى مومن ميار ميساء ميسون ميرفت مي مجدي ماجد مجد منير منار منى مبارك مرسي مسلم منيب ميلاد مجيد ملك مها ماريه مروه مريم مدني
نادر ناديه نبيل نبيله نجيب نجيبه نجلاء نجوى نور نورا نوره نوال نايف نواف نزار نسرين نشوى نبيه نهى نهاد ناجي نديم
هشام هاني هانيه هند هدى هيثم هيفاء هاله هبه همام هاجر هادي هيام
وليد وائل وسام وفاء وجدي وداد وهيب وهبه ولاء
خالد خليل خلود خوله خالده خيري خلف خميس خلفان
يوسف يونس يزيد يسرى يمنى يامن ياسمين ياسر يسري ياسين يسار يمان يحيى
"""


@functools.lru_cache(maxsize=1)
def _native_names() -> frozenset[str]:
    return frozenset(fold_letters(w).replace("ء", "") for w in _NATIVE_NAMES_TEXT.split())


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """data/words/common_words.txt (ordinary words of news text: وزارة، سوق، مركز), folded."""
    try:
        words = word_list("common_words")
    except ResourceError:
        return frozenset()
    return frozenset(w.replace("ء", "") for w in (fold_letters(x) for x in words) if " " not in w)


@functools.lru_cache(maxsize=65536)
def _is_native(written: str, folded: str) -> bool:
    """True for a token that is not a transliterated foreign name: compared as written."""
    if folded in _PARTICLES or not is_arabic(folded):
        return True
    if _NATIVE_LETTERS & set(folded):
        return True
    if folded.startswith("ال") and len(folded) > 3:
        return True
    # Ordinary words of four letters or more; shorter ones are also syllables of transliterations
    # (كون in فوكس كون، آب in واتس آب).
    if folded in _native_names() or (len(folded) >= 4 and folded in _common_words()):
        return True
    # A three-letter word with no long vowel is an Arabic root word (قلب، كلب، بنك).
    return len(folded) == 3 and not (_VOWELS & set(folded[1:]))


def _fold_consonants(folded: str) -> str:
    return folded.replace("تش", "ش").translate(_PHON_MAP)


def _skeleton(folded: str, final_vowel: bool = True) -> str:
    """Consonant skeleton: classes folded, final ه read as ا, doubles collapsed, non-initial vowels
    dropped except a final one (kept as its class unless ``final_vowel`` is false)."""
    s = _fold_consonants(folded)
    if len(s) > 2 and s.endswith("ه"):
        s = s[:-1] + "ا"  # ة/ه and ا end a transliteration alike (نوكيا، نوكيه)
    s = re.sub(r"(.)\1+", r"\1", s)  # doubled letters (no shadda in transliterations): collapse first
    # A final vowel is kept as its class (فيراري ≠ فيرارا, ماريو ≠ ماريا); medial ones are dropped.
    final = {"ي": "ي", "ا": "ا", "و": "و"}.get(s[-1], "") if len(s) > 2 and final_vowel else ""
    return s[0] + "".join(ch for ch in s[1:] if ch not in _VOWELS) + final


def _phonetic_tokens(tokens: list[tuple[str, str]]) -> list[str]:
    """Phonetic pieces of a name: native tokens as written (folded letters only); each run of
    consecutive foreign tokens as the skeleton of the run written together (so ``واتس اب`` =
    ``واتساب``). When the skeletons of the whole name are shorter than three letters, the foreign
    runs keep their vowels (consonant classes still folded)."""
    pieces: list[tuple[bool, str]] = []
    for written, folded in tokens:
        foreign = not (is_latin(folded) or folded.isdigit() or _is_native(written, folded))
        if foreign and pieces and pieces[-1][0]:
            pieces[-1] = (True, pieces[-1][1] + folded)
        else:
            pieces.append((foreign, folded))
    skels = [_skeleton(p) if f else p for f, p in pieces]
    # count consonants only: the final vowel class a skeleton may end with does not count
    if sum(len(_skeleton(p, final_vowel=False)) for f, p in pieces if f) < 3:
        skels = [_fold_consonants(p) if f else p for f, p in pieces]
    # A skeleton that spells a native name or word is marked, so that إيناس (skeleton انس) stays
    # apart from أنس written in full.
    return [k + "~" if f and k != p and (k in _native_names() or k in _common_words()) else k
            for (f, p), k in zip(pieces, skels)]


def phonetic_key(name: str) -> str:
    """Key that treats the spellings of one transliterated foreign name as one (see module doc).

    >>> phonetic_key("زوكربيرغ") == phonetic_key("زوكربيرج")
    True
    >>> phonetic_key("أبل") == phonetic_key("أبو")
    False
    """
    return "".join(_phonetic_tokens(_raw_tokens(name)))


@functools.lru_cache(maxsize=131072)
def _token_keys_cached(name: str, label: Optional[str]) -> tuple[str, ...]:
    out: list[str] = []
    for tok in _name_tokens(name, label):
        out.extend(_phonetic_tokens([tok]))
    return tuple(out)


def _token_keys(name: str, label: Optional[str]) -> list[str]:
    """Phonetic key per token, each decided on its own (for partial-name matching)."""
    return list(_token_keys_cached(name, label))


# --- entity keys ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=131072)
def _arabic_key(label: str, name: str) -> str:
    return f"{label}:ar:" + "".join(_phonetic_tokens(_name_tokens(name, label)))


def resolve_key(name: str, label: str, latin: str | None = None, entries: Iterable[LexEntry] | None = None) -> str:
    """:func:`entity_key` after looking the spelling up in the lexicon (shipped by default)."""
    idx = _index_for(entries)
    lex = idx.find(label, name) or (idx.find(label, latin) if latin else None)
    return entity_key(label, name, latin, lex)


def same_entity(a: tuple[str, str], b: tuple[str, str], entries: Iterable[LexEntry] | None = None) -> bool:
    """Would a store merge spelling ``a`` = (label, name) with ``b``: equal resolved keys, or one's
    key among the other's alias keys. Different labels never merge."""
    if a[0] != b[0]:
        return False
    ka, kb = resolve_key(a[1], a[0], entries=entries), resolve_key(b[1], b[0], entries=entries)
    return ka == kb or kb in alias_keys(a[1], a[0]) or ka in alias_keys(b[1], b[0])


def entity_key(label: str, name: str, latin: str | None, lex: LexEntry | None = None) -> str:
    """The deterministic cross-article key: ``ORG:nvidia`` (from the lexicon entry's Latin name, or
    from ``latin``, or from a Latin-script ``name``), else ``ORG:ar:<phonetic key>``."""
    if lex is not None:
        if lex.latin:
            return f"{label}:{match_key(lex.latin, label)}"
        name = lex.name
    elif latin and match_key(latin, label):
        return f"{label}:{match_key(latin, label)}"
    if not is_arabic(name) and match_key(name, label):
        return f"{label}:{match_key(name, label)}"
    return _arabic_key(label, name)


def alias_keys(name: str, label: str) -> set[str]:
    """The keys a spelling is looked up under: ``LABEL:<match key>`` for a Latin-script spelling,
    ``LABEL:ar:<phonetic key>`` for an Arabic one (both for a mixed one). ``entity_key(label, name,
    None)`` is always among them."""
    keys = {entity_key(label, name, None)}
    if is_arabic(name):
        keys.add(_arabic_key(label, name))
    if is_latin(name) and match_key(name, label):
        keys.add(f"{label}:{match_key(name, label)}")
    return keys


# --- lexicon -------------------------------------------------------------------------------------


def _matchable(entry: LexEntry) -> tuple[str, ...]:
    forms = list(entry.spellings)
    if entry.attrs.get("nomatch") in {"1", "true", "yes"} and entry.name != entry.latin:
        forms = [f for f in forms if f != entry.name]
    return tuple(forms)


def lexicon_patterns(entries: Iterable[LexEntry]) -> list[tuple[str, list[str], LexEntry]]:
    """``(label, normalised token sequence, entry)`` for every spelling worth matching in raw text.

    Tokens are :func:`pipeline.normalize.norm_key` split on spaces (so ``Spectrum-X`` is one token
    ``spectrum-x``). Names marked ``nomatch=1`` (ordinary words such as مصدر، الجزيرة) are left
    out; their aliases and Latin names stay. One pattern per (label, tokens, entry)."""
    from pipeline.normalize import norm_key

    out: list[tuple[str, list[str], LexEntry]] = []
    seen: set[tuple[str, tuple[str, ...], str]] = set()
    for entry in entries:
        for form in _matchable(entry):
            toks = norm_key(form).split()
            sig = (entry.label, tuple(toks), entry.origin or entry.name)
            if toks and sig not in seen:
                seen.add(sig)
                out.append((entry.label, toks, entry))
    return out


@dataclass
class LexiconIndex:
    """Entries by (label, match key) and (label, phonetic key) of every spelling."""

    by_match: dict[tuple[str, str], LexEntry] = field(default_factory=dict)
    by_phonetic: dict[tuple[str, str], Optional[LexEntry]] = field(default_factory=dict)

    def find(self, label: str, form: str) -> Optional[LexEntry]:
        """The entry a detected mention's form names, if any (phonetic matches only when unique)."""
        if not form:
            return None
        mk = match_key(form, label)
        if mk and (label, mk) in self.by_match:
            return self.by_match[(label, mk)]
        if is_arabic(form):
            return self.by_phonetic.get((label, _arabic_key(label, form)))
        return None

    def lookup(self, tokens_norm: list[str], label: Optional[str] = None) -> list[LexEntry]:
        """Entries whose spelling equals the normalised tokens (any label unless given)."""
        text = " ".join(tokens_norm)
        labels = [label] if label else ["ORG", "PRODUCT", "PERSON", "LOC"]
        return [e for lb in labels if (e := self.find(lb, text)) is not None]


def build_lexicon_index(entries: Iterable[LexEntry]) -> LexiconIndex:
    """Index lexicon entries for :meth:`LexiconIndex.find`; the first entry wins a shared key."""
    idx = LexiconIndex()
    for entry in entries:
        for form in entry.spellings:
            mk = match_key(form, entry.label)
            if mk:
                idx.by_match.setdefault((entry.label, mk), entry)
            if is_arabic(form):
                pk = (entry.label, _arabic_key(entry.label, form))
                if pk in idx.by_phonetic and idx.by_phonetic[pk] is not entry and idx.by_phonetic[pk] != entry:
                    idx.by_phonetic[pk] = None  # ambiguous: two entries sound alike
                else:
                    idx.by_phonetic[pk] = entry
    return idx


@functools.lru_cache(maxsize=4)
def _default_index(extra: tuple[str, ...] = ()) -> LexiconIndex:
    return build_lexicon_index(lexicon(extra))


@functools.lru_cache(maxsize=8)
def _cached_index(entries: tuple[LexEntry, ...]) -> LexiconIndex:
    return build_lexicon_index(entries)


def _index_for(entries: Iterable[LexEntry] | None) -> LexiconIndex:
    """The shipped lexicon's index, or one for the given entries (cached when they are a tuple,
    as :func:`pipeline.resources.lexicon` returns them)."""
    if entries is None:
        return _default_index()
    return _cached_index(entries if isinstance(entries, tuple) else tuple(entries))


def query_keys(name: str, entries: Iterable[LexEntry] | None = None) -> set[str]:
    """Every key a user's query string may be stored under, across labels (for ``naba entity NAME``):
    the lexicon entry's key when the spelling names one, and the spelling's own alias keys."""
    idx = _index_for(entries)
    keys: set[str] = set()
    for label in ("PERSON", "ORG", "LOC", "PRODUCT"):
        lex = idx.find(label, name)
        if lex is not None:
            keys.add(entity_key(label, lex.name, lex.latin, lex))
        keys |= alias_keys(name, label)
    return keys


# --- within one article --------------------------------------------------------------------------

# Words that refer back to an organisation (or a person) without naming it: never entities.
_GENERIC_WORDS = {
    "شركه", "الشركه", "الشركتان", "الشركتين", "الشركات", "شركات", "مجموعه", "المجموعه", "المجموعتان",
    "البنك", "المصرف", "البنكان", "الوزاره", "الهيئه", "الصحيفه", "الجريده", "الموقع", "القناه",
    "الوكاله", "المنظمه", "الحكومه", "الجامعه", "المؤسسه", "الصندوق", "المجلس", "الاتحاد",
    "المنصه", "التطبيق", "الرئيس", "المدير", "الوزير", "الشريك", "الشريكان", "العملاق", "عملاق",
    "الدوله", "البلاد", "المدينه", "العاصمه", "المنتج", "الجهاز", "المعالج", "الرقاقه",
    "company", "the company", "group",
    # people by what they are, no name: «وأكد الرجلان أن …» after «بوش» and «بلير»
    "الرجل", "الرجلان", "الرجلين", "الرجال", "المراه", "السيده", "الزعيمان", "الزعيمين", "الطرفان",
    "الطرفين", "الجانبان", "الجانبين", "الوزيران", "الوزيرين", "الرئيسان", "الرئيسين",
}
_CLITICS = ("و", "ف", "ب", "ل", "ك")


def _fold_word(word: str) -> str:
    """A word list entry folded the way :func:`_raw_tokens` folds text (ئ→ي, ؤ→و, no ء)."""
    return fold_letters(word).replace("ء", "")




@functools.lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(" ".join(_fold_word(w) for w in g.split()) for g in _GENERIC_WORDS)


@functools.lru_cache(maxsize=65536)
def is_generic(text: str) -> bool:
    """True for a reference that names nothing: «الشركة», «والشركتان», «البنك»."""
    toks = _raw_tokens(text)
    if not toks:
        return True
    folded = " ".join(t[1] for t in toks)
    if folded in _generic():
        return True
    if len(toks) == 1:
        w = toks[0][1]
        for c in ("لل", "ول", "بال", "وال", "فال", "كال") + _CLITICS:
            if w.startswith(c) and (w[len(c):] in _generic() or "ال" + w[len(c):] in _generic()):
                return True
    return False


_ORG_CUE_WORDS = {
    "شركه": "company", "شركات": "company", "مجموعه": "company", "بنك": "company", "مصرف": "company",
    "البنك": "company", "المصرف": "company",
    "وزاره": "government", "هيئه": "government", "سلطه": "government", "حكومه": "government",
    "الهيئه": "government", "الوزاره": "government",
    "صحيفه": "media", "جريده": "media", "موقع": "media", "قناه": "media", "مجله": "media",
    "شبكه": "media", "اذاعه": "media", "تلفزيون": "media",
    "منظمه": "other", "جامعه": "other", "اتحاد": "other", "الاتحاد": "other", "المنظمه": "other",
}


@functools.lru_cache(maxsize=1)
def _news_words() -> frozenset[str]:
    return frozenset(_fold_word(w) for w in ("انباء", "الانباء", "الصحافه", "اخبار", "الاخبار"))


@functools.lru_cache(maxsize=1)
def _org_cues() -> dict[str, str]:
    return {_fold_word(k): v for k, v in _ORG_CUE_WORDS.items()}


def _peel(word: str) -> str:
    for c in ("وب", "ول", "وك", "فل", "فب") + _CLITICS:
        if word.startswith(c) and (word[len(c):] in _org_cues() or word[len(c):] == "وكاله"):
            return word[len(c):]
    return word


def _org_type_from_words(words: list[str]) -> Optional[str]:
    """org_type from the first cue word of a name or of the words just before it."""
    for i, w in enumerate(words):
        w = _peel(w)
        if w in ("وكاله", "الوكاله"):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            return "media" if nxt in _news_words() else None
        if w in _org_cues():
            if w in ("البنك", "بنك", "مصرف", "المصرف") and "المركزي" in words:
                return "government"
            return _org_cues()[w]
    return None


@dataclass
class _Item:
    draft: MentionDraft
    index: int
    forms: list[str]
    lex: Optional[LexEntry]


class _Clusters:
    def __init__(self, items: list[_Item]):
        self.parent = list(range(len(items)))
        self.lex: dict[int, set[int]] = {i: ({id(it.lex)} if it.lex else set()) for i, it in enumerate(items)}
        self.lex_obj = {id(it.lex): it.lex for it in items if it.lex}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int, force: bool = False) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        la, lb = self.lex[ra], self.lex[rb]
        if la and lb and la != lb and not force:
            return False
        self.parent[rb] = ra
        self.lex[ra] = la | lb
        return True


def _form_keys(label: str, form: str) -> set[str]:
    keys = set()
    mk = match_key(form, label)
    if mk:
        keys.add("m:" + mk)
    if is_arabic(form):
        keys.add("p:" + _arabic_key(label, form))
    return keys


def _word_tokens_before(text: str, start: int, n: int = 2) -> list[str]:
    before = text[max(0, start - 40) : start]
    return [t[1] for t in _raw_tokens(before)][-n:]


def canonicalize(
    text: str,
    drafts: list[MentionDraft],
    entries: Iterable[LexEntry] | None = None,
) -> tuple[list[MentionDraft], list[Entity]]:
    """Group one article's drafts into entities; set each kept draft's ``entity_key``.

    Returns the drafts (generic references such as «الشركة» removed; ambiguous bare surnames kept
    with ``entity_key=None``) and one :class:`schemas.records.Entity` per entity, in order of first
    mention. ``entries`` defaults to the shipped lexicon; drafts that carry ``lex`` use it.
    Drafts of labels other than PERSON/ORG/LOC/PRODUCT (dates, amounts) pass through untouched.
    """
    idx = _index_for(entries)
    named = {"PERSON", "ORG", "LOC", "PRODUCT"}
    kept: list[MentionDraft] = []
    items: list[_Item] = []
    for d in drafts:
        if d.label not in named:
            kept.append(d)
            continue
        if is_generic(d.text) or not match_key(d.text, d.label):
            continue
        kept.append(d)
        # (a short name given beside a body's, «الهيئة العامة للموانئ "موانئ"», carries the full one)
        forms = [f for f in (d.text, _after_lil(d.text, d.label), d.latin, d.arabic, d.extra.get("same_as")) if f]
        lex = d.lex if d.lex is not None and d.lex.label == d.label else None
        if lex is None:
            for f in forms:
                lex = idx.find(d.label, f)
                if lex is not None:
                    break
        items.append(_Item(d, len(items), forms, lex))

    cl = _Clusters(items)
    # 1. Same lexicon entry, or a shared match / phonetic key of any form (same label only).
    owner: dict[tuple[str, str], int] = {}
    for it in items:
        if it.lex is not None:
            k = (it.draft.label, "lex:" + (it.lex.origin or it.lex.name) + "|" + (it.lex.latin or ""))
            if k in owner:
                cl.union(owner[k], it.index)
            else:
                owner[k] = it.index
    for it in items:
        for f in it.forms:
            for k in _form_keys(it.draft.label, f):
                key = (it.draft.label, k)
                if key in owner:
                    cl.union(owner[key], it.index)
                else:
                    owner[key] = it.index

    # 2. Partial names: a shorter name joins the single longer name containing it.
    groups: dict[int, list[_Item]] = {}
    for it in items:
        groups.setdefault(cl.find(it.index), []).append(it)
    seqs: dict[int, list[list[str]]] = {}
    for root, members in groups.items():
        label = members[0].draft.label
        s = []
        for it in members:
            for f in it.forms:
                if is_arabic(f) or label == "PERSON":
                    tk = _token_keys(f, label)
                    if tk and tk not in s:
                        s.append(tk)
        seqs[root] = s
    ambiguous: set[int] = set()
    roots = sorted(groups, key=lambda r: -max((len(s) for s in seqs[r]), default=0))
    for r in roots:
        label = groups[r][0].draft.label
        if label not in ("PERSON", "ORG"):
            continue
        own = seqs[r]
        if not own:
            continue
        name = max(own, key=len)  # the cluster's fullest name decides whether it is a partial one
        if label == "PERSON" and all(t in _PARTICLES for t in name):
            continue
        r_lex = cl.lex[cl.find(r)]
        if label == "ORG":
            # a known organisation (lexicon) is never a prefix of another one: أمازون ≠ أمازون ويب سيرفيسز
            first_written, first_folded = _name_tokens(groups[r][0].draft.text, label)[0]
            if r_lex or _is_native(first_written, first_folded):
                continue
        cands = set()
        for other in roots:
            if other == r or other in ambiguous or groups[other][0].draft.label != label:
                continue
            ro = cl.find(other)
            if ro == cl.find(r):
                continue
            o_lex = cl.lex[ro]
            if r_lex and o_lex and r_lex != o_lex:
                continue
            for sq in seqs[other]:
                if len(sq) > len(name) and _contains(sq, name, prefix_only=(label == "ORG")):
                    cands.add(ro)
        if len(cands) == 1:
            target = cands.pop()
            keep = cl.lex[target]
            cl.union(target, r, force=True)
            cl.lex[cl.find(target)] = set(keep)
            for it in groups[r]:
                # a surname alias of a lexicon person (ترامب) yields to the full name in the article
                if it.lex is not None and id(it.lex) not in keep:
                    it.lex = None
        elif len(cands) > 1:
            ambiguous.add(r)

    # 2b. «البنك المركزي» after «بنك المغرب»: the central bank by its description is the one
    # central bank the article names (a lexicon entry with central_bank=1, or a name with «المركزي»).
    _central_bank_by_description(items, cl, ambiguous)

    # 3. Entities.
    final: dict[int, list[_Item]] = {}
    for it in items:
        final.setdefault(cl.find(it.index), []).append(it)
    by_key: dict[str, list[_Item]] = {}
    order: list[str] = []
    for root, members in final.items():
        if root in ambiguous:  # a partial name that fits two or more names: no entity
            continue
        ekey = _cluster_key(members)
        if ekey not in by_key:
            by_key[ekey] = []
            order.append(ekey)
        by_key[ekey].extend(members)
    entities: list[Entity] = []
    for ekey in sorted(order, key=lambda k: min(it.draft.start for it in by_key[k])):
        members = sorted(by_key[ekey], key=lambda it: it.draft.start)
        for it in members:
            it.draft.entity_key = ekey
        entities.append(_make_entity(text, ekey, members))
    return kept, entities


@functools.lru_cache(maxsize=1)
def _central_bank_words() -> tuple[frozenset[str], str]:
    # (built on first use: norm_key loads camel-tools, which `naba query` must not import)
    return frozenset(norm_key(w) for w in ("البنك المركزي", "المصرف المركزي", "بنك المركزي")), norm_key("المركزي")


def _central_bank_by_description(items: list[_Item], cl: _Clusters, ambiguous: set[int]) -> None:
    """Join the cluster named only «البنك المركزي»/«المصرف المركزي» to the one central bank the
    article names, when that bank is named before it."""
    described, central = _central_bank_words()
    generic: dict[int, list[_Item]] = {}
    banks: dict[int, int] = {}  # root → first start
    for it in items:
        if it.draft.label != "ORG":
            continue
        root = cl.find(it.index)
        key = norm_key(it.draft.text)
        words = key.split()
        if key in described and it.lex is None:
            generic.setdefault(root, []).append(it)
        elif (it.lex is not None and it.lex.attrs.get("central_bank") == "1") or (
            central in words and key not in described and words[0].removeprefix("ال") in ("بنك", "مصرف")
        ):
            banks[root] = min(banks.get(root, it.draft.start), it.draft.start)
    for root, members in generic.items():
        if any(norm_key(f) not in described for it in members for f in it.forms):
            continue  # (a cluster with a fuller name of its own)
        first = min(it.draft.start for it in members)
        named = {cl.find(b) for b in banks} - {cl.find(root)}
        # (named before the description: the article introduces the bank by its name)
        before = {cl.find(b) for b, at in banks.items() if at < first} - {cl.find(root)}
        if len(named) == 1 and before and root not in ambiguous:
            cl.union(named.pop(), root, force=True)


def _contains(seq: list[str], part: list[str], prefix_only: bool) -> bool:
    n = len(part)
    if prefix_only:
        return seq[:n] == part
    # (not right after «بن»: «خالد بن محمد بن زايد آل نهيان» is the son, not the father named inside)
    return any(seq[i : i + n] == part and not (i > 0 and seq[i - 1] in _SON_OF) for i in range(len(seq) - n + 1))


_SON_OF = {"بن", "ابن", "بنت", "bin"}


def _cluster_lex(members: list[_Item]) -> Optional[LexEntry]:
    lexes = [it.lex for it in members if it.lex is not None]
    if not lexes:
        return None
    counts = Counter(id(x) for x in lexes)
    best = max(counts, key=lambda k: counts[k])
    return next(x for x in lexes if id(x) == best)


def _latin_forms(members: list[_Item]) -> list[str]:
    out = []
    for it in members:
        for f in (it.draft.latin, it.draft.text):
            if f and is_latin(f) and not is_arabic(f):
                out.append(f.strip())
    return out


def _arabic_forms(members: list[_Item]) -> list[str]:
    out = []
    for it in members:
        for f in (it.draft.text, it.draft.arabic):
            if f and is_arabic(f):
                out.append(_display(f, it.draft.label))
    return out


def _after_lil(text: str, label: str) -> Optional[str]:
    """A body or place written after ل, whose article lost its alif: «للبنك الدولي» → «البنك الدولي»."""
    first = text.split(" ", 1)[0]
    if label in ("ORG", "LOC") and first.startswith("لل") and len(first) >= 4 and is_arabic(first[2]):
        return "ال" + text[2:]
    return None


def _display(form: str, label: str) -> str:
    """A surface form without a leading «شركة» or the ل of «للبنك الدولي» (the name, not the designator)."""
    form = " ".join(form.split())
    form = _after_lil(form, label) or form
    if label == "ORG":
        parts = form.split(" ", 1)
        if len(parts) == 2 and fold_letters(dediac(parts[0])) in ("شركه",):
            return parts[1]
    return form


def _pick(forms: list[str]) -> Optional[str]:
    """The fullest form (most words), then the most frequent, then the first."""
    if not forms:
        return None
    counts = Counter(forms)
    first = {f: i for i, f in reversed(list(enumerate(forms)))}
    return max(counts, key=lambda f: (len(f.split()), counts[f], -first[f]))


def _cluster_key(members: list[_Item]) -> str:
    label = members[0].draft.label
    lex = _cluster_lex(members)
    if lex is not None:
        return entity_key(label, lex.name, lex.latin, lex)
    latins = _latin_forms(members)
    latin = Counter(latins).most_common(1)[0][0] if latins else None
    name = _pick(_arabic_forms(members)) or latin or members[0].draft.text
    return entity_key(label, name, latin)


def _make_entity(text: str, ekey: str, members: list[_Item]) -> Entity:
    label = members[0].draft.label
    lex = _cluster_lex(members)
    latins = _latin_forms(members)
    latin_seen = Counter(latins).most_common(1)[0][0] if latins else None
    if lex is not None:
        name = lex.name
        latin = lex.latin or latin_seen
    else:
        latin = latin_seen
        name = _pick(_arabic_forms(members)) or _pick(latins) or members[0].draft.text
    aliases: list[str] = []
    for it in members:
        # the mention itself, and the form given beside it when the article writes it («ميتا (Meta)»)
        for f in (it.draft.text, it.draft.latin, it.draft.arabic):
            if f and f not in aliases and (f == it.draft.text or f in text):
                aliases.append(f)
    org_type = None
    if label == "ORG":
        if lex is not None and lex.attrs.get("org_type") in ("company", "government", "media", "other"):
            org_type = lex.attrs["org_type"]
        for it in members:
            if org_type:
                break
            if it.draft.org_type in ("company", "government", "media", "other"):
                org_type = it.draft.org_type
                break
            words = _word_tokens_before(text, it.draft.start) + [t[1] for t in _raw_tokens(it.draft.text)]
            org_type = _org_type_from_words(words)
    role = None
    if label == "PERSON":
        role = next((it.draft.role for it in members if it.draft.role), None)
    return Entity(key=ekey, label=label, name=name, latin=latin, aliases=aliases, org_type=org_type, role=role)
