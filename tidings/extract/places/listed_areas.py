"""Names listed beside first-level areas are first-level areas too.

"operates a casino in Iowa, two more in Missouri and 12 in Nevada": Nevada
is the state, not the Iowa town of that name that the co-mentioned state
would otherwise favour; "in Oregon, Idaho and Washington" is Washington
state, and "in Alabama, Florida and Georgia" the state, not the country.
"""

from __future__ import annotations

import re

from tidings.extract.places.mention import LIST_GOES_ON, Mention
from tidings.resources.gazetteer import KIND_NAME, GeoEntry

# A first-level area of a million people or more is what its bare name
# means beside others of its kind (and `resolve` beside a namesake village).
BIG_AREA = 1_000_000
# How many other first-level areas of the same country the sentence must name.
SIBLINGS = 2
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z\"“]|\n")
# "Nevada, Iowa" and "Paris, Texas" are a town and its state, not a list.
_PAIR_AFTER = re.compile(r",\s*(?:[A-Z][a-z]{1,3}\.|[A-Z]{2}\b)")


def keep_listed_area_readings(mentions: list[Mention], text: str) -> None:
    """A name with a big first-level reading keeps only that reading when its
    sentence names at least two other first-level areas of that country."""
    areas = [_big_area(m) for m in mentions]
    for i, m in enumerate(mentions):
        own = areas[i]
        if own is None or all(n.entry.id == own.id for n in m.matches) or _in_a_pair(m, mentions, text):
            continue
        siblings = {
            other.id
            for j, other in enumerate(areas)
            if j != i and other is not None and other.country_code == own.country_code and other.id != own.id
            and _same_sentence(text, mentions[j], m)
        }
        if len(siblings) >= SIBLINGS:
            m.matches = tuple(n for n in m.matches if n.entry.id == own.id)


def _big_area(m: Mention) -> GeoEntry | None:
    """The first-level area the mention names by its own name, if a big one."""
    if m.is_demonym:
        return None
    for n in m.matches:
        if n.kind == KIND_NAME and n.entry.feature_code == "ADM1" and n.entry.population >= BIG_AREA:
            return n.entry
    return None


def _same_sentence(text: str, a: Mention, b: Mention) -> bool:
    start, end = min(a.end, b.end), max(a.start, b.start)
    return start > end or _SENTENCE_END.search(text, start, end) is None


def _in_a_pair(m: Mention, mentions: list[Mention], text: str) -> bool:
    """The town of a "Town, State" pair: followed by a comma and a state's
    abbreviation, or by a comma and an area that ends the list ("Nevada,
    Iowa", but not "Washington, Oregon and Idaho")."""
    if _PAIR_AFTER.match(text, m.end):
        return True
    comma = _COMMA.match(text, m.end)
    if comma is None:
        return False
    area = next((o for o in mentions if o.start == comma.end() and _big_area(o) is not None), None)
    if area is None:
        return False
    goes_on = LIST_GOES_ON.match(text, area.end)
    return goes_on is None or not any(o.start == goes_on.end() for o in mentions)


_COMMA = re.compile(r",\s*")
