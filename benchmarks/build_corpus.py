"""Build naba's throughput corpus: ANERcorp sentences grouped into articles, scaled by repetition.

    .venv/bin/python benchmarks/build_corpus.py --words 3000000 --out /tmp/naba_corpus_3m.jsonl

How it is built (deterministic for a given ``--seed``):

1. Every sentence of the ANERcorp train file (``token TAG`` per line, a blank line between
   sentences; 3,973 sentences, ~125k tokens) becomes one line of text: its tokens joined with
   single spaces. The tags are dropped.
2. One *pass* shuffles all sentences and cuts the shuffled list into articles of 10–40 sentences
   (uniform). Inside an article, sentences are grouped into paragraphs of 1–4 sentences
   (paragraphs joined by a line break, sentences by a space). The title is the first 12 words of
   the first sentence; ``published`` is a date drawn from 2024-01-01 … 2025-12-31.
3. Passes repeat, each with a fresh shuffle, until the corpus holds at least ``--words``
   whitespace-separated words. Every article is therefore a new combination of real newswire
   sentences (its id, the hash of its text, is new) while the vocabulary, entity density and
   sentence lengths stay those of the benchmark, as in an archive where the same names recur.

Output: JSON Lines, one ``{"text", "title", "published"}`` object per article, which
``naba ingest`` reads as a stream. Prints the number of articles, sentences and words.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Iterator

_BESIDE = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks" / "anercorp" / "train.txt"
DEFAULT_TRAIN = _BESIDE if _BESIDE.exists() else Path("/work/shared/benchmarks/anercorp/train.txt")


def read_sentences(path: Path) -> list[str]:
    """The sentences of a CoNLL file (``token TAG`` per line), tokens joined with spaces."""
    sentences, tokens = [], []
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                if tokens:
                    sentences.append(" ".join(tokens))
                tokens = []
                continue
            tokens.append(parts[0])
    if tokens:
        sentences.append(" ".join(tokens))
    return sentences


def iter_articles(sentences: list[str], words: int, seed: int = 0, min_sents: int = 10, max_sents: int = 40) -> Iterator[dict]:
    """Articles (``text``, ``title``, ``published``) until at least ``words`` words are out."""
    rng = random.Random(seed)
    start = dt.date(2024, 1, 1).toordinal()
    span = dt.date(2025, 12, 31).toordinal() - start
    total = 0
    order = list(range(len(sentences)))
    while total < words:
        rng.shuffle(order)
        i = 0
        while i < len(order) and total < words:
            n = rng.randint(min_sents, max_sents)
            chunk = [sentences[k] for k in order[i : i + n]]
            i += n
            if len(chunk) < min_sents:
                break  # the tail of a pass goes into the next shuffle
            paragraphs, j = [], 0
            while j < len(chunk):
                k = rng.randint(1, 4)
                paragraphs.append(" ".join(chunk[j : j + k]))
                j += k
            text = "\n".join(paragraphs)
            total += len(text.split())
            yield {
                "text": text,
                "title": " ".join(chunk[0].split()[:12]),
                "published": dt.date.fromordinal(start + rng.randint(0, span)).isoformat(),
            }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--words", type=int, default=3_000_000, help="At least this many words (default 3,000,000).")
    ap.add_argument("--out", type=Path, required=True, help="JSON Lines file to write.")
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="ANERcorp train file (CoNLL).")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    sentences = read_sentences(args.train)
    n_art = n_words = 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as f:
        for art in iter_articles(sentences, args.words, args.seed):
            f.write(json.dumps(art, ensure_ascii=False) + "\n")
            n_art += 1
            n_words += len(art["text"].split())
    print(f"{args.out}: {n_art:,} articles, {n_words:,} words, {len(sentences):,} distinct sentences (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
