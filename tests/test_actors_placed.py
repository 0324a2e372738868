"""Generic actors take the country of a precisely placed event, not the
article's focus; named actors and soldiers keep theirs."""

from tidings.extract.actors import resolve_phrase
from tidings.extract.actors.placed import place_generics
from tidings.extract.pipeline import extract
from tidings.records import Actor, Article, Event, Place

PEMBA = Place("Pemba", country_code="MZ", resolution="city")
TEXT = "Burkina Faso: traders went on strike. In Mozambique, traders were robbed at a market in Pemba."


def test_focus_filled_code_is_marked():
    assert resolve_phrase("gunmen", focus="BFA").code_from == "focus"
    assert resolve_phrase("Iraqi police", focus="BFA").code_from == ""
    assert resolve_phrase("a human rights group", focus="BFA").code_from == ""  # NGOs have no country


def test_generic_moves_to_the_place_country():
    traders = Actor("traders", code="BFA", sector="BUS", code_from="focus")
    moved = place_generics([traders], PEMBA, TEXT)
    assert (moved[0].code, moved[0].code_from) == ("MOZ", "place")
    assert traders.code == "BFA"  # coded actors may be shared between events


def test_named_and_military_actors_keep_their_code():
    named = Actor("Iraqi police", code="IRQ", sector="COP")
    troops = Actor("the troops", code="BFA", sector="MIL", code_from="focus")
    assert place_generics([named, troops], PEMBA, TEXT) == [named, troops]


def test_place_in_a_country_the_article_never_names_moves_nobody():
    traders = Actor("traders", code="PER", sector="BUS", code_from="focus")
    text = "Peru: traders marched to the gates of Congress in Lima on Monday."
    misread = Place("Congress", country_code="US", resolution="city")
    assert place_generics([traders], misread, text)[0].code == "PER"


def test_generic_with_no_country_takes_the_place_country():
    crowd = Actor("a crowd", code="", sector="CVL", code_from="focus")
    text = "A crowd set fire to a bus station on Monday, witnesses said."
    assert place_generics([crowd], PEMBA, text)[0].code == "MOZ"


def test_country_level_place_moves_nobody():
    traders = Actor("traders", code="BFA", sector="BUS", code_from="focus")
    whole = Place("Mozambique", country_code="MZ", resolution="country")
    assert place_generics([traders], whole, TEXT)[0].code == "BFA"
    assert place_generics([traders], None, TEXT)[0].code == "BFA"


ROUND_UP = (
    "Burkina Faso: thousands of people marched in Ouagadougou on Saturday to back the junta.\n\n"
    "Mozambique: gunmen killed four traders at a market in Pemba on Monday, police said.\n\n"
    "Peru: police arrested 12 people in Cusco after a road blockade on Tuesday."
)


def _by_place(events: list[Event]) -> dict[str, Event]:
    return {e.event_loc.resolved_place: e for e in events if e.event_loc is not None}


def test_round_up_actors_take_each_events_country():
    events = _by_place(extract(Article(id="round-up", text=ROUND_UP)))
    assert {a.code for a in events["Pemba"].actor + events["Pemba"].recipient} == {"MOZ"}
    arrest = events["Cusco"]
    assert [(a.code, a.sector) for a in arrest.actor] == [("PER", "COP")]
    assert arrest.acled.inter1 == 1  # the local police, not foreign forces
    assert [a.code for a in events["Ouagadougou"].actor] == ["BFA"]


def test_code_source_survives_the_json_round_trip():
    event = extract(Article(id="round-up", text=ROUND_UP))[0]
    again = Event.from_dict(event.to_dict())
    assert [a.code_from for a in again.actor] == [a.code_from for a in event.actor]
