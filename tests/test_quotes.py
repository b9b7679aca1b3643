"""Quote extraction and speaker attribution (pipeline/quotes.py).

The golden passages in tests/golden/quotes/ are scored with the benchmark's own code
(benchmarks/quotes_bench.py) and pinned with floors; the unit tests below pin single behaviours.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from pipeline.drafts import MentionDraft
from pipeline.nlp import get_nlp, sentence_spans
from pipeline.quotes import _pair_marks, extract_quotes

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "quotes_bench", ROOT / "benchmarks" / "quotes_bench.py"
)
bench = importlib.util.module_from_spec(_spec)
sys.modules["quotes_bench"] = bench
_spec.loader.exec_module(bench)


@pytest.fixture(scope="module")
def cases():
    return bench.load_cases()


def _run(text: str, mentions: list[tuple[str, ...]] | None = None):
    """Extract quotes from ``text`` with the given ``(label, surface[, org_type])`` mentions (first
    occurrence)."""
    ms = []
    for label, surface, *org_type in mentions or []:
        i = text.index(surface)
        ms.append(MentionDraft(i, i + len(surface), surface, label, "lexicon", 0.9, org_type=org_type[0] if org_type else None))
    ms.sort(key=lambda m: m.start)
    sents = sentence_spans(get_nlp(model=False)(text))
    quotes, new = extract_quotes(text, sents, ms)
    return quotes, new, ms


def _show(text, q):
    sp = text[q.speaker[0] : q.speaker[1]] if q.speaker else None
    return (q.kind, text[q.cue[0] : q.cue[1]], sp, text[q.content[0] : q.content[1]])


# --- golden passages ---------------------------------------------------------------------------


def test_golden_has_every_case_type(cases):
    kinds = {c.case for c in cases}
    assert len(cases) >= 40
    for need in (
        "direct_colon",
        "direct_cue_after",
        "direct_split",
        "direct_multi_sentence",
        "direct_multi_paragraph",
        "direct_nested",
        "partial_quote",
        "indirect_verb_first",
        "subject_first",
        "org_speaker",
        "role_no_name",
        "carry_over",
        "previous_sentence",
        "according_to",
        "context_frame",
        "unnamed_speaker",
        "distractor",
    ):
        assert need in kinds, need


def test_golden_quality_floor(cases):
    rows = bench.evaluate(cases)
    s = bench.summary(rows["ALL"])
    assert s["overlap_f1"] >= 0.95, bench.report(rows)
    assert s["quote_speaker_f1"] >= 0.92, bench.report(rows)
    assert s["attributed_precision"] >= 0.95, bench.report(rows)
    # the speaker's role where the passages give one: right where naba gives one, and mostly found
    assert rows["ALL"].role_gold >= 150, bench.report(rows)
    assert s["role_accuracy"] >= 0.95 and s["role_recall"] >= 0.75, bench.report(rows)


def test_golden_distractors_give_nothing(cases):
    for case in cases:
        if case.case == "distractor":
            quotes, _ = bench.predict(case)
            assert quotes == [], (case.id, [_show(case.text, q) for q in quotes])


def test_spans_are_well_formed(cases):
    for case in cases:
        quotes, keys = bench.predict(case)
        for q in quotes:
            assert 0 <= q.content[0] < q.content[1] <= len(case.text)
            assert 0 <= q.cue[0] < q.cue[1] <= len(case.text)
            # (a frame in the middle of its clause attributes the whole sentence, frame included:
            # «لأنها تقود حسب وزيرها X إلى …»)
            assert q.kind == "according_to" or not (
                q.cue[0] >= q.content[0] and q.cue[1] <= q.content[1]
            ), "cue inside its own content"

            assert q.kind in ("direct", "indirect", "according_to")
            assert 0.0 <= q.confidence <= 1.0
            assert 0 <= q.sentence < len(case.sentences)
            if q.speaker is not None:
                assert q.speaker in keys, f"{case.id}: speaker span is not a mention"


_ANER = sorted((ROOT / "tests" / "golden" / "quotes" / "anercorp").glob("*.yaml"))


# Floors on the annotated ANERcorp ranges (token offsets; the text is read from the shared corpus):
# (what, ranges left out, or the one range scored, quotes at least, overlap F1, quote+speaker F1,
# attributed-speaker precision). Each held-out range gets its own floor after its rules; the
# subsets before each new range keep theirs, so a rule for one range cannot cost the others.
_BEFORE_1845 = ("train_1845_1980",)
_BEFORE_0481 = _BEFORE_1845 + ("train_0481_0531", "train_0618_0643", "train_1510_1600")
_BEFORE_2115 = _BEFORE_0481 + ("train_2115_2250",)
_BEFORE_1980 = _BEFORE_2115 + ("train_1980_2115",)
_BEFORE_0760 = _BEFORE_1980 + ("train_0760_0842", "train_1420_1469")
_BEFORE_0200 = _BEFORE_0760 + ("train_0200_0400",)
_BEFORE_0000 = _BEFORE_0200 + ("train_0000_0020", "train_0910_1000")
_BEFORE_2840 = _BEFORE_0000 + ("train_2840_2900", "train_3110_3190")
_BEFORE_2334 = _BEFORE_2840 + ("train_2334_2400",)
_BEFORE_0531 = _BEFORE_2334 + ("train_0531_0618",)
_BEFORE_0401 = _BEFORE_0531 + ("train_0401_0481",)
_BEFORE_3720 = _BEFORE_0401 + ("train_3720_3780",)
_BEFORE_3420 = _BEFORE_3720 + ("train_3420_3475",)
_BEFORE_2950 = _BEFORE_3420 + ("train_2950_3000",)
_BEFORE_2560 = _BEFORE_2950 + ("train_2560_2740",)
_BEFORE_3512 = _BEFORE_2560 + ("train_3512_3600",)
_BEFORE_0842 = _BEFORE_3512 + ("train_0842_0910",)
_NEWSWIRE_FLOORS = [
    ("all 42 ranges", (), None, 1434, 0.91, 0.866, 0.945),
    ("the 41 ranges before 1845-1979", _BEFORE_1845, None, 1410, 0.91, 0.868, 0.946),
    ("the 38 ranges before 481-530, 618-642 and 1510-1599", _BEFORE_0481, None, 1398, 0.91, 0.871, 0.946),
    ("the 37 ranges before 2115-2249", _BEFORE_2115, None, 1384, 0.91, 0.871, 0.944),
    ("the 36 ranges before 1980-2114", _BEFORE_1980, None, 1343, 0.91, 0.870, 0.943),
    ("the 34 ranges before 760-841 and 1420-1468", _BEFORE_0760, None, 1327, 0.91, 0.868, 0.943),
    ("the 33 ranges before 200-399", _BEFORE_0200, None, 1293, 0.91, 0.867, 0.941),
    ("the 31 ranges before 0-19 and 910-999", _BEFORE_0000, None, 1241, 0.91, 0.871, 0.942),
    ("the 29 ranges before 2840-2899 and 3110-3189", _BEFORE_2840, None, 1204, 0.91, 0.866, 0.942),
    ("the 28 ranges before 2334-2399", _BEFORE_2334, None, 1180, 0.91, 0.863, 0.942),
    ("the 27 ranges before 531-617", _BEFORE_0531, None, 1149, 0.91, 0.864, 0.942),
    ("the 26 ranges before 401-480", _BEFORE_0401, None, 1118, 0.91, 0.866, 0.942),
    ("the 25 ranges before 3720-3779", _BEFORE_3720, None, 1108, 0.91, 0.866, 0.941),
    ("the 24 ranges before 3420-3474", _BEFORE_3420, None, 1085, 0.92, 0.873, 0.942),
    ("the 23 ranges before 2950-2999", _BEFORE_2950, None, 1053, 0.92, 0.871, 0.940),
    ("the 22 ranges before 2560-2739", _BEFORE_2560, None, 973, 0.93, 0.887, 0.943),
    ("the 21 ranges before 3512-3599", _BEFORE_3512, None, 915, None, 0.882, 0.939),
    ("the 20 ranges before 842-909", _BEFORE_0842, None, 883, None, 0.884, 0.943),
    ("the 19 ranges before 643-759", _BEFORE_0842 + ("train_0643_0760",), None, 828, 0.93, 0.885, 0.943),
    ("the 18 ranges before 2250-2333", _BEFORE_0842 + ("train_2250_2334", "train_0643_0760"), None, 769, None, 0.892, 0.944),
    # (speaker F1 0.86 → 0.85 and attributed P 0.93 → 0.90 on 2026-12-02: «ووصف عنان وصبري المحادثات بانها " كانت مفيدة وصريحة "»
    # (654) is now a direct quote of the describers, as the blind annotators count 15 of the 17
    # «وصف … بأنها "…"» of their files; this range's annotation counts no description, so it is one
    # spurious quote here; range 2740-2839 counts «تصرف غير أخلاقي تماما», now found)
    # (attributed P 0.90 → 0.87 on 2026-12-05: «وعقد البرتغالي مانويل كاجودا جلسة مع اللاعبين …
    # وقال لهم إن …», whose report runs past the annotators' end, now carries its right speaker,
    # كاجودا, past «لهم»; the quote was unattributed before, so its span error now counts against
    # the attributed speakers)
    ("643-759 after its rules", (), "train_0643_0760", 55, None, 0.85, 0.87),
    ("842-909 (first look 0.73 / 0.85 on 114343a), after the next round", (), "train_0842_0910", 32, None, 0.82, 0.86),
    ("3512-3599 (first look 0.62 / 0.76 on 114343a) after its rules", (), "train_3512_3600", 58, None, 0.97, 0.97),
    ("2560-2739 (first look 0.54 / 0.74 on cc397af) after its rules", (), "train_2560_2740", 80, None, 0.65, 0.88),
    ("2950-2999 (first look 0.54 / 0.84 on 386d8bd) after its rules", (), "train_2950_3000", 32, None, 0.93, 0.97),
    ("3420-3474 (first look 0.29 / 0.60 on 7914e73) after its rules", (), "train_3420_3475", 23, None, 0.50, 0.90),
    ("3720-3779 (first look 0.56 / 0.80 on 52ce3b4) after its rules", (), "train_3720_3780", 10, None, 0.82, 1.00),
    ("401-480 (first look 0.77 / 1.00 on 2718de0) after its rules", (), "train_0401_0481", 31, None, 0.84, 1.00),
    ("531-617 (first look 0.60 / 0.76 on 0b3a92c) after its rules", (), "train_0531_0618", 31, None, 0.82, 0.90),
    ("2334-2399 (first look 0.79 / 0.93 on cf6ea3f) after its rules", (), "train_2334_2400", 24, None, 0.95, 0.95),
    ("2840-2899 (first look 0.57 / 0.73 on 0148570) after its rules", (), "train_2840_2900", 14, None, 0.80, 0.75),
    ("3110-3189 (first look 0.60 / 0.72 on 0148570) after its rules", (), "train_3110_3190", 23, None, 0.95, 0.95),
    ("0-19 (first look 0.73 / 0.92 on 30d30a7) after its rules", (), "train_0000_0020", 18, None, 0.95, 0.95),
    # (attributed P 0.82 → 0.78 on 2026-12-01: the spurious «على حد ما يقوله» clause, cut after its
    # comma, now carries its right speaker, الحكيم, past his own «أعترف» inside his quote; the quote
    # was unattributed before, so the span error now counts against the attributed speakers)
    ("910-999 (first look 0.46 / 0.71 on 30d30a7) after its rules", (), "train_0910_1000", 34, None, 0.55, 0.77),
    ("200-399 (first look 0.72 / 0.84 on 73527ae) after its rules", (), "train_0200_0400", 34, None, 0.90, 0.95),
    ("760-841 (first look 0.82 / 0.83 on f89f38d) after its rules", (), "train_0760_0842", 10, None, 0.95, 0.95),
    ("1420-1468 (first look 0.50 / 1.00 on f89f38d) after its rules", (), "train_1420_1469", 6, None, 0.95, 0.95),
    ("1980-2114 (first look 0.45 / 0.64 on ba13a52) after its rules", (), "train_1980_2115", 41, None, 0.90, 0.95),
    ("2115-2249 (first look 0.43 / 1.00 on 06cf3d9) after its rules", (), "train_2115_2250", 14, None, 0.72, 0.95),
    ("481-530 (first look 0.00 / none given on a3b8255) after its rules", (), "train_0481_0531", 5, None, 0.24, 0.95),
    ("1510-1599 (first look 0.33 / 1.00 on a3b8255) after its rules", (), "train_1510_1600", 7, None, 0.65, 0.95),
    ("1845-1979 (first look 0.30 / 0.20 on 5ca6924) after its rules", (), "train_1845_1980", 24, None, 0.82, 0.95),
]


@pytest.mark.parametrize("what, without, only, gold, overlap_f1, speaker_f1, attributed_p", _NEWSWIRE_FLOORS, ids=[f[0] for f in _NEWSWIRE_FLOORS])
def test_real_newswire_floor(what, without, only, gold, overlap_f1, speaker_f1, attributed_p):
    files = [f for f in _ANER if (f.stem == only if only else f.stem not in without)]
    rows = bench.evaluate_anercorp(files)
    s = bench.summary(rows["ALL"])
    assert rows["ALL"].gold >= gold
    if overlap_f1 is not None:
        assert s["overlap_f1"] >= overlap_f1, bench.report(rows)
    assert s["quote_speaker_f1"] >= speaker_f1, bench.report(rows)
    assert s["attributed_precision"] >= attributed_p, bench.report(rows)


_BLIND = ROOT / "tests" / "golden" / "quotes" / "blind"


@pytest.mark.parametrize(
    "name, gold, end_to_end, speaker_f1, attributed_p",
    [
        # politics: the stage on the annotated mentions, first look 0.80 / 0.92 (2ef5443), 0.99 / 1.00 after
        # its rules; end to end, first look 0.75 / 0.85, after its rules 0.85 / 0.93 with the entity stage
        # of 2ef5443, 0.93 / 1.00 with that of 374772b
        ("politics", 116, False, 0.96, 0.97),
        ("politics", 116, True, 0.90, 0.95),
        # business: first look 0.75 / 0.90 (2ef5443; 0.81 / 0.93 on the fixed annotation), 0.95 / 0.95
        # after its rules; end to end, first look 0.77 / 0.96, after its rules 0.93 / 0.95
        ("business", 93, False, 0.92, 0.93),
        ("business", 93, True, 0.88, 0.90),
        # the second batch. wire: first look 0.86 / 0.91 alone (0.87 / 0.93 on the fixed annotation),
        # 0.92 / 0.94 after its rules; end to end 0.67 / 0.82 at first look, 0.84 / 0.95 after its rules
        # with the entity stage of 7397770 (0.72 / 0.85 with that of db3a4c3)
        ("wire", 96, False, 0.89, 0.91),
        ("wire", 96, True, 0.80, 0.91),
        # local: first look 0.77 / 0.93 alone, 0.89 / 0.94 after its rules; end to end 0.69 / 0.83 at
        # first look, 0.84 / 0.96 after its rules with the entity stage of 7397770 (0.73 / 0.84 with db3a4c3)
        ("local", 110, False, 0.86, 0.91),
        ("local", 110, True, 0.80, 0.92),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_blind_development_floor(name, gold, end_to_end, speaker_f1, attributed_p):
    # blind passages used as development data since their first look (tests/golden/quotes/README.md)
    rows = bench.evaluate_blind([_BLIND / f"{name}.yaml"], end_to_end=end_to_end)
    s = bench.summary(rows["ALL"])
    assert rows["ALL"].gold == gold
    assert s["quote_speaker_f1"] >= speaker_f1, bench.report(rows)
    assert s["attributed_precision"] >= attributed_p, bench.report(rows)


def test_real_newswire_speaker_matches_its_own_name():
    # a lone annotated «بوش» is matched against «جورج بوش» by its own name words, not merged
    # first into a joint «بوش وبلير» named elsewhere in the range
    from pipeline.drafts import QuoteDraft

    text = "التقى بوش وبلير امس .\nوقال جورج بوش ان الحرب طويلة .\n"
    joint, full = text.index("بوش وبلير"), text.index("جورج بوش")
    c0 = text.index("الحرب")
    content = (c0, text.index(" .", c0))
    gold = bench.GoldQuote("indirect", content, (0, 1), "بوش", None)
    case = bench.Case("t", "anercorp", text, [], [], {}, [gold])
    keys = {(joint, joint + 9): "بوش وبلير", (full, full + 8): "جورج بوش"}
    q = QuoteDraft("indirect", content, (0, 1), (full, full + 8), None, 0.9, 1)
    c = bench.score_case(case, [q], keys, None, bench._same_person)
    assert (c.speaker_ok, c.attributed_ok) == (1, 1)
    other = QuoteDraft("indirect", content, (0, 1), (joint, joint + 9), None, 0.9, 1)
    assert bench._same_person("بوش وبلير", "بلير") and not bench._same_person("جورج بوش", "بلير")
    c = bench.score_case(case, [other], keys, None, bench._same_person)
    assert c.speaker_ok == 1  # one name's words within the other's still match


def test_quote_marks_around_a_bodys_name_do_not_keep_it_from_matching():
    assert bench._same_person('جمعيه "بحرنا"', "بحرنا") and bench._same_person("بحرنا", "جمعيه «بحرنا»")
    assert not bench._same_person('جمعيه "بحرنا"', "سامي")


# --- the seed ------------------------------------------------------------------------------------


def test_seed_quotes_with_hand_built_mentions(seed_text):
    text = seed_text
    mentions = [
        ("ORG", "interestingengineering"),
        ("PERSON", "مارك زوكربيرج"),
    ]
    ms = [
        MentionDraft(text.index(s), text.index(s) + len(s), s, lab, "lexicon", 0.9)
        for lab, s in mentions
    ]
    i = text.index("قال جنسن هوانغ") + 4
    ms.append(MentionDraft(i, i + 10, "جنسن هوانغ", "PERSON", "lexicon", 0.9))
    ms.sort(key=lambda m: m.start)
    sents = sentence_spans(get_nlp(model=False)(text))
    quotes, _ = extract_quotes(text, sents, ms)
    got = [_show(text, q) for q in quotes]
    assert len(got) == 4, got
    assert got[0][:3] == ("according_to", "ووفقًا لما نشره", "interestingengineering")
    assert got[0][3].startswith("تشمل الصفقة")
    assert got[1][:3] == ("direct", "قال", "جنسن هوانغ") and got[1][3].startswith(
        "لا أحد ينشر"
    )
    assert got[2][:3] == ("direct", "قال", "مارك زوكربيرج") and got[2][3].startswith(
        "نحن متحمسون"
    )
    assert got[3][:3] == ("indirect", "وأضاف", "مارك زوكربيرج") and got[3][
        3
    ].startswith("فرق الهندسة")
    assert quotes[1].role == "المؤسس والرئيس التنفيذي لشركة إنفيديا"
    assert quotes[2].role == "المؤسس والرئيس التنفيذي لشركة ميتا"


def test_seed_through_the_pipeline(seed_text):
    from pipeline import extract

    rec = extract(seed_text)
    by_cue = {(q.kind, q.cue.text): q for q in rec.quotes}
    huang = by_cue[("direct", "قال")]
    assert huang.speaker is not None and huang.speaker_key is not None
    added = by_cue[("indirect", "وأضاف")]
    zuck = next(
        q
        for q in rec.quotes
        if q.kind == "direct" and q.content.text.startswith("نحن متحمسون")
    )
    assert added.speaker_key == zuck.speaker_key is not None
    # the speaker key is the same entity as the other spelling in the title (زوكربيرغ)
    title_zuck = [m for m in rec.mentions if m.text == "زوكربيرغ"]
    assert title_zuck and title_zuck[0].entity_key == zuck.speaker_key


# --- unit behaviours -----------------------------------------------------------------------------


def test_pairing_nested_and_apostrophes():
    text = 'قال: «قلنا "لا" مراراً» وكتب O’Brien ‘نعم’.'
    pairs = [(text[p.open], text[p.close], p.depth) for p in _pair_marks(text)]
    assert ("«", "»", 0) in pairs and ('"', '"', 1) in pairs and ("‘", "’", 0) in pairs
    assert len(pairs) == 3  # the apostrophe in O’Brien closes nothing


def test_pairing_multi_paragraph_reopened():
    text = "قال: «الفقرة الأولى\n«والفقرة الثانية»"
    (p,) = _pair_marks(text)
    assert text[p.open + 1 : p.close] == "الفقرة الأولى\n«والفقرة الثانية"


def test_unclosed_mark_at_paragraph_end_is_dropped():
    assert _pair_marks("قال «شيئاً\nثم مضى") == []


def test_reversed_guillemets_pair():
    text = "يقول : » المفاجئ ليس هو الحدث « ."
    (p,) = _pair_marks(text)
    assert text[slice(*p.content)] == "المفاجئ ليس هو الحدث"


def test_unclosed_quote_after_cue_runs_to_paragraph_end():
    text = (
        'عبر أنان عن صدمته. وقال " أنا مصدوم ومضطرب في العمق من القصف .\nوفي خبر آخر.'
    )
    quotes, _, _ = _run(text, [("PERSON", "أنان")])
    assert [_show(text, q) for q in quotes] == [
        ("direct", "وقال", "أنان", "أنا مصدوم ومضطرب في العمق من القصف")
    ]


def test_word_ending_in_lam_is_not_an_addressee():
    # «ويقول يحيى»: the ل ending «يقول» does not make يحيى the one spoken to
    text = "ويقول يحيى بيرت في اتصال هاتفي إن الأرقام الرسمية تقدر العدد بستة عشر ألفاً."
    quotes, _, _ = _run(text, [("PERSON", "يحيى بيرت")])
    assert _show(text, quotes[0])[2] == "يحيى بيرت"


def test_told_verb_mention_is_the_addressee():
    text = "مسؤول بارز في الوزارة أبلغ صحيفة نيويورك تايمز أن التمرد ازداد سوءاً في الأشهر الأخيرة."
    quotes, _, _ = _run(text, [("ORG", "نيويورك تايمز")])
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_statement_author_is_the_speaker():
    text = "وأفاد بيان صادر عن مكتب أولمرت أن الأخير أبلغ أنان أسفه.\nوأضاف البيان أن أولمرت تحفظ على التصريح."
    quotes, _, _ = _run(text, [("PERSON", "أولمرت"), ("PERSON", "أنان")])
    assert [_show(text, q)[2] for q in quotes] == ["أولمرت", "أولمرت"]


def test_what_confirms_is_not_a_cue():
    text = "وما يؤكد وقوع هذا الحدث أن العرب اعتادوا المجيء إلى مكة كل عام."
    assert _run(text)[0] == []


def test_diacritics_and_tatweel_in_cues():
    text = "وأكّـد وزيـر الصحة فهد الجلاجل أنّ اللقاحات متوفرة في جميع المراكز."
    quotes, _, _ = _run(text, [("PERSON", "فهد الجلاجل")])
    assert [_show(text, q)[:3] for q in quotes] == [
        ("indirect", "وأكّـد", "فهد الجلاجل")
    ]


def test_speaker_proposed_when_entities_missed_it():
    text = "وقال الخبير الاقتصادي أحمد السيد إن التضخم سيتراجع في الربع المقبل."
    quotes, new, _ = _run(text)
    assert [(m.text, m.label, m.source) for m in new] == [
        ("أحمد السيد", "PERSON", "rule")
    ]
    assert quotes[0].speaker == (new[0].start, new[0].end)
    assert quotes[0].role == "الخبير الاقتصادي"


def test_unnamed_source_is_not_a_speaker():
    text = "وقال مصدر مطلع إن المحادثات ستُستأنف الأسبوع المقبل."
    quotes, new, _ = _run(text)
    assert len(quotes) == 1 and quotes[0].speaker is None and new == []


def test_passive_does_not_carry_over():
    text = "وقال الوزير خالد الفالح إن الاستثمارات ارتفعت.\nوقيل إن الصفقة ستُعلن قريباً."
    quotes, _, _ = _run(text, [("PERSON", "خالد الفالح")])
    assert [q.speaker is None for q in quotes] == [False, True]


def test_carry_over_stops_at_gender_mismatch():
    text = "وقال الوزير خالد الفالح إن الاستثمارات ارتفعت.\nوأضافت أن الصادرات نمت."
    quotes, _, _ = _run(text, [("PERSON", "خالد الفالح")])
    assert quotes[1].speaker is None


def test_addressee_is_not_the_speaker():
    text = "وقال محمد بن عبدالله لرويترز إن الشركة ستتوسع."
    quotes, _, _ = _run(text, [("PERSON", "محمد بن عبدالله"), ("ORG", "رويترز")])
    assert _show(text, quotes[0])[2] == "محمد بن عبدالله"


def test_short_quoted_term_without_cue_is_not_a_quote():
    text = 'وأطلقت الشركة منصة "سحاب" الجديدة ووصفتها بأنها "ثورية".'
    quotes, _, _ = _run(text)
    assert quotes == []


def test_no_cue_no_work():
    assert extract_quotes("", [], []) == ([], [])
    text = "ارتفعت أسعار النفط اليوم."
    assert extract_quotes(text, [(0, len(text))], []) == ([], [])




def test_a_feminine_title_with_an_adjective_of_origin_is_the_last_speaker():
    # «المسؤولة الصينية» stands for the woman just quoted, as «المسؤول الصيني» would for a man
    text = (
        "وقالت هوا مي نائبة رئيس الشركة في مقابلة: «السوق الأوروبية صعبة لكنها عادلة».\n"
        "ونفت المسؤولة الصينية أن تكون الشركة تبيع بخسارة."
    )
    quotes, _, _ = _run(text, [("PERSON", "هوا مي")])
    got = [_show(text, q) for q in quotes]
    assert ("indirect", "ونفت", "هوا مي", "تكون الشركة تبيع بخسارة") in got


def test_a_name_set_off_by_commas_with_its_latin_gloss_or_its_origin():
    # «المتحدثة باسم المنظمة في عمّان، آنا بيرغ (Anna Berg)، خلال مؤتمر صحفي:» — the gloss after
    # the name, and an adjective of origin before it, keep the apposition the speaker's name
    text = 'وأوضحت المتحدثة باسم المنظمة في عمّان، آنا بيرغ (Anna Berg)، خلال مؤتمر صحفي: "الوضع يزداد سوءاً كل يوم".'
    quotes, _, _ = _run(text, [("PERSON", "آنا بيرغ")])
    assert [_show(text, q)[2] for q in quotes] == ["آنا بيرغ"]
    text = 'وقال ممثل البرنامج في بيروت، الألماني كارل هوفمان، في حديث للصحفيين: "المخزون يكفي شهراً واحداً".'
    quotes, _, _ = _run(text, [("PERSON", "كارل هوفمان")])
    assert [_show(text, q)[2] for q in quotes] == ["كارل هوفمان"]


def test_a_title_of_a_convention_on_a_subject_then_the_name():
    # «بشأن» continues the title's complement: the name after it is the speaker, not the body
    text = "وقال الأمين التنفيذي لاتفاقية الأمم المتحدة بشأن التصحر إبراهيم ثياو في كلمته: «الأرض تنفد منا»."
    quotes, _, _ = _run(text, [("ORG", "الأمم المتحدة"), ("PERSON", "إبراهيم ثياو")])
    assert [_show(text, q)[2] for q in quotes] == ["إبراهيم ثياو"]


def test_a_name_the_entities_missed_set_off_by_commas_after_a_title():
    # «رئيسة الرابطة، ماريون فايس (Marion Weiss)، في تصريح:»: two words spelled by a Latin gloss
    text = 'وقالت رئيسة رابطة البلديات النمساوية، ماريون فايس (Marion Weiss)، في تصريح للإذاعة: "الميزانية لا تكفي".'
    quotes, new, _ = _run(text, [("ORG", "رابطة البلديات النمساوية")])
    assert [_show(text, q)[2] for q in quotes] == ["ماريون فايس"]
    # no gloss and no given name: the words between commas are no name
    text = 'وقالت رئيسة رابطة البلديات النمساوية، بصوت متهدج، في تصريح للإذاعة: "الميزانية لا تكفي".'
    quotes, new, _ = _run(text, [("ORG", "رابطة البلديات النمساوية")])
    assert all(_show(text, q)[2] != "بصوت متهدج" for q in quotes)


def test_a_leading_member_of_a_party_is_a_title():
    # «القيادية في الحزب X»: a title with its place, then the name
    text = 'وترى القيادية في حزب العمال سارة الحلبي أن الحكومة "لم تف بوعودها للعمال".'
    quotes, _, _ = _run(text, [("ORG", "حزب العمال"), ("PERSON", "سارة الحلبي")])
    assert {_show(text, q)[2] for q in quotes} == {"سارة الحلبي"}


def test_a_reporting_verb_opening_a_later_clause_owns_the_conjunction():
    # «أبدى» has no conjunction of its own: «إن» is «قالت»'s, and so is the speaker
    text = "وأبدى القضاة تشككاً في حجج الحكومة، إذ قالت القاضية سلمى الخطيب إن الحكم نهائي."
    quotes, _, _ = _run(text, [("PERSON", "سلمى الخطيب")])
    assert [(_show(text, q)[1], _show(text, q)[2]) for q in quotes] == [("قالت", "سلمى الخطيب")]
    # a verb with its own quote in marks before the later clause keeps it
    text = 'كما يعرب النص عن "تصميم المجلس على العمل مع الحكومة"، ويشير إلى أن الحل سياسي.'
    quotes, _, _ = _run(text)
    assert any(_show(text, q)[1] == "يعرب" for q in quotes)


def test_a_lieutenants_rank_after_the_comma_keeps_the_name_the_speaker():
    text = "وقال المكلف بالإعلام في الحماية المدنية، الملازم رياض الحلبي، إن الحريق أخمد."
    quotes, _, _ = _run(text, [("PERSON", "رياض الحلبي")])
    assert [_show(text, q)[2] for q in quotes] == ["رياض الحلبي"]


def test_subject_first_a_name_set_off_by_commas_after_a_title_and_its_body():
    text = "أما رئيس المجلس البلدي، كريم الشناوي، فقد اعتبر أن الحريق متعمد."
    quotes, _, _ = _run(text, [("ORG", "المجلس البلدي"), ("PERSON", "كريم الشناوي")])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [("كريم الشناوي", "رئيس المجلس البلدي")]


def test_a_place_name_ending_in_ta_marbuta_governs_no_name_after_it():
    # «أمين محافظة جدة فهد الزهراني»: «جدة» ends the title's complement; the name is the subject
    text = "وكان أمين محافظة جدة فهد الزهراني قد صرّح بأن المشروع يهدف إلى تحسين الأحياء."
    quotes, _, _ = _run(text, [("LOC", "جدة"), ("PERSON", "فهد الزهراني")])
    assert [_show(text, q)[2] for q in quotes] == ["فهد الزهراني"]
    # an indefinite noun in ة before a name still governs it: «زيارة بلير»
    text = "وكانت زيارة بلير قد أكدت أن الطرفين متفقان."
    quotes, _, _ = _run(text, [("PERSON", "بلير")])
    assert all(_show(text, q)[2] != "بلير" for q in quotes)


def test_an_outlet_spoken_to_is_not_the_subject_of_the_verb_after_it():
    text = "غير أن سكاناً تحدثوا إلى وكالة فرانس برس أكدوا أن التعويضات لا تكفي."
    quotes, _, _ = _run(text, [("ORG", "فرانس برس")])
    assert quotes and all(q.speaker is None for q in quotes)


@pytest.mark.parametrize(
    "text, name",
    [
        ("وقال القائم بالأعمال في السفارة الكندية، جون سميث، إن الزيارة ناجحة.", "جون سميث"),
        ("وقالت سكرتيرة الحريات في النقابة سلمى الخطيب إن الصحفيين مهددون.", "سلمى الخطيب"),
    ],
)
def test_charge_d_affaires_and_a_woman_secretary_are_titles(text, name):
    quotes, _, _ = _run(text, [("PERSON", name)])
    assert [_show(text, q)[2] for q in quotes] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "هاجم النائب سامر الخلايلة قانون الضريبة الجديد، وقال تحت قبة البرلمان: «المواطن لم يعد يحتمل أي عبء إضافي».",
        "رفض المهندس سامر الخلايلة خطة البلدية، وقال داخل قاعة المجلس إن الطريق لن يُنجز قبل الشتاء.",
    ],
)
def test_a_place_phrase_after_a_subjectless_cue_is_no_subject(text):
    # «وقال تحت قبة البرلمان: …»: the cue has no subject of its own, the one who criticised speaks
    quotes, _, _ = _run(text, [("PERSON", "سامر الخلايلة")])
    assert [_show(text, q)[2] for q in quotes] == ["سامر الخلايلة"]


def test_bayyana_with_its_shadda_is_a_cue_after_a_long_subject():
    text = "وبيّن مدير الإحصاء في الوزارة خلال ندوة بالعاصمة عمّان أن البطالة تراجعت إلى 21 في المئة."
    quotes, _, _ = _run(text, [("LOC", "عمّان")])
    assert [_show(text, q)[3] for q in quotes] == ["البطالة تراجعت إلى 21 في المئة"]
    # unvocalised «بين» stays a preposition when the conjunction is far
    text = "وبين المدن الثلاث التي زارها الوفد الأسبوع الماضي فرق كبير في الخدمات، إلا أن البلديات تتعاون."
    quotes, _, _ = _run(text, [])
    assert quotes == []


def test_reported_content_ends_before_another_partys_act_after_while():
    text = "ورأى زعيم المعارضة كريم الدباغ أن الحكومة أخفقت في إدارة الأزمة، فيما طالب نواب مستقلون بتشكيل لجنة تحقيق."
    quotes, _, _ = _run(text, [("PERSON", "كريم الدباغ")])
    assert [_show(text, q)[3] for q in quotes] == ["الحكومة أخفقت في إدارة الأزمة"]


def test_a_body_referred_back_by_the_head_noun_left_out_of_its_name():
    # the entities stage gave «ماكفرسون» without «لجنة»; «وقالت اللجنة» is that committee
    text = "وبعد نشر لجنة ماكفرسون تقريرها النهائي، عقد الوزير مؤتمراً صحفياً.\nوقالت اللجنة في خلاصتها إن الشرطة أخفقت في حماية الشهود."
    quotes, _, _ = _run(text, [("ORG", "ماكفرسون")])
    assert [_show(text, q)[2] for q in quotes] == ["ماكفرسون"]


def test_a_country_after_a_feminine_verb_speaks_through_its_participle_past_commas():
    text = "رفضت تركيا، الأربعاء، العرض الذي قدمه الاتحاد الأوروبي بشأن اللاجئين، مؤكدةً أن أي اتفاق يجب أن يشمل تأشيرات الدخول."
    quotes, _, _ = _run(text, [("LOC", "تركيا"), ("ORG", "الاتحاد الأوروبي")])
    assert [_show(text, q)[2] for q in quotes] == ["تركيا"]


def test_a_body_named_in_construct_speaks_though_the_entities_stage_missed_it():
    text = "وأعلنت شركة كهرباء الشمال في بيان أن التيار سيعود إلى الأحياء مساء اليوم."
    quotes, mentions, _ = _run(text, [])
    assert [_show(text, q)[2] for q in quotes] == ["شركة كهرباء الشمال"]
    # an indefinite adjective describes a body, it names none: the speaker stays null
    text = "وقالت منظمة حقوقية دولية إن الاعتقالات تعسفية."
    quotes, _, _ = _run(text, [])
    assert [q.speaker for q in quotes] == [None]


def test_the_given_name_anna_is_no_first_person_pronoun():
    text = "وقالت رئيسة البعثة آنا ليندكويست في مؤتمر صحفي: «لاحظنا تحسناً في تنظيم مراكز الاقتراع»."
    quotes, _, _ = _run(text, [("PERSON", "آنا ليندكويست")])
    assert [(_show(text, q)[2], _show(text, q)[3]) for q in quotes] == [("آنا ليندكويست", "لاحظنا تحسناً في تنظيم مراكز الاقتراع")]


def test_standards_after_wifq_are_no_source_even_at_their_best():
    text = "وأكد الوزير أن المطار سيُدار وفق «أعلى معايير منظمة الطيران المدني الدولي» خلال عامين."
    quotes, _, _ = _run(text, [("ORG", "منظمة الطيران المدني الدولي")])
    assert _show(text, quotes[0])[3] == "المطار سيُدار وفق «أعلى معايير منظمة الطيران المدني الدولي» خلال عامين"


def test_a_diplomat_who_spoke_to_an_agency_is_an_unnamed_source():
    text = "وحسب دبلوماسي غربي في جنيف تحدث لـ«فرانس برس» طالباً عدم نشر اسمه، فإن المحادثات ستُستأنف الشهر المقبل."
    quotes, _, _ = _run(text, [("ORG", "فرانس برس")])
    assert [(_show(text, q)[2], _show(text, q)[3]) for q in quotes] == [(None, "المحادثات ستُستأنف الشهر المقبل")]


def test_a_feminine_participle_after_its_definite_noun_is_the_predicate():
    text = "وقال رئيس الكتلة سعيد الحكيم إن الحكومة مطالبة بتقديم موازنة واقعية."
    quotes, _, _ = _run(text, [("PERSON", "سعيد الحكيم")])
    assert [_show(text, q)[3] for q in quotes] == ["الحكومة مطالبة بتقديم موازنة واقعية"]


def test_a_member_for_a_constituency_then_his_name():
    text = "واعتبر النائب عن محافظة أربيل كاوه محمود أن القانون يحتاج إلى تعديل."
    quotes, _, _ = _run(text, [("LOC", "أربيل"), ("PERSON", "كاوه محمود")])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [("كاوه محمود", "النائب عن محافظة أربيل")]


def test_kin_of_the_one_the_story_is_about_is_a_role_before_the_name():
    text = "وتقول شقيقته، ليلى العمري، إن العائلة لم تتلقَّ أي اتصال منذ اعتقاله."
    quotes, _, _ = _run(text, [("PERSON", "ليلى العمري")])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [("ليلى العمري", "شقيقته")]


def test_a_definite_noun_with_la_after_the_verb_is_the_one_spoken_to():
    text = "غير أن رئيس الشركة خالد المنصوري صرّح للتلفزيون الرسمي بأن المصنع سيُفتتح في الربيع."
    quotes, _, _ = _run(text, [("PERSON", "خالد المنصوري")])
    assert [_show(text, q)[2] for q in quotes] == ["خالد المنصوري"]


def test_a_short_zone_verb_reaches_past_the_occasion_of_speaking():
    text = "وتحدث الوزير سامي الهاشمي عن الموازنة. وتابع في تصريح لإذاعة «شمس إف إم» أن العجز سيتراجع هذا العام."
    quotes, _, _ = _run(text, [("PERSON", "سامي الهاشمي"), ("ORG", "شمس إف إم")])
    assert [_show(text, q)[3] for q in quotes] == ["العجز سيتراجع هذا العام"]


def test_a_body_named_back_by_its_definite_head_noun_as_the_verbs_subject():
    # «وكالة» starts with و: no و + «كالة»; the participle's speaker is the agency named before
    text = "خفّضت وكالة موديز تصنيف البلاد الائتماني. في المقابل، أبقت الوكالة على نظرتها المستقرة للأردن، محذّرةً من أن الدين العام قد يرتفع."
    quotes, _, _ = _run(text, [("ORG", "وكالة موديز")])
    assert [_show(text, q)[2] for q in quotes] == ["وكالة موديز"]


def test_the_writers_connector_before_a_framed_clause_is_no_part_of_it():
    text = "في الأثناء، تراجعت الصادرات بنسبة 12 في المئة، بحسب بيانات البنك المركزي."
    quotes, _, _ = _run(text, [("ORG", "البنك المركزي")])
    assert [_show(text, q)[3] for q in quotes] == ["تراجعت الصادرات بنسبة 12 في المئة"]


def test_a_body_with_the_article_named_with_its_adjective_and_complement_speaks():
    text = "من جهتها، أوضحت الشركة التونسية للكهرباء والغاز، في بلاغ، أن التيار سيعود مساء اليوم."
    quotes, _, _ = _run(text, [])
    assert [_show(text, q)[2] for q in quotes] == ["الشركة التونسية للكهرباء والغاز"]
    # «الشركة المشغلة له»: a description with a pronoun, no name
    text = "وقالت الشركة المشغلة له إن عدد المسافرين ارتفع."
    quotes, _, _ = _run(text, [])
    assert [q.speaker for q in quotes] == [None]


def test_a_frame_names_back_a_body_by_its_head_noun():
    text = "أحال جهاز تنظيم الاتصالات الشركة إلى النيابة.\nووفقاً لبيان الجهاز، فإن الغرامات تجاوزت مليون دينار."
    quotes, _, _ = _run(text, [("ORG", "جهاز تنظيم الاتصالات")])
    assert [(q.kind, _show(text, q)[2]) for q in quotes] == [("according_to", "جهاز تنظيم الاتصالات")]


def test_a_reported_clause_that_goes_on_after_its_marks_with_a_future_verb():
    text = "وذكرت الشركة في بيان أنها \"تحترم قرار المحكمة\" وستدرس خياراتها خلال أيام."
    quotes, _, _ = _run(text, [])
    assert sorted((q.kind, _show(text, q)[3]) for q in quotes) == [
        ("direct", "تحترم قرار المحكمة"),
        ("indirect", '"تحترم قرار المحكمة" وستدرس خياراتها خلال أيام'),
    ]


def test_a_body_named_in_marks_is_no_quote_through_the_pipeline():
    from pipeline.run import extract_article
    from schemas import Article

    text = "وقالت جمعية «شباب من أجل التغيير» إن القانون الجديد لا يحمي المتظاهرين."
    rec = extract_article(Article(id="marks-body", text=text))
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in rec.quotes] == [("indirect", "شباب من أجل التغيير")]


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("وقالت الطالبة في كلية الطب ريان عبد الرحيم: «فقدت سنتين من عمري».", "ريان عبد الرحيم", "الطالبة في كلية الطب"),
        ("ويقول الطبيب في مستشفى كسلا التعليمي عثمان الطيب إن القسم يستقبل أضعاف طاقته.", "عثمان الطيب", "الطبيب في مستشفى كسلا التعليمي"),
    ],
)
def test_a_calling_with_the_article_is_a_title_before_the_name(text, name, role):
    quotes, _, _ = _run(text, [("PERSON", name)])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [(name, role)]


def test_a_calling_without_the_article_or_alone_names_no_one():
    # «تاجر مواد غذائية»: an unnamed trader, not a title before the name «مواد غذائية»
    text = "وقال تاجر مواد غذائية في السوق القديم: «نشتري بالدولار ونبيع بالريال»."
    quotes, _, _ = _run(text, [])
    assert [q.speaker for q in quotes] == [None]
    # «وقال الطبيب إن»: not the last speaker, who was no doctor
    text = "وشكا رئيس الغرفة نادر سليم من أن الرسوم تثقل التجار.\nوقال الطبيب إن المريض يشكو من آلام في الصدر."
    quotes, _, _ = _run(text, [("PERSON", "نادر سليم")])
    assert [_show(text, q)[2] for q in quotes] == ["نادر سليم", None]
    # the bare verb «طالب» stays a verb (demanded, with its clause), not a student
    text = "وطالب النائب سامي الحداد بأن تستقيل الحكومة فوراً."
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد")])
    assert [(_show(text, q)[1], _show(text, q)[2], q.role) for q in quotes] == [("وطالب", "سامي الحداد", "النائب")]


@pytest.mark.parametrize("opening", ["قد يفتح", "لا يفتح", "لم يفتح"])
def test_marked_words_after_a_definite_noun_that_open_a_verbal_clause_are_a_partial_quote(opening):
    # «إن النموذج "قد يفتح الباب …"»: the noun's predicate in marks, what was said, not the name of
    # a model
    text = f'وقالت الباحثة سلمى حداد إن النموذج "{opening} الباب أمام تطبيقات تعليمية".'
    quotes, _, _ = _run(text, [("PERSON", "سلمى حداد")])
    assert sorted(_show(text, q)[0::3] for q in quotes) == [
        ("direct", f"{opening} الباب أمام تطبيقات تعليمية"),
        ("indirect", f'النموذج "{opening} الباب أمام تطبيقات تعليمية"'),
    ]


def test_a_short_marked_clause_after_a_comma_goes_on_with_the_report():
    text = 'وقال وزير المياه سامي الحداد إن الوزارة ستعتمد على الصهاريج في المناطق المرتفعة، "ولن نترك أي حي دون مياه طوال الصيانة".'
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد")])
    assert sorted(_show(text, q)[0::3] for q in quotes) == [
        ("direct", "ولن نترك أي حي دون مياه طوال الصيانة"),
        ("indirect", 'الوزارة ستعتمد على الصهاريج في المناطق المرتفعة، "ولن نترك أي حي دون مياه طوال الصيانة"'),
    ]
    # a long one is the speaker's own statement after the report
    text = (
        'ويؤكد سامي الحداد أنه ليس لديه ما يخفيه، "ولكن الله منحني الفطنة والخبرة والتجربة من أيام '
        'الشباب الأولى حتى لا أقع تحت قبضة الشرطة في أي مكان".'
    )
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد")])
    assert ("indirect", "ليس لديه ما يخفيه") in [_show(text, q)[0::3] for q in quotes]


def test_a_long_marked_clause_in_the_third_person_goes_on_with_the_report():
    # «وأضافت أن العمليات استؤنفت …، "لكن التأخير … قد يمتد …"»: no "I" or "we" in the marks, so
    # it is the report's own last clause, quoted word for word (and a partial quote besides)
    tail = "لكن التأخير في مواعيد بعض الخطوط الملاحية قد يمتد حتى نهاية الأسبوع المقبل على الأقل"
    text = f'وأضافت مديرة الميناء مريم البلوشي أن العمليات استؤنفت عند الرابعة عصراً، "{tail}".'
    quotes, _, _ = _run(text, [("PERSON", "مريم البلوشي")])
    assert sorted(_show(text, q)[0::3] for q in quotes) == [
        ("direct", tail),
        ("indirect", f'العمليات استؤنفت عند الرابعة عصراً، "{tail}"'),
    ]
    # one the writer closes with an exclamation is shown apart from the report
    text = (
        "ويعترف الكاتب سامي الحداد بأن المرأة، في نظره، هي روح الفن، \"ولو لم توجد المرأة على هذه "
        "الأرض، فلربما وجد العلم، ولكن الأكيد أن الفن ما كان ليوجد\" ! ذلك أن الإلهام هو نفسه امرأة."
    )
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد")])
    assert ("indirect", "المرأة، في نظره، هي روح الفن") in [_show(text, q)[0::3] for q in quotes]


def test_a_frame_with_what_was_said_names_its_source_by_a_definite_noun():
    # «بحسب ما أفادت به البلدية»: whoever «said» it is a source, here the municipality named before
    text = "وقعت شركة مدى للأقمار الصناعية اتفاقية مع بلدية ظفار لتوفير الإنترنت لأربعين قرية، بحسب ما أفادت به البلدية."
    quotes, _, _ = _run(text, [("ORG", "شركة مدى للأقمار الصناعية"), ("ORG", "بلدية ظفار")])
    assert [(q.kind, _show(text, q)[2]) for q in quotes] == [("according_to", "بلدية ظفار")]


@pytest.mark.parametrize(
    "first",
    [
        "تراجعت شحنات الهواتف بنسبة 7 في المئة، وفقاً لتقرير أصدرته مؤسسة أوربت للأبحاث الخميس.",
        "أصدرت مؤسسة أوربت للأبحاث تقريراً عن شحنات الهواتف الذكية.",
    ],
)
def test_the_report_named_back_is_its_issuers(first):
    # «وبحسب التقرير»، «وأوضح التقرير»: the body that issued the report named just before
    text = first + "\nوبحسب التقرير، فإن شركة هانبيت حافظت على الصدارة.\nوأوضح التقرير أن الشحنات تراجعت."
    quotes, _, _ = _run(text, [("ORG", "مؤسسة أوربت للأبحاث"), ("ORG", "شركة هانبيت")])
    assert [_show(text, q)[2] for q in quotes if _show(text, q)[3].startswith(("شركة هانبيت", "الشحنات"))] == [
        "مؤسسة أوربت للأبحاث",
        "مؤسسة أوربت للأبحاث",
    ]


def test_a_memo_is_a_document_not_a_participle_of_reminding():
    text = "وكشفت مذكرة صادرة عن مؤسسة بريزم للأبحاث أن حصة الشركة قد ترتفع إلى 18 في المئة."
    quotes, _, _ = _run(text, [("ORG", "مؤسسة بريزم للأبحاث")])
    assert [(q.kind, _show(text, q)[2]) for q in quotes] == [("indirect", "مؤسسة بريزم للأبحاث")]
    # «في مذكرة بحثية»: the occasion, the analyst speaks
    text = "وقال كبير المحللين في بنك الخليج جيمس ويلكنز، في مذكرة بحثية، إن السوق ستشهد عجزاً في الإمدادات."
    quotes, _, _ = _run(text, [("PERSON", "جيمس ويلكنز"), ("ORG", "بنك الخليج")])
    assert [(q.kind, _show(text, q)[2]) for q in quotes] == [("indirect", "جيمس ويلكنز")]


def test_a_demand_with_its_clause_is_reported_speech():
    # «طالب بأن + clause» (the issue lists طالب): a report; «طالب بـ + noun»: no clause, no quote
    text = "وطالبت المتحدثة باسم الجمعية زابينه كول بأن تدفع الشركة تعويضاً لا يقل عن ألف يورو لكل متضرر."
    quotes, _, _ = _run(text, [("PERSON", "زابينه كول")])
    assert [_show(text, q)[0::2] + (_show(text, q)[3],) for q in quotes] == [
        ("indirect", "زابينه كول", "تدفع الشركة تعويضاً لا يقل عن ألف يورو لكل متضرر")
    ]
    text = "وطالب النقابي سامي الحداد بزيادة الأجور قبل نهاية العام."
    assert _run(text, [("PERSON", "سامي الحداد")])[0] == []
    # a present form after «، و» goes on with the content it belongs to
    text = "وقال الوزير سامي الحداد إن مجلس الأمن عليه أن يتحرك، ويطالب إسرائيل بالتوقف عن هذه الأعمال."
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد")])
    assert [_show(text, q)[3] for q in quotes] == ["مجلس الأمن عليه أن يتحرك، ويطالب إسرائيل بالتوقف عن هذه الأعمال"]


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("قالت الشريكة في صندوق أفق للاستثمار نادين حبيب: «نرى في السوق فرصة كبيرة».", "نادين حبيب", "الشريكة في صندوق أفق للاستثمار"),
        ("وأكد الوكيل المساعد للمناهج في الوزارة بدر العنزي أن المناهج مثقلة بالحشو.", "بدر العنزي", "الوكيل المساعد للمناهج في الوزارة"),
    ],
)
def test_a_partner_or_an_undersecretary_is_a_title(text, name, role):
    quotes, _, _ = _run(text, [("PERSON", name)])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [(name, role)]


def test_a_frames_relative_clause_set_off_by_commas_is_not_its_content():
    text = (
        "كشف تقرير سنوي أصدرته شركة سايفر غارد أن الهجمات ارتفعت.\n"
        "وبحسب التقرير، الذي حمل عنوان «عام الابتزاز الرقمي»، فإن قطاعي الصحة والطاقة استحوذا على نصف الحوادث."
    )
    quotes, _, _ = _run(text, [("ORG", "شركة سايفر غارد")])
    assert [(q.kind, _show(text, q)[2], _show(text, q)[3]) for q in quotes if q.kind == "according_to"] == [
        ("according_to", "شركة سايفر غارد", "قطاعي الصحة والطاقة استحوذا على نصف الحوادث")
    ]


@pytest.mark.parametrize(
    "text, name, role",
    [
        # (what «وهو» says he is, up to the verb of what he does, is his role, as the annotators give it)
        ("أما أحمد، وهو مريض سكري يتابع علاجه في المستشفى منذ سنوات، فقال إنه اضطر إلى إعادة تحاليله.", "أحمد", "مريض سكري"),
        ("أما الطبيبة سعاد فقالت إن الوضع في القسم صعب.", "سعاد", "الطبيبة"),
    ],
)
def test_a_given_name_alone_as_the_topic_of_amma_speaks(text, name, role):
    quotes, _, _ = _run(text, [])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [(name, role)]
    # a place as the topic stays no proposed person
    text = "أما القاهرة فقالت إن الوضع صعب."
    assert [_show(text, q)[2] for q in _run(text, [])[0]] == [None]


def test_a_present_verb_answering_amma_after_a_named_topic_is_no_impersonal_passive():
    # «أما أحمد الحارثي فيتوقع أن»: he expects; «أما في الجنوب فيتوقع أن»: it is expected, no one
    text = "أما أحمد بن سالم الحارثي، الاقتصادي في مرفأ للأبحاث، فيتوقع أن تنعكس الترقية على كلفة الاقتراض."
    quotes, _, _ = _run(text, [("PERSON", "أحمد بن سالم الحارثي")])
    assert [_show(text, q)[2] for q in quotes] == ["أحمد بن سالم الحارثي"]
    assert _run("أما في الجنوب فيتوقع أن تهطل الأمطار غداً.", [])[0] == []


def test_a_body_named_in_marks_after_lada_or_its_noun_is_no_quote():
    text = 'ويرى المحلل المالي لدى "أطلس كابيتال" كريم الودغيري أن نجاح التجربة "سيتوقف على ثقة الزبائن".'
    quotes, _, _ = _run(text, [("PERSON", "كريم الودغيري")])
    assert sorted(_show(text, q)[0::2] + (_show(text, q)[3],) for q in quotes) == [
        ("direct", "كريم الودغيري", "سيتوقف على ثقة الزبائن"),
        ("indirect", "كريم الودغيري", 'نجاح التجربة "سيتوقف على ثقة الزبائن"'),
    ]
    text = 'وأشار تقرير صادر عن مركز "بيروت للدراسات المالية" إلى أن الودائع العالقة تقدر بثمانين مليار دولار.'
    assert [q.kind for q in _run(text, [])[0]] == ["indirect"]


def test_a_conjunction_inside_the_subjects_relative_clause_is_not_the_verbs():
    text = 'بدوره، ذكر الموسيقي زياد حاتم، الذي كان مقرراً أن يحيي حفل الختام، أن الفنانين "يدفعون ثمن غياب سياسة ثقافية".'
    quotes, _, _ = _run(text, [("PERSON", "زياد حاتم")])
    assert sorted(_show(text, q)[0::3] for q in quotes) == [
        ("direct", "يدفعون ثمن غياب سياسة ثقافية"),
        ("indirect", 'الفنانين "يدفعون ثمن غياب سياسة ثقافية"'),
    ]


def test_the_network_names_back_a_network():
    text = "قضت المحكمة بتغريم شركة لصالح شبكة «أطلس سبورت»، صاحبة حقوق البث.\nوأفادت الشبكة في بيان بأن القرار يضع حداً للقرصنة."
    quotes, _, _ = _run(text, [("ORG", "أطلس سبورت")])
    assert [_show(text, q)[2] for q in quotes] == ["أطلس سبورت"]


def test_a_bodys_name_runs_past_ala_before_the_name_set_off_by_a_comma():
    text = 'قالت رئيسة جمعية صغار البائعين على الإنترنت، أيشه دمير (Ayşe Demir): "نرحب بأي استثمار".'
    quotes, _, _ = _run(text, [("ORG", "جمعية صغار"), ("PERSON", "أيشه دمير")])
    assert [_show(text, q)[2] for q in quotes] == ["أيشه دمير"]


@pytest.mark.parametrize(
    "text, body",
    [
        # the report issued with a pronoun: «نشر الديوان تقريره»
        ("نشر ديوان الطيران المدني تقريره الأولي حول الحادثة.\nوأفاد التقرير بأن الطائرة هبطت بسرعة عالية.", "ديوان الطيران المدني"),
        # «حسب النتائج التي نشرتها الشركة»
        ("حققت شركة طيران سدرة أرباحاً بلغت مليار ريال، حسب النتائج المالية التي نشرتها الشركة على موقعها.", "شركة طيران سدرة"),
        # «أما الشركة فأفادت»: the topic of أما names back the company
        ("أعلنت شركة طيران وارة خطة جديدة للتوظيف.\nأما الشركة فأفادت في بيان بأنها تعاقدت مع 18 طياراً.", "شركة طيران وارة"),
    ],
)
def test_a_body_named_back_by_what_it_published_or_as_the_topic_of_amma(text, body):
    quotes, _, _ = _run(text, [("ORG", body)])
    assert [_show(text, q)[2] for q in quotes] == [body]


def test_a_long_marked_predicate_after_a_definite_title_noun_is_a_partial_quote():
    # «أن التطبيق "أداة لمكافحة الفساد وليس للمراقبة"»: what the app is, said; «التطبيق "صحتي"» names it
    text = 'وأكد رئيس البلدية منير القلال، معتبراً أن التطبيق "أداة لمكافحة الفساد وليس للمراقبة".'
    quotes, _, _ = _run(text, [("PERSON", "منير القلال")])
    assert ("direct", "أداة لمكافحة الفساد وليس للمراقبة") in [_show(text, q)[0::3] for q in quotes]
    text = 'وقال الوزير سامي الحداد إن التطبيق "صحتي" متاح للجميع منذ الأمس.'
    assert [q.kind for q in _run(text, [("PERSON", "سامي الحداد")])[0]] == ["indirect"]


def test_nabbaha_with_its_conjunction_is_a_cue():
    text = "وأكد الوزير سامي الحداد أن العائلات عادت إلى أحيائها، لكنه نبّه إلى أن الخدمات ما زالت ضعيفة."
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد")])
    assert [(_show(text, q)[1], _show(text, q)[3]) for q in quotes] == [
        ("وأكد", "العائلات عادت إلى أحيائها"),
        ("نبّه", "الخدمات ما زالت ضعيفة"),
    ]


def test_a_cue_in_the_relative_clause_of_a_step_is_the_sentence_subjects():
    # «قررت مجموعة «أسواق الأطلس» إغلاق …، في خطوة قالت إنها …»: the group, in its words
    text = "قررت مجموعة «أسواق الأطلس» المغربية إغلاق سبعة من متاجرها في الدار البيضاء، في خطوة قالت إنها تأتي ضمن خطة الهيكلة."
    quotes, _, _ = _run(text, [("ORG", "أسواق الأطلس"), ("LOC", "الدار البيضاء")])
    assert [_show(text, q)[2] for q in quotes] == ["أسواق الأطلس"]


def test_amma_with_a_name_set_off_by_commas_after_its_origin_and_with_its_gloss():
    text = "أما نائبة رئيس «نوفا كلاود» لمنطقة الشرق الأوسط، الأميركية سارة ميلر (Sarah Miller)، فقالت: «نحن ندرّب المهندسين»."
    quotes, _, _ = _run(text, [("ORG", "نوفا كلاود"), ("LOC", "الشرق الأوسط"), ("PERSON", "سارة ميلر")])
    assert [_show(text, q)[2] for q in quotes] == ["سارة ميلر"]


def test_his_report_is_the_sentence_subjects():
    text = "انتقد جهاز الرقابة المالية في تقريره السنوي تأخر تنفيذ المشاريع.\nوأشار التقرير إلى أن ثلاثة مشاريع أُسندت إلى شركة واحدة."
    quotes, _, _ = _run(text, [("ORG", "جهاز الرقابة المالية")])
    assert [_show(text, q)[2] for q in quotes] == ["جهاز الرقابة المالية"]


def test_a_step_after_a_dateline_with_a_dash_is_the_subjects():
    text = "رام الله - أطلق مجلس القضاء الأعلى منظومة «ميزان» للتقاضي في محاكم الصلح، في خطوة قال إنها ستخفف أعباء التنقل."
    quotes, _, _ = _run(text, [("LOC", "رام الله"), ("ORG", "مجلس القضاء الأعلى")])
    assert [_show(text, q)[2] for q in quotes] == ["مجلس القضاء الأعلى"]


@pytest.mark.parametrize(
    "aside",
    ["طلب عدم ذكر اسمه", "فضّل عدم الكشف عن هويته", "وهو من أقدم المكاتب في المنطقة", "الذي يعمل في القطاع منذ عشرين عاماً"],
)
def test_a_subject_before_an_aside_set_off_by_commas_is_no_carry_over(aside):
    # «لكن مدير مكتب سفر في حولي، طلب عدم ذكر اسمه، أكد أن»: the noun before the aside is the
    # verb's subject, unnamed; the one who spoke before is not carried over
    text = f"وقال خالد العنزي إن الطلب قوي.\nلكن مدير مكتب سفر في حولي، {aside}، أكد أن الأسعار ارتفعت."
    quotes, _, _ = _run(text, [("PERSON", "خالد العنزي"), ("LOC", "حولي")])
    assert [q.speaker is None for q in quotes] == [False, True]


def test_an_adverbial_before_a_comma_still_carries_the_speaker_over():
    text = "وقال خالد العنزي إن الطلب قوي.\nوفي حديثه للصحيفة، أكد أن الأسعار ارتفعت."
    quotes, _, _ = _run(text, [("PERSON", "خالد العنزي")])
    assert [_show(text, q)[2] for q in quotes] == ["خالد العنزي", "خالد العنزي"]


@pytest.mark.parametrize(
    "subject",
    ["صاحب وكالة «تاسيلي إكسبديشن» في جانت", "صاحب وكالة تاسيلي للسياحة"],
)
def test_the_owner_of_a_body_named_by_commas_after_it_speaks(subject):
    text = f"وقال {subject}، إبراهيم أغ محمد، إن ثلاث مجموعات ألغت رحلاتها."
    body = "تاسيلي إكسبديشن" if "«" in subject else "وكالة تاسيلي للسياحة"
    quotes, _, _ = _run(text, [("ORG", body), ("PERSON", "إبراهيم أغ محمد")])
    assert [_show(text, q)[2] for q in quotes] == ["إبراهيم أغ محمد"]
    # a body's seat set off by commas names no one: the body speaks
    text = "وقالت شركة نور، ومقرها دبي، إن الطلب ارتفع."
    quotes, _, _ = _run(text, [("ORG", "نور"), ("LOC", "دبي")])
    assert [_show(text, q)[2] for q in quotes] == ["نور"]


def test_a_statement_issued_by_a_body_named_back_is_that_bodys():
    text = "أعلنت وزارة النقل التركية فوز التحالف.\nوأفاد بيان صادر عن الوزارة، الأربعاء، بأن التحالف الفائز يضم شركتين."
    quotes, _, _ = _run(text, [("ORG", "وزارة النقل التركية")])
    assert [_show(text, q)[2] for q in quotes] == ["وزارة النقل التركية"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("ويقول سائق توصيل في جدة يدعى ماجد العتيبي إن قسط سيارته قفز.", "ماجد العتيبي"),
        ("وقال تاجر الحديد في سوق الشورجة علي كاظم: «الطن كان أرخص قبل شهرين».", "علي كاظم"),
        ("ويقول صاحب متجر للإلكترونيات في عمّان، خالد النعيمات، إن ثلث الطلبات تُرفض.", "خالد النعيمات"),
    ],
)
def test_someone_described_by_a_trade_then_named_speaks(text, name):
    quotes, _, _ = _run(text, [("PERSON", name)])
    assert [_show(text, q)[2] for q in quotes] == [name]


def test_a_trade_with_no_name_stays_unnamed():
    text = "وقال تاجر في سوق الشورجة إن الأسعار ارتفعت."
    quotes, _, _ = _run(text)
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_ending_with_a_verbal_noun_of_speech_carries_the_speaker_over():
    text = "وقال سالم العمري إن السوق جيدة.\nوختم بالإشارة إلى أن شركته تدرس التوسع في أسواق جديدة."
    quotes, _, _ = _run(text, [("PERSON", "سالم العمري")])
    assert [_show(text, q)[2] for q in quotes] == ["سالم العمري", "سالم العمري"]


def test_the_player_himself_after_amma_is_the_one_introduced_with_that_title():
    text = (
        "أتمّ النادي التعاقد مع اللاعب الكوري لي جون هو في صفقة كبيرة.\n"
        "مالك النادي سعيد الكتبي أكد أن الصفقة جزء من خطة طويلة.\n"
        "أما اللاعب نفسه فقال: «اخترت دبي لأن المشروع هنا طموح»."
    )
    quotes, _, _ = _run(text, [("PERSON", "لي جون هو"), ("PERSON", "سعيد الكتبي")])
    assert [_show(text, q)[2] for q in quotes] == ["سعيد الكتبي", "لي جون هو"]


def test_amma_with_a_titled_name_set_off_by_commas():
    text = 'أما قائد فريق "صقور الظلام" السعودي، اللاعب عبدالعزيز الشمري، فقال: «جئنا لنرفع الكأس».'
    quotes, _, _ = _run(text, [("ORG", "صقور الظلام"), ("PERSON", "عبدالعزيز الشمري")])
    assert [_show(text, q)[2] for q in quotes] == ["عبدالعزيز الشمري"]


def test_a_body_described_then_named_in_marks_by_commas_speaks_by_its_name():
    text = 'ونفت الشركة الموزعة للعبة في الخليج، "بيكسل أرينا"، أن تكون قد تلقت إخطاراً رسمياً بالقرار.'
    quotes, _, _ = _run(text, [("ORG", "بيكسل أرينا")])
    assert [_show(text, q)[2] for q in quotes] == ["بيكسل أرينا"]


def test_a_person_then_the_body_he_works_at_before_the_verb_speaks():
    text = "أما المحلل المالي جيمس كولينز (James Collins) من شركة أركان للأوراق المالية فاعتبر أن النتائج فاقت التوقعات."
    quotes, _, _ = _run(text, [("PERSON", "جيمس كولينز"), ("ORG", "أركان للأوراق المالية")])
    assert [_show(text, q)[2] for q in quotes] == ["جيمس كولينز"]


@pytest.mark.parametrize(
    "frame",
    ["ونقلاً عن مصدر في الشركة", "وبحسب أطباء في مستشفى الثورة العام", "ووفقاً لثلاثة مصادر في قطاع النفط تحدثت إلى وكالة رويترز"],
)
def test_a_frame_citing_unnamed_people_of_a_body_names_no_speaker(frame):
    text = f"أعلنت شركة نور للطيران خطة جديدة.\n{frame}، فإن نسبة الإشغال تراجعت كثيراً هذا العام."
    ms = [("ORG", "نور للطيران")] + ([("ORG", "رويترز")] if "رويترز" in frame else []) + ([("ORG", "مستشفى الثورة العام")] if "مستشفى" in frame else [])
    quotes, _, _ = _run(text, ms)
    assert len(quotes) == 1 and quotes[0].speaker is None


@pytest.mark.parametrize(
    "subject, outlet",
    [('مستثمرون تحدثت إليهم "سي إن بي سي عربية"', "سي إن بي سي عربية"), ("مرضى آخرون التقتهم صحيفة «الصباح»", "الصباح")],
)
def test_the_outlet_that_met_those_who_speak_is_not_the_speaker(subject, outlet):
    text = f"ورأى {subject} أن تقييم الشركة منطقي."
    quotes, _, _ = _run(text, [("ORG", outlet)])
    assert len(quotes) == 1 and quotes[0].speaker is None


def test_unnamed_experts_of_a_body_before_the_verb_are_no_body():
    text = "وكان خبراء الأمم المتحدة قد أفادوا في تقريرهم الأخير بأن آلاف الجنود ينتشرون."
    quotes, _, _ = _run(text, [("ORG", "الأمم المتحدة")])
    assert len(quotes) == 1 and quotes[0].speaker is None
    text = "وكانت الأمم المتحدة قد أفادت في تقريرها بأن آلاف الجنود ينتشرون."
    quotes, _, _ = _run(text, [("ORG", "الأمم المتحدة")])
    assert [_show(text, q)[2] for q in quotes] == ["الأمم المتحدة"]


@pytest.mark.parametrize(
    "text, name, body",
    [
        ("وحذّر الباحث في «مركز البحر الأحمر للدراسات» الطاهر إدريس من أن الخطوة ستغذي التضخم.", "الطاهر إدريس", "مركز البحر الأحمر للدراسات"),
        ("وترى كبيرة الاقتصاديين في «مجموعة الدرعية المالية» نورة القحطاني أن العجز قابل للإدارة.", "نورة القحطاني", "الدرعية"),
    ],
)
def test_a_titles_body_in_marks_after_fi_is_no_quote(text, name, body):
    quotes, _, _ = _run(text, [("PERSON", name)])
    assert [(q.kind, _show(text, q)[2]) for q in quotes] == [("indirect", name)]


def test_a_frame_citing_someone_of_a_trade_who_asked_not_to_be_named():
    text = "ووفقاً لمهندس في محطة خور الزبير طلب عدم الكشف عن هويته، فإن الحادث نجم عن حمل زائد على الخطوط."
    quotes, _, _ = _run(text, [("ORG", "محطة خور الزبير")])
    assert [(q.speaker, _show(text, q)[3]) for q in quotes] == [(None, "الحادث نجم عن حمل زائد على الخطوط")]


def test_a_member_for_a_constituency_named_back_then_her_name():
    text = 'وقالت النائبة عن المحافظة زينب الموسوي لـ"شبكة الرافدين" إن الكهرباء لم تعد.'
    quotes, _, _ = _run(text, [("PERSON", "زينب الموسوي"), ("ORG", "شبكة الرافدين")])
    assert [_show(text, q)[2] for q in quotes] == ["زينب الموسوي"]


def test_the_reports_author_then_a_titled_name_by_commas():
    text = "وأشار معدّ التقرير، كبير المحللين سامي الحداد، إلى أن كلفة البطاريات ستنخفض."
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد")])
    assert [_show(text, q)[2] for q in quotes] == ["سامي الحداد"]


def test_a_titles_body_then_the_holders_name_by_commas_speaks_not_the_body():
    text = "من جهتها، بيّنت المديرة العامة لشركة تشغيل المترو، سامية عماري، أن المحطات الجديدة مجهزة."
    quotes, _, _ = _run(text, [("ORG", "تشغيل المترو")])
    assert [_show(text, q)[2] for q in quotes] == ["سامية عماري"]


def test_a_body_and_its_adjectives_before_the_verb_speaks():
    text = 'لكن منظمة "نبض الحياة" الطبية غير الحكومية دعت إلى أن تُعامل الأدوية كأولوية.'
    quotes, _, _ = _run(text, [("ORG", "نبض الحياة")])
    assert [_show(text, q)[2] for q in quotes] == ["نبض الحياة"]
    # a spokesman of the body before it stays unnamed
    text = 'غير أن متحدثاً باسم "قوات الدفاع" الانفصالية نفى أن يكون مقاتلوه قد شاركوا في الهجوم.'
    quotes, _, _ = _run(text, [("ORG", "قوات الدفاع")])
    assert len(quotes) == 1 and quotes[0].speaker is None


@pytest.mark.parametrize(
    "text, name",
    [
        ("وروى المهندس المتقاعد سليم العمري أنه أودع 15 ألف دينار على دفعات.", "سليم العمري"),
        ("وفي المحلة الكبرى، قالت العاملة في مصنع للملابس الجاهزة سناء فتحي: الأجر لا يكفي لإيجار شقة.", "سناء فتحي"),
    ],
)
def test_rawa_narrates_and_a_worker_with_her_workplace_then_her_name_speaks(text, name):
    quotes, _, _ = _run(text, [("PERSON", name)])
    assert [_show(text, q)[2] for q in quotes] == [name]


def test_a_title_whose_body_the_model_read_as_a_person_then_the_holders_name_by_commas():
    text = "من جهته، اعتبر رئيس تجمع صناعيي الشويفات، جورج أبي نادر، أن خطة الطاقة الشمسية هي المخرج."
    ms = [MentionDraft(text.index("صناعيي"), text.index("صناعيي") + len("صناعيي الشويفات"), "صناعيي الشويفات", "PERSON", "model", 0.86)]
    i = text.index("جورج أبي نادر")
    ms.append(MentionDraft(i, i + len("جورج أبي نادر"), "جورج أبي نادر", "PERSON", "rule", 0.8))
    quotes, _ = extract_quotes(text, sentence_spans(get_nlp(model=False)(text)), ms)
    assert [_show(text, q)[2] for q in quotes] == ["جورج أبي نادر"]


def test_amma_a_consultant_then_her_titled_name_by_commas():
    text = "أما استشارية الغدد الصماء في مستشفى الملك فيصل التخصصي، الدكتورة هالة الزهراني، فقالت: «الأجهزة وحدها لا تكفي»."
    quotes, _, _ = _run(text, [("ORG", "مستشفى الملك فيصل التخصصي"), ("PERSON", "هالة الزهراني")])
    assert [_show(text, q)[2] for q in quotes] == ["هالة الزهراني"]


def test_the_ministry_named_back_is_no_other_kind_of_body():
    # «الوزارة» is the last ministry named, not the last government body (a directorate named after it)
    text = (
        "أعلنت وزارة الصحة حملة تلقيح جديدة.\nوقالت مديرية علم الأوبئة في الرباط إن الحملة بدأت.\n"
        "وأفادت الوزارة بأن 120 وفاة سُجلت منذ بداية التفشي."
    )
    ms = []
    for surface in ("وزارة الصحة", "مديرية علم الأوبئة"):
        i = text.index(surface)
        ms.append(MentionDraft(i, i + len(surface), surface, "ORG", "rule", 0.75, org_type="government"))
    quotes, _ = extract_quotes(text, sentence_spans(get_nlp(model=False)(text)), ms)
    assert [_show(text, q)[2] for q in quotes] == ["مديرية علم الأوبئة", "وزارة الصحة"]


def test_a_professor_is_an_honorific_not_part_of_the_role():
    text = "وقال رئيس الجمعية العربية للجراحة البروفيسور سامي العلي إن المؤتمر ينطلق غداً."
    quotes, _, _ = _run(text, [("ORG", "الجمعية العربية للجراحة"), ("PERSON", "سامي العلي")])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [("سامي العلي", "رئيس الجمعية العربية للجراحة")]


@pytest.mark.parametrize(
    "text, role",
    [
        ("وقال مدير متجر للملابس الرجالية، فضّل عدم ذكر اسمه: الإيجارات المرتفعة لا تترك لنا هامشاً.", "مدير متجر للملابس الرجالية"),
        ("وقال صاحب مخبز في الحي، طلب عدم نشر اسمه، إن الطحين نفد.", "صاحب مخبز في الحي"),
    ],
)
def test_who_asked_not_to_be_named_speaks_unnamed(text, role):
    quotes, _, _ = _run(text, [])
    assert [(q.speaker, q.role) for q in quotes] == [(None, role)]


def test_refusing_to_name_something_else_keeps_the_speaker():
    text = "وقال سامي العلي، الذي رفض الكشف عن اسم الشركة، إن الطلب ارتفع."
    quotes, _, _ = _run(text, [("PERSON", "سامي العلي")])
    assert [_show(text, q)[2] for q in quotes] == ["سامي العلي"]


def test_the_conjunction_before_a_title_is_no_part_of_the_role():
    text = "ورئيس مجلس إدارة الشركة عبد الله الرشيد قال: «حققنا أعلى إيرادات في تاريخ الشركة»."
    quotes, _, _ = _run(text, [("PERSON", "عبد الله الرشيد")])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [("عبد الله الرشيد", "رئيس مجلس إدارة الشركة")]


def test_someone_called_by_the_decade_of_his_age_is_the_one_just_named():
    text = (
        "على رصيف الميناء يجلس الصياد سليم الدهيبي قرب مركبه المتوقف منذ أيام.\n"
        "يقول الستيني بصوت متعب: «المازوت صار أغلى من السمك».\n"
        "ويضيف أن نصف المراكب باتت مربوطة إلى الرصيف."
    )
    rec = _article(text)
    assert "الستيني" not in [m.text for m in rec.mentions]
    assert _speakers(text) == ["سليم الدهيبي", "سليم الدهيبي"]


def test_before_written_with_hamza_is_no_name():
    text = "ورئيس مجلس إدارة الشركة عبد الله فيصل الرشيد قال أمام المساهمين: «حققنا أعلى إيرادات في تاريخ الشركة»."
    assert not any("أمام" in m.text for m in _article(text).mentions)
    assert _speakers(text) == ["عبد الله فيصل الرشيد"]


def _article(text):
    """The whole pipeline on one passage (naba's own entity stage)."""
    from pipeline.run import extract_article
    from schemas import Article

    return extract_article(Article(id="t" + str(abs(hash(text)))[:10], text=text))


def _speakers(text):
    return [q.speaker.text if q.speaker else None for q in _article(text).quotes]


def test_a_subject_then_where_it_sits_before_the_verb_speaks():
    text = "وكان البنك المركزي اليمني في عدن قد أعلن أن شركات الصرافة ستحرم من الشبكة الموحدة."
    assert _speakers(text) == ["البنك المركزي اليمني"]
    # a spokesman's body and its seat stay the spokesman's (unnamed)
    text = "لكن المتحدث باسم نقابة عمال الحديد والصلب في البصرة اعتبر أن إعادة التشغيل جاءت متأخرة."
    assert _speakers(text) == [None]


def test_the_body_named_back_is_no_ministry_for_an_authority():
    text = (
        "أوقفت هيئة حماية المستهلك حملة ترويجية لشركة \"ركن الصحة\".\n"
        "وذكرت الهيئة في بيان أن \"الادعاءات الصحية تخضع لموافقة مسبقة من وزارة الصحة\".\n"
        "وبحسب إحصاءات الهيئة، تلقت الإدارات المختصة أكثر من 300 شكوى."
    )
    assert _speakers(text)[-1] == "هيئة حماية المستهلك"


def test_a_statement_goes_on_after_the_marks_of_the_bodys_name():
    text = (
        "أعلنت شركة \"هيلال إكسبريس\" للحوالات، ومقرها مقديشو، في بيان الأحد، أنها ستعلّق استقبال التحويلات.\n"
        "وأضاف البيان أن الحوالات المحجوزة ستُعاد إلى أصحابها خلال عشرة أيام."
    )
    assert _speakers(text) == ["هيلال إكسبريس", "هيلال إكسبريس"]


@pytest.mark.parametrize(
    "text, body",
    [
        (
            "قالت شركة \"ميديا بريدج\" للأبحاث، ومقرها دبي، في تقرير نشرته الثلاثاء، إن الإنفاق الإعلاني ارتفع.\n"
            "وأوضحت الشركة أن القنوات التلفزيونية استحوذت على نصف الإنفاق.\n"
            "وقال المدير التنفيذي للشركة كريم الحداد إن الموسم ما زال ذهبياً.\n"
            "وبحسب التقرير، بلغ الإنفاق في السعودية وحدها نحو 620 مليون دولار.",
            "ميديا بريدج",
        ),
        (
            "استحوذت شركات الاتصالات على نصف المساحات الإعلانية، بحسب دراسة أعدها مكتب \"إيماج ميديا\" للدراسات.\n"
            "وأشارت الدراسة إلى أن سعر الدقيقة الإعلانية قبيل الإفطار تضاعف.",
            "إيماج ميديا",
        ),
    ],
)
def test_a_document_named_back_is_its_issuers(text, body):
    assert _speakers(text)[-1] == body


def test_a_woman_called_by_the_decade_of_her_age_is_the_one_just_named():
    text = (
        "في أول كل شهر، تنتظر أم سامر في حي الوعر بحمص رسالة قصيرة من ابنها.\n"
        "«بلا هذه الرسالة لا نأكل لحماً ولا ندفع الإيجار»، تقول المرأة الستينية، «فالراتب التقاعدي لا يكفي»."
    )
    assert _speakers(text) == ["أم سامر", "أم سامر"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            'ونفى مدير الشركة المستوردة، "الواحة للحوم والمواشي"، عادل الفيتوري، أن تكون الشحنة مصابة.',
            "عادل الفيتوري",
        ),
        (
            "قالت مديرة المحافظ في شركة سيدار بوينت كابيتال (Cedar Point Capital) في دبي، كلير موران (Claire Moran)، "
            "في حديث لـ«المستثمر اليوم»: «القطاع ما زال يفتقر إلى أسهم مدرجة».",
            "كلير موران",
        ),
        ("ووفقاً لتقديرات اتحاد العمال في فيصل آباد، فإن نحو 150 ألف عامل فقدوا مصدر دخلهم.", "اتحاد العمال"),
        ("من جهتها، قالت رئيسة الجامعة الوطنية للنسيج، سنية المبروك، إن السوق الموازية تتغول.", "سنية المبروك"),
    ],
)
def test_the_holder_named_after_the_titles_body_and_its_place_speaks(text, name):
    assert _speakers(text) == [name]


def test_a_split_quote_said_laughing_goes_on_with_the_speaker():
    text = (
        "وعن ظروف التصوير، تقول الممثلة لينا الحكيم إن فريق العمل اشتغل تحت ضغط هائل.\n"
        '"لم يكن لدينا ترف إعادة المشهد أكثر من مرتين"، تضيف ضاحكة، "لكن هذا الضغط صنع شيئاً صادقاً على الشاشة".'
    )
    assert _speakers(text) == ["لينا الحكيم"] * 3


def test_a_festivals_management_speaks_for_the_festival_named_sentences_before():
    text = (
        "اختتمت مساء السبت فعاليات مهرجان وهران الدولي للفيلم العربي بتتويج فيلم تونسي.\n"
        "وقالت رئيسة لجنة التحكيم ديما عودة إن الفيلم الفائز ينتصر للإنسان البسيط.\n"
        "وأضافت عودة أن اللجنة واجهت صعوبة حقيقية في المفاضلة.\n"
        "من جهته، صرّح مخرج الفيلم أنيس القرقني للصحفيين بأن الجائزة رسالة إلى الجمهور.\n"
        "ودعت وزارة الثقافة الجزائرية إلى تعزيز الإنتاج المشترك.\n"
        "وأفادت إدارة المهرجان بأن عدد الأفلام المشاركة بلغ 42 فيلماً."
    )
    assert (_speakers(text)[-1] or "").startswith("مهرجان وهران")


def test_a_housewife_is_a_title_before_the_name():
    text = 'من جهتها، قالت ربة المنزل رنا حداد، من بلدة البداوي: "ننتظر منذ الفجر أمام الفرن".'
    quotes, _, _ = _run(text, [("PERSON", "رنا حداد")])
    assert [(_show(text, q)[2], q.role) for q in quotes] == [("رنا حداد", "ربة المنزل")]


@pytest.mark.parametrize(
    "text, name",
    [
        ("وتعمل سعاد المصري في المخيم منذ سنتين.\nتقول وهي تلف أوراق العنب: «في البداية كنت أطبخ لأنسى».", "سعاد المصري"),
        ("يجلس الصياد سالم العوني قرب مركبه.\nيقول الرجل الستيني وهو يفك عقد الشباك: «البحر لم يعد كريماً».", "سالم العوني"),
    ],
)
def test_what_one_did_while_speaking_is_no_part_of_the_subject(text, name):
    assert _speakers(text) == [name]


def test_the_company_named_back_after_its_name_with_a_verbal_noun():
    text = (
        "رفعت شركة مرمرة لتوزيع الغاز أسعار الغاز للمنازل في إسطنبول.\n"
        "وتوقع المحلل في مؤسسة «بوسفور كابيتال» للأبحاث، أمره يلدز، أن تنعكس الزيادة على التضخم.\n"
        "في المقابل، قالت الشركة في بيان إن الزيادة «ضرورية لاستمرار الاستثمار في الشبكة»."
    )
    assert _speakers(text)[-1] == "مرمرة لتوزيع الغاز"


def test_a_body_named_back_after_but_mid_sentence_speaks():
    text = (
        'أعلنت مجموعة "قزل أوغلو للمجوهرات" التركية أنها وقعت عقداً لتوريد مشغولات ذهبية.\n'
        "وكانت تقارير صحفية قد تحدثت عن تحقيق في شحنات ذهب، غير أن المجموعة نفت في بيان أن تكون لها أي صلة بمخالفات."
    )
    assert _speakers(text) == ["قزل أوغلو للمجوهرات", "قزل أوغلو للمجوهرات"]


def test_one_named_with_her_kin_before_a_dual_verb_speaks():
    text = 'العروس سناء بلحاج وأمها قالتا إنهما اختارتا استئجار "المضمة" ليلة الحفل فقط.'
    assert _speakers(text) == ["سناء بلحاج"]


def test_is_called_is_no_verb_of_saying():
    text = 'أطلقت شركة تونسية ناشئة تدعى "دروسي" منصة للدروس الخصوصية، تقول إنها تضم أكثر من 1200 مدرس.'
    quotes, _, _ = _run(text, [("ORG", "دروسي")])
    assert [_show(text, q)[1] for q in quotes] == ["تقول"]
    # «تدّعي» (claims), written with ي, is one
    quotes, _, _ = _run("وتدعي الشركة أن منتجاتها آمنة.", [])
    assert [q.kind for q in quotes] == ["indirect"]


def test_the_author_of_a_study_is_a_title_before_the_name():
    text = 'وقال معدّ الدراسة، الباحث البريطاني توماس رايت (Thomas Wright)، إن "الفجوة تتسع عاماً بعد عام".'
    assert _speakers(text) == ["توماس رايت"]


def test_a_given_name_that_begins_with_lam_is_no_one_spoken_to():
    # «لمى» and «لبنى» are names, not ل + «مي»/«بنى»: the woman speaks
    text = "وقالت المحللة في الشركة، لمى القحطاني، إن الطلب سيرتفع خلال العام المقبل."
    assert _speakers(text) == ["لمى القحطاني"]
    text = "وقالت لبنى الحايك إن المبيعات تراجعت في الربع الثالث."
    assert _speakers(text) == ["لبنى الحايك"]
    # a name with its ل after the speaker is still the one spoken to
    text = "وصرح المدير لمحمد السعدني بأن الطلب سيرتفع."
    assert _speakers(text) == [None]


def test_a_body_named_in_marks_before_its_verb_speaks():
    # the body noun opens the sentence (past «لكن»، «غير أن»، «أما»), its name in marks, then the verb
    text = 'لكن شركة "غلوبال ويتنس" قالت إن السكك الحديدية الجديدة تمر عبر أراضٍ زراعية.'
    assert _speakers(text) == ["غلوبال ويتنس"]
    text = 'أما منظمة «غرينبيس أفريقيا» فقد أكدت في تقرير حديث أن الكميات تكفي لإطعام الملايين.'
    assert _speakers(text) == ["غرينبيس أفريقيا"]
    # people of the body speak, not the body: unnamed
    text = 'ومحللون في شركة "بيت الخبرة للاستثمار" يرون أن نمو الطلب سيتراجع.'
    assert _speakers(text) == [None]


def test_a_company_named_back_by_its_nationality_is_the_one_company_named():
    intro = 'بدأت أولى شحنات خام الحديد طريقها نحو الصين، في مشروع تتقاسمه مجموعة "ريو تينتو" وتحالف صيني.\n'
    text = intro + "وأفادت الشركة الأسترالية-البريطانية في بيان بأن الإنتاج سيبلغ طاقته القصوى بحلول 2028."
    assert _speakers(text) == ["ريو تينتو"]
    # with two companies named, «الشركة الصينية» is not guessed
    text = (
        'وقعت مجموعة "ريو تينتو" اتفاقاً مع شركة "باو ستيل" لتوريد الخام.\n'
        "وأفادت الشركة الصينية في بيان بأن الإنتاج سيبلغ طاقته القصوى."
    )
    assert _speakers(text) == [None]


def test_amma_with_a_body_noun_no_body_was_named_for_is_no_carry_over():
    # «أما الشركة فقالت» with no company named before: the company speaks, unnamed, not the
    # woman quoted just before
    text = "قالت ريم الخصاونة إن المديرية سجلت مخالفات.\nأما الشركة فقالت في رد مكتوب إنها ركبت فلاتر جديدة."
    assert _speakers(text) == ["ريم الخصاونة", None]
    # named before, the company speaks
    text = (
        "يشتكي السكان من غبار ينبعث من مصنع شركة الجنوب العربي للإسمنت.\n"
        "قالت ريم الخصاونة إن المديرية سجلت مخالفات.\n"
        "أما الشركة فقالت في رد مكتوب إنها ركبت فلاتر جديدة."
    )
    assert _speakers(text) == ["ريم الخصاونة", "الجنوب العربي للإسمنت"]


def test_a_body_in_marks_after_a_title_is_no_quote_when_a_sentence_comes_before():
    # the words before the mark are read in the mark's own sentence: the full stop of the
    # sentence before no longer hides the title «المحلل في»
    text = (
        "تراجعت الأسعار في السوق المحلية خلال الشهر الماضي.\n"
        "ويعتقد المحلل في «بيت الخليج للأبحاث» بيتر غرانت أن السوق ستستعيد توازنها."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [("indirect", "بيتر غرانت")]


def test_a_relative_after_a_names_apposition_describes_the_name():
    text = (
        "ولا تختلف الصورة لدى جاره محمود عوض، صاحب معرض صغير على الطريق إلى رأس البر، "
        "الذي يرى أن المصانع الكبرى ابتلعت السوق."
    )
    assert _speakers(text) == ["محمود عوض"]


def test_the_one_we_asked_answers_laughing():
    # «سألنا X: "…؟"» then «فأجاب ضاحكاً:»: the manner is no subject, and the one asked answers
    # (not the woman quoted before)
    text = (
        "وترى المحللة سارة العلي أن الأسعار سترتفع.\n"
        'وفي مقهى صغير قرب سوق البهارات، سألنا صاحبه محمد أوزتورك: "هل تخشى أن يهجرك الزبائن؟".\n'
        'فأجاب ضاحكاً: "الأتراك لا يتركون قهوتهم. قد يقللون السكر، لكنهم لا يتركون الفنجان".'
    )
    assert _speakers(text) == ["سارة العلي", "محمد أوزتورك"]


def test_a_verb_before_the_family_name_of_one_named_before_is_no_given_name():
    text = "وقال رئيس الغرفة منجي بن عمر إن الصالونات كثيرة.\nوطالب بن عمر بأن تتولى البلديات منح رخص مؤقتة."
    assert _speakers(text) == ["منجي بن عمر", "بن عمر"]


def test_after_sales_is_one_noun_phrase_in_a_title():
    # «ما بعد البيع» holds two stop words; the title goes on to the name set off by commas
    text = 'وقال مدير خدمات ما بعد البيع في الشركة، جيمس ويلسون (James Wilson): "سلامة عملائنا تأتي أولاً".'
    assert _speakers(text) == ["جيمس ويلسون"]
    text = "وقالت مديرة خدمات ما بعد البيع في الشركة، أيشه كايا (Ayşe Kaya)، لوكالة الأناضول إن الإصلاح قصير."
    assert _speakers(text) == ["أيشه كايا"]


def test_a_profession_in_i_and_where_it_is_practised_work_like_a_title():
    text = 'ويرى الاقتصادي في مؤسسة "الأفق للدراسات"، طارق البلوشي، أن نجاح المصنع يتوقف على قدرته.'
    assert _speakers(text) == ["طارق البلوشي"]
    # the profession is no name of its own
    assert not any(m.text == "الاقتصادي" for m in _article(text).mentions)
    # a family name in -ي after the verb is still a name
    assert _speakers("وقال الشمري في تصريح إن النتائج جيدة.") == ["الشمري"]


def test_a_trade_and_an_age_name_back_the_one_just_named():
    text = (
        "في شارع ضيق بمنطقة الدورة شرق بيروت، يقف أبو جورج أمام ورشته الصغيرة.\n"
        "يقول الميكانيكي الستيني إن عمله تغير كثيراً."
    )
    assert _speakers(text) == ["أبو جورج"]
    assert not any(m.text == "الميكانيكي الستيني" for m in _article(text).mentions)


def test_b_and_the_titles_place_is_no_name():
    text = "من جهته، كشف المدير الجهوي للفلاحة بدرعة تافيلالت أن المساحات تجاوزت 60 ألف هكتار."
    assert _speakers(text) == [None]


def test_a_given_name_with_the_article_is_no_origin_before_the_name():
    # «الهادي» starts the name set off by commas; it is no adjective of origin like «الأميركية»
    text = "غير أن رئيس الجامعة التونسية لمالكي العقارات، الهادي القروي، حذّر من أن تسقيف الزيادات سيدفع الملاك."
    assert _speakers(text) == ["الهادي القروي"]


def test_a_bodys_officer_named_after_its_seat_speaks_for_the_participle():
    text = (
        "ورحّب رئيس جمعية صناعيي البلاستيك في إسطنبول، أردا يلماز (Arda Yılmaz)، بالقرار، "
        'معتبراً أنه "خطوة تأخرت كثيراً لكنها ضرورية".'
    )
    assert _speakers(text) == ["أردا يلماز"]


def test_a_fire_brigade_is_a_body_and_its_commander_speaks():
    text = (
        'وقال قائد فوج الإطفاء في حلب، العقيد وائل حمدان، لـ"المشهد الصناعي"، إن الحريق '
        '"نجم على الأرجح عن ماس كهربائي في قسم التخزين".'
    )
    assert set(_speakers(text)) == {"وائل حمدان"}
    assert ("ORG", "فوج الإطفاء") in {(m.label, m.text) for m in _article(text).mentions}
    # «قوله» ends the name it follows
    text = "ونُقل عن معاون وزير التجارة الداخلية رامي الشيخ علي قوله إن كل أسرة ستحصل على لترين من الزيت."
    assert not any(m.text.endswith("قوله") for m in _article(text).mentions)


def test_a_bodys_management_speaks_for_the_body_named_in_marks_after_its_noun():
    text = (
        "قال ممرضون يعملون في مستشفى «الأمل التخصصي» الخاص في الشارقة إن الإدارة أخّرت رواتبهم.\n"
        'وأفادت إدارة المستشفى في بيان بأن التأخير "يعود إلى تعثر تحصيل مستحقات من شركات التأمين".'
    )
    assert _speakers(text)[-1] == "الأمل التخصصي"


def test_a_gathering_of_professionals_is_a_body_that_speaks():
    text = "في المقابل، اعتبر تجمع أصحاب العيادات الأهلية أن الحملة استهدفت عيادات مرخّصة."
    assert _speakers(text) == ["تجمع أصحاب العيادات الأهلية"]


def test_data_issued_by_a_body_is_its_statement():
    text = "أفادت بيانات صادرة عن معهد الإحصاء التركي بأن صادرات البيض ارتفعت بنسبة 22%."
    assert _speakers(text) == ["معهد الإحصاء التركي"]
    # the data with the article and no issuer is no one's statement
    assert _speakers("وأفادت البيانات بأن الصادرات ارتفعت بنسبة 22%.") == [None]


def test_according_to_the_report_is_its_issuer():
    text = (
        "كشف تقرير صادر عن شركة ميزان لأبحاث السوق أن إيرادات البث بلغت 410 ملايين دولار.\n"
        "ووفقاً للتقرير، تستحوذ ثلاث منصات على 80% من السوق."
    )
    assert _speakers(text) == ["ميزان لأبحاث السوق", "ميزان لأبحاث السوق"]


def test_a_musician_by_instrument_is_a_title_before_the_name():
    text = "وأشار عازف التشيلو في الأوركسترا علي كاظم إلى أن الفرقة أحيت 11 حفلاً العام الماضي."
    assert _speakers(text) == ["علي كاظم"]


def test_parents_described_name_no_one():
    text = 'ويرى أولياء أمور التقتهم صحيفة "الغد" أن الأسعار مرتفعة مقارنة بدخل الأسرة.'
    assert _speakers(text) == [None]


def test_the_company_after_a_chain_named_in_marks_is_that_chain():
    text = (
        "أعلنت سلسلة «زووبلانيت» لمتاجر الحيوانات الأليفة عن إغلاق ثلاثة من فروعها في بيروت.\n"
        'وقالت الشركة في بيان إن الموظفين المتضررين "سيُنقلون إلى الفروع الأخرى".'
    )
    assert set(_speakers(text)) == {"زووبلانيت"}


def test_an_inspector_is_a_title_before_the_name():
    text = "«لا يوجد ما يدعو إلى الذعر»، يقول مفتش الأغذية في محافظة الجيزة أيمن عبد الستار."
    assert _speakers(text) == ["أيمن عبد الستار"]


def test_the_company_after_a_deal_is_the_subject_not_the_partner_after_a_preposition():
    text = (
        'وقّعت شركة "أطلس فوسفات" المغربية، الثلاثاء، اتفاقاً لتوريد 1.2 مليون طن من السماد إلى شركة "كيسان أغرو" الهندية.\n'
        'وأعلنت الشركة في بيان أن الشحنات الأولى "ستغادر ميناء الجرف الأصفر قبل نهاية الشهر الجاري".'
    )
    assert set(_speakers(text)) == {"أطلس فوسفات"}
    # a body named by its own noun after a preposition still beats one of the same kind named otherwise
    text = (
        "حذّرت إدارة حماية المستهلك في وزارة التجارة والصناعة من التخفيضات الوهمية.\n"
        "وأعلنت الوزارة في بيان أنها حررت 47 مخالفة منذ بدء الموسم."
    )
    assert _speakers(text)[-1] == "وزارة التجارة والصناعة"


def test_the_outlet_whose_reporter_is_spoken_to_is_no_speaker():
    text = 'وقال تاجر خردة لمراسل الأناضول إن القرار "سيدفع مئات العمال إلى البطالة".'
    assert "الأناضول" not in _speakers(text)


def test_an_undersecretary_is_a_title():
    text = 'وقال الوكيل الفني للوزارة، مهدي ضمد القيسي، إن "الوزارة ستعتمد هذا العام البطاقة الإلكترونية".'
    assert _speakers(text) == ["مهدي ضمد القيسي"]


def test_a_future_feminine_verb_with_a_body_is_no_body_speaking_for_his_expression():
    text = (
        'أعلنت شركة "مدار" عن نمو أرباحها الفصلية بنسبة 12%.\n'
        "على صعيد التوظيف، تخطط الشركة لتعيين 300 مهندس جديد، على حد قول رئيسها التنفيذي نبيل سعادة.\n"
        "وفي سياق متصل، ستفتتح الشركة مكتباً في عمّان قبل الصيف، على حد تعبيره."
    )
    spk = _speakers(text)
    assert spk[-1] != "مدار" and spk[-1] == spk[-2]


def test_a_survey_shows_what_its_named_issuer_reports():
    text = (
        "أظهر استطلاع للرأي أجراه مركز الرصد للدراسات في عمّان أن 60% من الأسر تقلص مشترياتها من اللحوم.\n"
        "وبحسب الاستطلاع، فإن ثلث المحلات في وسط المدينة أغلقت أبوابها خلال العام."
    )
    assert _speakers(text) == ["مركز الرصد للدراسات", "مركز الرصد للدراسات"]
    # a report «for» a company in marks, its issuer
    text = "وأظهر تقرير لشركة «أرقام ميديا» للأبحاث أن متوسط إنفاق الأسرة على الاشتراكات بلغ 14 دولاراً."
    assert _speakers(text) == ["أرقام ميديا"]


def test_showing_without_a_document_and_its_issuer_is_no_report():
    assert _speakers("وأظهرت البيانات أن الصادرات ارتفعت بنسبة 8% في الربع الثالث.") == []
    assert _speakers("أظهرت القوائم المالية لشركة نادي الهلال أن الإيرادات بلغت 1.2 مليار ريال.") == []
    assert _speakers("وأظهرت الصور أن الحريق امتد إلى مستودعين مجاورين.") == []


def test_the_statement_named_back_is_the_one_just_quoted():
    text = (
        "كشفت مجموعة الريف للأغذية في بيان للبورصة أنها وقّعت اتفاقاً لبناء صوامع جديدة في ميناء خليفة.\n"
        "وحسب البيان، فإن المشروع سيرفع القدرة التخزينية للمجموعة بنحو الثلث."
    )
    assert _speakers(text) == ["الريف للأغذية", "الريف للأغذية"]
    # a body's forecast, then «the report» the article had not named: the one it spoke from
    text = (
        "توقعت مجموعة بصيرة للدراسات الاقتصادية أن ترتفع أسعار تذاكر الحافلات بنسبة 10% العام المقبل.\n"
        "ووفقاً للتقرير، فإن الوقود يمثل نحو 45 في المئة من الكلفة التشغيلية.\n"
        "وأوضح التقرير أن شركات النقل الخاصة ستكون الأكثر تأثراً."
    )
    assert _speakers(text) == ["بصيرة للدراسات الاقتصادية"] * 3


def test_a_statement_named_back_is_not_someone_elses_words():
    # the analyst's «القرار» is what she spoke of, not a statement she issued
    text = (
        'وقالت لينا حداد، كبيرة المحللين في مؤسسة نورث ستار للأبحاث، إن القرار "جاء أقل من التوقعات"، '
        "متوقعةً أن يتراوح سعر خام برنت بين 78 و84 دولاراً.\n"
        "ووفقاً للبيان الختامي للاجتماع، فإن التحالف سيعقد اجتماعه المقبل في فيينا."
    )
    assert _speakers(text)[-1] is None
    # figures named back after a paper's words are no report of the paper
    text = (
        "وقالت صحيفة نيويورك تايمز إن هناك تأييداً متزايداً للهجمات.\n"
        "كما ارتفع عدد الإصابات من 287 إلى 518 جندياً، حسب الأرقام الرسمية المعلنة."
    )
    assert _speakers(text)[-1] is None


def test_a_subject_first_speaker_before_the_outlet_spoken_to():
    text = 'مدير فرع المؤسسة في حلب، سامر الأحمد، قال لـ"الوطن" المحلية إن المؤسسة تعمل على تأمين مولدات.'
    assert _speakers(text) == ["سامر الأحمد"]
    text = "تاجر الخردة في البصرة أبو حيدر الكعبي قال لمراسل الأناضول إن الأسعار انهارت."
    assert _speakers(text) == ["أبو حيدر الكعبي"]


def test_a_bodys_first_words_stand_for_it():
    text = (
        'وقّعت الشركة الوطنية للمنتجات البيطرية اتفاقية مع شركة "فيتاجين" الألمانية لإنشاء مصنع.\n'
        "وأعلنت الشركة الوطنية في بيان أن المصنع سيغطي 70 في المئة من احتياجات السوق المحلية."
    )
    assert _speakers(text) == ["الشركة الوطنية للمنتجات البيطرية"]


def test_a_body_described_then_named_in_marks_by_a_comma():
    text = "وقالت الجمعية، «أرض نظيفة»، إن حملة الفرز ستشمل ثلاثة أحياء جديدة."
    assert _speakers(text) == ["أرض نظيفة"]
    # a company described by what it does is no name of its own
    text = "ونفت الشركة الموزعة للعبة في الخليج أن تكون قد تلقت إخطاراً رسمياً بالقرار."
    assert _speakers(text) == [None]


def test_the_hospital_and_the_programme_refer_back():
    text = (
        "بدأ مستشفى الملك فهد التخصصي في الدمام تجربة لفحص الشبكية بالذكاء الاصطناعي.\n"
        "وذكر المستشفى في بيان أن المرحلة الثانية ستشمل الأحساء والقطيف."
    )
    assert _speakers(text) == ["مستشفى الملك فهد التخصصي"]
    text = (
        "وقال برنامج الأغذية العالمي إن ملايين الأسر تعجز عن شراء الغاز.\n"
        "ووفقاً لتقرير صادر عن البرنامج، فإن سعر الأسطوانة في الحديدة ارتفع بنسبة 60 في المئة."
    )
    assert _speakers(text) == ["برنامج الأغذية العالمي"] * 2


def test_the_holder_named_by_commas_after_a_long_title():
    text = 'ونقلت قناة "أون سبورت" عن مدرب فريق تحت 17 عاماً، أحمد عبد الغفار، قوله إن الدعم سيوقف نزيف المواهب.'
    assert _speakers(text) == ["أحمد عبد الغفار"]
    text = "وقال مالك الأكاديمية، البريطاني مارك تومسون، في تصريح لصحيفة الأيام، إن الحادث عرضي."
    assert _speakers(text) == ["مارك تومسون"]


def test_a_name_then_himself_before_the_verb():
    text = (
        "وقال رئيس الجمعية رشيد بوزيان إن السيارات باتت أغلى بمرتين.\n"
        "بوزيان نفسه أكد أن الوكلاء لا يتحملون مسؤولية الأسعار."
    )
    assert _speakers(text) == ["رشيد بوزيان", "بوزيان"]


def test_subject_first_with_a_gloss_an_acronym_or_a_pronoun_spoken_to():
    text = 'أما رئيس جمعية زراعة الشعر التركية، الدكتور سليم أيدن (Selim Aydın)، فقال في تصريح لـ"الأناضول" إن اللائحة تأخرت عشر سنوات.'
    assert _speakers(text) == ["سليم أيدن"]
    text = "مدير عام الشركة العامة للصناعات الكيمياوية حيدر الجبوري قال لوكالة الأنباء العراقية (واع) إن الملح قادر على المنافسة."
    assert _speakers(text) == ["حيدر الجبوري"]
    text = "سالم بن عوض الخليفي، تاجر ملح منذ ثلاثين عاماً، قال لنا: الجبل لم يعد كما كان، والقبائل تتنازع على مواقع الحفر."
    assert _speakers(text) == ["سالم بن عوض الخليفي"]
    # someone else in the story, spoken to: not the sentence's subject
    text = (
        "وقال المرشد الجبلي إبراهيم أيت علي إن المتهم اعترض طريقه قبل الحادث بيومين، "
        'وقال له: "إذا رأيتك مع الأجانب مرة أخرى ستندم".'
    )
    assert _speakers(text)[-1] != "إبراهيم أيت علي"


def test_the_speakers_next_act_after_a_comma_ends_the_report():
    text = 'وبيّنت الموسوي أن تكلفة تدعيم الطن الواحد باليود "لا تتجاوز بضعة دولارات"، متسائلةً عن سبب تهرب بعض المعامل.'
    q = _article(text).quotes[0]
    assert q.content.text == 'تكلفة تدعيم الطن الواحد باليود "لا تتجاوز بضعة دولارات"'
    text = "ونُقل عن مدير البلدية قوله إن البلدية «لا تبيع أراضي المقبرة، وإنما هي وقف عام»، محمّلاً المضاربين مسؤولية الغلاء."
    assert _article(text).quotes[0].content.text == "البلدية «لا تبيع أراضي المقبرة، وإنما هي وقف عام»"
    # with no comma the word is a noun: the defendants stay in the report
    text = "وقال المحامي إن المحكمة أجلت محاكمة متهمين اثنين إلى الشهر المقبل."
    assert _article(text).quotes[0].content.text.endswith("متهمين اثنين إلى الشهر المقبل")
    # before a colon the participle reports the words after it
    text = 'وقال المزارع سالم الحمداني إنه خسر 40 نخلة خلال عامين، متسائلاً: "من يعوّضنا عن كل هذه الخسائر؟".'
    qs = _article(text).quotes
    assert [q.content.text for q in qs] == ["خسر 40 نخلة خلال عامين", "من يعوّضنا عن كل هذه الخسائر؟"]
    assert {q.speaker.text for q in qs} == {"سالم الحمداني"}


def test_any_credit_in_brackets_closed_by_a_dash_is_a_dateline():
    text = "عمّان (الأناضول) - طالبت نقابة المترجمين الأردنيين بتعديل نظام الترخيص، معتبرةً أن النظام الحالي يسمح لغير المؤهلين بالعمل."
    assert _speakers(text) == ["نقابة المترجمين الأردنيين"]


def test_an_embassy_speaks():
    text = 'في المقابل، أكدت السفارة الفرنسية، في تصريح نقلته وكالة الأنباء الأردنية (بترا)، أن الشروط "تهدف إلى مكافحة التزوير".'
    assert _speakers(text)[0] == "السفارة الفرنسية"


def test_a_member_for_a_constituency_named_by_commas_goes_on_speaking():
    text = (
        "وطالبت عضوة مجلس الشورى عن ولاية مصيرة، مريم البلوشي، وزارة النقل بتدخل عاجل، "
        "مؤكدةً أن سكان الجزيرة ليسوا سياحاً."
    )
    assert _speakers(text) == ["مريم البلوشي"]


def test_a_body_named_again_without_its_body_noun():
    text = (
        "علّقت الشركة الوطنية للعبارات رحلاتها بين شناص وخصب يومي الأربعاء والخميس.\n"
        'ونوّهت الوطنية للعبارات، في حديث لإذاعة "الوصال"، إلى أن القرار جاء "حفاظاً على سلامة الركاب والطاقم".'
    )
    assert _speakers(text) == ["الشركة الوطنية للعبارات"] * 2


def test_the_one_asked_answers_with_a_latin_gloss():
    text = (
        "وعلى هامش الافتتاح، سئلت المخرجة الألمانية آنا كلاين (Anna Klein) عما إذا كانت الرقابة تقلقها، "
        'فأجابت: "لم يطلب مني أحد حذف مشهد واحد".'
    )
    assert _speakers(text) == ["آنا كلاين"]


def test_the_outlet_spoken_to_after_a_spokesman_is_no_subject():
    text = 'وصرّح الناطق باسم الوزارة لـ"فرانس برس" بأن "المهربين استغلوا الفارق الكبير في أسعار الوقود".'
    assert _speakers(text) == [None]


def test_an_assistant_undersecretary_is_no_family_name():
    text = 'في المقابل، أكد الوكيل المساعد للتعليم العام في وزارة التربية أن القرار "يهدف إلى تحقيق المساواة".'
    assert "المساعد" not in _speakers(text)
    assert not any(m.label == "PERSON" for m in _article(text).mentions)


def test_a_model_mention_that_kept_its_lam_still_holds_the_subject():
    text = "وقال الكاتب العام للجامعة الهادي الزغلامي إن بعض المعلمين يطلبون قوائم طويلة."
    i = text.index("للجامعة")
    tag = MentionDraft(i, i + len("للجامعة الهادي الزغلامي"), "للجامعة الهادي الزغلامي", "ORG", "model", 0.6)
    quotes, new = extract_quotes(text, sentence_spans(get_nlp(model=False)(text)), [tag])
    # the model read the body noun and the holder's name as one body: the name speaks, with the title
    assert quotes and quotes[0].speaker is not None
    assert text[quotes[0].speaker[0] : quotes[0].speaker[1]] == "الهادي الزغلامي"
    assert quotes[0].role == "الكاتب العام للجامعة"
    assert [(m.text, m.label) for m in new] == [("الهادي الزغلامي", "PERSON")]


def _kinds(text):
    return [(q.kind, q.content.text, q.speaker.text if q.speaker else None) for q in _article(text).quotes]


def test_a_cue_after_a_fronted_question_adjunct_carries_the_speaker():
    text = (
        "ترى رئيسة الجمعية الدكتورة سلمى حداد أن الأزمة تتفاقم.\n"
        'وعن سؤال حول عدد العائلات المحتاجة، تجيب: "لا نملك رقماً دقيقاً".'
    )
    assert _speakers(text) == ["سلمى حداد"] * 2
    # a source named after the adjunct is still the source
    assert _speakers("وعن عدد الضحايا، قال مصدر أمني إن الحصيلة بلغت 12 قتيلاً.") == [None]


def test_an_aside_after_a_subjectless_verb_names_no_subject():
    text = (
        "أكد وزير الصحة جورج سليمان أن الوزارة ستغطي الكلفة.\n"
        "وبيّن سليمان أن عدد المرضى يبلغ نحو 4500 مريض.\n"
        "ونوّه بتجاوب الجهات المانحة، وفي مقدمتها البنك الدولي، مشيراً إلى أن قرضاً طارئاً سيُخصص لشراء الأدوية."
    )
    assert _speakers(text) == ["جورج سليمان", "سليمان", "سليمان"]


def test_a_title_with_its_body_after_a_verb_is_not_the_last_speaker():
    text = (
        'وشدد مدير الإدارة العميد عمر الخوالدة على أن الكاميرات "ستسجّل كل ثانية من الفحص".\n'
        'ورحّب رئيس نقابة أصحاب المخابز بالقرار، معتبراً أنه "خطوة طال انتظارها لإنهاء الشكوك".'
    )
    assert _speakers(text)[-1] != "عمر الخوالدة"


def test_a_marked_phrase_closing_the_writers_clause_before_a_frame():
    text = 'وتراجعت المبيعات بنسبة كبيرة بسبب "غياب الرقابة الحكومية الكاملة"، بحسب رئيس الغرفة التجارية محمد علي.'
    assert _kinds(text) == [
        ("according_to", 'وتراجعت المبيعات بنسبة كبيرة بسبب "غياب الرقابة الحكومية الكاملة"', "محمد علي"),
        ("direct", "غياب الرقابة الحكومية الكاملة", "محمد علي"),
    ]
    # a quote standing alone before the frame is the source's direct words, as before
    assert [k[0] for k in _kinds('"الوضع صعب جداً"، بحسب رئيس الغرفة التجارية محمد علي.')] == ["direct"]


def test_a_frames_source_joined_by_and_goes_on():
    text = "ونقلاً عن غرفة التجارة والصناعة في مصراتة، تعمل في المدينة حالياً نحو 15 شركة للتصوير."
    assert _kinds(text) == [("according_to", "تعمل في المدينة حالياً نحو 15 شركة للتصوير", "غرفة التجارة والصناعة")]


def test_a_programme_spoken_to_is_no_subject():
    text = (
        "نفى المتحدث باسم وزارة التموين أحمد كمال وجود أزمة في المعروض، "
        'وقال لبرنامج "الحكاية": المجمعات الاستهلاكية تطرح اللحوم المستوردة بسعر 300 جنيه.'
    )
    assert _speakers(text) == ["أحمد كمال"]
    # a programme in the title is the title's
    text = "وقال المدير التنفيذي لبرنامج المنح في الوزارة فيصل الحربي إن البرنامج سيركز على الترجمة."
    assert _speakers(text) == ["فيصل الحربي"]


def test_a_participle_with_where_it_was_said_before_its_conjunction():
    text = 'وقال فهد السبيعي إن السوق لن تهدأ، مضيفاً في حديث لـ"الاقتصادية" أن كلفة العلف تضاعفت خلال عامين.'
    assert _kinds(text)[-1] == ("indirect", "كلفة العلف تضاعفت خلال عامين", "فهد السبيعي")


def test_the_question_put_before_an_answer_is_not_the_answerers():
    text = (
        "وأوضح مارك طومسون أن شركته تلتزم بالمعايير.\n"
        'وعند سؤاله: "هل تتوقعون انخفاض الأسعار؟"، أجاب بأن "الأمر يتوقف على تكاليف الشحن".'
    )
    contents = [k[1] for k in _kinds(text)]
    assert "هل تتوقعون انخفاض الأسعار؟" not in contents
    assert "الأمر يتوقف على تكاليف الشحن" in contents


def test_one_described_then_named_between_commas():
    assert _speakers("وذكر منظم الوقفة، الناشط فهد المخلافي، أن الراتب لم يعد يكفي.") == ["فهد المخلافي"]
    assert _speakers('ويقول أحد السكان، أبو خالد الزعبي، إن "المصلين باتوا يخشون الصلاة".') == ["أبو خالد الزعبي"]
    text = 'وأوضح المكلف بالإعلام لدى المديرية، الملازم الأول نسيم برناوي، أن "أغلب الضحايا شباب".'
    assert _speakers(text) == ["نسيم برناوي"]


def test_a_bulletin_issued_by_a_body_speaks_for_it():
    assert _speakers("وبيّنت نشرة أسعار صادرة عن جمعية صرافي تعز أن الريال بلغ 720.") == ["جمعية صرافي تعز"]


def test_a_member_for_a_seat_then_her_name_after_the_body():
    text = (
        "من جهتها، دعت عضوة مجلس النواب عن البحر الأحمر منى الجمّال البنك المركزي إلى فتح مكاتب صرافة، "
        "وقالت: «الحل ليس في المطاردة الأمنية»."
    )
    assert _speakers(text) == ["منى الجمّال"]


def test_a_title_with_another_complement_is_not_the_last_speaker_introduced_near_it():
    text = (
        "قضت المحكمة بإلزام منتجع خاص بدفع دية لأسرة طفل غرق في مسبح المنتجع.\n"
        'وقال محامي الأسرة عبد العزيز الدوسري إن الحكم "رسالة واضحة لكل منشأة".\n'
        'في المقابل، قال محامي المنتجع، في حديث لقناة "الإخبارية"، إن موكله سيستأنف الحكم.'
    )
    assert _speakers(text)[-1] is None


def test_unnamed_people_of_a_trade_as_a_frames_source():
    for text in (
        "وحسب سكان آخرين، فإن لجنة المسجد رفعت ثلاثة كتب إلى المديرية.",
        "وبحسب تجار في السوق، تراجع الفارق بين السعرين إلى أقل من 5 في المئة.",
        "ووفقاً للقائمين على المبادرة، فإن عدد الوجبات الموزعة يومياً تجاوز ألفي وجبة.",
    ):
        assert [(k[0], k[2]) for k in _kinds(text)] == [("according_to", None)], text
    # unnamed engineers of a body named before are not the body
    text = "أعادت بلدية طرابلس فتح المسبح. وحسب مهندسين في البلدية، فإن أعمال الترميم شملت تجديد نظام تنقية المياه."
    assert _speakers(text) == [None]


def test_a_craft_before_a_name_is_the_role():
    quotes = _article("وقال الخياط محمود سالم إن الطلب تراجع قبل العيد.").quotes
    assert [(q.speaker.text, q.role) for q in quotes] == [("محمود سالم", "الخياط")]


def test_a_verb_inside_a_bodys_name_in_marks_breaks_no_subject():
    text = "وقالت صاحبة صالون «لمسة ورد» نورة القحطاني إن كلفة التشغيل سترتفع."
    assert _kinds(text) == [("indirect", "كلفة التشغيل سترتفع", "نورة القحطاني")]


def test_a_frames_title_then_its_holder_between_commas():
    text = "ووفقاً لمدير صحة نينوى، عمر الحيالي، فإن مستشفيات المدينة لجأت إلى شراء المستلزمات من السوق المحلية."
    assert _kinds(text) == [
        ("according_to", "مستشفيات المدينة لجأت إلى شراء المستلزمات من السوق المحلية", "عمر الحيالي")
    ]


def test_a_relative_clause_after_a_named_person_speaks_for_him():
    text = (
        "ويقود الفريق عالم الآثار الإيطالي ماركو بيلّيني (Marco Bellini) الذي أوضح أن الهدف "
        '"اختبار قدرة هذه السفن على مواجهة الرياح الموسمية".'
    )
    assert _speakers(text) == ["ماركو بيلّيني"] * 2
    text = (
        "ويضم الطاقم ستة بحارة، بينهم النوخذة سالم بن علي المعشني الذي قال قبيل الإبحار: "
        '"تعلمت قراءة النجوم من والدي".\nوختم حديثه بالقول: «البحر هو نفسه، نحن الذين تغيرنا».'
    )
    assert _speakers(text) == ["سالم بن علي المعشني"] * 2


def test_how_she_answered_is_no_subject():
    text = (
        "«هذه الأرض ورثناها عن جدي»، تقول أم محمد وهي تفرش الأغطية تحت الأشجار.\n"
        "وعندما سألناها: هل تفكرين في بيع الأرض؟ ردت بحزم: «لن نبيعها ولو دفعوا لنا ذهباً»."
    )
    assert _speakers(text) == ["أم محمد"] * 2


def test_an_estimate_after_a_comma_ends_the_report():
    text = "وقال المهندس فيصل الشمري إن الأضرار شملت تكسير ألعاب الأطفال، مقدّراً كلفة الإصلاح بنحو 150 ألف دينار."
    assert [k[1] for k in _kinds(text)] == ["الأضرار شملت تكسير ألعاب الأطفال"]


def test_transport_in_construct_is_no_verb_of_reporting():
    text = 'أطلقت مديرية المرور حملة لإلزام سائقي مركبات نقل الطلاب بالحصول على "إجازة سوق عمومية" قبل نهاية الشهر.'
    assert _kinds(text) == []
    assert [k[0] for k in _kinds("ونقل التلفزيون عن الوزير قوله إن الوضع مستقر.")] == ["indirect"]


def test_a_title_with_its_pronoun_then_its_place_and_holder():
    text = "ويأتي المركز ثمرة شراكة مع الوكالة الإسبانية، التي قال ممثلها في نواكشوط خوان كارلوس مورينو إن الشراكة ستمتد."
    assert _speakers(text) == ["خوان كارلوس مورينو"]


def test_a_later_verb_after_a_comma_owns_the_colon():
    text = "لكن بعض الباعة أبدوا تحفظهم، إذ قال سيد عبد العال، بائع الفاكهة: «المكان نظيف ومنظم»."
    assert _kinds(text) == [("direct", "المكان نظيف ومنظم", "سيد عبد العال")]
    # a verb joined by و after the name goes on with the same speaker
    text = "“صارت علبة العصير بأربعة شواكل”، تقول عودة، وتتابع: “أولادي تعودوا عليها”."
    assert [k[1] for k in _kinds(text)] == ["صارت علبة العصير بأربعة شواكل", "أولادي تعودوا عليها"]


def test_spoken_to_us_is_no_subject():
    text = "المزارع محمود العلي قال لمراسلنا إن المضخات تعمل ساعات محدودة."
    assert _speakers(text) == ["محمود العلي"]
    text = "المزارع محمود العلي قال لنا إن المضخات تعمل ساعات محدودة."
    assert _speakers(text) == ["محمود العلي"]


def test_a_spokesman_of_a_body_whose_name_runs_past_a_verbal_nouns_preposition():
    # «للمساعدة على إرساء الأمن»: the body's name goes on past «على», its Latin gloss in brackets
    # too, and the name after it is the speaker; the role keeps the gloss whole
    text = "وقال المتحدث باسم القوة الدولية للمساعدة على إرساء الأمن ( ISAF ) ديفيد ماكنلي ان الهجوم فشل ."
    (q,) = _article(text).quotes
    assert q.speaker.text == "ديفيد ماكنلي"
    assert q.role == "المتحدث باسم القوة الدولية للمساعدة على إرساء الأمن ( ISAF )"
    text = "وقال رئيس اللجنة الوطنية للدفاع عن حرية التعبير سمير القاسم ان السلطات منعت الاجتماع ."
    assert _speakers(text) == ["سمير القاسم"]
    # a verb's «عن» after a title is what he speaks about, not the body's name
    text = "وقال الوزير عن الرئيس السوري بشار الأسد إنه يريد السلام."
    assert _speakers(text) != ["بشار الأسد"]


def test_a_role_leaves_out_the_holders_age_but_keeps_how_many_hold_it():
    text = (
        "غير ان عددا من سكان حي القيمرية في دمشق القديمة اكدوا ل ـ « القدس العربي » ان اعمال الترميم حولت حياتهم الى جحيم .\n"
        'وقال احدهم ، وهو صاحب محل للنحاسيات ( 52 عاما ) : " نحن مع الاحتفالية ، لكن احدا لم يسألنا رأينا " .'
    )
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [
        (None, "عددا من سكان حي القيمرية في دمشق القديمة"),
        (None, "صاحب محل للنحاسيات"),
    ]


def test_the_occasion_after_the_subjects_name_and_its_comma_before_the_colon():
    # «تابع» takes a long zone only when it is the occasion of speaking, after the name too
    text = "وتابعت بنعلي، في تصريح لهسبريس: «البنوك المغربية كلها ستحتاج إلى رساميل إضافية»."
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker.text, q.content.text) == ("direct", "بنعلي", "البنوك المغربية كلها ستحتاج إلى رساميل إضافية")


def test_what_was_said_before_the_writers_event_is_a_report():
    text = "ونزل خام برنت 3.4% إلى 56.20 دولار للبرميل، بعد أن قالت مصادر في تحالف أوبك+ لرويترز إن التحالف يدرس زيادة جديدة في الإنتاج."
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker, q.role) == ("indirect", None, "مصادر في تحالف أوبك+")
    assert q.content.text == "التحالف يدرس زيادة جديدة في الإنتاج"
    # its own conjunction only: not one another verb of the sentence owns
    text = (
        "ويأتي الانفجار بعد أن أعلنت الحكومة العراقية عن خطة أمنية جديدة للعاصمة، وكان المتحدث باسم قيادة عمليات "
        "بغداد العميد سعد الموسوي قد أعلن الأسبوع الماضي أن عدد الهجمات في المدينة تراجع."
    )
    assert _speakers(text) == ["سعد الموسوي"]
    # «بعد أن» before a verb that is no saying stays the writer's
    assert _article("وغادر المدير بعد أن تأكد أن الباب مغلق.").quotes == []


def test_a_post_written_online_reports_what_it_says():
    text = 'ولم يرد ماجد الفارس على اتصالات الصحيفة، لكنه كتب في منشور لاحق أن "الباب لا يزال مفتوحاً لحل عائلي".'
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in _article(text).quotes][-1:] == [("direct", "ماجد الفارس")]
    text = 'وكتب مساهمون صغار على منتديات البورصة أن زيادة رأس المال ستخفف حصصهم وأرباحهم الموزعة لسنوات.'
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker, q.role) == ("indirect", None, "مساهمون صغار")


def test_the_day_a_source_published_is_no_part_of_what_it_says():
    text = "وبحسب إفصاح نشرته مجموعة سما للاتصالات على موقع سوق أبوظبي للأوراق المالية، الأربعاء، ارتفع صافي أرباح المجموعة بنسبة 12%."
    (q,) = _article(text).quotes
    assert q.kind == "according_to" and q.content.text == "ارتفع صافي أرباح المجموعة بنسبة 12%"


def test_a_bank_named_in_marks_after_la_is_the_bank_named_back():
    # «لـ"مصرف الأطلس"» is the bank's, not an outlet spoken to; «البنك» names it back
    text = (
        'تعرضت الأنظمة المعلوماتية لـ"مصرف الأطلس" لهجوم سيبراني ليلة الأحد.\n'
        "وأكد البنك، في بلاغ توصلت به هسبريس، أن معطيات الزبناء لم تتعرض لأي تسريب."
    )
    assert _speakers(text) == ["مصرف الأطلس"]


def test_a_lab_named_back_and_a_company_named_with_its_word_before():
    text = (
        'أطلق مختبر "ضاد" للذكاء الاصطناعي في الرياض النسخة الأولى من نموذجه اللغوي "فصيح".\n'
        'وبحسب ورقة تقنية نشرها المختبر، فإن "فصيح" تفوق على نموذجين منافسين في 11 من أصل 14 اختباراً.'
    )
    assert _speakers(text) == ["ضاد"]
    text = (
        'قالت شركة "إيه إم دي" الأميركية إنها حصلت على ترخيص للتصدير.\n'
        'وترى نورة الشهري، كبيرة المحللين في شركة "الأفق المالية"، أن الترخيص يزيل عقبة كبيرة.\n'
        'وارتفع سهم "إيه إم دي" 2.1% في نيويورك، فيما ذكرت الشركة أن الإيرادات ستنعكس على نتائجها.'
    )
    assert _speakers(text) == ["إيه إم دي", "نورة الشهري", "إيه إم دي"]


def test_an_app_named_in_marks_with_what_it_is_speaks_as_a_body():
    text = (
        'دخل إضراب سائقي التوصيل العاملين عبر تطبيق "توصيلة" في الأردن يومه الثالث.\n'
        'وذكرت "توصيلة"، التي تعمل في الأردن منذ 2019، في بيان أن التعديل ضروري لضمان استدامة الخدمة.'
    )
    assert _speakers(text) == ["توصيلة"]


def test_people_before_a_relative_clause_speak_not_the_name_closing_it():
    text = "والسائقون الذين تحدثت إليهم رويترز يقولون إن طوابير التفريغ تمتد لأكثر من عشرة كيلومترات."
    assert _speakers(text) == [None]


def test_a_person_named_right_before_an_impersonal_looking_verb_expects_it():
    text = (
        "فهل تعود السفن إلى المسار الأقصر قبل نهاية العام؟ المحلل البحري المستقل جون بيترسن يتوقع أن "
        'تكون العودة "تدريجية وبطيئة"، وأن تبدأ بالسفن الأصغر حجماً.'
    )
    assert _speakers(text)[:1] == ["جون بيترسن"]
    assert _article("ويتوقع أن ترتفع الأسعار في الربع المقبل.").quotes == []


def test_the_topic_closes_its_talk_in_a_tone():
    text = (
        "وقال مدير الشركة سعد القحطاني إن السفن تعود.\n"
        "أما القحطاني فيختم حديثه بنبرة حذرة: «نراقب الوضع يوماً بيوم، ولسنا في سباق مع أحد»."
    )
    qs = _article(text).quotes
    assert [(q.kind, q.speaker.text) for q in qs] == [("indirect", "سعد القحطاني"), ("direct", "القحطاني")]
    # ف + a present verb only after «أما»: elsewhere a name may open so («اوتو فيستر»)
    text = "في المقابل ، اعترف مدرب الكاميرون الالماني اوتو فيستر بان خطأ سونغ كلف فريقه اللقب ."
    assert _speakers(text) == ["اوتو فيستر"]


def test_a_leader_of_a_movement_by_a_given_name_the_list_lacked():
    text = "من جهته، قال القيادي في حركة حماس طاهر الشريف لقناة الجزيرة إن الحركة تعاملت بإيجابية مع المقترح."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("طاهر الشريف", "القيادي في حركة حماس")


def test_a_ministry_by_its_portfolio_and_country():
    assert _speakers("وأكدت الخارجية السودانية في ختام بيانها أن الخرطوم لا تسعى إلى التصعيد.") == ["الخارجية السودانية"]
    assert _speakers("وقالت الصحة الفلسطينية إن عدد الضحايا ارتفع.") == ["الصحة الفلسطينية"]
    # the minister's own title and the ministry's full name stay as they were
    text = "وقال وزير الخارجية الإيراني إن الهجوم مدان."
    assert [q.role for q in _article(text).quotes] == ["وزير الخارجية الإيراني"]
    assert _speakers("وقالت وزارة الخارجية الإيرانية إن الهجوم مدان.") == ["وزارة الخارجية الإيرانية"]


def test_the_us_treasury_by_its_short_name():
    text = 'وقالت الخزانة الأمريكية، في بيان نشره مكتب مراقبة الأصول الأجنبية (OFAC)، إن القرار "يهدف إلى دعم تعافي الاقتصاد السوري".'
    assert {q.speaker.text for q in _article(text).quotes} == {"الخزانة الأمريكية"}


def test_a_faction_named_back_by_its_noun_past_its_adjectives():
    text = (
        'تبنّى فصيل مسلح غير معروف سابقاً يطلق على نفسه اسم "سرايا درع الرافدين" هجوماً بطائرات مسيّرة.\n'
        'وأعلن الفصيل في بيان على تيليغرام أن العملية جاءت "رداً على استمرار الوجود الأمريكي على أرض العراق".'
    )
    assert {q.speaker.text for q in _article(text).quotes} == {"سرايا درع الرافدين"}


def test_parties_described_by_a_plural_speak_unnamed():
    text = "وكان الرئيس قيس سعيّد قد تعهّد مراراً بتطهير الإدارة، فيما تقول أحزاب معارضة إن حملات مكافحة الفساد تُوظَّف لتصفية حسابات."
    assert _speakers(text) == [None]


def test_a_question_after_a_participle_and_a_colon_keeps_its_mark():
    text = "ويقول النائب ملحم الأسمر إن الموازنة لا تتضمن شيئا، متسائلاً: كيف يُطلب من المودع أن يدفع ضرائب إضافية وأمواله محتجزة؟"
    assert _article(text).quotes[-1].content.text == "كيف يُطلب من المودع أن يدفع ضرائب إضافية وأمواله محتجزة؟"


def test_a_confederation_of_unions_speaks():
    assert _speakers("وأعلنت الكونفدرالية الديمقراطية للشغل أنها ستدعو إلى إضراب عام.") == ["الكونفدرالية الديمقراطية للشغل"]


def test_the_survivor_is_a_calling_not_a_name():
    text = (
        "وروى أحد الناجين، وهو شاب سوداني في العشرين من عمره، لوكالة فرانس برس أن المهربين أجبروا الركاب على الصعود.\n"
        "«كنت أمسك بيد صديقي، ثم جاءت موجة كبيرة»، يقول الناجي، «ولم أره بعد ذلك»."
    )
    assert [(q.speaker, q.role) for q in _article(text).quotes][1:] == [(None, "الناجي"), (None, "الناجي")]
    # the family name stays a name
    text = "وقال محمد الناجي إن الوضع صعب.\nوأضاف الناجي أن الحل قريب."
    assert _speakers(text) == ["محمد الناجي", "الناجي"]


def test_a_supervisor_over_a_work_then_her_name():
    text = "وترى المشرفة على ورشة الحياكة نورة المطيري أن العمل اليدوي مفيد."
    assert _speakers(text) == ["نورة المطيري"]
    text = "وأكدت الأخصائية الاجتماعية في جمعية أواصر منيرة السبيعي أن الدعم مهم."
    assert _speakers(text) == ["منيرة السبيعي"]


@pytest.mark.parametrize(
    "text",
    [
        'أما سكان مديرية المعلا فقالوا لـ"شينخوا" إنهم لجأوا إلى غلي المياه قبل شربها.',
        "وقال سكان حي الشيخ عثمان إنهم لجأوا إلى غلي المياه قبل شربها.",
        "وقال أهالي قرية سيدي يوسف إن المياه انقطعت ثلاثة أيام.",
    ],
)
def test_the_people_of_a_place_speak_unnamed(text):
    # not the place (a body by its cue) nor the person it is named after
    assert _speakers(text) == [None]


def test_a_title_over_something_in_its_body_then_the_name():
    text = "وقال مدير الرقابة على الأدوية في الهيئة سامر الخطيب لرويترز إن الفرق ضبطت شحنة مهربة."
    assert _speakers(text) == ["سامر الخطيب"]
    # where he spoke is no part of the title: the name after it is someone else
    text = "وقال الوزير على هامش مؤتمر في عمّان بحضور نظيره سامر الخطيب إن التعاون سيستمر."
    assert _speakers(text) != ["سامر الخطيب"]


def test_the_reported_clause_goes_on_after_its_opening_marks():
    text = 'وكان اللاعب قد قال في مقابلة إنه "مستعد لخوض التحدي التالي" في مسيرته.'
    assert [k[:2] for k in _kinds(text)] == [
        ("indirect", '"مستعد لخوض التحدي التالي" في مسيرته'),
        ("direct", "مستعد لخوض التحدي التالي"),
    ]
    # marks closing the clause, a new clause or a cue after them: the quote alone
    assert [k[0] for k in _kinds('وقال الوزير إن "القانون سيبقى حبراً على ورق".')] == ["direct"]
    text = 'واعلن المتحدث ان « اسرائيل تحركت اثر وقوع انتهاك للقرار » مؤكدا « لم نكن لنتصرف بهذه الطريقة ».'
    assert [k[0] for k in _kinds(text)] == ["direct", "direct"]
    text = 'واضاف ان " هذا الرفض يطال البعد السياسي والعملي " للمقاومة في اشارة الى العمليات الفدائية .'
    assert [k[0] for k in _kinds(text)] == ["direct"]


def test_a_reservation_after_a_comma_is_a_second_report():
    text = "وأضاف هولتز أن القواعد الجديدة خطوة في الاتجاه الصحيح، مستدركاً بأن الجمعيات الصغيرة قد لا تقوى على الامتثال لها."
    assert [k[1] for k in _kinds(text)] == [
        "القواعد الجديدة خطوة في الاتجاه الصحيح",
        "الجمعيات الصغيرة قد لا تقوى على الامتثال لها",
    ]


def test_what_a_frames_source_is_is_not_what_it_says():
    text = "وبحسب مؤسسة الأمانة لتنمية المقاولات الصغرى، وهي أكبر جمعية للقروض الصغرى في المغرب، فإن النساء يمثلن نحو 45 في المئة من زبائنها."
    assert [k[:2] for k in _kinds(text)] == [("according_to", "النساء يمثلن نحو 45 في المئة من زبائنها")]


def test_a_person_then_where_he_is_from_before_the_verb():
    text = "غير أن الفلاح أحمد العلي من ريف القامشلي يرى أن السعر الجديد لا يغطي الكلفة."
    assert _speakers(text) == ["أحمد العلي"]
    # a spokesman's body and its seat stay the spokesman's (unnamed)
    text = "لكن المتحدث باسم نقابة عمال الحديد والصلب في البصرة اعتبر أن إعادة التشغيل جاءت متأخرة."
    assert _speakers(text) == [None]


def test_what_a_frames_source_is_after_a_comma_before_the_opener():
    text = 'بحسب شركة "إير برودكتس" الأمريكية، الشريكة في المشروع، فإن كامل الإنتاج مُتعاقد عليه لمدة 30 عاماً.'
    assert _kinds(text) == [("according_to", "كامل الإنتاج مُتعاقد عليه لمدة 30 عاماً", "إير برودكتس")]


def test_an_aside_on_the_titles_body_before_the_name():
    text = (
        "وقال الكاتب العام للنقابة الوطنية لعمال الطاقة، المنضوية تحت الاتحاد المغربي للشغل، "
        "مصطفى أيت علي إن الشركات المشغلة تتجاهل الحقوق."
    )
    assert _speakers(text) == ["مصطفى أيت علي"]


def test_where_fronted_before_a_clause_a_frame_closes_is_no_part_of_it():
    text = "وفي أسواق المدينة، ارتفع سعر كيس الدقيق إلى 45 ألف ريال، حسب تجار محليين."
    assert [k[:2] for k in _kinds(text)] == [("according_to", "ارتفع سعر كيس الدقيق إلى 45 ألف ريال")]


def test_the_colon_of_a_title_in_marks_opens_no_quote():
    text = 'وكانت صحيفة "الخليج" قد نشرت الشهر الماضي تحقيقاً بعنوان "الصلب الأخضر: وعود كبيرة وتكاليف أكبر".'
    assert _kinds(text) == []
    assert [k[0] for k in _kinds('وكتب الوزير على حسابه: "الطريق طويل".')] == ["direct"]


def test_one_who_gave_her_name_speaks_by_it():
    text = '"لا نملك مدافئ ولا وقوداً"، قالت نازحة من ريف حماة عرّفت عن نفسها باسم أم أحمد، "نحرق الأحذية القديمة كي يتدفأ الأطفال".'
    assert _speakers(text) == ["أم أحمد"] * 2


def test_a_verb_inside_the_marked_words_ends_no_report():
    text = 'ويرى الخبير سعيد الوزاني أن أزمة ديون الأندية "نتيجة طبيعية لغياب الحكامة، إذ تُوقَّع العقود دون دراسة مالية حقيقية".'
    assert [k[:2] for k in _kinds(text)][0] == (
        "indirect", 'أزمة ديون الأندية "نتيجة طبيعية لغياب الحكامة، إذ تُوقَّع العقود دون دراسة مالية حقيقية"'
    )


def test_a_feminine_predicate_in_a_is_no_participle_cue():
    text = "وأضاف الخبير أن الجامعة الملكية المغربية لكرة القدم مطالبة بفرض سقف للإنفاق على الأندية المتعثرة."
    assert [k[1] for k in _kinds(text)] == ["الجامعة الملكية المغربية لكرة القدم مطالبة بفرض سقف للإنفاق على الأندية المتعثرة"]
    # after a comma it still ends the clause
    text = "وقالت المنظمة إن الحكم سابقة مهمة، مطالبةً بفتح تحقيق شامل."
    assert [k[1] for k in _kinds(text)] == ["الحكم سابقة مهمة"]


def test_complaining_that_is_a_report():
    text = 'ويشكو متقاعدون من أن الاستقطاعات الأخيرة على الرواتب جرت "من دون أي إشعار مسبق".'
    assert [k[0] for k in _kinds(text)] == ["indirect", "direct"]


def test_a_passive_verb_in_marks_after_a_definite_noun_is_a_partial_quote():
    text = 'وقال مدير الصندوق كريم الساعدي إن المشروع "أُنجز بأيدٍ محلية بالكامل" وبكلفة لم تتجاوز 9 مليارات دينار.'
    assert ("direct", "أُنجز بأيدٍ محلية بالكامل", "كريم الساعدي") in _kinds(text)


def test_a_title_in_charge_of_something_then_the_name():
    text = "«لم نتلق أي دعم منذ الافتتاح»، قالت المسؤولة عن المكتبة سعاد الربيعي، «ونعتمد على التبرعات وحدها»."
    assert _speakers(text) == ["سعاد الربيعي"] * 2
    assert _speakers("وقال المسؤول عن المشروع خالد العمري إن العمل سينتهي قبل الصيف.") == ["خالد العمري"]


def test_a_frame_citing_a_statement_of_the_ministry_named_back():
    text = (
        "أعلنت وزارة النقل المغربية خطة لتوسيع الطريق السيار بين الرباط والدار البيضاء.\n"
        "وبحسب بيان للوزارة، فإن كلفة المشروع تتجاوز ملياري درهم."
    )
    ((kind, _, speaker),) = _kinds(text)
    assert kind == "according_to" and speaker is not None and speaker.startswith("وزارة النقل")


def test_the_body_named_by_the_word_wins_over_a_nearer_body_of_its_kind():
    text = (
        "أعلنت وزارة الثقافة خطة لترميم المتحف الوطني تحت رقابة جهاز التنسيق الحضاري.\n"
        "وأكدت الوزارة أن الأشغال ستبدأ في الربيع المقبل."
    )
    quotes, _, _ = _run(text, [("ORG", "وزارة الثقافة", "government"), ("ORG", "جهاز التنسيق الحضاري", "government")])
    assert [_show(text, q)[2] for q in quotes] == ["وزارة الثقافة"]


def test_a_title_with_its_seat_then_the_name_set_off_by_commas():
    text = "وقال المنسق المقيم للأمم المتحدة في اليمن، ماتياس بيرغر، إن خطة الاستجابة لم تتلق سوى ربع التمويل."
    assert _speakers(text) == ["ماتياس بيرغر"]


def test_a_station_named_in_marks_is_no_speaker():
    text = 'وقال الناطق باسم الوزارة، في حديث لإذاعة "حسنى"، إن غرف العمليات رصدت مجموعات تبيع أسئلة مزيفة.'
    assert _speakers(text) == [None]


def test_a_relative_clause_between_commas_keeps_the_marked_predicate_in_the_report():
    marked = "معلم تاريخي لا يمكن التفريط فيه، لكن سلامة السكان فوق كل اعتبار"
    text = f'وقال المحافظ للصحفيين إن الجسر، الذي يعود إلى عام 1912، "{marked}".'
    kinds = _kinds(text)
    assert kinds[0][:2] == ("indirect", f'الجسر، الذي يعود إلى عام 1912، "{marked}"')
    assert kinds[1][:2] == ("direct", marked)


def test_professionals_are_a_source_of_a_frame():
    text = "الدار البيضاء - حسب مهنيين في القطاع، فإن مبيعات الشقق الاقتصادية تراجعت بنحو 9 في المائة هذا العام."
    assert [k[:2] for k in _kinds(text)] == [("according_to", "مبيعات الشقق الاقتصادية تراجعت بنحو 9 في المائة هذا العام")]


def test_the_directorate_named_back_by_its_noun_is_the_source():
    text = (
        "وقالت سهى منصور، رئيسة قسم المعارض في المديرية العامة للآثار، إن مكتب المدعي العام في نيويورك "
        "أعاد التمثال بعد تحقيق طويل.\n"
        "وبحسب المديرية، فإن التمثال سيعرض في المتحف الوطني مطلع الشهر المقبل."
    )
    assert _speakers(text)[-1] == "المديرية العامة للآثار"


def test_the_one_asked_answers_not_the_paper_that_asked():
    text = (
        'القاهرة - في حوار مع "الشروق"، تحدثت الطبيبة هالة عبد الرحمن عن حملة التطعيم.\n'
        "وعن الإقبال على اللقاح، قالت عبد الرحمن: «الإقبال يتحسن ببطء».\n"
        'وسألتها "الشروق" عمّا إذا كانت الجرعات كافية، فأوضحت أن المخزون يغطي ثلاثة أشهر فقط.'
    )
    assert _speakers(text) == ["عبد الرحمن"] * 2


def test_a_woman_scientist_is_a_title_before_her_name():
    text = 'وقالت عالمة الآثار الفرنسية المشاركة في البعثة كلير مارتان لوكالة فرانس برس: "المدافن أقدم مما توقعنا".'
    assert _speakers(text) == ["كلير مارتان"]


def test_a_reply_after_a_preposition_is_a_noun_not_a_cue():
    text = (
        'وأوضح صندوق التنمية العقارية في رد على استفسارات "عكاظ" أن الدعم يمنح وفق معايير موحدة، '
        "لافتاً إلى أن عدد المستفيدات تجاوز 40 ألف امرأة."
    )
    assert _speakers(text) == ["صندوق التنمية العقارية"] * 2
    text = "أما بلدية صيدا، فاكتفت بالقول في رد مكتوب إنها تدرس خطة لترخيص جامعي النفايات."
    assert [k[0] for k in _kinds(text)] == ["indirect"]


def test_demanding_that_a_clause_is_a_participle_cue():
    text = "وقال النائب سامر الخطيب إن الطريق متهالك، مطالباً بأن تُخصص له أموال مستقلة في الموازنة."
    assert [k[:3] for k in _kinds(text)] == [
        ("indirect", "الطريق متهالك", "سامر الخطيب"),
        ("indirect", "تُخصص له أموال مستقلة في الموازنة", "سامر الخطيب"),
    ]
    # a demand for a noun is no report
    assert [k[1] for k in _kinds("وقالت الوزيرة إن الخطة جاهزة، مطالبةً بفتح تحقيق في الحادث.")] == ["الخطة جاهزة"]


def test_however_that_is_no_conjunction_of_the_verb_before():
    text = "وطالب اتحاد المزارعين بتعويضات عاجلة للمتضررين، غير أن الوزارة لم تعلّق على ذلك."
    assert _kinds(text) == []


def test_in_accordance_with_inside_the_clause_is_no_frame():
    text = "وأكد مدير المرور العميد سالم الفلاحي أن الرادارات ستُنقل بين المواقع يومياً وفق بيانات الحوادث."
    assert [k[1] for k in _kinds(text)] == ["الرادارات ستُنقل بين المواقع يومياً وفق بيانات الحوادث"]


def test_in_its_turn_between_the_subject_and_the_verb():
    text = "نقابة الأطباء العراقيين بدورها أكدت في بيان أنها تقف إلى جانب الأطباء المعتصمين."
    assert _speakers(text) == ["نقابة الأطباء العراقيين"]


def test_a_bulletin_is_a_source_and_a_statement_it_published_is_its_subjects():
    text = "وبحسب النشرة الشهرية للمنظمة، فإن أسراب الجراد بدأت تتشكل على السواحل الشمالية."
    assert [k[:2] for k in _kinds(text)] == [("according_to", "أسراب الجراد بدأت تتشكل على السواحل الشمالية")]
    text = "قرر البريد التونسي رفع نسبة الفائدة على حسابات الادخار إلى 6 في المئة، حسب بلاغ نشره على موقعه."
    assert [k[0] for k in _kinds(text)] == ["according_to"] and _speakers(text) == ["البريد التونسي"]


def test_a_given_name_alone_after_the_verb_speaks():
    text = "وتقول سنية، وهي موظفة في الأربعين: «الخبز الذي كنا نشتريه اختفى من مخابز الحي»."
    assert _speakers(text) == ["سنية"]
    # the person named in full before
    text = (
        "ترى المدربة نادية آيت علي أن المرأة الريفية تحتاج إلى حرفة ورأس مال صغير.\n"
        "وتختم نادية: «كل قطعة تخرج من هنا تحمل اسم صاحبتها»."
    )
    assert _speakers(text) == ["نادية آيت علي"] * 2


def test_a_feminine_relative_after_a_company_makes_it_the_speaker():
    text = (
        'وألزمت المحكمة الحكومة بدفع تعويضات لشركة "مرافئ الساحل" (Sahel Terminals)، التي أعلنت في بيان '
        'أن الحكم "يؤكد عدم قانونية الاستيلاء على المحطة".'
    )
    speakers = _speakers(text)
    assert speakers and all(s in ("Sahel Terminals", "مرافئ الساحل") for s in speakers)


def test_ali_before_a_comma_ends_the_name():
    text = 'وقالت المديرة التجارية للمحطة، فاطمة محمود علي، في حديث للصحيفة: «الميناء شريك استراتيجي للمنطقة».'
    assert _speakers(text) == ["فاطمة محمود علي"]


def test_a_frame_naming_back_an_association():
    text = (
        "وأكدت رابطة الأدباء الكويتيين في بيان أن الرقابة المسبقة لم تعد تجدي.\n"
        "ووفقاً للرابطة، فإن الوزارة منعت أكثر من أربعة آلاف عنوان منذ عام 2014."
    )
    assert _kinds(text)[-1] == ("according_to", "الوزارة منعت أكثر من أربعة آلاف عنوان منذ عام 2014", "رابطة الأدباء الكويتيين")


def test_the_one_introduced_before_answers_the_paper_that_asked_him():
    text = (
        'يستعد الناشر المغربي عبد الرحيم الوزاني، مدير دار "أطلس" للنشر، لإصدار 40 عنواناً مترجماً هذا العام.\n'
        "سألته هسبريس عن سر هذا التوجه، فأجاب: القارئ المغربي صار يقرأ بالعربية ما كان يقرؤه بالفرنسية."
    )
    assert _speakers(text) == ["عبد الرحيم الوزاني"]


def test_the_answer_after_a_question_the_sentence_before_is_the_one_asked():
    text = (
        'الدوحة – في مقابلة مع صحيفة "الراية"، تحدثت المهندسة سلمى الحارثي، مديرة إدارة مشاريع الطرق السريعة '
        "في هيئة الأشغال العامة، عن خطط الهيئة لتطوير شبكة الأنفاق في العاصمة.\n"
        "وسألتها الصحيفة: هل ستُفرض رسوم على استخدام الأنفاق الجديدة؟\n"
        "فأجابت: لا توجد أي خطة لفرض رسوم على الطرق أو الأنفاق داخل الدوحة، والهدف هو تخفيف الازدحام."
    )
    assert _speakers(text) == ["سلمى الحارثي"]
    # the last one of that gender who spoke was asked, even unnamed
    text = (
        "“كل محل يعطيك سعراً مختلفاً”، يقول الشاب أيمن الزوي.\n"
        "ويؤكد صاحب أحد المحلات، الذي فضّل عدم ذكر اسمه، أن الأسعار تتغير يومياً. "
        "وسألناه: هل يقدّم المحل ضماناً؟ فأجاب: “نعطي ضماناً لمدة أسبوع فقط”."
    )
    assert _speakers(text)[-1] is None


def test_a_participle_after_a_body_named_back_several_sentences_on():
    text = (
        "القاهرة – أعلنت الهيئة الوطنية للأنفاق في مصر الانتهاء من حفر النفق الرئيسي للخط الرابع.\n"
        "وأوضحت المهندسة نهى الشاذلي، رئيسة قطاع التنفيذ بالهيئة، أن الماكينة تعمل على عمق 25 متراً.\n"
        "وتقول الشاذلي: “أصعب ما واجهناه كان المرور أسفل المباني القديمة”.\n"
        "من جهتهم، يرى سكان في حي فيصل أن الأعمال تسببت في تشققات بعدد من العقارات.\n"
        "ويطالب هؤلاء الهيئة بتعويضات عاجلة.\n"
        "ونفت الهيئة وجود أي خطر على المباني، مؤكدةً أن أجهزة الرصد لم تسجل أي هبوط."
    )
    assert _speakers(text)[-1] == "الهيئة الوطنية للأنفاق"


def test_a_body_named_in_marks_with_its_noun_after_the_verb_is_no_quote():
    text = 'وكشفت "مجموعة الخليج للاستشارات" في دراسة حديثة عن فجوة واسعة بين الشركات الكبرى والصغيرة.'
    assert _kinds(text) == []


def test_according_to_the_case_papers():
    text = "ووفقاً لأوراق القضية، فإن المتهم كان ينسخ البيانات من نظام الشركة ويرسلها إلى شركة تسويق."
    assert [(k[0], k[2]) for k in _kinds(text)] == [("according_to", None)]


def test_a_division_of_a_chamber_speaks_past_the_chamber():
    text = "غير أن شعبة المصدرين في غرفة دمياط التجارية قالت إن التكدس الحالي ليس مشكلة أرصفة فقط."
    assert _speakers(text) == ["شعبة المصدرين"]
    text = "وبحسب مكتبة الإسكندرية، فإن المرحلة الثانية من الحملة ستشمل إنشاء ركن للقراءة في 500 مدرسة."
    assert _speakers(text) == ["مكتبة الإسكندرية"]


def test_a_present_verb_of_saying_run_into_the_name_is_cut_off():
    text = "لكن الخبيرة الاقتصادية ريم الهاشمي تحذّر من أن الإنتاج قائم على دعم حكومي مكلف."
    speakers = _speakers(text)
    assert speakers and speakers[0] is not None and "تحذ" not in speakers[0]


@pytest.mark.parametrize(
    "aside",
    ["بينما يزيح الرمل عن قناة ري صغيرة بمجرفته", "وهو مزارع من مأرب، بينما كان ينتظر على الرصيف"],
)
def test_a_circumstance_after_the_speaker_runs_up_to_the_colon(aside):
    # «ويقول المزارع صالح العبيدي، بينما يزيح الرمل …: «…»»: «بينما» opens a circumstance of the
    # speaking, not another clause with its own subject
    text = f"ويقول المزارع صالح العبيدي، {aside}: «كل صباح نبدأ من جديد. الريح لا ترحم أحداً هنا»."
    quotes, _, _ = _run(text, [("PERSON", "صالح العبيدي")])
    assert [_show(text, q) for q in quotes] == [
        ("direct", "ويقول", "صالح العبيدي", "كل صباح نبدأ من جديد. الريح لا ترحم أحداً هنا")
    ]


def test_a_circumstance_with_another_cue_is_another_speakers():
    text = "وقال الوزير سامي الحداد، بينما قالت النائبة هدى سالم: «لن نقبل بهذا القرار أبداً»."
    quotes, _, _ = _run(text, [("PERSON", "سامي الحداد"), ("PERSON", "هدى سالم")])
    assert [_show(text, q)[1:3] for q in quotes] == [("قالت", "هدى سالم")]


def test_unmarked_speech_after_a_colon_runs_to_the_end_of_its_paragraph():
    text = (
        "وسألتها الصحيفة عن موعد التشغيل، فأجابت المديرة سلمى القحطاني: نحن ملتزمون بتشغيل المدرج "
        "الأول قبل عام 2030. الجدول طموح لكنه ليس مستحيلاً. وقد تعاقدنا مع أكثر من 40 مقاولاً.\n"
        "وافتتح المطار مبناه الأول عام 1983."
    )
    quotes, _, _ = _run(text, [("PERSON", "سلمى القحطاني")])
    assert [_show(text, q)[0::3] for q in quotes] == [
        (
            "direct",
            "نحن ملتزمون بتشغيل المدرج الأول قبل عام 2030. الجدول طموح لكنه ليس مستحيلاً. "
            "وقد تعاقدنا مع أكثر من 40 مقاولاً",
        )
    ]
    # a next sentence naming someone, or with a verb of saying, is the writer's again
    for nxt in ("وكان المدير خالد العمر قد افتتح المبنى.", "وأضاف المسؤول أن العمل مستمر."):
        text2 = "فأجابت المديرة سلمى القحطاني: نحن ملتزمون بتشغيل المدرج الأول قبل عام 2030. " + nxt
        names = [("PERSON", n) for n in ("سلمى القحطاني", "خالد العمر") if n in text2]
        quotes, _, _ = _run(text2, names)
        assert ("direct", "نحن ملتزمون بتشغيل المدرج الأول قبل عام 2030") in [_show(text2, q)[0::3] for q in quotes]


@pytest.mark.parametrize(
    "body, noun",
    [
        ("المعهد الوطني للإحصاء", "المعهد"), ("دائرة البلديات والنقل", "الدائرة"), ("محكمة الاستئناف", "المحكمة"),
        ("القيادة العامة للدفاع المدني", "القيادة"), ("إدارة الجمارك", "الإدارة"), ("مرصد نزاهة الإنفاق", "المرصد"),
    ],
)
def test_a_noun_that_names_a_body_by_its_own_word_is_that_body(body, noun):
    # «ونفى المعهد في توضيح لاحق أن» after «المعهد الوطني للإحصاء», with other bodies between
    text = (
        f"أفاد {body} بأن نسبة البطالة استقرت عند 16% خلال الربع الثاني.\n"
        'وأضافت الخبيرة جنات سالم في تصريح لإذاعة "موزاييك إف إم" أن الحلول لن تأتي من الوظيفة العمومية.\n'
        "من جهته، اعتبر الاتحاد العام للشغل، في بيان، أن الحكومة مطالبة بفتح حوار جدي. ودعا الاتحاد إلى مراجعة العقود.\n"
        f"ونفى {noun} في توضيح لاحق أن تكون المنهجية قد تغيّرت."
    )
    names = [("ORG", body, "government"), ("PERSON", "جنات سالم"), ("ORG", "موزاييك إف إم", "media")]
    quotes, _, _ = _run(text, names + [("ORG", "الاتحاد العام للشغل", "union")])
    assert [_show(text, q)[1:3] for q in quotes][-1] == ("ونفى", body)


def test_a_spokesman_of_such_a_noun_stays_unnamed():
    # «وقال المتحدث باسم المحكمة» has no name: the noun does not stand for the court here
    text = "أصدرت محكمة الاستئناف حكمها يوم الأحد.\nوقال المتحدث باسم المحكمة إن الحكم نهائي وغير قابل للطعن."
    quotes, _, _ = _run(text, [("ORG", "محكمة الاستئناف", "other")])
    assert [_show(text, q)[1:3] for q in quotes] == [("وقال", None)]


def test_a_relative_clause_between_commas_does_not_take_the_main_verbs_conjunction():
    # «ويقول … عمر القاسم، الذي نقل شركته … إلى إسطنبول، إن …»: نقل "moved" is the relative's
    # predicate; «إن» after the closing comma belongs to «ويقول»
    text = (
        "ويقول المؤسس السوري عمر القاسم، الذي نقل شركته من غازي عنتاب إلى إسطنبول، إن البطاقة "
        "أنهت سنوات من القلق بشأن الحماية المؤقتة."
    )
    quotes, _, _ = _run(text, [("PERSON", "عمر القاسم")])
    assert [_show(text, q)[:3] for q in quotes] == [("indirect", "ويقول", "عمر القاسم")]


def test_the_latin_form_of_a_name_in_marks_is_no_credit_ending_the_report():
    # «"مايزون لوبان" (Maison Lupin)» glosses the brand in marks; a credit in brackets («( رويترز )»)
    # would end the report, the gloss does not
    text = (
        'ويقول الحرفي محمد أيت بلقاس إن طلبيات علامة "مايزون لوبان" (Maison Lupin) الفرنسية وحدها '
        "تشغل ورشته أربعة أشهر في السنة."
    )
    quotes, _, _ = _run(text, [("PERSON", "محمد أيت بلقاس"), ("ORG", "Maison Lupin", "company")])
    assert [_show(text, q)[3] for q in quotes] == [
        'طلبيات علامة "مايزون لوبان" (Maison Lupin) الفرنسية وحدها تشغل ورشته أربعة أشهر في السنة'
    ]


def test_a_later_verb_after_kama_owns_the_conjunction():
    # «أشار … إلى ارتفاع الفاتورة» takes a noun, no clause; «أن» belongs to «أعرب … عن أملهم في»
    text = (
        "وكان مصرف ليبيا المركزي قد أشار في تقريره السنوي إلى ارتفاع فاتورة استيراد الملابس والأحذية، "
        "كما أعرب رجال أعمال زاروا المعرض عن أملهم في أن تتراجع هذه الفاتورة."
    )
    quotes, _, _ = _run(text, [("ORG", "مصرف ليبيا المركزي", "government")])
    assert quotes == []


def test_a_frames_source_named_in_marks_is_no_quote():
    # «وبحسب جمعية … "أسوكالزاتوريفيتشي" (Assocalzaturifici)، فإن …»: the name in marks is the
    # source's own; the statement after «فإن» is what it says
    text = (
        'وبحسب جمعية مصنعي الأحذية الإيطاليين "أسوكالزاتوريفيتشي" (Assocalzaturifici)، فإن الدورة الحالية '
        "من المعرض استقطبت أكثر من 1200 عارض من 40 دولة."
    )
    quotes, _, _ = _run(text, [("ORG", "جمعية مصنعي الأحذية الإيطاليين", "other")])
    assert [_show(text, q)[0] for q in quotes] == ["according_to"]
    assert _show(text, quotes[0])[3] == "الدورة الحالية من المعرض استقطبت أكثر من 1200 عارض من 40 دولة"


def test_ala_an_after_the_object_of_an_announcement_is_no_content():
    # «أعلنت الوزارة إعادة تشغيل المعمل …، على أن يبدأ …»: the writer's "provided that"; «شدد … على
    # أن» keeps its content
    text = (
        "أعلنت وزارة الصناعة إعادة تشغيل معمل السكر بعد توقف دام عشر سنوات، على أن يبدأ استلام المحصول "
        "مطلع حزيران.\nوشدد الوزير، خلال جولته، على أن الحكومة ماضية في خطتها."
    )
    quotes, _, _ = _run(text, [("ORG", "وزارة الصناعة", "government")])
    assert [_show(text, q)[:2] for q in quotes] == [("indirect", "وشدد")]


def test_a_calling_with_its_place_then_the_name_set_off_by_a_comma():
    # «المتطوعة» is a calling like «الطبيبة»: the name after its place and a comma is the speaker
    text = "وتقول المتطوعة في فريق الإطفاء بمدينة سرمدا، هبة الأحمد: «نخرج أحياناً إلى حريق في خيمة ولا يكفي الصهريج»."
    quotes, _, _ = _run(text, [("LOC", "سرمدا"), ("PERSON", "هبة الأحمد")])
    assert [_show(text, q)[:3] for q in quotes] == [("direct", "وتقول", "هبة الأحمد")]
    assert quotes[0].role == "المتطوعة في فريق الإطفاء بمدينة سرمدا"


@pytest.mark.parametrize(
    "text, body",
    [
        ("وأفاد مرصد نزاهة الإنفاق بأن العراق أنفق 4 مليارات دولار على المشتريات.", "مرصد نزاهة الإنفاق"),
        ("وقالت الإدارة العامة لسد الفرات إن منسوب البحيرة انخفض إلى 298 متراً.", "الإدارة العامة لسد الفرات"),
        ("وقال مجلس بيانات سوق المركبات إن المبيعات تراجعت بنسبة 30%.", "مجلس بيانات سوق المركبات"),
        ("وبحسب مرصد نزاهة الإنفاق، فإن العراق أنفق 4 مليارات دولار على المشتريات.", "مرصد نزاهة الإنفاق"),
        ("وحسب شركة النفط اليمنية في صنعاء، فإن ناقلتين لا تزالان محتجزتين.", "شركة النفط اليمنية"),
        # the body's papers before its name, and a noun in construct that ends like an adjective
        ("وحسب بيانات الإدارة المركزية للإحصاء، ارتفع مؤشر الأسعار بنسبة 3%.", "الإدارة المركزية للإحصاء"),
        ("أعلنت إدارة وقاية النباتات في ولاية كسلا أن فرقها رشت 30 ألف هكتار.", "إدارة وقاية النباتات"),
    ],
)
def test_a_body_the_entities_stage_missed_named_by_its_noun_in_construct(text, body):
    # no mention given: the body's noun (مرصد، إدارة، مجلس …) and its name in construct speak
    quotes, new, _ = _run(text, [("LOC", "العراق")] if "العراق" in text else [])
    assert [_show(text, q)[2] for q in quotes] == [body]
    assert any(m.text == body and m.label == "ORG" for m in new)


def test_a_body_named_by_the_place_it_serves():
    # «محافظة القاهرة»: the head and a place the entities stage named; the place alone is no speaker
    text = "وقالت محافظة القاهرة في بيان إن الحملة على الإشغالات ستستمر حتى نهاية الشهر."
    quotes, _, _ = _run(text, [("LOC", "القاهرة")])
    assert [_show(text, q)[2] for q in quotes] == ["محافظة القاهرة"]
    # an indefinite adjective names no body
    text = "وقالت شركة ناشئة سعودية إن المنصة جاهزة للإطلاق."
    quotes, _, _ = _run(text)
    assert [_show(text, q)[2] for q in quotes] == [None]


def test_a_frames_source_phrase_ends_before_its_clause():
    # «نقلاً عن أشخاص مطلعين أن الشركة …»: «الشركة» opens the verb's content, no source of the frame
    text = "وذكرت وكالة بلومبرغ نقلاً عن أشخاص مطلعين أن الشركة تجري محادثات مع ثلاثة مشترين."
    quotes, _, _ = _run(text, [("ORG", "بلومبرغ", "media")])
    assert [_show(text, q)[:3] for q in quotes] == [("indirect", "وذكرت", "بلومبرغ")]


@pytest.mark.parametrize(
    "lines, mentions, role",
    [
        # «أما» + a title with no name: someone unnamed with that role, not the last speaker
        (
            ["وصرّح المدير التنفيذي للهيئة، المهندس يوسف الشمري، بأن الأعمال أنجزت بنسبة 92 في المئة.",
             "أما وزير الكهرباء العراقي فقال خلال مؤتمر صحفي إن بلاده ستستورد نحو 10% من حاجتها."],
            [("PERSON", "يوسف الشمري")],
            "وزير الكهرباء العراقي",
        ),
        (
            ["وقال مدير الأكاديمية، اللاعب الدولي السابق مراد بلحاج، إن المشروع جاء لإنقاذ أطفال الأحياء.",
             "أما والي الولاية، فقال: «هذه أول أكاديمية من نوعها في الغرب الجزائري، ولن تكون الأخيرة»."],
            [("PERSON", "مراد بلحاج")],
            "والي الولاية",
        ),
        # a title in construct with a body noun in ية («رئيس الجمعية») is someone else, not the
        # last speaker read as «the title and its adjective of origin» (unnamed, with that title)
        (
            ["وأوضح محامي الورثة سيد عبد الرازق أن العقد المذكور مزوّر.",
             "وقال رئيس الجمعية إن الجمعية ستلجأ إلى محكمة النقض."],
            [("PERSON", "سيد عبد الرازق")],
            "رئيس الجمعية",
        ),
    ],
)
def test_a_role_with_no_name_is_not_the_last_speaker(lines, mentions, role):
    text = "\n".join(lines)
    quotes, _, _ = _run(text, mentions)
    last = quotes[-1]
    assert last.speaker is None
    assert last.role == role
    assert _show(text, quotes[0])[2] == mentions[0][1]


def test_amma_someone_described_is_unnamed_and_a_body_with_its_seat_speaks():
    text = "\n".join([
        "وقال البائع الهندي محمد أشرف إن سعر كيلو الهيل ارتفع.",
        'أما مواطن قطري كان يتسوق برفقة ابنه فقال إن القهوة بلا هيل جيد "ليست قهوة".',
        "أما شعبة العطارة بالغرفة التجارية بالقاهرة فقد طالبت بأن تُدرج التوابل ضمن السلع الأساسية.",
    ])
    quotes, _, _ = _run(text, [("PERSON", "محمد أشرف"), ("ORG", "شعبة العطارة"), ("LOC", "القاهرة")])
    assert [_show(text, q)[:3] for q in quotes if q.kind == "indirect"] == [
        ("indirect", "وقال", "محمد أشرف"), ("indirect", "فقال", None), ("indirect", "طالبت", "شعبة العطارة")
    ]


def test_a_title_then_a_name_with_its_latin_form_after_the_place():
    # «إيفون» is also read as a phone; the Latin form of as many words makes it a name
    text = "\n".join([
        "قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن أكثر من 600 ألف لاجئ عادوا.",
        'وأوضحت ممثلة المفوضية في دمشق إيفون ساندرز (Yvonne Sanders) أن "كثيراً من العائدين يجدون منازلهم مدمرة".',
    ])
    quotes, _, _ = _run(text, [("ORG", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"), ("LOC", "دمشق"), ("PRODUCT", "إيفون")])
    assert _show(text, quotes[-1])[2] == "إيفون ساندرز"
    assert quotes[-1].role == "ممثلة المفوضية في دمشق"


def test_a_body_whose_name_holds_a_media_word_and_a_commander_title():
    text = "وأفادت النقابة الوطنية لوكالات المراقبة التقنية بأن نسبة الاستجابة للإضراب تجاوزت 80 في المئة."
    quotes, _, _ = _run(text, [("ORG", "النقابة الوطنية لوكالات المراقبة التقنية")])
    assert [_show(text, q)[2] for q in quotes] == ["النقابة الوطنية لوكالات المراقبة التقنية"]
    text = "وقال آمر فرع الجهاز ببنغازي، العقيد صلاح المسماري، لـ«بوابة الوسط» إن الحملة جاءت متأخرة."
    quotes, _, _ = _run(text, [("LOC", "بنغازي"), ("PERSON", "صلاح المسماري"), ("ORG", "بوابة الوسط", "media")])
    assert [_show(text, q)[2] for q in quotes] == ["صلاح المسماري"]
    assert quotes[0].role == "آمر فرع الجهاز ببنغازي"


def test_a_frames_papers_published_by_a_body_named_in_marks():
    text = 'ووفقاً لبيانات نشرتها "البحرين للتوابل" على موقع بورصة البحرين، فإن إيرادات الشركة بلغت 9.4 مليون دينار في النصف الأول.'
    quotes, new, _ = _run(text, [("LOC", "البحرين"), ("ORG", "بورصة البحرين")])
    assert [_show(text, q)[:3] for q in quotes] == [("according_to", "ووفقاً ل", "البحرين للتوابل")]
    assert _show(text, quotes[0])[3].startswith("إيرادات الشركة")


def test_a_given_name_with_a_madda_is_no_conjunction():
    # «آن صوفي ديمرز»: «آن» is a name, not «أن»; the content starts after the real conjunction
    text = 'بدورها، أكدت ممثلة منظمة الأمم المتحدة للطفولة (يونيسف) في اليمن آن صوفي ديمرز (Anne-Sophie Demers) أن "كل طفل يموت بالكوليرا هو وفاة كان يمكن تجنبها".'
    quotes, _, _ = _run(text, [("ORG", "منظمة الأمم المتحدة للطفولة"), ("ORG", "يونيسف"), ("LOC", "اليمن"), ("PERSON", "آن صوفي ديمرز")])
    assert [_show(text, q)[2:] for q in quotes] == [("آن صوفي ديمرز", "كل طفل يموت بالكوليرا هو وفاة كان يمكن تجنبها")]


@pytest.mark.parametrize(
    "text, mentions, speaker",
    [
        # a title whose place is a body's name read as a person, then the holder set off by commas
        ('في المقابل، ترى الخبيرة في قطاع السيارات لدى مكتب نوفا أناليتيكس، كلير دوبوا (Claire Dubois)، أن المنافسة "لن تكون سهلة".',
         [("PERSON", "نوفا أناليتيكس"), ("PERSON", "كلير دوبوا")], "كلير دوبوا"),
        # a definite body before the name ends the title's place: the name is the holder
        ("وقال الأستاذ في كلية إدارة الأعمال في الجامعة نفسها فادي حداد إن الجامعة خسرت ربع كادرها.",
         [("PERSON", "فادي حداد")], "فادي حداد"),
    ],
)
def test_the_holder_after_a_bodys_name_read_as_a_person(text, mentions, speaker):
    quotes, _, _ = _run(text, mentions)
    assert [_show(text, q)[2] for q in quotes if q.kind == "indirect"] == [speaker]


def test_the_holder_with_his_latin_form_after_a_title_whose_body_the_model_read_as_a_person():
    text = 'واعتبر رئيس جمعية فنادق كوستا ديل سول، أنطونيو رويث (Antonio Ruiz)، أن الزائر الخليجي "يقيم مدة أطول".'
    ms = []
    for label, surface, source in (("ORG", "جمعية فنادق", "lexicon"), ("PERSON", "كوستا ديل سول", "model"), ("PERSON", "أنطونيو رويث", "rule")):
        i = text.index(surface)
        ms.append(MentionDraft(i, i + len(surface), surface, label, source, 0.6))
    quotes, _ = extract_quotes(text, sentence_spans(get_nlp(model=False)(text)), ms)
    assert [_show(text, q)[2] for q in quotes if q.kind == "indirect"] == ["أنطونيو رويث"]
    assert quotes[0].role == "رئيس جمعية فنادق كوستا ديل سول"


def test_a_participle_goes_on_with_the_titled_subject_of_the_clause_before_it():
    # «…، ودعت عضو اللجنة زينب الموسوي إلى …، محذّرةً من أن»: the second clause's subject, not the body
    text = "في المقابل، نفت لجنة النقل والاتصالات النيابية علمها بتفاصيل المذكرة، ودعت عضو اللجنة زينب الموسوي إلى عرض أي عقد على البرلمان، محذّرةً من أن تجارب الخصخصة السابقة انتهت بخسائر كبيرة."
    quotes, _, _ = _run(text, [("ORG", "لجنة النقل والاتصالات النيابية"), ("PERSON", "زينب الموسوي")])
    assert [_show(text, q)[:3] for q in quotes] == [("indirect", "محذّرةً", "زينب الموسوي")]
    assert quotes[0].role == "عضو اللجنة"


def test_a_frames_papers_of_an_office_named_in_marks():
    text = "ووفقاً لتقديرات مكتب «أفق للدراسات»، استوردت البلاد نحو 8 ملايين طن من القمح خلال العام الماضي."
    quotes, new, _ = _run(text)
    assert [_show(text, q)[:3] for q in quotes] == [("according_to", "ووفقاً ل", "أفق للدراسات")]
    assert any(m.text == "أفق للدراسات" and m.label == "ORG" for m in new)


@pytest.mark.parametrize(
    "text, mentions, content",
    [
        # a short name in marks inside the subject, then the verb's own conjunction: no quote of its own
        ("وفي المقابل، قال تحالف المعارضة «منتدى الإنقاذ الوطني» في بيان إن الحكومة الفيدرالية تسعى إلى تمديد ولايتها.",
         [], "الحكومة الفيدرالية تسعى إلى تمديد ولايتها"),
        ("وفي حديث لموقع «المرصد الاقتصادي»، توقع المحلل في «بيت الخليج للأبحاث» جيمس كارتر (James Carter) أن تظل الأسعار مستقرة حتى نهاية الربع.",
         [("ORG", "المرصد الاقتصادي", "media"), ("PERSON", "جيمس كارتر")], "تظل الأسعار مستقرة حتى نهاية الربع"),
    ],
)
def test_a_name_in_marks_before_the_verbs_conjunction_is_no_quote(text, mentions, content):
    quotes, _, _ = _run(text, mentions)
    assert [(q.kind, _show(text, q)[3]) for q in quotes] == [("indirect", content)]


@pytest.mark.parametrize(
    "text, quoted",
    [
        # what was said in marks: governed by a preposition, or a clause opened by a conjunction
        ('وحمل عليهما الرئيس الأميركي جون سميث واتهمهما " بتهديد المنطقة برمتها " , رغم أن الأمين العام للمنظمة ماريو روسي اعتبر أن الحل لا يمر إلا بهما .', "بتهديد المنطقة برمتها"),
        ('وقال " انه نشاط روتيني " ، مضيفا ان الحادث لم يتسبب بأي خلاف .', "انه نشاط روتيني"),
    ],
)
def test_said_words_in_marks_before_a_later_conjunction_stay_quotes(text, quoted):
    quotes, _, _ = _run(text, [("PERSON", n) for n in ("جون سميث", "ماريو روسي") if n in text])
    assert quoted in [_show(text, q)[3].strip() for q in quotes if q.kind == "direct"]


def test_a_closing_frame_takes_a_whole_sentence_with_no_one_named_in_it():
    text = "وقال المزارع حسن علي إن الأرض صارت مالحة. النهر أكل نصف الأرض قبل خمس سنوات، واليوم يهدد ما تبقى منها، على حد تعبيره."
    quotes, _, _ = _run(text, [("PERSON", "حسن علي")])
    assert [_show(text, q)[:4] for q in quotes][-1] == (
        "according_to", "على حد تعبيره", "حسن علي", "النهر أكل نصف الأرض قبل خمس سنوات، واليوم يهدد ما تبقى منها"
    )


def test_marked_words_of_a_report_before_a_closing_frame_are_the_reports():
    # three words or more: a partial quote under the report's cue; one or two: a term, no quote
    text = 'ويقول التاجر أحمد سعفان إن الحملة "ظلمت التجار الملتزمين"، على حد تعبيره.'
    quotes, _, _ = _run(text, [("PERSON", "أحمد سعفان")])
    assert [_show(text, q)[:3] for q in quotes] == [("indirect", "ويقول", "أحمد سعفان"), ("direct", "ويقول", "أحمد سعفان")]
    text = 'وأضاف التاجر أحمد سعفان أن التجار باتوا يبيعون "بالقطّارة"، على حد تعبيره.'
    quotes, _, _ = _run(text, [("PERSON", "أحمد سعفان")])
    assert [_show(text, q)[:3] for q in quotes] == [("indirect", "وأضاف", "أحمد سعفان")]


def test_a_title_with_her_pronoun_then_the_name_set_off_by_commas_speaks():
    text = (
        "تعمل هند الزعبي منقذة في مسبح بلدي في إربد منذ عامين.\n"
        'مدربتها في الاتحاد الأردني للسباحة، رنا الخطيب، ترى أن عدد المنقذات "سيرتفع خلال السنوات المقبلة".'
    )
    quotes = _article(text).quotes
    assert quotes and all(q.speaker is not None and q.speaker.text == "رنا الخطيب" for q in quotes)
    assert quotes[0].role == "مدربتها في الاتحاد الأردني للسباحة"


def test_a_municipality_is_no_preposition_glued_to_a_body():
    # «بلدية» opens with ب + ل, as «بالمجلس» and «للأمم» do; it is still the verb's subject
    text = "وطالبت بلدية الشارقة بتكثيف الرقابة على المسابح الخاصة، مؤكدةً أن المخالفين سيواجهون غرامات مالية."
    assert _speakers(text) == ["بلدية الشارقة"]


def test_a_frame_source_with_a_hyphenated_place_keeps_the_content_after_fa_inna():
    text = "وبحسب المديرية الجهوية للفلاحة بجهة فاس-مكناس، فإن محصول الزيتون تراجع بنسبة 20 في المئة هذا الموسم."
    quotes = _article(text).quotes
    assert [q.content.text for q in quotes] == ["محصول الزيتون تراجع بنسبة 20 في المئة هذا الموسم"]


def test_the_management_of_a_place_named_with_its_preposition_is_that_body():
    text = (
        'العقبة - أصيب ثلاثة نزلاء بحروق طفيفة إثر تسرب غاز في مطبخ بفندق "نجمة البحر" صباح الأحد.\n'
        "وقالت إدارة الفندق في بيان إنها فتحت تحقيقاً داخلياً في الحادث."
    )
    assert _speakers(text) == ["نجمة البحر"]


def test_an_outlets_short_name_in_marks_after_a_trailing_frame_is_no_quote():
    text = (
        "وقال مدير الخدمات البيطرية في الوزارة الدكتور سامر الكبيسي إن الوزارة تسلمت ثلث الجرعات فقط، "
        'بحسب ما نقلته وكالة الأنباء القطرية "قنا".\n'
        "وتابع: «نطلب من المربين عزل أي رأس تظهر عليه الأعراض فوراً»."
    )
    quotes = _article(text).quotes
    assert [q.kind for q in quotes] == ["indirect", "direct"]
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["سامر الكبيسي", "سامر الكبيسي"]


def test_the_owner_of_one_of_the_shops_is_no_man_named_malik():
    text = 'وقال مالك أحد محلات الأقمشة في السوق القديم لـ"الوطن": الزبائن قلّوا كثيراً هذا العام.'
    article = _article(text)
    assert [q.speaker for q in article.quotes] == [None]
    assert not any(m.label == "PERSON" for m in article.mentions)


def test_a_body_then_the_body_it_belongs_to_the_first_speaks():
    text = (
        "ارتفعت أسعار الأدوية البيطرية في الأسواق بنسبة 40 في المئة خلال شهرين.\n"
        'أما شعبة المستوردين في غرفة تجارة دمشق فترى أن الأسعار "ستنخفض مع وصول الشحنات الجديدة".'
    )
    assert set(_speakers(text)) == {"شعبة المستوردين"}


def test_a_keepers_or_secretarys_title_is_no_given_name():
    text = "وقالت أمينة المكتبة الوطنية إن الأرشيف نُقل إلى مبنى آمن."
    article = _article(text)
    # the keeper unnamed: a person the article does not name speaks, with her title and body as the
    # role (a spokesman would speak for the body), no «أمينة»
    assert [(q.speaker.text if q.speaker else None, q.role) for q in article.quotes] == [
        (None, "أمينة المكتبة الوطنية")
    ]
    assert not any(m.label == "PERSON" for m in article.mentions)
    text = "ورحب الاتحاد البحريني للتنس بالقرار، وقال أمينه العام، سامي الحداد، إن البطولة ستقام في موعدها."
    assert _speakers(text) == ["سامي الحداد"]
    text = "المحامية أمينة بلحاج، التي تتابع الملف منذ عامين، ترى أن الحكم سيُستأنف."
    assert _speakers(text) == ["أمينة بلحاج"]


def test_the_teacher_after_the_verb_is_no_family_name():
    text = "“أنا لا أجبر أحداً على الحضور، والطلاب يأتون بإرادتهم”، قال المدرس في مقطع لاحق نشره على صفحته."
    assert _speakers(text) == [None]


def test_a_body_named_past_ala_then_the_honorific_and_the_holder_speaks():
    text = "وقال رئيس جهاز الرقابة على المصنفات الفنية الدكتور سامح الجندي إن القرار إجراء مؤقت."
    assert _speakers(text) == ["سامح الجندي"]


def test_attributed_to_someone_his_saying_names_the_speaker_after_ila():
    text = "ونسبت صحيفة \"الشرق الأوسط\" اللندنية إلى وليد جنبلاط قوله إن الحكومة ستصمد حتى نهاية ولايتها."
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [("indirect", "وليد جنبلاط")]
    # attributing a cause is no speech
    assert _article("ونسبت الشرطة الحادث إلى خلل فني في المكابح.").quotes == []


def test_a_frame_of_testimonies_with_faqad_attributes_the_clause_after_it():
    text = "وحسب شهادات وردت من القرى المجاورة ، فقد أحرقت المجموعات المسلحة عشرات المنازل خلال الليل ."
    quotes = _article(text).quotes
    assert [(q.kind, q.content.text) for q in quotes] == [("according_to", "أحرقت المجموعات المسلحة عشرات المنازل خلال الليل")]


def test_hadha_before_a_frame_points_it_back_at_the_clause_before():
    text = (
        "* ما أبرز ما قدمه في رأيك ؟ - كل ما كتبه كان يعد إضافة حقيقية ، هذا بحسب شهادات النقاد في الداخل "
        "والخارج غير أنني أرى في مسيرته جوانب أخرى ، فقد كان مهتماً بقضايا التعليم في الريف ."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.content.text) for q in quotes] == [("according_to", "كل ما كتبه كان يعد إضافة حقيقية")]


def test_a_parent_set_off_by_commas_before_the_name_gives_the_name_and_the_kinship_as_role():
    text = 'وقال والد الطالب، سالم المري، لـ"الخليج": "ابني لم يتلقَّ أي إسعاف طوال ساعة كاملة".'
    quotes = _article(text).quotes
    assert [(q.speaker.text if q.speaker else None, q.role) for q in quotes] == [("سالم المري", "والد الطالب")]


def test_a_specialist_with_her_field_then_her_name_set_off_by_commas_speaks():
    text = "وترى المختصة في طب الأطفال، رشا الدباغ، أن نقص النوم يؤثر في تحصيل التلاميذ."
    quotes = _article(text).quotes
    assert [(q.speaker.text if q.speaker else None, q.role) for q in quotes] == [("رشا الدباغ", "المختصة في طب الأطفال")]


def test_a_profession_with_a_title_word_then_its_field_then_the_name_speaks():
    text = 'ويرى الاقتصادي المتخصص في التأمين الدكتور فهد الزهراني أن "السوق تحتاج إلى تنظيم".'
    assert _speakers(text) == ["فهد الزهراني"]


def test_an_initiative_it_called_the_first_is_the_subjects_words():
    text = "الرياض - أطلقت هيئة المتاحف منصة رقمية للمقتنيات، في مبادرة قالت إنها الأولى من نوعها."
    assert _speakers(text) == ["هيئة المتاحف"]


def test_but_and_a_later_reporting_verb_with_its_own_subject_owns_the_conjunction():
    text = "ولم تعلن الوزارة عن موعد التطبيق، إلا أن مسؤولاً فيها أوضح بأن القرار نهائي."
    quotes = _article(text).quotes
    assert [(q.cue.text, q.content.text) for q in quotes] == [("أوضح", "القرار نهائي")]


def test_the_defence_of_the_accused_is_an_unnamed_subject_not_the_last_speaker():
    text = (
        "وقال محامي الضحية، المستشار خالد الكندري، إن موكله تعرض لخسائر كبيرة.\n"
        'في المقابل، نفى دفاع المتهم التهم الموجهة إلى موكله، مؤكداً أنه "لم يوقع أي عقد".'
    )
    quotes = _article(text).quotes
    assert [q.cue.text for q in quotes] == ["وقال", "مؤكداً"]
    assert quotes[1].speaker is None


def test_it_turned_out_that_inside_a_report_goes_on_with_it():
    text = 'وقال مصدر في مديرية البيئة إن مختبراً أجرى تحاليل على مياه البحيرة وتبيّن أنها "خالية من التلوث".'
    quotes = _article(text).quotes
    assert [(q.kind, q.content.text) for q in quotes] == [
        ("indirect", 'مختبراً أجرى تحاليل على مياه البحيرة وتبيّن أنها "خالية من التلوث"'),
        ("direct", "خالية من التلوث"),
    ]


def test_a_captains_rank_after_the_comma_then_his_name_speaks():
    text = "ونُقل عن مدير العمليات البحرية في الميناء، الربان ناصر الحربي، أن الممر أصبح آمناً."
    assert _speakers(text) == ["ناصر الحربي"]


def test_an_office_then_a_name_then_a_colon_opens_a_direct_quote_but_a_biographys_heading_does_not():
    text = "نقيب الصيادلة سامر الخطيب: الأدوية المفقودة ستتوفر خلال أسبوعين.\nوقالت النقابة إن المخزون يكفي."
    quotes = _article(text).quotes
    assert (quotes[0].kind, quotes[0].speaker.text, quotes[0].role) == ("direct", "سامر الخطيب", "نقيب الصيادلة")
    text = "الكاتب الراحل سامر الخطيب : دمشقي المولد من أسرة تجارية عريقة.\nوقد نشر عشر روايات."
    assert _article(text).quotes == []


def test_as_the_police_reported_with_no_comma_closing_the_sentence_attributes_it():
    text = "وأصيب خمسة مدنيين في قصف استهدف بلدة حدودية فجر اليوم كما أفادت وزارة الصحة اللبنانية."
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [("according_to", "وزارة الصحة اللبنانية")]
    # "also", with more than the source after the verb, is no frame
    assert _article("وأصيب خمسة مدنيين في القصف كما أكد الوزير في كلمته أمام البرلمان.").quotes == []


def test_nasab_names_its_speaker_so_a_long_occasion_before_inna_is_allowed():
    text = (
        'ونسبت صحيفة "الأخبار" اللبنانية إلى النائب سامي الجميل قوله في اتصال هاتفي مساء أمس تعليقاً على '
        "خطاب رئيس الحكومة ووزير المالية في الجلسة العامة لمجلس النواب المخصصة لمناقشة الموازنة "
        "إن الحكومة تفتقد رؤية اقتصادية واضحة."
    )
    assert _speakers(text) == ["سامي الجميل"]


def test_it_came_in_the_statement_that_is_the_issuers_report():
    text = (
        "أعلنت الهيئة العامة للكهرباء «كهرباء» في بيان، الخميس، أنها أقرت تعرفة جديدة.\n"
        'وجاء في البيان أن التعرفة "لن تمس الشرائح الأولى من المستهلكين".\n'
        "وجاء في مقال نشرته صحيفة الرأي الأردنية أن القرار تأخر كثيراً."
    )
    quotes = _article(text).quotes
    got = [(q.cue.text, q.speaker.text if q.speaker else None) for q in quotes]
    assert ("وجاء في", "الهيئة العامة للكهرباء") in got
    assert ("وجاء في", "الرأي") in got
    # «جاء في» with no «أن»: the ranking, no report
    assert _article("وجاء الفريق في المرتبة الأولى بعد عشرة انتصارات.").quotes == []


def test_it_came_in_the_rulings_grounds_is_the_courts_report():
    text = (
        "قضت محكمة الاستئناف بتونس بإلغاء قرار بلدي يمنع الباعة المتجولين من وسط المدينة.\n"
        'وجاء في حيثيات الحكم أن القرار "لم يستند إلى أي دراسة ميدانية".'
    )
    quotes = _article(text).quotes
    assert quotes and all(q.speaker is not None and q.speaker.text == "محكمة الاستئناف بتونس" for q in quotes)


def test_the_girl_or_the_man_is_the_last_speaker_of_that_gender():
    text = (
        "وتقول زاميرا بيكبولات (17 عاماً)، وهي واحدة من خمس فتيات شاركن هذا العام: "
        '"والدي علّمني حمل النسر".\n'
        "وتشير الفتاة إلى أن تدريب النسر يستغرق شتاءً كاملاً."
    )
    assert _speakers(text) == ["زاميرا بيكبولات", "زاميرا بيكبولات"]
    # the last one of that gender who spoke, unnamed too
    text = (
        "وقال رئيس البلدية خالد العموش إن الغبار يغطي البيوت.\n"
        "في المقابل، قال مدير إحدى الكسارات، طالباً عدم ذكر اسمه: نحن نرش المياه مرتين يومياً.\n"
        "ونفى الرجل أن تكون الكسارة مسؤولة عن الأمراض."
    )
    quotes = _article(text).quotes
    assert quotes[-1].speaker is None and quotes[-1].speaker != quotes[0].speaker


def test_a_possessed_title_then_the_name_set_off_by_commas_then_the_audience():
    text = 'إذ قال محاميهم، أيمن الشاذلي، لـ"المصري اليوم" إن موكليه لم يُخطروا بالقرار.'
    q = _article(text).quotes[0]
    assert q.speaker is not None and q.speaker.text == "أيمن الشاذلي" and q.role == "محاميهم"


def test_a_moroccan_wilaya_speaks_as_a_body():
    assert _speakers("وأفادت ولاية جهة مراكش آسفي، في بلاغ، بأن القرار مؤقت.") == ["ولاية جهة مراكش آسفي"]
    assert _speakers("وأفادت ولاية الرباط، في بلاغ، بأن القرار مؤقت.") == ["ولاية الرباط"]


def test_a_frame_answered_by_fa_inna_keeps_the_whole_source_phrase():
    # (the entities stage cuts the name at «على»; the phrase runs to the comma before «فإن»)
    text = "ووفقاً لأرقام الجمعية الوطنية للرقابة على جودة المياه العذبة، فإن نحو 14 بئراً لا تزال ملوثة."
    quotes = _article(text).quotes
    assert [q.content.text for q in quotes] == ["نحو 14 بئراً لا تزال ملوثة"]


def test_a_cue_in_the_clause_of_a_project_is_the_subjects():
    text = (
        "عمّان - افتتحت رائدة الأعمال الأردنية دانة الصرايرة حماماً تقليدياً في جبل اللويبدة، "
        'في مشروع تقول إنه يحاول "إعادة الحمام إلى حياة العائلات".'
    )
    assert set(_speakers(text)) == {"دانة الصرايرة"}


def test_a_later_verb_after_whereas_owns_the_conjunction():
    text = (
        "وطالب النائب عن الدائرة صابر حمدان بتشديد العقوبات، في حين رأى خبراء في الموارد المائية "
        "أن السحب العشوائي يهدد أساسات الجسور."
    )
    q = _article(text).quotes[0]
    assert q.cue.text == "رأى" and q.speaker is None


def test_an_investor_is_described_before_his_name():
    text = "ويرى المستثمر في ولاية بسكرة عمر قادري، الذي يصدّر التمور إلى فرنسا، أن الاعتماد المحلي سيخفض الكلفة."
    assert _speakers(text) == ["عمر قادري"]


def test_it_turned_out_after_a_comma_goes_on_with_the_report():
    text = "وقالت ندى حداد إن الفريق اشترى 40 عينة، وتبيّن أن 11 منها لا تحمل أي رقم اعتماد."
    quotes = _article(text).quotes
    assert len(quotes) == 1 and quotes[0].content.text.endswith("لا تحمل أي رقم اعتماد")


def test_a_frame_of_the_speakers_own_pronoun_ends_the_report():
    text = "ويؤكد مزارعون في ولاية صحم أن منسوب المياه في الآبار انخفض منذ بدء الحفر، بحسب ما ذكروه للجريدة."
    quotes = _article(text).quotes
    assert [q.content.text for q in quotes] == ["منسوب المياه في الآبار انخفض منذ بدء الحفر"]


def test_threatened_in_the_feminine_is_no_cue_without_a_comma():
    text = "حذّرت مؤسسة يمنية من أن آلاف المخطوطات في مكتبات صنعاء وذمار مهددة بالتلف بسبب انقطاع الكهرباء."
    assert [q.content.text for q in _article(text).quotes] == [
        "آلاف المخطوطات في مكتبات صنعاء وذمار مهددة بالتلف بسبب انقطاع الكهرباء"
    ]


def test_a_quote_opening_the_next_sentence_with_its_own_cue_is_that_cues():
    text = (
        "ويشكو مقاولون صغار من تأخر التسليم. "
        '"أوقفت العمل في عمارتين لأن الرمل لم يصل منذ أسبوع"، يقول المقاول حسن عبد الرازق.'
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in quotes] == [("يقول", "حسن عبد الرازق")]
    # with no cue of its own, the quote after a short closing cue is still that cue's
    assert _speakers('فأجاب محفوظ. "إنني أتسلى بالكتابة كل يوم منذ سنوات".') == ["محفوظ"]


def test_a_relative_after_what_the_person_won_for_is_the_persons():
    text = (
        'وفاز المخرج يزن العبادي عن مشروعه الوثائقي "الرجل الذي يعدّ الغيوم"، الذي قال لوكالة الأنباء '
        "الأردنية إن المنحة مهمة."
    )
    assert _speakers(text) == ["يزن العبادي"]


def test_the_frame_of_one_of_the_speakers_ends_the_report():
    text = 'وأكد السائقون المضربون أن الخسائر "تجاوزت كل الحدود"، على حد تعبير أحدهم.'
    assert [q.content.text for q in _article(text).quotes if q.kind == "indirect"] == ['الخسائر "تجاوزت كل الحدود"']


def test_wishing_after_a_comma_ends_the_report():
    text = 'وأكد بيتروفيتش في بيان أنه يتحمل "المسؤولية الكاملة عن النتائج"، متمنياً للمنتخب التوفيق في المرحلة المقبلة.'
    assert [q.content.text for q in _article(text).quotes if q.kind == "indirect"] == [
        'يتحمل "المسؤولية الكاملة عن النتائج"'
    ]


def test_an_imam_with_the_hamza_below_is_a_subject_not_the_preposition_in_front_of():
    text = (
        "وقال المهندس فراس العدوان إن المساجد قديمة.\n"
        "وقال إمام أحد المساجد المتضررة لرويترز، طالباً عدم نشر اسمه: «في كل شتاء نضع الدلاء».\n"
        "وفي قرية بيت أمر، يقول إمام المسجد الكبير إبراهيم العلامي: «جمعنا ثمن مولد كهربائي»."
    )
    assert _speakers(text) == ["فراس العدوان", None, "إبراهيم العلامي"]


def test_it_was_reported_in_the_passive_is_reported_speech_of_no_one():
    quotes = _article("وأُفيد بأن المستأجرين سيُنقلون مؤقتاً إلى محلات بديلة في السوق.").quotes
    assert [(q.cue.text, q.speaker) for q in quotes] == [("وأُفيد", None)]


def test_carried_by_ambulance_is_no_new_report_after_a_comma():
    text = "وشدد بلحاج على أن المرضى لا يُتركون دون تكفل، إذ يُنقلون بسيارات إسعاف إلى المستشفى العسكري."
    assert [q.content.text for q in _article(text).quotes] == [
        "المرضى لا يُتركون دون تكفل، إذ يُنقلون بسيارات إسعاف إلى المستشفى العسكري"
    ]
    # «نقل عن» still passes a report on
    text = "وقال الوزير إن المرضى لا يتركون أبداً، فيما نقلت رويترز عن مصدر أن الوضع سيئ."
    assert [q.content.text for q in _article(text).quotes][0] == "المرضى لا يتركون أبداً"


def test_an_unmarked_question_after_a_colon_keeps_its_question_mark():
    text = "وقال هاوكار أحمد إنه يدفع فواتيره.\nوتابع: لماذا لا تمنحنا الحكومة تراخيص بدل إغلاق مشاريعنا؟"
    assert _article(text).quotes[-1].content.text == "لماذا لا تمنحنا الحكومة تراخيص بدل إغلاق مشاريعنا؟"


def test_before_adding_goes_on_with_the_main_clauses_subject():
    text = (
        "ويقول علي كاظم الجبوري إن الطلب تراجع.\n"
        "وأعرب الجبوري عن أمله في أن تشمل الإجراءات دعماً للخشب، قبل أن يضيف: الحكومة تحمي التاجر وتنسى الصانع."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in quotes][-1] == ("يضيف", "الجبوري")
    assert quotes[-1].content.text == "الحكومة تحمي التاجر وتنسى الصانع"


def test_a_straight_mark_after_the_full_stop_opens_the_next_sentence():
    text = (
        "وقال النجار عمر الشامس لرويترز إنه رفع أسعار الأبواب مرتين هذا العام. "
        '"الناس تؤجل الزواج، وأنا أؤجل شراء الخشب"، قال الشامس.'
    )
    quotes = _article(text).quotes
    assert quotes[0].content.text == "رفع أسعار الأبواب مرتين هذا العام"


def test_a_governorate_named_by_its_place_speaks_back_as_the_governorate():
    text = (
        "بدأت محافظة الجيزة نقل نحو 800 بائع من شارع فيصل.\n"
        'وذكر بيان صادر عن المحافظة أن السوق الجديد "يضم 800 باكية مجهزة".\n'
        "وقالت المحافظة إن الباعة سينقلون خلال أسبوع."
    )
    assert set(_speakers(text)) == {"محافظة الجيزة"}
    text = "أثار قرار محافظة القاهرة جدلاً.\nووفقاً لبيان صادر عن المحافظة، فإن الدولة ستتحمل كلفة الطلاء."
    assert _speakers(text) == ["محافظة القاهرة"]
    # the papers issued by the governorate, named
    text = "ووفقاً لبيان صادر عن محافظة الإسكندرية، فإن السوق الجديد يضم 320 باكية."
    assert _speakers(text) == ["محافظة الإسكندرية"]


def test_on_the_basis_of_is_no_attribution():
    text = 'وذكرت المحافظة أن الشاطئ خطر، وأن قرار الإغلاق جاء بناءً على توصية الإدارة المركزية للسياحة.'
    quotes = _article(text).quotes
    assert [q.content.text for q in quotes] == ["الشاطئ خطر، وأن قرار الإغلاق جاء بناءً على توصية الإدارة المركزية للسياحة"]
    text = "بناءً على بلاغ من الأهالي، فتحت النيابة العامة تحقيقاً في تسريب بيانات نحو مليون مشترك."
    assert _article(text).quotes == []


def test_shop_owners_are_a_source_of_a_frame():
    text = "وبحسب أصحاب محال في الحي، فإن الجداريات أعادت بعض الزوار إلى أزقة كانت شبه مهجورة."
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker) for q in quotes] == [("according_to", None)]


def test_a_long_title_with_its_body_then_the_name_between_commas():
    text = "وقال مدير إدارة الرقابة على البنوك في البنك المركزي اليمني، منصور راجح، إن الشبكات الموقوفة لم تلتزم."
    assert _speakers(text) == ["منصور راجح"]
    text = "وتقول المرشدة النفسية في مركز الإرشاد الفلسطيني، منى عودة، إن عدد الحالات تضاعف."
    assert _speakers(text) == ["منى عودة"]


def test_a_governorate_speaking_is_an_entity_over_the_place_inside_it():
    rec = _article("بدأت محافظة الجيزة نقل نحو 800 بائع.\nوقالت المحافظة إن الباعة سينقلون خلال أسبوع.")
    (q,) = rec.quotes
    ent = {e.key: e for e in rec.entities}[q.speaker_key]
    assert (ent.name, ent.label) == ("محافظة الجيزة", "ORG")


def test_anna_is_a_given_name_not_the_pronoun_before_an_apposition():
    (q,) = _article("وقالت أنا كوفالسكا، مديرة المتحف، إن الزوار تضاعفوا.").quotes
    assert (q.kind, q.speaker.text, q.content.text) == ("indirect", "أنا كوفالسكا", "الزوار تضاعفوا")


def test_a_wilaya_named_by_its_place_speaks_back():
    text = (
        "تباينت آراء السكان حول قرار ولاية الجزائر إغلاق الواجهة البحرية كل جمعة.\n"
        "من جهتها، أكدت الولاية في بيان أن القرار جاء بعد دراسة لحركة المرور.\n"
        "وأضافت أن التجربة ستقيم نهاية الشهر المقبل."
    )
    assert _speakers(text) == ["ولاية الجزائر", "ولاية الجزائر"]


def test_a_governorate_named_in_the_lead_speaks_back_sentences_later():
    text = (
        "القاهرة - أعلنت محافظة القاهرة نقل ورش الفخار إلى مجمع جديد.\n"
        "غير أن عدداً من الحرفيين أبدوا تخوفهم من ارتفاع الإيجارات.\n"
        "ويقول سيد عبد الغني، صاحب ورشة، إن الورشة ملكه منذ ستين سنة.\n"
        "وأضاف أن ابنه ترك المهنة قبل خمس سنوات.\n"
        "ونفت المحافظة في بيان لاحق أن تكون هناك نية لرفع الإيجارات."
    )
    assert _speakers(text)[-1] == "محافظة القاهرة"


def test_the_man_in_his_sixties_before_adding_is_the_one_just_named():
    text = (
        "على رصيف قرب ساحة المرجة في دمشق، يقف أبو سامر خلف عربة خشبية صغيرة.\n"
        '"الناس تريد أن تبرد، لكن الجيوب فارغة"، يقول الرجل الستيني، قبل أن يضيف أنه يشتري الحليب كل صباح.'
    )
    assert _speakers(text) == ["أبو سامر", "أبو سامر"]


def test_a_frame_source_then_an_owner_with_a_latin_name_between_commas():
    text = 'وبحسب آزاد حسن، صاحب مخيم "شيرين كامب" (Shireen Camp) قرب شلال أحمد آوا، فإن المخيم يستقبل 200 زائر يومياً.'
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker.text, q.content.text) == ("according_to", "آزاد حسن", "المخيم يستقبل 200 زائر يومياً")


def test_between_the_preposition_is_no_verb_before_the_participle():
    text = (
        "“المحطات الخمس باتت تضخ المياه”، قال المتحدث باسم الهيئة العامة لإدارة وتطوير الغاب.\n"
        "ونفى رئيس اتحاد فلاحي حماة عبد الكريم الحسن وجود أي تمييز في توزيع المياه بين القرى، "
        'مؤكداً أن الحصص "تحدد وفق المساحات المسجلة".'
    )
    quotes = _article(text).quotes[-2:]
    # the verb's subject and its title, not a body's spokesman before it (nor the title lost)
    assert [(q.speaker.text, q.role) for q in quotes] == [("عبد الكريم الحسن", "رئيس اتحاد فلاحي حماة")] * 2


def test_the_academy_speaks_back():
    text = (
        "رفعت أكاديمية دبي للموسيقى رسومها الدراسية بنسبة 15 في المئة.\n"
        'وذكرت الأكاديمية في رسالة إلى الأهالي أن الزيادة "ضرورية لمواكبة ارتفاع الأجور".'
    )
    assert _speakers(text) == ["أكاديمية دبي للموسيقى", "أكاديمية دبي للموسيقى"]


def test_a_feminine_plural_participle_ends_the_report_and_is_a_cue():
    text = (
        'وأكدت حرفيات التقتهن الوكالة أن صناعة الفخار "بقيت حكراً على النساء منذ قرون"، '
        "مشيرات إلى أن الطين يجلب من الجبال المجاورة."
    )
    got = [(q.cue.text, q.content.text) for q in _article(text).quotes if q.kind == "indirect"]
    assert got == [("وأكدت", 'صناعة الفخار "بقيت حكراً على النساء منذ قرون"'), ("مشيرات", "الطين يجلب من الجبال المجاورة")]


def test_ala_anna_is_content_only_of_the_verbs_and_nouns_that_take_ala():
    text = "ودعت المديرية المواطنين إلى التقدم بشكاواهم، بعد أن تلقت بلاغات عن بيع أسماك مزارع على أنها بحرية."
    assert _article(text).quotes == []
    (q,) = _article("وختم الخياطي بالتأكيد على أن النقابة لن تتحمل مسؤولية الاحتقان.").quotes
    assert q.content.text == "النقابة لن تتحمل مسؤولية الاحتقان"


def test_in_spite_of_that_is_no_conjunction_of_the_verb():
    text = "ولم تعلن الوزارة عن أي خطة لدعم الصيادين حتى الآن، رغم أن الموسم يمكن أن يشهد مزيداً من الارتفاع."
    assert _article(text).quotes == []


def test_unmarked_colon_speech_goes_on_past_the_speakers_own_as_for():
    text = (
        "أما المتدربة زينب كاظم فتقول: الناس استغربوا في البداية أن تتعلم فتاة هذه المهنة، "
        "أما الآن فنساء المنطقة يفضّلن أن أصلح هواتفهن بنفسي."
    )
    (q,) = _article(text).quotes
    assert q.content.text.endswith("أما الآن فنساء المنطقة يفضّلن أن أصلح هواتفهن بنفسي")
    # the writer's «أما بالنسبة لـ» is no part of it
    text = "وقد قال الحكيم : يستطيع الرجل أن يطلق زوجته لأي سبب ، أما بالنسبة للنساء فإنهن لا يستطعن ذلك ."
    (q,) = _article(text).quotes
    assert q.content.text == "يستطيع الرجل أن يطلق زوجته لأي سبب"


def test_a_later_verb_with_its_own_subject_after_a_short_phrase_owns_the_conjunction():
    text = (
        "اختتم مهرجان الفخار فعالياته أمس بمشاركة 60 حرفياً، "
        "وسط إقبال قالت اللجنة المنظمة إنه تجاوز 90 ألف زائر خلال عشرة أيام."
    )
    (q,) = _article(text).quotes
    assert (q.cue.text, q.speaker, q.content.text) == ("قالت", None, "تجاوز 90 ألف زائر خلال عشرة أيام")
    # not a verb in the description of the speaker after «وهي»
    text = "تقول فاطمة بنعلي، وهي مهندسة زراعية تتابع المشروع، إن التنقيط خفض استهلاك الماء إلى النصف."
    assert _speakers(text) == ["فاطمة بنعلي"]


def test_the_organising_side_in_a_frame_is_no_organisation_named_back():
    text = (
        "يتدرب الأطفال في المعهد الموسيقي البلدي في الدار البيضاء.\n"
        "وبحسب الجهة المنظمة، فإن تكلفة البرنامج لا تتجاوز 400 ألف درهم سنوياً."
    )
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker) == ("according_to", None)


def test_a_short_relative_clause_after_the_title_then_the_name_between_commas():
    (q,) = _article("وقال صاحب المختبر الذي استُخدم اسمه، الدكتور آرام محمد، إنه اكتشف الأمر صدفة.").quotes
    assert (q.speaker.text, q.role, q.content.text) == ("آرام محمد", "صاحب المختبر", "اكتشف الأمر صدفة")


def test_a_weather_forecaster_is_a_title_before_the_name():
    text = 'ويرى المتنبئ الجوي في شركة طقس العرب سامر الدباس أن المنخفض "سيكون الأقوى منذ ثلاث سنوات".'
    assert set(_speakers(text)) == {"سامر الدباس"}


def test_a_past_verb_of_saying_after_a_comma_ends_the_report_but_not_a_deed():
    text = 'من جهتها، أكدت وزارة الصحة أن المخزون "كافٍ لتغطية الأشهر المقبلة"، ونفت وجود أي "ندرة" في القطاع العام.'
    ind = [q for q in _article(text).quotes if q.kind == "indirect"]
    assert [q.content.text for q in ind] == ['المخزون "كافٍ لتغطية الأشهر المقبلة"']
    # «ونقلت الضحايا» is what the units did, part of what the body reported
    text = "وأفادت الحماية المدنية بأن وحداتها تدخلت فور تلقي البلاغ، ونقلت الضحايا إلى مستشفى المدينة."
    (q,) = _article(text).quotes
    assert q.content.text == "وحداتها تدخلت فور تلقي البلاغ، ونقلت الضحايا إلى مستشفى المدينة"


def test_the_player_of_a_given_age_is_the_player_named_before():
    text = (
        "ضم نادي العربي لاعب الارتكاز الإسباني ماركوس بيريث بعقد يمتد موسمين.\n"
        "وأوضح مدير الفريق عبد الله المري أن اللاعب سيلتحق بالمعسكر مطلع أغسطس.\n"
        '"الانتقال إلى الدوحة قرار عائلي أيضاً"، أضاف اللاعب البالغ من العمر 27 عاماً.'
    )
    assert _speakers(text) == ["عبد الله المري", "ماركوس بيريث"]


def test_a_number_she_says_is_twice_the_safe_load():
    text = 'تقرأ اختصاصية علم الأمراض الدكتورة ريما حداد 80 شريحة يومياً، وهو رقم تقول إنه "ضعف ما يمكن قراءته بأمان".'
    assert _speakers(text) == ["ريما حداد"]


def test_but_inside_the_statement_does_not_end_it():
    text = "وكانت جمعية رواد التكنولوجيا رأت في بيان أن المشروع خطوة متأخرة لكنها ضرورية، وطالبت بأن تُختصر المدة إلى 30 يوماً."
    contents = [q.content.text for q in _article(text).quotes]
    assert contents[0] == "المشروع خطوة متأخرة لكنها ضرورية"


def test_it_turned_out_owns_its_conjunction():
    text = "قضت المحكمة بتعويض مواطنة أُبلغت خطأً بإصابتها بمرض مزمن، بعد أن تبيّن أن العينة تعود لمريضة أخرى."
    assert _article(text).quotes == []


def test_a_marked_clause_then_and_that_is_one_report():
    text = 'وأضافت وزارة الصحة في بيان أنها "تتابع يومياً مخزون المستوردين" وأن الكميات تكفي حتى نهاية أيلول.'
    kinds = sorted((q.kind, q.content.text) for q in _article(text).quotes)
    assert kinds == [
        ("direct", "تتابع يومياً مخزون المستوردين"),
        ("indirect", '"تتابع يومياً مخزون المستوردين" وأن الكميات تكفي حتى نهاية أيلول'),
    ]


def test_the_club_speaks_back_when_named_by_its_town():
    text = (
        "أقالت إدارة نادي القادسية الكويتي مدرب الفريق الأول.\n"
        'وذكر النادي في بيان أن القرار "جاء لمصلحة الفريق".'
    )
    assert set(_speakers(text)) == {"القادسية"}


def test_algerie_telecom_in_marks_speaks():
    text = "وأوضحت «اتصالات الجزائر»، في بيان نشرته على صفحتها الرسمية، أن فرقها تعمل على مدار الساعة."
    assert _speakers(text) == ["اتصالات الجزائر"]


def test_as_ordered_is_no_source():
    text = "ويمتد المتجر على مساحة 900 متر، ويضم ركناً لتفصيل العبايات حسب الطلب وآخر لمجموعة «ترحال» المخصصة للسفر."
    assert _article(text).quotes == []


def test_a_short_name_in_marks_before_a_verb_with_its_own_colon_quote_is_no_quote():
    text = "ونصيرة بن يوسف، رئيسة تعاونية «نسيج الواحة»، قالت: «الزربية الواحدة تأخذ منا شهراً كاملاً»."
    assert [(q.kind, q.content.text) for q in _article(text).quotes] == [("direct", "الزربية الواحدة تأخذ منا شهراً كاملاً")]


def test_the_minister_is_the_one_introduced_with_the_title_though_named_short_since():
    text = (
        "في حوار مع «سودان تريبيون»، تحدث وزير الزراعة والغابات السوداني أبوبكر عمر البشرى عن خطط الحكومة.\n"
        "ما حجم الأضرار التي لحقت بالقطاع الزراعي؟\n"
        "يجيب البشرى: «خسرنا أكثر من نصف الموسم الشتوي في بعض المناطق».\n"
        "«المزارع كان يشتري جالون الجازولين بأضعاف سعره».\n"
        "«لذلك نعتبر الطاقة الشمسية خياراً لا رجعة عنه».\n"
        "وهل تملك الوزارة التمويل الكافي لذلك؟\n"
        "«لا، ولن أدّعي غير ذلك»، قال الوزير."
    )
    keys = {q.speaker_key for q in _article(text).quotes}
    assert len(keys) == 1 and None not in keys


def test_kana_a_body_where_it_sits_then_qad_and_the_verb():
    text = 'وكانت جمعية "أصدقاء النحل" في وجدة قد نبّهت في رسالة مفتوحة إلى أن المبيدات المهربة تباع علناً.'
    assert _speakers(text) == ["أصدقاء النحل"]


def test_a_pupil_named_by_her_given_name_alone_speaks():
    text = "وتقول التلميذة أمينة، 17 عاماً، إنها تقضي ثلاث ساعات يومياً في المقهى."
    q = _article(text).quotes[0]
    assert (q.speaker.text, q.role) == ("أمينة", "التلميذة")


def test_the_player_with_her_age_is_the_player_introduced_before():
    text = (
        "دمشق - انتقلت لاعبة منتخب سوريا للكرة الطائرة ليلى حسون إلى نادي أوزكان سبور التركي.\n"
        "«كنت أحلم بهذه اللحظة منذ كنت في الثانية عشرة»، قالت حسون لوكالة الأنباء السورية.\n"
        "وأضافت اللاعبة، البالغة 24 عاماً، أنها ستخضع لبرنامج تأهيلي."
    )
    assert _speakers(text) == ["حسون", "حسون"]


def test_a_campaign_it_says_is_the_subjects_claim():
    text = "أغلقت أمانة عمّان الكبرى 47 صالة ألعاب، ضمن حملة تقول إنها تستهدف حماية القاصرين."
    assert _speakers(text) == ["أمانة عمّان الكبرى"]


def test_an_unnamed_investor_who_runs_a_named_hall_is_no_speaker_named():
    text = 'وقالت مستثمرة في القطاع تدير صالة "غيم زون" (Game Zone) في السالمية إن البلدية "لم تستشر أحداً".'
    assert {q.speaker for q in _article(text).quotes} == {None}


def test_a_verb_ending_in_lam_under_its_shadda_does_not_address_the_name_after_it():
    text = (
        "وهران - حوّل نبيل قادري مقهى الإنترنت الذي ورثه عن والده إلى فضاء للعمل المشترك.\n"
        "قال: ببساطة لأن المكان لم يعد يبيع ساعات إنترنت."
    )
    assert _speakers(text) == ["نبيل قادري"]


def test_a_title_in_a_frame_then_a_comma_and_fa_inna_reports_the_clause():
    text = "وبحسب محامي اللاعب، فإن فريق الدفاع يدرس اللجوء إلى المحكمة الفدرالية السويسرية."
    q = _article(text).quotes
    assert [(x.kind, x.content.text, x.role) for x in q] == [
        ("according_to", "فريق الدفاع يدرس اللجوء إلى المحكمة الفدرالية السويسرية", "محامي اللاعب")
    ]


def test_a_carts_name_in_marks_before_the_verb_is_no_quote():
    text = 'نوف المهندي، صاحبة عربة "نوف للحلويات"، قالت إن المشاركة في المهرجان "فرصة ذهبية".'
    assert [(q.kind, q.content.text) for q in _article(text).quotes] == [("indirect", 'المشاركة في المهرجان "فرصة ذهبية"')]


def test_a_rank_and_first_between_commas_after_a_long_title():
    text = 'وصرّح المكلف بالإعلام لدى المديرية، الملازم أول نسيم برناوي، بأن "التحقيقات جارية لتحديد الأسباب".'
    assert _speakers(text) == ["نسيم برناوي"]


def test_after_an_opening_adjunct_the_verb_after_its_comma_leads_the_sentence_before():
    text = (
        'وقالت وكيلة المديرية هالة سرور: "استقبلنا أكثر من 4 آلاف طلب".\n'
        "وأمام مكتب تموين حي العطارين، وقف كريم فوزي، وهو سائق في الثلاثينيات، في طابور طويل منذ الصباح الباكر.\n"
        "وقال إنه جاء للمرة الثالثة."
    )
    assert _speakers(text)[-1] == "كريم فوزي"


def test_a_person_named_after_a_title_with_its_preposition_opens_the_sentence():
    text = (
        "وقالت المتحدثة باسم الحكومة في كينشاسا إن الجيش يمارس حقه.\n"
        "ووصلت المبعوثة الأممية الخاصة إلى منطقة البحيرات العظمى هيلين مارتنسن إلى غوما الثلاثاء.\n"
        'وقالت للصحفيين إن "الحل العسكري أثبت فشله مراراً".'
    )
    assert _speakers(text) == [None, "هيلين مارتنسن"]


def test_a_bodys_short_name_in_brackets_names_it_again_later():
    text = "افتتحت هيئة الشارقة للاستثمار والتطوير (شروق) مساراً للدراجات. ونوهت شروق في بيانها إلى أن المسار مفتوح للجمهور."
    assert _speakers(text) == ["شروق"]


def test_a_trade_with_its_holders_name_in_a_frame_is_his_title():
    text = "ووفقاً لمهندسة السلامة في الشركة ريم الحوسني، فإن الجهات المختصة تشترط تخزين المواد في حاويات مبرّدة."
    q = _article(text).quotes
    assert [(x.speaker.text if x.speaker else None, x.role) for x in q] == [("ريم الحوسني", "مهندسة السلامة في الشركة")]
    # unnamed, someone of a trade at a station is no one named
    assert _speakers("ووفقاً لمهندس في محطة خور الزبير، فإن الجهات المختصة تشترط تخزين المواد.") == [None]


def test_a_subject_then_the_village_he_is_from_before_the_verb():
    text = "المزارع علي ديوب من قرية البهلولية قال إنه بدأ بخمسين كيساً.\nوأضاف: \"نحتاج إلى غرف تبريد مشتركة\"."
    assert _speakers(text) == ["علي ديوب", "علي ديوب"]


def test_the_winner_of_a_title_is_a_title_before_the_name_set_off_by_commas():
    text = "ونُقل عن الفائز باللقب، الهندي راجيف مينون، قوله إن رطوبة الأجواء كانت صعبة."
    q = _article(text).quotes
    assert [(x.speaker.text if x.speaker else None, x.role) for x in q] == [("راجيف مينون", "الفائز باللقب")]


def test_but_it_and_a_future_verb_after_the_marks_carry_the_report_on():
    text = 'وأكد الاتحاد الكويتي للتنس في بيان أنه "يحترم أحكام القضاء"، لكنه سيطعن في الحكم أمام محكمة الاستئناف.'
    got = [(q.kind, q.content.text) for q in _article(text).quotes]
    assert ("indirect", '"يحترم أحكام القضاء"، لكنه سيطعن في الحكم أمام محكمة الاستئناف') in got


def test_a_participle_before_after_that_is_no_cue():
    text = "تشهد ورش الفوانيس في حي السيدة زينب بالقاهرة حركة لافتة، بعد أن تراجعت واردات الفوانيس الصينية بسبب ارتفاع الدولار."
    assert _article(text).quotes == []


def test_a_noun_joined_by_and_is_not_the_source_of_in_accordance_with():
    text = "شهد سوق الفقع إقبالاً لافتاً مع بداية الموسم، وسط أسعار تراوحت بين 30 و90 ديناراً للصندوق تبعاً للنوع والمصدر."
    assert _article(text).quotes == []


def test_a_body_led_by_someone_speaks_not_its_head():
    text = "وشدد الاتحاد الليبي لرفع الأثقال برئاسة صالح الفيتوري، في بيان نشره على صفحته، على أن المنتخب سيشارك في البطولة."
    assert _speakers(text) == ["الاتحاد الليبي لرفع الأثقال"]


def test_a_club_with_its_complement_speaks_back_as_the_club():
    text = "أقيمت البطولة بتنظيم من نادي الظفرة لأصحاب الهمم. وذكر النادي في بيان أن رعاة محليين تكفلوا بتكاليف إقامة الوفود."
    q = _article(text).quotes
    names = {e.key: e.name for e in _article(text).entities}
    assert [names.get(x.speaker_key) for x in q] == ["نادي الظفرة لأصحاب الهمم"]


def test_the_topic_of_amma_speaks_when_the_verb_says_how_he_spoke():
    text = "أما سائق الشاحنة أبو علي، فقال ضاحكاً: «ننتظر ست ساعات لنحمّل صندوقين، ثم نعود غداً»."
    assert _speakers(text) == ["أبو علي"]


def test_a_bare_title_before_bil_qawl_stands_for_the_one_it_named():
    lead = "وفي نواكشوط، أكد وزير الصحة سيدي محمد ولد أباه أن الحكومة ستضاعف عدد مراكز التغذية. "
    quote = "«لن نترك أي طفل خارج نطاق الرعاية، مهما كانت الظروف»."
    assert _speakers(lead + "وختم الوزير بالقول: " + quote)[-1] == "سيدي محمد ولد أباه"
    assert _speakers(lead + "واختتم الوزير حديثه بالقول: " + quote)[-1] == "سيدي محمد ولد أباه"
    # a title no one in the article holds names no one
    assert _speakers(lead + "وختم المحافظ بالقول: " + quote)[-1] is None


def test_the_one_asked_after_the_asker_answers_with_the_fa_cue():
    text = (
        "وقال مدير إدارة تطوير الوجهات في الدائرة عبدالله المرزوقي إن الشاطئ صمم لحماية المحمية.\n"
        'وسألت "وام" المرزوقي عن خطط التوسع، فقال إن الدائرة تدرس إضافة محطة ثانية.'
    )
    assert _speakers(text) == ["عبدالله المرزوقي", "المرزوقي"]


def test_a_group_as_the_topic_of_amma_is_unnamed_not_the_last_speaker():
    text = (
        "نُقل عن الرابطة الدولية لخطوط الرحلات البحرية أن القطاع يوفر تسعة آلاف وظيفة.\n"
        "أما جمعيات الأحياء فترى أن الإجراءات جاءت متأخرة."
    )
    assert _speakers(text) == ["الرابطة الدولية لخطوط الرحلات البحرية", None]


def test_the_estimates_of_a_body_named_before_are_its_words():
    text = (
        "قال رئيس اتحاد نقابات سائقي السيارات العمومية مروان عيتاني إن التطبيقات تنافس السائقين.\n"
        "وتشير تقديرات الاتحاد إلى أن أكثر من 4 آلاف سيارة خصوصية تعمل عبر هذه التطبيقات."
    )
    assert _speakers(text) == ["مروان عيتاني", "اتحاد نقابات سائقي السيارات العمومية"]


def test_a_body_named_in_marks_then_what_it_is_for_speaks():
    text = 'لكن جمعية "مستخدمو الطريق" للدفاع عن المستهلكين اعتبرت أن المنصة تستغل موقعها في السوق.'
    assert _speakers(text) == ["مستخدمو الطريق"]


def test_a_bodys_name_alone_in_marks_after_but_speaks():
    text = 'أعلنت شركة "دفء" الكويتية للمطاعم عن افتتاح ثلاثة فروع.\nغير أن "دفء" كشفت في بيان أن تكلفة العدس ارتفعت.'
    assert _speakers(text) == ["دفء"]


def test_speech_after_a_colon_goes_on_past_a_term_in_marks():
    text = (
        "التقت الصحيفة فهد العنزي في سوق الكمأة.\n"
        'فأجاب: الكميات قليلة هذا العام. الزبون يطلب "الزبيدي" تحديداً، وهذا يرفع السعر.'
    )
    got = [q.content.text for q in _article(text).quotes]
    assert got == ['الكميات قليلة هذا العام. الزبون يطلب "الزبيدي" تحديداً، وهذا يرفع السعر']


def test_two_marked_words_inside_the_subject_are_no_quote_before_the_cue():
    text = 'وجامعو الكمأة الذين التقتهم "العالم الجديد" يقولون إن نزاعات عشائرية بدأت تظهر حول الأراضي.'
    assert [q.kind for q in _article(text).quotes] == ["indirect"]


def test_a_frame_opening_its_sentence_before_a_comma_and_fa_inna_is_a_quote_with_no_one_named():
    text = "وبحسب دبلوماسيين غربيين في بيروت، فإن العاصمة الفرنسية تضغط لتشكيل لجنة دولية."
    q = _article(text).quotes
    assert [(x.kind, x.speaker, x.content.text) for x in q] == [
        ("according_to", None, "العاصمة الفرنسية تضغط لتشكيل لجنة دولية")
    ]
    # in the middle of a sentence, a phrase the frame governs is no source: «وفقاً للخطة»
    assert _article("وتعمل الوزارة وفقاً للخطة المعتمدة على توسيع الشبكة.").quotes == []


def test_the_speakers_own_contrast_after_amma_stays_in_the_report():
    text = "التاجر علي كاظم الزيادي قال لـ“المدى” إن سعر الكيلوغرام من الكمأة البيضاء يتراوح بين 15 و20 ألف دينار، أما الحمراء فتصل إلى 35 ألفاً."
    assert [q.content.text for q in _article(text).quotes] == [
        "سعر الكيلوغرام من الكمأة البيضاء يتراوح بين 15 و20 ألف دينار، أما الحمراء فتصل إلى 35 ألفاً"
    ]
    # another party, with its own verb of saying, is the writer's turn
    text = "وقال الوزير إن الخطة جاهزة تماماً للتنفيذ، أما المعارضة فترى أنها متأخرة."
    assert [q.content.text for q in _article(text).quotes][0] == "الخطة جاهزة تماماً للتنفيذ"


def test_the_text_of_a_ruling_is_the_courts_words():
    text = (
        "قضت المحكمة الإدارية في الدار البيضاء بتعويض أسرة مريض توفي في قسم المستعجلات.\n"
        "ووفقاً لنص الحكم، فإن التأخر غير المبرر في تقديم الإسعاف يشكل خطأً مرفقياً."
    )
    assert _speakers(text) == ["المحكمة الإدارية"]


def test_a_museum_named_before_speaks_back_as_the_museum():
    text = (
        "افتتح متحف اللوفر أبوظبي، الأربعاء، معرضاً بعنوان طرق الحرير.\n"
        "ووفقاً للمتحف، فإن عدد زواره تجاوز العام الماضي 1.2 مليون زائر."
    )
    assert _speakers(text) == ["متحف اللوفر أبوظبي"]


def test_a_survey_a_body_carried_out_is_the_bodys():
    text = (
        'أطلقت شركة "تفوّق" (Tafawuq) القطرية تطبيقاً للدروس الخصوصية.\n'
        'ووفقاً لمسح أجرته "تفوّق" على ألفي أسرة، فإن 64 في المئة من الأسر تنفق على الدروس الخصوصية.'
    )
    assert _speakers(text) == ["تفوّق"]


def test_a_body_named_by_its_cue_and_name_without_its_complement_is_the_same_body():
    text = (
        "بيعت لوحة بخط الثلث بمبلغ 185 ألف دولار في مزاد أقامته دار الأفق للمزادات مساء الخميس.\n"
        "ووفقاً لكتالوج دار الأفق، فإن اللوحة كانت ضمن مجموعة عائلة بيروتية."
    )
    a = _article(text)
    names = {e.key: e.name for e in a.entities}
    assert [names.get(q.speaker_key) for q in a.quotes] == ["دار الأفق للمزادات"]


def test_a_persons_title_does_not_name_back_a_body_that_spoke():
    text = (
        "وقالت شركة مياه اليرموك في بيان إن كميات الضخ انخفضت.\n"
        "وترى النائبة عن المحافظة، هيفاء النعيمات، أن الحكومة تأخرت كثيراً."
    )
    assert _speakers(text) == ["شركة مياه اليرموك", "هيفاء النعيمات"]


def test_a_title_whose_holder_is_named_between_commas_is_not_the_last_speaker():
    text = (
        "«البطاح الذي أركبه اليوم هو نفسه الذي كنت أركبه وأنا طالب»، قال الصياد علي الجربي ساخراً.\n"
        "ورأى النائب عن دائرة جربة ميدون، منصف بوعلاق، أن الحل يكمن في بناء جسر ثانٍ."
    )
    assert _speakers(text) == ["علي الجربي", "منصف بوعلاق"]


def test_an_owner_of_a_business_in_marks_then_his_name_between_commas_after_amma():
    text = 'أما صاحب مصنع "نيل بلو" للمياه المعبأة، الطيب عثمان، فقال إن المصنع يعمل بنصف طاقته.'
    q = _article(text).quotes
    assert [(x.speaker.text if x.speaker else None, x.role) for x in q] == [
        ("الطيب عثمان", 'صاحب مصنع "نيل بلو" للمياه المعبأة')
    ]


def test_closing_with_bil_qawl_goes_on_with_the_woman_the_verb_names():
    text = (
        "وقالت رئيسة الجمعية نورة الدوسري إنها تأمل أن يتحول الماراثون إلى تقليد سنوي.\n"
        "وحسب لجنة التحكيم، فإن الفائزة بالمركز الأول قرأت 74 كتاباً.\n"
        "ودعت الدوسري وزارة التعليم إلى إدراج ساعة قراءة حرة.\n"
        'وختمت بالقول: "نريد جيلاً يدخل المكتبة كما يدخل الملعب".'
    )
    a = _article(text)
    names = {e.key: e.name for e in a.entities}
    assert names.get(a.quotes[-1].speaker_key) == "نورة الدوسري"


def test_the_governorate_as_the_topic_of_amma_is_the_one_named_before():
    text = (
        "قضت المحكمة بوقف قرار محافظة الإسكندرية تخصيص قطعة أرض وقفية.\n"
        'ونُقل عن محامي هيئة الأوقاف، طارق فودة، قوله إن الحكم "ينتصر لإرادة الواقفين".\n'
        'أما المحافظة فأكدت في بيان أنها "ستحترم الحكم"، لكنها ستطعن عليه.'
    )
    assert _speakers(text)[-1] == "محافظة الإسكندرية"


def test_the_library_named_before_speaks_back_as_the_library():
    text = (
        "وقّعت مكتبة قطر الوطنية، الأربعاء، اتفاقية مع جامعة لايدن الهولندية لرقمنة مجموعة من المخطوطات.\n"
        "وقال مدير مجموعات المخطوطات في جامعة لايدن، أرنود فيرمولن (Arnoud Vermeulen)، إن التعاون \"يعيد هذه النصوص إلى جمهورها\".\n"
        "بدورها، أشارت مديرة قسم التراث في المكتبة، مريم الكواري، إلى أن المشروع يشمل نحو 1500 مخطوط.\n"
        "وأضافت الكواري: «لا نريد أن تبقى هذه المخطوطات حبيسة الخزائن.\n"
        "«وسنوفر أدوات بحث باللغتين العربية والإنجليزية».\n"
        "ووفقاً لبيان صادر عن المكتبة، تأتي الاتفاقية ضمن برنامج \"تراث رقمي\" الذي أُطلق عام 2019."
    )
    assert _speakers(text)[-1] == "مكتبة قطر الوطنية"


def test_closing_a_statement_with_bil_qawl_goes_on_with_the_body_the_verb_names():
    text = (
        "حذّرت جمعية صيانة الواحات في قبلي من استنزاف المياه الجوفية.\n"
        "وقال رئيس بلدية المدينة محمد العياري إن المشروع سيوفر مئات فرص العمل.\n"
        "وختمت الجمعية بيانها بالقول: «لسنا ضد الاستثمار. نحن ضد استنزاف ما تبقى من الماء»."
    )
    a = _article(text)
    names = {e.key: e.name for e in a.entities}
    assert names.get(a.quotes[-1].speaker_key) == "جمعية صيانة الواحات"


def test_the_latin_gloss_of_a_body_in_marks_does_not_speak_for_the_person_after_it():
    text = (
        'وقالت مديرة التصدير في شركة "كاكاو إيفي" (Kakao Evi) زينب أرسلان إن الطلب من دول الخليج يرتفع بنسبة 30 في '
        "المئة قبل شهر رمضان من كل عام."
    )
    assert _speakers(text) == ["زينب أرسلان"]


def test_an_owner_whose_shop_is_in_the_middle_of_a_town_then_his_name_between_commas():
    text = 'وقال صاحب محل للأقفال وسط الخليل، عماد أبو سنينة، إن مبيعاته "ارتفعت بشكل غير مسبوق".'
    assert _speakers(text) == ["عماد أبو سنينة", "عماد أبو سنينة"]


def test_a_member_for_a_bloc_the_entity_stage_did_not_name_then_his_name():
    text = "في المقابل، اعتبر النائب عن تحالف الفتح علي جبار اللامي أن القرار يمنح الإقليم امتيازاً."
    assert _speakers(text) == ["علي جبار اللامي"]
    text = "وقال النائب عن الإطار التنسيقي حيدر كاظم الموسوي، في تصريح صحفي، إن الاتفاق بات قريباً."
    assert _speakers(text) == ["حيدر كاظم الموسوي"]


def test_a_title_and_its_field_then_a_name_with_its_latin_gloss_between_commas():
    text = "وقال مدير المشروع عن الجانب الصيني، وانغ لي (Wang Li)، إن التأخير يعود إلى تغييرات متكررة."
    assert _speakers(text) == ["وانغ لي"]


def test_a_title_and_the_district_it_heads_then_a_rank_and_a_name():
    text = 'ونُقل عن رئيس حي وسط الإسكندرية اللواء حسام عبد الغفار أن العقار "صدر له قرار ترميم منذ عام 2019".'
    assert _speakers(text)[0] == "حسام عبد الغفار"


def test_a_marked_term_does_not_keep_the_conjunction_from_a_later_verb_of_saying():
    text = (
        "في المقابل، شكا حجاج من دول آسيوية من «غياب الشفافية» في التسعير، إذ قال الحاج الإندونيسي أحمد "
        "سوكارنو إنه دفع ضعف ما دفعه العام الماضي."
    )
    q = _article(text).quotes
    assert [(x.cue.text, x.speaker.text if x.speaker else None) for x in q] == [("قال", "أحمد سوكارنو")]


def test_in_his_words_opening_a_sentence_before_a_comma_and_fa_inna():
    text = (
        "أما رجل الأعمال تركي الحربي فيعتبر أن سوق السيارات الكلاسيكية تعيش موسماً ذهبياً.\n"
        "وعلى حد تعبيره، فإن الشباب باتوا اليوم أكثر المزايدين حماساً."
    )
    q = _article(text).quotes
    assert [(x.kind, x.speaker.text if x.speaker else None, x.content.text) for x in q] == [
        ("indirect", "تركي الحربي", "سوق السيارات الكلاسيكية تعيش موسماً ذهبياً"),
        ("according_to", "تركي الحربي", "الشباب باتوا اليوم أكثر المزايدين حماساً"),
    ]


def test_the_figures_of_a_club_named_four_sentences_before():
    text = (
        "أعلن نادي دبي للسباق يوم الأحد زيادة الجوائز المالية لسباقات كأس دبي العالمي.\n"
        "وقال رئيس مجلس إدارة النادي راشد الكتبي إن الزيادة تعكس ثقة الملاك.\n"
        "وتابع الكتبي أن السباق الرئيسي وحده سيحصل على 12 مليون دولار.\n"
        "من جهتها، رأت المدربة البريطانية كلير هاولاند أن الجوائز الجديدة ستغير حسابات الإسطبلات.\n"
        "وبحسب بيانات النادي، فإن نسخة العام الماضي استقطبت أكثر من 60 ألف متفرج."
    )
    assert _speakers(text)[-1] == "دبي للسباق"


def test_one_of_the_founders_then_his_name_and_age_between_commas():
    text = "وقال أحد المؤسسين، جاد نصّار (29 عاماً): «أردنا أن نضحك على وجعنا»."
    assert _speakers(text) == ["جاد نصّار"]


def test_a_quote_of_several_sentences_before_a_subjectless_cue_is_the_last_speakers():
    text = (
        "في البلدة القديمة بنابلس، لا يزال محمود الطوباسي يغلي الجبنة في قدور نحاسية.\n"
        "الطوباسي، الذي يبيع نحو طن شهرياً، يقول إن الطلب ارتفع في رمضان.\n"
        "“الجبنة النابلسية ليست مجرد طعام، إنها ذاكرة المدينة. كل بيت هنا يعرف طعمها”، يضيف وهو يقلّب القطع."
    )
    assert _speakers(text) == ["الطوباسي", "الطوباسي"]


def test_who_translated_in_a_relative_clause_reports_nothing():
    text = (
        "من جانبها، اعتبرت المترجمة الكورية كيم سو-يون (Kim Soo-yeon)، التي نقلت ثلاث روايات سعودية إلى "
        "الكورية، أن المنح تفتح باباً كان مغلقاً.\n"
        "وتابعت: «المشكلة ليست في الترجمة وحدها، بل في التوزيع»."
    )
    assert _speakers(text) == ["كيم سو-يون", "كيم سو-يون"]


def test_a_cue_inside_anothers_subject_or_report_is_no_one_to_carry():
    text = (
        "أما والدتها، أم فهد، فتقول إنها لم تتوقع يوماً أن ترى ابنتها على شاشة التلفزيون.\n"
        "وتضيف: «كنت أخاف عليها من السهر، وصرت أخاف على المرضى إن تأخرت»."
    )
    assert _speakers(text) == ["أم فهد", "أم فهد"]
    text = (
        "تقول فاطمة الزهراء بنعلي، وهي مهندسة زراعية تتابع المشروع منذ انطلاقه، إن التنقيط خفض استهلاك الماء.\n"
        "وتضيف: “لكن الدعم لا يشمل كلفة الصيانة ولا تجديد الأنابيب”."
    )
    assert _speakers(text) == ["فاطمة الزهراء بنعلي", "فاطمة الزهراء بنعلي"]


def test_a_title_named_after_the_name_past_a_comma_answers_several_sentences_later():
    text = (
        'في حديث خاص لصحيفة "الشرق الأوسط"، تحدث المهاجم المصري كريم الشناوي، لاعب فرايبورغ الألماني، عن موسمه الأول.\n'
        "وعن سؤال حول صعوبة التأقلم، قال الشناوي: «الأشهر الأولى كانت قاسية بسبب الطقس واللغة».\n"
        'وبيّن أن المدرب "منحني الثقة منذ اليوم الأول".\n'
        "هل تفكر في الانتقال إلى الدوري الإنجليزي؟\n"
        "«تركيزي الآن منصب على فرايبورغ، ولدي عقد حتى 2028. الحديث عن الانتقال سابق لأوانه»، أجاب اللاعب مبتسماً."
    )
    assert _speakers(text)[-1] == "الشناوي"


def test_an_official_after_but_with_a_long_subject_owns_the_conjunction():
    text = (
        "وقال رئيس النقابة عمر الزعبي إن الكلفة قفزت.\n"
        "وطالب الزعبي بتخفيض الرسوم الجمركية على المواد الخام، غير أن مسؤولاً في وزارة الصناعة والتجارة "
        'والتموين قال إن الوزارة "تدرس الطلب ضمن حزمة أوسع".'
    )
    q = _article(text).quotes
    assert [(x.cue.text, x.speaker.text if x.speaker else None) for x in q][1:] == [("قال", None), ("قال", None)]


def test_a_reason_in_marks_after_a_definite_noun_is_a_partial_quote():
    text = (
        "وقالت رئيسة لجنة التحكيم، الممثلة هند عبد الرحمن، إن اللجنة اختارت الفيلم "
        '"لأنه يروي الهجرة من الداخل لا من زاوية البطاقة البريدية".'
    )
    q = _article(text).quotes
    assert [(x.kind, x.content.text) for x in q] == [
        ("indirect", 'اللجنة اختارت الفيلم "لأنه يروي الهجرة من الداخل لا من زاوية البطاقة البريدية"'),
        ("direct", "لأنه يروي الهجرة من الداخل لا من زاوية البطاقة البريدية"),
    ]
    # a film's title in marks stays a title
    text = 'وقالت المخرجة سلمى ناصر إن الفيلم "بيت من ورق" سيعرض في الدوحة.'
    assert [x.kind for x in _article(text).quotes] == ["indirect"]


def test_a_designer_introduced_with_her_calling_is_the_designer_later():
    text = (
        "ميلانو - في معرض الأحذية، عرضت المصممة اللبنانية لينا خوري مجموعتها الجديدة.\n"
        "خوري قالت إن المشاركة في المعرض ضرورة لأي صانع.\n"
        "وكشفت المصممة أن 70 بالمئة من إنتاج ورشتها يذهب إلى زبائن في دبي."
    )
    assert _speakers(text) == ["خوري", "خوري"]


def test_a_bare_title_names_back_one_introduced_with_a_title_of_five_words():
    text = (
        "أعلن وزير التربية والتعليم والتعليم الفني محمد عبد اللطيف، اليوم الثلاثاء، نتيجة امتحانات الثانوية العامة.\n"
        'وقال الوزير خلال مؤتمر صحفي بمقر الوزارة: "هذه النتيجة تعكس جدية الطلاب".'
    )
    assert _speakers(text) == ["محمد عبد اللطيف"]
    # the title's words are looked for within the name's own clause, not before a comma
    text = (
        "أعلن رئيس السلطة الوطنية محمود عباس أن القيادة ستقدم مشروعاً للأمم المتحدة.\n"
        "من جهة أخرى ترأس عباس اجتماعاً طارئاً لمجلس الأمن القومي الفلسطيني، بمشاركة رئيس الوزراء إسماعيل هنية.\n"
        'وخلال ذلك الاجتماع شدد الرئيس الفلسطيني على ضرورة "سلطة واحدة وسلاح شرعي واحد وقانون واحد".'
    )
    assert _speakers(text) == ["محمود عباس", "محمود عباس"]


def test_the_compound_names_back_the_body_named_with_its_noun():
    text = (
        "يتهم صيادو قابس المجمع الكيميائي التونسي بتلويث الخليج.\n"
        "وقال رئيس جمعية صيادي قابس الهادي بن عمر: «البحر مات هنا».\n"
        'وأضاف بن عمر أن الصيادين "لن يوقفوا احتجاجاتهم".\n'
        "وطالب الحكومة بتفكيك الوحدات الملوثة.\n"
        "في المقابل، نفى المجمع في بيان أن تكون لنشاطه علاقة مباشرة بتراجع المخزون السمكي."
    )
    assert _speakers(text)[-1] == "المجمع الكيميائي التونسي"


def test_a_trailing_frame_with_a_title_then_the_name_closing_the_sentence():
    text = (
        "يعاني المنتجون من وفرة الإنتاج.\n"
        "غياب مخطط لتصريف الفائض يبقى الهاجس الأكبر للمنتجين، بحسب رئيس الغرفة الفلاحية لولاية بسكرة، عمار لعقون."
    )
    q = _article(text).quotes
    assert [(x.speaker.text if x.speaker else None, x.role) for x in q] == [("عمار لعقون", "رئيس الغرفة الفلاحية لولاية بسكرة")]


def test_a_title_in_a_company_named_by_a_common_word_then_a_given_name():
    text = 'من جانبه، قال مدير المبيعات في شركة مدار سامي الحربي إن الشركة "تتوقع نمواً في الطلب".'
    assert _speakers(text) == ["سامي الحربي", "سامي الحربي"]


def test_the_agency_spoken_to_then_a_name_opening_with_ali():
    text = "«الزبائن عادوا بعد سنوات من الخوف»، قال لوكالة فرانس برس علي كاظم (41 عاماً)، صاحب مقهى في شارع الرشيد."
    assert _speakers(text) == ["علي كاظم"]


def test_a_scientist_of_a_field_and_where_he_works_then_his_name():
    text = "ويرى عالم الآثار في جامعة القاهرة محمود سليم أن الموقع يحتاج إلى حماية عاجلة."
    q = _article(text).quotes
    assert [(x.speaker.text if x.speaker else None, x.role) for x in q] == [("محمود سليم", "عالم الآثار في جامعة القاهرة")]


def test_amma_a_title_and_its_body_then_a_foreign_name_the_entity_stage_missed():
    text = (
        'أما رئيس الاتحاد الفرنسي للجودو ألان ماريشال فأكد أن الاتحاد "سيعيد بناء المنتخب من القاعدة".\n'
        "وختم ماريشال: نحن نعمل من أجل أولمبياد 2032."
    )
    assert _speakers(text) == ["ألان ماريشال", "ألان ماريشال", "ماريشال"]


def test_a_family_name_that_is_a_common_word_after_a_known_given_name():
    text = (
        "رام الله - افتتح رجل الأعمال العائد من تشيلي خوان عودة أول صالة للسينما في المدينة.\n"
        "يقول عودة إن المعدات احتُجزت في الميناء خمسة أشهر."
    )
    assert _speakers(text) == ["عودة"]


def test_a_predicate_in_marks_after_a_project_in_construct_after_the_conjunction():
    text = 'ويرى الخبير الاقتصادي سالم الحارثي أن نجاح المشروع "مرهون بتوفير التمويل"، وفق تقديره.'
    q = _article(text).quotes
    assert ("direct", "مرهون بتوفير التمويل") in [(x.kind, x.content.text) for x in q]


def test_a_latin_gloss_longer_than_the_name_before_it_ends_a_bodys_name_not_a_persons():
    # (the model reads the university's last words as a person; the gloss spells the whole body)
    text = "ومن جهته، يرى الأستاذ في جامعة الشيخ أنتا ديوب (Université Cheikh Anta Diop) بداكار، عثمان فال، أن موسم الأمطار تأخر هذا العام."
    assert _speakers(text) == ["عثمان فال"]


def test_an_indonesian_given_name_ends_the_university_before_it():
    text = 'وترى الباحثة في جامعة بادجادجاران ديوي سوسانتي أن الخطة "تحتاج إلى تمويل أكبر".'
    assert _speakers(text) == ["ديوي سوسانتي", "ديوي سوسانتي"]


def test_a_participle_after_a_body_noun_verb_subject_names_back_the_body_of_that_kind():
    text = (
        "انقطعت خدمة الإنترنت الثابت عن أحياء في قسنطينة منذ الأحد.\n"
        "وأوضحت «اتصالات الجزائر»، في بيان، أن فرقها تعمل على إصلاح العطل.\n"
        'وحمّلت الشركة مسؤولية الحادث لمقاول الأشغال، مؤكدةً أنه "لم يحصل على ترخيص للحفر".'
    )
    assert _speakers(text) == ["اتصالات الجزائر"] * 2


def test_a_candidate_for_a_country_then_her_name():
    text = 'من جهتها، قالت المرشحة الخاسرة عن الأردن ريم الخطيب في حديث لموقع الاتحاد إن "النتيجة كانت محسومة".'
    assert _speakers(text)[0] == "ريم الخطيب"


def test_words_in_marks_after_a_verb_of_describing_are_a_direct_quote():
    text = "ووصف عضو لجنة الزراعة في مجلس الشورى ماجد الدوسري الخطوة بأنها “خطوة جريئة لكنها متأخرة”."
    q = _article(text).quotes
    assert [(x.kind, x.speaker.text, x.role, x.content.text) for x in q] == [
        ("direct", "ماجد الدوسري", "عضو لجنة الزراعة في مجلس الشورى", "خطوة جريئة لكنها متأخرة")
    ]
    # a participle goes on with its sentence's subject
    text = 'نفت وزارة المالية أن تكون قد رفعت الضرائب، واصفةً ما يتداول على مواقع التواصل بأنه "أخبار لا أساس لها".'
    assert _speakers(text) == ["وزارة المالية", "وزارة المالية"]
    # a verb with no subject after a comma goes on with the sentence's subject
    text = "نفى وزير الدولة للشؤون الإنسانية أحمد هارون وجود أي أزمة، ووصف التقارير بأنها \"مبالغات تخدم أجندات معروفة\"."
    assert _speakers(text) == ["أحمد هارون"]
    # two words in marks, or no marks, quote nothing
    assert _article('ووصف الوزير القرار بأنه "عمل عدائي"، داعياً إلى الحوار.').quotes == []
    assert _article("ووصف الوزير القرار بأنه خطوة جريئة لكنها متأخرة.").quotes == []


def test_a_quote_closed_by_with_these_words_and_the_verb_of_its_speaker():
    text = "«لم نعد نحتمل أن نبقى بلا عمل»، بهذه العبارة لخّصت المعلمة سلمى العطار معاناة زملائها في صيدا."
    q = _article(text).quotes
    assert [(x.kind, x.speaker.text, x.content.text) for x in q] == [("direct", "سلمى العطار", "لم نعد نحتمل أن نبقى بلا عمل")]


def test_a_body_in_marks_read_as_a_person_is_not_the_holder_named_after_it():
    text = 'وقال مدير العلاقات الحكومية في "جونسون ماثيو" بمنطقة الخليج، كريم الصافي، لصحيفة "الراية": "التقليد يضر بالمستهلك أولاً".'
    assert _speakers(text) == ["كريم الصافي"]


def test_a_member_for_a_party_then_her_name_set_off_by_commas():
    text = 'ورأت عضو الكنيست عن حزب يش عتيد، نوعا ليفي، أن الحكومة "تشتري بقاءها بأموال دافعي الضرائب".'
    assert _speakers(text) == ["نوعا ليفي", "نوعا ليفي"]


def test_one_word_closing_a_bodys_name_read_as_a_person_gives_way_to_the_name_set_off_by_commas():
    text = 'وقالت المتحدثة باسم مجلس تنظيم تسمية المنشأ لزعفران لا مانشا، كارمن لوبيث، إن "كل غرام مغشوش يسرق من المزارعين".'
    quotes, _, _ = _run(text, [("ORG", "مجلس تنظيم تسمية المنشأ"), ("PERSON", "مانشا"), ("PERSON", "كارمن لوبيث")])
    assert [_show(text, q)[2] for q in quotes] == ["كارمن لوبيث"]


def test_amma_a_name_described_between_commas_speaks_with_the_fa_verb():
    text = (
        "وقالت رنا العمري إن المشروع غيّر حياة النساء في القرية.\n"
        "أما خضرة السعايدة، وهي من أوائل المنضمات، فقالت: ادّخرت ثمن ماكينة خياطة في ستة أشهر."
    )
    assert _speakers(text) == ["رنا العمري", "خضرة السعايدة"]
    # a given name alone, its description naming a place
    text = (
        "وقال وليد الخوري إن الأسعار ارتفعت.\n"
        "أما ريما، وهي أم لثلاثة أطفال التقيناها في سوق فردان، فقالت إنها باتت تشتري اللحوم مرة واحدة في الشهر."
    )
    assert _speakers(text) == ["وليد الخوري", "ريما"]


def test_a_title_and_a_cooperative_named_after_its_noun_then_the_holder():
    text = "وقالت رئيسة تعاونية إيمي نتاونت للنسيج سعاد أمزيان، في حديث للوكالة: «كنا نبيع الزربية للوسطاء بثمن زهيد»."
    quotes, _, _ = _run(text, [("PERSON", "إيمي نتاونت"), ("PERSON", "سعاد أمزيان")])
    assert [_show(text, q)[2] for q in quotes] == ["سعاد أمزيان"]


def test_where_a_disclosure_was_published_is_not_its_source():
    text = "رفعت شركة الريان للأغذية صافي أرباحها بنسبة 12% إلى 90 مليون ريال، وفقاً لإفصاح نشرته على موقع السوق المالية السعودية."
    assert _speakers(text) == ["الريان للأغذية"]
    text = (
        "تراجعت أرباح شركة الدلتا للسكر بنسبة 20 في المئة، بحسب القوائم المالية التي نشرتها الشركة على موقع "
        "البورصة المصرية."
    )
    assert _speakers(text) == ["الدلتا للسكر"]


def test_a_predicate_in_marks_closing_the_clause_after_that_and_a_project():
    text = 'وأكدت وزارة البيئة في بيان أن المشروع "يراعي كافة الاشتراطات البيئية"، وأن دراسة الأثر أنجزت.'
    q = _article(text).quotes
    assert ("direct", "يراعي كافة الاشتراطات البيئية") in [(x.kind, x.content.text) for x in q]
    # a name in marks that the clause goes on after is no quote
    text = 'وأعلنت الشركة أن التطبيق "وصلني للتوصيل السريع" يعمل في خمس مدن.'
    assert [x.kind for x in _article(text).quotes] == ["indirect"]


def test_a_comma_after_a_title_and_its_holder_closes_no_opening_adjunct():
    text = "وإلى جانبها يعمل الممرض آدم إسحاق، الذي فقد شقيقين في الحرب، ويقول بهدوء: العيادة هي بيتي الآن."
    assert _speakers(text) == ["آدم إسحاق"]


def test_the_arabic_name_in_marks_speaks_not_its_latin_gloss():
    text = 'قالت سلسلة متاجر الأدوات المنزلية الإيطالية "كازالينا" (Casalina) إن مبيعاتها في الخليج نمت بنسبة 20% خلال عام.'
    assert _speakers(text) == ["كازالينا"]
    text = 'وأفاد تقرير لمكتب "ريتيل إنسايتس" (Retail Insights) بأن مبيعات المطاعم في فرنسا ارتفعت بنسبة 18 في المئة.'
    assert _speakers(text) == ["ريتيل إنسايتس"]


def test_a_document_of_a_body_as_the_subject_before_its_verb():
    text = "لكن دراسة لمركز الخليج للأبحاث تقول إن الطلب على الإسفنج سيتراجع."
    assert _speakers(text) == ["مركز الخليج للأبحاث"]


def test_a_champion_and_her_sport_then_her_name():
    text = 'وقالت البطلة الوطنية في الكاراتيه سارة بن علي لـ"الشروق": “كنت أتدرب في قاعة مستأجرة.”'
    assert _speakers(text) == ["سارة بن علي"]


def test_a_frame_names_again_a_body_named_before():
    text = (
        'أطلقت معلمات سوريات بودكاست للأطفال بدعم من منظمة "أجنحة صغيرة" (Small Wings) غير الحكومية.\n'
        "وطبقاً لمنظمة أجنحة صغيرة، فإن البرنامج سُمع أكثر من 400 ألف مرة منذ إطلاقه."
    )
    assert _speakers(text) == ["أجنحة صغيرة"]
    text = (
        "كشف مركز دجلة للدراسات الإعلامية في استطلاع نشره الأحد أن ثلث الشباب يستمعون إلى البودكاست.\n"
        "وبحسب نتائج استطلاع مركز دجلة، فإن يوتيوب ما زالت الوسيلة الأولى للاستماع."
    )
    assert _speakers(text)[-1] == "مركز دجلة للدراسات الإعلامية"


def test_a_frame_before_a_common_noun_with_its_pronoun_names_no_source():
    text = "تفرز النساء حبات الزيتون بحسب ألوانها قبل عصرها في معصرة الشيخ سالم الحمدان."
    assert _article(text).quotes == []
    text = "يصنف المعهد الطلاب حسب رغبتهم في الكليات التابعة لجامعة القاهرة."
    assert _article(text).quotes == []
    # what someone said, with his pronoun, is still a source; so is «أحدهم» after «ما قاله»
    text = "وأصدرت الجمعية تقريرها السنوي أمس. وبحسب تقديراتها، فإن عدد العاطلين تجاوز مئة ألف."
    assert "according_to" in [x.kind for x in _article(text).quotes]
    text = "يرى تجار أن الحصاد سيتأخر، بحسب ما قاله أحدهم لصحيفة الأهرام."
    assert [x.content.text for x in _article(text).quotes] == ["الحصاد سيتأخر"]


def test_a_calling_without_its_article_then_the_name_between_commas():
    text = "وتقول معلمة الموسيقى في إحدى مدارس حي الزيتون، سعاد بن يوسف، إن التلاميذ يطلبون حصصاً إضافية."
    assert _speakers(text) == ["سعاد بن يوسف"]


def test_the_one_asked_by_his_family_name_alone_answers():
    text = (
        "التقت الصحيفة عازف العود الأردني مراد عودة قبل حفله في بيروت.\n"
        "وسُئل عودة: هل تخشى جمهور المدينة؟\n"
        "فأجاب: «الجمهور هنا يعرف الموسيقى جيداً، وهذا ما يخيفني».\n"
        "وتابع أن الحفل سيضم مقطوعات جديدة."
    )
    assert _speakers(text) == ["عودة", "عودة"]


def test_a_name_never_ends_in_abu():
    # the model reads «سليم أبو»; the word after «أبو», a common word here, is the family name
    assert _speakers("وحذّر التاجر الفلسطيني سليم أبو عودة من أن الأسعار سترتفع.") == ["سليم أبو عودة"]


def test_feminine_plural_reporting_verbs_are_cues():
    text = "وتجمعت العاملات أمام المصنع صباح الأحد. وأكدن أن رواتبهن لم تصرف منذ شهرين."
    assert [(x.cue.text, x.content.text) for x in _article(text).quotes] == [("وأكدن", "رواتبهن لم تصرف منذ شهرين")]
    text = "وتقول الممرضات إن المناوبات طويلة، ويقلن إن المستشفى يحتاج إلى مئة ممرضة إضافية."
    assert "ويقلن" in [x.cue.text for x in _article(text).quotes]
    # a doubled verb's form is not generated: «يردن» is "they want"
    assert _article("وقالت الأمهات إنهن يردن مدرسة قريبة من الحي.").quotes[0].content.text == "يردن مدرسة قريبة من الحي"


def test_demanding_in_the_feminine_plural_after_a_comma_reports_the_demand():
    text = "وقالت المزارعات إن أسعار البذور تضاعفت، مطالباتٍ بأن تدعم الوزارة صغار المنتجين."
    assert [x.cue.text for x in _article(text).quotes] == ["وقالت", "مطالباتٍ"]
    # without the comma it is the noun "demands"; «مطالبة» as a predicate neither
    assert _article("وتظاهر المئات وسط مطالبات بأن تعيد البلدية فتح السوق.").quotes == []
    assert _article("وتظاهر المئات وسط مطالبة بأن تعيد البلدية فتح السوق.").quotes == []


def test_a_calling_in_construct_with_its_field_then_the_name_between_commas():
    text = "وقالت صاحبة الدار، مهندسة الديكور سلمى الخياط، إن الطلب على الأثاث المستعمل ارتفع."
    assert _speakers(text) == ["سلمى الخياط"]


def test_a_curator_over_what_she_curates_is_a_title():
    text = "وقالت القيّمة على المتحف ريم الكبيسي إن القطع الجديدة ستعرض في الربيع."
    assert _speakers(text) == ["ريم الكبيسي"]
    assert _article(text).quotes[0].role == "القيّمة على المتحف"


def test_a_gallery_owner_before_the_name_is_no_person():
    text = 'وقال صاحب غاليري "ضوء" في الكويت ناصر العجمي إن مبيعات اللوحات تراجعت.'
    assert _speakers(text) == ["ناصر العجمي"]


def test_where_the_speakers_live_set_off_by_commas_is_no_break():
    text = "ويقول مزارعون في قرية العين البيضاء، حيث يقع السد، إن مياه الري لم تصل منذ أسابيع."
    assert [x.content.text for x in _article(text).quotes] == ["مياه الري لم تصل منذ أسابيع"]


def test_a_family_name_that_is_a_word_is_found_again_as_a_subject():
    text = (
        "في سوق الخضار، تجلس رنا سلامة وسط صناديق الطماطم منذ الفجر.\n"
        "«لم تعد الأسعار تكفي أجرة النقل»، تقول سلامة البالغة 58 عاماً.\n"
        "وكانت سلامة قد حذرت في مقابلة سابقة من أن المزارعين سيتركون الأرض."
    )
    assert _speakers(text)[:1] == ["سلامة"]
    assert _article(text).quotes[-1].speaker.text == "سلامة"


def test_a_word_family_name_then_the_familys_nisba_is_one_name():
    assert _speakers("تقف سلوى عودة الحمداني، وهي بائعة خبز، وتقول إن الطحين غال.") == ["سلوى عودة الحمداني"]


def test_a_clause_in_marks_after_the_subject_is_a_partial_quote_not_a_name():
    # the model reads the marked predicate as an organisation's name
    text = 'وتقول الكاتبة المسرحية سعاد الجزائري إن الدورة الحالية "أعادت الاعتبار للنص المسرحي العربي" بعد سنوات من الغياب.'
    assert [x.kind for x in _article(text).quotes] == ["indirect", "direct"]


def test_a_feminine_plural_relative_clause_after_the_subject_is_no_break():
    text = (
        "وقال مدير السوق سامر الحلبي إن الحملة ستستمر حتى نهاية الشهر.\n"
        "لكن البائعات، اللواتي يعملن في السوق منذ سنوات، يقلن إنهن لم يتلقين أي إنذار."
    )
    assert _speakers(text) == ["سامر الحلبي", None]


def test_a_consultants_field_after_the_title_is_no_name():
    text = "وقال استشاري أمراض الكلى في مستشفى الرحمة بعمّان الدكتور وليد الصمادي إن الحالات تضاعفت."
    assert _speakers(text) == ["وليد الصمادي"]


def test_a_districts_number_before_the_members_name():
    text = "«القانون الجديد يظلم المغتربين»، قال النائب عن دائرة ألمانيا 1 كريم الزواري، «ولن نصوت عليه»."
    assert _speakers(text) == ["كريم الزواري", "كريم الزواري"]


def test_a_family_name_that_is_a_word_right_before_the_verb_of_saying():
    text = 'لكن الخبير في مكتب "آفاق للدراسات" مازن القضاة رأى أن الدعم الحكومي لن يكفي.'
    assert _speakers(text) == ["مازن القضاة"]


def test_he_opening_the_sentence_before_the_verb_is_the_previous_speaker():
    text = (
        "وقال مربي النحل سليم الأغبري إن الطرود المستوردة نقلت الأمراض إلى المناحل.\n"
        "وهو يرى أن السلالة المحلية أقدر على تحمل الحر."
    )
    assert _speakers(text) == ["سليم الأغبري", "سليم الأغبري"]


def test_the_spokeswoman_of_the_institution_then_her_name():
    # «المؤسسة» is the institution here, not a founder the spokeswoman speaks for
    text = "وقالت المتحدثة باسم المؤسسة لمى الخطيب إن المخزون يكفي لستة أشهر."
    assert _speakers(text) == ["لمى الخطيب"]


def test_a_person_then_where_he_is_from_past_his_latin_gloss():
    text = 'المزارع بيتر موانغي (Peter Mwangi) من مقاطعة ناكورو قال إن الأمطار "تأخرت شهراً كاملاً".'
    assert _speakers(text)[:1] == ["بيتر موانغي"]


def test_a_given_name_that_is_a_word_after_the_verb_before_the_family_name():
    text = "ورأى عودة الحراحشة، وهو مربي ماشية في المفرق، أن أسعار الأعلاف تضاعفت."
    assert _speakers(text) == ["عودة الحراحشة"]
    # «عودة» with a common word after it is the return: «عودة اللاجئين»
    assert _speakers("وأكد عودة اللاجئين أن الوضع صعب.") == [None]


def test_a_colon_after_the_name_and_where_he_spoke():
    text = "وقال مدير إدارة السير في المحافظة العقيد ماهر الدباس خلال مؤتمر صحفي في إربد: لن نتساهل مع أي سائق يتجاوز السرعة."
    assert [(x.kind, x.speaker.text if x.speaker else None) for x in _article(text).quotes] == [("direct", "ماهر الدباس")]


def test_closing_words_after_a_colon_with_how_she_said_them():
    text = (
        "وتقول اللاعبة الشابة إن التدريب يبدأ في الخامسة فجراً.\n"
        "وتختم كافيا ضاحكةً: «أريد أن ألعب في نهائي كأس العالم، ولو مرة واحدة»."
    )
    assert "وتختم" in [x.cue.text for x in _article(text).quotes]


def test_a_frame_then_the_title_and_the_name_with_its_latin_form_between_commas():
    text = (
        "ونقلاً عن رئيس رابطة مستأجري برلين، كلاوس فيبر (Klaus Weber)، فإن المحاكم تنظر حالياً "
        "في أكثر من عشرة آلاف قضية إخلاء."
    )
    q = _article(text).quotes[0]
    assert (q.speaker.text, q.content.text) == ("كلاوس فيبر", "المحاكم تنظر حالياً في أكثر من عشرة آلاف قضية إخلاء")


def test_faqada_lost_after_a_frame_is_part_of_the_attributed_clause():
    text = "وبحسب اتحاد النحالين، فقد الأردن نحو ربع طوائفه خلال الشتاء الماضي."
    assert _article(text).quotes[0].content.text == "فقد الأردن نحو ربع طوائفه خلال الشتاء الماضي"
    text = "وبحسب اتحاد النحالين، فقد ارتفع الإنتاج بنسبة الثلث هذا العام."
    assert _article(text).quotes[0].content.text == "ارتفع الإنتاج بنسبة الثلث هذا العام"


def test_what_she_speaks_about_opening_the_sentence_leaves_her_the_speaker():
    text = (
        "وقالت المدربة نهى عبد الرحمن إن الحلبة جيدة.\n"
        "وعن طموحاتها تقول: «أريد أن أرى فتاة على المنصة»."
    )
    q = _article(text).quotes[1]
    assert (q.cue.text, q.speaker.text if q.speaker else None) == ("تقول", "نهى عبد الرحمن")
    # a masculine verb after her names no one
    text = text.replace("وعن طموحاتها تقول", "وعن هذا الأمر يقول")
    assert _article(text).quotes[1].speaker is None


def test_a_persian_given_name_in_an_apposition_after_the_title():
    text = (
        "طهران (أ ف ب) - قال رئيس الاتحاد الوطني لمصدّري السجاد اليدوي في إيران، مجيد رضائي، "
        "إن صادرات السجاد تراجعت."
    )
    assert _article(text).quotes[0].speaker.text == "مجيد رضائي"


def test_a_ministrys_office_in_a_governorate_speaks():
    text = "ونقلاً عن مكتب الثقافة في محافظة الحديدة، فإن المدينة فقدت معظم حرفها التقليدية."
    assert _article(text).quotes[0].speaker.text == "مكتب الثقافة"


def test_the_club_named_back_speaks_for_the_club_named_by_a_common_word():
    text = "يواجه نادي الشباب الرياضي في طرابلس خطر الإغلاق. وذكر النادي في بيان أن ديونه تجاوزت 40 ألف دولار."
    assert _article(text).quotes[0].speaker.text == "نادي الشباب الرياضي"


def test_a_division_then_its_chamber_glued_to_bi_the_division_speaks():
    text = "أما شعبة العطارة بالغرفة التجارية بالقاهرة فقد طالبت بأن تُدرج التوابل ضمن السلع الأساسية."
    assert _article(text).quotes[0].speaker.text == "شعبة العطارة"
    text = "أما شعبة المستوردين باتحاد الغرف التجارية فقد طالبت بأن تُخفض الرسوم."
    assert _article(text).quotes[0].speaker.text == "شعبة المستوردين"


def test_a_pakistani_player_named_after_his_nationality_speaks_later_by_his_family_name():
    text = (
        "بعد فوزه في النهائي على الباكستاني فرحان إقبال بنتيجة 7-4. "
        'وكان إقبال قد صرّح قبل النهائي بأن "اللقب سيبقى في جنوب آسيا".'
    )
    assert _article(text).quotes[0].speaker.text == "إقبال"


def test_the_decision_speaks_for_the_official_who_issued_it_named_after_his_title():
    text = (
        "أصدر محافظ بيروت وليد الحاج قراراً يقضي بتغريم أصحاب اللوحات الإعلانية. "
        "وجاء في القرار أن “كل لوحة لا تحمل رقم ترخيص ستُزال فوراً”."
    )
    assert _article(text).quotes[0].speaker.text == "وليد الحاج"


def test_a_name_right_before_a_verb_of_telling_and_its_object_then_a_colon():
    text = "لكن المخلّص الجمركي حاتم الجبالي يروي قصة مختلفة: حاوياتي ما زالت هنا منذ خمسة أسابيع، ولا أحد يجيبني."
    assert _article(text).quotes[0].speaker.text == "حاتم الجبالي"


def test_a_student_described_after_wahuwa_is_no_demand():
    text = (
        'أما سامر الحلبي، وهو طالب جامعي يرتاد المقهى يومياً، فالفنجان بالنسبة إليه "ما زال أرخص طريقة '
        'للجلوس مع الأصدقاء في المدينة"، على حد تعبيره.'
    )
    qs = _article(text).quotes
    assert "طالب" not in [q.cue.text for q in qs]
    assert [q.speaker.text for q in qs if q.speaker] == ["سامر الحلبي"]


def test_a_waiter_or_a_grocer_with_no_name_is_no_speaker_but_a_role_before_one():
    text = "ويقول النادل إن المقهى مزدحم. وقال النادل سامي الحلبي إن الزبائن قلة."
    qs = _article(text).quotes
    assert qs[0].speaker is None
    assert (qs[1].speaker.text, qs[1].role) == ("سامي الحلبي", "النادل")


def test_but_after_a_marked_team_name_opens_the_next_subjects_clause():
    text = (
        'في المقابل، أعلن مدرب فريق "الواحة" الأرجنتيني إستيبان أغيري استقالته من منصبه بعد البطولة، '
        'غير أن إدارة الفريق نفت أن يكون القرار "مرتبطاً بنتيجة النهائي".'
    )
    q = _article(text).quotes[0]
    assert (q.cue.text, q.speaker) == ("نفت", None)


def test_a_rank_after_a_preposition_stays_in_the_role():
    # «الفريق» is a rank (lieutenant general) before a name, the team after «في»
    q = _article("وقال لاعب الارتكاز في الفريق سامي الخطيب إن زملاءه تعبوا.").quotes[0]
    assert (q.speaker.text, q.role) == ("سامي الخطيب", "لاعب الارتكاز في الفريق")


def test_the_company_named_in_marks_after_its_field_speaks_named_back():
    text = (
        'أعلنت شركة الطاقة "غرين فالي باور" إنهاء عقد رعايتها للنادي. '
        'وقالت الشركة في بيان إن القرار "جاء بعد مراجعة شاملة".'
    )
    assert _article(text).quotes[0].speaker.text == "غرين فالي باور"


def test_a_later_quote_of_a_person_keeps_the_role_given_before():
    text = (
        'الرياض - قال رئيس الاتحاد فيصل العتيبي لـ"عكاظ" إن الاتحاد رصد 40 لاعباً.\n'
        'وأضاف العتيبي: "لن نستعجل النتائج".\n'
        'وقال المتحدث باسم وزارة الرياضة إن الوزارة "ستدعم البرنامج".\n'
        'وأكدت الوزارة في بيان أن الملاعب "جاهزة".'
    )
    qs = _article(text).quotes
    by_cue = {q.cue.text: q for q in qs}
    assert (by_cue["وأضاف"].speaker.text, by_cue["وأضاف"].role) == ("العتيبي", "رئيس الاتحاد")
    # a body speaking after its spokesman takes no spokesman's title
    assert by_cue["وأكدت"].role is None


def test_one_left_unnamed_keeps_the_title_and_where_it_holds():
    assert _article('وقالت منسقة المعرض إن الإقبال "كبير".').quotes[0].role == "منسقة المعرض"
    q = _article('وقال مسؤول في مجلس محافظة نينوى إن الورشة "مهمة".').quotes[0]
    assert (q.speaker, q.role) == (None, "مسؤول في مجلس محافظة نينوى")
    # the one spoken to and where the words were said are no part of the title
    assert _article('وقال مسؤول في الوزارة لرويترز إن الورشة "مهمة".').quotes[0].role == "مسؤول في الوزارة"
    assert _article('وقال مسؤول في بيان إن الورشة "مهمة".').quotes[0].role == "مسؤول"


def test_a_role_keeps_the_team_its_gloss_and_drops_a_nationality_after_a_comma():
    assert _article('وقال قائد الفريق سالم العلي إن المباراة "صعبة".').quotes[0].role == "قائد الفريق"
    # a rank after a definite word is the holder's, before the name
    assert _article('وقال رئيس هيئة الأركان الفريق محمد الحداد إن الوضع "مستقر".').quotes[0].role == "رئيس هيئة الأركان"
    q = _article('وقال رئيس لجنة الحكام في الرابطة الدولية للغوص الحر (AIDA) مارك دوبوا إن الرقم "صحيح".').quotes[0]
    assert q.role == "رئيس لجنة الحكام في الرابطة الدولية للغوص الحر (AIDA)"
    q = _article('ويؤكد مدير التحكيم في اتحاد آسيا للرغبي، الياباني هيروشي ناكامورا، أن الحكمة "مرشحة".').quotes[0]
    assert (q.speaker.text, q.role) == ("هيروشي ناكامورا", "مدير التحكيم في اتحاد آسيا للرغبي")


def test_an_assistant_coach_named_ben():
    q = _article("وقال المدرب المساعد بن هاروتا: «خسارة تاني ضربة قاسية».").quotes[0]
    assert (q.speaker.text, q.role) == ("بن هاروتا", "المدرب المساعد")


def test_one_left_unnamed_and_described_has_the_description_as_role():
    q = _article('وقال مصدر في وزارة النقل إن الطريق "سيفتتح".').quotes[0]
    assert (q.speaker, q.role) == (None, "مصدر في وزارة النقل")
    assert _article('ويقول سكان في حي الشجاعية إن المياه "مقطوعة".').quotes[0].role == "سكان في حي الشجاعية"
    # the outlet spoken to is no part of it; a body's noun speaking has no role
    assert _article('وقال مصدر مطلع لرويترز إن الصفقة "قريبة".').quotes[0].role == "مصدر مطلع"
    assert _article('وقالت الشركة إن الأرباح "ارتفعت".').quotes[0].role is None


def test_a_role_ends_before_a_rank_or_a_given_name_left_out_of_the_name():
    q = _article('وقال الناطق الإعلامي باسم المديرية العامة للدفاع المدني المقدم سامي الحربي إن الحريق "أخمد".').quotes[0]
    assert q.role == "الناطق الإعلامي باسم المديرية العامة للدفاع المدني"
    q = _article('وقال رئيس قسم التوعية في الإدارة الملازم أول خالد العنزي إن الحملة "مستمرة".').quotes[0]
    assert q.role == "رئيس قسم التوعية في الإدارة"
    # a body named by a given name keeps it
    assert _article('وقال رئيس جمعية نور الخيرية سامي العلي إن التبرعات "تراجعت".').quotes[0].role == "رئيس جمعية نور الخيرية"
    # a place or a body named after someone keeps the name
    q = _article('وقالت الباحثة في جامعة الملك سعود نورة العتيبي إن النموذج "جيد".').quotes[0]
    assert q.role == "الباحثة في جامعة الملك سعود"
    # an adjective that is also a given name with the article stays («العربي»)
    assert _article('وقال رئيس البرلمان العربي عادل العسومي إن القمة "مهمة".').quotes[0].role == "رئيس البرلمان العربي"


@pytest.mark.parametrize(
    "text, role",
    [
        ("وقال صاحب المصنع محمد العلي إن الطلب تراجع.", "صاحب المصنع"),
        ("وقال محمد العلي، صاحب ورشة للنجارة في الحي، إن الطلب تراجع.", "صاحب ورشة للنجارة في الحي"),
        ("وقالت صاحبة محل للخياطة إن الطلب تراجع.", "صاحبة محل للخياطة"),
        ("وقال أصحاب محلات في السوق إن الطلب تراجع.", "أصحاب محلات في السوق"),
    ],
)
def test_an_owner_has_what_he_owns_as_role(text, role):
    assert [q.role for q in _article(text).quotes] == [role]


def test_the_outlet_spoken_to_is_no_part_of_the_role():
    assert [q.role for q in _article("وقال مدير المطعم لرويترز إن الطلب تراجع.").quotes] == ["مدير المطعم"]
    # a complement in ل is the title's own («لشؤون …»)
    text = "وقال نائب الرئيس لشؤون التسويق في الشركة سامي العلي لرويترز إن الطلب تراجع."
    assert [q.role for q in _article(text).quotes] == ["نائب الرئيس لشؤون التسويق في الشركة"]


def test_a_title_and_its_adjective_then_the_name_set_off_by_commas_before_the_verb():
    text = (
        'افتتحت أكاديمية "الفرسان" للشطرنج فرعها الخامس في وهران.\n'
        "مؤسس الأكاديمية، الأستاذ الدولي كريم بلقاسم، قال إن الهدف واضح."
    )
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [("كريم بلقاسم", "مؤسس الأكاديمية")]


def test_a_name_in_marks_after_a_preposition_before_the_verb_is_no_quote():
    text = 'في حوار مع "عرب نيوز"، كشفت الرئيسة التنفيذية لشركة "رايدة" الناشئة، دانة الزهراني، أن الشركة ستفتتح مصنعاً.'
    assert [(q.kind, q.content.text) for q in _article(text).quotes] == [("indirect", "الشركة ستفتتح مصنعاً")]
    # a quote right before its verb stays one
    assert [q.kind for q in _article('"لن نتراجع عن القرار"، قال الوزير.').quotes] == ["direct"]


def test_a_guide_is_a_calling():
    text = "وقال الدليل الجبلي عودة الزوايدة إن الصخر هنا هش."
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [("عودة الزوايدة", "الدليل الجبلي")]


def test_a_rider_is_a_calling_and_a_bare_faris_a_given_name():
    text = "توّجت الفارسة الأردنية سلمى الحديدي باللقب.\nوقالت الحديدي إن المسار كان صعباً."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("الحديدي", "الفارسة الأردنية")]
    # without the article «فارس» is the given name
    text = "وقال فارس الحربي إن الطقس حار."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("فارس الحربي", None)]


@pytest.mark.parametrize(
    "text, role",
    [
        # the name's title before it, whatever verb governs the name
        ('ورحّب رئيس الجمعية المغربية لمنتجي الصلب، كريم بنسودة، بالقرار، معتبراً أنه "خطوة تأخرت كثيراً".', "رئيس الجمعية المغربية لمنتجي الصلب"),
        ("أما رئيس بلدية إربد الكبرى نبيل الكوفحي فأوضح أن البلدية أحالت الطلب.", "رئيس بلدية إربد الكبرى"),
        # or set off by commas after it
        ("وزار كريم بنسودة، رئيس الجمعية المغربية، المصنع. وقال إن الزيارة مهمة.", "رئيس الجمعية المغربية"),
        # none given: none
        ("وزار كريم بنسودة المصنع. وقال إن الزيارة مهمة.", None),
    ],
)
def test_a_speakers_title_given_with_the_name_in_a_sentence_that_is_no_quote(text, role):
    assert [q.role for q in _article(text).quotes] == [role]


@pytest.mark.parametrize(
    "text, role",
    [
        ("وأفاد مصدر في الهيئة العامة للمحافظة على المدن التاريخية بأن ورش السوق تراجعت.", "مصدر في الهيئة العامة للمحافظة على المدن التاريخية"),
        ('وقال مسؤول في غرفة تجارة دمشق، طالباً عدم كشف اسمه، إن "الكميات المتوفرة تكفي لشهرين فقط".', "مسؤول في غرفة تجارة دمشق"),
        ("وقال مسؤول في وزارة السياحة والآثار طلب عدم نشر اسمه إن لجنة فنية ستحقق في الحادث.", "مسؤول في وزارة السياحة والآثار"),
        # «لجنة» is no «ل» of the one spoken to
        ('ونفى مصدر في لجنة الحكام أن يكون القرار "خاضعاً لأي ضغوط".', "مصدر في لجنة الحكام"),
    ],
)
def test_where_one_unnamed_works_is_the_bodys_whole_name_up_to_a_comma(text, role):
    assert {q.role for q in _article(text).quotes} == {role}


def test_a_calling_or_an_owner_before_the_name_is_the_role():
    text = "ويستقبل صاحب المقهى سالم العبيدي زبائنه كل مساء. ويقول إن الطلب تراجع."
    assert [q.role for q in _article(text).quotes] == ["صاحب المقهى"]
    text = "ويجلس الحرفي سالم العبيدي أمام ورشته. ويقول إن الطلب تراجع."
    assert [q.role for q in _article(text).quotes] == ["الحرفي"]


def test_the_name_set_off_by_commas_after_a_long_title_may_carry_an_honorific():
    text = "وقال شيخ الحرفيين في السوق، الحاج سالم القرقني، إن السوق كانت تضم مئة ورشة."
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [("سالم القرقني", "شيخ الحرفيين في السوق")]


def test_the_owner_of_the_agency_named_back_is_a_person_unnamed():
    text = (
        'قضت محكمة وهران بإلزام وكالة "سفريات النورس" بتعويض 86 معتمراً.\n'
        'وبيّن صاحب الوكالة، في تصريح لـ"النهار"، أن الإلغاء سببه "إخلال شريك سعودي بالتزاماته".'
    )
    assert {(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes} == {(None, "صاحب الوكالة")}


def test_one_unnamed_named_back_by_the_titles_first_word_keeps_the_whole_title():
    text = "وقال مسؤول في وزارة النقل إن الرسوم سترتفع.\nوأضاف المسؤول أن القرار نهائي."
    assert [q.role for q in _article(text).quotes] == ["مسؤول في وزارة النقل", "مسؤول في وزارة النقل"]


@pytest.mark.parametrize(
    "text, role",
    [
        ("ويقول منير القلال، صاحب مصنع \"ستيل مود\" الذي يشغّل 280 عاملة: «الزبون كان يطلب 60 ألف قطعة».", 'صاحب مصنع "ستيل مود"'),
        ("وقال مسؤول في الوزارة طلب عدم نشر اسمه إن الطلب تراجع.", "مسؤول في الوزارة"),
        ("وقال رئيس لجنة الخدمات في المجلس، النائب محمد العلي، إن الطلب تراجع.", "رئيس لجنة الخدمات في المجلس"),
        # no comma in a title: what follows describes the body, or «وهو» gives the title
        ("وقال الكاتب العام للنقابة، المنضوية تحت الاتحاد المغربي للشغل، محمد العلي، إن الأجور متدنية.", "الكاتب العام للنقابة"),
    ],
)
def test_a_role_ends_where_the_title_does(text, role):
    assert [q.role for q in _article(text).quotes][:1] == [role]


@pytest.mark.parametrize(
    "text, role",
    [
        ("ووفقاً لمصدر في الاتحاد، فإن أحد الخيول الموقوفة كان قد فاز بثلاثة أشواط.", "مصدر في الاتحاد"),
        ("ونقلاً عن مصادر وزارية، فإن مجلس الوزراء سيبحث الاقتراح.", "مصادر وزارية"),
        ("وبحسب سائقين تحدثوا لوكالة الأنباء الأردنية، فإن بعضهم ينتظر منذ أربعة أيام.", "سائقين"),
    ],
)
def test_unnamed_sources_of_a_frame_are_the_role(text, role):
    assert [(q.kind, q.speaker, q.role) for q in _article(text).quotes] == [("according_to", None, role)]


@pytest.mark.parametrize(
    "text, role",
    [
        ('وتاجر السيارات مهند الخلايلة قال لـ«الغد» إن التحول الإلكتروني "سيقطع الطريق".', "تاجر السيارات"),
        ("إذ يقول سعد القحطاني، سائق شاحنة من الخرج: «ننتظر منذ يومين».", "سائق شاحنة من الخرج"),
        ("ويقول سعد القحطاني، وهو سائق شاحنة، إن الطريق مغلق.", "سائق شاحنة"),
        ("وأعلنت الغرفة عن برنامج تمويل، فيما توقع تاجر جملة في وسط البلد أن تتراجع المبيعات.", "تاجر جملة في وسط البلد"),
    ],
)
def test_a_calling_in_construct_is_the_role(text, role):
    assert {q.role for q in _article(text).quotes} == {role}


@pytest.mark.parametrize(
    "text, role",
    [
        # the office nearest the name, not the owners its body is of
        ('ورحّب رئيس جمعية أصحاب الحمامات في دمشق، محمد العلي، بالقرار، معتبراً أنه "خطوة متأخرة".', "رئيس جمعية أصحاب الحمامات في دمشق"),
        # a body's noun is no title («المؤسسة»)
        ('وزارت مديرة المشروع في المؤسسة ريم العلي الموقع. وقالت إن العمل تأخر.', "مديرة المشروع في المؤسسة"),
        # a deputy of the title's holder
        ("ومساعد وزير السياحة عمرو القاضي قال إن الطلب تراجع.", "مساعد وزير السياحة"),
        # the name set off by commas after the title, the words between in marks and all
        ('وزار صاحب مطعم "زهرة العدس" في شارع الملك فيصل، سالم العبيدي، السوق. وقال إن الطلب تراجع.', 'صاحب مطعم "زهرة العدس" في شارع الملك فيصل'),
        # the verb «طالب» is no calling before the title
        ("وطالب رئيس جمعية مربي الإبل بورقلة محمد العلي بدعم المربين، مؤكداً أن الأسعار ارتفعت.", "رئيس جمعية مربي الإبل بورقلة"),
        # an honorific after a comma gives way to the title before it
        ("وزار محامي الشركة المستوردة، المستشار سامي العلي، المحكمة. وقال إن الحكم نهائي.", "محامي الشركة المستوردة"),
        # not the title of another person named before: his own, the counterpart
        ("والتقى وزير النقل العراقي كاظم الساعدي مع نظيره التركي عمر بولاط. وقال بولاط إن الطريق مهم.", "نظيره التركي"),
        ("والتقى وزير النقل العراقي كاظم الساعدي مع عمر بولاط. وقال بولاط إن الطريق مهم.", None),
    ],
)
def test_the_title_by_the_name_is_the_whole_office(text, role):
    assert {q.role for q in _article(text).quotes} == {role}


@pytest.mark.parametrize(
    "text, role",
    [
        # what «وهو/وهي» says the person is, up to a verb or a particle before one
        ("«الجرذان صارت تدخل المطابخ»، تقول ريتا حداد، وهي أم لثلاثة أطفال، «ولم يعد أولادي يلعبون».", "أم لثلاثة أطفال"),
        ("وقال محمد الحيمي، وهو موظف حكومي لم يتقاضَ راتبه منذ سنوات، إن الحمام أرخص.", "موظف حكومي"),
        ("وقالت سعاد الهاشمي، وهي موظفة تقيم في حي التقدم، إن الماء مقطوع.", "موظفة"),
        ("وقال سالم العبيدي، وهو من سكان الحي، إن الماء مقطوع.", "من سكان الحي"),
        # what she was doing is no role
        ("وقالت سعاد الهاشمي، وهي تلف أوراق العنب، إن الماء مقطوع.", None),
    ],
)
def test_what_he_is_after_the_name_is_the_role(text, role):
    assert {q.role for q in _article(text).quotes} == {role}


@pytest.mark.parametrize(
    "text, role",
    [
        ("وقال مصدر في الوزارة، طلب عدم ذكر اسمه، إن بعض الأطباء يؤجّرون أسماءهم.", "مصدر في الوزارة"),
        # (without the outlet spoken to)
        ("وقال مسؤول في المصلحة لرويترز، طالباً عدم نشر اسمه، إن القرار نهائي.", "مسؤول في المصلحة"),
        # a pronoun alone is no role
        ("وقال أحدهم، طالباً عدم نشر اسمه، إن القرار نهائي.", None),
    ],
)
def test_one_who_asked_not_to_be_named_keeps_the_description(text, role):
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, role)]


def test_a_relative_clause_after_a_body_set_off_by_a_comma():
    text = "وفازت الصورة بجائزة نظمها النادي العلمي الكويتي، الذي أكد في بيان أن عدد المشاركين تجاوز 600."
    assert [q.speaker.text for q in _article(text).quotes] == ["النادي العلمي الكويتي"]
    # with no comma the relative goes on describing the member, not his bank
    text = "وتجاهل اليورو تعليقات عضو المجلس الحاكم للبنك المركزي الأوروبي الذي صرح بأن أسعار الفائدة منخفضة."
    assert all(q.speaker is None or "البنك" not in q.speaker.text for q in _article(text).quotes)


def test_got_stuck_is_no_comment():
    text = 'وتشير مريم الظاهري إلى أن أصعب لحظاتها كانت في ليوا، حين علقت السيارة في كثيب رملي "لأكثر من خمس ساعات دون أي اتصال".'
    quotes = _article(text).quotes
    assert {q.cue.text for q in quotes} == {"وتشير"}
    assert any(q.kind == "direct" and q.content.text == "لأكثر من خمس ساعات دون أي اتصال" for q in quotes)
    # «علّق على» is one
    quotes = _article('وعلق الوزير سالم العلي على القرار قائلاً: "إنه خطوة مهمة للبلاد".').quotes
    assert [q.speaker.text for q in quotes] == ["سالم العلي"]


def test_a_definite_description_before_the_name_set_off_by_commas():
    text = "رئيس النادي، الغواص المخضرم هادي الزين، قال إن الهدف توثيق الحطام."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("هادي الزين", "رئيس النادي")]


@pytest.mark.parametrize(
    "text",
    [
        "وشدد الطبيب على ضرورة ألا يسافر الغواص قبل مرور 24 ساعة.",
        "وطالب الطبيب بضرورة ألا يسافر الغواص قبل مرور 24 ساعة.",
        "وأعلنت الهيئة تمديد المخيم حتى نهاية فبراير، بعد أن كان مقرراً أن يُختتم منتصف الشهر.",
    ],
)
def test_what_must_be_or_was_scheduled_is_no_report(text):
    assert _article(text).quotes == []


def test_navigators_and_divers_are_callings():
    text = "سُئلت الملّاحة الإماراتية مريم الظاهري عن السباق، فأجابت: «تغيّر كل شيء تقريباً منذ مشاركتي الأولى»."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("مريم الظاهري", "الملّاحة الإماراتية")]
    text = "وتقول الغواصة لين حداد إن الرؤية كانت ممتازة."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("لين حداد", "الغواصة")]


@pytest.mark.parametrize(
    "text, role",
    [
        ("وقال صانع الأعواد السوري نزار الحلبي إن الخشب غالٍ.", "صانع الأعواد السوري"),
        ("وقال المربي سعيد الكعبي إن الطيور نفقت.", "المربي"),
        ("وقالت المتدربة اللبنانية ريم حداد إن التدريب صعب.", "المتدربة اللبنانية"),
        ("وقالت المنتجة السعودية ريم العتيبي إن الفيلم جاهز.", "المنتجة السعودية"),
        ("وقال المستورد الألماني كلاوس مولر إن الطلب تراجع.", "المستورد الألماني"),
        ("وقال العامل البنغلاديشي محمد رحمن إن الأجر تأخر.", "العامل البنغلاديشي"),
        ("وقالت السائحة الفرنسية ماري دوبون إن الأسعار مرتفعة.", "السائحة الفرنسية"),
        ("وقال الخطاط يوسف ذنون إن الخط فن.", "الخطاط"),
    ],
)
def test_trades_and_callings_before_the_name_are_roles(text, role):
    assert [q.role for q in _article(text).quotes] == [role]


@pytest.mark.parametrize(
    "text, role",
    [
        ("وقال تجار في السوق إن سعر السرج ارتفع إلى 1800 درهم.", "تجار في السوق"),
        ("ويقول أطباء في المستشفى إن الأدوية نفدت.", "أطباء في المستشفى"),
        ("في المقابل، أكد أعضاء في جمعية مراكز الغوص بالغردقة أنهم يؤيدون القرار.", "أعضاء في جمعية مراكز الغوص بالغردقة"),
        # after «غير أن», in the accusative
        ("غير أن مصدراً في وزارة البيئة قال إن معظم المواقع تعمل من دون ترخيص.", "مصدراً في وزارة البيئة"),
        # «أحدهم، وهو …»: what «وهو» says the unnamed one is
        ('وقال أحدهم، وهو صاحب مركز في منطقة سهل حشيش: "سعر الجهاز الواحد يقارب 200 دولار".', "صاحب مركز في منطقة سهل حشيش"),
        ("وقالت إحداهن، وهي أم لطفلين، إن الأسعار ارتفعت.", "أم لطفلين"),
    ],
)
def test_unnamed_people_described_after_the_verb_or_the_opener(text, role):
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, role)]


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        # people named by what they do, in the definite plural
        ("وقال المحتجون إن الأجور لم تدفع منذ ثلاثة أشهر.", None, "المحتجون"),
        ("وقال معلمون في مدرسة بلدة عصيرة إن التجربة ناجحة.", None, "معلمون في مدرسة بلدة عصيرة"),
        ("وقال المقاول سعيد الكعبي إن العمل تأخر.", "سعيد الكعبي", "المقاول"),
    ],
)
def test_plural_people_and_contractors_roles(text, speaker, role):
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    "text, role",
    [
        # any sound masculine plural of people, and broken plurals of the list
        ("ويتوقع اقتصاديون أن يتباطأ النمو خلال العام المقبل.", "اقتصاديون"),
        ("ويرى مستوردون أن الإجراءات الجديدة ستطيل بقاء المواشي في الموانئ.", "مستوردون"),
        ("وأكد نواب معارضون أن المهلة المقترحة قد تتحول إلى غطاء.", "نواب معارضون"),
        ("وطالب أولياء أمور بأن توفر المدرسة حافلات لنقل التلاميذ.", "أولياء أمور"),
        # in construct, without their ن
        ("وقال منظمو رحلات السفاري في الواحة إن الموسم جيد.", "منظمو رحلات السفاري في الواحة"),
        # where they spoke is no part of what they are
        ("وقال لاعبو المنتخب في أحاديث للصحفيين إن المدرب صارم.", "لاعبو المنتخب"),
        # after «لكن» and after «، غير أن» in the middle of a sentence, in the accusative
        ("لكن ناشطين بيئيين حذّروا من أن التوسع يتعارض مع تعهدات خفض الانبعاثات.", "ناشطين بيئيين"),
        ("ولم يحدد الوزير موعداً لبدء التشغيل، غير أن مصدراً في الوزارة قال إن الأعمال قد تبدأ نهاية العام.", "مصدراً في الوزارة"),
        # opening the sentence, before an unprefixed verb
        ('مصدر أمني قال لـ"القبس" إن المداهمة جاءت بعد رصد استمر ثلاثة أسابيع.', "مصدر أمني"),
        ("سكان في الحي قالوا إن المياه مقطوعة منذ يومين.", "سكان في الحي"),
        # (the conjunction before them is no part of the role)
        ("وعاملون في المجال الإنساني أكدوا لـ«الأخبار» أن نقص التمويل أجبر منظمات عدة على تقليص الحصص.", "عاملون في المجال الإنساني"),
    ],
)
def test_unnamed_people_in_any_plural_of_what_they_do(text, role):
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, role)]


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        ('وقال الملاكم المغربي يوسف العلمي إن "النزال كان صعباً".', "يوسف العلمي", "الملاكم المغربي"),
        ("وقالت المجدفة سارة العلي إن السباق كان صعباً.", "سارة العلي", "المجدفة"),
        ("وقال النحال التركي محمد يلماز إن الموسم ضعيف.", "محمد يلماز", "النحال التركي"),
        # an engineer's honorific, alone before the name, is the role; after a title it is not
        ("وقالت المهندسة سلمى يوسف إن المشروع تأخر.", "سلمى يوسف", "المهندسة"),
        ("وقال مدير المشروع المهندس خالد علي إن العمل مستمر.", "خالد علي", "مدير المشروع"),
        ("وقال الدكتور سامي عيسى إن المرض خطير.", "سامي عيسى", None),
        # «رائدة»، «سيدة» are a title only before «الأعمال»، «الفضاء»
        ("وتقول رائدة الأعمال الفلسطينية نور حداد إن الفكرة بدأت عام 2019.", "نور حداد", "رائدة الأعمال الفلسطينية"),
        ("وقالت سيدة الأعمال منى البلوشي إن الشركات الراعية تتراجع.", "منى البلوشي", "سيدة الأعمال"),
        # an adjective after a noun is no calling of its own
        ("وقالت المحللة الاقتصادية سارة علي إن السوق متقلب.", "سارة علي", "المحللة الاقتصادية"),
    ],
)
def test_more_callings_and_the_engineer(text, speaker, role):
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [(speaker, role)]


def test_a_family_name_that_is_a_trade_still_names_the_speaker():
    text = "وتقول رائدة الأعمال الفلسطينية نور حداد إن الفكرة بدأت عام 2019.\nوعن التحديات، قالت حداد إن الكهرباء المتقطعة ترفع التكاليف."
    quotes = _article(text).quotes
    assert quotes[-1].speaker.text == "حداد" and quotes[-1].speaker_key == quotes[0].speaker_key


def test_someone_unnamed_as_the_topic_of_amma_set_off_by_a_comma():
    text = 'وقال مدير عام المؤسسة، الدكتور نزار القضاة، إن نتائج الفحص أظهرت تلوث العينات.\nأما صاحب المعمل، فقال لقناة "المملكة" إن الحليب قد يكون ملوثاً من المصدر.'
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [
        ("نزار القضاة", "مدير عام المؤسسة"),
        (None, "صاحب المعمل"),
    ]


def test_a_generals_rank_before_the_name_is_no_part_of_the_role():
    text = "وقال قائد القوات الأميركية في العراق الجنرال جون سميث إن الخطة ناجحة."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("جون سميث", "قائد القوات الأميركية في العراق")]


def test_a_plural_cue_goes_on_with_people_left_unnamed():
    text = "ويتوقع محللون أن ينعكس المشروع إيجاباً على قطاع الضيافة.\nلكنهم يحذرون من أن تأخر أعمال البنية التحتية قد يؤجل الافتتاح."
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, "محللون"), (None, "محللون")]


@pytest.mark.parametrize(
    "first, role",
    [
        ('أطلقت رائدة الأعمال الإماراتية مريم السويدي علامتها "وهج" للشموع العطرية.', "رائدة الأعمال الإماراتية"),
        ("ويشرف مدير المشروع المهندس سامي الخطيب على العمل منذ عامين.", "مدير المشروع"),
    ],
)
def test_the_title_given_with_the_name_in_an_earlier_sentence(first, role):
    name = "السويدي" if "السويدي" in first else "الخطيب"
    text = f"{first}\nوقال {name} إن العمل يسير وفق الخطة."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [(name, role)]


def test_the_report_ends_before_but_he_warned():
    text = 'وأكد رئيس الاتحاد، نضال الطويل، أن المشروع "خطوة في الاتجاه الصحيح"، غير أنه حذّر من أن القيود المفروضة على البناء تحرم آلاف العائلات من الأراضي.'
    quotes = [(q.kind, text[q.content.start : q.content.end], q.speaker.text) for q in _article(text).quotes if q.kind == "indirect"]
    assert quotes == [
        ("indirect", 'المشروع "خطوة في الاتجاه الصحيح"', "نضال الطويل"),
        ("indirect", "القيود المفروضة على البناء تحرم آلاف العائلات من الأراضي", "نضال الطويل"),
    ]


def test_a_calling_with_a_pronoun_is_the_role():
    text = "وأكد سائقها الفرنسي جان لوك مارتان أن الظاهري تقرأ الرمال جيداً."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("جان لوك مارتان", "سائقها الفرنسي")]


def test_a_body_after_the_opener_is_no_one_unnamed():
    text = "ردّت المحكمة دعوى أقامتها شركة الربوة للاستثمار العقاري.\nلكن شركة الربوة نفت في بيان أن تكون قد استولت على الأرض."
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [("الربوة", None)]


@pytest.mark.parametrize("title", ["ملّاح", "مدرب"])
def test_the_holder_named_after_whose_title_set_off_by_commas(title):
    text = f"نُقل السائق البولندي ماريك نوفاك إلى مستشفى في مسقط.\nوقال {title} نوفاك، التشيكي توماس دفورجاك، إن الفريق سيقرر خلال يومين."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("توماس دفورجاك", f"{title} نوفاك")]


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        # the body speaks through its spokesman, the topic of «أما», who is the role
        ("أما المتحدث باسم وزارة العدل فقال إن الوزارة جهزت 14 قاعة.", "وزارة العدل", "المتحدث باسم وزارة العدل"),
        # unnamed of a body: the words up to the body describe them
        ("في المقابل، أفاد مصدر من المديرية العامة للحماية المدنية بأن التأخير إداري.", None, "مصدر من المديرية العامة للحماية المدنية"),
        ("وقالت إحدى الأمهات إن المدرب كان يصرخ على الأطفال.", None, "إحدى الأمهات"),
    ],
)
def test_spokesmen_sources_and_one_of_them_keep_their_description(text, speaker, role):
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [(speaker, role)]


@pytest.mark.parametrize(
    "text, role",
    [
        ("أما تجار شارع عمر المختار في طرابلس فقالوا إن الأسعار ارتفعت.", "تجار شارع عمر المختار في طرابلس"),
        ("أما سائقو سيارات الأجرة فيقولون إن الوقود نفد.", "سائقو سيارات الأجرة"),
        ("أما أصحاب المحطات المرخصة فأكدوا أن الوقود متوفر.", "أصحاب المحطات المرخصة"),
        # up to a verb of what they do, or who met them
        ("أما مواطن قطري كان يتسوق برفقة ابنه فقال إن الأسعار مرتفعة.", "مواطن قطري"),
        ('أما زوار التقتهم "الوطن" من حلب وحمص فقالوا إن المعرض جيد.', "زوار"),
    ],
)
def test_people_described_as_the_topic_of_amma_speak_unnamed_with_that_role(text, role):
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, role)]


def test_the_one_asked_by_one_of_the_audience_answers():
    text = (
        "قبل أن يصعد المخرج سامر العلي إلى المسرح.\n"
        "وحين سألته إحدى الحاضرات عمّا إذا كان يخشى على عائلته، أجاب: «الخوف رافقنا طوال التصوير»."
    )
    assert [q.speaker.text for q in _article(text).quotes] == ["سامر العلي"]


def test_a_named_one_as_the_topic_of_amma_is_no_one_unnamed():
    text = 'أما بائع السمك أبو علي في سوق باب الطوب فقال إن الباعة "ضحايا مثل المستهلك" لأن الكهرباء لا تصل.'
    assert {(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes} == {("أبو علي", "بائع السمك")}


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("لكن المزارع سليماني مكوا طالب بأن تُخفّض الرسوم التي تقتطعها التعاونيات.", "سليماني مكوا", "المزارع"),
        ("غير أن الخبيرة الزراعية هيلينا تسفاو ترى أن التعافي ما زال بطيئاً.", "هيلينا تسفاو", "الخبيرة الزراعية"),
    ],
)
def test_a_title_then_a_name_the_entities_stage_missed_before_the_verb(text, name, role):
    assert [(q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes] == [(name, role)]


def test_people_described_before_the_verb_are_no_name_proposed():
    # a plural subject with its place: no title, no name
    assert [q.speaker for q in _article("لكن المزارعين في القرية طالبوا بأن تُخفّض الرسوم.").quotes] == [None]


def test_a_quoted_or_phrase_after_data_is_a_partial_quote_not_a_body():
    text = (
        "وقالت مديرة إدارة سلامة الغذاء في البلدية، مريم الشامسي، إن الشحنات الأخرى حملت بطاقات "
        'بيانات "مضللة أو ناقصة".'
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text) for q in quotes] == [("indirect", "مريم الشامسي"), ("direct", "مريم الشامسي")]
    assert text[quotes[1].content.start : quotes[1].content.end] == "مضللة أو ناقصة"


def test_the_platform_named_back_speaks_for_the_one_named_in_marks():
    text = (
        'وقّعت منصة الحجوزات الإماراتية "رحّال" اتفاقية شراكة مع مجموعة فنادق في دبي.\n'
        "وأعلنت المنصة في بيان أن الصفقة تشمل برنامج ولاء مشتركاً."
    )
    assert [q.speaker.text if q.speaker else None for q in _article(text).quotes] == ["رحّال"]


def test_a_name_the_entities_stage_missed_between_commas_after_a_title_of_a_body_speaks():
    text = 'ورئيس جمعية منظمي الحج في باكستان، شاهد إقبال مرزا، قال في حديث لقناة محلية إن القرار "اتُّخذ دون تشاور".'
    assert {(q.speaker.text, q.role) for q in _article(text).quotes} == {("شاهد إقبال مرزا", "رئيس جمعية منظمي الحج في باكستان")}
    # what is set off by the commas is no name: the body stays
    text = "ورئيس جمعية منظمي الحج في باكستان، في حديث لقناة محلية، قال إن القرار اتخذ."
    assert [q.speaker.text for q in _article(text).quotes] == ["جمعية منظمي الحج"]


def test_the_last_part_of_a_quote_split_by_its_cue_may_be_short():
    text = "«الإيجار تضاعف في سنتين، والزبائن لا يدفعون أكثر»، قال الحداد سليم عواد، صاحب ورشة في السوق القديم، «فماذا أفعل؟»."
    quotes = _article(text).quotes
    assert [text[q.content.start : q.content.end] for q in quotes] == ["الإيجار تضاعف في سنتين، والزبائن لا يدفعون أكثر", "فماذا أفعل؟"]
    assert {q.speaker.text for q in quotes} == {"سليم عواد"}
    # a short name in marks after the cue, with no comma before it, is no part of the quote
    text = "«الإيجار تضاعف في سنتين، والزبائن لا يدفعون أكثر»، قال الحداد في حديث لصحيفة «الغد»."
    assert len(_article(text).quotes) == 1


def test_a_body_named_back_by_a_noun_that_is_also_a_title_speaks_in_the_participle():
    text = (
        "تنظم أكاديمية دبي للفنون معرضاً لطلابها الأسبوع المقبل.\n"
        "وقالت الباحثة في الأكاديمية هدى المري إن الأعمال متنوعة.\n"
        "ودعت الأكاديمية الزوار إلى الحجز المبكر، مشيرة إلى أن المقاعد محدودة."
    )
    quotes = _article(text).quotes
    assert quotes[-1].speaker is not None and quotes[-1].speaker.text == "أكاديمية دبي للفنون"


def test_the_subject_then_what_he_does_as_he_speaks_before_the_colon():
    text = (
        "يقول الصياد حمد الكعبي إن الموسم كان صعباً.\n"
        'ويختم الكعبي وهو يطوي شباكه: "البحر لم يعد كما كان".'
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text) for q in quotes] == [("indirect", "حمد الكعبي"), ("direct", "الكعبي")]


def test_the_body_named_in_marks_after_its_description_goes_on_in_a_later_verb_of_the_sentence():
    text = 'لكن الشركة المشغلة للتطبيق، «سهل باي»، أرجعت في بيان منفصل سبب الخلل إلى مزود الخدمة، وقالت إن الأنظمة "عادت للعمل".'
    assert {q.speaker.text if q.speaker else None for q in _article(text).quotes} == {"سهل باي"}


def test_a_company_named_again_by_the_common_first_word_of_its_name_speaks():
    text = (
        'يعتصم عمال مصنع "السلام للأنابيب البلاستيكية" منذ أسبوع.\n'
        "وأعلنت شركة السلام في بيان أنها ستصرف راتب شهر واحد."
    )
    quotes = _article(text).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["السلام"]


def test_ali_after_said_is_a_name_not_the_preposition():
    quotes = _article("التقت الصحيفة بعدد من الباعة في السوق. وقال علي إن الأسعار ارتفعت كثيراً هذا الشهر.").quotes
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [("indirect", "علي")]
    # «أكد على أن» insists: no one named
    quotes = _article("التقت الصحيفة بعدد من الباعة. وأكد على أن الأسعار ارتفعت كثيراً هذا الشهر.").quotes
    assert all(q.speaker is None for q in quotes)


def test_the_topic_of_amma_named_earlier_speaks_not_the_last_speaker():
    text = (
        "وتُوّج الأردني سامر الخطيب باللقب بعد فوزه على الأسترالي دين ماكبرايد بثلاثة أشواط.\n"
        "وقال الخطيب إن المباراة كانت صعبة.\n"
        "أما ماكبرايد فاعتبر أن الحكم أخطأ في النقطة الحاسمة."
    )
    assert [q.speaker.text if q.speaker else None for q in _article(text).quotes][-1] == "ماكبرايد"
    # the foreign name the entity stage missed: the topic is still the one who speaks
    quotes, _, _ = _run(text, [("PERSON", "سامر الخطيب")])
    assert _show(text, quotes[-1])[2] == "ماكبرايد"


def test_one_of_a_group_set_off_after_the_name_is_the_role():
    text = "وقال سامي الدباغ، أحد منظمي الاعتصام، إن العمال لن يغادروا المصنع قبل صرف أجورهم."
    quotes = _article(text).quotes
    assert [(q.speaker.text, q.role) for q in quotes] == [("سامي الدباغ", "أحد منظمي الاعتصام")]
    text = "وقالت نادية بركات، إحدى المتطوعات في الجمعية، إن الإقبال فاق التوقعات."
    assert [q.role for q in _article(text).quotes] == ["إحدى المتطوعات في الجمعية"]


def test_a_controller_and_a_liquidator_are_titles_and_a_liquidator_unnamed_is_no_one_else():
    text = "وقال مراقب عام الشركات حسان الخطيب لرويترز إن الشركة ستخضع للتصفية."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("حسان الخطيب", "مراقب عام الشركات")]
    text = "وأكد المصفي المعيّن رضا بن صالح أن أجور العمال ستُصرف أولاً."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("رضا بن صالح", "المصفي المعيّن")]
    text = (
        "وقال رئيس نقابة العمال كمال الهمامي إن العمال لن يغادروا المصنع.\n"
        "ونُقل عن المصفّي القضائي أن بيع المعدات سيتم عبر مزاد علني."
    )
    quotes = _article(text).quotes
    # (the liquidator is not the union's head who spoke before him)
    assert [(q.speaker.text if q.speaker else None, q.role) for q in quotes][-1] == (None, "المصفّي القضائي")


def test_the_grounds_of_a_judgement_are_no_part_of_the_judges_role():
    quotes = _article("وقال القاضي في حيثيات الحكم إن الخطة تحمي حقوق صغار الدائنين.").quotes
    assert [(q.speaker, q.role) for q in quotes] == [(None, "القاضي")]


def test_a_platform_named_in_marks_speaks_as_a_frames_source():
    text = (
        'أطلقت منصة "دربي" الأردنية خدمة توصيل جديدة للطلبة الشهر الماضي.\n'
        "ووفقاً للمنصة، فإن عدد المستخدمين تجاوز 40 ألفاً."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text if q.speaker else None) for q in quotes] == [("according_to", "دربي")]


def test_a_calling_then_a_word_before_the_wish_to_stay_unnamed_is_no_name():
    text = "ويقول حارس حراج طلب عدم ذكر اسمه إن عشرة حراس فقط يراقبون الغابة كلها."
    quotes = _article(text).quotes
    assert [(q.speaker, q.role) for q in quotes] == [(None, "حارس حراج")]


def test_a_bodys_name_in_marks_between_the_title_and_the_name_is_part_of_the_title():
    # (the demand is no quote: the role comes from the name's own sentence, not from a verb of saying)
    text = 'ودعا رئيس جمعية "أصدقاء الوادي" سليم حداد إلى حماية الأشجار، مؤكداً أن السكان "أول من يرى الدخان".'
    assert {(q.speaker.text, q.role) for q in _article(text).quotes} == {("سليم حداد", 'رئيس جمعية "أصدقاء الوادي"')}


def test_among_the_residents_set_off_after_the_name_is_the_role():
    text = "وتقول أم سامر، من سكان حي الميدان، إنها تعتمد على التطبيقات في تنقلاتها اليومية."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("أم سامر", "من سكان حي الميدان")]


def test_people_named_with_the_article_by_what_they_do_as_the_topic_of_amma():
    text = "أما العاملون في المصنع فيؤكدون أنهم لم يتقاضوا رواتبهم منذ ثلاثة أشهر."
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, "العاملون في المصنع")]


def test_one_left_unnamed_before_the_verb_with_an_aside_keeps_the_description():
    text = "لكن أحد صغار المساهمين، وهو متقاعد من عمّان، قال: «خسرنا مدخرات عمرنا في هذه الشركة»."
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, "أحد صغار المساهمين")]


def test_one_of_these_with_an_aside_is_what_the_aside_says():
    text = (
        "ويقول سكان في الحي إن مندوبي الشركة كانوا يطرقون الأبواب.\n"
        "أحد هؤلاء، وهو موظف متقاعد طلب عدم ذكر اسمه، قال: خسرت مدخراتي كلها في هذه الشركة."
    )
    assert [(q.speaker, q.role) for q in _article(text).quotes][-1] == (None, "موظف متقاعد")


def test_the_fa_answering_amma_is_no_part_of_the_topics_role():
    text = "أما المزارعون في الوادي فقد أكدوا أن المياه لم تصل إلى حقولهم منذ أسبوعين."
    assert [(q.speaker, q.role) for q in _article(text).quotes] == [(None, "المزارعون في الوادي")]


def test_a_calling_before_a_name_in_marks_is_the_bodys_kind_not_the_holders_title():
    # (the title read from the name's own sentence: no verb of saying before it)
    text = 'وأشرفت المدربة في أكاديمية "الأبطال" سلمى يوسف على التمارين، مؤكدةً أن اللاعبات يتدربن ست ساعات يومياً.'
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("سلمى يوسف", 'المدربة في أكاديمية "الأبطال"')]


def test_a_given_name_with_the_article_after_a_bodys_complement_is_the_holders_name():
    text = "إذ قال رئيس الغرفة الوطنية لأصحاب المخابز الهادي القلال إن الأسعار لن ترتفع هذا العام."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("الهادي القلال", "رئيس الغرفة الوطنية لأصحاب المخابز")]
    # (a definite word that is no given name still belongs to the body)
    text = "وقال رئيس الجمعية الوطنية لأصحاب المخابز التقليدية سامي القلال إن الأسعار لن ترتفع."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("سامي القلال", "رئيس الجمعية الوطنية لأصحاب المخابز التقليدية")]


def test_a_trustee_in_bankruptcy_is_a_title_not_the_given_name_amin():
    text = "وبيّن أمين التفليسة المهندس فيصل الرشيدي أن إجمالي المطالبات المقبولة بلغ 212 مليون دينار."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("فيصل الرشيدي", "أمين التفليسة")]
    text = "وقال أمين إعادة الهيكلة المعيّن من المحكمة، مارك ويلسون، إن الخطة تمنح الشركة خمس سنوات."
    assert [q.speaker.text for q in _article(text).quotes] == ["مارك ويلسون"]


def test_a_verbal_noun_after_a_title_is_no_name():
    text = "وقال وكيل الإعسار المعيّن رامي الصمادي لرويترز إن قيمة الأصول لا تغطي سوى ثلث المطالبات."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("رامي الصمادي", "وكيل الإعسار المعيّن")]


def test_ali_written_with_its_ya_after_a_titles_complement_is_a_name():
    text = "وقال مدير عام الهيئة علي وهاب، في مؤتمر صحفي ببغداد، إن هذه الشركات تحقق أرباحاً كبيرة."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("علي وهاب", "مدير عام الهيئة")]


def test_hoping_on_a_platform_is_no_report():
    # (writing on a platform reports: «كتب … على منصة إكس أن»)
    text = 'وأعرب مغردون على منصة "إكس" عن أملهم في أن تعيد البلدية فتح الحديقة قبل الصيف.'
    assert _article(text).quotes == []
    text = "وكتب النائب سمير داود على منصة إكس أن الحكومة ستعيد فتح الحديقة قبل الصيف."
    assert [q.speaker.text for q in _article(text).quotes] == ["سمير داود"]


def test_an_outlet_in_marks_before_the_colon_is_spoken_to_not_quoted():
    text = (
        "وقال المزارع ياسر القاضي إن المحصول تراجع هذا العام.\n"
        'وأضاف لـ"بي بي سي عربي": «لم نرَ موسماً بهذا الجفاف منذ عشرين عاماً، والديون تتراكم علينا».'
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.content.text[:12], q.speaker.text) for q in quotes] == [
        ("indirect", "المحصول تراج", "ياسر القاضي"),
        ("direct", "لم نرَ موسما", "ياسر القاضي"),
    ]


def test_speaking_to_someone_before_the_colon_is_how_the_verb_said_it():
    text = "وقال رئيس نقابة الصيادين في صور خليل طه، متحدثاً إلى الصيادين عند الميناء: «لن نبحر قبل أن تدفع الوزارة التعويضات المستحقة»."
    assert [(q.kind, q.speaker.text, q.role) for q in _article(text).quotes] == [("direct", "خليل طه", "رئيس نقابة الصيادين في صور")]


def test_a_foreign_name_after_a_title_then_the_press_or_the_occasion():
    # (names whose words are also words: «سري» secret)
    text = "وقالت المتحدثة باسم الهيئة سري ويداياتي للصحفيين: «لم نسجل أضراراً كبيرة حتى الآن»."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("سري ويداياتي", "المتحدثة باسم الهيئة")]
    text = "وقال مدير المرفأ سري ويداياتي خلال حفل الافتتاح إن الرصيف الجديد سيستقبل السفن الشهر المقبل."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("سري ويداياتي", "مدير المرفأ")]


def test_a_manner_and_its_adjective_after_a_subjectless_verb_is_no_subject():
    text = (
        "يقول الصياد حمدان الشحي إن البحر لم يعد كما كان.\n"
        "ويضيف بنبرة حزينة: «كنا نعود بالقارب ممتلئاً، واليوم نعود بنصفه»."
    )
    assert [q.speaker.text for q in _article(text).quotes] == ["حمدان الشحي", "حمدان الشحي"]


def test_a_platforms_figures_as_a_frames_source_name_the_platform():
    text = (
        'وجمعت الجمعية 400 ألف درهم عبر منصة "سند" للتبرعات خلال شهر واحد.\n'
        "وبحسب بيانات المنصة، فإن أكثر من 9 آلاف متبرع شاركوا في الحملة."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text) for q in quotes] == [("according_to", "سند")]


def test_by_her_estimate_at_the_end_is_no_part_of_the_report():
    text = "وتؤكد الباحثة منى راشد أن نصف المشاريع الصغيرة تغلق خلال عامين، بحسب تقديرها."
    assert [q.content.text for q in _article(text).quotes] == ["نصف المشاريع الصغيرة تغلق خلال عامين"]


def test_a_frame_between_the_subject_and_its_conjunction_is_no_quote_of_its_own():
    text = "وقال الخبير سامر عيسى، في رأيه، إن الأسعار ستنخفض بعد الحصاد."
    assert [(q.kind, q.content.text) for q in _article(text).quotes] == [("indirect", "الأسعار ستنخفض بعد الحصاد")]


def test_ali_after_a_calling_right_after_the_verb_is_a_name():
    text = "ويقول الحارس علي سلامة إنه لم يتقاض راتبه منذ شهرين."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("علي سلامة", "الحارس")]


def test_a_name_in_marks_before_a_feminine_verb_of_saying_is_a_body():
    text = (
        'ويشكو السائقون من العمولات التي يفرضها تطبيق "سريع" على كل رحلة.\n'
        'لكن "سريع" أكدت في بيان أن العمولات لم تتغير منذ عامين.'
    )
    rec = _article(text)
    assert [(q.speaker.text, q.speaker_key.split(":")[0]) for q in rec.quotes] == [("سريع", "ORG")]
    # (the clause «but» opens after a comma)
    text = 'ولم يرد المكتب الإقليمي على أسئلتنا حتى الآن، لكن "سريع" أكدت في بيان أن العمولات لم تتغير منذ عامين.'
    assert [q.speaker.text for q in _article(text).quotes] == ["سريع"]


def test_a_person_after_but_goes_on_speaking_after_and():
    text = (
        "ويعمل النجار سليم الحداد في ورشته منذ أربعين عاماً.\n"
        "وأعلنت مديرية الأسواق في المحافظة خطة لتأهيل السوق القديم، غير أن الحداد يبدو غير مقتنع، ويقول: «الخطط كثيرة والتنفيذ قليل»."
    )
    rec = _article(text)
    first = next(m for m in rec.mentions if m.text == "سليم الحداد")
    assert [q.speaker_key for q in rec.quotes] == [first.entity_key]



def test_the_office_of_an_envoy_or_a_commissioner_is_a_body():
    text = "وقال مكتب المبعوث الخاص في بيان إن جولة المحادثات المقبلة ستعقد في جنيف."
    assert [q.speaker.text for q in _article(text).quotes] == ["مكتب المبعوث الخاص"]


def test_also_announced_with_a_thing_after_its_subject_attributes_nothing():
    text = "وافتتح المعرض أبوابه بمشاركة 80 داراً للنشر، كما أعلنت جمعية الناشرين إطلاق جائزة سنوية للكتاب الأول."
    assert _article(text).quotes == []
    # (the source alone after «كما» attributes the clause before it)
    text = "وافتتح المعرض أبوابه بمشاركة 80 داراً للنشر، كما أعلنت جمعية الناشرين أمس."
    assert [(q.kind, q.speaker.text) for q in _article(text).quotes] == [("according_to", "جمعية الناشرين")]


def test_closing_her_talk_with_advice_before_a_colon():
    text = (
        "وتقول المعلمة سلوى حداد إن التجربة غيّرت نظرتها إلى التعليم.\n"
        "وتختم حداد حديثها بنصيحة للطلاب: لا تؤجلوا المراجعة إلى الأسبوع الأخير قبل الامتحان."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.content.text[:10]) for q in quotes] == [("indirect", "التجربة غي"), ("direct", "لا تؤجلوا ")]
    assert len({q.speaker_key for q in quotes}) == 1


def test_a_pronoun_frame_after_a_short_subject_then_marked_words_to_the_end():
    text = (
        "ويرى المحلل سامر خليل أن السوق تمر بمرحلة صعبة.\n"
        "فالمستثمرون، على حد تعبيره، «ينتظرون إشارة واضحة من البنك المركزي»."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.content.text) for q in quotes][1:] == [("direct", "ينتظرون إشارة واضحة من البنك المركزي")]
    assert quotes[1].speaker.text == "سامر خليل"


def test_an_adjective_the_model_reads_as_a_body_after_the_company_is_no_speaker():
    text = "بدورها، أكدت الشركة الوكيلة أنها بدأت التواصل مع العملاء عبر الرسائل النصية."
    rec = _article(text)
    assert not any("الوكيلة" in m.text for m in rec.mentions)
    assert [q.speaker for q in rec.quotes] == [None]


def test_the_maker_of_a_work_is_a_title():
    text = 'وأكد منتج المسلسل هلال البطاشي لـ"أثير" أن الموسم الثاني سيعرض في رمضان.'
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("هلال البطاشي", "منتج المسلسل")]


def test_a_titled_name_then_an_outlet_of_two_words_in_marks():
    text = 'وقالت مديرة الحاضنة وجدان بن سالم لـ"الصباح نيوز" إن الانتقال إلى فضاء مشترك خفّض الكلفة.'
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("وجدان بن سالم", "مديرة الحاضنة")]


def test_an_entrepreneur_before_a_name_the_model_missed():
    text = "من جهتها، تقول رائدة الأعمال بشرى الكعبية، التي تدير متجراً إلكترونياً للعطور، إن الرسوم الجديدة مرتفعة."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("بشرى الكعبية", "رائدة الأعمال")]


def test_a_common_word_opens_a_foreign_name_after_a_title():
    text = "وقال نائب رئيس البلدية إمره أوزتشليك خلال حفل الافتتاح إن الجسر سيخفف الزحام."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("إمره أوزتشليك", "نائب رئيس البلدية")]
    # (not a nisba adjective after «مسؤول»: an unnamed official)
    text = "ونُقل عن مسؤول أمني تونسي في المعبر قوله إن الحركة عادت إلى طبيعتها."
    assert [q.speaker for q in _article(text).quotes] == [None]


def test_amma_a_name_then_what_she_does_set_off_by_commas():
    text = "أما سعاد المرزوقي، الموظفة في شركة تأمين، فتقول: “ندفع اليوم ضعف ما كنا ندفعه قبل عامين”."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("سعاد المرزوقي", "الموظفة في شركة تأمين")]
    # (a name the entities stage missed, «السيد» a common word)
    text = "أما هدى السيد، الموظفة في شركة تأمين، فتقول: “ندفع اليوم ضعف ما كنا ندفعه قبل عامين”."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("هدى السيد", "الموظفة في شركة تأمين")]
    # (a colleague described, then the name set off by commas, speaks)
    text = 'أما زميلها في المختبر، الباحثة الأردنية رنا الخطيب، فترى أن "النتائج ما زالت أولية".'
    assert [q.speaker.text for q in _article(text).quotes] == ["رنا الخطيب"]


def test_her_turn_then_a_verb_whose_subject_names_back_the_body():
    text = (
        "أعلنت الهيئة الوطنية للرقابة المالية أن القواعد الجديدة ستُطبق مطلع العام.\n"
        "وقال الخبير سامي عودة إن الشركات تحتاج إلى وقت أطول.\n"
        "من جهتها، شددت الهيئة على ضرورة التزام الشركات بالمواعيد، مشيرة إلى أن المخالفين سيدفعون غرامات."
    )
    quotes = _article(text).quotes
    assert quotes[-1].content.text == "المخالفين سيدفعون غرامات"
    assert quotes[-1].speaker_key == quotes[0].speaker_key


def test_a_body_then_its_place_joined_by_ba_before_the_verb():
    text = "غير أن رابطة مربي النحل بالمغرب اعتبرت، في بيان، أن القرار سيضر بصغار المنتجين."
    assert [q.speaker.text for q in _article(text).quotes] == ["رابطة مربي النحل"]


def test_transmitted_from_a_body_the_entities_stage_missed():
    text = "ونُقل عن مصلحة الأوزان والمقاييس أن عدد الموازين المخالفة تراجع هذا العام."
    assert [q.speaker.text for q in _article(text).quotes] == ["مصلحة الأوزان والمقاييس"]


def test_amma_pharmacists_of_a_quarter_speak_unnamed():
    text = (
        "ونُقل عن المتحدث باسم وزارة الصحة، علي الحسناوي، أن الوزارة أغلقت 10 صيدليات.\n"
        "أما صيادلة حي المنصور فيقولون إن الطلب على الدواء تضاعف."
    )
    rec = _article(text)
    assert not any(m.text == "فيقولون" for m in rec.mentions)
    assert [(q.speaker, q.role) for q in rec.quotes][1:] == [(None, "صيادلة حي المنصور")]


def test_olfa_is_a_given_name():
    text = "وتقول الباحثة في المعهد، الدكتورة ألفة الزواري، إن استهلاك الملح مرتفع."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("ألفة الزواري", "الباحثة في المعهد")]


def test_an_expected_at_the_end_of_a_sentence_leaves_the_next_sentence_cue():
    text = (
        "وارتفعت أرباح المصارف في الربع الثالث بأفضل من المتوقع.\n"
        "من جانبهم، يشير مستثمرون أفراد إلى أن أسهم البنوك باتت جذابة."
    )
    assert [(q.kind, q.content.text, q.role) for q in _article(text).quotes] == [
        ("indirect", "أسهم البنوك باتت جذابة", "مستثمرون أفراد")
    ]
    # (within its sentence «من المتوقع أن» still reports no one)
    assert _article("ومن المتوقع أن ترتفع الأسعار في الربع المقبل.").quotes == []


def test_a_nisba_after_a_title_opens_no_name():
    text = 'وصرح دبلوماسي غربي معتمد في القاهرة " المحادثات كانت مثمرة " .'
    assert [q.speaker for q in _article(text).quotes] == [None]


def test_a_name_after_tudaa_is_a_name_even_unknown():
    text = "وقالت ممرضة من حمص تُدعى لمار في منشور على حسابها: \"عملنا ثلاث نوبات متتالية بلا راحة\"."
    rec = _article(text)
    assert [(q.speaker.text, q.role) for q in rec.quotes] == [("لمار", "ممرضة من حمص")]
    # («ما يسمى بـ…» names nothing: «يسمى» is left out)
    assert not any(m.label == "PERSON" for m in _article("وانتشر ما يسمى بالاقتصاد الموازي في المدن.").mentions)


def test_the_member_for_a_parliamentary_group_with_a_joined_name():
    text = "وقال النائب عن فريق الأصالة والمعاصرة محمد الوردي إن الحكومة تأخرت في صرف الدعم."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [
        ("محمد الوردي", "النائب عن فريق الأصالة والمعاصرة")
    ]


def test_a_noun_and_a_plural_adjective_of_kind_are_people_unnamed():
    text = 'في المقابل، يرى سماسرة عقاريون تحدثت إليهم "الوطن" أن الرسوم الجديدة مرتفعة.'
    rec = _article(text)
    assert [(q.speaker, q.role) for q in rec.quotes] == [(None, "سماسرة عقاريون")]
    # («قالت جانغ للصحافيين»: a name before ل + a plural in ين stays a name)
    rec = _article("«لم أصدق النتيجة»، قالت سونغ للصحافيين بعد السباق.\nوكانت المتزلجة الكورية سونغ هي يون قد فازت.")
    assert [q.speaker.text for q in rec.quotes] == ["سونغ"]


def test_a_bloc_named_in_marks_is_no_quote():
    text = 'وأعلنت كتلة "صوت الجنوب الحر" تعليق حضورها جلسات لجنة الموازنة حتى إشعار آخر.'
    rec = _article(text)
    assert rec.quotes == []
    assert [m.text for m in rec.mentions if m.label == "ORG"] == ["صوت الجنوب الحر"]


def test_a_modal_with_wa_owns_its_an():
    text = 'وكشفت الوزارة عن تطبيق جديد باسم "نقاء" يعرض قراءات التلوث، ويمكن أن يستخدمه السكان مجاناً.'
    assert _article(text).quotes == []


def test_a_complex_named_by_its_lil_complement_speaks():
    text = (
        "واحتج سكان الحي على الدخان المتصاعد من مجمع الرمال للإسمنت والجبس.\n"
        "في المقابل، أكدت إدارة المجمع في بيان أنها ركبت مرشحات جديدة."
    )
    rec = _article(text)
    assert [q.speaker_key for q in rec.quotes] == [next(e.key for e in rec.entities if e.name == "مجمع الرمال للإسمنت والجبس")]
    # (not a shopping complex)
    assert not any(m.label == "ORG" for m in _article("وافتتح مجمع تجاري جديد في المدينة.").mentions)


def test_a_titled_person_named_back_by_a_long_title():
    # (her answer runs over three sentences and a paragraph: she is no longer the last speaker
    # two sentences back; «الباحثة» names her back by the title she was introduced with)
    text = (
        "مياه الواحات في خطر\n"
        "حاورنا الباحثة في المركز الوطني للبحوث الزراعية بالواحات (CRRAO) سناء القاسمي حول حجم الظاهرة.\n"
        "كم بئراً جفت هذا العام؟\n"
        "تجيب القاسمي: «أكثر من أربعين بئراً في واحة واحدة. السبب الضخ الجائر. المزارعون لا يملكون بديلاً.\n"
        "«وقد بدأنا برنامجاً لتدريبهم على الري بالتنقيط».\n"
        "وتشدد الباحثة على أن ترشيد الري هو الحل الأسرع."
    )
    rec = _article(text)
    assert [q.speaker.text if q.speaker else None for q in rec.quotes] == ["القاسمي", "القاسمي"]


def test_a_page_in_marks_on_a_platform_inside_the_subject():
    text = (
        'وقالت منى الخطيب، مؤسسة صفحة "آباء وأمهات ضد الغلاء" على فيسبوك، إن الأسعار "ارتفعت بلا أي رقابة".'
    )
    rec = _article(text)
    assert [(q.kind, q.content.text) for q in rec.quotes] == [
        ("indirect", 'الأسعار "ارتفعت بلا أي رقابة"'),
        ("direct", "ارتفعت بلا أي رقابة"),
    ]


def test_a_mother_of_someone_described_is_no_name():
    text = '"ننتظر منذ الظهر"، تقول أم لطفل مصاب بالحمى، قبل أن تضيف: "لا أحد يخبرنا بشيء".'
    rec = _article(text)
    assert not any(m.label == "PERSON" for m in rec.mentions)
    assert [q.speaker for q in rec.quotes] == [None, None]


def test_a_place_named_after_a_king_is_no_speaker():
    text = (
        "وتقول أخصائية الأشعة في مدينة الملك فهد الطبية الدكتورة سلمى العنزي إن قوائم الانتظار طويلة.\n"
        "وترى العنزي أن الحل في افتتاح مراكز جديدة."
    )
    rec = _article(text)
    role = "أخصائية الأشعة في مدينة الملك فهد الطبية"
    assert [(q.speaker.text, q.role) for q in rec.quotes] == [("سلمى العنزي", role), ("العنزي", role)]


def test_a_family_name_that_is_a_word_closing_his_words():
    text = (
        "وصرّح مدير المستشفى الدكتور سامر الأمين لصحيفة محلية بأن القسم يستقبل 500 مراجع يومياً.\n"
        "وختم الأمين حديثه بالقول: المستشفى لا يرد أي مريض."
    )
    rec = _article(text)
    assert [q.speaker.text for q in rec.quotes] == ["سامر الأمين", "الأمين"]


def test_amma_a_title_a_body_its_place_and_an_honorific_then_the_name():
    text = "أما استشاري طب الأطفال في مجمع الشفاء للرعاية الصحية بالرياض الدكتور فهد المطيري، فيرى أن الحملات مفيدة."
    rec = _article(text)
    assert [(q.speaker.text, q.role) for q in rec.quotes] == [
        ("فهد المطيري", "استشاري طب الأطفال في مجمع الشفاء للرعاية الصحية بالرياض")
    ]


def test_gulf_given_names():
    text = "ويقول مربي الأغنام مفلح الحربي: «الأعلاف لا تكفي لأسبوع»."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("مفلح الحربي", "مربي الأغنام")]


def test_according_to_the_report_names_back_its_issuer_given_with_la():
    text = (
        "كشف التقرير السنوي لهيئة الرقابة الإدارية عن مخالفات في 14 عقداً حكومياً.\n"
        "ووفقاً للتقرير، فإن إحدى البلديات دفعت لمقاول ثمن أشغال لم تنجز."
    )
    rec = _article(text)
    assert [q.speaker.text for q in rec.quotes if q.kind == "according_to"] == ["هيئة الرقابة الإدارية"]



def test_tabaa_with_the_occasion_then_a_colon():
    text = (
        "وأوضحت مديرة المحطة هالة الشريف أن الصيانة ستنتهي قريباً.\n"
        'وتابعت في تصريح للصحافة: "خزّنا كميات إضافية من الوقود منذ شهرين تحسباً لهذه المرحلة".'
    )
    rec = _article(text)
    assert [(q.kind, q.speaker.text) for q in rec.quotes] == [("indirect", "هالة الشريف"), ("direct", "هالة الشريف")]


def test_a_name_in_marks_whose_first_word_is_a_stop_word():
    # («كي» opens the company's name, not a clause: the verb still reaches its conjunction)
    text = 'وقالت شركة "كي باور" في بيان إن الانقطاعات تطال الأحياء التي ترتفع فيها سرقة التيار.'
    assert [q.speaker.text for q in _article(text).quotes] == ["كي باور"]


def test_a_reservation_after_a_comma_goes_on_with_the_report():
    text = "وقال مدير الدفاع المدني سامي العلي إن الجهاز يعمل على تعيين 120 منقذاً، غير أن الميزانية لم تُعتمد بعد."
    assert [q.content.text for q in _article(text).quotes] == [
        "الجهاز يعمل على تعيين 120 منقذاً، غير أن الميزانية لم تُعتمد بعد"
    ]
    # (another's report after it still ends it)
    text = "وقال الوزير إن المشروع سيكتمل هذا العام، غير أن مصادر في الوزارة قالت إن التمويل غير متوفر."
    assert _article(text).quotes[0].content.text == "المشروع سيكتمل هذا العام"


def test_a_quoted_clause_with_the_speakers_pronouns_is_no_name():
    text = (
        'وتقول سلمى الحارثي، وهي موظفة حكومية، إن موظفي المصرف "تعاملوا معي وكأنني أنا المخطئة".\n'
        "أما المصرف، الذي طلب عدم ذكر اسمه، فأكد في رد مكتوب أنه يعوّض العملاء متى ثبت عدم تقصيرهم."
    )
    rec = _article(text)
    assert not any(m.text.startswith("تعاملوا") for m in rec.mentions)
    # (the bank asked not to be named: it speaks unnamed)
    assert [q.speaker for q in rec.quotes if q.cue.text == "فأكد"] == [None]


def test_a_name_with_its_own_title_next_is_not_the_unnamed_title_holder_before():
    # an unnamed director, then a man named with another title: two people («صرح السفير … ان» .
    # «وقال دان غيلرمان» with no title of his own is still read as the ambassador named next)
    text = (
        "وقال مدير الغرفة التجارية في إسطنبول إن الصادرات ارتفعت بنسبة 12 في المئة.\n"
        "وقال سامي الخطيب، رئيس الاتحاد، إن الطلب قوي."
    )
    rec = _article(text)
    first = rec.quotes[0]
    assert first.content.text.startswith("الصادرات")
    assert first.speaker is None or first.speaker.text != "سامي الخطيب"
    assert [(q.speaker.text, q.role) for q in rec.quotes[1:]] == [("سامي الخطيب", "رئيس الاتحاد")]


def test_an_outlet_that_kept_its_lam_lam_after_a_role_is_spoken_to():
    # «للأناضول» after «الناطق باسم الجهاز»: the agency he spoke to, neither the speaker nor a word of his role
    text = (
        "وقال الناطق باسم الجهاز للأناضول إن الشبكة تضم ليبيين وأجانب.\n"
        "وقالت الباحثة في مركز كارنيغي للشرق الأوسط سلمى الخطيب إن التمويل لن يصل قريباً."
    )
    rec = _article(text)
    first, second = rec.quotes
    assert first.speaker is None or "أناضول" not in first.speaker.text
    assert first.role is None or "أناضول" not in first.role
    # (a body's name that goes on with «للـ» keeps it: «مركز كارنيغي للشرق الأوسط»)
    assert second.speaker.text == "سلمى الخطيب"
    assert second.role == "الباحثة في مركز كارنيغي للشرق الأوسط"


def test_a_present_verb_with_its_own_colon_after_those_spoken_to_starts_a_new_quote():
    text = (
        'وترى المحللة المالية رنا العبيدي أن الطرح "جاء في توقيت صعب"، وتوضح لـ"الاقتصادية": '
        "“المستثمرون يريدون أرباحاً أوضح. وهذا ما ننتظره من الشركة”."
    )
    rec = _article(text)
    got = [(q.kind, q.cue.text, q.content.text) for q in rec.quotes]
    assert ("indirect", "وترى", 'الطرح "جاء في توقيت صعب"') in got
    assert ("direct", "وتوضح", "المستثمرون يريدون أرباحاً أوضح. وهذا ما ننتظره من الشركة") in got
    assert all(q.speaker.text == "رنا العبيدي" for q in rec.quotes)


def test_a_name_in_marks_after_the_frames_opener_starts_what_it_says():
    # (before «فإن» a short name in marks is the source's own; after it, the clause's subject)
    text = 'ووفقاً لبيانات هيئة السوق المالية، فإن "الراجحي المالية" استحوذت على ربع التداولات خلال الشهر.'
    (q,) = _article(text).quotes
    assert q.kind == "according_to"
    assert q.content.text == '"الراجحي المالية" استحوذت على ربع التداولات خلال الشهر'
    assert q.speaker.text == "هيئة السوق المالية"



def test_marks_right_after_the_occasion_of_speaking_are_the_speakers_words():
    text = 'وقال محمد العبار مؤسس الشركة في بيان "نحن متفائلون بآفاق السوق".'
    assert [(q.kind, q.speaker.text, q.content.text) for q in _article(text).quotes] == [
        ("direct", "محمد العبار", "نحن متفائلون بآفاق السوق")
    ]
    # (marks after «لـ» name the outlet spoken to)
    text = "«الطلب يتضاعف كل عام»، يقول نائب رئيس الشركة، طارق منصور، في تصريح لـ«سي إن بي سي عربية»."
    assert [q.content.text for q in _article(text).quotes] == ["الطلب يتضاعف كل عام"]


def test_a_title_right_after_the_name_with_no_comma_is_the_role():
    rec = _article("وقال سامي العلي رئيس اتحاد المقاولين إن الطلب على الإسمنت تراجع.")
    assert [(q.speaker.text, q.role) for q in rec.quotes] == [("سامي العلي", "رئيس اتحاد المقاولين")]
    rec = _article("«الطلب قوي هذا العام»، قالت سلمى الخطيب مديرة التسويق في الشركة.")
    assert [(q.speaker.text, q.role) for q in rec.quotes] == [("سلمى الخطيب", "مديرة التسويق في الشركة")]
    # (up to the occasion of speaking or a clause; «أمام» is where he spoke, no title)
    rec = _article("وقال غازي حمد الناطق باسم الحكومة في مؤتمر صحفي إن الوزراء سيجتمعون غداً.")
    assert rec.quotes[0].role == "الناطق باسم الحكومة"
    rec = _article("وقال سامي العلي أمام أنصاره في الساحة إن الحملة ستستمر.")
    assert rec.quotes[0].speaker.text == "سامي العلي" and rec.quotes[0].role is None


def test_a_frame_that_relays_attributes_the_words_to_the_source_after_an():
    text = "وبحسب ما نقلته صحيفة الأهرام عن وزير المالية محمد معيط، فإن العجز سينخفض إلى 6 في المئة."
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker.text, q.role) == ("according_to", "محمد معيط", "وزير المالية")
    text = "وبحسب ما نقلته رويترز عن مصدرين مطلعين، فإن قيمة الصفقة تتجاوز ملياري دولار."
    (q,) = _article(text).quotes
    assert (q.speaker, q.role) == (None, "مصدرين مطلعين")
    # (with no «عن», the outlet is the source)
    text = "وبحسب ما نقلته صحيفة الأهرام، فإن العجز سينخفض إلى 6 في المئة هذا العام."
    assert [q.speaker.text for q in _article(text).quotes] == ["الأهرام"]


def test_a_subjectless_cue_after_an_unnamed_reporter_carries_no_earlier_speaker():
    # «ونفى متحدث …» reports no quote (a verb and its noun), but he is the one who goes on: not
    # the economist quoted two sentences before
    text = (
        "وقال الخبير الاقتصادي مدحت نافع إن التضخم يلتهم أي زيادة في الدخول.\n"
        "ونفى متحدث باسم مجلس الوزراء وجود نية لرفع أسعار الخبز المدعم.\n"
        "كما نفى أن تكون الحكومة قد اتفقت مع صندوق النقد الدولي على خفض الدعم."
    )
    last = _article(text).quotes[-1]
    assert last.content.text.startswith("تكون الحكومة") and last.speaker is None


def test_a_verb_of_suspicion_owns_the_conjunction_after_it():
    text = "وأعلنت الوزارة تشديد الرقابة على شحنات الأسمدة المتجهة إلى دول يُشتبه في أنها تعيد تصديرها إلى السوق السوداء."
    assert _article(text).quotes == []


def test_a_statement_of_the_body_named_before_speaks_for_it():
    for second in (
        "وجاء في بيان صادر عن الوزارة أن الفرق الطبية بدأت حملة تطعيم واسعة.",
        "وجاء في بيان للوزارة أن الفرق الطبية بدأت حملة تطعيم واسعة.",
    ):
        text = "أعلنت وزارة الصحة تسجيل 12 إصابة جديدة بالحصبة.\n" + second
        assert [q.speaker.text for q in _article(text).quotes] == ["وزارة الصحة"]
    # (the statement named in a sentence with no quote: «أعلنت … في بيان تسجيل …»)
    text = "أعلنت وزارة الصحة في بيان تسجيل 12 إصابة جديدة.\nوأضاف البيان أن الفرق الطبية بدأت حملة تطعيم واسعة."
    assert [q.speaker.text for q in _article(text).quotes] == ["وزارة الصحة"]


def test_marks_after_the_pronoun_of_the_conjunction_then_a_present_verb_go_on_with_the_report():
    text = 'وقالت شركة إنفيديا في بيان إنها "ستلتزم بكل القواعد" وتعمل على تقييم أثرها على إيراداتها.'
    got = [(q.kind, q.content.text) for q in _article(text).quotes]
    assert got == [
        ("indirect", '"ستلتزم بكل القواعد" وتعمل على تقييم أثرها على إيراداتها'),
        ("direct", "ستلتزم بكل القواعد"),
    ]


def test_as_a_named_speaker_says_then_the_opener_attributes_the_clause_to_him():
    text = "وكما قال وزير الاقتصاد سامي العلي، فإن الأسواق لا تكافئ الصبر دائماً."
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker.text, q.role, q.content.text) == (
        "according_to", "سامي العلي", "وزير الاقتصاد", "الأسواق لا تكافئ الصبر دائماً"
    )
    # (no one named: the frame goes on with the last speaker, as before)
    text = "وقال الوزير سامي العلي إن الأسعار ستنخفض.\nوكما قال، فإن الأسواق لا تكافئ الصبر دائماً."
    assert [q.speaker.text for q in _article(text).quotes] == ["سامي العلي", "سامي العلي"]


def test_a_participle_after_any_verb_whose_subject_is_a_title_goes_on_with_its_holder():
    text = (
        "وأبلغ وزير الداخلية فهد اليوسف النواب أن القانون سيطبق مطلع العام.\n"
        "وأعرب النائب مهلهل المضف عن أمله في أن يراعي القانون ظروف العمالة.\n"
        'وتعهد الوزير بمراجعة الرسوم، مؤكداً أن "الكويت ترحب بالمستثمرين".'
    )
    last = _article(text).quotes[-1]
    assert (last.speaker.text, last.role) == ("فهد اليوسف", "وزير الداخلية")


def test_a_title_after_the_frames_lam_and_the_article_is_the_role_with_its_article():
    text = "وارتفعت أسعار الذهب بنسبة 2% خلال الأسبوع الماضي، وفقاً للمحلل الاقتصادي مروان يوسف."
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker.text, q.role) == ("according_to", "مروان يوسف", "المحلل الاقتصادي")
    # (and the holder named again later keeps that role, not its adjective alone)
    text = (
        "ووفقاً للمحللة الاقتصادية سارة المرزوقي، فإن سعر اللتر يعادل أربعة أضعاف سعره في الإمارات.\n"
        'وأضافت المرزوقي أن "الفارق الكبير في السعر قد يحد من انتشار المنتج".'
    )
    assert [q.role for q in _article(text).quotes] == ["المحللة الاقتصادية", "المحللة الاقتصادية"]
    # (a frame's ل before a title without the article, as before)
    (q,) = _article("وارتفعت أسعار الذهب بنسبة 2%، وفقاً لرئيس الشعبة محمد عادل.").quotes
    assert q.role == "رئيس الشعبة"


def test_an_economist_and_a_counterpart_are_roles():
    (q,) = _article("وأكد الاقتصادي المصري محمد فؤاد أن الجنيه سيستقر قريباً.").quotes
    assert (q.speaker.text, q.role) == ("محمد فؤاد", "الاقتصادي المصري")
    text = (
        "والتقى وزير المالية القطري علي الكواري نظيره العماني سلطان الحبسي، "
        "وقال نظيره العماني إن البلدين يعملان على اتفاق جديد."
    )
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("سلطان الحبسي", "نظيره العماني")
    (q,) = _article("فيما قال نظيره الكويتي سالم الصباح إن بلاده تدعم الاتفاق.").quotes
    assert (q.speaker.text, q.role) == ("سالم الصباح", "نظيره الكويتي")


def test_the_one_those_who_speak_are_close_to_is_not_the_speaker():
    for text, role in (
        ("ونقلت الصحيفة عن مصادر مقربة من بلير أنه أبلغ وزراءه بقراره.", "مصادر مقربة من بلير"),
        ("وقال مقربون من الأمير سلطان إن صحته تحسنت.", "مقربون من الأمير سلطان"),
    ):
        (q,) = _article(text).quotes
        assert (q.speaker, q.role) == (None, role)
    # (a name right after the verb is still the speaker)
    (q,) = _article("وقال توني بلير إنه سيتنحى في الصيف.").quotes
    assert q.speaker.text == "توني بلير"


def test_a_nationality_and_a_rank_after_an_unnamed_title_are_no_name():
    text = "وأكد مسؤول مصري رفيع لوكالة الأنباء الكويتية (كونا) أن القاهرة ستستضيف محادثات غير مباشرة."
    (q,) = _article(text).quotes
    assert (q.speaker, q.role) == (None, "مسؤول مصري رفيع")


@pytest.mark.parametrize(
    "text, name, role",
    [
        ("وقال المتحدث العسكري الأمريكي الميجر جيف ستيوارت إن التعاون مع العشائر مهم.", "جيف ستيوارت", "المتحدث العسكري الأمريكي"),
        (
            "وقال المتحدث العسكري الأمريكي اللفتنانت كولونيل كريستوفر غارفر إن القوات اعتقلت خمسة مشتبهين.",
            "كريستوفر غارفر",
            "المتحدث العسكري الأمريكي",
        ),
        # (a rank after a body's name is no noun in construct with it)
        (
            "وقال المتحدث باسم قيادة عمليات بغداد العميد قاسم عطا إن الانفجار أودى بحياة 12 شخصا.",
            "قاسم عطا",
            "المتحدث باسم قيادة عمليات بغداد",
        ),
        # (but «الفريق» after the noun it completes is the team)
        ("وقال قائد الفريق محمد صلاح إن المباراة صعبة.", "محمد صلاح", "قائد الفريق"),
        # «الاميرال» as 2000s copy writes it
        (
            "وقال المتحدث باسم الجيش الاميركي في بغداد الاميرال غريغوري سميث ان الهجومين يكشفان افلاس التنظيم .",
            "غريغوري سميث",
            "المتحدث باسم الجيش الاميركي في بغداد",
        ),
        # (a given name no word list knows, after the rank: the name's, not the role's)
        (
            "وقال قائد سلاح الجو الاسرائيلي اللواء اليعزر شكيدي ان الجيش لم يكن يعلم بوجود مدنيين .",
            "اليعزر شكيدي",
            "قائد سلاح الجو الاسرائيلي",
        ),
        # (but an adjective after «الفريق» is the team's)
        ("وقال مدرب الفريق التونسي نبيل معلول ان المباراة صعبة .", "نبيل معلول", "مدرب الفريق التونسي"),
    ],
)
def test_a_military_rank_before_the_name_is_neither_role_nor_name(text, name, role):
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == (name, role)


def test_at_the_same_time_between_a_participle_and_its_conjunction():
    text = "وقال الوزير سامي العلي إن الوضع مستقر، محذراً في الوقت نفسه من أن الجماعات المسلحة لا تزال قادرة على الهجوم."
    got = [q.content.text for q in _article(text).quotes]
    assert got == ["الوضع مستقر", "الجماعات المسلحة لا تزال قادرة على الهجوم"]


def test_the_one_a_spokesman_speaks_for_stays_in_his_role():
    text = "في المقابل، قال مارك ريغيف المتحدث باسم رئيس الوزراء الإسرائيلي إيهود أولمرت إن إسرائيل تذهب إلى المؤتمر بنية صادقة."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("مارك ريغيف", "المتحدث باسم رئيس الوزراء الإسرائيلي إيهود أولمرت")


def test_the_holder_of_a_title_whose_complement_names_someone_else():
    first = "أعلن رجل الدين الشيعي مقتدى الصدر تجميد نشاط جيش المهدي.\n"
    for second, name, role in (
        (
            "وقال المتحدث باسم مكتب الصدر في النجف كريم الزاملي في بيان: «نعلن تجميد جيش الإمام المهدي».",
            "كريم الزاملي",
            "المتحدث باسم مكتب الصدر في النجف",
        ),
        ("وقال المتحدث باسم الصدر صلاح العبيدي إن القرار نهائي.", "صلاح العبيدي", "المتحدث باسم الصدر"),
    ):
        (q,) = _article(first + second).quotes
        assert (q.speaker.text, q.role) == (name, role)
    # (no name after the one spoken for: the spokesman is unnamed, as before)
    (q,) = _article(first + "وقال المتحدث باسم الصدر إن القرار نهائي.").quotes
    assert (q.speaker, q.role) == (None, "المتحدث باسم الصدر")
    # (a title's holder named with a place after him is still the speaker)
    (q,) = _article("وقال الرئيس الأمريكي جورج بوش في واشنطن إن الحرب مستمرة.").quotes
    assert q.speaker.text == "جورج بوش"


def test_a_persian_compound_given_name_is_whole():
    text = 'أما وزير النفط الإيراني غلام حسين نوذري فقد دعا إلى الحذر، معتبراً أن أي زيادة في الإنتاج "لن تؤدي إلا إلى تراكم المخزونات".'
    q = _article(text).quotes[0]
    assert (q.speaker.text, q.role) == ("غلام حسين نوذري", "وزير النفط الإيراني")


@pytest.mark.parametrize(
    "text, name, role",
    [
        # people left unnamed between «كان» and «قد»: the description is the role (a short one)
        ("وكانت مصادر في المعارضة قد نفت أن يكون عون قد تراجع عن ترشحه.", None, "مصادر في المعارضة"),
        ("وكان مسؤول أردني قد أكد لوكالة الأنباء الألمانية أن بلاده لا تستطيع تحمل الأعباء وحدها.", None, "مسؤول أردني"),
        ("وكان خبراء فرنسيون شاركوا في تدريب المتطوعين قد أكدوا أن الورشة نجحت.", None, None),
        # a refugee and a priest are roles
        ("وفي حي الهاشمي الشمالي، تقول اللاجئة أم حيدر، التي فرت من بغداد قبل عام: «زوجي لا يستطيع العمل».", "أم حيدر", "اللاجئة"),
        ('وقال كاهن كنيسة مار توما الأب فادي يوسف لوكالة فرانس برس: "الناس خائفون، يتركون بيوتهم".', "فادي يوسف", "كاهن كنيسة مار توما"),
    ],
)
def test_roles_of_2000s_wire_copy(text, name, role):
    (q,) = _article(text).quotes
    assert ((q.speaker.text if q.speaker else None), q.role) == (name, role)


def test_how_one_spoke_and_a_compound_given_name_leave_the_speaker_named():
    # «بلهجة حازمة» ran into the name, which then matched no subject: the quote had no speaker
    text = "وقال الرئيس المصري حسني مبارك بلهجة حازمة إن مصر لن تقبل بأي تدخل."
    (q,) = _article(text).quotes
    assert q.speaker.text == "حسني مبارك" and q.role == "الرئيس المصري"
    # «محمد علي حسيني» was «محمد» and «علي حسيني» (علي read as «على»)
    text = "وقال المتحدث باسم وزارة الخارجية الإيرانية محمد علي حسيني إن طهران لن تتراجع."
    assert _speakers(text) == ["محمد علي حسيني"]


def test_the_two_men_are_no_person_of_that_name():
    text = "التقى الرئيس الأميركي جورج بوش رئيس الوزراء البريطاني توني بلير في واشنطن. وأكد الرجلان أن الوضع في العراق لا يمكن أن يستمر."
    rec = _article(text)
    assert not any(e.name == "الرجلان" for e in rec.entities)
    assert [q.speaker_key for q in rec.quotes] == [None]


def test_a_title_with_its_body_by_the_first_word_is_the_one_named_with_it():
    text = (
        "استقبل رئيس مجلس النواب اللبناني نبيه بري أمس وفدا من الأمم المتحدة. "
        "وأكد رئيس المجلس أن الاعتداءات الإسرائيلية تستهدف وقف النار."
    )
    assert _speakers(text) == ["نبيه بري"]
    # another council's head, named with no more words, is no one the article named
    text = "استقبل رئيس مجلس النواب نبيه بري أمس الوفد. وأكد رئيس المجلس البلدي أن الطريق ستفتح."
    assert _speakers(text) != ["نبيه بري"]


def test_a_monarch_by_his_country_and_an_ayatollah_are_titles():
    (q,) = _article("وقال العاهل الأردني الملك عبد الله الثاني إن المنطقة تمر بمرحلة خطيرة.").quotes
    assert q.speaker.text == "عبد الله الثاني" and q.role == "العاهل الأردني"
    rec = _article("وقال المرشد الأعلى للجمهورية الإسلامية آية الله علي خامنئي إن إيران لن تتخلى عن حقها النووي.")
    (q,) = rec.quotes
    assert q.speaker.text == "علي خامنئي" and q.role == "المرشد الأعلى للجمهورية الإسلامية"
    assert not any(e.name == "آية الله" for e in rec.entities)


def _speaker_names(text):
    rec = _article(text)
    names = {e.key: e.name for e in rec.entities}
    return [names.get(q.speaker_key) for q in rec.quotes]


def test_a_statement_of_a_body_named_before_with_its_article_elided():
    text = "أعلن الجيش الإسرائيلي أمس أن قواته ستنسحب من البلدة. وقال بيان للجيش الإسرائيلي إن قواته ردت على مصادر النيران."
    assert _speaker_names(text) == ["الجيش الإسرائيلي", "الجيش الإسرائيلي"]
    # named there first, after ل (its article's alif elided): the body is found and named without the ل
    assert _speaker_names("وقال بيان للجيش الإسرائيلي إن قواته ردت على مصادر النيران.") == ["الجيش الإسرائيلي"]
    assert _speaker_names("وقال بيان للحكومة السودانية إن القوات صدت الهجوم.") == ["الحكومة السودانية"]
    # and the model's «للبنك الدولي» is the World Bank named elsewhere in the article, one entity
    rec = _article("أعلن البنك الدولي خطة جديدة. وقال تقرير للبنك الدولي إن النمو سيتباطأ.")
    assert [e.name for e in rec.entities if e.label == "ORG"] == ["البنك الدولي"]
    # not a title's body that a name follows: «الكاتب العام للجامعة الهادي الزغلامي»
    assert _speakers("وقال الكاتب العام للجامعة الهادي الزغلامي إن القوائم طويلة.") == ["الهادي الزغلامي"]


def test_a_european_name_of_four_words_with_its_particle_after_a_title():
    (q,) = _article("وقال الأمين العام لحلف شمال الأطلسي ياب دي هوب شيفر إن الحلف سيبقى في أفغانستان.").quotes
    assert q.speaker.text == "ياب دي هوب شيفر" and q.role == "الأمين العام لحلف شمال الأطلسي"


def _said(text):
    """(speaker entity name, role) of each quote, the whole pipeline on one passage."""
    rec = _article(text)
    names = {e.key: e.name for e in rec.entities}
    return [(names.get(q.speaker_key), q.role) for q in rec.quotes]


def test_a_bodys_head_left_unnamed_speaks_as_a_person_not_as_the_body():
    # verb first: the head of a body named after the title is a person the article does not name
    assert _said("وقال رئيس الحكومة الإسرائيلية إن المفاوضات ستستمر.") == [(None, "رئيس الحكومة الإسرائيلية")]
    assert _said("وقال قائد الجيش اللبناني إن الوضع مستقر.") == [(None, "قائد الجيش اللبناني")]
    assert _said("وقال رئيس مجلس إدارة الشركة العربية للاستثمار إن الأرباح ارتفعت.")[0][0] is None
    # subject first, after «لكن» or «أما»
    assert _said("لكن رئيس البنك الدولي قال إن النمو سيتباطأ.") == [(None, "رئيس البنك الدولي")]
    assert _said("أما رئيس الحكومة اللبنانية فقال إن الحوار مستمر.") == [(None, "رئيس الحكومة اللبنانية")]
    # a spokesman speaks for the body (the issue's convention), and the head named is the person
    assert _said("وقال المتحدث باسم الحكومة الإسرائيلية إن المفاوضات ستستمر.") == [
        ("الحكومة الإسرائيلية", "المتحدث باسم الحكومة الإسرائيلية")
    ]
    assert _said("أما المتحدث باسم وزارة العدل فقال إن القضية أغلقت.")[0][0] == "وزارة العدل"
    assert _said("وقال رئيس الحكومة الإسرائيلية إيهود أولمرت إن المفاوضات ستستمر.") == [
        ("إيهود أولمرت", "رئيس الحكومة الإسرائيلية")
    ]


def test_a_body_after_a_closed_construct_is_no_head_of_it():
    # «مدير المؤسسة» is whole; a tag after it (the corpus tags «فريدون» ORG) is not the title's body
    text = "وقال مدير المؤسسة فريدون موافق ان المستثمر يريد نهضة ."
    quotes, _, _ = _run(text, [("ORG", "فريدون")])
    assert [_show(text, q)[2] for q in quotes] == ["فريدون"]


def test_a_body_noun_and_a_holders_name_read_as_one_body():
    # the rules: a given name with the article after a body noun starts the holder's name
    assert _said("ونوّه رئيس الجهاز الهادي القمودي بأن الميزانية لا تكفي.") == [("الهادي القمودي", "رئيس الجهاز")]
    # the model: «الرابطة أمره طاش» as one body; the name after the body noun speaks
    rec = _article("وأوضح رئيس الرابطة أمره طاش في مؤتمر صحفي أن المنتجين فقدوا أسواقهم.")
    assert [(m.text, m.label) for m in rec.mentions if "طاش" in m.text] == [("أمره طاش", "PERSON")]
    assert [q.role for q in rec.quotes] == ["رئيس الرابطة"]


def test_wire_copy_speakers_of_the_2000s():
    # a title with «على» in it: «وزير الثقافة والمحافظة على التراث»
    assert _said("وقال وزير الثقافة والمحافظة على التراث الهادي القلعي إن المهرجان ظل منبرا.") == [
        ("الهادي القلعي", "وزير الثقافة والمحافظة على التراث")
    ]
    # a given name now listed: «صائب»
    assert _said("وقال كبير المفاوضين الفلسطينيين صائب عريقات إن المفاوضات مستمرة.")[0][0] == "صائب عريقات"
    # a time clause before the cue names no source: the interviewee goes on
    text = "وقال صائب عريقات إن المفاوضات مستمرة. وحين سألناه عن تقارير إسرائيلية، ابتسم وقال: «الإسرائيليون يسربون ما يريدون»."
    assert [s for s, _ in _said(text)] == ["صائب عريقات", "صائب عريقات"]
    # an unnamed source who asked not to be named, no comma before the wish
    assert _said("أفاد مصدر عسكري يمني طلب عدم كشف اسمه الأحد أن ثمانية جنود قتلوا.") == [(None, "مصدر عسكري يمني")]
    # an unnamed leader or delegates of a body are no person and not the body
    assert _said("وقال قيادي في حركة حماس إن الحركة لن تقبل بالشروط.") == [(None, "قيادي في حركة حماس")]
    text = "قررت منظمة البلدان المصدرة للبترول (أوبك) زيادة الإنتاج. وبحسب مندوبين في المنظمة، فإن السعودية ستتحمل الجزء الأكبر."
    assert _said(text) == [(None, "مندوبين في المنظمة")]
    # a minister's office is a body
    assert _said("من جهته، أعلن مكتب وزير النفط في بيان أن الوزير سيصعد المنصة.")[0][0] == "مكتب وزير النفط"
    # «أشار إلى» opens the verb's complement, no place of the title (an envoy's «إلى» is his title's)
    text = "وأشار وزير النفط الإيراني إلى ارتفاع المخزونات في الدول المستهلكة، لكنه قال إن طهران لن تعترض."
    assert _said(text) == [(None, "وزير النفط الإيراني")]
    assert _said("وأشار المبعوث الأممي إلى سوريا إلى أن المحادثات متعثرة.") == [(None, "المبعوث الأممي إلى سوريا")]


def test_a_body_that_was_the_subject_since_goes_on_speaking():
    text = (
        "وقال وزير الدفاع إيهود باراك إن الرد سيأتي. وفي غزة، أعلنت كتائب عز الدين القسام مسؤوليتها عن إطلاق "
        "الصواريخ. وقالت في بيان إن القصف جاء ردا على الاعتداءات."
    )
    assert [s for s, _ in _said(text)] == ["إيهود باراك", "كتائب عز الدين القسام"]


def test_a_bodys_name_in_marks_as_given_before():
    text = (
        'من جهتها، أعلنت شركة تنمية نفط عمان (PDO) استئناف عمليات التصدير من ميناء الفحل، وأفادت "تنمية نفط '
        'عمان" في بيان بأن حقولها لم تتعرض لأضرار.'
    )
    assert [s for s, _ in _said(text)] == ["تنمية نفط عمان"]


def test_a_definite_spokesman_before_a_name_is_named_by_it():
    # «المتحدثة باسم رئيس الوزراء الإسرائيلي ميري آيزن»: the definite spokeswoman, then her name
    text = "وقالت المتحدثة باسم رئيس الوزراء الإسرائيلي ميري آيزن إن أولمرت سيلتقي عباس."
    assert _said(text) == [("ميري آيزن", "المتحدثة باسم رئيس الوزراء الإسرائيلي")]
    # an indefinite one speaks unnamed for the one named after the title
    assert _said("وقال متحدث باسم رئيس الوزراء الإسرائيلي إيهود أولمرت إن اللقاء مهم.")[0][0] is None
    # a person the lexicon knows is the principal, not his spokeswoman
    assert _said("وقالت المتحدثة باسم الرئيس الفرنسي نيكولا ساركوزي إن اللقاء مهم.")[0][0] is None
    # and a name the article gave before with another title is the principal's
    text = "التقى رئيس الوزراء الإسرائيلي إيهود أولمرت الرئيس عباس. وقال المتحدث باسم رئيس الوزراء الإسرائيلي إيهود أولمرت إن اللقاء مهم."
    assert _said(text)[-1][0] is None


def test_an_unnamed_source_in_a_principals_office_stays_unnamed():
    # «مسؤول في مكتب رئيس الوزراء … إيهود أولمرت»: the name after the title is the principal's
    text = 'ونقلت صحيفة "هآرتس" عن مسؤول في مكتب رئيس الوزراء الإسرائيلي إيهود أولمرت أن إسرائيل ستدرس إزالة الحواجز.'
    assert _said(text) == [(None, "مسؤول في مكتب رئيس الوزراء الإسرائيلي إيهود أولمرت")]
    assert _said("وقال مصدر مقرب من الرئيس محمود عباس إن الرئاسة ترفض القرار.") == [(None, "مصدر مقرب من الرئيس محمود عباس")]
    # a name set off by commas is the source's own
    assert _said("وقال مسؤول في الوزارة، أحمد علي، إن الوزارة ترفض القرار.") == [("أحمد علي", "مسؤول في الوزارة")]


def test_a_bodys_word_after_its_command_head_stands_for_it():
    text = (
        "أعلنت رئاسة الأركان التركية في بيان أن 24 مسلحاً قتلوا في الاشتباكات. وأوضحت الأركان أن العملية "
        '"تستهدف الإرهابيين فقط".'
    )
    assert {s for s, _ in _said(text)} == {"رئاسة الأركان التركية"}


def test_a_news_agency_named_by_a_word_that_reads_as_a_verb():
    # «وكالة فرات للأنباء»: no «ف» + «رأت»; the relayed source speaks
    text = "ونقلت وكالة فرات للأنباء المقربة من الحزب عن المتحدث باسم الحزب أحمد دنيز أن المقاتلين أسقطوا مروحية."
    assert _said(text) == [("أحمد دنيز", "المتحدث باسم الحزب")]


def test_named_bodies_of_2000s_wire_copy():
    text = "وكان تنظيم القاعدة في بلاد المغرب الإسلامي قد أعلن في بيان أنه يقف وراء التفجيرين."
    assert _said(text)[0][0] == "تنظيم القاعدة في بلاد المغرب الإسلامي"
    text = "في المقابل، اعتبر التجمع من أجل الثقافة والديمقراطية المعارض أن التعديل انقلاب دستوري."
    assert _said(text)[0][0] == "التجمع من أجل الثقافة والديمقراطية"
    assert _said("وقال جيش الاحتلال في بيان إن جنوده أطلقوا النار.")[0][0] == "جيش الاحتلال"


def test_a_lawyers_or_kins_title_names_whose_it_is():
    # «محامي بلعيرج»: Belliraj's lawyer speaks, unnamed; «محامي الدفاع خليل الدليمي» is the lawyer
    assert _said("وقال محامي عبد القادر بلعيرج للصحيفة إن موكله بريء.") == [(None, "محامي عبد القادر بلعيرج")]
    assert _said("وقالت والدة جلعاد شاليط إن ابنها بخير.") == [(None, "والدة جلعاد شاليط")]
    assert _said("وقال محامي الدفاع خليل الدليمي إن المحكمة باطلة.") == [("خليل الدليمي", "محامي الدفاع")]
    # (the outlet spoken to is no part of the name)
    assert _said('وقال محامي بلعيرج لأسبوعية "لوجورنال": «موكلي ينفي كل التهم».') == [(None, "محامي بلعيرج")]


def test_the_holder_of_a_title_about_another_person_speaks():
    text = "أكد رئيس لجنة التحقيق الدولية في اغتيال رفيق الحريري سيرج براميرتس في تقريره أن اللجنة حققت تقدماً."
    assert _said(text)[0][0] == "سيرج براميرتس"
    # the holder named after the body's own body, then a clause and «وقال»
    text = (
        "غير أن رئيس لجنة الشؤون الخارجية في مجلس النواب الأمريكي توم لانتوس أبدى تشككه، وقال إن الإدارة "
        "أهملت عملية السلام."
    )
    assert _said(text)[0][0] == "توم لانتوس"
    # a party's secretary is a title, not the given name «أمين»
    text = 'ونقلت صحيفة "الأهرام" عن أمين الإعلام في الحزب الوطني الديمقراطي سامح عبد الحميد أن التعديلات إصلاح.'
    assert _said(text) == [("سامح عبد الحميد", "أمين الإعلام في الحزب الوطني الديمقراطي")]


def test_a_bodys_members_or_head_left_unnamed_after_a_frame_or_as_plural():
    text = "قال وزراء خارجية دول مجموعة السبع في بيان مشترك إنهم يدرسون كل الخيارات."
    assert _said(text) == [(None, "وزراء خارجية دول مجموعة السبع")]
    text = "جرت الانتخابات بهدوء نسبي في معظم المناطق، على حد تعبير رئيس بعثة مراقبي الاتحاد الأفريقي."
    assert _said(text) == [(None, "رئيس بعثة مراقبي الاتحاد الأفريقي")]


def test_a_lawyer_or_kin_with_a_pronoun_is_named_by_the_name_after():
    # «محاميه فرانسوا لوبيك»: his lawyer, named; «شقيقه رامي نصر»: his brother, named
    assert _said("وقال محاميه فرانسوا لوبيك للصحافيين: «موكلي لم يوقّع على أي من هذه العقود».")[0][0] == "فرانسوا لوبيك"
    assert _said('وقال شقيقه رامي نصر لموقع "النهار" إن السيارة دخلت المسار.')[0][0] == "رامي نصر"
    # the client named, then the lawyer between commas
    assert _said('وقال محامي الداهوم، عبدالله الكندري، لـ"الراي": «نحترم أحكام القضاء».')[0][0] == "عبدالله الكندري"


def test_a_name_after_a_titles_definite_words_however_common():
    # «أولي رين»: two dictionary words, no article, right after the title's body or field
    text = "وفي بروكسل، حذّر مفوض شؤون التوسيع في الاتحاد الأوروبي أولي رين من أن حظر الحزب سيضر بمسيرة أنقرة."
    assert _said(text) == [("أولي رين", "مفوض شؤون التوسيع في الاتحاد الأوروبي")]
    # a rank or a time is no name
    assert _said("وقال المسؤول الأمريكي رفيع المستوى إن المفاوضات مستمرة.")[0][0] is None
    assert _said("وقال وزير الخارجية الفرنسي مساء أمس إن المفاوضات مستمرة.")[0][0] is None


def test_a_topic_of_amma_with_a_title_and_a_name_of_common_words():
    text = "أما المعلمة شاهدة بيبي فتقول إن مدرستها فقدت نصف تلميذاتها. وتضيف: «الآباء خائفون، ولا ألومهم»."
    assert _said(text) == [("شاهدة بيبي", "المعلمة")] * 2
    # an adverb after the subject is no part of it
    text = "أعلنت وزارة الصحة خطة جديدة. وقال المتحدث باسم الوزارة بدوره إن الخطة جاهزة."
    assert _said(text) == [("وزارة الصحة", "المتحدث باسم الوزارة")]
    # a body after the title's ل is no name
    assert _said("من جانبه، قال الكاتب العام لبلدية صفاقس إن البلدية ستحترم الحكم.") == [(None, "الكاتب العام لبلدية صفاقس")]


def test_the_one_a_paper_asked_by_title_answers():
    text = (
        "أكد وزير المياه والري رائد المومني أن الوزارة ستضخ كميات إضافية. وسألت «الرأي» الوزير عن شكاوى "
        "المواطنين من تأخر وصول الدور، فأجاب: «نعرف أن الناس تعبوا، ولن أعدهم بما لا أستطيع تنفيذه»."
    )
    assert [s for s, _ in _said(text)] == ["رائد المومني", "رائد المومني"]


def test_a_name_that_reads_as_a_conjunction_is_no_content():
    # «بان كي مون»: no «بأن»; «دعا … إلى» + a noun quotes nothing
    assert _said("ودعا بان كي مون، الأمين العام للمنظمة الدولية، إلى وقف فوري لإطلاق النار.") == []
    assert _said("وقال بان كي مون إن الوضع خطير جداً.")[0][0] == "بان كي مون"


def test_an_adverb_between_qad_and_the_verb_leaves_the_subject_carried():
    text = (
        "في المقابل، يحمّل محافظ بنك زيمبابوي المركزي جدعون غونو العقوبات الغربية مسؤولية الأزمة، وقد صرّح "
        'مراراً بأن البلاد "ضحية حرب اقتصادية تشنها بريطانيا وحلفاؤها".'
    )
    assert {s for s, _ in _said(text)} == {"جدعون غونو"}


def test_the_topic_of_amma_speaks_after_faqad_and_an_object():
    text = (
        "وقال رئيس الوزراء فؤاد السنيورة إن الوضع خطير. اما الرئيس السنيورة فقد اعتبر عملية الانزال الاسرائيلية "
        "بمثابة « خرق فاضح لاتفاق وقف الاعمال العدائية » ."
    )
    assert [s for s, _ in _said(text)] == ["فؤاد السنيورة", "فؤاد السنيورة"]
    # the participle of «أما»'s clause is the topic's, not a body's with the same adjective
    text = (
        "وقال رئيس شركة بتروبراس البرازيلية إن القرار غير ودي. أما الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا "
        'فدعا إلى "الهدوء والحوار"، مؤكداً أن بوليفيا "تملك الحق السيادي في التصرف بثرواتها".'
    )
    assert _said(text)[-1][0] == "لويس إيناسيو لولا دا سيلفا"


def test_saying_while_asking_not_to_be_named_goes_on_with_the_last_speaker():
    text = (
        "وفي بعلبك اكد ناطق باسم حزب الله لوكالة فرانس برس ان اشتباكا وقع قرب بوداي. وقال طالبا عدم الكشف عن "
        "هويته « اجبرناهم على التراجع بعد ان اوقعنا اصابات في صفوفهم » ."
    )
    assert [s for s, _ in _said(text)] == ["حزب الله", "حزب الله"]


def test_an_abbreviation_with_dots_stays_in_the_frames_phrase():
    text = "ووفقاً لاستطلاع أجرته شبكة سي.بي.إس الإخبارية، فإن 64 بالمئة من الأمريكيين يعارضون إرسال قوات إضافية."
    rec = _article(text)
    assert [text[q.content.start : q.content.end] for q in rec.quotes] == ["64 بالمئة من الأمريكيين يعارضون إرسال قوات إضافية"]


def test_a_participle_that_opens_its_sentence_goes_on_the_one_before():
    text = (
        "أكد السيد حسن نصر الله الأمين العام لحزب الله أن البنية القيادية للحزب لم تصب بأي أذى. مؤكدا أنهم "
        "( الإسرائيليون ) لم يتمكنوا من ضرب أي شيء على الأرض . كما أكد ان الحزب ما يزال صامدا."
    )
    assert {s for s, _ in _said(text)} == {"حسن نصر الله"}


def test_a_speech_noun_after_uqb_owns_the_conjunction():
    text = (
        "وأعلنت حالة التأهب عقب تصريحات وزير الدولة للشؤون الداخلية لطف الزمان بابار مطلع الأسبوع بأن "
        '" المتطرفين قد يشنون هجمات جديدة " مستغلين مسيرات المعارضة .'
    )
    assert _said(text) == [("لطف الزمان بابار", "وزير الدولة للشؤون الداخلية")]


def test_asking_not_to_be_named_after_a_named_speaker_is_someone_else():
    text = (
        "ويرى مصطفى الككلي أن المنافسة مع الأواني الصينية لم تعد تخيفنا. وأضاف، طالباً عدم كشف اسمه لأنه غير "
        "مخوّل بالتصريح، أن البلدية تدرس فرض رسوم رمزية."
    )
    assert _said(text)[-1] == (None, None)


def test_the_verbs_named_subject_before_a_far_comma_is_no_adjunct():
    text = (
        "من جهة أخرى قدم السيد سوريش ماثيور الرئيس التنفيذي لشركة بترونت الهندية ورقة عمل حيث تحدث عن صورة "
        "الطاقة في العالم ، متناولا الاكتشافات الجديدة في حقول الغاز ، كما تحدث عن دور الغاز الطبيعي في آسيا ، "
        "وقال ان حصة الغاز الطبيعي سوف تزداد من المعدل الحالي ."
    )
    assert _said(text)[-1][0] == "سوريش ماثيور"


def test_a_mans_name_before_a_feminine_verb_is_not_its_subject():
    text = (
        "ذكرت صحيفة السفير أن الحكومة باقية. وفي مقارنة بين خطابي الاسد وامين عام حزب الله السيد حسن نصر الله "
        "لفتت الى ان الكلمة التي وجهها نصرالله مساء الاثنين تميزت بروح التسامح."
    )
    assert _said(text)[-1][0] != "حسن نصر الله"


def test_the_outlet_that_obtained_a_document_is_not_its_source():
    text = "وكشفت وثيقة للأمم المتحدة حصلت عليها رويترز أن الجنود سيستخدمون القوة للدفاع عن أنفسهم."
    assert _said(text)[0][0] != "رويترز"
    assert _said("وكشفت وثيقة صادرة عن وزارة الدفاع أن الجنود سيستخدمون القوة.")[0][0] == "وزارة الدفاع"


def test_whom_a_masculine_verb_warns_is_its_object_and_the_speaker_goes_on():
    lead = "وقال وزير الخارجية الأميركي كولن باول إن واشنطن لن تقبل بأي تأجيل. "
    for obj in ("الدول الثلاث", "إسرائيل", "الحكومة السورية", "الأطراف اللبنانية", "السلطات"):
        assert _said(lead + f"وحذر {obj} من أن صبر المجتمع الدولي بدأ ينفد.")[-1][0] == "كولن باول", obj
    assert _said(lead + "وطالب السلطات العراقية بأن تتحمل مسؤولياتها.")[-1][0] == "كولن باول"
    # a feminine verb agrees with its body; a masculine one with a masculine country
    assert _said(lead + "وحذرت منظمة العفو الدولية من أن الخطة تنتهك القانون.")[-1][0] == "منظمة العفو الدولية"
    assert _said(lead + "وحذر العراق من أن الحدود مفتوحة أمام المتسللين.")[-1][0] == "العراق"


def test_a_carried_speaker_named_in_his_own_report_is_someone_else():
    text = (
        "قال وليد جنبلاط إن الحكومة باقية. وكان الرئيس السوري بشار الأسد قال في خطابه إن هذه القوى تسعى للفتنة. "
        "وقال إن خطاب الأسد يعني إباحة دمها."
    )
    assert [s for s, _ in _said(text)] == ["وليد جنبلاط", "بشار الأسد", "وليد جنبلاط"]
    # with no one else speaking before, no speaker is guessed
    assert _said("وقال وزير الخارجية أحمد أبو الغيط إن القاهرة ترفض التدخل. وأضاف أن أبو الغيط سيزور واشنطن.")[-1][0] is None
    # the carried speaker's country or party in his report is no self-naming
    assert _said("وقال الرئيس الأمريكي جورج بوش إن الحرب مستمرة. وأضاف أن بلاده لن تتراجع.")[-1][0] == "جورج بوش"


def test_a_place_and_its_credit_between_dashes_are_a_dateline():
    text = (
        "اربيل - « الشرق الاوسط » - جدد رئيس اقليم كردستان العراق مسعود بارزاني امس تمسكه بقرار انزال العلم , "
        "وقال في كلمة امام البرلمان ان هذا العلم مرفوض ."
    )
    assert _said(text)[0][0] == "مسعود بارزاني"
    # places, agencies and a colon: the whole head is the dateline
    assert _said("استنبول - قنا - ا ف ب : أوقفت الشرطة التركية أمس عشرات الأشخاص ، كما ذكرت وكالة أنباء الأناضول التركية .")[0][0] == "وكالة أنباء الأناضول التركية"


def test_a_relative_clause_with_no_commas_describes_the_name_before_the_verb():
    text = (
        "اما قائد المنتخب السعودي سامي الجابر الذي يخوض موندياله الرابع فقد قال لوكالة فرانس برس ان "
        "\" الحلم لم ينته بعد \" ."
    )
    assert _said(text) == [("سامي الجابر", "قائد المنتخب السعودي")]
    text = (
        "وزعيمة حزب العمال لويزة حنون التي قادت حملة ضد القانون منذ اقراره قالت في تصريح ل ـ « الخبر » ان "
        "التعديل انتصار للشعب الجزائري ."
    )
    assert _said(text)[0][0] == "لويزة حنون"


def test_a_frames_unnamed_source_goes_on_in_the_next_added():
    lead = "قال المتحدث باسم حركة فتح احمد عبد الرحمن ان الرئيس لن يقبل . "
    text = lead + "وبحسب مسؤول فلسطيني مطلع على المفاوضات فان الخلاف ما زال قائما . واضاف ان الاجواء ايجابية ."
    assert _said(text)[-1] == (None, "مسؤول فلسطيني مطلع على المفاوضات")
    # many sources: «وأضاف» is the man before them
    text = lead + "وبحسب مصادر مطلعة فان الخلاف ما زال قائما . واضاف ان الاجواء ايجابية ."
    assert _said(text)[-1][0] == "احمد عبد الرحمن"


def test_a_title_stands_for_its_own_holder_not_for_a_name_another_title_holds():
    text = (
        "وصل البابا بنديكت السادس عشر إلى العاصمة التركية أنقرة اليوم . والتقى البابا لاحقا رئيس الشؤون الدينية "
        "التركية علي بردق أوغلو , الذي قال في كلمة بحضوره إن \" الزعم لا أساس له \" . "
        "وقال البابا في كلمته إن المسيحيين والمسلمين ينتمون إلى عائلة واحدة ."
    )
    assert _said(text)[-1][0] == "بنديكت السادس عشر"


def test_a_country_speaks_with_when_after_its_name():
    assert _said("سيول - رويترز - اعلنت كوريا الشمالية اليوم الاثنين انها اجرت بنجاح اول تجربة نووية .")[0][0] == "كوريا الشمالية"


def test_an_institution_in_a_frame_is_the_body_not_its_founder():
    assert _said("ووفقا لمؤسسة مهرجان مراكش الدولي للفيلم , فان 15 فيلما مغربيا تعرض هذا العام .")[0][0] == "مهرجان مراكش الدولي للفيلم"
    assert _said("ووفقا لرئيس مهرجان مراكش الدولي للفيلم , فان 15 فيلما مغربيا تعرض هذا العام .")[0] == (None, "رئيس مهرجان مراكش الدولي للفيلم")


def test_the_interviewers_byline_is_no_speaker_and_a_question_names_none():
    text = (
        'رام الله - حوار : سمر الدجاني - يلعب النائب مصطفى البرغوثي دور الوسيط بين فتح وحماس , وقد التقته " الحياة الجديدة " في مكتبه .\n'
        "وسألناه عما اذا كانت المفاوضات قد وصلت الى طريق مسدود , فاجاب : لا , لم تصل الى طريق مسدود .\n"
        "ولدى سؤاله عن تلويح الرئيس محمود عباس باللجوء الى انتخابات مبكرة , قال : « هذا السيناريو هو الاسوأ » ."
    )
    assert [s for s, _ in _said(text)] == ["مصطفى البرغوثي", "مصطفى البرغوثي"]


def test_a_titles_house_in_marks_before_the_colon_is_no_quote():
    text = "تقول نادين حداد مديرة « دار الأفق الجديد » : « بعنا خلال الحرب نصف ما نبيعه عادة , واليوم نراهن على هذا المعرض » ."
    rec = _article(text)
    assert [text[q.content.start : q.content.end] for q in rec.quotes] == ["بعنا خلال الحرب نصف ما نبيعه عادة , واليوم نراهن على هذا المعرض"]


def test_hope_after_kama_and_a_latin_comma_is_no_report_of_the_first_verb():
    text = "ودعا رئيس النادي حسن حمدي الى استقبال شعبي للبعثة , كما اعرب عن امله في ان يتمكن الفريق من العودة الى البطولة ."
    assert _said(text) == []


def test_the_verbs_titled_subject_after_an_opening_adjunct_speaks_not_a_body_in_it():
    text = (
        "تضامنا مع القاضيين محمود مكي وهشام البسطويسي . وفي قاعة مجلس التأديب رفض المستشار مكي الدفاع عن نفسه ، "
        "وأعلن أنه \" لن يعترف بمحاكمة هدفها معاقبة من كشف التزوير \" ."
    )
    assert _said(text)[0][0] == "محمود مكي"
    text = (
        "وأضاف فاروق أن اللاعب يحلم باللعب في أوروبا . في المقابل نفى رئيس نادي إنبي المهندس سمير عبد المنعم "
        "تلقي أي عروض رسمية حتى الآن ، وقال : \" لم يصلنا فاكس واحد من روسيا \" ."
    )
    assert _said(text)[-1] == ("سمير عبد المنعم", "رئيس نادي إنبي")


def test_imam_without_its_hamza_before_a_mosque_is_the_title_not_in_front_of():
    text = "واكد امام مسجد القرية الشيخ عبد القادر بوزيد ان المصالحة فريضة شرعية قبل ان تكون قرارا سياسيا ."
    assert _said(text) == [("عبد القادر بوزيد", "امام مسجد القرية")]
    assert _said("غير أن نادي القضاة اعتبر في بيان أن التعديل يفتح الباب واسعا أمام التزوير .")[0][0] == "نادي القضاة"


def test_a_bodys_head_stands_for_the_one_a_relative_clause_made_its_head():
    text = (
        "نواكشوط ( ا ف ب ) - تعهد العقيد اعلي ولد محمد فال ، الذي يرأس المجلس العسكري للعدالة والديمقراطية الحاكم "
        "في موريتانيا منذ الانقلاب ، بتنظيم انتخابات حرة . وقال رئيس المجلس العسكري في أول تصريح له إن المجلس "
        "لا يطمح إلى البقاء في الحكم ."
    )
    speaker, role = _said(text)[0]
    assert speaker is not None and speaker.endswith("محمد فال") and role == "رئيس المجلس العسكري"


def test_statements_a_verb_reports_relayed_by_an_agency_are_no_report_of_the_agency():
    text = (
        "وقال وزير المالية السعودي إبراهيم العساف في تصريحات نقلتها وكالة الأنباء السعودية إن المنحة ستخصص "
        "لمساعدة الأسر ، مشيرا إلى أن صرفها سيتم بالتنسيق مع الحكومة ."
    )
    assert [s for s, _ in _said(text)] == ["إبراهيم العساف", "إبراهيم العساف"]


def test_a_title_with_its_origin_or_complement_names_back_the_one_it_introduced_far_back():
    # five reports by others between the introduction and «وكان الرئيس اليمني قد أكد»
    lead = (
        "صنعاء ( ا ف ب ) - اعتبر الرئيس اليمني علي عبد الله صالح في كلمة امس ان الحوار هو الطريق الوحيد . "
        "وقال وزير الخارجية الالماني فرانك شتاينماير ان الكلمة ايجابية . وقال المحلل سمير الحداد ان الوضع معقد . "
        "وقالت الناشطة هدى العطاس ان الشارع غاضب . وقال النائب محمد القاضي ان البرلمان سيجتمع . "
        "وقال المحامي خالد الانسي ان المعتقلين يضربون عن الطعام . "
    )
    assert _said(lead + "وكان الرئيس اليمني قد أكد في كلمته ان الوحدة خط احمر .")[-1][0] == "علي عبد الله صالح"
    # a title in construct: its two words anywhere before the name, in its clause
    text = (
        "القاهرة - قضت محكمة امس بتغريم رئيس تحرير صحيفة « الفجر » الاسبوعية وائل الابراشي عشرين الف جنيه . "
        "وقال محامي الصحيفة ان الحكم قاس . وقال محامي المدعي ان الحكم عادل . وقال مصدر قضائي ان الاستئناف ممكن . "
        "فيما قال رئيس التحرير في اتصال هاتفي ان الصحيفة ستواصل النشر ."
    )
    assert _said(text)[-1][0] == "وائل الابراشي"
    # «رئيس الحكومة» is the one introduced as «رئيس الوزراء», not the former one
    text = (
        "رفض رئيس الوزراء العراقي نوري المالكي امس دعوات التعديل الوزاري ، وقال ان حكومته باقية . "
        "وقال النائب حسن الشمري ان الكتلة ستقاطع الجلسة . ويأتي ذلك بعد عام على تصريحات رئيس الوزراء السابق اياد علاوي عن المصالحة . "
        "وقال دبلوماسي غربي ان العواصم قلقة . وكان رئيس الحكومة قد أكد في مؤتمره ان الانتخابات ستجري في موعدها ."
    )
    assert _said(text)[-1][0] == "نوري المالكي"
    # two people introduced with the title: no guess
    text = (
        "شارك الوزير المصري احمد ابو الغيط امس في افتتاح المعرض الى جانب الوزير المصري رشيد محمد رشيد . "
        "ويضم المعرض مئتي شركة من عشرين بلدا . وتستمر فعالياته اسبوعا كاملا . "
        "وقال المحلل سمير الحداد ان المعرض مهم . وقالت الناشطة هدى العطاس ان الاقبال كبير . "
        "وقال النائب محمد القاضي ان البرلمان سيناقش الاتفاق . وقال المحامي خالد الانسي ان العقود واضحة . "
        "وكان الوزير المصري قد أكد ان الصادرات ستزيد ."
    )
    assert _said(text)[-1][0] is None


def test_a_lone_title_far_back_is_the_one_speaker_who_held_it():
    text = (
        "ونقلت وكالة الانباء السعودية عن وزير المالية ابراهيم العساف قوله ان الاقتصاد قوي . "
        "وقالت هيئة السوق المالية في بيان انها تراقب التداول . وقال المحلل فهد السديري ان السوق تعاني . "
        "وقالت المعلمة نورة القحطاني انها خسرت مدخراتها . وقال متعامل في احد البنوك ان اوامر البيع كثيرة . "
        "وكان الوزير قد اكد في تصريحاته ان الدولة لن تتدخل في الاسعار ."
    )
    assert _said(text)[-1][0] == "ابراهيم العساف"
    # a title word that is another title's complement names someone else: «وكيل اللاعب»
    text = (
        "باتت صفقة انتقال الجناح الجزائري ياسين بلحاج الى نادي ليون قريبة . "
        "ويقول وكيل اللاعب، الإسباني خافيير مولينا، إن موكله يحلم باللعب في فرنسا. "
        "وكان اللاعب قد قال في مقابلة الشهر الماضي إنه مستعد لخوض التحدي."
    )
    assert _said(text)[-1][0] != "خافيير مولينا"


def test_a_title_after_lam_introduces_its_holder():
    text = (
        "سحبت الرقابة من معرض الكتاب رواية « الضفة الاخرى » للكاتبة المغربية ليلى العلمي . "
        "وقالت الكاتبة في حديث صحفي إن روايتها لا تمس أحدا ."
    )
    assert _said(text)[-1][0] == "ليلى العلمي"


def test_the_statement_speaks_for_the_body_that_issued_it():
    text = (
        "وأصدرت وزارة الداخلية العراقية بيانا أمس اتهمت فيه جماعات مسلحة بالهجوم ، "
        "وأكد البيان أن قوات الأمن اعتقلت عشرة مشتبه بهم ."
    )
    assert _said(text)[-1][0] == "وزارة الداخلية العراقية"
    text = (
        "وكان الحزب الديمقراطي الكردستاني ، أكبر أحزاب الإقليم ، قد اصدر بيانا رفض فيه القرار . "
        "وقال البيان ان الحكومة تتجاهل مطالب الإقليم ."
    )
    assert _said(text)[-1][0] == "الحزب الديمقراطي الكردستاني"
    text = (
        "وقال الناشر سامي خليل إن الرقابة ظالمة . واكتفت الهيئة المصرية العامة للكتاب بإصدار بيان مقتضب . "
        "وقال البيان إن عدد زوار المعرض تجاوز مليوني زائر ."
    )
    assert _said(text)[-1][0] == "الهيئة المصرية العامة للكتاب"
    # the agency of the dateline issued nothing
    text = (
        "الرباط (رويترز) - قال بنك المغرب، في بيان نشره على موقعه، إنه أبقى سعر الفائدة دون تغيير.\n"
        "وذكر البيان أن التضخم سيبقى معتدلا."
    )
    assert _said(text)[-1][0] == "بنك المغرب"


def test_a_doubled_apostrophe_after_a_name_ending_in_waw_opens_the_quote():
    text = "وقال رئيس البلدية انجيلو مارتيلو ' ' مركز الاستقبال بني لثلاثمئة شخص , وفيه اليوم اكثر من الف ' ' ."
    rec = _article(text)
    assert [(q.kind, q.content.text) for q in rec.quotes] == [("direct", "مركز الاستقبال بني لثلاثمئة شخص , وفيه اليوم اكثر من الف")]


def test_after_an_opening_place_the_verbs_subject_titled_with_a_body_speaks_after_the_comma():
    text = "وفي القاهرة ندد الامين العام لجامعة الدول العربية عمرو موسى بالقصف بشدة ، وقال في بيان إن استهداف المدنيين جريمة ."
    assert _said(text)[0][0] == "عمرو موسى"


def test_a_name_a_kinship_noun_governs_is_not_the_subject():
    text = (
        "وعادت بينظير بوتو الى كراتشي امس . زوج بوتو ، اصف علي زرداري ، طالب من دبي بتحقيق دولي ، "
        "وقال ان اجهزة الاستخبارات تتحمل المسؤولية ."
    )
    assert _said(text)[-1][0] == "اصف علي زرداري"


def test_a_banker_is_a_calling_not_a_name():
    assert _said("وقال مصرفي في دبي طلب عدم نشر اسمه ان صناديق تحوط ضخت مليارات الدولارات في الدرهم .")[0][0] is None


def test_a_spokesman_names_back_no_holder_of_another_office():
    text = (
        "وقال المتحدث باسم الجيش اللبناني العقيد سامي نصار إن الوحدات سيطرت على المواقع. "
        "وفي بيروت، قال رئيس الحكومة فؤاد السنيورة إن الدولة لن تتراجع. "
        "وأعلن المتحدث العسكري أن ثلاثة جنود أصيبوا."
    )
    assert [s for s, _ in _said(text)] == ["سامي نصار", "فؤاد السنيورة", "سامي نصار"]
    # a minister who is also the government's spokesman may be called by either title
    text = (
        "وقال وزير الإعلام الناطق باسم الحكومة غازي العريضي إن المجلس سيجتمع غدا. "
        "وأضاف المتحدث أن الجلسة ستخصص للموازنة."
    )
    assert [s for s, _ in _said(text)] == ["غازي العريضي", "غازي العريضي"]


def test_a_statement_issued_by_a_body_called_by_its_common_noun_speaks_for_it():
    text = (
        "منحت الهيئة العامة للاتصالات في الكويت رخصة تجريبية لشركتين. "
        "وأصدرت الهيئة بياناً مساء الاثنين قالت فيه إن الرخصة تمتد عاماً واحداً. "
        "وأوضح البيان أن الشركتين ملزمتان بتغطية المناطق النائية."
    )
    assert [s for s, _ in _said(text)] == ["الهيئة العامة للاتصالات"] * 2
    # a named body, its noun before the name: «أصدرت شركة نيوم بياناً»
    text = (
        "وقال المقاول سالم القحطاني إن المستحقات تأخرت. في المقابل، أصدرت شركة نيوم بياناً مقتضباً. "
        "وقال البيان إن جميع المستحقات المعتمدة تصرف في موعدها."
    )
    assert _said(text)[-1][0] == "نيوم"
    # «بياناً قال فيه» then «وأضاف البيان»: the statement just quoted goes on
    text = (
        "وأصدر صندوق \"الأفق كابيتال\"، الذي يقود الجولة، بياناً قال فيه إنه علّق التزامه بالاستثمار. "
        "وأضاف البيان أن الصندوق لا يزال مؤمناً بالشركة."
    )
    assert [s for s, _ in _said(text)] == ["الأفق كابيتال"] * 2


def test_a_body_going_on_is_the_one_that_spoke_not_one_named_in_its_words():
    text = (
        "قالت وزارة المالية الأردنية يوم الأحد إنها تلقت تعهدات جديدة، بعد أسابيع من تشديد وزارة الخزانة الأمريكية شروط القروض. "
        "وأضافت الوزارة في بيان أن المفاوضات ستستأنف الشهر المقبل."
    )
    assert [s for s, _ in _said(text)] == ["وزارة المالية الأردنية"] * 2


def test_a_title_with_its_body_names_back_the_holder_introduced_with_the_bodys_common_noun():
    text = (
        "وتستعد شركة \"نيرال\" للحوسبة لتشغيل مركز بيانات جديد. "
        "وقال الرئيس التنفيذي للشركة خالد المطيري إن الشحنة الأولى وصلت. "
        "وقال مصدر مطلع إن المفاوضات استمرت أشهراً. وترى الباحثة هند العلي أن الطلب سيتضاعف. "
        "وأوضح الرئيس التنفيذي لـ\"نيرال\" أن المرحلة الثانية تبدأ العام المقبل."
    )
    assert _said(text)[-1][0] == "خالد المطيري"


def test_a_title_with_a_named_body_finds_its_holder_far_back():
    text = (
        "وقال رئيس مجلس إدارة شركة \"الريان للمقاولات\" ماجد الشهري إن الشركة لم تتسلم مستحقاتها. "
        "وقالت المحللة ريم السالم إن المقاولين الصغار أكثر تضرراً. وأضافت أن المصارف تشدد الإقراض. "
        "وقال المتحدث باسم الهيئة إن الدفعات ستصرف قريباً. وأوضح أن اللجنة تراجع الملفات. "
        "وتابع أن التأخير سببه المراجعة. وأكد أن الهيئة ملتزمة بالعقود. وأشار إلى أن الميزانية كافية. "
        "وطالب رئيس مجلس إدارة \"الريان\" بأن تعتمد الهيئة جدولاً ملزماً للدفع."
    )
    said = _said(text)
    assert said[-1] == ("ماجد الشهري", 'رئيس مجلس إدارة "الريان"')


def test_a_relative_clause_on_a_thing_speaks_for_the_subject_of_the_opening_verb():
    text = (
        "وقالت الخبيرة سلمى يوسف إن الطلب على المياه يتزايد. "
        "وأشار المدير عماد الخطيب إلى خطة لاستخدام التبريد المغلق، التي قال إنها \"تخفض الاستهلاك إلى النصف\"."
    )
    assert _said(text)[-1][0] == "عماد الخطيب"


def test_remote_ends_a_title_and_governs_no_name():
    text = (
        "وكان وزير الدولة للاقتصاد الرقمي وتطبيقات العمل عن بعد عمر سلطان العلماء قد صرّح "
        "الأسبوع الماضي بأن الإمارات تبني بنية تحتية لعقود."
    )
    assert _said(text)[0][0] == "عمر سلطان العلماء"


def test_a_son_named_in_apposition_speaks_not_his_father():
    text = (
        "رئيس مجلس ادارة الشركة هو السيد ناصر الطبسي خريج الاقتصاد وابن آية الله الطبسي المسؤول عن "
        "الأستانة الرضوية يقول : \" إن اختيارنا لموقع المنطقة يقوم على أساس تاريخي \" ."
    )
    # (and the role stops before the copula: «… هو السيد ناصر الطبسي»)
    assert _said(text)[0] == ("ناصر الطبسي", "رئيس مجلس ادارة الشركة")


def test_kana_with_a_bodys_common_noun_or_its_short_name_in_marks():
    text = (
        "بعد أسبوعين على إعلان \"بنك الشرق التجاري\" تعرضه لهجوم إلكتروني، لا تزال التداعيات مستمرة.\n"
        "وكان البنك قد أكد في بيان أن الأنظمة الأساسية لم تتعرض لأي اختراق."
    )
    assert _said(text)[0][0] == "بنك الشرق التجاري"
    text = "وكانت المؤسسة العامة للكهرباء والماء \"كهرماء\" قد أعلنت الشهر الماضي أن الطلب ارتفع 12 في المئة."
    assert _said(text)[0][0] == "المؤسسة العامة للكهرباء والماء"


def test_a_family_name_with_its_particle_names_again_a_speaker_found_by_title():
    text = (
        "من جهتها، شددت الرئيسة التنفيذية لشركة \"نوفا\" آنكه فان ديربيرغ على أن الشركة ستحتفظ بمقرها. "
        "وقالت فان ديربيرغ في مقابلة: «اخترنا الدوحة لأننا وجدنا شريكاً طويل النفس»."
    )
    said = _said(text)
    assert said[0][0] == said[1][0] == "آنكه فان ديربيرغ"


def test_an_official_names_back_no_professor():
    text = (
        "وأوضح مدير الاستثمارات في الجهاز عبد الله الكواري أن الشراكة تشمل نقل المعرفة. "
        "ويرى أستاذ الهندسة في جامعة قطر مازن الحسن أن الصفقة ذكية. ونوّه الحسن بأن النجاح مرهون بالمهندسين. "
        "وأكد المسؤول القطري أن الجهاز لن يتدخل في الإدارة."
    )
    assert _said(text)[-1][0] != "مازن الحسن"


def test_a_seats_noun_going_on_after_another_speaker_is_the_seat():
    # «المحافظة» is found by its place, not by the anaphors' table: no crash, the governorate
    text = (
        "قالت محافظة القاهرة في بيان إن الطرق ستغلق يوم الجمعة. وقال الوزير سامي علي إن الخطة جاهزة. "
        "وأضافت المحافظة أن الحافلات ستعمل كالمعتاد."
    )
    assert _said(text)[-1][0] == "محافظة القاهرة"


def test_a_title_with_a_shorter_form_of_its_body_names_back_the_holder():
    # «المدير العام لـ"البنيان الحديث"» after «المدير العام لشركة "البنيان الحديث للمقاولات" سلطان
    # الغامدي», through «وقال» and through «وختم … حديثه بالقول:», with another speaker between
    opening = (
        "ويقول المدير العام لشركة \"البنيان الحديث للمقاولات\" سلطان الغامدي إن شركته أعادت نحو 600 عامل.\n"
        "وترى الباحثة الاقتصادية في مركز الخليج للأبحاث، سارة الدوسري، أن إعادة ترتيب الأولويات قرار عقلاني.\n"
    )
    for closing in (
        "وقال المدير العام لـ\"البنيان الحديث\": «نحن لا نطلب استثناءً، نطلب فقط جدولاً واضحاً للدفع».",
        "وختم المدير العام لـ\"البنيان الحديث\" حديثه بالقول: «نحن لا نطلب استثناءً، نطلب فقط جدولاً واضحاً للدفع».",
    ):
        assert _said(opening + closing)[-1][0] == "سلطان الغامدي"


def test_a_clause_on_an_indefinite_noun_speaks_for_the_opening_verbs_subject():
    # no relative pronoun: the cue agrees with the verb opening the sentence and «إنها» is the noun
    text = (
        "أوقف البنك المركزي المصري مؤقتاً ترخيص شركة \"باي نيل\" للمدفوعات الرقمية، "
        "بعد مراجعة رقابية قال إنها كشفت مخالفات في إجراءات التحقق من هوية العملاء."
    )
    assert _said(text)[0][0] == "البنك المركزي المصري"
    text = "ألغت وزارة الصحة الأردنية عقد التوريد مع الشركة بسبب مخالفات قالت إنها تمس سلامة المرضى."
    assert _said(text)[0][0] == "وزارة الصحة الأردنية"
    # the cue's own subject still speaks
    text = "وغادر اللاعب سامي علي المعسكر بسبب إصابة قال المدرب إنها ليست خطيرة."
    assert _said(text)[0][0] != "سامي علي"


def test_a_family_name_alone_after_a_negated_opening_verb_goes_on_in_but_he_said():
    # «سريع» ("fast") is a word too: the entities stage leaves it untagged after «ولم يحدد»
    text = (
        "وقال المتحدث العسكري باسم الجماعة يحيى سريع في منشور على تطبيق تلغرام: «أعيننا على البحر».\n"
        "وفي نيويورك، قال المتحدث باسم الأمين العام للأمم المتحدة ستيفان دوجاريك إن الأمين العام \"يتابع بقلق\" التصريحات.\n"
        "ولم يحدد سريع طبيعة الأهداف المحتملة، لكنه أشار إلى أن \"كل سفينة تتعامل مع الموانئ الإسرائيلية ستكون هدفاً\"."
    )
    assert _said(text)[-1][0] == "يحيى سريع"


def test_a_person_described_then_named_after_he_is():
    text = (
        "ويرى رجل أعمال يمني يدير شركة للتخليص الجمركي في ميناء عدن، هو وليد باعباد، "
        "أن شركات التأمين هي من سيحدد موعد العودة."
    )
    # (no «يمنى»: a nationality after an indefinite noun is no given name)
    assert _said(text)[0][0] == "وليد باعباد"


def test_a_title_with_a_nationality_names_back_no_speaker_of_another():
    text = (
        "الدوحة (رويترز) - قال المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري إن الوسطاء يقتربون من اتفاق.\n"
        "وأضاف الأنصاري في إحاطته الأسبوعية: «لا نريد تحديد موعد قبل أن نتأكد من التزام الأطراف».\n"
        "ويسري وقف إطلاق النار منذ أكتوبر، غير أن الانتقال إلى المرحلة الثانية تعثّر مراراً.\n"
        "ونقل موقع أكسيوس عن مسؤول إسرائيلي أن الحكومة لن تنتقل إلى المرحلة التالية قريباً.\n"
        "وينص الاتفاق، الذي رعته الولايات المتحدة ومصر، على تشكيل مجلس للإشراف على إدارة القطاع.\n"
        "وأصدرت الرئاسة الفلسطينية بياناً مساء الثلاثاء، وقال البيان إن \"إدارة القطاع يجب أن تبقى فلسطينية\".\n"
        "وفي واشنطن، قال المتحدث باسم وزارة الخارجية الأمريكية تومي بيغوت إن بلاده تعمل مع الشركاء، "
        "مشيراً إلى أن الإدارة لا ترى بديلاً عن الاتفاق.\n"
        "وكتب المبعوث الأمريكي الخاص ستيف ويتكوف على منصة إكس: “المرحلة الثانية ستبدأ”.\n"
        "وختم المتحدث القطري بأن الدوحة لن تتخلى عن دورها مهما طال الطريق."
    )
    assert _said(text)[-1][0] != "تومي بيغوت"


def test_the_outlets_noun_is_no_part_of_a_proposed_name():
    said = _said("في المقابل، قال القيادي في حركة حماس باسم نعيم لقناة الجزيرة إن الحركة سلّمت الوسطاء كل ما لديها.")
    assert not any(name and "لقناة" in name for name, _ in said)


def test_ali_before_a_family_name_made_with_allah_is_the_given_name():
    # «علي» is also how some papers write the preposition «على»; before «فضل الله» it is a name
    text = (
        "وقال الرئيس اللبناني جوزاف عون إن لبنان ملتزم بالكامل بقرار وقف الأعمال العدائية.\n"
        "وفي الخيام، يقول علي فضل الله، وهو صاحب محل لمواد البناء عاد إلى البلدة قبل أشهر، "
        "إن \"أحداً لا يجرؤ على إعادة البناء والمسيّرات فوق رؤوسنا\"."
    )
    assert _said(text)[-1][0] == "علي فضل الله"


def test_a_titles_agency_is_its_body_not_an_agency_spoken_to():
    text = (
        "قال المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني "
        "إن الوكالة ما زالت العمود الفقري للعمل الإنساني في غزة."
    )
    assert _said(text)[0][0] == "فيليب لازاريني"
    # a news agency after the title is still the one spoken to
    assert _said("وقال المتحدث الرسمي لوكالة الأنباء السعودية إن الوضع هادئ.")[0][1] == "المتحدث الرسمي"


def test_a_title_with_a_nationality_reads_the_first_full_mentions_title_of_a_short_name():
    # «وأضاف فيدان» has no role of its own: the title before «هاكان فيدان» gives him Turkish
    text = (
        "قال وزير الخارجية التركي هاكان فيدان إن بلاده مستعدة للمساهمة في قوة الاستقرار.\n"
        "وأضاف فيدان، خلال مؤتمر صحفي مشترك مع نظيره الإندونيسي سوغيونو في أنقرة: «لن نكون جزءاً من أي قوة تحمي الاحتلال».\n"
        "من جهته، أوضح الوزير الإندونيسي أن جاكرتا أعدّت وحدات طبية للمشاركة في القوة."
    )
    assert _said(text)[-1][0] != "هاكان فيدان"


def test_a_news_site_spoken_to_is_no_speaker():
    # «لمصراوي»: ل + a news site's name (media lexicon), not a person the model read
    said = _said("وقال مصدر حكومي مطلع لمصراوي إن الشريحة المقبلة قد تُصرف قبل نهاية العام.")
    assert said == [(None, "مصدر حكومي مطلع")]


def test_as_for_with_fakana_qad_and_a_name_in_ba_after_a_body_in_marks():
    text = (
        "وقال الرئيس التنفيذي لجهاز قطر للاستثمار محمد سيف السويدي إن الذكاء الاصطناعي حاجة اقتصادية.\n"
        "أما السويدي فكان قد أشار، في تصريحات سابقة، إلى أن الجهاز يعتزم زيادة استثماراته."
    )
    assert _said(text)[-1][0] == "محمد سيف السويدي"
    # «بروس» opens with ب after the body's name in marks: a given name, not ب + a place
    text = "من جانبه، قال الرئيس التنفيذي لـ\"بروكفيلد\" بروس فلات، في مقابلة مع تلفزيون بلومبرغ، إن الطلب يفوق التوقعات."
    assert _said(text)[0][0] == "بروس فلات"


def test_a_headline_with_a_term_in_marks_is_still_a_headline():
    text = (
        "كبيرة الاقتصاديين نادية الحربي: الخليج أمام عامين من \"النفط الرخيص\"\n"
        "مع تراجع خام برنت إلى ما دون 65 دولاراً للبرميل، تعود أسئلة العجز إلى واجهة النقاش.\n"
        "تقول الحربي: \"ليس بالضرورة. المشكلة ليست في العجز بحد ذاته، بل في مدته\"."
    )
    rec = _article(text)
    assert [q.content.text for q in rec.quotes] == ["ليس بالضرورة. المشكلة ليست في العجز بحد ذاته، بل في مدته"]


def test_names_after_a_bodys_name_basem_and_a_name_in_ba():
    # «باسم» right after the body's name is the given name Basem, not "on behalf of"
    text = "قال المتحدث باسم الحكومة العراقية باسم العوضي لقناة \"العراقية\" إن تمويل الرواتب بات مرتبطاً بالصادرات."
    assert _said(text)[0][0] == "باسم العوضي"
    text = "في المقابل، قال القيادي في حركة حماس باسم نعيم لقناة الجزيرة إن الحركة سلّمت الوسطاء كل ما لديها."
    assert _said(text)[0][0] == "باسم نعيم"
    # «بيشوا» opens with ب after the body's name: a name, not ب + a place
    text = "وكتب المتحدث باسم حكومة إقليم كردستان بيشوا هوراماني على منصة إكس: «اليوم يوم مهم لشعب كردستان»."
    assert _said(text)[0][0] == "بيشوا هوراماني"
    # and another government's spokesman is not his
    text += "\nمن جهته، قال المتحدث باسم الحكومة العراقية إن بغداد لن تسمح بتسييس ملف الرواتب."
    assert _said(text)[-1][0] != "بيشوا هوراماني"


def test_a_participle_after_a_report_relayed_by_a_paper_goes_on_with_the_source():
    text = (
        "ونقلت صحيفة \"القبس\" عن مسؤول في وزارة التجارة أن الوزارة فعّلت خطة بديلة للمراجعين، "
        "متوقعاً أن تعود الخدمات الإلكترونية بشكل كامل خلال أيام."
    )
    said = _said(text)
    assert len(said) == 2 and said[1][0] is None  # the unnamed official, not the paper


def test_a_company_called_back_by_its_nationality_and_an_ordinal_title():
    # «الشركة الأمريكية» is the company named just before with «الأمريكية» after its name, though
    # another body was named in between
    text = (
        "وقالت شركة إنفيديا الأمريكية إن الطلب على رقائقها يفوق المعروض.\n"
        "وأكد المفوض العام لوكالة الأونروا فيليب لازاريني أن الوضع كارثي.\n"
        "وقالت الشركة الأمريكية في بيان إنها لا تعلق على الشائعات."
    )
    said = _said(text)
    assert said[-1][0] == said[0][0] is not None
    # «الوزير الأول» (the Maghreb's prime minister) called back: the man, not a name «الأول»
    text = (
        "وقال الوزير الأول الجزائري أيمن بن عبد الرحمن إن الحكومة ستواصل دعم المواد الأساسية.\n"
        "وأضاف الوزير الأول أن الميزانية لن تتأثر."
    )
    assert [s for s, _ in _said(text)] == ["أيمن بن عبد الرحمن"] * 2


def test_a_minister_named_as_a_counterpart_speaks_by_his_title_and_nationality():
    text = (
        "والتقى وزير الخارجية التركي هاكان فيدان نظيره الإندونيسي سوغيونو في أنقرة.\n"
        "وأوضح الوزير الإندونيسي أن بلاده تدعم وقف إطلاق النار."
    )
    assert _said(text) == [("سوغيونو", "الوزير الإندونيسي")]


def test_a_title_called_back_is_no_body_that_spoke_since():
    # the agency spoke in between (a frame), and its head's title came before its name: «المفوض
    # العام» is the man, found past the acronym in brackets, not the agency
    text = (
        "قال المفوض العام لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني إن الوكالة باقية.\n"
        "وأضاف لازاريني في مقابلة مع قناة محلية من مقر الوكالة في عمّان أن المدارس ستفتح.\n"
        "وتقول المعلمة سناء الحلو إن الأطفال يأتون جائعين.\n"
        "ووفقاً لأرقام الوكالة نفسها، فإن أكثر من 370 من موظفيها قُتلوا.\n"
        "ونقلت وكالة الأناضول عن دبلوماسي أوروبي أن دولاً مانحة تبحث صيغاً بديلة.\n"
        "وشدد المفوض العام في ختام المقابلة على أن تفكيك الوكالة لن يُنهي قضية اللاجئين."
    )
    assert _said(text)[-1][0] == "فيليب لازاريني"
    # an unnamed official of a body, then the body by a frame: «وتابع المسؤول» is the official
    text = (
        "وقال مسؤول في مركز الرقابة على الأغذية والأدوية، طالباً عدم الكشف عن اسمه، إن المركز سيكثف حملات التفتيش.\n"
        "وبحسب المركز، فإن 40 في المئة من اللحوم المفحوصة كانت غير مطابقة للمواصفات.\n"
        "وتابع المسؤول: «المسلخ البلدي يعمل بأقل من نصف طاقته»."
    )
    assert _said(text)[-1][0] is None


def test_a_feature_sets_someone_in_the_scene_then_she_speaks():
    # an opening adjunct, a verb that sets someone in the scene, the name: she speaks after the comma
    text = "وعلي مقربة منه تقف ام فهد ، وهي ارملة تبيع القات منذ وفاة زوجها ، وتقول ان النساء صرن يشترين القات اكثر من الرجال ."
    assert _said(text)[0][0] == "ام فهد"
    # though her son is named after her
    text = (
        "على سرير قرب النافذة تجلس رحاب ( 30 عاما ) الى جانب ابنها علي ذي الاعوام الستة ، وتقول : "
        "باع زوجي السيارة والذهب لكي نكمل العلاج في الاردن ."
    )
    assert _said(text)[0][0] == "رحاب"
    # a verb in the scene, the name, its apposition, and «ويقول»
    text = (
        "في الممر المؤدي الى قسم العزل يقف محمود عبد الحميد ، عم الطفلة ، ويقول ان الاسرة كانت تربي البط فوق سطح المنزل ."
    )
    assert _said(text)[0][0] == "محمود عبد الحميد"


def test_a_doctors_feature_colleagues_a_question_mark_set_off_and_the_one_we_asked():
    text = (
        "البصرة - « الشرق الاوسط » - يمضي طبيب الاورام الدكتور صادق العبادي يومه بين اسرة ضيقة .\n"
        "ويقول زملاء العبادي انه رفض عروضا للعمل في دول الخليج ، وهو يعلق على ذلك بابتسامة : من يبقى لهؤلاء اذا رحلنا جميعا ؟\n"
        "وحين سألنا العبادي عن امنيته اجاب من دون تردد : \" جهاز علاج اشعاعي واحد يعمل \" ."
    )
    rec = _article(text)
    names = {e.key: e.name for e in rec.entities}
    got = [(q.content.text, names.get(q.speaker_key), q.role) for q in rec.quotes]
    # his colleagues speak, unnamed; their report ends before «، وهو يعلق … :»
    assert got[0] == ("رفض عروضا للعمل في دول الخليج", None, "زملاء العبادي")
    # a question keeps its mark, set off by a space as a tokenised corpus gives it; «وهو» is the
    # one his colleagues speak of
    assert got[1][:2] == ("من يبقى لهؤلاء اذا رحلنا جميعا ؟", "صادق العبادي")
    # the one the paper asked answers, «من دون تردد» no subject
    assert got[-1][:2] == ("جهاز علاج اشعاعي واحد يعمل", "صادق العبادي")


def test_an_interviewers_question_line_and_a_closing_said_to_us_while_doing_something():
    # a question line of an interview («* …؟») holds no one's words, though «يقول إن» is in it
    text = (
        "* كيف ترد على من يقول إن المهرجان ينفق أموالا طائلة على نجوم هوليوود ؟\n"
        "- المهرجان يدعم السينما المغربية قبل كل شيء ."
    )
    assert _said(text) == []
    # «فيختم حديثه الينا وهو يرتب الهواتف :»: the talk he closes, to us, what he does as he speaks
    text = (
        "ويقول حسين شمص ، صاحب محل الهواتف ، ان الزبائن عادوا ببطء .\n"
        "اما شمص فيختم حديثه الينا وهو يرتب الهواتف في الواجهة : « الحمد لله ، الرزق يرجع ، المهم ان لا ترجع الحرب » ."
    )
    said = _said(text)
    assert len(said) == 2 and said[-1][0] == "حسين شمص"
    # «أمر الله آل علي»: a family name made with «الله», going on after «آل»
    text = "وقال المدير الفني للمهرجان مسعود امر الله آل علي ان اختيار الفيلم جاء لانه \" يعيد الى السينما اللبنانية قدرتها \" ."
    assert _said(text)[0][0] == "مسعود امر الله آل علي"


def test_kama_yutabi_follows_the_news_and_reports_nothing():
    # «كما يتابع غيرهم أخبار الطقس»: "as others follow the weather", no "as X went on"
    text = (
        "غزة - « القدس العربي » - في قسم غسيل الكلى بمستشفى الشفاء في غزة ، تتناوب الممرضات على تشغيل "
        "الأجهزة القليلة ، فيما يتابع المرضى أخبار الوقود كما يتابع غيرهم أخبار الطقس ."
    )
    assert _said(text) == []


def test_a_group_that_names_itself_then_writes():
    text = (
        "وقالت وزارة التجارة والصناعة في بيان إن الهجوم عطّل أنظمة التراخيص.\n"
        "وتبنّت مجموعة تطلق على نفسها اسم \"ظل الصحراء\" الهجوم عبر قناة على تيليغرام، "
        "وكتبت: «أمام الوزارة سبعة أيام للتفاوض، وبعدها سننشر كل ما لدينا»."
    )
    assert _said(text)[-1][0] == "ظل الصحراء"


def test_said_to_him_after_a_scene_verb_is_the_scene_verbs_subject():
    # «وقاطع رئيس المجلس X النائب Y … ، وقال له :»: «له» is the one spoken to, no subject; the
    # sentence's first verb named the speaker
    text = (
        "وقاطع رئيس البرلمان نبيه بري النائب وليد سكرية حين حاول الرد على الوزير ، "
        "وقال له : \" انتظر دورك ، الكلمة الان للحكومة \" ."
    )
    assert _said(text) == [("نبيه بري", "رئيس البرلمان")]
    # a sentence of its own, after the one who spoke is named
    text = "وصافح وزير الخارجية احمد ابو الغيط السفير الجديد . وقال له : \" نتمنى لك التوفيق في مهمتك \" ."
    assert _said(text)[0][0] == "احمد ابو الغيط"
    # not inside another's report in the same sentence: what the one reported on said
    text = (
        "وقال الشاهد حسن العلوي إن المتهم الاول اوقفه قرب المحطة ، وقال له : \" لا تعد الى هنا \" ."
    )
    assert _said(text)[-1] == (None, None)


def test_a_when_clause_before_the_verb_names_no_subject():
    text = (
        "وعندما حاول النائب خالد المجالي مقاطعة الوزير ، تدخل رئيس المجلس سعد هايل السرور قائلا : "
        "\" هذه جلسة رقابية وليست مهرجانا \" ."
    )
    assert _said(text) == [("سعد هايل السرور", "رئيس المجلس")]


def test_shouted_with_a_colon_is_a_cue_and_the_dock_has_its_callings():
    # «صاح» / «صرخ» with a colon or a mark; «المتهم» is the role of the one in the dock
    text = "وصاح المتهم رائد الحمصي من قفص الاتهام : \" انا بريء ولم اقتل احدا \" ."
    assert _said(text) == [("رائد الحمصي", "المتهم")]
    text = "وصرخت ام المتهم في قاعة المحكمة : \" ابني مظلوم \" ."
    assert len(_said(text)) == 1
    assert _said("وصاح المتهم ان المحكمة ظالمة .") == []  # (no clause after «صاح»)
    # the judge answering the accused who spoke last is not the accused
    text = (
        "وصاح المتهم رائد الحمصي من قفص الاتهام : \" انا بريء \" .\n"
        "ورد القاضي قائلا : \" اجلس ، المحكمة ستسمع دفاعك \" ."
    )
    said = _said(text)
    assert said[0][0] == "رائد الحمصي" and said[1][0] is None
    # «الشاهد» alone is the witness, unnamed, not a name
    said = _said("وقال الشاهد ، الذي ادلى بافادته من خلف ستار ، ان المتهم \" هدده بالسلاح \" .")
    assert said[0] == (None, "الشاهد")


def test_a_given_name_that_opens_with_ba_is_not_ba_and_a_name():
    # «برزان»: not ب + «رزان»
    said = _said("اما برزان التكريتي ، الاخ غير الشقيق لصدام ، فقال انه مريض ولا يستطيع الجلوس .")
    assert said[0][0] == "برزان التكريتي"


def test_a_body_with_its_latin_gloss_or_a_relative_clause_after_it_speaks():
    # «( CPJ )» after a body the entities stage did not know: the body speaks, not a person
    said = _said("وقالت لجنة حماية الصحافيين ( CPJ ) ، في بيان وزعته امس ، ان الحكم \" خطوة الى الوراء \" .")
    assert said[0][0] == "لجنة حماية الصحافيين"
    # «، التي يرأسها X ،»: the body speaks, not the one who heads it
    text = (
        "وقالت مؤسسة الملك حسين للسرطان ، التي ترأسها الاميرة غيداء طلال ، إن حملة التبرعات "
        "جمعت مليوني دينار ."
    )
    assert _said(text)[0][0] == "مؤسسة الملك حسين للسرطان"


def test_what_a_paper_wrote_in_its_editorial_is_reported_speech():
    # «كتب» takes a clause with أن only where a paper writes: its editorial, an article, the paper
    # named as the subject, or the paper named before the verb with «في»
    said = _said("وكتبت « لوموند » في افتتاحيتها ان الرئيس \" فقد ثقة الشارع \" ، معتبرة ان الحكومة عاجزة .")
    assert [s[0] for s in said] == ["لوموند"] * 3
    said = _said("وفي « الحياة » كتب المحلل السياسي حازم صاغية ان \" الحرب لن تحسم شيئا في الجنوب \" .")
    assert said == [("حازم صاغية", "المحلل السياسي")]
    assert _said("وكتب الوزير على الورقة أن الاجتماع ألغي.") == []  # (no paper: no report)
    # after «أما», ف + the verb ends the columnist's name
    said = _said("اما توماس فريدمان فكتب في « نيويورك تايمز » : \" الشرق الاوسط لا يحتمل حربا اخرى \" .")
    assert said[0][0] == "توماس فريدمان"


def test_a_letter_published_by_someone_is_his():
    # (not the body in her title, named first)
    text = (
        "وجاء في رسالة مفتوحة نشرتها رئيسة الجمعية انغريد هولمبو علي موقع الجمعية : "
        "« لم نقصد الاساءة الي احد ، ونحن نأسف لما حدث » ."
    )
    assert _said(text) == [("انغريد هولمبو", "رئيسة الجمعية")]


def test_a_spokesman_named_ali_in_a_text_that_writes_ala_as_ali():
    # the text writes «علي» for «على» («علي ايدي»، «علي حياته»), yet after «المتحدث باسم الحكومة»
    # «علي» opens the spokesman's name
    text = (
        "وقال شهود ان الشرطة اعتدت علي المتظاهرين وسيطرت علي الساحة .\n"
        "في المقابل ، اعتبر المتحدث باسم الحكومة علي الزهيري ان الشرطة \" طبقت القانون \" ."
    )
    assert _said(text)[-1][0] == "علي الزهيري"


def test_a_title_that_heads_the_outlet_after_it_and_a_member_for_his_party():
    # «المدير العام لقناة « X »»: the title's own body, not an outlet spoken to
    said = _said("وقال المدير العام لقناة « العربية » عبد الرحمن الراشد ان القناة لن تغير برامجها .")
    assert said[0][0] == "عبد الرحمن الراشد"
    # «النائب عن حماس»: the member for his party, then his name (a given name too: «مشير»)
    said = _said("وقال النائب عن حماس مشير المصري ان الحكومة لن تستقيل .")
    assert said == [("مشير المصري", "النائب عن حماس")]


def test_a_frame_whose_source_printed_it_on_a_page_ends_at_its_opener():
    text = "ووفقا لاستطلاع نشرته « معاريف » علي صفحتها الاولي فان 55 في المئة من الناخبين يؤيدون الانتخابات المبكرة ."
    rec = _article(text)
    assert [q.content.text for q in rec.quotes] == ["55 في المئة من الناخبين يؤيدون الانتخابات المبكرة"]


def test_a_role_keeps_the_spaced_closing_mark_of_its_outlet():
    # a corpus that spaces its marks: the outlet's closing mark stays with the role
    said = _said("وقال المدير العام لشبكة « الجزيرة » وضاح خنفر ان القناة لن تغير خطها التحريري .")
    assert said == [("وضاح خنفر", "المدير العام لشبكة « الجزيرة »")]
    said = _said('وقال رئيس تحرير صحيفة " الوطن " محمد التونسي ان الصحيفة لن تغير خطها .')
    assert said == [("محمد التونسي", 'رئيس تحرير صحيفة " الوطن "')]
    # a lone mark with no opener in the role is still cut off
    said = _said("وقال رئيس الوزراء » محمد السالم ان الحكومة باقية .")
    assert all(role is None or not role.endswith("»") for _, role in said)


def test_a_general_title_heads_an_unmarked_outlet_when_a_name_follows_it():
    # «المدير العام لشبكة الجزيرة وضاح خنفر» with no marks: the outlet's one word, then the name
    said = _said("وقال المدير العام لشبكة الجزيرة وضاح خنفر ان القناة لن تغير خطها .")
    assert said == [("وضاح خنفر", "المدير العام لشبكة الجزيرة")]
    # a minister's outlet spoken to stays an outlet, whoever follows
    said = _said("وقال وزير الخارجية لوكالة رويترز عمرو موسى ان الحكومة لن تتراجع .")
    assert said[0][1] == "وزير الخارجية"


def test_a_surname_the_product_lexicon_also_holds_is_the_person_named_before():
    # «هوبر» is NVIDIA's Hopper in the lexicon; after «ماركوس هوبر» it is the analyst's surname
    text = (
        "وقال ماركوس هوبر ، المحلل لدى مجموعة انرجي للاستشارات ، ان الزيادة رمزية الى حد كبير .\n"
        'واضاف هوبر : " الاسعار ستبقى مرتفعة حتى نهاية العام " .'
    )
    assert [s for s, _ in _said(text)] == ["ماركوس هوبر", "ماركوس هوبر"]
    # with no such person, the product stays a product
    rec = _article("وقالت انفيديا ان شريحة هوبر ستطرح قريبا في الاسواق .")
    assert any(e.name == "هوبر" and e.label == "PRODUCT" for e in rec.entities)


def test_names_a_clitic_or_a_missing_given_name_cut_short():
    # «بيان» after a title and its field: the minister's given name, no ب + «يان»
    assert _said("واكد وزير المالية بيان جبر ان الموازنة ستشهد زيادة في الانفاق .")[0][0] == "بيان جبر"
    # «صورية»: an Algerian given name
    said = _said("وقالت البطلة الجزائرية صورية حداد ، التي احرزت الميدالية ، ان الفوز يمنح الرياضيين دافعا .")
    assert said[0][0] == "صورية حداد"


def test_the_subject_after_an_unpunctuated_opener_a_title_its_country_and_nationality():
    # «في المقابل» with no comma, a verb, «مدرب السعودية البرازيلي» and the name: «، وقال ان» is his
    text = "في المقابل ابدى مدرب العراق البرازيلي جورفان فييرا اسفه على الخسارة ، وقال ان لاعبيه قدموا كل ما لديهم ."
    assert _said(text) == [("جورفان فييرا", "مدرب العراق البرازيلي")]


def test_a_sentence_inside_a_quote_brings_in_no_new_subject():
    # the person named in the second sentence of a quote does not take the next subjectless cue
    text = (
        'وقال خالد الدليمي ، شقيق الضحية ، للصحافيين : " لن نتراجع . سنكمل ما بدأه عبد الكريم حتى النهاية " .\n'
        'وتابع " العشائر معنا ، ولن يخيفنا احد " .'
    )
    assert _said(text) == [("خالد الدليمي", "شقيق الضحية"), ("خالد الدليمي", "شقيق الضحية")]


def test_kin_of_one_described_is_a_role():
    said = _said("وقال والد الجندي الاسير نوعام شاليت للصحافيين ان ابنه بخير .")
    assert said == [("نوعام شاليت", "والد الجندي الاسير")]
    said = _said("وقالت والدة احد المعتقلين ان ابنها بريء .")
    assert said == [(None, "والدة احد المعتقلين")]


def test_the_one_the_sentence_before_the_question_brings_in_answers_it():
    text = (
        'وقال الوزير سالم العتيبي في كلمة امام المؤتمر ان " الربط خدم اقتصادنا جيدا " .\n'
        "وفي حوار مع « الاتحاد » ، يشرح الدكتور ناصر الكعبي ، كبير الاقتصاديين في المركز ، رؤيته لمستقبل العملة .\n"
        "سألناه : هل بات فك الارتباط مسألة وقت ؟\n"
        "فاجاب : لا اعتقد ان القرار وشيك ، لكن الضغوط التضخمية حقيقية ."
    )
    assert _said(text)[-1][0] == "ناصر الكعبي"
    # with no one new brought in, the one who spoke before answers
    text = (
        'وقال الدكتور ناصر الكعبي في حوار مع « الاتحاد » ان " الربط خدم اقتصادنا جيدا " .\n'
        "سألناه : هل بات فك الارتباط مسألة وقت ؟\n"
        "فاجاب : لا اعتقد ان القرار وشيك ."
    )
    assert _said(text)[-1][0] == "ناصر الكعبي"


def test_a_trailing_frame_of_information_ends_the_report_and_a_known_armed_group():
    rec = _article("وقالت متحدثة باسم الشرطة ان المشتبه به اعتقل في منزله ، بحسب المعلومات المتوافرة لدى الشرطة .")
    assert [q.content.text for q in rec.quotes] == ["المشتبه به اعتقل في منزله"]
    rec = _article("وأعلنت دولة العراق الإسلامية مسؤوليتها عن الهجوم في بيان نشر على الانترنت .")
    assert any(e.name == "دولة العراق الإسلامية" and e.label == "ORG" for e in rec.entities)


def _quotes(text):
    """(kind, cue, content) of each quote, the whole pipeline on one passage."""
    return [(q.kind, q.cue.text, q.content.text) for q in _article(text).quotes]


def test_participles_of_admission_and_of_speaking_to_an_outlet_in_marks():
    text = "وقال مدرب الفريق سامي الحربي ان المنافس منظم جدا ، معترفا بان لاعبيه عانوا من الضغط الجماهيري ."
    assert _quotes(text) == [
        ("indirect", "وقال", "المنافس منظم جدا"),
        ("indirect", "معترفا", "لاعبيه عانوا من الضغط الجماهيري"),
    ]
    text = "وقال المدير سالم الكندي ان الفريق جاهز ، مؤكدا لـ « الحياة » انه سيفوز باللقب ."
    assert _quotes(text)[-1] == ("indirect", "مؤكدا", "سيفوز باللقب")


def test_a_predicate_after_a_verb_of_becoming_does_not_end_the_report():
    # «ستصبح مرجعاً»: "will become a reference", not «مرجعاً ذلك إلى» (the writer's reason)
    text = "وقال متعاملون ان الصفقة كانت كافية ، مشيرين الى ان المئة دولار ستصبح مرجعا جديدا للسوق ."
    assert _quotes(text)[-1][2] == "المئة دولار ستصبح مرجعا جديدا للسوق"


def test_a_frame_citing_bankers_and_a_title_with_an_aside_before_the_clause():
    text = "ونقلا عن مصرفيين في القاهرة فان بنوكا خليجية تدرس دخول السوق المصرية ."
    assert _quotes(text) == [("according_to", "ونقلا عن", "بنوكا خليجية تدرس دخول السوق المصرية")]
    text = (
        "وقال محافظ الانبار مأمون رشيد ان الامن تحسن .\n"
        "ويتابع المحافظ ، الذي نجا من محاولات اغتيال عدة ، ان ميزانية الاعمار لا تكفي ."
    )
    assert _quotes(text)[-1] == ("indirect", "ويتابع", "ميزانية الاعمار لا تكفي")
    # the verb's other sense, with no clause after a title's aside, stays no quote
    assert _quotes("وتابع المحافظ جولته في الاحياء المدمرة ، وسط شكاوى الاهالي من غياب الخدمات .") == []


def test_the_named_subject_after_an_opener_and_a_long_title_with_a_rank():
    text = (
        "وقال شاهد عيان يدعى ابو علي ان الانفجار كان قويا .\n"
        "من جهته ادان الناطق باسم القوات المتعددة الجنسيات الميجر جنرال وليام كالدويل الهجوم ، "
        'وقال في مؤتمر صحفي ان " التنظيم يحاول اشعال الحرب من جديد " .'
    )
    assert _said(text)[-1] == ("وليام كالدويل", "الناطق باسم القوات المتعددة الجنسيات")


def test_named_people_in_a_corpus_that_writes_yadaa_with_ya_and_a_mother_as_she_speaks():
    # «ويدعي» before a name is «ويدعى» (is named), no verb of claiming
    text = "وقال احد سكان ضحيان ويدعي علي المؤيد فى اتصال هاتفي : القصف لم يتوقف طوال الليل ."
    assert [(q[0], q[1]) for q in _quotes(text)] == [("direct", "وقال")] and _said(text)[0][0] == "علي المؤيد"
    # «وهي تمسك بكيس …»: what she does as she speaks ends her name's subject; «بكيس» is no name
    text = "وتقول ام محمد وهي تمسك بكيس بلاستيكي فارغ : اطفالي لا ياكلون غير الخبز ."
    assert _said(text) == [("ام محمد", None)]


def test_a_coach_after_his_country_with_l_and_a_wife_by_her_husband():
    text = "واعترف المدرب الالماني للكاميرون اوتو فيستر بان فريقه ارتكب خطأ قاتلا ."
    assert _said(text) == [("اوتو فيستر", "المدرب الالماني للكاميرون")]
    assert _said("وقالت زوجة السائق ام محمد للصحافيين ان زوجها بريء .") == [("ام محمد", "زوجة السائق")]


def test_documents_and_the_bodies_that_issued_them():
    # a report's title in marks is no source; the fund that launched it is
    text = (
        "وقال صندوق النقد الدولي ان النمو سيتباطأ .\n"
        "وبحسب تقرير « آفاق الاقتصاد الإقليمي » الذي أطلقه الصندوق في دبي أمس فإن الفائض قد يصل إلى 400 مليار دولار ."
    )
    assert [s for s, _ in _said(text)] == ["صندوق النقد الدولي", "صندوق النقد الدولي"]
    # «وجاء في البيان» in the sentence of the statement the group issued
    text = (
        "وتبنى تنظيم القاعدة في بلاد الرافدين الهجوم في بيان نشر على موقع يستخدمه المتشددون على الانترنت ، "
        "وجاء في البيان : نفذ احد المقاتلين عملية ضد تجمع للشرطة ."
    )
    rec = _article(text)
    assert [(q.kind, q.cue.text) for q in rec.quotes] == [("direct", "وجاء في")]
    assert _said(text) == [("تنظيم القاعدة في بلاد الرافدين", None)]
    assert not any(e.name == "يستخدمه" for e in rec.entities)
    # a group by the name it gives itself, then «بيان للجماعة»
    text = (
        'وكانت جماعة تطلق على نفسها اسم " كتائب الفجر " قد هددت بقتل الرهينة خلال 72 ساعة .\n'
        'وجاء في بيان للجماعة نشر على موقع اسلامي : " على الشركات ان تتوقف عن العمل في البلاد " .'
    )
    assert _said(text) == [("كتائب الفجر", None)]


def test_one_described_by_a_calling_and_a_nationality_speaks_unnamed_or_named():
    (q,) = _article("وقال العامل الهندي ان الشركة لم تدفع رواتبنا منذ نوفمبر .").quotes
    assert (q.speaker, q.role) == (None, "العامل الهندي")
    (q, _) = _article("وقال العامل الهندي راجو كومار ( 34 عاما ) ان الشركة \" لم تدفع لنا درهما واحدا \" .").quotes
    assert (q.speaker.text, q.role) == ("راجو كومار", "العامل الهندي")


def test_a_present_verb_in_marks_after_that_and_a_definite_noun_is_what_was_said():
    text = "وقال الشيخ حسن القليوبي إن المشروع \" يقتل روح المسجد \" ويحرم آلاف المؤذنين من دورهم ."
    got = [(q.kind, q.content.text) for q in _article(text).quotes]
    assert got == [("indirect", 'المشروع " يقتل روح المسجد " ويحرم آلاف المؤذنين من دورهم'), ("direct", "يقتل روح المسجد")]
    # (a project named in marks stays a name)
    text = "وقال الوزير سامي العلي إن مشروع \" نبني معا \" سيبدأ الشهر المقبل ."
    assert [q.kind for q in _article(text).quotes] == ["indirect"]


def test_what_the_speaker_saw_herself_ends_the_report():
    text = "وقالت المحامية زينب عبدالنبي ان قضايا النفقة تستغرق ثلاث سنوات ، بحسب ما رصدته في مكتبها خلال العقد الماضي ."
    (q,) = _article(text).quotes
    assert q.content.text == "قضايا النفقة تستغرق ثلاث سنوات"


def test_a_mufti_is_a_title_and_the_mufti_later_is_the_one_named_with_it():
    text = (
        "أعلن الدكتور علي جمعة مفتي الديار المصرية أن يوم الخميس هو أول أيام رمضان .\n"
        "وقال المفتي ان الرؤية ثابتة .\n"
        "وقال ماهر المفتي ان الحساب واضح ."
    )
    got = [(q.speaker.text, q.role) for q in _article(text).quotes]
    assert got == [("علي جمعة", "مفتي الديار المصرية"), ("علي جمعة", "مفتي الديار المصرية"), ("ماهر المفتي", None)]


def test_a_preacher_by_his_mosque_is_a_title_and_the_family_name_alkhatib_stays_a_name():
    text = "وقال خطيب جامع الروضة في دمشق الشيخ عبد الرحمن الحلبي إن المسلسل يقدم الانحراف على أنه أمر عادي ."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("عبد الرحمن الحلبي", "خطيب جامع الروضة في دمشق")
    text = "قال وزير الصحة سامي الخطيب إن الوضع مستقر .\nوأوضح الخطيب أن المستشفيات جاهزة ."
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [("سامي الخطيب", "وزير الصحة"), ("الخطيب", "وزير الصحة")]


def test_basim_after_a_title_is_the_given_name_not_on_behalf_of():
    text = "وقال وزير الاتصالات وتكنولوجيا المعلومات باسم الروسان خلال حفل الاطلاق ان عدد الخدمات سيرتفع الى 40 خدمة ."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("باسم الروسان", "وزير الاتصالات وتكنولوجيا المعلومات")
    (q,) = _article("وقال الناطق الرسمي باسم الجيش ان الوضع هادئ .").quotes
    assert (q.speaker, q.role) == (None, "الناطق الرسمي باسم الجيش")


def test_a_foreign_name_with_its_latin_form_after_a_title_and_a_body_named_back():
    text = "من جهته ، اعتبر السفير الاميركي لدى الوكالة غريغوري شولتي ( Gregory Schulte ) ان ايران \" اختارت طريق المواجهة \" ."
    q = _article(text).quotes[0]
    assert (q.speaker.text, q.role) == ("غريغوري شولتي", "السفير الاميركي لدى الوكالة")


def test_the_ones_spoken_to_with_their_pronoun_are_no_part_of_the_name():
    (q,) = _article("وقال بينيرا لانصاره : سندعم الحكومة الجديدة فى كل ما فيه مصلحة تشيلي .").quotes
    assert q.speaker.text == "بينيرا"


def test_a_foreign_given_name_before_a_family_name_that_is_also_a_city():
    text = "ورحب الرئيس المنتهية ولايته ريكاردو لاغوس بالنتيجة ، واعتبر ان البلاد \" طوت نهائيا صفحة الديكتاتورية \" ."
    assert {(q.speaker.text, q.role) for q in _article(text).quotes} == {("ريكاردو لاغوس", "الرئيس المنتهية ولايته")}
    # (the city alone stays a place)
    rec = _article("وقال مسؤول في لاغوس ان الوضع هادئ .")
    assert rec.quotes[0].speaker is None and any(m.text == "لاغوس" and m.label == "LOC" for m in rec.mentions)


def test_a_short_description_of_the_frames_source_before_its_opener_is_not_what_it_says():
    text = "ونقلاً عن مصادر في دار الينابيع ، ناشرة أعماله ، فإن الراحل ترك مخطوطة رواية لم تنشر ."
    (q,) = _article(text).quotes
    assert (q.kind, q.content.text) == ("according_to", "الراحل ترك مخطوطة رواية لم تنشر")


def test_an_event_one_is_called_to_take_part_in_is_named_not_quoted():
    text = "ودعت الشركة الشركات العالمية إلى المشاركة في « القمة العالمية لطاقة المستقبل » ."
    assert _article(text).quotes == []
    # (the words the caller chose, marked inside what he called for, stay his)
    text = "ودعا الامين العام الى عقد مؤتمر دولي لوضع \" جدول زمني دقيق لتطبيق القرار \" ."
    assert [q.content.text for q in _article(text).quotes] == ["جدول زمني دقيق لتطبيق القرار"]
    # (nor words of his own after «في», with no article: «الى مساعدة بيروت في " استعادة بريقها وسحرها "»)
    text = "ودعا شيراك المدن الفرنكوفونية الى مساعدة بيروت في \" استعادة بريقها وسحرها \" ."
    assert [q.content.text for q in _article(text).quotes] == ["استعادة بريقها وسحرها"]


def test_a_group_speaks_by_the_name_it_gives_itself():
    text = (
        'في المقابل، ادعت مجموعة قرصنة تطلق على نفسها اسم "ظل الجبل"، في منشور على تطبيق "تيليغرام"، '
        "أنها استولت على بيانات أكثر من 50 ألف مشترك. "
        'ونشرت المجموعة عينة من الملفات قالت إنها "جزء صغير مما لدينا".'
    )
    assert _speakers(text) == ["ظل الجبل", "ظل الجبل"]
    # (one who gives a name for himself speaks by it, with what he is as his role)
    (q,) = _article("وقال رجل عرّف عن نفسه باسم أبو خالد إن القصف لم يتوقف منذ الفجر.").quotes
    assert (q.speaker.text, q.role) == ("أبو خالد", "رجل عرّف عن نفسه")


def test_the_one_elected_head_of_a_body_is_its_head_named_back():
    text = (
        "انتخب المؤتمر العام لحزب النهضة الوطني، مساء السبت، سامر العلي رئيساً للحزب لمدة خمس سنوات.\n"
        'وقال رئيس الحزب المنتخب، في كلمته بعد إعلان النتيجة، إن الحزب "سيشارك في الانتخابات البلدية بقوائم مستقلة".'
    )
    assert set(_speakers(text)) == {"سامر العلي"}
    # (no one made head of it before: the head stays unnamed)
    text = "وقال رئيس الحزب المنتخب، في كلمته بعد إعلان النتيجة، إن الحزب سيشارك في الانتخابات."
    assert _speakers(text) == [None]


def test_a_title_alone_before_the_verb_after_but_names_back_its_holder():
    lead = "وقال وزير المالية أحمد سالم إن الميزانية متوازنة هذا العام. "
    for clause in (
        "غير أن الوزير شدد، رداً على أسئلة النواب، على أن العجز سيرتفع.",
        "لكن الوزير قال إن العجز سيرتفع.",
        "إلا أن وزير المالية أكد أن العجز سيرتفع.",
    ):
        assert _speakers(lead + clause) == ["أحمد سالم", "أحمد سالم"], clause
    # (another office is someone else, unnamed)
    assert _speakers(lead + "لكن وزير الخارجية قال إن العجز سيرتفع.") == ["أحمد سالم", None]


def test_a_titles_holder_named_after_a_relative_clause_and_a_nationality():
    for text in (
        "وقال مدرب الوحدة، الذي تولى المهمة في أكتوبر الماضي، الإسباني كارلوس فيغا (Carlos Vega)، إن فريقه عانى كثيراً في الشوط الأول.",
        "وقال مدرب الوحدة، الذي تسلّم المهمة قبل ثلاثة أشهر فقط، التونسي كريم العياري، خلال المؤتمر الصحفي عقب اللقاء، إن فريقه عانى.",
    ):
        (q,) = _article(text).quotes
        assert q.speaker is not None and q.role == "مدرب الوحدة", text
        assert q.speaker.text in ("كارلوس فيغا", "كريم العياري")
    # a club named before: its head is still the one named after the clause
    text = (
        "وأعلن نادي الوحدة في بيان أنه سيستأنف القرار.\n"
        "وقال رئيس النادي، الذي انتُخب في يوليو الماضي، سالم الحربي، في تصريح لقناة \"SSC\"، إن الإدارة ستقف خلف لاعبها."
    )
    q = _article(text).quotes[-1]
    assert (q.speaker.text, q.role) == ("سالم الحربي", "رئيس النادي")


def test_the_eve_of_a_match_ends_the_subject():
    lead = "وقال مدرب الوحدة كارلوس فيغا إن فريقه عانى. "
    text = lead + 'وكان فيغا قد حذّر عشية اللقاء من أن "المنافس فريق منظم ويعرف كيف يعاقب أخطاء منافسيه".'
    assert _speakers(text) == ["كارلوس فيغا", "فيغا"]
    assert _speakers("وقال مدرب الشارقة عادل الرامي غداة المباراة إن فريقه تعب.") == ["عادل الرامي"]


def test_kana_a_title_and_the_name_set_off_by_commas_then_qad():
    text = "وكان الرئيس التنفيذي لمستشفى النور، الدكتور سعيد الكعبي، قد أكد خلال حفل تدشين الوحدة أن المستشفى استثمر 45 مليون درهم."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("سعيد الكعبي", "الرئيس التنفيذي لمستشفى النور")


def test_the_woman_a_sentence_opens_on_after_an_adjunct_speaks_next():
    text = (
        "وبحسب بيانات هيئة الصحة في دبي، فإن أمراض القلب تمثل السبب الأول للوفيات. "
        "وفي غرفة المتابعة، كانت عائشة الشامسي (58 عاماً) تستعد للخروج بعد يومين من العملية. "
        "وقالت لـ«البيان» إنها كانت تخشى الجراحة المفتوحة."
    )
    assert _speakers(text) == ["هيئة الصحة", "عائشة الشامسي"]


def test_the_one_a_question_is_about_does_not_answer_it():
    text = (
        "وقال مدرب الفريق نونو كارفاليو إن فريقه جاهز للمباراة. "
        "وردّاً على سؤال حول جاهزية المهاجم يوسف بن عمر، أجاب: اللاعب استأنف التدريبات الجماعية منذ ثلاثة أيام."
    )
    assert _speakers(text) == ["نونو كارفاليو", "نونو كارفاليو"]


def test_she_ends_her_talk_with_a_question():
    text = 'وأضافت العطار أن حفر الآبار يستنزف المخزون. أما ريم، فتختم حديثها بسؤال: "هل علينا أن ننتظر الشتاء حتى نستحم؟"'
    assert _speakers(text) == ["العطار", "ريم"]


def test_a_title_in_construct_with_an_athlete_then_the_coach_after_his_nationality():
    text = (
        "وفاز عبد الرحمن المري بالسباق.\n"
        "من جهته، أوضح مدرب المري، البولندي ماريك نوفاك (Marek Nowak)، أن لاعبه لم يخض سوى أربعة سباقات.\n"
        "وأوضح مدرب المري، ماريك نوفاك، أن لاعبه جاهز. وقال المري إنه سيعود إلى الدراسة."
    )
    assert [(q.speaker.text, q.role) for q in _article(text).quotes] == [
        ("ماريك نوفاك", "مدرب المري"), ("ماريك نوفاك", "مدرب المري"), ("المري", None)
    ]


def test_what_a_plan_would_do_is_no_report():
    text = "وأشار النتشة إلى خطة لإنشاء خزان استراتيجي شرق المدينة، من شأنه أن يخفف الأزمة بعد اكتماله عام 2027."
    assert _article(text).quotes == []
    # (inside a report it stays the report's)
    (q,) = _article("وقال الوزير إن القرار من شأنه أن يخفف الأزمة.").quotes
    assert q.content.text == "القرار من شأنه أن يخفف الأزمة"


def test_an_unnamed_official_who_told_the_speaker_reports_inside_the_report():
    text = "وأوضح بنعمر أن عضواً في اللجنة قال له إن المشهدين لا يناسبان المرحلة."
    outer, inner = _article(text).quotes
    assert (outer.speaker.text, outer.content.text) == ("بنعمر", "عضواً في اللجنة قال له إن المشهدين لا يناسبان المرحلة")
    assert (inner.speaker, inner.role, inner.content.text) == (None, "عضواً في اللجنة", "المشهدين لا يناسبان المرحلة")
    text = "وأضاف الكندري أن وزير الدولة لشؤون البلدية أكد له أن الحكومة لن تتساهل مع أي شركة تتأخر."
    inner = _article(text).quotes[1]
    assert (inner.speaker, inner.role) == (None, "وزير الدولة لشؤون البلدية")


def test_an_interviews_answers_after_question_lines_are_the_interviewees():
    text = (
        "تونس - قال الطاهر الحامدي، رئيس الغرفة الوطنية لمصدّري التمور، في حوار مع الموقع، إن بلاده ما زالت تصدّر أغلب تمورها سائبة.\n"
        "وفي قبلي، يقول الفلاح محمد الحامدي إنه باع محصوله هذا الموسم بأقل من كلفته.\n"
        "- وما الحل في رأيكم؟\n"
        "يقول: الحل في التعليب وفي العلامة التجارية. المشتري الأوروبي يأخذ تمورنا بثمن بخس ثم يبيعها معبأة بضعف السعر.\n"
        "ويضيف: طالبنا وزارة التجارة منذ سنتين بحوافز جبائية للمصدّرين، ولم نتلقّ رداً حتى اليوم.\n"
        "- هل تخشون تكرار الأزمة؟\n"
        "يجيب: ما يخيفني ليس الأسعار بل العطش. الجفاف سيعود، وإذا لم نستثمر في الري فإن نصف الواحات مهددة."
    )
    answers = [q for q in _article(text).quotes if q.cue.text in ("يقول", "ويضيف", "يجيب") and q.kind == "direct"]
    assert [q.speaker.text for q in answers] == ["الطاهر الحامدي"] * 3
    # the answer runs to the end of its paragraph («مهددة» is no participle of saying there)
    assert answers[-1].content.text.endswith("فإن نصف الواحات مهددة")
    assert answers[0].content.text.endswith("بضعف السعر")


def test_his_son_named_before_the_verb_speaks():
    text = "ابنه يزن البيطار، وهو مهندس كيمياء عاد من ألمانيا، يرى أن الحل في التسويق الرقمي."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("يزن البيطار", "ابنه")
    (q,) = _article("ابنته سلمى البيطار ترى أن الحل في التسويق الرقمي.").quotes
    assert (q.speaker.text, q.role) == ("سلمى البيطار", "ابنته")


def test_marks_after_a_colon_hold_the_words_whatever_the_writer_adds():
    text = "في المقابل، رفض مدرب الفيصلي حسام العواملة التعليق، واكتفى بالقول: «نبارك للحسين، وسنعود الموسم المقبل أقوى»، قبل أن يغادر المؤتمر الصحفي."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.content.text) == ("حسام العواملة", "نبارك للحسين، وسنعود الموسم المقبل أقوى")


def test_a_host_closes_the_episode_with_advice():
    text = (
        "وقالت المذيعة لطيفة الكعبي إن الحلقة مخصصة للشباب. "
        "وختمت لطيفة الكعبي الحلقة بنصيحة للشباب: تعلموا كيف تطرحون السؤال الصحيح على الآلة، فهذه مهارة لن تفقد قيمتها."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker.text) == ("وختمت", "لطيفة الكعبي")
    assert q.content.text.startswith("تعلموا كيف تطرحون")


def test_an_answer_goes_on_in_its_line_after_a_named_person():
    text = (
        "قالت الروائية السودانية سارة الطيب، في حوار مع الموقع، إن روايتها الجديدة تصدر قريباً.\n"
        "وفي الخرطوم، قالت الناقدة منى حسن إن الرواية تستحق الانتظار.\n"
        "س: وماذا عن الترجمة؟\n"
        "تجيب بأن المترجمة البريطانية كاثرين هول (Catherine Hall) تعمل حالياً على النسخة الإنجليزية. "
        "وتضيف: أخشى أن يقرأها الغرب كتقرير إخباري، بينما هي قبل كل شيء رواية حب."
    )
    q1, q2 = _article(text).quotes[-2:]
    assert (q1.cue.text, q1.speaker.text) == ("تجيب", "سارة الطيب")
    assert (q2.cue.text, q2.speaker.text) == ("وتضيف", "سارة الطيب")


def test_a_member_set_off_after_her_committee_speaks_not_the_committee():
    text = (
        "قال وزير المالية طيف سامي إن الرواتب ستصرف في موعدها.\n"
        "غير أن عضو لجنة النزاهة النيابية، النائبة هدى الجبوري، التي حضرت الجلسة، اعترضت على الأرقام، "
        "وقالت: \"الوزارة لم تقدم كشوفات الإنفاق منذ ستة أشهر\"."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker.text, q.role) == ("وقالت", "هدى الجبوري", "عضو لجنة النزاهة النيابية")


def test_a_titled_report_speaks_for_the_body_that_issued_it():
    text = (
        "ووفقاً لتقرير \"آفاق التجارة 2026\" الصادر عن منظمة التجارة العالمية، فإن حجم التجارة "
        "العالمية سيتباطأ خلال العام المقبل."
    )
    (q,) = _article(text).quotes
    assert q.speaker.text == "منظمة التجارة العالمية"
    assert q.content.text.startswith("حجم التجارة")


def test_a_national_institution_by_its_nationality_speaks():
    text = "وأوضح المتحف الأردني، في بيان، أنه سيعرض المخطوطات للجمهور مطلع الربيع المقبل."
    (q,) = _article(text).quotes
    assert q.speaker.text == "المتحف الأردني"
    # a plain description is no body's name
    (q,) = _article("وأوضح المتحف الجديد، في بيان، أنه سيعرض المخطوطات للجمهور.").quotes
    assert q.speaker is None


def test_the_guest_a_host_asks_answers_not_the_host():
    text = (
        "استضاف الإعلامي كريم الراوي في برنامجه \"مساء الخير\" المهندسة نادين سركيس. "
        "وقالت سركيس إن مشروعها بدأ في مرآب صغير.\n"
        "وقال الراوي إن الحلقة سجلت أعلى نسبة مشاهدة هذا الموسم.\n"
        "وفي ختام الحلقة، سأل الراوي ضيفته عن خططها، فأجابت بأنها \"تستعد لافتتاح مصنع ثانٍ في صيدا\"."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker.text) == ("فأجابت", "سركيس")


def test_a_title_alone_before_when_he_said_names_back_its_holder():
    text = (
        "قال محافظ البنك المركزي هشام الدباغ إن التضخم يتراجع.\n"
        "وكان المحلل مازن عيسى قد كتب أن \"الناس لا يشعرون بأي تراجع في الأسعار\".\n"
        "وردّ المحافظ على ذلك حين قال في ختام اللقاء: «نحن نحمي قيمة العملة ولا نحدد الأسعار»."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker.text) == ("قال", "هشام الدباغ")


def test_a_minister_unnamed_inside_a_report_said_before_a_committee():
    text = "وأشار النائب سامر عودة إلى أن وزير النقل أكد أمام اللجنة أن الخط الجديد سيعمل قبل نهاية العام."
    outer, inner = _article(text).quotes
    assert (outer.speaker.text, outer.content.text) == ("سامر عودة", "وزير النقل أكد أمام اللجنة أن الخط الجديد سيعمل قبل نهاية العام")
    assert (inner.cue.text, inner.speaker, inner.role) == ("أكد", None, "وزير النقل")
    assert inner.content.text == "الخط الجديد سيعمل قبل نهاية العام"


def test_an_agency_relaying_an_interview_is_the_source():
    text = (
        "قال وزير النفط حيان عبد الغني، في مقابلة مع قناة \"الشرقية\"، إن الصادرات سترتفع.\n"
        "وبحسب ما نقلته وكالة الأنباء العراقية (واع) عن اللقاء، فإن الإنتاج سيبلغ 4.5 مليون برميل يومياً في الصيف."
    )
    q = _article(text).quotes[-1]
    assert q.speaker.text == "وكالة الأنباء العراقية"


def test_his_view_set_off_by_commas_keeps_the_report_going():
    text = (
        "ورأى المحلل طارق السعدي في مقاله أن الهدف الأول \"جاء من خطأ دفاعي\"، غير أن الفريق، برأيه، "
        "خسر المباراة في وسط الملعب."
    )
    q = _article(text).quotes[0]
    assert q.content.text.endswith("خسر المباراة في وسط الملعب")
    # a frame closing the sentence still qualifies the report, no part of it
    (q, *_) = _article("وقال المدرب إن الفريق سيعود أقوى، على حد تعبيره.").quotes
    assert q.content.text == "الفريق سيعود أقوى"


def test_a_witness_by_rank_then_his_name_set_off_speaks_by_name():
    text = "وأفاد الشاهد الأول، حارس المبنى عادل منصور، أمام المحكمة بأن المتهم كان يحمل سكيناً."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("عادل منصور", "الشاهد الأول")


def test_a_judge_before_qad_speaks_though_the_verb_has_an_object():
    text = "وكان القاضي سامر حداد قد نبّه الحضور إلى أن \"أي تصوير داخل القاعة ممنوع منعاً باتاً\"."
    q = _article(text).quotes[0]
    assert (q.speaker.text, q.role) == ("سامر حداد", "القاضي")
    text = "وكان المستشار عبد الرحيم قد حذّر الحضور من أن \"أي إخلال بالنظام سيواجه بالحبس\"."
    assert _article(text).quotes[0].speaker.text == "عبد الرحيم"


def test_the_defence_named_after_its_calling_and_an_outlet():
    text = "وقال دفاع المتهم، المحامي نبيل فارس، لـ\"الشروق\" إنه سيطعن على الحكم أمام محكمة النقض."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("نبيل فارس", "دفاع المتهم")


def test_a_minister_introduced_with_an_honorific_or_after_wa_is_named_back():
    for intro in (
        "حضر الجلسة وزير المالية الشيخ فهد السالم.",
        "شهدت الجلسة مواجهة بين النواب ووزير المالية فهد السالم.",
    ):
        q = _article(intro + "\nوقال الوزير إن \"العجز سينخفض إلى النصف خلال عامين\".").quotes[-1]
        assert q.speaker.text == "فهد السالم", intro
    # a president met by the minister holds his own name
    q = _article("استقبل وزير الخارجية الرئيس محمود عباس.\nوقال الوزير إن \"المحادثات كانت مثمرة\".").quotes[-1]
    assert q.speaker is None


def test_a_frame_on_a_statement_by_a_title_and_its_holder_set_off():
    text = "وحسب تصريح رئيس جمعية حماية المستهلك بفاس، سعيد الإدريسي، فإن الأسعار ارتفعت بنسبة 20 في المئة خلال شهر."
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("سعيد الإدريسي", "رئيس جمعية حماية المستهلك بفاس")


def test_a_frame_on_a_body_named_by_its_noun_adjective_and_complement():
    text = (
        "وقال محرر في صحيفة الشروق إن الأرقام صادمة.\n"
        "وبحسب الشبكة الأردنية لحقوق الإنسان، فإن أكثر من 300 شخص اعتقلوا خلال العام الماضي."
    )
    q = _article(text).quotes[-1]
    assert q.speaker.text == "الشبكة الأردنية لحقوق الإنسان"


def test_a_body_whose_name_joins_two_nouns_with_wa():
    text = "من جانبه، قال مركز رعاية وتأهيل المعاقين في بيان إن 40 طفلاً استفادوا من البرنامج هذا العام."
    (q,) = _article(text).quotes
    assert q.speaker.text == "مركز رعاية وتأهيل المعاقين"


def test_she_narrated_is_a_cue():
    (q,) = _article("وروت المعلمة سناء الخطيب أنها تلقت اتصالاً من شخص ينتحل صفة موظف في البنك.").quotes
    assert (q.cue.text, q.speaker.text) == ("وروت", "سناء الخطيب")


def test_where_he_spoke_from_is_no_subject():
    text = (
        "في المقابل، أنكر المتهم الثاني فادي نصار، صاحب الشركة، التهم المنسوبة إليه، وقال من داخل قفص "
        "الاتهام إن الأموال \"استثمرت في مشاريع حقيقية\"."
    )
    q = _article(text).quotes[0]
    assert (q.cue.text, q.speaker.text) == ("وقال", "فادي نصار")


def test_the_father_named_back_by_the_kin_word():
    text = (
        "قال سمير الحلو، والد الضحية، أمام المحكمة إن ابنه كان يعمل في مخبز.\n"
        "وأضاف الأب، في تصريحات للصحفيين، أن العائلة تنتظر حكماً عادلاً."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker.text) == ("وأضاف", "سمير الحلو")


def test_a_body_in_marks_with_its_latin_name_before_qad():
    text = (
        "قالت المحامية هدى فرح إن الموقوفين ينتظرون منذ سنوات.\n"
        "وكانت \"المرصد الحقوقي\" (Rights Watch) قد نبّهت في تقرير سابق إلى أن السجون \"تجاوزت طاقتها بثلاثة أضعاف\"."
    )
    q = _article(text).quotes[-2]
    assert (q.cue.text, q.speaker.text) == ("نبّهت", "المرصد الحقوقي")


def test_residents_speaking_to_a_station_are_not_the_station():
    text = "أما سكان الحي، فأكدوا لموزاييك أنهم كانوا يلاحظون توقف سيارات أمام المحل ليلاً."
    (q,) = _article(text).quotes
    assert q.speaker is None and q.role == "سكان الحي"


def test_she_went_on_is_a_cue_with_a_relative_as_its_subject():
    text = "وتابعت والدة الضحية: «كان يعود إلى البيت متأخراً كل ليلة، ولم نتوقع أن يحدث هذا»."
    (q,) = _article(text).quotes
    assert (q.cue.text, q.speaker, q.role) == ("وتابعت", None, "والدة الضحية")
    # «تابع» with a thing after it is "followed", no cue
    assert not _article("وتابع المشجعون المباراة: فوز ثم خسارة ثم تعادل.").quotes


def test_a_frame_relaying_a_speech_verb_leaves_the_words_to_the_verb():
    text = "وبحسب ما نقلته وكالة الأنباء الأردنية، قال القاضي نبيل العمري خلال الجلسة: \"لن أسمح بتحويل المحاكمة إلى منبر سياسي\"."
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text) for q in quotes] == [("direct", "نبيل العمري")]


def test_one_of_two_speaking_in_a_video_is_unnamed():
    text = (
        "ونشرت وزارة الداخلية عبر صفحتها الرسمية مقطعاً مصوراً لاعترافات المتهمين، قال فيه أحدهما: "
        "«كنا نجمع الأموال ونؤجل السفر حتى نغلق المكتب ونختفي»."
    )
    (q,) = _article(text).quotes
    assert q.speaker is None
    # the subject of the clause still speaks where «فيه» has no subject after it
    (q,) = _article("وعقد وزير النقل هشام الحمد مؤتمراً صحفياً نفى فيه أن تكون الأسعار قد ارتفعت.").quotes
    assert q.speaker.text == "هشام الحمد"


def test_the_chairman_who_stepped_in_speaks_not_the_member_before_him():
    text = (
        "وقاطعه النائب سامي الخطيب قائلاً: «الأرقام التي تتحدث عنها دليل على أن القانون يحتاج إلى مراجعة».\n"
        "فتدخّل رئيس المجلس طالباً من النواب الالتزام بالنظام الداخلي، وقال: الكلمة الآن للوزير، ولكل نائب حق الرد."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker, q.role) == ("وقال", None, "رئيس المجلس")


def test_the_accused_named_once_is_named_back_by_his_title():
    text = (
        "قضت محكمة الجنايات اليوم بالسجن المؤبد على المتهم وليد فاروق بعد إدانته بقتل جاره.\n"
        "وقالت المحكمة في حيثيات حكمها إن المتهم أعدّ السلاح مسبقاً.\n"
        "وأفادت النيابة العامة في بيان بأن التحقيقات كشفت خلافاً قديماً بين الجارين.\n"
        "وقال محامي الأسرة هاني سعد إن العائلة راضية عن الحكم.\n"
        "وأضاف سعد أن الأسرة تلقت تهديدات خلال المحاكمة.\n"
        "في المقابل، نفى المتهم خلال الجلسات أن يكون قد قصد القتل، وقال بصوت متقطع من داخل القفص: «كنت أدافع عن نفسي»."
    )
    q1, q2 = _article(text).quotes[-2:]
    assert (q1.cue.text, q1.speaker.text) == ("نفى", "وليد فاروق")
    assert (q2.cue.text, q2.speaker.text) == ("وقال", "وليد فاروق")
    # with two accused, the title alone names no one
    two = text.replace("على المتهم وليد فاروق", "على المتهم الأول وليد فاروق والمتهم الثاني سامر عادل")
    assert _article(two).quotes[-2].speaker is None


def test_a_title_opening_with_kana_and_qad_speaks_unnamed_not_the_last_speaker():
    text = (
        "«حق ابني رجع»، قال الحاج فهمي السيد، والد المجني عليه، للصحفيين.\n"
        "وكان المتهم قد أنكر في جلسة سابقة ما نُسب إليه، وقال من داخل قفص الاتهام: «كنت أدافع عن نفسي»."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker, q.role) == ("وقال", None, "المتهم")


def test_the_prosecutions_representative_is_a_person_not_the_prosecution():
    text = (
        "وكان ممثل النيابة العامة قد التمس في مرافعته أقصى العقوبات، معتبراً أن الأفعال المرتكبة "
        "\"تسيء إلى المجتمع بأسره\"."
    )
    q = _article(text).quotes[0]
    assert (q.speaker, q.role) == (None, "ممثل النيابة العامة")


def test_the_outlet_spoken_to_in_a_frame_is_no_source():
    text = "وحسب تصريح والد أحد الضحايا لرويترز، فإن العائلة لم تتسلم جثمان ابنها إلا بعد 18 يوماً."
    (q,) = _article(text).quotes
    assert q.speaker is None
    (q,) = _article("وفقاً لرويترز، فإن العائلة لم تتسلم جثمان ابنها إلا بعد 18 يوماً.").quotes
    assert q.speaker.text == "رويترز"


def test_an_honorific_pronoun_names_back_the_one_so_honoured():
    text = (
        "الكويت (كونا) - بعث صاحب السمو أمير البلاد الشيخ ناصر الأحمد الجابر برقية تعزية إلى فخامة الرئيس "
        "فاروق ديميرل، عبّر فيها سموه عن خالص تعازيه.\n"
        "وأكد سموه في البرقية أن دولة الكويت \"تقف إلى جانب الشعب الصديق في هذا المصاب الأليم\"."
    )
    q = _article(text).quotes[0]
    assert (q.cue.text, q.speaker.text) == ("وأكد", "ناصر الأحمد الجابر")


def test_an_honorific_and_a_title_name_back_the_ruler_so_introduced():
    text = (
        "الرباط (ومع) - وجه صاحب الجلالة الملك حسن الرابع رسالة إلى المشاركين في القمة، تلاها السفير سعيد "
        "المنصوري.\n"
        "وأكد جلالة الملك في هذه الرسالة أن القارة \"تملك اليوم كل مقومات الانتقال إلى منطق الشراكة\"."
    )
    q = _article(text).quotes[0]
    assert (q.cue.text, q.speaker.text) == ("وأكد", "حسن الرابع")


def test_the_honoured_subject_of_a_welcome_speaks_in_the_participle():
    text = (
        "استقبل سمو الشيخ راشد بن سيف المهيري، ولي عهد الإمارة، اليوم معالي جواو ماتيوس، وزير خارجية البرتغال.\n"
        "وقال وزير الاقتصاد سالم الكعبي إن حجم التبادل التجاري بلغ ملياري دولار.\n"
        "ورحّب سموه بالوزير الضيف، مؤكداً أن الإمارة تنظر إلى البرتغال بوصفها \"شريكاً موثوقاً في أوروبا\".\n"
        "من جانبه، أعرب الوزير الضيف عن شكره لسمو ولي العهد، مؤكداً أن لشبونة \"تتطلع إلى شراكة أوسع\"."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text) for q in quotes if q.kind == "indirect"] == [
        ("وقال", "سالم الكعبي"),
        ("مؤكداً", "راشد بن سيف المهيري"),
        ("مؤكداً", "جواو ماتيوس"),
    ]


def test_a_known_name_as_the_fathers_is_not_the_son():
    text = (
        "استقبل سمو الشيخ خالد بن محمد بن زايد آل نهيان، ولي عهد أبوظبي، وفداً من رجال الأعمال.\n"
        "وقال سمو الشيخ خالد بن محمد بن زايد آل نهيان إن الإمارة \"ترحب بالمستثمرين من كل مكان\"."
    )
    q = _article(text).quotes[0]
    assert q.speaker.text == "خالد بن محمد بن زايد آل نهيان"
    # (the father, a lexicon name, is another entity: the son is not merged into him)
    assert "mohamedbinzayed" not in q.speaker_key


def test_mister_president_and_his_highness_with_a_title_name_back_the_holder():
    text = (
        "ترأس رئيس الجمهورية عبد المجيد بن صالح اجتماع مجلس الوزراء.\n"
        "وفي ختام الاجتماع، قال السيد الرئيس إن \"الحكومة مطالبة بنتائج ملموسة قبل رمضان\"."
    )
    assert _article(text).quotes[-1].speaker.text == "عبد المجيد بن صالح"
    text = (
        "دبي (وام) - شهد صاحب السمو الشيخ سعيد بن حمد آل سالم نائب رئيس الدولة، اليوم، انطلاق أعمال القمة.\n"
        "وقال وزير الاقتصاد عبد الله الكعبي إن القمة تستقطب 4000 مشارك.\n"
        "وأكد صاحب السمو نائب رئيس الدولة خلال اللقاءات أن الإمارات \"ستظل منصة مفتوحة لتبادل التجارب\"."
    )
    assert _article(text).quotes[-2].speaker.text == "سعيد بن حمد آل سالم"


def test_a_minister_set_off_after_an_adjunct_and_a_verb_goes_on_speaking():
    text = (
        "قال رئيس الجمهورية عبد المجيد بن صالح إن الأمن الغذائي خط أحمر.\n"
        "وفي ملف التموين، طمأن وزير التجارة الداخلية، الطيب حمودة، المواطنين بوفرة المواد الأساسية. "
        "وقال في تصريح للصحافة عقب الاجتماع إن مصالحه ستفتح 600 سوق جوارية عبر الوطن."
    )
    q = _article(text).quotes[-1]
    assert (q.cue.text, q.speaker.text) == ("وقال", "الطيب حمودة")


def test_a_ministers_title_named_back_without_the_states_style():
    text = (
        "تلقى وزير الدولة للشؤون الخارجية سالم بن خميس الراشدي اتصالاً هاتفياً من السيدة هيلغا نيلسن، وزيرة "
        "خارجية مملكة الدنمارك، جرى خلاله بحث التعاون بين البلدين.\n"
        "من جهتها، قالت سعادة وزيرة خارجية الدنمارك إن بلادها \"تقدّر دور الوساطة الذي تقوم به مسقط\"."
    )
    q = _article(text).quotes[0]
    assert (q.cue.text, q.speaker.text) == ("قالت", "هيلغا نيلسن")


def test_the_sultan_by_his_honorific_is_the_one_so_introduced():
    text = (
        "مسقط (العمانية) - تلقى حضرة صاحب الجلالة السلطان قابوس بن فهد المعظم اتصالاً هاتفياً من الرئيس "
        "الفنلندي يوهان كورهونن.\n"
        "وأكد الرئيس كورهونن أن بلاده تثمّن الجهود العمانية في الوساطة.\n"
        "من جانبه، شدد جلالة السلطان على أن السلطنة ماضية في نهجها القائم على الحوار."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("وأكد", "كورهونن"), ("شدد", "قابوس بن فهد")]


def test_the_bare_president_is_not_the_head_of_a_bank_or_a_cabinet():
    text = (
        "القاهرة - استقبل الرئيس عادل منير الشافعي، اليوم، السيد كارل ويبر رئيس مجموعة البنك الأوروبي، "
        "بحضور رئيس مجلس الوزراء الدكتور حسام نور الدين.\n"
        "من جانبه، أوضح رئيس مجلس الوزراء أن الحكومة أعدت خطة للمشروعات المشتركة.\n"
        "وأكد الرئيس، بحسب المتحدث الرسمي، أن مصر ماضية في برنامج الإصلاح الاقتصادي.\n"
        "من جانبه، أعرب رئيس البنك الأوروبي عن تقديره للقاء، مؤكداً أن البنك سيواصل دعم أولويات التنمية."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [
        ("أوضح", "حسام نور الدين"),
        ("وأكد", "عادل منير الشافعي"),
        ("مؤكداً", "كارل ويبر"),
    ]


def test_a_subjectless_cue_after_relayed_words_goes_on_with_the_relayer():
    text = (
        "عقد مجلس الوزراء اجتماعه برئاسة سمو الشيخ جابر سالم المبارك رئيس مجلس الوزراء.\n"
        "وقال وزير الإعلام خالد عيسى المطيري إن المجلس استهل أعماله بمناقشة الميزانية.\n"
        "ونقل الوزير المطيري عن سموه قوله: «لن نقبل بأي تأخير في المشاريع التي تمس حياة المواطن».\n"
        "وأوضح أن المجلس وافق على مشروع قانون لتنظيم الاستثمار."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [
        ("وقال", "خالد عيسى المطيري"),
        ("ونقل", "جابر سالم المبارك"),
        ("وأوضح", "المطيري"),
    ]


def test_an_honoured_title_reported_inside_a_report_speaks_the_marked_clause():
    text = (
        "عقد مجلس الوزراء اجتماعه الأسبوعي برئاسة سمو الشيخ جابر سالم المبارك رئيس مجلس الوزراء.\n"
        "وصرح وزير الإعلام خالد عيسى المطيري بأن المجلس وافق على مشروع قانون الإيجارات.\n"
        "وأضاف أن سمو رئيس مجلس الوزراء شدد خلال الاجتماع على أن \"السكن اللائق حق لكل مواطن ومقيم\".\n"
        "وأشار إلى أن المجلس استمع إلى شرح عن الاستعداد لموسم الصيف."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.cue.text, q.speaker.text) for q in quotes] == [
        ("indirect", "وصرح", "خالد عيسى المطيري"),
        ("indirect", "وأضاف", "خالد عيسى المطيري"),
        ("direct", "شدد", "جابر سالم المبارك"),
        ("indirect", "وأشار", "خالد عيسى المطيري"),
    ]


def test_a_latin_gloss_in_brackets_is_no_source_credit():
    (q,) = _article("وأكدت الوزارة في بيان أن محطة الصبية الجنوبية (Az-Subiya South) ستضيف 900 ميغاواط إلى الشبكة.").quotes
    assert q.content.text == "محطة الصبية الجنوبية (Az-Subiya South) ستضيف 900 ميغاواط إلى الشبكة"


def test_words_written_in_the_post_just_named_report():
    text = "فرد سامي الدباغ بمنشور جديد على إنستغرام كتب فيه أن لديه \"وصفات طبية موقعة من طبيب المنتخب\"."
    quotes = _article(text).quotes
    assert [(q.kind, q.cue.text, q.speaker.text) for q in quotes] == [
        ("indirect", "كتب", "سامي الدباغ"),
        ("direct", "كتب", "سامي الدباغ"),
    ]


def test_a_frame_on_a_body_with_its_latin_name_before_the_comma():
    (q,) = _article("ووفقاً لوحدة الرقابة على المنشطات (DCU)، فإن العينة احتوت على آثار مادة محظورة.").quotes
    assert (q.kind, q.cue.text, q.content.text) == ("according_to", "ووفقاً ل", "العينة احتوت على آثار مادة محظورة")


def test_a_rapporteur_and_an_officer_are_titles_before_the_name():
    (q, _) = _article("أكدت مقررة لجنة الحريات في مجلس النواب سلمى العتوم أن التعديلات \"لا تستهدف أحداً\".").quotes
    assert (q.speaker.text, q.role) == ("سلمى العتوم", "مقررة لجنة الحريات في مجلس النواب")
    (q,) = _article("وأكد ضابط الإسعاف في الهلال الأحمر باسل النتشة أن الطواقم تنتظر ساعة عند الحاجز.").quotes
    assert (q.speaker.text, q.role) == ("باسل النتشة", "ضابط الإسعاف في الهلال الأحمر")


def test_a_governor_named_back_by_his_title():
    text = (
        "ونقلت وكالة الأخبار المستقلة عن والي الحوض الغربي، محمد الأمين ولد سيدي، أن السلطات نشرت وحدات إضافية.\n"
        "وأكد الوالي أن البلاد لن تغلق حدودها أمام الفارين من الحرب."
    )
    quotes = _article(text).quotes
    assert [q.speaker.text for q in quotes] == ["محمد الأمين ولد سيدي", "محمد الأمين ولد سيدي"]


def test_the_holder_set_off_after_a_body_or_a_place_speaks_in_the_next_verb():
    text = (
        "من جهتها، دعت ممثلة منظمة الصحة العالمية في لبنان، الدكتورة ريم الخطيب، إلى احترام المنشآت الصحية، "
        "وقالت إن المنظمة وثّقت 12 هجوماً على مرافق صحية."
    )
    (q,) = _article(text).quotes
    assert (q.cue.text, q.speaker.text) == ("وقالت", "ريم الخطيب")
    text = (
        "ونفى وزير الصحة في ولاية النيل الأبيض، عمر الخليفة، هذه الاتهامات، وكتب على منصة إكس: "
        "«لا نخفي شيئاً، وكل حالة تُسجَّل فوراً»."
    )
    (q,) = _article(text).quotes
    assert (q.cue.text, q.speaker.text) == ("وكتب", "عمر الخليفة")


def test_a_hinting_participle_ends_the_content_and_reports_with_an():
    text = (
        "وقالت الخبيرة سلمى الحارثي إن المشترك يدفع أكثر ويحصل على سرعة أقل، ملمّحةً إلى تنسيق مسبق بين الشركات. "
        "وقال الخبير عادل الرواس إن الأسعار ارتفعت، ملمّحاً إلى أن الشركات نسّقت الزيادة."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.content.text) for q in quotes] == [
        ("وقالت", "المشترك يدفع أكثر ويحصل على سرعة أقل"),
        ("وقال", "الأسعار ارتفعت"),
        ("ملمّحاً", "الشركات نسّقت الزيادة"),
    ]


def test_a_colon_after_a_name_with_a_relative_clause_set_off_by_commas():
    text = "وكتب المدوّن سامر الحديدي، الذي يتابعه أكثر من 300 ألف شخص، على منصة إكس: الأحزاب لا تُصنع بقرار، والناس هم من يقرر."
    (q,) = _article(text).quotes
    assert (q.kind, q.speaker.text, q.content.text) == ("direct", "سامر الحديدي", "الأحزاب لا تُصنع بقرار، والناس هم من يقرر")


def test_an_after_a_verb_of_requiring_is_no_complement_of_the_verb_before():
    text = (
        "أقر مجلس النواب، الأحد، مشروع قانون يرفع عدد المؤسسين إلى ألفي عضو ويشترط أن يكونوا من ست محافظات على الأقل، "
        "في خطوة قالت أحزاب صغيرة إنها تهدد وجودها."
    )
    (q,) = _article(text).quotes
    assert (q.cue.text, q.content.text) == ("قالت", "تهدد وجودها")


def test_a_body_in_marks_after_the_relayers_title_is_no_quote_and_the_relayer_goes_on():
    text = (
        "ونقل المحامي فادي نعمة، رئيس \"تجمّع حقوق المودعين\"، عن المدير السابق في البنك سامر نصّار قوله إن الإدارة "
        "\"كانت على علم بالثغرة منذ أشهر\"، مؤكداً أن التجمع سيتقدم بدعوى جزائية.\n"
        "ونقل المحامي زياد حمدان عن موكلين له قولهم إنهم لم يتمكنوا من السحب، مشيراً إلى أنه \"يدرس رفع دعوى جماعية أمام المحاكم\"."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.cue.text, q.speaker.text if q.speaker else None) for q in quotes] == [
        ("indirect", "ونقل", "سامر نصّار"),
        ("direct", "ونقل", "سامر نصّار"),
        ("indirect", "مؤكداً", "فادي نعمة"),
        ("indirect", "ونقل", None),
        ("direct", "مشيراً", "زياد حمدان"),
    ]


def test_a_son_named_after_his_kin_word_and_a_major_by_his_rank():
    (q,) = _article("ونقل والده حسين الجبوري عن نجله علي قوله إنه \"لم يتلقَّ أي دعوة رسمية من الاتحاد\".").quotes
    assert q.speaker.text == "علي"
    (q,) = _article("وقال المتحدث باسم الدفاع المدني في غزة، الرائد سامي البرش، إن طواقمه رافقت العائدين.").quotes
    assert q.speaker.text == "سامي البرش"


def test_a_clubs_head_named_before_speaks_when_his_title_comes_back_before_the_verb():
    text = (
        "في المقابل، اعتبر رئيس نادي شباب الأغوار سالم العمري أن الحملة على الحكم تجاوزت حدود النقد.\n"
        "وعاد رئيس شباب الأغوار ليقول في تصريح لاحق: \"نحترم قرار الاتحاد، لكننا لن نقبل التشكيك في فوزنا\"."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text) for q in quotes if q.kind == "direct"][-1] == ("ليقول", "سالم العمري")


def test_a_content_maker_is_a_title_before_the_name():
    text = (
        "وكتب صانع المحتوى المتخصص في العملات الرقمية ماجد الشامسي، الذي يتابعه نحو مليون شخص، في تغريدة على "
        "منصة إكس: \"قلتها قبل سنة وأكررها: ليس مفتاحك، ليست عملتك\"."
    )
    (q,) = _article(text).quotes
    assert (q.speaker.text, q.role) == ("ماجد الشامسي", "صانع المحتوى المتخصص في العملات الرقمية")


def test_a_un_official_named_back_by_the_bodys_adjective_sentences_later():
    text = (
        "التقى وزير الداخلية، اليوم الأحد، منسقة الأمم المتحدة للشؤون الإنسانية في البلاد ماريا هولم، وبحث معها خطة الإغاثة.\n"
        "وقالت هولم إن المنظمة \"تحتاج إلى ممرات آمنة قبل نهاية الشهر\".\n"
        "وذكر بيان للوزارة أن الجانبين ناقشا أوضاع النازحين في المخيمات الشمالية.\n"
        "وأكد الوزير أن الحكومة فتحت ثلاثة معابر جديدة.\n"
        "وأضاف أن القوافل ستتحرك تحت حماية الشرطة.\n"
        "وأوضحت المسؤولة الأممية أن فرق المنظمة ستبدأ التوزيع الأسبوع المقبل."
    )
    quotes = _article(text).quotes
    assert (quotes[-1].cue.text, quotes[-1].speaker.text) == ("وأوضحت", "هولم")
    # no body's adjective: an official of no named body stays unnamed
    (q,) = _article("وأوضحت المسؤولة الإدارية أن الفرق ستبدأ التوزيع الأسبوع المقبل.").quotes
    assert q.speaker is None


def test_a_group_named_in_marks_after_a_preposition_is_named_back_by_its_noun():
    text = (
        "وأفاد مصدر أمني بأن قوارب تابعة لجماعة \"حراس الشاطئ\" المسلحة اعترضت سفينة صيد قرب الجزيرة.\n"
        "وقالت الجماعة في بيان على تليغرام إن عناصرها \"فتشوا السفينة وأطلقوا طاقمها\"."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in quotes][-1] == ("وقالت", "حراس الشاطئ")
    text = "وقالت حركة \"الفجر الجديد\" المعارضة في بيان إن القرار خاطئ.\nوأضافت الحركة أن الحكومة أخفقت في إدارة الملف."
    assert [q.speaker.text for q in _article(text).quotes] == ["الفجر الجديد", "الفجر الجديد"]


def test_a_spokesman_for_a_club_read_as_a_person_and_his_name_set_off():
    text = "وأفاد الناطق باسم سبورتنغ قادش، بابلو سانشيز، بأن النادي \"لم يتلقَّ أي عرض مكتوب حتى الآن\"."
    assert {q.speaker.text for q in _article(text).quotes} == {"بابلو سانشيز"}


def test_a_father_set_off_by_commas_speaks_to_a_television_programme():
    text = "أما والد اللاعب، منصور الحربي، فقال لبرنامج تلفزيوني سعودي إن ابنه \"يحلم بالاحتراف في أوروبا\"."
    assert {q.speaker.text for q in _article(text).quotes} == {"منصور الحربي"}


def test_a_title_given_before_a_name_set_off_by_commas_names_it_back_far_later():
    text = (
        "وقالت أمينة صندوق الجمعية، ليلى الفاسي، إن العجز بلغ مليوني درهم.\n"
        "وأكد رئيس الجمعية أن الحسابات ستدقق.\n"
        "وقال خبير مالي إن الأزمة قديمة.\n"
        "ورأى عضو في الهيئة أن الحل في الاندماج.\n"
        "وطالب المنخرطون بجمع عام استثنائي.\n"
        "وكانت أمينة الصندوق قد شددت على أن \"لا أحد فوق المحاسبة\"."
    )
    assert _article(text).quotes[-1].speaker.text == "ليلى الفاسي"


def test_a_club_by_its_nickname_in_marks_speaks_after_a_masculine_verb():
    (q,) = _article("وقال \"النوارس\" في بيان نشره عبر حساباته الرسمية إن النادي سيتقدم بشكوى رسمية إلى الاتحاد.").quotes
    assert q.speaker.text == "النوارس"
    (q,) = _article("في المقابل، ردّ \"فهد الشمال\" في بيان بأن العقد \"انتهى قانونياً قبل بدء المفاوضات\".").quotes[:1]
    assert q.speaker.text == "فهد الشمال"


def test_the_one_asked_answers_and_a_coach_named_back_by_his_nationality():
    text = (
        "في حوار مع \"الشرق الأوسط\"، تحدث مدرب نادي النخيل، سعد الكعبي، عن أزمة الرواتب.\n"
        "وقال قائد الفريق مازن الخطيب إن اللاعبين صبروا طويلاً.\n"
        "وختاماً، سألنا الكعبي: ما رسالتك للجماهير؟ فأجاب: «اصبروا علينا».\n"
    )
    assert _article(text).quotes[-1].speaker.text in ("الكعبي", "سعد الكعبي")
    text = (
        "وقال مدرب الشباب، الإسباني خوان لوبيث، إن فريقه لعب جيداً.\n"
        "أما مدرب الوحدة، عادل النعيمي، فرأى أن الحكم أخطأ.\n"
        "وأكد رئيس لجنة الحكام أن اللقطة ستراجع.\n"
        "وختم المدرب الإسباني حديثه قائلاً: «سنقاتل حتى الجولة الأخيرة»."
    )
    assert _article(text).quotes[-1].speaker.text in ("لوبيث", "خوان لوبيث")


def test_a_post_written_with_it_and_a_colon_after_then_ends_the_report():
    text = "وقالت اللاعبة سارة النجار إن الفريق جاهز.\nونشرت النجار عبر حسابها صورة جماعية للفريق، وكتبت معها: \"النهائي بداية الطريق\"."
    assert _article(text).quotes[-1].speaker.text == "النجار"
    quotes = _article("وقال بروكس إن الجماهير \"كانت اللاعب السادس الليلة\"، ثم تابع ضاحكاً: «لم أسمع هديراً كهذا».").quotes
    assert quotes[0].content.text == 'الجماهير "كانت اللاعب السادس الليلة"'
    assert "لم أسمع هديراً كهذا" in [q.content.text for q in quotes]


def test_a_partial_quote_after_two_nouns_and_a_phone_call_on_air():
    quotes = _article("وقالت المديرة إن الشعار والألوان \"خط أحمر لن نقترب منه\".").quotes
    assert [q.kind for q in quotes] == ["indirect", "direct"]
    text = "وتابع سامي العلي في مداخلة هاتفية: «نحن لا نطلب معاملة خاصة، نطلب العدالة فقط»."
    assert [q.speaker.text for q in _article(text).quotes] == ["سامي العلي"]


def test_a_consultant_in_construct_with_his_field_and_a_coauthor_set_off():
    (q,) = _article("ويوضح استشاري الغدد الصماء والسكري في مستشفى النور الدكتور سامي العتيبي أن الأدوية تحاكي هرموناً.").quotes
    assert q.speaker.text == "سامي العتيبي"
    text = "وقال المؤلف المشارك في الدراسة، البروفيسور جون سميث (John Smith) من معهد أكسفورد لصحة الطفل، إن التجربة كبيرة."
    (q,) = _article(text).quotes
    assert q.speaker.text == "جون سميث"


def test_a_bank_described_by_its_field_then_named_in_marks_is_the_source():
    (q,) = _article("وبحسب تقديرات بنك الاستثمار \"دلتا كابيتال\"، فإن التضخم قد يرتفع إلى 15 في المئة.").quotes
    assert q.speaker.text == "دلتا كابيتال"


def test_a_calling_given_with_li_before_the_first_mention_names_her_back_far_later():
    text = (
        "صدرت في بيروت رواية \"بيت الملح\" للروائية سناء الحداد، بعد خمس سنوات من الكتابة.\n"
        "وتقول الحداد إن الرواية \"وُلدت من حكايات جدتي\".\n"
        "وقال الناقد سمير عبود إن الرواية ناجحة.\n"
        "وأضاف عبود أن فصولها الوسطى طويلة.\n"
        "وقالت الناشرة ليلى فرح إن الطبعة الأولى نفدت.\n"
        "وأكدت فرح أن طبعة ثانية تصدر قريباً.\n"
        "وقال مدير المعرض كريم سلوم إن الإقبال كبير.\n"
        "وأوضح سلوم أن المعرض يستمر أسبوعاً.\n"
        "وتقول الروائية إنها تكتب الآن رواية عن البحر."
    )
    assert _article(text).quotes[-1].speaker.text in ("الحداد", "سناء الحداد")


def test_a_director_who_climbed_the_stage_before_she_spoke_is_the_director_named_back():
    text = (
        "وصعدت المخرجة سلمى العلوي إلى الخشبة لتسلّم الجائزة، وقالت في كلمتها: «هذه الجائزة لأمهات الحي».\n"
        "وقال مدير المهرجان عادل الفاسي إن الدورة نجحت.\n"
        "وأضاف الفاسي أن الجمهور تضاعف.\n"
        "ورأى الناقد يوسف بناني أن العرض الفائز جريء.\n"
        "لكن بناني اعتبر أن الإخراج أطال المشاهد.\n"
        "وأكدت الوزارة في بيان أنها ستدعم جولة وطنية.\n"
        "وعن خطوتها المقبلة، قالت المخرجة لرويترز إنها تستعد لعرض جديد في الخريف."
    )
    assert _article(text).quotes[-1].speaker.text == "سلمى العلوي"


def test_a_film_that_tells_a_tale_reports_nothing_but_one_who_tells_a_story_with_a_colon_does():
    text = "ويروي الفيلم حكاية حارس عمارة يكتشف أن الجيران يتجسسون على بعضهم، فيصرخ في وجه أحدهم: \"كلكم تعرفون\"."
    assert _article(text).quotes == []
    (q,) = _article("لكن السائق حاتم الجبالي يروي قصة مختلفة: شاحنتي ما زالت هنا منذ أسبوعين.").quotes
    assert q.speaker.text == "حاتم الجبالي"


def test_journalists_spoken_to_without_the_article_are_no_speaker():
    text = "وأعلنت رئيسة اللجنة ريم عسّاف النتائج في ختام الحفل.\nأما عسّاف فقالت لصحفيين بعد الحفل إن النقاش كان طويلاً."
    assert _article(text).quotes[-1].speaker.text == "عسّاف"


def test_a_publishing_house_speaks_in_a_statement():
    text = "وصدرت الرواية عن دار الضفاف في الدار البيضاء.\nوقالت دار الضفاف في بيان إن الطبعة الأولى نفدت خلال ستة أسابيع."
    assert _article(text).quotes[-1].speaker.text == "دار الضفاف"


def test_a_title_with_its_adjective_ends_her_talk_and_the_bourse_is_named_back():
    text = (
        "وقالت المحللة المالية منى الحارثي إن السوق مهيأة للتصحيح.\n"
        "وقال متداول إن البيع كثيف.\n"
        "وختمت المحللة المالية حديثها بالقول إن الهبوط قد يكون فرصة."
    )
    assert _article(text).quotes[-1].speaker.text == "منى الحارثي"
    text = "تراجع مؤشر بورصة مسقط بنسبة 3 بالمئة.\nوبحسب بيانات البورصة، فإن قيمة التداولات بلغت 58 مليون ريال."
    assert "بورصة مسقط" in _article(text).quotes[-1].speaker.text


def test_a_refrain_hung_on_the_wall_is_no_comment():
    assert _article("وفي مدخل القاعة، عُلّقت بخط كبير لازمة أغنية شعبية: \"يا طنجة يا العالية\".").quotes == []
    (q,) = _article("وعلّق المدير سامي الحداد على القرار قائلاً: \"القرار نهائي\".").quotes
    assert q.speaker.text == "سامي الحداد"


def test_an_outlet_in_marks_before_the_colon_is_no_quote_of_its_own():
    text = "وأضافت الوزيرة منى الجمال في تصريحات لـ\"سي إن بي سي عربية\": “سنعتمد أكثر على الصكوك والتمويل الميسّر”."
    (q,) = _article(text).quotes
    assert q.content.text == "سنعتمد أكثر على الصكوك والتمويل الميسّر"


def test_the_talk_she_ended_is_no_part_of_her_name():
    text = (
        "التقت \"الجزيرة نت\" سارة عثمان، المديرة التنفيذية لبنك \"النيل الأزرق الرقمي\"، في مكتبها.\n"
        "تقول عثمان إن التحويلات تضاعفت منذ بداية الحرب.\n"
        "وختمت عثمان حديثها: «المغتربون لم يتخلوا عن بلدهم يوماً. نحن فقط نحاول أن نجعل الطريق أقصر»."
    )
    rec = _article(text)
    assert rec.quotes[-1].speaker.text == "عثمان"
    assert not any("حديثها" in m.text for m in rec.mentions)


def test_in_terms_of_opens_no_clause_in_the_subject():
    text = "قال بنك الصفاة الوطني الكويتي، ثالث أكبر بنك مدرج في بورصة الكويت من حيث الأصول، إن صافي ربحه ارتفع 14 في المئة."
    (q,) = _article(text).quotes
    assert q.speaker.text == "بنك الصفاة الوطني الكويتي"
    assert q.content.text == "صافي ربحه ارتفع 14 في المئة"
    # «حيث» alone still opens another clause: what the report says, not the manager
    (q,) = _article("قال المدير حيث جاء في التقرير إن الأرباح تضاعفت.").quotes
    assert q.cue.text == "جاء في" and q.speaker is None


def test_a_body_in_marks_and_a_second_apposition_stay_in_the_subject():
    text = (
        "من جهته، قال جوليان ماركس (Julian Marks)، رئيس أسواق رأس المال في \"هاربر غيت للأوراق المالية\" "
        "(Harbor Gate Securities)، أحد المنسقين الدوليين للطرح، إن المستثمرين الأجانب أبدوا اهتماماً كبيراً."
    )
    (q,) = _article(text).quotes
    assert q.kind == "indirect" and q.speaker.text == "جوليان ماركس"
    assert q.content.text == "المستثمرين الأجانب أبدوا اهتماماً كبيراً"


def test_a_denial_that_echoes_anothers_quoted_words_quotes_them_not_its_speaker():
    text = (
        "وقال الممثل عمر بلحاج إن الحلقات الأخيرة \"كُتبت على عجل ولم تُقرأ على الممثلين\".\n"
        "من جهته، نفى المخرج ياسين قرفي أن يكون النص قد \"كُتب على عجل\"."
    )
    quotes = _article(text).quotes
    assert [(q.kind, q.speaker.text) for q in quotes if q.speaker.text == "ياسين قرفي"] == [("indirect", "ياسين قرفي")]
    # a denial with words of its own in marks quotes them
    text = "ونفى المخرج ياسين قرفي أن يكون النص \"قد كتب في أسبوعين فقط\"."
    assert [q.kind for q in _article(text).quotes] == ["indirect", "direct"]


def test_the_winner_is_the_one_who_won():
    text = (
        "فاز الشاعر الموريتاني محمد الأمين ولد عبد الله بجائزة الشعر العربي في دورتها العاشرة.\n"
        "وأعلنت رئيسة لجنة التحكيم مريم منت المختار النتيجة أمام جمهور من الشعراء.\n"
        "وقال الفائز في كلمته خلال حفل التتويج: «أهدي هذه الجائزة إلى أمي التي علّمتني أول بيت شعر»."
    )
    assert _article(text).quotes[-1].speaker.text == "محمد الأمين ولد عبد الله"


def test_a_verse_a_hadith_or_a_prayer_in_marks_is_no_quote():
    text = (
        "وأضافت الدار أن الالتزام بالتصاريح واجب. واستشهدت بقوله تعالى: «ولا تلقوا بأيديكم إلى التهلكة».\n"
        "وكان الأزهر الشريف قد دعا إلى كفالة الأيتام، مستشهداً بقول النبي صلى الله عليه وسلم: \"أنا وكافل اليتيم في الجنة هكذا\".\n"
        "واختتم الإمام خالد الرشيدي خطبته بالدعاء \"اللهم احفظ الكويت وأهلها من كل سوء\".\n"
        "وقال الإمام سليمان بوعلام في خطبته: «الزكاة ركن من أركان الإسلام»."
    )
    quotes = _article(text).quotes
    assert [q.content.text for q in quotes if q.kind == "direct"] == ["الزكاة ركن من أركان الإسلام"]


def test_a_bishop_named_back_by_his_title_and_a_negotiator_by_hers():
    text = (
        "ترأس نيافة الأنبا صموئيل، أسقف أسيوط وتوابعها، مساء الثلاثاء، قداس عيد الميلاد المجيد.\n"
        "وقال الأسقف في عظة العيد إن ميلاد المسيح رسالة سلام لكل البشر."
    )
    assert _article(text).quotes[-1].speaker.text == "صموئيل"
    text = "وقالت المفاوضة الموريتانية في مفاوضات المناخ مريم منت الحسن إن بلادها ستقدم المشروع."
    (q,) = _article(text).quotes
    assert q.speaker.text == "مريم منت الحسن" and q.role.startswith("المفاوضة")


def test_the_one_an_outlet_asked_answers():
    text = (
        "بورتسودان (الأناضول) - أعلنت وزارة الطاقة زيادة أسعار الوقود.\n"
        "في المقابل، قال الخبير الاقتصادي معتصم النور إن الزيادة ستدفع الأسعار إلى الارتفاع.\n"
        "وقال وكيل الوزارة محمد الطاهر لوكالة الأناضول إن الحكومة لم تعد قادرة على تحمل الدعم.\n"
        "وسألت الأناضول النور عما إذا كانت الحكومة تملك بدائل أخرى، فأجاب: «البديل كان إصلاح الجمارك ووقف التهريب»."
    )
    assert _article(text).quotes[-1].speaker.text == "النور"


def test_highlighting_is_a_report_and_also_warned_goes_on_with_the_body():
    text = (
        "وقال المدير ياسين الوزاني إن المحطة ستنتج 300 مليون متر مكعب سنوياً، مبرزاً أنها ستشتغل كلياً بالطاقات المتجددة."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.content.text) for q in quotes][-1] == ("مبرزاً", "ستشتغل كلياً بالطاقات المتجددة")
    text = (
        "وقال خبير الأرصاد ناصر الفيتوري إن الكتلة الحارة ستظل مسيطرة.\n"
        "وحذّر المركز الوطني للأرصاد الجوية، في نشرته الصادرة صباح الخميس، من التعرض المباشر لأشعة الشمس. "
        "كما حذّر من أن الرياح المحمّلة بالأتربة قد تحدّ من مدى الرؤية."
    )
    assert _article(text).quotes[-1].speaker.text == "المركز الوطني للأرصاد الجوية"


def test_a_generic_title_stands_for_the_one_introduced_with_it_not_the_last_speaker():
    text = (
        "وقال خبير الأرصاد بالمركز الوطني ناصر الفيتوري إن الكتلة الحارة ستظل مسيطرة.\n"
        "وأكد المتحدث باسم شركة الكهرباء مصطفى القماطي أن الأحمال بلغت ذروتها.\n"
        "وأوضح القماطي أن محطتي الزاوية والخمس تعملان بأقل من طاقتهما.\n"
        "وقالت المعلمة سعاد الورفلي إن والدتها مريضة بالقلب.\n"
        "وكتب وزير الكهرباء فرج الزوي على صفحته: «نعتذر لأهلنا عن هذه المعاناة».\n"
        "ونصح الخبير المواطنين بشرب كميات كافية من المياه، مؤكداً أن موجات الحر باتت أطول."
    )
    assert _article(text).quotes[-1].speaker.text == "ناصر الفيتوري"


def test_a_spokesman_with_a_shortened_body_is_the_one_named_far_before():
    # (the story of batch 203's tu12, from the tanker to the last word of the spokesman)
    text = (
        "وقال الناطق الرسمي باسم الإدارة العامة للحرس البحري العقيد محسن الدريدي إن وحداته طوّقت البقعة بحواجز عائمة، وإن التسرب \"تمت السيطرة عليه بالكامل\" صباح الأحد.\n"
        "وأضاف الدريدي أن الناقلة، التي ترفع علم دولة أجنبية، احتُجزت في ميناء صفاقس التجاري، وأن تحقيقاً فُتح لتحديد ملابسات الحادث.\n"
        "على رصيف ميناء سيدي يوسف، يتجمع صيادون غاضبون أمام قواربهم المتوقفة. ويقول الصياد فتحي الشعري: «الشباك التي رفعناها أمس كانت سوداء. موسم الأخطبوط انتهى قبل أن يبدأ».\n"
        "ويؤكد الشعري أن البحّارة أبلغوا السلطات بوجود رائحة نفط قوية منذ الجمعة، أي قبل يوم كامل من الإعلان الرسمي عن التسرب.\n"
        "وأعلنت وزارة البيئة أنها أوفدت فريقاً من الوكالة الوطنية لحماية المحيط لأخذ عينات من المياه والرواسب. كما دعت البحارة إلى تجنب الصيد في المنطقة المحاذية للبقعة حتى إشعار آخر.\n"
        "وأظهرت دراسة نشرها المعهد الوطني لعلوم وتكنولوجيا البحار العام الماضي تراجعاً بنحو 40 في المائة في مساحات الأعشاب البحرية بخليج قابس خلال عقدين.\n"
        "وقال الباحث الرئيسي في الدراسة أنيس الحاج يوسف إن هذه الأعشاب تمثل \"الحاضنة الطبيعية\" لصغار الأسماك، مضيفاً أن أي تلوث إضافي \"قد يدفع المنظومة البيئية في الأرخبيل إلى نقطة اللاعودة\".\n"
        "بدورها، طالبت جمعية قرقنة للتنمية المستدامة بأن تتحمل الشركة المالكة للناقلة كامل تكاليف التنظيف وتعويض الصيادين المتضررين.\n"
        "وأكد الناطق باسم الحرس البحري، في ختام تصريحه، أن عمليات شفط النفط ستتواصل لأيام، وأن الشواطئ الشمالية للأرخبيل لم تتأثر حتى الآن.\n"
    )
    assert _article(text).quotes[-1].speaker.text == "محسن الدريدي"


def test_those_called_on_are_the_object_and_the_caller_goes_on():
    text = "وقال الوكيل المساعد فهد العازمي إن صلاة العيد ستقام مبكراً. ودعا المصلين إلى أن يصطحبوا سجاداتهم."
    assert _article(text).quotes[-1].speaker.text == "فهد العازمي"
    text = (
        "وقال الأمين العام لدار الإفتاء مصطفى عبد الغفار إن الحج دون تصريح مخالفة.\n"
        "ودعا الأمين العام المواطنين إلى أن يتحققوا من ترخيص الشركات."
    )
    assert _article(text).quotes[-1].speaker.text == "مصطفى عبد الغفار"
    # a title in construct keeps its complement: «وزير الاتصالات» is one title
    text = "وقال وزير الاتصالات سامي العلي إن الشبكة جاهزة. ودعا وزير الاتصالات الشركات إلى أن تلتزم بالمعايير."
    assert _article(text).quotes[-1].speaker.text == "سامي العلي"


def test_a_named_subject_who_denied_a_thing_goes_on_in_the_next_cue():
    text = (
        "وقال مصدر في الوزارة إن الصرف منتظم.\n"
        "وردّاً على شكاوى من تأخر الصرف، نفى الوزير عادل شلبي وجود أي تأخير. وأوضح أن الصرف يتم عبر 4 آلاف مكتب بريد."
    )
    assert _article(text).quotes[-1].speaker.text == "عادل شلبي"


def test_the_clause_after_while_has_its_own_speaker_and_a_title_in_construct_goes_on():
    text = (
        "وقال وزير الأوقاف فيصل الشمري إن الحملة نجحت.\n"
        "وقال الخطيب عبد الله الرشيدي: «الصدقة تطفئ غضب الرب».\n"
        "واختتم الرشيدي خطبته بالدعاء، فيما ختم الوزير تصريحه بالقول: \"الخير في الكويت لا ينقطع\"."
    )
    assert _article(text).quotes[-1].speaker.text == "فيصل الشمري"
    text = (
        "ترأس الأنبا ساويرس قداس العيد بحضور محافظ المنيا اللواء عادل الجمّال.\n"
        "وقال الأنبا ساويرس في عظة العيد إن الميلاد رسالة سلام.\n"
        "وهنّأ محافظ المنيا الأقباط بالعيد، ثم قال في كلمة مقتضبة: \"المنيا ستبقى نموذجاً للعيش المشترك\"."
    )
    assert _article(text).quotes[-1].speaker.text == "عادل الجمّال"


def test_what_the_new_carry_rules_leave_alone():
    # a body whose name ends in plurals keeps them: no object cut out of «اتحاد المنمين الموريتانيين»
    text = "وطالب اتحاد المنمين الموريتانيين بأن تشمل عملية الدعم ولايات الشمال."
    assert _article(text).quotes[-1].speaker.text == "اتحاد المنمين الموريتانيين"
    # an adjective agreeing with a plural is no object either
    text = "دعا رئيس جمعية أولياء أمور اللاعبين الناشئين في البحرين، عادل المحميد، إلى أن تتحمل الأندية تكاليف التأمين."
    assert _article(text).quotes[-1].speaker.text == "عادل المحميد"
    # «يقول» inside a clause remembers no speaker: «ولا أحد يقول نعم» then «وأجاب»
    text = (
        "يقول المخرج عمار دياب: الرقابة لا تمنع الفيلم. لا أحد يقول لك لا، ولا أحد يقول نعم.\n"
        "وعندما سألناه إن كان يفكر في الإنتاج خارج سوريا، ضحك وأجاب بأن «المنتج الخليجي يريد مسلسلاً لا فيلماً»."
    )
    assert _article(text).quotes[-1].speaker.text == "عمار دياب"
    # a title in construct is not the last speaker who holds another title
    text = (
        "وقال الدكتور شريف عبد المنعم، مدير المستشفى، إن القسم استقبل 1400 حالة.\n"
        "ويرى أستاذ طب الطوارئ الدكتور علاء فهمي أن المشكلة في غياب منظومة إحالة.\n"
        "وتابع فهمي: «المريض المصاب بنزلة برد يزاحم مريض الجلطة».\n"
        "وعاد مدير المستشفى ليقول إن الضغط بدأ يتراجع، متوقعاً أن تعود الأمور إلى طبيعتها."
    )
    assert _article(text).quotes[-1].speaker.text == "شريف عبد المنعم"


def test_a_step_she_took_is_hers_when_her_title_and_name_open_the_sentence():
    text = (
        "أعلنت وزيرة التضامن الاجتماعي المصرية، الدكتورة رانيا الشناوي، زيادة قيمة معاش \"تكافل وكرامة\" بنسبة 25 في المئة "
        "اعتباراً من أبريل المقبل، "
        "في خطوة قالت إنها تستهدف تخفيف أثر التضخم على نحو 4.7 ملايين أسرة."
    )
    (q,) = _article(text).quotes
    assert q.speaker.text == "رانيا الشناوي"


def _blind_story(name, prefix):
    """The text of one story of a development file of the blind corpus."""
    import yaml

    stories = yaml.safe_load((Path(__file__).parent / "golden/quotes/blind" / f"{name}.yaml").read_text(encoding="utf-8"))
    return next(p["text"] for p in stories if p["id"].startswith(prefix))


def test_a_title_with_its_complement_names_back_its_one_holder_far_back():
    # «وأوضح مدير الديوان» seven sentences after «وقال فاروق بوقرة، مدير عام الديوان الوطني للحج
    # والعمرة» (batch 205's development data)
    text = _blind_story("ilrel3", "xl04")
    rec = _article(text)
    q = next(q for q in rec.quotes if q.cue.text == "وأوضح")
    assert q.speaker is not None and q.speaker_key == rec.quotes[2].speaker_key
    assert rec.quotes[2].speaker.text == "فاروق بوقرة"


def test_an_age_with_nunation_is_no_name_after_a_definite_word():
    text = "\"بيتي صار بعيدا عن أولادي\"، يقول الرجل ذو الخامس والسبعين عاماً بصوت خافت."
    rec = _article(text)
    assert not any("عاماً" in m.text for m in rec.mentions if m.label == "PERSON")
    assert rec.quotes[0].speaker is None


def test_a_word_and_a_number_in_marks_name_no_speaker():
    # (the model reads «كوب» as a person in this story, batch 203's development data)
    rec = _article(_blind_story("ilene1", "tp11"))
    assert not any(m.text == "كوب" for m in rec.mentions)
    asked = next(q for q in rec.quotes if q.cue.text == "فقال")
    assert asked.speaker_key == next(q.speaker_key for q in rec.quotes if q.speaker and q.speaker.text == "نايف العتيبي")


def test_a_lone_title_is_the_one_introduced_with_it_when_the_last_speaker_had_none():
    text = (
        "وقال وزير الكهرباء والماء هشام العنزي إن الشبكة صامدة.\n"
        "وفي منطقة الرقة، نقل المختار عبدالله المطيري عن السكان أن التيار انقطع أربع ساعات. وقال المطيري: «نريد أن نعرف موعد القطع».\n"
        "وردّاً على ذلك، أوضح الوزير أن التأخر يعود إلى أعطال في المحولات."
    )
    rec = _article(text)
    assert any(m.text == "عبدالله المطيري" and m.label == "PERSON" for m in rec.mentions)
    assert rec.quotes[-1].speaker.text == "هشام العنزي"


def test_a_colon_between_digits_opens_no_quote():
    text = "وكانت الوزارة قد أعلنت بدء تطبيق حظر العمل تحت أشعة الشمس من الساعة 12:30 ظهراً حتى الثالثة عصراً."
    assert _article(text).quotes == []


def test_a_family_name_that_is_a_title_word_names_back_its_holder():
    text = (
        "وقال مدير مستشفى الخرطوم، عادل الأمين، إن المولدات تعمل فوق طاقتها.\n"
        "وحذّر الأمين من أن «أي انقطاع طويل قد يكلفنا أرواحاً»."
    )
    assert _article(text).quotes[-1].speaker.text == "عادل الأمين"
    # a speaker introduced with that title keeps it
    text = (
        "وقال الأمين العام للجامعة حسن المصري إن القمة ناجحة.\n"
        "وقال مدير مستشفى الخرطوم، عادل الأمين، إن المولدات تعمل.\n"
        "وأضاف الأمين أن القمة ستعقد في موعدها."
    )
    assert _article(text).quotes[-1].speaker.text != "عادل الأمين"


def test_whom_the_speaker_addressed_is_no_subject():
    text = (
        "خصّص الشيخ عبد الرزاق المؤدب خطبته لفضل صلة الرحم، وقال مخاطباً المصلين: «ما اجتمعنا في هذا البيت لنتفرق»."
    )
    assert _article(text).quotes[-1].speaker.text == "عبد الرزاق المؤدب"


def test_women_named_by_egyptian_and_sudanese_given_names_speak():
    text = "في حي ديم العرب، تجلس ستنا آدم مع أطفالها أمام باب المنزل. تقول: «ننام في الشارع منذ أسبوعين»."
    assert _article(text).quotes[-1].speaker.text == "ستنا آدم"
    text = "كانت نعمات سيد تبيع الحلوى أمام المسجد. تقول: «الزيارة عهد لا أخلفه»."
    assert _article(text).quotes[-1].speaker.text == "نعمات سيد"


def test_one_of_the_public_by_her_given_name_alone_speaks():
    text = "ووقفت نسيمة، وهي موظفة في الأربعين، في طابور أمام أحد المخابز، وقالت: «قطعت ثلاثة أحياء لأجد خبزاً»."
    assert _article(text).quotes[-1].speaker.text == "نسيمة"
    text = "في سوق الماشية، كان مراد، وهو موظف في الأربعين، يتفقد الكباش. \"جئت لأرى فقط\"، قال مبتسماً."
    assert _article(text).quotes[-1].speaker.text == "مراد"
    text = "وفي السوق المركزي، قالت المتسوقة سارة إنها باتت تفضل الخضار المحلية."
    assert _article(text).quotes[-1].speaker.text == "سارة"
    # (an adjective after a definite noun is no name)
    rec = _article("كانت الأجواء لطيفة، وهي فرصة للعائلات. وقال المدير إن الحضور كبير.")
    assert not any(m.label == "PERSON" for m in rec.mentions)


def test_a_lone_title_names_back_the_one_introduced_with_it_past_a_speaker_with_another():
    text = (
        "وقال وزير النقل المهندس فهد الدوسري إن الخط الجديد سيغيّر طريقة التنقل.\n"
        "وأوضح الوزير أن التعرفة ستبقى أربعة ريالات.\n"
        "من جهتها، أعلنت الهيئة أن القطارات ستعمل يومياً.\n"
        "وتقول المهندسة ريم العتيبي إن فريقها أجرى ثلاثة آلاف رحلة.\n"
        "ويرى الخبير في التخطيط الحضري الدكتور سلطان القحطاني أن نجاح المترو مرهون بالحافلات. ودعا القحطاني إلى توسيع المواقف.\n"
        "أما الوزير فأكد في ختام جولته أن 12 مساراً جديداً للحافلات سيدخل الخدمة."
    )
    assert _article(text).quotes[-1].speaker.text == "فهد الدوسري"
    # (one given no title of her own stays the speaker of a title none other was introduced with)
    text = (
        "في حوار مع موقع رياضي، تحدثت بطلة الجمباز الإيقاعي المصرية ليلى حسان عن خططها.\n"
        "وعن سؤال عن الاحتراف، أجابت حسان: «العروض موجودة، لكنني لن أغادر».\n"
        "وذكرت اللاعبة أن مدربتها غيّرت طريقة تفكيرها."
    )
    assert _article(text).quotes[-1].speaker.text == "حسان"


def test_a_title_after_returned_names_back_the_one_it_was_first_given_to():
    text = (
        "أعلن وزير النقل عبد الحق الزموري عن بلوغ الأشغال 60 في المئة.\n"
        "ويرى الخبير في اقتصاد النقل رشيد أوحمو أن الرهان في الربط.\n"
        "ودعا أوحمو إلى مراجعة التسعيرة.\n"
        "وعاد الوزير ليؤكد أن الحكومة لن تتراجع."
    )
    assert _article(text).quotes[-1].speaker.text == "عبد الحق الزموري"


def test_the_subject_of_any_opening_verb_goes_on_in_a_subjectless_cue():
    # after an adjunct, a verb, a title and its holder with his honorific set off by commas
    text = (
        "وقال عميد بلدية بنغازي صالح العبيدي إن الشركة المنفذة لم تلتزم بالجداول.\n"
        "في المقابل، حمّل المدير التنفيذي لشركة \"الواحة للمقاولات\"، المهندس طارق المسماري، جهاز المشروعات مسؤولية التأخير. "
        "وقال لـ\"العربية.نت\": \"نحن لم نتوقف بإرادتنا\"."
    )
    assert _article(text).quotes[-1].speaker.text == "طارق المسماري"
    # a title in construct with a long complement, then the name, in the same sentence
    text = (
        "من جهته، حمّل رئيس شعبة الخضراوات والفاكهة بالغرفة التجارية في القاهرة حاتم السروجي جزءاً من المسؤولية "
        "للوسطاء، وقال إن \"بعض التجار يخزنون الكميات\"."
    )
    assert _article(text).quotes[-1].speaker.text == "حاتم السروجي"
    # a lone title is the person introduced with it before the body his title names
    text = (
        "وقال بندر الشهراني، محافظ الهيئة العامة للأمن الغذائي، إن المستحقات ستحول خلال 14 يوما.\n"
        "ويرى الاقتصادي الزراعي ماجد الدوسري أن شراء القمح المحلي تأمين.\n"
        "ودعا المحافظ المزارعين إلى تسليم محاصيلهم في المواعيد المحددة، وأوضح أن الهيئة ستتحمل كلفة النقل."
    )
    assert _article(text).quotes[-1].speaker.text == "بندر الشهراني"


def test_a_title_with_its_adjective_names_back_the_one_given_both():
    text = (
        "وأوضح الأمين العام لدار الإفتاء الدكتور حازم عبد التواب أن الفتوى لا تستهدف التضييق على الناس.\n"
        "وقال أمين الفتوى بدار الإفتاء الشيخ مجدي الشرقاوي إن المشتري لا حرج عليه.\n"
        "ويرى الخبير الاقتصادي وائل منصور أن السوق نما بسرعة. ودعا منصور البنك المركزي إلى وضع إطار تنظيمي.\n"
        "وكان الأمين العام قد أعلن عن إطلاق خط ساخن، وأكد أن الدار ستصدر دليلاً مبسطاً."
    )
    assert _article(text).quotes[-1].speaker.text == "حازم عبد التواب"


def test_he_who_is_described_after_his_name_speaks_in_the_verb_after():
    text = (
        "حين تلقّت أميرة حسنين رسالة من مالك شقتها، أعادت قراءة الرقم مرتين.\n"
        "ويقاسمها الشقة شقيقها كريم حسنين، وهو مهندس برمجيات يرى أن المالك يستغل موجة الغلاء."
    )
    assert _article(text).quotes[-1].speaker.text == "كريم حسنين"


def test_an_honorific_alone_names_back_the_one_first_named_after_it():
    text = (
        "وأوضحت مديرة مشروع الجسر في \"أشغال\" المهندسة هند الكعبي أن نسبة الإنجاز بلغت 78 في المئة.\n"
        "في المقابل، نفى المدير العام لشركة المقاولات طارق عبد الغني أي تقصير. وقال إن المواد تأخرت في الميناء.\n"
        "ويقول سائق الأجرة سالم المري إن الازدحام لا يطاق. وأضاف أنه يقضي ساعة كل صباح.\n"
        "وفي سياق متصل، أعلنت الوزارة عن خطة بديلة.\n"
        "وأكدت المهندسة أن الجسر سيُفتح جزئياً أمام الحركة مطلع سبتمبر."
    )
    assert _article(text).quotes[-1].speaker.text == "هند الكعبي"


def test_a_lone_title_is_not_the_last_speaker_described_by_no_title():
    # «ودعا المحافظ …، وأوضح أن» after «ويرى الاقتصادي الزراعي ماجد الدوسري» (batch 209's development data)
    rec = _article(_blind_story("ilagr2", "yv08"))
    assert next(q for q in rec.quotes if q.cue.text == "وأوضح").speaker.text == "بندر الشهراني"


def test_the_one_a_paper_met_and_asked_answers():
    text = (
        "تقود المهندسة مريم الظاهري، المديرة التنفيذية لشركة \"واحة العين للزراعة الذكية\"، فريقاً من 40 مهندساً.\n"
        "\"البيان\" التقتها في موقع المشروع، وسألتها: كيف تقنعين المزارع التقليدي بأن البيت المحمي ليس مغامرة؟\n"
        "فأجابت: «المزارع هنا يثق بما يراه، لا بما يسمعه»."
    )
    assert _article(text).quotes[-1].speaker.text == "مريم الظاهري"


def test_a_body_called_on_by_a_masculine_verb_is_its_object():
    text = (
        "وقال مدير المهرجان فهد العمري إن الإقبال كبير.\n"
        "ويرى الخبير الاقتصادي خالد المطيري أن تراجع الأسعار طبيعي.\n"
        "وحذّر المطيري من أن \"تكدّس المعروض يضغط على المزارع الصغير\"، ودعا وزارة البيئة والمياه والزراعة إلى أن تنظم مواعيد الدخول."
    )
    assert _article(text).quotes[-1].speaker.text == "المطيري"
    text = (
        "وقال مصدر بالإدارة العامة للمرور إن الحملات ستنتشر في المواقف.\n"
        "ودعا الخبير الاقتصادي الدكتور سامح الحلواني إلى دعم النقل الجماعي، كما دعا الحكومة إلى أن تربط أي زيادة في الأجرة بجدول زمني."
    )
    assert _article(text).quotes[-1].speaker.text == "سامح الحلواني"


def test_a_company_named_past_a_compound_adjective_is_the_company_named_back():
    # «أطلقت شركة الطيران منخفض التكلفة "أطلس سكاي"» … «وأوضحت الشركة في بيان أن» (batch 207's
    # development data)
    rec = _article(_blind_story("iltra3", "yh06"))
    assert next(q for q in rec.quotes if q.cue.text == "وأوضحت").speaker.text == "أطلس سكاي"


def test_one_described_by_an_indefinite_noun_and_her_nationality_is_unnamed():
    text = "«ندفع ثلث الراتب للإيجار»، تقول مستأجرة مصرية تقيم مع أسرتها في القصيص منذ تسع سنوات."
    rec = _article(text)
    assert rec.quotes[0].speaker is None
    assert not any(m.label == "PERSON" for m in rec.mentions)


def test_a_survey_named_by_a_frame_ends_the_report():
    text = (
        "وتقول الباحثة في المعهد فاطمة منت أحمد إن الكتلة الحية للأخطبوط تراجعت بنحو 30 في المئة خلال خمس سنوات، "
        "بحسب آخر حملة مسح علمي."
    )
    (q,) = _article(text).quotes
    assert q.content.text == "الكتلة الحية للأخطبوط تراجعت بنحو 30 في المئة خلال خمس سنوات"


def test_people_by_a_plural_in_construct_report_inside_a_report():
    text = (
        "لكن عاطف النجار، صاحب مخبز بلدي في حي شبرا، قال إن مفتشي التموين أكدوا له الأسبوع الماضي أن حصة الدقيق "
        "المخصصة لمخبزه ستنخفض بنسبة 15%."
    )
    inner = _article(text).quotes[-1]
    assert inner.cue.text == "أكدوا" and inner.speaker is None and inner.role == "مفتشي التموين"
    assert inner.content.text == "حصة الدقيق المخصصة لمخبزه ستنخفض بنسبة 15%"


def test_a_survey_the_sentences_subject_acted_on_is_its_source():
    text = (
        "طالبت جمعية سند لحماية العمال الوافدين في البحرين بتحسين رواتب عمال محطات الوقود، بعد مسح رصد ساعات عمل "
        "تتجاوز الحد القانوني.\n"
        "وبحسب المسح، يعمل أكثر من 60 في المئة من العمال الذين شملهم نحو 11 ساعة يومياً."
    )
    q = _article(text).quotes[-1]
    assert q.kind == "according_to" and q.speaker is not None and q.speaker.text.startswith("جمعية سند")


def test_a_doubled_verb_after_a_name_is_no_part_of_it():
    text = (
        "غير أن النائب المعارض سيدي ولد البشير شكك في معايير الاستفادة التي اعتمدتها اللجنة، وقال في تدوينة على "
        "\"فيسبوك\" إن \"عشرات الأسر الفقيرة أقصيت\"."
    )
    rec = _article(text)
    assert rec.quotes[-1].speaker.text == "سيدي ولد البشير"
    assert not any("شكك" in m.text for m in rec.mentions)


def test_a_title_with_its_complement_before_a_name_set_off_by_commas_names_the_subject():
    # «مالك المطعم، رجل الأعمال اللبناني طارق عيتاني، نفى»: the owner, not the restaurant his title names
    text = (
        "أغلقت هيئة أبوظبي للزراعة والسلامة الغذائية مطعم \"بيت الزعفران\" في منطقة الخالدية إدارياً.\n"
        "مالك المطعم، رجل الأعمال اللبناني طارق عيتاني، نفى في اتصال هاتفي مع \"الاتحاد\" أن تكون المخالفات كبيرة، "
        "وقال إن المطعم يعمل منذ 15 عاماً."
    )
    qs = _article(text).quotes
    assert [q.speaker.text for q in qs] == ["طارق عيتاني", "طارق عيتاني"]
    assert qs[0].role == "مالك المطعم"


def test_a_given_name_in_two_words_the_list_knows_joined_starts_a_name():
    text = "وفي لبدة، قال مراقب آثار الموقع عز الدين الفقيه إن الحراسة ضعيفة.\nوتابع الفقيه: «لدينا 40 حارساً لموقع كبير»."
    rec = _article(text)
    assert [q.speaker.text for q in rec.quotes] == ["عز الدين الفقيه", "الفقيه"]
    assert not any(m.label == "LOC" and m.text == "الفقيه" for m in rec.mentions)
    # «في عز الصيف»: the height of summer, no name
    rec = _article("وفي عز الصيف الماضي قال الوزير إن الكهرباء متوفرة.")
    assert not any(m.label == "PERSON" for m in rec.mentions)


def test_a_tourist_by_her_nationality_and_given_name_alone_speaks():
    rec = _article("وقالت الإسبانية كارمن، التي تزور الجزائر للمرة الأولى: «سمعنا أن التأشيرة صعبة».")
    assert rec.quotes[0].speaker.text == "كارمن"
    rec = _article("أما الفرنسية كلير، التي جاءت من ليون مع مجموعة من عشرة أشخاص، فقالت: «قرأت عن شنقيط في رواية».")
    assert rec.quotes[0].speaker.text == "كلير"
    # what she was doing after her given name is no part of it
    rec = _article("على الرصيف، كانت الأمريكية ليندا تلتقط صوراً لخطواتها الأولى. قالت: «لدينا سبع ساعات فقط».")
    assert rec.quotes[0].speaker.text == "ليندا"
    # a given name the list does not know, after «كانت» and her nationality, then what she was doing
    text = "وعند مدخل السوق، كانت الألمانية أنكه تفاوض أحد الباعة على سعر قلة. قالت وهي تضحك: «في برلين يبيعونها بثلاثة أضعاف»."
    assert _article(text).quotes[0].speaker.text == "أنكه"
    # not an adjective that follows: «كانت الإماراتية الأولى تحصل»
    rec = _article("وكانت الإماراتية الأولى تحصل على الجائزة. وقالت اللجنة: «النتائج نهائية».")
    assert not any(m.label == "PERSON" for m in rec.mentions)


def test_a_scene_after_an_adjunct_makes_its_person_the_one_who_goes_on():
    text = (
        "ونقلت إذاعة \"موزاييك إف إم\" عن قائد السفينة الإيطالي جوزيبي روسي قوله إن شركته تدرس إضافة رحلتين.\n"
        "وفي أزقة سيدي بوسعيد البيضاء والزرقاء، كان التاجر منصف الشابي يرتب أقفاص العصافير التقليدية أمام دكانه. "
        "يقول إن يوم السفينة يساوي عنده أسبوعاً كاملاً من المبيعات."
    )
    assert _article(text).quotes[-1].speaker.text == "منصف الشابي"


def test_a_title_word_alone_after_its_holder_was_named_with_it_is_no_name():
    text = (
        "وفي اتصال هاتفي مع برنامج \"مساء القاهرة\"، قال نقيب الموسيقيين سامح الشريف: \"إحنا مش ضد حد\".\n"
        "وأضاف النقيب أن المطرب \"لم يعتذر حتى الآن\"."
    )
    rec = _article(text)
    assert {q.speaker.text for q in rec.quotes} == {"سامح الشريف"}
    assert not any(m.text == "النقيب" for m in rec.mentions)


def test_a_platforms_user_named_by_a_handle_in_marks_speaks():
    for text, handle in (
        ("وعلى مواقع التواصل انقسمت التعليقات، إذ كتب المستخدم \"أبو_ياسين_88\": \"زمان كان الممثل بيتعب سنين\".", "أبو_ياسين_88"),
        ("وعلى منصة \"إكس\"، كتب مستخدم باسم \"ابن_الديرة\": \"أبو غازي رجّع لنا الضحكة الحلوة\".", "ابن_الديرة"),
        ("وكتبت مستخدمة تحمل اسم \"لولو_94\" على منصة \"إكس\": \"عشت الليلة كأن البلد رجع طبيعي\".", "لولو_94"),
    ):
        rec = _article(text)
        assert rec.quotes[-1].speaker.text == handle
        assert any(m.label == "PERSON" and m.text == handle for m in rec.mentions)
    # a hashtag is no one
    rec = _article("وتصدّر وسم \"#كلنا_مشاري\" قائمة الأكثر تداولاً، وكتب المغرد: \"الغلط غلط\".")
    assert not any(m.label == "PERSON" for m in rec.mentions)


def test_the_one_who_asked_is_not_the_one_who_answers():
    text = (
        "حلّت الممثلة السورية رهف عبد الله ضيفة على برنامج \"حديث الليل\" الذي يقدمه الإعلامي ريمون سعد. "
        "وكشفت رهف أن فيلمها المقبل سيُعرض في مهرجان القاهرة.\n"
        "وفي ختام الحلقة، سألها سعد: \"ماذا تقولين للطفلة التي كنتِها؟\"، فأجابت: «قولها تضل تحلم»."
    )
    assert _article(text).quotes[-1].speaker.text == "رهف"


def test_an_opening_verbs_title_names_back_the_one_introduced_with_it_past_a_headline():
    text = (
        "عمرو سليمان لـ\"الشروق\": لم أعد أخاف من الأدوار الصعبة\n"
        "على هامش مهرجان الجونة السينمائي، التقت \"الشروق\" الفنان عمرو سليمان بعد العرض الأول لفيلمه.\n"
        "يقول سليمان إن الدور \"أرهقه نفسياً أكثر من أي عمل سابق\".\n"
        "من جهته، أكد مخرج الفيلم شادي يونس أن التصوير استغرق سبعة أسابيع، مضيفاً أن الفيلم سيُطرح في يناير.\n"
        "أما الفنانة دينا رأفت، التي تؤدي دور الزوجة، فتقول: \"هو ممثل كريم جداً في المشهد\".\n"
        "ويعود الفنان ليشدد على أنه لا يفكر حالياً في العودة إلى الكوميديا."
    )
    assert _article(text).quotes[-1].speaker.text.endswith("سليمان")


def test_a_name_in_marks_inside_a_relative_clause_is_not_the_quote_after_the_colon():
    text = "وقال عبد النور، الذي فاز فيلمه الروائي الأول \"غرفة بلا نوافذ\" بالجائزة الكبرى: «أهدي الجائزة لأمي»."
    (q,) = _article(text).quotes
    assert q.content.text == "أهدي الجائزة لأمي" and q.speaker.text == "عبد النور"


def test_a_participle_then_a_video_it_was_said_in_then_its_report():
    text = "قال نجله الممثل عمر الزناتي إن والده بخير.\nوعاد عمر ليطمئن الجمهور مساء الجمعة، مؤكداً في مقطع مصور أن والده يتابع المباريات."
    rec = _article(text)
    q = rec.quotes[-1]
    assert q.cue.text == "مؤكداً" and q.content.text == "والده يتابع المباريات" and q.speaker.text == "عمر"
    assert not any("ليطمئن" in m.text for m in rec.mentions)


def test_a_title_in_construct_before_the_speech_it_ends_names_back_its_holder():
    text = (
        "وقال رئيس البعثة الإيطالي ماركو فيراري إن الاكتشاف مهم.\n"
        "وختم رئيس البعثة حديثه بالقول إن فريقه سيعود في الخريف المقبل."
    )
    assert _article(text).quotes[-1].speaker.text == "ماركو فيراري"


def test_a_given_name_that_is_a_word_too_names_back_its_person_as_a_subject():
    text = (
        "أسندت البطولة إلى صانعة المحتوى جنى الزيات.\n"
        "ودخلت جنى، التي يتابعها أكثر من تسعة ملايين شخص، على خط الأزمة، وغرّدت على منصة \"إكس\": \"أنا جاية أتعلم\"."
    )
    rec = _article(text)
    assert any(m.label == "PERSON" and m.text == "جنى" for m in rec.mentions)
    assert rec.quotes[-1].speaker.text == "جنى"
    # a preposition spelt as a given name is none: «وشدد على أن» after «علي بزي»
    text = "يقول علي بزي، وهو صاحب محل، إن الجنود يطمئنون الناس.\nوكان القائد قد دعا الجانبين إلى الهدوء، وشدد على أن أي خرق خطير."
    assert not any(m.text == "على" for m in _article(text).mentions)


def test_what_follows_a_name_as_a_guest_or_a_conjunction_is_no_part_of_it():
    rec = _article("حلّت الممثلة السورية رهف عبد الله ضيفة على برنامج \"حديث الليل\".")
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["رهف عبد الله"]
    rec = _article("قالت الممثلة رهف عبد الله إنها عادت إلى دمشق.")
    assert rec.quotes[0].speaker.text == "رهف عبد الله"


def test_how_she_said_it_with_her_pronoun_before_the_colon_is_no_subject():
    text = (
        "وأوضحت رئيسة لجنة التحكيم، المخرجة التونسية ليلى بن عمار، أن اللجنة اختارت الفيلم بالإجماع.\n"
        "وأضافت بلهجتها التونسية وسط ضحكات القاعة: \"أفلام كثيرة شفناها هالعام\"."
    )
    assert _article(text).quotes[-1].speaker.text == "ليلى بن عمار"


def test_a_platform_named_in_marks_whose_figures_a_frame_cites_is_the_source():
    q = _article("وبحسب أرقام منصة \"شاهد\"، فإن المسلسل حلّ ثانياً في قائمة الأعمال الأكثر مشاهدة.").quotes[0]
    assert q.kind == "according_to" and q.speaker.text == "شاهد"
    # that platform, though the article names another in marks (where she posted)
    text = (
        "وكتبت الكاتبة على حسابها في منصة \"إكس\": \"لم أُستشر في الحذف\".\n"
        "وبحسب بيانات منصة \"شاهد\"، فإن الحلقة العاشرة حققت أعلى نسبة مشاهدة للمسلسل."
    )
    q = _article(text).quotes[-1]
    assert q.kind == "according_to" and q.speaker.text == "شاهد"


def test_a_body_by_its_kind_and_a_marked_name_with_its_latin_form_is_the_source():
    text = "وبحسب الشركة المنظمة \"ليالي بيروت\" (Beirut Nights)، فإن التذاكر البالغ عددها 18 ألفاً نفدت خلال يومين."
    q = _article(text).quotes[0]
    assert q.kind == "according_to" and q.speaker.text == "ليالي بيروت"


def test_a_moroccan_commune_that_acts_is_a_body():
    q = _article("في المقابل، أوضحت جماعة فاس في بلاغ أن القرار استند إلى خبرة تقنية أنجزها مكتب دراسات.").quotes[0]
    assert q.speaker.text == "جماعة فاس"


def test_what_one_published_in_the_accusative_then_said_in_it_is_no_subject():
    text = (
        "قال صانع المحتوى الإماراتي سعيد الكتبي إنه آسف.\nوقالت النيابة العامة إن \"حرية التعبير مكفولة\".\n"
        "وكان الكتبي قد حذف المقطع بعد ساعات من نشره، ونشر اعتذاراً مصوراً قال فيه: \"ما كان قصدي أجرح أحد\"."
    )
    assert _article(text).quotes[-1].speaker.text == "الكتبي"


def test_a_present_verb_after_the_name_opening_a_headline_is_no_part_of_it():
    text = (
        "ميريام حداد تشعل الواجهة البحرية في بيروت\n"
        "أحيت الفنانة اللبنانية ميريام حداد حفلاً كبيراً مساء السبت.\n"
        "وقالت حداد للجمهور: «بيروت تعبت كتير».\n"
        "وفي منتصف الحفل، توقفت ميريام عن الغناء، ثم قالت: «ما رح كمّل قبل ما إتطمّن عليها»."
    )
    rec = _article(text)
    assert not any("تشعل" in m.text for m in rec.mentions)
    assert rec.quotes[-1].speaker.text == "ميريام"


def test_a_title_alone_then_those_spoken_to_in_a_split_quote_names_back_its_holder():
    text = (
        "حصد الفيلم المغربي \"ملح الأطلس\" للمخرجة نادية الإدريسي جائزة لجنة التحكيم الكبرى في مهرجان برلين.\n"
        "وقالت الإدريسي وهي تتسلم الجائزة: “هذا الفيلم لأمهات الحوز اللواتي لم يسمعهن أحد”.\n"
        "“لم أتوقع أن نصل إلى هنا”، قالت المخرجة للصحفيين بعد الحفل، “لكن الجمهور في برلين بكى معنا”."
    )
    qs = _article(text).quotes
    assert [q.speaker.text for q in qs[-2:]] == ["الإدريسي", "الإدريسي"]


def test_the_verb_of_a_craft_before_a_name_gives_its_title():
    text = (
        "وتحكي الكوميديا، التي أخرجتها سنية بن عمار، قصة عائلة من حي شعبي تحاول تنظيم عرس ابنها.\n"
        "وقالت المخرجة لموقع \"نواة\" إنها كتبت السيناريو على طاولة مطبخ أمها."
    )
    assert _article(text).quotes[-1].speaker.text == "سنية بن عمار"


def test_an_honorific_alone_names_back_the_one_introduced_after_it():
    text = (
        "وعلى ضفة النيل في أسوان، يقول صاحب المركب الشراعي الحاج حسن دهب إن الفلوكة كانت تنتظر الزبون ساعات.\n"
        "وأضاف الحاج: «الأجانب رجعوا، والمصريون كمان بقوا يحبوا الرحلة دي»."
    )
    assert _article(text).quotes[-1].speaker.text == "حسن دهب"
    text = (
        "وتقول الحاجة فاطمة الزهراء بن علي، وهي معلمة متقاعدة من البليدة، إن الوكالة غيّرت الفندق في آخر لحظة.\n"
        "وتضيف الحاجة مبتسمة: «هذه المرة سألت عن الوكالة في المسجد»."
    )
    assert _article(text).quotes[-1].speaker.text == "فاطمة الزهراء بن علي"


def test_a_present_verb_after_a_given_name_whose_person_is_named_in_full_is_no_part_of_it():
    text = (
        "أقام المنتج فؤاد عبد الملك دعوى ضد المطربة ياسمين الشريف.\n"
        "\"الشركة ملتزمة في العقد بألبوم كل سنة\"، قالت المحامية ريهام نصار، \"ولما الشركة وقفت، من حق ياسمين تشتغل وتعيش\".\n"
        "وكانت ياسمين قد كتبت على حسابها في إنستغرام: «عشت ثلاث سنوات أنتظر ألبوماً لم يأتِ»."
    )
    rec = _article(text)
    assert not any("تشتغل" in m.text for m in rec.mentions)
    assert rec.quotes[-1].speaker.text == "ياسمين"


def test_a_participle_after_a_while_clause_is_that_clauses_subjects():
    text = (
        "قال وائل السعدني إن الأسعار مرتفعة.\nوقالت ريم الجندي إن الطلب قوي.\n"
        "ما الحل؟ دعا السعدني إلى تسريع ترخيص الغرف الفندقية الجديدة، بينما نصحت الجندي الأسر بالحجز المبكر، "
        "مؤكدةً أن \"العروض الجيدة تنفد قبل الموسم\"."
    )
    assert _article(text).quotes[-1].speaker.text == "الجندي"


def test_ones_own_page_that_a_trailing_frame_cites_ends_the_report():
    text = "وأعلن مهرجان الجونة السينمائي أن تذاكر العرض الثاني للفيلم نفدت خلال ساعتين، بحسب ما نشرته صفحته الرسمية على فيسبوك."
    (q,) = _article(text).quotes
    assert q.content.text == "تذاكر العرض الثاني للفيلم نفدت خلال ساعتين"


def test_the_one_we_asked_by_a_pronoun_answers_not_a_body_that_spoke_since():
    text = (
        "تقول مديرة الشركة سلمى منصور إن الحجوزات ارتفعت.\nوقالت وزارة النقل في بيان إنها ستنشئ مراسي جديدة.\n"
        "سألناها أيضاً: هل تجد الشركة طهاة وطواقم مدربة بسهولة؟ فأجابت ضاحكة: «هذه معركتنا اليومية»."
    )
    assert _article(text).quotes[-1].speaker.text == "سلمى منصور"
    # one who would not give his name stays unnamed
    text = (
        "يتنقل الشاب أيمن الزوي بين المحلات بحثاً عن هاتف.\n"
        "ويؤكد صاحب أحد المحلات، الذي فضّل عدم ذكر اسمه، أن الأسعار تتغير يومياً.\n"
        "وسألناه: هل يقدّم المحل ضماناً على الأجهزة؟ فأجاب: “نعطي ضماناً لمدة أسبوع فقط”."
    )
    assert _article(text).quotes[-1].speaker is None


def test_the_one_who_asked_in_the_sentence_is_not_carried_as_the_one_who_answers():
    text = (
        "حلّ الفنان السعودي عبدالمجيد الحربي ضيفاً على برنامج \"سهرة خميس\" الذي يقدمه الإعلامي ماجد العتيبي.\n"
        "وسأله العتيبي في مستهل الحلقة: \"هل صحيح أنك فكرت في الاعتزال؟\"، فأجاب الحربي ضاحكاً: \"فكرت؟ أنا كتبت بيان الاعتزال\".\n"
        "وعرض البرنامج رسالة مصورة من زميلته الفنانة أمل السالم.\n"
        "ومن جهتها، ذكرت شركة \"ضحكة للإنتاج الفني\" في بيان أن العروض ستنطلق في جدة خلال عيد الفطر.\n"
        "وقال العتيبي إن مقطع الاعتراف تجاوز مليوني مشاهدة خلال ساعات.\n"
        "وحين سأله العتيبي عن أمنيته للعام الجديد، قال إنه يريد \"مسرحاً في كل مدينة سعودية\"."
    )
    assert _article(text).quotes[-1].speaker.text == "الحربي"
    # the asker is not the answer when the question in marks ended the sentence; none is guessed
    text = (
        "حلّت الممثلة السورية رهف عبد الله ضيفة على برنامج \"حديث الليل\" الذي يقدمه الإعلامي ريمون سعد.\n"
        "وعندما سألها سعد: \"هل صحيح أنكِ فكرتِ في الاعتزال؟\"، ضحكت رهف وأجابت: «فكرت بالاعتزال كل يوم تقريباً»."
    )
    q = _article(text).quotes[-1]
    assert q.speaker is None or q.speaker.text != "سعد"


def test_a_blogger_by_her_title_and_its_complement_before_her_name_speaks():
    text = "وعلى منصة \"إكس\"، كتبت المدوّنة المتخصصة في المطاعم دانة المرزوقي: \"زرت المطعم عشرات المرات ولم ألاحظ شيئاً\"."
    (q,) = _article(text).quotes
    assert q.speaker.text == "دانة المرزوقي" and q.role == "المدوّنة المتخصصة في المطاعم"


def test_the_management_of_the_one_body_of_its_kind_named_far_before_speaks_as_it():
    far = "".join(f"وقال الناقد سامي عادل{i} إن الأفلام كثيرة.\n" for i in range(7))
    text = (
        "اختتم مهرجان القاهرة السينمائي الدولي دورته في دار الأوبرا المصرية.\n" + far
        + "وأعلنت إدارة المهرجان في بيان ختامي أن الدورة شهدت عرض 190 فيلماً."
    )
    assert _article(text).quotes[-1].speaker.text == "مهرجان القاهرة السينمائي الدولي"
    # two festivals named before: which one's management spoke is not guessed
    text = (
        "اختتم مهرجان القاهرة السينمائي الدولي دورته، فيما يستعد مهرجان الجونة السينمائي لدورته.\n" + far
        + "وأعلنت إدارة المهرجان في بيان ختامي أن الدورة شهدت عرض 190 فيلماً."
    )
    assert _article(text).quotes[-1].speaker is None


def test_a_parent_by_the_kin_word_is_the_one_the_article_introduced_by_that_relation():
    text = (
        "جلست سعاد الشناوي ممسكة بصورة ابنتها ندى أمام قاعة المحكمة.\n"
        "وقال الأمين العام للنقابة، الدكتور عمرو الشافعي، إن الطبيب ليس مجرماً.\n"
        "وخارج القاعة، قالت الأم لابنها كريم: «سنأتي في ديسمبر، وفي كل جلسة بعدها»."
    )
    rec = _article(text)
    assert rec.quotes[-1].speaker.text == "سعاد الشناوي"  # not her son, spoken to
    assert any(m.label == "PERSON" and m.text == "سعاد الشناوي" for m in rec.mentions)  # «ممسكة» is no name word
    text = (
        "منذ السادسة صباحاً تقف فاطمة الحريري في طابور أمام عيادة صغيرة في مخيم الزعتري، وفي يدها ملف طبي لابنها يزن.\n"
        "وقال ممثل المفوضية أحمد الخطيب إن التمويل تراجع.\n"
        "وتقول الأم إنها باعت جزءاً من حصتها الغذائية."
    )
    assert _article(text).quotes[-1].speaker.text == "فاطمة الحريري"
    # «أما الأب فيقول» after the father spoke with his relation as role, the doctor in between
    text = (
        "وقال والد الطفل محمود الشامي لـ\"النهار\" إن ابنه تُرك ينزف لساعات.\n"
        "وقال الدكتور جهاد المرعبي إن العملية تمت بنجاح.\n"
        "أما الأب فيقول إن العائلة لن تقبل بأي تسوية مالية."
    )
    assert _article(text).quotes[-1].speaker.text == "محمود الشامي"
    # two mothers introduced: which one is not guessed
    text = (
        "تقف فاطمة الحريري في طابور وفي يدها ملف طبي لابنها يزن، وخلفها سلمى العلي مع ابنتها.\n"
        "وتقول الأم إنها باعت جزءاً من حصتها الغذائية."
    )
    assert _article(text).quotes[-1].speaker is None


def test_words_after_a_colon_in_a_before_clause_are_those_of_the_main_clause_subject():
    text = (
        "وفي صيدلية بحي شبرا، كانت الحاجة فاطمة، 67 عاماً، تقلّب علبة دواء الضغط بين يديها، "
        "قبل أن تقول: «كانت بـ90 جنيهاً، واليوم بـ126»."
    )
    (q,) = _article(text).quotes
    assert q.kind == "direct" and q.cue.text == "تقول" and q.speaker.text == "فاطمة"
    # «قبل أن يقول» with no colon: what was about to be said, no quote
    assert not _article("وتردد الوزير طويلاً قبل أن يقول إن الموازنة لا تكفي.").quotes
    rec = _article("كانت الحاجة فاطمة تقلّب علبة الدواء.")
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["فاطمة"]


def test_committees_in_construct_are_no_given_name_after_la():
    text = (
        "شدد وزير التربية سعود المطيري على حماية \"عدالة الامتحانات\"، وقال إن النتائج ستُلغى.\n"
        "وأكد أن لجان الامتحانات ستعمل حتى المساء."
    )
    rec = _article(text)
    assert [m.text for m in rec.mentions if m.label == "PERSON"] == ["سعود المطيري"]
    assert [q.speaker.text for q in rec.quotes] == ["سعود المطيري", "سعود المطيري"]


def test_a_signs_words_are_no_quote():
    text = (
        "نظم المعلمون وقفة أمام مقر النقابة، رافعين لافتات كُتب عليها \"معلم الحصة ليس معلماً من الدرجة الثانية\"، "
        "وقالوا إنهم \"لن يعودوا\"."
    )
    assert [q.content.text for q in _article(text).quotes] == ["لن يعودوا"]
    text = "وعلى مدخل المعبد، رُفعت لافتة كبيرة كُتب عليها: \"مرحباً بكم في أرض الشمس\"، بينما ارتدى أعضاء الفرق الأزياء."
    assert not _article(text).quotes
    # one who wrote on a picture he posted is quoted
    text = "ونشر المطرب صورة من العقد على \"إنستغرام\"، وكتب عليها: \"العقد بيتكلم عن الألبومات\"."
    assert [q.content.text for q in _article(text).quotes] == ["العقد بيتكلم عن الألبومات"]


def test_the_head_of_a_university_is_not_the_one_introduced_as_head_of_its_student_union():
    text = (
        "وقال رئيس اتحاد طلاب جامعة أسيوط كريم عبد الباسط إن الاتحاد \"لم يُستشر في القرار\".\n"
        "وتابع: «نحن لا نرفض تحسين الخدمة».\n"
        "في المقابل، نُقل عن رئيس الجامعة أن الزيادة \"ضرورية لتغطية ارتفاع أسعار الغذاء\"، وأن الطلاب سيُعفون منها."
    )
    told = [q for q in _article(text).quotes if q.cue.text == "نُقل"]
    assert told and all(q.speaker is None for q in told)
    # the chairman of the company's board is its head
    text = (
        "وقال رئيس مجلس إدارة الشركة سامي الحربي إن الأرباح ارتفعت.\n"
        "وأضاف رئيس الشركة أن التوزيعات ستزيد."
    )
    assert _article(text).quotes[-1].speaker.text == "سامي الحربي"


def test_a_governors_office_and_an_independent_council_speak_as_bodies():
    q = _article("وأكد مكتب محافظ شمال الباطنة في بيان أن لجنة فنية ستفحص مباني 12 مدرسة.").quotes[0]
    assert q.speaker.text == "مكتب محافظ شمال الباطنة"
    text = "وقال المجلس الوطني المستقل لأساتذة التعليم الثانوي والتقني (CNAPEST) في بيان إن الحادثة \"ليست قضاءً وقدراً\"."
    assert _article(text).quotes[0].speaker.text == "المجلس الوطني المستقل لأساتذة التعليم الثانوي والتقني"


def test_a_statement_carried_by_an_agency_is_the_body_that_spoke_in_it():
    text = (
        "قرر مجلس التعليم العالي في البحرين وقف القبول في جامعة المستقبل الأهلية.\n"
        "وقال المجلس في بيان نشرته وكالة أنباء البحرين إن الجامعة \"أخفقت في معالجة الملاحظات الجوهرية\".\n"
        "وأضاف البيان أن الطلبة المسجلين سيُنقلون إلى جامعات معتمدة أخرى."
    )
    assert _article(text).quotes[-1].speaker.text == "مجلس التعليم العالي"


def test_a_hospital_named_for_a_person_a_given_name_before_who_and_the_man_described():
    text = "في المقابل، قال المدير العام لمستشفى الهادي شاكر، الدكتور كمال المصمودي، إن الإدارة وفّرت حداً أدنى من الخدمات."
    rec = _article(text)
    assert rec.quotes[0].speaker.text == "كمال المصمودي"
    assert any(m.label == "ORG" and m.text == "مستشفى الهادي شاكر" for m in rec.mentions)
    text = (
        "ونقلت صحيفة \"الشروق\" عن مصادر مطلعة أن الوزارة تعدّ مقترحاً.\n"
        "وليد، الذي رافق والده المصاب بالسرطان من جزيرة قرقنة، قال إن موعد العلاج لم يتأثر."
    )
    assert _article(text).quotes[-1].speaker.text == "وليد"
    text = (
        "وفي ساحة المستشفى، كان محمد الأمين بلخير ينتظر خروج زوجته. "
        "وقال الرجل، القادم من عين صالح: «قبل هذا المستشفى كنا نسافر إلى غرداية»."
    )
    assert _article(text).quotes[-1].speaker.text == "محمد الأمين بلخير"


def test_the_conjunction_of_what_was_said_is_no_word_of_a_bodys_name():
    text = (
        "وتتولى شركة \"إم 42\" (M42)، التي كشفت العام الماضي عن توسعة مختبراتها في أبوظبي، تسلسل الجينوم الكامل لكل عينة.\n"
        "وفي رد مكتوب على أسئلة \"الاتحاد\"، ذكرت الشركة أن نتائج التحليل \"تُعاد إلى المشارك عبر طبيبه\"."
    )
    rec = _article(text)
    assert not any(" أن " in m.text for m in rec.mentions)
    assert rec.quotes[-1].speaker.text == "إم 42"


def test_the_doctor_by_the_calling_is_the_one_introduced_as_a_doctor():
    text = (
        "وقال الدكتور فراس الحربي، رئيس برنامج زراعة الرئة في المستشفى، إن العملية استغرقت نحو تسع ساعات.\n"
        "وقالت نوال الشمري، زوجة المريض، في اتصال هاتفي: «لم نكن نصدق أن العملية ستُجرى هنا في الرياض».\n"
        "الطبيب، الذي تلقى تدريبه في كليفلاند بالولايات المتحدة، قال إن الفريق يخطط لإجراء عشر عمليات مماثلة."
    )
    assert _article(text).quotes[-1].speaker.text == "فراس الحربي"
    text = (
        "وفي أول تعليق له، قال الدكتور جهاد المرعبي، الجرّاح الذي أجرى العملية، لموقع \"لبنان 24\" إن العملية \"تمت بنجاح\".\n"
        "ويؤكد الطبيب أنه عاين الطفل مرتين بعد العملية."
    )
    assert _article(text).quotes[-1].speaker.text == "جهاد المرعبي"
    # the article called someone else «الطبيب» with his name: not the doctor who spoke
    text = (
        "وقال وكيل وزارة الصحة، الدكتور سامح الليثي، إن المركز بلا ترخيص.\n"
        "وأمرت النيابة بحبس الطبيب المالك للمركز، ويدعى حاتم سرور، أربعة أيام.\n"
        "في المقابل، نفى الطبيب، في أقواله أمام النيابة بحسب محاميه، أن تكون العملية سبب الوفاة."
    )
    assert _article(text).quotes[-1].speaker is None or _article(text).quotes[-1].speaker.text != "سامح الليثي"
    # two doctors spoke: which one is not guessed
    text = (
        "قال الدكتور جهاد المرعبي إن العملية تمت بنجاح.\nوقال الدكتور سامي الخوري إن المضاعفات واردة.\n"
        "ويؤكد الطبيب أنه عاين الطفل مرتين."
    )
    assert _article(text).quotes[-1].speaker is None


def test_but_it_said_goes_on_with_the_body_that_opens_the_sentence():
    text = (
        "وأكدت الهيئة العامة للغذاء والدواء في بيان أن النقص مؤقت.\n"
        "وقالت الدكتورة هند القحطاني إن الأزمة كبيرة.\n"
        "فهل يعود الدواء إلى الرفوف قبل شهر رمضان؟ الهيئة لم تحدد موعداً، لكنها قالت إن المرضى يمكنهم التحقق من توافر الأدوية."
    )
    assert _article(text).quotes[-1].speaker.text == "الهيئة العامة للغذاء والدواء"


def test_the_one_the_paper_met_in_the_questions_sentence_answers():
    text = (
        "وأعلن المركز الاستشفائي الجامعي ابن سينا أن المريض غادر العناية المركزة.\n"
        "موقع \"هسبريس\" التقى الجرّاح الذي قاد الفريق، الدكتور يوسف الإدريسي، رئيس مصلحة جراحة المسالك البولية، "
        "وسأله: ما الذي يضيفه الروبوت مقارنة بالجراحة التقليدية؟\n"
        "فأجاب: «الدقة أولاً»."
    )
    assert _article(text).quotes[-1].speaker.text == "يوسف الإدريسي"


def test_the_father_by_the_kin_word_opening_the_sentence_with_a_verb():
    text = (
        "ووقف إلى جانبها والدها سالم الكعبي يراقب الحقائب، وقال: «كنت أخاف عليها».\n"
        "ويقول حمد الظاهري، وهو ولي أمر من دبي: «ابني حصل على 97%».\n"
        "ابتسم الأب وقال بصوت خافت: «هذا ما أخشاه وأتمناه معاً»."
    )
    assert _article(text).quotes[-1].speaker.text == "سالم الكعبي"
    text = (
        "ويقول محمود الجندي، والد ملك، إن ابنته لم تلتحق بأي \"سنتر\".\n"
        "وقالت ملك: «أريد أن أتخصص في جراحة الأطفال».\n"
        "لكن والدها يبتسم ويقول إن \"القرار لها وحدها\"."
    )
    assert _article(text).quotes[-1].speaker.text == "محمود الجندي"
    # «والده على القارب»: the preposition, no one named after the kin word
    rec = _article("ترك وظيفته في أحد المصارف ليعمل مع والده على القارب.")
    assert not any(m.label == "PERSON" for m in rec.mentions)


def test_he_closed_his_talk_with_a_message_to_someone_then_the_colon():
    text = (
        "وقال المدير العام للامتحانات محمد الزواري إن الامتحانات ستجري في موعدها.\n"
        "وختم الزواري حديثه برسالة إلى المترشحين: «نم جيداً، وراجع بهدوء»."
    )
    q = _article(text).quotes[-1]
    assert q.kind == "direct" and q.cue.text == "وختم" and q.speaker.text == "الزواري"


def test_a_given_name_after_kana_before_he_is_and_an_honorific_alone_as_the_topic():
    text = (
        "وعلى مقعد قريب، كان عادل، وهو عامل بناء من بني سويف، ينتظر منذ الفجر مع والده المصاب بجلطة. "
        "وقال: «جئنا هنا لأن مستشفى المحافظة حوّلنا»."
    )
    assert _article(text).quotes[-1].speaker.text == "عادل"
    text = (
        "ويقول الحاج محمد الغريب، وهو موظف متقاعد، إن المعاش لا يكفي.\n"
        "وقال النائب سامي الخطيب إن القانون جيد.\n"
        "أما الحاج فيختم حديثه مبتسماً: \"إذا رفعوا الاشتراك، فليرفعوا المعاش معه\"."
    )
    assert _article(text).quotes[-1].speaker.text == "محمد الغريب"


def test_the_mother_set_off_after_her_name_is_no_father():
    text = (
        "ويقول محمود الجندي، والد ملك، إن ابنته لم تلتحق بأي \"سنتر\" طوال العام.\n"
        "أما سهام عبد الله، والدة ملك، فتقول إن البيت \"تحول إلى ثكنة هادئة\".\n"
        "وكتب محافظ كفر الشيخ على صفحته: «ملك شرّفت المحافظة كلها».\n"
        "وقالت مديرة المدرسة، نجلاء فرج، إن ملك \"كانت تسأل أكثر مما تجيب\".\n"
        "وتقول ملك إنها ستلتحق بكلية الطب.\n"
        "لكن والدها يبتسم ويقول إن \"القرار لها وحدها\"."
    )
    assert _article(text).quotes[-1].speaker.text == "محمود الجندي"


def test_held_pending_the_inquiry_and_a_phenomenon_in_marks_are_no_quotes():
    text = "الكويت (أ ف ب) - قررت النيابة العامة الكويتية حبس طبيب تخدير احتياطياً ثلاثة أسابيع على ذمة التحقيق في وفاة امرأة."
    assert not _article(text).quotes
    text = "وطالبت الجمعيات بإلزام المصحات بإشهار أسعارها. كما حذّرت من ظاهرة \"الشيك على سبيل الضمان\" التي تفرضها بعض المصحات."
    assert not _article(text).quotes


def test_a_coalition_named_whole_in_marks_speaks():
    text = "وأعلن \"ائتلاف أولياء أمور مصر\" في بيان على صفحته أنه جمع أكثر من 12 ألف توقيع على عريضة."
    (q,) = _article(text).quotes
    assert q.kind == "indirect" and q.speaker.text == "ائتلاف أولياء أمور مصر"


def test_announcing_the_adoption_of_a_term_in_marks_is_no_quote():
    text = "وكانت الوزارة قد أعلنت عن تشكيل لجنة فنية، كما أعلنت اعتماد \"سلم تصحيح مرن\" لهذا السؤال تحديداً."
    assert not _article(text).quotes
    # the minister's words in marks right after his title are his
    q = _article("وأعلن الوزير \"بدء العمل فوراً في المشروع\".").quotes[0]
    assert q.content.text == "بدء العمل فوراً في المشروع"


def test_a_scene_opened_by_an_adverb_of_place_makes_its_person_the_one_who_goes_on():
    text = (
        "وأكدت وزارة التربية الوطنية أن نسبة المشاركة لم تتجاوز 18 في المائة.\n"
        "وسط المسيرة، كانت فاطمة الزهراء أوحمو، أستاذة اللغة الفرنسية في إقليم أزيلال، تحمل لافتة كُتب عليها \"لا للتعاقد\". "
        "وقالت: «أدرّس 38 تلميذاً في قسم مشترك»."
    )
    assert _article(text).quotes[-1].speaker.text == "فاطمة الزهراء أوحمو"


def test_a_title_alone_smiling_before_he_answers_is_the_one_introduced_with_it():
    text = (
        "وقال رئيس الجامعة الدكتور خالد الفلاسي إن المنح كثيرة.\n"
        "وعن تراجع الجامعة ثلاثين مرتبة في التصنيف، ابتسم الدكتور قبل أن يجيب: «التصنيفات مرآة مفيدة، لكنها ليست بوصلة»."
    )
    assert _article(text).quotes[-1].speaker.text == "خالد الفلاسي"


def test_reported_words_end_before_her_next_words_after_before_she_added():
    text = (
        "وقالت المريضة ريتا الخوري إن الفاتورة كبيرة.\n"
        "أما ريتا فتقول إنها لن تعود إلى مستشفى خاص مرة أخرى، قبل أن تضيف بصوت خافت: «إلا إذا لم يبقَ خيار آخر»."
    )
    contents = [q.content.text for q in _article(text).quotes]
    assert "لن تعود إلى مستشفى خاص مرة أخرى" in contents and "إلا إذا لم يبقَ خيار آخر" in contents


def test_a_long_description_after_she_is_then_the_colon_opens_her_words():
    text = (
        "وتقول سلمى، وهي موظفة حكومية رافقت والدها إلى تشيناي لإجراء عملية في القلب عام 2024: "
        "كلّفتنا الرحلة أكثر من ثمانية آلاف ريال بين التذاكر والسكن، عدا تكاليف العلاج."
    )
    (q,) = _article(text).quotes
    assert q.kind == "direct" and q.speaker.text == "سلمى" and q.content.text.startswith("كلّفتنا الرحلة")


def test_where_she_posted_set_off_after_the_name_then_the_colon_opens_her_words():
    text = (
        "وكتبت ممثلة منظمة الصحة العالمية في الأردن، سلوى القيسي، على منصة «إكس» بعد جولتها في المخيم: "
        "هذا المخيم يثبت أن الرعاية الأولية تنقذ الأرواح حين تصل إلى الناس في بيوتهم."
    )
    (q,) = _article(text).quotes
    assert q.kind == "direct" and q.speaker.text == "سلوى القيسي" and q.content.text.startswith("هذا المخيم")
    # a comma inside what follows the platform is no longer where she wrote it: no quote is guessed
    text = text.replace("بعد جولتها", "، بعد جولتها")
    assert [x.speaker.text if x.speaker else None for x in _article(text).quotes] in ([], [None])


def test_interrupted_her_with_a_colon_is_a_cue_and_her_father_by_the_kin_word_speaks():
    text = (
        "والدها محمود العبادي قال إن ابنته اختارت طريقها وحدها منذ الصف السابع. "
        "وعن خططها، قالت تالا إنها تحلم بدراسة الطب في الجامعة الأردنية. "
        "هنا قاطعها والدها ضاحكاً: «ستدرس ما تريد، حتى لو اختارت علم الفلك»."
    )
    q = _article(text).quotes[-1]
    assert q.cue.text == "قاطعها" and q.content.text.startswith("ستدرس ما تريد")
    assert q.speaker.text == "محمود العبادي" and q.role == "والدها"
    # a boycott is no cue: «قاطعت» with no colon or mark
    text = "وقاطعت أحزاب المعارضة جلسة البرلمان يوم الأحد احتجاجاً على قانون الانتخابات الجديد."
    assert _article(text).quotes == []


def test_her_father_by_the_kin_word_after_the_verb_is_the_one_introduced_so():
    text = (
        "والدها محمود العبادي قال إن ابنته اختارت طريقها وحدها منذ الصف السابع. "
        "وعن خططها، قالت تالا إنها تحلم بدراسة الطب في الجامعة الأردنية. "
        "وقال والدها: «ستدرس ما تريد، حتى لو اختارت علم الفلك»."
    )
    q = _article(text).quotes[-1]
    assert q.speaker.text == "محمود العبادي" and q.role == "والدها"
    # her mother was never introduced: no one is guessed
    q = _article(text.replace("وقال والدها", "وقالت والدتها")).quotes[-1]
    assert q.speaker is None and q.role == "والدتها"


def test_a_member_for_a_bloc_then_his_name_goes_on_in_the_participle_after_a_colon_only_verb():
    text = (
        "وقال النائب عن كتلة جبهة العمل الإسلامي عمر الزيود إن عدد الموقوفين بموجب القانون تجاوز كل التوقعات. "
        "وردّ وزير الدولة للشؤون القانونية ماهر العتوم بأن القانون لا يستهدف حرية التعبير. "
        "وصاح النائب عن كتلة حزب الميثاق الوطني خالد الزيود قائلاً: "
        "«الأرقام التي تتحدث عنها يا معالي الوزير دليل على أن القانون يحتاج إلى مراجعة، لا إلى دفاع»."
    )
    q = _article(text).quotes[-1]
    assert q.cue.text == "قائلاً" and q.speaker.text == "خالد الزيود"
    assert q.role == "النائب عن كتلة حزب الميثاق الوطني"
    # the name set off by commas after the title, then the one interrupted
    text = text.replace("وصاح النائب عن كتلة حزب الميثاق الوطني خالد الزيود قائلاً", "وصاح النائب عن كتلة الأحرار، سمير تواتي، الوزير قائلاً")
    q = _article(text).quotes[-1]
    assert q.cue.text == "قائلاً" and q.speaker.text == "سمير تواتي" and q.role == "النائب عن كتلة الأحرار"


def test_a_time_clause_with_a_verb_of_noticing_inside_reported_content_goes_on_with_it():
    text = (
        "ويقول الحناوي، أحد مؤسسي المبادرة، إن الفكرة بدأت حين لاحظ أن أقرب محطة رسمية لرصد الهواء "
        "تبعد عن حيه أكثر من خمسة كيلومترات. ويضيف: «الناس تسمع عن التلوث في الأخبار، لكنها لا تعرف ماذا يحدث في شارعها»."
    )
    first, second = _article(text).quotes
    assert first.content.text.startswith("الفكرة بدأت حين لاحظ أن") and first.content.text.endswith("كيلومترات")
    assert second.speaker.text == "الحناوي"
    # another speaker named after the verb reports on his own
    text = "وقال الوزير عادل الحربي إن المشروع تعثر حين أكد المقاول خالد السعدي أن التمويل توقف."
    assert [q.speaker.text for q in _article(text).quotes] == ["عادل الحربي", "خالد السعدي"]


def test_a_body_by_its_noun_then_the_one_it_urges_speaks_for_the_body():
    lead = (
        "اتهمت جمعية أصدقاء البيئة البحرينية السلطات بالتقصير في معالجة التلوث. "
        "وقالت رئيسة الجمعية الدكتورة سوسن المرزوق إن العينات أظهرت مستويات مرتفعة. "
    )
    for cue in ("كما دعت الجمعية الوزارة إلى أن", "وطالبت الجمعية الحكومة بأن"):
        q = _article(lead + cue + " تعلن جدولاً زمنياً لوقف أي دفان جديد.").quotes[-1]
        assert q.speaker.text == "جمعية أصدقاء البيئة البحرينية", cue


def test_the_minister_alone_names_back_the_minister_of_agriculture_named_with_the_maghrebi_word():
    text = (
        "الجزائر - عرض وزير الفلاحة والتنمية الريفية عبد الكريم بوزيدي، الثلاثاء، أمام لجنة الفلاحة "
        "بالمجلس الشعبي الوطني مشروع القانون الجديد المتعلق بالغابات. "
        "وقال الوزير إن النص يسد فراغاً قانونياً عمره أربعون سنة."
    )
    (q,) = _article(text).quotes
    assert q.speaker.text == "عبد الكريم بوزيدي"


def test_one_named_inside_the_marks_is_not_the_speaker_of_the_cue_after_them():
    text = (
        "يقول الصياد الهادي الجلاصي إن البحر تغير. ويقول ابنه أيمن الجلاصي إن الشبان هاجروا. "
        "على رصيف الميناء، يقف الهادي وحيداً. «أيمن سيرحل يوماً ما، أعرف ذلك»، يقول بصوت خافت، "
        "«وأنا سأبقى هنا حتى يأخذني هذا البحر أو يأخذه المجمع»."
    )
    quotes = _article(text).quotes
    assert [q.speaker.text for q in quotes[2:]] == ["الهادي", "الهادي"]
    # a body named in marks of its own still speaks
    text = "وأعربت شركة «فاست رايد» في بيان عن حزنها لوفاة السائق، وقالت إنها ستتكفل بمصاريف الجنازة."
    assert _article(text).quotes[-1].speaker.text == "فاست رايد"


def test_after_a_long_adjunct_the_one_set_in_the_scene_by_what_he_is_speaks_next():
    text = (
        "لكن عضو المجلس الوطني الاتحادي سعيد الكتبي رأى أن رفع مدة الخدمة يضع عبئاً إضافياً على المرأة العاملة.\n"
        "في مقهى شعبي بمنطقة المشرف في أبوظبي، يتابع المتقاعد محمد الظاهري، الذي خدم 32 عاماً في الشرطة، "
        "النقاش باهتمام. وقال: «نحن جيل تقاعد مبكراً ويعيش على المعاش وحده»."
    )
    assert _article(text).quotes[-1].speaker.text == "محمد الظاهري"


def test_a_present_verb_in_marks_after_a_subject_in_construct_is_its_predicate_a_partial_quote():
    text = (
        "لكن عضو المجلس الوطني الاتحادي سعيد الكتبي رأى أن رفع مدة الخدمة "
        "\"يضع عبئاً إضافياً على المرأة العاملة التي تنقطع عن العمل لرعاية أطفالها\". ودعا إلى احتساب إجازات الأمومة."
    )
    kinds = [(q.kind, q.content.text[:6]) for q in _article(text).quotes]
    assert ("direct", "يضع عب") in kinds
    # a service named in marks right after its noun is still no quote
    text = "وأعلنت الشركة أن خدمة \"يلا نتمشى في المدينة\" ستطلق قريباً."
    assert [q.kind for q in _article(text).quotes] == ["indirect"]


def test_closing_his_speech_by_a_two_word_title_names_back_its_holder_far_back():
    text = (
        "وقال الأمين العام للاتحاد الطاهر المزي، في كلمة أمام المتظاهرين، إن الاتحاد لن يتراجع. "
        "وفي المقابل، قالت رئاسة الحكومة في بيان إن الزيادات في الأجور ضُمّنت في قانون المالية. "
        "ونُقل عن مصدر حكومي أن الحكومة لا ترفض التفاوض. "
        "من جهته، رأى اتحاد الصناعة في بيان أن أي زيادة يجب أن تقترن بتحسن الإنتاجية. "
        "وتقول أستاذة علم الاجتماع سلوى بن حميدة إن العلاقة بين السلطة والاتحاد تمر بأسوأ مراحلها. "
        "وتضيف بن حميدة أن الحكومة تراهن على إضعاف الوسطاء. "
        "وختم الأمين العام كلمته بالقول: «الهيئة الإدارية ستجتمع الأسبوع المقبل لتحديد موعد الإضراب العام»."
    )
    q = _article(text).quotes[-1]
    assert q.cue.text == "بالقول" and q.speaker.text == "الطاهر المزي"


def test_the_answer_to_the_writers_question_is_the_last_person_not_a_body_cited_since():
    text = (
        "وتقول الباحثة في المركز المصري للحقوق الاقتصادية ياسمين الشرقاوي إن دخل السائق يقترب من الحد الأدنى للأجور.\n"
        "وبحسب الهيئة القومية للتأمين الاجتماعي، فإن عدد المؤمن عليهم من عمال التوصيل لا يتجاوز تسعة آلاف عامل.\n"
        "وهل تتحمل الشركات المسؤولية؟ تقول: «الشركات تتعامل مع السائق كشريك عندما يتعلق الأمر بالمخاطر، وكموظف عندما يتعلق الأمر بالأوامر»."
    )
    q = _article(text).quotes[-1]
    assert q.cue.text == "تقول" and q.speaker.text == "ياسمين الشرقاوي"
    # with no question before it, the body cited just before is still the one that goes on
    text = text.replace("وهل تتحمل الشركات المسؤولية؟ تقول:", "وتقول الهيئة:")
    assert _article(text).quotes[-1].speaker.text == "الهيئة القومية للتأمين الاجتماعي"


def test_a_name_between_ambiguous_straight_marks_far_from_the_cue_still_speaks():
    text = (
        "زيارة بلير \" نصر الله انتقد استقبال بلير في لبنان ، وقال إنه كان شريكا في القتل \" كما هاجم نصر الله "
        "رئيس الوزراء اللبناني فؤاد السنيورة لاستقبال بلير ، واعتبر أن استقباله في بيروت يعتبر \" تصرفا غير أخلاقي "
        "وغير إنساني تجاه مشاعر الناس \" ."
    )
    said = [q for q in _article(text).quotes if q.cue.text == "واعتبر"]
    assert said and all(q.speaker is not None and q.speaker.text == "نصر الله" for q in said)


def test_urging_again_after_also_urges_the_ones_named_and_the_body_goes_on():
    text = (
        "أعلن المركز السعودي لزراعة الأعضاء تسجيل رقم قياسي في عمليات الزراعة. "
        "ودعا المركز إلى تسجيل المتبرعين عبر تطبيق توكلنا، كما دعا الأسر إلى أن تتحدث مبكراً عن رغبة أفرادها في التبرع بالأعضاء."
    )
    q = _article(text).quotes[-1]
    assert q.cue.text == "دعا" and q.speaker.text == "المركز السعودي لزراعة الأعضاء"
    # a title after «كما دعا» is its own subject, unnamed
    q = _article(text.replace("كما دعا الأسر", "كما دعا المتحدث")).quotes[-1]
    assert q.speaker is None


def test_a_title_in_marks_after_known_as_or_a_bodys_own_report_is_no_quote():
    text = (
        "وكانت وزارة التجهيز قد أطلقت مشروعاً لنقل فائض مياه الشمال يُعرف بـ«الجسر المائي الكبير»، ينقل المياه نحو الجنوب. "
        "وفي دراستها الأخيرة «مدن بلا عطش»، دعت جمعية حماية المستهلك إلى مراجعة تسعيرة الماء. "
        "وكانت الحكومة قد أعلنت العام الماضي استراتيجية \"الساحل النظيف\" لحماية الشواطئ."
    )
    assert _article(text).quotes == []
    # the app the body runs is no title of its own: what follows it in marks is still said
    text = (
        "وقالت شركة «توصيلة» إن آلاف السائقين يعملون عبر تطبيقها \"وفق ساعات يحددونها بأنفسهم\"، وإنها تؤمّن عليهم."
    )
    assert any(q.content.text == "وفق ساعات يحددونها بأنفسهم" for q in _article(text).quotes)


def test_recalls_before_a_colon_is_a_cue_and_owns_no_clause_of_another_verb():
    text = (
        "ويقول الصياد عباس المرزوق، 58 عاماً، إن رائحة المياه في الصيف \"لا تُطاق\". "
        "ويتذكر المرزوق: «كنا نسبح هنا ونحن صغار. اليوم لا أسمح لأحفادي بالاقتراب من الماء»."
    )
    first, q = _article(text).quotes[-2:]
    assert q.cue.text == "ويتذكر" and q.speaker.text == "المرزوق" and q.speaker_key == first.speaker_key is not None
    # «يتذكر كيف …» inside another verb's subject is no cue and does not take its clause
    text = (
        "ويقول مدرّس متقاعد من حي الحسين، يتذكر كيف كانت المكتبات تملأ الشارع، إن \"الكتب القديمة لم تعد تجد من يرممها\"."
    )
    qs = _article(text).quotes
    assert [q.cue.text for q in qs] == ["ويقول"] and qs[0].content.text == "الكتب القديمة لم تعد تجد من يرممها"


def test_a_family_name_then_in_statements_to_reporters_before_a_colon_after_went_on():
    text = (
        "وقال المحامي سامر الدباغ إن موكلته لم ترتكب أي جرم. "
        "ونقلت صحيفة \"الوطن\" عن مصادر قضائية أن المحكمة قد تنتدب لجنة فنية ثانية. "
        "وتابع الدباغ في تصريحات للصحفيين أمام المحكمة: «القانون لا يعرّف هذه القيم، وكل قاضٍ يفسرها كما يشاء»."
    )
    first, q = _article(text).quotes[0], _article(text).quotes[-1]
    assert q.cue.text == "وتابع" and q.speaker_key == first.speaker_key is not None


def test_a_consul_or_an_attache_is_a_title_before_the_name():
    text = (
        "وقال القنصل العام الأردني في جدة، سامي الرواشدة، إن القنصلية أصدرت أكثر من ألفي وثيقة سفر منذ يناير. "
        "وأوضح الملحق الثقافي في سفارة العراق بعمّان ليث الجبوري أن السفارة أعدّت قوائم بأسماء الطلاب."
    )
    consul, attache = _article(text).quotes
    assert consul.speaker.text == "سامي الرواشدة" and consul.role == "القنصل العام الأردني في جدة"
    assert attache.speaker.text == "ليث الجبوري" and attache.role.startswith("الملحق الثقافي")


def test_a_family_name_that_is_a_relative_pronoun_ends_the_name_not_the_title():
    text = (
        "وقال المتحدث باسم \"أوريدو\" حسين اللواتي إن الشركة ملتزمة بالقرار. "
        "وأشار إلى أن كلفة مد الألياف في المحافظات البعيدة ما زالت مرتفعة."
    )
    said, went_on = _article(text).quotes
    assert said.speaker.text == "حسين اللواتي" and went_on.speaker_key == said.speaker_key


def test_a_noun_before_named_is_the_writer_not_a_participle_cue():
    text = (
        "وعلى منصة \"إكس\"، كتبت متابعة تُدعى ريم: \"إذا كان الترخيص سيساعدني على تمييز الإعلان من التجربة فأنا معه\"."
    )
    q = _article(text).quotes[-1]
    assert q.cue.text == "كتبت" and q.speaker.text == "ريم"


def test_the_official_by_his_nationality_names_back_the_one_official_who_spoke_far_back():
    text = (
        "وفي بنغازي، قال العقيد سالم العبيدي، مدير فرع خفر السواحل في المنطقة الشرقية، إن دورياته أوقفت 14 قارباً. "
        "وأشار العبيدي إلى أن طول الساحل يجعل المراقبة الكاملة مستحيلة.\n"
        "وفي اتصال هاتفي من مركز إيواء، قال كريم، 23 عاماً، وهو مزارع من المنيا، إنه دفع كل مدخراته لمهرّب. "
        "وأضاف: «بقينا ثلاثة أيام في البحر بلا ماء تقريباً».\n"
        "ووفقاً لأرقام المنظمة الدولية للهجرة، فإن أكثر من تسعة آلاف مهاجر وصلوا إلى الجزيرة منذ بداية العام.\n"
        "وقال المسؤول الليبي إن التنسيق مع الجانب اليوناني ما زال في بدايته."
    )
    qs = _article(text).quotes
    assert qs[-1].cue.text == "وقال" and qs[-1].speaker_key == qs[0].speaker_key is not None
    # a second official who spoke since makes it unsure: no one
    two = text.replace("ووفقاً لأرقام", "وقال مدير الشرطة البحرية ناصر الفاخري إن القوارب تضاعفت. ووفقاً لأرقام")
    assert _article(two).quotes[-1].speaker is None


def test_a_condition_in_marks_after_a_project_is_a_partial_quote_not_its_name():
    text = "وقالت النائبة ديما الطراونة إنها ستصوّت ضد المشروع \"ما لم تُلغَ مادة اغتيال الشخصية\"."
    assert any(q.kind == "direct" and q.content.text == "ما لم تُلغَ مادة اغتيال الشخصية" for q in _article(text).quotes)
    # a film's title may open so, and a title after «عنوان»
    assert not any(q.kind == "direct" for q in _article("وقال المخرج سامر العلي إنه أنهى فيلم \"ما لم يقله الراوي\" أمس.").quotes)
    assert _article("وكتبت الصحيفة افتتاحية حملت عنوان \"لو أن الرئيس ظل أخاً أكبر\".").quotes == []


def test_a_title_fronted_by_amma_before_closing_his_talk_names_back_its_holder():
    text = (
        "وقال السفير النيبالي نارايان باسنيت إن العمال يغادرون بأعداد كبيرة. "
        "وتشير الباحثة منى السليطي إلى أن الجيل الجديد من العمال يأتي بعقود أقصر. "
        "أما السفير فختم حديثه بالقول: \"لا ندعو أحداً إلى المغادرة، لكننا نريد أن يعود من يعود بكرامة\"."
    )
    qs = _article(text).quotes
    assert qs[-1].cue.text == "بالقول" and qs[-1].speaker_key == qs[0].speaker_key is not None


def test_a_counsellor_named_back_by_the_honorific_alone():
    text = (
        "إذ قال عضو المجلس المستشار نبيل عزمي لصحيفة \"الشروق\" إن المجلس لم يصدر أي قرار بحق البرنامج. "
        "وقال الناقد حسام فوزي إن الإيقاف نمط متكرر. "
        "وأكد المستشار أن لجنة الشكاوى بالمجلس مستعدة للنظر في أي تظلم."
    )
    qs = _article(text).quotes
    assert qs[-1].cue.text == "وأكد" and qs[-1].speaker_key == qs[0].speaker_key is not None
    assert qs[0].role == "عضو المجلس"


def test_but_he_said_after_a_fronted_adjunct_is_the_family_name_the_sentence_opens_on():
    text = (
        "وقال المذيع سامي الجمال إن البرنامج توقف فجأة. وقال الناقد حسام فوزي إن الإيقاف نمط متكرر. "
        "وفي اتصال هاتفي مع \"الشروق\"، رفض الجمال الخوض في تفاصيل عقده مع القناة، لكنه قال: \"لم يُبلغني أحد بسبب واضح حتى الآن\"."
    )
    qs = _article(text).quotes
    assert qs[-1].speaker_key == qs[0].speaker_key is not None


def test_a_father_by_his_childs_given_name_is_the_one_father_introduced():
    text = (
        "قالت نقابة الصحفيين إن قوة أمنية ألقت القبض على الصحفي يوسف الشاذلي من منزله. "
        "وقال محمود الشاذلي، والد الصحفي، لرويترز عبر الهاتف: «جاؤوا في الثالثة فجراً وأخذوا هاتفه». "
        "وقالت المحامية ريم عبد الفتاح إن المحامين لم يطلعوا على المحضر. "
        "وأوضح والد يوسف أن الأسرة لم تتمكن من زيارته حتى الآن."
    )
    qs = _article(text).quotes
    father = next(q for q in qs if q.cue.text == "وقال")
    assert qs[-1].cue.text == "وأوضح" and qs[-1].speaker_key == father.speaker_key is not None
    # with no father introduced, the father speaks unnamed
    text = text.replace("وقال محمود الشاذلي، والد الصحفي، لرويترز", "وقال شاهد عيان لرويترز")
    assert _article(text).quotes[-1].speaker is None


def test_a_figure_in_marks_is_nobodys_words_but_a_sentence_about_it_is():
    text = "الأرقام الرسمية تشير إلى إصدار \"أكثر من 150 ألف\" إقامة في العام الماضي وحده."
    assert _article(text).quotes == []
    text = "وقال الوزير إن العدد بلغ \"أكثر من 150 ألف طلب وهو رقم قياسي\"."
    assert any(q.kind == "direct" for q in _article(text).quotes)


def test_an_office_set_off_after_an_honorific_and_the_name_is_named_back_far_on():
    text = (
        "حاورت «أثير» المهندسة بدرية الحارثية، المديرة العامة لموارد المياه في الوزارة، حول جاهزية السدود.\n"
        "كم سداً لدى السلطنة اليوم؟\n"
        "تقول الحارثية: «لدينا اليوم أكثر من 180 سداً للتغذية الجوفية والحماية».\n"
        "في بلدة سمد الشأن، يرى خالد الهنائي، وهو موظف متقاعد، أن سد الحماية \"ما زال حبراً على ورق\". "
        "ويضيف: «نسمع كل سنة عن دراسات».\n"
        "وماذا عن الأحياء المبنية في مجاري الأودية؟\n"
        "تجيب المديرة: «هذا ملف مشترك مع وزارة الإسكان والتخطيط العمراني»."
    )
    qs = _article(text).quotes
    assert qs[-1].cue.text == "تجيب" and qs[-1].speaker_key == qs[0].speaker_key is not None


def test_when_the_sheikh_was_asked_he_said_names_back_the_sheikh():
    text = (
        "يقف الشيخ سليم عودة تحت شجرة سنط في وادي أم سدرة. ويقول عودة: «هذه الشجرة ظللت جدي وأبي». "
        "وقال عامل شاب من أبناء المنطقة إن المحجر يوفر فرص عمل. وبحسب تقرير الهيئة، فإن أعداد الغزال تراجعت. "
        "وعندما سُئل الشيخ عن الوظائف التي يوفرها المحجر، قال: «لسنا ضد أن يعمل أولادنا، لكن ليس على حساب الوادي»."
    )
    qs = _article(text).quotes
    assert qs[-1].cue.text == "قال" and qs[-1].speaker_key == qs[0].speaker_key is not None


def test_the_one_the_outlet_reached_answers():
    text = (
        "وقال كمال حسين، شقيق سليم، لوكالة فرانس برس إن شقيقه رُحّل. "
        "وأضاف أن شقيقه رُحّل إلى دكا بعد أسبوعين. "
        "وتواصلت الوكالة هاتفياً مع سليم في دكا، فقال: «لم أخالف القانون عن قصد»."
    )
    q = _article(text).quotes[-1]
    assert q.cue.text == "فقال" and q.speaker.text == "سليم"


def test_the_consul_named_back_by_his_title_alone():
    text = (
        "وقال القنصل العام لإسبانيا في وهران، ألبرتو رويث، في تصريح لـ\"الشروق\"، إن القنصلية عالجت أكثر من 95 ألف طلب.\n"
        "وأوضح القنصل أن النظام يهدف إلى القضاء على سماسرة المواعيد."
    )
    first, back = _article(text).quotes
    assert back.cue.text == "وأوضح" and back.speaker_key == first.speaker_key is not None


def test_a_mother_named_by_her_son_speaks_after_a_suburb_named_after_a_person():
    text = (
        "في ضاحية صباح السالم جنوب العاصمة، تقلّب أم فيصل، وهي أردنية الأصل، ملفاً سميكاً من الأوراق. "
        "وقالت لرويترز: «فجأة وجدت اسمي في الجريدة الرسمية»."
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "أم فيصل"


def test_a_governor_is_a_title():
    text = "ونقلت وكالة الأنباء النيجرية عن حاكم منطقة أغاديز، موسى إيسوفو، قوله إن إلغاء القانون أعاد الحياة إلى المدينة."
    (q,) = _article(text).quotes
    assert q.speaker.text == "موسى إيسوفو" and q.role == "حاكم منطقة أغاديز"


def test_a_title_names_back_one_introduced_by_it_who_had_not_spoken():
    text = (
        "وكان والي صفاقس، سمير العياري، قد أعلن تشكيل خلية أزمة لمتابعة الحادثة. "
        "وأوضح الوالي في تصريح لإذاعة محلية أن الخلية تعمل على مدار الساعة مع عائلات المفقودين."
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "سمير العياري"


def test_the_mother_named_back_after_her_name_with_the_sons_pronoun():
    text = (
        "ويقول عبد القادر إن أخاه ياسين يريد الرحيل.\n"
        "وتقول والدتهما زهرة، التي كانت تتابع الحديث بصمت: «ربيتهما بعرق جبيني».\n"
        "ويقول ياسين إن ثمن المقعد ارتفع.\n"
        "وتضيف الأم أنها أخفت جواز سفره."
    )
    qs = _article(text).quotes
    assert [q.speaker.text if q.speaker else None for q in qs] == ["عبد القادر", "زهرة", "ياسين", "زهرة"]


def test_a_bodys_spokesman_named_before_speaks_again_under_the_short_title():
    text = (
        "وقال الناطق الرسمي باسم الإدارة العامة للحرس البحري العقيد محسن الدريدي إن وحداته طوّقت البقعة. "
        "وقال الصياد فتحي الشعري إن الوضع سيئ. "
        "وأكد الناطق باسم الحرس البحري، في ختام تصريحه، أن عمليات شفط النفط ستتواصل."
    )
    first, _, last = _article(text).quotes
    assert last.speaker_key == first.speaker_key is not None
    # a spokesman no one named before stays the body's
    text = "وقال الحرس الوطني إن وحداته طوّقت البقعة. وأكد المتحدث باسم الحرس الوطني أن البحث مستمر."
    body, spokesman = _article(text).quotes
    assert spokesman.speaker.text == "الحرس الوطني" and spokesman.role == "المتحدث باسم الحرس الوطني"


def test_the_mother_named_by_her_son_further_along_the_sentence():
    text = (
        "تعز - تنتظر فاطمة القدسي، 58 عاماً، مطلع كل شهر رسالة قصيرة على هاتفها تبلغها بوصول الحوالة التي "
        "يرسلها ابنها وليد من الرياض، وهي المصدر الوحيد لدخل أسرة من سبعة أفراد.\n"
        "تقول الأم: «لولا هذه الحوالة لما استطعنا دفع إيجار البيت»."
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "فاطمة القدسي"


def test_a_family_name_repeated_after_the_full_name_keeps_the_full_name():
    text = (
        "ورئيس جمعية منظمي الحج في باكستان، شاهد إقبال مرزا، قال في حديث لقناة محلية إن القرار \"اتُّخذ دون أي تشاور مع القطاع\".\n"
        "وأضاف مرزا: «لقد حجزنا الفنادق والخيام في منى ودفعنا العربون منذ أشهر»."
    )
    first = _article(text).quotes[0]
    assert first.speaker is not None and first.speaker.text == "شاهد إقبال مرزا"


def test_the_mother_speaks_after_a_fronted_time_clause():
    text = (
        "وعلى الرصيف، جلست فاطمة الحسين، 52 عاماً، على حقيبة قماشية كبيرة إلى جانب ابنها خالد. وقالت فاطمة: «بعنا كل شيء».\n"
        "ونقلت الوكالة الوطنية للإعلام عن رئيس المركز جورج صليبا قوله إن العناصر أنجزوا المعاملات.\n"
        "وقبل أن تصعد إلى الشاحنة، التفتت الأم إلى ابنها وقالت: «إن شاء الله نرجع»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text.startswith("فاطمة")


def test_a_word_and_a_definite_plural_read_as_a_name_are_no_speaker():
    text = (
        "وكتبت رئيسة لجنة الشؤون الخارجية والمغتربين النيابية نادين الأسمر على منصة \"إكس\": "
        "حرمان المغتربين من الاقتراع لكامل المجلس عقاب لمن أبقى هذا البلد واقفاً."
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "نادين الأسمر"


def test_a_family_name_comes_back_far_into_a_long_story():
    filler = [
        "وتمتد الطوابير أمام المركز منذ ساعات الفجر.",
        "ويحمل كثيرون أكياساً صغيرة فيها كل ما يملكون.",
        "وتوزع فرق محلية الماء والخبز مرتين في اليوم.",
        "ويصل معظم الوافدين من الحدود سيراً على الأقدام.",
        "وتنقلهم الحافلات بعد التسجيل إلى مراكز الإيواء.",
        "وتنتظر الأسر أسابيع قبل أن تُحجز لها رحلات العودة.",
        "وتقول السلطات المحلية إن الطرق آمنة في النهار فقط.",
        "وارتفعت أسعار الوقود في البلدة خلال الشهر الماضي.",
        "وأغلقت متاجر عدة أبوابها بسبب نقص البضائع.",
        "ويعمل بعض الشبان حمّالين في السوق المركزية.",
        "ويخشى الأهالي أن يطول انتظارهم حتى الصيف.",
    ]
    text = (
        "وقالت المتحدثة باسم المنظمة في المنطقة آن صوفي دوران إن المركز \"يستقبل ضعف طاقته\".\n"
        + "\n".join(filler)
        + "\nوحذّرت دوران من أن نقص التمويل \"قد يغلق المركز قبل الصيف\"."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "دوران"


def test_an_official_by_the_bodys_adjective_whose_title_followed_her_name():
    text = (
        "في المخيم التقينا سيسيل أوكونكو، مديرة مكتب برنامج الأغذية التابع للأمم المتحدة في المنطقة.\n"
        "ما الذي ينقص الأسر اليوم؟\n"
        "تجيب أوكونكو: «الطحين والزيت قبل كل شيء. الأسر تأكل وجبة واحدة في اليوم. والأطفال أول من يمرض».\n"
        "وهل وصلت قوافل جديدة؟\n"
        "\"ليس بعد\"، تقول المسؤولة الأممية، \"ننتظر فتح الطريق منذ أسبوعين\"."
    )
    quotes = _article(text).quotes
    assert [q.speaker.text if q.speaker else None for q in quotes[-2:]] == ["أوكونكو", "أوكونكو"]


def test_a_given_name_used_alone_comes_back_after_another_verb():
    text = (
        "في الحي القديم، تكنس سعاد، 38 عاماً، عتبة بيتها كل صباح. وتقول سعاد: «لم يبق في الشارع سوى ثلاث أسر».\n"
        "وقال رئيس البلدية فراس الحمود إن أعمال الترميم ستبدأ في الربيع.\n"
        "وأضاف أن البلدية خصصت مبلغاً لإصلاح شبكة المياه.\n"
        "ونقلت وكالة الأنباء الرسمية عن وزير الإسكان قوله إن الحكومة ستعوض المتضررين.\n"
        "وحين سألناها عن أولادها، ضحكت سعاد وقالت: «كلهم في الخليج الآن»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "سعاد"


def test_a_cue_then_what_she_does_as_she_speaks_then_the_colon():
    text = (
        "قالت زينب، 24 عاماً، إنها وصلت إلى الميناء قبل يومين.\n"
        "وتابعت وهي تمسح دموعها: «تركت ابني عند أمي. لا أعرف متى أراه»."
    )
    quotes = _article(text).quotes
    assert [(q.cue.text, q.speaker.text if q.speaker else None) for q in quotes] == [("قالت", "زينب"), ("وتابعت", "زينب")]


def test_a_family_that_issued_a_statement_speaks_in_it_unnamed():
    text = (
        "نُقلت المطربة المعروفة سميرة الخياط (71 عاماً) إلى المستشفى بعد وعكة صحية مفاجئة.\n"
        "وأصدرت عائلة المطربة بياناً أوضحت فيه أن حالتها «تتحسن ببطء»."
    )
    last = _article(text).quotes[-1]
    assert (last.speaker, last.role) == (None, "عائلة المطربة")
    # a body that issued it is the body
    text = text.replace("عائلة المطربة", "وزارة الصحة")
    assert _article(text).quotes[-1].speaker.text == "وزارة الصحة"


def test_saw_herself_in_a_relative_clause_is_no_report():
    text = (
        "وأكد المحامي ماجد السالم، وكيل إحدى الأسر التي رأت نفسها في أحداث الفيلم، أنه رفع دعوى "
        "ضد الشركة المنتجة."
    )
    (q,) = _article(text).quotes
    assert (q.cue.text, q.speaker.text) == ("وأكد", "ماجد السالم")


def test_a_participle_then_where_he_posted_then_the_colon():
    text = (
        "ورد الممثل كريم الجزار على الانتقادات، قائلاً في مقطع نشره على «تيك توك»: "
        "«الدور كان صعباً، وأنا فخور به»."
    )
    (q,) = _article(text).quotes
    assert (q.kind, q.cue.text, q.speaker.text) == ("direct", "قائلاً", "كريم الجزار")


def test_two_sisters_named_together_the_first_by_her_given_name_alone():
    text = (
        "وأخرجت الفيلم الشقيقتان ريحانة وسلمى القاسمي بعد خمس سنوات من العمل.\n"
        "وقالت ريحانة للصحافيين إن الفيلم \"كُتب على طاولة المطبخ\"."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "ريحانة"


def test_the_one_asked_answers_not_the_host_who_asked():
    text = (
        "انتقد الملحن حسن الشريف، مساء الخميس، الأغاني الجديدة في برنامج تقدمه الإعلامية رنا عادل.\n"
        "وقال الشريف خلال الحلقة: «الأغاني الجديدة كلها متشابهة».\n"
        "وعندما سألته عادل عن نجاح بعضها في حفلات خارج الأردن، ردّ: «النجاح مش دليل على الجودة»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text in ("حسن الشريف", "الشريف")


def test_the_language_she_spoke_in_is_no_subject():
    text = (
        "فازت المخرجة المغربية نادية الفاسي بجائزة أفضل فيلم. "
        "وصعدت الفاسي إلى المنصة، وقالت بالأمازيغية: «هذه الجائزة لأمي»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "الفاسي"


def test_joking_after_the_cue_is_how_he_said_it():
    text = (
        "أما المخرج زياد القحطاني فيقول إن التصوير \"استغرق ثلاثة أشهر\"، "
        "ويضيف ممازحاً: «والدي لم يغب عن يوم واحد»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "زياد القحطاني"


def test_the_son_by_a_second_title_set_off_after_his_name():
    text = (
        "ونفى خالد المنصوري، مدير الشركة ونجل مؤسسها رجل الأعمال سعيد المنصوري، أن تكون الشركة قد تأخرت.\n"
        "وأضاف الابن أن والده \"لم يتخل عن أي فنان\"."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "خالد المنصوري"


def test_a_post_with_no_marks_goes_on_past_an_ellipsis():
    text = "وكتبت الممثلة هدى سالم عبر \"إنستغرام\": حبيبتي يا أمي، ربنا يشفيكي.. البيت مستنيكي."
    (q,) = _article(text).quotes
    assert q.content.text == "حبيبتي يا أمي، ربنا يشفيكي.. البيت مستنيكي"


def test_a_report_runs_to_the_closing_mark_past_an_ellipsis_inside_it():
    text = "وقال المخرج إن الفيلم جاهز. وتختم ليلى بأن عملها المقبل سيكون \"كوميدياً تماماً.. أو هكذا أحلم\"."
    got = [(q.kind, q.content.text) for q in _article(text).quotes if q.cue.text == "وتختم"]
    assert ("indirect", "عملها المقبل سيكون \"كوميدياً تماماً.. أو هكذا أحلم\"") in got


def test_the_one_we_met_answers_the_question_after_a_comma():
    text = (
        "منى الشامي: «ظل الجدار» فيلم عن عائلتي.. وأختي كانت أصعب ممثلة\n"
        "قرطاج - في أول أفلامها الطويلة، تنافس المخرجة منى الشامي على جائزة «نجمة قرطاج الذهبية» في "
        "الدورة الثامنة من المهرجان، بفيلم «ظل الجدار» الذي تؤدي بطولته شقيقتها الصغرى الممثلة ريم الشامي.\n"
        "التقيناها في أحد فنادق المدينة بعد العرض الأول للفيلم، الذي استقبله الجمهور بتصفيق طويل، "
        "وسألناها عن سبب اختيار قصة عائلية، فأجابت: «لأنها قصة عائلتي. كتبتها بعد وفاة أبي»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "منى الشامي"


def test_the_title_names_the_director_not_her_sister_the_actress_who_spoke_last():
    text = (
        "منى الشامي: «الفيلم عن عائلتي»\n"
        "تنافس المخرجة منى الشامي على الجائزة الكبرى بفيلم تؤدي بطولته شقيقتها الممثلة ريم الشامي.\n"
        "وتقول منى إن ريم \"رفضت الدور مرتين\". وتضيف: «كانت أصعب ممثلة».\n"
        "وقال مدير المهرجان إن الفيلم من أقوى الأفلام. ووصف النقاد العرض بالجريء.\n"
        "ريم، التي حضرت الحوار، قالت ضاحكة إن شقيقتها \"صارمة جداً\". لكنها عادت لتؤكد أن التجربة \"كانت جميلة\".\n"
        "وحين سألناها عن العائلة، قالت المخرجة: «أمي لم تشاهد الفيلم بعد»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text.startswith("منى")


def test_the_latter_is_the_last_person_named_before_the_word():
    text = (
        'وبدأت القصة حين نشر مغني الراب "نبض" مقطعاً رأى فيه متابعون رداً على مغني الراب "رعد"، '
        'فردّ الأخير بمنشور كتب فيه: "اللي يسرق الكلمات ما يولّيش فنان".'
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "رعد"


def test_what_is_awaited_takes_its_own_that():
    text = (
        "وتحيي المطربة سلمى العلوي السهرة الثانية، بينما يختتم الدورة المطرب حسان الزين بحفل يُنتظر "
        "أن يؤدي فيه أشهر أغانيه."
    )
    assert _article(text).quotes == []


def test_commenting_on_it_after_the_cue_is_no_subject():
    text = (
        "وبعد ساعات، نشر الممثل كريم نصار مقطعاً مصوراً على \"تيك توك\"، "
        "وكتب معلقاً عليه: يا جماعة الفن مش مسابقة، كل واحد له جمهوره."
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "كريم نصار"


def test_the_father_by_his_children_named_with_him():
    text = (
        "وإلى جوارها وقف موسى، الذي وصل إلى المدينة قبل عشر سنوات مع زوجته وأطفاله الأربعة.\n"
        "وقال الأب إنه لم يجد عملاً منذ أشهر."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and last.speaker.text == "موسى"


def test_a_network_by_its_name_in_marks_posts_and_among_is_no_verb():
    text = (
        'ونشرت شبكة "نداء الصحراء" على منصة "إكس": وصلت ثلاث قوافل خلال يومين، '
        "وبين المرحّلين أطفال من دون ذويهم."
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "نداء الصحراء"
    assert q.content.text == "وصلت ثلاث قوافل خلال يومين، وبين المرحّلين أطفال من دون ذويهم"


def test_sisters_by_their_given_names_alone_post_and_tweet():
    text = (
        "اشتعلت حرب منشورات بين الشقيقتين جنى العنزي وغلا العنزي والمنتج فهد الحربي.\n"
        "وبدأت الأزمة حين نشرت جنى عبر حسابها في «سناب شات»: «ما نشتغل مع أحد ما يحترم كلمته».\n"
        "وردّ الحربي بمنشور على «إكس».\n"
        "ولم تتأخر غلا في الرد، إذ غرّدت: “العقد انتهى من شهرين”."
    )
    got = [(q.cue.text, q.speaker.text if q.speaker else None) for q in _article(text).quotes]
    assert ("نشرت", "جنى") in got and ("غرّدت", "غلا") in got


def test_a_title_and_an_epithet_of_age_name_back_the_one_given_the_title():
    text = (
        "قررت النقابة إيقاف مطرب المهرجانات إعصار عن الغناء شهرين.\n"
        "في المقابل، نشر إعصار مقطعاً قال فيه إن الكلمات \"مش من الأغنية الأصلية\".\n"
        "وتابع المطرب الشاب: «أنا غلطت وبعتذر للجمهور».\n"
        "من جهتها، قالت والدة الشاب إن ابنها «تعرّض لحملة منظمة»."
    )
    got = [(q.cue.text, q.speaker.text if q.speaker else None) for q in _article(text).quotes]
    assert ("وتابع", "إعصار") in got
    # (a title in construct with «الشاب» is someone else: his mother, unnamed)
    assert all(sp is None for cue, sp in got if cue == "قالت")


def test_the_holder_set_off_after_a_courtesy_title():
    (q,) = _article("قال سفير اليابان لدى الكويت، سعادة تاكيشي موري، إن بلاده تتطلع إلى شراكة أوسع.").quotes
    assert q.speaker is not None and q.speaker.text == "تاكيشي موري"


def test_closing_with_the_words_after_a_fronted_topic():
    text = (
        "وأوضحت السفيرة هيلين مارتن أن الشركات الفرنسية تشارك في ثلاثة مشاريع.\n"
        "وعن زيارة مرتقبة لرئيس الوزراء إلى الرياض، ختمت السفيرة حديثها بالقول: «هناك ترتيبات جارية»."
    )
    last = _article(text).quotes[-1]
    assert last.speaker is not None and "مارتن" in last.speaker.text


def test_the_bare_title_is_the_host_and_the_one_with_a_nationality_the_guest():
    text = (
        "استقبل معالي السيد خالد المطوع رئيس مجلس النواب، سعادة السيد فارس الخصاونة رئيس مجلس النواب الأردني.\n"
        "وأكد رئيس مجلس النواب أن العلاقات بين البلدين \"راسخة ومتينة\".\n"
        "من جانبه، قال رئيس مجلس النواب الأردني إن الزيارة \"تفتح صفحة جديدة\"."
    )
    got = [(q.cue.text, q.speaker.text if q.speaker else None) for q in _article(text).quotes]
    assert ("وأكد", "خالد المطوع") in got and ("قال", "فارس الخصاونة") in got


def test_a_title_before_another_name_is_not_his():
    text = (
        "عقد مجلس الوزراء جلسته برئاسة رئيس الجمهورية جوزيف عون وحضور رئيس الحكومة سامي حداد.\n"
        "وكان رئيس الجمهورية قد قال في مستهل الجلسة: «لا إصلاح من دون موازنة»."
    )
    (q,) = _article(text).quotes
    assert q.speaker is not None and q.speaker.text == "جوزيف عون"


def test_a_second_title_set_off_then_the_name():
    (q,) = _article(
        "وفي مؤتمر صحفي، قال الناطق باسم الحكومة، وزير الاتصال، السيد أحمد ولد سالم، إن المجلس \"أقر قانون الصيد\"."
    ).quotes[:1]
    assert q.speaker is not None and q.speaker.text == "أحمد ولد سالم"


def test_a_long_occasion_set_off_after_the_subject_keeps_the_conjunction():
    text = (
        "أكد رئيس الجمهورية، السيد عمر بن صالح، في رسالة وجهها إلى المشاركين في الطبعة الثالثة "
        "لـ«منتدى الطاقة»، قرأها نيابة عنه وزير الطاقة، السيد سمير بلقاسم، اليوم الأحد بعنابة، "
        "أن البلاد \"ماضية في تنويع مصادر الطاقة\"."
    )
    got = [(q.kind, q.speaker.text if q.speaker else None) for q in _article(text).quotes]
    assert ("indirect", "عمر بن صالح") in got


def test_a_name_in_marks_glossed_in_latin_and_a_plan_launched_are_no_partial_quotes():
    text = (
        "وقال المدير إن المجمع وقّع مع شركتي \"إيني\" (Eni) و\"توتال إنرجيز\" (TotalEnergies) اتفاقاً جديداً.\n"
        "وأشارت الوزيرة إلى أن الوزارة أطلقت «البرنامج الوطني لترشيد المياه» في الولايات الجنوبية.\n"
        "وأعلن الجانبان عن إطلاق برنامج مشترك، ومن المنتظر أن تنطلق أولى دوراته في أكتوبر."
    )
    got = [(q.kind, q.content.text) for q in _article(text).quotes]
    assert not any(kind == "direct" for kind, _ in got)
    assert not any("تنطلق" in c for _, c in got)
    # (a plan described at length in marks is the speaker's words)
    text = "وقالت الشركة إن الخطوة تأتي ضمن «خطة لإعادة الهيكلة تمتد على ثلاث سنوات»."
    assert ("direct", "خطة لإعادة الهيكلة تمتد على ثلاث سنوات") in [(q.kind, q.content.text) for q in _article(text).quotes]


def test_a_participle_of_passing_on_greetings_ends_the_report():
    (q,) = [
        q for q in _article(
            "وقال المبعوث إن الجامعة \"تعوّل على الدور العراقي\"، ناقلاً إلى رئيس الوزراء تحيات الأمين العام."
        ).quotes if q.kind == "indirect"
    ]
    assert q.content.text == 'الجامعة "تعوّل على الدور العراقي"'


def test_a_joint_statement_speaks_for_no_one_named_in_it():
    text = (
        "الكويت (رويترز) - قال بيان مشترك صدر يوم الاثنين في ختام زيارة رئيس الوزراء الماليزي أنور حسين "
        "إلى الكويت إن البلدين اتفقا على تمديد اتفاق توريد النفط.\n"
        "وأضاف البيان أن الجانبين بحثا زيادة الاستثمارات."
    )
    got = [(q.speaker, q.role) for q in _article(text).quotes]
    assert got == [(None, "بيان مشترك"), (None, "بيان مشترك")]


def test_a_short_title_with_a_nationality_names_the_one_whose_formal_title_holds_it():
    text = (
        "تونس (وات) - استقبل وزير الشؤون الخارجية والهجرة والتونسيين بالخارج، السيد منير الطرابلسي، "
        "اليوم، وزير الشؤون الخارجية والتعاون والسنغاليين في الخارج، السيد موسى جوب.\n"
        "من جهته، أكد وزير الخارجية السنغالي أن بلاده \"حريصة على الشراكة\"."
    )
    q = _article(text).quotes[0]
    assert q.speaker is not None and q.speaker.text == "موسى جوب"


def test_a_body_described_then_named_in_marks_with_its_latin_form_speaks():
    text = (
        "وبحسب الشركة المنظمة للحفل، \"نجمة الشرق\" (Eastern Star)، فإن التذاكر ستُرد كاملة لأصحابها.\n"
        "ونفت الشركة المنظمة للمهرجان، \"ليالي الصيف\" (Summer Nights)، أن تكون الحفلات قد أُلغيت."
    )
    got = [(q.kind, q.speaker.text if q.speaker else None) for q in _article(text).quotes]
    assert got == [("according_to", "نجمة الشرق"), ("indirect", "ليالي الصيف")]


def test_a_person_known_by_another_name_is_one_speaker_under_both():
    text = (
        "عاد المطرب العُماني سالم الرواحي، المعروف فنياً باسم «شهاب»، بألبوم جديد.\n"
        "وقال شهاب في مؤتمر صحفي إن الغياب «كان ضرورياً».\n"
        "«كل أغنية فيها شيء من مسقط»، يقول الرواحي."
    )
    rec = _article(text)
    keys = {q.speaker_key for q in rec.quotes}
    assert len(rec.quotes) >= 2 and len(keys) == 1 and None not in keys
    (ent,) = [e for e in rec.entities if e.key in keys]
    assert {"سالم الرواحي", "شهاب"} <= {ent.name, *ent.aliases}
    # «بـ«…»» glued to the name, and the stage name given first with its real name after it
    for text in (
        "وكانت الفنانة هدى سالم، المعروفة بـ«ريما»، قد غابت عن المسرح.\nوقالت ريما إن العودة «قرار صعب».\n"
        "وأضافت هدى سالم أن الجمهور «لم ينسها».",
        "من جهته، نفى نجم، واسمه الحقيقي أمين بوعلام، أن يكون قد قصد الإساءة.\n"
        "وقال أمين بوعلام إن المقطع «مبتور».",
    ):
        keys = {q.speaker_key for q in _article(text).quotes}
        assert len(keys) == 1 and None not in keys, text
    # a man known for something (no name in marks) is no one else
    rec = _article("وقال رجل الأعمال فهد الشمري، المعروف بدعمه للرياضة، إن «النادي يستحق الأفضل».\nوقال سالم إن «الأمر انتهى».")
    assert len({q.speaker_key for q in rec.quotes}) == 2


def _cue_speaker_role(text):
    """(cue, speaker text or None, role) of every quote of the passage, end to end."""
    return [(q.cue.text, q.speaker.text if q.speaker else None, q.role) for q in _article(text).quotes]


def test_the_dock_and_the_bench_named_by_their_place_in_the_trial():
    text = (
        "نظرت محكمة جنايات طنطا محاكمة المتهم الأول وليد منصور والمتهم الثاني كريم عادل.\n"
        "وقال المحامي هشام زكي، وكيل المتهم الثاني، إن موكله \"لم يكن في مكان الحادث\".\n"
        "ومن داخل قفص الاتهام، صاح المتهم الأول: «أنا بريء ولم أرَ الضحية في حياتي».\n"
        "\"سأقول الحقيقة كاملة\"، قال المتهم الثاني من داخل القفص، \"ولن أخفي شيئاً\"."
    )
    got = _cue_speaker_role(text)
    # the title after «وكيل» is his client's, not his own: the accused named with it speaks
    assert ("صاح", "وليد منصور", None) in [(c, s, None) for c, s, _ in got if c == "صاح"]
    assert all(s == "كريم عادل" for c, s, _ in got if c == "قال")
    # where he spoke from is no part of his title
    assert all(r == "المتهم الثاني" for c, _, r in got if c == "قال")


def test_an_accused_unnamed_opening_his_sentence_speaks_not_the_lawyer_before():
    text = (
        "وقال المحامي سامر عيسى إن الاعترافات انتُزعت تحت الضغط.\n"
        "ومن داخل القفص، تحدث المتهم الرابع، وهو عامل في مخبز، وقال: «لم أحمل سلاحاً في حياتي، وأنا أعيل خمسة أطفال»."
    )
    got = _cue_speaker_role(text)
    assert ("وقال", None, "المتهم الرابع") in got


def test_a_relative_opening_the_sentence_speaks_unnamed():
    text = (
        "وأكدت الشاهدة ليلى فؤاد أنها رأت المتهم يغادر المبنى.\n"
        "وخارج المحكمة، انهارت والدة الضحية باكيةً وقالت: «ابني كان يعمل ليل نهار ليبني مستقبله»."
    )
    got = _cue_speaker_role(text)
    assert ("وقالت", None, "والدة الضحية") in got


def test_the_one_pushed_to_speak_and_the_one_the_court_heard():
    text = (
        "وقاطعها النائب فارس الحلو قائلاً: «الحكومة شريكة في الأزمة يا سيدتي»، ما دفع رئيس المجلس إلى التدخل قائلاً: "
        "\"الكلمة للزميلة، وستأخذ دورك بعدها\".\n"
        "واستمعت المحكمة إلى إحدى المتضررات، وهي معلمة متقاعدة تدعى سعاد، فقالت: «خسرت مدخرات عشرين عاماً في ليلة واحدة»."
    )
    got = _cue_speaker_role(text)
    assert got[0][:2] == ("قائلاً", "فارس الحلو")
    assert got[1][1:] == (None, "رئيس المجلس")
    assert ("فقالت", "سعاد") in [(c, s) for c, s, _ in got]


def test_a_mother_set_off_after_her_son_and_named_back_far_later():
    text = (
        "أعادت محكمة النقض محاكمة الشاب فادي نصار.\n"
        "وفي منزل الأسرة، تقول والدة فادي، نجوى عبد الله: «انتظرنا هذا اليوم ثلاث سنوات».\n"
        "وقال المحامي رامي زيدان إن الحكم الجديد منتظر في الربيع.\n"
        "وأضاف أن الأدلة الجديدة تغيّر مسار القضية.\n"
        "وأكد أن هيئة الدفاع ستطلب سماع شهود جدد.\n"
        "وقالت النيابة في مذكرتها إن الحكم الأول كان سليماً.\n"
        "«لم أعد أطلب شيئاً»، تقول الأم، «سوى أن يُحاكم ابني بعدل»."
    )
    got = _cue_speaker_role(text)
    assert [s for c, s, _ in got if c == "تقول"] == ["نجوى عبد الله"] * 3


def test_an_officer_named_back_by_his_rank_or_as_the_officer():
    text = (
        "وقال المتحدث باسم الشرطة، المقدم سامي الطاهر، إن الجناة فرّوا بسيارة مسروقة.\n"
        "وقالت جمعية التجار في بيان إن السوق يحتاج إلى حراسة دائمة.\n"
        "وطالبت الجمعية بتركيب كاميرات مراقبة في الممرات.\n"
        "وقال التاجر حسن البشير إن الخسائر كبيرة.\n"
        "وأضاف أن التجار يخشون تكرار الحادث.\n"
        "وتابع أن المحال تغلق أبوابها قبل المغرب.\n"
        "وقالت الجارة سلمى عثمان إن الحي لم يعرف حادثاً مماثلاً.\n"
        "وأكد المقدم أن الشرطة ستحيل المتهمين إلى النيابة خلال أيام.\n"
        "وكشف الضابط أن أحد المتهمين يعمل حارساً في السوق."
    )
    got = _cue_speaker_role(text)
    assert [s for c, s, _ in got if c in ("وأكد", "وكشف")] == ["سامي الطاهر", "سامي الطاهر"]


def test_given_the_floor_and_a_report_ending_with_its_marks():
    text = (
        "وطالب النائب العام بتشديد العقوبة على رجل الأعمال ماهر السويدي.\n"
        "ومُنحت الكلمة الأخيرة للسويدي، فقال وهو يغالب تأثره: «عملت أربعين عاماً ولم أسرق ديناراً واحداً».\n"
        "فقاطعه القاضي، المستشار نادر حلمي، قائلاً إن \"المحكمة ستستمع إلى دفاعك في الجلسة المقبلة\"، وطلب من الدفاع تقديم مستنداته."
    )
    got = [(q.kind, q.cue.text, q.speaker.text if q.speaker else None, q.content.text) for q in _article(text).quotes]
    assert [g[2] for g in got if g[1] == "فقال"] in (["السويدي"], ["ماهر السويدي"])
    assert [g[2] for g in got if g[1] == "قائلاً"] == ["نادر حلمي"]
    # the report after the participle is all in marks: one direct quote, the judge's next act left out
    assert [g[0] for g in got if g[1] == "قائلاً"] == ["direct"]
    assert all("وطلب" not in g[3] for g in got)


def test_parliament_and_prosecution_phrasings():
    text = (
        "وقال النائب جمال رضوان إن البنوك تتحمل جزءاً من المسؤولية.\n"
        "وتابع الوزير سامح فريد أن مشروع تعديل \"قانون مكافحة جرائم تقنية المعلومات\" سيُحال إلى المجلس قريباً.\n"
        "غير أن النائب رضوان عاد ليعتبر أن الحل \"يبدأ من إلزام شركات الاتصالات بالتحقق من هوية العملاء\".\n"
        "فعقّب الوزير: «الحكومة لا تقف متفرجة على ما يحدث، وسنحاسب المقصرين»."
    )
    got = [(q.kind, q.cue.text, q.speaker.text if q.speaker else None, q.content.text) for q in _article(text).quotes]
    # a law's name in marks after «مشروع تعديل» is no one's words
    assert not any(k == "direct" and "قانون مكافحة" in c for k, _, _, c in got)
    # «عاد ليعتبر»: the ل-clause has the subject of «عاد», and «عاد» is no part of his name
    assert ("indirect", "ليعتبر", "رضوان") in [g[:3] for g in got]
    # «عقّب» with its shadda and a colon reports
    assert ("direct", "فعقّب") in [g[:2] for g in got]
    # bare «عقب» is «after»: no cue
    assert not any(q.cue.text == "عقب" for q in _article("وقال الوزير عقب الاجتماع إن الحكومة ستدعم المزارعين.").quotes)


def test_a_manner_before_the_colon_and_a_clause_of_whereas():
    text = (
        "وقالت والدته، آمنة حسن، إن ابنها لم يحمل سلاحاً في حياته.\n"
        "وتابعت الأم بصوت متهدّج: «كل يوم نسمع عن معتقل مات تحت التعذيب، فلا أنام الليل».\n"
        "أما المحامي ياسر حمدي فيرى أن الإفراج عن موكله مسألة وقت، في حين قالت والدة معتز إنها ستنتظر أمام النيابة."
    )
    got = [(q.cue.text, q.speaker.text if q.speaker else None, q.content.text) for q in _article(text).quotes]
    assert ("وتابعت", "آمنة حسن") in [g[:2] for g in got]
    (content,) = [c for cue, _, c in got if cue == "فيرى"]
    assert content.endswith("مسألة وقت")


def test_bodies_of_the_prosecution_and_the_issuer_of_figures():
    text = (
        "بدأت محكمة الجنايات محاكمة ثلاثة متهمين بالاحتيال.\n"
        "وبحسب أمر الإحالة الصادر عن نيابة دبي، فإن المتهمين أسسوا شركة وهمية.\n"
        "وقال وزير العدل مراد حمّادي إن الحبس المؤقت إجراء استثنائي.\n"
        "وبحسب أرقام عرضها الوزير خلال الجلسة، فإن المحاكم أصدرت ألفي حكم بالتعويض."
    )
    got = [(q.cue.text, q.speaker.text if q.speaker else None) for q in _article(text).quotes]
    assert got[0] == ("وبحسب", "نيابة دبي")
    assert got[-1][1] in ("حمّادي", "مراد حمّادي")
    # what was not done to others is part of the words, not the writer's note on what went unsaid
    (q,) = _article("وقالت المؤسسة إن الوزارة أعلنت مقتل عشرات في مواجهات مماثلة، من دون أن يُقدَّم أي منهم إلى المحاكمة.").quotes
    assert q.content.text.endswith("إلى المحاكمة")


def test_unnamed_relatives_envoys_and_the_reporter_of_a_confession():
    text = (
        "أعادت محكمة النقض محاكمة المتهم بقتل حارس عقار.\n"
        "وقال المحامي سامي فؤاد إن موكله بريء.\n"
        "أما نجل حارس العقار القتيل فقد عبّر عن استيائه من الحكم، وقال إن الأسرة \"انتظرت القصاص أربع سنوات\"."
    )
    assert [(s, r) for c, s, r in _cue_speaker_role(text) if c == "وقال"][-1] == (None, "نجل حارس العقار القتيل")
    # a rapporteur of a body, named nowhere, is no body
    got = _cue_speaker_role(
        "وكانت مقررة الأمم المتحدة الخاصة المعنية بحرية الرأي قد أعربت عن قلقها إزاء المرسوم، "
        "مؤكدة أن \"تجريم التعبير على الإنترنت لا يتسق مع التزامات البلاد الدولية\"."
    )
    assert got and all(s is None for _, s, _ in got)
    # a confession inside a spokesman's report: the participle after it is still his
    text = (
        "وقال المتحدث باسم الشرطة العقيد علي الساعدي إن العملية جاءت بعد متابعة استخبارية.\n"
        "وأضاف الساعدي أن أحد الموقوفين اعترف خلال التحقيق بأنه تسلّم الشحنة من مهربين، مبيناً أن المتهمين أحيلوا إلى القضاء."
    )
    assert [s for c, s, _ in _cue_speaker_role(text) if c == "مبيناً"] == ["الساعدي"]
    # the lawyer of the first accused is not «المتهم الأول», however far back he spoke
    text = (
        "وقال المحامي محمد العجمي، وكيل المتهم الأول، إن موكله كان في حالة دفاع عن النفس.\n"
        "وخلال جلسة سابقة، قال المتهم الأول من داخل القفص: «لم أقصد قتله، كان شجاراً وانتهى بمأساة»."
    )
    assert [(s, r) for c, s, r in _cue_speaker_role(text) if c == "قال"] == [(None, "المتهم الأول")]
