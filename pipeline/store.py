"""DuckDB storage: bulk loads through Arrow, one transaction per batch, cross-article entity merge.

* The database is a file (default ``./naba.duckdb``; ``--db`` or ``NABA_DB`` override).
* An article's identity is the hash of its stored text: a batch skips articles already stored,
  so re-ingesting changes nothing. A changed article from the same source replaces the old
  version inside the same transaction (its mentions, quotes, relations … go with it).
* Entities merge across articles by canonical key; an incoming entity whose key is new but one of
  whose spellings is already an alias of a stored entity of the same label joins that entity.
* Every write happens inside ``BEGIN … COMMIT``; an error rolls the whole batch back, so a bad
  batch never leaves half an article behind.
* The writing connection's DuckDB memory is capped (256 MB; ``$NABA_DB_MEMORY``), so that the
  process stays the same size however large the database grows.
* Each article keeps its whole ArticleRecord in ``articles.record``, as extracted: JSON,
  compressed as a zstd frame (:func:`pack_record`; the uncompressed JSON was seven times the
  article's text and two fifths of the load's cost; records stored zlib-compressed by earlier
  versions still read). When the entity merge points some of its keys at stored
  entities, ``articles.key_map`` holds that mapping, and :func:`iter_records` (``naba export``)
  applies it: the record read back carries the keys the tables hold, and the load does not
  serialise and compress the record a second time. Databases written before keep their
  ``record JSON`` column and are read and written in that form (``key_map`` is added to them).
* Queries go through :func:`read_only_query`: a read-only connection with external access off,
  only SELECT-like statements, parameters bound by DuckDB.
* Every sentence has one number, ``sentences.key``, and the mentions and quotes in it carry it as
  ``sentence_key`` (:data:`DERIVED`: DuckDB computes them from ``article_id`` and the sentence
  index as rows go in; they are not in the records nor in Parquet output). Joined on it, the few
  sentences a query needs are found through the key's index instead of by reading every
  sentence's text (:data:`CONNECTION_CONFIG`).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import typing
import weakref
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence

from pipeline import canon
from pipeline.errors import QueryError, StoreError
from pipeline.normalize import count_words
from schemas import Amount, ArticleRecord, DateValue, Entity, Mention, Quote, Relation, Sentence, Span

if TYPE_CHECKING:
    import duckdb

# duckdb and pyarrow are imported where they are used: extraction workers build rows
# (record_columns) without loading either.

__all__ = [
    "DEFAULT_DB", "db_path", "Store", "AddResult", "read_only_query", "record_rows", "record_columns", "RecordRows",
    "attach_rows", "TABLES", "pack_record", "unpack_record", "stored_record", "DERIVED", "CONNECTION_CONFIG", "insert_sql",
]

DEFAULT_DB = "naba.duckdb"
DEFAULT_MEMORY_LIMIT = "256MB"  # the writer's DuckDB memory (``$NABA_DB_MEMORY`` overrides)
SCHEMA_SQL = Path(__file__).resolve().parent.parent / "schemas" / "schema.sql"
TABLES = ("articles", "sentences", "entities", "aliases", "mentions", "quotes", "relations", "dates", "amounts")
_PER_ARTICLE = ("sentences", "mentions", "quotes", "relations", "dates", "amounts")
_ALLOWED_STATEMENTS = {"SELECT", "EXPLAIN"}
_ENTITY_COLUMNS = tuple(f for f in Entity.model_fields if f != "aliases")
_ENTITY_COALESCED = tuple(_ENTITY_COLUMNS.index(k) for k in ("latin", "org_type", "role"))


def _sentence_key(idx: str) -> str:
    """SQL for the key of the sentence ``idx`` of the row's article: the article id (16 hex digits)
    as a 64-bit number, times 2^32, plus the index; one-to-one with (article_id, idx). An id that
    is not hexadecimal (not one naba makes) is hashed instead."""
    return f"((coalesce(TRY_CAST('0x' || article_id AS UBIGINT), hash(article_id))::HUGEINT << 32) + {idx})"


# Columns DuckDB computes from a row's other columns as it goes in (table → column → SQL).
DERIVED: dict[str, dict[str, str]] = {
    "sentences": {"key": _sentence_key("idx")},
    "mentions": {"sentence_key": _sentence_key("sentence")},
    "quotes": {"sentence_key": _sentence_key("sentence")},
}

# Settings of every connection naba opens. A hash join whose build side has up to this many
# distinct keys passes them to the other side's scan as an IN list (DuckDB's default is 50), which
# an indexed column answers by index lookups: Meta's 936 mentions with their sentence, on 30,000
# articles (793k sentences), read 936 sentences instead of all of them.
CONNECTION_CONFIG = {"dynamic_or_filter_threshold": 2048}


def insert_sql(table: str, rows: str) -> str:
    """``INSERT INTO table`` of the query ``rows`` (its columns by name), :data:`DERIVED` columns added."""
    extra = "".join(f", {sql} AS {name}" for name, sql in DERIVED.get(table, {}).items())
    return f"INSERT INTO {table} BY NAME SELECT *{extra} FROM ({rows})"


_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


@functools.lru_cache(maxsize=1)
def _zstd() -> Any:
    import pyarrow as pa

    return pa.Codec("zstd", compression_level=1)


def pack_record(record: ArticleRecord) -> bytes:
    """The value of ``articles.record``: the record's JSON as one standard zstd frame (level 1,
    through pyarrow; ``zstd -d`` reads it), about a fifth of the JSON's size: 15% smaller than
    zlib level 1, compressed at a third of its cost and decompressed three times as fast."""
    return _zstd().compress(record.model_dump_json().encode("utf-8"), asbytes=True)


def _frame_content_size(frame: bytes) -> int:
    """The decompressed size a zstd frame header declares (RFC 8878, 3.1.1.1)."""
    fhd = frame[4]
    fcs_flag, single = fhd >> 6, (fhd >> 5) & 1
    offset = 5 + (0 if single else 1) + (0, 1, 2, 4)[fhd & 3]
    size = (1 if single else 0, 2, 4, 8)[fcs_flag]
    if not size:
        raise StoreError("a stored record's zstd frame does not declare its size")
    value = int.from_bytes(frame[offset : offset + size], "little")
    return value + 256 if size == 2 else value


def unpack_record(value: bytes | str) -> str:
    """The record JSON stored in ``articles.record``: a zstd frame; zlib in a database written
    before; plain JSON in one written before records were compressed."""
    if isinstance(value, str):
        return value
    if value[:4] == _ZSTD_MAGIC:
        return _zstd().decompress(value, decompressed_size=_frame_content_size(value), asbytes=True).decode("utf-8")
    return zlib.decompress(value).decode("utf-8")


def stored_record(record: bytes | str, key_map: Optional[str] = None) -> ArticleRecord:
    """The ArticleRecord an ``articles`` row stands for: its ``record`` with its ``key_map`` applied."""
    rec = ArticleRecord.model_validate_json(unpack_record(record))
    return _remap(rec, json.loads(key_map)) if key_map else rec


def db_path(option: Optional[str] = None) -> str:
    """The database file: the option if given, else $NABA_DB, else ./naba.duckdb."""
    return option or os.environ.get("NABA_DB") or DEFAULT_DB


_PLANS: dict[type, tuple[tuple[str, str, Optional[str]], ...]] = {}


def _plan(model: type) -> tuple[tuple[str, str, Optional[str]], ...]:
    """How a record class's fields become columns: ``(column, attribute, attribute of the Span)``.

    A nested Span field NAME becomes NAME, NAME_start, NAME_end (all NULL when the Span is absent);
    a record's own start/end become start_char/end_char; a sentence's index becomes idx."""
    plan = _PLANS.get(model)
    if plan is None:
        cols: list[tuple[str, str, Optional[str]]] = []
        for name, field in model.model_fields.items():
            args = typing.get_args(field.annotation) or (field.annotation,)
            if any(isinstance(a, type) and issubclass(a, Span) for a in args):
                cols += [(name, name, "text"), (f"{name}_start", name, "start"), (f"{name}_end", name, "end")]
            elif name in ("start", "end"):
                cols.append((f"{name}_char", name, None))
            elif name == "index" and issubclass(model, Sentence):
                cols.append(("idx", name, None))
            else:
                cols.append((name, name, None))
        plan = _PLANS[model] = tuple(cols)
    return plan


def _columns(model: type, items: Sequence[Any], article_id: Optional[str] = None) -> dict[str, list[Any]]:
    """The columns of ``items`` (records of class ``model``), with article_id first when given."""
    out: dict[str, list[Any]] = {} if article_id is None else {"article_id": [article_id] * len(items)}
    for col, attr, sub in _plan(model):
        if sub is None:
            out[col] = [getattr(x, attr) for x in items]
        else:
            out[col] = [None if (v := getattr(x, attr)) is None else getattr(v, sub) for x in items]
    return out


@functools.lru_cache(maxsize=1 << 16)
def _spelling_keys(label: str, alias: str) -> tuple[str, tuple[str, ...]]:
    """A spelling's own key (``canon.entity_key`` without Latin) and the keys it is looked up under."""
    return canon.entity_key(label, alias, None), tuple(sorted(canon.alias_keys(alias, label)))


@dataclass
class RecordRows:
    """What one ArticleRecord adds to the database, built once (in an extraction worker when there
    are several jobs): the columns of every table (``articles`` without ``ingested_at``, which the
    batch sets; ``entities`` and ``aliases`` as the article gives them, merged by the batch), and
    the alias keys the cross-article entity merge looks up."""

    tables: dict[str, dict[str, list[Any]]]
    n_words: int
    candidates: dict[str, list[str]]  # entity key → the keys its spellings are looked up under
    owner_keys: list[tuple[str, str, str]]  # (label, alias key, entity key) for every alias
    # (label, spelling) → its own key and its look-up keys (what a remapped record needs again)
    spellings: dict[tuple[str, str], tuple[str, tuple[str, ...]]]


def record_columns(record: ArticleRecord, n_words: Optional[int] = None) -> RecordRows:
    """The rows one ArticleRecord adds to each table, as columns (aliases counted within the article).

    ``n_words`` may be given when it is known (it depends on the article text only)."""
    a = record.article
    aid = a.id
    if n_words is None:
        n_words = count_words(a.text)
    art = {k: [v] for k, v in a.model_dump().items()}
    art["n_words"] = [n_words]
    art["record"] = [pack_record(record)]
    art["key_map"] = [None]
    quotes = _columns(Quote, record.quotes, aid)
    quotes["idx"] = list(range(len(record.quotes)))
    entities, aliases, candidates, owner_keys, spellings = _entity_columns(record)
    tables = {
        "articles": art,
        "sentences": _columns(Sentence, record.sentences, aid),
        "entities": entities,
        "aliases": aliases,
        "mentions": _columns(Mention, record.mentions, aid),
        "quotes": quotes,
        "relations": _columns(Relation, record.relations, aid),
        "dates": _columns(DateValue, record.dates, aid),
        "amounts": _columns(Amount, record.amounts, aid),
    }
    return RecordRows(tables, n_words, candidates, owner_keys, spellings)


def _entity_columns(record: ArticleRecord, known: Optional[dict[tuple[str, str], tuple[str, tuple[str, ...]]]] = None) -> tuple:
    """Entities and aliases columns, the merge's alias keys, and the keys of every spelling, of one
    record (``known``: spelling keys already computed, as :func:`_spelling_keys` gives them)."""
    ents = record.entities
    entities = {col: [getattr(e, col) for e in ents] for col in _ENTITY_COLUMNS}
    counts = Counter((m.entity_key, m.text) for m in record.mentions if m.entity_key)
    aliases: dict[str, list[Any]] = {"entity_key": [], "alias": [], "alias_key": [], "count": []}
    candidates: dict[str, list[str]] = {}
    owner_keys: list[tuple[str, str, str]] = []
    keys: dict[tuple[str, str], tuple[str, tuple[str, ...]]] = {}
    for e in ents:
        spellings = [*e.aliases, *([e.latin] if e.latin else [])]
        for alias in spellings:
            if (e.label, alias) not in keys:
                keys[(e.label, alias)] = (known or {}).get((e.label, alias)) or _spelling_keys(e.label, alias)
        for alias in dict.fromkeys(spellings):
            aliases["entity_key"].append(e.key)
            aliases["alias"].append(alias)
            aliases["alias_key"].append(keys[(e.label, alias)][0])
            aliases["count"].append(counts.get((e.key, alias), 0) or 1)
        candidates[e.key] = [k for alias in spellings for k in keys[(e.label, alias)][1]]
        owner_keys += [(e.label, keys[(e.label, alias)][0], e.key) for alias in e.aliases]
    return entities, aliases, candidates, owner_keys, keys


def _remapped_columns(record: ArticleRecord, rows: RecordRows, remap: dict[str, str]) -> RecordRows:
    """The rows of ``record`` (:func:`_remap` applied to the record ``rows`` were built from): the
    columns that hold entity keys built again, the others kept; the stored record stays the one
    extracted, with ``remap`` as its key map."""
    t = rows.tables
    entities, aliases, candidates, owner_keys, spellings = _entity_columns(record, rows.spellings)
    mentions = dict(t["mentions"], entity_key=[remap.get(k, k) for k in t["mentions"]["entity_key"]])
    quotes = dict(t["quotes"], speaker_key=[remap.get(k, k) for k in t["quotes"]["speaker_key"]])
    tables = dict(
        t,
        articles=dict(t["articles"], key_map=[json.dumps(remap, ensure_ascii=False, sort_keys=True)]),
        entities=entities,
        aliases=aliases,
        mentions=mentions,
        quotes=quotes,
        relations=_columns(Relation, record.relations, record.article.id),
    )
    return RecordRows(tables, rows.n_words, candidates, owner_keys, spellings)


def record_rows(record: ArticleRecord, ingested_at: Optional[dt.datetime] = None) -> dict[str, list[dict[str, Any]]]:
    """The rows one ArticleRecord adds to each table, one dict per row (aliases counted within the article)."""
    tables = record_columns(record).tables
    tables["articles"]["ingested_at"] = [ingested_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)]
    return {t: [dict(zip(cols, row)) for row in zip(*cols.values())] for t, cols in tables.items()}


# Rows built elsewhere (by an extraction worker) for a record object, until Store.add takes them.
_ATTACHED: dict[int, tuple[weakref.ref, RecordRows]] = {}


def attach_rows(record: ArticleRecord, rows: RecordRows) -> None:
    """Give :meth:`Store.add` the rows of ``record`` built elsewhere (by :func:`record_columns` in
    an extraction worker), so that it does not build them again. They are held for this very
    object only, and dropped with it."""
    key = id(record)

    def forget(ref: weakref.ref, key: int = key) -> None:
        entry = _ATTACHED.get(key)
        if entry is not None and entry[0] is ref:
            del _ATTACHED[key]

    _ATTACHED[key] = (weakref.ref(record, forget), rows)


def _rows_of(record: ArticleRecord) -> RecordRows:
    entry = _ATTACHED.pop(id(record), None)
    if entry is not None and entry[0]() is record:
        return entry[1]
    return record_columns(record)


def _concat(parts: Iterable[dict[str, list[Any]]]) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for cols in parts:
        if not out:
            out = {c: list(v) for c, v in cols.items()}
        else:
            for c, v in cols.items():
                out[c].extend(v)
    return out


@dataclass
class AddResult:
    """What one batch did."""

    added: int = 0
    skipped: int = 0
    replaced: int = 0


def _column_type(con: duckdb.DuckDBPyConnection, table: str, column: str) -> Optional[str]:
    """The SQL type of ``table.column``, or None when the table has no such column."""
    rows = con.execute(
        "SELECT data_type FROM information_schema.columns WHERE table_name = ? AND column_name = ?", [table, column]
    ).fetchall()
    return rows[0][0] if rows else None


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    import duckdb

    try:
        if read_only:
            if not Path(path).exists():
                raise StoreError(f"{path}: no such database (run `naba ingest` first)")
            return duckdb.connect(path, read_only=True, config={"enable_external_access": False, **CONNECTION_CONFIG})
        return duckdb.connect(path, config=dict(CONNECTION_CONFIG))
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreError(f"{path}: the database is in use by another process") from exc
        raise StoreError(f"{path}: cannot open database ({msg.splitlines()[0]})") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open database ({str(exc).splitlines()[0]})") from exc


class Store:
    """A naba database opened for writing (``with Store(path) as store: store.add(records)``)."""

    def __init__(self, path: str, memory_limit: Optional[str] = None):
        self.path = path
        self.con = _connect(path, read_only=False)
        # DuckDB's buffer pool may otherwise grow to 80% of the machine's memory: a checkpoint of a
        # large database (every 16 MB of log) reads table and index blocks into it, and they stay.
        self.con.execute("SET memory_limit = ?", [memory_limit or os.environ.get("NABA_DB_MEMORY") or DEFAULT_MEMORY_LIMIT])
        self.con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))
        self._types: dict[str, dict[str, Any]] = {}  # table → column → Arrow type (_arrow_types)
        # A database written before records were compressed keeps its JSON column, and gets key_map.
        self._json_records = _column_type(self.con, "articles", "record") == "JSON"
        if _column_type(self.con, "articles", "key_map") is None:
            self.con.execute("ALTER TABLE articles ADD COLUMN key_map VARCHAR")
        if _column_type(self.con, "sentences", "key") is None:
            self._add_sentence_keys()

    def _add_sentence_keys(self) -> None:
        """Give a database written before sentence keys its :data:`DERIVED` columns, filled (one
        transaction), then the index on ``sentences.key`` (DuckDB builds none in a transaction
        that has updated the table)."""
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            for table, columns in DERIVED.items():
                for name, sql in columns.items():
                    con.execute(f"ALTER TABLE {table} ADD COLUMN {name} HUGEINT")
                    con.execute(f"UPDATE {table} SET {name} = {sql}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("CREATE UNIQUE INDEX IF NOT EXISTS sentences_key ON sentences (key)")

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def add(self, records: Sequence[ArticleRecord]) -> AddResult:
        """Store a batch in one transaction; returns counts of added, skipped and replaced articles."""
        result = AddResult()
        con = self.con
        ids = [r.article.id for r in records]
        con.execute("BEGIN TRANSACTION")
        try:
            known = {row[0] for row in con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}
            fresh, seen = [], set()
            for r in records:
                if r.article.id in known or r.article.id in seen:
                    result.skipped += 1
                else:
                    seen.add(r.article.id)
                    fresh.append(r)
            if fresh:
                result.replaced = self._remove_previous_versions(fresh)
                self._insert(*self._merge_keys(fresh))
                result.added = len(fresh)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return result

    def _remove_previous_versions(self, records: list[ArticleRecord]) -> int:
        return self.remove_sources([r.article.source for r in records if r.article.source])

    def remove_sources(self, sources: list[str]) -> int:
        """Delete the stored articles from these sources, with their rows, inside the open
        transaction (alias counts go down by what each article added to them: the alias rows of its
        stored record, key map applied); the number of articles deleted."""
        if not sources:
            return 0
        old, counts = [], Counter()
        for aid, record, key_map in self.con.execute(
            "SELECT id, record, key_map FROM articles WHERE source IN (SELECT unnest(?::VARCHAR[]))", [sources]
        ).fetchall():
            old.append(aid)
            aliases = _entity_columns(stored_record(record, key_map))[1]
            for key, alias, n in zip(aliases["entity_key"], aliases["alias"], aliases["count"]):
                counts[(key, alias)] += n
        if not old:
            return 0
        if counts:
            self._with_rows(
                {"entity_key": [k for k, _ in counts], "alias": [a for _, a in counts], "count": list(counts.values())},
                """UPDATE aliases SET count = aliases.count - r.count FROM _naba_rows r
                   WHERE aliases.entity_key = r.entity_key AND aliases.alias = r.alias""",
                "aliases",
            )
            self.con.execute("DELETE FROM aliases WHERE count <= 0")
        for table in _PER_ARTICLE:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [old])
        self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [old])
        return len(old)

    def _merge_keys(self, records: list[ArticleRecord]) -> tuple[list[tuple[ArticleRecord, RecordRows]], set[str]]:
        """Point new entities at stored ones that share a spelling (same label); each record with
        its rows (built again for a record whose keys changed), and the batch's entity keys that
        the database already holds.

        Only the keys this batch needs are looked up (one query each for entity keys and alias
        keys), so the cost does not grow with the size of the database."""
        prepared = [_rows_of(r) for r in records]
        wanted_keys = sorted({e.key for r in records for e in r.entities})
        candidates: dict[str, list[str]] = {}
        for p in prepared:
            candidates.update(p.candidates)
        wanted_alias_keys = sorted({k for ks in candidates.values() for k in ks})
        in_db = {row[0] for row in self.con.execute("SELECT key FROM entities WHERE key IN (SELECT unnest(?::VARCHAR[]))", [wanted_keys]).fetchall()}
        stored = set(in_db)
        alias_owner: dict[tuple[str, str], str] = {}
        for key, label, alias_key in self.con.execute(
            """SELECT a.entity_key, e.label, a.alias_key FROM aliases a JOIN entities e ON e.key = a.entity_key
               WHERE a.alias_key IN (SELECT unnest(?::VARCHAR[])) ORDER BY a.count DESC, a.entity_key""",
            [wanted_alias_keys],
        ).fetchall():
            alias_owner.setdefault((label, alias_key), key)
            in_db.add(key)
        out = []
        for rec, rows in zip(records, prepared):
            remap = {}
            for e in rec.entities:
                if e.key in stored:
                    continue
                owner = next((alias_owner[(e.label, k)] for k in candidates[e.key] if (e.label, k) in alias_owner), None)
                if owner and owner != e.key:
                    remap[e.key] = owner
            if remap:
                rec = _remap(rec, remap)
                rows = _remapped_columns(rec, rows, remap)
            out.append((rec, rows))
            stored.update(e.key for e in rec.entities)
            for label, alias_key, key in rows.owner_keys:
                alias_owner.setdefault((label, alias_key), key)
        return out, in_db

    def _insert(self, items: list[tuple[ArticleRecord, RecordRows]], in_db: set[str]) -> None:
        """Insert the batch's rows. Entities and aliases the database does not hold yet go in with
        plain INSERTs; for those it holds, an UPDATE fills the entity's empty latin/org_type/role
        and adds the alias counts (an INSERT … ON CONFLICT costs 2.5 times a plain one)."""
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        for t in ("articles", *_PER_ARTICLE):
            cols = _concat(rows.tables[t] for _, rows in items)
            n = len(cols["article_id" if t != "articles" else "id"])
            if not n:
                continue
            if t == "articles":
                cols["ingested_at"] = [now] * n
                if self._json_records:
                    cols["record"] = [unpack_record(v) for v in cols["record"]]
            self._insert_columns(t, cols)
        ents = _concat(rows.tables["entities"] for _, rows in items)
        if ents["key"]:
            merged: dict[str, list[Any]] = {}
            for row in zip(*ents.values()):
                cur = merged.get(row[0])
                if cur is None:
                    merged[row[0]] = list(row)
                else:
                    for i in _ENTITY_COALESCED:
                        cur[i] = cur[i] or row[i]
            new = [r for k, r in merged.items() if k not in in_db]
            known = [r for k, r in merged.items() if k in in_db and any(r[i] for i in _ENTITY_COALESCED)]
            if new:
                self._insert_columns("entities", dict(zip(ents, zip(*new))))
            if known:
                self._with_rows(
                    dict(zip(ents, zip(*known))),
                    """UPDATE entities SET latin = coalesce(entities.latin, r.latin),
                         org_type = coalesce(entities.org_type, r.org_type), role = coalesce(entities.role, r.role)
                       FROM _naba_rows r WHERE entities.key = r.key""",
                    "entities",
                )
        als = _concat(rows.tables["aliases"] for _, rows in items)
        if als["alias"]:
            agg: dict[tuple[str, str], list[Any]] = {}
            for key, alias, alias_key, count in zip(als["entity_key"], als["alias"], als["alias_key"], als["count"]):
                cur = agg.get((key, alias))
                if cur is None:
                    agg[(key, alias)] = [key, alias, alias_key, count]
                else:
                    cur[3] += count
            owners = sorted({key for key, _ in agg if key in in_db})
            stored = set(self.con.execute(
                "SELECT entity_key, alias FROM aliases WHERE entity_key IN (SELECT unnest(?::VARCHAR[]))", [owners]
            ).fetchall()) if owners else set()
            names = ("entity_key", "alias", "alias_key", "count")
            new = [r for k, r in agg.items() if k not in stored]
            known = [r for k, r in agg.items() if k in stored]
            if new:
                self._insert_columns("aliases", dict(zip(names, zip(*new))))
            if known:
                self._with_rows(
                    dict(zip(names, zip(*known))),
                    """UPDATE aliases SET count = aliases.count + r.count FROM _naba_rows r
                       WHERE aliases.entity_key = r.entity_key AND aliases.alias = r.alias""",
                    "aliases",
                )

    def _insert_columns(self, table: str, columns: dict[str, Sequence[Any]]) -> None:
        """One INSERT of whole columns."""
        self._with_rows(columns, insert_sql(table, "SELECT * FROM _naba_rows"), table)

    def _arrow_types(self, table: str) -> dict[str, Any]:
        """The Arrow type of each column of ``table``, as DuckDB gives it (decimals left out: their
        values keep the scale they have, and DuckDB rounds them as it casts)."""
        types = self._types.get(table)
        if types is None:
            import pyarrow as pa

            schema = self.con.sql(f"SELECT * FROM {table} LIMIT 0").to_arrow_table().schema
            types = self._types[table] = {
                f.name: f.type for f in schema if not pa.types.is_decimal(f.type) and not isinstance(f.type, pa.ExtensionType)
            }
        return types

    def _with_rows(self, columns: dict[str, Sequence[Any]], sql: str, table: Optional[str] = None) -> None:
        """Run ``sql`` with ``columns`` readable as the table ``_naba_rows`` (an Arrow table: with
        the column types of ``table`` when given, ten times faster than inferring them)."""
        import pyarrow as pa

        types = self._arrow_types(table) if table else {}
        arrays = [pa.array(list(v) if not isinstance(v, list) else v, type=types.get(c)) for c, v in columns.items()]
        rows = pa.Table.from_arrays(arrays, names=list(columns))
        self.con.register("_naba_rows", rows)
        try:
            self.con.execute(sql)
        finally:
            self.con.unregister("_naba_rows")

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _remap(rec: ArticleRecord, remap: dict[str, str]) -> ArticleRecord:
    """``rec`` with entity keys replaced: entities that now share a key merged (aliases joined, the
    first non-empty latin/org_type/role kept), relations that became self-links or duplicates dropped."""
    merged: dict[str, Entity] = {}
    for e in rec.entities:
        key = remap.get(e.key, e.key)
        cur = merged.get(key)
        if cur is None:
            merged[key] = e if key == e.key else e.model_copy(update={"key": key})
        else:
            merged[key] = cur.model_copy(update={
                "aliases": list(dict.fromkeys(cur.aliases + e.aliases)),
                **{k: getattr(cur, k) or getattr(e, k) for k in ("latin", "org_type", "role")},
            })
    mentions = [m.model_copy(update={"entity_key": remap[m.entity_key]}) if m.entity_key in remap else m for m in rec.mentions]
    quotes = [q.model_copy(update={"speaker_key": remap[q.speaker_key]}) if q.speaker_key in remap else q for q in rec.quotes]
    rels, seen = [], set()
    for r in rec.relations:
        subj, obj = remap.get(r.subject_key, r.subject_key), remap.get(r.object_key, r.object_key)
        t = (subj, r.predicate, obj)
        if subj != obj and t not in seen:
            seen.add(t)
            rels.append(r if (subj, obj) == (r.subject_key, r.object_key) else r.model_copy(update={"subject_key": subj, "object_key": obj}))
    return rec.model_copy(update={"entities": list(merged.values()), "mentions": mentions, "quotes": quotes, "relations": rels})


def read_only_query(path: str, sql: str, params: Optional[Sequence[Any] | dict[str, Any]] = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement with bound parameters: (column names, rows)."""
    import duckdb

    con = _connect(path, read_only=True)
    try:
        try:
            statements = con.extract_statements(sql)
        except duckdb.Error as exc:
            raise QueryError(f"query: {str(exc).splitlines()[0]}") from exc
        if len(statements) != 1:
            raise QueryError("query: give exactly one SQL statement")
        kind = statements[0].type.name
        if kind not in _ALLOWED_STATEMENTS:
            raise QueryError(f"query: only read-only queries are allowed (got {kind})")
        try:
            cur = con.execute(sql, params or None)
            cols = [d[0] for d in cur.description] if cur.description else []
            return cols, cur.fetchall()
        except duckdb.Error as exc:
            hint = ""
            if isinstance(exc, duckdb.BinderException) and _column_type(con, "sentences", "key") is None:
                hint = " (the database was written before sentence keys: any `naba ingest` or `naba load` into it adds them, even of articles it holds)"
            raise QueryError(f"query: {str(exc).splitlines()[0]}{hint}") from exc
    finally:
        con.close()


def iter_records(path: str, article_id: Optional[str] = None) -> Iterator[ArticleRecord]:
    """The stored ArticleRecords (validated on the way out), by publication date then id."""
    con = _connect(path, read_only=True)
    try:
        has_map = _column_type(con, "articles", "key_map") is not None
        sql = (f"SELECT record, {'key_map' if has_map else 'NULL'} FROM articles" + (" WHERE id = ?" if article_id else "")
               + " ORDER BY published NULLS LAST, id")
        cur = con.execute(sql, [article_id] if article_id else [])
        while True:
            batch = cur.fetchmany(256)
            if not batch:
                break
            for rec, key_map in batch:
                yield stored_record(rec, key_map)
    finally:
        con.close()
