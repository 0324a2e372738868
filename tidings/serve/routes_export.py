"""GET /api/export?format=F: every export format, streamed, with the /api/events filters."""

from __future__ import annotations

import logging
from itertools import islice
from typing import Iterable, Iterator

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse

from tidings.cli.export import export_items
from tidings.export import FORMATS, ExportItem
from tidings.serve.db import Connections
from tidings.serve.deps import FILTERS, described, event_query, readable
from tidings.serve.errors import ApiError
from tidings.store import EventFilter, Store
from tidings.store import merged as store_merged

router = APIRouter(prefix="/api/export", tags=["export"])
log = logging.getLogger("tidings.serve")

MEDIA_TYPES = {
    "plover-jsonl": ("application/x-ndjson", "jsonl"),
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "gdelt-tsv": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}
COUNT_BATCH = 500


@router.get("", openapi_extra=described(FILTERS))
def export(
    format: str = Query(..., description="One of: " + ", ".join(sorted(FORMATS))),
    filters: EventFilter = Depends(event_query),
    connections: Connections = Depends(readable),  # checks the read token before anything streams
) -> StreamingResponse:
    """Stream the matching events in one export format."""
    writer = FORMATS.get(format)
    if writer is None:
        raise ApiError(400, f"unknown export format {format!r}; choose one of {', '.join(sorted(FORMATS))}")
    media_type, suffix = MEDIA_TYPES.get(format, ("application/octet-stream", "dat"))

    def run(out) -> None:
        # the writer thread gets its own connection: the request's thread-local
        # one may serve another request while this one streams
        with connections.private_reader() as store:
            writer(with_counts(store, export_items(store, filters)), out)

    def report(exc: BaseException) -> None:
        log.error("export %s stopped early: %s", format, exc)

    from tidings.serve.streaming import stream_writer

    return StreamingResponse(
        stream_writer(run, report), media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="events.{suffix}"'},
    )


def with_counts(store: Store, items: Iterable[ExportItem]) -> Iterator[ExportItem]:
    """Fill each item's mention/source/article counts from its merged event."""
    items = iter(items)
    while batch := list(islice(items, COUNT_BATCH)):
        counts = store_merged.counts(store, [i.event.id for i in batch])
        for item in batch:
            c = counts.get(item.event.id)
            if c is not None:
                item.mentions, item.sources, item.articles = c.mentions, c.sources, c.articles
            yield item
