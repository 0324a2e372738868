"""Did a speed change alter what extraction finds? Snapshot the events of a
corpus, then compare a later snapshot with it, article by article.

    python benchmarks/throughput_diff.py /tmp/lgl.jsonl /tmp/gvdb.jsonl --limit 200 --out /tmp/before.jsonl
    ... change the code ...
    python benchmarks/throughput_diff.py /tmp/lgl.jsonl /tmp/gvdb.jsonl --limit 200 --out /tmp/after.jsonl \
        --against /tmp/before.jsonl

The first `--limit` articles of each corpus are read. Each output line is one
article's id and its events as dicts; the comparison prints, for each article
whose events differ, which fields of which events changed, and a count at
the end. It also prints the CPU seconds the extraction took.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter

from tidings.extract import pipeline
from tidings.ingest import read_paths
from tidings.records import Article


def snapshot(paths: list[str], limit: int) -> tuple[dict[str, list[dict]], float]:
    articles = [a for path in paths for a in _first([path], limit)]
    list(pipeline.extract_many(articles[:2]))  # models and resources load outside the clock
    pipeline._doc_cache().clear()
    started = time.process_time()
    events = {a.id: [e.to_dict() for e in found] for a, found in pipeline.extract_many(articles)}
    return events, time.process_time() - started


def _first(paths: list[str], limit: int) -> list[Article]:
    return [a for a in read_paths(paths) if isinstance(a, Article)][:limit]


def changed_fields(old: list[dict], new: list[dict]) -> list[str]:
    """Field names that differ, event by event (in rank order), plus a note when the counts differ."""
    out: Counter[str] = Counter()
    for before, after in zip(old, new):
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                out[key] += 1
    notes = [f"{k} x{n}" if n > 1 else k for k, n in sorted(out.items())]
    if len(old) != len(new):
        notes.append(f"events {len(old)} -> {len(new)}")
    return notes


def compare(old: dict[str, list[dict]], new: dict[str, list[dict]]) -> int:
    differing = 0
    for doc_id in old:
        if doc_id not in new:
            print(f"{doc_id}: missing from the new snapshot")
            differing += 1
        elif old[doc_id] != new[doc_id]:
            print(f"{doc_id}: {', '.join(changed_fields(old[doc_id], new[doc_id]))}")
            differing += 1
    print(f"{differing} of {len(old)} articles differ")
    return differing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=200, help="articles read from each corpus")
    parser.add_argument("--out", required=True)
    parser.add_argument("--against", help="an earlier --out file to compare with")
    args = parser.parse_args()
    events, seconds = snapshot(args.corpus, args.limit)
    print(f"{len(events)} articles, {sum(map(len, events.values()))} events, {seconds:.1f} CPU s")
    with open(args.out, "w", encoding="utf-8") as fh:
        for doc_id, found in events.items():
            fh.write(json.dumps({"id": doc_id, "events": found}, sort_keys=True, default=str) + "\n")
    if args.against:
        with open(args.against, encoding="utf-8") as fh:
            old = {row["id"]: row["events"] for row in map(json.loads, fh)}
        # Compare through JSON on both sides so dates and tuples read alike.
        compare(old, json.loads(json.dumps(events, default=str)))


if __name__ == "__main__":
    main()
