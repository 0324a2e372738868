"""Are two event records reports of the same real-world event?

`score()` adds up evidence for and against; `None` means the pair may never
merge (a hard conflict). The weights are hand-set and were checked against
ECB+ (scripts/eval_ecb.py) and the demo corpus; they are all in `MergeConfig`
so an evaluation can vary them.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.merge.profile import Profile, distance_km
from tidings.merge.text import jaccard
from tidings.merge.topic import CALENDAR, name_keys, overlap


@dataclass(frozen=True)
class MergeConfig:
    threshold: float = 1.6  # a pair merges at or above this score
    linkage: float = 0.9  # mean score two clusters need between them to join
    date_slack: int = 2  # days two date ranges may miss each other by
    total_slack: int = 14  # the same, for two reports of one running total
    same_doc: bool = False  # may two events of one article be one event?
    category_same: float = 1.0
    category_differs: float = -1.0
    # the categories differ, the trigger keys do not: one act two coders filed apart
    category_differs_same_act: float = 0.0
    trigger_same: float = 0.3  # small: the trigger mostly repeats the category
    text: float = 3.0  # times the Jaccard of the evidence sentences
    day_same: float = 0.4
    day_apart: float = -1.2  # per day between two day-precise dates
    # one day apart, the later date being its own report's publication day and
    # its sentence naming no day: the dateline's or the paper's day taken
    # for the event's (decision._dated_by_report)
    day_apart_report: float = -0.4
    near_km: float = 30.0
    town_km: float = 15.0  # two city-level places this close are one town (same_town)
    near: float = 1.0
    far_km: float = 150.0
    far: float = -2.0
    actor_shared: float = 0.8  # a name word in common
    actor_code_shared: float = 0.5  # only a code (and sector) in common
    actor_disjoint: float = -0.5
    actor_named_apart: float = -1.0  # both named, no name word in common
    recipient_shared: float = 0.5
    figure_agrees: float = 0.6
    figure_clashes: float = -0.8
    modality_differs: float = -0.6
    ages_clash: float = -3.0  # both sentences give people's ages and none is within a year of the other's
    # times (overlap of the two articles' names and figures - topic_base) when
    # that is below zero (merge.topic): articles telling different stories
    # speak against one event; sharing a story says little, since one story
    # holds many events
    topic: float = 25.0
    topic_base: float = 0.2
    topic_min: int = 8  # keys each article needs for its story to count
    told_min: int = 2  # keys an evidence sentence needs to speak for itself ("Kabul" alone does not)
    # what two reports' sentence words, days, figures and party names must add
    # for a shared town to count as evidence (decision._town_counts)
    own_min: float = 0.3


DEFAULT = MergeConfig()


def conflict(a: Profile, b: Profile, config: MergeConfig = DEFAULT) -> bool:
    """Pairs that must never merge, whatever else they share."""
    if a.doc_id == b.doc_id:
        if not config.same_doc:
            return True  # the extractor already resolved events within one article
        if a.sentence is not None and a.sentence == b.sentence:
            return True  # two events read from one sentence are two events
    if a.family != b.family or (a.country and b.country and a.country != b.country):
        return True
    if a.precise and b.precise and a.day_lo != b.day_lo and same_town(a, b, config):
        return True  # distinct attacks in one city on different days
    apart = _days_apart(a, b)
    if apart <= min(config.date_slack, config.total_slack):
        return False  # near enough either way: spare the running-total test
    return apart > (config.total_slack if running_total(a, b) else config.date_slack)


# Nationwide tolls and detention counts are reported as running totals, each
# dated the day it was given ("2,000 detained" on the 6th, "9,900" on the 11th):
# one event whose figure grows, not one event per report.


def total_candidate(p: Profile) -> bool:
    """Could this report be one figure of a running total? (no city, a toll, a
    crackdown; `profile.may_be_total`, worked out once per profile)"""
    return p.total


def running_total(a: Profile, b: Profile) -> bool:
    """Two reports of one running total: the later report's figure is not smaller."""
    if not (a.total and b.total) or a.category != b.category:
        return False
    if a.published is None or b.published is None:
        return False
    early, late = (a, b) if (a.published, a.event_id) <= (b.published, b.event_id) else (b, a)
    late_values = {kind: value for kind, value, *_ in late.figures}
    shared = [(value, late_values[kind]) for kind, value, *_ in early.figures if kind in late_values]
    return bool(shared) and all(before <= after for before, after in shared)


def score(a: Profile, b: Profile, config: MergeConfig = DEFAULT) -> float | None:
    if conflict(a, b, config):
        return None
    total = running_total(a, b)
    own = (
        config.text * jaccard(a.terms, b.terms),
        0.0 if total else _date(a, b, config),
        0.0 if total or not (a.figures and b.figures) else _figures(a, b, config),
    )
    parties = _parties(a, b, config)
    place = _place(a, b, config)
    if place > 0.0 and not _town_counts(a, b, own, config):
        place = 0.0
    return (
        _category(a, b, config)
        + (config.trigger_same if a.trigger and a.trigger == b.trigger else 0.0)
        + sum(own)
        + parties
        + place
        + (config.modality_differs if a.modality != b.modality else 0.0)
        + _topic(a, b, config)
        + _ages(a, b, config)
    )


# Every town has its police appeals, investigations, arrests and "no arrest
# has been made" each week, and its police act in each of them. Two such
# side events read from different articles that share nothing of their own
# (sentence words, a day, a figure, a party's name, whom it befell) are not
# shown to be one by their town; nor by their actors' codes ("officers" and
# "police" of one country). Attacks keep the town as evidence: a crackdown
# that lasts days is told by each outlet with a month for its date and its
# own toll, and the town is what its reports share.
TOWN_IS_EVIDENCE = frozenset({"ASSAULT"})


def _town_counts(a: Profile, b: Profile, own: tuple[float, ...], config: MergeConfig) -> bool:
    if a.doc_id == b.doc_id or a.category in TOWN_IS_EVIDENCE or b.category in TOWN_IS_EVIDENCE:
        return True
    named = config.actor_shared if _names_shared(a, b) else 0.0
    victims = config.recipient_shared if _recipients_shared(a, b) else 0.0
    return named + victims + sum(max(part, 0.0) for part in own) >= config.own_min


def _names_shared(a: Profile, b: Profile) -> bool:
    return bool(a.actor_names and b.actor_names) and not set(a.actor_names).isdisjoint(b.actor_names)


def same_town(a: Profile, b: Profile, config: MergeConfig = DEFAULT) -> bool:
    """One city. For attacks, whether or not the two reports resolved it to
    the same gazetteer entry: a town and the district named after it, a
    neighbourhood and its city, lie a few kilometres apart. (Strikes,
    blockades and sit-ins last days and spread to the next suburb; an attack
    is over within the day.)"""
    if not a.city or not b.city:
        return False
    if a.city == b.city:
        return True
    if a.category not in ONE_DAY or b.category not in ONE_DAY:
        return False
    km = distance_km(a, b)
    return km is not None and km <= config.town_km


ONE_DAY = frozenset({"ASSAULT"})  # categories whose events are over within a day


def _recipients_shared(a: Profile, b: Profile) -> bool:
    return bool(a.recipient_keys and b.recipient_keys) and not set(a.recipient_keys).isdisjoint(b.recipient_keys)


def _days_apart(a: Profile, b: Profile) -> int:
    if a.day_lo is None or b.day_lo is None or a.day_hi is None or b.day_hi is None:
        return 0
    return max(0, a.day_lo - b.day_hi, b.day_lo - a.day_hi)


def _category(a: Profile, b: Profile, c: MergeConfig) -> float:
    if not a.category or not b.category:
        return 0.0
    if a.category == b.category:
        return c.category_same
    return c.category_differs_same_act if a.trigger and a.trigger == b.trigger else c.category_differs


def _date(a: Profile, b: Profile, c: MergeConfig) -> float:
    if not (a.precise and b.precise):
        return 0.0
    apart = abs(a.day_lo - b.day_lo)  # type: ignore[operator]
    if apart == 0:
        return c.day_same
    later = a if a.day_lo > b.day_lo else b  # type: ignore[operator]
    if apart == 1 and _dated_by_report(later):
        return c.day_apart_report
    return c.day_apart * apart


# words that date an event in its own sentence ("on Friday", "yesterday");
# "may" and "march" are left out, being verbs as often
_DAY_WORDS = CALENDAR - {"may", "march"} | {"yesterday", "today", "tonight", "overnight"}


def _dated_by_report(p: Profile) -> bool:
    """Was the event perhaps given its report's own day: dated on the day of
    publication while its sentence names no day? ("the attackers arrived by
    sea", dated by a dateline of the next morning's paper.)"""
    return p.day_lo == p.published and not any(t.rstrip("'s") in _DAY_WORDS for t in p.terms)


def _place(a: Profile, b: Profile, c: MergeConfig) -> float:
    if a.place_rank < 1 or b.place_rank < 1:
        return 0.0  # a country (or nothing) is compatible with any place inside it
    if _inside(a, b) or _inside(b, a):
        return 0.0  # so is a region; its point is its seat, far from some of its towns
    km = distance_km(a, b)
    if km is None:
        if not a.place or not b.place:
            return 0.0
        if a.place.lower() == b.place.lower():
            return c.near
        return 0.0 if _names_other_place(a, b) else c.far / 4
    if km <= c.near_km:
        return c.near
    if km <= c.far_km:
        return c.near / 4
    return 0.0 if _names_other_place(a, b) else c.far


def _names_other_place(a: Profile, b: Profile) -> bool:
    """Does a report whose place may have been pinned on it from its dateline
    (`Profile.pinned`) name the other report's place in its own sentence?
    Then the far place is no evidence of another event ("LIMA - ... while in
    Arequipa police fired tear gas").
    A sentence that names its own place and another one ("in Tbilisi; a
    rally in Batumi") keeps the two apart."""
    return (a.pinned and _named_in(b.place, a.told)) or (b.pinned and _named_in(a.place, b.told))


def _named_in(place: str, told: tuple[str, ...]) -> bool:
    keys = name_keys(place) if place and told else frozenset()
    return bool(keys) and keys.issubset(told)


def _inside(region: Profile, p: Profile) -> bool:
    """Is `p` a finer place inside the region (admin1) `region`?"""
    return region.place_rank == 1 and p.place_rank > 1 and bool(region.region) and region.region == p.region


def _parties(a: Profile, b: Profile, c: MergeConfig) -> float:
    total = 0.0
    if a.actor_keys and b.actor_keys:
        total += _actors(a, b, c)
    if _recipients_shared(a, b):
        total += c.recipient_shared
    return total


def _actors(a: Profile, b: Profile, c: MergeConfig) -> float:
    """Two different named actors ("Tokayev" v. "Nazarbayev") speak against one
    event more than two sectors do; a shared code alone is weak evidence."""
    if a.actor_names and b.actor_names:
        return c.actor_shared if _names_shared(a, b) else c.actor_named_apart
    if not set(a.actor_keys).isdisjoint(b.actor_keys):
        return c.actor_code_shared
    return 0.0 if _unidentified_armed(a, b) or _unidentified_armed(b, a) else c.actor_disjoint


# "Gunmen" are coded as unidentified armed forces (UAF), and so is the attacker
# the extractor supplies when a report names none: another outlet's
# "insurgents" or "militia" may be who they were, so the two codes differing
# says nothing (their country is a guess as often as not). Police and soldiers
# are named as such by nearly every outlet, so they stay apart; so do
# criminals (CRM): in crime news every shooting has its "gunman" and its
# "suspect", and letting them meet joined different shootings of one city.
NON_STATE_ARMED = frozenset({"REB", "UAF", "PRM"})


def _unidentified_armed(a: Profile, b: Profile) -> bool:
    """Is one of a's actors unnamed armed men, and one of b's an armed group?"""
    return any(sector == "UAF" for _, _, sector in a.actors) and any(
        sector in NON_STATE_ARMED for _, _, sector in b.actors)


def _topic(a: Profile, b: Profile, c: MergeConfig) -> float:
    """Articles that tell one story name the same people, places and numbers;
    an article without keys (no text given) is no evidence either way, and
    two events of one article share all of theirs whatever they are. A brief
    of a sentence or two names too little to tell its story apart. An event
    told in passing in an article about something else ("two weeks after 7
    died at the Mandawi bazaar") names the other story in its own sentence:
    its sentence's keys found in the other article count as a shared story."""
    if len(a.topic) < c.topic_min or len(b.topic) < c.topic_min or a.doc_id == b.doc_id:
        return 0.0
    shared = overlap(a.topic, b.topic)
    if shared >= c.topic_base:
        return 0.0
    shared = max(shared, _told_in(a, b, c), _told_in(b, a, c))
    return c.topic * min(0.0, shared - c.topic_base)


def _told_in(a: Profile, b: Profile, c: MergeConfig) -> float:
    """Share of the names and figures of a's own sentence found in b's article."""
    if len(a.told) < c.told_min:
        return 0.0
    return len(set(a.told).intersection(b.topic)) / len(a.told)


def _ages(a: Profile, b: Profile, c: MergeConfig) -> float:
    """Local news tells its shootings and crashes apart by the ages of the
    people in them ("a 28-year-old man", "a 22-year-old man"): two reports
    that each give ages, none within a year of the other's (a birthday
    between two reports), tell of different people. Two events of one
    article may concern different people of one story."""
    if not (a.ages and b.ages) or a.doc_id == b.doc_id:
        return 0.0
    if any(abs(x - y) <= 1 for x in a.ages for y in b.ages):
        return 0.0
    return c.ages_clash


def _figures(a: Profile, b: Profile, c: MergeConfig) -> float:
    mine = {kind: (value, cum) for kind, value, cum, _ in a.figures}
    total = 0.0
    for kind, value, cum, _ in b.figures:
        if kind not in mine:
            continue
        other, other_cum = mine[kind]
        low, high = sorted((max(value, 1), max(other, 1)))
        if high / low <= 1.5:
            total += c.figure_agrees
        elif high / low > 3 and not (cum or other_cum):
            total += c.figure_clashes
    return total
