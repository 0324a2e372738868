"""GET /api/articles/{id} and POST /api/articles (ingest through the CLI's pipeline)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from tidings.records import IngestFailure
from tidings.serve.auth import check_write
from tidings.serve.db import Connections
from tidings.serve.deps import connections_of, readable, settings_of
from tidings.serve.errors import ApiError
from tidings.serve.ingest import article_from_body
from tidings.serve.views import Json, article_meta, event_view
from tidings.store import merged as store_merged

router = APIRouter(prefix="/api/articles", tags=["articles"])


@router.get("/{article_id}")
def get_article(article_id: str, connections: Connections = Depends(readable)) -> Json:
    """The article's metadata, its cleaned text (all offsets point into it) and its events."""
    store = connections.reader()
    article = store.get_article(article_id)
    if article is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    from tidings.store import EventFilter

    events = list(store.iter_events(EventFilter(doc_id=article.id)))
    counts = store_merged.counts(store, [e.id for e in events])
    return {**article_meta(article), "text": article.text,
            "events": [event_view(e, counts.get(e.id)) for e in events]}


@router.post("", status_code=201, responses={200: {"description": "already stored"}})
async def post_article(request: Request) -> JSONResponse:
    """Ingest one article: a JSON object (`text` or `html`, with title, url, source,
    published ...), an HTML page, or plain text. Needs `Authorization: Bearer $TIDINGS_TOKEN`."""
    settings = settings_of(request)
    check_write(settings, request)
    body = await read_limited(request, settings.max_body_bytes)
    item = article_from_body(body, request.headers.get("content-type", ""))
    if isinstance(item, IngestFailure):
        raise ApiError(422, f"not an article: {item.reason}")
    connections = connections_of(request)

    def store_it():
        from tidings.batch import run_batch

        with connections.writer() as store:
            return run_batch([item], store)

    summary = await run_in_threadpool(store_it)
    created = summary.new == 1
    # the same text from another outlet is no new article, but it is counted
    copy = summary.copies == 1
    return JSONResponse(
        {"article_id": item.id, "created": created, "copy_counted": copy, "events": summary.new_event_ids,
         "url": f"/api/articles/{item.id}"},
        status_code=201 if created else 200,
    )


async def read_limited(request: Request, limit: int) -> bytes:
    """The body, refused with 413 as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"request body is {declared} bytes; the limit is {limit}")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, f"request body is over the {limit}-byte limit")
    return bytes(body)
