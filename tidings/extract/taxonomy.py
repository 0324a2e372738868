"""The coding vocabularies: PLOVER categories, modes and sectors, quad codes,
CAMEO roots, and ACLED event types with their actor-type (inter) codes.

Everything here is plain data plus small lookup functions, so exporters and
the evaluator can use it without loading any model.
"""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

# Names used by earlier PLOVER drafts (and by the PLOVER gold file).
ALIASES: dict[str, str] = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "YIELD": "CONCEDE",
    "APPEAL": "REQUEST",
}

# The mode an old category name implies once folded into a current one.
ALIAS_MODES: dict[str, str] = {
    "DISAPPROVE": "disapprove",
    "INVESTIGATE": "investigate",
}

MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize", "restrict", "censor", "curfew", "martial-law", "arrest",
        "deport", "withhold", "misinformation", "cyber",
    ),
    "ASSAULT": (
        "abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
        "firearms", "explosives", "suicide-attack", "aerial", "drone",
        "heavy-weapons", "crowd-control", "unconventional",
    ),
}  # fmt: skip

MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical")

SECTORS: dict[str, str] = {
    "COP": "police and protective forces",
    "GOV": "government and executive",
    "JUD": "judiciary",
    "LEG": "legislature",
    "MIL": "state military",
    "PRM": "paramilitary not opposed to the government",
    "PTY": "political party",
    "REB": "armed opposition",
    "SPY": "intelligence services",
    "UAF": "unidentified armed forces",
    "UNK": "unidentified actor",
    "AGR": "agricultural labour",
    "BUS": "business",
    "CRM": "criminals and gangs",
    "CVL": "civilians, protesters, activists",
    "EDU": "education",
    "ELI": "former officials",
    "JRN": "journalists and media",
    "LAB": "organised labour",
    "MED": "health",
    "REF": "refugees and displaced people",
    "OPP": "political opposition",
    "PRE": "partially recognised entity",
    "REL": "religious organisations",
    "SOC": "civil society",
    "NGO": "non-governmental organisation",
    "IGO": "intergovernmental organisation",
}

# Codes PLOVER allows in place of a country.
NONSTATE_CODES: dict[str, str] = {
    "IGO": "International Governmental Organization",
    "UNO": "United Nations",
    "EUR": "European Union",
    "NGO": "Non-governmental Organization",
    "ISM": "International Social Movement",
    "IMG": "Transnational Militarized Group",
    "MNC": "Multi-national Corporation",
}

_QUAD: dict[str, int] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}

QUAD_NAMES: dict[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def normalise_category(name: str) -> str | None:
    """The current PLOVER name for a category written in any known spelling."""
    key = (name or "").strip().upper()
    key = ALIASES.get(key, key)
    return key if key in _QUAD else None


def quad_code(category: str) -> int | None:
    """1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    name = normalise_category(category)
    return _QUAD.get(name) if name else None


# CAMEO root for each category; where the PLOVER mapping spreads one category
# over several roots, the mode picks the root (facts from CAMEO2PLOVER-2021).
_CAMEO_DEFAULT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06",
    "AID": "07", "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10",
    "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "19",
}  # fmt: skip
_CAMEO_BY_MODE: dict[tuple[str, str], str] = {
    ("ACCUSE", "investigate"): "09",
    ("ASSAULT", "abduct"): "18",
    ("ASSAULT", "beat"): "18",
    ("ASSAULT", "torture"): "18",
    ("ASSAULT", "sexual"): "18",
    ("ASSAULT", "targeted"): "18",
    ("ASSAULT", "suicide-attack"): "18",
    ("ASSAULT", "explosives"): "18",
    ("ASSAULT", "primitive"): "18",
    ("ASSAULT", "destroy"): "17",
    ("ASSAULT", "crowd-control"): "17",
    ("ASSAULT", "unconventional"): "20",
    ("SANCTION", "restrict"): "16",
}


def cameo_root(category: str, mode: str = "") -> str:
    """Two-digit CAMEO root code for a PLOVER category and mode ("" if unknown)."""
    name = normalise_category(category)
    if name is None:
        return ""
    return _CAMEO_BY_MODE.get((name, (mode or "").lower()), _CAMEO_DEFAULT[name])


ACLED_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}

# Reports that read like conflict news but fall outside ACLED's scope.
OUT_OF_SCOPE_TYPE = "Other"
OUT_OF_SCOPE: tuple[str, ...] = (
    "Natural disaster",
    "Man-made disaster",
    "Organized crime",
    "Diplomatic event",
    "Attribution of responsibility",
)

SUB_EVENT_TYPES: dict[str, str] = {
    **{sub: etype for etype, subs in ACLED_TYPES.items() for sub in subs},
    **{sub: OUT_OF_SCOPE_TYPE for sub in OUT_OF_SCOPE},
}


def acled_event_type(sub_event_type: str) -> str:
    """The event type a sub-event type belongs to ("" if unknown)."""
    return SUB_EVENT_TYPES.get(sub_event_type, "")


ACLED_INTER: dict[int, str] = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/other forces",
}

# A sensible ACLED actor type for each PLOVER sector, before event context
# (protesters vs rioters, foreign forces) refines it.
SECTOR_INTER: dict[str, int] = {
    "GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "JUD": 1, "LEG": 1,
    "REB": 2, "PRM": 3, "UAF": 3, "CRM": 3,
    "CVL": 7, "REF": 7, "JRN": 7, "MED": 7, "EDU": 7, "AGR": 7, "LAB": 7,
    "BUS": 7, "REL": 7, "SOC": 7, "OPP": 6, "PTY": 3, "ELI": 7, "UNK": 7,
    "NGO": 8, "IGO": 8,
}  # fmt: skip


def inter_code(code: str, sector: str, *, foreign: bool = False) -> int | None:
    """ACLED actor type for an actor's code and sector.

    `foreign` marks state forces acting outside their own country, which
    ACLED counts as external forces.
    """
    if code in ("IGO", "UNO", "EUR", "NGO", "MNC") and sector not in ("REB",):
        return 8
    inter = SECTOR_INTER.get(sector)
    if inter == 1 and foreign:
        return 8
    return inter
