"""The only module that reads ``data/``: lexicons, word lists, YAML tables and model paths.

Formats (all UTF-8, ``#`` starts a comment line, blank lines ignored):

* ``data/lexicons/*.tsv`` — entity lexicons, one entry per line, tab-separated columns::

      label  name  latin  aliases  attributes
      ORG    إنفيديا  NVIDIA  انفيديا|نفيديا|Nvidia  org_type=company
      PRODUCT  بلاكويل  Blackwell  Blackwell  maker=NVIDIA

  ``label`` is one of naba's labels; ``name`` the canonical Arabic name (may be empty for names
  only written in Latin script); ``latin`` the canonical Latin name (may be empty); ``aliases``
  other spellings separated by ``|`` (``-`` for none); ``attributes`` ``key=value`` pairs separated
  by ``;`` (``org_type`` for ORG: company, government, media, other; ``maker`` for PRODUCT: the
  Latin or Arabic name of the maker; ``role`` for PERSON; ``nomatch=1`` when the Arabic name is
  also an ordinary word (طاقة، فوري): it is then matched only right after a cue word, and its other
  spellings anywhere; ``notform=A|B`` spellings, letters as written, that fold onto one of the
  entry's but are another word: «إبل», camels, against Apple's «ابل»). Users add their own files
  with ``--lexicon PATH``.
* ``data/words/*.txt`` — one word or phrase per line.
* ``data/*.yaml`` — structured language data (month names, scale words …).

Everything is cached: each file is read once per process.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import yaml

from pipeline.errors import ResourceError

__all__ = [
    "DATA_DIR",
    "LexEntry",
    "data_path",
    "lexicon",
    "load_lexicon_file",
    "word_list",
    "yaml_data",
    "model_dir",
]

DATA_DIR = Path(os.environ.get("NABA_DATA", Path(__file__).resolve().parent.parent / "data"))
_LABELS = {"PERSON", "ORG", "LOC", "PRODUCT", "DATE", "MONEY", "PERCENT", "QUANTITY"}


@dataclass(frozen=True)
class LexEntry:
    """One lexicon entry: a known entity with its spellings."""

    label: str
    name: str
    latin: str | None
    aliases: tuple[str, ...]
    attrs: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    origin: str = ""

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every surface form: the name, the Latin name and the aliases."""
        forms = [self.name, self.latin or "", *self.aliases]
        return tuple(dict.fromkeys(f for f in forms if f))


def data_path(*parts: str) -> Path:
    """A path inside data/."""
    return DATA_DIR.joinpath(*parts)


def _lines(path: Path) -> Iterable[tuple[int, str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"{path}: cannot read ({exc.__class__.__name__})") from exc
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            yield number, line.rstrip("\n")


def load_lexicon_file(path: str | Path) -> tuple[LexEntry, ...]:
    """Parse one lexicon TSV file; a malformed line raises ResourceError naming file and line."""
    path = Path(path)
    entries = []
    for number, line in _lines(path):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2:
            raise ResourceError(f"{path}:{number}: expected tab-separated columns label, name, latin, aliases, attributes")
        cols += [""] * (5 - len(cols))
        label, name, latin, aliases, attrs = cols[:5]
        if label not in _LABELS:
            raise ResourceError(f"{path}:{number}: unknown label {label!r}")
        if not name and not latin:
            raise ResourceError(f"{path}:{number}: an entry needs a name or a Latin name")
        alias_list = tuple(a.strip() for a in aliases.split("|") if a.strip() and a.strip() != "-")
        attr_map = {}
        for pair in attrs.split(";"):
            if "=" in pair:
                k, v = pair.split("=", 1)
                attr_map[k.strip()] = v.strip()
        entries.append(LexEntry(label, name or latin, latin or None, alias_list, attr_map, f"{path.name}:{number}"))
    return tuple(entries)


@functools.lru_cache(maxsize=None)
def lexicon(extra: tuple[str, ...] = ()) -> tuple[LexEntry, ...]:
    """All shipped lexicon entries (data/lexicons/*.tsv, sorted by file name) plus ``extra`` files."""
    files = sorted(data_path("lexicons").glob("*.tsv")) + [Path(p) for p in extra]
    out: list[LexEntry] = []
    for f in files:
        out.extend(load_lexicon_file(f))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """The entries of data/words/NAME.txt, in file order."""
    return tuple(line.strip() for _, line in _lines(data_path("words", f"{name}.txt")))


@functools.lru_cache(maxsize=None)
def yaml_data(name: str) -> object:
    """The parsed content of data/NAME.yaml."""
    path = data_path(f"{name}.yaml")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ResourceError(f"{path}: cannot load ({exc.__class__.__name__})") from exc


def model_dir(name: str = "ner") -> Path:
    """Where a shipped model lives: data/models/NAME."""
    return data_path("models", name)
