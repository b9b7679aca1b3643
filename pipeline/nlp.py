"""Builds naba's spaCy ``Language`` for Arabic news text.

spaCy's blank Arabic tokenizer leaves ``ميتا".``, ``2027.``, ``Vera.`` and ``وRubin`` as one token
and never splits clitics. naba fixes the news-text cases in the tokenizer:

* a final ``.`` after Arabic letters, Latin letters or digits is split off;
* ``«`` ``»`` ``“`` ``”`` ``‘`` ``’`` ``"`` ``'`` ``(`` ``)`` ``[`` ``]`` and ``:`` split off both sides;
* a clitic glued to a Latin word, with or without tatweel (``وRubin``, ``لـG42``, ``بـ2025``),
  becomes its own token.

Other clitics stay on the token (the NER model was trained on unsplit words); matching peels them
with :func:`pipeline.normalize.peel_clitics`. Every token's NORM is :func:`pipeline.normalize.norm_key`.

Sentences end after ``.`` ``!`` ``?`` ``؟`` ``…`` (and the closing quote marks that follow them), at
every line break, and after ``..`` in headlines. The statistical NER component (``naba_ner``,
pipeline/ner.py) is added when its model is present in data/models/ner.
"""

from __future__ import annotations

import functools
import re

import numpy
import spacy
from spacy.attrs import IS_SPACE, NORM, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from pipeline.normalize import norm_key

__all__ = ["build_nlp", "get_nlp", "sentence_spans"]

_OPEN = r"«“‘\"'(\[:"
_CLOSE = r"»”’\"')\]:"
_SENT_END = {".", "!", "?", "؟", "…", "..", "...", "!!", "؟!", "?!"}
_CLOSERS = {"»", "”", "’", '"', "'", ")"}


@Language.component("naba_sentences")
def _set_sentences(doc: Doc) -> Doc:
    """Sentence starts: after terminal punctuation (plus closing quotes) and after line breaks.

    The starts are decided on the token texts and written with one ``Doc.from_array`` call:
    spaCy's ``Token.is_sent_start`` setter scans the whole Doc on every call (quadratic per article)."""
    n = len(doc)
    if not n:
        return doc
    strings = doc.vocab.strings
    orth_space = doc.to_array([ORTH, IS_SPACE]).tolist()
    texts = [strings[o] for o, _ in orth_space]
    spaces = [bool(s) for _, s in orth_space]
    starts = [-1] * n
    start_next = True
    for i, text in enumerate(texts):
        if spaces[i]:
            if i == 0 and start_next:
                starts[i] = 1
            if "\n" in text:
                start_next = True
            continue
        if start_next:
            starts[i] = 1
        start_next = False
        if text in _SENT_END or (text == "." and i + 1 < n):
            if i + 1 >= n or texts[i + 1] not in _CLOSERS:
                start_next = True
        elif text in _CLOSERS and i > 0 and texts[i - 1] in _SENT_END:
            start_next = True
    doc.from_array([SENT_START], numpy.asarray(starts, dtype=numpy.int64).astype(numpy.uint64).reshape(n, 1))
    return doc


def _customise_tokenizer(nlp: Language) -> None:
    defaults = nlp.Defaults
    prefixes = [r"[" + _OPEN + r"]", r"[وفبلك]{1,2}ـ*(?=[A-Za-z])", r"[وفبلك]{1,2}ـ+(?=[0-9٠-٩])", *defaults.prefixes]
    suffixes = [
        r"[" + _CLOSE + r"]",
        r"(?<=[\u0600-\u06FFA-Za-z0-9%»”’\"')\]])\.",
        r"(?<=[\u0600-\u06FFA-Za-z0-9%])\.\.+",
        r"[،؛؟!?,;]",
        *defaults.suffixes,
    ]
    infixes = [r"(?<=[\u0600-\u06FF])[،؛](?=[\u0600-\u06FF])", r"(?<=\.)\.(?=[\u0600-\u06FF])", *defaults.infixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # Exceptions from the blank Arabic model would keep some of these glued; the rules above decide.
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if not re.search(r"[.:]", k)}
    nlp.vocab.lex_attr_getters[NORM] = norm_key


def build_nlp(*, model: bool = True) -> Language:
    """A fresh Arabic pipeline: tokenizer rules, sentence rules and, when shipped, the NER model."""
    nlp = spacy.blank("ar")
    nlp.max_length = 4_000_000  # above pipeline.read's per-article limit (2 MB of UTF-8)
    _customise_tokenizer(nlp)
    nlp.add_pipe("naba_sentences")
    if model:
        from pipeline import ner  # local import: the NER component is optional

        if ner.model_available():
            nlp.add_pipe("naba_ner")
    return nlp


@functools.lru_cache(maxsize=2)
def get_nlp(model: bool = True) -> Language:
    """The process-wide pipeline (built once)."""
    return build_nlp(model=model)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ``(start, end)`` of each sentence, trimmed of surrounding whitespace."""
    out = []
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if toks:
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return out
