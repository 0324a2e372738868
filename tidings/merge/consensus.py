"""The country an article's events agree on, for events whose own place failed.

Blocking never compares two events of different countries, so one event
whose place resolved to the wrong country ("the Sava" read as the Malagasy
region of that name in a report from Belgrade, "London" where a minister
flew in from) is cut off from every other report of its event. An article
is mostly about one country: when its other events (three quarters of those
placed in a city or, in an article without one, of those whose parties come
from their country) agree on one, an event with only a weak place (a
country or a region, or none) whose own parties do not come from that
place's country is taken to have happened where the rest of its article
did, and its place is dropped as unreliable.

A city-level place, or a country one of the event's parties comes from
("Pakistan closed the border" in a report from Kabul), is kept: those are
the foreign events an article tells in passing.

Checked by hand on the events extracted from 250 LGL and 200 GVDB articles
(US local news): 24 of 1,336 events moved, 22 rightly ("Pool", "Durango",
"Rivers", "Herrera" read as regions abroad; statements in Washington about
Iraq); the two wrong ones are US agencies acting abroad ("arrested in
Thailand"), whose parties are American.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace

from tidings.countries import alpha2_of
from tidings.merge.profile import Profile

WEAK_RANK = 1  # country- or region-level places (profile.RESOLUTION_RANK) or none
AGREE = 0.75  # share of an article's trusted events that makes its country


def settle_countries(profiles: Sequence[Profile]) -> list[Profile]:
    """The profiles, with each weakly placed event moved to the one country
    the trusted events of its article agree on (the others unchanged)."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        by_doc[p.doc_id].append(i)
    out = list(profiles)
    for members in by_doc.values():
        if len(members) < 2:
            continue
        country = _agreed([q.country for q in _voters([profiles[i] for i in members])])
        if not country:
            continue
        for i in members:
            p = profiles[i]
            if p.country != country and not _trusted(p):
                out[i] = moved(p, country)
    return out


def _agreed(countries: list[str]) -> str:
    """The country at least `AGREE` of the votes name ('' for none): one
    report from abroad (a minister's statement in Canberra) does not unseat
    the country six others share."""
    counts = Counter(countries)
    if not counts:
        return ""
    top, n = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return top if n >= AGREE * len(countries) else ""


def _voters(doc: list[Profile]) -> list[Profile]:
    """The events that say where an article is: those placed in a city; in
    an article without one, those whose parties come from their country (a
    foreign event told in passing is trusted to keep its country, but the
    article's own cities say more about where the article is)."""
    cities = [p for p in doc if p.country and p.place_rank > WEAK_RANK]
    return cities or [p for p in doc if _trusted(p)]


def _trusted(p: Profile) -> bool:
    """Is this event's country evidence in its own right? A city, or a
    country its own parties come from."""
    if not p.country:
        return False
    return p.place_rank > WEAK_RANK or p.country in _party_countries(p)


def _party_countries(p: Profile) -> set[str]:
    return {alpha2_of(code) for _, code, _ in (*p.actors, *p.recipients) if code} - {""}


def moved(p: Profile, country: str) -> Profile:
    """`p` placed in `country` with no finer place (the old one was wrong)."""
    return replace(p, country=country, city="", place="", place_rank=-1, lat=None, lon=None, region="")
