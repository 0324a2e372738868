"""Turn the dev corpora in ../shared into article JSONL for `tidings bench`.

    python benchmarks/to_jsonl.py lgl ../shared/data/geo/lgl.xml > /tmp/lgl.jsonl
    python benchmarks/to_jsonl.py gvdb ../shared/data/gvdb/dev.tsv > /tmp/gvdb.jsonl
    python benchmarks/to_jsonl.py synthetic tidings/demo/corpus --n 20000 > /tmp/synth.jsonl
    python benchmarks/to_jsonl.py joined /tmp/lgl.jsonl /tmp/trnews.jsonl /tmp/gvdb.jsonl > /tmp/joined.jsonl

`synthetic` reuses the demo corpus's paragraphs over and over (about 4% of
its candidate sentences are distinct), so it flatters anything that caches
by text; `joined` glues real articles end to end into ~500-word ones, each
used once, for a rate on text that does not repeat.

The data stay where they are; only this converter is part of the project.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import xml.etree.ElementTree as ET


def geo_xml(path: str):
    for n, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text") or ""
        yield {"id": f"{path.rsplit('/', 1)[-1]}-{n}", "text": text}


def gvdb(path: str):
    csv.field_size_limit(sys.maxsize)
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            yield {"id": row["Article id"], "title": row["Article title"], "text": row["Full text"]}


def synthetic(folder: str, n: int, seed: int = 7):
    """Articles of ~500 words made by shuffling paragraphs of a real corpus."""
    from tidings.ingest import read_paths
    from tidings.records import Article

    paragraphs = [
        p for a in read_paths([folder]) if isinstance(a, Article) for p in a.text.split("\n\n") if p.strip()
    ]
    rng = random.Random(seed)
    for i in range(n):
        body, words = [], 0
        while words < 500:
            p = rng.choice(paragraphs)
            body.append(p)
            words += len(p.split())
        yield {"id": f"synthetic-{i}", "published": "2022-01-13", "text": "\n\n".join(body) + f"\n\n(ref {i})"}


def joined(paths: list[str], words_each: int = 500):
    """~500-word articles made of whole real articles taken in order, none twice."""
    body: list[str] = []
    words = n = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line)["text"].strip()
                body.append(text)
                words += len(text.split())
                if words >= words_each:
                    yield {"id": f"joined-{n}", "published": "2022-01-13", "text": "\n\n".join(body)}
                    body, words, n = [], 0, n + 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["lgl", "trnews", "gvdb", "synthetic", "joined"])
    parser.add_argument("path", nargs="+", help="one path; several JSONL files for `joined`")
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    path = args.path[0]
    if args.kind in ("lgl", "trnews"):
        rows = geo_xml(path)
    elif args.kind == "gvdb":
        rows = gvdb(path)
    elif args.kind == "joined":
        rows = joined(args.path)
    else:
        rows = synthetic(path, args.n)
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
