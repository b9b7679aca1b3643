"""Training sentences for the NER model from naba's own annotated news passages.

ANERcorp (the model's main training data) is newswire of the 2000s; naba reads modern news, whose
names (companies, platforms, ministries, agencies, transliterated executives) it rarely saw. The
blind passages of tests/golden/quotes/blind/ are modern news composed for the project, each with
every PERSON / ORG / LOC name marked by its annotator (``[LABEL, text, occurrence, key, …]``).
:func:`passage_sentences` turns such YAML files into the ``(words, tags)`` sentences that
``ner.train`` reads, tokenised and split into sentences exactly as naba reads an article at run
time (``nlp.get_nlp(model=False)``), so the model learns from the tokens it will see.

Conventions bridged to ANERcorp's:

* a name marked in the text is tagged on every token it touches, B- on the first (PERSON → PERS);
* the annotators leave out a name fused with a clitic («للأمم المتحدة», «وأرامكو»), which ANERcorp
  tags on the whole token; such a token is tagged when its word, less و / ف / ب / ل / ك (and «لل»
  read as «ال»), is the first word of a name of the same passage and the words after it follow that
  name;
* a Latin form in brackets after a name is left untagged: the entity stage makes it an alias of
  the Arabic name, and the model is not asked to find it.

``python -m pipeline.ner_passages FILE.yaml … > passages.conll`` writes the sentences as CoNLL.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from pipeline.errors import ResourceError

__all__ = ["LABELS", "passage_sentences", "read_passages", "to_conll"]

LABELS = {"PERSON": "PERS", "ORG": "ORG", "LOC": "LOC"}
_LATIN = re.compile(r"[A-Za-z]")
_CLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")

Sentence = tuple[list[str], list[str]]


def read_passages(paths: Iterable[str | Path]) -> list[dict]:
    """The passages of YAML files (lists of ``{id, text, mentions}``), in file order."""
    out: list[dict] = []
    for path in paths:
        path = Path(path)
        try:
            items = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ResourceError(f"{path}: cannot read passages ({exc.__class__.__name__})") from exc
        if not isinstance(items, list):
            raise ResourceError(f"{path}: expected a list of passages")
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ResourceError(f"{path}: a passage without text")
            out.append({**item, "_file": str(path)})
    return out


def _occurrence(text: str, needle: str, nth: int) -> int:
    """Start of the ``nth`` occurrence of ``needle`` (occurrences may overlap), or -1."""
    pos = -1
    for _ in range(nth):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def _char_spans(item: dict) -> list[tuple[int, int, str]]:
    text = item["text"]
    spans = []
    for m in item.get("mentions") or []:
        label, surface = m[0], m[1]
        nth = int(m[2]) if len(m) > 2 and m[2] else 1
        if label not in LABELS or _LATIN.search(surface):
            continue
        start = _occurrence(text, surface, nth)
        if start < 0:
            raise ResourceError(f"{item['_file']}: {item.get('id')}: mention {surface!r} #{nth} not in the text")
        spans.append((start, start + len(surface), LABELS[label]))
    return spans


def _strip_clitic(word: str) -> list[str]:
    """The word less a leading clitic, each way it can be read («للشركة» → «الشركة» too)."""
    out = []
    if word.startswith("لل") and len(word) > 3:
        out.append("ال" + word[2:])
    for c in _CLITICS:
        if word.startswith(c) and len(word) > len(c) + 1:
            out.append(word[len(c) :])
    return out


def _tag_passage(item: dict, nlp) -> list[Sentence]:
    text = item["text"]
    doc = nlp(text)
    spans = _char_spans(item)
    tags = ["O"] * len(doc)
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        toks = [t.i for t in doc if not t.is_space and t.idx < end and t.idx + len(t.text) > start]
        if not toks or any(tags[i] != "O" for i in toks):
            continue
        tags[toks[0]] = "B-" + label
        for i in toks[1:]:
            tags[i] = "I-" + label
    # names fused with a clitic, which the annotators leave unmarked
    names = {}
    for start, end, label in spans:
        words = text[start:end].split()
        names.setdefault(words[0], []).append((words, label))
    words = [t.text for t in doc]
    solid = [t.i for t in doc if not t.is_space]
    for n, i in enumerate(solid):
        if tags[i] != "O":
            continue
        for bare in _strip_clitic(words[i]):
            for name, label in sorted(names.get(bare, []), key=lambda nl: -len(nl[0])):  # longest name first
                toks = solid[n : n + len(name)]
                if [words[k] for k in toks[1:]] == name[1:] and all(tags[k] == "O" for k in toks):
                    tags[toks[0]] = "B-" + label
                    for k in toks[1:]:
                        tags[k] = "I-" + label
                    break
            if tags[i] != "O":
                break
    out = []
    for sent in doc.sents:
        idx = [t.i for t in sent if not t.is_space]
        if idx:
            out.append(([words[i] for i in idx], [tags[i] for i in idx]))
    return out


def passage_sentences(paths: Iterable[str | Path], *, exclude: Sequence[str] = ()) -> list[Sentence]:
    """Tagged sentences of every passage in ``paths`` (files whose name is in ``exclude`` skipped)."""
    from pipeline.nlp import get_nlp

    nlp = get_nlp(model=False)
    skip = {Path(e).name for e in exclude}
    out: list[Sentence] = []
    for item in read_passages(p for p in paths if Path(p).name not in skip):
        out.extend(_tag_passage(item, nlp))
    return out


def to_conll(sents: Sequence[Sentence]) -> str:
    """CoNLL text (``word TAG`` lines, a blank line after each sentence)."""
    return "".join("".join(f"{w} {t}\n" for w, t in zip(words, tags)) + "\n" for words, tags in sents)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        print("usage: python -m pipeline.ner_passages FILE.yaml … > passages.conll", file=sys.stderr)
        return 2
    try:
        sys.stdout.write(to_conll(passage_sentences(args)))
    except ResourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
