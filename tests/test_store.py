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


def test_records_are_stored_compressed_and_read_back_whole(db, seed_text):
    rec = extract(seed_text)
    with store.Store(db) as st:
        st.add([rec])
    (value,) = store.read_only_query(db, "SELECT record FROM articles")[1][0]
    raw = rec.model_dump_json().encode()
    assert isinstance(value, bytes) and len(value) < len(raw) / 2
    # one standard zstd frame (magic number, declared content size), as `zstd -d` reads it
    assert value[:4] == b"\x28\xb5\x2f\xfd" and store._frame_content_size(value) == len(raw)
    assert store.unpack_record(value) == rec.model_dump_json()
    assert [r.model_dump() for r in store.iter_records(db)] == [rec.model_dump()]


def test_records_stored_zlib_compressed_by_earlier_versions_still_read(db, seed_text):
    import zlib

    rec = extract(seed_text)
    with store.Store(db) as st:
        st.add([rec])
    con = duckdb.connect(db)
    con.execute("UPDATE articles SET record = ?", [zlib.compress(rec.model_dump_json().encode(), 1)])
    con.close()
    assert [r.model_dump() for r in store.iter_records(db)] == [rec.model_dump()]


def test_a_database_with_json_records_is_still_read_and_written(db, seed_text):
    """Databases written before records were compressed keep their ``record JSON`` column."""
    con = duckdb.connect(db)
    con.execute(store.SCHEMA_SQL.read_text(encoding="utf-8").replace("record      BLOB NOT NULL", "record JSON NOT NULL"))
    con.close()
    old, new = extract(A1), extract(A2)
    with store.Store(db) as st:
        st.add([old])
        st.add([new])
    assert _count(db, "SELECT count(*) FROM articles WHERE json_array_length(record -> 'mentions') > 0") == 2
    assert sorted(r.article.id for r in store.iter_records(db)) == sorted((old.article.id, new.article.id))
    assert {r.article.id: r.model_dump() for r in store.iter_records(db)}[old.article.id] == old.model_dump()


def _misjoined(db: str) -> int:
    """Mentions and quotes whose sentence_key is not the key of their own sentence."""
    return sum(
        _count(db, f"""SELECT count(*) FROM {t} x LEFT JOIN sentences s ON s.key = x.sentence_key
                       WHERE s.article_id IS DISTINCT FROM x.article_id OR s.idx IS DISTINCT FROM x.sentence""")
        for t in ("mentions", "quotes")
    )


def test_mentions_and_quotes_join_their_sentence_by_key(db, seed_text):
    rec, other = extract(seed_text), extract(A1)
    with store.Store(db) as st:
        st.add([rec, other])
    assert _count(db, "SELECT count(DISTINCT key) FROM sentences") == len(rec.sentences) + len(other.sentences)
    assert _count(db, "SELECT count(*) FROM quotes") >= 4 and _misjoined(db) == 0
    # the article id read as a 64-bit number, times 2^32, plus the index
    assert _count(db, "SELECT key FROM sentences WHERE article_id = ? AND idx = 3", [rec.article.id]) == (int(rec.article.id, 16) << 32) + 3


def test_a_mention_sentence_join_looks_sentences_up_by_index(db, seed_text):
    """naba's connections hand a join's few keys to the sentence scan as a list, which the key's
    index answers (a plain DuckDB connection reads every sentence instead)."""
    from pipeline.run import article_id

    base = extract(seed_text)
    copies = []
    for i in range(40):  # 40 articles (a line added to each): over 50 sentences with Meta in them
        text = f"{base.article.text}\n({i})"
        copies.append(base.model_copy(update={"article": base.article.model_copy(update={"text": text, "id": article_id(text)})}))
    with store.Store(db) as st:
        st.add(copies)
    sql = "EXPLAIN ANALYZE SELECT s.text FROM mentions m JOIN sentences s ON s.key = m.sentence_key WHERE m.text = 'ميتا'"
    assert _count(db, sql.replace("EXPLAIN ANALYZE SELECT s.text", "SELECT count(DISTINCT s.key)")) > 50
    plan = store.read_only_query(db, sql)[1][0][1]
    assert "Index Scan" in plan
    con = duckdb.connect(db, read_only=True)
    try:
        assert "Index Scan" not in con.execute(sql).fetchall()[0][1]
    finally:
        con.close()


def test_a_database_written_before_sentence_keys_gets_them(db, seed_text):
    ddl = store.SCHEMA_SQL.read_text(encoding="utf-8")
    for line in [ln for ln in ddl.splitlines() if "HUGEINT" in ln]:
        ddl = ddl.replace(line + "\n", "")
    ddl = ddl.replace("text       VARCHAR NOT NULL,\n                                       --", "text VARCHAR NOT NULL, PRIMARY KEY (article_id, idx)\n--")
    ddl = ddl.replace("sentence   INTEGER NOT NULL,", "sentence INTEGER NOT NULL").replace("sentence      INTEGER NOT NULL,", "sentence INTEGER NOT NULL")
    con = duckdb.connect(db)
    con.execute(ddl)
    assert "key" not in [r[0] for r in con.execute("DESCRIBE sentences").fetchall()]
    rec = extract(seed_text)
    for table, rows in store.record_rows(rec).items():
        if table not in ("entities", "aliases") and rows:
            con.executemany(f"INSERT INTO {table} BY NAME SELECT {', '.join(f'? AS {c}' for c in rows[0])}", [list(r.values()) for r in rows])
    con.close()
    with pytest.raises(QueryError, match="written before sentence keys: any `naba ingest`"):
        store.read_only_query(db, "SELECT m.text, s.text FROM mentions m JOIN sentences s ON s.key = m.sentence_key")
    with store.Store(db) as st:
        st.add([extract(A1)])
    assert _count(db, "SELECT count(*) FROM sentences WHERE key IS NULL") == 0 and _misjoined(db) == 0
    assert _count(db, "SELECT count(DISTINCT article_id) FROM mentions") == 2
    with pytest.raises(duckdb.ConstraintException):  # the key is indexed, unique
        con = duckdb.connect(db)
        try:
            con.execute("INSERT INTO sentences SELECT * REPLACE (idx + 1000 AS idx) FROM sentences LIMIT 1")
        finally:
            con.close()


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


def test_a_replaced_version_takes_back_all_it_added_to_the_aliases(tmp_path):
    """A spelling no mention of the article uses (NVIDIA, the Latin name of انفيديا) counts 1 for
    it; replacing the article takes that back too: the aliases are those of the new version alone."""
    old = extract_article(make_article(A2, source="x/1"))
    new = extract_article(make_article(A2 + "\nوتابع.", source="x/1"))
    assert ("ORG:nvidia", "NVIDIA") in {(e.key, e.latin) for e in old.entities}
    replaced, alone = str(tmp_path / "replaced.duckdb"), str(tmp_path / "alone.duckdb")
    with store.Store(replaced) as st:
        st.add([old])
        st.add([new])
    with store.Store(alone) as st:
        st.add([new])
    sql = "SELECT entity_key, alias, count FROM aliases ORDER BY ALL"
    assert store.read_only_query(replaced, sql)[1] == store.read_only_query(alone, sql)[1]
    assert ("ORG:nvidia", "NVIDIA", 1) in store.read_only_query(replaced, sql)[1]


def test_a_failing_batch_leaves_the_database_as_it_was(db, seed_text, monkeypatch):
    with store.Store(db) as st:
        st.add([extract(A1)])
        before = st.counts()

        def boom(*args):
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


# --- the stored database is the one the first implementation of Store.add stored --------------------

import datetime as _dt  # noqa: E402
import json as _json  # noqa: E402
from collections import Counter as _Counter  # noqa: E402
from pathlib import Path as _Path  # noqa: E402

import pyarrow as _pa  # noqa: E402

from pipeline import canon as _canon  # noqa: E402
from pipeline.normalize import count_words as _count_words  # noqa: E402
from schemas import ArticleRecord as _ArticleRecord, Span as _Span, article_id  # noqa: E402

_DEV = _Path(__file__).resolve().parent / "golden" / "dev_passages.json"
_SEEDS = _Path(__file__).resolve().parent.parent / "seeds"


def _ref_flatten(record, prefix=""):
    row = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, _Span) and not prefix:
            row[name] = value.text
            row[f"{name}_start"] = value.start
            row[f"{name}_end"] = value.end
        elif value is None and name in ("speaker",):
            row[name], row[f"{name}_start"], row[f"{name}_end"] = None, None, None
        elif name in ("start", "end"):
            row[f"{name}_char"] = value
        else:
            row[name] = value
    return row


def _ref_record_rows(record, ingested_at):
    a = record.article
    aid = a.id
    rows = {t: [] for t in store.TABLES}
    art = a.model_dump()
    art.update(n_words=_count_words(a.text), ingested_at=ingested_at, record=store.pack_record(record), key_map=None)
    rows["articles"].append(art)
    for s in record.sentences:
        r = _ref_flatten(s)
        r["idx"] = r.pop("index")
        rows["sentences"].append({"article_id": aid, **r})
    for m in record.mentions:
        rows["mentions"].append({"article_id": aid, **_ref_flatten(m)})
    for i, q in enumerate(record.quotes):
        rows["quotes"].append({"article_id": aid, "idx": i, **_ref_flatten(q)})
    for r in record.relations:
        rows["relations"].append({"article_id": aid, **_ref_flatten(r)})
    for d in record.dates:
        rows["dates"].append({"article_id": aid, **_ref_flatten(d)})
    for x in record.amounts:
        rows["amounts"].append({"article_id": aid, **_ref_flatten(x)})
    counts = _Counter((m.entity_key, m.text) for m in record.mentions if m.entity_key)
    for e in record.entities:
        rows["entities"].append({k: v for k, v in e.model_dump().items() if k != "aliases"})
        for alias in dict.fromkeys([*e.aliases, *([e.latin] if e.latin else [])]):
            rows["aliases"].append(
                {"entity_key": e.key, "alias": alias, "alias_key": _canon.entity_key(e.label, alias, None), "count": counts.get((e.key, alias), 0) or 1}
            )
    return rows


def _ref_remap(rec, remap):
    data = rec.model_dump()
    merged = {}
    for e in data["entities"]:
        e["key"] = remap.get(e["key"], e["key"])
        if e["key"] in merged:
            cur = merged[e["key"]]
            cur["aliases"] = list(dict.fromkeys(cur["aliases"] + e["aliases"]))
            for k in ("latin", "org_type", "role"):
                cur[k] = cur[k] or e[k]
        else:
            merged[e["key"]] = e
    data["entities"] = list(merged.values())
    for m in data["mentions"]:
        if m["entity_key"]:
            m["entity_key"] = remap.get(m["entity_key"], m["entity_key"])
    for q in data["quotes"]:
        if q["speaker_key"]:
            q["speaker_key"] = remap.get(q["speaker_key"], q["speaker_key"])
    rels, seen = [], set()
    for r in data["relations"]:
        r["subject_key"] = remap.get(r["subject_key"], r["subject_key"])
        r["object_key"] = remap.get(r["object_key"], r["object_key"])
        t = (r["subject_key"], r["predicate"], r["object_key"])
        if r["subject_key"] != r["object_key"] and t not in seen:
            seen.add(t)
            rels.append(r)
    data["relations"] = rels
    return _ArticleRecord.model_validate(data)


class _ReferenceStore(store.Store):
    """Store.add as first written (row dicts through pydantic dumps, list_contains look-ups): the
    reference the faster implementation must match table for table."""

    remaps = 0

    def add(self, records):
        con = self.con
        ids = [r.article.id for r in records]
        con.execute("BEGIN TRANSACTION")
        try:
            known = {row[0] for row in con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids]).fetchall()}
            fresh, seen = [], set()
            for r in records:
                if r.article.id not in known and r.article.id not in seen:
                    seen.add(r.article.id)
                    fresh.append(r)
            if fresh:
                self._ref_remove_previous_versions(fresh)
                self._ref_insert(self._ref_merge_keys(fresh))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def _ref_remove_previous_versions(self, records):
        sources = [r.article.source for r in records if r.article.source]
        if not sources:
            return
        old = [row[0] for row in self.con.execute("SELECT id FROM articles WHERE list_contains(?, source)", [sources]).fetchall()]
        if not old:
            return
        # what the old articles added to each alias (a spelling no mention uses counted 1); the
        # first implementation subtracted their mentions, and left those ones behind
        added = {}
        for (rec,) in self.con.execute("SELECT record FROM articles WHERE list_contains(?, id)", [old]).fetchall():
            for a in _ref_record_rows(store.stored_record(rec), _dt.datetime(2026, 1, 1))["aliases"]:
                added[(a["entity_key"], a["alias"])] = added.get((a["entity_key"], a["alias"]), 0) + a["count"]
        for (key, alias), n in added.items():
            self.con.execute("UPDATE aliases SET count = count - ? WHERE entity_key = ? AND alias = ?", [n, key, alias])
        self.con.execute("DELETE FROM aliases WHERE count <= 0")
        for table in ("sentences", "mentions", "quotes", "relations", "dates", "amounts"):
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [old])
        self.con.execute("DELETE FROM articles WHERE list_contains(?, id)", [old])

    def _ref_merge_keys(self, records):
        wanted_keys = sorted({e.key for r in records for e in r.entities})
        candidates = {
            e.key: [k for alias in [*e.aliases, *([e.latin] if e.latin else [])] for k in sorted(_canon.alias_keys(alias, e.label))]
            for r in records for e in r.entities
        }
        wanted_alias_keys = sorted({k for ks in candidates.values() for k in ks})
        stored = {row[0] for row in self.con.execute("SELECT key FROM entities WHERE list_contains(?, key)", [wanted_keys]).fetchall()}
        alias_owner = {}
        for key, label, alias_key in self.con.execute(
            """SELECT a.entity_key, e.label, a.alias_key FROM aliases a JOIN entities e ON e.key = a.entity_key
               WHERE list_contains(?, a.alias_key) ORDER BY a.count DESC, a.entity_key""",
            [wanted_alias_keys],
        ).fetchall():
            alias_owner.setdefault((label, alias_key), key)
        out = []
        for rec in records:
            remap = {}
            for e in rec.entities:
                if e.key in stored:
                    continue
                owner = next((alias_owner[(e.label, k)] for k in candidates[e.key] if (e.label, k) in alias_owner), None)
                if owner and owner != e.key:
                    remap[e.key] = owner
            if remap:
                type(self).remaps += 1
            out.append(_ref_remap(rec, remap) if remap else rec)
            for e in out[-1].entities:
                stored.add(e.key)
                for alias in e.aliases:
                    alias_owner.setdefault((e.label, _canon.entity_key(e.label, alias, None)), e.key)
        return out

    def _ref_insert(self, records):
        now = _dt.datetime(2026, 1, 1)
        tables = {t: [] for t in store.TABLES}
        for rec in records:
            for t, rows in _ref_record_rows(rec, now).items():
                tables[t].extend(rows)
        con = self.con
        for t in ("articles", "sentences", "mentions", "quotes", "relations", "dates", "amounts"):
            if tables[t]:
                con.register("_naba_rows", _pa.Table.from_pylist(tables[t]))
                con.execute(store.insert_sql(t, "SELECT * FROM _naba_rows"))
                con.unregister("_naba_rows")
        if tables["entities"]:
            ents = {}
            for e in tables["entities"]:
                cur = ents.setdefault(e["key"], dict(e))
                for k in ("latin", "org_type", "role"):
                    cur[k] = cur[k] or e[k]
            con.register("_naba_rows", _pa.Table.from_pylist(list(ents.values())))
            con.execute(
                """INSERT INTO entities BY NAME SELECT * FROM _naba_rows
                   ON CONFLICT (key) DO UPDATE SET
                     latin = coalesce(entities.latin, excluded.latin),
                     org_type = coalesce(entities.org_type, excluded.org_type),
                     role = coalesce(entities.role, excluded.role)"""
            )
            con.unregister("_naba_rows")
        if tables["aliases"]:
            agg = {}
            for a in tables["aliases"]:
                cur = agg.setdefault((a["entity_key"], a["alias"]), {**a, "count": 0})
                cur["count"] += a["count"]
            con.register("_naba_rows", _pa.Table.from_pylist(list(agg.values())))
            con.execute(
                """INSERT INTO aliases BY NAME SELECT * FROM _naba_rows
                   ON CONFLICT (entity_key, alias) DO UPDATE SET count = aliases.count + excluded.count"""
            )
            con.unregister("_naba_rows")


def database_tables(path):
    """Every table of a database: its column names and types, and all its rows in a fixed order
    (``ingested_at``, the time of the load, left out)."""
    con = duckdb.connect(path, read_only=True)
    try:
        out = {}
        for t in store.TABLES:
            cols = con.execute(f"DESCRIBE {t}").fetchall()
            select = "* EXCLUDE (ingested_at)" if t == "articles" else "*"
            cur = con.execute(f"SELECT {select} FROM {t} ORDER BY ALL")
            rows = cur.fetchall()
            if t == "articles":  # the record an article stands for (its key map applied), as JSON
                names = [d[0] for d in cur.description]
                i, k = names.index("record"), names.index("key_map")
                rows = [
                    tuple(store.stored_record(r[i], r[k]).model_dump_json() if j == i else v for j, v in enumerate(r) if j != k)
                    for r in rows
                ]
            out[t] = ([c[:2] for c in cols], rows)
        return out
    finally:
        con.close()


def _corpus_records():
    """The seed and the dev passages, the same passages again under new ids (their entities now
    stored: keys merge across articles), NVIDIA spelt three ways, an article replaced by a new
    version from the same source, and repeats."""
    from pipeline.read import make_article

    texts = [(p.read_text(encoding="utf-8"), None, p.name) for p in sorted(_SEEDS.glob("*.txt"))]
    for d in _json.loads(_DEV.read_text(encoding="utf-8")):
        texts.append((d["text"], _dt.date.fromisoformat(d["published"]) if d.get("published") else None, f"dev/{d['id']}"))
    recs = [extract_article(make_article(t, source=s, published=p)) for t, p, s in texts]
    again = [extract_article(make_article(t + "\nانتهى.", source=f"{s}#2", published=p)) for t, p, s in texts[::2]]
    extra = [extract_article(make_article(t, source=f"x/{i}")) for i, t in enumerate((A1, A2, A1 + "\nوأضاف أن الإنتاج سيبدأ قريبا."))]
    extra.append(extract_article(make_article(A2 + "\nوتابع.", source="x/1")))  # replaces x/1
    # entities under keys of their own whose spellings are stored aliases: the merge remaps them
    rekeyed = []
    for i, rec in enumerate(recs[1::2]):
        keys = [e.key for e in rec.entities][i % 2 :: 2]
        text = rec.article.text + "\n" + "." * (i + 1)
        article = rec.article.model_copy(update={"text": text, "id": article_id(text), "source": f"rekeyed/{i}"})
        rekeyed.append(_ref_remap(rec, {k: k + "~" for k in keys}).model_copy(update={"article": article}))
    return recs + extra[:2] + again + rekeyed + extra[2:] + recs[:3]


def test_store_add_stores_what_the_first_implementation_stored(tmp_path):
    records = _corpus_records()
    dbs = {}
    for name, cls in (("new", store.Store), ("reference", _ReferenceStore)):
        dbs[name] = str(tmp_path / f"{name}.duckdb")
        with cls(dbs[name]) as st:
            for i in range(0, len(records), 5):
                st.add(records[i : i + 5])
    assert _ReferenceStore.remaps > 0  # the corpus exercises the cross-article merge
    new, ref = database_tables(dbs["new"]), database_tables(dbs["reference"])
    for t in store.TABLES:
        assert new[t][0] == ref[t][0], t
        assert len(new[t][1]) == len(ref[t][1]) and new[t][1] == ref[t][1], t
    assert all(new[t][1] for t in store.TABLES)


def test_remap_gives_the_record_validation_gives():
    records = _corpus_records()
    for rec in records:
        keys = [e.key for e in rec.entities]
        if len(keys) < 3:
            continue
        remap = {keys[0]: keys[1], keys[2]: "ORG:elsewhere"}
        assert store._remap(rec, remap).model_dump() == _ref_remap(rec, remap).model_dump()
        assert store._remap(rec, remap).model_dump_json() == _ref_remap(rec, remap).model_dump_json()
        # the rows patched after a remap are the rows built from the remapped record
        new = store._remap(rec, remap)
        patched, built = store._remapped_columns(new, store.record_columns(rec), remap), store.record_columns(new)
        assert {t: c for t, c in patched.tables.items() if t != "articles"} == {t: c for t, c in built.tables.items() if t != "articles"}
        assert (patched.candidates, patched.owner_keys) == (built.candidates, built.owner_keys)
        # the stored record stays the one extracted; its key map gives the remapped one back
        art = patched.tables["articles"]
        assert art["record"] == [store.pack_record(rec)]
        assert store.stored_record(art["record"][0], art["key_map"][0]).model_dump_json() == new.model_dump_json()


def test_record_rows_are_the_first_implementation_rows():
    now = _dt.datetime(2026, 1, 1)
    for rec in _corpus_records()[:6]:
        assert store.record_rows(rec, now) == _ref_record_rows(rec, now)
