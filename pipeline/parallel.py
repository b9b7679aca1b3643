"""Extraction over many processes with bounded memory: articles stream in, results stream out.

    for item in extract_stream(read.iter_inputs(paths), jobs=4):
        if isinstance(item, Failure): ... else: store the ArticleRecord

* ``jobs=1`` runs in this process (no pool, no pickling). ``jobs=N`` starts N worker processes,
  forked from a ``forkserver`` that has loaded the pipeline once (:mod:`pipeline.preload`; where
  there is no forkserver, ``spawn``: both are safe with the DuckDB connection and the threads of
  the main process, which are never forked); each worker's initializer makes sure the pipeline
  (and any ``--lexicon``) is loaded, and the worker then runs :func:`pipeline.run.extract_article`
  on the chunks of articles it is sent, and builds each record's table rows
  (:func:`pipeline.store.record_columns`): the records come back with their rows attached
  (:func:`pipeline.store.attach_rows`), so that the main process only merges entity keys and
  inserts. With ``main_extracts`` the main process extracts too (N − 1 workers): it takes a chunk
  itself whenever the workers already have enough queued.
* **Order.** Results come out in input order whatever the number of jobs, so a database loaded
  with ``--jobs 4`` is the database loaded with ``--jobs 1`` (the cross-article entity merge
  depends on the order of the articles).
* **Bounded memory.** At most ``window`` chunks of ``chunksize`` articles are in flight
  (default: 16 chunks per job, ~4 s of work for each worker: enough to keep the workers busy
  while the caller stores a batch of 256 records; a chunk of results waiting is ~0.2 MB pickled,
  ~1 MB once received);
  the input is read only as fast as results are consumed.
* **Garbage collection.** A process that runs the pipeline over many articles (a worker, or this
  one with ``jobs=1``) moves what is loaded by then (spaCy, the NER model, lexicons) out of the
  collector's sight and collects young objects every 10,000 allocations instead of 700
  (:func:`tune_gc`): the collector then takes ~0.1 CPU-s per 100k words instead of ~1 (10% of
  the run). The records and Docs of an article hold no reference cycles that need it sooner.
* **A bad article never stops the stream.** An input error passes through as a :class:`Failure`;
  an article whose extraction raises becomes a :class:`Failure` with its source and reason, the
  same one line with one job or many.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
from collections import deque
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING, Iterable, Iterator, Optional, Union

from pipeline.errors import InputError, NabaError
from schemas import Article, ArticleRecord

if TYPE_CHECKING:
    from pipeline.store import RecordRows

__all__ = ["Failure", "extract_stream", "resolve_jobs", "tune_gc"]


@dataclass(frozen=True)
class Failure:
    """An article (or input) that gave no record: ``message`` is the one-line ``<source>: <reason>``."""

    message: str


Result = Union[ArticleRecord, Failure]


def resolve_jobs(jobs: int) -> int:
    """``jobs`` as a number of processes: 0 (or less) means one per CPU core."""
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _extract_one(article: Article, lexicons: tuple[str, ...]) -> Result:
    from pipeline import run

    try:
        return run.extract_article(article, lexicons=lexicons)
    except NabaError as exc:
        return Failure(f"{article.source}: {exc}")
    except Exception as exc:  # a bug on one article must not stop an archive-sized run
        return Failure(f"{article.source}: extraction failed ({type(exc).__name__}: {exc})")


def tune_gc(freeze: bool = True) -> None:
    """Set the collector up for a long extraction or load run in this process: with ``freeze``,
    every object alive now (the loaded pipeline) moves to the permanent generation, which no
    collection scans; young objects are collected every 10,000 allocations (Python's default is
    700, and each collection of the older generations rescans everything)."""
    import gc

    if freeze:
        gc.collect()
        gc.freeze()
    gc.set_threshold(10_000, 10, 10)


_LEXICONS: tuple[str, ...] = ()

# With several jobs, whether this process extracts too (N − 1 workers) or only stores (N workers).
MAIN_EXTRACTS = False


def _init_worker(lexicons: tuple[str, ...]) -> None:
    """Build the pipeline (spaCy, NER model, lexicon rules) once per worker."""
    global _LEXICONS
    _LEXICONS = lexicons
    from pipeline import run

    from pipeline.store import pack_record

    # loads and caches every resource the chain uses, and the record compressor (pyarrow's zstd):
    # in the forkserver, once for every worker
    pack_record(run.extract("شركة.", lexicons=lexicons))
    tune_gc()


def _work(chunk: list[Article]) -> list[Union[tuple[ArticleRecord, Optional["RecordRows"]], Failure]]:
    """Extract a chunk and build each record's table rows here, so that the main process only
    merges entity keys and inserts."""
    from pipeline.store import record_columns

    out: list = []
    for a in chunk:
        res = _extract_one(a, _LEXICONS)
        if isinstance(res, Failure):
            out.append(res)
            continue
        try:
            rows = record_columns(res)
        except Exception:  # the main process builds them again, and reports what goes wrong there
            rows = None
        out.append((res, rows))
    return out


def _received(results: list) -> Iterator[Result]:
    from pipeline.store import attach_rows

    for res in results:
        if isinstance(res, Failure):
            yield res
        else:
            record, rows = res
            if rows is not None:
                attach_rows(record, rows)
            yield record


def _prepare(items: Iterable[Union[Article, InputError]], published: Optional[dt.date]) -> Iterator[Union[Article, Failure]]:
    for item in items:
        if isinstance(item, InputError):
            yield Failure(str(item))
        elif published is not None and item.published is None:
            yield item.model_copy(update={"published": published})
        else:
            yield item


def _context(start_method: Optional[str]) -> mp.context.BaseContext:
    """The start method asked for, else a forkserver that preloads the pipeline, else spawn."""
    if start_method is None:
        if "forkserver" not in mp.get_all_start_methods():
            return mp.get_context("spawn")
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["pipeline.preload"])  # effective when the server starts
        return ctx
    return mp.get_context(start_method)


def extract_stream(
    items: Iterable[Union[Article, InputError]],
    *,
    jobs: int = 1,
    lexicons: tuple[str, ...] = (),
    published: Optional[dt.date] = None,
    chunksize: int = 4,
    window: Optional[int] = None,
    start_method: Optional[str] = None,
    main_extracts: Optional[bool] = None,
) -> Iterator[Result]:
    """One :class:`ArticleRecord` or :class:`Failure` per input item, in input order.

    ``published`` is given to articles that have no date. ``jobs`` ≤ 0 means one per core.
    With ``main_extracts`` (default: :data:`MAIN_EXTRACTS`), ``jobs=N`` starts N − 1 workers and this process
    extracts a chunk itself whenever the workers already have enough queued; otherwise N workers.
    """
    jobs = resolve_jobs(jobs)
    prepared = _prepare(items, published)
    if jobs == 1:
        loaded = False
        for item in prepared:
            if isinstance(item, Failure):
                yield item
                continue
            if not loaded:
                loaded = True
                try:
                    _init_worker(lexicons)
                except Exception:  # reported for the article itself, by _extract_one
                    pass
            yield _extract_one(item, lexicons)
        return
    tune_gc(freeze=False)  # this process unpickles records and stores them
    if main_extracts is None:
        main_extracts = MAIN_EXTRACTS
    workers = jobs - 1 if main_extracts else jobs
    window = window or 16 * jobs
    ctx = _context(start_method)
    pool = ctx.Pool(workers, initializer=_init_worker, initargs=(lexicons,))
    try:
        # Each pending entry is a Failure (kept in place to preserve order), a chunk running in the
        # pool, or the results of a chunk extracted here.
        pending: deque = deque()
        chunk: list[Article] = []
        in_flight = 0

        def dispatch(chunk: list[Article]) -> None:
            nonlocal in_flight
            in_flight += 1
            if main_extracts and sum(1 for p in pending if isinstance(p, AsyncResult) and not p.ready()) >= 2 * workers:
                pending.append([_extract_one(a, lexicons) for a in chunk])
            else:
                pending.append(pool.apply_async(_work, (chunk,)))

        def drain(limit: int) -> Iterator[Result]:
            nonlocal in_flight
            while pending and (in_flight > limit or isinstance(pending[0], Failure)):
                head = pending.popleft()
                if isinstance(head, Failure):
                    yield head
                else:
                    in_flight -= 1
                    yield from (head if isinstance(head, list) else _received(head.get()))

        for item in prepared:
            if isinstance(item, Failure):
                if chunk:
                    dispatch(chunk)
                    chunk = []
                pending.append(item)
            else:
                chunk.append(item)
                if len(chunk) >= chunksize:
                    dispatch(chunk)
                    chunk = []
            yield from drain(window - 1)
        if chunk:
            dispatch(chunk)
        yield from drain(-1)
        pool.close()
        pool.join()
    finally:
        pool.terminate()
