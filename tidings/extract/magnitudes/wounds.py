"""One person hurt, told by the wound or the condition rather than a verb.

Police reports often never say "was shot" of the victim: "officers found a
man with a gunshot wound", "a shooting left a woman in critical condition",
"a teen is in stable condition". A singular wound ("a gunshot wound",
"multiple gunshot wounds" of one person) or a singular person in a hospital
condition is one person hurt; like "was shot", it counts as injured only
if that person is not reported dead.
"""

from __future__ import annotations

import re

from tidings.extract.magnitudes.mentions import Mention

_WOUND_MODIFIERS = (
    r"(?:(?:single|apparent|possible|serious|severe|critical|minor|fatal|self-inflicted|graze"
    r"|non[- ]life[- ]threatening|life[- ]threatening)\s+)*"
)
# "a gunshot wound", "one bullet wound", "multiple gunshot wounds": one person's
_WOUND = re.compile(
    r"(?<![\w-])(?P<det>a|an|one|single|multiple|several)\s+" + _WOUND_MODIFIERS
    + r"(?:gunshot|gun\s+shot|bullet|stab)\s+wounds?\b",
    re.IGNORECASE,
)
_PERSON = (
    r"(?:man|woman|boy|girl|teen|teenager|person|victim|child|toddler|infant|baby|male|female"
    r"|driver|passenger|clerk|officer|deputy|trooper|student|resident|customer|cashier|juvenile|\d+-year-old)"
)
# "left a man in critical condition", "a 20-year-old woman is in stable condition"
_CONDITION = re.compile(
    r"(?<![\w-])(?:a|an|one|the)\s+(?:[\w'’-]+\s+){0,3}?" + _PERSON
    + r"(?:\s+(?:is|was|remains|remained|was\s+listed|is\s+listed|listed))?\s+in\s+"
    r"(?:critical|serious|stable|grave|fair|good|guarded|extremely\s+critical)(?:\s+but\s+stable)?\s+condition\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:no|without|not)\s+$", re.IGNORECASE)
_NOBODY = re.compile(r"\b(?:no\s+one|nobody|none)\b", re.IGNORECASE)


def find_wounded(text: str, offset: int = 0) -> list[Mention]:
    """Each wound or condition phrase that stands for one person hurt."""
    lower = text.lower()
    if "wound" not in lower and "condition" not in lower or _NOBODY.search(text):
        return []
    out = []
    for rx in (_WOUND, _CONDITION):
        for m in rx.finditer(text):
            if _NEGATED.search(text, max(0, m.start() - 12), m.start()):
                continue
            out.append(Mention("injured", 1, 1, 1, "", offset + m.start(), offset + m.end(), weak=True,
                               text=m.group(0)))
    return out
