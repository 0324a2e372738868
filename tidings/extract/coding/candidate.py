"""The cheap first pass: could this sentence report an event at all?

A regular expression over the stems of every trigger word (and the irregular
forms of the verbs), so recall stays with the lexicon and no parse is spent on
sentences without a single event word.
"""

from __future__ import annotations

from tidings.extract.coding.lexicon import CANDIDATE_RE

MIN_CHARS = 12  # shorter lines are bylines, datelines and captions


def is_candidate(text: str) -> bool:
    """True when the sentence contains a word that can trigger an event."""
    if len(text) < MIN_CHARS and not any(c.isupper() for c in text[1:]):
        return False
    return CANDIDATE_RE.search(text) is not None
