from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from test_store_fixtures import almaty_article, almaty_events, goma_article, goma_events
from tidings.export import FORMATS, ExportItem
from tidings.export import acled_csv, gdelt_tsv
from tidings.records import event_from_dict


def items() -> list[ExportItem]:
    a, g = almaty_article(), goma_article()
    out = [ExportItem(e, a) for e in almaty_events()]
    out += [ExportItem(e, g, mentions=3, sources=2, articles=2) for e in goma_events()]
    return out


def write_text(fmt: str) -> tuple[int, str]:
    buf = io.StringIO()
    rows = FORMATS[fmt](items(), buf)
    return rows, buf.getvalue()


def test_registry_has_every_format():
    assert set(FORMATS) == {"plover-jsonl", "acled-csv", "gdelt-tsv", "geojson", "parquet"}


def test_plover_jsonl_round_trips():
    rows, text = write_text("plover-jsonl")
    lines = text.splitlines()
    assert rows == len(lines) == 4
    events = [event_from_dict(json.loads(line)) for line in lines]
    assert events == [i.event for i in items()]


def test_acled_csv_columns_and_values():
    rows, text = write_text("acled-csv")
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames == acled_csv.COLUMNS and len(reader.fieldnames) == 31
    data = list(reader)
    assert rows == len(data) == 4
    arrest, shooting, fight, statement = data
    assert arrest["event_id_cnty"] == "KAZev-almaty-arrest"
    assert arrest["event_date"] == "2022-01-04" and arrest["year"] == "2022"
    assert arrest["time_precision"] == "1"
    assert arrest["disorder_type"] == "Demonstrations"
    # ACLED writes a policed protest crowd first, whoever the PLOVER actor is
    assert arrest["actor1"] == "demonstrators" and arrest["actor2"] == "Riot police"
    assert arrest["inter1"] == "6" and arrest["inter2"] == "1" and arrest["interaction"] == "16"
    assert arrest["iso"] == "398" and arrest["country"] == "Kazakhstan"
    assert arrest["region"] == "Caucasus and Central Asia"
    assert arrest["location"] == "Almaty" and arrest["geo_precision"] == "1"
    assert float(arrest["latitude"]) == pytest.approx(43.25)
    assert arrest["notes"] == "Riot police detained 12 demonstrators in Almaty on Tuesday."
    assert arrest["fatalities"] == "0" and arrest["source"] == "Steppe Courier"
    assert arrest["timestamp"].isdigit()
    assert arrest["civilian_targeting"] == ""  # a policed protest is not civilian targeting
    assert shooting["fatalities"] == "3"
    assert shooting["civilian_targeting"] == "Civilian targeting"
    assert shooting["disorder_type"] == "Political violence"
    assert shooting["interaction"] == "17"
    assert fight["time_precision"] == "3" and fight["event_date"] == "2023-03-01"
    assert fight["region"] == "Middle Africa" and fight["iso"] == "180"
    assert fight["interaction"] == "12" and fight["civilian_targeting"] == ""
    assert fight["fatalities"] == "7"
    # an event without place or date still gets its row, with those columns empty
    assert statement["event_date"] == "" and statement["country"] == ""
    assert statement["interaction"] == "" and statement["fatalities"] == "0"


def test_acled_sides_keep_the_plover_order_outside_protests():
    arrest, shooting = almaty_events()
    assert acled_csv.acled_sides(shooting) == (shooting.actor, shooting.recipient)
    assert acled_csv.acled_sides(arrest) == (arrest.recipient, arrest.actor)
    arrest.acled.sub_event_type = "Arrests"  # a strategic development: the state acts first
    assert acled_csv.acled_sides(arrest) == (arrest.actor, arrest.recipient)


def test_acled_interaction_rules():
    assert acled_csv.interaction(7, 1) == 17
    assert acled_csv.interaction(6, None) == 60
    assert acled_csv.interaction(None, None) is None
    assert acled_csv.disorder_type("Protests", "Excessive force against protesters") == (
        "Political violence; Demonstrations"
    )


def test_gdelt_tsv_has_61_fields_in_place():
    rows, text = write_text("gdelt-tsv")
    lines = text.rstrip("\n").split("\n")
    assert rows == len(lines) == 4
    fields = [line.split("\t") for line in lines]
    assert all(len(f) == 61 for f in fields) and len(gdelt_tsv.COLUMNS) == 61
    col = {name: i for i, name in enumerate(gdelt_tsv.COLUMNS)}
    arrest, shooting, fight, statement = fields
    assert arrest[col["GLOBALEVENTID"]] == str(gdelt_tsv.global_id("ev-almaty-arrest"))
    assert arrest[col["SQLDATE"]] == "20220104" and arrest[col["MonthYear"]] == "202201"
    assert arrest[col["Actor1Code"]] == "KAZCOP" and arrest[col["Actor1CountryCode"]] == "KAZ"
    assert arrest[col["Actor1Name"]] == "RIOT POLICE"
    assert arrest[col["Actor2Code"]] == "KAZCVL"
    assert arrest[col["IsRootEvent"]] == "1"
    assert arrest[col["EventCode"]] == "170" and arrest[col["EventRootCode"]] == "17"
    assert arrest[col["QuadClass"]] == "4" and arrest[col["GoldsteinScale"]] == "-7.0"
    assert arrest[col["ActionGeo_Type"]] == "4"
    assert arrest[col["ActionGeo_FullName"]] == "Almaty, Kazakhstan"
    assert arrest[col["ActionGeo_CountryCode"]] == "KZ"
    assert arrest[col["ActionGeo_ADM1Code"]] == "KZ02"
    assert arrest[col["ActionGeo_FeatureID"]] == "1526384"
    assert arrest[col["Actor1Geo_Type"]] == "0"
    assert arrest[col["SOURCEURL"]] == "https://example.org/almaty"
    assert len(arrest[col["DATEADDED"]]) == 14
    assert shooting[col["IsRootEvent"]] == "0"
    # Democratic Republic of the Congo: FIPS CG, not the ISO code CD
    assert fight[col["ActionGeo_CountryCode"]] == "CG"
    assert fight[col["NumMentions"]] == "3" and fight[col["NumSources"]] == "2"
    assert fight[col["SQLDATE"]] == "20230301"
    # no CAMEO root: no event codes, no Goldstein value
    assert statement[col["EventCode"]] == statement[col["GoldsteinScale"]] == ""
    assert statement[col["QuadClass"]] == "3"


def test_geojson_points_for_placed_events_only():
    rows, text = write_text("geojson")
    data = json.loads(text)
    assert data["type"] == "FeatureCollection"
    assert rows == len(data["features"]) == 3  # the Goma statement has no place
    first = data["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [76.91667, 43.25]}
    props = first["properties"]
    assert props["id"] == "ev-almaty-arrest" and props["event"] == "COERCE"
    assert props["actors"] == ["Riot police"] and props["arrested"] == 12
    assert data["features"][2]["properties"]["dead"] == 7


def test_geojson_empty_is_valid():
    buf = io.StringIO()
    assert FORMATS["geojson"]([], buf) == 0
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_parquet_rows_and_columns(tmp_path):
    path = tmp_path / "events.parquet"
    with open(path, "wb") as out:
        rows = FORMATS["parquet"](items(), out)
    table = pq.read_table(path)
    assert rows == table.num_rows == 4
    data = table.to_pylist()
    assert [r["id"] for r in data] == [i.event.id for i in items()]
    assert data[1]["dead"] == 3 and data[1]["country_code"] == "KZ"
    assert data[2]["lat"] == pytest.approx(-1.67409) and data[2]["mentions"] == 3
    assert data[3]["place"] is None and data[3]["date"] is None
    assert data[0]["sentence"].startswith("Riot police detained")
    assert event_from_dict(json.loads(data[2]["record"])) == items()[2].event


def test_parquet_batches(tmp_path, monkeypatch):
    from tidings.export import parquet

    monkeypatch.setattr(parquet, "BATCH_ROWS", 3)
    path = tmp_path / "events.parquet"
    with open(path, "wb") as out:
        assert parquet.write(items() * 2, out) == 8
    meta = pq.ParquetFile(path).metadata
    assert meta.num_rows == 8 and meta.num_row_groups == 3
