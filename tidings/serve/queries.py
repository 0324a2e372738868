"""Queries the API needs that the store does not offer (yet).

Everything here starts from the store's own filter (`build_where`) and adds
fixed clauses chosen by which options are set; user values only ever reach
SQLite as bound parameters. Candidates to move into `tidings.store`: the
bounding box, keyset pagination and the per-day statistics.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Iterator

from tidings.records import Event, event_from_dict
from tidings.store import EventFilter
from tidings.store.filters import Query, build_where

# sort name -> column; "-name" sorts descending
SORT_COLUMNS = {"date": "events.date_start", "dead": "events.dead"}
# the store's index on each sort column (schema migration 3)
SORT_INDEXES = {"date": "events_date", "dead": "events_dead"}
WALK_BUDGET_S = 0.15  # CPU seconds; a walk over the whole of a million-event index takes about 1 s
DEFAULT_SORT = "-date"


class QueryError(ValueError):
    """A query option the client got wrong (bad bbox, cursor or sort)."""


@dataclass(frozen=True)
class BBox:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float


@dataclass(frozen=True)
class Sort:
    column: str  # a value of SORT_COLUMNS, never user text
    name: str
    descending: bool


@dataclass
class Page:
    rows: list[tuple[int, Event]]  # (rowid, event)
    next_cursor: str | None


@dataclass
class Stats:
    total: int
    per_day: list[tuple[str, str, int]]  # (day, PLOVER category, events)
    undated: int  # events without a single-day date, left out of per_day
    by_category: list[tuple[str, int]]
    by_country: list[tuple[str, int]]
    casualties: dict[str, int] = field(default_factory=dict)  # one figure per real-world event
    reported: dict[str, int] = field(default_factory=dict)  # summed over every report


def parse_bbox(text: str) -> BBox:
    parts = text.split(",")
    if len(parts) != 4:
        raise QueryError(f"bbox must be minlon,minlat,maxlon,maxlat; got {text!r}")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(p) for p in parts)
    except ValueError:
        raise QueryError(f"bbox has a value that is not a number: {text!r}") from None
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise QueryError("bbox longitudes must lie in -180..180")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise QueryError("bbox latitudes must lie in -90..90 with minlat <= maxlat")
    return BBox(min_lon, min_lat, max_lon, max_lat)


def parse_sort(text: str | None) -> Sort:
    text = (text or DEFAULT_SORT).strip()
    name = text.lstrip("-")
    column = SORT_COLUMNS.get(name)
    if column is None:
        choices = ", ".join(f"{n}, -{n}" for n in SORT_COLUMNS)
        raise QueryError(f"cannot sort by {text!r}; choose one of {choices}")
    return Sort(column, name, text.startswith("-"))


def where(filters: EventFilter, bbox: BBox | None = None) -> Query:
    """The store's filter plus the bounding box."""
    query = build_where(filters)
    if bbox is None:
        return query
    clauses = [query.where, "events.lat BETWEEN ? AND ?"]
    params = [*query.params, bbox.min_lat, bbox.max_lat]
    if bbox.min_lon <= bbox.max_lon:
        clauses.append("events.lon BETWEEN ? AND ?")
        params += [bbox.min_lon, bbox.max_lon]
    else:  # the box crosses the antimeridian
        clauses.append("(events.lon >= ? OR events.lon <= ?)")
        params += [bbox.min_lon, bbox.max_lon]
    return Query(" AND ".join(clauses), params)


def page_events(
    conn: sqlite3.Connection, filters: EventFilter, *, bbox: BBox | None = None,
    sort: Sort | None = None, cursor: str | None = None, limit: int = 100,
) -> Page:
    """One page of events in `sort` order, resuming after `cursor` (keyset pagination)."""
    sort = sort or parse_sort(None)
    query = where(filters, bbox)
    clauses, params = [query.where], list(query.params)
    if cursor:
        after = _after(sort, *decode_cursor(cursor, sort))
        clauses.append(after.where)
        params += after.params
    keys = sorted_keys(conn, sort, " AND ".join(clauses), params, limit + 1)
    more = len(keys) > limit
    keys = keys[:limit]
    next_cursor = encode_cursor(sort, keys[-1][1], keys[-1][0]) if more and keys else None
    # the page's records are read only once its keys are known: sorting keys is cheap
    records = dict(_records(conn, [rowid for rowid, _ in keys]))
    return Page([(rowid, event_from_dict(json.loads(records[rowid]))) for rowid, _ in keys], next_cursor)


def sorted_keys(conn: sqlite3.Connection, sort: Sort, where_sql: str, params: list[object],
                n: int) -> list[tuple[int, object]]:
    """(rowid, sort value) of the first n matches.

    When SQLite's own plan reads rows already in sort order (an index that
    starts with the filter column and goes on with the sort column), it is
    used as is. Otherwise that plan would sort every match, which is slow for
    common filters; walking the sort column's index and filtering as it goes
    is fast then, so the walk is tried first, under a CPU budget, with the
    planner's plan as the fallback for rare matches.
    """
    direction = "DESC" if sort.descending else "ASC"
    order = f" ORDER BY {sort.column} {direction}, events.rowid {direction} LIMIT ?"
    select = f"SELECT events.rowid, {sort.column} FROM events"
    planned = f"{select} WHERE {where_sql}{order}"
    args = [*params, n]
    index = SORT_INDEXES.get(sort.name)
    if index is not None and _sorts_everything(conn, planned, args):
        try:
            with _cpu_budget(conn, WALK_BUDGET_S):
                return conn.execute(f"{select} INDEXED BY {index} WHERE {where_sql}{order}", args).fetchall()
        except sqlite3.OperationalError:
            pass  # over budget (or the index is gone): let the planner choose
    return conn.execute(planned, args).fetchall()


def _sorts_everything(conn: sqlite3.Connection, sql: str, args: list[object]) -> bool:
    steps = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
    return any(step.startswith("USE TEMP B-TREE FOR ORDER BY") for step in steps)


@contextmanager
def _cpu_budget(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    # CPU time of this thread, not wall time: under load, waiting for a core
    # must not count as the walk being slow
    deadline = time.thread_time() + seconds
    conn.set_progress_handler(lambda: time.thread_time() > deadline, 20_000)
    try:
        yield
    finally:
        conn.set_progress_handler(None, 0)


def _records(conn: sqlite3.Connection, rowids: list[int]) -> list[tuple[int, str]]:
    if not rowids:
        return []
    marks = ", ".join("?" * len(rowids))  # one mark per id; ids stay bound parameters
    return conn.execute(f"SELECT rowid, record FROM events WHERE rowid IN ({marks})", rowids).fetchall()


def _after(sort: Sort, value: object, rowid: int) -> Query:
    """Rows strictly after (value, rowid) in the sort order; SQLite puts NULLs first
    when ascending and last when descending."""
    col = sort.column
    if sort.descending:
        if value is None:
            return Query(f"({col} IS NULL AND events.rowid < ?)", [rowid])
        return Query(f"({col} < ? OR ({col} = ? AND events.rowid < ?) OR {col} IS NULL)", [value, value, rowid])
    if value is None:
        return Query(f"(({col} IS NULL AND events.rowid > ?) OR {col} IS NOT NULL)", [rowid])
    return Query(f"({col} > ? OR ({col} = ? AND events.rowid > ?))", [value, value, rowid])


def encode_cursor(sort: Sort, value: object, rowid: int) -> str:
    raw = json.dumps([sort.name, sort.descending, value, rowid], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: Sort) -> tuple[object, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        name, descending, value, rowid = json.loads(base64.urlsafe_b64decode(padded.encode()))
    except (ValueError, TypeError):
        raise QueryError("cursor is not one this server gave out") from None
    if (name, descending) != (sort.name, sort.descending):
        raise QueryError("cursor belongs to another sort order; keep the sort of the first page")
    if not isinstance(rowid, int) or not (value is None or isinstance(value, (str, int))):
        raise QueryError("cursor is not one this server gave out")
    return value, rowid


def count(conn: sqlite3.Connection, filters: EventFilter, bbox: BBox | None = None) -> int:
    query = where(filters, bbox)
    return conn.execute(f"SELECT count(*) FROM events WHERE {query.where}", query.params).fetchone()[0]


def stats(conn: sqlite3.Connection, filters: EventFilter, bbox: BBox | None = None) -> Stats:
    query = where(filters, bbox)
    w, p = query.where, query.params
    per_day = conn.execute(
        f"SELECT date_start, event, count(*) FROM events WHERE {w} AND date_start IS NOT NULL"
        " AND date_start = date_end GROUP BY date_start, event ORDER BY date_start, event", p).fetchall()
    totals = conn.execute(
        f"SELECT count(*), coalesce(sum(dead), 0), coalesce(sum(injured), 0), coalesce(sum(arrested), 0),"
        f" sum(date_start IS NULL OR date_start != date_end) FROM events WHERE {w}", p).fetchone()
    return Stats(
        total=totals[0],
        per_day=[(d, e, n) for d, e, n in per_day],
        undated=totals[4] or 0,
        by_category=_group(conn, "events.event", w, p),
        by_country=_group(conn, "events.country_code", w, p),
        casualties=_merged_casualties(conn, w, p),
        reported={"dead": totals[1], "injured": totals[2], "arrested": totals[3]},
    )


CASUALTY_KINDS = ("dead", "injured", "arrested")


def _merged_casualties(conn: sqlite3.Connection, w: str, p: list[object]) -> dict[str, int]:
    """Sums that count each real-world event once: its merged figure when it has
    been merged, else the report's own figure (two reports of 12 dead are 12)."""
    row = conn.execute(
        "SELECT coalesce(sum(dead), 0), coalesce(sum(injured), 0), coalesce(sum(arrested), 0) FROM ("
        " SELECT CASE WHEN m.id IS NULL THEN max(events.dead) ELSE json_extract(m.record, '$.size.dead') END AS dead,"
        " CASE WHEN m.id IS NULL THEN max(events.injured) ELSE json_extract(m.record, '$.size.injured') END AS injured,"
        " CASE WHEN m.id IS NULL THEN max(events.arrested) ELSE json_extract(m.record, '$.size.arrested') END AS arrested"
        " FROM events LEFT JOIN merge_profiles p ON p.event_id = events.id"
        f" LEFT JOIN merged_events m ON m.id = p.merged_id WHERE {w} GROUP BY coalesce(m.id, events.id))",
        p,
    ).fetchone()
    return dict(zip(CASUALTY_KINDS, row))


def _group(conn: sqlite3.Connection, column: str, w: str, p: list[object]) -> list[tuple[str, int]]:
    # column is one of two fixed names above, never user input
    rows = conn.execute(
        f"SELECT {column} AS value, count(*) AS n FROM events WHERE {w} GROUP BY value ORDER BY n DESC, value", p)
    return [("" if v is None else str(v), n) for v, n in rows]


def in_bbox(lat: float | None, lon: float | None, bbox: BBox) -> bool:
    """The bounding-box test in Python, for streams that come from the store's own iterator."""
    if lat is None or lon is None or not (bbox.min_lat <= lat <= bbox.max_lat):
        return False
    if bbox.min_lon <= bbox.max_lon:
        return bbox.min_lon <= lon <= bbox.max_lon
    return lon >= bbox.min_lon or lon <= bbox.max_lon
