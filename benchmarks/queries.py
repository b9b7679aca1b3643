"""Latency of the README's example queries on a large database, and the bulk load rate that builds it.

    # a source database from real extractions (the seed article + a corpus from build_corpus.py)
    .venv/bin/naba ingest seeds /tmp/naba_300k.jsonl --db /tmp/src.duckdb --jobs 2 -q
    # grow it to 30,000 articles (timed: rows per second of Store.add), then time the queries
    .venv/bin/python benchmarks/queries.py --from-db /tmp/src.duckdb --articles 30000 --db /tmp/big.duckdb

Growing: the stored records of ``--from-db`` are copied until the database holds ``--articles``
articles. Copy *c* of an article appends a line ``(c)`` to its text, so it is a new article (new
id, offsets unchanged) with the same sentences, mentions, quotes, relations, entities and aliases:
the tables grow in proportion, and the entity merge runs on every batch as in a real ingest.
Records are added with ``Store.add`` in batches of ``--batch-size`` (default 256): the load rate
printed is rows of every table per second of ``Store.add``, CPU and wall.

Queries: the four of the README (quotes with speakers; products with makers; mentions of Meta with
their sentence; statements by زوكربيرغ) plus ``--limit 100`` variants (what a screen shows), each
run through :func:`pipeline.store.read_only_query` (what ``naba query`` does: read-only connection,
bound parameters, all rows fetched) ``--repeat`` times; the median and the minimum are printed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUERIES = {
    "quotes with speaker": (
        """SELECT coalesce(e.latin, e.name) AS speaker, q.kind, q.cue, q.content
FROM quotes q LEFT JOIN entities e ON e.key = q.speaker_key
ORDER BY q.article_id, q.idx""",
        None,
    ),
    "products with maker": (
        """SELECT coalesce(p.latin, p.name) AS product, coalesce(m.latin, m.name) AS maker
FROM relations r
JOIN entities p ON p.key = r.object_key
JOIN entities m ON m.key = r.subject_key
WHERE r.predicate = 'makes' ORDER BY maker, product""",
        None,
    ),
    "mentions of Meta + sentence": (
        """SELECT m.text AS mention, s.text AS sentence
FROM mentions m
JOIN entities e ON e.key = m.entity_key
JOIN sentences s ON s.key = m.sentence_key
WHERE e.latin = ? ORDER BY m.article_id, m.start_char""",
        ["Meta"],
    ),
    "statements by زوكربيرغ": (
        """SELECT q.kind, q.content, a.published FROM quotes q
JOIN aliases al ON al.entity_key = q.speaker_key
JOIN articles a ON a.id = q.article_id
WHERE al.alias = 'زوكربيرغ'""",
        None,
    ),
}


def copied_records(base: list, articles: int, start: int = 0):
    """Records until there are ``articles``: copy *c* (from 1) of each of ``base`` with a line
    ``(c)`` appended to its text, so a new article (new id, source ``…#c``, offsets unchanged);
    the first ``start`` of them are skipped."""
    from pipeline.run import article_id

    n, copy = 0, 0
    while n < articles:
        copy += 1
        for rec in base:
            if n >= articles:
                return
            if n >= start:
                text = f"{rec.article.text}\n({copy})"
                art = rec.article.model_copy(update={"text": text, "id": article_id(text), "source": f"{rec.article.source}#{copy}"})
                yield rec.model_copy(update={"article": art})
            n += 1


def grow(src: str, dst: str, articles: int, batch_size: int) -> None:
    from pipeline import store

    base = list(store.iter_records(src))
    if not base:
        raise SystemExit(f"{src}: no records")
    with store.Store(dst) as st:
        have = st.counts()["articles"]
        rows0 = sum(st.counts().values())
        cpu = wall = 0.0
        batch: list = []

        def store_batch() -> None:
            nonlocal have, cpu, wall
            t, c = time.perf_counter(), time.process_time()
            have += st.add(batch).added
            wall += time.perf_counter() - t
            cpu += time.process_time() - c
            batch.clear()

        for rec in copied_records(base, articles, start=have):
            batch.append(rec)
            if len(batch) >= batch_size:
                store_batch()
        if batch:
            store_batch()
        counts = st.counts()
    rows = sum(counts.values()) - rows0
    print(f"grew {dst} to {counts['articles']:,} articles: {rows:,} rows in {wall:.1f} s wall / {cpu:.1f} CPU-s of Store.add "
          f"→ {rows / max(wall, 1e-9):,.0f} rows/s wall, {rows / max(cpu, 1e-9):,.0f} rows per CPU-second")
    print("   rows per table:", ", ".join(f"{k} {v:,}" for k, v in counts.items()))


def time_queries(db: str, repeat: int) -> None:
    from pipeline import store

    med = statistics.median
    print(f"\nqueries on {db} ({Path(db).stat().st_size / 2**20:,.0f} MB), {repeat} runs each, median (min) ms:")
    print("  'naba query' = store.read_only_query: opens the database read-only, runs, fetches every row, closes;")
    print("  'open conn.' = the same statement on a connection kept open (a service, a notebook)")
    cli: dict[tuple[str, str], list[float]] = {}
    for _ in range(repeat):
        for name, (sql, params) in QUERIES.items():
            for variant, q in (("all rows", sql), ("LIMIT 100", f"{sql}\nLIMIT 100")):
                t = time.perf_counter()
                store.read_only_query(db, q, params)
                cli.setdefault((name, variant), []).append((time.perf_counter() - t) * 1000)
    con = store._connect(db, read_only=True)
    for name, (sql, params) in QUERIES.items():
        for variant, q in (("all rows", sql), ("LIMIT 100", f"{sql}\nLIMIT 100")):
            warm, n = [], 0
            for _ in range(repeat):
                t = time.perf_counter()
                n = len(con.execute(q, params).fetchall())
                warm.append((time.perf_counter() - t) * 1000)
            c = cli[(name, variant)]
            print(f"  {name:30s} {variant:9s} naba query {med(c):7.1f} ({min(c):.1f})  open conn. {med(warm):7.1f} ({min(warm):.1f}) ms  {n:,} rows")
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="The database to query (grown first when --from-db is given).")
    ap.add_argument("--from-db", help="Copy this database's records into --db until it holds --articles articles.")
    ap.add_argument("--articles", type=int, default=30_000)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    if args.from_db:
        grow(args.from_db, args.db, args.articles, args.batch_size)
    time_queries(args.db, args.repeat)


if __name__ == "__main__":
    main()
