"""Linking one name, as written, to a knowledge-base entry."""

from __future__ import annotations

import difflib
import functools
import re

from tidings.extract.actors.kb import ActorEntry, ActorKB, load_kb
from tidings.extract.actors.normalise import acronym_key, name_key, skeleton

# Words before a name that say who the person is but are not the name.
TITLES = frozenset(
    """president vice prime minister ministers foreign defence defense interior
    chancellor premier secretary general gen lt col colonel major captain
    commander chief mr mrs ms dr sir king queen prince princess crown sheikh
    emir ayatollah pope spokesman spokeswoman spokesperson leader former
    senator governor mayor ambassador envoy opposition acting interim de facto
    self declared junta army police foreign affairs state of the""".split()
)

# When one key names several entries, the more specific kind wins.
_KIND_RANK = {"person": 0, "group": 1, "org": 2, "country": 3, "metonym": 4, "capital": 5,
              "adjective": 6}  # fmt: skip

FUZZY_MIN_RATIO = 0.72
_ALL_CAPS = re.compile(r"^[A-Z][A-Z0-9.&+\-]{1,7}$")


def best(entries: list[ActorEntry]) -> ActorEntry | None:
    if not entries:
        return None
    return min(entries, key=lambda e: _KIND_RANK.get(e.kind, 9))


def link_text(text: str, kb: ActorKB | None = None) -> ActorEntry | None:
    """The entry a name refers to, or None.

    Tries, in order: an acronym (upper case only), the exact normalised name,
    the name without its titles, a known surname, and a transliteration-tolerant
    match on consonant skeletons.
    """
    kb = kb or load_kb()
    if kb is load_kb():
        # Coding and the actor phrases link the same phrases ("police",
        # "the army") again and again; the installed base never changes.
        return _link_installed(text)
    return _link(text, kb)


@functools.lru_cache(maxsize=8192)
def _link_installed(text: str) -> ActorEntry | None:
    return _link(text, load_kb())


def _link(text: str, kb: ActorKB) -> ActorEntry | None:
    text = text.strip().strip("\"'“”‘’")
    if not text:
        return None
    bare = re.sub(r"^(?:the|The)\s+", "", text)
    if _ALL_CAPS.match(bare):
        return kb.acronyms.get(acronym_key(bare))
    found = best(kb.lookup(text))
    if found:
        return found
    untitled = strip_titles(text)
    if untitled and untitled != name_key(text):
        found = best(kb.lookup(untitled))
        if found:
            return found
    return _by_surname(kb, untitled or name_key(text)) or fuzzy(text, kb)


def strip_titles(text: str) -> str:
    words = name_key(text).split()
    while words and words[0] in TITLES:
        words.pop(0)
    return " ".join(words)


def _by_surname(kb: ActorKB, key: str) -> ActorEntry | None:
    words = key.split()
    if not words or len(words) > 4:
        return None
    people = kb.surnames.get(words[-1], [])
    return people[0] if len(people) == 1 else None


def fuzzy(text: str, kb: ActorKB | None = None) -> ActorEntry | None:
    """A named entry whose consonant skeleton equals the text's and whose
    spelling is close enough; the last word alone is tried for people."""
    kb = kb or load_kb()
    key = strip_titles(text) or name_key(text)
    if len(key) < 5:
        return None
    candidates = [(key, skeleton(key))]
    words = key.split()
    if len(words) > 1:
        candidates.append((words[-1], skeleton(words[-1])))
    for n, (form, skel) in enumerate(candidates):
        scored = [
            (difflib.SequenceMatcher(None, form, known).ratio(), entry)
            for known, entry in kb.skeletons.get(skel, [])
            if n == 0 or entry.kind == "person"  # a lone last word can only be a surname
        ]
        scored = [s for s in scored if s[0] >= FUZZY_MIN_RATIO]
        if scored:
            return max(scored, key=lambda s: s[0])[1]
    return None
