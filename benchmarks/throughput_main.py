"""What the one process that writes the store spends, and that the merge
inputs prepared in the workers give the same merge.

    python benchmarks/throughput_main.py /tmp/lgl.jsonl [--limit N] [--turns 3]

Extracts the corpus once in a pool of two workers, with `merged.prepare`
run beside each extraction as `tidings bench` and `tidings ingest` run it.
Then, over the same results, in turns: storing the articles, and merging
them with what the workers prepared and without (the merge then reads the
events back, signs and profiles them itself). Prints CPU seconds
(time.process_time, so a busy machine changes them less than wall time),
the median of the turns, and whether both merges wrote the same tables.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import tempfile
import time
from pathlib import Path

from tidings.extract.parallel import extract_prepared
from tidings.ingest import read_paths
from tidings.records import Article
from tidings.store import Store, merged

TABLES = (
    "SELECT article_id, published, signature, original_id FROM merge_articles ORDER BY article_id",
    "SELECT band, article_id FROM merge_bands ORDER BY article_id, band",
    "SELECT event_id, profile, merged_id FROM merge_profiles ORDER BY event_id",
    "SELECT id, record, story_id FROM merged_events ORDER BY id",
    "SELECT id, title, start, end, size, mentions FROM stories ORDER BY id",
)


def store_and_merge(results: list, use_prepared: bool) -> tuple[float, float, str]:
    """CPU seconds to store, CPU seconds to merge, and a digest of the merge tables."""
    with tempfile.TemporaryDirectory(prefix="tidings-main-") as folder, Store.open(Path(folder) / "main.db") as store:
        started = time.process_time()
        event_ids, prepared = [], {}
        for article, events, ready in results:
            if store.add_article(article, events):
                event_ids += [e.id for e in events]
                prepared[article.id] = ready
        stored = time.process_time() - started
        started = time.process_time()
        merged.update(store, event_ids, prepared=prepared if use_prepared else None)
        merging = time.process_time() - started
        digest = hashlib.sha1()
        for sql in TABLES:
            digest.update(repr(store.conn.execute(sql).fetchall()).encode())
    return stored, merging, digest.hexdigest()[:12]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--limit", type=int, default=0, help="first N articles (0 = all)")
    parser.add_argument("--turns", type=int, default=3)
    args = parser.parse_args()
    articles = [a for a in read_paths(args.corpus) if isinstance(a, Article)]
    articles = articles[: args.limit] if args.limit else articles
    results = list(extract_prepared(articles, merged.prepare, workers=2))
    events = sum(len(found) for _, found, _ in results)
    print(f"{len(results)} articles, {events} events; load average {os.getloadavg()[0]:.1f}")
    figures: dict[str, list[float]] = {"store": [], "merge, prepared": [], "merge, read back": []}
    digests: dict[str, set[str]] = {"prepared": set(), "read back": set()}
    for _ in range(args.turns):
        for use_prepared, name in ((True, "prepared"), (False, "read back")):
            stored, merging, digest = store_and_merge(results, use_prepared)
            figures["store"].append(stored)
            figures[f"merge, {name}"].append(merging)
            digests[name].add(digest)
    for name, seconds in figures.items():
        print(f"  {name:18} {statistics.median(seconds):6.2f} CPU s (turns {', '.join(f'{s:.2f}' for s in seconds)})")
    same = len(digests["prepared"] | digests["read back"]) == 1
    print(f"merge tables {'identical' if same else 'DIFFER'}: {sorted(digests['prepared'] | digests['read back'])}")


if __name__ == "__main__":
    main()
