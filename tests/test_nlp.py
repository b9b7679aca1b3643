"""The Arabic tokenizer is fixed for news text, and sentences split where news text ends them."""

import pytest

from conftest import run_python
from pipeline.nlp import build_nlp, sentence_spans


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(model=False)


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("ميتا.", ["ميتا", "."]),
        ("عام 2027.", ["عام", "2027", "."]),
        ("NVIDIA Vera.", ["NVIDIA", "Vera", "."]),
        ("Blackwell وRubin", ["Blackwell", "و", "Rubin"]),
        ("«لا أحد»", ["«", "لا", "أحد", "»"]),
        ("“نص”", ["“", "نص", "”"]),
        ('"العالم".', ['"', "العالم", '"', "."]),
        ("شركة ميتا (Meta)،", ["شركة", "ميتا", "(", "Meta", ")", "،"]),
        ('ميتا :"نحن', ["ميتا", ":", '"', "نحن"]),
        ("وإنفيديا", ["وإنفيديا"]),
        ("لـG42 وبـ2025", ["لـ", "G42", "وبـ", "2025"]),
    ],
)
def test_tokenizer_splits_news_punctuation(nlp, text, tokens):
    assert [t.text for t in nlp(text) if not t.is_space] == tokens


def test_norm_is_the_matching_key(nlp):
    doc = nlp("إنفيديا أنفيديا هواوى")
    assert [t.norm_ for t in doc] == ["انفيديا", "انفيديا", "هواوي"]


def test_sentences_end_at_terminal_punctuation_and_line_breaks(nlp):
    text = 'قال: "نحن متحمسون." وأضاف أن الفريق يعمل.\nعنوان بلا نقطة\nجملة أخيرة؟'
    spans = [text[s:e] for s, e in sentence_spans(nlp(text))]
    assert spans == ['قال: "نحن متحمسون."', "وأضاف أن الفريق يعمل.", "عنوان بلا نقطة", "جملة أخيرة؟"]


def test_pipeline_does_not_load_torch_but_leaves_it_importable():
    # thinc would import torch (a camel-tools dependency) at start-up: 1 s and ~180 MB per process.
    code = (
        "import sys\n"
        "from pipeline import run\n"
        "rec = run.extract('قال الرئيس التنفيذي لشركة ميتا مارك زوكربيرغ إن الشراكة مهمة.')\n"
        "assert rec.mentions, 'pipeline ran'\n"
        "assert 'torch' not in sys.modules, 'torch was imported'\n"
        "import thinc.compat\n"
        "assert thinc.compat.has_torch is False\n"
        "import torch\n"
        "assert torch.zeros(2).sum().item() == 0\n"
        "print('ok')\n"
    )
    assert run_python(code).strip() == "ok"


def test_torch_imported_first_is_left_alone():
    code = "import torch, sys\nfrom pipeline import run\nrun.extract('شركة.')\nimport thinc.compat\nassert thinc.compat.has_torch\nprint('ok')\n"
    assert run_python(code).strip() == "ok"
