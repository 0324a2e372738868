"""Who gives a figure: "according to the health ministry", "police said"."""

from __future__ import annotations

import re

from tidings.extract.context import Sentence
from tidings.extract.magnitudes.mentions import Mention

_ACCORDING = re.compile(r"\baccording\s+to\s+(?P<who>[^,.;:()\"“”]{2,80})", re.IGNORECASE)
_SAID_AFTER = re.compile(
    r"[,\"”]\s*(?P<who>(?:the\s+|a\s+)?[\w'’.\- ]{2,60}?)\s+(?:said|says|reported|reports|told|announced|confirmed|claimed|stated)\b",
    re.IGNORECASE,
)
_SAID_INVERTED = re.compile(
    r"[,\"”]\s*(?:said|says|reported|told|announced|confirmed|claimed)\s+(?P<who>(?:the\s+|a\s+)?[\w'’.\- ]{2,60}?)\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(
    r"^(?P<who>(?:the\s+|a\s+)?[\w'’.\- ]{2,60}?)\s+(?:said|says|reported|reports|announced|confirmed|claimed|stated)\b",
    re.IGNORECASE,
)


def attribution(sentence: Sentence, mention: Mention) -> str:
    """The source the sentence names for its figures, or ''."""
    text = sentence.text
    m = _ACCORDING.search(text)
    if m:
        return "according to " + _clean(m.group("who"))
    m = _SAID_AFTER.search(text, mention.end - sentence.start) or _SAID_INVERTED.search(text)
    if m:
        return _clean(m.group("who")) + " said"
    m = _SAID_BEFORE.match(text)
    if m and m.end() <= mention.start - sentence.start:
        return _clean(m.group("who")) + " said"
    return ""


def _clean(who: str) -> str:
    return re.sub(r"\s+", " ", who).strip(" '\"")
