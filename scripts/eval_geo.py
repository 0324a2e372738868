"""Score the geoparser on a GeoNames-tagged news corpus (LGL / TR-News XML).

    python scripts/eval_geo.py --data ../shared/data/geo/lgl.xml [--limit N] [--errors 30]
    python scripts/eval_geo.py --events ../shared/data/gvdb/dev.tsv [--limit N]

Prints toponym recall (gold spans overlapped by a prediction), precision
(predictions overlapping a gold span), accuracy within 161 km over all gold
toponyms with coordinates (unrecognised ones count as misses) and over the
recognised ones, and mean error distance.

With --events it runs the whole extractor on Gun Violence Database reports
and checks the most salient event's location against the annotated state
and city: state right, and within 25 km of the annotated city (looked up in
the gazetteer within that state) where a city is given.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "geo" / "lgl.xml"
KM_161 = 161.0


@dataclass
class Gold:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None
    fcode: str


@dataclass
class Doc:
    id: str
    text: str
    gold: list[Gold]


def read_corpus(path: Path) -> list[Doc]:
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise SystemExit(f"{path}: not readable XML ({exc})")
    docs = []
    for article in root.iter("article"):
        text = article.findtext("text") or ""
        gold = []
        for top in article.iter("toponym"):
            tag = top.find("gaztag")
            lat = tag.findtext("lat") if tag is not None else None
            lon = tag.findtext("lon") if tag is not None else None
            gold.append(
                Gold(
                    int(top.findtext("start")),
                    int(top.findtext("end")),
                    top.findtext("phrase") or "",
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                    (tag.findtext("fcode") or "") if tag is not None else "",
                )
            )
        docs.append(Doc(article.get("docid", str(len(docs))), text, [_realign(text, g) for g in gold]))
    return docs


def _realign(text: str, gold: Gold, window: int = 60) -> Gold:
    """TR-News offsets drift by a few characters in some articles: move the
    span to the nearest place where its phrase really stands."""
    if text[gold.start : gold.end] == gold.phrase or not gold.phrase:
        return gold
    best = None
    pos = text.find(gold.phrase, max(0, gold.start - window))
    while pos != -1 and pos <= gold.start + window:
        if best is None or abs(pos - gold.start) < abs(best - gold.start):
            best = pos
        pos = text.find(gold.phrase, pos + 1)
    if best is None:
        return gold
    return Gold(best, best + len(gold.phrase), gold.phrase, gold.lat, gold.lon, gold.fcode)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print the N worst resolution errors")
    parser.add_argument("--misses", type=int, default=0, help="print N unrecognised gold toponyms")
    parser.add_argument("--events", type=Path, help="GVDB dev.tsv: score event locations instead")
    args = parser.parse_args(argv)
    if args.events:
        return score_events(args.events, args.limit)
    if not args.data.exists():
        raise SystemExit(f"{args.data}: no such file")

    from tidings.extract.nlp import load_nlp
    from tidings.extract.places import geoparse

    docs = read_corpus(args.data)
    if args.limit:
        docs = docs[: args.limit]
    nlp = load_nlp()
    began = time.perf_counter()
    gold_n = found_n = pred_n = pred_hit = 0
    with_coords = within = within_found = found_coords = 0
    errors: list[float] = []
    worst: list[tuple[float, str, str, str]] = []
    missed: Counter = Counter()
    for doc, parsed in zip(docs, nlp.pipe((d.text for d in docs), batch_size=16)):
        predicted = geoparse(doc.text, parsed)
        pred_n += len(predicted)
        pred_hit += sum(any(g.start < p.end and p.start < g.end for g in doc.gold) for p in predicted)
        for g in doc.gold:
            gold_n += 1
            hit = next((p for p in predicted if g.start < p.end and p.start < g.end), None)
            found_n += hit is not None
            if hit is None:
                missed[g.phrase] += 1
            if g.lat is None:
                continue
            with_coords += 1
            if hit is None:
                continue
            found_coords += 1
            dist = km(g.lat, g.lon, hit.lat, hit.lon)
            errors.append(dist)
            if dist <= KM_161:
                within += 1
                within_found += 1
            else:
                worst.append((dist, g.phrase, f"{g.fcode}", f"{hit.name} {hit.country_code} {hit.feature_code} {hit.admin1}"))
    seconds = time.perf_counter() - began
    print(f"data: {args.data} ({len(docs)} articles, {gold_n} gold toponyms, {with_coords} with coordinates)")
    print(f"recall:    {found_n / max(gold_n, 1):.1%} ({found_n}/{gold_n})")
    print(f"precision: {pred_hit / max(pred_n, 1):.1%} ({pred_hit}/{pred_n})")
    print(f"acc@161km: {within / max(with_coords, 1):.1%} of gold toponyms with coordinates ({within}/{with_coords})")
    print(f"acc@161km: {within_found / max(found_coords, 1):.1%} of recognised ones ({within_found}/{found_coords})")
    if errors:
        print(f"mean error: {sum(errors) / len(errors):.0f} km; median {sorted(errors)[len(errors) // 2]:.0f} km")
    print(f"time: {seconds:.1f} s")
    if args.errors:
        print("\nworst resolutions (km, gold phrase, gold fcode, predicted):")
        tally = Counter((p, f, w) for _, p, f, w in worst)
        for (phrase, fcode, pred), n in tally.most_common(args.errors):
            print(f"  {n:3d} x {phrase!r} [{fcode}] -> {pred}")
    if args.misses:
        print("\nunrecognised gold toponyms:")
        for phrase, n in missed.most_common(args.misses):
            print(f"  {n:3d} x {phrase!r}")


def score_events(path: Path, limit: int) -> None:
    import csv
    import json

    from tidings.extract.pipeline import extract_many
    from tidings.records import Article
    from tidings.resources.gazetteer import load_gazetteer

    if not path.exists():
        raise SystemExit(f"{path}: no such file")
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if limit:
        rows = rows[:limit]
    gold: dict[str, tuple[str, str]] = {}
    articles = []
    for n, row in enumerate(rows, start=2):
        try:
            when = json.loads(row["Json"])["date-and-time"]
        except (KeyError, json.JSONDecodeError) as exc:
            raise SystemExit(f"{path}:{n}: unreadable annotation ({exc})")
        state = (when.get("state") or "").split(" - ")[-1].strip()
        state = "" if state.lower() == "unclear" else state
        city = (when.get("city") or {}).get("value", "").strip()
        key = f"{n}"
        gold[key] = (state, city)
        articles.append(Article(id=key, text=row["Full text"], title=row["Article title"], external_id=key))
    gaz = load_gazetteer()
    with_state = state_right = with_city = city_near = located = 0
    for article, events in extract_many(articles):
        state, city = gold[article.id]
        place = next((e.event_loc for e in events if e.event_loc is not None), None)
        located += place is not None
        if state:
            with_state += 1
            state_right += place is not None and place.admin1 == state
        if city and state:
            with_city += 1
            target = next((m.entry for m in gaz.lookup(city) if m.entry.is_city and m.entry.admin1 == state), None)
            if target is not None and place is not None and place.lat is not None:
                city_near += km(target.lat, target.lon, place.lat, place.lon) <= 25
    print(f"data: {path} ({len(articles)} reports, {located} with an event location)")
    print(f"state right: {state_right / max(with_state, 1):.1%} ({state_right}/{with_state})")
    print(f"within 25 km of the annotated city: {city_near / max(with_city, 1):.1%} ({city_near}/{with_city})")


if __name__ == "__main__":
    sys.exit(main())
