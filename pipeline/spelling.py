"""The spelling view: an article's text with the final-letter spellings of news sites made standard.

Newsrooms do not agree on the last letter of a word. Egyptian and many online desks write final
ى as ي («الي، حتي، علي الورق») or final ي as ى («فى، الذى، التى»), and some write final ة as ه
(«الحكومه»). The rule stages read letters as written (they must tell «على», on, from «علي», Ali),
so such a text loses cue frames («أشار إلي أن»), reads «علي الورق» as a man, and misses a body
named «وزاره …». :func:`spelling_view` gives a text *of the same length* in which each such word
has its usual last letter; the stages run on it and every span they give is a span of the article
as written (one letter is swapped for one letter, nothing moves). The stored text is never changed.

Which form is usual comes from newswire counts: ``data/words/spelling.txt``, built by
``python -m pipeline.spelling ../shared/benchmarks/anercorp/train.txt data/words/spelling.txt``
from the words outside names of ANERcorp's train file (never its test file); the thresholds are
in :func:`build_pairs`. For ه → ة the word must also not read as another word with the pronoun ه
(«كتابه», his book, stays: «كتاب» is a word).

«علي» is both the preposition and the name Ali. It is read as «على» only in a text that writes
two or more other final ى words with ي (the writer merges the two letters), never in one that
writes «على», and only where no name is at hand (:func:`_is_name`). Given names in ى or ة written
with ي or ه («سلمي، ناديه») are read as the name in such a text where a name is at hand.
"""

from __future__ import annotations

import functools
import re
import sys
from collections import Counter
from pathlib import Path

from pipeline import resources
from pipeline.normalize import norm_key

__all__ = ["spelling_view", "build_pairs"]

MIN_COUNT = 3
MIN_RATIO = 3.5
MIN_COUNT_YA = 10
MIN_RATIO_YA = 10.0
_DIACRITICS_RE = re.compile("[\u064b-\u0652\u0640]")
_WORD_RE = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0640]+")
_WRITTEN_AS = {"ى": "ي", "ي": "ى", "ة": "ه"}  # usual last letter -> the one written for it
_FINALS = frozenset(_WRITTEN_AS.values())  # last letters a word may be written with in place of its usual one
_BARE_ALEF = str.maketrans("أإآ", "ااا")
# Proclitics peeled when a word is not in the table as written.
_PREFIXES = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_ALI, _ALI_USUAL = "علي", "على"
# words after which «علي» can only be the preposition («علي التوالي»، «علي الرغم»، «علي هامش»): one
# such «علي» shows that the writer spells «على» so
_ALI_ONLY_BEFORE = frozenset(norm_key(w) for w in (
    "التوالي", "الاقل", "الرغم", "رغم", "عدم", "حد", "حساب", "نحو", "صعيد", "الصعيد", "مستوي", "ضرورة",
    "اهمية", "الفور", "الاطلاق", "يد", "وشك", "غرار", "هامش", "خلفية", "ذلك", "هذا", "هذه", "الارجح",
    "اساس", "الساحة", "قدم",
))
# Forms written with ي that are words of their own besides a spelling of the ى word («القوي», the
# strong; «مبني», built; «يحيي», he greets): read as the ى word only in a text that merges the
# two letters, as «علي».
_MERGED_ONLY = frozenset(
    "اولي يبقي تبقي يري تري يسمي تسمي معني مبني ابدي القوي يحيي".split()
)
# Never read as another spelling: split words of the counted file that look like a ة word written
# with ه («تاه», got lost), and «يدعي», he claims, whose أن tells it from «يدعى», is called.
_NEVER = frozenset("تاه فاه تنه يدعي تدعي ندعي ادعي".split())


def _base(token: str) -> str:
    """The word as counted and looked up: no diacritics, alef forms folded (only the last letter
    is ever changed)."""
    return _DIACRITICS_RE.sub("", token).translate(_BARE_ALEF)


def build_pairs(conll: Path) -> list[tuple[str, str, int, int]]:
    """``(written, usual, n_written, n_usual)`` for the words outside names (tag O) of a CoNLL
    ``token TAG`` file that end in ى, ي or ة and are seen often enough against their other spelling
    (unseen spellings too), alef forms folded:

    * ى written ي («حتي»): the ى form seen ``MIN_COUNT`` times and ``MIN_RATIO`` times as often;
    * ي written ى («فى، الذى»): the ي form seen ``MIN_COUNT_YA`` times and ``MIN_RATIO_YA`` times
      as often (many ى forms are verbs of their own: «روى، يلقى، أبى»);
    * ة written ه («الحكومه»): as the first, and the word less its ه no word of the file unless it
      has the article («كتابه», his book, is no «كتابة»: «كتاب» is a word; «الحكومه» cannot be
      a noun with a pronoun).
    """
    counts: Counter[str] = Counter()
    for line in conll.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1] == "O":  # names keep the spelling their bearer chose
            counts[_base(parts[0])] += 1
    out = []
    for usual, m in counts.items():
        if len(usual) < 2 or usual[-1] not in _WRITTEN_AS or usual == _ALI_USUAL:
            continue
        written = usual[:-1] + _WRITTEN_AS[usual[-1]]
        n = counts.get(written, 0)
        low, ratio = (MIN_COUNT_YA, MIN_RATIO_YA) if usual[-1] == "ي" else (MIN_COUNT, MIN_RATIO)
        if m < low or m < ratio * n or written == _ALI or written in _NEVER:
            continue
        if usual[-1] == "ة" and counts.get(written[:-1], 0) and not written.startswith("ال"):
            continue
        out.append((written, usual, n, m))
    return sorted(out, key=lambda p: (-p[3], p[0]))


@functools.lru_cache(maxsize=1)
def _pairs() -> dict[str, str]:
    """Each written form of data/words/spelling.txt -> the usual last letter (all the view changes)."""
    return {written: usual[-1] for written, usual, *_ in (line.split("\t") for line in resources.word_list("spelling"))}


@functools.lru_cache(maxsize=1)
def _name_context() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Keys of given names and of the words before a name (titles, person cues, verbs of saying,
    «أما، بن، أبو، عبد»), and the given names in ى or ة as written with ي or ه («سلمي، يحيي،
    ناديه، هاله»), alef forms folded."""
    keys = lambda name: frozenset(norm_key(w) for w in resources.word_list(name))  # noqa: E731
    given = keys("first_names")
    before = keys("quote_titles") | keys("ner_cues_person") | keys("reporting_verbs")
    before |= {norm_key("و" + w) for w in keys("reporting_verbs")}
    before |= {k + "ه" for k in before if k[-1:] != "ه"}  # the feminine title: «الدكتورة»
    before |= {norm_key(w) for w in ("أما", "بن", "ابن", "أبو", "ابو", "عبد", "الإمام", "سيدنا")}
    # «احد سكان ضحيان ويدعي علي المؤيد»: named («يدعى», also written with ي)
    before |= {norm_key(w) for w in ("يدعى", "ويدعى", "تدعى", "وتدعى", "اسمه", "واسمه", "اسمها", "واسمها")}
    written = {
        _base(w)[:-1] + _WRITTEN_AS[w[-1]] for w in resources.word_list("first_names") if w[-1] in "ىة" and " " not in w
    }
    return given, frozenset(before), frozenset(written)


def _core(token: str) -> str:
    """The word looked up, less a leading و/ف before «علي» and the held words («وعلي»)."""
    base = _base(token)
    return base[1:] if len(base) > 3 and base[0] in "وف" else base


def _usual(token: str, pairs: dict[str, str]) -> str | None:
    """The usual last letter of a word as written, or None: the word itself is looked up, then
    without a proclitic when four letters or more remain («والحكومه»; «فادي», a name, is no «ف» +
    «ادي», «أدى»)."""
    token = _base(token)
    if token in pairs:
        return pairs[token]
    for pre in _PREFIXES:
        rest = token[len(pre) :]
        if token.startswith(pre) and len(rest) >= 4:
            if rest in pairs:
                return pairs[rest]
            if pre.endswith("ل") and rest.startswith("ل") and "ا" + rest in pairs:
                return pairs["ا" + rest]  # «للحكومه»: «الحكومه» after ل
    return None


def _is_name(words: list[re.Match], i: int, recurring: Counter, after_definite: bool = False) -> bool:
    """Whether the word at ``i`` («علي», or a given name in ى written with ي) starts a person's name:
    a given name or a word that comes before names is next to it (or a title and its adjective
    before it: «النائب المستقل علي …»), the word after it comes back elsewhere in the text (the
    family name the article goes on with: «علي الزيدي» … «الزيدي»), or, with ``after_definite``, a
    definite word is before it (an adjective «سلمي», peaceful, would be «السلمي» there)."""
    given, before, _ = _name_context()
    prev = words[i - 1].group() if i else ""
    prev_key = norm_key(prev)
    if prev_key in given or prev_key in before:
        return True
    for k in range(1, 4):
        # a title, then up to three definite words (its field, its country): «النائب المستقل علي»،
        # «وزير البترول السعودي علي النعيمي»
        if i <= k or not words[i - k].group().startswith("ال"):
            break
        if norm_key(words[i - k - 1].group()) in before:
            return True
        if norm_key(words[i - k - 1].group()) == _BISM and i - k >= 2 and norm_key(words[i - k - 2].group()) in before:
            return True  # «المتحدث باسم الحكومة علي الدباغ»: a spokesman for a body, then his name
    if after_definite and (prev.startswith(("ال", "لل")) or prev[1:].startswith("ال")):
        return True
    if i + 1 >= len(words):
        return False
    nxt = norm_key(words[i + 1].group())
    return nxt in given or nxt in {"بن", "ابن"} or recurring[_key(words[i + 1].group())] > 1


def _preposition_before(words: list[re.Match], i: int) -> bool:
    """The word after «علي» at ``i`` is one only the preposition takes («علي هامش»، «علي التوالي»)
    or a dictionary noun with a possessive pronoun («علي موقعها»، «علي صفحته»): no family name
    follows there, so «علي» is «على» even after a given name («يوستي علي موقعها»)."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1].group()
    if norm_key(nxt) in _ALI_ONLY_BEFORE:
        return True
    from pipeline.ner_features import _is_known

    for suffix in ("هما", "هم", "ها", "ه"):
        stem = _base(nxt)[: -len(suffix)]
        if _base(nxt).endswith(suffix) and len(stem) >= 4:
            return norm_key(nxt) not in _name_context()[0] and (_is_known(stem) or stem.endswith("ت") and _is_known(stem[:-1] + "ة"))
    return False


_ABD = "عبد"
_BISM = norm_key("باسم")


def _key(word: str) -> str:
    return norm_key(word[1:] if len(word) > 3 and word[0] in "وفبل" else word)


def spelling_view(text: str) -> str:
    """The text with each word's usual last letter (same length, same offsets); the text itself
    when nothing changes."""
    pairs = _pairs()
    words = list(_WORD_RE.finditer(text))
    chars: list[str] | None = None
    merged = {"ي": 0, "ه": 0}  # words whose final ى / ة is written ي / ه: the writer merges them
    held = []  # «علي», the _MERGED_ONLY words and given names in ى / ة written with ي / ه
    has_ala = False  # whether «على» is written: the writer tells it from «علي»
    names = _name_context()[2]
    for i, m in enumerate(words):
        token = m.group()
        if token[-1] not in _FINALS:
            continue
        base = _core(token)
        if base == _ALI_USUAL:
            has_ala = True
            continue
        if base == _ALI or base in _MERGED_ONLY or base in names:
            held.append(i)
            continue
        if i and _core(words[i - 1].group()) == _ABD:
            continue  # «عبد الاله»: the second half of a name keeps its bearer's spelling
        usual = _usual(token, pairs)
        if usual is None:
            continue
        if token[-1] in merged:
            merged[token[-1]] += 1
        if chars is None:
            chars = list(text)
        chars[m.end() - 1] = usual
    # («علي التوالي»: the writer's «على», though no other word shows the merged letters)
    ali_as_ala = any(_core(words[i].group()) == _ALI and _preposition_before(words, i) for i in held)
    held = [i for i in held if merged[words[i].group()[-1]] >= 2 or ali_as_ala and _core(words[i].group()) == _ALI]
    if held:
        recurring = Counter(_key(m.group()) for m in words)
        for i in held:
            token = words[i].group()
            base = _core(token)
            if base == _ALI:
                if has_ala or _is_name(words, i, recurring) and not _preposition_before(words, i):
                    continue
            elif base not in _MERGED_ONLY and not _is_name(words, i, recurring, True):
                continue
            if chars is None:
                chars = list(text)
            chars[words[i].end() - 1] = "ى" if token[-1] == "ي" else "ة"
    return text if chars is None else "".join(chars)


def main(argv: list[str]) -> None:
    src, dst = Path(argv[0]), Path(argv[1])
    pairs = build_pairs(src)
    header = (
        "# Final-letter spellings (pipeline/spelling.py), tab-separated: written form, usual form, and how\n"
        "# often each is seen outside names in ANERcorp train.txt (whole words, alef forms folded); the\n"
        "# thresholds are in build_pairs. Generated by `python -m pipeline.spelling`; ANERcorp is CC BY-SA\n"
        "# 4.0 (Benajiba, Rosso & Benedi Ruiz 2007; CAMeL Lab split 2020).\n"
    )
    dst.write_text(header + "".join(f"{w}\t{u}\t{n}\t{m}\n" for w, u, n, m in pairs), encoding="utf-8")
    print(f"{len(pairs)} pairs -> {dst}")


if __name__ == "__main__":
    main(sys.argv[1:])
