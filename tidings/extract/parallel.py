"""Extraction over a process pool: one spaCy model per worker process.

spaCy releases little of the GIL, so on a laptop the way to use every core is
processes. Articles go out in chunks and come back in input order.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

from tidings.records import Article, Event

if TYPE_CHECKING:
    from tidings.extract.places.home import Home

CHUNK = 32
T = TypeVar("T")


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def extract_parallel(
    articles: Iterable[Article],
    workers: int | None = None,
    chunk: int = CHUNK,
    homes: "Mapping[str, Home] | None" = None,
) -> Iterator[tuple[Article, list[Event]]]:
    """Like pipeline.extract_many, spread over `workers` processes (1 = in process)."""
    from tidings.extract.pipeline import extract_many

    workers = workers or default_workers()
    if workers <= 1:
        yield from extract_many(articles, homes=homes)
        return
    yield from _pooled(articles, workers, chunk, functools.partial(_extract_chunk, homes=homes))


def extract_prepared(
    articles: Iterable[Article],
    prepare: Callable[[Article, list[Event]], T],
    workers: int | None = None,
    chunk: int = CHUNK,
    homes: "Mapping[str, Home] | None" = None,
) -> Iterator[tuple[Article, list[Event], T]]:
    """extract_parallel, with `prepare(article, events)` run on each result
    in the worker that extracted it: work a later stage would otherwise do
    in the one process that writes the store (see store.merged.prepare).
    `prepare` must be a module-level function, so a worker can be sent it."""
    workers = workers or default_workers()
    if workers <= 1:
        from tidings.extract.pipeline import extract_many

        yield from _prepared(prepare, extract_many(articles, homes=homes))
        return
    yield from _pooled(articles, workers, chunk, functools.partial(_extract_prepared_chunk, prepare, homes=homes))


def _pooled(articles: Iterable[Article], workers: int, chunk: int, task: Callable[[list[Article]], list]) -> Iterator:
    batches = _chunks(articles, chunk, workers)
    if multiprocessing.get_start_method() == "fork":
        # Forked workers inherit the model already in memory (shared pages)
        # instead of each reading it from disk again.
        warm_up()
    with ProcessPoolExecutor(max_workers=workers, initializer=warm_up) as pool:
        pending: deque[Future] = deque()
        # Keep two chunks per worker in flight: enough to hide latency, bounded memory.
        while True:
            while len(pending) < 2 * workers and (batch := next(batches, None)):
                pending.append(pool.submit(task, batch))
            if not pending:
                return
            yield from pending.popleft().result()


# Smallest piece the end of a stream is cut into: below about 16 articles a
# batch parses less efficiently (a tenth more CPU at 8).
MIN_CHUNK = 8


def _chunks(articles: Iterable[Article], chunk: int, workers: int) -> Iterator[list[Article]]:
    """Batches of `chunk` articles, except near the end of the stream.

    A whole last chunk left to one worker while the others have nothing to
    do costs up to a chunk's time on every other core. So the stream is read
    a chunk per worker ahead, and once its end is in sight each batch is a share
    of what is left (1 / 2*workers, down to MIN_CHUNK): the workers finish
    nearly together. Which batch an article is in changes nothing it gets.
    """
    source = iter(articles)
    reach = chunk * workers  # how far ahead: the first batch waits for this many articles
    ahead: deque[Article] = deque(islice(source, reach))
    for article in source:
        ahead.append(article)
        if len(ahead) > reach:
            yield [ahead.popleft() for _ in range(chunk)]
    while ahead:
        size = min(chunk, max(MIN_CHUNK, -(-len(ahead) // (2 * workers))))
        yield [ahead.popleft() for _ in range(min(size, len(ahead)))]


# A short report that reaches every component (actors, places, dates,
# figures), so each loads its resources before the workers start.
_WARM_UP_TEXT = (
    "KUNDUZ, March 3 - Gunmen attacked a police post near Kunduz on Tuesday, killing four "
    "officers, the interior ministry said. Protesters later marched to the governor's office."
)


def warm_up() -> None:
    """Load the model and every resource extraction reads, once.

    Under fork the workers then share these pages instead of each loading
    them again (over a second of CPU per worker, and its own copy in memory).
    """
    from datetime import date

    from tidings.extract.pipeline import extract
    from tidings.ingest import article_id

    extract(Article(id=article_id(_WARM_UP_TEXT), text=_WARM_UP_TEXT, published=date(2023, 3, 7)))


def _extract_chunk(batch: list[Article], homes: "Mapping[str, Home] | None" = None) -> list[tuple[Article, list[Event]]]:
    from tidings.extract.pipeline import extract_many

    return list(extract_many(batch, batch_size=len(batch), homes=homes))


def _extract_prepared_chunk(prepare: Callable, batch: list[Article], homes: "Mapping[str, Home] | None" = None) -> list[tuple]:
    return list(_prepared(prepare, _extract_chunk(batch, homes)))


def _prepared(prepare: Callable, results: Iterable[tuple[Article, list[Event]]]) -> Iterator[tuple]:
    for article, events in results:
        yield article, events, prepare(article, events)
