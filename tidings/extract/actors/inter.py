"""ACLED actor types (inter1, inter2) of a coded event.

Settled when the pipeline builds the record, because two things are known
only then: where the event happened (state forces abroad are external forces,
8) and the ACLED
sub-type, which fixes one or both sides by ACLED's own definitions (a protest
is the protesters' event, violence against civilians has civilian victims, a
peaceful march has no second side).

The steps, in order: the coder's doer (a source such as "police said" is
dropped), the parties the sentence names when the coder found no doer or only
an implied one, bystanders and state agents that cannot be the doer of this
kind of event, the group a claim or a deal names, and last the sub-type's
own conventions (`by_sub_type`).
"""

from __future__ import annotations

import re

from tidings.countries import alpha2_of
from tidings.extract.actors.document import document_actors, known_mentions
from tidings.extract.actors.kb import load_kb
from tidings.extract.actors.phrase import ARMED_STATE, resolve_phrase
from tidings.extract.context import CodedEvent
from tidings.records import Actor, Place

STATE, REBEL, MILITIA, COMMUNAL, RIOTER, PROTESTER, CIVILIAN, EXTERNAL = range(1, 9)
_ARMED = frozenset({STATE, REBEL, MILITIA, COMMUNAL, EXTERNAL})
_NON_STATE_ARMED = frozenset({REBEL, MILITIA, COMMUNAL})
UNIDENTIFIED_DEFAULT = MILITIA  # ACLED files an unidentified armed group as a political militia

# Where forces act on someone else's soil: only then are they external (8).
# A base set up, a summit or a deal abroad keeps a state its own type.
_FORCE_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_FORCE_SUBS = frozenset({"Looting/property destruction", "Non-violent transfer of territory"})
_SETTLED_SUBS = frozenset({"Headquarters or base established", "Change to group/activity", "Other",
                           "Agreement", "Attribution of responsibility", "Arrests"})
# Where the parties a sentence names are mostly targets and victims.
_TARGETED_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})
# Where the parties a sentence names are the sides, not targets or victims.
_BETWEEN_SIDES = frozenset({"Agreement", "Non-violent transfer of territory"})
# Weapons of the weak: ACLED almost never finds the state behind these.
_INSURGENT_TACTICS = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})
# Who does a development when the report names no one: groups change and
# claim; "security was tightened" is the state's doing.
_USUAL_DOER = {"Change to group/activity": REBEL, "Attribution of responsibility": REBEL, "Other": STATE}

_NO_SECOND = frozenset({"Peaceful protest", "Change to group/activity", "Headquarters or base established",
                        "Attribution of responsibility"})
_CIVILIAN_VICTIMS = frozenset({"Attack", "Sexual violence", "Abduction/forced disappearance",
                               "Looting/property destruction"})
# Remote violence that is mostly aimed at the other armed side.
_REMOTE_BETWEEN_SIDES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"})

# Words of a report that say who an unnamed armed party is.
_GANG = re.compile(r"\b(gangs?|gangsters?|gang-related|cartels?|drugs?|narco\w*|traffick\w*|"
                   r"criminal\w*|mafia|extortion\w*|sicarios?)\b", re.I)
_COMMUNAL = re.compile(r"\b(communal|ethnic|clans?|tribal|tribes?|rival communit\w+|"
                       r"armed youths?|cattle raid\w*)\b", re.I)
_INSURGENT = re.compile(r"\b(jihad\w*|islamists?|militants?|insurgen\w+|separatists?|terroris\w+|"
                        r"rebels?|extremists?|guerrill\w+|dissidents?)\b", re.I)
# Men in uniform, or agents in plain clothes who make people disappear.
_STATE_DISGUISE = re.compile(r"\b(in (military )?uniforms?|in (plain|civilian) ?clothes|plain-?clothes|"
                             r"state (agencies|agents)|security agencies|forcibly disappeared)\b", re.I)
_COMMUNITIES_FIGHT = re.compile(r"\b(communities|communal|rival|clash\w*|between)\b", re.I)
_INTERCEPTED = re.compile(r"\b(intercept\w*|shot down|shoot down|downed|downing|brought down|"
                          r"air defen[cs]\w*|iron dome)\b", re.I)
_SOURCE_VERB = re.compile(r"^\W*(said|says|say|told|reported|confirmed)\b", re.I)
# Verbs whose subject used the weapon ("the occupiers used gas munitions");
# "an army truck struck a mine" names the target.
_WEAPON_VERBS = frozenset(
    "use apply drop fire launch lob throw hurl plant detonate shell bomb attack target rape "
    "abduct kidnap kill loot burn torch".split()
)


def acled_inters(event: CodedEvent, where: Place | None) -> tuple[int | None, int | None]:
    """(inter1, inter2) of a coded event placed at `where`."""
    country = where.country_code if where is not None else ""
    actors = [a for a in event.actor if not _is_source(a, event)] or _stand_in(event)
    first = _first_type(actors, event, country)
    second = _first_type(_opponents(actors, event), event, country)
    if _needs_named_doer(actors, first, event):
        first, second = _from_named_parties(event, country, first, second)
    first = _plausible_doer(first, actors, event)
    first, second = _claimed_or_dealt_with(event, first, second)
    if first is None:
        first = _USUAL_DOER.get(event.acled_sub_event_type)
    return by_sub_type(event.acled_sub_event_type, event.acled_event_type, first, second,
                       event.sentence.text, event)


_JOINED = re.compile(r"^\s*(?:,\s*)?(?:and|&|together with|alongside|along with)\s+(?:the\s+)?$", re.I)


def _opponents(actors: list[Actor], event: CodedEvent) -> list[Actor]:
    """The recipients less those joined to the doer by "and": in "The FARDC
    and the wazalendo have retaken the villages" the militia fights beside the
    army, not against it."""
    ends = [a.end for a in actors if a.end is not None]
    sentence = event.sentence

    def joined(party: Actor) -> bool:
        if party.start is None or not ends:
            return False
        gap = sentence.text[min(ends) - sentence.start : party.start - sentence.start]
        return 0 <= party.start - min(ends) and bool(_JOINED.match(gap))

    return [r for r in event.recipient if not joined(r)]


def _first_type(parties: list[Actor], event: CodedEvent, country: str) -> int | None:
    return _typed(parties[0], event, country) if parties else None


def _typed(party: Actor, event: CodedEvent, country: str) -> int | None:
    inter = party.acled_inter
    if party.sector == "UAF" and not party.identifier_text and inter in (REBEL, MILITIA):
        # an unnamed party keeps its own type (a suicide bomber an insurgent's,
        # gunmen an unidentified armed group) unless the report says more
        inter = unidentified_type(party.entity_text, event.sentence.text, inter)
    return _abroad(party, inter, event, country)


def _abroad(party: Actor, inter: int | None, event: CodedEvent, country: str) -> int | None:
    """State forces on foreign soil are external forces, but only where they
    use force; a country named as the doer of a strike ("Russia fired
    missiles") is its armed forces."""
    sub = event.acled_sub_event_type
    home = alpha2_of(party.code)
    if inter == EXTERNAL and home and sub in _SETTLED_SUBS:
        return STATE  # troops setting up a base abroad stay their state's
    uses_force = event.acled_event_type in _FORCE_TYPES or sub in _FORCE_SUBS
    if inter != STATE or not uses_force or not country or not home:
        return inter
    armed = party.sector in ARMED_STATE or party.sector == "GOV"
    return EXTERNAL if armed and home != country else inter


def _is_source(party: Actor, event: CodedEvent) -> bool:
    """'..., police said': the party reports the event, it does not do it."""
    if party.end is None or not party.entity_text or event.acled_event_type == "Strategic developments":
        return False  # "the group announced a new leader" is the development itself
    local_end = party.end - event.sentence.start
    return bool(_SOURCE_VERB.match(event.sentence.text[local_end:]))


def _stand_in(event: CodedEvent) -> list[Actor]:
    """The coder's unnamed doer for the sub-type, when the only party it
    found turns out to be a source ("..., police said")."""
    from tidings.extract.coding.document import _IMPLICIT_ACTOR  # coding imports actors

    if not event.actor or event.acled_sub_event_type not in _IMPLICIT_ACTOR:
        return []
    sector, inter = _IMPLICIT_ACTOR[event.acled_sub_event_type]
    return [Actor(entity_text="", code=event.actor[0].code, sector=sector, acled_inter=inter)]


def _needs_named_doer(actors: list[Actor], first: int | None, event: CodedEvent) -> bool:
    """Whether the coder's doer is missing or only implied, so the parties the
    sentence names should be read instead."""
    kind = event.acled_event_type
    if not actors:
        return kind not in _TARGETED_TYPES
    if _implicit(actors[0]):
        return True
    # "residents" did not set up the camp they saw being set up
    return kind == "Strategic developments" and first in (PROTESTER, CIVILIAN, None) and (
        event.acled_sub_event_type not in ("Arrests", "Agreement"))


def _from_named_parties(
    event: CodedEvent, country: str, first: int | None, second: int | None
) -> tuple[int | None, int | None]:
    """The sentence's named parties as the doer and, where they are the two
    sides of a fight, a deal or a handover, as the second side too."""
    named = named_parties(event, doers_only=event.acled_event_type in _TARGETED_TYPES)
    if not named:
        return first, second
    sides = event.acled_event_type == "Battles" or event.acled_sub_event_type in _BETWEEN_SIDES
    if sides and len(named) > 1 and _implied(event.recipient):
        second = _typed(named[1], event, country)
    return _typed(named[0], event, country), second


def _plausible_doer(first: int | None, actors: list[Actor], event: CodedEvent) -> int | None:
    """A doer this kind of event can have."""
    sub, kind = event.acled_sub_event_type, event.acled_event_type
    if first in (PROTESTER, CIVILIAN) and (kind in _FORCE_TYPES or sub in _FORCE_SUBS):
        # ACLED's violence has an armed doer: "herders destroyed farmlands",
        # "the dissidents launched ..." are armed men the report does not name
        return unidentified_type(actors[0].entity_text if actors else "", event.sentence.text)
    if kind in _TARGETED_TYPES and (first is None or (first == STATE and sub in _INSURGENT_TACTICS)):
        # a bomb or a kidnapping with no doer named is an unnamed armed group's
        # (an insurgent's for suicide bombs and IEDs); police and soldiers in a
        # bombing report are its targets or responders
        fallback = REBEL if sub in _INSURGENT_TACTICS else UNIDENTIFIED_DEFAULT
        return unidentified_type("", event.sentence.text, fallback)
    return first


def _claimed_or_dealt_with(
    event: CodedEvent, first: int | None, second: int | None
) -> tuple[int | None, int | None]:
    """A claim nobody makes in the sentence is the named group's; a deal's
    second side is the armed group that signed it."""
    sub = event.acled_sub_event_type
    if sub == "Attribution of responsibility" and first is None:
        return _non_state_party(event), second  # a blamer named keeps the claim
    if sub == "Agreement" and second not in _NON_STATE_ARMED:
        group = _non_state_party(event)
        if group is not None and group != first:
            return first, group
    return first, second


def _non_state_party(event: CodedEvent) -> int | None:
    """The type of the first non-state armed group among the event's other
    parties or the sentence's names."""
    for party in [*event.actor[1:], *event.recipient]:
        if party.acled_inter in _NON_STATE_ARMED and party.entity_text:
            return party.acled_inter
    for party in named_parties(event):
        if party.acled_inter in _NON_STATE_ARMED:
            return party.acled_inter
    return None


def _implicit(party: Actor) -> bool:
    return not party.entity_text


def _implied(parties: list[Actor]) -> bool:
    return not parties or _implicit(parties[0])


def unidentified_type(phrase: str, sentence: str, fallback: int = UNIDENTIFIED_DEFAULT) -> int:
    """ACLED type of an unnamed armed party ("gunmen", "armed men"): what the
    phrase, then the sentence, says about them; failing that, the party's own
    type (ACLED's unidentified armed group, 3, for gunmen). Where it happened
    is not a clue: guessing a theatre's usual perpetrator would code an
    insurgency for every unclaimed killing there, which ACLED does not."""
    for text in (phrase, sentence):
        if _STATE_DISGUISE.search(text):
            return STATE
        if _GANG.search(text):
            return MILITIA
        if _COMMUNAL.search(text):
            return COMMUNAL
        named = _named_group_type(text)
        if named is not None:
            return named
        if _INSURGENT.search(text):
            return REBEL
    return fallback


def _named_group_type(text: str) -> int | None:
    """The type of an armed group the text names ("suspected to be ADF")."""
    for _, entry in known_mentions(text, load_kb()):
        if entry.kind == "group" and entry.inter in _NON_STATE_ARMED:
            return entry.inter
    return None


def named_parties(event: CodedEvent, doers_only: bool = False) -> list[Actor]:
    """Armed or crowd parties the sentence names, in reading order, victims
    of a passive ("six militants were killed") last: stand-ins for an actor
    the coder could only imply ("The FACA and the elements of UPC have been
    in combat"). `doers_only` keeps the agents of a passive ("raped by two
    soldiers") and the subjects of weapon verbs, where the other names are
    mostly targets."""
    doc = event.sentence.doc
    if doc is None or not doc.has_annotation("DEP"):
        return []
    people = document_actors(event.sentence.text)
    found: list[tuple[bool, int, Actor]] = []
    for chunk in doc.noun_chunks:
        if doers_only and not _doer_position(chunk.root):
            continue
        actor = resolve_phrase(chunk.text, people)
        if actor is None or actor.acled_inter not in _ARMED | {RIOTER}:
            continue
        if actor.sector == "GOV" and not actor.identifier_text:
            continue  # "officials", "the ministry": sources, not fighters
        victim = chunk.root.dep_ == "nsubjpass"
        found.append((victim, chunk.start, actor))
    return [actor for _, _, actor in sorted(found, key=lambda f: (f[0], f[1]))]


def _doer_position(root) -> bool:
    head = root.head
    if root.dep_ == "nsubj":
        return head.lemma_.lower() in _WEAPON_VERBS
    return root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent"


def by_sub_type(
    sub: str, event_type: str, first: int | None, second: int | None, text: str, event: CodedEvent | None = None
) -> tuple[int | None, int | None]:
    """ACLED's definitions fix some sides whatever the sentence names."""
    if sub in ("Natural disaster", "Man-made disaster"):
        return None, None
    if sub == "Peaceful protest":
        return PROTESTER, None
    if sub == "Protest with intervention":
        return PROTESTER, second if second == EXTERNAL else STATE
    if sub == "Excessive force against protesters":
        return (first if first in _ARMED else STATE), PROTESTER
    if sub == "Violent demonstration":
        return RIOTER, second if second == EXTERNAL else STATE
    if sub == "Mob violence":
        return RIOTER, RIOTER if second == RIOTER or _COMMUNITIES_FIGHT.search(text) else CIVILIAN
    if sub == "Organized crime":
        return MILITIA, CIVILIAN
    if sub == "Diplomatic event":
        return STATE, STATE
    if sub == "Arrests":
        return STATE, second if second in _NON_STATE_ARMED else CIVILIAN
    if sub == "Disrupted weapons use":
        if _INTERCEPTED.search(text):
            return STATE, EXTERNAL  # what air defences stop was fired from abroad
        return STATE, second if second in _NON_STATE_ARMED | {EXTERNAL} else REBEL
    if sub == "Government regains territory":
        return STATE, second if second in _NON_STATE_ARMED | {EXTERNAL} else REBEL
    if sub == "Non-state actor overtakes territory":
        return _territory_taken(first, second, event)
    if sub in _NO_SECOND:
        return first, None
    if sub == "Other":
        return first, second if second == CIVILIAN else None
    if sub in _CIVILIAN_VICTIMS:
        return first, CIVILIAN
    if sub == "Agreement":
        return first or STATE, _other_side(first or STATE, second, event)
    if event_type == "Battles" and (second not in _ARMED or second == first):
        return first, _opponent(first)  # battles are between armed sides, never with the dead
    if sub in _REMOTE_BETWEEN_SIDES and (second not in _ARMED or second == first):
        return first, _opponent(first)  # strikes count against the other side, even when they kill bystanders
    return first, second


def _territory_taken(first: int | None, second: int | None, event: CodedEvent | None) -> tuple[int, int]:
    """A non-state (or foreign) taker, from the state unless the report names
    another armed group as the loser."""
    taker = first if first in _NON_STATE_ARMED | {EXTERNAL} else REBEL
    named_loser = event is not None and not _implied(event.recipient)
    return taker, second if second in _NON_STATE_ARMED and named_loser else STATE


def _opponent(first: int | None) -> int:
    """The armed side facing `first` when the report names only victims: the
    state's opponent is a rebel, anyone else's (foreign forces included) is
    the state."""
    return REBEL if first == STATE else STATE


def _other_side(first: int, second: int | None, event: CodedEvent | None) -> int:
    """A deal's second party: two states of different countries make the
    second an external force to the first; a state's deal with no named
    partner is with its armed opponents."""
    if second is None or second in (CIVILIAN, PROTESTER, RIOTER):
        return _opponent(first)
    if event is not None and first == STATE and second == STATE and event.actor and event.recipient:
        if event.actor[0].code != event.recipient[0].code and alpha2_of(event.recipient[0].code):
            return EXTERNAL
    return second
