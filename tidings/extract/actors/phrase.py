"""Turning a noun phrase into a PLOVER actor: a named entity when the phrase
names one, otherwise a generic agent placed in a country."""

from __future__ import annotations

import re

from tidings.extract import taxonomy
from tidings.extract.actors.document import DocumentActors, known_mentions
from tidings.extract.actors.generic import Generic, generic_head
from tidings.extract.actors.kb import ActorEntry, ActorKB, load_kb
from tidings.extract.actors.link import fuzzy, link_text
from tidings.records import Actor

_LED = re.compile(r"\b([A-Z][\w'’]+)-(?:led|backed)\b")
# A backer is not the party: "Turkish-backed Syrian rebels" are Syrian,
# "government forces backed by Russian jets" are not Russia's.
_BACKER = re.compile(r"\b[\w'’]+-(?:backed|sponsored|supported)\b|"
                     r"\s*,?\s*\b(?:backed|supported|sponsored|aided)\s+by\b.*$", re.I)
_ALLIANCE = re.compile(r"\b(?:alliance|bloc|coalition)(?:'s|’s)?\b", re.I)
_CAPS_RUN = re.compile(r"\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*")
_ACRONYM_WORD = re.compile(r"\b[A-Z][A-Z0-9.\-]{1,7}\b")


def resolve_phrase(
    text: str,
    doc: DocumentActors | None = None,
    *,
    start: int | None = None,
    end: int | None = None,
    focus: str | None = None,
) -> Actor | None:
    """The actor a noun phrase stands for, or None when it names nobody.

    `focus` (default: the article's focus country) places generic agents
    ("protesters", "the troops") that carry no country of their own.
    """
    kb = load_kb()
    doc = doc or DocumentActors()
    focus = doc.focus_country if focus is None else focus
    named = _named_entity(_BACKER.sub("", text), doc, kb)
    head = generic_head(text)
    generic = head[1] if head else None
    if named is not None and named.kind in ("person", "org", "group", "metonym", "capital"):
        return to_actor(text, named, start, end, generic=_armed_part(named, generic))
    led = _LED.search(text)
    if led and generic is not None:
        if doc.alliance() is not None:
            return to_actor(text, doc.alliance(), start, end)  # "Russian-led forces"
        leader = link_text(led.group(1), kb)
        if leader is not None and (named is None or led.group(0).endswith("-led")):
            named = leader  # "Vietnamese-led forces" are Vietnam's; backed ones only when unnamed
    if _ALLIANCE.search(text) and doc.alliance() is not None:
        return to_actor(text, doc.alliance(), start, end)  # "the alliance's contingent"
    if named is not None:  # a country name or adjective
        sector, inter = _country_sector(text, named, generic)
        code = named.code
        if _ETHNIC.search(text) and focus and focus != named.code:
            code = focus  # "ethnic Albanians" in a story about Serbia live in Serbia
        entry = ActorEntry(named.name, code, sector, "country")
        return to_actor(text, entry, start, end, inter=inter, focus=focus)
    if _ALLIANCE.search(text) and doc.alliance() is not None:
        return to_actor(text, doc.alliance(), start, end)
    if generic is not None:
        code = "" if generic.sector in ("NGO", "IGO") else focus
        if generic.sector == "IGO":
            return None
        entry = ActorEntry("", code or "", generic.sector, "generic")
        actor = to_actor(text, entry, start, end, inter=generic.inter, focus=focus)
        # an NGO has no country; anyone else here stands wherever the article is, if anywhere
        actor.code_from = "" if generic.sector == "NGO" else "focus"
        return actor
    title = _title_sector(text)
    if title and focus:  # "President Dos Santos": an official we do not know by name
        return to_actor(text, ActorEntry("", focus, title, "generic"), start, end, focus=focus)
    return None


def named_victim(
    text: str, doc: DocumentActors | None = None, *, start: int | None = None, end: int | None = None
) -> Actor:
    """A person the knowledge base does not know, named as the one harmed
    ("Juan Perez, 26, died after he was shot"): a civilian of the article's
    country, kept by the name the report gives."""
    focus = (doc or DocumentActors()).focus_country
    return to_actor(text, ActorEntry("", focus, "CVL", "generic"), start, end, inter=7, focus=focus)


_ETHNIC = re.compile(r"\bethnic\b", re.I)
ARMED_STATE = frozenset({"MIL", "COP", "SPY"})
_TITLE_SECTORS = {
    "president": "GOV", "minister": "GOV", "premier": "GOV", "chancellor": "GOV", "king": "GOV",
    "queen": "GOV", "emir": "GOV", "sheikh": "GOV", "prince": "GOV", "governor": "GOV",
    "mayor": "GOV", "ambassador": "GOV", "envoy": "GOV", "secretary": "GOV", "spokesman": "GOV",
    "general": "MIL", "gen": "MIL", "colonel": "MIL", "col": "MIL", "commander": "MIL",
    "judge": "JUD", "senator": "LEG", "lawmaker": "LEG", "speaker": "LEG",
}  # fmt: skip


def _title_sector(text: str) -> str:
    """The sector a leading title implies ("Lt. Gen. X" -> MIL)."""
    from tidings.extract.actors.normalise import name_key

    for word in name_key(text).split()[:4]:
        if word in _TITLE_SECTORS:
            return _TITLE_SECTORS[word]
    return ""


def _country_sector(text: str, named: ActorEntry, generic: Generic | None) -> tuple[str, int | None]:
    """Sector for a country name or demonym: the generic head's when there is
    one; people for a plural demonym ("Palestinians", "ethnic Turks");
    otherwise the government."""
    if generic is not None:
        return generic.sector, generic.inter
    if named.kind == "adjective" and (text.rstrip().endswith("s") or _ETHNIC.search(text)):
        return "CVL", 7
    return "GOV", None


def _armed_part(named: ActorEntry, generic: Generic | None) -> Generic | None:
    """'CSTO peacekeeping units' or 'Russian Defense Ministry': a named body's
    armed branch keeps the body's code but takes the generic's sector."""
    if generic is None or named.kind not in ("metonym", "capital"):
        return None
    return generic


def _named_entity(text: str, doc: DocumentActors, kb: ActorKB) -> ActorEntry | None:
    """The most specific name inside the phrase."""
    bare = re.sub(r"^(?:the|The)\s+", "", text.strip())
    if _ACRONYM_WORD.fullmatch(bare):  # the article's own sense of an acronym
        entry = doc.resolve_acronym(bare, kb)
        if entry is not None:
            return entry
    whole = link_text(text, kb)
    if whole is not None and whole.kind != "adjective":
        return whole
    for acronym in _ACRONYM_WORD.findall(text):
        entry = doc.resolve_acronym(acronym, kb)
        if entry is not None and entry.kind in ("org", "group"):
            return entry
    mentions = [entry for _, entry in known_mentions(text, kb)]
    for kind in ("person", "group", "org", "metonym", "country", "capital", "adjective"):
        for entry in mentions:
            if entry.kind == kind:
                return entry
    for run in _CAPS_RUN.findall(text):
        entry = fuzzy(run, kb)
        if entry is not None:
            return entry
    return whole


def to_actor(
    text: str,
    entry: ActorEntry,
    start: int | None = None,
    end: int | None = None,
    *,
    generic: Generic | None = None,
    inter: int | None = None,
    focus: str = "",
) -> Actor:
    sector = generic.sector if generic else entry.sector
    named = entry.kind in ("person", "org", "group")
    # ACLED's external forces are armed: a visiting president stays a state actor.
    foreign = bool(focus) and entry.code != focus and len(entry.code) == 3 and sector in ARMED_STATE
    if inter is None:
        inter = entry.inter
    if inter is None:
        inter = taxonomy.inter_code(entry.code, sector, foreign=foreign)
    elif inter == 1 and foreign:
        inter = 8  # state forces abroad are external forces to ACLED
    return Actor(
        entity_text=text,
        code=entry.code,
        sector=sector,
        identifier_id=entry.wikidata if named else "",
        identifier_text=entry.name if named else "",
        start=start,
        end=end,
        acled_inter=inter,
    )
