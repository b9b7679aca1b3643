"""pipeline.read: every input format and encoding, and the exact one-line error for each bad input.

Binary and oddly encoded inputs are generated in ``tmp_path``; each test runs inside ``tmp_path``
so that error strings carry short relative paths (``bad.txt: binary file``).
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import json
import os
import sys
import tracemalloc
from pathlib import Path
from typing import Callable, Union

import pytest

from pipeline.errors import InputError
from pipeline.read import (
    DEFAULT_MAX_BYTES,
    NO_FILES,
    iter_inputs,
    make_article,
    read_stream,
    read_text_bytes,
)
from schemas.records import Article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_68bd4ebb5c0d321b.txt"
ARABIC = "وقّعت شركة ميتا وشركة إنفيديا شراكة استراتيجية متعددة السنوات"
SMALL = 1000  # max_bytes used by the size-limit cases

# ------------------------------------------------------------------ helpers


def outcome(items: list[Union[Article, InputError]]) -> list[str]:
    """Articles as ``ok <source>``, errors as their exact string."""
    return [f"ok {x.source}" if isinstance(x, Article) else str(x) for x in items]


def run(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    return outcome(list(iter_inputs(paths, max_bytes=max_bytes)))


def write(name: str, data: Union[bytes, str]) -> str:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return name


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


class FakeStdin:
    def __init__(self, data: bytes):
        self.buffer = io.BytesIO(data)


# ------------------------------------------------------------------ the bad-input table

JSON_TAIL = "(expected .txt, .md, .html, .htm, .json or .jsonl)"


def _broken_utf8() -> bytes:
    data = f"عنوان\n{ARABIC}\n".encode("utf-8")
    cut = data.index("شركة".encode("utf-8")) + 1  # inside the first letter of شركة, on line 2
    return data[:cut] + data[cut + 1 :]


def _no_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed


def _stdin(data: bytes) -> Callable[[pytest.MonkeyPatch], None]:
    def patch(monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(sys, "stdin", FakeStdin(data))

    patch.stdin = data  # type: ignore[attr-defined]  (tests/test_cli_errors.py feeds it to the CLI)
    return patch


# (case id, files to write, paths to read, max_bytes, setup, expected errors in order)
BAD_INPUTS: list[tuple] = [
    ("missing file", {}, ["missing.txt"], None, None, ["missing.txt: no such file or directory"]),
    ("empty file", {"empty.txt": b""}, ["empty.txt"], None, None, ["empty.txt: empty article"]),
    (
        "whitespace only",
        {"blank.txt": " \r\n\t\n\u00a0"},
        ["blank.txt"],
        None,
        None,
        ["blank.txt: empty article"],
    ),
    ("NUL bytes", {"nul.txt": b"abc\x00def"}, ["nul.txt"], None, None, ["nul.txt: binary file"]),
    (
        "PDF named .txt",
        {"doc.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"},
        ["doc.txt"],
        None,
        None,
        ["doc.txt: binary file"],
    ),
    (
        "gzip named .jsonl",
        {"dump.jsonl": b"\x1f\x8b\x08\x00" + bytes(range(1, 200))},
        ["dump.jsonl"],
        None,
        None,
        ["dump.jsonl: binary file"],
    ),
    (
        "Latin-1 text",
        {"latin1.txt": "Café crème à la française".encode("latin-1")},
        ["latin1.txt"],
        None,
        None,
        ["latin1.txt: not UTF-8, UTF-16 or Windows-1256 text"],
    ),
    (
        "Shift-JIS text",
        {"sjis.txt": "日本語のテキストです".encode("shift_jis")},
        ["sjis.txt"],
        None,
        None,
        ["sjis.txt: not UTF-8, UTF-16 or Windows-1256 text"],
    ),
    (
        "UTF-8 with a broken byte",
        {"broken.txt": _broken_utf8()},
        ["broken.txt"],
        None,
        None,
        ["broken.txt: invalid UTF-8 at byte 22 (line 2)"],
    ),
    (
        "UTF-16 without BOM",
        {"u16.txt": ARABIC.encode("utf-16-le")},
        ["u16.txt"],
        None,
        None,
        ["u16.txt: UTF-16 text without a byte order mark"],
    ),
    (
        "UTF-32",
        {"u32.txt": ARABIC.encode("utf-32")},
        ["u32.txt"],
        None,
        None,
        ["u32.txt: UTF-32 text is not supported"],
    ),
    (
        "UTF-16 cut in half",
        {"odd.txt": codecs.BOM_UTF16_LE + ARABIC.encode("utf-16-le")[:-1]},
        ["odd.txt"],
        None,
        None,
        ["odd.txt: invalid UTF-16 at byte 122"],
    ),
    (
        "text file above the limit",
        {"big.txt": "ب" * 600},
        ["big.txt"],
        SMALL,
        None,
        [f"big.txt: article larger than {SMALL} bytes"],
    ),
    (
        "Windows-1256 text above the limit once in UTF-8",
        {"big1256.txt": ("ب " * 400).encode("cp1256")},
        ["big1256.txt"],
        SMALL,
        None,
        [f"big1256.txt: article larger than {SMALL} bytes"],
    ),
    (
        "unsupported suffix",
        {"notes.csv": "a,b\n"},
        ["notes.csv"],
        None,
        None,
        [f'notes.csv: unsupported file type ".csv" {JSON_TAIL}'],
    ),
    (
        "no suffix",
        {"README": "hello"},
        ["README"],
        None,
        None,
        [f"README: no file suffix {JSON_TAIL}"],
    ),
    (
        "folder without articles",
        {"empty_dir/notes.csv": "a", "empty_dir/.hidden.txt": "x"},
        ["empty_dir"],
        None,
        None,
        [f"empty_dir: {NO_FILES}"],
    ),
    (
        "glob that matches nothing",
        {},
        ["nowhere/*.txt"],
        None,
        None,
        ["nowhere/*.txt: no files match this pattern"],
    ),
    (
        "glob that matches no article file",
        {"g/a.csv": "x"},
        ["g/*"],
        None,
        None,
        [f"g/*: {NO_FILES}"],
    ),
    (
        "malformed JSON",
        {"bad.json": '{"text": "x",}'},
        ["bad.json"],
        None,
        None,
        [
            "bad.json: malformed JSON: Expecting property name enclosed in double quotes (line 1, column 14)"
        ],
    ),
    (
        "malformed JSON element on line 3, the others go in",
        {"bad3.json": '[\n  {"text": "a"},\n  {"text" "b"},\n  {"text": "c"}\n]'},
        ["bad3.json"],
        None,
        None,
        [
            "ok bad3.json[0]",
            "bad3.json: malformed JSON: Expecting ':' delimiter (line 3, column 11)",
            "ok bad3.json[2]",
        ],
    ),
    (
        "JSON array missing a comma",
        {"comma.json": '[{"text": "a"}\n {"text": "b"}]'},
        ["comma.json"],
        None,
        None,
        [
            "ok comma.json[0]",
            "comma.json: malformed JSON: Expecting ',' delimiter (line 2, column 2)",
        ],
    ),
    (
        "JSON cut short",
        {"cut.json": '[{"text": "a"}, {"text": "b'},
        ["cut.json"],
        None,
        None,
        [
            "ok cut.json[0]",
            "cut.json: malformed JSON: Unterminated string starting at (line 1, column 26)",
        ],
    ),
    (
        "JSON extra data",
        {"extra.json": '{"text": "a"} {"text": "b"}'},
        ["extra.json"],
        None,
        None,
        ["extra.json: malformed JSON: Extra data (line 1, column 15)"],
    ),
    (
        "JSON element above the raw limit",
        {"huge.json": '[{"text": "' + "b" * 9000 + '"}, {"text": "c"}]'},
        ["huge.json"],
        SMALL,
        None,
        [f"huge.json[0]: JSON value larger than {8 * SMALL} bytes", "ok huge.json[1]"],
    ),
    (
        "JSON without text",
        {"notext.json": '{"title": "t"}'},
        ["notext.json"],
        None,
        None,
        ['notext.json: no "text" field'],
    ),
    (
        "JSON text not a string",
        {"num.json": '{"text": 5}'},
        ["num.json"],
        None,
        None,
        ['num.json: "text" is not a string (number)'],
    ),
    (
        "JSON text null",
        {"null.json": '{"text": null}'},
        ["null.json"],
        None,
        None,
        ['null.json: "text" is not a string (null)'],
    ),
    (
        "JSON text blank",
        {"ws.json": '{"text": " \\n "}'},
        ["ws.json"],
        None,
        None,
        ["ws.json: empty article"],
    ),
    (
        "JSON scalar",
        {"scalar.json": "42"},
        ["scalar.json"],
        None,
        None,
        ["scalar.json: not a JSON object or array (number)"],
    ),
    (
        "JSON empty array",
        {"arr.json": "[]"},
        ["arr.json"],
        None,
        None,
        ["arr.json: empty JSON array"],
    ),
    ("JSON empty file", {"e.json": "\n"}, ["e.json"], None, None, ["e.json: empty file"]),
    (
        "JSON array with a bad element",
        {"mixed.json": '[{"text": "a"}, "b", {"text": "c"}]'},
        ["mixed.json"],
        None,
        None,
        ["ok mixed.json[0]", "mixed.json[1]: not a JSON object (string)", "ok mixed.json[2]"],
    ),
    (
        "JSON bad date",
        {"date.json": '{"text": "x", "published": "yesterday"}'},
        ["date.json"],
        None,
        None,
        ["date.json: \"published\" is not an ISO date: 'yesterday'"],
    ),
    (
        "JSON date as number",
        {"date2.json": '{"text": "x", "published": 20240305}'},
        ["date2.json"],
        None,
        None,
        ['date2.json: "published" is not an ISO date: 20240305'],
    ),
    (
        "JSON title not a string",
        {"title.json": '{"text": "x", "title": ["a"]}'},
        ["title.json"],
        None,
        None,
        ['title.json: "title" is not a string (array)'],
    ),
    (
        "JSON url not a string",
        {"url.json": '{"text": "x", "url": 1}'},
        ["url.json"],
        None,
        None,
        ['url.json: "url" is not a string (number)'],
    ),
    (
        "JSON nested too deeply",
        {"deep.json": "[" * 100_000},
        ["deep.json"],
        None,
        None,
        ["deep.json: malformed JSON: nested too deeply"],
    ),
    (
        "JSON unpaired surrogate",
        {"sur.json": '{"text": "ab\\ud800"}'},
        ["sur.json"],
        None,
        None,
        ["sur.json: text holds an unpaired surrogate at character 2"],
    ),
    (
        "JSON NUL character",
        {"nulc.json": '{"text": "a\\u0000b"}'},
        ["nulc.json"],
        None,
        None,
        ["nulc.json: text holds a NUL character"],
    ),
    (
        "JSON Lines: bad lines, good lines go in",
        {
            "x.jsonl": '{"text": "a"}\nnot json\n[1]\n\n{"text": ""}\n{"title": "t"}\n{"text": "b"}\n'
        },
        ["x.jsonl"],
        None,
        None,
        [
            "ok x.jsonl:1",
            "x.jsonl:2: malformed JSON: Expecting value (line 1, column 1)",
            "x.jsonl:3: not a JSON object (array)",
            "x.jsonl:5: empty article",
            'x.jsonl:6: no "text" field',
            "ok x.jsonl:7",
        ],
    ),
    (
        "JSON Lines: an article above the limit",
        {"long.jsonl": '{"text": "a"}\n{"text": "' + "b" * 2000 + '"}\n{"text": "c"}'},
        ["long.jsonl"],
        SMALL,
        None,
        ["ok long.jsonl:1", f"long.jsonl:2: article larger than {SMALL} bytes", "ok long.jsonl:3"],
    ),
    (
        "JSON Lines: a line above the raw limit",
        {"raw.jsonl": '{"text": "a", "html": "' + "x" * 9000 + '"}\n{"text": "c"}'},
        ["raw.jsonl"],
        SMALL,
        None,
        [f"raw.jsonl:1: line larger than {8 * SMALL} bytes", "ok raw.jsonl:2"],
    ),
    (
        "JSON Lines: a Latin-1 line",
        {"l1.jsonl": b'{"text": "a"}\n{"text": "caf\xe9"}\n'},
        ["l1.jsonl"],
        None,
        None,
        ["ok l1.jsonl:1", "l1.jsonl:2: not UTF-8, UTF-16 or Windows-1256 text"],
    ),
    (
        "JSON Lines: empty file",
        {"e.jsonl": "\n\n"},
        ["e.jsonl"],
        None,
        None,
        ["e.jsonl: empty file"],
    ),
    (
        "HTML without main text",
        {
            "s.html": "<html><head><title>t</title><script>var x = 1;</script></head><body></body></html>"
        },
        ["s.html"],
        None,
        None,
        ["s.html: no main text found in the HTML"],
    ),
    (
        "HTML above its raw limit",
        {"big.html": "<p>" + "ب" * 5000 + "</p>"},
        ["big.html"],
        SMALL,
        None,
        [f"big.html: HTML file larger than {8 * SMALL} bytes"],
    ),
    (
        "HTML without the html extra",
        {"p.html": f"<p>{ARABIC}</p>"},
        ["p.html"],
        None,
        _no_trafilatura,
        ["p.html: reading HTML needs the html extra: pip install 'naba[html]'"],
    ),
    ("empty stdin", {}, ["-"], None, _stdin(b""), ["<stdin>: empty article"]),
    (
        "binary stdin",
        {},
        ["-"],
        None,
        _stdin(b"\x89PNG\r\n\x1a\n\x00\x00"),
        ["<stdin>: binary file"],
    ),
    (
        "stdin above the limit",
        {},
        ["-"],
        SMALL,
        _stdin("ب".encode() * 600),
        [f"<stdin>: article larger than {SMALL} bytes"],
    ),
    (
        "stdin JSON Lines with a bad line",
        {},
        ["-"],
        None,
        _stdin(b'{"text": "a"}\n{"text": 1}\n'),
        ["ok <stdin>:1", '<stdin>:2: "text" is not a string (number)'],
    ),
]


@pytest.mark.parametrize(
    "files, paths, max_bytes, setup, expected",
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_gives_its_exact_one_line_error(
    files: dict,
    paths: list[str],
    max_bytes,
    setup,
    expected: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, data in files.items():
        write(name, data)
    if setup:
        setup(monkeypatch)
    got = run(paths, max_bytes or DEFAULT_MAX_BYTES)
    assert got == expected
    assert all("\n" not in line for line in got)


def test_the_table_has_at_least_20_bad_inputs() -> None:
    assert len(BAD_INPUTS) >= 20


def test_unreadable_file(monkeypatch) -> None:
    # chmod 0 does not stop root (CI runs as root): make the open itself fail as it would for a user
    write("locked.txt", "نص")
    real_open = Path.open

    def denied(self, *args, **kwargs):
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", denied)
    import builtins

    real_builtin_open = builtins.open

    def denied_builtin(file, *args, **kwargs):
        if str(file).endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_builtin_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", denied_builtin)
    assert run(["locked.txt"]) == ["locked.txt: permission denied"]


def test_a_bad_file_does_not_stop_the_batch() -> None:
    write("a.txt", "أ\nنص")
    write("b.txt", b"\x00")
    write("c.txt", "ج\nنص")
    assert run(["a.txt", "b.txt", "missing.txt", "c.txt"]) == [
        "ok a.txt",
        "b.txt: binary file",
        "missing.txt: no such file or directory",
        "ok c.txt",
    ]


# ------------------------------------------------------------------ encodings


SEED_TEXT = SEED.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "encode, encoding",
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
        (lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), "utf-16-le"),
        (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16-be"),
        (lambda t: t.encode("cp1256"), "windows-1256"),
        (lambda t: t.replace("\n", "\r\n").encode("cp1256"), "windows-1256"),
        (lambda t: codecs.BOM_UTF8 + t.replace("\n", "\r\n").encode("utf-8"), "utf-8-sig"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le", "utf-16-be", "cp1256", "cp1256-crlf", "utf-8-bom-crlf"],
)
def test_the_seed_reads_the_same_in_every_encoding(encode, encoding: str) -> None:
    write("seed.txt", encode(SEED_TEXT))
    [article] = iter_inputs(["seed.txt"])
    assert isinstance(article, Article)
    assert article.encoding == encoding
    assert article.text == SEED_TEXT.strip()
    assert article.id == hashlib.sha256(SEED_TEXT.strip().encode("utf-8")).hexdigest()[:16]
    assert article.title == "شراكة غير متوقعة بين زوكربيرغ وجنسن هوانغ.. فما السر؟"


def test_read_text_bytes_names_the_encoding_and_strips_the_bom() -> None:
    assert read_text_bytes(codecs.BOM_UTF8 + "نص".encode(), "x") == ("نص", "utf-8-sig")
    assert read_text_bytes(codecs.BOM_UTF16_BE + "نص".encode("utf-16-be"), "x") == (
        "نص",
        "utf-16-be",
    )
    assert read_text_bytes("نص".encode("cp1256"), "x") == ("نص", "windows-1256")
    assert read_text_bytes(b"plain ASCII", "x") == ("plain ASCII", "utf-8")
    assert read_text_bytes(b"", "x") == ("", "utf-8")
    with pytest.raises(InputError) as err:
        read_text_bytes(b"\x00\x01", "src")
    assert (err.value.source, err.value.reason, str(err.value)) == (
        "src",
        "binary file",
        "src: binary file",
    )


def test_utf8_arabic_misread_as_cp1256_is_not_accepted() -> None:
    # UTF-8 Arabic with its last byte cut is mostly UTF-8: it must not pass as Windows-1256 mojibake.
    data = ARABIC.encode("utf-8")[:-1]
    with pytest.raises(InputError, match=r"^x: invalid UTF-8 at byte \d+$"):
        read_text_bytes(data, "x")


def test_cp1256_detection_takes_arabic_with_latin_words_and_markup() -> None:
    text = '<p class="lead">قال مارك زوكربيرغ إن Meta ستستخدم وحدات NVIDIA Grace.</p>'
    assert read_text_bytes(text.encode("cp1256"), "x") == (text, "windows-1256")


# ------------------------------------------------------------------ the stored text


def test_stored_text_keeps_invisibles_tatweel_and_diacritics() -> None:
    raw = "\r\n  \u200fميـــتا\u200b وقَّعت\u200d شراكة\u2067 «إنفيديا»\u2069 \r\nسطر ثانٍ\rثالث \n"
    article = make_article(raw, source="s")
    assert (
        article.text == "\u200fميـــتا\u200b وقَّعت\u200d شراكة\u2067 «إنفيديا»\u2069 \nسطر ثانٍ\nثالث"
    )
    # every character of the input (minus \r and outer whitespace) survives, in order
    assert article.text == raw.replace("\r\n", "\n").replace("\r", "\n").strip()
    start = article.text.index("وقَّعت")
    assert article.text[start : start + len("وقَّعت")] == "وقَّعت"
    assert article.id == hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:16]


def test_same_text_same_id_whatever_the_line_endings() -> None:
    a = make_article("أ\r\nب", source="a")
    b = make_article("أ\nب\n", source="b")
    assert a.id == b.id and a.text == b.text


def test_make_article_errors() -> None:
    with pytest.raises(InputError, match=r"^s: empty article$"):
        make_article(" \n\t", source="s")
    with pytest.raises(InputError, match=r"^s: article larger than 3 bytes$"):
        make_article("بب", source="s", max_bytes=3)
    assert make_article("ب", source="s", max_bytes=2).text == "ب"


def test_default_limit_is_2_mb() -> None:
    assert DEFAULT_MAX_BYTES == 2_000_000
    write("limit.txt", "a" * DEFAULT_MAX_BYTES)
    write("over.txt", "a" * (DEFAULT_MAX_BYTES + 1))
    assert run(["limit.txt", "over.txt"]) == [
        "ok limit.txt",
        "over.txt: article larger than 2000000 bytes",
    ]


# ------------------------------------------------------------------ formats


def test_txt_whole_file_is_the_text_and_first_line_the_title() -> None:
    write("a.txt", "\n\n  العنوان هنا  \nالفقرة الأولى.\n")
    [a] = iter_inputs(["a.txt"])
    assert a.text == "العنوان هنا  \nالفقرة الأولى."
    assert a.title == "العنوان هنا"
    assert a.encoding == "utf-8" and a.source == "a.txt" and a.published is None


def test_title_skips_lines_without_letters_and_trims_controls() -> None:
    write("t.txt", "* * *\n\u200f  عنوان الخبر\u200e \nالنص.")
    [a] = iter_inputs(["t.txt"])
    assert a.title == "عنوان الخبر"
    assert a.text == "* * *\n\u200f  عنوان الخبر\u200e \nالنص."


def test_title_rules() -> None:
    write("one.txt", "سطر واحد فقط")
    write("long.txt", "ب" * 201 + "\nنص")
    write("h.md", "## عنوان المقال\n\nالنص.")
    arts = {a.source: a for a in iter_inputs(["one.txt", "long.txt", "h.md"])}
    assert arts["one.txt"].title is None
    assert arts["long.txt"].title is None
    assert arts["h.md"].title == "عنوان المقال"
    assert arts["h.md"].text.startswith("## عنوان المقال")


def test_json_object_and_array() -> None:
    obj = {
        "text": " خبر\r\nثانٍ ",
        "title": " عنوان\n الخبر ",
        "published": "2024-03-05T23:30:00+03:00",
        "url": "https://example.com/1",
        "author": "ignored",
        "id": 7,
    }
    write("one.json", json.dumps(obj, ensure_ascii=False))
    write(
        "many.json",
        json.dumps([{"text": "أ", "published": "2024-01-02"}, {"text": "ب", "published": None}]),
    )
    [one, a, b] = iter_inputs(["one.json", "many.json"])
    assert (one.text, one.title, one.published, one.url, one.source, one.encoding) == (
        "خبر\nثانٍ",
        "عنوان الخبر",
        dt.date(2024, 3, 5),
        "https://example.com/1",
        "one.json",
        "utf-8",
    )
    assert (a.source, a.published, b.source, b.published) == (
        "many.json[0]",
        dt.date(2024, 1, 2),
        "many.json[1]",
        None,
    )


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-03-05", dt.date(2024, 3, 5)),
        ("2024-03-05T10:00:00Z", dt.date(2024, 3, 5)),
        ("2024-03-05 10:00:00", dt.date(2024, 3, 5)),
        ("2024-03-05T01:00:00-05:00", dt.date(2024, 3, 5)),
        ("2024-03-05T23:59:59.123456789+14:00", dt.date(2024, 3, 5)),
        ("Tue, 05 Mar 2024 23:30:00 +0300", dt.date(2024, 3, 5)),
        ("", None),
    ],
)
def test_published_formats(value: str, expected) -> None:
    write("d.json", json.dumps({"text": "x", "published": value}))
    [a] = iter_inputs(["d.json"])
    assert a.published == expected


def test_json_in_other_encodings() -> None:
    obj = json.dumps({"text": ARABIC}, ensure_ascii=False)
    write("u16.json", codecs.BOM_UTF16_LE + obj.encode("utf-16-le"))
    write("w.json", obj.encode("cp1256"))
    write("w.jsonl", obj.encode("cp1256") + b"\n" + obj.encode("utf-8") + b"\n")
    write("u16.jsonl", codecs.BOM_UTF16_BE + (obj + "\r\n" + obj + "\n").encode("utf-16-be"))
    write("bom.jsonl", codecs.BOM_UTF8 + (obj + "\n" + obj).encode("utf-8"))
    got = [
        (a.source, a.encoding, a.text)
        for a in iter_inputs(["u16.json", "w.json", "w.jsonl", "u16.jsonl", "bom.jsonl"])
    ]
    assert got == [
        ("u16.json", "utf-16-le", ARABIC),
        ("w.json", "windows-1256", ARABIC),
        ("w.jsonl:1", "windows-1256", ARABIC),
        ("w.jsonl:2", "utf-8", ARABIC),
        ("u16.jsonl:1", "utf-16-be", ARABIC),
        ("u16.jsonl:2", "utf-16-be", ARABIC),
        ("bom.jsonl:1", "utf-8-sig", ARABIC),
        ("bom.jsonl:2", "utf-8-sig", ARABIC),
    ]


HTML_PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>شراكة بين ميتا وإنفيديا - موقع الأخبار</title>
<link rel="canonical" href="https://example.com/news/meta-nvidia">
<meta property="article:published_time" content="2026-02-17T09:30:00+03:00">
<meta name="author" content="أحمد علي">
</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/tech">تقنية</a></nav>
<article><h1>شراكة بين ميتا وإنفيديا</h1>
<p>وقّعت شركة ميتا وشركة إنفيديا شراكة استراتيجية متعددة السنوات لبناء بنية تحتية فائقة التوسع للذكاء الاصطناعي، تمتد عبر مراكز البيانات المحلية.</p>
<p>وقال جنسن هوانغ، المؤسس والرئيس التنفيذي لإنفيديا: «لا أحد ينشر الذكاء الاصطناعي على نطاق ميتا».</p>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>
"""


@pytest.mark.parametrize("encoding", ["utf-8", "windows-1256"])
def test_html_main_text_title_date_url(encoding: str) -> None:
    write("page.html", HTML_PAGE.format(charset=encoding).encode(encoding))
    [a] = iter_inputs(["page.html"])
    assert isinstance(a, Article), a
    assert a.encoding == encoding
    assert "وقّعت شركة ميتا" in a.text and "«لا أحد ينشر" in a.text
    assert "الرئيسية" not in a.text and "جميع الحقوق" not in a.text
    assert a.title and "شراكة بين ميتا وإنفيديا" in a.title
    assert a.published == dt.date(2026, 2, 17)
    assert a.url == "https://example.com/news/meta-nvidia"


def test_htm_suffix_and_upper_case_suffixes() -> None:
    write("a.HTM", HTML_PAGE.format(charset="utf-8"))
    write("b.TXT", "أ\nب")
    assert run(["a.HTM", "b.TXT"]) == ["ok a.HTM", "ok b.TXT"]


# ------------------------------------------------------------------ paths


def test_folder_is_walked_recursively_sorted_skipping_hidden_and_other_files() -> None:
    for name in [
        "arch/b.txt",
        "arch/a.md",
        "arch/2024/z.json",
        "arch/2024/01/c.txt",
        "arch/.git/x.txt",
        "arch/.hidden.txt",
        "arch/notes.csv",
        "arch/d.jsonl",
    ]:
        write(name, '{"text": "x"}' if name.endswith(("json", "jsonl")) else f"عنوان\n{name}")
    assert run(["arch"]) == [
        "ok arch/2024/01/c.txt",
        "ok arch/2024/z.json",
        "ok arch/a.md",
        "ok arch/b.txt",
        "ok arch/d.jsonl:1",
    ]


def test_glob_and_duplicates_are_read_once() -> None:
    for name in ["g/a.txt", "g/b.txt", "g/sub/c.txt", "g/x.csv"]:
        write(name, f"ع\n{name}")
    assert run(["g/*.txt", "g/a.txt", "g/**/*.txt", "g"]) == [
        "ok g/a.txt",
        "ok g/b.txt",
        "ok g/sub/c.txt",
    ]


def test_an_existing_file_with_glob_characters_is_a_file() -> None:
    write("[draft].txt", "ع\nنص")
    assert run(["[draft].txt"]) == ["ok [draft].txt"]


def test_stdin_plain_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", FakeStdin("\n\nعنوان\r\nنص {الخبر}\n".encode("cp1256")))
    [a] = iter_inputs(["-"])
    assert (a.source, a.text, a.title, a.encoding) == (
        "<stdin>",
        "عنوان\nنص {الخبر}",
        "عنوان",
        "windows-1256",
    )


def test_stdin_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"\n" + b"\n".join(json.dumps({"text": f"نص {i}"}).encode() for i in range(3)) + b"\n"
    monkeypatch.setattr(sys, "stdin", FakeStdin(data))
    assert run(["-"]) == ["ok <stdin>:2", "ok <stdin>:3", "ok <stdin>:4"]


def test_stdin_utf16(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        sys, "stdin", FakeStdin(codecs.BOM_UTF16_LE + "عنوان\nنص".encode("utf-16-le"))
    )
    [a] = iter_inputs(["-"])
    assert (a.text, a.encoding) == ("عنوان\nنص", "utf-16-le")


def test_read_stream_directly() -> None:
    [a] = read_stream(io.BytesIO("نص".encode()), source="pipe")
    assert (a.source, a.text) == ("pipe", "نص")


# ------------------------------------------------------------------ streaming


def test_large_jsonl_streams_with_flat_memory() -> None:
    line = json.dumps(
        {"text": ARABIC * 4, "title": "عنوان", "published": "2024-03-05"}, ensure_ascii=False
    )
    n = 50_000
    with open("big.jsonl", "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(line.replace("عنوان", f"عنوان {i}") + "\n")
    size = os.path.getsize("big.jsonl")
    assert size > 25_000_000
    tracemalloc.start()
    count = 0
    try:
        for item in iter_inputs(["big.jsonl"]):
            assert isinstance(item, Article)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n
    assert peak < size / 50, f"peak {peak} bytes for a {size}-byte file"


def test_iter_inputs_is_lazy() -> None:
    write("a.jsonl", '{"text": "a"}\n{"text": "b"}\n')
    items = iter_inputs(["a.jsonl", "missing.txt"])
    assert str(next(items).source) == "a.jsonl:1"  # nothing else has been read or checked yet


# ------------------------------------------------------------------ the JSON scanner

from pipeline.read import _JsonScanner  # noqa: E402  (chunk boundaries are only reachable here)

JSON_DOCS = [
    '{"text": "a"}',
    '  {"text": "a", "title": "t"}  \n',
    '[{"text": "a"}, {"text": "b"}]',
    '[\n {"text": "a \\" ] } [ {"},\n {"text": "\\\\"},\n {"text": "\\u0628\\n\\u062a"}\n]\n',
    '[{"text": "a", "nested": {"x": [1, 2, {"y": "]"}]}}, {"text": "b"}]',
    '[{"text": "a"}, 3, "s", null, true, [], {"text": "c"}]',
    "[]",
    "  [ ]  ",
    "42",
    '"text"',
    "null",
    "hello",
    "",
    "   ",
    '[{"text": "a"},]',
    '[{"text": "a"}',
    '[{"text": "a"} {"text": "b"}]',
    '[{"text": "a"}] x',
    '{"text": "a"}}',
    '{"text": "a"',
    '{"text" "a"}',
    '[{"text": "a", }, {"text": "b"}]',
    '[{"text": "a"}, {"text": "b\n',
    "[",
    "[1",
    '[{"text": "x"}, tru]',
    '{"text": "a\\',
    "[{]",
    '\n\n  [\n\n  {"text": 5},\n  {"text": "ok"}]',
]


def _scan(doc: str, size: int) -> list[str]:
    chunks = iter([doc[i : i + size] for i in range(0, len(doc), size)] or [""])
    return outcome(list(_JsonScanner(chunks, "f.json", "utf-8", DEFAULT_MAX_BYTES).items()))


@pytest.mark.parametrize("doc", JSON_DOCS)
def test_json_scanner_is_the_same_across_chunk_boundaries(doc: str) -> None:
    whole = _scan(doc, max(len(doc), 1))
    for size in (1, 2, 3, 5, 8):
        assert _scan(doc, size) == whole, size


@pytest.mark.parametrize("doc", [d for d in JSON_DOCS if d.strip()])
def test_json_scanner_reports_what_json_reports(doc: str) -> None:
    """The first malformed-JSON message is the one json.loads gives for the whole file."""
    try:
        json.loads(doc)
    except json.JSONDecodeError as err:
        expected = f"f.json: malformed JSON: {err.msg} (line {err.lineno}, column {err.colno})"
        got = [line for line in _scan(doc, len(doc)) if "malformed" in line]
        assert got[:1] == [expected]
    else:
        assert not any("malformed" in line for line in _scan(doc, len(doc)))


def test_large_json_array_streams_with_flat_memory() -> None:
    obj = json.dumps({"text": ARABIC * 8, "url": "https://example.com/x"}, ensure_ascii=False)
    n = 10_000
    with open("big.json", "w", encoding="utf-8") as f:
        f.write("[\n")
        for i in range(n):
            f.write(("," if i else "") + obj + "\n")
        f.write("]\n")
    size = os.path.getsize("big.json")
    tracemalloc.start()
    try:
        count = sum(1 for item in iter_inputs(["big.json"]) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == n
    assert size > 9_000_000
    assert peak < 1_000_000, f"peak {peak} bytes for a {size}-byte file"


def test_large_json_in_windows_1256_and_utf16_streams() -> None:
    items = [{"text": f"{ARABIC} {i}"} for i in range(40)]
    doc = json.dumps(items, ensure_ascii=False)
    write("w.json", doc.encode("cp1256"))
    write("u.json", codecs.BOM_UTF16_BE + doc.encode("utf-16-be"))
    # max_bytes below the file size forces the streaming decoder
    got = list(iter_inputs(["w.json", "u.json"], max_bytes=200))
    assert [a.encoding for a in got] == ["windows-1256"] * 40 + ["utf-16-be"] * 40
    assert [a.text for a in got] == [x["text"] for x in items] * 2


def test_large_json_with_a_bad_byte_late_in_the_file() -> None:
    doc = json.dumps([{"text": f"{ARABIC} {i}"} for i in range(1000)], ensure_ascii=False).encode()
    cut = len(doc) - 100
    data = doc[:cut] + b"\xff" + doc[cut:]
    write("late.json", data)
    with pytest.raises(UnicodeDecodeError) as err:
        data.decode("utf-8")
    assert cut - 1 <= err.value.start <= cut
    got = run(["late.json"], max_bytes=1000)
    assert got[-1] == f"late.json: invalid UTF-8 at byte {err.value.start}"
    assert got[:-1] == [f"ok late.json[{i}]" for i in range(len(got) - 1)]


@pytest.mark.parametrize("shift", [0, 1, 2, 3])
def test_invalid_utf8_offset_across_the_64k_chunk_boundary(shift: int) -> None:
    doc = json.dumps([{"text": ARABIC * 20} for _ in range(200)], ensure_ascii=False).encode()
    pos = doc.index("ش".encode(), (1 << 16) - 3 + shift)  # a 2-byte letter near the boundary
    data = doc[: pos + 1] + b"\x41" + doc[pos + 2 :]  # break its second byte
    write("b.json", data)
    assert run(["b.json"], max_bytes=1000)[-1] == f"b.json: invalid UTF-8 at byte {pos}"


# ------------------------------------------------------------------ the JSON scanner, properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_json_leaf = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8))
_json_value = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=8,
)
_json_doc = st.tuples(
    st.lists(
        st.one_of(st.fixed_dictionaries({"text": st.text(min_size=1, max_size=10)}), _json_value),
        max_size=5,
    ),
    st.sampled_from([None, 0, 2]),
    st.booleans(),
).map(lambda t: json.dumps(t[0], indent=t[1], ensure_ascii=t[2]))


@settings(max_examples=300, deadline=None)
@given(
    _json_doc,
    st.integers(min_value=0),
    st.sampled_from(["cut", "drop", "insert", "none"]),
    st.sampled_from(list(',:[]{}"\\ x1\n')),
    st.integers(1, 7),
)
def test_json_scanner_agrees_with_json_on_mutated_documents(
    doc: str, at: int, how: str, ch: str, size: int
) -> None:
    at = at % (len(doc) + 1)
    if how == "cut":
        doc = doc[:at]
    elif how == "drop":
        doc = doc[:at] + doc[at + 1 :]
    elif how == "insert":
        doc = doc[:at] + ch + doc[at:]
    got = _scan(doc, size)
    assert got == _scan(doc, max(len(doc), 1))
    if not doc.strip():
        assert got == ["f.json: empty file"]
        return
    try:
        value = json.loads(doc)
    except json.JSONDecodeError as err:
        expected = f"f.json: malformed JSON: {err.msg} (line {err.lineno}, column {err.colno})"
        assert [line for line in got if "malformed" in line][:1] == [expected]
    except RecursionError:  # pragma: no cover
        pass
    else:
        assert not any("malformed" in line for line in got)
        if isinstance(value, list):
            good = [
                i
                for i, v in enumerate(value)
                if isinstance(v, dict) and _makes_article(v.get("text"))
            ]
            assert [line for line in got if line.startswith("ok ")] == [
                f"ok f.json[{i}]" for i in good
            ]


def _makes_article(text) -> bool:
    try:
        return isinstance(text, str) and bool(make_article(text, source="x"))
    except InputError:
        return False


def test_html_date_comes_from_markup_not_from_the_text() -> None:
    page = HTML_PAGE.format(charset="utf-8").replace(
        '<meta property="article:published_time" content="2026-02-17T09:30:00+03:00">', ""
    )
    write("nodate.html", page.replace("</article>", "<p>Updated: March 5, 2024</p></article>"))
    [a] = iter_inputs(["nodate.html"])
    assert a.published is None


def test_a_single_path_string_is_one_path() -> None:
    write("one.txt", "ع\nنص")
    assert run("one.txt") == ["ok one.txt"]  # type: ignore[arg-type]
