"""What the dependency parse says about a time expression and a trigger.

Only the small questions the date rules ask: how far apart two things are in
the tree, which word an expression modifies, whether a trigger sits in a
clause that only describes a noun ("the soldiers deployed there").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.extract.context import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

REPORTING = {
    "say", "tell", "confirm", "announce", "claim", "report", "state", "add",
    "note", "explain", "reveal", "write", "read", "indicate", "disclose", "stress",
    "assume", "admit", "acknowledge", "insist", "argue", "deny", "warn",
    "publish",
}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
FUTURE_LEMMAS = {"schedule", "plan", "due", "expect", "set"}
BACKGROUND_DEPS = {"acl", "relcl"}
# What follows an incident, days or months on: a clause about the person
# ("the officer who shot him was indicted Tuesday") dates the aftermath.
AFTERMATH_LEMMAS = {
    "plead", "indict", "charge", "arraign", "sentence", "convict", "acquit", "testify",
    "sue", "release", "discharge", "bury", "mourn", "identify",
}


def token_at(sentence: Sentence, start: int, end: int) -> "Token | None":
    """The syntactic head of the article span [start, end) in the sentence doc."""
    doc = sentence.doc
    if doc is None:
        return None
    span = doc.char_span(start - sentence.start, end - sentence.start, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def governor(root: "Token", start: int, end: int, sentence: Sentence) -> "Token":
    """The content word an expression hangs from, looking through prepositions."""
    tok = root
    while tok.head.i != tok.i:
        tok = tok.head
        inside = start - sentence.start <= tok.idx < end - sentence.start
        if not inside and tok.pos_ not in ("ADP", "SCONJ"):
            return tok
    return tok


def distance(a: "Token", b: "Token") -> int:
    """Edges on the tree path between two tokens."""
    up_a = _chain(a)
    depth_b = {t.i: n for n, t in enumerate(_chain(b))}
    for n, tok in enumerate(up_a):
        if tok.i in depth_b:
            return n + depth_b[tok.i]
    return len(up_a) + len(depth_b)


def backgrounded(trigger: "Token", host: "Token | None") -> bool:
    """True when the trigger only describes a noun and the date belongs elsewhere.

    "the soldiers deployed there were scheduled to leave today", "the troops,
    who had been sent on the 6th, ...": a relative or participial clause that
    is pluperfect, or whose date hangs from a report, a plan or what came of
    an incident (a charge, a plea, a release), tells of an earlier time than
    its host clause.
    """
    if trigger.dep_ not in BACKGROUND_DEPS:
        return False
    pluperfect = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in trigger.children)
    if pluperfect:
        return True
    return host is not None and (is_reporting(host) or is_future(host) or _aftermath(host))


def _aftermath(host: "Token") -> bool:
    """'pleaded not guilty on Tuesday': the day may hang from 'guilty'; its verb tells."""
    tok = host
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok.lemma_.lower() in AFTERMATH_LEMMAS


def within(tok: "Token", top: "Token") -> bool:
    return any(t.i == top.i for t in _chain(tok))


def is_reporting(tok: "Token") -> bool:
    """'police said Tuesday' dates a report; 'the shooting was reported Tuesday' dates the shooting."""
    if tok.lemma_.lower() not in REPORTING:
        return False
    return not any(c.dep_ == "nsubjpass" for c in tok.children)


def is_future(tok: "Token") -> bool:
    """A planned action: 'will meet', 'is scheduled for', 'plans to march'."""
    for t in _chain(tok)[:3]:
        if t.lemma_.lower() in FUTURE_LEMMAS and _plans(t):
            return True
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
            return True
    return False


def in_described_clause(tok: "Token") -> bool:
    """'passengers abducted ... on Monday were freed': the time sits in a clause describing a noun."""
    return any(t.dep_ in BACKGROUND_DEPS for t in _chain(tok)[:-1])


def in_since_clause(tok: "Token") -> bool:
    """'... since the bill was introduced in July': the verb a time hangs from opens with 'since'."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in tok.children)


def _plans(tok: "Token") -> bool:
    """'is set to march', 'plans to strike', 'scheduled for Friday'; not 'set fire to' nor 'planned the attack'."""
    if tok.tag_ not in ("VB", "VBD", "VBP", "VBZ"):
        return True  # a participle or adjective: "is scheduled", "is due"
    return any(c.dep_ == "xcomp" for c in tok.children)


def _chain(tok: "Token") -> list["Token"]:
    out = [tok]
    while out[-1].head.i != out[-1].i:
        out.append(out[-1].head)
    return out
