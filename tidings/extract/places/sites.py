"""Streets, roads, airports, buildings, parks and a city's ethnic quarters:
named sites the gazetteer lacks, placed at what holds them.

"Hutcheson Road in Rome", "5600 Post Road, Dublin", "Toronto's Pearson
International Airport", "St. Michael's Hospital": the gazetteer knows towns
and areas, not sites, so a site is recognised by its shape (a name and a
word for what it is, "Highway 19", "X International Airport") and reported
at the point of the place that holds it, with that place's coarser
resolution, so that no user takes a town's point for the street's. A few big
airports that news names bare ("Heathrow") have their own point here.

Order of holders: a place named right after the site; for an airport, one
inside its name; one just before it with a possessive; else the story's
main place (its dateline, or the place it names most); else the site is not
reported. A town inside a street's name ("Dublin Road") is no mention of the
town; a building or park whose name holds a place ("Memphis Museum") is left
to that place.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tidings.extract.places.mention import Mention
from tidings.extract.places.resolve import km
from tidings.resources.gazetteer import SYNTHETIC_ID_BASE, GeoEntry, load_gazetteer, name_key

ROAD, STREET, AIRPORT, QUARTER = "RD", "ST", "AIRP", "PPLX"
# Buildings and parks, by GeoNames' codes for them. TR-News marks these with
# points; LGL seldom marks them, but they are where things happen. Not
# universities: "Xavier University said" is an institution far more often.
BUILDINGS = {
    "Hospital": "HSP", "Church": "CH", "Cathedral": "CH", "Museum": "MUS", "Stadium": "STDM",
    "Theatre": "THTR", "Theater": "THTR", "Park": "PRK",
}


@dataclass(frozen=True)
class Site:
    """A site's span in the text and what it is (a GeoNames feature code)."""

    start: int
    end: int
    code: str
    airport: "Airport | None" = None  # one with its own point (see AIRPORTS)


@dataclass(frozen=True)
class Airport:
    name: str
    lat: float
    lon: float
    city: str  # the town it serves, for its country and first-level area
    country_code: str
    bare: bool  # whether news names it without "Airport" ("Heathrow", not "Pearson")


# Points from the airports' published reference coordinates (rounded).
AIRPORTS = {
    "Heathrow": Airport("Heathrow Airport", 51.4700, -0.4543, "London", "GB", True),
    "Gatwick": Airport("Gatwick Airport", 51.1537, -0.1821, "London", "GB", True),
    "Stansted": Airport("Stansted Airport", 51.8860, 0.2389, "London", "GB", True),
    "Hartsfield-Jackson": Airport("Hartsfield-Jackson Atlanta International Airport", 33.6407, -84.4277, "Atlanta", "US", True),
    "O'Hare": Airport("O'Hare International Airport", 41.9786, -87.9048, "Chicago", "US", True),
    "LaGuardia": Airport("LaGuardia Airport", 40.7769, -73.8740, "New York City", "US", True),
    "Dulles": Airport("Washington Dulles International Airport", 38.9531, -77.4565, "Washington", "US", True),
    "JFK": Airport("John F. Kennedy International Airport", 40.6413, -73.7781, "New York City", "US", False),
    "John F. Kennedy": Airport("John F. Kennedy International Airport", 40.6413, -73.7781, "New York City", "US", False),
    "Logan": Airport("Logan International Airport", 42.3656, -71.0096, "Boston", "US", False),
    "Pearson": Airport("Toronto Pearson International Airport", 43.6777, -79.6248, "Toronto", "CA", False),
    "Charles de Gaulle": Airport("Paris Charles de Gaulle Airport", 49.0097, 2.5479, "Paris", "FR", False),
    "Orly": Airport("Paris Orly Airport", 48.7262, 2.3652, "Paris", "FR", False),
    "Ben Gurion": Airport("Ben Gurion Airport", 32.0055, 34.8854, "Tel Aviv", "IL", False),
    "Schiphol": Airport("Amsterdam Airport Schiphol", 52.3105, 4.7683, "Amsterdam", "NL", True),
    "Sheremetyevo": Airport("Sheremetyevo International Airport", 55.9726, 37.4146, "Moscow", "RU", True),
    "Domodedovo": Airport("Domodedovo International Airport", 55.4088, 37.9063, "Moscow", "RU", True),
    "Vnukovo": Airport("Vnukovo International Airport", 55.5915, 37.2615, "Moscow", "RU", True),
    "Pulkovo": Airport("Pulkovo Airport", 59.8003, 30.2625, "Saint Petersburg", "RU", True),
}
_AIRPORT_KEYS = {re.sub(r"[\s-]+", " ", key.casefold()): a for key, a in AIRPORTS.items()}

# A word of a name: "Elliott", "Montreal-Pierre", "42nd", or an initial or
# short abbreviation ("S.", "T.J.", "Ft."); a longer word with a stop ends a sentence.
_WORD = r"(?:(?:[A-Z][a-z]?\.)+|[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*|\d+(?:st|nd|rd|th))"
_DIRECTION = r"(?:(?:[NSEW]\.|North|South|East|West|Old|New)\s+)"
_STREET_WORDS = (
    "Street|Road|Avenue|Drive|Boulevard|Lane|Parkway|Highway|Close|Crescent|Terrace|Pike|Turnpike|"
    "Expressway|Freeway|Bypass|Trail|Circle|Way|Rd\\.|Ave\\.|Blvd\\.|Pkwy\\.|Hwy\\.|St\\.(?!\\s+[A-Z])|Dr\\.(?!\\s+[A-Z])"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "6016 Dublin Road", "S. Seventh St.", "Old Alton Edwardsville Road"; not
# "Florida Highway Patrol" or "Main Street Bridge", a name that runs on.
_NAMED_STREET = re.compile(
    rf"(?:\b\d{{1,6}}[A-Z]?\s+)?\b{_DIRECTION}?((?:{_WORD}\s+){{1,3}}?)({_STREET_WORDS})(?![\w])"
    rf"(?!\s+(?!(?:{_DAYS})\b)[A-Z][a-z]|\s+\d)"
)
# A state's own roads as its signs name them: "KY 52", "FM 2071" (Texas farm
# to market), "SR 7"; only after a word that takes a place ("on KY 52"), as
# "CA 5" or "NY 10" may be anything, and never before a unit ("in NY 10 times").
_STATE_ROADS = (
    "AL", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "ID", "IL", "IA", "KS", "KY", "LA", "MD", "MA", "MI",
    "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "PA", "RI", "SC", "SD",
    "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "SR", "FM", "CR",
)
# "Highway 19", "Interstate 64", "I-75", "State Route 7"; in "U.S. Highway 24"
# the country is a name of its own (the gold sets mark it so).
_NUMBERED_ROAD = re.compile(
    r"\b(?:(?:State|County)\s+)?(?:Highway|Route|Interstate|Road|Hwy\.?)\s+\d{1,4}[A-Z]?\b|\bI-\d{1,3}\b"
)
_STATE_ROAD = re.compile(
    r"\b(?:" + "|".join(_STATE_ROADS) + r")[ -]\d{1,4}[A-Z]?\b"
    r"(?!\s*(?:%|times|percent|per|million|billion|thousand|hundred|years?|days?|hours?|miles?|people|points?)\b)"
)
_AIRPORT = re.compile(rf"\b((?:{_WORD}[\s-]+){{1,5}}?)(?:International\s+)?([Aa])irport\b")
_BUILDING = re.compile(rf"\b((?:{_WORD}\s+){{1,4}}?)({'|'.join(BUILDINGS)})\b(?!\s+(?!(?:{_DAYS})\b)[A-Z][a-z])")
_BARE_AIRPORT = re.compile(
    r"\b(" + "|".join(re.escape(k) for k, a in AIRPORTS.items() if a.bare) + r")\b"
)
# Cross streets: "near 35th and Center", "at 65th & Thurston", "the
# intersection of Reese Road and Claflin". Each side is a street, even when
# it is also a town's name ("Center", Texas; "Thurston" County), once the
# pair says so: an ordinal or a street word on one side, or "intersection of"
# or "corner of" before it.
_SIDE = (
    rf"(?:\d+(?:st|nd|rd|th)|(?!(?:{_DAYS})\b)[A-Z][\w'’-]*(?:\s+(?!(?:{_DAYS})\b)[A-Z][\w'’-]*){{0,2}})"
    rf"(?:\s+(?:{_STREET_WORDS}))?"
)
_CROSS_STREETS = re.compile(
    rf"\b(?:(intersection|corner)\s+of|near|at)\s+(?:the\s+)?({_SIDE})\s+(?:and|&)\s+({_SIDE})(?![\w'’])"
)
_ORDINAL_OR_STREET = re.compile(rf"^\d+(?:st|nd|rd|th)$|\s(?:{_STREET_WORDS})$")
# A city's quarter named for the people who settled it ("Chinatown",
# "Little Portugal"): not the country, nor the Chinatown of British Columbia.
_QUARTER = re.compile(
    r"\b(?:China|Korea|Greek|Japan|Mexican|Polish|Ukrainian)town\b|\bLittle\s+(?:Italy|Havana|Portugal|Saigon|India|"
    r"Haiti|Tokyo|Manila|Ethiopia|Armenia|Odessa|Bangladesh|Pakistan|Lebanon|Korea|Poland|Ukraine|Mogadishu|Kabul|"
    r"Arabia|Brazil|Senegal|Jamaica|Guyana|Persia|Damascus|Beirut|Aleppo|Somalia|Liberia)\b"
)
# A street's name that stands for an institution, not a place on a map.
_FIGURATIVE = {"Wall Street", "Downing Street", "Fleet Street", "Sesame Street", "Easy Street", "United Way"}
# Words that open a sentence or a phrase, not a street's name.
_NOT_NAME = {
    "The", "A", "An", "On", "In", "At", "From", "To", "Of", "And", "Or", "By", "Near", "Along", "Off", "Onto",
    "Into", "Police", "When", "After", "Before", "Mr.", "Mrs.", "Ms.", "Dr.", "U.S.", "US", "Both", "Its", "His", "Her",
}
# Street words that are also surnames or common nouns ("Nathan Lane", "Bob
# Close", "the Arctic Circle", "the American Way"): a street only
# after a house number or a word that takes a place.
_SURNAME_LIKE = {"Lane", "Close", "Crescent", "Terrace", "Trail", "Pike", "Circle", "Way"}
_LOCATIVE_BEFORE = re.compile(r"\b(?:on|in|at|of|off|along|near|onto|to|from|down|up|and)\s+$")
# "Main Street investors": the street as a figure of speech.
_FIGURATIVE_AFTER = re.compile(r"\s+(?:Journal|firms?|banks?|bankers|investors|analysts|traders|reform)\b")


# Cached: recognition drops the towns inside listed airports before
# resolution, and placing needs the same sites after it.
@functools.lru_cache(maxsize=64)
def find_sites(text: str) -> tuple[Site, ...]:
    """Every street, road, airport, building, park and quarter named in `text`, in text order, none overlapping."""
    found = [*_streets(text), *_cross_streets(text), *_airports(text), *_buildings(text)]
    found += [Site(m.start(), m.end(), QUARTER) for m in _QUARTER.finditer(text)]
    found.sort(key=lambda s: (s.start, -s.end))
    kept: list[Site] = []
    for site in found:
        if kept and site.start < kept[-1].end:
            continue
        kept.append(site)
    return tuple(kept)


def _streets(text: str) -> list[Site]:
    sites = [Site(m.start(), m.end(), ROAD) for m in _NUMBERED_ROAD.finditer(text)]
    sites += [
        Site(m.start(), m.end(), ROAD)
        for m in _STATE_ROAD.finditer(text)
        if _LOCATIVE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    for hit in _NAMED_STREET.finditer(text):
        start = _past_opening_words(text, _past_owner(text, hit.start(), hit.start(2)), hit.start(2))
        if start is None:
            continue
        name = text[start : hit.end()]
        if name in _FIGURATIVE or _FIGURATIVE_AFTER.match(text, hit.end()):
            continue
        if hit.group(2) in _SURNAME_LIKE and not (hit.group(0)[0].isdigit() or _LOCATIVE_BEFORE.search(text, max(0, start - 12), start)):
            continue
        code = STREET if hit.group(2).startswith(("Street", "St.", "Lane", "Close", "Crescent", "Terrace")) else ROAD
        sites.append(Site(start, hit.end(), code))
    return sites


def _cross_streets(text: str) -> list[Site]:
    sites = []
    for hit in _CROSS_STREETS.finditer(text):
        sides = (hit.group(2), hit.group(3))
        if hit.group(1) or any(_ORDINAL_OR_STREET.search(side) for side in sides):
            sites += [Site(hit.start(n), hit.end(n), STREET) for n in (2, 3)]
    return sites


def _past_owner(text: str, start: int, suffix: int, saints: bool = False) -> int:
    """"Toronto's Pearson International Airport", "Warden's Memphis Street":
    the owner before a possessive is no part of the site's name."""
    owner = re.match(r".*['’]s\s+", text[start:suffix])  # not "Governors' Parkway", a name of its own
    if owner is None or (saints and re.match(r"(?:St\.?|Saint)\s+\S+['’]s\s+$", owner.group(0))):
        return start  # "St. Michael's Hospital": the saint's is the name ("St. Petersburg's Pulkovo airport" is not)
    return start + owner.end()


def _past_opening_words(text: str, start: int, suffix: int) -> int | None:
    """Where the street's name starts once words like "On" or "The" are
    skipped (a house number stays); None when no name word is left."""
    words = list(re.finditer(r"\S+", text[start:suffix]))
    while words and words[0].group(0) in _NOT_NAME:
        words.pop(0)
    if any(w.group(0) in _NOT_NAME for w in words):
        return None
    if not any(not w.group(0).isdigit() for w in words):
        return None
    return start + words[0].start()


def _airports(text: str) -> list[Site]:
    sites = []
    for hit in _AIRPORT.finditer(text):
        start = _past_opening_words(text, _past_owner(text, hit.start(), hit.end(1)), hit.end(1))
        if start is None:
            continue
        known = _known_airport(text[start : hit.end()])
        if hit.group(2) == "a" and known is None:
            continue  # "Kabul airport" is the town's, as the gold sets read it
        sites.append(Site(start, hit.end(), AIRPORT, known))
    for hit in _BARE_AIRPORT.finditer(text):
        sites.append(Site(hit.start(), hit.end(), AIRPORT, AIRPORTS[hit.group(1)]))
    return sites


def _buildings(text: str) -> list[Site]:
    sites = []
    for hit in _BUILDING.finditer(text):
        start = _past_opening_words(text, _past_owner(text, hit.start(), hit.end(1), saints=True), hit.end(1))
        if start is None or (hit.group(2) == "Church" and not _a_church(text, start)):
            continue
        sites.append(Site(start, hit.end(), BUILDINGS[hit.group(2)]))
    return sites


_CHURCH_CUE = re.compile(r"\b(?:the|at|in)\s+$")


# Words that name a church body rather than one building: "the Catholic
# Church said", "the Coptic Orthodox Church" is an institution.
_DENOMINATIONS = {
    "adventist", "anglican", "apostolic", "baptist", "catholic", "coptic", "episcopal", "evangelical",
    "lutheran", "methodist", "mormon", "orthodox", "pentecostal", "presbyterian", "protestant", "reformed",
    "roman", "united",
}


def _a_church(text: str, start: int) -> bool:
    """"the First Methodist Church", "St. Takla Church", not "Rufus Church"
    the man, nor "the Catholic Church" the institution."""
    words = text[start:].split("Church", 1)[0].split()
    if words and all(w.strip(".,").lower() in _DENOMINATIONS for w in words):
        return False
    return bool(_CHURCH_CUE.search(text, max(0, start - 6), start) or re.match(r"(?:St\.?|Saint)\s", text[start:]))


def _known_airport(name: str) -> Airport | None:
    """The listed airport a name like "Toronto Pearson International Airport" or "JFK airport" is, if any."""
    key = re.sub(r"[\s-]+", " ", name.casefold())
    return next((a for k, a in _AIRPORT_KEYS.items() if re.search(rf"(?<!\w){re.escape(k)}(?!\w)", key)), None)


def outside_airports(mentions: list[Mention], sites: Sequence[Site]) -> list[Mention]:
    """Mentions less those inside a listed airport's name ("Heathrow", a
    Florida town too), which would vote for a country the story is not in.
    A town inside a street's name ("Dublin Road") stays until `place_sites`:
    streets are often named after the towns around, a fair vote for the area."""
    covering = [s for s in sites if s.airport is not None]
    return [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in covering)]


# What may stand between a site and the place that holds it: "Hutcheson Road
# in Rome", "5600 Post Road, Dublin", "Main Street in downtown Springfield".
_HOLDER_AFTER = re.compile(
    r",\s*|\s+(?:in|near|outside|of)\s+(?:(?:the\s+)?(?:city\s+of\s+|town\s+of\s+|village\s+of\s+)?)"
    r"(?:(?:downtown|north|south|east|west|northern|southern|eastern|western|central|suburban)\s+)?"
)
_POSSESSIVE_BEFORE = re.compile(r"['’]s?\s+$")


_OWN_CODES = {ROAD, STREET, AIRPORT, QUARTER}


def place_sites(mentions: list[Mention], text: str, sites: Sequence[Site]) -> list[Mention]:
    """`mentions` (resolved) with a mention for every site that has a
    holder, in text order, less the mentions inside any site's name: a town
    in a street's name is no mention of it, and one in an airport's gives
    way to the airport it holds."""
    placed = [m for m in mentions if m.entry is not None and not m.is_demonym]
    sites = _not_left_to_places(sites, mentions, text)
    outside = [m for m in placed if not any(s.start <= m.start and m.end <= s.end for s in sites)]
    main = _main_place(outside)
    added = []
    for site in sites:
        entry = _own_point(site) or _holder(site, placed, outside, text) or main
        if entry is not None:
            added.append(Mention(site.start, site.end, text[site.start : site.end], (), "SITE", entry, 0.5, site.code))
    kept = [m for m in mentions if not any(s.start <= m.start and m.end <= s.end for s in sites)]
    return _neighbourhoods_of(main, sorted(kept + added, key=lambda m: m.start), text)


# "in the Roseland neighborhood" in a Chicago story: a quarter of the story's
# city, not the namesake town in Indiana that the gazetteer knows. A name the
# gazetteer places near the city keeps its own point ("the Hyde Park
# neighborhood" of Chicago).
_NEIGHBOURHOOD_AFTER = re.compile(r"\s+(?:neighbou?rhoods?|section)\b")
_THE_BEFORE = re.compile(r"\bthe\s+$")
NEIGHBOURHOOD_KM = 40.0


def _neighbourhoods_of(main: GeoEntry | None, mentions: list[Mention], text: str) -> list[Mention]:
    """Every mention of a name the text calls a neighbourhood, placed at the
    story's city when the gazetteer puts the name far from it (one name, one
    sense: the headline's "Roseland Robbery" too)."""
    if main is None or not main.is_city:
        return mentions
    quarters = {m.text for m in mentions if _far_neighbourhood(m, main, text)}
    return [
        Mention(m.start, m.end, m.text, (), "SITE", main, 0.5, QUARTER) if m.text in quarters and not m.site else m
        for m in mentions
    ]


def _far_neighbourhood(m: Mention, main: GeoEntry, text: str) -> bool:
    if m.entry is None or m.site or m.is_demonym or m.entry.is_country:
        return False
    if m.entry.feature_code == "ADM1" and name_key(m.entry.name) == name_key(m.text):
        return False  # a state is no neighbourhood, whatever follows it
    return (
        _NEIGHBOURHOOD_AFTER.match(text, m.end) is not None
        and _THE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None
        and km(m.entry, main) > NEIGHBOURHOOD_KM
    )


def _not_left_to_places(sites: Sequence[Site], mentions: list[Mention], text: str) -> list[Site]:
    """Sites less the buildings and parks whose name holds a place: "Memphis
    Museum", "Highland Park" are left to that place (the gold sets mark the
    town, and the gazetteer knows towns called "... Park"), and a nationality
    makes no place of "the Russian Orthodox Church". Not so a building or
    park named after a small town elsewhere ("Griffith Park" in a Los
    Angeles story, "Roanoke Park in Kansas City"): the town is only part of
    its name."""
    named = [m for m in mentions if m.entry is not None]
    return [
        s for s in sites
        if s.code in _OWN_CODES or all(_only_in_the_name(m, s, text) for m in named if s.start <= m.start and m.end <= s.end)
    ]


# A town this big inside a building's name is most likely the building's own
# town ("Memphis Museum", "Tampa General Hospital").
NAMESAKE_TOWN = 100_000


def _only_in_the_name(m: Mention, site: Site, text: str) -> bool:
    """Whether a place inside a building's or park's name is no mention of it:
    the name runs on past it, and it is no big city nor an area or country,
    or another place follows the site as its holder ("Shawnee Park in Institute")."""
    if (m.start, m.end) == (site.start, site.end) or m.is_demonym:
        return False
    after = _HOLDER_AFTER.match(text, site.end)
    if after is not None and text[after.end() : after.end() + 1].isupper():
        return True
    return m.entry.is_city and m.entry.population < NAMESAKE_TOWN


def _own_point(site: Site) -> GeoEntry | None:
    """A listed airport's own point, in the country and area of the town it serves."""
    airport = site.airport
    if airport is None:
        return None
    town = next(
        (m.entry for m in load_gazetteer().lookup(airport.city) if m.entry.country_code == airport.country_code and m.entry.is_city),
        None,
    )
    return GeoEntry(
        SYNTHETIC_ID_BASE, airport.name, airport.lat, airport.lon, airport.country_code,
        town.admin1_key if town else "", town.admin1 if town else "", town.admin2 if town else "", AIRPORT, 0,
    )


def _holder(site: Site, placed: list[Mention], outside: list[Mention], text: str) -> GeoEntry | None:
    """The place named right after the site, else (for an airport) the
    biggest inside its name ("Hartsfield-Jackson Atlanta": Atlanta, not
    Jackson), else the owner before a possessive."""
    after = _HOLDER_AFTER.match(text, site.end)
    if after is not None:
        found = next((m for m in outside if m.start == after.end()), None)
        if found is not None:
            return found.entry
    inner = [m.entry for m in placed if site.start <= m.start and m.end <= site.end and site.code == AIRPORT]
    if inner:
        return max(inner, key=lambda e: e.population)
    before = _POSSESSIVE_BEFORE.search(text, max(0, site.start - 4), site.start)
    if before is not None:
        owner = next((m for m in outside if m.end == before.start()), None)
        if owner is not None:
            return owner.entry
    return None


def _main_place(placed: list[Mention]) -> GeoEntry | None:
    """The story's dateline, else the town it names most (the first of
    equals), else the area, else the country."""
    dateline = next((m.entry for m in placed if m.source == "DATELINE"), None)
    if dateline is not None:
        return dateline
    for kind in (lambda e: e.is_city, lambda e: e.is_admin, lambda e: e.is_country):
        counts = Counter(m.entry.id for m in placed if kind(m.entry))
        if counts:
            top = max(counts.values())
            return next(m.entry for m in placed if counts[m.entry.id] == top)
    return None

