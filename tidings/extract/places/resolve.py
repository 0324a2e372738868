"""Choosing one gazetteer entry for each mention.

A reading's score adds a prior (population, feature class, how the name
matched) to what the rest of the article says: the countries and first-level
areas its other places lie in, and "Town, State" pairs. The context is
tallied from the other mentions' current choices and the choice is made
again, so that a confident "Texas" can pull an ambiguous "Paris" home.
Mentions spelled the same never vote for each other, and they share one
reading (one sense per discourse) unless a "Town, State" pair pins one of
them. Choices are revised one spelling at a time, surest first, with the
tally redone after each: revising all at once lets two ambiguous names swap
states back and forth forever ("Decatur" and "DeKalb County").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from tidings.extract.places.actor_phrase import names_an_actor, opens_organisation_name
from tidings.extract.places.area_codes import area_of_number_after, phone_areas
from tidings.extract.places.counties import add_county_readings, keep_area_readings, names_an_area
from tidings.extract.places.home import Home
from tidings.extract.places.listed_areas import BIG_AREA, keep_listed_area_readings
from tidings.extract.places.mention import LIST_GOES_ON, Mention, joined
from tidings.extract.places.recognize import AREA_NOUN, SPACED_DASH
from tidings.resources.gazetteer import (
    KIND_ALIAS,
    KIND_ALT,
    KIND_DEMONYM,
    KIND_NAME,
    POST_TOWN,
    Gazetteer,
    GeoEntry,
    NameMatch,
    load_gazetteer,
    name_key,
)

# Area populations add up every town in them, so areas get a smaller bonus
# than their totals suggest; capitals are what news names most.
_FEATURE_BONUS = {"PCLI": 0.9, "CONT": 0.6, "RGN": 0.9, "ADM1": 0.35, "PPLC": 0.5, "ADM2": 0.1}
COUNTRY_WEIGHT = 1.2
ADMIN1_WEIGHT = 0.8
PAIR_BONUS = 2.0
NAMESAKE_BONUS = 0.7
NAMESAKE_KM = 150.0
NEAR_WEIGHT = 0.6
NEAR_KM = 90.0
ROUNDS = 4
# A town thirty times smaller than the biggest town of its name in its
# country is what the text means only beside the text's other places: votes
# for its state alone ("Nashville-based" in a Gainesville, Georgia story; a
# San Diego passenger in a Las Vegas crash; "from Boston, New York and
# Florida") do not make it. (100 let Boston, New York, 80 times smaller than
# Boston, pass; LGL read alone: 100 -> 4038, 50 -> 4039, 30 -> 4041, 20 -> 4037.)
DWARF_RATIO = 30
DWARF_NEAR = 0.15
# The first-level area the text names outright most often ("W.Va." twice)
# is real evidence, where votes from other ambiguous names can be a tidy
# cluster of namesakes in the wrong state that carry each other: a reading
# there gains this much, unless the name's biggest reading there is dwarfed
# by one elsewhere (a village of Columbia, N.C. is no rival for Columbia, S.C.).
NAMED_AREA_BONUS = 0.5
NAMED_AREA_RATIO = 20
# A place of under a thousand people is what a text means by its name only
# when the text also names its state, or when no bigger place has that name.
# Its country's whole vote is not enough ("Hampton Park" read in Victoria
# made Charleston a hamlet of 530 in South Australia): the cost matches it.
SMALL_TOWN = 1_000
SMALL_TOWN_PENALTY = COUNTRY_WEIGHT


@dataclass
class _Votes:
    country: Counter
    admin1: Counter
    by_name: dict[str, tuple[Counter, Counter]]  # what each spelling contributed
    points: list[tuple[str, float, float]]  # (spelling, lat, lon) of chosen towns and counties
    named: dict[str, Counter] = field(default_factory=dict)  # by spelling: first-level areas it names outright

    def most_named(self, key: str) -> frozenset[str]:
        """The first-level areas that spellings other than `key` name most often (ties: all of them)."""
        counts: Counter = Counter()
        for spelling, areas in self.named.items():
            if spelling != key:
                counts.update(areas)
        top = max(counts.values(), default=0)
        return frozenset(area for area, n in counts.items() if n == top)

    def without(self, key: str) -> tuple[Counter, Counter]:
        own_country, own_admin1 = self.by_name.get(key, (Counter(), Counter()))
        return self.country - own_country, self.admin1 - own_admin1


# The readings of every mention at one moment, by object identity: the
# tally and the scores are pure functions of it within one `resolve` call.
_State = tuple[int, ...]


@dataclass
class _Memo:
    """What one `resolve` call has worked out already. The rounds and the
    restarts come back to the same readings again and again, so each state
    is tallied once and each mention scored once against it."""

    mentions: list[Mention]
    focus: dict[str, float]
    pinned: dict[int, set[int]]
    actors: set[int] = field(default_factory=set)  # nationalities that name a force or an office
    owned: set[int] = field(default_factory=set)  # names after a place's possessive ("London's Heathrow")
    streets: set[int] = field(default_factory=set)  # names of streets ("Memphis St."): their country only
    home: Home | None = None  # the outlet's home area, learned from its other stories (see home.py)
    phones: frozenset[str] = frozenset()  # first-level areas the text's phone numbers ring in
    counties: frozenset[str] = frozenset()  # keys of the counties the text names in full ("madison county")
    tallies: dict[_State, _Votes] = field(default_factory=dict)
    scores: dict[tuple[_State, int], list[tuple[float, NameMatch]]] = field(default_factory=dict)
    others: dict[tuple[_State, str], tuple[Counter, Counter]] = field(default_factory=dict)
    # What no state changes: each mention's readings with prior and namesake
    # bonus added, and the weight of its vote.
    bases: list[list[tuple[float, NameMatch]]] = field(init=False)
    weights: list[float] = field(init=False)
    slots: list[int] = field(init=False)  # the mention whose scores each mention shares
    keys: list[str] = field(init=False)  # each mention's spelling, longer forms under the shorter

    def __post_init__(self) -> None:
        self.bases = [_base_scores(m.matches, m.source == DATELINE) for m in self.mentions]
        self.weights = [
            0.0 if i in self.actors or i in self.owned else 1.0 if _one_country(m.matches) else 0.6
            for i, m in enumerate(self.mentions)
        ]
        self.slots = _slots(self.mentions, self.pinned)
        self.keys = _spellings(self.mentions)

    def state(self) -> _State:
        return tuple([id(m.entry) for m in self.mentions])

    def votes(self, state: _State) -> _Votes:
        votes = self.tallies.get(state)
        if votes is None:
            votes = self.tallies[state] = _tally(
                self.mentions, self.focus, self.weights, self.keys, self.streets, self.home, self.phones
            )
        return votes

    def without(self, state: _State, key: str) -> tuple[Counter, Counter]:
        """The votes of `state` less those of spelling `key` (a group's members share them)."""
        found = self.others.get((state, key))
        if found is None:
            found = self.others[state, key] = self.votes(state).without(key)
        return found

    def scored(self, state: _State, i: int) -> list[tuple[float, NameMatch]]:
        """Mention i's readings scored against `state` (shared: copy before sorting)."""
        i = self.slots[i]
        found = self.scores.get((state, i))
        if found is None:
            mention = self.mentions[i]
            key = self.keys[i]
            found = self.scores[state, i] = _scored(
                mention,
                key,
                self.bases[i],
                self.without(state, key),
                self.votes(state).points,
                self.pinned.get(i),
                self.votes(state).most_named(key),
                self.counties,
            )
        return found


def _spellings(mentions: list[Mention]) -> list[str]:
    """Each mention's spelling for the votes, where the name with a word for
    a town after it goes under the bare name: "Dublin City" is the same
    place as "Dublin" and must not vouch for one of Dublin's readings.
    ("Plymouth County" is another place, and may.)"""
    keys = [name_key(m.text) for m in mentions]
    present = set(keys)
    return [_TOWN_SUFFIX.sub("", key) if _TOWN_SUFFIX.sub("", key) in present else key for key in keys]


_TOWN_SUFFIX = re.compile(r" (?:city|town|township|village|borough)$")


def _slots(mentions: list[Mention], pinned: dict[int, set[int]]) -> list[int]:
    """Mentions that score alike, the same spelling with the very same
    readings and no pin, share the first one's scores: a name told five
    times is scored once."""
    first: dict[tuple, int] = {}
    slots = []
    for i, mention in enumerate(mentions):
        if i in pinned:
            slots.append(i)
            continue
        readings = tuple([(id(m.entry), m.kind) for m in mention.matches])
        slots.append(first.setdefault((name_key(mention.text), readings), i))
    return slots


def resolve(
    mentions: list[Mention], text: str, focus: dict[str, float] | None = None, home: Home | None = None
) -> None:
    """Set `entry` and `score` on every mention that has a gazetteer reading.

    `focus`: country votes the caller knows of (known groups); `home`: the
    outlet's home area, where the caller has learned one."""
    add_county_readings(mentions, text, load_gazetteer())
    keep_area_readings(mentions, text)
    keep_town_readings(mentions, text)
    keep_quarter_readings(mentions, text)
    keep_listed_area_readings(mentions, text)
    pinned = _pairs(mentions, text)
    for i, areas in _bracketed_areas(mentions, text).items():
        pinned.setdefault(i, areas)
    for i, readings in _phone_pins(mentions, text).items():
        pinned.setdefault(i, readings)
    _spread_pins(mentions, pinned)
    keep_region_readings(mentions, pinned)
    keep_water_readings(mentions, text, pinned)
    votes = _with_money(focus or {}, text)
    actors, owned, streets = _actor_nationalities(mentions, text), _owned(mentions, text), _streets(mentions, text)
    memo = _Memo(mentions, votes, pinned, actors, owned, streets, home, frozenset(phone_areas(text)), _counties(mentions))
    first = [_first_choice(mention, memo.bases[i], pinned.get(i)) for i, mention in enumerate(mentions)]
    groups = _groups_from(mentions, pinned, first)
    best: list[tuple[GeoEntry | None, float]] | None = None
    best_fit = -math.inf
    anchors = _anchor_areas(mentions, groups)
    for anchor in [None, *anchors]:
        for i, mention in enumerate(mentions):
            mention.entry, mention.score = _start(mention, first[i], anchor, i in pinned)
        _settle(groups, memo)
        fit = _fit(groups, memo) if anchors else 0.0
        if fit > best_fit + 1e-9:
            best_fit, best = fit, [(m.entry, m.score) for m in mentions]
    for mention, (entry, score) in zip(mentions, best or []):
        mention.entry, mention.score = entry, score
    districts = {i for i, m in enumerate(mentions) if names_an_area(text, m.end)}
    drop_strays(mentions, focus or {}, memo.actors, districts)
    fall_back_to_named_area(mentions)
    fall_back_to_pair_area(mentions, text)
    keep_in_owner(mentions, text)


# A sum in money that only one country uses says where a story is told:
# "a £1,700 repair bill" in an Oxford paper makes its Kew and Richmond the
# English ones, not suburbs of Melbourne. A weak vote, like a known group's
# (see `groups.GROUP_WEIGHT`), and only for choosing among readings: it does
# not make a lone town abroad a stray.
MONEY_WEIGHT = 0.5
_AMOUNT = r"\d[\d,.]*\s*(?:(?:million|billion|thousand|m|bn)\s+)?"
_MONEY = (
    (re.compile(r"(?<![A-Za-z])£\s?\d"), "GB"),
    (re.compile(_AMOUNT + r"naira\b", re.IGNORECASE), "NG"),
    (re.compile(_AMOUNT + r"cedis?\b", re.IGNORECASE), "GH"),
    (re.compile(_AMOUNT + r"hryvnias?\b", re.IGNORECASE), "UA"),
    (re.compile(_AMOUNT + r"rupiah\b", re.IGNORECASE), "ID"),
    (re.compile(_AMOUNT + r"ringgit\b", re.IGNORECASE), "MY"),
    (re.compile(_AMOUNT + r"baht\b", re.IGNORECASE), "TH"),
    (re.compile(_AMOUNT + r"shekels?\b", re.IGNORECASE), "IL"),
    (re.compile(_AMOUNT + r"yen\b"), "JP"),
    (re.compile(_AMOUNT + r"(?:yuan|renminbi)\b", re.IGNORECASE), "CN"),
)


# A bare dollar sign is no one country's money, but an English-language
# paper that counts in it writes from one of the dollar countries below, not
# from Britain or Ireland: the same weak vote, shared among them, takes a
# local "Mansfield" or "Dublin" read alone out of England and Ireland. A
# letter before the sign ("US$", "C$", "HK$") is a sum quoted abroad.
_DOLLAR = re.compile(r"(?<![A-Za-z$])\$\s?\d")
DOLLAR_COUNTRIES = ("US", "CA", "AU", "NZ")


def _with_money(focus: dict[str, float], text: str) -> dict[str, float]:
    """`focus` plus a weak vote for each country whose money the text counts in."""
    votes = dict(focus)
    for pattern, code in _MONEY:
        if pattern.search(text):
            votes[code] = votes.get(code, 0.0) + MONEY_WEIGHT
    if _DOLLAR.search(text):
        for code in DOLLAR_COUNTRIES:
            votes[code] = votes.get(code, 0.0) + MONEY_WEIGHT / len(DOLLAR_COUNTRIES)
    return votes


# "the city of Turkey", "the town of Delaware", "the port of Hodeidah": the name after is a town's.
_TOWN_OF = re.compile(r"\b(?:city|town|village|hamlet|port)\s+of\s+$", re.IGNORECASE)


# "the Jordan middle school", "Norfolk High School", "Newark Police
# Department": a town runs schools, a police force and a council, so a name
# that opens one is a town's, in every mention of it: Jordan, Minnesota, not
# the kingdom; Norfolk, Nebraska, not the English county. Bare "police" is
# not enough ("Jordan police" may be the kingdom's), and a first-level
# area's name is left alone ("Georgia High School Association").
_TOWN_BODY = re.compile(
    r"\s+(?:(?:high|middle|elementary)\s+school|(?:police|fire)\s+department|city\s+(?:council|hall|manager)"
    r"|town\s+(?:council|hall|board)|board\s+of\s+education|public\s+(?:library|schools))\b",
    re.IGNORECASE,
)


def keep_town_readings(mentions: list[Mention], text: str) -> None:
    """A name after "the city of", or whose spelling opens a town's body
    anywhere in the text, keeps only its town readings, when it has some:
    Turkey, Texas, not the country."""
    bodies = {name_key(m.text) for m in mentions if _opens_town_body(m, text)}
    for m in mentions:
        if m.is_demonym:
            continue
        if not (_TOWN_OF.search(text, max(0, m.start - 20), m.start) or name_key(m.text) in bodies):
            continue
        towns = tuple(n for n in m.matches if n.entry.is_city)
        if towns:
            m.matches = towns


def _opens_town_body(m: Mention, text: str) -> bool:
    if m.is_demonym or not _TOWN_BODY.match(text, m.end):
        return False
    return not any(n.entry.feature_code == "ADM1" for n in m.matches)


# ACLED writes a city's quarter after the city and a dash, then its areas
# in brackets: "Kinshasa - Gombe (Kinshasa)", "Lagos - Ikeja (Lagos)".
QUARTER_KM = 40.0
QUARTER_CITY = 50_000  # ACLED names quarters of big cities only
_BRACKET_AFTER = re.compile(r"\s*\(")


def keep_quarter_readings(mentions: list[Mention], text: str) -> None:
    """The name before the dash is the city, and the quarter after it lies
    there: Gombe is the Kinshasa commune, not Gombe in Nigeria. A quarter the
    gazetteer has no reading of near the city takes the city's readings, the
    honest coarser answer."""
    for a, b in joined(mentions, text, SPACED_DASH):
        city, quarter = mentions[a], mentions[b]
        if not _BRACKET_AFTER.match(text, quarter.end):
            continue  # ACLED's shape only: "Scouts from Norfolk - Pack 122" names no quarter
        if city.is_demonym or quarter.is_demonym or any(m.entry.is_country for m in city.matches):
            continue  # "in Canada - Sault Ste. Marie (Ontario)": an aside, not a quarter
        towns = tuple(m for m in city.matches if m.entry.is_city and m.entry.population >= QUARTER_CITY)
        if not towns:
            continue
        city.matches = towns
        near = tuple(m for m in quarter.matches if any(km(m.entry, t.entry) <= QUARTER_KM for t in towns))
        quarter.matches = near or towns


def keep_region_readings(mentions: list[Mention], pinned: dict[int, set[int]]) -> None:
    """A name that is a region's or continent's own drops its village
    readings unless a "Town, State" pair pins one: "the Middle East" is the
    region, not a village of 1,900 in Maryland that a story's US names sit
    beside. A region counts no people, so the prior and the votes alone let
    the village win."""
    for i, m in enumerate(mentions):
        if i in pinned or m.is_demonym:
            continue
        if not any((n.entry.is_region or n.entry.feature_code == "CONT") and n.kind in (KIND_NAME, KIND_ALIAS) for n in m.matches):
            continue
        m.matches = tuple(n for n in m.matches if not (n.entry.is_city and n.entry.population < AREA_NAMESAKE_TOWN))


# Bodies of water by GeoNames' codes: "the Red Sea" is the sea, not Egypt's
# Red Sea governorate of half a million people.
WATER_CODES = frozenset({"OCN", "SEA", "GULF", "BAY", "STRT", "CNL", "LK"})


_AREA_WORD_AFTER = re.compile(r"\s+(?:" + AREA_NOUN + r"|state)\b", re.IGNORECASE)


def keep_water_readings(mentions: list[Mention], text: str, pinned: dict[int, set[int]]) -> None:
    """A name that is a body of water's own keeps only its water readings,
    unless a word for an area follows it ("the Red Sea governorate") or a
    "Town, State" pair pins a town ("Pacific, Mo.")."""
    for i, m in enumerate(mentions):
        if i in pinned or m.is_demonym or _AREA_WORD_AFTER.match(text, m.end):
            continue
        water = tuple(n for n in m.matches if n.entry.feature_code in WATER_CODES and n.kind in (KIND_NAME, KIND_ALIAS))
        if water:
            m.matches = water


_OWNER_GAP = re.compile(r"['’]s?\s+")
OWNER_KM = 100.0


def keep_in_owner(mentions: list[Mention], text: str) -> None:
    """"Aden's Mansoura district", "Ukraine's Kharkiv": the place after a
    possessive lies in the owner. A reading elsewhere gives way to one
    inside the owner, or, where the gazetteer has none, to the owner itself
    as an honest coarser answer. So does the name before "in" another
    ("stormed the White House in Bishkek"): it lies in the town or area after it."""
    pairs = list(joined(mentions, text, _OWNER_GAP))
    pairs += [(j, i) for i, j in joined(mentions, text, _IN_GAP) if _can_hold(mentions[j].entry)]
    for i, j in pairs:
        owner, owned = mentions[i], mentions[j]
        if owner.entry is None or owner.is_demonym or owned.is_demonym or not owned.matches:
            continue
        if owned.entry is not None and (_owns(owner.entry, owned.entry) or _bigger(owned.entry, owner.entry)):
            continue  # "Prate's Paris office": a person's name read as a village owns no capital
        if any(m.entry.is_country or m.entry.feature_code in ("ADM1", "CONT") for m in owned.matches):
            continue  # "Toronto's Ontario Place", "western Africa in Morocco": a bigger area is no part of it
        inside = [m.entry for m in owned.matches if m.kind in (KIND_NAME, KIND_ALIAS) and _owns(owner.entry, m.entry)]
        if inside:
            owned.entry = max(inside, key=lambda e: e.population)
        else:
            owned.entry, owned.score = owner.entry, FALLBACK_SCORE


_IN_GAP = re.compile(r"\s+in\s+")


def _can_hold(entry: GeoEntry | None) -> bool:
    """A country, an administrative area or a town: no continent or loose region."""
    return entry is not None and (entry.is_country or entry.is_city or entry.feature_code in ("ADM1", "ADM2"))


def _owned(mentions: list[Mention], text: str) -> set[int]:
    """Indices of names right after another place's possessive. They vote
    for no country or area: the owner says where they lie, and "London's
    Heathrow" must not pull London to Heathrow, Florida, the gazetteer's
    only reading of the airport's name."""
    return {j for i, j in joined(mentions, text, _OWNER_GAP) if not mentions[i].is_demonym}


# "Hungerford St.", "3125 Clarksville St.", "Decatur Boulevard": a town's
# name on a street sign. ("St." or "Dr." before a capital is a saint or a
# title: "Fort St. John", "in Springfield Dr. Lee said".)
_STREET_AFTER = re.compile(
    r"\s+(?:(?:St|Dr)(?:\.|\b(?!\.))(?!\s+[A-Z])|(?:Ave|Rd|Blvd|Ln|Street|Avenue|Road|Boulevard|Drive|Lane|Pike|Parkway)\b)"
)


def _streets(mentions: list[Mention], text: str) -> set[int]:
    """Indices of names that open a street's name. Streets are named after
    towns anywhere in a country, so they vote for the country only, not for
    a state or as a point to be near: a "Hungerford St." in Hartford had
    made Hartford an English hamlet of that name."""
    return {i for i, m in enumerate(mentions) if _STREET_AFTER.match(text, m.end)}


def _bigger(entry: GeoEntry, owner: GeoEntry) -> bool:
    return not (owner.is_country or owner.is_admin) and entry.population >= owner.population


def _owns(owner: GeoEntry, entry: GeoEntry) -> bool:
    if entry.id == owner.id:
        return False
    if owner.is_country or owner.feature_code in ("ADM1", "ADM2"):
        return _within(entry, owner)
    return entry.country_code == owner.country_code and km(entry, owner) <= OWNER_KM


def km(a: GeoEntry, b: GeoEntry) -> float:
    """Distance on a flat map around the two points: near enough for the
    hundred-kilometre questions asked here."""
    dx = (a.lon - b.lon) * 111.3 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, (a.lat - b.lat) * 111.3)


def _actor_nationalities(mentions: list[Mention], text: str) -> set[int]:
    """Nationalities and countries that say who acted ("Russian artillery"),
    and names that open an organisation's ("Shanghai Cooperation
    Organisation"), which vote for no country: the attacker's home is seldom
    the site, and a body's name says nothing of where it met."""
    return {
        i
        for i, m in enumerate(mentions)
        if (m.is_demonym or any(n.entry.is_country for n in m.matches)) and names_an_actor(text, m.start, m.end)
        or opens_organisation_name(text, m.end)
    }


# Local news names several small towns of one state that the state never
# names ("Decatur", "Avondale", "Atlanta"): revising one name at a time from
# the biggest namesakes can settle on a tidy cluster in the wrong state.
# Starting again with every name read inside each of the few areas that most
# names could lie in, and keeping the start whose readings fit best overall,
# finds the cluster that the names agree on.
ANCHORS = 3


def _anchor_areas(mentions: list[Mention], groups: list[list[int]]) -> list[str]:
    """First-level areas that at least two differently spelled names could lie in, most shared first."""
    names: Counter = Counter()
    fit: Counter = Counter()
    for group in groups:
        mention = mentions[group[0]]
        exact = _has_exact(mention.matches)
        best: dict[str, float] = {}
        for m in mention.matches:
            if m.entry.admin1_key:
                best[m.entry.admin1_key] = max(best.get(m.entry.admin1_key, -9.0), prior(m, exact))
        names.update(best.keys())
        fit.update(best)
    shared = [key for key, n in names.items() if n >= 2]
    return sorted(shared, key=lambda key: -fit[key])[:ANCHORS]


def _start(
    mention: Mention, first: tuple[GeoEntry | None, float], anchor: str | None, pinned: bool
) -> tuple[GeoEntry | None, float]:
    if anchor is None or pinned or mention.is_demonym:
        return first
    if first[0] is not None and not _could_be_local(first[0]):
        return first
    exact = _has_exact(mention.matches)
    inside = [m for m in mention.matches if m.entry.admin1_key == anchor]
    if not inside:
        return first
    return max(inside, key=lambda m: prior(m, exact)).entry, first[1]


def _could_be_local(entry: GeoEntry) -> bool:
    """Whether a first reading may join a local cluster. "Egypt", "Georgia":
    a country or state may not, and "London" or "Paris" read first as a
    capital is no Arkansas village because "England" has a namesake there."""
    return entry.feature_code != "PPLC" and (entry.is_city or entry.feature_code == "ADM2")


def _settle(groups: list[list[int]], memo: _Memo) -> None:
    for _ in range(ROUNDS):
        changed = False
        for group in groups:
            changed |= _revise(group, memo)
        if not changed:
            break


def _fit(groups: list[list[int]], memo: _Memo) -> float:
    """How well the current readings agree: each spelling's mean score for its
    own readings given the others'. A name told seven times ("Darby Street")
    is one piece of evidence, not seven, or its namesakes' state wins."""
    state = memo.state()
    total = 0.0
    for group in groups:
        part = 0.0
        for i in group:
            chosen = memo.mentions[i].entry
            part += max((s for s, m in memo.scored(state, i) if chosen and m.entry.id == chosen.id), default=0.0)
        total += part / len(group)
    return total


# A town this small, or reached only by an old or foreign spelling, is no
# evidence on its own that the story moved abroad.
STRAY_POPULATION = 100_000
STRAY_ALT_POPULATION = 1_000_000


def drop_strays(
    mentions: list[Mention], focus: dict[str, float], actors: set[int] = frozenset(), districts: set[int] = frozenset()
) -> None:
    """Unset small towns read in a country the text gives no other sign of.

    "Malian troops ... near Boni" must not land in Bonn, nor "Somali forces
    ... outside Bulo Burte" in the Philippines: when the text names
    countries, first-level areas or nationalities (or the caller knows the
    country from a dateline) and none of them is the town's country or a
    neighbour of it, and no other name in the text lies in the town's
    country, the town is an unknown place of the named country and the
    reading a namesake abroad. The mention stays, without a reading, so
    that event placement falls back to the area around it.

    A nationality that names a force (`actors`, indices into `mentions`)
    and a known group's country (a `focus` vote under 1, see
    `groups.GROUP_WEIGHT`) are weaker signs, since forces fight abroad:
    alone, they unset only small towns and those read by another spelling,
    not a town of some size by its own name ("Russian military instructors
    have moved into the former French base in Timbuktu"), nor an area the
    text calls one ("Rwandan soldiers in Muidumbe district").

    A name the text calls a district (`districts`: "in Palma district",
    kept to its town readings when the gazetteer has no such area) may be
    a stray at any size: Palma de Mallorca is no district beside
    "Mozambican police".
    """
    gaz = load_gazetteer()
    named = {cc for cc, weight in focus.items() if weight >= 1.0}
    forces = set(focus) - named
    for i, m in enumerate(mentions):
        if m.entry is not None and (m.is_demonym or m.entry.is_country or m.entry.feature_code == "ADM1"):
            (forces if i in actors else named).add(m.entry.country_code)
        elif m.entry is not None and m.source == "DATELINE":
            named.add(m.entry.country_code)  # "MILWAUKEE --": where the story is told from
    named.discard("")
    forces -= named | {""}
    by_country: dict[str, set[str]] = {}
    for m in mentions:
        if m.entry is not None:
            by_country.setdefault(m.entry.country_code, set()).add(name_key(m.text))
    by_country.pop("", None)
    strays = []
    for i, m in enumerate(mentions):
        entry = m.entry
        if entry is None or not (_could_be_stray(m) or (i in districts and entry.is_city)):
            continue
        signs = named | forces
        if entry.population < SMALL_TOWN:
            # A village abroad is no sign either: the towns the text names say where it is.
            signs = signs | {cc for cc, keys in by_country.items() if keys - {name_key(m.text)}}
        if not signs or entry.country_code in signs or signs & gaz.neighbours(entry.country_code):
            continue
        if by_country.get(entry.country_code, set()) - {name_key(m.text)}:
            continue  # another name in the text lies there too ("Edmonton, south of Cairns")
        if signs <= forces and _by_own_name(m) and (entry.population >= UNNAMED_AREA_POPULATION or _named_area(m, i, districts)):
            continue
        strays.append((m, signs))
    for m, signs in strays:
        m.entry = _reading_at_home(m, signs, gaz)
        m.score = FALLBACK_SCORE if m.entry is not None else 0.0


def _reading_at_home(m: Mention, signs: set[str], gaz: Gazetteer) -> GeoEntry | None:
    """The stray's reading in a country the text signals, or beside one:
    "Israeli forces raided Jenin" is Janin in the West Bank, GeoNames' other
    spelling, not the Polish village whose own name it is."""
    near = set(signs).union(*(gaz.neighbours(cc) for cc in signs))
    home = [n for n in m.matches if n.entry.is_city and n.entry.feature_code != POST_TOWN and n.entry.country_code in near]
    return max(home, key=lambda n: prior(n)).entry if home else None


def _named_area(m: Mention, i: int, districts: set[int]) -> bool:
    """"Rwandan soldiers in Muidumbe district": the text calls the name an
    area and the gazetteer has an area of that name, which a force's
    nationality alone does not outweigh (area readings seldom count people)."""
    return i in districts and m.entry.is_admin


# Below this a town is one of thousands of its size, and a namesake far more
# often than the place meant.
UNNAMED_AREA_POPULATION = 20_000
FALLBACK_SCORE = 0.3


def fall_back_to_named_area(mentions: list[Mention]) -> None:
    """A small town read in a first-level area the text never names, while
    the text names exactly one other area of that country, is more likely a
    village of the named area that the gazetteer lacks ("Meadow Grove" in a
    story that names Nebraska, read as a namesake in Louisiana): it takes the
    named area's reading, with a low score, as an honest coarser answer.
    Where the text names no area, one that holds most of its names (three
    at least) stands in for it: local news seldom names its own state. Where
    it names several, the one named more often than any other does, for a
    town read in none of them."""
    named = {
        m.entry.admin1_key: m.entry
        for m in mentions
        if m.entry is not None and m.entry.feature_code == "ADM1" and not m.is_demonym
    }
    spellings: dict[str, set[str]] = {}
    for m in mentions:
        if m.entry is not None and m.entry.admin1_key:
            spellings.setdefault(m.entry.admin1_key, set()).add(name_key(m.text))
    if not named:
        cluster = _cluster_area(spellings)
        if cluster is not None:
            named = {cluster.admin1_key: cluster}
    all_named = set(named)
    if len(named) > 1:
        named = _most_named(mentions, named)
    if len(named) != 1:
        return
    [(key, area)] = named.items()
    for m in mentions:
        entry = m.entry
        if entry is None or not (entry.is_city or entry.feature_code == "ADM2"):
            continue
        if entry.population >= UNNAMED_AREA_POPULATION or entry.country_code != area.country_code:
            continue
        if entry.admin1_key == key or spellings.get(entry.admin1_key, set()) - {name_key(m.text)}:
            continue  # inside the named area, or another name vouches for its area
        if entry.admin1_key in all_named:
            continue  # the text names its area too
        if _sole_town(m):
            continue
        m.entry, m.score = area, FALLBACK_SCORE


# A town this big whose name nothing outside its own area bears is seldom
# the double of a village the gazetteer lacks: Banbridge (16,000; its
# district shares the name) in a Northern Irish story that says a wreath
# came "from England" is still Banbridge.
SOLE_TOWN_POPULATION = 10_000


def _sole_town(m: Mention) -> bool:
    """Whether `m`'s reading is a town of some size and every reading of the name lies in its area."""
    entry = m.entry
    if not entry.is_city or entry.population < SOLE_TOWN_POPULATION:
        return False
    return all(n.entry.admin1_key == entry.admin1_key for n in m.matches)


def _most_named(mentions: list[Mention], named: dict[str, GeoEntry]) -> dict[str, GeoEntry]:
    """Of several named areas, the one the text names most often, if one is named more than any other."""
    counts = Counter(
        m.entry.admin1_key for m in mentions if m.entry is not None and m.entry.feature_code == "ADM1" and not m.is_demonym
    )
    [(top, n), *rest] = counts.most_common()
    return {top: named[top]} if not rest or n > rest[0][1] else {}


# "Greenwood, W. Va.", "Kani township (Sagaing)": what stands between a place and the area holding it.
_HOLDER_GAP = re.compile(r"\s*,\s*|(?:\s+" + AREA_NOUN + r")?\s*\(\s*")

# A town this big, read outside the area after it, is more likely a list
# ("from Boston, New York, Florida") than a namesake the gazetteer lacks.
PAIR_FALLBACK_POPULATION = 100_000


def fall_back_to_pair_area(mentions: list[Mention], text: str) -> None:
    """"Greenwood, W. Va.", "Grantville, Pennsylvania", "Kani township
    (Sagaing)": a town followed by its first-level area (or a region of one
    country) lies there. When the gazetteer has no reading of it
    inside that area, the area itself is the honest answer, not a namesake
    in another state. A name that is itself the tail of a list ("Dallas,
    Greenwood, Indiana") is left alone."""
    listed = {j for _, j in joined(mentions, text, _COMMA)}
    moved: dict[tuple[str, int], GeoEntry] = {}
    for a, b in joined(mentions, text, _HOLDER_GAP):
        town, area = mentions[a], mentions[b]
        if a in listed or town.is_demonym or town.entry is None or area.entry is None:
            continue
        if not _holds_towns(area.entry) or not (town.entry.is_city or town.entry.feature_code == "ADM2"):
            continue
        if (town.entry.population >= PAIR_FALLBACK_POPULATION or town.entry.feature_code == "PPLC") and not _quarter(area.entry):
            continue  # a list, unless what follows is a city's quarter ("Brooklyn, Cite Soleil")
        if any(_may_lie_in(m.entry, area.entry) for m in town.matches):
            continue
        moved[name_key(town.text), town.entry.id] = area.entry
    # One name, one sense: the bare "Grantville" later in the story goes with it.
    for m in mentions:
        area = moved.get((name_key(m.text), m.entry.id)) if m.entry is not None else None
        if area is not None:
            m.entry, m.score = area, FALLBACK_SCORE


def _quarter(area: GeoEntry) -> bool:
    """A region of one country with no people counted and no first-level
    area: the city quarters and districts the alias table adds."""
    return area.is_region and bool(area.country_code) and not area.admin1_key and area.population == 0


def _holds_towns(area: GeoEntry) -> bool:
    """A first-level area, or a region of one country ("Kilolo (Haut-Uele)":
    a province newer than GeoNames' lists, which the gazetteer keeps as a region)."""
    return area.feature_code == "ADM1" or (area.is_region and bool(area.country_code))


def _may_lie_in(entry: GeoEntry, area: GeoEntry) -> bool:
    """A region's towns are not listed, so any town of its country may lie there."""
    return entry.country_code == area.country_code if area.is_region else _within(entry, area)


# An area the text never names is still its area when this many of its
# names, and this share of them, lie there.
CLUSTER_SPELLINGS = 3
CLUSTER_SHARE = 0.6


def _cluster_area(spellings: dict[str, set[str]]) -> GeoEntry | None:
    """The first-level area most of the text's names lie in, when it clearly has one."""
    if not spellings:
        return None
    total = len(set().union(*spellings.values()))
    key, names = max(spellings.items(), key=lambda kv: len(kv[1]))
    if len(names) < CLUSTER_SPELLINGS or len(names) < CLUSTER_SHARE * total:
        return None
    return load_gazetteer().admin1(key)


def _could_be_stray(m: Mention) -> bool:
    entry = m.entry
    if m.is_demonym or entry is None or not (entry.is_city or entry.feature_code == "ADM2"):
        return False
    if _people(entry) < STRAY_POPULATION:
        return True
    # "Boni" is an old name of Bonn; "New Delhi" reaches Delhi the same way,
    # but a city of millions is what any text means by it.
    return not _by_own_name(m) and _people(entry) < STRAY_ALT_POPULATION


def _by_own_name(m: Mention) -> bool:
    """The chosen reading is the place's own name, not another spelling of it."""
    return any(n.entry.id == m.entry.id and n.kind in (KIND_NAME, KIND_ALIAS) for n in m.matches)


def _groups_from(
    mentions: list[Mention], pinned: dict[int, set[int]], first: list[tuple[GeoEntry | None, float]]
) -> list[list[int]]:
    """Indices of mentions that choose together: one group per spelling, a
    pinned mention alone; surest first (by the first choice's margin), so
    clear names set the context."""
    by_key: dict[str, list[int]] = {}
    alone: list[list[int]] = []
    for i, mention in enumerate(mentions):
        if not mention.matches or mention.is_demonym:
            continue
        if i in pinned:
            alone.append([i])
        else:
            by_key.setdefault(name_key(mention.text), []).append(i)
    groups = alone + list(by_key.values())
    return sorted(groups, key=lambda g: -max(first[i][1] for i in g))


def _revise(group: list[int], memo: _Memo) -> bool:
    """Choose again for one group against the others' current choices; True if a choice moved."""
    mentions = memo.mentions
    state = memo.state()
    totals: dict[int, float] = {}
    entries: dict[int, GeoEntry] = {}
    for i in group:
        for score, match in memo.scored(state, i):
            totals[match.entry.id] = totals.get(match.entry.id, 0.0) + score
            entries[match.entry.id] = match.entry
    ranked = sorted(totals, key=lambda k: -totals[k])
    margin = (totals[ranked[0]] - totals[ranked[1]]) / len(group) if len(ranked) > 1 else None
    chosen = entries[ranked[0]]
    score = 0.9 if margin is None else 0.5 + 0.45 * math.tanh(margin)
    changed = False
    for i in group:
        entry, own = chosen, score
        if all(m.entry.id != chosen.id for m in mentions[i].matches):
            # A looser spelling ("York City") may lack the group's reading.
            entry, own = _best(list(memo.scored(state, i)))
        changed |= mentions[i].entry is None or mentions[i].entry.id != entry.id
        mentions[i].entry, mentions[i].score = entry, own
    return changed


def prior(match: NameMatch, exact_exists: bool = False, short_form: bool = False) -> float:
    """Bigger and higher-ranked first; a town reached by an old or foreign
    spelling loses to one whose own name it is (`short_form`: the spelling
    is the head of the town's own name, see `_short_forms`)."""
    entry = match.entry
    kind = "RGN" if entry.is_region else entry.feature_code  # a sea or a range ranks as a region
    score = math.log10(max(_people(entry), 0) + 1) / 7 + _FEATURE_BONUS.get(kind, 0.0)
    if match.kind == KIND_ALT and not short_form:
        score -= 0.5 if exact_exists else 0.2
    return score


def _people(entry: GeoEntry) -> float:
    """A district counts the people of all its towns; a tenth of them stands
    for the one town a bare name would otherwise mean."""
    return entry.population / 10 if entry.feature_code == "ADM2" else entry.population


def _short_forms(matches: tuple[NameMatch, ...]) -> set[int]:
    """Readings reached by another name that is the head of their own:
    "Newcastle" for Newcastle upon Tyne is how everyone writes it, not an
    old or foreign spelling, so it does not lose to a village of 7,000 in
    County Down whose own name it is."""
    own = {name_key(m.entry.name) for m in matches if m.kind in (KIND_NAME, KIND_ALIAS)}
    return {
        m.entry.id
        for m in matches
        if m.kind == KIND_ALT and m.entry.is_city and any(_RIVER_TAIL.match(name_key(m.entry.name), len(key)) for key in own)
    }


# What follows a town's short name in its full one: the river or sea it
# stands on ("upon Tyne", "am Main", "sur Mer"). Other tails make another
# place ("Manhattan Beach", "Springfield Gardens", "Mexico City").
_RIVER_TAIL = re.compile(r" (?:upon|on|am|an|sur) ")


# Before the context speaks, a town reached by another spelling ranks below
# every place whose own name it is, however small: a village in Borno named
# "Rann" is what "Rann" means, not Brežice in Slovenia, one of whose other
# spellings it is. The context may still choose it.
ALT_BELOW_OWN = 0.01


def _has_exact(matches: tuple[NameMatch, ...]) -> bool:
    return any(m.kind in (KIND_NAME, KIND_ALIAS) for m in matches)


def _namesake_bonus(match: NameMatch, matches: tuple[NameMatch, ...]) -> float:
    """A big city beats the region named after it: "Moscow", "Aleppo", "Kiev".
    The city must lie in that region or beside it (Moscow is a first-level
    area of its own, next to Moscow oblast): Delaware, Ohio and Wyoming,
    Michigan are no reason to read "Delaware" or "Wyoming" as towns."""
    entry = match.entry
    if not entry.is_city or match.kind not in (KIND_NAME, KIND_ALIAS):
        return 0.0
    for other in matches:
        region = other.entry
        if (
            region.feature_code == "ADM1"
            and region.country_code == entry.country_code
            and entry.population >= 0.05 * max(region.population, 1)
            and (entry.admin1_key == region.admin1_key or km(entry, region) <= NAMESAKE_KM)
        ):
            return NAMESAKE_BONUS
    return 0.0


def _first_choice(
    mention: Mention, bases: list[tuple[float, NameMatch]], pinned: set[int] | None
) -> tuple[GeoEntry | None, float]:
    """The reading that prior, namesake and pin alone favour (`bases` from `_base_scores`)."""
    if not mention.matches:
        return None, 0.0
    if mention.is_demonym:
        country = next(m.entry for m in mention.matches if m.kind == KIND_DEMONYM)
        return country, 0.9
    scored = [
        (
            base
            - _small_town_penalty(m.entry, mention.matches, None)
            + (PAIR_BONUS if pinned and m.entry.id in pinned else 0.0),
            m,
        )
        for base, m in bases
    ]
    return _best(scored)


# A dateline names the city a reporter files from, and a wire's bureaus sit in
# capitals: "WASHINGTON" over a story about Britain is still the US capital,
# not Washington in Tyne and Wear. The bonus matches one country's whole vote.
DATELINE = "DATELINE"
DATELINE_CAPITAL = COUNTRY_WEIGHT


def _base_scores(matches: tuple[NameMatch, ...], dateline: bool = False) -> list[tuple[float, NameMatch]]:
    """Each reading with what it scores before the context speaks (`dateline`: the mention is one)."""
    exact = _has_exact(matches)
    town = max(_biggest_towns(matches).values(), default=0)
    own = max((prior(m) for m in matches if m.kind in (KIND_NAME, KIND_ALIAS)), default=math.inf)
    short = _short_forms(matches)
    scored = []
    for m in matches:
        score = prior(m, exact, m.entry.id in short)
        if _borrowed_abroad(m, matches):
            score = min(score, own - ALT_BELOW_OWN)
        score += _namesake_bonus(m, matches) - _undue_area_bonus(m.entry, town)
        if _district_of_its_town(m, matches):
            score -= DISTRICT_OF_TOWN_PENALTY
        if dateline and m.entry.feature_code == "PPLC":
            score += DATELINE_CAPITAL
        if dateline and _city_of_its_name(m, matches):
            score -= DATELINE_AREA_PENALTY
        scored.append((score, m))
    return scored


# A dateline names the town a story was filed from: "NEW YORK (AP) —" is the
# city, not the state, and "WASHINGTON —" the capital, not Washington state.
DATELINE_AREA_PENALTY = COUNTRY_WEIGHT + ADMIN1_WEIGHT  # more than any context gives an area
DATELINE_CITY = 100_000


def _city_of_its_name(match: NameMatch, matches: tuple[NameMatch, ...]) -> bool:
    """An area reading beside a big city of the same country that the name also reaches."""
    entry = match.entry
    return entry.is_admin and any(
        m.entry.is_city and m.entry.population >= DATELINE_CITY and m.entry.country_code == entry.country_code
        for m in matches
    )


# "Ukrainian drones hit an oil depot in Feodosia": a district named after
# its seat ("Feodosiya Raion") is what the bare name means only where the
# text says district; otherwise the town is meant, as ACLED and gazetteers
# place it, though the district counts more people. Reached by the same
# kind of name (both by another spelling here), the district loses enough
# to fall behind the town.
DISTRICT_OF_TOWN_PENALTY = 0.2
DISTRICT_TOWN_KM = 40.0


def _district_of_its_town(match: NameMatch, matches: tuple[NameMatch, ...]) -> bool:
    entry = match.entry
    if entry.feature_code != "ADM2" or entry.area_point:
        return False
    return any(
        m.entry.is_city
        and m.kind == match.kind
        and m.entry.country_code == entry.country_code
        and km(m.entry, entry) <= DISTRICT_TOWN_KM
        for m in matches
    )


def _borrowed_abroad(match: NameMatch, matches: tuple[NameMatch, ...]) -> bool:
    """A town reached by another of its spellings in a country where no place
    bears the name as its own. Within one country another spelling is often
    just a transliteration: "Zaporizhzhia" is the city of 700,000 spelled
    "Zaporizhzhya", not the Ukrainian village that has the spelling."""
    entry = match.entry
    return (
        match.kind == KIND_ALT
        and entry.is_city
        and not any(m.kind in (KIND_NAME, KIND_ALIAS) and m.entry.country_code == entry.country_code for m in matches)
    )


def _undue_area_bonus(entry: GeoEntry, town: int) -> float:
    """The area bonus back from a first-level area smaller than the biggest
    town that bears its name (`town`, people): the bonus stands for the towns
    an area's count leaves out, and Portland parish, Jamaica (22,000) is not
    what "Portland" means beside Portland, Oregon, nor Mozambique's Gaza
    province beside Gaza City."""
    return _FEATURE_BONUS["ADM1"] if entry.feature_code == "ADM1" and entry.population < town else 0.0


def _scored(
    mention: Mention,
    key: str,
    bases: list[tuple[float, NameMatch]],
    others: tuple[Counter, Counter],
    points: list[tuple[str, float, float]],
    pinned: set[int] | None,
    named: frozenset[str] = frozenset(),
    counties: frozenset[str] = frozenset(),
) -> list[tuple[float, NameMatch]]:
    """Each reading's score given the other spellings' votes (`others`), chosen
    points, the areas the other spellings name most (`named`) and the
    counties the text names in full (`counties`)."""
    country, admin1 = others
    total_country = sum(country.values()) or 1.0
    vouched = _vouched_areas(mention.matches, named)
    exact = _has_exact(mention.matches)
    biggest = _biggest_towns(mention.matches)
    by_country: dict[str, float] = {}  # namesakes often share a country: its term once
    scored = []
    for base, m in bases:
        entry = m.entry
        score = base - _small_town_penalty(entry, mention.matches, admin1) - _area_namesake(m, mention.matches)
        score -= _capital_unnamed(entry, mention.matches, country)
        term = by_country.get(entry.country_code)
        if term is None:
            term = by_country[entry.country_code] = _country_term(entry.country_code, country, total_country)
        score += term
        near = _nearness(entry, points, key) if len(mention.matches) > 1 else 0.0
        dwarfed = entry.population * DWARF_RATIO < biggest.get(entry.country_code, 0)
        if entry.admin1_key and admin1.get(entry.admin1_key) and not (dwarfed and near < DWARF_NEAR):
            score += ADMIN1_WEIGHT * min(admin1[entry.admin1_key], 2.0) / 2.0
        if pinned and entry.id in pinned:
            score += PAIR_BONUS
        elif _unvouched_post_town(entry, admin1, vouched, near):
            score -= POST_TOWN_PENALTY
        # A town reached by another spelling is no town the text names ("Pittsburgh"
        # is not Pittsburg, California because California is named twice),
        # unless no place has the spelling as its own ("Feodosia (Crimea)").
        if entry.admin1_key in vouched and not (m.kind == KIND_ALT and entry.is_city and exact):
            score += NAMED_AREA_BONUS
        score += NEAR_WEIGHT * near
        if m.kind != KIND_ALT and _held_by_named_county(entry, key, counties):
            score += COUNTY_HOLDS_BONUS
        scored.append((score, m))
    return scored


# A town whose county the text names in full is the one in that county: a
# Richmond story that mentions "the Madison County Detention Center" is told
# in Richmond, Kentucky, the county's seat, not Richmond, Virginia. The
# bonus is worth more than a named state's (NAMED_AREA_BONUS), since a
# county holds few towns; at 1.5 it outweighs a town's own name (Shawnee
# County, Kansas made Shawnee, Oklahoma of a Kansas town).
COUNTY_HOLDS_BONUS = 1.0
_COUNTY_WORD = re.compile(r" (?:county|parish)$")


def _counties(mentions: list[Mention]) -> frozenset[str]:
    return frozenset(key for key in (name_key(m.text) for m in mentions) if _COUNTY_WORD.search(key))


def _held_by_named_county(entry: GeoEntry, key: str, counties: frozenset[str]) -> bool:
    """`entry`, a town, lies in a county of the `counties` named after something
    other than itself ("DeKalb" beside "DeKalb County" may be the county)."""
    if not entry.is_city or not entry.admin2:
        return False
    county = name_key(entry.admin2)
    return county in counties and _COUNTY_WORD.sub("", county) != key


# A post town (population unknown, see `POST_TOWN`) is one of thousands of
# small US namesakes: it is what a text means only where the text names its
# state, pairs it with one, or names a place beside it. The country's vote
# alone ("Millfield Theatre" in a London story that some US readings have
# pulled west) is cancelled.
POST_TOWN_PENALTY = COUNTRY_WEIGHT


def _unvouched_post_town(entry: GeoEntry, admin1: Counter, vouched: set[str], near: float) -> bool:
    if entry.feature_code != POST_TOWN:
        return False
    return not (admin1.get(entry.admin1_key) or entry.admin1_key in vouched or near >= DWARF_NEAR)


def _biggest_towns(matches: tuple[NameMatch, ...]) -> dict[str, int]:
    """People in the biggest town by each country that bears the name as its own."""
    biggest: dict[str, int] = {}
    for m in matches:
        if m.entry.is_city and m.kind in (KIND_NAME, KIND_ALIAS):
            biggest[m.entry.country_code] = max(biggest.get(m.entry.country_code, 0), m.entry.population)
    return biggest


def _vouched_areas(matches: tuple[NameMatch, ...], named: frozenset[str]) -> set[str]:
    """Of the `named` areas, those where this name's biggest reading is not
    dwarfed by its biggest reading anywhere: one bonus for the whole area,
    so that it leaves the order of the readings inside it alone."""
    if not named:
        return set()
    biggest = max(m.entry.population for m in matches)
    best: dict[str, int] = {}
    for m in matches:
        key = m.entry.admin1_key
        if key in named:
            best[key] = max(best.get(key, 0), m.entry.population)
    return {key for key, people in best.items() if people * NAMED_AREA_RATIO >= biggest}


def _country_term(code: str, country: Counter, total: float) -> float:
    share = country.get(code, 0.0)
    if code:
        # Neighbours count half: "Israel" makes Gaza the Palestinian one.
        share += 0.5 * sum(country.get(n, 0.0) for n in load_gazetteer().neighbours(code))
    return COUNTRY_WEIGHT * min(share / total, 1.0)


# "in Russia and Paris" beside "U.S." and "Washington": the country, not the
# village of Russia, Ohio, which only a "Town, State" pair should reach; nor
# "Mexico" and "Italy" the small towns of New York and Texas, nor "Egypt" a
# town of 5,000 that once had the name (another spelling of it is no reason
# at any size). The same holds for a first-level area of a million people or
# more: "Kansas" is the state, not a village in Illinois, and "Ontario" the
# province, not a town in New York. Towns of some size are left to the
# context: local news does mean Jordan, Minnesota (6,000) and Palestine, Texas.
AREA_NAMESAKE_PENALTY = 1.0
AREA_NAMESAKE_TOWN = 5_000


def _area_namesake(match: NameMatch, matches: tuple[NameMatch, ...]) -> float:
    """A small town, or a town by another of its names, that shares its name
    with a country or a big first-level area the same spelling names outright."""
    entry = match.entry
    if not entry.is_city or (entry.population >= AREA_NAMESAKE_TOWN and match.kind != KIND_ALT):
        return 0.0
    if any(_big_area(m.entry) and m.kind in (KIND_NAME, KIND_ALIAS) for m in matches):
        return AREA_NAMESAKE_PENALTY
    return 0.0


# A capital's rank is no reason to prefer it when the text never names its
# country but names the country of another city of that name: "a London
# rally ... thanked Canada" is London, Ontario, not the capital of a United
# Kingdom the text never mentions. The rival must be a city of some size:
# a US story about a trip "to London" does not mean London, Kentucky.
CAPITAL_RIVAL_POPULATION = 100_000


def _capital_unnamed(entry: GeoEntry, matches: tuple[NameMatch, ...], country: Counter) -> float:
    if entry.feature_code != "PPLC" or country.get(entry.country_code):
        return 0.0
    rivals = (
        m.entry
        for m in matches
        if m.entry.is_city and m.entry.country_code != entry.country_code and m.kind in (KIND_NAME, KIND_ALIAS)
    )
    if any(r.population >= CAPITAL_RIVAL_POPULATION and country.get(r.country_code) for r in rivals):
        return _FEATURE_BONUS["PPLC"]
    return 0.0


def _big_area(entry: GeoEntry) -> bool:
    return entry.is_country or (entry.feature_code == "ADM1" and entry.population >= BIG_AREA)


def _small_town_penalty(entry: GeoEntry, matches: tuple[NameMatch, ...], admin1: Counter | None) -> float:
    if not entry.is_city or entry.population >= SMALL_TOWN or not _bigger_rival(entry, matches):
        return 0.0
    if admin1 is not None and entry.admin1_key and admin1.get(entry.admin1_key):
        return 0.0
    return SMALL_TOWN_PENALTY


def _bigger_rival(entry: GeoEntry, matches: tuple[NameMatch, ...]) -> bool:
    """Whether a bigger place goes by the name: by its own name, or by another
    spelling in the village's own country. A town abroad that has the name
    only as another spelling is no rival for a village whose name it is.
    A post town's size is unknown, so it may be the bigger."""
    return any(
        (m.entry.population > entry.population or m.entry.feature_code == POST_TOWN)
        and (m.kind in (KIND_NAME, KIND_ALIAS) or m.entry.country_code == entry.country_code)
        for m in matches
        if m.kind != KIND_DEMONYM and m.entry.id != entry.id
    )


def _nearness(entry: GeoEntry, points: list[tuple[str, float, float]], own: str) -> float:
    """1 beside another chosen town, fading with distance: local news stays local."""
    nearest = math.inf
    here_lat, here_lon = entry.lat, entry.lon
    cos_lat = math.cos(math.radians(here_lat))
    for spelling, lat, lon in points:
        if spelling == own:
            continue
        dx = (lon - here_lon) * 111.3 * cos_lat
        dy = (lat - here_lat) * 111.3
        squared = dx * dx + dy * dy
        if squared < nearest:
            nearest = squared
    return 0.0 if nearest == math.inf else math.exp(-math.sqrt(nearest) / NEAR_KM)


def _best(scored: list[tuple[float, NameMatch]]) -> tuple[GeoEntry, float]:
    scored.sort(key=lambda pair: -pair[0])
    best = scored[0]
    if len(scored) == 1:
        return best[1].entry, 0.9
    margin = best[0] - scored[1][0]
    return best[1].entry, 0.5 + 0.45 * math.tanh(margin)


def _one_country(matches: tuple[NameMatch, ...]) -> bool:
    """Whether every reading lies in one country (a surer vote than a name shared abroad)."""
    return len({m.entry.country_code for m in matches}) == 1


def _tally(
    mentions: list[Mention],
    focus: dict[str, float],
    weights: list[float],
    keys: list[str],
    streets: set[int] = frozenset(),
    home: Home | None = None,
    phones: frozenset[str] = frozenset(),
) -> _Votes:
    country: Counter = Counter(focus)
    admin1: Counter = Counter()
    if home is not None:
        country[home.country_code] += HOME_VOTE
        admin1[home.admin1_key] += HOME_VOTE
    for area in phones:
        country[area.split(".")[0]] += PHONE_VOTE
        admin1[area] += PHONE_VOTE
    named: dict[str, Counter] = {}
    by_name: dict[str, tuple[Counter, Counter]] = {}
    points: list[tuple[str, float, float]] = []
    for i, (mention, weight, key) in enumerate(zip(mentions, weights, keys)):
        entry = mention.entry
        if entry is None or not entry.country_code or entry.feature_code == POST_TOWN:
            # A post town wins only on others' evidence (its state, a pair, a
            # neighbour), which votes by itself: read by votes alone, it would
            # carry the text's other names home with it (a Millfield, Ohio had
            # made an Enfield story's Edmonton the Kentucky one).
            continue
        own = by_name.get(key)
        if own is None:
            own = by_name[key] = (Counter(), Counter())
        country[entry.country_code] += weight
        own[0][entry.country_code] += weight
        if i in streets or (entry.is_city and entry.population < SMALL_TOWN):
            # A village vouches for no area and is no point to be near: two
            # villages of one state named "Athens" and "Hopkins" would
            # otherwise carry each other there (Athens, Texas read in Michigan).
            continue
        if entry.admin1_key:
            share = 1.0 if entry.feature_code == "ADM1" else 0.5
            if entry.feature_code == "ADM1":
                named.setdefault(key, Counter())[entry.admin1_key] += 1
            admin1[entry.admin1_key] += share
            own[1][entry.admin1_key] += share
        # A named state draws towns across its border too ("Hanover" beside "Vt.").
        # A district placed at its area's point is nowhere in particular.
        if (entry.is_city or entry.feature_code in ("ADM2", "ADM1")) and not entry.area_point:
            points.append((key, entry.lat, entry.lon))
    if home is not None:
        points.append((_HOME, home.lat, home.lon))
    # A name told ten times is one point to be near.
    return _Votes(country, admin1, by_name, list(dict.fromkeys(points)), named)


# An outlet's home area speaks as one unnamed mention of a town there would:
# enough to tip a bare namesake home, not to outvote a state the story names.
HOME_VOTE = 0.5
_HOME = "\x00home"  # no spelling: the home point is near for every name
# A phone number to call speaks for its area as the outlet's home does (see
# area_codes.py): "London police at 519-661-5670" is London, Ontario. It gives
# no point to be near, since an area code covers a whole state.
PHONE_VOTE = HOME_VOTE


_POSTAL = re.compile(r",\s*([A-Z]{2})\b(?![.\w])")
_COMMA = re.compile(r"\s*,\s*")


def _pairs(mentions: list[Mention], text: str) -> dict[int, set[int]]:
    """"Paris, Texas" / "Alexandria, La." / "Cincinnati, OH": the town must lie in the area that follows."""
    pinned: dict[int, set[int]] = {}
    for i, town in enumerate(mentions):
        postal = _POSTAL.match(text, town.end)
        if postal:
            inside = {m.entry.id for m in town.matches if m.entry.admin1_key == f"US.{postal.group(1)}"}
            if inside:
                pinned[i] = inside
    for a, b in joined(mentions, text, _COMMA):
        town, area = mentions[a], mentions[b]
        if not town.matches or not area.matches:
            continue
        areas = [m.entry for m in area.matches if m.entry.is_country or m.entry.feature_code in ("ADM1", "ADM2")]
        inside = {
            m.entry.id
            for m in town.matches
            for region in areas
            if m.entry.id != region.id and _within(m.entry, region)
        }
        if inside and not _list_of_places(town, inside, area, mentions, text):
            pinned[a] = inside
            holders = {region.id for region in areas for m in town.matches if _within(m.entry, region)}
            pinned[b] = holders
    return pinned


# A town's namesake inside the area this many times smaller than its biggest
# reading makes a list more likely than a pair.
LIST_DWARF_RATIO = 20


def _list_of_places(town: Mention, inside: set[int], area: Mention, mentions: list[Mention], text: str) -> bool:
    """"from Boston, New York and Florida": a list, not Boston in New York
    state, when the list goes on after the area with another area and the
    town inside the area is a namesake dwarfed by the town the name mostly
    means ("Paris, Texas and Paris, France" are two pairs)."""
    goes_on = LIST_GOES_ON.match(text, area.end)
    if goes_on is None:
        return False
    after = [m for m in mentions if m.start == goes_on.end()]
    if not any(n.entry.is_country or n.entry.feature_code == "ADM1" for m in after for n in m.matches):
        return False
    biggest = max((m.entry.population for m in town.matches if m.entry.is_city), default=0)
    best_inside = max((m.entry.population for m in town.matches if m.entry.id in inside), default=0)
    return best_inside * LIST_DWARF_RATIO < biggest


# "Mariga (Niger)", "Boni (Douentza, Mopti)": what a name's brackets hold.
_OPEN_BRACKET = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+" + AREA_NOUN + r")?\s*\(\s*(?:[^(),]{1,40},\s*)?$"
)


def _bracketed_areas(mentions: list[Mention], text: str) -> dict[int, set[int]]:
    """Names in brackets after a place name are the areas that hold it, so
    their area readings win: "(Niger)" there is the Nigerian state, not the
    country, even when the town before it is unknown."""
    out: dict[int, set[int]] = {}
    for i, m in enumerate(mentions):
        if not _OPEN_BRACKET.search(text[max(0, m.start - 60) : m.start]):
            continue
        if not re.match(r"\s*[,)]", text[m.end : m.end + 3]):
            continue
        areas = {n.entry.id for n in m.matches if n.entry.feature_code in ("ADM1", "ADM2")}
        if areas:
            out[i] = areas
    return out


def _phone_pins(mentions: list[Mention], text: str) -> dict[int, set[int]]:
    """"Thomas Memorial Hospital in South Charleston at 304-766-3413": a place
    right before a phone number lies in the number's area, as one before
    its state does."""
    out: dict[int, set[int]] = {}
    for i, m in enumerate(mentions):
        area = area_of_number_after(text, m.end) if m.matches else None
        inside = {n.entry.id for n in m.matches if area and n.entry.admin1_key == area}
        if inside:
            out[i] = inside
    return out


def _spread_pins(mentions: list[Mention], pinned: dict[int, set[int]]) -> None:
    """"Springfield, Ohio" once, then "Springfield" on its own: the bare
    mentions keep the pinned reading, unless pins of that spelling disagree
    ("Paris, Texas" and "Paris, France" in one story)."""
    by_key: dict[str, list[set[int]]] = {}
    for i, ids in pinned.items():
        by_key.setdefault(name_key(mentions[i].text), []).append(ids)
    for i, mention in enumerate(mentions):
        if i in pinned or mention.is_demonym:
            continue
        pins = by_key.get(name_key(mention.text))
        if not pins or any(ids != pins[0] for ids in pins):
            continue
        if any(m.entry.id in pins[0] for m in mention.matches):
            pinned[i] = pins[0]


def _within(entry: GeoEntry, region: GeoEntry) -> bool:
    if entry.country_code != region.country_code:
        return False
    if region.is_country:
        return True
    if region.feature_code == "ADM2":
        return entry.admin2 == region.name and entry.admin1_key == region.admin1_key
    return entry.admin1_key == region.admin1_key

