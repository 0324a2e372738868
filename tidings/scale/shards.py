"""Shards: the unit of distributed work, and what a finished shard leaves behind.

A shard is one input file (news archives arrive as many daily JSONL, WARC or
feed files). Its id hashes the path, size and modification time, so a changed
file is a new shard and an unchanged one is never redone. A shard's results are
Parquet files written to a temporary name and renamed into place, then a
`_done` marker; a killed run leaves no marker and the shard runs again.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tidings.ingest.paths import walk
from tidings.records import Article, Event, IngestFailure, event_from_dict


@dataclass(frozen=True)
class Shard:
    id: str
    path: str
    order: int  # position in the input, so results load in input order


def plan_shards(paths: list[str]) -> tuple[list[Shard], list[IngestFailure]]:
    files: list[Path] = []
    problems: list[IngestFailure] = []
    for raw in paths:
        if os.path.isdir(raw):
            for found in walk(Path(raw)):
                (problems if isinstance(found, IngestFailure) else files).append(found)
        else:
            files.append(Path(raw))
    return [Shard(_shard_id(p), str(p), n) for n, p in enumerate(files)], problems


def _shard_id(path: Path) -> str:
    try:
        stat = path.stat()
        key = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"
    except OSError:
        key = f"{path}|missing"
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def done_marker(out: Path, shard_id: str) -> Path:
    return out / "_done" / shard_id


def is_done(out: Path, shard_id: str) -> bool:
    return done_marker(out, shard_id).exists()


def article_row(article: Article) -> dict:
    row = {k: getattr(article, k) for k in Article.__dataclass_fields__}
    row["published"] = article.published.isoformat() if article.published else None
    return row


def article_from_row(row: dict) -> Article:
    fields = dict(row)
    fields["published"] = date.fromisoformat(row["published"]) if row.get("published") else None
    return Article(**fields)


def event_row(event: Event, position: int) -> dict:
    return {"doc_id": event.doc_id, "position": position, "record": json.dumps(event.to_dict())}


def event_from_row(row: dict) -> Event:
    return event_from_dict(json.loads(row["record"]))
