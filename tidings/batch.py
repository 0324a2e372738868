"""Running the whole path over a batch: ingest -> extract -> store -> merge.

This is the edge where stages meet the store; the stages themselves stay pure.
Two entry points share the bookkeeping: `run_batch` extracts here (in one
process or a local pool), `store_extracted` takes results extracted elsewhere
(the Ray engine).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from tidings.records import Article, Event, IngestFailure


@dataclass
class BatchSummary:
    new: int = 0
    known: int = 0
    failed: int = 0
    events: int = 0
    failures: list[IngestFailure] = field(default_factory=list)
    new_event_ids: list[str] = field(default_factory=list)
    merge: object | None = None  # what the merge step reported, if it ran
    copies: int = 0  # a stored text from another outlet or address: counted, not re-extracted
    new_sighting_ids: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.new + self.known + self.copies + self.failed


Callback = Callable[[BatchSummary], None]
FailureCallback = Callable[[IngestFailure], None]


def _ignore(_: object) -> None:
    pass


def run_batch(
    items: Iterable[Article | IngestFailure],
    store,
    *,
    on_failure: FailureCallback = _ignore,
    on_progress: Callback = _ignore,
    merge: bool = True,
    workers: int = 1,
    by_outlet: bool = False,
) -> BatchSummary:
    """Store every new article with its events; record every failure.

    With workers > 1 extraction runs in a process pool; the store is only ever
    written from this process. With `by_outlet` the batch is read whole
    first, and each outlet's home area learned from its new articles
    settles their bare place names (see extract.places.outlets).
    """
    from tidings.extract.parallel import extract_parallel, extract_prepared

    summary = BatchSummary()
    fresh: Iterable[Article] = _fresh_articles(items, store, summary, on_failure, on_progress)
    homes = None
    if by_outlet:
        from tidings.extract.places.outlets import outlet_homes

        fresh = list(fresh)
        homes = outlet_homes(fresh)
    if merge:
        from tidings.store import merged  # before the pool starts, so forked workers have it

        # the workers sign and profile each article beside its extraction
        results = extract_prepared(fresh, merged.prepare, workers=workers, homes=homes)
    else:
        pairs = extract_parallel(fresh, workers=workers, homes=homes)
        results = ((article, events, None) for article, events in pairs)
    prepared = {}
    for article, events, ready in results:
        if _store_one(store, article, events, summary) and ready is not None:
            prepared[article.id] = ready
        on_progress(summary)
    return _merged(store, summary, merge, prepared)


def store_extracted(
    results: Iterable[tuple[Article, list[Event]] | IngestFailure],
    store,
    *,
    on_failure: FailureCallback = _ignore,
    on_progress: Callback = _ignore,
    merge: bool = True,
) -> BatchSummary:
    """Store results that were extracted elsewhere; known articles are skipped.

    A pair that carries `prepared` (what store.merged.prepare made of it in
    the worker: scale.ray_engine.ShardResult) is merged from that, as
    run_batch merges from its workers' results; others are signed and
    profiled here."""
    summary = BatchSummary()
    prepared = {}
    for item in results:
        if isinstance(item, IngestFailure):
            _record_failure(store, item, summary, on_failure)
        elif store.has_article(item[0].id):
            _known(store, item[0], summary)
        elif _store_one(store, item[0], item[1], summary) and getattr(item, "prepared", None) is not None:
            prepared[item[0].id] = item.prepared
        on_progress(summary)
    return _merged(store, summary, merge, prepared)


def _fresh_articles(
    items: Iterable[Article | IngestFailure],
    store,
    summary: BatchSummary,
    on_failure: FailureCallback,
    on_progress: Callback,
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, IngestFailure):
            _record_failure(store, item, summary, on_failure)
        elif store.has_article(item.id):
            _known(store, item, summary)
        else:
            yield item
        on_progress(summary)


def _record_failure(store, failure: IngestFailure, summary: BatchSummary, on_failure: FailureCallback) -> None:
    summary.failed += 1
    summary.failures.append(failure)
    store.add_failure(failure)
    on_failure(failure)


def _store_one(store, article: Article, events: list[Event], summary: BatchSummary) -> bool:
    """Whether the article was stored now (False: it was already there)."""
    if store.add_article(article, events):
        summary.new += 1
        summary.events += len(events)
        summary.new_event_ids.extend(e.id for e in events)
        return True
    _known(store, article, summary)  # the same text twice within one batch
    return False


def _known(store, article: Article, summary: BatchSummary) -> None:
    """A stored text again: the same publication changes nothing; a copy from
    another outlet is recorded as a sighting of the stored article."""
    sighting = store.add_sighting(article)
    if sighting is None:
        summary.known += 1
    else:
        summary.copies += 1
        summary.new_sighting_ids.append(sighting.id)


def _merged(store, summary: BatchSummary, merge: bool, prepared: Mapping | None = None) -> BatchSummary:
    """Merge the batch's new events and copies; `prepared`: merged.prepare's
    results for newly stored articles, by id."""
    if merge and (summary.new_event_ids or summary.new_sighting_ids):
        from tidings.store import merged

        summary.merge = merged.update(store, summary.new_event_ids, copies=summary.new_sighting_ids,
                                      prepared=prepared)
    return summary
