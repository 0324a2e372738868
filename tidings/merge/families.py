"""Which PLOVER categories may describe the same real-world event.

Outlets code one event differently: a march that turns violent is a PROTEST
to one report and an ASSAULT (riot, clashes) to another, and the police
response is COERCE (arrests) or ASSAULT (shooting). An "urged" in one report
is a "criticised" in another. Blocking compares events only within a family;
the pair decision then still rewards the same category and asks more
evidence of a cross-category pair.

Families (our decision):
  talk   - statements: AGREE CONSULT SUPPORT REQUEST ACCUSE REJECT THREATEN
  act    - material moves: CONCEDE COOPERATE AID RETREAT MOBILIZE SANCTION
  unrest - street and force: PROTEST COERCE ASSAULT
"""

from __future__ import annotations

FAMILY: dict[str, str] = {
    **dict.fromkeys(
        ["AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"], "talk"
    ),
    **dict.fromkeys(["CONCEDE", "COOPERATE", "AID", "RETREAT", "MOBILIZE", "SANCTION"], "act"),
    **dict.fromkeys(["PROTEST", "COERCE", "ASSAULT"], "unrest"),
}


def family_of(category: str) -> str:
    """The family of a PLOVER category; an unknown label is its own family."""
    return FAMILY.get(category.upper(), category.lower() or "none")
