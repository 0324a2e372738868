"""A small learned classifier for ACLED event types and sub-types.

It reads one short event description (an ACLED-style note, a wire sentence,
a headline) and returns every label "Event type/Sub-event type" with a
probability, best first. The model is a multinomial logistic regression over
word, word-pair, character n-gram and cue-lexicon features, trained by
`python scripts/train_acled.py` on the corpus in `corpus/acled_descriptions`.
Only numpy is needed at run time; the weights are loaded once per process.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from tidings.extract.taxonomy import ACLED_TYPES, OUT_OF_SCOPE, OUT_OF_SCOPE_TYPE

MODEL_DIR = Path(__file__).resolve().parent.parent / "resources" / "models" / "acled"
WEIGHTS_FILE = "weights.npz"
META_FILE = "meta.json"

# ACLED's 25 sub-types under their six event types, plus the five classes for
# reports that read like conflict news but fall outside ACLED's scope. The
# label order fixes the model's output columns, so it must not change.
TAXONOMY: dict[str, tuple[str, ...]] = {**ACLED_TYPES, OUT_OF_SCOPE_TYPE: OUT_OF_SCOPE}

EVENT_TYPE_OF: dict[str, str] = {
    sub: event_type for event_type, subs in TAXONOMY.items() for sub in subs
}
LABELS: tuple[str, ...] = tuple(f"{EVENT_TYPE_OF[sub]}/{sub}" for sub in EVENT_TYPE_OF)


def label_of(sub_event_type: str) -> str:
    """The full "Event type/Sub-event type" label of a sub-type."""
    if sub_event_type not in EVENT_TYPE_OF:
        raise ValueError(f"unknown ACLED sub-event type: {sub_event_type!r}")
    return f"{EVENT_TYPE_OF[sub_event_type]}/{sub_event_type}"


def split_label(label: str) -> tuple[str, str]:
    """(event_type, sub_event_type) of a label; both may contain slashes."""
    for event_type in TAXONOMY:
        prefix = event_type + "/"
        sub = label[len(prefix):]
        if label.startswith(prefix) and EVENT_TYPE_OF.get(sub) == event_type:
            return event_type, sub
    raise ValueError(f"not an ACLED label: {label!r}")


# --- features -------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:['-][a-z0-9]+)*")
_DIGITS = re.compile(r"\d+")
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|"
          r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
# A month only next to a day or year: "march" and "may" are also ordinary words.
_DATE_MONTH = re.compile(rf"(?<=\d)\s+{_MONTH}\b|\b{_MONTH}(?=\s+\d)")
# "(Gao, Mali)" after a place name only says where; names there would let the
# model learn geography instead of what happened.
_PLACE_PAREN = re.compile(r"\([^()]{0,80}\)")

# Hand-made groups of words that mean the same kind of event. They let the
# model generalise to a synonym it never saw next to a label in training.
CUES: dict[str, tuple[str, ...]] = {
    "air": ("airstrike", "air strike", "air raid", "airstrikes", "air strikes", "drone",
            "warplane", "fighter jet", "jets", "helicopter gunship", "aerial", "uav",
            "bombers", "sortie", "air force", "uavs", "unmanned"),
    "shell": ("shelling", "shelled", "artillery", "mortar", "mortars", "rocket", "rockets",
              "missile", "missiles", "howitzer", "mlrs", "grad", "shells", "barrage",
              "ballistic", "cruise missile", "projectile", "projectiles"),
    "ied": ("ied", "improvised explosive", "roadside bomb", "landmine", "land mine", "mine",
            "car bomb", "explosive device", "vbied", "booby", "detonated", "planted",
            "magnetic bomb", "sticky bomb", "unexploded", "ordnance", "uxo"),
    "suicide": ("suicide", "suicide bomber", "self-detonated", "blew himself",
                "blew herself", "explosive vest", "suicide vest", "martyrdom"),
    "grenade": ("grenade", "grenades", "hand grenade", "hand-grenade"),
    "chem": ("chemical", "chlorine", "sarin", "toxic gas", "poison gas", "nerve agent",
             "mustard gas", "chemical weapon", "chemical weapons", "chloropicrin"),
    "clash": ("clash", "clashed", "clashes", "fighting", "fought", "exchange of fire",
              "firefight", "gun battle", "engaged", "skirmish", "battle", "repelled",
              "ambushed", "ambush", "exchanged fire", "gunfight"),
    "retake": ("regained", "recaptured", "retook", "retaken", "recapture", "liberated",
               "regain", "back under", "cleared", "reclaimed", "wrested back"),
    "seize": ("seized control", "captured", "overran", "took control", "fell to",
              "overrun", "takeover", "seized the town", "seized the village", "raised their flag"),
    "sexual": ("rape", "raped", "sexual", "gang-raped", "sexually", "molested",
               "sexual assault", "sexual violence", "gang rape"),
    "abduct": ("abducted", "kidnapped", "abduction", "kidnapping", "kidnap", "abduct",
               "taken hostage", "hostage", "disappeared", "forcibly disappeared",
               "whereabouts", "snatched", "seized a", "were taken away", "ransom"),
    "killciv": ("killed a civilian", "shot dead", "killed civilians", "massacre",
                "massacred", "villagers", "civilians", "executed", "hacked", "beheaded",
                "farmer", "farmers", "unarmed"),
    "protest": ("protest", "protested", "protesters", "protestors", "demonstration",
                "demonstrators", "rally", "rallied", "march", "marched", "sit-in", "picket",
                "strike", "gathered", "demonstrated", "vigil", "placards", "chanting", "slogans"),
    "peaceful": ("peaceful", "peacefully", "without incident", "no incidents", "dispersed on their own",
                 "calmly", "silent"),
    "teargas": ("tear gas", "teargas", "water cannon", "dispersed", "rubber bullets",
                "batons", "baton", "pepper spray", "detained", "broke up", "stun grenades",
                "charged", "kettled"),
    "liveshot": ("live ammunition", "live rounds", "opened fire on protesters",
                 "shot dead protesters", "fired on demonstrators", "protesters were killed",
                 "killing protesters", "killed protesters", "live fire"),
    "riot": ("rioters", "riot", "rioting", "torched", "set fire", "burnt", "burned",
             "stones", "stone-throwing", "threw stones", "pelted", "vandalised", "vandalized",
             "barricades", "burning tyres", "burning tires", "molotov", "smashed", "ransacked"),
    "mob": ("mob", "lynched", "lynching", "angry crowd", "mob justice", "vigilante",
            "beat to death", "beaten to death", "set ablaze", "suspected thief",
            "accused of witchcraft", "witchcraft", "jungle justice"),
    "agree": ("agreement", "agreed", "ceasefire", "cease-fire", "truce", "peace deal",
              "signed", "accord", "memorandum", "prisoner exchange", "prisoner swap", "deal"),
    "arrest": ("arrested", "arrest", "arrests", "detained", "apprehended", "custody",
               "rounded up", "taken into custody", "detention", "nabbed", "held"),
    "change": ("merged", "split", "renamed", "new leader", "appointed", "relocated",
               "recruitment", "recruited", "formed", "announced the formation",
               "dissolved", "defected", "defection", "joined", "pledged allegiance",
               "elected", "rebranded", "suspended", "withdrew", "withdrawal", "redeployed"),
    "defuse": ("defused", "dismantled", "seized weapons", "weapons cache", "arms cache",
               "intercepted", "shot down", "destroyed a drone", "air defence", "air defense",
               "neutralised", "neutralized", "disarmed", "bomb disposal", "cache",
               "foiled", "safely detonated", "controlled explosion"),
    "base": ("established a base", "set up a base", "new base", "headquarters",
             "outpost", "checkpoint", "camp", "set up camp", "established", "opened an office",
             "military base", "forward base", "garrison"),
    "loot": ("looted", "looting", "plundered", "destroyed", "demolished", "burned down",
             "razed", "pillaged", "vandalised", "vandalized", "stole", "set on fire",
             "bulldozed", "ransacked"),
    "transfer": ("handed over", "handover", "withdrew from", "pulled out", "transferred",
                 "without resistance", "without a fight", "vacated", "abandoned",
                 "took over the positions", "handed control", "peacefully"),
    "nature": ("earthquake", "flood", "floods", "flooding", "landslide", "cyclone",
               "hurricane", "typhoon", "drought", "storm", "magnitude", "tremor", "wildfire",
               "heavy rain", "rains", "eruption", "volcano", "tsunami", "mudslide", "quake"),
    "manmade": ("factory", "industrial", "gas leak", "collapsed", "collapse", "derailed",
                "train", "fire broke out", "blaze", "boiler", "accident", "crash", "capsized",
                "tanker", "mine collapse", "short circuit", "pipeline", "warehouse",
                "accidental", "electrical fault"),
    "crime": ("robbery", "robbers", "armed robbery", "gang", "gangs", "cartel", "drug",
              "drugs", "trafficking", "traffickers", "bandits", "extortion", "criminal",
              "heist", "smuggling", "smugglers", "narco", "hitmen", "contract killing",
              "carjacking", "burglars", "thieves", "loot", "sicario"),
    "diplo": ("visit", "visited", "met", "meeting", "talks", "summit", "minister",
              "foreign minister", "delegation", "ambassador", "bilateral", "hosted",
              "held talks", "state visit", "envoy", "diplomatic", "counterpart"),
    "claim": ("claimed responsibility", "claimed", "claim", "responsibility", "statement",
              "blamed", "attributed", "accused", "denied involvement", "in a statement",
              "said it carried out", "took responsibility", "telegram", "propaganda"),
}

# Who acts first in a report decides several pairs of classes (government
# regains vs. non-state actor overtakes territory; a clash vs. an attack), so
# the first-named actor's kind is a feature, alone and joined with each cue.
ACTORS: dict[str, tuple[str, ...]] = {
    "state": ("army", "soldiers", "troops", "military", "government forces", "security forces",
              "police", "policemen", "gendarmes", "gendarmerie", "national guard", "armed forces",
              "air force", "navy", "marines", "rangers", "junta", "regime forces", "federal forces",
              "fama", "fardc", "sna", "endf", "saf", "faca", "fadm", "idf", "jawans", "crpf",
              "government troops", "state forces", "defence forces", "defense forces"),
    "armed": ("rebels", "rebel", "militants", "militant", "insurgents", "insurgent", "jihadists",
              "jihadist", "fighters", "gunmen", "militia", "militias", "militiamen", "bandits",
              "separatists", "guerrillas", "guerrilla", "terrorists", "dissidents", "al-shabaab",
              "shabaab", "m0", "jnim", "iswap", "isgs", "adf", "taliban", "houthi", "houthis",
              "rsf", "codeco", "armed men", "assailants", "attackers", "islamic state", "boko haram"),
    "crowd": ("protesters", "protestors", "demonstrators", "rioters", "mob", "crowd", "residents",
              "youths", "students", "supporters", "villagers", "workers", "traders"),
}


def _phrase_table(groups: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Token tuples of every phrase -> the groups it belongs to."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name, phrases in groups.items():
        for phrase in phrases:
            key = tuple(_WORD.findall(phrase.lower()))
            table[key] = table.get(key, ()) + (name,)
    return table


_CUE_TABLE = _phrase_table(CUES)
_ACTOR_TABLE = _phrase_table(ACTORS)
_LONGEST_PHRASE = max(len(key) for key in (*_CUE_TABLE, *_ACTOR_TABLE))


def _tokens(text: str) -> list[str]:
    text = _DATE_MONTH.sub(" ", _PLACE_PAREN.sub(" ", text.lower()))
    return ["0" if w.isdigit() else _DIGITS.sub("0", w) for w in _WORD.findall(text)]


def features(text: str) -> list[str]:
    """The sparse binary features of one text (duplicates removed, order kept)."""
    tokens = _tokens(text)
    feats: list[str] = [f"w={t}" for t in tokens]
    feats += [f"b={a}_{b}" for a, b in zip(tokens, tokens[1:])]
    for token in tokens:
        if len(token) < 4:
            continue
        padded = f"<{token}>"
        for n in (4, 5):
            feats += [f"c={padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    cues, lead = _cues_and_lead(tokens)
    feats += cues
    loser = _actor_after_from(tokens)
    if loser:
        # "retook the town from the rebels": who lost the place.
        feats.append(f"from={loser}")
    if lead:
        feats.append(f"lead={lead}")
        feats += [f"lead={lead}&{cue}" for cue in cues]
    return list(dict.fromkeys(feats))


def _cues_and_lead(tokens: list[str]) -> tuple[list[str], str]:
    """Cue features found anywhere, and the kind of the first actor named ("" if none)."""
    cues: dict[str, None] = {}
    lead = ""
    # Dictionary look-ups of short token windows: one pass, no regex per group.
    for i in range(len(tokens)):
        for n in range(1, _LONGEST_PHRASE + 1):
            key = tuple(tokens[i:i + n])
            if len(key) < n:
                break
            for name in _CUE_TABLE.get(key, ()):
                cues[f"cue={name}"] = None
            if not lead and key in _ACTOR_TABLE:
                lead = _ACTOR_TABLE[key][0]
    return list(cues), lead


def _actor_after_from(tokens: list[str], reach: int = 4) -> str:
    """The kind of actor named within a few words after "from", or ""."""
    for i, token in enumerate(tokens):
        if token != "from":
            continue
        for j in range(i + 1, min(i + 1 + reach, len(tokens))):
            for n in range(_LONGEST_PHRASE, 0, -1):
                kinds = _ACTOR_TABLE.get(tuple(tokens[j:j + n]))
                if kinds:
                    return kinds[0]
    return ""


# --- the model --------------------------------------------------------------


@dataclass(frozen=True)
class Model:
    labels: tuple[str, ...]
    index: dict[str, int]  # feature -> row of `weights`
    weights: np.ndarray  # (features, labels)
    bias: np.ndarray  # (labels,)

    def probabilities(self, text: str) -> np.ndarray:
        rows = [self.index[f] for f in features(text) if f in self.index]
        scores = self.bias.copy()
        if rows:
            # Each text is an L2-normalised binary vector, as in training.
            scores += self.weights[rows].sum(axis=0) / np.sqrt(len(rows))
        scores -= scores.max()
        exp = np.exp(scores)
        return exp / exp.sum()


def save(model: Model, directory: Path = MODEL_DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    vocab = sorted(model.index, key=model.index.__getitem__)
    np.savez_compressed(
        directory / WEIGHTS_FILE,
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
    )
    meta = {"labels": list(model.labels), "features": vocab}
    (directory / META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


def load(directory: Path = MODEL_DIR) -> Model:
    meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
    with np.load(directory / WEIGHTS_FILE) as arrays:
        weights = arrays["weights"].astype(np.float32)
        bias = arrays["bias"].astype(np.float32)
    index = {feature: row for row, feature in enumerate(meta["features"])}
    if weights.shape != (len(index), len(meta["labels"])):
        raise ValueError(f"{directory / WEIGHTS_FILE}: weights do not match {META_FILE}")
    return Model(tuple(meta["labels"]), index, weights, bias)


class ModelMissing(RuntimeError):
    pass


@functools.lru_cache(maxsize=1)
def _model() -> Model:
    if not available():
        raise ModelMissing(f"no ACLED model in {MODEL_DIR}; build it with: python scripts/train_acled.py")
    return load(MODEL_DIR)


def available() -> bool:
    """Whether trained weights ship with this install."""
    return (MODEL_DIR / WEIGHTS_FILE).is_file() and (MODEL_DIR / META_FILE).is_file()


def classify(text: str) -> list[tuple[str, float]]:
    """Every label "Event type/Sub-event type" with its probability, best first."""
    model = _model()
    probs = model.probabilities(text)
    order = np.argsort(-probs, kind="stable")
    return [(model.labels[i], float(probs[i])) for i in order]


def best(text: str) -> tuple[str, str, float]:
    """(event_type, sub_event_type, probability) of the most likely label."""
    label, prob = classify(text)[0]
    event_type, sub_event_type = split_label(label)
    return event_type, sub_event_type, prob
