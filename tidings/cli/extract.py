"""`tidings extract`: article JSONL on stdin, event JSONL on stdout.

This is the streaming contract users pipe into their own tools and the one
tidings is evaluated through, so it stays stable:

* input: one article per line, `{"id", "text" | "html", "title"?, "published"? (or "date", "pubdate", "published_at", "publish_date"), "url"?, "source"?}`;
* output: one event per line, each with `doc_id` (the input `id`, or the
  content hash when the input has none); documents in input order; within a
  document the most salient asserted event first; no line for a document
  without events;
* a bad input line prints one line on stderr (`stdin:LINE: reason`) and the
  rest goes on; the exit status is 1 only when no article could be read.

No store is touched.
"""

from __future__ import annotations

import json
import sys
from datetime import date

import click

from tidings.cli.options import by_outlet_option, parse_date


@click.command()
@click.option("--published", callback=parse_date, help="Publication date (YYYY-MM-DD) for articles that carry none.")
@click.option("--source", default=None, help="Outlet name for articles that carry none.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="ray: extract the --input files on a Ray cluster instead of reading stdin.")
@click.option("--input", "inputs", multiple=True, type=click.Path(exists=True),
              help="With --engine ray: input files or folders (repeatable).")
@click.option("--address", default=None, help="Ray cluster address (default: a local Ray).")
@click.option("--workers", default=2, show_default=True, help="Ray workers.")
@click.option("--parts", default="tidings-extract.parts", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the Ray engine's Parquet parts.")
@by_outlet_option
def extract(
    published: date | None, source: str | None, engine: str, inputs: tuple[str, ...],
    address: str | None, workers: int, parts: str, by_outlet: bool,
) -> None:
    """Read article JSONL on stdin, write event JSONL on stdout."""
    from tidings.extract.pipeline import extract_many
    from tidings.records import IngestFailure

    if engine == "ray":
        if by_outlet:
            raise click.UsageError("--by-outlet works with the local engine only")
        _extract_on_ray(list(inputs), published, source, address, workers, parts)
        return

    read, failed = 0, 0

    def articles():
        nonlocal read, failed
        from tidings.ingest import read_jsonl

        for item in read_jsonl(sys.stdin, "stdin", published=published, source=source):
            if isinstance(item, IngestFailure):
                failed += 1
                click.echo(str(item), err=True)
                continue
            read += 1
            yield item

    batch, homes = articles(), None
    if by_outlet:
        from tidings.extract.places.outlets import outlet_homes

        batch = list(batch)
        homes = outlet_homes(batch)
    for article, events in extract_many(batch, homes=homes):
        _write_events(article, events)
    if read == 0 and failed:
        sys.exit(1)


def _write_events(article, events) -> None:
    doc_id = article.external_id or article.id
    for event in events:
        record = event.to_dict()
        record["doc_id"] = doc_id
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def _extract_on_ray(inputs, published, source, address, workers: int, parts: str) -> None:
    """Same output contract, for inputs too large for one machine."""
    from pathlib import Path

    from tidings.records import IngestFailure
    from tidings.scale.ray_engine import read_results, run_shards

    if not inputs:
        raise click.UsageError("--engine ray needs --input PATH (stdin cannot be sharded)")
    _, shards = run_shards(inputs, Path(parts), address=address, workers=workers,
                           published=published, source=source)
    for item in read_results(Path(parts), shards):
        if isinstance(item, IngestFailure):
            click.echo(str(item), err=True)
        else:
            _write_events(*item)
