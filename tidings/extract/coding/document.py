"""The document-level pass over an article's coded events: one record per
real event, actors borrowed from context where a sentence only says "it" or
"the decision", document contexts, and the final salience."""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.extract.actors import document_actors, resolve_phrase
from tidings.extract.actors.kb import ActorEntry, load_kb
from tidings.extract.actors.phrase import to_actor
from tidings.extract.coding.acled import (
    DISASTERS,
    LABEL_TO_PLOVER,
    SHORT_TEXT,
    classifier_ranking,
    deadly_nature,
    split_label,
)
from tidings.extract.coding.lexicon import SPEECH_VERBS
from tidings.extract.coding.roles import attribution, phrase_bounds, responds
from tidings.extract.context import ArticleContext, CodedEvent
from tidings.records import Actor, Span

LEAD_SENTENCES = 3  # the headline and the first sentences report the same story
_CASUALTIES = re.compile(r"\b(killed|dead|deaths?|died|injured|wounded|casualties|fatalities)\b", re.I)
_BACK_REFERENCE = re.compile(
    r"^\s*(the|this|that)\s+(decision|move|order|step|measure|plan|call|request|statement|remarks?)\b",
    re.I,
)

# Document contexts (PLOVER context codes) and the words that signal them.
CONTEXTS: dict[str, re.Pattern[str]] = {
    "economic": re.compile(
        r"\b(price|prices|fuel|inflation|wages?|cost of living|tax(es)?|economic|subsid|unemployment|salar)",
        re.I,
    ),
    "election": re.compile(r"\b(election|ballot|polls?|vote|voting|campaign|candidate)s?\b", re.I),
    "human_rights": re.compile(r"\bhuman rights\b", re.I),
    "peacekeeping": re.compile(r"\bpeace-?keep", re.I),
    "terrorism": re.compile(r"\b(terroris[tm]|anti-terror|jihadis)", re.I),
    "corruption": re.compile(r"\b(corrupt|bribe|embezzl)", re.I),
    "migration": re.compile(r"\b(refugees?|migrants?|displaced|asylum)\b", re.I),
    "health": re.compile(r"\b(covid|pandemic|epidemic|vaccin|ebola|cholera|outbreak of)\b", re.I),
    "environment": re.compile(r"\b(climate|pollution|environmental)\b", re.I),
}
# Which categories a context may be attached to (None: any).
_CONTEXT_CATEGORIES: dict[str, set[str] | None] = {
    "economic": {"PROTEST", "REQUEST", "ACCUSE", "CONCEDE", "SANCTION", "AGREE", "COOPERATE", "AID"},
    "election": None,
    "human_rights": {"ACCUSE", "REQUEST", "COERCE", "ASSAULT"},
    "peacekeeping": {"AID", "RETREAT", "MOBILIZE", "REQUEST", "SUPPORT"},
    "terrorism": None,
    "corruption": None,
    "migration": None,
    "health": None,
    "environment": {"PROTEST", "AGREE", "REQUEST"},
}
DOC_CONTEXT_MIN = 2  # mentions in the article for a context to apply beyond its sentence


FALLBACK_MIN_PROB = 0.4  # classifier confidence needed to report an event the lexicon missed
SHORT_NOTE_MIN_PROB = 0.15  # ... in a short note with an event word
FALLBACK_SURE = 0.5  # ... in a short note without one


def resolve_document(coded: list[CodedEvent], ctx: ArticleContext) -> list[CodedEvent]:
    """Coded events of one article, repeats removed and actors completed."""
    if not coded:
        fallback = _classifier_fallback(ctx)
        if fallback is None:
            return []
        _acled_view(fallback, ctx)  # a classifier reading needs implicit parties as much as any
        return [fallback]
    coded = sorted(coded, key=lambda c: (c.sentence.sequence, c.trigger.start))
    _borrow_actors(coded)
    _fill_defaults(coded, ctx)
    _requested_help(coded)
    _disaster_relief(coded, ctx)
    kept = _deduplicate(coded)
    for event in kept:
        _acled_view(event, ctx)
    _add_contexts(kept, ctx)
    for event in kept:
        event.salience = _final_salience(event)
    _arrests_follow(kept)
    return kept


def _arrests_follow(events: list[CodedEvent]) -> None:
    """Arrests told after an attack or a protest of an earlier sentence are
    its outcome, not the news ('police removed protesters ... Several were
    detained'): they rank just below it."""
    for event in events:
        if event.event != "COERCE" or event.mode != "arrest" or event.modality != "asserted":
            continue
        causes = [
            e.salience
            for e in events
            if e.event in ("ASSAULT", "PROTEST") and e.modality == "asserted"
            and e.sentence.sequence < event.sentence.sequence
        ]
        if causes:
            event.salience = min(event.salience, max(causes) - 0.01)


def _borrow_actors(coded: list[CodedEvent]) -> None:
    """'it said', 'they withdrew', 'the decision drew criticism': take the
    actor from the last earlier event that named one."""
    last_actors: list[Actor] = []
    before_sentence: list[Actor] = []  # the last actors of earlier sentences
    sequence = -1
    for event in coded:
        if event.sentence.sequence != sequence:
            sequence, before_sentence = event.sentence.sequence, last_actors
        if not event.actor and event.extra.get("pronoun_actor") and last_actors:
            event.actor = list(last_actors)
        if not event.recipient and _BACK_REFERENCE.match(event.sentence.text) and before_sentence:
            if event.event in ("ACCUSE", "SUPPORT", "REJECT", "REQUEST"):
                event.recipient = list(before_sentence)
        if event.actor and any(a.identifier_text or a.code for a in event.actor):
            last_actors = event.actor


def _fill_defaults(coded: list[CodedEvent], ctx: ArticleContext) -> None:
    """Protests without a named crowd are the focus country's protesters,
    and they protest against its government."""
    focus = document_actors(ctx.text).focus_country
    if not focus:
        return
    country = load_kb().countries.get(focus)
    name = country.name if country else focus
    for event in coded:
        if event.event != "PROTEST":
            continue
        riot = event.mode == "riot"
        if not event.actor:
            entry = ActorEntry("", focus, "CVL", "generic")
            event.actor = [to_actor("rioters" if riot else "protesters", entry, inter=5 if riot else 6)]
        if not event.recipient:
            entry = ActorEntry(name, focus, "GOV", "country")
            event.recipient = [to_actor(f"government of {name}", entry, inter=1)]


def _requested_help(coded: list[CodedEvent]) -> None:
    """Forces sent by the one a government asked for help are aid to that
    government, not a show of force ("asked the CSTO for help" ... "CSTO
    soldiers deployed")."""
    requests = [e for e in coded if e.event == "REQUEST" and e.mode == "assist" and e.recipient]
    for event in coded:
        if event.event != "MOBILIZE" or not event.actor:
            continue
        for request in requests:
            helpers = {a.code for a in request.recipient if a.code}
            if helpers & {a.code for a in event.actor}:
                event.event, event.mode = "AID", ""
                event.extra["base_event"] = "AID"
                event.recipient = [_government_of(a) for a in request.actor] or event.recipient
                break


_FOES = frozenset({"REB", "UAF", "CRM", "PRM"})


def _disaster_relief(coded: list[CodedEvent], ctx: ArticleContext) -> None:
    """Forces sent in a story about a flood, quake or landslide are relief
    (PLOVER: mobilised for disaster relief is AID), unless the sentence names
    someone armed to face: "the army sent soldiers and divers to the site"."""
    lead = " ".join(s.text for s in ctx.sentences[:LEAD_SENTENCES])
    if not deadly_nature(lead):
        return
    for event in coded:
        if event.event != "MOBILIZE" or event.modality != "asserted":
            continue
        if any(a.sector in _FOES or a.acled_inter in (2, 3, 4, 5) for a in event.actor + event.recipient):
            continue
        event.event, event.mode = "AID", ""
        event.extra["base_event"] = "AID"


def _government_of(actor: Actor) -> Actor:
    return Actor(
        entity_text=actor.entity_text,
        code=actor.code,
        sector="GOV",
        identifier_id=actor.identifier_id,
        identifier_text=actor.identifier_text,
        start=actor.start,
        end=actor.end,
        acled_inter=actor.acled_inter,
    )


def _deduplicate(coded: list[CodedEvent]) -> list[CodedEvent]:
    kept: list[CodedEvent] = []
    for event in coded:
        twin = next((k for k in kept if _same_event(k, event)), None)
        if twin is None:
            kept.append(event)
        else:
            kept[kept.index(twin)] = _merge(twin, event)
    return kept


def _kind(event: CodedEvent) -> str:
    return event.extra.get("base_event", event.event)


def _same_event(a: CodedEvent, b: CodedEvent) -> bool:
    if _kind(a) != _kind(b) and a.event != b.event:
        return False
    if a.mode and b.mode and a.mode != b.mode and _kind(a) not in ("PROTEST", "ASSAULT"):
        return False
    if a.mode and b.mode and (a.mode == "crowd-control") != (b.mode == "crowd-control") and "ASSAULT" in (a.event, b.event):
        # tear gas on a crowd and a bombing are two acts, whatever else they
        # share; a bare toll ('left 164 dead') names no act and may be either's
        return False
    if a.sentence.sequence == b.sentence.sequence:
        return False  # one sentence's events were merged already
    in_lead = a.sentence.sequence < LEAD_SENTENCES and b.sentence.sequence < LEAD_SENTENCES
    if in_lead:
        return True
    return _compatible_actors(a.actor, b.actor) and _compatible_actors(a.recipient, b.recipient)


def _compatible_actors(left: list[Actor], right: list[Actor]) -> bool:
    if not left or not right:
        return True
    codes_left = {a.code for a in left if a.code}
    codes_right = {a.code for a in right if a.code}
    return not codes_left or not codes_right or bool(codes_left & codes_right)


def _specificity(actors: list[Actor]) -> int:
    if not actors:
        return 0
    named = sum(1 for a in actors if a.identifier_text)
    return 1 + 2 * named + (1 if any(a.code in ("IGO", "UNO", "EUR") for a in actors) else 0)


def _merge(first: CodedEvent, second: CodedEvent) -> CodedEvent:
    """Keep the asserted, most salient mention; give it the best actors."""

    def rank(e: CodedEvent) -> tuple:
        return (e.modality == "asserted", e.salience)

    keep, drop = (first, second) if rank(first) >= rank(second) else (second, first)
    if _specificity(drop.actor) > _specificity(keep.actor):
        keep.actor = drop.actor
    if _specificity(drop.recipient) > _specificity(keep.recipient):
        keep.recipient = drop.recipient
    keep.mode = keep.mode or drop.mode
    keep.salience = max(keep.salience, drop.salience)
    keep.extra.setdefault("mentions", []).append(drop.trigger)
    if drop.acled_sub_event_type and not keep.acled_sub_event_type:
        keep.acled_event_type = drop.acled_event_type
        keep.acled_sub_event_type = drop.acled_sub_event_type
    return keep


def _add_contexts(events: list[CodedEvent], ctx: ArticleContext) -> None:
    counts = {name: len(pattern.findall(ctx.text)) for name, pattern in CONTEXTS.items()}
    for event in events:
        for name, pattern in CONTEXTS.items():
            allowed = _CONTEXT_CATEGORIES[name]
            if (allowed is not None and event.event not in allowed) or name in event.context:
                continue
            if pattern.search(event.sentence.text) or counts[name] >= DOC_CONTEXT_MIN:
                event.context.append(name)
        if event.event == "ASSAULT" and any(a.sector == "MIL" for a in event.actor):
            if "military" not in event.context:
                event.context.append("military")


def _final_salience(event: CodedEvent) -> float:
    score = event.salience
    deadly = event.event in ("ASSAULT", "PROTEST", "COERCE") or event.acled_sub_event_type in DISASTERS
    if _CASUALTIES.search(event.sentence.text) and deadly:
        score += 0.15
    score += 0.03 * min(len(event.extra.get("mentions", [])), 3)
    if any(a.identifier_text for a in event.actor):
        score += 0.05
    if event.event and event.event in _ACLED_CATEGORIES.get(event.acled_sub_event_type or "", ()):
        score += 0.1  # the event the ACLED reading is about, not one told on the way
    return round(score, 3)


_TERRITORY = ("ASSAULT", "COERCE")
# PLOVER categories that can carry each ACLED sub-type ("seized the town" is
# a coercion in PLOVER and a takeover in ACLED).
_ACLED_CATEGORIES: dict[str, tuple[str, ...]] = {
    **{sub: (cat,) for sub, (cat, _) in LABEL_TO_PLOVER.items() if cat},
    "Government regains territory": _TERRITORY,
    "Non-state actor overtakes territory": _TERRITORY,
    "Abduction/forced disappearance": _TERRITORY,
    "Looting/property destruction": _TERRITORY,
    "Mob violence": ("ASSAULT", "PROTEST"),
}


_CUE = re.compile(
    r"\b(earthquake|quake|floods?|floodwaters|landslides?|cyclone|hurricane|typhoon|wildfires?|"
    r"storm|snowfall|drought|mudflow|explosion|blast|crash(ed)?|collapsed?|fire|blaze|robbed|"
    r"gang|cartel|base|camp|outpost|cache|defused|intercepted|took|taken|retook|reoccupied|"
    r"dislodged|control|handover|handed|dissolv\w*|replaced|appointed|named|behind|blame|"
    r"responsib\w*|raped|sexual|grenade|chemical|sarin|chlorine|jets?|drones?|shells?|"
    r"artillery|missiles?|bombs?|device|protest\w*|gathering|sit-in|march|rally|stones|"
    r"barricades|torch\w*|lynch\w*|combats?|confrontation|fighting|clash\w*|sit-in|strike|"
    r"declares?|war|sabotag\w*|submerged|buried|responsible|chased|relocated|set up|killings?)\b",
    re.I,
)


def _classifier_fallback(ctx: ArticleContext) -> CodedEvent | None:
    """A report the trigger lexicon found nothing in, read by the ACLED
    classifier: when it is confident, one event labelled with its class."""
    if not ctx.sentences:
        return None
    head = ctx.sentences[:2]
    text = " ".join(s.text for s in head)
    short = len(ctx.text) <= SHORT_TEXT
    ranked = classifier_ranking(ctx.text if short else text)
    if not ranked:
        return None
    label, prob = ranked[0]
    sentence = next((s for s in head if _CUE.search(s.text)), None)
    # A long article needs an event word in its lead and a sure classifier; a
    # short note (an event report by design) needs one or the other.
    if short:
        if prob < SHORT_NOTE_MIN_PROB or (sentence is None and prob < FALLBACK_SURE):
            return None
    elif sentence is None or prob < FALLBACK_MIN_PROB:
        return None
    event_type, sub = split_label(label)
    category, mode = LABEL_TO_PLOVER.get(sub, ("", ""))
    sentence = sentence or head[0]
    actors = _lead_actor(sentence, ctx, violent=category == "ASSAULT")
    cue = _CUE.search(sentence.text)
    trigger = sentence.char_span(cue.start(), cue.end()) if cue else _root_span(sentence)
    return CodedEvent(
        sentence=sentence,
        event=category,
        trigger=trigger,
        mode=mode,
        confidence=round(0.6 * prob, 3),
        actor=actors,
        acled_event_type=event_type,
        acled_sub_event_type=sub,
        salience=0.3,
        extra={"base_event": category, "lemma": trigger.text.lower(), "fallback": label},
    )


def _root_span(sentence) -> "Span":
    """The main verb of a parsed sentence, else the whole sentence."""
    doc = sentence.doc
    if doc is not None:
        for token in doc:
            if token.dep_ == "ROOT":
                return sentence.span(token)
    return sentence.char_span(0, len(sentence.text))


def _lead_actor(sentence, ctx: ArticleContext, violent: bool = False) -> list[Actor]:
    """The subject of the sentence's main verb (parsing the sentence now if
    the first pass skipped it: one sentence, only for reports with no
    trigger word). For violence, none when that verb answers the event
    ("Police responded to a shooting": the police did not shoot)."""
    if sentence.doc is None:
        from tidings.extract.nlp import load_nlp

        sentence.doc = load_nlp()(sentence.text)
    doc = sentence.doc
    people = document_actors(ctx.text)
    for token in doc:
        if token.dep_ == "ROOT":
            reported = [c for c in token.children if c.dep_ == "ccomp"]
            if token.lemma_.lower() in SPEECH_VERBS and reported:
                token = reported[0]  # "X did Y, a UN report said": X
            if violent and responds(token):
                return []
            for child in token.children:
                if child.dep_ in ("nsubj",):
                    start, end = child.left_edge.i, child.i + 1
                    span = doc[start:end]
                    ref = sentence.span(span)
                    actor = resolve_phrase(span.text, people, start=ref.start, end=ref.end)
                    return [actor] if actor is not None else []
    return []


# Who acts when a report names no one, by ACLED sub-type: the usual author of
# such an event (an air strike needs an air force, an IED an armed group).
_IMPLICIT_ACTOR: dict[str, tuple[str, int]] = {
    "Air/drone strike": ("MIL", 1),
    "Shelling/artillery/missile attack": ("MIL", 1),
    "Chemical weapon": ("MIL", 1),
    "Arrests": ("COP", 1),
    "Disrupted weapons use": ("MIL", 1),
    "Government regains territory": ("MIL", 1),
    "Remote explosive/landmine/IED": ("UAF", 2),
    "Suicide bomb": ("UAF", 2),
    "Grenade": ("UAF", 3),
    "Attack": ("UAF", 3),
    "Abduction/forced disappearance": ("UAF", 3),
    "Sexual violence": ("UAF", 3),
    "Armed clash": ("UAF", 2),
    "Non-state actor overtakes territory": ("REB", 2),
    "Looting/property destruction": ("UAF", 2),
    "Headquarters or base established": ("REB", 2),
    "Mob violence": ("CVL", 5),
    "Violent demonstration": ("CVL", 5),
    "Peaceful protest": ("CVL", 6),
    "Protest with intervention": ("CVL", 6),
    "Excessive force against protesters": ("COP", 1),
    "Organized crime": ("CRM", 3),
}


_VEHICLE = re.compile(r"\b(vehicle|convoy|truck|car|bus|patrol|tractor|motorcycle|minibus|lorry|train)s?\b", re.I)
_VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}
_STATE_TARGET = re.compile(
    r"\b(soldiers?|troops?|army|police\w*|checkpoint|military|gendarm\w*|officers?|"
    r"security forces|patrol|convoy|camp|base|barracks|outpost|position)\b", re.I)
_ARMED_TARGET = re.compile(r"\b(rebels?|militants?|insurgents?|fighters?|jihadists?|gunmen|militia\w*)\b", re.I)


# Parties that only suffer in a sentence ("civilians", "people") never stand
# in for an unnamed attacker.
_AGENT_INTERS = frozenset({1, 2, 3, 4, 5, 8})
# Sub-types whose doer is not the violent party a sentence names: crowds, and
# those who stop or answer violence ("IEDs planted by Maoists" were defused).
_CROWD_EVENTS = frozenset({"Peaceful protest", "Protest with intervention", "Mob violence",
                           "Violent demonstration", "Disrupted weapons use", "Arrests",
                           "Government regains territory", "Excessive force against protesters"})


def _agent_in_sentence(event: CodedEvent, ctx: ArticleContext) -> Actor | None:
    """An armed party the report names as a doer somewhere other than at the
    trigger ("a grenade thrown by unidentified men", "the dissidents have
    launched ..."): the subject of an active verb or the object of "by", in
    the event's sentence or, failing that, the one just before it ("X and Y
    exchanged fire. Three were killed.")."""
    taken = {(r.start, r.end) for r in event.recipient}
    people = document_actors(ctx.text)
    before = [s for s in ctx.sentences if s.sequence == event.sentence.sequence - 1]
    for sentence in [event.sentence, *before]:
        if sentence.doc is None:
            continue
        for token in sentence.doc:
            if not _is_agent_position(token):
                continue
            start, end = phrase_bounds(token)
            ref = sentence.span(sentence.doc[start:end])
            if (ref.start, ref.end) in taken:
                continue
            actor = resolve_phrase(ref.text, people, start=ref.start, end=ref.end)
            if actor is not None and actor.acled_inter in _AGENT_INTERS:
                return actor
    return None


def _is_agent_position(token) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.dep_ == "nsubj":  # only doers of violence: not "police said", "soldiers died"
        return token.head.lemma_.lower() in _ATTACK_VERBS and not attribution(token)
    by = token.head
    return (  # "planted by Maoists", not "neutralised by the guards"
        token.dep_ == "pobj" and by.lower_ == "by" and by.head.lemma_.lower() in _ATTACK_VERBS
    )


_ATTACK_VERBS = frozenset(
    "launch throw hurl lob plant detonate fire shoot attack storm raid ambush shell bomb "
    "kill kidnap abduct rape loot burn seize capture overrun engage fight clash "
    "install establish occupy torch destroy commit take pick detain arrest trade exchange".split()
)


def _implicit_target(event: CodedEvent, focus: str) -> Actor:
    """Whom an attack that names no victim hit: a crowd for force against
    protesters, civilians for violence against civilians, otherwise what the
    sentence says besides the attacker (forces, fighters, or civilians)."""
    sub = event.acled_sub_event_type
    if sub == "Excessive force against protesters" or event.acled_event_type == "Protests":
        return _crowd(focus)
    text = event.sentence.text
    for actor in event.actor:  # the attacker's own words say nothing of the target
        if actor.start is not None and actor.entity_text:
            text = text.replace(actor.entity_text, " ")
    attacker = event.actor[0].acled_inter if event.actor else None
    if event.acled_event_type == "Battles" or sub in _TWO_ARMED_SIDES:
        # fighting, handovers, deals and foiled attacks are between armed sides:
        # the state's opponent is a rebel, anyone else's is the state
        # external forces fight rebels, but hand places over to (or deal with) the state
        fights = event.acled_event_type == "Battles"
        if attacker == 1 or (attacker == 8 and fights) or (attacker is None and sub == "Government regains territory"):
            return Actor(entity_text="", code=focus, sector="REB", acled_inter=2)
        return Actor(entity_text="", code=focus, sector="MIL", acled_inter=1)
    text = _SOURCE.sub(" ", text)  # "police said" names a source, not a target
    if event.acled_event_type != "Violence against civilians":
        if _STATE_TARGET.search(text) and attacker != 1:
            return Actor(entity_text="", code=focus, sector="MIL", acled_inter=1)
        if _ARMED_TARGET.search(text) and attacker != 2:
            return Actor(entity_text="", code=focus, sector="REB", acled_inter=2)
    return Actor(entity_text="", code=focus, sector="CVL", acled_inter=7)


def _crowd(focus: str) -> Actor:
    """The protesters a report implies but does not name."""
    return Actor(entity_text="", code=focus, sector="CVL", acled_inter=6)


def _acled_view(event: CodedEvent, ctx: ArticleContext) -> None:
    """Make the actors agree with the ACLED reading of the event: a protest
    broken up by police is the protesters' event; a crowd that burns and
    stones is rioters; a report that names no one gets an implicit actor."""
    sub = event.acled_sub_event_type
    focus = document_actors(ctx.text).focus_country
    if sub in ("Peaceful protest", "Protest with intervention") and _crowd_reading(event):
        crowd = [a for a in event.recipient if a.acled_inter in (5, 6) or a.sector == "CVL"]
        event.actor, event.recipient = crowd or [_crowd(focus)], event.actor
        event.event, event.mode = "PROTEST", "demo"
    if event.event == "PROTEST" and event.mode != "riot":
        state = [a for a in event.actor if a.sector in ("COP", "MIL") and not a.identifier_text]
        if state:  # "police break up opposition march": the police intervened
            event.actor = [a for a in event.actor if a not in state] or [_crowd(focus)]
            event.recipient = state + [r for r in event.recipient if r.sector != "GOV"]
        for actor in event.actor:
            if actor.acled_inter in (7, None) and actor.sector in ("CVL", "LAB", "EDU", "OPP", "BUS", "MED", "JRN", "REF", "AGR"):
                actor.acled_inter = 6  # whoever marches is a protester to ACLED
    if sub in ("Remote explosive/landmine/IED",) and event.actor and all(
        _VEHICLE.search(a.entity_text) for a in event.actor
    ):  # "a convoy hit a roadside bomb": the convoy is the target
        event.recipient, event.actor = event.actor, []
        for target in event.recipient:
            target.acled_inter = 1 if target.sector in ("MIL", "COP") else target.acled_inter
    if event.acled_event_type in _ARMED_VIOLENCE and event.actor and all(
        _bystander(a) for a in event.actor
    ):  # "two people died", "the population fled": victims and witnesses attack no one
        event.actor = []
    if event.acled_event_type == "Riots" and event.actor and all(
        a.sector in ("COP", "MIL") and a.acled_inter in (1, 8) for a in event.actor
    ):  # "... the police dispersed the crowd": the riot is the crowd's event
        state, event.actor = event.actor, [Actor(entity_text="", code=focus, sector="CVL", acled_inter=5)]
        event.recipient = state if sub == "Violent demonstration" else []
    if event.acled_event_type == "Riots":
        for actor in event.actor:
            if actor.sector in ("CVL", "EDU", "LAB", "OPP") or actor.acled_inter in (6, 7):
                actor.acled_inter = 5
    if not event.actor and sub in _IMPLICIT_ACTOR and event.event:
        named = _agent_in_sentence(event, ctx) if sub not in _CROWD_EVENTS else None
        if named is not None:
            event.actor = [named]
        else:
            sector, inter = _IMPLICIT_ACTOR[sub]
            if event.event in ("ASSAULT", "COERCE") and inter in (5, 6):
                sector, inter = "COP", 1  # "five protesters were detained": by the police
            event.actor = [Actor(entity_text="", code=focus, sector=sector, acled_inter=inter)]
            event.extra["implicit_actor"] = True
    if not event.actor and sub and sub not in _NO_PARTIES:  # a claim, a new commander: the sentence's subject did it
        event.actor = [a for a in _lead_actor(event.sentence, ctx) if a.acled_inter is not None]
    two_sided = event.event == "ASSAULT" or sub in ("Agreement", "Armed clash")
    if two_sided and not event.recipient and len(event.actor) > 1:
        first = event.actor[0]
        other = [a for a in event.actor[1:] if (a.acled_inter, a.code) != (first.acled_inter, first.code)]
        if other:  # two sides of a fight: the second side is the recipient
            event.actor = [a for a in event.actor if a not in other]
            event.recipient = other
    targeted = event.acled_event_type in _VIOLENT or sub in _TARGETED_DEVELOPMENTS
    if not event.recipient and targeted and event.event:
        event.recipient = [_implicit_target(event, focus)]
        event.extra["implicit_recipient"] = True
    event.recipient = _acled_second_party(sub, event.recipient)


# Modes of what the state does to a crowd: PLOVER codes the arrest or the
# tear gas itself (COERCE arrest, ASSAULT crowd-control), whatever ACLED
# files the day under; the protest is its own record.
_STATE_ON_CROWD_MODES = frozenset({"arrest", "crowd-control"})
_STATE_SECTORS = frozenset({"COP", "MIL", "GOV", "JUD", "SPY", "PRM"})


def _crowd_reading(event: CodedEvent) -> bool:
    """Whether a coercion or assault the ACLED reading calls a protest is
    really the crowd's own act, misread by a trigger ("protesters blocked
    the road" read as a blockade): not when the state acts on the crowd."""
    if event.event not in ("ASSAULT", "COERCE") or event.mode in _STATE_ON_CROWD_MODES:
        return False
    return not any(a.sector in _STATE_SECTORS or a.acled_inter in (1, 8) for a in event.actor)


_NO_PARTIES = frozenset({"Natural disaster", "Man-made disaster"})
_ARMED_VIOLENCE = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_BYSTANDER_SECTORS = frozenset({"CVL", "NGO", "MED", "JRN", "REF", "EDU", "LAB", "BUS", "REL"})


def _bystander(actor: Actor) -> bool:
    """Unarmed people named as a subject: victims, witnesses or reporters."""
    return actor.acled_inter in (7, None) and actor.sector in _BYSTANDER_SECTORS and not actor.identifier_text


# Strategic developments that have someone on the receiving end.
_TWO_ARMED_SIDES = frozenset({"Non-violent transfer of territory", "Disrupted weapons use", "Agreement"})
_TARGETED_DEVELOPMENTS = frozenset({"Arrests", "Looting/property destruction"}) | _TWO_ARMED_SIDES
_SOURCE = re.compile(
    r"\b(?:the\s+)?(?:police|army|military|officers?|officials?|authorities|soldiers?|troops)\s+"
    r"(?:said|says|say|told|reported|confirmed|announced|stated)\b", re.I)
# ACLED's second actor follows from some sub-types whatever the sentence
# names: violence against civilians has civilian victims, lethal force against
# protesters has protesters, and some events have no second side at all (a
# peaceful march, a base set up, a claim). The PLOVER recipient is kept; only
# its ACLED actor type changes.
_SECOND_PARTY_INTER: dict[str, int | None] = {
    "Attack": 7,
    "Sexual violence": 7,
    "Abduction/forced disappearance": 7,
    "Looting/property destruction": 7,
    "Excessive force against protesters": 6,
    "Peaceful protest": None,
    "Change to group/activity": None,
    "Headquarters or base established": None,
    "Attribution of responsibility": None,
    "Natural disaster": None,
    "Man-made disaster": None,
}


def _acled_second_party(sub: str | None, recipients: list[Actor]) -> list[Actor]:
    if not recipients or sub not in _SECOND_PARTY_INTER:
        return recipients
    inter = _SECOND_PARTY_INTER[sub]
    first = replace(recipients[0], acled_inter=inter)
    return [first, *recipients[1:]]
