"""Database load rate: ``naba load`` of Parquet tables against ``Store.add``, on the same records in one run.

    # a source database from real extractions (see benchmarks/queries.py), then:
    .venv/bin/python benchmarks/bulk_load.py --from-db /tmp/src.duckdb --articles 8000 --repeat 3

The records are the source database's, copied as ``benchmarks/queries.py`` grows a database (copy
*c* of an article appends a line ``(c)``: a new article with the same rows). They are written once
as Parquet, as ``naba ingest --engine ray --output`` writes them (``pipeline.bulk.write_tables``,
in parts of 1,000 articles), and as two halves. Each way of loading then runs in a child process
of its own, into a fresh database, timed from the first row to the closed database (the final
checkpoint included):

* ``Store.add, rows built here``: what ``naba ingest --jobs 1`` and ``naba load FILE.jsonl`` do,
  in batches of ``--batch-size`` articles (row building, entity merge, inserts);
* ``Store.add, rows prebuilt``: the same with each record's rows built beforehand, as the
  extraction workers of ``naba ingest --jobs N`` build them (their cost left out);
* ``naba load DIR``: :func:`pipeline.bulk.load_parquet` of the whole folder into an empty database;
* ``naba load DIR, half stored``: the second half's folder into a database holding the first
  half (loaded beforehand, untimed): every entity key of the batch is already stored.

Rows are the rows of every table added; CPU is the child's process time (DuckDB's threads
included); peak memory is the child's maximum resident set (VmHWM). One-time costs are left out of the
timing: importing pyarrow, pandas (DuckDB loads it on the first Arrow table it is handed) and the
name normaliser the entity merge loads on first use (camel-tools); together 1.5-2.5 s. Ratios are against ``Store.add, rows
built here`` within the same repeat; medians over ``--repeat``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

MODES = ("store_add", "store_add_prebuilt", "parquet", "parquet_half_stored")
NAMES = {
    "store_add": "Store.add, rows built here",
    "store_add_prebuilt": "Store.add, rows prebuilt",
    "parquet": "naba load DIR",
    "parquet_half_stored": "naba load DIR, half stored",
}
PART = 1000


def _records(src: str, articles: int) -> list:
    """``articles`` records: the stored records of ``src``, copied (queries.copied_records)."""
    from pipeline import store
    from queries import copied_records

    base = list(store.iter_records(src))
    if not base:
        raise SystemExit(f"{src}: no records")
    return list(copied_records(base, articles))


def _peak_mb() -> float:
    """This process's peak resident set (VmHWM: ru_maxrss would carry the parent's over exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(args: argparse.Namespace) -> None:
    from pipeline import bulk, parallel, store

    db = os.path.join(args.workdir, f"{args.child}.duckdb")
    for p in (db, db + ".wal"):
        if os.path.exists(p):
            os.remove(p)
    # One-time costs, left out of every mode: pyarrow's import, pandas' (which DuckDB loads on the
    # first Arrow table handed to it), and the name normaliser (camel-tools) that the entity
    # merge's spelling keys load on first use.
    import duckdb
    import pyarrow as pa

    duckdb.connect().register("t", pa.table({"x": [1]})).execute("SELECT * FROM t").fetchall()
    store._spelling_keys("ORG", "شركة")
    parallel.tune_gc()
    st = store.Store(db)
    if args.child in ("store_add", "store_add_prebuilt"):
        recs = _records(args.from_db, args.articles)
        if args.child == "store_add_prebuilt":
            for r in recs:
                store.attach_rows(r, store.record_columns(r))
        before = 0
    else:
        if args.child == "parquet_half_stored":
            bulk.load_parquet(st, os.path.join(args.workdir, "first"))
        before = sum(st.counts().values())
    c, w = time.process_time(), time.perf_counter()
    if args.child in ("store_add", "store_add_prebuilt"):
        for i in range(0, len(recs), args.batch_size):
            st.add(recs[i : i + args.batch_size])
    else:
        bulk.load_parquet(st, os.path.join(args.workdir, "all" if args.child == "parquet" else "second"))
    rows = sum(st.counts().values()) - before
    st.close()
    cpu, wall = time.process_time() - c, time.perf_counter() - w
    peak = _peak_mb()
    print(json.dumps({"rows": rows, "cpu": cpu, "wall": wall, "peak_mb": peak, "db_mb": os.path.getsize(db) / 2**20}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--from-db", required=True, help="A naba database whose records are copied.")
    ap.add_argument("--articles", type=int, default=8000)
    ap.add_argument("--batch-size", type=int, default=256, help="Articles per Store.add (naba ingest's default: 256).")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", choices=MODES, help=argparse.SUPPRESS)
    ap.add_argument("--workdir", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args)
        return
    workdir = tempfile.mkdtemp(prefix="naba_bulk_")
    try:
        t = time.perf_counter()
        half = args.articles // 2
        recs = _records(args.from_db, args.articles)
        from pipeline import bulk

        for name, part in (("all", recs), ("first", recs[:half]), ("second", recs[half:])):
            bulk.write_tables(part, os.path.join(workdir, name), part_size=PART)
        del recs
        size = sum(f.stat().st_size for f in Path(workdir, "all").rglob("*.parquet")) / 2**20
        print(f"{args.articles:,} articles written as Parquet ({size:,.0f} MB) in {time.perf_counter() - t:.1f} s (not timed below)")
        runs: dict[str, list[dict]] = {m: [] for m in MODES}
        for rep in range(args.repeat):
            for mode in MODES:
                cmd = [sys.executable, __file__, "--child", mode, "--workdir", workdir, "--from-db", args.from_db,
                       "--articles", str(args.articles), "--batch-size", str(args.batch_size)]
                out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
                if out.returncode:
                    raise SystemExit(out.stderr)
                r = json.loads(out.stdout.strip().splitlines()[-1])
                runs[mode].append(r)
                print(f"  run {rep + 1} {NAMES[mode]:28s} {r['rows']:,} rows  {r['cpu']:.2f} CPU-s  {r['wall']:.2f} s wall  "
                      f"{r['rows'] / r['cpu']:,.0f} rows/CPU-s  peak {r['peak_mb']:,.0f} MB", flush=True)
        med = statistics.median
        print(f"\n== load rate, medians of {args.repeat} (ratio: against Store.add, rows built here, in the same repeat)")
        for mode in MODES:
            rs = runs[mode]
            ratio = med([r["rows"] / r["cpu"] / (b["rows"] / b["cpu"]) for r, b in zip(rs, runs["store_add"])])
            print(f"{NAMES[mode]:28s} {med([r['rows'] for r in rs]):,.0f} rows: {med([r['rows'] / r['cpu'] for r in rs]):,.0f} rows per CPU-second, "
                  f"{med([r['rows'] / r['wall'] for r in rs]):,.0f} rows per wall second, ×{ratio:.2f}; "
                  f"peak {med([r['peak_mb'] for r in rs]):,.0f} MB; database {med([r['db_mb'] for r in rs]):,.0f} MB")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
