"""Process-pool extraction: same records in the same order as one job, bounded read-ahead, failures in place."""

import itertools
import re

import pytest
from typer.testing import CliRunner

from conftest import SEED_DIR
from pipeline import parallel, run, store
from pipeline.errors import InputError
from pipeline.cli import app
from schemas import ArticleRecord

TEXTS = [
    "أعلنت شركة أرامكو السعودية عن أرباح قياسية. وقال الرئيس التنفيذي أمين الناصر إن الشركة ستوسع استثماراتها.",
    "وقّعت شركة ميتا (Meta) اتفاقية مع إنفيديا لتطوير رقائق جديدة بقيمة 2 مليار دولار.",
    "قال وزير المالية المصري إن التضخم تراجع إلى 12% في يناير الماضي، بحسب وكالة رويترز.",
    "افتتحت جامعة القاهرة مركزا للذكاء الاصطناعي بالتعاون مع شركة مايكروسوفت.",
]


def _articles(n):
    from pipeline.read import make_article

    return [make_article(f"{TEXTS[i % len(TEXTS)]} ({i})", source=f"a{i}.txt") for i in range(n)]


def _make(text, source):
    from pipeline.read import make_article

    return make_article(text, source=source)


@pytest.fixture(scope="module", autouse=True)
def warm():
    run.extract("شركة.")  # forked workers inherit the built pipeline


def _dump(items):
    return [x.model_dump() if isinstance(x, ArticleRecord) else x for x in items]


def test_two_jobs_give_the_records_of_one_job_in_input_order():
    arts = _articles(9)
    one = list(parallel.extract_stream(arts, jobs=1))
    two = list(parallel.extract_stream(arts, jobs=2, chunksize=2, start_method="fork"))
    assert [r.article.source for r in two] == [f"a{i}.txt" for i in range(9)]
    assert _dump(one) == _dump(two)
    both = list(parallel.extract_stream(arts, jobs=2, chunksize=1, start_method="fork", main_extracts=True))
    assert _dump(one) == _dump(both)
    assert one[0].model_dump() == run.extract_article(arts[0]).model_dump()


def test_failures_keep_their_place_with_one_job_or_many(monkeypatch):
    real = run.extract_article

    def flaky(article, **kw):
        if "BOOM" in article.text:
            raise ValueError("year -2975 is out of range")
        return real(article, **kw)

    monkeypatch.setattr(run, "extract_article", flaky)
    items = [*_articles(2), InputError("bad.json", "not JSON"), _make("BOOM شركة", "boom.txt"), *_articles(3)[2:]]
    expected = ["a0.txt", "a1.txt", "bad.json: not JSON", "boom.txt: extraction failed (ValueError: year -2975 is out of range)", "a2.txt"]
    for kwargs in ({"jobs": 1}, {"jobs": 2, "chunksize": 1, "start_method": "fork"}, {"jobs": 2, "chunksize": 1, "start_method": "fork", "main_extracts": True}):
        out = list(parallel.extract_stream(items, **kwargs))
        assert [x.message if isinstance(x, parallel.Failure) else x.article.source for x in out] == expected, kwargs


def test_published_is_given_only_to_articles_without_a_date():
    import datetime as dt

    a, b = _articles(2)
    b = b.model_copy(update={"published": dt.date(2024, 5, 1)})
    out = list(parallel.extract_stream([a, b], jobs=1, published=dt.date(2025, 1, 2)))
    assert [r.article.published for r in out] == [dt.date(2025, 1, 2), dt.date(2024, 5, 1)]


def test_the_input_is_read_only_a_bounded_window_ahead():
    pulled = 0

    def source():
        nonlocal pulled
        for art in itertools.cycle(_articles(4)):
            pulled += 1
            yield art

    stream = parallel.extract_stream(source(), jobs=2, chunksize=2, window=3, start_method="fork")
    for i, _ in enumerate(stream):
        # window chunks in flight + the chunk being filled + the item just read
        assert pulled <= 3 * 2 + 2 + 1 + i
        if i == 12:
            break
    stream.close()


def test_resolve_jobs():
    assert parallel.resolve_jobs(3) == 3
    assert parallel.resolve_jobs(0) >= 1


def test_cli_ingest_with_two_jobs_stores_what_one_job_stores(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(TEXTS[:3]):
        (folder / f"{i}.txt").write_text(text, encoding="utf-8")
    (folder / "seed.txt").write_text(next(SEED_DIR.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    runner = CliRunner()
    dbs = [str(tmp_path / "one.duckdb"), str(tmp_path / "two.duckdb")]
    results = [
        runner.invoke(app, ["ingest", str(folder), "--db", dbs[0], "-q"]),
        runner.invoke(app, ["ingest", str(folder), "--db", dbs[1], "-q", "--jobs", "2", "--batch-size", "2"]),
    ]
    assert [r.exit_code for r in results] == [1, 1]
    assert re.search(r"^4 articles added, 0 unchanged, 0 replaced; \d+ mentions, \d+ quotes; 1 failed", results[1].stdout)
    assert results[0].stdout.replace(dbs[0], "") == results[1].stdout.replace(dbs[1], "")
    assert results[0].stderr == results[1].stderr and "empty.txt" in results[1].stderr
    recs = [[r.model_dump() for r in store.iter_records(db)] for db in dbs]
    assert len(recs[0]) == 4 and recs[0] == recs[1]
    # the rows the workers built are the rows the main process builds: every table is the same
    from test_store import database_tables

    assert database_tables(dbs[0]) == database_tables(dbs[1])


@pytest.mark.parametrize("main_extracts", [False, True])
def test_rows_built_by_workers_store_the_database_of_one_job(tmp_path, main_extracts):
    from test_store import database_tables

    arts = _articles(14)
    arts[9] = _make(TEXTS[1].replace("ميتا", "ميتا بلاتفورمز"), "renamed.txt")
    dbs = []
    for jobs in (1, 2):
        dbs.append(str(tmp_path / f"{jobs}.duckdb"))
        items = list(parallel.extract_stream(arts, jobs=jobs, chunksize=1, window=3, start_method="fork", main_extracts=main_extracts))
        assert [r.article.source for r in items] == [a.source for a in arts]
        with store.Store(dbs[-1]) as st:
            for i in range(0, len(items), 4):
                st.add(items[i : i + 4])
    assert not store._ATTACHED  # the rows attached to records went with them
    assert database_tables(dbs[0]) == database_tables(dbs[1])


def test_engine_and_output_options_are_checked(tmp_path):
    runner = CliRunner()
    r = runner.invoke(app, ["ingest", str(SEED_DIR), "--db", str(tmp_path / "x.duckdb"), "--engine", "spark"])
    assert r.exit_code == 2 and "unknown engine 'spark'" in r.stderr
    r = runner.invoke(app, ["ingest", str(SEED_DIR), "--db", str(tmp_path / "x.duckdb"), "--output", str(tmp_path / "pq")])
    assert r.exit_code == 2 and "--output needs --engine ray" in r.stderr


# --- speed-ups keep the outputs: each optimised step against the code it replaced -----------------

import datetime as _dt  # noqa: E402
import json as _json  # noqa: E402
from pathlib import Path as _Path  # noqa: E402

DEV = _Path(__file__).resolve().parent / "golden" / "dev_passages.json"


def _reference_sentences(doc):
    """naba_sentences as first written: token by token through ``Token.is_sent_start``."""
    from pipeline.nlp import _CLOSERS, _SENT_END

    start_next = True
    for i, tok in enumerate(doc):
        if tok.is_space:
            tok.is_sent_start = start_next if i == 0 else False
            if "\n" in tok.text:
                start_next = True
            continue
        tok.is_sent_start = start_next
        start_next = False
        if tok.text in _SENT_END or (tok.text == "." and i + 1 < len(doc)):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or nxt.text not in _CLOSERS:
                start_next = True
        elif tok.text in _CLOSERS and i > 0 and doc[i - 1].text in _SENT_END:
            start_next = True
    return doc


def _passages():
    out = [(p.read_text(encoding="utf-8"), None) for p in sorted(SEED_DIR.glob("*.txt"))]
    if DEV.exists():
        for d in _json.loads(DEV.read_text(encoding="utf-8")):
            out.append((d["text"], _dt.date.fromisoformat(d["published"]) if d.get("published") else None))
    out += [(t, None) for t in ("مرحبا", " \n بداية", "قال: «نعم.» ثم ذهب", "أ. ب.\n\nج؟! د...", '(Meta). و"ميتا".', "..")]
    return out


def test_sentence_component_gives_the_records_of_the_code_it_replaced():
    from spacy.attrs import SENT_START

    from pipeline.nlp import get_nlp
    from schemas import Article

    nlp = get_nlp()
    for text, published in _passages():
        new = nlp(text)
        ref = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            ref = _reference_sentences(ref) if name == "naba_sentences" else proc(ref)
        assert new.to_array([SENT_START]).tolist() == ref.to_array([SENT_START]).tolist(), text[:40]
        article = Article(id=run.article_id(text), text=text, published=published)
        assert run._assemble_from_doc(article, new, ()).model_dump() == run._assemble_from_doc(article, ref, ()).model_dump()
