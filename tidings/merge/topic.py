"""What a whole article is about: its proper names and figures.

Reports of one real event tell one story, and outlets writing it up
independently still name the same people, places, organisations and numbers
across the article, even where the sentence an event was read from shares
little with the other report's ("the blast", "the explosion at the market").
Two articles about different real events of the same kind (two earthquakes,
two attacks in one city a week apart) share the kind, often the city, but
far fewer of their names and numbers.

The keys of an article are its capitalised words that do not open a
sentence (stemmed, lower case) and its tokens with digits. Weekday and month
names are left out: they are capitalised everywhere and say when, not what;
so are the big wire agencies' names ("ALMATY (Reuters) -"), which say who
wrote it, not what happened. (An outlet's own name is kept: "The Kabul
Times" would take Kabul with it.)

The pair decision reads how many of the smaller article's keys the other
article shares (`overlap`; `decision.MergeConfig.topic`): a two-paragraph
wire report inside a long feature about the same event shares most of its
names, though the feature has many more. An event an article tells in
passing, about another story, carries its own sentence's keys as well
(`Profile.told`), so it still meets the reports of that story. Checked on ECB+ (topics 1-20), where
each topic holds reports of two similar real events: of two documents of one
topic that report the same event, 0.5% share under a tenth of their keys
this way; of two that report different events, 48% do (keys capped at
MAX_KEYS).
"""

from __future__ import annotations

import functools
import re
import sys

from tidings.merge.text import STOPWORDS, stem

_TOKEN = re.compile(r"[^\W_]+(?:[-'.,][^\W_]+)*", re.UNICODE)
# a capital after these opens a sentence (or a quote, a heading) rather than naming something
_OPENERS = frozenset(".!?:;\"'\u201c\u2018\u00ab([\n")
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december""".split()
)
# the news agencies most often credited inside other outlets' copy
_AGENCIES = frozenset(
    stem(w) for w in "reuters afp ap associated press xinhua tass interfax anadolu efe dpa ani pti".split()
)
MAX_KEYS = 40  # a long article's most frequent keys tell its story; fewer to store per event


@functools.lru_cache(maxsize=2048)
def topic_keys(text: str) -> tuple[str, ...]:
    """Sorted distinct keys of an article's text (cached: every event of an
    article asks for the same text, and they share one tuple)."""
    counts: dict[str, int] = {}
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token.isalpha() and not token[0].isupper():
            continue  # most words: no digit, no capital, no key (and no need to ask whether they open a sentence)
        key = _key(token, _opens_sentence(text, match.start()))
        if key and key not in _AGENCIES:
            counts[key] = counts.get(key, 0) + 1
    if len(counts) > MAX_KEYS:
        kept = sorted(counts, key=lambda k: (-counts[k], k))[:MAX_KEYS]
    else:
        kept = list(counts)
    return tuple(sorted(sys.intern(k) for k in kept))


@functools.lru_cache(maxsize=8192)
def name_keys(name: str) -> frozenset[str]:
    """The keys a name leaves in a text's keys ('Mocímboa da Praia' ->
    {mocímboa, praia}); empty when it has none."""
    return frozenset(k for k in (_key(t, False) for t in _TOKEN.findall(name)) if k)


def _key(token: str, opener: bool) -> str:
    if any(c.isdigit() for c in token):
        return "#" + token.replace(",", "")
    if len(token) < 2 or not token[0].isupper():
        return ""
    if opener and not token.isupper():
        return ""  # an ordinary word opening a sentence; a dateline (KABUL -) is all capitals
    lower = token.lower().replace(".", "").removesuffix("'s")  # U.S. -> us, Noori's -> noori
    if lower in STOPWORDS or lower in CALENDAR:
        return ""
    return stem(lower)


def _opens_sentence(text: str, start: int) -> bool:
    """Is the word at `start` the first of a sentence, line or quote?"""
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _OPENERS


def overlap(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Share of the smaller key set found in the other (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(_as_set(a) & _as_set(b)) / min(len(a), len(b))


@functools.lru_cache(maxsize=4096)
def _as_set(keys: tuple[str, ...]) -> frozenset[str]:
    # one set per article rather than one per pair: every pair decision asks
    return frozenset(keys)
