"""The day a merged event is placed on in timelines."""

from __future__ import annotations

from tidings.merge.model import MergedEvent
from tidings.merge.profile import day_range


def day_of(me: MergedEvent) -> int | None:
    """First possible day of its canonical date, else its first report's publication day."""
    lo, _ = day_range(me.date, me.date_precision, None)
    if lo is not None:
        return lo
    dates = [m.published for m in me.mentions if m.published]
    return day_range(min(dates), "day", None)[0] if dates else None
