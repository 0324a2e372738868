"""The cheap first pass: could this sentence report an event at all?

A set lookup of every inflected trigger word (and the irregular forms of the
verbs), plus one small regular expression for multi-word triggers and cue
stems, so recall stays with the lexicon and no parse is spent on sentences
without a single event word.
"""

from __future__ import annotations

import re

from tidings.extract.coding.lexicon import CANDIDATE_EXTRA_RE, candidate_words

MIN_CHARS = 12  # shorter lines are bylines, datelines and captions
_WORDS = candidate_words()
_WORD = re.compile(r"[a-z]+")


def is_candidate(text: str) -> bool:
    """True when the sentence contains a word that can trigger an event."""
    if len(text) < MIN_CHARS and not any(c.isupper() for c in text[1:]):
        return False
    if not _WORDS.isdisjoint(_WORD.findall(text.lower())):
        return True
    return CANDIDATE_EXTRA_RE.search(text) is not None
