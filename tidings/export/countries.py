"""The one country fact only exports need: ACLED's region of a country.

Codes, names, numeric ISO and FIPS codes come from `tidings.countries`.
"""

from __future__ import annotations

from functools import lru_cache

from tidings.countries import Country, country
from tidings.export.regions import ACLED_REGIONS

__all__ = ["Country", "country", "acled_region"]


@lru_cache(maxsize=1)
def _region_of() -> dict[str, str]:
    return {code: region for region, codes in ACLED_REGIONS.items() for code in codes}


def acled_region(alpha2: str) -> str:
    """ACLED's region name, '' for a country outside our table."""
    return _region_of().get(alpha2.upper(), "") if alpha2 else ""
