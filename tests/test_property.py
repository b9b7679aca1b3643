"""Property tests: random Unicode and Arabic-heavy text through reading and the whole chain.

For any text the chain must not raise, every span must slice the stored text exactly, and the
record must validate again after a JSON round trip. Reading must give back exactly the text that
was written, in every supported encoding.
"""

from __future__ import annotations

import codecs
import hashlib

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.errors import InputError
from pipeline.read import make_article, read_text_bytes
from schemas.records import ArticleRecord, Span

from conftest import SEED_DIR

SEED_WORDS = next(SEED_DIR.glob("*.txt")).read_text(encoding="utf-8").split()

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
INVISIBLES = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad"
PUNCT = " \n\t.،؛؟!:«»“”\"'()[]-–—…%$٪"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩"
LATIN = "abcXYZ"

arabic_soup = st.text(
    alphabet=st.sampled_from(
        ARABIC_LETTERS * 4 + DIACRITICS + INVISIBLES + "\u0640" + PUNCT + DIGITS + LATIN
    ),
    min_size=1,
    max_size=300,
)
any_unicode = st.text(min_size=1, max_size=200)
# Shuffled seed words with stray invisibles, tatweel, diacritics and quote marks between them.
seed_like = st.lists(
    st.one_of(
        st.sampled_from(SEED_WORDS),
        st.sampled_from(
            ["«", "»", ":", "،", ".", "\n", "قال", "إن", "وفقًا ل", "مليار دولار", "2024", "ـ"]
        ),
        st.sampled_from(list(INVISIBLES + DIACRITICS)),
    ),
    min_size=1,
    max_size=80,
).map(" ".join)

PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _spans(record: ArticleRecord) -> list[Span]:
    spans: list[Span] = [*record.sentences, *record.mentions, *record.dates, *record.amounts]
    for q in record.quotes:
        spans += [q.content, q.cue] + ([q.speaker] if q.speaker else [])
    spans += [r.evidence for r in record.relations]
    return spans


def _check_chain(raw: str) -> None:
    from pipeline.run import extract_article

    try:
        article = make_article(raw, source="prop")
    except InputError:
        assume(False)
        return
    record = extract_article(article)
    text = record.article.text
    assert text == article.text
    for span in _spans(record):
        assert 0 <= span.start <= span.end <= len(text)
        assert text[span.start : span.end] == span.text
    again = ArticleRecord.model_validate_json(record.model_dump_json())
    assert again == record


@PROPERTY
@given(arabic_soup)
def test_chain_on_arabic_soup(raw: str) -> None:
    _check_chain(raw)


@PROPERTY
@given(seed_like)
def test_chain_on_seed_like_text(raw: str) -> None:
    _check_chain(raw)


@PROPERTY
@given(any_unicode)
def test_chain_on_any_unicode(raw: str) -> None:
    assume("\x00" not in raw)
    _check_chain(raw)


# ------------------------------------------------------------------ reading

READABLE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=200
)


@settings(max_examples=200, deadline=None)
@given(READABLE)
def test_utf8_and_utf16_give_back_the_exact_text(text: str) -> None:
    assume(not text.startswith("\ufeff"))  # indistinguishable from a byte order mark
    assume(not text.startswith("%PDF-"))  # a binary signature
    for data, name in [
        (codecs.BOM_UTF8 + text.encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + text.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "utf-16-be"),
    ]:
        assert read_text_bytes(data, "p") == (text, name)
    if not text.encode().startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF16_LE)):
        assert read_text_bytes(text.encode(), "p") == (text, "utf-8")


ARABIC_TEXT = st.text(
    alphabet=st.sampled_from(
        ARABIC_LETTERS * 3 + DIACRITICS[:-1] + " \n.،؛؟«»0123456789" + "\u0640"
    ),
    min_size=1,
    max_size=200,
)


@settings(max_examples=200, deadline=None)
@given(ARABIC_TEXT)
def test_windows_1256_arabic_is_detected(text: str) -> None:
    data = text.encode("cp1256")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        assume(False)  # pure ASCII, or bytes that happen to be valid UTF-8
    assume(any(c in ARABIC_LETTERS for c in text))
    assert read_text_bytes(data, "p") == (text, "windows-1256")


@settings(max_examples=200, deadline=None)
@given(READABLE)
def test_make_article_only_normalises_line_ends_and_outer_space(raw: str) -> None:
    try:
        a = make_article(raw, source="p")
    except InputError as err:
        assert err.reason == "empty article"
        assert not raw.replace("\r", "\n").strip()
        return
    assert a.text == raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    assert a.id == hashlib.sha256(a.text.encode()).hexdigest()[:16]
    assert make_article(a.text, source="p") == a  # idempotent
