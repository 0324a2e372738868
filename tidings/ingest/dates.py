"""Publication dates as the item states them.

A datetime keeps the calendar day it names in its own time zone
("2022-01-13T23:30:00-05:00" is the 13th, as the publisher saw it), because
that is the day relative dates in the text ("on Thursday") count from.
Anything unreadable gives None: a missing date is not a reason to lose an
article.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Any

# Plausible Unix timestamps (2001-09-09 .. 2096-10-02), in seconds.
_EPOCH_RANGE = (1_000_000_000, 4_000_000_000)
_ISO_START = re.compile(r"^\d{4}-\d{2}-\d{2}")

_DATEPARSER_SETTINGS = {
    "STRICT_PARSING": True,
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],  # never "yesterday" relative to the machine clock
    "DATE_ORDER": "DMY",
}


def parse_published(value: Any) -> date | None:
    """A `date` from a date, datetime, timestamp or date string; None if unreadable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    if isinstance(value, str):
        return _from_string(value.strip())
    return None


def _from_timestamp(seconds: float) -> date | None:
    if not _EPOCH_RANGE[0] <= seconds <= _EPOCH_RANGE[1]:
        return None
    return datetime.fromtimestamp(seconds, tz=timezone.utc).date()


def _from_string(text: str) -> date | None:
    if not text:
        return None
    if _ISO_START.match(text):
        iso = _from_iso(text)
        if iso is not None:
            return iso
    try:
        return parsedate_to_datetime(text).date()  # RFC 2822, as in RSS
    except (TypeError, ValueError, IndexError):
        pass
    return _from_dateparser(text)


def _from_iso(text: str) -> date | None:
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        pass
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _from_dateparser(text: str) -> date | None:
    import dateparser  # slower to import; only for the formats above don't cover

    parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    return parsed.date() if parsed is not None else None
