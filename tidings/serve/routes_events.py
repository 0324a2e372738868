"""GET /api/events (filtered, sorted, paginated) and GET /api/events/{id} (every mention)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from tidings.serve.cache import cached_body
from tidings.serve.db import Connections
from tidings.serve.deps import FILTERS, Param, described, event_query, filter_key, read_params, readable
from tidings.serve.errors import ApiError
from tidings.serve.settings import DEFAULT_PAGE
from tidings.serve.listing import events_json, page_body
from tidings.serve.views import Json, event_view, mention_view, merged_view
from tidings.store import EventFilter, QueryError, Sort, Store
from tidings.store import merged as store_merged
from tidings.store.pages import MAX_PAGE, page_keys

router = APIRouter(prefix="/api/events", tags=["events"])


LISTING = (
    Param("sort", "date, -date, dead or -dead (ties by storage order).", default="-date"),
    Param("cursor", "next_cursor of the previous page."),
    Param("limit", "Events on a page.", "integer", default=DEFAULT_PAGE, minimum=1, maximum=MAX_PAGE),
    Param("total", "Also count every matching event (slower).", "boolean", default=False),
)


@router.get("", openapi_extra=described(FILTERS, LISTING))
async def list_events(request: Request) -> Response:
    """Events matching the filters, each with its canonical fields and report counts.

    Rows come from the store's columns; GET /api/events/{id} has the full record."""
    # called, not declared as dependencies: FastAPI's dependency machinery costs
    # more than these checks do
    connections = await readable(request)
    filters = await event_query(request)
    given = read_params(request, LISTING)
    cursor, limit, total = given["cursor"], given["limit"], given["total"]
    try:
        order = Sort.parse(given["sort"])
    except QueryError as exc:
        raise ApiError(400, str(exc)) from None
    key = ("events", filter_key(filters), order, cursor, limit, total)
    return await cached_body(request.app.state.cache, connections, key,
                             lambda store: _events_page(store, filters, order, cursor, limit, total))


def _events_page(store: Store, filters: EventFilter, order: Sort, cursor: str | None, limit: int,
                 total: bool) -> bytes:
    try:
        keys = page_keys(store.conn, filters, order, cursor, limit)
    except QueryError as exc:
        raise ApiError(400, str(exc)) from None
    return page_body(events_json(store.conn, keys.rowids), keys.next_cursor,
                     store.count_events(filters) if total else None)


@router.get("/{event_id}")
def get_event(event_id: str, connections: Connections = Depends(readable)) -> Json:
    """The event, its merged event, and every mention with article, sentence and evidence."""
    store = connections.reader()
    event = store.get_event(event_id)
    if event is None:
        raise ApiError(404, f"no event with id {event_id!r}")
    counts = store_merged.counts(store, [event.id]).get(event.id)
    merged = store_merged.get_merged(store, counts.merged_id) if counts else None
    mention_ids = merged.event_ids if merged else [event.id]
    if event.id not in mention_ids:
        mention_ids = [event.id, *mention_ids]
    mentions = []
    for mention_id in mention_ids:
        mentioned = event if mention_id == event.id else store.get_event(mention_id)
        if mentioned is not None:
            mentions.append(mention_view(mentioned, store.get_article(mentioned.doc_id)))
    return {
        "event": event_view(event, counts),
        "merged": merged_view(merged) if merged else None,
        "mentions": mentions,
    }
