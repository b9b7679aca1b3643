"""Records as Parquet tables, and the bulk load of such tables into the database (``naba load DIR``).

``naba ingest --engine ray --output DIR`` writes every table under ``DIR/<table>/*.parquet`` with
the database's columns (:func:`write_tables` does the same on one machine), less the sentence
keys the database computes as rows go in (:data:`pipeline.store.DERIVED`; the load computes them).
``entities`` and ``aliases`` carry one more column, ``article_id``, first: the article that gave the row.

:func:`load_parquet` loads such a folder into the database in one transaction, in DuckDB: the
rows go from the Parquet files into the tables with ``INSERT … SELECT``, without passing through
Python. Only the entity merge runs in Python, on a stream of the rows that can change it (the
entity rows of keys the database does not hold, the first row of each spelling looked up): its
memory grows with the distinct new keys and spellings, not with the articles.

* **Order.** The folder's order is its files' names, then the rows in each file (Ray numbers its
  files in the dataset's order, which is the input order). An article's place is that of its
  first row in ``articles/``.
* Articles whose id the database holds are skipped, with all their rows; an article written
  more than once in the folder is loaded once. Of several versions of one source (different
  ids) only the last is loaded, and it replaces a stored article from that source, as
  ``naba ingest`` does.
* **Entity merge:** the one of :meth:`pipeline.store.Store.add`, as if the folder were one batch,
  article by article in the folder's order. A key not stored yet (in the database or an earlier
  article) one of whose spellings is owned by another key of its label (a stored alias, the most
  mentioned first, or a spelling of an earlier article's entity) joins that key. Mentions, quote
  speakers and relations take the merged keys (relations that become self-links or repeats are
  dropped), ``articles.key_map`` records each article's changed keys, and alias counts add up.
  Entities keep the first article's name, and the first latin, org_type and role given; a stored
  entity keeps its values and gets those it lacks.
* So a folder loads into the database that ``Store.add`` builds from the same records in one
  batch (tested table for table); ``naba ingest``'s batches of 256 can differ from it only where
  a merge depends on the batch boundaries (stored aliases are ranked by their counts). One
  difference remains: an entity's Latin name that its article does not write (a lexicon's) owns
  its spelling for the articles after it here, as it does in ``naba ingest`` only from the next
  batch on (through the stored aliases): the Parquet rows do not say which spellings are those.
* Anything wrong in the folder (a missing column, a file that is not Parquet, a value a column
  refuses) is a one-line :class:`~pipeline.errors.StoreError`, and the transaction is rolled
  back: the database is as it was.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Optional

from pipeline.errors import StoreError
from pipeline.store import DERIVED, TABLES, AddResult, Store, _spelling_keys, insert_sql, record_columns
from schemas import ArticleRecord

__all__ = ["KEYED", "parquet_schemas", "record_tables", "write_tables", "is_parquet_folder", "load_parquet"]

KEYED = ("entities", "aliases")  # tables written with an article_id column first
_PER_ARTICLE_PLAIN = ("sentences", "dates", "amounts")  # no entity keys in them


@functools.lru_cache(maxsize=1)
def parquet_schemas() -> dict[str, Any]:
    """The Arrow schema of every table as written to Parquet: the database's columns and types
    (from the DDL) but the derived sentence keys, with ``article_id`` first in :data:`KEYED` tables."""
    import pyarrow as pa

    def columns(t: str) -> str:
        return f"* EXCLUDE ({', '.join(DERIVED[t])})" if t in DERIVED else "*"

    with Store(":memory:") as st:
        schemas = {t: st.con.sql(f"SELECT {columns(t)} FROM {t} LIMIT 0").to_arrow_table().schema for t in TABLES}
    for t in KEYED:
        schemas[t] = pa.schema([pa.field("article_id", pa.string(), nullable=False), *schemas[t]])
    return schemas


def record_tables(records: Iterable[ArticleRecord], ingested_at: dt.datetime, tables: Iterable[str] = TABLES) -> dict[str, Any]:
    """The rows ``records`` add to each of ``tables``, as Arrow tables with :func:`parquet_schemas`
    (each record's rows built once, by :func:`pipeline.store.record_columns`)."""
    import pyarrow as pa

    schemas = parquet_schemas()
    tables = tuple(tables)
    cols: dict[str, dict[str, list]] = {t: {name: [] for name in schemas[t].names} for t in tables}
    for rec in records:
        built = record_columns(rec).tables
        built["articles"]["ingested_at"] = [ingested_at]
        for t in tables:
            part, out = built[t], cols[t]
            if t in KEYED:
                out["article_id"].extend([rec.article.id] * len(next(iter(part.values()))))
            for name, values in part.items():
                out[name].extend(values)
    return {t: pa.Table.from_pydict(cols[t], schema=schemas[t]) for t in tables}


def write_tables(records: list[ArticleRecord], folder: str, ingested_at: Optional[dt.datetime] = None, part_size: int = 1000) -> dict[str, int]:
    """Write the records' tables as ``folder/<table>/part-NNNNN.parquet``, ``part_size`` articles
    a file (what the Ray engine writes, on one machine); rows per table."""
    import pyarrow.parquet as pq

    now = ingested_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    counts = dict.fromkeys(TABLES, 0)
    for t in TABLES:
        os.makedirs(os.path.join(folder, t), exist_ok=True)
    for i in range(0, max(len(records), 1), part_size):
        for t, rows in record_tables(records[i : i + part_size], now).items():
            pq.write_table(rows, os.path.join(folder, t, f"part-{i // part_size:05d}.parquet"))
            counts[t] += rows.num_rows
    return counts


def is_parquet_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder of naba Parquet tables (it has ``articles/``)."""
    return Path(path).is_dir() and (Path(path) / "articles").is_dir()


def _source(folder: Path, table: str, numbered: bool = False) -> Optional[str]:
    """The DuckDB table function reading ``folder/<table>``'s Parquet files in name order (with
    ``file_row_number`` when ``numbered``); None when it has none."""
    files = sorted((folder / table).glob("**/*.parquet")) if (folder / table).is_dir() else []
    if not files:
        return None
    names = ", ".join("'" + str(f).replace("'", "''") + "'" for f in files)
    return f"read_parquet([{names}]{', file_row_number = true' if numbered else ''})"


def load_parquet(st: Store, folder: str | Path) -> AddResult:
    """Load a folder of naba Parquet tables into ``st``'s database in one transaction."""
    import duckdb

    folder = Path(folder)
    if not is_parquet_folder(folder):
        raise StoreError(f"{folder}: not a folder of naba Parquet tables (no articles/ in it)")
    if st._json_records:
        raise StoreError(f"{st.path}: this database keeps records as JSON (an older naba); load Parquet into a new database")
    src = {t: _source(folder, t) for t in TABLES}
    src.update({f"{t}#": _source(folder, t, numbered=True) for t in TABLES})  # the same, rows numbered
    if src["articles"] is None:
        raise StoreError(f"{folder}: articles/ holds no Parquet files")
    con = st.con
    _check_columns(con, folder, src)
    con.execute("BEGIN TRANSACTION")
    try:
        result = _load(st, src)
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"{folder}: cannot load ({str(exc).splitlines()[0]})") from exc
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in ("_b_new", "_b_last", "_b_remap", "_b_keymap", "_b_ents", "_b_aliases"):
            con.execute(f"DROP TABLE IF EXISTS {name}")
    return result


def _check_columns(con: Any, folder: Path, src: dict[str, Optional[str]]) -> None:
    """Every table's files have the columns naba writes (a one-line StoreError names the first gap)."""
    import duckdb

    for table in TABLES:
        if src[table] is None:
            continue
        expected = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall() if row[0] not in DERIVED.get(table, ())]
        if table in KEYED:
            expected.insert(0, "article_id")
        try:
            have = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {src[table]}").fetchall()}
        except duckdb.Error as exc:
            raise StoreError(f"{folder}/{table}: cannot read ({str(exc).splitlines()[0]})") from exc
        missing = [name for name in expected if name not in have]
        if missing:
            raise StoreError(f"{folder}/{table}: missing column {', '.join(missing)} (not written by naba?)")


def _rows_of(src: dict[str, Optional[str]], table: str, dup: bool) -> str:
    """The rows of ``table`` in the folder that belong to the articles being loaded (the same
    article's rows once, however often it was written)."""
    sql = f"SELECT * FROM {src[table]} WHERE article_id IN (SELECT id FROM _b_new)"
    return f"SELECT DISTINCT * FROM ({sql})" if dup else sql


def _ordered(src: dict[str, Optional[str]], table: str, columns: str, dup: bool = False, unique: str = "") -> str:
    """``columns`` of the rows of ``table`` for the articles being loaded, with ``pos`` (the
    article's place in the folder), ``fidx`` and ``frn`` (the row's file and place in it); when
    an article was written more than once, one row per ``unique`` columns (the first)."""
    reader = src[f"{table}#"]
    sql = f"""SELECT {columns}, o.pos, t.file_index AS fidx, t.file_row_number AS frn
              FROM {reader} t JOIN _b_new o ON o.id = t.article_id"""
    if dup and unique:
        sql += f" QUALIFY row_number() OVER (PARTITION BY {unique} ORDER BY t.file_index, t.file_row_number) = 1"
    return sql


def _temp_table(con: Any, name: str, columns: dict[str, list], types: dict[str, Any]) -> None:
    import pyarrow as pa

    con.register(f"{name}_rows", pa.table({c: pa.array(v, types[c]) for c, v in columns.items()}))
    try:
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM {name}_rows")
    finally:
        con.unregister(f"{name}_rows")


def _load(st: Store, src: dict[str, Optional[str]]) -> AddResult:
    con = st.con
    result = AddResult()
    # The articles to load: ids the database does not hold, each once, at the place of its first
    # row in the folder (files by name, then rows: the input order). Of several versions of one
    # source in the folder, only the last is loaded.
    reader = src["articles#"]
    con.execute(
        f"""CREATE TEMP TABLE _b_new AS
            SELECT id, count(*) AS n, any_value(source) AS source, min((file_index, file_row_number)) AS first,
                   max((file_index, file_row_number)) AS last
            FROM {reader} GROUP BY id"""
    )
    total = con.execute("SELECT sum(n) FROM _b_new").fetchone()[0] or 0
    con.execute(
        """DELETE FROM _b_new WHERE id IN (SELECT id FROM articles) OR id IN (
               SELECT id FROM _b_new WHERE source IS NOT NULL QUALIFY row_number() OVER (PARTITION BY source ORDER BY last DESC) > 1)"""
    )
    con.execute("ALTER TABLE _b_new ADD COLUMN pos BIGINT")
    con.execute("UPDATE _b_new SET pos = r.pos FROM (SELECT id, row_number() OVER (ORDER BY first) AS pos FROM _b_new) r WHERE _b_new.id = r.id")
    new, dup = con.execute("SELECT count(*), coalesce(max(n), 0) > 1 FROM _b_new").fetchone()
    result.added, result.skipped = new, total - new
    if not new:
        return result
    sources = [r[0] for r in con.execute("SELECT source FROM _b_new WHERE source IS NOT NULL ORDER BY pos").fetchall()]
    result.replaced = st.remove_sources(sources)

    import pyarrow as pa

    remap = _merge(st, src)  # (article id, key) → the key it joins
    _temp_table(con, "_b_remap", {
        "article_id": [a for a, _ in remap], "key": [k for _, k in remap], "owner": list(remap.values()),
    }, {"article_id": pa.string(), "key": pa.string(), "owner": pa.string()})
    keymap: dict[str, dict[str, str]] = defaultdict(dict)
    for (aid, key), owner in remap.items():
        keymap[aid][key] = owner
    _temp_table(con, "_b_keymap", {
        "id": list(keymap), "key_map": [json.dumps(m, ensure_ascii=False, sort_keys=True) for m in keymap.values()],
    }, {"id": pa.string(), "key_map": pa.string()})

    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    con.execute(
        f"""INSERT INTO articles BY NAME
            SELECT a.* EXCLUDE (file_row_number) REPLACE (?::TIMESTAMP AS ingested_at, k.key_map AS key_map)
            FROM {reader} a JOIN _b_new n ON n.id = a.id AND n.first = (a.file_index, a.file_row_number)
            LEFT JOIN _b_keymap k ON k.id = a.id""",
        [now],
    )
    for t in _PER_ARTICLE_PLAIN:
        if src[t]:
            con.execute(insert_sql(t, _rows_of(src, t, dup)))

    def joined(alias: str, column: str, name: str) -> str:
        return f"LEFT JOIN _b_remap {name} ON {name}.article_id = {alias}.article_id AND {name}.key = {alias}.{column}"

    if src["mentions"]:
        con.execute(
            insert_sql("mentions", f"""SELECT m.* REPLACE (coalesce(r.owner, m.entity_key) AS entity_key)
                FROM ({_rows_of(src, 'mentions', dup)}) m {joined('m', 'entity_key', 'r')}""")
        )
    if src["quotes"]:
        con.execute(
            insert_sql("quotes", f"""SELECT q.* REPLACE (coalesce(r.owner, q.speaker_key) AS speaker_key)
                FROM ({_rows_of(src, 'quotes', dup)}) q {joined('q', 'speaker_key', 'r')}""")
        )
    if src["relations"]:
        # A relation whose ends became one entity is dropped, and so is one that became a repeat
        # of an earlier relation of its article (as the merge of a record drops them).
        con.execute(
            f"""INSERT INTO relations BY NAME
                SELECT * EXCLUDE (pos, fidx, frn, remapped) FROM (
                    SELECT x.* REPLACE (coalesce(s.owner, x.subject_key) AS subject_key, coalesce(o.owner, x.object_key) AS object_key),
                           s.owner IS NOT NULL OR o.owner IS NOT NULL AS remapped
                    FROM ({_ordered(src, 'relations', 't.* EXCLUDE (file_row_number)', dup, 't.article_id, t.subject_key, t.predicate, t.object_key, t.attribute, t.evidence_start, t.evidence_end')}) x
                    {joined('x', 'subject_key', 's')} {joined('x', 'object_key', 'o')})
                WHERE subject_key <> object_key
                QUALIFY NOT bool_or(remapped) OVER (PARTITION BY article_id)
                     OR row_number() OVER (PARTITION BY article_id, subject_key, predicate, object_key ORDER BY fidx, frn) = 1"""
        )
    if src["entities"]:
        _load_entities(con, src, dup)
    if src["aliases"]:
        con.execute(
            f"""CREATE TEMP TABLE _b_aliases AS
                SELECT coalesce(r.owner, a.entity_key) AS entity_key, a.alias, min(a.alias_key) AS alias_key, sum(a.count)::INTEGER AS count
                FROM ({_rows_of(src, 'aliases', dup)}) a {joined('a', 'entity_key', 'r')}
                GROUP BY ALL"""
        )
        con.execute(
            """UPDATE aliases SET count = aliases.count + b.count FROM _b_aliases b
               WHERE aliases.entity_key = b.entity_key AND aliases.alias = b.alias"""
        )
        con.execute("INSERT INTO aliases BY NAME SELECT b.* FROM _b_aliases b ANTI JOIN aliases a ON a.entity_key = b.entity_key AND a.alias = b.alias")
    return result


def _load_entities(con: Any, src: dict[str, Optional[str]], dup: bool) -> None:
    """Insert the folder's entities under their merged keys (name: the first article's; latin,
    org_type, role: the first given, as Store.add keeps them); fill stored entities' empty values."""
    first = "(x.pos, x.fidx, x.frn)"
    con.execute(
        f"""CREATE TEMP TABLE _b_ents AS
            SELECT coalesce(r.owner, x.key) AS key, any_value(x.label) AS label, arg_min(x.name, {first}) AS name,
                   arg_min(x.latin, {first}) FILTER (WHERE x.latin IS NOT NULL) AS latin,
                   arg_min(x.org_type, {first}) FILTER (WHERE x.org_type IS NOT NULL) AS org_type,
                   arg_min(x.role, {first}) FILTER (WHERE x.role IS NOT NULL) AS role
            FROM ({_ordered(src, 'entities', 't.* EXCLUDE (file_row_number)', dup, 't.article_id, t.key')}) x
            LEFT JOIN _b_remap r ON r.article_id = x.article_id AND r.key = x.key
            GROUP BY 1"""
    )
    con.execute(
        """UPDATE entities SET latin = coalesce(entities.latin, b.latin), org_type = coalesce(entities.org_type, b.org_type),
                  role = coalesce(entities.role, b.role)
           FROM _b_ents b WHERE entities.key = b.key AND (b.latin IS NOT NULL OR b.org_type IS NOT NULL OR b.role IS NOT NULL)"""
    )
    con.execute("INSERT INTO entities BY NAME SELECT b.* FROM _b_ents b ANTI JOIN entities e ON e.key = b.key")


def _merge(st: Store, src: dict[str, Optional[str]]) -> dict[tuple[str, str], str]:
    """The entity merge of :meth:`Store.add`, article by article in the folder's order: an
    entity key not stored yet (in the database or an earlier article) one of whose spellings is
    owned by another key of its label joins that key. Returns (article id, key) → the key it joins.

    Python holds one entry per distinct new key and per spelling looked up; the rows come as
    one ordered stream."""
    con = st.con
    if not src["entities"] or not src["aliases"]:
        return {}
    # New keys (not stored) are looked up under the spellings of the last article that gives
    # them, as Store.add looks up the keys of a batch.
    con.execute(
        f"""CREATE TEMP TABLE _b_last AS
            SELECT key, any_value(label) AS label, arg_max(article_id, pos) AS article_id
            FROM ({_ordered(src, 'entities', 't.key, t.label, t.article_id')}) ANTI JOIN entities USING (key) GROUP BY key"""
    )
    candidates: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for key, label, alias in con.execute(
        f"""SELECT l.key, l.label, a.alias FROM _b_last l
            LEFT JOIN ({_ordered(src, 'aliases', 't.article_id, t.entity_key, t.alias')}) a ON a.article_id = l.article_id AND a.entity_key = l.key
            ORDER BY l.key, a.fidx, a.frn"""
    ).fetchall():
        labels[key] = label
        found = candidates.setdefault(key, [])
        if alias is not None:
            found.extend(_spelling_keys(label, alias)[1])
    new_keys = set(candidates)
    if not new_keys:
        return {}
    wanted = sorted({c for cs in candidates.values() for c in cs})
    alias_owner: dict[tuple[str, str], str] = {}
    for key, label, alias_key in con.execute(
        """SELECT a.entity_key, e.label, a.alias_key FROM aliases a JOIN entities e ON e.key = a.entity_key
           WHERE a.alias_key IN (SELECT unnest(?::VARCHAR[])) ORDER BY a.count DESC, a.entity_key""",
        [wanted],
    ).fetchall():
        alias_owner.setdefault((label, alias_key), key)

    # Article by article: the entities' decisions, then the spellings they own from then on (only
    # those some new key looks up matter). One stream: each article's entity rows, then its alias rows.
    remap: dict[tuple[str, str], str] = {}
    seen: set[str] = set()  # new keys stored by an earlier article
    # Only new keys' rows make decisions, and only the first row of a spelling's alias key can
    # give it an owner (the first owner stays).
    cur = con.execute(
        f"""SELECT 0 AS kind, article_id, key, label, pos, fidx, frn
            FROM ({_ordered(src, 'entities', 't.article_id, t.key, t.label')}) SEMI JOIN _b_last USING (key)
            UNION ALL
            SELECT 1, article_id, entity_key, alias_key, pos, fidx, frn
            FROM ({_ordered(src, 'aliases', 't.article_id, t.entity_key, t.alias_key')}) WHERE alias_key IN (SELECT unnest(?::VARCHAR[]))
            QUALIFY row_number() OVER (PARTITION BY alias_key ORDER BY pos, fidx, frn) = 1
            ORDER BY pos, kind, fidx, frn""",
        [wanted],
    )

    def article(rows: list[tuple]) -> None:
        aid, moved, label_of = rows[0][1], {}, {}
        for kind, _, key, label, *_ in rows:
            if kind:
                break
            label_of[key] = label
            if key in new_keys and key not in seen:
                owner = next((alias_owner[(label, c)] for c in candidates[key] if (label, c) in alias_owner), None)
                if owner and owner != key:
                    moved[key] = owner
        seen.update(moved.get(k, k) for k in label_of)
        for kind, _, key, alias_key, *_ in rows:
            if kind:  # an alias key's label is its prefix (canon.entity_key)
                alias_owner.setdefault((alias_key.split(":", 1)[0], alias_key), moved.get(key, key))
        remap.update({(aid, k): v for k, v in moved.items()})

    rows: list[tuple] = []
    while batch := cur.fetchmany(10_000):
        for row in batch:
            if rows and row[1] != rows[0][1]:
                article(rows)
                rows = []
            rows.append(row)
    if rows:
        article(rows)
    return remap
