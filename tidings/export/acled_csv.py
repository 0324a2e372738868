"""ACLED-style CSV: the 31 columns of an ACLED data export, one row per event.

Our mappings, where ACLED's codebook leaves a choice to the coder:

* event_id_cnty: the country's alpha-3 code followed by our event id (stable
  across exports; ACLED's own numbers are sequential);
* time_precision: 1 for a day, 2 for a week, 3 for a month, a year or less;
* disorder_type: from the event type, with the sub-event types that ACLED
  files under both political violence and demonstrations;
* interaction: the two inter codes, smaller digit first (1 and 7 -> 17); a
  lone actor gives its code times ten (60 = protesters alone);
* geo_precision: 1 for a town or a place within it, 2 for a district
  (admin2), 3 for a province or the whole country;
* notes: the sentence the event was read from; fatalities: the best estimate
  of the dead, 0 when none was reported;
* civilian_targeting: political violence whose recipient is civilians;
* actor1 of a protest or riot is the crowd: where the PLOVER record has the
  police as its actor (tear gas, arrests at a march filed as "Protest with
  intervention"), the two sides change places, as ACLED writes them;
* tags: crowd size when reported, and the modality when not "asserted";
* timestamp: when the export ran (Unix seconds).
"""

from __future__ import annotations

import csv
import time
from typing import IO, Iterable

from tidings.export import ExportItem, sentence_of
from tidings.export.countries import acled_region, country
from tidings.records import Actor, Event

COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"sub-city": 1, "city": 1, "admin2": 2, "admin1": 3, "country": 3}

POLITICAL_VIOLENCE = "Political violence"
DEMONSTRATIONS = "Demonstrations"
DISORDER_BY_SUB_EVENT = {
    "Excessive force against protesters": f"{POLITICAL_VIOLENCE}; {DEMONSTRATIONS}",
    "Mob violence": POLITICAL_VIOLENCE,
    "Violent demonstration": DEMONSTRATIONS,
}
DISORDER_BY_EVENT = {
    "Battles": POLITICAL_VIOLENCE,
    "Explosions/Remote violence": POLITICAL_VIOLENCE,
    "Violence against civilians": POLITICAL_VIOLENCE,
    "Protests": DEMONSTRATIONS,
    "Riots": POLITICAL_VIOLENCE,
    "Strategic developments": "Strategic developments",
}

CIVILIAN_INTER = 7


def write(items: Iterable[ExportItem], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    stamp = int(time.time())
    rows = 0
    for item in items:
        writer.writerow(row(item, stamp))
        rows += 1
    return rows


def row(item: ExportItem, stamp: int) -> list[object]:
    e = item.event
    place = e.event_loc
    info = country(place.country_code) if place else None
    side1, side2 = acled_sides(e)
    inter1 = _inter(side1, e.acled.inter1)
    inter2 = _inter(side2, e.acled.inter2)
    day = _first_day(e.date)
    values = {
        "event_id_cnty": f"{info.alpha3 if info else ''}{e.id}",
        "event_date": day,
        "year": day[:4],
        "time_precision": TIME_PRECISION.get(e.date_precision, "") if day else "",
        "disorder_type": disorder_type(e.acled.event_type, e.acled.sub_event_type),
        "event_type": e.acled.event_type,
        "sub_event_type": e.acled.sub_event_type,
        "actor1": _name(side1[0]) if side1 else "",
        "assoc_actor_1": "; ".join(_name(a) for a in side1[1:]),
        "inter1": _blank(inter1),
        "actor2": _name(side2[0]) if side2 else "",
        "assoc_actor_2": "; ".join(_name(a) for a in side2[1:]),
        "inter2": _blank(inter2),
        "interaction": _blank(interaction(inter1, inter2)),
        "civilian_targeting": "Civilian targeting" if targets_civilians(e, inter2) else "",
        "iso": _blank(info.numeric if info else None),
        "region": acled_region(info.alpha2) if info else "",
        "country": info.name if info else "",
        "admin1": place.admin1 if place else "",
        "admin2": place.admin2 if place else "",
        "admin3": "",
        "location": (place.resolved_place or place.extracted_place) if place else "",
        "latitude": _blank(place.lat if place else None),
        "longitude": _blank(place.lon if place else None),
        "geo_precision": GEO_PRECISION.get(place.resolution, "") if place else "",
        "source": item.article.source if item.article else "",
        "source_scale": "",
        "notes": " ".join(sentence_of(item).split()),
        "fatalities": e.size.get("dead") or 0,
        "tags": _tags(e),
        "timestamp": stamp,
    }
    return [values[c] for c in COLUMNS]


def disorder_type(event_type: str, sub_event_type: str) -> str:
    return DISORDER_BY_SUB_EVENT.get(sub_event_type) or DISORDER_BY_EVENT.get(event_type, "")


CROWD_FIRST = {"Peaceful protest", "Protest with intervention", "Violent demonstration"}
STATE_INTERS = {1, 8}


def acled_sides(e: Event) -> tuple[list[Actor], list[Actor]]:
    """(actor1 side, actor2 side) in ACLED's order."""
    crowd_first = e.acled.sub_event_type in CROWD_FIRST
    if crowd_first and e.recipient and e.actor and e.actor[0].acled_inter in STATE_INTERS:
        return e.recipient, e.actor
    return e.actor, e.recipient


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0] * 10
    return codes[0] * 10 + codes[1]


def targets_civilians(e: Event, inter2: int | None) -> bool:
    # ACLED marks civilian targeting on political violence only, not on policed protests
    violent = POLITICAL_VIOLENCE in disorder_type(e.acled.event_type, e.acled.sub_event_type)
    return violent and (inter2 == CIVILIAN_INTER or any(a.sector == "CVL" for a in e.recipient))


def _inter(actors: list[Actor], fallback: int | None) -> int | None:
    if actors and actors[0].acled_inter:
        return actors[0].acled_inter
    return fallback


def _name(actor: Actor) -> str:
    return actor.identifier_text or actor.entity_text


def _first_day(value: str | None) -> str:
    """ACLED needs a day: a month or year date is written as its first day."""
    if not value:
        return ""
    parts = value.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts[:3])


def _tags(e: Event) -> str:
    tags = []
    if e.size.get("participants"):
        tags.append(f"crowd size={e.size['participants']}")
    if e.modality != "asserted":
        tags.append(f"modality={e.modality}")
    return "; ".join(tags)


def _blank(value: object) -> object:
    return "" if value is None else value
