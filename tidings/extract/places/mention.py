"""What the geoparser works on: place mentions in text, and what it returns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tidings.resources.gazetteer import KIND_DEMONYM, SYNTHETIC_ID_BASE, GeoEntry, NameMatch


@dataclass
class Mention:
    """A stretch of text that may name a place, with every gazetteer reading of it."""

    start: int
    end: int
    text: str
    matches: tuple[NameMatch, ...]
    source: str  # spaCy label (GPE, LOC, FAC, NORP) or "GAZ" for the gazetteer scan
    entry: GeoEntry | None = None  # the chosen reading
    score: float = 0.0
    # For a street, road, airport, building or park (see sites.py): its GeoNames feature code
    # ("RD", "ST", "AIRP", "HSP", "PRK", ...); `entry` is then the place that holds it.
    site: str = ""

    @property
    def is_demonym(self) -> bool:
        # "Kazakh forces": an adjective of nationality names the country, whatever
        # village shares the spelling.
        return any(m.kind == KIND_DEMONYM for m in self.matches)


@dataclass
class Toponym:
    """A resolved place name in a text (the `tidings geoparse` record)."""

    start: int
    end: int
    text: str
    geonameid: int | None  # None for areas GeoNames gave us no id for
    name: str
    lat: float
    lon: float
    country_code: str  # ISO alpha-2
    admin1: str
    feature_code: str  # for a site, what it is ("RD", "AIRP", "HSP", ...), not what holds it
    score: float
    # How precise lat/lon are: "city", "admin2", "admin1", "country", or
    # "sub-city" for a listed airport's own point. A street placed at its
    # town has "city": the point is the town's, not the street's.
    resolution: str = ""


# What runs a list of names on after one of them: ", ", ", and ", " or ".
LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def joined(mentions: list[Mention], text: str, gap: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Indices (first, second) of names next to each other in the text with
    only `gap` between them: "Aden's Mansoura", "Bamenda (Mezam)", "Taza near Kirkuk"."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for i, j in zip(order, order[1:]):
        if gap.fullmatch(text[mentions[i].end : mentions[j].start]):
            yield i, j


def geonameid_of(entry: GeoEntry) -> int | None:
    return entry.id if entry.id < SYNTHETIC_ID_BASE else None


def resolution_of(entry: GeoEntry) -> str:
    if entry.is_country:
        return "country"
    if entry.feature_code == "ADM1" or entry.is_region:
        return "admin1"
    if entry.feature_code == "ADM2":
        # A district placed at its province's point (GeoNames lists none of
        # its towns) is only as precise as the province.
        return "admin1" if entry.area_point else "admin2"
    return "city"


def mention_resolution(mention: Mention) -> str:
    """How precise a mention's point is: a site at its holder's point is
    only as precise as the holder; a listed airport has its own point."""
    entry = mention.entry
    assert entry is not None
    if mention.site and entry.feature_code == mention.site:
        return "sub-city"
    return resolution_of(entry)


def to_toponym(mention: Mention) -> Toponym:
    entry = mention.entry
    assert entry is not None
    return Toponym(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        geonameid=None if mention.site else geonameid_of(entry),
        name=entry.name,
        lat=entry.lat,
        lon=entry.lon,
        country_code=entry.country_code,
        admin1=entry.admin1,
        feature_code=mention.site or entry.feature_code,
        score=round(mention.score, 3),
        resolution=mention_resolution(mention),
    )
