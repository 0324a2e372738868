"""The trigger lexicon: which words report which PLOVER events.

Each line of the tables below reads `lemma [particle] CATEGORY [mode]`. A
particle ("pull out", "call for", "crack down") must be present among the
verb's children for the entry to apply. Verbs and nouns are separate tables
because a noun only reports an event in some syntactic slots (see
`coding.sentence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    lemma: str
    category: str
    mode: str = ""
    particle: str = ""  # required particle or preposition ("out", "for", "down")


_VERBS = """
agree AGREE
pledge AGREE
promise AGREE
vow AGREE
offer AGREE
accept AGREE
sign SUPPORT
establish SUPPORT
restore SUPPORT
upgrade SUPPORT
normalize SUPPORT
normalise SUPPORT
swear AGREE
commit AGREE
arrive CONSULT visit
receive RETREAT access
open RETREAT access
reopen RETREAT access
allow CONCEDE
permit CONCEDE
call off CONCEDE
cancel SANCTION withdraw
end SANCTION discontinue
stop SANCTION discontinue
share COOPERATE
contribute AID
hand over AID
push for REQUEST
pressure REQUEST
pressurize REQUEST
renege REJECT
violate REJECT yield
breach REJECT yield
prevent COERCE restrict
force out SANCTION expel
shorten CONCEDE
prohibit COERCE restrict
hack COERCE cyber
deface COERCE cyber
bulldoze COERCE seize
blockade PROTEST obstruct
abuse ASSAULT beat
monitor ACCUSE investigate
inspect ACCUSE investigate
strengthen MOBILIZE troops
bolster MOBILIZE troops
cut SANCTION discontinue
reduce SANCTION discontinue
ratify SUPPORT
endorse SUPPORT
meet CONSULT
talk CONSULT
discuss CONSULT
negotiate CONSULT
consult CONSULT
telephone CONSULT phone
phone CONSULT phone
confer CONSULT
visit CONSULT visit
host CONSULT visit
mediate CONSULT third-party
praise SUPPORT
welcome SUPPORT
support SUPPORT
back SUPPORT
commend SUPPORT
hail SUPPORT
applaud SUPPORT
recognize SUPPORT
recognise SUPPORT
thank SUPPORT
congratulate SUPPORT
forgive SUPPORT
defend SUPPORT
apologize SUPPORT
apologise SUPPORT
concede CONCEDE
pardon CONCEDE
regret CONCEDE
yield CONCEDE
lift CONCEDE
ease CONCEDE
relax CONCEDE
cooperate COOPERATE
collaborate COOPERATE
extradite COOPERATE
aid AID
donate AID
provide AID
supply AID
deliver AID
give AID
grant AID
rescue AID
evacuate AID
airlift AID
distribute AID
compensate AID
approve AID
allocate AID
earmark AID
assist AID
fund AID
withdraw RETREAT withdraw
retreat RETREAT withdraw
pull out RETREAT withdraw
pull back RETREAT withdraw
depart RETREAT withdraw
leave RETREAT withdraw
return RETREAT withdraw
release RETREAT release
free RETREAT release
disarm RETREAT disarm
surrender RETREAT disarm
demobilize RETREAT disarm
resign RETREAT resign
step down RETREAT resign
quit RETREAT resign
ask REQUEST
request REQUEST
urge REQUEST
appeal REQUEST
demand REQUEST
call for REQUEST
call on REQUEST
call upon REQUEST
press REQUEST
plead REQUEST
seek REQUEST
order REQUEST
authorize REQUEST
authorise REQUEST
instruct REQUEST
insist REQUEST
invite AGREE
accuse ACCUSE allege
blame ACCUSE allege
allege ACCUSE allege
charge ACCUSE allege
indict ACCUSE allege
sue ACCUSE allege
criticize ACCUSE disapprove
criticise ACCUSE disapprove
condemn ACCUSE disapprove
denounce ACCUSE disapprove
slam ACCUSE disapprove
decry ACCUSE disapprove
deplore ACCUSE disapprove
complain ACCUSE disapprove
censure ACCUSE disapprove
rebuke ACCUSE disapprove
lambaste ACCUSE disapprove
investigate ACCUSE investigate
probe ACCUSE investigate
reject REJECT
refuse REJECT
decline REJECT
deny REJECT
dismiss REJECT
veto REJECT
rebuff REJECT
oppose REJECT
defy REJECT yield
spurn REJECT
threaten THREATEN
warn THREATEN
protest PROTEST demo
demonstrate PROTEST demo
rally PROTEST demo
march PROTEST demo
picket PROTEST demo
riot PROTEST riot
boycott PROTEST boycott
block PROTEST obstruct
barricade PROTEST obstruct
sanction SANCTION discontinue
expel SANCTION expel
recall SANCTION withdraw
suspend SANCTION discontinue
cut off SANCTION discontinue
sever SANCTION discontinue
halt SANCTION discontinue
freeze SANCTION discontinue
convict SANCTION convict
mobilize MOBILIZE troops
mobilise MOBILIZE troops
deploy MOBILIZE troops
mass MOBILIZE troops
amass MOBILIZE troops
station MOBILIZE troops
reinforce MOBILIZE troops
patrol MOBILIZE police
send MOBILIZE troops
dispatch MOBILIZE troops
arrest COERCE arrest
detain COERCE arrest
jail COERCE arrest
imprison COERCE arrest
sentence COERCE arrest
round up COERCE arrest
apprehend COERCE arrest
seize COERCE seize
confiscate COERCE seize
raid COERCE seize
loot COERCE seize
ban COERCE restrict
outlaw COERCE restrict
impose COERCE restrict
reimpose COERCE restrict
restrict COERCE restrict
deport COERCE deport
censor COERCE censor
shut down COERCE withhold
disperse COERCE restrict
crack down COERCE restrict
repress ASSAULT crowd-control
suppress ASSAULT crowd-control
quell ASSAULT crowd-control
crush ASSAULT crowd-control
attack ASSAULT
kill ASSAULT
murder ASSAULT
shoot ASSAULT firearms
fire ASSAULT firearms
gun down ASSAULT firearms
ambush ASSAULT firearms
bomb ASSAULT explosives
shell ASSAULT heavy-weapons
bombard ASSAULT heavy-weapons
pound ASSAULT heavy-weapons
strike ASSAULT
clash ASSAULT
fight ASSAULT
battle ASSAULT
assault ASSAULT beat
beat ASSAULT beat
torture ASSAULT torture
kidnap ASSAULT abduct
abduct ASSAULT abduct
hijack ASSAULT abduct
massacre ASSAULT targeted
assassinate ASSAULT targeted
execute ASSAULT targeted
behead ASSAULT targeted
lynch ASSAULT beat
stab ASSAULT primitive
torch ASSAULT destroy
burn ASSAULT destroy
rape ASSAULT sexual
wound ASSAULT
injure ASSAULT
detonate ASSAULT explosives
explode ASSAULT explosives
invade ASSAULT heavy-weapons
capture ASSAULT
overrun ASSAULT
destroy ASSAULT destroy
demolish COERCE seize
target ASSAULT
storm ASSAULT
retake ASSAULT
recapture ASSAULT
regain ASSAULT
reoccupy ASSAULT
liberate ASSAULT
dislodge ASSAULT
repel ASSAULT
repulse ASSAULT
sabotage ASSAULT destroy
chase ASSAULT
blow up ASSAULT destroy
"""

_NOUNS = """
protest PROTEST demo
demonstration PROTEST demo
rally PROTEST demo
march PROTEST demo
sit-in PROTEST demo
vigil PROTEST demo
strike PROTEST strike
walkout PROTEST strike
riot PROTEST riot
unrest PROTEST riot
boycott PROTEST boycott
attack ASSAULT
assault ASSAULT
airstrike ASSAULT aerial
bombing ASSAULT explosives
blast ASSAULT explosives
explosion ASSAULT explosives
shelling ASSAULT heavy-weapons
clash ASSAULT
fighting ASSAULT
combat ASSAULT
confrontation ASSAULT
hostility ASSAULT
firefight ASSAULT firearms
battle ASSAULT
ambush ASSAULT firearms
massacre ASSAULT targeted
killing ASSAULT
shooting ASSAULT firearms
gunfire ASSAULT firearms
offensive ASSAULT
invasion ASSAULT heavy-weapons
kidnapping ASSAULT abduct
abduction ASSAULT abduct
assassination ASSAULT targeted
crackdown ASSAULT crowd-control
raid COERCE seize
withdrawal RETREAT withdraw
pullout RETREAT withdraw
departure RETREAT withdraw
retreat RETREAT withdraw
ceasefire RETREAT ceasefire
cease-fire RETREAT ceasefire
truce RETREAT ceasefire
release RETREAT release
resignation RETREAT resign
talk CONSULT
meeting CONSULT
visit CONSULT visit
summit CONSULT multilateral
negotiation CONSULT
mediation CONSULT third-party
agreement AGREE
deal AGREE
accord AGREE
pact AGREE
treaty AGREE
sanction SANCTION discontinue
embargo SANCTION discontinue
expulsion SANCTION expel
arrest COERCE arrest
detention COERCE arrest
curfew COERCE curfew
ban COERCE restrict
deportation COERCE deport
blockade COERCE restrict
deployment MOBILIZE troops
mobilization MOBILIZE troops
buildup MOBILIZE troops
aid AID
assistance AID
rescue AID
airlift AID
compensation AID
criticism ACCUSE disapprove
condemnation ACCUSE disapprove
accusation ACCUSE allege
allegation ACCUSE allege
investigation ACCUSE investigate
probe ACCUSE investigate
lawsuit ACCUSE allege
threat THREATEN
ultimatum THREATEN relations
warning THREATEN
request REQUEST
demand REQUEST
appeal REQUEST
rejection REJECT
refusal REJECT
veto REJECT
praise SUPPORT
backing SUPPORT
consensus AGREE
suspension SANCTION discontinue
hearing ACCUSE investigate
inquiry ACCUSE investigate
torture ASSAULT torture
exercise MOBILIZE troops
drill MOBILIZE troops
maneuver MOBILIZE troops
manoeuvre MOBILIZE troops
alert MOBILIZE troops
patrol MOBILIZE police
reminder REQUEST
"""

# Adjectives that report intent ("is ready to host", "willing to withdraw"):
# AGREE, or THREATEN when what is intended is coercion or force.
INTENT_ADJECTIVES = frozenset("ready willing prepared committed determined eager keen".split())

# Modal verbs that turn a clause into a demand ("Iraq must cooperate").
DEMAND_MODALS = frozenset({"must"})

# Multi-word nouns read as one trigger ("state of emergency", "air strike").
PHRASES: dict[str, Trigger] = {
    "state of emergency": Trigger("state of emergency", "COERCE", "martial-law"),
    "martial law": Trigger("martial law", "COERCE", "martial-law"),
    "air strike": Trigger("air strike", "ASSAULT", "aerial"),
    "air strikes": Trigger("air strike", "ASSAULT", "aerial"),
    "drone strike": Trigger("drone strike", "ASSAULT", "drone"),
    "drone strikes": Trigger("drone strike", "ASSAULT", "drone"),
    "hunger strike": Trigger("hunger strike", "PROTEST", "hunger"),
    "suicide bombing": Trigger("suicide bombing", "ASSAULT", "suicide-attack"),
    "suicide attack": Trigger("suicide attack", "ASSAULT", "suicide-attack"),
    "car bomb": Trigger("car bomb", "ASSAULT", "explosives"),
    "roadside bomb": Trigger("roadside bomb", "ASSAULT", "explosives"),
    "opened fire": Trigger("open fire", "ASSAULT", "firearms"),
    "open fire": Trigger("open fire", "ASSAULT", "firearms"),
    "opens fire": Trigger("open fire", "ASSAULT", "firearms"),
    "tear gas": Trigger("tear gas", "ASSAULT", "crowd-control"),
    "water cannon": Trigger("water cannon", "ASSAULT", "crowd-control"),
    "rubber bullets": Trigger("rubber bullets", "ASSAULT", "crowd-control"),
    "shoot to kill": Trigger("shoot to kill", "ASSAULT", "firearms"),
    "claimed responsibility": Trigger("claim responsibility", "ACCUSE", "allege"),
    "ethnic cleansing": Trigger("ethnic cleansing", "ASSAULT", "targeted"),
    "pull-out": Trigger("pull-out", "RETREAT", "withdraw"),
    "pull-back": Trigger("pull-back", "RETREAT", "withdraw"),
    "draw-down": Trigger("draw-down", "RETREAT", "withdraw"),
    "drawdown": Trigger("drawdown", "RETREAT", "withdraw"),
    "war games": Trigger("war games", "MOBILIZE", "troops"),
    "set fire": Trigger("set fire", "ASSAULT", "destroy"),
    "on alert": Trigger("on alert", "MOBILIZE", "troops"),
    "on high alert": Trigger("on alert", "MOBILIZE", "troops"),
}


def _parse(block: str) -> dict[str, list[Trigger]]:
    table: dict[str, list[Trigger]] = {}
    for line in block.strip().splitlines():
        parts = line.split()
        category_at = next(i for i, p in enumerate(parts) if p.isupper())
        lemma = parts[0]
        particle = " ".join(parts[1:category_at])
        mode = parts[category_at + 1] if len(parts) > category_at + 1 else ""
        table.setdefault(lemma, []).append(Trigger(lemma, parts[category_at], mode, particle))
    return table


VERBS: dict[str, list[Trigger]] = _parse(_VERBS)
NOUNS: dict[str, list[Trigger]] = _parse(_NOUNS)

# Past forms the lemmatizer leaves as they are: read as their lemma so the
# verb table applies ("Ukrainian forces retook the city").
IRREGULAR_PAST = {"retook": "retake"}

# Verbs that only carry an event named by their object or subject noun
# ("staged a protest", "launched an attack", "the protests began").
LIGHT_VERBS = frozenset(
    """stage hold launch carry conduct mount begin start continue resume announce
    declare reach sign impose make take draw face receive spark trigger erupt
    break occur happen turn lead end escalate intensify spread organize organise
    call join unleash wage step issue lodge file open order renew complete finish
    undertake hold""".split()
)

# Verbs of saying: they report an event, they are not one.
SPEECH_VERBS = frozenset(
    """say tell report state add note claim announce confirm told explain write
    read insist assert believe think stress emphasize emphasise reiterate
    acknowledge quote cite suggest indicate argue""".split()
)

# Prepositions that put a noun event in the background ("amid clashes").
BACKGROUND_PREPS = frozenset("after during amid amidst following since before despite over".split())


def _inflected(word: str) -> str:
    """A pattern for a lemma and its regular inflections, whole words only
    ("fire" -> fire, fires, fired, firing; never "first")."""
    if word.endswith("e"):
        return re.escape(word[:-1]) + r"(?:e|es|ed|ing|er|ers)"
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        return re.escape(word[:-1]) + r"(?:y|ies|ied|ying)"
    last = re.escape(word[-1])
    return re.escape(word) + rf"(?:s|es|ed|ing|{last}ed|{last}ing|er|ers)?"


# Lemmas too common in ordinary prose to send a sentence to the parser on
# their own ("back", "end", "March"); their telling forms are listed instead.
_TOO_COMMON = {"back", "end", "open", "march", "accord", "fund", "give", "hold", "take"}
_TELLING_FORMS = [
    "backed", "backing", "marched", "marching", "marchers", "accords", "must", "role",
    "taken", "took", "victory", "grenades?", "chemicals?", "munitions", "break up", "broke up",
    "gunpoint", "knifepoint", "hostage", "hostages",
    "(?:protest|opposition|peace|solidarity|silent|mass|women's|student|students') march(?:es)?",
]  # fmt: skip


def _noun_forms(word: str) -> str:
    return re.escape(word) + r"(?:s|es)?"


def inflections(word: str, noun: bool = False) -> set[str]:
    """The forms `_inflected` / `_noun_forms` match, spelled out (for the
    set lookup of the first pass)."""
    if noun:
        return {word, word + "s", word + "es"}
    if word.endswith("e"):
        stem = word[:-1]
        return {stem + end for end in ("e", "es", "ed", "ing", "er", "ers")}
    if word.endswith("y") and len(word) > 3 and word[-2] not in "aeiou":
        stem = word[:-1]
        return {stem + end for end in ("y", "ies", "ied", "ying")}
    last = word[-1]
    return {word + end for end in ("", "s", "es", "ed", "ing", last + "ed", last + "ing", "er", "ers")}


def candidate_words() -> frozenset[str]:
    """Every single word that makes a sentence worth parsing."""
    verbs = {w.split()[0] for w in VERBS} - _TOO_COMMON
    nouns = {w.split()[0] for w in NOUNS} - _TOO_COMMON - verbs
    words: set[str] = set()
    for verb in verbs:
        words |= inflections(verb)
    for noun in nouns:
        words |= inflections(noun, noun=True)
    words |= set(_IRREGULAR.split("|"))
    words |= {w for w in _TELLING_FORMS if w.isalpha()}
    return frozenset(words)


def _alternatives() -> list[str]:
    verbs = {w.split()[0] for w in VERBS} - _TOO_COMMON
    nouns = {w.split()[0] for w in NOUNS} - _TOO_COMMON - verbs
    patterns = [_inflected(w) for w in sorted(verbs)]
    patterns += [_noun_forms(w) for w in sorted(nouns)]
    patterns += [re.escape(phrase) for phrase in sorted(PHRASES)]
    return patterns + _TELLING_FORMS


# The cheap first pass: a trigger word in any regular inflection, an irregular
# past form, or a multi-word trigger.
_IRREGULAR = (
    "fought|shot|struck|sent|froze|frozen|beaten|stricken|sought|met|swore|sworn|fled|"
    "hit|cut|slain|slew|withdrew|withdrawn|overran|blew|bombed"
)
_STEM_PATTERN = "|".join(_alternatives())
# Words of reports ACLED keeps apart (disasters, crime) and of quieter
# strategic developments: worth a parse so they can be labelled.
_OTHER_CUES = (
    "earthquakes?|quakes?|floods?|flooding|floodwaters|landslides?|cyclones?|hurricanes?|"
    "typhoons?|wildfires?|storms?|droughts?|tsunamis?|mudflows?|crash\\w*|collaps\\w*|"
    "blazes?|derail\\w*|capsiz\\w*|gangs?|cartels?|robb\\w*|smuggl\\w*|traffick\\w*|"
    "extort\\w*|bases?|camps?|outposts?|headquarters|caches?|defus\\w*|intercept\\w*|"
    "retook|retak\\w*|recaptur\\w*|regain\\w*|took control|taken control|seiz\\w*|"
    "handover|handed|dissolv\\w*|appoint\\w*|replac\\w*|responsib\\w*|behind the|blam\\w*"
)
CANDIDATE_RE = re.compile(rf"\b(?:{_STEM_PATTERN}|{_IRREGULAR}|{_OTHER_CUES})\b", re.IGNORECASE)
# What a word-set lookup cannot see: multi-word triggers, patterned telling
# forms and the cue stems of reports ACLED keeps apart.
CANDIDATE_EXTRA_RE = re.compile(
    r"\b(?:"
    + "|".join([re.escape(p) for p in sorted(PHRASES)] + [w for w in _TELLING_FORMS if not w.isalpha()])
    + rf"|{_OTHER_CUES})\b",
    re.IGNORECASE,
)
