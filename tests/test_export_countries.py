from __future__ import annotations

from collections import Counter

from tidings.export.countries import acled_region, country
from tidings.export.regions import ACLED_REGIONS


def test_each_country_in_one_region_only():
    codes = Counter(c for members in ACLED_REGIONS.values() for c in members)
    assert [c for c, n in codes.items() if n > 1] == []


def test_country_facts():
    kz = country("kz")
    assert (kz.alpha3, kz.numeric, kz.fips, acled_region("kz")) == ("KAZ", 398, "KZ", "Caucasus and Central Asia")
    # FIPS differs from ISO for many countries; GDELT needs the FIPS one
    assert country("DE").fips == "GM" and acled_region("DE") == "Europe"
    assert country("RU").name == "Russia"
    assert country("AF").numeric == 4 and acled_region("AF") == "South Asia"
    assert acled_region("MX") == "Central America"
    assert country("") is None and country("ZZ") is None
