"""Geoparsing a text: find place mentions, then resolve them together."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from tidings.extract.places.groups import GroupMention, group_countries, group_mentions
from tidings.extract.places.home import Home, learn_home
from tidings.extract.places.mention import Mention, Toponym, to_toponym
from tidings.extract.places.recognize import (
    confirm_guesses,
    described_people,
    directions_before_places,
    find_dateline,
    names_run_on,
    party_hometowns,
    prominent_reading,
    scan_mentions,
    spacy_mentions,
)
from tidings.extract.places.resolve import resolve
from tidings.extract.places.sites import find_sites, outside_airports, place_sites
from tidings.extract.places.vehicles import without_car_models
from tidings.resources.gazetteer import KIND_DEMONYM, Gazetteer, GeoEntry, load_gazetteer

if TYPE_CHECKING:
    from spacy.tokens import Doc


def geoparse(text: str, doc: "Doc | None" = None, home: Home | None = None) -> list[Toponym]:
    """Resolved place names in `text`, in text order.

    `doc` is a spaCy parse of the whole text, if the caller has one; without
    it the text is parsed here (see `tidings.extract.nlp.load_nlp`). `home`
    is the outlet's home area, if known (see `geoparse_by_outlet`).
    """
    if doc is None:
        from tidings.extract.nlp import load_nlp

        doc = load_nlp()(text)
    return [to_toponym(m) for m in resolved_mentions(text, doc, home) if m.entry is not None]


def geoparse_by_outlet(stories: Sequence[tuple[str, "Doc", str]]) -> list[list[Toponym]]:
    """`geoparse` for each story (text, parse, outlet), in order, with each
    outlet's home area learned from all its stories (see `home.py`). A
    story whose outlet is "" is read alone."""
    return [[to_toponym(m) for m in found if m.entry is not None] for found in resolve_by_outlet(stories)]


def resolve_by_outlet(stories: Sequence[tuple[str, "Doc", str]]) -> list[list[Mention]]:
    """`resolved_mentions` for each story (text, parse, outlet), in order, the
    stories of one outlet resolved together by `resolve_outlet`."""
    outlets: dict[str, list[int]] = {}
    for i, (_, _, outlet) in enumerate(stories):
        outlets.setdefault(outlet or f"\0{i}", []).append(i)
    found: list[list[Mention]] = [[] for _ in stories]
    for members in outlets.values():
        for i, mentions in zip(members, resolve_outlet([stories[i][:2] for i in members])):
            found[i] = mentions
    return found


def resolve_outlet(stories: Sequence[tuple[str, "Doc"]]) -> list[list[Mention]]:
    """`resolved_mentions` for each of one outlet's stories: read each alone
    first, learn the outlet's home from those readings, then read again
    with it. Without a clear home the first readings stand."""
    first = [resolved_mentions(text, doc) for text, doc in stories]
    home = learn_home(first) if len(stories) > 1 else None
    if home is None:
        return first
    return [resolved_mentions(text, doc, home) for text, doc in stories]


def resolved_mentions(text: str, doc: "Doc", home: Home | None = None) -> list[Mention]:
    """Every mention with all its readings and the chosen one (None where
    none fits): what `geoparse` reports from, and what an error listing
    needs to tell a wrong pick from a missing candidate."""
    groups = group_mentions(text)
    mentions = find_mentions(text, [(0, doc)], groups=groups)
    resolve(mentions, text, group_countries(groups), home)
    return place_sites(mentions, text, find_sites(text))


def find_mentions(
    text: str,
    docs: Iterable[tuple[int, "Doc"]],
    gaz: Gazetteer | None = None,
    groups: list[GroupMention] | None = None,
) -> list[Mention]:
    """Mentions from spaCy entities (docs at their offsets in `text`) and the
    gazetteer scan, less the names of known groups ("Boko Haram")."""
    gaz = gaz or load_gazetteer()
    groups = group_mentions(text) if groups is None else groups
    found, hints = spacy_mentions(docs, text, gaz)
    dateline = find_dateline(text, gaz)
    if dateline is not None:
        found = [m for m in found if not (m.start < dateline.end and dateline.start < m.end)] + [dateline]
    found += [m for m in party_hometowns(text, gaz) if not any(m.start < f.end and f.start < m.end for f in found)]
    found += confirm_guesses(hints, found, text)
    taken = [(m.start, m.end) for m in found]
    accepted, doubtful = scan_mentions(text, gaz, taken, hints)
    found += accepted
    kept = _same_area(doubtful, found)
    found += kept + [m for m in _owned_by_country(doubtful, found, text) if m not in kept]
    found = names_run_on(found, text, gaz)
    found += repeats(found, text)
    found = outside_airports(directions_before_places(described_people(found, text), text), find_sites(text))
    found = without_car_models(found, text)
    found.sort(key=lambda m: m.start)
    return _not_groups(found, groups)


# Sources whose names are surely places wherever else the text spells them so
# (a local body's town, "the Wamego Seniors Center", and a legislator's, "R-Elbow Lake", too).
_SURE_SOURCES = {"GPE", "LOC", "FAC", "DATELINE", "INST", "PARTY"}


def repeats(found: list[Mention], text: str) -> list[Mention]:
    """Further occurrences of a name the text already uses as a place
    ("Torrington firefighters", "Greer's city limits" after "TORRINGTON —"
    or "in Greer"): one name, one sense, in one article. Seeds are names the
    parser tagged as places or datelines, scanned names of several words, and
    scanned words or names the parser took for people after "in", "near" or
    "outside" ("a robbery in Newberry" makes "Newberry home invasion" the
    town's); another lone scanned word is too often someone's surname to
    spread."""
    taken = [(m.start, m.end) for m in found]
    seeds: dict[str, Mention] = {}
    for m in found:
        if m.matches and not m.is_demonym and (m.source in _SURE_SOURCES or _sure_scan(m, text)):
            seeds.setdefault(m.text, m)
    # A dateline in capitals and the name in the body are one spelling.
    by_form: dict[str, Mention] = {}
    for surface, seed in seeds.items():
        forms = (surface, surface.upper(), surface.title()) if surface.isupper() or surface.istitle() else (surface,)
        for form in forms:
            by_form.setdefault(form, seed)
    if not by_form:
        return []
    # One pass over the text for all names, longest first so "Glen Carbon" beats "Glen".
    alternatives = "|".join(re.escape(form) for form in sorted(by_form, key=len, reverse=True))
    more = []
    for hit in re.finditer(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w-])", text):
        start, end = hit.span()
        if any(s < end and start < e for s, e in taken):
            continue
        more.append(Mention(start, end, hit.group(0), by_form[hit.group(0)].matches, "REPEAT"))
    return more


# "in Greer": a preposition that takes a place and seldom a person.
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|outside)\s+$")


def _sure_scan(m: Mention, text: str) -> bool:
    """A scanned name of several words, or a lone word (scanned or confirmed) after "in"/"near"/"outside"."""
    if m.source not in ("GAZ", "GUESS"):
        return False
    return (" " in m.text and m.source == "GAZ") or bool(_PLACE_PREPOSITION.search(text, max(0, m.start - 10), m.start))


def _not_groups(mentions: list[Mention], groups: list[GroupMention]) -> list[Mention]:
    """A known group's name is no place, unless the place is a well-known
    one; nothing inside a legislature's name is ("the State Duma")."""
    starts = {g.start for g in groups}
    houses = [(g.start, g.institution_end) for g in groups if g.institution_end]
    return [
        m for m in mentions
        if (m.start not in starts or m.is_demonym or prominent_reading(m.matches))
        and not any(s <= m.start and m.end <= e for s, e in houses)
    ]


def _same_area(doubtful: list[Mention], sure: list[Mention]) -> list[Mention]:
    """Small-town names count when another sure mention lies in the same first-level area."""
    areas = {_first_reading(m).admin1_key for m in sure if m.matches and _first_reading(m).admin1_key}
    areas |= {
        n.entry.admin1_key for m in sure if m.matches for n in m.matches if n.entry.feature_code == "ADM1"
    }
    return [m for m in doubtful if any(n.entry.admin1_key in areas for n in m.matches)]


def _first_reading(m: Mention) -> GeoEntry:
    """A nationality's place is its demonym reading ("Indian" is also a town in Oregon)."""
    if m.is_demonym:
        return next(n.entry for n in m.matches if n.kind == KIND_DEMONYM)
    return m.matches[0].entry


def _owned_by_country(doubtful: list[Mention], sure: list[Mention], text: str) -> list[Mention]:
    """"Japan's Noto peninsula": a small-town name right after a country's
    possessive counts when it names a place in that country."""
    owners = {m.end: _first_reading(m).country_code for m in sure if m.matches and _first_reading(m).is_country}
    kept = []
    for m in doubtful:
        gap = re.search(r"['’]s?\s+$", text[max(0, m.start - 4) : m.start])
        owner = owners.get(m.start - len(gap.group(0))) if gap else None
        if owner and any(n.entry.country_code == owner for n in m.matches):
            kept.append(m)
    return kept
