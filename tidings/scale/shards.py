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
from typing import TYPE_CHECKING

from tidings.ingest.paths import walk
from tidings.records import Article, Event, IngestFailure, event_from_dict

if TYPE_CHECKING:
    from tidings.store.merged import Prepared


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
    fields = {k: row[k] for k in Article.__dataclass_fields__ if k in row}  # the row also holds merge inputs
    fields["published"] = date.fromisoformat(row["published"]) if row.get("published") else None
    return Article(**fields)


def prepared_columns(ready: "Prepared") -> dict:
    """What the worker prepared for the merge, as the article row's columns."""
    from tidings.store.merged import profile_to_json

    return {
        "signature": ready.signature.tobytes(),
        "profiles": json.dumps([profile_to_json(p) for p in ready.profiles]),
    }


def prepared_from_row(row: dict) -> "Prepared | None":
    """The merge inputs an article row carries; None for a shard written
    before workers prepared them (the driver then works them out itself)."""
    if row.get("signature") is None or row.get("profiles") is None:
        return None
    import numpy as np

    from tidings.store.merged import Prepared, profile_from_json

    profiles = [profile_from_json(text) for text in json.loads(row["profiles"])]
    return Prepared(np.frombuffer(row["signature"], dtype=np.uint64), profiles)


def event_row(event: Event, position: int) -> dict:
    return {"doc_id": event.doc_id, "position": position, "record": json.dumps(event.to_dict())}


def event_from_row(row: dict) -> Event:
    return event_from_dict(json.loads(row["record"]))
