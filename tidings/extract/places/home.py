"""An outlet's home: the first-level area its stories are told from.

A local paper writes "Alexandria" or "Dublin" bare, because its readers
know which one; a story read alone does not say. Read together, an outlet's
stories do: most of them place something in its home state, and the
names there that are unambiguous say which state it is. That area then
speaks in each story as a weak, unnamed mention of it would (see
`resolve.resolve(home=...)`): it tips a bare namesake towards home, and a
story that names another state keeps its own reading.

`learn_home` works on the first-pass readings of the outlet's stories and
returns nothing unless one area clearly dominates them, so a national or
world outlet (its stories spread over many states and countries) gets no
home, and its stories are read as before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tidings.extract.places.mention import Mention

# A home needs this many of the outlet's stories, and this share of those
# that place anything below country level, to lie in one first-level area.
HOME_MIN_STORIES = 3
HOME_SHARE = 0.5
# Readings surer than this count as evidence (see `resolve._best`: 0.5 is a tie).
SURE_SCORE = 0.6


@dataclass(frozen=True)
class Home:
    country_code: str
    admin1_key: str  # "US.LA"
    lat: float  # the point of the home area's town the stories name most
    lon: float
    stories: int  # how many of the outlet's stories place something there


def learn_home(stories: Sequence[Sequence[Mention]]) -> Home | None:
    """The first-level area that most of the outlet's `stories` (each its
    resolved mentions) place something in, if it clearly dominates."""
    areas: Counter = Counter()
    towns: Counter = Counter()
    points: dict[tuple[str, str], Mention] = {}
    local = 0
    for mentions in stories:
        sure = [m for m in mentions if _evidence(m)]
        local += bool(sure)
        areas.update({m.entry.admin1_key for m in sure})
        named = {(m.entry.admin1_key, m.entry.name): m for m in sure if m.entry.is_city}
        towns.update(named.keys())
        for key, m in named.items():
            points.setdefault(key, m)
    if not areas:
        return None
    ((area, count),) = areas.most_common(1)
    if count < HOME_MIN_STORIES or count < HOME_SHARE * local:
        return None
    in_area = [key for key in towns if key[0] == area]
    if not in_area:
        return None
    entry = points[max(in_area, key=lambda key: (towns[key], points[key].entry.population))].entry
    return Home(entry.country_code, area, entry.lat, entry.lon, count)


def _evidence(m: Mention) -> bool:
    """A reading below country level that the story itself settled."""
    entry = m.entry
    if entry is None or not entry.admin1_key or entry.is_country or m.is_demonym:
        return False
    return m.score >= SURE_SCORE
