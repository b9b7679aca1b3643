"""``naba load DIR``: a folder of Parquet tables bulk-loaded into the database, as ingest stores it."""

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import bulk, store
from pipeline.cli import app
from test_store import _corpus_records, database_tables

runner = CliRunner()


@pytest.fixture(scope="module")
def records():
    """The store tests' corpus (merges across articles, rekeyed entities, repeats, a source with
    two versions, the newer one last)."""
    return _corpus_records()


@pytest.fixture(scope="module")
def folder(records, tmp_path_factory):
    out = tmp_path_factory.mktemp("pq") / "l'o[1]ut ])*"  # quotes, brackets and a star in the path are read as text
    bulk.write_tables(records, str(out))
    return out


def _ingested(records, path, one_batch=False):
    """The database ``Store.add`` builds from the records: in one batch, or one article per batch."""
    with store.Store(path) as st:
        for batch in [records] if one_batch else [[r] for r in records]:
            st.add(batch)
    return database_tables(path)


def test_loading_parquet_gives_the_database_one_ingest_batch_gives(records, tmp_path):
    """Without two versions of a source (a batch keeps both, the folder only the last), the folder
    loads into exactly what Store.add stores from the same records as one batch: the same entity
    merge, article by article in the folder's order."""
    ids = {}
    for r in records:
        ids.setdefault(r.article.source, set()).add(r.article.id)
    kept = [r for r in records if len(ids[r.article.source]) == 1]
    assert len(kept) == len(records) - 2
    bulk.write_tables(kept, str(tmp_path / "pq"), part_size=7)  # six files: the order runs across them
    assert len(list((tmp_path / "pq" / "entities").glob("*.parquet"))) == 6
    with store.Store(str(tmp_path / "loaded.duckdb")) as st:
        bulk.load_parquet(st, tmp_path / "pq")
    loaded = database_tables(str(tmp_path / "loaded.duckdb"))
    assert loaded == _ingested(kept, str(tmp_path / "ingested.duckdb"), one_batch=True)
    # the corpus' rekeyed entities (new keys whose spellings another key owns) were merged
    assert not any(r[0].endswith("~") for r in loaded["entities"][1])
    assert not any('~"' in r[-1] for r in loaded["articles"][1])
    con = duckdb.connect(str(tmp_path / "loaded.duckdb"), read_only=True)
    assert con.execute("SELECT count(*) FROM articles WHERE key_map IS NOT NULL").fetchone()[0] > 0


def test_of_two_versions_of_a_source_the_last_is_loaded(records, folder, tmp_path):
    with store.Store(str(tmp_path / "loaded.duckdb")) as st:
        res = bulk.load_parquet(st, folder)
    assert (res.added, res.replaced) == (39, 0) and res.skipped == 43 - 39  # 3 repeats, 1 older version
    loaded = database_tables(str(tmp_path / "loaded.duckdb"))
    ingested = _ingested(records, str(tmp_path / "ingested.duckdb"))
    # ingest stored the older version first, then replaced it: the same database
    assert loaded == ingested


def test_loading_into_a_database_that_holds_part_of_it_merges_with_the_stored_entities(records, folder, tmp_path):
    half = len(records) // 2
    path = str(tmp_path / "db.duckdb")
    with store.Store(path) as st:
        for r in records[:half]:
            st.add([r])
        first = bulk.load_parquet(st, folder)
        again = bulk.load_parquet(st, folder)
    assert first.added == 19 and first.replaced == 1
    assert (again.added, again.skipped, again.replaced) == (0, 43, 0)  # loading twice changes nothing
    loaded = database_tables(path)
    assert loaded == _ingested(records, str(tmp_path / "ingested.duckdb"))


def test_an_article_written_twice_is_loaded_once(records, tmp_path):
    out = tmp_path / "twice"
    bulk.write_tables(records[:5], str(out))
    for t in store.TABLES:  # every table written again, as a second file
        pq.write_table(pq.read_table(out / t / "part-00000.parquet"), out / t / "part-00001.parquet")
    once = tmp_path / "once"
    bulk.write_tables(records[:5], str(once))
    for name, src in (("a", out), ("b", once)):
        with store.Store(str(tmp_path / f"{name}.duckdb")) as st:
            bulk.load_parquet(st, src)
    assert database_tables(str(tmp_path / "a.duckdb")) == database_tables(str(tmp_path / "b.duckdb"))


def test_naba_load_of_a_folder_through_the_cli(records, folder, tmp_path):
    db = str(tmp_path / "cli.duckdb")
    r = runner.invoke(app, ["load", str(folder), "--db", db])
    assert r.exit_code == 0, r.output
    assert "39 records loaded, 4 unchanged; 0 failed" in r.stdout
    back = {rec.article.id: rec for rec in store.iter_records(db)}
    assert len(back) == 39
    # what export gives back carries the keys the tables hold
    keys = {k for (k,) in duckdb.connect(db, read_only=True).execute("SELECT key FROM entities").fetchall()}
    assert all(e.key in keys for rec in back.values() for e in rec.entities)


@pytest.mark.parametrize("damage", ["missing column", "not parquet", "null text", "no articles"])
def test_a_bad_folder_is_one_line_and_leaves_the_database_as_it_was(records, folder, tmp_path, damage):
    bad = tmp_path / "bad"
    bulk.write_tables(records[5:9], str(bad))
    if damage == "missing column":
        table = pq.read_table(bad / "mentions" / "part-00000.parquet").drop_columns(["label"])
        pq.write_table(table, bad / "mentions" / "part-00000.parquet")
    elif damage == "not parquet":
        (bad / "quotes" / "part-00000.parquet").write_bytes(b"PAR1 not really")
    elif damage == "null text":
        table = pq.read_table(bad / "sentences" / "part-00000.parquet")
        i = table.schema.get_field_index("text")
        table = table.set_column(i, "text", pa.array([None] * table.num_rows, pa.string()))
        pq.write_table(table, bad / "sentences" / "part-00000.parquet")
    else:
        for f in (bad / "articles").iterdir():
            f.unlink()
    db = str(tmp_path / "db.duckdb")
    with store.Store(db) as st:
        for r in records[:5]:
            st.add([r])
    before = database_tables(db)
    r = runner.invoke(app, ["load", str(bad), "--db", db])
    assert r.exit_code == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {bad}") and "Traceback" not in r.output, r.stderr
    assert database_tables(db) == before
    # the same database still takes a good folder afterwards
    with store.Store(db) as st:
        res = bulk.load_parquet(st, folder)
    assert res.added > 0 and res.added + res.skipped == 43


def test_a_folder_without_some_tables_loads_the_others(records, tmp_path):
    out = tmp_path / "partial"
    bulk.write_tables(records[:4], str(out))
    for f in (out / "quotes").iterdir():
        f.unlink()
    (out / "relations").rename(tmp_path / "elsewhere")
    db = str(tmp_path / "db.duckdb")
    with store.Store(db) as st:
        assert bulk.load_parquet(st, out).added == 4
        counts = st.counts()
    assert counts["quotes"] == counts["relations"] == 0 and counts["mentions"] > 0


def test_a_database_with_json_records_is_refused_clearly(folder, db):
    con = duckdb.connect(db)
    con.execute(store.SCHEMA_SQL.read_text(encoding="utf-8").replace("record      BLOB NOT NULL", "record JSON NOT NULL"))
    con.close()
    r = runner.invoke(app, ["load", str(folder), "--db", db])
    assert r.exit_code == 1 and "keeps records as JSON" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_naba_load_takes_export_files_and_folders_in_one_call(records, tmp_path):
    """Records of a JSON Lines export and of a Parquet folder, in the order given: the same
    database as Store.add of both, one after the other."""
    first, second = records[:6], records[6:12]
    src = str(tmp_path / "src.duckdb")
    with store.Store(src) as st:
        st.add(first)
    export = tmp_path / "first.jsonl"
    assert runner.invoke(app, ["export", "--db", src, "--jsonl", "--output", str(export)]).exit_code == 0
    bulk.write_tables(second, str(tmp_path / "second"))
    db = str(tmp_path / "db.duckdb")
    r = runner.invoke(app, ["load", str(export), str(tmp_path / "second"), "--db", db])
    assert r.exit_code == 0, r.output
    assert "12 records loaded, 0 unchanged; 0 failed" in r.stdout
    with store.Store(str(tmp_path / "ref.duckdb")) as st:
        st.add(first)
        st.add(second)
    assert database_tables(db) == database_tables(str(tmp_path / "ref.duckdb"))
