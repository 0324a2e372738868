"""Armed groups the actors' table knows, as the geoparser needs them.

"Boko Haram", "Taliban" and "Fano" share their spelling with towns in
Congo, Turkey and Italy; a group's name is never a place. And a group tells
where a story most likely happens ("Houthi fighters": Yemen), which helps
choose among namesakes the way a named country does.
"""

from __future__ import annotations

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


def group_mentions(text: str) -> list[GroupMention]:
    """Where the text names a known armed or political group."""
    from tidings.extract.actors.document import known_mentions
    from tidings.extract.actors.kb import load_kb

    return [
        GroupMention(start, alpha2_of(entry.code))
        for start, entry in known_mentions(text, load_kb())
        if entry.kind == "group"
    ]


def group_countries(groups: list[GroupMention]) -> dict[str, float]:
    """Country votes from the groups a text names, for `resolve(focus=...)`."""
    votes: Counter = Counter()
    for group in groups:
        if group.country_code:
            votes[group.country_code] = GROUP_WEIGHT
    return dict(votes)
