"""Chaining related merged events into stories.

Two merged events of one country belong to the same story when one article
reports both (an explicit anchor: the seed report ties the protests, the call
for help, the deployment and the withdrawal together), or when they share a
named actor or place and happened within `GAP` days of each other. A story
never spans more than `SPAN` days, which keeps a country's whole year from
collapsing into one story through a chain of small links. Only chains of two
or more events are stories.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from tidings.merge.dates import day_of
from tidings.merge.disjoint import DisjointSets
from tidings.merge.model import MergedEvent, Story
from tidings.merge.profile import name_words, ordinal_to_iso
from tidings.merge.titles import title

GAP = 10
SPAN = 60
MAX_PER_ANCHOR = 32


def story_id(merged_ids: Sequence[str]) -> str:
    return "st-" + hashlib.blake2b(min(merged_ids).encode(), digest_size=6).hexdigest()


def anchors(me: MergedEvent) -> tuple[set[str], set[str]]:
    """(article anchors, actor/place anchors), each prefixed by the country."""
    articles = {f"{me.country}|d:{m.duplicate_of or m.article_id}" for m in me.mentions}
    names = {f"{me.country}|n:{w}" for a in (*me.actor, *me.recipient) for w in name_words(a.entity_text)}
    if me.place:
        names.add(f"{me.country}|p:{me.place.lower()}")
    return articles, names


def chain(merged: Sequence[MergedEvent]) -> list[Story]:
    dated = [(day_of(me), me) for me in merged if me.country]
    dated = sorted(((d, me) for d, me in dated if d is not None), key=lambda x: (x[0], x[1].id))
    sets = DisjointSets(len(dated))
    find = sets.find
    span = [(d, d) for d, _ in dated]

    def join(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri == rj:
            return
        lo, hi = min(span[ri][0], span[rj][0]), max(span[ri][1], span[rj][1])
        if hi - lo <= SPAN:
            sets.attach(rj, ri)
            span[ri] = (lo, hi)

    recent: dict[str, list[int]] = {}  # short lists: most anchors hold one event
    for i, (day, me) in enumerate(dated):
        by_article, by_name = anchors(me)
        for key in sorted(by_article | by_name):
            queue = recent.setdefault(key, [])
            gap = SPAN if key in by_article else GAP
            for j in queue:
                if day - dated[j][0] <= gap:
                    join(j, i)
            queue.append(i)
            if len(queue) > MAX_PER_ANCHOR:
                del queue[0]
    groups = sets.groups()
    return sorted(
        (_story([dated[i] for i in members]) for members in groups.values() if len(members) > 1),
        key=lambda s: (s.start or "", s.id),
    )


def _story(dated: list[tuple[int, MergedEvent]]) -> Story:
    """A story from its (day, merged event) pairs, in `day_of` order."""
    dated = sorted(dated, key=lambda x: (x[0], x[1].id))
    events = [me for _, me in dated]
    return Story(
        id=story_id([me.id for me in events]),
        title=title(events),
        country=events[0].country,
        start=ordinal_to_iso(dated[0][0]),
        end=ordinal_to_iso(max(day for day, _ in dated)),
        event_ids=[me.id for me in events],
    )
