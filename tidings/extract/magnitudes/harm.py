"""Is a coded event the violent incident an article is about?

News about a shooting goes on to tell what followed it: arrests, charges,
pleas, an investigation, the release of a name. Those follow-ups often lead
the story ("Man charged in weekend shooting"), but the incident is the event
of record: its date, its dead and its wounded. An assault told in a main
clause of its own, in a sentence that says people were hurt, is such an
incident; one only named inside another event's sentence ("arrested
suspects in the killing in Sfax", "seized the town after a three-day
assault") is background to that event and does not count, unless the
article's count of dead or wounded went to it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tidings.extract.casefree import CaseFree
from tidings.extract.context import CodedEvent
from tidings.extract.magnitudes.lexicon import ACTIVE_VERBS, KIND_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Besides the figure words: how news says someone was hit without a count.
_HIT_WORDS = (
    "shot", "shooting", "shootings", "shoots", "gunfire", "gunshot", "gunshots",
    "stabbed", "stabbing", "death", "murder", "homicide", "fatal", "fatally",
)
HARMED = "harmed"  # CodedEvent.extra key set by measure_events: it holds a count of dead or injured
_MAIN_DEPS = ("ROOT",)
_UNDER_MAIN = ("conj", "ccomp")  # "shot him and fled", "police said a man shot ..."
_SUBJECTS = ("nsubj", "nsubjpass")  # "the shooting happened", "the attack was reported"


def _alternation() -> str:
    words = {w for kind in ("dead", "injured") for w in KIND_WORDS[kind] + ACTIVE_VERBS[kind]}
    words.update(_HIT_WORDS)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# Not after "to": "shoot to kill", "threatened to shoot", "sentenced to death" hurt nobody yet.
_HARM = re.compile(rf"(?<!\bto\s)\b(?:{_alternation()})\b", re.IGNORECASE)
_HARM_SCAN = CaseFree(_HARM)  # asked of whole leads and of sentences near events


def tells_harm(text: str) -> bool:
    """True when the text says people were killed, wounded, shot or stabbed."""
    return bool(_HARM_SCAN.search(text))


# Shots fired where nobody need be hit: "shots fired into a home", "a highway
# gun battle", "a bullet shattered the windshield", "more than a dozen rounds".
_GUNFIRE = re.compile(
    r"\b(?:shots?\s+(?:were\s+|was\s+)?fired|fired\s+(?:\w+\s+){0,4}?(?:shots?|rounds?|bullets?)"
    r"|gun\s*(?:battle|fight)s?|shoot-?outs?|bullets?|gunshots?|gunfire)\b",
    re.IGNORECASE,
)


def tells_gunfire(text: str) -> bool:
    """True when the text says guns were fired, whether or not anyone was hit."""
    return bool(_GUNFIRE.search(text))


def is_incident(c: CodedEvent) -> bool:
    """An assault that hurt people, told in a main clause of its own sentence,
    or one the article's dead or wounded were counted for (after
    measure_events): "police were called ... on a report of a person shot"
    under "IMPD investigates fatal shooting" is still the shooting."""
    if c.event != "ASSAULT" or c.modality != "asserted":
        return False
    if c.extra.get(HARMED):
        return True
    if not tells_harm(c.sentence.text):
        return False
    doc = c.sentence.doc
    if doc is None:
        return False
    span = doc.char_span(c.trigger.start - c.sentence.start, c.trigger.end - c.sentence.start,
                         alignment_mode="expand")
    if span is not None and len(span) > 0 and _main_clause(span.root):
        return True
    return _told_again(c)


def _told_again(c: CodedEvent) -> bool:
    """Merged mentions in other sentences: the article comes back to it ('a man was shot ...')."""
    return any(not c.sentence.start <= m.start < c.sentence.end for m in c.extra.get("mentions", []))


def _main_clause(token: "Token") -> bool:
    """'A man was shot', 'police said he shot', 'The shooting happened at ...'."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in _SUBJECTS:
        token = token.head
    if token.dep_ in _MAIN_DEPS:
        return True
    return token.dep_ in _UNDER_MAIN and token.head.dep_ == "ROOT"
