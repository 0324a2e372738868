"""US post towns: the small places the `zipcodes` package adds to the gazetteer build."""

from __future__ import annotations

import bz2
import json
from pathlib import Path

import pytest

from tidings.resources import geo_build
from tidings.resources.gazetteer import KIND_NAME, POST_TOWN, name_key
from tidings.resources.geo_build import Place, SourceError


def _row(city: str, state: str, lat: float, lon: float, kind: str = "STANDARD") -> dict:
    return {"zip_code_type": kind, "city": city, "state": state, "country": "US", "lat": str(lat), "long": str(lon)}


def _package(tmp_path: Path, rows: list[dict], monkeypatch) -> None:
    (tmp_path / "zips.json.bz2").write_bytes(bz2.compress(json.dumps(rows).encode()))
    monkeypatch.setattr(geo_build, "_package_dir", lambda name: tmp_path)


def _known_places() -> list[Place]:
    state = Place(5073708, "Nebraska", 41.5, -99.8, "US", a1key="US.NE", admin1="Nebraska", fcode="ADM1")
    town = Place(5697939, "Norfolk", 42.03, -97.42, "US", a1key="US.NE", admin1="Nebraska", population=24000)
    town.add_name("Norfolk", KIND_NAME)
    return [state, town]


def test_a_post_town_sits_amid_its_offices_in_its_state(tmp_path: Path, monkeypatch):
    rows = [
        _row("Prairie Bend", "NE", 42.0, -97.0),
        _row("Prairie Bend", "NE", 42.2, -97.2, kind="PO BOX"),
        _row("Norfolk", "NE", 42.03, -97.41),  # the gazetteer has it already
        _row("Acme Billing Center", "NE", 41.0, -96.0, kind="UNIQUE"),  # a firm's own code
        _row("Fort Somewhere", "AE", 0.0, 0.0, kind="MILITARY"),
        _row("Lakeside", "ZZ", 40.0, -90.0),  # a state the build does not know
    ]
    _package(tmp_path, rows, monkeypatch)
    [town] = geo_build._post_towns(_known_places())
    assert town.name == "Prairie Bend" and town.fcode == POST_TOWN
    assert (town.a1key, town.admin1, town.population) == ("US.NE", "Nebraska", 0)
    assert town.lat == pytest.approx(42.1) and town.lon == pytest.approx(-97.1)
    assert town.names == {name_key("Prairie Bend"): KIND_NAME}
    assert town.id > 5697939


def test_an_unreadable_post_office_file_names_the_file(tmp_path: Path, monkeypatch):
    (tmp_path / "zips.json.bz2").write_bytes(b"not bzip2 at all")
    monkeypatch.setattr(geo_build, "_package_dir", lambda name: tmp_path)
    with pytest.raises(SourceError, match="zips.json.bz2"):
        geo_build._post_towns(_known_places())
