"""The DuckDB store: idempotent re-ingest, cross-article merge, atomic batches, read-only queries."""

import subprocess
import sys
import textwrap

import duckdb
import pytest

from pipeline import extract, store
from pipeline.errors import QueryError, StoreError
from pipeline.read import make_article
from pipeline.run import extract_article

A1 = "وقّعت شركة إنفيديا (NVIDIA) اتفاقية مع شركة سامسونج لتوريد رقائق الذاكرة.\nوقال جنسن هوانغ إن الشراكة مهمة."
A2 = "أعلنت انفيديا عن نتائج قوية، وقال هوانغ إن الطلب على رقائق الذكاء الاصطناعي يتزايد."


def _count(path, sql, params=None):
    return store.read_only_query(path, sql, params)[1][0][0]


def test_reingest_changes_nothing(db, seed_text):
    rec = extract(seed_text)
    with store.Store(db) as st:
        first = st.add([rec])
        before = st.counts()
        second = st.add([rec])
        assert st.counts() == before
    assert (first.added, second.added, second.skipped) == (1, 0, 1)


def test_entities_merge_across_articles_by_key_and_alias(db):
    with store.Store(db) as st:
        st.add([extract(A1)])
        st.add([extract(A2)])
    keys = store.read_only_query(db, "SELECT DISTINCT entity_key FROM mentions WHERE text IN ('إنفيديا', 'انفيديا', 'NVIDIA')")[1]
    assert len(keys) == 1
    assert _count(db, "SELECT count(*) FROM entities WHERE latin = 'NVIDIA'") == 1
    aliases = dict(store.read_only_query(db, "SELECT alias, count FROM aliases WHERE entity_key = ?", [keys[0][0]])[1])
    assert aliases["إنفيديا"] == 1 and aliases["انفيديا"] == 1


def test_changed_article_from_same_source_replaces_the_old_one(db):
    old = make_article(A1, source="news/1.txt")
    new = make_article(A1 + "\nوأضاف أن الإنتاج سيبدأ قريبا.", source="news/1.txt")
    with store.Store(db) as st:
        st.add([extract_article(old)])
        res = st.add([extract_article(new)])
    assert res.replaced == 1
    assert _count(db, "SELECT count(*) FROM articles") == 1
    for table in ("mentions", "sentences", "quotes", "relations"):
        orphans = _count(db, f"SELECT count(*) FROM {table} t WHERE t.article_id NOT IN (SELECT id FROM articles)")
        assert orphans == 0, table
    assert _count(db, "SELECT count(*) FROM aliases WHERE alias = 'إنفيديا'") == 1
    assert _count(db, "SELECT count FROM aliases WHERE alias = 'إنفيديا'") == 1


def test_a_failing_batch_leaves_the_database_as_it_was(db, seed_text, monkeypatch):
    with store.Store(db) as st:
        st.add([extract(A1)])
        before = st.counts()

        def boom(records):
            st.con.execute("INSERT INTO articles SELECT * REPLACE ('zzz' AS id) FROM articles LIMIT 1")
            raise RuntimeError("disk full")

        monkeypatch.setattr(st, "_insert", boom)
        with pytest.raises(RuntimeError):
            st.add([extract(seed_text)])
        assert st.counts() == before


@pytest.mark.parametrize(
    "sql",
    [
        "INSERT INTO articles (id) VALUES ('x')",
        "DELETE FROM mentions",
        "DROP TABLE quotes",
        "UPDATE entities SET name = 'x'",
        "CREATE TABLE t (x INT)",
        "ATTACH 'other.duckdb' AS o",
        "COPY mentions TO 'out.csv'",
        "PRAGMA enable_profiling",
        "SELECT 1; DROP TABLE quotes",
    ],
)
def test_query_refuses_anything_but_reading(db, sql):
    with store.Store(db) as st:
        st.add([extract(A1)])
    with pytest.raises(QueryError):
        store.read_only_query(db, sql)
    assert _count(db, "SELECT count(*) FROM quotes") >= 0


def test_query_refuses_reading_files(db, tmp_path):
    with store.Store(db):
        pass
    (tmp_path / "x.csv").write_text("a\n1\n")
    with pytest.raises(QueryError):
        store.read_only_query(db, f"SELECT * FROM read_csv('{tmp_path / 'x.csv'}')")


def test_query_binds_parameters(db):
    with store.Store(db) as st:
        st.add([extract(A1)])
    hostile = "x' OR '1'='1"
    assert _count(db, "SELECT count(*) FROM entities WHERE latin = ?", [hostile]) == 0
    assert _count(db, "SELECT count(*) FROM entities WHERE latin = $n", {"n": "NVIDIA"}) == 1


def test_database_held_by_another_process_is_a_clear_error(db):
    duckdb.connect(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({db!r}); print('ready', flush=True); time.sleep(30)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            store.Store(db)
    finally:
        holder.kill()
        holder.wait()
