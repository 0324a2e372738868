"""GET /api/stories and GET /api/stories/{id} (the story's timeline)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Query

from tidings.serve.db import Connections
from tidings.serve.deps import readable
from tidings.serve.errors import ApiError
from tidings.serve.views import Json, story_view
from tidings.store import merged as store_merged

router = APIRouter(prefix="/api/stories", tags=["stories"])


@router.get("")
def list_stories(limit: int = Query(50, ge=1, le=1000), connections: Connections = Depends(readable)) -> Json:
    """Stories, most reported first."""
    store = connections.reader()
    return {"stories": [story_view(s) for s in store_merged.list_stories(store, limit=limit)]}


@router.get("/{story_id}")
def get_story(story_id: str, connections: Connections = Depends(readable)) -> Json:
    """A story and its merged events in time order."""
    store = connections.reader()
    found = store_merged.get_story(store, story_id)
    if found is None:
        raise ApiError(404, f"no story with id {story_id!r}")
    story, events = found
    timeline = [
        {"id": m.id, "event": m.event, "date": m.date, "date_precision": m.date_precision,
         "country": m.country, "place": m.place, "lat": m.lat, "lon": m.lon, "size": m.size,
         "actors": [a.entity_text for a in m.actor], "recipients": [a.entity_text for a in m.recipient],
         "mentions": m.num_mentions, "sources": m.num_sources, "event_ids": m.event_ids}
        for m in events
    ]
    return {"story": story_view(story), "timeline": timeline}
