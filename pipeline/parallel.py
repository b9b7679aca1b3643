"""Extraction over many processes with bounded memory: articles stream in, results stream out.

    for item in extract_stream(read.iter_inputs(paths), jobs=4):
        if isinstance(item, Failure): ... else: store the ArticleRecord

* ``jobs=1`` runs in this process (no pool, no pickling). ``jobs=N`` starts N worker processes
  (``spawn`` by default: safe with the DuckDB connection and the threads of the main process);
  each builds the pipeline once, in its initializer, and then runs :func:`pipeline.run.extract_article`
  on the chunks of articles it is sent.
* **Order.** Results come out in input order whatever the number of jobs, so a database loaded
  with ``--jobs 4`` is the database loaded with ``--jobs 1`` (the cross-article entity merge
  depends on the order of the articles).
* **Bounded memory.** At most ``window`` chunks of ``chunksize`` articles are in flight
  (default: 4 chunks per job); the input is read only as fast as results are consumed.
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
from typing import Iterable, Iterator, Optional, Union

from pipeline.errors import InputError, NabaError
from schemas import Article, ArticleRecord

__all__ = ["Failure", "extract_stream", "resolve_jobs"]


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


_LEXICONS: tuple[str, ...] = ()


def _init_worker(lexicons: tuple[str, ...]) -> None:
    """Build the pipeline (spaCy, NER model, lexicon rules) once per worker."""
    global _LEXICONS
    _LEXICONS = lexicons
    from pipeline import run

    run.extract("شركة.", lexicons=lexicons)  # loads and caches every resource the chain uses


def _work(chunk: list[Article]) -> list[Result]:
    return [_extract_one(a, _LEXICONS) for a in chunk]


def _prepare(items: Iterable[Union[Article, InputError]], published: Optional[dt.date]) -> Iterator[Union[Article, Failure]]:
    for item in items:
        if isinstance(item, InputError):
            yield Failure(str(item))
        elif published is not None and item.published is None:
            yield item.model_copy(update={"published": published})
        else:
            yield item


def extract_stream(
    items: Iterable[Union[Article, InputError]],
    *,
    jobs: int = 1,
    lexicons: tuple[str, ...] = (),
    published: Optional[dt.date] = None,
    chunksize: int = 4,
    window: Optional[int] = None,
    start_method: str = "spawn",
) -> Iterator[Result]:
    """One :class:`ArticleRecord` or :class:`Failure` per input item, in input order.

    ``published`` is given to articles that have no date. ``jobs`` ≤ 0 means one per core.
    """
    jobs = resolve_jobs(jobs)
    prepared = _prepare(items, published)
    if jobs == 1:
        for item in prepared:
            yield item if isinstance(item, Failure) else _extract_one(item, lexicons)
        return
    window = window or 4 * jobs
    ctx = mp.get_context(start_method)
    pool = ctx.Pool(jobs, initializer=_init_worker, initargs=(lexicons,))
    try:
        # Each pending entry is a Failure (kept in place to preserve order) or a running chunk.
        pending: deque = deque()
        chunk: list[Article] = []
        in_flight = 0

        def drain(limit: int) -> Iterator[Result]:
            nonlocal in_flight
            while pending and (in_flight > limit or isinstance(pending[0], Failure)):
                head = pending.popleft()
                if isinstance(head, Failure):
                    yield head
                else:
                    in_flight -= 1
                    yield from head.get()

        for item in prepared:
            if isinstance(item, Failure):
                if chunk:
                    pending.append(pool.apply_async(_work, (chunk,)))
                    in_flight += 1
                    chunk = []
                pending.append(item)
            else:
                chunk.append(item)
                if len(chunk) >= chunksize:
                    pending.append(pool.apply_async(_work, (chunk,)))
                    in_flight += 1
                    chunk = []
            yield from drain(window - 1)
        if chunk:
            pending.append(pool.apply_async(_work, (chunk,)))
            in_flight += 1
        yield from drain(-1)
        pool.close()
        pool.join()
    finally:
        pool.terminate()
