"""The Ray engine: the same stage functions, sharded over a Ray cluster.

    shards (input files) -> Ray Data, one extraction actor per worker (one spaCy
    model each; it also signs and profiles each article for the merge)
    -> partitioned Parquet under PARTS/ -> loaded into the store in input
    order -> merged from the workers' signatures and profiles

Only the driver writes the store. Finished shards are marked, so a killed run
resumes without redoing them, and loading is idempotent by article id, so a
resumed run adds no duplicates. Ray is optional: `pip install tidings[ray]`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow.parquet as pq

from tidings.records import Article, Event, IngestFailure
from tidings.scale.shards import (
    Shard,
    article_from_row,
    event_from_row,
    is_done,
    plan_shards,
    prepared_from_row,
)

if TYPE_CHECKING:
    from tidings.store.merged import Prepared


@dataclass
class RayRun:
    shards: int = 0
    skipped: int = 0  # finished by an earlier run
    processed: list[dict] = field(default_factory=list)
    problems: list[IngestFailure] = field(default_factory=list)


class ShardWorker:
    """A Ray actor: loads the model once, then extracts whole shards."""

    def __init__(self, out: str, published: str | None, source: str | None) -> None:
        from datetime import date

        from tidings.extract.nlp import load_nlp

        load_nlp()
        self.out = Path(out)
        self.published = date.fromisoformat(published) if published else None
        self.source = source

    def __call__(self, batch: dict) -> dict:
        from tidings.scale.worker import process_shard

        rows = [
            process_shard(Shard(str(i), str(p), int(o)), self.out, self.published, self.source)
            for i, p, o in zip(batch["id"], batch["path"], batch["order"])
        ]
        return {key: [r[key] for r in rows] for key in ("shard", "articles", "events", "failures")}


def run_shards(
    paths: list[str],
    parts: Path,
    *,
    address: str | None = None,
    workers: int = 2,
    published=None,
    source: str | None = None,
) -> tuple[RayRun, list[Shard]]:
    """Extract every unfinished shard on Ray; return what ran and the shard plan."""
    import ray

    shards, problems = plan_shards(paths)
    run = RayRun(shards=len(shards), problems=problems)
    todo = [s for s in shards if not is_done(parts, s.id)]
    run.skipped = len(shards) - len(todo)
    if not todo:
        return run, shards
    _connect(ray, address, workers)
    dataset = ray.data.from_items([asdict(s) for s in todo])
    results = dataset.map_batches(
        ShardWorker,
        fn_constructor_kwargs={
            "out": str(parts),
            "published": published.isoformat() if published else None,
            "source": source,
        },
        batch_size=1,
        concurrency=min(workers, len(todo)),
        num_cpus=1,
    )
    run.processed = results.take_all()
    return run, shards


def _connect(ray, address: str | None, workers: int) -> None:
    if ray.is_initialized():
        return
    if address:
        ray.init(address=address, log_to_driver=False)
    else:
        ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)


class ShardResult(tuple):
    """An (article, events) pair read back from a shard that also carries,
    as `prepared`, the merge inputs its worker made (store.merged.prepare;
    None in shards written before workers made them). It unpacks as the
    pair, so readers that only want events need not know about it."""

    prepared: "Prepared | None"

    def __new__(cls, article: Article, events: list[Event], prepared: "Prepared | None") -> "ShardResult":
        pair = super().__new__(cls, (article, events))
        pair.prepared = prepared
        return pair


def read_results(parts: Path, shards: list[Shard]) -> Iterator[ShardResult | IngestFailure]:
    """Every shard's failures, then its (article, events), in input order."""
    for shard in sorted(shards, key=lambda s: s.order):
        for row in _rows(parts / "failures", shard.id):
            yield IngestFailure(row["origin"], row["reason"])
        events: dict[str, list[tuple[int, Event]]] = {}
        for row in _rows(parts / "events", shard.id):
            events.setdefault(row["doc_id"], []).append((row["position"], event_from_row(row)))
        for row in _rows(parts / "articles", shard.id):
            article = article_from_row(row)
            found = [e for _, e in sorted(events.get(article.id, []), key=lambda pe: pe[0])]
            yield ShardResult(article, found, prepared_from_row(row))


def _rows(folder: Path, shard_id: str) -> list[dict]:
    path = folder / f"shard={shard_id}" / "part.parquet"
    return pq.read_table(path).to_pylist() if path.exists() else []
