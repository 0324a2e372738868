"""The day a merged event is placed on in timelines."""

from __future__ import annotations

from tidings.merge.model import MergedEvent
from tidings.merge.profile import day_range


def day_of(me: MergedEvent) -> int | None:
    """The day a timeline shows: the canonical date when day-precise; for a
    coarser date (a month, a year) the first report's publication day when it
    falls inside that range (else the range's first day); with no date, the
    first report's publication day."""
    lo, hi = day_range(me.date, me.date_precision, None)
    if lo is not None and hi is not None and (me.date_precision == "day" or lo == hi):
        return lo
    published = [day_range(m.published, "day", None)[0] for m in me.mentions if m.published]
    first = min((d for d in published if d is not None), default=None)
    if lo is None or hi is None:
        return first
    return first if first is not None and lo <= first <= hi else lo
