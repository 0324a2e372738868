"""Counties named without the word "County".

Local news drops the word once the reader knows the area ("DeKalb
commissioners", "Barrow and Walton counties", "Hall, Jackson and Banks
counties"). The gazetteer lists counties under their full names, so the bare
name reaches only towns of that spelling, often in another state. This
module gives such a name its county readings too: the only readings when a
list ends in "counties" (or the name is followed by "County" outside the
mention), and otherwise weaker alternatives that win only where the rest of
the article lies in the county's state.
"""

from __future__ import annotations

import re

from tidings.extract.places.groups import UNIT_WORDS, unit_home
from tidings.extract.places.mention import Mention
from tidings.resources.gazetteer import KIND_ALIAS, KIND_ALT, KIND_NAME, Gazetteer, GeoEntry, NameMatch, name_key

_AREA_WORDS = ("County", "Parish")
# "Barrow and Walton counties", "Hall, Jackson, and Banks Counties": the rest
# of a list of capitalised names, then the area word.
# Only the area word ignores case: the names must be capitalised, or
# "Columbus, in Franklin County" reads as a list of counties.
_LIST_TAIL = re.compile(
    r"(?:\s*(?:,|and|or|&)\s*(?:and\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)*\s*,?\s+"
    r"((?i:count(?:y|ies)|parish(?:es)?))\b"
)
_ENDS_IN_AREA = re.compile(r"\b(?:county|parish|counties|parishes|borough|township|twp)\.?$", re.IGNORECASE)


def add_county_readings(mentions: list[Mention], text: str, gaz: Gazetteer) -> None:
    """Extend each bare name's readings with the counties (parishes) of that name."""
    for m in mentions:
        if m.is_demonym or _ENDS_IN_AREA.search(m.text):
            continue
        counties = _counties(m.text, gaz)
        if not counties:
            continue
        if _followed_by_area_word(text, m.start, m.end):
            m.matches = tuple(NameMatch(c.entry, KIND_NAME) for c in counties)
        else:
            known = {n.entry.id for n in m.matches}
            m.matches += tuple(NameMatch(c.entry, KIND_ALT) for c in counties if c.entry.id not in known)


def _counties(name: str, gaz: Gazetteer) -> list[NameMatch]:
    return [
        match
        for word in _AREA_WORDS
        for match in gaz.lookup(f"{name} {word}")
        if match.entry.feature_code == "ADM2" and match.kind == KIND_NAME
    ]


def _followed_by_area_word(text: str, start: int, end: int) -> bool:
    tail = _LIST_TAIL.match(text, end, min(len(text), end + 80))
    if tail is None or "\n" in tail.group(0):
        return False
    # "Indiana counties", with no list before the plural, are the counties of
    # the state, not a county named Indiana.
    plural = tail.group(1).lower() in ("counties", "parishes")
    listed = _LIST_SEPARATOR.search(text, end, tail.start(1)) or _LIST_BEFORE.search(text, max(0, start - 60), start)
    return not plural or listed is not None


_LIST_SEPARATOR = re.compile(r",|&|\band\b|\bor\b")
_LIST_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s*(?:,|&|\band\b|\bor\b)\s*(?:and\s+)?$")


# "in Hays district", "Guma local government area": a lower-case word for a
# second-level area after the name says the name is that area's. ("Batken
# region" is left alone: its town is what news of a region means as often.)
# One country's words for such areas ("woreda", "LGA") count too, and say
# which country.
_AREA_NOUN_AFTER = re.compile(r"\s+(district|districts|township|county|municipality|" + UNIT_WORDS + r")\b")
# "Kaduna state", "Washington state": in lower case, the first-level area of
# that name ("Ohio State" is a university).
_STATE_AFTER = re.compile(r"\s+state\b")


def keep_area_readings(mentions: list[Mention], text: str) -> None:
    """A name followed by a word for an area keeps only its area readings, when it has some.

    "Hays district" is Yemen's district, not a town in Kansas. Where the
    gazetteer knows no area of that name the town readings stay: districts
    are often named after their seat ("Lice district"). So do they when the
    text names a country that holds a town of the name and none of its
    areas: "Murghab district in eastern Tajikistan" is not Afghanistan's.
    """
    named = _named_countries(mentions)
    for m in mentions:
        if not m.is_demonym and _STATE_AFTER.match(text, m.end):
            m.matches = tuple(n for n in m.matches if n.entry.feature_code == "ADM1") or m.matches
            continue
        noun = None if m.is_demonym else _AREA_NOUN_AFTER.match(text, m.end)
        if noun is None:
            continue
        home = unit_home(noun.group(1))
        if home and not any(n.entry.country_code == home for n in m.matches):
            # "Guma local government area" is in Nigeria, whatever else is called Guma.
            m.matches = ()
            continue
        # Areas reached by another spelling stay as rivals ("Bijapur district
        # (Chhattisgarh)" is the one GeoNames spells so only as another name),
        # unless their own name says they are another kind of area ("Hays
        # district" is no Hays County); a lower prior keeps them behind an
        # area of that very name.
        word = noun.group(1).lower()
        areas = tuple(
            n for n in m.matches if n.entry.is_admin and (n.kind != KIND_ALT or not _other_kind(n.entry, word))
        )
        if areas and not any(n.entry.country_code in named for n in areas):
            areas = tuple(n for n in m.matches if n.entry.country_code in named) or areas
        if areas:
            m.matches = areas


_KIND_IN_NAME = re.compile(r"\b(county|parish|borough)$")


def _other_kind(area: GeoEntry, word: str) -> bool:
    found = _KIND_IN_NAME.search(name_key(area.name))
    return found is not None and found.group(1) != word


def _named_countries(mentions: list[Mention]) -> set[str]:
    """Countries the text names outright or by their people."""
    return {
        n.entry.country_code
        for m in mentions
        for n in m.matches
        if n.entry.is_country and (m.is_demonym or n.kind in (KIND_NAME, KIND_ALIAS))
    }


def names_an_area(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by a word for a second-level area."""
    return bool(_AREA_NOUN_AFTER.match(text, end))
