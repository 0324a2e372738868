"""GET /api/stats: events per day by category, by country, and casualty sums."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from tidings.serve.db import Connections
from tidings.serve.deps import EventQuery, event_query, readable
from tidings.serve.queries import stats
from tidings.serve.views import Json

router = APIRouter(prefix="/api/stats", tags=["stats"])


@router.get("")
def get_stats(q: EventQuery = Depends(event_query), connections: Connections = Depends(readable)) -> Json:
    """Figures for the events matching the filters (the same filters as /api/events)."""
    store = connections.reader()
    s = stats(store.conn, q.filters, q.bbox)
    return {
        "total": s.total,
        "per_day": [{"day": d, "event": e, "count": n} for d, e, n in s.per_day],
        "not_single_day": s.undated,
        "by_category": [{"event": e, "count": n} for e, n in s.by_category],
        "by_country": [{"country": c, "count": n} for c, n in s.by_country],
        "casualties": s.casualties,
        "casualties_reported": s.reported,
    }
