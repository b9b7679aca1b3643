"""The spelling view (pipeline/spelling.py): final ى/ي and ة/ه as news desks write them.

Passages composed for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import extract
from pipeline.spelling import build_pairs, spelling_view

# A desk that writes final ى as ي and final ة as ه throughout.
MERGED = (
    "قال وزير الزراعه علاء فاروق إن الحكومه ستصرف تعويضات تصل إلي مليوني جنيه للمزارعين المتضررين علي الفور.\n"
    "وأشار المتحدث باسم وزاره الزراعه إلي أن اللجان بدأت حصر الخسائر في القري المتضرره منذ يوم الأحد.\n"
    'وقالت رئيسة جمعية المزارعين سلمي العلمي إن "التعويضات لا تكفي حتي لشراء البذور".'
)


def _changed(text: str) -> dict[str, str]:
    view = spelling_view(text)
    assert len(view) == len(text)
    words, seen = text.split(), view.split()
    return {a: b for a, b in zip(words, seen) if a != b}


def test_standard_text_is_left_as_written():
    text = (
        "وقال علي الحسن، مدير الشركة، إن كتابه الجديد يصدر في القاهرة على نفقته، "
        "وأضاف أن الرأي العام يرى في ذلك خطوة أولى."
    )
    assert spelling_view(text) is text


def test_merged_desk_gets_usual_last_letters():
    changed = _changed(MERGED)
    assert changed["إلي"] == "إلى" and changed["حتي"] == "حتى"
    assert changed["الحكومه"] == "الحكومة" and changed["وزاره"] == "وزارة"
    assert changed["علي"] == "على"  # «علي الفور»: the preposition, in a text that never writes «على»
    assert changed["سلمي"] == "سلمى"  # a given name after a definite word («السلمي» would be the adjective)
    assert "الأحد" not in changed and "المزارعين" not in changed


def test_ali_stays_a_name_where_a_name_is_at_hand():
    text = (
        "وقال النائب المستقل علي الزيدي إن الوزير تغيب حتي الآن عن الجلسة، مشيراً إلي أن الأمر يتكرر.\n"
        "وأضاف الزيدي أن المجلس سيصوت علي الاستجواب الأسبوع المقبل."
    )
    view = spelling_view(text)
    assert "النائب المستقل علي الزيدي" in view  # a title and its adjective before it
    assert "سيصوت على الاستجواب" in view


def test_ali_untouched_when_the_desk_tells_the_two_apart():
    text = "وقال علي إن الحكومة وافقت على الخطة حتي النهاية، وأشار إلي أن التنفيذ يبدأ غداً."
    assert "وقال علي إن" in spelling_view(text)


def test_a_noun_with_its_pronoun_is_no_misspelt_ta_marbuta():
    # «كتابه» (his book) and «دوره» (his role) are words of their own
    text = "وقال المؤلف إن كتابه يروي دوره في الحرب، وإن الشركه نشرته."
    changed = _changed(text)
    assert changed == {"الشركه": "الشركة"}


def test_pipeline_reads_the_view_and_cuts_spans_from_the_article():
    rec = extract(MERGED)
    assert rec.article.text == MERGED
    assert not any(m.label == "PERSON" and m.text.startswith("علي") for m in rec.mentions)
    money = [m for m in rec.mentions if m.label == "MONEY"]
    assert money and all(MERGED[m.start : m.end] == m.text for m in money)
    names = {e.key: e.name for e in rec.entities}
    said = {q.cue.text: q for q in rec.quotes}
    assert names[said["وقالت"].speaker_key] == "سلمى العلمي"
    assert said["وقالت"].content.text == "التعويضات لا تكفي حتي لشراء البذور"  # as written
    assert said["وأشار"].content.text.startswith("اللجان بدأت")


def test_build_pairs_from_counts(tmp_path: Path):
    rows = (
        ["إلى O"] * 8 + ["إلي O"]  # usual ى, written ي once
        + ["في O"] * 30 + ["فى O"]  # usual ي, ى written once
        + ["الحكومة O"] * 5  # ه form never seen
        + ["كتابة O"] * 5 + ["كتاب O"] * 3  # «كتابه» is the noun with «ه»
        + ["مرسى B-LOC"] * 9  # names are not counted
        + ["حتى O"] * 2  # too rare to judge
    )
    conll = tmp_path / "train.txt"
    conll.write_text("\n".join(rows) + "\n", encoding="utf-8")
    pairs = {w: u for w, u, _, _ in build_pairs(conll)}
    assert pairs["الي"] == "الى"  # alef forms folded
    assert pairs["فى"] == "في"
    assert pairs["الحكومه"] == "الحكومة"
    assert "كتابه" not in pairs and "مرسي" not in pairs and "حتي" not in pairs


@pytest.mark.parametrize("text", ["", "123 456", "Meta and NVIDIA", "ـــ"])
def test_texts_without_arabic_words(text):
    assert spelling_view(text) == text


def test_the_name_after_abd_keeps_its_spelling():
    # «عبد الاله» is no «عبد الآلة» (the machine), whatever the table says of «الاله» alone
    text = "وصل وزير الخارجية الاردني عبد الاله الخطيب الى الحكومه الجديده"
    view = spelling_view(text)
    assert "عبد الاله الخطيب" in view and "الحكومة الجديدة" in view


def test_ali_before_words_only_a_preposition_takes_shows_the_writers_ala():
    # one «علي التوالي» shows that this writer spells «على» with ي: «مطلع علي المفاوضات» is «على»
    text = "وقال مسؤول فلسطيني مطلع علي المفاوضات ان الخلاف قائم . واضرب الموظفون لليوم العاشر علي التوالي ."
    view = spelling_view(text)
    assert view.count("على") == 2 and len(view) == len(text)
    # a name after a title, its field and its country stays the name
    text = "وقال وزير البترول السعودي علي النعيمي ان السوق متوازنة . واضرب الموظفون لليوم العاشر علي التوالي ."
    assert "علي النعيمي" in spelling_view(text)
    # no such word: «علي» is left as written
    assert spelling_view("وقال مسؤول مطلع علي المفاوضات ان الخلاف قائم .") == "وقال مسؤول مطلع علي المفاوضات ان الخلاف قائم ."


def test_ali_after_a_given_name_before_what_only_a_preposition_takes():
    # «يوستي علي موقعها»، «يوسف علي هامش»: a family name never follows as «موقعها» or «هامش» does
    text = "وجاء في رسالة نشرها رئيس تحرير الصحيفة كارستن يوستي علي موقعها الالكتروني : « نحن نعتذر » ."
    assert "يوستي على موقعها" in spelling_view(text)
    text = "وقال الوزير خالد يوسف علي هامش المؤتمر ان الحكومة مستعدة ."
    assert "يوسف على هامش" in spelling_view(text)
    # a family name with ه after the given name (no dictionary noun) stays the name
    text = "وقال الوزير خالد يوسف علي حماده ان الحكومة مستعدة الي حد ما ."
    assert "يوسف علي حماده" in spelling_view(text)


def test_ali_after_the_word_for_named_in_a_text_that_writes_ala_as_ali():
    # the text writes «علي» for «على» («علي عدد»), yet after «ويدعي» (named, written with ي) «علي» opens a name
    text = (
        "وقال مصدر امني ان الجيش سيطر علي عدد من المواقع علي الرغم من المقاومة .\n"
        "وقال احد سكان البلدة ويدعي علي المؤيد فى اتصال هاتفي : القصف لم يتوقف طوال الليل ."
    )
    view = spelling_view(text)
    assert "سيطر على عدد" in view and "ويدعي علي المؤيد" in view
