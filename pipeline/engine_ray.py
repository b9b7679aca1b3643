"""naba on Ray Data: the same extraction, spread over the CPUs of a Ray cluster (optional extra ``naba[ray]``).

    naba ingest corpus/ --engine ray --jobs 0                 # records into the DuckDB database
    naba ingest corpus/ --engine ray --jobs 0 --output out/   # every table as Parquet under out/

* **Where it runs.** When ``$RAY_ADDRESS`` is set (``ray://head:10001`` or ``auto``) naba joins that
  cluster; otherwise it starts a local Ray with ``--jobs`` CPUs. ``--jobs N`` is the number of
  extraction actors; ``--jobs 0`` means one per CPU of the cluster.
* **Dataflow.** The input paths are expanded on the driver (folders, globs: as ``naba ingest``
  does) into a dataset of files; each file is read by a Ray task with :mod:`pipeline.read` (same
  formats, encodings, sources and errors as the local engine); ``map_batches`` runs
  :func:`pipeline.run.extract_article` in actors that each build the pipeline once. Order is
  preserved, so the records stored from Ray are the records ``naba ingest`` stores.
* **Output.** Without ``--output`` the driver streams the records into the database in batches
  (one transaction each, cross-article entity merge as usual). With ``--output DIR`` each table is
  written as Parquet under ``DIR/<table>/`` with the DuckDB schema's columns and types
  (:mod:`pipeline.bulk`); entities and aliases are per article there, with an ``article_id``
  column first (rows with the same ``key`` are the same entity). ``naba load DIR`` bulk-loads the
  folder into a database (:func:`pipeline.bulk.load_parquet`), merging entities as it goes.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Optional, Union

from pipeline.errors import InputError, NabaError
from pipeline.parallel import Failure, _extract_one
from schemas import Article, ArticleRecord

__all__ = ["ParquetSummary", "extract_records", "write_parquet"]


@dataclass
class ParquetSummary:
    """What a Parquet run wrote: articles, rows per table, failure messages (in input order)."""

    articles: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def _ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:  # the optional extra is missing
        raise NabaError("--engine ray needs Ray Data: pip install 'naba[ray]'") from exc
    return ray


def _init(jobs: int) -> int:
    """Join $RAY_ADDRESS or start a local Ray; the number of extraction actors."""
    ray = _ray()
    if not ray.is_initialized():
        quiet = dict(include_dashboard=False, log_to_driver=False, logging_level=logging.WARNING)
        if os.environ.get("RAY_ADDRESS"):
            ray.init(**quiet)
        else:
            ray.init(num_cpus=jobs if jobs > 0 else None, **quiet)
    ctx = ray.data.DataContext.get_current()
    ctx.execution_options.preserve_order = True
    # Small blocks: one JSON Lines file of many articles becomes many blocks, which the actor pool
    # spreads over its actors (one big block would go to a single actor).
    ctx.target_max_block_size = 1 << 20
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    return jobs if jobs > 0 else max(1, int(ray.cluster_resources().get("CPU", 1)))


def _files(paths: Iterable[str]) -> Iterator[Union[str, InputError]]:
    """The files the paths stand for (as :func:`pipeline.read.iter_inputs` expands them)."""
    from pipeline import read

    seen: set[str] = set()
    for arg in paths:
        if arg == read.STDIN:
            yield InputError(read.STDIN_SOURCE, "--engine ray reads files, not stdin")
            continue
        for item in read._expand(arg):
            if isinstance(item, InputError):
                yield item
                continue
            key = os.path.realpath(item)
            if key not in seen:
                seen.add(key)
                yield item


def _read_file(row: dict[str, Any], *, published: Optional[dt.date]) -> list[dict[str, Any]]:
    """A Ray task body: one file → one row per article (or per input error)."""
    from pipeline import read

    if row["error"]:
        return [{"file": row["file"], "n": 0, "article": "", "error": row["error"]}]
    out = []
    for n, item in enumerate(read.read_path(row["path"])):
        if isinstance(item, InputError):
            out.append({"file": row["file"], "n": n, "article": "", "error": str(item)})
            continue
        if published is not None and item.published is None:
            item = item.model_copy(update={"published": published})
        out.append({"file": row["file"], "n": n, "article": item.model_dump_json(), "error": ""})
    return out


class _Extract:
    """A Ray actor: builds the pipeline once, then extracts batches of articles. With
    ``ingested_at`` (Parquet output) each row carries its record's rows of every table, as Arrow
    IPC bytes in a column ``t_<table>``, built here once, instead of the record's JSON."""

    def __init__(self, lexicons: tuple[str, ...], ingested_at: Optional[dt.datetime] = None):
        from pipeline import parallel

        self.lexicons = tuple(lexicons)
        self.ingested_at = ingested_at
        parallel._init_worker(self.lexicons)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        from pipeline import store

        records, errors = [], []
        tables: dict[str, list[bytes]] = {f"t_{t}": [] for t in store.TABLES} if self.ingested_at else {}
        for art, err in zip(batch["article"], batch["error"]):
            res = Failure(str(err)) if err else _extract_one(Article.model_validate_json(art), self.lexicons)
            if isinstance(res, Failure):
                records.append("")
                errors.append(res.message)
                for column in tables.values():
                    column.append(b"")
                continue
            errors.append("")
            if self.ingested_at:
                records.append("")
                for t, rows in _ipc_tables(res, self.ingested_at).items():
                    tables[f"t_{t}"].append(rows)
            else:
                records.append(res.model_dump_json())
        return {"file": list(batch["file"]), "n": list(batch["n"]), "record": records, "error": errors, **tables}


def _ipc_tables(record: ArticleRecord, ingested_at: dt.datetime) -> dict[str, bytes]:
    """The record's rows of every table (:func:`pipeline.bulk.record_tables`) as Arrow IPC streams."""
    import pyarrow as pa

    from pipeline import bulk

    out = {}
    for t, rows in bulk.record_tables([record], ingested_at).items():
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, rows.schema) as writer:
            writer.write_table(rows)
        out[t] = sink.getvalue().to_pybytes()
    return out


def _records_dataset(paths: Iterable[str], lexicons: tuple[str, ...], published: Optional[dt.date], jobs: int, batch_size: int,
                     ingested_at: Optional[dt.datetime] = None):
    """The dataset of extracted records (columns file, n, record JSON, error; with ``ingested_at``,
    the rows of every table instead of the JSON: see :class:`_Extract`) and the actor count."""
    ray = _ray()
    actors = _init(jobs)
    rows = [
        {"file": i, "path": "" if isinstance(f, InputError) else f, "error": str(f) if isinstance(f, InputError) else ""}
        for i, f in enumerate(_files(paths))
    ]
    if not rows:
        return None, actors
    ds = ray.data.from_items(rows, override_num_blocks=len(rows))
    # Reading is light: its tasks take no CPU slot, so they never wait behind the extraction actors.
    ds = ds.flat_map(_read_file, fn_kwargs={"published": published}, num_cpus=0)
    return ds.map_batches(
        _Extract,
        fn_constructor_kwargs={"lexicons": tuple(lexicons), "ingested_at": ingested_at},
        batch_size=batch_size,
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=1,
        batch_format="numpy",
    ), actors


def extract_records(
    paths: Iterable[str],
    *,
    lexicons: tuple[str, ...] = (),
    published: Optional[dt.date] = None,
    jobs: int = 0,
    batch_size: int = 8,
) -> Iterator[Union[ArticleRecord, Failure]]:
    """One ArticleRecord or :class:`~pipeline.parallel.Failure` per input item, in input order."""
    ds, _ = _records_dataset(paths, lexicons, published, jobs, batch_size)
    if ds is None:
        return
    for row in ds.iter_rows():
        if row["error"]:
            yield Failure(str(row["error"]))
        else:
            yield ArticleRecord.model_validate_json(row["record"])


def _table_rows(batch: Any, *, table: str):
    """A batch of extracted rows (a pyarrow table) → the rows of one table, from their IPC bytes."""
    import pyarrow as pa

    from pipeline import bulk

    parts = [pa.ipc.open_stream(b).read_all() for b in batch.column(f"t_{table}").to_pylist() if b]
    return pa.concat_tables(parts) if parts else bulk.parquet_schemas()[table].empty_table()


def write_parquet(
    paths: Iterable[str],
    output_dir: str,
    *,
    lexicons: tuple[str, ...] = (),
    published: Optional[dt.date] = None,
    jobs: int = 0,
    batch_size: int = 8,
) -> ParquetSummary:
    """Extract on Ray and write every table as Parquet under ``output_dir/<table>/``."""
    from pipeline import store

    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    ds, _ = _records_dataset(paths, lexicons, published, jobs, batch_size, ingested_at=now)
    summary = ParquetSummary()
    if ds is None:
        return summary
    ds = ds.materialize()  # extraction (and each record's rows) runs once; each table is then written from them
    for row in ds.select_columns(["error"]).iter_rows():
        if row["error"]:
            summary.failures.append(str(row["error"]))
    for table in store.TABLES:
        out = ds.select_columns([f"t_{table}"]).map_batches(
            _table_rows,
            fn_kwargs={"table": table},
            batch_format="pyarrow",
            batch_size=64,
        )
        try:
            out.write_parquet(os.path.join(output_dir, table), min_rows_per_file=100_000)
        except TypeError:  # Ray before min_rows_per_file
            out.write_parquet(os.path.join(output_dir, table))
        summary.rows[table] = _count_rows(os.path.join(output_dir, table))
    summary.articles = summary.rows.get("articles", 0)
    return summary


def _count_rows(folder: str) -> int:
    """Rows in the Parquet files under ``folder`` (a path or a URI such as ``s3://…``); 0 if none."""
    import pyarrow.dataset as pads

    try:
        return pads.dataset(folder, format="parquet").count_rows()
    except (FileNotFoundError, OSError, ValueError):
        return 0
