"""Token features for naba's CRF named-entity model (pipeline/ner.py).

Every feature of a token is built from the token itself or from the words around it (a ±2 window).
The per-word part is computed once per distinct word and cached, with the window offset already
written into each feature name, so that a sentence's feature lists are plain list concatenations:
no per-token string work happens after a word has been seen once.

Word-level features:

* the normalised form (:func:`pipeline.normalize.norm_key`) and its clitic-peeled readings
  (:func:`pipeline.normalize.peel_clitics`), with the peeled clitic;
* prefixes and suffixes of 1–4 letters of the form and of its longest peeled reading;
* shape: Arabic / Latin / digits / punctuation, length class;
* dictionary membership (simplemma's Arabic lemma dictionary: names are mostly missing from it);
* gazetteers learned from training data: for each label, how often the form (or a peeled reading)
  was part of an entity, and how often it was seen at all (frequency class);
* cue lists: words that announce a person (titles, reporting verbs), an organisation (شركة، وزارة)
  or a place (مدينة، العاصمة), given in data/words/ner_cues_*.txt and stored with the model.

Sentence-level: multi-word entity phrases of the gazetteer (``ph=B-ORG`` / ``ph=I-ORG``).
Document-level (the second pass, :func:`doc_features`): first-pass tags and the tags the same forms
received elsewhere in the document.

Feature groups switch parts on or off (``FeatureExtractor(groups=...)``): affix, peel, dict, gaz,
cue, bigram, phrase, rawknown (dictionary lookup of the written form, not the folded key), wfreq
(wordfreq Zipf classes; needs dict), quoted (short stretches in quotation marks and the cue before
them) — the shipped model's — and raw (unfolded form), ngram (character trigrams), nbaffix
(neighbours' affixes), cldr (membership in the place / organisation / language / currency names of
the Unicode CLDR, data/words/ner_lex_*.txt, single words and multi-word matches), wfl (wordfreq's
large Arabic list for the frequency classes), cldrloc (the same, places and organisations only),
fname (membership in data/words/first_names.txt), orgchain (the words after an organisation's head
noun), which were tried (see the model card).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import simplemma

from pipeline.normalize import (
    dediac,
    is_arabic,
    is_latin,
    norm_key,
    peel_clitics,
    strip_tatweel,
)

__all__ = ["ENTITY_TYPES", "FeatureExtractor", "Gazetteer", "build_gazetteer", "doc_features"]

ENTITY_TYPES = ("PERS", "ORG", "LOC", "MISC")
_DIGIT_RE = re.compile(r"^[0-9٠-٩.,%]+$")
_PUNCT_RE = re.compile(r"^[^\w]+$")
WINDOW = (-2, -1, 0, 1, 2)
MAX_PHRASE = 6
MAX_QUOTED = 6  # words between quotation marks that may be a quoted name
_OPEN_QUOTES = {"«": "»", "“": "”", '"': '"'}
LEXICON_PREFIX = "lex:"  # cue-list names that hold a name lexicon (ner_lex_loc → "lex:loc"), not cue words
MAX_CHAIN = 6  # words after an organisation's head noun that the chain feature marks
# Words that end the name after an organisation's head noun (مجلس الأمن الدولي في ...): prepositions,
# conjunctions, relatives, auxiliaries and demonstratives. Matched on the normalised form.
_CHAIN_STOP_WORDS = (
    "في من على إلى الى عن مع أن إن ان الذي التي الذين اللذين قد لم لن ما لا أو او ثم حيث بعد قبل "
    "عند منذ خلال بين هذا هذه ذلك تلك كان كانت يكون قال وقال وقالت أمس اليوم و"
)
_CHAIN_STOP = frozenset(norm_key(w) for w in _CHAIN_STOP_WORDS.split())
CACHE_WORDS = 1 << 16  # distinct words whose features are kept; the oldest half goes when full


def _evict(cache: dict) -> None:
    """Drop the older half of an insertion-ordered cache (memory stays flat on any archive)."""
    for key in list(itertools.islice(cache, len(cache) // 2)):
        del cache[key]


@functools.lru_cache(maxsize=1 << 18)
def _is_known(word: str) -> bool:
    """simplemma's Arabic dictionary membership, cached per word (it is the same for every call)."""
    return simplemma.is_known(word, lang="ar")


@functools.lru_cache(maxsize=2)
def _zipf_classes(wordlist: str = "small") -> dict[str, int]:
    """Normalised form → Zipf frequency class (3–7) of the words wordfreq's small Arabic list holds
    (frequency ≥ 1 per million words of web, news, subtitles and Wikipedia text); the large list
    adds classes 1–2. A frequent word that no dictionary knows is most often a name."""
    from wordfreq import get_frequency_dict

    out: dict[str, int] = {}
    for word, freq in get_frequency_dict("ar", wordlist=wordlist).items():
        z = min(int(math.log10(freq) + 9), 7)
        key = norm_key(word)
        if z > out.get(key, 0):
            out[key] = z
    return out


@dataclass
class Gazetteer:
    """Counts learned from labelled sentences: entity membership and frequency per normalised form."""

    entity: dict[str, dict[str, int]] = field(default_factory=dict)  # form -> {TYPE: count}
    freq: dict[str, int] = field(default_factory=dict)  # form -> occurrences
    phrases: dict[str, dict[str, int]] = field(default_factory=dict)  # "w1 w2 …" -> {TYPE: count}

    def to_json(self) -> dict:
        return {"entity": self.entity, "freq": self.freq, "phrases": self.phrases}

    @classmethod
    def from_json(cls, data: dict) -> Gazetteer:
        return cls(entity=data["entity"], freq=data["freq"], phrases=data.get("phrases", {}))


def _forms(word: str) -> list[str]:
    """The normalised form of a word followed by its clitic-peeled readings."""
    key = norm_key(word)
    return [key] + [rest for _, rest in peel_clitics(key)[1:]]


def build_gazetteer(sentences: Iterable[tuple[Sequence[str], Sequence[str]]], min_count: int = 1) -> Gazetteer:
    """Entity-word and frequency counts from (words, BIO tags) sentences."""
    entity: dict[str, Counter] = defaultdict(Counter)
    phrases: dict[str, Counter] = defaultdict(Counter)
    freq: Counter = Counter()
    for words, tags in sentences:
        keys = [norm_key(w) for w in words]
        for key, tag in zip(keys, tags):
            freq[key] += 1
            if tag != "O":
                entity[key][tag[2:]] += 1
        for start, end, label in _bio_spans(tags):
            if 2 <= end - start <= MAX_PHRASE:
                # the first word is stored fully peeled (والأمم، للأمم → امم); lookups try every reading
                first = min(_forms(words[start]), key=len)
                phrases[" ".join([first, *keys[start + 1 : end]])][label] += 1
    ent = {k: {t: c for t, c in v.items() if c >= min_count} for k, v in entity.items()}
    return Gazetteer({k: v for k, v in ent.items() if v}, dict(freq), {k: dict(v) for k, v in phrases.items()})


def _bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    out, start, cur = [], 0, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != cur:
            if cur is not None:
                out.append((start, i, cur))
            cur, start = (None, 0) if tag == "O" else (tag[2:], i)
    return out


def _shape(word: str) -> str:
    if _DIGIT_RE.match(word):
        return "digit"
    if _PUNCT_RE.match(word):
        return "punct"
    lat, ar = is_latin(word), is_arabic(word)
    if lat and ar:
        return "mixed"
    if lat:
        return "latin_cap" if word[:1].isupper() else "latin"
    if ar:
        return "arabic"
    return "other"


def _count_class(n: int) -> str:
    return "0" if n <= 0 else str(min(int(math.log2(n)) + 1, 6))


class FeatureExtractor:
    """Builds CRF feature lists for sentences; caches each word's features."""

    def __init__(self, gazetteer: Gazetteer, cues: dict[str, Sequence[str]] | None = None, groups: Sequence[str] | None = None):
        self.gaz = gazetteer
        self.cues: dict[str, str] = {}
        # name lexicon (CLDR): single normalised words -> types, and multi-word names by first word
        self.lex: dict[str, list[str]] = {}
        self.lex_phrases: dict[str, list[tuple[list[str], str]]] = {}
        self.groups = set(groups) if groups is not None else None
        self.lex_kinds = lex_kinds = set()  # the lexicon lists the groups use (the others are not saved)
        if self._on("cldr"):
            lex_kinds.update(("loc", "org", "lang", "cur"))
        if self._on("cldrloc"):
            lex_kinds.update(("loc", "org"))
        if self._on("fname"):
            lex_kinds.add("fname")
        for name, words in (cues or {}).items():
            if name.startswith(LEXICON_PREFIX):
                kind = name[len(LEXICON_PREFIX) :]
                if kind not in lex_kinds:
                    continue
                for w in words:
                    first, *rest = norm_key(w).split(" ")
                    # also without its article: the peeled readings of وبالمملكة hold مملكه, not المملكه
                    firsts = [first, first[2:]] if first.startswith("ال") and len(first) > 4 else [first]
                    for f in firsts:
                        if rest:
                            self.lex_phrases.setdefault(f, []).append((rest, kind))
                        elif kind not in self.lex.get(f, ()):
                            self.lex.setdefault(f, []).append(kind)
                continue
            for w in words:
                self.cues.setdefault(norm_key(w), name)
        # Attributes the trained model has weights for (set by the model when it loads): the others
        # would be looked up and ignored by crfsuite, so they are dropped once, when a word is cached.
        self.known: frozenset[str] | None = None
        self._cache: dict[str, tuple[list[str], ...]] = {}
        self._forms: dict[str, list[str]] = {}
        if self._on("dict"):
            simplemma.is_known("في", lang="ar")  # load the dictionary now, not on the first sentence

    def forms(self, word: str) -> list[str]:
        """The normalised form of a word and its clitic-peeled readings (cached)."""
        hit = self._forms.get(word)
        if hit is None:
            if len(self._forms) >= CACHE_WORDS:
                _evict(self._forms)
            hit = self._forms[word] = _forms(word)
        return hit

    def _on(self, group: str) -> bool:
        return self.groups is None or group in self.groups

    def word_features(self, word: str) -> tuple[list[str], list[str]]:
        """(features of the word at the centre, features it lends to its neighbours)."""
        key = norm_key(word)
        peeled = peel_clitics(key)
        centre = ["b", "w=" + key]
        ctx = ["w=" + key]
        if self._on("raw"):
            raw = dediac(strip_tatweel(word))
            if raw != key:
                centre.append("r=" + raw)
                ctx.append("r=" + raw)
        shape = _shape(word)
        centre.append("shape=" + shape)
        ctx.append("shape=" + shape)
        if shape in ("arabic", "latin", "latin_cap", "mixed"):
            if self._on("affix"):
                base = peeled[-1][1]
                for n in (1, 2, 3, 4):
                    if len(key) > n:
                        centre.append(f"p{n}=" + key[:n])
                        centre.append(f"s{n}=" + key[-n:])
                    if len(base) > n and base != key:
                        centre.append(f"bp{n}=" + base[:n])
                        centre.append(f"bs{n}=" + base[-n:])
            centre.append("len=" + str(min(len(key), 10)))
            if self._on("nbaffix"):
                base = peeled[-1][1]
                ctx.extend(("s2=" + base[-2:], "s3=" + base[-3:], "p2=" + key[:2]))
            if self._on("ngram") and len(key) >= 4:
                marked = "<" + peeled[-1][1] + ">"
                centre.extend(sorted({"c3=" + marked[i : i + 3] for i in range(len(marked) - 2)}))
            if self._on("peel"):
                for off, rest in peeled[1:]:
                    centre.append("peel=" + rest)
                    centre.append("clit=" + key[:off])
                    ctx.append("peel=" + rest)
            if self._on("dict") and shape == "arabic":
                if self._on("rawknown"):
                    # the dictionary holds written forms (شركة), not normalised ones (شركه)
                    known = any(_is_known(rest) for _, rest in peel_clitics(dediac(strip_tatweel(word))) if rest)
                else:
                    known = _is_known(word) or any(_is_known(rest) for _, rest in peeled[1:])
                centre.append("known=" + str(int(known)))
                ctx.append("known=" + str(int(known)))
                if self._on("wfreq"):
                    table = _zipf_classes("large" if self._on("wfl") else "small")
                    z = table.get(key, 0)
                    zb = max((table.get(rest, 0) for _, rest in peeled[1:]), default=0)
                    centre.append(f"wf={z}")
                    centre.append(f"wfb={zb}")
                    centre.append(f"wfk={max(z, zb)}:{int(known)}")
                    ctx.append(f"wfk={max(z, zb)}:{int(known)}")
        forms = [key] + [rest for _, rest in peeled[1:]]
        if self._on("gaz"):
            freq = self.gaz.freq.get(key, 0)
            centre.append("freq=" + _count_class(freq))
            seen_types: dict[str, int] = {}
            for i, form in enumerate(forms):
                hit = self.gaz.entity.get(form)
                if not hit:
                    continue
                for t, c in hit.items():
                    if c > 0 and t not in seen_types:
                        seen_types[t] = c
                        tag = "gz" if i == 0 else "gzp"
                        total = max(self.gaz.freq.get(form, c), c)
                        ratio = c / total
                        centre.append(f"{tag}={t}")
                        centre.append(f"{tag}={t}:{_count_class(c)}")
                        centre.append(f"{tag}={t}:r{int(ratio * 4)}")
                        ctx.append(f"gz={t}")
        if self.lex:
            kinds = sorted({k for form in forms for k in self.lex.get(form, ())})
            for k in kinds:
                centre.append("lx=" + k)
                ctx.append("lx=" + k)
        if self._on("cue"):
            for form in forms:
                cue = self.cues.get(form)
                if cue:
                    centre.append("cue=" + cue)
                    ctx.append("cue=" + cue)
                    break
        return centre, ctx

    def _cached(self, word: str) -> tuple[list[str], ...]:
        hit = self._cache.get(word)
        if hit is None:
            centre, ctx = self.word_features(word)
            hit = (
                ["-2:" + f for f in ctx if f.startswith(("w=", "cue=", "gz=", "lx="))],
                ["-1:" + f for f in ctx],
                centre,
                ["+1:" + f for f in ctx],
                ["+2:" + f for f in ctx if f.startswith(("w=", "cue=", "gz=", "lx="))],
                [ctx[0]],  # the normalised form, for bigrams
            )
            known = self.known
            if known is not None:
                hit = tuple([f for f in part if f in known] for part in hit[:5]) + (hit[5],)
            if len(self._cache) >= CACHE_WORDS:
                _evict(self._cache)
            self._cache[word] = hit
        return hit

    def sentence_features(self, words: Sequence[str]) -> list[list[str]]:
        """One feature list per word."""
        cached = [self._cached(w) for w in words]
        n = len(words)
        out = []
        bigrams = self._on("bigram")
        known = self.known
        for i in range(n):
            feats = list(cached[i][2])
            if i >= 1:
                feats += cached[i - 1][1]
                if bigrams:
                    bg = "bg-1=" + cached[i - 1][5][0] + "|" + cached[i][5][0]
                    if known is None or bg in known:
                        feats.append(bg)
            else:
                feats.append("BOS")
            if i >= 2:
                feats += cached[i - 2][0]
            if i + 1 < n:
                feats += cached[i + 1][3]
                if bigrams:
                    bg = "bg+1=" + cached[i][5][0] + "|" + cached[i + 1][5][0]
                    if known is None or bg in known:
                        feats.append(bg)
            else:
                feats.append("EOS")
            if i + 2 < n:
                feats += cached[i + 2][4]
            out.append(feats)
        if self._on("phrase") and self.gaz.phrases:
            self._phrase_features(words, out)
        if self._on("quoted"):
            self._quoted_features(words, out)
        if self.lex_phrases:
            self._lexicon_phrases(words, out)
        if self._on("orgchain"):
            self._org_chains(words, out)
        return out

    def _org_chains(self, words: Sequence[str], out: list[list[str]]) -> None:
        """Mark the words after an organisation's head noun (المنظمة العالمية للملكية الفكرية) up to a
        stop word or punctuation, with their distance from the head and their article (ال / لل)."""
        cues = self.cues
        n = len(words)
        i = 0
        while i < n - 1:
            forms = self.forms(words[i])
            if not any(cues.get(f) == "org" for f in forms):
                i += 1
                continue
            out[i].append("oc=head")
            j = i + 1
            while j < n and j - i <= MAX_CHAIN:
                key = self.forms(words[j])[0]
                if key in _CHAIN_STOP or not (is_arabic(key) or is_latin(key)) or any(cues.get(f) == "org" for f in self.forms(words[j])):
                    break
                art = "ll" if key.startswith("لل") else "al" if key.startswith("ال") else "x"
                out[j].append("oc=in")
                out[j].append(f"oc={min(j - i, 4)}:{art}")
                j += 1
            i = j

    def _lexicon_phrases(self, words: Sequence[str], out: list[list[str]]) -> None:
        """Mark multi-word names of the lexicon (الولايات المتحدة، المملكة العربية السعودية); the first
        word may carry clitics (وبالمملكة)."""
        index = self.lex_phrases
        n = len(words)
        keys = None
        seen = set()
        for i in range(n - 1):
            for form in self.forms(words[i]):
                for rest, kind in index.get(form, ()):
                    end = i + 1 + len(rest)
                    if keys is None:
                        keys = [self.forms(w)[0] for w in words]
                    if end <= n and keys[i + 1 : end] == rest and (i, end, kind) not in seen:
                        seen.add((i, end, kind))
                        out[i].append("lph=B-" + kind)
                        for j in range(i + 1, end):
                            out[j].append("lph=I-" + kind)

    def _quoted_features(self, words: Sequence[str], out: list[list[str]]) -> None:
        """Mark short stretches in quotation marks (مصرف « إتش.إس.بي.سي »), with the cue before them."""
        n = len(words)
        for i, w in enumerate(words):
            if w not in _OPEN_QUOTES:
                continue
            close = _OPEN_QUOTES[w]
            end = next((j for j in range(i + 1, min(i + 2 + MAX_QUOTED, n)) if words[j] == close), None)
            if end is None or end == i + 1:
                continue
            cue = None
            if i:
                cue = next((self.cues[f] for f in self.forms(words[i - 1]) if f in self.cues), None)
            for j in range(i + 1, end):
                out[j].append("q=in")
                out[j].append("q=" + ("first" if j == i + 1 else "next"))
                if cue:
                    out[j].append("qcue=" + cue)

    def _phrase_index(self) -> dict[str, list[tuple[list[str], dict[str, int]]]]:
        index = getattr(self, "_pindex", None)
        if index is None:
            index = {}
            for phrase, counts in self.gaz.phrases.items():
                first, *rest = phrase.split(" ")
                index.setdefault(first, []).append((rest, counts))
            self._pindex = index
        return index

    def _phrase_features(self, words: Sequence[str], out: list[list[str]]) -> None:
        """Mark stretches of the sentence that match an entity phrase of the gazetteer."""
        index = self._phrase_index()
        keys = [self.forms(w)[0] for w in words]
        n = len(words)
        for i in range(n):
            for form in self.forms(words[i]):
                for rest, counts in index.get(form, ()):
                    end = i + 1 + len(rest)
                    if end <= n and keys[i + 1 : end] == rest:
                        for t in counts:
                            out[i].append("ph=B-" + t)
                            for j in range(i + 1, end):
                                out[j].append("ph=I-" + t)


def cldr_lexicon() -> dict[str, list[str]]:
    """Arabic names from the Unicode CLDR (through babel, read from every ``ar`` locale): ``loc``
    (countries, regions and the exemplar cities of time zones), ``org`` (the territories that are
    organisations: the United Nations, the European Union), ``lang`` (languages, which are also the
    feminine nationality adjectives: الفرنسية, with the masculine form الفرنسي added) and ``cur``
    (currencies). Used to write data/words/ner_lex_*.txt (``python -m pipeline.ner lexicon``)."""
    from babel import Locale, localedata

    def parts(name: str, min_letters: int = 1) -> list[str]:
        # "ميانمار (بورما)" → ميانمار, بورما; "الكونغو - كينشاسا" → both; "بيولا، داكوتا الشمالية" → both.
        out = []
        for piece in re.split(r"[()،,]| - ", name):
            piece = " ".join(piece.split())
            if " " not in piece and len(piece.removeprefix("ال")) < min_letters:
                continue
            if piece and is_arabic(piece) and not re.search(r"[0-9٠-٩]", piece):
                out.append(piece)
        return out

    kinds: dict[str, set[str]] = {"loc": set(), "org": set(), "lang": set(), "cur": set()}
    org_codes = {"EU", "UN"}
    skip_codes = {"EZ", "QO", "XA", "XB", "ZZ", "001"}
    for ident in sorted(i for i in localedata.locale_identifiers() if i == "ar" or i.startswith("ar_")):
        loc = Locale.parse(ident)
        for code, name in loc.territories.items():
            if code not in skip_codes:
                kinds["org" if code in org_codes else "loc"].update(parts(name))
        for zone in loc.time_zones.values():
            if zone.get("city"):
                # cities of three letters or fewer (نوم for Nome, ترك, سول) are common words: left out
                kinds["loc"].update(parts(zone["city"], min_letters=4))
        for name in loc.languages.values():
            for p in parts(name):
                kinds["lang"].add(p)
                if len(p.split()) == 1 and p.endswith("ية"):
                    kinds["lang"].add(p[:-1])  # الفرنسية → الفرنسي
        kinds["cur"].update(p for name in loc.currencies.values() for p in parts(name))
    return {k: sorted(v) for k, v in kinds.items()}


def doc_features(
    extractor: FeatureExtractor,
    doc_words: Sequence[Sequence[str]],
    doc_tags: Sequence[Sequence[str]],
    context: bool = False,
) -> list[list[list[str]]]:
    """Second-pass features from first-pass tags over a whole document (a list of sentences).

    For each token: the first-pass tags at the token and its neighbours, and the tags that the
    token's forms (normalised and clitic-peeled) received elsewhere in the document, so that a name
    tagged once (علي بن أبي طالب) helps to find it again where the context says little (لعلي).
    With ``context``, the entity types found elsewhere for the neighbouring words too.
    """
    forms_of = extractor.forms
    counts: dict[str, dict[str, int]] = {}
    for words, tags in zip(doc_words, doc_tags):
        for word, tag in zip(words, tags):
            for form in forms_of(word):
                c = counts.setdefault(form, {})
                c[tag] = c.get(tag, 0) + 1
    out = []
    for words, tags in zip(doc_words, doc_tags):
        n = len(words)
        found: list[list[str]] = []
        for word, tag in zip(words, tags):
            seen: set[str] = set()
            for form in forms_of(word):
                for other, c in counts[form].items():
                    if other == tag:
                        c -= 1  # not the token itself
                    if c > 0 and other != "O":
                        seen.add(other)
            found.append(sorted(seen))
        sent = []
        for i, tag in enumerate(tags):
            feats = ["t1=" + tag, "t1-1=" + (tags[i - 1] if i else "BOS"), "t1+1=" + (tags[i + 1] if i + 1 < n else "EOS")]
            if found[i]:
                feats.extend("d=" + t for t in found[i])
                feats.extend(sorted({"d=" + t[2:] for t in found[i]}))
            else:
                feats.append("d=none")
            if context:
                if i:
                    feats.extend(sorted({"d-1=" + t[2:] for t in found[i - 1]}))
                if i + 1 < n:
                    feats.extend(sorted({"d+1=" + t[2:] for t in found[i + 1]}))
            sent.append(feats)
        out.append(sent)
    return out
