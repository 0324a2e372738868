"""Items of a round-up: 'Elsewhere, ...', 'In another shooting, ...', 'In Kano, ...'.

A report that lists several incidents opens each new one with such words.
The item is another incident than the one told just before it, so it does
not share that one's day just because it is of the same kind or follows it;
only its own words can give it a day. The opener has to begin a sentence or
a clause after a semicolon ("In Abuja, protesters blocked the road; in
Kano, troops fired on a crowd").
"""

from __future__ import annotations

import re

from tidings.extract.context import ArticleContext, CodedEvent

_OPENER = re.compile(
    r"(?:elsewhere|separately|in\s+other\s+(?:news|incidents?|violence|attacks?)"
    r"|(?:in|at)\s+(?:another|(?:a|one)\s+(?:separate|second|third|similar|different|further|later|earlier)"
    r"|an\s+(?:unrelated|other|earlier|additional))\b)",
    re.IGNORECASE,
)
# "In Hamtramck, a woman was shot": a place heads the item. The words after
# "In" are capitalised (not "In addition,", "In a statement,").
_PLACE_OPENER = re.compile(r"in\s+(?:the\s+)?(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,", re.IGNORECASE)
_NOT_PLACES = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Addition|Response|Total|Fact|Turn|Court)\b"
)
_CLAUSE_START = re.compile(r"[;:]\s*")
_LEADING = " \t\n\"'“‘(—–-"


def item_start(c: CodedEvent, ctx: ArticleContext) -> int | None:
    """Where the round-up item holding the trigger opens (an offset in the article), if it is one."""
    sentence = c.sentence
    head = sentence.text[: c.trigger.start - sentence.start]
    starts = [m.end() for m in _CLAUSE_START.finditer(head)]
    clause = starts[-1] if starts else 0
    lead = len(head[clause:]) - len(head[clause:].lstrip(_LEADING))
    at = clause + lead
    if _OPENER.match(head, at):
        return sentence.start + at
    m = _PLACE_OPENER.match(head, at)
    if m is None or not m.group("place")[0].isupper() or _NOT_PLACES.match(m.group("place")):
        return None
    if _named_before(m.group("place"), c, ctx, sentence.start + at):
        return None  # "In Lagos, the governor imposed a curfew" after a Lagos story goes on with it
    return sentence.start + at


def _named_before(place: str, c: CodedEvent, ctx: ArticleContext, opener: int) -> bool:
    """The place was named in the sentence before, or earlier in this one."""
    previous = ctx.sentences[c.sentence.sequence - 1].start if c.sentence.sequence > 0 else c.sentence.start
    before = ctx.text[previous:opener]
    words = [w for w in re.findall(r"[A-Z][\w'’-]+", place)]
    return any(re.search(rf"\b{re.escape(w)}\b", before) for w in words)
