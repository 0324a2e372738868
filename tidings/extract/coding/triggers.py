"""Finding trigger words in a parsed sentence and deciding which of them
report an event of their own."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.extract.coding.lexicon import (
    BACKGROUND_PREPS,
    DEMAND_MODALS,
    INTENT_ADJECTIVES,
    IRREGULAR_PAST,
    LIGHT_VERBS,
    NOUNS,
    PHRASES,
    VERBS,
    Trigger,
)
from tidings.extract.numbers import CURRENCIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Found:
    """A trigger matched at a token: `first`..`last` cover the words read."""

    token: "Token"
    trigger: Trigger
    first: int
    last: int
    background: bool = False  # "after the protests", "amid clashes"
    via_light: "Token | None" = None  # "staged a protest": the light verb
    negated: bool = False  # content of a denial ("denied firing on")
    holder: "Token | None" = None  # the noun whose slot and roles count ("a mediation effort")


# Objects that make a generic verb an event ("gave aid", "sent troops").
AID_OBJECTS = frozenset(
    """aid assistance help money dollar euro fund food weapon arm equipment loan
    grant asylum supply vaccine medicine fuel ammunition relief shelter tent
    water support donation credit intelligence photograph information material
    grain rice wheat medical humanitarian vehicle blanket tent ration parcel kit
    mattress clothing clothes compensation""".split()
)
# What troops or aircraft are sent to do, or the work they are sent for, that
# makes the sending relief rather than a show of force (PLOVER: forces
# mobilised for disaster relief are AID).
RELIEF_VERBS = frozenset("rescue evacuate search distribute deliver feed save treat airlift ferry".split())
RELIEF_NOUNS = frozenset("rescue relief evacuation search recovery aid humanitarian survivor victim".split())
AFFLICTED = frozenset("victim survivor family household displaced bereaved evacuee homeless injured wounded farmer".split())
ROADS = frozenset("road highway motorway street bridge rail railway border-road roadside".split())
SEARCHES = frozenset("search rescue recovery operation hunt".split())
RELIEF_WORKERS = frozenset("rescuer medic doctor nurse diver rescue relief".split())
FORCE_OBJECTS = frozenset(
    """troop soldier force police peacekeeper warship unit contingent battalion
    jet aircraft tank ship personnel officer reinforcement marine commando
    military army""".split()
)
IMPOSED = {
    "sanction": ("SANCTION", "discontinue"),
    "embargo": ("SANCTION", "discontinue"),
    "curfew": ("COERCE", "curfew"),
    "emergency": ("COERCE", "martial-law"),
    "law": ("COERCE", "martial-law"),
    "restriction": ("COERCE", "restrict"),
    "ban": ("COERCE", "restrict"),
    "blockade": ("COERCE", "restrict"),
    "lockdown": ("COERCE", "restrict"),
    "tariff": ("SANCTION", "discontinue"),
}
EASED = frozenset(
    "curfew ban restriction emergency sanction blockade siege embargo lockdown law".split()
)
RETURNED = frozenset("weapon arm equipment prisoner body remains property asset land hostage captive detainee".split())
INSPECTORS = frozenset("inspector observer monitor investigator mission expert personnel team peacekeeper delegation".split())
CROSSINGS = frozenset("border crossing bridge airport port corridor route road checkpoint passage airspace".split())
MEETINGS = frozenset("visit meeting talk negotiation mediation summit trip conference effort dialogue".split())
TIES = frozenset("tie relation cooperation contact link".split())
STATE_FORCES = frozenset("police army troop soldier government authority force military navy guard".split())
FIRE_OBJECTS = frozenset("shot round bullet rocket missile shell gas cannon mortar grenade".split())
# Less-lethal weapons: firing them is crowd control (PLOVER's ASSAULT mode).
CROWD_WEAPONS = frozenset("gas teargas tear-gas cannon rubber pellet canister baton pepper stun".split())
# Nouns after "of" that make the event noun itself the thing reported.
EVENT_HOLDERS = frozenset(
    """start outbreak wave series day week month spate scene site wake aftermath
    result resumption end beginning victim height eruption number days weeks
    course face center centre""".split()
)
_NOUN_POS = ("NOUN", "PROPN")
CARE_PLACES = frozenset("hospital clinic infirmary emergency morgue".split())
CAPTIVES = frozenset("hostage captive".split())
WEAPON_POINTS = frozenset("gunpoint knifepoint".split())
# Nouns that only carry the event named by their modifier.
TRANSPARENT_HEADS = frozenset("effort mission campaign operation bid drive initiative action movement".split())


def find_triggers(doc: "Doc") -> list[Found]:
    """Every word or phrase in the sentence that may report an event."""
    found: list[Found] = []
    taken: set[int] = set()
    lower = doc.text.lower()  # Doc.text joins every token again: once per sentence
    demanded = _demanded(doc, lower)
    for phrase_found in _phrases(doc, lower):
        found.append(phrase_found)
        taken.update(range(phrase_found.first, phrase_found.last + 1))
    for token in doc:
        if token.i in taken:
            continue
        hit = None
        if token.pos_ in ("VERB", "AUX"):
            hit = _demand(token, demanded) or _praise(token) or _verb_trigger(token) or _held(token)
        elif token.pos_ in _NOUN_POS:
            hit = _noun_trigger(token)
        elif token.pos_ == "ADJ":
            hit = _intent(token)
        if hit is not None:
            found.append(hit)
    return found


_PRAISING = frozenset("important key crucial vital major significant decisive positive constructive instrumental great".split())


def _praise(token: "Token") -> Found | None:
    """'X played a very important role': said by someone, that is praise."""
    if token.lemma_.lower() != "play":
        return None
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() == "role":
            if any(m.lower_ in _PRAISING for m in child.children if m.dep_ == "amod"):
                return Found(token, Trigger("play role", "SUPPORT"), token.i, child.i)
    return None


def _demanded(doc: "Doc", lower: str) -> set[int]:
    """Indices of the verbs a demand modal hangs from as an auxiliary; one
    look at the text (lowercased) first, since few sentences hold such a modal."""
    if not any(modal in lower for modal in DEMAND_MODALS):
        return set()
    return {t.head.i for t in doc if t.dep_ == "aux" and t.lower_ in DEMAND_MODALS}


def _demand(token: "Token", demanded: set[int]) -> Found | None:
    """'Iraq must cooperate': whoever says so demands it."""
    if token.i in demanded:
        return Found(token, Trigger("must", "REQUEST"), token.i, token.i)
    return None


def _intent(token: "Token") -> Found | None:
    """'is ready to host a meeting', 'willing to withdraw'."""
    if token.lemma_.lower() not in INTENT_ADJECTIVES:
        return None
    if any(c.dep_ == "xcomp" for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ in ("pcomp", "pobj") for g in c.children)
        for c in token.children
    ):  # "ready to host", "committed to opening"
        return Found(token, Trigger(token.lemma_.lower(), "AGREE"), token.i, token.i)
    return None


_PHRASE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(PHRASES, key=len, reverse=True)) + r")\b"
)


def _phrases(doc: "Doc", lower: str) -> list[Found]:
    out = []
    for match in _PHRASE_RE.finditer(lower):
        trigger = PHRASES[match.group(0)]
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        found = Found(head, trigger, span.start, span.end - 1)
        if head.pos_ in _NOUN_POS and not _noun_slot(head, found):
            continue
        out.append(found)
    return out


def _particles(token: "Token") -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("prt", "prep", "advmod")}


def _verb_trigger(token: "Token") -> Found | None:
    entries = VERBS.get(IRREGULAR_PAST.get(token.lower_, token.lemma_.lower()))
    if not entries or token.dep_ in ("amod", "compound", "dobj", "nsubj", "pobj", "nsubjpass"):
        return None  # "armed men", "the wounded": participles used as nouns
    particles = _particles(token)
    chosen = next((e for e in entries if e.particle and e.particle.split()[-1] in particles), None)
    if chosen is None:
        chosen = next((e for e in entries if not e.particle), None)
    if chosen is None:
        return None
    chosen = _refine_verb(token, chosen)
    if chosen is None:
        return None
    return Found(token, chosen, token.i, token.i)


def _held(token: "Token") -> Found | None:
    """'held five workers hostage', 'held a clerk at gunpoint': a captive
    taken by force, where 'hold' alone is only talks or a rally."""
    if token.lemma_.lower() != "hold" or token.dep_ in ("amod", "compound"):
        return None
    objects = _object_lemmas(token)
    if objects & CAPTIVES:
        return Found(token, Trigger("hold", "ASSAULT", "abduct"), token.i, token.i)
    if objects & WEAPON_POINTS:
        return Found(token, Trigger("hold", "ASSAULT"), token.i, token.i)
    return None


def _with_singulars(lemmas: set[str]) -> set[str]:
    """The parser leaves some capitalised plurals unlemmatised ("Troops")."""
    return lemmas | {w[:-1] for w in lemmas if w.endswith("s") and len(w) > 3}


def _object_lemmas(token: "Token") -> set[str]:
    return _with_singulars(_raw_object_lemmas(token))


def _raw_object_lemmas(token: "Token") -> set[str]:
    lemmas = set()
    for child in token.children:
        if child.dep_ in ("dobj", "dative", "nsubjpass", "attr", "oprd"):
            lemmas.add(child.lemma_.lower())
            for grand in child.children:
                if grand.dep_ in ("compound", "amod", "conj"):
                    lemmas.add(grand.lemma_.lower())
                if grand.dep_ == "prep" and grand.lower_ == "of":
                    for pobj in grand.children:
                        lemmas.add(pobj.lemma_.lower())
                        lemmas.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "amod"))
        if child.dep_ == "prep":
            lemmas.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
    if token.dep_ == "acl":  # "troops deployed to the border"
        lemmas.add(token.head.lemma_.lower())
    return lemmas


def _refine_verb(token: "Token", entry: Trigger) -> Trigger | None:
    """Generic verbs become triggers only with the right object."""
    lemma = entry.lemma
    objects = _object_lemmas(token)
    subjects = _subject_lemmas(token)
    if lemma in ("approve", "allocate", "earmark"):  # "approved 2,000 dollars for each bereaved family"
        return entry if objects & (AID_OBJECTS | CURRENCIES) and _for_the_afflicted(token) else None
    if lemma in ("give", "provide", "supply", "deliver", "grant", "donate", "fund", "contribute", "hand", "distribute"):
        if objects & AID_OBJECTS or lemma in ("donate", "fund"):
            return Trigger(lemma, "AID")
        return Trigger(lemma, "AID", "military") if objects & FORCE_OBJECTS else None
    if lemma in ("send", "dispatch", "deploy", "mobilize", "mobilise", "fly") and _relief_work(token, objects):
        return Trigger(lemma, "AID")
    if lemma in ("send", "dispatch"):
        if objects & AID_OBJECTS:
            return Trigger(lemma, "AID")
        if objects & (FORCE_OBJECTS | INSPECTORS):
            return entry
        return None
    if lemma in ("deploy", "station", "mass", "amass", "reinforce", "strengthen", "bolster"):
        if objects & FORCE_OBJECTS or lemma in ("deploy", "amass", "reinforce"):
            return entry
        return None
    if lemma in ("establish", "restore", "upgrade", "normalize", "normalise"):
        return entry if objects & (TIES | {"embassy", "relation", "tie"}) else None
    if lemma in ("open", "reopen") and "embassy" in objects:
        return Trigger(lemma, "SUPPORT")
    if lemma in ("receive",):
        return entry if objects & INSPECTORS else None
    if lemma in ("open", "reopen"):
        return entry if objects & CROSSINGS else None
    if lemma == "arrive" and objects & CARE_PLACES:
        return None  # "arrived at a hospital with a gunshot wound": a victim, not a visit
    if lemma == "arrive":
        around = _subject_tree_lemmas(token)
        if around & FORCE_OBJECTS or "deployment" in around:
            # foreign peacekeepers arriving are aid; other forces, a show of force
            return Trigger(lemma, "AID", "") if around & {"peacekeeping", "peacekeeper"} else Trigger(lemma, "MOBILIZE", "troops")
        return entry
    if lemma in ("suspend", "halt", "call off", "call", "end", "stop") and objects & SEARCHES:
        return None  # "the search was suspended at dusk": rescuers resting, not a sanction or a concession
    if lemma == "cancel":
        if objects & EASED:
            return Trigger(lemma, "CONCEDE")
        return entry if objects & MEETINGS else None
    if lemma in ("end", "stop"):
        if objects & (MEETINGS | AID_OBJECTS | TIES):
            return Trigger(lemma, "SANCTION", "discontinue")
        if objects & {"strike", "protest", "boycott", "sit-in", "blockade"}:
            return Trigger(lemma, "CONCEDE")
        if objects & {"fighting", "hostility", "war", "offensive", "siege", "violence", "attack"}:
            return Trigger(lemma, "RETREAT", "ceasefire")
        return None
    if lemma in ("cut", "reduce"):
        return entry if objects & (AID_OBJECTS | TIES | {"import", "export", "link", "flight"}) else None
    if lemma == "share":
        return entry if objects & {"intelligence", "information", "expertise", "evidence", "data", "technology", "experience"} else None
    if lemma in ("prevent", "prohibit"):
        return Trigger(lemma, "SANCTION", "discontinue") if objects & AID_OBJECTS else entry
    if lemma in ("violate", "breach"):
        return Trigger(lemma, "ASSAULT") if objects & {"ceasefire", "truce", "cease-fire"} else entry
    if lemma == "sign" and "up" in _particles(token):
        return None  # "sign up for the newsletter"
    if lemma == "slam" and _particles(token) & {"into", "onto"}:
        return Trigger(lemma, "ASSAULT", "heavy-weapons")  # "a missile slammed into a block"
    if lemma == "commit":
        return Trigger("committed", "AGREE") if "to" in _particles(token) else None
    if lemma == "abuse" and any(c.lower_ == "sexually" for c in token.children):
        return Trigger(lemma, "ASSAULT", "sexual")
    if lemma in ("impose", "reimpose"):
        for obj in objects:
            if obj in IMPOSED:
                category, mode = IMPOSED[obj]
                return Trigger(lemma, category, mode)
        return None
    if lemma in ("lift", "ease", "relax", "shorten"):
        if objects & {"sanction", "embargo", "blockade", "siege"}:
            return Trigger(lemma, "RETREAT", "")
        return entry if objects & EASED else None
    if lemma == "fire":
        particles = _particles(token)
        if _crowd_weapon(token, objects) or _into_the_air(token):  # "fired tear gas", "fired into the air"
            return Trigger(lemma, "ASSAULT", "crowd-control")
        return entry if particles & {"on", "at", "upon", "into"} or objects & FIRE_OBJECTS else None
    if lemma == "return" and objects & RETURNED:
        return Trigger(lemma, "RETREAT", "release")
    if lemma in ("leave", "return", "depart"):
        return entry if objects & FORCE_OBJECTS or _subject_lemmas(token) & FORCE_OBJECTS else None
    if lemma in ("strike",):
        subjects = _subject_lemmas(token)
        if subjects & {"worker", "union", "teacher", "doctor", "nurse", "driver", "miner", "employee"}:
            return Trigger(lemma, "PROTEST", "strike")
    if lemma == "disperse" and _crowd_weapon(token, objects):  # "dispersed them with tear gas"
        return Trigger(lemma, "ASSAULT", "crowd-control")
    if lemma in ("block", "barricade", "blockade") and subjects & STATE_FORCES:
        return Trigger(lemma, "COERCE", "restrict")
    if lemma == "accept" and objects & {"demand", "condition", "request", "resignation"}:
        return Trigger(lemma, "CONCEDE")
    if lemma in ("back", "support") and token.dep_ == "amod":
        return None
    if lemma == "execute" and objects & {"plan", "order", "strategy", "program", "programme"}:
        return None
    return entry


def _for_the_afflicted(token: "Token") -> bool:
    """Money set aside for victims, survivors or the families of the dead,
    not for a ministry or an army."""
    for child in token.subtree:
        if child.dep_ == "prep" and child.lower_ in ("for", "to"):
            if any(g.lemma_.lower() in AFFLICTED for g in child.subtree):
                return True
    return False


def _relief_work(token: "Token", objects: set[str]) -> bool:
    """'sent helicopters to rescue stranded families', 'deployed soldiers
    for relief work', 'dispatched rescue teams'."""
    if objects & RELIEF_WORKERS:
        return True
    after = [t for t in token.subtree if t.i > token.i]
    for word in after:
        if word.dep_ in ("advcl", "xcomp") and word.lemma_.lower() in RELIEF_VERBS:
            return True
        if word.dep_ == "prep" and word.lower_ in ("for", "to"):  # "for relief work", "to the rescue"
            if any(g.lemma_.lower() in RELIEF_NOUNS for g in word.subtree if g.pos_ in ("NOUN", "ADJ")):
                return True
    return False


def _crowd_weapon(token: "Token", objects: set[str]) -> bool:
    """A less-lethal weapon among the objects, or tear gas in a translated
    spelling ('lacrimogenous bombs', 'lacrymogenic grenades')."""
    if objects & CROWD_WEAPONS:
        return True
    return any(t.lower_.startswith(_TEAR_STEMS) for t in token.subtree if t.i > token.i)


_TEAR_STEMS = ("lacrim", "lacrym", "lachrym")


def _into_the_air(token: "Token") -> bool:
    """'fired shots into the air': a warning, the crowd-control reading."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "into"):
            if any(g.dep_ == "pobj" and g.lower_ == "air" for g in child.children):
                return True
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(_into_the_air(obj) for obj in objects if obj.lemma_.lower() in ("shot", "round", "bullet"))


def _subject_tree_lemmas(token: "Token") -> set[str]:
    return {g.lemma_.lower() for c in token.children if c.dep_ in ("nsubj", "nsubjpass") for g in c.subtree}


def _subject_lemmas(token: "Token") -> set[str]:
    return _with_singulars(_raw_subject_lemmas(token))


def _raw_subject_lemmas(token: "Token") -> set[str]:
    subjects = {c.lemma_.lower() for c in token.children if c.dep_ in ("nsubj", "agent")}
    for child in token.children:
        if child.dep_ == "agent":
            subjects.update(g.lemma_.lower() for g in child.children if g.dep_ == "pobj")
    if not subjects and token.dep_ in ("conj", "xcomp") and token.head is not token:
        return _raw_subject_lemmas(token.head)
    if token.dep_ == "relcl":
        subjects.add(token.head.lemma_.lower())
    return subjects


def _noun_trigger(token: "Token") -> Found | None:
    entries = NOUNS.get(token.lemma_.lower()) or NOUNS.get(token.lower_)
    if not entries:
        return None
    if token.dep_ == "compound" and token.head.lemma_.lower() in TRANSPARENT_HEADS:
        token_for_slot = token.head  # "a mediation effort", "a protest march"
    else:
        token_for_slot = token
    entry = entries[0]
    if entry.lemma == "strike" and any(
        c.lower_ in ("air", "drone", "missile") for c in token.children
    ):
        return None  # the phrase table reads "air strike"
    if entry.lemma == "blockade" and any(c.lemma_.lower() in ROADS for c in token.children if c.dep_ in ("compound", "amod")):
        entry = Trigger("blockade", "PROTEST", "obstruct")  # a road blockade is a crowd's, a naval one a state's
    found = Found(token, entry, token.i, token.i, holder=token_for_slot)
    return found if _noun_slot(token_for_slot, found) else None


def _noun_slot(token: "Token", found: Found) -> bool:
    """Whether a noun trigger reports an event here (sets `background` and
    `via_light` on `found`)."""
    dep = token.dep_
    head = token.head
    if dep in ("compound", "amod", "poss", "nmod"):
        return False
    if dep == "ROOT" or head is token:
        return True
    if dep == "conj":
        return head.pos_ in _NOUN_POS and head.lemma_.lower() in NOUNS
    if dep in ("nsubj", "nsubjpass"):
        return True
    if dep in ("dobj", "attr", "oprd"):
        if head.lemma_.lower() in LIGHT_VERBS:
            found.via_light = head
        return True
    if dep == "pobj":
        prep = head
        governor = prep.head
        word = prep.lower_
        if word in BACKGROUND_PREPS:
            found.background = True
            return True
        if word == "of" and governor.lemma_.lower() in EVENT_HOLDERS:
            found.background = True
            return True
        if word in ("into", "to") and governor.lemma_.lower() in ("turn", "escalate", "lead", "descend", "spiral"):
            return True
        if word in ("on", "for") and found.trigger.category == "CONSULT":
            if governor.pos_ == "VERB":
                found.via_light = governor  # its subject did the talking
            return True  # "arrived on a visit", "returned for talks"
        if word in ("under", "into") and found.trigger.category == "ACCUSE":
            return True  # "put under investigation"
        if word == "in" and governor.lemma_.lower() in ("kill", "die", "injure", "wound", "participate", "take", "join", "arrest", "engage"):
            return True
        return False
    if dep == "appos":
        return False
    return False
