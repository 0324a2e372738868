"""Words that say what a number counts, and how sure the number is."""

from __future__ import annotations

from tidings.extract.numbers import currency_words

# Qualifier -> which bounds the stated number sets besides `best`.
QUALIFIERS: dict[str, tuple[bool, bool]] = {  # (sets low, sets high)
    "at least": (True, False),
    "no fewer than": (True, False),
    "no less than": (True, False),
    "not less than": (True, False),
    "a minimum of": (True, False),
    "more than": (True, False),
    "over": (True, False),
    "well over": (True, False),
    "upwards of": (True, False),
    "in excess of": (True, False),
    "nearly": (False, True),
    "almost": (False, True),
    "close to": (False, True),
    "up to": (False, True),
    "as many as": (False, True),
    "fewer than": (False, True),
    "less than": (False, True),
    "under": (False, True),
    "at most": (False, True),
    "around": (False, False),
    "about": (False, False),
    "approximately": (False, False),
    "roughly": (False, False),
    "some": (False, False),
    "an estimated": (False, False),
    "estimated": (False, False),
    "a reported": (False, False),
}

# Finite and participle forms that say what happened to the counted people.
KIND_WORDS: dict[str, tuple[str, ...]] = {
    "dead": (
        "killed", "dead", "died", "murdered", "slain", "shot dead", "shot to death",
        "fatally shot", "fatally wounded", "fatally injured", "lost their lives",
        "perished", "executed", "massacred", "beheaded", "deaths", "fatalities",
        "bodies", "lynched", "gunned down", "beaten to death", "burned to death",
        "burnt to death", "stoned to death", "hacked to death", "stabbed to death",
    ),
    "injured": (
        "injured", "wounded", "hurt", "hospitalised", "hospitalized",
        "shot and wounded", "shot and injured",
    ),
    "arrested": (
        "arrested", "detained", "taken into custody", "rounded up", "jailed",
        "apprehended", "arrests", "detentions", "in custody", "held",
    ),
    "kidnapped": ("kidnapped", "abducted", "taken hostage", "held hostage", "hostages", "seized"),
    "displaced": ("displaced", "fled their homes", "made homeless", "left homeless", "evacuated", "forced to flee", "uprooted"),
}
# Active verbs that take the counted people as object: "killing 3 civilians".
# Verbs that kill only with "to death" after their object ("burned two men to
# death") are in TO_DEATH_VERBS.
ACTIVE_VERBS: dict[str, tuple[str, ...]] = {
    "dead": (
        "killed", "killing", "kills", "kill", "murdered", "murdering", "left dead",
        "shot dead", "shooting dead", "shoots dead", "gunned down", "gunning down",
        "lynched", "lynching",  # not "executed": police execute search warrants
    ),
    "injured": ("injured", "injuring", "injures", "wounded", "wounding", "wounds", "hurt", "hurting"),
    "arrested": ("arrested", "arresting", "arrests", "detained", "detaining", "detains", "rounded up", "jailed"),
    "kidnapped": ("kidnapped", "kidnapping", "abducted", "abducting", "abducts", "seized"),
    "displaced": ("displaced", "displacing", "displaces", "uprooted"),
}
TOLL_NOUNS: dict[str, tuple[str, ...]] = {
    "dead": ("death toll", "toll", "number of dead", "number of deaths", "number of people killed", "number of fatalities"),
    "injured": ("number of injured", "number of wounded", "number of injuries"),
    "arrested": ("number of arrests", "number of people arrested", "number of detainees", "number of those detained"),
}
TROOP_NOUNS = (
    "troops", "soldiers", "servicemen", "peacekeepers", "paratroopers",
    "marines", "military personnel", "personnel", "fighters", "reservists",
)
CROWD_NOUNS = (
    "protesters", "protestors", "demonstrators", "marchers", "strikers",
    "rioters", "supporters", "activists", "people", "students", "workers",
)
CROWD_VERBS = (
    "protest", "rally", "rallied", "march", "demonstrat", "gather", "took to the streets",
    "take to the streets", "turned out", "joined", "strike", "chanted", "assembled",
)
# Numbers that count something other than people.
NOT_PEOPLE = (
    "year", "years", "yr", "month", "months", "week", "weeks", "day", "days",
    "hour", "hours", "minute", "minutes", "second", "seconds", "percent", "per",
    "%", "a.m", "p.m", "am", "pm", "o'clock", "shots", "rounds", "bullets", "times",
    "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "feet",
    "foot", "block", "blocks", "pounds",
    "cars", "vehicles", "houses", "homes", "buildings", "shops", "stores",
    "inches", "grams", "kg", "tons", "tonnes", "rifles", "guns", "weapons",
    "cities", "towns", "villages", "countries", "states", "provinces", "regions",
    "counts", "charges", "millimeter", "caliber", "calibre", "mm",
    "us dollars",
    # money: compensation "to the family of each person killed" is not a toll
    *sorted(currency_words()),
)
SUBSET_CUES = ("including", "among them", "among whom", "of whom", "of them", "of those", "among those", "among the")

# "beat a man to death", "burned two suspects to death": these verbs count as
# killing only when "to death" follows (a court "sentenced two men to death"
# kills nobody yet, so "sentence" is not here).
TO_DEATH_VERBS = ("beat", "beaten", "burned", "burnt", "stoned", "hacked", "stabbed", "clubbed", "bludgeoned", "tortured")
