"""The span of days an event date can mean, so coarse dates still match day filters."""

from __future__ import annotations

import calendar
from datetime import date


def day_range(value: str | None, end_value: str | None = None) -> tuple[str | None, str | None]:
    """`2022-01` -> (`2022-01-01`, `2022-01-31`); an end date stretches the range.

    Unreadable dates give (None, None): such an event matches no date filter
    but is still stored and listed.
    """
    first = _bounds(value)
    if first is None:
        return None, None
    last = _bounds(end_value) if end_value else None
    return first[0].isoformat(), (last or first)[1].isoformat()


def _bounds(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    parts = value.strip().split("-")
    try:
        numbers = [int(p) for p in parts]
        if len(numbers) == 3:
            day = date(*numbers)
            return day, day
        if len(numbers) == 2:
            year, month = numbers
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        if len(numbers) == 1:
            return date(numbers[0], 1, 1), date(numbers[0], 12, 31)
    except ValueError:
        return None
    return None
