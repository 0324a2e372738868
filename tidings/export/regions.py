"""ACLED region of each country (ISO alpha-2), following ACLED's published regional split."""

from __future__ import annotations

ACLED_REGIONS: dict[str, tuple[str, ...]] = {
    "Western Africa": (
        "BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR", "ML", "MR", "NE", "NG", "SN",
        "SL", "TG", "SH",
    ),
    "Middle Africa": ("AO", "CM", "CF", "TD", "CG", "CD", "GQ", "GA", "ST"),
    "Eastern Africa": (
        "BI", "KM", "DJ", "ER", "ET", "KE", "MG", "MW", "MU", "YT", "MZ", "RE", "RW", "SC",
        "SO", "SS", "SD", "TZ", "UG", "ZM", "ZW",
    ),
    "Southern Africa": ("BW", "SZ", "LS", "NA", "ZA"),
    "Northern Africa": ("DZ", "EG", "LY", "MA", "TN", "EH"),
    "Middle East": (
        "BH", "CY", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR",
        "AE", "YE",
    ),
    "South Asia": ("AF", "BD", "BT", "IN", "MV", "NP", "PK", "LK"),
    "Southeast Asia": ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"),
    "East Asia": ("CN", "HK", "JP", "KP", "KR", "MO", "MN", "TW"),
    "Caucasus and Central Asia": ("AM", "AZ", "GE", "KZ", "KG", "TJ", "TM", "UZ"),
    "Europe": (
        "AL", "AD", "AT", "BY", "BE", "BA", "BG", "HR", "CZ", "DK", "EE", "FO", "FI", "FR",
        "DE", "GI", "GR", "GG", "HU", "IS", "IE", "IM", "IT", "JE", "XK", "LV", "LI", "LT",
        "LU", "MT", "MD", "MC", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "RU", "SM", "RS",
        "SK", "SI", "ES", "SE", "CH", "UA", "GB", "VA", "AX", "SJ",
    ),
    "North America": ("CA", "US", "GL", "BM", "PM"),
    "Central America": ("BZ", "CR", "SV", "GT", "HN", "MX", "NI", "PA"),
    "Caribbean": (
        "AI", "AG", "AW", "BS", "BB", "BQ", "VG", "KY", "CU", "CW", "DM", "DO", "GD", "GP",
        "HT", "JM", "MQ", "MS", "PR", "BL", "KN", "LC", "MF", "VC", "SX", "TT", "TC", "VI",
    ),
    "South America": (
        "AR", "BO", "BR", "CL", "CO", "EC", "FK", "GF", "GY", "PY", "PE", "SR", "UY", "VE",
    ),
    "Oceania": (
        "AS", "AU", "CK", "FJ", "PF", "GU", "KI", "MH", "FM", "NR", "NC", "NZ", "NU", "NF",
        "MP", "PW", "PG", "PN", "WS", "SB", "TK", "TO", "TV", "VU", "WF",
        "CC", "CX", "UM",
    ),
    "Antarctica": ("AQ", "BV", "GS", "HM", "TF"),
}
