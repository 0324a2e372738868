"""Request dependencies: the store to read, and the event filters every listing shares."""

from __future__ import annotations

from datetime import date

from fastapi import Query, Request

from tidings.serve.auth import check_read
from tidings.serve.db import Connections
from tidings.serve.errors import ApiError
from tidings.serve.settings import Settings
from tidings.store import BBox, EventFilter, QueryError
from tidings.store.countries import to_alpha2


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def connections_of(request: Request) -> Connections:
    return request.app.state.connections


async def readable(request: Request) -> Connections:
    """The connections, once the read token (if any) is checked.

    Routes call `.reader()` in their own body, in the pool thread that runs
    them: a thread's connection must stay with that thread. This and
    `event_query` do no I/O, so they are async: no trip to the thread pool.
    """
    check_read(settings_of(request), request)
    return connections_of(request)


async def event_query(
    since: date | None = Query(None, description="Events that may have happened on or after this day."),
    until: date | None = Query(None, description="Events that may have happened on or before this day."),
    country: str | None = Query(None, description="Country of the event place: alpha-2, alpha-3 or name."),
    event: str | None = Query(None, description="PLOVER category, e.g. PROTEST."),
    acled_type: str | None = Query(None, description="ACLED event type, e.g. Riots."),
    actor: str | None = Query(None, description="Substring of an actor's or recipient's text or code."),
    text: str | None = Query(None, description="Words that must all occur in the article (full text)."),
    bbox: str | None = Query(None, description="minlon,minlat,maxlon,maxlat"),
    min_dead: int | None = Query(None, ge=0, description="At least this many dead."),
) -> EventFilter:
    if since and until and since > until:
        raise ApiError(400, f"since ({since}) is after until ({until})")
    if country:
        try:
            country = to_alpha2(country)
        except ValueError as exc:
            raise ApiError(400, f"country: {exc}") from None
    try:
        box = BBox.parse(bbox) if bbox else None
    except QueryError as exc:
        raise ApiError(400, str(exc)) from None
    # normalised values, so equal queries are equal filters (the response cache's key)
    return EventFilter(
        since=since, until=until, country=country or None, event=_clean(event, upper=True),
        acled_type=_clean(acled_type), actor=(actor or "").strip() or None, text=_clean(text),
        min_dead=min_dead, bbox=box,
    )


def _clean(value: str | None, upper: bool = False) -> str | None:
    words = " ".join(value.split()) if value else ""
    return (words.upper() if upper else words) or None
