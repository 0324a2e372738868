"""Which pairs of event records are worth a pair decision.

A block is (family, country, anchor) inside a sliding date window: two events
are compared only if they share a category family, a country, at least one
anchor and their date ranges come within `date_slack` days. Each anchor keeps
only its `MAX_PER_ANCHOR` most recent events, so a busy block costs a bounded
number of comparisons per event and the whole pass stays linear.

Anchors come in two tiers. Specific ones (a city, a word of an actor's name)
are few per block; broad ones (the category, the trigger, an actor code and
sector such as USA/GOV) hold most of a block. An event with a specific
anchor looks at specific anchors, the `vague` anchor where events without
any specific anchor wait, and only the newest `BROAD_LOOK` events of its
category; an event without one looks at all broad anchors, where every event
is filed. So a country-level, unnamed report still
meets the city-level report of the same event, whichever came first, and a
busy country's every protest is not compared with every other.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from tidings.merge.decision import total_candidate
from tidings.merge.profile import Profile, name_words

MAX_PER_ANCHOR = 48
TOTAL = "|total:"  # the key part running-total candidates meet under
BROAD_LOOK = 16  # how far back an event with specific anchors looks into its category
SWEEP_EVERY = 20000  # how often anchors that fell out of the window are forgotten


def anchors(p: Profile) -> tuple[set[str], set[str]]:
    """(specific, broad) anchors of a profile."""
    specific = {f"p:{p.city}"} if p.city else set()
    broad = {f"c:{p.category}"}
    if p.trigger:
        broad.add(f"t:{p.trigger}")
    for name, code, sector in (*p.actors, *p.recipients):
        if code and sector:
            broad.add(f"a:{code}/{sector}")
        specific.update(f"n:{w}" for w in name_words(name))
    return specific, broad


def _keys(p: Profile) -> tuple[list[tuple[str, int]], list[str]]:
    """(keys to look in with how many entries to read, keys to be filed under),
    each prefixed by family and country. Reports that may be figures of a
    running total also meet under a `total:` key, whose window is wider."""
    specific, broad = anchors(p)
    block = f"{p.family}|{p.country}|"
    totals = [f"{block[:-1]}{TOTAL}{p.category}"] if total_candidate(p) else []
    if specific:
        look = [(block + a, MAX_PER_ANCHOR) for a in sorted(specific | {"vague"})]
        look.append((f"{block}c:{p.category}", BROAD_LOOK))
        filed = sorted(block + a for a in specific | broad)
    else:
        look = [(block + a, MAX_PER_ANCHOR) for a in sorted(broad | {"vague"})]
        filed = sorted(block + a for a in broad | {"vague"})
    return look + [(k, MAX_PER_ANCHOR) for k in totals], filed + totals


def _day(p: Profile) -> tuple[int, int]:
    if p.day_lo is None or p.day_hi is None:
        return 0, 0  # undated and unpublished: compared with each other only
    return p.day_lo, p.day_hi


def candidate_pairs(
    profiles: Sequence[Profile], date_slack: int = 2, total_slack: int = 14
) -> Iterator[tuple[int, int]]:
    """Index pairs (i, j), i < j, each at most once."""
    days = [_day(p) for p in profiles]
    last = [hi for _, hi in days]  # read for every queued event: a list beats a call
    order = sorted(range(len(profiles)), key=lambda i: (days[i][0], profiles[i].event_id))
    # plain lists, trimmed by hand: most anchors hold one or two events, and a
    # deque costs ten times a short list's memory
    recent: dict[str, list[int]] = {}
    for n, i in enumerate(order):
        lo = days[i][0]
        if n % SWEEP_EVERY == SWEEP_EVERY - 1:
            _drop_stale(recent, last, lo - max(date_slack, total_slack))
        seen: set[int] = set()
        look, filed = _keys(profiles[i])
        for key, depth in look:
            queue = recent.get(key)
            if not queue:
                continue
            floor = lo - (total_slack if TOTAL in key else date_slack)  # the earliest last day in reach
            expired = 0
            while expired < len(queue) and last[queue[expired]] < floor:
                expired += 1
            if expired:
                del queue[:expired]
            for j in queue[-depth:]:
                if j not in seen and last[j] >= floor:
                    seen.add(j)
                    yield (i, j) if i < j else (j, i)
        for key in filed:
            queue = recent.setdefault(key, [])
            queue.append(i)
            if len(queue) > MAX_PER_ANCHOR:
                del queue[0]


def _drop_stale(recent: dict[str, list[int]], last: list[int], before: int) -> None:
    """Forget anchors whose every event ended before the window (bounds memory).

    Every event, not the newest: queues run in order of first day, and an
    older month-precise report can outlast a newer day-precise one. Dropping
    only what no later event can reach keeps the sweep from changing any
    result, so where and how often it runs (one part or the whole batch)
    does not matter."""
    stale = [k for k, q in recent.items() if all(last[j] < before for j in q)]
    for key in stale:
        del recent[key]
