"""Splitting one merge into parts that cannot see each other.

Blocking compares two events only when they share a country (an event with
no country meets only others without one), and stories never cross a
country. So the events of one country are a part of their own, whose merged
events and stories do not depend on any other part. The one link across
countries is a near-duplicate copy whose event is forced into its original's
event in another country: such countries become one part. Merging part by
part then gives exactly what merging everything at once gives.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tidings.merge.disjoint import DisjointSets
from tidings.merge.profile import Profile


def split(profiles: Sequence[Profile], forced: Iterable[tuple[int, int]] = ()) -> list[list[int]]:
    """Profile indices of each part, largest part first (then by first index)."""
    country_of = {c: n for n, c in enumerate(sorted({p.country for p in profiles}))}
    sets = DisjointSets(len(country_of))
    find = sets.find

    for i, j in forced:
        ri, rj = find(country_of[profiles[i].country]), find(country_of[profiles[j].country])
        if ri != rj:
            sets.attach(max(ri, rj), min(ri, rj))
    parts: dict[int, list[int]] = {}
    for i, p in enumerate(profiles):
        parts.setdefault(find(country_of[p.country]), []).append(i)
    return sorted(parts.values(), key=lambda part: (-len(part), part[0]))


def local_pairs(parts: Sequence[Sequence[int]], pairs: Iterable[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The pairs of each part, renumbered to positions in that part (a pair
    never spans two parts: `split` joined their countries)."""
    pairs = list(pairs)
    needed = {i for pair in pairs for i in pair}
    where = {}
    for n, part in enumerate(parts):
        for position, i in enumerate(part):
            if i in needed:
                where[i] = (n, position)
    out: list[list[tuple[int, int]]] = [[] for _ in parts]
    for i, j in pairs:
        (n, a), (_, b) = where[i], where[j]
        out[n].append((a, b))
    return out
