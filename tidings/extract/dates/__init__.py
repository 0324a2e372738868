"""Event dates: which time expression dates which event, resolved how.

Rules, in the order they are tried for each event (events are taken in text
order so that narrative time flows forward):

1. Anchored target. An event whose trigger sits in the phrase after
   "N days after/before ..." is dated from the other date in its sentence:
   "On the 5th, X asked for help, three days after the start of the protests"
   puts the protests on the 2nd.
2. Own sentence. The time expression nearest the trigger in the dependency
   tree wins (character distance without a parse). Expressions that hang from
   another event's trigger cost a little more; those hanging from a reporting
   verb ("police said Tuesday") cost most, since they date the report.
   A limit is no event's day: "stay until Friday" and "resign by Tuesday"
   are skipped (one right after a day closes its span: "from Friday
   through Sunday"), and "since Monday" dates only the span it hangs from
   ("occupied the pit since Monday"), never a neighbour ("the worst clashes
   since Monday") nor the narrative.
   A trigger in a clause that only describes a noun ("the soldiers deployed
   there") takes just the month of a date outside its clause.
   A day inside a "since" clause ("the largest since the bill was passed in
   July") opens a span, like "since Monday". The day a verb stopped the event
   ("stopped shooting on Friday") is its enddate, and only its month is kept.
   "its second day on Wednesday" dates the start, the day before. An abduction
   told through its ending ("passengers abducted on Monday were freed on
   Wednesday") takes the day of the taking. A report's day ("published a list
   on Wednesday") never dates an event noun inside its teller.
3. Anchored on the narrative. "a week later", "the next day", "two days
   before the vote" shift the date of the previous dated event (or of an
   earlier event or dated sentence naming the same thing, "the vote"). When
   what it names was never dated ("two weeks after the election"), it stays
   undated rather than counting from another thing's day, unless the name is
   one news gives the incident just told ("two days after the attack").
   A day named right after the anchor word is X's day, shifted for the
   sentence ("two days after Jan. 5", "a week after Christmas"), never taken
   as it stands.
4. Headline. An event in the title takes the date of the first body event of
   the same category (the lead restates the headline).
5. Narrative continuity (set by the main clause's day; a bare year or month
   before the story's year, "took over the city in 2017", is background and
   does not move it). An undated event in the sentence after a dated one
   (or the one after that, when the sentence between tells nothing: no
   event, no time) happened around that time. It keeps the day when the
   sentence before told an event of the same category that day (the report
   goes on about the same incident), when a connective says so ("then",
   "later", "shortly after", "at the same time"), or when the time was set by
   plain narration with no coded event ("he went out to his car Friday
   morning"); otherwise it claims only the month. Report times ("said on
   Tuesday") do not set narrative time.
   An item of a round-up ("Elsewhere, ...", "In a separate incident, ...",
   "In Hamtramck, ..." after a story from elsewhere, or such an opener after a
   semicolon) is another incident: it keeps only the month of the day told
   before it, and the lead's incident day does not reach it (`roundup`).
6. Lead details. An undated lead event takes the first past story date of
   the next four sentences that tell of the same thing ("The shooting
   happened about 10 p.m. Tuesday"); report and planned times do not count.
   An assault that hurt people and has no day of its own, or only the day
   a report was given ("..., police said Tuesday"), takes the incident day
   the lead and its details give (a sentence about the shots, the harm or
   the 911 call; in it, the day a word of harm holds before any other:
   "charged Monday after he shot a woman Saturday" is Saturday), when that
   day is earlier than the report.
7. Tallies. A harm event told with a tally of the dead or hurt ("164 killed
   since the protests began", "nationwide, 225 were killed") keeps only the
   month of a day that does not hang from its trigger: that day is when the
   count was told. An event told after "began on <day> ... and within days
   spread to" keeps only the month too: that day is when something began.
8. Fallback. An undated lead event (title or first body sentence), or an
   undated assault that hurt people or fired shots under a headline that
   tells of harm or gunfire ("Shots fired into a home"; the article found no
   day of the incident anywhere), gets the publication date with precision "week" and
   text "publication date (fallback)"; anything else is left undated with
   precision "unknown".

Without a publication date, the first full date the text states is the base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from tidings.extract.context import ArticleContext, CodedEvent, Sentence
from tidings.extract.dates import roundup, syntax
from tidings.extract.dates.dateline import base_from_dateline, body_start, is_dateline
from tidings.extract.magnitudes.harm import tells_gunfire, tells_harm
# A module reference, not a name: magnitudes.mentions imports dates.expressions,
# so either package may be imported first.
from tidings.extract.magnitudes import mentions as figure_mentions
from tidings.extract.dates.expressions import (
    Frame,
    TimeExpr,
    find_expressions,
    looks_us,
    resolve,
    shifted,
)
from tidings.records import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["date_events", "FALLBACK_TEXT", "UNKNOWN_TEXT"]

FALLBACK_TEXT = "publication date (fallback)"
UNKNOWN_TEXT = "no date in text (unknown)"
# Words that keep the story on the same day. A bare "later" is not one: "the
# president later ordered ..." may be days on, so it keeps only the month.
_CONNECTIVE = re.compile(
    r"\b(?:then|afterwards?|after\s+that|shortly\s+(?:after|before)|soon\s+after"
    r"|at\s+the\s+same\s+time|meanwhile|minutes\s+later|hours\s+later|moments?\s+later)\b",
    re.IGNORECASE,
)
_ANCHOR_PHRASE_END = re.compile(r"[,;:.!?()\"“”]")
_REPORT_COST = 6
REACH = 2  # sentences narrative time carries, across at most one with no event and no time
_OTHER_EVENT_COST = 2


@dataclass
class _Time:
    """A resolved expression inside one sentence, with what it hangs from."""

    expr: TimeExpr
    value: EventDate | None
    reporting: bool = False
    owner: int | None = None  # index of the coded event whose trigger it modifies
    future: bool = False
    ahead: bool = False  # planned and after the base date
    names_anchor: bool = False  # the day of X in "two days after X": X's, not the sentence's
    described: bool = False  # inside a clause describing a noun ("passengers abducted on Monday")
    root: "Token | None" = None  # the expression's head token in the sentence's parse
    host: "Token | None" = None  # the word it hangs from (syntax.governor of root)

    @property
    def story(self) -> bool:
        """When something happened: not when it was told, nor the start of a span ("since Monday")."""
        return not self.reporting and self.expr.bound != "since" and not self.names_anchor


@dataclass
class _Narrative:
    """The last time the story was told at, and where."""

    value: EventDate
    sequence: int
    paragraph: int
    by_category: dict[str, EventDate] = field(default_factory=dict)  # day-dated events there
    plain: bool = False  # set by plain narration: a sentence with no coded event


def date_events(coded: list[CodedEvent], ctx: ArticleContext) -> list[EventDate]:
    """The date of each coded event, in the order of `coded`."""
    if not coded:
        return []
    expanded, owners = _with_mentions(coded, ctx)
    dated = _date_all(expanded, ctx)
    best: list[EventDate] = [dated[i] for i in range(len(coded))]
    for j in range(len(coded), len(expanded)):
        i = owners[j]
        if _RANK[dated[j].precision] > _RANK[best[i].precision]:
            best[i] = dated[j]
    return best


_RANK = {"unknown": 0, "year": 1, "month": 2, "week": 3, "day": 4}


def _with_mentions(coded: list[CodedEvent], ctx: ArticleContext) -> tuple[list[CodedEvent], dict[int, int]]:
    """Merged events keep their other mentions in extra['mentions']; each may hold the date.

    The headline's trigger is often kept while the lead sentence, merged into
    it, says "on Thursday": every mention is dated and the most precise wins.
    """
    expanded = list(coded)
    owners: dict[int, int] = {}
    for i, c in enumerate(coded):
        for span in c.extra.get("mentions", []):
            sentence = ctx.sentence_at(span.start)
            if sentence is None:
                continue
            owners[len(expanded)] = i
            expanded.append(replace(c, sentence=sentence, trigger=span, extra={}))
    return expanded, owners


def _date_all(coded: list[CodedEvent], ctx: ArticleContext) -> list[EventDate]:
    # Month-first order only decides slashed dates ("1/5/2022"); most texts have none,
    # and reading the text's date style costs several scans of the whole text.
    us = bool(_SLASHED.search(ctx.text)) and looks_us(ctx.text)
    body = body_start(ctx)
    base = base_from_dateline(ctx.published, _dateline_date(ctx, us, body)) or _stated_base(ctx)
    paragraphs = _paragraph_numbers(ctx)
    times = {s.sequence: _times(s, coded, base, us, ctx.text, body) for s in ctx.sentences}
    result: list[EventDate | None] = [None] * len(coded)
    order = sorted(range(len(coded)), key=lambda i: (coded[i].sentence.sequence, coded[i].trigger.start))
    narrative: _Narrative | None = None
    mentions: list[tuple[str, EventDate]] = []
    told: list[tuple[str, EventDate]] = []  # (sentence text, its story date), for back-references
    items = {i: roundup.item_start(c, ctx) for i, c in enumerate(coded)}
    for seq in sorted(times):
        narrative = _step_narrative(narrative, times[seq], seq, paragraphs)
        in_sentence = [i for i in order if coded[i].sentence.sequence == seq]
        for i in in_sentence:
            if _glued_headline(coded[i], body):
                result[i] = _headline_day(i, coded, times[seq], body)
                continue
            result[i] = _date_one(i, coded, times[seq], narrative, told + mentions, paragraphs, items[i])
        _glued_lead_days(in_sentence, coded, times[seq], result, body)
        _anchor_targets(in_sentence, coded, times[seq], result)
        # A back-reference ("the protests") names an older time; the story does not move there.
        moving = [i for i in in_sentence if not any(result[i] is v for _, v in mentions + told)]
        sentence = ctx.sentences[seq] if seq < len(ctx.sentences) else None
        mentions.extend(_anchor_nouns(in_sentence, coded, times[seq], result, sentence))
        for i in in_sentence:
            value = result[i]
            if value is not None and value.date is not None:
                mentions.append((coded[i].trigger.text.lower(), value))
        if not in_sentence and not any(t.value is not None for t in times[seq]):
            continue  # nothing happens and no time is told: the narrative time carries over
        narrative = _after_sentence(narrative, moving, coded, times[seq], result, seq, paragraphs)
        told.extend(_told(times[seq], sentence))
    _headlines(coded, ctx, result, times)
    _glued_headline_rest(coded, result, times, body)
    _lead_details(coded, result, times, ctx, items)
    _incident_days(coded, result, times, ctx, items)
    _period_tolls(coded, result, times)
    _after_a_start(coded, result)
    lead = _lead_sequence(ctx)
    return [_fallback(coded[i], ctx, lead) if r is None else r for i, r in enumerate(result)]


# --- per sentence -------------------------------------------------------------


def _times(
    sentence: Sentence, coded: list[CodedEvent], base: date | None, us: bool, text: str, body: int = 0
) -> list[_Time]:
    out: list[_Time] = []
    triggers = {
        i: syntax.token_at(sentence, c.trigger.start, c.trigger.end)
        for i, c in enumerate(coded)
        if c.sentence.sequence == sentence.sequence
    }
    for expr in find_expressions(sentence.text, sentence.start):
        if expr.bound == "until":
            # "vowed to stay until Friday", "must resign by Tuesday": a limit dates no
            # event, but it ends the span a day just before it opens ("from Friday through Sunday")
            _end_span(out, expr, text, Frame(base, us))
            continue
        root = syntax.token_at(sentence, expr.start, expr.end)
        gov = syntax.governor(root, expr.start, expr.end, sentence) if root is not None else None
        if gov is not None and not expr.bound and syntax.in_since_clause(gov):
            expr.bound = "since"  # "the largest since the bill was introduced in July": a span's start
        future = syntax.is_future(gov) if gov is not None else _future_words(sentence, expr)
        value = None if expr.anchored else resolve(expr, Frame(base, us, future))
        owner = next((i for i, t in triggers.items() if t is not None and gov is not None and t.i == gov.i), None)
        reporting = gov is not None and syntax.is_reporting(gov) and not _clocked(text, expr)
        if is_dateline(text, expr.start, expr.end, body):
            continue  # "INDIANAPOLIS (Dec. 10, 2015) –" says when the story was filed: the base, no event's date
        value = _from_day_count(text, expr, value)
        ahead = future and value is not None and value.date is not None and base is not None and value.date > base.isoformat()
        described = gov is not None and syntax.in_described_clause(gov)
        out.append(_Time(expr, value, reporting, owner, future, ahead, described=described, root=root, host=gov))
    _shift_from_named_days(out, sentence)
    return out


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
_DAY_COUNT = re.compile(
    r"\b(?:its|their|the|a)\s+(?P<n>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:straight\s+|consecutive\s+|successive\s+)?day\s*,?\s*$",
    re.IGNORECASE,
)


def _from_day_count(text: str, expr: TimeExpr, value: EventDate | None) -> EventDate | None:
    """'the strike went into its second day on Wednesday': it began on Tuesday and still ran on Wednesday."""
    if value is None or value.precision != "day" or value.date is None or value.enddate is not None:
        return value
    m = _DAY_COUNT.search(text, max(0, expr.start - 40), expr.start)
    if m is None:
        return value
    word = m.group("n").lower()
    n = _ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    if n < 2:
        return value
    start = date.fromisoformat(value.date) - timedelta(days=n - 1)
    return replace(value, date=start.isoformat(), enddate=value.date, start=m.start(), text=text[m.start() : expr.end])


_SPAN_GLUE = re.compile(r"\s*(?:until|till|through|to|-|–)\s*$", re.IGNORECASE)


def _end_span(times: list[_Time], limit: TimeExpr, text: str, frame: Frame) -> None:
    if not times or times[-1].value is None or times[-1].value.precision != "day":
        return
    opening = times[-1]
    if not _SPAN_GLUE.fullmatch(text, opening.expr.end, limit.start):
        return
    end = resolve(limit, replace(frame, future=opening.future))
    if end is None or end.precision != "day" or end.date <= opening.value.date:
        return
    opening.value = replace(
        opening.value, enddate=end.date, end=limit.end, text=text[opening.expr.start : limit.end]
    )


def _shift_from_named_days(times: list[_Time], sentence: Sentence) -> None:
    """'two days after Jan. 5', 'a week after Christmas', 'two days before Tuesday's vote':
    the sentence's day is the named day shifted, and the named day is X's alone."""
    for t in times:
        days = t.expr.shift_days()
        # "two years since 2014" tells how long ago, not when something happened
        if t.expr.kind != "anchored" or not _points_back(t.expr) or days is None or _since(t.expr):
            continue
        lo, hi = _anchor_phrase(t, sentence.text, sentence.start)
        named = next((u for u in times if lo <= u.expr.start < hi and u.value is not None and u.value.date is not None), None)
        if named is None:
            continue
        moved = shifted(named.value, days, t.expr.shift_unit(), t.expr)
        if moved is not None:
            t.value = replace(moved, text=f"{t.expr.text} {named.expr.text}", end=named.expr.end)
            named.names_anchor = True


# A clock time fixes when something happened: "Police say early Sunday at
# around 3:50 a.m., ..." dates the shooting even when the parse hangs the day
# from "say"; reports are not timed to the minute.
_CLOCK = r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b\.?|\d{1,2}:\d\d(?![\d:])|noon|midnight)"  # "around 9:30 Tuesday night"
_CLOCK_BEFORE = re.compile(_CLOCK + r"[,\s]*(?:on\s+)?$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"[,\s]*(?:at\s+)?(?:(?:about|around|approximately|just|shortly)\s+(?:after\s+|before\s+)?)?" + _CLOCK, re.IGNORECASE)


def _clocked(text: str, expr: TimeExpr) -> bool:
    """'10:50 p.m. Wednesday', 'Sunday at around 3:50 a.m.'"""
    return bool(_CLOCK_BEFORE.search(text, max(0, expr.start - 30), expr.start)) or bool(
        _CLOCK_AFTER.match(text, expr.end)
    )


def _future_words(sentence: Sentence, expr: TimeExpr) -> bool:
    before = sentence.text[: expr.start - sentence.start][-60:].lower()
    return bool(re.search(r"\b(?:will|shall|'ll|scheduled|plans?\s+to|due\s+to)\b", before))


def _date_one(
    i: int,
    coded: list[CodedEvent],
    times: list[_Time],
    narrative: _Narrative | None,
    mentions: list[tuple[str, EventDate]],
    paragraphs: dict[int, int],
    item: int | None = None,
) -> EventDate | None:
    c = coded[i]
    if _in_anchor_phrase(c, times):
        return None  # dated once the sentence's own date is known
    if not _names_a_party(c):
        relative = _relative_to_sentence(i, c, times)
        if relative is not None:
            return relative
        own = _best_time(i, c, times)
        if own is not None and item is not None and own.start is not None and own.start < item:
            # "... in Lagos on Monday; in Kano, troops fired": Monday is the item before's day
            return _another_item(own)
        if own is not None:
            return own
    anchored = [t for t in times if t.expr.anchored and not _anchor_has_event(t, c, coded)]
    if anchored:
        return _from_anchor(anchored[0].expr, c, narrative, mentions)
    earlier = _back_reference(c, mentions)
    if earlier is not None:
        return earlier
    if item is not None:
        inherited = _continuity(c, narrative, paragraphs)
        return _another_item(inherited) if inherited is not None else None
    return _continuity(c, narrative, paragraphs)


# "shooting suspect", "murder charges", "protest leader": the event word only
# qualifies a person or a case, and the sentence's time is what happened to them.
_QUALIFIED = re.compile(
    r"\s+(?:suspects?|victims?|charges?|case|trial|investigation|probe|inquiry|leaders?|organi[sz]ers?)\b",
    re.IGNORECASE,
)


def _names_a_party(c: CodedEvent) -> bool:
    rest = c.sentence.text[c.trigger.end - c.sentence.start :]
    return bool(_QUALIFIED.match(rest))


def _relative_to_sentence(i: int, c: CodedEvent, times: list[_Time]) -> EventDate | None:
    """'behind bars Friday after a shooting the previous afternoon': Thursday.

    A 'previous/next day' that modifies the event itself counts from the
    other date its sentence tells, not from the narrative.
    """
    trigger = syntax.token_at(c.sentence, c.trigger.start, c.trigger.end)
    for t in times:
        if t.expr.kind not in ("next_day", "day_rel") or not _modifies(i, trigger, t):
            continue
        days = t.expr.shift_days()
        other = [o.value for o in times if o.value is not None and o.value.precision == "day" and o is not t]
        if days is None or not other:
            continue
        moved = shifted(other[0], days, t.expr.shift_unit(), t.expr)
        if moved is not None:
            return replace(moved, text=f"{t.expr.text} ({other[0].text})")
    return None


def _modifies(i: int, trigger: "Token | None", t: _Time) -> bool:
    """The expression hangs from the event: its word, or inside the event noun's phrase."""
    if t.owner == i:
        return True
    root = t.root
    return trigger is not None and root is not None and trigger.pos_ == "NOUN" and syntax.within(root, trigger)


def _best_time(i: int, c: CodedEvent, times: list[_Time]) -> EventDate | None:
    # "since Monday" dates only the span it hangs from ("on strike since Monday"),
    # not the other events of the sentence ("the worst clashes since Monday").
    usable = [
        t for t in times
        if t.value is not None and t.value.date is not None and (t.expr.bound != "since" or t.owner == i)
        and not t.names_anchor
    ]
    # most sentences give no time: find the trigger's token only when one is left to weigh
    trigger = syntax.token_at(c.sentence, c.trigger.start, c.trigger.end) if usable else None
    if trigger is not None and trigger.pos_ == "NOUN":
        # "the coalition, which called the protest, published a list on Wednesday":
        # the report dates itself, not what its teller is described by
        usable = [t for t in usable if not (t.reporting and _in_teller(trigger, t))]
    if not usable:
        return None
    taken = _abduction_time(c, trigger, usable) if c.mode == "abduct" else None
    if taken is not None:
        return taken.value
    if trigger is None:
        best = min(usable, key=lambda t: (t.reporting and t.owner != i, _char_distance(c, t.expr)))
        return best.value
    scored = []
    for t in usable:
        root = t.root
        cost = syntax.distance(trigger, root) if root is not None else 99
        if t.owner == i:
            pass
        elif t.reporting:
            cost += _REPORT_COST
        elif t.owner is not None:
            cost += _OTHER_EVENT_COST
        scored.append((cost, _char_distance(c, t.expr), t, root))
    cost, _, best, root = min(scored, key=lambda x: (x[0], x[1]))
    host = best.host
    if host is not None and _stops(host, trigger):
        # "stopped shooting on Friday", "suspended the strike on Friday": the day it ended, not began
        return replace(_coarsen(best.value, "month", f"month of '{best.expr.text}' (the day it stopped)"),
                       enddate=best.value.date if best.value.precision == "day" else None)
    if (root is None or not syntax.within(root, trigger)) and syntax.backgrounded(trigger, host):
        return _coarsen(best.value, "month", f"month of '{best.expr.text}' (described event)")
    return best.value


_STOPPING = {"stop", "cease", "halt", "end", "suspend", "call"}


def _stops(host: "Token", trigger: "Token") -> bool:
    """The event is what the verb of the day brought to an end ('call off' too)."""
    stop = trigger.head
    if trigger.dep_ not in ("xcomp", "dobj") or host.i not in (trigger.i, stop.i):
        return False
    lemma = stop.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in stop.children)
    return lemma in _STOPPING


_TAKING = {"abduct", "kidnap", "seize", "hijack", "snatch"}


def _abduction_time(c: CodedEvent, trigger: "Token | None", times: list[_Time]) -> _Time | None:
    """'passengers abducted on Monday were freed on Wednesday': an abduction told through
    its ending takes the day of the verb that tells the taking."""
    if trigger is None or trigger.lemma_.lower() in _TAKING:
        return None
    for t in times:
        if t.host is not None and t.host.lemma_.lower() in _TAKING and not t.reporting:
            return t
    return None


def _in_teller(trigger: "Token", t: _Time) -> bool:
    """The trigger sits in the subject of the reporting verb the time hangs from."""
    report = t.host
    if report is None:
        return False
    tok = trigger
    while tok.head.i != tok.i and tok.head.i != report.i:
        tok = tok.head
    return tok.head.i == report.i and tok.dep_ in ("nsubj", "nsubjpass")


def _char_distance(c: CodedEvent, expr: TimeExpr) -> int:
    if expr.end <= c.trigger.start:
        return c.trigger.start - expr.end
    return max(0, expr.start - c.trigger.end)


# --- anchored dates -------------------------------------------------------------


def _anchor_phrase(t: _Time, text: str, offset: int) -> tuple[int, int]:
    """The stretch after 'three days after': 'the start of the protests in Kazakhstan'."""
    rest = text[t.expr.end - offset :]
    stop = _ANCHOR_PHRASE_END.search(rest)
    length = stop.start() if stop else len(rest)
    return t.expr.end, t.expr.end + length


def _in_anchor_phrase(c: CodedEvent, times: list[_Time]) -> bool:
    sentence = c.sentence
    for t in times:
        if t.expr.kind != "anchored" or not _points_back(t.expr):
            continue
        lo, hi = _anchor_phrase(t, sentence.text, sentence.start)
        if lo <= c.trigger.start < hi:
            return True
    return False


def _points_back(expr: TimeExpr) -> bool:
    """'after X' / 'before X' name their anchor; 'later' and 'earlier' do not."""
    direction = (expr.fields.get("dir") or "").lower()
    return direction in ("after", "before", "since") or direction.startswith("prior")


def _since(expr: TimeExpr) -> bool:
    return (expr.fields.get("dir") or "").lower() == "since"


def _anchor_has_event(t: _Time, c: CodedEvent, coded: list[CodedEvent]) -> bool:
    if t.expr.kind != "anchored" or not _points_back(t.expr):
        return False
    lo, hi = _anchor_phrase(t, c.sentence.text, c.sentence.start)
    return any(
        o.sentence.sequence == c.sentence.sequence and lo <= o.trigger.start < hi for o in coded
    )


def _anchor_targets(
    in_sentence: list[int], coded: list[CodedEvent], times: list[_Time], result: list[EventDate | None]
) -> None:
    """Date events named inside 'N days after X' from the date of the sentence's main event."""
    for i in in_sentence:
        c = coded[i]
        for t in times:
            if t.expr.kind != "anchored" or not _points_back(t.expr):
                continue
            lo, hi = _anchor_phrase(t, c.sentence.text, c.sentence.start)
            if not lo <= c.trigger.start < hi:
                continue
            host = _host_date(in_sentence, coded, result, times, exclude=i)
            days = t.expr.shift_days()
            if host is None or days is None:
                continue
            moved = shifted(host, -days, t.expr.shift_unit(), t.expr)
            if moved is None:
                continue
            moved = replace(moved, text=f"{t.expr.text} ({host.text})", start=t.expr.start, end=t.expr.end)
            if _is_an_aim(c, lo):
                # "a week after they were flown in to help him regain control": the aim, not the anchor
                moved = _coarsen(moved, "month", f"{moved.text}, an aim of it (month only)")
            result[i] = moved


def _is_an_aim(c: CodedEvent, phrase_start: int) -> bool:
    """The trigger sits in an infinitive clause ('to help him regain control')
    inside the anchor phrase, rather than telling the anchor itself."""
    tok = syntax.token_at(c.sentence, c.trigger.start, c.trigger.end)
    while tok is not None:
        if tok.idx + c.sentence.start < phrase_start:
            return False
        if any(ch.dep_ == "aux" and ch.tag_ == "TO" for ch in tok.children):
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _host_date(
    in_sentence: list[int],
    coded: list[CodedEvent],
    result: list[EventDate | None],
    times: list[_Time],
    exclude: int,
) -> EventDate | None:
    for j in in_sentence:
        if j != exclude and result[j] is not None and result[j].date is not None:
            return result[j]
    absolute = [t.value for t in times if t.value is not None and t.value.date is not None and t.story]
    return absolute[0] if absolute else None


def _from_anchor(
    expr: TimeExpr, c: CodedEvent, narrative: _Narrative | None, mentions: list[tuple[str, EventDate]]
) -> EventDate | None:
    days = expr.shift_days()
    if days is None:
        return None
    anchor = None
    if _points_back(expr):
        named = _anchor_words(expr, c)
        anchor = _named_anchor(named, mentions)
        if anchor is None and named - _INCIDENT_STEMS:
            # "two weeks after the election" counts from the election, which the
            # text never dated; the narrative's day ("on Monday") is another thing's.
            # "two days after the attack" may well be the incident just told.
            return None
    if anchor is None and narrative is not None:
        anchor = narrative.value
    if anchor is None:
        return None
    moved = shifted(anchor, days, expr.shift_unit(), expr)
    if moved is None:
        return None
    return replace(moved, text=f"{expr.text} ({anchor.text})")


def _anchor_words(expr: TimeExpr, c: CodedEvent) -> set[str]:
    """The stems of what 'after'/'before' names: 'after the election' -> {'elect'}."""
    sentence = c.sentence
    rest = sentence.text[expr.end - sentence.start :]
    stop = _ANCHOR_PHRASE_END.search(rest)
    return _stems(rest[: stop.start()] if stop else rest)


def _stems(text: str) -> set[str]:
    # five letters make 'attacked' and 'attack', 'elections' and 'elected' one word
    return {w[:5] for w in _content_words(text)}


# Words news uses for the incident it has just told, whatever verb told it.
_INCIDENT_STEMS = {
    w[:5] for w in (
        "attack", "incident", "shooting", "killing", "killings", "violence", "clashes", "fighting",
        "blast", "explosion", "raid", "assault", "bombing", "massacre", "ambush", "unrest", "riots",
    )
}


def _named_anchor(named: set[str], mentions: list[tuple[str, EventDate]]) -> EventDate | None:
    """'two days after the vote': the latest earlier event, or told sentence, that speaks of a vote."""
    for trigger_text, value in reversed(mentions):
        if named & _stems(trigger_text):
            return value
    return None


_NOT_NAMES = {"start", "beginning", "end", "outbreak", "onset", "their", "with", "from", "that", "this", "there"}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", text.lower()) if len(w) > 3 and w not in _NOT_NAMES}


def _anchor_nouns(
    in_sentence: list[int],
    coded: list[CodedEvent],
    times: list[_Time],
    result: list[EventDate | None],
    sentence: Sentence | None,
) -> list[tuple[str, EventDate]]:
    """'three days after the start of the protests' dates the protests, coded or not."""
    if sentence is None:
        return []
    out = []
    for t in times:
        days = t.expr.shift_days()
        if t.expr.kind != "anchored" or not _points_back(t.expr) or days is None:
            continue
        host = _host_date(in_sentence, coded, result, times, exclude=-1)
        if host is None:
            continue
        moved = shifted(host, -days, t.expr.shift_unit(), t.expr)
        if moved is None:
            continue
        lo, hi = _anchor_phrase(t, sentence.text, sentence.start)
        phrase = sentence.text[lo - sentence.start : hi - sentence.start]
        out.append((phrase, replace(moved, text=f"{t.expr.text} ({host.text})")))
    return out


def _told(times: list[_Time], sentence: Sentence | None) -> list[tuple[str, EventDate]]:
    """'Police investigate a shooting that happened on Thursday': dates 'the shooting' later on."""
    if sentence is None:
        return []
    story = [
        t.value for t in times if t.value is not None and t.value.precision == "day" and t.story and not t.ahead
    ]
    return [(sentence.text, story[0])] if story else []


def _back_reference(c: CodedEvent, mentions: list[tuple[str, EventDate]]) -> EventDate | None:
    """'The protests left 164 dead': the protests the text dated before, by the same word."""
    words = _content_words(c.trigger.text)
    trigger = syntax.token_at(c.sentence, c.trigger.start, c.trigger.end)
    if not words or (trigger is not None and trigger.pos_ not in ("NOUN", "PROPN")):
        return None
    for text, value in reversed(mentions):
        if value.precision == "day" and words & _content_words(text):
            return value
    return None


# --- narrative time ---------------------------------------------------------------


def _step_narrative(
    narrative: _Narrative | None, times: list[_Time], seq: int, paragraphs: dict[int, int]
) -> _Narrative | None:
    """Continuity reaches the next sentence, or the one after a sentence with no event."""
    if narrative is None:
        return None
    if seq - narrative.sequence > REACH:
        return None
    if paragraphs.get(seq, 0) - narrative.paragraph > 1:
        return None
    return narrative


def _after_sentence(
    narrative: _Narrative | None,
    in_sentence: list[int],
    coded: list[CodedEvent],
    times: list[_Time],
    result: list[EventDate | None],
    seq: int,
    paragraphs: dict[int, int],
) -> _Narrative | None:
    dated = [result[i] for i in in_sentence if result[i] is not None and result[i].date is not None]
    # Neither a report time nor a plan still to come ("is expected to be arraigned Monday") moves the story.
    # the main clause's time before one describing a noun ("passengers abducted on Monday were freed on Wednesday")
    story = [
        t.value
        for t in sorted(times, key=lambda t: t.described)
        if t.value is not None and t.value.date is not None and t.story and not t.ahead
    ]
    categories: dict[str, EventDate] = {}
    for i in in_sentence:
        if result[i] is not None and result[i].precision == "day":
            categories.setdefault(coded[i].event, result[i])
    paragraph = paragraphs.get(seq, 0)
    if story and _history(story[0], narrative):
        return narrative  # "took over the city in 2017": background, the story stays where it was
    if story:
        return _Narrative(story[0], seq, paragraph, categories, plain=not in_sentence)
    valued = [t for t in times if t.value is not None and t.value.date is not None]
    if valued:
        # Only the start of a span ("held since 2019"): the story stays put. Report
        # times and plans ("claimed today", "due next year") are not when things happened.
        return narrative if all(t.expr.bound == "since" for t in valued) else None
    if dated:
        return _Narrative(dated[0], seq, paragraph, categories)
    return None


def _history(value: EventDate, narrative: _Narrative | None) -> bool:
    """A bare year or month before the story's year is background, not a step of the story."""
    if narrative is None or narrative.value.date is None or value.date is None:
        return False
    return value.precision in ("year", "month") and value.date[:4] < narrative.value.date[:4]


def _continuity(c: CodedEvent, narrative: _Narrative | None, paragraphs: dict[int, int]) -> EventDate | None:
    if narrative is None or not 0 < c.sentence.sequence - narrative.sequence <= REACH:
        return None
    value = narrative.value
    origin = _origin(value.text)
    same_kind = narrative.by_category.get(c.event)
    if same_kind is not None:
        # the same kind of event told on: the report goes on about the same incident
        return replace(same_kind, text=f"narrative continuity: '{_origin(same_kind.text)}'")
    if _CONNECTIVE.search(c.sentence.text) or narrative.plain:
        # "then ...", or a time set by plain narration ("went out to his car Friday morning")
        return replace(value, text=f"narrative continuity: '{origin}'")
    return _coarsen(value, "month", f"narrative continuity (month of '{origin}')")


ANOTHER_ITEM = "another item of a round-up"


def _another_item(value: EventDate) -> EventDate:
    """A round-up item keeps only the month of the day told before it: another incident's day."""
    return _coarsen(value, "month", f"{ANOTHER_ITEM} (month of '{_origin(value.text)}')")


def _origin(note: str) -> str:
    """The expression a chain of inherited dates started from."""
    quoted = re.search(r"'([^']*)'", note)
    return quoted.group(1) if quoted else note


def _coarsen(value: EventDate, precision: str, note: str) -> EventDate:
    if value.date is None or value.precision in ("month", "year", "unknown"):
        return replace(value, text=note)
    return EventDate(value.date[:7], None, "month", note, value.start, value.end)


# --- headline and fallback ---------------------------------------------------------


def _headlines(
    coded: list[CodedEvent], ctx: ArticleContext, result: list[EventDate | None], times: dict[int, list[_Time]]
) -> None:
    """A headline restates the lead: its event takes the lead's date."""
    title = ctx.article.title.strip()
    after_title = body_start(ctx)  # a lead glued to the headline is in the headline's sentence
    for i, c in enumerate(coded):
        if result[i] is not None or not _is_title(c.sentence, title):
            continue
        body = [
            j
            for j, o in enumerate(coded)
            if o.event == c.event and result[j] is not None and result[j].precision == "day"
            and (o.sentence.sequence > c.sentence.sequence or 0 < after_title <= o.trigger.start)
        ]
        if body:
            first = min(body, key=lambda j: (coded[j].sentence.sequence, coded[j].trigger.start))
            result[i] = result[first]
            continue
        lead = _lead_time(c.sentence.sequence, times)
        if lead is not None:
            result[i] = replace(lead, text=f"{lead.text} (lead sentence)")


LEAD_LOOKAHEAD = 4


def _lead_details(
    coded: list[CodedEvent],
    result: list[EventDate | None],
    times: dict[int, list[_Time]],
    ctx: ArticleContext,
    items: dict[int, int | None],
) -> None:
    """'A man was shot on the east side. It happened about 10 p.m. Tuesday.'

    A lead event with no date of its own, or only a vague one ("last week",
    "this past weekend"), takes the first past day of the next few sentences
    that tell of the same thing (the trigger's word, or "it happened", "the
    incident"), where news writes the details; a vague date keeps only a day
    inside it. Failing that, a day given to the minute ("early Sunday at
    2:40 a.m.") is the incident's, whatever the words around it.
    """
    lead = _lead_sequence(ctx)
    for i, c in enumerate(coded):
        vague = result[i] is not None and result[i].precision in ("week", "month") and result[i].date is not None
        if (result[i] is not None and not vague) or c.sentence.sequence > lead or items[i] is not None:
            continue  # a round-up item's details are its own: the sentences after it tell others
        window = _detail_window(c, ctx, times)
        inside = [(about, t) for about, t in window if not vague or _within(t.value, result[i], ctx.published)]
        chosen = next((t for about, t in inside if about), None) or next(
            (t for _, t in inside if _clocked(ctx.text, t.expr)), None
        )
        if chosen is not None:
            result[i] = replace(chosen.value, text=f"{chosen.value.text} (detail sentence)")


def _detail_window(c: CodedEvent, ctx: ArticleContext, times: dict[int, list[_Time]]) -> list[tuple[bool, _Time]]:
    """Past story days of the sentences after the lead, each marked if its sentence tells of the same thing."""
    stem = c.trigger.text.lower()[:5]
    out = []
    for seq in range(c.sentence.sequence + 1, min(len(ctx.sentences), c.sentence.sequence + 1 + LEAD_LOOKAHEAD)):
        text = ctx.sentences[seq].text
        about = stem in text.lower() or bool(_SAME_THING.search(text))
        for t in times.get(seq, []):
            if t.value is not None and t.value.precision == "day" and t.story and not t.future:
                out.append((about, t))
    return out


def _incident_days(
    coded: list[CodedEvent],
    result: list[EventDate | None],
    times: dict[int, list[_Time]],
    ctx: ArticleContext,
    items: dict[int, int | None],
) -> None:
    """'The deputy fired back and shot one of the suspects.'

    A report on a shooting tells the incident again and again further down,
    mostly without repeating its day. An assault that hurt people, with no day
    of its own, is the incident the lead dated: it takes the day the lead and
    its detail sentences give the incident (a sentence about the shooting
    first, else a day given to the minute). The lead's day alone is not
    enough: it may be the day of an arrest or a withdrawal. An assault its
    own sentence dates, even vaguely ("last year"), keeps that date, unless
    that date is only when police told of it and the incident day is earlier.
    """
    # a round-up item is another incident than the one the lead dated
    harmful = [i for i, c in enumerate(coded) if _harmful(c) and items[i] is None]
    undated = [i for i in harmful if _undated(result[i])]
    reported = [i for i in harmful if _report_time(result[i], times.get(coded[i].sentence.sequence, []))]
    if not undated and not reported:
        return
    day = _incident_day(ctx, times)
    if day is None:
        return
    note = f"incident day of the article: '{_origin(day.text)}'"
    for i in undated:
        result[i] = replace(day, text=note)
    for i in reported:
        # "One officer shot him, police said Tuesday": Tuesday is when it was told;
        # a day the article gives the incident before that is when it happened.
        if day.date < result[i].date:
            result[i] = replace(day, text=note)


def _report_time(value: EventDate | None, times: list[_Time]) -> bool:
    """The event took its day from a report in its own sentence ("..., police said Tuesday")."""
    return value is not None and any(t.reporting and t.value is value for t in times)


def _shooting(c: CodedEvent) -> bool:
    """An assault that hurt people or fired shots ('fired as many as seven shots')."""
    return c.event == "ASSAULT" and (tells_harm(c.sentence.text) or tells_gunfire(c.sentence.text))


def _shooting_title(title: str) -> bool:
    return tells_harm(title) or tells_gunfire(title)


def _harmful(c: CodedEvent) -> bool:
    return c.event == "ASSAULT" and tells_harm(c.sentence.text)


def _undated(value: EventDate | None) -> bool:
    """No date, or only the month narrative continuity could vouch for."""
    return value is None or value.date is None or (
        value.precision == "month" and value.text.startswith("narrative continuity")
    )


# Words that tell the incident itself happened (not "it was learned that ...").
# Police news also names the incident by what led to the shots: "an arrest
# after a domestic situation early Sunday, December 27th".
_OCCURRED = re.compile(
    r"\b(?:happened|occurred|took\s+place|incident|shots?|gunfire|fired"
    r"|(?:domestic\s+)?(?:situation|disturbance|altercation|dispute|confrontation|standoff)"
    r"|robbery|carjacking|home\s+invasion|break-in"
    # the emergency call that brought the police: "called 911 three times early Saturday"
    r"|911|emergency\s+call)\b",
    re.IGNORECASE,
)


def _incident_day(ctx: ArticleContext, times: dict[int, list[_Time]]) -> EventDate | None:
    last = _lead_sequence(ctx) + LEAD_LOOKAHEAD
    about: list[_Time] = []
    clocked: list[_Time] = []
    for seq in range(0, min(len(ctx.sentences), last + 1)):
        text = ctx.sentences[seq].text
        told = tells_harm(text) or bool(_OCCURRED.search(text))
        # "charged Monday after he shot a woman Saturday": the day the harm word
        # holds is the incident's, whichever the sentence gives first
        for t in sorted(times.get(seq, []), key=lambda t: not _hangs_from_harm(t)):
            if t.value is None or t.value.precision != "day" or not t.story or t.future:
                continue
            if ctx.published is not None and t.value.date > ctx.published.isoformat():
                continue
            if told:
                about.append(t)
            elif _clocked(ctx.text, t.expr):
                clocked.append(t)
    chosen = (about or clocked or [None])[0]
    return chosen.value if chosen is not None else None


def _hangs_from_harm(t: _Time) -> bool:
    """The time modifies a word of harm or of the incident ('shot', 'shooting', 'happened')."""
    word = t.host.text if t.host is not None else ""
    return bool(word) and (tells_harm(word) or bool(_OCCURRED.search(word)))


def _within(day: EventDate, vague: EventDate, base: date | None) -> bool:
    """'On Wednesday, Nov. 25' inside 'last week'; any day of the month inside 'last month'.

    News says "last week" for anything in the past seven days or so, so a
    week reaches up to the publication date.
    """
    if vague.precision == "month":
        return day.date[:7] == vague.date[:7]
    end = max(vague.enddate or vague.date, base.isoformat() if base is not None else "")
    return vague.date <= day.date <= end


_SAME_THING = re.compile(
    r"\b(?:happened|occurred|took\s+place|incident|it\s+was|shooting|attack"
    # how police reports tell the same incident: the call, the shots, the victim
    r"|shots?|gunshots?|gunfire|fired|responded|were\s+called|(?:a|the)\s+call|victims?)\b",
    re.IGNORECASE,
)


def _lead_time(title_sequence: int, times: dict[int, list[_Time]]) -> EventDate | None:
    for seq in (title_sequence + 1, title_sequence + 2):
        story = [
            t.value for t in times.get(seq, [])
            if t.value is not None and t.value.precision == "day" and t.story
        ]
        if story:
            return story[0]
    return None


def _lead_sequence(ctx: ArticleContext) -> int:
    """The last sentence of the headline-and-lead: the first sentence after the title.

    A title the splitter cut in two ("Man shot in Dearborn Hts. | police
    station") still leaves the lead one sentence after it.
    """
    body = body_start(ctx)
    for sentence in ctx.sentences:
        if sentence.start >= body and sentence.text.strip():
            return max(sentence.sequence, 1) if body else sentence.sequence + 1
    return 1


# --- a headline glued to the lead -----------------------------------------------
#
# "Man wounded ... in three weeks PASADENA >> One man remained hospitalized Friday
# following a shooting the previous afternoon": a text given with its headline run
# into the lead makes one sentence of both. An event told in the headline part
# takes a date the headline itself gives (not a bare year: "first homicide of
# 2016"), else the day of the lead's event of its kind ("a shooting the previous
# afternoon"), else the day the lead gives the harm, else the headline rule over
# later sentences, and only then another day of the lead: it may be of what
# followed (Friday) or of the report.


def _glued_headline(c: CodedEvent, body: int) -> bool:
    return c.trigger.start < body < c.sentence.end


def _headline_day(i: int, coded: list[CodedEvent], times: list[_Time], body: int) -> EventDate | None:
    own = _best_time(i, coded[i], [t for t in times if t.expr.start < body])
    # "first homicide of 2016" names the year the count runs in, not the day
    return own if own is not None and own.precision != "year" else None


def _glued_lead_days(
    in_sentence: list[int], coded: list[CodedEvent], times: list[_Time], result: list[EventDate | None], body: int
) -> None:
    for i in in_sentence:
        c = coded[i]
        if result[i] is not None or not _glued_headline(c, body):
            continue
        lead = [
            j for j in in_sentence
            if coded[j].event == c.event and coded[j].trigger.start >= body
            and result[j] is not None and result[j].precision == "day"
        ]
        if lead:
            result[i] = result[lead[0]]
            continue
        # "a man who shot at a deputy shortly after midnight Saturday": the lead's day of the harm
        result[i] = _best_time(i, c, [t for t in times if t.expr.start >= body and _hangs_from_harm(t)])


def _glued_headline_rest(
    coded: list[CodedEvent], result: list[EventDate | None], times: dict[int, list[_Time]], body: int
) -> None:
    """What the headline rule left undated takes any day of the lead part, else the headline's year."""
    for i, c in enumerate(coded):
        if result[i] is None and _glued_headline(c, body):
            sentence_times = times.get(c.sentence.sequence, [])
            lead = _best_time(i, c, [t for t in sentence_times if t.expr.start >= body])
            result[i] = lead or _best_time(i, c, [t for t in sentence_times if t.expr.start < body])


def _is_title(sentence: Sentence, title: str) -> bool:
    if sentence.sequence != 0:
        return False
    return bool(title) and (sentence.text.strip() == title or sentence.text.strip().startswith(title))


# --- running totals --------------------------------------------------------------

_PERIOD_EVENTS = ("ASSAULT", "PROTEST")


def _period_tolls(coded: list[CodedEvent], result: list[EventDate | None], times: dict[int, list[_Time]]) -> None:
    """'On Sunday the ministry said 164 had been killed since the protests began':
    the harm spans the protests and Sunday is when it was counted, so the
    event keeps only the month, unless the day hangs from the harm itself."""
    for i, c in enumerate(coded):
        value = result[i]
        if value is None or value.date is None or value.precision not in ("day", "week"):
            continue
        if c.event not in _PERIOD_EVENTS or not figure_mentions.tells_period_toll(c.sentence.text):
            continue
        if any(t.owner == i and t.expr.start == value.start for t in times.get(c.sentence.sequence, [])):
            continue
        result[i] = replace(
            value, date=value.date[:7], enddate=None, precision="month", text=f"{value.text} (day a running total was told)"
        )


# "The protests started on the 2nd and within days spread to Almaty, where
# buildings were burned": the day is when the protests began; what followed
# in the same sentence happened some days later.
_STARTED = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out)\s+(?:on\s+)?$", re.IGNORECASE)
_WHAT_FOLLOWED = re.compile(
    r"\b(?:spread|spreading|(?:with)?in\s+(?:a\s+)?(?:few|two|three|several)\s+days|days\s+later|later|then)\b",
    re.IGNORECASE,
)


def _after_a_start(coded: list[CodedEvent], result: list[EventDate | None]) -> None:
    """An event told after 'began on <day> ... and spread to' keeps only the month."""
    for i, c in enumerate(coded):
        value = result[i]
        if value is None or value.date is None or value.precision != "day" or value.start is None:
            continue
        sentence = c.sentence
        if not (sentence.start <= value.start and value.end <= sentence.end) or value.end > c.trigger.start:
            continue
        if not _STARTED.search(sentence.text[: value.start - sentence.start]):
            continue
        if not _WHAT_FOLLOWED.search(sentence.text[value.end - sentence.start : c.trigger.start - sentence.start]):
            continue
        result[i] = replace(value, date=value.date[:7], enddate=None, precision="month", text=f"{value.text} (when it began)")


def _fallback(c: CodedEvent, ctx: ArticleContext, lead_sequence: int) -> EventDate:
    # A shooting the headline announces ("UNT student dies after being shot",
    # "Shots fired into a home", "Highway gun battle shuts down I-43") and the
    # text never dates is, like the lead's event, news of the day.
    lead = c.sentence.sequence <= lead_sequence or (_shooting(c) and _shooting_title(ctx.article.title))
    if lead and ctx.published is not None:
        return EventDate(ctx.published.isoformat(), None, "week", FALLBACK_TEXT)
    return EventDate(None, None, "unknown", UNKNOWN_TEXT)


# --- article-level helpers -------------------------------------------------------


def _dateline_date(ctx: ArticleContext, us: bool, body: int = 0) -> date | None:
    """The date on the story's dateline, if the first sentences carry one."""
    for sentence in ctx.sentences[:3]:
        if not _DATELINE_HINT.search(sentence.text):
            continue  # no year followed by a dash: no dateline, skip the full scan
        for expr in find_expressions(sentence.text, sentence.start):
            if expr.kind in _FULL_DATES and expr.fields.get("year") and is_dateline(ctx.text, expr.start, expr.end, body):
                value = resolve(expr, Frame(None, us))
                if value is not None and value.precision == "day" and value.date is not None:
                    return date.fromisoformat(value.date)
    return None


_FULL_DATES = ("iso", "dmy", "mdy", "numeric", "d_mon_y")
_SLASHED = re.compile(r"\d/\d")
_DATELINE_HINT = re.compile(r"\d\d\W{0,3}(?:\([^)]{0,30}\))?\s*(?:--|[-–—])")


def _stated_base(ctx: ArticleContext) -> date | None:
    """Without a publication date, the first full date the text gives stands in."""
    for sentence in ctx.sentences:
        for expr in find_expressions(sentence.text, sentence.start):
            if expr.kind in ("iso", "dmy", "mdy", "numeric", "d_mon_y") and (
                expr.kind != "dmy" and expr.kind != "mdy" or expr.fields.get("year")
            ):
                value = resolve(expr, Frame(None, looks_us(ctx.text)))
                if value is not None and value.date is not None and value.precision == "day":
                    return date.fromisoformat(value.date)
    return None


def _paragraph_numbers(ctx: ArticleContext) -> dict[int, int]:
    numbers: dict[int, int] = {}
    paragraph = 0
    previous_end = 0
    for sentence in ctx.sentences:
        if "\n" in ctx.text[previous_end : sentence.start]:
            paragraph += 1
        numbers[sentence.sequence] = paragraph
        previous_end = sentence.end
    return numbers
