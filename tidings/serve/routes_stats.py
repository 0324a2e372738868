"""GET /api/stats: events per day by category, by country, and casualty sums."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from tidings.serve.cache import cached_json
from tidings.serve.db import Connections
from tidings.serve.deps import FILTERS, described, event_query, filter_key, readable
from tidings.serve.views import Json
from tidings.store import EventFilter, Store

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("", openapi_extra=described(FILTERS))
async def get_stats(request: Request, filters: EventFilter = Depends(event_query),
              connections: Connections = Depends(readable)) -> Response:
    """Figures for the events matching the filters (the same filters as /api/events)."""
    # figures read every matching event: straight to a pool thread, off the event loop
    return await cached_json(request.app.state.cache, connections, ("stats", filter_key(filters)),
                             lambda store: _stats(store, filters), inline_s=0)


def _stats(store: Store, filters: EventFilter) -> Json:
    s = store.stats(filters)
    return {
        "total": s.total,
        "per_day": [{"day": d, "event": e, "count": n} for d, e, n in s.per_day],
        "not_single_day": s.not_single_day,
        "by_category": [{"event": e, "count": n} for e, n in s.by_category],
        "by_country": [{"country": c, "count": n} for c, n in s.by_country],
        "casualties": s.casualties,
        "casualties_reported": s.reported,
    }
