"""Reading: files, folders, globs and stdin in every input format and encoding → ``Article``.

What this stage promises
------------------------
* **Formats.** ``.txt`` / ``.md`` (one article per file), ``.html`` / ``.htm`` (main text, title,
  date and URL through trafilatura: the optional extra ``naba[html]``), ``.json`` (one object or an
  array of objects), ``.jsonl`` (one object per line). A JSON article has ``text`` (required) and
  optionally ``title``, ``published`` (an ISO 8601 date or date-time, or an RFC 2822 date as in
  RSS; the date as written is kept, no time zone conversion) and ``url``; other keys are
  ignored. Suffixes are matched case-insensitively.
* **Encodings** (:func:`read_text_bytes`). UTF-8 with or without BOM, UTF-16 LE/BE with BOM, and
  Windows-1256 (detected when the bytes are not UTF-8 but decode as Windows-1256 to Arabic words).
  The encoding is recorded on the article as ``utf-8``, ``utf-8-sig`` (UTF-8 with BOM),
  ``utf-16-le``, ``utf-16-be`` or ``windows-1256``; every name is also a Python codec name.
  Anything else is an :class:`InputError`, never a silent replacement character.
* **The stored text** (:func:`make_article`) is the decoded text with line endings normalised to
  ``"\\n"`` (``\\r\\n`` and lone ``\\r``) and leading/trailing whitespace stripped. Nothing else:
  zero-width and bidi controls, tatweel and diacritics stay, so every span offset refers to the
  stored text exactly. After this the text is never changed again. ``Article.id`` is the first 16
  hex digits of the SHA-256 of the stored text (UTF-8), so the same text always has the same id.
  In a ``.txt`` / ``.md`` file the whole file is the text (the headline line included, so that
  mentions in it count); ``title`` is the first line holding a letter or digit, when more lines
  follow it and it is at most :data:`TITLE_MAX_CHARS` characters (``#`` marks removed in ``.md``,
  bidi and zero-width controls trimmed from its ends). A JSON ``text`` field is stored as given
  (its ``title`` is not prepended).
* **Size limit.** The stored text of one article may hold at most ``max_bytes`` bytes in UTF-8
  (default :data:`DEFAULT_MAX_BYTES` = 2,000,000); above it: ``article larger than N bytes``.
  Guards on the raw input keep a huge input from being loaded at all: a ``.txt`` / ``.md`` file or
  plain-text stdin above :data:`TEXT_SIZE_FACTOR` × ``max_bytes`` cannot fit and gets the same
  message; an HTML file above :data:`RAW_SIZE_FACTOR` × ``max_bytes`` gets ``HTML file larger than
  N bytes``, a JSON Lines line ``line larger than N bytes``, a JSON value (the whole object, or one
  array element) ``JSON value larger than N bytes`` (markup, ``\\uXXXX`` escapes and ignored
  fields make these larger than the text they carry).
* **Streaming.** :func:`iter_inputs` yields one ``Article`` or one ``InputError`` at a time. JSON
  Lines files, JSON arrays and stdin are read incrementally (one line / one element in memory), so
  memory stays flat over an archive of any size. A bad line or array element is reported and the
  others go on; a broken array structure (a missing comma, a cut file) ends that file with its
  error. A ``.json`` file larger than ``max_bytes`` is decoded incrementally, its encoding decided
  by its first 64 KiB; every other input is decoded whole. The first 8 KiB of every file are
  sniffed: a NUL byte or a known binary signature there makes it a ``binary file``.
* **Paths.** A folder is walked recursively (hidden files and folders skipped, symlinked folders
  not followed) for the suffixes above, in sorted order. A path that does not exist and contains
  ``*``, ``?`` or ``[`` is a glob (``**`` recurses). ``-`` is stdin, read as JSON Lines when its
  first non-blank line starts with ``{``, otherwise as one plain-text article; its source is
  ``<stdin>`` (UTF-16 stdin is read whole, up to the raw guard, before that decision). The same
  file given twice (directly, through a folder or a glob) is read once.
* **Sources** (``Article.source`` and ``InputError.source``): the path as given or as found in a
  folder; ``<file>:<line>`` for a JSON Lines line (1-based); ``<file>[<i>]`` for element ``i``
  (0-based) of a JSON array.

Every problem is an :class:`InputError` whose ``str`` is one line ``<source>: <reason>``; the
reasons are listed in tests/test_read.py (``BAD_INPUTS``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import glob as _glob
import io
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import IO, Any, Optional, Union

from pipeline.errors import InputError
from schemas.records import Article, article_id

__all__ = [
    "DEFAULT_MAX_BYTES",
    "TEXT_SIZE_FACTOR",
    "RAW_SIZE_FACTOR",
    "SUFFIXES",
    "TITLE_MAX_CHARS",
    "STDIN",
    "STDIN_SOURCE",
    "iter_inputs",
    "read_path",
    "read_stream",
    "read_text_bytes",
    "make_article",
]

DEFAULT_MAX_BYTES = 2_000_000
TEXT_SIZE_FACTOR = 2
RAW_SIZE_FACTOR = 8
SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
TITLE_MAX_CHARS = 200
STDIN = "-"
STDIN_SOURCE = "<stdin>"

_SUFFIX_LIST = ".txt, .md, .html, .htm, .json or .jsonl"
NO_FILES = f"no {_SUFFIX_LIST} files"
NOT_TEXT = "not UTF-8, UTF-16 or Windows-1256 text"
_HEAD = 8192  # bytes sniffed for binary content
_BINARY_MAGIC = (
    b"%PDF-",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"7z\xbc\xaf",
    b"Rar!\x1a",
    b"\xd0\xcf\x11\xe0",
)
# Characters that Windows-1256 Arabic text legitimately holds outside ASCII besides Arabic letters
# and marks: Arabic punctuation, quotes, dashes, ellipsis, NBSP, ZWNJ/ZWJ, LRM/RLM, × ÷ °.
_CP1256_PUNCT = set(
    "\u060c\u061b\u061f\u0640«»\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\xa0\u200c\u200d\u200e\u200f×÷°"
)

Item = Union[Article, InputError]


# --------------------------------------------------------------------------- decoding


def _line_note(data: bytes, pos: int) -> str:
    if b"\n" not in data:
        return ""
    line = data.count(b"\n", 0, pos) + 1
    return f" (line {line})"


# In Windows-1256 text: Arabic (and Persian/Urdu) letters; Arabic marks and the punctuation
# above are neutral; any other non-ASCII character counts against the Windows-1256 reading.
_CP1256_LETTER = (
    "\u0621-\u063a\u0641-\u064a"  # Arabic letters
    "\u0679\u067e\u0686\u0688\u0691\u0698\u06a9\u06af\u06ba\u06be\u06c1\u06d2"  # Persian, Urdu
)
_CP1256_LETTER_RE = re.compile(f"[{_CP1256_LETTER}]")
_CP1256_OTHER_RE = re.compile(
    f"[^\x00-\x7f{_CP1256_LETTER}\u064b-\u0652{''.join(sorted(_CP1256_PUNCT))}]"
)
_LATIN_NEXT_TO_ARABIC_RE = re.compile(
    f"[A-Za-z](?=[{_CP1256_LETTER}])|[{_CP1256_LETTER}](?=[A-Za-z])"
)


def _looks_like_cp1256_arabic(text: str) -> bool:
    """Windows-1256 decoding gave Arabic words, not mojibake of UTF-8, Latin-1 or CJK text:
    Arabic letters, hardly any other non-ASCII character, and hardly any Arabic letter glued to a
    Latin one."""
    arabic = len(_CP1256_LETTER_RE.findall(text))
    other = len(_CP1256_OTHER_RE.findall(text))
    glued = len(_LATIN_NEXT_TO_ARABIC_RE.findall(text))
    return arabic > 0 and other <= 0.05 * arabic and glued <= 0.1 * arabic


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: decodes (LE or BE) to ASCII/Arabic text with no NUL."""
    if len(data) < 4 or len(data) % 2:
        return False
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue
        plain = sum(c.isascii() or "\u0600" <= c <= "\u06ff" for c in text)
        if plain >= 0.95 * len(text):
            return True
    return False


def _is_binary(data: bytes) -> bool:
    return data.startswith(_BINARY_MAGIC) or b"\x00" in data


def read_text_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Decode the bytes of one article: ``(text, encoding name)``.

    UTF-8 (BOM stripped: ``utf-8-sig``), UTF-16 with BOM (``utf-16-le`` / ``utf-16-be``, BOM
    stripped), or Windows-1256 when the bytes are not UTF-8 and decode to Arabic words. Raises
    ``InputError(source, reason)`` with one of: ``binary file`` (a NUL byte or a known binary file
    signature), ``UTF-16 text without a byte order mark``, ``UTF-32 text is not supported``,
    ``invalid UTF-8 at byte N`` (mostly UTF-8 with a broken sequence; N is the 0-based offset, a
    ``(line L)`` note follows in multi-line data), ``invalid UTF-16 at byte N``, or
    ``not UTF-8, UTF-16 or Windows-1256 text``.
    """
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise InputError(source, "UTF-32 text is not supported")
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                text = data[2:].decode(codec)
            except UnicodeDecodeError as err:
                raise InputError(source, f"invalid UTF-16 at byte {err.start + 2}") from None
            if "\x00" in text:
                raise InputError(source, "binary file")
            return text, codec
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as err:
            pos = err.start + 3
            raise InputError(
                source, f"invalid UTF-8 at byte {pos}{_line_note(data, pos)}"
            ) from None
    if _is_binary(data):
        if b"\x00" in data and _looks_like_utf16(data):
            raise InputError(source, "UTF-16 text without a byte order mark")
        raise InputError(source, "binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        first_bad = err.start
    text = data.decode("cp1256")
    if _looks_like_cp1256_arabic(text):
        return text, "windows-1256"
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(not c.isascii() for c in replaced) - bad
    if good > 0 and bad <= max(2, good // 100):
        raise InputError(source, f"invalid UTF-8 at byte {first_bad}{_line_note(data, first_bad)}")
    raise InputError(source, NOT_TEXT)


# --------------------------------------------------------------------------- articles


def _check_str(value: str, source: str, what: str) -> bytes:
    """``value`` in UTF-8; NUL characters and unpaired surrogates are refused."""
    if "\x00" in value:
        raise InputError(source, f"{what} holds a NUL character")
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError as err:
        raise InputError(
            source, f"{what} holds an unpaired surrogate at character {err.start}"
        ) from None


def make_article(
    text: str,
    *,
    source: str,
    title: Optional[str] = None,
    published: Optional[dt.date] = None,
    url: Optional[str] = None,
    encoding: Optional[str] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """The ``Article`` for ``text``: line ends → ``\\n``, outer whitespace stripped, id = SHA-256.

    Raises ``InputError(source, "empty article")`` for empty or whitespace-only text and
    ``InputError(source, "article larger than N bytes")`` when the stored text is above
    ``max_bytes`` in UTF-8; text holding NUL or an unpaired surrogate is refused too.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    stored = text.strip()
    if not stored:
        raise InputError(source, "empty article")
    encoded = _check_str(stored, source, "text")
    if len(encoded) > max_bytes:
        raise InputError(source, f"article larger than {max_bytes} bytes")
    if title is not None:
        _check_str(title, source, "title")
        title = " ".join(title.split()) or None
    if url is not None:
        _check_str(url, source, "url")
        url = url.strip() or None
    return Article(
        id=article_id(stored),
        text=stored,
        title=title,
        source=source,
        url=url,
        published=published,
        encoding=encoding,
    )


_TITLE_TRIM = (
    " \t\u00a0\ufeff"
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def _first_line_title(text: str, markdown: bool) -> Optional[str]:
    """The title of a plain-text article: its first line with a letter or digit (``#`` marks
    removed in Markdown, outer spaces and bidi/zero-width controls trimmed), when the text has
    more lines after it and it is at most ``TITLE_MAX_CHARS`` characters; else None."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").strip().split("\n")
    for i, line in enumerate(lines):
        if any(c.isalnum() for c in line):
            if i == len(lines) - 1:
                return None  # a one-line article has no title line
            title = line.strip(_TITLE_TRIM)
            if markdown:
                title = title.lstrip("#").strip(_TITLE_TRIM)
            return " ".join(title.split()) if 0 < len(title) <= TITLE_MAX_CHARS else None
    return None


def _text_article(data: bytes, source: str, max_bytes: int, markdown: bool = False) -> Article:
    text, encoding = read_text_bytes(data, source)
    return _plain_article(text, encoding, source, max_bytes, markdown)


def _plain_article(text: str, encoding: str, source: str, max_bytes: int, markdown: bool = False) -> Article:
    """A plain-text article: the whole text is stored; the title is its first line."""
    return make_article(
        text,
        source=source,
        title=_first_line_title(text, markdown),
        encoding=encoding,
        max_bytes=max_bytes,
    )


# --------------------------------------------------------------------------- JSON


def _json_error(err: json.JSONDecodeError) -> str:
    return f"malformed JSON: {err.msg} (line {err.lineno}, column {err.colno})"


def _parse_published(value: Any, source: str) -> Optional[dt.date]:
    if value is None:
        return None
    if isinstance(value, str):
        s = value.strip()
        if not s:
            return None
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return dt.datetime.fromisoformat(s).date()
        except ValueError:
            pass
        try:
            return email.utils.parsedate_to_datetime(s).date()  # RFC 2822, as in RSS feeds
        except (TypeError, ValueError):
            pass
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    raise InputError(source, f'"published" is not an ISO date: {shown}')


def _json_article(obj: Any, source: str, encoding: str, max_bytes: int) -> Article:
    """One article from a decoded JSON value."""
    if not isinstance(obj, dict):
        raise InputError(source, f"not a JSON object ({_json_type(obj)})")
    if "text" not in obj:
        raise InputError(source, 'no "text" field')
    text = obj["text"]
    if not isinstance(text, str):
        raise InputError(source, f'"text" is not a string ({_json_type(text)})')
    fields: dict[str, Optional[str]] = {}
    for key in ("title", "url"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(source, f'"{key}" is not a string ({_json_type(value)})')
        fields[key] = value
    published = _parse_published(obj.get("published"), source)
    return make_article(
        text,
        source=source,
        title=fields["title"],
        url=fields["url"],
        published=published,
        encoding=encoding,
        max_bytes=max_bytes,
    )


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _loads(text: str, source: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(source, _json_error(err)) from None
    except RecursionError:
        raise InputError(source, "malformed JSON: nested too deeply") from None


def _read_json(f: IO[bytes], path: str, max_bytes: int) -> Iterator[Item]:
    """A .json file: one object, or an array of objects (each element its own article).

    A file up to ``max_bytes`` is decoded whole (:func:`read_text_bytes`); a larger one is decoded
    incrementally, its encoding decided by its first 64 KiB, and scanned one array element at a
    time. A malformed element (brackets balanced) is reported with its line and column in the file
    and the next elements go on; a malformed array structure ends the file there.
    """
    if os.fstat(f.fileno()).st_size <= max_bytes:
        data = f.read()
        if not data.strip():
            yield InputError(path, "empty file")
            return
        text, encoding = read_text_bytes(data, path)
        chunks: Iterator[str] = iter([text])
    else:
        encoding, chunks = _decode_stream(f, path)
    yield from _JsonScanner(chunks, path, encoding, max_bytes).items()


def _decode_stream(f: IO[bytes], source: str) -> tuple[str, Iterator[str]]:
    """``(encoding, text chunks)`` of a large file; the encoding is decided by its first chunk."""
    head = f.read(_CHUNK)
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        read_text_bytes(head, source)  # raises
    skip = 0
    if head.startswith(codecs.BOM_UTF16_LE):
        name, codec, skip = "utf-16-le", "utf-16-le", 2
    elif head.startswith(codecs.BOM_UTF16_BE):
        name, codec, skip = "utf-16-be", "utf-16-be", 2
    elif head.startswith(codecs.BOM_UTF8):
        name, codec, skip = "utf-8-sig", "utf-8", 3
    else:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
            name = codec = "utf-8"
        except UnicodeDecodeError:
            read_text_bytes(head, source)  # raises unless the head is Windows-1256 Arabic
            name, codec = "windows-1256", "cp1256"

    def chunks() -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(codec)(errors="strict")
        offset, data = skip, head[skip:]
        while True:
            pending = len(decoder.getstate()[0])  # bytes of a character cut by the last chunk
            try:
                yield decoder.decode(data, final=not data)
            except UnicodeDecodeError as err:
                label = "UTF-16" if codec.startswith("utf-16") else "UTF-8"
                at = offset - pending + err.start
                raise InputError(source, f"invalid {label} at byte {at}") from None
            if not data:
                return
            offset += len(data)
            data = f.read(_CHUNK)

    return name, chunks()


_JSON_STRUCT_RE = re.compile(r'[\[\]{}"]')
_JSON_STRING_RE = re.compile(r'["\\]')
_JSON_SCALAR_END_RE = re.compile(r'[\s,:\]}\[{"]')  # a character no number or literal holds
_JSON_DECODER = json.JSONDecoder()
_JSON_SPACE = " \t\n\r"


class _JsonScanner:
    """Finds the top-level value or the array elements of a JSON text given in chunks, keeping only
    the current element in memory, and turns each into an article (or an error)."""

    def __init__(self, chunks: Iterator[str], path: str, encoding: str, max_bytes: int):
        self.chunks = chunks
        self.path = path
        self.encoding = encoding
        self.max_bytes = max_bytes
        self.max_value = RAW_SIZE_FACTOR * max_bytes
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.base = 0  # absolute character offset of buf[0]
        self.base_line = 1  # line number of buf[0]
        self.last_nl = -1  # absolute offset of the last newline before buf[0]

    # -- buffer
    def _more(self) -> bool:
        """Read one more chunk; False at the end of the text."""
        for chunk in self.chunks:
            if chunk:
                self.buf += chunk
                return True
        self.eof = True
        return False

    def _drop(self, k: int) -> None:
        """Forget buf[:k] (keeping line/column bookkeeping)."""
        buf = self.buf
        self.base_line += buf.count("\n", 0, k)
        j = buf.rfind("\n", 0, k)
        if j >= 0:
            self.last_nl = self.base + j
        self.base += k
        self.buf = buf[k:]
        self.pos -= k

    def _where(self, p: int) -> str:
        line = self.base_line + self.buf.count("\n", 0, p)
        j = self.buf.rfind("\n", 0, p)
        col = p - j if j >= 0 else self.base + p - self.last_nl
        return f"(line {line}, column {col})"

    def _error(self, msg: str, p: int) -> InputError:
        return InputError(self.path, f"malformed JSON: {msg} {self._where(p)}")

    def _skip_space(self) -> bool:
        """Move past whitespace; False when the text ends."""
        while True:
            buf = self.buf
            n = len(buf)
            while self.pos < n and buf[self.pos] in _JSON_SPACE:
                self.pos += 1
            if self.pos < n:
                return True
            self._drop(self.pos)
            if not self._more():
                return False

    def _scan_value(self) -> tuple[int, bool]:
        """From a value's first character at ``pos``, find where it ends: ``(end, too_large)``.

        A value larger than ``max_value`` is skipped without being kept (``pos`` may then be
        negative: its start is forgotten). Raises ``_Truncated`` when the text ends inside it."""
        first = self.buf[self.pos]
        scalar = first not in '[{"'
        in_string = first == '"'
        depth = 0
        too_large = False
        i = self.pos + 1 if first == '"' or scalar else self.pos
        while True:
            buf = self.buf
            if scalar:
                m = _JSON_SCALAR_END_RE.search(buf, i)
                if m:
                    return m.start(), too_large or m.start() - self.pos > self.max_value
            else:
                m = (_JSON_STRING_RE if in_string else _JSON_STRUCT_RE).search(buf, i)
                if m and not (in_string and m.group() == "\\" and m.end() == len(buf)):
                    ch = m.group()
                    i = m.end()
                    if in_string:
                        if ch == "\\":
                            i += 1
                        else:
                            in_string = False
                            if depth == 0:
                                return i, too_large or i - self.pos > self.max_value
                    elif ch == '"':
                        in_string = True
                    elif ch in "[{":
                        depth += 1
                    else:
                        depth -= 1
                        if depth == 0:
                            return i, too_large or i - self.pos > self.max_value
                    continue
            # the value goes on past the buffer
            resume = m.start() if m else len(buf)
            if too_large or resume - self.pos > self.max_value:
                too_large = True
                self._drop(resume)
                resume = 0
            i = resume
            if not self._more():
                if scalar or too_large:
                    return len(self.buf), too_large
                raise _Truncated()

    # -- items
    def _article(self, start: int, source: str) -> tuple[Item, Optional[int]]:
        """Decode the value at ``start`` (all of it is in the buffer): ``(item, end)``, with
        ``end`` None when the value is malformed (``item`` is then the malformed-JSON error)."""
        try:
            value, end = _JSON_DECODER.raw_decode(self.buf, start)
        except json.JSONDecodeError as err:
            return self._error(err.msg, err.pos), None
        except RecursionError:
            return InputError(self.path, "malformed JSON: nested too deeply"), None
        try:
            return _json_article(value, source, self.encoding, self.max_bytes), end
        except InputError as err:
            return err, end

    def _whole_text_error(self) -> InputError:
        """The error for a value that ends with the text: json's own message on what is left."""
        try:
            json.loads(self.buf[self.pos :])
        except json.JSONDecodeError as err:
            return self._error(err.msg, self.pos + err.pos)
        except RecursionError:
            return InputError(self.path, "malformed JSON: nested too deeply")
        return self._error("Expecting value", len(self.buf))  # pragma: no cover

    def items(self) -> Iterator[Item]:
        if not self._skip_space():
            yield InputError(self.path, "empty file")
            return
        if self.buf[self.pos] != "[":
            yield from self._single()
            return
        self.pos += 1
        if not self._skip_space():
            yield self._error("Expecting value", self.pos)
            return
        if self.buf[self.pos] == "]":
            self.pos += 1
            if self._skip_space():
                yield self._error("Extra data", self.pos)
                return
            yield InputError(self.path, "empty JSON array")
            return
        index = 0
        while True:
            source = f"{self.path}[{index}]"
            try:
                end, too_large = self._scan_value()
            except _Truncated:
                yield self._whole_text_error()
                return
            if too_large:
                yield InputError(source, f"JSON value larger than {self.max_value} bytes")
            else:
                item, value_end = self._article(self.pos, source)
                yield item
                end = end if value_end is None else value_end  # a number may end before ``end``
            self.pos = end
            self._drop(self.pos)
            index += 1
            if not self._skip_space():
                yield self._error("Expecting ',' delimiter", self.pos)
                return
            ch = self.buf[self.pos]
            if ch == "]":
                self.pos += 1
                if self._skip_space():
                    yield self._error("Extra data", self.pos)
                return
            if ch != ",":
                yield self._error("Expecting ',' delimiter", self.pos)
                return
            self.pos += 1
            if not self._skip_space() or self.buf[self.pos] == "]":
                yield self._error("Expecting value", self.pos)
                return

    def _single(self) -> Iterator[Item]:
        try:
            end, too_large = self._scan_value()
        except _Truncated:
            yield self._whole_text_error()
            return
        if too_large:
            yield InputError(self.path, f"JSON value larger than {self.max_value} bytes")
            return
        item, value_end = self._article(self.pos, self.path)
        if value_end is None:
            yield item
            return
        if isinstance(item, InputError) and item.reason.startswith("not a JSON object ("):
            item = InputError(
                self.path, item.reason.replace("not a JSON object", "not a JSON object or array")
            )
        self.pos = value_end
        if self._skip_space():
            yield self._error("Extra data", self.pos)
            return
        yield item


class _Truncated(Exception):
    """The JSON text ended inside a value."""


# --------------------------------------------------------------------------- JSON Lines

_TOO_LONG = object()
Line = Union[bytes, str, object]  # raw bytes, decoded text, or _TOO_LONG
_CHUNK = 1 << 16


def _raw_lines(f: IO[bytes], limit: int) -> Iterator[Line]:
    """The lines of a binary stream with their terminators; ``_TOO_LONG`` for a line above
    ``limit`` bytes (its rest is skipped without being kept in memory)."""
    while True:
        line = f.readline(limit + 2)
        if not line:
            return
        if len(line.rstrip(b"\r\n")) > limit:
            while not line.endswith(b"\n"):
                line = f.readline(_CHUNK)
                if not line:
                    break
            yield _TOO_LONG
            continue
        yield line


def _utf16_lines(f: IO[bytes], codec: str, source: str, limit: int) -> Iterator[Line]:
    """The decoded lines of a UTF-16 stream (read after its BOM), ``_TOO_LONG`` as above.

    A decoding error ends the stream with ``InputError("<source>:<line>", "invalid UTF-16 at
    byte N")``."""
    decoder = codecs.getincrementaldecoder(codec)(errors="strict")
    pending = ""
    too_long = False
    n = 0
    offset = 2  # the BOM
    while True:
        chunk = f.read(_CHUNK)
        try:
            text = decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as err:
            raise InputError(
                f"{source}:{n + 1}", f"invalid UTF-16 at byte {offset + err.start}"
            ) from None
        offset += len(chunk)
        parts = (pending + text).split("\n")
        pending = parts.pop()
        for part in parts:
            n += 1
            if too_long or len(part) > limit:
                too_long = False
                yield _TOO_LONG
            else:
                yield part
        if len(pending) > limit:
            too_long, pending = True, ""
        if not chunk:
            if pending or too_long:
                yield _TOO_LONG if too_long else pending
            return


def _jsonl_items(
    lines: Iterable[Line], source: str, max_bytes: int, encoding: Optional[str] = None
) -> Iterator[Item]:
    """Articles from JSON Lines: bytes lines are decoded one by one (each may be UTF-8 or
    Windows-1256), text lines carry ``encoding``. Blank lines are skipped."""
    seen = False
    bom = False
    for n, line in enumerate(lines, 1):
        where = f"{source}:{n}"
        if line is _TOO_LONG:
            seen = True
            yield InputError(where, f"line larger than {RAW_SIZE_FACTOR * max_bytes} bytes")
            continue
        try:
            if isinstance(line, bytes):
                text, enc = read_text_bytes(line, where)
                bom = bom or (n == 1 and enc == "utf-8-sig")
                if bom and enc == "utf-8":
                    enc = "utf-8-sig"
            else:
                assert isinstance(line, str)
                text, enc = line, encoding or "utf-8"
            if not text.strip():
                continue
            seen = True
            yield _json_article(_loads(text, where), where, enc, max_bytes)
        except InputError as err:
            seen = True
            yield err
    if not seen:
        yield InputError(source, "empty file")


def _read_jsonl(f: IO[bytes], path: str, max_bytes: int) -> Iterator[Item]:
    head = f.read(2)
    if head in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        codec = "utf-16-le" if head == codecs.BOM_UTF16_LE else "utf-16-be"
        lines = _utf16_lines(f, codec, path, RAW_SIZE_FACTOR * max_bytes)
        yield from _jsonl_items(lines, path, max_bytes, codec)
        return
    f.seek(0)
    yield from _jsonl_items(_raw_lines(f, RAW_SIZE_FACTOR * max_bytes), path, max_bytes)


# --------------------------------------------------------------------------- HTML


def _html_article(data: bytes, path: str, max_bytes: int) -> Article:
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            path, "reading HTML needs the html extra: pip install 'naba[html]'"
        ) from None
    html, encoding = read_text_bytes(data, path)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # the publication date from the page's markup only, never guessed from its text
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # a third-party parser: one bad page must not stop the batch
        raise InputError(path, f"HTML could not be parsed ({type(exc).__name__})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(path, "no main text found in the HTML")
    published = None
    date = getattr(doc, "date", None)
    if date:
        try:
            published = dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            published = None
    return make_article(
        text,
        source=path,
        title=getattr(doc, "title", None) or None,
        url=getattr(doc, "url", None) or None,
        published=published,
        encoding=encoding,
        max_bytes=max_bytes,
    )


# --------------------------------------------------------------------------- files and streams


def _os_reason(err: OSError) -> str:
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, IsADirectoryError):
        return "is a directory"
    reason = err.strerror or str(err)
    return reason[:1].lower() + reason[1:]


def _unsupported(path: str) -> InputError:
    suffix = Path(path).suffix
    if suffix:
        return InputError(path, f'unsupported file type "{suffix}" (expected {_SUFFIX_LIST})')
    return InputError(path, f"no file suffix (expected {_SUFFIX_LIST})")


def _read_limited(f: IO[bytes], limit: int, source: str, reason: str) -> bytes:
    if limit < 0:
        raise InputError(source, reason)
    data = f.read(limit + 1)
    if len(data) > limit:
        raise InputError(source, reason)
    return data


def _read_open(f: IO[bytes], path: str, suffix: str, max_bytes: int) -> Iterator[Item]:
    head = f.read(_HEAD)
    f.seek(0)
    if not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and _is_binary(head):
        read_text_bytes(head, path)  # raises the precise reason (binary / UTF-16 without BOM)
    too_big = f"article larger than {max_bytes} bytes"
    if suffix in (".txt", ".md"):
        data = _read_limited(f, TEXT_SIZE_FACTOR * max_bytes, path, too_big)
        yield _text_article(data, path, max_bytes, markdown=suffix == ".md")
    elif suffix in (".html", ".htm"):
        limit = RAW_SIZE_FACTOR * max_bytes
        data = _read_limited(f, limit, path, f"HTML file larger than {limit} bytes")
        if not data.strip():
            raise InputError(path, "empty file")
        yield _html_article(data, path, max_bytes)
    elif suffix == ".json":
        yield from _read_json(f, path, max_bytes)
    else:
        yield from _read_jsonl(f, path, max_bytes)


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read one file (by its suffix): yields its articles and errors, one at a time."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        yield _unsupported(path)
        return
    try:
        with open(path, "rb") as f:
            yield from _guard(_read_open(f, path, suffix, max_bytes), path)
    except OSError as err:
        yield InputError(path, _os_reason(err))


def _guard(items: Iterator[Item], source: str) -> Iterator[Item]:
    """Yield from ``items``; an ``InputError`` raised inside ends the stream as one more item."""
    try:
        yield from items
    except InputError as err:
        yield err


def read_stream(
    stream: IO[bytes], *, source: str = STDIN_SOURCE, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Read a binary stream (stdin): JSON Lines when its first non-blank line starts with ``{``,
    otherwise one plain-text article."""
    yield from _guard(_read_stream(stream, source, max_bytes), source)


def _read_stream(stream: IO[bytes], source: str, max_bytes: int) -> Iterator[Item]:
    too_big = f"article larger than {max_bytes} bytes"
    text_limit = TEXT_SIZE_FACTOR * max_bytes
    start = stream.read(2)
    if start in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        # UTF-16 on stdin is read whole (up to the raw limit), then split if it is JSON Lines.
        data = start + _read_limited(stream, RAW_SIZE_FACTOR * max_bytes, source, too_big)
        text, encoding = read_text_bytes(data, source)
        if text.lstrip().startswith("{"):
            yield from _jsonl_items(text.split("\n"), source, max_bytes, encoding)
        elif len(data) > text_limit:
            raise InputError(source, too_big)
        else:
            yield _plain_article(text, encoding, source, max_bytes)
        return
    reader = io.BufferedReader(_Prefixed(start, stream))
    lines = _raw_lines(reader, RAW_SIZE_FACTOR * max_bytes)
    buffered: list[Line] = []
    first: Optional[Line] = None
    for line in lines:
        buffered.append(line)
        if line is _TOO_LONG or (isinstance(line, bytes) and line.strip(_BLANK)):
            first = line
            break
    if isinstance(first, bytes) and first.lstrip(_BLANK).startswith(b"{"):
        yield from _jsonl_items(chain(buffered, lines), source, max_bytes)
        return
    if _TOO_LONG in buffered:
        raise InputError(source, too_big)
    data = b"".join(buffered)  # type: ignore[arg-type]
    data += _read_limited(reader, text_limit - len(data), source, too_big)
    yield _text_article(data, source, max_bytes)


_BLANK = b" \t\r\n\xef\xbb\xbf"  # whitespace and the UTF-8 BOM bytes


class _Prefixed(io.RawIOBase):
    """A raw stream: ``prefix`` first, then ``stream`` (which it never closes)."""

    def __init__(self, prefix: bytes, stream: IO[bytes]):
        super().__init__()
        self._prefix = prefix
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
            return n
        read1 = getattr(self._stream, "read1", None)
        chunk = read1(len(buffer)) if read1 else self._stream.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


# --------------------------------------------------------------------------- paths


def _is_glob(arg: str) -> bool:
    return any(c in arg for c in "*?[")


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(folder: str) -> tuple[list[str], list[InputError]]:
    files: list[str] = []
    errors: list[InputError] = []

    def onerror(err: OSError) -> None:
        errors.append(InputError(err.filename or folder, _os_reason(err)))

    for root, dirs, names in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in names:
            if not _hidden(name) and Path(name).suffix.lower() in SUFFIXES:
                files.append(os.path.join(root, name))
    files.sort(key=lambda p: Path(p).parts)
    return files, errors


def _expand(arg: str) -> Iterator[Union[str, InputError]]:
    """The files one command-line path stands for, or the error that it stands for none."""
    if arg == STDIN:
        yield STDIN
        return
    if os.path.isdir(arg):
        files, errors = _walk(arg)
        yield from errors
        if not files and not errors:
            yield InputError(arg, NO_FILES)
        yield from files
    elif os.path.exists(arg):
        yield arg
    elif _is_glob(arg):
        matches = sorted(_glob.glob(arg, recursive=True))
        if not matches:
            yield InputError(arg, "no files match this pattern")
            return
        found = False
        for match in matches:
            if os.path.isdir(match):
                files, errors = _walk(match)
                yield from errors
            elif Path(match).suffix.lower() in SUFFIXES:
                files = [match]
            else:
                continue
            found = found or bool(files)
            yield from files
        if not found:
            yield InputError(arg, NO_FILES)
    else:
        yield InputError(arg, "no such file or directory")


def iter_inputs(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Every article (or the error that stands for it) in ``paths``, one at a time, in order.

    ``paths`` holds files, folders (walked recursively), globs and ``-`` (stdin). See the module
    docstring for formats, encodings, the size limit and how sources are named.
    """
    if isinstance(paths, str):  # one path given on its own, not a sequence of its characters
        paths = [paths]
    seen: set[str] = set()
    for arg in paths:
        for item in _expand(arg):
            if isinstance(item, InputError):
                yield item
            elif item == STDIN:
                yield from read_stream(sys.stdin.buffer, max_bytes=max_bytes)
            else:
                key = os.path.realpath(item)
                if key in seen:
                    continue
                seen.add(key)
                yield from read_path(item, max_bytes=max_bytes)
