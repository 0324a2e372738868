"""Word normalisation shared by shingling, anchors and text similarity."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)

# function words and reporting verbs carry no evidence about which event it is
STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for from with into onto over under about
    after before during since until than then that this these those there their they them
    he she it its his her we our you your i me my is are was were be been being has have had
    do does did not no nor so as also just only more most very can could would should will
    shall may might must said says say told tells according reported report reports news
    who whom whose which what when where why how all any some each other such own same
    up down out off again further once here both few many much one two""".split()
)


def tokens(text: str) -> list[str]:
    """Words as written (case kept)."""
    return _WORD.findall(text)


def words(text: str) -> list[str]:
    return [w.lower() for w in tokens(text)]


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A light suffix stripper: enough to make 'protests'/'protested' meet."""
    for suffix in ("ations", "ation", "ings", "ing", "ers", "ed", "es", "er", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def content_terms(text: str) -> tuple[str, ...]:
    """Distinct stemmed content words, sorted; interned and kept in a tuple
    (a fifth of a frozenset's memory) so a million profiles fit."""
    import sys

    return tuple(sorted({sys.intern(stem(w)) for w in words(text) if w not in STOPWORDS and len(w) > 2}))


def jaccard(a: tuple[str, ...], b: tuple[str, ...]) -> float:
    """Jaccard of two collections of distinct terms."""
    if not a or not b:
        return 0.0
    inter = len(set(a).intersection(b))
    return inter / (len(a) + len(b) - inter)
