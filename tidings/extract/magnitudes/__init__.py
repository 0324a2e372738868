"""Magnitudes: how many were killed, injured, arrested, kidnapped, displaced,
how many marched and how many troops, for each coded event.

Each figure found in the article (see `mentions` and `victims`) goes to one
event only:

1. Compatible events. A death toll belongs to an assault or a riot, not to a
   statement; crowd sizes to protests; troop numbers to deployments and
   withdrawals (`COMPATIBLE`, with a preference order per kind).
2. Same sentence or the two before it. Among compatible events mentioned in
   the figure's sentence or the two sentences before, the preferred category
   wins, then the nearer sentence, then the nearer trigger. So "The protests
   left 164 people dead" after "... were repressed by security forces" goes
   to the crackdown, and a later event never takes an earlier figure.
3. Further back. A figure in a sentence with no event of its own goes to the
   nearest earlier compatible event ("The victim died at the hospital"),
   unless it or the sentences just before it name an earlier year: they tell
   an older story ("where a gunman killed three men in the summer of 2012").
   Such a far figure only fills a gap: a count told near the event wins.
4. Ahead. A figure told before any compatible event ("charged in the
   shooting death of X. X was shot once in the head") goes to the first one
   that follows within AHEAD sentences.

Then, per event and kind, figures are combined without double counting:
the same people are often counted again ("a man was shot ... the victim
died"), so the largest count wins rather than the sum; a cumulative toll
("the death toll rose to 225") replaces earlier figures; figures that differ
and come from different named sources are kept, the first as the figure and
the others in `Figure.alternatives`, each with its attribution. People
reported "shot" count as injured only beyond those reported dead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.extract.context import ArticleContext, CodedEvent, Sentence
from tidings.extract.dates.dateline import body_start
from tidings.extract.magnitudes.attribution import attribution
from tidings.extract.magnitudes.harm import HARMED, tells_harm
from tidings.extract.magnitudes.mentions import Mention, find_fatal_cues, find_mentions, find_multiples
from tidings.extract.magnitudes.victims import find_victims
from tidings.extract.magnitudes.wounds import find_wounded
from tidings.records import Figure

__all__ = ["measure_events", "COMPATIBLE"]

# kind -> category -> preference (higher wins). DISASTER stands for reports
# without a PLOVER category that ACLED calls natural or man-made disasters.
COMPATIBLE: dict[str, dict[str, int]] = {
    "dead": {"ASSAULT": 3, "DISASTER": 3, "PROTEST": 1, "COERCE": 1},
    "injured": {"ASSAULT": 3, "DISASTER": 3, "PROTEST": 1, "COERCE": 1},
    "arrested": {"COERCE": 3, "ASSAULT": 2, "PROTEST": 1},
    "kidnapped": {"ASSAULT": 3, "COERCE": 2},
    "displaced": {"ASSAULT": 3, "DISASTER": 3, "COERCE": 2, "RETREAT": 1},
    "participants": {"PROTEST": 3, "MOBILIZE": 1},
    "troops": {"MOBILIZE": 3, "RETREAT": 3, "AID": 2, "ASSAULT": 1, "COERCE": 1},
}
DISASTERS = ("Natural disaster", "Man-made disaster")
WINDOW = 2  # sentences back that a figure may reach without checks
AHEAD = 3  # sentences forward a figure told before every fitting event may reach
LEAD = 2  # last sentence number a headline figure may reach


@dataclass
class _Found:
    mention: Mention
    sequence: int
    attribution: str
    headline: bool = False
    far: bool = False  # reached its event from more than WINDOW sentences away


def measure_events(coded: list[CodedEvent], ctx: ArticleContext) -> list[dict[str, Figure]]:
    """The figures of each event, keyed by kind, in the order of `coded`."""
    if not coded:
        return []
    body = body_start(ctx)
    found = [f for sentence in ctx.sentences for f in _sentence_figures(sentence, body)]
    if _titled(ctx):
        for f in found:
            f.headline = f.sequence == 0
    positions = [_positions(c, ctx) for c in coded]
    past = _past_sentences(ctx)
    per_event: list[list[_Found]] = [[] for _ in coded]
    previous: tuple[_Found, int | None] | None = None
    for f in found:
        backdrop = any(f.sequence - back in past for back in range(WINDOW + 1))
        target, f.far = _target(f, coded, positions, reach_back=not backdrop)
        if previous is not None and _listed_together(previous[0], f, ctx.text):
            lead = previous[1]
            if lead is not None and _category(coded[lead]) in COMPATIBLE.get(f.mention.kind, {}):
                target = lead
        if target is not None:
            per_event[target].append(f)
        previous = (f, target)
    figures = [_combine(items) for items in per_event]
    lead = 1 if _titled(ctx) else 0
    _note_harmed(coded, figures, lead, tells_harm(" ".join(s.text for s in ctx.sentences[: lead + 1])))
    return figures


def _titled(ctx: ArticleContext) -> bool:
    return bool(ctx.article.title and ctx.sentences and ctx.sentences[0].text.strip() == ctx.article.title.strip())


def _note_harmed(coded: list[CodedEvent], figures: list[dict[str, Figure]], lead: int, lead_harm: bool) -> None:
    """A note for ranking (pipeline.rank_key, through harm.is_incident): when
    the headline or lead speaks of people hurt ("police investigate fatal
    shooting"), the assault the article's dead and wounded went to is the
    incident, however it was told ("officers were sent on a report of a
    person shot"); unless the lead tells it inside another event ("accused
    them of the bombing that killed ..."): that event is what it reports. A
    lead about something else (a withdrawal) keeps its own event first."""
    others = {c.sentence.sequence for c in coded if c.event != "ASSAULT"}
    for c, figs in zip(coded, figures):
        counted = any((figs[k].best or 0) > 0 for k in ("dead", "injured") if k in figs)
        seq = c.sentence.sequence
        c.extra[HARMED] = lead_harm and counted and not (seq <= lead and seq in others)


_LIST_GLUE = re.compile(r"^\s*(?:,|;|,?\s*and|,?\s*as\s+well\s+as|,?\s*while|,?\s*with)\s*$", re.IGNORECASE)


def _category(c: CodedEvent) -> str:
    if not c.event and c.acled_sub_event_type in DISASTERS:
        return "DISASTER"
    return c.event


def _listed_together(first: _Found, second: _Found, text: str) -> bool:
    """'164 dead, 1,000 injured and 10,000 arrested' is one toll of one event."""
    if first.sequence != second.sequence or first.mention.end > second.mention.start:
        return False
    return bool(_LIST_GLUE.match(text[first.mention.end : second.mention.start]))


def _sentence_figures(sentence: Sentence, body: int = 0) -> list[_Found]:
    mentions = find_mentions(sentence.text, sentence.start)
    taken = [(m.start, m.end) for m in mentions]
    victims = [v for v in find_victims(sentence, body) if not any(s < v.end and v.start < e for s, e in taken)]
    mentions.extend(victims)
    taken.extend((v.start, v.end) for v in victims)
    mentions.extend(w for w in find_wounded(sentence.text, sentence.start) if not any(s < w.end and w.start < e for s, e in taken))
    mentions.extend(m for m in find_multiples(sentence.text, sentence.start) if not any(s < m.end and m.start < e for s, e in taken))
    if not any(m.kind == "dead" for m in mentions):
        mentions.extend(find_fatal_cues(sentence.text, sentence.start))
    mentions.sort(key=lambda m: m.start)
    return [_Found(m, sentence.sequence, attribution(sentence, m)) for m in mentions]


def _positions(c: CodedEvent, ctx: ArticleContext) -> list[tuple[int, int]]:
    """(sentence, offset) of the trigger and of every merged mention."""
    spans = [c.trigger] + list(c.extra.get("mentions", []))
    out = [(c.sentence.sequence, c.trigger.start)]
    for span in spans[1:]:
        sentence = ctx.sentence_at(span.start)
        if sentence is not None:
            out.append((sentence.sequence, span.start))
    return out


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _past_sentences(ctx: ArticleContext) -> set[int]:
    """Sentences that name a year before the article's ("where Leonard killed
    three men in the summer of 2012"): they tell an older story, so their
    figures (and those right after them) do not reach back to the lead. The
    article's year is the publication year, or else the latest year it names."""
    if not _YEAR.search(ctx.text):
        return set()
    years = {s.sequence: [int(y) for y in _YEAR.findall(s.text)] for s in ctx.sentences}
    now = ctx.published.year if ctx.published else max((y for ys in years.values() for y in ys), default=None)
    if now is None:
        return set()
    if ctx.published is not None and ctx.published.month <= 2:
        now -= 1  # in January, "Dec. 31, 2015" is last week's news, not an older story
    return {seq for seq, ys in years.items() if ys and max(ys) < now}


def _target(
    f: _Found, coded: list[CodedEvent], positions: list[list[tuple[int, int]]], reach_back: bool = True
) -> tuple[int | None, bool]:
    """The event a figure belongs to, and whether it lies beyond WINDOW."""
    kind = f.mention.kind
    prefs = COMPATIBLE.get(kind, {})
    best_key, best = None, None
    nearest_back, nearest_gap = None, None
    ahead, ahead_gap = None, None
    for i, c in enumerate(coded):
        prio = prefs.get(_category(c))
        if prio is None or c.modality in ("negated", "hypothetical"):
            continue
        for seq, offset in positions[i]:
            gap = f.sequence - seq
            if f.headline and seq <= LEAD:
                gap = 0  # the headline sums up the lead: "2 wounded in shooting"
            if 0 <= gap <= WINDOW:
                key = (-prio, gap, abs(offset - f.mention.start))
                if best_key is None or key < best_key:
                    best_key, best = key, i
            elif gap > WINDOW and not f.mention.local and (nearest_gap is None or gap < nearest_gap):
                nearest_back, nearest_gap = i, gap
            elif -AHEAD <= gap < 0 and (ahead_gap is None or -gap < ahead_gap):
                ahead, ahead_gap = i, -gap
    if best is not None:
        return best, False
    if nearest_back is not None:
        return (nearest_back, True) if reach_back else (None, False)
    # Told before any event it fits ("charged in the shooting death of Goldie
    # Long. Orand shot Long once in the head"): the next such event nearby.
    return ahead, False


def _combine(items: list[_Found]) -> dict[str, Figure]:
    by_kind: dict[str, list[_Found]] = {}
    for f in items:
        by_kind.setdefault(f.mention.kind, []).append(f)
    figures: dict[str, Figure] = {}
    for kind, group in by_kind.items():
        near = [f for f in group if not f.far]
        group = near or group  # a figure told far from the event only fills a gap
        strong = [f for f in group if not f.mention.weak]
        if strong:
            figures[kind] = _one_figure(kind, strong)
    weak = [f for f in items if f.mention.weak and not f.far] or [f for f in items if f.mention.weak]
    if weak:
        _add_shot(figures, weak)
    return figures


def _one_figure(kind: str, group: list[_Found]) -> Figure:
    tolls = [f for f in group if f.mention.cumulative]
    if tolls:
        # The latest toll replaces what came before; two told in one sentence
        # ("26 gunmen killed and 18 police died") are different people, and
        # like other counts the largest is the event's.
        latest = [f for f in tolls if f.sequence == tolls[-1].sequence]
        return _figure(kind, max(latest, key=lambda f: (f.mention.best, -f.mention.start)))
    sources = {f.attribution for f in group if f.attribution}
    values = {f.mention.best for f in group}
    if len(sources) > 1 and len(values) > 1:
        main = _figure(kind, group[0])
        seen = {group[0].mention.best}
        for f in group[1:]:
            if f.mention.best not in seen:
                main.alternatives.append(_figure(kind, f))
                seen.add(f.mention.best)
        return main
    counted = [f for f in group if not f.mention.vague] or group  # a count beats "dozens"
    largest = max(counted, key=lambda f: (f.mention.best, -f.mention.start))
    return _figure(kind, largest)


def _add_shot(figures: dict[str, Figure], weak: list[_Found]) -> None:
    """People 'shot' are injured, except those we know died."""
    shot = max(weak, key=lambda f: f.mention.best)
    dead = figures.get("dead")
    survivors = shot.mention.best - (dead.best or 0 if dead else 0)
    injured = figures.get("injured")
    if survivors > 0 and (injured is None or (injured.best or 0) < survivors):
        fig = _figure("injured", shot)
        fig.best = fig.low = fig.high = survivors
        figures["injured"] = fig


def _figure(kind: str, f: _Found) -> Figure:
    m = f.mention
    return Figure(
        kind=kind,
        best=m.best,
        low=m.low,
        high=m.high,
        qualifier=m.qualifier,
        text=m.text,
        start=m.start,
        end=m.end,
        attribution=f.attribution,
        cumulative=m.cumulative,
    )

