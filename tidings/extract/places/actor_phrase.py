"""Nationalities that name who acted, not where.

"Russian glide bombs batter Pokrovsk", "US aircraft struck ...", "the
secretary of the defence of the United States visited Manila": in conflict
news an attacker's or envoy's country says little about where the event
happened, so such a word must not pull the places around it home.
"""

from __future__ import annotations

import re

# Nouns after a nationality that make it a force, a weapon or an official.
_FORCE_WORDS = {
    "forces", "force", "troops", "troop", "soldiers", "soldier", "army", "armed", "military", "navy", "naval",
    "air", "aircraft", "jets", "jet", "warplanes", "warplane", "planes", "drones", "drone", "artillery",
    "glide", "missiles", "missile", "rockets", "rocket", "bombs", "bomb", "strikes", "strike", "airstrikes",
    "airstrike", "shelling", "shells", "tanks", "units", "unit", "mercenaries", "instructors", "marines",
    "special", "defence", "defense", "secretary", "minister", "envoy", "ambassador", "president",
    "diplomats", "delegation", "warships", "warship", "submarine", "paratroopers", "commandos", "gunboats",
    # A country's post abroad: "the former French base in Timbuktu", "the US embassy in Kabul".
    "base", "bases", "embassy",
}
# The next two words: "Russian glide bombs", "US Secretary of State".
_NEXT_WORDS = re.compile(r"[\s-]+([A-Za-z]+)(?:\s+([A-Za-z]+))?")
# "the defence of the United States", "the ambassador of Russia".
_OFFICE_OF = re.compile(
    r"\b(?:secretary|minister|ministry|defence|defense|president|ambassador|envoy|embassy|army|forces|"
    r"troops|military|navy|government|delegation)\s+of\s+(?:the\s+)?$",
    re.I,
)


# "Turkish-backed Syrian rebels", "a Saudi-led coalition", "a Russian-brokered
# deal", "US-made rockets": the country stands behind the thing, which is elsewhere.
_BACKER = re.compile(
    r"-(?:backed|led|brokered|sponsored|supported|allied|aligned|trained|funded|armed|equipped|supplied|made|built)\b",
    re.I,
)


# "missiles launched by Iran", "a deal brokered by Qatar": the agent of a deed.
_DONE_BY = re.compile(
    r"\b(?:launched|fired|backed|brokered|mediated|funded|sponsored|supported|led|armed|supplied|"
    r"ordered|imposed|committed|carried\s+out)\s+by\s+(?:the\s+)?$",
    re.I,
)


def names_an_actor(text: str, start: int, end: int) -> bool:
    """Whether the nationality or country at text[start:end] belongs to a force or an office."""
    if _BACKER.match(text, end):
        return True
    after = _NEXT_WORDS.match(text, end)
    if after is not None and any(w and w.lower() in _FORCE_WORDS for w in after.groups()):
        return True
    before = text[max(0, start - 40) : start]
    return bool(_OFFICE_OF.search(before) or _DONE_BY.search(before))


# "a Chadian army post", "Ukrainian positions near Bakhmut": the ground a
# country's forces hold, which is mostly that country's. (A base is left out:
# "a US base" in Syria, "the former French base in Timbuktu".)
_POST_AFTER = re.compile(
    r"\s+(?:(?:army|military|police|gendarmerie|border|forward|frontline|front-line)\s+)?"
    r"(?:positions?|posts?|outposts?|camps?|checkpoints?|barracks|garrisons?|trenches)\b",
    re.I,
)


def names_a_post(text: str, end: int) -> bool:
    """Whether the nationality ending at `end` names a post its forces hold."""
    return bool(_POST_AFTER.match(text, end))


# Words that make a name a body that is nowhere in particular: "Shanghai
# Cooperation Organisation", "Kenya Airways".
_ORGANISATION_WORDS = {
    "organisation", "organization", "cooperation", "airways", "airlines", "corporation", "federation",
    "alliance", "league", "association", "committee", "agency",
}
_CAPITALISED_AFTER = re.compile(r"(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*){1,3}")


def opens_organisation_name(text: str, end: int) -> bool:
    """Whether the name ending at `end` runs on into an organisation's name."""
    after = _CAPITALISED_AFTER.match(text, end)
    return after is not None and any(w.lower() in _ORGANISATION_WORDS for w in after.group(0).split())
