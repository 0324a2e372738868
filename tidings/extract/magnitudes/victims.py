"""Victims named one by one: "a 20-year-old man was shot", "police killed him".

Crime and conflict reports often count people without a number: a singular
noun or a name that was shot, killed or wounded is one victim. This needs the
parse (who is the object of "killed"), so it only runs on parsed sentences.
Counted numbers ("two men were shot") are left to `mentions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tidings.extract.context import Sentence
from tidings.extract.magnitudes.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

DEAD_VERBS = {"kill", "murder", "slay", "execute", "assassinate", "behead", "massacre", "die"}
HURT_VERBS = {"wound", "injure", "hurt", "hospitalize", "hospitalise", "maim"}
WEAK_VERBS = {"shoot", "stab"}  # hurt unless the same person died
DEAD_STATES = {"dead", "deceased"}
NOT_PERSON = {
    "vehicle", "car", "truck", "house", "home", "window", "door", "building", "store",
    "dog", "cat", "horse", "animal", "tire", "wall", "apartment", "residence",
    "business", "restaurant", "bar", "club", "school", "church", "bus", "train",
    "plane", "shot", "round", "bullet", "gun", "weapon", "video", "footage", "case",
    "incident", "shooting", "fire", "one", "nobody", "none", "himself", "herself",
    "itself", "themselves", "that", "which", "what", "it", "this", "suspect", "gunman",
    "shooter", "attacker", "assailant",
}
PRONOUNS = {"he", "she", "him", "her", "who", "whom"}
MODALS = {"could", "would", "might", "may", "will", "shall", "should", "can", "must"}


_HINT = re.compile(
    r"kill|murder|sla[iy]|execut|assassin|behead|massacr|\bdie|dead|deceased|wound|injur|hurt|hospitali|maim|shot|shoot|stab|gun",
    re.IGNORECASE,
)
_STEMS = ("kil", "mur", "sla", "exe", "ass", "beh", "mas", "die", "dea", "dec", "wou", "inj", "hur", "hos", "mai", "sho", "sta", "gun")


def find_victims(sentence: Sentence) -> list[Mention]:
    doc = sentence.doc
    if doc is None or not _HINT.search(sentence.text):
        return []
    out: list[Mention] = []
    for tok in doc:
        if not tok.lower_.startswith(_STEMS):
            continue
        kind = _kind(tok)
        if kind is None or _negated_or_unreal(tok):
            continue
        for victim in _victims(tok):
            mention = _mention(kind, tok, victim, sentence)
            if mention is not None:
                out.append(mention)
    return out


def _kind(tok: "Token") -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ":
        return "dead" if lemma in DEAD_STATES else None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in DEAD_VERBS:
        return "dead"
    if lemma in HURT_VERBS:
        return "injured"
    if lemma in WEAK_VERBS or (lemma == "gun" and any(c.lower_ == "down" for c in tok.children)):
        if lemma == "gun" or _fatal(tok):
            return "dead"
        return "shot"
    return None


def _fatal(tok: "Token") -> bool:
    """'fatally shot', 'shot dead', 'shot to death'."""
    for child in tok.children:
        if child.lower_ in ("fatally", "dead"):
            return True
        if child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


def _negated_or_unreal(tok: "Token") -> bool:
    chain = [tok] + ([tok.head] if tok.dep_ in ("conj", "xcomp", "acomp", "oprd") else [])
    for t in chain:
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
                return True
    return False


def _victims(tok: "Token") -> list["Token"]:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ":
        host = tok.head
        return _subjects(host, ("nsubjpass", "nsubj")) if host.i != tok.i else []
    if lemma == "die":
        found = _subjects(tok, ("nsubj",))
    else:
        found = _subjects(tok, ("nsubjpass",)) or _subjects(tok, ("dobj",))
    if not found and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX"):
        head = tok.head
        found = _subjects(head, ("nsubjpass",)) if lemma != "die" else _subjects(head, ("nsubj",))
        if not found and lemma != "die":
            found = _subjects(head, ("dobj",))
    if not found and tok.dep_ in ("relcl", "acl") and lemma != "die":
        found = [tok.head]  # "a man shot in the leg", "the woman who was killed"
    return found


def _subjects(tok: "Token", deps: tuple[str, ...]) -> list["Token"]:
    out = []
    for child in tok.children:
        if child.dep_ in deps:
            out.append(child)
            out.extend(c for c in child.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))
    return out


def _mention(kind: str, verb: "Token", victim: "Token", sentence: Sentence) -> Mention | None:
    if victim.lower_ in ("who", "that") and victim.head.dep_ == "relcl":
        victim = victim.head.head
    lower = victim.lower_
    if any(c.dep_ == "nummod" for c in victim.children) or victim.like_num:
        return None  # counted: `mentions` reads it
    if any(c.lower_ in ("no", "nobody") for c in victim.children) or lower in NOT_PERSON:
        return None
    if victim.lemma_.lower() in NOT_PERSON:
        return None
    if victim.pos_ == "PRON" and lower not in PRONOUNS:
        return None
    if victim.tag_ in ("NNS", "NNPS"):
        return None  # plural with no number: how many is not said
    if victim.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    begin = min(victim.left_edge.idx, verb.idx)
    finish = max(verb.idx + len(verb.text), victim.idx + len(victim.text))
    if victim.i > verb.i:
        finish = victim.right_edge.idx + len(victim.right_edge.text)
    if finish - begin > 160:
        begin, finish = min(victim.idx, verb.idx), max(victim.idx + len(victim.text), verb.idx + len(verb.text))
    weak = kind == "shot"
    return Mention(
        "injured" if weak else kind, 1, 1, 1, "", sentence.start + begin, sentence.start + finish,
        weak=weak, text=sentence.text[begin:finish],
    )
