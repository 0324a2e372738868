"""Which pairs of event records are worth a pair decision.

A block is (family, country, anchor) inside a sliding date window: two events
are compared only if they share a category family, a country, at least one
anchor (the category, a city, an actor, the trigger word) and their date
ranges come within `date_slack` days. Each anchor keeps only its `MAX_PER_ANCHOR`
most recent events, so a busy block (every US protest in a week) costs a
bounded number of comparisons per event and the whole pass stays linear.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence

from tidings.merge.profile import Profile, name_words

MAX_PER_ANCHOR = 48
SWEEP_EVERY = 20000  # how often anchors that fell out of the window are forgotten


def anchors(p: Profile) -> set[str]:
    keys = {f"c:{p.category}"}
    if p.city:
        keys.add(f"p:{p.city}")
    if p.trigger:
        keys.add(f"t:{p.trigger}")
    for name, code, sector in (*p.actors, *p.recipients):
        if code and sector:
            keys.add(f"a:{code}/{sector}")
        keys.update(f"n:{w}" for w in name_words(name))
    return keys


def block_keys(p: Profile) -> list[str]:
    """The (family, country, anchor) keys of a profile; the store indexes these."""
    return sorted(f"{p.family}|{p.country}|{a}" for a in anchors(p))


def _day(p: Profile) -> tuple[int, int]:
    if p.day_lo is None or p.day_hi is None:
        return 0, 0  # undated and unpublished: compared with each other only
    return p.day_lo, p.day_hi


def candidate_pairs(profiles: Sequence[Profile], date_slack: int = 2) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j), i < j, each at most once."""
    order = sorted(range(len(profiles)), key=lambda i: (_day(profiles[i])[0], profiles[i].event_id))
    recent: dict[str, deque[int]] = {}
    for n, i in enumerate(order):
        lo, _ = _day(profiles[i])
        if n % SWEEP_EVERY == SWEEP_EVERY - 1:
            _drop_stale(recent, profiles, lo - date_slack)
        seen: set[int] = set()
        for key in block_keys(profiles[i]):
            queue = recent.get(key)
            if queue is None:
                queue = recent[key] = deque(maxlen=MAX_PER_ANCHOR)
            while queue and _day(profiles[queue[0]])[1] + date_slack < lo:
                queue.popleft()
            for j in queue:
                if j not in seen and _day(profiles[j])[1] + date_slack >= lo:
                    seen.add(j)
                    yield (i, j) if i < j else (j, i)
            queue.append(i)


def _drop_stale(recent: dict[str, deque[int]], profiles: Sequence[Profile], before: int) -> None:
    """Forget anchors whose newest event is out of the window (bounds memory)."""
    stale = [k for k, q in recent.items() if not q or _day(profiles[q[-1]])[1] < before]
    for key in stale:
        del recent[key]
