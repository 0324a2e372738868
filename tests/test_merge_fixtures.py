"""Builders for merge tests: news-like reports written for these tests."""

from __future__ import annotations

from datetime import date

from tidings.records import Actor, Article, Event, Figure, Place, TextInfo

CITIES = {
    "Almaty": (43.25, 76.92, 1526384, "KZ"),
    "Aktobe": (50.28, 57.17, 610611, "KZ"),
    "Kabul": (34.53, 69.17, 1138958, "AF"),
    "Herat": (34.35, 62.20, 1139715, "AF"),
    "Jebrael": (34.36, 62.13, 9990001, "AF"),  # a township on Herat's western edge (made-up id)
}


def article(aid: str, text: str, published: str, source: str) -> Article:
    return Article(id=aid, text=text, published=date.fromisoformat(published), source=source)


def event(
    art: Article,
    n: int,
    sentence: str,
    category: str,
    *,
    when: str | None = None,
    precision: str = "day",
    city: str | None = None,
    country: str = "",
    actors: list[tuple[str, str, str]] = (),
    recipients: list[tuple[str, str, str]] = (),
    sizes: dict[str, int] | None = None,
    cumulative: bool = False,
    trigger: str = "",
    confidence: float = 0.8,
) -> Event:
    start = art.text.index(sentence)
    place = None
    if city:
        lat, lon, gid, cc = CITIES[city]
        place = Place(city, city, gid, lat, lon, cc, resolution="city")
    elif country:
        place = Place(country, country, None, None, None, country, resolution="country")
    return Event(
        id=f"{art.id}-{n:03d}",
        doc_id=art.id,
        event=[category],
        text_info=TextInfo(n, start, start + len(sentence)),
        date=when,
        date_precision=precision if when else "unknown",  # type: ignore[arg-type]
        actor=[Actor(name, code, sector) for name, code, sector in actors],
        recipient=[Actor(name, code, sector) for name, code, sector in recipients],
        event_loc=place,
        size=dict(sizes or {}),
        size_detail={k: Figure(k, v, cumulative=cumulative) for k, v in (sizes or {}).items()},
        event_text=trigger or category.lower(),
        confidence=confidence,
    )
