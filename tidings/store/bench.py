"""Store and export speed on synthetic events: `python -m tidings.store.bench [ARTICLES]`.

Prints figures only; nothing here is a test. The events are made up so the
figures do not depend on the extractor.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from tidings.records import Acled, Actor, Article, Event, Place, Span, TextInfo

CATEGORIES = ["PROTEST", "ASSAULT", "COERCE", "ACCUSE", "CONSULT"]
COUNTRIES = [("KZ", "KAZ", 43.25, 76.9), ("CD", "COD", -1.67, 29.2), ("FR", "FRA", 45.76, 4.84)]
EVENTS_PER_ARTICLE = 5


def synthetic(n: int) -> list[tuple[Article, list[Event]]]:
    out = []
    for i in range(n):
        text = f"Report {i}: crowds gathered and police detained {i % 40} people near the square. " * 3
        article = Article(id=f"a{i}", text=text, title=f"Report {i}",
                          published=date(2022, 1, 1) + timedelta(days=i % 700), source="Bench Wire")
        events = []
        for j in range(EVENTS_PER_ARTICLE):
            alpha2, alpha3, lat, lon = COUNTRIES[(i + j) % len(COUNTRIES)]
            events.append(Event(
                id=f"a{i}-e{j}", doc_id=article.id, event=[CATEGORIES[(i + j) % len(CATEGORIES)]],
                text_info=TextInfo(0, 0, 80), quad_code=4, cameo_root="14",
                date=(article.published - timedelta(days=1)).isoformat(), date_precision="day",
                actor=[Actor("police", code=alpha3, sector="COP", acled_inter=1)],
                recipient=[Actor("crowds", code=alpha3, sector="CVL", acled_inter=6)],
                event_loc=Place("the square", lat=lat, lon=lon, country_code=alpha2, resolution="city"),
                size={"arrested": i % 40, "dead": (i * j) % 7},
                acled=Acled("Protests", "Protest with intervention", 1, 6),
                evidence={"event": [Span(45, 53, "detained")]},
            ))
        out.append((article, events))
    return out


def clock(label: str, fn, units: int, unit: str) -> None:
    started = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - started
    rate = units / seconds if seconds else float("inf")
    print(f"{label:42} {seconds:8.3f} s  {rate:10.0f} {unit}/s  ({result})")


def main(n: int = 2000) -> None:
    from tidings.export import FORMATS, BINARY_FORMATS
    from tidings.cli.export import export_items
    from tidings.store import EventFilter, Store

    data = synthetic(n)
    path = Path(tempfile.mkdtemp(prefix="tidings-store-bench-")) / "bench.db"
    total = n * EVENTS_PER_ARTICLE
    print(f"{n} articles, {total} events, store {path}")
    with Store.open(path) as store:
        clock("add_article (one transaction each)",
              lambda: sum(store.add_article(a, e) for a, e in data), n, "articles")
        clock("add_article again (all refused)",
              lambda: sum(store.add_article(a, e) for a, e in data), n, "articles")
        for name, f in [
            ("all events", EventFilter()),
            ("country=Kazakhstan", EventFilter(country="Kazakhstan")),
            ("type=ASSAULT, min_dead=3", EventFilter(event="ASSAULT", min_dead=3)),
            ("since/until one month", EventFilter(since=date(2022, 6, 1), until=date(2022, 6, 30))),
            ("actor=police", EventFilter(actor="police")),
            ("text='Report 17'", EventFilter(text="Report 17")),
        ]:
            clock(f"iter_events {name}", lambda f=f: sum(1 for _ in store.iter_events(f)), total, "events")
        for fmt, writer in FORMATS.items():
            out = io.BytesIO() if fmt in BINARY_FORMATS else io.StringIO()
            clock(f"export {fmt}", lambda w=writer, o=out: w(export_items(store, EventFilter()), o),
                  total, "events")
    print(f"store size: {path.stat().st_size / 1e6:.1f} MB (plus WAL)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
