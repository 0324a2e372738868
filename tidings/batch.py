"""Running the whole path over a batch: ingest -> extract -> store -> merge.

This is the edge where stages meet the store; the stages themselves stay pure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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

    @property
    def seen(self) -> int:
        return self.new + self.known + self.failed


def run_batch(
    items: Iterable[Article | IngestFailure],
    store,
    *,
    on_failure: Callable[[IngestFailure], None] = lambda f: None,
    on_progress: Callable[[BatchSummary], None] = lambda s: None,
    merge: bool = True,
    workers: int = 1,
) -> BatchSummary:
    """Store every new article with its events; record every failure.

    With workers > 1 extraction runs in a process pool; the store is only ever
    written from this process.
    """
    from tidings.extract.parallel import extract_parallel

    summary = BatchSummary()
    fresh = _fresh_articles(items, store, summary, on_failure, on_progress)
    for article, events in extract_parallel(fresh, workers=workers):
        _store_one(store, article, events, summary)
        on_progress(summary)
    if merge and summary.new_event_ids:
        summary.merge = _merge(store, summary.new_event_ids)
    return summary


def _fresh_articles(
    items: Iterable[Article | IngestFailure],
    store,
    summary: BatchSummary,
    on_failure: Callable[[IngestFailure], None],
    on_progress: Callable[[BatchSummary], None],
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, IngestFailure):
            summary.failed += 1
            summary.failures.append(item)
            store.add_failure(item)
            on_failure(item)
        elif store.has_article(item.id):
            summary.known += 1
        else:
            yield item
        on_progress(summary)


def _store_one(store, article: Article, events: list[Event], summary: BatchSummary) -> None:
    if store.add_article(article, events):
        summary.new += 1
        summary.events += len(events)
        summary.new_event_ids.extend(e.id for e in events)
    else:  # the same text twice within one batch
        summary.known += 1


def _merge(store, event_ids: list[str]):
    try:
        from tidings.store import merged
    except ImportError:
        return None
    return merged.update(store, event_ids)
