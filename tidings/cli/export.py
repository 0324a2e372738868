"""`tidings export --format F`: stored events in another tool's format."""

from __future__ import annotations

import sys
from typing import Iterator

import click

from tidings.cli.options import db_option
from tidings.cli.query import filter_options, make_filter, open_store
from tidings.export import BINARY_FORMATS, FORMATS, ExportItem


CHUNK = 500  # events looked up in the merge tables at once

# Formats whose rows are real-world events (ACLED's and GDELT's event tables, a
# map layer) get one row per merged event unless --all-reports is given.
ONE_ROW_PER_EVENT = {"acled-csv", "gdelt-tsv", "geojson"}


def export_items(store, filters, dedupe: bool = False) -> Iterator[ExportItem]:
    """The events to export, each with its article and its merged event's totals.

    Without merge tables (or for events not merged yet) the counts stay at
    1 mention, 1 source, 1 article. With `dedupe`, only the first report of
    each merged event is kept: one row per real-world event, as ACLED has it.
    """
    merged = _merge_tables()
    chunk: list = []
    for event in store.iter_events(filters):
        chunk.append(event)
        if len(chunk) >= CHUNK:
            yield from _with_articles(store, _with_counts(store, merged, chunk, dedupe))
            chunk = []
    if chunk:
        yield from _with_articles(store, _with_counts(store, merged, chunk, dedupe))


def _merge_tables():
    try:
        from tidings.store import merged
    except ImportError:  # merge not built in this checkout
        return None
    return merged


def _with_counts(store, merged, events: list, dedupe: bool) -> Iterator[ExportItem]:
    ids = [e.id for e in events]
    totals = merged.counts(store, ids) if merged else {}
    keep = merged.first_reports(store, ids) if merged and dedupe else None
    for event in events:
        found = totals.get(event.id)
        if keep is not None and found is not None and event.id not in keep:
            continue  # a later report of an event already exported
        item = ExportItem(event=event, article=None)
        if found is not None:
            item.mentions, item.sources, item.articles = found.mentions, found.sources, found.articles
            event.link = event.link or found.merged_id
        yield item


def _with_articles(store, items: Iterator[ExportItem]) -> Iterator[ExportItem]:
    article = None
    for item in items:
        # events come grouped by article, so one cached article saves most look-ups
        if article is None or article.id != item.event.doc_id:
            article = store.get_article(item.event.doc_id)
        item.article = article
        yield item


@click.command()
@click.option("--format", "fmt", required=True, type=click.Choice(sorted(FORMATS)), help="Output format.")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Output file (default: stdout).")
@click.option("--dedupe/--all-reports", default=None,
              help="One row per merged event (its first report), or one per report. "
                   "Default: one per event for acled-csv, gdelt-tsv and geojson; every report otherwise.")
@db_option
@filter_options
def export(fmt: str, out: str | None, dedupe: bool | None, db_path: str, **filters) -> None:
    """Write stored events as PLOVER JSONL, ACLED CSV, GDELT TSV, GeoJSON or Parquet."""
    f = make_filter(**filters)
    if dedupe is None:
        dedupe = fmt in ONE_ROW_PER_EVENT
    writer = FORMATS[fmt]
    counted = _Counter()
    with open_store(db_path) as store:
        items = counted.wrap(export_items(store, f, dedupe=dedupe))
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
