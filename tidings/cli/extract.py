"""`tidings extract`: article JSONL on stdin, event JSONL on stdout.

This is the streaming contract users pipe into their own tools and the one
tidings is evaluated through, so it stays stable:

* input: one article per line, `{"id", "text" | "html", "title"?, "published"?, "url"?, "source"?}`;
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

from tidings.cli.options import parse_date


@click.command()
@click.option("--published", callback=parse_date, help="Publication date (YYYY-MM-DD) for articles that carry none.")
@click.option("--source", default=None, help="Outlet name for articles that carry none.")
def extract(published: date | None, source: str | None) -> None:
    """Read article JSONL on stdin, write event JSONL on stdout."""
    from tidings.extract.pipeline import extract_many
    from tidings.records import IngestFailure

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

    out = sys.stdout
    for article, events in extract_many(articles()):
        doc_id = article.external_id or article.id
        for event in events:
            record = event.to_dict()
            record["doc_id"] = doc_id
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    if read == 0 and failed:
        sys.exit(1)
