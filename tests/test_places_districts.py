"""Districts from the gazetteer's second-level areas (see resources/geo_districts.py):
named bare in conflict news, placed honestly when GeoNames lists none of
their towns, and no pull abroad. Texts are news-like sentences written for
these tests."""

from __future__ import annotations

from test_places import _by_text, _context, _event

from tidings.extract.places import geoparse, locate_events
from tidings.resources.gazetteer import load_gazetteer


def test_a_district_named_bare_places_the_event_in_its_country():
    text = "Armed men burned homes and stole cattle in a village in Masisi overnight, residents said."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "burned")], ctx)
    assert (place.country_code, place.resolution) == ("CD", "admin2")


def test_a_district_without_a_listed_town_reports_its_province():
    text = "Insurgents beheaded three villagers in Ancuabe on Sunday, a local source said."
    ctx = _context(text)
    [place] = locate_events([_event(ctx, "beheaded")], ctx)
    assert (place.country_code, place.resolution) == ("MZ", "admin1")
    gaz = load_gazetteer()
    [district] = [m.entry for m in gaz.lookup("Ancuabe") if m.entry.country_code == "MZ"]
    assert district.area_point
    # The province's seat, as an event known only to its province is placed.
    seat = gaz.seat(gaz.admin1(district.admin1_key))
    assert (place.lat, place.lon) == (seat.lat, seat.lon)


def test_a_district_placed_at_its_province_pulls_no_namesake_to_the_province():
    text = ("Shops reopened in Almaty on Monday. A teacher in the city's Auezov district said "
            "her neighbours were still afraid to go out.")
    [almaty] = _by_text(geoparse(text), "Almaty")
    assert almaty.feature_code.startswith("PPL")


def test_a_big_district_abroad_is_still_a_namesake_beside_a_named_country():
    text = ("MAIDUGURI, Nigeria, May 16 (Wire) - A bomb hidden in a minibus exploded at the Muna motor park "
            "on Thursday, killing six people, police said.")
    assert not [t for t in geoparse(text) if t.country_code not in ("NG", "")]
