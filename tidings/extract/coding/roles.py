"""Who did it and to whom: reading actor and recipient phrases off the
dependency parse around a trigger."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tidings.extract.coding.lexicon import SPEECH_VERBS
from tidings.extract.dates.expressions import MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

PRONOUNS = frozenset("it they he she we i you who which that this these those them him her".split())
# Prepositions whose object is the recipient of a verb event.
RECIPIENT_PREPS = frozenset("against on upon at into with to toward towards from".split())
ACTOR_PREPS_FOR_NOUNS = frozenset({"by", "from"})
# For these categories the "of" after a noun trigger names the doer
# ("withdrawal of troops"); for the rest it names the one done to.
OF_IS_ACTOR = frozenset({"RETREAT", "PROTEST", "MOBILIZE", "CONSULT", "AGREE", "AID"})
MAX_INHERIT = 4
# Verbs whose subject suffers rather than acts; it is nobody's attacker.
VICTIM_VERBS = frozenset("die perish succumb drown suffer sustain lose".split())


# The dash that closes a dateline: spaced when a hyphen, so "Al-Shabaab" is no dash.
_DATELINE_DASH = re.compile(r"\s(?:--|-)\s|\s?[–—]\s?")
_DATELINE_MAX = 80  # "MOCÍMBOA DA PRAIA, Mozambique, Sept 10 (Southern Cross Wire)"
_AGENCY_END = re.compile(r"\([^()]{1,40}\)\s*$")


def dateline_end(text: str) -> int:
    """Where a dateline opening `text` ends, just after its dash; 0 if none.

    "KIRKUK, Iraq, Sept 16 (Horizon) - A car bomb ..." or "COLOMBO - Police
    ...": a place in capitals (or any place with a date and an agency in
    brackets), then a dash. It stamps the report and names nobody, however
    the parser hangs it on the verb."""
    dash = _DATELINE_DASH.search(text, 0, _DATELINE_MAX)
    if dash is None or "\n" in text[: dash.start()]:
        return 0
    head = text[: dash.start()].strip()
    place, *rest = re.split(r"[,(]", _AGENCY_END.sub("", head))
    letters = [ch for ch in place if ch.isalpha()]
    capitals = len(letters) >= 3 and all(ch.isupper() for ch in letters)
    stamped = bool(_AGENCY_END.search(head)) and any(ch.isdigit() for ch in head)
    if not place.strip() or not (capitals or stamped) or not all(map(_stamp_part, rest)):
        return 0
    return dash.end()


def _stamp_part(part: str) -> bool:
    """A country, state or date after the place ("Iraq", "Ind.", "Sept 16"),
    not a clause: "ECOWAS, the regional bloc, said - ..." has no dateline."""
    words = part.split()
    return 0 < len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words)


def outside_dateline(heads: list["Token"]) -> list["Token"]:
    """The heads that stand after the sentence's dateline, if it has one."""
    if not heads:
        return heads
    end = dateline_end(heads[0].doc.text)
    return [h for h in heads if h.idx >= end] if end else heads


def heads_of(token: "Token") -> list["Token"]:
    """A noun and the nouns coordinated with it ("the US, the EU and ...")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(heads_of(child))
        elif child.dep_ == "appos" and _has_conj(child):
            out.extend(heads_of(child))  # "the US, the EU (EU) and ..." parsed as an apposition
    return out


def _has_conj(token: "Token") -> bool:
    return any(c.dep_ == "conj" for c in token.children)


def verb_roles(verb: "Token", category: str) -> tuple[list["Token"], list["Token"]]:
    """(actor heads, recipient heads) of a verb trigger."""
    actors: list[Token] = []
    recipients: list[Token] = []
    for child in verb.children:
        dep = child.dep_
        if dep in ("nsubj", "csubj"):
            if not attribution(child):
                actors.extend(heads_of(child))
        elif dep == "agent":
            actors.extend(h for g in child.children if g.dep_ == "pobj" for h in heads_of(g))
        elif dep == "nsubjpass":
            if category in ("MOBILIZE", "AID") and not any(c.dep_ == "agent" for c in verb.children):
                actors.extend(heads_of(child))  # "the army was deployed": the army moved
            else:
                recipients.extend(heads_of(child))
        elif dep in ("dobj", "dative"):
            if category in ("AID", "MOBILIZE") and dep == "dobj":
                continue  # the thing given or sent, not who gets it
            recipients.extend(heads_of(child))
        elif dep == "prep" and child.lower_ in RECIPIENT_PREPS:
            if child.lower_ == "from" and category not in ("REQUEST", "AID", "ACCUSE"):
                continue
            recipients.extend(h for g in child.children if g.dep_ == "pobj" for h in heads_of(g))
    reduced = category in ("ASSAULT", "COERCE") and _reduced_passive(verb)
    if reduced:
        recipients, actors = recipients + actors, []  # "one soldier wounded": the soldier was hit
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        if category in ("MOBILIZE", "AID", "RETREAT"):
            actors = actors or [verb.head]  # "soldiers deployed in the region"
        elif not recipients:
            recipients = [verb.head]  # "protesters killed by police"
    if category == "ASSAULT" and all(map(is_pronoun, recipients)):
        recipients = _sufferer(verb) or recipients  # "X, 26, died after he was shot": X was shot
    if _is_passive(verb):
        if not recipients:  # "... turned into riots and were repressed by"
            recipients = _inherited_subject(verb)
    elif not actors and not reduced:  # "police found a man shot": the shooter is not named
        actors = _inherited_subject(verb)
        if category == "ASSAULT" and actors and responds(actors[0].head):
            actors = []  # "officers arrived and found ...": who answers a shooting did not shoot
    return outside_dateline(actors), outside_dateline(recipients)


def _sufferer(verb: "Token") -> list["Token"]:
    """The subject of a death or wound the attack is told as the cause of:
    "X died Sunday after being shot", "X died after he was shot"."""
    token = verb
    for _ in range(MAX_INHERIT):
        if token.dep_ not in ("advcl", "pcomp", "pobj", "prep") or token.head is token:
            return []
        token = token.head
        if token.pos_ == "VERB" and token.lemma_.lower() in VICTIM_VERBS:
            subjects = [c for c in token.children if c.dep_ == "nsubj" and not is_pronoun(c)]
            return [h for s in subjects for h in heads_of(s)]
    return []


# Verbs of those who come after violence: their subject is no attacker.
RESPONSE_VERBS = frozenset(
    "investigate probe respond search look find discover locate arrive answer "
    "rush hurry".split()
)


def responds(verb: "Token") -> bool:
    """Whether `verb` tells of answering an event ("police are investigating a shooting")."""
    return verb.lemma_.lower() in RESPONSE_VERBS


def attribution(subject: "Token") -> bool:
    """A headline's source before a colon ("Police: man shot near park"):
    the parser may make it the subject, but it only tells the news."""
    after = subject.i + 1
    return subject.i == subject.sent.start and after < len(subject.doc) and subject.doc[after].text == ":"


def _reduced_passive(verb: "Token") -> bool:
    """A headline or note passive without its auxiliary ("two soldiers killed")."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "ccomp", "conj")
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "agent") for c in verb.children)
    )


def _is_passive(verb: "Token") -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children)


# Conjunctions that open a clause of its own beside the main one: never the
# content of a demand or a promise, and never sharing the main clause's
# subject ("farmers marched in the capital, while in the south police fired").
SIDE_MARKS = frozenset({"while", "whereas", "whilst"})


def side_clause(token: "Token") -> bool:
    """A clause that stands beside its head rather than inside it: opened by
    'while', or cut off from it by a semicolon (however the parser hangs it)."""
    if any(c.dep_ == "mark" and c.lower_ in SIDE_MARKS for c in token.children):
        return True
    head = token.head
    if head is token:
        return False
    low, high = sorted((token.i, head.i))
    return any(c.text == ";" and low < c.i < high for c in head.children)


def _inherited_subject(verb: "Token") -> list["Token"]:
    """Subjects shared through coordination, control and relative clauses."""
    token = verb
    for _ in range(MAX_INHERIT):
        if side_clause(token):
            return []
        if token.dep_ == "relcl":
            return [token.head]
        if token.dep_ == "acl" and token.tag_ != "VBN":
            return [token.head]
        if token.dep_ not in ("conj", "xcomp", "advcl", "ccomp") or token.head is token:
            return []
        head = token.head
        if token.dep_ == "ccomp" and head.lemma_.lower() in SPEECH_VERBS:
            return []  # "police say a man was shot and killed": the police report, not shoot
        for child in head.children:
            if child.dep_ in ("nsubj", "csubj"):
                if head.lemma_.lower() in VICTIM_VERBS:
                    return []  # "three soldiers died after a man ... blew himself up"
                return heads_of(child)
            if child.dep_ == "agent" and token.dep_ in ("conj",):
                return [g for g in child.children if g.dep_ == "pobj"]
        token = head
    return []


def noun_roles(
    noun: "Token", category: str, light: "Token | None"
) -> tuple[list["Token"], list["Token"]]:
    """(actor heads, recipient heads) of a noun trigger."""
    actors: list[Token] = []
    recipients: list[Token] = []
    for child in noun.children:
        dep = child.dep_
        if dep == "poss" and not is_pronoun(child):
            actors.extend(heads_of(child))
        elif dep in ("amod", "compound") and child.pos_ in ("PROPN", "ADJ") and child.text[:1].isupper():
            actors.append(child)  # "Russian withdrawal", "Kazakh protests"
        elif dep == "prep":
            word = child.lower_
            objects = [h for g in child.children if g.dep_ == "pobj" for h in heads_of(g)]
            if word in ACTOR_PREPS_FOR_NOUNS:
                if word == "from" and category in ("RETREAT",):
                    continue
                actors.extend(objects)
            elif word == "of":
                (actors if category in OF_IS_ACTOR else recipients).extend(objects)
            elif word == "between":
                actors.extend(objects)
            elif word in ("against", "on", "with", "at", "upon", "toward", "towards"):
                recipients.extend(objects)
    if light is not None and not actors:
        actors = [c for c in light.children if c.dep_ in ("nsubj",)]
        actors = [h for a in actors for h in heads_of(a)] or _inherited_subject(light)
        if not recipients:
            recipients = [
                h
                for prep in light.children
                if prep.dep_ == "prep" and prep.lower_ in ("against", "on", "with", "from")
                for g in prep.children
                if g.dep_ == "pobj"
                for h in heads_of(g)
            ]
            if category == "ACCUSE":  # "the decision drew criticism from X"
                actors, recipients = _criticism_roles(light, actors, recipients)
    return outside_dateline(actors), outside_dateline(recipients)


def _criticism_roles(
    light: "Token", actors: list["Token"], recipients: list["Token"]
) -> tuple[list["Token"], list["Token"]]:
    if light.lemma_.lower() in ("draw", "face", "receive", "attract", "spark", "trigger", "provoke"):
        critics = [r for r in recipients]
        return critics, actors
    return actors, recipients


def phrase_bounds(token: "Token") -> tuple[int, int]:
    """Token range of the noun phrase headed by `token`: its left modifiers,
    plus an appositive name, an 'of' phrase naming a country or a bracketed
    acronym ("The President of Kazakhstan, Kasim-Yomart Tokayev")."""
    start = token.left_edge.i
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "appos" and (_has_conj(child) or child.pos_ != "PROPN"):
            break  # a list element or a description, not the name itself
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ == "of"):
            end = max(end, child.right_edge.i + 1)
        elif child.dep_ == "punct" and child.text in (")", "]") and child.i == end:
            end += 1  # keep a bracket the phrase opened: "(EU)"
        elif child.dep_ in ("conj", "cc", "relcl", "acl", "advcl", "prep"):
            break
    # leading punctuation or conjunctions never belong to the phrase
    doc = token.doc
    dateline = dateline_end(doc.text)
    while start < token.i and (doc[start].dep_ in ("punct", "cc", "prep") or doc[start].idx < dateline):
        start += 1  # "COLOMBO - Police": the dateline is no part of the phrase
    if start + 1 < token.i and _is_date_pair(doc[start], doc[start + 1]):
        start += 2  # "On 10 September fighters raided": the day is no part of the fighters
    while start < token.i and _is_time_word(doc[start]):
        start += 1  # "Late Sunday morning police were called": the time is no part of the police
    while end - 1 > token.i and doc[end - 1].dep_ in ("punct", "cc"):
        if doc[end - 1].text == ")" and "(" in doc[start : end - 1].text:
            break
        end -= 1
    return start, end


# Words that say when, which a parser may hang on the noun after them.
_TIME_WORDS = frozenset(
    "late early morning afternoon evening night overnight midday midnight noon "
    "today tonight yesterday".split()
)


# Only full names: "Sun", "May" and "March" head phrases of their own.
_DAY_OR_MONTH = frozenset(w for w in (*WEEKDAYS, *MONTHS) if len(w) > 4 and w != "march")


def _is_time_word(token: "Token") -> bool:
    word = token.lower_
    return word in _TIME_WORDS or (token.text[:1].isupper() and word in _DAY_OR_MONTH)


def _is_date_pair(first: "Token", second: "Token") -> bool:
    """'10 September' or 'Sept 10': a day and a capitalised month."""
    def month(t: "Token") -> bool:
        return t.text[:1].isupper() and t.lower_.rstrip(".") in MONTHS

    return (first.like_num and month(second)) or (month(first) and second.like_num)


def is_pronoun(token: "Token") -> bool:
    return token.pos_ == "PRON" or token.lower_ in PRONOUNS
