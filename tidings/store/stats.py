"""Figures over the events a filter matches: per day by category, by category,
by country, and casualty sums (once per real-world event, and as reported)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from tidings.store.filters import EventFilter, build_where

CASUALTY_KINDS = ("dead", "injured", "arrested")
# field name -> column; only these may be grouped on (fixed text, never user input)
GROUP_COLUMNS = {
    "event": "events.event",
    "country": "events.country_code",
    "country_code": "events.country_code",
    "acled_event_type": "events.acled_event_type",
    "quad_code": "events.quad_code",
    "modality": "events.modality",
    "date_precision": "events.date_precision",
    "year": "substr(events.date, 1, 4)",
    "month": "substr(events.date, 1, 7)",
}


@dataclass
class Stats:
    total: int
    per_day: list[tuple[str, str, int]]  # (day, PLOVER category, events), by day then category
    not_single_day: int  # events without a one-day date, left out of per_day
    by_category: list[tuple[str, int]]  # most frequent first
    by_country: list[tuple[str, int]]
    casualties: dict[str, int] = field(default_factory=dict)  # one figure per real-world event
    reported: dict[str, int] = field(default_factory=dict)  # summed over every report


def event_stats(conn: sqlite3.Connection, filters: EventFilter) -> Stats:
    query = build_where(filters)
    w, p = query.where, query.params
    totals = conn.execute(
        "SELECT count(*), coalesce(sum(dead), 0), coalesce(sum(injured), 0), coalesce(sum(arrested), 0),"
        f" sum(date_start IS NULL OR date_start != date_end) FROM events WHERE {w}", p).fetchone()
    return Stats(
        total=totals[0],
        per_day=per_day(conn, filters),
        not_single_day=totals[4] or 0,
        by_category=group_counts(conn, "event", filters),
        by_country=group_counts(conn, "country", filters),
        casualties=merged_casualties(conn, filters),
        reported=dict(zip(CASUALTY_KINDS, totals[1:4])),
    )


def per_day(conn: sqlite3.Connection, filters: EventFilter) -> list[tuple[str, str, int]]:
    """(day, category, events) for events dated to a single day."""
    query = build_where(filters)
    rows = conn.execute(
        f"SELECT date_start, event, count(*) FROM events WHERE {query.where} AND date_start IS NOT NULL"
        " AND date_start = date_end GROUP BY date_start, event ORDER BY date_start, event", query.params)
    return [(d, e, n) for d, e, n in rows]


def group_counts(conn: sqlite3.Connection, name: str, filters: EventFilter) -> list[tuple[str, int]]:
    """(value, events) of one field, most frequent first."""
    column = GROUP_COLUMNS.get(name)
    if column is None:
        choices = ", ".join(sorted(GROUP_COLUMNS))
        raise ValueError(f"cannot summarise events by {name!r}; choose one of {choices}")
    query = build_where(filters)
    rows = conn.execute(
        f"SELECT {column} AS value, count(*) AS n FROM events WHERE {query.where}"
        " GROUP BY value ORDER BY n DESC, value", query.params)
    return [("" if v is None else str(v), n) for v, n in rows]


def merged_casualties(conn: sqlite3.Connection, filters: EventFilter) -> dict[str, int]:
    """Sums that count each real-world event once: its merged figure when it has
    been merged, else the report's own (two reports of 12 dead are 12)."""
    query = build_where(filters)
    row = conn.execute(
        "SELECT coalesce(sum(dead), 0), coalesce(sum(injured), 0), coalesce(sum(arrested), 0) FROM ("
        " SELECT CASE WHEN m.id IS NULL THEN max(events.dead) ELSE json_extract(m.record, '$.size.dead') END AS dead,"
        " CASE WHEN m.id IS NULL THEN max(events.injured) ELSE json_extract(m.record, '$.size.injured') END AS injured,"
        " CASE WHEN m.id IS NULL THEN max(events.arrested) ELSE json_extract(m.record, '$.size.arrested') END"
        " AS arrested FROM events LEFT JOIN merge_profiles p ON p.event_id = events.id"
        f" LEFT JOIN merged_events m ON m.id = p.merged_id WHERE {query.where} GROUP BY coalesce(m.id, events.id))",
        query.params,
    ).fetchone()
    return dict(zip(CASUALTY_KINDS, row))
