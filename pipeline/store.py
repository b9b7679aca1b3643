"""DuckDB storage: bulk loads through Arrow, one transaction per batch, cross-article entity merge.

* The database is a file (default ``./naba.duckdb``; ``--db`` or ``NABA_DB`` override).
* An article's identity is the hash of its stored text: a batch skips articles already stored,
  so re-ingesting changes nothing. A changed article from the same source replaces the old
  version inside the same transaction (its mentions, quotes, relations … go with it).
* Entities merge across articles by canonical key; an incoming entity whose key is new but one of
  whose spellings is already an alias of a stored entity of the same label joins that entity.
* Every write happens inside ``BEGIN … COMMIT``; an error rolls the whole batch back, so a bad
  batch never leaves half an article behind.
* Queries go through :func:`read_only_query`: a read-only connection with external access off,
  only SELECT-like statements, parameters bound by DuckDB.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Sequence

import duckdb
import pyarrow as pa

from pipeline import canon
from pipeline.errors import QueryError, StoreError
from pipeline.normalize import count_words
from schemas import ArticleRecord, Span

__all__ = ["DEFAULT_DB", "db_path", "Store", "AddResult", "read_only_query", "record_rows", "TABLES"]

DEFAULT_DB = "naba.duckdb"
SCHEMA_SQL = Path(__file__).resolve().parent.parent / "schemas" / "schema.sql"
TABLES = ("articles", "sentences", "entities", "aliases", "mentions", "quotes", "relations", "dates", "amounts")
_PER_ARTICLE = ("sentences", "mentions", "quotes", "relations", "dates", "amounts")
_ALLOWED_STATEMENTS = {"SELECT", "EXPLAIN"}


def db_path(option: Optional[str] = None) -> str:
    """The database file: the option if given, else $NABA_DB, else ./naba.duckdb."""
    return option or os.environ.get("NABA_DB") or DEFAULT_DB


def _flatten(record: Any, prefix: str = "") -> dict[str, Any]:
    """Record fields as columns: a nested Span becomes NAME, NAME_start, NAME_end;
    a record's own start/end become start_char/end_char."""
    row: dict[str, Any] = {}
    for name in type(record).model_fields:
        value = getattr(record, name)
        if isinstance(value, Span) and not prefix:
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


def record_rows(record: ArticleRecord, ingested_at: Optional[dt.datetime] = None) -> dict[str, list[dict[str, Any]]]:
    """The rows one ArticleRecord adds to each table (aliases counted within the article)."""
    a = record.article
    aid = a.id
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    art = a.model_dump()
    art.update(
        n_words=count_words(a.text),
        ingested_at=ingested_at or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
        record=record.model_dump_json(),
    )
    rows["articles"].append(art)
    for s in record.sentences:
        r = _flatten(s)
        r["idx"] = r.pop("index")
        rows["sentences"].append({"article_id": aid, **r})
    for m in record.mentions:
        rows["mentions"].append({"article_id": aid, **_flatten(m)})
    for i, q in enumerate(record.quotes):
        rows["quotes"].append({"article_id": aid, "idx": i, **_flatten(q)})
    for r in record.relations:
        rows["relations"].append({"article_id": aid, **_flatten(r)})
    for d in record.dates:
        rows["dates"].append({"article_id": aid, **_flatten(d)})
    for x in record.amounts:
        rows["amounts"].append({"article_id": aid, **_flatten(x)})
    counts = Counter((m.entity_key, m.text) for m in record.mentions if m.entity_key)
    for e in record.entities:
        rows["entities"].append({k: v for k, v in e.model_dump().items() if k != "aliases"})
        for alias in dict.fromkeys([*e.aliases, *([e.latin] if e.latin else [])]):
            rows["aliases"].append(
                {"entity_key": e.key, "alias": alias, "alias_key": canon.entity_key(e.label, alias, None), "count": counts.get((e.key, alias), 0) or 1}
            )
    return rows


@dataclass
class AddResult:
    """What one batch did."""

    added: int = 0
    skipped: int = 0
    replaced: int = 0


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        if read_only:
            if not Path(path).exists():
                raise StoreError(f"{path}: no such database (run `naba ingest` first)")
            return duckdb.connect(path, read_only=True, config={"enable_external_access": False})
        return duckdb.connect(path)
    except duckdb.IOException as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise StoreError(f"{path}: the database is in use by another process") from exc
        raise StoreError(f"{path}: cannot open database ({msg.splitlines()[0]})") from exc
    except duckdb.Error as exc:
        raise StoreError(f"{path}: cannot open database ({str(exc).splitlines()[0]})") from exc


class Store:
    """A naba database opened for writing (``with Store(path) as store: store.add(records)``)."""

    def __init__(self, path: str):
        self.path = path
        self.con = _connect(path, read_only=False)
        self.con.execute(SCHEMA_SQL.read_text(encoding="utf-8"))

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
            known = {row[0] for row in con.execute("SELECT id FROM articles WHERE list_contains(?, id)", [ids]).fetchall()}
            fresh, seen = [], set()
            for r in records:
                if r.article.id in known or r.article.id in seen:
                    result.skipped += 1
                else:
                    seen.add(r.article.id)
                    fresh.append(r)
            if fresh:
                result.replaced = self._remove_previous_versions(fresh)
                fresh = self._merge_keys(fresh)
                self._insert(fresh)
                result.added = len(fresh)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return result

    def _remove_previous_versions(self, records: list[ArticleRecord]) -> int:
        sources = [r.article.source for r in records if r.article.source]
        if not sources:
            return 0
        old = [row[0] for row in self.con.execute("SELECT id FROM articles WHERE list_contains(?, source)", [sources]).fetchall()]
        if not old:
            return 0
        self.con.execute(
            """UPDATE aliases SET count = aliases.count - m.n FROM (
                   SELECT entity_key, text, count(*) AS n FROM mentions
                   WHERE list_contains(?, article_id) AND entity_key IS NOT NULL GROUP BY ALL) m
               WHERE aliases.entity_key = m.entity_key AND aliases.alias = m.text""",
            [old],
        )
        self.con.execute("DELETE FROM aliases WHERE count <= 0")
        for table in _PER_ARTICLE:
            self.con.execute(f"DELETE FROM {table} WHERE list_contains(?, article_id)", [old])
        self.con.execute("DELETE FROM articles WHERE list_contains(?, id)", [old])
        return len(old)

    def _merge_keys(self, records: list[ArticleRecord]) -> list[ArticleRecord]:
        """Point new entities at stored ones that share a spelling (same label).

        Only the keys this batch needs are looked up (one query each for entity keys and alias
        keys), so the cost does not grow with the size of the database."""
        wanted_keys = sorted({e.key for r in records for e in r.entities})
        candidates = {
            e.key: [k for alias in [*e.aliases, *([e.latin] if e.latin else [])] for k in sorted(canon.alias_keys(alias, e.label))]
            for r in records for e in r.entities
        }
        wanted_alias_keys = sorted({k for ks in candidates.values() for k in ks})
        stored = {row[0] for row in self.con.execute("SELECT key FROM entities WHERE list_contains(?, key)", [wanted_keys]).fetchall()}
        alias_owner: dict[tuple[str, str], str] = {}
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
            out.append(_remap(rec, remap) if remap else rec)
            for e in out[-1].entities:
                stored.add(e.key)
                for alias in e.aliases:
                    alias_owner.setdefault((e.label, canon.entity_key(e.label, alias, None)), e.key)
        return out

    def _insert(self, records: list[ArticleRecord]) -> None:
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
        for rec in records:
            for t, rows in record_rows(rec, now).items():
                tables[t].extend(rows)
        con = self.con
        for t in ("articles", *_PER_ARTICLE):
            if tables[t]:
                con.register("_naba_rows", pa.Table.from_pylist(tables[t]))
                con.execute(f"INSERT INTO {t} BY NAME SELECT * FROM _naba_rows")
                con.unregister("_naba_rows")
        if tables["entities"]:
            ents: dict[str, dict[str, Any]] = {}
            for e in tables["entities"]:
                cur = ents.setdefault(e["key"], dict(e))
                for k in ("latin", "org_type", "role"):
                    cur[k] = cur[k] or e[k]
            con.register("_naba_rows", pa.Table.from_pylist(list(ents.values())))
            con.execute(
                """INSERT INTO entities BY NAME SELECT * FROM _naba_rows
                   ON CONFLICT (key) DO UPDATE SET
                     latin = coalesce(entities.latin, excluded.latin),
                     org_type = coalesce(entities.org_type, excluded.org_type),
                     role = coalesce(entities.role, excluded.role)"""
            )
            con.unregister("_naba_rows")
        if tables["aliases"]:
            agg: dict[tuple[str, str], dict[str, Any]] = {}
            for a in tables["aliases"]:
                cur = agg.setdefault((a["entity_key"], a["alias"]), {**a, "count": 0})
                cur["count"] += a["count"]
            con.register("_naba_rows", pa.Table.from_pylist(list(agg.values())))
            con.execute(
                """INSERT INTO aliases BY NAME SELECT * FROM _naba_rows
                   ON CONFLICT (entity_key, alias) DO UPDATE SET count = aliases.count + excluded.count"""
            )
            con.unregister("_naba_rows")

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _remap(rec: ArticleRecord, remap: dict[str, str]) -> ArticleRecord:
    data = rec.model_dump()
    merged: dict[str, dict] = {}
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
    return ArticleRecord.model_validate(data)


def read_only_query(path: str, sql: str, params: Optional[Sequence[Any] | dict[str, Any]] = None) -> tuple[list[str], list[tuple]]:
    """Run one read-only statement with bound parameters: (column names, rows)."""
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
            raise QueryError(f"query: {str(exc).splitlines()[0]}") from exc
    finally:
        con.close()


def iter_records(path: str, article_id: Optional[str] = None) -> Iterator[ArticleRecord]:
    """The stored ArticleRecords (validated on the way out), by publication date then id."""
    con = _connect(path, read_only=True)
    try:
        sql = "SELECT record FROM articles" + (" WHERE id = ?" if article_id else "") + " ORDER BY published NULLS LAST, id"
        cur = con.execute(sql, [article_id] if article_id else [])
        while True:
            batch = cur.fetchmany(256)
            if not batch:
                break
            for (rec,) in batch:
                yield ArticleRecord.model_validate_json(rec)
    finally:
        con.close()
