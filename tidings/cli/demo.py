"""`tidings demo`: the whole path on the bundled demo corpus, then a summary."""

from __future__ import annotations

import tempfile
import time
from importlib import resources
from pathlib import Path

import click


def corpus_path() -> Path:
    return Path(str(resources.files("tidings.demo") / "corpus"))


@click.command()
@click.option("--db", "db_path", default=None, type=click.Path(dir_okay=False),
              help="Keep the demo store in this file (default: a temporary file).")
def demo(db_path: str | None) -> None:
    """Ingest the bundled demo corpus and summarise what was found."""
    from rich.console import Console

    from tidings.cli.ingest import describe, ingest_with_progress
    from tidings.ingest import read_paths
    from tidings.store import Store

    console = Console()
    keep = db_path is not None
    if not keep:
        db_path = str(Path(tempfile.mkdtemp(prefix="tidings-demo-")) / "demo.db")
    started = time.perf_counter()
    with Store.open(db_path) as store:
        summary = ingest_with_progress(read_paths([str(corpus_path())]), store)
        elapsed = time.perf_counter() - started
        console.print(f"[bold]tidings demo[/bold]: {describe(summary)} in {elapsed:.1f} s")
        _print_breakdowns(console, store)
        _print_stories(console, store)
    console.print(f"\nStore: {db_path}" + ("" if keep else " (temporary; use --db FILE to keep it)"))
    console.print("Next, try:")
    for line in _next_commands(db_path):
        console.print(f"  {line}", highlight=False)


def _print_breakdowns(console, store) -> None:
    from rich.table import Table

    for field, title in (("event", "Events by PLOVER category"), ("country_code", "Events by country")):
        rows = store.events_by(field)
        table = Table(title=title, title_justify="left")
        table.add_column(field)
        table.add_column("events", justify="right")
        for key, count in rows[:12]:
            table.add_row(str(key or "-"), str(count))
        console.print(table)


def _print_stories(console, store) -> None:
    try:
        from tidings.store import merged
    except ImportError:
        return
    stories = merged.list_stories(store, limit=5)
    if not stories:
        return
    console.print("[bold]Top stories[/bold]")
    for story in stories:
        console.print(f"  {story.id}  {story.title}  ({len(story.event_ids)} events)", highlight=False)


def _next_commands(db: str) -> list[str]:
    return [
        f"tidings events --db {db} --country KZ",
        f"tidings events --db {db} --type ASSAULT --json",
        f"tidings show EVENT_ID --db {db}",
        f"tidings stories --db {db}",
        f"tidings export --db {db} --format acled-csv --out events.csv",
    ]
