"""Merging the independent parts of a large batch in a pool of processes.

Pair scoring is pure Python and holds the GIL, so more cores need more
processes. Each part goes to a worker with its own profiles, and its merged
events and stories come back. Workers are fresh processes (spawned), not
forks of the parent: reading a Python object writes its reference count,
so after a fork every page of profiles that either side reads is copied,
and a million profiles (1.5 GB) ended up in memory twice or three times.
Sent, each part exists twice at most while a worker holds it. (Spawned
workers import the caller's main module, so a script that merges with
workers > 1 needs the usual `if __name__ == "__main__":` guard.) Parts go out largest first so one big country does not finish
last. Results are put back in the order a single process gives (merged
events by smallest member id, stories by start and id), so the number of
workers never changes the result.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterator, Mapping, Sequence

from tidings.merge.canonical import build
from tidings.merge.cluster import cluster
from tidings.merge.decision import MergeConfig
from tidings.merge.model import MergedEvent, Story
from tidings.merge.parts import local_pairs, split
from tidings.merge.profile import Profile
from tidings.merge.stories import chain

_Task = tuple[list[Profile], list[tuple[int, int]], dict[str, str], MergeConfig]


def merge_parts(
    profiles: Sequence[Profile],
    forced: Sequence[tuple[int, int]],
    duplicates: Mapping[str, str],
    config: MergeConfig,
    workers: int,
) -> tuple[list[MergedEvent], list[Story]]:
    """Merged events and stories of `profiles`, part by part over `workers` processes."""
    parts = split(profiles, forced)
    tasks = _tasks(profiles, parts, forced, duplicates, config)
    if workers <= 1 or len(parts) <= 1:
        results = [merge_part(task) for task in tasks]
    else:
        # the pool's feeder thread draws tasks as workers free up, so only a
        # few parts are copied out at a time
        context = multiprocessing.get_context("spawn")
        with context.Pool(min(workers, len(parts)), initializer=gc.disable) as pool:
            results = list(pool.imap(merge_part, tasks, chunksize=1))
    merged = sorted((me for part, _ in results for me in part), key=first_member)
    stories = sorted((s for _, part in results for s in part), key=lambda s: (s.start or "", s.id))
    return merged, stories


def first_member(me: MergedEvent) -> str:
    return min(m.event_id for m in me.mentions)


def merge_part(task: _Task) -> tuple[list[MergedEvent], list[Story]]:
    """Merged events and stories of one part."""
    profiles, forced, duplicates, config = task
    merged = [build([profiles[i] for i in members], duplicates) for members in cluster(profiles, config, forced)]
    return merged, chain(merged)


def _tasks(
    profiles: Sequence[Profile],
    parts: list[list[int]],
    forced: Sequence[tuple[int, int]],
    duplicates: Mapping[str, str],
    config: MergeConfig,
) -> Iterator[_Task]:
    for part, pairs in zip(parts, local_pairs(parts, forced)):
        mine = [profiles[i] for i in part]
        copies = {p.doc_id: duplicates[p.doc_id] for p in mine if p.doc_id in duplicates}
        yield mine, pairs, copies, config
