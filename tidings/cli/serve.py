"""`tidings serve [--db FILE] [--host 127.0.0.1] [--port 8000]`: the API and the dashboard."""

from __future__ import annotations

import click

from tidings.cli.options import db_option

# a dashboard fetches in bursts; keeping idle connections longer than uvicorn's
# 5 s default spares reconnects (and resets of connections a client is reusing)
KEEP_ALIVE_S = 30


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--outlines", type=click.Path(dir_okay=False, exists=True),
              help="Country outlines TopoJSON (default: node_modules/world-atlas/countries-110m.json if installed).")
@click.option("--workers", type=click.IntRange(1, 64),
              help="Server processes, each with its own read connections and response cache "
                   "[default: one per core, at most 8].")
@click.option("--no-cache", is_flag=True,
              help="Answer every list and stats request from the store (no response cache).")
def serve(db_path: str, host: str, port: int, outlines: str | None, workers: int | None, no_cache: bool) -> None:
    """Serve the HTTP API (/api, docs at /docs) and the dashboard (/) over the store.

    Writes (POST /api/articles) need TIDINGS_TOKEN to be set and sent as a bearer
    token; reads are open unless TIDINGS_READ_TOKEN is set.
    """
    import os
    import sqlite3
    from dataclasses import replace

    import uvicorn

    from tidings.serve import Settings, create_app
    from tidings.serve.settings import default_workers
    from tidings.serve.workers import APP_FACTORY, Listen, can_share_port, run_workers

    workers = workers or default_workers()
    settings = Settings.from_env(db_path, outlines)
    if no_cache:
        settings = replace(settings, cache_size=0)
    try:
        app = create_app(settings)
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{db_path}: not a tidings store ({exc})") from None
    writes = "on (bearer token)" if settings.token else "off (TIDINGS_TOKEN unset)"
    reads = "token required" if settings.read_token else "open"
    outline = str(settings.outlines) if settings.outlines else "none (graticule only)"
    cache = f"{settings.cache_size} answers" if settings.cache_size else "off"
    click.echo(f"tidings serve: {db_path} at http://{host}:{port}/  reads {reads}, writes {writes}, "
               f"outlines {outline}, response cache {cache}, {workers} worker process{'es' if workers > 1 else ''}",
               err=True)
    if workers == 1:
        uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE_S)
        return
    # worker processes build their own app from the environment
    os.environ["TIDINGS_DB"] = str(settings.db_path)
    os.environ["TIDINGS_CACHE"] = str(settings.cache_size)
    if settings.outlines:
        os.environ["TIDINGS_OUTLINES"] = str(settings.outlines)
    if not can_share_port():
        uvicorn.run(APP_FACTORY, factory=True, host=host, port=port, workers=workers,
                    log_level="warning", timeout_keep_alive=KEEP_ALIVE_S)
        return
    try:
        status = run_workers(workers, Listen(host, port, KEEP_ALIVE_S))
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    if status:
        raise click.ClickException(f"a server process stopped with status {status}")
