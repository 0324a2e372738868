"""Merging the independent parts of a large batch in a pool of processes.

Pair scoring is pure Python and holds the GIL, so more cores need more
processes. Workers are forked after the profiles are built and read them
from the parent's memory: only a part's number goes out, and its merged
events and stories come back. Parts go out largest first so one big country
does not finish last. Results are put back in the order a single process
gives (merged events by smallest member id, stories by start and id), so the
number of workers never changes the result.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Mapping, Sequence

from tidings.merge.canonical import build
from tidings.merge.cluster import cluster
from tidings.merge.decision import MergeConfig
from tidings.merge.model import MergedEvent, Story
from tidings.merge.parts import local_pairs, split
from tidings.merge.profile import Profile
from tidings.merge.stories import chain

# What forked workers read: (profiles, parts, forced pairs per part, duplicates, config).
_shared: tuple | None = None


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def merge_parts(
    profiles: Sequence[Profile],
    forced: Sequence[tuple[int, int]],
    duplicates: Mapping[str, str],
    config: MergeConfig,
    workers: int,
) -> tuple[list[MergedEvent], list[Story]]:
    """Merged events and stories of `profiles`, part by part over `workers` processes."""
    global _shared
    parts = split(profiles, forced)
    _shared = (profiles, parts, local_pairs(parts, forced), duplicates, config)
    try:
        if workers <= 1 or len(parts) <= 1 or not can_fork():
            results = [_merge_part(n) for n in range(len(parts))]
        else:
            with multiprocessing.get_context("fork").Pool(min(workers, len(parts))) as pool:
                results = pool.map(_merge_part, range(len(parts)), chunksize=1)
    finally:
        _shared = None
    merged = sorted((me for part, _ in results for me in part), key=first_member)
    stories = sorted((s for _, part in results for s in part), key=lambda s: (s.start or "", s.id))
    return merged, stories


def first_member(me: MergedEvent) -> str:
    return min(m.event_id for m in me.mentions)


def _merge_part(n: int) -> tuple[list[MergedEvent], list[Story]]:
    assert _shared is not None
    profiles, parts, forced, duplicates, config = _shared
    mine = [profiles[i] for i in parts[n]]
    merged = [build([mine[i] for i in members], duplicates) for members in cluster(mine, config, forced[n])]
    return merged, chain(merged)
