"""`tidings export --format F`: stored events in another tool's format."""

from __future__ import annotations

import sys
from typing import Iterator

import click

from tidings.cli.options import db_option
from tidings.cli.query import filter_options, make_filter, open_store
from tidings.export import BINARY_FORMATS, FORMATS, ExportItem


def export_items(store, filters) -> Iterator[ExportItem]:
    """The events to export, each with its article.

    The merge stage replaces the default counts (1 mention, 1 source, 1
    article) by extending this function.
    """
    article = None
    for event in store.iter_events(filters):
        # events come grouped by article often enough that one cached article pays
        if article is None or article.id != event.doc_id:
            article = store.get_article(event.doc_id)
        yield ExportItem(event=event, article=article)


@click.command()
@click.option("--format", "fmt", required=True, type=click.Choice(sorted(FORMATS)), help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Output file (default: stdout).")
@db_option
@filter_options
def export(fmt: str, out: str | None, db_path: str, **filters) -> None:
    """Write stored events as PLOVER JSONL, ACLED CSV, GDELT TSV, GeoJSON or Parquet."""
    f = make_filter(**filters)
    writer = FORMATS[fmt]
    counted = _Counter()
    with open_store(db_path) as store:
        items = counted.wrap(export_items(store, f))
        if fmt in BINARY_FORMATS:
            if out is None:
                if sys.stdout.isatty():
                    raise click.UsageError(f"{fmt} is binary: give --out FILE or redirect stdout")
                rows = writer(items, sys.stdout.buffer)
            else:
                with open(out, "wb") as handle:
                    rows = writer(items, handle)
        elif out is None:
            rows = writer(items, sys.stdout)
        else:
            with open(out, "w", encoding="utf-8", newline="") as handle:
                rows = writer(items, handle)
    skipped = counted.n - rows
    note = f" ({skipped} without coordinates)" if skipped and fmt == "geojson" else ""
    click.echo(f"{fmt}: wrote {rows} row(s) from {counted.n} event(s){note}", err=True)


class _Counter:
    def __init__(self) -> None:
        self.n = 0

    def wrap(self, items: Iterator[ExportItem]) -> Iterator[ExportItem]:
        for item in items:
            self.n += 1
            yield item
