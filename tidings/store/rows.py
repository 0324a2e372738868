"""Light event rows for listings, read from the filter columns.

Rebuilding a full Event from its JSON record costs far more than reading a
few columns, and a list shows only who, what, where, when and how many. The
full record stays for one-event reads (`Store.get_event`).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

SIZE_KINDS = ("dead", "injured", "arrested")  # the figures the events table keeps as columns


@dataclass
class RowActor:
    text: str
    code: str
    sector: str
    identifier: str


@dataclass
class RowPlace:
    name: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    geonameid: int | None
    resolution: str


@dataclass
class EventRow:
    rowid: int
    id: str
    doc_id: str
    event: str  # first PLOVER category
    date: str | None
    enddate: str | None
    date_precision: str
    date_start: str | None
    quad_code: int | None
    acled_event_type: str
    acled_sub_event_type: str
    modality: str
    confidence: float
    size: dict[str, int]  # dead / injured / arrested, when known
    place: RowPlace | None
    actors: list[RowActor] = field(default_factory=list)
    recipients: list[RowActor] = field(default_factory=list)


ROW_SQL = (
    "SELECT events.rowid, events.id, events.doc_id, events.event, events.date, events.enddate,"
    " events.date_precision, events.date_start, events.quad_code, events.acled_event_type,"
    " events.acled_sub_event_type, events.modality, events.confidence,"
    " events.dead, events.injured, events.arrested,"
    " places.name, places.country_code, places.admin1, places.lat, places.lon, places.geonameid,"
    " places.resolution"
    " FROM events LEFT JOIN places ON places.event_id = events.id WHERE events.rowid IN "
)
ACTOR_SQL = (
    "SELECT event_id, role, entity_text, code, sector, identifier FROM actors"
    " WHERE event_id IN {marks} ORDER BY event_id, role, position"
)


def event_rows(conn: sqlite3.Connection, rowids: list[int]) -> list[EventRow]:
    """The rows with these rowids (in no particular order)."""
    if not rowids:
        return []
    marks = "(" + ", ".join("?" * len(rowids)) + ")"  # one mark per id; ids stay bound parameters
    rows: dict[str, EventRow] = {}
    for r in conn.execute(ROW_SQL + marks, rowids):
        if r[1] in rows:
            continue  # a second place row for one event: the first is the event's place
        size = {kind: v for kind, v in zip(SIZE_KINDS, r[13:16]) if v is not None}
        place = RowPlace(r[16], r[17] or "", r[18] or "", r[19], r[20], r[21], r[22] or "") if r[16] is not None else None
        rows[r[1]] = EventRow(*r[:13], size=size, place=place)
    ids = list(rows)
    for event_id, role, text, code, sector, identifier in conn.execute(
            ACTOR_SQL.format(marks="(" + ", ".join("?" * len(ids)) + ")"), ids):
        row = rows[event_id]
        (row.actors if role == "actor" else row.recipients).append(RowActor(text, code, sector, identifier))
    return list(rows.values())
