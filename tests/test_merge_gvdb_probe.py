"""The GVDB precision probe's reading of when two articles tell one incident."""

from __future__ import annotations

from datetime import date
from script_loader import load_script


def _probe():
    return load_script("eval_ecb")


def test_two_articles_tell_one_incident_when_day_and_city_agree():
    ev = _probe()
    day = date(2016, 1, 12).toordinal()
    assert ev._iso_day("2016-1-12") == day and ev._iso_day("sometime") is None
    assert ev._one_incident((day, "milwaukee"), (day + 1, "milwaukee "[:-1]))
    assert ev._one_incident((day, "west allis"), (None, ""))  # a missing day or city decides nothing
    assert ev._one_incident((day, "indianapolis"), (day, "south indianapolis"))
    assert not ev._one_incident((day, "indianapolis"), (day + 3, "indianapolis"))
    assert not ev._one_incident((day, "indianapolis"), (day, "beech grove"))
