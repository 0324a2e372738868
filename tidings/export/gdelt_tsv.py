"""GDELT 2.0 event table: 61 tab-separated columns, no header, one row per event.

Where tidings has no counterpart of a GDELT field it stays blank. Choices:

* GLOBALEVENTID: GDELT wants an integer; ours is the first 60 bits of the
  SHA-1 of the event id, so it is stable across exports;
* EventCode and EventBaseCode: the root's generic code (root + "0"), since
  tidings codes only the CAMEO root; nothing when the event has no root;
* QuadClass: `quad_code` when it is 1-4 (the same four classes as GDELT);
* GoldsteinScale: see `tidings.export.goldstein`;
* Actor codes: country code + PLOVER sector (KAZ + COP -> KAZCOP); an actor
  whose code is not a country (IGO, NGO ...) puts it in KnownGroupCode;
* geo: only the event place is known, so it fills ActionGeo_*; the actor
  geos are left empty (type 0). Country codes are FIPS 10-4 (geonames table),
  ADM1Code is FIPS + the admin1 code when the place gives a short code, and
  FeatureID is the GeoNames id (GDELT uses GNS ids, which we do not have);
* AvgTone blank; DATEADDED is when the export ran (UTC).
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import IO, Iterable

from tidings.export import ExportItem
from tidings.export.countries import country
from tidings.export.goldstein import GOLDSTEIN_BY_ROOT
from tidings.records import Actor, Place

ACTOR_FIELDS = [
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
]
GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in ACTOR_FIELDS]
    + [f"Actor2{f}" for f in ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{f}" for f in GEO_FIELDS]
    + [f"Actor2Geo_{f}" for f in GEO_FIELDS]
    + [f"ActionGeo_{f}" for f in GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)

# GDELT geo types
COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5


def write(items: Iterable[ExportItem], out: IO[str]) -> int:
    added = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S")
    rows = 0
    for item in items:
        out.write("\t".join(_clean(v) for v in row(item, added)) + "\n")
        rows += 1
    return rows


def row(item: ExportItem, added: str) -> list[object]:
    e = item.event
    day = _day(e.date)
    root = e.cameo_root if len(e.cameo_root) == 2 and e.cameo_root.isdigit() else ""
    values: list[object] = [
        global_id(e.id),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        _fraction(day) if day else "",
        *_actor(e.actor[0] if e.actor else None),
        *_actor(e.recipient[0] if e.recipient else None),
        1 if e.text_info.sequence == 0 else 0,
        root + "0" if root else "",
        root + "0" if root else "",
        root,
        e.quad_code if e.quad_code in (1, 2, 3, 4) else "",
        GOLDSTEIN_BY_ROOT.get(root, ""),
        item.mentions,
        item.sources,
        item.articles,
        "",
        *_geo(None),
        *_geo(None),
        *_geo(e.event_loc),
        added,
        item.article.url if item.article else "",
    ]
    return values


def global_id(event_id: str) -> int:
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _actor(actor: Actor | None) -> list[object]:
    if actor is None:
        return [""] * len(ACTOR_FIELDS)
    code = actor.code.upper()
    is_country = country_of_alpha3(code)
    return [
        code + actor.sector.upper(),
        (actor.identifier_text or actor.entity_text).upper(),
        code if is_country else "",
        "" if is_country else code,
        "", "", "",
        actor.sector.upper(), "", "",
    ]


def country_of_alpha3(code: str) -> bool:
    import pycountry

    return len(code) == 3 and pycountry.countries.get(alpha_3=code) is not None


def _geo(place: Place | None) -> list[object]:
    if place is None:
        return [0] + [""] * (len(GEO_FIELDS) - 1)
    info = country(place.country_code)
    fips = info.fips if info else ""
    us = place.country_code.upper() == "US"
    kind = _geo_type(place.resolution, us)
    admin1 = place.admin1 if 0 < len(place.admin1) <= 3 and place.admin1.isalnum() else ""
    name = place.resolved_place or place.extracted_place
    parts = [name] + ([info.name] if info and kind != COUNTRY and info.name != name else [])
    return [
        kind,
        ", ".join(parts),
        fips,
        fips + admin1 if fips and admin1 and kind != COUNTRY else "",
        "",
        _blank(place.lat),
        _blank(place.lon),
        fips if kind == COUNTRY else _blank(place.geonameid),
    ]


def _geo_type(resolution: str, us: bool) -> int:
    if resolution == "country":
        return COUNTRY
    if resolution == "admin1":
        return US_STATE if us else WORLD_STATE
    return US_CITY if us else WORLD_CITY


def _day(value: str | None) -> date | None:
    if not value:
        return None
    parts = value.split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def _fraction(day: date) -> str:
    return f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}"


def _blank(value: object) -> object:
    return "" if value is None else value


def _clean(value: object) -> str:
    # a tab or newline inside a name would shift every later column
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
