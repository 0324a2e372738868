"""Whether a reported event happened: asserted, negated, future or hypothetical.

Read from the trigger's own auxiliaries and negation, then from the verbs that
govern it ("denied firing on", "will begin withdrawing", "was scheduled for
today", "if ... were to attack").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should"})
NEGATING_VERBS = frozenset({"deny", "fail", "refuse"})
FUTURE_VERBS = frozenset(
    """plan intend expect schedule set prepare aim propose hope want wish
    threaten vow pledge promise agree offer consider""".split()
)
HYPOTHETICAL_MARKS = frozenset({"if", "unless", "whether"})
NEGATIVE_DETS = frozenset({"no", "neither", "never"})
# Governors through which a trigger's status is inherited ("began to withdraw").
# (not through participles and relative clauses: "troops deployed last week")
_CHAIN_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "conj", "dobj", "pobj", "nsubj",
                         "nsubjpass", "prep"})  # fmt: skip
MAX_CLIMB = 4


def modality(trigger: "Token") -> str:
    """One of asserted, negated, future, hypothetical."""
    token = trigger
    for _ in range(MAX_CLIMB):
        status = _own_status(token)
        if status:
            return status
        head = token.head
        if head is token or token.dep_ not in _CHAIN_DEPS:
            break
        if token.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "nsubjpass", "nsubj"):
            lemma = head.lemma_.lower()
            if lemma in NEGATING_VERBS and token.dep_ != "nsubj":
                return "negated"
            if lemma in FUTURE_VERBS and token.dep_ in ("xcomp", "nsubjpass", "dobj"):
                if lemma in ("schedule", "set", "plan", "expect") or token.dep_ == "xcomp":
                    return "future"
        if token.dep_ in ("ccomp",) and head.lemma_.lower() not in ("begin", "start"):
            # a reported clause keeps its own tense; stop climbing
            break
        token = head
    return "asserted"


def _own_status(token: "Token") -> str:
    # negation wins over tense: "will not accept" is a refusal now
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in NEGATIVE_DETS) for c in token.children):
        return "negated"
    for child in token.children:
        text = child.lower_
        if child.dep_ == "mark" and text in HYPOTHETICAL_MARKS:
            return "hypothetical"
        if child.dep_ in ("aux", "auxpass"):
            if text in FUTURE_AUX or (text == "would" and not _has_perfect(token)):
                return "future"
            if text in HYPOTHETICAL_AUX or text == "would":
                return "hypothetical"
            if text == "going" and any(c.lower_ == "to" for c in token.children):
                return "future"
    if token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in HYPOTHETICAL_MARKS for c in token.children
    ):
        return "hypothetical"
    if _purpose(token):
        return "future"  # "flown in to help him regain control": intended, not done
    if token.pos_ == "NOUN" and _scheduled(token):
        return "future"
    return ""


def _has_perfect(token: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)


def _scheduled(noun: "Token") -> bool:
    """'the talks are scheduled for Monday', 'planned protests'."""
    if any(c.lower_ in ("planned", "scheduled", "upcoming", "proposed", "expected")
           for c in noun.children if c.dep_ == "amod"):  # fmt: skip
        return True
    head = noun.head
    return noun.dep_ in ("nsubjpass", "nsubj") and head.lemma_ in ("schedule", "plan", "expect")


_AIMING = frozenset("help aim want hope intend".split())
# Sending someone somewhere "to do X" says X is the plan, not that it happened.
_SENDING = frozenset("send deploy fly dispatch mobilize mobilise move arrive come travel bring mass station".split())


def _purpose(token: "Token") -> bool:
    """An infinitive of purpose after a movement, or what someone only helps
    or hopes to do ("flown in to help him regain control")."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if token.dep_ == "advcl" and infinitive and token.head.lemma_.lower() in _SENDING:
        return True
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in _AIMING
