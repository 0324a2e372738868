"""Armed groups the actors' table knows, as the geoparser needs them.

"Boko Haram", "Taliban" and "Fano" share their spelling with towns in
Congo, Turkey and Italy; a group's name is never a place. And a group tells
where a story most likely happens ("Houthi fighters": Yemen), which helps
choose among namesakes the way a named country does. Two more kinds of
words say so as well: a peace mission's name ("UNMISS": South Sudan), and
a word for a local area that only one country's map uses ("Guma local
government area": Nigeria; "a kebele": Ethiopia).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tidings.countries import alpha2_of

# A group's country counts for less than a country the text names: groups
# cross borders ("ISWAP" in Niger and Chad too).
GROUP_WEIGHT = 0.5


@dataclass(frozen=True)
class GroupMention:
    start: int
    country_code: str  # ISO alpha-2, "" for transnational groups ("Islamic State")
    # Where a legislature's name ends ("the State Duma", "the Dáil"); 0 for
    # the rest. A legislature is never a place, whatever big town shares its
    # name (Syria's Douma is "Duma" too).
    institution_end: int = 0


# Peace missions serve one host country: "UNMISS said" is news from South
# Sudan. (The actors' table files them all under the UN.)
MISSION_HOSTS = {
    "MONUSCO": "CD", "MONUC": "CD", "MINUSMA": "ML", "MINUSCA": "CF", "UNMISS": "SS", "UNAMID": "SD",
    "UNIFIL": "LB", "MINUSTAH": "HT", "BINUH": "HT", "UNAMA": "AF", "UNAMI": "IQ", "UNSMIL": "LY",
    "AMISOM": "SO", "ATMIS": "SO", "AUSSOM": "SO", "UNSOM": "SO", "SAMIM": "MZ", "UNMIK": "XK", "KFOR": "XK",
    "UNFICYP": "CY", "MINURSO": "EH", "UNMIL": "LR", "UNOCI": "CI", "UNITAMS": "SD", "EUFOR Althea": "BA",
}
# Words for local areas that belong to one country's administration.
UNIT_HOMES = {
    "local government area": "NG", "LGA": "NG", "kebele": "ET", "woreda": "ET", "barangay": "PH",
    "upazila": "BD", "hromada": "UA", "payam": "SS",
}
_UNIT_BY_KEY = {word.lower(): code for word, code in UNIT_HOMES.items()}
# "local government area" may break across a line.
UNIT_WORDS = "|".join(word.replace(" ", r"\s+") for word in sorted(UNIT_HOMES, key=len, reverse=True))
_UNIT = re.compile(r"\b(" + UNIT_WORDS + r")s?\b", re.I)
_MISSION = re.compile(r"\b(" + "|".join(sorted(MISSION_HOSTS, key=len, reverse=True)) + r")\b")


# "Guma LGA" is a Nigerian area; "flights out of LGA" leave New York.
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+\s+$")


def _names_a_unit(found: re.Match, text: str) -> bool:
    """An area word in lower case, or an acronym after the area's name."""
    return not found.group(1).isupper() or bool(_NAME_BEFORE.search(text[max(0, found.start() - 40) : found.start()]))


def unit_home(word: str) -> str:
    """The country whose map uses this word for a local area ("LGA": "NG"), else ""."""
    return _UNIT_BY_KEY.get(" ".join(word.lower().split()), "")


def group_mentions(text: str) -> list[GroupMention]:
    """Where the text names a known armed or political group, a national
    legislature, a peace mission, or a kind of local area only one country has."""
    from tidings.extract.actors.document import known_spans
    from tidings.extract.actors.kb import load_kb

    groups = []
    for start, end, entry in known_spans(text, load_kb()):
        if entry.kind == "group":
            groups.append(GroupMention(start, alpha2_of(entry.code)))
        elif entry.kind == "org" and entry.sector == "LEG" and _names_the_house(text, start, end):
            groups.append(GroupMention(start, alpha2_of(entry.code), institution_end=end))
    groups += [GroupMention(m.start(), MISSION_HOSTS[m.group(1)]) for m in _MISSION.finditer(text)]
    groups += [GroupMention(m.start(), unit_home(m.group(1))) for m in _UNIT.finditer(text) if _names_a_unit(m, text)]
    return sorted(groups, key=lambda g: g.start)


def _names_the_house(text: str, start: int, end: int) -> bool:
    """A legislature's name of several words, or one word after "the": "the
    Duma" is Russia's, "shelling in Duma" the Syrian town."""
    return " " in text[start:end].strip() or text[max(0, start - 4) : start].lower() == "the "


def group_countries(groups: list[GroupMention]) -> dict[str, float]:
    """Country votes from the groups a text names, for `resolve(focus=...)`."""
    votes: Counter = Counter()
    for group in groups:
        if group.country_code:
            votes[group.country_code] = GROUP_WEIGHT
    return dict(votes)
