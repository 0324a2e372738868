"""`tidings ingest PATH... [--db FILE]`: read, extract, store and merge."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from tidings.cli.options import by_outlet_option, db_option, parse_date


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--published", callback=parse_date, help="Publication date (YYYY-MM-DD) for items that carry none.")
@click.option("--source", default=None, help="Outlet name for items that carry none.")
@click.option("--no-merge", is_flag=True, help="Store events without merging them across reports.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(0, 1024),
              help="Extraction processes (0 = one per core); Ray workers with --engine ray.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="Extract here, or on a Ray cluster (pip install tidings[ray]).")
@click.option("--address", default=None, help="Ray cluster address (default: start a local Ray).")
@click.option("--parts", default=None, type=click.Path(file_okay=False),
              help="Ray engine: folder for partitioned Parquet results (default: DB.parts).")
@by_outlet_option
def ingest(
    paths: tuple[str, ...], db_path: str, published: date | None, source: str | None,
    no_merge: bool, workers: int, engine: str, address: str | None, parts: str | None, by_outlet: bool,
) -> None:
    """Ingest files, folders, feeds, WARC or JSONL ('-' reads stdin) into the store."""
    from tidings.extract.parallel import default_workers
    from tidings.store import Store

    workers = workers or default_workers()
    with Store.open(db_path) as store:
        if engine == "ray":
            if by_outlet:
                raise click.UsageError("--by-outlet works with the local engine only")
            summary = _ingest_on_ray(
                list(paths), store, Path(parts or f"{db_path}.parts"), address, workers,
                published, source, merge=not no_merge,
            )
        else:
            from tidings.ingest import read_paths

            summary = ingest_with_progress(
                read_paths(paths, published=published, source=source), store,
                merge=not no_merge, workers=workers, by_outlet=by_outlet,
            )
    click.echo(describe(summary), err=True)
    if summary.new + summary.known + summary.copies == 0 and summary.failed:
        sys.exit(1)


def _ingest_on_ray(paths, store, parts: Path, address, workers, published, source, merge: bool):
    if "-" in paths:
        raise click.UsageError("--engine ray reads files and folders, not stdin")
    try:
        from tidings.scale.ray_engine import read_results, run_shards
    except ImportError as exc:
        raise click.ClickException(f"the Ray engine needs: pip install 'tidings[ray]' ({exc})") from None
    from tidings.batch import store_extracted

    run, shards = run_shards(paths, parts, address=address, workers=workers, published=published, source=source)
    click.echo(
        f"ray: {run.shards} shards, {len(run.processed)} extracted now, {run.skipped} already done",
        err=True,
    )
    for problem in run.problems:
        store.add_failure(problem)
        click.echo(f"failed {problem}", err=True)
    return store_extracted(
        read_results(parts, shards), store, merge=merge,
        on_failure=lambda f: click.echo(f"failed {f}", err=True),
    )


def ingest_with_progress(items, store, *, merge: bool = True, workers: int = 1, by_outlet: bool = False):
    """run_batch with a rich progress display on stderr (only on a terminal)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from tidings.batch import run_batch

    console = Console(stderr=True)

    def report_failure(failure) -> None:
        console.print(f"[red]failed[/red] {failure}", highlight=False, markup=True, soft_wrap=True)

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    with progress:
        task = progress.add_task("ingesting", total=None)

        def show(s) -> None:
            progress.update(
                task,
                description=f"{s.new} new, {s.known} known, {s.copies} copies, {s.failed} failed, {s.events} events",
            )

        return run_batch(
            items, store, on_failure=report_failure, on_progress=show, merge=merge, workers=workers,
            by_outlet=by_outlet,
        )


def describe(summary) -> str:
    line = (
        f"articles: {summary.new} new, {summary.known} already known, "
        f"{summary.copies} copies of a stored text from another outlet, {summary.failed} failed; "
        f"events found: {summary.events}"
    )
    merge = summary.merge
    if merge is not None:
        line += (
            f"; merged into {merge.merged_events} events ({merge.duplicates} near-duplicate "
            f"articles, {merge.copies} copies counted as mentions), {merge.stories} stories"
        )
    return line
