"""The merge stage end to end, on plain records: articles and events in,
merged events and stories out. It never opens the store; tidings.store.merged
feeds it candidates and writes its results."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager

from tidings.merge.canonical import build
from tidings.merge.cluster import cluster
from tidings.merge.consensus import settle_countries
from tidings.merge.decision import DEFAULT, MergeConfig
from tidings.merge.model import MergeResult
from tidings.merge.neardup import find_originals, sign
from tidings.merge.pool import merge_parts
from tidings.merge.profile import Profile, profile
from tidings.merge.stories import chain
from tidings.merge.text import jaccard
from tidings.records import Article, Event

COPY_MATCH = 0.5  # sentence-term Jaccard for a copy's event to be the original's event


def profile_of(event: Event, article: Article | None) -> Profile:
    if article is None:
        return profile(event)
    ti = event.text_info
    return profile(
        event,
        published=article.published,
        source=article.source,
        sentence_text=article.text[ti.start : ti.end],
        article_text=article.text,
    )


def profiles_of(events: Sequence[Event], articles: Mapping[str, Article | None]) -> list[Profile]:
    """The profiles of a batch of events, read with their articles (by id).
    Every event of an article should be in the batch: an event whose place
    failed takes the country its article's other events agree on
    (`consensus`)."""
    return settle_countries([profile_of(e, articles.get(e.doc_id)) for e in events])


def merge(
    events: Sequence[Event], articles: Iterable[Article], config: MergeConfig = DEFAULT, workers: int = 1
) -> MergeResult:
    by_id = {a.id: a for a in articles}
    duplicates = find_originals([sign(a.id, a.text, a.published) for a in by_id.values()])
    return merge_profiles(profiles_of(events, by_id), duplicates, config, workers)


def merge_profiles(
    profiles: Sequence[Profile],
    duplicates: Mapping[str, str] | None = None,
    config: MergeConfig = DEFAULT,
    workers: int = 1,
) -> MergeResult:
    """Merge in this process, or over `workers` processes (same result)."""
    duplicates = dict(duplicates or {})
    with paused_gc():
        forced = copy_pairs(profiles, duplicates)
        if workers > 1:
            merged, stories = merge_parts(profiles, forced, duplicates, config, workers)
            return MergeResult(merged, stories, duplicates)
        clusters = cluster(profiles, config, forced)
        merged = [build([profiles[i] for i in members], duplicates) for members in clusters]
        return MergeResult(merged, chain(merged), duplicates)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Merging makes millions of small objects and no reference cycles, and
    the cyclic collector would walk every live profile again and again as
    they pile up (a fifth of the CPU time at 100k records); reference
    counting frees everything here. Forked workers inherit the pause."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def copy_pairs(profiles: Sequence[Profile], duplicates: Mapping[str, str]) -> list[tuple[int, int]]:
    """Each event of a near-duplicate article paired with the same event of its original.

    A copy's event with no counterpart (an updated version adds a paragraph)
    is left to the ordinary merge: it may be new information.
    """
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        by_doc[p.doc_id].append(i)
    pairs = []
    for copy_id, original_id in sorted(duplicates.items()):
        taken: set[int] = set()
        for i in by_doc.get(copy_id, []):
            j = _counterpart(profiles, i, by_doc.get(original_id, []), taken)
            if j is not None:
                taken.add(j)
                pairs.append((i, j))
    return pairs


def _counterpart(profiles: Sequence[Profile], i: int, candidates: list[int], taken: set[int]) -> int | None:
    p = profiles[i]
    best, best_sim = None, COPY_MATCH
    for j in candidates:
        q = profiles[j]
        if j in taken or q.category != p.category:
            continue
        sim = jaccard(p.terms, q.terms)
        if sim > best_sim or (sim == best_sim and best is not None and q.event_id < profiles[best].event_id):
            best, best_sim = j, sim
    return best
