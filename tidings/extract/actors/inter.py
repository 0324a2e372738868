"""ACLED actor types (inter1, inter2) of a coded event.

Settled once the event is placed (state forces abroad are external forces),
so the pipeline asks here when it builds the record, not during coding.
"""

from __future__ import annotations

from tidings.countries import alpha2_of
from tidings.extract.actors.phrase import ARMED_STATE
from tidings.extract.context import CodedEvent
from tidings.records import Actor, Place


def acled_inters(event: CodedEvent, where: Place | None) -> tuple[int | None, int | None]:
    """(inter1, inter2) of an event: its first actor's and first recipient's type."""
    return party_inter(event.actor, where), party_inter(event.recipient, where)


def party_inter(parties: list[Actor], where: Place | None) -> int | None:
    """ACLED actor type of the first party; state forces abroad count as external (8)."""
    if not parties:
        return None
    first = parties[0]
    # Only armed state agents abroad are external forces; a visiting minister is not.
    if first.acled_inter == 1 and first.sector in ARMED_STATE and where is not None and where.country_code:
        home = alpha2_of(first.code)
        if home and home != where.country_code:
            return 8
    return first.acled_inter
