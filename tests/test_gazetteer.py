"""The built gazetteer: names, aliases, demonyms, areas and the alias file's errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from tidings.resources.gazetteer import KIND_ALIAS, KIND_DEMONYM, POST_TOWN, load_gazetteer, name_key
from tidings.resources.geo_build import ALIASES_PATH, SourceError, read_aliases
from tidings.resources.geo_centroids import country_centroids


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def _cities(gaz, name, country):
    return [m for m in gaz.lookup(name) if m.entry.is_city and m.entry.country_code == country]


def test_name_key_ignores_case_accents_and_hyphens():
    assert name_key("Türkiye") == name_key("turkiye")
    assert name_key("Nur-Sultan") == "nur sultan"
    assert name_key("Côte d’Ivoire") == "cote d'ivoire"


def test_almaty_is_a_big_kazakh_city(gaz):
    [almaty] = _cities(gaz, "Almaty", "KZ")
    assert almaty.entry.population > 1_000_000
    assert 43 < almaty.entry.lat < 44 and 76 < almaty.entry.lon < 78


def test_renamed_capital_reaches_astana(gaz):
    for old in ("Nursultan", "Nur-Sultan", "Nur Sultan"):
        names = {m.entry.name for m in gaz.lookup(old) if m.entry.is_city}
        assert names == {"Astana"}, old


def test_kiev_is_an_alias_of_kyiv(gaz):
    kyiv = [m for m in _cities(gaz, "Kiev", "UA") if m.entry.name == "Kyiv"]
    assert kyiv and kyiv[0].kind == KIND_ALIAS


def test_old_and_new_country_names(gaz):
    assert {m.entry.country_code for m in gaz.lookup("Türkiye") if m.entry.is_country} == {"TR"}
    # Villages called Bombay keep their own name; the alias leads only to Mumbai.
    assert {m.entry.name for m in gaz.lookup("Bombay") if m.entry.is_city and m.kind == KIND_ALIAS} == {"Mumbai"}


def test_demonym_points_at_the_country(gaz):
    demonyms = [m for m in gaz.lookup("Kazakh") if m.kind == KIND_DEMONYM]
    assert [m.entry.country_code for m in demonyms] == ["KZ"]
    assert demonyms[0].entry.is_country


def test_us_state_abbreviation_and_county(gaz):
    [ky] = [m.entry for m in gaz.lookup("Ky.")]
    assert ky.feature_code == "ADM1" and ky.name == "Kentucky"
    county = [m.entry for m in gaz.lookup("Rapides Parish") if m.entry.feature_code == "ADM2"]
    assert county and county[0].admin1 == "Louisiana"


def test_cities_carry_their_state(gaz):
    alexandria = [m.entry for m in _cities(gaz, "Alexandria", "US") if m.entry.admin1 == "Louisiana"]
    assert alexandria and alexandria[0].admin1_key == "US.LA"


def test_every_country_has_a_centroid(gaz):
    centroids = country_centroids()
    kz = gaz.country("KZ")
    assert kz is not None and (kz.lat, kz.lon) == centroids["KZ"]
    assert all(-90 <= lat <= 90 and -180 <= lon <= 180 for lat, lon in centroids.values())


def test_a_us_state_carries_the_geonames_point_of_its_geonames_id(gaz):
    # The box around Florida's towns has its middle in the Gulf of Mexico.
    florida = next(m.entry for m in gaz.lookup("Florida") if m.entry.feature_code == "ADM1")
    assert florida.id == 4155751
    assert (round(florida.lat, 2), round(florida.lon, 2)) == (28.75, -82.50)
    virginia = next(m.entry for m in gaz.lookup("Virginia") if m.entry.feature_code == "ADM1")
    assert (round(virginia.lat, 2), round(virginia.lon, 2)) == (37.55, -77.45)


def test_a_country_carries_the_point_of_its_geonames_record(gaz):
    # GeoNames moved Canada's point west and Japan's to Tokyo; a toponym we
    # resolve to the record should carry the record's point as it stands.
    canada = gaz.country("CA")
    assert (round(canada.lat, 1), round(canada.lon, 1)) == (60.1, -113.6)
    japan = gaz.country("JP")
    assert (round(japan.lat, 1), round(japan.lon, 1)) == (35.7, 139.8)


def test_the_european_union_sits_at_its_seat(gaz):
    brussels = next(m.entry for m in gaz.lookup("Brussels") if m.entry.country_code == "BE")
    for name in ("European Union", "EU"):
        union = next(m.entry for m in gaz.lookup(name) if m.entry.feature_code == "RGN")
        assert abs(union.lat - brussels.lat) < 0.1 and abs(union.lon - brussels.lon) < 0.1


def test_alias_file_is_well_formed():
    rows = read_aliases(ALIASES_PATH)
    assert any(alias == "Nursultan" for _, alias, *_ in rows)


def test_malformed_alias_line_names_file_and_line(tmp_path: Path):
    bad = tmp_path / "aliases.tsv"
    bad.write_text("# header\nKiev\tKyiv\tUA\tplace\nBombay Mumbai IN place\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"aliases\.tsv:3:"):
        read_aliases(bad)


def test_lookup_is_cached_and_unknown_names_are_empty(gaz):
    assert gaz.lookup("Qwxzplace") == ()
    assert gaz.lookup("Almaty") is gaz.lookup("almaty")


def test_region_and_area_demonyms(gaz):
    # Darfur, Minnesota is a post town; the region is the only other reading.
    readings = [m.entry for m in gaz.lookup("Darfur")]
    [darfur] = [e for e in readings if e.feature_code != POST_TOWN]
    assert darfur.feature_code == "RGN" and darfur.country_code == "SD"
    texans = [m for m in gaz.lookup("Texans") if m.kind == KIND_DEMONYM]
    assert [m.entry.name for m in texans] == ["Texas"]


def test_a_regions_people_point_at_their_region_not_only_the_country(gaz):
    # "Basque separatists", "Uyghur detainees": the region, inside its country.
    def demonym_of(word: str) -> tuple[str, str]:
        [entry] = [m.entry for m in gaz.lookup(word) if m.kind == KIND_DEMONYM]
        return entry.country_code, entry.feature_code

    assert demonym_of("Basque") == ("ES", "ADM1")
    assert demonym_of("Uyghurs") == ("CN", "ADM1")
    assert demonym_of("Kashmiri") == ("", "RGN")
    assert demonym_of("Kosovars") == ("XK", "PCLI")


def test_region_with_bad_coordinates_is_an_error(tmp_path: Path):
    from tidings.resources.geo_build import _apply_aliases

    bad = tmp_path / "aliases.tsv"
    bad.write_text("Nowhere Land\t95.0,10.0\t\tregion\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"aliases\.tsv:1: coordinates out of range"):
        _apply_aliases([], bad)


def _stamped_file(path: Path, sources: str) -> Path:
    import sqlite3

    from tidings.resources.gazetteer import SCHEMA_VERSION

    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.executemany("INSERT INTO meta VALUES (?, ?)", [("version", SCHEMA_VERSION), ("sources", sources)])
    conn.commit()
    conn.close()
    return path


def test_editing_the_alias_table_makes_a_built_gazetteer_stale(tmp_path: Path, monkeypatch):
    from tidings.resources import gazetteer

    table = tmp_path / "place_aliases.tsv"
    table.write_text("name\talias\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "OWN_SOURCES", (table,))
    built = _stamped_file(tmp_path / "g.sqlite", gazetteer.sources_fingerprint())
    assert gazetteer._is_current(built)
    table.write_text("name\talias\nKyiv\tKiev\n", encoding="utf-8")
    assert not gazetteer._is_current(built)


def test_the_shipped_gazetteer_records_what_it_was_built_from(gaz):
    from tidings.resources.gazetteer import sources_fingerprint

    assert gaz._meta("sources") == sources_fingerprint()


def test_area_names_are_found_without_the_word_for_their_kind(gaz):
    # GeoNames writes "Jiangsu Sheng", "Guangxi Zhuangzu Zizhiqu" and
    # "Changwat Yala"; news writes the bare name.
    for bare, cc in (("Jiangsu", "CN"), ("Guangxi", "CN"), ("Zhejiang", "CN")):
        areas = [m for m in gaz.lookup(bare) if m.entry.feature_code == "ADM1" and m.entry.country_code == cc]
        assert areas and areas[0].kind <= 1, bare


def test_bare_area_name_strips_kind_words_only_at_the_edges():
    from tidings.resources.geo_build import _bare_area

    assert _bare_area("Muhafazat al Hudaydah") == "hudaydah"
    assert _bare_area("Tianjin Shi") == "tianjin"
    assert _bare_area("Shimane") == "shimane"


def test_a_transliteration_mark_is_optional(gaz):
    # GeoNames writes "Nek’emtē" and "Ma‘arrat an Nu‘mān"; news writes neither mark.
    def towns(name: str) -> set[str]:
        return {m.entry.country_code for m in gaz.lookup(name) if m.entry.is_city}

    assert "ET" in towns("Nekemte") and "ET" in towns("Debre Markos")
    assert "SY" in towns("Maarrat an Numan")
    # The marked spelling still reads as before.
    assert "ET" in towns("Nek’emte")


def test_conflict_news_spellings_reach_their_towns(gaz):
    def town(name: str) -> tuple[str, str]:
        [entry] = [m.entry for m in gaz.lookup(name) if m.entry.is_city and m.entry.population > 10_000]
        return entry.country_code, entry.name

    assert town("Qamishli") == ("SY", "Al Qāmishlī")
    assert town("Deir al-Balah")[0] == "PS"
    assert town("Petion-Ville") == ("HT", "Pétionville")


def test_indian_states_by_their_short_names(gaz):
    for short, full in (("Himachal", "Himachal Pradesh"), ("Arunachal", "Arunachal Pradesh")):
        assert any(m.entry.feature_code == "ADM1" and m.entry.name == full for m in gaz.lookup(short))
