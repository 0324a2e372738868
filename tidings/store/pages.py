"""Pages of events in a sort order, resumed by cursor (keyset pagination).

A cursor carries the sort and the (sort value, rowid) of the last row given
out; the next page is the rows strictly after it, so pages never repeat or
skip a row while the store only grows. Sort columns are fixed names chosen
from SORTS; user values reach SQLite only as bound parameters.
"""

from __future__ import annotations

import base64
import json
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator

from tidings.store.filters import EventFilter, Query, QueryError, build_where, fts_query
from tidings.store.rows import EventRow, event_rows

# sort name -> (column, the store's index on it)
SORTS = {"date": ("events.date_start", "events_date_place"), "dead": ("events.dead", "events_dead")}
DEFAULT_SORT = "-date"
MAX_PAGE = 1000
# CPU seconds for walking a sort index; a walk over a whole million-event index takes about 1 s
WALK_BUDGET_S = 0.15
# a text query matching fewer than this share of the articles is answered from
# its articles' events: a walk would read nearly the whole sort index first
RARE_TEXT_SHARE = 1 / 200


@dataclass(frozen=True)
class Sort:
    name: str
    descending: bool

    @classmethod
    def parse(cls, text: str | None) -> "Sort":
        """"date", "-date", "dead" or "-dead" ("-" for descending)."""
        text = (text or DEFAULT_SORT).strip()
        name = text.lstrip("-")
        if name not in SORTS:
            choices = ", ".join(f"{n}, -{n}" for n in SORTS)
            raise QueryError(f"cannot sort by {text!r}; choose one of {choices}")
        return cls(name, text.startswith("-"))

    @property
    def column(self) -> str:
        return SORTS[self.name][0]

    @property
    def index(self) -> str:
        return SORTS[self.name][1]


@dataclass
class Page:
    rows: list[EventRow]
    next_cursor: str | None


def page_events(conn: sqlite3.Connection, filters: EventFilter, sort: Sort | None = None,
                cursor: str | None = None, limit: int = 100) -> Page:
    """One page of light event rows in `sort` order, after `cursor` if given.

    Ties in the sort value are broken by rowid, in the same direction."""
    keys = page_keys(conn, filters, sort, cursor, limit)
    # rows are read only once the page's keys are known: sorting keys is cheap
    by_rowid = {row.rowid: row for row in event_rows(conn, keys.rowids)}
    return Page([by_rowid[rowid] for rowid in keys.rowids], keys.next_cursor)


@dataclass
class PageKeys:
    rowids: list[int]  # the page's events, in sort order
    next_cursor: str | None


def page_keys(conn: sqlite3.Connection, filters: EventFilter, sort: Sort | None = None,
              cursor: str | None = None, limit: int = 100) -> PageKeys:
    """The rowids of one page in `sort` order, after `cursor` if given, and the
    cursor of the next page (None on the last one)."""
    if not 1 <= limit <= MAX_PAGE:
        raise QueryError(f"page size must lie in 1..{MAX_PAGE}; got {limit}")
    sort = sort or Sort.parse(None)
    planned, walked = build_where(filters), build_where(filters, text_per_event=True)
    walk = _worth_walking(conn, filters)
    keys: list[tuple[int, object]] = []
    # the rest of the order, in stretches that SQLite can each start at the cursor
    for stretch in _after(sort, *decode_cursor(cursor, sort)) if cursor else [Query("1", [])]:
        keys += _sorted_keys(conn, sort, _and(planned, stretch), _and(walked, stretch), limit + 1 - len(keys), walk)
        if len(keys) > limit:
            break
    more = len(keys) > limit
    keys = keys[:limit]
    next_cursor = encode_cursor(sort, keys[-1][1], keys[-1][0]) if more else None
    return PageKeys([rowid for rowid, _ in keys], next_cursor)


def _and(first: Query, second: Query) -> Query:
    return Query(f"{first.where} AND {second.where}", [*first.params, *second.params])


def _sorted_keys(conn: sqlite3.Connection, sort: Sort, planned: Query, walked: Query,
                 n: int, walk: bool = True) -> list[tuple[int, object]]:
    """(rowid, sort value) of the first n matches.

    When SQLite's plan already reads rows in sort order (an index that starts
    with the filter column and goes on with the sort column) it is used as is.
    Otherwise that plan sorts every match, which is slow for common filters;
    walking the sort column's index and filtering on the way is fast for
    them, so the walk goes first, under a CPU budget, and the planner's plan
    is the fallback for rare matches.
    """
    direction = "DESC" if sort.descending else "ASC"
    order = f" ORDER BY {sort.column} {direction}, events.rowid {direction} LIMIT ?"
    select = f"SELECT events.rowid, {sort.column} FROM events"
    planned_sql = f"{select} WHERE {planned.where}{order}"
    if walk and _sorts_everything(conn, planned_sql, [*planned.params, n]):
        try:
            with cpu_budget(conn, WALK_BUDGET_S):
                return conn.execute(f"{select} INDEXED BY {sort.index} WHERE {walked.where}{order}",
                                    [*walked.params, n]).fetchall()
        except sqlite3.OperationalError:
            pass  # over budget: let the planner choose
    return conn.execute(planned_sql, [*planned.params, n]).fetchall()


def _worth_walking(conn: sqlite3.Connection, filters: EventFilter) -> bool:
    """False for a text query that matches few articles (a walk that finds
    nothing costs the whole budget). Matches are counted only up to the
    threshold: a common word would otherwise cost a few ms to count."""
    if not filters.text:
        return True
    articles = conn.execute("SELECT max(num) FROM articles").fetchone()[0] or 0
    enough = max(1, int(articles * RARE_TEXT_SHARE))
    matches = conn.execute("SELECT count(*) FROM (SELECT 1 FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?)",
                           [fts_query(filters.text), enough]).fetchone()[0]
    return matches >= enough


def _sorts_everything(conn: sqlite3.Connection, sql: str, args: list[object]) -> bool:
    steps = [row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args)]
    return any(step.startswith("USE TEMP B-TREE FOR ORDER BY") for step in steps)


class Budget:
    """CPU time (this thread's) that SQLite work on a connection may take."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.thread_time() + seconds

    @property
    def spent(self) -> bool:
        return time.thread_time() > self.deadline


# the budgets open on each connection, innermost last (SQLite keeps one progress handler)
_open_budgets: dict[int, list[Budget]] = {}


@contextmanager
def cpu_budget(conn: sqlite3.Connection, seconds: float) -> Iterator[Budget]:
    """Interrupt SQLite (sqlite3.OperationalError) once this thread has spent
    `seconds` of CPU inside the block, or an enclosing budget is spent.

    Thread CPU time, not wall time: under load, waiting for a core must not
    count as the query being slow.
    """
    budget = Budget(seconds)
    stack = _open_budgets.setdefault(id(conn), [])
    stack.append(budget)
    conn.set_progress_handler(lambda: any(b.spent for b in stack), 20_000)
    try:
        yield budget
    finally:
        stack.remove(budget)
        if stack:
            conn.set_progress_handler(lambda: any(b.spent for b in stack), 20_000)
        else:
            del _open_budgets[id(conn)]
            conn.set_progress_handler(None, 0)


def _after(sort: Sort, value: object, rowid: int) -> list[Query]:
    """Rows strictly after (value, rowid) in the sort order, as stretches to
    read one after the other. SQLite puts NULLs first when ascending and last
    when descending. Each stretch bounds the sort column on its own (`col <= ?`)
    so that an index scan starts at the cursor instead of reading every row
    before it again."""
    col = sort.column
    if sort.descending:
        if value is None:
            return [Query(f"({col} IS NULL AND events.rowid < ?)", [rowid])]
        return [Query(f"{col} <= ? AND ({col} < ? OR events.rowid < ?)", [value, value, rowid]),
                Query(f"{col} IS NULL", [])]
    if value is None:
        return [Query(f"({col} IS NULL AND events.rowid > ?)", [rowid]), Query(f"{col} IS NOT NULL", [])]
    return [Query(f"{col} >= ? AND ({col} > ? OR events.rowid > ?)", [value, value, rowid])]


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
