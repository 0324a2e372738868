"""Records survive their JSON form (the store and the Ray engine rely on it)."""

from __future__ import annotations

import json

from tidings.records import Acled, Actor, Event, Figure, Place, Span, TextInfo, event_from_dict


def test_event_round_trips_through_json_with_nested_records() -> None:
    dead = Figure(
        kind="dead", best=164, low=164, qualifier="at least", text="at least 164", start=10, end=22,
        alternatives=[Figure(kind="dead", best=225, attribution="according to the health ministry")],
    )
    event = Event(
        id="e1", doc_id="d1", event=["ASSAULT"], text_info=TextInfo(3, 0, 40),
        actor=[Actor("Kazakh forces", "KAZ", "COP", start=0, end=13, acled_inter=1)],
        event_loc=Place("Almaty", "Almaty", 1526384, 43.25, 76.91, "KZ", resolution="city"),
        size={"dead": 164}, size_detail={"dead": dead},
        acled=Acled("Protests", "Excessive force against protesters", 1, 6),
        evidence={"event": [Span(14, 22, "repressed")]},
    )
    back = event_from_dict(json.loads(json.dumps(event.to_dict())))
    assert back == event
    assert isinstance(back.size_detail["dead"].alternatives[0], Figure)
    assert back.size_detail["dead"].alternatives[0].attribution.startswith("according")
