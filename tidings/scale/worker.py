"""What one worker does with one shard: read, extract, prepare the merge
inputs, write Parquet, mark done."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.scale.shards import Shard, article_row, done_marker, event_row, prepared_columns

ARTICLE_SCHEMA = pa.schema(
    [(name, pa.string()) for name in
     ("id", "text", "title", "published", "url", "source", "author", "language", "origin", "external_id")]
    # store.merged.prepare's signature and event profiles, so the driver only stores them
    + [("signature", pa.binary()), ("profiles", pa.string())]
)
EVENT_SCHEMA = pa.schema([("doc_id", pa.string()), ("position", pa.int32()), ("record", pa.string())])
FAILURE_SCHEMA = pa.schema([("origin", pa.string()), ("reason", pa.string())])


def process_shard(shard: Shard, out: Path, published=None, source=None) -> dict:
    """Extract one shard into `out/{articles,events,failures}/shard=ID/part.parquet`."""
    from tidings.extract.pipeline import extract_many
    from tidings.ingest import read_paths
    from tidings.records import Article
    from tidings.store.merged import prepare

    articles, events, failures = [], [], []
    items = list(read_paths([shard.path], published=published, source=source))
    good = [i for i in items if isinstance(i, Article)]
    failures = [{"origin": f.origin, "reason": f.reason} for f in items if not isinstance(f, Article)]
    for article, found in extract_many(good):
        articles.append(article_row(article) | prepared_columns(prepare(article, found)))
        events.extend(event_row(e, n) for n, e in enumerate(found))
    _write(out / "articles", shard.id, articles, ARTICLE_SCHEMA)
    _write(out / "events", shard.id, events, EVENT_SCHEMA)
    _write(out / "failures", shard.id, failures, FAILURE_SCHEMA)
    marker = done_marker(out, shard.id)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(shard.path)
    return {"shard": shard.id, "articles": len(articles), "events": len(events), "failures": len(failures)}


def _write(folder: Path, shard_id: str, rows: list[dict], schema: pa.Schema) -> None:
    part = folder / f"shard={shard_id}"
    part.mkdir(parents=True, exist_ok=True)
    final = part / "part.parquet"
    tmp = part / f".part.parquet.{os.getpid()}"
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp)
    os.replace(tmp, final)  # a reader never sees half a file
