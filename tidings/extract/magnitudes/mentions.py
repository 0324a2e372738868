"""Numbers of people in one sentence: what they count and how sure they are.

Regular expressions over the sentence text, so that they work with or
without a parse: a quantity ("at least 164", "dozens of", "two hundred"),
then what the words around it say it counts:

    164 people dead / 2 soldiers were wounded     kind word after the number
    killing 3 civilians / arrested dozens         active verb before it
    the death toll rose to 225                    a toll (cumulative)
    more than 2,000 CTO soldiers                  troops
    thousands of protesters / a crowd of 5,000    participants

Numbers inside "including 2 women" count a subset of people already counted
and are skipped; numbers of years, shots, blocks and the like are not people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.extract.magnitudes.lexicon import (
    ACTIVE_VERBS,
    CROWD_NOUNS,
    CROWD_VERBS,
    KIND_WORDS,
    NOT_PEOPLE,
    QUALIFIERS,
    SUBSET_CUES,
    TO_DEATH_VERBS,
    TOLL_NOUNS,
    TROOP_NOUNS,
)
from tidings.extract.casefree import CaseFree
from tidings.extract.dates.expressions import find_expressions
from tidings.extract.numbers import UNITS, TENS, parse_amount


@dataclass
class Mention:
    """One figure as stated; offsets index the article text."""

    kind: str
    best: int
    low: int | None
    high: int | None
    qualifier: str
    start: int
    end: int
    cumulative: bool = False
    weak: bool = False  # "was shot": hurt, unless the same victim died
    text: str = ""
    vague: bool = False  # "dozens": a floor and a guess, not a count
    local: bool = False  # only for an event told nearby: a dated "fatal shooting of" may be an older incident


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_NUMWORD = _alt([w for w in list(UNITS) + list(TENS) if w not in ("a", "an", "no", "none", "single", "zero")])
_CORE = rf"""(?:
    \d{{1,3}}(?:[,.\u202f\u00a0]\d{{3}})+(?:[.,]\d+)?(?:\s+(?:hundred|thousand|million|billion))?
  | \d+(?:\.\d+)?(?:\s+(?:hundred|thousand|million|billion))?
  | (?:tens|hundreds)\s+of\s+thousands
  | (?:a|one)\s+(?:dozen|hundred|thousand|million)
  | (?:several|a\s+few|few)\s+(?:dozen|hundred|thousand)
  | dozens|scores|hundreds|thousands|millions|a\s+handful
  | (?:{_NUMWORD})(?:[\s-]+(?:and\s+)?(?:{_NUMWORD}|hundred|thousand|million))*
)"""
_QUAL = _alt(QUALIFIERS)
_QUANTITY = re.compile(
    rf"\b(?:(?P<qual>{_QUAL})\s+)?(?P<num>(?:between\s+)?{_CORE}(?:\s*(?:-|–|to|and|or)\s*{_CORE})?)(?![\w])",
    re.IGNORECASE | re.VERBOSE,
)
_RANGE = re.compile(rf"^(?:between\s+)?(?P<a>{_CORE})\s*(?:-|–|to|and|or)\s*(?P<b>{_CORE})$", re.IGNORECASE | re.VERBOSE)

_AUX = r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been|had|have|got|being|been|reported|confirmed)\s+)?"
_ADV = r"(?:(?:reportedly|also|allegedly|later|critically|seriously|severely|badly|slightly|all|both|now|since|already|been|people|others?)\s+)*"
# Up to eight words between number and verb: "Six soldiers and an unknown number of militants were killed".
_NP = r"(?P<np>(?:(?!(?:who|that|which|said|says|but|when|while|after|before|in|on|at|by|during|were|was|shot|stabbed|killed|wounded|injured)\b)[\w'’.\"“”«»-]+\s+){0,8}?)"
_KIND_AFTER = {
    kind: re.compile(rf"^\s*(?:of\s+)?{_NP}{_AUX}{_ADV}(?P<kind>{_alt(words)})\b", re.IGNORECASE)
    for kind, words in KIND_WORDS.items()
}
# "two men were shot", "Three shot, one dead": hit, and hurt unless they died.
# Up to three lower-case words for the people ("men", "other people"): not an
# address ("20 Griswold Street for a report of a person shot") or a list.
_SHOT_NP = r"(?P<np>(?:(?!(?:for|of|to|from|with|in|on|at|by|who|that|which|and|or|but)\b)(?-i:[a-z])[\w'’-]*\s+){0,3}?)"
_SHOT_AFTER = re.compile(
    rf"^\s*(?:of\s+)?{_SHOT_NP}{_AUX}{_ADV}(?P<kind>shot|stabbed)\b"
    r"(?!\s+(?:at|up|down|dead|to\s+death|and\s+(?:killed|wounded|injured)|(?:a|an|the|his|her|their)\b))",
    re.IGNORECASE,
)
# "two men were shot, one fatally", "one of them fatally": not "Two charged with fatally shooting".
_FATALLY_AFTER = re.compile(
    r"^\s*(?:of\s+(?:them|those|whom)\s+)?(?:was\s+|were\s+)?fatally\b(?!\s+[a-z]+(?:ed|ing|en)\b)", re.IGNORECASE
)
# "one of two women fatally shot": the first number picks one of a group counted after it.
_PARTITIVE = re.compile(rf"^\s+of\s+(?:the\s+|those\s+)?{_CORE}(?![\w])", re.IGNORECASE | re.VERBOSE)
_ACTIVE_BEFORE = {
    kind: re.compile(rf"\b(?P<verb>{_alt(words)})\s+$", re.IGNORECASE) for kind, words in ACTIVE_VERBS.items()
}
_TOLL_BEFORE = {
    kind: re.compile(
        rf"\b(?:{_alt(words)})\s+(?:[\w-]+\s+){{0,4}}?(?:to|at|of|reached|hit|is|was|stands\s+at|stood\s+at)\s+$",
        re.IGNORECASE,
    )
    for kind, words in TOLL_NOUNS.items()
}
_TOLL_TOTAL = re.compile(r"\b(?:bringing|raising|taking|pushing)\s+(?:the\s+)?(?:total|toll|number)\s+(?:[\w-]+\s+){0,3}?to\s+$", re.IGNORECASE)
_TROOPS_AFTER = re.compile(rf"^\s*(?:of\s+)?(?P<np>(?:[\w'’.-]+\s+){{0,3}}?)(?P<kind>{_alt(TROOP_NOUNS)})\b", re.IGNORECASE)
_CROWD_AFTER = re.compile(rf"^\s*(?:of\s+)?(?P<np>(?:[\w'’.-]+\s+){{0,2}}?)(?P<kind>{_alt(CROWD_NOUNS)})\b", re.IGNORECASE)
_CROWD_BEFORE = re.compile(r"\b(?:crowds?|rally|rallies|gathering|march|protest|demonstration)\s+of\s+$", re.IGNORECASE)
_CROWD_VERB = re.compile(rf"\b(?:{_alt(CROWD_VERBS)})", re.IGNORECASE)
_PROTEST_NOUN = re.compile(r"^(?:protesters|protestors|demonstrators|marchers|strikers|rioters)$", re.IGNORECASE)
_NOT_PEOPLE = re.compile(rf"^\s*(?:-\s*year|-\s*month|-\s*day|-\s*hour|(?:{_alt(NOT_PEOPLE)})\b)", re.IGNORECASE)
_TRAILING_OBJECT = re.compile(r"^\s+(?:a|an|the|his|her|their|its|two|three|\d)\b", re.IGNORECASE)
# "killing 7 farmers", "arresting 40 opposition supporters": the victims' noun, for the evidence.
_PLURAL_NOUN = re.compile(
    r"^\s*(?:of\s+)?(?:[\w'’-]+\s+){0,2}?(?:[a-z'’-]{2,}(?<!ss)s|[a-z]*men|people|children|police)\b(?!\s*\w+ed\b)",
    re.IGNORECASE,
)
_TO_DEATH_BEFORE = re.compile(rf"\b(?:{_alt(TO_DEATH_VERBS)})\s+$", re.IGNORECASE)
_TO_DEATH_AFTER = re.compile(r"^\s*(?:[\w'’-]+\s+){0,3}?to\s+death\b", re.IGNORECASE)
_FAMILY = re.compile(r"\b(?:mother|father|parent|grandmother|grandfather|mom|dad)\s+of\s+$", re.IGNORECASE)
# Counts over a period are statistics, not the toll of the event reported.
_STATISTICS = re.compile(
    r"\b(?:so\s+far\s+)?this\s+year\b|\blast\s+year\b|\bsince\s+(?:January|19\d\d|20\d\d)\b"
    r"|\bsince\s+(?:[\w'’-]+\s+){1,4}?(?:19|20)\d\d\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bper\s+year\b|\bannually\b|\bevery\s+year\b",
    re.IGNORECASE,
)
# A running total, not one incident's count: "164 killed since the protests
# began", "died in the unrest", "detained across the country", "as of Monday,
# up from 5,800 a day earlier". Such a figure replaces earlier ones.
_PERIOD_TOTAL = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\s+of\b"
    r"|\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:began|started|erupted|broke\s+out)\b"
    r"|\bin\s+the\s+(?:[\w-]+\s+)?(?:unrest|turmoil|disturbances|uprising|riots|protests)\b",
    re.IGNORECASE,
)
# Many places or a long stretch: a tally, whose day is when it was told.
_TALLY = re.compile(
    _PERIOD_TOTAL.pattern
    + r"|\b(?:across|throughout|in\s+all)\s+the\s+country\b|\b(?:nationwide|countrywide)\b"
    r"|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b",
    re.IGNORECASE,
)
_RUNNING_TOTAL = re.compile(_TALLY.pattern + r"|\bas\s+of\b|\bup\s+from\b", re.IGNORECASE)
_SUBSET = re.compile(rf"(?:{_alt(SUBSET_CUES)})\s+(?:(?:at\s+least|about|around|some)\s+)?$", re.IGNORECASE)
_INCLUDING_CLAUSE = re.compile(r",\s*(?:including|among\s+them|among\s+whom|of\s+whom)\b[^,;]*,", re.IGNORECASE)
_TIMEISH = re.compile(r"(?:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?|\b(?:in|since|year)|[$€£#№₹₦₱₩₽₺¥]|\b(?:Rs|USD|EUR|GBP|INR|KSh|Ksh)\.?|No\.)\s*$")


_NOBODY_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)
_DECADE = re.compile(r"^['’]?s\b")


_NUMBER_HINT = re.compile(
    rf"\d|\b(?:{_NUMWORD}|dozens?|scores|hundreds?|thousands?|millions?|handful|several|few)\b", re.IGNORECASE
)
# find_mentions asks these of every sentence (see casefree)
_NUMBER_SCAN, _STATISTICS_SCAN = CaseFree(_NUMBER_HINT), CaseFree(_STATISTICS)
_RUNNING_TOTAL_SCAN, _QUANTITY_SCAN = CaseFree(_RUNNING_TOTAL), CaseFree(_QUANTITY)


# "a fatal shooting", "the shooting death of his girlfriend", "investigating a
# homicide": one death at least, said without a number. Vague, so any count
# of the dead in the article wins over it.
# Words that may stand between "deadly" and the attack: when and where it was
# ("a deadly Christmas Day shooting", "the fatal east side shooting").
_CUE_MODIFIERS = (
    r"(?:(?:(?-i:[A-Z][\w'.’-]*)|east|west|north|south|northeast|northwest|southeast|southwest|side"
    r"|early|late|morning|afternoon|evening|night|overnight|weekend|drive-by|double|triple|apparent"
    r"|officer-involved|police)\s+){0,3}"
)
_FATAL_CUE = re.compile(
    r"\b(?:fatal|deadly)\s+" + _CUE_MODIFIERS + r"(?:shooting|stabbing|attack|assault|ambush|shootout|gunfight|robbery|carjacking)\b(?!s)"
    r"|\b(?:shooting|stabbing|beating)\s+death\b(?!s)"
    r"|\b(?:a|the)\s+(?-i:homicide|HOMICIDE)\b(?!\s+(?:report|detectives?|investigators?|unit|division|squad|bureau|sergeant|lieutenant|rate|case|charges?|count))",
    re.IGNORECASE,
)


def find_fatal_cues(text: str, offset: int = 0) -> list[Mention]:
    """One dead, at least, from words that say an attack was fatal.

    A cue in a sentence that gives its own time ("the spate began Dec. 18
    with the fatal shooting of ...") may tell of an older incident, so it
    only reaches events told nearby.
    """
    lower = text.lower()
    if not ("fatal" in lower or "deadly" in lower or "death" in lower or "homicide" in lower):
        return []
    if _STATISTICS.search(text):
        return []
    cues = list(_FATAL_CUE.finditer(text))
    dated = bool(cues) and bool(find_expressions(text))
    return [
        Mention("dead", 1, 1, None, "at least", offset + m.start(), offset + m.end(), text=m.group(0).strip(),
                vague=True, local=dated)
        for m in cues
    ]


_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4}
# "a double shooting" (two hit), "a triple homicide" (three dead), "an apparent
# murder-suicide" (a victim and the killer at least).
_MULTIPLE = re.compile(
    r"\b(?:(?P<n>double|triple|quadruple)\s+)?(?:(?P<fatal>fatal|deadly)\s+)?"
    r"(?P<what>shooting|stabbing|homicide|murder|killing)(?P<suicide>[- ]suicide)?\b(?!s\b)",
    re.IGNORECASE,
)


def find_multiples(text: str, offset: int = 0) -> list[Mention]:
    """How many people a named kind of attack hit, said with no number."""
    lower = text.lower()
    if "double" not in lower and "triple" not in lower and "quadruple" not in lower and "suicide" not in lower:
        return []  # most sentences: skip the scan
    out = []
    for m in _MULTIPLE.finditer(text):
        victims = _MULTIPLES.get((m.group("n") or "").lower(), 1 if m.group("suicide") else 0)
        if not victims or _STATISTICS.search(text):
            continue
        what = m.group("what").lower()
        start, end = offset + m.start(), offset + m.end()
        if m.group("suicide"):  # the killer died too; how many victims is a floor
            out.append(Mention("dead", victims + 1, victims + 1, None, "at least", start, end, text=m.group(0), vague=True))
        elif m.group("fatal") or what in ("homicide", "murder", "killing"):
            out.append(Mention("dead", victims, victims, victims, "", start, end, text=m.group(0)))
        else:
            out.append(Mention("injured", victims, victims, victims, "", start, end, weak=True, text=m.group(0)))
    return out


def tells_period_toll(text: str) -> bool:
    """'164 people had been killed since the protests began', 'nationwide, 225
    were killed': a tally of the dead or hurt over a period or many places, so
    the sentence's day is when it was told, not when the harm happened."""
    if not _TALLY.search(text):
        return False
    return any(m.kind in ("dead", "injured") for m in find_mentions(text))


def find_mentions(text: str, offset: int = 0) -> list[Mention]:
    """Figures stated in one sentence, in order."""
    if not _NUMBER_SCAN.search(text) or _STATISTICS_SCAN.search(text):
        return []
    flat = _INCLUDING_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)
    running = bool(_RUNNING_TOTAL_SCAN.search(flat))
    out: list[Mention] = []
    for q in _QUANTITY_SCAN.finditer(flat):
        mention = _read(q, flat, text, offset)
        if mention is not None:
            mention.cumulative = mention.cumulative or (running and mention.kind != "troops")
            out.append(mention)
    return out


# Every cue before a number ends right at it ("the death toll rose to", "killing"),
# so only this much of the sentence before it is searched: a search ending in
# "$" over the whole prefix tries every start and costs the most of all the
# figure rules on long sentences.
_BEFORE_REACH = 200
# The word each cue before a number ends with: most numbers have none of them
# just before, and then the per-kind searches are not run at all.
_TOLL_LAST = frozenset({"to", "at", "of", "reached", "hit", "is", "was"})
_ACTIVE_LAST = frozenset(w.split()[-1] for words in ACTIVE_VERBS.values() for w in words)
_TO_DEATH_LAST = frozenset(TO_DEATH_VERBS)
_LAST_WORD_REVERSED = re.compile(r"\s+(\w+)")


def _last_word(before: str) -> str:
    """The word right before the number, lower-cased; '' when no space comes between."""
    m = _LAST_WORD_REVERSED.match(before[::-1])
    return m.group(1)[::-1].lower() if m else ""


def _read(q: re.Match, flat: str, text: str, offset: int) -> Mention | None:
    shift = max(0, q.start() - _BEFORE_REACH)
    before, after = flat[shift : q.start()], flat[q.end() :]
    num = q.group("num")
    if _NOT_PEOPLE.match(after) or _TIMEISH.search(before) or _SUBSET.search(before) or _FAMILY.search(before):
        return None
    if _NOBODY_BEFORE.search(before) or _DECADE.match(after):
        return None  # "no one has been shot", "a woman in her 20's"
    if re.fullmatch(r"(?:19|20)\d\d", num) or (after[:4].lstrip().startswith("of") and _PARTITIVE.match(after)):
        return None  # a year, or one of a group counted next
    if flat[q.start() : q.start() + 1].isdigit() and q.start() and flat[q.start() - 1] in "-/:.":
        return None
    bounds = _bounds(num, (q.group("qual") or "").lower())
    if bounds is None:
        return None
    best, low, high = bounds
    vague = low is not None and low != best
    qual = re.sub(r"\s+", " ", (q.group("qual") or "").lower())
    start, end = q.start(), q.end()

    def make(kind: str, s: int, e: int, cumulative: bool = False) -> Mention:
        return Mention(kind, best, low, high, qual, offset + s, offset + e, cumulative, text=text[s:e], vague=vague)

    last = _last_word(before)
    for kind, rx in _TOLL_BEFORE.items() if last in _TOLL_LAST else ():
        m = rx.search(before)
        if m:
            return make(kind, shift + m.start(), end, cumulative=True)
    if last == "to" and _TOLL_TOTAL.search(before) and re.search(r"\b(?:killed|dead|deaths|died)\b", flat, re.IGNORECASE):
        return make("dead", start, end, cumulative=True)
    for kind, rx in _KIND_AFTER.items():
        m = rx.match(after)
        if m and not _is_active(after[m.end() :], m.group("kind")) and not _second_verb(m.group("np")):
            return _with_listed(make(kind, start, end + m.end()), m.group("np"))
    head = after[:90].lower()
    m = _FATALLY_AFTER.match(after) if "fatally" in head else None
    if m:
        return make("dead", start, end + m.end())
    m = _SHOT_AFTER.match(after) if "shot" in head or "stabbed" in head else None
    if m and not (best == 1 and m.start("kind") == len(after) - len(after.lstrip())):  # "returned one shot"
        shot = make("injured", start, end + m.end())
        shot.weak = True
        return shot
    for kind, rx in _ACTIVE_BEFORE.items() if last in _ACTIVE_LAST else ():
        m = rx.search(before)
        if m:
            noun = _PLURAL_NOUN.match(after)
            return make(kind, shift + m.start(), end + (noun.end() if noun else 0))
    death = _TO_DEATH_AFTER.match(after)
    verb = _TO_DEATH_BEFORE.search(before) if death and last in _TO_DEATH_LAST else None
    if death and verb:
        return make("dead", shift + verb.start(), end + death.end())
    m = _TROOPS_AFTER.match(after)
    if m:
        return make("troops", start, end + m.end())
    m = _CROWD_AFTER.match(after)
    if m and (_PROTEST_NOUN.match(m.group("kind")) or _CROWD_VERB.search(flat)):
        return make("participants", start, end + m.end())
    if _CROWD_BEFORE.search(before):
        return make("participants", start, end)
    return None


_LISTED = re.compile(rf"(?:,|\band)\s+(?P<num>{_CORE})\s+(?=[a-z])", re.IGNORECASE | re.VERBOSE)


def _with_listed(mention: Mention, np: str) -> Mention:
    """'Two soldiers and three civilians were killed' is five dead: the
    groups listed before one verb add up. A vague group ('and dozens of
    others') leaves the count a floor."""
    for m in _LISTED.finditer(np):
        amount = parse_amount(m.group("num"))
        if amount is None or amount.best <= 0:
            continue
        mention.best += amount.best
        mention.low = mention.low + amount.best if mention.low is not None else None
        if amount.vague:
            mention.high = None
        elif mention.high is not None:
            mention.high += amount.best
    return mention


def _second_verb(np: str) -> bool:
    """'killed 14 villagers and wounded 20': after 'and' the harm word is the
    next verb of the same attackers, not what happened to the 14."""
    words = np.lower().split()
    return bool(words) and words[-1] == "and"


def _is_active(rest: str, kind_word: str) -> bool:
    """'two gunmen killed three people': the number is the agent, not the victims."""
    if kind_word.lower() in ("dead", "injured", "hurt") and not rest.lstrip().startswith(("a ", "an ", "the ")):
        return False
    return bool(_TRAILING_OBJECT.match(rest))


def _bounds(num: str, qualifier: str) -> tuple[int, int | None, int | None] | None:
    """(best, low, high) for a quantity and its qualifier."""
    rng = _RANGE.match(num.strip())
    if rng:
        a, b = parse_amount(rng.group("a")), parse_amount(rng.group("b"))
        if a is None or b is None:
            return None
        lo, hi = sorted((a.best, b.best))
        # "20 to 30": ACLED's habit of taking the lower figure as the estimate.
        return lo, lo, hi
    amount = parse_amount(num)
    if amount is None or amount.best <= 0:
        return None
    best, low, high = amount.best, amount.low, None
    sets_low, sets_high = QUALIFIERS.get(re.sub(r"\s+", " ", qualifier), (False, False))
    if amount.vague:
        return best, low, None
    low = best if sets_low else None
    high = best if sets_high else None
    if not qualifier:
        low = high = best
    return best, low, high
