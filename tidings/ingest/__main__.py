"""`python -m tidings.ingest PATH...`: read inputs and print what came of them.

A development check, not a user command (that is `tidings ingest`): it prints
one line per failure, then counts and rates, and touches no store.

    python -m tidings.ingest ../shared/examples/seed/article.txt --show
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from tidings.ingest import read_paths
from tidings.records import Article, IngestFailure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tidings.ingest", description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", help="files, folders, or - for stdin")
    parser.add_argument("--show", action="store_true", help="print each article's metadata and text")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    articles, failures, chars = 0, Counter(), 0
    ids: set[str] = set()
    for item in read_paths(args.paths):
        if isinstance(item, IngestFailure):
            failures[item.reason.split(":")[0]] += 1
            print(f"failed {item}", file=sys.stderr)
            continue
        articles += 1
        chars += len(item.text)
        ids.add(item.id)
        if args.show:
            _show(item)
    seconds = time.perf_counter() - started
    print(
        f"{articles} articles ({len(ids)} distinct ids, {chars} chars), "
        f"{sum(failures.values())} failures in {seconds:.2f} s "
        f"({articles / seconds if seconds else 0:.0f} articles/s)"
    )
    for reason, count in failures.most_common():
        print(f"  {count:6d}  {reason}")
    return 0 if articles or not failures else 1


def _show(article: Article) -> None:
    print(f"== {article.origin}  id={article.id}")
    for name in ("title", "published", "url", "source", "author", "external_id"):
        value = getattr(article, name)
        if value:
            print(f"   {name}: {value}")
    print(article.text)
    print()


if __name__ == "__main__":
    sys.exit(main())
