"""Grouping scored pairs into events without chaining distinct ones together.

Greedy agglomeration over pair scores, best first (ties broken by event id so
the result depends only on the set of events, not their order): two clusters
join when their best pair clears the threshold, no member pair is a hard
conflict (every pair is checked), and the mean score across a sample of their
members clears the linkage bar. The last two checks stop A~B~C chains from
joining A and C when they are distinct (two attacks on different days linked
by a vague report).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tidings.merge.blocking import candidate_pairs
from tidings.merge.decision import DEFAULT, MergeConfig, conflict, score
from tidings.merge.disjoint import DisjointSets
from tidings.merge.profile import Profile

SAMPLE = 6  # members per side compared when checking mean linkage


@dataclass
class _Group:
    members: list[int]
    docs: set[str] = field(default_factory=set)
    city_days: dict[str, set[int]] = field(default_factory=dict)


def cluster(
    profiles: Sequence[Profile],
    config: MergeConfig = DEFAULT,
    forced: Iterable[tuple[int, int]] = (),
) -> list[list[int]]:
    """Clusters of profile indices; `forced` pairs (near-duplicate copies) always join."""
    sets = DisjointSets(len(profiles))
    find = sets.find
    groups: dict[int, _Group] = {}  # only clusters that grew; singletons are implicit

    def group(root: int) -> _Group:
        found = groups.get(root)
        return found if found is not None else _group_of(root, profiles[root])

    def join(a: int, b: int) -> None:
        ga, gb = group(a), group(b)
        keep, gone = (a, b) if len(ga.members) >= len(gb.members) else (b, a)
        sets.attach(gone, keep)
        groups.pop(gone, None)
        groups[keep] = _absorbed(ga, gb) if keep == a else _absorbed(gb, ga)

    for i, j in forced:
        ri, rj = find(i), find(j)
        if ri != rj:
            join(ri, rj)
    for _, i, j in _edges(profiles, config):
        ri, rj = find(i), find(j)
        if ri != rj and _compatible(group(ri), group(rj), profiles, config):
            join(ri, rj)
    members = sets.groups()
    return sorted(
        (sorted(m, key=lambda k: profiles[k].event_id) for m in members.values()),
        key=lambda m: profiles[m[0]].event_id,
    )


def _edges(profiles: Sequence[Profile], config: MergeConfig) -> list[tuple[float, int, int]]:
    edges = []
    for i, j in candidate_pairs(profiles, config.date_slack, config.total_slack):
        s = score(profiles[i], profiles[j], config)
        if s is not None and s >= config.threshold:
            edges.append((s, i, j))
    edges.sort(key=lambda e: (-e[0], *sorted((profiles[e[1]].event_id, profiles[e[2]].event_id))))
    return edges


def _group_of(i: int, p: Profile) -> _Group:
    g = _Group([i], {p.doc_id})
    if p.city and p.precise:
        g.city_days[p.city] = {p.day_lo}  # type: ignore[arg-type]
    return g


def _absorbed(keep: _Group, gone: _Group) -> _Group:
    keep.members.extend(gone.members)
    keep.docs |= gone.docs
    for city, days in gone.city_days.items():
        keep.city_days.setdefault(city, set()).update(days)
    return keep


def _compatible(a: _Group, b: _Group, profiles: Sequence[Profile], config: MergeConfig) -> bool:
    if not config.same_doc and a.docs & b.docs:
        return False
    for city, days in a.city_days.items():
        other = b.city_days.get(city)
        if other is not None and len(days | other) > 1:
            return False  # one city, two different precise days
    if _mean_link(a, b, profiles, config) < config.linkage:
        return False
    return not _any_conflict(a, b, profiles, config)


def _any_conflict(a: _Group, b: _Group, profiles: Sequence[Profile], config: MergeConfig) -> bool:
    """A hard conflict between any two members, not only the sampled ones:
    a report sampled out of a big cluster must still keep its veto."""
    if len(a.members) <= SAMPLE and len(b.members) <= SAMPLE:
        return False  # _mean_link already compared every pair
    return any(conflict(profiles[i], profiles[j], config) for i in a.members for j in b.members)


def _mean_link(a: _Group, b: _Group, profiles: Sequence[Profile], config: MergeConfig) -> float:
    total, n = 0.0, 0
    for i in _sample(a.members, profiles):
        for j in _sample(b.members, profiles):
            s = score(profiles[i], profiles[j], config)
            if s is None:
                return float("-inf")
            total, n = total + s, n + 1
    return total / n


def _sample(members: list[int], profiles: Sequence[Profile]) -> list[int]:
    if len(members) <= SAMPLE:
        return members
    return sorted(members, key=lambda k: profiles[k].event_id)[:SAMPLE]
