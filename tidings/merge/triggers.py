"""Trigger words reduced to one key per kind of act.

Outlets word one event differently: one was "killed", "shot dead" or
"murdered"; protesters were "arrested", "detained" or "rounded up"; the
"earthquake" is a "quake" or a "tremor" further down. The key is the stemmed
trigger ('shootings' -> 'shoot'), and for the common words of news about
violence, unrest, disasters and courts, the first word of its synonym group
below. Only groups whose words name one act in everyday reporting are here;
a word with two common senses ("strike": a walkout or an air raid; "fire":
a blaze or shots; "capture": an arrest or a town taken) stays out.
"""

from __future__ import annotations

import functools

from tidings.merge.text import stem, words

# our grouping; the first word of a group is its key
SYNONYMS = (
    "kill murder slay slain shoot shot gun-down dead death die died dying perish pass-away "
    "open-fire assassinate",
    "injure wound hurt",
    "arrest detain apprehend nab round-up custody",
    "attack assault raid ambush",
    "bomb bombing blast explosion explode detonate",
    "earthquake quake tremor temblor",
    "flood flooding deluge",
    "protest demonstrate demonstration rally march riot unrest",
    "escape flee fled break-out",
    "resign quit step-down",
    "jail imprison sentence convict",
    "overturn reverse rescind revoke annul quash strike-down",
    "foil thwart",
    "kidnap abduct seize-hostage",
    "release free set-free",
    "ceasefire cease-fire truce armistice",
)


def _key_of(phrase: str) -> str:
    return " ".join(stem(w) for w in words(phrase.replace("-", " ")))


def _forms(word: str) -> set[str]:
    """The word and its regular inflections (the stemmer leaves 'capture' and
    'captured' apart); a phrase inflects its first word."""
    head, _, rest = word.partition("-")
    tail = f"-{rest}" if rest else ""
    bare = head[:-1] if head.endswith("e") else head
    doubled = head + head[-1]  # step -> stepped
    forms = (head + "s", head + "d", head + "ed", bare + "ing", doubled + "ed", doubled + "ing")
    return {word, *(f"{f}{tail}" for f in forms)}


_GROUP: dict[str, str] = {
    _key_of(form): _key_of(group.split()[0])
    for group in SYNONYMS
    for word in group.split()
    for form in _forms(word)
}


@functools.lru_cache(maxsize=65536)
def trigger_key(text: str) -> str:
    """The key of a trigger word or phrase ('' for none)."""
    key = _key_of(text)
    return _GROUP.get(key, key)
