"""Second-level areas in the gazetteer build: whose people they count."""

from __future__ import annotations

from tidings.resources.gazetteer import KIND_NAME
from tidings.resources.geo_build import Place, _admin2_places, _Town

# A made-up coastal metropolis of two million people (GeoNames-style: the
# whole metropolis counted at the city's point), ringed by small districts.
METRO = (-20.00, 120.00)


def _city(place_id: int, name: str, lat: float, lon: float, admin2: str, population: int) -> Place:
    place = Place(place_id, name, lat, lon, "AU", admin1="Coral Coast", admin2=admin2, population=population)
    place.add_name(name, KIND_NAME)
    return place


def _towns(districts: dict[str, tuple[float, float]]) -> list[_Town]:
    return [_Town(lat, lon, name, "Coral Coast", name, "AU") for name, (lat, lon) in districts.items()]


def _population(places: list[Place], name: str) -> int:
    return next(p.population for p in places if p.name == name)


def _build(metro_district: str, neighbours: dict[str, tuple[float, float]]) -> list[Place]:
    districts = {metro_district: (METRO[0] + 0.01, METRO[1] + 0.01), **neighbours}
    cities = {
        1: _city(1, "Port Wella", *METRO, metro_district, 2_000_000),
        2: _city(2, "Saltbush Flat", METRO[0] + 0.02, METRO[1], metro_district, 9_000),
    }
    towns = _towns(districts) + [_Town(*METRO, "Port Wella", "Coral Coast", metro_district, "AU")]
    return _admin2_places(towns, {"AU.01": "Coral Coast"}, cities, start=10)


RING = {f"Ring {n}": (METRO[0] + 0.02 * n, METRO[1] - 0.02 * n) for n in range(1, 5)}


def test_a_metropolis_is_not_counted_in_the_inner_district_that_holds_its_point():
    places = _build("Marlow", RING)
    # Only the district's own suburb counts: the metropolis spreads over the ring.
    assert _population(places, "Marlow") == 9_000


def test_a_district_named_for_the_city_keeps_it():
    places = _build("City of Port Wella", RING)
    assert _population(places, "City of Port Wella") == 2_009_000


def test_a_city_whose_area_reaches_beyond_it_still_counts():
    far = {f"Far {n}": (METRO[0] + 1.0 * n, METRO[1] + 0.5) for n in range(1, 5)}
    places = _build("Marlow", far)
    assert _population(places, "Marlow") == 2_009_000


def _names(area: str, cc: str = "BF") -> set[str]:
    towns = [_Town(12.0, -1.0, "Koudri", "Plateau", area, cc)]
    [place] = _admin2_places(towns, {f"{cc}.01": "Plateau"}, {}, start=10)
    return set(place.names)


def test_a_district_is_also_known_by_its_bare_name():
    # "near Djibo (Soum)": news drops the kind of area, in any language.
    assert "yagha" in _names("Province du Yagha")
    assert "oudalan" in _names("Province de l'Oudalan")
    assert "kompienga" in _names("Province de la Kompienga")
    assert "minas" in _names("Departamento de Minas", "AR")
    assert "gnagna" in _names("Gnagna Province")


def test_a_county_keeps_its_full_name_only():
    # A bare county name is more often a surname ("Taylor", "Bell").
    assert _names("Taylor County", "US") == {"taylor county"}
