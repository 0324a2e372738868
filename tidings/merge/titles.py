"""Short headlines for stories: "Kazakhstan: protests, CSTO deployment, crackdown (2-19 Jan 2022)"."""

from __future__ import annotations

from tidings.countries import country_name

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from tidings.merge.dates import day_of
from tidings.merge.model import MergedEvent

PHRASE = {
    "AGREE": "agreement", "CONSULT": "talks", "SUPPORT": "support", "CONCEDE": "concessions",
    "COOPERATE": "cooperation", "AID": "aid", "RETREAT": "withdrawal", "REQUEST": "appeal",
    "ACCUSE": "accusations", "REJECT": "rejection", "THREATEN": "threats", "PROTEST": "protests",
    "SANCTION": "sanctions", "MOBILIZE": "deployment", "COERCE": "crackdown", "ASSAULT": "violence",
}
# categories where naming the actor says much more ("CSTO deployment")
NAMED = {"MOBILIZE", "RETREAT", "AID", "SANCTION"}
MAX_PARTS = 3
_NOT_NAMES = frozenset("the a an its his her their our this that these those some".split())


def title(events: Sequence[MergedEvent]) -> str:
    """Country, the most reported kinds of event in time order, and the dates."""
    weight: dict[str, int] = defaultdict(int)
    first: dict[str, tuple[int, str]] = {}
    for me in events:
        part = _phrase(me)
        weight[part] += me.num_mentions
        first.setdefault(part, (day_of(me) or 0, me.id))
        first[part] = min(first[part], (day_of(me) or 0, me.id))
    top = sorted(weight, key=lambda p: (-weight[p], first[p]))[:MAX_PARTS]
    parts = ", ".join(sorted(top, key=lambda p: first[p]))
    days = [d for d in (day_of(me) for me in events) if d is not None]
    span = f" ({date_span(min(days), max(days))})" if days else ""
    return f"{country_name(events[0].country)}: {parts}{span}"


def _phrase(me: MergedEvent) -> str:
    phrase = PHRASE.get(me.event, me.event.lower() or "events")
    if me.event in NAMED and me.actor:
        name = short_name(me.actor[0].entity_text)
        if _looks_proper(name):
            return f"{name} {phrase}"
    return phrase


def _looks_proper(name: str) -> bool:
    """'CSTO' or 'Russia' reads well in a title; 'its spokesman' does not."""
    first = name.split()[0] if name.split() else ""
    return first[:1].isupper() and first.lower() not in _NOT_NAMES and len(name) <= 24


def short_name(name: str) -> str:
    """Long organisation names shrink to their initials."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    if len(name.split()) >= 3 and len(words) >= 3:
        return "".join(w[0] for w in words)
    return name


def date_span(lo: int, hi: int) -> str:
    a, b = date.fromordinal(lo), date.fromordinal(hi)
    if a == b:
        return f"{a.day} {a:%b %Y}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}-{b.day} {b:%b %Y}"
    if a.year == b.year:
        return f"{a.day} {a:%b}-{b.day} {b:%b %Y}"
    return f"{a.day} {a:%b %Y}-{b.day} {b:%b %Y}"


