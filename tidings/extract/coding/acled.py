"""ACLED event type and sub-type for a coded event.

Rules decide the clear cases from the PLOVER category, mode, actor types and
a few words of the sentence; the learned classifier
(`tidings.extract.acled_classifier`, when installed with its model) decides
the rest. The classifier is imported lazily and only asked when the rules are
unsure.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from tidings.extract import taxonomy
from tidings.records import Actor

RULES_TRUSTED = 0.85  # rule confidence at or above which the classifier is not asked
CLASSIFIER_TRUSTED = 0.3
SHORT_TEXT = 600  # a note this short is read whole by the classifier
# Classifier confidence at which its reading replaces the trigger's category
# ("a missile slammed into a block" is an attack, not a complaint).
CLASSIFIER_OVERRULES = 0.6

_ARMED = {1, 2, 3, 4, 8}


@dataclass(frozen=True)
class AcledGuess:
    event_type: str
    sub_event_type: str
    confidence: float


def _has(pattern: str) -> Callable[[str], bool]:
    compiled = re.compile(pattern, re.IGNORECASE)
    return lambda text: bool(compiled.search(text))


_CHEMICAL = _has(r"\b(chemical|chlorine|sarin|nerve agent|mustard gas|toxic gas)\b")
_GRENADE = _has(r"\bgrenades?\b")
_SUICIDE = _has(r"\bsuicide\b")
_IED = _has(r"\b(ieds?|improvised explosive|roadside|landmines?|mines?|car bomb|bomb|explosive device|booby)")
_AERIAL = _has(r"\b(air ?strikes?|airstrikes?|air raids?|drones?|warplanes?|jets?|aircraft|helicopters?|bombers?|uav)\b")
_SHELLING = _has(r"\b(shell(ed|ing|s)?|artillery|mortars?|rockets?|missiles?|howitzers?|grad|katyusha)\b")
_REGAIN = _has(r"\b(recaptur|regain|retook|retake|retaken|liberat|reclaim|took back|wrested back|back under)")
_OVERTAKE = _has(r"\b(seiz|captur|overr[au]n|took (over|control)|taken (over|control)|stormed and took|fell to)")
_TERRITORY = _has(r"\b(town|village|city|district|base|province|region|county|territory|area|locality|hill|airport|port|border crossing|control)")
_CLASH = _has(r"\b(clash|fight|battl|exchange of fire|firefight|gun ?battle|engag)")
_INTERVENTION = _has(r"\b(dispers|tear ?gas|arrest|detain|water cannon|rubber bullets|baton|beat|broke up|break up|cordon|pushed back)")
_EXCESSIVE = _has(r"\b(killed|shot dead|live (ammunition|fire|rounds)|opened fire|shot|fired on|died|deaths?)\b")
_MOB = _has(r"\b(mob|lynch|vigilante|set upon|communal)")
_LOOT = _has(r"\b(loot|torch|burn|set fire|vandali|destroy|demolish|ransack)")
_DISRUPT = _has(r"\b(defus|intercept|shot down|dismantl|seized (a )?(weapons|arms|explosives)|weapons cache|arms cache|cleared (mines|explosives))")
_BASE = _has(r"\b(set up|establish|built|opened) (a |an |new )?(military )?(base|headquarters|camp|outpost)")
_CHANGE = _has(r"\b(merge|split|rename|new leader|appointed|defect|disband|relocat|suspended (its )?operations|change of leadership)")
_TRANSFER = _has(r"\b(hand(ed)? over|transferr|withdr[ae]w from|pulled out of|vacat)")
_AGREEMENT = _has(r"\b(ceasefire|cease-fire|truce|peace (deal|agreement|accord)|agreement|accord|deal|exchange of prisoners|prisoner exchange|signed)")
_RESPONSIBILITY = _has(r"\b(claim(ed|s)? responsibility|responsibility for)\b")
_NATURAL = _has(r"\b(earthquake|flood|cyclone|hurricane|typhoon|landslide|drought|tsunami|storm|wildfire|volcan|mudslide|avalanche)")
# Forces of nature that kill by themselves ("storm" is left out: protesters storm buildings).
_DEADLY_NATURE = _has(r"\b(earthquake|quake|floods?|flooding|cyclone|hurricane|typhoon|landslides?|tsunami|wildfires?|mudslides?|avalanche|torrential rain|heavy rains?\b|rainfall|downpours?)")
deadly_nature = _DEADLY_NATURE  # for the document pass: is the story a disaster?
_MANMADE = _has(r"\b(accident|crash|collapse|derail|capsiz|blaze|gas leak|industrial|explosion at (a|the) (factory|plant|mine)|mine disaster|stampede)")
_CRIME = _has(r"\b(drug|cocaine|heroin|smuggl|traffick|robber|burglar|fraud|cartel|gang)")


_ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "PRM", "CRM", "SPY"})


def armed(actors: list[Actor]) -> bool:
    """Whether anyone among the actors could have attacked (a government
    named in a dateline could not have sent the rain)."""
    return any(a.sector in _ARMED_SECTORS or a.acled_inter in (2, 3, 4, 5) for a in actors)


def _inter(actors: list[Actor]) -> int | None:
    for actor in actors:
        if actor.acled_inter is not None:
            return actor.acled_inter
    return None


def rule_guess(
    category: str, mode: str, text: str, actors: list[Actor], recipients: list[Actor], lemma: str = ""
) -> AcledGuess:
    """The rules' answer and how sure they are."""
    inter1, inter2 = _inter(actors), _inter(recipients)
    if category == "ASSAULT" and _DEADLY_NATURE(text) and not armed(actors):
        return AcledGuess("Other", "Natural disaster", 0.85)  # "rain killed nine": no attacker
    if _RESPONSIBILITY(text) and category in ("ACCUSE", ""):
        return AcledGuess("Other", "Attribution of responsibility", 0.85)
    if category == "ASSAULT":
        return _violence(mode, text, inter1, inter2, lemma)
    if category == "PROTEST":
        if mode == "riot" or (inter1 == 5):
            sub = "Mob violence" if _MOB(text) else "Violent demonstration"
            return AcledGuess("Riots", sub, 0.75)
        if _EXCESSIVE(text) and _INTERVENTION(text):
            return AcledGuess("Protests", "Excessive force against protesters", 0.6)
        if _INTERVENTION(text):
            return AcledGuess("Protests", "Protest with intervention", 0.7)
        return AcledGuess("Protests", "Peaceful protest", 0.75)
    if _DISRUPT(text):
        return AcledGuess("Strategic developments", "Disrupted weapons use", 0.75)
    if category == "COERCE":
        if mode == "arrest":
            return AcledGuess("Strategic developments", "Arrests", 0.8)
        if mode == "seize" and _LOOT(text):
            return AcledGuess("Strategic developments", "Looting/property destruction", 0.7)
        return AcledGuess("Strategic developments", "Other", 0.5)
    if category in ("AGREE", "RETREAT", "CONCEDE") and _AGREEMENT(text):
        return AcledGuess("Strategic developments", "Agreement", 0.7)
    if category == "RETREAT" and mode == "withdraw" and _TRANSFER(text) and _TERRITORY(text):
        return AcledGuess("Strategic developments", "Non-violent transfer of territory", 0.5)
    if category == "MOBILIZE" and _BASE(text):
        return AcledGuess("Strategic developments", "Headquarters or base established", 0.7)
    if _CHANGE(text) and category in ("RETREAT", "SANCTION", "REJECT", ""):
        return AcledGuess("Strategic developments", "Change to group/activity", 0.5)
    if category == "":
        return _out_of_scope(text)
    return AcledGuess("Strategic developments", "Other", 0.4)


def _violence(mode: str, text: str, inter1: int | None, inter2: int | None, lemma: str) -> AcledGuess:
    remote = "Explosions/Remote violence"
    if _CHEMICAL(text) or mode == "unconventional":
        return AcledGuess(remote, "Chemical weapon", 0.85)
    if mode == "suicide-attack" or (_SUICIDE(text) and _IED(text)):
        return AcledGuess(remote, "Suicide bomb", 0.85)
    if mode in ("aerial", "drone") or (_AERIAL(text) and lemma in ("strike", "bomb", "attack", "target", "hit", "airstrike")):
        return AcledGuess(remote, "Air/drone strike", 0.85)
    if _GRENADE(text):
        return AcledGuess(remote, "Grenade", 0.85)
    if mode == "heavy-weapons" or (_SHELLING(text) and lemma not in ("clash", "fight", "battle")):
        return AcledGuess(remote, "Shelling/artillery/missile attack", 0.75)
    if mode in ("explosives",) or lemma in ("detonate", "explode", "blast", "explosion", "bombing"):
        return AcledGuess(remote, "Remote explosive/landmine/IED", 0.75)
    if mode == "crowd-control" or inter2 in (5, 6):
        return AcledGuess("Protests", "Excessive force against protesters", 0.75)
    if mode == "sexual":
        return AcledGuess("Violence against civilians", "Sexual violence", 0.85)
    if mode == "abduct":
        if inter2 in _ARMED:
            return AcledGuess("Battles", "Armed clash", 0.5)
        return AcledGuess("Violence against civilians", "Abduction/forced disappearance", 0.85)
    if _REGAIN(text) and inter1 in (1, None) and _TERRITORY(text):
        return AcledGuess("Battles", "Government regains territory", 0.85)
    if _OVERTAKE(text) and inter1 in (2, 3, 4) and _TERRITORY(text):
        return AcledGuess("Battles", "Non-state actor overtakes territory", 0.7)
    if mode == "destroy" and inter2 is None:
        return AcledGuess("Strategic developments", "Looting/property destruction", 0.5)
    if _CLASH(text) or lemma in ("clash", "fight", "battle", "fighting", "ambush"):
        return AcledGuess("Battles", "Armed clash", 0.75)
    if inter1 in _ARMED and inter2 in _ARMED:
        return AcledGuess("Battles", "Armed clash", 0.7)
    if inter2 == 7 or inter2 is None:
        return AcledGuess("Violence against civilians", "Attack", 0.6 if inter2 == 7 else 0.45)
    return AcledGuess("Violence against civilians", "Attack", 0.4)


def _out_of_scope(text: str) -> AcledGuess:
    if _NATURAL(text):
        return AcledGuess("Other", "Natural disaster", 0.7)
    if _MANMADE(text):
        return AcledGuess("Other", "Man-made disaster", 0.6)
    if _CRIME(text):
        return AcledGuess("Other", "Organized crime", 0.6)
    return AcledGuess("Other", "Diplomatic event", 0.3)


@functools.lru_cache(maxsize=1)
def _classifier() -> Callable[[str], list[tuple[str, float]]] | None:
    """The learned classifier's `classify`, or None when it is not installed
    or has no trained model."""
    try:
        module = importlib.import_module("tidings.extract.acled_classifier")
        classify = getattr(module, "classify")
        classify("Protesters gathered outside parliament.")
    except Exception:  # no module, no weights, or a broken model: rules alone
        return None
    return classify


def split_label(label: str) -> tuple[str, str]:
    """'Explosions/Remote violence/Air/drone strike' -> (type, sub-type)."""
    for event_type in (*taxonomy.ACLED_TYPES, taxonomy.OUT_OF_SCOPE_TYPE):
        if label.startswith(event_type + "/"):
            return event_type, label[len(event_type) + 1 :]
    sub = label.split("/", 1)[-1]
    return taxonomy.acled_event_type(sub), sub


def classify_event(
    category: str,
    mode: str,
    text: str,
    actors: list[Actor],
    recipients: list[Actor],
    lemma: str = "",
    use_classifier: bool = True,
    document: str = "",
    firm: bool = False,
) -> AcledGuess:
    """Precise rules for the clear cases, the learned classifier for the rest.

    The classifier reads the whole report when it is short (an ACLED-style
    note), otherwise the event's sentence. A `firm` PLOVER reading (an order,
    a threat, a condemnation) is never overruled, only refined.
    """
    guess = rule_guess(category, mode, text, actors, recipients, lemma)
    if guess.confidence >= RULES_TRUSTED or not use_classifier:
        return guess
    whole_note = 0 < len(document) <= SHORT_TEXT and document.strip() != text.strip()
    if whole_note:  # one note, several events: an arrest told after a shooting is an arrest
        own = _agreeing_reading(guess, classifier_ranking(text))
        if own is not None:
            return own
    ranked = classifier_ranking(document if 0 < len(document) <= SHORT_TEXT else text)
    for label, prob in ranked:
        if prob < CLASSIFIER_TRUSTED:
            break
        event_type, sub = split_label(label)
        if compatible(category, event_type) or (prob >= CLASSIFIER_OVERRULES and not firm):
            return AcledGuess(event_type, sub, prob)
    return guess


def _agreeing_reading(guess: AcledGuess, ranked: tuple[tuple[str, float], ...]) -> AcledGuess | None:
    """The classifier's reading of the event's own sentence when it agrees
    with the rules: two independent signals about this event beat the
    note-level reading, which is about the note's main event."""
    if not ranked:
        return None
    label, prob = ranked[0]
    event_type, sub = split_label(label)
    if sub != guess.sub_event_type or prob < CLASSIFIER_TRUSTED:
        return None
    return AcledGuess(event_type, sub, prob)


_VERBAL_TYPES = {"Strategic developments", "Other"}


def compatible(category: str, event_type: str) -> bool:
    """The classifier may refine what the event is, not contradict its
    PLOVER reading: a threat or a complaint never becomes a battle."""
    if category in ("", "ASSAULT", "COERCE"):
        return True
    if taxonomy.quad_code(category) in (1, 3):
        return event_type in _VERBAL_TYPES
    if category == "PROTEST":
        return event_type in ("Protests", "Riots", "Strategic developments")
    return event_type in _VERBAL_TYPES or event_type == "Battles"


@functools.lru_cache(maxsize=512)
def classifier_ranking(text: str) -> tuple[tuple[str, float], ...]:
    """The classifier's labels for a text, best first (empty without a model)."""
    classify = _classifier()
    if classify is None or not text.strip():
        return ()
    return tuple(classify(text))


# The PLOVER reading of an ACLED label, for reports the trigger lexicon
# missed but the classifier recognised ("" where PLOVER has no category:
# disasters are not political events).
LABEL_TO_PLOVER: dict[str, tuple[str, str]] = {
    "Armed clash": ("ASSAULT", ""),
    "Government regains territory": ("ASSAULT", ""),
    "Non-state actor overtakes territory": ("ASSAULT", ""),
    "Chemical weapon": ("ASSAULT", "unconventional"),
    "Air/drone strike": ("ASSAULT", "aerial"),
    "Suicide bomb": ("ASSAULT", "suicide-attack"),
    "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Sexual violence": ("ASSAULT", "sexual"),
    "Attack": ("ASSAULT", ""),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Peaceful protest": ("PROTEST", "demo"),
    "Protest with intervention": ("PROTEST", "demo"),
    "Excessive force against protesters": ("ASSAULT", "crowd-control"),
    "Violent demonstration": ("PROTEST", "riot"),
    "Mob violence": ("ASSAULT", "beat"),
    "Agreement": ("AGREE", ""),
    "Arrests": ("COERCE", "arrest"),
    "Change to group/activity": ("CONCEDE", ""),
    "Disrupted weapons use": ("COERCE", "seize"),
    "Headquarters or base established": ("MOBILIZE", "troops"),
    "Looting/property destruction": ("COERCE", "seize"),
    "Non-violent transfer of territory": ("RETREAT", "withdraw"),
    "Other": ("", ""),
    "Natural disaster": ("", ""),
    "Man-made disaster": ("", ""),
    "Organized crime": ("ASSAULT", ""),
    "Diplomatic event": ("CONSULT", ""),
    "Attribution of responsibility": ("ACCUSE", "allege"),
}
DISASTERS = frozenset({"Natural disaster", "Man-made disaster"})
