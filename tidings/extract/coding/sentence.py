"""Coding one parsed sentence: its events, who did them to whom, and how
certain the text is that they happened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.extract import taxonomy
from tidings.extract.actors import document_actors, resolve_phrase
from tidings.extract.actors.document import DocumentActors
from tidings.extract.actors.phrase import named_victim
from tidings.extract.coding.acled import DISASTERS, LABEL_TO_PLOVER, armed, classify_event, compatible
from tidings.extract.coding.lexicon import SPEECH_VERBS, VERBS
from tidings.extract.coding.modality import modality
from tidings.extract.coding.roles import is_pronoun, noun_roles, phrase_bounds, side_clause, verb_roles
from tidings.extract.coding.triggers import Found, find_triggers
from tidings.extract.context import ArticleContext, CodedEvent, Sentence
from tidings.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Token

# Categories whose verb takes another event as its content: the embedded
# trigger refines the mode instead of making a second event
# ("threatened to shell" is one THREATEN, "agreed to withdraw" one AGREE).
GOVERNING = frozenset({"AGREE", "REQUEST", "THREATEN", "REJECT", "ACCUSE", "CONCEDE", "SUPPORT"})
GOVERNING_LEMMAS = frozenset({"order", "authorize", "authorise", "deny", "send", "dispatch", "prevent", "prohibit", "ban"})
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "dobj", "pobj", "prep", "pcomp", "advcl", "acl", "relcl", "nsubjpass", "conj"})
MAX_EMBED = 3

_REQUEST_MODES = {
    "RETREAT": "yield", "CONCEDE": "yield", "CONSULT": "meet", "AGREE": "meet",
    "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
}  # fmt: skip
_THREAT_MODES = {"ASSAULT": "violence", "SANCTION": "relations", "COERCE": "restrict", "MOBILIZE": "violence"}
_VOWING = frozenset("vow swear pledge promise ready prepared determined willing".split())
_PERSONAL = frozenset("he she it they we".split())
VERB_CATEGORY = {lemma: entries[0].category for lemma, entries in VERBS.items()}
_HELP_WORDS = frozenset("help aid assistance support troops protection reinforcements".split())

# Future cooperation is a promise, AGREE (as CAMEO's "express intent to"
# codes map in CAMEO2PLOVER); future force or coercion is a THREATEN; a
# refused cooperation is a REJECT.
_INTENT_RECODE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                  "RETREAT": "AGREE", "CONCEDE": "AGREE"}  # fmt: skip
_THREAT_RECODE = {"ASSAULT": "violence", "COERCE": "restrict", "SANCTION": "relations",
                  "MOBILIZE": "violence", "PROTEST": "restrict"}  # fmt: skip
_NEGATED_RECODE = {"AGREE": "", "SUPPORT": "", "CONSULT": "meet", "COOPERATE": "assist", "AID": "assist",
                   "CONCEDE": "yield", "RETREAT": "yield"}  # fmt: skip

_POSITION = {0: 0.9, 1: 0.5, 2: 0.3, 3: 0.2, 4: 0.1}
BASE_SALIENCE = {
    "ASSAULT": 0.9, "PROTEST": 0.8, "COERCE": 0.7, "RETREAT": 0.6, "MOBILIZE": 0.55,
    "SANCTION": 0.55, "AID": 0.5, "REQUEST": 0.5, "THREATEN": 0.5, "AGREE": 0.45,
    "COOPERATE": 0.45, "ACCUSE": 0.4, "REJECT": 0.4, "CONSULT": 0.4, "CONCEDE": 0.4,
    "SUPPORT": 0.35,
}  # fmt: skip


def code_sentence(sentence: Sentence, ctx: ArticleContext) -> list[CodedEvent]:
    """The events a parsed sentence reports (empty when it reports none)."""
    doc = sentence.doc
    if doc is None:
        return []
    found = find_triggers(doc)
    if not found:
        return []
    people = document_actors(ctx.text)
    kept, absorbed = _govern(found)
    events = []
    for item in kept:
        event = _code(item, absorbed.get(item.token.i, []), sentence, ctx, people)
        if event is not None:
            events.append(event)
    return _merge_within(events)


def _govern(found: list[Found]) -> tuple[list[Found], dict[int, list[Found]]]:
    """Split triggers into events and contents of a governing trigger."""
    by_index = {f.token.i: f for f in found}
    absorbed: dict[int, list[Found]] = {}
    kept = []
    for item in found:
        governor = _governor(item, by_index)
        if governor is not None:
            absorbed.setdefault(governor.token.i, []).append(item)
        else:
            kept.append(item)
    # "denied firing on": the denial is no event of its own, the firing is negated
    denial_ids = {i for i, f in by_index.items() if f.trigger.lemma == "deny" and i in absorbed}
    for i in denial_ids:
        kept = [f for f in kept if f.token.i != i]
        for inner in absorbed.pop(i):
            inner.negated = True
            kept.append(inner)
    return kept, absorbed


def _governor(item: Found, by_index: dict[int, Found]) -> Found | None:
    token = item.holder or item.token
    for _ in range(MAX_EMBED):
        if token.dep_ not in _EMBED_DEPS or token.head is token or side_clause(token):
            return None
        if token.dep_ == "conj":
            if token.head.i in by_index:
                return None  # coordinated events are events of their own
            token = token.head
            continue
        child, token = token, token.head
        governor = by_index.get(token.i)
        if governor is None or governor is item:
            continue
        if governor.trigger.category in GOVERNING or governor.trigger.lemma in GOVERNING_LEMMAS:
            return governor
        if child is (item.holder or item.token) and child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN"):
            return governor  # "lifted the curfew", "halted aid": one event
        return None
    return None


# Aid triggers read with their object or purpose checked (`triggers._refine_verb`):
# the classifier may refine them, not turn them into violence.
_CHECKED_AID = frozenset("send dispatch deploy mobilize mobilise distribute give provide supply deliver".split())


def _code(
    item: Found, contents: list[Found], sentence: Sentence, ctx: ArticleContext, people: DocumentActors
) -> CodedEvent | None:
    token = item.token
    category, mode = item.trigger.category, item.trigger.mode
    category, mode = _refine_by_content(item, contents, category, mode)
    if item.trigger.lemma in ("must", "play role"):  # the speaker demands or praises
        actor_heads, recipient_heads = _speaker(token), [c for c in token.children if c.dep_ == "nsubj"]
        if item.trigger.lemma == "play role" and not actor_heads:
            return None  # "X played a key role" in the reporter's voice praises no one
    elif token.pos_ in ("NOUN", "PROPN") and item.first == item.last:
        actor_heads, recipient_heads = noun_roles(item.holder or token, category, item.via_light)
    elif token.pos_ == "ADJ":  # "X is ready to ..."
        actor_heads = [c for c in token.head.children if c.dep_ == "nsubj"]
        recipient_heads = []
    else:
        actor_heads, recipient_heads = verb_roles(_verb_of(item), category)
    speaker = _speaker(token)
    actors = _resolve_all(actor_heads, sentence, people, speaker)
    recipients = _resolve_all(recipient_heads, sentence, people)
    if not recipients:
        recipients = (
            _content_recipients(contents, sentence, people)
            or _complement_recipients(item, category, sentence, people)
            or _place_recipients(_verb_of(item), category, sentence, people)
        )
    if category == "ASSAULT" and not recipients:
        recipients = _named_victims(recipient_heads, sentence, people)
    if category == "CONSULT" and mode != "visit" and recipients:
        actors, recipients = actors + [r for r in recipients if not _duplicate(r, actors)], []
    category, mode = _refine_by_actors(item, category, mode, actors, recipients)
    if category is None:
        return None
    if item.trigger.lemma in ("order", "authorize", "authorise") and category == "THREATEN":
        recipients = _threatened(contents, sentence, people)
    status = "negated" if item.negated else modality(_verb_of(item))
    base = category
    category, mode, status = _recode(category, mode, status)
    trigger_span = sentence.char_span(
        token.doc[item.first].idx, token.doc[item.last].idx + len(token.doc[item.last].text)
    )
    # "ordered them to shoot" is an order whatever the shooting was; aid is
    # checked by its object or purpose, and helicopters sent to search for
    # survivors are no air strike whatever the words near them suggest
    firm = bool(contents) or (category == "AID" and item.trigger.lemma in _CHECKED_AID)
    acled = classify_event(
        category, mode, sentence.text, actors, recipients, item.trigger.lemma, document=ctx.text, firm=firm
    )
    if acled.sub_event_type in DISASTERS and category == "ASSAULT" and not armed(actors):
        # "an earthquake killed 150", "days of rain in Brazil killed nine": no one attacked anyone
        category, mode, actors = "", "", []
    elif not compatible(category, acled.event_type) and acled.sub_event_type in LABEL_TO_PLOVER:
        category, mode = LABEL_TO_PLOVER[acled.sub_event_type]  # the classifier overruled the word
        base = category
    event = CodedEvent(
        sentence=sentence,
        event=category,
        trigger=trigger_span,
        mode=mode if mode in taxonomy.MODES.get(category, ()) else "",
        modality=status,
        confidence=_confidence(item, actors, acled.confidence),
        actor=actors,
        recipient=recipients,
        acled_event_type=acled.event_type,
        acled_sub_event_type=acled.sub_event_type,
        salience=_salience(item, category or base, sentence),  # a deadly flood is still the news
        extra={
            "base_event": base,
            "lemma": item.trigger.lemma,
            "background": item.background,
            "pronoun_actor": any(is_pronoun(t) for t in actor_heads) and not actors,
            "root": token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT"),
        },
    )
    return event


def _speaker(token: "Token") -> list["Token"]:
    """Who says it: the nearest named subject above the trigger's clause
    ("Syria says it will not accept", "X was quoted as saying he would")."""
    head = token
    for _ in range(5):
        if head.head is head:
            break
        head = head.head
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and not is_pronoun(c)]
        if subjects and head is not token:
            return subjects
    return []


def _recode(category: str, mode: str, status: str) -> tuple[str, str, str]:
    """PLOVER codes what was said, not what may happen: promises, threats
    and refusals are events of their own."""
    if status in ("future", "hypothetical"):
        if category in _INTENT_RECODE:
            return _INTENT_RECODE[category], "", status
        if category in _THREAT_RECODE:
            return "THREATEN", _THREAT_RECODE[category], status
    if status == "negated" and category in _NEGATED_RECODE:
        return "REJECT", _NEGATED_RECODE[category], "asserted"
    return category, mode, status


def _content_recipients(contents: list[Found], sentence: Sentence, people: DocumentActors) -> list[Actor]:
    """'offered to hand over two suspects to Britain': the promise is made
    to whoever the promised act is for."""
    for inner in contents:
        if inner.token.pos_ in ("VERB", "AUX"):
            _, heads = verb_roles(inner.token, inner.trigger.category)
        else:
            _, heads = noun_roles(inner.holder or inner.token, inner.trigger.category, None)
        found = _resolve_all(heads, sentence, people)
        if not found and inner.token.pos_ in ("VERB", "AUX"):
            found = _place_recipients(inner.token, inner.trigger.category, sentence, people)
        if found:
            return found
    return []


def _complement_recipients(
    item: Found, category: str, sentence: Sentence, people: DocumentActors
) -> list[Actor]:
    """'offered to hand over two suspects to Britain': the act promised is
    no trigger word, but whom it is for is still the recipient."""
    if category not in GOVERNING:
        return []
    for child in item.token.children:
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            _, heads = verb_roles(child, category)
            found = _resolve_all(heads, sentence, people)
            if found:
                return found
    return []


# Where the place an act is done in or to stands for whom it is done to.
_PLACE_TARGETS = {"AID", "AGREE", "CONCEDE", "CONSULT", "RETREAT", "COERCE", "SANCTION", "SUPPORT", "MOBILIZE"}


def _place_recipients(verb: "Token", category: str, sentence: Sentence, people: DocumentActors) -> list[Actor]:
    """'lifted the curfew in Montenegro', 'arrived in Amman': a country or
    capital after in/to/into/with names the recipient (not after "from":
    leaving a country is not done to it)."""
    if category not in _PLACE_TARGETS:
        return []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "to", "into", "with"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                actor = _resolve_head(pobj, sentence, people)
                if actor is not None and actor.code and actor.sector == "GOV" and not actor.identifier_text:
                    return [actor]
    return []


def _threatened(contents: list[Found], sentence: Sentence, people: DocumentActors) -> list[Actor]:
    """An order to shoot threatens whoever would be shot: the content's
    target, or the crowd the sentence is about."""
    for inner in contents:
        _, targets = verb_roles(inner.token, inner.trigger.category)
        resolved = _resolve_all(targets, sentence, people)
        if resolved:
            return resolved
    doc = sentence.doc
    for token in doc if doc is not None else []:
        if token.lemma_.lower() in ("protest", "protester", "demonstrator", "demonstration", "rioter", "riot"):
            actor = resolve_phrase(token.text, people)
            if actor is not None:
                ref = sentence.span(token)
                actor.start, actor.end = ref.start, ref.end
                return [actor]
    return []


def _verb_of(item: Found) -> "Token":
    """The token that carries the clause of a phrase trigger ("opened fire")."""
    token = item.token
    if token.pos_ in ("NOUN",) and token.dep_ in ("dobj",) and item.first < token.i:
        return token.head
    if token.pos_ in ("NOUN",) and token.dep_ == "dobj" and token.head.i >= item.first:
        return token.head
    return token


def _refine_by_content(item: Found, contents: list[Found], category: str, mode: str) -> tuple[str, str]:
    inner = [c.trigger.category for c in contents]
    lemma = item.trigger.lemma
    if lemma in ("order", "authorize", "authorise"):
        if "ASSAULT" in inner:
            return "THREATEN", "violence"
        if inner and inner[0] in ("MOBILIZE", "COERCE"):
            return inner[0], contents[0].trigger.mode
        if inner and inner[0] == "SANCTION":
            return "COERCE", "restrict"
        return "REQUEST", _REQUEST_MODES.get(inner[0], "change") if inner else ""
    if lemma == "must":
        content = VERB_CATEGORY.get(item.token.lemma_.lower(), "")
        return "REQUEST", _REQUEST_MODES.get(content, "change")
    if lemma in ("send", "dispatch") and "ACCUSE" in inner:
        return "ACCUSE", "investigate"
    if category == "AGREE" and inner and inner[0] in _THREAT_RECODE and lemma in _VOWING:
        return "THREATEN", _THREAT_RECODE[inner[0]]
    if category in ("REQUEST", "REJECT"):
        if inner:
            return category, _REQUEST_MODES.get(inner[0], "change")
        if _asks_for_help(item.token):
            return category, "assist"
    if category == "THREATEN" and inner:
        return category, _THREAT_MODES.get(inner[0], mode)
    if category == "AGREE" and item.trigger.lemma in ("vow", "pledge", "promise") and inner:
        if inner[0] in ("ASSAULT", "COERCE", "SANCTION", "MOBILIZE"):
            return "THREATEN", _THREAT_MODES.get(inner[0], "")
    if category == "ACCUSE" and item.trigger.lemma in ("charge", "accuse") and mode == "allege":
        return category, mode
    return category, mode


def _asks_for_help(token: "Token") -> bool:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("for", "in"):
            if any(g.lemma_.lower() in _HELP_WORDS for g in child.subtree):
                return True
        if child.dep_ in ("dobj", "xcomp") and child.lemma_.lower() in _HELP_WORDS | {"help", "assist"}:
            return True
    return False


def _refine_by_actors(
    item: Found, category: str, mode: str, actors: list[Actor], recipients: list[Actor]
) -> tuple[str | None, str]:
    lemma = item.trigger.lemma
    speakers = {"GOV", "MIL", "LEG", "JUD", "NGO", "IGO"}
    if category == "PROTEST" and lemma == "protest":
        light = item.via_light.lemma_.lower() if item.via_light is not None else ""
        if light in ("lodge", "file", "deliver", "issue", "send", "register") or (
            actors and all(a.sector in speakers or a.code in ("IGO", "UNO", "EUR", "NGO") for a in actors)
        ):
            return "ACCUSE", "disapprove"  # a government "protests": a diplomatic complaint
    if category == "MOBILIZE" and item.trigger.lemma in ("exercise", "drill", "maneuver", "manoeuvre", "war games", "patrol"):
        joint = any(c.lower_ in ("joint", "combined", "coordinated") for c in (item.holder or item.token).children)
        if joint or len({a.code for a in actors}) > 1:
            return "COOPERATE", ""
    if _conditional(item) and category in _THREAT_RECODE | _INTENT_RECODE:
        return "THREATEN", _THREAT_RECODE.get(category, "relations")  # "will withdraw ... unless"
    if category == "RETREAT" and lemma in ("leave", "return", "depart") and actors:
        if not any(a.sector in ("MIL", "COP", "REB", "IGO", "UAF", "PRM") for a in actors):
            return None, mode
    if category == "ASSAULT" and mode == "crowd-control" and recipients and lemma in _REPRESSION:
        if not any(a.acled_inter in (5, 6) for a in recipients):
            return "COERCE", "restrict"
    if category == "ASSAULT" and mode == "crowd-control":
        for actor in actors:  # unnamed "forces" facing a crowd are security forces
            if actor.sector == "MIL" and not actor.identifier_text and "force" in actor.entity_text.lower():
                actor.sector = "COP"
    if category == "COERCE" and lemma in ("crack down", "crack") and any(
        a.acled_inter in (5, 6) for a in recipients
    ):
        return "ASSAULT", "crowd-control"
    if category == "MOBILIZE" and _in_support(item):
        return "AID", ""
    return category, mode


# Words of repression that name no weapon: force against a crowd only when
# the target is one ("repressed the opposition" restricts it). A named
# crowd-control weapon is the assault whoever it is fired at.
_REPRESSION = frozenset("repress suppress quell crush crackdown".split())


def _conditional(item: Found) -> bool:
    """A clause with 'unless' attached: a condition put to someone."""
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children)
        for c in item.token.children
    )


def _in_support(item: Found) -> bool:
    text = item.token.sent.text.lower()
    return any(k in text for k in ("in support of", "at the request", "to help", "peacekeep", "to assist"))


def _resolve_all(
    heads: list["Token"], sentence: Sentence, people: DocumentActors, speaker: list["Token"] = ()
) -> list[Actor]:
    actors: list[Actor] = []
    if any(is_pronoun(h) and h.lower_ in _PERSONAL for h in heads) and speaker:
        heads = [h for h in heads if not is_pronoun(h)] + list(speaker)
    for head in heads:
        if is_pronoun(head):
            continue
        actor = _resolve_head(head, sentence, people)
        if actor is not None and not _duplicate(actor, actors):
            actors.append(actor)
    return actors


def _resolve_head(head: "Token", sentence: Sentence, people: DocumentActors) -> Actor | None:
    """The phrase up to its head decides ("Palestinians of the West Bank"
    are Palestinians), unless what follows names someone ("The President of
    Kazakhstan, Kasim-Yomart Tokayev") or the head alone is generic."""
    start, end = phrase_bounds(head)
    doc = head.doc
    wide_span = doc[start:end]
    wide_ref = sentence.span(wide_span)
    wide = resolve_phrase(wide_span.text, people, start=wide_ref.start, end=wide_ref.end)
    if end == head.i + 1 or (wide is not None and wide.identifier_text):
        return wide
    near_span = doc[start : head.i + 1]
    near_ref = sentence.span(near_span)
    near = resolve_phrase(near_span.text, people, start=near_ref.start, end=near_ref.end, focus="")
    if near is not None and near.code:
        return near
    return wide


_VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "nsubj", "conj"})


def _named_victims(heads: list["Token"], sentence: Sentence, people: DocumentActors) -> list[Actor]:
    """Those shot or killed who are named but known to no table: a person's
    name is two to four capitalised proper nouns ("Juan Carlos Perez")."""
    victims = []
    for head in heads:
        if head.dep_ not in _VICTIM_DEPS:
            continue  # "fired on Grant Street": a place after a preposition is no victim
        start, _ = phrase_bounds(head)
        first = head.i
        while first > start and _name_word(head.doc[first - 1]):
            first -= 1  # "40-year-old Mark Dunn": the age is no part of the name
        words = head.doc[first : head.i + 1]
        if 2 <= len(words) <= 4 and all(map(_name_word, words)):
            ref = sentence.span(words)
            victims.append(named_victim(words.text, people, start=ref.start, end=ref.end))
    return victims


def _name_word(token: "Token") -> bool:
    return token.pos_ == "PROPN" and token.text.istitle()


def _duplicate(actor: Actor, actors: list[Actor]) -> bool:
    return any(
        a.code == actor.code and a.sector == actor.sector and a.identifier_text == actor.identifier_text
        for a in actors
    )


def _confidence(item: Found, actors: list[Actor], acled_confidence: float) -> float:
    score = 0.5 + (0.2 if actors else 0.0) + (0.1 if item.token.pos_ == "VERB" else 0.0)
    score -= 0.15 if item.background else 0.0
    return max(0.05, min(0.95, score * 0.8 + acled_confidence * 0.2))


def _salience(item: Found, category: str, sentence: Sentence) -> float:
    score = BASE_SALIENCE.get(category, 0.3)
    token = item.holder or item.token
    clause = _clause_verb(token)
    if clause.dep_ == "ROOT":
        score += 0.5
    elif clause.dep_ == "ccomp" and clause.head.dep_ == "ROOT" and clause.head.lemma_.lower() in SPEECH_VERBS:
        score += 0.45  # the reported event, not the reporting
    elif clause.dep_ in ("conj", "xcomp") and clause.head.dep_ == "ROOT":
        score += 0.3
    if item.background:
        score -= 0.35
    if any(t.dep_ in ("relcl", "acl", "advcl") for t in [clause, *clause.ancestors]):
        score -= 0.3  # a side clause: "... in which 20 people were killed"
    score += _POSITION.get(sentence.sequence, 0.0)  # the headline and lead say what the story is
    return round(score, 3)


def _clause_verb(token: "Token") -> "Token":
    """The verb whose clause a trigger sits in (itself when it is a verb)."""
    current = token
    for _ in range(4):
        if current.pos_ in ("VERB", "AUX") or current.head is current:
            return current
        current = current.head
    return current


def _merge_within(events: list[CodedEvent]) -> list[CodedEvent]:
    """One record per event: same-category triggers in one sentence with no
    conflicting actors are one event ("attacked a village, killing three")."""
    out: list[CodedEvent] = []
    for event in events:
        twin = next((e for e in out if _one_act(e, event) and _compatible(e, event)), None)
        if twin is None:
            out.append(event)
            continue
        keep, drop = (twin, event) if twin.salience >= event.salience else (event, twin)
        if drop.event == "ASSAULT" and keep.event != "ASSAULT":
            keep, drop = drop, keep  # the weapon names the act; the dispersal was its aim
            keep.salience = max(keep.salience, drop.salience)
        keep.actor = keep.actor or drop.actor
        keep.recipient = keep.recipient or drop.recipient
        keep.mode = keep.mode or drop.mode
        if keep is event:
            out[out.index(twin)] = event
    return out


_DISPERSING = frozenset({"disperse"})


def _one_act(a: CodedEvent, b: CodedEvent) -> bool:
    """Same category, or a dispersal told with the force that did it ("used
    tear gas to disperse the crowd", "opened fire to disperse them": one
    assault, whose aim was the dispersal)."""
    if a.event == b.event:
        return True
    dispersal = next((e for e in (a, b) if e.event == "COERCE" and e.extra.get("lemma") in _DISPERSING), None)
    return dispersal is not None and {a.event, b.event} == {"ASSAULT", "COERCE"}


def _compatible(a: CodedEvent, b: CodedEvent) -> bool:
    if a.modality != b.modality:
        return False
    codes_a = {(x.code, x.sector) for x in a.actor}
    codes_b = {(x.code, x.sector) for x in b.actor}
    return not codes_a or not codes_b or bool(codes_a & codes_b)
