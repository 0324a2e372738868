"""Where each event happened.

For one coded event, in order of trust:
1. a place in the event's own sentence tied to the trigger by a locative
   preposition ("clashes in Almaty"), else one after such a preposition,
   else any place there that is not an actor ("Moscow said", "Russia's
   envoy", a place inside the actor's own words);
2. the nearest place mentioned before the sentence;
3. the dateline ("ALMATY, Jan 6 (Reuters) -");
4. a town in the sentence that only the actor's words named ("Philadelphia
   police"), else the first town named after it;
5. the article's focus country: the one its places, and the homes of the
   groups, peace missions and one-country area words ("LGA") it names, most
   point to, where a force's or a backer's nationality ("US airstrikes",
   "Turkish-backed") and a country people fled into count for little;
6. the country of the event's actors ("ISWAP fighters": Nigeria), else of
   the known groups the text names.
A river's or a settlement's namesake ("the Juba river", "the Luanda plan")
places nothing.
A street or building the gazetteer does not know keeps its text as evidence
but takes the coordinates of the nearest known place around it, with that
place's coarser `resolution`. An unnamed village near a town ("a village
near Bandiagara (Mopti)") or a name the gazetteer lacks ("Tamou (Say,
Tillaberi)") takes the nearest place the text and the gazetteer both know
(Bandiagara, Say), as ACLED codes it, at `resolution` "admin2" (ACLED's geo
precision 2): the region around would be surer but says much less.

An event placed only at a country or a first-level area keeps the area's
name, id and `resolution` ("country", "admin1") but takes its coordinates
from the area's seat (the capital, or the area's main town), as ACLED codes
such events: a map then shows it where such news happens, and the coarse
resolution says how far to trust the point.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.countries import alpha2_of
from tidings.extract.context import ArticleContext, CodedEvent, Sentence
from tidings.extract.places.actor_phrase import names_a_post, names_an_actor
from tidings.extract.places.geoparse import find_mentions
from tidings.extract.places.groups import group_countries, group_mentions
from tidings.extract.places.mention import Mention, geonameid_of, joined, resolution_of
from tidings.extract.places.sites import find_sites, place_sites
from tidings.extract.places.recognize import SPACED_DASH
from tidings.extract.places.resolve import km, resolve
from tidings.records import Place
from tidings.resources.gazetteer import Gazetteer, GeoEntry, load_gazetteer, name_key

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

STRONG_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "on"}
WEAK_PREPS = {"from", "into", "to", "toward", "towards", "along", "off", "over", "through"}
# Verbs whose subject is a government speaking or acting, not a site.
ACTOR_VERBS = {
    "say", "announce", "accuse", "condemn", "warn", "urge", "deny", "claim", "reject", "demand", "call",
    "sanction", "expel", "recognize", "recognise", "support", "back", "criticize", "criticise", "threaten",
    "agree", "sign", "send", "deploy", "ask", "tell", "respond", "vow", "pledge", "insist", "blame",
    "refuse", "offer", "propose", "decide", "want", "plan", "seek", "hope", "believe", "consider",
}
# Verbs whose object is a party: "Armenia accused Baku of shelling" names a government.
PARTY_VERBS = {
    "accuse", "blame", "urge", "warn", "condemn", "criticize", "criticise", "sanction", "threaten", "ask",
    "tell", "support", "back", "recognize", "recognise",
}
# Talk, not action: "a summit on Syria", "talks over Ukraine" name a topic.
TOPIC_EVENTS = {"CONSULT", "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}
_TOPIC_PREPS = {"on", "over", "about"}
_PREP_BEFORE = re.compile(
    r"\b(" + "|".join(sorted(STRONG_PREPS | WEAK_PREPS)) + r")\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I
)
_SAYS_AFTER = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?(?:said|says|announced|accused|condemned|"
    r"warned|urged|denied|claimed|rejected|demanded|called(?!\s+off)|sent|deployed|asked|told)\b"
)
# "witnesses in Douma said": people at the site; "officials in Kigali said":
# an office speaking from its seat, which need not be where things happened.
_WHERE_BEFORE = re.compile(
    r"(?:\bof|(?<!officials)(?<!authorities)(?<!sources)(?<!diplomats)(?<!ministry)(?<!government)"
    r"\s+(?:in|at|near))\s+(?:the\s+)?$",
    re.I,
)
_POSSESSIVE = re.compile(r"^['’]s?\s+((?:[\w-]+\s+){0,2}[\w-]+)")
# "Detroit's west side" is a place; "Russia's ambassador" is its government.
_PLACE_PARTS = {
    "side", "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "downtown",
    "outskirts", "suburbs", "suburb", "streets", "neighborhood", "neighbourhood", "district", "districts",
    "center", "centre", "centers", "area", "areas", "part", "parts", "airport", "port", "square", "border",
    "capital", "region", "province", "city", "old", "main", "central", "eastern", "western", "northern",
    "southern", "largest", "biggest", "second", "quarter", "township", "county", "village", "villages",
    "town", "towns", "countryside", "market", "camp", "zone", "sector", "coast", "outskirt", "slum",
    "slums", "estate", "highway", "road", "province", "suburban", "rural", "division", "divisions", "ward",
    "wards", "commune", "communes", "municipality", "arrondissement", "borough", "precinct", "locality",
}

_BEARINGS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"}
_LAUNCH_VERBS = {"fire", "launch", "shoot", "lob"}
SCORE_ATTACHED, SCORE_PREP, SCORE_WEAK_PREP, SCORE_IN_SENTENCE = 0.9, 0.8, 0.65, 0.55
# "Rockets fired from Gaza hit Ashkelon": where a missile came from loses to
# any other place the sentence names, which is most likely where it fell.
SCORE_LAUNCH = 0.5
SCORE_PRECEDING, SCORE_DATELINE, SCORE_LATER, SCORE_FOCUS, SCORE_ACTORS = 0.45, 0.4, 0.35, 0.25, 0.2


@dataclass
class _ArticlePlaces:
    mentions: list[Mention]
    dateline: Mention | None
    focus: GeoEntry | None
    holders: set[int]  # ids of mentions that only say where the name before them lies
    group_votes: dict[str, float]  # countries of the known groups the text names


def locate_events(coded: list[CodedEvent], ctx: ArticleContext) -> list[Place | None]:
    """One event location per coded event, in the same order (None when the article names no place)."""
    if not coded:
        return []
    places = article_places(ctx)
    return [_finer_next(_locate(c, places, ctx, coded), c, places, ctx) for c in coded]


# "Gunmen killed 20 civilians in central Mali. The attack took place in the
# village of Diallassagou in the Bankass district": the next sentence says
# where, in words that name no new event.
_TOOK_PLACE = re.compile(
    r"\s*(?:The|This|That)\s+(?:[\w-]+\s+){1,3}?(?:took\s+place|happened|occurred|unfolded)\s+(?:in|at|near|outside)\b",
)


def _finer_next(place: Place | None, c: CodedEvent, places: _ArticlePlaces, ctx: ArticleContext) -> Place | None:
    """A country or region the event's sentence gives yields to a finer
    place inside it that the next sentence says the event took place at."""
    if place is None or place.resolution not in ("country", "admin1"):
        return place
    after = next((s for s in ctx.sentences if s.start >= c.sentence.end), None)
    if after is None or not _TOOK_PLACE.match(ctx.text, after.start):
        return place
    inside = [
        m
        for m in places.mentions
        if after.start <= m.start < after.end
        and id(m) not in places.holders
        and m.entry is not None
        and m.entry.country_code == place.country_code
        and resolution_of(m.entry) not in ("country", "admin1")
    ]
    return _place(inside[0].entry, inside[0], place.score) if inside else place


def article_places(ctx: ArticleContext) -> _ArticlePlaces:
    gaz = load_gazetteer()
    docs = [(s.start, s.doc) for s in ctx.sentences if s.doc is not None]
    groups = group_mentions(ctx.text)
    mentions = find_mentions(ctx.text, docs, gaz, groups)
    dateline = next((m for m in mentions if m.source == "DATELINE"), None)
    group_votes = group_countries(groups)
    hint = dict(group_votes)
    if dateline is not None:
        hint[dateline.matches[0].entry.country_code] = 2.0
    resolve(mentions, ctx.text, hint, ctx.home)
    # "a shooting on Dublin Road": the street, at its town's point, not Dublin.
    mentions = place_sites(mentions, ctx.text, find_sites(ctx.text))
    holders = _holders(mentions, ctx.text)
    _near_anchors(mentions, ctx.text)
    mentions = [m for m in mentions if not _names_a_river(m, ctx.text) and not _names_a_pact(m, ctx.text)]
    focus = _focus_country(mentions, gaz, ctx.text, group_votes)
    abroad = {m.text for m in mentions if _lone_area_abroad(m, mentions, focus, ctx.text)}  # one name, one sense
    mentions = [m for m in mentions if not _foreign_facility_name(m, focus, ctx.text) and m.text not in abroad]
    return _ArticlePlaces(mentions, dateline, focus, holders, group_votes)


# "along the Juba river", "capsized on the River Niger": a river runs past many
# towns and often through several countries; its namesake town or country is
# not where the event happened.
_RIVER_AFTER = re.compile(r"\s+[Rr]iver\b")
_RIVER_BEFORE = re.compile(r"\b[Rr]iver\s+$")


def _names_a_river(m: Mention, text: str) -> bool:
    return bool(_RIVER_AFTER.match(text, m.end) or _RIVER_BEFORE.search(text[max(0, m.start - 8) : m.start]))


# "in accordance with the Luanda plan", "the Minsk agreements": a town that
# names a settlement names where it was signed, long before the events.
_PACT_AFTER = re.compile(
    r"\s+(?:plan|process|agreements?|accords?|protocols?|declaration|format|roadmap|pact|treaty|charter)\b"
)


def _names_a_pact(m: Mention, text: str) -> bool:
    return bool(_PACT_AFTER.match(text, m.end))


# "Azadi Teaching Hospital", "Rashid Street School": a name inside a
# building's name is often a person or a word, not a town.
_BIG_CITY = 100_000
_FACILITY_AFTER = re.compile(
    r"^\s+(?:[A-Z][\w'’-]+\s+){0,2}(?:Hospital|School|University|Mosque|Market|Stadium|Prison)\b"
)


def _lone_area_abroad(m: Mention, mentions: list[Mention], focus: GeoEntry | None, text: str) -> bool:
    """"the banks of the Sava" in a Belgrade story: a first-level area takes
    no "the" in English, so a "the" name read as an area of a country nothing
    else in the text lies in is a river, a range or a building. So is a name
    the parser called a person or a body ("Herrera is accused", in a Bronx
    story, is no province of Panama)."""
    if m.entry is None or focus is None or m.entry.feature_code != "ADM1":
        return False
    named_as_such = m.source in ("PERSON", "ORG") or re.search(r"\bthe\s+$", text[max(0, m.start - 5) : m.start])
    if m.entry.country_code == focus.country_code or not named_as_such:
        return False
    return not any(o.text != m.text and o.entry is not None and o.entry.country_code == m.entry.country_code for o in mentions)


def _foreign_facility_name(m: Mention, focus: GeoEntry | None, text: str) -> bool:
    """A name inside a facility's name is a town only where the story is:
    a town of that name in the story's country."""
    if m.entry is None or focus is None or not _FACILITY_AFTER.match(text[m.end : m.end + 60]):
        return False
    if m.entry.population >= _BIG_CITY:
        return False  # "Karachi University": a big city names its own institutions
    return m.entry.country_code != focus.country_code


# "Bamenda (Mezam, North-West)", "Mangu, Plateau state", "Dar es Salam (Omdurman)":
# what follows a place after a comma or bracket, past at most two unknown names
# ("Buni Gari (Gujba, Yobe)": the name may run on past what the gazetteer knew)
# and a word for what kind of place it is ("Kani township (Sagaing)", "the Tessit camp (Ansongo, Gao)").
_HOLDER_GAP = re.compile(
    r"(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:township|district|county|province|region|governorate|state|city|town|"
    r"village|area|municipality|territory|department|commune|LGA|camp|base|forest))?\s*[(,]\s*(?:[\w'’.-]+(?:\s+[\w'’.-]+)?\s*,\s*){0,2}$"
)
_NEIGHBOURHOOD_KM = 60.0


def _holders(mentions: list[Mention], text: str) -> set[int]:
    """Mark the areas that follow a place to say where it lies; a place that
    does not lie in its holder (an unknown village read as a namesake
    abroad) takes the holder's reading instead."""
    holders: set[int] = set()
    for i, j in joined(mentions, text, _HOLDER_GAP):
        town, area = mentions[i], mentions[j]
        if area.entry is None or area.is_demonym:
            continue
        bracketed = "(" in text[town.end : area.start]
        if not (bracketed or area.entry.is_country or area.entry.is_admin):
            continue  # "Jeddah, Jizan": a list of towns, not a town and its area
        holders.add(id(area))
        _town_not_its_area(town, area)
        rest = _rest_of_bracket(area, mentions, text) if bracketed else []
        # "Pulwama (Jammu and Kashmir)": every name left in the bracket holds the town.
        holders.update(id(m) for m in rest)
        # "Bakhmut (Donetsk)": the holder is the area of that name, not the city.
        around = [m.entry for m in area.matches if town.entry is not None and _lies_in(town.entry, m.entry)]
        if around:
            area.entry = max(around, key=lambda e: (e.is_admin or e.is_country, e.population))
        elif not _lies_in_any(town, rest) and not _same_first_level(town.entry, area.entry):
            town.entry = area.entry
    _holders_after_in(mentions, text, holders)
    _holders_before_of(mentions, text, holders)
    _cities_before_quarters(mentions, text, holders)
    return holders


def _town_not_its_area(town: Mention, area: Mention) -> None:
    """"Dakar (Dakar)", "Sweida (As-Sweida)": a name filed under the area of
    the same name, or under the very area it was read as, is the town,
    whichever reading the pair gave it."""
    if town.entry is None or not town.entry.is_admin:
        return
    if town.text != area.text and (area.entry is None or town.entry.id != area.entry.id):
        return
    cities = [m.entry for m in town.matches if m.entry.is_city and _lies_in(m.entry, town.entry)]
    if cities:
        town.entry = max(cities, key=lambda e: e.population)


def _same_first_level(town: GeoEntry | None, area: GeoEntry) -> bool:
    """"Goundam (Timbuktu)": a bracket may name the region by its chief town."""
    return town is not None and area.is_city and bool(town.admin1_key) and town.admin1_key == area.admin1_key


def _rest_of_bracket(area: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """The names after `area` inside the same bracket: "(Tessalit, Kidal)"."""
    close = text.find(")", area.end)
    if close < 0 or "(" in text[area.end : close]:
        return []
    return [m for m in mentions if area.end <= m.start < close and m.entry is not None and not m.is_demonym]


def _lies_in_any(town: Mention, areas: list[Mention]) -> bool:
    """"Aguelhok (Tessalit, Kidal)": a village far from the district's town
    it is filed under still lies in the region named after it."""
    if town.entry is None:
        return False
    return any(r.entry.is_admin and _lies_in(town.entry, r.entry) for m in areas for r in m.matches)


def _town_inside(best: Mention, here: list[tuple[Mention, float]]) -> Mention | None:
    """"slammed into Rakhine state, destroying camps around Sittwe": a town
    the sentence places with a preposition inside the area that won is the
    finer answer to where; so is a province inside a country that won
    ("shook the northern Philippines, ... landslides in Abra")."""
    if best.entry is None or not (best.entry.is_country or best.entry.feature_code == "ADM1"):
        return None
    towns = [
        m
        for m, tie in here
        if tie >= SCORE_PREP and m.entry is not None and _finer(m.entry, best.entry) and _lies_in(m.entry, best.entry)
    ]
    return towns[0] if towns else None


def _finer(entry: GeoEntry, area: GeoEntry) -> bool:
    return entry.is_city or (area.is_country and entry.is_admin)


# "in a village near Bandiagara (Mopti)", "villages around Tamou (Say, Tillaberi)":
# the site is an unnamed place somewhere about the town.
_UNNAMED_SITE_BEFORE = re.compile(
    r"\b(?:(?:villages?|hamlets?|settlements?|forests?|fields?)\s+(?:near|around|outside|close\s+to|in)"
    r"|rural\s+areas?\s+of|hinterlands?\s+of)\s+(?:the\s+)?$",
    re.I,
)
# "Tamou (Say, Tillaberi)", "Halan forest (Kulgam, ...)": the name before the
# bracket, maybe with a word for what it is, was not a known place.
_UNKNOWN_BEFORE_BRACKET = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+(?:forest|camp|base|area|village|district|township))?\s*\(\s*$"
)


def _only_near(best: Mention, places: "_ArticlePlaces", text: str) -> bool:
    """Whether the text puts the site only near `best`: an unnamed village
    about a town ("in a village near Bandiagara (Mopti)"), or a name the
    gazetteer lacks filed under the district `best` names ("Tamou (Say,
    Tillaberi)", "Tanur (Malappuram, Kerala)" where Tanur took Malappuram's
    reading). ACLED then codes the nearest known place, not the region
    around it, at geo precision 2; so do we."""
    before = text[max(0, best.start - 40) : best.start]
    if _UNNAMED_SITE_BEFORE.search(before) or _UNKNOWN_BEFORE_BRACKET.search(before):
        return True
    return _holder_lent_its_reading(best, places, text) is not None


def _holder_lent_its_reading(town: Mention, places: "_ArticlePlaces", text: str) -> Mention | None:
    """The bracketed holder right after `town` whose reading the town took,
    having none of its own there."""
    after = [m for m in places.mentions if m.start >= town.end]
    if not after or id(after[0]) not in places.holders or after[0].entry is not town.entry:
        return None
    if after[0].text == town.text:
        return None  # "El Fasher (El Fasher, North Darfur)": a town in the district of its name
    gap = text[town.end : after[0].start]
    return after[0] if "(" in gap and _HOLDER_GAP.fullmatch(gap) else None


_IN_AREA_GAP = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central|(?:north|south)?(?:east|west)?ern)\s+)?",
    re.IGNORECASE,
)


def _holders_after_in(mentions: list[Mention], text: str, holders: set[int]) -> None:
    """"reclaimed Marte in Borno state", "attacked the town of Mirebalais in
    central Haiti": an area or country the town lies in says where the town
    is; it is not a second site."""
    for i, j in joined(mentions, text, _IN_AREA_GAP):
        town, area = mentions[i], mentions[j]
        if town.entry is None or area.entry is None or area.is_demonym:
            continue
        if not (area.entry.is_admin or area.entry.is_country):
            continue
        if town.entry.is_city and _lies_in(town.entry, area.entry):
            holders.add(id(area))


# "the southern Gaza city of Rafah", "the Idlib border town of Saraqeb",
# "the Red Sea port of Hodeidah": the name before the word for the town says
# where the town lies.
_KIND_OF_TOWN_OF = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:city|town|village|hamlet|port|suburb|enclave|stronghold)\s+of\s+"
)


def _holders_before_of(mentions: list[Mention], text: str, holders: set[int]) -> None:
    """The town must lie in the name before it: "the Kupwara district of
    Jammu and Kashmir" runs the other way."""
    for i, j in joined(mentions, text, _KIND_OF_TOWN_OF):
        area, town = mentions[i], mentions[j]
        if area.entry is None or town.entry is None or area.is_demonym or town.is_demonym:
            continue
        if any(_lies_in(town.entry, m.entry) for m in area.matches):
            holders.add(id(area))


def _cities_before_quarters(mentions: list[Mention], text: str, holders: set[int]) -> None:
    """"Lagos - Ikeja (Lagos)": ACLED's city before the dash holds the
    quarter after it, when the quarter has a point of its own."""
    for i, j in joined(mentions, text, SPACED_DASH):
        city, quarter = mentions[i], mentions[j]
        if city.entry is None or quarter.entry is None or quarter.entry.area_point:
            continue
        if quarter.entry.id != city.entry.id:
            holders.add(id(city))


_NEAR_GAP = re.compile(r"\s+(?:near|outside|close\s+to)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?")
_NEAR_KM = 150.0


def _near_anchors(mentions: list[Mention], text: str) -> None:
    """"the town of Taza near Kirkuk": a town said to be near another lies
    near it; a namesake far away (Taza, Morocco) gives way to one near the
    anchor, else to the anchor's own reading."""
    for i, j in joined(mentions, text, _NEAR_GAP):
        town, anchor = mentions[i], mentions[j]
        if town.entry is None or anchor.entry is None or anchor.is_demonym or anchor.entry.is_country:
            continue
        if km(town.entry, anchor.entry) <= _NEAR_KM:
            continue
        close = [m.entry for m in town.matches if km(m.entry, anchor.entry) <= _NEAR_KM]
        town.entry = max(close, key=lambda e: e.population) if close else anchor.entry


def _lies_in(entry: GeoEntry, area: GeoEntry) -> bool:
    if entry.country_code != area.country_code:
        return False
    if area.is_country or area.is_region:
        return True
    if area.feature_code == "ADM1":
        return entry.admin1_key == area.admin1_key
    if area.feature_code == "ADM2":
        return entry.admin1_key == area.admin1_key
    return km(entry, area) <= _NEIGHBOURHOOD_KM


# "Russian artillery pounds Avdiivka, Ukrainian officials say": a force's
# nationality is a weak sign of where a story happens.
ACTOR_NATIONALITY_VOTE = 0.1


# "forcing soldiers to flee across the frontier into Uganda": a country people
# fled or were driven into is where the story ends, not where it happened.
_FLED_INTO = re.compile(
    r"\b(?:fle[de]s?|fleeing|escap(?:e|ed|es|ing)|cross(?:ed|es|ing)?|driven|pushed|chased|retreat(?:ed|ing|s)?|"
    r"withdr[ae]w(?:n|ing|s)?|deport(?:ed|ing|s)?|expell(?:ed|ing))\b[^.;]{0,30}?\b(?:into|to|towards?|across)"
    r"\s+(?:the\s+)?(?:(?:border|frontier)\s+(?:into|to|with)\s+(?:the\s+)?)?$",
    re.I,
)


def _country_vote(m: Mention, text: str) -> float:
    """What a place or nationality says of the article's country: a
    nationality half a place, a force's or a backer's nationality and a
    country people fled into little."""
    full = 0.5 if m.is_demonym else 1.0
    if m.is_demonym and names_a_post(text, m.end):
        return full  # "attacked a Chadian army post": ground Chad's forces hold
    if (m.is_demonym or m.entry.is_country) and names_an_actor(text, m.start, m.end):
        return ACTOR_NATIONALITY_VOTE
    if m.entry.is_country and _FLED_INTO.search(text[max(0, m.start - 60) : m.start]):
        return ACTOR_NATIONALITY_VOTE
    return full


def _focus_country(
    mentions: list[Mention], gaz: Gazetteer, text: str, group_votes: dict[str, float]
) -> GeoEntry | None:
    votes: Counter = Counter()
    for m in mentions:
        if m.entry is not None and m.entry.country_code:
            votes[m.entry.country_code] += _country_vote(m, text)
    # "captured Harardhere from al-Shabaab, backed by US airstrikes": the
    # group's home outweighs a force's nationality; on a tie the text's own
    # places, counted first, win.
    votes.update(group_votes)
    if not votes:
        return None
    return gaz.country(votes.most_common(1)[0][0])


def _bureau_dateline(m: Mention, mentions: list[Mention], sentence: Sentence) -> bool:
    """"KYIV - Russian forces pounded Kramatorsk ...": a capital's dateline is
    where a wire bureau filed the story; another town or area of that country
    in the same sentence is where it happened. (A local paper's dateline, "DETROIT
    (WJBK) - ... in the area of Eight Mile", stays a candidate.)"""
    if m.source != "DATELINE" or m.entry is None or m.entry.feature_code != "PPLC":
        return False
    return _unknown_settlement(mentions, sentence) or any(
        o is not m
        and sentence.start <= o.start < sentence.end
        and o.entry is not None
        and (o.entry.is_city or o.entry.is_admin)
        and o.entry.country_code == m.entry.country_code
        and name_key(o.text) != name_key(m.text)
        for o in mentions
    )


# "OUAGADOUGOU — Jihadists attacked the town of Barsalogho": a settlement the
# gazetteer lacks is still somewhere else than the bureau's capital.
_SETTLEMENT_NAMED = re.compile(r"\b(?:town|village|hamlet|settlement)\s+of\s+([A-Z][\w'’-]+)")


def _unknown_settlement(mentions: list[Mention], sentence: Sentence) -> bool:
    text = sentence.text
    for found in _SETTLEMENT_NAMED.finditer(text):
        start = sentence.start + found.start(1)
        if not any(o.start <= start < o.end and o.entry is not None for o in mentions):
            return True
    return False


def _locate(c: CodedEvent, places: _ArticlePlaces, ctx: ArticleContext, coded: list[CodedEvent]) -> Place | None:
    sentence = c.sentence
    actor_spans = [(a.start, a.end) for a in c.actor + c.recipient if a.start is not None and a.end is not None]
    here = []
    for m in places.mentions:
        if _bureau_dateline(m, places.mentions, sentence):
            continue
        if sentence.start <= m.start < sentence.end and _can_be_site(m, sentence, ctx.text):
            tie = _attachment(m, c, ctx.text)
            if _plausible_site(m, tie, actor_spans) and not _owner_of_a_thing(m, c):
                here.append((m, tie))
    if any(id(m) not in places.holders for m, _ in here):
        here = [(m, tie) for m, tie in here if id(m) not in places.holders]
    # "A Dallas man was shot in Fort Worth": where the victim is from yields
    # to another town the sentence names; beside only its state ("a Stockton
    # man ... STOCKTON, Calif.") or alone, it is the best guess.
    hometowns = {id(m) for m, _ in here if _hometown(m, c)}
    if any(m.entry is not None and m.entry.is_city and id(m) not in hometowns for m, _ in here):
        here = [(m, tie) for m, tie in here if id(m) not in hometowns]
    if here:
        best, score = max(((m, _site_score(m, tie, c)) for m, tie in here), key=lambda pair: pair[1])
        best = _town_inside(best, here) or best
        if best.entry is not None:
            place = _place(best.entry, best, score)
            if place.resolution in ("city", "sub-city") and _only_near(best, places, ctx.text):
                place.resolution = "admin2"
            return place
        around = _enclosing([m for m, _ in here], places, sentence)
        if around is not None:
            return _place(around, best, score * 0.8)
    before = [
        m
        for m in places.mentions
        if m.end <= sentence.start
        and m.entry is not None
        and id(m) not in places.holders
        and _can_be_site(m, ctx.sentence_at(m.start), ctx.text)
    ]
    inherited = before[-1] if before else None
    if inherited is None and places.dateline is not None and places.dateline.entry is not None:
        inherited = places.dateline
    capital = _capital_named(sentence, inherited, places)
    if capital is not None:
        return capital
    own = _own_country(sentence, inherited, places, ctx.text)
    if own is not None:
        return own
    if before:
        return _place(before[-1].entry, before[-1], SCORE_PRECEDING)
    if places.dateline is not None and places.dateline.entry is not None:
        if _bureau_dateline(places.dateline, places.mentions, sentence):
            country = load_gazetteer().country(places.dateline.entry.country_code)
            if country is not None:
                return _place(country, None, SCORE_DATELINE)  # somewhere in the bureau's country
        return _place(places.dateline.entry, places.dateline, SCORE_DATELINE)
    later = [
        m
        for m in places.mentions
        if m.start >= sentence.start
        and m.entry is not None
        and not m.entry.is_country
        and _can_be_site(m, ctx.sentence_at(m.start), ctx.text)
    ]
    if later:
        # The actor's own town ("Philadelphia police"), else the next town named.
        return _place(later[0].entry, later[0], SCORE_LATER)
    if places.focus is not None:
        return _place(places.focus, None, SCORE_FOCUS)
    home = _actors_country([c]) or _actors_country(coded) or _groups_country(places.group_votes)
    if home is not None:
        return _place(home, None, SCORE_ACTORS)
    return None


# "news arrived from the capital, where riot police were clearing ...":
# the capital is named, so the previous sentence's town does not place it.
_THE_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:(?:country|nation)['’]s\s+|national\s+|[A-Z][a-z]+\s+)?capital\b(?!\s*,?\s*[A-Z])"
)


def _capital_named(sentence: Sentence, inherited: Mention | None, places: _ArticlePlaces) -> Place | None:
    found = _THE_CAPITAL.search(sentence.text)
    if found is None:
        return None
    start, end = sentence.start + found.start(), sentence.start + found.end()
    # "the Serbian capital": the nationality says whose
    named = [m.entry for m in places.mentions if start <= m.start < end and m.is_demonym and m.entry is not None]
    home = inherited.entry if inherited is not None else None
    gaz = load_gazetteer()
    if named:
        country = gaz.country(named[0].country_code)
    elif home is not None and home.country_code:
        country = gaz.country(home.country_code)
    else:
        country = places.focus
    seat = gaz.seat(country) if country is not None else None
    if seat is None or (home is not None and home.id == seat.id):
        return None
    words = Mention(start, end, found.group(0), (), "CAPITAL", seat)
    return _place(seat, words, SCORE_PRECEDING)


def _own_country(sentence: Sentence, inherited: Mention | None, places: _ArticlePlaces, text: str) -> Place | None:
    """"Sri Lanka: the government froze the plan": in a round-up a sentence
    that names its own country is not placed by another paragraph's town."""
    if inherited is None or inherited.entry is None:
        return None
    if "\n" not in text[inherited.end : sentence.start]:
        return None  # the same paragraph goes on telling the same story
    for m in places.mentions:
        if not sentence.start <= m.start < sentence.end or m.entry is None or not m.entry.is_country:
            continue
        if m.entry.country_code != inherited.entry.country_code and _can_be_site(m, sentence, text):
            return _place(m.entry, m, SCORE_PRECEDING)
    return None


def _groups_country(votes: dict[str, float]) -> GeoEntry | None:
    """"Suicide attack outside Taliban foreign ministry": the group's country."""
    if not votes:
        return None
    return load_gazetteer().country(max(votes, key=lambda code: votes[code]))


def _actors_country(coded: list[CodedEvent]) -> GeoEntry | None:
    """The country most of the events' actors belong to ("ISWAP fighters":
    Nigeria), when the text names no place at all. Armed groups often fight
    abroad, so this is the last resort."""
    votes = Counter(alpha2_of(a.code) for c in coded for a in c.actor + c.recipient)
    votes.pop("", None)
    if not votes:
        return None
    return load_gazetteer().country(votes.most_common(1)[0][0])


def _plausible_site(m: Mention, tie: float, actor_spans: list[tuple[int, int]]) -> bool:
    """Inside an actor's words a place counts only after a preposition ("troops in
    Kazakhstan"); a country counts only after "in", "at", "across"... or as the
    trigger's own modifier, since elsewhere it is mostly a party ("criticism
    from the United States")."""
    inside_actor = any(s < m.end and m.start < e for s, e in actor_spans)
    if inside_actor and tie < SCORE_PREP:
        return False
    if m.entry is not None and m.entry.is_country and tie < SCORE_PREP:
        return False
    return True


def _owner_of_a_thing(m: Mention, c: CodedEvent) -> bool:
    """"a drone attack on a US base": a country naming whose a thing is says
    nothing of where it stands, unless the thing is a part of the country
    ("the Syria border") or the event itself ("Kazakhstan protests")."""
    if m.entry is None or not m.entry.is_country:
        return False
    span = _spacy_span(m, c.sentence)
    if span is None or span.root.dep_ not in ("compound", "amod", "nmod"):
        return False
    thing = span.root.head
    if thing.pos_ != "NOUN":
        return False  # "the Armenia-Azerbaijan border": a pair of places, not an owner
    return thing.lower_ not in _PLACE_PARTS and not _governs(thing, c, climb=False)


# Words for people that a town before them says where they are from: "a
# Dallas man was shot in Fort Worth", "Michigan man wounded in Milwaukee".
# Forces and offices are left out: "Philadelphia police" act where they serve.
_PEOPLE = {
    "man", "men", "woman", "women", "boy", "boys", "girl", "girls", "teen", "teens", "teenager",
    "teenagers", "youth", "resident", "residents", "native", "couple", "mother", "father", "son",
    "daughter", "student", "students", "driver", "toddler", "child", "children", "baby", "infant",
}


def _hometown(m: Mention, c: CodedEvent) -> bool:
    """A town named as where a person is from: the name modifies a word
    for people ("a Dallas man")."""
    span = _spacy_span(m, c.sentence)
    if span is None or m.entry is None or span.root.dep_ not in ("compound", "amod", "nmod"):
        return False
    return span.root.head.lower_ in _PEOPLE and span.root.head.i > span.root.i


def _can_be_site(m: Mention, sentence: Sentence | None, text: str) -> bool:
    if m.is_demonym or (m.entry is not None and not m.entry.country_code):
        return False  # continents and regions across borders locate nothing
    if m.entry is None and m.source not in ("FAC", "LOC", "GPE"):
        return False
    return not _metonymic(m, sentence, text) and not _in_a_sites_banner(m, text)


# "turns self in - KLTV.com-Tyler, Longview, Jacksonville, Texas | ETX News":
# a scraped page's banner names the station's web address and the towns it
# serves, up to the next bar; none of them is where a story happened.
_WEB_ADDRESS = re.compile(r"\b[\w-]+\.(?:com|net|org|tv)\b")


def _in_a_sites_banner(m: Mention, text: str) -> bool:
    window = text[max(0, m.start - 80) : m.start]
    addresses = list(_WEB_ADDRESS.finditer(window))
    return bool(addresses) and "|" not in window[addresses[-1].end() :] and "|" in text[m.end : m.end + 80]


def _metonymic(m: Mention, sentence: Sentence | None, text: str) -> bool:
    """"Moscow said", "Russia's ambassador": the place stands for its government."""
    if m.source == "DATELINE":
        return False
    after = text[m.end : m.end + 40]
    if _SAYS_AFTER.match(after):
        # "The police of Malmo says", "port workers in Colombo called off a strike":
        # the speaker is the office or the people, the place is where they are.
        return not _WHERE_BEFORE.search(text[max(0, m.start - 30) : m.start])
    owner = _POSSESSIVE.match(after)
    if owner:
        # "Mogadishu's Hodan district": a named part of the place, up to three words on.
        return _speaks_for_a_government(m) and not any(word in _PLACE_PARTS for word in owner.group(1).lower().split())
    span = _spacy_span(m, sentence)
    if span is None:
        return False
    head = _phrase_head(span)
    if head.dep_ == "poss":
        return _speaks_for_a_government(m) and head.head.lower_ not in _PLACE_PARTS
    if head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in PARTY_VERBS:
        return True
    if _LOCATIVE_RIGHT_BEFORE.search(text, max(0, m.start - 12), m.start):
        return False  # "demonstrated in Tel Aviv-Yafo demanding ...": a misparse, not a speaker
    return head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_.lower() in ACTOR_VERBS


_LOCATIVE_RIGHT_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$")


def _speaks_for_a_government(m: Mention) -> bool:
    """Whether the place's name can stand for a government ("Russia's
    envoy", "Kyiv's reply"): a country, an area or a capital; a town's
    things ("Sirte's air base") are in the town."""
    entry = m.entry
    return entry is None or not entry.is_city or entry.feature_code == "PPLC"


def _spacy_span(m: Mention, sentence: Sentence | None) -> "SpacySpan | None":
    if sentence is None or sentence.doc is None:
        return None
    return sentence.doc.char_span(m.start - sentence.start, m.end - sentence.start, alignment_mode="expand")


def _phrase_head(span: "SpacySpan") -> "Token":
    """The word a place name belongs to: "Almaty" in "the Almaty region" -> "region"."""
    token = span.root
    while token.dep_ in ("compound", "amod", "nmod", "appos", "nummod") and token.head is not token:
        token = token.head
    return token


def _site_score(m: Mention, tie: float, c: CodedEvent) -> float:
    distance = abs(m.start - c.trigger.start)
    entry = m.entry
    finer = 0.05 if entry is not None and entry.is_city else 0.03 if entry is not None and entry.is_admin else 0.0
    return tie + finer - min(distance, 400) / 4000


def _attachment(m: Mention, c: CodedEvent, text: str) -> float:
    if _ROAD_HOLDER_BEFORE.search(text, max(0, m.start - 20), m.start):
        return SCORE_IN_SENTENCE  # "the Douentza-Boni road (Mopti)": the area the road runs through
    tie = max(_own_attachment(m, c, text), _stand_in_attachment(m, c, text))
    return min(tie, SCORE_ROAD_END) if _road_end(m, text) else tie


# "the Kaduna-Abuja highway", "the Lokoja-Abuja road": a road named by the towns it joins.
# Its ends rank below a place the sentence ties to the event by a preposition,
# above one it merely names ("the Douentza-Boni road (Mopti)" is Douentza's).
SCORE_ROAD_END = 0.75
_ROAD_AFTER = re.compile(r"(?:-[A-Z][\w'’]*)?\s+(?:highway|road|expressway|motorway|axis)\b", re.I)
_ROAD_START_BEFORE = re.compile(r"[A-Z][\w'’]*-$")
_ROAD_HOLDER_BEFORE = re.compile(r"\b(?:highway|road|expressway|motorway|axis)\s*\(\s*$", re.I)


def _road_end(m: Mention, text: str) -> bool:
    """An end of a road named after the towns it joins: the road runs far
    from either, so another place the sentence names says better where."""
    paired = text[m.end : m.end + 1] == "-" or _ROAD_START_BEFORE.search(text, max(0, m.start - 30), m.start)
    return bool(paired) and _ROAD_AFTER.match(text, m.end) is not None


def _stand_in_attachment(m: Mention, c: CodedEvent, text: str) -> float:
    """"near Katari (Kachia, Kaduna)" with Katari unknown: the district first
    in the bracket stands in for the village, as tied as the village is."""
    head = _UNKNOWN_BEFORE_BRACKET.search(text, max(c.sentence.start, m.start - 40), m.start)
    if head is None:
        return 0.0
    name = text[head.start() : head.end()].rstrip("( \t")
    village = Mention(head.start(), head.start() + len(name), name, (), "GAZ")
    return _own_attachment(village, c, text)


def _own_attachment(m: Mention, c: CodedEvent, text: str) -> float:
    span = _spacy_span(m, c.sentence)
    if span is not None:
        head = _phrase_head(span)
        if _governs(head, c, climb=False):
            return SCORE_ATTACHED  # "Almaty protests": the place modifies the trigger itself
        if head.dep_ in ("dobj", "obj", "nsubjpass") and _governs(head.head, c, climb=False):
            return SCORE_ATTACHED  # "shelled Kharkiv", "Kharkiv was shelled": the place is what was hit
        if head.dep_ in ("dobj", "obj") and _subject_trigger(head.head, c):
            return SCORE_ATTACHED  # "airstrikes hit Lashio": what the trigger, as subject, hit
        prep = head.head if head.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "of" and _bearing_off(prep.head):
            return SCORE_PREP  # "abducted from a bus north of Kaya": the town it lies off
        if prep is not None and prep.lower_ == "of" and _area_word_in_phrase(prep.head):
            prep = prep.head.head  # "in the southern region of Arequipa": the outer preposition places it
        if prep is not None and prep.lower_ == "from" and prep.head.lemma_.lower() in _LAUNCH_VERBS:
            return SCORE_LAUNCH  # "rockets fired from Gaza": where they came from, not where they fell
        if prep is not None and prep.lower_ == "from" and prep.head.dep_ in ("nsubj", "nsubjpass"):
            return SCORE_WEAK_PREP  # "armed youth from Tonj attacked ...": where the doers came from
        if prep is not None and prep.lower_ in _TOPIC_PREPS and _is_topic(m, c):
            return SCORE_IN_SENTENCE
        if prep is not None and prep.lower_ in STRONG_PREPS | WEAK_PREPS:
            if _governs(prep.head, c):
                return SCORE_ATTACHED
            return SCORE_PREP if prep.lower_ in STRONG_PREPS else SCORE_WEAK_PREP
        return SCORE_IN_SENTENCE
    before = _PREP_BEFORE.search(text[max(c.sentence.start, m.start - 40) : m.start])
    if before:
        return SCORE_PREP if before.group(1).lower() in STRONG_PREPS else SCORE_WEAK_PREP
    return SCORE_IN_SENTENCE


def _is_topic(m: Mention, c: CodedEvent) -> bool:
    """A country after "on" or "over" in a meeting or a statement is what
    it is about, not where it happens."""
    return m.entry is not None and m.entry.is_country and c.event in TOPIC_EVENTS


_DISTANCES = {"km", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"}


def _bearing_off(token: "Token") -> bool:
    """"north of Kaya" says where something lies; "the west of Kazakhstan" is
    a part of it, and "80 km south of Tripoli" places the town named before."""
    if token.lower_ not in _BEARINGS:
        return False
    return not any(child.lower_ in _DISTANCES or child.lower_ == "the" for child in token.children)


def _area_word_in_phrase(token: "Token") -> bool:
    """"the region of", "the town of": a word for a kind of place, itself after a preposition."""
    return token.lower_ in _PLACE_PARTS and token.dep_ == "pobj"


def _subject_trigger(verb: "Token", c: CodedEvent) -> bool:
    """The event's trigger is a noun that is `verb`'s subject ("airstrikes hit")."""
    return any(child.dep_ == "nsubj" and _governs(child, c, climb=False) for child in verb.children)


def _governs(token: "Token", c: CodedEvent, climb: bool = True) -> bool:
    """The preposition's phrase belongs to the trigger's clause.

    From the word the preposition hangs off, climb through nouns and
    prepositions to the first verb: "clashed with protesters in Almaty"
    reaches "clashed", "flown from Astana" stops at "flown".
    """
    start = c.trigger.start - c.sentence.start
    end = c.trigger.end - c.sentence.start
    trigger = {t.i for t in token.doc if start <= t.idx < end}
    for _ in range(4 if climb else 1):
        if token.i in trigger:
            return True
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return False
        token = token.head
    return False


def _enclosing(here: list[Mention], places: _ArticlePlaces, sentence: Sentence) -> GeoEntry | None:
    known = [m.entry for m in here if m.entry is not None]
    if known:
        return max(known, key=lambda e: (e.is_city, e.is_admin))
    before = [m for m in places.mentions if m.end <= sentence.start and m.entry is not None and not m.is_demonym]
    if before:
        return before[-1].entry
    if places.dateline is not None and places.dateline.entry is not None:
        return places.dateline.entry
    return places.focus


def _place(entry: GeoEntry, mention: Mention | None, score: float) -> Place:
    resolution = resolution_of(entry)
    gazetteer = load_gazetteer()
    holder = gazetteer.admin1(entry.admin1_key) if entry.area_point else entry
    seat = gazetteer.seat(holder) if holder is not None and resolution in ("country", "admin1") else None
    point = seat or entry
    return Place(
        extracted_place=mention.text if mention is not None else entry.name,
        resolved_place=entry.name,
        geonameid=geonameid_of(entry),
        lat=point.lat,
        lon=point.lon,
        country_code=entry.country_code,
        admin1=entry.admin1,
        admin2=entry.admin2,
        feature_code=entry.feature_code,
        resolution=resolution,
        start=mention.start if mention is not None else None,
        end=mention.end if mention is not None else None,
        score=round(score, 3),
    )
