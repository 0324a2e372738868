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
    feature_code: str
    score: float


def joined(mentions: list[Mention], text: str, gap: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Indices (first, second) of names next to each other in the text with
    only `gap` between them: "Aden's Mansoura", "Bamenda (Mezam)", "Taza near Kirkuk"."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for i, j in zip(order, order[1:]):
        if gap.fullmatch(text[mentions[i].end : mentions[j].start]):
            yield i, j


def geonameid_of(entry: GeoEntry) -> int | None:
    return entry.id if entry.id < SYNTHETIC_ID_BASE else None


def to_toponym(mention: Mention) -> Toponym:
    entry = mention.entry
    assert entry is not None
    return Toponym(
        start=mention.start,
        end=mention.end,
        text=mention.text,
        geonameid=geonameid_of(entry),
        name=entry.name,
        lat=entry.lat,
        lon=entry.lon,
        country_code=entry.country_code,
        admin1=entry.admin1,
        feature_code=entry.feature_code,
        score=round(mention.score, 3),
    )
