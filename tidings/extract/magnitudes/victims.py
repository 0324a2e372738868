"""Victims named one by one: "a 20-year-old man was shot", "police killed him".

Crime and conflict reports often count people without a number: a singular
noun or a name that was shot, killed or wounded is one victim. This needs the
parse (who is the object of "killed"), so it only runs on parsed sentences.
Counted numbers ("two men were shot") are left to `mentions`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tidings.extract.casefree import CaseFree
from tidings.extract.context import Sentence
from tidings.extract.magnitudes.mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

DEAD_VERBS = {"kill", "murder", "slay", "execute", "assassinate", "behead", "massacre", "die", "lynch"}
TO_DEATH_VERBS = {"beat", "burn", "stone", "hack", "club", "bludgeon", "torture"}  # with "to death" only
HURT_VERBS = {"wound", "injure", "hurt", "hospitalize", "hospitalise", "maim"}
WEAK_VERBS = {"shoot", "stab"}  # hurt unless the same person died
DEAD_STATES = {"dead", "deceased"}
NOT_PERSON = {
    "vehicle", "car", "truck", "house", "home", "window", "door", "building", "store",
    "dog", "cat", "horse", "animal", "tire", "wall", "apartment", "residence",
    "business", "restaurant", "bar", "club", "school", "church", "bus", "train",
    "plane", "shot", "round", "bullet", "gun", "weapon", "video", "footage", "case",
    "incident", "shooting", "fire", "one", "nobody", "none", "number", "toll",
    "itself", "themselves", "that", "which", "what", "it", "this",
}
NOT_PEOPLE_ENTITIES = {"GPE", "LOC", "ORG", "FAC", "DATE", "TIME", "EVENT", "PRODUCT"}
PRONOUNS = {"he", "she", "him", "her", "who", "whom"}
MODALS = {"could", "would", "might", "may", "will", "shall", "should", "can", "must"}


_HINT = re.compile(
    r"kill|murder|sla[iy]|execut|assassin|behead|massacr|\bdie|dead|deceased|wound|injur|hurt|hospitali|maim|shot|shoot|stab|gun|lynch|to\s+death|struck",
    re.IGNORECASE,
)
_HINT_SCAN = CaseFree(_HINT)  # asked of every sentence near an event
_STEMS = (
    "kil", "mur", "sla", "exe", "ass", "beh", "mas", "die", "dea", "dec", "wou", "inj", "hur", "hos", "mai",
    "sho", "sta", "gun", "lyn", "bea", "bur", "sto", "hac", "clu", "blu", "tor", "struck",
)


def may_name_victims(text: str) -> bool:
    """Whether a sentence has a word of harm, the only place victims are read."""
    return _HINT_SCAN.search(text) is not None


def find_victims(sentence: Sentence, body: int = 0) -> list[Mention]:
    """Victims told one by one; `body` is where the lead begins in a sentence that
    also holds the headline glued to it (the two name the same people)."""
    doc = sentence.doc
    if not _HINT_SCAN.search(sentence.text):
        return []
    # headlines parse badly: "Girl shot at party dies"
    out: list[Mention] = _headline_deaths(sentence) if sentence.sequence == 0 else []
    if doc is None:
        return out or _unparsed_deaths(sentence)
    for tok in _stem_tokens(sentence):
        kind = _kind(tok)
        if kind is None or _negated_or_unreal(tok):
            continue
        victims = _distinct(_victims(tok))
        if victims:
            victims += _companions(tok)
        for side in _sides(victims, body - sentence.start):
            counted = [m for m in (_mention(kind, tok, v, sentence) for v in side) if m is not None]
            if counted:
                out.append(_together(counted, sentence))
    return out


def _sides(victims: list["Token"], body: int) -> list[list["Token"]]:
    """'Woman dead following trooper-involved shooting | WBFFRISING SUN, Md. -- Christine
    A. Lucas was fatally shot': the parse of a headline glued to its lead joins the
    headline's victim to the lead's; each side counts alone. `body` indexes the
    sentence: 0 or less when no headline part is in it. A word glued across the
    seam ("NewsMOUNT VERNON") belongs to the lead."""
    headline = [v for v in victims if v.idx + len(v.text) <= body]
    lead = [v for v in victims if v.idx + len(v.text) > body]
    if headline:
        # "... to be arraigned | Colorado Springs Gazette, News": after the bar is the site's name
        bar = max(headline[0].doc.text.rfind(mark, 0, body) for mark in _SITE_MARKS)
        headline = [v for v in headline if v.idx < bar] if bar >= 0 else headline
    return [side for side in (headline, lead) if side]


_SITE_MARKS = (" | ", " « ")


_ONE_PERSON = (
    r"(?:he|she|(?:the|a|an|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:victim|man|woman|boy|girl|teen|teenager|person|child|toddler|baby|driver|officer|deputy|suspect"
    r"|gunman|shooter|student|mother|father|son|daughter|wife|husband|\d+-year-old))"
)
# "The victim died at the hospital", "He was later pronounced dead": sentences
# with no event word are not parsed, yet they often carry the death.
_DIED = re.compile(
    rf"(?<![\w-])(?P<who>{_ONE_PERSON})\s+(?:who\s+)?(?:(?:later|then|also|eventually|subsequently)\s+)?"
    r"(?:died|dies|succumbed|was\s+(?:later\s+)?(?:pronounced|declared)\s+(?:dead|deceased))\b",
    re.IGNORECASE,
)


_HEADLINE_DIES = re.compile(
    r"^(?:[\w'’,.-]+\s+){0,3}?(?:man|woman|girl|boy|teen|teenager|person|child|toddler|student|officer|deputy"
    r"|driver|victim|mother|father|\d+-year-old)\b[\s,\d]*(?:[\w'’-]+\s+){0,2}?(?:shot|stabbed|wounded)\b"
    r"[^|:;«]{0,60}?\b(?:dies|died|has\s+died)\b",
    re.IGNORECASE,
)


def _headline_deaths(sentence: Sentence) -> list[Mention]:
    """'Girl shot at party dies', 'Teen wounded on bike path dies': one dead."""
    lower = sentence.text.lower()
    m = _HEADLINE_DIES.search(sentence.text) if "die" in lower else None
    if m is None:
        return []
    return [_one_dead(sentence, m)]


def _one_dead(sentence: Sentence, m: re.Match) -> Mention:
    return Mention("dead", 1, 1, 1, "", sentence.start + m.start(), sentence.start + m.end(), text=m.group(0))


def _unparsed_deaths(sentence: Sentence) -> list[Mention]:
    """One death per singular person said to have died, read without a parse."""
    lower = sentence.text.lower()
    if "die" not in lower and "dead" not in lower and "deceased" not in lower and "succumbed" not in lower:
        return []
    first = _DIED.search(sentence.text)
    return [_one_dead(sentence, first)] if first else []


_STEM_START = re.compile(r"\b(?:" + "|".join(_STEMS) + ")", re.IGNORECASE)


def _stem_tokens(sentence: Sentence) -> list["Token"]:
    """Tokens that start with a harm stem, found by one scan of the text
    rather than by visiting every token (this runs on every parsed sentence)."""
    doc = sentence.doc
    seen: set[int] = set()
    out = []
    for m in _STEM_START.finditer(sentence.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        tok = span[0]
        if tok.i not in seen and tok.idx == m.start():
            seen.add(tok.i)
            out.append(tok)
    return out


def _distinct(victims: list["Token"]) -> list["Token"]:
    """One person per noun phrase: the parser sometimes splits "ex-wife" into
    three objects side by side, which name one victim, not three."""
    out: list["Token"] = []
    for v in sorted(victims, key=lambda t: t.i):
        if not any(ch.isalpha() for ch in v.text):
            continue
        if out and v.i - out[-1].i <= 2 and all(t.text == "-" for t in v.doc[out[-1].i + 1 : v.i]):
            out[-1] = v  # the head noun comes last ("ex - wife")
            continue
        out.append(v)
    return out


def _together(counted: list[Mention], sentence: Sentence) -> Mention:
    """'a man and a 16-year-old boy were shot' is two victims of one act."""
    first = counted[0]
    if len(counted) == 1:
        return first
    start, end = min(m.start for m in counted), max(m.end for m in counted)
    n = len(counted)
    text = sentence.text[start - sentence.start : end - sentence.start]
    return Mention(first.kind, n, n, n, "", start, end, weak=first.weak, text=text)


def _kind(tok: "Token") -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("ADJ", "ADV"):  # the parser takes "pronounced X dead" either way
        return "dead" if lemma in DEAD_STATES else None
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if lemma in DEAD_VERBS:
        return "dead"
    if lemma in HURT_VERBS:
        return "injured"
    if lemma in TO_DEATH_VERBS:
        return "dead" if _fatal(tok) else None
    if lemma == "strike" and _struck_by_gunfire(tok):
        return "shot"
    if lemma in WEAK_VERBS or (lemma == "gun" and any(c.lower_ == "down" for c in tok.children)):
        if lemma == "gun" or _fatal(tok):
            return "dead"
        return "shot"
    return None


_GUNFIRE = re.compile(r"\b(?:gun\w*|shots?|bullets?|fired|fire|rounds?)\b", re.IGNORECASE)


def _struck_by_gunfire(tok: "Token") -> bool:
    """'exchanged gunfire and the male was struck', 'was struck in the leg by a
    bullet': hit, in a sentence about shooting (not 'struck by a car')."""
    passive = any(c.dep_ == "auxpass" for c in tok.children)
    return passive and bool(_GUNFIRE.search(tok.sent.text)) and not any(
        g.lemma_.lower() in ("car", "vehicle", "truck", "train", "bus") for c in tok.children if c.dep_ == "agent" for g in c.children
    )


def _fatal(tok: "Token") -> bool:
    """'fatally shot', 'shot dead', 'shot to death'."""
    for child in tok.children:
        if child.lower_ in ("fatally", "dead"):
            return True
        if child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


INTENT_HEADS = {"threaten", "try", "attempt", "want", "plan", "vow", "intend", "seek", "order", "go", "threat", "promise"}
WEAPONS = {"pistol", "gun", "handgun", "rifle", "shotgun", "firearm", "weapon", "round", "bullet", "shot", "air"}


# "possibly killing the trooper", "nearly killed": a harm that did not happen.
UNREAL_ADVERBS = {"possibly", "potentially", "nearly", "almost", "narrowly"}
REFLEXIVES = {"himself", "herself", "themselves"}


def _negated_or_unreal(tok: "Token") -> bool:
    chain = [tok] + ([tok.head] if tok.dep_ in ("conj", "xcomp", "acomp", "oprd") else [])
    for t in chain:
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in MODALS):
                return True
    if any(c.dep_ == "advmod" and c.lower_ in UNREAL_ADVERBS for c in tok.children):
        return True
    # A bare infinitive or an order ("to go ahead and kill him", "to kill a cop")
    # tells of no harm done; "used the gun to shoot himself" does.
    if tok.tag_ == "VB" and not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in tok.children):
        return True
    # "threatened to kill him", "tried to shoot her": intent, not harm
    to_aux = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return to_aux and tok.head.lemma_.lower() in INTENT_HEADS


def _victims(tok: "Token", depth: int = 0) -> list["Token"]:
    """Who the harm word happened to, following the clause it sits in."""
    if depth > 3:
        return []
    lemma = tok.lemma_.lower()
    if tok.pos_ in ("ADJ", "ADV"):  # "found dead", "was pronounced dead"
        host = tok.head
        if host.i == tok.i:
            return []
        # "pronounced Barrera dead", "found him dead": the object died, not the finder
        objects = [c for c in host.children if c.dep_ == "dobj"] if tok.dep_ in ("oprd", "advmod") else []
        return objects or _clause_subject(host, depth + 1)
    if lemma == "die":
        return _subjects(tok, ("nsubj",)) or _inherited(tok, depth)
    passive = _subjects(tok, ("nsubjpass",))
    if passive:
        return passive
    # "was shot and killed Jan. 11": a date the parser hung on the verb is no victim
    objects = [
        o for o in _subjects(tok, ("dobj",)) if _age_noun(o) or (o.ent_type_ not in ("DATE", "TIME") and not o.like_num)
    ]
    if objects:
        reflexive = [o for o in objects if o.lower_ in REFLEXIVES]
        if reflexive:  # "shot himself", "used the gun to shoot himself": the subject is the victim
            own = _subjects(tok, ("nsubj",))
            if own or tok.dep_ not in ("xcomp", "advcl", "conj") or lemma not in WEAK_VERBS | DEAD_VERBS:
                return own
            return _clause_subject(tok.head, depth + 1)
        return [o for o in objects if o.lemma_.lower() not in WEAPONS]
    if _headline_passive(tok):
        return _subjects(tok, ("nsubj",))
    if tok.dep_ == "conj" and any(c.dep_ == "agent" for c in tok.children):
        subjects = _subjects(tok.head, ("nsubj",))  # "a man shot and killed by police Monday"
        if subjects:
            return subjects
    if tok.dep_ in ("relcl", "acl"):
        if any(c.dep_ == "nsubj" for c in tok.children):
            return []  # "the officer who fatally shot a 19-year-old": the noun did it
        return [tok.head]  # "a man shot in the leg", "the woman who was killed"
    if tok.dep_ == "xcomp":  # "was believed to be shot"
        return _clause_subject(tok.head, depth + 1)
    return _inherited(tok, depth)


def _companions(tok: "Token") -> list["Token"]:
    """'was killed along with Heriberto Corpus', 'wounded together with his brother'."""
    withs = [c for c in tok.children if c.lower_ == "with" and any(s.lower_ in ("along", "together") for s in tok.children)]
    for c in tok.children:
        if c.lower_ in ("along", "together"):
            withs.extend(g for g in c.children if g.lower_ == "with")
    return [g for w in withs for g in w.children if g.dep_ == "pobj"]


def _inherited(tok: "Token", depth: int) -> list["Token"]:
    """'shot and killed', 'shot, killed': the second verb shares the first one's victims."""
    head = tok.head
    if tok.dep_ in ("conj", "advcl") and head.i != tok.i and _kind(head) is not None:
        return _victims(head, depth + 1)
    return []


def _clause_subject(verb: "Token", depth: int) -> list["Token"]:
    found = _subjects(verb, ("nsubjpass", "nsubj"))
    if found:
        return found
    if verb.dep_ in ("relcl", "acl"):
        return [verb.head]
    if verb.dep_ in ("conj", "xcomp") and depth <= 3 and verb.head.i != verb.i:
        return _clause_subject(verb.head, depth + 1)
    return []


def _headline_passive(tok: "Token") -> bool:
    """Headlines drop the auxiliary: 'Man shot by police', 'Girl shot at party'."""
    if not any(c.dep_ == "nsubj" for c in tok.children):
        return False
    if any(c.dep_ in ("dobj", "aux") or _shot_at_target(c) for c in tok.children):
        return False
    if any(c.dep_ == "agent" for c in tok.children):
        return True
    return tok.tag_ == "VBN" or tok.doc[0].is_title and tok.i < 6 and tok.tag_ == "VBD"


AT_TARGETS = {
    "police", "officer", "deputy", "trooper", "man", "woman", "people", "him", "her", "them",
    "car", "vehicle", "house", "home", "crowd", "air", "sky", "driver", "suspect",
}


def _shot_at_target(child: "Token") -> bool:
    """'shot at police' names a target, 'shot at a party' a place."""
    if child.dep_ != "prep" or child.lower_ not in ("at", "into"):
        return False
    return child.lower_ == "into" or any(g.lemma_.lower() in AT_TARGETS for g in child.children)


def _subjects(tok: "Token", deps: tuple[str, ...]) -> list["Token"]:
    out = []
    for child in tok.children:
        if child.dep_ in deps:
            out.append(child)
            if not any(c.dep_ == "conj" for c in child.children):
                continue  # no conjuncts to add: spare spaCy's walk for them
            joined = [child, *child.conjuncts]
            if any(c.dep_ == "cc" and c.lower_ in ("and", "&") for j in joined for c in j.children):
                out.extend(c for c in child.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON"))
    return out


def _age_noun(tok: "Token") -> bool:
    """'shot a 19-year-old': the entity tagger calls the age a date, but as
    the noun itself it is a person."""
    return tok.lower_ == "old" and any(c.lower_ == "year" for c in tok.children)


def _aged(victim: "Token") -> bool:
    """'Ruben Castell, 52,': an age in apposition makes a person, whatever the entity tagger said."""
    return any(c.dep_ == "appos" and c.like_num and c.text.isdigit() and 0 < int(c.text) < 120 for c in victim.children)


def _surname(victim: "Token") -> bool:
    """'Cottrell was killed', 'pronounced Barrera dead': a lone capitalised name
    the tagger took for a place or a company is a person when it is what the
    harm verb happened to (places and firms are not shot or killed)."""
    if victim.pos_ != "PROPN" or victim.ent_type_ not in ("GPE", "ORG"):
        return False
    if victim.dep_ not in ("nsubjpass", "dobj") or any(c.dep_ in ("det", "compound") for c in victim.children):
        return False
    return victim.ent_iob_ == "B" and (victim.i + 1 >= len(victim.doc) or victim.doc[victim.i + 1].ent_iob_ != "I")


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
    if (victim.ent_type_ in NOT_PEOPLE_ENTITIES and not _aged(victim) and not _surname(victim) and not _age_noun(victim)) or (
        victim.text.isupper() and len(victim.text) > 1
    ):
        return None  # a place or a dateline ("CHICAGO (AP) — A man was shot")
    if victim.pos_ == "PRON" and lower not in PRONOUNS:
        return None
    if victim.tag_ in ("NNS", "NNPS"):
        return None  # plural with no number: how many is not said
    if victim.pos_ not in ("NOUN", "PROPN", "PRON") and not _age_noun(victim):
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
