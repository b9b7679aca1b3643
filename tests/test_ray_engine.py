"""``naba ingest --engine ray`` on a local Ray with 2 CPUs: the same records as a plain ingest.

Skipped when Ray Data is not installed (the optional extra ``naba[ray]``).
"""

import json

import pytest

ray = pytest.importorskip("ray")
pytest.importorskip("ray.data")

import duckdb  # noqa: E402
from typer.testing import CliRunner  # noqa: E402

from conftest import SEED_DIR  # noqa: E402
from pipeline import engine_ray, store  # noqa: E402
from pipeline.cli import app  # noqa: E402

runner = CliRunner()

ARTICLES = [
    {"text": "أعلنت شركة أرامكو السعودية عن أرباح قياسية. وقال الرئيس التنفيذي أمين الناصر إن الشركة ستوسع استثماراتها.", "title": "أرامكو", "published": "2025-03-01"},
    {"text": "وقّعت شركة ميتا (Meta) اتفاقية مع إنفيديا لتطوير رقائق جديدة بقيمة 2 مليار دولار في العام المقبل."},
    {"text": "قال وزير المالية المصري إن التضخم تراجع إلى 12% في يناير الماضي، بحسب ما نقلت وكالة رويترز.", "published": "2025-02-10"},
]


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    lines.insert(1, "{not json")  # a bad line is reported in its place, the others go in
    (folder / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "seed.txt").write_text(next(SEED_DIR.glob("*.txt")).read_text(encoding="utf-8"), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def plain(corpus, tmp_path_factory):
    """A plain ``naba ingest`` of the corpus: (database path, CLI result)."""
    db = str(tmp_path_factory.mktemp("plain") / "plain.duckdb")
    return db, runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q"])


def _records(db):
    return [r.model_dump() for r in store.iter_records(db)]


def test_ray_ingest_stores_the_records_of_a_plain_ingest(local_ray, corpus, plain, tmp_path):
    (plain, r1), on_ray = plain, str(tmp_path / "ray.duckdb")
    r2 = runner.invoke(app, ["ingest", str(corpus), "--db", on_ray, "-q", "--engine", "ray", "--jobs", "2"])
    assert r1.exit_code == r2.exit_code == 1  # the bad line
    assert r1.stdout == r2.stdout.replace(on_ray, plain)
    assert r1.stderr == r2.stderr and "news.jsonl:2: " in r2.stderr
    a, b = _records(plain), _records(on_ray)
    assert len(a) == 4 and a == b
    con = duckdb.connect(on_ray, read_only=True)
    assert con.execute("SELECT count(*) FROM entities").fetchone()[0] > 0


def test_ray_writes_every_table_as_parquet_with_the_database_columns(local_ray, corpus, plain, tmp_path):
    plain = plain[0]
    out = tmp_path / "parquet"
    summary = engine_ray.write_parquet([str(corpus)], str(out), jobs=2)
    assert summary.articles == 4 and len(summary.failures) == 1
    con = duckdb.connect(plain, read_only=True)
    for table in ("articles", "sentences", "mentions", "quotes", "dates", "amounts"):
        derived = store.DERIVED.get(table, {})
        db_cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
        pq = duckdb.sql(f"SELECT * FROM read_parquet('{out}/{table}/*.parquet')")
        assert pq.columns == [c for c in db_cols if c not in derived], table
        assert summary.rows[table] == con.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table
        for name, sql in derived.items():  # the sentence keys the database computes, computed over Parquet
            keys = sorted(r[0] for r in duckdb.sql(f"SELECT {sql} FROM read_parquet('{out}/{table}/*.parquet')").fetchall())
            assert keys == sorted(r[0] for r in con.execute(f"SELECT {name} FROM {table}").fetchall()), (table, name)
    stored = sorted(store.stored_record(*r).model_dump_json() for r in con.execute("SELECT record, key_map FROM articles").fetchall())
    written = sorted(store.stored_record(*r).model_dump_json() for r in duckdb.sql(f"SELECT record, key_map FROM read_parquet('{out}/articles/*.parquet')").fetchall())
    assert stored == written


def test_parquet_written_on_ray_loads_into_the_database_a_plain_ingest_builds(local_ray, corpus, plain, tmp_path):
    from test_store import database_tables

    plain = plain[0]
    out = tmp_path / "parquet"
    engine_ray.write_parquet([str(corpus)], str(out), jobs=2)
    for table in ("entities", "aliases"):  # the article that gave each row comes first
        assert duckdb.sql(f"SELECT * FROM read_parquet('{out}/{table}/*.parquet')").columns[0] == "article_id"
    loaded = str(tmp_path / "loaded.duckdb")
    r = runner.invoke(app, ["load", str(out), "--db", loaded])
    assert r.exit_code == 0, r.output
    assert "4 records loaded, 0 unchanged; 0 failed" in r.stdout
    assert database_tables(loaded) == database_tables(plain)
