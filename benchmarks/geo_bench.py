"""Speed and size of the gazetteer and geoparser; prints figures, asserts nothing.

    python benchmarks/geo_bench.py [--data ../shared/data/geo/TR-News.xml] [--limit 100]

Without --data (or when the file is missing) it times a few paragraphs
written here. Figures: gazetteer open time, lookup time (cold and cached),
spaCy time over the texts, geoparse time on top of the same parses, and the
process's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "geo" / "TR-News.xml"

SAMPLE = [
    "ALMATY, Jan 6 (Reuters) - Police in Almaty fired on protesters as unrest spread to Aktobe and Shymkent.",
    "Kazakh forces regained control of the airport, the interior ministry said, while Moscow sent paratroopers.",
    "Officials in Paris, Texas, said the storm damaged homes in Lamar County and closed roads near Clarksville.",
    "Thousands marched in Kyiv and Lviv on Sunday; smaller rallies took place in Kharkiv and Odesa.",
    "The fire on Dublin Road in Rapides Parish was set by a woman from Alexandria, La., deputies said.",
]
NAMES = ["Almaty", "Kiev", "Paris", "Springfield", "Texas", "Nursultan", "Rapides Parish", "Kazakh", "Gaza", "Ky."]


def texts_from(path: Path | None, limit: int) -> list[str]:
    if path is None or not path.exists():
        return SAMPLE * 20
    raw = path.read_text(encoding="utf-8")
    found = re.findall(r"<text><!\[CDATA\[(.*?)\]\]></text>", raw, flags=re.S)
    return found[:limit] if limit else found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=100)
    args = parser.parse_args(argv)

    from tidings.resources.gazetteer import GAZETTEER_PATH, Gazetteer, load_gazetteer

    load_gazetteer()  # builds it if missing, outside the timings
    began = time.perf_counter()
    gaz = Gazetteer(GAZETTEER_PATH)
    gaz.lookup("Almaty")
    print(f"gazetteer open + first lookup: {(time.perf_counter() - began) * 1000:.1f} ms "
          f"({GAZETTEER_PATH.stat().st_size / 1e6:.1f} MB file)")

    rounds = 200
    began = time.perf_counter()
    for _ in range(rounds):
        for name in NAMES:
            gaz._lookup_uncached(name.lower())
    cold = (time.perf_counter() - began) / (rounds * len(NAMES))
    began = time.perf_counter()
    for _ in range(rounds):
        for name in NAMES:
            gaz.lookup(name)
    warm = (time.perf_counter() - began) / (rounds * len(NAMES))
    print(f"lookup: {cold * 1e6:.1f} us uncached, {warm * 1e6:.2f} us cached")

    from tidings.extract.nlp import load_nlp
    from tidings.extract.places import geoparse

    texts = texts_from(args.data, args.limit)
    chars = sum(len(t) for t in texts)
    nlp = load_nlp()
    nlp("warm up")
    # CPU seconds, not wall: the machine is shared, and another user's load
    # would otherwise land in whichever pass it overlapped.
    began, wall = time.process_time(), time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    spacy_s, spacy_wall = time.process_time() - began, time.perf_counter() - wall
    geoparse(texts[0], docs[0])  # first call pays for imports and caches
    began, wall = time.process_time(), time.perf_counter()
    found = sum(len(geoparse(t, d)) for t, d in zip(texts, docs))
    geo_s, geo_wall = time.process_time() - began, time.perf_counter() - wall
    source = args.data if args.data and args.data.exists() else "built-in sample"
    print(f"texts: {len(texts)} from {source} ({chars / 1000:.0f}k chars), {found} toponyms")
    print(f"spaCy pass: {spacy_s:.2f} s CPU ({spacy_wall:.2f} s wall); geoparse on those parses: "
          f"{geo_s:.2f} s CPU ({geo_wall:.2f} s wall) (+{geo_s / spacy_s:.0%} over spaCy, CPU)")
    print(f"load average: {os.getloadavg()[0]:.2f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak_mb:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
