"""Arabic normalisation for matching: tiny ``str -> str`` functions over named character sets.

None of these ever touches the stored article text; they build *keys* (token NORM, lexicon keys,
entity match keys). Each is idempotent (tests/test_normalize.py checks it with hypothesis).
camel-tools supplies dediacritisation, alef / alef-maksura / teh-marbuta folding and Unicode
normalisation; naba adds tatweel, hamza carriers, invisible controls and clitic peeling.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# camel-tools is imported on first use: importing it builds Unicode character sets (about 1 s),
# which commands that never normalise text (`naba query`, `naba --help`) should not pay.
_camel: dict = {}


def _camel_tools() -> dict:
    if not _camel:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
        )

        _camel.update(
            tokenize=simple_word_tokenize,
            dediac=dediac_ar,
            alef=normalize_alef_ar,
            maksura=normalize_alef_maksura_ar,
            teh=normalize_teh_marbuta_ar,
        )
    return _camel

__all__ = [
    "TATWEEL",
    "INVISIBLES",
    "strip_invisibles",
    "strip_tatweel",
    "dediac",
    "fold_letters",
    "norm_key",
    "peel_clitics",
    "is_arabic",
    "is_latin",
    "arabic_digits_to_latin",
    "count_words",
]

TATWEEL = "\u0640"
# Zero-width and bidi controls that news sites leave inside words.
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{INVISIBLES}]")
# Hamza carriers folded onto their base letter (أ إ آ are handled by camel-tools' alef folding).
_HAMZA_MAP = str.maketrans({"ؤ": "و", "ئ": "ي", "ٱ": "ا"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_LATIN_RE = re.compile(r"[A-Za-z\u00C0-\u024F]")

# Proclitics peeled off for matching, longest first. ``ال`` is peeled only as part of a longer
# cluster (وال، بال، فال، كال، لل) or on its own when what remains is long enough; callers that
# know a name keeps its article (الرياض) match both forms.
_PROCLITICS = ("وبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "و", "ف", "ب", "ل", "ك")


def strip_invisibles(text: str) -> str:
    """Remove zero-width and bidi control characters."""
    return _INVISIBLE_RE.sub("", text)


def strip_tatweel(text: str) -> str:
    """Remove the tatweel (kashida) used to stretch words."""
    return text.replace(TATWEEL, "")


def dediac(text: str) -> str:
    """Remove Arabic diacritics (camel-tools ``dediac_ar``)."""
    return (_camel or _camel_tools())["dediac"](text)


def fold_letters(text: str) -> str:
    """Fold alef and hamza forms, alef maksura and teh marbuta to one letter each."""
    camel = _camel or _camel_tools()
    text = camel["alef"](text)
    text = camel["maksura"](text)
    text = camel["teh"](text)
    return text.translate(_HAMZA_MAP)


def arabic_digits_to_latin(text: str) -> str:
    """Arabic-Indic and Persian digits to 0-9."""
    return text.translate(_DIGITS)


def norm_key(text: str) -> str:
    """The matching key of a word or phrase: NFKC, no controls/tatweel/diacritics, folded letters,
    Latin digits, Latin lower-cased, inner whitespace collapsed."""
    return _norm_key(text)


@functools.lru_cache(maxsize=1 << 18)
def _norm_key(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = strip_invisibles(strip_tatweel(text))
    text = fold_letters(dediac(text))
    text = arabic_digits_to_latin(text)
    return " ".join(text.lower().split())


def is_arabic(text: str) -> bool:
    """True when the text contains an Arabic letter."""
    return bool(_ARABIC_RE.search(text))


def is_latin(text: str) -> bool:
    """True when the text contains a Latin letter."""
    return bool(_LATIN_RE.search(text))


def peel_clitics(word: str, min_rest: int = 2) -> list[tuple[int, str]]:
    """Candidate readings of ``word`` with proclitics removed, as ``(offset, rest)`` pairs.

    The first pair is always ``(0, word)``. Offsets count characters of ``word`` so that a caller
    can place a span after the clitic: ``peel_clitics("وإنفيديا")`` includes ``(1, "إنفيديا")``.
    A Latin word glued to و (``وRubin``) gives ``(1, "Rubin")``.
    """
    out = [(0, word)]
    if len(word) > 1 and word[0] in "وفبلك" and is_latin(word[1:2]):
        return out + [(1, word[1:])]
    seen = {word}
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= min_rest:
            rest = word[len(clitic) :]
            if rest not in seen:
                out.append((len(clitic), rest))
                seen.add(rest)
    return out


_DIACRITICS_CLASS = "[\u064b-\u0652\u0670\u0640\u200c\u200d]*"
_LETTER_CLASSES = {
    "ا": "[اأإآٱ]", "أ": "[اأإآ]", "إ": "[اأإآ]", "آ": "[اأإآ]",
    "ة": "[ةه]", "ه": "[هة]", "ى": "[ىي]", "ي": "[يىئ]", "ئ": "[ئي]", "ؤ": "[ؤو]",
}


def fuzzy_pattern(phrase: str) -> str:
    """A regex source matching ``phrase`` as written in news: any alef/hamza form, ة/ه, ى/ي,
    optional diacritics and tatweel after every letter, any run of spaces between words.
    Matching the raw text with it keeps offsets exact (nothing is rewritten)."""
    words = []
    for word in dediac(phrase).split():
        parts = []
        for ch in word:
            parts.append(_LETTER_CLASSES.get(ch, re.escape(ch)) + (_DIACRITICS_CLASS if is_arabic(ch) else ""))
        words.append("".join(parts))
    return r"\s+".join(words)


@functools.lru_cache(maxsize=1 << 18)
def _word_units(chunk: str) -> int:
    return sum(1 for tok in (_camel or _camel_tools())["tokenize"](chunk) if any(ch.isalnum() for ch in tok))


def count_words(text: str) -> int:
    """Words as camel-tools' ``simple_word_tokenize`` splits them, punctuation not counted.
    This is the word count naba reports (articles.n_words, words per second). Counted per
    whitespace-separated chunk (cached), which gives the same total. A chunk of letters and digits
    only is one token (no character of it is punctuation, a symbol or an emoji) and is not looked
    up: twice as fast on news text."""
    return sum(1 if w.isalnum() else _word_units(w) for w in text.split())
