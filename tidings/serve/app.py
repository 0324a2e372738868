"""The FastAPI app: API routes, the dashboard's static files, the outlines file."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles

from tidings.serve import routes_articles, routes_events, routes_export, routes_stats, routes_stories
from tidings.serve.cache import ResponseCache
from tidings.serve.db import Connections
from tidings.serve.errors import error_response, install_handlers
from tidings.serve.settings import Settings

STATIC = Path(__file__).parent / "static"


def create_app(settings: Settings) -> FastAPI:
    connections = Connections(settings.db_path)
    connections.prepare()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        # sync routes run in anyio's pool; a few threads keep up with SQLite,
        # while forty (the default) spend their time trading the GIL
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        yield
        connections.close()

    app = FastAPI(
        title="tidings",
        summary="Political events read from the news, with the evidence for every field.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.connections = connections
    app.state.cache = ResponseCache(settings.cache_size)
    install_handlers(app)
    _limit_bodies(app, settings.max_body_bytes)
    for module in (routes_events, routes_articles, routes_stories, routes_stats, routes_export):
        app.include_router(module.router)
    _dashboard(app, settings)
    return app


def _limit_bodies(app: FastAPI, limit: int) -> None:
    app.add_middleware(DeclaredSizeLimit, limit=limit)


class DeclaredSizeLimit:
    """Refuse a body whose declared length is over the limit before any route reads it.

    (Bodies without a length are counted while read, in `routes_articles.read_limited`.)
    A plain ASGI middleware, so streamed responses pass through untouched.
    """

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "http":
            declared = dict(scope["headers"]).get(b"content-length", b"")
            if declared.isdigit() and int(declared) > self.limit:
                response = error_response(413, f"request body is {int(declared)} bytes; the limit is {self.limit}")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _dashboard(app: FastAPI, settings: Settings) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/outlines.json", include_in_schema=False)
    def outlines() -> Response:
        # country outlines are optional: the map draws a graticule without them
        path = settings.outlines
        if path is None or not path.is_file():
            return error_response(404, "no country outlines installed (npm install world-atlas@2.0.2)")
        return FileResponse(path, media_type="application/json")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and multi-worker serving: the store path comes
    from TIDINGS_DB (set by `tidings serve --workers N`)."""
    import os

    return create_app(Settings.from_env(os.environ["TIDINGS_DB"], os.environ.get("TIDINGS_OUTLINES") or None))
